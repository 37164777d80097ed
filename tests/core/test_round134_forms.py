"""Forms met first in blind round 134, mended in session 44 after round 134 was scored at first sight on 74c1889
(each test fails on the code of 4927d25, the end of session 43)."""

from __future__ import annotations

from tests.core.helpers import compare_pair, verdict


def test_bold_findings_before_the_advice_heading_are_no_recommendations() -> None:
    """A client council's findings open with a bold sentence ("Wachten aan de telefoon duurt te lang.", "Klanten
    moeten hun verhaal steeds opnieuw vertellen.") as its recommendations do, under "Ons advies" ("Bel klanten …",
    "Vergoed de kosten …"): the seven under the advice's heading are the recommendations, numbered as the annex table
    numbers them ("5 en 6")."""
    pairs = compare_pair("blind134_nl_clientenraad").pairs
    assert [p.recommendation.text.split()[0] for p in pairs] == [
        "Bel",
        "Geef",
        "Schrijf",
        "Stuur",
        "Laat",
        "Vergoed",
        "Betrek",
    ]
    assert pairs[3].reply is None  # (no row 4)
    assert [p.verdict for p in pairs] == ["agrees", "disagrees", "partly", "unanswered", "agrees", "noted", "partly"]


def test_a_code_and_a_dash_before_the_verdict_label() -> None:
    """ "PR 25-04 - Do not concur.", "PR 25-07 - Concur.": the label opens the reply after its code."""
    rec = (
        "The Board recommends that the Department stop requesting consent searches of vehicles during traffic stops "
        "for equipment and registration violations."
    )
    said = (
        "PR 25-04 - Do not concur. Consent searches are lawful, and officers are trained to tell drivers that they "
        "may refuse. The Department will continue to permit them, but will record every request and its outcome."
    )
    assert verdict(said, "en", rec) == "disagrees"
    assert (
        verdict(
            "PR 25-07 - Concur. A contract for telephone and video interpretation in 140 languages took effect on May "
            "1, and officers have been instructed not to use family members as interpreters.",
            "en",
            "The Board recommends that the Department use certified interpreters, in person or by telephone, for all "
            "interviews with victims, witnesses and suspects who do not speak English well.",
        )
        == "agrees"
    )


def test_the_recommendation_quoted_back_is_no_deed() -> None:
    """The reply quotes the recommendation before "Our response.": its words are not what is done."""
    rec = (
        "Report publicly every six months on progress against these recommendations until all of them have been "
        "completed."
    )
    said = (
        f'"{rec}"\n\nOur response. The Committee will consider how progress should be reported when it sets its '
        "2026 work programme, possibly as part of the annual report rather than separately."
    )
    assert verdict(said, "en", rec) == "noted"


def test_hourly_where_every_30_minutes_was_asked() -> None:
    rec = (
        "Keep a fixed bus route through Hillcrest and Northwood at least every 30 minutes on weekdays, rather than "
        "replacing it entirely with on-demand service."
    )
    said = (
        "Route 9 will be kept as a fixed route through Hillcrest and Northwood, but only hourly on weekdays; evening "
        "and weekend trips will be served by the on-demand zone, as the approved plan sets out."
    )
    assert verdict(said, "en", rec) == "partly"


def test_dutch_refusals_in_so_many_words() -> None:
    """ "Ik doe dat niet."; "… vinden wij te duur" beside a part granted."""
    assert (
        verdict(
            "De commissie stelt voor de vergoeding voor stembureauleden te verhogen. Ik doe dat niet. Met 175 euro per "
            "dag zit Lindehoven in de middenmoot van de regio. Ik houd de vergoeding daarom gelijk.",
            "nl",
            "Verhoog de vergoeding voor stembureauleden van 175 euro naar 225 euro per dag.",
        )
        == "disagrees"
    )
    assert (
        verdict(
            "Hobbyhouders krijgen vanaf 1 juli 2026 een vergoeding van 50 procent van de kosten van een wolfwerend "
            "raster; beroepshouders houden de volledige vergoeding. Een volledige vergoeding voor iedereen vinden wij "
            "te duur.",
            "nl",
            "Vergoed de kosten van wolfwerende rasters voortaan ook volledig aan hobbyhouders van schapen en geiten, "
            "en niet alleen aan beroepshouders.",
        )
        == "partly"
    )
