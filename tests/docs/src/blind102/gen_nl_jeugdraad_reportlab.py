"""Round 102 (nl): the ADVIES of a JEUGDGEMEENTERAAD (youth council) on a new skatepark and hangplekken, answered by
the college's RAADSINFORMATIEBRIEF (paraphrase only, no numbers).

Advice (reportlab, sans, orange top band, running head from p. 2, 'pagina n'): a survey table, findings with 'moet',
the APV art. 2:48 quoted, the 2023 motie quoted with 'moet'; the recommendations are BOLD LEAD SENTENCES opening
paragraphs of 'Wat wij adviseren' (no numbers). Response: letter, order 4, 1+2, 7, 5, 6; 3 unanswered. All invented.

Run: /tmp/blind102nl/bin/python tests/docs/src/blind102/gen_nl_jeugdraad_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b102nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind102_nl_jeugdraad"
F = B.tmp_fonts()
pdfmetrics.registerFont(TTFont("S", F["Regular"]))
pdfmetrics.registerFont(TTFont("SB", F["Bold"]))
pdfmetrics.registerFont(TTFont("SI", F["Italic"]))
pdfmetrics.registerFontFamily("S", normal="S", bold="SB", italic="SI", boldItalic="SB")
ORANGE = colors.HexColor("#d9661f")
body = ParagraphStyle("b", fontName="S", fontSize=9.6, leading=13.6, spaceAfter=7)
h2 = ParagraphStyle("h2", fontName="SB", fontSize=11.5, leading=14, textColor=ORANGE, spaceBefore=8, spaceAfter=4)
small = ParagraphStyle("s", parent=body, fontSize=8.2, leading=11)
quote = ParagraphStyle("q", parent=body, fontName="SI", leftIndent=18, rightIndent=18)
P = lambda t, s=body: Paragraph(t, s)  # noqa: E731


def deco(head, org, sub):
    def on_page(c, doc):
        c.saveState()
        if doc.page == 1:
            c.setFillColor(ORANGE)
            c.rect(0, A4[1] - 70, A4[0], 70, fill=1, stroke=0)
            c.setFillColor(colors.white)
            c.setFont("SB", 15)
            c.drawString(58, A4[1] - 38, org)
            c.setFont("S", 8.3)
            c.drawString(58, A4[1] - 54, sub)
        else:
            c.setFont("S", 7.5)
            c.setFillColor(colors.HexColor("#555555"))
            c.drawString(58, A4[1] - 34, head)
            c.setStrokeColor(ORANGE)
            c.line(58, A4[1] - 39, A4[0] - 58, A4[1] - 39)
        c.setFont("S", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawRightString(A4[0] - 58, 28, "pagina %d" % doc.page)
        c.restoreState()
    return on_page


def build(pdfname, story, head, org, sub):
    doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=58, rightMargin=58, topMargin=96,
                            bottomMargin=52, title=head)
    f = deco(head, org, sub)
    doc.build(story, onFirstPage=f, onLaterPages=f)


adv = [
    P("Aan het college van burgemeester en wethouders van Brakelveen<br/>t.a.v. wethouder mevrouw S. Oudshoorn "
      "(jeugd en sport)", small),
    Spacer(1, 4),
    P("Brakelveen, 14 september 2026<br/>Ons nummer: JGR-2026-05<br/>Onderwerp: advies over het skatepark "
      "Lindehof en plekken voor jongeren", small),
    P("Advies van de Jeugdgemeenteraad Brakelveen", h2),
    P("De Jeugdgemeenteraad bestaat uit veertien leerlingen van de drie middelbare scholen in Brakelveen, tussen "
      "12 en 17 jaar oud. Op 3 juni 2026 vroeg het college ons om advies over het nieuwe skatepark bij de Lindehof "
      "en over plekken waar jongeren 's avonds kunnen afspreken. Wij hebben daarvoor een enquête gehouden, twee "
      "avonden in de wijken rondgelopen en gepraat met jongerenwerkers van Stichting Opstap."),
    P("Wat jongeren ons vertelden", h2),
    Table([["Vraag in de enquête (n = 412)", "Ja", "Nee", "Weet niet"],
           ["Ik ga naar het skatepark als het er komt", "61%", "27%", "12%"],
           ["Ik voel me 's avonds veilig in het Lindepark", "38%", "44%", "18%"],
           ["Ik weet waar ik een klacht over overlast kan melden", "22%", "71%", "7%"],
           ["Ik ben ooit weggestuurd van een bankje of plein", "47%", "49%", "4%"]],
          colWidths=[255, 55, 55, 65],
          style=TableStyle([("FONT", (0, 0), (-1, -1), "S", 8.6), ("FONT", (0, 0), (-1, 0), "SB", 8.6),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#fbe3d3")),
                            ("ALIGN", (1, 0), (-1, -1), "CENTER"), ("GRID", (0, 0), (-1, -1), 0.3, colors.grey)])),
    Spacer(1, 6),
    P("Wij zagen dat het huidige ontwerp van het skatepark vooral is gemaakt voor ervaren skaters. Veel jongeren "
      "die wij spraken, ook meisjes, willen er vooral zitten en kletsen. Een jongerenwerker zei: een plek voor "
      "jongeren moet vooral een plek zijn waar je niet weggestuurd wordt. Verder viel ons op dat de verlichting in "
      "het Lindepark om 23.00 uur uitgaat en dat er geen wc in de buurt is."),
    P("Artikel 2:48 van de APV van Brakelveen verbiedt samenscholing in aangewezen gebieden. Wij begrijpen dat "
      "regels nodig zijn, maar in 2023 nam de gemeenteraad de motie 'Jongeren horen erbij' aan, waarin staat: "
      "<i>'Bij het aanwijzen van gebieden moet het college eerst met jongeren in gesprek gaan.'</i> Volgens ons is "
      "dat bij het aanwijzen van het stationsplein in maart 2026 niet gebeurd."),
    P("Onze conclusie is dat het skatepark een goed plan is, maar dat het alleen werkt als jongeren echt "
      "meedenken en als er ook aandacht is voor veiligheid en voor jongeren die niet skaten."),
    P("Wat wij adviseren", h2),
    P("<b>Laat jongeren uit Brakelveen meebeslissen over het definitieve ontwerp van het skatepark.</b> Dat kan met "
      "een ontwerpteam van ongeveer acht jongeren dat twee keer met de ontwerper om tafel zit, voordat de "
      "aanbesteding begint."),
    P("<b>Maak naast de baan een overdekte zitplek waar jongeren kunnen afspreken.</b> Denk aan een luifel of een "
      "paviljoen met bankjes en stopcontacten om je telefoon op te laden; niet iedereen komt om te skaten."),
    P("<b>Laat de verlichting in het Lindepark branden tot één uur 's nachts.</b> Bijna twee derde van de meisjes "
      "in onze enquête voelt zich 's avonds in het park niet veilig. Ledlampen met een bewegingssensor zijn "
      "zuinig."),
    P("<b>Plaats een openbare toilet bij het skatepark en de speelweide.</b> Nu gaan jongeren naar de struiken of "
      "naar de supermarkt, waar ze niet altijd welkom zijn."),
    P("<b>Schaf het samenscholingsverbod op het stationsplein af of beperk het tot de nacht.</b> Het verbod geldt "
      "nu de hele dag en jongeren die op de bus wachten, worden ook weggestuurd."),
    P("<b>Zorg voor één duidelijk meldpunt voor jongeren, ook via een app.</b> Nu weet 71 procent van de "
      "jongeren niet waar ze overlast of een onveilige situatie kunnen melden."),
    P("<b>Betrek de Jeugdgemeenteraad elk jaar bij de evaluatie van het skatepark.</b> Zo blijft het park een plek "
      "die jongeren zelf dragen en kunnen problemen vroeg worden opgelost."),
    P("Wij horen graag vóór de kerstvakantie hoe het college met ons advies omgaat. Wij komen het ook graag "
      "toelichten in de commissie Samenleving."),
    P("Namens de Jeugdgemeenteraad Brakelveen,<br/><br/>Noor Bakkali, jeugdburgemeester<br/>"
      "Daan Verhoef, secretaris"),
]
build(NAME + "_advice.pdf", adv, "Jeugdgemeenteraad Brakelveen - advies skatepark Lindehof - JGR-2026-05",
      "Jeugdgemeenteraad Brakelveen", "Raadhuisstraat 2, Brakelveen  |  jeugdraad@brakelveen.nl  |  "
      "Instagram @jgrbrakelveen")

res = [
    P("Aan de leden van de gemeenteraad<br/>en de Jeugdgemeenteraad Brakelveen", small),
    Spacer(1, 4),
    P("Datum: 8 december 2026<br/>Zaaknummer: Z/26/041873<br/>Portefeuillehouder: S. Oudshoorn<br/>"
      "Onderwerp: raadsinformatiebrief - reactie op het advies van de Jeugdgemeenteraad", small),
    P("Raadsinformatiebrief", h2),
    P("Geachte raadsleden, beste leden van de Jeugdgemeenteraad,"),
    P("Op 14 september ontvingen wij het advies van de Jeugdgemeenteraad over het skatepark Lindehof. Wij zijn "
      "onder de indruk van de manier waarop de jeugdraad meer dan vierhonderd leeftijdgenoten heeft gesproken. "
      "Met deze brief laten wij u weten wat wij met het advies doen."),
    P("Sanitair", h2),
    P("Het college neemt dit advies over. In de begroting 2027 is geld gereserveerd voor een zelfreinigende "
      "openbare wc bij het skatepark; die wordt tegelijk met de baan in het voorjaar van 2027 geplaatst."),
    P("Inspraak op het ontwerp en een plek om te zitten", h2),
    P("Wij vinden het vanzelfsprekend dat jongeren meepraten over hun eigen park. Er komt een ontwerpteam van acht "
      "jongeren, dat op 13 en 27 januari met het bureau Rampwerk om tafel zit; de aanbesteding wacht daarop. "
      "Een overdekte zitplek met stroom past echter niet binnen het budget van 340.000 euro en zou volgens de "
      "politie ook overlast kunnen aantrekken. Die nemen wij daarom niet op in het ontwerp."),
    P("Jaarlijkse evaluatie", h2),
    P("Wij nodigen de Jeugdgemeenteraad graag uit voor de evaluatie, die wij elk najaar samen met Stichting "
      "Opstap houden. De eerste is gepland in oktober 2027."),
    P("Het stationsplein", h2),
    P("Het aanwijzingsbesluit voor het stationsplein blijft bestaan, omdat de overlast daar in 2025 groot was. "
      "Wel passen wij het in principe aan: vanaf 1 maart 2027 geldt het verbod alleen nog tussen 20.00 en "
      "06.00 uur, zodat wachtende reizigers overdag niet meer worden aangesproken."),
    P("Melden van overlast", h2),
    P("Een apart meldpunt voor jongeren vraagt veel van onze organisatie. Wij nemen het idee mee bij de "
      "vernieuwing van de BuitenBeter-app in 2027 en komen daar later op terug."),
    P("Overige ontwikkelingen", h2),
    P("Tot slot melden wij dat de sporthal aan de Kastanjelaan vanaf januari op vrijdagavond open is voor "
      "inloopvoetbal. Stichting Opstap begeleidt die avonden; deelname is gratis."),
    P("Wij danken de Jeugdgemeenteraad nogmaals en zien uit naar de samenwerking in het ontwerpteam."),
    P("Met vriendelijke groet,<br/>burgemeester en wethouders van Brakelveen,<br/><br/>"
      "de secretaris, drs. K.M. Leenders<br/>de burgemeester, A.J. van Roon"),
]
build(NAME + "_response.pdf", res, "Gemeente Brakelveen - raadsinformatiebrief Z/26/041873", "Gemeente Brakelveen",
      "College van burgemeester en wethouders  |  Raadhuisstraat 1, Brakelveen")

B.write_expected(NAME, [
    (1, "Laat jongeren uit Brakelveen meebeslissen over het definitieve ontwerp",
     "Er komt een ontwerpteam van acht jongeren", "agrees"),
    (2, "Maak naast de baan een overdekte zitplek waar jongeren",
     "Die nemen wij daarom niet op in het ontwerp", "disagrees"),
    (3, "Laat de verlichting in het Lindepark branden tot één uur", None, "unanswered"),
    (4, "Plaats een openbare toilet bij het skatepark en de speelweide",
     "geld gereserveerd voor een zelfreinigende openbare wc", "agrees"),
    (5, "Schaf het samenscholingsverbod op het stationsplein af of beperk",
     "geldt het verbod alleen nog tussen 20.00 en 06.00 uur", "partly", ["agrees"]),
    (6, "Zorg voor één duidelijk meldpunt voor jongeren, ook via",
     "Wij nemen het idee mee bij de vernieuwing", "noted"),
    (7, "Betrek de Jeugdgemeenteraad elk jaar bij de evaluatie van",
     "De eerste is gepland in oktober 2027", "agrees"),
], ["Wij zijn onder de indruk van de manier",
    "vanaf januari op vrijdagavond open is voor inloopvoetbal",
    "zien uit naar de samenwerking in het ontwerpteam"],
    "Advice: advies of a municipal JEUGDGEMEENTERAAD to the college, 2 p., reportlab (sans, orange top band, running "
    "head from p. 2, 'pagina n'); traps: an enquête table, a jongerenwerker quoted with 'moet', APV art. 2:48, the "
    "2023 motie quoted with 'moet', a conclusion; recommendations are BOLD LEAD SENTENCES opening the paragraphs of "
    "'Wat wij adviseren', unnumbered. Response: college's raadsinformatiebrief with subject headings, paraphrase "
    "only, order 4, 1+2, 7, 5, 6; 'Inspraak op het ontwerp en een plek om te zitten' = 1 agrees (ontwerpteam) + 2 "
    "disagrees (no covered seating); 4 agrees (wc budgeted); 7 agrees (evaluation October 2027); 5 partly (ban kept "
    "but limited to night, 'in principe'); 6 noted ('nemen het idee mee'); 3 (lighting until 1 a.m.) unanswered; "
    "the opening, 'Overige ontwikkelingen' (sporthal) and the closing answer nothing")
