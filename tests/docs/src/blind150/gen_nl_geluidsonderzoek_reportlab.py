"""Round 150 (nl): the GELUIDSONDERZOEK (acoustic study) of an (invented) acoustics firm on a municipal event field,
commissioned by the municipality after complaints; its seven measures are rows of a ruled TABLE 'Nr. | Maatregel |
Termijn' numbered 1-7 under '5 Aanbevolen maatregelen', after a ruled table of measuring points numbered 1-6 in
exactly the same style (trap); answered by the college's NOTITIE AAN DE RAADSCOMMISSIE that QUOTES each measure in
italics with 'Maatregel n' and answers with an inline label 'Standpunt college:', in another order, one block
answering two measures with different verdicts.

Advice (reportlab, sans, dark-red title rule and headings, metadata table, two ruled tables, running head, 'pagina n
van m'): the municipal events policy paraphrased with 'moet' (trap), the 2023 advice quoted as an imperative and
carried out (trap), conclusions numbered 4.1-4.4 (trap), 'Wij adviseren niet om het terrein met een geluidsscherm van
vier meter hoog te omsluiten' (trap), a closing naming 'maatregelen 1 en 4' (trap); expected numbers 1-7. Response
(reportlab, 'pagina n'): 1 agrees, 6 agrees, ONE block 4 disagrees (Sunday music stays until 23.00) + 5
agrees (cardioid subwoofers prescribed), 2 partly (measured at the three largest events, not at every one), 7
noted (the residents' association's own initiative; the college leaves it to them), the screen
paragraph answers the 'we do not advise' sentence (unmatched); 3 (a cap of twelve days) unanswered; introduction and
closing answer nothing. All bodies, places, people, figures and reference numbers invented; the Omgevingswet and the
events policy named as context only.

Run: /tmp/blind150nl/bin/python tests/docs/src/blind150/gen_nl_geluidsonderzoek_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b150nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

NAME = "blind150_nl_geluidsonderzoek"
FS = B.tmp_fonts()
for key, suf in (("Regular", ""), ("Bold", "-B"), ("Italic", "-I"), ("Bold Italic", "-BI")):
    pdfmetrics.registerFont(TTFont("S" + suf, FS[key]))
addMapping("S", 0, 0, "S")
addMapping("S", 1, 0, "S-B")
addMapping("S", 0, 1, "S-I")
addMapping("S", 1, 1, "S-BI")

INK = colors.HexColor("#8a2b1d")
LINE = colors.HexColor("#dcb4ab")
GREY = colors.HexColor("#555555")
BODY = ParagraphStyle("body", fontName="S", fontSize=9.3, leading=13.2, spaceAfter=5)
SMALL = ParagraphStyle("small", fontName="S", fontSize=8, leading=10.5, textColor=GREY)
TITLE = ParagraphStyle("t", fontName="S-B", fontSize=15, leading=19, textColor=INK, spaceAfter=4)
SUB = ParagraphStyle("sub", fontName="S", fontSize=9, leading=12, textColor=GREY, spaceAfter=6)
H2 = ParagraphStyle("h2", fontName="S-B", fontSize=11, leading=15, textColor=INK, spaceBefore=8, spaceAfter=3,
                    keepWithNext=True)
H3 = ParagraphStyle("h3", fontName="S-B", fontSize=9.4, leading=13, spaceBefore=4, spaceAfter=1, keepWithNext=True)
QUOTE = ParagraphStyle("q", parent=BODY, fontName="S-I", leftIndent=8 * mm, rightIndent=6 * mm, textColor=GREY)
HANG = ParagraphStyle("hang", parent=BODY, leftIndent=9 * mm, firstLineIndent=-9 * mm, spaceAfter=3.5)
CELL = ParagraphStyle("cell", fontName="S", fontSize=8.3, leading=10.8)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="S-B", textColor=colors.white)


def page_fn(head, of_m):
    def fn(canv, doc):
        canv.saveState()
        canv.setFont("S", 7.2)
        canv.setFillColor(GREY)
        if doc.page > 1:
            canv.drawString(20 * mm, A4[1] - 12 * mm, head)
            canv.setStrokeColor(INK)
            canv.setLineWidth(0.5)
            canv.line(20 * mm, A4[1] - 13.5 * mm, A4[0] - 20 * mm, A4[1] - 13.5 * mm)
        canv.drawRightString(A4[0] - 20 * mm, 10 * mm, f"pagina {doc.page} van {of_m}" if of_m else
                             f"pagina {doc.page}")
        canv.restoreState()
    return fn


def build(story, pdfname, head, title, author, of_m=None):
    doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=19 * mm, bottomMargin=18 * mm, title=title, author=author,
                            creator="reportlab")
    doc.build(story, onFirstPage=page_fn(head, of_m), onLaterPages=page_fn(head, of_m))


def P(t, s=BODY):
    return Paragraph(t, s)


def rule():
    r = Table([[""]], colWidths=[170 * mm], rowHeights=[2.2])
    r.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), INK)]))
    return r


def meta_table(rows):
    t = Table([[P(a, CELL), P(b, CELL)] for a, b in rows], colWidths=[34 * mm, 136 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f6e9e6"))]))
    return t


def ruled(head, rows, widths):
    data = [[P(c, CELLB) for c in head]] + [[P(c, CELL) for c in r] for r in rows]
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), INK),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.4, LINE)]))
    return t


POINTS = [
    ["1", "gevel Kloosterhoek 14 (noordzijde)", "180 m", "73 dB(A) / 91 dB(C)"],
    ["2", "gevel Kloosterhoek 52", "240 m", "70 dB(A) / 88 dB(C)"],
    ["3", "gevel Weidepad 3 (boerderij)", "310 m", "66 dB(A) / 84 dB(C)"],
    ["4", "gevel Dijkstraat 101", "420 m", "61 dB(A) / 80 dB(C)"],
    ["5", "camping De Wielewaal, veld C", "380 m", "63 dB(A) / 82 dB(C)"],
    ["6", "mengtafel (referentie)", "35 m", "99 dB(A) / 114 dB(C)"],
]

RECS = [
    ("1", "Leg in elke evenementenvergunning voor De Wijde Weide een grenswaarde op de mengtafel vast van 95 dB(A) en "
          "108 dB(C), gemeten als gemiddelde over vijf minuten.", "vanaf seizoen 2028"),
    ("2", "Laat bij elk evenement met versterkte muziek een onafhankelijk geluidsbureau meten op meetpunt 1 en maak "
          "de meetwaarden binnen een week openbaar.", "vanaf seizoen 2028"),
    ("3", "Beperk het aantal dagen met versterkte muziek op het terrein tot twaalf per jaar, met ten hoogste twee "
          "evenementen in hetzelfde weekend.", "bij herziening beleid"),
    ("4", "Vervroeg de eindtijd van de versterkte muziek op zondag van 23.00 uur naar 21.00 uur.",
     "vanaf seizoen 2028"),
    ("5", "Schrijf voor dat de subwoofers bij het hoofdpodium in een cardioïde opstelling worden geplaatst, zodat "
          "het lage geluid richting de Kloosterhoek afneemt.", "vanaf seizoen 2028"),
    ("6", "Zorg dat omwonenden tijdens elk evenement een meldnummer kunnen bellen waar binnen dertig minuten op een "
          "klacht wordt gereageerd.", "vanaf seizoen 2028"),
    ("7", "Organiseer na afloop van elk evenementenseizoen een avond waarop omwonenden, organisatoren en gemeente "
          "samen de resultaten van de metingen bespreken.", "jaarlijks, najaar"),
]


def advice():
    s = [P("Akoestiekbureau Klankvast B.V. - geluid, trillingen en bouwfysica - Stationsplein 8, 6712 RW Ooltwaarde "
           "- info@klankvast.example", SMALL),
         Spacer(1, 3), rule(), Spacer(1, 5),
         P("Geluidsonderzoek evenemententerrein De Wijde Weide", TITLE),
         P("metingen tijdens het evenementenseizoen 2027, in opdracht van de gemeente Brederhaven", SUB),
         meta_table([("Opdrachtgever", "gemeente Brederhaven, afdeling Vergunningen, Toezicht en Handhaving"),
                     ("Auteurs", "ing. R. Verduin en dr. ir. L. Schouten-Akkermans"),
                     ("Kenmerk", "KV-27-0412, versie 1.1"),
                     ("Datum", "8 oktober 2027")]),
         P("1 Aanleiding", H2),
         P("Sinds de uitbreiding van het evenementenprogramma op De Wijde Weide in 2025 ontvangt de gemeente "
           "Brederhaven steeds meer klachten over muziekgeluid, vooral uit de woonwijk Kloosterhoek ten noorden van "
           "het terrein. In 2027 waren dat er 214, tegen 61 in 2024. De gemeente vroeg ons het geluid tijdens het "
           "seizoen te meten en maatregelen voor te stellen."),
         P("2 Kader", H2),
         P("Het evenementenbeleid van Brederhaven bepaalt dat het muziekgeluid op de gevel van de dichtstbijzijnde "
           "woning niet hoger mag zijn dan 70 dB(A) en 85 dB(C). De organisator moet volgens dat beleid bovendien "
           "zelf een geluidsplan indienen en tijdens het evenement een verantwoordelijke voor het geluid aanwijzen. "
           "Het terrein valt sinds 2024 onder het omgevingsplan; geluid van evenementen wordt daarin geregeld via de "
           "evenementenvergunning. Bij het vorige onderzoek, in 2023, was de belangrijkste aanbeveling:"),
         P("'Draai het hoofdpodium een kwartslag, zodat de luidsprekers van de woningen af naar het zuidoosten zijn "
           "gericht.'", QUOTE),
         P("Die aanbeveling is in het voorjaar van 2024 uitgevoerd."),
         P("3 Metingen", H2),
         P("Wij hebben tijdens vijf evenementen tussen mei en september 2027 gemeten, waaronder het driedaagse "
           "festival Weideklank. De tabel geeft per meetpunt de hoogste waarde, gemiddeld over vijf minuten."),
         ruled(["Nr.", "Meetpunt", "Afstand tot podium", "Hoogste waarde"], POINTS, (12, 78, 34, 46)),
         P("4 Conclusies", H2),
         P("<b>4.1</b>  Op meetpunt 1 werd de grenswaarde van 85 dB(C) bij vier van de vijf evenementen overschreden, "
           "op meetpunt 2 bij twee.", HANG),
         P("<b>4.2</b>  De overschrijdingen worden vooral veroorzaakt door laag geluid (bassen); het A-gewogen niveau "
           "bleef op meetpunt 3 tot en met 5 binnen de norm.", HANG),
         P("<b>4.3</b>  Op de mengtafel werd bij drie evenementen langer dan een uur boven 100 dB(A) gespeeld; "
           "niemand controleerde dat tijdens het evenement.", HANG),
         P("<b>4.4</b>  Een derde van de klachten betreft de zondagavond, wanneer veel omwonenden de volgende ochtend "
           "vroeg moeten werken.", HANG),
         P("5 Aanbevolen maatregelen", H2),
         P("De grootste winst is te halen bij de bron: het geluidsniveau op de mengtafel en de opstelling van de "
           "bassen. Wij adviseren niet om het terrein met een geluidsscherm van vier meter hoog te omsluiten: laag "
           "geluid buigt over zo'n scherm heen, en het scherm zou het open landschap langs de dijk aantasten. Wij "
           "bevelen de volgende maatregelen aan."),
         ruled(["Nr.", "Maatregel", "Termijn"], [list(r) for r in RECS], (12, 124, 34)),
         P("6 Tot slot", H2),
         P("Met deze maatregelen kan De Wijde Weide een evenemententerrein blijven waar de omgeving mee kan leven. "
           "Maatregelen 1 en 4 hebben volgens ons het grootste effect op het aantal klachten. Wij lichten het "
           "onderzoek graag toe in de raadscommissie."),
         P("Akoestiekbureau Klankvast B.V. - ing. R. Verduin, projectleider", SMALL)]
    build(s, NAME + "_advice.pdf", "Akoestiekbureau Klankvast - geluidsonderzoek evenemententerrein De Wijde Weide - "
          "KV-27-0412", "Geluidsonderzoek evenemententerrein De Wijde Weide", "Akoestiekbureau Klankvast B.V.",
          of_m=2)


def quoted(n, text):
    return P(f"<b>Maatregel {n}</b> - <i>'{text}'</i>", QUOTE)


def response():
    r = dict((n, t) for n, t, _ in RECS)
    s = [P("Gemeente Brederhaven - college van burgemeester en wethouders - Raadhuisplein 1, 6720 AB Brederhaven",
           SMALL),
         Spacer(1, 3), rule(), Spacer(1, 5),
         P("Notitie aan de raadscommissie Leefomgeving", TITLE),
         P("Standpunt van het college over het geluidsonderzoek evenemententerrein De Wijde Weide", SUB),
         meta_table([("Van", "college van burgemeester en wethouders, portefeuillehouder wethouder A. Brinkman"),
                     ("Zaaknummer", "Z/27/045118"),
                     ("Datum", "16 november 2027"),
                     ("Bijlage", "rapport KV-27-0412 van Akoestiekbureau Klankvast B.V.")]),
         P("Inleiding", H2),
         P("In het vragenuur van 12 september 2027 hebben wij toegezegd de commissie te informeren over de uitkomsten "
           "van het geluidsonderzoek op De Wijde Weide. Het rapport is op 21 oktober met de bewonersvereniging "
           "Kloosterhoek en de vaste organisatoren besproken. Hieronder geven wij per maatregel ons standpunt; "
           "wij volgen daarbij niet de volgorde van het rapport."),
         P("Standpunt per maatregel", H2),
         quoted(1, r["1"]),
         P("<b>Standpunt college:</b> overgenomen. De grenswaarde wordt vanaf 2028 als voorschrift in elke "
           "evenementenvergunning voor het terrein opgenomen, en onze toezichthouders controleren haar "
           "steekproefsgewijs aan de mengtafel."),
         quoted(6, r["6"]),
         P("<b>Standpunt college:</b> ook dit nemen wij over. Tijdens evenementen is het nummer van de piketdienst "
           "Handhaving bereikbaar; een handhaver reageert binnen een halfuur en kan de organisator direct laten "
           "bijsturen."),
         quoted(4, r["4"]),
         quoted(5, r["5"]),
         P("<b>Standpunt college:</b> een eerdere eindtijd op zondag vinden wij te ingrijpend voor de organisatoren "
           "van meerdaagse festivals; de zondag blijft daarom eindigen om 23.00 uur. De cardioïde opstelling van de "
           "subwoofers wordt wel een vast voorschrift in de vergunning, omdat die het lage geluid in de "
           "Kloosterhoek volgens het rapport met 6 tot 8 dB(C) kan verminderen."),
         quoted(2, r["2"]),
         P("<b>Standpunt college:</b> gedeeltelijk overgenomen. Wij laten meten bij de drie grootste evenementen van "
           "het jaar, niet bij alle; de meetresultaten komen binnen een week op de gemeentelijke website."),
         quoted(7, r["7"]),
         P("<b>Standpunt college:</b> de bewonersvereniging Kloosterhoek heeft zelf het initiatief genomen voor zo'n "
           "jaarlijkse avond. Wij hebben daar kennis van genomen; de organisatie van die avond laten wij aan de "
           "vereniging."),
         P("Geluidsscherm", H2),
         P("Het college ziet, net als de onderzoekers, af van een hoge wal of wand rond het terrein."),
         P("Vervolg", H2),
         P("Het evenementenbeleid wordt in het voorjaar van 2028 op deze punten aangepast en aan de raad voorgelegd. "
           "Na het seizoen 2028 informeren wij de commissie opnieuw over het aantal klachten."),
         P("Het college van burgemeester en wethouders van Brederhaven,<br/>de secretaris, drs. E. Langeveld - de "
           "burgemeester, H.J. Tiemens", SMALL)]
    build(s, NAME + "_response.pdf", "Gemeente Brederhaven - notitie raadscommissie Leefomgeving - Z/27/045118",
          "Notitie aan de raadscommissie Leefomgeving", "Gemeente Brederhaven")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        ("1", "Leg in elke evenementenvergunning voor De Wijde Weide een grenswaarde",
         "controleren haar steekproefsgewijs aan de mengtafel", "agrees"),
        ("2", "Laat bij elk evenement met versterkte muziek een onafhankelijk geluidsbureau",
         "Wij laten meten bij de drie grootste evenementen", "partly"),
        ("3", "Beperk het aantal dagen met versterkte muziek op het terrein", None, "unanswered"),
        ("4", "Vervroeg de eindtijd van de versterkte muziek op zondag",
         "de zondag blijft daarom eindigen om 23.00 uur", "disagrees"),
        ("5", "Schrijf voor dat de subwoofers bij het hoofdpodium in een cardioïde opstelling",
         "subwoofers wordt wel een vast voorschrift in de vergunning", "agrees"),
        ("6", "Zorg dat omwonenden tijdens elk evenement een meldnummer kunnen bellen",
         "het nummer van de piketdienst Handhaving bereikbaar", "agrees"),
        ("7", "Organiseer na afloop van elk evenementenseizoen een avond waarop omwonenden",
         "de organisatie van die avond laten wij aan de vereniging", "noted"),
    ], ["ziet, net als de onderzoekers, af van een hoge wal"],
        "Advice: the GELUIDSONDERZOEK of an acoustics firm on a municipal event field; the seven measures are rows "
        "of a ruled TABLE 'Nr. | Maatregel | Termijn' numbered 1-7 under '5 Aanbevolen maatregelen' (expected 1-7). "
        "Traps: the events policy paraphrased with 'moet', the 2023 recommendation quoted as an imperative (carried "
        "out), a ruled table of measuring points numbered 1-6 in exactly the same style, conclusions 4.1-4.4, 'Wij "
        "adviseren niet om het terrein met een geluidsscherm ... te omsluiten', a closing naming 'Maatregelen 1 en "
        "4'. Response: the college's NOTITIE AAN DE RAADSCOMMISSIE quoting each measure in italics ('Maatregel n - "
        "...') with an inline label 'Standpunt college:', in the order 1, 6, 4+5, 2, 7: 1 agrees, 6 agrees, ONE "
        "block = 4 disagrees (Sunday stays 23.00) + 5 agrees (cardioid subwoofers prescribed), 2 partly (three "
        "largest events only), 7 noted (the residents' own initiative, left to them), 'Geluidsscherm' answers the "
        "'we do not advise' sentence (unmatched). 3 (a cap of twelve days) is never answered; introduction and "
        "closing answer nothing.")
    print("written", NAME)
