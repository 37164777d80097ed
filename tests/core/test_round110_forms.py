"""Forms met first in blind round 110, mended after round 110 was scored at first sight (each test fails on the code
before it, 62ebc6c)."""

from __future__ import annotations

from tests.core.helpers import compare_pair, verdict


def _verdict(language: str, asked: str, reply: str) -> str:
    return verdict(reply, language, asked)


def test_a_tracker_table_whose_rows_are_labelled_by_capital_letters() -> None:
    """An implementation tracker "Rec. | Officer response | Status" with rows "D", "A", "B and E", "F", "C": each row
    answers its letter (the row naming two answers both, its status "B: not adopted E: complete" read per letter),
    and "Adopted in part" is a part."""
    by_number = {p.recommendation.number: p for p in compare_pair("blind110_en_civic_awards").pairs}
    assert by_number["A"].reply is not None and "online nomination form" in by_number["A"].reply.text
    assert by_number["E"].reply is not None and by_number["E"].reply is by_number["B"].reply
    assert (by_number["B"].verdict, by_number["E"].verdict) == ("disagrees", "agrees")
    assert by_number["C"].verdict == "partly"
    assert by_number["G"].reply is None


def test_adviespunten_named_in_a_heading() -> None:
    """ "Adviespunten III en V - buitenaanleg" names both points (Roman numbers after "adviespunt")."""
    by_number = {p.recommendation.number: p for p in compare_pair("blind110_nl_toegankelijkheid").pairs}
    assert by_number["V"].reply is not None and by_number["V"].reply is by_number["III"].reply
    assert by_number["V"].link == "number"


def test_the_items_of_a_decision_list_stand_on_their_own() -> None:
    """A college's decision list "1. … 2. … 3. Het Steunpunt Mantelzorg krijgt … een extra consulent, … 4. …": each
    decision is a unit, however short, so the third answers the consultant asked."""
    by_number = {p.recommendation.number: p for p in compare_pair("blind110_nl_mantelzorg").pairs}
    assert by_number["1"].reply is not None and "extra consulent" in by_number["1"].reply.text
    assert by_number["3"].verdict == "disagrees"  # "… een keuze voor geld past niet bij het doel …"


def test_a_chain_through_the_conclusions_gives_way_to_the_recommendations_chapter() -> None:
    """Paragraphs 5.1–5.4 under "5 Conclusies" and 6.1–6.7 under "6 Aanbevelingen" read as one chain: the chapter's
    seven paragraphs are the recommendations, the conclusions are not."""
    pairs = compare_pair("blind110_nl_hitteplan").pairs
    assert [p.recommendation.number for p in pairs] == ["6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "6.7"]


def test_a_short_participle_in_a_refusal_and_a_decision_not_agreed() -> None:
    """ "Een eigen akoestisch adviseur voor de bewoners wordt niet ingezet: …" refuses ("ingezet": a participle of a
    short stem); "Staggered start times for outdoor crews were not agreed: … the SMT does not consider this
    workable" refuses."""
    asked = "Betrek een onafhankelijk akoestisch adviseur namens de bewoners bij de controle van de geluidsmetingen."
    reply = (
        "Een eigen akoestisch adviseur voor de bewoners wordt niet ingezet: de metingen na oplevering worden "
        "uitgevoerd door een gecertificeerd bureau."
    )
    assert _verdict("nl", asked, reply) == "disagrees"
    flexible = "Extend flexible working to outdoor and depot staff by allowing staggered start and finish times."
    crews = (
        "Staggered start times for outdoor crews were not agreed: crews travel together and start together, and the "
        "SMT does not consider this workable for road and water services at present."
    )
    assert _verdict("en", flexible, crews) == "disagrees"
