"""What limits a deed and what does not: a condition, a kind named with a hyphenated negation, "no longer"; and
what refuses one: the thing asked judged not needed.

A reply that does what was asked and then says what happens when it cannot, or names "niet-gemelde signalen",
or says the subsidy "is niet langer afhankelijk" of a yearly call, still does what was asked.
"""

from __future__ import annotations

from tests.core.helpers import verdict

REC_NL = "Waarschuw de betrokkene vooraf mondeling dat hij wordt gefilmd."
REC_EN = "Tell the person in advance that the camera is recording."


def test_a_condition_with_a_negation_limits_nothing_in_dutch() -> None:
    reply = (
        "De politieman waarschuwt de betrokkene vooraf mondeling dat hij wordt gefilmd. Is dat door de "
        "omstandigheden niet mogelijk, dan vermeldt het verslag de reden waarom de waarschuwing ontbrak."
    )
    assert verdict(reply, "nl", REC_NL) == "agrees"


def test_a_condition_with_a_negation_limits_nothing_in_english() -> None:
    reply = (
        "From 1 March 2026 officers will tell the person in advance that the camera is recording. If that is not "
        "possible, the officer notes the reason in the incident log."
    )
    assert verdict(reply, "en", REC_EN) == "agrees"


def test_a_refusal_after_the_deed_still_limits_it() -> None:
    reply = (
        "From 1 March 2026 officers will tell the person in advance that the camera is recording. The recording "
        "itself will not be shown to the person in advance."
    )
    assert verdict(reply, "en", REC_EN) == "partly"


def test_a_hyphenated_negation_names_a_kind_and_limits_nothing() -> None:
    rec = "Registreer alle signalen van arbeidsuitbuiting en zet ze door naar CoMensha."
    reply = (
        "De Arbeidsinspectie gaat alle signalen registreren en doorzetten naar CoMensha. Daarmee komen ook de "
        "niet-gemelde signalen van arbeidsuitbuiting in beeld."
    )
    assert verdict(reply, "nl", rec) == "agrees"


def test_no_longer_says_the_change_made() -> None:
    rec = "Veranker de subsidie voor flexibele opvang structureel."
    reply = (
        "De subsidie voor flexibele opvang is vanaf 1 januari 2026 structureel verankerd. De subsidie is daarmee "
        "niet langer afhankelijk van een jaarlijkse projectoproep."
    )
    assert verdict(reply, "nl", rec) == "agrees"


def test_a_negation_after_a_conditions_word_in_its_clause_limits_nothing() -> None:
    rec = "Geef het Jeugdwaterschap een vaste plek in de stuurgroep klimaatadaptatie."
    reply = (
        "Het bestuur vindt het goed dat het Jeugdwaterschap aan tafel zit wanneer plannen nog niet af zijn. Vanaf "
        "september krijgen twee jeugdheemraden een vaste plek in de stuurgroep klimaatadaptatie."
    )
    assert verdict(reply, "nl", rec) == "agrees"


def test_what_was_asked_judged_not_needed_is_refused() -> None:
    rec = "De Raad adviseert het kostenonderzoek te herhalen voordat de verdeling definitief wordt vastgesteld."
    reply = "Een volledig nieuw kostenonderzoek achten de fondsbeheerders niet nodig, omdat de taken gelijk zijn."
    assert verdict(reply, "nl", rec) == "disagrees"
    english = "The Department does not consider a repeated cost study necessary, as the tasks have not changed."
    assert verdict(english, "en", "Repeat the cost study before the allocation is fixed.") == "disagrees"
