"""The notes list's rows: a note of the reader's (where it sits, its text as typed) or an annotation in a document."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from weerwoord.gui.notes_panel import NoteRow
from weerwoord.gui.worker import SIDES, DocAnnotation

if TYPE_CHECKING:  # the store (sqlite3) is imported when first used, not at start
    from weerwoord.core.keeping.store import Note


def _t(text: str) -> str:
    return QCoreApplication.translate("notes", text)


def side_word(side: str) -> str:
    return _t("advice") if side == "advice" else _t("response")


def side_of(note: Note) -> str:
    return note.side or (note.anchor.side if note.anchor else None) or "advice"


def note_row(note: Note, indexed: bool, place: tuple[str, int, list[Any]] | None, text: str) -> NoteRow:
    """The row of ``note``: ``indexed`` when its side's texts are in, ``place`` where found, ``text`` as typed."""
    side = side_of(note)
    if note.anchor is None:
        state, where = "general", ""
    elif not indexed and place is None:
        state, where = "checking", ""
    elif place is None:
        state, where = "orphaned", side_word(side)
    else:
        state, where = "attached", _t("{0} p. {1}").format(side_word(side), place[1])
    return NoteRow(
        key=note.id,
        number=note.number,
        status=note.status,
        author=note.author,
        date=note.modified[:10],
        state=state,
        where=where,
        text=text,
        quote=note.anchor.exact if note.anchor else "",
    )


def annotation_rows(doc_annots: dict[str, list[DocAnnotation]]) -> list[NoteRow]:
    """One row per annotation the documents carry themselves (read only)."""
    rows = []
    for side in SIDES:
        for i, a in enumerate(doc_annots.get(side, [])):
            date = a.date[2:10] if a.date.startswith("D:") else a.date[:8]
            if len(date) == 8 and date.isdigit():
                date = f"{date[:4]}-{date[4:6]}-{date[6:]}"
            rows.append(
                NoteRow(
                    key=f"doc:{side}:{i}",
                    number=None,
                    status="",
                    author=a.author,
                    date=date,
                    state="document",
                    where=_t("{0} p. {1}").format(side_word(side), a.page),
                    text=a.content,
                    quote=a.quote,
                )
            )
    return rows


def number_at(comparison: Any, side: str, page: int, rects: list[Any]) -> str | None:
    """The recommendation whose passage (or reply) the rectangles on ``page`` of ``side`` are in."""
    if comparison is not None:
        for pair in comparison.pairs:
            if side == "advice":
                spans = pair.recommendation.run.spans()
            else:
                spans = pair.reply.all_spans() if pair.reply is not None else []
            for span in spans:
                if span.page == page and any(_overlap(r, s) for r in rects for s in span.rects):
                    return str(pair.number)
    return None


def _overlap(a: Any, b: Any) -> bool:
    return bool(a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])
