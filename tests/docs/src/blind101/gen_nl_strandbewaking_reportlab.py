"""Round 101 (nl): the EVALUATIE STRANDBEWAKINGSSEIZOEN of a Dutch coastal REDDINGSBRIGADE to the burgemeester,
answered by the burgemeester's REACTIEBRIEF (paraphrase only, no letters).

Advice (reportlab, sans, blue side stripe letterhead, running head from p. 2, 'blad n'): incident table, findings
bullets, the 2022 advice quoted with 'moet', strandverordening art. 2.4 'moet'; the recommendations are LETTERED
a-g in a shaded box. Response: letter, order c, a+e, g, b, f; d unanswered. All invented.

Run: /tmp/blind101nl/bin/python tests/docs/src/blind101/gen_nl_strandbewaking_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b101nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind101_nl_strandbewaking"
F = B.tmp_fonts()
pdfmetrics.registerFont(TTFont("S", F["Regular"]))
pdfmetrics.registerFont(TTFont("SB", F["Bold"]))
pdfmetrics.registerFont(TTFont("SI", F["Italic"]))
pdfmetrics.registerFontFamily("S", normal="S", bold="SB", italic="SI", boldItalic="SB")
BLUE = colors.HexColor("#1d4f91")
body = ParagraphStyle("b", fontName="S", fontSize=9.6, leading=13.4, spaceAfter=6)
h2 = ParagraphStyle("h2", fontName="SB", fontSize=11, leading=14, textColor=BLUE, spaceBefore=8, spaceAfter=4)
small = ParagraphStyle("s", parent=body, fontSize=8.2, leading=11)
quote = ParagraphStyle("q", parent=body, fontName="SI", leftIndent=18, rightIndent=18)
bul = ParagraphStyle("bl", parent=body, leftIndent=14, bulletIndent=4)
rec = ParagraphStyle("r", parent=body, leftIndent=18, firstLineIndent=-18, spaceAfter=5)
P = lambda t, s=body: Paragraph(t, s)  # noqa: E731


def deco(head, org, sub):
    def on_page(c, doc):
        c.saveState()
        c.setFillColor(BLUE)
        c.rect(0, 0, 14, A4[1], fill=1, stroke=0)
        if doc.page == 1:
            c.setFillColor(BLUE)
            c.setFont("SB", 14)
            c.drawString(60, A4[1] - 44, org)
            c.setFont("S", 8.3)
            c.setFillColor(colors.HexColor("#444444"))
            c.drawString(60, A4[1] - 57, sub)
            c.line(60, A4[1] - 63, A4[0] - 60, A4[1] - 63)
        else:
            c.setFont("S", 7.5)
            c.setFillColor(colors.HexColor("#555555"))
            c.drawString(60, A4[1] - 34, head)
        c.setFont("S", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawRightString(A4[0] - 60, 28, "blad %d" % doc.page)
        c.restoreState()
    return on_page


def build(pdfname, story, head, org, sub):
    doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=60, rightMargin=60, topMargin=84,
                            bottomMargin=52, title=head)
    f = deco(head, org, sub)
    doc.build(story, onFirstPage=f, onLaterPages=f)


RECS = [
    ("a.", "Verleng de bewakingsperiode tot en met de derde zondag van september, zodat ook de nazomerweekenden "
           "bewaakt zijn."),
    ("b.", "Richt bij strandopgang 14 (Noordslag) in juli en augustus een tweede vaste bewaakte post in, met "
           "ten minste twee lifeguards."),
    ("c.", "Vervang vóór het seizoen 2027 de twee verouderde waterscooters door één nieuwe reddingsjetski met "
           "brancard."),
    ("d.", "Neem in de strandexploitatievergunningen de verplichting op dat elk paviljoen een AED heeft die "
           "buiten de openingstijden bereikbaar is."),
    ("e.", "Stel een vast jaarlijks budget beschikbaar voor de opleiding van jonge lifeguards van 16 en 17 jaar."),
    ("f.", "Voer samen met de brigade een voorlichtingscampagne over muien, in het Nederlands, Duits en Pools."),
    ("g.", "Leg in een convenant vast hoe politie, handhaving en brigade meldingen van vermiste kinderen "
           "afstemmen en wie de regie heeft."),
]

adv = [
    P("Aan de burgemeester van Westerduinen<br/>de heer mr. R.A. Hoogendoorn<br/>Postbus 40<br/>2200 AA Westerduinen",
      small),
    Spacer(1, 6),
    P("Westerduinen, 6 oktober 2026<br/>Kenmerk: RBW/EV/2026-07<br/>Onderwerp: evaluatie strandbewakingsseizoen 2026",
      small),
    P("Geachte heer Hoogendoorn,"),
    P("Hierbij bieden wij u de evaluatie aan van het strandbewakingsseizoen 2026, dat liep van zaterdag 2 mei tot "
      "en met zondag 30 augustus. De brigade bewaakte in die periode vier posten langs 7,5 kilometer kust met in "
      "totaal 164 vrijwilligers. De evaluatie is besproken in de ledenvergadering van 24 september 2026."),
    P("1. Het seizoen in cijfers", h2),
    Table([["", "2024", "2025", "2026"],
           ["Bewakingsdagen", "112", "118", "121"],
           ["Reddingen uit zee", "31", "44", "57"],
           ["Vermiste kinderen", "96", "103", "128"],
           ["EHBO-verrichtingen", "1.204", "1.388", "1.512"],
           ["Inzet waterscooter", "22", "27", "35"]],
          colWidths=[160, 80, 80, 80],
          style=TableStyle([("FONT", (0, 0), (-1, -1), "S", 8.8), ("FONT", (0, 0), (-1, 0), "SB", 8.8),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.8, BLUE), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                            ("LINEBELOW", (0, -1), (-1, -1), 0.4, colors.grey)])),
    Spacer(1, 6),
    P("2. Bevindingen", h2),
    P("Het aantal reddingen uit zee is in twee jaar bijna verdubbeld. De meeste reddingen (41 van de 57) vonden "
      "plaats in een mui bij de strandopgangen 12 tot en met 15, waar sinds de zandsuppletie van 2025 een diepe geul "
      "ligt. Wij stellen verder vast:"),
    P("negen reddingen vonden plaats na 30 augustus, toen de posten al gesloten waren; twee daarvan door "
      "toevallig aanwezige leden;", bul),
    P("de waterscooters uit 2013 en 2015 stonden samen 19 dagen stil voor reparatie;", bul),
    P("het aantal lifeguards van 16 en 17 jaar liep terug van 38 naar 24, vooral omdat de opleiding "
      "(circa € 450 per persoon) nu door de ouders betaald moet worden;", bul),
    P("de afstemming bij vermiste kinderen verliep op drukke dagen moeizaam: politie, handhaving en brigade "
      "gebruikten elk een eigen lijst.", bul),
    P("Artikel 2.4 van de Strandverordening Westerduinen bepaalt dat een paviljoenhouder een EHBO-voorziening moet "
      "hebben, maar zegt niets over een AED. Bij twee reanimaties in juni moest een AED van 600 meter verderop worden "
      "gehaald. Wij wijzen er ook op dat wij in ons advies van 2022 al schreven: <i>'De post bij de Noordslag moet "
      "op drukke dagen worden versterkt.'</i> Dat is tot nu toe alleen op Pinksteren gebeurd."),
    P("3. Conclusie", h2),
    P("De brigade heeft het seizoen veilig kunnen afsluiten, maar de grenzen van wat vrijwilligers kunnen dragen "
      "komen in zicht. De gemeente zou volgens ons meer moeten sturen op preventie. Voor het seizoen 2027 doen wij "
      "de volgende aanbevelingen."),
    Spacer(1, 4),
    Table([[P("<b>Aanbevelingen seizoen 2027</b>", ParagraphStyle("bh", parent=body, textColor=BLUE))]] +
          [[P("<b>%s</b> %s" % r, rec)] for r in RECS],
          colWidths=[475],
          style=TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e6eef8")),
                            ("BOX", (0, 0), (-1, -1), 0.8, BLUE), ("LEFTPADDING", (0, 0), (-1, -1), 10),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 10)])),
    Spacer(1, 8),
    P("Wij zijn graag bereid deze aanbevelingen toe te lichten in het overleg over de begroting 2027."),
    P("Met vriendelijke groet,<br/>namens het bestuur van Reddingsbrigade Westduin,<br/><br/>"
      "J.P. Visser, voorzitter<br/>M. de Graaf-Smit, hoofd strandbewaking"),
]
build(NAME + "_advice.pdf", adv, "Reddingsbrigade Westduin - evaluatie strandbewakingsseizoen 2026 - RBW/EV/2026-07",
      "Reddingsbrigade Westduin", "Vereniging voor strandbewaking en reddingswerk  |  Boulevard Noord 3, Westerduinen")

res = [
    P("Reddingsbrigade Westduin<br/>t.a.v. het bestuur<br/>Boulevard Noord 3<br/>2201 BK Westerduinen", small),
    Spacer(1, 6),
    P("Datum: 19 november 2026<br/>Ons kenmerk: BGM/OOV/2026/1187<br/>Uw kenmerk: RBW/EV/2026-07<br/>"
      "Onderwerp: reactie op de evaluatie strandbewaking 2026", small),
    P("Geachte heer Visser, geachte mevrouw De Graaf-Smit,"),
    P("Allereerst dank ik de brigade en alle vrijwilligers hartelijk voor hun inzet in het afgelopen seizoen en "
      "voor de heldere evaluatie die u mij op 6 oktober stuurde. Zonder uw leden zou ons strand een stuk minder "
      "veilig zijn. Hieronder reageer ik op uw voorstellen."),
    P("Materieel", h2),
    P("Het college deelt uw zorg over de oude waterscooters. Op 4 november is de opdracht verstrekt voor een nieuwe "
      "reddingsjetski met brancard; de levering is toegezegd voor half april, ruim voor de start van het seizoen. "
      "De twee oude toestellen worden daarna verkocht."),
    P("Seizoensduur en jonge lifeguards", h2),
    P("Gezien de reddingen na 30 augustus verlengen wij de bewaking in 2027 tot en met de derde zondag van "
      "september; de extra kosten zijn in de begroting 2027 opgenomen. Een vast jaarlijks opleidingsbudget voor "
      "lifeguards van 16 en 17 jaar kan ik u helaas niet toezeggen. De opleiding van vrijwilligers is een "
      "verantwoordelijkheid van de vereniging zelf, en wij willen geen uitzondering maken ten opzichte van andere "
      "verenigingen. U kunt wel, zoals nu, een beroep doen op het algemene vrijwilligersfonds."),
    P("Vermiste kinderen", h2),
    P("Ik onderschrijf dat de afstemming bij vermissingen beter moet. Ik heb de politie en de afdeling handhaving "
      "gevraagd om samen met u een convenant op te stellen, waarin ook de regie is geregeld. Het convenant wordt "
      "uiterlijk 1 mei 2027 ondertekend."),
    P("Bewaking bij de Noordslag", h2),
    P("Een tweede vaste post bij de Noordslag is in 2027 financieel niet haalbaar. Wel zetten wij in de weekenden "
      "van juli en augustus en op zomerse dagen boven 25 graden een mobiele post met twee lifeguards in bij die "
      "opgang. Na het seizoen bekijken wij samen of dat voldoende is."),
    P("Voorlichting", h2),
    P("Uw voorstel voor een meertalige campagne over muien is sympathiek. Ik neem het mee in de afweging van de "
      "toeristische promotie voor 2027 en bespreek het met de VVV en de strandpachters; een besluit daarover is "
      "nog niet genomen."),
    P("Overig", h2),
    P("Zoals u weet wordt de winterstalling van de strandhuisjes vanaf dit jaar geregeld via de nieuwe loods aan "
      "de Duinweg. De brigade kan daar, net als vorig jaar, twee boxen gebruiken voor de opslag van materiaal."),
    P("Ik zie uit naar ons overleg in januari en wens u en alle leden een goede winterperiode toe."),
    P("Met vriendelijke groet,<br/><br/>de burgemeester van Westerduinen,<br/>mr. R.A. Hoogendoorn"),
]
build(NAME + "_response.pdf", res, "Gemeente Westerduinen - BGM/OOV/2026/1187", "Gemeente Westerduinen",
      "Burgemeester  |  Raadhuisplein 1, 2200 AA Westerduinen  |  www.westerduinen.nl")

B.write_expected(NAME, [
    (1, "Verleng de bewakingsperiode tot en met de derde zondag van september",
     "verlengen wij de bewaking in 2027 tot en met", "agrees"),
    (2, "Richt bij strandopgang 14 (Noordslag) in juli en augustus",
     "Een tweede vaste post bij de Noordslag is in 2027", "partly", ["disagrees"]),
    (3, "Vervang vóór het seizoen 2027 de twee verouderde waterscooters",
     "Op 4 november is de opdracht verstrekt", "agrees"),
    (4, "Neem in de strandexploitatievergunningen de verplichting op dat elk paviljoen", None, "unanswered"),
    (5, "Stel een vast jaarlijks budget beschikbaar voor de opleiding",
     "Een vast jaarlijks opleidingsbudget voor lifeguards", "disagrees"),
    (6, "Voer samen met de brigade een voorlichtingscampagne over muien",
     "Ik neem het mee in de afweging", "noted"),
    (7, "Leg in een convenant vast hoe politie, handhaving en brigade",
     "Het convenant wordt uiterlijk 1 mei 2027 ondertekend", "agrees"),
], ["dank ik de brigade en alle vrijwilligers hartelijk",
    "winterstalling van de strandhuisjes vanaf dit jaar geregeld",
    "Ik zie uit naar ons overleg in januari"],
    "Advice: evaluation letter of a coastal reddingsbrigade to the burgemeester, 2 p., reportlab (sans, blue side "
    "stripe, running head from p. 2, 'blad n'); traps: a figures table, findings bullets with 'moet', strandverordening "
    "art. 2.4 'moet', the 2022 advice quoted with 'moet', a conclusion with 'zou ... moeten'; recommendations LETTERED "
    "a.-g. in a shaded box 'Aanbevelingen seizoen 2027'. Response: burgemeester's letter with subject headings, no "
    "letters, order c, a+e, g, b, f; 'Seizoensduur en jonge lifeguards' = a agrees + e disagrees; b partly (mobile "
    "post instead of a fixed one); f noted; d (AED) unanswered; the thanks, 'Overig' (winterstalling) and the closing "
    "answer nothing.")
