"""Opening a file: its bytes read while it stands still, its kind told (PDF, XPS, EPUB, plain text in any
common encoding), opened with PyMuPDF, and every failure (missing, not a document, damaged, protected) in plain
words."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import stat
from pathlib import Path

import pymupdf

from weerwoord.core.errors import (
    CertificateProtected,
    FileChanged,
    FileMissing,
    NotADocument,
    NotAFile,
    PasswordRequired,
    WrongPassword,
)
from weerwoord.core.words import _

TEXT_SUFFIXES = {".txt", ".text", ".md"}
KNOWN_SUFFIXES = {".pdf", ".xps", ".oxps", ".epub", ".fb2", ".cbz", ".mobi"} | TEXT_SUFFIXES
# Reflowable inputs (plain text, EPUB) are laid out on A4 pages so every mark has a place on a page.
A4 = (595.0, 842.0)


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
            _("The file name {name}… is too long for this system (a folder or file name may take 255 bytes).").format(
                name=name[:60]
            ),
            str(p),
        )
    if isinstance(err, FileNotFoundError):
        return FileMissing(_("The file {name} does not exist ({path}).").format(name=name, path=p), str(p))
    return FileMissing(
        _("The file {name} cannot be read: {reason}.").format(name=name, reason=err.strerror or err), str(p)
    )


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
        raise FileMissing(_("{name} is a folder, not a document.").format(name=name), str(p))
    for _attempt in range(STILL_TRIES):
        try:
            # non-blocking: a name that became a pipe since it was looked at does not wait for a writer
            fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        except OSError as err:
            if isinstance(err, FileNotFoundError):
                raise FileChanged(_("{name} was removed while it was being opened.").format(name=name), str(p)) from err
            raise _cannot_read(p, err) from err
        with os.fdopen(fd, "rb") as fh:
            opened = os.fstat(fh.fileno())
            if not stat.S_ISREG(opened.st_mode):
                if stat.S_ISFIFO(opened.st_mode):
                    said = _("{name} is a pipe, not a file. Save the document as a file and open that.")
                else:
                    said = _("{name} is a device or socket, not a file. Save the document as a file and open that.")
                raise NotAFile(said.format(name=name), str(p))
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
        _(
            "{name} kept changing while it was being read. Wait until it is saved or copied completely, "
            "then open it again."
        ).format(name=name),
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
            _("{name} has changed since it was analysed. Open the pair again to analyse the new version.").format(
                name=p.name
            ),
            str(p),
        )
    return open_bytes(p, data, password)


def open_bytes(p: Path, data: bytes, password: str | None) -> pymupdf.Document:
    name = p.name
    if not data:
        raise NotADocument(_("The file {name} is empty (0 bytes).").format(name=name), str(p))
    head = data[:1024]
    suffix = p.suffix.lower()
    filetype: str | None = suffix[1:] if suffix in KNOWN_SUFFIXES else None
    if suffix in TEXT_SUFFIXES:
        filetype = "txt"
    elif suffix == ".pdf" and b"%PDF" not in head:
        if _looks_like_text(head):
            raise NotADocument(
                _(
                    "{name} is named .pdf but is not a PDF: it contains plain text. Rename it to .txt to read it as "
                    "text."
                ).format(name=name),
                str(p),
            )
        raise NotADocument(_("{name} is not a PDF: its contents are not a PDF document.").format(name=name), str(p))
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
            _("{name} cannot be opened: it is damaged or not a document this program reads ({detail}).").format(
                name=name, detail=short_error(err)
            ),
            str(p),
        ) from err
    if doc.needs_pass:
        if _certificate_protected(data):
            doc.close()
            raise _certificate(p)
        if not password:
            doc.close()
            raise PasswordRequired(
                _("{name} is protected with a password. Give the password to open it.").format(name=name), str(p)
            )
        if not doc.authenticate(password):
            doc.close()
            raise WrongPassword(_("The password for {name} is not correct.").format(name=name), str(p))
    if doc.is_reflowable:
        with contextlib.suppress(Exception):  # keep PyMuPDF's own layout when it refuses ours
            doc.layout(width=A4[0], height=A4[1], fontsize=10)
    try:
        pages = doc.page_count
    except Exception as err:  # a damaged page tree: MuPDF says "Invalid number of pages"
        doc.close()
        raise NotADocument(
            _("{name} is damaged: its list of pages cannot be read ({detail}).").format(
                name=name, detail=short_error(err)
            ),
            str(p),
        ) from err
    if pages == 0:
        doc.close()
        raise NotADocument(_("{name} has no pages: it is damaged or not a document.").format(name=name), str(p))
    return doc


def _certificate(p: Path) -> CertificateProtected:
    return CertificateProtected(
        _(
            "{name} is encrypted for the certificates (digital IDs) of certain people, not with a password; "
            "Weerwoord cannot open such files. Ask the sender for a copy without this protection, or save one "
            "from a program that holds your certificate."
        ).format(name=p.name),
        str(p),
    )


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


def short_error(err: BaseException) -> str:
    text = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    return text[:120]
