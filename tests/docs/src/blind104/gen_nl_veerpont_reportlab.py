"""Round 104 (nl): the ADVIES of a REIZIGERSOVERLEG of a fiets- en voetveer (veerpont) on the operator's
concept-vervoerplan 2027, answered by the veerdienst directeur's LETTER citing the advice's paragraph numbers.

Advice (reportlab, serif, navy top band on p. 1, running head from p. 2, 'pagina n'): numbered findings 4.1-4.4
with 'moet' (concessievoorwaarden art. 3), the 2024 advice quoted with 'moet', a passenger table; the
recommendations are the PARAGRAPHS 5.1-5.7 of section '5 Advies'. Response: letter, order 5.4, 5.2+5.3, 5.6, 5.1,
5.5; 5.7 unanswered. All bodies, people and figures are invented.

Run: /tmp/blind104nl/bin/python tests/docs/src/blind104/gen_nl_veerpont_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b104nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind104_nl_veerpont"
F = B.tmp_fonts(f"B{B.ROUND}NL Serif", B.SERIF_FILES)
pdfmetrics.registerFont(TTFont("R", F["Regular"]))
pdfmetrics.registerFont(TTFont("RB", F["Bold"]))
pdfmetrics.registerFont(TTFont("RI", F["Italic"]))
pdfmetrics.registerFontFamily("R", normal="R", bold="RB", italic="RI", boldItalic="RB")
NAVY = colors.HexColor("#1d3557")
body = ParagraphStyle("b", fontName="R", fontSize=9.6, leading=13.4, spaceAfter=6)
h2 = ParagraphStyle("h2", fontName="RB", fontSize=11, leading=14, textColor=NAVY, spaceBefore=8, spaceAfter=4)
small = ParagraphStyle("s", parent=body, fontSize=8.3, leading=11)
quote = ParagraphStyle("q", parent=body, fontName="RI", leftIndent=20, rightIndent=20)
num = ParagraphStyle("n", parent=body, leftIndent=30, bulletIndent=0)
P = lambda t, s=body: Paragraph(t, s)  # noqa: E731


def N(n, text):
    return Paragraph(text, num, bulletText=n)


def deco(head, org, sub):
    def on_page(c, doc):
        c.saveState()
        if doc.page == 1:
            c.setFillColor(NAVY)
            c.rect(0, A4[1] - 70, A4[0], 70, fill=1, stroke=0)
            c.setFillColor(colors.white)
            c.setFont("RB", 14)
            c.drawString(58, A4[1] - 36, org)
            c.setFont("R", 8.2)
            c.drawString(58, A4[1] - 52, sub)
        else:
            c.setFont("RI", 7.6)
            c.setFillColor(colors.HexColor("#555555"))
            c.drawString(58, A4[1] - 34, head)
            c.setStrokeColor(NAVY)
            c.line(58, A4[1] - 39, A4[0] - 58, A4[1] - 39)
        c.setFont("R", 7.6)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawRightString(A4[0] - 58, 26, "pagina %d" % doc.page)
        c.restoreState()
    return on_page


def build(pdfname, story, head, org, sub):
    doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=58, rightMargin=58, topMargin=92,
                            bottomMargin=50, title=head)
    f = deco(head, org, sub)
    doc.build(story, onFirstPage=f, onLaterPages=f)


adv = [
    P("Aan de directie van Veerdienst Lekdelta B.V.<br/>t.a.v. mevrouw drs. J.C. Bosboom, directeur<br/>"
      "Afschrift: gedeputeerde Mobiliteit en de gemeenten Lobbenhoek en Stroomwaard", small),
    Spacer(1, 4),
    P("Lobbenhoek, 14 oktober 2026<br/>Ons kenmerk: RO-VL/2026/09<br/>Onderwerp: advies over het "
      "concept-vervoerplan 2027 van het fiets- en voetveer Lobbenhoek - Stroomwaard", small),
    P("Advies van het Reizigersoverleg Veerdiensten Lekdelta", h2),
    P("1  Aanleiding", h2),
    P("Op 2 september 2026 ontvingen wij het concept-vervoerplan 2027 voor het fiets- en voetveer tussen "
      "Lobbenhoek en Stroomwaard, met het verzoek om vóór 15 oktober advies uit te brengen. Het reizigersoverleg "
      "bestaat uit vertegenwoordigers van de Fietsersbond, de scholengemeenschap De Waard, de dorpsraden van "
      "beide oevers en twee vaste gebruikers. Wij brengen dit advies uit op grond van artikel 11 van de "
      "concessievoorwaarden."),
    P("2  Werkwijze", h2),
    P("Wij bespraken het concept in twee vergaderingen, hielden op 23 september een enquête aan boord (312 "
      "ingevulde formulieren) en spraken met de schippers over de praktische uitvoering."),
    P("3  Gebruik van het veer", h2),
]
t = Table([["", "2024", "2025", "2026 (t/m aug.)"],
           ["Overzettingen fietsers", "148.200", "156.900", "118.400"],
           ["waarvan e-bikes en bakfietsen", "41.300", "52.100", "44.800"],
           ["Voetgangers", "22.700", "21.900", "15.300"],
           ["Uitval door hoog water (dagen)", "6", "11", "4"]],
          colWidths=[190, 70, 70, 90])
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "R", 8.6), ("FONT", (0, 0), (-1, 0), "RB", 8.6),
                       ("LINEBELOW", (0, 0), (-1, 0), 0.6, NAVY), ("LINEBELOW", (0, -1), (-1, -1), 0.6, NAVY),
                       ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
adv += [t, Spacer(1, 8), P("4  Bevindingen", h2),
        N("4.1", "Het gebruik groeit vooral in de spits. Op werkdagen tussen 7.00 en 8.00 uur moeten fietsers "
          "regelmatig een afvaart wachten, omdat de pont vol is."),
        N("4.2", "Volgens artikel 3 van de concessievoorwaarden moet de vervoerder de dienstregeling afstemmen op "
          "de aansluiting op het openbaar vervoer. De eerste afvaart van 6.30 uur sluit niet aan op de trein van "
          "6.42 uur in Stroomwaard."),
        N("4.3", "Het concept voert een toeslag van € 0,50 in voor e-bikes en bakfietsen. Veel scholieren rijden "
          "op een e-bike; voor hen stijgt de prijs van een overtocht met ruim 40 procent."),
        N("4.4", "In ons advies van 2024 schreven wij al: 'De vervoerder moet reizigers tijdig informeren als de "
          "pont door hoog water niet vaart.' In 2025 hoorden reizigers op elf dagen pas aan de oever dat de pont "
          "niet voer."),
        P("5  Advies", h2),
        P("Het reizigersoverleg adviseert de directie als volgt."),
        N("5.1", "Vervroeg de eerste afvaart op werkdagen van 6.30 uur naar 6.00 uur, zodat scholieren en "
          "forensen de trein van 6.42 uur in Stroomwaard halen."),
        N("5.2", "Laat de pont in de maanden juni tot en met augustus dagelijks varen tot 22.00 uur in plaats van "
          "tot 20.00 uur."),
        N("5.3", "Zie af van de toeslag voor e-bikes en bakfietsen en houd het losse tarief voor iedere fietser "
          "op € 1,20."),
        N("5.4", "Maak betalen met de bankpas en met de telefoon aan boord mogelijk, naast betalen met contant "
          "geld."),
        N("5.5", "Richt de wachtplaats aan de oever van Stroomwaard in met een overkapping, een bank en een "
          "fietsenrek."),
        N("5.6", "Meld uitval van de pont door hoog water of storing voortaan via een sms-dienst en de website, "
          "zo mogelijk uiterlijk een uur voor de geplande afvaart."),
        N("5.7", "Betrek het reizigersoverleg vanaf het begin bij de aanbesteding van de nieuwe elektrische pont "
          "die in 2028 in dienst moet komen."),
        P("Wij vragen u om binnen acht weken schriftelijk op dit advies te reageren, zoals artikel 11, derde lid, "
          "van de concessievoorwaarden voorschrijft. Wij zijn graag bereid het advies toe te lichten."),
        Spacer(1, 6),
        P("Namens het Reizigersoverleg Veerdiensten Lekdelta,<br/><br/>W.H. van Dort, voorzitter<br/>"
          "mr. S. Elzinga-Kok, secretaris")]
build(NAME + "_advice.pdf", adv, "Reizigersoverleg Veerdiensten Lekdelta - advies RO-VL/2026/09 over het "
      "vervoerplan 2027", "Reizigersoverleg Veerdiensten Lekdelta",
      "Secretariaat: Dijkstraat 41, 4231 BK Lobbenhoek  |  reizigersoverleg@veerlekdelta.nl")

resp = [
    P("Reizigersoverleg Veerdiensten Lekdelta<br/>t.a.v. de heer W.H. van Dort, voorzitter<br/>Dijkstraat 41<br/>"
      "4231 BK Lobbenhoek", small),
    Spacer(1, 8),
    P("Stroomwaard, 2 december 2026<br/>Uw kenmerk: RO-VL/2026/09<br/>Ons kenmerk: VL/DIR/2026-188<br/>"
      "Onderwerp: reactie op uw advies over het vervoerplan 2027", small),
    Spacer(1, 8),
    P("Geachte heer Van Dort,"),
    P("Hartelijk dank voor uw advies van 14 oktober en voor de enquête die u aan boord heeft gehouden. De "
      "uitkomsten hebben wij met de schippers en met de provincie besproken. Hieronder leest u wat wij met uw "
      "adviezen doen; het definitieve vervoerplan 2027 is op 28 november door de provincie goedgekeurd."),
    P("<b>Betalen aan boord (advies 5.4)</b>", body),
    P("Sinds 1 oktober 2026 staat op beide pontjes een betaalautomaat waarmee met de bankpas en de telefoon "
      "kan worden betaald. Contant betalen blijft mogelijk."),
    P("<b>Vaartijden in de zomer en het tarief (adviezen 5.2 en 5.3)</b>", body),
    P("In juli en augustus vaart de pont in 2027 tot 21.00 uur; een avonddienst tot 22.00 uur in juni is met de "
      "huidige bemanning niet haalbaar. De toeslag voor e-bikes en bakfietsen handhaven wij wel: deze "
      "fietsen vragen meer ruimte aan boord en veroorzaken meer slijtage aan de klep. Scholieren met een "
      "schoolabonnement merken de toeslag overigens niet."),
    P("<b>Informatie bij uitval (advies 5.6)</b>", body),
    P("Wij nemen dit advies over. Vanaf 1 januari 2027 kunnen reizigers zich aanmelden voor een sms-bericht "
      "bij uitval; hetzelfde bericht verschijnt op de website en op het scherm bij de oprit."),
    P("<b>Eerste afvaart (advies 5.1)</b>", body),
    P("Ook dit advies volgen wij: in de dienstregeling 2027 vertrekt de eerste pont op werkdagen om 6.00 uur "
      "uit Lobbenhoek, zodat de aansluiting op de trein van 6.42 uur is verzekerd."),
    P("<b>Wachtplaats Stroomwaard (advies 5.5)</b>", body),
    P("De oever bij Stroomwaard is eigendom van het waterschap. Wij hebben uw voorstel aan het waterschap "
      "voorgelegd en zullen in overleg met het waterschap bezien wat daar mogelijk is."),
    P("<b>Onderhoud in januari</b>", body),
    P("Van 11 tot en met 22 januari 2027 gaat de pont voor het vijfjaarlijkse onderhoud naar de werf in "
      "Hardinxveld. In die periode vaart een vervangend vaartuig met plaats voor twintig fietsen."),
    P("Wij waarderen de betrokkenheid van het reizigersoverleg en zien uit naar uw volgende vergadering, "
      "waarvoor wij graag weer aanschuiven."),
    P("Met vriendelijke groet,<br/><br/>drs. J.C. Bosboom<br/>directeur Veerdienst Lekdelta B.V."),
]
build(NAME + "_response.pdf", resp, "Veerdienst Lekdelta - reactie op advies RO-VL/2026/09",
      "Veerdienst Lekdelta B.V.", "Veerweg 2, 4233 AP Stroomwaard  |  info@veerdienstlekdelta.nl  |  "
      "KvK 60123987")

B.write_expected(NAME, [
    (1, "Vervroeg de eerste afvaart op werkdagen van 6.30 uur naar", "eerste pont op werkdagen om 6.00 uur",
     "agrees"),
    (2, "Laat de pont in de maanden juni tot en met augustus", "In juli en augustus vaart de pont in 2027",
     "partly"),
    (3, "Zie af van de toeslag voor e-bikes en bakfietsen", "De toeslag voor e-bikes en bakfietsen handhaven wij",
     "disagrees"),
    (4, "Maak betalen met de bankpas en met de telefoon aan boord", "staat op beide pontjes een betaalautomaat",
     "agrees"),
    (5, "Richt de wachtplaats aan de oever van Stroomwaard in", "Wij hebben uw voorstel aan het waterschap",
     "noted"),
    (6, "Meld uitval van de pont door hoog water of storing voortaan",
     "kunnen reizigers zich aanmelden voor een sms-bericht", "agrees"),
    (7, "Betrek het reizigersoverleg vanaf het begin bij de aanbesteding", None, "unanswered"),
], [
    "Hartelijk dank voor uw advies van 14 oktober",
    "gaat de pont voor het vijfjaarlijkse onderhoud naar de werf",
    "Wij waarderen de betrokkenheid van het reizigersoverleg",
], "Advice: reizigersoverleg of a fiets- en voetveer on the operator's concept-vervoerplan; a passenger table, "
   "numbered findings 4.1-4.4 (concessievoorwaarden art. 3 'moet', the 2024 advice quoted with 'moet', a 'toeslag' "
   "figure), art. 11 reply deadline; recommendations the numbered PARAGRAPHS 5.1-5.7 of section '5 Advies' "
   "(expected 1-7 = 5.1-5.7). Response: letter with bold headings citing '(advies 5.n)', order 5.4, 5.2+5.3, 5.6, "
   "5.1, 5.5; 'Vaartijden in de zomer en het tarief' = 5.2 partly (till 21.00 in July-August) + 5.3 disagrees "
   "(toeslag kept); 5.4 agrees (done since 1 October); 5.6 agrees; 5.1 agrees; 5.5 noted (put to the "
   "waterschap); 5.7 (aanbesteding) unanswered; the opening, 'Onderhoud in januari' and the closing answer nothing.")
print("wrote", NAME)
