"""One page cannot take the machine: the guard measures a page's content before MuPDF reads its text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pymupdf
import pytest

from tests.core.expected_pairs import DOCS
from tests.hardening.badfiles import GOOD_RESPONSE
from tests.hardening.makepdf import many_operations, text_page, write_pdf
from tests.hardening.test_cli_bad_input import assert_plain_error, run
from weerwoord.core.errors import AnalysisAborted
from weerwoord.core.reading import extraction, guard, reader

ORDINARY = text_page(["Recommendation 1", "The minister should publish the figures every year."])


@pytest.fixture
def no_extraction(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Pages MuPDF was asked to read; a page the guard refused never gets there."""
    read: list[int] = []
    original = extraction.extract_page

    def counting(page: Any, number: int, *rest: Any) -> Any:
        read.append(number)
        return original(page, number, *rest)

    monkeypatch.setattr(extraction, "extract_page", counting)
    return read


def test_a_page_of_too_many_text_operations_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_extraction: list[int]
) -> None:
    pdf = write_pdf(tmp_path / "dense.pdf", [ORDINARY, many_operations(3000), ORDINARY])
    assert pdf.stat().st_size < 16_000
    monkeypatch.setenv("WEERWOORD_GUARD_PAGE_OPS", "1000")
    with pytest.raises(AnalysisAborted) as caught:
        reader.read_document(pdf)
    message = caught.value.message
    assert message.startswith("dense.pdf cannot be analysed: page 2 of 3 holds about 3,000 text operations")
    assert "stopped before that page" in message and "\n" not in message
    assert no_extraction == [1]  # page 1 read, page 2 never handed to MuPDF


def test_a_form_drawn_many_times_counts_every_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_extraction: list[int]
) -> None:
    form = b"BT /F1 9 Tf 72 700 Td (x) Tj (y) Tj (z) Tj ET"
    pdf = write_pdf(tmp_path / "forms.pdf", [b"q /Fm1 Do Q\n" * 500], forms={"Fm1": form})
    assert pdf.stat().st_size < 4_000
    monkeypatch.setenv("WEERWOORD_GUARD_PAGE_OPS", "1000")  # 500 × 3 = 1,500
    with pytest.raises(AnalysisAborted, match="page 1 of 1 holds about 1,500 text operations"):
        reader.read_document(pdf)
    assert no_extraction == []


def test_a_form_that_draws_itself_is_counted_once(tmp_path: Path) -> None:
    form = b"BT /F1 9 Tf 72 700 Td (x) Tj ET /Fm1 Do"
    pdf = write_pdf(tmp_path / "loop.pdf", [b"/Fm1 Do"], forms={"Fm1": form})
    doc = pymupdf.open(pdf)
    size, ops = extraction.page_work(doc, doc[0], exact_from=1)
    assert ops < 10 and size < 200


def test_content_that_inflates_beyond_the_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_extraction: list[int]
) -> None:
    padding = b"% " + b"x" * 4000 + b"\n"
    pdf = write_pdf(tmp_path / "inflating.pdf", [ORDINARY + b"\n" + padding * 100])  # 400 KB in a few hundred bytes
    assert pdf.stat().st_size < 4_000
    monkeypatch.setenv("WEERWOORD_GUARD_PAGE_MB", "0.25")
    with pytest.raises(AnalysisAborted, match=r"drawing instructions of page 1 of 1 take 0 MB, more than the 0 MB"):
        reader.read_document(pdf)
    assert no_extraction == []


def test_the_command_line_says_it_in_one_line(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "dense.pdf", [ORDINARY, many_operations(3000)])
    code, out, err = run("compare", str(pdf), str(GOOD_RESPONSE), env={"WEERWOORD_GUARD_PAGE_OPS": "1000"})
    assert_plain_error(code, out, err, expected=(3,))
    assert "dense.pdf cannot be analysed: page 2 of 2" in err


def test_every_page_of_the_test_documents_is_far_below_the_limits() -> None:
    ops_limit, bytes_limit = guard.PAGE_OPS, guard.PAGE_MB * 2**20
    for pdf in sorted(DOCS.glob("*.pdf")):
        try:
            doc = pymupdf.open(pdf)
        except pymupdf.FileDataError:
            continue  # the empty and damaged files of the suite
        if doc.needs_pass or not doc.is_pdf:
            continue
        for page in doc:
            size, ops = extraction.page_work(doc, page, exact_from=1)
            assert ops < ops_limit / 20 and size < bytes_limit / 20, (pdf.name, page.number)
