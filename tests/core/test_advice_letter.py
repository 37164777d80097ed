"""An advice letter on a draft bill (Adviescollege Toetsing Regeldruk, Raad van State): its recommendations are
bold sentences "ATR adviseert …" in 1.5 line spacing, its dictum ("adviseert het wetsvoorstel in te dienen") is no
recommendation, and the explanatory memorandum answers them in the paragraphs of one section."""

from __future__ import annotations

from pathlib import Path

from tests.core.pdfmaker import Pdf
from weerwoord.core.analysis import compare
from weerwoord.core.reading import reader

BODY = (
    "Werkgevers leggen de gegevens over verzuim en re-integratie nu al vast in verzuimsystemen van hun arbodienst. "
    "Het voorstel vraagt om een nieuw digitaal formulier bij UWV, waarin dezelfde gegevens opnieuw moeten worden "
    "ingevoerd door de werkgever."
)
ADVISES = [
    "ATR adviseert in de toelichting te onderbouwen waarom de bestaande verplichtingen uit de Wet verbetering "
    "poortwachter niet volstaan en welk probleem het voorstel precies oplost.",
    "ATR adviseert werkgevers met minder dan vijfentwintig werknemers toe te staan de taken van de casemanager te "
    "beleggen bij hun arbodienst of bedrijfsarts.",
    "ATR adviseert de invoeringstermijn te verlengen tot ten minste twaalf maanden na publicatie in het Staatsblad.",
]


MEMORANDUM = "\n\n".join(
    [
        "MEMORIE VAN TOELICHTING",
        "1. Inleiding",
        "Dit wetsvoorstel strekt ertoe de re-integratie van zieke werknemers in het eerste ziektejaar te "
        "versterken en het toezicht van UWV te vervroegen.",
        "2. Financiële gevolgen",
        "De uitvoeringskosten voor UWV bedragen structureel dertien miljoen euro per jaar en worden gedekt "
        "binnen de begroting.",
        "3. Advies en consultatie",
        "Het ATR heeft op 14 maart 2025 advies uitgebracht. Hieronder wordt op de adviespunten ingegaan.",
        "Het ATR mist een onderbouwing waarom de bestaande verplichtingen uit de Wet verbetering poortwachter "
        "niet volstaan. Naar aanleiding van dit advies is de toelichting aangevuld met die onderbouwing.",
        "Het advies om kleine werkgevers toe te staan de taken van de casemanager bij hun arbodienst of "
        "bedrijfsarts te beleggen, is niet overgenomen: juist daar ontbreekt het aan iemand die de "
        "re-integratie bewaakt.",
        "Het advies over de invoeringstermijn is overgenomen: de wet treedt twaalf maanden na publicatie in "
        "het Staatsblad in werking.",
        "4. Inwerkingtreding",
        "De wet treedt in werking op een vast verandermoment en wordt binnen vijf jaar geëvalueerd.",
    ]
)


def _advice(path: Path) -> Path:
    pdf = Pdf(leading=1.55)  # 1.5 line spacing: the white between lines is half a line
    pdf.heading("Advies over het conceptwetsvoorstel")
    pdf.paragraph(
        "ATR adviseert het wetsvoorstel in te dienen, nadat met de adviespunten in deze brief rekening is gehouden."
    )
    for advice in ADVISES:
        pdf.paragraph(BODY)
        pdf.paragraph(advice, bold=True)
    pdf.heading("Dictum")
    pdf.paragraph(
        "ATR adviseert het wetsvoorstel in te dienen, nadat met de bovenstaande adviespunten rekening is gehouden."
    )
    return pdf.save(path)


def test_a_bold_sentence_in_wide_leading_is_one_paragraph_not_headings(tmp_path: Path) -> None:
    doc = reader.read_document(_advice(tmp_path / "advies.pdf"))
    bold = [b for b in doc.blocks if b.bold]
    for advice in ADVISES:
        found = [b for b in bold if b.text == advice]
        assert len(found) == 1, [b.text for b in bold]
        assert found[0].kind == "paragraph"  # a sentence over lines, not a heading per line
    plain = [b for b in doc.blocks if b.text == BODY]
    assert len(plain) == 3  # the plain paragraphs in the same leading are whole too


def test_the_memorandum_answers_the_bold_advices_and_not_the_dictum(tmp_path: Path) -> None:
    advice = _advice(tmp_path / "advies.pdf")
    response = tmp_path / "memorie.txt"
    response.write_text(MEMORANDUM, encoding="utf-8")
    result = compare.compare(advice, response)
    assert [p.recommendation.text for p in result.pairs] == ADVISES
    # the section "Advies en consultatie" answers all three, a paragraph each: each its own part, its own verdict
    openings = {"1": "Het ATR mist", "2": "Het advies om", "3": "Het advies over"}
    for p in result.pairs:
        assert p.reply is not None
        own = " ".join(p.reply.run.text[a:b] for a, b in p.parts)
        assert openings[p.number] in own
        assert not any(words in own for n, words in openings.items() if n != p.number), (p.number, own)
    verdicts = {p.number: p.verdict for p in result.pairs}
    assert verdicts == {"1": "agrees", "2": "disagrees", "3": "agrees"}, [(p.number, p.reason) for p in result.pairs]
