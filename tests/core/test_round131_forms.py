"""Forms met first in blind round 131, mended in session 42 after round 131 was scored at first sight on 5835d1e (each
test fails on that code)."""

from __future__ import annotations

from tests.core.helpers import compare_pair


def test_each_advice_quoted_under_its_label_heads_its_reply() -> None:
    """A Kamerbrief quoting each advice as "De raad adviseert: …" (shortened, indented) over an unlabelled reply, a few
    under each theme heading: each quote heads the reply below it, not the theme's whole section."""
    pairs = compare_pair("blind131_nl_kabinetsreactie").pairs
    by_start = {p.recommendation.text[:20]: p for p in pairs}
    monitor = next(p for k, p in by_start.items() if k.startswith("Laat een onafhankel"))
    assert monitor.reply is not None and monitor.reply.text.startswith("Dit advies nemen wij over")
    norm = next(p for k, p in by_start.items() if k.startswith("Stel uiterlijk in 20"))
    assert norm.reply is not None and norm.reply.text.startswith("Het kabinet deelt het doel")
    assert norm.verdict == "partly"


def test_codes_beside_the_middle_of_their_points() -> None:
    """Codes "MR/26/04-1" … "-7" set in a left column beside the middle of each two-line point, under zone headings:
    each point is one recommendation (not three of the first zone), the council decision's articles linked to
    them."""
    pairs = compare_pair("blind131_nl_mobiliteitsraad").pairs
    assert len(pairs) == 7
    assert [p.recommendation.text.split()[0] for p in pairs] == [
        "Voer",
        "Verleng",
        "Richt",
        "Schaf",
        "Voorzie",
        "Onderzoek",
        "Evalueer",
    ]
    assert [p.reply.text[:10] if p.reply else None for p in pairs][2:5] == ["Artikel 3.", "Artikel 4.", "Artikel 5."]
    assert [p.verdict for p in pairs][3:5] == ["disagrees", "agrees"]


def test_a_table_carried_over_under_a_group_title() -> None:
    """A table ruled across whose header stood on the page before, its rows under a shaded band naming the addressee
    ("Aan beide ministers, samen met de provincies"): the band is a row of its own, the row under it a recommendation;
    "Wij starten in 2027 wel een proef …" after "… gaat het kabinet te ver" does part of what was asked."""
    pairs = compare_pair("blind131_nl_kabinetsreactie").pairs
    assert [p.recommendation.text.split()[0] for p in pairs][4:] == ["Beloon", "Reserveer", "Neem"]
    assert [p.verdict for p in pairs][4:] == ["partly", "noted", "unanswered"]


def test_labels_with_a_colon_in_long_paragraphs_and_agency_headings() -> None:
    """ "Aanbeveling g: niet overgenomen. …" opens its reply however long the paragraph; "Agency Response to
    Recommendation 1.1" names what it answers."""
    klacht = compare_pair("blind131_nl_klachtadvies").pairs
    assert [(p.number, p.link) for p in klacht if p.reply is not None] == [
        ("a", "number"),
        ("b", "number"),
        ("c", "number"),
        ("d", "number"),
        ("e", "number"),
        ("g", "number"),
    ]
    assert [p.verdict for p in klacht] == [
        "agrees",
        "partly",
        "disagrees",
        "noted",
        "agrees",
        "unanswered",
        "disagrees",
    ]
    sunset = compare_pair("blind131_en_sunset_review").pairs
    assert all(p.link == "number" for p in sunset if p.reply is not None)
    assert [p.verdict for p in sunset][4:] == ["unanswered", "agrees", "disagrees"]


def test_a_review_chapter_of_resolutions_and_a_closing_naming_two() -> None:
    """Numbered paragraphs 6.1–6.9: "That the Board seek assurance … that messages … are …" recommends (the
    resolution's mood); "6.9 The reviewer regards paragraphs 6.2 and 6.6 as the most pressing." does not."""
    pairs = compare_pair("blind131_en_safeguarding_review").pairs
    assert [p.number for p in pairs][-7:] == ["6.2", "6.3", "6.4", "6.5", "6.6", "6.7", "6.8"]
    assert pairs[-6].verdict == "partly"


def test_resolutions_as_proposed_and_rather_than_what_was_not_asked() -> None:
    """ "That a phased return scheme be adopted as proposed, but … three months rather than six": partly; "… published
    as a single figure for the Council rather than by member", where "only as a total" was asked: agrees."""
    pairs = compare_pair("blind131_en_remuneration_panel").pairs
    assert [p.verdict for p in pairs][2:4] == ["agrees", "partly"]
