"""XFDF in and out: numbers that are no numbers, characters XML cannot hold."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from weerwoord.core.publishing.xfdf import XfdfAnnot, import_xfdf, to_xfdf

HOSTILE = """<?xml version="1.0" encoding="UTF-8"?>
<xfdf xmlns="http://ns.adobe.com/xfdf/"><annots>
<text page="0" rect="10,20,30,40" width="thick" opacity="nan" coords="1,2,x,4"><contents>kept</contents></text>
<square page="0" rect="10,20,inf,40"><contents>no place</contents></square>
<highlight page="one" rect="10,20,30,40"><contents>no page</contents></highlight>
<circle page="0" rect="1e400,2,3,4" fringe="a,b,c,d"><contents>overflow</contents></circle>
<ink page="1" rect="1,2,3,4" width="2" opacity="0.5" fringe="1,1,1,1"><contents>fine</contents></ink>
</annots></xfdf>
"""


def test_invalid_numbers_leave_out_what_cannot_be_placed_and_nothing_raises(tmp_path: Path) -> None:
    path = tmp_path / "review.xfdf"
    path.write_text(HOSTILE, encoding="utf-8")
    annots = import_xfdf(path)
    assert [a.contents for a in annots] == ["kept", "fine"]
    kept, fine = annots
    assert (kept.width, kept.opacity, kept.coords) == (None, None, ())
    assert (fine.width, fine.opacity, fine.fringe) == (2.0, 0.5, (1.0, 1.0, 1.0, 1.0))


def test_characters_xml_cannot_hold_are_left_out_of_what_is_written() -> None:
    note = XfdfAnnot(
        "text", 0, (1, 2, 3, 4), title="Ann\x0cie", contents="page\x0cbreak, bell\x07, tab\tand\nline \udcff"
    )
    root = ET.fromstring(to_xfdf([note], "advice.pdf").encode("utf-8"))
    (text,) = root.iter("{http://ns.adobe.com/xfdf/}text")
    assert text.get("title") == "Annie"
    assert text.findtext("{http://ns.adobe.com/xfdf/}contents") == "pagebreak, bell, tab\tand\nline "
