"""Reading a pair with a helper process gives exactly what reading it in one process gives, errors included."""

from __future__ import annotations

import json
import multiprocessing
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pymupdf
import pytest

from weerwoord.core.analysis import compare
from weerwoord.core.errors import NotADocument
from weerwoord.core.model import Document
from weerwoord.core.reading import parallel, reader
from weerwoord.paths import example_pair

ROOT = Path(__file__).resolve().parents[2]

needs_helper = pytest.mark.skipif(
    not sys.platform.startswith("linux") or (os.cpu_count() or 1) < 2,
    reason="the helper process runs on Linux with 2 or more cores",
)


@pytest.fixture(scope="module")
def long_pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The example advice three times over (39 pages) and its response (12): long enough to share."""
    advice, response = example_pair()
    folder = tmp_path_factory.mktemp("long")
    out = pymupdf.open()
    for _ in range(3):
        with pymupdf.open(advice) as part:
            out.insert_pdf(part)
    out.save(folder / "advice x3.pdf")
    total = out.page_count + pymupdf.open(response).page_count
    assert total >= parallel.MIN_PAGES
    return folder / "advice x3.pdf", Path(response)


def _shape(doc: Document) -> list[object]:
    def blocks(bs: list) -> list[object]:  # type: ignore[type-arg]
        return [(b.kind, b.text, b.label, b.size, b.bold, b.italic, b.x0, b.table_row, b.run.pieces) for b in bs]

    return [
        doc.title,
        doc.language,
        doc.page_count,
        doc.page_sizes,
        doc.sha256,
        doc.body_size,
        blocks(doc.blocks),
        blocks(doc.footnotes),
        blocks(doc.furniture),
    ]


@pytest.fixture
def helper_calls(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Records each start of a helper (the real one runs)."""
    calls: list[object] = []
    real = parallel.start

    def start(fn, *args):  # type: ignore[no-untyped-def]
        job = real(fn, *args)
        calls.append(job)
        return job

    monkeypatch.setattr(parallel, "start", start)
    return calls


@needs_helper
def test_a_pair_read_with_a_helper_equals_one_read_alone(long_pair: tuple[Path, Path], helper_calls: list) -> None:  # type: ignore[type-arg]
    advice, response = long_pair
    shared = reader.read_pair(advice, response)
    assert helper_calls and helper_calls[0] is not None, "the helper process did not start"
    alone = (reader.read_document(advice), reader.read_document(response))
    assert _shape(shared[0]) == _shape(alone[0])
    assert _shape(shared[1]) == _shape(alone[1])
    assert len(shared[0].blocks) > 100


@needs_helper
def test_compare_on_the_command_line_shares_pages_and_prints_the_same(long_pair: tuple[Path, Path]) -> None:
    advice, response = long_pair
    done = subprocess.run(
        [sys.executable, "-m", "weerwoord", "compare", str(advice), str(response)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    alone = compare.analyse(reader.read_document(advice), reader.read_document(response))
    assert json.loads(done.stdout) == json.loads(json.dumps(alone.to_json()))


@needs_helper
def test_a_lost_helper_leaves_its_pages_to_this_process(
    long_pair: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    helper_calls: list,  # type: ignore[type-arg]
) -> None:
    advice, response = long_pair

    def killed(*args):  # type: ignore[no-untyped-def]
        os._exit(9)  # as if the system had killed it (out of memory)

    monkeypatch.setattr(reader, "_help_read", killed)
    shared = reader.read_pair(advice, response)
    assert helper_calls and helper_calls[0] is not None
    assert _shape(shared[0]) == _shape(reader.read_document(advice))
    assert _shape(shared[1]) == _shape(reader.read_document(response))


@needs_helper
def test_an_error_in_the_helpers_pages_is_raised_here_in_plain_words(
    long_pair: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    advice, response = long_pair

    def damaged(advice, *args):  # type: ignore[no-untyped-def]
        raise NotADocument(f"Page 30 of {Path(advice).name} cannot be read (damaged content).", advice)
        yield  # a generator, like the real one

    monkeypatch.setattr(reader, "_help_read", damaged)
    with pytest.raises(NotADocument) as caught:
        reader.read_pair(advice, response)
    assert str(caught.value) == "Page 30 of advice x3.pdf cannot be read (damaged content)."
    assert caught.value.path == str(advice)
    assert not multiprocessing.active_children()  # no helper left behind


def test_short_pairs_and_threaded_processes_are_read_alone(helper_calls: list) -> None:  # type: ignore[type-arg]
    advice, response = example_pair()
    reader.read_pair(advice, response)
    assert helper_calls == []  # 25 pages: the helper would cost more than it saves


def test_document_errors_keep_their_file_when_sent_between_processes() -> None:
    err = NotADocument("x.pdf is damaged.", "/tmp/x.pdf")
    back = pickle.loads(pickle.dumps(err))
    assert (type(back), str(back), back.path) == (NotADocument, "x.pdf is damaged.", "/tmp/x.pdf")


def test_one_process_when_the_user_asks_for_it(
    long_pair: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    helper_calls: list,  # type: ignore[type-arg]
) -> None:
    monkeypatch.setenv("WEERWOORD_PROCESSES", "1")
    advice, response = long_pair
    shared = reader.read_pair(advice, response)
    assert helper_calls == []  # not started: the user asked for one process
    assert _shape(shared[0]) == _shape(reader.read_document(advice))


@needs_helper
def test_the_responses_own_error_comes_back_from_the_helper_in_plain_words(
    long_pair: tuple[Path, Path],
    helper_calls: list,  # type: ignore[type-arg]
) -> None:
    from tests.core.expected_pairs import DOCS
    from weerwoord.core.errors import NoTextLayer

    advice, _ = long_pair
    with pytest.raises(NoTextLayer, match=r"blank\.pdf contains no text: its pages are blank\."):
        reader.read_pair(advice, DOCS / "blank.pdf")
    assert helper_calls and helper_calls[0] is not None  # the helper read (and refused) the response
    assert not multiprocessing.active_children()


@needs_helper
def test_pages_are_taken_one_by_one_from_both_ends_exactly_once() -> None:
    share = parallel.Claims(500)
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:  # the helper's side takes pages from the back and reports them
        os.close(read_end)
        taken = []
        while (i := share.next(from_back=True)) is not None:
            taken.append(i)
        os.write(write_end, json.dumps(taken).encode())
        os._exit(0)
    os.close(write_end)
    taken_here = []
    while (i := share.next()) is not None:
        taken_here.append(i)
    with os.fdopen(read_end) as answer:
        taken_there = json.loads(answer.read())
    os.waitpid(child, 0)
    share.close()
    assert taken_here == list(range(len(taken_here)))  # from the front, no gap
    assert taken_there == list(range(499, 499 - len(taken_there), -1))  # from the back, no gap
    assert sorted(taken_here + taken_there) == list(range(500))  # every page once


@needs_helper
def test_a_slow_helper_leaves_more_pages_to_this_process(
    long_pair: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    advice, response = long_pair
    here = os.getpid()
    read_here: list[int] = []
    real = reader._Reading.read_page

    def read_page(self, i):  # type: ignore[no-untyped-def]
        if os.getpid() != here:
            time.sleep(0.05)  # the helper's core is busy with something else
        elif self.path == advice:
            read_here.append(i)
        real(self, i)

    monkeypatch.setattr(reader._Reading, "read_page", read_page)
    shared = reader.read_pair(advice, response)
    pages = pymupdf.open(advice).page_count
    assert len(read_here) >= 0.7 * pages  # taken page by page: the quicker process read most of them
    assert sorted(read_here) == list(range(len(read_here)))
    assert _shape(shared[0]) == _shape(reader.read_document(advice))
    assert _shape(shared[1]) == _shape(reader.read_document(response))


def _answer() -> int:
    return 42


@needs_helper
def test_the_helpers_pipe_holds_several_batches_of_pages() -> None:
    import fcntl

    if int(Path("/proc/sys/fs/pipe-max-size").read_text()) < parallel.PIPE_BYTES:
        pytest.skip("this system allows smaller pipes")
    job = parallel.start(_answer)
    assert job is not None
    try:
        assert fcntl.fcntl(job._conn.fileno(), fcntl.F_GETPIPE_SZ) >= parallel.PIPE_BYTES
        assert job.receive() == 42
    finally:
        job.stop()


def test_where_no_helper_can_start_no_pages_are_shared_out(
    long_pair: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # as on Windows and macOS: no fork, and no non-blocking pipe to share pages through
    def no_pipe(pages: int) -> None:
        raise AssertionError("pages shared out where no helper can start")

    monkeypatch.setattr(parallel, "available", lambda: False)
    monkeypatch.setattr(parallel, "Claims", no_pipe)
    advice, response = long_pair
    shared = reader.read_pair(advice, response)
    assert _shape(shared[1]) == _shape(reader.read_document(response))
