"""Round 72 (nl): the BEOORDELINGSADVIES of the ADVIESCOMMISSIE of a national investment fund (in the manner of the
Nationaal Groeifonds) on one funding proposal, answered by the SUBSIDIEVERLENINGSBESCHIKKING that the minister sends
to the applicant consortium (the decision letter on the application: Besluit, Motivering, Verplichtingen,
Bezwaar).

Advice: 'Beoordelingsadvies Proeftuin Circulair Bouwen Oost' AIBW/2026/R3-07 (invented), 3 p.: a letterhead, a
meta table, an 'Eindoordeel' box (overall judgement and amount, no recommendation), '1 Het voorstel' with Tabel 1 of
the requested budget per deelproject A-D, '2 Beoordelingskader' (the Instellingsbesluit's 'moet ... adviseren',
criteria a.-d.), '3 Beoordeling' with Tabel 2 of scores and findings ('zou ... moeten', 'moet ... worden'), the
committee's second-round advice quoted; '4 Voorwaarden en aanbevelingen': bold codes V1-V4 (voorwaarden) and A1-A3
(aanbevelingen to the consortium) hanging in a margin column (numbers are the codes); '5 Tot slot'.
Response: letter-decision of the minister of Economische Zaken (uitvoering RVO), 2 p.: Aanvraag (nothing), Besluit
(amount, nothing), Motivering by theme, no codes except two: cofinanciering = V4 agrees; governance = V1 agrees; ONE
paragraph 'Regionale economie en kennisdeling' = V3 disagrees + A2 agrees; tweede tranche = V2 partly (go/no-go by
RVO with external experts, not by the committee); woningcorporaties = A1 noted; Verplichtingen articles 1-6
(silently implementing; nothing new), Betaling, Bezwaar (nothing); A3 (independent evaluator) unanswered.
Engine: reportlab platypus (DejaVu, `invariant=1`; letterhead and footer drawn on the canvas).

Run: /tmp/blind72nl/bin/python tests/docs/src/blind72/gen_nl_investeringsfonds_reportlab.py"""
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
import _b72nl as B  # noqa: E402

rl_config.invariant = 1
NAME = "blind72_nl_investeringsfonds"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf"), ("SE", "DejaVuSerif.ttf"), ("SEB", "DejaVuSerif-Bold.ttf"),
              ("SEI", "DejaVuSerif-Italic.ttf"), ("SEBI", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")
pdfmetrics.registerFontFamily("SE", normal="SE", bold="SEB", italic="SEI", boldItalic="SEBI")

GREEN = colors.HexColor("#1f5f4a")
PALE = colors.HexColor("#e8f1ed")
GREY = colors.HexColor("#555555")
RIJK = colors.HexColor("#154273")


def st(size=9.0, lead=13.2, fam="SE", **kw):
    return ParagraphStyle(fam + str(size) + str(lead) + str(sorted(kw.items())), fontName=fam, fontSize=size,
                          leading=lead, **kw)


S = {
    "p": st(9.0, 13.4, "DS", alignment=4, spaceAfter=6),
    "h": st(10.6, 14, "DSB", spaceBefore=9, spaceAfter=4, textColor=GREEN),
    "q": st(8.7, 12.6, "DSI", leftIndent=9 * mm, rightIndent=8 * mm, textColor=GREY, spaceAfter=6),
    "li": st(8.9, 12.8, "DS", leftIndent=7 * mm, firstLineIndent=-5 * mm, spaceAfter=2.5),
    "cell": st(8.0, 10.4, "DS"),
    "cellb": st(8.0, 10.4, "DSB"),
    "code": st(9.0, 13.0, "DSB", textColor=GREEN),
    "rec": st(9.0, 13.0, "DSB"),
    "expl": st(8.7, 12.4, "DS", textColor=colors.HexColor("#333333"), spaceAfter=2),
    "cap": st(7.5, 9.6, "DSI", textColor=GREY, spaceBefore=2, spaceAfter=6),
    "title": st(15.5, 19, "DSB", textColor=GREEN, spaceAfter=3),
    "sub": st(9.8, 13, "DS", spaceAfter=7),
    "box": st(8.9, 12.6, "DS"),
    # response
    "rp": st(9.3, 13.8, "SE", alignment=0, spaceAfter=6),
    "rh": st(9.6, 13.4, "SEB", spaceBefore=7, spaceAfter=2),
    "rart": st(9.0, 13.2, "SE", leftIndent=8 * mm, firstLineIndent=-8 * mm, spaceAfter=3),
    "addr": st(9.3, 13.2, "SE"),
    "side": st(7.2, 9.4, "DS", textColor=GREY),
    "sideb": st(7.2, 9.4, "DSB", textColor=GREY),
}
for k in ("h", "rh"):
    S[k].keepWithNext = 1


def adv_deco(c, doc):
    c.saveState()
    w, h = A4
    if doc.page == 1:
        c.setFillColor(GREEN)
        c.rect(22 * mm, h - 27 * mm, 3 * mm, 12 * mm, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("DSB", 11)
        c.drawString(28 * mm, h - 19.5 * mm, "Adviescommissie Investeringsfonds Brede Welvaart")
        c.setFont("DS", 7.8)
        c.setFillColor(GREY)
        c.drawString(28 * mm, h - 25 * mm, "Secretariaat: Bezuidenhoutseweg 73, Den Haag")
    else:
        c.setFillColor(GREY)
        c.setFont("DS", 7.2)
        c.drawString(22 * mm, h - 13 * mm, "AIBW  |  Beoordelingsadvies Proeftuin Circulair Bouwen Oost  |  "
                                           "AIBW/2026/R3-07")
        c.setStrokeColor(GREEN)
        c.setLineWidth(0.7)
        c.line(22 * mm, h - 15 * mm, w - 22 * mm, h - 15 * mm)
    c.setFillColor(GREY)
    c.setFont("DS", 7.2)
    c.drawRightString(w - 22 * mm, 11 * mm, f"{doc.page}")
    c.drawString(22 * mm, 11 * mm, "Vertrouwelijk tot het besluit op de aanvraag")
    c.restoreState()


def res_deco(c, doc):
    c.saveState()
    w, h = A4
    if doc.page == 1:
        c.setFillColor(RIJK)
        c.rect(w / 2 - 5 * mm, h - 30 * mm, 10 * mm, 30 * mm, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("SE", 8.6)
        c.drawString(w / 2 + 8 * mm, h - 22 * mm, "Ministerie van Economische Zaken")
    c.setFillColor(GREY)
    c.setFont("DS", 7.2)
    c.drawString(24 * mm, 12 * mm, "Datum 21 april 2026  |  Ons kenmerk IBW-R3/26/0007")
    c.drawRightString(w - 24 * mm, 12 * mm, f"Pagina {doc.page} van 2")
    c.restoreState()


def build(name, story, deco, top=20 * mm, first_top=None, side=22 * mm, right=None):
    w, h = A4
    right = right if right is not None else side
    doc = BaseDocTemplate(B.out(name), pagesize=A4, title="", author="", creator="", producer="")
    f1 = Frame(side, 18 * mm, w - side - right, h - (first_top or top) - 18 * mm, id="f1")
    f2 = Frame(side, 18 * mm, w - side - right, h - top - 18 * mm, id="f2")
    doc.addPageTemplates([PageTemplate("first", [f1], onPage=deco, autoNextPageTemplate="rest"),
                          PageTemplate("rest", [f2], onPage=deco)])
    doc.build(story)


def P(t, s="p"):
    return Paragraph(t, S[s])


def grid(rows, widths, head=True):
    data = [[P(c, "cellb" if (head and i == 0) or j == 0 and not head else "cell") for j, c in enumerate(r)]
            for i, r in enumerate(rows)]
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9db7ab")), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if head:
        style.append(("BACKGROUND", (0, 0), (-1, 0), PALE))
    else:
        style.append(("BACKGROUND", (0, 0), (0, -1), PALE))
    return Table(data, colWidths=widths, style=TableStyle(style))


def rec(code, text, expl):
    return Table([[P(code, "code"), [P(text, "rec"), P(expl, "expl")]]], colWidths=[14 * mm, 152 * mm],
                 style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))


def advice():
    s = [P("Beoordelingsadvies Proeftuin Circulair Bouwen Oost", "title"),
         P("Advies aan de minister van Economische Zaken en de minister van Financiën over een voorstel in de "
           "derde ronde van het Investeringsfonds Brede Welvaart", "sub"),
         grid([["Kenmerk", "AIBW/2026/R3-07"], ["Datum", "18 maart 2026"],
               ["Indiener", "Stichting Proeftuin Circulair Bouwen Oost (penvoerder), namens een consortium van "
                            "negentien partijen"],
               ["Aangevraagd", "€ 95 miljoen, waarvan € 61 miljoen voorwaardelijk en € 34 miljoen als reservering"]],
              [30 * mm, 136 * mm], head=False),
         Spacer(1, 4 * mm),
         Table([[[P("<b>Eindoordeel van de commissie: voorwaardelijk positief</b>", "box"),
                  P("De commissie beoordeelt het voorstel als kansrijk en acht een bijdrage van in totaal € 62 "
                    "miljoen verantwoord: € 28 miljoen direct en € 34 miljoen na een tussentijdse beoordeling. "
                    "Het oordeel is gebonden aan de voorwaarden en aanbevelingen in hoofdstuk 4. In het kort "
                    "vraagt de commissie om een steviger bestuur, een harde toezegging van de medefinanciers en "
                    "meer aandacht voor het regionale mkb.", "box")]]],
               colWidths=[166 * mm],
               style=TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE), ("BOX", (0, 0), (-1, -1), 0.8, GREEN),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                                 ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)])),
         P("1 Het voorstel", "h"),
         P("Het consortium wil in Oost-Nederland aantonen dat woningen op grote schaal circulair en industrieel "
           "kunnen worden gebouwd. Het voorstel bestaat uit vier deelprojecten: een digitale materialenbank voor "
           "hergebruikte bouwdelen (A), een fabriek voor houten bouwmodules in Deventer (B), een kennis- en "
           "opleidingsprogramma met drie mbo-instellingen (C) en de regionale uitrol in twaalf gemeenten (D). Het "
           "consortium verwacht dat in 2032 jaarlijks 2.400 woningen op deze manier worden gebouwd."),
         grid([["Deelproject", "Aangevraagd", "Cofinanciering", "Looptijd"],
               ["A  Materialenbank", "€ 14 mln", "€ 6 mln", "2026-2030"],
               ["B  Modulefabriek Deventer", "€ 46 mln", "€ 31 mln", "2026-2031"],
               ["C  Kennis en opleiding", "€ 9 mln", "€ 3 mln", "2026-2029"],
               ["D  Regionale uitrol", "€ 26 mln", "€ 12 mln", "2027-2032"],
               ["Totaal", "€ 95 mln", "€ 52 mln", ""]],
              [62 * mm, 34 * mm, 36 * mm, 34 * mm]),
         P("Tabel 1. Gevraagde bijdrage en cofinanciering per deelproject (bron: aanvraag, bijlage 4).", "cap"),
         P("2 Beoordelingskader", "h"),
         P("Op grond van artikel 7 van het Instellingsbesluit Adviescommissie Investeringsfonds Brede Welvaart "
           "moet de commissie over elk voorstel adviseren aan de hand van vier criteria:"),
         P("a.  de bijdrage aan het duurzame verdienvermogen en de brede welvaart;", "li"),
         P("b.  de kwaliteit en uitvoerbaarheid van het plan;", "li"),
         P("c.  de governance en de betrokkenheid van private partijen;", "li"),
         P("d.  de additionaliteit en de hoogte van de cofinanciering.", "li"),
         P("Een voorstel kan volgens de regeling alleen worden gehonoreerd als het op alle vier criteria ten minste "
           "voldoende scoort. Over de rechtmatigheid van de subsidie oordeelt de commissie niet; dat toetst de "
           "Rijksdienst voor Ondernemend Nederland bij de beschikking, mede aan de Kaderwet EZK- en "
           "LNV-subsidies."),
         P("3 Beoordeling", "h"),
         grid([["Criterium", "Oordeel", "Toelichting"],
               ["a. Brede welvaart", "goed", "forse CO2-reductie; woningen 8 tot 12 procent goedkoper"],
               ["b. Kwaliteit plan", "voldoende", "deelproject D is nog weinig concreet"],
               ["c. Governance", "onvoldoende", "stuurgroep bestaat alleen uit partners"],
               ["d. Cofinanciering", "voldoende", "toezeggingen deels nog niet bindend"]],
              [38 * mm, 26 * mm, 102 * mm]),
         P("Tabel 2. Scores per criterium.", "cap"),
         P("De commissie is positief over de ambitie en over de samenwerking met het onderwijs. De modulefabriek "
           "heeft een sterke businesscase, mits de afzet na 2029 zeker is. Nu zijn nog geen afspraken gemaakt met "
           "woningcorporaties, terwijl zij de belangrijkste afnemers zullen zijn. De commissie stelt verder vast "
           "dat de stuurgroep volledig bestaat uit partijen die zelf middelen uit het fonds ontvangen. Een "
           "onafhankelijke blik op de besteding ontbreekt. De commissie schreef in haar advies over de tweede "
           "ronde al: 'Voorstellen van deze omvang moeten een toezichthoudend orgaan hebben dat onafhankelijk is "
           "van de ontvangers.' Dat geldt onverkort voor dit voorstel.", ),
         P("Over het regionale mkb merkt de commissie op dat de regionale uitrol vooral draait om grote "
           "bouwbedrijven. Het consortium zou de rol van kleinere bouwbedrijven en installateurs beter moeten "
           "beschrijven. Ook moet de cofinanciering van de provincies nog formeel worden vastgelegd: de brieven in "
           "bijlage 6 zijn intentieverklaringen, geen besluiten."),
         P("4 Voorwaarden en aanbevelingen", "h"),
         P("De commissie verbindt aan haar positieve eindoordeel de volgende voorwaarden:"),
         rec("V1", "Het consortium richt vóór de eerste betaling een raad van toezicht in met ten minste drie "
                   "leden die niet verbonden zijn aan een van de partners.",
             "De raad van toezicht keurt het jaarplan goed en rapporteert jaarlijks aan de fondsbeheerder."),
         rec("V2", "De reservering van € 34 miljoen voor de deelprojecten B en D wordt pas omgezet in een "
                   "toekenning na een positieve tussentijdse beoordeling door de commissie in 2028.",
             "Bij die beoordeling kijkt de commissie in elk geval naar de afzet van de fabriek en de afspraken "
             "met afnemers."),
         rec("V3", "Het consortium legt vast dat ten minste 40 procent van de opdrachtwaarde van deelproject D "
                   "wordt gegund aan mkb-bedrijven uit de regio.",
             "Zo komt de investering ook ten goede aan de kleinere bedrijven die de woningen moeten onderhouden."),
         rec("V4", "De deelnemende provincies en gemeenten leggen hun cofinanciering van samen € 21 miljoen "
                   "vóór 1 januari 2027 vast in een bestuurlijk besluit.",
             "Zonder die zekerheid is de financiering van de deelprojecten B en D niet sluitend."),
         P("Daarnaast doet de commissie de volgende aanbevelingen aan het consortium:"),
         rec("A1", "Betrek woningcorporaties als afnemer al bij het ontwerp van de modules, en niet pas bij de "
                   "productie.", "Dat vergroot de kans op een stabiele afzet na 2029."),
         rec("A2", "Stel de gegevens uit de materialenbank als open data beschikbaar voor andere regio's en voor "
                   "onderzoekers.", "Publieke middelen horen te leiden tot kennis die breed toegankelijk is."),
         rec("A3", "Laat een onafhankelijke evaluator jaarlijks rapporteren over de effecten van de proeftuin op "
                   "de brede welvaart in de regio.",
             "Gebruik daarvoor de indicatoren uit de monitor Brede Welvaart van het CBS."),
         P("5 Tot slot", "h"),
         P("De commissie heeft het voorstel besproken met het consortium op 24 februari 2026. Het consortium heeft "
           "aangegeven de voorwaarden in beginsel te kunnen dragen. De commissie adviseert over de derde ronde in "
           "totaal over elf voorstellen; haar overzichtsadvies volgt op 1 april 2026."),
         Spacer(1, 4 * mm),
         P("prof. dr. M.L. (Marieke) Haverkamp, voorzitter<br/>drs. T. (Tarik) El Idrissi, secretaris", "expl")]
    build(NAME + "_advice.pdf", s, adv_deco, first_top=34 * mm)


def response():
    w, h = A4
    addr = Table([[[P("Stichting Proeftuin Circulair Bouwen Oost", "addr"), P("t.a.v. de heer ir. J.H. Wolters, "
                                                                               "penvoerder", "addr"),
                    P("Postbus 1120", "addr"), P("7400 BC  DEVENTER", "addr")],
                   [P("<b>Uitvoering</b>", "sideb"), P("Rijksdienst voor Ondernemend Nederland", "side"),
                    P("Investeringsfonds Brede Welvaart", "side"), Spacer(1, 2 * mm),
                    P("<b>Ons kenmerk</b>", "sideb"), P("IBW-R3/26/0007", "side"), Spacer(1, 2 * mm),
                    P("<b>Uw kenmerk</b>", "sideb"), P("aanvraag IBW-R3-019", "side"), Spacer(1, 2 * mm),
                    P("<b>Bijlage(n)</b>", "sideb"), P("1 (betaalschema)", "side")]]],
                 colWidths=[112 * mm, 46 * mm],
                 style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)]))
    s = [addr, Spacer(1, 6 * mm),
         P("Datum&nbsp;&nbsp;&nbsp;21 april 2026", "rp"),
         P("Betreft&nbsp;&nbsp;&nbsp;Besluit op uw aanvraag in de derde ronde van het Investeringsfonds Brede "
           "Welvaart (Proeftuin Circulair Bouwen Oost)", "rp"),
         Spacer(1, 2 * mm),
         P("Geachte heer Wolters,", "rp"),
         P("Op 30 september 2025 heeft u namens het consortium Proeftuin Circulair Bouwen Oost een bijdrage uit het "
           "Investeringsfonds Brede Welvaart aangevraagd. Met deze brief ontvangt u mijn besluit op die aanvraag. Ik "
           "neem dit besluit mede namens de minister van Financiën.", "rp"),
         P("Besluit", "rh"),
         P("Ik verleen u een subsidie van ten hoogste € 28 miljoen voor de deelprojecten A, B en C en ik reserveer "
           "een bedrag van € 34 miljoen voor de deelprojecten B en D. Aan dit besluit zijn de verplichtingen "
           "verbonden die hieronder zijn opgenomen. Voor het overige wijs ik de aanvraag af.", "rp"),
         P("Motivering", "rh"),
         P("De Adviescommissie Investeringsfonds Brede Welvaart heeft mij op 18 maart 2026 over uw voorstel "
           "geadviseerd. Ik heb haar eindoordeel en het bedrag van € 62 miljoen overgenomen. Hieronder ga ik in op "
           "de voorwaarden en aanbevelingen van de commissie voor zover die voor dit besluit van belang zijn.", "rp"),
         P("<i>Medefinanciering.</i> Ik deel het oordeel van de commissie dat de bijdragen van de provincies en "
           "gemeenten nog onvoldoende zeker zijn. De verplichting om deze bijdragen uiterlijk 31 december 2026 bij "
           "bestuursbesluit vast te leggen, heb ik daarom ongewijzigd opgenomen in artikel 2.", "rp"),
         P("<i>Toezicht.</i> Voorwaarde V1 neem ik volledig over. Een stuurgroep die uitsluitend bestaat uit "
           "ontvangers van de subsidie, acht ook ik niet passend. Artikel 1 bepaalt daarom dat de stichting vóór "
           "de eerste betaling een raad van toezicht met drie externe leden instelt.", "rp"),
         P("<i>Regionale economie en kennisdeling.</i> De commissie vraagt om een vast aandeel van 40 procent voor "
           "regionale mkb-bedrijven in deelproject D. Die voorwaarde verbind ik niet aan de subsidie: een "
           "voorkeur voor bedrijven uit een bepaalde regio verhoudt zich niet tot de regels voor aanbesteding en "
           "staatssteun. Wel vraag ik u in het jaarverslag te melden welk deel van de opdrachten bij het mkb "
           "terechtkomt. Het voorstel om de gegevens van de materialenbank openbaar te maken, neem ik wel over: "
           "op grond van artikel 4 publiceert u die gegevens vanaf 2027 als open data onder een vrije licentie.",
           "rp"),
         P("<i>Reservering.</i> Ook ik vind het verstandig om de reservering pas om te zetten nadat de afzet van de "
           "fabriek is aangetoond. De tussentijdse beoordeling in 2028 wordt echter niet door de commissie "
           "uitgevoerd, maar door de Rijksdienst voor Ondernemend Nederland met twee externe deskundigen. De "
           "commissie heeft na afloop van de derde ronde geen wettelijke taak meer bij de uitvoering.", "rp"),
         P("<i>Afnemers.</i> De commissie beveelt u aan woningcorporaties al bij het ontwerp van de modules te "
           "betrekken. Dat is een keuze van het consortium zelf; ik verbind er geen verplichting aan, maar ik zal "
           "bij de tussentijdse beoordeling wel navragen hoe u dit heeft opgepakt.", "rp"),
         P("Verplichtingen", "rh"),
         P("Artikel 1&nbsp;&nbsp;&nbsp;De stichting stelt vóór de eerste betaling een raad van toezicht in van drie "
           "leden die niet verbonden zijn aan een partner in het consortium.", "rart"),
         P("Artikel 2&nbsp;&nbsp;&nbsp;De stichting legt uiterlijk 31 december 2026 de besluiten van de provincies "
           "en gemeenten over hun bijdrage van samen € 21 miljoen over.", "rart"),
         P("Artikel 3&nbsp;&nbsp;&nbsp;De reservering van € 34 miljoen wordt slechts omgezet in een verlening na "
           "een positief besluit over de tussentijdse beoordeling in 2028.", "rart"),
         P("Artikel 4&nbsp;&nbsp;&nbsp;De stichting maakt de gegevens uit de materialenbank vanaf 1 januari 2027 "
           "openbaar.", "rart"),
         P("Artikel 5&nbsp;&nbsp;&nbsp;De stichting dient jaarlijks vóór 1 mei een voortgangsverslag en een "
           "financieel verslag in.", "rart"),
         P("Artikel 6&nbsp;&nbsp;&nbsp;Wijzigingen in de samenstelling van het consortium worden vooraf gemeld.",
           "rart"),
         P("Betaling", "rh"),
         P("U ontvangt binnen vier weken na de instelling van de raad van toezicht een voorschot van 40 procent. "
           "De overige voorschotten worden betaald volgens het betaalschema in de bijlage.", "rp"),
         P("Bezwaar", "rh"),
         P("Bent u het niet eens met dit besluit, dan kunt u binnen zes weken na de dag van verzending bezwaar maken. "
           "Stuur uw bezwaarschrift naar de Rijksdienst voor Ondernemend Nederland, Postbus 93144, 2509 AC Den "
           "Haag.", "rp"),
         P("Hoogachtend,", "rp"),
         P("de minister van Economische Zaken,<br/>namens deze,<br/><br/>drs. A.C. Veldhuizen<br/>"
           "programmadirecteur Investeringsfonds Brede Welvaart", "rp")]
    build(NAME + "_response.pdf", s, res_deco, top=18 * mm, first_top=40 * mm, side=24 * mm)


def expected():
    B.write_expected(NAME, [
        ("V1", "Het consortium richt vóór de eerste betaling een raad van toezicht",
         "Voorwaarde V1 neem ik volledig over", "agrees"),
        ("V2", "De reservering van € 34 miljoen voor de deelprojecten B en",
         "maar door de Rijksdienst voor Ondernemend Nederland met twee externe deskundigen", "partly"),
        ("V3", "Het consortium legt vast dat ten minste 40 procent van de",
         "Die voorwaarde verbind ik niet aan de subsidie", "disagrees"),
        ("V4", "De deelnemende provincies en gemeenten leggen hun cofinanciering van samen",
         "heb ik daarom ongewijzigd opgenomen in artikel 2", "agrees"),
        ("A1", "Betrek woningcorporaties als afnemer al bij het ontwerp van de modules",
         "Dat is een keuze van het consortium zelf", "noted"),
        ("A2", "Stel de gegevens uit de materialenbank als open data beschikbaar",
         "openbaar te maken, neem ik wel over", "agrees"),
        ("A3", "Laat een onafhankelijke evaluator jaarlijks rapporteren over de effecten van", None, "unanswered"),
    ], [
        "Met deze brief ontvangt u mijn besluit op die aanvraag",
        "Voor het overige wijs ik de aanvraag af",
        "Ik heb haar eindoordeel en het bedrag van € 62 miljoen overgenomen",
        "een voorschot van 40 procent",
        "kunt u binnen zes weken na de dag van verzending bezwaar maken",
    ], "BEOORDELINGSADVIES of the ADVIESCOMMISSIE of an invented national investment fund (in the manner of the "
       "Nationaal Groeifonds) on one funding proposal, answered by the minister's SUBSIDIEVERLENINGSBESCHIKKING to "
       "the applicant consortium. The Kaderwet EZK- en LNV-subsidies, RVO and CBS are real; the fund, its "
       "Instellingsbesluit, the committee, the consortium, the proposal and all people and figures are invented. "
       "The seven recommendations are the bold coded items in '4 Voorwaarden en aanbevelingen': conditions V1-V4 "
       "and recommendations to the consortium A1-A3 (numbers are the codes), each with a plain explanation line. "
       "Not recommendations: the shaded 'Eindoordeel' box (overall judgement, amount, and a short paraphrase 'In "
       "het kort vraagt de commissie om ...'), the criteria a.-d. of the Instellingsbesluit ('moet ... "
       "adviseren'), Tabel 1 and Tabel 2, findings ('zou ... moeten beschrijven', 'moet ... worden vastgelegd'), "
       "the second-round advice quoted ('moeten een toezichthoudend orgaan hebben'), '5 Tot slot'. Response: "
       "letter-decision with a side column; 'Besluit' and the opening of 'Motivering' (nothing); italic run-in "
       "themes without codes except one: Medefinanciering = V4 agrees; Toezicht = V1 agrees ('Voorwaarde V1 neem "
       "ik volledig over'); ONE paragraph 'Regionale economie en kennisdeling' = V3 disagrees (no fixed 40 % "
       "share; only reporting) + A2 agrees (open data); Reservering = V2 partly (go/no-go kept, but by RVO with "
       "external experts, not by the committee); Afnemers = A1 noted (the consortium's own choice, asked about "
       "in 2028). 'Verplichtingen' articles 1-6 restate the decisions (not separate replies), Betaling and "
       "Bezwaar (nothing); A3 (independent yearly evaluator) UNANSWERED.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    sys.exit(B.main([NAME]))
