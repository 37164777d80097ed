"""Sections of a response that answer no recommendation by what they say, however much they share with one: an
aside set apart in its own words, a section that only leads in to the ones after it, a cover line."""

from __future__ import annotations

import re

from weerwoord.core.model import Reply

# a section set apart from the answers by its own words: "Related matter: Cedar Ridge cart path repairs",
# "Separately, the asphalt cart paths …", "Los van uw advies melden wij nog …"; answers nothing by its content (not
# "Overige punten", "Other matters": the replies left, grouped)
ASIDE_HEADING = re.compile(r"^(?:related matters?|other business|any other business|varia|rondvraag)\b", re.I)
ASIDE_OPENING = re.compile(
    r"^(?:separately|apart from (?:the|your|this) (?:report|advice|review|recommendations)|unrelated to|"
    r"you may also be interested|los van (?:uw|het|dit|de) (?:advies|rapport|aanbevelingen|verslag|schouw)|"
    r"buiten (?:het|uw) advies om)\b",
    re.I,
)
# another body's advice run in among the replies: "Advies van de milieuraad. De milieuraad vraagt …"
OTHER_ADVICE = re.compile(r"^(?:advies|advice|opinion)\s+(?:van|of|from)\s+(?:de|het|the)\s+[\w-]+\s*[.:]\s", re.I)
LEADS_IN = re.compile(  # (or a cover line: "Submitted by the Board of Management to the … Inspectorate · …")
    r"\b(?:the following (?:actions|decisions)|de volgende (?:besluiten|acties))\s*[.:]\s*$"
    r"|^(?:submitted|prepared|ingediend|opgesteld) (?:by|door)\b",
    re.I,
)
LEAD_IN_WORDS = 40  # a section that leads in to the ones after it, at most


def aside(rp: Reply) -> bool:
    """Whether a section answers nothing by its content: an aside ("Separately, …", "Related matter: …"), a short
    section that leads in to the ones after it ("… presented the report. The Council took the following actions."),
    or a cover line ("Submitted by …")."""
    lead_in = len(rp.text.split()) <= LEAD_IN_WORDS and LEADS_IN.search(rp.text) is not None
    return bool(ASIDE_HEADING.match(rp.heading or "") or ASIDE_OPENING.match(rp.text.lstrip())) or lead_in


def stands_apart(text: str) -> bool:
    """Whether a paragraph of a letter answering paragraph by paragraph starts a section of its own that answers
    no recommendation of this advice: another body's advice run in, or an aside ("Separately, …")."""
    return bool(OTHER_ADVICE.match(text) or ASIDE_OPENING.match(text))
