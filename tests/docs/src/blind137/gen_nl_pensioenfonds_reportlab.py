"""Round 137 (nl): the annual OORDEEL of the (invented) VERANTWOORDINGSORGAAN of a pension fund on the board's conduct
in 2025, its seven recommendations CODED 'A1'-'A7' as hanging bold labels, after findings coded 'B1'-'B5' in exactly
the same style; answered by the board's LETTER with INLINE LABELS 'Ad A4.' etc. in another order, one paragraph
('Ad A2 en A6.') answering two recommendations with different verdicts (one recommendation never answered).

Advice (reportlab, sans, petrol headings, running head from p. 2, 'pagina n van m'): the Pensioenwet paraphrased with
'moet' (trap), findings B1-B5 (trap), the 2024 recommendation quoted as an imperative (carried out, trap), 'Het
verantwoordingsorgaan beveelt niet aan om' (trap), a closing line naming 'A3 en A5' (trap). Response (reportlab):
A4 agrees, A1 agrees, A2 partly + A6 agrees (one paragraph), A3 disagrees, A5 noted; A7 unanswered; introduction,
'Jaarverslag' and closing answer nothing. All bodies, places, people, figures and reference numbers invented; laws
named as context only.

Run: /tmp/blind137nl/bin/python tests/docs/src/blind137/gen_nl_pensioenfonds_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b137nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind137_nl_pensioenfonds"
FS = B.tmp_fonts()
for key, suf in (("Regular", ""), ("Bold", "-B"), ("Italic", "-I"), ("Bold Italic", "-BI")):
    pdfmetrics.registerFont(TTFont("S" + suf, FS[key]))
addMapping("S", 0, 0, "S")
addMapping("S", 1, 0, "S-B")
addMapping("S", 0, 1, "S-I")
addMapping("S", 1, 1, "S-BI")

INK = colors.HexColor("#0f5563")
GREY = colors.HexColor("#555555")
BODY = ParagraphStyle("body", fontName="S", fontSize=9.5, leading=13.6, spaceAfter=5)
ITEM = ParagraphStyle("item", parent=BODY, spaceAfter=0)
LAB = ParagraphStyle("lab", parent=BODY, fontName="S-B", textColor=INK, spaceAfter=0)
SMALL = ParagraphStyle("small", fontName="S", fontSize=8, leading=10.5, textColor=GREY)
TITLE = ParagraphStyle("t", fontName="S-B", fontSize=15.5, leading=19.5, textColor=INK, spaceAfter=4)
H2 = ParagraphStyle("h2", fontName="S-B", fontSize=11.2, leading=15, textColor=INK, spaceBefore=8, spaceAfter=3,
                    keepWithNext=True)
QUOTE = ParagraphStyle("q", parent=BODY, fontName="S-I", leftIndent=9 * mm, rightIndent=8 * mm, textColor=GREY)


def page_fn(head, of_m):
    def fn(canv, doc):
        canv.saveState()
        canv.setFont("S", 7.2)
        canv.setFillColor(GREY)
        if doc.page > 1:
            canv.drawString(21 * mm, A4[1] - 12 * mm, head)
            canv.setStrokeColor(INK)
            canv.setLineWidth(0.5)
            canv.line(21 * mm, A4[1] - 13.5 * mm, A4[0] - 21 * mm, A4[1] - 13.5 * mm)
        canv.drawRightString(A4[0] - 21 * mm, 10 * mm, f"pagina {doc.page} van {of_m}" if of_m else
                             f"pagina {doc.page}")
        canv.restoreState()
    return fn


def build(story, pdfname, head, title, author, of_m=None):
    doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=21 * mm, rightMargin=21 * mm,
                            topMargin=19 * mm, bottomMargin=18 * mm, title=title, author=author,
                            creator="reportlab")
    doc.build(story, onFirstPage=page_fn(head, of_m), onLaterPages=page_fn(head, of_m))


def P(t, s=BODY):
    return Paragraph(t, s)


def coded(code, text):
    """A hanging code label (B1 ..., A1 ...) in a borderless two-column table."""
    t = Table([[P(code, LAB), P(text, ITEM)]], colWidths=[12 * mm, 156 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return t


def advice():
    s = [P("Stichting Pensioenfonds Scheepsbouw en Techniek Noord (PSTN) - Verantwoordingsorgaan", SMALL),
         Spacer(1, 5),
         P("Oordeel van het verantwoordingsorgaan over 2025", TITLE),
         P("Kenmerk VO-PSTN/2026/02 - vastgesteld op 22 april 2026 - aan het bestuur van Stichting Pensioenfonds "
           "Scheepsbouw en Techniek Noord, Havenkade 14, Delfhoven", SMALL),
         Spacer(1, 6),
         P("1  Inleiding", H2),
         P("Het verantwoordingsorgaan (VO) van PSTN telt zes leden: drie namens de deelnemers, twee namens de "
           "gepensioneerden en één namens de werkgevers. Volgens de Pensioenwet moet het bestuur verantwoording "
           "afleggen aan het verantwoordingsorgaan over het gevoerde beleid, en moet het VO een oordeel geven dat "
           "in het jaarverslag wordt opgenomen. Het VO baseert zich op het concept-jaarverslag 2025, de "
           "notulen van het bestuur, het rapport van de certificerend actuaris en drie gesprekken met het "
           "dagelijks bestuur."),
         P("2  Bevindingen", H2),
         coded("B1", "De beleidsdekkingsgraad steeg in 2025 van 112,4 naar 118,9 procent. Het fonds kon de pensioenen "
                     "per 1 januari 2026 met 2,1 procent verhogen."),
         coded("B2", "De uitvoeringskosten stegen naar 412 euro per deelnemer, vooral door de voorbereiding op de "
                     "nieuwe pensioenregeling. Vergelijkbare fondsen zitten rond de 290 euro."),
         coded("B3", "Het fonds wil per 1 januari 2027 overstappen naar de nieuwe regeling en de opgebouwde "
                     "pensioenen invaren. Van de 23.400 deelnemers bezochten er 1.150 een van de informatieavonden."),
         coded("B4", "Het beleggingsbeleid sluit producenten van wapens en tabak uit, maar nog geen bedrijven die "
                     "steenkool of olie uit teerzanden winnen."),
         coded("B5", "Het bestuur koos in 2025 een nieuwe uitvoeringsorganisatie zonder het VO daar vooraf over te "
                     "horen; het VO werd pas achteraf geïnformeerd."),
         P("Opvolging van de aanbevelingen over 2024", H2),
         P("Vorig jaar schreef het verantwoordingsorgaan:"),
         P("'Leg in het communicatiebeleid vast hoe deelnemers die niet digitaal vaardig zijn, worden bereikt.'",
           QUOTE),
         P("Het bestuur heeft dit in 2025 gedaan: deelnemers kunnen nu alle brieven op papier ontvangen en er is een "
           "telefonisch spreekuur. Het VO beschouwt deze aanbeveling als afgehandeld."),
         P("3  Oordeel", H2),
         P("Het verantwoordingsorgaan oordeelt positief over het handelen van het bestuur in 2025, over het "
           "uitgevoerde beleid en over de beleidskeuzes voor de toekomst. Het bestuur heeft de overstap naar de "
           "nieuwe regeling zorgvuldig voorbereid. Het VO beveelt niet aan om die overstap uit te stellen tot 2028: "
           "het fonds is er klaar voor en uitstel kost de deelnemers geld. Wel heeft het VO de volgende "
           "aanbevelingen."),
         P("4  Aanbevelingen", H2),
         coded("A1", "Stuur iedere deelnemer vóór 1 oktober 2026 een persoonlijk overzicht van wat het invaren voor "
                     "zijn of haar pensioen betekent, met een voorbeeld in euro's per maand."),
         coded("A2", "Breid de uitsluitingslijst uit met bedrijven die steenkool of olie uit teerzanden winnen, en "
                     "doe dat nog in 2026."),
         coded("A3", "Stel een concreet doel om de uitvoeringskosten in drie jaar terug te brengen naar het niveau "
                     "van vergelijkbare fondsen."),
         coded("A4", "Betrek het verantwoordingsorgaan voortaan vooraf bij de keuze van een uitvoeringsorganisatie "
                     "of vermogensbeheerder."),
         coded("A5", "Zorg dat de solidariteitsreserve bij de start van de nieuwe regeling ten minste 5 procent van "
                     "het pensioenvermogen bedraagt."),
         coded("A6", "Laat het bestuur zijn eigen functioneren voortaan elk jaar evalueren onder leiding van een "
                     "externe begeleider."),
         coded("A7", "Maak de vergoedingen van de bestuursleden en de leden van het VO per persoon bekend op de "
                     "website van het fonds."),
         P("5  Tot slot", H2),
         P("Het VO vraagt het bestuur om vooral op A3 en A5 uitgebreid te reageren, omdat die de deelnemers direct "
           "raken. Het VO dankt het bestuur en het bestuursbureau voor de open gesprekken."),
         P("Namens het verantwoordingsorgaan,<br/>drs. H.M. Wiersema, voorzitter<br/>J. de Boer-Smit, secretaris")]
    build(s, NAME + "_advice.pdf", "Verantwoordingsorgaan PSTN - oordeel over 2025 - VO-PSTN/2026/02",
          "Oordeel verantwoordingsorgaan 2025", "Verantwoordingsorgaan PSTN", of_m=2)


def response():
    s = [P("Stichting Pensioenfonds Scheepsbouw en Techniek Noord - Bestuur", SMALL),
         Spacer(1, 5),
         P("Reactie van het bestuur op het oordeel van het verantwoordingsorgaan over 2025", TITLE),
         P("Aan het verantwoordingsorgaan, t.a.v. drs. H.M. Wiersema - ons kenmerk BST/2026/0561 - Delfhoven, "
           "19 mei 2026", SMALL),
         Spacer(1, 8),
         P("Geachte heer Wiersema,"),
         P("Het bestuur dankt het verantwoordingsorgaan voor het zorgvuldige oordeel en de prettige samenwerking "
           "in het afgelopen jaar. Wij hebben uw aanbevelingen besproken in de bestuursvergadering van 12 mei. "
           "Hieronder reageren wij per aanbeveling."),
         P("<b>Ad A4.</b> Het bestuur erkent dat het VO bij de keuze van de nieuwe uitvoeringsorganisatie te laat "
           "is betrokken. Wij leggen in het reglement vast dat het VO voortaan vooraf om advies wordt gevraagd bij "
           "elke selectie van een uitvoerder of een vermogensbeheerder."),
         P("<b>Ad A1.</b> Dit nemen wij over. Het persoonlijke transitieoverzicht gaat in september 2026 naar alle "
           "deelnemers, met een rekenvoorbeeld in bruto euro's per maand en een telefoonnummer voor vragen."),
         P("<b>Ad A2 en A6.</b> Het bestuur besluit om bedrijven die steenkool winnen met ingang van 1 januari 2027 "
           "uit te sluiten. Voor teerzanden ontbreken nog betrouwbare gegevens; de vermogensbeheerder onderzoekt "
           "dit en het bestuur besluit er in 2028 over. De jaarlijkse zelfevaluatie van het bestuur wordt vanaf "
           "dit najaar begeleid door een extern bureau, zoals u voorstelt."),
         P("<b>Ad A3.</b> Het bestuur begrijpt de zorg over de kosten, maar legt geen streefbedrag vast. Een groot "
           "deel van de kosten hangt samen met de transitie en valt na 2027 weg; een vast doel zou ons dwingen te "
           "bezuinigen op de communicatie met deelnemers, en dat vinden wij onverstandig."),
         P("<b>Ad A5.</b> De omvang van de solidariteitsreserve is onderdeel van het transitieplan, waarover de "
           "sociale partners en De Nederlandsche Bank nog overleggen. Het bestuur neemt uw aanbeveling mee in dat "
           "overleg, maar kan nu nog geen percentage toezeggen."),
         P("<b>Jaarverslag.</b> Uw oordeel wordt integraal opgenomen in het jaarverslag 2025, dat op 30 juni 2026 "
           "wordt gepubliceerd."),
         P("Wij zien uit naar de verdere samenwerking in het transitiejaar."),
         P("Met vriendelijke groet,<br/>namens het bestuur,<br/>ir. C.A. Postma, voorzitter<br/>"
           "mr. R. Doornbos, secretaris")]
    build(s, NAME + "_response.pdf", "PSTN - reactie bestuur - BST/2026/0561", "Reactie bestuur op oordeel VO 2025",
          "Bestuur PSTN")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        ("A1", "Stuur iedere deelnemer vóór 1 oktober 2026 een persoonlijk overzicht",
         "gaat in september 2026 naar alle deelnemers", "agrees"),
        ("A2", "Breid de uitsluitingslijst uit met bedrijven die steenkool of olie",
         "het bestuur besluit er in 2028 over", "partly"),
        ("A3", "Stel een concreet doel om de uitvoeringskosten in drie jaar",
         "de kosten, maar legt geen streefbedrag vast", "disagrees"),
        ("A4", "Betrek het verantwoordingsorgaan voortaan vooraf bij de keuze van een uitvoeringsorganisatie",
         "Wij leggen in het reglement vast dat het VO", "agrees"),
        ("A5", "Zorg dat de solidariteitsreserve bij de start van de nieuwe",
         "kan nu nog geen percentage toezeggen", "noted"),
        ("A6", "Laat het bestuur zijn eigen functioneren voortaan elk jaar evalueren",
         "wordt vanaf dit najaar begeleid door een extern bureau", "agrees"),
        ("A7", "Maak de vergoedingen van de bestuursleden en de leden van", None, "unanswered"),
    ], ["dankt het verantwoordingsorgaan voor het zorgvuldige oordeel",
        "dat op 30 juni 2026 wordt gepubliceerd",
        "Wij zien uit naar de verdere samenwerking"],
        "Advice: the annual judgement (oordeel) of a pension fund's accountability body (verantwoordingsorgaan) on "
        "the board's conduct in 2025; the seven recommendations are CODED 'A1'-'A7' as hanging bold labels under "
        "'4 Aanbevelingen'. Traps: findings coded 'B1'-'B5' in exactly the same style, the Pensioenwet paraphrased "
        "with 'moet', the 2024 recommendation quoted as an imperative (carried out), 'Het VO beveelt niet aan om die "
        "overstap uit te stellen tot 2028', a closing line naming 'A3 en A5'. Response: the board's letter with "
        "INLINE LABELS in another order: 'Ad A4.' agrees (VO consulted beforehand, laid down in the rules), 'Ad A1.' "
        "agrees (personal overview in September 2026), 'Ad A2 en A6.' ONE paragraph = A2 partly (coal excluded from "
        "2027, tar sands decided in 2028) + A6 agrees (external facilitator), 'Ad A3.' disagrees (no target set), "
        "'Ad A5.' noted (taken into the talks, no percentage promised). A7 (publish the fees) is never answered. "
        "Introduction, 'Jaarverslag.' and closing answer nothing.")
    print("written", NAME)
