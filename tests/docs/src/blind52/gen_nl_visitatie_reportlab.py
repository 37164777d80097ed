"""Round 52 (nl): an (invented) RAPPORT of the VISITATIECOMMISSIE GERECHTEN 2026 ('Recht doen met krappe
middelen'); seven UNNUMBERED recommendations as sentences 'De commissie beveelt ... aan' / 'adviseert' set in bold
italics at the end of prose paragraphs in sections 3.1-3.5 (two in one paragraph), after a Samenvatting with short
differently worded bullets, a table of doorlooptijden, an italic quote of a recommendation of the 2022 visitatie and
'zou ... moeten' findings. Answered by the LETTER of the Raad voor de rechtspraak to the minister voor
Rechtsbescherming (thematic headings in another order; recommendations 1 and 2 in one section with different verdicts,
one referral to the minister, one recommendation unanswered, a section on funding that answers nothing). Engine:
reportlab (platypus, DejaVu, two-pass 'pagina N van M'). Answer key: README-nl.md.

Run: /tmp/blind52nl/bin/python tests/docs/src/blind52/gen_nl_visitatie_reportlab.py"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, os.path.dirname(__file__))
import _b52nl as B  # noqa: E402

NAME = "blind52_nl_visitatie"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf"), ("DF", "DejaVuSerif.ttf"), ("DFB", "DejaVuSerif-Bold.ttf"),
              ("DFI", "DejaVuSerif-Italic.ttf"), ("DFBI", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")
pdfmetrics.registerFontFamily("DF", normal="DF", bold="DFB", italic="DFI", boldItalic="DFBI")

RED = colors.HexColor("#8a1538")
GREY = colors.HexColor("#555555")


def st(size=9, lead=13, fam="DS", **kw):
    return ParagraphStyle(fam + str(size) + str(lead) + str(sorted(kw.items())), fontName=fam, fontSize=size,
                          leading=lead, **kw)


S = {
    "b": st(9.3, 13.6, alignment=4, spaceAfter=5),
    "f": st(9.6, 14, "DF", spaceAfter=6),
    "h1": st(17, 21, "DSB", textColor=RED, spaceAfter=3),
    "sub": st(11, 15, "DS", textColor=GREY, spaceAfter=8),
    "h2": st(11.5, 15, "DSB", textColor=RED, spaceBefore=9, spaceAfter=3),
    "h3": st(9.5, 13, "DSB", spaceBefore=5, spaceAfter=2),
    "fh": st(9.6, 14, "DFB", spaceBefore=6, spaceAfter=2),
    "li": st(9, 13, leftIndent=6 * mm, bulletIndent=1.5 * mm, spaceAfter=2),
    "q": st(8.8, 12.5, "DSI", leftIndent=10 * mm, rightIndent=8 * mm, spaceAfter=6),
    "c": st(8, 10.5), "cr": st(8, 10.5, alignment=2), "cb": st(8, 10.5, "DSB"),
    "side": st(7, 9.6, textColor=GREY), "sideb": st(7, 9.6, "DSB", textColor=GREY),
}


def p(t, s="b"):
    return Paragraph(t, S[s])


def build(story_fn, path, deco, left=25 * mm, right=22 * mm):
    total = [0]
    for _ in range(2):
        doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=left, rightMargin=right, topMargin=26 * mm,
                                bottomMargin=22 * mm, title="", author="")
        doc.build(story_fn(), onFirstPage=deco(total), onLaterPages=deco(total))
        total[0] = doc.page


def adv_deco(total):
    def draw(c, doc):
        c.saveState()
        W, H = A4
        if doc.page > 1:
            c.setFont("DS", 7.3)
            c.setFillColor(GREY)
            c.drawString(25 * mm, H - 14 * mm, "Visitatie Gerechten 2026")
            c.drawRightString(W - 22 * mm, H - 14 * mm, "Recht doen met krappe middelen")
            c.setStrokeColor(RED)
            c.line(25 * mm, H - 16 * mm, W - 22 * mm, H - 16 * mm)
        c.setFont("DS", 7.3)
        c.setFillColor(GREY)
        c.drawCentredString(W / 2, 11 * mm, f"{doc.page}")
        c.restoreState()
    return draw


def bi(t):
    return f"<b><i>{t}</i></b>"


def advice_story():
    s = [p("Visitatiecommissie Gerechten", "sub"),
         p("Recht doen met krappe middelen", "h1"),
         p("Rapport van de Visitatiecommissie Gerechten 2026 — Den Haag, 20 februari 2026", "sub"),
         p("Samenvatting", "h2"),
         p("De commissie bezocht tussen april en november 2025 alle elf rechtbanken, de vier gerechtshoven en de "
           "bijzondere colleges. Zij sprak met ruim 600 rechters, juridisch medewerkers, advocaten en "
           "rechtzoekenden. Haar belangrijkste punten in het kort:")]
    for t in ["de doorlooptijden zijn in alle rechtsgebieden opgelopen en voor de rechtzoekende onvoorspelbaar;",
              "de kantonrechter is verder van de burger af komen te staan;",
              "de opleiding tot rechter duurt lang en de werkdruk blijft hoog;",
              "digitalisering levert winst op, maar te snel invoeren brengt risico's mee;",
              "de kwaliteit van uitspraken is goed, maar de borging verschilt per gerecht."]:
        s.append(Paragraph(t, S["li"], bulletText="\u2013"))
    s += [p("1  Opdracht en werkwijze", "h2"),
          p("De visitatie vindt eens in de vier jaar plaats op grond van artikel 91, tweede lid, van de Wet op de "
            "rechterlijke organisatie en de Kwaliteitsregeling Rechtspraak 2021. De commissie bestond uit "
            "mr. dr. H.W. Brouwer-Lindeman (voorzitter), prof. mr. K. Oudendijk, mr. S. el Idrissi en "
            "drs. P.C. Verweij. Het secretariaat berustte bij mr. J.A. Koopmans."),
          p("De vorige commissie (2022) deed veertien aanbevelingen. Een deel daarvan is uitgevoerd. Een aanbeveling "
            "die volgens de commissie nog actueel is, luidde:"),
          p("'Richt in elk gerecht een vast meeleesprogramma in, waarin elke rechter ten minste vier keer per jaar "
            "een uitspraak van een collega beoordeelt.' (Visitatie Gerechten 2022, aanbeveling 9)", "q"),
          p("2  Doorlooptijden in cijfers", "h2"),
          p("De tabel laat de gemiddelde doorlooptijd zien in dagen, van instroom tot einduitspraak.")]
    rows = [["Rechtsgebied", "2021", "2023", "2025", "norm Raad"],
            ["Kanton (handel, tegenspraak)", "142", "171", "198", "120"],
            ["Civiel (handel, meervoudig)", "512", "566", "604", "450"],
            ["Bestuursrecht (eerste aanleg)", "238", "251", "289", "210"],
            ["Strafrecht (politierechter)", "96", "118", "131", "90"]]
    t = Table([[p(c, "cb" if r == 0 or i == 0 and False else ("c" if i == 0 else "cr")) for i, c in enumerate(row)]
               for r, row in enumerate(rows)], colWidths=[60 * mm, 22 * mm, 22 * mm, 22 * mm, 26 * mm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, RED), ("LINEBELOW", (0, 1), (-1, -1), 0.3, GREY),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, Spacer(1, 2 * mm), p("Bron: jaarverslagen Rechtspraak 2021-2025; bewerking commissie.", "side"),
          p("3  Bevindingen en aanbevelingen", "h2"),
          p("3.1  Tijdigheid en nabijheid", "h3"),
          p("Rechtzoekenden weten vaak niet wanneer zij een uitspraak kunnen verwachten. De gerechten zouden "
            "volgens de commissie veel actiever moeten communiceren over de planning van een zaak; de "
            "rechtzoekende moet niet zelf hoeven te bellen. " +
            bi("De commissie beveelt de Raad voor de rechtspraak aan om per rechtsgebied een maximale doorlooptijd "
               "vast te stellen en die jaarlijks per gerecht openbaar te maken.") + " Voor kantonzaken ziet de "
            "commissie een tweede probleem: sinds 2019 zijn zittingsplaatsen gesloten en moeten burgers soms meer "
            "dan een uur reizen. " +
            bi("Daarnaast beveelt de commissie aan de kantonzittingen niet verder te concentreren in de "
               "hoofdvestigingen en in elk arrondissement ten minste twee zittingsplaatsen te behouden.")),
          p("3.2  Opleiding en werkdruk", "h3"),
          p("De opleiding tot rechter duurt voor alle instromers zes jaar, ongeacht hun ervaring. Ervaren "
            "advocaten haken daardoor af. " +
            bi("De commissie beveelt aan het opleidingstraject voor kandidaten met ten minste tien jaar "
               "ervaring in de advocatuur te verkorten tot vier jaar.")),
          p("Werkdruk wordt nu eens in de drie jaar gemeten, met een landelijke enquête. Dat is te grof om per team "
            "bij te sturen. " +
            bi("De commissie adviseert de gerechtsbesturen de werkdruk twee keer per jaar per team te meten en de "
               "uitkomsten te bespreken met de ondernemingsraad.")),
          p("3.3  Digitalisering", "h3"),
          p("Het digitaal procederen in het bestuursrecht werkt goed. In civiele zaken zijn de ervaringen wisselend; "
            "advocaten meldden storingen en dubbel werk. " +
            bi("De commissie beveelt aan digitaal procederen in civiele zaken pas verder uit te rollen als het "
               "systeem in de pilotgerechten een half jaar zonder grote storingen heeft gewerkt.")),
          p("3.4  Toegang tot de rechter", "h3"),
          p("De griffierechten zijn sinds 2011 sterk gestegen. Voor een vordering tot 500 euro betaalt een burger "
            "nu 90 euro griffierecht, voor een vordering tot 12 500 euro 241 euro. " +
            bi("De commissie beveelt aan de griffierechten voor natuurlijke personen in kantonzaken tot 12 500 "
               "euro met ten minste een derde te verlagen.") + " Zij beseft dat dit een keuze van de wetgever "
            "is."),
          p("3.5  Kwaliteit van uitspraken", "h3"),
          p("De commissie las 240 uitspraken. De motivering is in het algemeen begrijpelijk; in strafzaken "
            "ontbreekt soms een reactie op uitdrukkelijk onderbouwde standpunten, zoals artikel 359, tweede lid, "
            "van het Wetboek van Strafvordering vereist. " +
            bi("Ten slotte beveelt de commissie aan het meelezen van uitspraken door collega's in alle gerechten "
               "verplicht te maken en de resultaten in het jaarverslag te vermelden.")),
          p("4  Tot slot", "h2"),
          p("De commissie dankt alle gesprekspartners. Zij heeft gezien dat de rechtspraak met grote inzet wordt "
            "gedaan, onder omstandigheden die beter moeten. Dit rapport is vastgesteld op 20 februari 2026.")]
    return s


def res_deco(total):
    def draw(c, doc):
        c.saveState()
        W, H = A4
        x = W - 50 * mm
        if doc.page == 1:
            c.setFillColor(RED)
            c.rect(25 * mm, H - 22 * mm, 3 * mm, 12 * mm, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont("DSB", 11)
            c.drawString(30 * mm, H - 15 * mm, "Raad voor de rechtspraak")
            c.setFont("DS", 7)
            c.setFillColor(GREY)
            y = H - 40 * mm
            for bold, t in (("DSB", "Raad voor de rechtspraak"), ("DS", "Kneuterdijk 1"), ("DS", "2514 EM Den Haag"),
                            ("DS", "Postbus 90613"), ("DS", "2509 LP Den Haag"), ("DS", ""),
                            ("DSB", "Contactpersoon"), ("DS", "mr. W.F. Hoogstraten"), ("DS", "T 070 361 99 99"),
                            ("DS", ""), ("DSB", "Datum"), ("DS", "17 april 2026"), ("DS", ""),
                            ("DSB", "Ons kenmerk"), ("DS", "UIT 4127/2026/RvdR")):
                c.setFont(bold, 7)
                c.drawString(x, y, t)
                y -= 9.5
        else:
            c.setFont("DS", 7)
            c.setFillColor(GREY)
            c.drawString(x, H - 30 * mm, "Datum")
            c.drawString(x, H - 30 * mm - 9.5, "17 april 2026")
            c.drawString(x, H - 30 * mm - 24, "Ons kenmerk")
            c.drawString(x, H - 30 * mm - 33.5, "UIT 4127/2026/RvdR")
        c.setFont("DS", 7)
        c.setFillColor(GREY)
        c.drawString(x, 14 * mm, f"Pagina {doc.page} van {total[0]}")
        c.restoreState()
    return draw


def response_story():
    s = [Spacer(1, 8 * mm),
         p("De minister voor Rechtsbescherming<br/>Postbus 20301<br/>2500 EH Den Haag", "f"),
         Spacer(1, 8 * mm),
         p("<b>Onderwerp</b>  Visitatierapport 2026 en reactie van de Raad", "f"),
         Spacer(1, 3 * mm),
         p("Excellentie,", "f"),
         p("Hierbij bied ik u, mede namens de presidenten van de gerechten, het rapport 'Recht doen met krappe "
           "middelen' van de Visitatiecommissie Gerechten 2026 aan. De Raad is de commissie erkentelijk voor haar "
           "zorgvuldige werk. Hieronder geeft de Raad zijn reactie op de voornaamste aanbevelingen.", "f"),
         p("Digitaal procederen", "fh"),
         p("De Raad neemt de aanbeveling over. De uitrol in civiele zaken wordt pas hervat als de pilotgerechten "
           "zes maanden stabiel hebben gewerkt; dat is ook de lijn die de Raad met de Nederlandse orde van "
           "advocaten heeft afgesproken.", "f"),
         p("Doorlooptijden en zittingsplaatsen", "fh"),
         p("Wij stellen dit jaar per rechtsgebied een maximale doorlooptijd vast. Vanaf het jaarverslag 2026 "
           "publiceren wij per gerecht hoe vaak die termijn wordt gehaald.", "f"),
         p("Wat de zittingsplaatsen voor kantonzaken betreft, deelt de Raad de analyse niet volledig. De "
           "concentratie wordt voortgezet, omdat kleine locaties niet veilig en niet doelmatig zijn te bemensen; "
           "wel onderzoeken de gerechten zittingen op afstand via beeldbellen.", "f"),
         p("Opleiding", "fh"),
         p("De Raad herkent het probleem. Een verkorting tot vier jaar gaat ons te ver, omdat ook ervaren "
           "advocaten de rol van rechter moeten leren. Wel wordt het traject voor deze groep met ingang van "
           "1 januari 2027 verkort tot vijf jaar.", "f"),
         p("Kwaliteit en meelezen", "fh"),
         p("Sinds 1 september 2025 is meelezen in alle gerechten onderdeel van de kwaliteitsnormen; de "
           "resultaten staan vanaf dit jaar in het jaarverslag. De aanbeveling is daarmee in feite al "
           "uitgevoerd.", "f"),
         p("Griffierechten", "fh"),
         p("De hoogte van de griffierechten is een zaak van de wetgever. De Raad heeft zich eerder uitgesproken "
           "voor lagere tarieven en legt de aanbeveling van de commissie graag aan u voor ter overweging.", "f"),
         p("Financiering", "fh"),
         p("De commissie stelt terecht vast dat de rechtspraak onder druk staat. De Raad vraagt u in de "
           "Voorjaarsnota structureel 85 miljoen euro extra vrij te maken voor de bezetting van de gerechten; "
           "zonder die middelen kunnen de doorlooptijden niet worden teruggebracht.", "f"),
         p("Hoogachtend,", "f"),
         Spacer(1, 6 * mm),
         p("mr. dr. A.C. Verhoeven-Staal<br/>voorzitter Raad voor de rechtspraak", "f")]
    return s


def expected():
    B.write_expected(NAME, [
        ("1", "De commissie beveelt de Raad voor de rechtspraak aan om",
         "publiceren wij per gerecht hoe vaak die termijn", "agrees"),
        ("2", "Daarnaast beveelt de commissie aan de kantonzittingen niet verder te",
         "De concentratie wordt voortgezet, omdat kleine locaties", "disagrees", ["partly"]),
        ("3", "De commissie beveelt aan het opleidingstraject voor kandidaten met",
         "wordt het traject voor deze groep met ingang", "partly"),
        ("4", "De commissie adviseert de gerechtsbesturen de werkdruk twee keer", None, "unanswered"),
        ("5", "De commissie beveelt aan digitaal procederen in civiele zaken",
         "De uitrol in civiele zaken wordt pas hervat", "agrees"),
        ("6", "De commissie beveelt aan de griffierechten voor natuurlijke personen",
         "legt de aanbeveling van de commissie graag aan u voor", "noted"),
        ("7", "Ten slotte beveelt de commissie aan het meelezen van uitspraken",
         "meelezen in alle gerechten onderdeel van de kwaliteitsnormen", "agrees", ["noted"]),
    ], ["structureel 85 miljoen euro extra vrij te maken"],
        "Visitatie report: seven unnumbered bold-italic 'beveelt aan'/'adviseert' sentences at paragraph ends "
        "(1 and 2 in one paragraph), numbered 1-7 in document order; the Samenvatting bullets, the 'zouden ... "
        "moeten' finding in 3.1 and the quoted 2022 recommendation 9 are not recommendations. Letter of the Raad "
        "voor de rechtspraak in another order: 5 agrees; 1 and 2 in one section (1 agrees, 2 disagrees: "
        "concentration continues, only video hearings examined); 3 partly (five years instead of four); 7 agrees "
        "(already done); 6 noted (for the legislator, passed on to the minister); 4 (to the court boards) not "
        "answered. 'Financiering' asks for money and answers nothing.")


if __name__ == "__main__":
    build(advice_story, B.out(NAME + "_advice.pdf"), adv_deco)
    build(response_story, B.out(NAME + "_response.pdf"), res_deco, right=58 * mm)
    expected()
