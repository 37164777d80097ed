"""File ▸ Import review (XFDF)…: a colleague's notes and highlights become notes on the open pair."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.core.errors import DocumentError, StoreError
from app.core.keeping.anchor import Anchor
from app.core.keeping.store import Note
from app.core.publishing.xfdf import WW
from app.gui import note_anchors
from app.gui.worker import SIDES

if TYPE_CHECKING:
    from app.gui.notes import NotesController

MARKUP = ("highlight", "underline", "strikeout", "squiggly")
# the trailer an exported note carries: "— author, 2025-05-12. Recommendation 3. Status: question."
_TRAILER = re.compile(
    r"\s*— (?P<author>.+?), (?P<date>\d{4}-\d{2}-\d{2})\. (?:Recommendation (?P<number>\S+)\. )?"
    r"Status: (?P<status>[\w-]+)\.\s*$"
)
_ORPHAN_LEAD = re.compile(r"^Orphaned note: .*?\n\n", re.DOTALL)


def _t(text: str) -> str:
    return QCoreApplication.translate("notes", text)


def import_review(ctl: NotesController, path: Path, side: str | None = None) -> list[Note]:
    """Turn the notes of an XFDF file into notes on this pair (anchored where the words are found)."""
    from app.core.publishing.xfdf import import_xfdf

    if ctl.key is None:
        return []
    try:
        annots = import_xfdf(path)
    except DocumentError as err:
        ctl.w.dialogs.error(ctl.w, _t("Review not imported"), err.message)
        return []
    side = side or xfdf_side(ctl.w, path)
    if side is None:
        return []
    usable = [a for a in annots if a.contents.strip() and a.title != "Weerwoord"]
    if not usable:
        ctl.w.dialogs.error(ctl.w, _t("Nothing to import"), _t("{0} holds no notes with text.").format(Path(path).name))
        return []
    store = ctl.store()
    if store is None:
        return []
    ctl.ensure_texts(side)  # the words of the pages, to anchor the notes on
    added: list[Note] = []
    for a in usable:
        anchor = xfdf_anchor(ctl, a, side)
        body, author, number, status = _unwrap(a.contents)
        # Weerwoord's own notes carry their status and recommendation as ww: attributes (the text is the note)
        status = a.extra.get(f"{WW}status") or status
        number = a.extra.get(f"{WW}number") or number
        if number is None and anchor is not None and anchor.rect is not None:
            number = ctl.number_at(side, anchor.page, [anchor.rect])
        try:
            note = store.add_note(
                *ctl.key,
                body,
                number=number,
                side=side,
                anchor=anchor,
                status=status or "open",
                author=a.title or author or _t("reviewer"),
            )
        except StoreError as err:
            ctl.save_failed(err)
            break
        added.append(note)
    if added:
        ctl.added(added, ctl.op("import", added))
        ctl.show_panel()
    ctl.w.status_label.setText(_t("{0} notes imported from {1}.").format(len(added), Path(path).name))
    return added


def xfdf_side(w: Any, path: Path) -> str | None:
    """The document an XFDF file names (its <f href>), else the reader says."""
    href = ""
    try:
        for el in ET.parse(path).getroot().iter():
            if el.tag.rsplit("}", 1)[-1] == "f":
                href = el.attrib.get("href", "")
                break
    except (OSError, ET.ParseError):
        pass
    stem = Path(href).stem.removesuffix(".annotated")
    for side in SIDES:
        own = Path(w.paths.get(side, "")).stem
        if stem and own and (stem == own or stem == f"{own}-{side}"):
            return side
    names = [Path(w.paths.get(s, "")).name for s in SIDES]
    return w.dialogs.choose_side(w, path.name, *names)  # type: ignore[no-any-return]


def xfdf_anchor(ctl: NotesController, a: Any, side: str) -> Anchor | None:
    texts = ctl.texts.get(side)
    sizes = ctl.sizes.get(side)
    if not texts or not sizes or not 0 <= a.page < min(len(texts), len(sizes)):
        return None
    height = sizes[a.page][1]
    text = texts[a.page]
    if a.kind in MARKUP and a.coords:
        return note_anchors.area_anchor(text, a.page + 1, note_anchors.quads_to_rects(a.coords, height), side)
    if a.kind in MARKUP:
        return note_anchors.area_anchor(text, a.page + 1, [note_anchors.pdf_to_page(a.rect, height)], side)
    return note_anchors.icon_anchor(text, a.page + 1, note_anchors.pdf_to_page(a.rect, height), side)


def _unwrap(contents: str) -> tuple[str, str, str | None, str | None]:
    """Body, author, recommendation and status of a note as Weerwoord exports it; others come as they are."""
    body = _ORPHAN_LEAD.sub("", contents.strip())
    match = _TRAILER.search(body)
    if match is None:
        return body, "", None, None
    status = match["status"] if match["status"] in ("open", "question", "follow-up", "done") else None
    return body[: match.start()].rstrip(), match["author"], match["number"], status
