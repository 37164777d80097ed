"""Round 151 (nl): the LEGIONELLA-RISICOANALYSE of an (invented) water-technical consultancy on a municipal sports
hall, its seven control measures the rows of a ruled TABLE 'Code | Aanbevolen beheersmaatregel | Prioriteit' coded
BM-1 to BM-7 under '6 Aanbevolen beheersmaatregelen', after a ruled table of tapping points coded TP-1 to TP-6 in
exactly the same style (trap); answered by the municipality's PLAN VAN AANPAK (reactie van de beheerder) as a ruled
TABLE 'Maatregel | Besluit beheerder | Gereed' in another order, one row answering two measures with different
verdicts.

Advice (reportlab, sans, teal title rule and headings, metadata table, two ruled tables, running head, 'pagina n van
m'): the drinking-water rules paraphrased with 'moet' (trap), the 2022 analysis quoted as an imperative and carried
out (trap), conclusions 5.1-5.4 (trap), 'Wij adviseren niet om het volledige leidingnet te vervangen' (trap);
expected BM-1 to BM-7. Response (reportlab, 'pagina n'): BM-2 agrees, BM-1 agrees, ONE row BM-3 partly (thermostatic
mixing valves only in the changing rooms A-D) + BM-5 disagrees (no second circulation pump), BM-7 agrees, BM-4 noted
(the club's own kitchen; passed on), a row on the whole network answers the 'we do not advise' sentence (unmatched);
BM-6 (the log book digitally) unanswered. All bodies, places, people, figures and reference numbers invented.

Run: /tmp/blind151nl/bin/python tests/docs/src/blind151/gen_nl_legionella_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b151nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

NAME = "blind151_nl_legionella"
FS = B.tmp_fonts()
for key, suf in (("Regular", ""), ("Bold", "-B"), ("Italic", "-I"), ("Bold Italic", "-BI")):
    pdfmetrics.registerFont(TTFont("S" + suf, FS[key]))
addMapping("S", 0, 0, "S")
addMapping("S", 1, 0, "S-B")
addMapping("S", 0, 1, "S-I")
addMapping("S", 1, 1, "S-BI")

INK = colors.HexColor("#116a73")
LINE = colors.HexColor("#a9d0d3")
GREY = colors.HexColor("#555555")
BODY = ParagraphStyle("body", fontName="S", fontSize=9.3, leading=13.2, spaceAfter=5)
SMALL = ParagraphStyle("small", fontName="S", fontSize=8, leading=10.5, textColor=GREY)
TITLE = ParagraphStyle("t", fontName="S-B", fontSize=15, leading=19, textColor=INK, spaceAfter=4)
SUB = ParagraphStyle("sub", fontName="S", fontSize=9, leading=12, textColor=GREY, spaceAfter=6)
H2 = ParagraphStyle("h2", fontName="S-B", fontSize=11, leading=15, textColor=INK, spaceBefore=8, spaceAfter=3,
                    keepWithNext=True)
QUOTE = ParagraphStyle("q", parent=BODY, fontName="S-I", leftIndent=8 * mm, rightIndent=6 * mm, textColor=GREY)
HANG = ParagraphStyle("hang", parent=BODY, leftIndent=10 * mm, firstLineIndent=-10 * mm, spaceAfter=3.5)
CELL = ParagraphStyle("cell", fontName="S", fontSize=8.3, leading=10.8)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="S-B", textColor=colors.white)


def page_fn(head, of_m):
    def fn(canv, doc):
        canv.saveState()
        canv.setFont("S", 7.2)
        canv.setFillColor(GREY)
        if doc.page > 1:
            canv.drawString(20 * mm, A4[1] - 12 * mm, head)
            canv.setStrokeColor(INK)
            canv.setLineWidth(0.5)
            canv.line(20 * mm, A4[1] - 13.5 * mm, A4[0] - 20 * mm, A4[1] - 13.5 * mm)
        canv.drawRightString(A4[0] - 20 * mm, 10 * mm, f"pagina {doc.page} van {of_m}" if of_m else
                             f"pagina {doc.page}")
        canv.restoreState()
    return fn


def build(story, pdfname, head, title, author, of_m=None):
    doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=19 * mm, bottomMargin=18 * mm, title=title, author=author,
                            creator="reportlab")
    doc.build(story, onFirstPage=page_fn(head, of_m), onLaterPages=page_fn(head, of_m))


def P(t, s=BODY):
    return Paragraph(t, s)


def rule():
    r = Table([[""]], colWidths=[170 * mm], rowHeights=[2.2])
    r.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), INK)]))
    return r


def meta_table(rows):
    t = Table([[P(a, CELL), P(b, CELL)] for a, b in rows], colWidths=[34 * mm, 136 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e6f2f3"))]))
    return t


def ruled(head, rows, widths):
    data = [[P(c, CELLB) for c in head]] + [[P(c, CELL) for c in r] for r in rows]
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), INK),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.4, LINE)]))
    return t


POINTS = [
    ["TP-1", "Douches kleedkamer A (dames), verste douchekop van de ring", "41,5 °C na 1 minuut; 1.200 kve/l"],
    ["TP-2", "Douches kleedkamer C (heren), tweede douchekop", "52,0 °C na 1 minuut; niet aantoonbaar"],
    ["TP-3", "Tappunt kantine (keuken sportvereniging De Kampen)", "47,0 °C; 150 kve/l"],
    ["TP-4", "Nooddouche berging onderhoud (zelden gebruikt)", "koud 24,8 °C; 2.400 kve/l"],
    ["TP-5", "Retour circulatieleiding bij de boiler", "54,5 °C; niet aantoonbaar"],
    ["TP-6", "Buitenkraan veldzijde (vorstvrije kraan)", "koud 19,2 °C; niet aantoonbaar"],
]

RECS = [
    ["BM-1", "Verhoog de ingestelde temperatuur van de boiler van 60 °C naar 65 °C en controleer wekelijks of de "
             "retourtemperatuur van de circulatieleiding minimaal 60 °C bedraagt.", "hoog, binnen 2 weken"],
    ["BM-2", "Verwijder de dode leiding naar de nooddouche in de onderhoudsberging (TP-4) en sluit de aftakking "
             "direct op de hoofdleiding af.", "hoog, binnen 1 maand"],
    ["BM-3", "Plaats in alle zes kleedkamers thermostatische mengkranen direct bij de douches, zodat de leidingen "
             "tot aan het tappunt heet water voeren.", "middel, binnen 6 maanden"],
    ["BM-4", "Spoel het tappunt in de kantine dagelijks door wanneer de sportvereniging de keuken langer dan een "
             "week niet gebruikt, bijvoorbeeld in de zomerstop.", "middel, direct"],
    ["BM-5", "Vervang de circulatiepomp door twee parallel geschakelde pompen, zodat bij uitval van een pomp de "
             "circulatie doorloopt.", "laag, binnen 1 jaar"],
    ["BM-6", "Houd het logboek voortaan digitaal bij in het beheersysteem van de gemeente, met een melding aan de "
             "beheerder als een spoeling niet is afgevinkt.", "middel, binnen 3 maanden"],
    ["BM-7", "Laat na uitvoering van BM-1 tot en met BM-3 opnieuw monsters nemen op TP-1, TP-3 en TP-4 en daarna "
             "tweemaal per jaar op de twee verste douches.", "hoog, na uitvoering"],
]


def advice():
    s = [P("AquaBorg Watertechniek B.V. - legionellapreventie, drinkwaterinstallaties en waterbehandeling - "
           "Kanaalweg 31, 7941 KD Oosterveen - info@aquaborg.example", SMALL),
         Spacer(1, 3), rule(), Spacer(1, 5),
         P("Legionella-risicoanalyse sporthal De Kampen", TITLE),
         P("risicoanalyse en beheersplan van de leidingwaterinstallatie, in opdracht van de gemeente Oosterveen", SUB),
         meta_table([("Opdrachtgever", "Gemeente Oosterveen, afdeling Vastgoed en Facilitair, t.a.v. mevrouw "
                      "J. Brouwer-Tieleman"),
                     ("Object", "Sporthal De Kampen, Kampweg 4, Oosterveen (bouwjaar 1988, verbouwd 2009)"),
                     ("Kenmerk", "AB-LRA-27-0631, versie 1.0"),
                     ("Datum", "14 september 2027"),
                     ("Opgesteld door", "ing. R. (Ruben) Mulderij, adviseur legionellapreventie; gecontroleerd "
                      "door ir. S. Haddou")]),
         P("1 Aanleiding", H2),
         P("Sporthal De Kampen heeft zes kleedkamers met in totaal 38 douches, een kantine die de sportvereniging "
           "De Kampen zelf exploiteert en een leidingwaterinstallatie met een centrale gasgestookte boiler van "
           "500 liter. De installatie is een prioritaire installatie in de zin van de drinkwaterregelgeving: de "
           "eigenaar moet over een actuele risicoanalyse en een beheersplan beschikken en moet de maatregelen uit "
           "dat plan ook uitvoeren en vastleggen. Bij een routinemonster in juni 2027 werd in kleedkamer A een "
           "legionellaconcentratie van 1.200 kve/l aangetroffen. De gemeente heeft de douches in die kleedkamer "
           "tijdelijk afgesloten en ons gevraagd de risicoanalyse uit 2022 volledig te herzien."),
         P("2 Eerdere analyse", H2),
         P("De vorige risicoanalyse (AB-LRA-22-0118) bevatte onder meer de volgende aanbeveling, die in 2023 is "
           "uitgevoerd en die wij hier alleen ter informatie herhalen:"),
         P("'Isoleer de warmwaterleidingen in het plafond boven de kantine over de volle lengte en scheid ze van "
           "de koudwaterleidingen.'", QUOTE),
         P("3 Werkwijze", H2),
         P("Wij hebben op 23 en 24 augustus 2027 de installatie geïnspecteerd, de tekeningen met de werkelijke "
           "situatie vergeleken, op zes tappunten temperaturen gemeten en monsters genomen (analyse door een "
           "geaccrediteerd laboratorium). De tappunten staan in de tabel hieronder."),
         P("4 Meetpunten en uitslagen", H2),
         ruled(["Code", "Tappunt", "Temperatuur en uitslag legionella"], POINTS, [18, 92, 60]),
         Spacer(1, 4),
         P("5 Conclusies", H2),
         P("5.1 De boiler is ingesteld op 60 °C, maar de retourtemperatuur zakt bij piekgebruik op "
           "zaterdag tot 53 °C; in de verste douchekoppen van de ring van kleedkamer A wordt het water niet heet "
           "genoeg.", HANG),
         P("5.2 De leiding naar de nooddouche in de onderhoudsberging is een dode leiding: ze wordt vrijwel nooit "
           "gebruikt en het water staat er weken stil.", HANG),
         P("5.3 Het logboek wordt op papier bijgehouden door wisselende medewerkers; in de zomer van 2027 "
           "ontbreken vier weken aan spoelregistraties.", HANG),
         P("5.4 De kantine valt buiten het dagelijkse beheer van de gemeente, maar hangt wel aan dezelfde "
           "installatie.", HANG),
         P("Wij adviseren niet om het volledige leidingnet van de sporthal te vervangen: de leidingen zijn van "
           "koper en verkeren in goede staat, en de problemen zijn met gerichte maatregelen op te lossen."),
         P("6 Aanbevolen beheersmaatregelen", H2),
         P("De maatregelen hieronder vormen samen het nieuwe beheersplan. De prioriteit geeft aan hoe snel een "
           "maatregel volgens ons moet worden uitgevoerd."),
         ruled(["Code", "Aanbevolen beheersmaatregel", "Prioriteit"], RECS, [18, 112, 40]),
         Spacer(1, 4),
         P("7 Tot slot", H2),
         P("Zolang BM-1 en BM-2 niet zijn uitgevoerd, raden wij aan de douches van kleedkamer A gesloten te houden. "
           "Wij lichten dit rapport graag toe in een gesprek met de beheerder en de sportvereniging."),
         Spacer(1, 4),
         P("ing. R. Mulderij<br/>AquaBorg Watertechniek B.V.", BODY)]
    build(s, NAME + "_advice.pdf", "AquaBorg Watertechniek - legionella-risicoanalyse sporthal De Kampen - "
          "AB-LRA-27-0631", "Legionella-risicoanalyse sporthal De Kampen", "AquaBorg Watertechniek B.V.", of_m=2)


ROWS = [
    ["BM-2 (dode leiding nooddouche)", "Uitgevoerd. De aftakking naar de nooddouche is op 29 september 2027 "
     "verwijderd en bij de hoofdleiding afgedopt; de nooddouche is buiten gebruik gesteld.", "gereed"],
    ["BM-1 (temperatuur boiler)", "Wij nemen deze maatregel over. De installateur heeft de boiler op 65 °C gezet; "
     "de conciërge leest de retourtemperatuur voortaan elke maandag af.", "oktober 2027"],
    ["BM-3 en BM-5 (mengkranen en pompen)", "Mengkranen bij de douches komen er, maar alleen in de kleedkamers A "
     "tot en met D, waar de langste leidingen liggen; in E en F blijven de centrale mengventielen zitten tot de "
     "renovatie van 2030. Een tweede circulatiepomp schaffen wij niet aan: bij uitval wordt de pomp volgens het "
     "onderhoudscontract binnen één werkdag vervangen, en dat vinden wij voldoende.", "maart 2028"],
    ["BM-7 (nieuwe monsters)", "Akkoord. De herbemonstering is besteld bij het laboratorium en vindt plaats twee "
     "weken nadat de laatste mengkraan is geplaatst; daarna volgt de halfjaarlijkse bemonstering.", "april 2028"],
    ["BM-4 (tappunt kantine)", "De keuken wordt door de sportvereniging zelf beheerd. Wij hebben de maatregel aan "
     "het bestuur van de vereniging doorgegeven en laten de uitvoering aan hen over.", "-"],
    ["Leidingnet in zijn geheel", "Een volledige vervanging is niet aan de orde; wij volgen het rapport op dit punt "
     "en reserveren daar geen budget voor in het meerjarenonderhoudsplan.", "-"],
]


def response():
    s = [P("Gemeente Oosterveen - afdeling Vastgoed en Facilitair - Postbus 40, 7940 AA Oosterveen", SMALL),
         Spacer(1, 3), rule(), Spacer(1, 5),
         P("Plan van aanpak legionellapreventie sporthal De Kampen", TITLE),
         P("reactie van de beheerder op de risicoanalyse van AquaBorg Watertechniek (AB-LRA-27-0631)", SUB),
         meta_table([("Zaaknummer", "VF/2027/10482"), ("Datum", "12 oktober 2027"),
                     ("Vastgesteld door", "J. Brouwer-Tieleman, teamleider Vastgoed, namens het college"),
                     ("Ter kennisname aan", "sportvereniging De Kampen; portefeuillehouder sport")]),
         P("Inleiding", H2),
         P("De gemeente is eigenaar en beheerder van sporthal De Kampen. Na de verhoogde legionellawaarde in "
           "kleedkamer A hebben wij AquaBorg gevraagd de risicoanalyse te herzien. Het rapport is op 14 september "
           "2027 opgeleverd en in het teamoverleg besproken. Hieronder staat per maatregel wat wij ermee doen; de "
           "volgorde is die van de uitvoering, niet die van het rapport."),
         P("Besluiten per maatregel", H2),
         ruled(["Maatregel", "Besluit beheerder", "Gereed"], ROWS, [38, 104, 28]),
         Spacer(1, 4),
         P("Financiën en vervolg", H2),
         P("De kosten van de maatregelen worden gedekt uit het budget voor klein onderhoud sportaccommodaties. "
           "Kleedkamer A gaat weer open zodra de herbemonstering geen legionella meer laat zien. Wij informeren "
           "de gebruikers van de sporthal via het gebruikersoverleg van november."),
         Spacer(1, 4),
         P("J. Brouwer-Tieleman<br/>teamleider Vastgoed en Facilitair", BODY)]
    build(s, NAME + "_response.pdf", "Gemeente Oosterveen - plan van aanpak legionellapreventie - VF/2027/10482",
          "Plan van aanpak legionellapreventie sporthal De Kampen", "Gemeente Oosterveen")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        ("BM-1", "Verhoog de ingestelde temperatuur van de boiler van 60", "de installateur heeft de boiler op 65 °C "
         "gezet", "agrees"),
        ("BM-2", "Verwijder de dode leiding naar de nooddouche in de onderhoudsberging",
         "verwijderd en bij de hoofdleiding afgedopt", "agrees"),
        ("BM-3", "Plaats in alle zes kleedkamers thermostatische mengkranen direct bij de douches",
         "maar alleen in de kleedkamers A tot en met D", "partly"),
        ("BM-4", "Spoel het tappunt in de kantine dagelijks door wanneer",
         "laten de uitvoering aan hen over", "noted"),
        ("BM-5", "Vervang de circulatiepomp door twee parallel geschakelde pompen",
         "Een tweede circulatiepomp schaffen wij niet aan", "disagrees"),
        ("BM-6", "Houd het logboek voortaan digitaal bij in het beheersysteem", None, "unanswered"),
        ("BM-7", "Laat na uitvoering van BM-1 tot en met BM-3 opnieuw monsters nemen",
         "De herbemonstering is besteld bij het laboratorium", "agrees"),
    ], ["Een volledige vervanging is niet aan de orde"],
        "Advice: the LEGIONELLA-RISICOANALYSE of a water-technical consultancy on a municipal sports hall; the seven "
        "control measures are rows of a ruled TABLE 'Code | Aanbevolen beheersmaatregel | Prioriteit' coded BM-1 to "
        "BM-7 (expected 'BM-1'-'BM-7'). Traps: the drinking-water rules paraphrased with 'moet', the 2022 "
        "recommendation quoted as an imperative (carried out), a ruled table of tapping points TP-1 to TP-6 in "
        "exactly the same style, conclusions 5.1-5.4, 'Wij adviseren niet om het volledige leidingnet ... te "
        "vervangen', a closing naming BM-1 and BM-2, and BM-7 itself naming BM-1 to BM-3. Response: the "
        "municipality's PLAN VAN AANPAK as a ruled TABLE 'Maatregel | Besluit beheerder | Gereed' in the order BM-2, "
        "BM-1, BM-3+BM-5, BM-7, BM-4, network: BM-2 agrees (done), BM-1 agrees, ONE row BM-3 partly (mixing valves "
        "in changing rooms A-D only) + BM-5 disagrees (no second pump), BM-7 agrees, BM-4 noted (the club's "
        "kitchen; passed on), the network row answers the 'we do not advise' sentence (unmatched). BM-6 (digital "
        "log book) is never answered; introduction and closing answer nothing.")
    print("written", NAME)
