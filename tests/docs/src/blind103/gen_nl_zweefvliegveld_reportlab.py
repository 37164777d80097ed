"""Round 103 (nl): the ADVIES of a COMMISSIE OMGEVINGSOVERLEG of a gliding field (zweefvliegveld) on the club's
concept-vliegreglement, answered by the club bestuur's LETTER with subject headings (paraphrase only, no letters).

Advice (reportlab, serif, green left rule on p. 1, running head from p. 2, 'blad n'): numbered findings 1.-5. with
'moet', the luchthavenregeling art. 6 quoted, the 2023 advice quoted with 'moet'; the recommendations are the LETTERED
items a.-g. under 'De commissie adviseert het bestuur:'. Response: letter, order c, b+f, a, g, d; e unanswered.
All bodies, people and figures are invented.

Run: /tmp/blind103nl/bin/python tests/docs/src/blind103/gen_nl_zweefvliegveld_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b103nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind103_nl_zweefvliegveld"
F = B.tmp_fonts(f"B{B.ROUND}NL Serif", B.SERIF_FILES)
pdfmetrics.registerFont(TTFont("R", F["Regular"]))
pdfmetrics.registerFont(TTFont("RB", F["Bold"]))
pdfmetrics.registerFont(TTFont("RI", F["Italic"]))
pdfmetrics.registerFontFamily("R", normal="R", bold="RB", italic="RI", boldItalic="RB")
GREEN = colors.HexColor("#2f6b3a")
body = ParagraphStyle("b", fontName="R", fontSize=9.6, leading=13.4, spaceAfter=6)
h2 = ParagraphStyle("h2", fontName="RB", fontSize=11, leading=14, textColor=GREEN, spaceBefore=8, spaceAfter=4)
small = ParagraphStyle("s", parent=body, fontSize=8.3, leading=11)
quote = ParagraphStyle("q", parent=body, fontName="RI", leftIndent=20, rightIndent=20)
item = ParagraphStyle("i", parent=body, leftIndent=22, bulletIndent=4)
P = lambda t, s=body: Paragraph(t, s)  # noqa: E731


def deco(head, org, sub):
    def on_page(c, doc):
        c.saveState()
        if doc.page == 1:
            c.setFillColor(GREEN)
            c.rect(30, A4[1] - 200, 6, 170, fill=1, stroke=0)
            c.setFont("RB", 14)
            c.drawString(58, A4[1] - 48, org)
            c.setFillColor(colors.HexColor("#444444"))
            c.setFont("R", 8.2)
            c.drawString(58, A4[1] - 62, sub)
        else:
            c.setFont("RI", 7.6)
            c.setFillColor(colors.HexColor("#555555"))
            c.drawString(58, A4[1] - 34, head)
            c.setStrokeColor(GREEN)
            c.line(58, A4[1] - 39, A4[0] - 58, A4[1] - 39)
        c.setFont("R", 7.6)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawCentredString(A4[0] / 2, 26, "blad %d" % doc.page)
        c.restoreState()
    return on_page


def build(pdfname, story, head, org, sub):
    doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=58, rightMargin=58, topMargin=90,
                            bottomMargin=50, title=head)
    f = deco(head, org, sub)
    doc.build(story, onFirstPage=f, onLaterPages=f)


def L(letter, text):
    return Paragraph(text, item, bulletText=letter + ".")


adv = [
    P("Aan het bestuur van Zweefvliegclub Heidekamp<br/>t.a.v. de voorzitter, de heer R. van Ommeren<br/>"
      "Afschrift: burgemeester en wethouders van Westerheide", small),
    Spacer(1, 4),
    P("Westerheide, 22 september 2026<br/>Kenmerk: COZH/2026/014<br/>Onderwerp: advies over het "
      "concept-Vliegreglement 2027 en de beperking van hinder", small),
    P("Advies van de Commissie Omgevingsoverleg Zweefvliegveld Heidekamp", h2),
    P("De Commissie Omgevingsoverleg Zweefvliegveld Heidekamp (COZH) is in 2019 ingesteld op grond van artikel 9 "
      "van de luchthavenregeling Heidekamp. In de commissie zitten twee vertegenwoordigers van de club, drie "
      "omwonenden uit Heikamp-Dorp en De Koppel, een ambtenaar van de gemeente Westerheide en een onafhankelijke "
      "voorzitter. Op 4 juli 2026 legde het bestuur ons het concept-Vliegreglement 2027 voor, met het verzoek om "
      "advies vóór 1 oktober. Wij vergaderden daarover op 28 augustus en 15 september 2026 en spraken met "
      "instructeurs, met de lieristen en met twaalf omwonenden op de inloopavond van 9 september."),
    P("Wat wij vaststelden", h2),
    P("1.&nbsp;&nbsp;Het aantal starts is sinds 2022 gestegen van 5.900 naar 7.350 per jaar; 84 procent daarvan "
      "zijn lierstarts, de rest zijn sleepstarts achter de Piper van de club.", item),
    P("2.&nbsp;&nbsp;De meeste meldingen van omwonenden (61 van de 93 in 2025) gaan over zon- en feestdagen, "
      "vooral over het geluid van de benzinelier in de vroege ochtend.", item),
    P("3.&nbsp;&nbsp;Artikel 6 van de luchthavenregeling bepaalt: 'De exploitant moet het luchtverkeer zo "
      "afwikkelen dat de bebouwde kom van Heikamp-Dorp zo min mogelijk wordt overvlogen.' Bij westenwind gebeurt "
      "dat nu toch op gemiddeld één op de drie vliegdagen.", item),
    P("4.&nbsp;&nbsp;Het vliegrooster wordt alleen in de ledenapp gepubliceerd; omwonenden weten niet wanneer er "
      "gevlogen wordt.", item),
    P("5.&nbsp;&nbsp;Klachten komen binnen bij de gemeente, bij de club en soms bij de provincie. Niemand houdt "
      "bij wat ermee gebeurt.", item),
    P("In ons advies van maart 2023 schreven wij al: 'De club moet binnen twee jaar overstappen op een stillere "
      "lier.' De club heeft daarop een elektrische lier besteld, maar die is nog niet geleverd. Wij merken verder "
      "op dat de Wet luchtvaart (artikel 8.64) en de regeling zelf de grenzen stellen; dit advies gaat alleen over "
      "wat de club daarbinnen kan doen."),
    Table([["", "2022", "2023", "2024", "2025"],
           ["Lierstarts", "4.980", "5.410", "5.870", "6.170"],
           ["Sleepstarts", "920", "1.010", "1.090", "1.180"],
           ["Meldingen omwonenden", "48", "71", "86", "93"]],
          colWidths=[170, 60, 60, 60, 60],
          style=TableStyle([("FONT", (0, 0), (-1, -1), "R", 8.4), ("FONT", (0, 0), (-1, 0), "RB", 8.4),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.6, GREEN), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                            ("LINEBELOW", (0, -1), (-1, -1), 0.4, colors.grey)])),
    P("Tabel 1. Starts en meldingen per jaar (bron: startadministratie club, meldpunt gemeente).", small),
    P("Ons advies", h2),
    P("Wij vinden het concept-reglement een goede stap: het legt voor het eerst vast wie op het veld de leiding "
      "heeft en hoe laat de lier mag draaien. Het gaat ons echter niet ver genoeg. De commissie adviseert het "
      "bestuur:"),
    L("a", "Beperk de lierstarts op zon- en feestdagen tot de periode tussen 10.00 en 17.00 uur, ook in de "
           "zomermaanden."),
    L("b", "Gebruik bij westenwind standaard de noordelijke uitvliegroute over het Heidebos in plaats van de "
           "route over Heikamp-Dorp, en leg dit vast in het reglement."),
    L("c", "Neem de elektrische lier uiterlijk bij de start van het vliegseizoen 2028 in gebruik en voer de "
           "benzinelier daarna af."),
    L("d", "Publiceer het vliegrooster van elk weekend uiterlijk op donderdagavond op de openbare website van "
           "de club."),
    L("e", "Wijs één vast aanspreekpunt aan voor meldingen van omwonenden en houd van elke melding bij wanneer "
           "en hoe zij is afgehandeld."),
    L("f", "Beperk het aantal sleepstarts met het motorvliegtuig tot ten hoogste 900 per kalenderjaar."),
    L("g", "Onderzoek samen met de gemeente of een grondwal of geluidsscherm langs de lierbaan aan de kant van "
           "De Koppel haalbaar is."),
    P("Wij vragen het bestuur om vóór 1 december 2026 schriftelijk te reageren. De commissie bespreekt de reactie "
      "in haar vergadering van 14 januari 2027, die openbaar is."),
    Spacer(1, 6),
    P("Namens de commissie,<br/><br/>mr. J.H. Krabbendam, voorzitter<br/>E. Wolters, secretaris", body),
]
build(NAME + "_advice.pdf", adv, "COZH/2026/014 - advies concept-Vliegreglement 2027",
      "Commissie Omgevingsoverleg Zweefvliegveld Heidekamp", "Secretariaat: Postbus 41, 7771 AB Westerheide  |  "
      "cozh@westerheide.nl")

res = [
    P("Aan de Commissie Omgevingsoverleg Zweefvliegveld Heidekamp<br/>t.a.v. mr. J.H. Krabbendam, voorzitter",
      small),
    Spacer(1, 4),
    P("Heidekamp, 24 november 2026<br/>Ons kenmerk: ZCH/BS/26-077<br/>Betreft: reactie op uw advies over het "
      "Vliegreglement 2027", small),
    P("Geachte heer Krabbendam,", body),
    P("Namens het bestuur dank ik u en de leden van de commissie voor het zorgvuldige advies van 22 september. "
      "Wij hebben het besproken in onze bestuursvergadering van 5 november en met de leden op de najaarsvergadering "
      "van 19 november. Hieronder leest u per onderwerp wat wij ermee doen."),
    P("De nieuwe lier", h2),
    P("Goed nieuws over de lier: de fabrikant heeft de levering van de elektrische lier bevestigd voor maart 2027. "
      "Wij nemen hem in gebruik zodra hij is goedgekeurd, dus ruim vóór het seizoen 2028, en de benzinelier gaat "
      "daarna de deur uit. De najaarsvergadering heeft het budget hiervoor definitief vrijgegeven."),
    P("Vliegroutes en het sleepvliegtuig", h2),
    P("Het bestuur neemt uw voorstel over de route bij westenwind volledig over. Vanaf 1 april 2027 is de "
      "noordelijke route over het Heidebos de standaardroute en dat staat zo in artikel 12 van het "
      "reglement; afwijken mag alleen op aanwijzing van de dienstdoende instructeur om veiligheidsredenen. "
      "Een vast maximum voor het aantal sleepstarts kunnen wij niet aanvaarden. Voor de opleiding van "
      "nieuwe leden en voor overlandvluchten zijn wij op de Piper aangewezen; een grens van 900 zou betekenen dat "
      "wij in de zomer leerlingen moeten wegsturen. Wij zien daarom geen aanleiding om een plafond in het "
      "reglement op te nemen."),
    P("Vliegtijden op zon- en feestdagen", h2),
    P("Wij begrijpen dat vooral de ochtenden op zondag als hinderlijk worden ervaren. Het reglement laat de lier "
      "op zon- en feestdagen daarom voortaan pas om 10.00 uur draaien. In de maanden mei tot en met augustus "
      "willen wij wel tot 18.00 uur kunnen starten, omdat de thermiek dan juist laat op de middag het best is; "
      "buiten die maanden houden wij 17.00 uur aan."),
    P("Een scherm langs de lierbaan", h2),
    P("Het idee van een grondwal of scherm aan de kant van De Koppel vinden wij het onderzoeken waard, maar de "
      "grond is van de gemeente en de kosten zijn voor de club nu niet te overzien. Wij hebben uw suggestie "
      "doorgegeven aan wethouder Lagerweij en nemen een standpunt in zodra de gemeente heeft laten weten of zij "
      "wil meedenken."),
    P("Het vliegrooster", h2),
    P("Sinds 1 november staat het rooster van het komende weekend iedere donderdag vóór 20.00 uur op de homepage "
      "van onze website, voor iedereen leesbaar en zonder inlog."),
    P("Open dag en jubileum", h2),
    P("Volgend jaar bestaat de club vijftig jaar. Op zaterdag 12 juni 2027 houden wij een open dag met "
      "meevliegen voor omwonenden; de leden van de commissie zijn van harte welkom bij de feestelijke opening."),
    P("Wij zien uit naar het gesprek in uw vergadering van januari en blijven graag in overleg met de buurt.",
      body),
    P("Met vriendelijke groet,<br/><br/>R. van Ommeren, voorzitter<br/>M. Dijkhuis-Benning, secretaris", body),
]
build(NAME + "_response.pdf", res, "ZCH/BS/26-077 - reactie op advies COZH", "Zweefvliegclub Heidekamp",
      "Vliegveld Heidekamp, Lierbaan 3, 7772 PK Heidekamp  |  bestuur@zweefvliegclubheidekamp.nl")

B.write_expected(NAME, [
    (1, "Beperk de lierstarts op zon- en feestdagen tot de periode",
     "willen wij wel tot 18.00 uur kunnen starten", "partly"),
    (2, "Gebruik bij westenwind standaard de noordelijke uitvliegroute over het Heidebos",
     "neemt uw voorstel over de route bij westenwind volledig over", "agrees"),
    (3, "Neem de elektrische lier uiterlijk bij de start van het vliegseizoen",
     "levering van de elektrische lier bevestigd voor maart 2027", "agrees"),
    (4, "Publiceer het vliegrooster van elk weekend uiterlijk op donderdagavond",
     "iedere donderdag vóór 20.00 uur op de homepage", "agrees"),
    (5, "Wijs één vast aanspreekpunt aan voor meldingen van omwonenden", None, "unanswered"),
    (6, "Beperk het aantal sleepstarts met het motorvliegtuig tot ten hoogste",
     "zien daarom geen aanleiding om een plafond", "disagrees"),
    (7, "Onderzoek samen met de gemeente of een grondwal of geluidsscherm",
     "hebben uw suggestie doorgegeven aan wethouder Lagerweij", "noted"),
], [
    "dank ik u en de leden van de commissie",
    "Volgend jaar bestaat de club vijftig jaar",
    "zien uit naar het gesprek in uw vergadering",
], "Advice: COZH advice on a gliding club's flying rules; numbered findings 1.-5. (art. 6 luchthavenregeling "
   "quoted with 'moet'), the 2023 advice quoted with 'moet', Wet luchtvaart art. 8.64, a table of starts, a reply "
   "deadline; recommendations LETTERED a.-g. (expected 1-7 = a-g). Response: club letter with subject headings, "
   "paraphrase only (no letters), order c, b+f, a, g, d; 'Vliegroutes en het sleepvliegtuig' = b agrees + f "
   "disagrees; a partly (till 18.00 in summer); g noted (passed on to the wethouder); e (aanspreekpunt) "
   "unanswered; the opening, 'Open dag en jubileum' and the closing answer nothing.")
print("wrote", NAME)
