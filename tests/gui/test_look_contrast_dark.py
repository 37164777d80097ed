"""The contrast tests of test_look_contrast.py again under a dark palette: the window follows the system's palette
(theme.is_dark: a Window colour darker than mid-grey), so a dark desktop (KDE's Breeze Dark here) gives chips on dark
rows, a darker grey around the pages and the focus ring on it. The pages themselves stay white (PDF renders)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from tests.gui import test_look_contrast as light
from weerwoord.gui import theme

R = QPalette.ColorRole
BREEZE_DARK = {  # KDE Plasma's Breeze Dark, as Qt gets it from the platform theme
    R.Window: "#31363b",
    R.WindowText: "#eff0f1",
    R.Base: "#232629",
    R.AlternateBase: "#31363b",
    R.Text: "#eff0f1",
    R.Button: "#31363b",
    R.ButtonText: "#eff0f1",
    R.BrightText: "#ffffff",
    R.Light: "#40464c",
    R.Midlight: "#383d43",
    R.Mid: "#25292c",
    R.Dark: "#1b1e20",
    R.Shadow: "#0f1012",
    R.Highlight: "#3daee9",
    R.HighlightedText: "#eff0f1",
    R.ToolTipBase: "#31363b",
    R.ToolTipText: "#eff0f1",
    R.Link: "#1d99f3",
    R.PlaceholderText: "#a1a9b1",
}


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[QPalette]:
    before = QPalette(qapp.palette())
    palette = QPalette(before)
    for role, colour in BREEZE_DARK.items():
        palette.setColor(role, QColor(colour))
    qapp.setPalette(palette)
    assert theme.is_dark()
    yield palette
    qapp.setPalette(before)
    QApplication.processEvents()  # the window's icons redone now, while it is still there (a zero timer)


def test_chips_marks_and_focus_ring_stand_out_under_a_dark_palette(
    qtbot: Any, make_window: Any, dark: QPalette
) -> None:
    """One test, one window: a window left from an earlier test would hear the palette change after its panes are
    gone (window.py's _refresh_icons on a zero timer without a context object)."""
    light.test_every_chip_reads_at_4_5_to_1_on_selected_and_plain_rows(qtbot, make_window)
    light.test_mark_underlines_and_outlines_stand_at_3_to_1_on_the_page(qtbot, make_window)
    light.test_the_focused_pane_shows_a_ring_at_3_to_1(qtbot, make_window)
    light.test_the_contents_selection_reads_at_4_5_to_1(qtbot, make_window)
