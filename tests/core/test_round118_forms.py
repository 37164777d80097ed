"""Forms met first in blind round 118, mended after round 118 was scored at first sight (each test fails on the code
before it, c8e90f0)."""

from __future__ import annotations

from tests.core.helpers import compare_pair


def test_codes_of_several_bands_and_a_band_of_things_not_asked() -> None:
    """Priorities in bands, each item labelled by its band's code ("M1", "M2" under "MUST HAVE", "S1"–"S3" in a table
    under "SHOULD HAVE", "C1", "C2"): one set of seven; the "W1", "W2" under "WON'T HAVE THIS TIME" ("Outsourcing the
    scanning to a commercial partner.") ask for nothing."""
    pairs = compare_pair("blind118_en_archive_blog").pairs
    assert [p.recommendation.number for p in pairs] == ["M1", "M2", "S1", "S2", "S3", "C1", "C2"]
    assert pairs[0].recommendation.text.startswith("Keep the searchroom open")


def test_points_numbered_inside_a_roadmap_tables_cells() -> None:
    """A roadmap table by time horizon, its cells holding the points "1."–"3.", "4."–"5.", "6."–"7."; the first
    cell's first point read as a list item, its number the item's label: seven points, each its own."""
    pairs = compare_pair("blind118_nl_digitaal").pairs
    assert [p.recommendation.number for p in pairs] == [str(k) for k in range(1, 8)]
    assert pairs[0].recommendation.text.startswith("Zorg dat inwoners elke werkdag")
    assert pairs[1].recommendation.text.startswith("Schrijf alle brieven")
    assert all(p.reply is not None for p in pairs if p.recommendation.number != "5")
