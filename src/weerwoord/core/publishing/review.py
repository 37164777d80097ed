"""A review (XFDF) brought back as notes: Weerwoord's own notes exactly, a colleague's notes and highlights on their
words; nothing twice, nothing dropped without a reason."""
# mypy: allow-untyped-calls

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from weerwoord.core.errors import DocumentError
from weerwoord.core.keeping.anchor import Anchor, Side, make_anchor
from weerwoord.core.keeping.store import NOTE_STATUSES, Note, Store
from weerwoord.core.model import Comparison, Rect, union
from weerwoord.core.publishing.export_pdf import TOOL, PageText, note_name, open_as_pdf, page_texts
from weerwoord.core.publishing.xfdf import WW, XfdfAnnot, parse_xfdf
from weerwoord.core.words import _

MAX_BYTES = 20 * 1024 * 1024  # an XFDF file larger than this is not a review
MAX_ANNOTATIONS = 5000
MAX_NOTE = 20_000  # characters of one note
MARKUP = ("highlight", "underline", "strikeout", "squiggly")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_DECLARATIONS = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
# the trailer an earlier Weerwoord wrote under a note: "— author, 2025-05-12. Recommendation 3. Status: question."
_TRAILER = re.compile(
    r"\s*— (?P<author>.+?), (?P<date>\d{4}-\d{2}-\d{2})\. (?:(?:Recommendation|Aanbeveling) (?P<number>\S+)\. )?"
    r"Status: (?P<status>[\w-]+)\.\s*$"
)
_ORPHAN_LEAD = re.compile(r"^(?:Orphaned note|Verweesde notitie): .*?\n\n", re.DOTALL)


@dataclass(frozen=True)
class Skipped:
    """An annotation of the review that did not become a note, and why."""

    name: str
    kind: str
    page: int  # 1-based, as the reader counts
    reason: str
    code: str = ""  # the reason as a word that never changes with the language: see SKIP_CODES


# why an annotation was left out: Weerwoord's own marking, not a note, no such page, too long, here already,
# no words under it, nothing at all
SKIP_CODES = ("own", "kind", "page", "long", "here", "no-words", "empty")


@dataclass
class Imported:
    """What an import did: the notes added and every annotation left out with its reason."""

    added: list[Note] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def clean_text(text: str) -> str:
    """A note's text without control characters (newline and tab stay; a carriage return becomes a newline)."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


@dataclass(frozen=True)
class Review:
    """An XFDF review as read: its annotations and the document it names (``<f href>``, may be empty)."""

    path: Path
    annots: list[XfdfAnnot]
    href: str


def load_review(path: str | Path) -> Review:
    """The XFDF file at ``path``, within the limits; raises DocumentError with a plain message."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size <= MAX_BYTES:
            data = p.read_bytes()
    except OSError as err:
        message = _("{name} cannot be read: {error}.").format(name=p.name, error=err.strerror or err)
        raise DocumentError(message, str(p)) from err
    if size > MAX_BYTES:
        raise DocumentError(
            _("{name} is too large for a review ({size} MB; at most {limit} MB).").format(
                name=p.name, size=size // 1_000_000, limit=MAX_BYTES // 1_000_000
            ),
            str(p),
        )
    if _DECLARATIONS.search(data):
        # XFDF needs no declarations; entities let a file of a few KB swell into notes of megabytes
        raise DocumentError(
            _("{name} declares its own XML entities, which a review never needs; it is not imported.").format(
                name=p.name
            ),
            str(p),
        )
    annots, href = parse_xfdf(data, p)
    if len(annots) > MAX_ANNOTATIONS:
        raise DocumentError(
            _("{name} holds {count} annotations; a review may hold at most {limit}.").format(
                name=p.name, count=len(annots), limit=MAX_ANNOTATIONS
            ),
            str(p),
        )
    return Review(p, annots, href)


def read_review(path: str | Path) -> list[XfdfAnnot]:
    """The annotations of an XFDF file, within the limits; raises DocumentError with a plain message."""
    return load_review(path).annots


def unwrap(contents: str) -> tuple[str, str, str | None, str | None]:
    """Body, author, recommendation and status of a note as earlier versions of Weerwoord exported it (a trailer
    "— author, 2025-05-12. Recommendation 3. Status: question."); other notes come as they are."""
    body = _ORPHAN_LEAD.sub("", contents.strip())
    match = _TRAILER.search(body)
    if match is None:
        return contents, "", None, None
    status = match["status"] if match["status"] in NOTE_STATUSES else None
    return body[: match.start()].rstrip(), match["author"], match["number"], status


def _iso(pdf_date: str) -> str | None:
    m = re.match(r"D:(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?(\d{2})?", pdf_date or "")
    if not m:
        return None
    parts = [int(x or 0) for x in m.groups()]
    try:
        y, mo, d, h, mi, sec = parts
        return datetime(y, mo, d, h, mi, sec, tzinfo=UTC).isoformat(timespec="microseconds")
    except ValueError:
        return None


def _page_rect(rect: Sequence[float], height: float) -> Rect:
    x0, y0, x1, y1 = rect[:4]
    return (min(x0, x1), height - max(y0, y1), max(x0, x1), height - min(y0, y1))


def _quads(coords: Sequence[float], height: float) -> list[Rect]:
    out = []
    for i in range(0, len(coords) - 7, 8):
        xs, ys = coords[i : i + 8 : 2], coords[i + 1 : i + 8 : 2]
        out.append(_page_rect((min(xs), min(ys), max(xs), max(ys)), height))
    return out


def _area_anchor(text: PageText, page: int, areas: Sequence[Rect], side: Side) -> Anchor | None:
    hits = []
    for s, e, rect, _line in text.words:
        cx, cy = (rect[0] + rect[2]) / 2, (rect[1] + rect[3]) / 2
        if any(a[0] - 1 <= cx <= a[2] + 1 and a[1] - 1 <= cy <= a[3] + 1 for a in areas):
            hits.append((s, e, rect))
    if not hits:
        return None
    start, end = min(h[0] for h in hits), max(h[1] for h in hits)
    return make_anchor(text.text, page, start, end, rect=union([h[2] for h in hits]), side=side)


Places = list[tuple[str, int, Sequence[Rect]]]  # (recommendation number, page, rectangles) of one side


def _places(result: Comparison, side: Side) -> Places:
    """Where each recommendation's text (advice) or reply (response) stands: worked out once per import."""
    out: Places = []
    for pair in result.pairs:
        spans = pair.recommendation.run.spans() if side == "advice" else (pair.reply.all_spans() if pair.reply else [])
        out.extend((pair.number, span.page, span.rects) for span in spans)
    return out


def _number_at(places: Places, page: int, rect: Rect) -> str | None:
    """The recommendation whose text (advice) or reply (response) holds ``rect`` on ``page``."""
    for number, on_page, rects in places:
        if on_page == page and any(
            r[0] - 2 <= rect[2] and rect[0] <= r[2] + 2 and r[1] - 2 <= rect[3] and rect[1] <= r[3] + 2 for r in rects
        ):
            return number
    return None


def side_of(result: Comparison, path: str | Path, annots_href: str) -> Side | None:
    """The document an XFDF file names (its ``<f href>``): the advice, the response, or None when unclear."""
    stem = Path(annots_href).stem.removesuffix(".annotated")
    for side, doc in (("advice", result.advice), ("response", result.response)):
        own = Path(doc.path).stem
        if stem and (stem == own or stem == f"{own}-{side}"):
            return side  # type: ignore[return-value]
    return None


def import_review(
    store: Store,
    result: Comparison,
    path: str | Path | Review,
    side: Side,
    *,
    password: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    into: Imported | None = None,
) -> Imported:
    """Add the notes of the XFDF review at ``path`` (on the ``side`` document of ``result``) to ``store``.

    Weerwoord's own notes come back exactly (text, anchor, status, number, author, times); a colleague's note or
    highlight is anchored on the words it covers (a plain highlight becomes a note without text); a reply joins
    its thread (the same words). A note already there (same name, else same words and text) is not added again.
    Weerwoord's marks, frames and verdict notes, and annotations on pages the document lacks, are skipped with
    their reason. ``path`` may be a review read already (:func:`load_review`). ``progress(done, total)`` may
    raise to cancel: what was added before stays, each note whole, and is in ``into`` (the result) as it is."""
    annots = (path if isinstance(path, Review) else load_review(path)).annots
    analysed = getattr(result, side)
    doc = open_as_pdf(analysed.path, password, analysed.sha256)  # the words the notes were made on
    try:
        texts = page_texts(doc)
        heights = [doc[i].rect.height for i in range(doc.page_count)]
    finally:
        doc.close()
    a_sha, r_sha = result.advice.sha256, result.response.sha256
    existing = store.list_notes(a_sha, r_sha)
    names = {note_name(n) for n in existing}
    seen = {_same(n.side, n.anchor, n.text): n for n in existing}
    by_name: dict[str, Note] = {}
    out = into if into is not None else Imported()
    places = _places(result, side)
    for done, a in enumerate(annots):
        if progress is not None:
            progress(done, len(annots))
        name = a.name or f"#{done + 1}"
        page = a.page + 1

        def skip(code: str, reason: str, a: XfdfAnnot = a, name: str = name, page: int = page) -> None:
            out.skipped.append(Skipped(name, a.kind, page, reason, code))

        own_note = f"{WW}created" in a.extra
        if a.title == TOOL and not own_note:
            skip("own", _("Weerwoord's own marking; it is made again on every export."))
            continue
        if a.kind not in (*MARKUP, "text", "freetext"):
            skip("kind", _("An annotation of the kind {kind} holds no note.").format(kind=a.kind))
            continue
        if not 0 <= a.page < len(texts):
            skip("page", _("It is on page {page}, which this document does not have.").format(page=page))
            continue
        text = clean_text(a.contents)
        if len(text) > MAX_NOTE:
            skip("long", _("Its text is longer than {limit} characters.").format(limit=MAX_NOTE))
            continue
        if a.name and a.name in names:
            skip("here", _("This note is here already."))
            continue
        parent = by_name.get(a.extra.get("inreplyto", ""))
        status = a.extra.get(f"{WW}status", "open")
        number: str | None = a.extra.get(f"{WW}number")
        author = a.title
        if not own_note:  # a note an earlier Weerwoord exported carries its status and number in a trailer
            text, trailer_author, trailer_number, trailer_status = unwrap(text)
            author, number, status = author or trailer_author, number or trailer_number, trailer_status or status
        anchor: Anchor | None = None
        if own_note:
            raw = a.extra.get(f"{WW}anchor")
            anchor = Anchor.from_json(json.loads(raw)) if raw else None
        elif parent is not None:
            anchor, number = parent.anchor, parent.number
        elif a.kind in MARKUP:
            areas = _quads(a.coords, heights[a.page]) if a.coords else [_page_rect(a.rect, heights[a.page])]
            anchor = _area_anchor(texts[a.page], page, areas, side)
            if anchor is None:
                skip("no-words", _("There are no words under it in this document."))
                continue
        elif not text.strip():
            skip("empty", _("A note without text and without words under it."))
            continue
        if number is None and anchor is not None and anchor.rect is not None:
            number = _number_at(places, anchor.page, anchor.rect)
        if not own_note and a.kind == "text" and anchor is None:
            number = number or _number_at(places, page, _page_rect(a.rect, heights[a.page]))
        key = _same(side, anchor, text)
        if key in seen:
            if a.name:
                by_name[a.name] = seen[key]  # its replies join the note that is here
            skip("here", _("A note with the same text on the same words is here already."))
            continue
        note = store.add_note(
            a_sha,
            r_sha,
            text,
            number=number,
            side=a.extra.get(f"{WW}side") if own_note else side,  # type: ignore[arg-type]
            anchor=anchor,
            status=status if status in NOTE_STATUSES else "open",
            author=author or _("reviewer"),
            created=a.extra.get(f"{WW}created") or _iso(a.creationdate) or _iso(a.date),
            modified=a.extra.get(f"{WW}modified") or _iso(a.date) or _iso(a.creationdate),
        )
        seen[key] = note
        names.add(note_name(note))
        if a.name:
            by_name[a.name] = note
        out.added.append(note)
    if progress is not None:
        progress(len(annots), len(annots))
    return out


def _same(side: str | None, anchor: Anchor | None, text: str) -> tuple[object, ...]:
    where = (anchor.page, " ".join(anchor.exact.split())) if anchor is not None else None
    return (side, where, " ".join(text.split()))
