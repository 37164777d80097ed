"""The PDF worker's own messages come in the program's language (the core's catalogue), as the core's do."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from weerwoord.core import words
from weerwoord.core.errors import WeerwoordError
from weerwoord.gui.worker import PdfWorker
from weerwoord.gui.worker_review import ReviewJobs


@pytest.fixture
def dutch() -> Iterator[None]:
    before = words.use_everywhere("nl")  # what i18n.install says for a Dutch window
    try:
        yield
    finally:
        words.use_everywhere(before)


@pytest.fixture
def worker() -> Iterator[PdfWorker]:
    worker = PdfWorker()
    worker.start()
    try:
        yield worker
    finally:
        worker.stop()


def test_an_analysis_that_breaks_says_so_in_dutch(qtbot: Any, dutch: None, worker: PdfWorker) -> None:
    with qtbot.waitSignal(worker.analysed, timeout=10_000) as blocker:
        worker.reanalyse(1, object(), object(), None)  # not documents: the core fails in a way it does not expect
    error = blocker.args[1].error
    assert isinstance(error, WeerwoordError)
    assert error.message.startswith("De analyse is onverwacht gestopt: ")


def test_a_review_that_cannot_be_read_says_so_in_dutch(
    qtbot: Any, dutch: None, worker: PdfWorker, monkeypatch: pytest.MonkeyPatch
) -> None:
    from weerwoord.core.publishing import review

    def broken(path: str) -> Any:
        raise RuntimeError("kapot")

    monkeypatch.setattr(review, "load_review", broken)
    with qtbot.waitSignal(worker.review_read, timeout=10_000) as blocker:
        worker.read_review(1, "review.xfdf")
    assert blocker.args[2].message == "De review kon niet worden gelezen: kapot"


def test_the_worker_in_english_by_default(qtbot: Any, worker: PdfWorker) -> None:
    assert words.language() == "en"
    with qtbot.waitSignal(worker.analysed, timeout=10_000) as blocker:
        worker.reanalyse(1, object(), object(), None)
    assert blocker.args[1].error.message.startswith("The analysis stopped unexpectedly: ")
    assert issubclass(PdfWorker, ReviewJobs)
