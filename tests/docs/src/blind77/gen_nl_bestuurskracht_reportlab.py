"""Round 77 (nl): the rapport of a BESTUURSKRACHTONDERZOEK (an external commission's review of a small municipality's
administrative strength, commissioned by the raad and the province), answered by the college's RAADSVOORSTEL with a
PLAN VAN AANPAK in a ruled table by 'spoor'.

Advice: (invented) Commissie Bestuurskracht Oldenzijl, 'Sterk genoeg? Bestuurskrachtonderzoek gemeente Oldenzijl',
3 p.: a Samenvatting that paraphrases, the research questions 1.-4., a table of key figures, a table of judgements
per role, the Gemeentewet's budget deadline, the 2019 visitation quoted, an alderman's 'zou ... moeten';
'5 Aanbevelingen' grouped by addressee with codes R1-R2 (raad), C1-C3 (college), P1-P2 (provincie) in a hanging
column.
Response: 'Raadsvoorstel' (Voorgesteld besluit, Aanleiding, Plan van aanpak table 'Spoor | Aanbeveling(en) | Reactie
van het college | Gereed', Financiële gevolgen, Communicatie), 2 p.: spoor 1 = C2 partly, spoor 2 ONE row = C1 agrees
+ C3 disagrees, spoor 3 = R1 agrees, spoor 4 = P2 disagrees + P1 noted (separate sentences in one row, different
codes named), R2 unanswered.
Engine: reportlab platypus (DejaVu, invariant=1).

Run: /tmp/blind77nl/bin/python tests/docs/src/blind77/gen_nl_bestuurskracht_reportlab.py"""
import os
import sys

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

sys.path.insert(0, os.path.dirname(__file__))
import _b77nl as B  # noqa: E402

rl_config.invariant = 1
NAME = "blind77_nl_bestuurskracht"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf"), ("DR", "DejaVuSerif.ttf"), ("DRB", "DejaVuSerif-Bold.ttf"),
              ("DRI", "DejaVuSerif-Italic.ttf"), ("DRBI", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")
pdfmetrics.registerFontFamily("DR", normal="DR", bold="DRB", italic="DRI", boldItalic="DRBI")
GREEN = colors.HexColor("#1d5c4a")
GREY = colors.HexColor("#5a5a5a")
PALE = colors.HexColor("#e3efe9")


def st(name, size, lead, fam="DS", **kw):
    return ParagraphStyle(name, fontName=fam, fontSize=size, leading=lead, **kw)


S = {
    "p": st("p", 9.4, 13.8, alignment=4, spaceAfter=6),
    "pr": st("pr", 9.6, 14, "DR", alignment=4, spaceAfter=6),
    "t": st("t", 18, 22, "DSB", textColor=GREEN, spaceAfter=4),
    "sub": st("sub", 10.5, 14, "DS", textColor=GREY, spaceAfter=12),
    "h": st("h", 12, 15, "DSB", textColor=GREEN, spaceBefore=9, spaceAfter=4, keepWithNext=1),
    "h2": st("h2", 9.8, 13, "DSB", spaceBefore=6, spaceAfter=3, keepWithNext=1),
    "hr": st("hr", 11, 14, "DRB", spaceBefore=8, spaceAfter=4, keepWithNext=1),
    "li": st("li", 9.4, 13.8, leftIndent=8 * mm, firstLineIndent=-6 * mm, spaceAfter=3),
    "lir": st("lir", 9.6, 14, "DR", leftIndent=8 * mm, firstLineIndent=-6 * mm, spaceAfter=3),
    "cell": st("cell", 8.4, 11.4),
    "cellr": st("cellr", 8.5, 11.6, "DR"),
    "cellb": st("cellb", 8.4, 11.4, "DSB"),
    "cellh": st("cellh", 8.4, 11.4, "DSB", textColor=colors.white),
    "code": st("code", 10, 13.8, "DSB", textColor=GREEN),
    "rec": st("rec", 9.4, 13.8, alignment=4),
}


def page_deco(head, foot):
    def deco(c, doc):
        c.saveState()
        w, h = A4
        c.setStrokeColor(GREEN)
        c.setLineWidth(2)
        c.line(22 * mm, h - 14 * mm, w - 22 * mm, h - 14 * mm)
        c.setFillColor(GREY)
        c.setFont("DS", 7.5)
        c.drawString(22 * mm, h - 12 * mm, head)
        c.drawString(22 * mm, 12 * mm, foot)
        c.drawRightString(w - 22 * mm, 12 * mm, f"pagina {doc.page}")
        c.restoreState()
    return deco


def build(fn, story, head, foot):
    doc = BaseDocTemplate(B.out(fn), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=22 * mm,
                          bottomMargin=20 * mm, title=head, author=foot)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=page_deco(head, foot))])
    doc.build(story)


RECS_TXT = [
    ("Aan de gemeenteraad", [
        ("R1", "Stel samen met het college een raadswerkgroep in die uiterlijk 1 oktober 2026 een strategische "
               "toekomstagenda voor Oldenzijl opstelt."),
        ("R2", "Breng het aantal raadscommissies terug van vier naar twee en benut vaker informele, "
               "beeldvormende bijeenkomsten met inwoners."),
    ]),
    ("Aan het college", [
        ("C1", "Vul de vacatures bij de teams financiën en ruimtelijke ordening uiterlijk eind 2026 in, zo nodig "
               "met tijdelijke inhuur uit de regio."),
        ("C2", "Breng de financiën op orde met een meerjarig herstelplan dat de weerstandsratio binnen vier jaar "
               "naar ten minste 1,0 brengt."),
        ("C3", "Onderzoek samen met de buurgemeenten Wessingen en Loodsveen een ambtelijke fusie van de "
               "bedrijfsvoering."),
    ]),
    ("Aan de provincie Drenthoven", [
        ("P1", "Stel in de jaren 2026-2028 een ondersteuningsbudget van 450.000 euro per jaar beschikbaar voor de "
               "versterking van de ambtelijke organisatie."),
        ("P2", "Laat in 2028 een vervolgonderzoek uitvoeren naar de bestuurskracht van Oldenzijl, met dezelfde "
               "maatstaven als dit onderzoek."),
    ]),
]


def table(rows, widths, head_bg=GREEN, zebra=False):
    t = Table(rows, colWidths=widths, repeatRows=1)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9bb5aa")),
             ("BACKGROUND", (0, 0), (-1, 0), head_bg), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    if zebra:
        for i in range(2, len(rows), 2):
            style.append(("BACKGROUND", (0, i), (-1, i), PALE))
    t.setStyle(TableStyle(style))
    return t


def advice():
    P = lambda t, s="p": Paragraph(t, S[s])  # noqa: E731
    s = [P("Commissie Bestuurskracht Oldenzijl", "sub"),
         P("Sterk genoeg?", "t"),
         P("Bestuurskrachtonderzoek gemeente Oldenzijl, in opdracht van de gemeenteraad van Oldenzijl en "
           "gedeputeerde staten van Drenthoven - eindrapport, 12 januari 2026", "sub"),
         P("Samenvatting", "h"),
         P("Oldenzijl is een betrokken gemeente met een sterke gemeenschap, maar de organisatie is kwetsbaar. De "
           "commissie ziet een raad die zich vooral met details bezighoudt, een college dat veel ad hoc beslist "
           "en een ambtelijke organisatie met te veel vacatures. De financiële positie is zwak. De commissie doet "
           "daarom zeven aanbevelingen, gericht aan de raad, het college en de provincie: kort gezegd een "
           "gezamenlijke koers, een slankere vergaderstructuur, een volledig bezette organisatie, een "
           "financieel herstelplan, verdere samenwerking in de regio, tijdelijke steun en een nieuwe meting."),
         P("1 Opdracht en aanpak", "h"),
         P("De raad en gedeputeerde staten hebben de commissie gevraagd de volgende vragen te beantwoorden:"),
         P("1.&nbsp;&nbsp;In hoeverre is Oldenzijl in staat zijn wettelijke taken goed uit te voeren?", "li"),
         P("2.&nbsp;&nbsp;Hoe functioneren raad, college en ambtelijke organisatie in hun onderlinge "
           "verhouding?", "li"),
         P("3.&nbsp;&nbsp;Hoe sterk is de positie van Oldenzijl in de regionale samenwerking?", "li"),
         P("4.&nbsp;&nbsp;Welke maatregelen zijn nodig om de bestuurskracht te versterken?", "li"),
         P("De commissie heeft documenten bestudeerd, 34 gesprekken gevoerd en twee bijeenkomsten met inwoners en "
           "ondernemers gehouden. Het onderzoek liep van september tot en met december 2025."),
         P("2 Oldenzijl in cijfers", "h")]
    rows = [[P("Kengetal", "cellh"), P("2023", "cellh"), P("2025", "cellh"), P("Gemiddelde vergelijkbare "
                                                                              "gemeenten", "cellh")]]
    for r in (("Inwoners", "14.720", "14.850", "-"), ("Formatie (fte)", "94", "96", "112"),
              ("Openstaande vacatures", "9", "14", "4"), ("Ziekteverzuim", "6,1%", "7,8%", "5,4%"),
              ("Weerstandsratio", "0,9", "0,6", "1,4")):
        rows.append([P(x, "cell") for x in r])
    s += [table(rows, [60 * mm, 24 * mm, 24 * mm, 58 * mm], zebra=True), Spacer(1, 8),
          P("Op grond van artikel 191 van de Gemeentewet moet de raad de begroting uiterlijk 15 november aan "
            "gedeputeerde staten toezenden. Oldenzijl heeft die termijn de afgelopen drie jaar twee keer niet "
            "gehaald."),
          P("3 Oordeel per rol", "h"),
          P("De commissie beoordeelt de bestuurskracht aan de hand van vier rollen:")]
    rows = [[P("Rol", "cellh"), P("Oordeel", "cellh"), P("Toelichting", "cellh")]]
    for r in (("Bestuurlijke koers", "onvoldoende", "Geen gedeelde visie; coalitieakkoord niet vertaald in "
                                                    "doelen."),
              ("Dienstverlening", "voldoende", "Inwoners zijn tevreden over balie en vergunningen."),
              ("Regionale samenwerking", "matig", "Oldenzijl schuift aan, maar brengt weinig in."),
              ("Financiën en organisatie", "zwak", "Lage reserves; kwetsbare teams van een of twee personen.")):
        rows.append([P(r[0], "cellb"), P(r[1], "cell"), P(r[2], "cell")])
    s += [table(rows, [48 * mm, 26 * mm, 92 * mm]), Spacer(1, 8),
          P("De raad besteedt veel tijd aan operationele vragen. Een wethouder zei daarover: 'De raad zou meer op "
            "hoofdlijnen moeten sturen en minder op de kleur van de lantaarnpalen.' Tegelijk voelt de raad zich "
            "laat betrokken bij grote besluiten, zoals de verbouwing van het gemeentehuis."),
          P("In 2019 is Oldenzijl al eens door collega-bestuurders gevisiteerd. De visitatiecommissie schreef toen: "
            "'Investeer in de ambtelijke organisatie voordat u nieuwe ambities formuleert.' De commissie stelt vast "
            "dat daar sindsdien te weinig mee is gedaan."),
          P("Bij vertrek van een medewerker valt een taak soms maandenlang stil. Het team financiën bestond eind "
            "2025 uit twee medewerkers, waar een gemeente van deze omvang er vijf nodig heeft. De organisatie moet "
            "daardoor voortdurend improviseren."),
          P("4 Conclusie", "h"),
          P("Oldenzijl kan zijn taken op dit moment nog uitvoeren, maar de marges zijn te smal. Zonder ingrijpen "
            "neemt de kwetsbaarheid de komende jaren toe. Een herindeling is volgens de commissie niet nodig als "
            "raad, college en provincie nu samen doorpakken."),
          P("5 Aanbevelingen", "h"),
          P("De commissie doet de volgende aanbevelingen. De codes verwijzen naar de partij aan wie de aanbeveling "
            "is gericht.")]
    for who, items in RECS_TXT:
        s.append(P(who, "h2"))
        rows = [[P(code, "code"), P(txt, "rec")] for code, txt in items]
        t = Table(rows, colWidths=[14 * mm, 152 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, -1), 0),
                               ("LINEBEFORE", (1, 0), (1, -1), 1.2, GREEN), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        s.append(t)
    s += [Spacer(1, 8),
          P("De commissie dankt alle gesprekspartners voor hun openheid.<br/><br/>drs. M.C. (Marijke) "
            "Holtkamp-de Waal, voorzitter<br/>prof. dr. J. (Jeroen) Bakkenes<br/>E.H. (Ellen) Smit-Oostindie")]
    build(NAME + "_advice.pdf", s, "Commissie Bestuurskracht Oldenzijl  |  Sterk genoeg?", "Eindrapport januari 2026")


def response():
    P = lambda t, s="pr": Paragraph(t, S[s])  # noqa: E731
    s = [P("Gemeente Oldenzijl", "sub"),
         P("Raadsvoorstel", "t"),
         P("Reactie op het bestuurskrachtonderzoek en plan van aanpak 'Oldenzijl bestuurt'", "hr")]
    meta = [["Raadsvergadering", "23 april 2026"], ["Agendapunt", "7"], ["Portefeuillehouder",
                                                                         "burgemeester J.W. (Jan-Willem) Lansink"],
            ["Registratienummer", "RV-2026-019"]]
    t = Table([[P(a, "cellr"), P(b, "cellr")] for a, b in meta], colWidths=[40 * mm, 126 * mm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
                           ("BACKGROUND", (0, 0), (0, -1), PALE)]))
    s += [t, P("Voorgesteld besluit", "hr"),
          P("1.&nbsp;&nbsp;Kennis te nemen van het rapport 'Sterk genoeg?' van de Commissie Bestuurskracht "
            "Oldenzijl.", "lir"),
          P("2.&nbsp;&nbsp;In te stemmen met het plan van aanpak 'Oldenzijl bestuurt'.", "lir"),
          P("3.&nbsp;&nbsp;Voor de uitvoering in 2026 een krediet van 380.000 euro beschikbaar te stellen en de "
            "begroting 2026 daarop aan te passen.", "lir"),
          P("Aanleiding", "hr"),
          P("Uw raad en gedeputeerde staten hebben in 2025 samen opdracht gegeven tot een onderzoek naar de "
            "bestuurskracht van onze gemeente. Het college heeft het rapport op 12 januari ontvangen en het op 2 "
            "februari met uw raad besproken in een besloten bijeenkomst. Wij herkennen het beeld dat de commissie "
            "schetst en zijn haar erkentelijk voor de heldere analyse."),
          P("Plan van aanpak", "hr"),
          P("Het plan van aanpak volgt niet de volgorde van het rapport, maar is ingedeeld in vier sporen. Per "
            "spoor staat welke aanbevelingen het betreft en hoe het college daarmee omgaat.")]
    rows = [[P("Spoor", "cellh"), P("Aanbeveling", "cellh"), P("Reactie van het college", "cellh"),
             P("Gereed", "cellh")]]
    plan = [
        ("1 Financieel gezond", "C2",
         "<b>Deels overnemen.</b> Wij stellen een meerjarig herstelplan op en leggen dat bij de begroting 2027 aan "
         "u voor. Een weerstandsratio van 1,0 binnen vier jaar vraagt echter bezuinigingen die de dienstverlening "
         "raken; het herstelplan gaat daarom uit van een ratio van 1,0 in zes jaar.", "nov. 2026"),
        ("2 Organisatie op sterkte", "C1, C3",
         "<b>Overnemen (C1).</b> Alle openstaande vacatures bij financiën en ruimtelijke ordening zijn voor 1 "
         "december 2026 vervuld; tot die tijd huren wij twee adviseurs in via de regionale flexpool. "
         "<b>Niet overnemen (C3).</b> Een ambtelijke fusie met Wessingen en Loodsveen wijzen wij af, omdat die de "
         "afstand tot onze inwoners vergroot. Wij zoeken wel samenwerking op onderdelen, zoals ICT en inkoop.",
         "dec. 2026"),
        ("3 Samen koers bepalen", "R1",
         "<b>Overnemen.</b> Wij stellen u voor om in mei een raadswerkgroep van vijf raadsleden te vormen die met "
         "het college de toekomstagenda 'Oldenzijl 2035' voorbereidt. Het concept ligt na de zomer bij u.",
         "okt. 2026"),
        ("4 Provincie", "P1, P2",
         "<b>Niet overnemen (P2).</b> Een nieuwe meting door een externe commissie in 2028 achten wij niet nodig; "
         "wij rapporteren u twee keer per jaar zelf over de voortgang van dit plan. <b>Kennisnemen (P1).</b> De "
         "aanbeveling over een ondersteuningsbudget is aan de provincie gericht. Wij nemen er kennis van; het is "
         "aan gedeputeerde staten om daarover te beslissen.", "-"),
    ]
    for sp, code, txt, when in plan:
        rows.append([P(sp, "cellb"), P(code, "cellr"), P(txt, "cellr"), P(when, "cellr")])
    s += [table(rows, [29 * mm, 25 * mm, 92 * mm, 20 * mm]), Spacer(1, 6),
          P("Financiële gevolgen", "hr"),
          P("De kosten van het plan van aanpak bedragen in 2026 naar verwachting 380.000 euro, vooral voor "
            "inhuur en werving. Deze kosten worden gedekt uit de algemene reserve. Voor 2027 en later worden de "
            "structurele kosten in de kadernota meegenomen."),
          P("Communicatie", "hr"),
          P("Het rapport en dit raadsvoorstel worden na uw besluit op de gemeentelijke website geplaatst. Wij "
            "informeren de medewerkers in een personeelsbijeenkomst en de inwoners via de gemeentepagina in de "
            "Oldenzijler Courant."),
          P("Burgemeester en wethouders van Oldenzijl,<br/>de secretaris, mr. R. (Ruud) Kamphuis<br/>de "
            "burgemeester, J.W. (Jan-Willem) Lansink")]
    build(NAME + "_response.pdf", s, "Gemeente Oldenzijl  |  Raadsvoorstel RV-2026-019", "Raadsvoorstel")


RECS = [
    ("R1", "Stel samen met het college een raadswerkgroep in die uiterlijk",
     "in mei een raadswerkgroep van vijf raadsleden te vormen", "agrees"),
    ("R2", "Breng het aantal raadscommissies terug van vier naar twee", None, "unanswered"),
    ("C1", "Vul de vacatures bij de teams financiën en ruimtelijke ordening",
     "zijn voor 1 december 2026 vervuld", "agrees"),
    ("C2", "Breng de financiën op orde met een meerjarig herstelplan dat",
     "gaat daarom uit van een ratio van 1,0 in zes jaar", "partly"),
    ("C3", "Onderzoek samen met de buurgemeenten Wessingen en Loodsveen een ambtelijke",
     "Een ambtelijke fusie met Wessingen en Loodsveen wijzen wij af", "disagrees"),
    ("P1", "Stel in de jaren 2026-2028 een ondersteuningsbudget van 450.000 euro",
     "is aan gedeputeerde staten om daarover te beslissen", "noted"),
    ("P2", "Laat in 2028 een vervolgonderzoek uitvoeren naar de bestuurskracht",
     "Een nieuwe meting door een externe commissie in 2028", "disagrees"),
]
UNMATCHED = [
    "een krediet van 380.000 euro beschikbaar te stellen",
    "met uw raad besproken in een besloten bijeenkomst",
    "Deze kosten worden gedekt uit de algemene reserve",
    "informeren de medewerkers in een personeelsbijeenkomst",
]
NOTES = ("BESTUURSKRACHTONDERZOEK of a small municipality by an external commission (commissioned by the raad and "
         "gedeputeerde staten), answered by the college's RAADSVOORSTEL with a plan van aanpak table. The "
         "Gemeentewet (art. 191) is real; Oldenzijl, Drenthoven, Wessingen, Loodsveen, the commission, figures and "
         "people are invented. Recommendations: imperatives with codes R1-R2 (to the raad), C1-C3 (to the college), "
         "P1-P2 (to the province) in a hanging column under bold addressee lines in '5 Aanbevelingen'. Traps: a "
         "Samenvatting paraphrasing all seven; research questions 1.-4.; a key-figures table; a table of "
         "judgements per role; the Gemeentewet's 'moet ... toezenden'; an alderman's 'zou ... moeten sturen'; the "
         "2019 visitation quoted as an imperative ('Investeer in ...'); 'moet ... improviseren'; chapter 4 "
         "'Conclusie' (herindeling not needed). Raadsvoorstel: Voorgesteld besluit 1.-3. and Aanleiding (nothing); "
         "a ruled table by 'spoor' 1-4 with a codes column and bold labels Overnemen / Deels overnemen / Niet "
         "overnemen / Kennisnemen: spoor 1 = C2 partly (ratio 1,0 in six years, not four); spoor 2 ONE row = C1 "
         "agrees + C3 disagrees; spoor 3 = R1 agrees; spoor 4 ONE row = P2 disagrees + P1 noted (addressed to the "
         "province); Financiële gevolgen and Communicatie (nothing); R2 (fewer committees) unanswered.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
