"""Forms met first in blind round 138, mended in session 45 after round 138 was scored at first sight on 319a7821
(each test fails on that code)."""

from __future__ import annotations

from tests.core.helpers import compare_pair, verdict
from weerwoord.core.analysis.echoes import request
from weerwoord.core.analysis.requests import opens_with_verb


def test_sentences_that_say_what_should_be_done_beside_those_that_recommend() -> None:
    """A museum accreditation panel's sentences in running text: "The Panel recommends that the Trust adopt …", "…,
    and it would be prudent for the Trust to recruit …", "A documentation plan … should be written …", "…, and the
    Panel recommends that the Trust install …", "The Trust should write …", "Step-free access … should be provided
    …"; not the 2019 assessor's "the Trust should appoint …" in quotation marks."""
    pairs = compare_pair("blind138_en_museum_accreditation").pairs
    texts = [p.recommendation.text for p in pairs]
    assert len(texts) == 7
    assert texts[1].startswith("it would be prudent for the Trust to recruit")
    assert texts[2].startswith("A documentation plan with yearly targets should be written")
    assert texts[3].startswith("the Panel recommends that the Trust install")
    assert texts[6].startswith("Step-free access to that gallery should be provided")
    assert not any("volunteer coordinator" in t for t in texts)
    assert pairs[3].verdict == "agrees"  # ("Done, September 2025" in the last cell)


def test_a_coded_schedule_and_the_matters_counted_after_it() -> None:
    """A tree survey's schedule of works by tag (not the rows that ask nothing: "No work at present; check again …"),
    then under "5 Further recommendations": "Beyond the works in the schedule, three matters need the Council's
    attention. … we recommend … We also recommend … Finally, the Council should …"."""
    pairs = compare_pair("blind138_en_tree_survey").pairs
    assert [p.number for p in pairs] == ["T07", "T12", "T19", "T23", "5", "6", "7"]
    assert "the ivy on every tree in the lime avenue" in pairs[4].recommendation.text
    assert pairs[6].recommendation.text.startswith("Finally, the Council should plant two replacement trees")


def test_a_table_by_article_answered_by_article() -> None:
    """A Flemish school council's proposals in a table by article, after a survey table keyed to the same articles
    ("Ouders vinden het lastig …", "Zes op de tien leerlingen vinden …": no requests); the board answers "Artikel 15 -
    kledij. Akkoord." and "Artikel 7 - afwezigheden, en artikel 12 - gsm." in one paragraph."""
    assert not opens_with_verb("Ouders vinden het lastig om vóór 8.30 uur te bellen; de lijn is vaak bezet.")
    assert not request("Zes op de tien leerlingen van de derde graad vinden het volledige verbod betuttelend.")
    pairs = compare_pair("blind138_nl_schoolraad").pairs
    assert len(pairs) == 7
    assert pairs[0].recommendation.text.startswith("Laat ouders een afwezigheid wegens ziekte")
    assert pairs[0].reply is not None and pairs[0].reply.text.startswith("Artikel 7 - afwezigheden, en artikel 12")
    assert pairs[1].reply is pairs[0].reply
    assert pairs[1].verdict == "disagrees"  # "Het gsm-verbod … blijft daarentegen ongewijzigd"
    assert pairs[2].verdict == "agrees"  # "Artikel 15 - kledij. Akkoord."


def test_a_section_that_leads_in_to_the_actions_answers_nothing() -> None:
    """Council action minutes: "3. Charter Review Commission Final Report. Dr. … presented the report. The Council
    took the following actions." over 3.A–3.E answers nothing, however much it shares with the seventh
    recommendation ("… appoint a charter review commission …"); "ACTION: Motion failed; pay remains a matter for
    ordinance." refuses."""
    pairs = compare_pair("blind138_en_charter_review").pairs
    assert pairs[6].reply is None
    assert pairs[2].verdict == "disagrees"


def test_short_verdicts_in_both_languages() -> None:
    rec = "Actualiseer de RI&E vóór 1 juli 2027 en neem daarin ook de winkel aan de Havenweg op."
    assert verdict("Eens. De nieuwe RI&E omvat beide winkels en het magazijn.", "nl", rec) == "agrees"
    assert (
        verdict(
            "'Evalueer het nieuwe roosterbeleid na één jaar.' Vanzelfsprekend. De evaluatie staat gepland voor het "
            "voorjaar van 2028.",
            "nl",
            "Evalueer het nieuwe roosterbeleid na één jaar, samen met de VAR en de ondernemingsraad.",
        )
        == "agrees"
    )
    assert (
        verdict(
            "Wij nemen je advies over de leidinggevenden over. Alle 38 leidinggevenden volgen dit najaar een training.",
            "nl",
            "Train alle leidinggevenden in 2026 in het herkennen en bespreekbaar maken van pesten.",
        )
        == "agrees"
    )
    assert (
        verdict(
            "'Publiceer het rooster voortaan uiterlijk zes weken voor de eerste dienst.' Dit nemen wij integraal over. "
            "Wijzigingen daarna gaan alleen in overleg en met toestemming van de betrokken collega.",
            "nl",
            "Publiceer het rooster voortaan uiterlijk zes weken voor de eerste dienst en wijzig het daarna alleen met "
            "instemming van de medewerker.",
        )
        == "agrees"
    )
    assert (
        verdict(
            "'Evaluate the new policy after one year.' Of course. The evaluation is planned for the spring of 2028.",
            "en",
            "Evaluate the new rostering policy after one year, together with the nurses' council.",
        )
        == "agrees"
    )


def test_bold_run_in_titles_beside_bold_codes_are_replies_of_their_own() -> None:
    """An officer's letter with bold leads: "T19 (sycamore …).", "T07 and T12.", "Survey interval.", "T23 (yew …).",
    "Ivy on the lime avenue.": the two titles without a code answer the survey interval and the ivy, not the tree
    before them."""
    pairs = compare_pair("blind138_en_tree_survey").pairs
    interval, ivy = pairs[5], pairs[4]
    assert interval.reply is not None and interval.reply.text.startswith("Survey interval.")
    assert interval.verdict == "disagrees"
    assert ivy.reply is not None and ivy.reply.text.startswith("Ivy on the lime avenue.")
    assert ivy.verdict == "noted"


def test_a_proposal_under_its_article_meets_the_reply_run_in_under_that_article() -> None:
    """ "art. 21 Orde- en tuchtmaatregelen | Geef een leerling bij een tijdelijke uitsluiting …" is answered by
    "Artikel 21 - tuchtmaatregelen. Wij hebben uw voorstel genoteerd.", which shares no other word with it."""
    pairs = compare_pair("blind138_nl_schoolraad").pairs
    assert pairs[4].recommendation.title.startswith("art. 21")
    assert pairs[4].reply is not None and pairs[4].reply.text.startswith("Artikel 21 - tuchtmaatregelen.")
    assert pairs[4].verdict == "noted"


def test_a_status_cell_beside_what_was_done_instead() -> None:
    """ "Done, August 2025" in a response table's last column says the work is done; what was done is a portable ramp
    instead of the step-free access asked: partly."""
    assert (
        verdict(
            "A permanent ramp at the courtyard door would need listed building consent. We have instead bought a "
            "portable ramp, which staff put in place on request.\n\nDone, August 2025",
            "en",
            "Step-free access to that gallery should be provided through the courtyard door.",
        )
        == "partly"
    )
    assert (
        verdict(
            "Six wireless data loggers now record temperature and humidity in every store.\n\nDone, September 2025",
            "en",
            "install continuous environmental monitoring in all its stores and act on the readings.",
        )
        == "agrees"
    )
