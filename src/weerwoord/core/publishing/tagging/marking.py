"""A page's content stream rewritten with marked content: each run of text in its structure element (``/P <</MCID
n>> BDC … EMC``), every other painted thing (rules, backgrounds, a footer's form) as ``/Artifact BMC … EMC``."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from weerwoord.core.publishing.tagging.content import ContentStreamError, Op, operations

ARTIFACT = -1  # the key of content that is not part of the document's structure (furniture, decoration)

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)

PATH_BUILD = frozenset({"m", "l", "c", "v", "y", "h", "re"})
PATH_PAINT = frozenset({"S", "s", "f", "F", "f*", "B", "B*", "b", "b*"})
PATH_END = PATH_PAINT | {"n"}
PAINTED = frozenset({"Do", "sh", "BI"})  # drawn outside text objects: an XObject, a shading, an inline image
SHOWN = frozenset({"Tj", "TJ", "'", '"'})
MARKING = frozenset({"BMC", "BDC", "EMC", "MP", "DP"})

# where text is, in the PDF's user space: (x, y) a point inside the first glyph, the font size -> a key
KeyAt = Callable[[float, float, float], int]


def multiply(a: Matrix, b: Matrix) -> Matrix:
    """``a`` then ``b`` (PDF's row-vector order)."""
    return (
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    )


def _translate(x: float, y: float) -> Matrix:
    return (1.0, 0.0, 0.0, 1.0, x, y)


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]


def _matrix(op: Op) -> Matrix:
    values = op.numbers()
    if len(values) != 6:
        raise ContentStreamError(f"{op.operator} needs six numbers")
    return (values[0], values[1], values[2], values[3], values[4], values[5])


@dataclass
class _Text:
    """The text state that says where a show operation puts its first glyph."""

    ctm: Matrix
    tm: Matrix = IDENTITY
    tlm: Matrix = IDENTITY
    size: float = 0.0
    leading: float = 0.0

    def line(self, tx: float, ty: float) -> None:
        self.tlm = multiply(_translate(tx, ty), self.tlm)
        self.tm = self.tlm

    def step(self, op: Op) -> bool:
        """Follow ``op``; whether it shows text."""
        name = op.operator
        if name == "Tf":
            values = op.numbers()
            self.size = values[-1] if values else self.size
        elif name == "TL":
            self.leading = op.numbers()[-1]
        elif name == "Tm":
            self.tm = self.tlm = _matrix(op)
        elif name in ("Td", "TD"):
            tx, ty = op.numbers()[-2:]
            if name == "TD":
                self.leading = -ty
            self.line(tx, ty)
        elif name in ("T*", "'", '"'):
            self.line(0.0, -self.leading)
        return name in SHOWN

    def where(self) -> tuple[float, float, float]:
        """A point a quarter em right of and a third em above the text origin, in user space; the font size there."""
        m = multiply(self.tm, self.ctm)
        x, y = _apply(m, self.size * 0.25, self.size * 0.33)
        return x, y, abs(self.size) * math.sqrt(abs(m[0] * m[3] - m[1] * m[2]))


@dataclass
class Marker:
    """Rewrites the content streams of one page in order; ``keys[mcid]`` is the key each MCID was given."""

    key_at: KeyAt
    role: Callable[[int], str]  # a key's structure type (P, H1, TD…)
    keys: list[int] = field(default_factory=list)
    ctm: Matrix = IDENTITY  # the graphics state goes on from one of the page's streams to the next
    stack: list[Matrix] = field(default_factory=list)
    _out: list[bytes] = field(default_factory=list)

    def _open(self, key: int) -> None:
        if key == ARTIFACT:
            self._out.append(b"/Artifact BMC")
            return
        self._out.append(f"/{self.role(key)} <</MCID {len(self.keys)}>> BDC".encode())
        self.keys.append(key)

    def mark(self, data: bytes) -> bytes:
        """``data`` with its text in marked-content sequences and its other painted content as artifacts."""
        ops = operations(data)
        self._out = []
        ctm, stack = self.ctm, self.stack
        artifact = False  # an artifact sequence is open (never across q, Q or BT)
        path: list[Op] = []
        i = 0
        while i < len(ops):
            op = ops[i]
            name = op.operator
            if name in MARKING:
                raise ContentStreamError("the stream is marked already")
            if path or name in PATH_BUILD:
                path.append(op)
                if name in PATH_END:
                    if name != "n" and not artifact:  # a path only clipping (W n) paints nothing
                        self._open(ARTIFACT)
                        artifact = True
                    self._out.extend(data[o.start : o.end] for o in path)
                    path = []
                i += 1
                continue
            if name in ("q", "Q", "BT") and artifact:
                self._out.append(b"EMC")
                artifact = False
            if name == "q":
                stack.append(ctm)
            elif name == "Q":
                ctm = stack.pop() if stack else IDENTITY
            elif name == "cm":
                ctm = multiply(_matrix(op), ctm)
            elif name in PAINTED and not artifact:
                self._open(ARTIFACT)
                artifact = True
            if name == "BT":
                end = next((j for j in range(i + 1, len(ops)) if ops[j].operator == "ET"), None)
                if end is None:
                    raise ContentStreamError("BT without ET")
                self._text(data, ops[i : end + 1], ctm)
                i = end + 1
                continue
            self._out.append(data[op.start : op.end])
            i += 1
        if path:
            raise ContentStreamError("a path is not painted")
        if artifact:
            self._out.append(b"EMC")
        self.ctm = ctm
        return b"\n".join(self._out) + b"\n"

    def _text(self, data: bytes, ops: Sequence[Op], ctm: Matrix) -> None:
        """One text object (BT … ET): each run of show operations with one key in its own sequence; the operations
        between two shows go with the show after them."""
        state = _Text(ctm)
        keys: list[int | None] = []
        for op in ops[1:-1]:
            keys.append(self.key_at(*state.where()) if state.step(op) else None)
        following: int | None = None
        for j in range(len(keys) - 1, -1, -1):  # a state operation takes the key of the next show
            if keys[j] is None:
                keys[j] = following
            following = keys[j]
        self._out.append(data[ops[0].start : ops[0].end])
        current: int | None = None
        for op, key in zip(ops[1:-1], keys, strict=True):
            if key != current:
                if current is not None:
                    self._out.append(b"EMC")
                if key is not None:
                    self._open(key)
                current = key
            self._out.append(data[op.start : op.end])
        if current is not None:
            self._out.append(b"EMC")
        self._out.append(data[ops[-1].start : ops[-1].end])
