"""Round 90 (nl): a MYSTERY-GUESTONDERZOEK into the municipal front office by a research bureau, answered by the
MANAGEMENTREACTIE of the director of Dienstverlening (a signed memo that cites the codes V1-V7).

Advice: Bureau Klantbeeld, gemeente Haverstede (3 p., reportlab, sans, letterhead band, running head, 'Blad n van m',
a score table, a shaded box with the service norms): recommendations as bold hanging codes V1-V7; traps: findings
B1-B5, the Servicehandvest 'moet', the 2022 recommendation quoted, a 'zou ... moeten' sentence. Response: order V3,
V6, V1+V5, V2, V7; V4 unanswered. Everything is invented.

Run: /tmp/blind90nl/bin/python tests/docs/src/blind90/gen_nl_mysteryguest_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b90nl as B  # noqa: E402

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind90_nl_mysteryguest"
F = B.tmp_fonts()
pdfmetrics.registerFont(TTFont("S", F["Regular"]))
pdfmetrics.registerFont(TTFont("SB", F["Bold"]))
pdfmetrics.registerFont(TTFont("SI", F["Italic"]))
pdfmetrics.registerFontFamily("S", normal="S", bold="SB", italic="SI", boldItalic="SB")
TEAL = colors.HexColor("#0d5c63")
body = ParagraphStyle("b", fontName="S", fontSize=9.4, leading=13.2, spaceAfter=5)
h1 = ParagraphStyle("h1", fontName="SB", fontSize=15, leading=19, textColor=TEAL, spaceAfter=6)
h2 = ParagraphStyle("h2", fontName="SB", fontSize=11, leading=14, textColor=TEAL, spaceBefore=8, spaceAfter=4)
hang = ParagraphStyle("hang", parent=body, leftIndent=28, firstLineIndent=-28)
small = ParagraphStyle("s", parent=body, fontSize=8.4, leading=11.5)


def page_deco(head, foot):
    def deco(c, doc):
        w, h = A4
        c.saveState()
        if doc.page == 1:
            c.setFillColor(TEAL)
            c.rect(0, h - 2.2 * cm, w, 2.2 * cm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("SB", 12)
            c.drawString(2 * cm, h - 1.3 * cm, head[0])
            c.setFont("S", 8.5)
            c.drawString(2 * cm, h - 1.8 * cm, head[1])
        else:
            c.setFont("S", 7.5)
            c.setFillColor(colors.grey)
            c.drawString(2 * cm, h - 1.2 * cm, head[2])
            c.line(2 * cm, h - 1.35 * cm, w - 2 * cm, h - 1.35 * cm)
        c.setFont("S", 7.5)
        c.setFillColor(colors.grey)
        c.drawRightString(w - 2 * cm, 1.2 * cm, foot.format(n=doc.page))
        c.restoreState()
    return deco


class Doc(SimpleDocTemplate):
    pass


def build(pdfname, story, head, foot_total):
    # two passes: count pages first, then 'Blad n van m'
    tmp = B.out(pdfname)
    d = Doc(tmp, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2.8 * cm, bottomMargin=2 * cm)
    d.build(list(story), onFirstPage=page_deco(head, "x"), onLaterPages=page_deco(head, "x"))
    import pymupdf
    m = len(pymupdf.open(tmp))
    d = Doc(tmp, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2.8 * cm, bottomMargin=2 * cm)
    f = foot_total.replace("{m}", str(m))
    d.build(list(story), onFirstPage=page_deco(head, f), onLaterPages=page_deco(head, f))


RECS = [
    ("V1", "Stel voor de telefonische dienstverlening een terugbelgarantie in: wie niet direct geholpen kan worden, wordt binnen één werkdag teruggebeld."),
    ("V2", "Beantwoord e-mails binnen vijf werkdagen inhoudelijk en stuur binnen 24 uur een automatische ontvangstbevestiging met een zaaknummer."),
    ("V3", "Train alle baliemedewerkers en telefonisten in het gebruik van eenvoudige taal op taalniveau B1, en herhaal die training jaarlijks."),
    ("V4", "Verleng de openingstijden van de chatfunctie op de website tot 20.00 uur op donderdagavond, gelijk aan de avondopenstelling van de balie."),
    ("V5", "Publiceer elk kwartaal de uitkomsten van de klanttevredenheidsmeting en de gehaalde servicenormen op de gemeentelijke website."),
    ("V6", "Vervang het keuzemenu van het algemene telefoonnummer door een menu met ten hoogste drie keuzes en een directe keuze voor spoedmeldingen."),
    ("V7", "Laat het mystery-guestonderzoek elk jaar herhalen door een onafhankelijk bureau, met dezelfde scenario's zodat de resultaten vergelijkbaar blijven."),
]


def advice():
    st = [Spacer(1, 2 * cm),
          Paragraph("Mystery-guestonderzoek dienstverlening gemeente Haverstede 2026", h1),
          Paragraph("Rapportage in opdracht van de directie Dienstverlening - kenmerk KB-2026-031 - Utrecht, 20 maart 2026", small),
          Paragraph("1. Inleiding", h2),
          Paragraph("In januari en februari 2026 heeft Bureau Klantbeeld in opdracht van de gemeente Haverstede de dienstverlening via telefoon, e-mail, chat en balie getoetst. Veertien getrainde mystery guests voerden in totaal 212 contacten uit aan de hand van acht vaste scenario's, van een verhuizing doorgeven tot een klacht over een kapotte lantaarnpaal.", body),
          Paragraph("Het onderzoek sluit aan op de meting van 2022. Toen deed het bureau onder meer de aanbeveling: <i>'Zorg voor een terugbelnotitie die voor alle medewerkers zichtbaar is in het klantcontactsysteem.'</i> Die aanbeveling is inmiddels uitgevoerd; de notitie wordt in 88 procent van de gevallen gebruikt.", body),
          Paragraph("2. Aanpak en normen", h2)]
    box = Table([[Paragraph("<b>Servicenormen uit het Servicehandvest Haverstede (2021)</b><br/>"
                            "- De gemeente moet de telefoon binnen 30 seconden opnemen.<br/>"
                            "- Een e-mail moet binnen tien werkdagen beantwoord zijn.<br/>"
                            "- Een klacht moet volgens artikel 9:11 Algemene wet bestuursrecht binnen zes weken zijn afgehandeld.<br/>"
                            "- Aan de balie mag de wachttijd zonder afspraak niet langer zijn dan 15 minuten.", small)]],
                colWidths=[17 * cm])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e3f0f1")),
                             ("BOX", (0, 0), (-1, -1), 0.8, TEAL), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                             ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    st += [Paragraph("De contacten zijn beoordeeld op bereikbaarheid, juistheid van het antwoord, bejegening en het nakomen van afspraken. De normen waaraan getoetst is, staan in het kader.", body),
           box, Spacer(1, 6),
           Paragraph("Tabel 1 - Gemiddelde scores per kanaal (schaal 1-10) en gehaalde normen", small)]
    t = Table([["Kanaal", "Contacten", "Score 2022", "Score 2026", "Norm gehaald"],
               ["Telefoon", "84", "6,8", "6,4", "61%"], ["E-mail", "56", "6,1", "6,6", "72%"],
               ["Chat", "32", "-", "7,3", "n.v.t."], ["Balie", "40", "7,5", "7,7", "90%"]],
              colWidths=[4 * cm, 3 * cm, 3 * cm, 3 * cm, 3.5 * cm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "S", 8.6), ("FONT", (0, 0), (-1, 0), "SB", 8.6),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#cfe4e6"))]))
    st += [t, Paragraph("3. Bevindingen", h2)]
    finds = [
        ("B1", "De telefonische bereikbaarheid is gedaald. In 39 procent van de gesprekken duurde het langer dan 30 seconden voordat een medewerker opnam; bij het keuzemenu haakten zes mystery guests af."),
        ("B2", "Terugbelafspraken worden niet altijd nagekomen: van de 23 toegezegde terugbelverzoeken werden er 9 niet binnen twee werkdagen afgehandeld."),
        ("B3", "E-mails worden vaker op tijd beantwoord dan in 2022, maar een ontvangstbevestiging ontbreekt bijna altijd, zodat inwoners niet weten of hun bericht is aangekomen."),
        ("B4", "Medewerkers aan de balie zijn vriendelijk en behulpzaam. Schriftelijke antwoorden bevatten wel vaak ambtelijke taal; een antwoord over de afvalstoffenheffing zou volgens de mystery guests veel eenvoudiger moeten."),
        ("B5", "De chat wordt goed gewaardeerd, maar is alleen op werkdagen tot 17.00 uur bereikbaar."),
    ]
    st += [Paragraph(f"<b>{c}</b>&nbsp;&nbsp;&nbsp;{t}".replace("&nbsp;", " "), hang) for c, t in finds]
    st += [Paragraph("Samenvattend concludeert het bureau dat de gemeente op de balie en de chat goed scoort en op de telefoon en de terugkoppeling achterblijft. Op grond daarvan doet Bureau Klantbeeld de volgende zeven aanbevelingen aan de directie.", body),
           Paragraph("4. Aanbevelingen", h2)]
    st += [Paragraph(f"<b>{c}</b>   <b>{t}</b>", hang) for c, t in RECS]
    st += [Paragraph("5. Verantwoording", h2),
           Paragraph("De scenario's zijn vooraf met de afdeling Klantcontact afgestemd. De uitkomsten zijn indicatief: 212 contacten zijn niet representatief voor alle circa 140.000 klantcontacten per jaar. Het bureau dankt de medewerkers voor hun medewerking aan de terugkoppelsessie op 12 maart 2026.", body),
           Paragraph("Bureau Klantbeeld - drs. Mirjam Oudshoorn, projectleider, en Joost van Leeuwen MSc, onderzoeker", small)]
    build(NAME + "_advice.pdf", st, ("Bureau Klantbeeld", "Onderzoek en advies klantcontact", "Mystery-guestonderzoek Haverstede 2026 - KB-2026-031"), "Blad {n} van {m}")


def response():
    st = [Spacer(1, 2 * cm), Paragraph("Managementreactie op het mystery-guestonderzoek 2026", h1)]
    meta = Table([["Aan", "het college van burgemeester en wethouders"], ["Van", "directeur Dienstverlening, H. (Hanneke) Brouwer"],
                  ["Datum", "21 april 2026"], ["Onderwerp", "reactie op rapport KB-2026-031 van Bureau Klantbeeld"]],
                 colWidths=[3 * cm, 14 * cm])
    meta.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "S", 8.8), ("FONT", (0, 0), (0, -1), "SB", 8.8),
                              ("LINEBELOW", (0, -1), (-1, -1), 0.6, TEAL)]))
    P = lambda t: Paragraph(t, body)  # noqa: E731
    st += [meta, Spacer(1, 8),
           P("Het rapport van Bureau Klantbeeld geeft een herkenbaar beeld van onze dienstverlening. Wij zijn blij dat inwoners de balie en de chat waarderen, en nemen de zwakke punten serieus. Hieronder reageren wij per verbeterpunt; de volgorde volgt onze planning voor 2026."),
           Paragraph("Reactie op de verbeterpunten", h2),
           P("<b>V3 - eenvoudige taal.</b> Wij nemen dit over. De eerste twee trainingsdagen voor 46 medewerkers van balie en telefonie zijn op 9 en 16 april 2026 gegeven; vanaf 2027 nemen wij een jaarlijkse opfrisdag op in het opleidingsplan."),
           P("<b>V6 - keuzemenu.</b> Ook dit punt is al opgepakt. Sinds 1 april 2026 heeft het algemene nummer een menu met drie keuzes; spoedmeldingen over de openbare ruimte worden direct doorgeschakeld naar de storingsdienst."),
           P("<b>V1 en V5 - terugbellen en openbaar maken van resultaten.</b> Een terugbelgarantie van één werkdag voeren wij per 1 juli 2026 in; het klantcontactsysteem geeft dan automatisch een signaal als een terugbelverzoek dreigt te verlopen. Het elk kwartaal publiceren van de tevredenheidscijfers vinden wij niet zinvol: de aantallen per kwartaal zijn te klein voor betrouwbare uitspraken. Wij blijven de cijfers eenmaal per jaar in het jaarverslag opnemen."),
           P("<b>V2 - e-mail.</b> Een automatische ontvangstbevestiging met zaaknummer komt er, zodra het nieuwe zaaksysteem in september live gaat. De termijn van vijf werkdagen voor een inhoudelijk antwoord nemen wij niet over; wij houden vast aan de tien werkdagen uit het Servicehandvest, omdat veel vragen afstemming met vakafdelingen vragen."),
           P("<b>V7 - herhaling van het onderzoek.</b> Wij nemen kennis van dit voorstel. Of wij het onderzoek jaarlijks of om de twee jaar laten herhalen, bezien wij bij de opstelling van de begroting 2027."),
           Paragraph("Overige punten: bereikbaarheid tijdens de verhuizing", h2),
           P("Los van het rapport melden wij dat het Klantcontactcentrum van 8 tot en met 19 juni 2026 tijdelijk werkt vanuit het gebouw aan de Stationsweg. In die periode is de balie alleen op afspraak geopend."),
           Paragraph("Tot slot", h2),
           P("Wij danken Bureau Klantbeeld en de mystery guests voor het zorgvuldige onderzoek. Het college ontvangt in het najaar een voortgangsbericht over de uitvoering van deze reactie."),
           Paragraph("H. Brouwer, directeur Dienstverlening", small)]
    build(NAME + "_response.pdf", st, ("Gemeente Haverstede", "Directie Dienstverlening - memo", "Managementreactie mystery-guestonderzoek 2026"), "Blad {n} van {m}")


EXP = [
    (1, "Stel voor de telefonische dienstverlening een terugbelgarantie in", "Een terugbelgarantie van één werkdag voeren wij per 1 juli 2026 in", "agrees"),
    (2, "Beantwoord e-mails binnen vijf werkdagen inhoudelijk en stuur binnen 24", "termijn van vijf werkdagen voor een inhoudelijk antwoord nemen wij niet over", "partly"),
    (3, "Train alle baliemedewerkers en telefonisten in het gebruik van eenvoudige taal", "De eerste twee trainingsdagen voor 46 medewerkers", "agrees"),
    (4, "Verleng de openingstijden van de chatfunctie op de website tot", None, "unanswered"),
    (5, "Publiceer elk kwartaal de uitkomsten van de klanttevredenheidsmeting en de", "de aantallen per kwartaal zijn te klein voor betrouwbare uitspraken", "disagrees"),
    (6, "Vervang het keuzemenu van het algemene telefoonnummer door een menu", "Sinds 1 april 2026 heeft het algemene nummer een menu", "agrees"),
    (7, "Laat het mystery-guestonderzoek elk jaar herhalen door een onafhankelijk bureau", "Wij nemen kennis van dit voorstel", "noted"),
]
UNMATCHED = ["Wij zijn blij dat inwoners de balie en de chat waarderen",
             "tijdelijk werkt vanuit het gebouw aan de Stationsweg",
             "Wij danken Bureau Klantbeeld en de mystery guests"]
NOTES = ("Advice: mystery-guest research report (Bureau Klantbeeld, gemeente Haverstede); recommendations as bold hanging "
         "codes V1-V7 under '4. Aanbevelingen' (number N = VN); traps: findings B1-B5 in the same hanging form, the "
         "Servicehandvest norms box with 'moet', artikel 9:11 Awb, the 2022 recommendation quoted, 'zou ... moeten', a score "
         "table. Response: managementreactie memo with bold run-in codes, order V3, V6, V1+V5, V2, V7. Shared paragraph "
         "'V1 en V5': V1 agrees (garantie per 1 juli) + V5 disagrees (quarterly publication 'niet zinvol'). V2 partly "
         "(acknowledgement yes, five days no). V7 noted. V4 (chat until 20.00) unanswered. Intro, 'Overige punten' and "
         "'Tot slot' answer nothing.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, EXP, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
