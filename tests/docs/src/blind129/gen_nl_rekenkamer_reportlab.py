"""Round 129 (nl): the ONDERZOEKSRAPPORT of a local REKENKAMERCOMMISSIE on subsidies to social organisations, its
seven recommendations a NUMBERED LIST 1.-7. that RUNS ON over two ADDRESSEE sub-headings ('Aan de raad' 1-2, 'Aan het
college' 3-7); answered by the RAADSBESLUIT adopting the report, whose numbered BESLISPUNTEN name the
recommendations by number (beslispunt N is not aanbeveling N), one beslispunt for two.

Advice (reportlab, 2-3 p., navy headings, running head from p. 2, 'pagina n van m'): the four research questions
numbered 1.-4. (trap), the Algemene subsidieverordening paraphrased with 'moet' (trap), conclusions as bullets with
figures (findings), the 2021 follow-up recommendation quoted as an imperative (trap), a closing line naming
'aanbevelingen 4 en 6' (trap). Response (reportlab, 1-2 p.): 'gelezen / overwegende' clauses with figures, then
beslispunten 1.-7.: 1 kennisnemen (nothing), 2 = rec 1 agrees, 3 = rec 2 partly, 4 = recs 3 and 4 agree, 5 = rec 5
noted, 6 = rec 6 disagrees, 7 publication of the besluit (nothing); rec 7 unanswered. All bodies, places, people,
figures and reference numbers invented; the Algemene wet bestuursrecht and the Gemeentewet are named as context only.

Run: /tmp/blind129nl/bin/python tests/docs/src/blind129/gen_nl_rekenkamer_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b129nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind129_nl_rekenkamer"
FS = B.tmp_fonts()
for key, suf in (("Regular", ""), ("Bold", "-B"), ("Italic", "-I"), ("Bold Italic", "-BI")):
    pdfmetrics.registerFont(TTFont("S" + suf, FS[key]))
addMapping("S", 0, 0, "S")
addMapping("S", 1, 0, "S-B")
addMapping("S", 0, 1, "S-I")
addMapping("S", 1, 1, "S-BI")

NAVY = colors.HexColor("#1d3557")
PALE = colors.HexColor("#e8edf4")
GREY = colors.HexColor("#555555")
BODY = ParagraphStyle("body", fontName="S", fontSize=9.6, leading=14, spaceAfter=5)
ITEM = ParagraphStyle("item", parent=BODY, leftIndent=7 * mm, bulletIndent=0.5 * mm, spaceAfter=3)
DASH = ParagraphStyle("dash", parent=BODY, leftIndent=5 * mm, bulletIndent=0.5 * mm, spaceAfter=3)
REC = ParagraphStyle("rec", parent=BODY, leftIndent=8 * mm, bulletIndent=0, spaceAfter=4, bulletFontName="S-B")
SMALL = ParagraphStyle("small", fontName="S", fontSize=7.8, leading=10.5, textColor=GREY)
TITLE = ParagraphStyle("t", fontName="S-B", fontSize=18, leading=22, textColor=NAVY)
SUB = ParagraphStyle("s", fontName="S-I", fontSize=10.5, leading=14, textColor=NAVY)
H2 = ParagraphStyle("h2", fontName="S-B", fontSize=11.5, leading=15, textColor=NAVY, spaceBefore=9, spaceAfter=3,
                    keepWithNext=True)
H3 = ParagraphStyle("h3", fontName="S-BI", fontSize=9.8, leading=13, textColor=NAVY, spaceBefore=5, spaceAfter=2,
                    keepWithNext=True)
QUOTE = ParagraphStyle("q", parent=BODY, fontName="S-I", leftIndent=8 * mm, rightIndent=8 * mm, textColor=GREY)
BESLIS = ParagraphStyle("bp", parent=BODY, leftIndent=7 * mm, bulletIndent=0, spaceAfter=4)
CELL = ParagraphStyle("cell", fontName="S", fontSize=8.6, leading=11.4)


def page_fn(head, foot):
    def fn(canv, doc):
        canv.saveState()
        canv.setFont("S", 7.2)
        canv.setFillColor(GREY)
        if doc.page > 1:
            canv.drawString(22 * mm, A4[1] - 12 * mm, head)
            canv.setStrokeColor(NAVY)
            canv.setLineWidth(0.5)
            canv.line(22 * mm, A4[1] - 13.5 * mm, A4[0] - 22 * mm, A4[1] - 13.5 * mm)
        canv.drawRightString(A4[0] - 22 * mm, 10 * mm, foot.format(n=doc.page, m=doc._b129_total))
        canv.restoreState()
    return fn


def build(story_fn, pdfname, head, title, foot, author):
    total = 0
    for _ in range(2):
        doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                                topMargin=19 * mm, bottomMargin=18 * mm, title=title, author=author,
                                creator="reportlab")
        doc._b129_total = total or "?"
        doc.build(story_fn(), onFirstPage=page_fn(head, foot), onLaterPages=page_fn(head, foot))
        total = doc.page


RAAD = [
    "Stel per beleidsveld vast welke maatschappelijke effecten de raad met de subsidies wil bereiken, en leg die "
    "vast in de programmabegroting.",
    "Vraag het college om de raad jaarlijks een overzicht te sturen van alle verstrekte subsidies boven 25.000 "
    "euro, met per subsidie de behaalde resultaten.",
]
COLLEGE = [
    "Leg in de beschikkingen voor alle subsidies boven 50.000 euro meetbare prestatieafspraken vast.",
    "Controleer de verantwoording van subsidies tot 10.000 euro voortaan met een steekproef, zodat de afdeling meer "
    "tijd overhoudt voor de grote subsidies.",
    "Evalueer elke subsidieregeling ten minste eenmaal in de vijf jaar en stuur de evaluatie aan de raad.",
    "Breng de behandeling van subsidieaanvragen onder in één subsidieloket, met één vast aanspreekpunt per "
    "organisatie.",
    "Publiceer het subsidieregister vanaf 2027 op de website van de gemeente, met naam, bedrag en doel van elke "
    "subsidie.",
]


def advice_story():
    s = [Paragraph("Rekenkamercommissie Dravenmolen", SMALL), Spacer(1, 3),
         Paragraph("Van budget naar resultaat", TITLE),
         Paragraph("Onderzoek naar de subsidies aan maatschappelijke organisaties 2022-2025", SUB), Spacer(1, 3),
         Paragraph("Rapport RKC 2026-02 - vastgesteld op 9 april 2026 - aangeboden aan de gemeenteraad van "
                   "Dravenmolen", SMALL)]
    r = Table([[""]], colWidths=[166 * mm], rowHeights=[2.2])
    r.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), NAVY)]))
    s += [Spacer(1, 4), r, Spacer(1, 6)]
    s.append(Paragraph("1. Inleiding", H2))
    s.append(Paragraph(
        "De gemeente Dravenmolen verstrekt elk jaar ruim 14 miljoen euro aan subsidies, vooral aan organisaties in "
        "het sociaal domein, de sport en de cultuur. De rekenkamercommissie wilde weten of de gemeente zicht heeft "
        "op wat die subsidies opleveren. Het onderzoek ging uit van vier vragen:", BODY))
    for i, t in enumerate([
            "Welke doelen stelt de raad bij de subsidies, en hoe concreet zijn die?",
            "Hoe zijn de afspraken met de organisaties vastgelegd?",
            "Hoe controleert de gemeente of de afspraken zijn nagekomen?",
            "Hoe wordt de raad over de resultaten geïnformeerd?"], 1):
        s.append(Paragraph(t, ITEM, bulletText=f"{i}."))
    s.append(Paragraph(
        "Volgens artikel 9 van de Algemene subsidieverordening Dravenmolen 2019 moet het college bij elke subsidie "
        "boven 50.000 euro in de beschikking vermelden welke activiteiten de ontvanger verricht. Op grond van de "
        "Algemene wet bestuursrecht moet de subsidieontvanger zich na afloop verantwoorden. De commissie heeft "
        "getoetst of die regels worden nageleefd, en of ze de raad genoeg houvast bieden.", BODY))
    s.append(Paragraph("2. Conclusies", H2))
    s.append(Paragraph(
        "Hoofdconclusie: de gemeente weet goed hoeveel geld zij uitgeeft, maar nauwelijks wat zij ermee bereikt. "
        "Daaronder liggen de volgende deelconclusies.", BODY))
    for t in [
            "In de programmabegroting staan bij geen enkel beleidsveld doelen die met subsidies samenhangen en "
            "meetbaar zijn.",
            "Van de 38 onderzochte beschikkingen boven 50.000 euro bevatten er 11 afspraken over prestaties; de "
            "overige noemen alleen de activiteiten.",
            "De afdeling Subsidies controleert alle verantwoordingen even grondig, ook van subsidies van een paar "
            "honderd euro. Daardoor blijft er weinig tijd over voor de grote dossiers.",
            "Sinds 2020 is geen enkele subsidieregeling geëvalueerd.",
            "Organisaties hebben met gemiddeld drie ambtenaren te maken en weten vaak niet bij wie zij moeten zijn."]:
        s.append(Paragraph(t, DASH, bulletText="-"))
    s.append(Paragraph(
        "In haar opvolgingsonderzoek van 2021 deed de commissie al de volgende aanbeveling, die destijds door de raad "
        "werd overgenomen:", BODY))
    s.append(Paragraph("'Zorg voor een actueel subsidieregister dat voor de raad toegankelijk is.'", QUOTE))
    s.append(Paragraph(
        "Dat register bestaat inmiddels als spreadsheet bij de afdeling Subsidies, maar de raad heeft er geen "
        "toegang toe en het wordt niet gepubliceerd.", BODY))
    s.append(Paragraph("3. Aanbevelingen", H2))
    s.append(Paragraph(
        "Op basis van deze conclusies doet de rekenkamercommissie zeven aanbevelingen. De eerste twee richten zich "
        "tot de raad zelf, de overige tot het college.", BODY))
    s.append(Paragraph("Aan de raad", H3))
    for i, t in enumerate(RAAD, 1):
        s.append(Paragraph(t, REC, bulletText=f"{i}."))
    s.append(Paragraph("Aan het college", H3))
    for i, t in enumerate(COLLEGE, 3):
        s.append(Paragraph(t, REC, bulletText=f"{i}."))
    s.append(Paragraph("4. Bestuurlijke reactie en nawoord", H2))
    s.append(Paragraph(
        "Het college heeft op 24 maart 2026 op het conceptrapport gereageerd. Het herkent de conclusies en kondigt "
        "aan dat het zijn standpunt over de aanbevelingen in het raadsvoorstel zal geven. De commissie neemt daar "
        "kennis van.", BODY))
    s.append(Paragraph(
        "Over twee jaar gaat de commissie na wat er met dit rapport is gedaan. Zij let daarbij in het bijzonder op "
        "de aanbevelingen 4 en 6, omdat die het meest bepalen hoeveel tijd er overblijft voor het gesprek over "
        "resultaten.", BODY))
    s.append(Paragraph("Rekenkamercommissie Dravenmolen: drs. H.J. (Henk) Oosterveld, voorzitter; mr. A. Bakkum; "
                       "E.M. Terpstra-de Wit RA; secretaris: L. van Dommelen", SMALL))
    return s


BESLUIT = [
    "kennis te nemen van het rapport 'Van budget naar resultaat' van de rekenkamercommissie en haar te danken voor "
    "het zorgvuldige onderzoek;",
    "aanbeveling 1 over te nemen en het college op te dragen in de programmabegroting 2027 bij elk beleidsveld de "
    "beoogde maatschappelijke effecten van de subsidies op te nemen;",
    "aanbeveling 2 over te nemen met dien verstande dat het jaarlijkse overzicht alleen de subsidies vanaf 50.000 "
    "euro omvat, omdat een lagere grens een te groot beslag legt op de ambtelijke capaciteit;",
    "de aanbevelingen 3 en 4 over te nemen: de nieuwe beschikkingen bevatten vanaf 1 januari 2027 meetbare "
    "prestatieafspraken, en de kleine subsidies worden vanaf het verantwoordingsjaar 2026 met een steekproef van "
    "twintig procent gecontroleerd;",
    "het college te verzoeken aanbeveling 5 te betrekken bij de herziening van de subsidieverordening, waarvan het "
    "tijdpad nog niet vaststaat;",
    "aanbeveling 6 niet over te nemen, omdat de inhoudelijke kennis bij de beleidsafdelingen hoort en een centraal "
    "loket daaraan niets toevoegt;",
    "dit besluit bekend te maken in het Gemeenteblad en het rapport met dit besluit op de website van de raad te "
    "plaatsen.",
]


def response_story():
    s = [Paragraph("Gemeenteraad Dravenmolen", SMALL), Spacer(1, 3),
         Paragraph("Raadsbesluit", TITLE),
         Paragraph("Rapport rekenkamercommissie 'Van budget naar resultaat'", SUB), Spacer(1, 3),
         Paragraph("Registratienummer 2026-0318 - vergadering van 2 juni 2026 - agendapunt 9", SMALL),
         Spacer(1, 8)]
    s.append(Paragraph("De raad van de gemeente Dravenmolen;", BODY))
    s.append(Paragraph(
        "gelezen het voorstel van het presidium van 12 mei 2026 en de reactie van het college van burgemeester en "
        "wethouders van 24 maart 2026;", BODY))
    s.append(Paragraph(
        "overwegende dat de gemeente in 2025 aan 412 organisaties samen 14,3 miljoen euro aan subsidies verstrekte, "
        "waarvan 9,8 miljoen euro in 38 subsidies boven 50.000 euro;", BODY))
    s.append(Paragraph(
        "overwegende dat de rekenkamercommissie in het rapport zeven aanbevelingen doet, twee aan de raad en vijf aan "
        "het college, en dat de commissie Bestuur en Middelen het rapport op 19 mei 2026 heeft besproken;", BODY))
    s.append(Paragraph("gelet op artikel 81oa en verder van de Gemeentewet;", BODY))
    s.append(Paragraph("<b>besluit:</b>", BODY))
    for i, t in enumerate(BESLUIT, 1):
        s.append(Paragraph(t, BESLIS, bulletText=f"{i}."))
    s.append(Spacer(1, 4))
    s.append(Paragraph("Stemming", H2))
    s.append(Paragraph(
        "Het besluit is genomen met 23 stemmen voor en 4 tegen. De fractie van Lokaal Dravenmolen stemde tegen "
        "beslispunt 6 en legde een stemverklaring af: zij had het subsidieloket juist een verbetering gevonden.",
        BODY))
    s.append(Paragraph("Aldus vastgesteld in de openbare vergadering van 2 juni 2026.", BODY))
    s.append(Paragraph("De griffier, mr. S.R. Hoekstra - De voorzitter, J.P. Verweij", BODY))
    return s


def expected():
    recs = [
        (1, "Stel per beleidsveld vast welke maatschappelijke effecten de raad",
         "in de programmabegroting 2027 bij elk beleidsveld de beoogde", "agrees"),
        (2, "Vraag het college om de raad jaarlijks een overzicht te sturen",
         "alleen de subsidies vanaf 50.000 euro omvat", "partly"),
        (3, "Leg in de beschikkingen voor alle subsidies boven 50.000 euro",
         "de nieuwe beschikkingen bevatten vanaf 1 januari 2027", "agrees"),
        (4, "Controleer de verantwoording van subsidies tot 10.000 euro voortaan",
         "met een steekproef van twintig procent gecontroleerd", "agrees"),
        (5, "Evalueer elke subsidieregeling ten minste eenmaal in de vijf jaar",
         "waarvan het tijdpad nog niet vaststaat", "noted"),
        (6, "Breng de behandeling van subsidieaanvragen onder in één subsidieloket",
         "aanbeveling 6 niet over te nemen, omdat de inhoudelijke kennis", "disagrees"),
        (7, "Publiceer het subsidieregister vanaf 2027 op de website van de gemeente", None, "unanswered"),
    ]
    unmatched = ["kennis te nemen van het rapport 'Van budget naar resultaat'",
                 "aan 412 organisaties samen 14,3 miljoen euro",
                 "dit besluit bekend te maken in het Gemeenteblad",
                 "Het besluit is genomen met 23 stemmen voor"]
    notes = ("Advice: the ONDERZOEKSRAPPORT of a local REKENKAMERCOMMISSIE on subsidies (reportlab, 2 p.); the seven "
             "recommendations are one NUMBERED LIST 1.-7. of imperatives that RUNS ON over two ADDRESSEE "
             "sub-headings ('Aan de raad' 1-2, 'Aan het college' 3-7). Traps: the four research questions numbered "
             "1.-4., the Algemene subsidieverordening and the Awb paraphrased with 'moet', a hoofdconclusie and "
             "dash-bullet deelconclusies with figures, the 2021 recommendation quoted as an imperative ('Zorg voor "
             "een actueel subsidieregister ...'), a closing line naming 'de aanbevelingen 4 en 6'. Response: the "
             "RAADSBESLUIT, 'gelezen' / 'overwegende' clauses (figures, 'zeven aanbevelingen'), then numbered "
             "BESLISPUNTEN 1.-7. that name the recommendations by number, so beslispunt N is not aanbeveling N: "
             "beslispunt 2 = rec 1 agrees (effects in the 2027 budget); 3 = rec 2 partly ('met dien verstande' "
             "the threshold is 50,000 not 25,000); 4 = recs 3 and 4 together, both agree (measurable agreements "
             "from 1 January 2027; a 20 percent sample); 5 = rec 5 noted (to be considered in a revision without a "
             "timetable); 6 = rec 6 disagrees (no central desk). Beslispunt 1 (kennisnemen), the figures clause, "
             "beslispunt 7 (publication) and 'Stemming' answer nothing; rec 7 (publish the register) is never "
             "answered: unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    build(advice_story, NAME + "_advice.pdf", "Rekenkamercommissie Dravenmolen - Van budget naar resultaat - "
          "RKC 2026-02", "Van budget naar resultaat", "pagina {n} van {m}", "Rekenkamercommissie Dravenmolen")
    build(response_story, NAME + "_response.pdf", "Gemeenteraad Dravenmolen - raadsbesluit 2026-0318",
          "Raadsbesluit rapport rekenkamercommissie", "{n}/{m}", "Gemeenteraad Dravenmolen")
    expected()
