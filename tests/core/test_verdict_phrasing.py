"""Verdict language of replies in rounds 46–48 that the phrase lists did not yet read: refusals in common forms
("did not support", "cannot fund", "do not, however, think it right to"), limits ("unable to commit to the full
600 feet", "less than the two sessions the team recommended", "Wij kiezen voor een eenvoudiger vorm"), decisions
taken ("I have decided to withdraw the proposed reduction"), and a quoted sentence whose "no" is the document's,
not the reply's. Each test fails on the code before it, unless it guards against a false match."""

from __future__ import annotations

import pytest

from weerwoord.core.analysis import stance
from weerwoord.core.model import TextRun


def _verdict(language: str, recommendation: str, reply: str) -> str:
    marks = stance.find_marks(TextRun(reply, ()), language, recommendation)
    return stance.verdict(marks, reply, language, recommendation)[0]


@pytest.mark.parametrize(
    ("recommendation", "reply"),
    [
        (
            "Move the Marston Road clinic to a step-free venue.",
            "The Board did not support moving the clinic. It is the only venue in the north of the district.",
        ),
        (
            "Fund an eDNA survey of the river upstream of the bridge.",
            "After careful consideration, the FHWA has concluded that it cannot fund this survey.",
        ),
        (
            "Fix the future of the midwife-led unit for three years.",
            "I do not, however, think it right to fix the future of the midwife-led unit for three years from"
            " Whitehall.",
        ),
        (
            "Carry out a sensitivity analysis of cost pass-through.",
            "The department does not consider further sensitivity analysis proportionate, as pass-through does not"
            " affect the EANDCB.",
        ),
        (
            "We recommend that the Trust adopts the regional protocol.",
            "The Trust is unable to adopt the regional protocol, which was written for acute hospitals.",
        ),
    ],
)
def test_refusals_in_common_english_forms(recommendation: str, reply: str) -> None:
    assert _verdict("en", recommendation, reply) == "disagrees"


def test_a_dutch_refusal_with_its_subject_after_the_verb() -> None:
    """ "Hier neemt de aanbestedende dienst het advies niet over": the subject between verb and object."""
    reply = "Hier neemt de aanbestedende dienst het advies niet over. De beoordelaars scoren eerst individueel."
    assert _verdict("nl", "Stel een beoordelingsverslag op.", reply) == "disagrees"
    marks = stance.find_marks(TextRun(reply, ()), "nl", "Stel een beoordelingsverslag op.")
    assert [m.rule for m in marks] == ["nl.label.neemt-niet-over"]


@pytest.mark.parametrize(
    ("language", "recommendation", "reply"),
    [
        (
            "en",
            "Plant native shrubs along 600 feet of bank.",
            "TDOT will plant native shrubs along approximately 300 feet of bank inside the right-of-way, but the"
            " remaining length is on private land, and we are therefore unable to commit to the full 600 feet.",
        ),
        (
            "en",
            "Ensure every man has an address on the day of release.",
            "Since July 2025 every prison can refer men to the accommodation service. I am not able to guarantee"
            " that every man will have an address on the day of release, but HMPPS has agreed to place a housing"
            " specialist at the prison from January 2027.",
        ),
        (
            "en",
            "Fund two sessions a week for a deputy clinical lead.",
            "The Trust has agreed to fund one session a week for a deputy clinical lead from September, although"
            " this is less than the two sessions the QA team recommended.",
        ),
        (
            "nl",
            "Richt een aparte geurcommissie op met bewoners en bedrijven.",
            "De omgevingsdienst stelde een aparte geurcommissie voor. Wij kiezen voor een eenvoudiger vorm: het"
            " bestaande klankbord bespreekt de geur voortaan als vast agendapunt.",
        ),
    ],
)
def test_a_part_done_and_a_limit_is_partly(language: str, recommendation: str, reply: str) -> None:
    assert _verdict(language, recommendation, reply) == "partly"


@pytest.mark.parametrize(
    ("recommendation", "reply"),
    [
        (
            "The Panel recommends that the Commissioner reconsiders the proposed reduction of £0.4 million in the"
            " grant to the Victim and Witness Hub.",
            "I was struck by the evidence from the hub manager. I have decided to withdraw the proposed reduction in"
            " the hub's grant for 2027/28, which will be funded from the underspend on the custody review.",
        ),
        (
            "We recommend that future bridges over streams designated as critical habitat span at least 1.2 times"
            " bankfull width.",
            "The Division Bridge Engineer has agreed to adopt a span of at least 1.2 times bankfull width as the"
            " starting design criterion for bridges over designated critical habitat.",
        ),
        (
            "Add a sentence to the information sheet making clear that taking part will make no difference to care.",
            "We have added a sentence in bold to section 3 of the information sheet: 'Whether or not you take part"
            " will make no difference to the care you receive.' Information sheet v1.2, 02/04/2026",
        ),
    ],
)
def test_a_decision_taken_or_a_text_changed_is_a_deed(recommendation: str, reply: str) -> None:
    assert _verdict("en", recommendation, reply) == "agrees"


def test_a_review_still_to_come_is_still_put_off() -> None:
    """The thing-before-article reading ("the custody review") must not swallow a put-off ("will review")."""
    recommendation = "Reduce the waiting time for custody assessments to 48 hours."
    reply = "The Trust will review the waiting time for custody assessments in 2027."
    assert _verdict("en", recommendation, reply) == "noted"


@pytest.mark.parametrize(
    ("language", "recommendation", "reply"),
    [
        (
            # a thing named by what was asked in a relative clause is no repeat of the recommendation; "kwijt is
            # aan formulieren" passes nothing to anyone
            "nl",
            "We vragen de minister om één digitaal loket te voorzien waar verenigingen alle toelatingen in één keer"
            " kunnen aanvragen.",
            "Ik deel de vaststelling dat leiding te veel tijd kwijt is aan formulieren. Het digitale"
            " vergunningenloket waar de Jeugdraad om vraagt, is al in ontwikkeling samen met Digitaal Vlaanderen en"
            " gaat in het voorjaar van 2026 open voor alle verenigingen.",
        ),
        (
            # a Dutch passive with its participle at the clause's end ("is … berekend"), doing the act asked for
            # after "te" ("… te berekenen")
            "nl",
            "De Commissie adviseert om voor de woningen aan de Broekdijk de cumulatieve geluidbelasting van"
            " windturbines en wegverkeer te berekenen.",
            "In de aanvulling is de gecumuleerde geluidbelasting berekend. Dit is als regel in het plan opgenomen.",
        ),
        (
            "en",
            "Check every new pledge against Companies House records of shared directors.",
            "On your recommendation (c), work is already under way. Since January the Agency has checked every new"
            " pledge against Companies House records of shared directors.",
        ),
    ],
)
def test_deeds_in_forms_the_lists_missed(language: str, recommendation: str, reply: str) -> None:
    assert _verdict(language, recommendation, reply) == "agrees"


def test_a_participle_in_kend_is_past_but_a_present_participle_is_none() -> None:
    from weerwoord.core.analysis.participles import participle_pattern
    from weerwoord.core.analysis.phrases import phrase_book

    pattern = participle_pattern(phrase_book("nl").deeds.participle)
    assert pattern.match("berekend") and pattern.match("erkend")
    assert not pattern.match("bepalend") and not pattern.match("verrassend")


@pytest.mark.parametrize(
    ("language", "recommendation", "reply", "verdict"),
    [
        (
            "en",
            "Create a separate fund for the operating costs of community networks.",
            "The Government agrees with the objective of Recommendation 4 but does not intend to create a separate"
            " fund. Instead, eligibility for operating costs under the Universal Broadband Fund will be extended.",
            "partly",
        ),
        (
            "nl",
            "Ondersteun gemeenten structureel met een geoormerkte bijdrage.",
            "Het kabinet neemt de aanbeveling om gemeenten structureel te ondersteunen in beginsel over, maar niet in"
            " de vorm van een geoormerkte bijdrage.",
            "partly",
        ),
        (
            # another figure for what is counted, in words: a part
            "en",
            "Collect data from a representative sample of organizations every three years beginning in 2028.",
            "We share the Commission's view that the data must be refreshed periodically. We will therefore collect"
            " data from a new sample of organizations every 4 years, beginning in 2028.",
            "partly",
        ),
        (
            # … but fewer days where "within 15" was asked, or the asked figure given in another sentence, is all
            "en",
            "The Commission should acknowledge receipt of every complaint within 15 working days.",
            "Acknowledgement of receipt within 15 working days is already the Commission's standard practice. In 2024"
            " the average time to acknowledge a complaint was nine working days.",
            "agrees",
        ),
        (
            # … and more meetings where "ten minste twee" was asked
            "nl",
            "Informeer de medewerkers iedere week over de voortgang van de reorganisatie via het intranet en"
            " organiseer ten minste twee personeelsbijeenkomsten per kwartaal.",
            "Wat de communicatie betreft: sinds de adviesaanvraag verschijnt er iedere week een bericht over de"
            " reorganisatie op het intranet, en er staan tot de zomer van 2026 acht personeelsbijeenkomsten gepland."
            " Dit zetten wij voort.",
            "agrees",
        ),
    ],
)
def test_aims_principles_and_figures(language: str, recommendation: str, reply: str, verdict: str) -> None:
    assert _verdict(language, recommendation, reply) == verdict
