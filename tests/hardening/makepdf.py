"""Small hostile PDFs written byte by byte at test time: pages that ask too much, forms drawn many times."""

from __future__ import annotations

import zlib
from pathlib import Path


def write_pdf(path: Path, pages: list[bytes], forms: dict[str, bytes] | None = None, compress: bool = True) -> Path:
    """A PDF whose pages have the given content streams (Helvetica as /F1; ``forms`` as /XObject by name)."""
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # the page tree, filled in below
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]

    def stream(data: bytes, extra: bytes = b"") -> bytes:
        if compress:
            data = zlib.compress(data, 9)
            extra += b" /Filter /FlateDecode"
        return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"

    xobjects = b""
    for name, content in (forms or {}).items():
        objects.append(
            stream(
                content, b" /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
            )
        )
        xobjects += b"/%s %d 0 R " % (name.encode(), len(objects))
    kids = []
    for content in pages:
        objects.append(stream(content))
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >>"
            b" /XObject << %s>> >> /Contents %d 0 R >>" % (xobjects, len(objects))
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Count %d /Kids [" % len(pages) + b" ".join(kids) + b"] >>"
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def text_page(lines: list[str], size: float = 11) -> bytes:
    """Content that shows ``lines`` one under the other from the top of an A4 page."""
    body = [b"BT /F1 %g Tf %g TL 72 780 Td" % (size, size * 1.3)]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        body.append(b"(%s) '" % escaped.encode("cp1252"))
    body.append(b"ET")
    return b"\n".join(body)


def many_operations(count: int) -> bytes:
    """One page of ``count`` text operations, each on a line of its own (what costs MuPDF memory)."""
    ops = b"".join(b"1 0 0 1 %d %d Tm (ab) Tj\n" % (40 + (i * 37) % 500, 40 + (i * 53) % 760) for i in range(count))
    return b"BT /F1 6 Tf\n" + ops + b"ET"
