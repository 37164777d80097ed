"""Forms met first in blind round 38 (each test fails on the code before it, unless it guards against a false match).

A council officer's report to Cabinet: its numbered sections in 12 pt bold with sub-headings a point smaller under
"4. Proposed response", its own "2. Recommendations" to Cabinet at its head (which answer nothing), and a verdict in
two words ("Cabinet agrees."); an audit report's grid of finding, risk and "Aanbeveling A1" cells.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

from tests.core.helpers import block as _block
from tests.core.helpers import verdict
from weerwoord.core.analysis import alignment, going_on, readings, recommending, stance, structure
from weerwoord.core.model import Document, Recommendation, Reply, TextRun
from weerwoord.core.reading.reader import read_document


def _report_pdf(path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    body = "4.1 Cabinet agrees. The change will be put to Full Council with the Council Tax Base report in December."
    page.insert_text((62, 100), "4. Proposed response", fontsize=12, fontname="hebo")
    page.insert_text((62, 117), "Council tax premium", fontsize=11, fontname="hebo")
    page.insert_text((62, 138), body, fontsize=9, fontname="helv")
    page.insert_text((62, 162), "Staffing", fontsize=11, fontname="hebo")
    page.insert_text((62, 183), body.replace("4.1", "4.2"), fontsize=9, fontname="helv")
    doc.save(path)


def test_a_bold_sub_heading_a_point_smaller_under_a_bold_heading_is_a_heading_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    _report_pdf(path)
    blocks = read_document(path).blocks
    assert [(b.kind, b.text[:19]) for b in blocks] == [
        ("heading", "Proposed response"),
        ("heading", "Council tax premium"),
        ("paragraph", "4.1 Cabinet agrees."),
        ("heading", "Staffing"),
        ("paragraph", "4.2 Cabinet agrees."),
    ], [(b.kind, b.text[:30]) for b in blocks]


REC = "That the Council applies the maximum council tax premium of 300 per cent to dwellings empty for ten years."


def test_agreement_in_two_words_ending_its_sentence() -> None:
    assert verdict("Cabinet agrees. The change will be put to Full Council in December 2026.", "en", REC) == "agrees"
    assert verdict("The Department accepts; the premium will apply from April 2027.", "en", REC) == "agrees"


def test_agreement_in_two_words_not_before_what_is_agreed_to() -> None:
    text = "The Department agrees to consider the premium when the Tax Base is set."
    marks = stance.find_marks(TextRun(text, []), "en", REC)
    assert "en.agree.subject-agrees" not in {m.rule for m in marks}


def _rec(number: str, text: str) -> Recommendation:
    return Recommendation(number, True, TextRun(text, []))


def _reply(k: int, heading: str | None, text: str) -> Reply:
    return Reply(f"s{k}", heading, TextRun(text, []))


def test_a_reports_own_recommendations_at_its_head_answer_nothing() -> None:
    recs = [
        _rec("R1", "That the Council applies the maximum council tax premium to dwellings empty for ten years."),
        _rec("R2", "That Cabinet establishes a permanent Empty Homes Officer post within Private Sector Housing."),
        _rec(
            "R3",
            "That the Council adopts and publishes an Empty Homes Enforcement Policy setting out clear timescales "
            "and the order in which enforcement powers will be used.",
        ),
        _rec("R5", "That the Council creates a recyclable loan fund of 500,000 pounds for owners of empty homes."),
        _rec(
            "R7",
            "That the Overview and Scrutiny Committee receives a report on progress against these recommendations "
            "twelve months after Cabinet's response.",
        ),
    ]
    own = (
        "That Cabinet:\n\n2.1 thanks the Task and Finish Group for its report;\n\n2.2 agrees the response to the "
        "Group's recommendations set out in section 4 of this report; and\n\n2.3 delegates to the Head of Housing, "
        "in consultation with the Portfolio Holder, authority to draft the policy."
    )
    replies = [
        _reply(0, "2. Recommendations", own),
        _reply(1, "Council tax premium", "Cabinet agrees to apply the maximum council tax premium to empty dwellings."),
        _reply(2, "Staffing", "Cabinet will create a fixed-term Empty Homes Officer post in Private Sector Housing."),
    ]
    pairs, unmatched = alignment.align(recs, replies)
    assert [p.reply.id if p.reply else None for p in pairs] == ["s1", "s2", None, None, None]
    assert [u.id for u in unmatched] == ["s0"]


def test_a_label_with_a_code_labels_a_recommendation() -> None:
    blocks = [
        _block("paragraph", "Aanbeveling A1 Leg in de werkinstructie vast welke controles op de KvK-gegevens gelden."),
        _block("paragraph", "Aanbeveling A2 Pas de geautomatiseerde toets op de de-minimisdrempel aan."),
        _block("paragraph", "Recommendation DfI1: The Department should publish its bus strategy within a year."),
    ]
    assert [c.number for c in structure._labelled(blocks)] == ["A1", "A2", "DfI1"]


def test_a_grids_label_cell_takes_the_text_beside_it() -> None:
    text = "Trek autorisaties van vertrokken medewerkers binnen vijf werkdagen in en controleer ze elk kwartaal."
    blocks = [
        _block("paragraph", "Ongeautoriseerde wijzigingen in dossiers en betaalgegevens.", table_row=8),
        _block("paragraph", "Risico", table_row=8),
        _block("paragraph", text, table_row=9, bold=True),
        _block("paragraph", "Aanbeveling A6 prioriteit: midden", table_row=9, bold=True),
    ]
    found = structure._labelled(blocks)
    assert [(c.number, c.blocks[0].text) for c in found] == [("A6", text)]


def test_an_overview_rows_short_cells_are_no_recommendation() -> None:
    blocks = [
        _block("paragraph", "Rec. 6", table_row=4),
        _block("paragraph", "Opgevolgd", table_row=4),
        _block("paragraph", "Recommendation 7", table_row=5),
        _block("paragraph", "In progress", table_row=5),
    ]
    assert structure._labelled(blocks) == []


def test_codes_of_two_series_keep_their_order_in_the_text() -> None:
    blocks = [
        _block("paragraph", f"Aanbeveling {code} Zorg dat de gemeente hierover elk jaar aan de raad rapporteert.")
        for code in ("R1", "R2", "O1", "R3", "O2")
    ]
    found = structure.in_label_order(structure._labelled(blocks))
    assert [c.number for c in found] == ["R1", "R2", "O1", "R3", "O2"]
    numbered = [
        _block("paragraph", f"Aanbeveling {n} Rapporteer elk jaar aan de raad over de voortgang.") for n in "312"
    ]
    assert [c.number for c in structure.in_label_order(structure._labelled(numbered))] == ["1", "2", "3"]


def test_sentences_after_a_list_that_go_on_recommending_are_its_further_points() -> None:
    blocks = [
        _block("heading", "Ons advies"),
        _block("paragraph", "Wij adviseren u:"),
        _block("item", "ravotercept alleen op te nemen als de prijs met zeventig procent daalt;", label="•"),
        _block("item", "de aanspraak te beperken tot volwassenen in functionele klasse III;", label="•"),
        _block("item", "het voorschrijven te concentreren in de vier expertisecentra.", label="•"),
        _block(
            "paragraph",
            "De kosten zijn hoog. Wij adviseren u verder de fabrikant te laten deelnemen aan een registratie van "
            "uitkomsten. Wij adviseren ook een verkorte procedure, zoals in 2024.",
        ),
        _block("paragraph", "Ten slotte adviseren wij u om te laten onderzoeken of de middelen in één cluster passen."),
    ]
    doc = Document("a.pdf", "", "", 1, "nl", [(595.0, 842.0)], blocks)
    first = readings.recommendation_readings(doc)[0]
    assert first.kind == "continued", [r.description for r in readings.recommendation_readings(doc)]
    recs = readings.build(first, doc)
    assert [(r.number, r.text[:22]) for r in recs] == [
        ("1", "ravotercept alleen op "),
        ("2", "de aanspraak te beperk"),
        ("3", "het voorschrijven te c"),
        ("4", "Wij adviseren u verder"),
        ("5", "Wij adviseren ook een "),
        ("6", "Ten slotte adviseren w"),
    ]


def test_a_recommending_sentence_that_does_not_go_on_is_no_further_point() -> None:
    text = "Wij adviseren u de fabrikant te laten deelnemen aan een registratie van uitkomsten."
    assert going_on.recommending_after([_block("paragraph", text)], -1, 4) == []


def test_the_councils_idiom_geeft_in_overweging_recommends() -> None:
    text = (
        "De Raad geeft in overweging de evaluatie te vervroegen naar 2029. De Raad geeft u daarom in overweging om "
        "dit te doen."
    )
    assert len(recommending.recommending_sentences_in(text)) == 2
    assert not recommending.recommending_sentences_in("Het kabinet neemt dit in overweging.")


def test_an_auditor_recommends_in_the_first_person() -> None:
    text = (
        "Arrears rose again. I recommend that the Council set targets for collection. I also recommend that it reports."
    )
    assert len(recommending.recommending_sentences_in(text)) == 2


def test_cannot_propose_what_was_asked_refuses() -> None:
    rec = "The EESC recommends that a fixed share of cohesion funding be earmarked for rural public transport."
    reply = "The Commission therefore cannot propose to earmark a fixed share of allocations at the mid-term review."
    assert verdict(reply, "en", rec) == "disagrees"


def test_already_done_and_going_on_is_no_put_off() -> None:
    rec = "The EESC calls for the structured involvement of the social partners and civil society organisations."
    reply = (
        "The Commission already involves these organisations through the Rural Pact council, where civil society "
        "and social partners hold seats, and will continue to do so in the implementation of the action plan."
    )
    assert verdict(reply, "en", rec) == "agrees"


def test_a_deed_in_a_relative_clause_is_anothers() -> None:
    rec = "That the Council creates a recyclable loan fund of 500,000 pounds for owners of empty homes."
    reply = (
        "Cabinet has concluded that the Council cannot support a loan fund of the scale proposed. Owners will be "
        "signposted to the regional lender that already offers empty property loans."
    )
    assert verdict(reply, "en", rec) == "disagrees"


REC_PAH = "De aanspraak te beperken tot volwassenen met PAH in functionele klasse II en III na twee andere middelen."


def test_departing_from_the_advice_on_a_point_is_partly() -> None:
    reply = (
        "De voorwaarde dat eerst ten minste twee andere middelen zijn gebruikt, neem ik over. Anders dan het "
        "Zorginstituut adviseert, beperk ik de aanspraak niet tot functionele klasse II en III."
    )
    assert verdict(reply, "nl", REC_PAH) == "partly"
    english = (
        "Contrary to the Committee's recommendation, the scheme will remain open to adults in class IV as well; the "
        "condition of two earlier medicines is accepted."
    )
    assert verdict(english, "en", "Limit the scheme to adults in class II and III after two earlier medicines.") == (
        "partly"
    )


def test_what_was_weighed_and_not_chosen_is_refused() -> None:
    rec = "Het middel pas in het pakket op te nemen nadat de beroepsverenigingen een indicatieprotocol hebben."
    reply = (
        "Ik heb overwogen de opname uit te stellen tot de beroepsverenigingen hun protocol hebben vastgesteld. Ik "
        "heb daar niet voor gekozen: patiënten zouden dan nog een half jaar moeten wachten."
    )
    assert verdict(reply, "nl", rec) == "disagrees"


def test_paragraphs_numbered_at_one_level_are_siblings_without_headings() -> None:
    a = _reply(0, None, "4.1 Cabinet is pleased to confirm that this is already in hand.")
    b = _reply(1, None, "4.2 Cabinet agrees. The change will be put to Full Council.")
    c = _reply(2, None, "5.1 The fixed-term post will cost approximately 48,500 pounds.")
    assert alignment._sibling(a, b)
    assert not alignment._sibling(b, c)


MWC = [
    "Managers should ensure that care plans are person-centred and are reviewed and updated at least monthly.",
    "Managers should ensure that every patient is offered access to independent advocacy on admission and before "
    "each Mental Health Tribunal hearing.",
    "Managers should review the availability of occupational therapy staff so that structured activity is provided "
    "in the evenings and at weekends.",
]


def test_a_section_titled_by_two_subjects_answers_the_recommendation_on_the_other() -> None:
    recs = [_rec(str(k + 1), t) for k, t in enumerate(MWC)]
    replies = [
        _reply(
            0,
            None,
            "4.4 The Group accepted the recommendation on care planning: a person-centred care plan "
            "template, reviewed and updated monthly.",
        ),
        _reply(
            1,
            None,
            "4.3 On advocacy and weekend activity, the Group agreed that the service will be notified of "
            "every admission through the ward clerk. There is no funding for additional occupational therapy "
            "hours in the evenings and at weekends, and structured activity will not be extended.",
        ),
    ]
    pairs, _ = alignment.align(recs, replies)
    assert [p.reply.id if p.reply else None for p in pairs] == ["s0", "s1", "s1"]


def test_a_title_of_one_subject_answers_one() -> None:
    recs = [_rec(str(k + 1), t) for k, t in enumerate(MWC)]
    replies = [
        _reply(
            0,
            "Care planning",
            "The Group accepted the recommendation: a person-centred care plan, reviewed and updated monthly.",
        ),
        _reply(
            1,
            "Weekend activity",
            "There is no funding for additional occupational therapy hours in the evenings "
            "and at weekends, and structured activity will not be extended.",
        ),
    ]
    pairs, _ = alignment.align(recs, replies)
    assert [p.reply.id if p.reply else None for p in pairs] == ["s0", None, "s1"]


def test_a_sentence_that_opens_on_its_topic_is_about_the_recommendation_of_that_topic() -> None:
    from weerwoord.core.analysis import parts

    candidates = [
        "Earmark a fixed share of cohesion funding for rural public transport at the mid-term review.",
        "Issue guidance on the award of public service contracts to small operators, including smaller lots.",
    ]
    text = (
        "The Commission cannot propose to earmark a fixed share of cohesion funding at the mid-term review. As "
        "regards contracts, the Commission will publish an interpretative notice in 2027."
    )
    owners = [o for _, _, o in parts.owned(text, candidates)]
    assert owners == [0, 1]
