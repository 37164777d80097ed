"""Round 142 (nl): the (Flemish, invented) JURYRAPPORT of an architecture competition (open oproep) for a city's new
library and art academy; its seven recommendations to the laureate are the UNNUMBERED ROWS of a ruled table
'Thema | Aanbeveling van de jury' (numbered 1-7 here in reading order), after a table of the competition's award
criteria in the same ruled style and a numbered list of the design's strengths; answered by the laureate's
REACTIENOTA, which QUOTES each recommendation it answers in italic and follows it with 'Reactie ontwerpteam:', in
another order.

Advice (reportlab, sans, slate-blue headings and rules, metadata table, running head from p. 2, 'blz. n van m'): the
competition rules paraphrased with 'moet' (trap), the city's 2024 project definition quoted as an imperative ('Maak
van de Kapelsite ...', carried out, trap), the award criteria table and the numbered 'sterke punten' 1-4 (traps), 'De
jury beveelt niet aan om de ondergrondse parking ... opnieuw op te nemen' (trap), a closing line naming the height
and the budget (trap). Response (reportlab, 'blz. n'): 6 agrees, 3 agrees, 4 agrees, 1 disagrees, 2 partly, 5
noted; 7 unanswered; introduction, the answer to the city's own question on bicycle parking and the closing answer
no recommendation. All bodies, places, people, figures and reference numbers invented; rules named as context only.

Run: /tmp/blind142nl/bin/python tests/docs/src/blind142/gen_nl_juryrapport_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b142nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

NAME = "blind142_nl_juryrapport"
FS = B.tmp_fonts()
for key, suf in (("Regular", ""), ("Bold", "-B"), ("Italic", "-I"), ("Bold Italic", "-BI")):
    pdfmetrics.registerFont(TTFont("S" + suf, FS[key]))
addMapping("S", 0, 0, "S")
addMapping("S", 1, 0, "S-B")
addMapping("S", 0, 1, "S-I")
addMapping("S", 1, 1, "S-BI")

INK = colors.HexColor("#34506e")
LINE = colors.HexColor("#9db0c4")
GREY = colors.HexColor("#555555")
BODY = ParagraphStyle("body", fontName="S", fontSize=9.4, leading=13.4, spaceAfter=5)
SMALL = ParagraphStyle("small", fontName="S", fontSize=8, leading=10.5, textColor=GREY)
TITLE = ParagraphStyle("t", fontName="S-B", fontSize=15, leading=19, textColor=INK, spaceAfter=4)
H2 = ParagraphStyle("h2", fontName="S-B", fontSize=11, leading=15, textColor=INK, spaceBefore=8, spaceAfter=3,
                    keepWithNext=True)
QUOTE = ParagraphStyle("q", parent=BODY, fontName="S-I", leftIndent=8 * mm, rightIndent=6 * mm, textColor=GREY,
                       spaceAfter=3)
RQ = ParagraphStyle("rq", parent=BODY, fontName="S-I", leftIndent=5 * mm, textColor=INK, spaceBefore=4,
                    spaceAfter=2, keepWithNext=True)
CELL = ParagraphStyle("cell", fontName="S", fontSize=8.5, leading=11.2)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="S-B")
HEADC = ParagraphStyle("headc", parent=CELL, fontName="S-B", textColor=colors.white)


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
        canv.drawRightString(A4[0] - 20 * mm, 10 * mm, f"blz. {doc.page} van {of_m}" if of_m else
                             f"blz. {doc.page}")
        canv.restoreState()
    return fn


def build(story, pdfname, head, title, author, of_m=None):
    doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=19 * mm, bottomMargin=18 * mm, title=title, author=author,
                            creator="reportlab")
    doc.build(story, onFirstPage=page_fn(head, of_m), onLaterPages=page_fn(head, of_m))


def P(t, s=BODY):
    return Paragraph(t, s)


def ruled(rows, widths, header=True):
    data = [[P(c, HEADC if (header and i == 0) else (CELLB if j == 0 else CELL)) for j, c in enumerate(r)]
            for i, r in enumerate(rows)]
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1 if header else 0)
    st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
          ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK), ("TOPPADDING", (0, 0), (-1, -1), 3),
          ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if header:
        st.append(("BACKGROUND", (0, 0), (-1, 0), INK))
    t.setStyle(TableStyle(st))
    return t


def num(n, text):
    t = Table([[P(f"{n}", BODY), P(text, BODY)]], colWidths=[7 * mm, 163 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return t


def rule():
    r = Table([[""]], colWidths=[170 * mm], rowHeights=[2.2])
    r.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), INK)]))
    return r


def advice():
    build(advice_story(), NAME + "_advice.pdf", "x", "x", "x", of_m=9)
    import pymupdf
    m = len(pymupdf.open(B.out(NAME + "_advice.pdf")))
    build(advice_story(), NAME + "_advice.pdf", "Stad Ravelgem - juryrapport ontwerpwedstrijd Kapelsite - JR/2026/07",
          "Juryrapport ontwerpwedstrijd Kapelsite", "Stad Ravelgem", of_m=m)


def advice_story():
    meta = Table([[P("Opdrachtgever", CELL), P("Stad Ravelgem, departement Cultuur en Vrije Tijd", CELL)],
                  [P("Opdracht", CELL), P("ontwerp van een nieuwe stadsbibliotheek en academie voor muziek, woord "
                                          "en dans op de Kapelsite, Kapelstraat 3-11", CELL)],
                  [P("Procedure", CELL), P("open oproep, onderhandelingsprocedure zonder voorafgaande bekendmaking, "
                                           "dossier OO/2025/118", CELL)],
                  [P("Jury", CELL), P("vergadering van 16 en 17 maart 2026; voorzitter prof. ir.-arch. Lien "
                                      "Goossens", CELL)]],
                 colWidths=[32 * mm, 138 * mm])
    meta.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
                              ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eaeff5"))]))
    s = [P("Stad Ravelgem - Cel Architectuur en Publieke Ruimte - Grote Markt 1, 9870 Ravelgem", SMALL),
         Spacer(1, 4), rule(), Spacer(1, 6),
         P("Juryrapport ontwerpwedstrijd Kapelsite", TITLE),
         P("Verslag en aanbevelingen van de jury - Ravelgem, 24 maart 2026 - kenmerk JR/2026/07", SMALL),
         Spacer(1, 5), meta, Spacer(1, 4),
         P("1. Opdracht en procedure", H2),
         P("De stad Ravelgem wil de stadsbibliotheek en de academie, die nu verspreid zitten over drie gebouwen, "
           "samenbrengen op de Kapelsite, het terrein van het voormalige zusterklooster met de neogotische kapel uit "
           "1884. Vijf ontwerpteams werden geselecteerd en dienden een offerte met schetsontwerp in. Volgens het "
           "wedstrijdreglement moet elk ontwerp passen binnen de voorschriften van het RUP Kapelsite, en moet het "
           "programma van ongeveer 5.200 vierkante meter volledig worden ingevuld. Die voorwaarden zijn niet "
           "onderhandelbaar en worden hier niet herhaald."),
         P("In de projectdefinitie die het stadsbestuur in 2024 goedkeurde, stond als opdracht:"),
         P("'Maak van de Kapelsite een open cultuurhuis dat de hele dag bewoond is, ook door wie geen boek komt "
           "lenen.'", QUOTE),
         P("Alle vijf teams hebben die ambitie ernstig genomen."),
         P("2. Gunningscriteria", H2),
         P("De jury beoordeelde de ontwerpen aan de hand van de gunningscriteria uit de selectieleidraad:"),
         ruled([["Criterium", "Inhoud", "Gewicht"],
                ["Architecturale kwaliteit", "ruimtelijke kwaliteit, omgang met de kapel en het kloosterpand, "
                 "inpassing in de Kapelstraat", "40"],
                ["Functionaliteit", "werking van bibliotheek en academie, toegankelijkheid, flexibiliteit", "30"],
                ["Duurzaamheid", "energieconcept, materiaalgebruik, circulariteit", "15"],
                ["Kostenbeheersing", "haalbaarheid van de raming binnen het budget", "15"]], (38, 112, 20)),
         P("3. Beoordeling en rangschikking", H2),
         P("Na twee dagen beraadslaging rangschikt de jury het ontwerp 'Het Binnenhof' van de tijdelijke vereniging "
           "Atelier Moens Verhaeghe en Groenkamer landschapsarchitecten als eerste, met 81 op 100 punten. De jury "
           "noemt als sterke punten van het laureaatsontwerp:"),
         num("1.", "de manier waarop de kapel het hart van het complex wordt en vanuit de Kapelstraat zichtbaar "
                   "blijft;"),
         num("2.", "de heldere scheiding tussen stille en luide delen van het programma, met de repetitielokalen "
                   "tegen de blinde achtergevel;"),
         num("3.", "de compacte nieuwbouw, die ruimte laat voor een grote binnentuin met oude lindebomen;"),
         num("4.", "de realistische raming en het eenvoudige energieconcept met bodemwarmte."),
         P("Het ontwerp 'Lichtkamer' (71 punten) en het ontwerp 'Stad in de stad' (66 punten) eindigen op de plaatsen "
           "twee en drie. De jury beveelt niet aan om de ondergrondse parking uit het ontwerp 'Stad in de stad' "
           "opnieuw op te nemen in het programma: zij past niet in het mobiliteitsplan van de stad en zou de wortels "
           "van de lindebomen beschadigen."),
         P("4. Aanbevelingen voor de verdere uitwerking", H2),
         P("De jury vraagt het stadsbestuur om de opdracht aan het laureaatsteam te gunnen en geeft het team de "
           "volgende aanbevelingen mee voor het voorontwerp:"),
         ruled([["Thema", "Aanbeveling van de jury"],
                ["Stedenbouw", "Verlaag het volume aan de Kapelstraat met één bouwlaag, zodat de nieuwbouw aansluit "
                 "bij de kroonlijsthoogte van de rijwoningen ernaast."],
                ["Publieke ruimte", "Maak van de binnentuin een publiek plein dat ook buiten de openingsuren van "
                 "bibliotheek en academie toegankelijk blijft."],
                ["Erfgoed", "Behoud de kapel met haar interieur integraal en geef ze een publieke functie als "
                 "leeszaal of als zaal voor voorstellingen."],
                ["Werking", "Breng de ingangen van de bibliotheek en de academie samen in één gedeelde inkomhal aan "
                 "het plein."],
                ["Duurzaamheid", "Onderzoek of de draagstructuur van de nieuwbouw in hout kan worden uitgevoerd in "
                 "plaats van in gewapend beton."],
                ["Kosten", "Breng de raming terug binnen het vooropgestelde budget van 14,2 miljoen euro exclusief "
                 "btw, zonder aan het programma te raken."],
                ["Participatie", "Betrek de leerlingen en leraren van de academie en de leesclubs bij de uitwerking "
                 "van het interieur en het meubilair."]], (32, 138)),
         P("5. Besluit van de jury", H2),
         P("De jury stelt met eenparigheid van stemmen voor de opdracht te gunnen aan het team van 'Het Binnenhof'. "
           "Zij vraagt het stadsbestuur en het ontwerpteam in het bijzonder aandacht te besteden aan de bouwhoogte "
           "in de Kapelstraat en aan het budget, omdat die twee punten in de buurt en in de gemeenteraad de meeste "
           "vragen zullen oproepen."),
         Spacer(1, 6),
         P("Voor de jury,<br/>prof. ir.-arch. Lien Goossens, voorzitter<br/>Bart Vanhecke, secretaris, "
           "stadsbouwmeester van Ravelgem")]
    return s


def response():
    s = [P("Atelier Moens Verhaeghe - Groenkamer landschapsarchitecten - tijdelijke vereniging - Veldstraat 40, "
           "9000 Gent", SMALL),
         Spacer(1, 4), rule(), Spacer(1, 6),
         P("Reactienota bij de aanbevelingen van de jury", TITLE),
         P("Aan het college van burgemeester en schepenen van Ravelgem - Gent, 5 mei 2026 - ons dossier AMV-2611 - uw "
           "kenmerk JR/2026/07", SMALL),
         P("Inleiding", H2),
         P("Wij danken de jury voor haar grondige lezing van ons schetsontwerp 'Het Binnenhof' en het stadsbestuur "
           "voor het vertrouwen. In het startoverleg van 22 april 2026 vroeg de stad ons om vóór de aanvang van het "
           "voorontwerp schriftelijk te reageren op de aanbevelingen van de jury. In deze nota citeren wij telkens de "
           "aanbeveling en geven wij aan hoe wij ze verwerken. Wij behandelen eerst de punten die het budget en de "
           "indeling bepalen."),
         P("Aanbevelingen van de jury", H2),
         P("'Breng de raming terug binnen het vooropgestelde budget van 14,2 miljoen euro ...'", RQ),
         P("<b>Reactie ontwerpteam:</b> Akkoord. Door de technische ruimtes onder te brengen in de kelder van het "
           "kloosterpand en de gevelbekleding te vereenvoudigen, daalt de raming naar 14,05 miljoen euro exclusief "
           "btw. Het programma blijft ongewijzigd."),
         P("'Behoud de kapel met haar interieur integraal ...'", RQ),
         P("<b>Reactie ontwerpteam:</b> Wij volgen deze aanbeveling volledig. De kapel wordt de grote leeszaal van "
           "de bibliotheek en kan voor concerten van de academie worden ingericht; de glasramen en het houten "
           "tongewelf worden gerestaureerd."),
         P("'Breng de ingangen van de bibliotheek en de academie samen ...'", RQ),
         P("<b>Reactie ontwerpteam:</b> Dit nemen wij over. Er komt één inkomhal met onthaalbalie aan het plein, "
           "waar bezoekers van beide instellingen binnenkomen; de aparte ingang aan de Kloosterweg vervalt."),
         P("'Verlaag het volume aan de Kapelstraat met één bouwlaag ...'", RQ),
         P("<b>Reactie ontwerpteam:</b> Deze aanbeveling nemen wij niet over. Zonder de derde bouwlaag past het "
           "programma van de academie niet meer op de site, tenzij de binnentuin wordt bebouwd. Wel laten wij de "
           "bovenste bouwlaag drie meter terugspringen, zodat de gevel aan de straat even hoog wordt als de "
           "kroonlijst van de buren."),
         P("'Maak van de binnentuin een publiek plein ...'", RQ),
         P("<b>Reactie ontwerpteam:</b> Gedeeltelijk. Het plein wordt overdag en 's avonds tot 22 uur vrij "
           "toegankelijk, ook op zondag; 's nachts sluiten twee poorten aan de Kapelstraat en de Kloosterweg, op "
           "vraag van de politiezone en de buurtbewoners."),
         P("'Onderzoek of de draagstructuur van de nieuwbouw in hout kan worden uitgevoerd ...'", RQ),
         P("<b>Reactie ontwerpteam:</b> Wij nemen deze suggestie mee naar de studiefase. Of een houtskelet "
           "haalbaar is, hangt af van de brandveiligheid en de akoestiek van de repetitielokalen; daarover kunnen wij "
           "nu nog geen uitspraak doen."),
         P("Vraag van de stad over de fietsenstalling", H2),
         P("In het startoverleg vroeg de stad ook om een overdekte fietsenstalling voor 180 fietsen. Wij voorzien "
           "die onder de luifel langs de Kloosterweg, buiten de binnentuin."),
         P("Tot slot", H2),
         P("Wij verwachten het voorontwerp eind september 2026 in te dienen en kijken uit naar de verdere "
           "samenwerking met de stad en de gebruikers."),
         Spacer(1, 4),
         P("Met vriendelijke groeten,<br/>ir.-arch. Pieter Moens en ir.-arch. Hanne Verhaeghe, zaakvoerders")]
    build(s, NAME + "_response.pdf", "Atelier Moens Verhaeghe - reactienota juryrapport Kapelsite - AMV-2611",
          "Reactienota bij de aanbevelingen van de jury", "Atelier Moens Verhaeghe")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        ("1", "Verlaag het volume aan de Kapelstraat met één bouwlaag,",
         "Deze aanbeveling nemen wij niet over", "disagrees"),
        ("2", "Maak van de binnentuin een publiek plein dat ook buiten",
         "'s nachts sluiten twee poorten aan de Kapelstraat", "partly"),
        ("3", "Behoud de kapel met haar interieur integraal en geef ze",
         "De kapel wordt de grote leeszaal van de bibliotheek", "agrees"),
        ("4", "Breng de ingangen van de bibliotheek en de academie samen",
         "Er komt één inkomhal met onthaalbalie aan het plein", "agrees"),
        ("5", "Onderzoek of de draagstructuur van de nieuwbouw in hout kan",
         "Wij nemen deze suggestie mee naar de studiefase", "noted"),
        ("6", "Breng de raming terug binnen het vooropgestelde budget van 14,2",
         "daalt de raming naar 14,05 miljoen euro", "agrees"),
        ("7", "Betrek de leerlingen en leraren van de academie en de leesclubs", None, "unanswered"),
    ], ["een overdekte fietsenstalling voor 180 fietsen",
        "Wij verwachten het voorontwerp eind september 2026 in te dienen"],
        "Advice: the (Flemish) JURY REPORT of a city's architecture competition (open oproep) for a new library and "
        "art academy on a former convent site; the seven recommendations to the laureate are the UNNUMBERED ROWS of a "
        "ruled table 'Thema | Aanbeveling van de jury' under '4. Aanbevelingen voor de verdere uitwerking' (numbered "
        "1-7 here in reading order). Traps: the competition rules paraphrased with 'moet', the city's 2024 project "
        "definition quoted as an imperative ('Maak van de Kapelsite een open cultuurhuis ...', carried out), a ruled "
        "table of award criteria in the same style, the design's strengths numbered '1.'-'4.', 'De jury beveelt niet "
        "aan om de ondergrondse parking ... opnieuw op te nemen', a closing line naming the height and the budget. "
        "Response: the laureate design team's REACTIENOTA, which QUOTES the start of each recommendation in italic and "
        "answers with 'Reactie ontwerpteam:', in another order: 6 agrees ('Akkoord', 14.05 million), 3 agrees ('volgen "
        "... volledig', chapel becomes reading room), 4 agrees ('Dit nemen wij over', one entrance hall), 1 disagrees "
        "('niet over', the top storey set back instead), 2 partly ('Gedeeltelijk', closed at night), 5 noted (taken "
        "to the study phase, no commitment). 7 (involving academy pupils and reading clubs in the interior) is never "
        "answered. Introduction, the city's question on bicycle parking and the closing answer nothing.")
    print("written", NAME)
