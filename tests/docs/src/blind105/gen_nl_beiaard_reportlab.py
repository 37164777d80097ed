"""Round 105 (nl): the ADVIES of a Flemish city's BEIAARDCOMMISSIE on the restoration of the STADSBEIAARD (carillon)
in the belfort, answered by the schepen van cultuur's LETTER that replies by subject only (no letters cited).

Advice (reportlab, serif, dark-red left rule on p. 1, running head from p. 2, 'blz. n'): a table of the bells,
findings numbered (1)-(4) with 'moet' (Onroerenderfgoeddecreet, the 2019 advice quoted), then the recommendations
LETTERED a)-g) after 'De commissie adviseert het college:'. Response: letter, order c, a+e, f, b, d; g unanswered.
All bodies, people and figures are invented.

Run: /tmp/blind105nl/bin/python tests/docs/src/blind105/gen_nl_beiaard_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b105nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind105_nl_beiaard"
F = B.tmp_fonts(f"B{B.ROUND}NL Serif", B.SERIF_FILES)
pdfmetrics.registerFont(TTFont("R", F["Regular"]))
pdfmetrics.registerFont(TTFont("RB", F["Bold"]))
pdfmetrics.registerFont(TTFont("RI", F["Italic"]))
pdfmetrics.registerFontFamily("R", normal="R", bold="RB", italic="RI", boldItalic="RB")
RED = colors.HexColor("#7a1f1f")
body = ParagraphStyle("b", fontName="R", fontSize=9.6, leading=13.6, spaceAfter=6)
h2 = ParagraphStyle("h2", fontName="RB", fontSize=11, leading=14, textColor=RED, spaceBefore=8, spaceAfter=4)
quote = ParagraphStyle("q", parent=body, fontName="RI", leftIndent=22, rightIndent=22)
lst = ParagraphStyle("l", parent=body, leftIndent=26, bulletIndent=6)
P = lambda t, s=body: Paragraph(t, s)  # noqa: E731


def L(b, t):
    return Paragraph(t, lst, bulletText=b)


def deco(head, org, sub):
    def on_page(c, doc):
        c.saveState()
        if doc.page == 1:
            c.setFillColor(RED)
            c.rect(40, A4[1] - 110, 5, 70, fill=1, stroke=0)
            c.setFont("RB", 14)
            c.drawString(56, A4[1] - 58, org)
            c.setFont("R", 8.3)
            c.setFillColor(colors.HexColor("#444444"))
            c.drawString(56, A4[1] - 74, sub)
        else:
            c.setFont("RI", 7.6)
            c.setFillColor(colors.HexColor("#555555"))
            c.drawString(58, A4[1] - 34, head)
            c.setStrokeColor(RED)
            c.line(58, A4[1] - 39, A4[0] - 58, A4[1] - 39)
        c.setFont("R", 7.6)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawRightString(A4[0] - 58, 26, "blz. %d" % doc.page)
        c.restoreState()
    return on_page


def build(fn, story, head, org, sub):
    doc = SimpleDocTemplate(B.out(fn), pagesize=A4, leftMargin=58, rightMargin=58, topMargin=120, bottomMargin=50,
                            title=head, author=org)
    f = deco(head, org, sub)
    doc.build(story, onFirstPage=f, onLaterPages=f)


bells = Table([["Klok", "Jaar", "Gieter", "Gewicht (kg)", "Toestand"],
               ["1 (Salvator)", "1659", "P. Hemony", "2.140", "goed, lichte scheur in de kroon"],
               ["2-12", "1659-1661", "P. en F. Hemony", "1.980 samen", "goed"],
               ["13-35", "1951", "Michiels", "1.120 samen", "vals gestemd, te scherp"],
               ["36-49", "1987", "Eijsbouts", "310 samen", "goed"]],
              colWidths=[70, 60, 90, 80, 175])
bells.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "R", 8.4), ("FONT", (0, 0), (-1, 0), "RB", 8.4),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.8, RED), ("LINEBELOW", (0, -1), (-1, -1), 0.4, RED),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))

adv = [
    P("<b>Advies over het voorontwerp van restauratie van de stadsbeiaard in het belfort</b>", h2),
    P("Aan het college van burgemeester en schepenen van de stad Oudenberge<br/>Ons kenmerk: BC/2026/04 - "
      "Oudenberge, 9 oktober 2026"),
    P("1. Aanleiding", h2),
    P("Op 12 juni 2026 vroeg het college de beiaardcommissie om advies over het voorontwerp van restauratie dat "
      "architectenbureau Van Roey &amp; Claes in opdracht van de stad opmaakte. De commissie besprak het dossier in "
      "haar vergaderingen van 4 juli en 19 september 2026 en bezocht op 27 augustus de klokkenkamer samen met de "
      "stadsbeiaardier, mevrouw Griet Vandersteen, en een adviseur van het agentschap Onroerend Erfgoed."),
    P("De beiaard telt 49 klokken. De oudste twaalf zijn gegoten door de gebroeders Hemony en zijn samen met het "
      "belfort beschermd als monument. Het overzicht hieronder geeft de stand van zaken volgens de klokkeninspectie "
      "van maart 2026."),
    bells, Spacer(1, 8),
    P("2. Bevindingen", h2),
    P("(1) Het stoeltje, het houten speelklavier en de tuimelaars zijn versleten; de speelweerstand verschilt "
      "tussen de toetsen tot 400 gram. Een beiaardier moet volgens de richtlijnen van de Koninklijke Beiaardschool "
      "een gelijkmatige aanslag kunnen verwachten."),
    P("(2) De klokken 13 tot 35 van 1951 klinken te scherp ten opzichte van de Hemonyklokken. Het voorontwerp "
      "stelt voor ze te laten bijstemmen; de commissie betwijfelt of dat volstaat."),
    P("(3) Voor beschermde klokken moet elke ingreep vooraf worden toegelaten door het agentschap, zoals artikel "
      "6.4.1 van het Onroerenderfgoeddecreet bepaalt. Het voorontwerp houdt daarmee rekening."),
    P("(4) In haar advies van 2019 schreef de commissie al: <i>'De stad moet de klokkenkamer afsluiten voor "
      "bezoekers zolang de valbeveiliging ontbreekt.'</i> Die beveiliging is er nog altijd niet."),
    P("3. Advies", h2),
    P("De commissie staat positief tegenover het voorontwerp en waardeert de zorg waarmee het is opgesteld. Zij "
      "adviseert het college:"),
    L("a)", "het volledige speelklavier, de tuimelaars en de trekdraden te vernieuwen volgens de norm van de "
            "Wereldbeiaardfederatie, en niet enkel te herstellen;"),
    L("b)", "een beiaardier van buiten de stad als onafhankelijk deskundige aan te stellen om de uitvoering van "
            "de werken op te volgen en de oplevering te keuren;"),
    L("c)", "de klokken 13 tot 35 te laten vervangen door nieuwe klokken die op de Hemonyklokken zijn afgestemd, "
            "in plaats van ze bij te stemmen;"),
    L("d)", "een oefenklavier in de torenkamer te plaatsen, zodat leerlingen van de academie kunnen oefenen "
            "zonder dat de stad meeluistert;"),
    L("e)", "de automatische trommel te behouden en te restaureren, zodat het uurwerk ook na de werken het "
            "historische deuntje blijft spelen;"),
    L("f)", "de werken zo te plannen dat de beiaard tijdens de zomerconcerten van juli en augustus 2027 "
            "bespeelbaar blijft;"),
    L("g)", "na de restauratie een onderhoudscontract van minstens tien jaar af te sluiten met een erkende "
            "klokkengieterij."),
    P("4. Tot slot", h2),
    P("De commissie verneemt graag binnen drie maanden hoe het college met dit advies omgaat, zoals artikel 8 van "
      "haar huishoudelijk reglement voorziet. Zij blijft beschikbaar voor overleg met het ontwerpteam."),
    P("Namens de beiaardcommissie,<br/>Jozef Van Lierde, voorzitter &nbsp;&nbsp;&nbsp; Ann Dewilde, secretaris"
      .replace("&nbsp;", " ")),
]
build(NAME + "_advice.pdf", adv, "Beiaardcommissie Oudenberge - advies BC/2026/04 - restauratie stadsbeiaard",
      "Beiaardcommissie Stad Oudenberge", "Stadhuis, Grote Markt 1, 9890 Oudenberge  |  beiaard@oudenberge.be")

resp = [
    P("Aan de beiaardcommissie van de stad Oudenberge<br/>t.a.v. de heer Jozef Van Lierde, voorzitter"),
    P("Uw kenmerk: BC/2026/04 - Ons kenmerk: CULT/2026/311 - Oudenberge, 18 november 2026"),
    P("<b>Betreft: uw advies over de restauratie van de stadsbeiaard</b>"),
    P("Geachte heer Van Lierde,"),
    P("Namens het college dank ik u en de leden van de commissie voor het grondige advies over het voorontwerp. "
      "Het college heeft het op 10 november besproken met het ontwerpteam en de stadsbeiaardier."),
    P("<b>De klokken van 1951</b>", h2),
    P("Wij begrijpen uw bezwaar tegen het bijstemmen van de klokken uit 1951. Alle drieëntwintig klokken "
      "vervangen past evenwel niet in het budget. Het college laat de zeven kleinste klokken vervangen door "
      "nieuw gegoten klokken; de overige zestien worden bijgestemd en na de werken opnieuw beoordeeld."),
    P("<b>Het klavier en het uurwerk</b>", h2),
    P("Het college neemt uw advies over om het speelklavier met de tuimelaars en trekdraden volledig te "
      "vernieuwen; het bestek wordt daarop aangepast. Anders ligt het voor de trommel van het uurwerk. Die "
      "trommel dateert van 1972 en heeft geen erfgoedwaarde, en het college kiest ervoor haar niet te "
      "restaureren: het deuntje wordt voortaan digitaal aangestuurd."),
    P("<b>De zomerconcerten</b>", h2),
    P("De aannemer heeft toegezegd de werken in twee fasen uit te voeren, met een onderbreking van 1 juli tot "
      "31 augustus 2027, zodat de zomerconcerten gewoon kunnen doorgaan."),
    P("<b>Toezicht op de werken</b>", h2),
    P("Wij volgen uw voorstel om een externe beiaardier als deskundige te betrekken. De heer Luc Maes, "
      "stadsbeiaardier van Westerlo, heeft inmiddels aanvaard de werken op te volgen en de oplevering te keuren."),
    P("<b>Oefenen in de toren</b>", h2),
    P("Uw voorstel voor een oefenklavier hebben wij voorgelegd aan de directie van de academie. Het college "
      "neemt het mee bij de opmaak van het meerjarenplan en beslist er op dat moment over."),
    P("<b>Toegang tot het belfort</b>", h2),
    P("Los van dit advies laten wij u weten dat het belfort vanaf januari alleen nog onder begeleiding van een "
      "gids toegankelijk is, met een maximum van twaalf bezoekers per rondleiding."),
    P("Wij houden de commissie op de hoogte van de aanbesteding en nodigen u graag uit voor de eerste werfvergadering."),
    P("Met vriendelijke groeten,<br/>Els Verhaegen<br/>schepen van cultuur en erfgoed"),
]
build(NAME + "_response.pdf", resp, "Stad Oudenberge - reactie op advies BC/2026/04", "Stad Oudenberge",
      "Dienst Cultuur en Erfgoed, Grote Markt 1, 9890 Oudenberge  |  cultuur@oudenberge.be")

B.write_expected(NAME, [
    (1, "het volledige speelklavier, de tuimelaars en de trekdraden te vernieuwen",
     "neemt uw advies over om het speelklavier met de tuimelaars", "agrees"),
    (2, "een beiaardier van buiten de stad als onafhankelijk deskundige",
     "Wij volgen uw voorstel om een externe beiaardier", "agrees"),
    (3, "de klokken 13 tot 35 te laten vervangen door nieuwe klokken",
     "laat de zeven kleinste klokken vervangen door nieuw gegoten klokken", "partly"),
    (4, "een oefenklavier in de torenkamer te plaatsen, zodat leerlingen",
     "neemt het mee bij de opmaak van het meerjarenplan", "noted"),
    (5, "de automatische trommel te behouden en te restaureren, zodat het uurwerk",
     "het college kiest ervoor haar niet te restaureren", "disagrees"),
    (6, "de werken zo te plannen dat de beiaard tijdens de zomerconcerten",
     "zodat de zomerconcerten gewoon kunnen doorgaan", "agrees"),
    (7, "na de restauratie een onderhoudscontract van minstens tien jaar", None, "unanswered"),
], [
    "dank ik u en de leden van de commissie voor het grondige advies",
    "alleen nog onder begeleiding van een gids toegankelijk",
    "nodigen u graag uit voor de eerste werfvergadering",
], "Advice: Flemish beiaardcommissie on the voorontwerp of restoration of the city carillon; a bells table, findings "
   "(1)-(4) (Koninklijke Beiaardschool 'moet', Onroerenderfgoeddecreet art. 6.4.1 'moet', the 2019 advice quoted "
   "with 'moet'), art. 8 reply deadline; recommendations a LETTERED list a)-g) of infinitive clauses after 'Zij "
   "adviseert het college:' (expected 1-7 = a-g). Response: schepen's letter with subject headings, NO letters "
   "cited, order c, a+e, f, b, d; 'Het klavier en het uurwerk' = a agrees + e disagrees (trommel not restored); c "
   "partly (seven of 23 bells replaced); f agrees; b agrees (done); d noted (meerjarenplan); g (onderhoudscontract) "
   "unanswered; the opening, 'Toegang tot het belfort' and the closing answer nothing.")
print("wrote", NAME)
