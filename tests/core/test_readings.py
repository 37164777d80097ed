"""Readings of an advice: every plausible set of recommendations, and the reader's choice among them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.expected_pairs import DOCS
from weerwoord.core.analysis import readings
from weerwoord.core.analysis.compare import compare
from weerwoord.core.reading import reader

ROOT = DOCS.parent.parent


def _readings(name: str) -> list[readings.Reading]:
    return readings.recommendation_readings(reader.read_document(DOCS / name))


def test_items_numbered_on_through_boxes_are_one_reading() -> None:
    # recommendations 1–6 in boxes at the ends of chapters, their numbers without a full stop, one box title run
    # into its first item ("Aanbevelingen bij hoofdstuk 2 1 Geef …"); a numbered list of questions stands before
    # (the box titles read as headings of their own, the boxes are one list under the first; as a chain before)
    found = _readings("blind9_nl_kaders_advice.pdf")
    assert found and found[0].kind in ("chain", "chapter"), [r.description for r in found]
    first = found[0]
    assert [c.number for c in first.items] == ["1", "2", "3", "4", "5", "6"]
    assert first.items[0].blocks[0].text.startswith("Geef netbeheerders")


def test_paragraphs_tagged_at_their_end_are_a_reading() -> None:
    found = _readings("blind10_en_gao_advice.pdf")
    tagged = [r for r in found if r.kind == "tagged"]
    assert tagged and [c.number for c in tagged[0].items] == ["1", "2", "3", "4", "5"]
    assert not tagged[0].items[0].blocks[0].text.rstrip().endswith(")")  # the tag is no part of the text


def test_numbered_activities_of_an_annual_report_are_no_reading() -> None:
    assert _readings("no_recommendations.pdf") == []


def test_the_reader_chooses_another_reading() -> None:
    advice, response = DOCS / "blind10_en_select_museums_advice.pdf", DOCS / "blind10_en_select_museums_response.pdf"
    best = compare(advice, response)
    other = best.alternatives[0]["reading"]
    assert isinstance(other, str)
    chosen = compare(advice, response, reading=other)
    assert [p.recommendation.text for p in chosen.pairs] != [p.recommendation.text for p in best.pairs]
    assert any(a["kind"] == "chapter" for a in chosen.alternatives)  # the best one is offered back
    assert chosen.warnings == [] or all("no reading called" not in w for w in chosen.warnings)
    unknown = compare(advice, response, reading="list@99999")
    assert [p.number for p in unknown.pairs] == [p.number for p in best.pairs]
    assert "no reading called" in unknown.warnings[0]


def test_the_command_line_takes_a_reading() -> None:
    advice, response = DOCS / "blind10_en_select_museums_advice.pdf", DOCS / "blind10_en_select_museums_response.pdf"
    run = [sys.executable, "-m", "weerwoord", "compare", "--no-corrections", str(advice), str(response)]
    best = json.loads(subprocess.run(run, capture_output=True, text=True, check=True, cwd=ROOT).stdout)
    name = best["alternatives"][0]["reading"]
    other = json.loads(
        subprocess.run([*run, "--reading", name], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    )
    texts = [p["recommendation"]["text"] for p in other["pairs"]]
    assert texts != [p["recommendation"]["text"] for p in best["pairs"]]
    assert any(a["reading"].startswith("chapter@") for a in other["alternatives"])


def test_a_response_table_by_short_titles_answers_each_row() -> None:
    # recommendations 1.1–3.2 under theme sub-headings, each opening with a bold short title; the response is one
    # table "Recommendation | Response" giving them by those titles, without numbers
    result = compare(DOCS / "blind9_en_short_titles_advice.pdf", DOCS / "blind9_en_short_titles_response.pdf")
    assert [p.number for p in result.pairs] == ["1.1", "1.2", "2.1", "2.2", "2.3", "3.1", "3.2"]
    by_number = {p.number: p for p in result.pairs}
    assert by_number["1.1"].reply is not None and by_number["1.1"].reply.heading == "A single front door"
    assert by_number["1.2"].verdict == "disagrees"  # "will therefore not legislate for a right to a break"
    assert sum(p.reply is not None for p in result.pairs) >= 6


def test_sentences_in_the_output_language_codes_unchanged() -> None:
    advice, response = DOCS / "blind10_nl_kamerbrief_advice.pdf", DOCS / "blind10_nl_kamerbrief_response.pdf"
    run = [sys.executable, "-m", "weerwoord", "compare", "--no-corrections", str(advice), str(response)]
    en = json.loads(subprocess.run(run, capture_output=True, text=True, check=True, cwd=ROOT).stdout)
    nl = json.loads(
        subprocess.run([*run, "--output-language", "nl"], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    )
    for a, b in zip(en["pairs"], nl["pairs"], strict=True):
        assert (a["number"], a["verdict"], a["link"]) == (b["number"], b["verdict"], b["link"])
        assert [m["rule"] for m in a["marks"]] == [m["rule"] for m in b["marks"]]
    first = nl["pairs"][0]
    assert first["recommendation"]["evidence"][0].startswith("Punt 1 van 6")
    assert "oordeel" in first["reason"] and "verdict" in en["pairs"][0]["reason"]
    unanswered = next(p for p in nl["pairs"] if p["verdict"] == "unanswered")
    assert unanswered["reason"] == "In de reactie is geen antwoord op deze aanbeveling gevonden."


def test_the_same_document_twice_is_no_pair(tmp_path: object) -> None:
    import pytest

    from weerwoord.core.errors import WeerwoordError

    with pytest.raises(WeerwoordError):
        compare(DOCS / "en_labelled_advice.pdf", DOCS / "en_labelled_advice.pdf")


def test_a_dutch_plural_with_a_doubled_consonant_shares_its_stem() -> None:
    from weerwoord.core.analysis.likeness import _stem

    assert _stem("zorgleefplannen") == _stem("zorgleefplan")
    assert _stem("bewoners") == _stem("bewoner")


def test_paragraphs_highlighted_in_bold_that_ask_for_action_are_a_reading() -> None:
    # a committee report numbers every paragraph 1.–26. and sets its recommendations in bold "throughout"; two
    # bold paragraphs are conclusions ("The Committee is concerned …", "… welcomes …") and ask for nothing
    found = _readings("blind13_en_scot_letter_advice.pdf")
    highlighted = [r for r in found if r.kind == "highlighted"]
    assert highlighted, [r.description for r in found]
    assert [c.number for c in highlighted[0].items] == ["14", "15", "18", "21", "22", "24", "25"]


def test_a_recommendation_named_inside_another_section_is_answered_there() -> None:
    # "Data and information" answers paragraph 24; its next paragraph says "the invitation at paragraph 25 is a
    # matter for the Council": 25 is answered in that paragraph, and 24's refusal is not 25's
    result = compare(DOCS / "blind13_en_scot_letter_advice.pdf", DOCS / "blind13_en_scot_letter_response.pdf")
    by_number = {p.number: p for p in result.pairs}
    assert by_number["25"].reply is not None and by_number["25"].reply is by_number["24"].reply
    assert by_number["24"].verdict == "disagrees"
    assert by_number["25"].verdict == "noted"
    assert by_number["22"].reply is None  # named nowhere: unanswered


def test_numbered_paragraphs_that_open_by_asking_are_a_reading() -> None:
    # a parliament's resolution: paragraphs 1.–13., of which those that open "Calls on", "Asks", "Urges",
    # "Invites" are its requests; "Welcomes", "Notes", "Recalls", "Instructs its President to forward" are not
    found = _readings("blind14_en_ep_fiche_advice.pdf")
    asking = [r for r in found if r.kind == "highlighted"]
    assert asking, [r.description for r in found]
    assert [c.number for c in asking[0].items] == ["3", "5", "6", "8", "9", "11", "12"]


def test_a_summary_in_short_forms_is_the_repeat_of_the_full_list() -> None:
    # the summary lists "1. Wachttermijn verkorten …" … 7 in a few words; chapter 5 gives 1–7 in full: the full
    # list is the recommendations, the summary's short forms their repeats (not a reading of their own that the
    # response, quoting the short forms in its table, would choose)
    found = _readings("blind14_nl_migratie_advice.pdf")
    assert len([r for r in found if [c.number for c in r.items] == [str(n) for n in range(1, 8)]]) == 1
    result = compare(DOCS / "blind14_nl_migratie_advice.pdf", DOCS / "blind14_nl_migratie_response.pdf")
    first = result.pairs[0]
    assert len(first.recommendation.text.split()) > 20
    assert first.recommendation.also_at, "the summary's short form is kept as a repeat"


def test_points_listed_after_a_sentence_that_announces_them_are_a_reading() -> None:
    # an audit report: in each section "Wij bevelen de minister aan (om):" and unnumbered bullets, six in all
    found = _readings("blind14_nl_verantwoording_advice.pdf")
    announced = [r for r in found if r.kind == "announced"]
    assert announced and len(announced[0].items) == 6, [r.description for r in found]
    assert announced[0].items[0].blocks[0].text.startswith("ervoor te zorgen dat het contractenregister")


def test_points_announced_and_lettered_keep_their_letters(tmp_path: Path) -> None:
    """Points a. to c. after "De raad adviseert de minister:" are recommendations a, b and c, not 1, 2 and 3."""
    from tests.core.pdfmaker import Pdf

    pdf = Pdf()
    pdf.heading("Advies")
    pdf.paragraph("Op grond van deze analyse adviseert de raad de minister:")
    for letter, text in (
        ("a.", "Stel een landelijk kader op voor het geschiktheidsonderzoek van zij-instromers."),
        ("b.", "Maak het mogelijk dat zij-instromers in deeltijd het traject in drie jaar afronden."),
        ("c.", "Garandeer iedere zij-instromer ten minste vier uur begeleiding per week."),
    ):
        pdf.paragraph(text, label=letter)
    doc = reader.read_document(pdf.save(tmp_path / "advies.pdf"))
    announced = [r for r in readings.recommendation_readings(doc) if r.kind == "announced"]
    assert announced and [c.number for c in announced[0].items] == ["a", "b", "c"]


def test_items_numbered_by_a_hanging_bare_number(tmp_path: Path) -> None:
    """ "1   Leg in de Wmo …" with the number hanging left of the text and no full stop after it, the first line
    bold and the rest plain in wide leading: items 1 to 3, each whole."""
    from tests.core.pdfmaker import Pdf

    pdf = Pdf(leading=1.55)
    pdf.heading("4 Aanbevelingen")
    pdf.paragraph("De raad doet de volgende aanbevelingen aan het kabinet en aan de gemeenten.")
    pdf.heading("Aan het kabinet", size=10)
    pdf.gap(6)
    items = [
        (
            "Leg in de Wmo 2015 een landelijk basisniveau van mantelzorgondersteuning vast,",
            "met een onafhankelijke cliëntondersteuner voor iedere mantelzorger.",
        ),
        (
            "Verruim het langdurend zorgverlof naar twaalf keer de wekelijkse arbeidsduur",
            "en laat werkgevers een deel daarvan doorbetalen.",
        ),
        ("Neem de belemmeringen weg voor het bouwen van mantelzorgwoningen", "en het splitsen van grote woningen."),
    ]
    for n, (first, rest) in enumerate(items, start=1):
        pdf.line(first, label=str(n), bold=True)
        pdf.line(rest, x=96)
        pdf.gap()
    doc = reader.read_document(pdf.save(tmp_path / "advies.pdf"))
    found = readings.recommendation_readings(doc)
    assert found
    recs = readings.build(found[0], doc)
    assert [(r.number, r.text) for r in recs] == [(str(n), f"{a} {b}") for n, (a, b) in enumerate(items, start=1)]


def test_recommendation_as_a_heading_over_a_numbered_paragraph(tmp_path: Path) -> None:
    """An auditor general's "Recommendation" set as a heading over the paragraph that gives it, numbered as that
    paragraph ("5.10 The department should …")."""
    from tests.core.pdfmaker import Pdf

    pdf = Pdf()
    pdf.paragraph("5.9 We found that the department did not report its service standard by type of claim.")
    for number, text in (
        ("5.10", "Employment and Social Development Canada should establish service standards for each type of claim."),
        (
            "5.13",
            "Employment and Social Development Canada should determine the causes of the growth in its inventory.",
        ),
    ):
        pdf.heading("Recommendation", size=10)
        pdf.paragraph(f"{number} {text}")
        pdf.paragraph("The department's response. Agreed. The department will act on this by March 2026.")
    doc = reader.read_document(pdf.save(tmp_path / "audit.pdf"))
    found = [r for r in readings.recommendation_readings(doc) if r.kind == "bare"]
    assert found
    recs = readings.build(found[0], doc)
    assert [r.number for r in recs] == ["5.10", "5.13"]
    assert recs[0].text.startswith("Employment and Social Development Canada should establish")


def test_a_coroners_concerns_are_what_the_response_answers(tmp_path: Path) -> None:
    """A report to prevent future deaths lists the coroner's concerns, (1) to (3): those are its recommendations."""
    from tests.core.pdfmaker import Pdf

    pdf = Pdf()
    pdf.heading("4 CIRCUMSTANCES OF THE DEATH")
    pdf.paragraph("Mrs Ellis was admitted to the hospital with an infection and fell from her bed at night.")
    pdf.heading("5 CORONER'S CONCERNS")
    pdf.paragraph("During the inquest the evidence revealed matters giving rise to concern.")
    for n, text in enumerate(
        [
            "The falls risk assessment was not repeated when she was transferred to the ward.",
            "No bed sensor alarm or low-rise bed was available for her on the night she fell.",
            "She was not reviewed by a doctor until four hours after she was found on the floor.",
        ],
        start=1,
    ):
        pdf.paragraph(text, label=f"({n})")
    doc = reader.read_document(pdf.save(tmp_path / "pfd.pdf"))
    found = readings.recommendation_readings(doc)
    assert found
    recs = readings.build(found[0], doc)
    assert [r.number for r in recs] == ["1", "2", "3"]
    assert recs[1].text.startswith("No bed sensor alarm")


def test_a_boxed_recommendation_with_a_title_under_its_label(tmp_path: Path) -> None:
    """ "RECOMMENDATION 3.1", then the box's title in bold, then its text: the text is the recommendation."""
    from tests.core.pdfmaker import Pdf

    pdf = Pdf()
    pdf.paragraph("Heavy vehicle operators pay a fuel-based road user charge and annual registration charges.")
    for number, title, text in (
        (
            "3.1",
            "An independent regulator",
            "The Australian Government should legislate to give an independent regulator the setting of charges.",
        ),
        (
            "3.2",
            "A forward-looking cost base",
            "Heavy vehicle charges should be based on forecast efficient road spending.",
        ),
    ):
        pdf.heading(f"RECOMMENDATION {number}", size=9)
        pdf.heading(title, size=9.5)
        pdf.paragraph(text)
    doc = reader.read_document(pdf.save(tmp_path / "inquiry.pdf"))
    found = [r for r in readings.recommendation_readings(doc) if r.kind == "labelled"]
    assert found
    recs = readings.build(found[0], doc)
    assert [(r.number, r.text[:40]) for r in recs] == [
        ("3.1", "The Australian Government should legisla"),
        ("3.2", "Heavy vehicle charges should be based on"),
    ]


@pytest.mark.parametrize(
    ("labels", "addressee"),
    [
        (["•", "•", "•"], "Aan de staatssecretaris van Justitie en Veiligheid"),
        (["a.", "b.", "c."], "Het College beveelt de regering en de gemeenten die risicoprofielen gebruiken aan:"),
    ],
)
def test_points_go_on_under_a_line_that_says_whom_they_ask(tmp_path: Path, labels: list[str], addressee: str) -> None:
    from tests.core.pdfmaker import Pdf

    pdf = Pdf()
    pdf.heading("5 Conclusie en aanbevelingen")
    pdf.heading("Aanbevelingen", size=11)
    pdf.heading("Aan de Dienst Justitiële Inrichtingen", size=10)
    points = [
        "Stel bij iedere gedetineerde binnen twee weken vast of hij een geldig identiteitsbewijs heeft.",
        "Draag de gegevens uit het re-integratieplan tijdig over aan de gemeente van vestiging.",
        "Maak met de gemeenten afspraken over structurele financiering van de casemanagers.",
    ]
    for k, (label, text) in enumerate(zip(labels, points, strict=True)):
        if k == 2:
            pdf.heading(addressee, size=10)
        pdf.paragraph(text, label=label)
    doc = reader.read_document(pdf.save(tmp_path / "rapport.pdf"))
    found = readings.recommendation_readings(doc)
    assert found
    recs = readings.build(found[0], doc)
    assert [r.text for r in recs] == points


def test_points_announced_by_a_sentence_as_paragraphs_with_run_in_titles() -> None:
    """ "… doen wij de volgende aanbevelingen aan de minister." and then paragraphs "Taakafbakening. Leg in …": the
    points are the recommendations (not the numbered conclusions of the summary), up to "Tot besluit. De
    onderzoekers danken …", which asks nothing."""
    found = _readings("blind23_nl_zbo_evaluatie_advice.pdf")
    announced = next(r for r in found if r.kind == "announced")
    texts = [c.blocks[0].text for c in announced.items]
    assert len(texts) == 8, texts
    assert texts[0].startswith("Taakafbakening. Leg in de instellingsregeling")
    assert texts[-1].startswith("Evaluatietermijn. Evalueer het CORB")


def test_paragraphs_led_by_a_run_in_title_are_replies_of_their_own() -> None:
    from weerwoord.core.analysis import sections

    response = reader.read_document(DOCS / "blind23_nl_zbo_evaluatie_response.pdf")
    openings = [r.text.split(".")[0] for r in sections.find_replies(response)]
    for title in ("Het registratiesysteem", "Tarieven", "Klachten", "De volgende evaluatie"):
        assert title in openings, openings


def test_points_going_on_from_a_lead_in_are_all_recommendations() -> None:
    """ "The Ombudsman recommends that Services Australia:" then "1. introduce triage …", "2. tell each customer …":
    points that carry no recommending verb of their own are no conclusions when they go on from the lead-in."""
    doc = reader.read_document(DOCS / "blind25_en_cwo_advice.pdf")
    chapter = next(r for r in readings.recommendation_readings(doc) if r.kind == "chapter")
    built = readings.build(chapter, doc)
    assert [r.number for r in built] == ["1", "2", "3", "4", "5", "6", "7"]
    assert built[0].text.startswith("introduce triage of Carer Payment review requests")


@pytest.mark.parametrize(
    ("label", "number"),
    [("Action Required 3", "3"), ("Herstelopdracht 1 - Kwaliteitszorg (KA1)", "1"), ("Advies IV", "IV")],
)
def test_more_words_that_label_a_recommendation(label: str, number: str) -> None:
    from weerwoord.core.analysis import structure

    m = structure.REC_LABEL.match(label)
    assert m is not None and m.group(1) == number
