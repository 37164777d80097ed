"""Forms met first in blind round 113, mended after round 113 was scored at first sight (each test fails on the code
before it, 2d70815 with round 112's mends; but the aside test, which fails with "We ask …" read as recommending
everywhere, the first try of this mend)."""

from __future__ import annotations

from tests.core.helpers import compare_pair, verdict


def _verdict(language: str, asked: str, reply: str) -> str:
    return verdict(reply, language, asked)


def test_a_consultation_response_that_asks() -> None:
    """A parish council's "We ask the County Council to …" sentences, in running paragraphs, one cut by the page
    break with the next page's running head between ("We also ask the County" / "Council to allow …"): seven
    recommendations where nothing says "recommend"."""
    pairs = compare_pair("blind113_en_ev_charging").pairs
    assert len(pairs) == 7
    cut = pairs[4].recommendation.text
    assert cut.startswith("We also ask the County Council to allow residents") and "Response to the draft" not in cut


def test_asking_beside_recommending_is_an_aside() -> None:
    """Where the report recommends ("We recommend …"), "We also ask the Government to publish …" is no
    recommendation of its own: the numbered conclusions stay the reading."""
    pairs = compare_pair("blind15_en_select_committee").pairs
    assert not any(p.recommendation.text.startswith("We also ask the Government") for p in pairs)


def test_points_announced_by_a_full_stop_and_broken_by_sub_headings() -> None:
    """ "The Committee recommends that General Committee direct staff to make the following changes." and the points
    1–7 under the sub-headings "Getting paid", "Bidding for City work", "Helping local firms compete"; a sub-heading
    followed by the report's next numbered paragraph ("6." after point "1.") ends the points."""
    numbers = [p.recommendation.number for p in compare_pair("blind113_en_procurement").pairs]
    assert numbers == ["1", "2", "3", "4", "5", "6", "7"]
    opcat = compare_pair("blind64_en_opcat").pairs
    assert len(opcat) == 7 and opcat[0].recommendation.text.startswith("ensures that every use of restraint")


def test_dutch_we_raden_aan_and_an_ordinal_in_the_second_sentence() -> None:
    """ "Daarnaast raden we de stad aan om …" recommends; "Wij beginnen met de financiën, omdat … Uw vierde advies
    nemen wij volledig over." answers the fourth."""
    assert len(compare_pair("blind113_nl_zorgraad").pairs) == 7
    pairs = compare_pair("blind113_nl_pleegzorg").pairs
    assert pairs[3].reply is not None and "pleegvergoeding" in pairs[3].reply.text


def test_a_refusal_by_the_college_named_and_a_study_under_way() -> None:
    parking = (
        "De zorgraad adviseert de stad om huisartsen op huisbezoek gratis te laten parkeren in de blauwe zones en op "
        "de betalende parkings van de stad."
    )
    no = (
        "Gratis parkeren voor huisartsen voert het college niet in. Zorgverleners kunnen nu al een zorgparkeerkaart "
        "kopen voor 60 euro per jaar."
    )
    assert _verdict("nl", parking, no) == "disagrees"
    # (not what the government cannot do: "the Ministry cannot direct their supervisory work")
    supervision = "The Gaming Commission should begin risk-based supervision of casinos."
    passed = (
        "The Gaming Commission is an independent statutory body, and the Ministry cannot direct its supervisory work. "
        "The Minister has written to the chair inviting the Commission to consider risk-based supervision."
    )
    assert _verdict("en", supervision, passed) != "disagrees"
    obligation = "Daarnaast raden we de stad aan om bij elk nieuw woonproject een ruimte voor een praktijk te voorzien."
    later = (
        "Het college vindt dit een interessante suggestie. Of zo'n verplichting juridisch en financieel haalbaar is, "
        "wordt bekeken bij de opmaak van het nieuwe beleidsplan ruimte."
    )
    assert _verdict("nl", obligation, later) == "noted"


# --- mended in session 37 (each fails on 04fb387) ---------------------------------------------------------------


def test_a_table_shaded_every_other_row() -> None:
    """A word processor's table with a shaded header and every other row shaded, no rule anywhere ("Onderwerp | Wat
    wij zagen | Wat wij adviseren"): read row by row, its last white row and the row carried over to the next page
    too; the row that says "Geen advies." is none."""
    pairs = compare_pair("blind113_nl_ligplaatsen").pairs
    texts = [p.recommendation.text for p in pairs]
    assert len(texts) == 7, texts
    assert texts[2].startswith("Houd de ligplaatsvergunning overdraagbaar") and texts[2].endswith(
        "huidige verordening."
    )
    assert not any(t.startswith("Geen advies") for t in texts)


def test_a_title_before_the_summary_that_heads_its_section() -> None:
    """ "B.3 Riool en steigers" with "Samenvatting. De commissie vraagt …" under it names two subjects: the section
    answers the recommendation on the sewer and the one on the jetties, each by its own sentences."""
    pairs = compare_pair("blind113_nl_ligplaatsen").pairs
    sewer, jetties = pairs[1], pairs[3]
    assert sewer.reply is not None and jetties.reply is not None and sewer.reply.id == jetties.reply.id
    assert sewer.verdict == "agrees"


def test_a_sentence_that_opens_on_the_other_subject_is_the_others() -> None:
    """To judge a shared reply: "Het onderhoud van de steigers leggen wij …" after a sentence on the sewer is the
    jetties' (it opens on their own words)."""
    from weerwoord.core.analysis import parts

    text = (
        "Wij verlengen de termijn voor de rioolaansluiting naar vier jaar, zodat eigenaren de aansluiting kunnen "
        "combineren met ander onderhoud. Het onderhoud van de steigers leggen wij wel bij de eigenaren. Een steiger "
        "hoort bij één ligplaats en dient alleen die boot; het is niet redelijk dat alle belastingbetalers daarvoor "
        "opdraaien.\n\nWijziging verordening: ja, artikel 14 (riool); nee (steigers)."
    )
    asked = [
        "Verleng de termijn voor de verplichte aansluiting op het riool van twee naar vier jaar.",
        "Laat de gemeente verantwoordelijk blijven voor het onderhoud van de steigers langs de ligplaatsen.",
    ]
    owners = {text[a:b].split()[0]: o for a, b, o in parts.owned(text, asked, lone=True)}
    assert owners["Wij"] == 0 and owners["Het"] == 1


def test_a_deed_with_a_modal_in_its_purpose_and_a_state_without_blijft() -> None:
    """ "Wij verlengen de termijn …, zodat eigenaren … kunnen combineren" does what was asked (the modal is the
    purpose's); "de praktijk kan in het voorjaar van 2027 open" keeps nothing as it was."""
    asked = "Verleng de termijn voor de verplichte aansluiting op het riool van twee naar vier jaar."
    reply = (
        "Wij verlengen de termijn voor de rioolaansluiting naar vier jaar, zodat eigenaren de aansluiting kunnen "
        "combineren met ander onderhoud."
    )
    assert _verdict("nl", asked, reply) == "agrees"
    pairs = compare_pair("blind113_nl_zorgraad").pairs
    assert pairs[1].verdict == "agrees"


def test_holding_on_to_another_thing_and_the_advice_said_to_be_about() -> None:
    """ "Wij houden vast aan een persoonsgebonden vergunning" refuses; "Het vijfde en het zesde advies gaan beide over
    het pleegkind en zijn ouders." repeats the advice and does nothing."""
    asked = "Houd de ligplaatsvergunning overdraagbaar bij verkoop van de woonboot, zoals in de huidige verordening."
    reply = (
        "Wij houden vast aan een persoonsgebonden vergunning. Zo kan de gemeente bij elke verkoop nagaan of de boot "
        "aan de eisen voldoet."
    )
    assert _verdict("nl", asked, reply) == "disagrees"
    assert compare_pair("blind113_nl_pleegzorg").pairs[5].verdict == "noted"
