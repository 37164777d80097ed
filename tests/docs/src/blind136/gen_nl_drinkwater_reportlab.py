"""Round 136 (nl): the ADVIES of the (invented) KLANTENRAAD of a drinking-water company on the proposed tariffs for
2027 and the policy on payment arrears, its seven recommendations the ROWS of a ruled TABLE 'Nr. | Onderwerp | Advies'
numbered 1-7, after a FINDINGS TABLE 'Nr. | Bevinding' numbered 1-5 in the same style; answered by the board's LETTER
that refers to the recommendations by ORDINALS ('Uw tweede advies', 'Het vierde advies') in another order, one
paragraph answering two with different verdicts (one recommendation never answered).

Advice (reportlab, serif, dark-blue headings, running head from p. 2, 'pagina n'): the Drinkwaterwet paraphrased with
'moeten' (trap), the findings table 1-5 (trap), the 2023 advice quoted as an imperative (carried out, trap), 'De
klantenraad adviseert niet om' (trap), a closing line naming 'advies 1 en 3' (trap). Response (reportlab): 2 agrees
and 3 disagrees in ONE paragraph, 4 agrees, 1 partly, 5 partly, 6 noted; 7 unanswered; the introduction, 'De tarieven
voor 2027' (figures) and the closing answer nothing. All bodies, places, people, figures and reference numbers
invented; the Drinkwaterwet is named as context only.

Run: /tmp/blind136nl/bin/python tests/docs/src/blind136/gen_nl_drinkwater_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b136nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind136_nl_drinkwater"
FS = B.tmp_fonts(files=B.SERIF_FILES, family="B136NL Serif")
for key, suf in (("Regular", ""), ("Bold", "-B"), ("Italic", "-I"), ("Bold Italic", "-BI")):
    pdfmetrics.registerFont(TTFont("S" + suf, FS[key]))
addMapping("S", 0, 0, "S")
addMapping("S", 1, 0, "S-B")
addMapping("S", 0, 1, "S-I")
addMapping("S", 1, 1, "S-BI")

BLUE = colors.HexColor("#17406d")
PALE = colors.HexColor("#e6eef7")
GREY = colors.HexColor("#555555")
BODY = ParagraphStyle("body", fontName="S", fontSize=9.8, leading=14, spaceAfter=5)
CELL = ParagraphStyle("cell", fontName="S", fontSize=8.9, leading=11.8)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="S-B")
HEAD = ParagraphStyle("head", parent=CELL, fontName="S-B", textColor=colors.white)
SMALL = ParagraphStyle("small", fontName="S", fontSize=8, leading=10.5, textColor=GREY)
TITLE = ParagraphStyle("t", fontName="S-B", fontSize=16, leading=20, textColor=BLUE, spaceAfter=4)
H2 = ParagraphStyle("h2", fontName="S-B", fontSize=11.6, leading=15, textColor=BLUE, spaceBefore=8, spaceAfter=3,
                    keepWithNext=True)
QUOTE = ParagraphStyle("q", parent=BODY, fontName="S-I", leftIndent=8 * mm, rightIndent=6 * mm, textColor=GREY)


def page_fn(head):
    def fn(canv, doc):
        canv.saveState()
        canv.setFont("S", 7.2)
        canv.setFillColor(GREY)
        if doc.page > 1:
            canv.drawString(22 * mm, A4[1] - 12 * mm, head)
            canv.setStrokeColor(BLUE)
            canv.setLineWidth(0.5)
            canv.line(22 * mm, A4[1] - 13.5 * mm, A4[0] - 22 * mm, A4[1] - 13.5 * mm)
        canv.drawRightString(A4[0] - 22 * mm, 10 * mm, f"pagina {doc.page}")
        canv.restoreState()
    return fn


def build(story, pdfname, head, title, author):
    doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=19 * mm, bottomMargin=18 * mm, title=title, author=author,
                            creator="reportlab")
    doc.build(story, onFirstPage=page_fn(head), onLaterPages=page_fn(head))


def P(t, s=BODY):
    return Paragraph(t, s)


def table(header, rows, widths):
    data = [[Paragraph(h, HEAD) for h in header]]
    for row in rows:
        data.append([Paragraph(row[0], CELLB)] + [Paragraph(c, CELLB if i == 0 and len(row) == 3 else CELL)
                                                  for i, c in enumerate(row[1:])])
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), BLUE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, PALE]),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aaac0")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return t


def advice():
    s = [P("Klantenraad Waterbedrijf Lingemond N.V. - p/a Postbus 2140, 6650 AC Lingemond", SMALL),
         Spacer(1, 5),
         P("Advies over het tariefvoorstel 2027 en het beleid bij betalingsachterstanden", TITLE),
         P("Kenmerk KR-2026-03 - vastgesteld in de vergadering van 9 september 2026 - aan de directie van "
           "Waterbedrijf Lingemond N.V.", SMALL),
         Spacer(1, 6),
         P("1  Aanleiding", H2),
         P("Op 1 juli 2026 vroeg de directie de klantenraad om advies over het voorgenomen tariefbesluit voor 2027 "
           "en over de herziene regeling voor klanten met een betalingsachterstand. De klantenraad bestaat uit "
           "negen klanten uit het hele verzorgingsgebied, onder wie twee ondernemers en een medewerker van de "
           "schuldhulpverlening van de gemeente Hessenwaard. De raad vergaderde twee keer en sprak met de "
           "afdelingen Financiën en Klantcontact."),
         P("Volgens de Drinkwaterwet moeten de tarieven kostendekkend, transparant en niet-discriminerend zijn. "
           "Binnen die grenzen heeft het waterbedrijf ruimte om te kiezen hoe het de kosten over het vastrecht en "
           "het variabele tarief verdeelt."),
         P("2  Wat de klantenraad vaststelt", H2),
         table(["Nr.", "Bevinding"], [
             ("1", "Het voorstel verhoogt het vastrecht met 7,5 procent en het tarief per kubieke meter met 3,1 "
                   "procent. Een huishouden van één persoon gaat daardoor relatief het meest betalen."),
             ("2", "In 2025 hadden 3.870 huishoudens een betalingsachterstand van meer dan twee maanden; bij 46 "
                   "van hen werd de levering beperkt of afgesloten."),
             ("3", "Van de aanmaningen die de klantenraad las, was geen enkele in eenvoudige taal geschreven."),
             ("4", "Het waterbedrijf wil vanaf 2028 alle 212.000 watermeters vervangen door slimme meters."),
             ("5", "Het gemiddelde verbruik per persoon daalde sinds 2019 niet, ondanks de campagnes."),
         ], (14, 152)),
         Spacer(1, 6),
         P("In haar advies van 2023 schreef de klantenraad:"),
         P("'Vermeld op de jaarnota duidelijk hoeveel het vastrecht en hoeveel het verbruik kost.'", QUOTE),
         P("Dat gebeurt sinds de jaarnota van 2024; de raad komt er niet op terug. De klantenraad adviseert niet "
           "om het vastrecht helemaal af te schaffen: dan gaan grote gezinnen onevenredig veel betalen."),
         P("3  Advies", H2),
         P("De klantenraad adviseert de directie als volgt."),
         table(["Nr.", "Onderwerp", "Advies"], [
             ("1", "Vastrecht", "Verhoog het vastrecht in 2027 niet meer dan de inflatie, en breng de rest van de "
                                "kostenstijging onder in het tarief per kubieke meter."),
             ("2", "Betalingsregeling", "Bied klanten met een betalingsachterstand altijd eerst een kosteloze "
                                        "betalingsregeling van ten minste twaalf maanden aan."),
             ("3", "Afsluiten", "Stop helemaal met het afsluiten of beperken van de levering aan huishoudens "
                                "met een betalingsachterstand."),
             ("4", "Eenvoudige taal", "Schrijf de jaarnota en alle aanmaningen op taalniveau B1 en laat ze vooraf "
                                      "testen door een groep klanten."),
             ("5", "Slimme meters", "Vervang de bestaande watermeters niet voor 2030, en dan alleen bij klanten "
                                    "die zelf om een slimme meter vragen."),
             ("6", "Waterbesparing", "Onderzoek of een progressief tarief, met een lagere prijs voor de eerste "
                                     "30 kubieke meter per persoon, uitvoerbaar is."),
             ("7", "Klantenraad", "Geef de klantenraad vanaf 2027 een eigen budget om onafhankelijk "
                                  "deskundig advies in te winnen."),
         ], (14, 36, 116)),
         Spacer(1, 4),
         P("4  Tot slot", H2),
         P("Advies 1 en 3 raken de klanten met de laagste inkomens het meest. De klantenraad hoort graag binnen "
           "zes weken hoe de directie met dit advies omgaat."),
         P("Namens de klantenraad,<br/>mr. E.J. Hofstede, voorzitter<br/>N. Öztürk, secretaris")]
    build(s, NAME + "_advice.pdf", "Klantenraad Waterbedrijf Lingemond - advies KR-2026-03 - tarieven 2027",
          "Advies klantenraad tarieven 2027", "Klantenraad Waterbedrijf Lingemond")


def response():
    s = [P("Waterbedrijf Lingemond N.V. - Directie", SMALL),
         Spacer(1, 5),
         P("Reactie op het advies van de klantenraad over de tarieven 2027", TITLE),
         P("Aan de klantenraad, t.a.v. mr. E.J. Hofstede - ons kenmerk DIR/2026/0877 - Lingemond, 14 oktober 2026",
           SMALL),
         Spacer(1, 8),
         P("Geachte heer Hofstede,"),
         P("Hartelijk dank voor het advies van de klantenraad. Wij hebben het besproken in het directieoverleg en "
           "met de raad van commissarissen, die het tariefbesluit op 30 oktober vaststelt. Hieronder gaan wij in "
           "op uw adviezen."),
         P("Het tweede en het derde advies gaan allebei over klanten die hun rekening niet kunnen betalen. Het "
           "tweede advies nemen wij over: iedere klant met een achterstand krijgt vanaf januari eerst een "
           "regeling van twaalf maanden aangeboden, zonder extra kosten. Het derde advies volgen wij niet. Wij "
           "hebben afsluiten als allerlaatste middel nodig bij klanten die wel kunnen maar niet willen betalen; "
           "bij gezinnen met kinderen sluiten wij nooit af."),
         P("Uw vierde advies sluit aan bij wat wij zelf al wilden. Alle brieven van de afdeling Klantcontact "
           "worden in 2027 herschreven op B1-niveau, en een panel van twaalf klanten leest ze vooraf mee."),
         P("Over het eerste advies het volgende. Wij kunnen het vastrecht niet alleen met de inflatie laten "
           "stijgen, omdat de vaste kosten van het leidingnet harder stijgen. Wel verlagen wij de stijging van "
           "het vastrecht van 7,5 naar 4,9 procent; de rest komt in het variabele tarief."),
         P("Wat u in uw vijfde advies vraagt, nemen wij voor een deel over. De vervanging van de meters begint "
           "zoals gepland in 2028, maar klanten die geen slimme meter willen, kunnen die weigeren en houden dan "
           "een gewone meter."),
         P("Ten slotte uw zesde advies. Wij hebben er begrip voor dat de klantenraad zuinig gebruik wil belonen. "
           "Of een progressief tarief kan binnen de wet, laten wij de komende jaren landelijk met de andere "
           "drinkwaterbedrijven bekijken."),
         P("De tarieven voor 2027", H2),
         P("Voor een huishouden van twee personen met een verbruik van 90 kubieke meter stijgt de jaarnota met "
           "ongeveer 14 euro, tot 268 euro inclusief belastingen. Een overzicht per huishoudgrootte staat vanaf "
           "november op onze website."),
         P("Wij danken de leden van de klantenraad voor hun inzet en zien uit naar het volgende overleg op 2 "
           "december."),
         P("Met vriendelijke groet,<br/><br/>ir. M.A. Kuipers<br/>algemeen directeur")]
    build(s, NAME + "_response.pdf", "Waterbedrijf Lingemond - reactie advies KR-2026-03 - DIR/2026/0877",
          "Reactie advies klantenraad", "Waterbedrijf Lingemond")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        (1, "Verhoog het vastrecht in 2027 niet meer dan de inflatie",
         "verlagen wij de stijging van het vastrecht van 7,5 naar 4,9 procent", "partly"),
        (2, "Bied klanten met een betalingsachterstand altijd eerst een kosteloze betalingsregeling",
         "krijgt vanaf januari eerst een regeling van twaalf maanden aangeboden", "agrees"),
        (3, "Stop helemaal met het afsluiten of beperken van de levering",
         "Het derde advies volgen wij niet", "disagrees"),
        (4, "Schrijf de jaarnota en alle aanmaningen op taalniveau B1 en",
         "een panel van twaalf klanten leest ze vooraf mee", "agrees"),
        (5, "Vervang de bestaande watermeters niet voor 2030, en dan alleen",
         "klanten die geen slimme meter willen, kunnen die weigeren", "partly"),
        (6, "Onderzoek of een progressief tarief, met een lagere prijs voor",
         "laten wij de komende jaren landelijk met de andere drinkwaterbedrijven bekijken", "noted"),
        (7, "Geef de klantenraad vanaf 2027 een eigen budget om onafhankelijk", None, "unanswered"),
    ], ["die het tariefbesluit op 30 oktober vaststelt",
        "stijgt de jaarnota met ongeveer 14 euro",
        "zien uit naar het volgende overleg op 2 december"],
        "Advice: the customer council of a drinking-water company advising the board on the 2027 tariffs and the "
        "arrears policy; the seven recommendations are the ROWS of a ruled table 'Nr. | Onderwerp | Advies' numbered "
        "1-7, each an imperative. Traps: a FINDINGS table 'Nr. | Bevinding' numbered 1-5 in the same style, the "
        "Drinkwaterwet paraphrased with 'moeten', the council's 2023 advice quoted as an imperative (carried out), "
        "'De klantenraad adviseert niet om het vastrecht helemaal af te schaffen', a closing line naming 'Advies 1 "
        "en 3'. Response: the board's letter referring by ORDINALS in another order: 'Het tweede en het derde "
        "advies' in ONE paragraph = 2 agrees (twelve-month arrangement) + 3 disagrees (disconnection stays as last "
        "resort), 'Uw vierde advies' agrees (B1 letters, client panel), 'het eerste advies' partly (4.9 instead of "
        "7.5 percent, not inflation), 'uw vijfde advies' partly (customers may refuse, but replacement starts 2028), "
        "'uw zesde advies' noted (to be looked at nationally). 7 (own budget for the council) is never answered. "
        "The introduction, 'De tarieven voor 2027' (figures) and the closing answer nothing.")
    print("written", NAME)
