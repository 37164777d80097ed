"""Round 79 (nl): the RAPPORT of a church synod's DEPUTAATSCHAP (a standing committee appointed by a general synod)
with 'Voorstellen' to the synod, answered by the synod's BESLUIT in the Acta (Materiaal / Besluit N / Gronden).

Advice: (invented) Deputaten Ambt en Opleiding of the Verbonden Gereformeerde Kerken, 'Rapport aan de generale synode
Kampen-Zuid 2026', 3 p., sans: the kerkorde's 'moet' rules quoted, a table of vacancies, the previous synod's
instruction quoted ('opdracht'), a numbered list of 'Vragen uit de kerken', findings with 'zou ... moeten', a
procedural paragraph on decharge, and chapter 6 'Voorstellen' as 1.-7. infinitive clauses after 'Deputaten stellen
de synode voor:'.
Response: Acta, 'Besluit inzake het rapport van deputaten Ambt en Opleiding' (2 p., serif): Materiaal (nothing),
Besluit 1 decharge (nothing), Besluit 2 = voorstel 3 agrees, Besluit 3 = 5 partly, ONE Besluit 4 = 1 agrees (a.) +
2 disagrees (b.), Besluit 5 = 7 noted, Besluit 6 = 6 disagrees, Besluit 7 new deputaten (nothing); 4 unanswered.
Engine: reportlab platypus (DejaVu, invariant=1).

Run: /tmp/blind79nl/bin/python tests/docs/src/blind79/gen_nl_synodebesluit_reportlab.py"""
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
import _b79nl as B  # noqa: E402

rl_config.invariant = 1
NAME = "blind79_nl_synodebesluit"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf"), ("DR", "DejaVuSerif.ttf"), ("DRB", "DejaVuSerif-Bold.ttf"),
              ("DRI", "DejaVuSerif-Italic.ttf"), ("DRBI", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")
pdfmetrics.registerFontFamily("DR", normal="DR", bold="DRB", italic="DRI", boldItalic="DRBI")
WINE = colors.HexColor("#5b1a2e")
GREY = colors.HexColor("#555555")


def st(name, size, lead, fam="DS", **kw):
    return ParagraphStyle(name, fontName=fam, fontSize=size, leading=lead, **kw)


S = {
    "p": st("p", 9.4, 13.6, alignment=4, spaceAfter=6),
    "t": st("t", 16, 20, "DSB", textColor=WINE, spaceAfter=3),
    "sub": st("sub", 10, 13.5, textColor=GREY, spaceAfter=12),
    "h": st("h", 11.5, 15, "DSB", textColor=WINE, spaceBefore=9, spaceAfter=4, keepWithNext=1),
    "q": st("q", 9, 13, "DSI", leftIndent=10 * mm, rightIndent=8 * mm, spaceAfter=6),
    "li": st("li", 9.4, 13.6, leftIndent=8 * mm, firstLineIndent=-6 * mm, spaceAfter=3),
    "vs": st("vs", 9.4, 13.6, leftIndent=9 * mm, firstLineIndent=-7 * mm, spaceAfter=4),
    "cell": st("cell", 8.4, 11.2),
    "cellb": st("cellb", 8.4, 11.2, "DSB", textColor=colors.white),
    # acta (serif)
    "ap": st("ap", 9.8, 14, "DR", alignment=4, spaceAfter=5),
    "at": st("at", 13, 17, "DRB", spaceAfter=2),
    "as": st("as", 9.6, 13, "DRI", spaceAfter=10),
    "ah": st("ah", 10.2, 14, "DRB", spaceBefore=8, spaceAfter=3, keepWithNext=1),
    "ali": st("ali", 9.8, 14, "DR", leftIndent=9 * mm, firstLineIndent=-6 * mm, spaceAfter=3, alignment=4),
    "agr": st("agr", 9.4, 13.4, "DR", leftIndent=15 * mm, firstLineIndent=-5 * mm, spaceAfter=2, alignment=4),
}


def P(t, s="p"):
    return Paragraph(t, S[s])


def build(pdfname, story, head, serif=False):
    fam = "DR" if serif else "DS"

    def deco(c, doc):
        c.saveState()
        w, h = A4
        if doc.page > 1:
            c.setFont(fam, 7.5)
            c.setFillColor(GREY)
            c.drawString(24 * mm, h - 12 * mm, head)
            c.setStrokeColor(colors.HexColor("#a08a90"))
            c.setLineWidth(0.4)
            c.line(24 * mm, h - 13.5 * mm, w - 24 * mm, h - 13.5 * mm)
        c.setFont(fam, 8)
        c.setFillColor(GREY)
        c.drawCentredString(w / 2, 11 * mm, f"- {doc.page} -" if serif else f"{doc.page}")
        c.restoreState()

    doc = BaseDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm, topMargin=20 * mm,
                          bottomMargin=20 * mm, title=pdfname, author="", creator="", producer="")
    f = Frame(24 * mm, 18 * mm, A4[0] - 48 * mm, A4[1] - 38 * mm, id="f")
    doc.addPageTemplates([PageTemplate("p", [f], onPage=deco)])
    doc.build(story)


def advice():
    s = []
    s.append(P("VERBONDEN GEREFORMEERDE KERKEN", "sub"))
    s.append(P("Rapport van deputaten Ambt en Opleiding", "t"))
    s.append(P("aan de generale synode Kampen-Zuid 2026 | agendapunt 11 | februari 2026", "sub"))
    s.append(P("1 Opdracht", "h"))
    s.append(P("De generale synode Leusderveen 2023 benoemde deputaten Ambt en Opleiding en gaf hun de volgende "
               "opdracht mee (Acta, art. 48):"))
    s.append(P("'onderzoek te doen naar de oorzaken van het groeiende aantal vacante gemeenten en de synode van 2026 "
               "te dienen met voorstellen die de kerken helpen de verkondiging ook zonder eigen predikant gaande te "
               "houden.'", "q"))
    s.append(P("Deputaten vergaderden negen keer, spraken met de Theologische Hogeschool, met vier classes en met "
               "een klankbordgroep van kerkenraadsleden. Dit rapport doet verslag van hun werk."))
    s.append(P("2 Vragen uit de kerken", "h"))
    s.append(P("Via de classes bereikten deputaten de volgende vragen:"))
    for i, q in enumerate(["Mag een ouderling in een leesdienst een eigen preek houden?",
                           "Wie betaalt de reiskosten van gastpredikanten in kleine gemeenten?",
                           "Kunnen twee gemeenten samen één predikant beroepen zonder te fuseren?",
                           "Hoe lang mag een gemeente vacant blijven voordat de classis ingrijpt?"], 1):
        s.append(P(f"{i}.&nbsp;&nbsp;{q}", "li"))
    s.append(P("Vraag 1 en 3 komen terug in de voorstellen. Vraag 2 en 4 vallen buiten de opdracht van deputaten en "
               "zijn doorgestuurd naar deputaten Financiën en Beheer en naar deputaten Kerkorde."))
    s.append(P("3 Vacatures in cijfers", "h"))
    t = Table([[P(c, "cellb") for c in ("Peiljaar", "Gemeenten", "Vacant", "Langer dan 3 jaar vacant",
                                        "Kandidaten beroepbaar")]] +
              [[P(c, "cell") for c in r] for r in (("2019", "128", "17", "4", "11"), ("2022", "125", "24", "7", "8"),
                                                   ("2025", "123", "31", "12", "6"))],
              colWidths=[24 * mm, 26 * mm, 22 * mm, 44 * mm, 46 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#a08a90")),
                           ("BACKGROUND", (0, 0), (-1, 0), WINE), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, Spacer(1, 6)]
    s.append(P("Het aantal vacante gemeenten is sinds 2019 bijna verdubbeld, terwijl het aantal beroepbare kandidaten "
               "halveerde. De helft van de vacante gemeenten telt minder dan 150 leden. Zij kunnen een volledige "
               "predikantsplaats niet meer betalen."))
    s.append(P("4 Het ambt en de kerkorde", "h"))
    s.append(P("Artikel 9 van de kerkorde bepaalt: <i>'Een gemeente die vacant is, moet zich door de classis laten "
               "bijstaan door een consulent.'</i> Artikel 14 voegt toe dat de kerkenraad moet zorgen voor 'de "
               "geregelde bediening van Woord en sacramenten'. In de praktijk betekent dit dat een vacante gemeente "
               "veel leesdiensten heeft. Een ouderling leest dan een preek van een predikant voor."))
    s.append(P("Veel gesprekspartners vinden dat ouderlingen met een goede toerusting zelf zouden moeten kunnen "
               "preken. Deputaten hebben begrip voor die wens, maar zien ook het risico dat de eenheid in de "
               "verkondiging verloren gaat. Een klankbordgroeplid zei: 'Een gemeente moet toch weten wie er op de "
               "kansel staat en waarom.' De Theologische Hogeschool zou volgens deputaten een rol moeten spelen in "
               "de toerusting, maar de hogeschool heeft daar nu geen middelen voor."))
    s.append(P("5 Samenwerking tussen gemeenten", "h"))
    s.append(P("In drie classes delen gemeenten al informeel een predikant. Omdat de kerkorde uitgaat van één "
               "gemeente per predikant, is de rechtspositie van zo'n predikant onduidelijk: wie is zijn "
               "kerkenraad, wie zijn werkgever, en wie beslist over zijn verlof? Deputaten hebben met de classis "
               "Noord-Veluwe een proefregeling besproken. Daarnaast blijkt dat kleine gemeenten vaak niet weten "
               "welke ondersteuning het landelijk dienstencentrum biedt."))
    s.append(P("Het is gebruikelijk dat de synode deputaten na afloop van hun termijn dechargeert voor het gevoerde "
               "beleid en het financiële beheer. De financiële verantwoording over 2023-2025 is als bijlage bij dit "
               "rapport gevoegd en door de controlerende deputaten goedgekeurd."))
    s.append(P("6 Voorstellen", "h"))
    s.append(P("Deputaten stellen de synode voor:"))
    props = [
        "de kerken uit te spreken dat een ouderling die daartoe door de classis is toegerust, in een leesdienst een "
        "door hemzelf opgestelde preek mag voorlezen;",
        "de Theologische Hogeschool op te dragen vanaf 2027 een erkende toerustingscursus voor ouderlingen aan te "
        "bieden en daarvoor jaarlijks 45.000 euro beschikbaar te stellen uit de quotumgelden;",
        "een regeling 'gedeelde predikant' vast te stellen waarin twee of drie gemeenten samen één predikant "
        "kunnen beroepen, met één kerkenraad als werkgever;",
        "de classes te vragen elke vacante gemeente die langer dan twee jaar vacant is, jaarlijks te bezoeken en "
        "daarvan verslag te doen aan de particuliere synode;",
        "het landelijk dienstencentrum te verzoeken een handreiking voor kleine en vacante gemeenten uit te "
        "brengen, uiterlijk in september 2026;",
        "een landelijk fonds 'Verkondiging in kleine gemeenten' in te stellen, te voeden met een extra quotum van "
        "2 euro per belijdend lid;",
        "een studie te laten verrichten naar de vraag of de opleiding tot predikant ook in deeltijd kan worden "
        "gevolgd, zodat ook oudere kandidaten met een gezin predikant kunnen worden.",
    ]
    for i, p in enumerate(props, 1):
        s.append(P(f"{i}.&nbsp;&nbsp;{p}", "vs"))
    s.append(Spacer(1, 8))
    s.append(P("Namens deputaten Ambt en Opleiding,<br/>ds. H.J. van Oldenbarnevelt-Kruis, voorzitter<br/>"
               "br. G.A. Schuttelaar, secretaris"))
    build(NAME + "_advice.pdf", s, "Rapport deputaten Ambt en Opleiding | GS Kampen-Zuid 2026")


def response():
    s = []
    s.append(P("Acta van de generale synode Kampen-Zuid 2026", "as"))
    s.append(P("Artikel 61<br/>Besluit inzake het rapport van deputaten Ambt en Opleiding", "at"))
    s.append(P("vastgesteld in de zitting van 18 april 2026", "as"))
    s.append(P("Materiaal", "ah"))
    for i, m in enumerate(["rapport van deputaten Ambt en Opleiding (agendapunt 11), met financiële verantwoording;",
                           "brief van de classis Zuidwest-Drenthe van 3 maart 2026 over leesdiensten;",
                           "advies van de commissie van advies uit de synode (commissie III)."], 1):
        s.append(P(f"{i}.&nbsp;&nbsp;{m}", "ali"))
    s.append(P("Besprekingen", "ah"))
    s.append(P("De synode besprak het rapport in twee zittingen. Er was brede waardering voor de zorgvuldige "
               "analyse en de cijfers. Enkele afgevaardigden wezen op de financiële positie van de kerken na de "
               "verhoging van het pensioenquotum in 2025.", "ap"))
    s.append(P("Besluit 1", "ah"))
    s.append(P("deputaten te dechargeren voor het gevoerde beleid en het financiële beheer over de jaren 2023-2025.",
               "ap"))
    s.append(P("Besluit 2", "ah"))
    s.append(P("een regeling 'gedeelde predikant' vast te stellen zoals opgenomen in bijlage 4 bij deze Acta, met "
               "ingang van 1 september 2026.", "ap"))
    s.append(P("Grond:", "ap"))
    s.append(P("1.&nbsp;&nbsp;de regeling beantwoordt aan een duidelijke behoefte en is in de classis Noord-Veluwe "
               "met goede uitkomst beproefd.", "agr"))
    s.append(P("Besluit 3", "ah"))
    s.append(P("het landelijk dienstencentrum te verzoeken een handreiking voor kleine en vacante gemeenten uit te "
               "brengen, met dien verstande dat deze uiterlijk in maart 2027 verschijnt in plaats van september "
               "2026.", "ap"))
    s.append(P("Grond:", "ap"))
    s.append(P("1.&nbsp;&nbsp;het dienstencentrum heeft laten weten de handreiking niet eerder zorgvuldig te kunnen "
               "afronden.", "agr"))
    s.append(P("Besluit 4", "ah"))
    s.append(P("a.&nbsp;&nbsp;uit te spreken dat een toegeruste ouderling in een leesdienst een eigen preek mag "
               "voorlezen, mits de kerkenraad de preek vooraf heeft goedgekeurd;", "ali"))
    s.append(P("b.&nbsp;&nbsp;de Theologische Hogeschool geen opdracht te geven tot een erkende cursus en "
               "daarvoor geen quotumgelden beschikbaar te stellen.", "ali"))
    s.append(P("Gronden:", "ap"))
    s.append(P("1.&nbsp;&nbsp;ad a: de eigen preek van een ouderling past binnen artikel 14 van de kerkorde, zolang "
               "de kerkenraad verantwoordelijkheid draagt voor de verkondiging;", "agr"))
    s.append(P("2.&nbsp;&nbsp;ad b: de toerusting van ouderlingen is een taak van de classes, die daarvoor al "
               "regionale cursussen aanbieden; een landelijke cursus zou deze initiatieven doorkruisen.", "agr"))
    s.append(P("Besluit 5", "ah"))
    s.append(P("kennis te nemen van de vraag of de opleiding tot predikant ook in deeltijd kan worden gevolgd, en "
               "deze vraag door te geleiden naar het curatorium van de Theologische Hogeschool.", "ap"))
    s.append(P("Grond:", "ap"))
    s.append(P("1.&nbsp;&nbsp;de inrichting van de opleiding behoort tot de bevoegdheid van het curatorium.", "agr"))
    s.append(P("Besluit 6", "ah"))
    s.append(P("niet in te gaan op het voorstel een landelijk fonds in te stellen.", "ap"))
    s.append(P("Gronden:", "ap"))
    s.append(P("1.&nbsp;&nbsp;de kerken hebben in 2025 al een verhoging van het quotum aanvaard;", "agr"))
    s.append(P("2.&nbsp;&nbsp;onderlinge hulp tussen gemeenten loopt volgens de kerkorde via de classes en het "
               "bestaande steunfonds.", "agr"))
    s.append(P("Besluit 7", "ah"))
    s.append(P("als deputaten Ambt en Opleiding te benoemen: ds. M. Ravensbergen (sameroepend), br. P.T. Douma, "
               "zr. E.J. Hofstede-Lamkamp en ds. C. van den Akker, met als secundi br. W. Kornet en ds. J.B. "
               "Siersema.", "ap"))
    s.append(P("Aldus vastgesteld door de generale synode. De preses, ds. A. Vreugdenhil; de eerste scriba, "
               "br. L.H. Stam.", "as"))
    build(NAME + "_response.pdf", s, "Acta GS Kampen-Zuid 2026 | artikel 61", serif=True)


RECS = [
    (1, "de kerken uit te spreken dat een ouderling die daartoe",
     "een toegeruste ouderling in een leesdienst een eigen preek mag", "agrees"),
    (2, "de Theologische Hogeschool op te dragen vanaf 2027 een erkende toerustingscursus",
     "de Theologische Hogeschool geen opdracht te geven tot een erkende cursus", "disagrees"),
    (3, "een regeling 'gedeelde predikant' vast te stellen waarin twee of drie",
     "vast te stellen zoals opgenomen in bijlage 4 bij deze Acta", "agrees"),
    (4, "de classes te vragen elke vacante gemeente die langer dan", None, "unanswered"),
    (5, "het landelijk dienstencentrum te verzoeken een handreiking voor kleine en",
     "uiterlijk in maart 2027 verschijnt in plaats van september 2026", "partly"),
    (6, "een landelijk fonds 'Verkondiging in kleine gemeenten' in te stellen",
     "niet in te gaan op het voorstel een landelijk fonds", "disagrees"),
    (7, "een studie te laten verrichten naar de vraag of de opleiding",
     "deze vraag door te geleiden naar het curatorium", "noted"),
]
UNMATCHED = [
    "brief van de classis Zuidwest-Drenthe van 3 maart 2026",
    "deputaten te dechargeren voor het gevoerde beleid",
    "als deputaten Ambt en Opleiding te benoemen: ds. M. Ravensbergen",
]
NOTES = ("RAPPORT of a church synod's DEPUTAATSCHAP (standing committee) with 'Voorstellen', answered by the synod's "
         "BESLUIT in the Acta (Materiaal / Besluiten / Gronden). The church, synods, classes, school, people and "
         "figures are invented. Recommendations: chapter 6 'Voorstellen', items 1.-7. as infinitive clauses after "
         "'Deputaten stellen de synode voor:'. Traps: the 2023 synod's opdracht quoted (an infinitive clause like "
         "the proposals); a numbered list of 'Vragen uit de kerken'; a vacancies table; the kerkorde's 'moet zich "
         "... laten bijstaan' and 'moet zorgen voor'; 'zouden moeten kunnen preken', 'zou ... een rol moeten "
         "spelen' as findings; a quote with 'moet'; a paragraph on decharge (custom, not proposed). Acta: Materiaal "
         "1.-3. (nothing); Besprekingen (nothing); Besluit 1 decharge (nothing); Besluit 2 = 3 agrees; Besluit 3 = "
         "5 partly (March 2027 instead of September 2026); ONE Besluit 4 = 1 agrees (a., with a condition that "
         "keeps the substance) + 2 disagrees (b.); Besluit 5 = 7 noted (question passed to the curatorium); Besluit 6 = 6 disagrees; Besluit 7 appoints new deputaten (nothing); 4 (yearly classis visits) unanswered. The synod's Besluit numbers are "
         "its own, not the proposals'.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
