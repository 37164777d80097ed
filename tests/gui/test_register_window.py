"""The register window: rows per recommendation, filters, sorting, status editing, the chart, opening a pair."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.core.register_library import DOCS, FOLLOWED_UP, LIBRARY, loose_pair, make_library
from weerwoord.core.analysis.compare import compare
from weerwoord.core.register.ledger import FILENAME, Ledger
from weerwoord.core.register.summary import file_sha256
from weerwoord.gui import i18n
from weerwoord.gui.register_window import RegisterWindow


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_library(tmp_path_factory.mktemp("register-gui") / "library")


@pytest.fixture
def window(qtbot: QtBot, library: Path, tmp_path: Path) -> RegisterWindow:
    w = RegisterWindow(data_dir=str(tmp_path), workers=1)
    qtbot.addWidget(w)
    w.resize(1400, 800)
    with qtbot.waitSignal(w.loaded, timeout=120_000):
        w.load(library)
    return w


def _column(window: RegisterWindow, title: str, proxy: object = None) -> list[str]:
    model = proxy or window.rows_proxy
    index = [c.title for c in model.sourceModel().columns].index(title)  # type: ignore[attr-defined]
    return [str(model.data(model.index(r, index))) for r in range(model.rowCount())]  # type: ignore[attr-defined]


def test_rows_filters_and_sorting(window: RegisterWindow) -> None:
    register = window.register
    assert register is not None
    assert window.rows_proxy.rowCount() == len(register.rows) == 25
    window.verdict_filter.setCurrentIndex(window.verdict_filter.findData("disagrees"))
    assert set(_column(window, "Verdict")) == {"Disagrees"}  # the code's word
    window.verdict_filter.setCurrentIndex(0)
    window.body_filter.setCurrentIndex(window.body_filter.findData("Clean Air Taskforce"))
    assert window.rows_proxy.rowCount() == 8
    window.body_filter.setCurrentIndex(0)
    assert window.year_filter.findData("2024") > 0  # every response of the library is of 2024
    window.rows_proxy.set_filter(year="2023")
    assert window.rows_proxy.rowCount() == 0
    window.year_filter.setCurrentIndex(window.year_filter.findData("2024"))
    assert window.rows_proxy.rowCount() == 25
    window.year_filter.setCurrentIndex(0)
    window.overdue_box.setChecked(True)
    overdue = window.rows_proxy.rowCount()
    assert overdue == sum(r.overdue for r in register.rows) > 0
    window.overdue_box.setChecked(False)
    deadline = [c.title for c in window.rows_model.columns].index("Nearest deadline")
    window.rows_view.sortByColumn(deadline, Qt.SortOrder.DescendingOrder)
    dates = [d for d in _column(window, "Nearest deadline") if d]
    assert dates == sorted(dates, reverse=True)


def test_status_edit_is_kept_with_its_history(window: RegisterWindow, tmp_path: Path) -> None:
    item = next(i for i in window.items_model.records if i.overdue)
    window.set_status(item.id, "done")
    again = next(i for i in window.items_model.records if i.id == item.id)
    assert (again.status, again.overdue) == ("done", False)
    with Ledger(tmp_path / FILENAME) as ledger:
        assert [(c.field, c.value) for c in ledger.history(item.id)] == [("status", "done")]
    window.status_filter.setCurrentIndex(window.status_filter.findData("done"))
    assert window.items_proxy.rowCount() >= 1
    assert set(_column(window, "Status", window.items_proxy)) == {"done"}
    # through the view's own editor: the status column's model takes the choice
    status = [c.title for c in window.items_model.columns].index("Status")
    index = window.items_proxy.index(0, status)
    assert window.items_proxy.setData(index, "dropped")
    assert window.items_model.records and any(i.status == "dropped" for i in window.items_model.records)


def test_double_click_opens_the_pair_at_its_recommendation(window: RegisterWindow, qtbot: QtBot) -> None:
    rows = window.rows_model.records
    target = next(i for i, r in enumerate(rows) if r.pair == FOLLOWED_UP and r.number == "3")
    index = window.rows_proxy.mapFromSource(window.rows_model.index(target, 0))
    with qtbot.waitSignal(window.openPair) as signal:
        window.rows_view.doubleClicked.emit(index)
    advice, response, number = signal.args
    assert (Path(advice).name, Path(response).name, number) == ("document-b.pdf", "document-a.pdf", "3")
    assert Path(advice).parent.name == FOLLOWED_UP


def test_chart_has_a_bar_per_body_and_year(window: RegisterWindow, tmp_path: Path) -> None:
    groups = dict(window.chart.groups)
    assert len(groups) == 4
    assert sum(sum(c.values()) for c in groups.values()) == 25
    image = window.grab()
    assert not image.isNull()
    image.save(str(tmp_path / "register.png"))


def test_commitments_filter_by_body_and_year(qtbot: QtBot, library: Path, tmp_path: Path) -> None:
    # the reader dated one response a year later: the year filter then splits the commitments
    taskforce = library / "taskforce-air"
    key = f"{file_sha256(taskforce / 'document-b.pdf')}:{file_sha256(taskforce / 'document-a.pdf')}"
    with Ledger(tmp_path / FILENAME) as ledger:
        ledger.set_pair_field(key, "response_date", "2025-01-20")
    window = RegisterWindow(data_dir=str(tmp_path), workers=1)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=120_000):
        window.load(library)
    items = window.items_model.records
    own = [i for i in items if i.pair == "taskforce-air"]
    assert own and len(own) < len(items) and own[0].pair_key == key
    window.tabs.setCurrentIndex(1)
    window.body_filter.setCurrentIndex(window.body_filter.findData("Clean Air Taskforce"))
    assert _column(window, "Pair", window.items_proxy) == ["taskforce-air"] * len(own)
    window.body_filter.setCurrentIndex(0)
    assert window.items_proxy.rowCount() == len(items)
    window.year_filter.setCurrentIndex(window.year_filter.findData("2025"))
    assert _column(window, "Pair", window.items_proxy) == ["taskforce-air"] * len(own)
    assert window.rows_proxy.rowCount() == 8  # the recommendations tab filters alike
    window.year_filter.setCurrentIndex(window.year_filter.findData("2024"))
    assert window.items_proxy.rowCount() == len(items) - len(own)
    assert "taskforce-air" not in _column(window, "Pair", window.items_proxy)
    # the verdict filter is the recommendations' own: it leaves the commitments alone
    window.year_filter.setCurrentIndex(0)
    window.verdict_filter.setCurrentIndex(window.verdict_filter.findData("disagrees"))
    assert window.items_proxy.rowCount() == len(items)


Drag = tuple[QDragEnterEvent, QDropEvent, QMimeData]


def _drag(window: RegisterWindow, paths: list[Path]) -> Drag:
    """A drag entering the window and its drop, with ``paths`` as file URLs (what a file manager sends). The
    events only point at their QMimeData: the caller keeps it alive while they are sent."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    at = window.rect().center()
    copy, left, none = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at, copy, mime, left, none)
    QApplication.sendEvent(window, enter)
    return enter, QDropEvent(QPointF(at), copy, mime, left, none), mime


def test_dropped_documents_and_folders_add_pairs(qtbot: QtBot, tmp_path: Path) -> None:
    library = make_library(tmp_path / "library", ["taskforce-air"], follow_up=False)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    # two pairs' documents under neutral names: their content tells which belong together and which is the advice
    for n, name in enumerate(["ombudsman-carers", "rekenkamer-jeugd"]):
        advice, response = LIBRARY[name]
        shutil.copy(DOCS / advice, inbox / f"scan-{n}-b.pdf")
        shutil.copy(DOCS / response, inbox / f"scan-{1 - n}-a.pdf")
    window = RegisterWindow(data_dir=str(tmp_path / "data"), workers=1)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=120_000):
        window.load(library)
    assert {r.pair for r in window.rows_model.records} == {"taskforce-air"}

    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG")
    enter, _, _mime = _drag(window, [picture])
    assert not enter.isAccepted()  # nothing a pair is made of

    enter, drop, _data = _drag(window, sorted(inbox.glob("*.pdf")))
    assert enter.isAccepted()
    with qtbot.waitSignal(window.loaded, timeout=120_000):
        QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    opened = {(Path(r.advice_path).name, Path(r.response_path).name) for r in window.rows_model.records}
    assert opened == {("document-b.pdf", "document-a.pdf"), ("scan-0-b.pdf", "scan-1-a.pdf"),
                      ("scan-1-b.pdf", "scan-0-a.pdf")}  # fmt: skip
    ombudsman = [r for r in window.rows_model.records if r.advice_path.endswith("scan-0-b.pdf")]
    assert [r.number for r in ombudsman] == [
        p.number for p in compare(DOCS / LIBRARY["ombudsman-carers"][0], DOCS / LIBRARY["ombudsman-carers"][1]).pairs
    ]

    # a pair's own folder dropped: one pair more, named after the folder; the others come from the cache
    other = make_library(tmp_path / "more", ["rsj-terugkeer"], follow_up=False) / "rsj-terugkeer"
    _, drop, _more = _drag(window, [other])
    with qtbot.waitSignal(window.loaded, timeout=120_000):
        QApplication.sendEvent(window, drop)
    register = window.register
    assert register is not None and register.analysed == 1
    assert {e.folder.name for e in register.loaded} == {"taskforce-air", "scan-0-b", "scan-1-b", "rsj-terugkeer"}
    assert window.items_proxy.rowCount() == len(register.items) > 0


def test_a_dutch_window_speaks_dutch_throughout(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> None:
    library = make_library(tmp_path / "library", ["taskforce-air", "rekenkamer-jeugd"], follow_up=False)
    (library / "lonely").mkdir()
    shutil.copy(DOCS / "blind4_en_long_numbers_advice.pdf", library / "lonely" / "advice.pdf")
    translator = i18n.install(qapp, "nl")
    assert translator is not None
    translator.misses = []
    try:
        window = RegisterWindow(data_dir=str(tmp_path / "data"), workers=1)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.loaded, timeout=120_000):
            window.load(library)
        model = window.rows_model
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        assert headers[:7] == [
            "Adviesorgaan",
            "Advies",
            "Datum advies",
            "Datum reactie",
            "Nr.",
            "Aanbeveling",
            "Oordeel",
        ]
        items = window.items_model
        assert [items.headerData(c, Qt.Orientation.Horizontal) for c in range(items.columnCount())][2:5] == [
            "Wie",
            "Wat",
            "Termijn",
        ]
        assert set(_column(window, "Verdict")) <= {
            "Eens",
            "Deels eens",
            "Oneens",
            "Alleen kennisgenomen",
            "Geen reactie",
        }
        assert {window.status_filter.itemText(i) for i in range(window.status_filter.count())} == {
            "alle",
            "open",
            "afgehandeld",
            "vervallen",
        }
        assert "1 document in de map" in window.status_label.text()  # the core's reason, in Dutch too
        assert "overgeslagen" in window.status_label.text()
        window.tabs.setCurrentIndex(2)
        window.chart.grab()  # the key is drawn with the verdicts' Dutch words
        assert not translator.misses, sorted(set(translator.misses))
    finally:
        i18n.remove(qapp)
        QLocale.setDefault(QLocale.c())


def _reopened(qtbot: QtBot, data: Path) -> RegisterWindow:
    """A new register window on the same data folder, showing the library it kept."""
    window = RegisterWindow(data_dir=str(data), workers=1)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=120_000):
        assert window.restore()
    return window


def test_dropped_pairs_are_kept_in_the_library_and_can_be_removed(qtbot: QtBot, tmp_path: Path) -> None:
    library = make_library(tmp_path / "library", ["taskforce-air", "rekenkamer-jeugd"], follow_up=False)
    other = make_library(tmp_path / "more", ["rsj-terugkeer"], follow_up=False) / "rsj-terugkeer"
    loose = loose_pair(tmp_path / "inbox")
    data = tmp_path / "data"
    window = RegisterWindow(data_dir=str(data), workers=1)
    qtbot.addWidget(window)
    assert not window.restore()  # nothing kept yet
    with qtbot.waitSignal(window.loaded, timeout=120_000):
        window.load(library)
    _, drop, _mime = _drag(window, [other, *loose])
    with qtbot.waitSignal(window.loaded, timeout=120_000):
        QApplication.sendEvent(window, drop)
    pairs = {"taskforce-air", "rekenkamer-jeugd", "rsj-terugkeer", "one"}
    assert {e.folder.name for e in window._loaded} == pairs
    rows = [(r.pair, r.number, r.verdict) for r in window.rows_model.records]
    window.close()

    # opened again (a new window, as after a restart): the dropped pairs are there, from the cache
    again = _reopened(qtbot, data)
    assert [(r.pair, r.number, r.verdict) for r in again.rows_model.records] == rows
    assert again.register is not None and again.register.analysed == 0

    # removed: a dropped folder, a pair of dropped documents and a sub-folder of the library
    for name in ("rsj-terugkeer", "one", "rekenkamer-jeugd"):
        again.remove_pair(name)
    assert {r.pair for r in again.rows_model.records} == {"taskforce-air"}
    again.close()
    third = _reopened(qtbot, data)
    assert {r.pair for r in third.rows_model.records} == {"taskforce-air"}
    with Ledger(data / FILENAME) as ledger:
        kept = ledger.sources()
    assert kept.library == str(library) and kept.added == ()
    assert kept.left_out == {str(library / "rekenkamer-jeugd")}

    # the removed library sub-folder comes back when it is dropped again; opening the same library keeps it
    _, drop, _mime = _drag(third, [library / "rekenkamer-jeugd"])
    with qtbot.waitSignal(third.loaded, timeout=120_000):
        QApplication.sendEvent(third, drop)
    with qtbot.waitSignal(third.loaded, timeout=120_000):
        third.load(library)
    assert {r.pair for r in third.rows_model.records} == {"taskforce-air", "rekenkamer-jeugd"}
