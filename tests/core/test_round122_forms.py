"""Forms met first in blind round 122, mended in session 40 after round 122 was scored at first sight on fbaca69 (each
test fails on that code)."""

from __future__ import annotations

from tests.core.helpers import compare_pair


def test_a_motions_clauses() -> None:
    """A motion, "THAT Council direct staff to …; AND THAT Council lower …; AND FURTHER THAT Council publish …": each
    clause a recommendation (not the earlier motion quoted, "In 2023 the Committee moved: THAT staff report back …");
    a memo's header lines ("To Mayor and Members of Council", "From …", "Meeting date …") answer nothing."""
    pairs = compare_pair("blind122_en_active_transport").pairs
    assert len(pairs) == 7
    assert pairs[0].recommendation.text.startswith("Council direct staff to build physically separated bike lanes")
    assert pairs[6].reply is None


def test_recommendations_by_place_in_their_addressees_group() -> None:
    """Two lead-ins, "SACRE recommends that the local authority:" and "… that schools:", head two groups; "your
    second recommendation to the Council" and "the second of your recommendations to schools" name one of each."""
    pairs = compare_pair("blind122_en_sacre").pairs
    assert [p.verdict for p in pairs] == ["partly", "agrees", "disagrees", "agrees", "noted", "agrees", "unanswered"]


def test_forms_titled_by_year_codes_with_ticked_boxes() -> None:
    """An officer's "FG-2025-01" … "-07" answered by one form each, its title row "Aanbeveling FG-2025-03" in white
    on a dark band, its position a ticked box ("☒ Deels overgenomen", "☒ Nader te bepalen"); last year's "FG-2024-03"
    answered as well is no recommendation of this year."""
    pairs = compare_pair("blind122_nl_fgjaarverslag").pairs
    assert [p.recommendation.number for p in pairs[:7]] == [f"FG-2025-0{k}" for k in range(1, 8)]
    assert [p.verdict for p in pairs[:7]] == [
        "agrees",
        "agrees",
        "partly",
        "disagrees",
        "noted",
        "unanswered",
        "agrees",
    ]


def test_a_letter_grouped_by_verdict_and_points_marked_as_findings() -> None:
    """A letter's headings "Wat wij overnemen", "Wat wij gedeeltelijk overnemen" state the verdicts of the paragraphs
    under them; points marked "Vaststelling." are findings, those marked "Advies." recommend."""
    pairs = compare_pair("blind122_nl_beeldkwaliteit").pairs
    assert [p.verdict for p in pairs] == ["agrees", "partly", "disagrees", "agrees", "partly", "noted", "unanswered"]
    # (the points marked "Advies." and only those, read as the list's or as paragraphs labelled so)
    gros = compare_pair("blind122_nl_noordzuid").pairs
    assert [p.number for p in gros] == ["2", "4", "5", "7", "9", "10", "11"]
    assert gros[0].recommendation.text.removeprefix("Advies. ").startswith("De GROS vraagt om het maximale")


def test_a_key_recommendation_before_the_list() -> None:
    """A key recommendation, "ONS KERNADVIES" over "Handhaaf op werkdagen het halfuursinterval …" is the first
    recommendation, before the list 1.–6.; a Q&A's "Ja, maar niet meer de hele dag." grants a part; a row of the
    executive's own ("7 | Additional action identified by the Executive Team") answers no seventh recommendation."""
    pairs = compare_pair("blind122_nl_veerdienst").pairs
    assert len(pairs) == 7 and pairs[0].recommendation.text.startswith("Handhaaf op werkdagen")
    assert pairs[0].verdict == "partly"
    assert compare_pair("blind122_en_speak_up").pairs[6].reply is None
