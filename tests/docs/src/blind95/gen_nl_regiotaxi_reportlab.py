"""Round 95 (nl): the ADVIES of the GEBRUIKERSRAAD of a regional doelgroepenvervoer (Regiotaxi) on the
concept-Programma van Eisen for the new tender, answered by the REACTIENOTA of the bestuurscommissie (a ruled table
Onderwerp / Reactie, by subject, without the advice's letters).

Advice: Gebruikersraad Regiotaxi Vechtdal (reportlab, sans, green rule, running head, 'pagina n'): findings with
complaint figures table, Wmo 2015 art. 2.3.5 'moet', PvE paragraph numbers, the 2021 advice quoted with 'moet';
recommendations as a LETTERED list a-g. Response: reactienota table, order e, a, c+f, g, b; d unanswered.
All invented.

Run: /tmp/blind95nl/bin/python tests/docs/src/blind95/gen_nl_regiotaxi_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b95nl as B  # noqa: E402
from reportlab.lib.colors import Color  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind95_nl_regiotaxi"
F = B.tmp_fonts()
pdfmetrics.registerFont(TTFont("S", F["Regular"]))
pdfmetrics.registerFont(TTFont("SB", F["Bold"]))
pdfmetrics.registerFont(TTFont("SI", F["Italic"]))
pdfmetrics.registerFontFamily("S", normal="S", bold="SB", italic="SI", boldItalic="SB")
GREEN = Color(0.10, 0.40, 0.28)
GREY = Color(0.35, 0.35, 0.35)

body = ParagraphStyle("b", fontName="S", fontSize=9.5, leading=13.4, spaceAfter=6)
cell = ParagraphStyle("c", parent=body, fontSize=8.8, leading=12, spaceAfter=0)
cellb = ParagraphStyle("cb", parent=cell, fontName="SB")
lett = ParagraphStyle("l", parent=body, leftIndent=24, firstLineIndent=-24)
h1 = ParagraphStyle("h1", parent=body, fontName="SB", fontSize=14, leading=18, textColor=GREEN, spaceAfter=8)
h2 = ParagraphStyle("h2", parent=body, fontName="SB", fontSize=11, leading=15, spaceBefore=8, textColor=GREEN)
quote = ParagraphStyle("q", parent=body, leftIndent=26, rightIndent=20, fontName="SI")
small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=11.5, textColor=GREY)


def deco(head, foot):
    def draw(c, doc):
        w, h = A4
        c.saveState()
        c.setStrokeColor(GREEN)
        c.setLineWidth(2)
        c.line(60, h - 44, w - 60, h - 44)
        c.setFont("S", 7.5)
        c.setFillColor(GREY)
        c.drawString(60, h - 38, head)
        c.drawRightString(w - 60, 30, foot.format(n=doc.page))
        c.restoreState()
    return draw


def build(pdfname, story, head, foot):
    doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=64, rightMargin=64, topMargin=64,
                            bottomMargin=54, title=head)
    doc.build(story, onFirstPage=deco(head, foot), onLaterPages=deco(head, foot))


def P(t, s=body):
    return Paragraph(t, s)


def table(rows, widths, head_bg=GREEN):
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), head_bg), ("TEXTCOLOR", (0, 0), (-1, 0), Color(1, 1, 1)),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.5, GREY),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return t


W = ParagraphStyle("w", parent=cellb, textColor=Color(1, 1, 1))

# ---------------------------------------------------------------- advice
adv = [
    P("Gebruikersraad Regiotaxi Vechtdal", ParagraphStyle("lh", parent=h2, fontSize=12, spaceBefore=0)),
    P("Aan: het bestuur van de Bestuurscommissie Doelgroepenvervoer Vechtdal<br/>Kenmerk: GRV-2026-03<br/>"
      "Datum: 12 februari 2026<br/>Betreft: advies concept-Programma van Eisen Doelgroepenvervoer 2027-2033", small),
    Spacer(1, 8),
    P("Advies over het concept-Programma van Eisen Doelgroepenvervoer 2027-2033", h1),
    P("1. Aanleiding", h2),
    P("Op 9 januari 2026 heeft de Bestuurscommissie Doelgroepenvervoer Vechtdal de gebruikersraad gevraagd advies uit te "
      "brengen over het concept-Programma van Eisen (PvE) voor de nieuwe aanbesteding van de Regiotaxi. Het huidige "
      "contract met de vervoerder loopt op 31 december 2026 af. Het nieuwe contract gaat in op 1 januari 2027 en heeft "
      "een looptijd van vier jaar met twee optiejaren. De gebruikersraad vertegenwoordigt de reizigers met een "
      "Wmo-indicatie en de reizigers die het vervoer zonder indicatie gebruiken in de vijf deelnemende gemeenten."),
    P("De gebruikersraad heeft het concept besproken in zijn vergaderingen van 22 januari en 5 februari 2026. Daarnaast "
      "zijn twee inloopbijeenkomsten gehouden in Dalfsen-Oost en Ommerveld, waar in totaal 61 reizigers en "
      "mantelzorgers hun ervaringen hebben gedeeld."),
    P("2. Wat wij hebben gezien", h2),
    P("De gebruikersraad is positief over de opzet van het concept. Het PvE legt in paragraaf 3.2 vast dat de vervoerder "
      "werkt met elektrische voertuigen vanaf 2029 en in paragraaf 5.1 dat iedere chauffeur een cursus omgaan met "
      "mensen met een beperking volgt. Wel valt ons het volgende op."),
    P("Het aantal klachten is de afgelopen jaren gestegen, vooral over te late ritten en lange omrijtijden:"),
    table([[P("Soort klacht", W), P("2023", W), P("2024", W), P("2025", W)],
           [P("Te laat opgehaald (meer dan 15 min.)", cell), P("212", cell), P("268", cell), P("331", cell)],
           [P("Te lange reistijd", cell), P("87", cell), P("104", cell), P("139", cell)],
           [P("Bejegening door chauffeur", cell), P("41", cell), P("38", cell), P("45", cell)],
           [P("Telefonische bereikbaarheid centrale", cell), P("66", cell), P("93", cell), P("58", cell)]],
          [210, 70, 70, 70]),
    Spacer(1, 6),
    P("Volgens artikel 2.3.5 van de Wet maatschappelijke ondersteuning 2015 moet de maatwerkvoorziening passend zijn "
      "en aansluiten bij de persoonlijke situatie van de cliënt. Het concept-PvE gaat in paragraaf 4.3 uit van een "
      "maximale omrijtijd van 45 minuten en een meldingstijd van 60 minuten. Voor reizigers die naar dialyse of "
      "dagbesteding gaan is dat in de praktijk vaak te lang."),
    P("In ons advies van 14 april 2021 over het vorige bestek schreven wij al:"),
    P("'De vervoerder moet vaste chauffeurs inzetten voor reizigers die door hun beperking niet met wisselende "
      "gezichten kunnen omgaan.'", quote),
    P("Dat punt is toen niet in het contract opgenomen. Verder merken wij op dat de regeling voor begeleiders in "
      "paragraaf 6.4 ongewijzigd is gebleven: een begeleider betaalt het volle tarief, tenzij een medische noodzaak "
      "is vastgesteld."),
    P("3. Advies", h2),
    P("Op grond van het voorgaande adviseert de gebruikersraad de bestuurscommissie het volgende:"),
    P("a.&nbsp;&nbsp;Houd het tarief per zone voor Wmo-reizigers gelijk aan het gemiddelde tarief van het openbaar "
      "vervoer, ook na de indexering van 2027.", lett),
    P("b.&nbsp;&nbsp;Verlaag de maximale omrijtijd in paragraaf 4.3 van 45 naar 30 minuten, in ieder geval voor "
      "ritten naar medische afspraken.", lett),
    P("c.&nbsp;&nbsp;Neem in het PvE op dat reizigers die daar door hun beperking op zijn aangewezen zoveel mogelijk "
      "door een vaste chauffeur worden vervoerd.", lett),
    P("d.&nbsp;&nbsp;Richt een onafhankelijk meldpunt voor klachten in, los van de vervoerder en de regiecentrale, dat "
      "ieder kwartaal rapporteert.", lett),
    P("e.&nbsp;&nbsp;Verkort de meldingstijd voor een rit van 60 naar 30 minuten vóór het gewenste vertrek.", lett),
    P("f.&nbsp;&nbsp;Laat een begeleider die de reiziger nodig heeft om te kunnen reizen kosteloos meereizen, ook "
      "zonder vastgestelde medische noodzaak.", lett),
    P("g.&nbsp;&nbsp;Betrek de gebruikersraad bij de beoordeling van de inschrijvingen op het onderdeel kwaliteit en "
      "bij de jaarlijkse evaluatie van het contract.", lett),
    P("4. Tot slot", h2),
    P("De gebruikersraad is graag bereid dit advies toe te lichten. Wij vragen de bestuurscommissie binnen zes weken "
      "schriftelijk te laten weten wat zij met ons advies doet, zoals bepaald in artikel 7 van het Reglement "
      "Gebruikersraad Regiotaxi Vechtdal."),
    Spacer(1, 10),
    P("Namens de Gebruikersraad Regiotaxi Vechtdal,<br/><br/>H.J. (Henk) Wolters, voorzitter<br/>"
      "A. (Annelies) Boerman-Kamphuis, secretaris"),
]
build(NAME + "_advice.pdf", adv, "Gebruikersraad Regiotaxi Vechtdal - advies concept-PvE Doelgroepenvervoer 2027-2033",
      "pagina {n}")

# ---------------------------------------------------------------- response
C = ParagraphStyle("c2", parent=cell, fontSize=9, leading=12.4)
res = [
    P("Bestuurscommissie Doelgroepenvervoer Vechtdal", ParagraphStyle("lh2", parent=h2, fontSize=12, spaceBefore=0)),
    P("Reactienota op het advies van de Gebruikersraad Regiotaxi Vechtdal (GRV-2026-03)<br/>"
      "Vastgesteld in de vergadering van de bestuurscommissie van 19 maart 2026 - kenmerk BDV/2026/0117", small),
    Spacer(1, 8),
    P("Reactienota advies gebruikersraad over het Programma van Eisen", h1),
    P("De bestuurscommissie dankt de gebruikersraad voor het zorgvuldige advies en voor de inloopbijeenkomsten die "
      "de raad met reizigers heeft gehouden. In deze nota geven wij per onderwerp aan hoe wij met het advies zijn "
      "omgegaan. Het definitieve Programma van Eisen wordt op 2 april 2026 gepubliceerd op TenderNed."),
    table([[P("Onderwerp", W), P("Reactie van de bestuurscommissie", W)],
           [P("Meldingstijd", cellb),
            P("De bestuurscommissie heeft dit advies zorgvuldig gewogen, maar handhaaft een meldingstijd van 60 "
              "minuten. Een kortere meldingstijd maakt het combineren van ritten vrijwel onmogelijk en zou de kosten "
              "met naar schatting 9 procent verhogen. Wij zien daarom geen ruimte om hierin mee te gaan.", C)],
           [P("Tarieven", cellb),
            P("Het advies wordt overgenomen. In paragraaf 6.1 van het PvE is vastgelegd dat het zonetarief voor "
              "Wmo-reizigers gekoppeld blijft aan het gemiddelde ov-tarief, ook na indexering.", C)],
           [P("Chauffeurs en begeleiding", cellb),
            P("Wij delen de zorg van de gebruikersraad over wisselende chauffeurs voor kwetsbare reizigers. In "
              "paragraaf 5.2 is een nieuwe eis opgenomen: de vervoerder zet voor deze reizigers vaste chauffeurs in, "
              "met een vervanger die de reiziger kent. Over het kosteloos meereizen van begeleiders nemen wij nu nog "
              "geen besluit; de financiële gevolgen laten wij eerst in beeld brengen door de vijf gemeenten, en wij "
              "komen hierop terug bij de evaluatie in 2027.", C)],
           [P("Overgangsperiode", cellb),
            P("Los van het advies wijzen wij erop dat de huidige vervoerder tot en met 31 december 2026 rijdt. "
              "Reizigers behouden hun pasje; zij ontvangen in november 2026 een brief met het nieuwe "
              "telefoonnummer van de regiecentrale.", C)],
           [P("Rol van de gebruikersraad", cellb),
            P("Graag gaan wij hierop in. Twee leden van de gebruikersraad nemen als adviserend lid deel aan het "
              "beoordelingsteam voor het kwaliteitsplan, en de gebruikersraad wordt jaarlijks uitgenodigd voor de "
              "contractevaluatie.", C)],
           [P("Omrijtijd", cellb),
            P("De bestuurscommissie komt de gebruikersraad gedeeltelijk tegemoet. De maximale omrijtijd voor ritten "
              "naar ziekenhuis, dialyse en huisarts wordt 35 minuten; voor overige ritten blijft 45 minuten de norm.",
              C)]],
          [110, 356]),
    Spacer(1, 10),
    P("Wij zien uit naar een voortgezette goede samenwerking met de gebruikersraad in de aanloop naar het nieuwe "
      "contract. Vragen over deze reactienota kunt u richten aan de secretaris van de bestuurscommissie, mevrouw "
      "J. Hulshof (0529 - 48 21 00)."),
    Spacer(1, 8),
    P("De Bestuurscommissie Doelgroepenvervoer Vechtdal,<br/>R.M. Smeenk, voorzitter"),
]
build(NAME + "_response.pdf", res, "Bestuurscommissie Doelgroepenvervoer Vechtdal - reactienota BDV/2026/0117",
      "pagina {n}")

B.write_expected(NAME, [
    ("a", "Houd het tarief per zone voor Wmo-reizigers gelijk", "zonetarief voor Wmo-reizigers gekoppeld blijft aan het",
     "agrees"),
    ("b", "Verlaag de maximale omrijtijd in paragraaf 4.3 van 45", "komt de gebruikersraad gedeeltelijk tegemoet",
     "partly"),
    ("c", "Neem in het PvE op dat reizigers die daar", "de vervoerder zet voor deze reizigers vaste chauffeurs in",
     "agrees"),
    ("d", "Richt een onafhankelijk meldpunt voor klachten in, los", None, "unanswered"),
    ("e", "Verkort de meldingstijd voor een rit van 60 naar", "wij zien daarom geen ruimte om hierin mee te gaan",
     "disagrees"),
    ("f", "Laat een begeleider die de reiziger nodig heeft om", "Over het kosteloos meereizen van begeleiders nemen wij nu",
     "noted"),
    ("g", "Betrek de gebruikersraad bij de beoordeling van de inschrijvingen",
     "nemen als adviserend lid deel aan het beoordelingsteam", "agrees"),
], [
    "dankt de gebruikersraad voor het zorgvuldige advies",
    "Reizigers behouden hun pasje; zij ontvangen in november",
    "zien uit naar een voortgezette goede samenwerking",
], "Advice: Gebruikersraad Regiotaxi Vechtdal, GRV-2026-03 (reportlab); findings with a complaints table, Wmo 2015 "
   "art. 2.3.5 'moet', PvE paragraphs 3.2/4.3/5.1/6.4, the 2021 advice quoted with 'moet'; recommendations a-g as a "
   "LETTERED list after 'adviseert de bestuurscommissie het volgende'. Response: reactienota as a ruled table "
   "Onderwerp / Reactie, by subject, no letters; order e, a, c+f, g, b; the row 'Chauffeurs en begeleiding' = c "
   "agrees (vaste chauffeurs) + f noted (no decision yet, costs studied); e disagrees; b partly (35 not 30 minutes); "
   "d (klachtenmeldpunt) unanswered; the opening, the row 'Overgangsperiode' and the closing answer nothing.")
