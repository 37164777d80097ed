"""Round 62 (nl): a ZIENSWIJZE of the RAAD VOOR DIERENAANGELEGENHEDEN (RDA) on animal shelters ('Opvang in nood'),
answered by the KAMERBRIEF of the minister van Landbouw, Visserij, Voedselzekerheid en Natuur (LVVN).

Advice: RDA zienswijze with a coloured title block, a 'Samenvatting' in a shaded frame that paraphrases the advice
('vraagt de Raad de minister onder meer om'), 1 Aanleiding (the minister's three numbered adviesvragen 1.-3.), 2 Het
beeld (the Besluit houders van dieren: 'moet ... beschikken'; Tabel 1 with shelter figures; 'moeten ... zelf'),
3 Analyse 3.1-3.3 (the branch's view quoted, 'moeten vergoeden'; the RDA's own 2019 zienswijze quoted as an
imperative 'Maak de registratie van katten verplicht', reported as followed; 'De Raad stelt vast'), 4 Zienswijze en
aanbevelingen: lead-in 'De Raad adviseert de minister van LVVN:' and SIX BULLETED infinitive clauses (no numbers;
1-6 by order), then ONE prose sentence to the VNG ('Daarnaast beveelt de Raad de Vereniging van Nederlandse
Gemeenten aan om ...', number 7), 5 Tot slot ('De Raad blijft ... volgen').
Response: Kamerbrief (sidebar with Kenmerk / Uw kenmerk, retouradres) with headings 'Aanleiding', 'Reactie op de
aanbevelingen' and italic theme sub-heads that name no numbers, order 5, 1+4, 3, 2, 6: 5 agrees; ONE section
'Register en vakmanschap': 1 agrees + 4 disagrees; 3 partly (2 of the 6 million, 2027-2028); 2 noted (passed to the
minister van JenV); 6 partly (guideline yes, compulsory second opinion no); 7 (VNG model contract) unanswered; the
'Aanleiding', the section 'Chipplicht katten' and the closing answer nothing.
Engine: reportlab platypus (DejaVu, no shaping, so no ligatures; invariant=1).

Run: /tmp/blind62nl/bin/python tests/docs/src/blind62/gen_nl_rda_reportlab.py"""
import os
import sys

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Frame, KeepTogether, PageTemplate, Paragraph, BaseDocTemplate, Spacer, Table,
                                TableStyle)

sys.path.insert(0, os.path.dirname(__file__))
import _b62nl as B  # noqa: E402

rl_config.invariant = 1
NAME = "blind62_nl_rda"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf"), ("SE", "DejaVuSerif.ttf"), ("SEB", "DejaVuSerif-Bold.ttf"),
              ("SEI", "DejaVuSerif-Italic.ttf"), ("SEBI", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")
pdfmetrics.registerFontFamily("SE", normal="SE", bold="SEB", italic="SEI", boldItalic="SEBI")

GREEN = colors.HexColor("#2f6b3a")
LEAF = colors.HexColor("#8dbf5a")
PALE = colors.HexColor("#eef5e6")
GREY = colors.HexColor("#5a5a5a")
RIJK = colors.HexColor("#154273")


def st(size=9.3, lead=13.8, fam="DS", **kw):
    return ParagraphStyle(fam + str(size) + str(lead) + str(sorted(kw.items())), fontName=fam, fontSize=size,
                          leading=lead, **kw)


S = {
    "b": st(9.2, 13.6, "DS", spaceAfter=5),
    "h": st(11.4, 15, "DSB", spaceBefore=9, spaceAfter=3, textColor=GREEN),
    "h3": st(9.4, 13, "DSB", spaceBefore=5, spaceAfter=2, textColor=GREEN),
    "q": st(8.9, 13, "DSI", spaceAfter=5, leftIndent=9 * mm, rightIndent=8 * mm, textColor=GREY),
    "sam": st(8.8, 12.8, "DS", spaceAfter=4),
    "samh": st(9.6, 13, "DSB", spaceAfter=3, textColor=GREEN),
    "num": st(9.2, 13.6, "DS", leftIndent=7 * mm, bulletIndent=1 * mm, spaceAfter=2.5),
    "bul": st(9.2, 13.6, "DS", leftIndent=7 * mm, bulletIndent=2 * mm, spaceAfter=3.5, bulletFontName="DSB",
              bulletColor=GREEN),
    "cell": st(8.0, 10.4, "DS"),
    "cellr": st(8.0, 10.4, "DS", alignment=2),
    "cellh": st(8.0, 10.4, "DSB", textColor=GREEN),
    "cellhr": st(8.0, 10.4, "DSB", textColor=GREEN, alignment=2),
    "cap": st(7.6, 10, "DS", textColor=GREY, spaceAfter=6),
    "title": st(21, 25, "DSB", textColor=GREEN, spaceAfter=3),
    "sub": st(10.6, 14, "DS", textColor=GREY, spaceAfter=10),
    "kind": st(8.6, 11, "DSB", textColor=LEAF, spaceAfter=6),
    # response (Rijkshuisstijl-like)
    "rb": st(9.4, 14, "DS", spaceAfter=6.5),
    "rh": st(9.4, 14, "DSB", spaceBefore=6, spaceAfter=1),
    "ri": st(9.4, 14, "DSI", spaceBefore=3, spaceAfter=1),
    "side": st(6.8, 9.4, "DS"),
    "sideb": st(6.8, 9.4, "DSB"),
    "rm": st(9.0, 13, "DS"),
    "ret": st(6.4, 9, "DS", textColor=GREY),
}
S["h"].keepWithNext = 1
S["h3"].keepWithNext = 1
S["rh"].keepWithNext = 1
S["ri"].keepWithNext = 1


def adv_deco(c, doc):
    c.saveState()
    w, h = A4
    c.setFillColor(GREEN)
    c.rect(0, h - 14 * mm, w, 14 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DSB", 9.5)
    c.drawString(22 * mm, h - 9 * mm, "Raad voor Dierenaangelegenheden")
    c.setFont("DS", 7.6)
    c.drawRightString(w - 22 * mm, h - 9 * mm, "Zienswijze  |  Opvang in nood")
    c.setFillColor(GREY)
    c.setFont("DS", 7.4)
    c.drawString(22 * mm, 12 * mm, "RDA 2026/04  |  Zienswijze over het welzijn van dieren in de opvang")
    c.drawRightString(w - 22 * mm, 12 * mm, f"{doc.page}")
    c.restoreState()


def res_deco(c, doc):
    c.saveState()
    w, h = A4
    # Rijkslogo-like strip
    c.setFillColor(RIJK)
    c.rect(w / 2 - 4 * mm, h - 24 * mm, 8 * mm, 24 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("DS", 8.4)
    c.drawString(w / 2 + 6 * mm, h - 16 * mm, "Ministerie van Landbouw, Visserij,")
    c.drawString(w / 2 + 6 * mm, h - 20 * mm, "Voedselzekerheid en Natuur")
    # sidebar
    x = 150 * mm
    y = h - 62 * mm if doc.page == 1 else h - 40 * mm
    lines = [("DSB", "Directoraat-generaal Agro"), ("DS", "Directie Dierketens en Dierenwelzijn"), ("DS", ""),
             ("DS", "Bezuidenhoutseweg 73"), ("DS", "2594 AC Den Haag"), ("DS", "Postbus 20401"),
             ("DS", "2500 EK Den Haag"), ("DS", ""), ("DSB", "Ons kenmerk"), ("DS", "DGA-DDD / 106284519"),
             ("DS", ""), ("DSB", "Uw kenmerk"), ("DS", "RDA 2026/04"), ("DS", ""), ("DSB", "Bijlage(n)"), ("DS", "1")]
    for fnt, t in lines:
        c.setFont(fnt, 6.8)
        c.drawString(x, y, t)
        y -= 9.4
    c.setFont("DS", 7)
    c.setFillColor(GREY)
    c.drawString(x, 14 * mm, f"Pagina {doc.page} van 2")
    c.restoreState()


def bul(t):
    return Paragraph(t, S["bul"], bulletText="\u2022")


def advice():
    doc = BaseDocTemplate(B.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                          topMargin=24 * mm, bottomMargin=20 * mm, title="Opvang in nood", author="RDA",
                          creator="reportlab")
    doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(22 * mm, 20 * mm, 166 * mm, 253 * mm, id="f")],
                                       onPage=adv_deco)])
    sam = Table([[Paragraph("Samenvatting", S["samh"])],
                 [Paragraph("Jaarlijks komen in Nederland ruim 60.000 honden, katten en konijnen in de opvang "
                            "terecht. De opvang draait grotendeels op vrijwilligers en giften, terwijl gemeenten een "
                            "wettelijke taak hebben voor gevonden dieren. De Raad ziet dat de druk op de opvang sinds "
                            "2022 sterk is toegenomen, vooral door impulsaankopen via internet en door dieren die "
                            "de overheid in beslag neemt.", S["sam"])],
                 [Paragraph("In deze zienswijze vraagt de Raad de minister onder meer om zicht te krijgen op wie "
                            "opvang biedt, om de opvang van in beslag genomen dieren beter te financieren en om de "
                            "handel via internet aan banden te leggen. Ook doet de Raad een aanbeveling aan de "
                            "gemeenten.", S["sam"])]],
                colWidths=(166 * mm,))
    sam.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (0, 0), 7),
                             ("BOTTOMPADDING", (0, -1), (-1, -1), 5), ("LINEBEFORE", (0, 0), (0, -1), 3, LEAF)]))
    rows = [("", "2023", "2024", "2025"),
            ("Opgevangen honden", "14.210", "15.880", "17.340"),
            ("Opgevangen katten", "38.650", "40.120", "41.905"),
            ("Opgevangen konijnen en knaagdieren", "6.020", "6.480", "7.115"),
            ("Waarvan in beslag genomen dieren", "3.310", "3.870", "4.460"),
            ("Gemiddelde verblijfsduur hond (dagen)", "41", "47", "55"),
            ("Opvanglocaties met wachtlijst (%)", "22", "31", "38")]
    data = []
    for i, r in enumerate(rows):
        cs = (S["cellh"], S["cellhr"]) if i == 0 else (S["cell"], S["cellr"])
        data.append([Paragraph(r[0], cs[0])] + [Paragraph(x, cs[1]) for x in r[1:]])
    tab = Table(data, colWidths=(82 * mm, 26 * mm, 26 * mm, 26 * mm))
    tab.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.9, GREEN), ("LINEBELOW", (0, 1), (-1, -1), 0.3, LEAF),
                             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2.2),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2)]))
    f = [Paragraph("ZIENSWIJZE  |  APRIL 2026", S["kind"]),
         Paragraph("Opvang in nood", S["title"]),
         Paragraph("Zienswijze van de Raad voor Dierenaangelegenheden over het welzijn van dieren in de "
                   "dierenopvang", S["sub"]),
         sam,
         Paragraph("1  Aanleiding", S["h"]),
         Paragraph("Bij brief van 4 november 2025 heeft de minister van Landbouw, Visserij, Voedselzekerheid en "
                   "Natuur (LVVN) de Raad gevraagd om een zienswijze over de toekomst van de dierenopvang. De "
                   "minister legde de Raad drie vragen voor:", S["b"]),
         Paragraph("Hoe staat het met het welzijn van dieren in de opvang?", S["num"], bulletText="1."),
         Paragraph("Welke knelpunten zijn er in de financiering en de organisatie van de opvang?", S["num"],
                   bulletText="2."),
         Paragraph("Welke rol kunnen de overheid, de sector en de gemeenten spelen om die knelpunten op te "
                   "lossen?", S["num"], bulletText="3."),
         Paragraph("Een forum uit de Raad heeft de vragen voorbereid. Het forum sprak met veertien "
                   "opvangorganisaties, de brancheorganisatie Dierenopvang Nederland, drie gemeenten, de Landelijke "
                   "Inspectiedienst Dierenbescherming en twee dierenartsen. De Raad heeft de zienswijze op 9 april "
                   "2026 in de plenaire vergadering vastgesteld.", S["b"]),
         Paragraph("2  Het beeld", S["h"]),
         Paragraph("Het Besluit houders van dieren stelt eisen aan iedereen die bedrijfsmatig dieren opvangt. Zo "
                   "moet een dierenasiel beschikken over een afzonderlijke ruimte voor zieke dieren en over een "
                   "persoon met een diploma op het gebied van dierenverzorging. Voor opvang in pleeggezinnen, die "
                   "vaak door een kleine stichting wordt gecoördineerd, gelden die eisen niet.", S["b"]),
         Paragraph("Tabel 1 laat zien dat het aantal opgevangen dieren de afgelopen drie jaar is gestegen en dat "
                   "honden steeds langer in de opvang verblijven. Het aandeel in beslag genomen dieren groeide het "
                   "snelst.", S["b"]),
         tab,
         Paragraph("Tabel 1. Dieren in de opvang, 2023-2025. Bron: Dierenopvang Nederland, bewerking RDA. Cijfers "
                   "van niet-aangesloten organisaties ontbreken.", S["cap"]),
         Paragraph("Veel organisaties melden dat zij wervingsacties moeten houden om de dierenartskosten te betalen. "
                   "Vrijwilligers moeten vaak zelf dieren ophalen met hun eigen auto. Het forum hoorde ook dat "
                   "opvanglocaties dieren weigeren omdat zij vol zitten, en dat dieren dan bij de vinder blijven "
                   "zonder dat iemand weet waar.", S["b"]),
         Paragraph("3  Analyse", S["h"]),
         Paragraph("3.1  Zicht op de opvang", S["h3"]),
         Paragraph("Niemand weet precies hoeveel organisaties dieren opvangen. Naast ongeveer 140 asielen zijn er "
                   "naar schatting 300 tot 500 kleine stichtingen die met pleeggezinnen werken, soms ook met dieren "
                   "uit het buitenland. De Raad stelt vast dat het toezicht op deze stichtingen vrijwel ontbreekt. "
                   "In zijn zienswijze van 2019 schreef de Raad:", S["b"]),
         Paragraph("\u2018Maak de registratie van katten verplicht, zodat gevonden katten snel bij hun eigenaar "
                   "terugkomen.\u2019", S["q"]),
         Paragraph("Die aanbeveling is inmiddels opgevolgd: sinds 1 april 2026 moeten katten gechipt en "
                   "geregistreerd zijn. De Raad verwacht dat dit de verblijfsduur van katten op termijn zal "
                   "verkorten.", S["b"]),
         Paragraph("3.2  Financiering", S["h3"]),
         Paragraph("Gemeenten betalen de opvang van gevonden dieren gedurende de bewaartermijn van twee weken uit "
                   "artikel 5:8 van het Burgerlijk Wetboek. De vergoeding per dier verschilt sterk: van 90 euro "
                   "tot meer dan 400 euro. Dierenopvang Nederland vindt dat gemeenten \u2018de volledige kosten van "
                   "de wettelijke bewaartermijn moeten vergoeden, inclusief dierenartskosten\u2019. Voor dieren "
                   "die de overheid in beslag neemt, betaalt het Rijk een dagvergoeding die sinds 2017 niet is "
                   "aangepast.", S["b"]),
         Paragraph("3.3  Vakmanschap en euthanasie", S["h3"]),
         Paragraph("De kwaliteit van de zorg hangt in kleine organisaties af van enkele personen. Beslissingen over "
                   "euthanasie van gezonde maar moeilijk plaatsbare dieren worden zeer verschillend genomen. Het "
                   "forum sprak met een dierenarts die zei dat een opvang \u2018eigenlijk altijd een tweede mening "
                   "zou moeten vragen\u2019; andere dierenartsen vinden dat niet nodig.", S["b"]),
         Paragraph("4  Zienswijze en aanbevelingen", S["h"]),
         Paragraph("De Raad is van oordeel dat het welzijn van dieren in de opvang onder druk staat en dat de "
                   "overheid meer verantwoordelijkheid moet nemen voor een stelsel dat zij zelf voor een deel "
                   "belast. Tegelijk wijst de Raad erop dat de sector veel goed werk doet met beperkte middelen.",
                   S["b"]),
         Paragraph("De Raad adviseert de minister van LVVN:", S["b"]),
         bul("een landelijk register in te richten waarin alle organisaties die dieren opvangen zich moeten "
             "aanmelden en jaarlijks hun opvangcijfers melden;"),
         bul("in overleg met de minister van Justitie en Veiligheid de bewaartermijn voor gevonden katten in "
             "artikel 5:8 van het Burgerlijk Wetboek te verkorten tot acht dagen;"),
         bul("vanaf 2027 structureel ten minste 6 miljoen euro per jaar beschikbaar te stellen voor de opvang van "
             "in beslag genomen dieren en de dagvergoeding jaarlijks te indexeren;"),
         bul("de eisen aan vakbekwaamheid uit het Besluit houders van dieren ook te laten gelden voor "
             "stichtingen die opvang in pleeggezinnen coördineren;"),
         bul("het aanbieden van dieren via online advertentieplatforms alleen toe te staan wanneer de advertentie "
             "een geverifieerd registratienummer bevat;"),
         bul("samen met de sector en de KNMvD een landelijke richtlijn op te stellen voor euthanasie in de "
             "opvang, met een verplichte second opinion door een tweede dierenarts."),
         Paragraph("Daarnaast beveelt de Raad de Vereniging van Nederlandse Gemeenten aan om in de "
                   "modelovereenkomst voor de opvang van gevonden dieren een minimumvergoeding per dier op te "
                   "nemen. Gemeenten zijn en blijven verantwoordelijk voor de uitvoering van de wettelijke "
                   "bewaartermijn.", S["b"]),
         Paragraph("5  Tot slot", S["h"]),
         Paragraph("De Raad blijft de ontwikkelingen in de dierenopvang volgen en is graag bereid de minister verder "
                   "te adviseren over de uitwerking van deze zienswijze.", S["b"]),
         Spacer(1, 6),
         Paragraph("Namens de Raad voor Dierenaangelegenheden,", S["b"]),
         Paragraph("prof. dr. H.M. Verbeek-Staal, voorzitter  |  drs. P.J. Oldenkamp, secretaris", S["b"])]
    doc.build(f)


def response():
    doc = BaseDocTemplate(B.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=24 * mm, rightMargin=70 * mm,
                          topMargin=30 * mm, bottomMargin=22 * mm, title="Reactie op zienswijze RDA Opvang in nood",
                          author="Ministerie van LVVN", creator="reportlab")
    w, h = A4
    doc.addPageTemplates([PageTemplate(id="p1", frames=[Frame(24 * mm, 22 * mm, 116 * mm, h - 52 * mm, id="f1")],
                                       onPage=res_deco)])
    meta = Table([[Paragraph("Datum", S["ret"]), Paragraph("26 juni 2026", S["rm"])],
                  [Paragraph("Betreft", S["ret"]), Paragraph("Reactie op de zienswijze \u2018Opvang in "
                                                             "nood\u2019 van de Raad voor Dierenaangelegenheden",
                                                             S["rm"])]],
                 colWidths=(18 * mm, 96 * mm))
    meta.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    f = [Spacer(1, 6 * mm),
         Paragraph("&gt; Retouradres Postbus 20401 2500 EK Den Haag", S["ret"]),
         Spacer(1, 3 * mm),
         Paragraph("De Voorzitter van de Tweede Kamer<br/>der Staten-Generaal<br/>Prinses Irenestraat 6<br/>"
                   "2595 BD  DEN HAAG", S["rm"]),
         Spacer(1, 10 * mm),
         meta,
         Spacer(1, 8 * mm),
         Paragraph("Geachte voorzitter,", S["rb"]),
         Paragraph("Aanleiding", S["rh"]),
         Paragraph("Op mijn verzoek heeft de Raad voor Dierenaangelegenheden (RDA) een zienswijze uitgebracht over "
                   "het welzijn van dieren in de opvang. Met deze brief bied ik u de zienswijze aan en geef ik mijn "
                   "reactie. Ik dank de Raad en in het bijzonder het forum voor de zorgvuldige gesprekken met de "
                   "sector, die ook voor mijn ministerie waardevol waren.", S["rb"]),
         Paragraph("Reactie op de aanbevelingen", S["rh"]),
         Paragraph("Online handel", S["ri"]),
         Paragraph("Ik deel de zorg van de Raad over impulsaankopen via internet. Ik neem deze aanbeveling over. "
                   "Met een wijziging van de Regeling houders van dieren verplicht ik advertentieplatforms om "
                   "vanaf 1 juli 2027 alleen nog advertenties te plaatsen met een registratienummer dat tegen de "
                   "databank is gecontroleerd. De NVWA gaat hierop toezien.", S["rb"]),
         Paragraph("Register en vakmanschap", S["ri"]),
         Paragraph("Ook ik vind dat de overheid moet weten wie dieren opvangt. De RVO richt daarom een "
                   "meldingsplicht voor opvangorganisaties in, die in 2028 ingaat; organisaties melden daarin ook "
                   "hun jaarcijfers. Voor de stichtingen die met pleeggezinnen werken, zie ik geen aanleiding om de "
                   "diploma-eisen uit het Besluit houders van dieren uit te breiden. Dat zou veel kleine "
                   "stichtingen, die goed werk doen, onevenredig belasten. Ik kies liever voor de vrijwillige "
                   "cursus die Dierenopvang Nederland ontwikkelt.", S["rb"]),
         Paragraph("Financiering van de opvang van in beslag genomen dieren", S["ri"]),
         Paragraph("De Raad heeft gelijk dat de dagvergoeding achterloopt. Ik verhoog de vergoeding per 1 januari "
                   "2027 en indexeer haar voortaan jaarlijks. Binnen mijn begroting is voor 2027 en 2028 een "
                   "bedrag van 2 miljoen euro per jaar vrijgemaakt; een structurele bijdrage van 6 miljoen euro "
                   "past niet binnen de huidige financiële kaders. Over de jaren na 2028 besluit het volgende "
                   "kabinet.", S["rb"]),
         Paragraph("Bewaartermijn", S["ri"]),
         Paragraph("Een kortere bewaartermijn voor katten vergt een wijziging van het Burgerlijk Wetboek, waarvoor "
                   "de minister van Justitie en Veiligheid verantwoordelijk is. Ik heb dit deel van de zienswijze "
                   "onder zijn aandacht gebracht. Hij zal het betrekken bij de evaluatie van de regeling voor "
                   "gevonden zaken die voor 2028 is voorzien.", S["rb"]),
         Paragraph("Euthanasie in de opvang", S["ri"]),
         Paragraph("Een landelijke richtlijn voor euthanasie in de opvang vind ik een goed idee. Ik vraag de KNMvD "
                   "en Dierenopvang Nederland om deze richtlijn in 2027 op te stellen en draag bij aan de kosten. "
                   "Een verplichte second opinion neem ik niet over: de beslissing ligt bij de behandelend "
                   "dierenarts, en een tweede dierenarts is in veel regio\u2019s niet snel beschikbaar. De "
                   "richtlijn kan wel aanbevelen om in twijfelgevallen een collega te raadplegen.", S["rb"]),
         Paragraph("Chipplicht katten", S["ri"]),
         Paragraph("Sinds 1 april 2026 geldt de chip- en registratieplicht voor katten. In de eerste twee maanden "
                   "zijn ruim 310.000 katten geregistreerd. Ik informeer uw Kamer in het najaar over de eerste "
                   "ervaringen met de handhaving.", S["rb"]),
         Paragraph("Tot slot", S["rh"]),
         Paragraph("Met deze maatregelen wil ik de opvang ontlasten en het welzijn van de dieren verbeteren. Ik "
                   "houd uw Kamer op de hoogte van de voortgang in de jaarlijkse voortgangsbrief dierenwelzijn.",
                   S["rb"]),
         Spacer(1, 4),
         Paragraph("De minister van Landbouw, Visserij, Voedselzekerheid en Natuur,", S["rb"]),
         Spacer(1, 12),
         Paragraph("ir. W.F. de Haan-Roelofs", S["rb"])]
    doc.build(f)


def expected():
    B.write_expected(NAME, [
        (1, "een landelijk register in te richten waarin alle organisaties die",
         "De RVO richt daarom een meldingsplicht voor opvangorganisaties in", "agrees"),
        (2, "in overleg met de minister van Justitie en Veiligheid de bewaartermijn",
         "Ik heb dit deel van de zienswijze onder zijn aandacht gebracht", "noted"),
        (3, "vanaf 2027 structureel ten minste 6 miljoen euro per jaar",
         "een structurele bijdrage van 6 miljoen euro past niet", "partly"),
        (4, "de eisen aan vakbekwaamheid uit het Besluit houders van dieren",
         "zie ik geen aanleiding om de diploma-eisen", "disagrees"),
        (5, "het aanbieden van dieren via online advertentieplatforms alleen toe te",
         "Ik deel de zorg van de Raad over impulsaankopen via internet", "agrees"),
        (6, "samen met de sector en de KNMvD een landelijke richtlijn op",
         "Een verplichte second opinion neem ik niet over", "partly"),
        (7, "Daarnaast beveelt de Raad de Vereniging van Nederlandse Gemeenten aan",
         None, "unanswered"),
    ], ["Met deze brief bied ik u de zienswijze aan",
        "In de eerste twee maanden zijn ruim 310.000 katten geregistreerd",
        "Met deze maatregelen wil ik de opvang ontlasten"],
        "ZIENSWIJZE of the RAAD VOOR DIERENAANGELEGENHEDEN (RDA) 'Opvang in nood' on animal shelters (the figures, the "
        "people, the kenmerken and the quoted 2019 zienswijze are invented; the Besluit houders van dieren, the "
        "Regeling houders van dieren and article 5:8 of the Burgerlijk Wetboek are real, but what is said of them is "
        "not to be relied on). The seven recommendations are the SIX BULLETED infinitive clauses after 'De Raad "
        "adviseert de minister van LVVN:' in 4 Zienswijze en aanbevelingen (no numbers; 1-6 by order; starts_with "
        "is the clause) and ONE prose sentence after the list, addressed to the VNG ('Daarnaast beveelt de Raad de "
        "Vereniging van Nederlandse Gemeenten aan om ...', number 7). Not recommendations: the Samenvatting "
        "paraphrase ('vraagt de Raad de minister onder meer om'), the minister's numbered adviesvragen 1.-3., the "
        "Besluit houders van dieren ('moet ... beschikken'), Tabel 1, 'moeten wervingsacties houden' / 'moeten ... "
        "zelf ophalen', the 2019 zienswijze quoted as an imperative ('Maak de registratie van katten verplicht') and "
        "reported as followed, the branch's view ('moeten vergoeden'), a vet's view ('zou moeten vragen'), 'De Raad "
        "stelt vast', 'de overheid ... moet nemen' in the judgement before the lead-in, 'Gemeenten zijn en blijven "
        "verantwoordelijk', 5 Tot slot. Response: Kamerbrief with sidebar; italic theme sub-heads naming no "
        "numbers, order 5, 1+4, 3, 2, 6: 5 agrees ('Ik neem deze aanbeveling over', platforms from 1 July 2027); ONE "
        "section 'Register en vakmanschap': 1 agrees (RVO registration duty from 2028 with yearly figures) + 4 "
        "disagrees (no extension of the diploma requirements; a voluntary course instead); 3 partly (indexation yes, "
        "2 million for 2027-2028 instead of 6 million structurally); 2 noted (a matter for the minister van JenV, "
        "passed on, to be considered in an evaluation); 6 partly (guideline yes, compulsory second opinion 'neem ik "
        "niet over'). 7 (VNG model contract) UNANSWERED. 'Aanleiding', 'Chipplicht katten' and the closing answer no "
        "recommendation.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)
