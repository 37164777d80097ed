"""A PDF laid out from HTML by PyMuPDF's Story made a tagged PDF: marked content, a structure tree, /MarkInfo."""
# mypy: allow-untyped-calls

from __future__ import annotations

from typing import Any

from weerwoord.core.publishing.tagging.content import ContentStreamError
from weerwoord.core.publishing.tagging.layout import Layout, SectionLayout
from weerwoord.core.publishing.tagging.marking import Marker
from weerwoord.core.publishing.tagging.tree import write_tree

__all__ = ["ContentStreamError", "Layout", "SectionLayout", "tag_pdf"]


def _mark_page(doc: Any, index: int, layout: Layout) -> tuple[list[tuple[int, bytes]], list[int]]:
    """Page ``index``'s content streams (xref, new bytes) with marked content, and the element of each MCID."""
    import pymupdf

    page = doc[index]
    to_page = page.transformation_matrix

    def key_at(x: float, y: float, _size: float) -> int:
        point = pymupdf.Point(x, y) * to_page
        return layout.key_at(index, point.x, point.y)

    marker = Marker(key_at, layout.role)
    streams = [(xref, marker.mark(doc.xref_stream(xref))) for xref in page.get_contents()]
    return streams, marker.keys


def tag_pdf(doc: Any, layout: Layout, language: str) -> None:
    """Tag ``doc`` (a pymupdf.Document just laid out as ``layout`` says): every text in the element it was laid out
    in, every other painted thing an artifact; the structure tree; marked, in ``language`` (a BCP 47 tag), its title
    shown. Raises ContentStreamError on a content stream it cannot follow, before it changes anything."""
    import pymupdf

    marked = [_mark_page(doc, index, layout) for index in range(doc.page_count)]
    done: set[int] = set()
    for index, (streams, _keys) in enumerate(marked):
        xrefs = []
        for xref, data in streams:
            if xref in done:  # a stream another page shares: a copy, so each page's MCIDs stay its own
                xref = doc.get_new_xref()
                doc.update_object(xref, "<<>>")
            doc.update_stream(xref, data)
            done.add(xref)
            xrefs.append(xref)
        doc.xref_set_key(doc[index].xref, "Contents", "[" + " ".join(f"{x} 0 R" for x in xrefs) + "]")
    write_tree(doc, layout.elements, [keys for _streams, keys in marked])
    catalog = doc.pdf_catalog()
    doc.xref_set_key(catalog, "MarkInfo", "<</Marked true>>")
    doc.xref_set_key(catalog, "ViewerPreferences", "<</DisplayDocTitle true>>")
    doc.xref_set_key(catalog, "Lang", pymupdf.get_pdf_str(language))  # set_language keeps only "nl" of "nl-NL"
