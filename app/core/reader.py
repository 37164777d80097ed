"""Reading a file into the document model: words with rectangles, reading order, furniture set aside."""

from __future__ import annotations

import contextlib
import hashlib
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pymupdf

from app.core import layout
from app.core.errors import (
    AnalysisAborted,
    FileMissing,
    NotADocument,
    NoTextLayer,
    PasswordRequired,
    WrongPassword,
)
from app.core.guard import Guard, collector_paused
from app.core.language import detect_language
from app.core.model import Document, Rect

TEXT_SUFFIXES = {".txt", ".text", ".md"}
KNOWN_SUFFIXES = {".pdf", ".xps", ".oxps", ".epub", ".fb2", ".cbz", ".mobi"} | TEXT_SUFFIXES
# Reflowable inputs (plain text, EPUB) are laid out on A4 pages so every mark has a place on a page.
A4 = (595.0, 842.0)

ProgressFn = Callable[[int, int, str], None]

# MuPDF writes its complaints about damaged files to stdout; the program reports in its own words instead
pymupdf.TOOLS.mupdf_display_errors(False)
pymupdf.TOOLS.mupdf_display_warnings(False)


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def open_pdf(path: str | Path, password: str | None = None) -> pymupdf.Document:
    """Open a document with PyMuPDF, turning every failure into a plain-words error."""
    p = Path(path)
    name = p.name
    if not p.exists():
        raise FileMissing(f"The file {name} does not exist ({p}).", str(p))
    if p.is_dir():
        raise FileMissing(f"{name} is a folder, not a document.", str(p))
    try:
        size = p.stat().st_size
        with p.open("rb") as fh:
            head = fh.read(1024)
    except OSError as err:
        raise FileMissing(f"The file {name} cannot be read: {err.strerror or err}.", str(p)) from err
    if size == 0:
        raise NotADocument(f"The file {name} is empty (0 bytes).", str(p))
    suffix = p.suffix.lower()
    filetype: str | None = None
    if suffix in TEXT_SUFFIXES:
        filetype = "txt"
    elif suffix == ".pdf" and b"%PDF" not in head:
        if _looks_like_text(head):
            raise NotADocument(
                f"{name} is named .pdf but is not a PDF: it contains plain text. Rename it to .txt to read it as text.",
                str(p),
            )
        raise NotADocument(f"{name} is not a PDF: its contents are not a PDF document.", str(p))
    elif suffix not in KNOWN_SUFFIXES and _looks_like_text(head):
        filetype = "txt"
    try:
        doc = pymupdf.open(str(p), filetype=filetype) if filetype else pymupdf.open(str(p))
    except Exception as err:  # PyMuPDF raises several types for unreadable files
        raise NotADocument(
            f"{name} cannot be opened: it is damaged or not a document this program reads ({_short(err)}).",
            str(p),
        ) from err
    if doc.needs_pass:
        if not password:
            doc.close()
            raise PasswordRequired(f"{name} is protected with a password. Give the password to open it.", str(p))
        if not doc.authenticate(password):
            doc.close()
            raise WrongPassword(f"The password for {name} is not correct.", str(p))
    if doc.is_reflowable:
        with contextlib.suppress(Exception):  # keep PyMuPDF's own layout when it refuses ours
            doc.layout(width=A4[0], height=A4[1], fontsize=10)
    try:
        pages = doc.page_count
    except Exception as err:  # a damaged page tree: MuPDF says "Invalid number of pages"
        doc.close()
        raise NotADocument(f"{name} is damaged: its list of pages cannot be read ({_short(err)}).", str(p)) from err
    if pages == 0:
        doc.close()
        raise NotADocument(f"{name} has no pages: it is damaged or not a document.", str(p))
    return doc


def read_document(
    path: str | Path,
    password: str | None = None,
    *,
    progress: ProgressFn | None = None,
    cancelled: Callable[[], bool] | None = None,
    lang: str = "auto",
) -> Document:
    """Read ``path`` into a :class:`Document` (body blocks in reading order, furniture and footnotes apart)."""
    with collector_paused():
        return _read_document(Path(path), password, progress, cancelled, lang)


def _read_document(
    p: Path,
    password: str | None,
    progress: ProgressFn | None,
    cancelled: Callable[[], bool] | None,
    lang: str,
) -> Document:
    doc = open_pdf(p, password)
    guard = Guard(p)
    try:
        pages: list[layout.PageLines] = []
        n = doc.page_count
        for i in range(n):
            if cancelled is not None and cancelled():
                raise AnalysisAborted("The analysis was cancelled.")
            try:
                page = extract_page(doc[i], i + 1)
            except (AnalysisAborted, MemoryError):
                raise
            except Exception as err:
                raise NotADocument(f"Page {i + 1} of {p.name} cannot be read ({_short(err)}).", str(p)) from err
            pages.append(page)
            guard.add_words(sum(len(line.words) for line in page.lines))
            guard.check(i + 1, n)
            if progress is not None:
                progress(i + 1, n, f"Reading {p.name}")
        words = sum(len(line.words) for pg in pages for line in pg.lines)
        if words == 0:
            if any(_has_images(doc[i]) for i in range(min(n, 5))):
                raise NoTextLayer(
                    f"{p.name} has no text layer — it looks scanned. Text recognition (OCR) is not built in; "
                    "run the file through an OCR tool first.",
                    str(p),
                )
            raise NoTextLayer(f"{p.name} contains no text: its pages are blank.", str(p))
        try:
            title = (doc.metadata or {}).get("title") or ""
        except Exception:  # damaged metadata is no reason to refuse the text
            title = ""
        page_sizes = [(pg.width, pg.height) for pg in pages]
        reflowable = bool(doc.is_reflowable)
        repaired = bool(getattr(doc, "is_repaired", False))
    finally:
        doc.close()
    result = layout.build(pages, plain_text=reflowable, check=guard.check)
    text_sample = " ".join(b.text for b in result.blocks[:400])
    language = lang if lang in ("nl", "en") else detect_language(text_sample)
    if not title.strip():
        title = layout.guess_title(result.blocks) or p.stem
    return Document(
        path=str(p),
        sha256=sha256_of(p),
        title=" ".join(title.split()),
        page_count=len(pages),
        language=language,
        page_sizes=page_sizes,
        blocks=result.blocks,
        footnotes=result.footnotes,
        furniture=result.furniture,
        body_size=result.body_size,
        repaired=repaired,
    )


def extract_page(page: Any, number: int) -> layout.PageLines:
    """Lines of one page with their words, sizes and styles (one TextPage, two extractions)."""
    # vectors come along in the same pass, so a page without any drawing skips the search for ruled tables
    flags = pymupdf.TEXT_MEDIABOX_CLIP | pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_COLLECT_VECTORS
    tp = page.get_textpage(flags=flags)
    info = tp.extractDICT()
    words = tp.extractWORDS()
    by_line: dict[tuple[int, int], list[tuple[str, tuple[float, float, float, float]]]] = {}
    key: tuple[int, int] | None = None
    current: list[tuple[str, tuple[float, float, float, float]]] = []
    for w in words:  # in block, line, word order: group runs of one line without a lookup per word
        if (w[5], w[6]) != key:
            key = (w[5], w[6])
            current = by_line.setdefault(key, [])
        current.append((w[4], w[:4]))
    lines: list[layout.Line] = []
    drawn = False
    bno = -1  # the words number the text blocks only; the dict numbers the vector blocks too
    for block in info.get("blocks", []):
        if block.get("type", 0) != 0:
            drawn = drawn or block.get("type") == 3
            continue
        bno += 1
        for lno, line in enumerate(block.get("lines", [])):
            spans = line.get("spans", [])
            line_words = by_line.get((bno, lno), [])
            if not line_words or not spans:
                continue
            lines.append(layout.make_line(number, tuple(line["bbox"]), spans, line_words, line.get("dir", (1, 0))))
    rect = page.rect
    return layout.PageLines(number, rect.width, rect.height, lines, _ruled_tables(page) if drawn else [])


def _ruled_tables(page: Any) -> list[list[list[Rect]]]:
    """Cells (rows of rectangles) of the ruled tables on a page; only pages with enough ruling are searched."""
    try:
        drawings = page.get_drawings()
    except Exception:
        return []
    rules = sum(1 for d in drawings for item in d.get("items", ()) if item and item[0] in ("l", "re"))
    if rules < 8:
        return []
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # PyMuPDF prints advice about its layout package here
            found = page.find_tables(strategy="lines")
    except Exception:
        return []
    tables: list[list[list[Rect]]] = []
    for table in found.tables:
        if table.row_count < 2 or table.col_count < 2:
            continue
        rows = []
        for row in table.rows:
            cells = [tuple(c) if c else None for c in row.cells]
            if any(cells):
                rows.append([c for c in cells if c])
        tables.append(rows)
    return tables


def _has_images(page: Any) -> bool:
    try:
        return bool(page.get_images())
    except Exception:
        return False


def _looks_like_text(head: bytes) -> bool:
    if not head or b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        try:
            head[:-4].decode("utf-8")
        except UnicodeDecodeError:
            return False
    printable = sum(32 <= b < 127 or b in (9, 10, 13) or b >= 128 for b in head)
    return printable / len(head) > 0.95


def _short(err: BaseException) -> str:
    text = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    return text[:120]
