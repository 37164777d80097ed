"""A page of a PDF Weerwoord wrote (the briefing) as plain drawing data — filled and stroked rectangles and lines,
spans of text at their baselines — so the window can paint it onto a printer as vector shapes and text (text
stays text in the print and in a PDF printed to file); a page with anything else is drawn as a picture."""
# mypy: allow-untyped-calls

from __future__ import annotations

from dataclasses import dataclass, field

import pymupdf

RGB = tuple[float, float, float]
_STYLE_WORDS = {"regular", "regul", "bold", "italic", "oblique", "medium", "book", "roman"}


@dataclass(frozen=True)
class Shape:
    """A rectangle (``kind`` "rect": x0, y0, x1, y1) or a line ("line": x0, y0 → x1, y1) in page points."""

    kind: str
    coords: tuple[float, float, float, float]
    fill: RGB | None
    stroke: RGB | None
    width: float


@dataclass(frozen=True)
class Span:
    """Text in one font at one size, starting at the baseline point (x, y) and ``width`` points wide."""

    text: str
    x: float
    y: float
    width: float
    size: float
    family: str
    bold: bool
    italic: bool
    colour: RGB


@dataclass
class PageDrawing:
    """What is on a page, in drawing order: shapes first (backgrounds, borders), then the text over them.
    ``vector`` is False when the page holds something else (an image, a curve, turned text): print it as a picture.
    """

    width: float
    height: float
    shapes: list[Shape] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    vector: bool = True


def family_of(font: str) -> str:
    """The family of a PDF font name: "Nimbus Sans Bold" → "Nimbus Sans", "ABCDEF+Arial-BoldMT" → "Arial"."""
    name = font.split("+", 1)[-1].replace("-", " ")
    words = [w for w in name.split() if w.casefold().removesuffix("mt") not in _STYLE_WORDS]
    return " ".join(words) or name


def _rgb(colour: object) -> RGB | None:
    if isinstance(colour, list | tuple) and len(colour) == 3:
        return (float(colour[0]), float(colour[1]), float(colour[2]))
    return None


def page_drawing(page: pymupdf.Page) -> PageDrawing:
    """The drawing data of ``page`` (see :class:`PageDrawing`)."""
    out = PageDrawing(float(page.rect.width), float(page.rect.height))
    if page.get_images():
        out.vector = False
        return out
    for path in page.get_drawings():
        fill = _rgb(path.get("fill")) if "f" in path.get("type", "") else None
        stroke = _rgb(path.get("color")) if "s" in path.get("type", "") else None
        width = float(path.get("width") or 0.0)
        for item in path["items"]:
            if item[0] == "re":
                r = item[1]
                out.shapes.append(Shape("rect", (r.x0, r.y0, r.x1, r.y1), fill, stroke, width))
            elif item[0] == "l":
                a, b = item[1], item[2]
                out.shapes.append(Shape("line", (a.x, a.y, b.x, b.y), None, stroke or fill, width))
            else:  # a curve or a quad: not drawn by hand here
                out.vector = False
                return out
    for block in page.get_text("dict", flags=pymupdf.TEXT_PRESERVE_WHITESPACE)["blocks"]:
        for line in block.get("lines", []):
            if tuple(round(d, 3) for d in line["dir"]) != (1.0, 0.0):
                out.vector = False  # turned text
                return out
            for span in line["spans"]:
                text = span["text"]
                if not text.strip():
                    continue
                flags = int(span["flags"])
                x0, _y0, x1, _y1 = span["bbox"]
                out.spans.append(
                    Span(
                        text,
                        float(span["origin"][0]),
                        float(span["origin"][1]),
                        float(x1 - x0),
                        float(span["size"]),
                        family_of(span["font"]),
                        bool(flags & pymupdf.TEXT_FONT_BOLD) or "bold" in span["font"].casefold(),
                        bool(flags & pymupdf.TEXT_FONT_ITALIC) or "italic" in span["font"].casefold(),
                        pymupdf.sRGB_to_pdf(span["color"]),
                    )
                )
    return out
