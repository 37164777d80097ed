"""Round 139 (nl): the JAARVERSLAG 2025-2026 of an (invented) university of applied sciences' EXAMENCOMMISSIE to the
director of its school of engineering; its seven recommendations are CODED '[A1]'-'[A7]' (bold bracketed codes
opening each paragraph) under '5 Aanbevelingen', after findings CODED '[B1]'-'[B5]' in exactly the same style;
answered by the director's LETTER with a TABLE 'Code | Reactie directie | Termijn' in another order.

Advice (reportlab, sans, navy headings and top rule, figures table, running head from p. 2, 'pagina n van m'): the
WHW paraphrased with 'moet' (trap), a table of key figures, findings [B1]-[B5] (trap), last year's recommendation
quoted as an imperative (carried out, trap), 'De examencommissie beveelt uitdrukkelijk niet aan om' (trap), a closing
line naming '[A2] en [A6]' (trap). Response (reportlab, 'pagina n'): table rows A3 agrees, A1 agrees, A6 agrees, A4
disagrees, A2 partly, A5 noted; A7 unanswered; introduction, 'Vervolg' and closing answer nothing. All bodies,
places, people, figures and reference numbers invented; laws named as context only.

Run: /tmp/blind139nl/bin/python tests/docs/src/blind139/gen_nl_examencommissie_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b139nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind139_nl_examencommissie"
FS = B.tmp_fonts()
for key, suf in (("Regular", ""), ("Bold", "-B"), ("Italic", "-I"), ("Bold Italic", "-BI")):
    pdfmetrics.registerFont(TTFont("S" + suf, FS[key]))
addMapping("S", 0, 0, "S")
addMapping("S", 1, 0, "S-B")
addMapping("S", 0, 1, "S-I")
addMapping("S", 1, 1, "S-BI")

INK = colors.HexColor("#1f3566")
GREY = colors.HexColor("#555555")
BODY = ParagraphStyle("body", fontName="S", fontSize=9.5, leading=13.6, spaceAfter=5)
CODED = ParagraphStyle("coded", parent=BODY, leftIndent=4 * mm)
CELL = ParagraphStyle("cell", fontName="S", fontSize=8.8, leading=11.8)
HEAD = ParagraphStyle("head", parent=CELL, fontName="S-B", textColor=colors.white)
SMALL = ParagraphStyle("small", fontName="S", fontSize=8, leading=10.5, textColor=GREY)
TITLE = ParagraphStyle("t", fontName="S-B", fontSize=15.5, leading=19.5, textColor=INK, spaceAfter=4)
H2 = ParagraphStyle("h2", fontName="S-B", fontSize=11.2, leading=15, textColor=INK, spaceBefore=8, spaceAfter=3,
                    keepWithNext=True)
QUOTE = ParagraphStyle("q", parent=BODY, fontName="S-I", leftIndent=9 * mm, rightIndent=8 * mm, textColor=GREY)


def page_fn(head, of_m):
    def fn(canv, doc):
        canv.saveState()
        canv.setFont("S", 7.2)
        canv.setFillColor(GREY)
        if doc.page > 1:
            canv.drawString(21 * mm, A4[1] - 12 * mm, head)
            canv.setStrokeColor(INK)
            canv.setLineWidth(0.5)
            canv.line(21 * mm, A4[1] - 13.5 * mm, A4[0] - 21 * mm, A4[1] - 13.5 * mm)
        canv.drawRightString(A4[0] - 21 * mm, 10 * mm, f"pagina {doc.page} van {of_m}" if of_m else
                             f"pagina {doc.page}")
        canv.restoreState()
    return fn


def build(story, pdfname, head, title, author, of_m=None):
    doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=21 * mm, rightMargin=21 * mm,
                            topMargin=19 * mm, bottomMargin=18 * mm, title=title, author=author,
                            creator="reportlab")
    doc.build(story, onFirstPage=page_fn(head, of_m), onLaterPages=page_fn(head, of_m))


def P(t, s=BODY):
    return Paragraph(t, s)


def grid(rows, widths):
    t = Table([[P(c, HEAD) for c in rows[0]]] + [[P(c, CELL) for c in r] for r in rows[1:]], colWidths=widths,
              repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), INK), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9aa6c2")),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef1f7")])]))
    return t


def advice():
    rule = Table([[""]], colWidths=[168 * mm], rowHeights=[2.2])
    rule.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), INK)]))
    s = [P("Hogeschool Wadmere - Examencommissie Academie Techniek - Postbus 1450, 8900 CK Wadmere", SMALL),
         Spacer(1, 4), rule, Spacer(1, 6),
         P("Jaarverslag Examencommissie Academie Techniek 2025-2026", TITLE),
         P("Aan de directeur van de Academie Techniek, mevrouw ir. J.M. Holtkamp - kenmerk EC-AT/2026/11 - Wadmere, "
           "5 oktober 2026 - vastgesteld in de vergadering van 29 september 2026", SMALL),
         Spacer(1, 6),
         P("1 Inleiding", H2),
         P("De Examencommissie Academie Techniek is verantwoordelijk voor de opleidingen Bouwkunde, "
           "Werktuigbouwkunde, Elektrotechniek en Technische Bedrijfskunde. Volgens de Wet op het hoger onderwijs en "
           "wetenschappelijk onderzoek moet de examencommissie de kwaliteit van toetsing en examinering borgen, en "
           "moet zij jaarlijks verslag uitbrengen aan het instellingsbestuur. In dit verslag kijken wij terug op het "
           "studiejaar 2025-2026 en doen wij aanbevelingen aan de directie."),
         P("2 Samenstelling en werkwijze", H2),
         P("De commissie telde dit jaar vijf leden en een extern lid van Hogeschool Zuiderkwartier. Zij vergaderde "
           "veertien keer en nam daarnaast 212 besluiten via de digitale route. Een steekproef van 24 toetsen en 18 "
           "afstudeerwerken werd door de commissie zelf beoordeeld. In het jaarverslag 2024-2025 schreven wij:"),
         P("'[A4] Zorg dat elke schriftelijke toets vooraf een toetsmatrijs heeft die door een tweede examinator is "
           "bekeken.'", QUOTE),
         P("Die aanbeveling is in 2025-2026 volledig uitgevoerd: alle 24 toetsen uit de steekproef hadden een "
           "getoetste matrijs."),
         P("3 Kerncijfers", H2),
         grid([["Onderwerp", "2024-2025", "2025-2026"],
               ["Verzoeken om vrijstelling", "286", "341"],
               ["Verzoeken om een extra tentamenkans", "97", "122"],
               ["Meldingen van (vermoedelijke) fraude", "31", "58"],
               ["Besluiten waartegen beroep is ingesteld bij het CBE", "6", "9"],
               ["Uitslagen later dan vijftien werkdagen bekend", "14 procent", "19 procent"]],
              [100 * mm, 34 * mm, 34 * mm]),
         Spacer(1, 4),
         P("4 Bevindingen", H2),
         P("<b>[B1]</b> Bij vier van de achttien afstudeerwerken uit de steekproef was de begeleider ook de enige "
           "beoordelaar van het eindwerk; de onderbouwing van het cijfer was in twee gevallen mager.", CODED),
         P("<b>[B2]</b> Het aantal fraudemeldingen bijna verdubbelde; in 23 gevallen ging het om teksten die "
           "(deels) met generatieve AI waren geschreven, terwijl opleidingen daar verschillende regels voor "
           "hanteren.", CODED),
         P("<b>[B3]</b> Van de 143 examinatoren heeft 61 procent de basiskwalificatie examinering behaald.", CODED),
         P("<b>[B4]</b> Bijna een op de vijf uitslagen kwam te laat; studenten van Elektrotechniek wachtten soms "
           "vijf weken op een cijfer.", CODED),
         P("<b>[B5]</b> In de toetsweken van januari en juni hadden studenten van Bouwkunde regelmatig drie "
           "tentamens op één dag.", CODED),
         P("5 Aanbevelingen", H2),
         P("De examencommissie beveelt uitdrukkelijk niet aan om de herkansingen in het eerste studiejaar af te "
           "schaffen, zoals in het opleidingsteam van Werktuigbouwkunde is geopperd. Wel doet zij de directie de "
           "volgende aanbevelingen:"),
         P("<b>[A1]</b> Laat elk afstudeerwerk voortaan beoordelen door twee examinatoren van wie ten minste één "
           "niet de begeleider van de student is.", CODED),
         P("<b>[A2]</b> Stel vóór 1 februari 2027 één academiebrede richtlijn vast voor het gebruik van generatieve "
           "AI bij schrijfopdrachten en verslagen.", CODED),
         P("<b>[A3]</b> Zorg dat alle examinatoren uiterlijk op 31 december 2027 de basiskwalificatie examinering "
           "hebben behaald.", CODED),
         P("<b>[A4]</b> Verkort de nakijktermijn in de onderwijs- en examenregeling van vijftien naar tien "
           "werkdagen.", CODED),
         P("<b>[A5]</b> Breid de ondersteuning van de commissie uit met een ambtelijk secretaris voor ten minste "
           "0,6 fte, zodat de leden zich op de inhoud kunnen richten.", CODED),
         P("<b>[A6]</b> Plan in de toetsweken niet meer dan twee tentamens op één dag voor dezelfde "
           "studentengroep.", CODED),
         P("<b>[A7]</b> Organiseer per opleiding twee keer per jaar een kalibratiesessie waarin examinatoren samen "
           "stageverslagen beoordelen.", CODED),
         P("6 Tot slot", H2),
         P("De commissie vraagt de directie vooral om [A2] en [A6] snel op te pakken, omdat studenten daar in het "
           "komende studiejaar direct last van hebben. Wij bespreken dit verslag graag in het halfjaarlijkse "
           "overleg."),
         P("Namens de Examencommissie Academie Techniek,<br/>dr. ing. R.C. Ventevogel, voorzitter<br/>"
           "A. Bouzidi MSc, secretaris")]
    build(s, NAME + "_advice.pdf", "Examencommissie Academie Techniek - jaarverslag 2025-2026 - EC-AT/2026/11",
          "Jaarverslag Examencommissie 2025-2026", "Examencommissie Academie Techniek", of_m=2)


def response():
    s = [P("Hogeschool Wadmere - Academie Techniek - directie - Postbus 1450, 8900 CK Wadmere", SMALL),
         Spacer(1, 10),
         P("Aan de Examencommissie Academie Techniek<br/>t.a.v. de heer dr. ing. R.C. Ventevogel, voorzitter"),
         P("Wadmere, 16 november 2026<br/>Ons kenmerk: AT/DIR/2026-0734<br/>Onderwerp: reactie op het jaarverslag "
           "2025-2026 van de examencommissie", SMALL),
         Spacer(1, 8),
         P("Geachte heer Ventevogel,"),
         P("Dank voor het heldere jaarverslag over het studiejaar 2025-2026. Het is goed te lezen hoeveel werk de "
           "commissie naast haar reguliere taken heeft verzet. Het managementteam heeft het verslag op 3 november "
           "besproken. In de tabel hieronder vindt u per aanbeveling ons standpunt."),
         grid([["Code", "Reactie directie", "Termijn"],
               ["A3", "Overgenomen. Examinatoren zonder basiskwalificatie krijgen voorrang in het scholingsaanbod; "
                "teamleiders bespreken de voortgang in de jaargesprekken.", "eind 2027"],
               ["A1", "Eens. Vanaf het studiejaar 2026-2027 heeft elk afstudeerwerk een tweede beoordelaar die de "
                "student niet heeft begeleid.", "per direct"],
               ["A6", "Akkoord. Het roosterbureau bouwt de regel van maximaal twee tentamens per dag in de "
                "roosterplanning in.", "toetsweek januari 2027"],
               ["A4", "Niet overgenomen. Met de huidige formatie is een kortere termijn niet haalbaar; wij houden "
                "vast aan vijftien werkdagen en sturen scherper op naleving.", "-"],
               ["A2", "Gedeeltelijk overgenomen. Er komt een gemeenschappelijk kader voor AI, maar elke opleiding "
                "vult de regels voor haar eigen opdrachten zelf in. Dat lukt niet voor februari.",
                "september 2027"],
               ["A5", "Kennisgenomen. Wij betrekken uw verzoek om een ambtelijk secretaris bij de "
                "formatiegesprekken voor 2028.", "voorjaar 2027"]],
              [16 * mm, 122 * mm, 30 * mm]),
         Spacer(1, 6),
         P("<b>Vervolg.</b> De directie informeert de medezeggenschapsraad van de academie over dit jaarverslag en "
           "over deze reactie in de vergadering van december."),
         P("Ik dank de leden van de commissie hartelijk voor hun inzet en kijk uit naar ons volgende overleg."),
         P("Met vriendelijke groet,<br/>ir. J.M. Holtkamp<br/>directeur Academie Techniek")]
    build(s, NAME + "_response.pdf", "Academie Techniek - directie - AT/DIR/2026-0734", "Reactie op jaarverslag "
          "examencommissie", "Directie Academie Techniek")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        ("A1", "Laat elk afstudeerwerk voortaan beoordelen door twee examinatoren van wie",
         "een tweede beoordelaar die de student niet heeft begeleid", "agrees"),
        ("A2", "Stel vóór 1 februari 2027 één academiebrede richtlijn vast voor",
         "elke opleiding vult de regels voor haar eigen opdrachten zelf in", "partly"),
        ("A3", "Zorg dat alle examinatoren uiterlijk op 31 december 2027 de",
         "Examinatoren zonder basiskwalificatie krijgen voorrang in het scholingsaanbod", "agrees"),
        ("A4", "Verkort de nakijktermijn in de onderwijs- en examenregeling van vijftien",
         "wij houden vast aan vijftien werkdagen", "disagrees"),
        ("A5", "Breid de ondersteuning van de commissie uit met een ambtelijk secretaris",
         "bij de formatiegesprekken voor 2028", "noted"),
        ("A6", "Plan in de toetsweken niet meer dan twee tentamens op",
         "bouwt de regel van maximaal twee tentamens per dag", "agrees"),
        ("A7", "Organiseer per opleiding twee keer per jaar een kalibratiesessie waarin", None, "unanswered"),
    ], ["Het is goed te lezen hoeveel werk de commissie",
        "informeert de medezeggenschapsraad van de academie over dit jaarverslag",
        "Ik dank de leden van de commissie hartelijk"],
        "Advice: the annual report 2025-2026 of a university of applied sciences' examination board "
        "(examencommissie) to the director of its school of engineering; the seven recommendations are CODED "
        "'[A1]'-'[A7]' (bold bracketed codes opening each paragraph) under '5 Aanbevelingen'. Traps: findings "
        "CODED '[B1]'-'[B5]' in exactly the same style under '4 Bevindingen', a key-figures table, the WHW "
        "paraphrased with 'moet', last year's recommendation quoted as '[A4] Zorg dat elke schriftelijke toets ...' "
        "(carried out; its code clashes with this year's A4), 'De examencommissie beveelt uitdrukkelijk niet aan om "
        "de herkansingen ... af te schaffen', a closing line naming '[A2] en [A6]'. Response: the director's letter "
        "with a TABLE 'Code | Reactie directie | Termijn' (codes without brackets) in another order: A3 agrees "
        "('Overgenomen'), A1 agrees ('Eens'), A6 agrees ('Akkoord'), A4 disagrees ('Niet overgenomen', keeps fifteen "
        "working days), A2 partly (common framework but each programme fills in its own rules, September 2027), A5 "
        "noted ('Kennisgenomen', taken into the 2028 staffing talks). A7 (calibration sessions) is never answered. "
        "Introduction, 'Vervolg.' and closing answer nothing.")
    print("written", NAME)
