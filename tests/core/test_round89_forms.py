"""Forms met first in blind round 89, mended after round 89 was scored at first sight (each test fails on the code
before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _compare(pair: str):  # type: ignore[no-untyped-def]
    from weerwoord.core.analysis.compare import compare

    return compare(DOCS / f"{pair}_advice.pdf", DOCS / f"{pair}_response.pdf")


def test_a_lettered_list_set_small_with_its_labels_centred() -> None:
    """School boards' requests a)-g), set a little smaller at the foot of the page, each label in the middle of its
    item's two lines: a list (no footnotes), each label on its item's first line; the minutes answer them by
    paraphrase."""
    from weerwoord.core.reading.reader import read_document

    doc = read_document(DOCS / "blind89_nl_ihp_advice.pdf")
    items = [b for b in doc.blocks if b.kind == "item" and b.label in {f"{x})" for x in "abcdefg"}]
    assert [b.label for b in items] == [f"{x})" for x in "abcdefg"]
    assert items[0].text.startswith("de vervangende nieuwbouw") and items[0].text.endswith("2028;")
    result = _compare("blind89_nl_ihp")
    assert len(result.pairs) == 7
    assert sum(p.reply is not None for p in result.pairs) == 6


def test_a_table_in_the_left_column_keeps_the_columns_apart() -> None:
    """An auditor's two-column report with a table in the left column: the right column's text comes after the
    table and the left column's text under it, not beside them by height (the numbered lists 1-2, 3-4 and 5-7
    after each finding stay whole and in order)."""
    result = _compare("blind89_en_street_lighting")
    assert [p.number for p in result.pairs] == [str(n) for n in range(1, 8)]
    replies = {p.number: p.reply for p in result.pairs}
    assert replies["6"] is None
    assert replies["3"] is not None and replies["3"] is replies["4"]


def test_paragraphs_numbered_through_right_under_advies() -> None:
    """A Flemish council's paragraphs 1-21 through its chapters; those right under "4. Advies" (14-20) are its
    recommendations, not all 21."""
    result = _compare("blind89_nl_lok")
    assert [p.number for p in result.pairs] == [str(n) for n in range(14, 21)]
    replies = {p.number: p.reply for p in result.pairs}
    assert replies["14"] is None
    assert replies["16"] is not None and replies["16"] is replies["19"]


def test_a_status_cell_heading_a_row_of_two_gives_each_its_label() -> None:
    """An action plan's row "3, 4" with the status "Partially concur; Do not concur": each its own, in order."""
    result = _compare("blind89_en_street_lighting")
    verdicts = {p.number: p.verdict for p in result.pairs}
    assert verdicts["3"] == "partly" and verdicts["4"] == "disagrees"


def test_paragraphs_run_in_under_a_title_with_letters_in_brackets() -> None:
    """Council minutes' officer comment, a paragraph each: "Indoor program pool (c). …", "Season and management (b)
    and (e). …": each starts the reply to the letters it names."""
    result = _compare("blind89_en_aquatic")
    replies = {p.number: p.reply for p in result.pairs}
    assert replies["a"] is None
    assert replies["b"] is not None and replies["b"] is replies["e"]
    assert replies["c"] is not None and replies["c"] is not replies["f"]
    verdicts = {p.number: p.verdict for p in result.pairs}
    assert verdicts["d"] == "disagrees" and verdicts["e"] == "disagrees"


def test_not_supported_in_the_passive_refuses_and_no_decision_yet_is_noted() -> None:
    """ "Free entry for children is not supported." refuses (not "… is not supported by the evidence"); "Its
    replacement will be considered …, and the Council has made no decision on funding or timing at this stage" puts
    the decision off, no refusal."""
    from tests.core.helpers import verdict

    asked = "remove entry fees for children under 12 years of age at the Memorial Pool."
    assert verdict("Free entry for children is not supported. A family pass exists.", "en", asked) == "disagrees"
    said = "The claim that fees deter families is not supported by the evidence we hold. Free entry will start in May."
    assert verdict(said, "en", asked) != "disagrees"
    asked = "Begin planning a replacement pound now, with design funding in the 2027/28 Annual Plan."
    reply = (
        "The pound is acknowledged as a serious issue. Its replacement will be considered alongside other facilities "
        "in the Long-term Plan 2027-2037, and the Council has made no decision on funding or timing at this stage."
    )
    assert verdict(reply, "en", asked) == "noted"
