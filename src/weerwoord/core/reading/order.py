"""Which of two files is the advice and which the response, told by the words on their first pages."""

from __future__ import annotations

import re
from pathlib import Path

from weerwoord.core.reading.reader import TEXT_SUFFIXES

# Words a government's response uses of itself and of the advice it answers; words an advice uses of itself.
# Both talk about recommendations, so what tells them apart is who speaks: a letter that answers ("in reactie
# op", "the Government accepts", "Hoogachtend") against a report that recommends ("wij bevelen aan").
_RESPONSE = re.compile(
    r"\b(?:kabinetsreactie|kabinetsstandpunt|reactie|reageer|reageren|antwoord|beantwoord\w*|geachte|hoogachtend|"
    r"het kabinet|dit kabinet|de regering|minister|staatssecretaris|onderschrijf\w*|neemt\s+(?:de\s+)?aanbeveling\w*"
    r"\s+over|(?:government|executive|ministry|department)(?:'s)?\s+response|response\s+to|in\s+response|responds?|"
    r"reply|replies|the government|dear|yours\s+sincerely|accepted|accepts|agreed|agrees|rejects?|rejected|"
    r"noted|not\s+accepted|partially\s+(?:accepted|agreed)|"
    # a nader rapport answers the Raad van State point by point: "is het advies niettemin gevolgd", "gevolg gegeven"
    r"nader\s+rapport|gevolg\s+gegeven|gevolgd|overgenomen|de\s+regering\s+(?:deelt|heeft|acht|blijft|neemt))\b"
)
_ADVICE = re.compile(
    r"\b(?:adviesraad|advieswerk|dit advies|ons advies|wij\s+bevelen|beveelt\s+(?:de\s+\w+\s+)?aan|bevelen\s+aan|"
    r"aanbevel\w*\s+(?:wij|we)|samenvatting|inhoudsopgave|hoofdstuk|conclusies|"
    r"we\s+recommend|the\s+committee\s+recommends|recommends\s+that|this\s+report|our\s+report|inquiry|"
    r"contents|summary|chapter|conclusions|findings|terms\s+of\s+reference)\b"
)
HEAD_PAGES = 3
HEAD_CHARS = 20_000
_NAMED_RESPONSE = ("reactie", "response", "antwoord", "reply", "kabinet")


def head_text(path: str | Path) -> str:
    """The text of a file's first pages (lower case), or '' when it cannot be read without help (a password)."""
    p = Path(path)
    try:
        if p.suffix.lower() in TEXT_SUFFIXES:
            with p.open("rb") as fh:
                return fh.read(HEAD_CHARS * 2).decode("utf-8", "replace")[:HEAD_CHARS].lower()
        import pymupdf

        with pymupdf.open(p) as doc:
            if doc.needs_pass:
                return ""
            parts = [doc[i].get_text() for i in range(min(HEAD_PAGES, doc.page_count))]
    except Exception:  # any file we cannot read: the names decide, and opening it will say what is wrong
        return ""
    return "".join(parts)[:HEAD_CHARS].lower()


def response_score(text: str) -> float:
    """How much more a text sounds like a response than like an advice (per thousand words)."""
    words = max(len(text.split()), 1)
    return 1000.0 * (len(_RESPONSE.findall(text)) - len(_ADVICE.findall(text))) / words


def _named_response(path: str | Path) -> bool:
    return any(w in Path(path).name.lower() for w in _NAMED_RESPONSE)


def order_pair(first: str | Path, second: str | Path) -> tuple[str, str]:
    """``(advice, response)`` from two files given in either order.

    The file whose first pages sound more like a letter answering is the response; when the texts do not
    tell (unreadable, or equal), a name with "reactie", "response", … does; otherwise the order given stays.
    """
    a, b = str(first), str(second)
    ta, tb = head_text(a), head_text(b)
    if ta and tb:
        sa, sb = response_score(ta), response_score(tb)
        if sa != sb:
            return (b, a) if sa > sb else (a, b)
    if _named_response(a) and not _named_response(b):
        return b, a
    return a, b
