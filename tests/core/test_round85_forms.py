"""Forms met first in blind round 85, mended after round 85 was scored at first sight (each test fails on the code
before it, unless it guards against a false match)."""

from __future__ import annotations

from tests.core.helpers import verdict


def test_taking_your_advice_over_agrees() -> None:
    """ "Wij nemen uw advies over de kerk in Zandhoek (c) over." takes the advice over, "uw" as its article;
    "Wij nemen uw advies niet over." refuses it."""
    asked = "Stel voor de kerk in Zandhoek binnen een jaar een haalbaarheidsonderzoek op naar een nieuwe bestemming."
    assert verdict("Wij nemen uw advies over de kerk in Zandhoek (c) over.", "nl", asked) == "agrees"
    assert verdict("Wij nemen uw advies niet over.", "nl", asked) == "disagrees"


def test_taking_into_consideration_is_noted() -> None:
    """ "Uw voorstel voor bomen in de elf straten zonder bomen (punt 17) nemen wij in overweging bij het opstellen van
    de uitvoeringsagenda": considered, not decided."""
    asked = "Plant in elk van de elf straten zonder bomen minimaal drie bomen."
    reply = (
        "Uw voorstel voor bomen in de elf straten zonder bomen (punt 17) nemen wij in overweging bij het opstellen van "
        "de uitvoeringsagenda van het Bomenplan, die na de zomer verschijnt."
    )
    assert verdict(reply, "nl", asked) == "noted"


def test_not_fitting_the_regulation_refuses() -> None:
    """ "Een eigen wijkbudget … past niet in de Verordening wijkraden en kunnen wij u daarom niet toekennen" refuses;
    "past niet in het meerjarenplan" beside a part given stays a limit (the budget set for three years of five)."""
    asked = "Stel de wijkraad jaarlijks een wijkbudget van 25.000 euro ter beschikking voor kleine initiatieven."
    reply = (
        "Een eigen wijkbudget waarover de wijkraad zelf beslist (punt 16) past niet in de Verordening wijkraden en "
        "kunnen wij u daarom niet toekennen; bewoners kunnen wel terecht bij het stedelijke Initiatievenfonds."
    )
    assert verdict(reply, "nl", asked) == "disagrees"
    asked = "Leg het budget van het fonds voor ten minste vijf jaar vast in een meerjarenplan."
    reply = (
        "De regering schrijft het budget van het fonds in voor de periode 2027 tot 2029. Een vastlegging voor vijf "
        "jaar past niet in het meerjarige begrotingstraject van het Gewest."
    )
    assert verdict(reply, "nl", asked) == "partly"
