"""Round 133 (nl): the ADVIES of an (invented) ONDERSTEUNINGSPLANRAAD (OPR) of a samenwerkingsverband passend
onderwijs on the draft ondersteuningsplan 2026-2030, its seven recommendations a LETTERED LIST a.-g. of INFINITIVE
CLAUSES ('... te verhogen;') after 'De OPR adviseert het bestuur:', running across the page break; answered by the
board's REACTIENOTA, a ruled TABLE 'Advies | Reactie van het bestuur | Plan aangepast?' keyed by letter (a row
'c en f' with two verdicts, a row 'Algemeen' of the board's own, no row for g).

Advice (reportlab, serif, green headings, running head from p. 2, 'blad n'): the Wet passend onderwijs paraphrased
with 'moet' (trap), findings numbered 1.-4. with figures (trap), the OPR's 2022 advice quoted as an imperative
(trap), a closing line naming 'de adviezen b en e' (trap). Response (reportlab): a agrees, b partly, c agrees,
d noted, e disagrees, f disagrees; g unanswered; the introduction, the paragraph on the meerjarenbegroting, the row
'Algemeen' and the closing answer nothing. All bodies, places, people, figures and reference numbers invented; the
Wet passend onderwijs is named as context only.

Run: /tmp/blind133nl/bin/python tests/docs/src/blind133/gen_nl_opr_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b133nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind133_nl_opr"
FS = B.tmp_fonts(files=B.SERIF_FILES, family="B133NL Serif")
for key, suf in (("Regular", ""), ("Bold", "-B"), ("Italic", "-I"), ("Bold Italic", "-BI")):
    pdfmetrics.registerFont(TTFont("S" + suf, FS[key]))
addMapping("S", 0, 0, "S")
addMapping("S", 1, 0, "S-B")
addMapping("S", 0, 1, "S-I")
addMapping("S", 1, 1, "S-BI")

GREEN = colors.HexColor("#2f5d3a")
GREY = colors.HexColor("#555555")
BODY = ParagraphStyle("body", fontName="S", fontSize=9.8, leading=14, spaceAfter=5)
ITEM = ParagraphStyle("item", parent=BODY, leftIndent=8 * mm, firstLineIndent=-6 * mm, spaceAfter=3.5)
SMALL = ParagraphStyle("small", fontName="S", fontSize=8, leading=10.5, textColor=GREY)
TITLE = ParagraphStyle("t", fontName="S-B", fontSize=16.5, leading=21, textColor=GREEN, spaceAfter=4)
H2 = ParagraphStyle("h2", fontName="S-B", fontSize=11.5, leading=15, textColor=GREEN, spaceBefore=8, spaceAfter=3,
                    keepWithNext=True)
QUOTE = ParagraphStyle("q", parent=BODY, fontName="S-I", leftIndent=8 * mm, rightIndent=6 * mm, textColor=GREY)
CELL = ParagraphStyle("cell", fontName="S", fontSize=8.8, leading=11.8)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="S-B", textColor=colors.white)


def page_fn(head, foot):
    def fn(canv, doc):
        canv.saveState()
        canv.setFont("S", 7.2)
        canv.setFillColor(GREY)
        if doc.page > 1:
            canv.drawString(22 * mm, A4[1] - 12 * mm, head)
            canv.setStrokeColor(GREEN)
            canv.setLineWidth(0.5)
            canv.line(22 * mm, A4[1] - 13.5 * mm, A4[0] - 22 * mm, A4[1] - 13.5 * mm)
        canv.drawRightString(A4[0] - 22 * mm, 10 * mm, foot.format(n=doc.page))
        canv.restoreState()
    return fn


def build(story_fn, pdfname, head, title, foot, author):
    doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=19 * mm, bottomMargin=18 * mm, title=title, author=author,
                            creator="reportlab")
    doc.build(story_fn(), onFirstPage=page_fn(head, foot), onLaterPages=page_fn(head, foot))


def P(t, s=BODY):
    return Paragraph(t, s)


def advice_story():
    return [
        P("Ondersteuningsplanraad - Samenwerkingsverband Passend Primair Onderwijs Lingehoven", SMALL), Spacer(1, 8),
        P("Advies over het ontwerp-ondersteuningsplan 2026-2030", TITLE),
        P("Aan het bestuur van het samenwerkingsverband - kenmerk OPR/2026/04 - vastgesteld in de vergadering van "
          "17 maart 2026", SMALL),
        Spacer(1, 6),
        P("1. Aanleiding", H2),
        P("Het bestuur legde het ontwerp-ondersteuningsplan 2026-2030 op 2 februari 2026 aan de "
          "ondersteuningsplanraad voor. Volgens de Wet passend onderwijs moet het samenwerkingsverband ten minste "
          "eens in de vier jaar een ondersteuningsplan vaststellen, en moet de ondersteuningsplanraad met dat plan "
          "instemmen voordat het naar de inspectie gaat. De OPR bestaat uit zes ouders en zes leraren van de "
          "31 scholen in het verband. Wij bespraken het ontwerp in twee vergaderingen en op een ouderavond in "
          "Gellinkhuizen, die door 64 ouders werd bezocht."),
        P("De OPR stemt in met het ontwerp. Wij hebben wel een aantal adviezen, die wij hieronder toelichten."),
        P("2. Wat wij zagen", H2),
        P("Bij de bespreking vielen ons de volgende punten op:"),
        P("1.&nbsp;&nbsp;Het aantal leerlingen met een arrangement steeg van 412 in 2022 naar 538 in 2025.", ITEM),
        P("2.&nbsp;&nbsp;Een aanvraag voor een arrangement duurde in 2025 gemiddeld elf weken; bij vier scholen "
          "langer dan vier maanden.", ITEM),
        P("3.&nbsp;&nbsp;Op 1 oktober 2025 zaten 19 kinderen langer dan vier weken thuis zonder onderwijs.", ITEM),
        P("4.&nbsp;&nbsp;Het samenwerkingsverband heeft een reserve van 2,9 miljoen euro, ruim boven de "
          "signaleringswaarde.", ITEM),
        P("3. Terugblik op het vorige plan", H2),
        P("Bij het vorige ondersteuningsplan adviseerde de OPR in 2022:"),
        P("'Maak de wachttijd voor een arrangement per school zichtbaar in het jaarverslag.'", QUOTE),
        P("Dat is gebeurd, en het heeft het gesprek over de wachttijden veel makkelijker gemaakt. Juist daardoor "
          "zien wij nu hoe groot de verschillen tussen de scholen zijn. Ouders vertelden op de ouderavond dat zij "
          "vaak niet weten bij wie zij terechtkunnen als zij het niet eens zijn met de school, en dat zij de weg naar "
          "de ouderconsulent pas vinden als het al misgaat. Leraren vroegen vooral om meer geld en tijd voor de "
          "ondersteuning in de eigen klas, zodat minder kinderen een zwaar arrangement nodig hebben."),
        P("Het speciaal basisonderwijs heeft nu drie kleine locaties, in Gellinkhuizen, Oudeweer en Lingehoven-"
          "centrum. De locatie in Oudeweer telt nog maar 41 leerlingen. Leerlingen in het speciaal basisonderwijs "
          "krijgen een toelaatbaarheidsverklaring voor twee jaar; daarna moet de school een nieuwe aanvragen, "
          "ook als er niets is veranderd."),
        P("4. Ons advies", H2),
        P("De OPR adviseert het bestuur:"),
        P("a.&nbsp;&nbsp;in het plan vast te leggen dat een school binnen zes weken na een volledige aanvraag een "
          "besluit over een arrangement ontvangt;", ITEM),
        P("b.&nbsp;&nbsp;het bedrag voor de basisondersteuning dat de scholen per leerling ontvangen te verhogen "
          "van 92 naar 120 euro, en dat te betalen uit de reserve;", ITEM),
        P("c.&nbsp;&nbsp;ouders al bij het eerste gesprek over extra ondersteuning te wijzen op de onafhankelijke "
          "ouderconsulent, en niet pas bij een conflict;", ITEM),
        P("d.&nbsp;&nbsp;te onderzoeken of de drie locaties voor speciaal basisonderwijs kunnen samengaan op "
          "één locatie in Lingehoven-centrum;", ITEM),
        P("e.&nbsp;&nbsp;de toelaatbaarheidsverklaring voor het speciaal basisonderwijs voortaan af te geven voor "
          "vier jaar in plaats van twee jaar;", ITEM),
        P("f.&nbsp;&nbsp;het aantal ouderconsulenten uit te breiden van twee naar vier, zodat elke consulent "
          "een vaste groep scholen heeft;", ITEM),
        P("g.&nbsp;&nbsp;de OPR twee keer per jaar een tussenrapportage te sturen over het aantal thuiszitters en "
          "de afspraken die voor hen zijn gemaakt.", ITEM),
        P("5. Tot slot", H2),
        P("De OPR hecht het meest aan de adviezen b en e en bespreekt die graag in het overleg met het bestuur van "
          "14 april. Wij danken de medewerkers van het samenwerkingsverband voor de heldere toelichting op het "
          "ontwerp."),
        Spacer(1, 6),
        P("Namens de ondersteuningsplanraad,<br/>J.W. (Jolanda) van Riessen, voorzitter<br/>"
          "M. (Mehmet) Aydın, secretaris"),
    ]


def response_story():
    hdr = [P("Advies", CELLB), P("Reactie van het bestuur", CELLB), P("Plan aangepast?", CELLB)]
    rows = [
        ("a", "Wij nemen dit advies over. De beslistermijn van zes weken staat nu in paragraaf 4.2 van het plan, "
              "en de commissie van toewijzing vergadert daarvoor voortaan elke twee weken in plaats van elke maand.",
         "ja"),
        ("b", "Wij zien dat de scholen meer ruimte nodig hebben, maar een verhoging tot 120 euro maakt de reserve "
              "binnen drie jaar leeg. In het plan verhogen wij het bedrag naar 105 euro per leerling, betaald uit "
              "de reserve.", "deels"),
        ("c en f", "Het eerste deel nemen wij over: in het nieuwe werkproces wijst de intern begeleider ouders "
                   "voortaan in het eerste gesprek op de ouderconsulent, met een folder. Uitbreiding naar vier "
                   "consulenten doen wij niet; een derde en vierde consulent past niet in de begroting, en de "
                   "huidige wachttijd voor een gesprek is minder dan een week.",
         "c: ja<br/>f: nee"),
        ("d", "Dit is een ingrijpende vraag voor ouders, leerlingen en personeel. Wij nemen de vraag mee in de "
              "huisvestingsverkenning die de schoolbesturen in 2027 starten, en doen daar nu geen uitspraak over.",
         "nee"),
        ("e", "Wij begrijpen de wens, maar de termijn van twee jaar helpt om op tijd te bekijken of een leerling "
              "terug kan naar de gewone basisschool. Daarom blijft de geldigheidsduur twee jaar.", "nee"),
        ("Algemeen", "Het bestuur stelt het plan op 28 april vast en legt het vastgestelde plan op 1 juni voor "
                     "aan de inspectie van het onderwijs.", "-"),
    ]
    data = [hdr] + [[P("<b>%s</b>" % a, CELL), P(b, CELL), P(c, CELL)] for a, b, c in rows]
    t = Table(data, colWidths=[24 * mm, 115 * mm, 27 * mm], repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), GREEN),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8a9c8d")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef3ee")]),
    ]))
    return [
        P("Samenwerkingsverband Passend Primair Onderwijs Lingehoven", SMALL),
        P("Stationsweg 18 - 4181 KL Lingehoven", SMALL), Spacer(1, 10),
        P("Reactienota op het advies van de ondersteuningsplanraad", TITLE),
        P("Kenmerk SWV-LH/2026/118 - datum 7 april 2026 - bij advies OPR/2026/04", SMALL),
        Spacer(1, 6),
        P("<b>Inleiding</b>"),
        P("Het bestuur dankt de OPR voor het zorgvuldige advies en voor de instemming met het ontwerp. In deze "
          "nota geven wij per advies aan wat wij ermee doen en of het ontwerp daarvoor is aangepast. Het "
          "aangepaste ontwerp gaat als bijlage mee."),
        P("<b>Meerjarenbegroting</b>"),
        P("Omdat meerdere adviezen over geld gaan, eerst de cijfers. De begroting 2026 telt 14,6 miljoen euro aan "
          "inkomsten. De reserve daalt volgens de meerjarenraming van 2,9 miljoen euro nu naar 1,7 miljoen euro "
          "eind 2029, ook zonder nieuwe uitgaven."),
        Spacer(1, 4),
        t,
        Spacer(1, 10),
        KeepTogether([
            P("Wij gaan graag op 14 april met u verder in gesprek over deze reactie."),
            Spacer(1, 4),
            P("Namens het bestuur,<br/><br/>drs. H.A. (Hanneke) Vermeulen-Oost<br/>directeur-bestuurder")]),
    ]


if __name__ == "__main__":
    build(advice_story, NAME + "_advice.pdf", "Ondersteuningsplanraad SWV PPO Lingehoven - advies OPR/2026/04",
          "Advies ontwerp-ondersteuningsplan 2026-2030", "blad {n}", "Ondersteuningsplanraad SWV PPO Lingehoven")
    build(response_story, NAME + "_response.pdf", "SWV PPO Lingehoven - reactienota SWV-LH/2026/118",
          "Reactienota advies OPR", "blad {n}", "Samenwerkingsverband PPO Lingehoven")
    B.write_expected(NAME, [
        (1, "in het plan vast te leggen dat een school binnen",
         "De beslistermijn van zes weken staat nu in paragraaf 4.2", "agrees"),
        (2, "het bedrag voor de basisondersteuning dat de scholen per leerling",
         "verhogen wij het bedrag naar 105 euro per leerling", "partly"),
        (3, "ouders al bij het eerste gesprek over extra ondersteuning te",
         "wijst de intern begeleider ouders voortaan in het eerste gesprek", "agrees"),
        (4, "te onderzoeken of de drie locaties voor speciaal basisonderwijs",
         "Wij nemen de vraag mee in de huisvestingsverkenning", "noted"),
        (5, "de toelaatbaarheidsverklaring voor het speciaal basisonderwijs voortaan af te geven",
         "Daarom blijft de geldigheidsduur twee jaar", "disagrees"),
        (6, "het aantal ouderconsulenten uit te breiden van twee naar vier",
         "een derde en vierde consulent past niet in de begroting", "disagrees"),
        (7, "de OPR twee keer per jaar een tussenrapportage te sturen", None, "unanswered"),
    ], ["Het bestuur dankt de OPR voor het zorgvuldige advies",
        "De begroting 2026 telt 14,6 miljoen euro aan inkomsten",
        "legt het vastgestelde plan op 1 juni voor aan de inspectie",
        "Wij gaan graag op 14 april met u verder in gesprek"],
        "Advice: an ondersteuningsplanraad's advice on a samenwerkingsverband's draft support plan; the seven "
        "recommendations are a LETTERED LIST a.-g. of INFINITIVE CLAUSES ending in ';' after 'De OPR adviseert het "
        "bestuur:' (no verb of their own), in section 4 after findings. Traps: the Wet passend onderwijs paraphrased "
        "with 'moet', findings numbered 1.-4. with figures, the 2022 advice quoted as an imperative ('Maak de "
        "wachttijd ... zichtbaar', carried out), a closing line naming 'de adviezen b en e'. Response: the board's "
        "reactienota, a paragraph on the meerjarenbegroting (figures, nothing), then a ruled TABLE 'Advies | Reactie "
        "van het bestuur | Plan aangepast?' keyed by letter: a agrees (six-week term in paragraph 4.2), b partly "
        "(105 not 120 euro), 'c en f' in ONE row (c agrees: consultant named in the first talk; f disagrees: no "
        "third and fourth consultant), d noted (taken into a 2027 housing study, no view now), e disagrees (stays two "
        "years), a row 'Algemeen' of the board's own (dates, nothing). g (half-yearly report on children out of "
        "school) has no row: unanswered. The introduction and the closing answer nothing.")
