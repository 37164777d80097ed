"""How recommendations are numbered and coded, as patterns (no groups): "4", "4 en 5", "2025-01", "R/2025/031",
"2024-02-I-LA-R1", "S1", "V.1.2"; a response names them the same ways."""

from __future__ import annotations

from weerwoord.core.reading.page_lines import DASH_CODE_PATTERN

# a recommendation numbered by its year: "2025-01" (an accountant's boardletter), "R/2025/033", "2024/07", an
# ombudsman's "Aanbeveling 2025/1" (not an advice's own number, "Advies 2025/3", "Advies 2025/07 goedgekeurd op …")
YEAR_CODE = r"(?:[A-Z]{1,2}/)?(?:19|20)\d\d(?:-\d{1,3}|/\d{1,3})\b(?![-/]\w)"
# a code of three parts or more joined by hyphens, one with a letter, as safety boards number theirs:
# "2024-02-I-LA-R1", "H-25-20" (not a date "2024-02-15")
LONG_CODE = r"(?<![\w-])(?-i:(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{1,4}(?:-[A-Z0-9]{1,4}){2,5})(?![\w-])"
# a code of a prefix, a year and a number, as an internal audit numbers its recommendations: "R/2025/031"
# (or a prefix, a space and a two-digit year: an ombudsman's "OA 26/01", "AA 26/01")
PREFIXED_YEAR_CODE = r"(?-i:[A-Z]{1,3})(?:/(?:19|20)\d\d|\s\d\d)/\d{2,3}"
# a point numbered under a Roman chapter: "V.1.2", "IV.3" (a supervisory committee's chapter V)
ROMAN_POINT_CODE = r"(?-i:[IVX]{1,4})(?:\.\d{1,2}){1,3}"
# (or a theme's letter, a stop and a number: "A.1", "B.3")
SHORT_CODE = (
    r"(?-i:[A-Z]{1,3}\d{1,2}[a-z]?|[A-H]\.\d{1,2}(?![.\d]))"  # a code of a few capitals and a number: "S1", "PM4", "A1"
)
# a code of a few capitals, a dash and a number, as an audit or a board prints them: "CB-3", "VK-01"
DASHED_CODE = rf"(?-i:{DASH_CODE_PATTERN})(?![\w-])"
LABEL_CODE = r"(?-i:[A-Z][A-Za-z]{0,3}-?\d{1,2}[a-z]?)"  # a code after a label: "A1", "PM4", "DfI1"
# "4", "2.1", "4a"; and lists of them: "4 en 5", "10 and 11", "3 t/m 5", "1-3"
NUMBER = r"\d{1,3}(?:\.\d{1,2}){0,2}(?!\d)[a-z]?"
# "2 en 3", "#2.2 and #2.3"; and in Belgian ordinals, "4° en 5°"
NUMBER_LIST = rf"#?{NUMBER}°?(?:\s*(?:,|en|and|&|t/m|tot en met|-|–|to)\s*#?{NUMBER}°?)*"
# a number or code taken up alone as a sentence's subject, with the words that take it up, its comma or colon after
# it: "On 5.6, the timing of future studies, the Board noted …", "Wat betreft A3: …" (the number is TAKEN_UP_CODE)
TAKEN_UP_WORDS = r"(?:on|as\s+to|as\s+for|regarding|concerning|wat\s+betreft|over|ten\s+aanzien\s+van)\s+"
TAKEN_UP_CODE = r"\d{1,2}\.\d{1,2}|(?-i:[A-Z]{1,3})-?\d{1,2}"
