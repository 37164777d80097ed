"""Round 58 (nl): an ADVIES of the (Belgian) FEDERALE RAAD VOOR DUURZAME ONTWIKKELING (FRDO) on the voorontwerp of
the Federaal Plan voor Duurzame Ontwikkeling, answered by the annex 'Verwerking van de adviezen' of the DEFINITIVE
PLAN as the federal government adopted it (the amended plan explains per advice what it changed).

Advice: FRDO layout (bilingual FRDO / CFDD band, advice code 2026a04N, 'op vraag van' line), a short italic
Samenvatting that paraphrases the main points, then numbered chapters whose paragraphs are LETTERED in brackets
'[a]' ... '[t]' in a hanging column (FRDO house style). Seven UNNUMBERED recommendations are the bold sentences in
seven of those paragraphs ('De raad beveelt aan om ...', 'De raad vraagt de regering om ...', 'De raad beveelt de
regering aan ...'); numbers are their order 1-7. Not recommendations: the paragraph letters, the legal duty of the
wet van 5 mei 1997 ('moet ... bevatten'), the FRDO's own 2021 advice quoted in italics ('vroeg de raad ...'), a table
of the plan's themes and measures, findings ('zou ... moeten', 'De raad stelt vast'), support ('De raad steunt
...'), and the closing list of members who voted. Response: 'Bijlage 2 - Verwerking van de adviezen over het
voorontwerp' of the definitive plan: 2.1 Inleiding and 2.2 Openbare raadpleging (answer nothing), 2.3 Advies van de
FRDO with run-in subheadings citing the FRDO's paragraph letters ('punt [s]') in the order 7, 3+4 (one paragraph:
3 agrees, 4 disagrees), 1, 6, 2; 2.4 Advies van de Federale Adviesraad voor Ouderen (answers nothing); 5 (public
procurement) unanswered. Engine: reportlab platypus (DejaVu; no shaping, so no ligatures).

Run: /tmp/blind58nl/bin/python tests/docs/src/blind58/gen_nl_frdo_reportlab.py"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, os.path.dirname(__file__))
import _b58nl as B  # noqa: E402

NAME = "blind58_nl_frdo"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf"), ("SE", "DejaVuSerif.ttf"), ("SEB", "DejaVuSerif-Bold.ttf"),
              ("SEI", "DejaVuSerif-Italic.ttf"), ("SEBI", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")
pdfmetrics.registerFontFamily("SE", normal="SE", bold="SEB", italic="SEI", boldItalic="SEBI")

GREEN = colors.HexColor("#2e7d4f")
GREY = colors.HexColor("#5c5c5c")
LIGHT = colors.HexColor("#e6f2ea")
PLUM = colors.HexColor("#6b2c5f")


def st(size=9.4, lead=13.6, fam="DS", **kw):
    return ParagraphStyle(fam + str(size) + str(lead) + str(sorted(kw.items())), fontName=fam, fontSize=size,
                          leading=lead, **kw)


S = {
    "b": st(9.2, 13.4, spaceAfter=4, alignment=4),
    "t": st(14, 18, "DSB", textColor=GREEN, spaceAfter=3),
    "ts": st(9.4, 13, "DS", textColor=GREY, spaceAfter=2),
    "sum": st(8.9, 12.8, "DSI", spaceAfter=4, alignment=4, leftIndent=6 * mm, rightIndent=6 * mm),
    "sumh": st(9, 12, "DSB", textColor=GREEN, leftIndent=6 * mm, spaceBefore=4, spaceAfter=2),
    "h": st(10.6, 14, "DSB", textColor=GREEN, spaceBefore=8, spaceAfter=4),
    "h2": st(9.4, 13, "DSB", spaceBefore=5, spaceAfter=3),
    "q": st(8.8, 12.6, "DSI", leftIndent=6 * mm, rightIndent=4 * mm, spaceAfter=4, textColor=GREY),
    "cell": st(8.1, 10.6, "DS"), "cellb": st(8.1, 10.6, "DSB"),
    "lt": st(8.6, 13.4, "DS", textColor=GREEN),
    "small": st(7.8, 10.6, "DS", textColor=GREY, spaceAfter=2),
    # response (serif body)
    "rb": st(9.6, 14.2, "SE", spaceAfter=5, alignment=4),
    "rh": st(11, 15, "DSB", textColor=PLUM, spaceBefore=8, spaceAfter=4),
    "rt": st(15, 19, "DSB", textColor=PLUM, spaceAfter=3),
    "rs": st(9.2, 13, "DS", spaceAfter=10, textColor=GREY),
    "rr": st(9.6, 14.2, "SE", spaceAfter=5, alignment=4),
}
for _k in ("h", "h2", "rh", "sumh"):
    S[_k].keepWithNext = 1


def adv_deco(c, doc):
    c.saveState()
    w, h = A4
    c.setFillColor(GREEN)
    c.rect(0, h - 16 * mm, w, 16 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("DSB", 12)
    c.drawString(22 * mm, h - 10.5 * mm, "FRDO")
    c.setFont("DS", 12)
    c.drawString(37 * mm, h - 10.5 * mm, "CFDD")
    c.setFont("DS", 7.6)
    c.drawRightString(w - 22 * mm, h - 8.6 * mm, "Federale Raad voor Duurzame Ontwikkeling")
    c.drawRightString(w - 22 * mm, h - 12.4 * mm, "Conseil fédéral du Développement durable")
    c.setFillColor(GREY)
    c.setFont("DS", 7.4)
    c.drawString(22 * mm, 12 * mm, "Advies over het voorontwerp van Federaal Plan voor Duurzame Ontwikkeling")
    c.drawRightString(w - 22 * mm, 12 * mm, f"2026a04N  |  {doc.page}")
    c.restoreState()


def res_deco(c, doc):
    c.saveState()
    w, h = A4
    c.setFillColor(GREY)
    c.setFont("DS", 7.4)
    c.drawString(22 * mm, h - 14 * mm, "Federaal Plan voor Duurzame Ontwikkeling 2026-2030")
    c.drawRightString(w - 22 * mm, h - 14 * mm, "Bijlage 2")
    c.setStrokeColor(PLUM)
    c.setLineWidth(0.6)
    c.line(22 * mm, h - 16 * mm, w - 22 * mm, h - 16 * mm)
    c.setFont("DS", 8)
    c.drawCentredString(w / 2, 12 * mm, str(86 + doc.page))
    c.restoreState()


def lp(letter, text):
    """FRDO paragraph with its letter in brackets in a hanging column."""
    tb = Table([[Paragraph(f"[{letter}]", S["lt"]), Paragraph(text, S["b"])]], colWidths=(10 * mm, 156 * mm))
    tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return tb


def advice():
    P = lambda t, s="b": Paragraph(t, S[s])  # noqa: E731
    f = [Spacer(1, 6 * mm),
         P("Advies over het voorontwerp van vierde Federaal Plan voor Duurzame Ontwikkeling 2026-2030", "t"),
         P("2026a04N &nbsp;&nbsp;|&nbsp;&nbsp; Op vraag van de minister van Klimaat, Leefmilieu en Duurzame "
           "Ontwikkeling, per brief van 12 januari 2026", "ts"),
         P("Voorbereid door de werkgroep Strategieën voor duurzame ontwikkeling &nbsp;|&nbsp; Goedgekeurd door de "
           "Algemene Vergadering van 17 maart 2026 (zie punt 5)", "ts"),
         Spacer(1, 3 * mm),
         P("Samenvatting", "sumh"),
         P("De raad verwelkomt het voorontwerp, maar vindt het te vrijblijvend. Hij mist meetbare doelstellingen en "
           "een duidelijke financiering, vraagt meer openheid over de opvolging door de federale overheidsdiensten, "
           "een sterkere rol voor duurzame aankopen en afstemming met de gewesten, en pleit voor een tussentijdse "
           "evaluatie.", "sum"),
         P("1. Context en adviesvraag", "h"),
         lp("a", "De wet van 5 mei 1997 betreffende de coördinatie van het federale beleid inzake duurzame "
                 "ontwikkeling bepaalt dat de federale regering een Federaal Plan voor Duurzame Ontwikkeling "
                 "vaststelt. Het plan moet de maatregelen bevatten die op federaal niveau worden genomen om de "
                 "doelstellingen van de federale langetermijnvisie te bereiken, en het voorontwerp moet aan de raad "
                 "voor advies worden voorgelegd."),
         lp("b", "Het voorontwerp werd van 15 januari tot 15 maart 2026 aan een openbare raadpleging onderworpen. "
                 "Het bevat 42 maatregelen, verdeeld over zes thema's (tabel 1). De raad beperkt zich in dit advies "
                 "tot de opzet en de opvolging van het plan en tot twee thema's waarover hij eerder adviseerde."),
         Spacer(1, 1 * mm),
         ]
    rows = [["Thema", "Maatregelen", "Trekkende FOD of POD"],
            ["1. Klimaat en energie", "9", "FOD Volksgezondheid (DG Leefmilieu)"],
            ["2. Circulaire economie", "7", "FOD Economie"],
            ["3. Mobiliteit", "6", "FOD Mobiliteit en Vervoer"],
            ["4. Armoede en sociale inclusie", "8", "POD Maatschappelijke Integratie"],
            ["5. Voorbeeldrol van de overheid", "7", "FOD BOSA"],
            ["6. Internationale samenwerking", "5", "FOD Buitenlandse Zaken"]]
    t = Table([[Paragraph(c, S["cellb"] if i == 0 else S["cell"]) for c in r] for i, r in enumerate(rows)],
              colWidths=(62 * mm, 26 * mm, 78 * mm))
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, GREEN), ("LINEBELOW", (0, 1), (-1, -1), 0.3, GREY),
                           ("BACKGROUND", (0, 0), (-1, 0), LIGHT), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    f += [P("<b>Tabel 1</b> Thema's en maatregelen in het voorontwerp", "small"), t, Spacer(1, 3 * mm)]
    f += [
        P("2. Algemene beschouwingen", "h"),
        P("2.1 Doelstellingen", "h2"),
        lp("c", "De raad steunt de keuze om het plan te structureren rond zes thema's die aansluiten bij de "
                "federale langetermijnvisie. Hij stelt echter vast dat slechts elf van de 42 maatregelen een "
                "kwantitatieve doelstelling bevatten, en dat bij de meeste maatregelen geen termijn wordt vermeld. "
                "Een plan dat de regering over vijf jaar moet kunnen verantwoorden, zou volgens de raad ook moeten "
                "aangeven wanneer een maatregel geslaagd is."),
        lp("d", "<b>De raad beveelt aan om voor elk van de 42 maatregelen een meetbare doelstelling, een termijn en "
                "een verantwoordelijke federale overheidsdienst in het plan op te nemen.</b> Waar een kwantitatieve "
                "doelstelling niet mogelijk is, kan een mijlpaal volstaan."),
        P("2.2 Financiering", "h2"),
        lp("e", "Het voorontwerp vermeldt dat de maatregelen 'binnen de bestaande budgettaire ruimte' worden "
                "uitgevoerd. Voor een aantal maatregelen, zoals het renovatieprogramma voor federale gebouwen, is "
                "dat volgens de raad niet realistisch."),
        lp("f", "<b>De raad vraagt de regering om bij elke maatregel aan te geven met welk budget en uit welke "
                "begrotingspost zij wordt gefinancierd.</b> Zo kan het Parlement bij de begrotingsbespreking nagaan "
                "of de middelen er ook werkelijk zijn."),
        P("2.3 Opvolging en rapportering", "h2"),
        lp("g", "In zijn advies over het derde plan (2021a03N) vroeg de raad al <i>de opvolging van het plan "
                "transparanter te maken en de rapporten van de federale overheidsdiensten systematisch te "
                "publiceren</i>. Dat is slechts gedeeltelijk gebeurd: de rapporten van de leden van de "
                "Interdepartementale Commissie voor Duurzame Ontwikkeling (ICDO) worden opgesteld, maar niet "
                "openbaar gemaakt."),
        lp("h", "De raad stelt vast dat het Federaal Planbureau in zijn federaal rapport de uitvoering van het "
                "vorige plan pas na afloop ervan heeft kunnen beoordelen. Een bijsturing tijdens de looptijd was "
                "daardoor niet mogelijk."),
        lp("i", "<b>De raad beveelt aan om de jaarlijkse rapporten van de ICDO-leden over de uitvoering van het "
                "plan voortaan openbaar te maken en in de bevoegde Kamercommissie te bespreken.</b>"),
        lp("j", "De regelgevingsimpactanalyse (RIA) bevat een thema duurzame ontwikkeling, maar in de praktijk wordt "
                "die analyse vaak pas ingevuld als een ontwerp al klaar is. De raad verwijst hiervoor naar de "
                "evaluatie van de RIA door het Federaal Instituut voor Duurzame Ontwikkeling (FIDO) uit 2024."),
        lp("k", "<b>De raad beveelt de regering aan de regelgevingsimpactanalyse uit te breiden met een verplichte "
                "toets aan de zeventien doelstellingen voor duurzame ontwikkeling.</b> Die toets zou al bij de "
                "eerste lezing in de Ministerraad moeten gebeuren."),
        P("3. Opmerkingen bij de thema's", "h"),
        P("3.1 Voorbeeldrol van de overheid (thema 5)", "h2"),
        lp("l", "De federale overheid koopt jaarlijks voor ongeveer 8,5 miljard euro aan goederen en diensten aan. "
                "Sinds de omzendbrief van 16 mei 2014 moeten federale aanbesteders duurzaamheidscriteria "
                "'in overweging nemen', maar een verplichting is dat niet."),
        lp("m", "<b>De raad beveelt aan om uiterlijk in 2028 duurzaamheidscriteria verplicht te maken voor alle "
                "federale aankopen van voertuigen, IT-materiaal en catering.</b>"),
        lp("n", "De raad steunt de maatregel om de energieprestatie van federale gebouwen te verbeteren. Hij merkt "
                "wel op dat de Regie der Gebouwen daarvoor zou moeten beschikken over een meerjarenbudget."),
        P("3.2 Circulaire economie en mobiliteit (thema's 2 en 3)", "h2"),
        lp("o", "Veel maatregelen in deze thema's raken aan bevoegdheden van de gewesten, zoals het afvalbeleid en "
                "het openbaar vervoer. Het voorontwerp vermeldt niet hoe de federale maatregelen op het gewestelijke "
                "beleid worden afgestemd."),
        lp("p", "<b>De raad vraagt de regering om de gewesten via het Overlegcomité te betrekken bij de uitwerking "
                "van de maatregelen rond circulaire economie en mobiliteit.</b>"),
        P("4. Evaluatie", "h"),
        lp("q", "Het plan loopt tot 2030. De raad vindt het belangrijk dat de regering niet tot het einde van de "
                "looptijd wacht om na te gaan of de maatregelen effect hebben."),
        lp("r", "<b>De raad beveelt aan om in 2028 een onafhankelijke tussentijdse evaluatie van het plan te laten "
                "uitvoeren door het Federaal Planbureau.</b> De resultaten zouden tijdig beschikbaar moeten zijn "
                "om het vijfde plan voor te bereiden."),
        P("5. Stemming", "h"),
        lp("s", "Dit advies werd met consensus goedgekeurd door de Algemene Vergadering van 17 maart 2026. De "
                "vertegenwoordigers van de werkgeversorganisaties maken een voorbehoud bij punt [m] wat de termijn "
                "betreft."),
        lp("t", "Aanwezige en vertegenwoordigde stemgerechtigde leden: 21 van de 24. De lijst van de leden die aan "
                "de stemming deelnamen, is opgenomen in de bijlage bij dit advies."),
        P("Bijlage. Leden die aan de stemming deelnamen", "h"),
        P("<b>Voorzitter:</b> mevrouw Hilde Verstraeten-Mommaerts", "b"),
        P("<b>Milieuorganisaties:</b> 4 van de 6 leden; <b>organisaties voor ontwikkelingssamenwerking:</b> 5 "
          "van de 6; <b>organisaties van consumenten:</b> 2 van de 2; <b>werknemersorganisaties:</b> 6 van de 6; "
          "<b>werkgeversorganisaties:</b> 4 van de 6. De namen van de leden zijn opgenomen in het jaarverslag van "
          "de raad.", "b"),
        P("<b>Vergaderingen van de werkgroep:</b> 26 januari, 9 februari, 23 februari en 6 maart 2026. Het "
          "secretariaat werd verzorgd door Jan Desmedt en Aurélie Lambotte.", "b"),
    ]
    doc = SimpleDocTemplate(B.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=24 * mm, bottomMargin=20 * mm, title="FRDO advies 2026a04N")
    doc.build(f, onFirstPage=adv_deco, onLaterPages=adv_deco)


def response():
    P = lambda t, s="rb": Paragraph(t, S[s])  # noqa: E731
    f = [Spacer(1, 2 * mm),
         P("Bijlage 2 - Verwerking van de adviezen over het voorontwerp", "rt"),
         P("Federaal Plan voor Duurzame Ontwikkeling 2026-2030, vastgesteld door de Ministerraad op 3 juli 2026",
           "rs"),
         P("2.1 Inleiding", "rh"),
         P("Artikel 11 van de wet van 5 mei 1997 schrijft voor dat de regering in het plan aangeeft hoe zij rekening "
           "heeft gehouden met de adviezen en de opmerkingen uit de raadpleging. Deze bijlage geeft daarvan een "
           "overzicht. Verwijzingen naar de maatregelen betreffen de nummering van het definitieve plan; de "
           "letters tussen vierkante haken verwijzen naar de punten van het FRDO-advies."),
         P("2.2 Openbare raadpleging", "rh"),
         P("Tijdens de raadpleging ontving de Federale Overheidsdienst Volksgezondheid 1 214 reacties, waarvan 1 031 "
           "via het online formulier. De meeste reacties gingen over mobiliteit en over de renovatie van "
           "overheidsgebouwen. Een samenvatting van de reacties is gepubliceerd op de website van het FIDO."),
         P("2.3 Advies van de Federale Raad voor Duurzame Ontwikkeling", "rh"),
         P("De regering dankt de raad voor zijn advies 2026a04N, dat zij als bijzonder opbouwend heeft ervaren. Zij "
           "heeft het voorontwerp op verschillende punten aangepast."),
         P("<b>Tussentijdse evaluatie.</b> In punt [r] vraagt de raad om een evaluatie halverwege de looptijd. De "
           "regering volgt dit advies: het Federaal Planbureau zal in de tweede helft van 2028 een tussentijdse "
           "evaluatie uitvoeren, waarvan de resultaten in het voorjaar van 2029 aan de Kamer worden voorgelegd "
           "(maatregel 43, nieuw)."),
         P("<b>Rapportering en impactanalyse.</b> De rapporten van de ICDO-leden worden vanaf het rapportagejaar "
           "2026 op de website van het FIDO gepubliceerd en jaarlijks aan de Kamercommissie voor Klimaat, Leefmilieu "
           "en Duurzame Ontwikkeling bezorgd; daarmee komt de regering tegemoet aan punt [i]. De voorgestelde "
           "uitbreiding van de regelgevingsimpactanalyse in punt [k] neemt de regering daarentegen niet over. De "
           "RIA bevat al een thema duurzame ontwikkeling, en een bijkomende verplichte toets aan zeventien "
           "doelstellingen zou de analyse verzwaren zonder de kwaliteit ervan te verbeteren. De regering kiest er "
           "wel voor de handleiding bij de RIA te actualiseren."),
         P("<b>Meetbare doelstellingen.</b> Naar aanleiding van punt [d] bevat elke maatregel in het definitieve plan "
           "nu een doelstelling of mijlpaal, een termijn en een trekkende overheidsdienst. Waar het voorontwerp "
           "alleen een intentie vermeldde, is die in overleg met de betrokken diensten concreet gemaakt."),
         P("<b>Afstemming met de gewesten.</b> De regering neemt akte van de vraag van de raad in punt [p]. De "
           "samenwerking met de gewesten verloopt via de Interministeriële Conferentie Leefmilieu, die zelf bepaalt "
           "welke dossiers zij aan het Overlegcomité voorlegt. De regering heeft het advies aan de voorzitter van "
           "die conferentie bezorgd."),
         P("<b>Financiering.</b> Voor de twaalf maatregelen met de grootste budgettaire weerslag vermeldt het plan "
           "voortaan de begrotingspost en het geraamde bedrag. Voor de overige maatregelen is dat niet mogelijk, "
           "omdat hun kosten binnen de werkingsmiddelen van de betrokken diensten vallen en de begrotingen jaarlijks "
           "worden vastgesteld. De regering gaat dus niet zo ver als de raad vraagt in punt [f]."),
         P("2.4 Advies van de Federale Adviesraad voor Ouderen", "rh"),
         P("De Federale Adviesraad voor Ouderen vroeg om in het thema armoede en sociale inclusie aandacht te "
           "besteden aan de digitale kloof bij ouderen. De regering heeft maatregel 27 in die zin aangevuld met een "
           "opleidingsaanbod in de openbare bibliotheken, in samenwerking met de gemeenschappen."),
         ]
    doc = SimpleDocTemplate(B.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=24 * mm, bottomMargin=20 * mm, title="FPDO 2026-2030 - Bijlage 2")
    doc.build(f, onFirstPage=res_deco, onLaterPages=res_deco)


def expected():
    B.write_expected(NAME, [
        ("1", "De raad beveelt aan om voor elk van de 42 maatregelen",
         "bevat elke maatregel in het definitieve plan nu een doelstelling", "agrees"),
        ("2", "De raad vraagt de regering om bij elke maatregel aan te geven",
         "De regering gaat dus niet zo ver als de raad vraagt", "partly"),
        ("3", "De raad beveelt aan om de jaarlijkse rapporten van de ICDO-leden",
         "De rapporten van de ICDO-leden worden vanaf het rapportagejaar 2026", "agrees"),
        ("4", "De raad beveelt de regering aan de regelgevingsimpactanalyse uit te breiden",
         "neemt de regering daarentegen niet over", "disagrees"),
        ("5", "De raad beveelt aan om uiterlijk in 2028 duurzaamheidscriteria verplicht te maken",
         None, "unanswered"),
        ("6", "De raad vraagt de regering om de gewesten via het Overlegcomité",
         "De regering neemt akte van de vraag van de raad", "noted"),
        ("7", "De raad beveelt aan om in 2028 een onafhankelijke tussentijdse evaluatie",
         "zal in de tweede helft van 2028 een tussentijdse evaluatie uitvoeren", "agrees"),
    ], ["Tijdens de raadpleging ontving de Federale Overheidsdienst Volksgezondheid",
        "De Federale Adviesraad voor Ouderen vroeg om in het thema",
        "schrijft voor dat de regering in het plan aangeeft hoe"],
        "Belgian FRDO advice 2026a04N (all figures, dates, measures and people invented; the wet van 5 mei 1997 is "
        "real) on the voorontwerp of the Federaal Plan voor Duurzame Ontwikkeling 2026-2030. FRDO house style: the "
        "paragraphs are LETTERED in brackets [a]-[t] in a hanging column. The seven recommendations are UNNUMBERED "
        "bold sentences inside seven of those paragraphs ([d], [f], [i], [k], [m], [p], [r]); numbers are their order "
        "1-7, not the letters. Not recommendations: the italic Samenvatting that paraphrases them, the legal duty in "
        "[a] ('Het plan moet de maatregelen bevatten ...'), table 1 of themes numbered 1.-6., the finding in [c] "
        "('zou ... moeten aangeven'), the FRDO's own 2021 advice quoted in italics in [g] ('vroeg de raad al ...'), "
        "the findings [h], [j], [l] (the omzendbrief: 'moeten ... in overweging nemen'), [n] ('De raad steunt ...', "
        "'zou ... moeten beschikken') and [o], the non-bold sentences after a bold recommendation ('Die toets zou al "
        "... moeten gebeuren', 'De resultaten zouden ... moeten zijn'), and 5 Stemming ([s] mentions 'punt [m]'). "
        "Response: Bijlage 2 of the DEFINITIVE plan (an amended plan explaining how the advice was processed), "
        "pages 87-88, serif body, run-in bold subheadings that cite the FRDO's paragraph letters ('In punt [r]', "
        "'punt [i]', 'punt [k]', 'punt [d]', 'punt [p]', 'punt [f]') but never a recommendation number, in the order "
        "7, 3+4, 1, 6, 2: 'Tussentijdse evaluatie' 7 agrees ('volgt dit advies'); 'Rapportering en impactanalyse' ONE "
        "paragraph 3 agrees (publication, sent to the Kamer committee) + 4 disagrees ('neemt de regering daarentegen "
        "niet over', only the RIA manual updated); 'Meetbare doelstellingen' 1 agrees; 'Afstemming met de gewesten' 6 "
        "noted ('neemt akte van', passed to the Interministeriële Conferentie); 'Financiering' 2 partly (only the "
        "twelve largest measures, 'gaat dus niet zo ver als de raad vraagt'). 5 (procurement criteria) UNANSWERED. "
        "2.1 Inleiding (the legal duty to explain), 2.2 Openbare raadpleging and 2.4 the advice of the Federale "
        "Adviesraad voor Ouderen answer nothing; the thanks at the head of 2.3 is an introduction.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)
