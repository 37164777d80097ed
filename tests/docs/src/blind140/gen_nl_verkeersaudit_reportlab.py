"""Round 140 (nl): a VERKEERSVEILIGHEIDSAUDIT (road safety audit) of the voorlopig ontwerp for a junction in an
(invented) municipality, by an independent audit team; its seven recommendations sit in the last column of a TABLE
'Nr | Locatie | Bevinding | Risico | Aanbeveling'; answered by the municipality's REACTIE OPDRACHTGEVER that QUOTES
each recommendation in italics under a bold 'Auditpunt n' label and answers below it, in another order.

Advice (reportlab, sans, dark-orange rule and headings, running head from p. 2, 'pagina n van m'): the audit guideline
paraphrased with 'moet' (trap), the audit of the schetsontwerp quoted as an imperative (carried out, trap), general
findings NUMBERED 'A1'-'A3' (trap), 'Wij bevelen niet aan om de voorrangskruising te vervangen door een rotonde'
(trap), a closing line naming 'de punten 1 en 4' (trap). Response (reportlab, 'pagina n'): 4 agrees, 1 agrees, 3
partly, 6 disagrees, 2 disagrees, 7 agrees; 5 unanswered; introduction, 'Vervolg' and closing answer nothing. All
bodies, places, people, figures and reference numbers invented; rules named as context only.

Run: /tmp/blind140nl/bin/python tests/docs/src/blind140/gen_nl_verkeersaudit_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b140nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind140_nl_verkeersaudit"
FS = B.tmp_fonts()
for key, suf in (("Regular", ""), ("Bold", "-B"), ("Italic", "-I"), ("Bold Italic", "-BI")):
    pdfmetrics.registerFont(TTFont("S" + suf, FS[key]))
addMapping("S", 0, 0, "S")
addMapping("S", 1, 0, "S-B")
addMapping("S", 0, 1, "S-I")
addMapping("S", 1, 1, "S-BI")

INK = colors.HexColor("#a04a12")
GREY = colors.HexColor("#555555")
BODY = ParagraphStyle("body", fontName="S", fontSize=9.4, leading=13.4, spaceAfter=5)
HANG = ParagraphStyle("hang", parent=BODY, leftIndent=9 * mm, firstLineIndent=-9 * mm)
CELL = ParagraphStyle("cell", fontName="S", fontSize=8.1, leading=10.6)
HEAD = ParagraphStyle("head", parent=CELL, fontName="S-B", textColor=colors.white)
SMALL = ParagraphStyle("small", fontName="S", fontSize=8, leading=10.5, textColor=GREY)
TITLE = ParagraphStyle("t", fontName="S-B", fontSize=15, leading=19, textColor=INK, spaceAfter=4)
H2 = ParagraphStyle("h2", fontName="S-B", fontSize=11, leading=15, textColor=INK, spaceBefore=8, spaceAfter=3,
                    keepWithNext=True)
LABEL = ParagraphStyle("lab", parent=BODY, fontName="S-B", textColor=INK, spaceBefore=5, spaceAfter=1,
                       keepWithNext=True)
QUOTE = ParagraphStyle("q", parent=BODY, fontName="S-I", leftIndent=8 * mm, rightIndent=6 * mm, textColor=GREY,
                       spaceAfter=3)


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


def grid(rows, widths):
    t = Table([[P(c, HEAD) for c in rows[0]]] + [[P(c, CELL) for c in r] for r in rows[1:]], colWidths=widths,
              repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), INK), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#caa58c")),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f8efe8")])]))
    return t


def advice():
    rule = Table([[""]], colWidths=[170 * mm], rowHeights=[2.2])
    rule.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), INK)]))
    s = [P("Auditteam Verkeersveiligheid Rijnsloot - Dorpsweg 17, 4163 KL Rijnsloot - opdracht 26-0312", SMALL),
         Spacer(1, 4), rule, Spacer(1, 6),
         P("Verkeersveiligheidsaudit voorlopig ontwerp kruispunt Lindelaan - Veerweg, Brakenstein", TITLE),
         P("Opdrachtgever: gemeente Brakenstein, afdeling Openbare Ruimte, t.a.v. de heer ing. P.J. Kortenhoeven, "
           "projectleider - kenmerk ATR/2026/044 - Rijnsloot, 22 mei 2026 - auditoren: ir. S.E. Mulderij "
           "(hoofdauditor), M. Oukili en drs. H.W. Tersteeg", SMALL),
         Spacer(1, 6),
         P("1 Aanleiding en werkwijze", H2),
         P("De gemeente Brakenstein wil het kruispunt van de Lindelaan en de Veerweg herinrichten. Het kruispunt "
           "ligt op de route van en naar twee basisscholen en het gezondheidscentrum De Veerhoeve; in de afgelopen "
           "vijf jaar zijn er elf letselongevallen geregistreerd, waarvan zeven met een fietser. Het auditteam heeft "
           "het voorlopig ontwerp (tekening VO-02, versie 3 van 28 maart 2026) beoordeeld op verkeersveiligheid, "
           "de situatie ter plaatse bekeken op dinsdag 14 april 2026 bij daglicht en in het donker, en gesproken "
           "met de wijkagent en met twee leerkrachten."),
         P("Volgens de landelijke richtlijn voor verkeersveiligheidsaudits moet het auditteam onafhankelijk zijn van "
           "het ontwerpteam, en moet de opdrachtgever schriftelijk vastleggen wat hij met elke aanbeveling doet. "
           "Het auditteam beoordeelt alleen de verkeersveiligheid; kosten, doorstroming en ruimtelijke inpassing "
           "laten wij bewust buiten beschouwing."),
         P("In onze audit van het schetsontwerp, in september 2025, schreven wij:"),
         P("'Leg het fietspad aan de noordzijde van de Lindelaan in twee richtingen aan, zodat scholieren uit de "
           "wijk Veerhof de Lindelaan niet twee keer hoeven over te steken.'", QUOTE),
         P("Dat advies is in het voorlopig ontwerp volledig verwerkt."),
         P("2 Algemene bevindingen", H2),
         P("<b>A1</b> Het ontwerp is in opzet overzichtelijk: de voorrang is duidelijk geregeld en "
           "de oversteken voor voetgangers en fietsers liggen op logische plekken.", HANG),
         P("<b>A2</b> Het tweerichtingsfietspad is een verbetering voor scholieren, maar vraagt extra "
           "aandacht bij elke aansluiting waar automobilisten afslaan.", HANG),
         P("<b>A3</b> De openbare verlichting en de plek van de bushalte zijn in het ontwerp nog niet "
           "op elkaar afgestemd.", HANG),
         P("Wij bevelen niet aan om de voorrangskruising te vervangen door een rotonde, zoals tijdens de inloopavond "
           "werd gevraagd: daarvoor ontbreekt de ruimte zonder de bomenrij aan de Veerweg te kappen, en een te "
           "krappe rotonde is voor fietsers eerder minder dan meer veilig."),
         P("3 Auditpunten", H2),
         P("In de tabel hieronder staat per punt de locatie, wat wij zagen, het risico (hoog, middel of laag) en onze "
           "aanbeveling. De nummering volgt de looprichting over de tekening, van noord naar zuid."),
         grid([["Nr", "Locatie", "Bevinding", "Risico", "Aanbeveling"],
               ["1", "Veerweg noord, fietsoversteek", "Fietsers komen in twee richtingen; rechtsaf slaande "
                "automobilisten verwachten geen fietsers van rechts en kijken te laat.", "hoog",
                "Buig de fietsoversteek over de Veerweg vijf meter uit ten opzichte van de rijbaan van de Lindelaan, "
                "zodat afslaande automobilisten haaks op het fietspad staan."],
               ["2", "Lindelaan oost, bushalte", "Een halterende bus staat direct achter de voetgangersoversteek en "
                "ontneemt het zicht op overstekende kinderen.", "hoog",
                "Verplaats de bushalte Lindelaan Oost ten minste dertig meter in oostelijke richting, voorbij de "
                "voetgangersoversteek."],
               ["3", "Lindelaan, middeneiland", "Het middeneiland is 1,8 meter breed; een fiets met kinderzitje of "
                "aanhanger steekt er aan beide kanten uit.", "middel",
                "Maak het middeneiland in de Lindelaan ten minste 2,5 meter breed, zodat een fietser met aanhanger "
                "er veilig kan wachten."],
               ["4", "beide oversteken voor voetgangers", "In het donker vallen beide oversteken buiten de lichtkegel van "
                "de bestaande masten.", "middel",
                "Breng aanvullende openbare verlichting aan bij beide voetgangersoversteken, gericht op de "
                "overstekende voetganger."],
               ["5", "Veerweg zuid, tankstation", "De tweede uitrit van het tankstation ligt binnen twintig meter "
                "van het kruispunt; uitrijdende auto's kruisen het fietspad.", "middel",
                "Sluit de tweede uitrit van het tankstation aan de Veerweg af en laat al het verkeer het terrein "
                "via de Lindelaan verlaten."],
               ["6", "Lindelaan west, schoolzone", "De rijbaan is breed en recht; gemeten snelheden liggen rond de "
                "schoolingang ruim boven de 50 km/uur.", "hoog",
                "Richt de Lindelaan tussen het kruispunt en de school in als 30 km/uur-weg, met een plateau bij "
                "de schoolingang."],
               ["7", "hele kruispunt, uitvoering", "Tijdens de bouw verdwijnt het fietspad; het ontwerp zegt niets "
                "over een tijdelijke route.", "laag",
                "Neem in het bestek op dat de aannemer tijdens de uitvoering een veilige en verlichte omleiding "
                "voor fietsers en voetgangers aanhoudt."]],
              [10 * mm, 28 * mm, 51 * mm, 15 * mm, 66 * mm]),
         Spacer(1, 6),
         P("4 Tot slot", H2),
         P("Het auditteam vraagt de gemeente vooral de punten 1 en 4 mee te nemen in het definitief ontwerp, omdat "
           "daar de kans op ernstig letsel het grootst is. Wij lichten deze audit graag toe aan het projectteam."),
         P("Namens het auditteam,<br/>ir. S.E. Mulderij, hoofdauditor")]
    build(s, NAME + "_advice.pdf", "Auditteam Verkeersveiligheid Rijnsloot - audit VO kruispunt Lindelaan - Veerweg "
          "- ATR/2026/044", "Verkeersveiligheidsaudit VO kruispunt Lindelaan - Veerweg", "Auditteam Verkeersveiligheid "
          "Rijnsloot", of_m=2)


def item(n, quote, reply):
    return [P(f"Auditpunt {n}", LABEL), P(quote, QUOTE), P(reply)]


def response():
    s = [P("Gemeente Brakenstein - afdeling Openbare Ruimte - Postbus 40, 4160 AA Brakenstein", SMALL),
         Spacer(1, 8),
         P("<b>Reactie opdrachtgever op de verkeersveiligheidsaudit voorlopig ontwerp kruispunt Lindelaan - "
           "Veerweg</b>"),
         P("Aan: Auditteam Verkeersveiligheid Rijnsloot, t.a.v. mevrouw ir. S.E. Mulderij<br/>Van: ing. P.J. "
           "Kortenhoeven, projectleider<br/>Datum: 30 juni 2026 - ons kenmerk OR/2026/1187<br/>Afschrift: "
           "wethouder verkeer en de projectgroep", SMALL),
         Spacer(1, 6),
         P("Wij danken het auditteam voor de zorgvuldige audit en voor de toelichting op 9 juni in het projectteam. "
           "Hieronder citeren wij per auditpunt uw aanbeveling en geven wij aan wat wij ermee doen. De volgorde "
           "volgt de werkpakketten van het definitief ontwerp.")]
    s += item(4, "'Breng aanvullende openbare verlichting aan bij beide voetgangersoversteken ...'",
              "Reactie: overgenomen. In het definitief ontwerp krijgen beide oversteken een extra mast met "
              "asymmetrische oversteekverlichting; de netbeheerder heeft de aansluiting al toegezegd.")
    s += item(1, "'Buig de fietsoversteek over de Veerweg vijf meter uit ...'",
              "Reactie: akkoord. De oversteek wordt uitgebogen tot vijf meter uit de kant; daarvoor schuift de "
              "haag van het gezondheidscentrum een stuk op, wat de eigenaar goedvindt.")
    s += item(3, "'Maak het middeneiland in de Lindelaan ten minste 2,5 meter breed ...'",
              "Reactie: deels overgenomen. Wij verbreden het middeneiland naar 2,2 meter; meer kan niet zonder de "
              "wortels van de monumentale platanen te beschadigen. Het eiland krijgt wel een ronde, overrijdbare "
              "neus.")
    s += item(6, "'Richt de Lindelaan tussen het kruispunt en de school in als 30 km/uur-weg ...'",
              "Reactie: niet overgenomen. De Lindelaan is in het verkeersplan een gebiedsontsluitingsweg en blijft "
              "een weg met een maximumsnelheid van 50 km/uur; ook de busmaatschappij is tegen een plateau op deze "
              "lijn. Wel plaatsen wij een snelheidsdisplay bij de school.")
    s += item(2, "'Verplaats de bushalte Lindelaan Oost ten minste dertig meter ...'",
              "Reactie: dit nemen wij niet over. Verderop ligt geen ruimte voor een toegankelijk perron en de halte "
              "moet dicht bij de ingang van De Veerhoeve blijven voor minder mobiele reizigers. Het zicht verbetert "
              "omdat de oversteek drie meter naar het westen schuift.")
    s += item(7, "'Neem in het bestek op dat de aannemer tijdens de uitvoering ...'",
              "Reactie: eens. In het bestek komt een eis voor een verlichte tijdelijke fietsroute, die de "
              "toezichthouder wekelijks schouwt.")
    s += [P("Vervolg", LABEL),
          P("Het definitief ontwerp wordt in september 2026 voorgelegd aan het college; omwonenden krijgen een "
            "nieuwe bewonersbrief. Na de aanleg laten wij een audit van de nieuwe situatie uitvoeren."),
          P("Met vriendelijke groet,<br/>ing. P.J. Kortenhoeven<br/>projectleider kruispunt Lindelaan - Veerweg")]
    build(s, NAME + "_response.pdf", "Gemeente Brakenstein - reactie opdrachtgever audit - OR/2026/1187",
          "Reactie opdrachtgever verkeersveiligheidsaudit", "Gemeente Brakenstein")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        ("1", "Buig de fietsoversteek over de Veerweg vijf meter uit",
         "haag van het gezondheidscentrum een stuk op", "agrees"),
        ("2", "Verplaats de bushalte Lindelaan Oost ten minste dertig meter",
         "Verderop ligt geen ruimte voor een toegankelijk perron", "disagrees"),
        ("3", "Maak het middeneiland in de Lindelaan ten minste 2,5 meter breed",
         "Wij verbreden het middeneiland naar 2,2 meter", "partly"),
        ("4", "Breng aanvullende openbare verlichting aan bij beide voetgangersoversteken",
         "een extra mast met asymmetrische oversteekverlichting", "agrees"),
        ("5", "Sluit de tweede uitrit van het tankstation aan de Veerweg af", None, "unanswered"),
        ("6", "Richt de Lindelaan tussen het kruispunt en de school in",
         "blijft een weg met een maximumsnelheid van 50 km/uur", "disagrees"),
        ("7", "Neem in het bestek op dat de aannemer tijdens de uitvoering",
         "een eis voor een verlichte tijdelijke fietsroute", "agrees"),
    ], ["Wij danken het auditteam voor de zorgvuldige audit",
        "voorgelegd aan het college; omwonenden krijgen een nieuwe bewonersbrief"],
        "Advice: a road safety audit (verkeersveiligheidsaudit) of the voorlopig ontwerp of a junction by an "
        "independent audit team for the municipality; the seven recommendations are the last column of a TABLE "
        "'Nr | Locatie | Bevinding | Risico | Aanbeveling' (rows 1-7), beside findings in the same rows. Traps: the "
        "audit guideline paraphrased with 'moet', the schetsontwerp audit quoted as an imperative ('Leg het fietspad "
        "...', carried out), general findings 'A1'-'A3', 'Wij bevelen niet aan om de voorrangskruising te vervangen "
        "door een rotonde', a closing line naming 'de punten 1 en 4'. Response: the client's REACTIE OPDRACHTGEVER "
        "QUOTING each recommendation (shortened, italic) under a bold 'Auditpunt n' label, in another order: 4 agrees "
        "('overgenomen'), 1 agrees ('akkoord'), 3 partly (2.2 m instead of 2.5 m), 6 disagrees (stays a 50 km/h "
        "road), 2 disagrees (bus stop stays), 7 agrees ('eens'). 5 (close the petrol station's second exit) is never "
        "answered. Introduction, 'Vervolg' and closing answer nothing.")
    print("written", NAME)
