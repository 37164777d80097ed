"""Contrast measured on rendered pixels (WCAG 2): chips, mark underlines, focus ring, legend, colours apart."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import QModelIndex, QRect
from PySide6.QtGui import QColor, QFontMetrics, QImage

from tests.gui.conftest import DOCS, open_and_wait
from weerwoord.gui import theme
from weerwoord.gui.pairs_list import chip_width

ADVICE = DOCS / "nl_twocol_advice.pdf"
RESPONSE = DOCS / "nl_twocol_response.pdf"


def _pixels(image: QImage, rect: QRect) -> list[QColor]:
    r = rect.intersected(image.rect())
    return [image.pixelColor(x, y) for y in range(r.top(), r.bottom() + 1) for x in range(r.left(), r.right() + 1)]


def _commonest(colours: list[QColor]) -> QColor:
    return QColor.fromRgb(Counter(c.rgb() for c in colours).most_common(1)[0][0])


def _chip_rect(view: Any, index: QModelIndex) -> QRect:
    """Where the delegate paints the chip of a row (as PairDelegate.paint places it), in device pixels."""
    rect = view.visualRect(index)
    inner = rect.adjusted(6, 6, -6, -6)
    fm = QFontMetrics(view.font())
    w = chip_width(view.font())
    return QRect(inner.right() - w + 1, inner.center().y() - fm.height() // 2 - 3, w, fm.height() + 6)


def _measure_chip(image: QImage, chip: QRect, row_bg: QColor) -> tuple[float, float]:
    """(text on chip, chip edge on row): the chip's commonest colour is its fill; its text the most distinct."""
    inside = _pixels(image, chip.adjusted(chip.height() // 2, 3, -chip.height() // 2, -3))
    fill = _commonest(inside)
    text = max(inside, key=lambda c: theme.contrast(c, fill))
    band = _pixels(image, chip.adjusted(-2, -2, 2, 2))
    edge = max(theme.contrast(c, row_bg) for c in band)
    return theme.contrast(text, fill), edge


def test_every_chip_reads_at_4_5_to_1_on_selected_and_plain_rows(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    open_and_wait(qtbot, window, ADVICE, RESPONSE)
    view, model = window.ui.pairs_view, window.pairs_model
    verdicts = {}
    for row, entry in enumerate(model.entries):
        if entry.kind == "pair":
            verdicts.setdefault(entry.pair.verdict, row)
    assert {"agrees", "partly", "disagrees", "noted", "unanswered"} <= set(verdicts)
    measured = {}
    for verdict, row in verdicts.items():
        for selected in (False, True):
            other = next(r for v, r in verdicts.items() if v != verdict)
            window.navigator.select_row(row if selected else other)
            view.scrollTo(model.index(row))
            qtbot.wait(20)
            image = view.viewport().grab().toImage()
            chip = _chip_rect(view, model.index(row))
            row_rect = view.visualRect(model.index(row))
            row_bg = image.pixelColor(row_rect.left() + 3, row_rect.top() + 3)
            text, edge = _measure_chip(image, chip, row_bg)
            measured[(verdict, selected)] = (round(text, 2), round(edge, 2))
            assert text >= 4.5, (verdict, selected, text)
            assert edge >= 3.0, (verdict, selected, edge)
    # the selected row's own text, too
    window.navigator.select_row(verdicts["agrees"])
    image = view.viewport().grab().toImage()
    rect = view.visualRect(model.index(verdicts["agrees"]))
    band = _pixels(image, QRect(rect.left() + 6, rect.top() + 6, 30, rect.height() - 12))
    bg = _commonest(band)
    assert max(theme.contrast(c, bg) for c in band) >= 4.5
    print(measured)


def test_mark_underlines_and_outlines_stand_at_3_to_1_on_the_page(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    open_and_wait(qtbot, window, ADVICE, RESPONSE)
    view = window.panes["response"].view
    seen: dict[tuple[str, bool], float] = {}
    for hl in view.highlights:
        key = (hl.category, hl.about_recommendation)
        if key in seen:
            continue
        view.ensure_visible(hl.page, hl.rects[0])
        qtbot.waitUntil(view.is_painted, timeout=10_000)
        image = view.viewport().grab().toImage()
        r = view.to_view(hl.page, hl.rects[0]).adjusted(-1, -1, 1, 1).toRect()
        if not image.rect().contains(r):
            continue
        white = QColor("white")
        rows = [
            _pixels(image, QRect(r.left() + 2, y, max(1, r.width() - 4), 1))
            for y in range(r.bottom() - 3, r.bottom() + 1)
        ]
        if hl.about_recommendation:  # the underline: the row whose commonest colour is darkest
            stroke = max((_commonest(line) for line in rows), key=lambda c: theme.contrast(c, white))
        else:  # the dashed outline, on the rectangle's bottom edge
            stroke = max(
                (c for line in rows for c in line if c.saturation() > 80), key=lambda c: theme.contrast(c, white)
            )
        seen[key] = theme.contrast(stroke, QColor("white"))
        assert seen[key] >= 3.0, (key, seen[key], stroke.name())
    assert {c for c, _ in seen} == set(theme.CATEGORY_LOOKS), seen
    assert any(not about for _, about in seen), "no mark about others on this pair"


def test_the_focused_pane_shows_a_ring_at_3_to_1(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    open_and_wait(qtbot, window, ADVICE, RESPONSE)
    view = window.panes["advice"].view
    window.panes["response"].view.setFocus()
    qtbot.waitUntil(lambda: not view.hasFocus())
    unfocused = view.viewport().grab().toImage()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    focused = view.viewport().grab().toImage()
    y = focused.height() // 2
    around = unfocused.pixelColor(1, y)
    ring = focused.pixelColor(1, y)
    assert theme.contrast(ring, around) >= 3.0, (ring.name(), around.name())


def test_the_legend_off_state_is_grey_and_struck(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    act = window.view_commands.act_legend["disagreement"]
    button = next(b for b in window.findChildren(type(window.ui.cancel_button)) if b.defaultAction() is act)
    red = QColor(theme.CATEGORY_LOOKS["disagreement"].colour)

    def reddish() -> int:
        image = button.grab().toImage()
        return sum(1 for c in _pixels(image, image.rect()) if theme.contrast(c, red) < 1.2 and c.red() > c.green() + 60)

    assert reddish() > 20
    act.setChecked(False)
    qtbot.wait(20)
    assert reddish() == 0
    act.setChecked(True)


def test_selection_is_not_commitment_and_hits_are_not_reservations(qtbot: Any, make_window: Any) -> None:
    """The tints as drawn on the white page, measured: their hues at least 45° apart (they were 3° and 10°)."""
    window = make_window()
    open_and_wait(qtbot, window, ADVICE, RESPONSE)
    view = window.panes["response"].view

    def tint(rects: Any, page: int) -> QColor:
        view.ensure_visible(page, rects[0])
        qtbot.waitUntil(view.is_painted, timeout=10_000)
        image = view.viewport().grab().toImage()
        return _commonest(_pixels(image, view.to_view(page, rects[0]).toRect().adjusted(1, 1, -1, -4)))

    def apart(a: QColor, b: QColor) -> int:
        d = abs(a.hslHue() - b.hslHue())
        return min(d, 360 - d)

    commitment = next(h for h in view.highlights if h.category == "commitment" and h.about_recommendation)
    reservation = next(h for h in view.highlights if h.category == "reservation" and h.about_recommendation)
    commit_tint = tint(commitment.rects, commitment.page)
    reserve_tint = tint(reservation.rects, reservation.page)
    page = reservation.page
    qtbot.waitUntil(lambda: page in view._words, timeout=10_000)
    middle = len(view._words[page]) // 2
    view.select_words((page, middle), (page, middle + 4))
    rects = view.selection_rects()[page]
    selection_tint = tint(rects, page)
    view.clear_selection()
    view.set_search_hits([(page, tuple(rects))], 0)
    hit_tint = tint(rects, page)
    assert apart(selection_tint, commit_tint) > 45, (selection_tint.name(), commit_tint.name())
    assert apart(hit_tint, reserve_tint) > 45, (hit_tint.name(), reserve_tint.name())


def _device(rect: QRect, ratio: float) -> QRect:
    return QRect(
        round(rect.left() * ratio), round(rect.top() * ratio), round(rect.width() * ratio), round(rect.height() * ratio)
    )


def test_the_contents_selection_reads_at_4_5_to_1(qtbot: Any, make_window: Any) -> None:
    """The Contents panel's selected heading, as rendered, focused and not: its text on the selection at 4.5:1,
    the selection on the panel at 3:1 (Breeze Dark's blue under its light text gave about 2.1:1)."""
    window = make_window()
    open_and_wait(qtbot, window, ADVICE, RESPONSE)
    window.side_panels.act_contents.trigger()
    contents = window.side_panels.contents_panel
    contents.tabs.setCurrentIndex(0)
    doc = contents.docs["advice"]
    qtbot.waitUntil(lambda: len(doc.heading_items) > 1, timeout=20_000)
    chosen, plain = doc.heading_items[0], doc.heading_items[1]
    doc.headings.setCurrentItem(chosen)
    measured = {}
    for focused in (True, False):
        (doc.headings if focused else window.panes["advice"].view).setFocus()
        qtbot.waitUntil(lambda f=focused: doc.headings.hasFocus() == f)
        image = doc.headings.viewport().grab().toImage()
        ratio = image.devicePixelRatio()
        inside = _pixels(image, _device(doc.headings.visualItemRect(chosen), ratio).adjusted(2, 2, -2, -2))
        fill = _commonest(inside)
        text = max(inside, key=lambda c: theme.contrast(c, fill))
        panel = _commonest(_pixels(image, _device(doc.headings.visualItemRect(plain), ratio)))
        measured[focused] = (fill.name(), text.name(), panel.name())
        assert theme.contrast(text, fill) >= 4.5, measured
        assert theme.contrast(fill, panel) >= 3.0, measured
    print(measured)
