"""Reading a file into the document model: words with rectangles, reading order, furniture set aside."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import os
import re
import stat
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pymupdf

from app.core.errors import (
    AnalysisAborted,
    CertificateProtected,
    FileChanged,
    FileMissing,
    NotADocument,
    NotAFile,
    NoTextLayer,
    PasswordRequired,
    SameDocument,
    TextNotDecodable,
    WrongPassword,
)
from app.core.model import Document, Rect
from app.core.reading import layout, parallel
from app.core.reading.guard import Guard, collector_paused
from app.core.reading.language import detect_language

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


STILL_TRIES = 3  # reads of a file that changes while it is read, before giving up


def _identity(st: os.stat_result) -> tuple[int, int, int, int]:
    return (st.st_size, st.st_mtime_ns, st.st_ino, st.st_dev)


def _cannot_read(p: Path, err: OSError) -> FileMissing:
    name = p.name
    if err.errno == errno.ENAMETOOLONG:
        return FileMissing(
            f"The file name {name[:60]}… is too long for this system (a folder or file name may take 255 bytes).",
            str(p),
        )
    if isinstance(err, FileNotFoundError):
        return FileMissing(f"The file {name} does not exist ({p}).", str(p))
    return FileMissing(f"The file {name} cannot be read: {err.strerror or err}.", str(p))


def load_bytes(path: str | Path) -> bytes:
    """The whole file, read while it stood still: the same size, time and file under its name before and after.

    A file that changed meanwhile (still being saved or copied, replaced by a new version) is read again, up to
    :data:`STILL_TRIES` times; everything read from the file comes from these bytes, so a document is never a mix
    of two versions and its hash is that of the text analysed. A pipe or a device is refused before it is read
    (opening one could wait forever)."""
    p = Path(path)
    name = p.name
    try:
        st = p.stat()
    except OSError as err:
        raise _cannot_read(p, err) from err
    if stat.S_ISDIR(st.st_mode):
        raise FileMissing(f"{name} is a folder, not a document.", str(p))
    for _ in range(STILL_TRIES):
        try:
            # non-blocking: a name that became a pipe since it was looked at does not wait for a writer
            fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        except OSError as err:
            if isinstance(err, FileNotFoundError):
                raise FileChanged(f"{name} was removed while it was being opened.", str(p)) from err
            raise _cannot_read(p, err) from err
        with os.fdopen(fd, "rb") as fh:
            opened = os.fstat(fh.fileno())
            if not stat.S_ISREG(opened.st_mode):
                kind = "a pipe" if stat.S_ISFIFO(opened.st_mode) else "a device or socket"
                raise NotAFile(f"{name} is {kind}, not a file. Save the document as a file and open that.", str(p))
            try:
                data = fh.read()
                read = os.fstat(fh.fileno())
            except OSError as err:
                raise _cannot_read(p, err) from err
        try:
            now = p.stat()
        except FileNotFoundError:
            now = None  # removed after it was read: what was read is whole
        except OSError as err:
            raise _cannot_read(p, err) from err
        same = _identity(opened) == _identity(read) and len(data) == read.st_size
        if same and (now is None or _identity(now) == _identity(read)):
            return data
    raise FileChanged(
        f"{name} kept changing while it was being read. Wait until it is saved or copied completely, "
        "then open it again.",
        str(p),
    )


def _utf8_text(data: bytes) -> bytes:
    """Plain text as UTF-8 for MuPDF, which reads UTF-8 (and UTF-16 with a byte order mark) and takes any other
    byte for Latin-1: UTF-16 without a mark and Windows-1252 (curly quotes, €) are decoded here."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return data
    utf16 = _utf16_order(data)  # before UTF-8, which takes the zero bytes of ASCII in UTF-16 for characters
    if utf16:
        return data.decode(utf16, errors="replace").encode("utf-8")
    try:
        data.decode("utf-8")
        return data
    except UnicodeDecodeError:
        pass
    return data.decode("cp1252", errors="replace").encode("utf-8")


def _utf16_order(data: bytes) -> str | None:
    """``utf-16-le`` / ``-be`` when text without a byte order mark has zero bytes in every other place (the high
    bytes of Latin letters), else None."""
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd >= pairs * 0.4 and even <= pairs * 0.05:
        return "utf-16-le"
    if even >= pairs * 0.4 and odd <= pairs * 0.05:
        return "utf-16-be"
    return None


def _certificate_protected(data: bytes) -> bool:
    """Whether a PDF is encrypted for certificates (the public-key security handler) rather than a password."""
    return b"/Adobe.PubSec" in data  # the encryption dictionary is never compressed (PDF 32000 7.5.7)


def open_pdf(path: str | Path, password: str | None = None, expect_sha: str | None = None) -> pymupdf.Document:
    """Open a document with PyMuPDF, turning every failure into a plain-words error.

    ``expect_sha``: the hash of the version that was analysed; another version is refused (:class:`FileChanged`).
    """
    p = Path(path)
    data = load_bytes(p)
    if expect_sha is not None and hashlib.sha256(data).hexdigest() != expect_sha:
        raise FileChanged(
            f"{p.name} has changed since it was analysed. Open the pair again to analyse the new version.", str(p)
        )
    return _open(p, data, password)


def _open(p: Path, data: bytes, password: str | None) -> pymupdf.Document:
    name = p.name
    if not data:
        raise NotADocument(f"The file {name} is empty (0 bytes).", str(p))
    head = data[:1024]
    suffix = p.suffix.lower()
    filetype: str | None = suffix[1:] if suffix in KNOWN_SUFFIXES else None
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
    if filetype == "txt":
        data = _utf8_text(data)
    try:
        doc = pymupdf.open(stream=data, filetype=filetype) if filetype else pymupdf.open(stream=data)
    except Exception as err:  # PyMuPDF raises several types for unreadable files
        if _certificate_protected(data):
            raise _certificate(p) from err
        raise NotADocument(
            f"{name} cannot be opened: it is damaged or not a document this program reads ({_short(err)}).",
            str(p),
        ) from err
    if doc.needs_pass:
        if _certificate_protected(data):
            doc.close()
            raise _certificate(p)
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


def _certificate(p: Path) -> CertificateProtected:
    return CertificateProtected(
        f"{p.name} is encrypted for the certificates (digital IDs) of certain people, not with a password; "
        "Weerwoord cannot open such files. Ask the sender for a copy without this protection, or save one "
        "from a program that holds your certificate.",
        str(p),
    )


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
        reading = _Reading(Path(path), password)
        try:
            reading.extract(0, reading.n, progress, cancelled)
            return reading.finish(lang)
        finally:
            reading.close()


def read_pair(
    advice: str | Path,
    response: str | Path,
    advice_password: str | None = None,
    response_password: str | None = None,
    *,
    lang: str = "auto",
    share_pages: bool = True,
) -> tuple[Document, Document]:
    """Read an advice and its response: the same two documents as :func:`read_document` gives.

    With ``share_pages`` a forked helper process (:mod:`app.core.reading.parallel`, where that is safe) reads pages of
    both: the advice's from the back while this process reads them from the front, then the response's from
    the front while this process lays out the advice and then reads the response's from the back. Pages are
    taken one at a time, so whichever process runs faster reads more; this process lays out both documents.
    A document's errors are raised in the same order as reading them one after the other (of two damaged
    pages of one document, the one found first).
    """
    with collector_paused():
        first = _Reading(Path(advice), advice_password)
        try:
            second = _Reading(Path(response), response_password)
        except BaseException:
            first.close()
            raise
        job: parallel.Job | None = None
        shares: list[parallel.Claims] = []
        try:
            refuse_same(first.path, first.data, second.path, second.data)
            if share_pages and first.n + second.n >= parallel.MIN_PAGES and parallel.available():
                shares = [parallel.Claims(first.n), parallel.Claims(second.n)]
                job = parallel.start(
                    _help_read,
                    str(first.path),
                    advice_password,
                    str(second.path),
                    response_password,
                    *shares,
                    first.data,
                    second.data,
                )
            if job is None:
                first.extract(0, first.n)
                advice_doc = first.finish(lang)
                second.extract(0, second.n)
                return advice_doc, second.finish(lang)
            exchange = _Exchange(job, (first, second))
            first.extract_shared(shares[0], from_back=False, between=exchange.collect)
            exchange.wait_for(0)
            first.fill_in()
            advice_doc = first.finish(lang, between=exchange.collect)  # the response's pages come in meanwhile
            second.extract_shared(shares[1], from_back=True, between=exchange.collect)
            exchange.wait_for(1)
            second.fill_in()
            return advice_doc, second.finish(lang)
        finally:
            if job is not None:
                job.stop()
            for share in shares:
                share.close()
            first.close()
            second.close()


def refuse_same(advice: Path, advice_data: bytes, response: Path, response_data: bytes) -> None:
    """Raise :class:`SameDocument` when the advice and the response are one file, or two copies of one: compared
    with itself, every recommendation would be its own reply."""
    if advice_data != response_data:
        return
    same_file = False
    with contextlib.suppress(OSError):
        same_file = os.path.samefile(advice, response)
    if same_file:
        raise SameDocument(
            f"The advice and the response are the same file ({advice.name}). Give the advisory report first and "
            "the government's response second."
        )
    raise SameDocument(
        f"{advice.name} and {response.name} have the same content: the advice and the response must be two "
        "different documents."
    )


def refuse_same_documents(advice: Document, response: Document) -> None:
    """:func:`refuse_same` for two documents already read one by one (the window reads them so): the same content
    is refused, by its hash."""
    if advice.sha256 == response.sha256:
        a, r = Path(advice.path), Path(response.path)
        refuse_same(a, advice.sha256.encode(), r, response.sha256.encode())


class _Exchange:
    """This process's side of reading a pair with a helper: it takes in the helper's pages as they come.

    The helper sends its pages a few at a time, which this process collects between its own pages and, while
    it lays out the advice, between the pages it lays out. The helper's error in a document is raised when this
    process has come to that document, as reading one after the other would; if the helper is lost, its
    missing pages are read here (:meth:`_Reading.fill_in`).
    """

    def __init__(self, job: parallel.Job, readings: tuple[_Reading, _Reading]) -> None:
        self.job: parallel.Job | None = job
        self.readings = readings
        self.finished = [False, False]
        self.errors: list[BaseException | None] = [None, None]

    def collect(self) -> None:
        """Take in what the helper has sent so far, without waiting."""
        while self.job is not None and self.job.ready():
            self._receive()
        if self.errors[0] is not None:
            raise self.errors[0]

    def wait_for(self, doc: int) -> None:
        """Wait until the helper has sent all its pages of document ``doc`` (or is lost); raise its error."""
        while self.job is not None and not self.finished[doc]:
            self._receive()
        error = self.errors[doc]
        if error is not None:
            raise error

    def _receive(self) -> None:
        assert self.job is not None
        try:
            doc, pages, finished, error = self.job.receive()
        except parallel.HelperLost:
            self.job = None
            return
        self.readings[doc].add_wire(pages)
        self.finished[doc] = finished
        if error is not None:
            self.errors[doc] = error


class _Reading:
    """One document being read: the open file, its guard and the pages read so far (by this process or a
    helper)."""

    def __init__(self, path: Path, password: str | None, data: bytes | None = None) -> None:
        self.path = path
        self.data = load_bytes(path) if data is None else data  # every page comes from these bytes
        self.doc = _open(path, self.data, password)
        self.n = self.doc.page_count
        self.guard = Guard(path, damaged=bool(getattr(self.doc, "is_repaired", False)))
        self.pages: list[layout.PageLines] = []
        self.boxes = BoxTrial()

    def extract(
        self, start: int, stop: int, progress: ProgressFn | None = None, cancelled: Callable[[], bool] | None = None
    ) -> None:
        for i in range(start, stop):
            if cancelled is not None and cancelled():
                raise AnalysisAborted("The analysis was cancelled.")
            self.read_page(i)
            if progress is not None:
                progress(i + 1, self.n, f"Reading {self.path.name}")

    def read_page(self, i: int) -> None:
        """Read page ``i`` (0-based)."""
        self._add(_extract_checked(self.doc, i, self.path, self.boxes, self.guard), i + 1)

    def extract_shared(self, share: parallel.Claims, from_back: bool, between: Callable[[], None]) -> None:
        """Read the pages this process takes from ``share`` (from the front, or from the back), until none is
        left; ``between`` is called after each page."""
        while (i := share.next(from_back)) is not None:
            self.read_page(i)
            between()

    def fill_in(self) -> None:
        """Read the pages nobody sent (a lost helper's), and put all pages in order."""
        have = {pg.number for pg in self.pages}
        for i in range(self.n):
            if i + 1 not in have:
                self.read_page(i)
        self.pages.sort(key=lambda pg: pg.number)

    def add_wire(self, wire: list[WirePage]) -> None:
        """Add pages the helper sent."""
        for number, width, height, lines, tables in wire:
            page = layout.PageLines(number, width, height, [layout.Line(*line) for line in lines], tables)
            self._add(page, number)

    def _add(self, page: layout.PageLines, number: int) -> None:
        self.pages.append(page)
        self.guard.add_words(sum(len(line.words) for line in page.lines))
        self.guard.check(number, self.n)

    def finish(self, lang: str, between: Callable[[], None] | None = None) -> Document:
        """The document from its pages (the file is closed here); ``between`` is called once per page laid out."""
        doc, p, pages = self.doc, self.path, self.pages
        n = self.n
        try:
            words = sum(len(line.words) for pg in pages for line in pg.lines)
            if words == 0:
                if any(_has_images(doc[i]) for i in range(min(n, 5))):
                    raise NoTextLayer(
                        f"{p.name} has no text layer — it looks scanned. Text recognition (OCR) is not built in; "
                        "run the file through an OCR tool first.",
                        str(p),
                    )
                if getattr(doc, "is_repaired", False):
                    raise NotADocument(
                        f"{p.name} is damaged: it had to be repaired to open (it may have been cut short) and no "
                        "text could be read from what is left of it.",
                        str(p),
                    )
                raise NoTextLayer(f"{p.name} contains no text: its pages are blank.", str(p))
            if _garbled(pages):
                raise TextNotDecodable(
                    f"The text of {p.name} cannot be decoded: its fonts carry no map from their shapes to letters, "
                    "so what reads as text is a jumble of symbols. Run the file through an OCR tool, or ask for a "
                    'copy saved with its fonts\' text ("PDF/A" or "searchable").',
                    str(p),
                )
            try:
                title = (doc.metadata or {}).get("title") or ""
            except Exception:  # damaged metadata is no reason to refuse the text
                title = ""
            reflowable = bool(doc.is_reflowable)
            repaired = bool(getattr(doc, "is_repaired", False))
        finally:
            self.close()
        page_sizes = [(pg.width, pg.height) for pg in pages]
        guard_check = self.guard.check

        def check() -> None:
            guard_check()
            if between is not None:
                between()

        result = layout.build(pages, plain_text=reflowable, check=check)
        text_sample = " ".join(b.text for b in result.blocks[:400])
        language = lang if lang in ("nl", "en") else detect_language(text_sample)
        if not title.strip():
            title = layout.guess_title(result.blocks) or p.stem
        return Document(
            path=str(p),
            sha256=hashlib.sha256(self.data).hexdigest(),
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

    def close(self) -> None:
        if not self.doc.is_closed:
            self.doc.close()


def _extract_checked(
    doc: Any, index: int, p: Path, boxes: BoxTrial | None = None, guard: Guard | None = None
) -> layout.PageLines:
    try:
        page = doc[index]
        if guard is not None and doc.is_pdf:
            work = page_work(doc, page, exact_from=3 * guard.page_ops, cap=guard.page_bytes)
            guard.check_page(index + 1, doc.page_count, *work)
        return extract_page(page, index + 1, boxes)
    except (AnalysisAborted, MemoryError):
        raise
    except Exception as err:
        raise NotADocument(f"Page {index + 1} of {p.name} cannot be read ({_short(err)}).", str(p)) from err


_TEXT_OPS = (b"Tj", b"TJ", b"'", b'"')  # the operators that show text (a count from above: strings may hold them)
_DRAWN = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s*Do\b")
FORM_DEPTH = 12  # forms drawn inside forms beyond this are not counted (MuPDF stops nesting long before)


def page_work(doc: Any, page: Any, exact_from: int = 0, cap: int = 1 << 30) -> tuple[int, int]:
    """How much a PDF page asks of MuPDF, measured without reading its text: the decompressed bytes of its
    content streams and (at most) the text-showing operators in them, a form XObject counted as often as it is
    drawn. The operators are counted where the content is ``exact_from`` bytes or more; below that the count
    is a bound from the size (an operator takes 3 bytes at least: ``()'``), as an ordinary page's (30 KB) is
    far below any limit. A form is decompressed no further than ``cap`` bytes. The cost: the page's content
    decompressed once more (0.1 to 0.2 ms for a dense page, about 5 % of reading it)."""
    try:
        content = page.read_contents() or b""
    except Exception:  # unreadable content: the text reading says so in its own words
        return 0, 0
    forms: dict[int, dict[bytes, int]] = {}  # who draws (0: the page) → name → xref
    if b"Do" in content:
        with contextlib.suppress(Exception):  # a damaged resource dictionary: the text reading will say so
            for xref, name, invoker, _bbox in page.get_xobjects():
                forms.setdefault(int(invoker), {})[str(name).encode("latin-1", "replace")] = int(xref)
    done: dict[int, tuple[int, int]] = {}
    counting = False

    def measure(data: bytes, drawer: int, depth: int) -> tuple[int, int]:
        size = len(data)
        ops = sum(data.count(op) for op in _TEXT_OPS) if counting else size // 3
        names = forms.get(drawer)
        if names and depth < FORM_DEPTH and b"Do" in data:
            drawn: dict[bytes, int] = {}
            for m in _DRAWN.finditer(data):
                drawn[m.group(1)] = drawn.get(m.group(1), 0) + 1
            for name, times in drawn.items():
                xref = names.get(name)
                if xref is None:
                    continue
                if xref not in done:
                    done[xref] = (0, 0)  # a form that draws itself counts once
                    done[xref] = measure(_stream(doc, xref, cap), xref, depth + 1)
                f_size, f_ops = done[xref]
                size, ops = size + times * f_size, ops + times * f_ops
        return size, ops

    size, ops = measure(content, 0, 0)
    if size >= exact_from and exact_from > 0:
        counting = True
        done.clear()
        size, ops = measure(content, 0, 0)
    return size, ops


def _stream(doc: Any, xref: int, cap: int) -> bytes:
    """The decompressed stream ``xref``, at most ``cap`` + 1 bytes of it (Flate, the usual filter, decompressed
    here bit by bit; other filters by MuPDF, whole)."""
    try:
        kind, value = doc.xref_get_key(xref, "Filter")
        if kind == "name" and value == "/FlateDecode" and doc.xref_get_key(xref, "DecodeParms")[0] == "null":
            inflate = zlib.decompressobj()
            raw, out, size = doc.xref_stream_raw(xref) or b"", [], 0
            with contextlib.suppress(zlib.error):  # damaged further on: what came before is measured
                for at in range(0, len(raw), 1 << 16):
                    piece = inflate.decompress(raw[at : at + (1 << 16)], cap + 1 - size)
                    out.append(piece)
                    size += len(piece)
                    if size > cap:
                        break
                else:
                    out.append(inflate.flush())
            return b"".join(out)
        return bytes(doc.xref_stream(xref) or b"")[: cap + 1]
    except Exception:  # a damaged stream: MuPDF's reading of the page says what is wrong, or repairs it
        return b""


WirePage = tuple[int, float, float, list[tuple[Any, ...]], list[list[list[Rect]]]]


HELPER_BATCH = 8  # pages per message from the helper: a message that fits the pipe's buffer


def _wire(pages: list[layout.PageLines]) -> list[WirePage]:
    """Pages as plain tuples, to send between processes."""
    return [
        (
            pg.number,
            pg.width,
            pg.height,
            [(ln.page, ln.bbox, ln.words, ln.size, ln.bold, ln.italic, ln.rotated, ln.plain) for ln in pg.lines],
            pg.tables,
        )
        for pg in pages
    ]


def _help_read(
    advice: str,
    advice_password: str | None,
    response: str,
    response_password: str | None,
    advice_share: parallel.Claims,
    response_share: parallel.Claims,
    advice_data: bytes | None = None,
    response_data: bytes | None = None,
) -> Iterator[tuple[int, list[WirePage], bool, BaseException | None]]:
    """In the helper process: the advice's pages it takes from the back, then the response's it takes from the
    front, sent a few at a time (the caller collects them between its own pages and the pages it lays out).
    Each item: the document (0, 1), pages as plain tuples (cheap to send), whether that document is done, and
    the error that stopped it. ``*_data``: the bytes the caller read, handed over by the fork, so that both
    processes read the same version of a file that may have changed since."""
    work = (
        (advice, advice_password, advice_share, True, advice_data),
        (response, response_password, response_share, False, response_data),
    )
    for doc, (path, password, share, from_back, data) in enumerate(work):
        sent = 0
        reading = _Reading(Path(path), password, data)
        try:
            while (i := share.next(from_back)) is not None:
                reading.read_page(i)
                if len(reading.pages) - sent >= HELPER_BATCH:
                    yield doc, _wire(reading.pages[sent:]), False, None
                    sent = len(reading.pages)
        except Exception as err:  # the document's own error: the caller raises it in its turn
            yield doc, _wire(reading.pages[sent:]), True, err
            return
        finally:
            reading.close()
        yield doc, _wire(reading.pages[sent:]), True, None


class BoxTrial:
    """Whether the pages of one document are still read with the glyph-box correction off first."""

    def __init__(self) -> None:
        self.uncorrected = True


def extract_page(page: Any, number: int, boxes: BoxTrial | None = None) -> layout.PageLines:
    """Lines of one page with their words, sizes and styles (one TextPage, two extractions).

    ``boxes`` carries over from page to page whether the quicker uncorrected reading is worth trying."""
    # vectors come along in the same pass, so a page without any drawing skips the search for ruled tables
    flags = pymupdf.TEXT_MEDIABOX_CLIP | pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_COLLECT_VECTORS
    tp = page.get_textpage(flags=flags)
    words = None
    if boxes is None or boxes.uncorrected:
        info, words = _boxes_uncorrected(tp)
    if words is None:  # a font whose glyph box is lower than its size: PyMuPDF's correction changes its boxes
        if boxes is not None:
            boxes.uncorrected = False  # such a font is likely on the next pages too: no second try on them
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
    drawings: list[Rect] = []
    bno = -1  # the words number the text blocks only; the dict numbers the vector blocks too
    for block in info.get("blocks", []):
        if block.get("type", 0) != 0:
            if block.get("type") == 3:
                drawings.append(block["bbox"])
            continue
        bno += 1
        for lno, line in enumerate(block.get("lines", [])):
            spans = line.get("spans", [])
            line_words = by_line.get((bno, lno), [])
            if not line_words or not spans:
                continue
            lines.append(layout.make_line(number, tuple(line["bbox"]), spans, line_words, line.get("dir", (1, 0))))
    rect = page.rect
    tables = _ruled_tables(page) if _may_hold_table(drawings) else []
    return layout.PageLines(number, rect.width, rect.height, lines, tables)


def _may_hold_table(drawings: list[Rect]) -> bool:
    """Whether a page's drawings (the boxes of its paths) could be a ruled table, which has eight rules or
    more: eight drawings, or one that is a grid by itself (a table drawn as one path, two rows or more). A logo
    or a line under a heading is neither, and the page's drawings are then not taken apart (0.5 ms a page)."""
    return len(drawings) >= 8 or any(x1 - x0 >= 60 and y1 - y0 >= 20 for x0, y0, x1, y1 in drawings)


def _boxes_uncorrected(tp: Any) -> tuple[dict[str, Any], list[tuple[Any, ...]] | None]:
    """The page's dictionary and words with PyMuPDF's glyph-box correction off, where that changes nothing.

    PyMuPDF corrects the box of every character whose font is lower (ascender minus descender) than one em,
    and asks each character's font for those metrics to find out: a tenth of the work of reading a page. The
    uncorrected boxes are the same for every other font, and a font that would be corrected shows itself in
    the dictionary: its spans are lower than their size across the line (a ZapfDingbats bullet: 0.96 em). Such
    a page (and a line at a slant, not checked) gets ``None`` for words, and the caller reads it corrected.
    """
    previous = pymupdf.TOOLS.unset_quad_corrections()
    pymupdf.TOOLS.unset_quad_corrections(True)
    try:
        info = tp.extractDICT()
        return info, (tp.extractWORDS() if _glyph_boxes_whole(info) else None)
    finally:
        pymupdf.TOOLS.unset_quad_corrections(previous)


def _glyph_boxes_whole(info: dict[str, Any]) -> bool:
    """Whether every span stands at least its font size tall across its line (no box would be corrected)."""
    for block in info.get("blocks", ()):
        if block.get("type", 0) != 0:
            continue
        for line in block.get("lines", ()):
            dx, dy = line.get("dir", (1.0, 0.0))
            if dy == 0:
                across = 1  # horizontal: the box's height
            elif dx == 0:
                across = 0  # vertical: its width
            else:
                return False
            for s in line.get("spans", ()):
                b = s["bbox"]
                if b[across + 2] - b[across] < s["size"] * 0.9999:
                    return False
    return True


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


# characters a font without a map to Unicode gives: MuPDF's replacement character, control characters (the
# glyph numbers themselves) and the private use area
_GARBLE = re.compile("[\ufffd\x00-\x08\x0b-\x1f\ue000-\uf8ff]")
GARBLED_SHARE = 0.3  # of the characters of the first words


def _garbled(pages: list[layout.PageLines], sample: int = 4000) -> bool:
    """Whether the document's text is mostly characters that stand for no letter (of its first ``sample``
    words; pages of fine text after a garbled cover page still count)."""
    words: list[str] = []
    for pg in pages:
        for line in pg.lines:
            words.extend(w for w, _ in line.words)
        if len(words) >= sample:
            break
    text = "".join(words)
    return len(text) >= 20 and len(_GARBLE.findall(text)) > GARBLED_SHARE * len(text)


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
