"""Forms met first in blind round 125, mended in session 41 after round 125 was scored at first sight on 6bf1b43 (each
test fails on that code)."""

from __future__ import annotations

from tests.core.helpers import compare_pair, verdict
from weerwoord.core.analysis.figures import other_figure


def test_advice_in_bars_under_numbered_topics() -> None:
    """A panel's "PANEL ADVICE" bar under each "Topic N:" heading, a tag ("CHANGE", "ADD") beside it: the text after
    each bar is a recommendation, numbered by its topic; a bar that says there is none ("has no advice on this
    topic", "makes no recommendation") is none; the letter answers "Topic 4 (Disability). Agreed." by topic."""
    pairs = compare_pair("blind125_en_census_content").pairs
    assert [p.recommendation.number for p in pairs] == ["2", "3", "4", "5", "7", "8", "9"]
    assert pairs[0].recommendation.text.startswith("Replace the single ethnicity question")
    assert [p.verdict for p in pairs] == ["agrees", "partly", "agrees", "disagrees", "noted", "agrees", "unanswered"]


def test_bulleted_points_in_a_grids_column() -> None:
    """A debrief's grid "What went well | Even better if": each bullet in the right-hand cells is a point of its own
    (two in one cell are two recommendations), in one column across the area tables."""
    pairs = compare_pair("blind125_en_festival_debrief").pairs
    assert len(pairs) == 7
    assert pairs[1].recommendation.text.startswith("Open the overflow car park")
    assert pairs[1].reply is None
    assert pairs[2].verdict == "partly"


def test_a_forms_ticked_option_is_its_verdict() -> None:
    """ "Adviespunt 2 ☐ gevolgd ☒ deels gevolgd ☐ niet gevolgd ☐ kennisname": the option ticked is the verdict, where
    the row stands after the point's number."""
    pairs = compare_pair("blind125_nl_seniorenraad").pairs
    assert [pairs[k].verdict for k in (1, 3, 6)] == ["partly", "disagrees", "agrees"]


def test_proposals_after_a_run_in_label() -> None:
    """Paragraphs opened by "Voorstel:" under article headings are the recommendations, not the "Opmerking:" ones."""
    pairs = compare_pair("blind125_nl_participatie").pairs
    assert len(pairs) == 7
    assert pairs[2].recommendation.text.startswith("schrijf voor dat het participatieplan")


def test_verdict_wordings_of_round_125() -> None:
    """A part put off ("schuift op naar 2029"), a decision left open ("zonder nu al een keuze te maken", "kan niet
    beloven dat het erin komt"), a thing kept ("te laten zoals hij is"), the thing the advice wanted avoided, gone
    ahead with, a proposal "zoals de adviescommissie voorstelde, is niet … opgenomen", and a promise whose purpose
    says "whether"."""
    assert (
        verdict(
            "De archieven tot 1990 brengen wij in 2027 over. Voor de stukken uit 1990-2005 ontbreekt nog een deel van "
            "de inventaris; die overbrenging schuift daarom op naar 2029.",
            "nl",
            "Breng de archieven uit de periode 1975-2005 over naar het Streekarchief.",
        )
        == "partly"
    )
    assert (
        verdict(
            "Wij laten de leverancier dit onderzoeken en beslissen daarna, zonder nu al een keuze te maken.",
            "nl",
            "Richt het zaaksysteem zo in dat ook e-mails in het dossier worden opgeslagen.",
        )
        == "noted"
    )
    assert (
        verdict(
            "Het jongerenbudget vind ik een interessant idee. Ik neem het mee naar de voorbereiding van de begroting "
            "2027, maar ik kan niet beloven dat het erin komt.",
            "nl",
            "Stel een jongerenbudget van 25.000 euro per jaar in.",
        )
        == "noted"
    )
    assert (
        verdict(
            "Het college heeft besloten de bijdrage te laten zoals hij is.",
            "nl",
            "Schaf de eigen bijdrage van 2 euro per avond in jongerencentrum De Loods af.",
        )
        == "disagrees"
    )
    assert (
        verdict(
            "Een jaarlijks overzicht voor de raad, zoals de adviescommissie voorstelde, is niet in de verordening "
            "opgenomen.",
            "nl",
            "Laat het college elk jaar een participatieverslag aan de raad sturen.",
        )
        == "disagrees"
    )
    assert (
        verdict(
            "We will also put a new question about loneliness into the residents' survey from the 2026 round, so that "
            "you and we can see whether things are getting better where you live.",
            "en",
            "I recommend that the Council adds a question on loneliness to its annual residents' survey.",
        )
        == "agrees"
    )
    assert (
        verdict(
            "The Cabinet has decided to go ahead with withdrawing those four routes in September 2026.",
            "en",
            "I recommend that the Council keeps all twelve community bus routes, rather than withdrawing four of them.",
        )
        == "disagrees"
    )


def test_a_time_of_day_in_words_is_the_same_hour() -> None:
    """ "tot elf uur" is "tot 23.00 uur", "until 11 pm" is "until 23:00"; "until 10 pm" is another time."""
    assert not other_figure("De Wiek is elke vrijdagavond tot elf uur open.", "Houd De Wiek tot 23.00 uur open.")
    assert not other_figure("The hall will be open until 11 pm.", "Keep the hall open until 23:00 hours.")
    assert other_figure("The hall will be open until 10 pm.", "Keep the hall open until 11 pm.")
