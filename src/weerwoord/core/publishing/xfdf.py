"""Annotations as Acrobat XFDF: written beside each annotated PDF, read back to merge a review."""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from weerwoord.core.errors import DocumentError
from weerwoord.core.keeping import atomic

NS = "http://ns.adobe.com/xfdf/"
# Weerwoord's own attributes of a note (status, anchor, times), so its notes come back exactly; others ignore them
WW_NS = "https://weerwoord.nl/ns/xfdf/1"
WW = "ww:"  # their prefix, as XfdfAnnot.extra holds them
KINDS = ("text", "highlight", "underline", "strikeout", "squiggly", "square", "circle", "freetext", "ink")


@dataclass
class XfdfAnnot:
    """One annotation in PDF user space (origin bottom left, points); ``page`` is 0-based as in XFDF."""

    kind: str
    page: int
    rect: tuple[float, float, float, float]
    color: str | None = None  # "#rrggbb"
    title: str = ""  # the author
    subject: str = ""
    contents: str = ""
    name: str = ""
    date: str = ""  # PDF date, D:YYYYMMDDHHmmSS
    creationdate: str = ""
    coords: tuple[float, ...] = ()  # quad points of text markup: x1,y1,x2,y2,x3,y3,x4,y4 per quad
    icon: str = ""  # of a text (note) annotation
    width: float | None = None  # border width
    opacity: float | None = None
    fringe: tuple[float, ...] = ()  # square/circle: left, top, right, bottom inset of the shape in ``rect``
    extra: dict[str, str] = field(default_factory=dict)  # other attributes, kept as read


def _num(v: float) -> str:
    return f"{v:.3f}".rstrip("0").rstrip(".")


# characters XML 1.0 cannot hold (an original's own annotation may carry a form feed): taken out when writing
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("", text)


def to_xfdf(annots: Sequence[XfdfAnnot], pdf_name: str) -> str:
    """The XFDF document for ``annots`` on the PDF named ``pdf_name``."""
    root = ET.Element("xfdf", {"xmlns": NS, "xml:space": "preserve"})
    if any(key.startswith(WW) for a in annots for key in a.extra):
        root.set("xmlns:ww", WW_NS)
    ET.SubElement(root, "f", {"href": pdf_name})
    box = ET.SubElement(root, "annots")
    for a in annots:
        attrs = {"page": str(a.page), "rect": ",".join(_num(v) for v in a.rect), "flags": "print"}
        for key in ("color", "title", "subject", "name", "date", "creationdate", "icon"):
            value = getattr(a, key)
            if value:
                attrs[key] = str(value)
        if a.coords:
            attrs["coords"] = ",".join(_num(v) for v in a.coords)
        if len(a.fringe) == 4:
            attrs["fringe"] = ",".join(_num(v) for v in a.fringe)
        if a.width is not None:
            attrs["width"] = _num(a.width)
        if a.opacity is not None and a.opacity < 1.0:
            attrs["opacity"] = _num(a.opacity)
        for key, value in a.extra.items():
            attrs.setdefault(key, value)
        el = ET.SubElement(box, a.kind, {k: _xml_text(v) for k, v in attrs.items()})
        if a.contents:
            ET.SubElement(el, "contents").text = _xml_text(a.contents)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def write_xfdf(path: Path, annots: Sequence[XfdfAnnot], pdf_name: str) -> Path:
    return atomic.write_text(path, to_xfdf(annots, pdf_name))


def _floats(text: str | None) -> tuple[float, ...]:
    """The numbers of a list such as ``rect``; () when one is not a finite number (a damaged or hostile file)."""
    if not text:
        return ()
    try:
        numbers = tuple(float(x) for x in text.replace(";", ",").replace(" ", ",").split(",") if x)
    except ValueError:
        return ()
    return numbers if all(math.isfinite(n) for n in numbers) else ()


def _number(text: str | None) -> float | None:
    found = _floats(text)
    return found[0] if len(found) == 1 else None


_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6"}


def rich_text(element: ET.Element) -> str:
    """The plain text of an XFDF ``contents-richtext`` (XHTML): each paragraph on its own line, ``<br/>`` a newline."""
    lines: list[str] = []
    current: list[str] = []

    def walk(el: ET.Element) -> None:
        tag = el.tag.rsplit("}", 1)[-1]
        block = tag in _BLOCKS
        if block and current:
            lines.append("".join(current))
            current.clear()
        if tag == "br":
            lines.append("".join(current))
            current.clear()
        if el.text:
            current.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                current.append(child.tail)
        if block:
            lines.append("".join(current))
            current.clear()

    walk(element)
    if current:
        lines.append("".join(current))
    return "\n".join(line.strip() for line in lines).strip()


def import_xfdf(path: str | Path) -> list[XfdfAnnot]:
    """The annotations in an XFDF file (a colleague's review). Raises DocumentError when it is not XFDF."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as err:
        raise DocumentError(f"{p.name} cannot be read as an XFDF annotation file: {err}.", str(p)) from err
    return parse_xfdf(data, p)[0]


def parse_xfdf(data: bytes, path: str | Path) -> tuple[list[XfdfAnnot], str]:
    """The annotations of XFDF ``data`` (read from ``path``) and the document it names (its ``<f href>``)."""
    p = Path(path)
    try:
        root = ET.fromstring(data)
    except ET.ParseError as err:
        raise DocumentError(f"{p.name} cannot be read as an XFDF annotation file: {err}.", str(p)) from err
    if root.tag not in (f"{{{NS}}}xfdf", "xfdf"):
        raise DocumentError(f"{p.name} is not an XFDF annotation file.", str(p))
    href = next((el.attrib.get("href", "") for el in root.iter() if el.tag.rsplit("}", 1)[-1] == "f"), "")
    out: list[XfdfAnnot] = []
    for box in root.iter():
        if box.tag.rsplit("}", 1)[-1] != "annots":
            continue
        for el in box:
            kind = el.tag.rsplit("}", 1)[-1]
            attrs = dict(el.attrib)
            try:
                rect = _floats(attrs.pop("rect", ""))
                page = int(attrs.pop("page", "0"))
            except ValueError:
                continue
            if len(rect) != 4:
                continue
            contents = ""
            for child in el:
                tag = child.tag.rsplit("}", 1)[-1]
                if tag == "contents":
                    contents = child.text or ""
                elif tag == "contents-richtext" and not contents:
                    contents = rich_text(child)
            attrs = {(WW + k.split("}", 1)[1] if k.startswith(f"{{{WW_NS}}}") else k): v for k, v in attrs.items()}
            width = attrs.pop("width", None)
            opacity = attrs.pop("opacity", None)
            attrs.pop("flags", None)
            out.append(
                XfdfAnnot(
                    kind=kind,
                    page=page,
                    rect=(rect[0], rect[1], rect[2], rect[3]),
                    color=attrs.pop("color", None),
                    title=attrs.pop("title", ""),
                    subject=attrs.pop("subject", ""),
                    contents=contents,
                    name=attrs.pop("name", ""),
                    date=attrs.pop("date", ""),
                    creationdate=attrs.pop("creationdate", ""),
                    coords=_floats(attrs.pop("coords", "")),
                    icon=attrs.pop("icon", ""),
                    width=_number(width),
                    opacity=_number(opacity),
                    fringe=_floats(attrs.pop("fringe", "")),
                    extra=attrs,
                )
            )
    return out, href
