"""What the briefing laid out where: the structure elements of each section's HTML and their rectangles on the
pages, as Story reports them, so a piece of drawn text can be told which element it belongs to."""
# mypy: allow-untyped-calls

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from weerwoord.core.publishing.tagging.marking import ARTIFACT

# HTML element -> PDF structure type; an element not named here (span, b, br, tbody…) adds no element of its own
ROLES = {
    "h1": "H1",
    "h2": "H2",
    "h3": "H3",
    "h4": "H4",
    "h5": "H5",
    "h6": "H6",
    "p": "P",
    "div": "Div",
    "blockquote": "BlockQuote",
    "table": "Table",
    "tr": "TR",
    "th": "TH",
    "td": "TD",
    "ul": "L",
    "ol": "L",
    "li": "LI",
}
HEADINGS = frozenset({"H1", "H2", "H3", "H4", "H5", "H6"})
DECORATION = range(0x25A0, 0x2600)  # geometric shapes: a verdict's coloured square says nothing its word does not
LABEL_REACH = 36.0  # a list item's bullet is drawn this far left of the item at most

Box = tuple[float, float, float, float]


@dataclass
class Element:
    """One structure element: its type, its parent's index (None for the document) and its depth in the tree."""

    role: str
    parent: int | None
    depth: int


@dataclass
class _Placed:
    element: int
    box: Box
    depth: int
    order: int


@dataclass
class Layout:
    """The elements of the whole briefing (index 0 is the Document) and where each was placed on which page."""

    elements: list[Element] = field(default_factory=lambda: [Element("Document", None, 0)])
    stray: int = 0  # how many pieces of text were found outside every laid-out element
    _placed: dict[int, list[_Placed]] = field(default_factory=dict)
    _labels: dict[int, list[tuple[Box, int]]] = field(default_factory=dict)  # page -> a list item's box, its Lbl
    _regions: dict[int, list[tuple[Box, int | None]]] = field(default_factory=dict)
    _content: dict[str, int] = field(default_factory=dict)  # HTML id -> the element its own text goes to
    _label: dict[str, int] = field(default_factory=dict)  # a list item's HTML id -> its Lbl
    _stray: int | None = None
    _headings: list[tuple[int, int]] = field(default_factory=list)  # the open headings: HTML level, level here

    def _add(self, role: str, parent: int | None) -> int:
        depth = 0 if parent is None else self.elements[parent].depth + 1
        if role in HEADINGS:  # in reading order, each heading one level below the nearest higher one before it
            level = int(role[1])
            while self._headings and self._headings[-1][0] >= level:
                self._headings.pop()
            role = f"H{self._headings[-1][1] + 1 if self._headings else 1}"
            self._headings.append((level, int(role[1])))
        self.elements.append(Element(role, parent, depth))
        return len(self.elements) - 1

    def section(self, story: Any) -> SectionLayout:
        """A section (Sect) for ``story``, its elements numbered by ids set on its HTML (before it is placed)."""
        sect = self._add("Sect", 0)
        ids: list[str] = []
        for node, element, label in _walk(story.body, sect, self):
            html_id = f"ww-tag-{len(self._content)}"
            node.set_attribute("id", html_id)
            self._content[html_id] = element
            if label is not None:
                self._label[html_id] = label
            ids.append(html_id)
        return SectionLayout(self, ids)

    def role(self, key: int) -> str:
        return self.elements[key].role

    def key_at(self, page: int, x: float, y: float) -> int:
        """The element the text at (x, y) on ``page`` (page coordinates, y down) belongs to, or ARTIFACT."""
        inside = [p for p in self._placed.get(page, []) if _contains(p.box, x, y)]
        if inside:
            return max(inside, key=lambda p: (p.depth, p.order)).element
        for box, label in self._labels.get(page, []):
            if box[1] <= y <= box[3] and box[0] - LABEL_REACH <= x < box[0]:
                return label
        for box, key in self._regions.get(page, []):  # a piece carried on from the page before
            if key is not None and _contains(box, x, y):
                return key
        self.stray += 1
        if self._stray is None:
            self._stray = self._add("P", 0)
        return self._stray


@dataclass
class SectionLayout:
    """One section's story: call ``placed`` after each ``Story.place`` that is drawn."""

    layout: Layout
    ids: list[str]  # in document order
    _last: int | None = None  # the element opened last so far: a piece at the top of the next page carries it on

    def placed(self, story: Any, page: int, where: Any) -> None:
        layout = self.layout
        box = (float(where.x0), float(where.y0), float(where.x1), float(where.y1))
        layout._regions.setdefault(page, []).append((box, self._last))
        order = {html_id: i for i, html_id in enumerate(self.ids)}
        seen: list[tuple[int, str]] = []

        def note(position: Any) -> None:
            html_id = position.id
            if html_id not in order or not position.open_close & 1:
                return
            rect = tuple(float(v) for v in position.rect)
            element = layout._content[html_id]
            depth = layout.elements[element].depth if element != ARTIFACT else 1000
            placed = _Placed(element, (rect[0], rect[1], rect[2], rect[3]), depth, order[html_id])
            layout._placed.setdefault(page, []).append(placed)
            if html_id in layout._label:
                layout._labels.setdefault(page, []).append((placed.box, layout._label[html_id]))
            if element != ARTIFACT:
                seen.append((order[html_id], html_id))

        story.element_positions(note)
        if seen:
            self._last = layout._content[max(seen)[1]]


def _contains(box: Box, x: float, y: float) -> bool:
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _text(node: Any) -> str:
    parts: list[str] = []
    child = node.first_child
    while child is not None:
        parts.append(child.text or "" if child.is_text else _text(child))
        child = child.next
    return "".join(parts)


def _walk(node: Any, parent: int, layout: Layout) -> Iterator[tuple[Any, int, int | None]]:
    """The HTML elements under ``node`` that get an id, each with the element its own text goes to (and a list
    item's Lbl); adds the structure elements to ``layout`` (a list item: LI, with Lbl for its bullet and LBody)."""
    child = node.first_child
    while child is not None:
        if child.is_text:
            child = child.next
            continue
        tag = (child.tagname or "").lower()
        role = ROLES.get(tag)
        if role == "LI":
            item = layout._add("LI", parent)
            label = layout._add("Lbl", item)
            body = layout._add("LBody", item)
            yield child, body, label
            yield from _walk(child, body, layout)
        elif role is not None:
            element = layout._add(role, parent)
            yield child, element, None
            yield from _walk(child, element, layout)
        else:
            text = _text(child).strip()
            if text and all(ord(ch) in DECORATION or ch.isspace() for ch in text):
                yield child, ARTIFACT, None
            else:
                yield from _walk(child, parent, layout)
        child = child.next
