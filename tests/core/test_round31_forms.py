"""Forms met first in blind round 31 (each test fails on the code before it).

A letter's overview ("vier aanbevelingen aan mij en drie aan anderen"), the council asking in so many words between
paragraphs of findings, codes named "Recommendation M-1" over their text, a board's resolution answering section by
section above an implementation schedule, and the Flemish and English words of those replies.
"""

from __future__ import annotations

import pytest

from tests.core.helpers import block as _block
from tests.core.helpers import verdict as _verdict
from weerwoord.core.analysis import (
    by_paragraph,
    cited,
    deeds,
    parts,
    requests,
    section_refs,
    stance,
    verdict_labels,
)
from weerwoord.core.analysis.phrases import phrase_book
from weerwoord.core.model import Block, TextRun
from weerwoord.core.reading import ruled_tables


def test_an_overview_that_counts_the_recommendations_answers_none() -> None:
    overview = _block(
        "paragraph", "De inspectie richt vier aanbevelingen aan mij en drie aan anderen. In deze brief ga ik in op …"
    )
    assert section_refs.explicit_ref(overview) is None
    addressed = _block("paragraph", "De aanbevelingen aan gemeenten neem ik niet over; zij gaan over hun eigen beleid.")
    assert section_refs.explicit_ref(addressed) == ["@gemeenten"]


def test_the_council_asking_in_so_many_words_between_findings() -> None:
    """ "De raad vraagt / adviseert / beveelt aan …" in plain and in bold, each after paragraphs of findings ("De
    raad stelt vast …"): one reading of the six."""
    blocks: list[Block] = []
    verbs = [
        "vraagt de minister om",
        "adviseert om",
        "beveelt aan om",
        "vraagt om",
        "vraagt om",
        "vraagt de regering om",
    ]
    for k, verb in enumerate(verbs):
        blocks.append(
            _block("paragraph", f"De raad stelt vast dat de wachttijden in regio {k} zijn verdubbeld sinds 2020.")
        )
        blocks.append(
            _block("paragraph", f"Vandaag kennen {k + 200} gemeenten een premie; de bedragen lopen sterk uiteen.")
        )
        blocks.append(
            _block(
                "paragraph",
                f"De raad {verb} het aanbod in regio {k} tegen 2030 met de helft uit te breiden.",
                bold=k > 2,
            )
        )
    runs = requests.request_runs(blocks)
    assert any(len(run) == 6 for run in runs)


def test_codes_named_over_their_text_and_the_rest_of_their_series() -> None:
    """ "Recommendation M-1" (a heading, "Recommendations" before it on the same line) over "Use a consent agenda
    …"; the response cites M-1, S-1, F-1, R-1; M-2 and M-3 and R-2 are found as their series goes on."""
    blocks: list[Block] = []
    for code, text in [
        ("R-1", "Adopt a board governance handbook that sets out the roles of the Board."),
        ("R-2", "Require each trustee to complete twelve hours of governance training each year."),
        ("M-1", "Use a consent agenda for routine items such as warrants and field trip approvals."),
        ("M-2", "Amend Board Bylaw 9322 so that an item may be placed on the agenda by two trustees."),
        ("M-3", "Livestream and archive video of all regular and special meetings, with captions."),
        ("S-1", "Adopt a written process and calendar for the superintendent's annual evaluation."),
        ("F-1", "Establish a standing Audit and Finance Committee of two trustees and three members."),
    ]:
        blocks.append(
            _block("paragraph", f"The Board {code} discussion took place in the spring of last year, we found.")
        )
        blocks.append(_block("heading", f"Recommendations Recommendation {code}", bold=True))
        blocks.append(_block("paragraph", text, bold=True))
    items = cited.cited_items(blocks, ["m-1", "s-1", "f-1", "r-1"])
    assert [c.number for c in items] == ["R-1", "R-2", "M-1", "M-2", "M-3", "S-1", "F-1"]


def test_a_resolution_section_names_the_codes_it_adopts() -> None:
    from weerwoord.core.model import Document

    text = (
        "Section 2. Consent Agenda and Superintendent Evaluation. The Board adopts Recommendations M-1 and S-1. "
        "Beginning with the regular meeting of April 14, 2026, the Superintendent shall place routine items on a "
        "consent calendar."
    )
    doc = Document("r.pdf", "", "", 1, "en", [(612.0, 792.0)], [_block("paragraph", text)])
    assert by_paragraph.paragraph_replies(doc)[0].numbers == ["m-1", "s-1"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Board adopts Recommendations M-1 and S-1. The Superintendent shall place routine items on it.", "agrees"),
        ("The Board adopts Recommendation R-2 with the following modification: six hours each year.", "partly"),
        ("The Board declines to adopt Recommendation M-2. Board Bylaw 9322 shall remain unchanged.", "disagrees"),
    ],
)
def test_a_board_resolutions_words(text: str, want: str) -> None:
    assert _verdict(text, "en") == want


def test_adopting_a_plan_is_no_verdict() -> None:
    """ "… to adopt a clean air plan": adopting what the text speaks of, not a recommendation."""
    text = "The Council recommends a statutory duty to adopt a clean air plan. The Government will legislate."
    assert not [m for m in stance.find_marks(TextRun(text, []), "en") if m.rule.startswith("en.label.adopts")]


@pytest.mark.parametrize(
    ("rec", "reply", "want"),
    [
        (
            "De raad vraagt de minister om een Vlaamse erkenning van de mantelzorger uit te werken.",
            "Ik begrijp waarom de raad een eigen Vlaamse erkenning vraagt. Toch zie ik een tweede, Vlaams systeem van "
            "erkenning niet zitten. Ik hou daarom vast aan de aanpak van de conceptnota.",
            "disagrees",
        ),
        (
            "Neem in het besluit een maximum op voor het gewicht dat een orderpicker per dienst mag verplaatsen.",
            "Ik onderschrijf dat de open norm te weinig houvast geeft. Ik ga een grenswaarde opnemen in het besluit. "
            "Een maximum per dienst, zoals de inspectie "
            "voorstelt, kies ik echter niet: ik leg de grens vast als maximum per uur.",
            "partly",
        ),
    ],
)
def test_flemish_and_dutch_refusals(rec: str, reply: str, want: str) -> None:
    assert _verdict(reply, "nl", rec) == want


def test_a_remark_called_right_in_a_shared_reply() -> None:
    text = (
        "Over de uitbreiding van de respijtzorg kan ik vandaag geen engagement aangaan.\n\n"
        "Uw opmerking over de jonge mantelzorgers is terecht. De definitieve nota krijgt een apart hoofdstuk."
    )
    rec = "De raad vraagt om jonge mantelzorgers uitdrukkelijk op te nemen in de nota."
    marks = stance.find_marks(TextRun(text, []), "nl", rec, shared=True)
    assert any(m.rule == "nl.agree.is-terecht" and m.about_recommendation for m in marks)


def test_recommendations_named_together_are_told_apart_by_content() -> None:
    """ "De aanbevelingen V en VI zijn gericht aan de uitzendbranche." names both; the next paragraph is about VI's
    instruction, by its words."""
    text = (
        "De aanbevelingen V en VI zijn gericht aan de uitzendbranche. Over de inhoud van het SNA-keurmerk beslis ik "
        "niet; dat is aan het bestuur van de Stichting Normering Arbeid.\n\n"
        "Dat een uitzendkracht een werkplekinstructie krijgt voordat hij aan het werk gaat, vind ik vanzelfsprekend. "
        "Ik neem de betaalde werkplekinstructie van ten minste een uur daarom op in het besluit."
    )
    six = "Zorg dat elke uitzendkracht vóór de eerste werkdag een betaalde werkplekinstructie van een uur krijgt."
    five = "Neem in de norm voor het SNA-keurmerk een toets op of het uitzendbureau de inlener controleert."
    mine = parts.own_parts(text, "VI", ["V"], six, [five])
    theirs = parts.own_parts(text, "V", ["VI"], five, [six])
    assert "werkplekinstructie van ten minste een uur" in " ".join(text[a:b] for a, b in mine)
    assert "werkplekinstructie van ten minste een uur" not in " ".join(text[a:b] for a, b in theirs)
    assert stance._named("De aanbevelingen V en VI zijn gericht aan de branche.") == {"v", "vi"}


def test_not_only_is_no_negation() -> None:
    book = phrase_book("nl")
    assert not deeds.negated("Ik wil het niet alleen aan de branche overlaten.", book)
    assert deeds.negated("Ik wil het niet aan de branche overlaten.", book)


def test_an_audits_area_codes_in_headings_and_a_table() -> None:
    """ "SAR.2 and SAR.3", "Subject access requests — SAR.1 - Accepted" name their codes; "RM.2 - Not accepted"
    states its verdict; a table's first cell "GA.1" is its row's code."""
    assert section_refs.explicit_ref(_block("heading", "SAR.2 and SAR.3", bold=True)) == ["sar.2", "sar.3"]
    theme = _block("heading", "Subject access requests — SAR.1 - Accepted", bold=True)
    assert section_refs.explicit_ref(theme) == ["sar.1"]
    assert verdict_labels.heading_verdict("RM.2 - Not accepted (risk accepted)", "en") is not None
    assert verdict_labels.heading_verdict("RM.2 - Not accepted (risk accepted)", "en")[0] == "disagrees"  # type: ignore[index]
    assert ruled_tables.CODE_CELL.fullmatch("GA.1") and not ruled_tables.CODE_CELL.fullmatch("M-1")


@pytest.mark.parametrize(
    ("rec", "reply", "want"),
    [
        (
            "Direct the board to adopt a risk-based approach to complaint investigations that gives safety priority.",
            "The board does not dispute the need to prioritize complaints. Staff began triaging new complaints into "
            "three risk tiers on October 1, 2025, and safety complaints now go to an investigator within five days.",
            "agrees",
        ),
        (
            "Abolish the apprentice inspector license and allow a person to perform inspections under supervision.",
            "The board agrees that a separate apprentice license is not needed, but asks the Commission to adopt a "
            "modification: persons training under supervision should still register with the board.",
            "partly",
        ),
    ],
)
def test_a_licensing_boards_words(rec: str, reply: str, want: str) -> None:
    assert _verdict(reply, "en", rec) == want
