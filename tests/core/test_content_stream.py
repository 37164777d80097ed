"""Content streams cut into operations and rewritten with marked content: strings, hex strings, inline images,
nesting with q/Q and text objects."""

from __future__ import annotations

import pytest

from weerwoord.core.publishing.tagging.content import ContentStreamError, operations, tokens
from weerwoord.core.publishing.tagging.marking import ARTIFACT, Marker


def test_strings_keep_their_parentheses_escapes_and_operators() -> None:
    data = rb"BT /F1 12 Tf (a (nested) \) ET BT [\( Tj) Tj <48 65> Tj [(x) -20 <79>] TJ ET"
    ops = operations(data)
    assert [op.operator for op in ops] == ["BT", "Tf", "Tj", "Tj", "TJ", "ET"]
    assert ops[2].operands[0].raw == rb"(a (nested) \) ET BT [\( Tj)"
    assert ops[3].operands[0].kind == "hex"
    assert [t.kind for t in ops[4].operands] == ["[", "string", "number", "hex", "]"]
    assert ops[1].numbers() == [12.0]


def test_dictionaries_names_comments_and_exact_bytes() -> None:
    data = b"/P <</MCID 3 /Alt (a>b)>> BDC % a comment ) (\n1 0 0 1 .5 -2. cm EMC"
    ops = operations(data)
    assert [op.operator for op in ops] == ["BDC", "cm", "EMC"]
    assert data[ops[0].start : ops[0].end] == b"/P <</MCID 3 /Alt (a>b)>> BDC"
    assert ops[1].numbers() == [1, 0, 0, 1, 0.5, -2.0]
    assert [t.raw for t in tokens(b"/a#20b/c")] == [b"/a#20b", b"/c"]


def test_inline_image_is_one_operation_whatever_its_bytes() -> None:
    image = b"AEIB(\xff>> ET Q\x01"  # binary data holding 'EI', an open string, '>>' and operators
    data = b"q BI /W 2 /H 2 /BPC 8 /CS /G ID " + image + b" EI Q"
    ops = operations(data)
    assert [op.operator for op in ops] == ["q", "BI", "Q"]
    assert ops[1].operands[-1].raw == image
    assert data[ops[1].start : ops[1].end].endswith(b"EI")


@pytest.mark.parametrize("data", [b"(open", b"<41", b"BI /W 1 ID xyz", b"1 2", b"a >"])
def test_broken_streams_are_refused(data: bytes) -> None:
    with pytest.raises(ContentStreamError):
        operations(data)


def _marker(keys: dict[tuple[int, int], int]) -> Marker:
    """A marker that gives text at a rounded point the key ``keys`` names, ARTIFACT elsewhere."""
    return Marker(lambda x, y, _size: keys.get((round(x), round(y)), ARTIFACT), lambda key: f"T{key}")


def test_text_runs_marked_by_key_and_paths_as_artifacts() -> None:
    data = (
        b"q 1 0 0 1 0 100 cm 0 0 10 10 re W n 1 0 0 rg 0 0 5 5 re f "
        b"BT /F1 10 Tf 1 0 0 1 10 0 Tm (a) Tj 0 20 Td (b) Tj 1 0 0 1 50 0 Tm (c) Tj ET Q q /Fm0 Do Q"
    )
    # the quarter/third em inside the first glyph: (x + 2.5, y + 3.3) in user space, after the cm
    marker = _marker({(12, 103): 7, (12, 123): 7, (52, 103): 8})
    out = marker.mark(data).split(b"\n")
    assert marker.keys == [7, 8]
    assert out == [
        b"q",
        b"1 0 0 1 0 100 cm",
        b"0 0 10 10 re",
        b"W",
        b"n",
        b"1 0 0 rg",
        b"/Artifact BMC",
        b"0 0 5 5 re",
        b"f",
        b"EMC",
        b"BT",
        b"/T7 <</MCID 0>> BDC",
        b"/F1 10 Tf",
        b"1 0 0 1 10 0 Tm",
        b"(a) Tj",
        b"0 20 Td",
        b"(b) Tj",
        b"EMC",
        b"/T8 <</MCID 1>> BDC",
        b"1 0 0 1 50 0 Tm",
        b"(c) Tj",
        b"EMC",
        b"ET",
        b"Q",
        b"q",
        b"/Artifact BMC",
        b"/Fm0 Do",
        b"EMC",
        b"Q",
        b"",
    ]
    assert operations(marker.mark(b"")) == []


def test_the_graphics_state_carries_on_to_the_next_stream_and_mcids_count_on() -> None:
    marker = _marker({(2, 803): 1})
    marker.mark(b"q 1 0 0 -1 0 842 cm")
    out = marker.mark(b"BT /F 10 Tf 1 0 0 -1 0 42 Tm (x) Tj ET")  # flipped: the glyph's inside is above y=42
    assert b"/T1 <</MCID 0>> BDC" in out and marker.keys == [1]
    marker.mark(b"BT /F 10 Tf 1 0 0 -1 0 42 Tm (y) ' ET Q")  # moved a line (TL 0): the same point
    assert marker.keys == [1, 1]


def test_a_stream_marked_already_is_refused() -> None:
    with pytest.raises(ContentStreamError):
        _marker({}).mark(b"/Artifact BMC 0 0 1 1 re f EMC")
