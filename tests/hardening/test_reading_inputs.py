"""Inputs that used to hang, mix versions or give a wrong answer with exit 0: each read right or refused plainly."""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.core.expected_pairs import DOCS
from tests.hardening.badfiles import GOOD_ADVICE, GOOD_RESPONSE, resident_ballast
from tests.hardening.makepdf import text_page, write_pdf
from tests.hardening.test_cli_bad_input import assert_plain_error, run
from weerwoord.core.analysis.compare import analyse
from weerwoord.core.errors import (
    CertificateProtected,
    FileChanged,
    FileMissing,
    NotADocument,
    NotAFile,
    SameDocument,
    TextNotDecodable,
)
from weerwoord.core.reading import opening, parallel, reader

LETTERS = "Aanbeveling één: de minister geeft € 5 miljoen uit aan ‘bibliotheken’ — „overal” en café’s."


def _body(doc: Any) -> str:
    return "\n".join(b.text for b in doc.blocks)


def _version(path: Path, word: str, pages: int) -> Path:
    lines = [f"{word} page {{n}}: the committee met again to discuss the archive."] * 3
    return write_pdf(path, [text_page([line.format(n=n) for line in lines]) for n in range(pages)])


# -- 3: a file replaced while it is read ------------------------------------------------------------------------


def test_a_file_replaced_after_it_was_opened_is_read_as_one_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = _version(tmp_path / "advice.pdf", "Before", 3)
    before = hashlib.sha256(pdf.read_bytes()).hexdigest()
    _version(tmp_path / "new.pdf", "After", 3)
    opened = reader.open_bytes

    def open_then_replace(p: Path, data: bytes, password: str | None) -> Any:
        doc = opened(p, data, password)
        os.replace(tmp_path / "new.pdf", pdf)  # a new version saved over it while its pages are read
        return doc

    monkeypatch.setattr(reader, "open_bytes", open_then_replace)
    doc = reader.read_document(pdf)
    assert "Before page" in _body(doc) and "After" not in _body(doc)
    assert doc.sha256 == before  # notes and corrections are keyed to the text that was analysed


@pytest.mark.skipif(not sys.platform.startswith("linux") or (os.cpu_count() or 1) < 2, reason="no helper here")
def test_the_helper_process_reads_the_same_version_as_its_caller(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    advice = _version(tmp_path / "advice.pdf", "Before", 30)
    response = _version(tmp_path / "response.pdf", "Reply", 30)
    before = hashlib.sha256(advice.read_bytes()).hexdigest()
    expected = _body(reader.read_document(advice))
    _version(tmp_path / "new.pdf", "After", 30)
    started: list[object] = []
    real_start = parallel.start

    def replace_then_start(*args: Any) -> Any:
        os.replace(tmp_path / "new.pdf", advice)  # between this process's opening and the helper's start
        job = real_start(*args)
        started.append(job)
        return job

    monkeypatch.setattr(parallel, "start", replace_then_start)
    if not parallel.available():
        pytest.skip("a helper cannot start in this process (threads running)")
    advice_doc, _ = reader.read_pair(advice, response)
    assert started and started[0] is not None
    assert _body(advice_doc) == expected  # "Before" on all pages, "After" on none
    assert advice_doc.sha256 == before


def test_a_file_still_being_written_is_read_again_when_it_stands_still(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = GOOD_ADVICE.read_bytes()
    pdf = tmp_path / "copying.pdf"
    pdf.write_bytes(whole[: len(whole) // 2])
    real_fstat = os.fstat
    calls = [0]

    def copy_goes_on(fd: int) -> os.stat_result:
        seen = real_fstat(fd)
        calls[0] += 1
        if calls[0] == 1:  # just opened: the copy writes the rest
            pdf.write_bytes(whole)
        return seen

    monkeypatch.setattr(opening.os, "fstat", copy_goes_on)
    data = opening.load_bytes(pdf)
    assert data == whole and calls[0] >= 4  # read twice


def test_a_file_that_keeps_changing_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = tmp_path / "growing.pdf"
    pdf.write_bytes(GOOD_ADVICE.read_bytes())
    real_fstat = os.fstat

    def grows(fd: int) -> os.stat_result:
        with pdf.open("ab") as fh:
            fh.write(b"%more\n")
        return real_fstat(fd)

    monkeypatch.setattr(opening.os, "fstat", grows)
    with pytest.raises(FileChanged, match=r"growing\.pdf kept changing while it was being read"):
        reader.read_document(pdf)


def test_a_file_removed_while_it_is_read_is_read_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = tmp_path / "advice.pdf"
    shutil.copy(GOOD_ADVICE, pdf)
    opened = reader.open_bytes

    def open_then_remove(p: Path, data: bytes, password: str | None) -> Any:
        doc = opened(p, data, password)
        pdf.unlink()
        return doc

    monkeypatch.setattr(reader, "open_bytes", open_then_remove)
    doc = reader.read_document(pdf)
    assert doc.page_count == 3 and doc.sha256 == hashlib.sha256(GOOD_ADVICE.read_bytes()).hexdigest()


def test_export_refuses_a_file_changed_since_it_was_analysed(tmp_path: Path) -> None:
    pdf = tmp_path / "advice.pdf"
    shutil.copy(GOOD_ADVICE, pdf)
    analysed = reader.read_document(pdf).sha256
    shutil.copy(GOOD_RESPONSE, pdf)
    with pytest.raises(FileChanged, match=r"advice\.pdf has changed since it was analysed"):
        reader.open_pdf(pdf, expect_sha=analysed)
    from weerwoord.core.publishing.export_pdf import open_as_pdf

    with pytest.raises(FileChanged):
        open_as_pdf(pdf, expect_sha=analysed)


# -- 4, 5, 7: names that are no file, too long, not UTF-8 -------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "advice.pdf"
    os.mkfifo(fifo)
    with pytest.raises(NotAFile, match=r"advice\.pdf is a pipe, not a file"):
        reader.read_document(fifo)
    code, out, err = run("compare", str(fifo), str(GOOD_RESPONSE), timeout=60)
    assert_plain_error(code, out, err, expected=(3,))
    assert "is a pipe" in err


def test_a_name_too_long_for_the_system_is_said_so(tmp_path: Path) -> None:
    long_name = tmp_path / ("advies-" + "é" * 150 + ".pdf")  # 300 bytes of UTF-8
    with pytest.raises(FileMissing, match="too long for this system"):
        reader.read_document(long_name)
    code, out, err = run("compare", str(long_name), str(GOOD_RESPONSE))
    assert_plain_error(code, out, err, expected=(3,))


@pytest.mark.skipif(sys.platform != "linux", reason="file names are bytes on Linux only")
def test_a_file_name_that_is_not_utf8_is_read(tmp_path: Path) -> None:
    name = os.fsdecode(b"advies-\xff\xfe.pdf")  # Latin-1 bytes kept as surrogates
    pdf = tmp_path / name
    try:
        shutil.copy(GOOD_ADVICE, pdf)
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system takes UTF-8 names only")
    assert reader.read_document(pdf).page_count == 3


# -- 6: wrong answers with exit 0 ------------------------------------------------------------------------------


def test_the_same_file_twice_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SameDocument, match="the same file"):
        reader.read_pair(GOOD_ADVICE, GOOD_ADVICE)
    copy = tmp_path / "copy.pdf"
    shutil.copy(GOOD_ADVICE, copy)
    with pytest.raises(SameDocument, match="have the same content"):
        reader.read_pair(GOOD_ADVICE, copy)
    code, out, err = run("compare", str(GOOD_ADVICE), str(GOOD_ADVICE))
    assert_plain_error(code, out, err, expected=(2,))


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16-le", "utf-16-be", "utf-16", "utf-8-sig"])
def test_plain_text_in_other_encodings_reads_as_utf8(tmp_path: Path, encoding: str) -> None:
    text = f"{LETTERS}\n\nDe tweede alinea noemt 12 °C en 3 × 4.\n"
    (tmp_path / "utf8.txt").write_text(text, encoding="utf-8")
    (tmp_path / "other.txt").write_bytes(text.encode("cp1252" if encoding == "cp1252" else encoding, "replace"))
    expected = _body(reader.read_document(tmp_path / "utf8.txt"))
    got = _body(reader.read_document(tmp_path / "other.txt"))
    assert "\ufffd" not in got and "€ 5 miljoen" in got
    assert got == expected


def test_a_utf16_pair_gives_the_same_answer_as_its_utf8_original(tmp_path: Path) -> None:
    advice = DOCS / "blind2_txt_both_advice.txt"
    response = DOCS / "blind2_txt_both_response.txt"
    wide = tmp_path / "advice.txt"
    wide.write_bytes(advice.read_text(encoding="utf-8").encode("utf-16-le"))  # no byte order mark
    original = analyse(reader.read_document(advice), reader.read_document(response)).to_json()
    again = analyse(reader.read_document(wide), reader.read_document(response)).to_json()
    assert again["pairs"] == original["pairs"] and len(original["pairs"]) > 3


def test_text_in_fonts_without_a_map_to_letters_is_said_so(tmp_path: Path) -> None:
    glyphs = b"".join(b"%04x" % (3 + i % 60) for i in range(40))  # two-byte glyph numbers: no letters
    content = b"BT /F1 12 Tf 72 700 Td <%s> Tj 0 -20 Td <%s> Tj ET" % (glyphs, glyphs)
    pdf = write_pdf(tmp_path / "glyphs.pdf", [content] * 2)
    with pytest.raises(TextNotDecodable, match=r"The text of glyphs\.pdf cannot be decoded"):
        reader.read_document(pdf)
    code, out, err = run("compare", str(pdf), str(GOOD_RESPONSE))
    assert_plain_error(code, out, err, expected=(3,))
    assert "cannot be decoded" in err and "recommendations" not in err


# -- 7: messages that misled ------------------------------------------------------------------------------------


def test_a_certificate_encrypted_pdf_is_not_called_damaged(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "sealed.pdf", [text_page(["Recommendation 1"])])
    recipients = b"/Recipients [<3082010a0282010100>]"
    encrypt = (
        b"/Encrypt << /Filter /Adobe.PubSec /SubFilter /adbe.pkcs7.s5 /V 4 /R 4 /Length 128 %s"
        b" /CF << /DefaultCryptFilter << /CFM /AESV2 %s >> >> /StmF /DefaultCryptFilter /StrF /DefaultCryptFilter >>"
        b" /ID [<0102><0102>]" % (recipients, recipients)
    )
    pdf.write_bytes(pdf.read_bytes().replace(b"/Root 1 0 R >>", b"/Root 1 0 R " + encrypt + b" >>"))
    with pytest.raises(CertificateProtected) as caught:
        reader.read_document(pdf)
    assert "certificates (digital IDs)" in caught.value.message and "damaged" not in caught.value.message
    code, out, err = run("compare", str(pdf), str(GOOD_RESPONSE))
    assert_plain_error(code, out, err, expected=(3,))


def test_a_truncated_file_without_text_is_called_damaged(tmp_path: Path) -> None:
    pdf = tmp_path / "cut.pdf"
    pdf.write_bytes(GOOD_ADVICE.read_bytes()[:3000])
    with pytest.raises(NotADocument, match=r"cut\.pdf is damaged: it had to be repaired to open"):
        reader.read_document(pdf)


def test_the_memory_guard_calls_a_repaired_file_damaged() -> None:
    from weerwoord.core.errors import AnalysisAborted
    from weerwoord.core.reading.guard import Guard, rss_mb

    if rss_mb() is None:
        pytest.skip("this platform does not report memory cheaply")
    guard = Guard("cut.pdf", memory_mb=1, damaged=True)
    ballast = resident_ballast(64)
    with pytest.raises(AnalysisAborted) as caught:
        guard.check()
    assert caught.value.message.startswith("cut.pdf is damaged") and "too much memory" not in caught.value.message
    ballast.close()


def test_two_documents_read_one_by_one_are_refused_when_they_are_the_same(tmp_path: Path) -> None:
    copy = tmp_path / "copy.pdf"
    shutil.copy(GOOD_ADVICE, copy)
    one, same, other = (reader.read_document(p) for p in (GOOD_ADVICE, copy, GOOD_RESPONSE))
    with pytest.raises(SameDocument, match="have the same content"):
        reader.refuse_same_documents(one, same)
    with pytest.raises(SameDocument, match="the same file"):
        reader.refuse_same_documents(one, one)
    reader.refuse_same_documents(one, other)
