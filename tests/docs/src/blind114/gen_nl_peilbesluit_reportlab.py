"""Round 114 (nl): the ADVIES of a waterschap's KLANKBORDGROEP on an ontwerp-PEILBESLUIT, written in NUMBERED
PARAGRAPHS (randnummers 1-24 in the margin) of which seven are recommendations, answered by the dagelijks bestuur's
VOORSTEL AAN HET ALGEMEEN BESTUUR, whose 'Argumenten' refer to the advice by RANDNUMMER, not by recommendation number.

Advice (reportlab, sans, green-blue title rule, a 'Belangrijkste peilwijzigingen' table, running head from p. 2,
'pagina n/m'): the Omgevingswet/waterschapsverordening 'moet' (trap), the bestuur's three questions as a numbered
list 1.-3. (trap), findings with figures, the Natura 2000 beheerplan 'moet' (trap), the klankbordgroep's 2019 advice
quoted with 'moet' (realised; trap), a conclusion (rn 12) and a non-position (rn 20); recommendations are rn 14, 15,
16 (after two finding sentences), 18, 19, 21 and 23 (expected 1-7), rn 19 runs across the page break; closing line
citing 'de randnummers 14, 16 en 18'. Response: Voorgesteld besluit 1.-3., Aanleiding, Beoogd effect, Argumenten 1.1
(nothing), 1.2 with run-in heads '(randnummer 21)', '(randnummer 14)', '(randnummers 16 en 18)', '(randnummer 19)',
'(randnummer 15)' in that order, 1.3 zienswijzen (nothing), Kanttekeningen, Financiën, Vervolg; rn 23 unanswered.
All invented.

Run: /tmp/blind114nl/bin/python tests/docs/src/blind114/gen_nl_peilbesluit_reportlab.py"""
import copy
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b114nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind114_nl_peilbesluit"
F = B.tmp_fonts()
pdfmetrics.registerFont(TTFont("S", F["Regular"]))
pdfmetrics.registerFont(TTFont("SB", F["Bold"]))
pdfmetrics.registerFont(TTFont("SI", F["Italic"]))
pdfmetrics.registerFontFamily("S", normal="S", bold="SB", italic="SI", boldItalic="SB")
WATER = colors.HexColor("#1d6a78")
PALE = colors.HexColor("#e6f1f2")
P = ParagraphStyle("p", fontName="S", fontSize=9.2, leading=14.0, spaceAfter=6.5)
RN = ParagraphStyle("rn", parent=P, leftIndent=30, bulletIndent=0, bulletFontName="S", bulletFontSize=7.8,
                    bulletColor=WATER)
LI = ParagraphStyle("li", parent=P, leftIndent=48, bulletIndent=34, spaceAfter=2)
H = ParagraphStyle("h", parent=P, fontName="SB", fontSize=11, leading=14, textColor=WATER, spaceBefore=8,
                   spaceAfter=5, keepWithNext=1)
H3 = ParagraphStyle("h3", parent=P, fontName="SB", fontSize=9.4, spaceBefore=4, spaceAfter=3, keepWithNext=1)
S = ParagraphStyle("s", parent=P, fontSize=8, leading=10.6, spaceAfter=0)
C = ParagraphStyle("c", parent=P, fontSize=8.3, leading=10.6, spaceAfter=0)
NUM = ParagraphStyle("num", parent=P, leftIndent=26, firstLineIndent=-26, spaceAfter=3)


class Doc(SimpleDocTemplate):
    """Two passes, so that 'pagina n/m' knows m."""
    head = ""
    foot = "pagina {n}/{m}"

    def build2(self, story):
        self._total = 0
        SimpleDocTemplate.build(self, copy.deepcopy(story), onFirstPage=self.deco, onLaterPages=self.deco)
        self._total = self.page
        SimpleDocTemplate.build(self, story, onFirstPage=self.deco, onLaterPages=self.deco)

    def deco(self, c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#555555"))
        if doc.page > 1:
            c.setFont("S", 7.4)
            c.drawString(62, 810, self.head)
            c.setStrokeColor(WATER)
            c.setLineWidth(0.6)
            c.line(62, 805, 533, 805)
        c.setFont("S", 7.6)
        c.drawRightString(533, 30, self.foot.format(n=doc.page, m=self._total or 1))
        c.restoreState()


def rn(n, text):
    return Paragraph(text, RN, bulletText=str(n))


def title_block(org, unit, title, sub):
    return [Paragraph(org, ParagraphStyle("o", parent=P, fontName="SB", fontSize=9, textColor=WATER, spaceAfter=0)),
            Paragraph(unit, ParagraphStyle("u", parent=S, spaceAfter=8)),
            Table([[""]], colWidths=[471], rowHeights=[3],
                  style=[("BACKGROUND", (0, 0), (-1, -1), WATER)]),
            Spacer(1, 8),
            Paragraph(title, ParagraphStyle("t", parent=P, fontName="SB", fontSize=15.5, leading=19, spaceAfter=3)),
            Paragraph(sub, ParagraphStyle("st", parent=P, fontSize=9, textColor=colors.HexColor("#555555"),
                                          spaceAfter=10))]


def advice():
    s = title_block("Klankbordgroep Peilbesluit Oostermaden-Noord",
                    "ingesteld door het dagelijks bestuur van Waterschap Veenhorst",
                    "Advies over het ontwerp-peilbesluit Oostermaden-Noord",
                    "Aan het dagelijks bestuur van Waterschap Veenhorst - Ter Wolde, 14 oktober 2026 - "
                    "kenmerk KBG-OMN/2026/03")
    s += [Paragraph("1 Inleiding", H),
          rn(1, "Op 3 juni 2026 vroeg het dagelijks bestuur van Waterschap Veenhorst de klankbordgroep om advies over "
                "het ontwerp-peilbesluit Oostermaden-Noord. Het peilbesluit legt voor tien jaar vast welke waterpeilen "
                "het waterschap nastreeft in de veertien peilvakken van het gebied, samen ongeveer 3.400 hectare "
                "grasland, akkerbouw, natuur en twee dorpen."),
          rn(2, "Volgens de Omgevingswet en de waterschapsverordening moet het waterschap voor dit gebied een "
                "peilbesluit vaststellen, en moet het dat besluit ten minste eens in de tien jaar herzien. Het "
                "huidige peilbesluit dateert uit 2015."),
          rn(3, "De klankbordgroep telt elf leden: zes agrariërs, twee bewoners van Oostermaden en Ter Wolde, een "
                "vertegenwoordiger van de terreinbeherende organisatie, een recreatieondernemer en een lid namens de "
                "Stichting Dorpsbelangen. Het dagelijks bestuur legde ons drie vragen voor:"),
          Paragraph("Zijn de voorgestelde peilen werkbaar voor landbouw, natuur en bewoners?", LI, bulletText="1."),
          Paragraph("Hoe beoordeelt de klankbordgroep het voorstel voor flexibel peilbeheer?", LI, bulletText="2."),
          Paragraph("Wat is nodig om het besluit in de streek goed uit te leggen?", LI, bulletText="3."),
          Spacer(1, 4),
          rn(4, "Wij kwamen vijf keer bijeen, bezochten de gemalen Oostervaart en De Knijp en hielden op 17 september "
                "een inloopavond in Ter Wolde, waar ongeveer negentig belangstellenden kwamen."),
          Paragraph("2 Wat wij zagen", H),
          rn(5, "Het ontwerp verhoogt in de veenweidepeilvakken het zomerpeil met 10 tot 15 centimeter om de "
                "bodemdaling te remmen. In de overige peilvakken blijven de peilen vrijwel gelijk. De tabel geeft de "
                "belangrijkste wijzigingen.")]
    rows = [["Peilvak", "Grondgebruik", "Zomerpeil nu", "Zomerpeil ontwerp", "Verschil"],
            ["PV 6 Oostermaden-West", "grasland", "-1,45 m NAP", "-1,30 m NAP", "+15 cm"],
            ["PV 7 De Knijp", "grasland", "-1,40 m NAP", "-1,28 m NAP", "+12 cm"],
            ["PV 8 Hooge Veld", "grasland en natuur", "-1,35 m NAP", "-1,25 m NAP", "+10 cm"],
            ["PV 9 Kanaalweg", "grasland en bebouwing", "-1,50 m NAP", "-1,38 m NAP", "+12 cm"],
            ["PV 12 Ter Wolde-dorp", "bebouwing", "-0,95 m NAP", "-0,95 m NAP", "0 cm"]]
    t = Table([[Paragraph(("<b>%s</b>" % c) if i == 0 else c, C) for c in r] for i, r in enumerate(rows)],
              colWidths=[118, 104, 72, 84, 52], hAlign="RIGHT")
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), PALE), ("LINEBELOW", (0, 0), (-1, -1), 0.4, WATER),
                           ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
    s += [KeepTogether([Paragraph("Belangrijkste peilwijzigingen in het ontwerp", ParagraphStyle(
              "cap", parent=S, fontName="SB", leftIndent=30, spaceAfter=3)), t]), Spacer(1, 8),
          rn(6, "De bodem in het westelijk deel daalt met gemiddeld 8 millimeter per jaar. Zonder maatregelen ligt "
                "het maaiveld daar in 2050 ruim 20 centimeter lager dan nu. De agrariërs in de klankbordgroep "
                "erkennen dat probleem, maar vrezen dat natte percelen in het voorjaar later kunnen worden bemest en "
                "bereden."),
          rn(7, "Het ontwerp introduceert een flexibele marge van 10 centimeter rond het streefpeil. Het waterschap "
                "mag het peil binnen die marge laten meebewegen met neerslag en verdamping. Veel ingelanden begrijpen "
                "nog niet wat dat in de praktijk voor hun percelen betekent."),
          rn(8, "In de droge zomers van 2018, 2020 en 2022 kon het waterschap het zomerpeil in de hoger gelegen "
                "peilvakken niet vasthouden, omdat er te weinig water via de Oostervaart kon worden aangevoerd. Het "
                "ontwerp voorziet daarom in een tweede inlaat bij De Knijp, die in droge perioden 0,4 kubieke meter per "
                "seconde extra kan aanvoeren."),
          rn(9, "Voor de recreatie is het peil in de Oostervaart belangrijk: de kanoroute tussen Ter Wolde en het "
                "Hooge Veld is bij een laag peil niet bevaarbaar. De recreatieondernemer in de klankbordgroep is "
                "daarom positief over de hogere zomerpeilen."),
          rn(10, "Het beheerplan voor het Natura 2000-gebied Oostermadense Veen bepaalt dat de grondwaterstand in het "
                "veen moet stijgen om het hoogveen te herstellen. Dat raakt vooral de percelen in de bufferzone van "
                "ongeveer 140 hectare rondom het veen, waar nu nog negen agrarische bedrijven grond in gebruik hebben."),
          rn(11, "Bij het peilbesluit Zuidermaden schreef de klankbordgroep in 2019: 'Het waterschap moet de peilen en "
                "de stand van zaken jaarlijks op een gebiedsavond toelichten.' Dat is gebeurd, en die avonden worden "
                "goed bezocht."),
          rn(12, "Wij concluderen dat het ontwerp in hoofdlijnen een verstandige balans zoekt tussen het remmen van de "
                 "bodemdaling en een werkbare landbouw. Ook de keuze voor flexibel peilbeheer vinden wij verstandig. De "
                 "uitwerking kan op een aantal punten beter; daarover gaan de volgende hoofdstukken."),
          Paragraph("3 Peilen en peilbeheer", H),
          rn(13, "De stap van 15 centimeter in peilvak 6 is groot voor de melkveehouders langs de Oostervaart. Zij "
                 "moeten hun drainage en hun beweiding aanpassen, en dat kost tijd en geld. Voor een gemiddeld bedrijf "
                 "gaat het om 30 tot 40 hectare."),
          rn(14, "Wij adviseren het waterschap om de verhoging van het zomerpeil in de veenweidepeilvakken 6 tot en met "
                 "9 gefaseerd in te voeren, in drie gelijke stappen verspreid over zes jaar."),
          rn(15, "De klankbordgroep adviseert om in het peilbesluit vast te leggen bij welke neerslag en welke "
                 "grondwaterstand het peil binnen de flexibele marge wordt verhoogd of verlaagd, en de ingelanden "
                 "daarover vooraf per sms of e-mail te waarschuwen."),
          rn(16, "Aan de Kanaalweg in peilvak 9 staan 37 woningen, een deel zonder fundering op palen. Bewoners vrezen "
                 "voor natte kruipruimtes; na de peilaanpassing van 2015 meldden elf huishoudens daar al water onder de "
                 "vloer. Wij adviseren daarom voor de lintbebouwing aan de Kanaalweg een eigen "
                 "onderbemaling aan te leggen, met een lager peil dan het omliggende grasland."),
          Paragraph("4 Landbouw en natuur", H),
          rn(17, "Een hoger peil kan in natte voorjaren leiden tot minder gras en een latere eerste snede. Of die "
                 "schade optreedt, verschilt sterk per perceel en per jaar. Bij een proef op twee bedrijven aan de Hooge "
                 "Veldweg bleef de opbrengst in 2024 gelijk, maar in het natte voorjaar van 2025 daalde die met "
                 "ongeveer 8 procent."),
          rn(18, "Wij adviseren een schaderegeling in het peilbesluit op te nemen voor agrariërs die aantoonbaar "
                 "opbrengstschade lijden door de hogere peilen, waarbij een onafhankelijke taxateur de schade "
                 "vaststelt."),
          rn(19, "Voor de bufferzone rond het Oostermadense Veen adviseren wij het waterschap om samen met de "
                 "provincie een vrijwillige kavelruil op gang te brengen, zodat de betrokken bedrijven gelijkwaardige "
                 "grond buiten de bufferzone kunnen krijgen. Een deel van de agrariërs wil graag verplaatsen, mits de "
                 "nieuwe grond in de buurt ligt en van vergelijkbare kwaliteit is. Zonder zo'n ruil dreigt een "
                 "jarenlange strijd over elk perceel, en dat is voor niemand goed."),
          rn(20, "Wij merken op dat de terreinbeheerder en de agrariërs in de klankbordgroep verschillend denken over "
                 "de omvang van de bufferzone. Daarover hebben wij geen gezamenlijk standpunt kunnen innemen."),
          Paragraph("5 Uitleg en vervolg", H),
          rn(21, "Wij adviseren om de actuele peilen en de stand van de gemalen per peilvak op de website van het "
                 "waterschap zichtbaar te maken, zodat iedereen kan zien wat er met het water gebeurt."),
          rn(22, "De inloopavond van 17 september liet zien hoe groot de behoefte aan uitleg is. Bezoekers vroegen "
                 "vooral naar de gevolgen voor hun eigen perceel en hun eigen sloot."),
          rn(23, "Tot slot adviseren wij het peilbesluit na vijf jaar samen met de klankbordgroep te evalueren, in "
                 "plaats van pas bij de herziening na tien jaar."),
          rn(24, "De klankbordgroep vraagt het dagelijks bestuur in het bijzonder aandacht voor de randnummers 14, 16 "
                 "en 18. Wij blijven graag betrokken bij de uitvoering van het peilbesluit."),
          Spacer(1, 6),
          Paragraph("Namens de klankbordgroep,<br/>Gerrit Kamphuis, voorzitter<br/>Ineke Wolters-Dijkstra, "
                    "secretaris", P)]
    doc = Doc(B.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=62, rightMargin=62, topMargin=52,
              bottomMargin=52, title="Advies klankbordgroep peilbesluit Oostermaden-Noord")
    doc.head = "Klankbordgroep Peilbesluit Oostermaden-Noord - advies KBG-OMN/2026/03"
    doc.build2(s)


def response():
    s = title_block("Waterschap Veenhorst", "Dagelijks bestuur", "Voorstel aan het algemeen bestuur",
                    "Vaststelling peilbesluit Oostermaden-Noord")
    meta = [("Vergadering", "algemeen bestuur, 9 december 2026"), ("Agendapunt", "7"),
            ("Registratienummer", "DB-2026-4417"), ("Portefeuillehouder", "H.J. Brinkman, heemraad"),
            ("Bijlagen", "ontwerp-peilbesluit, nota van zienswijzen, advies klankbordgroep")]
    mt = Table([[Paragraph("<b>%s</b>" % k, C), Paragraph(v, C)] for k, v in meta], colWidths=[110, 361],
               hAlign="LEFT")
    mt.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), PALE), ("LINEBELOW", (0, 0), (-1, -1), 0.4, WATER),
                            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
    s += [mt, Spacer(1, 6),
          Paragraph("Voorgesteld besluit", H),
          Paragraph("Het algemeen bestuur wordt voorgesteld:", P),
          Paragraph("1.  het peilbesluit Oostermaden-Noord vast te stellen, met de wijzigingen die in dit "
                    "voorstel zijn beschreven;", NUM),
          Paragraph("2.  kennis te nemen van de nota van zienswijzen en van het advies van de klankbordgroep;", NUM),
          Paragraph("3.  een krediet van € 1.240.000 beschikbaar te stellen voor de aanpassing van de stuwen en het "
                    "gemaal De Knijp.", NUM),
          Paragraph("Aanleiding", H),
          Paragraph("Het peilbesluit Oostermaden-Noord uit 2015 moet worden herzien. Het ontwerp lag van 1 juli tot en "
                    "met 11 augustus 2026 ter inzage; er kwamen 23 zienswijzen binnen, vooral van agrariërs en "
                    "bewoners van de Kanaalweg. Tegelijk bracht de klankbordgroep op 14 oktober 2026 een uitgebreid "
                    "advies uit.", P),
          Paragraph("Beoogd effect", H),
          Paragraph("Een peilbesluit dat de bodemdaling in de veenweidepeilvakken ongeveer halveert, de natuur in het "
                    "Oostermadense Veen helpt en voor de landbouw werkbaar blijft.", P),
          Paragraph("Argumenten", H),
          Paragraph("<b>1.1 Het peilbesluit remt de bodemdaling.</b> Volgens de modelberekeningen daalt de bodem in "
                    "de peilvakken 6 tot en met 9 met de nieuwe peilen van 8 naar ongeveer 4 millimeter per jaar. "
                    "Daarmee voldoet het besluit aan de opgave uit de provinciale omgevingsvisie.", P),
          Paragraph("<b>1.2 Het advies van de klankbordgroep leidt tot wijzigingen.</b> De klankbordgroep heeft een "
                    "zorgvuldig en evenwichtig advies uitgebracht. Hieronder staat per onderwerp wat het dagelijks "
                    "bestuur ermee doet; de randnummers verwijzen naar het advies.", P),
          Paragraph("<i>Informatie over de peilen (randnummer 21).</i> Dit advies nemen wij graag over. Vanaf 1 april "
                    "2027 toont de peilkaart op de website per peilvak het actuele peil en de stand van de gemalen, "
                    "elk kwartier bijgewerkt.", P),
          Paragraph("<i>Gefaseerde invoering (randnummer 14).</i> Wij begrijpen dat de melkveehouders tijd nodig "
                    "hebben. Wij stellen voor de verhoging in twee stappen door te voeren: de helft bij de "
                    "inwerkingtreding en de rest na drie jaar. Zes jaar vinden wij te lang, omdat de bodemdaling in de "
                    "tussentijd doorgaat.", P),
          Paragraph("<i>Woningen aan de Kanaalweg en schade (randnummers 16 en 18).</i> Voor de lintbebouwing aan de "
                    "Kanaalweg leggen wij geen aparte onderbemaling aan. Uit peilbuismetingen blijkt dat de "
                    "grondwaterstand onder de woningen met hooguit 3 centimeter stijgt; een onderbemaling van naar "
                    "schatting € 410.000 staat daar niet in verhouding toe. Dit advies nemen wij dus niet over. "
                    "Een aparte schaderegeling nemen wij evenmin op in het peilbesluit, omdat de verordening "
                    "nadeelcompensatie daarvoor al een route biedt. Wel komen wij de klankbordgroep tegemoet: "
                    "verzoeken om nadeelcompensatie in dit gebied laten wij voortaan beoordelen door een "
                    "onafhankelijke taxateur, en het waterschap betaalt de kosten daarvan.", P),
          Paragraph("<i>Bufferzone (randnummer 19).</i> Grondverwerving en kavelruil zijn in de eerste plaats een "
                    "taak van de provincie, die het gebiedsproces Oostermadense Veen trekt. Wij brengen de suggestie "
                    "van de klankbordgroep in bij de stuurgroep van dat gebiedsproces, die in het voorjaar van 2028 "
                    "een inrichtingsplan verwacht.", P),
          Paragraph("<i>Sturing binnen de flexibele marge (randnummer 15).</i> Het peilbesluit krijgt een bijlage met "
                    "een beslisregel voor het gebruik van de marge. Ingelanden kunnen zich aanmelden voor een "
                    "peilbericht per sms of e-mail, dat zij minstens 48 uur van tevoren ontvangen.", P),
          Paragraph("<b>1.3 Drie zienswijzen leiden tot een aanpassing.</b> Van de 23 zienswijzen leiden er drie tot "
                    "een wijziging: de stuw bij de Hoornsloot wordt 20 meter verplaatst, peilvak 3 wordt gesplitst en "
                    "de begrenzing van peilvak 11 volgt voortaan de kavelsloot. De overige zienswijzen zijn "
                    "beantwoord in de nota van zienswijzen.", P),
          Paragraph("Kanttekeningen", H),
          Paragraph("Een hoger peil kan in peilvak 8 plaatselijk tot meer kwel leiden in de kelders van twee "
                    "boerderijen. Wij volgen dat met drie extra peilbuizen en grijpen in als dat nodig is.", P),
          Paragraph("Financiën", H),
          Paragraph("De aanpassing van zes stuwen en het gemaal De Knijp kost € 1.240.000. Dit bedrag is opgenomen in "
                    "het investeringsprogramma 2027-2030. De kapitaallasten bedragen vanaf 2028 ongeveer € 68.000 per "
                    "jaar en passen binnen de meerjarenraming.", P),
          Paragraph("Vervolg", H),
          Paragraph("Na vaststelling publiceren wij het peilbesluit in het waterschapsblad; het treedt op 1 maart "
                    "2027 in werking. De indieners van zienswijzen en de leden van de klankbordgroep ontvangen een "
                    "persoonlijke brief met een toelichting.", P),
          Spacer(1, 6),
          Paragraph("Het dagelijks bestuur van Waterschap Veenhorst,<br/>de secretaris-directeur, "
                    "ir. A.M. Scheepstra<br/>de dijkgraaf, drs. W. Tuinstra", P)]
    doc = Doc(B.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=62, rightMargin=62, topMargin=52,
              bottomMargin=52, title="Voorstel aan het algemeen bestuur DB-2026-4417")
    doc.head = "Waterschap Veenhorst - voorstel aan het algemeen bestuur DB-2026-4417 - peilbesluit Oostermaden-Noord"
    doc.build2(s)


def expected():
    recs = [
        (1, "Wij adviseren het waterschap om de verhoging van het zomerpeil",
         "de helft bij de inwerkingtreding en de rest na drie jaar", "partly"),
        (2, "De klankbordgroep adviseert om in het peilbesluit vast te leggen",
         "een bijlage met een beslisregel voor het gebruik van de marge", "agrees"),
        (3, "Wij adviseren daarom voor de lintbebouwing aan de Kanaalweg",
         "Kanaalweg leggen wij geen aparte onderbemaling aan", "disagrees"),
        (4, "Wij adviseren een schaderegeling in het peilbesluit op te nemen",
         "laten wij voortaan beoordelen door een onafhankelijke taxateur", "partly"),
        (5, "Voor de bufferzone rond het Oostermadense Veen adviseren wij",
         "brengen de suggestie van de klankbordgroep in bij de stuurgroep", "noted"),
        (6, "Wij adviseren om de actuele peilen en de stand",
         "toont de peilkaart op de website per peilvak", "agrees"),
        (7, "Tot slot adviseren wij het peilbesluit na vijf jaar", None, "unanswered"),
    ]
    unmatched = ["beschikbaar te stellen voor de aanpassing van de stuwen",
                 "er kwamen 23 zienswijzen binnen, vooral van agrariërs",
                 "van 8 naar ongeveer 4 millimeter per jaar",
                 "de stuw bij de Hoornsloot wordt 20 meter verplaatst",
                 "De kapitaallasten bedragen vanaf 2028 ongeveer € 68.000 per jaar",
                 "publiceren wij het peilbesluit in het waterschapsblad"]
    notes = ("Dutch waterschap: the KLANKBORDGROEP of Waterschap Veenhorst advising the dagelijks bestuur on the "
             "ontwerp-peilbesluit Oostermaden-Noord (reportlab, 3 p., sans, green-blue rule, 'Belangrijkste "
             "peilwijzigingen' table, running head from p. 2, 'pagina n/m'). The whole advice is written in "
             "NUMBERED PARAGRAPHS (randnummers 1-24 in the margin); the recommendations are rn 14, 15, 16 (its third "
             "sentence, after two findings), 18, 19 (runs across the page break), 21 and 23 (expected 1-7 in that "
             "order). Traps: the Omgevingswet/waterschapsverordening 'moet' (rn 2), the bestuur's three questions "
             "as a numbered list 1.-3., findings with figures, the Natura 2000 beheerplan 'moet' (rn 10), the 2019 "
             "advice quoted with 'moet' and realised (rn 11), a conclusion (rn 12), a non-position (rn 20), and a "
             "closing line citing 'de randnummers 14, 16 en 18'. Response: the dagelijks bestuur's VOORSTEL AAN HET "
             "ALGEMEEN BESTUUR (agendapunt 7) with 'Voorgesteld besluit' 1.-3. (nothing), Aanleiding (nothing), "
             "Beoogd effect, Argumenten 1.1 (figures, nothing), 1.2 with italic run-in heads referring to "
             "RANDNUMMERS, in the order rn 21, 14, 16+18, 19, 15: rn 21 = 6 agrees (peilkaart from 1 April 2027); "
             "rn 14 = 1 partly (two steps over three years, not three over six); one paragraph on rn 16 and 18 = 3 "
             "disagrees (no onderbemaling, 'nemen wij dus niet over') + 4 partly (no schaderegeling in the "
             "peilbesluit, but an independent taxateur paid by the waterschap); rn 19 = 5 noted (a provincial "
             "matter, passed to the stuurgroep, plan in 2028); rn 15 = 2 agrees (beslisregel annex, sms/e-mail 48 "
             "hours ahead); rn 23 = 7 (evaluation after five years) unanswered; 1.3 zienswijzen, Kanttekeningen, "
             "Financiën and Vervolg answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()
