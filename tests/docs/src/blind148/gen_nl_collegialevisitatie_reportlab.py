"""Round 148 (nl): the RAPPORT COLLEGIALE VISITATIE of an (invented) peer-review team of a network of school boards on
a public primary school; its seven recommendations are LABELLED run-in sentences 'Advies van het team:' inside the
thematic sections of '3 Wat wij zagen', next to run-in labels 'Wat goed gaat:' in exactly the same bold style;
answered by the school director's REACTIE that QUOTES each recommendation (abbreviated, in italics) and answers it
under 'Onze reactie', in another order.

Advice (reportlab, sans, teal title rule and headings, metadata table, running head, 'pagina n van m'): the
inspection framework paraphrased with 'moet' (trap), the school's own schoolplan quoted with 'moet' (trap), the
previous visitation of 2023 quoted as an imperative ('Maak de leerlingenraad zichtbaar ...', carried out, trap),
'Wat goed gaat:' strengths in the recommendations' run-in style (trap), 'Wij raden de school niet aan om nu een
nieuwe rekenmethode aan te schaffen' (trap), a closing naming 'het eerste en het vierde advies' (trap); expected
numbers 1-7 in reading order. Response (reportlab, 'pagina n'): quoted in the order 7, 1, 4, 3, rekenmethode, 6, 2:
7 agrees (start conversations with parent and child from August), 1 agrees (the intern begeleider's analysis per
group with one goal), 4 partly (a compact route only in groups 6-8), 3 agrees (a rota of class visits), the
rekenmethode paragraph answers the 'we do not advise' sentence (unmatched), 6 disagrees (six speerpunten kept,
linked to the board's strategic plan), 2 noted (passed to the board office, which sets the OPP format); 5 (the
pupils' council and the playground rules) unanswered; the introduction and the closing answer nothing. All bodies,
places, people, figures and reference numbers invented; the inspection framework named as context only.

Run: /tmp/blind148nl/bin/python tests/docs/src/blind148/gen_nl_collegialevisitatie_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b148nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

NAME = "blind148_nl_collegialevisitatie"
FS = B.tmp_fonts()
for key, suf in (("Regular", ""), ("Bold", "-B"), ("Italic", "-I"), ("Bold Italic", "-BI")):
    pdfmetrics.registerFont(TTFont("S" + suf, FS[key]))
addMapping("S", 0, 0, "S")
addMapping("S", 1, 0, "S-B")
addMapping("S", 0, 1, "S-I")
addMapping("S", 1, 1, "S-BI")

INK = colors.HexColor("#1f6f6b")
LINE = colors.HexColor("#a9cfcc")
GREY = colors.HexColor("#555555")
BODY = ParagraphStyle("body", fontName="S", fontSize=9.4, leading=13.4, spaceAfter=5)
SMALL = ParagraphStyle("small", fontName="S", fontSize=8, leading=10.5, textColor=GREY)
TITLE = ParagraphStyle("t", fontName="S-B", fontSize=15, leading=19, textColor=INK, spaceAfter=4)
SUB = ParagraphStyle("sub", fontName="S", fontSize=9, leading=12, textColor=GREY, spaceAfter=6)
H2 = ParagraphStyle("h2", fontName="S-B", fontSize=11, leading=15, textColor=INK, spaceBefore=8, spaceAfter=3,
                    keepWithNext=True)
H3 = ParagraphStyle("h3", fontName="S-B", fontSize=9.6, leading=13, spaceBefore=4, spaceAfter=2, keepWithNext=True)
QUOTE = ParagraphStyle("q", parent=BODY, fontName="S-I", leftIndent=8 * mm, rightIndent=6 * mm, textColor=GREY)
RUNIN = ParagraphStyle("runin", parent=BODY, leftIndent=5 * mm)
CELL = ParagraphStyle("cell", fontName="S", fontSize=8.4, leading=11)
RQ = ParagraphStyle("rq", parent=BODY, fontName="S-I", leftIndent=6 * mm, textColor=colors.HexColor("#2d4f4d"),
                    spaceAfter=2, keepWithNext=True)
RL = ParagraphStyle("rl", parent=BODY, fontName="S-B", textColor=INK, spaceAfter=1, keepWithNext=True)


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
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e8f3f2"))]))
    return t


def good(t):
    return P(f"<font color='#1f6f6b'><b>Wat goed gaat:</b></font> {t}", RUNIN)


def adv(t):
    return P(f"<font color='#1f6f6b'><b>Advies van het team:</b></font> {t}", RUNIN)


R1 = ("Laat de groepsbesprekingen twee keer per jaar uitgaan van een analyse van de toetsen van het "
      "leerlingvolgsysteem per groep, en spreek per groep één concreet doel af voor de volgende periode.")
R2 = ("Leg voor de leerlingen met een eigen leerlijn het ontwikkelingsperspectief vast in een kort document dat "
      "ouders ieder half jaar met de leerkracht bespreken.")
R3 = ("Laat leerkrachten elkaar minstens twee keer per jaar in de rekenles bezoeken, met één vooraf gekozen kijkpunt "
      "en een kort nagesprek.")
R4 = ("Geef de sterke rekenaars een eigen, compacte leerroute met verrijkingswerk, zodat zij niet de hele "
      "instructie hoeven te volgen.")
R5 = ("Betrek de leerlingenraad bij het herzien van de pleinregels en laat de raad zelf een voorstel doen voor de "
      "indeling van het plein in de middagpauze.")
R6 = ("Beperk het jaarplan tot drie of vier speerpunten en koppel elk speerpunt aan een meetbaar doel en een "
      "eigenaar in het team.")
R7 = ("Vervang de tienminutengesprekken in het najaar door startgesprekken met ouder en kind samen in de eerste "
      "weken van het schooljaar.")


def advice():
    s = [P("Kwaliteitskring Maas en Heide - netwerk van schoolbesturen voor collegiale visitatie - "
           "secretariaat: Kloosterlaan 3, 5861 BR Wellerode - kwaliteitskring@maasenheide.example", SMALL),
         Spacer(1, 3), rule(), Spacer(1, 5),
         P("Rapport collegiale visitatie OBS De Wielewaal", TITLE),
         P("visitatie op 14 en 15 januari 2027, op verzoek van de school", SUB),
         meta_table([("Aan", "mevrouw I. Hoogstraten, directeur van OBS De Wielewaal, Velderhoven, en het bestuur "
                             "van Stichting Openbaar Onderwijs Peelrand"),
                     ("Visitatieteam", "drs. P. Aarts (directeur OBS De Kameleon, Wellerode), M. Verbruggen "
                                       "(intern begeleider, SBO De Brug) en R. Schepers-Lim (kwaliteitsmedewerker, "
                                       "voorzitter van het team)"),
                     ("Kenmerk", "KMH-V 2027-03"),
                     ("Datum", "5 februari 2027")]),
         Spacer(1, 4),
         P("1 Aanleiding en vraag", H2),
         P("OBS De Wielewaal in Velderhoven telt 231 leerlingen in negen groepen. De school vroeg de Kwaliteitskring "
           "om een collegiale visitatie met de vraag: <i>'Hoe goed lukt het ons om in de rekenles recht te doen aan "
           "de verschillen tussen leerlingen, en hoe weten wij dat?'</i> Een collegiale visitatie is geen inspectie. "
           "Wij kijken als collega's mee en geven adviezen; de school beslist zelf wat zij ermee doet."),
         P("Wij hebben ons gesprek wel geordend langs het onderzoekskader van de inspectie. Volgens dat kader moet "
           "een school zicht hebben op de ontwikkeling van haar leerlingen en moet zij het onderwijs daarop "
           "afstemmen. In haar schoolplan 2023-2027 schrijft de school zelf:"),
         P("'Elke leerkracht moet in iedere rekenles het model van directe instructie toepassen, met verlengde "
           "instructie voor wie dat nodig heeft.'", QUOTE),
         P("2 Werkwijze", H2),
         P("Wij bezochten elf lessen, waarvan zeven rekenlessen, en spraken met de directeur, de intern begeleider, "
           "zes leerkrachten, de leerlingenraad en vijf ouders. Vooraf lazen wij het schoolplan, het jaarplan "
           "2026-2027, de trendanalyses van de toetsen en het verslag van de vorige visitatie. Dat verslag van maart "
           "2023 gaf onder meer het advies:"),
         P("'Maak de leerlingenraad zichtbaar in de school en laat hem minstens vier keer per jaar vergaderen.'",
           QUOTE),
         P("Dat advies is opgevolgd: de leerlingenraad vergadert elke zes weken en heeft een eigen prikbord in de hal."),
         P("3 Wat wij zagen", H2),
         P("3.1 Zicht op ontwikkeling", H3),
         P("De school neemt twee keer per jaar de toetsen van het leerlingvolgsysteem af. De resultaten worden "
           "zorgvuldig ingevoerd, maar in de groepsbesprekingen gaat het vooral over individuele leerlingen. Welke "
           "conclusies de school per groep trekt, bleef in de gesprekken vaag."),
         good("de intern begeleider kent de leerlingen met extra ondersteuning goed en de dossiers zijn op orde."),
         adv(R1),
         P("Voor zes leerlingen volgt de school een eigen leerlijn rekenen. Het ontwikkelingsperspectief staat in "
           "het leerlingvolgsysteem, maar twee van de vijf ouders die wij spraken wisten niet wat erin stond."),
         adv(R2),
         P("3.2 Didactisch handelen in de rekenles", H3),
         P("In vijf van de zeven rekenlessen zagen wij een duidelijke opbouw en een goede instructie. Verschillen "
           "tussen leerkrachten zijn er wel: in twee lessen kregen alle leerlingen dezelfde uitleg en hetzelfde werk. "
           "Leerkrachten zeiden zelf dat zij weinig bij elkaar in de klas komen."),
         good("de instructietafel wordt in alle groepen benut en de sfeer in de rekenlessen is rustig en taakgericht."),
         adv(R3),
         P("De sterke rekenaars luisteren in de meeste groepen de volledige instructie mee en krijgen daarna extra "
           "opgaven van hetzelfde soort. Drie van hen vertelden ons dat zij zich vervelen."),
         adv(R4),
         P("Wij raden de school niet aan om nu een nieuwe rekenmethode aan te schaffen. De huidige methode is pas "
           "vier jaar in gebruik en biedt voldoende ruimte om te differentiëren; het gaat om het gebruik ervan."),
         P("3.3 Schoolklimaat", H3),
         P("Leerlingen voelen zich veilig, zo blijkt uit de monitor en uit ons gesprek met de leerlingenraad. Wel "
           "gaven leerlingen aan dat het plein in de middagpauze te vol is en dat de voetbalkooi steeds door "
           "dezelfde groep wordt gebruikt."),
         good("de leerlingenraad is serieus, goed voorbereid en weet wat er in de school speelt."),
         adv(R5),
         P("3.4 Kwaliteitszorg", H3),
         P("Het jaarplan 2026-2027 noemt acht speerpunten, van rekenen en begrijpend lezen tot duurzaamheid en een "
           "nieuwe website. Het team kon ons niet goed vertellen welke daarvan dit jaar voorgaan."),
         adv(R6),
         P("3.5 Ouders", H3),
         P("Ouders zijn tevreden over de school, maar vinden de tienminutengesprekken in november te laat en te kort. "
           "Leerkrachten merken dat zij ouders pas leren kennen als er al zorgen zijn."),
         adv(R7),
         P("4 Tot slot", H2),
         P("Het antwoord op de vraag van de school is: de basis is goed, maar de school weet nog te weinig precies "
           "wat haar differentiatie oplevert. Het eerste en het vierde advies raken het meest aan de vraag. Wij "
           "danken het team, de leerlingen en de ouders voor de open gesprekken en komen graag over een jaar terug "
           "voor een kort vervolggesprek."),
         Spacer(1, 4),
         P("namens het visitatieteam,<br/>R. Schepers-Lim, voorzitter", SMALL)]
    build(s, NAME + "_advice.pdf", "Kwaliteitskring Maas en Heide - rapport collegiale visitatie OBS De Wielewaal - "
          "KMH-V 2027-03", "Rapport collegiale visitatie OBS De Wielewaal", "Kwaliteitskring Maas en Heide",
          of_m=2)


def response():
    s = [P("OBS De Wielewaal - Populierenlaan 40, 5863 TG Velderhoven - directie@wielewaal.example", SMALL),
         Spacer(1, 3), rule(), Spacer(1, 5),
         P("Reactie van de school op het rapport collegiale visitatie", TITLE),
         P("aan het visitatieteam van de Kwaliteitskring Maas en Heide - ons kenmerk DIR/2027/011 - "
           "Velderhoven, 12 maart 2027", SUB),
         P("Beste Romy, Piet en Marleen,"),
         P("Dank voor het zorgvuldige rapport en voor de twee dagen waarin u bij ons meekeek. Het team heeft het "
           "rapport op de studiedag van 4 maart besproken; de medezeggenschapsraad heeft het ook ontvangen. Hieronder "
           "leest u per advies wat wij ermee doen. Wij citeren de adviezen kort."),
         P("Startgesprekken", RL),
         P("'Vervang de tienminutengesprekken in het najaar door startgesprekken ...'", RQ),
         P("Onze reactie: dit nemen wij helemaal over. Vanaf augustus 2027 voeren alle leerkrachten in de eerste "
           "drie weken een startgesprek met ouder en kind; de tienminutengesprekken in november vervallen."),
         P("Groepsbesprekingen", RL),
         P("'Laat de groepsbesprekingen twee keer per jaar uitgaan van een analyse ...'", RQ),
         P("Onze reactie: terecht. De intern begeleider maakt vanaf de toetsen van juni per groep een korte "
           "analyse, en in iedere groepsbespreking leggen wij één groepsdoel vast voor de komende periode."),
         P("Sterke rekenaars", RL),
         P("'Geef de sterke rekenaars een eigen, compacte leerroute ...'", RQ),
         P("Onze reactie: wij doen dit voor een deel. In de groepen 6 tot en met 8 start na de zomer een compacte "
           "route met verrijking; in de groepen 3 tot en met 5 willen wij eerst de basis van de instructie "
           "versterken en voeren wij de route nog niet in."),
         P("Klassenbezoeken", RL),
         P("'Laat leerkrachten elkaar minstens twee keer per jaar in de rekenles bezoeken ...'", RQ),
         P("Onze reactie: graag. Het team heeft op de studiedag al een rooster gemaakt: iedere leerkracht bezoekt "
           "vóór de zomer twee collega's, met als eerste kijkpunt de verlengde instructie."),
         P("Rekenmethode", RL),
         P("Uw opmerking dat een nieuwe methode niet nodig is, komt ons goed uit: ook het team wil de huidige "
           "methode tot 2030 blijven gebruiken."),
         P("Jaarplan", RL),
         P("'Beperk het jaarplan tot drie of vier speerpunten ...'", RQ),
         P("Onze reactie: hierin volgen wij u niet. Ons jaarplan is afgeleid van het strategisch beleidsplan van "
           "het bestuur, dat voor alle scholen zes ambities kent; daarom houden wij zes speerpunten aan."),
         P("Ontwikkelingsperspectief", RL),
         P("'Leg voor de leerlingen met een eigen leerlijn het ontwikkelingsperspectief vast ...'", RQ),
         P("Onze reactie: het format voor het ontwikkelingsperspectief stelt het bestuursbureau vast voor alle "
           "scholen van Peelrand. Wij hebben uw advies aan het bestuursbureau doorgegeven voor de evaluatie van dat "
           "format in het najaar."),
         Spacer(1, 4),
         P("Wij kijken uit naar het vervolggesprek over een jaar en zullen het team dan laten vertellen wat er in de "
           "klassen is veranderd."),
         Spacer(1, 4),
         P("Met vriendelijke groet,<br/>Ingrid Hoogstraten, directeur OBS De Wielewaal", SMALL)]
    build(s, NAME + "_response.pdf", "OBS De Wielewaal - reactie op het rapport collegiale visitatie - "
          "DIR/2027/011", "Reactie op het rapport collegiale visitatie", "OBS De Wielewaal")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        ("1", "Laat de groepsbesprekingen twee keer per jaar uitgaan van een analyse",
         "maakt vanaf de toetsen van juni per groep een korte analyse", "agrees"),
        ("2", "Leg voor de leerlingen met een eigen leerlijn het ontwikkelingsperspectief vast",
         "Wij hebben uw advies aan het bestuursbureau doorgegeven", "noted"),
        ("3", "Laat leerkrachten elkaar minstens twee keer per jaar in de rekenles bezoeken",
         "iedere leerkracht bezoekt vóór de zomer twee collega's", "agrees"),
        ("4", "Geef de sterke rekenaars een eigen, compacte leerroute met verrijkingswerk",
         "In de groepen 6 tot en met 8 start na de zomer", "partly"),
        ("5", "Betrek de leerlingenraad bij het herzien van de pleinregels en laat", None, "unanswered"),
        ("6", "Beperk het jaarplan tot drie of vier speerpunten en koppel",
         "daarom houden wij zes speerpunten aan", "disagrees"),
        ("7", "Vervang de tienminutengesprekken in het najaar door startgesprekken met ouder",
         "Onze reactie: dit nemen wij helemaal over", "agrees"),
    ], ["ook het team wil de huidige methode tot 2030 blijven gebruiken"],
        "Advice: the RAPPORT COLLEGIALE VISITATIE of a peer-review team of a network of school boards on a public "
        "primary school; the seven recommendations are LABELLED run-in sentences 'Advies van het team:' inside the "
        "thematic sections 3.1-3.5 (expected numbers 1-7 in reading order). Traps: the inspection framework "
        "paraphrased with 'moet', the schoolplan quoted with 'moet', the 2023 visitation's advice quoted as an "
        "imperative (carried out), strengths labelled 'Wat goed gaat:' in exactly the same run-in style, 'Wij raden "
        "de school niet aan om nu een nieuwe rekenmethode aan te schaffen', a closing naming 'het eerste en het "
        "vierde advies'. Response: the director's REACTIE quoting each recommendation (abbreviated, italics) with "
        "'Onze reactie:' in the order 7, 1, 4, 3, (rekenmethode), 6, 2: 7 agrees, 1 agrees, 4 partly (only groups "
        "6-8), 3 agrees, 6 disagrees (six speerpunten kept, linked to the board's strategic plan), 2 "
        "noted (passed to the board office). 5 (pupils' council and playground rules) is never answered. The "
        "rekenmethode paragraph answers the 'we do not advise' sentence (unmatched); introduction and closing "
        "answer nothing.")
    print("written", NAME)
