"""Round 76 (nl): the ADVIES of a Flemish DISTRICTSRAAD (district council of a city with districts) on the draft
amendment of the city's meerjarenplan, answered by the city college's ANTWOORDNOTA on the advices of all districts
(an annex to the council proposal): one ruled table per district 'Adviespunt | Antwoord van het college | Gevolg'.

Advice: 'Advies 2026/07' of the (invented) districtsraad Schijnvallei, 3 p.: the decree's duty to ask advice
('moet ... vragen'), a budget table by beleidsdomein, residents' findings with 'zou ... moeten', the 2024 advice
quoted ('De stad moet ...'), section 3 'Adviespunten' as a two-column ruled table 'Adviespunt 1'-'Adviespunt 7',
a closing paraphrase.
Response: 'Bijlage 3 - Antwoordnota adviezen districtsraden', 2 p.: 1 Inleiding (nothing); 2 District Noordoever
(another district's rows: nothing); 3 District Schijnvallei rows in the order 4, 1, '3 en 6', 7, 2: 4 partly
(Tuesday only), 1 disagrees (stays 2029), ONE row 3 agrees + 6 disagrees, 7 noted, 2 agrees; 5 (container sites)
unanswered; 4 Slotbepaling (nothing).
Engine: reportlab platypus (DejaVu, invariant=1).

Run: /tmp/blind76nl/bin/python tests/docs/src/blind76/gen_nl_districtsraad_reportlab.py"""
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
import _b76nl as B  # noqa: E402

rl_config.invariant = 1
NAME = "blind76_nl_districtsraad"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")
RED = colors.HexColor("#b3122e")
GREY = colors.HexColor("#5a5a5a")
PALE = colors.HexColor("#f5e6e8")


def st(name, size, lead, fam="DS", **kw):
    return ParagraphStyle(name, fontName=fam, fontSize=size, leading=lead, **kw)


S = {
    "p": st("p", 9.3, 13.6, alignment=4, spaceAfter=6),
    "t": st("t", 16, 20, "DSB", textColor=RED, spaceAfter=4),
    "sub": st("sub", 10, 13, "DS", textColor=GREY, spaceAfter=10),
    "h": st("h", 11, 14, "DSB", textColor=RED, spaceBefore=8, spaceAfter=4, keepWithNext=1),
    "q": st("q", 9.3, 13.6, "DSI", leftIndent=12 * mm, rightIndent=10 * mm, spaceAfter=6),
    "cell": st("cell", 8.4, 11.2),
    "cellb": st("cellb", 8.4, 11.2, "DSB"),
    "cellh": st("cellh", 8.4, 11.2, "DSB", textColor=colors.white),
}


def page_deco(head):
    def deco(c, doc):
        c.saveState()
        w, h = A4
        c.setFillColor(RED)
        c.rect(0, h - 9 * mm, w, 9 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DSB", 8)
        c.drawString(20 * mm, h - 6 * mm, head)
        c.setFillColor(GREY)
        c.setFont("DS", 7.5)
        c.drawRightString(w - 20 * mm, 12 * mm, f"{doc.page}")
        c.drawString(20 * mm, 12 * mm, "Stad Oudenbrugge")
        c.restoreState()
    return deco


def build(fn, story, head):
    doc = BaseDocTemplate(B.out(fn), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                          bottomMargin=20 * mm, title=head, author="Stad Oudenbrugge")
    fr = Frame(20 * mm, 20 * mm, A4[0] - 40 * mm, A4[1] - 40 * mm, id="f")
    doc.addPageTemplates([PageTemplate("p", [fr], onPage=page_deco(head))])
    doc.build(story)


def table(rows, widths, head=True, shade_first_col=False):
    t = Table(rows, colWidths=widths, repeatRows=1 if head else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.5, GREY), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    if head:
        style.append(("BACKGROUND", (0, 0), (-1, 0), RED))
    if shade_first_col:
        style.append(("BACKGROUND", (0, 0), (0, -1), PALE))
    t.setStyle(TableStyle(style))
    return t


P = Paragraph

ADV_POINTS = [
    ("Adviespunt 1", "De districtsraad vraagt de stad om de heraanleg van de Ringlaan naar 2027 te vervroegen en "
     "het budget daarvoor in de aanpassing van het meerjarenplan in te schrijven."),
    ("Adviespunt 2", "Voorzie in het meerjarenplan een jaarlijks bedrag van 150.000 euro voor het onderhoud van de "
     "speelterreinen in het district."),
    ("Adviespunt 3", "Breng het aantal buurtsporttoestellen in Schijnvallei op hetzelfde peil als het gemiddelde "
     "van de andere districten."),
    ("Adviespunt 4", "Verleng de openingsuren van het districtshuis op dinsdag en donderdag tot 19 uur, zodat "
     "werkende inwoners er na hun werk terechtkunnen."),
    ("Adviespunt 5", "Laat de districtsraad voortaan mee beslissen over de locatie van nieuwe ondergrondse "
     "afvalcontainers op het grondgebied van het district."),
    ("Adviespunt 6", "Stel de subsidie voor buurtfeesten opnieuw open voor feitelijke verenigingen en "
     "bewonersgroepen zonder rechtspersoonlijkheid."),
    ("Adviespunt 7", "Organiseer voor de vernieuwing van het Kasteelpark een participatietraject met de "
     "omwonenden nog voordat de ontwerpopdracht wordt gegund."),
]


def advice():
    s = []
    s.append(P("DISTRICTSRAAD SCHIJNVALLEI", S["sub"]))
    s.append(P("Advies over het ontwerp van aanpassing van het meerjarenplan 2026-2031", S["t"]))
    s.append(P("Advies 2026/07 &#183; goedgekeurd in de zitting van 16 september 2026 met 19 stemmen voor, "
               "4 tegen en 2 onthoudingen", S["sub"]))
    s.append(P("1 Adviesvraag", S["h"]))
    s.append(P("Het college van burgemeester en schepenen van de stad Oudenbrugge heeft op 28 augustus 2026 het "
               "ontwerp van aanpassing van het meerjarenplan 2026-2031 aan de districtsraden bezorgd. Volgens het "
               "Decreet over het lokaal bestuur en het districtsreglement van de stad moet de gemeenteraad de "
               "districtsraden om advies vragen over het meerjarenplan en de aanpassingen ervan, voor zover die "
               "het district aanbelangen. De districtsraad brengt dit advies uit binnen de termijn van dertig "
               "dagen.", S["p"]))
    s.append(P("De districtsraad heeft het ontwerp besproken in de raadscommissie van 9 september 2026. Daar "
               "konden ook inwoners het woord nemen; zeventien inwoners en vier verenigingen maakten daarvan "
               "gebruik.", S["p"]))
    s.append(P("2 Analyse van het ontwerp", S["h"]))
    s.append(P("Het ontwerp wijst in de periode 2026-2031 aan het district de volgende investeringsbudgetten toe "
               "(in euro, afgerond):", S["p"]))
    rows = [[P("Beleidsdomein", S["cellh"]), P("Meerjarenplan 2025", S["cellh"]), P("Ontwerp-aanpassing 2026", S["cellh"]),
             P("Verschil", S["cellh"])],
            [P("Openbaar domein en mobiliteit", S["cell"]), P("4.850.000", S["cell"]), P("3.920.000", S["cell"]),
             P("-930.000", S["cell"])],
            [P("Jeugd en sport", S["cell"]), P("1.210.000", S["cell"]), P("1.180.000", S["cell"]), P("-30.000", S["cell"])],
            [P("Cultuur en evenementen", S["cell"]), P("640.000", S["cell"]), P("655.000", S["cell"]), P("+15.000", S["cell"])],
            [P("Dienstverlening", S["cell"]), P("380.000", S["cell"]), P("380.000", S["cell"]), P("0", S["cell"])]]
    s.append(table(rows, [62 * mm, 36 * mm, 40 * mm, 28 * mm]))
    s.append(Spacer(1, 8))
    s.append(P("De daling bij openbaar domein en mobiliteit komt vooral doordat de heraanleg van de Ringlaan van "
               "2027 naar 2029 is verschoven. Op de raadscommissie wezen bewoners erop dat de fietspaden daar in "
               "slechte staat zijn; volgens hen zou de stad minstens de gevaarlijkste stukken al volgend jaar moeten "
               "herstellen. Ook de schoolgemeenschap De Linde meldde dat ouders hun kinderen niet meer met de fiets "
               "laten gaan.", S["p"]))
    s.append(P("Bij jeugd en sport stelt de districtsraad vast dat Schijnvallei vier buurtsporttoestellen telt, "
               "tegenover gemiddeld negen in de andere districten. De speelterreinen zijn de voorbije jaren "
               "zichtbaar achteruitgegaan; het onderhoud moet nu telkens uit het algemene werkingsbudget van het "
               "district worden betaald.", S["p"]))
    s.append(P("In zijn advies over het meerjarenplan van 2024 schreef de districtsraad al:", S["p"]))
    s.append(P("'De stad moet de districten tijdig betrekken bij investeringen in hun openbaar domein en mag dat "
               "niet beperken tot een formeel adviesmoment aan het einde van de rit.'", S["q"]))
    s.append(P("Die vraag blijft actueel. De districtsraad erkent wel dat de stad sindsdien een driemaandelijks "
               "overleg tussen de districtsschepenen en de bevoegde stadsschepenen heeft ingevoerd.", S["p"]))
    s.append(P("Tot slot wijst de districtsraad erop dat de stad bij de vorige aanpassing de subsidie voor "
               "buurtfeesten heeft beperkt tot verenigingen met rechtspersoonlijkheid. Sindsdien daalde het aantal "
               "buurtfeesten in het district van 31 naar 12.", S["p"]))
    s.append(P("3 Adviespunten", S["h"]))
    s.append(P("De districtsraad geeft een voorwaardelijk gunstig advies over het ontwerp, onder voorbehoud van de "
               "volgende adviespunten:", S["p"]))
    rows = [[P(a, S["cellb"]), P(b, S["cell"])] for a, b in ADV_POINTS]
    s.append(table(rows, [30 * mm, 140 * mm], head=False, shade_first_col=True))
    s.append(Spacer(1, 8))
    s.append(P("4 Besluit", S["h"]))
    s.append(P("Samengevat vraagt de districtsraad meer middelen en een vroegere timing voor het openbaar domein "
               "en de speelterreinen, betere dienstverlening in het districtshuis en meer inspraak voor het "
               "district en zijn inwoners. De districtsraad vraagt het college en de gemeenteraad om gemotiveerd "
               "te antwoorden op elk adviespunt.", S["p"]))
    s.append(P("Namens de districtsraad,<br/>Yasmina El Khattabi, voorzitter van de districtsraad<br/>"
               "Pieter Van Landeghem, districtssecretaris", S["p"]))
    build(NAME + "_advice.pdf", s, "Districtsraad Schijnvallei  |  Advies 2026/07")


RESP = [
    ("Adviespunt 4 (openingsuren districtshuis)",
     "Het districtshuis zal vanaf 1 januari 2027 op dinsdag open blijven tot 19 uur. Een tweede late opening op "
     "donderdag is niet haalbaar met de huidige personeelsbezetting; wel kunnen inwoners op donderdag tot 19 uur "
     "een afspraak via videobellen maken.", "Gedeeltelijk aangepast"),
    ("Adviespunt 1 (Ringlaan)",
     "De heraanleg van de Ringlaan blijft gepland in 2029, omdat de rioleringswerken van de rioolbeheerder eerst "
     "moeten worden uitgevoerd. Het college herstelt in 2027 wel de meest beschadigde fietspaden via het gewone "
     "onderhoudsbudget van de stad.", "Niet aangepast"),
    ("Adviespunten 3 en 6 (sport en buurtfeesten)",
     "Het college schrijft in 2027 een bijkomend bedrag van 90.000 euro in voor vijf nieuwe buurtsporttoestellen "
     "in Schijnvallei, zodat het district het stedelijk gemiddelde bereikt. De subsidie voor buurtfeesten blijft "
     "voorbehouden aan verenigingen met rechtspersoonlijkheid: de stad moet kunnen nagaan wie de subsidie "
     "ontvangt en verantwoordt.", "Aangepast (3) / Niet aangepast (6)"),
    ("Adviespunt 7 (Kasteelpark)",
     "Het college neemt kennis van deze vraag. De vernieuwing van het Kasteelpark staat pas in 2030 in het "
     "meerjarenplan; de aanpak van de inspraak wordt bepaald in de projectnota die de bevoegde schepen in 2028 "
     "voorlegt.", "Geen gevolg voor het meerjarenplan"),
    ("Adviespunt 2 (speelterreinen)",
     "Het gevraagde bedrag van 150.000 euro per jaar voor het onderhoud van de speelterreinen in het district "
     "wordt vanaf 2027 ingeschreven bij beleidsdoelstelling 4.2.", "Aangepast"),
]


def response():
    s = []
    s.append(P("STAD OUDENBRUGGE &#183; GEMEENTERAAD VAN 20 OKTOBER 2026 &#183; PUNT 14", S["sub"]))
    s.append(P("Bijlage 3 - Antwoordnota bij de adviezen van de districtsraden", S["t"]))
    s.append(P("bij het ontwerp van aanpassing van het meerjarenplan 2026-2031", S["sub"]))
    s.append(P("1 Inleiding", S["h"]))
    s.append(P("Alle negen districtsraden hebben tijdig advies uitgebracht. Deze nota geeft per district het "
               "antwoord van het college van burgemeester en schepenen en vermeldt telkens welk gevolg het "
               "college eraan geeft in de aanpassing die aan de gemeenteraad wordt voorgelegd. Adviezen over "
               "zaken die niet tot het meerjarenplan behoren, worden doorgegeven aan de bevoegde diensten.",
               S["p"]))
    hdr = [P("Adviespunt", S["cellh"]), P("Antwoord van het college", S["cellh"]), P("Gevolg", S["cellh"])]
    s.append(P("2 District Noordoever (advies 2026/11)", S["h"]))
    rows = [hdr,
            [P("Adviespunt 1 (Havenbrug)", S["cell"]),
             P("De verlichting van de fietsbrug over het Oudedok wordt in 2027 vervangen door ledverlichting met "
               "bewegingssensoren.", S["cell"]), P("Aangepast", S["cell"])],
            [P("Adviespunt 2 (bibliotheekfiliaal)", S["cell"]),
             P("Het filiaal aan het Dokplein blijft open; de verhuis naar de nieuwe school wordt niet "
               "voorbereid.", S["cell"]), P("Niet aangepast", S["cell"])]]
    s.append(table(rows, [38 * mm, 100 * mm, 32 * mm]))
    s.append(P("3 District Schijnvallei (advies 2026/07)", S["h"]))
    rows = [hdr] + [[P(a, S["cell"]), P(b, S["cell"]), P(c, S["cell"])] for a, b, c in RESP]
    s.append(table(rows, [38 * mm, 100 * mm, 32 * mm]))
    s.append(Spacer(1, 6))
    s.append(P("4 Verwerking in het meerjarenplan", S["h"]))
    s.append(P("De aanpassingen die volgen uit de adviezen van alle districten samen verhogen de investeringen "
               "met 1,34 miljoen euro over de hele planperiode. Het college compenseert dat door de bouw van het "
               "nieuwe stadsmagazijn een jaar uit te stellen. De autofinancieringsmarge blijft in elk jaar "
               "positief.", S["p"]))
    s.append(P("Het college dankt de districtsraden en hun secretariaten voor de grondige adviezen.", S["p"]))
    s.append(P("Namens het college,<br/>Hilde Verstraeten, algemeen directeur &#160;&#160;&#160; Marc "
               "Desmet, burgemeester".replace("&#160;", " "), S["p"]))
    build(NAME + "_response.pdf", s, "Gemeenteraad 20 oktober 2026  |  Bijlage 3 Antwoordnota")


RECS = [
    (1, "De districtsraad vraagt de stad om de heraanleg van de Ringlaan",
     "De heraanleg van de Ringlaan blijft gepland in 2029", "disagrees"),
    (2, "Voorzie in het meerjarenplan een jaarlijks bedrag van 150.000 euro",
     "wordt vanaf 2027 ingeschreven bij beleidsdoelstelling 4.2", "agrees"),
    (3, "Breng het aantal buurtsporttoestellen in Schijnvallei op hetzelfde peil",
     "vijf nieuwe buurtsporttoestellen in Schijnvallei", "agrees"),
    (4, "Verleng de openingsuren van het districtshuis op dinsdag en donderdag",
     "Een tweede late opening op donderdag is niet haalbaar", "partly"),
    (5, "Laat de districtsraad voortaan mee beslissen over de locatie van", None, "unanswered"),
    (6, "Stel de subsidie voor buurtfeesten opnieuw open voor feitelijke verenigingen",
     "De subsidie voor buurtfeesten blijft voorbehouden aan verenigingen", "disagrees"),
    (7, "Organiseer voor de vernieuwing van het Kasteelpark een participatietraject met",
     "Het college neemt kennis van deze vraag", "noted"),
]
UNMATCHED = [
    "Alle negen districtsraden hebben tijdig advies uitgebracht",
    "vervangen door ledverlichting met bewegingssensoren",
    "de bouw van het nieuwe stadsmagazijn een jaar uit te stellen",
]
NOTES = ("ADVIES of a Flemish DISTRICTSRAAD on the draft amendment of the city's meerjarenplan, answered by the "
         "college's ANTWOORDNOTA on the advices of all districts (Bijlage 3 of the council proposal). The Decreet "
         "over het lokaal bestuur is real; the stad Oudenbrugge, its districts, figures and people are invented. "
         "Recommendations: a two-column ruled table 'Adviespunt 1'-'Adviespunt 7' (label cell shaded). Traps: "
         "'moet de gemeenteraad de districtsraden om advies vragen' (a legal duty), a budget table, residents' "
         "'zou ... moeten herstellen', 'het onderhoud moet nu ... worden betaald' (finding), the 2024 advice quoted "
         "('De stad moet ...'), 'Samengevat vraagt de districtsraad ...'. Antwoordnota: 1 Inleiding (nothing); 2 "
         "District Noordoever, another district's adviespunten 1 and 2 (nothing, same labels as Schijnvallei's!); "
         "3 District Schijnvallei, rows in the order 4 (partly: Tuesday only), 1 (disagrees: stays 2029, only "
         "repairs), ONE row 'Adviespunten 3 en 6' = 3 agrees + 6 disagrees, 7 noted (kennis, decided later), 2 "
         "agrees; a 'Gevolg' column with Aangepast / Gedeeltelijk aangepast / Niet aangepast; 4 Verwerking "
         "(nothing); 5 (container locations) unanswered.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
