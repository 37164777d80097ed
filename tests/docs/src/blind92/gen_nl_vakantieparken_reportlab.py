"""Round 92 (nl): the ADVIES of a regional TASKFORCE VITALE VAKANTIEPARKEN to a municipality's college on its
concept-beleidsnotitie recreatieparken, answered by the college's RAADSINFORMATIEBRIEF to the gemeenteraad (by
paraphrase, no advice numbers).

Advice: Taskforce Vitale Vakantieparken Noord-Veluwerand (2 p., reportlab, sans, blue rule, running head,
'pagina n'): every paragraph numbered by section (2.1, 3.1 ...); the recommendations are paragraphs 5.1-5.7 of
'5 Aanbevelingen', in the same numbered form as the findings of section 3 and 4; traps: Omgevingswet and BRP
'moet', the 2021 advice quoted, dates, figures. Response: raadsinformatiebrief of the college of Heerdestein, order
4, 1+6, 7, 2, 5; 3 unanswered. Everything is invented; laws are cited loosely.

Run: /tmp/blind92nl/bin/python tests/docs/src/blind92/gen_nl_vakantieparken_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b92nl as B  # noqa: E402
from reportlab.lib.colors import Color  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind92_nl_vakantieparken"
F = B.tmp_fonts()
pdfmetrics.registerFont(TTFont("S", F["Regular"]))
pdfmetrics.registerFont(TTFont("SB", F["Bold"]))
pdfmetrics.registerFont(TTFont("SI", F["Italic"]))
pdfmetrics.registerFontFamily("S", normal="S", bold="SB", italic="SI", boldItalic="SB")
BLUE = Color(0.1, 0.28, 0.5)

body = ParagraphStyle("b", fontName="S", fontSize=9.5, leading=13.2, spaceAfter=5)
num = ParagraphStyle("n", parent=body, leftIndent=30, firstLineIndent=-30)
h1 = ParagraphStyle("h1", parent=body, fontName="SB", fontSize=14, leading=18, textColor=BLUE, spaceAfter=8)
h2 = ParagraphStyle("h2", parent=body, fontName="SB", fontSize=11, leading=15, spaceBefore=8, textColor=BLUE)
small = ParagraphStyle("s", parent=body, fontSize=8, leading=10.5)
quote = ParagraphStyle("q", parent=body, leftIndent=30, rightIndent=18, fontName="SI")


def deco(head, foot):
    def draw(c, doc):
        w, h = A4
        c.saveState()
        c.setStrokeColor(BLUE)
        c.setLineWidth(1.5)
        c.line(56, h - 40, w - 56, h - 40)
        c.setFont("S", 7.5)
        c.setFillColor(Color(0.35, 0.35, 0.35))
        c.drawString(56, h - 34, head)
        c.drawRightString(w - 56, 30, foot.format(n=doc.page))
        c.restoreState()
    return draw


def build(pdfname, story, head, foot):
    doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=62, rightMargin=62, topMargin=60,
                            bottomMargin=52, title=head)
    doc.build(story, onFirstPage=deco(head, foot), onLaterPages=deco(head, foot))


def P(t, s=body):
    return Paragraph(t, s)


def N(n, t):
    return Paragraph(f"<b>{n}</b>  {t}", num)


def advice():
    meta = Table([["Aan", "College van burgemeester en wethouders van Heerdestein"],
                  ["Datum", "17 februari 2026"], ["Kenmerk", "TVV-NVR/2026-006"],
                  ["Onderwerp", "Advies over de concept-beleidsnotitie Recreatieparken 2026"]],
                 colWidths=[70, 380])
    meta.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "S", 8.5), ("FONT", (0, 0), (0, -1), "SB", 8.5),
                              ("LINEBELOW", (0, -1), (-1, -1), 0.5, BLUE), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    fig = Table([["Park", "Eenheden", "Permanent bewoond", "Leegstand"],
                 ["De Zandkuil", "212", "41", "9%"], ["Heideroosje", "96", "28", "17%"],
                 ["Bosrand-Oost", "154", "12", "4%"], ["Het Vennetje", "63", "22", "21%"]],
                colWidths=[120, 80, 110, 80])
    fig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "S", 8.5), ("FONT", (0, 0), (-1, 0), "SB", 8.5),
                             ("BACKGROUND", (0, 0), (-1, 0), Color(0.86, 0.9, 0.96)),
                             ("GRID", (0, 0), (-1, -1), 0.3, Color(0.6, 0.6, 0.6))]))
    s = [P("Taskforce Vitale Vakantieparken Noord-Veluwerand", small),
         P("Advies over de concept-beleidsnotitie Recreatieparken 2026", h1), meta, Spacer(1, 8),
         P("1 Inleiding", h2),
         N("1.1", "Bij brief van 9 december 2025 heeft uw college de taskforce gevraagd te adviseren over de "
           "concept-beleidsnotitie Recreatieparken 2026. De taskforce is een samenwerking van de provincie, vijf "
           "gemeenten, de brancheorganisatie van recreatieondernemers en de veiligheidsregio."),
         N("1.2", "Wij hebben de notitie besproken in onze vergadering van 3 februari 2026 en gesproken met "
           "eigenaren en bewoners van vier parken. Dit advies is vastgesteld door het dagelijks bestuur."),
         P("2 Kader", h2),
         N("2.1", "Op grond van artikel 4.2 van de Omgevingswet moet het omgevingsplan regels bevatten over het "
           "gebruik van recreatieverblijven; permanente bewoning is daar in Heerdestein niet toegestaan. Een "
           "inwoner moet zich volgens de Wet BRP inschrijven op het adres waar hij woont, ook als dat een "
           "recreatiewoning is."),
         N("2.2", "In ons advies van 2021 schreven wij al: <i>'De gemeente moet een helder onderscheid maken tussen "
           "parken met toekomst en parken die een andere bestemming verdienen.'</i> Dat onderscheid maakt de "
           "notitie nu met de indeling in drie categorieën."),
         P("3 Bevindingen", h2),
         N("3.1", "De vier parken in de gemeente tellen samen 525 eenheden. Ruim een vijfde wordt permanent "
           "bewoond, vaak door mensen die elders geen woning kunnen vinden (zie tabel)."), fig, Spacer(1, 6),
         N("3.2", "De notitie zegt weinig over wat er gebeurt met de huidige bewoners wanneer een park wordt "
           "getransformeerd. Bewoners die wij spraken zijn daar ongerust over."),
         N("3.3", "De versnippering van eigendom maakt verbetering moeilijk: op Heideroosje zijn 96 eenheden in "
           "handen van 71 eigenaren, zonder werkende vereniging van eigenaren."),
         P("4 Conclusies", h2),
         N("4.1", "De taskforce onderschrijft de indeling in drie categorieën. De uitvoering is echter nog niet "
           "belegd: niemand is verantwoordelijk voor het gesprek met eigenaren per park."),
         N("4.2", "De handhaving van het verbod op permanente bewoning is in de notitie te weinig uitgewerkt; "
           "het ontbreekt aan prioriteiten en capaciteit."),
         P("5 Aanbevelingen", h2),
         N("5.1", "Stel voor ieder park in de categorie 'verbeteren' een parkregisseur aan die eigenaren, "
           "bewoners en gemeente bij elkaar brengt en een verbeterplan opstelt."),
         N("5.2", "Onderzoek samen met de provincie of een regionaal transformatiefonds voor verouderde parken "
           "haalbaar is, met een bijdrage van alle deelnemende gemeenten."),
         N("5.3", "Leg de handhaving op permanente bewoning vast in een jaarlijks uitvoeringsprogramma met "
           "heldere prioriteiten en voldoende toezichtcapaciteit."),
         N("5.4", "Bied elk huishouden dat nu permanent op een park woont een persoonlijk woonplan aan, met "
           "begeleiding naar passende huisvesting binnen of buiten de gemeente."),
         N("5.5", "Neem in het omgevingsplan een regel op die het opsplitsen van recreatieparken in losse "
           "kavels voor verkoop verbiedt."),
         N("5.6", "Verlaag de toeristenbelasting tijdelijk voor parken die actief meedoen aan een "
           "verbetertraject, als stimulans voor eigenaren om te investeren."),
         N("5.7", "Laat de veiligheidsregio op alle parken jaarlijks een brandveiligheidsschouw uitvoeren in "
           "plaats van eens in de vier jaar."),
         P("6 Tot slot", h2),
         N("6.1", "De taskforce is graag bereid haar advies toe te lichten in de commissie Ruimte van 12 maart "
           "2026."),
         Spacer(1, 6), P("Namens de Taskforce Vitale Vakantieparken Noord-Veluwerand,"),
         P("ir. M.A. Oosterbeek-Land, voorzitter<br/>R. van Hunen, secretaris")]
    build(NAME + "_advice.pdf", s, "Taskforce Vitale Vakantieparken Noord-Veluwerand  |  TVV-NVR/2026-006",
          "pagina {n}")


def response():
    meta = Table([["Raadsinformatiebrief", "nr. 2026-031"], ["Datum", "14 april 2026"],
                  ["Portefeuillehouder", "wethouder H.J. Rietkamp"],
                  ["Onderwerp", "Advies Taskforce Vitale Vakantieparken over de beleidsnotitie Recreatieparken"]],
                 colWidths=[110, 340])
    meta.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "S", 8.5), ("FONT", (0, 0), (0, -1), "SB", 8.5),
                              ("BACKGROUND", (0, 0), (-1, 0), Color(0.86, 0.9, 0.96)),
                              ("BOX", (0, 0), (-1, -1), 0.5, BLUE), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    s = [P("Gemeente Heerdestein", h1), meta, Spacer(1, 8),
         P("Geachte leden van de raad,"),
         P("Met deze brief informeren wij u over het advies dat de Taskforce Vitale Vakantieparken op 17 februari "
           "heeft uitgebracht over de concept-beleidsnotitie Recreatieparken 2026, en over de manier waarop wij "
           "het advies hebben verwerkt in de notitie die wij u ter vaststelling aanbieden."),
         P("Huidige bewoners", h2),
         P("Wij delen de zorg van de taskforce over de mensen die nu op een park wonen. Elk huishouden op een park "
           "dat wordt getransformeerd krijgt daarom een eigen woonplan, opgesteld samen met een consulent van het "
           "sociaal team. De eerste gesprekken op Het Vennetje zijn inmiddels gevoerd."),
         P("Regie per park en financiële prikkels", h2),
         P("Vanaf 1 juni 2026 werkt de gemeente met twee parkregisseurs, die voor de parken in de categorie "
           "'verbeteren' het gesprek met eigenaren en bewoners voeren en per park een verbeterplan opstellen. De "
           "taskforce stelt daarnaast voor eigenaren te belonen met een lagere toeristenbelasting. Die suggestie "
           "nemen wij niet over: de belasting is een algemene heffing en een korting voor een deel van de "
           "ondernemers verhoudt zich slecht tot het gelijkheidsbeginsel."),
         P("Brandveiligheid", h2),
         P("De veiligheidsregio heeft ons laten weten dat een jaarlijkse schouw op alle parken haar capaciteit te "
           "boven gaat. Wij hebben afgesproken dat de parken met de meeste permanente bewoning voortaan eens in de "
           "twee jaar worden geschouwd; de overige parken houden de huidige frequentie."),
         P("Samenwerking in de regio", h2),
         P("Het idee van een gezamenlijk fonds voor de transformatie van verouderde parken brengen wij in bij "
           "het regionaal bestuurlijk overleg van juni. Of Heerdestein daaraan kan bijdragen, bezien wij bij de "
           "voorjaarsnota 2027; een besluit daarover nemen wij nu nog niet."),
         P("Verkaveling", h2),
         P("Het ontwerp-omgevingsplan dat in mei ter inzage gaat bevat een nieuwe regel die het splitsen van "
           "recreatieparken in afzonderlijk verkoopbare kavels niet langer toestaat. Hiermee volgen wij het advies "
           "van de taskforce."),
         P("Woningbouwprogramma", h2),
         P("In de commissie is gevraagd naar de relatie met de woningbouwopgave. Het woningbouwprogramma "
           "2026-2030 voorziet in 340 woningen, waarvan 30 procent sociale huur; de flexwoningen aan de Stationsweg "
           "worden in het najaar opgeleverd."),
         P("Wij danken de taskforce voor haar zorgvuldige advies. Over de voortgang van de uitvoering informeren "
           "wij u in het eerste kwartaal van 2027."),
         Spacer(1, 4), P("Met vriendelijke groet,<br/>burgemeester en wethouders van Heerdestein,"),
         P("de secretaris, mr. A.C. Hofstede<br/>de burgemeester, drs. P.W. Bakker")]
    build(NAME + "_response.pdf", s, "Gemeente Heerdestein - raadsinformatiebrief 2026-031", "pagina {n}")


advice()
response()
B.write_expected(NAME, [
    (1, "Stel voor ieder park in de categorie 'verbeteren' een parkregisseur", "werkt de gemeente met twee "
     "parkregisseurs", "agrees"),
    (2, "Onderzoek samen met de provincie of een regionaal transformatiefonds", "brengen wij in bij het regionaal "
     "bestuurlijk overleg van juni", "noted"),
    (3, "Leg de handhaving op permanente bewoning vast in een jaarlijks", None, "unanswered"),
    (4, "Bied elk huishouden dat nu permanent op een park woont", "krijgt daarom een eigen woonplan", "agrees"),
    (5, "Neem in het omgevingsplan een regel op die het opsplitsen", "Hiermee volgen wij het advies van de "
     "taskforce", "agrees"),
    (6, "Verlaag de toeristenbelasting tijdelijk voor parken die actief meedoen", "Die suggestie nemen wij niet "
     "over", "disagrees"),
    (7, "Laat de veiligheidsregio op alle parken jaarlijks een brandveiligheidsschouw", "voortaan eens in de twee "
     "jaar worden geschouwd", "partly"),
], ["Met deze brief informeren wij u over het advies",
    "Het woningbouwprogramma 2026-2030 voorziet in 340 woningen",
    "Over de voortgang van de uitvoering informeren wij u"],
    "Advice: taskforce advice letter with every paragraph numbered by section (1.1 ... 6.1); the recommendations are "
    "paragraphs 5.1-5.7 of '5 Aanbevelingen', in the same form as findings 3.1-3.3 and conclusions 4.1-4.2; traps: "
    "Omgevingswet art. 4.2 and Wet BRP 'moet', the 2021 advice quoted with 'moet', a figures table, dates. "
    "Response: raadsinformatiebrief with subject headings, paraphrase only (no numbers), order 4, 1+6, 7, 2, 5; "
    "'Regie per park en financiele prikkels' = 1 agrees (two parkregisseurs from 1 June) + 6 disagrees; 7 partly "
    "(every two years, only the parks with most residents); 2 noted (raised in regional overleg, no decision); "
    "5 agrees; 3 unanswered; introduction, 'Woningbouwprogramma' and the closing answer nothing.")
