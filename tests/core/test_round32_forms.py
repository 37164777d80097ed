"""Forms met first in blind round 32 (each test fails on the code before it, unless it guards against a false match).

A council's report sorting an assembly's coded recommendations into verdict groups (an overview table, then "A3
Bicycle parking. …" under "Category 1: To be implemented"), a decision note answering in run-in paragraphs "3.1
Stikstof. …" under the advice's own sub-headings, an explanatory memorandum answering in numbered paragraphs with
run-in titles, a three-column Federal Register page and recommendations numbered by chapter ("4-2").
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from tests.core.helpers import block as _block
from tests.core.helpers import verdict as _verdict
from weerwoord.core.analysis import (
    alignment,
    choice,
    items_text,
    likeness,
    overview,
    requests,
    sections,
    table_replies,
    verdict_labels,
)
from weerwoord.core.model import Block, Document, Recommendation, Reply, TextRun
from weerwoord.core.reading.reader import read_document


def _item(label: str, text: str) -> Block:
    return _block("item", text, label=label)


def test_an_overview_table_of_verdict_groups_gives_way_to_the_replies_under_it() -> None:
    """A table "1. To be implemented | A3, C1" only sorts the recommendations; the items "A3 Bicycle parking. …"
    under "Category N: …" headings answer them, each under its group's verdict."""
    blocks = [
        _block("heading", "Approach"),
        _block("paragraph", "The recommendations have been placed in one of four categories, discussed below."),
        _block("item", "To be implemented", label="1.", table_row=1),
        _block("paragraph", "A3, C1", table_row=1),
        _block("item", "Not proposed for implementation", label="2.", table_row=2),
        _block("paragraph", "A2", table_row=2),
        _block("heading", "Response to the recommendations", label="3."),
        _block("heading", "Category 1: To be implemented"),
        _item("A3", "Bicycle parking. The Active Travel Office will install 160 covered stands at 11 locations."),
        _item("C1", "Vacant properties above shops. The Council has already begun this work in March 2026."),
        _block("heading", "Category 2: Not proposed for implementation"),
        _item("A2", "Speed limits. The Chief Executive does not propose a 30 km/h limit on all roads in town."),
        _block("heading", "Feedback to Assembly members", label="4."),
        _block("paragraph", "A copy of this report will be sent to each of the members of the Assembly."),
    ]
    doc = _doc(blocks)
    replies = sections.find_replies(doc)
    by_code = {r.numbers[0]: r for r in replies if r.numbers}
    assert set(by_code) == {"A3", "C1", "A2"}
    assert by_code["A3"].text.startswith("Bicycle parking.")  # the item's own text is the reply
    assert by_code["C1"].group == "Category 1: To be implemented"
    assert by_code["A2"].group == "Category 2: Not proposed for implementation"
    assert verdict_labels.group_verdict(by_code["A2"].group, "en") == ("disagrees", "Not proposed for implementation")


def test_a_coded_list_of_the_responses_own_is_no_reply() -> None:
    """ "S1 Camden …", "S2 Birmingham …", "S3 …" in order under an annex: the response's own list."""
    blocks = [
        _block("heading", "Annex: monitoring sites"),
        _item("S1", "London Borough of Camden: 14 schools, monitoring since 2019 with diffusion tubes."),
        _item("S2", "Birmingham: 22 schools, monitoring since 2021 with low-cost sensors at the gates."),
        _item("S3", "Greater Manchester: 18 schools, monitoring since 2022 with reference monitors."),
    ]
    assert sections._explicit_starts(blocks) == []


@pytest.mark.parametrize(
    ("title", "lang", "verdict"),
    [
        ("Category 1: To be implemented", "en", "agrees"),
        ("Category 2: To be implemented in a modified form", "en", "partly"),
        ("Category 3: Matters for other bodies", "en", "noted"),
        ("Categorie 1: Over te nemen", "nl", "agrees"),
        ("Categorie 2: Deels over te nemen", "nl", "partly"),
        ("Groep 3: Niet over te nemen", "nl", "disagrees"),
        ("Category 4: Housing and transport", "en", None),  # a theme, no verdict
    ],
)
def test_a_category_heading_states_its_replies_verdict(title: str, lang: str, verdict: str | None) -> None:
    found = verdict_labels.group_verdict(title, lang)
    assert (found[0] if found else None) == verdict


def test_numbered_run_in_paragraphs_in_one_section_are_replies_under_their_titles() -> None:
    blocks = [
        _block("heading", "Reactie op het toetsingsadvies", label="3."),
        _block(
            "paragraph",
            "3.1 Stikstof. De aanvulling van 20 februari 2026 bevat een nieuwe berekening met de "
            "actuele versie van het rekenmodel, waarin de bouwfase per jaar is doorgerekend.",
        ),
        _block(
            "paragraph",
            "3.2 Monitoring tijdens en na de uitvoering. Bouwkundige vooropnames en "
            "trillingsmetingen horen bij elke dijkversterking die het waterschap uitvoert.",
        ),
        _block(
            "paragraph",
            "3.3 Natuurcompensatie. Wij delen het doel om het verlies aan grasland zo kort "
            "mogelijk te laten duren en compenseren 2,1 hectare voor de werkzaamheden.",
        ),
        _block("heading", "Kanttekeningen"),
        _block("paragraph", "Tegen het projectbesluit staat beroep open bij de Afdeling bestuursrechtspraak."),
    ]
    replies = sections.find_replies(_doc(blocks))
    titles = [r.heading for r in replies]
    assert "3.2 Monitoring tijdens en na de uitvoering." in titles
    monitoring = next(r for r in replies if r.heading == "3.2 Monitoring tijdens en na de uitvoering.")
    assert monitoring.text.startswith("Bouwkundige vooropnames")


def test_numbered_paragraphs_with_run_in_titles_under_theme_headings() -> None:
    blocks = [
        _block("heading", "Local government"),
        _item(
            "5.",
            "Funding for free basic services. The Commission recommends indexing the component to the bulk "
            "tariffs. Government agrees and will adjust it from 2027/28.",
        ),
        _item(
            "6.",
            "Renewal of municipal infrastructure. Government shares the Commission's concern but will not "
            "ring-fence a share of the grant for renewal this year.",
        ),
        _block("heading", "Learner transport"),
        _item(
            "9.",
            "A conditional grant. Government does not support a new conditional grant for learner "
            "transport, which is a provincial function funded from the equitable share.",
        ),
        _item(
            "10.",
            "Norms and standards. The development of norms and standards falls within the mandate of the "
            "Minister of Transport, who is consulting on a draft.",
        ),
    ]
    headings = [r.heading for r in sections.find_replies(_doc(blocks))]
    assert headings == [
        "Funding for free basic services.",
        "Renewal of municipal infrastructure.",
        "A conditional grant.",
        "Norms and standards.",
    ]


def test_a_numbered_paragraph_opening_with_a_sentence_has_no_title() -> None:
    from weerwoord.core.analysis.run_ins import run_in_title

    item = _item(
        "4.",
        "The Administration accepted the recommendation. The review was completed in June 2025 and "
        "the useful lives of all assets were updated.",
    )
    assert run_in_title(item) == 0


def test_a_request_in_plain_type_among_bold_ones_opening_alike_and_its_points() -> None:
    """Bold "De Commissie adviseert …" paragraphs, and one in plain type leading in to two bold points: seven."""
    blocks: list[Block] = []
    for k in range(7):
        blocks.append(_block("heading", f"3.{k + 1} Onderwerp {k + 1}"))
        blocks.append(_block("paragraph", f"Het MER beschrijft de gevolgen voor dijkvak {k + 1} nog niet volledig."))
        if k == 4:
            blocks.append(
                _block(
                    "paragraph",
                    "De Commissie adviseert in het projectbesluit te laten zien hoe het "
                    "historische karakter van de dijk behouden blijft, met in ieder geval:",
                    x0=71,
                )
            )
            blocks.append(
                _block("item", "visualisaties vanaf de dijk en vanuit de polder;", label="–", bold=True, x0=96)
            )
            blocks.append(
                _block("item", "een beschrijving van de inpassing van de wielen.", label="–", bold=True, x0=96)
            )
        else:
            blocks.append(
                _block(
                    "paragraph",
                    f"De Commissie adviseert om voor dijkvak {k + 1} een aanvullende "
                    "berekening te maken voordat het besluit wordt genomen.",
                    bold=True,
                    x0=90,
                )
            )
    runs = requests.request_runs(blocks)
    assert len(runs[0]) == 7
    fifth = runs[0][4]
    assert [b.text[:12] for b in fifth.blocks] == ["De Commissie", "visualisatie", "een beschrij"]


def test_a_recommendations_own_sub_heading_helps_find_its_reply() -> None:
    """The reply shares no words with the recommendation, only with the advice's sub-heading over it."""
    recs = [
        Recommendation("1", False, TextRun("Laat zien hoe het historische karakter van de dijk behouden blijft.", [])),
        Recommendation("2", False, TextRun("Bereken de stikstofdepositie tijdens de aanleg opnieuw.", [])),
    ]
    reply = Reply(
        "r1",
        "3.4 Landschap en cultuurhistorie.",
        TextRun("De beeldkwaliteit wordt uitgewerkt in het beeldkwaliteitsplan van de gemeente.", []),
    )
    before = likeness.similarity_matrix(recs, [reply])[0][0]
    recs[0].title = "3.3 Landschap en cultuurhistorie"
    assert likeness.similarity_matrix(recs, [reply])[0][0] > before + 0.1


def test_sub_headings_over_several_recommendations_title_none() -> None:
    recs = [Recommendation(str(k), False, TextRun(f"Doe {k}.", [])) for k in range(3)]
    items_text.titles(recs, ["Bail supervision", "Bail supervision", "Aan de minister van Justitie"])
    assert [r.title for r in recs] == ["", "", "Aan de minister van Justitie"]
    assert items_text.title([_block("heading", "Aan de minister van Justitie"), _block("paragraph", "x")], 1) == ""


def test_unnumbered_recommendations_take_no_number_from_the_responses_own_sections() -> None:
    """Bullets counted 1, 2 by place are not "1." and "2." of the response's own argument."""
    recs = [
        Recommendation("1", False, TextRun("maak een alternatief voor dijkvak 4 met minder woningen", [])),
        Recommendation("2", False, TextRun("bereken de stikstof opnieuw met de actuele versie", [])),
    ]
    replies = [
        Reply(
            "r1",
            "1. Het projectbesluit is zorgvuldig voorbereid",
            TextRun("Elf bewonersavonden gehouden.", []),
            label="1",
        ),
        Reply(
            "r2",
            "2. Het MER is aangevuld",
            TextRun("De stikstof is opnieuw berekend met de actuele versie.", []),
            label="2",
        ),
    ]
    pairs, _ = alignment.align(recs, replies)
    assert pairs[0].reply is None or pairs[0].reply.id != "r1"


@pytest.mark.parametrize(
    ("text", "single", "want"),
    [
        ("4-2", True, ["4-2"]),  # "(Recommendation 4-2)"
        ("4-7", True, ["4-7"]),
        ("4-4 and 4-5", False, ["4-4", "4-5"]),
        ("4-6", False, ["4", "5", "6"]),  # "recommendations 4-6": a range
        ("5-2", False, ["5-2"]),  # no range runs down
    ],
)
def test_recommendations_numbered_by_chapter(text: str, single: bool, want: list[str]) -> None:
    assert table_replies.numbers_in(text, single) == want
    assert alignment.CODE.fullmatch("4-6")


def _three_column_pdf(path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    columns = [
        ("I. Background", "The fee schedule has been in effect since April 2002 and is set out in the rules."),
        (
            "A. Geographic Designations (Recommendation 4-2)",
            "We agree with this recommendation and propose to revise the designations using the 2020 census.",
        ),
        (
            "C. Physician Certification Statements (Recommendation 4-3)",
            "We respectfully decline to adopt this recommendation for the reasons given.",
        ),
    ]
    for k, (head, text) in enumerate(columns):
        x = 42 + k * 182
        rect = pymupdf.Rect(x, 80, x + 165, 700)
        body = "\n".join([head] + [text] * 9)
        page.insert_textbox(rect, body, fontsize=8.5, fontname="helv")
    doc.save(path)


def test_three_columns_of_text_are_read_column_by_column(tmp_path: Path) -> None:
    path = tmp_path / "three.pdf"
    _three_column_pdf(path)
    doc = read_document(path)
    text = "\n".join(b.text for b in doc.blocks)
    assert "Physician Certification" in text  # the third column is body, no sidebar
    assert text.index("Background") < text.index("Geographic") < text.index("Physician")
    assert "We agree with this recommendation and propose to revise" in " ".join(text.split())


def _doc(blocks: list[Block]) -> Document:
    return Document("x.pdf", "", "", 1, "en", [(595.0, 842.0)], blocks, [], [], 10.0)


def test_an_overview_of_verdicts_decides_each_listed_recommendation() -> None:
    """A letter's box "Overgenomen advies b en f" / "Gedeeltelijk overgenomen advies a en d" / … ("en" is no "e")."""
    blocks = [
        _block("heading", "Ons antwoord in het kort"),
        _item("•", "Overgenomen advies b en f"),
        _item("•", "Gedeeltelijk overgenomen advies a en d"),
        _item("•", "Niet overgenomen advies g en h"),
        _block("heading", "Nog geen besluit advies e", label="•"),
        _block("heading", "Toelichting"),
        _block("paragraph", "Wij zijn het met u eens dat de gemeenteraad moet kunnen zien of het beleid werkt."),
    ]
    found = overview.verdicts_by_number(blocks, "nl")
    assert {k: v[0] for k, v in found.items()} == {
        "b": "agrees",
        "f": "agrees",
        "a": "partly",
        "d": "partly",
        "g": "disagrees",
        "h": "disagrees",
        "e": "noted",
    }
    # one line alone is no overview; a sentence that names recommendations is none either
    assert overview.verdicts_by_number(blocks[:2], "nl") == {}
    prose = [_block("paragraph", "Aanbevelingen 1 en 2 nemen wij over, zoals hieronder toegelicht wordt.")] * 2
    assert overview.verdicts_by_number(prose, "nl") == {}


def test_lettered_points_named_after_advies_are_cited() -> None:
    response = _doc([_item("•", "Overgenomen advies b en f"), _item("•", "Niet overgenomen advies g en h")])
    assert choice.cited_numbers(response, []) == ["b", "f", "g", "h"]


@pytest.mark.parametrize(
    ("rec", "reply", "lang", "want"),
    [
        # "instead of" in the sentence that repeats what was asked is no other course taken
        (
            "the free basic services component be adjusted annually for the bulk tariff increases approved by the "
            "regulators, rather than for headline inflation;",
            "The Commission recommends indexing the free basic services component to the bulk tariffs approved by "
            "the regulators instead of to inflation. Government agrees. From 2027/28 the component will be adjusted "
            "by a weighted average of the approved bulk tariff increases.",
            "en",
            "agrees",
        ),
        # done, but otherwise than asked: "every four years rather than three"
        (
            "That the council re-tenders its road maintenance contractor panel by open tender at least every three "
            "years.",
            "A new panel will be established by open tender in 2026. The council will re-tender the panel every four "
            "years rather than three, to align with the regional procurement cycle.",
            "en",
            "partly",
        ),
        # already the standard way of working
        (
            "De Commissie adviseert om voor alle panden binnen 50 meter van de werkzaamheden een bouwkundige "
            "vooropname te laten maken en een meetplan voor trillingen op te stellen.",
            "Bouwkundige vooropnames en trillingsmetingen horen bij elke dijkversterking tot de standaardaanpak. De "
            "aannemer laat voor elk gebouw binnen 50 meter een vooropname maken.",
            "nl",
            "agrees",
        ),
    ],
)
def test_verdict_words_of_round_32(rec: str, reply: str, lang: str, want: str) -> None:
    assert _verdict(reply, lang, rec) == want
