"""Generate Weerwoord's own test documents and the shipped example pair.

Run from the repository root:  .venv/bin/python tests/docs/make_docs.py

Everything is laid out with PyMuPDF by a small typesetter in this file (lines, frames, columns,
footnotes, running headers, sidebars), from the prose sources in ``tests/docs/src``.  The result is
deterministic: fixed metadata dates, no random document ID, fonts subset the same way each time.
The test suite does not run this script; the generated files are committed.

Fonts: the Nimbus Sans / Nimbus Roman fonts built into PyMuPDF (URW base35, whose licence allows
embedding in documents), embedded as subsets.  PyMuPDF's ``insert_text`` with the Base-14 names only
encodes Latin-1, so “ ” ‘ ’ – — would come out as dots; ``TextWriter`` with ``pymupdf.Font`` objects
embeds a CID font and keeps every character.
"""

from __future__ import annotations

import json
import random
import re
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SRC = HERE / "src"
EXAMPLE = ROOT / "resources" / "example"

A4 = pymupdf.paper_rect("a4")
BLACK = (0, 0, 0)
GREY = (0.35, 0.35, 0.35)
RIJKSBLAUW = (0.08, 0.26, 0.49)

# --------------------------------------------------------------------------------------------------
# fonts

_FONT_NAMES = {
    ("sans", False, False): "helv",
    ("sans", True, False): "hebo",
    ("sans", False, True): "heit",
    ("sans", True, True): "hebi",
    ("serif", False, False): "tiro",
    ("serif", True, False): "tibo",
    ("serif", False, True): "tiit",
    ("serif", True, True): "tibi",
}
_FONTS: dict[str, pymupdf.Font] = {}


def font(family: str, bold: bool = False, italic: bool = False) -> pymupdf.Font:
    name = _FONT_NAMES[(family, bold, italic)]
    if name not in _FONTS:
        _FONTS[name] = pymupdf.Font(name)
    return _FONTS[name]


# --------------------------------------------------------------------------------------------------
# styles and blocks


@dataclass(frozen=True)
class Style:
    family: str = "sans"
    size: float = 10.0
    leading: float = 0.0  # 0: 1.35 × size
    bold: bool = False
    italic: bool = False
    color: tuple[float, float, float] = BLACK
    before: float = 0.0
    after: float = 6.0
    indent: float = 0.0
    hang: float = 0.0  # width kept for a list label
    align: str = "left"  # left | center | right
    keep_next: bool = False

    @property
    def lead(self) -> float:
        return self.leading or round(self.size * 1.35, 2)


@dataclass(frozen=True)
class Frag:
    text: str
    bold: bool = False
    italic: bool = False
    sup: bool = False
    note: str = ""  # footnote key this fragment refers to


@dataclass
class Block:
    kind: str  # p | pagebreak | colbreak | mode | space | sig
    frags: list[Frag] = field(default_factory=list)
    style: Style = field(default_factory=Style)
    label: str = ""
    arg: str = ""
    cols: list[list[str]] = field(default_factory=list)


@dataclass
class Run:
    x: float
    y: float
    text: str
    font: pymupdf.Font
    size: float
    color: tuple[float, float, float]


@dataclass
class PageOut:
    mode: str
    runs: list[Run] = field(default_factory=list)
    notes: list[list[Run]] = field(default_factory=list)  # footnote lines, placed at render time
    note_height: float = 0.0


_INLINE = re.compile(r"(\*\*.+?\*\*|\*[^*\s][^*]*?\*|\[\^[^\]]+\])")


def inline(text: str, bold: bool = False, italic: bool = False) -> list[Frag]:
    """``**bold**``, ``*italic*`` and ``[^key]`` footnote references."""
    out: list[Frag] = []
    for part in _INLINE.split(text):
        if not part:
            continue
        if part.startswith("**") and part.endswith("**") and len(part) > 4:
            out.extend(inline(part[2:-2], True, italic))
        elif part.startswith("[^"):
            key = part[2:-1]
            out.append(Frag(key, bold, italic, sup=True, note=key))
        elif part.startswith("*") and part.endswith("*") and len(part) > 2:
            out.extend(inline(part[1:-1], bold, True))
        else:
            out.append(Frag(part, bold, italic))
    return out


_ITEM = re.compile(r"^(\d{1,2}[a-z]?\.|\d{1,2}[a-z]?\)|[a-h]\)|•|–|-)\s+(.*)$", re.S)
_STYLED = re.compile(r"^\{([a-z0-9_]+)\}\s*(.*)$", re.S)


@dataclass
class Source:
    blocks: list[Block]
    notes: dict[str, str]
    meta: dict[str, str]


def parse(text: str, styles: dict[str, Style]) -> Source:
    """Blocks separated by blank lines.  ``# `` ``## `` ``### `` headings, ``> `` quote, list items
    (``1.``, ``4a.``, ``a)``, ``•``, ``-``), ``{style} text``, ``::directive arg``, ``[^k]: note``,
    ``@key: value`` metadata."""
    blocks: list[Block] = []
    notes: dict[str, str] = {}
    meta: dict[str, str] = {}
    for chunk in re.split(r"\n\s*\n", text.strip("\n")):
        lines = [ln.rstrip() for ln in chunk.strip("\n").split("\n") if not ln.startswith("%")]
        if not lines:
            continue
        if all(ln.startswith("@") for ln in lines):
            for ln in lines:
                k, _, v = ln[1:].partition(":")
                meta[k.strip()] = v.strip()
            continue
        if all(ln.startswith("::") for ln in lines):
            for ln in lines:
                name, _, arg = ln[2:].partition(" ")
                if name == "sig":
                    blocks.append(Block("sig", cols=[c.split("|") for c in arg.split("||")]))
                else:
                    blocks.append(Block(name, arg=arg.strip()))
            continue
        if lines[0].startswith("[^"):
            key, _, body = " ".join(lines)[2:].partition("]:")
            notes[key] = body.strip()
            continue
        body = " ".join(ln.strip() for ln in lines)
        style_name = "p"
        label = ""
        m = _STYLED.match(body)
        if m:
            style_name, body = m.group(1), m.group(2)
        elif body.startswith("### "):
            style_name, body = "h3", body[4:]
        elif body.startswith("## "):
            style_name, body = "h2", body[3:]
        elif body.startswith("# "):
            style_name, body = "h1", body[2:]
        elif body.startswith("> "):
            style_name, body = "quote", body[2:]
        else:
            m = _ITEM.match(body)
            if m:
                label, body = m.group(1), m.group(2)
                style_name = "item"
                if label in ("-", "–", "•"):
                    label = "•"
                    style_name = "bullet" if "bullet" in styles else "item"
        st = styles[style_name]
        if st.hang and not label and " | " in body:
            label, body = body.split(" | ", 1)
        blocks.append(Block("p", inline(body, st.bold, st.italic), st, label=label))
    return Source(blocks, notes, meta)


# --------------------------------------------------------------------------------------------------
# layout


class Template:
    """Page geometry and furniture of one kind of document."""

    page_rect = A4
    note_style = Style(size=7.5, leading=9.5, after=2)

    def frames(self, pno: int, mode: str) -> list[pymupdf.Rect]:
        raise NotImplementedError

    def note_width(self, pno: int, mode: str) -> tuple[float, float]:
        fr = self.frames(pno, mode)
        return fr[0].x0, fr[-1].x1

    def decorate(self, page: pymupdf.Page, pno: int, total: int, mode: str, w: Writer) -> None:
        pass


class Writer:
    """TextWriters per colour for one page."""

    def __init__(self, page: pymupdf.Page) -> None:
        self.page = page
        self.tws: dict[tuple[float, float, float], pymupdf.TextWriter] = {}

    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: float = 8,
        family: str = "sans",
        bold: bool = False,
        italic: bool = False,
        color: tuple[float, float, float] = BLACK,
        align: str = "left",
    ) -> float:
        f = font(family, bold, italic)
        w = f.text_length(text, fontsize=size)
        if align == "right":
            x -= w
        elif align == "center":
            x -= w / 2
        self.run(Run(x, y, text, f, size, color))
        return w

    def run(self, r: Run) -> None:
        tw = self.tws.get(r.color)
        if tw is None:
            tw = self.tws[r.color] = pymupdf.TextWriter(self.page.rect, color=r.color)
        tw.append((r.x, r.y), r.text, font=r.font, fontsize=r.size)

    def flush(self) -> None:
        for tw in self.tws.values():
            tw.write_text(self.page)
        self.tws.clear()


Word = list[tuple[str, Frag]]


def words_of(frags: list[Frag]) -> list[Word]:
    words: list[Word] = []
    cur: Word = []
    for fr in frags:
        if fr.sup:
            cur.append((fr.text, fr))
            continue
        parts = re.split(r"( +)", fr.text)
        for part in parts:
            if not part:
                continue
            if part.startswith(" "):
                if cur:
                    words.append(cur)
                cur = []
            else:
                cur.append((part, fr))
    if cur:
        words.append(cur)
    return words


class Flow:
    def __init__(self, template: Template, notes: dict[str, str]) -> None:
        self.t = template
        self.notes = notes
        self.pages: list[PageOut] = []
        self.mode = "default"
        self.frame_i = 0
        self.y = 0.0
        self.fresh = True  # nothing placed in the current frame yet
        self.new_page()

    # geometry -------------------------------------------------------------------------------------
    @property
    def pno(self) -> int:
        return len(self.pages) - 1

    @property
    def frame(self) -> pymupdf.Rect:
        return self.t.frames(self.pno, self.mode)[self.frame_i]

    def bottom(self, extra_note: float = 0.0) -> float:
        po = self.pages[-1]
        h = po.note_height + extra_note
        b = self.frame.y1
        if h:
            b = min(b, self.t.frames(self.pno, self.mode)[0].y1 - h - 10)
        return b

    def new_page(self) -> None:
        self.pages.append(PageOut(self.mode))
        self.frame_i = 0
        self.y = self.frame.y0
        self.fresh = True

    def next_frame(self) -> None:
        if self.frame_i + 1 < len(self.t.frames(self.pno, self.mode)):
            self.frame_i += 1
            self.y = self.frame.y0
            self.fresh = True
        else:
            self.new_page()

    # blocks ---------------------------------------------------------------------------------------
    def add(self, blocks: list[Block]) -> None:
        for i, b in enumerate(blocks):
            if b.kind == "pagebreak":
                if not (self.fresh and self.frame_i == 0):
                    self.new_page()
            elif b.kind == "colbreak":
                self.next_frame()
            elif b.kind == "mode":
                self.mode = b.arg
                if not (self.fresh and self.frame_i == 0 and not self.pages[-1].runs):
                    self.new_page()
                else:
                    self.pages[-1].mode = self.mode
                    self.y = self.frame.y0
            elif b.kind == "space":
                self.y += float(b.arg)
            elif b.kind == "sig":
                self.signatures(b)
            else:
                nxt = blocks[i + 1] if i + 1 < len(blocks) else None
                self.paragraph(b, nxt)

    def signatures(self, b: Block) -> None:
        st = Style(size=9.5)
        height = (max(len(c) for c in b.cols) + 3) * st.lead
        if self.y + height > self.bottom():
            self.next_frame()
        fr = self.frame
        colw = fr.width / len(b.cols)
        for ci, col in enumerate(b.cols):
            y = self.y + st.size
            for li, line in enumerate(col):
                if li == len(col) - 1:
                    y += 3 * st.lead  # room for the signature
                self.pages[-1].runs.append(Run(fr.x0 + ci * colw, y, line, font("sans"), st.size, BLACK))
                y += st.lead
        self.y += height
        self.fresh = False

    def paragraph(self, b: Block, nxt: Block | None) -> None:
        st = b.style
        words = words_of(b.frags)
        if not self.fresh:
            self.y += st.before
        first = True
        space_w = font(st.family).text_length(" ", fontsize=st.size)
        while words or first:
            fr = self.frame
            x0 = fr.x0 + st.indent + st.hang
            width = fr.x1 - x0
            line, rest = self.take(words, width, st, space_w)
            notes = [f.note for w in line for _, f in w if f.note]
            note_lines = [ln for key in notes for ln in self.note_lines(key, fr)]
            note_h = len(note_lines) * self.t.note_style.lead + (4 if note_lines else 0)
            need = st.lead
            if first and st.keep_next and nxt is not None and nxt.kind == "p":
                need += st.after + nxt.style.before + 2 * nxt.style.lead
            if self.y + need > self.bottom(note_h) and not self.fresh:
                self.next_frame()
                continue
            if first and b.label:
                self.pages[-1].runs.append(
                    Run(
                        fr.x0 + st.indent,
                        self.y + st.size,
                        b.label,
                        font(st.family, st.bold, st.italic),
                        st.size,
                        st.color,
                    )
                )
            self.emit(line, x0, width, st, space_w)
            if note_lines:
                po = self.pages[-1]
                po.notes.append(note_lines)
                po.note_height += note_h
            self.y += st.lead
            self.fresh = False
            words = rest
            first = False
            if not words:
                break
        self.y += st.after

    def take(self, words: list[Word], width: float, st: Style, space_w: float) -> tuple[list[Word], list[Word]]:
        line: list[Word] = []
        used = 0.0
        for i, w in enumerate(words):
            ww = self.word_width(w, st)
            add = ww + (space_w if line else 0)
            if line and used + add > width:
                return line, words[i:]
            line.append(w)
            used += add
        return line, []

    @staticmethod
    def word_width(w: Word, st: Style) -> float:
        return sum(
            font(st.family, f.bold, f.italic).text_length(t, fontsize=st.size * (0.62 if f.sup else 1)) for t, f in w
        )

    def emit(self, line: list[Word], x0: float, width: float, st: Style, space_w: float) -> None:
        self.pages[-1].runs.extend(line_runs(line, x0, width, self.y, st, space_w))

    def note_lines(self, key: str, fr: pymupdf.Rect) -> list[list[Run]]:
        ns = self.t.note_style
        x0, x1 = self.t.note_width(self.pno, self.mode)
        words = words_of(inline(self.notes[key]))
        space_w = font(ns.family).text_length(" ", fontsize=ns.size)
        lines: list[list[Run]] = []
        while words:
            line, words = self.take(words, x1 - x0 - 10, ns, space_w)
            runs = line_runs(line, x0 + 10, x1 - x0 - 10, 0, ns, space_w)
            if not lines:
                runs.insert(0, Run(x0, ns.size, key, font(ns.family), ns.size, ns.color))
            lines.append(runs)
        return lines


def line_runs(line: list[Word], x0: float, width: float, top: float, st: Style, space_w: float) -> list[Run]:
    """The runs of one line: neighbouring pieces of one style are merged, so spaces are real characters."""
    total = sum(Flow.word_width(w, st) for w in line) + space_w * (len(line) - 1)
    x = x0
    if st.align == "center":
        x = x0 + (width - total) / 2
    elif st.align == "right":
        x = x0 + width - total
    base = top + st.size
    runs: list[Run] = []
    cur: Run | None = None
    for wi, w in enumerate(line):
        for pi, (t, f) in enumerate(w):
            size = st.size * (0.62 if f.sup else 1)
            fo = font(st.family, f.bold, f.italic)
            y = base - (st.size * 0.38 if f.sup else 0)
            space = wi > 0 and pi == 0
            if space:
                x += space_w
            if cur is not None and cur.font is fo and cur.size == size and cur.y == y:
                cur.text += (" " if space else "") + t
            else:
                cur = Run(x, y, t, fo, size, st.color)
                runs.append(cur)
            x += fo.text_length(t, fontsize=size)
    return runs


def sup_digits(s: str) -> str:
    return s.translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))


def render(template: Template, source: Source, meta: dict[str, str], path: Path | None) -> pymupdf.Document:
    flow = Flow(template, source.notes)
    flow.add(source.blocks)
    pages = flow.pages
    while len(pages) > 1 and not pages[-1].runs:
        pages.pop()
    doc = pymupdf.open()
    total = len(pages)
    for pno, po in enumerate(pages):
        page = doc.new_page(width=template.page_rect.width, height=template.page_rect.height)
        w = Writer(page)
        template.decorate(page, pno, total, po.mode, w)
        for r in po.runs:
            w.run(r)
        if po.notes:
            ns = template.note_style
            bottom = template.frames(pno, po.mode)[0].y1
            y = bottom - po.note_height + 4
            x0, _ = template.note_width(pno, po.mode)
            page.draw_line((x0, y - 4), (x0 + 120, y - 4), color=BLACK, width=0.5)
            for note in po.notes:
                for line in note:
                    for r in line:
                        w.run(replace(r, y=r.y + y))
                    y += ns.lead
        w.flush()
    data = save(doc, meta, path)
    return pymupdf.open("pdf", data)


FIXED_DATE = "D:20240101120000+01'00'"


def save(doc: pymupdf.Document, meta: dict[str, str], path: Path | None, **kw: object) -> bytes:
    date = meta.get("date", FIXED_DATE)
    doc.set_metadata(
        {
            "title": meta.get("title", ""),
            "author": meta.get("author", ""),
            "subject": meta.get("subject", ""),
            "keywords": "",
            "creator": "Weerwoord tests/docs/make_docs.py",
            "producer": "PyMuPDF",
            "creationDate": date,
            "modDate": date,
        }
    )
    doc.subset_fonts()
    data = doc.tobytes(garbage=4, deflate=True, no_new_id=True, **kw)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_if_changed(path, data)
    return data


def write_if_changed(path: Path, data: bytes) -> None:
    if path.exists() and path.read_bytes() == data:
        return
    path.write_bytes(data)
    print("wrote", path.relative_to(ROOT), len(data), "bytes")


# --------------------------------------------------------------------------------------------------
# central-government letter (Rijksoverheid style)


class LetterTemplate(Template):
    """A4, logo band and ministry names on top, sidebar on the right, "Pagina X van Y"."""

    note_style = Style(size=7, leading=9, after=2)

    def __init__(
        self,
        ministries: list[str],
        senders: list[list[str]],
        side_later: list[tuple[str, str]],
        side_first_extra: list[tuple[str, str]],
        head: list[tuple[str, str]],
        addressee: list[str],
        return_address: str,
        page_word: str = "Pagina",
        of_word: str = "van",
    ) -> None:
        self.ministries = ministries
        self.senders = senders
        self.side_later = side_later
        self.side_first_extra = side_first_extra
        self.head = head
        self.addressee = addressee
        self.return_address = return_address
        self.page_word = page_word
        self.of_word = of_word

    def frames(self, pno: int, mode: str) -> list[pymupdf.Rect]:
        top = 318 if pno == 0 else 150
        return [pymupdf.Rect(80, top, 425, 790)]

    def decorate(self, page: pymupdf.Page, pno: int, total: int, mode: str, w: Writer) -> None:
        # logo band with a simple emblem
        page.draw_rect(pymupdf.Rect(282, 0, 310, 66), color=None, fill=RIJKSBLAUW)
        page.draw_circle((296, 50), 6, color=(1, 1, 1), width=0.8)
        y = 54
        for name in self.ministries:
            w.text(318, y, name, size=10, italic=True)
            y += 12
        sx = 445
        y = 150 if pno else 140
        if pno == 0:
            w.text(80, 142, self.return_address, size=6)
            ay = 165
            for line in self.addressee:
                w.text(80, ay, line, size=9.5)
                ay += 13
            hy = 262
            for label, value in self.head:
                w.text(80, hy, label, size=7, color=GREY)
                for vi, vline in enumerate(value.split("\n")):
                    w.text(125, hy + vi * 13, vline, size=9.5)
                hy += 13 * (value.count("\n") + 1)
            for sender in self.senders:
                for line in sender[0].split("\n"):
                    w.text(sx, y, line, size=7, bold=True)
                    y += 9
                for line in sender[1:]:
                    w.text(sx, y, line, size=7)
                    y += 9
                y += 9
            items = self.side_first_extra
        else:
            items = self.side_later
        for label, value in items:
            w.text(sx, y, label, size=7, bold=True)
            y += 9
            w.text(sx, y, value, size=7)
            y += 18
        w.text(sx, 812, f"{self.page_word} {pno + 1} {self.of_word} {total}", size=7)


def build_kabinetsreactie() -> None:
    data = json.loads((SRC / "kabinetsreactie-aiv-109.json").read_text(encoding="utf-8"))
    styles = {
        "p": Style(size=9, leading=12.5, after=12.5),
        "h": Style(size=9, leading=12.5, after=4, before=4, keep_next=True),
    }
    blocks: list[Block] = []
    for para in data["paragraphs"]:
        text = para["text"].replace("¹", "[^1]")
        if para["kind"] == "h":
            num = int(text.split(".")[0])
            st = styles["h"]
            blocks.append(Block("p", inline(text, italic=num <= 6), replace(st, italic=num <= 6)))
        else:
            blocks.append(Block("p", inline(text), styles["p"]))
    cols = [s for s in data["signatures"]]
    blocks.append(Block("space", arg="6"))
    blocks.append(Block("sig", cols=[[c[0], c[1]] for c in cols]))
    source = Source(blocks, {"1": data["footnote"]}, {})
    ref = data["reference"]
    t = LetterTemplate(
        ministries=["Ministerie van Buitenlandse Zaken", "Ministerie van Defensie"],
        senders=data["senders"],
        side_later=[("Datum", data["date"]), ("Onze Referentie", ref)],
        side_first_extra=[("Onze Referentie", ref)],
        head=[
            ("Datum", data["date"]),
            (
                "Betreft",
                'Kabinetsreactie op AIV-adviesrapport "Kernwapens in een\nnieuwe geopolitieke werkelijkheid"',
            ),
        ],
        addressee=data["addressee"],
        return_address="> Retouradres Postbus 20061 2500 EB Den Haag",
    )
    meta = {
        "title": data["title"],
        "author": "Ministerie van Buitenlandse Zaken; Ministerie van Defensie",
        "subject": "Kamerstuk 33 783, nr. 32",
        "date": "D:20190418100000+02'00'",
    }
    render(t, source, meta, EXAMPLE / "kabinetsreactie-aiv-109.pdf")


# --------------------------------------------------------------------------------------------------
# reports


class ReportTemplate(Template):
    """A4 report: running header with a rule, page number in the footer; modes ``title`` (no furniture),
    ``default`` (one column) and ``twocol``."""

    def __init__(
        self,
        header: str,
        footer: str = "{n}",
        family: str = "serif",
        header_right: str = "",
        margin: float = 72,
        first_number: int = 1,
    ) -> None:
        self.header = header
        self.footer = footer
        self.family = family
        self.header_right = header_right
        self.margin = margin
        self.first_number = first_number
        self.note_style = Style(family=family, size=8, leading=10, after=2)

    def frames(self, pno: int, mode: str) -> list[pymupdf.Rect]:
        m = self.margin
        body = pymupdf.Rect(m, 86, A4.width - m, A4.height - 74)
        if mode == "title":
            return [pymupdf.Rect(m, 90, A4.width - m, A4.height - 60)]
        if mode == "twocol":
            gap = 18
            half = (body.width - gap) / 2
            return [
                pymupdf.Rect(body.x0, body.y0, body.x0 + half, body.y1),
                pymupdf.Rect(body.x1 - half, body.y0, body.x1, body.y1),
            ]
        return [body]

    def decorate(self, page: pymupdf.Page, pno: int, total: int, mode: str, w: Writer) -> None:
        if mode == "title":
            return
        m = self.margin
        w.text(m, 58, self.header, size=8, family=self.family, italic=True, color=GREY)
        if self.header_right:
            w.text(
                A4.width - m,
                58,
                self.header_right,
                size=8,
                family=self.family,
                italic=True,
                color=GREY,
                align="right",
            )
        page.draw_line((m, 64), (A4.width - m, 64), color=GREY, width=0.4)
        n = pno + self.first_number
        label = self.footer.format(n=n, total=total + self.first_number - 1)
        w.text(A4.width / 2, A4.height - 40, label, size=8.5, family=self.family, align="center")


def report_styles(family: str = "serif", size: float = 10.5, quote_bold: bool = False) -> dict[str, Style]:
    p = Style(family=family, size=size, leading=round(size * 1.38, 2), after=size * 0.7)
    return {
        "p": p,
        "h1": replace(
            p,
            size=size + 5,
            leading=(size + 5) * 1.25,
            bold=True,
            before=8,
            after=10,
            keep_next=True,
            color=RIJKSBLAUW,
        ),
        "h2": replace(p, size=size + 1.5, leading=(size + 1.5) * 1.3, bold=True, before=8, after=4, keep_next=True),
        "h3": replace(p, bold=False, italic=True, before=4, after=2, keep_next=True),
        "item": replace(p, indent=6, hang=18, after=size * 0.35),
        "bullet": replace(p, indent=6, hang=12, after=size * 0.35),
        "quote": replace(p, indent=18, bold=quote_bold, italic=not quote_bold, after=size * 0.6),
        "rec": replace(p, indent=0, bold=True, after=size * 0.7),
        "small": replace(p, size=size - 2, leading=(size - 2) * 1.35, after=3),
        "center": replace(p, align="center"),
        "title": replace(p, size=24, leading=30, bold=True, align="center", after=12, color=RIJKSBLAUW),
        "subtitle": replace(p, size=14, leading=19, italic=True, align="center", after=10),
        "centersmall": replace(p, size=size - 1, align="center", after=4),
        "box": replace(p, size=size - 1, indent=14, italic=True, after=6, color=(0.55, 0.1, 0.1)),
        "abbr": replace(p, indent=0, hang=70, after=2),
    }


def build_report(src: str, out: Path, template: Template, styles: dict[str, Style]) -> Source:
    source = parse((SRC / src).read_text(encoding="utf-8"), styles)
    render(template, source, source.meta, out)
    return source


def build_letter(src: str, out: Path, template: Template, styles: dict[str, Style]) -> Source:
    return build_report(src, out, template, styles)


# --------------------------------------------------------------------------------------------------


def build_en_labelled() -> None:
    t = ReportTemplate(
        "Keeping Our Heads Above Water — Independent Council on Water and Infrastructure",
        footer="Page {n} of {total}",
        family="serif",
    )
    build_report("en_labelled_advice.txt", HERE / "en_labelled_advice.pdf", t, report_styles("serif"))
    t = ReportTemplate(
        "Government Response: Keeping Our Heads Above Water", footer="Page {n} of {total}", family="sans"
    )
    build_report(
        "en_labelled_response.txt",
        HERE / "en_labelled_response.pdf",
        t,
        report_styles("sans", 10, quote_bold=True),
    )


def letter_styles() -> dict[str, Style]:
    p = Style(size=9, leading=12.5, after=12.5)
    h = replace(p, after=4, before=4, keep_next=True)
    return {
        "p": p,
        "h1": replace(h, bold=True),
        "h2": h,
        "h3": replace(h, italic=True),
        "item": replace(p, hang=16, after=4),
        "bullet": replace(p, hang=12, after=4),
        "quote": replace(p, indent=16, italic=True),
    }


BZK = ["Ministerie van Binnenlandse Zaken en", "Koninkrijksrelaties"]
BZK_SENDER = [
    "Ministerie van Binnenlandse Zaken en\nKoninkrijksrelaties",
    "Turfmarkt 147",
    "2511 DP Den Haag",
    "Postbus 20011",
    "2500 EA Den Haag",
    "www.rijksoverheid.nl",
]


def nl_letter_template(date: str, subject: str, ref: str) -> LetterTemplate:
    return LetterTemplate(
        ministries=BZK,
        senders=[BZK_SENDER],
        side_later=[("Datum", date), ("Kenmerk", ref)],
        side_first_extra=[("Kenmerk", ref), ("Uw kenmerk", "-")],
        head=[("Datum", date), ("Betreft", subject)],
        addressee=[
            "Aan de Voorzitter van de",
            "Tweede Kamer der Staten-Generaal",
            "Postbus 20018",
            "2500 EA Den Haag",
        ],
        return_address="> Retouradres Postbus 20011 2500 EA Den Haag",
    )


def build_nl_twocol() -> None:
    styles = report_styles("serif", 9.5)
    styles["h1"] = replace(styles["h1"], size=13, leading=16)
    t = ReportTemplate("Raad voor Digitale Uitvoering  |  Mens in de machine", footer="{n}", margin=62)
    build_report("nl_twocol_advice.txt", HERE / "nl_twocol_advice.pdf", t, styles)
    t2 = nl_letter_template("31 januari 2023", 'Kabinetsreactie op het advies "Mens in de\nmachine"', "2023-0000041207")
    build_letter("nl_twocol_response.txt", HERE / "nl_twocol_response.pdf", t2, letter_styles())


def build_en_conclusions() -> None:
    t = ReportTemplate("Breathing Space — National Council for Health and Environment", footer="{n}")
    build_report("en_conclusions_advice.txt", HERE / "en_conclusions_advice.pdf", t, report_styles("serif"))
    t = ReportTemplate("Breathing Space: the Government's response", footer="Page {n}", family="sans")
    styles = report_styles("sans", 10)
    styles["h1"] = replace(styles["h1"], size=14, leading=18)
    build_report("en_conclusions_response.txt", HERE / "en_conclusions_response.pdf", t, styles)


def pdf_to_txt(doc: pymupdf.Document) -> str:
    """Text as a naive extractor gives it: header, first body block, sidebar, the rest of the body, the
    footnote; lines of a block joined, italic as ``*…*``, bold as ``**…**``, superscripts as ¹²³."""
    pages_out: list[str] = []
    for page in doc:
        header: list[str] = []
        side: list[str] = []
        body: list[str] = []
        notes: list[str] = []
        for b in page.get_text("dict", sort=False)["blocks"]:
            if b["type"] != 0:
                continue
            parts: list[str] = []
            small = False
            for line in b["lines"]:
                text = ""
                for sp in line["spans"]:
                    t = sp["text"]
                    lead = " " if t.startswith(" ") else ""
                    if sp["flags"] & 1:
                        t = sup_digits(t)
                    elif sp["flags"] & 16 and t.strip():
                        t = f"{lead}**{t.strip()}**" + (" " if t.endswith(" ") else "")
                    elif sp["flags"] & 2 and t.strip():
                        t = f"{lead}*{t.strip()}*" + (" " if t.endswith(" ") else "")
                    text += t
                small = small or line["spans"][0]["size"] < 8
                parts.append(text)
            x0, y0 = b["bbox"][0], b["bbox"][1]
            if y0 < 100:
                header.append("\n".join(parts))
            elif x0 >= 440:
                side.append("\n".join(parts))
            elif small and y0 > 600:
                first = parts[0]
                m = re.match(r"^(\d+)\s*(.*)$", first)
                if m:
                    first = sup_digits(m.group(1)) + " " + m.group(2).strip()
                notes.append(" ".join([first, *parts[1:]]))
            else:
                body.append(" ".join(parts))
        out = header + body[:1] + side + body[1:] + notes
        pages_out.append("\n\n".join(out))
    return "\n\n".join(pages_out) + "\n"


def build_letter_txt() -> None:
    """The response of (b), laid out with larger type, as text extracted from the PDF."""
    styles = letter_styles()
    styles = {k: replace(v, size=v.size + 1.5, leading=v.lead + 2) for k, v in styles.items()}
    styles["h2"] = replace(styles["h2"], italic=False)
    src = (SRC / "nl_twocol_response.txt").read_text(encoding="utf-8")
    src = re.sub(r"^## (\d+a?\. )", r"## \1", src, flags=re.M)
    source = parse(src, styles)
    t = nl_letter_template("31 januari 2023", 'Kabinetsreactie op het advies "Mens in de\nmachine"', "2023-0000041207")
    doc = render(t, source, source.meta, None)
    text = pdf_to_txt(doc)
    write_if_changed(HERE / "letter_txt.txt", text.encode("utf-8"))


def build_bad_inputs() -> None:
    write_if_changed(HERE / "empty.pdf", b"")
    real = (HERE / "en_conclusions_advice.pdf").read_bytes()
    write_if_changed(HERE / "truncated.pdf", real[: int(len(real) * 0.4)])
    rnd = random.Random(109)
    write_if_changed(HERE / "random.pdf", bytes(rnd.randrange(256) for _ in range(20000)))
    write_if_changed(
        HERE / "text_named.pdf",
        b"Dit is geen PDF maar een gewoon tekstbestand.\nAanbeveling 1: gebruik een echte PDF.\n",
    )
    # protected: AES-256, user password "geheim"; AES salts are random, so only rewrite when the text changed
    src = pymupdf.open(HERE / "en_conclusions_advice.pdf")
    target = HERE / "protected.pdf"
    keep = False
    if target.exists():
        old = pymupdf.open(target)
        keep = old.needs_pass and old.authenticate("geheim") and old[0].get_text() == src[0].get_text()
    if not keep:
        src.save(
            target,
            encryption=pymupdf.PDF_ENCRYPT_AES_256,
            user_pw="geheim",
            owner_pw="eigenaar-109",
            permissions=pymupdf.PDF_PERM_PRINT,
            garbage=4,
            deflate=True,
        )
        print("wrote", target.relative_to(ROOT))
    # scanned: page images only, no text layer
    scan = pymupdf.open()
    for page in src.pages(0, 3):
        pix = page.get_pixmap(dpi=90, colorspace=pymupdf.csGRAY)
        new = scan.new_page(width=page.rect.width, height=page.rect.height)
        new.insert_image(new.rect, stream=pix.tobytes("png"))
    save(scan, {"title": "scan"}, HERE / "scanned.pdf")
    blank = pymupdf.open()
    for _ in range(3):
        blank.new_page(width=A4.width, height=A4.height)
    save(blank, {}, HERE / "blank.pdf")
    t = ReportTemplate("Raad voor Digitale Uitvoering  |  Jaarverslag 2022", footer="{n}", family="sans")
    build_report("no_recommendations.txt", HERE / "no_recommendations.pdf", t, report_styles("sans", 10))
    write_if_changed(HERE / "spaces and ë name.pdf", (HERE / "en_conclusions_advice.pdf").read_bytes())


def build_reconstruction() -> None:
    t = ReportTemplate(
        "AIV-advies nr. 109 (reconstructie)",
        footer="{n}",
        header_right="Kernwapens in een nieuwe geopolitieke werkelijkheid",
    )
    styles = report_styles("serif", 11)
    styles["box"] = replace(styles["box"], indent=20, size=10.5, leading=14.5)
    build_report("aiv-109-advies-reconstructie.txt", EXAMPLE / "aiv-109-advies-reconstructie.pdf", t, styles)


# --------------------------------------------------------------------------------------------------
# blind pairs: documents of kinds the core was not tuned on (see tests/docs/README.md)


class ColumnNotesFlow(Flow):
    """A flow whose footnotes go to the foot of the column that refers to them (newsletter style)."""

    def __init__(self, template: Template, notes: dict[str, str]) -> None:
        self.colnotes: dict[tuple[int, int], list[list[Run]]] = {}
        self.colnote_height: dict[tuple[int, int], float] = {}
        super().__init__(template, notes)

    def bottom(self, extra_note: float = 0.0) -> float:
        h = self.colnote_height.get((self.pno, self.frame_i), 0.0) + extra_note
        return self.frame.y1 - h - 10 if h else self.frame.y1

    def note_lines(self, key: str, fr: pymupdf.Rect) -> list[list[Run]]:
        ns = self.t.note_style
        x0, x1 = self.frame.x0, self.frame.x1
        words = words_of(inline(self.notes[key]))
        space_w = font(ns.family).text_length(" ", fontsize=ns.size)
        lines: list[list[Run]] = []
        while words:
            line, words = self.take(words, x1 - x0 - 10, ns, space_w)
            runs = line_runs(line, x0 + 10, x1 - x0 - 10, 0, ns, space_w)
            if not lines:
                runs.insert(0, Run(x0, ns.size, key, font(ns.family), ns.size, ns.color))
            lines.append(runs)
        return lines

    def paragraph(self, b: Block, nxt: Block | None) -> None:
        st = b.style
        words = words_of(b.frags)
        if not self.fresh:
            self.y += st.before
        first = True
        space_w = font(st.family).text_length(" ", fontsize=st.size)
        while words or first:
            fr = self.frame
            x0 = fr.x0 + st.indent + st.hang
            width = fr.x1 - x0
            line, rest = self.take(words, width, st, space_w)
            keys = [f.note for w in line for _, f in w if f.note]
            note_lines = [ln for key in keys for ln in self.note_lines(key, fr)]
            note_h = len(note_lines) * self.t.note_style.lead + (4 if note_lines else 0)
            need = st.lead
            if first and st.keep_next and nxt is not None and nxt.kind == "p":
                need += st.after + nxt.style.before + 2 * nxt.style.lead
            if self.y + need > self.bottom(note_h) and not self.fresh:
                self.next_frame()
                continue
            if first and b.label:
                self.pages[-1].runs.append(
                    Run(
                        fr.x0 + st.indent,
                        self.y + st.size,
                        b.label,
                        font(st.family, st.bold, st.italic),
                        st.size,
                        st.color,
                    )
                )
            self.emit(line, x0, width, st, space_w)
            if note_lines:
                k = (self.pno, self.frame_i)
                self.colnotes.setdefault(k, []).extend(note_lines)
                self.colnote_height[k] = self.colnote_height.get(k, 0.0) + note_h
            self.y += st.lead
            self.fresh = False
            words = rest
            first = False
            if not words:
                break
        self.y += st.after


def render_column_notes(template: Template, source: Source, meta: dict[str, str], path: Path) -> None:
    flow = ColumnNotesFlow(template, source.notes)
    flow.add(source.blocks)
    pages = flow.pages
    while len(pages) > 1 and not pages[-1].runs:
        pages.pop()
    doc = pymupdf.open()
    total = len(pages)
    ns = template.note_style
    for pno, po in enumerate(pages):
        page = doc.new_page(width=template.page_rect.width, height=template.page_rect.height)
        w = Writer(page)
        template.decorate(page, pno, total, po.mode, w)
        for r in po.runs:
            w.run(r)
        for fi, fr in enumerate(template.frames(pno, po.mode)):
            lines = flow.colnotes.get((pno, fi))
            if not lines:
                continue
            y = fr.y1 - flow.colnote_height[(pno, fi)] + 4
            page.draw_line((fr.x0, y - 4), (fr.x0 + 80, y - 4), color=BLACK, width=0.5)
            for line in lines:
                for r in line:
                    w.run(replace(r, y=r.y + y))
                y += ns.lead
        w.flush()
    save(doc, meta, path)


class NewsletterTemplate(ReportTemplate):
    """A report page whose first page carries a full-width title block above the two columns."""

    def __init__(self, title: str, strap: str, **kw: object) -> None:
        super().__init__(**kw)  # type: ignore[arg-type]
        self.title = title
        self.strap = strap

    def frames(self, pno: int, mode: str) -> list[pymupdf.Rect]:
        frames = super().frames(pno, mode)
        if pno == 0:
            return [pymupdf.Rect(f.x0, 150, f.x1, f.y1) for f in frames]
        return frames

    def decorate(self, page: pymupdf.Page, pno: int, total: int, mode: str, w: Writer) -> None:
        super().decorate(page, pno, total, mode, w)
        if pno == 0:
            m = self.margin
            w.text(m, 104, self.title, size=19, family=self.family, bold=True, color=RIJKSBLAUW)
            w.text(m, 124, self.strap, size=9, family=self.family, color=GREY)
            page.draw_line((m, 136), (A4.width - m, 136), color=RIJKSBLAUW, width=1.2)


def build_blind_en_select() -> None:
    """A select committee report: numbered paragraphs in the body, 'Conclusions and recommendations' at
    the end as bold numbered paragraphs, conclusions and recommendations interleaved."""
    styles = report_styles("serif", 10.5)
    styles["recitem"] = replace(styles["item"], bold=True, after=7)
    t = ReportTemplate("Rural bus services: a lifeline at risk", footer="{n}", first_number=1)
    build_report("blind_en_select_advice.txt", HERE / "blind_en_select_advice.pdf", t, styles)
    styles = report_styles("sans", 10)
    styles["h1"] = replace(styles["h1"], size=14, leading=18)
    t = ReportTemplate("Rural bus services: a lifeline at risk: Government Response", footer="{n}", family="sans")
    build_report("blind_en_select_response.txt", HERE / "blind_en_select_response.pdf", t, styles)


def build_blind_nl_ministry() -> None:
    """A Raad voor het Openbaar Bestuur advice with 'Aanbeveling N:' labels inside the chapters, and a
    ministry letter with 'Aanbeveling N' headings, a subject line under each, and 'n/m' page numbers."""
    styles = report_styles("sans", 10)
    t = ReportTemplate(
        "Raad voor het Openbaar Bestuur",
        footer="{n}/{total}",
        family="sans",
        header_right="Samen werken, samen verantwoorden",
    )
    build_report("blind_nl_ministry_advice.txt", HERE / "blind_nl_ministry_advice.pdf", t, styles)
    styles = report_styles("sans", 10)
    styles["h2"] = replace(styles["h2"], size=10.5, leading=14, before=10, after=1)
    styles["h3"] = replace(styles["h3"], before=0, after=6)
    styles["small"] = replace(styles["small"], size=9, leading=12, after=4)
    t = ReportTemplate(
        "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
        footer="{n}/{total}",
        family="sans",
        header_right="Kenmerk 2024-0000093155",
    )
    build_letter("blind_nl_ministry_response.txt", HERE / "blind_nl_ministry_response.pdf", t, styles)


def build_blind_en_table() -> None:
    """Lettered recommendations (a)-(f) after a lead-in sentence; a response with bold subject lines in
    another order, one reply for two recommendations, and an annex of acronyms as a numbered list."""
    styles = report_styles("sans", 10)
    styles["item"] = replace(styles["item"], hang=22)
    styles["abbr"] = replace(styles["abbr"], indent=18, hang=90)
    t = ReportTemplate("The Natural Choice — Active Travel Advisory Council", footer="Page {n}", family="sans")
    build_report("blind_en_table_advice.txt", HERE / "blind_en_table_advice.pdf", t, styles)
    styles = report_styles("serif", 10.5)
    t = ReportTemplate("The Natural Choice: Government response", footer="{n}", family="serif")
    build_report("blind_en_table_response.txt", HERE / "blind_en_table_response.pdf", t, styles)


def build_blind_nl_twocol_response() -> None:
    """A one-column advice with 'Aanbevelingen' 1-5, and a response laid out as a two-column newsletter
    with a footnote at the foot of each column that refers to one."""
    styles = report_styles("serif", 10.5)
    t = ReportTemplate("Onderwijsraad  |  Ruimte voor de leraar", footer="{n}")
    build_report("blind_nl_twocol_response_advice.txt", HERE / "blind_nl_twocol_response_advice.pdf", t, styles)
    styles = report_styles("sans", 9.5)
    styles["h2"] = replace(styles["h2"], size=11, leading=14, color=RIJKSBLAUW)
    t = NewsletterTemplate(
        'Reactie op het advies "Ruimte voor de leraar"',
        "Nieuwsbrief Leraren en Werkdruk  |  nr. 4  |  november 2023",
        header="Nieuwsbrief Leraren en Werkdruk",
        footer="{n}",
        family="sans",
        header_right="Ministerie van OCW",
        margin=56,
    )
    source = parse((SRC / "blind_nl_twocol_response_response.txt").read_text(encoding="utf-8"), styles)
    render_column_notes(t, source, source.meta, HERE / "blind_nl_twocol_response_response.pdf")


def build_blind_en_long_items() -> None:
    """Recommendations as numbered items that run over several paragraphs with sub-bullets and across a
    page break, repeated as a short numbered list in the Summary."""
    styles = report_styles("serif", 11)
    styles["itemcont"] = replace(styles["p"], indent=24)
    styles["sub"] = replace(styles["p"], indent=36, hang=12, after=3)
    t = ReportTemplate("Reading the Room — Expert Panel on Adult Literacy", footer="{n}")
    build_report("blind_en_long_items_advice.txt", HERE / "blind_en_long_items_advice.pdf", t, styles)
    styles = report_styles("sans", 10)
    t = ReportTemplate("Reading the Room: Government response", footer="{n}", family="sans")
    build_report("blind_en_long_items_response.txt", HERE / "blind_en_long_items_response.pdf", t, styles)


def build_blind() -> None:
    build_blind_en_select()
    build_blind_nl_ministry()
    build_blind_en_table()
    build_blind_nl_twocol_response()
    build_blind_en_long_items()


# --------------------------------------------------------------------------------------------------
# blind pairs, round 2 (see tests/docs/README.md)


def shade_block(doc: pymupdf.Document, pno: int, first: str, last: str, fill: tuple[float, float, float]) -> None:
    """A filled box behind the text from the line holding ``first`` to the line holding ``last``."""
    page = doc[pno]
    a = page.search_for(first)[0]
    b = page.search_for(last)[-1]
    rect = pymupdf.Rect(page.rect.x0 + 64, a.y0 - 10, page.rect.x1 - 64, b.y1 + 10)
    page.draw_rect(rect, color=RIJKSBLAUW, fill=fill, width=0.6, overlay=False)


def build_blind2_nl_noheadings() -> None:
    """A Dutch advice with 'Samenvatting en aanbevelingen' 1-6 up front; a ministry letter with no
    headings at all, one paragraph (or two) per recommendation opening with a paraphrase."""
    styles = report_styles("sans", 10)
    t = ReportTemplate("Raad voor Volksgezondheid & Samenleving  |  Zorg die thuis blijft", footer="{n}", family="sans")
    build_report("blind2_nl_noheadings_advice.txt", HERE / "blind2_nl_noheadings_advice.pdf", t, styles)
    vws_sender = [
        "Ministerie van Volksgezondheid,\nWelzijn en Sport",
        "Parnassusplein 5",
        "2511 VX Den Haag",
        "Postbus 20350",
        "2500 EJ Den Haag",
        "www.rijksoverheid.nl",
    ]
    date, ref = "25 september 2024", "3912077-1068394-Z"
    t2 = LetterTemplate(
        ministries=["Ministerie van Volksgezondheid,", "Welzijn en Sport"],
        senders=[vws_sender],
        side_later=[("Datum", date), ("Kenmerk", ref)],
        side_first_extra=[("Kenmerk", ref), ("Bijlage(n)", "1")],
        head=[("Datum", date), ("Betreft", 'Kabinetsreactie op het RVS-advies "Zorg die\nthuis blijft"')],
        addressee=["Aan de Voorzitter van de", "Tweede Kamer der Staten-Generaal", "Postbus 20018", "2500 EA Den Haag"],
        return_address="> Retouradres Postbus 20350 2500 EJ Den Haag",
    )
    build_letter("blind2_nl_noheadings_response.txt", HERE / "blind2_nl_noheadings_response.pdf", t2, letter_styles())


def build_blind2_en_inline_labels() -> None:
    """Recommendations in a shaded 'Summary of recommendations' box at the front and in full as
    'Recommendation N' paragraphs in the chapters; a response whose paragraphs open with inline labels
    'Recommendation 4: Partially accepted.'."""
    styles = report_styles("serif", 10.5)
    styles["boxhead"] = replace(styles["h2"], indent=14, before=14, after=8, color=RIJKSBLAUW)
    styles["boxitem"] = replace(styles["item"], indent=14, hang=20, after=4)
    styles["reclabel"] = replace(styles["p"], bold=True, color=RIJKSBLAUW, before=4, after=2, keep_next=True)
    styles["recbody"] = replace(styles["p"], indent=18, italic=True)
    t = ReportTemplate("Left Offline — Commission on Digital Inclusion", footer="{n}")
    source = parse((SRC / "blind2_en_inline_labels_advice.txt").read_text(encoding="utf-8"), styles)
    doc = render(t, source, source.meta, None)
    shade_block(doc, 1, "Summary of recommendations", "Donate retired government laptops", (0.9, 0.93, 0.97))
    save(doc, source.meta, HERE / "blind2_en_inline_labels_advice.pdf")
    styles = report_styles("sans", 10)
    styles["h1"] = replace(styles["h1"], size=14, leading=18)
    t = ReportTemplate("Left Offline: Government response", footer="Page {n}", family="sans")
    build_report("blind2_en_inline_labels_response.txt", HERE / "blind2_en_inline_labels_response.pdf", t, styles)


def build_blind2_nl_own_numbering() -> None:
    """An advice with 'Aanbevelingen' 1-5; a letter whose numbered sections 1.-6. follow its own order
    (section 1 answers recommendation 4, ...), titled by subject."""
    styles = report_styles("serif", 10.5)
    t = ReportTemplate("Rli  |  Wonen binnen bereik", footer="{n}")
    build_report("blind2_nl_own_numbering_advice.txt", HERE / "blind2_nl_own_numbering_advice.pdf", t, styles)
    styles = letter_styles()
    styles["h2"] = replace(styles["h2"], bold=True, before=8)
    t2 = nl_letter_template(
        "12 juni 2024", 'Kabinetsreactie op het Rli-advies "Wonen\nbinnen bereik"', "2024-0000318720"
    )
    build_letter("blind2_nl_own_numbering_response.txt", HERE / "blind2_nl_own_numbering_response.pdf", t2, styles)


def build_blind2_en_subsections() -> None:
    """A response with numbered sections per recommendation, each with bold sub-headings 'Our response',
    'What we will do', 'Timetable'; a reply across a page break; 'Annex A: Progress table' numbered 1.-5."""
    styles = report_styles("serif", 11)
    t = ReportTemplate("Room to Grow — Independent Housing Commission", footer="{n}")
    build_report("blind2_en_subsections_advice.txt", HERE / "blind2_en_subsections_advice.pdf", t, styles)
    styles = report_styles("sans", 10)
    styles["h1"] = replace(styles["h1"], size=15, leading=19)
    styles["h2"] = replace(styles["h2"], size=12.5, leading=16, color=RIJKSBLAUW, before=12)
    styles["sub"] = replace(styles["p"], bold=True, before=3, after=2, keep_next=True)
    t = ReportTemplate("Room to Grow: Government response", footer="{n}", family="sans")
    build_report("blind2_en_subsections_response.txt", HERE / "blind2_en_subsections_response.pdf", t, styles)


def plain_pages(src: str, title: str, lines_per_page: int, width: int = 72) -> str:
    """A plain-text document as a PDF-to-text tool leaves it: wrapped lines, a form feed at every page cut,
    the running title at the top of every page after the first and '- n -' at the foot of every page."""
    import textwrap

    lines: list[str] = []
    for chunk in re.split(r"\n\s*\n", src.strip("\n")):
        rows = [ln for ln in chunk.split("\n") if not ln.startswith("%")]
        if not rows:
            continue
        if rows[0].startswith("# "):
            lines.append(rows[0][2:])
        elif re.match(r"^\d+\. ", rows[0]):
            body = " ".join(r.strip() for r in rows)
            lines.extend(textwrap.wrap(body, width, subsequent_indent="   "))
        elif len(rows) > 1:
            lines.extend(rows)
        else:
            lines.extend(textwrap.wrap(rows[0], width))
        lines.append("")
    while lines and not lines[-1]:
        lines.pop()
    pages = [lines[i : i + lines_per_page] for i in range(0, len(lines), lines_per_page)]
    out: list[str] = []
    for n, page in enumerate(pages, 1):
        head = [title, ""] if n > 1 else []
        out.append("\n".join(head + page + ["", f"- {n} -", ""]))
    return "\f".join(out)


def build_blind2_txt_both() -> None:
    """Both documents as plain text with page-cut debris (form feeds, '- n -', a running title)."""
    src = (SRC / "blind2_txt_both_advice.txt").read_text(encoding="utf-8")
    text = plain_pages(src, "Raad voor Cultuur | Bibliotheek voor iedereen", 38)
    write_if_changed(HERE / "blind2_txt_both_advice.txt", text.encode("utf-8"))
    src = (SRC / "blind2_txt_both_response.txt").read_text(encoding="utf-8")
    text = plain_pages(src, "Kabinetsreactie Bibliotheek voor iedereen", 33)
    write_if_changed(HERE / "blind2_txt_both_response.txt", text.encode("utf-8"))


def build_blind2_en_negation_traps() -> None:
    """A plain 'Recommendation N: subject' response whose replies are built on negations and hedges."""
    styles = report_styles("serif", 10.5)
    t = ReportTemplate("Closing the Loop — Circular Economy Council", footer="{n}")
    build_report("blind2_en_negation_traps_advice.txt", HERE / "blind2_en_negation_traps_advice.pdf", t, styles)
    styles = report_styles("sans", 10)
    styles["h1"] = replace(styles["h1"], size=14, leading=18)
    t = ReportTemplate("Closing the Loop: Government response", footer="Page {n} of {total}", family="sans")
    build_report("blind2_en_negation_traps_response.txt", HERE / "blind2_en_negation_traps_response.pdf", t, styles)


def build_blind2() -> None:
    build_blind2_nl_noheadings()
    build_blind2_en_inline_labels()
    build_blind2_nl_own_numbering()
    build_blind2_en_subsections()
    build_blind2_txt_both()
    build_blind2_en_negation_traps()


# --------------------------------------------------------------------------------------------------
# blind pairs, round 3 (see tests/docs/README.md)


def parse_rows(text: str) -> list[list[str]]:
    """Table rows separated by blank lines; a line starting with ``| `` starts a cell, other lines continue it;
    ``%`` lines are comments; `` // `` inside a cell starts a new paragraph."""
    rows: list[list[str]] = []
    for chunk in re.split(r"\n\s*\n", text.strip("\n")):
        cells: list[str] = []
        for ln in chunk.split("\n"):
            if ln.startswith("%") or not ln.strip():
                continue
            if ln.startswith("| "):
                cells.append(ln[2:].strip())
            elif cells:
                cells[-1] += " " + ln.strip()
        if cells:
            rows.append(cells)
    return rows


class TableFlow(Flow):
    """A flow that can also set a table drawn with rules: a shaded header row repeated on every page, cells
    that wrap, and rows that break across pages."""

    def __init__(self, template: Template, notes: dict[str, str], widths: list[float], header: list[str]) -> None:
        self.widths = widths
        self.header = header
        self.rules: dict[int, list[tuple[pymupdf.Point, pymupdf.Point]]] = {}
        self.fills: dict[int, list[pymupdf.Rect]] = {}
        self.cell = Style(size=9, leading=12, after=0)
        self.pad = 4.0
        super().__init__(template, notes)

    def add(self, blocks: list[Block]) -> None:
        seg: list[Block] = []
        for b in blocks:
            if b.kind == "table":
                super().add(seg)
                seg = []
                self.table(parse_rows((SRC / b.arg).read_text(encoding="utf-8")))
            else:
                seg.append(b)
        super().add(seg)

    def cell_lines(self, text: str, width: float, st: Style) -> list[tuple[float, list[Run]]]:
        space_w = font(st.family).text_length(" ", fontsize=st.size)
        out: list[tuple[float, list[Run]]] = []
        for pi, para in enumerate(text.split(" // ")):
            if pi:
                out.append((st.lead * 0.5, []))
            words = words_of(inline(para, st.bold, st.italic))
            while words:
                line, words = self.take(words, width, st, space_w)
                out.append((st.lead, line_runs(line, 0, width, 0, st, space_w)))
        return out

    def rule(self, x0: float, y0: float, x1: float, y1: float) -> None:
        self.rules.setdefault(self.pno, []).append((pymupdf.Point(x0, y0), pymupdf.Point(x1, y1)))

    def row(self, cells: list[list[tuple[float, list[Run]]]], fill: bool) -> list[list[tuple[float, list[Run]]]]:
        """Set as much of one row as fits in the frame; return what is left of each cell."""
        fr = self.frame
        xs = [fr.x0 + sum(self.widths[:i]) for i in range(len(self.widths) + 1)]
        top = self.y
        avail = self.bottom() - top - 2 * self.pad
        left: list[list[tuple[float, list[Run]]]] = []
        height = 0.0
        for ci, lines in enumerate(cells):
            y = 0.0
            n = 0
            while n < len(lines) and y + lines[n][0] <= avail:
                for r in lines[n][1]:
                    self.pages[-1].runs.append(replace(r, x=r.x + xs[ci] + self.pad, y=r.y + top + self.pad + y))
                y += lines[n][0]
                n += 1
            left.append(lines[n:])
            height = max(height, y)
        bottom = top + height + 2 * self.pad
        if fill:
            self.fills.setdefault(self.pno, []).append(pymupdf.Rect(xs[0], top, xs[-1], bottom))
        self.rule(xs[0], top, xs[-1], top)
        self.rule(xs[0], bottom, xs[-1], bottom)
        for x in xs:
            self.rule(x, top, x, bottom)
        self.y = bottom
        return left

    def table(self, rows: list[list[str]]) -> None:
        st = self.cell
        head = replace(st, bold=True)
        widths = [w - 2 * self.pad for w in self.widths]

        def header() -> None:
            self.row([self.cell_lines(h, w, head) for h, w in zip(self.header, widths, strict=True)], fill=True)

        self.y += 4
        header()
        for cells in rows:
            rest = [self.cell_lines(c, w, st) for c, w in zip(cells, widths, strict=True)]
            if self.bottom() - self.y < 4 * st.lead:
                self.new_page()
                header()
            while True:
                rest = self.row(rest, fill=False)
                if not any(rest):
                    break
                self.new_page()
                header()
        self.y += 14
        self.fresh = False


def render_table_flow(template: Template, flow: TableFlow, meta: dict[str, str], path: Path) -> None:
    pages = flow.pages
    doc = pymupdf.open()
    total = len(pages)
    for pno, po in enumerate(pages):
        page = doc.new_page(width=template.page_rect.width, height=template.page_rect.height)
        for rect in flow.fills.get(pno, []):
            page.draw_rect(rect, color=None, fill=(0.86, 0.89, 0.94))
        for a, b in flow.rules.get(pno, []):
            page.draw_line(a, b, color=BLACK, width=0.6)
        w = Writer(page)
        template.decorate(page, pno, total, po.mode, w)
        for r in po.runs:
            w.run(r)
        w.flush()
    save(doc, meta, path)


def build_blind3_en_table_response() -> None:
    """A select-committee style report with recommendations 1-8; the response is a ruled table (No.,
    Recommendation, Government response, Status) with a row that breaks across a page."""
    styles = report_styles("serif", 10.5)
    t = ReportTemplate("Safer Journeys to School — Transport and Infrastructure Committee", footer="{n}")
    build_report("blind3_en_table_response_advice.txt", HERE / "blind3_en_table_response_advice.pdf", t, styles)
    styles = report_styles("sans", 10)
    styles["h1"] = replace(styles["h1"], size=14, leading=18)
    t = ReportTemplate("Government response: Safer Journeys to School", footer="Page {n} of {total}", family="sans")
    source = parse((SRC / "blind3_en_table_response_response.txt").read_text(encoding="utf-8"), styles)
    flow = TableFlow(t, source.notes, [30, 150, 206, 65], ["No.", "Recommendation", "Government response", "Status"])
    flow.add(source.blocks)
    render_table_flow(t, flow, source.meta, HERE / "blind3_en_table_response_response.pdf")


def build_blind3_nl_raad_van_state() -> None:
    """A Raad van State advice whose recommendations are lettered a.-e. under 'De Afdeling adviseert', with a
    second, unrelated lettered list in the annex; the 'nader rapport' answers with 'Ad a.' headings and
    'Naar aanleiding van punt d'."""
    styles = report_styles("serif", 10.5)
    styles["h1"] = replace(styles["h1"], color=BLACK, size=13, leading=17)
    styles["h2"] = replace(styles["h2"], italic=True, bold=False)
    t = ReportTemplate("Raad van State", footer="{n}", header_right="No. W16.24.00041/II")
    build_report("blind3_nl_raad_van_state_advice.txt", HERE / "blind3_nl_raad_van_state_advice.pdf", t, styles)
    styles = report_styles("serif", 10.5)
    styles["h1"] = replace(styles["h1"], color=BLACK, size=13, leading=17)
    styles["h2"] = replace(styles["h2"], size=10.5, leading=14.5)
    t = ReportTemplate("Nader rapport  |  Wet cameratoezicht met gezichtsherkenning", footer="{n}")
    build_report("blind3_nl_raad_van_state_response.txt", HERE / "blind3_nl_raad_van_state_response.pdf", t, styles)


def build_blind3_en_many_recs() -> None:
    """Twenty-five one-line recommendations in one list; a response that answers them in groups under headings
    'Recommendations 1–4', 'Recommendations 5, 6 and 9', … and leaves three out."""
    styles = report_styles("serif", 10.5)
    styles["item"] = replace(styles["item"], hang=22, after=3)
    t = ReportTemplate("Step-Free — Independent Review of Rail Accessibility", footer="{n}")
    build_report("blind3_en_many_recs_advice.txt", HERE / "blind3_en_many_recs_advice.pdf", t, styles)
    styles = report_styles("sans", 10)
    styles["h1"] = replace(styles["h1"], size=14, leading=18)
    styles["h2"] = replace(styles["h2"], size=11, leading=14, color=RIJKSBLAUW, before=10)
    t = ReportTemplate("Step-Free: Government response", footer="{n}", family="sans")
    build_report("blind3_en_many_recs_response.txt", HERE / "blind3_en_many_recs_response.pdf", t, styles)


def build_blind3_nl_longreply() -> None:
    """An RSJ advice with 'Aanbevelingen' 1-5; a Justice letter whose replies run over four to six paragraphs
    with figures, bullets, footnotes and sub-headings, the verdict in one sentence in the middle, and one reply
    that only refers to another letter."""
    styles = report_styles("serif", 10.5)
    t = ReportTemplate("RSJ  |  Bouwen aan terugkeer", footer="{n}")
    build_report("blind3_nl_longreply_advice.txt", HERE / "blind3_nl_longreply_advice.pdf", t, styles)
    jenv_sender = [
        "Directoraat-Generaal Straffen\nen Beschermen",
        "Turfmarkt 147",
        "2511 DP Den Haag",
        "Postbus 20301",
        "2500 EH Den Haag",
        "www.rijksoverheid.nl/jenv",
    ]
    date, ref = "15 april 2024", "5329017"
    t2 = LetterTemplate(
        ministries=["Ministerie van Justitie en", "Veiligheid"],
        senders=[jenv_sender],
        side_later=[("Datum", date), ("Ons kenmerk", ref)],
        side_first_extra=[("Ons kenmerk", ref), ("Bijlagen", "1")],
        head=[("Datum", date), ("Onderwerp", 'Kabinetsreactie op het RSJ-advies "Bouwen aan\nterugkeer"')],
        addressee=["Aan de Voorzitter van de", "Tweede Kamer der Staten-Generaal", "Postbus 20018", "2500 EA Den Haag"],
        return_address="> Retouradres Postbus 20301 2500 EH Den Haag",
    )
    styles = letter_styles()
    styles["h2"] = replace(styles["h2"], bold=True, before=10)
    styles["bullet"] = replace(styles["bullet"], indent=4)
    build_letter("blind3_nl_longreply_response.txt", HERE / "blind3_nl_longreply_response.pdf", t2, styles)


def picture_cover(title: str, lines: list[str]) -> bytes:
    """A designed cover as a PNG: colour fields, waves and the title drawn into the picture, so the page that
    carries it has no text layer."""
    doc = pymupdf.open()
    page = doc.new_page(width=A4.width, height=A4.height)
    page.draw_rect(page.rect, color=None, fill=(0.05, 0.22, 0.38))
    page.draw_rect(pymupdf.Rect(0, 520, A4.width, A4.height), color=None, fill=(0.1, 0.45, 0.6))
    for i in range(6):
        y = 520 + 40 * i
        pts = [pymupdf.Point(x, y + 10 * ((x // 40) % 2)) for x in range(0, int(A4.width) + 40, 40)]
        page.draw_polyline(pts, color=(0.85, 0.93, 0.97), width=2)
    w = Writer(page)
    w.text(60, 200, title, size=44, bold=True, color=(1, 1, 1))
    y = 240.0
    for line in lines:
        w.text(60, y, line, size=16, color=(0.85, 0.93, 0.97))
        y += 22
    w.flush()
    return page.get_pixmap(dpi=72).tobytes("png")


def build_blind3_en_scanned_mix() -> None:
    """An advice whose cover is only a picture (no text layer) and whose executive summary, holding the
    recommendations, is set in two columns; a plain response."""
    styles = report_styles("serif", 10)
    styles["recitem"] = replace(styles["item"], bold=True, hang=14, indent=0)
    t = ReportTemplate("Turning the Tide — Coastal Communities Commission", footer="{n}", first_number=2)
    source = parse((SRC / "blind3_en_scanned_mix_advice.txt").read_text(encoding="utf-8"), styles)
    doc = render(t, source, source.meta, None)
    cover = doc.new_page(0, width=A4.width, height=A4.height)
    cover.insert_image(
        cover.rect,
        stream=picture_cover(
            "Turning the Tide", ["The final report of the", "Coastal Communities Commission", "", "February 2024"]
        ),
    )
    save(doc, source.meta, HERE / "blind3_en_scanned_mix_advice.pdf")
    styles = report_styles("sans", 10, quote_bold=False)
    styles["h1"] = replace(styles["h1"], size=14, leading=18)
    t = ReportTemplate("Turning the Tide: Government response", footer="{n}", family="sans")
    build_report("blind3_en_scanned_mix_response.txt", HERE / "blind3_en_scanned_mix_response.pdf", t, styles)


def build_blind3_bilingual() -> None:
    """An English advice by an international panel and a Dutch ministry letter that quotes its recommendations
    (and one of its sentences) in English."""
    styles = report_styles("serif", 10.5)
    t = ReportTemplate("Keeping the Delta Adaptive — International Advisory Panel on the Delta Programme", footer="{n}")
    build_report("blind3_bilingual_advice.txt", HERE / "blind3_bilingual_advice.pdf", t, styles)
    ienw_sender = [
        "Ministerie van Infrastructuur\nen Waterstaat",
        "Rijnstraat 8",
        "2515 XP Den Haag",
        "Postbus 20901",
        "2500 EX Den Haag",
        "www.rijksoverheid.nl/ienw",
    ]
    date, ref = "18 november 2024", "IENW/BSK-2024/301155"
    t2 = LetterTemplate(
        ministries=["Ministerie van Infrastructuur en", "Waterstaat"],
        senders=[ienw_sender],
        side_later=[("Datum", date), ("Kenmerk", ref)],
        side_first_extra=[("Kenmerk", ref), ("Bijlage(n)", "1")],
        head=[("Datum", date), ("Betreft", 'Reactie op het advies "Keeping the Delta\nAdaptive"')],
        addressee=["Aan de Voorzitter van de", "Tweede Kamer der Staten-Generaal", "Postbus 20018", "2500 EA Den Haag"],
        return_address="> Retouradres Postbus 20901 2500 EX Den Haag",
    )
    styles = letter_styles()
    styles["h2"] = replace(styles["h2"], bold=True, before=8)
    build_letter("blind3_bilingual_response.txt", HERE / "blind3_bilingual_response.pdf", t2, styles)


def build_blind3() -> None:
    build_blind3_en_table_response()
    build_blind3_nl_raad_van_state()
    build_blind3_en_many_recs()
    build_blind3_nl_longreply()
    build_blind3_en_scanned_mix()
    build_blind3_bilingual()


# --------------------------------------------------------------------------------------------------
# blind pairs, round 4 (see tests/docs/README.md)


def bzk_letter(date: str, subject: str, ref: str) -> LetterTemplate:
    return LetterTemplate(
        ministries=BZK,
        senders=[BZK_SENDER],
        side_later=[("Datum", date), ("Kenmerk", ref)],
        side_first_extra=[("Kenmerk", ref), ("Uw kenmerk", "-")],
        head=[("Datum", date), ("Betreft", subject)],
        addressee=["Aan de Voorzitter van de", "Tweede Kamer der Staten-Generaal", "Postbus 20018", "2500 EA Den Haag"],
        return_address="> Retouradres Postbus 20011 2500 EA Den Haag",
    )


def build_blind4_nl_kamerbrief_bullets() -> None:
    """An advice with six numbered recommendations (some with dash sub-items); a letter answering them as
    bullets under one heading, each opening with a bold theme and a colon, one bullet with a second paragraph
    and one bullet that answers no recommendation."""
    styles = report_styles("serif", 10.5)
    styles["sub"] = replace(styles["bullet"], indent=24, hang=12, after=2)
    t = ReportTemplate("Raad voor de Publieke Dienstverlening  |  Iedereen moet mee kunnen", footer="{n}")
    build_report("blind4_nl_kamerbrief_bullets_advice.txt", HERE / "blind4_nl_kamerbrief_bullets_advice.pdf", t, styles)
    t2 = bzk_letter("18 juni 2024", 'Kabinetsreactie op het advies "Iedereen moet\nmee kunnen"', "2024-0000351870")
    styles = letter_styles()
    styles["h2"] = replace(styles["h2"], bold=True, before=8)
    styles["bullet"] = replace(styles["bullet"], after=8)
    styles["bulletcont"] = replace(styles["p"], indent=12, after=8)
    build_letter(
        "blind4_nl_kamerbrief_bullets_response.txt", HERE / "blind4_nl_kamerbrief_bullets_response.pdf", t2, styles
    )


class BoldLabelFlow(Flow):
    """A flow whose hanging labels (``{style} Label | text``) are set in bold, whatever the text's style."""

    def paragraph(self, b: Block, nxt: Block | None) -> None:
        start_page, start_run = self.pno, len(self.pages[-1].runs)
        super().paragraph(b, nxt)
        if not b.label:
            return
        for pno in range(start_page, len(self.pages)):
            runs = self.pages[pno].runs
            for i in range(start_run if pno == start_page else 0, len(runs)):
                if runs[i].text == b.label:
                    runs[i] = replace(runs[i], font=font(b.style.family, True, False))
                    return


def render_flow(template: Template, flow: Flow, meta: dict[str, str], path: Path) -> None:
    pages = flow.pages
    while len(pages) > 1 and not pages[-1].runs:
        pages.pop()
    doc = pymupdf.open()
    for pno, po in enumerate(pages):
        page = doc.new_page(width=template.page_rect.width, height=template.page_rect.height)
        w = Writer(page)
        template.decorate(page, pno, len(pages), po.mode, w)
        for r in po.runs:
            w.run(r)
        w.flush()
    save(doc, meta, path)


def build_blind4_en_hansard_style() -> None:
    """A Senate committee report with 'Recommendation N' labels in a hanging margin; an Australian-style
    government response set in two columns: the label ('Recommendation 1', 'Response') in a narrow left
    column and the quoted recommendation and the reply to its right, running over pages."""
    styles = report_styles("serif", 10.5)
    styles["recitem"] = replace(styles["p"], bold=True, hang=108, after=8)
    t = ReportTemplate("Out of Sight — Senate Community Affairs References Committee", footer="{n}")
    build_report("blind4_en_hansard_style_advice.txt", HERE / "blind4_en_hansard_style_advice.pdf", t, styles)
    styles = report_styles("sans", 10)
    styles["h1"] = replace(styles["h1"], size=14, leading=18)
    styles["hangrec"] = replace(styles["p"], hang=110, before=10, after=6)
    styles["hangresp"] = replace(styles["p"], hang=110, after=3)
    styles["hangcont"] = replace(styles["p"], indent=110, after=6)
    t = ReportTemplate("Australian Government response: Out of Sight", footer="{n}", family="sans")
    source = parse((SRC / "blind4_en_hansard_style_response.txt").read_text(encoding="utf-8"), styles)
    flow = BoldLabelFlow(t, source.notes)
    flow.add(source.blocks)
    render_flow(t, flow, source.meta, HERE / "blind4_en_hansard_style_response.pdf")


def build_blind4_nl_multiple_advices() -> None:
    """A ROB advice with recommendations 1-5; one letter answering two advices, the sections 'A1'-'A5' for this
    advice and 'B1'-'B3' for another council's advice that is not in the pair."""
    styles = report_styles("sans", 10)
    t = ReportTemplate(
        "Raad voor het Openbaar Bestuur", footer="{n}/{total}", family="sans", header_right="Controle met tanden"
    )
    build_report("blind4_nl_multiple_advices_advice.txt", HERE / "blind4_nl_multiple_advices_advice.pdf", t, styles)
    t2 = bzk_letter("12 juni 2024", "Kabinetsreactie op de adviezen van de ROB\nen de Rfv", "2024-0000338012")
    styles = letter_styles()
    styles["h1"] = replace(styles["h1"], size=10.5, leading=14, before=10, after=6)
    styles["h2"] = replace(styles["h2"], bold=True, before=6)
    build_letter(
        "blind4_nl_multiple_advices_response.txt", HERE / "blind4_nl_multiple_advices_response.pdf", t2, styles
    )


def build_blind4_en_long_numbers() -> None:
    """A taskforce report with key findings 'F1'-'F5' and recommendations 'R1'-'R8' as hanging labels; a
    response with headings 'R1 — Title', a section on the findings and an annex list 'S1'-'S3'."""
    styles = report_styles("sans", 10)
    styles["recitem"] = replace(styles["item"], hang=24, after=5)
    t = ReportTemplate("Cleaner Air for Schools — Clean Air Taskforce", footer="Page {n}", family="sans")
    build_report("blind4_en_long_numbers_advice.txt", HERE / "blind4_en_long_numbers_advice.pdf", t, styles)
    styles = report_styles("serif", 10.5)
    styles["h1"] = replace(styles["h1"], size=14, leading=18)
    styles["recitem"] = replace(styles["item"], hang=24)
    t = ReportTemplate("Cleaner Air for Schools: Government response", footer="{n}")
    build_report("blind4_en_long_numbers_response.txt", HERE / "blind4_en_long_numbers_response.pdf", t, styles)


def build_blind4_nl_verdict_table_at_end() -> None:
    """A RVS advice with 'Aanbevelingen' 1-6; a VWS letter with a prose reply under each numbered heading and, at
    the end, a ruled overview table 'Nr. | Aanbeveling | Reactie kabinet' with one verdict word per row."""
    styles = report_styles("serif", 10.5)
    t = ReportTemplate("RVS  |  Thuis in de wijk", footer="{n}")
    build_report(
        "blind4_nl_verdict_table_at_end_advice.txt", HERE / "blind4_nl_verdict_table_at_end_advice.pdf", t, styles
    )
    vws_sender = [
        "Ministerie van Volksgezondheid,\nWelzijn en Sport",
        "Parnassusplein 5",
        "2511 VX Den Haag",
        "Postbus 20350",
        "2500 EJ Den Haag",
        "www.rijksoverheid.nl",
    ]
    date, ref = "16 april 2024", "3812254-1061377-DLZ"
    t2 = LetterTemplate(
        ministries=["Ministerie van Volksgezondheid,", "Welzijn en Sport"],
        senders=[vws_sender],
        side_later=[("Datum", date), ("Kenmerk", ref)],
        side_first_extra=[("Kenmerk", ref), ("Bijlage(n)", "-")],
        head=[("Datum", date), ("Betreft", 'Kabinetsreactie op het RVS-advies "Thuis in\nde wijk"')],
        addressee=["Aan de Voorzitter van de", "Tweede Kamer der Staten-Generaal", "Postbus 20018", "2500 EA Den Haag"],
        return_address="> Retouradres Postbus 20350 2500 EJ Den Haag",
    )
    styles = letter_styles()
    styles["h2"] = replace(styles["h2"], bold=True, before=8)
    source = parse((SRC / "blind4_nl_verdict_table_at_end_response.txt").read_text(encoding="utf-8"), styles)
    flow = TableFlow(t2, source.notes, [40, 205, 100], ["Nr.", "Aanbeveling", "Reactie kabinet"])
    flow.add(source.blocks)
    render_table_flow(t2, flow, source.meta, HERE / "blind4_nl_verdict_table_at_end_response.pdf")


def build_blind4_en_hedging() -> None:
    """A commission's eight recommendations; a response whose replies are full of hedges ('will consider', 'in
    due course', 'minded to accept', 'support the spirit', 'subject to the outcome of the Spending Review')."""
    styles = report_styles("serif", 10.5)
    t = ReportTemplate("Repair, Don't Replace — Sustainable Consumption Commission", footer="{n}")
    build_report("blind4_en_hedging_advice.txt", HERE / "blind4_en_hedging_advice.pdf", t, styles)
    styles = report_styles("sans", 10)
    styles["h1"] = replace(styles["h1"], size=14, leading=18)
    t = ReportTemplate("Repair, Don't Replace: Government response", footer="Page {n} of {total}", family="sans")
    build_report("blind4_en_hedging_response.txt", HERE / "blind4_en_hedging_response.pdf", t, styles)


def build_blind4() -> None:
    build_blind4_nl_kamerbrief_bullets()
    build_blind4_en_hansard_style()
    build_blind4_nl_multiple_advices()
    build_blind4_en_long_numbers()
    build_blind4_nl_verdict_table_at_end()
    build_blind4_en_hedging()


# --------------------------------------------------------------------------------------------------
# blind pairs, round 5 (see tests/docs/README.md)


def build_blind5_nl_gemeente() -> None:
    """A municipal advisory council's advice with bold paragraph labels 'Advies 1'-'Advies 5'; the college's reply
    letter with sections 'Advies N: Title' under 'Reactie van het college' ('neemt dit advies (gedeeltelijk /
    niet) over', 'neemt kennis van dit advies') and a section on the council's signals that answers no advice."""
    styles = report_styles("sans", 10)
    t = ReportTemplate("Adviesraad Sociaal Domein Hollandsveen  |  Niemand buiten de boot", footer="{n}", family="sans")
    build_report("blind5_nl_gemeente_advice.txt", HERE / "blind5_nl_gemeente_advice.pdf", t, styles)
    date, ref = "16 april 2024", "Z/24/118407"
    sender = ["Gemeente Hollandsveen", "Raadhuisplein 1", "Postbus 100", "2890 AC Hollandsveen", "www.hollandsveen.nl"]
    t2 = LetterTemplate(
        ministries=["Gemeente Hollandsveen"],
        senders=[sender],
        side_later=[("Datum", date), ("Zaaknummer", ref)],
        side_first_extra=[("Zaaknummer", ref), ("Uw brief van", "5 maart 2024")],
        head=[("Datum", date), ("Onderwerp", 'Reactie op het advies "Niemand buiten de boot"')],
        addressee=[
            "Adviesraad Sociaal Domein Hollandsveen",
            "t.a.v. de voorzitter",
            "Postbus 100",
            "2890 AC Hollandsveen",
        ],
        return_address="> Retouradres Postbus 100 2890 AC Hollandsveen",
    )
    styles = letter_styles()
    styles["h1"] = replace(styles["h1"], size=10.5, leading=14, before=10, after=6)
    styles["h2"] = replace(styles["h2"], bold=True, before=6)
    build_letter("blind5_nl_gemeente_response.txt", HERE / "blind5_nl_gemeente_response.pdf", t2, styles)


def build_blind5_en_who_style() -> None:
    """An international review with two-level recommendation numbers ('Recommendation 1.1', '2.3') as bold
    paragraph labels under area headings, after findings sections numbered 2.1-2.3; a member state's response
    with headings 'Recommendation 1.1', one joint 'Recommendations 2.1 and 2.2', 2.3 unanswered."""
    styles = report_styles("sans", 10)
    t = ReportTemplate("Joint External Review of AMR Surveillance — Republic of Veloria", footer="{n}", family="sans")
    build_report("blind5_en_who_style_advice.txt", HERE / "blind5_en_who_style_advice.pdf", t, styles)
    styles = report_styles("serif", 10.5)
    styles["h1"] = replace(styles["h1"], size=14, leading=18)
    t = ReportTemplate("Veloria: response to the Joint External Review", footer="Page {n} of {total}")
    build_report("blind5_en_who_style_response.txt", HERE / "blind5_en_who_style_response.pdf", t, styles)


def build_blind5_nl_kort() -> None:
    """A short advice with four numbered recommendations (after a numbered list of causes); a one-page letter that
    answers each in one paragraph without headings: 'Aanbeveling 1 …', 'Wat aanbeveling 2 betreft …', 'De derde
    aanbeveling …' (an ordinal word), 'Tot slot aanbeveling 4: …'."""
    styles = report_styles("serif", 10.5)
    t = ReportTemplate("Raad voor Cultuur  |  Bibliotheek dichtbij", footer="{n}")
    build_report("blind5_nl_kort_advice.txt", HERE / "blind5_nl_kort_advice.pdf", t, styles)
    date, ref = "25 april 2024", "44120871"
    ocw_sender = [
        "Ministerie van Onderwijs, Cultuur\nen Wetenschap",
        "Rijnstraat 50",
        "2515 XP Den Haag",
        "Postbus 16375",
        "2500 BJ Den Haag",
        "www.rijksoverheid.nl",
    ]
    t2 = LetterTemplate(
        ministries=["Ministerie van Onderwijs, Cultuur en", "Wetenschap"],
        senders=[ocw_sender],
        side_later=[("Datum", date), ("Ons kenmerk", ref)],
        side_first_extra=[("Ons kenmerk", ref), ("Bijlagen", "-")],
        head=[("Datum", date), ("Betreft", 'Reactie op het advies "Bibliotheek dichtbij"')],
        addressee=["Aan de Voorzitter van de", "Tweede Kamer der Staten-Generaal", "Postbus 20018", "2500 EA Den Haag"],
        return_address="> Retouradres Postbus 16375 2500 BJ Den Haag",
    )
    build_letter("blind5_nl_kort_response.txt", HERE / "blind5_nl_kort_response.pdf", t2, letter_styles())


def build_blind5() -> None:
    build_blind5_nl_gemeente()
    build_blind5_en_who_style()
    build_blind5_nl_kort()


def build_blind6_en_ombudsman() -> None:
    """An ombudsman's report whose recommendations are hanging labels '(1)'-'(6)' in a closing chapter 'What we
    recommend', after inline lettered findings '(a)'-'(c)'; a department's letter answering in paragraphs of mixed
    style: 'We have accepted recommendations (1) and (2)', 'On recommendation (3), we', '(4): Not accepted.',
    'Recommendation 5 is', 'Turning to the last of your recommendations', and a bold 'Backlog' section."""
    styles = report_styles("serif", 10.5)
    styles["recitem"] = replace(styles["p"], indent=6, hang=26, after=5)
    t = ReportTemplate("Left Waiting — Public Services Ombudsman for Westmere", footer="{n}")
    build_report("blind6_en_ombudsman_advice.txt", HERE / "blind6_en_ombudsman_advice.pdf", t, styles)
    t = ReportTemplate("Department for Communities", footer="{n}", family="sans")
    build_report(
        "blind6_en_ombudsman_response.txt", HERE / "blind6_en_ombudsman_response.pdf", t, report_styles("sans", 10)
    )


class SideBySideFlow(TableFlow):
    """A table without rules or header row: two columns side by side per row, breaking across pages."""

    def rule(self, x0: float, y0: float, x1: float, y1: float) -> None:
        pass

    def table(self, rows: list[list[str]]) -> None:
        st = self.cell
        widths = [w - 2 * self.pad for w in self.widths]
        self.y += 4
        for cells in rows:
            rest = [self.cell_lines(c, w, st) for c, w in zip(cells, widths, strict=True)]
            if self.bottom() - self.y < 4 * st.lead:
                self.new_page()
            while True:
                rest = self.row(rest, fill=False)
                if not any(rest):
                    break
                self.new_page()
            self.y += 10
        self.y += 8
        self.fresh = False


def build_blind6_nl_provincie() -> None:
    """A provincial audit office's report to Provinciale Staten with findings 1.-5. and 'Aanbevelingen' 1.-5. (two
    to PS, three to GS); the GS reply sets each recommendation side by side with its reply, without rules: left
    'Aanbeveling N' and the recommendation in italics, right 'Reactie GS' and the reply."""
    styles = report_styles("sans", 10)
    t = ReportTemplate("Rekenkamer Veenland  |  Bus op maat", footer="{n}", family="sans")
    build_report("blind6_nl_provincie_advice.txt", HERE / "blind6_nl_provincie_advice.pdf", t, styles)
    styles = report_styles("sans", 10)
    styles["h1"] = replace(styles["h1"], size=13, leading=17)
    t = ReportTemplate("Provincie Veenland  |  Gedeputeerde Staten", footer="{n}", family="sans")
    source = parse((SRC / "blind6_nl_provincie_response.txt").read_text(encoding="utf-8"), styles)
    flow = SideBySideFlow(t, source.notes, [190.0, 261.0], [])
    flow.cell = Style(family="sans", size=9.5, leading=13, after=0)
    flow.add(source.blocks)
    render_flow(t, flow, source.meta, HERE / "blind6_nl_provincie_response.pdf")


def build_blind6_en_no_numbers() -> None:
    """An advice whose six recommendations carry no number: bold 'We recommend that …' sentences, four as
    paragraphs of their own and two at the end of a paragraph, among a past 'we recommended' and a 'We do not
    recommend'; a response under subject headings in another order, two headings answering two recommendations
    each, and a section that answers none."""
    styles = report_styles("serif", 10.5)
    t = ReportTemplate("Learning to Swim — Council for Sport and Physical Activity", footer="{n}")
    build_report("blind6_en_no_numbers_advice.txt", HERE / "blind6_en_no_numbers_advice.pdf", t, styles)
    styles = report_styles("sans", 10)
    styles["h1"] = replace(styles["h1"], size=14, leading=18)
    t = ReportTemplate("Learning to Swim: Government response", footer="Page {n} of {total}", family="sans")
    build_report("blind6_en_no_numbers_response.txt", HERE / "blind6_en_no_numbers_response.pdf", t, styles)


def build_blind6() -> None:
    build_blind6_en_ombudsman()
    build_blind6_nl_provincie()
    build_blind6_en_no_numbers()


# --------------------------------------------------------------------------------------------------
# blind pairs, round 7 (see tests/docs/README.md)


class SidebarTemplate(ReportTemplate):
    """A report whose mode ``side`` has a narrow main column and, to its right, a sidebar column; the sidebar's
    text is shaded afterwards (``shade_sidebars``)."""

    side_x0 = 392.0

    def frames(self, pno: int, mode: str) -> list[pymupdf.Rect]:
        if mode == "side":
            m = self.margin
            return [
                pymupdf.Rect(m, 86, 370, A4.height - 74),
                pymupdf.Rect(self.side_x0, 96, A4.width - m - 8, A4.height - 84),
            ]
        return super().frames(pno, mode)


def shade_sidebars(doc: pymupdf.Document, x0: float, fill: tuple[float, float, float]) -> None:
    """A filled, framed box behind the text of every page that lies right of ``x0`` in the body area."""
    for page in doc:
        boxes = [pymupdf.Rect(w[:4]) for w in page.get_text("words") if w[0] >= x0 - 1 and 80 < w[1] < A4.height - 70]
        if not boxes:
            continue
        r = boxes[0]
        for b in boxes[1:]:
            r |= b
        page.draw_rect(
            pymupdf.Rect(x0 - 10, r.y0 - 10, A4.width - 64, r.y1 + 12),
            color=RIJKSBLAUW,
            fill=fill,
            width=0.6,
            overlay=False,
        )


def build_blind7_en_sidebar() -> None:
    """An advice whose six recommendations stand only in shaded sidebar boxes to the right of the chapter text
    (two per page, each 'Recommendation N' on a line of its own), while the body text to the left refers to them
    '(see Recommendation 3)' and holds a numbered list of lessons; a response with a ruled summary table ('No. |
    Recommendation | Response') AND detailed sections under theme headings '… (Recommendations 1 and 2)', where
    the table row is the only reply to recommendation 6."""
    styles = report_styles("serif", 10.5)
    styles["sidehead"] = Style(family="sans", size=9.5, leading=12.5, bold=True, color=RIJKSBLAUW, after=8)
    styles["sidelabel"] = Style(family="sans", size=9, leading=12, bold=True, before=4, after=1, keep_next=True)
    styles["sidetext"] = Style(family="sans", size=9, leading=12, after=6)
    t = SidebarTemplate("Keeping Cool — Climate Resilience Advisory Board", footer="{n}")
    source = parse((SRC / "blind7_en_sidebar_advice.txt").read_text(encoding="utf-8"), styles)
    doc = render(t, source, source.meta, None)
    shade_sidebars(doc, t.side_x0, (0.9, 0.93, 0.97))
    save(doc, source.meta, HERE / "blind7_en_sidebar_advice.pdf")
    styles = report_styles("sans", 10)
    styles["h1"] = replace(styles["h1"], size=14, leading=18)
    styles["h3"] = replace(styles["h3"], bold=True, italic=False, before=8)
    t = ReportTemplate("Keeping Cool: Government response", footer="Page {n} of {total}", family="sans")
    source = parse((SRC / "blind7_en_sidebar_response.txt").read_text(encoding="utf-8"), styles)
    flow = TableFlow(t, source.notes, [32, 270, 149], ["No.", "Recommendation (summary)", "Response"])
    flow.add(source.blocks)
    render_table_flow(t, flow, source.meta, HERE / "blind7_en_sidebar_response.pdf")


def build_blind7_nl_hoofdstuk() -> None:
    """An advice with recommendations numbered per chapter ('Aanbeveling 2.1' … '4.2'), each with its addressee
    on the label line (the minister, the provinces, minister and provinces together, the safety regions), and a
    summary grouping them by addressee; a ministry letter whose own section numbers '3.1' / '3.2' collide with the
    recommendation numbers, replies as paragraphs opening with bold 'Aanbeveling 2.1 (…).', 'in beginsel over',
    a reply that only refers back ('verwijs ik naar mijn reactie op aanbeveling 2.1'), 'waar mogelijk' after a
    refusal, footnotes, and 4.2 unanswered."""
    styles = report_styles("serif", 10.5)
    styles["sumhead"] = replace(styles["p"], italic=True, before=4, after=2, keep_next=True)
    styles["sumitem"] = replace(styles["item"], indent=10, hang=28, after=2)
    styles["reclabel"] = replace(
        styles["p"], family="sans", size=9.5, bold=True, color=RIJKSBLAUW, before=4, after=2, keep_next=True
    )
    styles["rectext"] = replace(styles["p"], indent=14, bold=True)
    t = ReportTemplate("Commissie Regionale Waterveiligheid  |  Achter de dijk", footer="{n}")
    build_report("blind7_nl_hoofdstuk_advice.txt", HERE / "blind7_nl_hoofdstuk_advice.pdf", t, styles)
    ienw_sender = [
        "Ministerie van Infrastructuur\nen Waterstaat",
        "Rijnstraat 8",
        "2515 XP Den Haag",
        "Postbus 20901",
        "2500 EX Den Haag",
        "www.rijksoverheid.nl/ienw",
    ]
    date, ref = "13 juni 2024", "IENW/BSK-2024/158302"
    t2 = LetterTemplate(
        ministries=["Ministerie van Infrastructuur en", "Waterstaat"],
        senders=[ienw_sender],
        side_later=[("Datum", date), ("Kenmerk", ref)],
        side_first_extra=[("Kenmerk", ref), ("Bijlage(n)", "1")],
        head=[("Datum", date), ("Betreft", 'Kabinetsreactie op het advies "Achter de dijk"')],
        addressee=["Aan de Voorzitter van de", "Tweede Kamer der Staten-Generaal", "Postbus 20018", "2500 EA Den Haag"],
        return_address="> Retouradres Postbus 20901 2500 EX Den Haag",
    )
    styles = letter_styles()
    styles["h2"] = replace(styles["h2"], bold=True, before=8)
    styles["h3"] = replace(styles["h3"], before=6)
    build_letter("blind7_nl_hoofdstuk_response.txt", HERE / "blind7_nl_hoofdstuk_response.pdf", t2, styles)


def build_blind7_en_numbered_paras() -> None:
    """An advice whose seven recommendations stand only in a ruled table 'No. | Recommendation | Lead | By' in the
    executive summary (lead bodies Defra, Ofwat, CCW, the water companies), after a bulleted list of findings; a
    joint Government/Ofwat response in consecutively numbered paragraphs 1.-17. whose numbers do not match the
    recommendations, each recommendation summarised in a paragraph ending '(Recommendation N)' and answered in the
    next; replies by other bodies, a reply inside the same paragraph as its summary, 6 unanswered."""
    styles = report_styles("serif", 10.5)
    styles["caption"] = replace(styles["p"], family="sans", size=9, bold=True, before=6, after=0, keep_next=True)
    t = ReportTemplate("Putting Things Right — Independent Review of Water Customer Redress", footer="{n}")
    source = parse((SRC / "blind7_en_numbered_paras_advice.txt").read_text(encoding="utf-8"), styles)
    flow = TableFlow(t, source.notes, [30, 251, 95, 75], ["No.", "Recommendation", "Lead", "By"])
    flow.cell = Style(family="serif", size=9.5, leading=12.5, after=0)
    flow.add(source.blocks)
    render_table_flow(t, flow, source.meta, HERE / "blind7_en_numbered_paras_advice.pdf")
    styles = report_styles("sans", 10)
    styles["h1"] = replace(styles["h1"], size=14, leading=18)
    styles["np"] = replace(styles["p"], hang=26)
    t = ReportTemplate("Putting Things Right: Government and Ofwat response", footer="{n}", family="sans")
    build_report("blind7_en_numbered_paras_response.txt", HERE / "blind7_en_numbered_paras_response.pdf", t, styles)


def build_blind7() -> None:
    build_blind7_en_sidebar()
    build_blind7_nl_hoofdstuk()
    build_blind7_en_numbered_paras()


# --------------------------------------------------------------------------------------------------
# blind pairs, round 8 (see tests/docs/README.md)


def build_blind8_en_roman_margin() -> None:
    """A review panel's advice whose eight recommendations are numbered with Roman numerals 'I.'-'VIII.' (after a
    numbered list of findings and terms of reference '(i)'-'(iv)'); a Welsh Government written response that
    repeats each recommendation in italics under 'Recommendation IV' and sets its decision ('Accept', 'Accept in
    principle', 'Reject', 'Accept in part', 'Note') as a bold word in the left margin beside the reply, followed by
    a second margin label 'Financial implications' with its own paragraph; VI and VII answered together."""
    styles = report_styles("serif", 10.5)
    styles["tor"] = replace(styles["item"], indent=14, hang=26, after=2)
    styles["recitem"] = replace(styles["p"], indent=0, hang=34, after=7)
    t = ReportTemplate("Open Doors — Independent Review of Public Library Services in Wales", footer="{n}")
    build_report("blind8_en_roman_margin_advice.txt", HERE / "blind8_en_roman_margin_advice.pdf", t, styles)
    styles = report_styles("sans", 10)
    styles["h1"] = replace(styles["h1"], size=13.5, leading=17)
    styles["rechead"] = replace(styles["p"], bold=True, color=RIJKSBLAUW, before=10, after=3, keep_next=True)
    styles["recquote"] = replace(styles["p"], italic=True, indent=120, after=6, keep_next=True)
    styles["verdict"] = replace(styles["p"], hang=120, after=6)
    t = ReportTemplate("Welsh Government — Written Response: Open Doors", footer="{n}", family="sans")
    source = parse((SRC / "blind8_en_roman_margin_response.txt").read_text(encoding="utf-8"), styles)
    flow = BoldLabelFlow(t, source.notes)
    flow.add(source.blocks)
    render_flow(t, flow, source.meta, HERE / "blind8_en_roman_margin_response.pdf")


def render_table_notes(template: Template, flow: TableFlow, meta: dict[str, str], path: Path | None) -> bytes:
    """Like ``render_table_flow``, but also sets the footnotes at the foot of each page."""
    pages = flow.pages
    while len(pages) > 1 and not pages[-1].runs:
        pages.pop()
    doc = pymupdf.open()
    total = len(pages)
    for pno, po in enumerate(pages):
        page = doc.new_page(width=template.page_rect.width, height=template.page_rect.height)
        for rect in flow.fills.get(pno, []):
            page.draw_rect(rect, color=None, fill=(0.86, 0.89, 0.94))
        for a, b in flow.rules.get(pno, []):
            page.draw_line(a, b, color=BLACK, width=0.6)
        w = Writer(page)
        template.decorate(page, pno, total, po.mode, w)
        for r in po.runs:
            w.run(r)
        if po.notes:
            ns = template.note_style
            y = template.frames(pno, po.mode)[0].y1 - po.note_height + 4
            x0, _ = template.note_width(pno, po.mode)
            page.draw_line((x0, y - 4), (x0 + 120, y - 4), color=BLACK, width=0.5)
            for note in po.notes:
                for line in note:
                    for r in line:
                        w.run(replace(r, y=r.y + y))
                    y += ns.lead
        w.flush()
    return save(doc, meta, path)


def build_blind8_nl_kamerbrief_verhalend() -> None:
    """An advice with recommendations lettered 'Aanbeveling A'-'F' inside its chapters and a lettered summary
    list; a letter from two ministers ('wij') under unnumbered theme headings that quotes the recommendations in
    italics inside running sentences, sometimes with '(aanbeveling A)' after the quote, once only by paraphrase
    and without letter, two in one section; 'voor zover', 'Wij zien geen aanleiding', 'niet op korte termijn',
    a section that answers none, footnotes, and a closing ruled table of commitments with deadlines."""
    styles = report_styles("serif", 10.5)
    styles["sumitem"] = replace(styles["item"], indent=10, hang=20, after=2)
    styles["reclabel"] = replace(
        styles["p"], family="sans", size=9.5, bold=True, color=RIJKSBLAUW, before=4, after=2, keep_next=True
    )
    styles["rectext"] = replace(styles["p"], family="sans", size=10, leading=13.5, indent=14, after=9)
    t = ReportTemplate("Adviescommissie Basisvaardigheden  |  Iedereen telt mee", footer="{n}")
    build_report(
        "blind8_nl_kamerbrief_verhalend_advice.txt", HERE / "blind8_nl_kamerbrief_verhalend_advice.pdf", t, styles
    )
    ocw_sender = [
        "Ministerie van Onderwijs, Cultuur\nen Wetenschap",
        "Rijnstraat 50",
        "2515 XP Den Haag",
        "Postbus 16375",
        "2500 BJ Den Haag",
        "www.rijksoverheid.nl",
    ]
    date, ref = "4 juni 2024", "OCW/MBO-2024/45120178"
    t2 = LetterTemplate(
        ministries=["Ministerie van Onderwijs, Cultuur en", "Wetenschap"],
        senders=[ocw_sender],
        side_later=[("Datum", date), ("Onze referentie", ref)],
        side_first_extra=[("Onze referentie", ref), ("Bijlagen", "1")],
        head=[("Datum", date), ("Betreft", 'Kabinetsreactie op het advies "Iedereen telt\nmee"')],
        addressee=["Aan de Voorzitter van de", "Tweede Kamer der Staten-Generaal", "Postbus 20018", "2500 EA Den Haag"],
        return_address="> Retouradres Postbus 16375 2500 BJ Den Haag",
    )
    styles = letter_styles()
    styles["h2"] = replace(styles["h2"], bold=True, before=8)
    source = parse((SRC / "blind8_nl_kamerbrief_verhalend_response.txt").read_text(encoding="utf-8"), styles)
    flow = TableFlow(t2, source.notes, [240, 105], ["Toezegging", "Termijn"])
    flow.cell = Style(size=8.5, leading=11.5, after=0)
    flow.add(source.blocks)
    render_table_notes(t2, flow, source.meta, HERE / "blind8_nl_kamerbrief_verhalend_response.pdf")


class LandscapeTemplate(Template):
    """A landscape A4 annex page with the annex title on top and the page number continuing the report's."""

    page_rect = pymupdf.Rect(0, 0, A4.height, A4.width)

    def __init__(self, title: str, header: str, first_number: int) -> None:
        self.title = title
        self.header = header
        self.first_number = first_number

    def frames(self, pno: int, mode: str) -> list[pymupdf.Rect]:
        return [pymupdf.Rect(60, 110, self.page_rect.width - 60, self.page_rect.height - 60)]

    def decorate(self, page: pymupdf.Page, pno: int, total: int, mode: str, w: Writer) -> None:
        pw, ph = self.page_rect.width, self.page_rect.height
        w.text(60, 44, self.header, size=8, family="serif", italic=True, color=GREY)
        page.draw_line((60, 50), (pw - 60, 50), color=GREY, width=0.4)
        w.text(60, 90, self.title, size=13, family="sans", bold=True, color=RIJKSBLAUW)
        w.text(pw / 2, ph - 30, str(pno + self.first_number), size=8.5, family="serif", align="center")


def build_blind8_en_eca_subpoints() -> None:
    """A European Court of Auditors special report: executive summary paragraphs numbered 'I'-'VI', body
    paragraphs '01', '17', …, three recommendations in the conclusions, 1 and 3 with lettered sub-points '(a)'-'(c)'
    after 'The Commission should:', 'Target implementation date' lines, and a landscape annex page with a ruled
    table of the eight hubs examined (rows 1-8); the Commission's replies to the executive summary paragraph IV,
    to paragraphs 17 to 21 and to paragraph 44 (no recommendations), and per recommendation with sub-points
    answered separately ('(a) The Commission accepts recommendation 1(a).') or together ('accepts
    recommendations 3(a) and 3(b)', the explanation in the next paragraph), 'partially accepts', 'as regards'."""
    styles = report_styles("serif", 10.5)
    styles["np"] = replace(styles["p"], hang=26)
    styles["bullet"] = replace(styles["bullet"], indent=32)
    styles["recbox"] = replace(
        styles["p"], family="sans", size=10.5, bold=True, color=RIJKSBLAUW, before=8, after=4, keep_next=True
    )
    styles["recbody"] = replace(styles["p"], family="sans", size=10, leading=13.5, indent=26, after=4)
    styles["recsub"] = replace(styles["recbody"], indent=32, hang=20)
    styles["rectarget"] = replace(styles["recbody"], italic=True, after=12)
    header = "Special report 09/2024 — European Digital Innovation Hubs"
    t = ReportTemplate(header, footer="{n}")
    source = parse((SRC / "blind8_en_eca_subpoints_advice.txt").read_text(encoding="utf-8"), styles)
    cut = next(i for i, b in enumerate(source.blocks) if b.kind == "landscape")
    main = render(t, Source(source.blocks[:cut], source.notes, source.meta), source.meta, None)
    lt = LandscapeTemplate(source.blocks[cut].arg, header, main.page_count + 1)
    flow = TableFlow(
        lt,
        {},
        [30, 80, 120, 130, 170, 192],
        ["No.", "Member State", "Hub", "Funding", "Main customers", "Our observation"],
    )
    flow.cell = Style(family="serif", size=9.5, leading=12.5, after=0)
    flow.add(source.blocks[cut + 1 :])
    annex = pymupdf.open("pdf", render_table_notes(lt, flow, source.meta, None))
    main.insert_pdf(annex)
    save(main, source.meta, HERE / "blind8_en_eca_subpoints_advice.pdf")
    styles = report_styles("sans", 10)
    styles["heading"] = replace(styles["p"], bold=True, align="center", after=8)
    styles["h2"] = replace(styles["h2"], size=10.5, before=12)
    styles["h3"] = replace(styles["h3"], bold=True, italic=False, before=8)
    t = ReportTemplate("Replies of the Commission — ECA special report 09/2024", footer="{n}", family="sans")
    build_report("blind8_en_eca_subpoints_response.txt", HERE / "blind8_en_eca_subpoints_response.pdf", t, styles)


def build_blind8() -> None:
    build_blind8_en_roman_margin()
    build_blind8_nl_kamerbrief_verhalend()
    build_blind8_en_eca_subpoints()


# --------------------------------------------------------------------------------------------------
# blind pairs, round 9 (see tests/docs/README.md)


def build_blind9_nl_kaders() -> None:
    """An advice whose six recommendations stand in shaded boxes 'Aanbevelingen bij hoofdstuk N' at the end of
    chapters 2-4, numbered 1-6 straight through the boxes, between a numbered list of advice questions, a numbered
    list of bottlenecks and a shaded example box; a ministry letter that quotes each recommendation in italics
    WITHOUT its number and answers in a paragraph opening with a bold 'Reactie:', a quoted finding that is no
    recommendation with its own 'Reactie:', and conditional replies ('mits', 'sluit niet uit', 'tenzij',
    'niet oneens', 'ziet meerwaarde in … maar kiest er niet voor')."""
    styles = report_styles("sans", 10)
    styles["boxhead"] = replace(styles["h2"], size=10.5, leading=14, indent=14, before=16, after=6, color=RIJKSBLAUW)
    styles["boxitem"] = replace(styles["p"], bold=True, indent=14, hang=18, after=6)
    styles["boxex"] = replace(styles["p"], size=9, leading=12.5, indent=14, italic=True, before=12, after=14)
    t = ReportTemplate("Raad voor Ruimte, Energie en Infrastructuur  |  Wachten op stroom", footer="{n}", family="sans")
    source = parse((SRC / "blind9_nl_kaders_advice.txt").read_text(encoding="utf-8"), styles)
    doc = render(t, source, source.meta, None)
    for first, last, fill in (
        ("Aanbevelingen bij hoofdstuk 2", "kabeltracés die netbeheerders", (0.88, 0.94, 0.9)),
        ("Voorbeeld: de Kempen", "alsnog worden aangesloten", (0.95, 0.95, 0.95)),
        ("Aanbevelingen bij hoofdstuk 3", "verwachting kan worden aangesloten", (0.88, 0.94, 0.9)),
        ("Aanbevelingen bij hoofdstuk 4", "bedrijvigheid op elkaar afstemt", (0.88, 0.94, 0.9)),
    ):
        pno = next(i for i, pg in enumerate(doc) if pg.search_for(first))
        shade_block(doc, pno, first, last, fill)
    save(doc, source.meta, HERE / "blind9_nl_kaders_advice.pdf")
    kgg_sender = [
        "Ministerie van Klimaat en\nGroene Groei",
        "Bezuidenhoutseweg 73",
        "2594 AC Den Haag",
        "Postbus 20401",
        "2500 EK Den Haag",
        "www.rijksoverheid.nl/kgg",
    ]
    date, ref = "25 juni 2024", "KGG/24184520"
    t2 = LetterTemplate(
        ministries=["Ministerie van Klimaat en", "Groene Groei"],
        senders=[kgg_sender],
        side_later=[("Datum", date), ("Kenmerk", ref)],
        side_first_extra=[("Kenmerk", ref), ("Uw kenmerk", "-")],
        head=[("Datum", date), ("Betreft", 'Kabinetsreactie op het advies "Wachten op\nstroom"')],
        addressee=["Aan de Voorzitter van de", "Tweede Kamer der Staten-Generaal", "Postbus 20018", "2500 EA Den Haag"],
        return_address="> Retouradres Postbus 20401 2500 EK Den Haag",
    )
    styles = letter_styles()
    styles["h2"] = replace(styles["h2"], bold=True, before=8)
    styles["p"] = replace(styles["p"], after=10)
    build_letter("blind9_nl_kaders_response.txt", HERE / "blind9_nl_kaders_response.pdf", t2, styles)


def build_blind9_en_short_titles() -> None:
    """An advice whose seven recommendations are numbered by theme '1.1'-'3.2' with a bold short title
    ('**A right to a break.** The Government should …'), in a report whose own sections are also numbered '2.1'-'2.3',
    after a numbered list of what carers said; a response that is a two-column ruled table 'Recommendation |
    Response' naming each recommendation ONLY by its short title (no numbers), a long response cell running onto the
    next page with the deciding sentence there, 3.2 unanswered and a last row 'Other issues raised by the Review'."""
    styles = report_styles("serif", 10.5)
    styles["recitem"] = replace(styles["p"], indent=0, hang=30, after=7)
    t = ReportTemplate("Time to Breathe — Independent Review of Short Breaks for Unpaid Carers", footer="{n}")
    build_report("blind9_en_short_titles_advice.txt", HERE / "blind9_en_short_titles_advice.pdf", t, styles)
    styles = report_styles("sans", 10)
    styles["h1"] = replace(styles["h1"], size=14, leading=18)
    t = ReportTemplate("Time to Breathe: Government response", footer="{n}", family="sans")
    source = parse((SRC / "blind9_en_short_titles_response.txt").read_text(encoding="utf-8"), styles)
    flow = TableFlow(t, source.notes, [130, 321], ["Recommendation", "Response"])
    flow.cell = Style(family="sans", size=9.5, leading=12.5, after=0)
    flow.add(source.blocks)
    render_table_flow(t, flow, source.meta, HERE / "blind9_en_short_titles_response.pdf")


def wrap_plain(src: str, width: int = 72) -> str:
    """A plain-text letter: each paragraph of the source wrapped to ``width`` columns, blocks of several lines
    (address, signature) kept as they are."""
    import textwrap

    out: list[str] = []
    for chunk in re.split(r"\n\s*\n", src.strip("\n")):
        rows = [ln.rstrip() for ln in chunk.split("\n") if not ln.startswith("%")]
        if len(rows) > 1:
            out.append("\n".join(rows))
        elif rows:
            out.append("\n".join(textwrap.wrap(rows[0], width)))
    return "\n\n".join(out) + "\n"


def build_blind9_en_points_txt() -> None:
    """An advice with recommendations 1.-6. after a numbered list of findings 1.-4.; a plain-text ministerial letter
    whose numbered points 1.-6. follow its own order, the mapping stated once in the introduction ('Our points 1 to
    5 below correspond to the Group's recommendations 2, 5, 3, 1 and 4 respectively'), point 6 answering none while
    recommendation 6 is unanswered; 'provided that', a bare 'Yes.', 'We see merit in … But'."""
    styles = report_styles("serif", 10.5)
    t = ReportTemplate("Second Chances — Youth Justice Advisory Group", footer="{n}")
    build_report("blind9_en_points_txt_advice.txt", HERE / "blind9_en_points_txt_advice.pdf", t, styles)
    text = wrap_plain((SRC / "blind9_en_points_txt_response.txt").read_text(encoding="utf-8"))
    write_if_changed(HERE / "blind9_en_points_txt_response.txt", text.encode("utf-8"))


def build_blind9() -> None:
    build_blind9_nl_kaders()
    build_blind9_en_short_titles()
    build_blind9_en_points_txt()


def main(argv: list[str]) -> int:
    build_kabinetsreactie()
    build_reconstruction()
    build_en_labelled()
    build_nl_twocol()
    build_en_conclusions()
    build_letter_txt()
    build_bad_inputs()
    build_blind()
    build_blind2()
    build_blind3()
    build_blind4()
    build_blind5()
    build_blind6()
    build_blind7()
    build_blind8()
    build_blind9()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
