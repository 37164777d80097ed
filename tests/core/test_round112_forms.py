"""Forms met first in blind round 112, mended after round 112 was scored at first sight (each test fails on the code
before it, d57d06c with round 111's mends)."""

from __future__ import annotations

from tests.core.helpers import compare_pair, verdict


def _verdict(language: str, asked: str, reply: str) -> str:
    return verdict(reply, language, asked)


def test_a_chapter_of_numbered_paragraphs_without_its_lead_in_and_a_disclaimed_one() -> None:
    """Paragraphs 14–22 under "D. Recommendations": 14 announces the others ("The Forum makes the following
    recommendations …"), 18 says it is none ("… but the Forum does not make that recommendation"), and "E. Closing"
    is the next chapter, no point; the letter's thanks naming "Paragraph 4 of the report" cites no recommendation."""
    pairs = compare_pair("blind112_en_court_users").pairs
    assert [p.recommendation.number for p in pairs] == ["15", "16", "17", "19", "20", "21", "22"]


def test_a_phrasal_verb_opens_a_command() -> None:
    """ "Set aside 200 rooms in halls each year …" asks, as "Freeze rents …" does: SU7 is a recommendation."""
    pairs = compare_pair("blind112_en_student_housing").pairs
    assert [p.recommendation.number for p in pairs][-1] == "SU7"
    assert len(pairs) == 7


def test_contact_us_answers_nothing_and_a_negation_asked_in_another_form() -> None:
    """A "You said / We did" grid: the closing "Contact us" is no reply (the video relay service is answered in the
    website row), and "a child must never be asked to interpret" is what "never ask a child to interpret" asked."""
    pairs = compare_pair("blind112_en_bsl_plan").pairs
    relay = next(p for p in pairs if p.recommendation.text.startswith("Introduce a video relay service"))
    assert relay.reply is not None and "video relay line" in relay.reply.text
    assert pairs[0].verdict == "agrees"
    assert pairs[6].reply is None


def test_replies_led_by_ad_and_the_advices_word_under_verdict_groups() -> None:
    """ "Ad voorwaarde 3 - thuiswerkplek.", "Ad voorwaarden 1 en 4 - …" each open a reply, under group headings
    "Voorwaarden die ik overneem" / "… gedeeltelijk overneem" / "Voorwaarde die ik niet overneem" that give the
    verdicts."""
    pairs = compare_pair("blind112_nl_hybride").pairs
    assert pairs[0].reply is not None and pairs[0].reply is pairs[3].reply
    assert [p.verdict for p in pairs[:4]] == ["partly", "disagrees", "agrees", "partly"]
    assert pairs[6].reply is None


def test_a_status_badge_before_the_cell_text_and_a_wider_radius() -> None:
    """A badge "Niet overgenomen" set before a cell's first line, its box a point lower, is read first; "bij alle
    woningen binnen 150 meter" gives more than "binnen 100 meter" asked."""
    pairs = compare_pair("blind112_nl_dijkversterking").pairs
    path = pairs[3]
    assert path.reply is not None and "Een openbaar pad op de kruin nemen wij niet op" in path.reply.text
    assert path.verdict == "disagrees"
    assert pairs[2].verdict == "agrees"


def test_staff_who_cannot_recommend_and_a_smaller_first_phase() -> None:
    asked = (
        "That the City Council direct staff to install free outdoor Wi-Fi in all 14 city parks that have a recreation "
        "center or a library branch by the end of 2027."
    )
    reply = (
        "Staff agree with the aim but propose a smaller first phase. Outdoor Wi-Fi will be installed at the six parks "
        "in Eastgate and Millrace by December 2027; the remaining eight parks will follow only as future capital "
        "budgets allow."
    )
    assert _verdict("en", asked, reply) == "partly"
    subsidy = (
        "That the City Council create a local broadband subsidy of $30 per month for households that lost the "
        "Affordable Connectivity Program benefit."
    )
    refused = (
        "A subsidy of $30 a month for 3,900 households would cost about $1.4 million a year with no end date. Staff do "
        "not recommend it, and it has not been included in the proposed budget. Staff will instead promote the "
        "low-cost plans that providers already offer."
    )
    assert _verdict("en", subsidy, refused) == "disagrees"


def test_a_state_passive_refuses_and_finding_out_puts_off() -> None:
    pets = "bewoners toe te laten hun huisdier, zoals een kat of een vogel, mee te nemen naar de nieuwbouw;"
    no = (
        "Huisdieren van bewoners zijn ook in de nieuwbouw niet toegelaten, omwille van de hygiëne en van allergieën "
        "bij andere bewoners en bij het personeel. Wel krijgt de afdeling Linde een afdelingskat."
    )
    assert _verdict("nl", pets, no) == "disagrees"
    carers = (
        "Zorg voor een eenvoudige regeling voor mantelzorgers, wijkverpleegkundigen en andere zorgverleners die kort "
        "bij een cliënt parkeren."
    )
    later = (
        "Wij herkennen het probleem dat u schetst. Zorgverleners kunnen nu al een ontheffing aanvragen, mantelzorgers "
        "niet. Of een aparte regeling voor mantelzorgers mogelijk is, zoeken wij uit bij de herziening van de "
        "Parkeerverordening in 2027."
    )
    assert _verdict("nl", carers, later) == "noted"
