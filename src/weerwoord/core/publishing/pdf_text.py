"""Text copied from a PDF that Weerwoord wrote reads as plain letters: ligature glyphs mapped back to their letters."""
# mypy: allow-untyped-calls

from __future__ import annotations

import re

import pymupdf

from weerwoord.core.reading.page_lines import LIGATURES  # the ligatures the reader spells out

_RANGE = re.compile(r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]+>|\[[^\]]*\])")
_CHAR = re.compile(r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>")


def _utf16(hexes: str) -> str:
    if len(hexes) % 4:  # not UTF-16 (MuPDF writes a character beyond the BMP as its code point): one character
        value = int(hexes, 16)
        return chr(value) if value <= 0x10FFFF else "\ufffd"
    return bytes.fromhex(hexes).decode("utf-16-be", errors="replace")


def _hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def cmap_mapping(cmap: str) -> dict[int, str]:
    """The glyph code → text of a ToUnicode CMap (bfrange and bfchar entries)."""
    mapping: dict[int, str] = {}
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for lo, hi, dst in _RANGE.findall(block):
            a, b = int(lo, 16), int(hi, 16)
            if dst.startswith("["):
                for i, item in enumerate(re.findall(r"<([0-9a-fA-F]+)>", dst)):
                    mapping[a + i] = _utf16(item)
            else:
                first = _utf16(dst[1:-1])
                for i in range(b - a + 1):
                    mapping[a + i] = first[:-1] + chr(ord(first[-1]) + i) if first else ""
    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for src, dst in _CHAR.findall(block):
            mapping[int(src, 16)] = _utf16(dst)
    return mapping


def plain_cmap(cmap: str) -> str | None:
    """The CMap again with every ligature spelled out (``ﬁ`` → ``fi``); None when it has none."""
    mapping = cmap_mapping(cmap)
    if not any(ch in LIGATURES for text in mapping.values() for ch in text):
        return None
    spelled = {code: "".join(LIGATURES.get(ch, ch) for ch in text) for code, text in sorted(mapping.items())}
    codes = list(spelled)
    head = cmap[: cmap.index("begincodespacerange")]
    space = re.search(r"begincodespacerange.*?endcodespacerange", cmap, re.S)
    parts = [head, space.group(0) if space else "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange", "\n"]
    for i in range(0, len(codes), 100):
        chunk = codes[i : i + 100]
        parts.append(f"{len(chunk)} beginbfchar\n")
        parts.extend(f"<{code:04x}> <{_hex(spelled[code])}>\n" for code in chunk)
        parts.append("endbfchar\n")
    parts.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
    return "".join(parts)


def spell_out_ligatures(doc: pymupdf.Document) -> int:
    """Rewrite the ToUnicode maps of ``doc``'s fonts so copied text has no ligature code points; how many."""
    done: set[int] = set()
    for index in range(doc.page_count):
        page = doc[index]
        for font in page.get_fonts(full=True):
            kind, value = doc.xref_get_key(font[0], "ToUnicode")
            if kind != "xref":
                continue
            xref = int(value.split()[0])
            if xref in done:
                continue
            done.add(xref)
            fixed = plain_cmap(doc.xref_stream(xref).decode("latin-1"))
            if fixed is not None:
                doc.update_stream(xref, fixed.encode("latin-1"))
    return len(done)
