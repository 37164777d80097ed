"""Small builders the core tests share: a block of text, and the verdict the analysis gives a reply."""

from __future__ import annotations

from weerwoord.core.analysis import stance
from weerwoord.core.model import Block, TextRun


def block(kind: str, text: str, **kw: object) -> Block:
    """A block of ``kind`` holding ``text`` (no positions), with any other field of :class:`Block`."""
    return Block(kind, TextRun(text, []), **kw)  # type: ignore[arg-type]


def verdict(text: str, lang: str, rec: str = "") -> str:
    """The verdict the analysis gives ``text`` as the reply to recommendation ``rec``."""
    marks = stance.find_marks(TextRun(text, []), lang, rec)
    return stance.verdict(marks, text, lang, rec)[0]
