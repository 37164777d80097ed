"""Forms met first in blind round 35 (each test fails on the code before it, unless it guards against a false match).

A Flemish council's advice whose paragraphs carry margin numbers in brackets ("[12]") and whose requests open in
bold and run on in plain type, answered "Randnummer 12 (…). Het advies wordt (niet) gevolgd."
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

from tests.core.helpers import block as _block
from tests.core.test_left_misses import _verdict
from weerwoord.core.analysis import numbered_asking, section_refs, sections
from weerwoord.core.model import Block, TextRun
from weerwoord.core.reading.reader import read_document

# margin paragraphs: (number, [(text of a line, bold words first)...])
_PARAGRAPHS = [
    (
        "1",
        [("Op 2 maart 2026 vroeg de minister het advies van de raad over het voorontwerp van", ""), ("decreet.", "")],
    ),
    (
        "2",
        [
            ("Het voorontwerp verplicht een attest voor alle huurwoningen ouder dan dertig jaar en", ""),
            ("verkort de geldigheid.", ""),
        ],
    ),
    (
        "3",
        [
            ("", "De raad vraagt om de geldigheidsduur van het conformiteitsattest op tien jaar te"),
            ("behouden. Een kortere duur verhoogt de kosten voor verhuurders en gemeenten.", "behouden."),
        ],
    ),
    (
        "4",
        [
            ("Een attest kost de verhuurder gemiddeld 150 tot 250 euro, en bij een ongunstig attest", ""),
            ("volgen werken.", ""),
        ],
    ),
    (
        "5",
        [
            ("", "De raad vraagt ook dat de attesten publiek raadpleegbaar worden in het centrale"),
            ("register, per adres.", "register, per adres."),
        ],
    ),
    (
        "6",
        [
            ("De gemeenten leveren de attesten af; veel gemeenten kennen lange wachttijden voor", ""),
            ("een keuring.", ""),
        ],
    ),
    (
        "7",
        [
            ("", "De raad beveelt aan de boete te koppelen aan een herstelvordering van de"),
            ("inspecteur.", "inspecteur."),
        ],
    ),
    (
        "8",
        [("De gevolgen van de nieuwe regeling voor het aanbod op de private huurmarkt zijn nog", ""), ("onzeker.", "")],
    ),
    (
        "9",
        [
            ("", "De raad stelt voor dat de verhuurder de huurder een kopie van het attest bezorgt bij"),
            (
                "de huurovereenkomst. Zo weet de huurder waar hij aan toe is, en kan hij zijn rechten",
                "de huurovereenkomst.",
            ),
            ("beter doen gelden bij de verhuurder en, waar nodig, bij de gemeente of de rechter.", ""),
        ],
    ),
    (
        "10",
        [
            ("De raad blijft beschikbaar om dit advies toe te lichten aan de minister en aan de", ""),
            ("administratie.", ""),
        ],
    ),
]


def _margin_numbers_pdf(path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    y = 80.0
    for number, lines in _PARAGRAPHS:
        page.insert_text((50, y), f"[{number}]", fontsize=10, fontname="helv")
        for text, bold in lines:
            x = 90.0
            if bold:
                page.insert_text((x, y), bold, fontsize=10, fontname="hebo")
                x += pymupdf.get_text_length(bold + " ", fontname="hebo", fontsize=10)
            rest = text[len(bold) :].strip() if text.startswith(bold) else text
            if rest:
                page.insert_text((x, y), rest, fontsize=10, fontname="helv")
            y += 14
        y += 10
    doc.save(path)


def test_margin_numbers_in_brackets_label_their_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "randnummers.pdf"
    _margin_numbers_pdf(path)
    blocks = read_document(path).blocks
    assert [b.label for b in blocks] == [f"{n}." for n in range(1, 11)], [(b.label, b.text[:30]) for b in blocks]
    # a long bold line runs on onto a line that opens in bold: one paragraph, no heading
    fifth = blocks[4]
    assert fifth.kind == "item" and fifth.text.endswith("per adres."), fifth
    # a paragraph that opens with a bold sentence and runs on in plain type opens bold
    assert blocks[8].bold_lead and not blocks[8].bold and not blocks[3].bold_lead


def test_the_bold_opening_requests_among_numbered_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "randnummers.pdf"
    _margin_numbers_pdf(path)
    found = numbered_asking.bold_asking_paragraphs(read_document(path).blocks)
    assert [c.number for c in found] == ["3", "5", "7", "9"]


def test_a_paragraph_naming_margin_numbers_before_its_subject_answers_them() -> None:
    body = (
        "Randnummers 15 en 16 (informatie aan de huurder). Het voorstel om de huurder bij het sluiten van de "
        "huurovereenkomst een kopie van het attest te bezorgen, wordt gevolgd: artikel 4 van het voorontwerp wordt in "
        "die zin aangevuld. Het voorstel om de attesten per adres publiek raadpleegbaar te maken, wordt niet gevolgd."
    )
    assert section_refs.explicit_ref(_block("paragraph", body)) == ["15", "16"]


def test_an_advice_followed_or_not() -> None:
    rec = "De raad vraagt een evaluatie van de regeling drie jaar na de inwerkingtreding."
    assert _verdict("Randnummer 21 (evaluatie). Het advies wordt gevolgd.", rec, "nl") == "agrees"
    assert _verdict("Randnummer 21 (evaluatie). Het advies wordt niet gevolgd.", rec, "nl") == "disagrees"
    assert _verdict("Randnummer 21 (evaluatie). Het advies wordt gedeeltelijk gevolgd.", rec, "nl") == "partly"


def test_a_lettered_list_goes_on_under_a_later_recommendations_heading() -> None:
    from weerwoord.core.analysis import chapter_lists

    blocks = [
        _block("heading", "Aanbevelingen aan de minister", bold=True),
        _block("item", "Neem een verplichting op om elke put te controleren.", label="a."),
        _block("item", "Verhoog de financiële zekerheid voor het afsluiten van putten.", label="b."),
        _block("item", "Zorg voor een openbare database van incidenten.", label="c."),
        _block("heading", "Toezicht en omgeving", bold=True, label="4."),
        _block("paragraph", "Wanneer SodM een overtreding vaststelt, is de last onder dwangsom het eerste instrument."),
        _block("heading", "Aanbevelingen aan de operators en aan de minister", bold=True),
        _block("item", "Operators: voer een integriteitsanalyse uit van alle oudere putten.", label="d."),
        _block("item", "Minister: maak een directe bestuurlijke boete mogelijk.", label="e."),
    ]
    lists = [[c.number for c in items] for items, _ in chapter_lists.chapter_lists(blocks, 10.0)]
    assert ["a", "b", "c", "d", "e"] in lists, lists
    # a list that starts anew under the next heading is not joined
    blocks[7] = _block("item", "Operators: voer een integriteitsanalyse uit.", label="a.")
    blocks[8] = _block("item", "Minister: maak een directe boete mogelijk.", label="b.")
    lists = [[c.number for c in items] for items, _ in chapter_lists.chapter_lists(blocks, 10.0)]
    assert all(len(x) <= 3 for x in lists), lists


def test_a_rows_cell_of_letters_and_a_subject_names_them() -> None:
    from weerwoord.core.analysis import table_replies

    assert table_replies._row_numbers("a en e (bondlog; directe boete)") == ["a", "e"]
    assert table_replies._row_numbers("c (database incidenten)") == ["c"]
    assert table_replies._row_numbers("Gedeeltelijk overnemen.") == []


def test_a_tables_cell_is_no_run_on_of_the_heading_over_it() -> None:
    from weerwoord.core.reading import breaks

    heading = Block("item", TextRun("Voorgestelde reactie per aanbeveling", []), bold=True, label="4.")
    cell = Block("paragraph", TextRun("a: overnemen. e: niet overnemen.", []), bold=True, table_row=1)
    heading.run = _runs(heading.text)
    cell.run = _runs(cell.text)
    assert not breaks._continues(heading, cell, {}, False)


def _runs(text: str) -> TextRun:
    from weerwoord.core.model import Piece

    return TextRun(text, [Piece(0, len(text), 1, (72.0, 100.0, 300.0, 110.0), 1)])


def test_references_with_a_colon_share_a_cell_sentence_by_sentence() -> None:
    from weerwoord.core.analysis import parts

    text = (
        "a: overnemen. e: niet overnemen.\n\na: De verplichting kan per 1 januari 2027 worden opgenomen. e: Het "
        "voorstel wijkt af van de Algemene wet bestuursrecht."
    )
    mine = [text[a:b] for a, b in parts.own_parts(text, "e", ["a"], "Maak een directe boete mogelijk.", ["Neem op."])]
    assert mine == ["e: niet overnemen.", "e: Het voorstel wijkt af van de Algemene wet bestuursrecht."]


def test_found_not_feasible_refuses() -> None:
    rec = "Publiceer alle eindvonnissen in gepseudonimiseerde vorm in het centraal register."
    reply = "Een publicatie van alle eindvonnissen vinden wij niet haalbaar zolang de pseudonimisering manueel gebeurt."
    assert _verdict(reply, rec, "nl") == "disagrees"


def test_bullets_go_on_under_theme_headings_with_their_tags() -> None:
    from weerwoord.core.analysis import chapter_lists

    blocks = [
        _block("heading", "Recommendations", bold=True, label="6.", size=12.0),
        _block("paragraph", "The Panel recommends that Council direct staff to implement the following measures."),
        _block("heading", "Affordability", bold=True, size=10.0),
        _block("item", "Introduce a low-income monthly pass priced at half the adult pass.", label="•"),
        _block("paragraph", "[Lead: Lakeport Transit | Timing: July 2027 | Est. cost: $1.4M per year]"),
        _block("item", "Extend free travel to all children aged 12 and under.", label="•"),
        _block("heading", "[Lead: Lakeport Transit | Timing: September 2027 | Est. cost: $0.35M per year]"),
        _block("heading", "Simplicity", bold=True, size=10.0),
        _block("item", "Make transfers valid for 90 minutes in any direction.", label="•"),
        _block("heading", "Financial Implications", bold=True, label="7.", size=12.0),
        _block("paragraph", "The Panel estimates the net annual cost of all measures at about $3.1 million."),
    ]
    lists = chapter_lists.chapter_lists(blocks, 10.0)
    items = lists[0][0]
    assert len(items) == 3, [[c.blocks[0].text[:20] for c in x] for x, _ in lists]
    assert items[1].blocks[-1].text.startswith("[Lead")  # the tag stays with its item


def test_a_motions_result_set_as_a_heading_ends_the_motion() -> None:
    blocks = [
        _block("heading", "Resolution No. 2026-244", bold=True),
        _block("paragraph", "That Council approve free travel on Lakeport Transit for all children aged 12 and under."),
        _block("heading", "CARRIED", bold=True),
        _block("heading", "Motion", bold=True),
        _block("heading", "LOST", bold=True),
        _block("heading", "Carried as amended", bold=True),
        _block("heading", "Verworpen", bold=True),
    ]
    kinds = [b.kind for b in sections.results_as_text(blocks)]
    assert kinds == ["heading", "paragraph", "paragraph", "heading", "paragraph", "paragraph", "paragraph"]


def test_a_motion_lost_or_carried_as_amended() -> None:
    rec = "Sell LakeCard passes at all eleven public library branches and at the four community centres."
    lost = "That staff be directed to arrange for LakeCard passes to be sold at all library branches from 2027.\n\nLOST"
    assert _verdict(lost, rec) == "disagrees"
    rec = "Extend free travel on Lakeport Transit to all children aged 12 and under."
    amended = (
        "That Council approve free travel on Lakeport Transit for all children aged 12 and under, effective "
        'September 1, 2027. Amendment: that the motion be amended by substituting "9 and under".\n\n'
        "The main motion, as amended, was then put. CARRIED"
    )
    assert _verdict(amended, rec) == "partly"
    # a lost item in a sentence is no result
    assert _verdict("The passes lost in 2025 will be replaced free of charge from 2027.", rec) != "disagrees"


def _labels_at_page_tops_pdf(path: Path) -> None:
    """Three pages, each with a running head, and a recommendation labelled in the left column at the top of the
    body ("Aanbeveling 3" beside "Verplicht …"), as the same label sits on the next page."""
    doc = pymupdf.open()
    for k, (first, second) in enumerate(
        [
            ("Maak de watertoets voor binnenstedelijke bouwprojecten", "bindend in plaats van adviserend."),
            ("Stel een landelijke norm op voor de maximale verharding van", "particuliere tuinen en binnenterreinen."),
            ("Evalueer het Deltaplan Ruimtelijke Adaptatie in 2027 met nadruk", "op de binnensteden."),
        ],
        start=1,
    ):
        page = doc.new_page(width=595, height=842)
        page.insert_text((62, 36), "College van Rijksadviseurs | Ruimte voor water in de stad", fontsize=7.5)
        page.insert_text((68, 86), f"Aanbeveling {k}", fontsize=9, fontname="hebo")
        page.insert_text((167, 86), first, fontsize=9.6, fontname="hebo")
        page.insert_text((167, 100), second, fontsize=9.6, fontname="hebo")
        y = 122.0
        for _ in range(12):
            page.insert_text(
                (167, y), "Gemeenten leggen het advies van het waterschap nu vaak naast zich neer.", fontsize=9.6
            )
            y += 14
    doc.save(path)


def test_a_label_at_the_top_of_a_page_beside_its_text_is_no_running_head(tmp_path: Path) -> None:
    path = tmp_path / "tops.pdf"
    _labels_at_page_tops_pdf(path)
    doc = read_document(path)
    texts = [b.text for b in doc.blocks]
    assert sum(t.startswith("Aanbeveling") for t in texts) == 3, texts[:6]
    assert not any("College van Rijksadviseurs" in t for t in texts)  # the running head is still furniture


def test_a_middle_course_and_too_far_for_me() -> None:
    rec = "Maak de watertoets voor binnenstedelijke bouwprojecten bindend in plaats van adviserend."
    reply = (
        "Voor de watertoets kies ik een tussenweg: ik regel dat een gemeente het wateradvies alleen gemotiveerd "
        "terzijde kan leggen, maar een bindend advies van het waterschap gaat mij te ver."
    )
    assert _verdict(reply, rec, "nl") == "partly"
    en = "For the water assessment we have chosen a middle course: councils must give reasons to depart from it."
    assert _verdict(en, "Make the water assessment binding.", "en") == "partly"


def test_a_row_answering_two_codes_and_its_cells_that_name_them() -> None:
    from tests.core.expected_pairs import DOCS
    from weerwoord.core.analysis import table_replies
    from weerwoord.core.reading.ruled_tables import NUMBERS_CELL

    assert NUMBERS_CELL.fullmatch("S1 en S3")
    assert table_replies.numbers_in("S1 en S3") == ["s1", "s3"]
    blocks = read_document(DOCS / "blind35_nl_schouw_response.pdf").blocks
    row = next(b for b in blocks if b.label == "S1 en S3")
    # the cell after the code keeps the code that opens it: "S1: de zijdeur wordt vervangen …"
    assert row.text.startswith("S1: de zijdeur"), row.text


def test_an_action_lists_long_cell_is_the_reply_and_its_code_names_the_item() -> None:
    from weerwoord.core.analysis import table_replies

    rows = [
        ("S2", "Nieuwe borden met hoog contrast en pictogrammen zijn besteld bij de leverancier.", "In uitvoering"),
        (
            "P2",
            "De lift op het station valt onder ProRail. Wij hebben uw advies doorgestuurd aan ProRail.",
            "Doorgestuurd",
        ),
        ("A1", "Vanaf 1 juni 2026 is een toets door de adviesraad een vaste stap in elk project.", "Afgesproken"),
    ]
    blocks: list[Block] = []
    for k, (code, reply, status) in enumerate(rows, start=1):
        blocks += [
            _block("item", reply, label=code, table_row=k),
            _block("paragraph", "Openbare Ruimte", table_row=k),
            _block("paragraph", status, table_row=k),
        ]
    replies = table_replies.rows_by_title(blocks)
    assert [r.numbers for r in replies] == [["s2"], ["p2"], ["a1"]]
    assert replies[1].run.text.startswith("De lift op het station")


def test_a_tables_rows_by_code_that_ask_are_a_reading_a_table_of_standards_is_not() -> None:
    from weerwoord.core.analysis import titled_points

    asking = [
        (
            "S1",
            "De hoofdingang heeft een zware draaideur en rolstoelgebruikers moeten bellen.",
            "Vervang de zijdeur naast de draaideur door een automatische schuifdeur.",
        ),
        (
            "S2",
            "De bewegwijzering naar de balie is klein en heeft weinig contrast.",
            "Breng bij de ingang en in de hal grote borden met hoog contrast aan.",
        ),
        (
            "S3",
            "De raadzaal op de eerste verdieping is alleen via een trap bereikbaar.",
            "Maak de publieke tribune van de raadzaal bereikbaar met een lift.",
        ),
    ]
    blocks: list[Block] = []
    for k, (code, seen, advice) in enumerate(asking, start=1):
        blocks += [_block("item", seen, label=code, table_row=k), _block("paragraph", advice, table_row=k)]
    blocks.append(_block("paragraph", "Wij vragen het college binnen drie maanden te laten weten wat het doet."))
    assert [c.number for c in titled_points.coded_titles(blocks)] == ["S1", "S2", "S3"]
    standards: list[Block] = []
    for k, (name, judgement) in enumerate(
        [
            ("Kwaliteitszorg (bestuur)", "Onvoldoende"),
            ("Kwaliteitscultuur (bestuur)", "Voldoende"),
            ("Verantwoording", "Goed"),
        ],
        start=1,
    ):
        standards += [_block("item", name, label=f"KA{k}", table_row=k), _block("paragraph", judgement, table_row=k)]
    standards.append(_block("paragraph", "De inspectie beoordeelt de standaarden van het onderzoekskader."))
    assert titled_points.coded_titles(standards) == []


def test_replaced_by_what_was_asked_is_done_and_we_do_not_do_this() -> None:
    rec = "Vervang de handmatige zijdeur naast de draaideur door een automatische schuifdeur."
    reply = "S1: de zijdeur wordt vervangen door een automatische schuifdeur; de opdracht is gegund."
    assert _verdict(reply, rec, "nl") == "agrees"
    rec = "Maak de publieke tribune van de raadzaal bereikbaar met een lift of plateaulift."
    reply = (
        "S3: een lift of plateaulift naar de tribune is in het monumentale trappenhuis niet inpasbaar. "
        "Wij doen dit niet."
    )
    assert _verdict(reply, rec, "nl") == "disagrees"
    # a passive done by another body is no deed of the government's
    assert (
        _verdict("Het ontwerp wordt door de provincie herzien.", "Herzie het ontwerp voor de stationsomgeving.", "nl")
        != "agrees"
    )
    agreed = "Vanaf 1 juni 2026 is een toets door de adviesraad een vaste stap in het projectplan.\n\nAfgesproken"
    assert _verdict(agreed, "Betrek de adviesraad vooraf bij elk ontwerp.", "nl") == "agrees"


def test_a_paragraph_naming_both_is_split_by_its_sentences_where_they_differ() -> None:
    from weerwoord.core.analysis import parts

    fogo = "That councils introducing FOGO collection be permitted to recover the set-up costs over five years."
    fund = "That the Government establish a $40 million transition fund to help regional councils introduce FOGO."
    text = (
        "Food and garden organics. On Recommendations 6 and 7, councils will be able to spread FOGO set-up costs "
        "over up to five years, and the guidelines will explain how. The Government does not support a separate "
        "transition fund. Regional councils can already seek capital funding from the Circular Economy\n\n"
        "Infrastructure Program, which has $65 million available over four years."
    )
    mine = [text[a:b] for a, b in parts.own_parts(text, "6", ["7"], fogo, [fund])]
    assert not any("transition fund" in p for p in mine), mine
    theirs = [text[a:b] for a, b in parts.own_parts(text, "7", ["6"], fund, [fogo])]
    assert any("transition fund" in p for p in theirs), theirs  # (the opening that names both is everyone's)


def test_not_affordable_refuses_when_it_repeats_the_recommendation() -> None:
    rec = "Establish a $40 million transition fund for regional councils introducing food organics collection."
    reply = "A $40 million transition fund for regional councils is not affordable within the current budget."
    assert _verdict(reply, rec) == "disagrees"
