"""Forms of earlier blind rounds that stayed wrong after their mends, read right since (each test fails on the code
before it, unless it guards against a false match).

A refusal told as the act asked for that will not be done; a paragraph that opens on one recommendation's subject
inside a reply to two; Dutch acceptances with an adverb ("neem ik integraal over") or of both at once ("worden zo
volledig uitgevoerd").
"""

from __future__ import annotations

from tests.core.helpers import verdict
from weerwoord.core.analysis import parts


def _verdict(text: str, rec: str, lang: str = "en") -> str:
    return verdict(text, lang, rec)


RESTORE = (
    "Restore the original Zero Emission Vehicle mandate trajectory to 2030 by removing the additional flexibilities "
    "introduced in April 2025."
)
CHARGING = (
    "Publish a rural chargepoint delivery plan with a minimum number of public chargepoints for each local "
    "authority area by 2030."
)


def test_the_act_asked_for_said_not_to_be_done_refuses() -> None:
    rec = "Ensure that remand prisoners are offered at least eight hours a day of purposeful out-of-cell activities."
    reply = "Remand prisoners will not be offered more out-of-cell activities, as the prison has thirty vacant posts."
    assert _verdict(reply, rec) == "disagrees"
    # not yet is no refusal: the act put off
    later = "Remand prisoners will not be offered more out-of-cell activities until the thirty vacant posts are filled."
    assert _verdict(later, rec) != "disagrees"
    # a negation about something else, on the same subject, is no refusal of the act
    other = "The activities offered to remand prisoners were not the subject of complaints in 2025."
    assert _verdict(other, rec) != "disagrees"


def test_a_paragraph_opening_on_the_others_subject_is_split_by_its_sentences() -> None:
    text = (
        "The Government remains committed to ending the sale of new petrol and diesel cars in 2030. More than one "
        "in five new cars sold in 2025 has been fully electric.\n\nR2025-017 and R2025-018\n\n"
        "The flexibilities introduced in April 2025 give manufacturers certainty and protect jobs, and they do not "
        "change the 2030 end date. The Government will not reopen the mandate trajectory ahead of the statutory "
        "review in 2027. On rural charging, the Department agrees with the Committee. We will publish a rural "
        "chargepoint delivery plan by March 2026, including a minimum level of provision for every local authority "
        "area."
    )
    mine = [text[a:b] for a, b in parts.own_parts(text, "R2025-017", ["R2025-018"], RESTORE, [CHARGING])]
    theirs = [text[a:b] for a, b in parts.own_parts(text, "R2025-018", ["R2025-017"], CHARGING, [RESTORE])]
    assert any("will not reopen" in p for p in mine) and not any("rural chargepoint" in p for p in mine)
    assert any("rural chargepoint" in p for p in theirs) and not any("will not reopen" in p for p in theirs)


def test_a_paragraph_opening_on_its_own_subject_stays_whole() -> None:
    guidance = (
        "We recommend that the Department publish guidance on assessing the swimming requirements, with a simple "
        "record that schools can pass on to secondary schools."
    )
    report = "We recommend that schools report to parents each year whether their child has met the swimming standard."
    text = (
        "We agree that schools need clearer guidance on assessment. We will publish guidance on assessing the "
        "swimming requirements in spring 2025.\n\n"
        "On reporting to parents, schools are already required to report annually to parents on their child's "
        "progress. We will draw the Council's advice to the attention of schools in the new guidance, but we do not "
        "propose to make this a separate requirement."
    )
    mine = [text[a:b] for a, b in parts.own_parts(text, "6", ["3"], report, [guidance])]
    assert any("do not propose" in p for p in mine)


def test_dutch_acceptances_with_an_adverb_or_of_both() -> None:
    rec = "Laat de sectorale opleidingsfondsen het leerbudget mee beheren."
    reply = "Uw voorstel om de sectorale opleidingsfondsen mee te laten beheren, neem ik integraal over."
    assert _verdict(reply, rec, "nl") == "agrees"
    both = "Vanaf 2026 registreren scholen elke uitsluiting. Beide aanbevelingen worden zo volledig uitgevoerd."
    assert _verdict(both, "Registreer elke uitsluiting van een leerling.", "nl") == "agrees"


def test_a_recommendation_put_as_a_question_answered_yes_after_it_is_repeated() -> None:
    """A council asks "Is de minister bereid om jaarlijks te rapporteren …?"; the minister repeats the question and
    answers it in the next sentence: "Ja, die cijfers zal ik vanaf volgend jaar opnemen …". The answer decides, as
    it does under a question set as a heading; a recommendation that is no question is not answered by a "Ja,"."""
    from weerwoord.core.analysis.verdict_labels import answer_to_question

    asked = (
        "Is de minister bereid om jaarlijks te rapporteren hoeveel burgers een dienst van de Vlaamse overheid "
        "niet-digitaal hebben aangevraagd?"
    )
    reply = (
        "Tot slot vraagt de raad of ik jaarlijks wil rapporteren over het aantal niet-digitale aanvragen. Ja, die "
        "cijfers zal ik vanaf volgend jaar opnemen in de beleids- en begrotingstoelichting."
    )
    assert answer_to_question(None, reply, asked) == ("agrees", "Ja")
    assert answer_to_question(None, "Nee. Dat rapport komt er niet.", asked) == ("disagrees", "Nee")
    assert answer_to_question(None, reply, "Rapporteer jaarlijks over het aantal niet-digitale aanvragen.") is None
    # (an answer word later on is no answer to the question: "… Ja, ook dat.")
    assert answer_to_question(None, "Dat zien wij anders. Het rapport volstaat. Ja, ook dat.", asked) is None


def test_the_recommendation_named_by_its_subject_before_the_separable_over() -> None:
    """ "De ministers nemen de aanbeveling voor een integraal sedimentplan over." accepts, the recommendation named
    by its subject between the verb and its particle; "de aanbeveling over tijdelijke contracten" names a subject
    with the preposition "over" and accepts nothing by it."""
    rec = "Stel vóór 2027 een integraal sedimentplan op voor de hele Waddenzee."
    taken = (
        "De ministers nemen de aanbeveling voor een integraal sedimentplan over. Rijkswaterstaat werkt het plan uit."
    )
    assert _verdict(taken, rec, "nl") == "agrees"
    refused = "Wij nemen de aanbeveling over tijdelijke contracten niet over."
    assert _verdict(refused, "Beperk tijdelijke contracten.", "nl") == "disagrees"
