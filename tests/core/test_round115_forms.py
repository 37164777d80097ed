"""Forms met first in blind round 115, mended after round 115 was scored at first sight (each test fails on the code
before it, 5848623)."""

from __future__ import annotations

from tests.core.helpers import compare_pair, verdict


def _verdict(language: str, asked: str, reply: str) -> str:
    return verdict(reply, language, asked)


def test_forms_per_recommendation_and_tick_boxes() -> None:
    """A committee's bordered form per recommendation ("JHSC RECOMMENDATION 26-01 | Priority: High" over "Location",
    "Hazard identified", "Recommendation", "Suggested timeline"; the forms on the next page each a table of their own,
    not run on into the last row before), answered by the employer's forms ("RESPONSE TO RECOMMENDATIONS 26-01 AND
    26-05", "Decision on 26-05 | Accepted  Accepted in part  X Not accepted  Under review")."""
    pairs = compare_pair("blind115_en_jhsc").pairs
    assert [p.recommendation.number for p in pairs] == [f"26-0{k}" for k in range(1, 8)]
    assert pairs[0].recommendation.text.startswith("Post a trained, licensed security guard")
    assert [p.verdict for p in pairs] == ["partly", "agrees", "agrees", "noted", "disagrees", "agrees", "unanswered"]


def test_a_row_of_options_keeps_the_one_ticked() -> None:
    from weerwoord.core.analysis.ticks import unticked_blanked

    assert unticked_blanked("Accepted X Accepted in part Not accepted Under review").split() == [
        "Accepted",
        "in",
        "part",
    ]
    assert unticked_blanked("X Accepted Accepted in part Not accepted").split() == ["Accepted"]
    assert unticked_blanked("The X factor is big.") == "The X factor is big."


def test_easy_read_wants_and_plain_verdicts() -> None:
    """ "We want every doctor's surgery to give …", "Please send all letters … in Easy Read." recommend; "We want the
    health board to do these things." leads in and "We want the health board to answer us by …" asks for the answer;
    "We cannot do this." refuses, "We will do some of this." grants a part."""
    pairs = compare_pair("blind115_en_easy_read").pairs
    assert len(pairs) == 7 and pairs[5].recommendation.text.startswith("Please send all letters")
    assert [pairs[1].verdict, pairs[2].verdict] == ["partly", "disagrees"]


def test_callouts_beside_the_text_and_a_kept_service_after_a_put_off() -> None:
    """ "OUR RECOMMENDATION" boxes in the margin beside each area's findings (a "NO RECOMMENDATION" box among them):
    seven recommendations, none set aside as a sidebar; "… is being considered by the Patient Experience Group ….
    Interpreters will continue to be booked through the existing service." puts off, keeping nothing."""
    pairs = compare_pair("blind115_en_mnvp").pairs
    assert len(pairs) == 7 and pairs[0].recommendation.text.startswith("Put up clear signs")
    assert pairs[6].verdict == "noted"


def test_a_body_named_orgaan_and_chapters_numbered_are_no_list() -> None:
    """ "Het Overlegorgaan adviseert u om …", "Daarnaast geven wij u in overweging om …", "Tot slot adviseert het
    Overlegorgaan om …" in running paragraphs, under numbered chapter titles ("3. Zonering en rust") that are no list
    of recommendations; "Aanbeveling 6 (aanspreekpunt) - overgenomen." agrees."""
    pairs = compare_pair("blind115_nl_nationaalpark").pairs
    assert len(pairs) == 7 and pairs[0].recommendation.text.startswith("Het Overlegorgaan adviseert u om")
    assert pairs[5].verdict == "agrees"


def test_dutch_verdict_wording() -> None:
    asked = "Reserveer elke week ten minste vijf plaatsen voor kinderen met een specifieke zorgnood."
    reply = (
        "Het college reserveert elke week drie plaatsen voor kinderen met een specifieke zorgnood. Vijf plaatsen is "
        "in het eerste jaar niet haalbaar."
    )
    assert _verdict("nl", asked, reply) == "partly"
    asked = "Zet in juli en augustus een pendelbus in tussen de deelgemeenten en het speelplein."
    reply = (
        "Een eigen pendelbus zou volgens een offerte ongeveer 38.000 euro per zomer kosten. Dat vindt het college "
        "niet verantwoord; er komt dus geen pendelbus."
    )
    assert _verdict("nl", asked, reply) == "disagrees"
    assert _verdict("nl", "Organiseer de inschrijvingen in twee rondes.", "Het college volgt dit voorstel.") == "agrees"
    asked = "Beperk in de verordening de reistijd tot maximaal 60 minuten enkele reis, en tot 45 minuten voor kinderen."
    reply = (
        "Wij nemen in de verordening een maximale reistijd van 75 minuten enkele reis op, en 60 minuten voor kinderen "
        "tot acht jaar. Een grens van 60 minuten voor alle leerlingen is niet haalbaar."
    )
    assert _verdict("nl", asked, reply) == "partly"


def test_english_verdict_wording() -> None:
    asked = "Require community groups applying for Council grants to declare any funding they have received."
    reply = (
        "Community groups that apply for Council grants will not be asked to declare money they receive from gaming "
        "venues. Many clubs told us that a declaration would add paperwork, and Council accepted their view."
    )
    assert _verdict("en", asked, reply) == "disagrees"


def test_two_ordinals_before_a_singular_noun() -> None:
    """ "Uw tweede en vijfde advies gaan over het monument zelf." opens a section answering the second and fifth."""
    pairs = compare_pair("blind115_nl_dodenherdenking").pairs
    assert pairs[1].reply is not None and "gerestaureerd" in pairs[1].reply.text
    assert pairs[4].reply is not None and pairs[1].reply.id == pairs[4].reply.id
