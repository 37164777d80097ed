"""The notice above the panes: the analysis's doubts in words, and the other readings of the advice one click away."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.gui.conftest import DOCS
from weerwoord.core.analysis.compare import compare
from weerwoord.gui.analysis_notice import AnalysisNotice


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


def test_the_window_switches_reading_in_one_click_and_keeps_it(qtbot: Any, make_window: Any, tmp_path: Any) -> None:
    """en_conclusions: the numbered list and the "We recommend" sentences explain the response almost equally; the
    window offers the other reading, one click switches to it, and `compare --data-dir` then prints the same."""
    import json
    import subprocess
    import sys

    from tests.gui.conftest import open_and_wait

    advice, response = DOCS / "en_conclusions_advice.pdf", DOCS / "en_conclusions_response.pdf"
    data = tmp_path / "data"
    window = make_window(data_dir=data)
    open_and_wait(qtbot, window, advice, response)
    notice = window.ui.notice
    assert notice.isVisible() and notice.buttons
    before = [p.recommendation.evidence for p in window.comparison().pairs]
    with qtbot.waitSignal(window.analysisFinished, timeout=30_000):
        qtbot.mouseClick(notice.buttons[0], Qt.MouseButton.LeftButton)
    after = [p.recommendation.evidence for p in window.comparison().pairs]
    assert after != before and window.pair.corrections.reading == "sentences@0"
    assert after[0][0].startswith("Sentence 1 of")  # read as the "We recommend" sentences now
    assert notice.isVisible() and "Let the response decide again" in notice.buttons[-1].text()
    run = subprocess.run(
        [sys.executable, "-m", "weerwoord", "compare", "--data-dir", str(data), str(advice), str(response)],
        capture_output=True,
        text=True,
        check=True,
        cwd=DOCS.parent.parent,
    )
    assert [p["recommendation"]["evidence"] for p in json.loads(run.stdout)["pairs"]] == after
    # and back: the response decides again
    with qtbot.waitSignal(window.analysisFinished, timeout=30_000):
        qtbot.mouseClick(notice.buttons[-1], Qt.MouseButton.LeftButton)
    assert [p.recommendation.evidence for p in window.comparison().pairs] == before
