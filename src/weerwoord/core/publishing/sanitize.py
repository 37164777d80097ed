"""Active content taken out of an annotated copy: scripts, launches, form posts, attached files, deep outlines."""

from __future__ import annotations

import contextlib
import re
from typing import Any

# actions that run something, open another file or send data; links to web pages and pages stay
ACTIVE_ACTIONS = frozenset(
    {"JavaScript", "Launch", "SubmitForm", "ImportData", "GoToR", "GoToE", "Rendition", "Movie", "Sound",
     "RichMediaExecute"}
)  # fmt: skip
# annotations that carry a file or play media
ACTIVE_ANNOTS = frozenset({"FileAttachment", "Sound", "Movie", "Screen", "RichMedia", "3D"})
OUTLINE_DEPTH = 32  # outline levels kept (a reader's outline has 3 or 4; 5,000 overflows the export's stack)
OUTLINE_ITEMS = 20_000  # outline entries followed at most (a loop in the outline ends here too)

_ACTION = re.compile(r"/S/(\w+)")
_SUBTYPE = re.compile(r"/Subtype/(\w+)")


def remove_active_content(doc: Any) -> Any:
    """Take the active content out of ``doc`` (an open PDF, changed in memory only) and return it.

    Removed: JavaScript (document-level, on opening, in links, outline entries and form fields), launch, form
    submit and import, remote go-to and media actions, additional actions (the triggers on opening a page or
    typing in a field), attached and embedded files, XFA forms; an outline deeper than :data:`OUTLINE_DEPTH` is
    cut there. Kept: the text, links to pages and web addresses, the document's own annotations and outline.
    """
    if not getattr(doc, "is_pdf", False):
        return doc
    catalog = doc.pdf_catalog()
    for key in ("Names/JavaScript", "Names/EmbeddedFiles", "AcroForm/XFA", "AA"):
        _drop(doc, catalog, key)
    if doc.xref_get_key(catalog, "PageMode")[1] == "/UseAttachments":
        doc.xref_set_key(catalog, "PageMode", "/UseNone")
    attachments: set[int] = set()
    for xref in range(1, doc.xref_length()):
        try:
            source = doc.xref_object(xref, compressed=True)
        except Exception:  # a damaged object: nothing to take out of it
            continue
        if not source.startswith("<<"):
            continue
        if "/Type/EmbeddedFile" in source and doc.xref_is_stream(xref):
            with contextlib.suppress(Exception):
                doc.update_stream(xref, b"")
        subtype = _SUBTYPE.search(source)
        if subtype and subtype.group(1) in ACTIVE_ANNOTS:
            attachments.add(xref)
        if "/AA" in source:
            _drop(doc, xref, "AA")
        names = set(_ACTION.findall(source))
        if not names & ACTIVE_ACTIONS:
            continue
        if _is_action(doc, xref):  # an action of its own, pointed at from a link, an entry or another action
            doc.update_object(xref, "<<>>")  # an action that does nothing
            continue
        for key in ("A", "OpenAction", "Next"):
            if doc.xref_get_key(xref, f"{key}/S")[1].lstrip("/") in ACTIVE_ACTIONS:
                _drop(doc, xref, key)
    if attachments:
        _delete_annots(doc, attachments)
    _trim_outline(doc, catalog)
    return doc


def _is_action(doc: Any, xref: int) -> bool:
    return str(doc.xref_get_key(xref, "S")[1]).lstrip("/") in ACTIVE_ACTIONS and doc.xref_get_key(xref, "Type")[1] in (
        "null",
        "/Action",
    )


def _drop(doc: Any, xref: int, key: str) -> None:
    """Delete ``key`` (a path such as ``Names/JavaScript``) from object ``xref``: gone, not set to null, so that
    no scanner of the copy finds the name."""
    from pymupdf import mupdf

    with contextlib.suppress(Exception):  # a key that is not there, or a damaged dictionary
        if doc.xref_get_key(xref, key)[0] == "null":
            return
        obj = mupdf.pdf_load_object(mupdf.pdf_document_from_fz_document(doc.this), xref)
        *parents, last = key.split("/")
        for name in parents:
            obj = mupdf.pdf_dict_gets(obj, name)
        if mupdf.pdf_is_dict(obj):
            mupdf.pdf_dict_dels(obj, last)


def _delete_annots(doc: Any, xrefs: set[int]) -> None:
    for page in doc:
        for annot in list(page.annots() or ()):
            if annot.xref in xrefs:
                with contextlib.suppress(Exception):
                    page.delete_annot(annot)


def _trim_outline(doc: Any, catalog: int) -> None:
    """Cut the outline below :data:`OUTLINE_DEPTH` and after :data:`OUTLINE_ITEMS` entries or a loop, walking it
    without recursion (PyMuPDF's own reading of it recurses, and overflows on a very deep one)."""
    kind, root = doc.xref_get_key(catalog, "Outlines")
    if kind != "xref":
        return
    seen: set[int] = set()
    stack: list[tuple[int | None, int]] = [(_ref(doc, int(root.split()[0]), "First"), 1)]
    while stack:
        item, depth = stack.pop()
        while item is not None and item not in seen:
            seen.add(item)
            child = _ref(doc, item, "First")
            if child is not None:
                if depth >= OUTLINE_DEPTH or child in seen:
                    for key in ("First", "Last", "Count"):
                        _drop(doc, item, key)
                else:
                    stack.append((child, depth + 1))
            following = _ref(doc, item, "Next")
            if following is not None and (following in seen or len(seen) >= OUTLINE_ITEMS):
                _drop(doc, item, "Next")  # a loop, or more entries than any reader's outline: cut here
                following = None
            item = following


def _ref(doc: Any, xref: int, key: str) -> int | None:
    kind, value = doc.xref_get_key(xref, key)
    if kind != "xref":
        return None
    try:
        return int(value.split()[0])
    except (ValueError, IndexError):
        return None
