"""Responses set as tables, one row per recommendation: the rows that name a recommendation ("Recommendation 4 …",
"Recommendations 4 and 5 …"), rows with a short title, rows that open with a number; and the numbers a text names."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from weerwoord.core.analysis.codes import (
    DASHED_CODE,
    LONG_CODE,
    NUMBER,
    NUMBER_LIST,
    ROMAN_POINT_CODE,
    SHORT_CODE,
    YEAR_CODE,
)
from weerwoord.core.analysis.naming import REPLY_REF
from weerwoord.core.analysis.ordinals import letter_place
from weerwoord.core.analysis.structure import REC_LABEL, TABLE_NUMBER, _label_number
from weerwoord.core.model import Block, Document, Reply, TextRun
from weerwoord.core.reading.layout import ROMAN
from weerwoord.core.reading.page_lines import few_words
from weerwoord.core.reading.ruled_tables import CHAPTER_POINT, NUMBERS_CELL


def table_rows(blocks: list[Block]) -> dict[int, list[Block]]:
    """The blocks of each row of the document's ruled tables, by row number, in reading order."""
    rows: dict[int, list[Block]] = {}
    for b in blocks:
        if b.table_row:
            rows.setdefault(b.table_row, []).append(b)
    return rows


def table_row_replies(doc: Document) -> dict[str, Reply]:
    """Rows of the response's tables that open with a number ("6 | Heat-Health Alerts … | Accepted. Since …"),
    as replies by that number. A summary table is not a reply section (it repeats the sections); a recommendation
    answered nowhere else is answered in its row."""
    rows = table_rows(doc.blocks)
    out: dict[str, Reply] = {}
    for row, blocks in rows.items():
        first = blocks[0]
        number = _cell_number(first.label)
        cells = [b.run for b in blocks[1:] if b.text.strip()]
        if number and cells and number.lower() not in out:
            if len(first.text.split()) >= 8:
                # the number's cell holds the reply itself ("D1 | Overgenomen. Het DB stelt …"): the number heads it
                run = TextRun.concat([first.run, *cells], sep="\n\n")
                out[number.lower()] = Reply(f"row{row}", first.label, run, None, [number])
                continue
            run = TextRun.concat(cells, sep="\n\n")
            out[number.lower()] = Reply(f"row{row}", first.text, run, first.run, [number])
    return out


TABLE_LETTER = re.compile(r"\(([a-hA-H])\)|([a-hA-H])[.)]?")  # a lettered list's row in a table: "(c)", "c)", "c", "D"


def _cell_number(label: str) -> str | None:
    """The number a table cell's label carries: "3.", "4a)", or a bare "6" in a number column (of "6 and 7", the
    first)."""
    if NUMBERS_CELL.fullmatch(label):
        return numbers_in(label)[0]
    if CHAPTER_POINT.fullmatch(label):
        return label  # "2.1": numbered by chapter
    lettered = TABLE_LETTER.fullmatch(label)  # "(c)": a row of a lettered list
    return (
        _label_number(label)
        or (label if TABLE_NUMBER.match(label) else None)
        or ((lettered.group(1) or lettered.group(2)) if lettered else None)
    )


def rows_naming_recommendations(blocks: list[Block]) -> list[Reply]:
    """A response set as a table "Recommendation | Government response": each row whose cell names a
    recommendation ("Recommendation 4 The Committee recommends …") is its reply, the row's other cells the reply's
    text; a row naming none right after one (the same row run on over a page break) continues it."""
    rows = table_rows(blocks)
    replies: list[Reply] = []
    last_row = -1
    head_x = -100.0  # where the cell naming the last row's recommendation stands
    titled = False  # whether that cell is the row's only one, a title across the table
    numbered = _number_column(rows)
    for row, cells in sorted(rows.items()):
        named = [
            (
                c,
                _row_numbers(f"{c.label} {c.text}".strip())
                or (numbers_in(_number_cell(c)) if id(c) in numbered else []),
            )
            for c in cells
        ]
        # (the leftmost cell that names one: "Recommendations 3 and 5 (…)" beside a reply that names them again,
        # "Recommendation 3 is agreed in part. … Recommendation 5 is not accepted.")
        head = min(((c, m) for c, m in named if m), key=lambda cm: cm[0].x0, default=None)
        if head is None:
            # (not a row naming another thing where the row before named its recommendation: "ANS (general)" under
            # "AIG/01" in the column of codes)
            # (a row of a reply's own shape: a short name there, a long text beside it; not a header "Key action(s)")
            # (not under a title across the table, a form's "RESPONSE TO RECOMMENDATION 26-02": its fields' names stand
            # in the first column, "Decision | X Accepted …")
            other = (
                not titled
                and any(_names_other(c, head_x) for c in cells)
                and any(len(c.text.split()) >= 8 for c in cells)
            )
            if replies and row == last_row + 1 and not other:
                prev = replies[-1]
                more = [c.run for c in cells if c.text.strip()]
                prev.run = TextRun.concat([prev.run, *more] if prev.run.text else more, sep="\n\n")
                last_row = row
            continue
        cell, numbers = head
        head_x, titled = cell.x0, len(cells) == 1
        # (a matrix per recommendation, as an evaluation's management response has: the recommendation in a row
        # of its own across the table, the response and the key actions in the rows under it)
        others = [c.run for c in cells if c is not cell and c.text.strip()]
        # (or a row's letter, "c)", beside who and when: "c) | Wordt uitgevoerd. … | directie | juni 2026")
        lettered = TABLE_LETTER.fullmatch(cell.label.strip()) and all(
            len(c.text.split()) <= SIDE_WORDS for c in cells[1:]
        )
        labelled = _row_numbers(cell.label) or lettered or (id(cell) in numbered and _number_cell(cell) != cell.text)
        if cell.label and labelled and len(cell.text.split()) >= REPLY_WORDS:
            # the numbers in the label of a cell that holds the reply itself ("S1 en S3 | S1: de zijdeur wordt
            # vervangen …"): the label heads it
            run = TextRun.concat([cell.run, *others], sep="\n\n")
            replies.append(Reply(f"r{len(replies) + 1}", cell.label, run, None, numbers))
            last_row = row
            continue
        run = TextRun.concat(others, sep="\n\n") if others else TextRun("", [])
        replies.append(Reply(f"r{len(replies) + 1}", cell.text, run, cell.run, numbers))
        last_row = row
    replies = [r for r in replies if r.run.text.strip()]
    return _row_before_grid(blocks) + replies if replies else replies


REPLY_WORDS = 8  # a cell of this many words holds a reply, not a number or a title


def _names_other(cell: Block, head_x: float) -> bool:
    """Whether a cell stands where the row before named its recommendation and names something else, short."""
    return abs(cell.x0 - head_x) < 8 and 0 < len(cell.text.split()) <= 4 and cell.text.strip() not in ("-", "–")


def _number_column(rows: dict[int, list[Block]]) -> set[int]:
    """The cells of a column of bare numbers, three rows or more ("Theme | AFI | Safety action": "2", "1", "3 and
    6"): the recommendations each row answers, whichever column they stand in (by the ids of the cells)."""
    by_x: dict[int, list[Block]] = {}
    for cells in rows.values():
        for c in cells:
            text = _number_cell(c)
            if (
                (text.isdigit() and not text.startswith("0") and int(text) <= 60)
                or NUMBERS_CELL.fullmatch(text)
                or _ROMAN_CELL.fullmatch(text)
            ):
                by_x.setdefault(round(c.x0 / 8), []).append(c)
    # (each number once, as each recommendation is answered once: not a column of pay points or of counts; and
    # from near the first on, not a column of shares "52, 41, 47, …" of an annexed table)
    return {
        id(c)
        for column in by_x.values()
        if len({c.table_row for c in column}) >= 3 and _numbering([n for c in column for n in numbers_in(c.text)])
        for c in column
    }


_ROMAN_CELL = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")  # "IV": a Roman number alone in its cell


def _number_cell(cell: Block) -> str:
    """What a cell of a column of numbers says: its text, or its label where the reply runs beside it in the same
    cell ("V | Een prikkelarm uur past helaas niet …", a label read off the text)."""
    label = cell.label.strip()
    # (Roman numbers: a plan numbers its own actions in figures, "1 | De nieuwe gedragscode is … | I.6"; nor a row's
    # number beside a short cell that names what it answers, "1 | 2.1 / 2.3 | manager zorg")
    long = not few_words(cell.text, REPLY_WORDS - 1)
    if label and long and all(_ROMAN_CELL.fullmatch(n) for n in numbers_in(label) or [label]):
        return label
    return cell.text.strip()


def _numbering(numbers: list[str]) -> bool:
    """Whether numbers can number recommendations: each once, the least of them among the first few."""
    values = [int(n) for n in numbers if n.isdigit()]
    return len(set(numbers)) == len(numbers) and (not values or min(values) <= max(3, len(numbers)))


# "Australian Government response", "Government response": where a row's reply begins after its recommendation
REPLY_CELL = re.compile(r"^(?:\w+\s+){0,2}(?:government response|response|reactie(?: kabinet)?)\s*$", re.I)


def _row_before_grid(blocks: list[Block]) -> list[Reply]:
    """The table's first row on a page where no grid was found (its header and one row): "Recommendation 3.1" over
    the recommendation, then the response column's header and the reply, read as blocks before the first row."""
    first = next((i for i, b in enumerate(blocks) if b.table_row), None)
    if first is None:
        return []
    label = next((k for k in range(first - 1, max(-1, first - 12), -1) if REC_LABEL.match(blocks[k].text)), None)
    if label is None:
        return []
    numbers = _row_numbers(blocks[label].text)
    after = blocks[label + 1 : first]
    marker = next((k for k, b in enumerate(after) if REPLY_CELL.match(b.text.strip())), None)
    body = [b for b in (after[marker + 1 :] if marker is not None else []) if b.text.strip() and not b.table_row]
    if not numbers or not body or len(" ".join(b.text for b in body).split()) < 8:
        return []
    run = TextRun.concat([b.run for b in body], sep="\n\n")
    return [Reply("r0", blocks[label].text, run, blocks[label].run, numbers)]


RESPONSE_TO = re.compile(r"^(?:response|reply|reactie|antwoord)\s+(?:to|on|op)\s+(?=\w)", re.I)


def _row_numbers(text: str) -> list[str]:
    """The recommendations a row's cell names: "Recommendation 4 …", "Recommendations 4 and 5 …" (also after
    "Response to": a form's title, "RESPONSE TO RECOMMENDATIONS 26-01 AND 26-05")."""
    text = RESPONSE_TO.sub("", text)
    m = REC_LABEL.match(text)
    if m:
        return [m.group(1) if m.group(1).isupper() else m.group(1).lower()]
    # (or the plural of another word a report labels them by: "Requirements 4 and 5")
    m = re.match(
        rf"(?:recommendations|aanbevelingen|adviespunten|requirements|vereisten|proposals|voorstellen|suggestions)\s+"
        rf"({NUMBER_LIST})\b",
        text,
        re.I,
    )
    if m:
        return numbers_in(m.group(1))
    # a cell holding only codes of letters and digits: "AAN-1", "BEO-3 en OPV-2", "R4" (an audit's numbering)
    if CODES_ONLY.fullmatch(text.strip()):
        return re.findall(CODE, text)
    # a cell holding only codes by year, or led by them: "2025/6", "2025/4 en 2025/5", "2025/1 Tentamenroosters
    # eerder bekend" (an ombudsman's yearly numbering)
    if m := YEAR_CODES_ONLY.match(text.strip()):
        return re.findall(YEAR_CODE, m.group(0))
    # a cell holding only a chapter's code: "3–1", "5–1 and 5–2" (a law reform commission's numbering)
    if CHAPTER_CODES.fullmatch(text.strip()):
        return re.findall(r"\d{1,2}[–-]\d{1,2}", text)
    # a row led by the capital letters of what it answers and a dash: "A – Zwaardere eerste alarmering", "E en F – …"
    m = LETTERS_THEN_DASH.match(text)
    if m:
        return re.findall(r"[A-Z]", m.group(1))
    # a cell holding only the letters or numbers it answers and their subject in brackets: "a en e (bondlog;
    # directe boete)", "c (database incidenten)", "3 en 4 (toezicht)"
    m = REFS_THEN_SUBJECT.fullmatch(text.strip())
    if m:
        return re.findall(r"\b(?:[a-h]|\d{1,2})\b", m.group(1))
    # a row led by the letters of the points it answers, as the advice letters them: "a) Kleinschalig onderwijs",
    # "d) en e) Werkdrukmiddelen"
    m = LETTERS_LABELLED.match(text)
    if m:
        return re.findall(r"\b([a-h])[.)]", m.group(0))
    # a cell led by the dotted codes it answers and their short title: "V.2.1 Gemeenschappelijk OSINT-platform",
    # "V.1.2 en V.3.1 Fictieve profielen" (a supervisory committee's chapter V)
    m = DOTTED_CODES_TITLE.match(text.strip())
    if m and len(text.split()) <= 12:
        return re.findall(ROMAN_POINT_CODE, m.group(1))
    # a short title that names them as a heading would, by the word first: "Advies e", "Advies c en g", "Point (d)"
    # (not "Wijzigingen naar aanleiding van advies 812", the advice's own number)
    short = len(text.split()) <= NAMED_TITLE_WORDS and NAMING_FIRST.match(text.strip())
    named = REPLY_REF.match(text.strip()) if short else None
    found = numbers_in(named.group(1)) if named else []
    # (a list's letters or numbers, not an advice's own number: "Advies 812, klachtonderdeel 1 (omzeteis).")
    return found if all(re.fullmatch(r"[a-hA-H]|\d{1,2}[a-h]?|[IVX]{1,4}", n) for n in found) else []


NAMING_FIRST = re.compile(r"(?:advies|adviezen|aanbeveling(?:en)?|recommendations?|points?|punt(?:en)?)\s", re.I)
# (led by a Roman chapter: an Arabic "2.1 Governance" is a section)
DOTTED_CODES_TITLE = re.compile(
    rf"({ROMAN_POINT_CODE}(?:\s*(?:,|and|en|&)\s*{ROMAN_POINT_CODE})*)\.?\s+(?=(?-i:[A-Z]))(?:\S+\s*){{1,8}}$"
)


CODE = r"(?-i:[A-Z]{1,4})[-./]?\d{1,2}[a-z]?"  # a code of letters and digits: "AAN-1", "D1", "R4"
# (or side by side: "PEL/01 OPS/01"; or joined by a slash: "K-02 / K-03")
CODES_ONLY = re.compile(rf"{CODE}(?:\s*(?:,|and|en|&|/)\s*{CODE}|\s+{CODE})*")
YEAR_CODES_ONLY = re.compile(rf"{YEAR_CODE}(?:\s*(?:,|and|en|&)\s*{YEAR_CODE})*")
CHAPTER_CODES = re.compile(r"\d{1,2}[–-]\d{1,2}(?:\s*(?:,|and|en|&)\s*\d{1,2}[–-]\d{1,2})*")
# a number of a report's point: "2.1", "5.2"; a cell holding only such numbers: "2.1 / 2.3", "1.2 en 1.4"
DOTTED = r"\d{1,2}\.\d{1,2}"
DOTTED_ONLY = re.compile(rf"{DOTTED}(?:\s*(?:/|,|and|en|&)\s*{DOTTED})*")


_REF_ITEM = r"(?:[a-h]|\d{1,2})"
REFS_THEN_SUBJECT = re.compile(rf"({_REF_ITEM}(?:\s*(?:,|en|and|&)\s*{_REF_ITEM})*)\s*\([^()]{{2,80}}\)")
LETTERS_LABELLED = re.compile(r"^[a-h][.)](?:\s*(?:,|en|and|&)\s*[a-h][.)])*(?=\s+\S|\s*$)")
LETTERS_THEN_DASH = re.compile(r"^([A-Z](?:\s*(?:,|en|and|&)\s*[A-Z])*)\s*[–—-]\s+\S")


TITLE_WORDS = 25  # at most, in a row's title
SUBJECT_WORDS = 6  # at most, in a row's subject beside its reply
SIDE_WORDS = 15  # at most, in the cells that say who acts and when beside an action list's reply
NAMED_TITLE_WORDS = 12  # at most, in a row's title led by the word that names them ("Aanbevelingen II en VI - …")


def rows_by_title(blocks: list[Block], share: float = 0.5) -> list[Reply]:
    """A response that is mostly one table "Recommendation | Response" whose first column gives each
    recommendation by a short title ("A single front door") and no number: each row is a reply, the title its
    heading. Only where the table holds most of the response's text (a summary table beside sections is not it), or
    ``share`` of it."""
    rows = table_rows(blocks)
    body_words = sum(len(b.text.split()) for b in blocks)
    table_words = sum(len(b.text.split()) for cells in rows.values() for b in cells)
    # rows numbered in a column of their own (an action plan's "1", "2", …): the numbered cell is the row's title,
    # its number the row's own (followed where it agrees with the advice's, see alignment); such a plan may follow
    # a covering letter as long as itself
    # (a small table before the plan, a cover sheet "Executive sponsors | Purpose", is another table)
    full = [k for k, cells in sorted(rows.items()) if len(cells) >= 2]
    counted = [k for k in full if _cell_number(rows[k][0].label)]
    # (not the short rows of a letterhead, "Aan | Inspectie …", "Datum | 22 mei 2026": no plan's)
    full = [k for k in full if k in counted or any(len(c.text.split()) >= SIDE_WORDS for c in rows[k])]
    numbered = len(counted) == len(full) or (len(counted) >= 3 and len(counted) >= 0.6 * len(full))
    if numbered and counted:
        rows = {k: cells for k, cells in rows.items() if k >= counted[0]}
    # (numbers out of order, "3", "5", "1 and 2", "6", "4", are the advice's, cited; the list's own run 1, 2, 3)
    # (or letters, "d", "b en e", "a", "g", "c": the advice's points, cited out of their order)
    values = [_order_value(_cell_number(rows[k][0].label) or "") for k in counted]
    firsts = [n for n in values if n is not None]
    citing = len(firsts) >= 3 and firsts != sorted(firsts)
    # (or rows each a short subject beside a reply of its own, "Logeerwoning | Woning 12 op de begane grond wordt
    # …", four or more: a letter's table of replies between its opening and its closing paragraphs)
    subjects = sum(
        1
        for cells in rows.values()
        if len(cells) == 2
        and min(len(c.text.split()) for c in cells) <= SUBJECT_WORDS
        and max(len(c.text.split()) for c in cells) >= 12
    )
    titled = subjects >= 4 and subjects == len(rows)
    # (a form's fields, the same names down each form: "Standpunt directie", "Toelichting", "Eigenaar / gereed")
    # (not a status column, "Agree", "Agree", "Partially agree": a form's names follow each other, none twice in a row)
    heads = [" ".join(cells[0].text.lower().split()) for _, cells in sorted(rows.items()) if cells]
    names = Counter(heads)
    fields = [n for n, k in names.items() if k >= 2]
    if len(fields) >= 2 and sum(names[n] for n in fields) > len(rows) / 2 and all(a != b for a, b in pairwise(heads)):
        return []
    if len(rows) < 3 or table_words < (min(0.35, share) if numbered or titled else share) * body_words:
        return []
    replies: list[Reply] = []
    for _row, cells in sorted(rows.items()):
        filled = [c for c in cells if c.text.strip()]
        if numbered and len(filled) == 1 and len(filled[0].text.split()) >= 8:
            # the number's cell and the reply read as one ("R2 | The recommendation will be implemented in part. …")
            own = _cell_number(filled[0].label) or ""
            replies.append(Reply(f"r{len(replies) + 1}", filled[0].label, filled[0].run, None, [], label=own))
            continue
        if len(filled) < 2:
            if replies and filled:  # a row run on over a page break
                replies[-1].run = TextRun.concat([replies[-1].run, filled[0].run], sep="\n\n")
            continue
        if numbered and len(filled[0].text.split()) >= 8 and all(len(c.text.split()) <= SIDE_WORDS for c in filled[1:]):
            # an action list "Nr | Wat doen we | Wie | Wanneer | Status": the long cell is the reply, the others
            # say who and when ("Register template issued; Directors of Nursing"); the number heads it
            label = filled[0].label.strip().rstrip(".):")
            # (a code of letters and digits names the advice's item, "P2"; a bare number may be the list's own)
            if NUMBERS_CELL.fullmatch(label) or NUMBERS_CELL.fullmatch(filled[0].label.strip()):
                many = numbers_in(filled[0].label.strip())
            else:
                cited = citing and (label.isdigit() or (len(label) == 1 and label.islower()))
                many = [label.lower()] if CODE_NUMBER.match(label) or cited else []
            own = "" if many else _cell_number(filled[0].label) or ""
            run = TextRun.concat([c.run for c in filled], sep="\n\n")
            replies.append(Reply(f"r{len(replies) + 1}", filled[0].label, run, None, many, label=own))
            continue
        if numbered:
            others = filled[1:]
            run = TextRun.concat([c.run for c in others], sep="\n\n")
            if NUMBERS_CELL.fullmatch(filled[0].label):  # "6 and 7": the row answers both, by their numbers
                many = numbers_in(filled[0].label)
                replies.append(Reply(f"r{len(replies) + 1}", filled[0].text, run, filled[0].run, many))
                continue
            own = _cell_number(filled[0].label) or ""
            # (a row of the answering body's own, numbered on after the replies: "7 | Additional action identified by
            # the Executive Team | …", answering none)
            own = "" if OWN_ACTION.search(filled[0].text) else own
            # (the row's own number beside the numbers it answers, in its first cell: "1 | 2.1 / 2.3 | manager zorg")
            named = DOTTED_ONLY.fullmatch(filled[0].text.strip())
            # (or the title names them: "2b | Aanbevelingen II en VI - hulpverlening en sluitingstijden")
            many = re.findall(DOTTED, filled[0].text) if named else _row_numbers(filled[0].text)
            if not many and CODE_NUMBER.match(own):
                # (a code of letters and digits names the advice's point, and the codes run on after it: "DS2 and
                # DS5 (vehicles and parking)")
                more = re.match(rf"\s*(?:(?:,|and|en|&)\s*{SHORT_CODE}\s*)+", filled[0].text)
                many = [own.lower(), *(c.lower() for c in re.findall(SHORT_CODE, more.group(0) if more else ""))]
                own = ""
            replies.append(Reply(f"r{len(replies) + 1}", filled[0].text, run, filled[0].run, many, label=own))
            continue
        # the title is the first column's, where it is short ("Training (paragraph 9)" before "A refresher course
        # …", "Head of Legal Services", "June 2026"); else the shortest cell
        first = min(filled, key=lambda c: c.x0)
        title = first if len(first.text.split()) <= TITLE_WORDS else min(filled, key=lambda c: len(c.text.split()))
        others = [c for c in filled if c is not title]
        # (a short reply that is a sentence is one: "Switched on for every staff and contractor account on 15
        # September.")
        said = any(len(c.text.split()) >= 12 or _SENTENCE_CELL.match(c.text.strip()) for c in others)
        if len(title.text.split()) > TITLE_WORDS or not said:
            continue  # no title beside a reply: a row of figures, a header
        run = TextRun.concat([c.run for c in others], sep="\n\n")
        number = _label_number(title.label) if title.label else None
        # (or the title names them: "Adviespunt 7 (Kasteelpark)", "Adviespunten 3 en 6 (sport en buurtfeesten)")
        titled_numbers = [number] if number else _row_numbers(title.text)
        replies.append(Reply(f"r{len(replies) + 1}", title.text, run, title.run, titled_numbers))
    return replies if len(replies) >= 3 else []


_SENTENCE_CELL = re.compile(r"^[A-ZÀ-Ý][^.!?]*(?:\s\S+){5,}[.!]$")  # six words or more, ending a sentence
OWN_ACTION = re.compile(
    r"\b(?:additional|further|own|other)\s+actions?\s+(?:identified|proposed|added|taken)\b"
    r"|\b(?:eigen|aanvullende|extra)\s+(?:actie|acties|maatregel|maatregelen)\b",
    re.I,
)


def _order_value(number: str) -> int | None:
    """Where a row's number or letter stands in its list ("3" → 3, "c" → 3), for numbers cited out of order."""
    return int(number) if number.isdigit() else letter_place(number)


# a recommendation numbered by its chapter, "4-2" (not a range "4-7" of recommendations, unless named singly)
CHAPTER_CODE = re.compile(r"(?<![\w.-])(\d{1,2})-(\d{1,2})(?![\w.-])")
# recommendations named by their chapter codes: "Recommendations 4-1 and 4-2 (public data platform)"
CHAPTER_CODES_NAMED = re.compile(
    r"\b(?:aanbeveling(?:en)?|recommendations?)\s+(\d{1,2}-\d{1,2}(?:\s*(?:,|en|and|&)\s*\d{1,2}-\d{1,2})*)\b", re.I
)
# the word naming one recommendation, not several: "Recommendation 4-7", "aanbeveling 2-3"
SINGULAR = re.compile(r"\b(?:recommendation|aanbeveling|rec\.)(?![a-z])", re.I)


CODE_NUMBER = re.compile(rf"{SHORT_CODE}$")
DASHED_CODES = re.compile(rf"{DASHED_CODE}(?:\s*(?:,|and|en|&)\s*{DASHED_CODE})*")
SHORT_CODES = re.compile(rf"{SHORT_CODE}(?:\s*(?:,|and|en|&)\s*{SHORT_CODE})*")


def numbers_in(text: str, single: bool = False) -> list[str]:
    """The numbers a reference names ("4 en 5", "4 t/m 6", "VI and VII", "4-4 and 4-5"); ``single``: the
    reference names one recommendation ("Recommendation 4-7"), so a number with a dash is a code, no range."""
    longs = re.findall(LONG_CODE, text)
    if longs:
        # "2024-02-I-LA-R5 and R6": the second by the first's last part
        stem = longs[0].rsplit("-", 1)[0]
        tails = [f"{stem}-{t}" for t in re.findall(r"(?<![\w-])(?-i:[A-Z]{1,2}\d{1,2})(?![\w-])", text)]
        return [c.lower() for c in dict.fromkeys([*longs, *tails])]
    if SHORT_CODES.fullmatch(text.strip()):
        return [c.lower() for c in re.findall(SHORT_CODE, text)]  # "S1 en S3": a row answering two codes
    if DASHED_CODES.fullmatch(text.strip()):
        return [c.lower() for c in re.findall(DASHED_CODE, text)]  # "CB-2 and CB-4": codes with a dash, no range
    years = re.findall(YEAR_CODE, text)
    if years:
        return years  # "2025-01 en 2025-06": numbered by the year
    pairs = CHAPTER_CODE.findall(text)
    if pairs and (len(pairs) >= 2 or single or int(pairs[0][1]) <= int(pairs[0][0])):
        return [f"{a}-{b}" for a, b in pairs]  # "Recommendations 4-4 and 4-5", "(Recommendation 4-2)"
    nums = re.findall(NUMBER, text)
    bare = text.replace("(", "").replace(")", "").replace(".", " ")  # "(iii) and (iv)", "v. and vi."
    if not nums and re.fullmatch(rf"\s*{ROMAN}(?:\s*(?:,|and|en|&)\s*{ROMAN})*\s*", bare, re.I):
        return [n.upper() for n in re.findall(ROMAN, bare.upper())]  # "VI and VII"
    if not nums:
        return re.findall(r"\b[a-h]\b", text.lower())  # lettered points: "ad a", "punten b en c"
    if re.search(r"t/m|tot en met|–|-|\bto\b", text) and len(nums) == 2 and nums[0].isdigit() and nums[1].isdigit():
        a, b = int(nums[0]), int(nums[1])
        if 0 < b - a < 10:
            return [str(n) for n in range(a, b + 1)]
    return [n.lower() for n in nums]


def overview_table(blocks: list[Block], rows: list[Reply]) -> bool:
    """Whether a table naming recommendations only sorts them ("To be implemented | A3, C1"), in a few words a row,
    and the text after it (or before it) takes them up one by one ("A3 Bicycle parking. The Active Travel Office
    will …"): the replies are that text, not the rows."""
    if sum(len(r.text.split()) for r in rows) > 8 * len(rows):
        return False
    named = {n.lower() for r in rows for n in r.numbers}
    # (or a summary matrix after the text: "2.1 R/2025/032 (staff time). Agreed. …" … "6. Summary matrix")
    text = [b for b in blocks if not b.table_row]
    taken = {
        key
        for b in text
        for key in (b.label.strip().rstrip(".):").lower(), *(w.rstrip(".):,").lower() for w in b.text.split()[:2]))
        if key in named
    }
    return len(taken) >= max(2, len(named) // 2)
