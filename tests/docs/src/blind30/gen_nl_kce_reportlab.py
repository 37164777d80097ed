"""Round 30 (nl, Belgian): a synthesis report of the (invented) KCE study 'Mondzorg voor bewoners van
woonzorgcentra' (Federaal Kenniscentrum voor de Gezondheidszorg style), with a shaded 'Kernboodschappen' sidebar on
page 1, findings, a cost table that runs over a page break, a 'goede praktijk' box, an earlier Hoge Gezondheidsraad
recommendation quoted in the text, and seven recommendations 'Aanbeveling 1' .. '7' grouped per addressee (minister,
RIZIV, Gemeenschappen, beroepsverenigingen), followed by an 'Onderzoeksagenda' with bullets that are no
recommendations. Response: an extract of the Integraal Verslag (CRIV) of the Kamercommissie Gezondheid, two columns,
page numbers starting at 13: a joint question of two MPs (one about the recommendations, one about the number of
dentists), the minister's prose answer going through the recommendations in the order 3, 1, 2, 4, 5+6 (7 never
answered), an answer to the second MP's question, two replicas, 'Het incident is gesloten.' and an unrelated next
question with its answer. Engine: reportlab (Liberation fonts; no shaping, so no ligatures)."""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether, NextPageTemplate, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

sys.path.insert(0, os.path.dirname(__file__))
import _b30nl as B  # noqa: E402

NAME = "blind30_nl_kce"
LIB = "/usr/share/fonts/truetype/liberation/"
for n, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
             ("LSI", "LiberationSans-Italic.ttf"), ("LSBI", "LiberationSans-BoldItalic.ttf"),
             ("LR", "LiberationSerif-Regular.ttf"), ("LRB", "LiberationSerif-Bold.ttf"),
             ("LRI", "LiberationSerif-Italic.ttf"), ("LRBI", "LiberationSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(n, LIB + f))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")
pdfmetrics.registerFontFamily("LR", normal="LR", bold="LRB", italic="LRI", boldItalic="LRBI")

TEAL = colors.HexColor("#006d77")
SHADE = colors.HexColor("#e0f0f1")
GREY = colors.HexColor("#555555")

body = ParagraphStyle("b", fontName="LS", fontSize=9.6, leading=13.4, spaceAfter=6)
h1 = ParagraphStyle("h1", fontName="LSB", fontSize=17, leading=21, textColor=TEAL, spaceAfter=4)
sub = ParagraphStyle("sub", fontName="LS", fontSize=10, leading=13, textColor=GREY, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName="LSB", fontSize=12, leading=15, textColor=TEAL, spaceBefore=9, spaceAfter=5)
h3 = ParagraphStyle("h3", fontName="LSB", fontSize=10, leading=13, spaceBefore=6, spaceAfter=3)
addr = ParagraphStyle("ad", fontName="LSBI", fontSize=9.6, leading=13, textColor=TEAL, spaceBefore=7, spaceAfter=4)
side_h = ParagraphStyle("sh", fontName="LSB", fontSize=9.5, leading=12, textColor=TEAL, spaceAfter=6)
side = ParagraphStyle("sd", fontName="LS", fontSize=8.4, leading=11, spaceAfter=5, leftIndent=8, bulletIndent=0)
small = ParagraphStyle("sm", fontName="LS", fontSize=7.8, leading=10)
cell = ParagraphStyle("c", fontName="LS", fontSize=8.3, leading=10.5)
cellb = ParagraphStyle("cb", fontName="LSB", fontSize=8.3, leading=10.5)
reclab = ParagraphStyle("rl", fontName="LSB", fontSize=9, leading=12.5, textColor=TEAL)
rectxt = ParagraphStyle("rt", fontName="LSB", fontSize=9.6, leading=13)
bul = ParagraphStyle("bu", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=3)


def P(t, s=body):
    return Paragraph(t, s)


def advice_pages(c, doc):
    c.saveState()
    c.setFont("LS", 7.5)
    c.setFillColor(GREY)
    c.drawString(20 * mm, 287 * mm, "KCE Report 412As \u2013 Synthese")
    c.drawRightString(190 * mm, 287 * mm, "Mondzorg in woonzorgcentra")
    c.setStrokeColor(TEAL)
    c.setLineWidth(0.6)
    c.line(20 * mm, 285 * mm, 190 * mm, 285 * mm)
    c.drawCentredString(105 * mm, 11 * mm, str(doc.page))
    if doc.page == 1:
        c.setFillColor(SHADE)
        c.rect(140 * mm, 20 * mm, 50 * mm, 220 * mm, stroke=0, fill=1)
    c.restoreState()


def advice():
    path = B.out(NAME + "_advice.pdf")
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                          bottomMargin=18 * mm, title="KCE Report 412As Mondzorg in woonzorgcentra",
                          author="KCE", creator="reportlab", invariant=1)
    first = [Frame(20 * mm, 240 * mm, 170 * mm, 42 * mm, id="title", showBoundary=0),
             Frame(142 * mm, 22 * mm, 46 * mm, 216 * mm, id="side"),
             Frame(20 * mm, 18 * mm, 114 * mm, 222 * mm, id="main1")]
    later = [Frame(20 * mm, 18 * mm, 170 * mm, 264 * mm, id="main")]
    doc.addPageTemplates([PageTemplate("first", first, onPage=advice_pages),
                          PageTemplate("later", later, onPage=advice_pages)])
    fl = [NextPageTemplate("later")]
    fl.append(P("Federaal Kenniscentrum voor de Gezondheidszorg \u00b7 Health Services Research \u00b7 KCE Reports "
                "412A", small))
    fl.append(Spacer(1, 6))
    fl.append(P("Mondzorg voor bewoners van woonzorgcentra: toegang, kosten en organisatie", h1))
    fl.append(P("Synthese \u00b7 januari 2026 \u00b7 D/2026/10.273/02", sub))
    fl.append(FrameBreak())
    fl.append(P("KERNBOODSCHAPPEN", side_h))
    for t in ("Slechts 28% van de bewoners van woonzorgcentra zag in 2023 een tandarts; bij thuiswonende "
              "80-plussers was dat 49%.",
              "Bewoners met dementie krijgen bijna nooit preventieve mondzorg. Pijn en ontstekingen worden vaak "
              "pas opgemerkt wanneer iemand niet meer eet.",
              "Vier op de vijf woonzorgcentra hebben geen schriftelijk mondzorgbeleid.",
              "Tandartsen die zich naar een woonzorgcentrum verplaatsen, doen dat grotendeels op eigen kosten.",
              "Mondzorg moet deel worden van de dagelijkse zorg, niet iets wat pas gebeurt als er een probleem is."):
        fl.append(Paragraph(t, side, bulletText="\u2022"))
    fl.append(Spacer(1, 6))
    fl.append(P("De aanbevelingen staan in hoofdstuk 4.", ParagraphStyle("si", parent=side, fontName="LSI",
                                                                             leftIndent=0)))
    fl.append(FrameBreak())
    fl.append(P("1. Waarom deze studie?", h2))
    fl.append(P("Het aantal Belgen ouder dan 85 jaar verdubbelt tegen 2050. Steeds meer ouderen behouden hun eigen "
                "tanden tot op hoge leeftijd, maar wie in een woonzorgcentrum woont, kan die tanden vaak niet meer "
                "zelf verzorgen. Een slechte mondgezondheid verhoogt het risico op longontsteking, ondervoeding en "
                "pijn die bij personen met dementie moeilijk te herkennen is."))
    fl.append(P("De Hoge Gezondheidsraad formuleerde in 2016 al de aanbeveling om \u2018mondzorg op te nemen in het "
                "zorgplan van elke bewoner\u2019. Uit deze studie blijkt dat dit bijna tien jaar later nog in weinig "
                "woonzorgcentra gebeurt. De minister van Sociale Zaken en Volksgezondheid vroeg het KCE daarom om "
                "de toegang tot mondzorg in woonzorgcentra in kaart te brengen en beleidsopties uit te werken."))
    fl.append(P("2. Hoe gingen we te werk?", h2))
    fl.append(P("We combineerden vier methoden: een analyse van de terugbetalingsgegevens van het Intermutualistisch "
                "Agentschap (IMA) voor alle 142.000 bewoners van woonzorgcentra in 2019\u20132024; een enquête bij "
                "312 woonzorgcentra (respons 61%); interviews met 24 tandartsen, mondhygiënisten, verpleegkundigen "
                "en familieleden; en een vergelijking met Nederland, Duitsland en Zweden.<super>1</super>"))
    fl.append(P("<super>1</super> De volledige methode staat in het wetenschappelijk rapport (KCE Reports 412), "
                "hoofdstukken 2 tot 5.", small))
    fl.append(P("3. Wat vonden we?", h2))
    fl.append(P("3.1 Weinig contact met een tandarts", h3))
    fl.append(P("In 2023 had 28% van de bewoners minstens één contact met een tandarts. Het gaat bijna altijd om een "
                "dringende behandeling: een extractie, een herstelling van een prothese of pijnbestrijding. Een "
                "preventief mondonderzoek kreeg slechts 7% van de bewoners. In Vlaanderen ligt het aandeel iets hoger "
                "dan in Brussel en Wallonië, maar de verschillen zijn klein."))
    fl.append(P("3.2 Kosten voor bewoners en tandartsen", h3))
    fl.append(P("Tabel 1 toont de belangrijkste verstrekkingen. De bewoner betaalt voor de meeste verstrekkingen "
                "remgeld, en niet alle tandartsen zijn geconventioneerd. Een tandarts die een woonzorgcentrum bezoekt, "
                "kan alleen de gewone honoraria aanrekenen, hoewel een behandeling bij een bedlegerige bewoner "
                "gemiddeld twee keer zo lang duurt."))
    rows = [["Nomenclatuur", "Verstrekking", "Honorarium 2025", "Remgeld", "Bewoners 2023"],
            ["301011\u2013301022", "Raadpleging in de praktijk", "\u20ac 30,23", "\u20ac 6,05", "18.640"],
            ["301033\u2013301044", "Bezoek aan huis of in een instelling", "\u20ac 42,10", "\u20ac 8,42", "4.912"],
            ["301593\u2013301604", "Mondonderzoek (jaarlijks)", "\u20ac 27,45", "\u20ac 0,00*", "9.950"],
            ["302153\u2013302164", "Tandsteen verwijderen", "\u20ac 33,74", "\u20ac 6,75", "6.108"],
            ["303012\u2013303023", "Extractie", "\u20ac 34,60", "\u20ac 6,92", "11.377"],
            ["307510\u2013307521", "Herstelling uitneembare prothese", "\u20ac 61,80", "\u20ac 12,36", "8.246"],
            ["307532\u2013307543", "Nieuwe volledige prothese (per kaak)", "\u20ac 498,30", "\u20ac 99,66", "2.031"],
            ["371011\u2013371022", "Toeslag zorgafhankelijke patiënt", "\u2013", "\u2013", "0"]]
    t = Table([[P(c, cellb if i == 0 else cell) for c in r] for i, r in enumerate(rows)],
              colWidths=[25 * mm, 39 * mm, 16 * mm, 16 * mm, 16 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9fbfc2")),
                           ("BACKGROUND", (0, 0), (-1, 0), SHADE), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    fl.append(KeepTogether([P("<b>Tabel 1.</b> Tandheelkundige verstrekkingen aan bewoners van woonzorgcentra",
                                small), Spacer(1, 3), t]))
    fl.append(Spacer(1, 3))
    fl.append(P("* Enkel remgeldvrij als de bewoner het voorgaande jaar ook een mondonderzoek had. Bron: IMA, "
                "bewerking KCE.", small))
    fl.append(Spacer(1, 6))
    fl.append(P("De code 371011\u2013371022 bestaat in de nomenclatuur, maar er is nooit een honorarium aan "
                "gekoppeld. Ze werd in 2023 dus door geen enkele tandarts aangerekend."))
    fl.append(P("3.3 Organisatie in de woonzorgcentra", h3))
    fl.append(P("Van de bevraagde woonzorgcentra heeft 19% een schriftelijk mondzorgbeleid. Slechts 11% van de "
                "zorgkundigen kreeg ooit een opleiding in mondverzorging. In de helft van de centra is niet "
                "duidelijk wie de tandenborstel of de prothese van een bewoner reinigt. Familieleden zeggen dat ze "
                "pas van een probleem horen als hun moeder of vader niet meer wil eten."))
    gp = Table([[P("<b>Goede praktijk \u2013 het Mondzorgpunt Westhoek</b><br/>In twaalf woonzorgcentra in de "
                   "Westhoek bezoekt een mobiele tandartsenpraktijk elk centrum twee keer per jaar. Een "
                   "referentieverpleegkundige volgt de mondverzorging op de afdelingen op. Het aandeel bewoners met "
                   "een jaarlijks mondonderzoek steeg er van 9% naar 64%. Het project wordt tot eind 2026 betaald "
                   "met een provinciale subsidie.", cell)]], colWidths=[166 * mm])
    gp.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, TEAL), ("LEFTPADDING", (0, 0), (-1, -1), 7),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 7), ("TOPPADDING", (0, 0), (-1, -1), 5),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    fl += [Spacer(1, 3), gp, Spacer(1, 6)]
    fl.append(P("3.4 Wat doen de buurlanden?", h3))
    fl.append(P("In Nederland maakt mondzorg sinds 2017 deel uit van de zorg die verpleeghuizen moeten leveren; "
                "de instelling sluit zelf een contract met een tandarts. In Zweden krijgt elke oudere met een "
                "zorgbehoefte een gratis jaarlijks mondonderzoek aan huis. In Duitsland kan een tandarts sinds 2019 "
                "een toeslag aanrekenen voor patiënten met een zorggraad. Die toeslag verhoogde het aantal "
                "tandartsbezoeken in verpleeghuizen met ongeveer een derde.<super>2</super>"))
    fl.append(P("<super>2</super> Gemeinsamer Bundesausschuss, evaluatie 2023; zie hoofdstuk 6 van het "
                "wetenschappelijk rapport.", small))
    fl.append(P("4. Aanbevelingen<super>a</super>", h2))

    def rec(n, txt):
        t = Table([[P(f"Aanbeveling {n}", reclab), P(txt, rectxt)]], colWidths=[30 * mm, 136 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#9fbfc2")),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        return KeepTogether([t, Spacer(1, 4)])

    fl.append(P("Aan de minister van Sociale Zaken en Volksgezondheid", addr))
    fl.append(rec(1, "Voer voor alle bewoners van woonzorgcentra een jaarlijks mondonderzoek in dat volledig wordt "
                     "terugbetaald, zonder remgeld."))
    fl.append(rec(2, "Laat tandartsen het mondonderzoek en eenvoudige behandelingen in het woonzorgcentrum zelf "
                     "uitvoeren, en voorzie daarvoor een forfaitaire verplaatsingsvergoeding per bezoek."))
    fl.append(P("Aan het Verzekeringscomité van het RIZIV en de Nationale Commissie Tandartsen-Ziekenfondsen", addr))
    fl.append(rec(3, "Verhoog de honoraria voor tandheelkundige verstrekkingen aan zorgafhankelijke patiënten met "
                     "een toeslag van 25 procent, om de extra tijd te vergoeden die deze zorg vraagt."))
    fl.append(rec(4, "Laat erkende mondhygiënisten in woonzorgcentra zelfstandig, zonder voorschrift van een "
                     "tandarts, preventieve zorg verlenen die door de verplichte verzekering wordt terugbetaald."))
    fl.append(P("Aan de Gemeenschappen, bevoegd voor de woonzorgcentra", addr))
    fl.append(rec(5, "Neem in de erkenningsnormen voor woonzorgcentra op dat elk centrum een schriftelijk "
                     "mondzorgbeleid heeft, met een mondzorgplan per bewoner."))
    fl.append(rec(6, "Wijs in elk woonzorgcentrum een referentiepersoon mondzorg aan en voorzie voor het "
                     "zorgpersoneel een basisopleiding mondverzorging van minstens vier uur."))
    fl.append(P("Aan de beroepsverenigingen van tandartsen en mondhygiënisten", addr))
    fl.append(rec(7, "Werk samen een klinische praktijkrichtlijn uit voor mondzorg bij personen met dementie, en "
                     "actualiseer die om de vijf jaar."))
    fl.append(P("Onderzoeksagenda", h3))
    fl.append(P("Deze studie kon een aantal vragen niet beantwoorden. Verder onderzoek is nodig naar:"))
    for t in ("de kosteneffectiviteit van een mobiele tandartsenpraktijk tegenover vervoer van de bewoner naar de "
              "praktijk;",
              "de invloed van mondzorg op het aantal ziekenhuisopnames voor longontsteking bij bewoners;",
              "de mondgezondheid van ouderen die thuis wonen met intensieve thuiszorg."):
        fl.append(Paragraph(t, bul, bulletText="\u2013"))
    fl.append(Spacer(1, 6))
    fl.append(P("<super>a</super> Het KCE is als enige verantwoordelijk voor de aanbevelingen. De stakeholders werden "
                "geraadpleegd over een voorlopige versie van het rapport; hun opmerkingen zijn in deze versie "
                "verwerkt, maar zij gaan niet noodzakelijk akkoord met de inhoud.", small))
    doc.build(fl)


# ----------------------------------------------------------------------------------------------- response
iv_body = ParagraphStyle("ivb", fontName="LR", fontSize=9.4, leading=12.4, spaceAfter=5, alignment=4)
iv_head = ParagraphStyle("ivh", fontName="LSB", fontSize=9.4, leading=12, spaceBefore=6, spaceAfter=5)
iv_item = ParagraphStyle("ivi", fontName="LS", fontSize=8.6, leading=11, leftIndent=8, bulletIndent=0, spaceAfter=3)
iv_close = ParagraphStyle("ivc", fontName="LRI", fontSize=9.4, leading=12.4, spaceAfter=5)


def iv_pages(c, doc):
    c.saveState()
    c.setFont("LSB", 8)
    pg = doc.page + 12
    left, right = ("CRIV 56 COM 412", "03/03/2026") if pg % 2 else ("03/03/2026", "CRIV 56 COM 412")
    c.drawString(18 * mm, 286 * mm, left)
    c.drawRightString(192 * mm, 286 * mm, right)
    c.setLineWidth(0.8)
    c.line(18 * mm, 284 * mm, 192 * mm, 284 * mm)
    c.setLineWidth(0.3)
    c.line(105 * mm, 20 * mm, 105 * mm, 280 * mm if doc.page > 1 else 246 * mm)
    c.line(18 * mm, 15 * mm, 192 * mm, 15 * mm)
    c.setFont("LS", 7.5)
    c.drawString(18 * mm, 11 * mm, "KAMER-2E ZITTING VAN DE 56E ZITTINGSPERIODE")
    c.drawRightString(192 * mm, 11 * mm, str(pg))
    c.restoreState()


def response():
    path = B.out(NAME + "_response.pdf")
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                          bottomMargin=18 * mm, title="Integraal Verslag CRIV 56 COM 412 (uittreksel)",
                          author="Kamer", creator="reportlab", invariant=1)
    colw = 82 * mm
    first = [Frame(18 * mm, 250 * mm, 174 * mm, 32 * mm, id="t"),
             Frame(18 * mm, 18 * mm, colw, 230 * mm, id="l1"),
             Frame(110 * mm, 18 * mm, colw, 230 * mm, id="r1")]
    later = [Frame(18 * mm, 18 * mm, colw, 264 * mm, id="l"), Frame(110 * mm, 18 * mm, colw, 264 * mm, id="r")]
    doc.addPageTemplates([PageTemplate("first", first, onPage=iv_pages),
                          PageTemplate("later", later, onPage=iv_pages)])
    fl = [NextPageTemplate("later")]
    fl.append(P("<b>Commissie voor Gezondheid en Gelijke Kansen</b> \u2013 dinsdag 3 maart 2026 \u2013 "
                "namiddag", ParagraphStyle("tt", fontName="LS", fontSize=11, leading=14, spaceAfter=4)))
    fl.append(P("Integraal Verslag met vertaald beknopt verslag van de toespraken (uittreksel). De vergadering wordt "
                "geopend om 14.17 uur en voorgezeten door mevrouw Nathalie Goossens.",
                ParagraphStyle("t2", fontName="LSI", fontSize=8.5, leading=11)))
    fl.append(FrameBreak())
    fl.append(P("01 Samengevoegde vragen van", iv_head))
    fl.append(Paragraph("Sofie Dewaele aan Karel Mertens (VEM Sociale Zaken en Volksgezondheid) over \u201cHet "
                        "KCE-rapport over mondzorg in woonzorgcentra\u201d (56012345C)", iv_item, bulletText="-"))
    fl.append(Paragraph("Ahmed Bouzidi aan Karel Mertens (VEM Sociale Zaken en Volksgezondheid) over \u201cHet "
                        "tekort aan tandartsen\u201d (56012398C)", iv_item, bulletText="-"))
    fl.append(P("<b>01.01 Sofie Dewaele:</b> Mijnheer de minister, het KCE publiceerde in januari een rapport over de "
                "mondzorg in onze woonzorgcentra. De cijfers zijn ontstellend. Slechts 28 procent van de bewoners zag "
                "in 2023 een tandarts, en dan meestal pas als er pijn was. Vier op de vijf centra hebben geen enkel "
                "beleid.", iv_body))
    fl.append(P("Het KCE doet zeven aanbevelingen, onder meer een jaarlijks gratis mondonderzoek, een toeslag op de "
                "honoraria en een grotere rol voor mondhygiënisten. Ik vind het eerlijk gezegd niet aanvaardbaar dat "
                "we hier al sinds het advies van de Hoge Gezondheidsraad van 2016 over praten.", iv_body))
    fl.append(P("Welke aanbevelingen zult u uitvoeren, en binnen welke termijn? Welke middelen trekt u daarvoor uit? "
                "Hoe zult u overleggen met de Gemeenschappen, die bevoegd zijn voor de woonzorgcentra?", iv_body))
    fl.append(P("<b>01.02 Ahmed Bouzidi:</b> Mijnheer de minister, ik sluit mij aan bij de vraag van mevrouw "
                "Dewaele, maar ik wil het probleem breder bekijken. In verschillende gemeenten in mijn provincie "
                "nemen tandartsen geen nieuwe patiënten meer aan. Zelfs als het mondonderzoek gratis wordt, moet er "
                "een tandarts zijn om het uit te voeren.", iv_body))
    fl.append(P("Hoeveel RIZIV-nummers voor tandartsen worden dit jaar toegekend? Overweegt u de contingentering "
                "voor tandartsen te versoepelen?", iv_body))
    fl.append(P("<b>01.03 Minister Karel Mertens:</b> Mevrouw Dewaele, mijnheer Bouzidi, het rapport van het KCE "
                "bevestigt wat veel zorgverleners en families al lang aangeven. Ik zal eerst ingaan op de "
                "aanbevelingen die binnen mijn bevoegdheid vallen of die ik via het RIZIV kan beïnvloeden, daarna op "
                "de vraag van de heer Bouzidi.", iv_body))
    fl.append(P("Ik begin met het financiële luik. Het KCE stelt een algemene toeslag van 25 procent voor op de "
                "honoraria voor zorgafhankelijke patiënten. Ik begrijp de redenering, en de Duitse ervaring is "
                "interessant. Binnen de groeinorm van 2026 is daar evenwel geen ruimte voor: de kostprijs wordt op "
                "38 miljoen euro per jaar geraamd. Een toeslag in die vorm zal ik dus niet voorstellen aan het "
                "Verzekeringscomité.", iv_body))
    fl.append(P("Het jaarlijkse mondonderzoek komt er wel. De Nationale Commissie Tandartsen-Ziekenfondsen heeft in "
                "het akkoord 2026-2027 afgesproken om de voorwaarde van een onderzoek in het voorgaande jaar te "
                "schrappen voor wie in een woonzorgcentrum verblijft. Vanaf 1 januari 2027 wordt dat onderzoek voor "
                "elke bewoner volledig vergoed, ook de eerste keer.", iv_body))
    fl.append(P("Tandartsen mogen dat onderzoek vandaag al in het woonzorgcentrum uitvoeren; daarvoor is geen "
                "wetswijziging nodig. Een aparte forfaitaire vergoeding voor de verplaatsing komt er voorlopig niet. "
                "De bestaande code voor een bezoek in een instelling blijft van toepassing en dekt volgens de "
                "Nationale Commissie de extra kosten voor het grootste deel.", iv_body))
    fl.append(P("Wat de mondhygiënisten betreft, ben ik het volledig eens met het KCE. Ik zie geen enkele reden om "
                "nog te wachten. Het ontwerp van koninklijk besluit dat hen toelaat om zonder verwijzing preventieve "
                "zorg te verlenen, ligt sinds februari voor advies bij de Raad van State. De terugbetaling volgt op "
                "1 juli 2026, te beginnen in de woonzorgcentra.", iv_body))
    fl.append(P("De aanbevelingen 5 en 6 zijn niet aan mij gericht. Het mondzorgbeleid in de erkenningsnormen is een "
                "zaak van de Gemeenschappen. Hetzelfde geldt voor de referentiepersoon en de opleiding van het "
                "personeel in de centra. Ik neem kennis van beide aanbevelingen en zal ze agenderen op de "
                "Interministeriële Conferentie Volksgezondheid van 22 april. Ik kan niet vooruitlopen op wat de "
                "Gemeenschappen daarmee zullen doen.", iv_body))
    fl.append(P("Mijnheer Bouzidi, de Planningscommissie medisch aanbod heeft haar advies over de tandartsen in "
                "december bezorgd. In 2026 worden 291 RIZIV-nummers voor tandartsen toegekend, 34 meer dan vorig "
                "jaar. Een verdere versoepeling bespreek ik met de Gemeenschappen, die het toelatingsexamen "
                "organiseren. Ik verwacht daarover een beslissing vóór de zomer.", iv_body))
    fl.append(P("<b>01.04 Sofie Dewaele:</b> Mijnheer de minister, ik dank u voor uw antwoord. Het is goed dat het "
                "mondonderzoek er komt. Ik vrees echter dat zonder extra honoraria maar weinig tandartsen de stap "
                "naar een woonzorgcentrum zullen zetten. Ik zal dit dossier zeker verder opvolgen.", iv_body))
    fl.append(P("<b>01.05 Ahmed Bouzidi:</b> Mijnheer de minister, 34 nummers extra is een begin, maar het zal de "
                "wachtlijsten in de grensregio's niet oplossen. Ik kom hierop terug.", iv_body))
    fl.append(P("Het incident is gesloten.<br/>L'incident est clos.", iv_close))
    fl.append(P("02 Vraag van Lotte Vervaet aan Karel Mertens (VEM Sociale Zaken en Volksgezondheid) over \u201cDe "
                "wachttijden voor een elektronische rolstoel\u201d (56012411C)", iv_head))
    fl.append(P("<b>02.01 Lotte Vervaet:</b> Mijnheer de minister, wie een elektronische rolstoel aanvraagt, wacht "
                "soms meer dan een jaar op de beslissing van het ziekenfonds. Welke maatregelen neemt u om die "
                "wachttijd in te korten?", iv_body))
    fl.append(P("<b>02.02 Minister Karel Mertens:</b> Mevrouw Vervaet, de gemiddelde behandeltermijn bedraagt 94 "
                "dagen. De lange wachttijden ontstaan vooral bij dossiers die naar het multidisciplinair team "
                "moeten. Vanaf september 2026 volstaat voor een vervanging van een identieke rolstoel een "
                "verklaring van de behandelende arts.", iv_body))
    fl.append(P("<b>02.03 Lotte Vervaet:</b> Dank u, mijnheer de minister. Ik hoop dat die vereenvoudiging snel "
                "effect heeft.", iv_body))
    fl.append(P("Het incident is gesloten.<br/>L'incident est clos.", iv_close))
    doc.build(fl)


RECS = [
    ("1", "Voer voor alle bewoners van woonzorgcentra een jaarlijks mondonderzoek", "Vanaf 1 januari 2027 wordt dat "
     "onderzoek voor elke bewoner", "agrees"),
    ("2", "Laat tandartsen het mondonderzoek en eenvoudige behandelingen in het woonzorgcentrum", "Een aparte "
     "forfaitaire vergoeding voor de verplaatsing komt er voorlopig niet", "partly"),
    ("3", "Verhoog de honoraria voor tandheelkundige verstrekkingen aan zorgafhankelijke patiënten", "Een toeslag in "
     "die vorm zal ik dus niet voorstellen", "disagrees"),
    ("4", "Laat erkende mondhygiënisten in woonzorgcentra zelfstandig, zonder voorschrift van", "ligt sinds februari "
     "voor advies bij de Raad van State", "agrees"),
    ("5", "Neem in de erkenningsnormen voor woonzorgcentra op dat elk centrum", "Het mondzorgbeleid in de "
     "erkenningsnormen is een zaak van de Gemeenschappen", "noted"),
    ("6", "Wijs in elk woonzorgcentrum een referentiepersoon mondzorg aan", "Hetzelfde geldt voor de "
     "referentiepersoon en de opleiding van het personeel", "noted"),
    ("7", "Werk samen een klinische praktijkrichtlijn uit voor mondzorg bij personen", None, "unanswered"),
]
UNMATCHED = ["In 2026 worden 291 RIZIV-nummers voor tandartsen toegekend",
             "maar weinig tandartsen de stap naar een woonzorgcentrum zullen zetten",
             "volstaat voor een vervanging van een identieke rolstoel"]
NOTES = ("Belgian KCE synthesis report (reportlab) answered by an extract of the Chamber's Integraal Verslag. Advice: "
         "page 1 has a full-width title block, a shaded 'KERNBOODSCHAPPEN' sidebar frame to the right of the main "
         "text (key messages, one phrased like a recommendation: 'Mondzorg moet deel worden van de dagelijkse "
         "zorg'), running header, bare centred page numbers, superscript footnotes; an earlier Hoge "
         "Gezondheidsraad recommendation quoted in 1.; a nomenclature table (codes like 301593-301604, amounts) "
         "that crosses the page break with a repeated header row; a framed 'Goede praktijk' box; then '4. "
         "Aanbevelingen' with seven hanging labels 'Aanbeveling 1'..'7' grouped under italic addressee lines "
         "(minister 1-2, RIZIV 3-4, Gemeenschappen 5-6, beroepsverenigingen 7) and an 'Onderzoeksagenda' with dash "
         "bullets that are no recommendations. Response: CRIV two-column committee transcript, page numbers "
         "13-14 and alternating running header, a joint question of two MPs (Dewaele paraphrases recommendations "
         "and says 'niet aanvaardbaar'; Bouzidi asks about dentist numbers), the minister's prose answer with no "
         "headings in the order 3, 1, 2, 4, 5+6: 3 'zal ik dus niet voorstellen' (disagrees), 1 from 1 January "
         "2027 (agrees), 2 on-site yes but no travel forfait (partly), 4 'volledig eens ... geen enkele reden om "
         "nog te wachten' (agrees despite the negation), 5 and 6 in one paragraph 'niet aan mij gericht ... neem "
         "kennis ... agenderen' (both noted); 7 (beroepsverenigingen) is never answered. The answer to Bouzidi, "
         "the two replicas (one sounding like a verdict) and an unrelated question 02 on wheelchairs answer no "
         "recommendation.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)
