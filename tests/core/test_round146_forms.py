"""Forms met first in blind round 146, mended in session 47 after round 146 was scored at first sight on 1c711110
(each test fails on that code)."""

from __future__ import annotations

from tests.core.helpers import compare_pair, verdict


def test_a_board_quoting_the_openings_and_what_was_not_advised() -> None:
    """An owners' association board quotes the opening of each of its committee's points in italics
    ("'Verhoog de jaarlijkse reservering … ...'") and answers under it, and quotes "'Wij adviseren niet om de lift nu
    al te vervangen ...'" too: that passage is no recommendation, and its answer ("Het bestuur is het hiermee eens")
    belongs to none."""
    pairs = compare_pair("blind146_nl_vve").pairs
    assert len(pairs) == 7 and not any("lift" in p.recommendation.text[:60] for p in pairs)
    reserve = next(p for p in pairs if "reservering" in p.recommendation.text[:40].lower())
    assert reserve.verdict == "disagrees" and "hiermee eens" not in reserve.reply.text  # type: ignore[union-attr]


def test_a_recommendation_named_at_length_before_it_is_accepted_in_full() -> None:
    """ "Your first recommendation, on showers and clean clothes for people held for more than a day, is accepted in
    full."; "The Commissioner has noted your suggestion of publishing findings every quarter …" only notes."""
    pairs = compare_pair("blind146_en_custody_visiting").pairs
    showers = next(p for p in pairs if p.recommendation.text.startswith("The Chief Constable should make sure"))
    quarterly = next(p for p in pairs if p.recommendation.text.startswith("The Commissioner should publish a summary"))
    assert showers.verdict == "agrees" and quarterly.verdict == "noted"


def test_dutch_refusals_by_a_limit_and_by_keeping_to_the_present() -> None:
    """ "De ozb verhogen wij niet verder dan de inflatie" where an increase to the average was asked; "De politiezone
    … houdt vast aan haar huidige inzet"; "Een verbod in de stageovereenkomst vinden wij een stap te ver"."""
    assert (
        verdict(
            "De ozb verhogen wij niet verder dan de inflatie: de lasten voor inwoners zijn al fors toegenomen.",
            "nl",
            "Verhoog de onroerendezaakbelasting stapsgewijs tot het gemiddelde van vergelijkbare gemeenten.",
        )
        == "disagrees"
    )
    assert (
        verdict(
            "De politiezone kan voor een oefening geen vier ploegen vrijmaken, en houdt vast aan haar huidige inzet.",
            "nl",
            "Voorzie ten minste vier politieploegen voor de afsluiting van de perimeter.",
        )
        == "disagrees"
    )
    assert (
        verdict(
            "Een verbod in de stageovereenkomst vinden wij een stap te ver.",
            "nl",
            "Neem een verbod op het vragen om een foto op in de stageovereenkomst met elk bedrijf.",
        )
        == "disagrees"
    )


def test_gladly_done() -> None:
    """ "Dat doen wij graag. Een samenvatting op één pagina zit bij deze vergaderstukken": agreed."""
    rec = "Stuur alle eigenaars vóór de ledenvergadering een samenvatting van het plan."
    reply = "Dat doen wij graag. Een samenvatting op één pagina zit bij deze vergaderstukken."
    assert verdict(reply, "nl", rec) == "agrees"


def test_roman_numerals_beside_a_finding_answered_by_its_number() -> None:
    """ "Ad V", "Ad I" … "Ad III en VI" and "Ad bevinding 4": the numerals' series goes on past the last answered,
    to VII, which no reply names, whatever number the finding has."""
    pairs = compare_pair("blind146_nl_stagediscriminatie").pairs
    seventh = next(p for p in pairs if p.number == "VII")
    assert seventh.recommendation.text.startswith("Betrek de studentenraad") and seventh.verdict == "unanswered"
