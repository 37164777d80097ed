"""Deadlines, document dates and advisory bodies as the register reads them from the words."""

from __future__ import annotations

import pytest

from weerwoord.core.register.dates import document_date, latest_day
from weerwoord.core.register.deadlines import find_deadline
from weerwoord.core.register.library import advisory_body

# (sentence, the response's date or None, the deadline, the words kept)
TABLE = [
    ("Het kabinet zal voor de zomer van 2033 een wetsvoorstel indienen.", None, "2033-06-20", "voor de zomer van 2033"),
    ("Het kabinet zal uiterlijk medio 2034 rapporteren.", None, "2034-06-30", "uiterlijk medio 2034"),
    ("De minister zal eind 2032 het plan afronden.", None, "2032-12-31", "eind 2032"),
    ("The Government will publish the plan by March 2033.", None, "2033-03-31", "by March 2033"),
    ("The Minister will report within twelve months.", "2024-05-15", "2025-05-15", "within twelve months"),
    ("The Minister will report within twelve months.", "2024-05", "2025-05-31", "within twelve months"),
    ("Het kabinet zal in 2026 een voorstel doen.", None, "2026-12-31", "in 2026"),
    ("We will deliver this in Q3 2025.", None, "2025-09-30", "in Q3 2025"),
    ("Het kabinet komt najaar 2025 met een brief.", None, "2025-11-30", "najaar 2025"),
    ("Het kabinet komt in het najaar van 2025 met een brief.", None, "2025-11-30", "in het najaar van 2025"),
    ("De regeling treedt voor 1 januari 2026 in werking.", None, "2025-12-31", "voor 1 januari 2026"),
    ("The Minister will report before 1 May 2026.", None, "2026-04-30", "before 1 May 2026"),
    ("Het college zal uiterlijk 1 maart 2026 besluiten.", None, "2026-03-01", "uiterlijk 1 maart 2026"),
    ("Het kabinet zal eind maart 2025 besluiten.", None, "2025-03-31", "eind maart 2025"),
    ("Het kabinet zal in het derde kwartaal van 2025 besluiten.", None, "2025-09-30", "in het derde kwartaal van 2025"),
    ("De minister stuurt begin 2026 een brief.", None, "2026-03-31", "begin 2026"),
    ("We will do so in the first half of 2026.", None, "2026-06-30", "in the first half of 2026"),
    (
        "Wij zullen uw raad in het voorjaar van 2025 een voorstel voorleggen.",
        None,
        "2025-06-20",
        "in het voorjaar van 2025",
    ),
    ("We will publish a plain-language standard in spring 2025.", None, "2025-06-20", "in spring 2025"),
    ("We will complete the review by the end of September.", "2024-04-10", "2024-09-30", "by the end of September"),
    ("We will complete the review by the end of September.", "2024-10-02", "2025-09-30", "by the end of September"),
    ("We will consult authorities on the detail this autumn.", "2024-07", "2024-11-30", "this autumn"),
    ("Het kabinet zal binnen zes weken reageren.", "2025-03-14", "2025-04-25", "binnen zes weken"),
    ("Het kabinet zal binnen een jaar reageren.", "2025-03", "2026-03-31", "binnen een jaar"),
    ("We will report later this year.", "2023-06", "2023-12-31", "later this year"),
    ("The plan will be published in winter 2025.", None, "2026-02-28", "in winter 2025"),
    # undated: vague words kept, start dates and relative words without a date are no deadline
    ("Het kabinet zal binnenkort een brief sturen.", None, "", "binnenkort"),
    ("Het kabinet zal in de komende periode met het veld spreken.", None, "", "in de komende periode"),
    ("We will act as soon as possible.", None, "", "as soon as possible"),
    ("We will set out our plans in due course.", None, "", "in due course"),
    ("The Minister will report within twelve months.", None, "", "within twelve months"),
    ("We will fund twelve coastal college hubs from September 2025.", None, "", ""),
    ("Het kabinet stelt vanaf 2025 structureel € 22 miljoen beschikbaar.", None, "", ""),
    ("We will continue the Fund for a further three years from 2025/26.", None, "", ""),
    ("We will consider the case for telephone booking.", None, "", ""),
]


@pytest.mark.parametrize(("sentence", "reference", "iso", "words"), TABLE)
def test_deadline_is_the_latest_date_the_words_allow(
    sentence: str, reference: str | None, iso: str, words: str
) -> None:
    deadline = find_deadline(sentence, reference)
    assert (deadline.iso, deadline.text) == (iso, words)


def test_a_day_that_does_not_exist_leaves_its_month() -> None:
    assert find_deadline("Het kabinet besluit uiterlijk 31 februari 2026.").iso == "2026-02-28"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "> Retouradres Postbus 20401\nDatum      14 maart 2025\nBetreft Kabinetsreactie\nOp 12 december 2024 …",
            "2025-03-14",
        ),
        ("Bouwen aan terugkeer\nRaad voor Strafrechtstoepassing\nDen Haag, november 2023\n", "2023-11"),
        ("Kabinetsreactie\nBijlage bij Kamerbrief van 10 oktober 2025, kenmerk BZ-2025\nInleiding", "2025-10-10"),
        ("Cleaner Air for Schools\nClean Air Taskforce\nApril 2024\n", "2024-04"),
        ("Report of the Council\nAdvisory Report No. 14, March 2023\n", "2023-03"),
        ("Aan de Voorzitter\n18 april 2019\nGeachte voorzitter, op 3 maart 2019 …", "2019-04-18"),
        ("Government response\nLondon, June 2025\n", "2025-06"),
        ("No date on this page at all.", ""),
    ],
)
def test_document_date(text: str, iso: str) -> None:
    assert document_date(text)[0] == iso


def test_latest_day_of_each_precision() -> None:
    assert [str(latest_day(x)) for x in ("2025-06", "2024-02", "2025", "2025-03-14")] == [
        "2025-06-30",
        "2024-02-29",
        "2025-12-31",
        "2025-03-14",
    ]
    assert latest_day("") is None


@pytest.mark.parametrize(
    ("advice", "response", "body"),
    [
        (
            "Mens in de machine\nAdvies van de Raad voor Digitale Uitvoering\nDen Haag, 2022",
            "",
            "Raad voor Digitale Uitvoering",
        ),
        (
            "Keeping Our Heads\nReport of the Independent Council on Water and Infrastructure\n",
            "",
            "Independent Council on Water and Infrastructure",
        ),
        ("Rekenkamer Zuidervaart · rapport 2024/03\nGrip op jeugdhulp\n", "", "Rekenkamer Zuidervaart"),
        (
            "Title\nNo body here\n",
            "The Government thanks the Clean Air Taskforce for its report.",
            "Clean Air Taskforce",
        ),
        ("Title\nNothing\n", "Nothing either.", ""),
    ],
)
def test_advisory_body(advice: str, response: str, body: str) -> None:
    assert advisory_body(advice, response) == body
