"""Bad and unusual inputs made at test time: a 5,000-page PDF, active content, a broken cross-reference table; and
memory taken on purpose, for the memory guard."""

from __future__ import annotations

import mmap
import re
from pathlib import Path

import pymupdf

DOCS = Path(__file__).resolve().parents[1] / "docs"
GOOD_ADVICE = DOCS / "en_conclusions_advice.pdf"
GOOD_RESPONSE = DOCS / "en_conclusions_response.pdf"

PARAGRAPH = (
    "The committee met again to discuss the state of the archive and the progress of the work",
    "programme. It noted that the figures for this quarter are in line with those of last year and",
    "that no further action is needed at this stage. The minutes of the meeting are kept in the",
    "register and can be consulted by members on request.",
)


def many_pages_pdf(path: Path, pages: int = 5000) -> Path:
    """A plain PDF of ``pages`` pages, each a heading and three short paragraphs, written directly (fast)."""
    body = ["BT /F1 14 Tf 72 780 Td (Minutes of the committee) Tj ET", "BT /F1 10 Tf 13 TL 72 740 Td"]
    for _ in range(3):
        body.extend(f"({line}) '" for line in PARAGRAPH)
        body.append("() '")
    body.append("ET")
    shared = "\n".join(body).encode("latin-1")
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # the page tree, filled in below
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(shared) + shared + b"\nendstream",
    ]
    kids = []
    for n in range(1, pages + 1):
        number = f"BT /F1 8 Tf 290 40 Td ({n}) Tj ET".encode()
        objects.append(b"<< /Length %d >>\nstream\n" % len(number) + number + b"\nendstream")
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents [4 0 R %d 0 R] >>" % (len(objects))
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Count %d /Kids [" % pages + b" ".join(kids) + b"] >>"
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


def active_content_pdf(path: Path, source: Path = GOOD_ADVICE) -> Path:
    """A copy of a good advice with JavaScript run on opening, links and an embedded file."""
    doc = pymupdf.open(source)
    js = doc.get_new_xref()
    doc.update_object(js, "<< /S /JavaScript /JS (app.alert\\('opened'\\);) >>")
    doc.xref_set_key(doc.pdf_catalog(), "OpenAction", f"{js} 0 R")
    page = doc[0]
    page.insert_link({"kind": pymupdf.LINK_URI, "uri": "https://example.org/", "from": pymupdf.Rect(72, 72, 200, 90)})
    page.insert_link({"kind": pymupdf.LINK_GOTO, "page": 1, "from": pymupdf.Rect(72, 100, 200, 118)})
    doc.embfile_add("data.txt", b"embedded file", filename="data.txt")
    doc.save(path)
    doc.close()
    return path


def broken_xref_pdf(path: Path, source: Path = GOOD_ADVICE) -> Path:
    """A good advice whose cross-reference table points at the wrong places (MuPDF has to repair it)."""
    data = pymupdf.open(source).tobytes(garbage=0, deflate=True, no_new_id=True)
    start = data.rfind(b"\nxref\n") + 1  # the table, not the "xref" of "startxref"
    table = data[start:]
    # every offset in the table points 1,000 bytes too far, and startxref into the middle of an object
    table = re.sub(rb"(\d{10}) (\d{5}) n", lambda m: b"%010d %s n" % (int(m.group(1)) + 1000, m.group(2)), table)
    table = re.sub(rb"startxref\s+(\d+)", lambda m: b"startxref\n%d" % (int(m.group(1)) // 2), table)
    path.write_bytes(data[:start] + table)
    return path


def hostile_pdf(path: Path, source: Path = GOOD_ADVICE) -> Path:
    """A copy of a good advice with every kind of active content: JavaScript (on opening, document-level, in a
    link and in an outline entry), a Launch and a SubmitForm link, additional actions on a page, an embedded file
    and a file attachment; and a web link and a page link that must stay."""
    doc = pymupdf.open(source)
    cat = doc.pdf_catalog()
    js = doc.get_new_xref()
    doc.update_object(js, "<< /Type /Action /S /JavaScript /JS (app.alert\\('opened'\\);) >>")
    doc.xref_set_key(cat, "OpenAction", f"{js} 0 R")
    names = doc.get_new_xref()
    doc.update_object(names, f"<< /Names [(init) {js} 0 R] >>")
    doc.xref_set_key(cat, "Names", f"<< /JavaScript {names} 0 R >>")
    page = doc[0]
    page.insert_link({"kind": pymupdf.LINK_URI, "uri": "https://example.org/", "from": pymupdf.Rect(72, 72, 200, 90)})
    page.insert_link({"kind": pymupdf.LINK_GOTO, "page": 1, "from": pymupdf.Rect(72, 100, 200, 118)})
    page.insert_link({"kind": pymupdf.LINK_LAUNCH, "file": "/bin/sh", "from": pymupdf.Rect(72, 130, 200, 148)})
    doc.xref_set_key(page.xref, "AA", "<< /O << /S /JavaScript /JS (app.beep\\(0\\);) >> >>")
    for rect, action in (
        ((72, 160, 200, 178), "<< /S /SubmitForm /F << /FS /URL /F (https://example.org/collect) >> >>"),
        ((72, 190, 200, 208), "<< /S /JavaScript /JS (this.exportDataObject\\({cName: 'data.txt'}\\);) >>"),
    ):
        link = doc.get_new_xref()
        doc.update_object(
            link, f"<< /Type /Annot /Subtype /Link /Rect [{' '.join(map(str, rect))}] /Border [0 0 0] /A {action} >>"
        )
        annots = doc.xref_get_key(page.xref, "Annots")[1]
        doc.xref_set_key(page.xref, "Annots", annots[:-1] + f" {link} 0 R]")
    doc.embfile_add("data.txt", b"embedded file", filename="data.txt")
    page.add_file_annot(pymupdf.Point(300, 300), b"attached", "attached.txt")
    doc.set_toc([[1, "Start", 1], [1, "Script", 2]])
    outlines = int(doc.xref_get_key(cat, "Outlines")[1].split()[0])
    last = int(doc.xref_get_key(outlines, "Last")[1].split()[0])
    doc.xref_set_key(last, "A", "<< /S /JavaScript /JS (app.alert\\(1\\);) >>")
    doc.save(path)
    doc.close()
    return path


def deep_outline_pdf(path: Path, depth: int = 5000, source: Path = GOOD_ADVICE) -> Path:
    """A good advice whose outline is nested ``depth`` levels deep (each entry the only child of the one above)."""
    doc = pymupdf.open(source)
    items = [doc.get_new_xref() for _ in range(depth)]
    root = doc.get_new_xref()
    doc.update_object(root, f"<< /Type /Outlines /First {items[0]} 0 R /Last {items[0]} 0 R /Count 1 >>")
    page = doc[0].xref
    for i, xref in enumerate(items):
        parent = root if i == 0 else items[i - 1]
        child = f"/First {items[i + 1]} 0 R /Last {items[i + 1]} 0 R /Count 1" if i + 1 < depth else ""
        dest = f"/Dest [{page} 0 R /XYZ 0 800 0]"
        doc.update_object(xref, f"<< /Title (Level {i}) /Parent {parent} 0 R {child} {dest} >>")
    doc.xref_set_key(doc.pdf_catalog(), "Outlines", f"{root} 0 R")
    doc.save(path)
    doc.close()
    return path


def resident_ballast(mb: int) -> mmap.mmap:
    """``mb`` megabytes of fresh memory made resident: an anonymous mapping with every page written, which the
    allocator cannot serve from memory an earlier test freed and kept (a bytearray may get exactly that, and then the
    process's resident size does not grow). Close it when done."""
    ballast = mmap.mmap(-1, mb * 2**20)
    for at in range(0, mb * 2**20, mmap.PAGESIZE):
        ballast[at] = 1
    return ballast
