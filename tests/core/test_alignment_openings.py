"""A letter in prose that takes up each recommendation in its own words ("Ook adviseert de Raad …") before saying
what is done: the opening sentence names the recommendation even where the rest of the paragraph shares few of its
words; and verdicts a legislative reply gives in the third person."""

from __future__ import annotations

import pytest

from weerwoord.core.analysis import alignment, by_paragraph, stance
from weerwoord.core.model import Recommendation, Reply, TextRun

RECS = [
    "de meldplicht voor zorgaanbieders gefaseerd in werking te laten treden, te beginnen met de grote instellingen",
    "in de wet een uitzondering op de meldplicht op te nemen voor zorgaanbieders die zelfstandig werken",
    "de voorgestelde boete voor zorgaanbieders die te laat melden te verlagen tot ten hoogste 2.500 euro",
]
REPLIES = [
    "De Raad adviseert om een uitzondering op de meldplicht voor zelfstandig werkende zorgaanbieders in de wet "
    "op te nemen. Dit advies is overgenomen: de meldplicht geldt niet voor zorgaanbieders zonder personeel.",
    "Ook adviseert de Raad de meldplicht gefaseerd in te voeren. Artikel 12 is daarop aangepast: eerst melden "
    "ziekenhuizen, een jaar later volgen de overige zorgaanbieders die onder de meldplicht vallen.",
    "Het advies om de boete voor zorgaanbieders die te laat melden te verlagen, neemt de regering niet over. De "
    "meldplicht verliest anders haar werking; zorgaanbieders kunnen wel bezwaar maken tegen een boete.",
]


def _judged(text: str, rec: str) -> str:
    marks = stance.find_marks(TextRun(text, []), "nl", rec)
    return stance.verdict(marks, text, "nl", rec)[0]


def test_a_paragraph_that_opens_with_the_recommendation_in_other_words_answers_it() -> None:
    recs = [Recommendation(str(k + 1), False, TextRun(t, [])) for k, t in enumerate(RECS)]
    replies = [Reply(f"p{k + 1}", None, TextRun(t, [])) for k, t in enumerate(REPLIES)]
    pairs, unmatched = alignment.align(recs, replies)
    got = {p.recommendation.number: p.reply.id if p.reply else None for p in pairs}
    assert got == {"1": "p2", "2": "p1", "3": "p3"}, got
    assert not unmatched


@pytest.mark.parametrize(
    ("text", "rec", "want"),
    [
        (
            "De adviezen over storingen en over het tijdstip van ontvangst van digitale stukken zijn beide "
            "overgenomen.",
            "een storingsregeling in de wet op te nemen",
            "agrees",
        ),
        # the government's own choice for another way, taken up by "Zij", in contrast to what it endorses
        (
            "De regering onderschrijft dat een gefaseerde invoering verstandig is. Zij kiest er echter voor de "
            "fasering niet per gerecht maar per soort procespartij in te richten.",
            "de verplichting gefaseerd in werking te laten treden, te beginnen met de kleinste gerechten",
            "partly",
        ),
        (
            "Naar aanleiding van het advies is een evaluatiebepaling opgenomen. De regering acht een termijn van "
            "drie jaar te kort en kiest voor een evaluatie binnen vijf jaar.",
            "een evaluatiebepaling op te nemen die een evaluatie binnen drie jaar voorschrijft",
            "partly",
        ),
    ],
)
def test_verdicts_of_a_reply_in_the_third_person(text: str, rec: str, want: str) -> None:
    assert _judged(text, rec) == want


def test_a_table_row_led_by_the_letters_it_answers() -> None:
    from weerwoord.core.analysis.table_replies import _row_numbers

    assert _row_numbers("A – Zwaardere eerste alarmering bij verhoogd risico") == ["A"]
    assert _row_numbers("E en F – NL-Alert en meertalige crisiscommunicatie") == ["E", "F"]
    assert _row_numbers("Een – streepje in de tekst") == []


@pytest.mark.parametrize(
    ("text", "rec", "want"),
    [
        # the board of a safety region or a municipal college answers as the government does
        (
            "Het bestuur acht het niet wenselijk dat de veiligheidsregio de ontruimingsplannen van parken opstelt.",
            "Stel voor de recreatieparken ontruimingsplannen op en begeleid de oefeningen.",
            "disagrees",
        ),
        (
            "Het bestuur onderschrijft het belang van gezamenlijk oefenen. Wij oefenen tweejaarlijks; een jaarlijkse "
            "oefening acht het bestuur gelet op de belasting van de vrijwilligers niet haalbaar.",
            "Oefen jaarlijks de inzet van de module samen met de buurregio's.",
            "partly",
        ),
    ],
)
def test_verdicts_of_a_board_or_college(text: str, rec: str, want: str) -> None:
    assert _judged(text, rec) == want


def test_places_named_with_uw_and_two_at_once(tmp_path) -> None:
    """A letter in prose that names the recommendations by their places: "Uw eerste aanbeveling …", "De tweede en
    de vierde aanbeveling …", and one named late in its first sentence
    ("…, waar u in uw derde aanbeveling om vraagt")."""
    from tests.core.pdfmaker import Pdf
    from weerwoord.core.analysis import sections
    from weerwoord.core.reading import reader

    pdf = Pdf()
    pdf.heading("Antwoord van de minister", 14)
    for text in (
        "Uw eerste aanbeveling vraagt om een gesprek vóór elke uitsluiting. Ik treed u daarin bij.",
        "De tweede en de vierde aanbeveling hangen nauw samen. Beide worden volledig uitgevoerd.",
        "Voor de oprichting van een onafhankelijke beroepscommissie, waar u in uw derde aanbeveling om vraagt, is "
        "overleg nodig.",
    ):
        pdf.paragraph(text)
    doc = reader.read_document(pdf.save(tmp_path / "r.pdf"))
    named = [r.numbers for r in by_paragraph.paragraph_replies(doc) if r.numbers] + [
        r.numbers for r in sections.find_replies(doc) if r.numbers
    ]
    for want in (["#1"], ["#2", "#4"], ["#3"]):
        assert want in named, named


def test_places_past_the_end_of_a_short_list_rule_that_list_out(tmp_path) -> None:
    """Recommendations 1–5 numbered on under three headings "Onze aanbevelingen"; the first two alone also make a
    list. A reply that names "uw vijfde aanbeveling" cannot be answering a list of two."""
    from tests.core.pdfmaker import Pdf
    from weerwoord.core.analysis.compare import compare

    advice = Pdf()
    advice.heading("Advies over tuchtmaatregelen op school", 16)
    groups = [
        [
            "Veranker in het decreet een herstelgericht gesprek vóór elke definitieve uitsluiting van een leerling.",
            "Zorg dat elke uitgesloten leerling binnen tien schooldagen in een nieuwe school is ingeschreven.",
        ],
        [
            "Schaf de mogelijkheid af om leerlingen jonger dan twaalf jaar definitief uit te sluiten van school.",
            "Verzamel jaarlijks cijfers over tijdelijke en definitieve uitsluitingen per school en maak ze openbaar.",
        ],
        ["Richt per scholengemeenschap een onafhankelijke beroepscommissie op met een leerling erin."],
    ]
    n = 0
    for k, group in enumerate(groups):
        advice.heading(f"{k + 2} Uitsluiting in de praktijk", 13)
        advice.paragraph("Scholen sluiten steeds vaker leerlingen uit, en niet altijd met een goede reden. " * 2)
        advice.heading("Onze aanbevelingen", 11)
        for text in group:
            n += 1
            advice.paragraph(text, label=f"{n}.")
    response = Pdf()
    response.heading("Antwoord van de Vlaamse minister van Onderwijs", 14)
    for text in (
        "Uw eerste aanbeveling vraagt om een herstelgericht gesprek. Ik treed u daarin bij en zal dit voorstellen.",
        "Uw tweede aanbeveling neem ik over: het CLB volgt de herinschrijving voortaan op.",
        "De derde en de vierde aanbeveling neem ik niet over; de bestaande procedure volstaat.",
        "Voor een onafhankelijke beroepscommissie, waar u in uw vijfde aanbeveling om vraagt, is overleg nodig.",
    ):
        response.paragraph(text)
    result = compare(advice.save(tmp_path / "a.pdf"), response.save(tmp_path / "r.pdf"))
    assert [p.number for p in result.pairs] == ["1", "2", "3", "4", "5"], [p.number for p in result.pairs]
