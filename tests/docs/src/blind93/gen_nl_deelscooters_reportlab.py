"""Round 93 (nl): the ONGEVRAAGD ADVIES of a city's GEBIEDSCOMMISSIE on shared scooters and bikes, answered by the
wethouder's LETTER to the gebiedscommissie (subject headings, paraphrase only, no letters).

Advice: Gebiedscommissie Noordrand, gemeente Maasveld (2 p., reportlab, sans, green rule, running head, 'pagina n'):
findings 1-4 'Wat wij zagen', an earlier 2024 advice quoted with 'moet', APV art. 5:8 'moet', figures; the seven
recommendations LETTERED a-g after 'De gebiedscommissie adviseert het college om:'. Response: letter of the
wethouder Mobiliteit, order f, b+c, d, a, e; g unanswered. Everything is invented; rules are cited loosely.

Run: /tmp/blind93nl/bin/python tests/docs/src/blind93/gen_nl_deelscooters_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b93nl as B  # noqa: E402
from reportlab.lib.colors import Color  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind93_nl_deelscooters"
F = B.tmp_fonts()
pdfmetrics.registerFont(TTFont("S", F["Regular"]))
pdfmetrics.registerFont(TTFont("SB", F["Bold"]))
pdfmetrics.registerFont(TTFont("SI", F["Italic"]))
pdfmetrics.registerFontFamily("S", normal="S", bold="SB", italic="SI", boldItalic="SB")
GREEN = Color(0.12, 0.42, 0.25)

body = ParagraphStyle("b", fontName="S", fontSize=9.5, leading=13.4, spaceAfter=6)
hang = ParagraphStyle("h", parent=body, leftIndent=22, firstLineIndent=-22)
h1 = ParagraphStyle("h1", parent=body, fontName="SB", fontSize=14, leading=18, textColor=GREEN, spaceAfter=8)
h2 = ParagraphStyle("h2", parent=body, fontName="SB", fontSize=11, leading=15, spaceBefore=8, textColor=GREEN)
h3 = ParagraphStyle("h3", parent=body, fontName="SB", fontSize=9.5, spaceBefore=6, spaceAfter=2)
quote = ParagraphStyle("q", parent=body, leftIndent=26, rightIndent=20, fontName="SI")
small = ParagraphStyle("s", parent=body, fontSize=8, leading=10.5)


def deco(head, foot):
    def draw(c, doc):
        w, h = A4
        c.saveState()
        c.setStrokeColor(GREEN)
        c.setLineWidth(2)
        c.line(56, h - 40, w - 56, h - 40)
        c.setFont("S", 7.5)
        c.setFillColor(Color(0.35, 0.35, 0.35))
        c.drawString(56, h - 34, head)
        c.drawRightString(w - 56, 30, foot.format(n=doc.page))
        c.restoreState()
    return draw


def build(pdfname, story, head, foot):
    doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=62, rightMargin=62, topMargin=60,
                            bottomMargin=52, title=head)
    doc.build(story, onFirstPage=deco(head, foot), onLaterPages=deco(head, foot))


def P(t, s=body):
    return Paragraph(t, s)


def meta(rows):
    t = Table(rows, colWidths=[80, 370])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "S", 8.5), ("FONT", (0, 0), (0, -1), "SB", 8.5),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.6, GREEN), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return t


def advice():
    fig = Table([["Wijk", "Deelscooters (gem.)", "Meldingen 2025", "Waarvan fout geparkeerd"],
                 ["Oude Haven", "310", "412", "288"], ["Vlietpark", "220", "174", "102"],
                 ["Kroonwijk", "205", "236", "171"], ["Molenhoek", "165", "88", "49"]],
                colWidths=[100, 110, 100, 130])
    fig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "S", 8.5), ("FONT", (0, 0), (-1, 0), "SB", 8.5),
                             ("LINEBELOW", (0, 0), (-1, 0), 0.6, GREEN), ("LINEBELOW", (0, -1), (-1, -1), 0.6, GREEN),
                             ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    s = [P("Gebiedscommissie Noordrand", h1),
         meta([["Aan", "Het college van burgemeester en wethouders van Maasveld"],
               ["Datum", "3 maart 2026"], ["Kenmerk", "GC-NR 2026/04"],
               ["Onderwerp", "Ongevraagd advies deelscooters en deelfietsen in Noordrand"]]),
         Spacer(1, 10),
         P("Geacht college,"),
         P("Op grond van artikel 12 van de Verordening gebiedscommissies Maasveld 2022 kan de gebiedscommissie het "
           "college gevraagd en ongevraagd adviseren over zaken die het gebied raken. Na drie bewonersavonden, een "
           "schouw in de Oude Haven en gesprekken met de drie vergunde aanbieders brengen wij hierbij ongevraagd "
           "advies uit over de deelscooters en deelfietsen in Noordrand. De huidige vergunningen lopen af op "
           "31 december 2026; het college werkt aan nieuwe vergunningvoorwaarden."),
         P("Wat wij zagen", h2),
         P("<b>1.</b>  Het aantal deelscooters in Noordrand is sinds 2023 gegroeid tot gemiddeld 900 op een "
           "werkdag. Bewoners waarderen het aanbod, maar de overlast is in twee jaar bijna verdubbeld.", hang),
         P("<b>2.</b>  Van de 910 meldingen in 2025 ging 67 procent over foutief geparkeerde voertuigen, vooral op "
           "stoepen en bij de ingangen van winkels. Mensen met een rollator of kinderwagen moeten dan de rijbaan op.",
           hang),
         P("<b>3.</b>  Aanbieders halen een gemelde scooter nu gemiddeld na zes uur weg; in het weekend duurt het "
           "soms langer dan een dag.", hang),
         P("<b>4.</b>  De vier proefhubs aan het Stationsplein worden goed gebruikt: daar werd in 2025 geen enkele "
           "melding gedaan.", hang),
         fig, Spacer(1, 4),
         P("Tabel 1. Deelscooters en meldingen per wijk, 2025 (bron: meldingensysteem gemeente, bewerking GC).",
           small),
         P("Wat er al geregeld is", h2),
         P("Artikel 5:8 van de Algemene plaatselijke verordening bepaalt dat een voertuig zo moet worden geparkeerd "
           "dat het geen gevaar of hinder oplevert voor ander verkeer. De vergunningvoorwaarden schrijven daarnaast "
           "voor dat een aanbieder een melding binnen acht uur moet afhandelen. In ons advies van 12 maart 2024 "
           "schreven wij al:"),
         P("'Het college moet de vergunningvoorwaarden strenger handhaven en aanbieders die zich niet aan de "
           "afspraken houden, een last onder dwangsom opleggen.'", quote),
         P("Sindsdien zijn twee waarschuwingen gegeven, maar geen dwangsommen opgelegd. De commissie heeft de "
           "indruk dat de handhaving achterblijft bij de groei van het aanbod."),
         P("Ons advies", h2),
         P("De gebiedscommissie adviseert het college om:"),
         P("a)  in elk van de vier wijken van Noordrand ten minste vijftien vaste parkeerhubs voor deelvoertuigen "
           "aan te wijzen;", hang),
         P("b)  het parkeren van deelscooters buiten de hubs te verbieden in de winkelstraten van de Oude Haven en "
           "de Kroonwijk;", hang),
         P("c)  het maximumaantal deelscooters in Noordrand in de nieuwe vergunningen te verlagen van 900 naar "
           "600;", hang),
         P("d)  aanbieders te verplichten foutief geparkeerde voertuigen binnen twee uur na een melding weg te "
           "halen;", hang),
         P("e)  de meldingen over deelvoertuigen per wijk maandelijks openbaar te maken op een online "
           "dashboard;", hang),
         P("f)  de gebiedscommissie te betrekken bij het opstellen van de vergunningvoorwaarden voor 2027;", hang),
         P("g)  de opbrengst van de leges voor deelvoertuigen te bestemmen voor extra handhavers in Noordrand.",
           hang),
         P("Tot slot", h2),
         P("De commissie is graag bereid dit advies toe te lichten. Wij zien uw reactie binnen de termijn van acht "
           "weken uit artikel 13 van de verordening met belangstelling tegemoet."),
         Spacer(1, 6),
         P("Met vriendelijke groet,<br/>namens de Gebiedscommissie Noordrand,<br/><br/>"
           "Yvonne Dekkers-Amrani, voorzitter<br/>Bart van Oosterom, gebiedssecretaris")]
    build(NAME + "_advice.pdf", s, "Gebiedscommissie Noordrand - Ongevraagd advies deelscooters en deelfietsen",
          "pagina {n}")


def response():
    s = [P("Gemeente Maasveld", h1),
         meta([["Aan", "De Gebiedscommissie Noordrand, t.a.v. mevrouw Y. Dekkers-Amrani"],
               ["Datum", "21 april 2026"], ["Ons kenmerk", "MOB/2026/1187"], ["Uw kenmerk", "GC-NR 2026/04"],
               ["Onderwerp", "Reactie op uw ongevraagd advies over deelvervoer"]]),
         Spacer(1, 10),
         P("Geachte mevrouw Dekkers-Amrani, beste leden van de gebiedscommissie,"),
         P("Hartelijk dank voor uw zorgvuldige advies van 3 maart jongstleden. Het college heeft het op 14 april "
           "besproken. Uw advies komt op een goed moment, nu wij de nieuwe vergunningen voor deelvervoer voorbereiden. "
           "Hieronder reageer ik namens het college per onderwerp."),
         P("Samenwerking bij de nieuwe vergunningen", h3),
         P("Wij nodigen de gebiedscommissie graag uit voor de werkgroep die de voorwaarden voor 2027 opstelt. De "
           "eerste bijeenkomst is gepland op 2 juni; uw secretaris ontvangt de uitnodiging."),
         P("Parkeren in de winkelstraten en het aantal scooters", h3),
         P("Wij delen uw zorg over de stoepen in de winkelgebieden. Vanaf 1 juli 2026 geldt in de winkelstraten van "
           "de Oude Haven en de Kroonwijk een parkeerverbod voor deelscooters buiten de aangewezen plekken; de "
           "aanbieders passen hun apps daarop aan. Een lager plafond voor Noordrand nemen wij niet over. Het aantal "
           "van 900 is stadsbreed afgestemd op de vraag, en minder scooters leidt volgens de aanbieders vooral tot "
           "meer autoritten. Wij houden daarom vast aan het huidige maximum."),
         P("Snelheid van afhandelen", h3),
         P("Wij vinden zes uur te lang. Twee uur is voor de aanbieders echter niet haalbaar zonder eigen ploegen in "
           "elke wijk. In de nieuwe voorwaarden nemen wij een termijn van vier uur op, in het weekend zes uur."),
         P("Vaste parkeerplekken", h3),
         P("Zoals u adviseert, wijzen wij in alle vier de wijken vaste hubs aan: in totaal 64 plekken, die per "
           "1 september 2026 zijn ingericht. De locaties zijn in overleg met de wijkteams gekozen."),
         P("Openbare cijfers", h3),
         P("Uw suggestie voor een openbaar overzicht van meldingen spreekt ons aan. Of dat maandelijks en per wijk "
           "kan, hangt af van het nieuwe meldingensysteem. Wij nemen het mee bij de verwerving daarvan en komen er "
           "later op terug."),
         P("Verkeersveiligheid rond de Lindeschool", h3),
         P("Tijdens uw schouw is ook de onveilige oversteek bij de Lindeschool aan de orde gekomen. Dat staat los "
           "van uw advies, maar ik meld u graag dat daar in de zomervakantie een verhoogd zebrapad wordt aangelegd."),
         P("Ik dank u nogmaals voor uw inzet en kijk uit naar de verdere samenwerking met de gebiedscommissie.",
           body),
         Spacer(1, 6),
         P("Met vriendelijke groet,<br/>namens het college van burgemeester en wethouders,<br/><br/>"
           "Joost Verhaeghe-Lam<br/>wethouder Mobiliteit en Openbare Ruimte")]
    build(NAME + "_response.pdf", s, "Gemeente Maasveld - reactie advies deelvervoer", "pagina {n}")


advice()
response()
B.write_expected(NAME, [
    (1, "in elk van de vier wijken van Noordrand ten minste vijftien",
     "totaal 64 plekken, die per 1 september 2026", "agrees"),
    (2, "het parkeren van deelscooters buiten de hubs te verbieden", "vanaf 1 juli 2026 geldt in de winkelstraten",
     "agrees"),
    (3, "het maximumaantal deelscooters in Noordrand in de nieuwe vergunningen te verlagen",
     "een lager plafond voor noordrand nemen wij niet over", "disagrees"),
    (4, "aanbieders te verplichten foutief geparkeerde voertuigen binnen twee uur",
     "nemen wij een termijn van vier uur op", "partly"),
    (5, "de meldingen over deelvoertuigen per wijk maandelijks openbaar te maken",
     "wij nemen het mee bij de verwerving daarvan", "noted"),
    (6, "de gebiedscommissie te betrekken bij het opstellen van de vergunningvoorwaarden",
     "nodigen de gebiedscommissie graag uit voor de werkgroep", "agrees"),
    (7, "de opbrengst van de leges voor deelvoertuigen te bestemmen", None, "unanswered"),
], ["het college heeft het op 14 april besproken",
    "daar in de zomervakantie een verhoogd zebrapad wordt aangelegd",
    "kijk uit naar de verdere samenwerking met de gebiedscommissie"],
   "Advice: ongevraagd advies of a gebiedscommissie, letter form; findings 1-4 'Wat wij zagen' (hanging numbers), "
   "figures table, APV art. 5:8 and vergunning 'moet', the 2024 advice quoted with 'moet'; recommendations LETTERED "
   "a)-g) after 'De gebiedscommissie adviseert het college om:'. Response: the wethouder's letter with subject "
   "headings, paraphrase only, order f, b+c, d, a, e; 'Parkeren in de winkelstraten en het aantal scooters' = b "
   "agrees (ban from 1 July) + c disagrees (maximum kept); d partly (four hours); e noted; g unanswered; the "
   "opening, 'Verkeersveiligheid rond de Lindeschool' and the closing answer nothing.")
