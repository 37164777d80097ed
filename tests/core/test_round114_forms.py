"""Forms met first in blind round 114, mended after round 114 was scored at first sight (each test fails on the code
before it, 04fb387)."""

from __future__ import annotations

from tests.core.helpers import DOCS, compare_pair, verdict


def _verdict(language: str, asked: str, reply: str) -> str:
    return verdict(reply, language, asked)


def test_triangle_bullets_are_a_list_and_a_question_after_one_a_heading() -> None:
    """ "▸ Houd de nachtopvang …" under "WAT WIJ ADVISEREN" at the end of three chapters: seven recommendations; a
    web page's "▸ Wanneer wordt het programma geëvalueerd?" in bold stays a question's heading."""
    pairs = compare_pair("blind114_nl_nachtopvang").pairs
    assert len(pairs) == 7 and pairs[0].recommendation.text.startswith("Houd de nachtopvang")
    from weerwoord.core.reading.reader import read_document

    faq = read_document(DOCS / "blind63_nl_scicom_response.pdf").blocks
    question = next(b for b in faq if "Wanneer wordt het programma" in b.text)
    assert question.kind == "heading"


def test_margin_numbered_paragraphs_named_by_randnummer_in_run_in_titles() -> None:
    """A board proposal's "Gefaseerde invoering (randnummer 14). Wij begrijpen …" answers paragraph 14 of an advice
    numbered 1–24 throughout; the paragraphs that recommend are the recommendations (16 by its second paragraph), not
    a finding that says what others must do or an earlier advice quoted."""
    pairs = compare_pair("blind114_nl_peilbesluit").pairs
    assert [p.recommendation.number for p in pairs] == ["14", "15", "16", "18", "19", "21", "23"]
    assert "Wij adviseren daarom" in pairs[2].recommendation.text
    assert pairs[3].verdict == "partly"  # ("… nemen wij evenmin op …. Wel komen wij de klankbordgroep tegemoet: …")


def test_the_advices_own_number_is_no_recommendation() -> None:
    """ "Advies 2026-05 van de cultuurraad …: voorwaardelijk gunstig." names the advice ("ADVIES 2026-05"), not one
    of its points a)–g)."""
    pairs = compare_pair("blind114_nl_uitleendienst").pairs
    assert [p.recommendation.number for p in pairs] == list("abcdefg")
    assert pairs[2].verdict == "disagrees"  # ("… behoudt het bedrag van 250 euro" where keeping 100 was asked)


def test_minutes_topic_before_the_speaker() -> None:
    """ "Over het eerder uitbetalen van de schoolkostenvergoeding en het automatisch toekennen zegt de wethouder het
    volgende." answers both; "Daar gaat het college dus niet in mee" refuses."""
    pairs = compare_pair("blind114_nl_kindpakket").pairs
    assert pairs[5].reply is not None and pairs[5].verdict == "disagrees"
    assert pairs[0].verdict == "agrees"  # ("Ook het advies over één formulier neemt het college over.")


def test_whereas_is_no_request_and_a_quoted_section_answers_what_it_quotes() -> None:
    pairs = compare_pair("blind114_en_faculty_senate").pairs
    assert len(pairs) == 7 and all(p.recommendation.text.startswith("RESOLVED") for p in pairs)
    assert pairs[6].reply is None
    assert pairs[3].verdict == "disagrees"  # (no date in "its spring workshop series")


def test_english_verdict_wording() -> None:
    asked = "Provide free parking for the family caregivers of patients who are in hospital for more than seven days."
    reply = "Parking supports services the Ministry does not fund, and the Board is not prepared to offer free parking."
    assert _verdict("en", asked, reply) == "disagrees"
    asked = "Offer professional interpretation to every patient who asks for it, 24 hours a day."
    reply = (
        "From September 1, 2026, video interpretation will be available in every unit, 24 hours a day. Staff have "
        "been reminded not to rely on family members, except in an emergency."
    )
    assert _verdict("en", asked, reply) == "agrees"
    asked = "Allow one family caregiver to remain with a patient at all times in the emergency department."
    reply = (
        "From June 15, one caregiver will be able to stay with a patient at all times in the emergency department, "
        "except in the resuscitation area during active treatment."
    )
    assert _verdict("en", asked, reply) == "partly"
    asked = "Restore the Port Aileach ticket office to its former opening hours."
    reply = (
        "We have looked again at the ticket office at Port Aileach. More than 80 per cent of tickets are now bought "
        "online or on board, and the office will stay open from 09:00 to 16:00. We are not going to restore the early "
        "and late shifts."
    )
    assert _verdict("en", asked, reply) == "disagrees"


def test_dutch_verdict_wording() -> None:
    asked = (
        "Voor de bufferzone adviseren wij het waterschap om samen met de provincie een kavelruil op gang te brengen."
    )
    reply = (
        "Grondverwerving en kavelruil zijn in de eerste plaats een taak van de provincie. Wij brengen de suggestie van "
        "de klankbordgroep in bij de stuurgroep van dat gebiedsproces."
    )
    assert _verdict("nl", asked, reply) == "noted"
    asked = (
        "De klankbordgroep adviseert om in het peilbesluit vast te leggen bij welke neerslag en welke grondwaterstand "
        "het peil binnen de flexibele marge wordt verhoogd of verlaagd."
    )
    reply = "Het peilbesluit krijgt een bijlage met een beslisregel voor het gebruik van de marge."
    assert _verdict("nl", asked, reply) == "agrees"


def test_a_look_at_with_a_promise_to_come_back_is_no_deed() -> None:
    asked = "Replace the current discharge instructions with a one-page plain-language summary."
    reply = (
        "We will look at a plain-language summary as part of that work and will come back to the Council, but we "
        "cannot commit to a format now."
    )
    assert _verdict("en", asked, reply) == "noted"
