"""Forms met first in blind round 98, mended after round 98 was scored at first sight (each test fails on the code
before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_an_ascii_bullet_is_a_list_label() -> None:
    """A complaints officer's report lists its seven requests with ">" as bullets ("> de ontvangst van elke klacht
    binnen twee werkdagen schriftelijk te bevestigen, …"): each is an item, and the seven are the recommendations."""
    from weerwoord.core.analysis.compare import compare
    from weerwoord.core.reading.page_lines import is_label

    assert is_label(">") and is_label("›") and not is_label(">>")
    pair = "blind98_nl_klachten"
    result = compare(DOCS / f"{pair}_advice.pdf", DOCS / f"{pair}_response.pdf")
    texts = [p.recommendation.text for p in result.pairs]
    assert len(texts) == 7 and texts[0].startswith("de ontvangst van elke klacht")
