"""The Contents tab (F4): headings and thumbnails move the page views; the marks list (F8) jumps to a mark."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from tests.gui.conftest import DOCS, open_and_wait
from weerwoord.gui.marks_list import OTHERS, rule_words

ADVICE = DOCS / "nl_twocol_advice.pdf"
RESPONSE = DOCS / "nl_twocol_response.pdf"


def _key(window: Any, key: Qt.Key) -> None:
    """A key typed where the keyboard is, as the reader types it (the window's shortcuts answer)."""
    window.activateWindow()
    QTest.keyClick(window.focusWidget() or window, key)


def test_f4_shows_the_headings_and_enter_goes_to_a_heading(qtbot: Any, make_window: Any, example: Any) -> None:
    window = make_window()
    open_and_wait(qtbot, window, *example)
    side = window.side_panels
    panel = side.contents_panel
    assert not window.ui.sidebar.isTabVisible(window.ui.sidebar.indexOf(panel))  # hidden until asked for
    _key(window, Qt.Key.Key_F4)
    assert side.act_contents.isChecked()
    assert window.ui.sidebar.currentWidget() is panel
    doc = panel.docs["advice"]
    assert doc.headings.hasFocus()
    pane = window.ui.panes["advice"]
    far = [h for h in doc.heading_items if h.data(0, Qt.ItemDataRole.UserRole)[0] not in (pane.page.value(), 1)]
    assert far, "no heading on another page than the one shown"
    target = far[-1]
    page = target.data(0, Qt.ItemDataRole.UserRole)[0]
    doc.headings.setCurrentItem(target)
    QTest.keyClick(doc.headings, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page in pane.view.visible_pages())
    assert pane.page.value() == page
    # the document's own words: every heading's text is a heading block of the advice as read
    texts = {b.text for b in window.pair.analysed.advice.blocks if b.kind == "heading"}
    assert all(any(t in h.toolTip(0) for t in texts) for h in doc.heading_items)
    _key(window, Qt.Key.Key_F4)
    assert not window.ui.sidebar.isTabVisible(window.ui.sidebar.indexOf(panel))


def test_thumbnails_are_drawn_and_the_arrow_keys_turn_the_pages(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    open_and_wait(qtbot, window, ADVICE, RESPONSE)
    side = window.side_panels
    side.act_contents.trigger()
    panel = side.contents_panel
    panel.tabs.setCurrentWidget(panel.docs["response"])
    doc = panel.docs["response"]
    assert doc.thumbs.count() == window.ui.panes["response"].view.page_count
    qtbot.waitUntil(lambda: 1 in side.contents.arrived["response"], timeout=20_000)
    image = doc.thumbs.item(0).icon().pixmap(doc.thumbs.iconSize()).toImage()
    inked = sum(  # inside the edge: a page not drawn yet is white there
        1
        for y in range(3, image.height() - 3)
        for x in range(3, image.width() - 3)
        if QColor(image.pixel(x, y)).lightness() < 230
    )
    assert inked > 300, f"the first thumbnail shows no text ({inked} inked pixels)"
    view = window.ui.panes["response"].view
    view.go_to_page(1)
    qtbot.waitUntil(lambda: doc.thumbs.currentRow() == 0)  # the thumbnails follow the page view
    doc.thumbs.setFocus()
    QTest.keyClick(doc.thumbs, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: window.ui.panes["response"].page.value() == 2)
    assert 2 in view.visible_pages()


def test_the_contents_tab_is_remembered(qtbot: Any, make_window: Any) -> None:
    first = make_window()
    first.side_panels.act_contents.trigger()
    first.close()
    second = make_window()
    assert second.side_panels.act_contents.isChecked()
    assert second.ui.sidebar.isTabVisible(second.ui.sidebar.indexOf(second.side_panels.contents_panel))


def test_the_marks_list_lists_filters_and_jumps(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    open_and_wait(qtbot, window, ADVICE, RESPONSE)
    panel = window.side_panels.marks_panel
    _key(window, Qt.Key.Key_F8)
    assert panel.list.hasFocus()
    pair = window.pair.current_pair()
    assert panel.list.count() == len(pair.marks)
    panel.only_current.setChecked(False)
    pairs = window.pair.comparison().pairs
    assert panel.list.count() == sum(len(p.marks) for p in pairs)
    panel.category.setCurrentIndex(panel.category.findData(OTHERS))
    others = [(p.number, i) for p in pairs for i, m in enumerate(p.marks) if not m.about_recommendation]
    assert others, "this pair has no mark about others"
    listed = [panel.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(panel.list.count())]
    assert listed == others
    # Enter on a mark of another recommendation: that one is selected and its mark flashed on the response
    number, index = next((n, i) for n, i in others if n != pair.number)
    row = listed.index((number, index))
    panel.list.setCurrentRow(row)
    panel.list.setFocus()
    QTest.keyClick(panel.list, Qt.Key.Key_Return)
    assert window.pair.current_pair().number == number
    mark = window.pair.current_pair().marks[index]
    flash = window.ui.panes["response"].view.flashing()
    assert flash is not None and flash[0] == mark.spans[0].page
    assert window.ui.detail.marks.currentRow() == index
    assert "about others" in panel.list.item(row).text()


def test_a_marks_hover_names_its_rule_in_words(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    open_and_wait(qtbot, window, ADVICE, RESPONSE)
    for pair in window.pair.comparison().pairs:
        if pair.marks:
            window.navigator.select_number(pair.number)
            break
    pair = window.pair.current_pair()
    tip = window.ui.detail.marks.item(0).toolTip()
    assert pair.marks[0].rule not in tip and "rule:" not in tip
    assert "Dutch phrase of" in tip or "Dutch verdict phrase" in tip
    assert rule_words("nl.agree.ter-harte", "agreement") == "Dutch phrase of agreement “ter harte”"
    assert rule_words("en.dis.reject", "agreement").endswith("turned round by a negation")
    assert rule_words("manual", "agreement", manual=True) == "drawn by you"
