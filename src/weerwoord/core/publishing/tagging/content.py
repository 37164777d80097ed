"""A PDF content stream cut into operations (operands + operator), each keeping its exact bytes."""

from __future__ import annotations

import re
from dataclasses import dataclass

WHITE = b"\x00\t\n\x0c\r "
DELIMS = b"()<>[]{}/%"
_REGULAR = re.compile(rb"[^\x00\t\n\x0c\r ()<>\[\]{}/%]+")
_NUMBER = re.compile(rb"[+-]?(\d+\.?\d*|\.\d+)")
_EI = re.compile(rb"[\x00\t\n\x0c\r ]EI(?=[\x00\t\n\x0c\r ()<>\[\]{}/%]|$)")


class ContentStreamError(ValueError):
    """A content stream that cannot be cut into operations (an unclosed string, an inline image without EI)."""


@dataclass(frozen=True)
class Token:
    """One lexical item: ``kind`` is number, name, string, hex, keyword (an operator or true/false/null), or one of
    the delimiters ``[`` ``]`` ``<<`` ``>>``; ``start:end`` its bytes in the stream."""

    kind: str
    raw: bytes
    start: int
    end: int

    def number(self) -> float:
        return float(self.raw)


@dataclass(frozen=True)
class Op:
    """One operation: its operator, its operands (flat: an array's tokens in between ``[`` and ``]``) and the bytes
    ``start:end`` from its first operand to its operator (an inline image: from BI to EI)."""

    operator: str
    operands: tuple[Token, ...]
    start: int
    end: int

    def numbers(self) -> list[float]:
        return [t.number() for t in self.operands if t.kind == "number"]


def _skip_string(data: bytes, i: int) -> int:
    """The index after the literal string that opens at ``data[i] == '('`` (nested parentheses, escapes)."""
    depth = 0
    n = len(data)
    while i < n:
        ch = data[i]
        if ch == 0x5C:  # backslash: the next byte is taken as it is (an escaped parenthesis, a digit, a newline)
            i += 2
            continue
        if ch == 0x28:
            depth += 1
        elif ch == 0x29:
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ContentStreamError("a string is not closed")


def tokens(data: bytes) -> list[Token]:
    """The tokens of ``data`` (comments dropped); an inline image's data is one token of kind ``image``."""
    out: list[Token] = []
    i, n = 0, len(data)
    while i < n:
        ch = data[i]
        if ch in WHITE:
            i += 1
        elif ch == 0x25:  # % comment to the end of the line
            while i < n and data[i] not in b"\r\n":
                i += 1
        elif ch == 0x28:
            end = _skip_string(data, i)
            out.append(Token("string", data[i:end], i, end))
            i = end
        elif data.startswith(b"<<", i) or data.startswith(b">>", i):
            out.append(Token(data[i : i + 2].decode(), data[i : i + 2], i, i + 2))
            i += 2
        elif ch == 0x3C:
            end = data.find(b">", i)
            if end < 0:
                raise ContentStreamError("a hex string is not closed")
            out.append(Token("hex", data[i : end + 1], i, end + 1))
            i = end + 1
        elif ch in b"[]{}":
            out.append(Token(chr(ch), data[i : i + 1], i, i + 1))
            i += 1
        elif ch == 0x3E:
            raise ContentStreamError("a '>' outside a hex string")
        elif ch == 0x2F:
            m = _REGULAR.match(data, i + 1)
            end = m.end() if m else i + 1
            out.append(Token("name", data[i:end], i, end))
            i = end
        else:
            m = _REGULAR.match(data, i)
            assert m is not None  # ch is neither white space nor a delimiter
            raw = m.group(0)
            kind = "number" if _NUMBER.fullmatch(raw) else "keyword"
            out.append(Token(kind, raw, i, m.end()))
            i = m.end()
            if raw == b"ID":  # inline image data: one white-space byte, then anything up to white space + EI
                found = _EI.search(data, i + 1)
                if found is None:
                    raise ContentStreamError("an inline image has no EI")
                out.append(Token("image", data[i + 1 : found.start()], i + 1, found.start()))
                out.append(Token("keyword", b"EI", found.start() + 1, found.end()))
                i = found.end()
    return out


_OPERANDS = {b"true", b"false", b"null"}


def operations(data: bytes) -> list[Op]:
    """The operations of ``data`` in order; an inline image (BI … ID data EI) is one operation ``BI``."""
    out: list[Op] = []
    pending: list[Token] = []
    image: list[Token] | None = None
    for token in tokens(data):
        if image is not None:
            image.append(token)
            if token.kind == "keyword" and token.raw == b"EI":
                out.append(Op("BI", tuple(image[1:-1]), image[0].start, token.end))
                image = None
            continue
        if token.kind != "keyword" or token.raw in _OPERANDS:
            pending.append(token)
            continue
        if token.raw == b"BI":
            if pending:
                raise ContentStreamError("operands before BI")
            image = [token]
            continue
        start = pending[0].start if pending else token.start
        out.append(Op(token.raw.decode("latin-1"), tuple(pending), start, token.end))
        pending = []
    if image is not None:
        raise ContentStreamError("an inline image is not closed")
    if pending:
        raise ContentStreamError("operands without an operator at the end")
    return out
