"""Round 86 (nl, Dutch): the ADVIES of a municipal COMMISSIE BEGRAAFPLAATSEN (residents, funeral directors and
churches advising the college) on the concept-BEHEERPLAN BEGRAAFPLAATSEN, answered by the college's
RAADSINFORMATIEBRIEF.

Advice: (invented) Commissie Begraafplaatsen Hesselbroek, 'Advies concept-Beheerplan begraafplaatsen 2026-2035',
CB 2026/02 (2-3 p., sans, a slate letterhead band, a table of the cemeteries, running head and 'Blad n'); the seven
recommendations are LABELLED 'Aanbeveling 1' - 'Aanbeveling 7' in bold, each followed by a short 'Toelichting';
traps: findings 2.1-2.4, the Wet op de lijkbezorging ('moet ... ten minste tien jaar'), the 2018 advice quoted
('Maak het mogelijk om as te verstrooien op een strooiveld bij de Oude Algemene Begraafplaats.'), 'zou ... moeten',
a paragraph on the tarievenverordening (art. 5, 1 January 2027).
Response: raadsinformatiebrief of the college (2 p., sans, 'Raadsinformatiebrief' header table, page numbers),
citing 'aanbeveling N', order 3, 1+6, 7, 2, 5: introduction (nothing); 3 agrees (already done); ONE paragraph on
the grave periods = 1 agrees + 6 disagrees; 7 partly (only Oude Algemene); 2 noted (will consider at the review);
5 agrees (from 1 July 2026); 'Digitalisering grafregister' and closing (nothing); 4 unanswered.
Engine: reportlab platypus (DejaVu, invariant=1).

The Wet op de lijkbezorging is real, but what the documents say of it is not to be relied on; Hesselbroek, its
cemeteries, the commissie, people, figures and dates are invented.

Run: /tmp/blind86nl/bin/python tests/docs/src/blind86/gen_nl_begraafplaatsen_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b86nl as B  # noqa: E402

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind86_nl_begraafplaatsen"
for style, f in B.SANS_FILES.items():
    pdfmetrics.registerFont(TTFont("DVS" + style.replace(" ", ""), B.DV + f))

SLATE = colors.HexColor("#34495e")
LIGHT = colors.HexColor("#e8edf1")
body = ParagraphStyle("b", fontName="DVSRegular", fontSize=9.5, leading=13.3, spaceAfter=5)
S = {
    "body": body,
    "h1": ParagraphStyle("h1", parent=body, fontName="DVSBold", fontSize=14.5, leading=18, textColor=SLATE),
    "h2": ParagraphStyle("h2", parent=body, fontName="DVSBold", fontSize=10.8, leading=14, textColor=SLATE,
                         spaceBefore=7, spaceAfter=3),
    "rec": ParagraphStyle("r", parent=body, fontName="DVSBold", spaceBefore=4, spaceAfter=2),
    "toel": ParagraphStyle("t", parent=body, leftIndent=14, fontSize=9, leading=12.5, textColor=colors.HexColor("#333333")),
    "item": ParagraphStyle("i", parent=body, leftIndent=24, firstLineIndent=-24),
    "small": ParagraphStyle("s", parent=body, fontSize=8, leading=10.5, textColor=colors.HexColor("#555555")),
    "quote": ParagraphStyle("q", parent=body, leftIndent=20, fontName="DVSItalic"),
}
P = lambda t, s="body": Paragraph(t, S[s])  # noqa: E731


def grid(rows, widths, head=True):
    t = Table(rows, colWidths=widths)
    st = [("FONT", (0, 0), (-1, -1), "DVSRegular", 8.2), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
          ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if head:
        st += [("FONT", (0, 0), (-1, 0), "DVSBold", 8.2), ("BACKGROUND", (0, 0), (-1, 0), LIGHT)]
    t.setStyle(TableStyle(st))
    return t


RECS_TEXT = [
    ("Verleng de standaardtermijn van particuliere graven van 20 naar 30 jaar, met de mogelijkheid tot verlenging "
     "met telkens tien jaar.",
     "Nabestaanden ervaren een termijn van 20 jaar als kort; in omliggende gemeenten is 30 jaar gangbaar."),
    ("Onderzoek of op de begraafplaats Hesselbroek-Noord een natuurbegraafgedeelte kan worden ingericht.",
     "De commissie ontvangt hierover sinds 2023 regelmatig vragen van inwoners en uitvaartondernemers."),
    ("Herstel voor Allerheiligen 2026 de toegangspaden en de verlichting op de Oude Algemene Begraafplaats.",
     "Oudere bezoekers melden dat zij bij regen en in de winter moeilijk bij de graven kunnen komen."),
    ("Stel voor de Oude Algemene Begraafplaats een funerair-erfgoedplan op, met een lijst van graven die "
     "behouden moeten blijven.",
     "Zonder zo'n lijst worden waardevolle grafmonumenten na afloop van de grafrechten geruimd."),
    ("Breid de openingstijden van de aula op Hesselbroek-Noord uit naar zaterdagochtend.",
     "Steeds meer uitvaarten vinden op zaterdag plaats, terwijl de aula dan gesloten is."),
    ("Hef geen grafrechten meer voor het ruimen van graven van kinderen jonger dan twaalf jaar.",
     "De commissie acht het niet passend dat ouders voor het ruimen van een kindergraf betalen."),
    ("Plaats op beide begraafplaatsen bankjes en een watertappunt op loopafstand van elk grafvak.",
     "De huidige watertappunten liggen op sommige plaatsen meer dan 150 meter van de graven."),
]


def advice():
    def pages(c, d):
        c.saveState()
        if d.page == 1:
            c.setFillColor(SLATE)
            c.rect(0, A4[1] - 2.2 * cm, A4[0], 2.2 * cm, fill=1, stroke=0)
            c.setFillColor(colors.white)
            c.setFont("DVSBold", 13.5)
            c.drawString(2.2 * cm, A4[1] - 1.3 * cm, "Commissie Begraafplaatsen Hesselbroek")
            c.setFont("DVSRegular", 8.3)
            c.drawString(2.2 * cm, A4[1] - 1.8 * cm, "Adviescommissie van het college voor begraven en cremeren")
        else:
            c.setFillColor(colors.HexColor("#555555"))
            c.setFont("DVSRegular", 7.5)
            c.drawString(2.2 * cm, A4[1] - 1.3 * cm, "Commissie Begraafplaatsen - advies CB 2026/02 concept-Beheerplan")
            c.line(2.2 * cm, A4[1] - 1.4 * cm, A4[0] - 2 * cm, A4[1] - 1.4 * cm)
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("DVSRegular", 7.5)
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Blad {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(B.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2 * cm,
                            topMargin=2.9 * cm, bottomMargin=2 * cm, invariant=1,
                            title="Advies concept-Beheerplan begraafplaatsen", author="Commissie Begraafplaatsen")
    meta = Table([["Aan", "College van burgemeester en wethouders van Hesselbroek"], ["Nummer", "CB 2026/02"],
                  ["Datum", "11 februari 2026"], ["Betreft", "Advies over het concept-Beheerplan begraafplaatsen 2026-2035"]],
                 colWidths=[2.6 * cm, 14 * cm])
    meta.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DVSRegular", 8.6), ("FONT", (0, 0), (0, -1), "DVSBold", 8.6),
                              ("LINEBELOW", (0, -1), (-1, -1), 0.8, SLATE)]))
    story = [meta, Spacer(1, 8), P("Advies over het concept-Beheerplan begraafplaatsen 2026-2035", "h1"),
             P("Gevraagd advies, vastgesteld in de vergadering van 9 februari 2026", "small"),
             P("1. Inleiding", "h2"),
             P("Bij brief van 8 december 2025 heeft het college de commissie gevraagd te adviseren over het "
               "concept-Beheerplan begraafplaatsen 2026-2035. De commissie bestaat uit zeven leden: twee "
               "uitvaartondernemers, twee vertegenwoordigers van kerkgenootschappen, een steenhouwer en twee "
               "inwoners. Zij heeft het concept besproken in twee vergaderingen en op 24 januari 2026 beide "
               "begraafplaatsen bezocht met de beheerder."),
             grid([["Begraafplaats", "Sinds", "Grafvakken", "Vrije graven", "Begravingen 2025"],
                   ["Oude Algemene Begraafplaats", "1868", "14", "38", "21"],
                   ["Hesselbroek-Noord (met aula)", "1979", "22", "412", "96"]],
                  [5.6 * cm, 1.7 * cm, 2.4 * cm, 2.6 * cm, 3.6 * cm]),
             Spacer(1, 6), P("2. Bevindingen", "h2"),
             P("2.1&nbsp;&nbsp;Het concept geeft een goed beeld van de capaciteit: bij gelijkblijvend gebruik is er op "
               "Hesselbroek-Noord ruimte tot ongeveer 2041.", "item"),
             P("2.2&nbsp;&nbsp;De Wet op de lijkbezorging bepaalt dat een graf ten minste tien jaar onaangeroerd moet "
               "blijven; het concept gaat daar terecht van uit bij algemene graven.", "item"),
             P("2.3&nbsp;&nbsp;Het onderhoudsniveau van de Oude Algemene Begraafplaats zou volgens veel bezoekers "
               "omhoog moeten; de commissie deelt dat beeld.", "item"),
             P("2.4&nbsp;&nbsp;Het concept zegt weinig over het funeraire erfgoed en niets over nieuwe vormen van "
               "begraven.", "item"),
             P("In haar advies van 2018 over de vorige beheervisie schreef de commissie:"),
             P("'Maak het mogelijk om as te verstrooien op een strooiveld bij de Oude Algemene Begraafplaats.'", "quote"),
             P("Dat advies is in 2020 uitgevoerd en heeft volgens de commissie goed gewerkt. Zij herhaalt het daarom "
               "niet."),
             P("3. Aanbevelingen", "h2"),
             P("De commissie doet het college de volgende aanbevelingen.")]
    for i, (rec, toel) in enumerate(RECS_TEXT, 1):
        story.append(KeepTogether([P(f"Aanbeveling {i}. {rec}", "rec"), P("Toelichting: " + toel, "toel")]))
    story += [P("4. Tarieven", "h2"),
              P("Het college heeft aangekondigd dat een nieuwe Verordening lijkbezorgingsrechten per 1 januari 2027 "
                "in werking treedt. Artikel 5 van de huidige verordening kent een korting voor kindergraven. De "
                "commissie verwacht hierover in het najaar afzonderlijk om advies te worden gevraagd."),
              Spacer(1, 8), P("Namens de Commissie Begraafplaatsen Hesselbroek,"),
              P("J.W. Tuinstra, voorzitter&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;A. Keskin, secretaris")]
    doc.build(story, onFirstPage=pages, onLaterPages=pages)


def response():
    def pages(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("DVSRegular", 7.5)
        c.drawString(2.2 * cm, 1.2 * cm, "Gemeente Hesselbroek - raadsinformatiebrief 2026-014")
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"{d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(B.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, invariant=1,
                            title="Raadsinformatiebrief advies Commissie Begraafplaatsen", author="Gemeente Hesselbroek")
    head = Table([["RAADSINFORMATIEBRIEF", "Gemeente Hesselbroek"],
                  ["Nummer: 2026-014", "Datum: 17 maart 2026"],
                  ["Portefeuillehouder: wethouder R. van der Linden", "Afdeling: Beheer Openbare Ruimte"]],
                 colWidths=[9.3 * cm, 7.3 * cm])
    head.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DVSRegular", 8.6), ("FONT", (0, 0), (-1, 0), "DVSBold", 11),
                              ("TEXTCOLOR", (0, 0), (-1, 0), SLATE), ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                              ("BOTTOMPADDING", (0, 0), (-1, 0), 6)]))
    story = [head, Spacer(1, 10),
             P("Onderwerp: advies van de Commissie Begraafplaatsen over het concept-Beheerplan begraafplaatsen", "h2"),
             P("Geachte leden van de raad,"),
             P("Met deze brief informeren wij u over het advies dat de Commissie Begraafplaatsen op 11 februari 2026 "
               "heeft uitgebracht. Wij zijn de commissie erkentelijk voor haar betrokkenheid en voor het bezoek aan "
               "beide begraafplaatsen. Het definitieve beheerplan bieden wij u in mei ter vaststelling aan."),
             P("Paden en verlichting", "h2"),
             P("De commissie vraagt de paden en de verlichting op de Oude Algemene Begraafplaats te herstellen "
               "(aanbeveling 3). Dit is inmiddels gebeurd: in februari zijn de hoofdpaden opnieuw verhard en zijn "
               "twaalf lantaarns vervangen door ledverlichting. Wij hebben hiervoor budget uit het onderhoudsfonds "
               "ingezet."),
             P("Grafrechten en termijnen", "h2"),
             P("Wij volgen de commissie in haar voorstel om particuliere graven voortaan voor 30 jaar uit te geven "
               "(aanbeveling 1); dit nemen wij op in het definitieve beheerplan en in de nieuwe verordening. Het "
               "kosteloos ruimen van kindergraven (aanbeveling 6) nemen wij niet over. Wij kiezen ervoor de "
               "bestaande korting voor kindergraven te behouden, maar zien geen aanleiding om de grafrechten "
               "geheel te laten vervallen, omdat dit de tarieven voor andere nabestaanden zou verhogen."),
             P("Voorzieningen voor bezoekers", "h2"),
             P("Ook wij vinden het belangrijk dat bezoekers kunnen rusten en water kunnen halen (aanbeveling 7). Wij "
               "plaatsen dit jaar zes bankjes en twee extra watertappunten op de Oude Algemene Begraafplaats. Voor "
               "Hesselbroek-Noord, waar de voorzieningen beter op orde zijn, zien wij daar nu geen noodzaak toe."),
             P("Natuurbegraven", "h2"),
             P("De vraag of op Hesselbroek-Noord natuurbegraven mogelijk is (aanbeveling 2), vraagt om nader "
               "onderzoek naar bodem, kosten en grondwater. Wij nemen deze suggestie mee bij de tussentijdse "
               "herziening van het beheerplan in 2028 en zullen dan een afweging maken."),
             P("Aula", "h2"),
             P("De aula op Hesselbroek-Noord is met ingang van 1 juli 2026 ook op zaterdagochtend van 9.00 tot "
               "13.00 uur open (aanbeveling 5). De extra inzet van de beheerder wordt gedekt uit de leges."),
             P("Digitalisering grafregister", "h2"),
             P("Los van het advies melden wij u dat het grafregister in april wordt overgezet naar een nieuw "
               "digitaal systeem. Rechthebbenden kunnen hun gegevens daarna zelf online inzien."),
             P("Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd en zullen de commissie een afschrift "
               "van deze brief sturen."),
             P("Het college van burgemeester en wethouders van Hesselbroek,"),
             P("de secretaris, drs. M.L. Verbeek&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;de burgemeester, H.J. Postma")]
    doc.build(story, onFirstPage=pages, onLaterPages=pages)


RECS = [
    (1, "Verleng de standaardtermijn van particuliere graven van 20 naar 30 jaar",
     "particuliere graven voortaan voor 30 jaar uit te geven", "agrees"),
    (2, "Onderzoek of op de begraafplaats Hesselbroek-Noord een natuurbegraafgedeelte",
     "bij de tussentijdse herziening van het beheerplan in 2028", "noted"),
    (3, "Herstel voor Allerheiligen 2026 de toegangspaden en de verlichting",
     "in februari zijn de hoofdpaden opnieuw verhard", "agrees"),
    (4, "Stel voor de Oude Algemene Begraafplaats een funerair-erfgoedplan op", None, "unanswered"),
    (5, "Breid de openingstijden van de aula op Hesselbroek-Noord uit",
     "is met ingang van 1 juli 2026 ook op zaterdagochtend", "agrees"),
    (6, "Hef geen grafrechten meer voor het ruimen van graven",
     "Het kosteloos ruimen van kindergraven (aanbeveling 6) nemen wij niet over", "disagrees"),
    (7, "Plaats op beide begraafplaatsen bankjes en een watertappunt",
     "plaatsen dit jaar zes bankjes en twee extra watertappunten", "partly"),
]
UNMATCHED = [
    "Wij zijn de commissie erkentelijk voor haar betrokkenheid",
    "het grafregister in april wordt overgezet naar een nieuw digitaal systeem",
    "Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd",
]
NOTES = ("Advice: advies CB 2026/02 of the (invented) Commissie Begraafplaatsen Hesselbroek on the concept-Beheerplan "
         "begraafplaatsen; seven LABELLED recommendations 'Aanbeveling 1.' - 'Aanbeveling 7.' in bold, each with a "
         "'Toelichting' under it. Traps: a cemeteries table; findings 2.1-2.4 hanging like items (the Wet op de "
         "lijkbezorging 'moet ... blijven', 'zou ... omhoog moeten'); the 2018 advice quoted ('Maak het mogelijk om "
         "as te verstrooien ...'); a tarieven section (art. 5, 1 January 2027). Response: raadsinformatiebrief with "
         "subject headings, citing '(aanbeveling N)', order 3, 1+6, 7, 2, 5: introduction (nothing); 3 agrees "
         "(already done in February); ONE paragraph 'Grafrechten en termijnen' = 1 agrees + 6 disagrees; 7 partly "
         "(only the Oude Algemene); 2 noted (weighed at the 2028 review); 5 agrees (from 1 July 2026); "
         "'Digitalisering grafregister' (nothing); closing (nothing); 4 (funerair-erfgoedplan) unanswered.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
