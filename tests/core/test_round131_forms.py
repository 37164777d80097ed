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
