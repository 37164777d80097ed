"""Round 87 (nl, Flemish): the ADVIES of a municipal TOERISMERAAD on the draft toerismebeleidsplan, answered by the
BESLISSINGENLIJST (decision list) of the college van burgemeester en schepenen.

Advice: (invented) Toerismeraad Ooststeene, 'Advies over het ontwerp van toerismebeleidsplan Ooststeene beleeft
2026-2031' (2 p., reportlab, DejaVu, invariant=1, a green letterhead band, a figures table, running head, 'Blad n');
the whole advice in NUMBERED PARAGRAPHS (randnummers) 1-20, the recommendations being paragraphs 14-20 of part C;
traps: findings in part B ('moet' art. 5 of the Logiesdecreet, 'zou ... moeten'), the 2021 advice quoted, a vote, dates.
Response: beslissingenlijst of the college, 20 April 2026 (1 p.), point 2 citing '(randnummer N)', order 18, 15+20,
14, 17, 19; 16 unanswered; points 1 and 3 and the closing line answer nothing.
Ooststeene, the council, people and figures are invented; what is said of the decree is not to be relied on.

Run: /tmp/blind87nl/bin/python tests/docs/src/blind87/gen_nl_toerismeraad_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b87nl as B  # noqa: E402

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind87_nl_toerismeraad"
for style, f in B.SANS_FILES.items():
    pdfmetrics.registerFont(TTFont("DVS" + style.replace(" ", ""), B.DV + f))
pdfmetrics.registerFontFamily("DVS", normal="DVSRegular", bold="DVSBold", italic="DVSItalic", boldItalic="DVSBoldItalic")
GREEN = colors.HexColor("#2e6b3a")
BODY = ParagraphStyle("b", fontName="DVSRegular", fontSize=9.4, leading=13)
H1 = ParagraphStyle("h1", fontName="DVSBold", fontSize=15, leading=19, textColor=GREEN, spaceAfter=6)
H2 = ParagraphStyle("h2", fontName="DVSBold", fontSize=10.5, leading=14, textColor=GREEN, spaceBefore=8, spaceAfter=4)
SMALL = ParagraphStyle("s", parent=BODY, fontSize=8.4, leading=11)


def num(n, text):
    t = Table([[Paragraph(f"<b>{n}.</b>", BODY), Paragraph(text, BODY)]], colWidths=[1.0 * cm, 15.6 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return t


def pages(head):
    def draw(c, doc):
        c.saveState()
        w, h = A4
        if doc.page == 1:
            c.setFillColor(GREEN)
            c.rect(0, h - 1.6 * cm, w, 1.6 * cm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("DVSBold", 11)
            c.drawString(2.2 * cm, h - 1.0 * cm, head[0])
        else:
            c.setFont("DVSRegular", 7.5)
            c.setFillColor(colors.grey)
            c.drawString(2.2 * cm, h - 1.2 * cm, head[1])
            c.line(2.2 * cm, h - 1.35 * cm, w - 2 * cm, h - 1.35 * cm)
        c.setFont("DVSRegular", 7.5)
        c.setFillColor(colors.grey)
        c.drawRightString(w - 2 * cm, 1.1 * cm, f"Blad {doc.page}")
        c.restoreState()
    return draw


def advice():
    doc = SimpleDocTemplate(B.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2 * cm,
                            topMargin=2.4 * cm, bottomMargin=2 * cm, invariant=1, title="Advies toerismeraad")
    s = [Paragraph("Advies over het ontwerp van toerismebeleidsplan 'Ooststeene beleeft' 2026-2031", H1),
         Paragraph("Advies TR 2026/01 - aan het college van burgemeester en schepenen - 9 maart 2026", SMALL),
         Spacer(1, 6), Paragraph("A. Situering", H2)]
    paras = [
        "Bij brief van 2 februari 2026 vroeg het college de toerismeraad om advies over het ontwerp van "
        "toerismebeleidsplan 'Ooststeene beleeft' 2026-2031. De raad had daarvoor een termijn van vijf weken.",
        "De raad besprak het ontwerp op 17 februari en 3 maart 2026, in aanwezigheid van de toerismeambtenaar. Het "
        "advies werd op 3 maart 2026 goedgekeurd met negen stemmen voor en twee tegen.",
        "De toerismeraad telt vertegenwoordigers van de horeca, de logiesuitbaters, de gidsenkring, de "
        "fietsvereniging De Ronde Steen en twee deskundigen. De schepen van toerisme woont de vergaderingen bij "
        "zonder stemrecht.",
        "Het ontwerp bouwt voort op het vorige plan en zet in op fietstoerisme, het Kasteelpark en de streekproducten.",
    ]
    for i, t in enumerate(paras, 1):
        s.append(num(i, t))
    s.append(Paragraph("B. Vaststellingen", H2))
    fig = Table([["Kengetal", "2023", "2024", "2025"], ["Overnachtingen", "38.410", "41.275", "44.030"],
                 ["Bezoekers infokantoor", "9.820", "10.340", "9.905"], ["Erkende logies", "31", "34", "37"]],
                colWidths=[6 * cm, 3 * cm, 3 * cm, 3 * cm])
    fig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DVSRegular", 8.5), ("FONT", (0, 0), (-1, 0), "DVSBold", 8.5),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dcebdc")),
                             ("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]))
    paras = [
        "Het aantal overnachtingen steeg tussen 2023 en 2025 met ruim 14 procent, zoals de onderstaande tabel toont.",
        "Het infokantoor op de Markt is in juli en augustus alleen van maandag tot en met zaterdag open, terwijl de "
        "meeste dagjesmensen op zondag komen.",
        "Elke uitbater van een toeristisch logies moet zijn logies volgens artikel 5 van het Logiesdecreet aanmelden "
        "bij Toerisme Vlaanderen. Volgens de raad zijn nog minstens zes logies in Ooststeene niet aangemeld.",
        "Wie via de N47 of de Stationsstraat de gemeente binnenrijdt, ziet vandaag geen enkel onthaalbord. De borden "
        "aan de Kasteeldreef zijn verouderd.",
        "Het Kasteelpark is in het weekend niet met het openbaar vervoer bereikbaar. Een toeristische gemeente zou "
        "volgens de raad minstens op zaterdag en zondag een busverbinding moeten hebben.",
        "De belasting op tweede verblijven treft ook woningen die als erkend logies worden verhuurd.",
        "In 2021 adviseerde de raad al: 'Zorg voor een overdekte fietsenstalling aan de Markt.' Die stalling is er in "
        "2023 gekomen.",
        "De toerismeraad werkt vandaag met een werkingsbudget van 3.000 euro per jaar.",
        "Horeca en verenigingen plannen hun activiteiten los van elkaar, zodat evenementen soms op dezelfde dag vallen.",
    ]
    for i, t in enumerate(paras, 5):
        s.append(num(i, t))
        if i == 5:
            s += [fig, Spacer(1, 6)]
    s.append(Paragraph("C. Aanbevelingen", H2))
    recs = [
        "De toerismeraad adviseert een tweede fietslus langs de Steenbeek aan te leggen, met verharde fietspaden.",
        "De toerismeraad vraagt het infokantoor in juli en augustus ook op zondagnamiddag te openen.",
        "Ontwikkel samen met de horeca en de verenigingen één gezamenlijke kalender van evenementen.",
        "Schaf de belasting op tweede verblijven af voor woningen die als erkend logies worden verhuurd.",
        "Plaats aan de drie toegangswegen nieuwe onthaalborden met een QR-code naar de toeristische website.",
        "Vraag De Lijn om buslijn 47 in het weekend door te trekken tot aan het Kasteelpark.",
        "Verdubbel het werkingsbudget van de toerismeraad tot 6.000 euro per jaar.",
    ]
    for i, t in enumerate(recs, 14):
        s.append(num(i, t))
    s.append(Paragraph("D. Slot", H2))
    s.append(Paragraph("De toerismeraad verwacht binnen twee maanden een gemotiveerd antwoord van het college.<br/><br/>"
                       "Voor de toerismeraad,<br/>Jef Van Hove, voorzitter - Marleen De Groote, secretaris", BODY))
    doc.build(s, onFirstPage=pages(("TOERISMERAAD OOSTSTEENE", "Toerismeraad Ooststeene - advies TR 2026/01")),
              onLaterPages=pages(("TOERISMERAAD OOSTSTEENE", "Toerismeraad Ooststeene - advies TR 2026/01")))


def response():
    doc = SimpleDocTemplate(B.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2 * cm,
                            topMargin=2.4 * cm, bottomMargin=2 * cm, invariant=1, title="Beslissingenlijst")
    s = [Paragraph("Beslissingenlijst college van burgemeester en schepenen", H1),
         Paragraph("Zitting van maandag 20 april 2026 - aanwezig: de burgemeester, de schepenen en de algemeen directeur",
                   SMALL), Spacer(1, 6),
         Paragraph("1. Overheidsopdracht schilderwerken sporthal De Kouter - gunning", H2),
         Paragraph("Het college gunt de schilderwerken aan de sporthal aan de firma Deschacht bv voor 48.760 euro "
                   "inclusief btw.", BODY),
         Paragraph("2. Toerismeraad - advies over het ontwerp van toerismebeleidsplan - standpunt", H2),
         Paragraph("Het college neemt kennis van het advies TR 2026/01 van de toerismeraad en bepaalt zijn standpunt "
                   "als volgt.", BODY), Spacer(1, 4)]
    items = [
        "De nieuwe onthaalborden met QR-code worden nog dit jaar geplaatst; de bestelling is op 14 april vertrokken "
        "(randnummer 18).",
        "Het college gaat akkoord met een zondagsopening van het infokantoor van 13 tot 17 uur in de zomermaanden "
        "(randnummer 15). Een verhoging van het werkingsbudget van de adviesraad is in de huidige meerjarenplanning "
        "niet mogelijk; het bedrag blijft ongewijzigd (randnummer 20).",
        "De tweede fietslus wordt bewegwijzerd langs bestaande wegen; verharde fietspaden langs de Steenbeek "
        "zijn pas mogelijk na 2029 (randnummer 14).",
        "Het college wenst de belasting op tweede verblijven niet te wijzigen: het belastingreglement werd pas in "
        "december goedgekeurd en blijft van toepassing tot eind 2031 (randnummer 17).",
        "De vraag over de busverbinding wordt overgemaakt aan de vervoerregio, die bevoegd is voor het "
        "vervoersaanbod (randnummer 19).",
    ]
    for t in items:
        s.append(Paragraph("- " + t, ParagraphStyle("i", parent=BODY, leftIndent=12, firstLineIndent=-8,
                                                     spaceAfter=4)))
    s += [Paragraph("3. Personeel - aanstelling jobstudenten zwembad zomer 2026", H2),
          Paragraph("Het college stelt acht jobstudenten aan als redder voor het openluchtzwembad in juli en augustus.",
                    BODY), Spacer(1, 10),
          Paragraph("De volgende zitting van het college vindt plaats op maandag 27 april 2026 om 8.30 uur.", BODY),
          Spacer(1, 8),
          Paragraph("Voor eensluidende beslissingenlijst,<br/>Ann Desmet, algemeen directeur - Pieter Lannoo, "
                    "burgemeester", SMALL)]
    doc.build(s, onFirstPage=pages(("GEMEENTE OOSTSTEENE", "Gemeente Ooststeene - beslissingenlijst 20 april 2026")),
              onLaterPages=pages(("GEMEENTE OOSTSTEENE", "Gemeente Ooststeene - beslissingenlijst 20 april 2026")))


RECS = [
    (1, "De toerismeraad adviseert een tweede fietslus langs de Steenbeek aan te leggen",
     "wordt bewegwijzerd langs bestaande wegen", "partly"),
    (2, "De toerismeraad vraagt het infokantoor in juli en augustus ook", "gaat akkoord met een zondagsopening van het infokantoor",
     "agrees"),
    (3, "Ontwikkel samen met de horeca en de verenigingen één gezamenlijke kalender", None, "unanswered"),
    (4, "Schaf de belasting op tweede verblijven af voor woningen", "wenst de belasting op tweede verblijven niet te wijzigen",
     "disagrees"),
    (5, "Plaats aan de drie toegangswegen nieuwe onthaalborden met een QR-code",
     "de bestelling is op 14 april vertrokken", "agrees"),
    (6, "Vraag De Lijn om buslijn 47 in het weekend door te trekken",
     "wordt overgemaakt aan de vervoerregio, die bevoegd is", "noted"),
    (7, "Verdubbel het werkingsbudget van de toerismeraad tot 6.000 euro per jaar",
     "in de huidige meerjarenplanning niet mogelijk", "disagrees"),
]
UNMATCHED = ["gunt de schilderwerken aan de sporthal aan de firma Deschacht",
             "stelt acht jobstudenten aan als redder voor het openluchtzwembad",
             "de volgende zitting van het college vindt plaats op maandag"]
NOTES = ("Advice: Toerismeraad Ooststeene (Flemish) advies TR 2026/01 (reportlab), the whole text in NUMBERED PARAGRAPHS "
         "1-20; the recommendations are paragraphs 14-20 of part 'C. Aanbevelingen' (numbers 1-7 = 14-20), two opening "
         "'De toerismeraad adviseert/vraagt', five imperative; traps: part B findings 5-13 (art. 5 Logiesdecreet 'moet', "
         "'zou ... moeten'), the 2021 advice quoted, a figures table, a vote 9/2, dates. Response: beslissingenlijst of the "
         "college of 20 April 2026, point 2 with dash items citing '(randnummer N)', order 18, 15+20, 14, 17, 19: 18 agrees "
         "(ordered); ONE item = 15 agrees + 20 disagrees; 14 partly (signposting now, paths after 2029); 17 disagrees; 19 "
         "noted (passed to the vervoerregio); 16 (evenementenkalender) unanswered; point 1 (schilderwerken), point 3 "
         "(jobstudenten) and the closing line answer nothing; the 'neemt kennis van het advies' line covers the whole advice.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
