"""Forms met first in blind round 100, mended after round 100 was scored at first sight (each test fails on the code
before it)."""

from __future__ import annotations

from tests.core.helpers import compare_pair


def test_a_decision_table_led_by_the_submitters_codes() -> None:
    """A hearings panel's decision table "Submission point | Panel decision and reasons" leads each row with the
    submitter's code and its subject in brackets ("DS6 (pohutukawa)", "DS2 and DS5 (vehicles and parking)"): the
    code is the point answered (not the row's own number, nor dropped from a cell of two words), and a row
    naming two answers both."""
    result = compare_pair("blind100_en_reserve_plan")
    by_number = {p.recommendation.number: p for p in result.pairs}
    assert sorted(by_number) == [f"DS{k}" for k in range(1, 8)]
    assert by_number["DS6"].reply is not None and "pohutukawa" in by_number["DS6"].reply.text
    assert by_number["DS2"].reply is not None and by_number["DS2"].reply is by_number["DS5"].reply
    assert by_number["DS4"].reply is None
    assert by_number["DS7"].verdict == "noted"


def test_the_agenda_points_of_minutes_cite_nothing() -> None:
    """A church council's minutes are headed "Punt 1. Goedkeuring van de notulen …", "Punt 2. Advies van de stad
    …", "Punt 3. …", "Punt 4. Varia en slot": the meeting's own agenda, no citation of the advice's points 1-4
    (its chapter headings); the recommendations are paragraphs 4.1-4.7, each answered as "Aanbeveling 4.x"."""
    result = compare_pair("blind100_nl_kerkfabriek")
    numbers = [p.recommendation.number for p in result.pairs]
    assert [n for n in numbers if n.startswith("4.")] == [f"4.{k}" for k in range(1, 8)]
    assert not {"1", "2", "4"} & set(numbers)
    by_number = {p.recommendation.number: p for p in result.pairs}
    assert by_number["4.4"].reply is None
    assert by_number["4.2"].reply is not None and by_number["4.2"].reply is by_number["4.6"].reply


def _verdict(language: str, asked: str, reply: str) -> str:
    from weerwoord.core.analysis import stance
    from weerwoord.core.model import TextRun

    return stance.verdict(stance.find_marks(TextRun(reply, []), language, asked), reply, language, asked)[0]


def test_round_100_verdict_language() -> None:
    """A Dutch recommendation put as a statement asks the act its closing infinitive names ("… laat de kerkfabriek
    in 2026 een energiescan … uitvoeren", done as "wordt in november uitgevoerd"); "De kerkraad ziet geen reden om
    af te wijken van de decretale termijn" refuses (the church council answers as the government does); "gaat
    akkoord met een nieuwe inventaris …, maar haalt eind 2027 niet; … volgt in een tweede fase" accepts part; and
    "Het college gaat akkoord met een zondagsopening …" is no agreement with a budget it then says is not possible
    (a guard: the sentence alone reads as noted, in its reply as refused)."""
    assert (
        _verdict(
            "nl",
            "Om de energiekosten te beperken laat de kerkfabriek in 2026 een energiescan van kerk en pastorie "
            "uitvoeren.",
            "De energiescan werd op 2 oktober besteld bij een erkend energiedeskundige en wordt in november "
            "uitgevoerd; de resultaten worden aan de stad bezorgd.",
        )
        == "agrees"
    )
    assert (
        _verdict(
            "nl",
            "Wij vragen de jaarrekening voortaan uiterlijk op 15 februari aan de stad te bezorgen.",
            "De kerkraad ziet geen reden om af te wijken van de decretale termijn van 31 maart. De penningmeester "
            "werkt als vrijwilliger.",
        )
        == "disagrees"
    )
    assert (
        _verdict(
            "nl",
            "De kerkfabriek maakt vóór eind 2027 een volledige inventaris op van de roerende goederen, met inbegrip "
            "van die in de kapel van Ter Heide.",
            "De kerkraad gaat akkoord met een nieuwe inventaris van de kerk zelf, op te maken door vrijwilligers, maar "
            "haalt eind 2027 niet; de kapel van Ter Heide volgt in een tweede fase in 2028.",
        )
        == "partly"
    )
    assert _verdict(
        "nl",
        "Verdubbel het werkingsbudget van de toerismeraad tot 6.000 euro per jaar.",
        "Het college gaat akkoord met een zondagsopening van het infokantoor van 13 tot 17 uur in de zomermaanden. "
        "Een verhoging van het werkingsbudget van de toerismeraad is in de huidige meerjarenplanning niet "
        "mogelijk.",
    ) not in ("agrees", "partly")


def test_round_100_verdict_language_continued() -> None:
    """ "… so the Council cannot proceed with that proposal" refuses; "Dat gaan we niet overal doen: vanaf 1 maart
    2027 geldt een bewonerszone in de Stationsstraat, …" does a part (not everywhere is somewhere, no refusal)."""
    assert (
        _verdict(
            "en",
            "Install lighting at the Fairgreen skate park so that it can be used in winter evenings.",
            "The site lies within a flood zone and next to houses, and floodlighting it would not be permitted under "
            "our public lighting policy, so the Council cannot proceed with that proposal.",
        )
        == "disagrees"
    )
    assert (
        _verdict(
            "nl",
            "Voer bewonersparkeren in voor de hele zone tussen het station en de Sint-Jozefskerk.",
            "Het wijkcomité vroeg om bewonersparkeren in de hele stationsbuurt. Dat gaan we niet overal doen: vanaf 1 "
            "maart 2027 geldt een bewonerszone in de Stationsstraat, de Kerkstraat en de Molenstraat.",
        )
        == "partly"
    )


def test_taken_into_the_weighing_is_noted() -> None:
    """ "De vernieuwing van de buitenspeelplaats neem ik mee in de afweging voor de meerjarenbegroting, … Ik kan u nu
    nog niet zeggen of daar in 2027 ruimte voor is." takes it into consideration and decides nothing: noted; and
    "… is financieel niet verantwoord" refuses as "… is niet haalbaar" does."""
    assert (
        _verdict(
            "nl",
            "Wij adviseren de buitenspeelplaats vóór de zomer van 2027 te vernieuwen.",
            "De vernieuwing van de buitenspeelplaats neem ik mee in de afweging voor de meerjarenbegroting, die het "
            "bestuur in december vaststelt. Ik kan u nu nog niet zeggen of daar in 2027 ruimte voor is.",
        )
        == "noted"
    )
    assert (
        _verdict(
            "nl",
            "Wij adviseren de verhoging van het uurtarief te beperken tot de indexatie van de maximum uurprijs.",
            "Een beperking tot de indexatie van de maximum uurprijs is financieel niet verantwoord.",
        )
        == "disagrees"
    )
