"""Round 119 (nl): the ADVIES of a provincial GEBIEDSRAAD for a STILTEGEBIED (residents, farmers, a recreation
entrepreneur, the terrain manager and a noise expert) on the ontwerp-wijziging of the Omgevingsverordening and the
ontwerp-Uitvoeringsprogramma Stilte, whose recommendations are NUMBERED PER ADDRESSEE, the numbering RESTARTING at 1
under each ('Aan Gedeputeerde Staten' 1.-4., 'Aan Provinciale Staten' 1.-2., 'Aan de gemeenten' 1.); answered by a
letter of Gedeputeerde Staten that names them by ORDINAL WITHIN THE ADDRESSEE GROUP ('Uw eerste aanbeveling',
'De tweede aanbeveling aan Provinciale Staten').

Advice (reportlab, sans, 3 p., moss-green side band and title block, running head from p. 2, 'pagina n van m'): the
verordening's article 6.12 quoted with 'moet' (trap), a table of measured sound levels, findings as a numbered list
1.-4. (trap), the raad's 2022 advice quoted (realised; trap), 'De gebiedsraad concludeert' and a minority view with
'moet' (traps), a closing line citing 'de eerste aanbeveling aan uw college en de eerste aanbeveling aan Provinciale
Staten' (trap). Recommendations expected 1-7 in the order printed (GS 1-4 = 1-4, PS 1-2 = 5-6, gemeenten 1 = 7).
Response: GS letter (2 p.) with headings by addressee; intro (nothing); 'Aanbevelingen aan ons college': first (1
partly: six instead of four, none on Sundays), fourth (4 agrees), third (3 agrees); the second (2, Sunday patrols)
never mentioned: unanswered; 'Aanbevelingen aan Provinciale Staten': the second first (6 disagrees, drones), then the
first (5 partly, Zwartven yes, Oude Heide no); 'Aanbeveling aan de gemeenten' (7 noted, passed on); 'Evenementen en
ontheffingen in 2026' (figures) and 'Vervolg' answer nothing. All bodies, places, people and figures invented.

Run: /tmp/blind119nl/bin/python tests/docs/src/blind119/gen_nl_stiltegebied_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b119nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402
from reportlab.platypus.doctemplate import LayoutError  # noqa: E402,F401

NAME = "blind119_nl_stiltegebied"
F = B.tmp_fonts()
for key, fn in (("Regular", "S"), ("Bold", "S-B"), ("Italic", "S-I"), ("Bold Italic", "S-BI")):
    pdfmetrics.registerFont(TTFont(fn, F[key]))
addMapping("S", 0, 0, "S")
addMapping("S", 1, 0, "S-B")
addMapping("S", 0, 1, "S-I")
addMapping("S", 1, 1, "S-BI")

MOSS = colors.HexColor("#4d6b3c")
PALE = colors.HexColor("#eef2e8")
GREY = colors.HexColor("#555555")
BODY = ParagraphStyle("body", fontName="S", fontSize=9.5, leading=13.6, spaceAfter=5.5)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.2, leading=11, spaceAfter=2, textColor=GREY)
H1 = ParagraphStyle("h1", fontName="S-B", fontSize=20, leading=24, textColor=colors.white)
H1S = ParagraphStyle("h1s", fontName="S", fontSize=10, leading=13.5, textColor=colors.white)
H2 = ParagraphStyle("h2", fontName="S-B", fontSize=11.5, leading=15, textColor=MOSS, spaceBefore=9, spaceAfter=3,
                    keepWithNext=True)
H3 = ParagraphStyle("h3", fontName="S-B", fontSize=9.8, leading=13, spaceBefore=6, spaceAfter=3, keepWithNext=True)
LI = ParagraphStyle("li", parent=BODY, leftIndent=18, bulletIndent=4, spaceAfter=3)
REC = ParagraphStyle("rec", parent=BODY, leftIndent=20, bulletIndent=4, spaceAfter=4.5, fontName="S-B",
                     bulletFontName="S-B")
CELL = ParagraphStyle("cell", fontName="S", fontSize=8.4, leading=11)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="S-B", textColor=colors.white)
LH = ParagraphStyle("lh", fontName="S", fontSize=8.6, leading=12)


def page_fn(head, foot, band):
    def fn(canv, doc):
        canv.saveState()
        if band:
            canv.setFillColor(MOSS)
            canv.rect(0, 0, 7 * mm, A4[1], stroke=0, fill=1)
        canv.setFont("S", 7.4)
        canv.setFillColor(GREY)
        if doc.page > 1:
            canv.drawString(22 * mm, A4[1] - 12.5 * mm, head)
            canv.setStrokeColor(MOSS)
            canv.setLineWidth(0.4)
            canv.line(22 * mm, A4[1] - 14 * mm, A4[0] - 20 * mm, A4[1] - 14 * mm)
        canv.drawRightString(A4[0] - 20 * mm, 10.5 * mm, foot.format(n=doc.page, m=doc._b119_total))
        canv.restoreState()
    return fn


def build(story_fn, pdfname, head, title, foot, band):
    total = 0
    for _ in range(2):  # first pass counts the pages for 'van m'
        doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm,
                                topMargin=20 * mm, bottomMargin=18 * mm, title=title, author="provincie Veldmarke",
                                creator="reportlab")
        doc._b119_total = total or "?"
        doc.build(story_fn(), onFirstPage=page_fn(head, foot, band), onLaterPages=page_fn(head, foot, band))
        total = doc.page


def advice_story():
    s = [Paragraph("GEBIEDSRAAD STILTEGEBIED OOSTERVELDEN", ParagraphStyle("o", parent=SMALL, fontName="S-B",
                                                                            textColor=MOSS)),
         Spacer(1, 4)]
    t = Table([[Paragraph("Stilte is geen leegte", H1)],
               [Paragraph("Advies over de ontwerp-wijziging van de Omgevingsverordening Veldmarke (stiltegebieden) "
                          "en het ontwerp-Uitvoeringsprogramma Stilte 2027-2030", H1S)]], colWidths=[168 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), MOSS), ("LEFTPADDING", (0, 0), (-1, -1), 11),
                           ("TOPPADDING", (0, 0), (-1, 0), 11), ("BOTTOMPADDING", (0, -1), (-1, -1), 11)]))
    s += [t, Spacer(1, 7)]
    meta = [("Aan", "Gedeputeerde Staten van Veldmarke"),
            ("Afschrift", "Provinciale Staten van Veldmarke; de colleges van Aldervoort en Heikamp"),
            ("Kenmerk", "GSO/2026/05"), ("Datum", "18 september 2026"),
            ("Contact", "Annelies Hofstra, secretaris, 0592 48 71 30")]
    mt = Table([[Paragraph(f"<b>{k}</b>", SMALL), Paragraph(v, SMALL)] for k, v in meta],
               colWidths=[22 * mm, 146 * mm])
    mt.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [mt, Spacer(1, 4),
          Paragraph("1 Aanleiding", H2),
          Paragraph("Op 12 mei 2026 vroegen Gedeputeerde Staten ons advies over twee ontwerpen: de wijziging van de "
                    "Omgevingsverordening Veldmarke voor de stiltegebieden, en het Uitvoeringsprogramma Stilte "
                    "2027-2030. Het stiltegebied Oostervelden beslaat ongeveer 4.300 hectare heide, bos en beekdal "
                    "tussen Aldervoort en Heikamp. De gebiedsraad telt elf leden: vijf bewoners, twee agrariërs, een "
                    "recreatieondernemer, de terreinbeheerder Het Veldmarker Landschap, een vertegenwoordiger van de "
                    "wandel- en fietsverenigingen en een geluidsdeskundige.", BODY),
          Paragraph("Artikel 6.12 van de huidige verordening bepaalt: <i>'In een stiltegebied moet het geluid van "
                    "menselijke activiteiten zoveel mogelijk worden beperkt; het gebruik van toestellen die geluid "
                    "veroorzaken is verboden, tenzij Gedeputeerde Staten ontheffing hebben verleend.'</i> Het ontwerp "
                    "laat die regel ongemoeid. Wat verandert, is vooral hoe vaak en waarvoor ontheffing kan worden "
                    "gegeven.", BODY),
          Paragraph("2 Wat wij hebben gemeten", H2),
          Paragraph("In het voorjaar en de zomer van 2026 mat de geluidsdeskundige van de gebiedsraad op vijf "
                    "plekken, telkens op een werkdag en op een zondagmiddag. De tabel geeft het gemiddelde "
                    "geluidsniveau over een uur.", BODY)]
    rows = [["Meetpunt", "Werkdag dB(A)", "Zondagmiddag dB(A)", "Belangrijkste bron"],
            ["Beekdal Ellert", "31", "38", "motoren op de Heikampseweg"],
            ["Heideveld Zuid", "29", "35", "overvliegende sportvliegtuigen"],
            ["Zwartven (buiten de grens)", "30", "34", "geen duidelijke bron"],
            ["Parkeerplaats Boswachterij", "36", "47", "verkeer en bezoekers"],
            ["Oude Heide (buiten de grens)", "28", "33", "geen duidelijke bron"]]
    data = [[Paragraph(c, CELLB if i == 0 else CELL) for c in r] for i, r in enumerate(rows)]
    tt = Table(data, colWidths=[50 * mm, 25 * mm, 32 * mm, 61 * mm])
    tt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), MOSS), ("ROWBACKGROUNDS", (0, 1), (-1, -1),
                                                                     [colors.white, PALE]),
                            ("LINEBELOW", (0, -1), (-1, -1), 0.6, MOSS), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    s += [tt, Spacer(1, 7),
          Paragraph("Uit de metingen en uit de gesprekken in de gebiedsraad stellen wij het volgende vast:", BODY)]
    s += [Paragraph(t, LI, bulletText=m) for m, t in (
        ("1.", "Op zondagmiddag ligt het geluidsniveau op alle meetpunten 4 tot 11 dB(A) hoger dan op werkdagen."),
        ("2.", "De grootste pieken komen van motoren op de Heikampseweg en van evenementen met versterkt geluid."),
        ("3.", "Het Zwartven en de Oude Heide zijn even stil als het gebied binnen de grens, maar vallen erbuiten."),
        ("4.", "Er is geen vast meetpunt in het gebied; de provincie kent de geluidsniveaus alleen uit losse "
               "metingen."))]
    s += [Paragraph("3 Onze beoordeling", H2),
          Paragraph("De gebiedsraad concludeert dat het ontwerp de regels overzichtelijk op een rij zet, maar weinig "
                    "doet aan de twee grootste bronnen van lawaai: evenementen en verkeer. Het ontwerp staat twaalf "
                    "ontheffingen per jaar toe voor evenementen met versterkt geluid. In de zomermaanden is dat bijna "
                    "elk tweede weekend. Het Uitvoeringsprogramma noemt stilte 'een kernkwaliteit', maar trekt er "
                    "geen geld voor uit.", BODY),
          Paragraph("In ons advies van 2022 schreven wij: <i>'Zorg voor borden met de grens van het stiltegebied "
                    "bij alle toegangswegen.'</i> Die borden staan er sinds 2024. Dat is goed nieuws: bezoekers weten "
                    "nu waar het stiltegebied begint. Maar borden alleen houden niemand stil.", BODY),
          Paragraph("Eén lid, de recreatieondernemer, vindt dat het aantal evenementen niet verder omlaag moet, omdat "
                    "de horeca in Ellert van de bezoekers afhangt. Hij steunt de rest van dit advies.", BODY),
          Paragraph("4 Onze aanbevelingen", H2),
          Paragraph("Niet alles wat nodig is, kan uw college zelf regelen. De verordening wordt vastgesteld door "
                    "Provinciale Staten, en de wegen rond het gebied zijn van de gemeenten. Wij richten ons daarom "
                    "tot drie partijen, en nummeren de aanbevelingen per partij.", BODY),
          Paragraph("4.1 Aan Gedeputeerde Staten", H3)]
    recs_gs = [
        ("1.", "Beperk het aantal ontheffingen voor evenementen met versterkt geluid in het stiltegebied tot ten "
               "hoogste vier per jaar, en verleen geen ontheffingen op zondag."),
        ("2.", "Laat de boa's van de provincie van mei tot en met september ook op zondagmiddag in het "
               "stiltegebied surveilleren."),
        ("3.", "Plaats bij het Beekdal Ellert en bij de parkeerplaats Boswachterij een vast meetpunt dat de gemeten "
               "waarden online laat zien."),
        ("4.", "Reserveer in het uitvoeringsprogramma jaarlijks 40.000 euro voor een stiltefonds, waarmee "
               "ondernemers in het gebied stille machines kunnen aanschaffen, zoals elektrische "
               "bosbouwwerktuigen.")]
    s += [Paragraph(t, REC, bulletText=m) for m, t in recs_gs]
    s += [Paragraph("4.2 Aan Provinciale Staten", H3)]
    s += [Paragraph(t, REC, bulletText=m) for m, t in (
        ("1.", "Breid de begrenzing van het stiltegebied uit met het Zwartven en de Oude Heide, die nu net buiten "
               "de grens vallen."),
        ("2.", "Neem in de verordening op dat drones in het stiltegebied alleen met een ontheffing mogen "
               "opstijgen of landen."))]
    s += [Paragraph("4.3 Aan de gemeenten Aldervoort en Heikamp", H3)]
    s += [Paragraph(t, REC, bulletText=m) for m, t in (
        ("1.", "Stel op de Heikampseweg tussen Ellert en de Boswachterij een maximumsnelheid van 60 kilometer per "
               "uur in, en laat die ook handhaven."),)]
    s += [Paragraph("5 Tot slot", H2),
          Paragraph("Wij vragen u in het bijzonder om de eerste aanbeveling aan uw college en de eerste aanbeveling "
                    "aan Provinciale Staten over te nemen: die maken voor de stilte in Oostervelden het grootste "
                    "verschil. Wij horen graag vóór 1 december 2026 hoe u met dit advies omgaat.", BODY),
          Spacer(1, 4),
          Paragraph("Namens de Gebiedsraad Stiltegebied Oostervelden,<br/>Wim Brouwer-Tjalma, voorzitter - "
                    "Annelies Hofstra, secretaris", BODY)]
    return s


def response_story():
    s = [Paragraph("Provincie Veldmarke", ParagraphStyle("lh1", fontName="S-B", fontSize=15, leading=18,
                                                          textColor=MOSS)),
         Paragraph("Gedeputeerde Staten", ParagraphStyle("lh2", parent=LH, textColor=GREY)),
         Spacer(1, 14)]
    addr = Paragraph("Gebiedsraad Stiltegebied Oostervelden<br/>t.a.v. de heer W. Brouwer-Tjalma<br/>Postbus 112"
                     "<br/>9451 AC  Aldervoort", LH)
    meta = Table([[Paragraph(k, ParagraphStyle("mk", parent=SMALL, fontName="S-B")), Paragraph(v, SMALL)]
                  for k, v in (("Datum", "24 november 2026"), ("Ons kenmerk", "PV/2026/118734"),
                               ("Uw kenmerk", "GSO/2026/05"), ("Behandeld door", "M. Veenstra, team Leefomgeving"),
                               ("Afschrift", "Provinciale Staten; colleges van Aldervoort en Heikamp"))],
                 colWidths=[30 * mm, 50 * mm])
    meta.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    top = Table([[addr, meta]], colWidths=[88 * mm, 80 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s += [top, Spacer(1, 14),
          Paragraph("<b>Onderwerp:</b> reactie op uw advies 'Stilte is geen leegte'", BODY),
          Spacer(1, 4),
          Paragraph("Geachte heer Brouwer-Tjalma,", BODY),
          Paragraph("Op 18 september 2026 ontvingen wij het advies van de gebiedsraad over de ontwerp-wijziging van "
                    "de Omgevingsverordening en het ontwerp-Uitvoeringsprogramma Stilte. Wij danken de gebiedsraad "
                    "voor het zorgvuldige werk, en in het bijzonder voor de metingen op vijf plekken: zulke gegevens "
                    "hadden wij zelf niet. Wij volgen in deze brief de indeling van uw advies, per partij tot wie u "
                    "zich richt.", BODY),
          Paragraph("Aanbevelingen aan ons college", H3),
          Paragraph("Uw eerste aanbeveling vraagt ons om het aantal ontheffingen voor evenementen met versterkt "
                    "geluid terug te brengen tot vier per jaar. Zo ver gaan wij niet. In de definitieve verordening "
                    "verlagen wij het maximum van twaalf naar zes ontheffingen per jaar. Bij vier zouden de "
                    "jaarlijkse Heidefeesten en het Ellerter Beekdalconcert elkaar uitsluiten, en beide evenementen "
                    "horen bij het gebied. Wel verlenen wij voortaan geen ontheffing meer voor een evenement op "
                    "zondag.", BODY),
          Paragraph("Uw vierde aanbeveling nemen wij over. In het vastgestelde Uitvoeringsprogramma Stilte "
                    "2027-2030 staat jaarlijks 40.000 euro voor een stiltefonds. Ondernemers in en rond het gebied "
                    "kunnen vanaf 1 april 2027 een bijdrage van ten hoogste de helft van de aanschafprijs aanvragen; "
                    "de regeling volgt in het voorjaar.", BODY),
          Paragraph("Ook met de derde aanbeveling zijn wij het eens. In het voorjaar van 2027 plaatst de provincie "
                    "vaste meetpunten bij het Beekdal Ellert en bij de parkeerplaats Boswachterij. De meetwaarden "
                    "worden per kwartier bijgewerkt op veldmarke.nl/stilte.", BODY),
          Paragraph("Aanbevelingen aan Provinciale Staten", H3),
          Paragraph("Over de verordening beslissen Provinciale Staten. Wij bieden hun de ontwerp-verordening op "
                    "8 december 2026 aan, samen met uw advies en deze brief. Hieronder leest u welk standpunt wij "
                    "daarbij innemen.", BODY),
          Paragraph("De tweede aanbeveling aan Provinciale Staten, over drones, stellen wij hun niet voor. Het "
                    "luchtruim wordt geregeld door het Rijk; een provinciale ontheffingsplicht voor drones zou "
                    "juridisch niet houdbaar zijn en is voor onze toezichthouders niet te controleren.", BODY),
          Paragraph("De eerste aanbeveling aan Provinciale Staten volgen wij voor de helft. Het Zwartven voegen wij "
                    "in het ontwerp toe aan het stiltegebied. Voor de Oude Heide doen wij dat niet: daar ligt een "
                    "melkveebedrijf met een vergunning voor uitbreiding, dat door een stiltegebied onevenredig zou "
                    "worden beperkt.", BODY),
          Paragraph("Aanbeveling aan de gemeenten", H3),
          Paragraph("Uw aanbeveling over de maximumsnelheid op de Heikampseweg is gericht aan de gemeenten "
                    "Aldervoort en Heikamp; de weg is van hen. Wij hebben uw advies aan beide colleges doorgestuurd "
                    "en brengen het onderwerp in bij het regionaal verkeersoverleg van februari 2027. Een standpunt "
                    "namens de gemeenten kunnen wij niet innemen.", BODY),
          Paragraph("Evenementen en ontheffingen in 2026", H3),
          Paragraph("Ter informatie: in 2026 verleenden wij elf ontheffingen voor evenementen in het stiltegebied, "
                    "waarvan vier voor een zondag. Over geluid in het gebied kwamen 23 klachten binnen, tegen 31 in "
                    "2025. De meeste klachten gingen over één festivalweekend in juli.", BODY),
          Paragraph("Vervolg", H3),
          Paragraph("Na de vaststelling door Provinciale Staten ligt de gewijzigde verordening zes weken ter inzage. "
                    "Wij nodigen de gebiedsraad in het voorjaar van 2027 graag uit voor een gesprek over de "
                    "uitvoering van het programma.", BODY),
          Spacer(1, 4),
          Paragraph("Hoogachtend,<br/>Gedeputeerde Staten van Veldmarke,<br/><br/>J.H. de Boer-Kuipers, "
                    "voorzitter - R. Tuinstra, secretaris", BODY)]
    return s


def expected():
    recs = [
        (1, "Beperk het aantal ontheffingen voor evenementen met versterkt geluid",
         "verlagen wij het maximum van twaalf naar zes", "partly"),
        (2, "Laat de boa's van de provincie van mei tot en met september", None, "unanswered"),
        (3, "Plaats bij het Beekdal Ellert en bij de parkeerplaats Boswachterij",
         "In het voorjaar van 2027 plaatst de provincie vaste meetpunten", "agrees"),
        (4, "Reserveer in het uitvoeringsprogramma jaarlijks 40.000 euro voor een stiltefonds",
         "Ondernemers in en rond het gebied kunnen vanaf 1 april 2027", "agrees"),
        (5, "Breid de begrenzing van het stiltegebied uit met het Zwartven",
         "Het Zwartven voegen wij in het ontwerp toe", "partly"),
        (6, "Neem in de verordening op dat drones in het stiltegebied",
         "een provinciale ontheffingsplicht voor drones zou juridisch niet houdbaar zijn", "disagrees"),
        (7, "Stel op de Heikampseweg tussen Ellert en de Boswachterij een maximumsnelheid",
         "Wij hebben uw advies aan beide colleges doorgestuurd", "noted"),
    ]
    unmatched = ["Wij danken de gebiedsraad voor het zorgvuldige werk",
                 "in 2026 verleenden wij elf ontheffingen voor evenementen",
                 "ligt de gewijzigde verordening zes weken ter inzage"]
    notes = ("Advice: a provincial gebiedsraad for a stiltegebied (reportlab, 3 p.); the seven recommendations are "
             "bold numbered items NUMBERED PER ADDRESSEE, the numbering restarting under each sub-heading: '4.1 Aan "
             "Gedeputeerde Staten' 1.-4. (expected 1-4), '4.2 Aan Provinciale Staten' 1.-2. (expected 5-6), '4.3 Aan "
             "de gemeenten Aldervoort en Heikamp' 1. (expected 7). Traps: article 6.12 of the verordening quoted "
             "with 'moet', a table of measured sound levels, findings as a numbered list 1.-4., 'De gebiedsraad "
             "concludeert', the 2022 advice quoted as an imperative (realised), a minority view with 'moet', a "
             "closing line citing 'de eerste aanbeveling aan uw college en de eerste aanbeveling aan Provinciale "
             "Staten'. Response: a letter of Gedeputeerde Staten with headings by ADDRESSEE and replies by ORDINAL "
             "WITHIN THE GROUP: 'Uw eerste aanbeveling' = 1 partly (maximum six instead of four, no Sunday events); "
             "'Uw vierde aanbeveling nemen wij over' = 4 agrees (40.000 euro a year, from 1 April 2027); 'Ook met "
             "de derde aanbeveling zijn wij het eens' = 3 agrees (meetpunten in spring 2027); 2 (Sunday patrols by "
             "boa's) never mentioned: unanswered; 'De tweede aanbeveling aan Provinciale Staten' = 6 disagrees "
             "(drones: not proposed, not legally tenable); 'De eerste aanbeveling aan Provinciale Staten volgen wij "
             "voor de helft' = 5 partly (Zwartven yes, Oude Heide no); 'Aanbeveling aan de gemeenten' = 7 noted "
             "(the road is the municipalities', advice passed on, no position). The opening, 'Evenementen en "
             "ontheffingen in 2026' (figures) and 'Vervolg' answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    build(advice_story, NAME + "_advice.pdf",
          "Gebiedsraad Stiltegebied Oostervelden - advies GSO/2026/05 - Stilte is geen leegte",
          "Stilte is geen leegte", "pagina {n} van {m}", True)
    build(response_story, NAME + "_response.pdf",
          "Provincie Veldmarke - PV/2026/118734 - reactie op advies GSO/2026/05",
          "Reactie op advies Stilte is geen leegte", "{n}/{m}", False)
    expected()
