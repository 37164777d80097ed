"""Forms met first in blind round 65, mended after it was scored at first sight (each test fails on the code
before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

from weerwoord.core.analysis.compare import compare

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_a_commissions_directives_under_is_directed_to_and_a_department_unable_to_comply() -> None:
    """A human rights commission's report closes "8.1 The Lowveld Provincial Department of Education is directed
    to:" over 8.1.1-8.1.5, "8.2 The Qhora Local Municipality is directed to:" over 8.2.1 and "8.3 The Commission
    further recommends that:" over 8.3.1; 8.4 (a progress report) is none. The department answers 8.1.4 "is
    therefore unable to comply with this directive": it disagrees."""
    from weerwoord.core.analysis.announced import ANNOUNCING

    assert ANNOUNCING.search("8.1 The Lowveld Provincial Department of Education is directed to:")
    result = compare(DOCS / "blind65_en_sahrc_advice.pdf", DOCS / "blind65_en_sahrc_response.pdf")
    by = {p.number: p for p in result.pairs}
    assert list(by) == ["8.1.1", "8.1.2", "8.1.3", "8.1.4", "8.1.5", "8.2.1", "8.3.1"]
    assert by["8.1.4"].verdict == "disagrees"
    assert by["8.2.1"].recommendation.text.startswith("Connect Khanyisa Primary School")
