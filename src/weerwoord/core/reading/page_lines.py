"""Printed lines: the line and page model, a line built from PyMuPDF's spans, words cleaned, and what a
line's text tells (a list label, a sentence end, a numbered title)."""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from weerwoord.core.model import Block, Rect, union
from weerwoord.core.reading.grid import Pieced

LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}


SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"


TERMINAL = tuple(".!?:;…")


CLOSERS = "\"'”’»)]*_"


ROMAN = "(?:XV|XIV|XI{0,3}|IX|VI{0,3}|IV|I{1,3})"  # list numbers I–XV


# "VK-01", an audit's code with a dash ("FG-2025-01": with its year; "A-1", a finding's letter and a number)
DASH_CODE_PATTERN = r"[A-Z]{1,3}-(?:(?:19|20)\d\d-)?\d{1,3}"
DASH_CODE = re.compile(rf"{DASH_CODE_PATTERN}[.):]?")
DOTTED_CODE = r"[A-Z]{1,3}\d{1,2}\.\d{1,2}"  # a code of capitals and a point's number under its part: "BR2.3"
# the signs a list's items are set with (a bullet, a square, a triangle, an arrow, a tick, a dash)
BULLETS = "•·▪◦‣∙●○■□◆◇❖→➔➜➢➤►▶▸▹▻⇒✓✔⁃–\\-"
BULLET_SIGN = re.compile(rf"[{BULLETS}]")  # one of them: ``BULLET_SIGN.fullmatch(label)``
LABEL_RE = re.compile(
    rf"^(?:\(?\d{{1,2}}[a-z]?[.)°]|\d{{1,2}}\.\d{{1,2}}\.|\(\d{{1,2}}[a-z]?\)|\(?[a-z][.)]|\([a-z]\)|\([A-H]\)|\(?[ivx]{{1,4}}[.)]|[{BULLETS}›»>]"
    # (and a code with a dash; "#3", a youth council's numbered block)
    # (or a theme's letter and a number: "A.1", "B.3", a farmers' council's points by theme)
    # (or a reference with the point's number, set in a column of its own: "AHT/25/01", a harbour trust's report)
    rf"|[A-Z]{{1,2}}\d{{1,2}}[a-z]?[.):]?|[A-H]\.\d{{1,2}}|{DASH_CODE_PATTERN}[.):]?|{ROMAN}[.)]|#\d{{1,2}}"
    rf"|{DOTTED_CODE}"  # (an inspection's points per bridge, "BR2.3")
    r"|[A-Z]{2,4}(?:/\d{2,4}){1,2}/\d{1,3}"
    # (or a code in square brackets: "[A1]", an exam board's recommendations beside its findings "[B1]")
    r"|\[[A-Z]{1,2}\d{1,2}[a-z]?\])$"
)


PAGE_NUMBER_RE = re.compile(
    r"^(?:(?:pagina|page|blz\.?|p\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:van|of|/|de)\s*\d{1,4})?$", re.I
)


SUSPENDED = {"en", "of", "and", "or", "tot", "to", "nor", "noch"}


NUMBERED_TITLE = re.compile(
    r"^(?:aanbeveling(?:en)?|recommendations?|advies|conclusie|conclusion|hoofdstuk|chapter|paragraaf|section|"
    r"bijlage|annex|vraag|question)\s+\(?\d",
    re.I,
)


@dataclass
class Line:
    """One printed line: its words (text, rectangle), size and style."""

    page: int
    bbox: Rect
    words: list[tuple[str, Rect]]
    size: float
    bold: bool
    italic: bool
    rotated: bool = False
    plain: bool = False  # words known to be non-empty plain ASCII: nothing in them to clean
    id: int = 0
    role: str = "body"  # body | furniture | footnote
    column: int = 0
    word_lines: list[int] | None = None  # per word, the id of the printed line it came from
    opens_bold: bool = False  # its first words are bold (a bold sentence that runs on in plain type)
    # where a line mixes bold and plain type: the left and right edges of its bold spans (a bold sentence inside a
    # plain paragraph); empty where the line is set in one weight, which ``bold`` tells
    bold_x: tuple[tuple[float, float], ...] = ()

    @property
    def text(self) -> str:
        return " ".join([w for w, _ in self.words])

    @property
    def height(self) -> float:
        return self.bbox[3] - self.bbox[1]


@dataclass
class PageLines:
    number: int
    width: float
    height: float
    lines: list[Line]
    tables: list[list[list[Rect]]] = field(default_factory=list)  # ruled tables: rows of cell rectangles
    boxes: list[Rect] = field(default_factory=list)  # drawn boxes narrower than the page (a shaded box beside text)
    # the page's plain text from the same TextPage, when asked for (read_document's plain_pages)
    text: str | None = None
    # on a page without ruled tables, rules across drawn in pieces (grid.pieced_rules): a table carried over from the
    # page before, perhaps, once the pages are read (reader)
    pieced: list[Pieced] = field(default_factory=list)


def make_line(
    page: int, bbox: Sequence[float], spans: list[dict[str, Any]], words: list[tuple[str, Rect]], direction: Any
) -> Line:
    """Build a :class:`Line` from PyMuPDF's spans and words; footnote markers in superscript are dropped."""
    sizes: dict[float, int] = {}  # a plain dict: this runs for every line of every page
    bold = italic = 0
    total = 0
    first_bold: bool | None = None
    last_bold = False
    bold_x: list[tuple[float, float]] = []
    sup_boxes: list[tuple[str, Rect]] = []
    for s in spans:
        marker = s.get("text", "").strip()
        n = len(marker)
        if not n:
            continue
        flags = int(s.get("flags", 0))
        if flags & 1 and (marker.isdigit() or (len(marker) <= 2 and marker.isalpha() and marker.islower())):
            # a footnote marker (¹ or ᵃ) raised above the line
            x0, y0, x1, y1 = s["bbox"]
            sup_boxes.append((marker, (x0, y0, x1, y1)))
            continue
        key = round(float(s.get("size", 0)) * 2) / 2
        sizes[key] = sizes.get(key, 0) + n
        total += n
        font_bold, font_italic = _font_style(s.get("font", ""))
        last_bold = bool(flags & 16 or font_bold)
        if first_bold is None:
            first_bold = last_bold
        if last_bold:
            bold += n
            bold_x.append((float(s["bbox"][0]), float(s["bbox"][2])))
        if flags & 2 or font_italic:
            italic += n
    if sup_boxes:
        words = _drop_markers(words, sup_boxes)
    if len(spans) > 1:
        words = _split_at_type_changes(words, spans)
    if words and RUN_ON_LABEL.match(words[0][0]):
        words = [*_label_apart(words[0]), *words[1:]]
    size = max(sizes, key=sizes.__getitem__) if sizes else 0.0  # the first of the most common, as Counter
    dx, dy = (direction or (1, 0))[:2]
    rotated = abs(dy) > 0.1 or dx < 0
    r: Rect = (float(bbox[0]), float(bbox[1]), float(bbox[2]), float(bbox[3]))
    # a bold lead-in that the line runs on from in plain type ("Aanbeveling 2.2 (rekenmethode). Het kabinet …")
    # starts a paragraph; the line is no bold heading, however long the lead-in
    run_in = bool(first_bold) and not last_bold
    is_bold = total > 0 and bold > total / 2 and not run_in
    # whether the words need cleaning is told here, while pages are read (in two processes at the command line)
    texts = [w for w, _ in words]
    plain = all(texts) and "".join(texts).isascii()
    return Line(
        page,
        r,
        list(words),
        size,
        is_bold,
        total > 0 and italic > total / 2,
        rotated,
        plain,
        opens_bold=bool(first_bold),
        bold_x=tuple(bold_x) if 0 < bold < total else (),
    )


# a list's label run on into its text with no space, its text in small letters: "VII.de schouw na afloop …" (a
# label wider than the space its list keeps for it); not "V.S." nor "7.5"
RUN_ON_LABEL = re.compile(rf"^((?:{ROMAN}|\d{{1,2}})\.)([a-zà-ÿ]{{2,}}[,;:]?)$")


def _label_apart(word: tuple[str, Rect]) -> list[tuple[str, Rect]]:
    """A word that is a label and a word run together, as two words, the rectangle shared by their letters."""
    text, (x0, y0, x1, y1) = word
    m = RUN_ON_LABEL.match(text)
    assert m is not None
    at = x0 + (x1 - x0) * len(m.group(1)) / len(text)
    return [(m.group(1), (x0, y0, at, y1)), (m.group(2), (at, y0, x1, y1))]


@functools.cache
def _font_style(font: str) -> tuple[bool, bool]:
    """Bold and italic by the font's name (a document uses a handful of fonts over thousands of spans)."""
    name = str(font).lower()
    return ("bold" in name or "black" in name or "heavy" in name), ("italic" in name or "oblique" in name)


def _split_at_type_changes(words: list[tuple[str, Rect]], spans: list[dict[str, Any]]) -> list[tuple[str, Rect]]:
    """The words with one that runs over a change of type into a capital split there: a label set in its own font
    right against its text, with no space between ("Aanbeveling 2025/1" in a bold sans, "Ik beveel het College aan
    …" in a serif: MuPDF reads "2025/1Ik"). A change inside a word into a small letter (a drop capital) stays."""
    cuts: list[tuple[float, str, str]] = []  # (where the next span starts, the word's part before, the part after)
    for a, b in itertools.pairwise(spans):
        ta, tb = a.get("text", ""), b.get("text", "")
        if not ta.strip() or not tb.strip() or ta[-1].isspace() or tb[0].isspace() or not tb[0].isupper():
            continue
        if a.get("font") == b.get("font") and abs(float(a.get("size", 0)) - float(b.get("size", 0))) < 0.3:
            continue
        before, after = ta.split()[-1], tb.split()[0]
        if len(before) == 1 or after.isupper():
            continue  # (small capitals: "W" then "ET" a size smaller is one word, "WET")
        cuts.append((float(b["bbox"][0]), before, after))
    if not cuts:
        return words
    out: list[tuple[str, Rect]] = []
    for text, rect in words:
        cut = next(
            (
                c
                for c in cuts
                if rect[0] < c[0] < rect[2] and text.startswith(c[1]) and text[len(c[1]) :].startswith(c[2])
            ),
            None,
        )
        if cut is None:
            out.append((text, rect))
            continue
        x = cut[0]
        out.append((text[: len(cut[1])], (rect[0], rect[1], x, rect[3])))
        out.append((text[len(cut[1]) :], (x, rect[1], rect[2], rect[3])))
    return out


def _drop_markers(words: list[tuple[str, Rect]], sups: list[tuple[str, Rect]]) -> list[tuple[str, Rect]]:
    out = []
    for text, rect in words:
        for digits, box in sups:
            if _overlaps(rect, box):
                if text == digits:
                    text = ""
                elif text.endswith(digits) and not text[: -len(digits)][-1:].isdigit():
                    text = text[: -len(digits)]
        if text:
            out.append((text, rect))
    return out


def _overlaps(a: Rect, b: Rect) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


# a square or cubic unit, whose power is no footnote marker: "km²", "m³" (and "km²," at a clause's end)
_UNIT_POWER = re.compile(r"^(?:[kcmd]?m|ft|in|mi)[²³][,.;:)]?$")


def _unit_power(word: str) -> bool:
    return bool(_UNIT_POWER.match(word))


def clean_word(word: str, plain_text: bool) -> str:
    """Normalise one word: ligatures, soft hyphens inside, odd hyphens, Markdown emphasis in plain text."""
    if not plain_text and word.isascii():
        return word  # nothing below changes plain ASCII (most words): skip the work
    if any(ch in LIGATURES for ch in word):
        word = "".join(LIGATURES.get(ch, ch) for ch in word)
    word = unicodedata.normalize("NFC", word)
    if "\u00ad" in word[:-1]:
        word = word[:-1].replace("\u00ad", "") + word[-1]
    if len(word) > 1 and word[-1] in SUPERSCRIPTS and word.rstrip(SUPERSCRIPTS) and not _unit_power(word):
        word = word.rstrip(SUPERSCRIPTS)  # a footnote marker glued to the word
    word = word.replace("\u2010", "-").replace("\u2011", "-").replace("\ufeff", "")
    if plain_text:
        # Markdown emphasis left by the extractor: *Inzet voor …*, **Ministerie …**, _term_
        word = re.sub(r"\*+|(?<!\w)_+|_+(?!\w)", "", word)
        if word and set(word) <= set("#>-") and len(word) > 1:
            return ""
    return word


def markdown_style(line: Line) -> None:
    """In extracted text, *emphasis* and **strong** around a whole line stand for italic and bold."""
    words = [w for w, _ in line.words]
    if words and is_label(words[0]) and len(words) > 1:
        words = words[1:]
    raw = " ".join(words).rstrip(".:")
    if raw.startswith("**") and raw.endswith("**") and len(raw) > 4:
        line.bold = True
    elif raw.startswith(("*", "_")) and raw.endswith(("*", "_")) and len(raw) > 2:
        line.italic = True


def is_label(word: str) -> bool:
    return bool(LABEL_RE.match(word))


def ends_sentence(text: str) -> bool:
    t = text.rstrip().rstrip(CLOSERS)
    return t.endswith(TERMINAL)


# a sentence closed by a tag in brackets: "… the deficiencies found. (Recommendation 5)", "… (Paragraph 19)"
TAGGED_END = re.compile(r"[.!?;]\s*\([^()]{1,60}\)\s*$")


def closes_sentence(text: str) -> bool:
    """Whether ``text`` ends a sentence, also when a tag in brackets follows its full stop."""
    return ends_sentence(text) or bool(TAGGED_END.search(text[-80:]))


def one_line(b: Block) -> bool:
    """Whether a block was printed on one line."""
    return len({p.line for p in b.run.pieces}) == 1


def few_words(text: str, n: int) -> bool:
    """``len(text.split()) <= n`` without splitting all of a long text (a paragraph over hundreds of pages)."""
    return len(text.split(maxsplit=n)) <= n


def norm_key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def bold_ranges(ln: Line) -> tuple[tuple[float, float], ...]:
    """The left and right edges of a line's bold type: its bold spans, or the whole line set in bold."""
    if ln.bold_x:
        return ln.bold_x
    return ((ln.bbox[0], ln.bbox[2]),) if ln.bold else ()


def word_line_ids(ln: Line) -> list[int]:
    return list(ln.word_lines) if ln.word_lines is not None else [ln.id] * len(ln.words)


def union_rect(rects: list[Rect]) -> Rect:
    return union(rects) if rects else (0.0, 0.0, 0.0, 0.0)


def table_area(table: list[list[Rect]]) -> Rect:
    """The rectangle a table's cells cover."""
    return union_rect([c for row in table for c in row])


def centred_in(ln: Line, area: Rect) -> bool:
    """Whether a line's middle stands inside ``area`` (a table's lines, whatever spills over its cells)."""
    cx, cy = (ln.bbox[0] + ln.bbox[2]) / 2, (ln.bbox[1] + ln.bbox[3]) / 2
    return area[0] <= cx <= area[2] and area[1] <= cy <= area[3]
