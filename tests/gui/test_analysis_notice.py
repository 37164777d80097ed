"""The notice above the panes: the analysis's doubts in words, and the other readings of the advice one click away."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.core.analysis.compare import compare
from app.gui.analysis_notice import AnalysisNotice
from tests.gui.conftest import DOCS


def test_hidden_when_the_analysis_is_sure(qtbot: Any) -> None:
    notice = AnalysisNotice()
    qtbot.addWidget(notice)
    notice.show_for(compare(DOCS / "blind10_nl_aiv_advice.pdf", DOCS / "blind10_nl_aiv_response.pdf"))
    assert notice.isHidden()


def test_warnings_and_other_readings_one_click_away(qtbot: Any) -> None:
    # a response whose table names recommendations 1-8, read against an advice of seven: the numbers disagree
    result = compare(DOCS / "blind10_nl_aiv_advice.pdf", DOCS / "blind10_en_au_committee_response.pdf")
    assert result.warnings
    notice = AnalysisNotice()
    qtbot.addWidget(notice)
    notice.show()
    notice.show_for(result)
    assert notice.isVisible()
    assert "lacks" in notice.text.text()
    weighed = [a for a in result.alternatives if a.get("score") is not None]
    assert len(notice.buttons) == min(3, len(weighed))
    if notice.buttons:
        with qtbot.waitSignal(notice.readingChosen, timeout=2000) as signal:
            qtbot.mouseClick(notice.buttons[0], Qt.MouseButton.LeftButton)
        assert signal.args == [weighed[0]["reading"]]


def test_a_chosen_reading_offers_the_way_back(qtbot: Any) -> None:
    advice, response = DOCS / "blind10_en_select_museums_advice.pdf", DOCS / "blind10_en_select_museums_response.pdf"
    best = compare(advice, response)
    other = str(best.alternatives[0]["reading"])
    chosen = compare(advice, response, reading=other)
    notice = AnalysisNotice()
    qtbot.addWidget(notice)
    notice.show()
    notice.show_for(chosen, chosen_reading=other)
    assert notice.isVisible()
    labels = [b.text() for b in notice.buttons]
    assert any("Conclusions and recommendations" in t for t in labels)  # the best reading, offered back
    with qtbot.waitSignal(notice.readingChosen, timeout=2000) as signal:
        qtbot.mouseClick(notice.buttons[-1], Qt.MouseButton.LeftButton)
    assert signal.args == [""]  # let the response decide again
