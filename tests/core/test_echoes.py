"""A reading that needs no form of its own: the passages of the advice the response repeats word for word."""

from __future__ import annotations

from pathlib import Path

from weerwoord.core.analysis import echoes, legends, sections
from weerwoord.core.analysis.compare import compare
from weerwoord.core.reading import reader

# An advice whose recommendations carry no number, no label and no "we recommend": four requests in a row under a
# heading no detector knows. The response quotes three of them, in another order, each before its reply.
ADVICE = """Raad voor de Binnenvaart

Schone schepen, schone havens

Inleiding

De binnenvaart vervoert een derde van alle goederen in Nederland. De vloot is oud: de helft van de schepen is meer
dan veertig jaar in de vaart. De raad heeft onderzocht hoe de sector schoner kan worden.

Wat de raad zag

Schippers willen wel investeren, maar de banken lenen niet op schepen die ouder zijn dan dertig jaar. Walstroom is
in de meeste havens niet te krijgen, en waar het er is, kost het meer dan diesel.

Wat er moet gebeuren

Richt een garantiefonds op waarmee schippers een lening krijgen voor een schone motor, ook als hun schip
ouder is dan dertig jaar.

Zorg ervoor dat elke haven van nationaal belang voor 2028 walstroom aanbiedt tegen een prijs die niet hoger
ligt dan die van diesel.

Geef kleine ondernemers voorrang bij de subsidie voor verduurzaming, zodat niet alleen de grote rederijen
ervan profiteren.

Maak één landelijke regeling voor het afmeren met draaiende motor, zodat schippers niet per haven andere
regels hoeven te kennen.

Tot slot

De raad is graag bereid zijn advies toe te lichten.
"""

RESPONSE = """Ministerie van Infrastructuur en Waterstaat

Datum 3 maart 2026
Betreft Kabinetsreactie op het advies Schone schepen, schone havens

Hierbij stuur ik u de reactie van het kabinet op het advies van de Raad voor de Binnenvaart.

Garantiefonds

"Richt een garantiefonds op waarmee schippers een lening krijgen voor een schone motor, ook als hun schip
ouder is dan dertig jaar."

Het kabinet neemt dit advies over. Het garantiefonds gaat op 1 januari 2027 open.

Afmeren

"Maak één landelijke regeling voor het afmeren met draaiende motor, zodat schippers niet per haven andere
regels hoeven te kennen."

Het kabinet neemt dit advies niet over. Havens zijn zelf verantwoordelijk voor hun havenverordening.

Walstroom

"Zorg ervoor dat elke haven van nationaal belang voor 2028 walstroom aanbiedt tegen een prijs die niet hoger
ligt dan die van diesel."

Het kabinet onderschrijft het doel, maar kan de prijs niet garanderen. Over de prijs gaat het kabinet in gesprek
met de netbeheerders.

Hoogachtend,

de Minister van Infrastructuur en Waterstaat
"""


def _pair(tmp_path: Path) -> tuple[Path, Path]:
    advice, response = tmp_path / "advies.txt", tmp_path / "reactie.txt"
    advice.write_text(ADVICE, encoding="utf-8")
    response.write_text(RESPONSE, encoding="utf-8")
    return advice, response


def test_what_the_response_quotes_is_what_it_answers(tmp_path: Path) -> None:
    advice, response = _pair(tmp_path)
    result = compare(advice, response)
    got = [(p.recommendation.text.split()[0], p.link, p.verdict) for p in result.pairs]
    assert got == [
        ("Richt", "quote", "agrees"),
        ("Zorg", "quote", "partly"),
        ("Geef", "content", "unanswered"),  # set like the quoted ones, between them: a recommendation left unanswered
        ("Maak", "quote", "disagrees"),
    ]
    assert result.pairs[3].reply is not None and result.pairs[3].reply.heading is not None
    assert result.pairs[3].reply.heading.startswith('"Maak één landelijke regeling')
    assert "quotes the recommendation" in result.pairs[0].evidence[0]
    assert [p.number for p in result.pairs] == ["1", "2", "3", "4"]
    # the passages the response repeats are these four, read from the response alone (since session 48 the advice's
    # own form, four requests in a row of which two open with verbs no list knows, reads the same four first)
    a, r = reader.read_document(advice), legends.spelled_out(reader.read_document(response))
    replies = sections.find_replies(r)
    items = echoes.echoed_items(a, echoes.repeated(a, r, replies), replies, r)
    assert [c.blocks[0].text.split()[0] for c in items] == ["Richt", "Zorg", "Geef", "Maak"]


def test_titles_and_findings_the_response_repeats_are_no_recommendations(tmp_path: Path) -> None:
    advice, response = _pair(tmp_path)
    a, r = reader.read_document(advice), reader.read_document(response)
    found = echoes.echoes(a, r)
    texts = [a.blocks[e.index].text for e in found]
    assert any(t.startswith("Richt een garantiefonds") for t in texts)
    # the title "Schone schepen, schone havens" is repeated in the response's subject line, but shares too few words
    assert not any(t.startswith("Schone schepen") for t in texts)
    assert not echoes.request("Walstroom is in de meeste havens niet te krijgen, en waar het er is, kost het meer.")
    assert not echoes.request("De raad heeft onderzocht hoe de sector schoner kan worden.")
    assert echoes.request("Publish the figures for every school each term.")
