"""Round 149 (nl): the EVALUATIE WATEROVERLAST of an (invented) engineering firm, commissioned by a municipality and
its water board after a cloudburst; its seven recommendations are LETTERED a)-g) hanging under '5 Aanbevelingen',
split over two sub-headings 'Op korte termijn' (a-d) and 'Op langere termijn' (e-g), after conclusions lettered a)-e)
in exactly the same hanging style under '4 Conclusies'; answered by the college's BRIEF AAN DE GEMEENTERAAD that
paraphrases BY THEME under its own headings, citing the letters in brackets, in another order, one paragraph
answering two with different verdicts.

Advice (reportlab, sans, dark-blue title rule and headings, metadata table, a ruled table of reports per district,
running head, 'pagina n van m'): the municipality's hemelwaterzorgplicht paraphrased with 'moet' (trap), the 2016
evaluation's recommendations quoted as imperatives with their status (trap), conclusions a)-e) in the
recommendations' style (trap), 'Wij raden af om de pompcapaciteit van gemaal De Vlijt te vergroten' (trap), a closing
naming 'aanbevelingen a en e' (trap); expected numbers 'a'-'g'. Response (reportlab, 'pagina n'): 'Schoon en
bereikbaar' a agrees + c agrees, 'De spoortunnel' b partly (meter and warning lights, no automatic barriers), 'Het
Kerkepark en de stresstest' ONE paragraph e disagrees (no storage in the listed park; storage under the Marktplein)
+ g agrees (joint stress test ordered), 'Afkoppelen' f noted (for the council with the GRP 2029-2033), 'Gemaal De
Vlijt' answers the 'we advise against' sentence (unmatched); d (letters to residents of low-lying streets)
unanswered; the introduction and closing answer nothing. All bodies, places, people, figures and reference numbers
invented; the Omgevingswet and the Waterwet named as context only.

Run: /tmp/blind149nl/bin/python tests/docs/src/blind149/gen_nl_wateroverlast_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b149nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

NAME = "blind149_nl_wateroverlast"
FS = B.tmp_fonts()
for key, suf in (("Regular", ""), ("Bold", "-B"), ("Italic", "-I"), ("Bold Italic", "-BI")):
    pdfmetrics.registerFont(TTFont("S" + suf, FS[key]))
addMapping("S", 0, 0, "S")
addMapping("S", 1, 0, "S-B")
addMapping("S", 0, 1, "S-I")
addMapping("S", 1, 1, "S-BI")

INK = colors.HexColor("#1d4e89")
LINE = colors.HexColor("#a9bfdc")
GREY = colors.HexColor("#555555")
BODY = ParagraphStyle("body", fontName="S", fontSize=9.3, leading=13.2, spaceAfter=5)
SMALL = ParagraphStyle("small", fontName="S", fontSize=8, leading=10.5, textColor=GREY)
TITLE = ParagraphStyle("t", fontName="S-B", fontSize=15, leading=19, textColor=INK, spaceAfter=4)
SUB = ParagraphStyle("sub", fontName="S", fontSize=9, leading=12, textColor=GREY, spaceAfter=6)
H2 = ParagraphStyle("h2", fontName="S-B", fontSize=11, leading=15, textColor=INK, spaceBefore=8, spaceAfter=3,
                    keepWithNext=True)
H3 = ParagraphStyle("h3", fontName="S-BI", fontSize=9.4, leading=13, spaceBefore=3, spaceAfter=2, keepWithNext=True)
QUOTE = ParagraphStyle("q", parent=BODY, fontName="S-I", leftIndent=8 * mm, rightIndent=6 * mm, textColor=GREY)
HANG = ParagraphStyle("hang", parent=BODY, leftIndent=7 * mm, firstLineIndent=-7 * mm, spaceAfter=3.5)
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
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e9eff8"))]))
    return t


def ruled(head, rows, widths):
    data = [[P(c, CELLB) for c in head]] + [[P(c, CELL) for c in r] for r in rows]
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), INK),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.4, LINE)]))
    return t


def hang(items):
    return [P(f"<b>{n})</b>&nbsp;&nbsp;&nbsp;{t}".replace("&nbsp;", " "), HANG) for n, t in items]


CONCL = [
    ("a", "De neerslag van 19 juni 2027 (74 millimeter in anderhalf uur) lag ver boven de bui waarop het riool in "
          "Oudevaart is ontworpen; enige wateroverlast was daarom niet te voorkomen."),
    ("b", "De schade in de Kerkebuurt werd wel groter doordat een deel van de kolken en straatgoten verstopt zat met "
          "blad en zand."),
    ("c", "De spoortunnel aan de Stationsweg liep binnen twintig minuten vol; twee auto's reden de tunnel in en "
          "moesten door de brandweer worden weggesleept."),
    ("d", "Bewoners konden de gemeente na 17.00 uur alleen via het algemene alarmnummer bereiken; de afstemming "
          "tussen gemeente, waterschap en veiligheidsregio verliep via persoonlijke telefoonnummers."),
    ("e", "Gemaal De Vlijt heeft tijdens de bui zijn volle capaciteit gehaald en heeft geen storing gehad."),
]

RECS = [
    ("a", "Maak de kolken en straatgoten in de Kerkebuurt en langs de Stationsweg voortaan vier keer per jaar "
          "schoon in plaats van één keer, met een extra ronde in mei."),
    ("b", "Plaats in de spoortunnel aan de Stationsweg een waterstandsmeter die bij twintig centimeter water "
          "automatisch slagbomen aan beide kanten sluit."),
    ("c", "Stel samen met het waterschap en de veiligheidsregio een draaiboek hoosbuien op, met een vaste "
          "contactpersoon per partij en een meldnummer dat ook 's avonds en in het weekend bereikbaar is."),
    ("d", "Stuur de bewoners van de laaggelegen straten vóór 1 mei 2028 een brief over wat zij zelf kunnen doen, "
          "zoals een drempel bij de voordeur en een terugslagklep op de huisaansluiting."),
    ("e", "Leg in het Kerkepark een waterberging aan van ten minste 1.800 kubieke meter, bijvoorbeeld als wadi of "
          "als verlaagd grasveld dat bij hevige regen mag onderlopen."),
    ("f", "Neem in het volgende gemeentelijk rioleringsplan een subsidieregeling op voor particulieren die hun "
          "regenpijpen van het riool afkoppelen."),
    ("g", "Voer samen met het waterschap een nieuwe klimaatstresstest uit voor de hele kern, met de neerslagcijfers "
          "die sinds 2023 gelden."),
]


def advice():
    s = [P("Ingenieursbureau Hoekstra &amp; Van Dalsem - water, riolering en openbare ruimte - Vaartweg 112, "
           "4191 KM Meerzicht - info@hvd-ingenieurs.example", SMALL),
         Spacer(1, 3), rule(), Spacer(1, 5),
         P("Evaluatie wateroverlast na de hoosbui van 19 juni 2027", TITLE),
         P("onafhankelijke evaluatie in opdracht van de gemeente Oudevaart en Waterschap De Drie Beken", SUB),
         meta_table([("Opdrachtgevers", "college van burgemeester en wethouders van Oudevaart; dagelijks bestuur "
                                        "van Waterschap De Drie Beken"),
                     ("Auteurs", "ir. M. Hoekstra, S. el Amrani MSc en J. van der Plas"),
                     ("Kenmerk", "HVD-27-118, versie 1.0 (definitief)"),
                     ("Datum", "12 oktober 2027")]),
         Spacer(1, 4),
         P("1 Aanleiding", H2),
         P("Op zaterdag 19 juni 2027 viel boven Oudevaart tussen 15.40 en 17.10 uur 74 millimeter regen. Bij de "
           "gemeente kwamen in twee dagen 212 meldingen binnen; in 38 woningen stond water op de begane grond en de "
           "spoortunnel aan de Stationsweg was ruim vier uur gesloten. De gemeente en het waterschap vroegen ons om "
           "na te gaan wat er gebeurde, wat goed ging en wat beter kan."),
         P("Het kader is bekend. De gemeente moet op grond van haar zorgplicht voor hemelwater zorgen voor een "
           "doelmatige inzameling en verwerking van regenwater, en het waterschap moet het oppervlaktewater op peil "
           "houden. Een bui als die van 19 juni valt buiten wat een riool redelijkerwijs kan verwerken; dan gaat het "
           "erom dat het water op straat of in het groen kan blijven zonder schade aan te richten."),
         P("2 Werkwijze", H2),
         P("Wij analyseerden de meldingen, de radarbeelden, de meetgegevens van gemaal De Vlijt en de logboeken van "
           "de buitendienst. Wij spraken met twaalf bewoners, met medewerkers van de gemeente, het waterschap en de "
           "veiligheidsregio, en liepen op 2 juli de Kerkebuurt en de Stationsweg af. Ook keken wij naar de "
           "evaluatie van de wateroverlast van augustus 2016. Die gaf onder meer de volgende aanbevelingen:"),
         P("'Vergroot de riolering in de Molenstraat en de Kerkstraat.' (uitgevoerd in 2019)<br/>"
           "'Richt een meldpunt wateroverlast in op de website van de gemeente.' (uitgevoerd in 2017)<br/>"
           "'Leg een noodoverloop aan van de Kerkebuurt naar de Oude Vaart.' (niet uitgevoerd)", QUOTE),
         P("3 Wat er gebeurde", H2),
         P("De meeste meldingen kwamen uit de Kerkebuurt en de laaggelegen straten rond de Stationsweg. De tabel "
           "geeft het aantal meldingen per wijk en het aantal woningen met water binnen."),
         ruled(["Wijk", "Meldingen", "Woningen met water binnen", "Opmerking"],
               [["Kerkebuurt", "97", "24", "verstopte kolken in vier straten"],
                ["Stationsweg en omgeving", "54", "9", "tunnel vier uur dicht"],
                ["Molenwijk", "38", "5", "vooral water in tuinen en kelders"],
                ["Buitengebied", "23", "0", "greppels en sloten vol"]], [42, 24, 42, 62]),
         Spacer(1, 4),
         P("4 Conclusies", H2)]
    s += hang(CONCL)
    s += [P("5 Aanbevelingen", H2),
          P("Wij doen zeven aanbevelingen. De eerste vier kunnen vóór de zomer van 2028 worden uitgevoerd; de "
            "laatste drie vragen meer tijd en geld.")]
    s += [P("Op korte termijn", H3)] + hang(RECS[:4])
    s += [P("Op langere termijn", H3)] + hang(RECS[4:])
    s += [P("Wij raden af om de pompcapaciteit van gemaal De Vlijt te vergroten. Het gemaal werkte goed; het "
            "knelpunt zat in de afvoer van de straten naar het riool en in de lage ligging van de Kerkebuurt."),
          P("6 Tot slot", H2),
          P("Niet elke bui is te voorkomen, maar de schade wel te beperken. Aanbevelingen a en e leveren volgens ons "
            "de meeste winst op voor de Kerkebuurt. Wij danken de bewoners en de medewerkers die hun ervaringen met "
            "ons deelden."),
          Spacer(1, 4),
          P("Ingenieursbureau Hoekstra &amp; Van Dalsem<br/>ir. M. Hoekstra, projectleider", SMALL)]
    build(s, NAME + "_advice.pdf", "Hoekstra & Van Dalsem - evaluatie wateroverlast hoosbui 19 juni 2027 - "
          "HVD-27-118", "Evaluatie wateroverlast na de hoosbui van 19 juni 2027", "Hoekstra & Van Dalsem", of_m=2)


def response():
    s = [P("Gemeente Oudevaart - college van burgemeester en wethouders - Postbus 40, 4190 AA Oudevaart", SMALL),
         Spacer(1, 3), rule(), Spacer(1, 5),
         P("Brief aan de gemeenteraad: evaluatie wateroverlast 19 juni 2027", TITLE),
         P("aan de leden van de gemeenteraad van Oudevaart - ons kenmerk Z-27-09876 - Oudevaart, 16 november 2027",
           SUB),
         P("Geachte leden van de raad,"),
         P("Na de hoosbui van 19 juni hebben wij u toegezegd de gebeurtenissen onafhankelijk te laten evalueren. Het "
           "rapport van Ingenieursbureau Hoekstra &amp; Van Dalsem ligt nu voor en treft u als bijlage aan. Het "
           "dagelijks bestuur van het waterschap heeft het rapport op 2 november besproken. In deze brief leest u "
           "hoe wij met de aanbevelingen omgaan; de letters tussen haakjes verwijzen naar het rapport."),
         P("Schoon en bereikbaar", H3),
         P("Vanaf januari 2028 reinigt de buitendienst de kolken en goten in de Kerkebuurt en langs de Stationsweg "
           "vier keer per jaar, met een extra ronde vóór de zomer (a). De extra kosten van 36.000 euro per jaar "
           "dekken wij uit de rioolheffing. Ook komt er een gezamenlijk draaiboek hoosbuien met het waterschap en de "
           "veiligheidsregio (c); het piketnummer van de buitendienst wordt daarin opgenomen en is voortaan dag en "
           "nacht bereikbaar."),
         P("De spoortunnel", H3),
         P("In de tunnel aan de Stationsweg komt in het voorjaar een waterstandsmeter die bij te veel water de "
           "buitendienst alarmeert en aan beide kanten knipperende waarschuwingsborden inschakelt (b). Automatische "
           "slagbomen plaatsen wij niet: ProRail en de hulpdiensten willen de tunnel altijd zelf kunnen openen en "
           "sluiten."),
         P("Het Kerkepark en de stresstest", H3),
         P("Een waterberging in het Kerkepark nemen wij niet over (e). Het park is een beschermd gemeentelijk "
           "monument met bomen van meer dan honderd jaar oud, en een wadi van deze omvang zou een groot deel van het "
           "gazon en het wortelgebied raken. Wij onderzoeken in plaats daarvan een ondergrondse berging onder het "
           "Marktplein, dat in 2029 opnieuw wordt ingericht. De nieuwe klimaatstresstest voor de hele kern laten wij "
           "wel samen met het waterschap uitvoeren (g); de opdracht is inmiddels verleend en de uitkomsten verwachten "
           "wij in het najaar van 2028."),
         P("Afkoppelen", H3),
         P("Een subsidie voor het afkoppelen van regenpijpen (f) is een keuze voor uw raad. Wij nemen het voorstel "
           "als bouwsteen mee in het ontwerp van het gemeentelijk rioleringsplan 2029-2033, dat wij u in het najaar "
           "van 2028 voorleggen, en spreken ons er nu nog niet over uit."),
         P("Gemaal De Vlijt", H3),
         P("Het waterschap deelt de conclusie dat het gemaal goed heeft gefunctioneerd en zal de pompcapaciteit "
           "daarom niet uitbreiden."),
         Spacer(1, 4),
         P("Wij zijn de bewoners van de Kerkebuurt erkentelijk voor hun geduld en hun medewerking aan de evaluatie. "
           "Over de voortgang informeren wij u in de eerstvolgende voortgangsrapportage openbare ruimte."),
         Spacer(1, 4),
         P("Met vriendelijke groet,<br/>het college van burgemeester en wethouders van Oudevaart,<br/>"
           "de secretaris, drs. H. Brugman - de burgemeester, A. Velthuis-Kok", SMALL)]
    build(s, NAME + "_response.pdf", "Gemeente Oudevaart - brief aan de raad, evaluatie wateroverlast - "
          "Z-27-09876", "Brief aan de gemeenteraad: evaluatie wateroverlast", "Gemeente Oudevaart")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        ("a", "Maak de kolken en straatgoten in de Kerkebuurt en langs de Stationsweg",
         "De extra kosten van 36.000 euro per jaar", "agrees"),
        ("b", "Plaats in de spoortunnel aan de Stationsweg een waterstandsmeter die",
         "Automatische slagbomen plaatsen wij niet", "partly"),
        ("c", "Stel samen met het waterschap en de veiligheidsregio een draaiboek",
         "het piketnummer van de buitendienst wordt daarin opgenomen", "agrees"),
        ("d", "Stuur de bewoners van de laaggelegen straten vóór 1 mei 2028", None, "unanswered"),
        ("e", "Leg in het Kerkepark een waterberging aan van ten minste",
         "Een waterberging in het Kerkepark nemen wij niet over", "disagrees"),
        ("f", "Neem in het volgende gemeentelijk rioleringsplan een subsidieregeling op voor",
         "spreken ons er nu nog niet over uit", "noted"),
        ("g", "Voer samen met het waterschap een nieuwe klimaatstresstest uit voor",
         "de opdracht is inmiddels verleend en de uitkomsten", "agrees"),
    ], ["zal de pompcapaciteit daarom niet uitbreiden"],
        "Advice: the EVALUATIE WATEROVERLAST of an engineering firm after a cloudburst, commissioned by a "
        "municipality and its water board; the seven recommendations are LETTERED a)-g) hanging under '5 "
        "Aanbevelingen', split over 'Op korte termijn' (a-d) and 'Op langere termijn' (e-g) (expected numbers "
        "'a'-'g'). Traps: the hemelwaterzorgplicht paraphrased with 'moet', the 2016 evaluation's recommendations "
        "quoted as imperatives with status, conclusions a)-e) in exactly the same hanging style under '4 "
        "Conclusies', 'Wij raden af om de pompcapaciteit van gemaal De Vlijt te vergroten', a closing naming "
        "'Aanbevelingen a en e'. Response: the college's BRIEF AAN DE GEMEENTERAAD by theme, letters in brackets: "
        "'Schoon en bereikbaar' a agrees + c agrees; 'De spoortunnel' b partly (meter and warning lights, no "
        "automatic barriers); 'Het Kerkepark en de stresstest' ONE paragraph e disagrees (listed park; storage "
        "under the Marktplein instead) + g agrees (joint stress test ordered); 'Afkoppelen' f noted (a building "
        "block for the council's GRP, no position yet); 'Gemaal De Vlijt' answers the 'we advise against' "
        "sentence (unmatched). d (letters to residents) is never answered; introduction and closing answer "
        "nothing.")
    print("written", NAME)
