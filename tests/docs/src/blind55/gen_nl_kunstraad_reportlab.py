"""Round 55 (nl): an (invented) KADERADVIES of the municipal KUNSTRAAD of the city of Lindenhaven on the frame for
the Cultuurplan 2029-2032 ('Ruimte maken, ruimte laten'): purple cover block, the college's three numbered
adviesvragen, a table of subsidy figures per discipline, a bulleted 'Wat we hoorden' with makers' quotes ('De
gemeente moet ...'), the subsidy regulation's 25 percent own-income rule ('moet'), the Kunstraad's 2023 advice
quoted as an imperative (already adopted), then 'Onze adviezen' with seven recommendations set as LARGE NUMERALS
'01'-'07' in a left-hand column (a borderless table), the bold imperative beside the numeral and an explanation
below it. Answered by an EXTRACT of the college's CULTUURNOTA 2029-2032 ('Stad van makers', pages 22-23): the end
of section 5.3 on cultural education, chapter 6 'Wat wij doen met het advies van de Kunstraad' with themed
sub-sections in another order (03 and 02, 01 and 04 in one paragraph with different verdicts, 07, 05), 06 not
answered, and chapter 7 'Financieel kader' with a budget table. Engine: reportlab (platypus, DejaVu; page numbers
of the extract start at 22). Answer key: README-nl.md.

Run: /tmp/blind55nl/bin/python tests/docs/src/blind55/gen_nl_kunstraad_reportlab.py"""
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
import _b55nl as B  # noqa: E402

NAME = "blind55_nl_kunstraad"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf"), ("SE", "DejaVuSerif.ttf"), ("SEB", "DejaVuSerif-Bold.ttf"),
              ("SEI", "DejaVuSerif-Italic.ttf"), ("SEBI", "DejaVuSerif-BoldItalic.ttf"),
              ("DSC", "DejaVuSansCondensed-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")
pdfmetrics.registerFontFamily("SE", normal="SE", bold="SEB", italic="SEI", boldItalic="SEBI")

PURPLE = colors.HexColor("#5b2a86")
LPURPLE = colors.HexColor("#f1eaf7")
ORANGE = colors.HexColor("#c4571b")
GREY = colors.HexColor("#555555")


def st(size=9, lead=13, fam="DS", **kw):
    return ParagraphStyle(fam + str(size) + str(lead) + str(sorted(kw.items())), fontName=fam, fontSize=size,
                          leading=lead, **kw)


S = {
    "b": st(9.2, 13.6, spaceAfter=5),
    "h2": st(11.5, 15, "DSB", textColor=PURPLE, spaceBefore=9, spaceAfter=3),
    "num": st(26, 28, "DSC", textColor=PURPLE),
    "rec": st(9.6, 13.6, "DSB", spaceAfter=2),
    "ex": st(8.8, 12.6, textColor=GREY),
    "q": st(8.8, 12.6, "DSI", textColor=GREY, leftIndent=10 * mm, rightIndent=10 * mm, spaceAfter=5),
    "bl": st(8.9, 12.8, leftIndent=5 * mm, bulletIndent=0, spaceAfter=2),
    "c": st(8, 10.6), "cb": st(8, 10.6, "DSB"), "w": st(8, 10.6, "DSB", textColor=colors.white),
    # response: serif body, orange sans headings
    "rb": st(9.5, 14, "SE", spaceAfter=5, alignment=4),
    "rh1": st(14, 18, "DSB", textColor=ORANGE, spaceBefore=10, spaceAfter=5),
    "rh2": st(10.5, 14, "DSB", textColor=ORANGE, spaceBefore=8, spaceAfter=2.5),
    "rc": st(8.2, 11), "rcb": st(8.2, 11, "DSB"),
}


def p(t, s="b", **kw):
    return Paragraph(t, S[s], **kw)


def adv_deco(c, doc):
    c.saveState()
    W, H = A4
    if doc.page > 1:
        c.setFont("DS", 7.2)
        c.setFillColor(PURPLE)
        c.drawString(22 * mm, H - 14 * mm, "Kunstraad Lindenhaven")
        c.setFillColor(GREY)
        c.drawRightString(W - 22 * mm, H - 14 * mm, "Kaderadvies Cultuurplan 2029-2032")
    c.setFont("DS", 7.2)
    c.setFillColor(GREY)
    c.drawRightString(W - 22 * mm, 12 * mm, str(doc.page))
    c.restoreState()


def advice():
    cover = Table([[Paragraph("<font color='white'>KUNSTRAAD LINDENHAVEN</font>", st(8.5, 11, "DSB"))],
                   [Paragraph("<font color='white'>Kaderadvies Cultuurplan 2029-2032</font>", st(10, 14, "DS"))],
                   [Paragraph("<font color='white'>Ruimte maken, ruimte laten</font>", st(21, 25, "DSB"))],
                   [Paragraph("<font color='white'>Aan het college van burgemeester en wethouders van Lindenhaven"
                              "  |  22 november 2027  |  KR 2027-09</font>", st(8, 11, "DS"))]],
                  colWidths=[166 * mm])
    cover.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PURPLE), ("LEFTPADDING", (0, 0), (-1, -1), 6 * mm),
                               ("TOPPADDING", (0, 0), (0, 0), 6 * mm), ("BOTTOMPADDING", (0, -1), (0, -1), 6 * mm)]))
    fig = [[p("Discipline", "w"), p("2025", "w"), p("2026", "w"), p("2027", "w"), p("2028", "w")],
           [p("Podiumkunsten", "c"), p("4,12 mln", "c"), p("4,18 mln", "c"), p("4,21 mln", "c"), p("4,24 mln", "c")],
           [p("Beeldende kunst", "c"), p("1,36 mln", "c"), p("1,38 mln", "c"), p("1,40 mln", "c"), p("1,40 mln", "c")],
           [p("Muziek", "c"), p("2,05 mln", "c"), p("2,07 mln", "c"), p("2,07 mln", "c"), p("2,09 mln", "c")],
           [p("Letteren en debat", "c"), p("0,58 mln", "c"), p("0,58 mln", "c"), p("0,59 mln", "c"),
            p("0,59 mln", "c")],
           [p("<b>Totaal</b>", "c"), p("<b>8,11 mln</b>", "c"), p("<b>8,21 mln</b>", "c"), p("<b>8,27 mln</b>", "c"),
            p("<b>8,32 mln</b>", "c")]]
    ft = Table(fig, colWidths=[50 * mm, 29 * mm, 29 * mm, 29 * mm, 29 * mm])
    ft.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), PURPLE), ("LINEBELOW", (0, 1), (-1, -1), 0.4, GREY),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    recs = [
        ("01", "Indexeer de meerjarige subsidies elk jaar volledig voor de stijging van lonen en prijzen.",
         "Sinds 2023 is alleen een vaste prijsindex van 1,5 procent toegepast. De cao-lonen in de sector stegen in "
         "dezelfde periode met 14 procent. Instellingen vangen het verschil op door minder te programmeren."),
        ("02", "Reserveer binnen het cultuurplan ten minste tien procent van het budget voor nieuwe aanvragers.",
         "In het huidige plan ging 96 procent van het geld naar instellingen die al vóór 2017 subsidie kregen."),
        ("03", "Laat de aanvragen beoordelen door een onafhankelijke commissie van deskundigen van buiten de stad.",
         "De Kunstraad adviseert nu zelf over de aanvragen, terwijl enkele leden ook bij aanvragers betrokken "
         "zijn. Dat schaadt het vertrouwen in de beoordeling, hoe zorgvuldig de raad ook met belangen omgaat."),
        ("04", "Schaf de eigeninkomstennorm van 25 procent af voor instellingen met minder dan 100.000 euro "
               "subsidie per jaar.",
         "Voor kleine instellingen, vaak in de wijken, is de norm onhaalbaar: zij hebben geen zaal en geen "
         "kaartverkoop."),
        ("05", "Breng de ateliers en oefenruimtes onder in een eigen vastgoedfonds met een vaste, betaalbare huur.",
         "Zeven van de negen broedplaatsen hebben een tijdelijk contract dat vóór 2031 afloopt."),
        ("06", "Maak betaling volgens de Fair Practice Code vanaf 2029 een voorwaarde voor elke meerjarige subsidie.",
         "Uit onze enquête blijkt dat makers bij gesubsidieerde instellingen gemiddeld 72 procent van de richtlijn "
         "ontvangen."),
        ("07", "Laat jongeren en bewoners van Zuidwijk en de Havenbuurt mee beslissen over het cultuuraanbod in hun "
               "wijk.",
         "In deze wijken bereikt het huidige aanbod minder dan een op de tien inwoners."),
    ]
    rows = []
    for n, rec, ex in recs:
        rows.append([p(n, "num"), [p(rec, "rec"), p(ex, "ex")]])
    rt = Table(rows, colWidths=[20 * mm, 146 * mm])
    rt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, -1), 0),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm), ("TOPPADDING", (0, 0), (-1, -1), 0),
                            ("LINEABOVE", (0, 0), (-1, 0), 1.2, PURPLE)]))
    s = [cover, Spacer(1, 6 * mm),
         p("1. Aanleiding", "h2"),
         p("Het college heeft de Kunstraad op 4 juli 2027 gevraagd om een kaderadvies voor het Cultuurplan "
           "2029-2032. Het college legde ons drie vragen voor:"),
         p("1. Welke ontwikkelingen in de culturele sector vragen om een andere opzet van het cultuurplan?", "bl"),
         p("2. Hoe kan het plan ruimte bieden aan nieuwe makers zonder de basis te verzwakken?", "bl"),
         p("3. Hoe bereikt het cultuuraanbod meer inwoners in alle wijken van de stad?", "bl"),
         Spacer(1, 2 * mm),
         p("Voor dit advies spraken wij in het najaar met 64 makers en vertegenwoordigers van instellingen, in "
           "drie open bijeenkomsten en in gesprekken op locatie. Ook hielden wij een enquête onder 212 makers."),
         p("2. De stand van het cultuurplan", "h2"),
         p("Het huidige Cultuurplan 2025-2028 verdeelt jaarlijks ruim 8 miljoen euro over 41 instellingen. De "
           "bedragen per discipline zijn de afgelopen jaren nauwelijks veranderd:"),
         ft, Spacer(1, 1.5 * mm),
         p("Bron: gemeente Lindenhaven, subsidieregister 2025-2028; 2028 begroot.", "ex"), Spacer(1, 3 * mm),
         p("Volgens artikel 7 van de Subsidieverordening Cultuur Lindenhaven 2024 moet een instelling met een "
           "meerjarige subsidie ten minste 25 procent van haar inkomsten zelf verwerven. Het college kan daarvan "
           "alleen in bijzondere gevallen afwijken."),
         p("3. Wat we hoorden", "h2"),
         p("In de gesprekken kwamen steeds dezelfde punten terug. Enkele uitspraken:"),
         p("'De gemeente moet ophouden met alleen de grote huizen te bedienen.' (maker, Havenbuurt)", "bl",
           bulletText="\u2022"),
         p("'Wij draaien op vrijwilligers; een kwart eigen inkomsten halen wij nooit.' (buurtpodium Zuidwijk)", "bl",
           bulletText="\u2022"),
         p("'Elke vier jaar zoeken we opnieuw een atelier.' (beeldend kunstenaar)", "bl", bulletText="\u2022"),
         Spacer(1, 2 * mm),
         p("In ons advies over het vorige cultuurplan schreven wij in 2023:"),
         p("'Maak een meerjarige regeling voor talentontwikkeling, los van de instellingen.'", "q"),
         p("Het college heeft dat advies overgenomen: sinds 2025 bestaat het Talentfonds Lindenhaven. Wij zien dat "
           "het fonds werkt, maar dat makers na hun talentperiode geen plek vinden in het cultuurplan."),
         p("4. Onze adviezen", "h2"),
         p("Op grond van het voorgaande geeft de Kunstraad het college de volgende zeven adviezen mee voor het "
           "Cultuurplan 2029-2032."),
         rt,
         p("5. Tot slot", "h2"),
         p("De Kunstraad gaat graag met het college in gesprek over de uitwerking. Wij vragen het college in de "
           "cultuurnota aan te geven wat het met elk van deze adviezen doet."),
         Spacer(1, 4 * mm),
         p("Namens de Kunstraad Lindenhaven,<br/>drs. S. (Saskia) Oudewater, voorzitter<br/>"
           "M. El Idrissi, secretaris")]
    doc = SimpleDocTemplate(B.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm, title="", author="")
    doc.build(s, onFirstPage=adv_deco, onLaterPages=adv_deco)


FIRST = 22


def res_deco(c, doc):
    c.saveState()
    W, H = A4
    c.setFont("DS", 7.2)
    c.setFillColor(ORANGE)
    c.drawString(24 * mm, H - 14 * mm, "Cultuurnota 2029-2032")
    c.setFillColor(GREY)
    c.drawRightString(W - 24 * mm, H - 14 * mm, "Stad van makers")
    c.setStrokeColor(ORANGE)
    c.setLineWidth(0.5)
    c.line(24 * mm, H - 16 * mm, W - 24 * mm, H - 16 * mm)
    c.setFont("DSB", 8.5)
    c.setFillColor(ORANGE)
    n = FIRST + doc.page - 1
    if n % 2:
        c.drawRightString(W - 24 * mm, 12 * mm, str(n))
    else:
        c.drawString(24 * mm, 12 * mm, str(n))
    c.restoreState()


def response():
    bud = [[p("Budget cultuurplan (x 1.000 euro)", "rcb"), p("2029", "rcb"), p("2030", "rcb"), p("2031", "rcb"),
            p("2032", "rcb")],
           [p("Meerjarige instellingen", "rc"), p("7.540", "rc"), p("7.620", "rc"), p("7.700", "rc"),
            p("7.780", "rc")],
           [p("Nieuwe aanvragers", "rc"), p("1.030", "rc"), p("1.040", "rc"), p("1.050", "rc"), p("1.060", "rc")],
           [p("Wijkcultuur", "rc"), p("250", "rc"), p("250", "rc"), p("250", "rc"), p("250", "rc")],
           [p("Totaal", "rcb"), p("8.820", "rcb"), p("8.910", "rcb"), p("9.000", "rcb"), p("9.090", "rcb")]]
    bt = Table(bud, colWidths=[62 * mm, 25 * mm, 25 * mm, 25 * mm, 25 * mm])
    bt.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1, ORANGE), ("LINEBELOW", (0, 0), (-1, 0), 0.5, ORANGE),
                            ("LINEABOVE", (0, -1), (-1, -1), 0.5, ORANGE), ("LINEBELOW", (0, -1), (-1, -1), 1, ORANGE),
                            ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    s = [p("afspraken met de scholen lopen via de Cultuurkaart Lindenhaven, die elke leerling in het primair "
           "onderwijs vanaf schooljaar 2029-2030 een tegoed van 40 euro per jaar geeft. Scholen kiezen zelf bij "
           "welke instellingen zij dat besteden. De evaluatie van het programma Cultuureducatie met Kwaliteit volgt "
           "in 2030.", "rb"),
         p("6 Wat wij doen met het advies van de Kunstraad", "rh1"),
         p("De Kunstraad bracht in november 2027 zijn kaderadvies 'Ruimte maken, ruimte laten' uit. Wij zijn de "
           "raad erkentelijk voor het advies en voor de vele gesprekken die de leden met makers in de stad hebben "
           "gevoerd. Hieronder lichten wij per onderwerp toe hoe wij het advies in deze nota hebben verwerkt.", "rb"),
         p("6.1 Een open en onafhankelijke beoordeling", "rh2"),
         p("Wij nemen het advies over om de beoordeling van de aanvragen niet langer bij de Kunstraad te leggen. Voor "
           "het Cultuurplan 2029-2032 stellen wij een beoordelingscommissie in van vijf deskundigen die niet in "
           "Lindenhaven werken; de Kunstraad richt zich voortaan op beleidsadvies.", "rb"),
         p("Ook zien wij, met de Kunstraad, dat nieuwe makers moeilijk een plek vinden. Daarom gaat vanaf 2029 "
           "jaarlijks ruim een miljoen euro, twaalf procent van het budget, naar instellingen en collectieven "
           "die nog niet eerder meerjarige subsidie kregen.", "rb"),
         p("6.2 Financiële voorwaarden", "rh2"),
         p("De Kunstraad vraagt om volledige indexering en om een lichtere norm voor eigen inkomsten. Wij indexeren "
           "de subsidies voortaan elk jaar voor de loonkosten volgens de cao; voor de overige kosten blijft de vaste "
           "index van 1,5 procent gelden, omdat de gemeente zelf ook niet meer compensatie ontvangt. De norm van 25 "
           "procent eigen inkomsten handhaven wij voor alle instellingen: ook van kleine instellingen mag een "
           "eigen bijdrage worden verwacht, en de verordening biedt al ruimte voor maatwerk in bijzondere "
           "gevallen.", "rb"),
         p("6.3 Cultuur in de wijken", "rh2"),
         p("Bewoners zelf laten kiezen welk aanbod er in hun wijk komt, vinden wij een goed idee, maar wij willen "
           "eerst ervaring opdoen. In de Havenbuurt start in 2029 een proef met een wijkcultuurbudget van 250.000 "
           "euro, waarover een panel van bewoners en jongeren beslist. Na twee jaar besluiten wij of de aanpak naar "
           "andere wijken gaat.", "rb"),
         p("6.4 Ruimte om te maken", "rh2"),
         p("Het tekort aan betaalbare ateliers en oefenruimtes herkennen wij. Of een apart vastgoedfonds daarvoor "
           "het juiste middel is, hangt af van de gemeentelijke vastgoedstrategie die het college in 2029 aan de "
           "raad voorlegt. Wij betrekken het voorstel van de Kunstraad bij die strategie.", "rb"),
         p("7 Financieel kader", "rh1"),
         p("Het budget voor het cultuurplan stijgt van 8,32 miljoen euro in 2028 naar 8,82 miljoen euro in 2029. "
           "Daarnaast stijgt de bijdrage aan de Stadsschouwburg met 180.000 euro per jaar vanwege de hogere "
           "exploitatielasten na de renovatie; die bijdrage valt buiten het cultuurplan.", "rb"),
         KeepTogether([bt]), Spacer(1, 3 * mm),
         p("De verdeling over de instellingen maakt het college bekend na het advies van de "
           "beoordelingscommissie, uiterlijk in september 2028.", "rb")]
    doc = SimpleDocTemplate(B.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm,
                            topMargin=24 * mm, bottomMargin=22 * mm, title="", author="")
    doc.build(s, onFirstPage=res_deco, onLaterPages=res_deco)


def expected():
    B.write_expected(NAME, [
        ("01", "Indexeer de meerjarige subsidies elk jaar volledig voor de stijging",
         "voor de overige kosten blijft de vaste index van 1,5 procent gelden", "partly"),
        ("02", "Reserveer binnen het cultuurplan ten minste tien procent van het budget",
         "twaalf procent van het budget, naar instellingen en collectieven", "agrees"),
        ("03", "Laat de aanvragen beoordelen door een onafhankelijke commissie van deskundigen",
         "stellen wij een beoordelingscommissie in van vijf deskundigen", "agrees"),
        ("04", "Schaf de eigeninkomstennorm van 25 procent af voor instellingen met minder",
         "procent eigen inkomsten handhaven wij voor alle instellingen", "disagrees"),
        ("05", "Breng de ateliers en oefenruimtes onder in een eigen vastgoedfonds",
         "Wij betrekken het voorstel van de Kunstraad bij die strategie", "noted"),
        ("06", "Maak betaling volgens de Fair Practice Code vanaf 2029 een voorwaarde",
         None, "unanswered"),
        ("07", "Laat jongeren en bewoners van Zuidwijk en de Havenbuurt mee beslissen",
         "In de Havenbuurt start in 2029 een proef met een wijkcultuurbudget", "partly"),
    ], ["die elke leerling in het primair onderwijs vanaf schooljaar 2029-2030",
        "stijgt de bijdrage aan de Stadsschouwburg met 180.000 euro per jaar"],
        "Kunstraad Lindenhaven (invented municipal arts council) kaderadvies KR 2027-09 on the frame of the "
        "Cultuurplan 2029-2032. Seven recommendations in '4. Onze adviezen', set as LARGE NUMERALS '01'-'07' in a "
        "left-hand column of a borderless table, the bold imperative beside the numeral (the starts_with) and a grey "
        "explanation below it; numbers are '01'-'07'. Not recommendations: the college's three numbered "
        "adviesvragen 1.-3., the subsidy table per discipline, the makers' quotes ('De gemeente moet ...'), the 25 "
        "percent own-income rule of the subsidy regulation ('moet'), the Kunstraad's 2023 advice quoted as an "
        "imperative ('Maak een meerjarige regeling ...', already adopted) and the closing request to say in the "
        "cultuurnota what the college does with each advice. Response: extract of the college's Cultuurnota "
        "2029-2032 'Stad van makers', pages 22-23. Chapter 6 'Wat wij doen met het advies van de Kunstraad', "
        "sub-sections 6.1-6.4 by theme, without the advice's numbers: 6.1 answers 03 agrees (independent committee) and 02 agrees (twelve "
        "percent for new applicants) in two paragraphs; 6.2 one paragraph 01 partly (wages indexed, other costs "
        "keep the fixed 1.5 percent) + 04 disagrees (25 percent rule kept for all); 6.3 07 partly (a pilot in the "
        "Havenbuurt only); 6.4 05 noted (to be considered in the municipal real-estate strategy of 2029). 06 (Fair "
        "Practice Code) UNANSWERED. The tail of section 5.3 on cultural education (the page starts mid-sentence), "
        "the intro of chapter 6 and chapter 7 'Financieel kader' with its budget table answer nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()
