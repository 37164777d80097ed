"""Lines grouped into blocks (paragraphs, list items, headings) and their words joined into one run, hyphenation
undone."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from contextvars import ContextVar

from weerwoord.core.model import Block, BlockKind, Piece, TextRun
from weerwoord.core.reading.page_lines import (
    BULLET_SIGN,
    SUSPENDED,
    Line,
    bold_ranges,
    closes_sentence,
    ends_sentence,
    is_label,
)


def paragraph_line_gap(pages: list[list[Line]]) -> float:
    """The usual white space between two lines of one paragraph (the lower quartile of line gaps)."""
    gaps = []
    for lines in pages:
        for a, b in itertools.pairwise(lines):
            ab, bb = a.bbox, b.bbox
            lh = max(ab[3] - ab[1], bb[3] - bb[1], 1.0)
            g = bb[1] - ab[3]
            if -lh < g < 2 * lh and a.column == b.column:
                gaps.append(g)
    if not gaps:
        return 0.0
    gaps.sort()
    # capped: in a document of one-line paragraphs every gap is a paragraph gap
    heights = sorted([ln.bbox[3] - ln.bbox[1] for lines in pages for ln in lines])
    return min(gaps[len(gaps) // 4], 0.25 * heights[len(heights) // 2])


def paragraphs(lines: list[Line], body_size: float, plain_text: bool, normal_gap: float = 0.0) -> list[Block]:
    """Group consecutive lines into blocks. Every line of a document passes here, so what a group's first line
    tells (a list label, a heading) and its running style and word count are kept, not recomputed per line."""
    groups: list[list[Line]] = []
    group: list[Line] = []
    prev: Line | None = None
    first_label = first_heading = uniform = False  # what the group's first line, group[0], tells
    group_words = 0
    group_right = 0.0  # the right edge of the group's widest line
    for ln in lines:
        label = is_label(ln.words[0][0]) or (not plain_text and hanging_number(ln))
        if prev is None:
            new = True
        else:
            b, pb = ln.bbox, prev.bbox
            gap = b[1] - pb[3]
            h, ph = b[3] - b[1], pb[3] - pb[1]
            lh = h if h > ph else ph
            if lh < 1.0:
                lh = 1.0
            slack = 0.25 * lh
            limit = normal_gap + (slack if slack > 2.0 else 2.0)
            style, prev_style = (ln.bold, ln.italic), (prev.bold, prev.italic)
            # a long line that ends mid-sentence wraps onto the next, however wide the leading (1.5 line spacing)
            # and though the sentence set in bold runs on in plain type ("… na publicatie in | het Staatsblad. Dat …")
            wraps = (
                len(prev.words) >= 8
                and gap <= 0.8 * lh
                and ln.page == prev.page
                and ln.column == prev.column
                and abs(ln.size - prev.size) < 0.5
                and (abs(b[0] - pb[0]) < 3 or (len(group) == 1 and first_label and abs(b[0] - prev.words[1][1][0]) < 3))
                and not closes_sentence(prev.text)
                and not prev.text.rstrip().endswith(":")
                and not label
                and not _stops_short(group_right, prev, ln)
                # (a bold line as wide as the text wraps onto a line that opens in bold and runs on in plain
                # type; a heading is narrower: "R4 and R5 – Training and safety checks" over "Accepted. Both …")
                and (
                    style == prev_style
                    or ln.text[:1].islower()
                    or (prev.bold and ln.opens_bold and len(prev.words) >= 10 and pb[2] - pb[0] >= 0.85 * (b[2] - b[0]))
                    # (a plain line runs on into a line that opens in plain type and turns bold: "… rose to | 11
                    # percent. **The supervisor should …**")
                    or (not prev.bold and not prev.bold_x and ln.bold_x != () and not ln.opens_bold)
                )
            )
            new = (
                not wraps
                and (
                    ln.page != prev.page
                    or ln.column != prev.column  # joined again later when the sentence runs on
                    or gap > (0.45 * lh if 0.45 * lh > limit else limit)
                    or gap < -lh
                    # more white space than between the lines of a paragraph
                    or (gap > limit and (ends_sentence(prev.text) or (first_label and len(group) <= 2)))
                    # … or after a line that stops well short of the paragraph's width ("… Vander Kolk (2). CARRIED"
                    # in minutes, a vote's outcome closing a resolution with no full stop)
                    or (gap > limit and _stops_short(group_right, prev, ln))
                    # … or, with no more space, after a sentence's end that stops short, a line opening with a label in
                    # bold run in ("… reported to me | each month." / "**PRA-R3.** We accept this recommendation.")
                    or (
                        ln.opens_bold
                        and not ln.bold
                        and not prev.bold
                        and ends_sentence(prev.text)
                        and _stops_short(group_right, prev, ln)
                    )
                    or abs(ln.size - prev.size) > 0.12 * (ln.size if ln.size > prev.size else prev.size)
                    # a short title line in a type a little apart (small capitals, half a point smaller) over the
                    # paragraph it titles: "Foot pursuit policy" over "The Department concurs. …"
                    or (
                        len(group) == 1
                        and len(prev.words) <= 8
                        and abs(ln.size - prev.size) >= 0.4
                        and pb[2] - pb[0] < 0.5 * (b[2] - b[0])
                        and not ends_sentence(prev.text)
                        and ln.text[:1].isupper()
                    )
                    or (
                        ln.bold != prev.bold
                        and not plain_text
                        and (ln.bold or first_heading)
                        # (not a bold sentence that opens at the end of a plain line and runs on: "… The Panel
                        # recommends that the | Commissioner reconsiders … (Recommendation 3)")
                        and not (ln.bold and _runs_on_in_bold(prev))
                        # (nor a line going on with the sentence, turning bold after its first word: "… aan te" /
                        # "trekken. **We raden het college daarom aan**")
                        and not (
                            ln.text[:1].islower()
                            and not ln.opens_bold
                            and len(ln.words) >= 3
                            and not closes_sentence(prev.text)
                        )
                    )
                    # a bold sub-heading a point smaller under a bold heading ("4. Proposed response" in 12 pt over
                    # "Reporting empty homes" in 11 pt): the lines of one heading share their size
                    or (ln.bold and prev.bold and abs(ln.size - prev.size) >= 0.5 and first_heading)
                    # a one-line heading in another style (italic subject headings in letters)
                    or (
                        style != prev_style
                        and uniform
                        and (prev.bold or prev.italic)
                        and group_words <= 25
                        and not ends_sentence(prev.text)
                    )
                    # a new list item (a dash inside a running sentence is not one)
                    or (
                        label
                        and len(ln.words) > 1
                        and not _suspended(prev)
                        and (ends_sentence(prev.text) or prev.text.rstrip().endswith(",") or first_label)
                        and not _inline_list_goes_on(group, ln.words[0][0])
                    )
                    or (first_heading and not _is_heading_like(ln, body_size))
                    # an outdent after an indented passage (a quotation) starts a new block
                    or (len(group) >= 2 and b[0] < pb[0] - 8 and abs(group[-2].bbox[0] - pb[0]) < 2)
                    # text left of a list item's label is no longer part of the item
                    or (first_label and b[0] < group[0].bbox[0] - 3)
                )
            )
        if new:
            group = [ln]
            groups.append(group)
            first_label = label
            first_heading = _is_heading_like(ln, body_size)
            uniform = True
            group_words = len(ln.words)
            group_right = ln.bbox[2]
        else:
            group.append(ln)
            uniform = uniform and (ln.bold, ln.italic) == (group[0].bold, group[0].italic)
            group_words += len(ln.words)
            group_right = ln.bbox[2] if ln.bbox[2] > group_right else group_right
        prev = ln
    return [_block(g, body_size, plain_text) for g in groups]


def _stops_short(group_right: float, prev: Line, ln: Line) -> bool:
    """Whether a paragraph's last line so far stops well short of its widest line (``group_right``, its right edge)
    and of the next: its end, full stop or not."""
    right = ln.bbox[2] if ln.bbox[2] > group_right else group_right
    return prev.bbox[2] < right - 0.15 * (right - prev.bbox[0])


_INLINE_LETTER = re.compile(r"^\(([a-h])\)$")


def _inline_list_goes_on(group: list[Line], label: str) -> bool:
    """Whether a line's label ("(c)") goes on a list run inline in the paragraph so far ("… in te zetten voor: (a)
    een bewaartermijn …; (b) een verplichte controle …;"): the label before it stands inside a line, not at its
    start."""
    m = _INLINE_LETTER.match(label)
    if m is None or m.group(1) == "a":
        return False
    before = f"({chr(ord(m.group(1)) - 1)})"
    return any(before in (w for w, _ in g.words[1:]) for g in group)


def _suspended(prev: Line) -> bool:
    """The previous line ends with a hyphen that the next line's word completes (e.g. '4-' + '5.')."""
    return prev.words[-1][0].endswith("-")


def _runs_on_in_bold(prev: Line) -> bool:
    """Whether a line ends in the middle of a sentence set in bold from somewhere along it (its last word bold, no
    sentence ended): the next line, all bold, goes on with that sentence."""
    ranges = bold_ranges(prev)
    if not ranges or prev.bold or ends_sentence(prev.text):
        return False
    last = prev.words[-1][1]
    return any(x0 - 1 <= last[0] and last[2] <= x1 + 1 for x0, x1 in ranges)


def _is_heading_like(ln: Line, body_size: float) -> bool:
    return (ln.bold or ln.size >= body_size * 1.12) and len(ln.words) <= 25


def _block(lines: list[Line], body_size: float, plain_text: bool) -> Block:
    run, label = lines_to_run(lines, hanging=not plain_text)  # a text file's spaces are no hanging indent
    text = run.text
    words = sum(len(ln.words) for ln in lines)
    size = Counter(ln.size for ln in lines).most_common(1)[0][0]
    bold = sum(len(ln.words) for ln in lines if ln.bold) > words / 2
    italic = sum(len(ln.words) for ln in lines if ln.italic) > words / 2
    if plain_text:
        raw = " ".join(ln.text for ln in lines)
        bold = bold or raw.startswith("**")
    kind: BlockKind = "paragraph"
    one_line_styled = len(lines) == 1 and (bold or italic) and len(text.split()) <= 14 and not ends_sentence(text)
    styled_heading = (bold or size >= body_size * 1.12) and len(text.split()) <= 25
    # (not a question after a bullet, a web page's questions and answers: "▸ Wanneer wordt het programma geëvalueerd?")
    faq = len(lines) == 1 and BULLET_SIGN.fullmatch(label) is not None and text.rstrip().endswith("?")
    if styled_heading and label and ends_sentence(text) and size < body_size * 1.12 and not faq:
        styled_heading = False  # a numbered sentence in bold is a list item (a recommendation), not a heading
    if (
        styled_heading
        and (len(lines) > 1 or words >= 14)
        and ends_sentence(text)
        and words >= 12
        and size < body_size * 1.12
    ):
        # a sentence in bold over several lines is a bold paragraph (a recommendation); so is a long one on a line
        # of its own ("Costings of every new measure worth more than EUR 50 million should be published on …")
        styled_heading = False
    if styled_heading and text[:1].islower() and ends_sentence(text) and size < body_size * 1.12:
        # a bold line that opens in small letters and closes a sentence ends one begun on the page before
        # ("ceilings set in the previous Budget."), no heading
        styled_heading = False
    if styled_heading or one_line_styled:
        kind = "heading"  # a numbered heading keeps its number in ``label``
    elif label:
        kind = "item"
    bold_lead = lines[0].bold or lines[0].opens_bold
    spans = _bold_spans(lines, run, label) if kind != "heading" else ()
    return Block(kind, run, size, bold, italic, label, lines[0].bbox[0], bold_lead=bold_lead, bold_spans=spans)


def _bold_spans(lines: Sequence[Line], run: TextRun, label: str) -> tuple[tuple[int, int], ...]:
    """The stretches of a block's text set in bold, where it mixes bold and plain type: each word is bold where
    its middle falls in a bold span of its line. ``run`` has one piece per word after the label (lines_to_run)."""
    if not any(ln.bold_x for ln in lines) and len({ln.bold for ln in lines}) == 1:
        return ()
    flags: list[bool] = []
    for k, ln in enumerate(lines):
        ranges = bold_ranges(ln)
        words = ln.words[1:] if k == 0 and label else ln.words
        flags.extend(any(a <= (r[0] + r[2]) / 2 <= b for a, b in ranges) for _, r in words)
    if len(flags) != len(run.pieces) or all(flags) or not any(flags):
        return ()  # (a word the reader dropped or joined: no telling which is which)
    out: list[tuple[int, int]] = []
    for piece, bold in zip(run.pieces, flags, strict=True):
        if not bold:
            continue
        if out and out[-1][1] >= piece.start - 1:
            out[-1] = (out[-1][0], piece.end)
        else:
            out.append((piece.start, piece.end))
    return tuple(out)


SEPARATORS = ("|", "│", "·")  # set between a label and its text or title


def lines_to_run(lines: Sequence[Line], hanging: bool = True, labels: bool = True) -> tuple[TextRun, str]:
    """Join the words of consecutive lines into one run, undoing hyphenation; split off a list label (unless
    ``labels`` is false: a table's later cell keeps what opens it, "S1: de zijdeur wordt vervangen …").

    Every printed word of a document passes here: one text join per line, and pieces made with
    ``tuple.__new__`` (half the cost of calling the named tuple). A ``map``/``zip`` version was slower: a line
    has too few words to repay building its iterators.
    """
    parts: list[str] = []
    pieces: list[Piece] = []
    offset = 0
    label = ""
    new = tuple.__new__
    add_piece = pieces.append
    for k, ln in enumerate(lines):
        words = ln.words
        n = len(words)
        i = 0
        if k == 0 and n > 1 and labels and is_label(words[0][0]):
            label = words[0][0]
            i = 2 if n > 2 and words[1][0] in SEPARATORS else 1  # (and the bar after it: "A1 | Vluchtwegen")
        elif k == 0 and hanging and hanging_number(ln):
            label = words[0][0].strip("[]") + "."  # a hanging "3" (or margin number "[3]") numbers its item as "3."
            i = 1
        if i >= n:
            continue
        word_lines = ln.word_lines
        line_id = ln.id
        page = ln.page
        text, rect = words[i]
        if parts:
            joined = False
            if i == 0 and k:
                prev = parts[-1]
                joined, prev_new = hyphen_join(prev, text)
                if joined and len(prev_new) != len(prev):
                    cut = len(prev) - len(prev_new)
                    parts[-1] = prev_new
                    offset -= cut
                    last = pieces[-1]
                    pieces[-1] = new(Piece, (last.start, last.end - cut, last.page, last.rect, last.line))
            if not joined:
                parts.append(" ")
                offset += 1
        end = offset + len(text)
        add_piece(new(Piece, (offset, end, page, rect, word_lines[i] if word_lines is not None else line_id)))
        offset = end
        if i + 1 == n:
            parts.append(text)
            continue
        # the line's last word stays a part of its own: the next line may join it (hyphenation)
        parts.append(" ".join([text, *[w for w, _ in words[i + 1 : n - 1]]]))
        parts.append(" ")
        parts.append(words[n - 1][0])
        if word_lines is None:
            for w, rect in words[i + 1 :]:
                offset += 1
                end = offset + len(w)
                add_piece(new(Piece, (offset, end, page, rect, line_id)))
                offset = end
        else:
            for j in range(i + 1, n):
                w, rect = words[j]
                offset += 1
                end = offset + len(w)
                add_piece(new(Piece, (offset, end, page, rect, word_lines[j])))
                offset = end
    return TextRun("".join(parts), pieces), label


# a margin number in square brackets, as advisory councils number their paragraphs ("[12]   De Woonraad vraagt …")
_MARGIN_NUMBER = re.compile(r"\[\d{1,3}\]")


def hanging_number(ln: Line) -> bool:
    """A bare number hanging before its text ("1   Leg in de Wmo …", "[12]   De raad vraagt …"): one or two
    digits, or up to three in square brackets, then white space wider than a word space (a tab or a hanging indent),
    not a number in a sentence ("3 procent van …")."""
    words = ln.words
    if len(words) < 2:
        return False
    first = words[0][0]
    gap = words[1][1][0] - words[0][1][2]
    if len(first) == 1 and "a" <= first <= "z":
        # a bare letter hanging before its text ("a   The Department should …", an audit office's points): wider
        # apart than a word space, and not the article before a name ("a Member State")
        return gap >= 0.5 * ln.size and words[1][0][:1].isupper()
    if not (first.isdigit() and len(first) <= 2) and not _MARGIN_NUMBER.fullmatch(first):
        return False
    return gap >= 0.8 * ln.size and words[1][0][:1].isupper()


def hyphen_join(prev: str, nxt: str) -> tuple[bool, str]:
    """Whether ``prev`` (line end) and ``nxt`` (next line start) are one word; and ``prev`` as it then reads."""
    if prev.endswith("\u00ad"):
        return True, prev[:-1]
    if len(prev) < 2 or not prev.endswith("-") or not (prev[-2].isalnum()):
        return False, prev
    if nxt.lower() in SUSPENDED or not nxt[:1].isalnum():
        return False, prev
    if nxt[:1].isupper() or nxt[:1].isdigit() or prev[-2].isupper() or prev[-2].isdigit():
        return True, prev  # a real compound: NAVO-bondgenoten, Noord-Atlantische, F-35
    if "-" in prev[:-1]:
        return True, prev  # a compound that already had a hyphen: niet-kernwapen-staat
    if (prev + nxt.rstrip(TRAILING)).lower() in COMPOUNDS.get():
        return True, prev  # the document writes it with a hyphen elsewhere: "full-|time" is "full-time"
    return True, prev[:-1]


# the words a document writes with a hyphen inside a line ("full-time", "re-integratie"), set while it is read
# (layout.build): a hyphen at a line end in one of them is the word's own, not a break
COMPOUNDS: ContextVar[frozenset[str]] = ContextVar("compounds", default=frozenset())
TRAILING = ".,;:!?)’'\"”"
