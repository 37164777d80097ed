"""Forms met first in blind round 55, mended after it was scored at first sight (each test fails on the code
before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

from weerwoord.core.analysis import stance
from weerwoord.core.analysis.compare import compare
from weerwoord.core.model import TextRun
from weerwoord.core.reading import reader

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _verdict(recommendation: str, reply: str, language: str = "en") -> str:
    marks = stance.find_marks(TextRun(reply, ()), language, recommendation)
    return stance.verdict(marks, reply, language, recommendation)[0]


def test_a_commissions_paragraphs_numbered_in_three_levels_and_the_white_paper_citing_them() -> None:
    """A judicial commission's report: "5.1.4 The Commission recommends that …" among numbered findings ("5.1.2 The
    Commission further finds …", "5.4.1 The Commission notes that the 2019 Panel had recommended …"). The White
    Paper heads each reply "Recommendation (paragraph 5.3.2 of the Report)" (a number of three levels, not "5.3"),
    decides "Government accepts this recommendation with modification" (a part), and in one section accepts the
    recommendation that the Agency be restructured and rejects the recommendation that the officers be dismissed:
    each label decides for the recommendation it names."""
    result = compare(DOCS / "blind55_en_whitepaper_advice.pdf", DOCS / "blind55_en_whitepaper_response.pdf")
    by = {p.number: p for p in result.pairs}
    assert list(by) == ["5.1.4", "5.1.5", "5.2.3", "5.2.4", "5.3.2", "5.3.3", "5.4.2", "5.4.3"]
    assert by["5.1.4"].recommendation.text.startswith("The Commission recommends that the Honourable Attorney")
    reply = by["5.1.4"].reply
    assert reply is not None and "has been directed to file charges" in reply.text
    assert by["5.1.4"].verdict == "agrees"
    assert by["5.2.3"].reply is by["5.2.4"].reply
    assert (by["5.2.3"].verdict, by["5.2.4"].verdict) == ("agrees", "disagrees")
    assert by["5.3.2"].verdict == "partly"
    assert by["5.4.3"].reply is None


def test_a_justified_line_read_word_by_word_keeps_its_weight() -> None:
    """reportlab justifies "Government's decision: Government accepts this recommendation. The Honourable" and
    MuPDF reads it a word at a time, the first piece a point lower: one line again, plain (two bold words of eight),
    so the decision and its next lines are one paragraph, no bold heading."""
    doc = reader.read_document(DOCS / "blind55_en_whitepaper_response.pdf")
    decision = next(b for b in doc.blocks if "Honourable" in b.text)
    assert decision.kind == "paragraph" and not decision.bold
    assert decision.text.startswith("Government's decision: Government accepts this recommendation. The Honourable")
    assert decision.text.rstrip().endswith("without delay.")


def test_accepted_with_modification_is_a_part() -> None:
    assert (
        _verdict(
            "The Commission recommends that the State Government pay compensation of N5,000,000.00 to the next of kin.",
            "Government's decision: Government accepts this recommendation with modification. Government will pay "
            "N2,500,000.00 to the next of kin of each deceased victim.",
        )
        == "partly"
    )


def test_points_lettered_inside_the_sentence_that_recommends_them() -> None:
    """A Commissie Meijers commentary gives its recommendations only in its conclusion, inline: "… beveelt de
    Commissie Meijers de regering aan zich in de Raad in te zetten voor: (a) een bewaartermijn …; (b) …; … en (g)
    een evaluatie na drie jaar …". A line that opens with "(c)" goes on that paragraph (the "(b)" before it stood
    inside a line), and each letter is a recommendation; the "(i)"–"(iv)" of what the proposal holds are not."""
    doc = reader.read_document(DOCS / "blind55_nl_meijers_advice.pdf")
    conclusion = next(b for b in doc.blocks if "(a) een bewaartermijn" in b.text)
    assert "(g) een evaluatie na drie jaar" in conclusion.text
    result = compare(DOCS / "blind55_nl_meijers_advice.pdf", DOCS / "blind55_nl_meijers_response.pdf")
    assert [p.number for p in result.pairs] == ["a", "b", "c", "d", "e", "f", "g"]
    texts = [p.recommendation.text for p in result.pairs]
    assert texts[0].startswith("een bewaartermijn van ten hoogste dertig dagen")
    assert not texts[0].rstrip().endswith((";", "en"))
    assert texts[6].startswith("een evaluatie na drie jaar")
    assert result.pairs[5].reply is None  # (f) goes unanswered
    assert result.pairs[1].reply is not None and result.pairs[1].reply is result.pairs[4].reply


def test_requests_coded_in_the_margin_and_headings_naming_them_with_a_stop() -> None:
    """A police inspectorate's audit sets "R.1 Stel een schriftelijke onthaalprocedure op …" to "R.7" (findings
    "V.1 Het onthaal verschilt per post." in the same margin ask nothing); the chief's memo heads its replies
    "3.5 Afspraken met het parket (R.6)", "3.3 Registratie en behandeling van klachten (R.3 en R.4)"."""
    result = compare(DOCS / "blind55_nl_aig_advice.pdf", DOCS / "blind55_nl_aig_response.pdf")
    by = {p.number: p for p in result.pairs}
    assert list(by) == ["R.1", "R.2", "R.3", "R.4", "R.5", "R.6", "R.7"]
    assert by["R.1"].recommendation.text.startswith("Stel een schriftelijke onthaalprocedure op")
    for code, heading in (("R.6", "3.5 Afspraken met het parket"), ("R.7", "3.1 Klachtenformulier")):
        reply = by[code].reply
        assert reply is not None and (reply.heading or "").startswith(heading), code
    assert by["R.3"].reply is by["R.4"].reply
    assert by["R.5"].reply is None


def test_a_later_closing_time_and_a_refusal_far_from_its_verb() -> None:
    """ "… blijft vanaf oktober op werkdagen open tot 20.00 uur" where "tot 22.00 uur" was asked gives another figure
    (a time of day is one figure, never a year: "20.00" is no 2000); "acht het korps een aparte behandeling buiten
    de lijn niet nodig" refuses, eight words between the verb and its negation."""
    assert (
        _verdict(
            "Verleng de openingsuren van het onthaal op werkdagen tot 22.00 uur.",
            "Het onthaal van het hoofdcommissariaat blijft vanaf oktober op werkdagen open tot 20.00 uur.",
            "nl",
        )
        == "partly"
    )
    assert (
        _verdict(
            "Laat klachten over leidinggevenden behandelen door een dienst buiten de hiërarchische lijn.",
            "Voor klachten over leidinggevenden acht het korps een aparte behandeling buiten de lijn niet nodig.",
            "nl",
        )
        == "disagrees"
    )
    result = compare(DOCS / "blind55_nl_aig_advice.pdf", DOCS / "blind55_nl_aig_response.pdf")
    by = {p.number: p.verdict for p in result.pairs}
    assert (by["R.2"], by["R.3"], by["R.4"]) == ("partly", "agrees", "disagrees")


def test_recommending_sentences_and_the_few_points_under_recommendations() -> None:
    """An agency's comment letter on a draft impact statement: "We recommend that the FEIS …" at paragraph ends, and
    two bullets under a bold "Recommendations:" ("Identify Alternative B …", "Include in the FEIS a draft
    compensatory mitigation plan …"): seven recommendations in all, in the letter's order."""
    result = compare(DOCS / "blind55_en_deis_advice.pdf", DOCS / "blind55_en_deis_response.pdf")
    texts = [p.recommendation.text for p in result.pairs]
    assert len(texts) == 7
    assert texts[0].startswith("We recommend that the FEIS evaluate in detail")
    assert texts[1].startswith("Identify Alternative B") and texts[2].startswith("Include in the FEIS a draft")
    assert texts[4].startswith("To reduce diesel emissions")


def test_a_members_question_in_a_verbatim_record_answers_nothing() -> None:
    """A Kamer committee's verbatim record: "01.02 Bram De Wolf (N-VA): Mevrouw de staatssecretaris, …" asks what a
    recommendation asks, in its words; the state secretary's turn answers it ("Op dat punt volg ik Myria niet")."""
    result = compare(DOCS / "blind55_nl_myria_advice.pdf", DOCS / "blind55_nl_myria_response.pdf")
    for pair in result.pairs:
        assert pair.reply is None or not pair.reply.text.startswith(("01.02 Bram De Wolf", "01.01")), pair.number
    fourth = result.pairs[3].reply
    assert fourth is not None and "volg ik Myria niet" in fourth.text
    assert any(u.text.startswith("02.01 Karim Bouzid (PVDA-PTB)") for u in result.unmatched_replies)


def test_an_audit_reports_own_past_tense_recommends() -> None:
    """A national audit office reports what it recommended: "We recommended that the Municipal Mayor require the
    Municipal Accountant to transfer …" recommends (its own); "The 2019 Panel had recommended that …" quotes
    another's."""
    from weerwoord.core.analysis.recommending import recommending_sentences_in

    assert recommending_sentences_in(
        "We recommended that the Municipal Mayor require the Municipal Accountant to transfer the balance."
    )
    assert not recommending_sentences_in("The 2019 Ministerial Panel had recommended that all buildings be tested.")


def test_pleased_to_report_that_it_was_done_is_a_deed() -> None:
    """A county executive's response read into Hansard: "I am pleased to report that a 200 kVA standby generator was
    installed and commissioned on 2nd November 2026" does what was asked; "report" tells the news here, it puts
    nothing off."""
    rec = (
        "the Department of Health Services installs a standby generator and piped oxygen in the existing maternity "
        "ward within ninety (90) days, as an interim measure"
    )
    reply = (
        "First, on the interim measures at the existing maternity ward, I am pleased to report that a 200 kVA standby "
        "generator was installed and commissioned on 2nd November 2026, and that oxygen has been piped to all 36 beds "
        "since 16th November 2026."
    )
    assert _verdict(rec, reply) == "agrees"
    assert _verdict(rec, "We will report to the Assembly on the standby generator for the maternity ward.") != "agrees"
