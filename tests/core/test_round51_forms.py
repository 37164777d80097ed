"""Forms met first in blind round 51, mended after it was scored at first sight (each test fails on the code
before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

from weerwoord.core.analysis import stance
from weerwoord.core.analysis.compare import compare
from weerwoord.core.analysis.requests import opens_with_verb
from weerwoord.core.model import TextRun

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _pairs(name: str) -> list[tuple[str, str]]:
    result = compare(DOCS / f"{name}_advice.pdf", DOCS / f"{name}_response.pdf")
    return [(p.number, p.recommendation.text) for p in result.pairs]


def test_a_table_row_with_a_recommendation_and_its_suggested_actions_is_read_by_both() -> None:
    """A GIRFT-style table "No. | Area | Recommendation | Suggested actions | Timescale": the row's text is its
    recommendation, then the actions suggested for it; not the area alone, nor the actions alone."""
    pairs = _pairs("blind51_en_girft")
    assert len(pairs) == 8
    first = pairs[0][1]
    assert first.startswith("Protect 24 elective orthopaedic beds") and "Agree an escalation protocol" in first


def test_an_imperative_with_a_number_after_its_verb_asks() -> None:
    assert opens_with_verb("Protect 24 elective orthopaedic beds at Kingsmere Hospital all year round.")
    assert opens_with_verb("Appoint 2 additional consultants to the stroke unit.")
    assert not opens_with_verb("Table 24 shows the figures for each trust.")
    assert not opens_with_verb("Since 2011, no one has been held for the full 14 days.")


def test_an_action_plan_that_requires_the_trustees_to_do_things_announces_its_points() -> None:
    """A charity inquiry: "The action plan requires the trustees to:" over seven unnumbered bullets; not the list
    "Issues for the wider sector" ("Trustees must …") after it."""
    pairs = _pairs("blind51_en_charity")
    assert len(pairs) == 7
    assert pairs[0][1].startswith("adopt a conflicts of interest policy")
    assert not any(text.startswith("Trustees must act") for _, text in pairs)


def test_a_chapter_titled_by_whose_advice_it_is_holds_the_recommendations() -> None:
    """A BuRO advice: research questions numbered 1–3, then "Advies van BuRO" over bullets under addressee lines;
    not the title "Advies van de Kwaliteitskamer" over a whole report."""
    pairs = _pairs("blind51_nl_buro")
    assert len(pairs) == 7
    assert pairs[0][1].startswith("Dring in Europees verband aan")
    assert not any(text.startswith("Hoe groot is het risico") for _, text in pairs)


def test_not_in_the_best_interests_refuses() -> None:
    text = "We do not believe that a merger is in the best interests of our residents at present."
    marks = stance.find_marks(TextRun(text, ()), "en", "Consider a merger with another almshouse charity.")
    assert [m.category for m in marks] == ["disagreement"]


def test_a_table_carried_over_to_the_next_page_without_its_header_keeps_its_columns() -> None:
    """A browser's table that runs on to the next page draws no header there, only its rows' borders, cell by
    cell: the pieces meet where the columns of the table on the page before meet. Its rows are rows (the IMF-style
    table's last recommendation, the Wadden table's rows 3–7), not its columns read line by line."""
    from weerwoord.core.reading import reader

    doc = reader.read_document(DOCS / "blind50_en_fsap_advice.pdf")
    last = next(b for b in doc.blocks if b.text.startswith("Reduce the deposit insurance payout period"))
    assert last.page == 2 and last.table_row
    pairs = _pairs("blind51_nl_wadden")
    third = next(text for number, text in pairs if number == "3")
    assert third.startswith("Verhoog het budget voor de monitoring van de slibdynamiek")


def test_pieces_of_rules_make_rows_only_under_the_columns_of_the_table_before() -> None:
    from weerwoord.core.reading.grid import carried_over, pieced_rules

    pieces = [(70.0, 61.5, 409.5, 62.2), (409.5, 61.5, 481.5, 62.2), (481.5, 61.5, 541.5, 62.2)]
    pieces += [(x0, 80.2, x1, 81.0) for x0, _, x1, _ in pieces]
    found = pieced_rules(pieces)
    assert found == [([61.5, 80.2], [70.0, 409.5, 481.5, 541.5])]
    before = [[[(70.0, 600.0, 409.5, 640.0), (409.5, 600.0, 481.5, 640.0), (481.5, 600.0, 541.5, 640.0)]]]
    assert carried_over(before, found) == [
        [[(70.0, 61.5, 409.5, 80.2), (409.5, 61.5, 481.5, 80.2), (481.5, 61.5, 541.5, 80.2)]]
    ]
    other = [[[(70.0, 600.0, 300.0, 640.0), (300.0, 600.0, 541.5, 640.0)]]]
    assert carried_over(other, found) == []  # another table's columns: no rows of it
    assert pieced_rules(pieces[:3]) == []  # one rule alone makes no row


def test_the_pieces_of_rules_travel_with_a_page_the_helper_process_read() -> None:
    """Pages read by the helper process come back as plain tuples: the pieces of rules come along, so that a
    table carried over is found whichever process read its page."""
    from weerwoord.core.reading import reader

    path = DOCS / "blind50_en_fsap_advice.pdf"
    mine = reader._Reading(path, None)
    mine.read_page(1)
    assert mine.pages[0].pieced
    theirs = reader._Reading(path, None)
    theirs.add_wire(reader._wire(mine.pages))
    assert theirs.pages[0].pieced == mine.pages[0].pieced
    mine.close()
    theirs.close()


def test_a_list_number_set_beside_the_middle_of_its_point_labels_the_point() -> None:
    """An inquest verdict laid out by LibreOffice: each number in the margin, halfway down its two-line point,
    which the reading order put between the point's lines ("… Highway 611 and" / "1." / "Concession Road 14 …")."""
    from weerwoord.core.reading import reader

    doc = reader.read_document(DOCS / "blind51_en_inquest_advice.pdf")
    first = next(b for b in doc.blocks if b.text.startswith("Install activated flashing warning beacons"))
    assert first.kind == "item" and first.label == "1."
    assert "Highway 611 and Concession Road 14" in first.text
    assert [p[0] for p in _pairs("blind51_en_inquest")] == [str(n) for n in range(1, 9)]


def test_passing_on_the_recommendation_itself_and_a_partial_status() -> None:
    rec = "Add a mandatory module on driving in winter conditions to the knowledge test for commercial licences."
    reply = (
        "Knowledge testing for commercial licences has been delivered by the Licensing Corporation since April 2025."
        " The Ministry has forwarded this recommendation to the Corporation for its consideration."
    )
    marks = stance.find_marks(TextRun(reply, ()), "en", rec)
    assert stance.verdict(marks, reply, "en", rec)[0] == "noted"
    status = "Will be implemented in part. A joint protocol is in draft."
    marks = stance.find_marks(TextRun(status, ()), "en")
    assert stance.verdict(marks, status, "en")[0] == "partly"
    met = "Sinds september 2025 voert het team deze controles al uit. Hiermee is aan de aanbeveling voldaan."
    marks = stance.find_marks(TextRun(met, ()), "nl", "Voer een risicogerichte controle uit op de declaraties.")
    assert [m.category for m in marks] == ["agreement"]


def test_a_youth_councils_blocks_numbered_with_a_hash_and_named_so_in_the_reply() -> None:
    """A jongerenraad's "#1 Maak in elke wijk …" to "#6 Waarom liggen …"; the newsletter answers under "Plekken om
    te zijn (#1 en #3)" with "Oranje licht voor #1." and "Groen licht voor #3." (not "#" alone, nor "C#2")."""
    from weerwoord.core.reading.page_lines import is_label

    assert is_label("#3") and not is_label("#")
    assert stance._named("Groen licht voor #3. De Loods blijft open.") == {"3"}
    assert stance._named("Code in C#2 or F#1 is no number.") == set()
    result = compare(DOCS / "blind51_nl_jongerenraad_advice.pdf", DOCS / "blind51_nl_jongerenraad_response.pdf")
    links = {p.number: p.link for p in result.pairs}
    assert len(result.pairs) == 6 and links["1"] == "number" and links["3"] == "number"
    assert {p.number: p.verdict for p in result.pairs}["3"] == "agrees"


def test_a_body_named_by_its_initials_after_an_article_recommends_and_a_college_asks_you() -> None:
    """The OM's advice on a bill: "Het OM beveelt aan …" and "Het College vraagt u …" among "Het College adviseert
    …" sentences in running text: all seven are recommendations."""
    from weerwoord.core.analysis.recommending import recommending_sentences_in

    assert recommending_sentences_in("Het OM beveelt aan de invoering gefaseerd te laten verlopen.")
    assert recommending_sentences_in("Het College vraagt u de structurele meerkosten voor het OM te dekken.")
    assert not recommending_sentences_in("Het OM vraagt de verdachte om een verklaring.")
    pairs = _pairs("blind51_nl_om_advies")
    assert len(pairs) == 7
    assert any(text.startswith("Het College vraagt u de structurele meerkosten") for _, text in pairs)


def test_a_decision_recorded_and_shared_is_done_not_put_off() -> None:
    """ "this decision and its reasons have been recorded and shared with the Commission" is done, not put off,
    though a clause before it says what "could" be recovered: the reply does what was asked ("has agreed to repay
    …"; the answer key takes "agrees" or "partly"; the figure 6,000 is not read as a part here, as the reply names the
    18,400 asked for too), where it was "noted" before."""
    rec = "take steps to recover from Mr Colin Radway the sum of 18,400 pounds paid to him without authority."
    reply = (
        "The trustees took legal advice on recovering the 18,400 pounds. Mr Colin Radway has agreed to repay 6,000"
        " pounds in instalments. The board decided, on that advice, that court proceedings for the remainder would"
        " cost more than could realistically be recovered; this decision and its reasons have been recorded and"
        " shared with the Commission."
    )
    marks = stance.find_marks(TextRun(reply, ()), "en", rec)
    assert stance.verdict(marks, reply, "en", rec)[0] == "agrees"
