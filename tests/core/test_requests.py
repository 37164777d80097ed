"""Requests set alike: recommendations without numbers, labels or a chapter title, found by how they ask."""

from __future__ import annotations

import pytest

from tests.core.expected_pairs import DOCS
from weerwoord.core.analysis import readings, requests, titled_points
from weerwoord.core.model import Block, TextRun
from weerwoord.core.reading import reader


def _block(text: str, **kw: object) -> Block:
    return Block("paragraph", TextRun(text, []), **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "We vragen de Vlaamse Regering om het investeringsbudget voor jeugdinfrastructuur te verdubbelen.",
        "Eén loket. We vragen de minister om één digitaal loket te voorzien voor alle vergunningen.",
        "The Commission should acknowledge receipt of every infringement complaint within 15 working days.",
        "Reserveer op de rijksbegroting een structureel budget voor de exploitatie van grote voorzieningen.",
        "De Raad adviseert de minister om de maximale transportduur voor jonge kalveren te verkorten.",
    ],
)
def test_a_request(text: str) -> None:
    assert requests.asks(_block(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Trust should have recognised the signs of sepsis earlier than it did on the ward.",
        "Walstroom is in de meeste havens niet te krijgen, en waar het er is, kost het meer.",
        "Reviewed relevant state laws, regulations and the department's policies and procedures.",
        "De onderzoekers danken de medewerkers van het CORB voor hun openheid en inzet.",
    ],
)
def test_no_request(text: str) -> None:
    assert not requests.asks(_block(text, label="•"))


@pytest.mark.parametrize(
    ("name", "count", "first"),
    [
        ("blind24_nl_jeugdraad", 7, "Meer middelen. We vragen de Vlaamse Regering"),  # bullets across the report
        ("blind24_en_eu_ombudsman", 6, "Acknowledging complaints. The Commission should"),  # titled paragraphs
        ("blind24_nl_awti", 6, "Reserveer op de rijksbegroting"),  # in boxes under "Advies I" … (IV is lettered)
    ],
)
def test_requests_set_alike_are_a_reading(name: str, count: int, first: str) -> None:
    found = readings.recommendation_readings(reader.read_document(DOCS / f"{name}_advice.pdf"))
    mine = [r for r in found if r.kind == "requests"]
    assert mine, [r.description for r in found]
    texts = [c.blocks[0].text for c in mine[0].items]
    assert len(texts) == count, texts
    assert texts[0].startswith(first)


def test_a_numbered_chain_of_requests_is_a_list_of_recommendations() -> None:
    """ "(1) Breid … uit", "(2) Leg in het plan vast …" under theme headings of "Aandachtspunten": items that ask,
    though none says "recommend", are the recommendations (numbered 1–8 through the themes)."""
    from weerwoord.core.analysis import chains

    doc = reader.read_document(DOCS / "blind25_nl_mina_collegebesluit_advice.pdf")
    found = [items for items in chains.chains(doc.blocks) if chains.recommending(items, doc.blocks)]
    assert [[c.number for c in items] for items in found] == [[str(k) for k in range(1, 9)]]


def test_texts_under_a_code_are_a_reading() -> None:
    """Boxes titled "AAN-1 · prioriteit 1" over their text (one of them set in bold, read as a heading)."""
    doc = reader.read_document(DOCS / "blind26_nl_audit_vlaanderen_advice.pdf")
    codes = [c.number for c in titled_points.coded_titles(doc.blocks)]
    assert codes == ["AAN-1", "AAN-2", "BEO-1", "BEO-2", "BEO-3", "OPV-1", "OPV-2", "ORG-1", "ORG-2"]


def test_a_table_cell_of_codes_names_what_its_row_answers() -> None:
    from weerwoord.core.analysis import table_replies

    doc = reader.read_document(DOCS / "blind26_nl_audit_vlaanderen_response.pdf")
    numbers = [r.numbers for r in table_replies.rows_naming_recommendations(doc.blocks)]
    assert ["BEO-3", "OPV-2"] in numbers and ["AAN-1"] in numbers


def test_a_question_to_the_minister_is_a_request() -> None:
    assert requests.asks(_block("Will the Minister commit to funding the full replacement of the heating system?"))
    assert requests.asks(_block("What action will the Minister take to ensure that men serving IPP sentences move on?"))
    assert not requests.asks(_block("How safe is the prison, and how well are prisoners kept safe from harm here?"))
