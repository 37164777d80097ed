"""Tiny PDF typesetter for tests: lines of text at a steady pace, headings in bold, labels hanging."""

from __future__ import annotations

from pathlib import Path

import pymupdf


class Pdf:
    """Write lines top to bottom over as many A4 pages as needed."""

    def __init__(self, leading: float = 1.35) -> None:
        self.leading = leading  # line pitch as a multiple of the font size (1.5 spacing: about 1.55)
        self.doc = pymupdf.open()
        self.font = pymupdf.Font("helv")
        self.bold = pymupdf.Font("hebo")
        self._new_page()

    def _new_page(self) -> None:
        self.page = self.doc.new_page()
        self.writer = pymupdf.TextWriter(self.page.rect)
        self.y = 72.0

    def _flush(self) -> None:
        self.writer.write_text(self.page)

    def line(self, text: str, *, x: float = 72, bold: bool = False, size: float = 10, label: str = "") -> None:
        if self.y > 770:
            self._flush()
            self._new_page()
        font = self.bold if bold else self.font
        if label:
            self.writer.append((x, self.y), label, font=font, fontsize=size)
            x += 24
        self.writer.append((x, self.y), text, font=font, fontsize=size)
        self.y += size * self.leading

    def gap(self, points: float = 8) -> None:
        self.y += points

    def heading(self, text: str, size: float = 13) -> None:
        self.gap(6)
        self.line(text, bold=True, size=size)
        self.gap(2)

    def paragraph(self, text: str, width: int = 90, **kw: object) -> None:
        words = text.split()
        lines: list[str] = []
        cur = ""
        for w in words:
            if len(cur) + len(w) + 1 > width and cur:
                lines.append(cur)
                cur = w
            else:
                cur = f"{cur} {w}".strip()
        if cur:
            lines.append(cur)
        label = str(kw.pop("label", ""))
        for i, ln in enumerate(lines):
            if label and i == 0:
                self.line(ln, label=label, **kw)  # type: ignore[arg-type]
            else:
                self.line(ln, x=72 + (24 if label else 0), **kw)  # type: ignore[arg-type]
        self.gap()

    def save(self, path: Path) -> Path:
        self._flush()
        self.doc.save(path)
        return path
