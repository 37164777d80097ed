"""Round 75 (nl): the OORDEEL of the VERANTWOORDINGSORGAAN (accountability body of members, employers and pensioners)
of a public-sector pension fund, printed in the fund's JAARVERSLAG, answered by the 'REACTIE VAN HET BESTUUR' that
follows it in the same annual report (Pensioenwet: the board's reply to the VO's judgement is published with it).

Advice: chapter 7 of 'Jaarverslag 2025' of the (invented) Stichting Pensioenfonds Publieke Dienstverlening (PPD),
pages 118-120: the Pensioenwet duty ('moet ... een oordeel geven'); the VO's use of its adviesrecht; a ruled table
'Opvolging aanbevelingen 2024' with last year's recommendations as imperatives and their status; theme sections
with bold run-in themes: two recommendations as bullets after 'Het VO beveelt het bestuur aan om:', the others as
sentences 'Het VO beveelt ... aan ...' / 'Het VO adviseert ...' inside paragraphs; the members' survey 'zou ...
moeten'; the Wtp's 'moet uiterlijk ...'; the closing 'Oordeel' and a summary paraphrase 'Samengevat vraagt het VO ...'.
Numbers are the order of the seven recommendations.
Response: chapter 8 'Reactie van het bestuur op het oordeel van het verantwoordingsorgaan', pages 121-122, prose
with bold run-in themes in another order: thanks (nothing); costs = 5 partly (a target, no ceiling); ONE paragraph
= 1 agrees + 2 disagrees; 4 agrees; 3 noted; adviesaanvragen 2026 (nothing); 7 agrees; closing (nothing); 6
(external board evaluation) unanswered.
Engine: reportlab platypus (DejaVu, invariant=1).

Run: /tmp/blind75nl/bin/python tests/docs/src/blind75/gen_nl_verantwoordingsorgaan_reportlab.py"""
import os
import sys

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, ListFlowable, ListItem, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle)

sys.path.insert(0, os.path.dirname(__file__))
import _b75nl as B  # noqa: E402

rl_config.invariant = 1
NAME = "blind75_nl_verantwoordingsorgaan"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")
TEAL = colors.HexColor("#00665e")
GREY = colors.HexColor("#5a5a5a")
PALE = colors.HexColor("#e4f0ee")


def st(name, size, lead, fam="DS", **kw):
    return ParagraphStyle(name, fontName=fam, fontSize=size, leading=lead, **kw)


S = {
    "p": st("p", 9.2, 13.4, alignment=4, spaceAfter=6),
    "b": st("b", 9.2, 13.4, alignment=0, spaceAfter=2),
    "ch": st("ch", 17, 21, "DSB", textColor=TEAL, spaceAfter=8),
    "h": st("h", 10.6, 14, "DSB", textColor=TEAL, spaceBefore=8, spaceAfter=4, keepWithNext=1),
    "cell": st("cell", 8.2, 10.8),
    "cellb": st("cellb", 8.2, 10.8, "DSB", textColor=colors.white),
    "cap": st("cap", 7.8, 10, "DSI", textColor=GREY, spaceBefore=2, spaceAfter=8),
    "sig": st("sig", 9.2, 13.4, spaceBefore=6),
}


def deco(first_page):
    def draw(c, doc):
        w, h = A4
        n = doc.page + first_page - 1
        c.saveState()
        c.setFillColor(TEAL)
        c.rect(0, h - 9 * mm, w, 9 * mm, fill=1, stroke=0)
        c.setFillColor(GREY)
        c.setFont("DS", 7.4)
        left = n % 2 == 0
        txt = "Pensioenfonds PPD  |  Jaarverslag 2025"
        if left:
            c.drawString(22 * mm, h - 15 * mm, txt)
            c.drawString(22 * mm, 12 * mm, str(n))
        else:
            c.drawRightString(w - 22 * mm, h - 15 * mm, txt)
            c.drawRightString(w - 22 * mm, 12 * mm, str(n))
        c.setStrokeColor(TEAL)
        c.setLineWidth(0.5)
        c.line(22 * mm, h - 17 * mm, w - 22 * mm, h - 17 * mm)
        c.restoreState()
    return draw


def build(story, fname, first_page):
    doc = BaseDocTemplate(B.out(fname), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=24 * mm,
                          bottomMargin=20 * mm, title="Jaarverslag 2025", author="Pensioenfonds PPD",
                          creator="reportlab")
    fr = Frame(22 * mm, 20 * mm, A4[0] - 44 * mm, A4[1] - 44 * mm, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=deco(first_page))])
    doc.build(story)


def P(t, s="p"):
    return Paragraph(t, S[s])


def advice():
    s = [P("7  Oordeel van het verantwoordingsorgaan", "ch"),
         P("7.1  Inleiding", "h"),
         P("Het verantwoordingsorgaan (VO) van Pensioenfonds PPD bestaat uit acht leden: vier namens de "
           "deelnemers, twee namens de werkgevers en twee namens de pensioengerechtigden. Op grond van artikel 115a "
           "van de Pensioenwet moet het verantwoordingsorgaan jaarlijks een oordeel geven over het handelen van het "
           "bestuur, over het gevoerde beleid en over de beleidskeuzes voor de toekomst. Het VO baseert zijn "
           "oordeel op het jaarverslag en de jaarrekening 2025, het actuarieel rapport, het verslag van de raad van "
           "toezicht en de gesprekken die het VO in 2025 met het bestuur, de raad van toezicht en de certificerend "
           "actuaris heeft gevoerd."),
         P("7.2  Werkzaamheden in 2025", "h"),
         P("Het VO vergaderde in 2025 negen keer, waarvan vier keer met een delegatie van het bestuur. Het VO heeft "
           "positief geadviseerd over het premiebeleid 2026, over het communicatiebeleidsplan 2026-2028 en over de "
           "wijziging van het beloningsbeleid. Over het voornemen om de pensioenadministratie onder te brengen bij "
           "een nieuwe uitvoerder heeft het VO in november een voorwaardelijk positief advies gegeven."),
         P("7.3  Opvolging van de aanbevelingen over 2024", "h"),
         P("In zijn oordeel over 2024 deed het VO vier aanbevelingen. Tabel 7.1 laat zien wat het bestuur daarmee "
           "heeft gedaan."),
         ]
    rows = [[P("Aanbeveling 2024", "cellb"), P("Stand van zaken", "cellb"), P("Beoordeling VO", "cellb")],
            [P("Leg de keuzes voor de overstap naar de nieuwe regeling vast in een openbaar transitieplan.", "cell"),
             P("Transitieplan vastgesteld in juni 2025", "cell"), P("afgerond", "cell")],
            [P("Versterk de sleutelfunctie risicobeheer met een tweede medewerker.", "cell"),
             P("Vacature vervuld per 1 september 2025", "cell"), P("afgerond", "cell")],
            [P("Beantwoord vragen van deelnemers binnen tien werkdagen.", "cell"),
             P("Gemiddeld 14 werkdagen", "cell"), P("nog niet voldoende", "cell")],
            [P("Betrek gepensioneerden bij het testen van de nieuwe pensioenplanner.", "cell"),
             P("Twee testsessies met 18 gepensioneerden", "cell"), P("afgerond", "cell")]]
    t = Table(rows, colWidths=[78 * mm, 50 * mm, 36 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#9fbfba")),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, PALE])]))
    s += [t, P("Tabel 7.1  Opvolging aanbevelingen verantwoordingsorgaan over 2024", "cap"),
          P("7.4  Bevindingen en aanbevelingen", "h"),
          P("<b>Transitie naar de nieuwe pensioenregeling.</b> Volgens de Wet toekomst pensioenen moet het fonds "
            "uiterlijk 1 januari 2028 overgaan op de nieuwe regeling. Het VO stelt vast dat het bestuur de "
            "voorbereiding zorgvuldig heeft aangepakt en de sociale partners tijdig heeft betrokken. Wel merkt het "
            "VO dat deelnemers nog nauwelijks weten wat de overstap voor hen persoonlijk betekent; de "
            "deelnemersmonitor van oktober 2025 laat zien dat 61 procent de gevolgen niet kan inschatten. Het VO "
            "beveelt het bestuur aan om:"),
          ListFlowable([
              ListItem(P("de deelnemers vóór de definitieve invaarbeslissing per persoon inzicht te geven in de "
                         "gevolgen van de transitie voor hun pensioen, met een voorbeeldberekening in euro’s;", "b"),
                       leftIndent=12),
              ListItem(P("een onafhankelijke toets te laten uitvoeren op de evenwichtigheid van de "
                         "compensatieregeling voor deelnemers tussen 45 en 60 jaar.", "b"),
                       leftIndent=12),
          ], bulletType="bullet", start="\u2013", leftIndent=14, bulletFontName="DS"),
          Spacer(1, 6),
          P("<b>Beleggingen en verantwoord beleggen.</b> Het rendement over 2025 bedroeg 6,8 procent, iets boven de "
            "benchmark; de dekkingsgraad steeg van 112,4 naar 118,9 procent. In de deelnemersmonitor geeft een meerderheid aan dat het fonds niet meer in fossiele "
            "energie zou moeten beleggen. Het VO begrijpt dat het bestuur die wens afweegt tegen het rendement en "
            "de spreiding van de beleggingen, maar vindt de huidige uitsluitingslijst te beperkt. Het VO beveelt "
            "aan de uitsluitingslijst uit te breiden met ondernemingen die meer dan 5 procent van hun omzet uit "
            "steenkool halen. Ook de verslaglegging kan beter: het fonds rapporteert nu alleen over de "
            "CO2-voetafdruk van de aandelenportefeuille. Het VO beveelt het bestuur daarnaast aan jaarlijks te "
            "rapporteren over de CO2-voetafdruk van de totale beleggingsportefeuille."),
          P("<b>Kosten.</b> De uitvoeringskosten per deelnemer stegen van 98 euro in 2024 naar 121 euro in 2025, "
            "vooral door projectkosten voor de transitie en de overgang naar een nieuwe uitvoerder. Het VO "
            "begrijpt dat deze kosten tijdelijk hoger zijn, maar mist een norm waaraan het bestuur zichzelf houdt. "
            "Het VO adviseert het bestuur een plafond voor de uitvoeringskosten per deelnemer vast te stellen en "
            "zich daarover jaarlijks te verantwoorden."),
          P("<b>Bestuur en organisatie.</b> Het bestuur evalueert zijn eigen functioneren jaarlijks in een "
            "zelfevaluatie. Het VO heeft gezien dat die evaluatie in 2025 weinig kritisch was en dat de "
            "aanbevelingen van de raad van toezicht over de besluitvorming nog niet zijn uitgewerkt. Het VO beveelt "
            "aan de jaarlijkse zelfevaluatie van het bestuur voortaan onder begeleiding van een externe deskundige "
            "te laten plaatsvinden."),
          P("<b>Communicatie en klachten.</b> Het aantal klachten daalde van 412 naar 356. De klachten gaan vooral "
            "over de bereikbaarheid en over brieven die deelnemers niet begrijpen. Een deelnemer die een klacht "
            "wil indienen, moet nu door vier webpagina’s zoeken. Het VO adviseert de klachtenprocedure in "
            "begrijpelijke taal op één pagina van de website te zetten, met een vaste termijn voor de "
            "afhandeling."),
          P("7.5  Oordeel", "h"),
          P("Het VO is van oordeel dat het bestuur in 2025 evenwichtig en zorgvuldig heeft gehandeld en dat het "
            "gevoerde beleid in overeenstemming is met de doelen van het fonds. Samengevat vraagt het VO het "
            "bestuur vooral om meer persoonlijke informatie over de transitie, om grip op de kosten en om een "
            "kritischer blik op het eigen functioneren. Het VO dankt het bestuur en de medewerkers van het "
            "bestuursbureau voor de open en prettige samenwerking."),
          P("Den Haag, 14 mei 2026<br/>Het verantwoordingsorgaan van Pensioenfonds PPD<br/>"
            "M.A. Wolthuis-Breedveld, voorzitter", "sig")]
    build(s, NAME + "_advice.pdf", 118)


def response():
    s = [P("8  Reactie van het bestuur op het oordeel van het verantwoordingsorgaan", "ch"),
         P("Het bestuur dankt het verantwoordingsorgaan voor zijn oordeel over 2025 en voor de betrokkenheid "
           "waarmee de leden van het VO het afgelopen jaar de vergaderingen hebben voorbereid. Het bestuur is "
           "verheugd dat het VO het handelen van het bestuur evenwichtig en zorgvuldig noemt. Hieronder gaat het "
           "bestuur in op de punten die het VO naar voren brengt."),
         P("<b>Kosten.</b> Het bestuur deelt de opvatting dat de uitvoeringskosten aandacht verdienen. Een vast "
           "plafond acht het bestuur in de transitiejaren echter niet verstandig: de eenmalige kosten van de "
           "overstap en van de nieuwe uitvoerder laten zich moeilijk vooraf begrenzen. Het bestuur neemt wel een "
           "streefwaarde voor de structurele kosten per deelnemer op in het jaarplan 2027 en legt in het "
           "jaarverslag uit waarom de werkelijke kosten daarvan afwijken."),
         P("<b>Informatie over de overstap.</b> Alle deelnemers ontvangen in het voorjaar van 2027, ruim vóór het "
           "besluit over het invaren, een persoonlijk overzicht met hun verwachte pensioen in de oude en de nieuwe "
           "regeling, in euro’s per maand. Het bestuur neemt deze aanbeveling daarmee volledig over. Een extra "
           "onafhankelijke toets op de compensatieregeling vindt het bestuur niet nodig. De compensatie is "
           "doorgerekend door de certificerend actuaris en getoetst door de raad van toezicht, en De "
           "Nederlandsche Bank beoordeelt het implementatieplan. Het bestuur ziet daarom af van een aanvullende "
           "toets."),
         P("<b>Verantwoord beleggen.</b> Met ingang van het jaarverslag 2026 rapporteert het fonds over de "
           "CO2-voetafdruk van alle beleggingscategorieën, dus ook van obligaties, vastgoed en infrastructuur. "
           "Over het voorstel om de uitsluitingslijst uit te breiden met steenkoolbedrijven heeft het bestuur "
           "kennisgenomen; het bestuur betrekt dit bij de herziening van het beleid verantwoord beleggen in 2027 "
           "en zal het VO daarover om advies vragen."),
         P("<b>Adviesaanvragen in 2026.</b> Het bestuur zal het VO in 2026 om advies vragen over het "
           "implementatieplan voor de nieuwe regeling, over de wijziging van de statuten en over de herziening van "
           "het premiebeleid. Het bestuur en het VO hebben afgesproken dat het VO voor deze adviezen zes weken "
           "krijgt."),
         P("<b>Klachten.</b> De beschrijving van de klachtenprocedure is herschreven op taalniveau B1 en staat "
           "sinds maart 2026 op één pagina van de website. Een klacht wordt binnen vier weken afgehandeld; lukt "
           "dat niet, dan hoort de deelnemer binnen die termijn wanneer hij een antwoord krijgt."),
         P("Het bestuur ziet uit naar een voortzetting van de goede samenwerking met het verantwoordingsorgaan in "
           "het jaar waarin de belangrijkste besluiten over de overstap worden genomen."),
         P("Den Haag, 28 mei 2026<br/>Het bestuur van Pensioenfonds PPD", "sig")]
    build(s, NAME + "_response.pdf", 121)


RECS = [
    (1, "de deelnemers vóór de definitieve invaarbeslissing per persoon inzicht te geven",
     "Het bestuur neemt deze aanbeveling daarmee volledig over", "agrees"),
    (2, "een onafhankelijke toets te laten uitvoeren op de evenwichtigheid van de",
     "Het bestuur ziet daarom af van een aanvullende toets", "disagrees"),
    (3, "Het VO beveelt aan de uitsluitingslijst uit te breiden met ondernemingen",
     "het bestuur betrekt dit bij de herziening van het beleid", "noted"),
    (4, "Het VO beveelt het bestuur daarnaast aan jaarlijks te rapporteren over",
     "rapporteert het fonds over de CO2-voetafdruk van alle beleggingscategorieën", "agrees"),
    (5, "Het VO adviseert het bestuur een plafond voor de uitvoeringskosten per",
     "Een vast plafond acht het bestuur in de transitiejaren echter niet verstandig", "partly"),
    (6, "Het VO beveelt aan de jaarlijkse zelfevaluatie van het bestuur voortaan", None, "unanswered"),
    (7, "Het VO adviseert de klachtenprocedure in begrijpelijke taal op één pagina",
     "is herschreven op taalniveau B1", "agrees"),
]
UNMATCHED = [
    "Het bestuur dankt het verantwoordingsorgaan voor zijn oordeel over 2025",
    "Het bestuur zal het VO in 2026 om advies vragen over",
    "ziet uit naar een voortzetting van de goede samenwerking",
]
NOTES = ("OORDEEL of the VERANTWOORDINGSORGAAN of a public-sector pension fund in its JAARVERSLAG (chapter 7, pages "
         "118-120), answered by the 'REACTIE VAN HET BESTUUR' in the same report (chapter 8, pages 121-122). The "
         "Pensioenwet, the Wet toekomst pensioenen and De Nederlandsche Bank are real; the fund, its bodies, the "
         "figures and the people are invented. Recommendations: 1 and 2 as dash bullets after 'Het VO beveelt het "
         "bestuur aan om:'; 3-7 UNNUMBERED sentences 'Het VO beveelt ... aan' / 'Het VO adviseert ...' inside "
         "paragraphs under bold run-in themes; numbers are their order. Traps: the Pensioenwet's 'moet ... een "
         "oordeel geven', the VO's advices (adviesrecht), Tabel 7.1 with last year's recommendations as "
         "imperatives and their status, the Wtp's 'moet uiterlijk', the survey's 'zou ... moeten beleggen', a "
         "complainant 'moet ... zoeken', the Oordeel and 'Samengevat vraagt het VO ...'. Response: prose with bold "
         "run-in themes, no numbers: thanks (nothing); Kosten = 5 partly (a target, no ceiling); ONE paragraph "
         "'Informatie over de overstap' = 1 agrees + 2 disagrees ('ziet daarom af van'); Verantwoord beleggen = 4 "
         "agrees + 3 noted ('heeft kennisgenomen; ... betrekt dit bij'); Adviesaanvragen in 2026 (nothing); "
         "Klachten = 7 agrees (done); closing (nothing); 6 (external board evaluation) unanswered.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
