"""Round 46 (nl): an (invented) ADVIES of the NATIONAAL COORDINATOR TEGEN DISCRIMINATIE EN RACISME (NCDR) on
discrimination in recruitment, with a Samenvatting repeating the recommendations in short dash form (trap), Grondwet /
AWGB articles, a table of practice-test figures, findings with 'moeten' (trap), a 2019 SER recommendation quoted
(trap), and seven NUMBERED imperatives in shaded boxes 'Wat moet er gebeuren?' at the end of chapters 2-4 (1-2, 3-5,
6-7, numbering continued); answered by an excerpt of the HANDELINGEN of the Tweede Kamer (plenary debate, two
columns, the minister's first term with interruptions by members). Engine: reportlab platypus (DejaVu, no shaping;
two-column frames for the Handelingen; header and 'pagina N van M' by a two-pass build). Answer key: README-nl.md.

Run: /tmp/blind46nl/bin/python tests/docs/src/blind46/gen_nl_ncdr_reportlab.py"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, PageTemplate, Paragraph, SimpleDocTemplate,
                                Spacer, Table, TableStyle)

sys.path.insert(0, os.path.dirname(__file__))
import _b46nl as B  # noqa: E402

NAME = "blind46_nl_ncdr"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf"), ("DR", "DejaVuSerif.ttf"), ("DRB", "DejaVuSerif-Bold.ttf"),
              ("DRI", "DejaVuSerif-Italic.ttf"), ("DRBI", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")
pdfmetrics.registerFontFamily("DR", normal="DR", bold="DRB", italic="DRI", boldItalic="DRBI")

PLUM = colors.HexColor("#6b2158")
SHADE = colors.HexColor("#f3e6ef")


def st(fam, size=9.2, lead=13.2, **kw):
    return ParagraphStyle(fam + str(size) + str(kw), fontName=fam, fontSize=size, leading=lead, **kw)


A = {
    "b": st("DS", alignment=4, spaceAfter=5),
    "s": st("DS", 7.8, 10.5, spaceAfter=3),
    "h1": st("DSB", 18, 22, textColor=PLUM, spaceAfter=4),
    "h2": st("DSB", 11, 14, textColor=PLUM, spaceBefore=9, spaceAfter=4),
    "dash": st("DS", 9.2, 13.2, leftIndent=5 * mm, firstLineIndent=-3.5 * mm, spaceAfter=2),
    "bxh": st("DSB", 9.6, 13, textColor=PLUM, spaceAfter=3),
    "rec": st("DS", 9.2, 13.2, leftIndent=7 * mm, firstLineIndent=-7 * mm, spaceAfter=4),
    "q": st("DSI", 9, 13, leftIndent=8 * mm, rightIndent=8 * mm, spaceAfter=5),
}


def box(title, items):
    inner = [Paragraph(title, A["bxh"])]
    for n, bold, rest in items:
        inner.append(Paragraph(f"<b>{n}.</b>\u2002<b>{bold}</b> {rest}", A["rec"]))
    t = Table([[inner]], colWidths=[166 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SHADE), ("LINEBEFORE", (0, 0), (0, -1), 3, PLUM),
                           ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return KeepTogether([Spacer(1, 2 * mm), t, Spacer(1, 3 * mm)])


def adv_deco(total):
    def draw(c, doc):
        c.saveState()
        c.setFont("DS", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        if doc.page > 1:
            c.drawString(22 * mm, A4[1] - 13 * mm, "Nationaal Coördinator tegen Discriminatie en Racisme")
            c.drawRightString(A4[0] - 22 * mm, A4[1] - 13 * mm, "Advies 2026/01 | Gelijke kans op een baan")
            c.setStrokeColor(PLUM)
            c.setLineWidth(0.5)
            c.line(22 * mm, A4[1] - 14.5 * mm, A4[0] - 22 * mm, A4[1] - 14.5 * mm)
        else:
            c.setFillColor(PLUM)
            c.rect(0, A4[1] - 9 * mm, A4[0], 9 * mm, stroke=0, fill=1)
            c.setFillColor(colors.HexColor("#555555"))
        c.drawRightString(A4[0] - 22 * mm, 11 * mm, f"pagina {doc.page} van {total[0]}")
        c.restoreState()
    return draw


def advice_story():
    s = []
    s.append(Paragraph("<font name='DSB' size='10.5' color='#6b2158'>Nationaal Coördinator tegen Discriminatie en "
                       "Racisme</font><br/><font size='7.5'>Turfmarkt 147 | 2511 DP Den Haag | "
                       "www.nationaalcoordinatordiscriminatie.nl</font>", A["s"]))
    s.append(Spacer(1, 10 * mm))
    s.append(Paragraph("Gelijke kans op een baan", A["h1"]))
    s.append(Paragraph("<b>Advies over discriminatie bij werving en selectie</b>", A["b"]))
    s.append(Paragraph("Advies 2026/01 | Den Haag, 9 februari 2026 | aan de minister van Sociale Zaken en "
                       "Werkgelegenheid en de minister van Binnenlandse Zaken en Koninkrijksrelaties", A["s"]))
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("Samenvatting", A["h2"]))
    s.append(Paragraph("Wie Mohammed of Fatima heet, wordt minder vaak uitgenodigd voor een sollicitatiegesprek dan "
                       "wie Daan of Sanne heet, met precies hetzelfde cv. Dat is al twintig jaar bekend en het is "
                       "nauwelijks veranderd. De NCDR heeft het toezicht, de rol van intermediairs en de hulp aan "
                       "mensen die discriminatie melden onderzocht. Het kabinet kan volgens de NCDR veel meer doen "
                       "dan het nu doet. Kort samengevat gaat het om:", A["b"]))
    for t in ("meer en vaste praktijktests, met openbare uitkomsten per sector;",
              "een boete voor werkgevers die geen werkwijze hebben;",
              "een meldplicht voor bureaus die discriminerende verzoeken krijgen;",
              "gelijke hulp aan melders in heel het land;",
              "een toets voor selectiesoftware en het Rijk als voorbeeld."):
        s.append(Paragraph("\u2013\u2002" + t, A["dash"]))
    s.append(Paragraph("1  Aanleiding en kader", A["h2"]))
    s.append(Paragraph("Artikel 1 van de Grondwet verbiedt discriminatie. Artikel 5 van de Algemene wet gelijke "
                       "behandeling (AWGB) verbiedt onderscheid bij de werving en selectie van personeel en bij de "
                       "aanstelling. Artikel 7 AWGB doet hetzelfde voor arbeidsbemiddeling. De NCDR heeft op grond "
                       "van zijn instellingsbesluit de taak het kabinet gevraagd en ongevraagd te adviseren. Dit "
                       "advies is ongevraagd. Het bouwt voort op de Nationale Discriminatie- en Racismemonitor 2025 "
                       "en op gesprekken met 46 werkgevers, 12 uitzendbureaus, de Nederlandse Arbeidsinspectie, het "
                       "College voor de Rechten van de Mens en vijf antidiscriminatievoorzieningen (ADV's).",
                       A["b"]))
    s.append(Paragraph("2  Wat we zagen", A["h2"]))
    t = Table([[Paragraph(c, st("DSB" if i == 0 else "DS", 8, 10.5)) for c in r] for i, r in enumerate([
        ("Praktijktests en meldingen", "2021", "2023", "2025"),
        ("praktijktests door de Arbeidsinspectie", "210", "380", "400"),
        ("aandeel tests met aanwijzing voor discriminatie", "17%", "15%", "16%"),
        ("meldingen arbeidsmarkt bij ADV's", "1.380", "1.610", "1.940"),
        ("meldingen afgehandeld binnen drie maanden", "71%", "64%", "58%")])],
        colWidths=[88 * mm, 26 * mm, 26 * mm, 26 * mm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(t)
    s.append(Paragraph("<font size='7.5'>Bron: Nederlandse Arbeidsinspectie, jaarverslagen 2021-2025; "
                       "Discriminatie.nl, jaarcijfers.</font>", A["s"]))
    s.append(Paragraph("Werkgevers moeten sinds 2022 volgens de Arbo-catalogi een werkwijze hebben die "
                       "discriminatie bij werving voorkomt, maar bij twee op de drie gecontroleerde werkgevers "
                       "ontbrak die. De Arbeidsinspectie kan dan alleen een waarschuwing geven. Het aantal "
                       "praktijktests is gestegen, maar de uitkomsten worden niet per sector openbaar gemaakt, zodat "
                       "werkgevers zich niet met elkaar kunnen vergelijken.", A["b"]))
    s.append(Paragraph("Al in 2019 schreef de SER: <i>'Zorg voor anoniem solliciteren in de eerste ronde, en laat "
                       "de overheid daarin voorgaan.'</i> Sindsdien zijn enkele ministeries daarmee begonnen, maar "
                       "een afspraak voor de hele rijksoverheid is er niet.", A["b"]))
    s.append(box("Wat moet er gebeuren? (1)", [
        ("1", "Maak praktijktests een vast onderdeel van het toezicht",
         "door de Nederlandse Arbeidsinspectie, met ten minste 1.500 tests per jaar vanaf 2027."),
        ("2", "Publiceer de uitkomsten van de praktijktests ieder jaar per sector,",
         "zonder namen van afzonderlijke werkgevers, zodat sectoren zich kunnen vergelijken.")]))
    s.append(Paragraph("3  Toezicht en handhaving", A["h2"]))
    s.append(Paragraph("De Arbeidsinspectie heeft geen boetebevoegdheid voor het ontbreken van een werkwijze. "
                       "Werkgevers die na een waarschuwing niets doen, merken daar niets van. Uitzend- en "
                       "bemiddelingsbureaus krijgen geregeld verzoeken van opdrachtgevers om 'geen hoofddoek' of "
                       "'liever Nederlands uiterlijk'. Acht van de twaalf bureaus die wij spraken, kregen zo'n "
                       "verzoek in het afgelopen jaar; geen van hen meldde dat bij de inspectie. Voor mensen die "
                       "discriminatie melden, hangt de hulp af van de gemeente waar zij wonen: het budget van de "
                       "ADV's loopt uiteen van 0,19 tot 0,61 euro per inwoner.", A["b"]))
    s.append(box("Wat moet er gebeuren? (2)", [
        ("3", "Geef de Arbeidsinspectie de bevoegdheid een bestuurlijke boete op te leggen",
         "aan werkgevers die na een waarschuwing nog steeds geen werkwijze voor werving en selectie hebben."),
        ("4", "Verplicht uitzend- en bemiddelingsbureaus discriminerende verzoeken van opdrachtgevers te melden",
         "bij de Arbeidsinspectie, en maak die meldplicht onderdeel van de toelating tot de markt."),
        ("5", "Stel een landelijk minimumbudget per inwoner vast voor de antidiscriminatievoorzieningen,",
         "zodat iemand die discriminatie meldt in elke gemeente dezelfde hulp krijgt.")]))
    s.append(Paragraph("4  Werkgevers, software en de overheid zelf", A["h2"]))
    s.append(Paragraph("Steeds meer werkgevers gebruiken software die cv's selecteert of video-sollicitaties "
                       "beoordeelt. Kleinere werkgevers kunnen niet nagaan of die software onderscheid maakt. De "
                       "rijksoverheid is de grootste werkgever van het land en vraagt van anderen wat zij zelf nog "
                       "niet overal doet.", A["b"]))
    s.append(box("Wat moet er gebeuren? (3)", [
        ("6", "Ontwikkel samen met werkgevers een gratis toets voor selectiesoftware,",
         "waarmee een werkgever kan nagaan of software kandidaten benadeelt op grond van afkomst, geslacht of "
         "leeftijd."),
        ("7", "Laat het Rijk het goede voorbeeld geven",
         "door vanaf 2027 bij alle vacatures van de rijksoverheid anoniem te laten solliciteren in de eerste "
         "selectieronde.")]))
    s.append(Paragraph("5  Tot slot", A["h2"]))
    s.append(Paragraph("De NCDR verzoekt het kabinet binnen drie maanden op dit advies te reageren en de Tweede "
                       "Kamer daarover te informeren. De NCDR is graag bereid het advies toe te lichten.", A["b"]))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("R.E. Lindqvist-Haddou<br/>Nationaal Coördinator tegen Discriminatie en Racisme", A["b"]))
    return s


# --- Handelingen -----------------------------------------------------------------------------------------------
H = {
    "b": st("DR", 8.6, 11.6, alignment=4, spaceAfter=4),
    "ann": st("DRI", 8.6, 11.6, alignment=4, spaceAfter=4),
    "t": st("DRB", 11, 14, spaceAfter=4),
}


def sp(name, text):
    return Paragraph(f"<b>{name}:</b><br/>{text}", H["b"])


def res_deco(total):
    def draw(c, doc):
        c.saveState()
        c.setFont("DR", 7.5)
        c.setFillColor(colors.black)
        c.drawString(18 * mm, A4[1] - 13 * mm, "Tweede Kamer")
        c.drawCentredString(A4[0] / 2, A4[1] - 13 * mm, "Arbeidsmarktdiscriminatie")
        c.drawRightString(A4[0] - 18 * mm, A4[1] - 13 * mm, "19 maart 2026")
        c.setLineWidth(0.6)
        c.line(18 * mm, A4[1] - 15 * mm, A4[0] - 18 * mm, A4[1] - 15 * mm)
        c.line(18 * mm, 14 * mm, A4[0] - 18 * mm, 14 * mm)
        c.drawString(18 * mm, 10 * mm, "TK 58")
        c.drawRightString(A4[0] - 18 * mm, 10 * mm, f"58-9-{doc.page}")
        c.restoreState()
    return draw


def response_story():
    s = []
    s.append(Paragraph("<b>Arbeidsmarktdiscriminatie</b>", H["t"]))
    s.append(Paragraph("Aan de orde is het debat over arbeidsmarktdiscriminatie, naar aanleiding van het advies "
                       "'Gelijke kans op een baan' van de Nationaal Coördinator tegen Discriminatie en Racisme.",
                       H["ann"]))
    s.append(Paragraph("(Zie vergadering van 18 maart 2026.)", H["ann"]))
    s.append(sp("De voorzitter", "Wij gaan verder met het debat over arbeidsmarktdiscriminatie. Wij zijn "
                "toegekomen aan de eerste termijn van de zijde van het kabinet. Ik geef het woord aan de minister "
                "van Sociale Zaken en Werkgelegenheid."))
    s.append(sp("Minister Verhoeven-Amrani", "Dank u wel, voorzitter. Ik dank de leden voor hun bijdragen. "
                "Voordat ik inga op de vragen, wil ik iets zeggen over de mensen achter de cijfers. Vorige week "
                "sprak ik in Tilburg een jonge vrouw die 63 keer had gesolliciteerd. Pas toen zij haar achternaam "
                "wegliet, werd ze uitgenodigd. Dat is niet alleen onrechtvaardig, het is ook dom, want we hebben "
                "iedereen nodig op de arbeidsmarkt. Ik zal de vragen in blokjes beantwoorden: het toezicht, de "
                "intermediairs, de hulp aan melders en de overheid als werkgever."))
    s.append(Paragraph("Ik begin met het toezicht. Mevrouw El Idrissi en de heer Brouwer vroegen of het kabinet "
                       "het aantal praktijktests wil verhogen. Het antwoord is ja. De Arbeidsinspectie gaat van 400 "
                       "naar 1.000 praktijktests per jaar, met ingang van 2027. Dat is minder dan de NCDR vraagt. "
                       "Meer kan de inspectie met de huidige formatie niet verantwoord doen, en ik wil niet dat "
                       "ander toezicht, bijvoorbeeld op uitbuiting, daaronder lijdt. De uitkomsten van die tests ga "
                       "ik wel, zoals gevraagd, ieder jaar per sector openbaar maken, voor het eerst in het "
                       "jaarverslag van de inspectie over 2026. Namen van werkgevers noemen we daarin niet.",
                       H["b"]))
    s.append(sp("Mevrouw El Idrissi (GroenLinks-PvdA)", "Dat is een stap, maar het is een kleine stap. De "
                "inspectie waarschuwt en waarschuwt, en er gebeurt niets. Waarom geeft de minister de inspectie "
                "niet gewoon een boetebevoegdheid, zoals de NCDR adviseert?"))
    s.append(sp("Minister Verhoeven-Amrani", "Ik begrijp de vraag, maar ik ga daar op dit moment niet in mee. "
                "Een boete voor het ontbreken van een werkwijze vraagt een wetswijziging die pas over een aantal "
                "jaren effect heeft, en werkgevers die er echt niets aan doen, kan de inspectie nu al een eis "
                "tot naleving opleggen. Ik wil eerst zien wat dat oplevert."))
    s.append(sp("Mevrouw El Idrissi (GroenLinks-PvdA)", "Dan kom ik daar in de tweede termijn op terug, met een "
                "motie."))
    s.append(sp("Minister Verhoeven-Amrani", "Dat had ik al verwacht. Dan de intermediairs. De heer Brouwer vroeg "
                "naar uitzendbureaus die verzoeken krijgen als 'geen hoofddoek'. Ik neem die aanbeveling van de "
                "NCDR over. In het stelsel van de verplichte toelating voor uitzendbureaus neem ik een meldplicht "
                "op: een bureau dat zo'n verzoek krijgt, moet dat melden bij de Arbeidsinspectie. Wie dat "
                "nalaat, riskeert zijn toelating. Ik verwacht de regeling in het najaar naar de Kamer te sturen."))
    s.append(sp("De heer Van Dijk (VVD)", "Hoe voorkomt de minister dat kleine werkgevers verdrinken in de "
                "regels? Een bakker met vier man personeel heeft geen HR-afdeling."))
    s.append(sp("Minister Verhoeven-Amrani", "Die zorg deel ik. Voor werkgevers met minder dan tien werknemers "
                "komt er een modelprotocol van twee kantjes, dat het MKB-loket in mei online zet. Zij hoeven dus "
                "niets zelf te bedenken."))
    s.append(Paragraph("Dan de hulp aan mensen die discriminatie melden. Mevrouw Yıldız vroeg naar het budget van "
                       "de antidiscriminatievoorzieningen en naar het voorstel van de NCDR voor een landelijk "
                       "minimum per inwoner. De ADV's worden betaald door de gemeenten en vallen onder mijn "
                       "collega van Binnenlandse Zaken. Zij stuurt voor de zomer een brief over de toekomst van de "
                       "ADV's. Ik heb haar gevraagd het voorstel daarin te betrekken; ik kan daar vandaag niet op "
                       "vooruitlopen.", H["b"]))
    s.append(sp("Mevrouw Yıldız (DENK)", "Dus de minister zegt niets toe?"))
    s.append(sp("Minister Verhoeven-Amrani", "Ik zeg toe dat het voorstel serieus wordt gewogen, en dat de "
                "Kamer voor de zomer een antwoord krijgt. Meer kan ik als minister van SZW niet toezeggen over een "
                "budget dat niet op mijn begroting staat."))
    s.append(Paragraph("Tot slot de overheid als werkgever. De heer Brouwer zei terecht dat het Rijk niet van "
                       "anderen kan vragen wat het zelf niet doet. Op dit moment solliciteren kandidaten bij "
                       "negen ministeries in de eerste ronde zonder naam, leeftijd en foto. Mijn collega van BZK "
                       "en ik hebben afgesproken dat alle ministeries en hun uitvoeringsorganisaties per 1 januari "
                       "2027 zo werken. Daarmee doen we wat de SER in 2019 al vroeg en wat de NCDR nu opnieuw "
                       "aanbeveelt.", H["b"]))
    s.append(Paragraph("Dan was er nog een vraag van de heer Van Dijk over de kosten van dit alles voor de "
                       "begroting. De extra praktijktests kosten 3,2 miljoen euro per jaar. Die dekking vindt de "
                       "Kamer in de eerste suppletoire begroting. Voorzitter, daarmee ben ik aan het eind gekomen "
                       "van mijn beantwoording in eerste termijn.", H["b"]))
    s.append(sp("De voorzitter", "Dank u wel. Dan gaan wij naar de tweede termijn van de zijde van de Kamer. Ik "
                "geef het woord aan mevrouw El Idrissi."))
    return s


def build_advice():
    total = [0]
    for _ in range(2):
        doc = SimpleDocTemplate(B.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                                topMargin=22 * mm, bottomMargin=20 * mm, title="Gelijke kans op een baan",
                                author="NCDR")
        d = adv_deco(total)
        doc.build(advice_story(), onFirstPage=d, onLaterPages=d)
        total[0] = doc.page


def build_response():
    doc = BaseDocTemplate(B.out(NAME + "_response.pdf"), pagesize=A4, title="Handelingen TK 58, item 9",
                          author="Tweede Kamer der Staten-Generaal")
    gap, lm = 7 * mm, 18 * mm
    w = (A4[0] - 2 * lm - gap) / 2
    frames = [Frame(lm, 18 * mm, w, A4[1] - 38 * mm, id="l"), Frame(lm + w + gap, 18 * mm, w, A4[1] - 38 * mm,
                                                                     id="r")]
    doc.addPageTemplates([PageTemplate("two", frames=frames, onPage=res_deco([0]))])
    doc.build(response_story())


if __name__ == "__main__":
    build_advice()
    build_response()
    recs = [
        ("1", "Maak praktijktests een vast onderdeel van het toezicht",
         "De Arbeidsinspectie gaat van 400 naar 1.000 praktijktests per jaar", "partly"),
        ("2", "Publiceer de uitkomsten van de praktijktests ieder jaar per sector",
         "ieder jaar per sector openbaar maken, voor het eerst", "agrees"),
        ("3", "Geef de Arbeidsinspectie de bevoegdheid een bestuurlijke boete op te leggen",
         "maar ik ga daar op dit moment niet in mee", "disagrees"),
        ("4", "Verplicht uitzend- en bemiddelingsbureaus discriminerende verzoeken van opdrachtgevers te melden",
         "In het stelsel van de verplichte toelating voor uitzendbureaus", "agrees"),
        ("5", "Stel een landelijk minimumbudget per inwoner vast voor de antidiscriminatievoorzieningen",
         "Ik heb haar gevraagd het voorstel daarin te betrekken", "noted"),
        ("6", "Ontwikkel samen met werkgevers een gratis toets voor selectiesoftware", None, "unanswered"),
        ("7", "Laat het Rijk het goede voorbeeld geven door vanaf 2027",
         "alle ministeries en hun uitvoeringsorganisaties per 1 januari 2027", "agrees"),
    ]
    unmatched = ["Vorige week sprak ik in Tilburg een jonge vrouw",
                 "komt er een modelprotocol van twee kantjes",
                 "De extra praktijktests kosten 3,2 miljoen euro per jaar"]
    notes = ("NCDR advies 2026/01 'Gelijke kans op een baan' (discrimination in recruitment): letterhead band, "
             "running header, 'pagina N van M', a Samenvatting ending in five SHORT dash items that repeat the "
             "recommendations in other words (trap), Grondwet/AWGB articles, a figures table, a finding 'Werkgevers "
             "moeten ...' (trap), a 2019 SER recommendation quoted as an imperative (trap), and seven NUMBERED "
             "imperatives in three shaded boxes 'Wat moet er gebeuren? (1)-(3)' at the end of chapters 2-4 "
             "(numbering continued 1-2, 3-5, 6-7, bold opening words), a closing request to react within three "
             "months. Reply: Handelingen excerpt of the Tweede Kamer plenary debate (two columns, TK 58, "
             "'58-9-N' folios), the minister's first term with interruptions, no numbers ever cited, order 1+2, 3, "
             "4, 5, 7: ONE paragraph answering 1 (1,000 tests instead of 1,500: partly) and 2 (published per "
             "sector 'zoals gevraagd': agrees); 3 in an interruption ('ik ga daar op dit moment niet in mee': "
             "disagrees); 4 ('Ik neem die aanbeveling van de NCDR over', meldplicht in the toelating: agrees); 5 "
             "referred to the BZK minister, 'kan daar vandaag niet op vooruitlopen' (noted); 7 all ministries from "
             "1 January 2027 (agrees, though the SER quote is cited too); 6 (selection software) unanswered. "
             "Unmatched: the opening anecdote, the answer to Van Dijk on small employers (a model protocol), and "
             "the costs paragraph.")
    B.write_expected(NAME, recs, unmatched, notes)
    B.check(NAME)
