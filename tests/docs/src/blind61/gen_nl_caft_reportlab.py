"""Round 61 (nl): an ADVIES of the COLLEGE ARUBA FINANCIEEL TOEZICHT (CAft) on the ontwerpbegroting 2027 of the
Land Aruba, answered by the LETTER of Aruba's Minister van Financien to the CAft's chair.

Advice: a supervisor's letter-advice (letterhead, Aan/Datum/Kenmerk/Onderwerp, 'Excellentie,'), 1 Inleiding (the
statutory duty to attach the advice: 'moet ... voegen'), 2 Normen (the LAft norms: 'moet ... ten minste nul',
'mogen niet hoger zijn'), Tabel 1 of key figures in Afl. mln, 3 Beoordeling 3.1-3.4 (findings; the tax office's
view 'zou ... moeten worden gerealiseerd'; the CAft's 2026 advice quoted 'De regering moet de groei van de loonsom
beperken'; 'moet het Land ... herfinancieren'; a recommendation of last year reported as followed), 4 Conclusie
(summary paraphrase 'vraagt het CAft vooral om'), 5 Aanbevelingen: lead-in 'Het CAft adviseert de regering:' and a
LETTERED list 'a.'-'g.' of infinitive clauses ending in ';' (numbers a-g), then a closing reminder of article 15 LAft
('moet ... melden').
Response: letter of the minister (Uw kenmerk/Ons kenmerk/Onderwerp), prose paragraphs each opened by an italic
run-in theme word, naming no letters: order d, b+f, g, a, e; d partly (plan by 15 January instead of 1 December);
ONE paragraph 'Buffers en grondbelasting': b agrees (contingency raised) + f disagrees (land tax cut not postponed);
g agrees; a agrees; e noted ('neem ik ter kennisgeving aan'); c (payroll ceiling) unanswered; the opening, the
norms paragraph, the implementation report and the closing answer nothing.
Engine: reportlab platypus (DejaVu, no shaping, so no ligatures; invariant=1).

Run: /tmp/blind61nl/bin/python tests/docs/src/blind61/gen_nl_caft_reportlab.py"""
import os
import sys

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, os.path.dirname(__file__))
import _b61nl as B  # noqa: E402

rl_config.invariant = 1
NAME = "blind61_nl_caft"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf"), ("SE", "DejaVuSerif.ttf"), ("SEB", "DejaVuSerif-Bold.ttf"),
              ("SEI", "DejaVuSerif-Italic.ttf"), ("SEBI", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")
pdfmetrics.registerFontFamily("SE", normal="SE", bold="SEB", italic="SEI", boldItalic="SEBI")

NAVY = colors.HexColor("#1d3557")
SKY = colors.HexColor("#4a90c2")
GREY = colors.HexColor("#585858")


def st(size=9.3, lead=13.8, fam="DS", **kw):
    return ParagraphStyle(fam + str(size) + str(lead) + str(sorted(kw.items())), fontName=fam, fontSize=size,
                          leading=lead, **kw)


S = {
    "b": st(9.3, 13.8, "DS", spaceAfter=5, alignment=4),
    "h": st(10.6, 14, "DSB", spaceBefore=8, spaceAfter=3, textColor=NAVY),
    "h3": st(9.4, 13, "DSBI", spaceBefore=4, spaceAfter=2, textColor=NAVY),
    "q": st(8.9, 13, "DSI", spaceAfter=5, leftIndent=10 * mm, rightIndent=8 * mm, textColor=GREY),
    "m": st(8.4, 11.6, "DS"),
    "mg": st(8.4, 11.6, "DS", textColor=GREY),
    "cell": st(8.1, 10.6, "DS"),
    "cellr": st(8.1, 10.6, "DS", alignment=2),
    "cellh": st(8.1, 10.6, "DSB", textColor=colors.white),
    "cellhr": st(8.1, 10.6, "DSB", textColor=colors.white, alignment=2),
    "let": st(9.3, 13.8, "DS", leftIndent=9 * mm, bulletIndent=2 * mm, spaceAfter=3.5, alignment=4,
              bulletFontName="DSB"),
    "rb": st(9.8, 14.6, "SE", spaceAfter=6.5, alignment=4),
    "rm": st(8.6, 12, "SE"),
}
S["h"].keepWithNext = 1


def adv_deco(c, doc):
    c.saveState()
    w, h = A4
    c.setFillColor(NAVY)
    c.rect(22 * mm, h - 26 * mm, 3.2 * mm, 12 * mm, stroke=0, fill=1)
    c.setFillColor(SKY)
    c.rect(25.6 * mm, h - 26 * mm, 1.4 * mm, 12 * mm, stroke=0, fill=1)
    c.setFont("DSB", 10.5)
    c.setFillColor(NAVY)
    c.drawString(30 * mm, h - 19 * mm, "College Aruba financieel toezicht")
    c.setFont("DS", 7.4)
    c.setFillColor(GREY)
    c.drawString(30 * mm, h - 23.5 * mm, "L.G. Smith Boulevard 76  |  Oranjestad  |  www.caft.aw")
    c.drawRightString(w - 22 * mm, 12 * mm, f"Pagina {doc.page}")
    c.drawString(22 * mm, 12 * mm, "CAft/2026/0387  |  Advies ontwerpbegroting 2027")
    c.restoreState()


def res_deco(c, doc):
    c.saveState()
    w, h = A4
    if doc.page == 1:
        c.setFont("SEB", 11.5)
        c.setFillColor(colors.black)
        c.drawCentredString(w / 2, h - 18 * mm, "MINISTERIE VAN FINANCIËN, ECONOMISCHE ZAKEN EN CULTUUR")
        c.setFont("SE", 8)
        c.drawCentredString(w / 2, h - 22.5 * mm, "Aruba  -  De Minister")
        c.setStrokeColor(colors.HexColor("#b08d2e"))
        c.setLineWidth(0.8)
        c.line(60 * mm, h - 25 * mm, w - 60 * mm, h - 25 * mm)
    c.setFont("SE", 7.6)
    c.setFillColor(GREY)
    c.drawCentredString(w / 2, 11 * mm, f"{doc.page}")
    c.restoreState()


def let(lab, t):
    return Paragraph(t, S["let"], bulletText=lab)


def advice():
    doc = SimpleDocTemplate(B.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=33 * mm, bottomMargin=20 * mm, title="Advies ontwerpbegroting 2027",
                            author="CAft", creator="reportlab")
    meta = Table([[Paragraph("Aan", S["mg"]), Paragraph("de Minister van Financiën, Economische Zaken en Cultuur "
                                                        "van Aruba", S["m"])],
                  [Paragraph("Datum", S["mg"]), Paragraph("Oranjestad, 18 september 2026", S["m"])],
                  [Paragraph("Kenmerk", S["mg"]), Paragraph("CAft/2026/0387", S["m"])],
                  [Paragraph("Onderwerp", S["mg"]), Paragraph("Advies over de ontwerpbegroting 2027 van het Land "
                                                              "Aruba", S["m"])]],
                 colWidths=(24 * mm, 142 * mm))
    meta.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                              ("LINEBELOW", (0, -1), (-1, -1), 0.6, SKY)]))
    rows = [("Afl. miljoen", "Realisatie 2025", "Begroting 2026", "Ontwerp 2027"),
            ("Ontvangsten collectieve sector", "1.412", "1.468", "1.533"),
            ("Uitgaven collectieve sector", "1.398", "1.461", "1.527"),
            ("Saldo", "+14", "+7", "+6"),
            ("Rentelasten", "131", "139", "148"),
            ("Rentelasten in % van de ontvangsten", "9,3", "9,5", "9,7"),
            ("Schuldquote (% bbp)", "71,8", "69,5", "67,9")]
    data = []
    for i, r in enumerate(rows):
        if i == 0:
            data.append([Paragraph(r[0], S["cellh"])] + [Paragraph(x, S["cellhr"]) for x in r[1:]])
        else:
            data.append([Paragraph(r[0], S["cell"])] + [Paragraph(x, S["cellr"]) for x in r[1:]])
    tab = Table(data, colWidths=(70 * mm, 30 * mm, 30 * mm, 30 * mm))
    tab.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), NAVY),
                             ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#c5d5e4")),
                             ("BACKGROUND", (0, 3), (-1, 3), colors.HexColor("#eaf1f8")),
                             ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    f = [meta, Spacer(1, 10),
         Paragraph("Excellentie,", S["b"]),
         Paragraph("1. Inleiding", S["h"]),
         Paragraph("Op 4 september 2026 heeft het College Aruba financieel toezicht (CAft) de ontwerpbegroting 2027 "
                   "van het Land Aruba ontvangen, met de meerjarenraming 2028-2030 en de toelichting. Ingevolge "
                   "artikel 14 van de Landsverordening Aruba financieel toezicht (LAft) brengt het CAft binnen twee "
                   "weken advies uit over de ontwerpbegroting. De regering moet dit advies bij de ontwerpbegroting "
                   "voegen wanneer zij deze aan de Staten aanbiedt.", S["b"]),
         Paragraph("2. Normen", S["h"]),
         Paragraph("De LAft kent twee normen. Het saldo van de collectieve sector moet vanaf 2027 ten minste nul "
                   "bedragen, en de rentelasten mogen niet hoger zijn dan 10 procent van de ontvangsten. Daarnaast "
                   "heeft de regering zich in het Protocol financieel beleid 2025-2030 verbonden aan een daling van "
                   "de schuldquote naar 60 procent van het bbp in 2030. Tabel 1 geeft de kerncijfers.", S["b"]),
         tab,
         Paragraph("Tabel 1. Kerncijfers collectieve sector (bron: ontwerpbegroting 2027, bewerking CAft).",
                   st(7.6, 10, "DSI", textColor=GREY, spaceBefore=2, spaceAfter=6)),
         Paragraph("3. Beoordeling", S["h"]),
         Paragraph("3.1 Ontvangsten", S["h3"]),
         Paragraph("De ontwerpbegroting gaat uit van een stijging van de belastingontvangsten met 6,1 procent, "
                   "terwijl de Centrale Bank van Aruba de groei van het nominale bbp raamt op 3,8 procent. Ruim Afl. "
                   "24 miljoen van de extra ontvangsten is toegerekend aan een betere inning van de winstbelasting. "
                   "Volgens de belastingdienst zou die opbrengst al in 2027 volledig moeten worden gerealiseerd, "
                   "maar de nieuwe inningssoftware is nog niet aanbesteed. Het CAft acht de raming daarom "
                   "optimistisch.", S["b"]),
         Paragraph("3.2 Uitgaven", S["h3"]),
         Paragraph("De personeelsuitgaven stijgen in 2027 met Afl. 19 miljoen, ofwel 4,9 procent. In zijn advies "
                   "over de ontwerpbegroting 2026 schreef het CAft al:", S["b"]),
         Paragraph("'De regering moet de groei van de loonsom beperken tot de groei van het nominale bbp.'", S["q"]),
         Paragraph("Dat is in de ontwerpbegroting 2027 opnieuw niet het geval. De post onvoorzien bedraagt Afl. 2 "
                   "miljoen; dat is laag in verhouding tot de risico's in de ramingen van de ontvangsten en de "
                   "lopende cao-onderhandelingen.", S["b"]),
         Paragraph("3.3 Financiering en schuld", S["h3"]),
         Paragraph("In 2027 moet het Land Afl. 412 miljoen aan leningen herfinancieren, waarvan Afl. 260 miljoen "
                   "aan Nederland uit de liquiditeitssteun van 2020-2022. De ontwerpbegroting vermeldt niet hoe en "
                   "tegen welke rente dat gebeurt. Een rentestijging van één procentpunt kost het Land op dit deel "
                   "van de schuld ruim Afl. 4 miljoen per jaar.", S["b"]),
         Paragraph("3.4 Begrotingsuitvoering", S["h3"]),
         Paragraph("Uit de uitvoeringsrapportages over 2026 blijkt dat de ministeries gezamenlijk circa Afl. 30 "
                   "miljoen minder uitgeven dan begroot. Die onderuitputting is in de ontwerpbegroting niet "
                   "zichtbaar en maakt de ramingen moeilijk te beoordelen. Het CAft stelt vast dat de regering de "
                   "aanbeveling uit zijn vorige advies over een centraal kasbeheer heeft opgevolgd.", S["b"]),
         Paragraph("4. Conclusie", S["h"]),
         Paragraph("De ontwerpbegroting 2027 voldoet formeel aan de begrotingsnorm en de rentelastnorm. De marges "
                   "zijn echter smal en rusten op optimistische ramingen van de ontvangsten. Samengevat vraagt het "
                   "CAft vooral om realistischer ramingen, meer buffers en tijdige zekerheid over de "
                   "herfinanciering.", S["b"]),
         Paragraph("5. Aanbevelingen", S["h"]),
         Paragraph("Het CAft adviseert de regering:", S["b"]),
         let("a.", "de raming van de opbrengst van de winstbelasting met Afl. 12 miljoen te verlagen tot het niveau "
                   "dat met de huidige inningscapaciteit haalbaar is;"),
         let("b.", "de post onvoorzien te verhogen tot ten minste 1 procent van de totale uitgaven;"),
         let("c.", "een plafond voor de loonsom in de begroting op te nemen en daarover ieder kwartaal aan de Staten "
                   "te rapporteren;"),
         let("d.", "vóór 1 december 2026 een herfinancieringsplan voor de aflossingen in 2027 aan het CAft voor te "
                   "leggen;"),
         let("e.", "de meerjarenraming 2028-2030 uit te breiden met een scenario waarin de toeristische "
                   "bestedingen 10 procent lager uitvallen;"),
         let("f.", "de voorgenomen verlaging van de grondbelasting uit te stellen tot de schuldquote onder 65 "
                   "procent ligt;"),
         let("g.", "in de toelichting per ministerie de verwachte onderuitputting zichtbaar te maken."),
         Paragraph("Het CAft wijst er ten slotte op dat de regering op grond van artikel 15 LAft binnen vier weken "
                   "na ontvangst van dit advies moet melden op welke wijze zij de aanbevelingen opvolgt.", S["b"]),
         Spacer(1, 6),
         Paragraph("Hoogachtend,", S["b"]),
         Paragraph("Het College Aruba financieel toezicht,", S["b"]),
         Spacer(1, 8),
         Paragraph("drs. H.W. Kuipers, voorzitter", S["b"])]
    doc.build(f, onFirstPage=adv_deco, onLaterPages=adv_deco)


def response():
    doc = SimpleDocTemplate(B.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=26 * mm, rightMargin=26 * mm,
                            topMargin=32 * mm, bottomMargin=20 * mm, title="Reactie op advies CAft",
                            author="Minister van Financien", creator="reportlab")
    meta = Table([[Paragraph("Aan", S["rm"]), Paragraph("het College Aruba financieel toezicht<br/>t.a.v. de "
                                                        "voorzitter, drs. H.W. Kuipers<br/>Oranjestad", S["rm"])],
                  [Paragraph("Datum", S["rm"]), Paragraph("30 september 2026", S["rm"])],
                  [Paragraph("Uw kenmerk", S["rm"]), Paragraph("CAft/2026/0387", S["rm"])],
                  [Paragraph("Ons kenmerk", S["rm"]), Paragraph("MinFin/2026/3318", S["rm"])],
                  [Paragraph("Onderwerp", S["rm"]), Paragraph("Reactie op uw advies over de ontwerpbegroting 2027",
                                                              S["rm"])]],
                 colWidths=(26 * mm, 130 * mm))
    meta.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    f = [meta, Spacer(1, 12),
         Paragraph("Geachte heer Kuipers,", S["rb"]),
         Paragraph("Hartelijk dank voor uw advies van 18 september 2026 over de ontwerpbegroting 2027 en de "
                   "meerjarenraming 2028-2030. De regering heeft het advies besproken in de Raad van Ministers van 25 "
                   "september jongstleden. De ontwerpbegroting is op 29 september, samen met uw advies, aan de "
                   "Staten aangeboden. Hieronder ga ik in op de aanbevelingen.", S["rb"]),
         Paragraph("Met het CAft stel ik vast dat de ontwerpbegroting aan beide normen van de LAft voldoet en dat "
                   "de schuldquote voor het vierde achtereenvolgende jaar daalt. Dat is het resultaat van een "
                   "consequent beleid, waarvoor ik ook de ministeries erkentelijk ben.", S["rb"]),
         Paragraph("<i>Herfinanciering.</i> De regering deelt uw opvatting dat tijdig zekerheid nodig is over de "
                   "aflossingen die in 2027 vervallen. Een volledig plan kan ik u echter niet vóór 1 december "
                   "voorleggen, omdat de gesprekken met Nederland over de voorwaarden van de liquiditeitssteun pas in "
                   "november worden afgerond. Ik zeg u toe het plan uiterlijk 15 januari 2027 aan het CAft te sturen. "
                   "Vóór 1 december ontvangt u een overzicht van de te herfinancieren leningen en de looptijden "
                   "ervan.", S["rb"]),
         Paragraph("<i>Buffers en grondbelasting.</i> De post onvoorzien wordt bij nota van wijziging verhoogd van "
                   "Afl. 2 miljoen naar Afl. 15,5 miljoen, iets meer dan 1 procent van de uitgaven. De dekking komt "
                   "uit een korting op de materiële uitgaven van alle ministeries. De verlaging van de grondbelasting "
                   "stelt de regering daarentegen niet uit. Deze maatregel maakt deel uit van het "
                   "regeerprogramma, de derving van Afl. 6 miljoen is in de begroting volledig gedekt en een "
                   "koppeling aan de schuldquote acht de regering niet nodig.", S["rb"]),
         Paragraph("<i>Onderuitputting.</i> Vanaf de eerste suppletoire begroting 2027 bevat de toelichting per "
                   "ministerie een tabel met de verwachte onderuitputting, zodat de Staten en het CAft de ramingen "
                   "beter kunnen beoordelen.", S["rb"]),
         Paragraph("<i>Winstbelasting.</i> De raming is conform uw advies met Afl. 12 miljoen verlaagd. De "
                   "belastingdienst verwacht de volledige opbrengst van de betere inning pas in 2028, wanneer de "
                   "nieuwe software in gebruik is genomen.", S["rb"]),
         Paragraph("<i>Scenario's.</i> Uw suggestie om een scenario met lagere toeristische bestedingen door te "
                   "rekenen neem ik ter kennisgeving aan. Of dat bij de volgende meerjarenraming mogelijk is, hangt "
                   "af van de capaciteit van de Directie Financiën, die ik hierover zal raadplegen.", S["rb"]),
         Paragraph("Tot slot informeer ik u dat de derde uitvoeringsrapportage 2026 op 15 oktober aan het CAft "
                   "wordt gezonden, in plaats van op 31 oktober zoals eerder afgesproken.", S["rb"]),
         Paragraph("Ik vertrouw erop u hiermee voldoende te hebben geïnformeerd en zie uit naar ons overleg in "
                   "november.", S["rb"]),
         Spacer(1, 6),
         Paragraph("Hoogachtend,", S["rb"]),
         Paragraph("De Minister van Financiën, Economische Zaken en Cultuur,", S["rb"]),
         Spacer(1, 14),
         Paragraph("mr. drs. C.A. Ras-Tromp", S["rb"])]
    doc.build(f, onFirstPage=res_deco, onLaterPages=res_deco)


def expected():
    B.write_expected(NAME, [
        ("a", "de raming van de opbrengst van de winstbelasting met Afl. 12",
         "De raming is conform uw advies met Afl. 12 miljoen verlaagd", "agrees"),
        ("b", "de post onvoorzien te verhogen tot ten minste 1 procent",
         "De post onvoorzien wordt bij nota van wijziging verhoogd", "agrees"),
        ("c", "een plafond voor de loonsom in de begroting op te nemen",
         None, "unanswered"),
        ("d", "vóór 1 december 2026 een herfinancieringsplan voor de aflossingen in 2027",
         "Ik zeg u toe het plan uiterlijk 15 januari 2027", "partly"),
        ("e", "de meerjarenraming 2028-2030 uit te breiden met een scenario waarin",
         "rekenen neem ik ter kennisgeving aan", "noted"),
        ("f", "de voorgenomen verlaging van de grondbelasting uit te stellen tot",
         "De verlaging van de grondbelasting stelt de regering daarentegen niet uit", "disagrees"),
        ("g", "in de toelichting per ministerie de verwachte onderuitputting zichtbaar te",
         "bevat de toelichting per ministerie een tabel met de verwachte onderuitputting", "agrees"),
    ], ["De regering heeft het advies besproken in de Raad van Ministers",
        "Met het CAft stel ik vast dat de ontwerpbegroting",
        "de derde uitvoeringsrapportage 2026 op 15 oktober aan het CAft",
        "Ik vertrouw erop u hiermee voldoende te hebben geïnformeerd"],
        "ADVIES of the COLLEGE ARUBA FINANCIEEL TOEZICHT (CAft) on the ontwerpbegroting 2027 of the Land Aruba (the "
        "figures, the people, the kenmerken, the protocol and the quoted 2026 advice are invented; the Landsverordening "
        "Aruba financieel toezicht is real, but what is said of its articles is not to be relied on). Letter-advice "
        "with sections 1-5; the seven recommendations are the LETTERED infinitive clauses 'a.'-'g.' after the lead-in "
        "'Het CAft adviseert de regering:' in 5 Aanbevelingen (numbers a-g; starts_with is the clause without the "
        "letter). Not recommendations: the duty to attach the advice ('moet ... voegen'), the LAft norms ('moet ... "
        "ten minste nul', 'mogen niet hoger zijn'), Table 1 of key figures, the tax office's view ('zou ... moeten "
        "worden gerealiseerd'), the quoted 2026 advice ('De regering moet de groei van de loonsom beperken'), 'moet "
        "het Land ... herfinancieren', last year's recommendation reported as followed, 4 Conclusie ('vraagt het CAft "
        "vooral om ...'), the closing reminder of article 15 ('moet melden'). Response: the minister's letter to the "
        "CAft's chair, paragraphs opened by italic theme words, naming no letters, order d, b+f, g, a, e: d partly "
        "(an overview before 1 December, the plan by 15 January 2027); ONE paragraph 'Buffers en grondbelasting': b "
        "agrees (contingency raised to Afl. 15,5 miljoen) + f disagrees (land-tax cut not postponed); g agrees "
        "(from the first suppletoire begroting 2027); a agrees; e noted ('neem ik ter kennisgeving aan'). c (a payroll "
        "ceiling with quarterly reports) UNANSWERED. The opening (Raad van Ministers, sent to the Staten), the norms "
        "paragraph, the implementation report and the closing answer no recommendation.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)
