"""Round 68 (nl): a SIGNALEMENT of the NEDERLANDSE ZORGAUTORITEIT (NZa, the Dutch market regulator for health
care) on district nursing in the evening and at night, answered by the minister of VWS's REACTIE in a Kamerbrief.

Advice: 'Signalement - Wijkverpleging in de avond en nacht', 3 p.: title block, then a shaded 'Samenvatting' with
'Wat zien wij?' (findings) and 'Wat moet er gebeuren?' where the seven recommendations stand as UNNUMBERED bullets
under three addressee sub-heads (Aan de minister van VWS / Aan zorgverzekeraars / Aan zorgaanbieders) - the ONLY
place of the recommendations. The chapters behind it have a left MARGIN column with grey key words (marge-notities)
beside the paragraphs; traps: the Wmg's 'moet de NZa', the Zvw's zorgplicht ('moeten zorgverzekeraars ...
zorgen'), Tabel 1, the 2023 signalement's recommendation quoted and reported as partly followed, a chapter
paraphrase of the samenvatting ('een landelijke norm is volgens ons onvermijdelijk'), the NZa's own plans ('Wij
gaan ... toetsen').
Response: Kamerbrief of the minister of VWS with a Rijksoverheid side column and unnumbered theme headings in
another order: 7 agrees, 1 disagrees, ONE section 'Bekostiging van de nachtzorg' on 2 (partly: only the night, not
the evening) and 3 (agrees), 5 noted (up to the insurers), 4 agrees; 6 unanswered; introduction, 'Het
Integraal Zorgakkoord', 'Toezicht door de NZa' and closing answer nothing.
Engine: reportlab platypus (DejaVu; margin notes as a two-column Table; `invariant=1`).

Run: /tmp/blind68nl/bin/python tests/docs/src/blind68/gen_nl_nza_reportlab.py"""
import os
import sys

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, NextPageTemplate, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

sys.path.insert(0, os.path.dirname(__file__))
import _b68nl as B  # noqa: E402

rl_config.invariant = 1
NAME = "blind68_nl_nza"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf"), ("SE", "DejaVuSerif.ttf"), ("SEB", "DejaVuSerif-Bold.ttf"),
              ("SEI", "DejaVuSerif-Italic.ttf"), ("SEBI", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")
pdfmetrics.registerFontFamily("SE", normal="SE", bold="SEB", italic="SEI", boldItalic="SEBI")

NZA = colors.HexColor("#7a1f5c")
PALE = colors.HexColor("#f5ecf2")
GREY = colors.HexColor("#5a5a5a")
RIJK = colors.HexColor("#154273")


def st(size=9.0, lead=13.4, fam="DS", **kw):
    return ParagraphStyle(fam + str(size) + str(lead) + str(sorted(kw.items())), fontName=fam, fontSize=size,
                          leading=lead, **kw)


S = {
    "b": st(8.8, 13, "DS", spaceAfter=5),
    "h": st(11.5, 15, "DSB", spaceBefore=9, spaceAfter=4, textColor=NZA),
    "sh": st(9.4, 13, "DSB", spaceBefore=5, spaceAfter=2, textColor=NZA),
    "ad": st(8.6, 12.4, "DSBI", spaceBefore=4, spaceAfter=2),
    "bul": st(8.6, 12.6, "DS", leftIndent=5 * mm, bulletIndent=1 * mm, spaceAfter=3),
    "m": st(7.2, 9.6, "DSI", textColor=GREY, alignment=2),
    "q": st(8.6, 12.4, "DSI", leftIndent=6 * mm, rightIndent=4 * mm, textColor=GREY, spaceAfter=5),
    "cell": st(7.6, 9.8, "DS"),
    "cellh": st(7.6, 9.8, "DSB", textColor=colors.white),
    "cap": st(7.2, 9.4, "DSI", textColor=GREY, spaceBefore=2, spaceAfter=6),
    "tt": st(20, 24, "DSB", textColor=NZA, spaceAfter=4),
    "ts": st(11, 14.5, "DS", textColor=GREY, spaceAfter=4),
    "meta": st(7.8, 11, "DS", textColor=GREY, spaceAfter=8),
    # response
    "r": st(9.2, 14, "SE", spaceAfter=7),
    "rh": st(9.2, 14, "SEB", spaceBefore=5, spaceAfter=1),
    "sig": st(9.2, 14, "SE", spaceBefore=6),
}
S["h"].keepWithNext = 1
S["sh"].keepWithNext = 1
S["ad"].keepWithNext = 1
S["rh"].keepWithNext = 1


def adv_deco(c, doc):
    c.saveState()
    w, h = A4
    c.setFillColor(NZA)
    c.circle(22 * mm, h - 13 * mm, 3.2 * mm, stroke=0, fill=1)
    c.setFont("DSB", 8.4)
    c.drawString(28 * mm, h - 12 * mm, "Nederlandse Zorgautoriteit")
    c.setFillColor(GREY)
    c.setFont("DS", 7.2)
    c.drawString(28 * mm, h - 15.4 * mm, "Signalement")
    if doc.page > 1:
        c.drawRightString(w - 18 * mm, h - 12 * mm, "Wijkverpleging in de avond en nacht  |  maart 2026")
    c.setStrokeColor(NZA)
    c.setLineWidth(0.5)
    c.line(18 * mm, 14 * mm, w - 18 * mm, 14 * mm)
    c.setFont("DS", 7.2)
    c.drawString(18 * mm, 10 * mm, "Kenmerk SIG-2026-03")
    c.drawRightString(w - 18 * mm, 10 * mm, f"Pagina {doc.page}")
    c.restoreState()


def mrow(note, paras):
    """A margin note in a narrow left column beside one or more paragraphs."""
    left = Paragraph(note, S["m"]) if note else Paragraph("", S["m"])
    t = Table([[left, paras]], colWidths=(32 * mm, 142 * mm))
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (0, 0), 4 * mm), ("RIGHTPADDING", (1, 0), (1, 0), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (0, 0), 1.6)]))
    return t


def advice():
    doc = BaseDocTemplate(B.out(NAME + "_advice.pdf"), pagesize=A4, title="Wijkverpleging in de avond en nacht",
                          author="Nederlandse Zorgautoriteit")
    one = Frame(18 * mm, 18 * mm, 174 * mm, 254 * mm, id="one", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[one], onPage=adv_deco)])
    b = S["b"]
    f = [Spacer(1, 6 * mm),
         Paragraph("Signalement", S["ts"]),
         Paragraph("Wijkverpleging in de avond en nacht", S["tt"]),
         Paragraph("Toegang tot zorg thuis buiten kantoortijden onder druk", S["ts"]),
         Paragraph("Utrecht, 12 maart 2026  |  Kenmerk SIG-2026-03  |  Gericht aan de minister van Volksgezondheid, "
                   "Welzijn en Sport, zorgverzekeraars en aanbieders van wijkverpleging", S["meta"])]
    sam = [Paragraph("Samenvatting", S["h"]),
           Paragraph("Wat zien wij?", S["sh"]),
           Paragraph("Steeds meer mensen met een zware zorgvraag wonen thuis. Overdag is wijkverpleging in de meeste "
                     "regio's goed bereikbaar. In de avond en nacht is dat anders: in vier van de tien regio's komt "
                     "een verpleegkundige na een alarmering gemiddeld pas na meer dan 45 minuten. Aanbieders trekken "
                     "zich terug uit de nachtzorg omdat die verlieslatend is, en zorgverzekeraars maken per regio "
                     "verschillende afspraken.", b),
           Paragraph("Wat moet er gebeuren?", S["sh"]),
           Paragraph("Wij doen de volgende aanbevelingen:", b),
           Paragraph("Aan de minister van VWS", S["ad"]),
           Paragraph("Wij adviseren de minister om een landelijke norm vast te stellen voor de maximale "
                     "reactietijd van wijkverpleging in de nacht.", S["bul"], bulletText="\u2022"),
           Paragraph("Wij adviseren de minister om de avond- en nachtzorg vanaf 2028 te bekostigen via een "
                     "aparte prestatie met een eigen tarief.", S["bul"], bulletText="\u2022"),
           Paragraph("Wij adviseren de minister om zorg op afstand, zoals beeldbellen en sensoren, in de nacht "
                     "volwaardig te laten meetellen in de bekostiging.", S["bul"], bulletText="\u2022"),
           Paragraph("Wij adviseren de minister om in 2026 en 2027 extra opleidingsplaatsen voor "
                     "wijkverpleegkundigen met nachtdiensten te financieren.", S["bul"], bulletText="\u2022"),
           Paragraph("Aan zorgverzekeraars", S["ad"]),
           Paragraph("Zorgverzekeraars moeten de nachtzorg per regio gezamenlijk inkopen bij één coördinerende "
                     "aanbieder.", S["bul"], bulletText="\u2022"),
           Paragraph("Zorgverzekeraars moeten hun verzekerden op hun website en in de polisvoorwaarden duidelijk "
                     "vertellen welk nummer zij 's nachts kunnen bellen.", S["bul"], bulletText="\u2022"),
           Paragraph("Aan zorgaanbieders", S["ad"]),
           Paragraph("Wij vragen zorgaanbieders om hun beschikbare capaciteit voor de nacht dagelijks te melden in "
                     "het regionale capaciteitsoverzicht.", S["bul"], bulletText="\u2022")]
    box = Table([[sam]], colWidths=(174 * mm,))
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE), ("LEFTPADDING", (0, 0), (-1, -1), 6 * mm),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 6 * mm), ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm)]))
    f += [box, Spacer(1, 3 * mm)]
    f += [Paragraph("1  Aanleiding", S["h"]),
          mrow("Onze taak", [Paragraph(
              "Op grond van artikel 16 van de Wet marktordening gezondheidszorg (Wmg) moet de NZa de ontwikkelingen "
              "op de zorgmarkten volgen en de minister informeren wanneer de toegankelijkheid van zorg in het geding "
              "komt. Met dit signalement doen wij dat voor de wijkverpleging buiten kantoortijden.", b)]),
          mrow("Onderzoek", [Paragraph(
              "Wij vroegen in het najaar van 2025 gegevens op bij alle zorgverzekeraars en bij 212 aanbieders van "
              "wijkverpleging. Daarnaast spraken wij met 34 wijkverpleegkundigen, twee patiëntenorganisaties en de "
              "regionale zorgkantoren. De analyse gaat over de periode 2022-2025.", b)]),
          Paragraph("2  Wat wij zagen", S["h"]),
          mrow("Reactietijden", [Paragraph(
              "Tabel 1 toont de gemiddelde tijd tussen een alarmering en de komst van een verpleegkundige, per "
              "type regio. In stedelijke regio's is die tijd de afgelopen drie jaar vrijwel gelijk gebleven; in "
              "landelijke regio's is hij sterk opgelopen.", b)])]
    rows = [("Type regio", "2022", "2025", "Aanbieders met nachtzorg"),
            ("Stedelijk", "24 min.", "26 min.", "71"),
            ("Gemengd", "31 min.", "39 min.", "48"),
            ("Landelijk", "38 min.", "52 min.", "23")]
    t = Table([[Paragraph(x, S["cellh" if i == 0 else "cell"]) for x in r] for i, r in enumerate(rows)],
              colWidths=(40 * mm, 22 * mm, 22 * mm, 44 * mm))
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), NZA), ("LINEBELOW", (0, 1), (-1, -1), 0.4, NZA),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8)]))
    f += [mrow("", [t, Paragraph("Tabel 1  Gemiddelde reactietijd na alarmering tussen 23.00 en 07.00 uur, en "
                                 "aantal aanbieders dat nachtzorg levert", S["cap"])]),
          mrow("Zorgplicht", [Paragraph(
              "Op grond van artikel 11 van de Zorgverzekeringswet moeten zorgverzekeraars ervoor zorgen dat hun "
              "verzekerden de verzekerde zorg tijdig en binnen redelijke afstand kunnen krijgen. Die zorgplicht "
              "geldt ook in de nacht. Wij zien dat verzekeraars de zorgplicht voor de nacht verschillend "
              "invullen: sommige kopen per regio bij één aanbieder in, andere laten het aan de aanbieders over "
              "om onderling afspraken te maken.", b)]),
          mrow("Bekostiging", [Paragraph(
              "Aanbieders declareren nachtzorg nu als gewone uren wijkverpleging, met een opslag die per "
              "verzekeraar verschilt. Omdat een nachtploeg ook moet worden betaald als er weinig alarmeringen "
              "zijn, is de nachtzorg voor de meeste aanbieders verlieslatend. Zorg op afstand wordt in veel "
              "contracten niet of maar voor een deel vergoed.", b)]),
          Paragraph("3  Ons eerdere signalement", S["h"]),
          mrow("Signalement 2023", [Paragraph(
              "In ons signalement 'Zorg thuis in beweging' uit 2023 schreven wij al dat:", b),
              Paragraph("'zorgverzekeraars in elke regio afspraken zouden moeten maken over de beschikbaarheid van "
                        "wijkverpleging in de nacht'.", S["q"]),
              Paragraph("Die aanbeveling is maar ten dele opgevolgd. In 19 van de 31 regio's bestaan inmiddels "
                        "afspraken, maar die gaan vaak alleen over de bereikbaarheid van een telefoonnummer en niet "
                        "over de tijd waarbinnen een verpleegkundige ter plaatse is.", b)]),
          Paragraph("4  Onze analyse", S["h"]),
          mrow("Regionale verschillen", [Paragraph(
              "De verschillen tussen regio's zijn zo groot geworden dat niet meer van gelijke toegang kan worden "
              "gesproken. Zonder afspraken over een maximale reactietijd blijft elke regio haar eigen maatstaf "
              "hanteren. Een landelijke norm is volgens ons daarom onvermijdelijk, net als een tarief dat de "
              "werkelijke kosten van een nachtploeg dekt.", b)]),
          mrow("Personeel", [Paragraph(
              "Het tekort aan verpleegkundigen raakt de nacht het hardst. Jonge verpleegkundigen kiezen zelden voor "
              "nachtdiensten; een kwart van de wijkverpleegkundigen met nachtdiensten is ouder dan 58 jaar.", b)]),
          Paragraph("5  Hoe verder", S["h"]),
          mrow("Ons toezicht", [Paragraph(
              "Wij gaan in 2026 bij drie zorgverzekeraars toetsen hoe zij hun zorgplicht voor de nacht invullen. "
              "Over de uitkomsten rapporteren wij in ons jaarlijkse onderzoek naar de zorgplicht. Wij blijven "
              "de reactietijden per regio volgen en publiceren die twee keer per jaar.", b),
              Paragraph("Dit signalement is vastgesteld door de Raad van Bestuur van de NZa op 10 maart 2026.", b)])]
    doc.build(f)


def res_first(c, doc):
    c.saveState()
    w, h = A4
    c.setFillColor(RIJK)
    c.rect(w / 2 - 6 * mm, h - 28 * mm, 12 * mm, 28 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("SE", 9)
    c.drawString(w / 2 + 9 * mm, h - 18 * mm, "Ministerie van Volksgezondheid,")
    c.drawString(w / 2 + 9 * mm, h - 22 * mm, "Welzijn en Sport")
    x = 150 * mm
    y = h - 50 * mm
    for lab, vals in (("Bezoekadres", ["Parnassusplein 5", "2511 VX Den Haag"]),
                      ("Kenmerk", ["4187220-1092381-CZ"]),
                      ("Bijlage(n)", ["-"]),
                      ("Uw brief", ["12 maart 2026"])):
        c.setFont("SEB", 7)
        c.drawString(x, y, lab)
        y -= 3.4 * mm
        c.setFont("SE", 7)
        for v in vals:
            c.drawString(x, y, v)
            y -= 3.4 * mm
        y -= 2.5 * mm
    c.setFont("SE", 7)
    c.drawString(x, 14 * mm, f"Pagina {doc.page} van 2")
    c.restoreState()


def res_later(c, doc):
    c.saveState()
    w, h = A4
    c.setFont("SEB", 7)
    c.drawString(150 * mm, h - 30 * mm, "Kenmerk")
    c.setFont("SE", 7)
    c.drawString(150 * mm, h - 33.4 * mm, "4187220-1092381-CZ")
    c.drawString(150 * mm, 14 * mm, f"Pagina {doc.page} van 2")
    c.restoreState()


def response():
    doc = BaseDocTemplate(B.out(NAME + "_response.pdf"), pagesize=A4,
                          title="Reactie op NZa-signalement wijkverpleging in de avond en nacht",
                          author="Ministerie van Volksgezondheid, Welzijn en Sport")
    f1 = Frame(22 * mm, 20 * mm, 120 * mm, 232 * mm, id="f1", leftPadding=0, rightPadding=0)
    f2 = Frame(22 * mm, 20 * mm, 120 * mm, 252 * mm, id="f2", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate(id="first", frames=[f1], onPage=res_first),
                          PageTemplate(id="later", frames=[f2], onPage=res_later)])
    r, h = S["r"], S["rh"]
    f = [NextPageTemplate("later"),
         Paragraph("&gt; Retouradres Postbus 20350 2500 EJ Den Haag", st(6.8, 9, "SE", textColor=GREY,
                                                                           spaceAfter=4)),
         Paragraph("De Voorzitter van de Tweede Kamer<br/>der Staten-Generaal<br/>Postbus 20018<br/>2500 EA  DEN "
                   "HAAG", r),
         Spacer(1, 4 * mm),
         Paragraph("Datum&nbsp;&nbsp;&nbsp;&nbsp;28 april 2026".replace("&nbsp;", " "), r),
         Paragraph("Betreft&nbsp;&nbsp;Reactie op het signalement van de NZa over wijkverpleging in de avond en "
                   "nacht".replace("&nbsp;", " "), r),
         Spacer(1, 4 * mm),
         Paragraph("Geachte voorzitter,", r),
         Paragraph("Op 12 maart 2026 heeft de Nederlandse Zorgautoriteit (NZa) het signalement 'Wijkverpleging in "
                   "de avond en nacht' gepubliceerd. Met deze brief informeer ik uw Kamer over mijn reactie. Ik "
                   "doe daarmee ook de toezegging gestand die ik deed tijdens het commissiedebat Langdurige zorg "
                   "van 4 februari 2026.", r),
         Paragraph("Het Integraal Zorgakkoord", h),
         Paragraph("Partijen in de zorg hebben in het Integraal Zorgakkoord afgesproken dat de wijkverpleging "
                   "dag en nacht beschikbaar moet blijven, ook in krimpregio's. Het signalement laat zien dat die "
                   "afspraak onder druk staat. Ik bespreek het signalement daarom ook in het bestuurlijk overleg "
                   "over het akkoord in juni.", r),
         Paragraph("Inzicht in de capaciteit", h),
         Paragraph("De NZa vraagt aanbieders om elke dag te melden hoeveel verpleegkundigen zij 's nachts "
                   "beschikbaar hebben. Ik steun deze oproep van harte. Via een wijziging van de Regeling "
                   "beschikbaarheid zorgcapaciteit maak ik de dagelijkse melding voor alle aanbieders van "
                   "wijkverpleging met ingang van 1 januari 2027 verplicht.", r),
         Paragraph("Een maximale reactietijd", h),
         Paragraph("Ik begrijp de wens van de NZa om de verschillen tussen regio's te verkleinen. Een landelijke "
                   "norm voor de reactietijd in de nacht acht ik echter niet verstandig. In dunbevolkte gebieden "
                   "zou zo'n norm alleen haalbaar zijn met een veelvoud aan nachtploegen, terwijl daarvoor het "
                   "personeel ontbreekt. Ik kies er daarom voor regio's zelf afspraken te laten maken.", r),
         Paragraph("Bekostiging van de nachtzorg", h),
         Paragraph("De NZa adviseert een aparte prestatie voor de avond- en nachtzorg. Ik neem dit advies over "
                   "voor de nacht: vanaf 2028 komt er een aparte prestatie voor zorg tussen 23.00 en 07.00 uur, "
                   "met een tarief dat rekening houdt met de kosten van een beschikbare ploeg. Voor de avond zie ik "
                   "daar geen aanleiding toe; de avonduren blijven onder de gewone prestatie vallen.", r),
         Paragraph("Binnen die nieuwe prestatie tellen beeldbellen, sensoren en andere vormen van zorg op "
                   "afstand volledig mee. Ik ben het met de NZa eens dat de bekostiging deze vormen van zorg niet "
                   "mag afremmen. Ik vraag de NZa de beleidsregel hierop aan te passen.", r),
         Paragraph("Inkoop door zorgverzekeraars", h),
         Paragraph("De aanbeveling om de nachtzorg per regio gezamenlijk in te kopen, richt zich tot de "
                   "zorgverzekeraars. Het is aan hen hoe zij hun zorgplicht invullen. Ik heb het signalement "
                   "onder de aandacht gebracht van Zorgverzekeraars Nederland en wacht hun reactie af.", r),
         Paragraph("Opleiding", h),
         Paragraph("Ik stel in 2026 en 2027 jaarlijks 9 miljoen euro beschikbaar voor 300 extra "
                   "opleidingsplaatsen in de wijkverpleging, op voorwaarde dat de verpleegkundigen in opleiding "
                   "ook nachtdiensten draaien. Zo geef ik uitvoering aan dit onderdeel van het signalement.", r),
         Paragraph("Toezicht door de NZa", h),
         Paragraph("Ik zie met belangstelling uit naar de resultaten van het onderzoek dat de NZa dit jaar doet "
                   "naar de zorgplicht van verzekeraars voor de nacht.", r),
         Paragraph("Tot slot", h),
         Paragraph("Ik dank de NZa voor het heldere signalement. Voor het einde van dit jaar informeer ik uw "
                   "Kamer over de uitwerking van de nieuwe prestatie.", r),
         Paragraph("Hoogachtend,<br/><br/>de minister van Volksgezondheid,<br/>Welzijn en Sport,<br/><br/><br/>"
                   "drs. E.M. Jongbloed-Vos", S["sig"])]
    doc.build(f)


def expected():
    B.write_expected(NAME, [
        ("1", "Wij adviseren de minister om een landelijke norm vast te stellen",
         "acht ik echter niet verstandig", "disagrees"),
        ("2", "Wij adviseren de minister om de avond- en nachtzorg vanaf 2028",
         "Voor de avond zie ik daar geen aanleiding toe", "partly"),
        ("3", "Wij adviseren de minister om zorg op afstand, zoals beeldbellen en",
         "tellen beeldbellen, sensoren en andere vormen van zorg op afstand volledig mee", "agrees"),
        ("4", "Wij adviseren de minister om in 2026 en 2027 extra opleidingsplaatsen",
         "jaarlijks 9 miljoen euro beschikbaar voor 300 extra", "agrees"),
        ("5", "Zorgverzekeraars moeten de nachtzorg per regio gezamenlijk inkopen bij één",
         "Het is aan hen hoe zij hun zorgplicht invullen", "noted"),
        ("6", "Zorgverzekeraars moeten hun verzekerden op hun website en in de", None, "unanswered"),
        ("7", "Wij vragen zorgaanbieders om hun beschikbare capaciteit voor de nacht",
         "Ik steun deze oproep van harte", "agrees"),
    ], [
        "Met deze brief informeer ik uw Kamer over mijn reactie",
        "Partijen in de zorg hebben in het Integraal Zorgakkoord",
        "Ik zie met belangstelling uit naar de resultaten",
        "Ik dank de NZa voor het heldere signalement",
    ], "SIGNALEMENT of the Dutch NEDERLANDSE ZORGAUTORITEIT (NZa) on district nursing in the evening and at night, "
       "answered by the minister of VWS's reaction in a Kamerbrief (Rijksoverheid side column, unnumbered theme "
       "headings). The Wmg, the Zorgverzekeringswet and the bodies are real; the signalement, its figures, the "
       "quoted 2023 signalement, the 'Regeling beschikbaarheid zorgcapaciteit' change, people and kenmerken are "
       "invented. The seven recommendations stand ONLY in the shaded 'Samenvatting' under 'Wat moet er gebeuren?' "
       "as UNNUMBERED bullets under addressee sub-heads (Aan de minister van VWS / Aan zorgverzekeraars / Aan "
       "zorgaanbieders; 4 + 2 + 1); numbers are their order. Styles vary: 'Wij adviseren de "
       "minister om', 'Zorgverzekeraars moeten', 'Wij vragen zorgaanbieders om'. The chapters behind the summary "
       "have grey MARGIN NOTES in a left column. Not recommendations: the Wmg's 'moet de NZa ... volgen', the Zvw's "
       "'moeten zorgverzekeraars ervoor zorgen', Tabel 1, 'moet worden betaald', the 2023 signalement quoted "
       "('zouden ... moeten maken') and reported as partly followed, the analysis paraphrase 'Een landelijke norm "
       "is volgens ons daarom onvermijdelijk', the NZa's own plan 'Wij gaan in 2026 ... toetsen'. Response in "
       "another order: 7 agrees ('Ik steun deze oproep', made compulsory), 1 disagrees ('acht ik echter niet "
       "verstandig'), ONE section 'Bekostiging van de nachtzorg' on 2 (partly: a separate prestatie for the night "
       "only, not the evening) and 3 (agrees: zorg op afstand counts fully, second paragraph without naming the "
       "recommendation), 5 noted (up to the insurers, passed to Zorgverzekeraars Nederland), 4 agrees (money for "
       "300 places, no verdict word); 6 (telling insurees the night number) UNANSWERED. Introduction, 'Het "
       "Integraal Zorgakkoord', 'Toezicht door de NZa' (about the NZa's own plan) and 'Tot slot' answer nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)
