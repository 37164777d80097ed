"""Forms met first in blind round 65, mended after it was scored at first sight (each test fails on the code
before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

from weerwoord.core.analysis.compare import compare
from weerwoord.core.analysis.spans import sentence_spans

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


def test_a_committee_of_the_regions_opinion_urges_and_calls_on_in_its_numbered_paragraphs() -> None:
    """An opinion of the Committee of the Regions numbers its paragraphs 1-18; the recommendations are those that
    open by asking: "verzoekt de Commissie …", "dringt er bij de lidstaten op aan …", "roept de Commissie op …"."""
    from weerwoord.core.analysis.numbered_asking import ASKS

    assert ASKS.search("dringt er bij de lidstaten op aan de nationale contactpunten")
    assert ASKS.search("roept de Commissie op een gemeenschappelijk Europees model")
    result = compare(DOCS / "blind65_nl_cvdr_advice.pdf", DOCS / "blind65_nl_cvdr_response.pdf")
    assert [p.number for p in result.pairs] == ["4", "6", "9", "11", "13", "15", "17"]
    by = {p.number: p for p in result.pairs}
    assert by["17"].reply is None
    assert by["15"].verdict == "noted"


def test_a_part_refused_before_a_word_that_passes_on_limits_the_deed() -> None:
    """ "Een aparte landelijke helpdesk richt ik niet in; vragen over de regeling kunnen terecht bij het bestaande
    Informatiepunt": the refusal of a part of what was asked, whatever the word "vragen" after it; beside the
    calculator that is made, the recommendation is partly followed."""
    from weerwoord.core.analysis import deeds
    from weerwoord.core.analysis.phrases import phrase_book

    asked = (
        "Het verdient aanbeveling dat u gemeenten en omgevingsdiensten een rekenhulp en een landelijke helpdesk ter"
        " beschikking stelt."
    )
    reply = (
        "Samen met de VNG en de omgevingsdiensten laat ik een rekenhulp ontwikkelen die voor de zomer van 2026"
        " gratis beschikbaar komt. Een aparte landelijke helpdesk richt ik niet in; vragen over de regeling kunnen"
        " terecht bij het bestaande Informatiepunt Leefomgeving."
    )
    found = deeds.find(reply, asked, phrase_book("nl"), sentence_spans(reply))
    assert found.done and found.limits
    assert reply[found.limits[0][0] :].startswith("Een aparte landelijke helpdesk richt ik niet in")


def test_a_government_departing_from_the_advice_with_words_between() -> None:
    """ "Op één punt wijkt de regering bewust af van het advies. De ruwe genoomgegevens worden tien jaar bewaard …":
    the verb and its particle stand four words apart; the government departs from the advice."""
    from .helpers import verdict

    reply = "Op één punt wijkt de regering bewust af van het advies. De gegevens worden tien jaar bewaard."
    assert verdict(reply, "nl") == "disagrees"
