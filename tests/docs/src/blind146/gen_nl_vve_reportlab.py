"""Round 146 (nl): the ADVIES of the (invented) TECHNISCHE COMMISSIE of a Dutch owners' association (vereniging van
eigenaars, VvE) to its board on the concept MULTI-YEAR MAINTENANCE PLAN (meerjarenonderhoudsplan, MJOP); its seven
recommendations are UNNUMBERED paragraphs with BOLD LEAD-INS ('Dak.', 'Galerijen.', ...) under '3 Ons advies', after
a ruled findings table per building part; answered by the BOARD's note for the general meeting that QUOTES each
recommendation's opening in italics and answers below it, in another order, with one quote of a non-recommendation.

Advice (reportlab, sans, dark-green rule and headings, metadata and findings tables, running head from p. 2, 'pagina
n van m'): the law on the reserve fund paraphrased with 'moet' (trap), the association's rules with 'moet' (trap),
the committee's 2022 advice quoted as an imperative ('Laat de houten kozijnen aan de zuidgevel ...', carried out,
trap), 'Wij adviseren niet om de lift nu al te vervangen' (trap), a closing paragraph naming the roof and the
galleries (trap). Response (reportlab, 'pagina n'), quotes in the order 7, 2, 1, 4, lift, 3, 5: 7 agrees, 2 agrees, 1
partly, 4 disagrees, the lift quote answers the 'we do not advise' sentence (nothing), 3 agrees, 5 noted; 6
unanswered; the introduction and the closing answer nothing. All bodies, places, people, figures and reference
numbers invented; the law named as context only.

Run: /tmp/blind146nl/bin/python tests/docs/src/blind146/gen_nl_vve_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b146nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

NAME = "blind146_nl_vve"
FS = B.tmp_fonts()
for key, suf in (("Regular", ""), ("Bold", "-B"), ("Italic", "-I"), ("Bold Italic", "-BI")):
    pdfmetrics.registerFont(TTFont("S" + suf, FS[key]))
addMapping("S", 0, 0, "S")
addMapping("S", 1, 0, "S-B")
addMapping("S", 0, 1, "S-I")
addMapping("S", 1, 1, "S-BI")

INK = colors.HexColor("#2f5d3a")
LINE = colors.HexColor("#a9c7ae")
GREY = colors.HexColor("#555555")
BODY = ParagraphStyle("body", fontName="S", fontSize=9.5, leading=13.6, spaceAfter=5)
SMALL = ParagraphStyle("small", fontName="S", fontSize=8, leading=10.5, textColor=GREY)
TITLE = ParagraphStyle("t", fontName="S-B", fontSize=15, leading=19, textColor=INK, spaceAfter=4)
H2 = ParagraphStyle("h2", fontName="S-B", fontSize=11, leading=15, textColor=INK, spaceBefore=8, spaceAfter=3,
                    keepWithNext=True)
QUOTE = ParagraphStyle("q", parent=BODY, fontName="S-I", leftIndent=8 * mm, rightIndent=6 * mm, textColor=GREY,
                       spaceAfter=3)
CITE = ParagraphStyle("cite", parent=BODY, fontName="S-I", leftIndent=6 * mm, textColor=INK, spaceBefore=4,
                      spaceAfter=2, keepWithNext=True)
ANSWER = ParagraphStyle("ans", parent=BODY, leftIndent=6 * mm)
CELL = ParagraphStyle("cell", fontName="S", fontSize=8.4, leading=11)
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
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e8f0e9"))]))
    return t


def findings():
    rows = [["Bouwdeel", "Conditie", "In het concept", "Onze opmerking"],
            ["Plat dak (bitumen, 1998)", "4", "vervangen in 2031",
             "blazen en open naden bij de liftopbouw; lekkage in de nummers 118 en 122"],
            ["Gevels en voegwerk", "3", "voegwerk herstellen in 2030", "enkele scheuren bij de galerijkoppen"],
            ["Galerijen en balkons", "4", "betonherstel in 2029",
             "roestende wapening zichtbaar aan de onderzijde, vooral in blok B"],
            ["Lift (gemoderniseerd in 2015)", "2", "vervangen in 2033", "keuring van 2026 zonder gebreken"],
            ["Collectieve ketels (2012)", "3", "vervangen in 2032", "drie storingen in de winter van 2026"],
            ["Riolering", "onbekend", "niets gepland", "nooit geïnspecteerd"]]
    data = [[P(c, HEADC if i == 0 else CELL) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=[38 * mm, 21 * mm, 37 * mm, 74 * mm], repeatRows=1)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
                           ("BACKGROUND", (0, 0), (-1, 0), INK), ("TOPPADDING", (0, 0), (-1, -1), 3),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return t


RECS = [
    ("Dak.", "Vervang de dakbedekking van het platte dak in 2028 in plaats van in 2031, en breng daarbij meteen een "
             "isolatielaag van 12 centimeter aan. De lekkages worden elk jaar erger, en met isolatie besparen de "
             "bewoners van de bovenste verdieping op hun stookkosten."),
    ("Galerijen.", "Laat nog dit jaar een betononderzoek doen naar de galerijen en balkons van blok B, zodat het "
                   "herstel op tijd en op basis van metingen kan worden gepland in plaats van op basis van een "
                   "schatting."),
    ("Riolering.", "Neem een inspectie van de riolering met een camera op in het plan, in 2028, en reserveer "
                   "daarvoor ongeveer 4.000 euro. Van de leidingen onder het gebouw weet op dit moment niemand in "
                   "welke staat zij zijn."),
    ("Reservering.", "Verhoog de jaarlijkse reservering vanaf 2028 naar 1.750 euro per appartement, zodat het "
                     "reservefonds in de hele planperiode boven de 50.000 euro blijft en de vereniging een "
                     "tegenvaller kan opvangen zonder extra heffing."),
    ("Verduurzaming.", "Laat bij de vervanging van de collectieve ketels in 2032 onderzoeken of een hybride "
                       "installatie met warmtepompen mogelijk is, en vraag daarvoor tijdig subsidie aan."),
    ("Plan en schouw.", "Vraag het adviesbureau om het plan elk jaar te actualiseren na de schouw door de commissie, "
                        "in plaats van eens in de vijf jaar, zodat het plan blijft aansluiten bij wat wij in het "
                        "gebouw zien."),
    ("Informatie aan de leden.", "Stuur alle eigenaars vóór de ledenvergadering een samenvatting van het plan op "
                                 "één pagina, met per jaar de grote uitgaven en de gevolgen voor de maandelijkse "
                                 "bijdrage."),
]


def advice_story():
    s = [P("Vereniging van Eigenaars Residentie Zuiderhof - technische commissie - Zuiderhoflaan 2-128, 2406 RK "
           "Aldermeer - tc@zuiderhof.example", SMALL),
         Spacer(1, 4), rule(), Spacer(1, 6),
         P("Advies over het concept-meerjarenonderhoudsplan 2028-2037", TITLE),
         P("Van de technische commissie aan het bestuur van de vereniging", SMALL),
         Spacer(1, 5),
         meta_table([("Aan", "het bestuur van de VvE Residentie Zuiderhof, t.a.v. de heer R.P. Kamphuis, voorzitter"),
                     ("Kenmerk en datum", "TC-ZH 2027/02, 8 maart 2027"),
                     ("Commissie", "ing. Marloes de Graaf (voorzitter), Hans Verbeek, Anouk Smits-Ruiter"),
                     ("Onderwerp", "concept-MJOP van Bouwkundig Adviesbureau Van der Wiel, versie 15 januari 2027")]),
         Spacer(1, 4),
         P("1 Aanleiding", H2),
         P("Het bestuur heeft de technische commissie op 20 januari gevraagd om advies over het concept-"
           "meerjarenonderhoudsplan (MJOP) dat Bouwkundig Adviesbureau Van der Wiel voor ons gebouw heeft "
           "opgesteld. Volgens de wet moet een vereniging van eigenaars elk jaar een bedrag reserveren voor "
           "het onderhoud, bij voorkeur op basis van een meerjarenonderhoudsplan dat niet ouder is dan vijf jaar. Het "
           "huishoudelijk reglement van onze vereniging bepaalt daarnaast dat het bestuur de technische commissie "
           "moet horen voordat een onderhoudsplan aan de ledenvergadering wordt voorgelegd."),
         P("In ons vorige advies, van april 2022, schreven wij:"),
         P("'Laat de houten kozijnen aan de zuidgevel om de zes jaar schilderen, en niet om de acht jaar.'", QUOTE),
         P("Dat is in 2023 gebeurd; de kozijnen zijn sindsdien in goede staat en komen in dit advies niet meer "
           "terug."),
         P("2 Wat wij zagen", H2),
         P("De commissie heeft het concept gelezen en op 11 en 18 februari samen met de beheerder het dak, de "
           "gevels, de galerijen, de bergingen en de technische ruimte bekeken. De belangrijkste bevindingen staan "
           "hieronder, met de conditie volgens de gangbare schaal van 1 (uitstekend) tot 6 (zeer slecht)."),
         findings(),
         Spacer(1, 4),
         P("Het concept rekent met een jaarlijkse reservering van 96.000 euro, dat is 1.500 euro per appartement. "
           "Het reservefonds bedraagt nu 212.000 euro. Volgens het concept zakt het fonds in 2031 onder nul als de "
           "vervanging van het dak en het betonherstel kort na elkaar vallen. De commissie vindt het concept "
           "verder degelijk en goed onderbouwd."),
         P("Wij adviseren niet om de lift nu al te vervangen, zoals op de ledenvergadering van vorig jaar door "
           "enkele leden werd gevraagd: de lift is in 2015 gemoderniseerd en de keuring van 2026 gaf geen "
           "gebreken."),
         P("3 Ons advies", H2),
         P("De technische commissie adviseert het bestuur het volgende.")]
    s += [P(f"<b>{lead}</b> {text}") for lead, text in RECS]
    s += [P("4 Tot slot", H2),
          P("Wij begrijpen dat een hogere bijdrage voor sommige eigenaars zwaar valt. Toch vragen wij het bestuur om "
            "in elk geval het dak en de galerijen niet uit te stellen: dat zijn de twee punten waar uitstel het "
            "duurst wordt. De commissie licht dit advies graag toe op de ledenvergadering."),
          Spacer(1, 4),
          P("Aldermeer, 8 maart 2027<br/>namens de technische commissie,<br/>ing. Marloes de Graaf, voorzitter")]
    return s


QA = [
    ("'Stuur alle eigenaars vóór de ledenvergadering een samenvatting van het plan ...'",
     "Dat doen wij graag. Een samenvatting op één pagina zit bij deze vergaderstukken; daarin staan per jaar de "
     "grote uitgaven en wat die betekenen voor uw maandelijkse bijdrage."),
    ("'Laat nog dit jaar een betononderzoek doen naar de galerijen en balkons van blok B ...'",
     "Akkoord. Het bestuur heeft Ingenieursbureau Dekker &amp; Mol opdracht gegeven voor een betononderzoek van "
     "beide blokken, dus niet alleen van blok B. Het onderzoek begint op 14 april; de uitkomsten verwachten wij in "
     "juni."),
    ("'Vervang de dakbedekking van het platte dak in 2028 in plaats van in 2031 ...'",
     "Het bestuur deelt de zorg over de lekkages en haalt de dakvervanging naar voren, maar naar 2029 en niet naar "
     "2028. Het betonherstel aan de galerijen valt in het aangepaste plan in 2028, en twee grote projecten in "
     "één jaar zijn niet te betalen zonder extra heffing. De isolatielaag nemen wij wel mee. Tot die tijd laat "
     "de beheerder de open naden ieder najaar repareren."),
    ("'Verhoog de jaarlijkse reservering vanaf 2028 naar 1.750 euro per appartement ...'",
     "Dit advies neemt het bestuur niet over. Met de nieuwe planning blijft het reservefonds volgens het "
     "aangepaste plan in elk jaar positief, met als laagste stand 31.000 euro in 2029. Een verhoging van 250 euro "
     "per jaar vinden wij voor veel eigenaars, onder wie een groot aantal gepensioneerden, niet nodig. De "
     "reservering blijft 1.500 euro per appartement."),
    ("'Wij adviseren niet om de lift nu al te vervangen ...'",
     "Het bestuur is het hiermee eens en stelt de ledenvergadering voor het verzoek van vorig jaar niet verder "
     "te volgen."),
    ("'Neem een inspectie van de riolering met een camera op in het plan ...'",
     "Overgenomen. De inspectie staat in het aangepaste plan voor het voorjaar van 2028, met een budget van "
     "4.000 euro."),
    ("'Laat bij de vervanging van de collectieve ketels in 2032 onderzoeken ...'",
     "Een interessante gedachte. De vervanging ligt nog vijf jaar voor ons; wij geven het voorstel door aan de "
     "werkgroep duurzaamheid, die in het najaar met een eerste verkenning komt. Een besluit nemen wij nu niet."),
]


def response_story():
    s = [P("Vereniging van Eigenaars Residentie Zuiderhof - bestuur - Zuiderhoflaan 2-128, 2406 RK Aldermeer", SMALL),
         Spacer(1, 4), rule(), Spacer(1, 6),
         P("Reactie van het bestuur op het advies van de technische commissie", TITLE),
         Spacer(1, 3),
         meta_table([("Aan", "de leden van de vereniging en de technische commissie"),
                     ("Kenmerk", "BST-ZH 2027/011"),
                     ("Datum", "12 april 2027"),
                     ("Betreft", "bijlage bij agendapunt 6 van de algemene ledenvergadering van 24 mei 2027: "
                      "advies TC-ZH 2027/02 over het concept-MJOP 2028-2037")]),
         Spacer(1, 6),
         P("Het bestuur dankt de technische commissie voor haar zorgvuldige advies en voor de vele uren die de "
           "leden in de schouw van het gebouw hebben gestoken. Het adviesbureau heeft het concept inmiddels op een "
           "aantal punten aangepast. Hieronder citeren wij steeds het begin van een advies van de commissie, met "
           "daaronder de reactie van het bestuur.")]
    for q, a in QA:
        s += [P(q, CITE), P(a, ANSWER)]
    s += [Spacer(1, 3),
          P("Het aangepaste plan en de begroting 2028 liggen vanaf 1 mei ter inzage bij Vastgoedbeheer Aldermeer. De "
            "ledenvergadering besluit op 24 mei over het plan en over de hoogte van de reservering."),
          Spacer(1, 4),
          P("Met vriendelijke groet,<br/>namens het bestuur,<br/>R.P. Kamphuis, voorzitter - J. el Amrani, "
            "penningmeester")]
    return s


def advice():
    build(advice_story(), NAME + "_advice.pdf", "x", "x", "x", of_m=9)
    import pymupdf
    m = len(pymupdf.open(B.out(NAME + "_advice.pdf")))
    build(advice_story(), NAME + "_advice.pdf", "VvE Residentie Zuiderhof - technische commissie - advies "
          "concept-MJOP 2028-2037 - TC-ZH 2027/02", "Advies over het concept-meerjarenonderhoudsplan 2028-2037",
          "Technische commissie VvE Residentie Zuiderhof", of_m=m)


def response():
    build(response_story(), NAME + "_response.pdf", "VvE Residentie Zuiderhof - reactie van het bestuur op advies "
          "TC-ZH 2027/02 - BST-ZH 2027/011", "Reactie van het bestuur op het advies van de technische commissie",
          "Bestuur VvE Residentie Zuiderhof")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        ("1", "Vervang de dakbedekking van het platte dak in 2028",
         "haalt de dakvervanging naar voren, maar naar 2029", "partly"),
        ("2", "Laat nog dit jaar een betononderzoek doen naar de galerijen",
         "opdracht gegeven voor een betononderzoek van beide blokken", "agrees"),
        ("3", "Neem een inspectie van de riolering met een camera op",
         "De inspectie staat in het aangepaste plan voor het voorjaar", "agrees"),
        ("4", "Verhoog de jaarlijkse reservering vanaf 2028 naar 1.750 euro per appartement",
         "Dit advies neemt het bestuur niet over", "disagrees"),
        ("5", "Laat bij de vervanging van de collectieve ketels in 2032 onderzoeken",
         "wij geven het voorstel door aan de werkgroep duurzaamheid", "noted"),
        ("6", "Vraag het adviesbureau om het plan elk jaar te actualiseren", None, "unanswered"),
        ("7", "Stuur alle eigenaars vóór de ledenvergadering een samenvatting van het plan",
         "Een samenvatting op één pagina zit bij deze vergaderstukken", "agrees"),
    ], ["voor de vele uren die de leden in de schouw van het gebouw",
        "stelt de ledenvergadering voor het verzoek van vorig jaar niet verder te volgen",
        "liggen vanaf 1 mei ter inzage bij Vastgoedbeheer Aldermeer"],
        "Advice: the ADVICE of the technical committee (technische commissie) of a Dutch owners' association (VvE) to "
        "its board on the concept multi-year maintenance plan (MJOP) 2028-2037; the seven recommendations are "
        "UNNUMBERED paragraphs with BOLD LEAD-INS ('Dak.', 'Galerijen.', 'Riolering.', 'Reservering.', "
        "'Verduurzaming.', 'Plan en schouw.', 'Informatie aan de leden.') under '3 Ons advies', numbered 1-7 here in "
        "reading order; starts_with begins after the lead-in. Traps: the law on the reserve fund and the "
        "association's rules paraphrased with 'moet', the committee's 2022 advice quoted as an imperative ('Laat de "
        "houten kozijnen aan de zuidgevel om de zes jaar schilderen', carried out), a ruled findings table per "
        "building part, 'Wij adviseren niet om de lift nu al te vervangen', a closing paragraph asking not to "
        "postpone the roof and the galleries. Response: the BOARD's note for the general meeting that QUOTES the "
        "opening of each recommendation in italics and answers below it, in the order 7, 2, 1, 4, lift, 3, 5: 7 "
        "agrees (a one-page summary enclosed), 2 agrees (concrete survey of both blocks ordered), 1 partly (roof "
        "brought forward to 2029, not 2028; insulation included), 4 disagrees ('Dit advies neemt het bestuur niet "
        "over', reserve stays 1.500 euro), the quoted 'we do not advise replacing the lift' sentence is answered "
        "(unmatched), 3 agrees ('Overgenomen', sewer inspection in spring 2028), 5 noted (passed to the "
        "sustainability working group, no decision now). 6 (yearly update of the plan) is never answered. The "
        "introduction and the closing (documents for inspection, meeting of 24 May) answer nothing.")
    print("written", NAME)
