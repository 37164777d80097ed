"""Round 35 (nl, toezichthouder): an (invented) Staatstoezicht op de Mijnen (SodM) SIGNAALRAPPORT on well integrity in
geothermal projects, answered by an internal BESLISNOTA (decision note, as published under the Woo) from the
directie Warmte en Ondergrond to the minister of Klimaat en Groene Groei. Advice: A4, Rijksoverheid-like
letterhead, running header and 'Pagina N van M', a 'Kern' box with the recommendations as unnumbered short bullets (a
trap), a table of well incidents per year, findings with 'moet' and Mijnbouwwet / Mijnbouwbesluit articles, an
earlier SodM recommendation of 2020 quoted, and the six recommendations in two shaded boxes, lettered a-c (to the
minister) and d-f (d to the operators, e-f to the minister) at the ends of chapters 3 and 4. Response: a beslisnota
(Aan/Van/Datum/Kenmerk table, 'Beslispunten', 'Aanleiding', 'Kern', table 'Aanbeveling | Voorgestelde reactie |
Toelichting' in the order 'a en e' (one row, two verdicts), c, b, f; d (to the operators) has no row; 'Financiele
gevolgen' and 'Communicatie' answer nothing. Engine: reportlab (Liberation, no shaping, so no ligatures).

Run: /tmp/blind35nl/bin/python tests/docs/src/blind35/gen_nl_sodm_reportlab.py"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, os.path.dirname(__file__))
import _b35nl as B  # noqa: E402

NAME = "blind35_nl_sodm"
LIB = "/usr/share/fonts/truetype/liberation/"
for n, f in (("LA", "LiberationSans-Regular"), ("LAB", "LiberationSans-Bold"), ("LAI", "LiberationSans-Italic"),
             ("LABI", "LiberationSans-BoldItalic")):
    pdfmetrics.registerFont(TTFont(n, LIB + f + ".ttf"))
pdfmetrics.registerFontFamily("LA", normal="LA", bold="LAB", italic="LAI", boldItalic="LABI")

BLUE = colors.HexColor("#154273")
PALE = colors.HexColor("#e6eef7")
GR = colors.HexColor("#555555")

S = dict(
    body=ParagraphStyle("b", fontName="LA", fontSize=9.2, leading=13, spaceAfter=5),
    h1=ParagraphStyle("h1", fontName="LAB", fontSize=15, leading=19, textColor=BLUE, spaceAfter=6),
    h2=ParagraphStyle("h2", fontName="LAB", fontSize=10.8, leading=14, textColor=BLUE, spaceBefore=9, spaceAfter=4,
                      keepWithNext=1),
    box=ParagraphStyle("box", fontName="LA", fontSize=9.2, leading=12.6, spaceAfter=3),
    boxh=ParagraphStyle("boxh", fontName="LAB", fontSize=9.6, leading=13, textColor=BLUE, spaceAfter=4),
    item=ParagraphStyle("it", fontName="LA", fontSize=9.2, leading=12.6, leftIndent=14, firstLineIndent=-14,
                        spaceAfter=4),
    bul=ParagraphStyle("bu", fontName="LA", fontSize=9.2, leading=12.6, leftIndent=10, firstLineIndent=-10,
                       spaceAfter=2),
    q=ParagraphStyle("q", fontName="LAI", fontSize=8.8, leading=12, leftIndent=16, rightIndent=16, spaceAfter=5),
    cell=ParagraphStyle("c", fontName="LA", fontSize=8.4, leading=10.8),
    cellb=ParagraphStyle("cb", fontName="LAB", fontSize=8.4, leading=10.8),
    cellw=ParagraphStyle("cw", fontName="LAB", fontSize=8.4, leading=10.8, textColor=colors.white),
    small=ParagraphStyle("s", fontName="LA", fontSize=7.6, leading=10, textColor=GR),
)


def P(t, st="body"):
    return Paragraph(t, S[st])


def pages_fn(head, footer, first_logo):
    def fn(c, doc):
        c.saveState()
        w, h = A4
        if doc.page == 1:
            c.setFillColor(BLUE)
            c.rect(w / 2 - 5 * mm, h - 30 * mm, 10 * mm, 20 * mm, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont("LA", 8.5)
            for i, ln in enumerate(first_logo):
                c.drawString(w / 2 + 8 * mm, h - 17 * mm - i * 10, ln)
        else:
            c.setFont("LA", 7.5)
            c.setFillColor(GR)
            c.drawString(22 * mm, h - 14 * mm, head)
            c.setStrokeColor(BLUE)
            c.setLineWidth(0.4)
            c.line(22 * mm, h - 16 * mm, w - 22 * mm, h - 16 * mm)
        c.setFont("LA", 7.5)
        c.setFillColor(GR)
        c.drawString(22 * mm, 12 * mm, footer)
        c.drawRightString(w - 22 * mm, 12 * mm, f"Pagina {doc.page} van {doc._b35_total}")
        c.restoreState()
    return fn


def build(fname, story, head, footer, logo, top=22):
    for total_pass in (0, 1):
        doc = SimpleDocTemplate(B.out(fname), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                                topMargin=top * mm, bottomMargin=20 * mm, title=head, author="")
        doc._b35_total = getattr(build, "_n", 0) or "?"
        fn = pages_fn(head, footer, logo)
        doc.build(list(story), onFirstPage=fn, onLaterPages=fn)
        build._n = doc.page
    build._n = 0


def box(title, items):
    inner = [P(title, "boxh")] + [P(f"<b>{lab}</b>&nbsp;&nbsp;{t}".replace("&nbsp;&nbsp;", "\t").replace(
        "\t", "  "), "item") for lab, t in items]
    t = Table([[inner]], colWidths=[166 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE), ("LINEBEFORE", (0, 0), (0, -1), 2.5, BLUE),
                           ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return KeepTogether([Spacer(1, 2 * mm), t, Spacer(1, 3 * mm)])


def advice():
    st = [Spacer(1, 22 * mm), P("Signaalrapport", "small"),
          P("Putintegriteit bij aardwarmteprojecten", "h1"),
          P("Staatstoezicht op de Mijnen | Den Haag, 3 maart 2026 | Kenmerk SodM/26012345", "small"),
          Spacer(1, 4 * mm)]
    kern = Table([[[P("<b>Kern</b>", "boxh"),
                    P("Bij 9 van de 31 onderzochte aardwarmteputten heeft SodM tekortkomingen in de cementatie of de "
                      "verbuizing vastgesteld. Er is geen acuut gevaar, maar de risico's voor het grondwater nemen toe "
                      "naarmate putten ouder worden. SodM vraagt in dit rapport om:", "box"),
                    P("\u2022 strengere controle voordat een put in gebruik gaat;", "bul"),
                    P("\u2022 een realistische financiële zekerheid voor het afsluiten van putten;", "bul"),
                    P("\u2022 meer openheid over incidenten;", "bul"),
                    P("\u2022 een onderzoek naar oudere putten door de operators;", "bul"),
                    P("\u2022 een sneller en steviger handhavingsinstrumentarium;", "bul"),
                    P("\u2022 betere bescherming van drinkwaterwinningen.", "bul")]]], colWidths=[166 * mm])
    kern.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, BLUE), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                              ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    st += [kern, Spacer(1, 4 * mm)]
    st += [P("1. Aanleiding", "h2"),
           P("Nederland telt inmiddels 54 aardwarmteputten in productie of in aanleg. Aardwarmte moet een belangrijke "
             "bijdrage leveren aan de verduurzaming van de warmtevoorziening. Tegelijk gaan de putten door "
             "watervoerende lagen die worden gebruikt voor de drinkwatervoorziening. SodM houdt toezicht op de veilige "
             "winning op grond van de Mijnbouwwet en heeft in 2025 een themaonderzoek uitgevoerd naar de integriteit "
             "van de putten."),
           P("SodM deed eerder, in het rapport <i>Staat van de sector aardwarmte</i> (2020), de volgende "
             "aanbeveling:"),
           P("Operators moeten de putintegriteit periodiek aantonen met metingen, en niet alleen met berekeningen.",
             "q"),
           P("Die aanbeveling is door de sector overgenomen in het Protocol Putintegriteit 2022. Dit rapport gaat "
             "na of het protocol werkt."),
           P("2. Bevindingen", "h2"),
           P("SodM heeft bij elf operators de dossiers van 31 putten beoordeeld en op vijf locaties metingen laten "
             "uitvoeren. Tabel 1 geeft het aantal gemelde incidenten."),
           ]
    rows = [["Jaar", "Putten in gebruik", "Gemelde incidenten", "Waarvan lekkage verbuizing", "Waarvan cementatie"],
            ["2021", "38", "4", "1", "2"], ["2022", "42", "6", "2", "3"], ["2023", "46", "5", "1", "3"],
            ["2024", "50", "9", "3", "4"], ["2025", "54", "11", "4", "5"]]
    t = Table([[Paragraph(c, S["cellw"] if i == 0 else S["cell"]) for c in r] for i, r in enumerate(rows)],
              colWidths=[20 * mm, 34 * mm, 36 * mm, 40 * mm, 36 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), BLUE), ("LINEBELOW", (0, 1), (-1, -1), 0.4, GR),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [t, P("Tabel 1. Gemelde incidenten met putintegriteit, 2021-2025 (bron: meldingen aan SodM op grond van "
                "artikel 8.4 Mijnbouwbesluit).", "small"), Spacer(1, 3 * mm),
           P("Bij negen putten ontbrak een meting van de cementatie (een zogeheten bondlog) of gaf die meting een "
             "slechte hechting aan. Volgens artikel 8.3 van de Mijnbouwregeling moet de operator de integriteit van "
             "de put aantonen, maar de regeling schrijft niet voor hoe. Operators kozen in die gevallen voor een "
             "berekening. Dat is volgens SodM onvoldoende."),
           P("De financiële zekerheid die operators stellen voor het afsluiten en verwijderen van putten is "
             "gebaseerd op een raming uit 2017 van 1,2 miljoen euro per put. Uit recente afsluitingen blijkt dat "
             "de werkelijke kosten rond 4 miljoen euro liggen."),
           P("3. Regelgeving en financiële zekerheid", "h2"),
           P("SodM constateert dat de regels op hoofdlijnen toereikend zijn, maar op twee punten tekortschieten: de "
             "wijze waarop de integriteit wordt aangetoond, en de hoogte van de zekerheidstelling. Daarnaast is "
             "kennis over incidenten versnipperd; operators delen die niet systematisch met elkaar."),
           box("Aanbevelingen aan de minister van Klimaat en Groene Groei", [
               ("a.", "Neem in de Mijnbouwregeling een verplichting op om de cementatie van elke aardwarmteput met een "
                      "bondlog te controleren voordat de put in gebruik wordt genomen."),
               ("b.", "Verhoog de verplichte financiële zekerheid voor het afsluiten van putten naar het werkelijke "
                      "kostenniveau van circa 4 miljoen euro per put."),
               ("c.", "Zorg ervoor dat er uiterlijk in 2027 een openbare database van incidenten met putintegriteit "
                      "is, beheerd door een onafhankelijke partij.")]),
           P("4. Toezicht en omgeving", "h2"),
           P("Wanneer SodM een overtreding vaststelt, is de last onder dwangsom het eerste instrument. Een "
             "bestuurlijke boete kan op grond van artikel 134 van de Mijnbouwwet pas worden opgelegd als een "
             "overtreding opnieuw wordt begaan. Bij drie operators zag SodM dezelfde overtreding na een last "
             "terugkomen. Daarnaast liggen vier putten binnen een grondwaterbeschermingsgebied; de betrokken "
             "drinkwaterbedrijven werden pas na de vergunningverlening geïnformeerd."),
           box("Aanbevelingen aan de operators en aan de minister", [
               ("d.", "Operators: voer binnen een jaar een integriteitsanalyse uit van alle putten die ouder zijn dan "
                      "tien jaar, met metingen ter plaatse."),
               ("e.", "Minister: maak het mogelijk dat SodM bij herhaalde overtredingen direct een bestuurlijke boete "
                      "oplegt, zonder voorafgaande last onder dwangsom."),
               ("f.", "Minister: betrek drinkwaterbedrijven en gemeenten verplicht bij de vergunningverlening als een "
                      "put binnen een grondwaterbeschermingsgebied ligt.")]),
           P("5. Vervolg", "h2"),
           P("SodM zal in 2027 nagaan wat met deze aanbevelingen is gedaan. SodM heeft het rapport voor "
             "wederhoor voorgelegd aan de Vereniging Geothermie Nederland; haar reactie is in bijlage 2 opgenomen "
             "(niet in deze uitgave)."),
           P("Staatstoezicht op de Mijnen<br/>ir. R.P. (Ruud) Verbeek, Inspecteur-generaal der Mijnen", "body")]
    build(NAME + "_advice.pdf", st, "Staatstoezicht op de Mijnen | Signaalrapport putintegriteit aardwarmte",
          "SodM | Henri Faasdreef 312, Den Haag | www.sodm.nl",
          ["Staatstoezicht op de Mijnen", "Ministerie van Klimaat en", "Groene Groei"], top=24)


def response():
    meta = [["Aan", "Minister van Klimaat en Groene Groei"],
            ["Van", "DG Klimaat en Energie, directie Warmte en Ondergrond"],
            ["Datum", "28 april 2026"], ["Kenmerk", "DGKE-WO / 26118734"],
            ["Onderwerp", "Reactie op het signaalrapport putintegriteit aardwarmte van SodM"],
            ["Deadline", "8 mei 2026 (commissiedebat Mijnbouw op 20 mei)"]]
    mt = Table([[Paragraph(a, S["cellb"]), Paragraph(b, S["cell"])] for a, b in meta],
               colWidths=[28 * mm, 138 * mm])
    mt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, GR), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st = [Spacer(1, 16 * mm), P("<b>nota</b>", "h1"), mt, Spacer(1, 3 * mm),
          P("1. Beslispunten", "h2"),
          P("1. Kennisnemen van het signaalrapport <i>Putintegriteit bij aardwarmteprojecten</i> van SodM en van de "
            "voorgestelde reactie per aanbeveling (onder 4)."),
          P("2. Instemmen met bijgaande Kamerbrief waarmee u het rapport en uw reactie aan de Tweede Kamer "
            "aanbiedt."),
          P("2. Aanleiding", "h2"),
          P("SodM heeft op 3 maart 2026 het signaalrapport aan u aangeboden. De Kamer heeft tijdens de regeling van "
            "werkzaamheden om een reactie gevraagd vóór het commissiedebat Mijnbouw van 20 mei."),
          P("3. Kern", "h2"),
          P("Wij stellen voor het rapport serieus te nemen en de meeste aanbevelingen over te nemen, maar niet in "
            "te gaan op het voorstel om de handhaving te wijzigen. De sector (Vereniging Geothermie Nederland) "
            "steunt de lijn van deze nota."),
          P("4. Voorgestelde reactie per aanbeveling", "h2")]
    rows = [("Aanbeveling", "Voorgestelde reactie", "Toelichting"),
            ("a en e (bondlog; directe boete)",
             "a: overnemen.<br/>e: niet overnemen.",
             "a: De verplichting kan per 1 januari 2027 in de Mijnbouwregeling worden opgenomen; de sector is "
             "akkoord. e: Het voorstel wijkt af van de Algemene wet bestuursrecht en van de handhavingsstrategie "
             "van SodM zelf. JenV ziet geen grond voor een uitzondering. De last onder dwangsom blijft de eerste "
             "stap; wel kan SodM de hoogte van de dwangsom verhogen."),
            ("c (database incidenten)", "Overnemen.",
             "TNO beheert vanaf 2027 de database binnen het Kennisprogramma Aardwarmte. Meldingen worden "
             "geanonimiseerd openbaar."),
            ("b (financiële zekerheid)", "Gedeeltelijk overnemen.",
             "Verhogen naar 2,5 miljoen euro per put in plaats van 4 miljoen, gefaseerd over drie jaar. Een "
             "verhoging in één keer tot 4 miljoen brengt lopende projecten in de problemen."),
            ("f (drinkwater)", "Kennisnemen; geen wijziging regelgeving.",
             "Onder de Omgevingswet hebben provincies al een adviesrecht. Wij brengen de aanbeveling onder de "
             "aandacht van het IPO en de Vewin en bezien in 2027 of dit volstaat."),
            ]
    t = Table([[Paragraph(c, S["cellw"] if i == 0 else (S["cellb"] if j == 0 else S["cell"]))
                for j, c in enumerate(r)] for i, r in enumerate(rows)], colWidths=[34 * mm, 36 * mm, 96 * mm],
              repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), BLUE), ("GRID", (0, 0), (-1, -1), 0.4, GR),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [t, Spacer(1, 3 * mm),
           P("5. Financiële gevolgen", "h2"),
           P("De database en de aanpassing van de regeling worden gedekt uit het budget van het Kennisprogramma "
             "Aardwarmte (0,8 miljoen euro in 2027). Er zijn geen gevolgen voor de begroting van KGG."),
           P("6. Communicatie", "h2"),
           P("Na uw akkoord wordt de Kamerbrief op 12 mei verzonden. SodM en de Vereniging Geothermie Nederland "
             "worden een dag vooraf geïnformeerd; er volgt geen persbericht."),
           P("7. Bijlagen", "h2"),
           P("1. Concept-Kamerbrief<br/>2. Signaalrapport SodM (3 maart 2026)")]
    build(NAME + "_response.pdf", st, "Nota DGKE-WO / 26118734", "Ministerie van Klimaat en Groene Groei",
          ["Ministerie van Klimaat en", "Groene Groei"])


RECS = [
    ("a", "Neem in de Mijnbouwregeling een verplichting op om de cementatie",
     "De verplichting kan per 1 januari 2027 in de Mijnbouwregeling", "agrees"),
    ("b", "Verhoog de verplichte financiële zekerheid voor het afsluiten van putten",
     "Verhogen naar 2,5 miljoen euro per put in plaats van", "partly"),
    ("c", "Zorg ervoor dat er uiterlijk in 2027 een openbare database",
     "TNO beheert vanaf 2027 de database binnen het Kennisprogramma", "agrees"),
    ("d", "Operators: voer binnen een jaar een integriteitsanalyse uit van alle putten", None, "unanswered"),
    ("e", "Minister: maak het mogelijk dat SodM bij herhaalde overtredingen direct",
     "JenV ziet geen grond voor een uitzondering", "disagrees"),
    ("f", "Minister: betrek drinkwaterbedrijven en gemeenten verplicht bij de vergunningverlening",
     "Wij brengen de aanbeveling onder de aandacht van het IPO", "noted", ["disagrees"]),
]
UNMATCHED = [
    "Er zijn geen gevolgen voor de begroting van KGG",
    "er volgt geen persbericht",
]
NOTES = ("Round 35 (nl). Advice: an invented SodM signaalrapport (reportlab, sans, running header and 'Pagina N van "
         "M'). The recommendations are lettered a.-f. in two shaded boxes at the ends of chapters 3 and 4; d is "
         "addressed to the operators ('Operators: ...'), e and f carry the prefix 'Minister:'. Traps: a 'Kern' box "
         "with six unnumbered bullets paraphrasing them, the quoted 2020 recommendation ('Operators moeten ... "
         "aantonen'), findings with 'moet', Mijnbouwwet art. 134 and Mijnbouwbesluit art. 8.4, an incident table. "
         "Response: a beslisnota (decision note) to the minister with numbered beslispunten 1.-2. (not replies) and "
         "a table 'Aanbeveling | Voorgestelde reactie | Toelichting' in the order 'a en e' (ONE row: a 'overnemen' "
         "per 1 January 2027: agrees; e 'niet overnemen', JenV sees no ground: disagrees), c (TNO database: agrees), "
         "b (2.5 instead of 4 million, phased: partly), f ('Kennisnemen; geen wijziging regelgeving', brought to the "
         "attention of IPO/Vewin: noted, arguably disagrees). d (operators' analysis) has no row. 'Financiële "
         "gevolgen' and 'Communicatie' answer nothing.")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)
