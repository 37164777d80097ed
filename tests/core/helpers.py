"""Small builders the core tests share: a block of text, and the verdict the analysis gives a reply."""

from __future__ import annotations

from pathlib import Path

from weerwoord.core.analysis import stance
from weerwoord.core.model import Block, Comparison, TextRun

DOCS = Path(__file__).resolve().parents[1] / "docs"


def block(kind: str, text: str, **kw: object) -> Block:
    """A block of ``kind`` holding ``text`` (no positions), with any other field of :class:`Block`."""
    return Block(kind, TextRun(text, []), **kw)  # type: ignore[arg-type]


def verdict(text: str, lang: str, rec: str = "") -> str:
    """The verdict the analysis gives ``text`` as the reply to recommendation ``rec``."""
    marks = stance.find_marks(TextRun(text, []), lang, rec)
    return stance.verdict(marks, text, lang, rec)[0]


def compare_pair(pair: str) -> Comparison:
    """The comparison of the test pair ``pair`` (its advice and response in tests/docs)."""
    from weerwoord.core.analysis.compare import compare

    return compare(DOCS / f"{pair}_advice.pdf", DOCS / f"{pair}_response.pdf")
