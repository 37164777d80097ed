"""Round 130 (nl): the ADVIES of an (invented) tenants' association on a housing corporation's annual rent policy,
its seven recommendations NUMBERED 5.-11., CONTINUING the numbering of four findings 1.-4. under 'Wat wij zien';
answered by the director's LETTER QUOTING each point ('Uw adviespunt 8:' in italics, then 'Onze reactie'), points 10
and 11 quoted together, point 9 never quoted.

Advice (reportlab, 2 p., plum headings, head from p. 2, 'n/m'): the Overlegwet paraphrased with 'moet' (trap), the
findings 1.-4. with figures (trap: a numbered list that is not advice), last year's advice quoted as an imperative
(trap), a closing line naming 'de punten 5, 8 en 10' (trap). Response (reportlab, 2 p.): 5 partly, 6 agrees, 7 noted,
8 disagrees, '10 en 11' (10 agrees, 11 noted); 9 unanswered; 'Uw bevindingen' names finding 3 (not a reply), the
introduction and closing answer nothing. All bodies, places, people, figures and reference numbers invented; the
Overlegwet is named as context only.

Run: /tmp/blind130nl/bin/python tests/docs/src/blind130/gen_nl_huurders_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b130nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind130_nl_huurders"
FS = B.tmp_fonts()
for key, suf in (("Regular", ""), ("Bold", "-B"), ("Italic", "-I"), ("Bold Italic", "-BI")):
    pdfmetrics.registerFont(TTFont("S" + suf, FS[key]))
addMapping("S", 0, 0, "S")
addMapping("S", 1, 0, "S-B")
addMapping("S", 0, 1, "S-I")
addMapping("S", 1, 1, "S-BI")

PLUM = colors.HexColor("#6a2c5a")
PALE = colors.HexColor("#f4eaf1")
GREY = colors.HexColor("#555555")
BODY = ParagraphStyle("body", fontName="S", fontSize=9.7, leading=14, spaceAfter=5)
ITEM = ParagraphStyle("item", parent=BODY, leftIndent=8 * mm, bulletIndent=0, spaceAfter=4)
SMALL = ParagraphStyle("small", fontName="S", fontSize=8, leading=10.5, textColor=GREY)
TITLE = ParagraphStyle("t", fontName="S-B", fontSize=16, leading=20, textColor=PLUM, spaceAfter=4)
H2 = ParagraphStyle("h2", fontName="S-B", fontSize=11.2, leading=15, textColor=PLUM, spaceBefore=8, spaceAfter=3,
                    keepWithNext=True)
QUOTE = ParagraphStyle("q", parent=BODY, fontName="S-I", leftIndent=8 * mm, rightIndent=6 * mm, textColor=GREY)
CITE = ParagraphStyle("c", parent=BODY, fontName="S-I", fontSize=9.3, leading=13, spaceAfter=0)
LEAD = ParagraphStyle("l", parent=BODY, fontName="S-B", spaceAfter=2, keepWithNext=True)


def page_fn(head, foot):
    def fn(canv, doc):
        canv.saveState()
        canv.setFont("S", 7.2)
        canv.setFillColor(GREY)
        if doc.page > 1:
            canv.drawString(22 * mm, A4[1] - 12 * mm, head)
            canv.setStrokeColor(PLUM)
            canv.setLineWidth(0.5)
            canv.line(22 * mm, A4[1] - 13.5 * mm, A4[0] - 22 * mm, A4[1] - 13.5 * mm)
        canv.drawRightString(A4[0] - 22 * mm, 10 * mm, foot.format(n=doc.page, m=doc._b130_total))
        canv.restoreState()
    return fn


def build(story_fn, pdfname, head, title, foot, author):
    total = 0
    for _ in range(2):
        doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                                topMargin=19 * mm, bottomMargin=18 * mm, title=title, author=author,
                                creator="reportlab")
        doc._b130_total = total or "?"
        doc.build(story_fn(), onFirstPage=page_fn(head, foot), onLaterPages=page_fn(head, foot))
        total = doc.page


FINDINGS = [
    "Ruim 38 procent van de huurders van Eemhof besteedt meer dan een derde van het inkomen aan woonlasten. In 2023 "
    "was dat nog 31 procent.",
    "Eemhof heeft nog 410 woningen met energielabel E, F of G. De verduurzaming daarvan is uitgesteld tot 2028.",
    "Het aantal huurders met een huurachterstand van meer dan twee maanden is in een jaar gestegen van 96 naar 141.",
    "De servicekosten voor schoonmaak zijn sinds de wisseling van schoonmaakbedrijf in 2025 een terugkerende klacht "
    "op onze spreekuren.",
]
ADVICE = [
    "Beperk de huurverhoging voor sociale huurwoningen in 2026 tot 3,0 procent, ruim onder het wettelijke maximum.",
    "Geef huurders van woningen met energielabel E, F of G geen huurverhoging totdat hun woning is verduurzaamd.",
    "Pas de tijdelijke huurverlaging voor lage inkomens actief toe: benader huurders met een laag inkomen zelf, in "
    "plaats van te wachten tot zij een verzoek indienen.",
    "Harmoniseer de huur bij een nieuwe verhuring niet naar de maximale huur, maar naar 90 procent daarvan.",
    "Verhoog de servicekosten voor de schoonmaak van algemene ruimten pas als het nieuwe schoonmaakbedrijf een vol "
    "jaar naar tevredenheid heeft gewerkt.",
    "Publiceer het huurbeleid ook in eenvoudige taal en in het Arabisch, Turks en Pools.",
    "Organiseer in het najaar een evaluatiegesprek met de huurdersvereniging over de gevolgen van het huurbeleid.",
]


def advice_story():
    s = [Paragraph("Huurdersvereniging De Samenwerking - Eemstad", SMALL), Spacer(1, 6),
         Paragraph("Aan de directeur-bestuurder van Woonstichting Eemhof<br/>Eemstad, 14 maart 2026<br/>"
                   "Ons kenmerk: HDS-2026-011<br/>Onderwerp: advies huurbeleid 2026", SMALL), Spacer(1, 10),
         Paragraph("Advies over het huurbeleid 2026", TITLE),
         Paragraph("Geachte heer Van Dorsten,", BODY),
         Paragraph("Op 20 februari 2026 vroeg u ons advies over het voorgenomen huurbeleid 2026. Op grond van de "
                   "Overlegwet moet een verhuurder de huurdersorganisatie om advies vragen over het huurbeleid, en "
                   "moet hij schriftelijk en gemotiveerd reageren als hij het advies niet overneemt. Wij bespraken het "
                   "voorstel op onze ledenavond van 9 maart, waar 74 leden aanwezig waren.", BODY),
         Paragraph("Wat wij zien", H2),
         Paragraph("Uit onze spreekuren, de ledenavond en de cijfers die u ons toestuurde, komt het volgende beeld "
                   "naar voren:", BODY)]
    for i, t in enumerate(FINDINGS, 1):
        s.append(Paragraph(t, ITEM, bulletText=f"{i}."))
    s += [Paragraph("Vorig jaar schreven wij in ons advies:", BODY),
          Paragraph("'Koppel de huurverhoging aan de inflatie en ga daar niet boven zitten.'", QUOTE),
          Paragraph("Eemhof verhoogde de huren in 2025 met 4,4 procent, bij een inflatie van 3,1 procent. Dat heeft "
                    "veel leden teleurgesteld.", BODY),
          Paragraph("Ons advies", H2),
          Paragraph("Wij adviseren u het volgende. De nummering sluit aan op die van onze bevindingen hierboven.",
                    BODY)]
    for i, t in enumerate(ADVICE, 5):
        s.append(Paragraph(t, ITEM, bulletText=f"{i}."))
    s += [Paragraph("Tot slot", H2),
          Paragraph("Wij horen graag binnen zes weken uw reactie, en in het bijzonder op de punten 5, 8 en 10. Wij "
                    "zijn uiteraard bereid ons advies in het reguliere overleg toe te lichten.", BODY),
          Spacer(1, 6),
          Paragraph("Met vriendelijke groet,<br/>namens het bestuur van Huurdersvereniging De Samenwerking,<br/>"
                    "G. Kalkman, voorzitter<br/>S. Benali, secretaris", BODY)]
    return s


def quoted(label, text, reply):
    cell = [Paragraph(label, LEAD), Paragraph("'" + text + "'", CITE)]
    t = Table([[cell]], colWidths=[166 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE), ("LINEBEFORE", (0, 0), (0, -1), 2.5, PLUM),
                           ("LEFTPADDING", (0, 0), (-1, -1), 7), ("TOPPADDING", (0, 0), (-1, -1), 4),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    out = [Spacer(1, 3), t, Spacer(1, 3), Paragraph("Onze reactie", LEAD)]
    out += [Paragraph(r, BODY) for r in reply]
    return out


def response_story():
    s = [Paragraph("Woonstichting Eemhof", TITLE),
         Paragraph("Aan het bestuur van Huurdersvereniging De Samenwerking<br/>Eemstad, 15 april 2026<br/>"
                   "Kenmerk: EH/DB/2026-0219<br/>Onderwerp: reactie op uw advies huurbeleid 2026", SMALL),
         Spacer(1, 10),
         Paragraph("Beste mevrouw Kalkman, beste heer Benali,", BODY),
         Paragraph("Hartelijk dank voor uw advies van 14 maart. Wij hebben het besproken in het managementteam en "
                   "met de raad van commissarissen. Hieronder citeren wij uw adviespunten en geven wij per punt "
                   "aan wat wij ermee doen.", BODY),
         Paragraph("Uw bevindingen", H2),
         Paragraph("Uw bevindingen herkennen wij grotendeels. Bij punt 3 merken wij op dat de stijging van het aantal "
                   "achterstanden deels komt door een nieuwe werkwijze: wij nemen nu al na vier weken contact op, "
                   "in plaats van na acht.", BODY),
         Paragraph("Uw adviezen", H2)]
    s += quoted("Uw adviespunt 5", ADVICE[0], [
        "Wij komen u een eind tegemoet. De huren van sociale huurwoningen stijgen per 1 juli met gemiddeld 3,5 "
        "procent. Lager kunnen wij niet gaan zonder de onderhoudsbegroting te raken."])
    s += quoted("Uw adviespunt 6", ADVICE[1], [
        "Dit nemen wij over. Ongeveer 410 woningen in deze labelklassen blijven in 2026 op dezelfde huur."])
    s += quoted("Uw adviespunt 7", ADVICE[2], [
        "Wij vinden dit een sympathiek voorstel. Samen met de gemeente Eemstad zoeken wij uit of wij huurders met "
        "een laag inkomen mogen benaderen; de privacyregels maken dat ingewikkeld. Wij komen hier later op terug."])
    s += quoted("Uw adviespunt 8", ADVICE[3], [
        "Hierin volgen wij u niet. Bij een nieuwe verhuring blijven wij de huur optrekken tot de maximale huur. Die "
        "inkomsten zijn nodig om de 220 nieuwbouwwoningen in Eemstad-Noord te kunnen betalen."])
    s += quoted("Uw adviespunten 10 en 11", ADVICE[5] + "' en '" + ADVICE[6], [
        "Het huurbeleid verschijnt in mei op onze website en in het huurdersblad, in eenvoudige taal en in de "
        "vier talen die u noemt.",
        "Of er in het najaar een apart evaluatiegesprek komt, bepalen wij na de zomer, als wij met u en de gemeente "
        "de prestatieafspraken voor 2027 bespreken."])
    s += [Paragraph("Tot slot", H2),
          Paragraph("De nieuwe huren worden uiterlijk 30 april aan alle huurders bekendgemaakt; voor de "
                    "labelklassen E, F en G ontvangen huurders een aparte brief. Wij zien uit naar ons volgende "
                    "overleg op 11 juni.", BODY),
          Spacer(1, 6),
          Paragraph("Met vriendelijke groet,<br/>Woonstichting Eemhof<br/>ir. M.C. van Dorsten, directeur-bestuurder",
                    BODY)]
    return s


def expected():
    recs = [
        (1, "Beperk de huurverhoging voor sociale huurwoningen in 2026 tot 3,0",
         "Wij komen u een eind tegemoet", "partly"),
        (2, "Geef huurders van woningen met energielabel E, F of G",
         "blijven in 2026 op dezelfde huur", "agrees"),
        (3, "Pas de tijdelijke huurverlaging voor lage inkomens actief toe: benader",
         "de privacyregels maken dat ingewikkeld", "noted"),
        (4, "Harmoniseer de huur bij een nieuwe verhuring niet naar de",
         "blijven wij de huur optrekken tot de maximale huur", "disagrees"),
        (5, "Verhoog de servicekosten voor de schoonmaak van algemene ruimten pas", None, "unanswered"),
        (6, "Publiceer het huurbeleid ook in eenvoudige taal en in het",
         "verschijnt in mei op onze website en in het huurdersblad", "agrees"),
        (7, "Organiseer in het najaar een evaluatiegesprek met de huurdersvereniging over",
         "bepalen wij na de zomer, als wij met u", "noted"),
    ]
    unmatched = ["Uw bevindingen herkennen wij grotendeels",
                 "wij nemen nu al na vier weken contact op",
                 "Wij zien uit naar ons volgende overleg op 11 juni"]
    notes = ("Advice: a tenants' association's ADVIES on a housing corporation's rent policy (reportlab, 2 p., a "
             "letter); the seven recommendations are NUMBERED 5.-11., continuing the numbering of four findings "
             "1.-4. under 'Wat wij zien' (so the advice's point 8 is recommendation 4). Traps: the Overlegwet "
             "paraphrased with 'moet', the numbered findings with figures, last year's advice quoted as an "
             "imperative ('Koppel de huurverhoging aan de inflatie ...'), a closing line naming 'de punten 5, 8 en "
             "10'. Response: the director's LETTER QUOTING each point in a shaded box ('Uw adviespunt N' and the "
             "quoted text) followed by 'Onze reactie', in the order 5 (partly: 3,5 instead of 3,0 procent), 6 "
             "(agrees: no increase for labels E-G), 7 (noted: being explored with the municipality, will come back "
             "to it), 8 (disagrees: keeps harmonising to the maximum rent), '10 en 11' quoted TOGETHER in one box "
             "(10 agrees: plain language and four languages in May; 11 noted: decided after the summer). Point 9 "
             "(cleaning service charges) is never quoted or answered: unanswered. 'Uw bevindingen' names finding "
             "'punt 3' (not a recommendation) and answers nothing; the introduction and 'Tot slot' answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    build(advice_story, NAME + "_advice.pdf", "Huurdersvereniging De Samenwerking - advies huurbeleid 2026 - "
          "HDS-2026-011", "Advies huurbeleid 2026", "{n}/{m}", "Huurdersvereniging De Samenwerking")
    build(response_story, NAME + "_response.pdf", "Woonstichting Eemhof - reactie advies huurbeleid 2026 - "
          "EH/DB/2026-0219", "Reactie op het advies huurbeleid 2026", "{n}/{m}", "Woonstichting Eemhof")
    expected()
