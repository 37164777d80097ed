"""Round 115 (nl): the ADVIES of a municipal OUDERPANEL LEERLINGENVERVOER (the parents consulted before the raad
adopts the Verordening leerlingenvervoer) on the concept-verordening and the programme of requirements for the new
tender, answered by the COLLEGEADVIES (the internal B&W-nota put to the college) whose reaction is a TABLE with a
number column that uses the advice's own chapter codes.

Advice (reportlab, sans, 3 p., indigo name block with a rule, the body set in a wide right column with a MARGIN
column on the left, an 'in cijfers' table, running head from p. 2, 'pagina n van m'): the onderwijswetten 'moet'
(trap), the college's three questions as a numbered list 1.-3. (trap), figures, the panel's 2022 advice quoted with
'moet' (realised; trap), a non-position on the eigen bijdrage (trap); recommendations are paragraphs marked by a
MARGIN LABEL 'Advies 2.1' ... 'Advies 5.1' numbered per chapter (2.1, 2.2, 3.1, 3.2, 3.3, 4.1, 5.1; expected 1-7),
shaded; 4.1 runs across the page break; closing line citing 'de adviezen 2.1, 3.1 en 4.1'. Response: header table,
Beslispunten 1.-4. (trap), Aanleiding, the reaction table 'Nr. | Advies ouderpanel | Reactie van het college |
Verwerkt' in the order 3.1, '2.1 en 2.2', 4.1, 3.3, 3.2; 5.1 unanswered; Financiële gevolgen (figures), Communicatie
and Planning answer nothing. All invented.

Run: /tmp/blind115nl/bin/python tests/docs/src/blind115/gen_nl_leerlingenvervoer_reportlab.py"""
import copy
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b115nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind115_nl_leerlingenvervoer"
F = B.tmp_fonts()
pdfmetrics.registerFont(TTFont("S", F["Regular"]))
pdfmetrics.registerFont(TTFont("SB", F["Bold"]))
pdfmetrics.registerFont(TTFont("SI", F["Italic"]))
pdfmetrics.registerFontFamily("S", normal="S", bold="SB", italic="SI", boldItalic="SB")
INK = colors.HexColor("#2f3b8c")
PALE = colors.HexColor("#eceef8")
GREY = colors.HexColor("#555555")
IND = 92  # the margin column
P = ParagraphStyle("p", fontName="S", fontSize=9.1, leading=13.6, spaceAfter=6, leftIndent=IND)
REC = ParagraphStyle("rec", parent=P, bulletIndent=0, bulletFontName="SB", bulletFontSize=8.2, bulletColor=INK,
                     backColor=PALE, borderPadding=(4, 5, 4, 5), spaceBefore=4, spaceAfter=10)
NOTE = ParagraphStyle("note", parent=P, bulletIndent=0, bulletFontName="SI", bulletFontSize=7.6,
                      bulletColor=GREY)
LI = ParagraphStyle("li", parent=P, leftIndent=IND + 16, bulletIndent=IND + 2, spaceAfter=2)
H = ParagraphStyle("h", parent=P, leftIndent=0, fontName="SB", fontSize=11, leading=14, textColor=INK,
                   spaceBefore=9, spaceAfter=5, keepWithNext=1)
S = ParagraphStyle("s", parent=P, leftIndent=0, fontSize=8, leading=10.5, spaceAfter=0)
C = ParagraphStyle("c", parent=P, leftIndent=0, fontSize=8.1, leading=10.6, spaceAfter=0)
NUM = ParagraphStyle("num", parent=P, leftIndent=24, firstLineIndent=-18, spaceAfter=3)
RP = ParagraphStyle("rp", parent=P, leftIndent=0)
RH = ParagraphStyle("rh", parent=H, fontSize=10.4, spaceBefore=8)


class Doc(SimpleDocTemplate):
    """Two passes, so that 'pagina n van m' knows m."""
    head = ""
    foot = "pagina {n} van {m}"

    def build2(self, story):
        self._total = 0
        SimpleDocTemplate.build(self, copy.deepcopy(story), onFirstPage=self.deco, onLaterPages=self.deco)
        self._total = self.page
        SimpleDocTemplate.build(self, story, onFirstPage=self.deco, onLaterPages=self.deco)

    def deco(self, c, doc):
        c.saveState()
        c.setFillColor(GREY)
        if doc.page > 1:
            c.setFont("S", 7.4)
            c.drawString(60, 810, self.head)
            c.setStrokeColor(INK)
            c.setLineWidth(0.5)
            c.line(60, 805, 535, 805)
        c.setFont("S", 7.5)
        c.drawRightString(535, 30, self.foot.format(n=doc.page, m=self._total or 1))
        c.restoreState()


def adv(code, text):
    return Paragraph(text, REC, bulletText="Advies " + code)


def p(text):
    return Paragraph(text, P)


def advice():
    doc = Doc(B.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=60, rightMargin=60, topMargin=58,
              bottomMargin=60, title="Advies ouderpanel leerlingenvervoer", author="Ouderpanel Leerlingenvervoer")
    doc.head = "Ouderpanel Leerlingenvervoer Hoogerbeek - advies OPL 2026-02"
    name = Table([[Paragraph("<b>Ouderpanel Leerlingenvervoer</b><br/>Hoogerbeek", ParagraphStyle(
                      "n", parent=S, fontName="S", fontSize=12.5, leading=15, textColor=colors.white)),
                   Paragraph("secretariaat: team Onderwijs en Jeugd<br/>Postbus 118, 7460 AC Hoogerbeek<br/>"
                             "ouderpanel@hoogerbeek.example", ParagraphStyle("a", parent=S, fontSize=7.8,
                                                                               textColor=colors.white))]],
                 colWidths=[220, 255], style=[("BACKGROUND", (0, 0), (-1, -1), INK),
                                             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                             ("TOPPADDING", (0, 0), (-1, -1), 8),
                                             ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                                             ("LEFTPADDING", (0, 0), (-1, -1), 9)])
    meta = Table([[Paragraph("<b>Aan</b>", S), Paragraph("het college van burgemeester en wethouders van "
                                                         "Hoogerbeek", S)],
                  [Paragraph("<b>Datum</b>", S), Paragraph("29 september 2026", S)],
                  [Paragraph("<b>Kenmerk</b>", S), Paragraph("OPL 2026-02", S)],
                  [Paragraph("<b>Onderwerp</b>", S), Paragraph("advies concept-Verordening leerlingenvervoer 2027 "
                                                               "en aanbesteding", S)]],
                 colWidths=[IND, 383], style=[("TOPPADDING", (0, 0), (-1, -1), 1),
                                              ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                              ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    s = [name, Spacer(1, 10), meta, Spacer(1, 12),
         Paragraph("Veilig, op tijd en met een bekend gezicht", ParagraphStyle(
             "t", parent=P, leftIndent=0, fontName="SB", fontSize=16, leading=20, spaceAfter=2)),
         Paragraph("Advies van het ouderpanel over de concept-Verordening leerlingenvervoer Hoogerbeek 2027 en het "
                   "programma van eisen voor de nieuwe aanbesteding", ParagraphStyle(
                       "st", parent=P, leftIndent=0, fontSize=9.6, textColor=GREY, spaceAfter=8)),
         Paragraph("1 Inleiding", H),
         p("Op 30 juni 2026 vroeg het college het ouderpanel om advies over de concept-Verordening "
           "leerlingenvervoer Hoogerbeek 2027 en over het programma van eisen voor de nieuwe aanbesteding van het "
           "vervoer. Het huidige contract met de vervoerder loopt op 31 juli 2027 af."),
         p("Volgens de onderwijswetten moet het college ouders raadplegen voordat de gemeenteraad de verordening "
           "vaststelt of wijzigt. Daarvoor is in 2019 het ouderpanel ingesteld. Het telt negen ouders van kinderen "
           "in het speciaal onderwijs, het speciaal basisonderwijs en het regulier onderwijs. Het college legde ons "
           "drie vragen voor:"),
         Paragraph("Sluit de concept-verordening aan op wat ouders en kinderen nodig hebben?", LI, bulletText="1."),
         Paragraph("Welke eisen moet de gemeente aan de nieuwe vervoerder stellen?", LI, bulletText="2."),
         Paragraph("Hoe kan de gemeente ouders beter informeren over het vervoer?", LI, bulletText="3."),
         Spacer(1, 4),
         p("Wij hielden in september een enquête onder de ouders van alle 188 gezinnen die gebruikmaken van het "
           "leerlingenvervoer; 97 ouders vulden hem in. Daarnaast spraken we met twee chauffeurs, met de "
           "planner van de huidige vervoerder en met de intern begeleiders van drie scholen.")]
    rows = [["Leerlingenvervoer in Hoogerbeek, schooljaar 2025-2026", ""],
            ["Leerlingen met aangepast vervoer (taxibusje)", "214"],
            ["Leerlingen met een ov-vergoeding of fietsvergoeding", "63"],
            ["Vaste routes", "31"],
            ["Gemiddelde reistijd enkele reis", "48 minuten"],
            ["Ritten van meer dan 60 minuten", "22 procent"],
            ["Klachten bij de gemeente en de vervoerder", "96"],
            ["Kosten", "€ 1,9 miljoen"]]
    t = Table([[Paragraph(("<b>%s</b>" % a) if i == 0 else a, C), Paragraph(b, C)] for i, (a, b) in
               enumerate(rows)], colWidths=[260, 100], hAlign="LEFT")
    t.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("BACKGROUND", (0, 0), (-1, 0), PALE),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.4, INK), ("TOPPADDING", (0, 0), (-1, -1), 2.2),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2)]))
    s += [Table([["", t]], colWidths=[IND, 383], style=[("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                        ("RIGHTPADDING", (0, 0), (-1, -1), 0)]),
          Spacer(1, 8),
          Paragraph("2 Chauffeurs en busjes", H),
          p("De meeste ouders zijn tevreden over de chauffeurs: 71 procent geeft hun een voldoende of goed. De "
            "chauffeurs wisselen wel vaak. In het afgelopen schooljaar had een kind gemiddeld vijf verschillende "
            "chauffeurs, en op sommige routes meer dan tien. Voor kinderen met autisme of een verstandelijke "
            "beperking is elke nieuwe chauffeur een nieuwe spanning, die soms de hele schooldag doorwerkt."),
          adv("2.1", "Eis van de nieuwe vervoerder dat elke route een vaste chauffeur heeft, en bij afwezigheid "
                     "een vaste invaller die het kind al kent."),
          Paragraph("In ons advies over de vorige aanbesteding schreven wij: 'De vervoerder moet elke nieuwe "
                    "chauffeur aan de ouders voorstellen voordat hij gaat rijden.' Dat staat sinds 2022 in het "
                    "contract en gebeurt in de meeste gevallen ook.", NOTE, bulletText="eerder advies"),
          p("Negen ouders meldden dat hun kind in het busje werd gepest of bang was voor een medeleerling. De "
            "chauffeurs die wij spraken, zeiden dat zij niet goed weten wat zij dan moeten doen, terwijl zij tegelijk "
            "op de weg moeten letten."),
          adv("2.2", "Laat alle chauffeurs een training volgen in het omgaan met kinderen met gedragsproblemen, en "
                     "herhaal die training elk jaar."),
          Paragraph("3 Reistijd en routes", H),
          p("Bij 22 procent van de ritten zit een kind langer dan een uur in het busje. De concept-verordening "
            "noemt een reistijd van 90 minuten enkele reis nog aanvaardbaar. Dat vinden wij te lang, zeker voor "
            "jonge kinderen: zij komen moe op school aan en zijn 's middags pas laat thuis."),
          adv("3.1", "Beperk in de verordening de reistijd tot maximaal 60 minuten enkele reis, en tot 45 minuten "
                     "voor kinderen tot acht jaar."),
          p("Een deel van de oudere leerlingen van het voortgezet speciaal onderwijs zou met wat hulp zelfstandig "
            "kunnen reizen. Ouders zien dat als een belangrijke stap naar werk of een vervolgopleiding. Nu krijgen "
            "die leerlingen daar geen begeleiding bij."),
          adv("3.2", "Start een proef met reistraining, zodat oudere leerlingen van het voortgezet speciaal "
                     "onderwijs leren zelfstandig met het openbaar vervoer te reizen."),
          p("Veel ouders horen pas in de laatste dagen van de zomervakantie hoe laat hun kind wordt opgehaald. "
            "Voor ouders met een baan, en voor kinderen die slecht tegen onzekerheid kunnen, is dat te laat."),
          adv("3.3", "Laat de vervoerder ouders uiterlijk twee weken voor het nieuwe schooljaar de route en de "
                     "ophaaltijd van hun kind laten weten."),
          Paragraph("4 Informatie en klachten", H),
          p("Ouders kunnen klachten nu melden bij de gemeente, bij de vervoerder en bij de school. Niemand houdt "
            "bij wat er met een klacht gebeurt. Van de 96 klachten in het afgelopen schooljaar kreeg 31 procent "
            "niet binnen twee weken een antwoord. Ouders haken daardoor af en melden problemen niet meer."),
          p("De meeste klachten gaan over te laat komen (41), over een busje dat helemaal niet kwam (17) en over "
            "het gedrag van medeleerlingen (12). Opvallend is dat ruim de helft van de klachten over vier van de "
            "31 routes gaat. Ouders op die routes hebben het gevoel dat hun melding steeds opnieuw verdwijnt."),
          p("Over de eigen bijdrage die ouders met een hoger inkomen betalen, lopen de meningen in het panel "
            "uiteen. Het ouderpanel brengt daarover daarom geen advies uit."),
          adv("4.1", "Richt één meldpunt in voor alle klachten over het leerlingenvervoer, dat elke klacht binnen "
                     "vijf werkdagen beantwoordt en het ouderpanel elk kwartaal een overzicht stuurt van de "
                     "klachten en van wat ermee is gedaan. Zo kunnen ouders erop rekenen dat een melding ergens "
                     "landt, en ziet de gemeente op tijd welke routes steeds weer problemen geven."),
          Paragraph("5 De verordening", H),
          p("De concept-verordening geeft alleen recht op vervoer als de school meer dan zes kilometer van huis "
            "ligt. Dat is een redelijke hoofdregel. Er zijn echter kinderen die op een kortere afstand toch niet "
            "zelfstandig of met de fiets naar school kunnen, bijvoorbeeld door een gevaarlijke oversteek over de "
            "N348 of door een tijdelijke medische beperking. De verordening biedt het college nu geen ruimte om in "
            "zulke gevallen af te wijken."),
          adv("5.1", "Neem in de verordening een hardheidsclausule op, zodat het college in bijzondere situaties kan "
                     "afwijken van de afstandsgrens van zes kilometer."),
          Paragraph("6 Tot slot", H),
          p("Wij vragen bijzondere aandacht voor de adviezen 2.1, 3.1 en 4.1, omdat die voor de kinderen het meeste "
            "verschil maken. Wij horen graag binnen zes weken hoe het college met dit advies omgaat, en denken "
            "graag mee bij de marktconsultatie."),
          KeepTogether([Spacer(1, 6), p("Namens het Ouderpanel Leerlingenvervoer Hoogerbeek,<br/>Noor "
                                        "Wijnbergen-Tas, voorzitter<br/>Sander Oude Wesselink, secretaris")])]
    doc.build2(s)


REACT = [
    ("3.1", "Maximale reistijd 60 minuten, 45 minuten tot acht jaar",
     "Wij nemen in de verordening een maximale reistijd van 75 minuten enkele reis op, en 60 minuten voor "
     "kinderen tot acht jaar. Een grens van 60 minuten voor alle leerlingen is niet haalbaar, omdat de scholen "
     "voor zeer moeilijk lerende kinderen in Deventer en Zutphen liggen en die ritten alleen al 50 tot 55 "
     "minuten duren.", "deels, verordening art. 9"),
    ("2.1 en 2.2", "Vaste chauffeur en invaller; jaarlijkse training",
     "Het programma van eisen verplicht de vervoerder tot een vaste chauffeur per route en een vaste invaller die "
     "het kind vooraf ontmoet; de vervoerder moet de vastheid elk kwartaal aantonen. De training voor chauffeurs "
     "wordt verplicht vóór de eerste rit. Een jaarlijkse herhaling vragen wij niet; wel komt er om de twee jaar "
     "een opfrisdag, omdat een volledige training per jaar de prijs per rit te veel verhoogt.",
     "ja (PvE 4.2); deels (PvE 4.5)"),
    ("4.1", "Eén meldpunt voor klachten",
     "Vanaf 1 augustus 2027 komt er één digitaal en telefonisch meldpunt bij de gemeente. Elke melding krijgt "
     "binnen vijf werkdagen een inhoudelijk antwoord, en het ouderpanel ontvangt ieder kwartaal een overzicht.",
     "ja (PvE 7.1)"),
    ("3.3", "Route en ophaaltijd twee weken vooraf",
     "Dit advies nemen wij niet over. De routes kunnen pas worden vastgesteld als de scholen de lestijden en de "
     "nieuwe leerlingen hebben doorgegeven, en dat gebeurt meestal in de laatste week van de zomervakantie. Zoals "
     "nu belt de vervoerder ouders in de week voor de eerste schooldag.", "nee"),
    ("3.2", "Proef met reistraining",
     "Een sympathiek voorstel. Wij gaan eerst met de twee scholen voor voortgezet speciaal onderwijs na of zij "
     "willen meedoen en wat een proef zou kosten, en komen hier in het voorjaar van 2027 op terug.",
     "nog niet"),
]


def response():
    doc = Doc(B.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=60, rightMargin=60, topMargin=58,
              bottomMargin=60, title="Collegeadvies leerlingenvervoer", author="Gemeente Hoogerbeek")
    doc.head = "Gemeente Hoogerbeek - collegeadvies Z-2026-18842 - leerlingenvervoer"
    meta = [("Onderwerp", "Reactie op het advies van het ouderpanel en vaststelling programma van eisen "
                          "aanbesteding leerlingenvervoer 2027-2031"),
            ("Portefeuillehouder", "wethouder M. Hoekstra-Dal"),
            ("Afdeling", "Samenleving, team Onderwijs en Jeugd"),
            ("Opsteller", "E. Brinkhuis, beleidsadviseur"),
            ("Zaaknummer", "Z-2026-18842"),
            ("Collegevergadering", "3 november 2026"),
            ("Openbaar", "ja, na besluitvorming")]
    mt = Table([[Paragraph("<b>%s</b>" % k, C), Paragraph(v, C)] for k, v in meta], colWidths=[110, 365],
               style=[("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
                      ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                      ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    s = [Paragraph("GEMEENTE HOOGERBEEK", ParagraphStyle("g", parent=S, fontName="SB", fontSize=9, textColor=INK,
                                                         spaceAfter=2)),
         Paragraph("Collegeadvies", ParagraphStyle("t", parent=RP, fontName="SB", fontSize=16, leading=20,
                                                   spaceAfter=8)),
         mt, Spacer(1, 6),
         Paragraph("Beslispunten", RH),
         Paragraph("Het college besluit:", RP),
         Paragraph("1.  het programma van eisen voor de aanbesteding van het leerlingenvervoer 2027-2031 vast te "
                   "stellen;", NUM),
         Paragraph("2.  in te stemmen met de reactie op het advies van het ouderpanel, zoals opgenomen in de tabel "
                   "hieronder, en die reactie per brief aan het ouderpanel te sturen;", NUM),
         Paragraph("3.  de raad voor te stellen de Verordening leerlingenvervoer Hoogerbeek 2027 vast te stellen "
                   "in de vergadering van 17 december 2026;", NUM),
         Paragraph("4.  het ouderpanel uit te nodigen voor de marktconsultatie op 19 november 2026.", NUM),
         Paragraph("Aanleiding", RH),
         Paragraph("Het contract met de huidige vervoerder loopt op 31 juli 2027 af. Het nieuwe contract wordt "
                   "Europees aanbesteed, voor vier jaar met een optie op twee keer één jaar. De verordening "
                   "leerlingenvervoer dateert uit 2014 en sluit niet meer aan op de praktijk; zo kent zij nog de "
                   "vervoersvoorziening per kilometer, die de gemeente al jaren niet meer gebruikt.", RP),
         Paragraph("Reactie op het advies van het ouderpanel", RH),
         Paragraph("Het ouderpanel bracht op 29 september 2026 advies uit (OPL 2026-02). Het college is het panel "
                   "erkentelijk voor de zorgvuldige enquête. Hieronder staat de reactie per advies, met het nummer "
                   "dat het ouderpanel gebruikt. De laatste kolom geeft aan of het advies is verwerkt in het "
                   "programma van eisen (PvE) of in de verordening.", RP)]
    hdr = ["Nr.", "Advies ouderpanel (kort)", "Reactie van het college", "Verwerkt"]
    data = [[Paragraph("<b>%s</b>" % h_, C) for h_ in hdr]]
    for nr, short, txt, done in REACT:
        data.append([Paragraph("<b>%s</b>" % nr, C), Paragraph(short, C), Paragraph(txt, C), Paragraph(done, C)])
    rt = Table(data, colWidths=[50, 90, 257, 78], repeatRows=1)
    rt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), PALE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LINEBELOW", (0, 0), (-1, -1), 0.4, INK), ("TOPPADDING", (0, 0), (-1, -1), 3),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    s += [rt, Spacer(1, 6),
          Paragraph("Financiële gevolgen", RH),
          Paragraph("De kosten van het leerlingenvervoer stijgen naar verwachting van € 1,9 miljoen naar € 2,14 "
                    "miljoen per jaar, vooral door de strengere eisen aan de vastheid van chauffeurs en de kortere "
                    "reistijden. Het verschil van € 240.000 wordt verwerkt in de voorjaarsnota 2027.", RP),
          Paragraph("Communicatie", RH),
          Paragraph("Na de gunning, naar verwachting in maart 2027, krijgen alle ouders een brief over de nieuwe "
                    "vervoerder. De scholen ontvangen dezelfde informatie voor hun nieuwsbrief.", RP),
          Paragraph("Planning", RH)]
    plan = [("Marktconsultatie met vervoerders en ouderpanel", "19 november 2026"),
            ("Raadsbesluit verordening", "17 december 2026"),
            ("Publicatie van de aanbesteding", "januari 2027"),
            ("Gunning", "maart 2027"),
            ("Start nieuw contract", "1 augustus 2027")]
    s += [Table([[Paragraph(a, C), Paragraph(b, C)] for a, b in plan], colWidths=[260, 120], hAlign="LEFT",
                style=[("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
                       ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                       ("LEFTPADDING", (0, 0), (-1, -1), 0)])]
    doc.build2(s)


def expected():
    recs = [
        (1, "Eis van de nieuwe vervoerder dat elke route een vaste chauffeur heeft",
         "een vaste invaller die het kind vooraf ontmoet", "agrees"),
        (2, "Laat alle chauffeurs een training volgen in het omgaan met kinderen",
         "Een jaarlijkse herhaling vragen wij niet", "partly"),
        (3, "Beperk in de verordening de reistijd tot maximaal 60 minuten enkele reis",
         "een maximale reistijd van 75 minuten enkele reis op", "partly"),
        (4, "Start een proef met reistraining, zodat oudere leerlingen van het voortgezet",
         "komen hier in het voorjaar van 2027 op terug", "noted"),
        (5, "Laat de vervoerder ouders uiterlijk twee weken voor het nieuwe schooljaar",
         "Dit advies nemen wij niet over", "disagrees"),
        (6, "Richt één meldpunt in voor alle klachten over het leerlingenvervoer",
         "Vanaf 1 augustus 2027 komt er één digitaal en telefonisch meldpunt", "agrees"),
        (7, "Neem in de verordening een hardheidsclausule op, zodat het college", None, "unanswered"),
    ]
    unmatched = ["het programma van eisen voor de aanbesteding van het leerlingenvervoer 2027-2031 vast",
                 "De verordening leerlingenvervoer dateert uit 2014",
                 "De kosten van het leerlingenvervoer stijgen naar verwachting",
                 "krijgen alle ouders een brief over de nieuwe vervoerder",
                 "Marktconsultatie met vervoerders en ouderpanel"]
    notes = ("Dutch municipal OUDERPANEL LEERLINGENVERVOER (parents consulted on the verordening), advies OPL 2026-02 "
             "'Veilig, op tijd en met een bekend gezicht' on the concept-Verordening leerlingenvervoer 2027 and the "
             "tender (reportlab, 3 p., sans, indigo name block, body in a right column beside a MARGIN column, "
             "'Leerlingenvervoer in Hoogerbeek' figures table, running head from p. 2, 'pagina n van m'). Traps: the "
             "onderwijswetten 'moet', the college's three questions as a numbered list 1.-3. (question 2 with "
             "'moet'), figures, the panel's earlier advice quoted with 'moet' under a margin label 'eerder advies' "
             "(realised), chauffeurs who 'moeten', a non-position on the eigen bijdrage ('brengt daarover daarom "
             "geen advies uit'), a closing line citing 'de adviezen 2.1, 3.1 en 4.1'. Recommendations: shaded "
             "paragraphs with a MARGIN LABEL 'Advies 2.1', '2.2', '3.1', '3.2', '3.3', '4.1', '5.1' (numbered per "
             "chapter; expected 1-7 in that order); 4.1 is the longest and runs across the page break. Response: "
             "COLLEGEADVIES (internal B&W-nota) Z-2026-18842 with a header table, Beslispunten 1.-4., Aanleiding, "
             "then a TABLE 'Nr. | Advies ouderpanel (kort) | Reactie van het college | Verwerkt' in the order 3.1, "
             "'2.1 en 2.2', 4.1, 3.3, 3.2: 3.1 = 3 partly (75 minutes, 60 under eight, not 60/45); row '2.1 en 2.2' "
             "= 1 agrees (vaste chauffeur and invaller in the PvE) + 2 partly (training before the first ride, no "
             "yearly repeat, a refresher every two years); 4.1 = 6 agrees (one meldpunt from 1 August 2027, five "
             "working days, quarterly overview); 3.3 = 5 disagrees ('Dit advies nemen wij niet over', call in the "
             "week before school as now); 3.2 = 4 noted (sympathetic, first talk to the schools, back in spring "
             "2027); 5.1 = 7 (hardheidsclausule) has no row: unanswered. Beslispunten, Aanleiding, Financiële "
             "gevolgen (figures), Communicatie and the Planning table answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()
