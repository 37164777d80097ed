"""A PDF's annotations as XFDF data and back: what the annotated copies' XFDF twins hold, and a review merged
into a PDF."""
# mypy: allow-untyped-calls

from __future__ import annotations

import re
from collections.abc import Sequence

import pymupdf

from weerwoord.core.publishing.report_text import RGB
from weerwoord.core.publishing.xfdf import XfdfAnnot

_KINDS = {
    "Highlight": "highlight",
    "Text": "text",
    "Square": "square",
    "Underline": "underline",
    "StrikeOut": "strikeout",
    "Squiggly": "squiggly",
    "Circle": "circle",
    "FreeText": "freetext",
}


def _array(doc: pymupdf.Document, xref: int, key: str) -> tuple[float, ...]:
    kind, value = doc.xref_get_key(xref, key)
    if kind != "array":
        return ()
    return tuple(float(x) for x in re.findall(r"-?\d*\.?\d+(?:[eE]-?\d+)?", value))


def _hex(rgb: Sequence[float] | None) -> str | None:
    if not rgb or len(rgb) != 3:
        return None
    return "#" + "".join(f"{round(v * 255):02x}" for v in rgb)


def xfdf_annots(
    doc: pymupdf.Document, pages: int | None = None, attributes: dict[str, dict[str, str]] | None = None
) -> list[XfdfAnnot]:
    """The annotations on the first ``pages`` pages (all when None) as XFDF data, in PDF coordinates straight from
    the file; a reply names the annotation it answers (``inreplyto``); ``attributes`` adds to an annotation by
    its name (the ``ww:`` attributes of the reader's notes)."""
    out: list[XfdfAnnot] = []
    names: dict[int, str] = {}
    for index in range(doc.page_count if pages is None else min(pages, doc.page_count)):
        for annot in doc[index].annots():
            names[annot.xref] = annot.info.get("id", "") or f"weerwoord-{annot.xref}"
    for index in range(doc.page_count if pages is None else min(pages, doc.page_count)):
        page = doc[index]
        for annot in page.annots():
            kind = _KINDS.get(annot.type[1])
            if kind is None:
                continue
            rect = _array(doc, annot.xref, "Rect")
            if len(rect) != 4:
                continue
            info = annot.info
            _kind, icon = doc.xref_get_key(annot.xref, "Name")
            name = names[annot.xref]
            extra = dict((attributes or {}).get(name, {}))
            if annot.irt_xref and annot.irt_xref in names:
                extra["inreplyto"] = names[annot.irt_xref]
                extra["replyType"] = "reply"
            out.append(
                XfdfAnnot(
                    kind=kind,
                    page=index,
                    rect=(rect[0], rect[1], rect[2], rect[3]),
                    color=_hex(annot.colors.get("stroke")),
                    title=info.get("title", ""),
                    subject=info.get("subject", ""),
                    contents=info.get("content", ""),
                    name=name,
                    date=info.get("modDate", ""),
                    creationdate=info.get("creationDate", ""),
                    coords=_array(doc, annot.xref, "QuadPoints"),
                    icon=icon.lstrip("/") if kind == "text" and icon != "null" else "",
                    width=float(annot.border.get("width", 1) or 1) if kind in ("square", "circle") else None,
                    opacity=annot.opacity if 0 <= annot.opacity < 1 else None,
                    fringe=_array(doc, annot.xref, "RD") if kind in ("square", "circle") else (),
                    extra=extra,
                )
            )
    return out


def _rgb(colour: str | None) -> RGB | None:
    if not colour or not re.fullmatch(r"#[0-9a-fA-F]{6}", colour):
        return None
    return (int(colour[1:3], 16) / 255, int(colour[3:5], 16) / 255, int(colour[5:7], 16) / 255)


def apply_xfdf(doc: pymupdf.Document, annots: Sequence[XfdfAnnot]) -> int:
    """Add XFDF annotations (a colleague's review) to ``doc``; returns how many were added."""
    added = 0
    for a in annots:
        if not 0 <= a.page < doc.page_count:
            continue
        page = doc[a.page]
        m = page.transformation_matrix  # PDF space -> PyMuPDF page space
        x0, y0, x1, y1 = a.rect  # PDF: y0 is the bottom
        if len(a.fringe) == 4:  # the shape sits inside the rect by the fringe (left, top, right, bottom)
            x0, y0, x1, y1 = x0 + a.fringe[0], y0 + a.fringe[3], x1 - a.fringe[2], y1 - a.fringe[1]
        rect = pymupdf.Rect(x0, y0, x1, y1) * m
        rect.normalize()
        if a.kind in ("highlight", "underline", "strikeout", "squiggly") and len(a.coords) >= 8:
            quads = []
            for i in range(0, len(a.coords) - 7, 8):
                c = a.coords[i : i + 8]
                pts = [pymupdf.Point(c[j], c[j + 1]) * m for j in (0, 2, 4, 6)]
                quads.append(pymupdf.Quad(*pts))
            adder = {
                "highlight": page.add_highlight_annot,
                "underline": page.add_underline_annot,
                "strikeout": page.add_strikeout_annot,
                "squiggly": page.add_squiggly_annot,
            }[a.kind]
            annot = adder(quads)
        elif a.kind == "text":
            annot = page.add_text_annot(rect.tl, a.contents, icon=a.icon or "Note")
        elif a.kind == "square":
            annot = page.add_rect_annot(rect)
        elif a.kind == "circle":
            annot = page.add_circle_annot(rect)
        elif a.kind == "freetext":
            annot = page.add_freetext_annot(rect, a.contents)
        else:
            continue
        if annot is None:
            continue
        colour = _rgb(a.color)
        if colour is not None and a.kind != "freetext":
            annot.set_colors(stroke=colour)
        if a.width is not None and a.kind in ("square", "circle"):
            annot.set_border(width=a.width)
        annot.set_info(title=a.title, subject=a.subject, content=a.contents)
        annot.update(opacity=a.opacity if a.opacity is not None else -1)
        added += 1
    return added
