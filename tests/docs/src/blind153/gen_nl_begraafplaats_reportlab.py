"""Round 153 (nl): the INVENTARISATIE EN BEHEERADVIES of an (invented) funeral-consultancy bureau on a municipal
cemetery, its seven recommendations ROWS OF A RULED TABLE 'Nr. | Aanbeveling | Prioriteit | Kostenindicatie'
numbered 1-7, after a ruled findings table 'Nr. | Bevinding | Onderdeel' numbered 1-6 in exactly the same style
(trap); answered by the civil servants' BESLISNOTA to the college, with numbered decision points 1-4 (trap) and a
'Toelichting' that answers the recommendations by ORDINALS ('De derde aanbeveling ...') in another order, one
paragraph answering two with different verdicts.

Advice (reportlab, sans, dark-slate title rule and headings, metadata table, a capacity table, two ruled numbered
tables, running head, 'pagina n van m'): the burial law paraphrased with 'moet' (trap), the 2013 management plan's
recommendation quoted as an imperative (trap), 'Wij adviseren niet om de begraafplaats te sluiten voor nieuwe
begravingen' (trap); expected 1-7. Response (reportlab, 'blad n'): 3 agrees (urn garden and scattering field),
1 agrees (digital register), 5 agrees (paths and ramp), ONE paragraph 2 partly (clearing in section C only, D later)
+ 6 disagrees (no cost-covering tariffs; only indexation), 4 noted (the monuments are managed by the heritage
society; passed on), the closing sentence answers the 'not close' sentence (unmatched); 7 (a sounding board of
relatives and undertakers) unanswered. All bodies, places, people, figures and reference numbers invented.

Run: /tmp/blind153nl/bin/python tests/docs/src/blind153/gen_nl_begraafplaats_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b153nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

NAME = "blind153_nl_begraafplaats"
FS = B.tmp_fonts()
for key, suf in (("Regular", ""), ("Bold", "-B"), ("Italic", "-I"), ("Bold Italic", "-BI")):
    pdfmetrics.registerFont(TTFont("S" + suf, FS[key]))
addMapping("S", 0, 0, "S")
addMapping("S", 1, 0, "S-B")
addMapping("S", 0, 1, "S-I")
addMapping("S", 1, 1, "S-BI")

INK = colors.HexColor("#3b4a5a")
LINE = colors.HexColor("#c3cbd4")
GREY = colors.HexColor("#555555")
BODY = ParagraphStyle("body", fontName="S", fontSize=9.3, leading=13.2, spaceAfter=5)
SMALL = ParagraphStyle("small", fontName="S", fontSize=8, leading=10.5, textColor=GREY)
TITLE = ParagraphStyle("t", fontName="S-B", fontSize=15, leading=19, textColor=INK, spaceAfter=4)
SUB = ParagraphStyle("sub", fontName="S", fontSize=9, leading=12, textColor=GREY, spaceAfter=6)
H2 = ParagraphStyle("h2", fontName="S-B", fontSize=11, leading=15, textColor=INK, spaceBefore=8, spaceAfter=3,
                    keepWithNext=True)
QUOTE = ParagraphStyle("q", parent=BODY, fontName="S-I", leftIndent=8 * mm, rightIndent=6 * mm, textColor=GREY)
CELL = ParagraphStyle("cell", fontName="S", fontSize=8.3, leading=10.8)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="S-B", textColor=colors.white)
NUMB = ParagraphStyle("numb", parent=BODY, leftIndent=6 * mm, firstLineIndent=-6 * mm, spaceAfter=2)


def page_fn(head, fmt):
    def fn(canv, doc):
        canv.saveState()
        canv.setFont("S", 7.2)
        canv.setFillColor(GREY)
        if doc.page > 1:
            canv.drawString(20 * mm, A4[1] - 12 * mm, head)
            canv.setStrokeColor(INK)
            canv.setLineWidth(0.5)
            canv.line(20 * mm, A4[1] - 13.5 * mm, A4[0] - 20 * mm, A4[1] - 13.5 * mm)
        canv.drawRightString(A4[0] - 20 * mm, 10 * mm, fmt.format(n=doc.page))
        canv.restoreState()
    return fn


def build(story, pdfname, head, title, author, fmt):
    doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=19 * mm, bottomMargin=18 * mm, title=title, author=author,
                            creator="reportlab")
    doc.build(story, onFirstPage=page_fn(head, fmt), onLaterPages=page_fn(head, fmt))


def P(t, s=BODY):
    return Paragraph(t, s)


def rule():
    r = Table([[""]], colWidths=[170 * mm], rowHeights=[2.2])
    r.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), INK)]))
    return r


def meta_table(rows):
    t = Table([[P(a, CELL), P(b, CELL)] for a, b in rows], colWidths=[34 * mm, 136 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e8ecf0"))]))
    return t


def ruled(head, rows, widths):
    data = [[P(c, CELLB) for c in head]] + [[P(c, CELL) for c in r] for r in rows]
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), INK),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.4, LINE)]))
    return t


CAPACITY = [
    ["A (oud deel, 1868-1931)", "412", "0", "gesloten; 7 gemeentelijke monumenten"],
    ["B (1931-1965)", "538", "14", "vrijwel vol"],
    ["C (1965-1990)", "486", "131 verlopen", "grafrechten deels verlopen"],
    ["D (1990-2010)", "402", "109 verlopen", "grafrechten deels verlopen"],
    ["E (vanaf 2010)", "188", "46", "in gebruik"],
]

FINDINGS = [
    ["1", "Het begraafregister bestaat uit drie kaartenbakken en een spreadsheet uit 2009; van 63 graven is de "
          "rechthebbende onbekend.", "administratie"],
    ["2", "In vak C en D zijn de grafrechten van 240 graven meer dan vijf jaar verlopen; de monumenten staan er "
          "nog.", "capaciteit"],
    ["3", "Bij ongewijzigd beleid is vak E over ongeveer zes jaar vol.", "capaciteit"],
    ["4", "Het aandeel crematies in Oldenzande steeg van 61 procent in 2016 naar 74 procent in 2026; een "
          "urnentuin of strooiveld ontbreekt.", "voorzieningen"],
    ["5", "De paden zijn van halfverharding (grind); rolstoelen en rollators lopen vast en de aula is alleen "
          "via twee treden bereikbaar.", "toegankelijkheid"],
    ["6", "De opbrengsten uit leges dekken 58 procent van de kosten van de begraafplaats.", "financiën"],
]

RECS = [
    ["1", "Stel een digitaal begraafregister op en koppel dat aan een kaart van alle graven, zodat vrije, "
          "verlopen en onbekende graven direct zichtbaar zijn.", "hoog", "18.000 euro"],
    ["2", "Start in vak C en D een ruimingsprogramma voor de 240 graven met grafrechten die langer dan vijf jaar "
          "verlopen zijn, na een openbare bekendmaking van ten minste een jaar.", "hoog", "95.000 euro"],
    ["3", "Leg in het oostelijke deel een urnentuin met ten minste 60 urnennissen en een strooiveld aan, "
          "omdat de vraag naar een plek voor as blijft stijgen.", "middel", "70.000 euro"],
    ["4", "Herstel de zeven monumentale grafmonumenten in vak A, waaronder dat van de familie Ter Welle, "
          "en breng ze onder in een adoptieregeling.", "middel", "42.000 euro"],
    ["5", "Maak de hoofdpaden en de aula toegankelijk door de halfverharding te vervangen door gebakken "
          "klinkers en bij de aula een hellingbaan te plaatsen.", "hoog", "64.000 euro"],
    ["6", "Verhoog de tarieven voor grafrechten en begraven in vier jaar stapsgewijs tot een kostendekkend "
          "niveau.", "middel", "geen"],
    ["7", "Betrek nabestaanden en de plaatselijke uitvaartondernemers via een klankbordgroep bij de herinrichting "
          "van vak C en D.", "laag", "3.000 euro"],
]


def advice():
    s = [P("Rustwaarde Funerair Advies - begraafplaatsbeheer, funeraire monumenten en ruimingen - Kerkpad 4, "
           "8131 RK Welsum-Oost - info@rustwaarde.example", SMALL),
         Spacer(1, 3), rule(), Spacer(1, 5),
         P("Inventarisatie en beheeradvies algemene begraafplaats Eikenhof", TITLE),
         P("onderzoek naar de staat, de capaciteit en het beheer van de gemeentelijke begraafplaats, in opdracht "
           "van de gemeente Oldenzande", SUB),
         meta_table([("Opdrachtgever", "Gemeente Oldenzande, afdeling Openbare Ruimte, t.a.v. mevrouw R. (Renske) "
                      "Hofsteenge, beleidsadviseur begraafzaken"),
                     ("Object", "Algemene begraafplaats Eikenhof, Eikenlaan 40, Oldenzande; circa 2,4 ha, "
                      "2.026 graven en een aula uit 1962"),
                     ("Kenmerk", "RFA-27-0214, definitief"),
                     ("Datum", "6 september 2027"),
                     ("Adviseur", "G.J. (Gert-Jan) Bosscher, funerair adviseur")]),
         P("1 Aanleiding en kader", H2),
         P("De gemeente Oldenzande wil weten hoe lang de begraafplaats Eikenhof nog ruimte biedt en wat er nodig is "
           "om haar de komende twintig jaar goed te beheren. Volgens de Wet op de lijkbezorging moet elke gemeente "
           "ten minste één algemene begraafplaats hebben en moet de beheerder een register bijhouden van alle "
           "graven en rechthebbenden. Een graf mag pas worden geruimd als de grafrechten zijn verlopen en de "
           "rechthebbende daarover is ingelicht."),
         P("In het beheerplan van 2013 staat de volgende aanbeveling, die slechts voor een klein deel is "
           "uitgevoerd:"),
         P("'Ruim verlopen graven in vak B tijdig en hergebruik de vrijgekomen grafruimte voordat een uitbreiding "
           "van de begraafplaats wordt overwogen.'", QUOTE),
         P("2 Capaciteit", H2),
         P("Wij hebben in juni en juli 2027 alle vakken geïnventariseerd en de gegevens vergeleken met het register. "
           "Per jaar vinden er gemiddeld 38 begravingen plaats, waarvan 29 in een nieuw graf."),
         ruled(["Vak", "Graven", "Vrij of verlopen", "Opmerking"], CAPACITY, [44, 22, 34, 70]),
         Spacer(1, 3),
         P("3 Bevindingen", H2),
         ruled(["Nr.", "Bevinding", "Onderdeel"], FINDINGS, [12, 124, 34]),
         Spacer(1, 3),
         P("Wij adviseren niet om de begraafplaats te sluiten voor nieuwe begravingen en een nieuwe begraafplaats "
           "buiten de kern te zoeken: met ruiming en een urnentuin is er op Eikenhof ruimte tot ten minste 2050."),
         P("4 Aanbevelingen", H2),
         P("De aanbevelingen staan in de volgorde van de bevindingen; de prioriteit geeft aan wat binnen twee jaar "
           "zou moeten gebeuren. De kosten zijn indicatief en exclusief btw."),
         ruled(["Nr.", "Aanbeveling", "Prioriteit", "Kosten"], RECS, [12, 114, 20, 24]),
         Spacer(1, 3),
         P("5 Tot slot", H2),
         P("Eikenhof is een begraafplaats met veel cultuurhistorische waarde en een rustige, groene sfeer. Met de "
           "voorgestelde maatregelen blijft zij dat, ook als meer inwoners kiezen voor crematie. Wij lichten het "
           "advies graag toe in de raadscommissie."),
         Spacer(1, 4),
         P("G.J. Bosscher<br/>Rustwaarde Funerair Advies", BODY)]
    build(s, NAME + "_advice.pdf", "Rustwaarde Funerair Advies - beheeradvies begraafplaats Eikenhof, Oldenzande - "
          "RFA-27-0214", "Inventarisatie en beheeradvies algemene begraafplaats Eikenhof",
          "Rustwaarde Funerair Advies", "pagina {n} van 2")


def response():
    s = [P("Gemeente Oldenzande - afdeling Openbare Ruimte - Postbus 30, 8130 AA Oldenzande", SMALL),
         Spacer(1, 3), rule(), Spacer(1, 5),
         P("Beslisnota: beheeradvies begraafplaats Eikenhof", TITLE),
         P("nota aan het college van burgemeester en wethouders", SUB),
         meta_table([("Registratienummer", "BN 2027/1184, zaak Z.27.03092"),
                     ("Datum", "18 oktober 2027"),
                     ("Portefeuillehouder", "wethouder H. (Hielke) Dijkstra, openbare ruimte"),
                     ("Opsteller", "R. Hofsteenge, beleidsadviseur begraafzaken"),
                     ("Bijlage", "rapport Rustwaarde Funerair Advies RFA-27-0214")]),
         P("Voorgesteld besluit", H2),
         P("1. Kennis te nemen van het rapport van Rustwaarde Funerair Advies.", NUMB),
         P("2. In te stemmen met de reactie op de aanbevelingen zoals verwoord in de toelichting.", NUMB),
         P("3. Voor de uitvoering in 2028 een krediet van 235.000 euro aan te vragen bij de voorjaarsnota.", NUMB),
         P("4. De gemeenteraad met een raadsinformatiebrief te informeren.", NUMB),
         Spacer(1, 3),
         P("Toelichting", H2),
         P("Het bureau heeft de begraafplaats grondig in kaart gebracht. De kern van het advies is dat Eikenhof "
           "met gerichte maatregelen nog tientallen jaren mee kan. Hieronder gaan wij in op de aanbevelingen, te "
           "beginnen met de voorzieningen die inwoners het meest missen."),
         P("De derde aanbeveling nemen wij volledig over. In het oostelijke deel komt in 2028 een urnentuin met 64 "
           "nissen en een strooiveld; het ontwerp wordt deze winter gemaakt door de eigen landschapsarchitect."),
         P("Ook de eerste aanbeveling voeren wij uit. De administratie wordt overgezet naar het digitale "
           "beheersysteem dat ook voor de openbare verlichting wordt gebruikt, met een graf-voor-graf-kaart; de "
           "onbekende rechthebbenden zoeken wij na via de basisregistratie personen."),
         P("Met de vijfde aanbeveling stemmen wij in: de twee hoofdpaden krijgen klinkers en de aula een "
           "hellingbaan, gelijktijdig met de aanleg van de urnentuin."),
         P("De tweede en de zesde aanbeveling hangen financieel samen. Wij beginnen met ruimen in vak C, waar de "
           "meeste graven verlopen zijn; na de bekendmaking van een jaar volgt de ruiming in 2029, en vak D komt pas "
           "aan de beurt als de ervaringen in vak C zijn geëvalueerd. Een verhoging van de leges tot volledige "
           "kostendekking vinden wij niet wenselijk: een begrafenis moet voor iedere inwoner betaalbaar blijven. "
           "De tarieven blijven daarom alleen jaarlijks geïndexeerd."),
         P("Over de vierde aanbeveling beslist de gemeente niet alleen. De grafmonumenten in vak A worden sinds "
           "2015 beheerd door de Historische Vereniging Oud Oldenzande, die er ook subsidie voor aanvraagt. Wij "
           "hebben het rapport aan het bestuur van de vereniging gestuurd en laten het herstel aan haar over."),
         P("Net als het bureau vinden wij dat een tweede begraafplaats buiten de kern niet nodig is; Eikenhof "
           "blijft de enige algemene begraafplaats van de gemeente."),
         P("Financiën", H2),
         P("De investeringen voor de urnentuin, de paden, het register en de ruiming in vak C bedragen samen "
           "235.000 euro. De kapitaallasten worden deels gedekt uit de verkoop van nissen en grafrechten in de "
           "urnentuin."),
         P("Communicatie", H2),
         P("Na het besluit van het college wordt de raad geïnformeerd. De bekendmaking van de ruiming in vak C "
           "gebeurt met borden op de begraafplaats, een advertentie in de Oldenzander Courant en een brief aan "
           "de bekende rechthebbenden."),
         ]
    build(s, NAME + "_response.pdf", "Gemeente Oldenzande - beslisnota beheeradvies begraafplaats Eikenhof - "
          "BN 2027/1184", "Beslisnota: beheeradvies begraafplaats Eikenhof", "Gemeente Oldenzande", "blad {n}")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        (1, "Stel een digitaal begraafregister op en koppel dat aan een kaart",
         "De administratie wordt overgezet naar het digitale beheersysteem", "agrees"),
        (2, "Start in vak C en D een ruimingsprogramma voor de 240 graven",
         "vak D komt pas aan de beurt als de ervaringen", "partly"),
        (3, "Leg in het oostelijke deel een urnentuin met ten minste 60 urnennissen",
         "komt in 2028 een urnentuin met 64 nissen", "agrees"),
        (4, "Herstel de zeven monumentale grafmonumenten in vak A, waaronder dat",
         "laten het herstel aan haar over", "noted"),
        (5, "Maak de hoofdpaden en de aula toegankelijk door de halfverharding",
         "de twee hoofdpaden krijgen klinkers en de aula een hellingbaan", "agrees"),
        (6, "Verhoog de tarieven voor grafrechten en begraven in vier jaar",
         "Een verhoging van de leges tot volledige kostendekking vinden wij niet wenselijk", "disagrees"),
        (7, "Betrek nabestaanden en de plaatselijke uitvaartondernemers via een klankbordgroep", None, "unanswered"),
    ], ["een tweede begraafplaats buiten de kern niet nodig is"],
        "Advice: the INVENTARISATIE EN BEHEERADVIES of a funeral consultancy on a municipal cemetery; the seven "
        "recommendations are the ROWS OF A RULED TABLE 'Nr. | Aanbeveling | Prioriteit | Kosten' numbered 1-7 under "
        "'4 Aanbevelingen' (expected 1-7). Traps: the burial law paraphrased with 'moet', the 2013 management plan's "
        "recommendation quoted as an imperative, a capacity table, findings as a ruled table numbered 1-6 in exactly "
        "the same style, 'Wij adviseren niet om de begraafplaats te sluiten voor nieuwe begravingen'. Response: the "
        "BESLISNOTA to the college with numbered decision points 1-4 (trap) and a 'Toelichting' answering by "
        "ORDINALS in the order 3, 1, 5, 2+6, 4, second cemetery: 3 agrees, 1 agrees, 5 agrees, ONE paragraph 2 partly "
        "(section C first, D after evaluation) + 6 disagrees (only indexation), 4 noted (the heritage society manages "
        "the monuments; passed on), the second-cemetery sentence answers the 'we do not advise' sentence (unmatched). "
        "7 (a sounding board) is never answered; 'Financiën' and 'Communicatie' answer nothing.")
    print("written", NAME)
