"""Forms met first in blind round 143, mended in session 46 after round 143 was scored at first sight on 1022c08b
(each test fails on that code)."""

from __future__ import annotations

from tests.core.helpers import compare_pair


def test_paragraphs_led_by_a_bold_title_that_say_what_should_be_done() -> None:
    """A regulator's performance review, "Areas for improvement": "**Interim orders.** In 9 of the 30 cases we sampled
    … Interim order applications should be made within 28 days …", seven such paragraphs, each recommending after what
    it found; each is a recommendation from its first sentence that asks, under its bold title."""
    pairs = compare_pair("blind143_en_regulator_review").pairs
    assert len(pairs) == 7
    assert pairs[1].recommendation.text.startswith("Interim order applications should be made within 28 days")
    assert pairs[1].recommendation.title == "Interim orders"
    assert all(p.reply is not None for p in pairs[:6]) and pairs[6].reply is None


def test_a_dutch_finding_in_a_table_row_beside_the_cell_that_asks() -> None:
    """A playground inspection's table "Code | Terrein | Vaststelling | Aanbeveling | Termijn": "Onder de schommel
    (vrije valhoogte 2,1 m) ligt gras …" and "Boven de speelzone hangen dode takken …" are findings; the cell to
    their right that asks is the recommendation."""
    pairs = compare_pair("blind143_nl_speelterreinen").pairs
    by_number = {p.number: p for p in pairs}
    assert by_number["A-01"].recommendation.text.startswith("Leg onder de schommel een valdempende ondergrond")
    assert by_number["A-04"].recommendation.text.startswith("Sluit het speelbos af bij storm")
