"""Finding recommendations and reply sections in the styles advice and responses come in."""

from __future__ import annotations

from pathlib import Path

from tests.core.expected_pairs import DOCS
from tests.core.pdfmaker import Pdf
from weerwoord.core.analysis import readings, sections, structure, table_replies
from weerwoord.core.analysis.compare import compare
from weerwoord.core.reading import reader


def _recs(path: Path) -> list[tuple[str, bool, str]]:
    doc = reader.read_document(path)
    return [(r.number, r.numbered, r.text) for r in readings.find_recommendations(doc)]


def test_lettered_recommendations_chapter(tmp_path: Path) -> None:
    pdf = Pdf()
    pdf.heading("Advice on cycling", 18)
    pdf.paragraph("The council found these problems:")
    pdf.paragraph("too few parking places;", label="1.")
    pdf.paragraph("unsafe crossings.", label="2.")
    pdf.heading("Recommendations")
    pdf.paragraph("The Government should fund secure cycle parking at every railway station.", label="(a)")
    pdf.paragraph("The Government should redesign dangerous crossings within five years.", label="(b)")
    recs = _recs(pdf.save(tmp_path / "a.pdf"))
    assert [(n, numbered) for n, numbered, _ in recs] == [("a", True), ("b", True)]
    assert recs[0][2].startswith("The Government should fund")


def test_bulleted_recommendations_get_positions(tmp_path: Path) -> None:
    pdf = Pdf()
    pdf.heading("Aanbevelingen")
    pdf.paragraph("Het kabinet moet de regels voor fietsparkeren vereenvoudigen.", label="•")
    pdf.paragraph("Gemeenten dienen jaarlijks over verkeersveiligheid te rapporteren.", label="•")
    recs = _recs(pdf.save(tmp_path / "b.pdf"))
    assert [(n, numbered) for n, numbered, _ in recs] == [("1", False), ("2", False)]


def test_labelled_recommendations_anywhere_and_numbered_lists_that_are_not(tmp_path: Path) -> None:
    pdf = Pdf()
    pdf.heading("1. Findings")
    pdf.paragraph("We found that councils lack staff.", label="1.")
    pdf.paragraph("We found that data is missing.", label="2.")
    pdf.paragraph("Recommendation 1: The Government should publish the data every year in an open format.")
    pdf.heading("2. Funding")
    pdf.paragraph("Recommendation 2: The Government should fund two hundred new posts in local councils.")
    recs = _recs(pdf.save(tmp_path / "c.pdf"))
    assert [n for n, _, _ in recs] == ["1", "2"]
    assert recs[1][2].startswith("The Government should fund two hundred")


def test_conclusions_are_not_recommendations(tmp_path: Path) -> None:
    pdf = Pdf()
    pdf.heading("Conclusions and recommendations")
    pdf.paragraph("We conclude that the present rules work poorly.", label="1.")
    pdf.paragraph("We recommend that the Government replace the rules by 2026.", label="2.")
    pdf.paragraph("We recommend that the Government consult the regions first.", label="3.")
    recs = _recs(pdf.save(tmp_path / "d.pdf"))
    assert [n for n, _, _ in recs] == ["2", "3"]


def _response(tmp_path: Path, sections: list[tuple[str, str]], name: str = "r.pdf") -> Path:
    pdf = Pdf()
    pdf.paragraph("Hierbij ontvangt u de reactie van het kabinet op het advies van de Raad.")
    for heading, body in sections:
        pdf.heading(heading, 10)
        pdf.paragraph(body)
    return pdf.save(tmp_path / name)


def _advice(tmp_path: Path, recs: list[str]) -> Path:
    pdf = Pdf()
    pdf.heading("Aanbevelingen")
    for i, text in enumerate(recs, 1):
        pdf.paragraph(text, label=f"{i}.")
    return pdf.save(tmp_path / "advies.pdf")


def test_aanbevelingen_heading_answering_two_and_an_unanswered_one(tmp_path: Path) -> None:
    advice = _advice(
        tmp_path,
        [
            "Het kabinet moet een register van algoritmes verplicht stellen.",
            "Het kabinet moet risicomodellen jaarlijks laten toetsen op discriminatie.",
            "Het kabinet moet een verbod op gezichtsherkenning invoeren.",
        ],
    )
    response = _response(
        tmp_path,
        [
            (
                "Aanbevelingen 1 en 2",
                "Het kabinet onderschrijft beide aanbevelingen. Het register wordt verplicht en de toets komt er.",
            )
        ],
    )
    result = compare(advice, response)
    by = {p.number: p for p in result.pairs}
    assert by["1"].reply is not None and by["2"].reply is not None
    assert by["1"].reply.id == by["2"].reply.id
    assert by["1"].link == "number" and by["1"].verdict == "agrees"
    assert by["3"].reply is None and by["3"].verdict == "unanswered"


def test_paraphrase_reply_without_heading_numbers(tmp_path: Path) -> None:
    advice = _advice(
        tmp_path,
        [
            "Het kabinet moet de huurtoeslag automatisch toekennen aan iedereen die er recht op heeft.",
            "Het kabinet moet de regels voor kinderopvangtoeslag vereenvoudigen.",
        ],
    )
    response = _response(
        tmp_path,
        [
            (
                "Kinderopvang",
                "De Raad beveelt aan de regels voor de kinderopvangtoeslag te vereenvoudigen. Het kabinet "
                "deelt deze opvatting niet.",
            ),
            (
                "Huurtoeslag",
                "De Raad beveelt aan om de huurtoeslag automatisch toe te kennen. Het kabinet neemt de "
                "aanbeveling over.",
            ),
        ],
    )
    result = compare(advice, response)
    by = {p.number: p for p in result.pairs}
    assert by["1"].reply is not None and "huurtoeslag" in by["1"].reply.text
    assert by["1"].verdict == "agrees"
    assert by["2"].reply is not None and "kinderopvang" in by["2"].reply.text
    assert by["2"].verdict == "disagrees"
    assert all(p.link in ("quote", "content") for p in result.pairs)


def test_unnumbered_recommendations_are_the_sentences_that_recommend(tmp_path: Path) -> None:
    pdf = Pdf()
    pdf.heading("Swimming in schools", 16)
    pdf.paragraph("In 2017 we recommended that pools be kept open. Many were closed since.")
    pdf.paragraph("We recommend that the Government establish a capital fund for public pools used by schools.")
    pdf.paragraph("We do not recommend that new school pools be built: they are expensive to run.")
    pdf.heading("Teaching")
    pdf.paragraph("Teachers lack training. We recommend that the Department fund a training course for staff.")
    recs = _recs(pdf.save(tmp_path / "u.pdf"))
    assert [(n, numbered) for n, numbered, _ in recs] == [("1", False), ("2", False)]
    assert recs[1][2] == "We recommend that the Department fund a training course for staff."


def test_a_paragraph_naming_recommendations_in_brackets_answers_them(tmp_path: Path) -> None:
    advice = _advice(
        tmp_path,
        [
            "The council should publish waiting times every month.",
            "The council should answer complaints within eight weeks.",
            "The council should pay interest on delayed grants.",
        ],
    )
    pdf = Pdf()
    pdf.paragraph("Thank you for your report, which we have read with care.")
    pdf.paragraph("We have accepted recommendations (1) and (2) in full: waiting times will be published monthly.")
    pdf.paragraph("(3): Not accepted. The scheme makes no provision for interest.")
    response = pdf.save(tmp_path / "reply.pdf")
    by = {p.number: p for p in compare(advice, response).pairs}
    assert by["1"].reply is not None and by["2"].reply is not None and by["1"].reply.id == by["2"].reply.id
    assert by["3"].reply is not None and by["3"].verdict == "disagrees"


def test_a_reply_answering_two_unnamed_recommendations_is_judged_per_paragraph() -> None:
    # "Funding for schools" confirms the premium (one recommendation) and refuses a new grant (another) in two
    # paragraphs, naming neither: each verdict comes from its own paragraph
    result = compare(DOCS / "blind6_en_no_numbers_advice.pdf", DOCS / "blind6_en_no_numbers_response.pdf")
    premium = next(p for p in result.pairs if "PE and Sport Premium be confirmed" in p.recommendation.text)
    grant = next(p for p in result.pairs if "ring-fenced grant" in p.recommendation.text)
    assert premium.reply is not None and grant.reply is not None
    assert premium.reply.id == grant.reply.id
    assert (premium.verdict, grant.verdict) == ("agrees", "disagrees")
    assert all("new grant" not in m.text for m in premium.marks)
    assert all("pleased to confirm" not in m.text for m in grant.marks)


def test_closest_leaves_a_paragraph_about_both_to_both() -> None:
    from weerwoord.core.analysis.likeness import closest

    owners = closest(
        [
            "The swimming pools of local authorities need money for repairs.",
            "Teachers of swimming need a national training course.",
            "We thank the Council for its advice on pools and teachers.",
        ],
        ["Fund the repair of public swimming pools.", "Train the teachers who teach swimming."],
    )
    assert owners[:2] == [0, 1]
    assert owners[2] is None


def test_recommendations_standing_only_in_sidebar_boxes_are_found() -> None:
    # the layout sets a narrow boxed column beside the text apart as a sidebar; labelled there, they count
    advice = reader.read_document(DOCS / "blind7_en_sidebar_advice.pdf")
    recs = readings.find_recommendations(advice)
    assert [r.number for r in recs] == ["1", "2", "3", "4", "5", "6"]
    assert recs[0].text.startswith("The Department of Health and Social Care should require")
    assert recs[0].run.page == 2


def test_a_subject_heading_naming_its_recommendations_in_brackets_links_them() -> None:
    replies = sections.find_replies(reader.read_document(DOCS / "blind7_en_sidebar_response.pdf"))
    numbers = {(r.heading or "").split(" — ")[-1]: r.numbers for r in replies}
    assert numbers["Heat in hospitals and care homes (Recommendations 1 and 2)"] == ["1", "2"]
    assert numbers["Workplace temperatures (Recommendation 5)"] == ["5"]


def test_a_recommendation_answered_only_in_a_summary_tables_row_takes_that_row() -> None:
    result = compare(DOCS / "blind7_en_sidebar_advice.pdf", DOCS / "blind7_en_sidebar_response.pdf")
    six = next(p for p in result.pairs if p.number == "6")
    assert six.reply is not None and six.reply.heading == "Heat-Health Alerts sent directly to schools"
    assert six.reply.text.startswith("Accepted. Since May 2024 UKHSA sends every alert")
    assert six.verdict == "agrees"
    assert six.reply.all_spans() and six.reply.all_spans()[0].page == 1  # framed where the row stands
    # the other rows repeat replies given in sections: those stay the sections' (1 and 2 share one)
    headings = {p.reply.heading or "" for p in result.pairs if p.number in ("1", "2") and p.reply}
    assert len(headings) == 1 and headings.pop().endswith("Heat in hospitals and care homes (Recommendations 1 and 2)")


def test_recommendations_numbered_in_roman_numerals_and_replies_naming_them() -> None:
    advice = reader.read_document(DOCS / "blind8_en_roman_margin_advice.pdf")
    recs = readings.find_recommendations(advice)
    assert [r.number for r in recs] == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
    assert recs[1].text.startswith("The Welsh Government should establish a dedicated capital fund")
    assert table_replies.numbers_in("VI and VII") == ["VI", "VII"]
    assert structure.roman_value("XIV") == 14 and structure.roman_value("IX") == 9
    # the terms of reference "(i)"–"(iv)" and the findings "1."–"5." are not recommendations
    assert not any(r.text.startswith("the reach of library services") for r in recs)


def test_recommendations_lettered_with_a_capital_keep_it() -> None:
    advice = reader.read_document(DOCS / "blind8_nl_kamerbrief_verhalend_advice.pdf")
    recs = readings.find_recommendations(advice)
    assert [r.number for r in recs] == ["A", "B", "C", "D", "E", "F"]
    assert recs[0].text.startswith("Gemeenten: neem een korte taalscreening op in iedere intake")


def test_lettered_points_of_a_recommendation_are_recommendations_answered_point_by_point() -> None:
    result = compare(DOCS / "blind8_en_eca_subpoints_advice.pdf", DOCS / "blind8_en_eca_subpoints_response.pdf")
    verdicts = {p.number: p.verdict for p in result.pairs}
    expected = {"1a": "agrees", "1b": "partly", "2": "disagrees", "3a": "agrees", "3b": "agrees", "3c": "partly"}
    assert verdicts == expected
    first = next(p for p in result.pairs if p.number == "1a")
    assert first.recommendation.text.startswith("in future calls for proposals")
    # a sentence naming no point, in the paragraph of another point, is that point's
    assert all("fixed share" not in m.text for m in first.marks)
    # sections that say they reply to paragraphs answer no recommendation, also before the first that does
    assert any("paragraph IV" in (u.heading or "") for u in result.unmatched_replies)


def test_quotes_of_two_recommendations_answered_together_make_one_reply() -> None:
    # under a theme heading: "Recommendation 1" + its quote in italics, "Recommendation 2" + its quote, then the
    # reply to both ("The Government supports Recommendation 1 in principle. … With respect to Recommendation 2 …")
    replies = sections.find_replies(reader.read_document(DOCS / "blind13_en_ca_commons_response.pdf"))
    both = [r for r in replies if "1" in r.numbers and "2" in r.numbers]
    assert len(both) == 1, [(r.heading, r.numbers) for r in replies]
    assert "supports Recommendation 1 in principle" in both[0].run.text
    assert not any(r.numbers == ["1"] for r in replies)  # no section holding only the quote of 1
    result = compare(DOCS / "blind13_en_ca_commons_advice.pdf", DOCS / "blind13_en_ca_commons_response.pdf")
    verdicts = {p.number: p.verdict for p in result.pairs}
    assert verdicts["1"] == "partly" and verdicts["2"] == "agrees"


def test_a_row_of_an_overview_table_is_no_labelled_recommendation() -> None:
    # the annex "Overview of actions … on the recommendations" has rows "Rec. 6 | E | E | …": the sixth
    # recommendation is the one the report states, not the row (nor the legend under the table)
    recs = readings.find_recommendations(reader.read_document(DOCS / "blind13_en_jiu_advice.pdf"))
    six = next(r for r in recs if r.number == "6")
    assert six.text.startswith("The executive heads of the United Nations system organizations should")
    assert "Legend" not in six.text


def test_quotes_above_a_government_response_marker_are_answered_together() -> None:
    # "Funding (Recommendations 1 and 2)", "Recommendation 1" + its quote, "Recommendation 2" + its quote,
    # "Government response", the reply to both: one reply naming 1 and 2
    result = compare(DOCS / "blind14_en_uk_review_advice.pdf", DOCS / "blind14_en_uk_review_response.pdf")
    by_number = {p.number: p for p in result.pairs}
    assert by_number["1"].reply is not None and by_number["1"].reply is by_number["2"].reply
    assert "accepts the case for longer-term" in by_number["1"].reply.run.text
    assert by_number["7"].reply is None


def test_a_label_with_no_before_its_number_is_a_label() -> None:
    assert structure.REC_LABEL.match("Recommendation no. 3 The department ensure that its advice records reasons")
    assert structure.REC_LABEL.match("Aanbeveling nr. 4: Maak het register openbaar")


def test_a_label_over_a_bold_first_sentence_keeps_that_sentence() -> None:
    # "Aanbeveling 1 Het VAPH informeert … schriftelijk" set in bold (read as a heading), its sentence running on
    # in the next line; "Aanbeveling 2" alone at the foot of a page, its bold first sentence on the next
    recs = readings.find_recommendations(reader.read_document(DOCS / "blind14_nl_vlaamse_ombudsman_advice.pdf"))
    by_number = {r.number: r.text for r in recs}
    assert by_number["1"].startswith("Het VAPH informeert iedere aanvrager op de wachtlijst")
    assert by_number["2"].startswith("Het VAPH vraagt bij een verlenging van de wachttijd")


def test_a_list_goes_on_under_the_lines_that_say_whom_it_asks() -> None:
    # "Aan de staatssecretaris …:" 1.–3., "Aan de minister …:" 4.–5., "Aan de colleges van burgemeester en
    # wethouders (via de VNG):" 6.–7.: one list of seven
    recs = readings.find_recommendations(reader.read_document(DOCS / "blind14_nl_kinderombudsman_advice.pdf"))
    assert [r.number for r in recs] == [str(n) for n in range(1, 8)]


def test_a_heading_government_response_to_recommendations_names_them(tmp_path: Path) -> None:
    pdf = Pdf()
    pdf.heading("Government response to the Transport Committee", 16)
    pdf.heading("Government response to recommendations 2 and 3")
    pdf.paragraph("The Government accepts both recommendations and will fund the new bus routes from April 2027.")
    pdf.heading("The Government's response to recommendation 4")
    pdf.paragraph("The Government does not accept this recommendation, as fares are set by the operators.")
    replies = sections.find_replies(reader.read_document(pdf.save(tmp_path / "r.pdf")))
    assert [r.numbers for r in replies if r.numbers] == [["2", "3"], ["4"]], [(r.heading, r.numbers) for r in replies]
    # in a command paper quoting the committee's text without numbers: both quoted recommendations take the reply
    result = compare(DOCS / "blind18_en_homeaffairs_advice.pdf", DOCS / "blind18_en_homeaffairs_response.pdf")
    by_number = {p.number: p for p in result.pairs}
    assert by_number["5"].reply is not None and by_number["5"].reply is by_number["6"].reply
    assert "accepts both recommendations" in by_number["5"].reply.run.text


def test_a_safety_boards_coded_recommendations_and_one_nobody_answers(tmp_path: Path) -> None:
    """Paragraphs ending in a safety board's code ("(R-26-4)") under addressee lines are the recommendations; a
    reply letter that quotes them with their codes never names R-26-6, so that one stays unanswered, however many
    words it shares with the reply to another."""
    advice = Pdf()
    advice.heading("Railroad Investigation Report RIR-26/02", 16)
    advice.heading("3 Findings")
    advice.paragraph("The signal maintainer had not been trained on the new interlocking software.", label="1.")
    advice.paragraph("Track inspections did not detect the broken rail joint before the derailment.", label="2.")
    advice.heading("4 Recommendations")
    advice.paragraph("To the Federal Railroad Administration:")
    advice.paragraph(
        "Require railroads to train signal maintainers on each new version of interlocking software before it is "
        "placed in service on a main line. (R-26-4)"
    )
    advice.paragraph(
        "Revise the track inspection standards so that rail joints on curves are inspected by ultrasonic testing "
        "at least twice a year. (R-26-5)"
    )
    advice.paragraph("To the American Short Line and Regional Railroad Association:")
    advice.paragraph(
        "Inform your members of the revised track inspection standards and encourage them to inspect rail "
        "joints on curves by ultrasonic testing at least twice a year. (R-26-6)"
    )
    response = Pdf()
    response.heading("Federal Railroad Administration", 14)
    response.paragraph(
        "Revise the track inspection standards so that rail joints on curves are inspected by ultrasonic testing "
        "at least twice a year. (R-26-5)"
    )
    response.paragraph(
        "FRA agrees and will propose the revised inspection standard for rail joints on curves in a rulemaking in 2027."
    )
    response.paragraph(
        "Require railroads to train signal maintainers on each new version of interlocking software before it is "
        "placed in service on a main line. (R-26-4)"
    )
    response.paragraph(
        "No further action is needed: since March 2026 railroads have been required to train signal maintainers "
        "on new interlocking software before it is placed in service."
    )
    a = advice.save(tmp_path / "advice.pdf")
    r = response.save(tmp_path / "response.pdf")
    recs = _recs(a)
    assert [n for n, _, _ in recs] == ["R-26-4", "R-26-5", "R-26-6"]
    assert recs[0][2].startswith("Require railroads to train") and "(R-26-4)" not in recs[0][2]
    result = compare(a, r)
    by_number = {p.number: p for p in result.pairs}
    assert by_number["R-26-6"].reply is None, by_number["R-26-6"].reply
    assert by_number["R-26-4"].verdict == "agrees", by_number["R-26-4"].reason
    assert by_number["R-26-5"].verdict == "agrees"


def test_items_numbered_on_under_advies_headings_at_each_chapters_end(tmp_path: Path) -> None:
    """Recommendations 1–5 numbered on through the report, each chapter closing with "N.M Advies" over its items;
    an imperative whose second sentence states a fact ("Het huidige biljet is …") still asks."""
    pdf = Pdf()
    pdf.heading("Evaluatie van de waterschapsverkiezingen", 16)
    pdf.heading("2 Het stemlokaal")
    pdf.paragraph("Veel stemlokalen waren slecht bereikbaar voor kiezers met een beperking. " * 3)
    pdf.heading("2.3 Advies")
    pdf.paragraph(
        "Verplicht waterschappen om in elk stemlokaal een verlaagd stemhokje in te richten en laat hen na elke "
        "verkiezing rapporteren over de toegankelijkheid.",
        label="1",
    )
    pdf.paragraph(
        "Ontwikkel een eenvoudiger stembiljet en beproef dit bij de volgende verkiezing. Het huidige biljet is voor "
        "veel kiezers onoverzichtelijk.",
        label="2",
    )
    pdf.heading("3 Het tellen")
    pdf.paragraph("In een op de tien stembureaus week de telling af van het aantal kiezers. " * 3)
    pdf.heading("3.2 Advies")
    pdf.paragraph(
        "Maak centrale stemopneming op de dag na de stemming verplicht voor alle waterschappen met meer dan "
        "honderdduizend kiezers.",
        label="3",
    )
    pdf.paragraph(
        "Leg vast dat een stembureau bij een verschil van meer dan vijf stemmen direct opnieuw telt.", label="4"
    )
    pdf.heading("4 Financiering")
    pdf.paragraph("De vergoeding voor stembureauleden is al jaren niet verhoogd. " * 3)
    pdf.heading("4.1 Advies")
    pdf.paragraph(
        "Stel structureel meer middelen beschikbaar voor de werving van stembureauleden. Waterschappen hebben "
        "steeds meer moeite om genoeg leden te vinden.",
        label="5",
    )
    recs = _recs(pdf.save(tmp_path / "a.pdf"))
    assert [n for n, _, _ in recs] == ["1", "2", "3", "4", "5"], recs
    assert recs[1][2].startswith("Ontwikkel een eenvoudiger stembiljet")


def test_capital_lettered_recommendations_under_theme_headings_of_a_recommendations_chapter(tmp_path: Path) -> None:
    """ "6 Aanbevelingen", a sentence on whom they address, then theme sub-headings over imperatives lettered "A."
    to "D." in the text itself; the numbered conclusions of chapter 5 are no recommendations."""
    pdf = Pdf()
    pdf.heading("Evaluatie van de stormschade in de regio", 16)
    pdf.heading("5 Conclusies")
    pdf.paragraph("De eerste alarmering sloot niet aan bij de verwachte windkracht van die middag.", label="1.")
    pdf.paragraph("De informatie van de netbeheerders bereikte de leiding te laat.", label="2.")
    pdf.heading("6 Aanbevelingen")
    pdf.paragraph("De aanbevelingen A tot en met D zijn gericht aan het bestuur van de veiligheidsregio.")
    pdf.heading("Alarmering")
    pdf.paragraph(
        "A. Verhoog bij code oranje automatisch de eerste alarmering naar ten minste twee eenheden per "
        "gemeente in het getroffen gebied."
    )
    pdf.paragraph(
        "B. Wijs in de meldkamer bij elke storm een vaste functionaris aan die de meldingen van netbeheerders "
        "bundelt en doorgeeft."
    )
    pdf.heading("Communicatie")
    pdf.paragraph(
        "C. Zet NL-Alert in zodra een weg door omgevallen bomen voor langer dan een uur is afgesloten in het gebied."
    )
    pdf.paragraph(
        "D. Richt de crisiscommunicatie zo in dat ook toeristen in de vakantieparken tijdig worden bereikt en "
        "geïnformeerd."
    )
    recs = _recs(pdf.save(tmp_path / "a.pdf"))
    assert [n for n, _, _ in recs] == ["A", "B", "C", "D"], recs
    assert recs[2][2].startswith("Zet NL-Alert in zodra")


def test_recommendations_numbered_1a_1b_2a_under_tracks(tmp_path: Path) -> None:
    """ "4 Aanbevelingen" in tracks ("Spoor 1 …"), each recommendation opening with its code in the text ("1a Schaf
    … af"): the chain 1a, 1b, 2a, 2b runs across the tracks' headings."""
    pdf = Pdf()
    pdf.heading("Advies over de zorg thuis", 16)
    pdf.heading("3 Analyse")
    pdf.paragraph("De raad ziet twee oorzaken van de problemen in de wijkverpleging. " * 3)
    pdf.heading("4 Aanbevelingen")
    pdf.paragraph("De raad doet de volgende aanbevelingen aan het kabinet, geordend naar twee sporen.")
    pdf.heading("Spoor 1 Vertrouwen in de professional")
    pdf.paragraph(
        "1a Schaf de registratie van zorgminuten per cliënt af en vervang die door een jaarlijkse verantwoording."
    )
    pdf.paragraph("1b Geef wijkverpleegkundigen de bevoegdheid om zelf hulpmiddelen voor hun cliënten aan te vragen.")
    pdf.heading("Spoor 2 Een sterke beroepsgroep")
    pdf.paragraph("2a Leg vast dat in elk team ten minste een derde van de formatie op hbo-niveau is opgeleid.")
    pdf.paragraph("2b Financier vanaf 2028 een betaalde opleidingsplaats voor iedere zij-instromer in de wijk.")
    recs = _recs(pdf.save(tmp_path / "a.pdf"))
    assert [n for n, _, _ in recs] == ["1a", "1b", "2a", "2b"], recs
    assert recs[2][2].startswith("Leg vast dat in elk team")


def test_the_points_under_what_needs_to_improve_are_the_recommendations(tmp_path: Path) -> None:
    """An inspection report's "What needs to improve in this local authority?" lists noun phrases, no verbs; the
    bullets of strengths further on are no recommendations."""
    pdf = Pdf()
    pdf.heading("Inspection of Eastmoor local authority children's services", 16)
    pdf.paragraph("Children's services in Eastmoor have improved since the last inspection in 2023. " * 2)
    pdf.heading("What needs to improve in this local authority?")
    pdf.paragraph(
        "The timeliness of assessments for children in need and how they consider the views of fathers.", label="•"
    )
    pdf.paragraph("Management oversight of social work practice in the assessment and family support teams.", label="•")
    pdf.paragraph(
        "The quality of pathway plans for care leavers and their access to suitable accommodation.", label="•"
    )
    pdf.heading("The experiences and progress of children in care: good")
    pdf.paragraph("Inspectors identified the following strengths in the service for children in care:")
    pdf.paragraph("stable placements, with most children living in the same home for two years or more;", label="•")
    pdf.paragraph("a well-regarded children in care council whose members help to recruit social workers.", label="•")
    recs = _recs(pdf.save(tmp_path / "a.pdf"))
    assert [t.split()[1] for _, _, t in recs] == ["timeliness", "oversight", "quality"], recs


def test_replies_grouped_under_headings_that_state_their_verdict(tmp_path: Path) -> None:
    """A government response grouping its replies under "Recommendations accepted", "Recommendations accepted in
    principle", "Recommendation not accepted": the group heading is no part of the reply before it, and decides
    the verdict of a reply that states none of its own."""
    advice = Pdf()
    advice.heading("Interim report of the inquiry into the floods", 16)
    advice.heading("Recommendations")
    for n, text in (
        ("1", "That the State establish a single recovery agency for the flooded region by March 2026."),
        ("2", "That the State amend the Emergency Act to require a tested evacuation plan for every town."),
        ("3", "That the State buy back, at pre-flood value, every home in the high-risk flood zone."),
    ):
        advice.paragraph(text, label=f"{n}.")
    response = Pdf()
    response.heading("Government response to the interim report", 16)
    response.paragraph("The Government thanks the inquiry for its interim report and its nine recommendations.")
    response.heading("Recommendations accepted", 15)
    response.gap(10)
    response.heading("Recommendation 1", 11)
    response.paragraph("The Recovery Authority will be established as a statutory body from 1 February 2026.")
    response.heading("Recommendations accepted in principle", 15)
    response.gap(10)
    response.heading("Recommendation 2", 11)
    response.paragraph(
        "The Government supports the intent and agrees that every town should have a plan. Rather than amend the "
        "Act, it will achieve this through the State emergency policy."
    )
    response.heading("Recommendation not accepted", 15)
    response.gap(10)
    response.heading("Recommendation 3", 11)
    response.paragraph("The Government shares the objective of reducing the number of homes at risk of flooding.")
    result = compare(advice.save(tmp_path / "a.pdf"), response.save(tmp_path / "r.pdf"))
    got = {p.number: (p.verdict, p.reply.run.text if p.reply else "") for p in result.pairs}
    assert [got[n][0] for n in "123"] == ["agrees", "partly", "disagrees"], got
    assert "accepted in principle" not in got["1"][1]


def test_recommendations_as_the_paragraphs_4_1_to_4_5_of_chapter_4(tmp_path: Path) -> None:
    """ "4 Advies" whose paragraphs are numbered from the chapter's own number in the text ("4.2 Geef …"): a chain
    from 4.1; the framing paragraphs around the imperatives are statements."""
    pdf = Pdf()
    pdf.heading("Eindadvies van het adviescollege", 16)
    pdf.heading("3 Analyse")
    pdf.paragraph("De wachtrij werkt volgens het principe wie het eerst komt, het eerst maalt. " * 2)
    pdf.heading("4 Advies")
    for text in (
        "4.1 Het college stelt voorop dat netcongestie geen tijdelijk probleem is en dat het jaren zal duren.",
        "4.2 Geef netbeheerders de wettelijke plicht om grootverbruikers een flexibel contract aan te bieden.",
        "4.3 Wijs per provincie een regionale programmadirecteur netcongestie aan met doorzettingsmacht.",
        "4.4 Herzie de wachtrij voor aansluitingen, zodat scholen en zorginstellingen voorrang krijgen.",
        "4.5 Verkort de procedures voor hoogspanningsstations door ze onder de Omgevingswet te versnellen.",
    ):
        pdf.paragraph(text)
    recs = _recs(pdf.save(tmp_path / "a.pdf"))
    assert [n for n, _, _ in recs][-4:] == ["4.2", "4.3", "4.4", "4.5"], recs
    assert any(t.startswith("Geef netbeheerders de wettelijke plicht") for _, _, t in recs), recs
