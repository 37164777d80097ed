"""Round 74 (nl): the SLOTBESCHOUWINGEN (concluding observations) of the UN Committee on the Rights of the Child on
a State party's periodic report, in an (unofficial) Dutch translation, answered by the State party's NEXT PERIODIC
REPORT, whose chapters report on what was done with the concluding observations.

Advice: 'Slotbeschouwingen over het zesde periodieke rapport van het Koninkrijk der Nederlanden' (symbol, dates,
figures and content invented), 3 p.: UN layout with symbol head, 'Distr.: Algemeen', hanging paragraph numbers 1-19;
recommendations as lettered sub-items (a), (b) after 'beveelt het Comité de Staat die partij aan:' and as single
sentences 'Het Comité beveelt de Staat die partij aan ...' / 'dringt er bij de Staat die partij op aan'; numbers
are 'paragraph(letter)'. Traps: paragraphs 1-3 (introduction, welcomed measures), 4 (the Convention's duty 'moeten
worden gewaarborgd'), 5 (points to the urgent paragraphs), the earlier 2015 recommendation quoted in 7, the concerns
'is bezorgd dat ...', 19 (invitation to submit the next report).
Response: 'Zevende periodieke rapportage ...', deel A Europees Nederland (excerpt), 2 p.: hanging numbers 1-14, headings
naming the themes and '(slotbeschouwingen, par. N)': 1-3 introduction and consultation of children (nothing);
Jeugdbescherming = 13 agrees; Coordinatie = 7(a) partly + 7(b) agrees in one paragraph; Jeugdstrafrecht = 17
disagrees; Armoede = 11(a) partly; Budget = 9 noted; Onderwijs (nothing); 11(b) unanswered.
Engine: reportlab platypus (DejaVu, invariant=1).

Run: /tmp/blind74nl/bin/python tests/docs/src/blind74/gen_nl_slotbeschouwingen_reportlab.py"""
import os
import sys

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

sys.path.insert(0, os.path.dirname(__file__))
import _b74nl as B  # noqa: E402

rl_config.invariant = 1
NAME = "blind74_nl_slotbeschouwingen"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf"), ("SE", "DejaVuSerif.ttf"), ("SEB", "DejaVuSerif-Bold.ttf"),
              ("SEI", "DejaVuSerif-Italic.ttf"), ("SEBI", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")
pdfmetrics.registerFontFamily("SE", normal="SE", bold="SEB", italic="SEI", boldItalic="SEBI")
UN = colors.HexColor("#1f5e9c")
GREY = colors.HexColor("#555555")


def st(size, lead, fam, **kw):
    return ParagraphStyle(fam + str(size) + str(lead) + str(sorted(kw.items())), fontName=fam, fontSize=size,
                          leading=lead, **kw)


S = {
    "p": st(9.4, 13.2, "SE", alignment=4, spaceAfter=5, leftIndent=10 * mm, firstLineIndent=-10 * mm),
    "sub": st(9.4, 13.2, "SE", alignment=4, spaceAfter=4, leftIndent=18 * mm, firstLineIndent=-8 * mm),
    "h1": st(10.2, 14, "SEB", spaceBefore=8, spaceAfter=4, leftIndent=0),
    "h2": st(9.4, 13, "SEB", spaceBefore=5, spaceAfter=3, leftIndent=10 * mm),
    "title": st(13, 17, "SEB", spaceAfter=3, leftIndent=10 * mm),
    "note": st(8, 11, "SEI", textColor=GREY, spaceAfter=8, leftIndent=10 * mm),
    "rp": st(9.3, 13.4, "DS", alignment=0, spaceAfter=5, leftIndent=9 * mm, firstLineIndent=-9 * mm),
    "rh": st(10.2, 14, "DSB", spaceBefore=8, spaceAfter=3, textColor=UN),
    "rt": st(15, 19, "DSB", spaceAfter=4),
    "rs": st(9.5, 13, "DS", textColor=GREY, spaceAfter=10),
}
for k in ("h1", "h2", "rh"):
    S[k].keepWithNext = 1


def adv_deco(c, doc):
    w, h = A4
    c.saveState()
    n = doc.page
    c.setFont("SEB", 9)
    if n == 1:
        c.setFont("DSB", 9)
        c.drawString(20 * mm, h - 16 * mm, "Verenigde Naties")
        c.setFont("DSB", 15)
        c.drawRightString(w - 20 * mm, h - 17 * mm, "CRC/C/NLD/CO/6")
        c.setLineWidth(1.2)
        c.line(20 * mm, h - 20 * mm, w - 20 * mm, h - 20 * mm)
        c.setFont("SEB", 14)
        c.drawString(20 * mm, h - 30 * mm, "Verdrag inzake de rechten van het kind")
        c.setFont("SE", 8.5)
        for i, t in enumerate(("Distr.: Algemeen", "9 juni 2021", "", "Onofficiële Nederlandse vertaling",
                               "Origineel: Engels")):
            c.drawString(w - 62 * mm, h - 27 * mm - i * 4 * mm, t)
        c.setLineWidth(0.4)
        c.line(20 * mm, h - 50 * mm, w - 20 * mm, h - 50 * mm)
    else:
        c.setFont("DSB", 8.5)
        x = 20 * mm if n % 2 == 0 else w - 20 * mm
        (c.drawString if n % 2 == 0 else c.drawRightString)(x, h - 14 * mm, "CRC/C/NLD/CO/6")
        c.setLineWidth(0.4)
        c.line(20 * mm, h - 16 * mm, w - 20 * mm, h - 16 * mm)
    c.setFont("DS", 7.5)
    c.drawString(20 * mm, 12 * mm, "GE.21-07812")
    c.setFont("DSB", 8.5)
    c.drawRightString(w - 20 * mm, 12 * mm, str(n))
    c.restoreState()


def res_deco(c, doc):
    w, h = A4
    c.saveState()
    c.setFillColor(UN)
    c.rect(0, h - 9 * mm, w, 9 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DSB", 8)
    c.drawString(20 * mm, h - 6 * mm, "Koninkrijk der Nederlanden  |  Zevende periodieke rapportage IVRK")
    c.setFillColor(GREY)
    c.setFont("DS", 7.5)
    c.drawRightString(w - 20 * mm, 12 * mm, f"Pagina {doc.page}")
    c.drawString(20 * mm, 12 * mm, "Deel A - Europees Nederland")
    c.restoreState()


def build(name, story, deco, first_top):
    doc = BaseDocTemplate(B.out(name), pagesize=A4, title="", author="", creator="", producer="")
    w, h = A4
    f1 = Frame(20 * mm, 18 * mm, w - 40 * mm, h - first_top - 18 * mm, id="f1")
    f2 = Frame(20 * mm, 18 * mm, w - 40 * mm, h - 40 * mm, id="f2")
    doc.addPageTemplates([PageTemplate("first", [f1], onPage=deco, autoNextPageTemplate="rest"),
                          PageTemplate("rest", [f2], onPage=deco)])
    doc.build(story)


def P(t, k="p"):
    return Paragraph(t, S[k])


def N(n, t):
    return P(f"{n}.\u2003{t}" if n else t)


def sub(letter, t):
    return P(f"({letter})\u2003{t}", "sub")


def advice():
    s = [P("Comité voor de Rechten van het Kind", "h2"),
         P("Slotbeschouwingen over het zesde periodieke rapport van het Koninkrijk der Nederlanden*", "title"),
         P("* Aangenomen door het Comité tijdens zijn zesentachtigste zitting (17 mei - 4 juni 2021).", "note"),
         P("A.\u2003Inleiding", "h1"),
         N(1, "Het Comité heeft het zesde periodieke rapport van het Koninkrijk der Nederlanden (CRC/C/NLD/6) "
              "behandeld tijdens zijn 2514e en 2515e vergadering, gehouden op 19 en 20 mei 2021, en heeft op 4 juni "
              "2021 deze slotbeschouwingen aangenomen."),
         N(2, "Het Comité verwelkomt de indiening van het rapport en de schriftelijke antwoorden op de lijst van "
              "vragen, en waardeert de constructieve dialoog met de delegatie, waarin alle vier de landen van het "
              "Koninkrijk waren vertegenwoordigd."),
         P("B.\u2003Vervolgmaatregelen en door de Staat die partij geboekte vooruitgang", "h1"),
         N(3, "Het Comité verwelkomt de inwerkingtreding van de Wet verbetering rechtspositie pleegkinderen en het "
              "landelijke actieprogramma tegen kindermishandeling, alsook de verhoging van het kindgebonden budget "
              "in 2020."),
         P("C.\u2003Belangrijkste punten van zorg en aanbevelingen", "h1"),
         N(4, "Het Comité herinnert de Staat die partij eraan dat alle rechten die in het Verdrag zijn neergelegd in "
              "alle delen van het Koninkrijk in gelijke mate moeten worden gewaarborgd, ongeacht de bestuurlijke "
              "verdeling van bevoegdheden tussen de landen."),
         N(5, "Het Comité vestigt de aandacht van de Staat die partij op de aanbevelingen in de paragrafen 11, 13 en "
              "17, waarvoor dringende maatregelen moeten worden genomen."),
         P("Algemene uitvoeringsmaatregelen (art. 4, 42 en 44, zesde lid)", "h2"),
         P("Coördinatie", "h2"),
         N(6, "Het Comité neemt kennis van de Nationale Jeugdagenda 2019-2023, maar is bezorgd dat de uitvoering van "
              "het Verdrag versnipperd blijft over vier landen, zeven ministeries en 342 gemeenten, en dat geen "
              "enkel orgaan verantwoordelijk is voor het geheel."),
         N(7, "Het Comité herinnert aan zijn eerdere aanbeveling (CRC/C/NLD/CO/4, par. 9) \u2018een permanent "
              "mechanisme voor coördinatie op het niveau van het Koninkrijk op te richten\u2019, en beveelt de Staat "
              "die partij aan:"),
         sub("a", "een coördinerend orgaan op Koninkrijksniveau in te stellen met een duidelijk mandaat, voldoende "
                  "bevoegdheden en eigen middelen om de uitvoering van het Verdrag in alle landen te sturen;"),
         sub("b", "bij alle nieuwe wet- en regelgeving die kinderen raakt een kinderrechtentoets verplicht te stellen "
                  "en de uitkomst daarvan openbaar te maken."),
         P("Toewijzing van middelen", "h2"),
         N(8, "Het Comité stelt vast dat de decentralisatie van de jeugdzorg in 2015 gepaard ging met een korting op "
              "de budgetten en dat veel gemeenten tekorten hebben. Uit de beschikbare gegevens kan niet worden "
              "afgeleid welk deel van de rijksbegroting aan kinderen ten goede komt."),
         N(9, "Onder verwijzing naar zijn algemeen commentaar nr. 19 (2016) beveelt het Comité de Staat die partij "
              "aan een methode te ontwikkelen waarmee de uitgaven voor kinderen in de rijksbegroting en de "
              "gemeentebegrotingen zichtbaar worden gemaakt en kunnen worden gevolgd."),
         P("Levensstandaard", "h2"),
         N(10, "Het Comité is ernstig bezorgd dat in Europees Nederland ongeveer een op de twaalf kinderen in armoede "
               "opgroeit en dat het aandeel in Caribisch Nederland veel hoger ligt. Het Comité is er tevens bezorgd "
               "over dat voor Bonaire, Sint Eustatius en Saba geen sociaal minimum is vastgesteld."),
         N(11, "Het Comité beveelt de Staat die partij aan:"),
         sub("a", "voor Caribisch Nederland een sociaal minimum vast te stellen dat de werkelijke kosten van "
                  "levensonderhoud van gezinnen met kinderen dekt, en de uitkeringen daarop af te stemmen;"),
         sub("b", "een doelstelling met een tijdpad vast te leggen om de kinderarmoede in het gehele Koninkrijk "
                  "uiterlijk in 2030 te halveren."),
         P("Kinderen die niet in hun gezinsomgeving verblijven", "h2"),
         N(12, "Het Comité is bezorgd over het grote aantal kinderen dat in gesloten jeugdhulp wordt geplaatst, over "
               "het gebruik van afzondering en over de lange wachttijden voor pleeggezinnen. Het Comité merkt op "
               "dat een kind volgens het Verdrag slechts als uiterste maatregel van zijn vrijheid mag worden "
               "beroofd."),
         N(13, "Het Comité dringt er bij de Staat die partij op aan de gesloten jeugdhulp af te bouwen ten gunste van "
               "kleinschalige voorzieningen in de eigen omgeving van het kind, en het gebruik van afzondering bij "
               "wet te verbieden."),
         P("Jeugdrecht", "h2"),
         N(14, "Het Comité neemt kennis van het adolescentenstrafrecht, maar is bezorgd dat de minimumleeftijd voor "
               "strafrechtelijke verantwoordelijkheid twaalf jaar bedraagt en dat zestien- en zeventienjarigen "
               "nog steeds volgens het strafrecht voor volwassenen kunnen worden berecht."),
         N(15, "In zijn vorige slotbeschouwingen had het Comité al gewezen op de gevolgen van voorlopige hechtenis "
               "voor jonge kinderen. Het Comité merkt op dat de delegatie heeft meegedeeld dat het aantal "
               "voorlopig gehechte minderjarigen sinds 2016 met een derde is gedaald."),
         N(16, "Het Comité verwijst naar zijn algemeen commentaar nr. 24 (2019) over kinderrechten in het "
               "jeugdrecht, waarin staten worden aangemoedigd de leeftijdsgrens ten minste op veertien jaar te "
               "leggen."),
         N(17, "Het Comité beveelt de Staat die partij aan de minimumleeftijd voor strafrechtelijke "
               "verantwoordelijkheid te verhogen naar ten minste veertien jaar en ervoor te zorgen dat geen kind "
               "volgens het strafrecht voor volwassenen wordt berecht."),
         P("D.\u2003Ratificatie van het Optioneel Protocol inzake een communicatieprocedure", "h1"),
         N(18, "Het Comité stelt met waardering vast dat de Staat die partij het Optioneel Protocol bij het Verdrag "
               "inzake een communicatieprocedure in 2013 heeft geratificeerd."),
         P("E.\u2003Volgend rapport", "h1"),
         N(19, "Het Comité nodigt de Staat die partij uit zijn zevende periodieke rapport uiterlijk op 5 maart 2026 in "
               "te dienen en daarin informatie op te nemen over de opvolging van deze slotbeschouwingen."),
         ]
    build(NAME + "_advice.pdf", s, adv_deco, 56 * mm)


def response():
    s = [Spacer(1, 4 * mm),
         P("Zevende periodieke rapportage van het Koninkrijk der Nederlanden over de uitvoering van het "
           "Internationaal Verdrag inzake de rechten van het kind", "rt"),
         P("Deel A - Europees Nederland (uittreksel, hoofdstukken 1 en 2)  |  maart 2026", "rs"),
         P("1. Inleiding", "rh")]
    R = lambda n, t: Paragraph(f"{n}.\u2003{t}", S["rp"])  # noqa: E731
    s += [
        R(1, "Dit deel van de rapportage is opgesteld onder coördinatie van het Ministerie van Volksgezondheid, "
             "Welzijn en Sport. De delen over Aruba, Curaçao en Sint Maarten worden door de regeringen van die "
             "landen zelf opgesteld en zijn als delen B tot en met D bijgevoegd."),
        R(2, "Voor deze rapportage zijn in het najaar van 2025 in vijf gemeenten gesprekken gevoerd met in totaal "
             "214 kinderen en jongeren. Hun inbreng is per thema in een kader weergegeven."),
        R(3, "Hoofdstuk 2 beschrijft per thema wat Nederland heeft gedaan met de slotbeschouwingen van het Comité "
             "van juni 2021. De paragraafnummers tussen haakjes verwijzen naar die slotbeschouwingen."),
        P("2. Opvolging van de slotbeschouwingen", "rh"),
        P("Jeugdbescherming en gesloten jeugdhulp (slotbeschouwingen, par. 12-13)", "h2"),
        R(4, "De regering heeft de aanbeveling van het Comité overgenomen. Met het wetsvoorstel Terugdringen "
             "gesloten jeugdhulp wordt afzondering per 1 januari 2027 wettelijk verboden. Het aantal plaatsen in "
             "gesloten jeugdhulp is tussen 2021 en 2025 met 40 procent afgenomen; tegelijk zijn 61 kleinschalige "
             "voorzieningen geopend, de meeste met niet meer dan acht plaatsen."),
        P("Coördinatie en kinderrechtentoets (slotbeschouwingen, par. 6-7)", "h2"),
        R(5, "Een afzonderlijk coördinerend orgaan op Koninkrijksniveau acht de regering niet passend, omdat de "
             "zorg voor kinderen een aangelegenheid van elk land afzonderlijk is. In plaats daarvan komt de "
             "interdepartementale werkgroep Kinderrechten sinds 2023 twee keer per jaar bijeen met "
             "vertegenwoordigers van de vier landen. De aanbeveling over wetgeving is wel volledig uitgevoerd: "
             "sinds 1 januari 2024 is de kinderrechtentoets een verplicht onderdeel van het Beleidskompas, en de "
             "uitkomst wordt in de memorie van toelichting opgenomen."),
        P("Minimumleeftijd in het jeugdstrafrecht (slotbeschouwingen, par. 14-17)", "h2"),
        R(6, "De regering houdt vast aan de leeftijd van twaalf jaar. Het Nederlandse jeugdstrafrecht is sterk "
             "pedagogisch van aard en biedt de rechter ruimte om ook bij jonge kinderen hulp en begeleiding op te "
             "leggen in plaats van straf. Een verhoging naar veertien jaar zou die mogelijkheid juist wegnemen. Het "
             "adolescentenstrafrecht blijft ongewijzigd van kracht."),
        P("Armoede en sociaal minimum (slotbeschouwingen, par. 10-11)", "h2"),
        R(7, "Voor Caribisch Nederland is in 2024 een ijkpunt sociaal minimum vastgesteld. De uitkeringen en het "
             "wettelijk minimumloon op de eilanden worden daar stapsgewijs naartoe gebracht; het ijkpunt wordt "
             "naar verwachting in 2028 bereikt. Het ijkpunt is gebaseerd op de kosten voor een alleenstaande en "
             "een paar; een afzonderlijke norm voor gezinnen met kinderen is nog niet vastgesteld."),
        P("Zichtbaarheid van uitgaven voor kinderen (slotbeschouwingen, par. 8-9)", "h2"),
        R(8, "De regering heeft kennisgenomen van de aanbeveling om de uitgaven voor kinderen zichtbaar te maken. "
             "Het Centraal Bureau voor de Statistiek onderzoekt in opdracht van het Ministerie van Financiën of "
             "een dergelijke registratie mogelijk is zonder extra lasten voor gemeenten. Over de uitkomst wordt in "
             "de volgende rapportage bericht."),
        P("Onderwijs", "h2"),
        R(9, "Het aantal thuiszitters is in het schooljaar 2024-2025 gedaald tot 8.370 kinderen. Met het "
             "wetsvoorstel Passend onderwijs dichtbij krijgen scholen vanaf 2027 een zorgplicht voor een passende "
             "plek binnen twintig kilometer van de woning van het kind."),
    ]
    build(NAME + "_response.pdf", s, res_deco, 20 * mm)


RECS = [
    ("7(a)", "een coördinerend orgaan op Koninkrijksniveau in te stellen met een duidelijk mandaat",
     "Een afzonderlijk coördinerend orgaan op Koninkrijksniveau acht de regering niet passend", "partly"),
    ("7(b)", "bij alle nieuwe wet- en regelgeving die kinderen raakt een kinderrechtentoets verplicht",
     "De aanbeveling over wetgeving is wel volledig uitgevoerd", "agrees"),
    ("9", "Onder verwijzing naar zijn algemeen commentaar nr. 19 (2016) beveelt het Comité",
     "heeft kennisgenomen van de aanbeveling om de uitgaven", "noted"),
    ("11(a)", "voor Caribisch Nederland een sociaal minimum vast te stellen dat de werkelijke",
     "een afzonderlijke norm voor gezinnen met kinderen is nog niet vastgesteld", "partly"),
    ("11(b)", "een doelstelling met een tijdpad vast te leggen om de kinderarmoede", None, "unanswered"),
    ("13", "Het Comité dringt er bij de Staat die partij op aan",
     "De regering heeft de aanbeveling van het Comité overgenomen", "agrees"),
    ("17", "Het Comité beveelt de Staat die partij aan de minimumleeftijd voor strafrechtelijke",
     "De regering houdt vast aan de leeftijd van twaalf jaar", "disagrees"),
]
UNMATCHED = [
    "De delen over Aruba, Curaçao en Sint Maarten worden",
    "gesprekken gevoerd met in totaal 214 kinderen en jongeren",
    "beschrijft per thema wat Nederland heeft gedaan met de slotbeschouwingen",
    "Het aantal thuiszitters is in het schooljaar 2024-2025 gedaald",
]
NOTES = ("SLOTBESCHOUWINGEN of the UN Committee on the Rights of the Child (unofficial Dutch translation) answered by the "
         "State party's NEXT PERIODIC REPORT. The Committee, the Convention, its general comments 19 and 24, the "
         "Optional Protocol and the Dutch laws and bodies named are real; the symbol CRC/C/NLD/CO/6, the dates, "
         "meetings, figures, the report and what the documents say are invented. Recommendations: lettered "
         "sub-items 7(a), 7(b), 11(a), 11(b) after 'beveelt ... aan:' and single sentences 9, 13, 17 inside numbered "
         "paragraphs 1-19; numbers are paragraph plus letter. Traps: 4 ('moeten worden gewaarborgd'), 5 (points to "
         "the urgent paragraphs), the 2015 recommendation quoted in 7, the concerns in 6, 8, 10, 12, 14, 15 and 16 "
         "(general comment 'worden aangemoedigd'), 19 (invitation to report). Response: numbered paragraphs 1-9 under "
         "theme headings citing paragraph ranges; 4 = 13 agrees; ONE paragraph 5 = 7(a) partly (a working group "
         "instead of a body) + 7(b) agrees; 6 = 17 disagrees; 7 = 11(a) partly (no norm for families with "
         "children); 8 = 9 noted; 1-3 and 9 (Onderwijs) answer nothing; 11(b) unanswered.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
