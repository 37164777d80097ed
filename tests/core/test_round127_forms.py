"""Forms met first in blind round 127, mended in session 41 after round 127 was scored at first sight on 40fc467 (each
test fails on that code)."""

from __future__ import annotations

from tests.core.helpers import compare_pair, verdict
from weerwoord.core.analysis.figures import other_figure


def test_advice_blocks_under_article_headings_and_a_page_quoting_them() -> None:
    """ "ADVIES" over each block (two under one article, none under another); a web page quoting each ("De sportraad
    vroeg: …") before "Ons antwoord: …": each quote opens its own reply, the last one too."""
    pairs = compare_pair("blind127_nl_sportraad").pairs
    assert len(pairs) == 7
    assert pairs[3].recommendation.text.startswith("Vervang daarnaast het papieren")
    assert pairs[5].reply is not None and "investeringsfonds" in pairs[5].reply.text
    assert pairs[1].verdict == "partly"


def test_numbered_paragraphs_some_recommending_and_ordinals_by_place() -> None:
    """Paragraphs 1–16 of which seven recommend ("Reserveer daarom …", "Tot slot adviseert de raad om …"), not a
    finding opened by a preposition ("Tijdens de onverwachte stremming …") nor a law paraphrased ("Op grond van de
    Waterwet moet …"); "het vijfde advies" is the fifth of them, not paragraph 5."""
    pairs = compare_pair("blind127_nl_beslisnota").pairs
    assert [p.recommendation.number for p in pairs] == ["5", "7", "9", "11", "12", "14", "15"]
    assert pairs[4].reply is not None and pairs[4].reply is pairs[1].reply


def test_a_grid_cell_carried_over_a_page_break() -> None:
    """The right-hand cells "What needs to change" across tables, one carried to the next page out of its table
    ("Finish the sprinkler program. …"), and a cell that recommends nothing ("No new recommendation this year.")."""
    pairs = compare_pair("blind127_en_community_visitors").pairs
    assert len(pairs) == 7
    assert pairs[3].recommendation.text.startswith("Finish the sprinkler program")
    assert [p.verdict for p in pairs] == ["agrees", "partly", "agrees", "noted", "agrees", "disagrees", "unanswered"]


def test_verdict_wordings_of_round_127() -> None:
    """Going ahead with what the advice wanted avoided ("the merger … will go ahead"), keeping it ("we will keep
    setting restricted fire seasons zone by zone"); "cannot pay for both" refuses a part."""
    assert (
        verdict(
            "After weighing the submissions, the merger of Te Kopua and Ohaua will go ahead in 2027.",
            "en",
            "Keep Te Kopua rural fire station open as a separate station rather than merging it with Ohaua.",
        )
        == "disagrees"
    )
    assert (
        verdict(
            "Likewise, we will keep setting restricted fire seasons zone by zone, because conditions differ.",
            "en",
            "Declare one restricted fire season for the whole district from 1 December each year, instead of zone by "
            "zone.",
        )
        == "disagrees"
    )
    assert other_figure("The free unit must last at least four hours, not eight.", "Offer units of eight hours.")
    assert (
        verdict(
            "The Authority agrees that the elevators are the most urgent need. The east elevator has been moved into "
            "FY 2027. The Capital Fund cannot pay for both in the same year, so the west elevator stays in FY 2029.",
            "en",
            "We recommend that the Authority replace both elevators in FY 2027 instead of FY 2029.",
        )
        == "partly"
    )
