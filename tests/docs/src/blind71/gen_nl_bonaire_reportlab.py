"""Round 71 (nl): an ADVIES of an island ADVIESCOMMISSIE RUIMTELIJKE ONTWIKKELING (Caribisch Nederland, Bonaire) on
the draft Ruimtelijk Ontwikkelingsplan, answered by the openbaar lichaam's VRAGEN EN ANTWOORDEN page on the adopted
plan (a public Q&A: 'Veelgestelde vragen'), where the answers say what was done with the committee's advice.

Advice: 'Advies over het ontwerp-Ruimtelijk Ontwikkelingsplan Bonaire 2027' (invented), 3 p.: a letterhead, 'In het
kort' (short dash paraphrases), '1 Adviesvraag', '2 Wettelijk kader' (the Wet grondslagen ruimtelijke
ontwikkelingsplanning BES: 'moet ... vaststellen', 'moet ... horen'), '3 Beoordeling' with Tabel 1 of areas, the
committee's 2019 advice quoted ('Bouw niet in de kustzone ...'), a fisherman's zienswijze quoted; '4 Onze adviezen'
where each paragraph OPENS with a bold imperative sentence (unnumbered; numbers 1-7 by order) followed by plain
explanation; '5 Vragen voor de eilandsraad' (three open questions, no recommendations).
Response: 'Vragen en antwoorden - Ruimtelijk Ontwikkelingsplan Bonaire 2027', 2 p.: bold questions, plain answers:
what is the ROB / when in force (nothing); coast = 1 partly (50 m outside Kralendijk, 30 m inside); kunuku = ONE
answer 2 agrees + 3 disagrees; salt pans and bays = 4 agrees; affordable housing = 5 noted; enforcement = 6 partly;
maps and objections (nothing); 7 (a public register of exemptions) unanswered.
Engine: reportlab platypus (DejaVu, `invariant=1`; letterhead and footer drawn on the canvas).

Run: /tmp/blind71nl/bin/python tests/docs/src/blind71/gen_nl_bonaire_reportlab.py"""
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
import _b71nl as B  # noqa: E402

rl_config.invariant = 1
NAME = "blind71_nl_bonaire"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf"), ("SE", "DejaVuSerif.ttf"), ("SEB", "DejaVuSerif-Bold.ttf"),
              ("SEI", "DejaVuSerif-Italic.ttf"), ("SEBI", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")
pdfmetrics.registerFontFamily("SE", normal="SE", bold="SEB", italic="SEI", boldItalic="SEBI")

BLUE = colors.HexColor("#0b5c8a")
SUN = colors.HexColor("#e8a317")
PALE = colors.HexColor("#eaf2f7")
GREY = colors.HexColor("#555555")


def st(size=9.0, lead=13.2, fam="SE", **kw):
    return ParagraphStyle(fam + str(size) + str(lead) + str(sorted(kw.items())), fontName=fam, fontSize=size,
                          leading=lead, **kw)


S = {
    "p": st(9.0, 13.4, "SE", alignment=4, spaceAfter=6),
    "h": st(10.6, 14, "DSB", spaceBefore=9, spaceAfter=4, textColor=BLUE),
    "q": st(8.7, 12.6, "SEI", leftIndent=9 * mm, rightIndent=8 * mm, textColor=GREY, spaceAfter=6),
    "d": st(8.7, 12.4, "DS", leftIndent=6 * mm, firstLineIndent=-4 * mm, spaceAfter=2),
    "cell": st(8.0, 10.4, "DS"),
    "cellb": st(8.0, 10.4, "DSB"),
    "cap": st(7.5, 9.6, "DSI", textColor=GREY, spaceBefore=2, spaceAfter=6),
    "meta": st(8.2, 11.4, "DS", textColor=GREY),
    "title": st(16, 20, "DSB", textColor=BLUE, spaceAfter=4),
    "sub": st(10, 13, "DS", spaceAfter=8),
    "box": st(8.6, 12.2, "DS", leftIndent=5 * mm, firstLineIndent=-4 * mm, spaceAfter=1.5),
    # response
    "rq": st(9.6, 13.4, "DSB", spaceBefore=8, spaceAfter=3, textColor=BLUE),
    "ra": st(9.2, 13.6, "DS", spaceAfter=5, alignment=0),
    "rtitle": st(17, 21, "DSB", spaceAfter=3),
}
for k in ("h", "rq"):
    S[k].keepWithNext = 1


def adv_deco(c, doc):
    c.saveState()
    w, h = A4
    if doc.page == 1:
        c.setFillColor(BLUE)
        c.rect(0, h - 30 * mm, w, 30 * mm, fill=1, stroke=0)
        c.setFillColor(SUN)
        c.rect(0, h - 32 * mm, w, 2 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("DSB", 12)
        c.drawString(22 * mm, h - 15 * mm, "Adviescommissie Ruimtelijke Ontwikkeling Bonaire")
        c.setFont("DS", 8)
        c.drawString(22 * mm, h - 21 * mm, "Kaya Grandi 18  -  Kralendijk, Bonaire")
    else:
        c.setFillColor(GREY)
        c.setFont("DS", 7.2)
        c.drawString(22 * mm, h - 13 * mm, "AROB  |  Advies ontwerp-ROB 2027  |  AROB/2026/04")
        c.setStrokeColor(SUN)
        c.setLineWidth(0.8)
        c.line(22 * mm, h - 15 * mm, w - 22 * mm, h - 15 * mm)
    c.setFillColor(GREY)
    c.setFont("DS", 7.2)
    c.drawRightString(w - 22 * mm, 11 * mm, f"{doc.page}")
    c.restoreState()


def res_deco(c, doc):
    c.saveState()
    w, h = A4
    c.setFillColor(GREY)
    c.setFont("DS", 7.2)
    c.drawString(20 * mm, h - 12 * mm, "Openbaar Lichaam Bonaire  |  Directie Ruimte en Ontwikkeling")
    c.drawRightString(w - 20 * mm, h - 12 * mm, "bijgewerkt op 3 november 2026")
    c.setStrokeColor(BLUE)
    c.setLineWidth(1.2)
    c.line(20 * mm, h - 14.5 * mm, w - 20 * mm, h - 14.5 * mm)
    c.drawString(20 * mm, 11 * mm, "Vragen en antwoorden ROB 2027")
    c.drawRightString(w - 20 * mm, 11 * mm, f"pagina {doc.page}")
    c.restoreState()


def build(name, story, deco, top=20 * mm, first_top=None, side=22 * mm):
    w, h = A4
    doc = BaseDocTemplate(B.out(name), pagesize=A4, title="", author="", creator="", producer="")
    f1 = Frame(side, 18 * mm, w - 2 * side, h - (first_top or top) - 18 * mm, id="f1")
    f2 = Frame(side, 18 * mm, w - 2 * side, h - top - 18 * mm, id="f2")
    doc.addPageTemplates([PageTemplate("first", [f1], onPage=deco, autoNextPageTemplate="rest"),
                          PageTemplate("rest", [f2], onPage=deco)])
    doc.build(story)


def P(t, s="p"):
    return Paragraph(t, S[s])


def advice():
    s = [P("Advies over het ontwerp-Ruimtelijk Ontwikkelingsplan Bonaire 2027", "title"),
         P("Aan het bestuurscollege van het openbaar lichaam Bonaire", "sub"),
         Table([[P("Kenmerk", "cellb"), P("AROB/2026/04", "cell"), P("Datum", "cellb"), P("12 mei 2026", "cell")],
                [P("Uw brief", "cellb"), P("RO/2026/0311 van 3 maart 2026", "cell"), P("Bijlagen", "cellb"),
                 P("geen", "cell")]],
               colWidths=[24 * mm, 58 * mm, 22 * mm, 62 * mm],
               style=TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9fb8c8")),
                                 ("BACKGROUND", (0, 0), (0, -1), PALE), ("BACKGROUND", (2, 0), (2, -1), PALE),
                                 ("VALIGN", (0, 0), (-1, -1), "TOP")])),
         Spacer(1, 5 * mm)]
    box = [[P("<b>In het kort</b>", "cell")]]
    for t in ("kustzone beter beschermen;", "kunuku's open houden;", "meer ruimte voor betaalbare woningen;",
              "handhaving serieus nemen."):
        box.append([P("- " + t, "box")])
    s.append(Table(box, colWidths=[166 * mm], style=TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE),
                                                                ("LEFTPADDING", (0, 0), (-1, -1), 6)])))
    s.append(Spacer(1, 2 * mm))
    s.append(P("1 Adviesvraag", "h"))
    s.append(P("Bij brief van 3 maart 2026 vroeg het bestuurscollege de Adviescommissie Ruimtelijke Ontwikkeling "
               "Bonaire (AROB) om advies over het ontwerp-Ruimtelijk Ontwikkelingsplan Bonaire 2027 (hierna: het "
               "ontwerp-ROB). Het ontwerp vervangt het ROB uit 2010 en lag van 9 maart tot en met 20 april 2026 ter "
               "inzage. De commissie besprak het ontwerp in haar vergaderingen van 7 en 28 april 2026 en bezocht "
               "Rincon, Lagun en de zuidkust."))
    s.append(P("2 Wettelijk kader", "h"))
    s.append(P("Op grond van de Wet grondslagen ruimtelijke ontwikkelingsplanning BES moet de eilandsraad een "
               "ruimtelijk ontwikkelingsplan vaststellen en moet het bestuurscollege bij de voorbereiding de "
               "betrokken adviesinstanties horen. Het plan moet ten minste eens in de tien jaar worden herzien. De "
               "commissie toetst het ontwerp aan die wet en aan de natuurbeleidsplannen van het eiland."))
    s.append(P("3 Beoordeling", "h"))
    s.append(P("De commissie waardeert dat het ontwerp de groei van de bevolking van ruim 20.000 inwoners nu tot naar "
               "verwachting 28.000 in 2040 serieus neemt. Zij ziet wel dat het ontwerp veel ruimte geeft "
               "aan toeristische bebouwing langs de westkust, terwijl de kunuku's rond Rincon en Antriol onder druk "
               "staan. Tabel 1 toont de oppervlakte per bestemming."))
    rows = [["Bestemming", "ROB 2010 (ha)", "Ontwerp-ROB 2027 (ha)", "Verschil"],
            ["Wonen", "1.420", "1.910", "+490"], ["Toerisme (verblijf)", "310", "455", "+145"],
            ["Kunuku (landelijk)", "6.850", "6.240", "-610"], ["Natuur", "14.300", "14.420", "+120"]]
    s.append(Table([[P(c, "cellb" if i == 0 else "cell") for c in r] for i, r in enumerate(rows)],
                   colWidths=[52 * mm, 36 * mm, 44 * mm, 34 * mm],
                   style=TableStyle([("GRID", (0, 0), (-1, -1), 0.4, GREY), ("BACKGROUND", (0, 0), (-1, 0), PALE)])))
    s.append(P("Tabel 1. Oppervlakte per bestemming (bron: ontwerp-ROB, toelichting, hoofdstuk 4).", "cap"))
    s.append(P("In haar advies over het ROB van 2019 schreef de commissie al:"))
    s.append(P("'Bouw niet in de kustzone en laat de toegang tot zee voor iedereen open. Wat eenmaal bebouwd is, "
               "komt niet meer terug.'", "q"))
    s.append(P("Dat advies is in de tussentijd slechts ten dele gevolgd. Ook in de zienswijzen op het ontwerp komt de "
               "kust steeds terug. Een visser uit Rincon schreef: 'Wij moeten onze boten nog aan land kunnen trekken; "
               "de baaien zijn van ons allemaal.' De commissie deelt die zorg."))
    s.append(P("4 Onze adviezen", "h"))
    s.append(P("Op grond van deze beoordeling adviseert de commissie het bestuurscollege het volgende."))
    recs = [
        ("Wijs binnen 50 meter van de hoogwaterlijn geen nieuwe bebouwing toe, ook niet voor toeristische projecten.",
         "Het ontwerp hanteert nu 20 meter en staat uitzonderingen toe voor 'kleinschalige horeca'. Een brede, "
         "onbebouwde strook beschermt het koraal tegen afspoeling en houdt de kust toegankelijk."),
        ("Handhaaf de bestemming kunuku voor de gebieden rond Rincon en Antriol en wijs daar geen nieuwe "
         "woonwijken aan.",
         "De kunuku's zijn van grote waarde voor landbouw, cultuur en waterbeheer. De geplande uitbreiding ten "
         "noorden van Antriol kan beter binnen het bestaande stedelijk gebied worden opgevangen."),
        ("Sta in het kunukugebied het splitsen van erfpachtpercelen kleiner dan twee hectare niet langer toe.",
         "De voortdurende splitsing leidt tot verrommeling en maakt agrarisch gebruik onmogelijk."),
        ("Geef de zoutpannen, de mangroven van Lac en de baaien aan de zuidkust de bestemming natuur.",
         "Deze gebieden hebben nu een gemengde bestemming, die ruimte laat voor recreatieve bebouwing."),
        ("Reserveer ten minste 40 procent van de nieuwe woningbouwlocaties voor sociale huur en betaalbare koop.",
         "De wachtlijst voor een sociale huurwoning telt meer dan 1.300 huishoudens. Zonder vaste reservering "
         "worden de beste locaties voor duurdere woningen gebruikt."),
        ("Breng de handhaving op orde door ten minste vier handhavers aan te stellen en een jaarlijks "
         "handhavingsprogramma vast te stellen.",
         "De commissie zag bij haar bezoeken bebouwing zonder vergunning op meerdere plaatsen langs de kust."),
        ("Houd een openbaar register bij van alle ontheffingen die van het ROB worden verleend.",
         "Zo kan iedere inwoner zien waar en waarom van het plan is afgeweken."),
    ]
    for r, e in recs:
        s.append(P(f"<b>{r}</b> {e}"))
    s.append(P("5 Vragen voor de eilandsraad", "h"))
    s.append(P("De commissie geeft de eilandsraad bij de vaststelling de volgende vragen mee. Welk deel van de groei "
               "moet in Kralendijk worden opgevangen? Hoe wordt de drinkwatervoorziening afgestemd op de nieuwe "
               "woonwijken? En welke rol krijgen de dorpsraden bij de uitwerking van het plan?"))
    s.append(Spacer(1, 4 * mm))
    s.append(P("Namens de Adviescommissie Ruimtelijke Ontwikkeling Bonaire,<br/>R.E. Martis, voorzitter - "
               "C.L. Soliana-Vos, secretaris", "meta"))
    build(NAME + "_advice.pdf", s, adv_deco, first_top=38 * mm)


def response():
    s = [Spacer(1, 2 * mm), P("Vragen en antwoorden", "meta"),
         P("Ruimtelijk Ontwikkelingsplan Bonaire 2027", "rtitle"),
         P("De eilandsraad heeft het Ruimtelijk Ontwikkelingsplan Bonaire 2027 (ROB 2027) op 29 oktober 2026 "
           "vastgesteld. Op deze pagina vindt u antwoorden op vragen die wij vaak krijgen. Waar het plan is "
           "veranderd na het advies van de Adviescommissie Ruimtelijke Ontwikkeling Bonaire (AROB), staat dat "
           "erbij.", "ra")]
    qa = [
        ("Wat is het ROB?",
         ["Het ROB is het ruimtelijke plan voor heel Bonaire. Het bepaalt waar mag worden gewoond, gewerkt en "
          "gebouwd en welke gebieden natuur blijven."]),
        ("Mag ik nog bouwen aan de kust?",
         ["Buiten Kralendijk komt er geen nieuwe bebouwing binnen 50 meter van de hoogwaterlijn. In het centrum van "
          "Kralendijk geldt een grens van 30 meter, omdat daar al veel bebouwing staat; de AROB adviseerde 50 meter "
          "voor het hele eiland. De uitzondering voor kleinschalige horeca is geschrapt."]),
        ("Wat verandert er voor de kunuku's?",
         ["De gebieden rond Rincon en Antriol houden de bestemming kunuku, zoals de AROB adviseerde. De woonwijk ten "
          "noorden van Antriol is uit het plan gehaald. Het splitsen van erfpachtpercelen blijft wel mogelijk: het "
          "bestuurscollege vindt een algemeen verbod te zwaar voor families die grond aan hun kinderen willen "
          "doorgeven, en heeft dat deel van het advies daarom niet overgenomen."]),
        ("Welke gebieden worden natuur?",
         ["De zoutpannen, de mangroven van Lac en de baaien aan de zuidkust hebben in het vastgestelde plan de "
          "bestemming natuur gekregen. Recreatieve bebouwing is daar niet meer toegestaan."]),
        ("Komen er meer betaalbare woningen?",
         ["Het ROB wijst 490 hectare aan voor wonen. Hoeveel daarvan voor sociale huur en betaalbare koop wordt "
          "gereserveerd, legt het bestuurscollege vast in de Woonvisie Bonaire, die in 2027 verschijnt. Het advies "
          "van de AROB wordt daarbij betrokken."]),
        ("Hoe wordt gecontroleerd of iedereen zich aan het plan houdt?",
         ["Het bestuurscollege stelt vanaf 2027 elk jaar een handhavingsprogramma vast. Er komen twee extra "
          "handhavers bij, zodat er in totaal drie zijn; voor meer handhavers is in de begroting geen ruimte."]),
        ("Wanneer gaat het ROB in?",
         ["Het ROB 2027 treedt in werking op 1 januari 2027. Tot die datum blijft het plan uit 2010 gelden."]),
        ("Waar kan ik de kaarten bekijken?",
         ["De plankaarten liggen ter inzage bij het Kantoor Burgerzaken in Kralendijk en staan op de website van het "
          "openbaar lichaam."]),
        ("Kan ik nog bezwaar maken?",
         ["Tegen de vaststelling van het ROB staat beroep open bij het Gerecht in eerste aanleg. Het beroepschrift "
          "moet binnen zes weken na de bekendmaking worden ingediend."]),
    ]
    for q, ans in qa:
        s.append(P(q, "rq"))
        for a in ans:
            s.append(P(a, "ra"))
    s.append(Spacer(1, 4 * mm))
    s.append(P("Heeft u een andere vraag? Neem contact op met de Directie Ruimte en Ontwikkeling.", "meta"))
    build(NAME + "_response.pdf", s, res_deco, side=20 * mm)


def expected():
    B.write_expected(NAME, [
        ("1", "Wijs binnen 50 meter van de hoogwaterlijn geen nieuwe bebouwing",
         "In het centrum van Kralendijk geldt een grens van 30 meter", "partly"),
        ("2", "Handhaaf de bestemming kunuku voor de gebieden rond Rincon en",
         "De woonwijk ten noorden van Antriol is uit het plan gehaald", "agrees"),
        ("3", "Sta in het kunukugebied het splitsen van erfpachtpercelen kleiner dan",
         "heeft dat deel van het advies daarom niet overgenomen", "disagrees"),
        ("4", "Geef de zoutpannen, de mangroven van Lac en de baaien",
         "hebben in het vastgestelde plan de bestemming natuur gekregen", "agrees"),
        ("5", "Reserveer ten minste 40 procent van de nieuwe woningbouwlocaties voor",
         "legt het bestuurscollege vast in de Woonvisie Bonaire", "noted"),
        ("6", "Breng de handhaving op orde door ten minste vier handhavers",
         "Er komen twee extra handhavers bij, zodat er in totaal drie zijn", "partly"),
        ("7", "Houd een openbaar register bij van alle ontheffingen die", None, "unanswered"),
    ], [
        "Het ROB is het ruimtelijke plan voor heel Bonaire",
        "treedt in werking op 1 januari 2027",
        "De plankaarten liggen ter inzage bij het Kantoor Burgerzaken",
        "staat beroep open bij het Gerecht in eerste aanleg",
    ], "ADVIES of an island ADVIESCOMMISSIE RUIMTELIJKE ONTWIKKELING (Bonaire, Caribisch Nederland) on the draft "
       "Ruimtelijk Ontwikkelingsplan, answered by the openbaar lichaam's public VRAGEN EN ANTWOORDEN page on the "
       "adopted plan. The openbaar lichaam Bonaire, its eilandsraad and bestuurscollege, Kralendijk, Rincon, "
       "Antriol, Lac, the Gerecht in eerste aanleg and the Wet grondslagen ruimtelijke ontwikkelingsplanning BES are "
       "real; the commission AROB, its advice AROB/2026/04, the ROB 2027, the Woonvisie, all figures, people and "
       "the quoted 2019 advice are invented, and what is said of the law is not to be relied on. The seven "
       "recommendations are the BOLD imperative sentences that OPEN the seven paragraphs of '4 Onze adviezen', each "
       "followed by plain explanation (unnumbered; numbers are their order). Not recommendations: 'In het kort' "
       "(short dash paraphrases in a shaded box), the law's 'moet ... vaststellen / horen / herzien', Tabel 1, the "
       "2019 advice quoted ('Bouw niet in de kustzone ...', an imperative), a fisherman's zienswijze quoted ('Wij "
       "moeten ...'), '5 Vragen voor de eilandsraad' (three questions). Response: intro (no reply), bold questions "
       "with plain answers, no numbers: 'Wat is het ROB?' (nothing); coast = 1 partly (30 m in Kralendijk); ONE "
       "answer on the kunuku's = 2 agrees ('zoals de AROB adviseerde', Antriol) + 3 disagrees ('niet "
       "overgenomen'); 4 agrees; 5 noted (Woonvisie 2027, 'wordt daarbij betrokken'); 6 partly (three handhavers, "
       "not four); in force, maps, appeal (nothing); 7 (public register of exemptions) UNANSWERED.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    sys.exit(B.main([NAME]))
