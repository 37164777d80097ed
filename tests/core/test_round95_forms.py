"""Forms met first in blind round 95, mended after rounds 95 and 96 were scored at first sight (each test fails on the
code before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _verdict(language: str, asked: str, reply: str) -> str:
    from weerwoord.core.analysis import stance
    from weerwoord.core.model import TextRun

    return stance.verdict(stance.find_marks(TextRun(reply, []), language, asked), reply, language, asked)[0]


def test_a_title_run_in_before_the_numbers_names_a_subject_each() -> None:
    """ "Rent and fires, recommendations (a) and (b): the rent … will be GBP 70, rather than the GBP 85 consulted on,
    and we agree that the concession should be 50 per cent …. On fires, however, the Council is not able to support a
    seasonal exception.": the rent sentence is (a)'s, the fires sentence (b)'s; (a) is a part (70 where 60 was asked)
    and (b) is refused."""
    from weerwoord.core.analysis.compare import compare
    from weerwoord.core.analysis.subjects import heading_subjects

    assert heading_subjects("Rent and fires, recommendations (a) and (b): the rent will be GBP 70", ["a", "b"]) == {
        "a": "Rent",
        "b": "fires",
    }
    assert heading_subjects("Bus en parkeren (adviezen 2 en 5)", ["2", "5"]) == {"2": "Bus", "5": "parkeren"}
    pair = "blind95_en_allotments"
    result = compare(DOCS / f"{pair}_advice.pdf", DOCS / f"{pair}_response.pdf")
    verdicts = {p.number: p.verdict for p in result.pairs}
    assert (verdicts["a"], verdicts["b"]) == ("partly", "disagrees")


def test_a_subject_of_one_long_word_decides_by_that_word() -> None:
    """ "Businesscase en datamigratie (adviezen 2 en 6)": "Daarin wordt de datamigratie als afzonderlijk deelproject
    … opgenomen" is 6's, though the subject is one word (a subject overrides the content by two words of it, or by
    one long word nearly whole); not "buurt…" of "buurtfeesten" in "buurtsporttoestellen"."""
    from weerwoord.core.analysis import parts

    subjects = {"2": "Businesscase", "6": "datamigratie"}
    sentence = "Daarin wordt de datamigratie als afzonderlijk deelproject met een eigen budget opgenomen."
    assert parts._by_subject(sentence, subjects, 2) == {"6"}
    assert parts._by_subject("vijf nieuwe buurtsporttoestellen", {"3": "sport", "6": "buurtfeesten"}, 2) is None


def test_a_sum_with_its_currency_before_it_is_a_figure() -> None:
    """ "GBP 60 a year" asked, "GBP 70" given: another figure (a currency before the number was no unit); "a total
    of £1,500" for two payments asked apart is no other figure."""
    from weerwoord.core.analysis.figures import other_figure

    asked = "limit the rent for a full plot to GBP 60 a year and set the concession at 50 per cent;"
    assert other_figure("the rent for a full plot will be GBP 70, rather than the GBP 85 consulted on", asked)
    assert not other_figure("the rent for a full plot will be GBP 60 from April", asked)
    assert not other_figure(
        "Both payments were made by bank transfer, a total of £1,500.", "pay Mrs Dunmore £1,250 for the distress."
    )


def test_round_95_verdict_language() -> None:
    """ "Staff support this." agrees (and "Funding will support this." says nothing of the recommendation);
    "Praktijktesten … worden niet in het actieplan opgenomen" refuses; "Het filiaal openhouden tot 2028 is financieel
    niet haalbaar" repeats "het filiaal … open te houden" and refuses it."""
    asked = "That Council establish a natural burial area at Wattle Flat Cemetery within Stage 1 of the master plan."
    assert _verdict("en", asked, "Staff support this.") == "agrees"
    assert _verdict("en", asked, "Funding will support this.") == "noted"
    assert (
        _verdict(
            "nl",
            "Voer in samenwerking met een onderzoeksgroep praktijktesten uit op de lokale private huurmarkt.",
            "Praktijktesten op de private huurmarkt worden niet in het actieplan opgenomen. Het college kiest voor een "
            "charter met de vastgoedmakelaars.",
        )
        == "disagrees"
    )
    assert (
        _verdict(
            "nl",
            "het filiaal Sint-Jozef open te houden tot de nieuwe polyvalente zaal in de dorpskern in gebruik is;",
            "Het filiaal openhouden tot 2028 is financieel niet haalbaar: de huur van het pand loopt af op 31 augustus "
            "2026 en de eigenaar verlengt niet.",
        )
        == "disagrees"
    )


def test_a_decision_register_citing_points_of_the_advice() -> None:
    """A college's decision register whose reasoning cites "punt 4.2 van het advies", "de punten 4.1 en 4.3": the
    advice's numbered paragraphs 4.1-4.7 are its recommendations (not its chapters 1-4, nor its findings 3.1-3.4),
    each paragraph answers the points it names, and "Over de punten 4.1 en 4.3 oordeelt het college verschillend"
    refuses 4.1 and grants a part of 4.3."""
    from weerwoord.core.analysis.compare import compare

    pair = "blind96_nl_bibliotheek"
    result = compare(DOCS / f"{pair}_advice.pdf", DOCS / f"{pair}_response.pdf")
    verdicts = {p.number: p.verdict for p in result.pairs}
    assert sorted(verdicts) == ["4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7"]
    assert {n: verdicts[n] for n in ("4.1", "4.2", "4.3", "4.5", "4.6")} == {
        "4.1": "disagrees",
        "4.2": "agrees",
        "4.3": "partly",
        "4.5": "noted",
        "4.6": "agrees",
    }


def test_english_pay_points_are_no_citations() -> None:
    """(a guard) "Officers on CO2 point 1 move to point 2" names pay points, not recommendations."""
    from weerwoord.core.analysis import by_paragraph

    assert by_paragraph._points_named("Officers on CO2 point 1 move to point 2 on 1 April 2026.") == []
    assert by_paragraph._points_named("Over de punten 4.1 en 4.3 oordeelt het college verschillend.") == ["4.1", "4.3"]


def test_kept_closed_and_not_proposed_refuse() -> None:
    """ "The pioneer section will remain closed to new interments." where reopening was asked keeps what was to
    change; "It is not proposed to hold fees at current levels." repeats what was asked and refuses it."""
    assert (
        _verdict(
            "en",
            "That Council reopen the pioneer section of Bellbird Cemetery to burials by holders of reserved rights.",
            "The pioneer section will remain closed to new interments. Ground-penetrating radar in 2024 found unmarked "
            "graves throughout the section.",
        )
        == "disagrees"
    )
    assert (
        _verdict(
            "en",
            "That Council hold interment and memorial fees at 2025/26 levels for the 2026/27 financial year.",
            "It is not proposed to hold fees at current levels. The draft Operational Plan includes the 4 per cent "
            "increase, which is needed to cover the cost of the Stage 1 works.",
        )
        == "disagrees"
    )


def test_a_dutch_noun_in_ing_meets_its_verb() -> None:
    """ "herbestemming" and "herbestemmen", "planning" and "plan" share a stem (the consonant doubled before "-ing"
    undoubled); "staffing" stays with "staff"."""
    from weerwoord.core.analysis.word_forms import content_terms

    assert content_terms("herbestemming") == content_terms("herbestemmen")
    assert content_terms("planning") == content_terms("plan")
    assert content_terms("staffing") == content_terms("staff")
