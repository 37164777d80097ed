"""Round 66 (nl): an ADVIES of the Flemish STRATEGISCHE ADVIESRAAD VOOR LANDBOUW EN VISSERIJ (SALV) on a draft
concept note of the Vlaamse Regering on generational renewal in farming, answered by the Vlaamse minister's
ANTWOORDBRIEF (the reply to a strategic advisory council's advice: 'antwoordplicht').

Advice: SALV advies, 3 p.: title page block (advies number, date, requester, scope line), a shaded framed
'Samenvatting' whose numbered list 1.-7. is the ONLY place the recommendations stand (imperatives 'Richt ... op',
'Verleng', 'Laat ... evalueren', 'Zet ... op', 'Rapporteer', plus 'De SALV vraagt om' and 'De raad adviseert om'),
then 1 Situering (the concept note's own five actions numbered 1-5; the GLB-strategisch plan's 'moet ... voldoen'),
2 Algemene bemerkingen (Tabel 1 of farm transfers, 'De SALV stelt vast', the 2022 SALV advice quoted and reported as
followed), 3 Specifieke bemerkingen 3.1-3.5 explaining the points without advice verbs ('zou ... moeten', a
minority position of the nature organisations 'vinden dat ... zou moeten'), signature.
Response: letter of the Vlaamse minister (Vlaamse overheid letterhead, reference row uw bericht / uw kenmerk / ons
kenmerk / bijlagen), bold theme headings without numbers in another order: introduction (nothing), 'Toegang tot
grond' = 4 disagrees, 'Vestigingssteun en vakbekwaamheid' = 3 agrees + 2 partly (ONE section), 'Opvolging' = 7
agrees, 'Begeleiding van overnames' = 1 agrees, 'Pacht' = 5 noted, 'Budgettaire context' (nothing), closing
(nothing); 6 (credit guarantees with banks and VLIF) unanswered.
Engine: reportlab platypus (DejaVu, `invariant=1`).

Run: /tmp/blind66nl/bin/python tests/docs/src/blind66/gen_nl_salv_reportlab.py"""
import os
import sys

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

sys.path.insert(0, os.path.dirname(__file__))
import _b66nl as B  # noqa: E402

rl_config.invariant = 1
NAME = "blind66_nl_salv"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf"), ("SE", "DejaVuSerif.ttf"), ("SEB", "DejaVuSerif-Bold.ttf"),
              ("SEI", "DejaVuSerif-Italic.ttf"), ("SEBI", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")
pdfmetrics.registerFontFamily("SE", normal="SE", bold="SEB", italic="SEI", boldItalic="SEBI")

OLIVE = colors.HexColor("#4d6b1f")
PALE = colors.HexColor("#f1f5e8")
GREY = colors.HexColor("#5a5a5a")
YEL = colors.HexColor("#ffe615")


def st(size=9.0, lead=13.4, fam="SE", **kw):
    return ParagraphStyle(fam + str(size) + str(lead) + str(sorted(kw.items())), fontName=fam, fontSize=size,
                          leading=lead, **kw)


S = {
    "b": st(9.0, 13.6, "SE", spaceAfter=6, alignment=4),
    "h": st(11, 14.5, "DSB", spaceBefore=9, spaceAfter=4, textColor=OLIVE),
    "h3": st(9.4, 13, "DSB", spaceBefore=6, spaceAfter=2),
    "li": st(9.0, 13.4, "SE", leftIndent=7 * mm, bulletIndent=1 * mm, spaceAfter=3),
    "q": st(8.8, 13, "SEI", leftIndent=8 * mm, rightIndent=8 * mm, textColor=GREY, spaceAfter=6),
    "boxh": st(11, 14, "DSB", textColor=OLIVE, spaceAfter=4),
    "box": st(8.9, 13, "DS", spaceAfter=4, alignment=4),
    "num": st(8.9, 13, "DS", leftIndent=7 * mm, bulletIndent=0, spaceAfter=4),
    "cell": st(8.0, 10.6, "DS"),
    "cellh": st(8.0, 10.6, "DSB", textColor=colors.white),
    "cap": st(7.6, 10, "DSI", textColor=GREY, spaceBefore=3, spaceAfter=7),
    "tt": st(18, 22, "DSB", textColor=OLIVE, spaceAfter=4),
    "ts": st(11, 14, "DS", textColor=GREY, spaceAfter=8),
    "meta": st(8.2, 11.6, "DS"),
    "metab": st(8.2, 11.6, "DSB"),
    # response
    "r": st(9.2, 13.8, "DS", spaceAfter=7, alignment=4),
    "ra": st(9.2, 13.8, "DS", spaceAfter=7),
    "rh": st(9.4, 13.4, "DSB", spaceBefore=6, spaceAfter=2),
    "rs": st(7.4, 9.8, "DS", textColor=GREY),
    "rsb": st(7.4, 9.8, "DSB"),
}
S["h"].keepWithNext = 1
S["h3"].keepWithNext = 1
S["rh"].keepWithNext = 1


def adv_deco(c, doc):
    c.saveState()
    w, h = A4
    c.setFillColor(OLIVE)
    c.rect(0, h - 12 * mm, w, 12 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DSB", 9)
    c.drawString(20 * mm, h - 7.6 * mm, "SALV")
    c.setFont("DS", 7.6)
    c.drawString(33 * mm, h - 7.6 * mm, "Strategische Adviesraad voor Landbouw en Visserij")
    c.drawRightString(w - 20 * mm, h - 7.6 * mm, "Advies 2026-03")
    c.setFillColor(GREY)
    c.setFont("DS", 7.2)
    c.drawString(20 * mm, 11 * mm, "SALV-advies 2026-03  -  Generatievernieuwing in de landbouw")
    c.drawRightString(w - 20 * mm, 11 * mm, f"{doc.page}")
    c.restoreState()


def advice():
    doc = BaseDocTemplate(B.out(NAME + "_advice.pdf"), pagesize=A4, title="Advies generatievernieuwing",
                          author="Strategische Adviesraad voor Landbouw en Visserij")
    fr = Frame(20 * mm, 18 * mm, 170 * mm, 258 * mm, id="f", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=adv_deco)])
    f = [Spacer(1, 4 * mm),
         Paragraph("Advies", S["ts"]),
         Paragraph("Conceptnota 'Generatievernieuwing in de landbouw'", S["tt"]),
         Spacer(1, 2 * mm)]
    meta = Table([[Paragraph(a, S["metab"]), Paragraph(b, S["meta"])] for a, b in (
        ("Datum", "20 februari 2026"), ("Adviesnummer", "2026-03"),
        ("Adviesvrager", "Vlaams minister van Landbouw, bij brief van 5 december 2025"),
        ("Opgesteld door", "Commissie Landbouwstructuren, goedgekeurd door de SALV-raad"))],
        colWidths=(34 * mm, 136 * mm))
    meta.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LINEBELOW", (0, -1), (-1, -1), 0.6, OLIVE)]))
    f += [meta, Spacer(1, 5 * mm)]
    recs = [
        "Richt binnen het Departement Landbouw en Visserij één loket bedrijfsovername op dat overlaters en "
        "overnemers begeleidt van de eerste verkenning tot de overdracht.",
        "De SALV vraagt om de vestigingssteun voor jonge landbouwers te verhogen van 70.000 naar 100.000 euro "
        "per bedrijf.",
        "Verleng de termijn waarbinnen jonge landbouwers aan de voorwaarde van vakbekwaamheid moeten voldoen van "
        "36 naar 48 maanden.",
        "De raad adviseert om jonge landbouwers voorrang te geven bij de verkoop of verpachting van gronden uit de "
        "Vlaamse grondenbank.",
        "Laat de effecten van de pachtregelgeving op bedrijfsovernames binnen twee jaar onafhankelijk "
        "evalueren.",
        "Zet met de banken en het Vlaams Landbouwinvesteringsfonds (VLIF) een structureel overleg op over de "
        "borgstelling voor overnamekredieten.",
        "Rapporteer jaarlijks aan de SALV over het aantal bedrijfsovernames en over het gebruik van de nieuwe "
        "maatregelen.",
    ]
    inner = [Paragraph("Samenvatting", S["boxh"]),
             Paragraph("De SALV steunt de ambitie van de conceptnota om meer jonge landbouwers aan de slag te helpen. "
                       "Het aantal bedrijfsovernames daalt al jaren en de overnemers worden steeds ouder. De raad "
                       "vindt de voorgestelde acties een goed begin, maar mist een aanpak van de twee grootste "
                       "drempels: de prijs van grond en de financiering van de overname. De SALV formuleert daarom "
                       "de volgende aanbevelingen:", S["box"])]
    inner += [Paragraph(t, S["num"], bulletText=f"{i}.") for i, t in enumerate(recs, 1)]
    box = Table([[inner]], colWidths=(170 * mm,))
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE), ("BOX", (0, 0), (-1, -1), 0.8, OLIVE),
                             ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                             ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    f += [box, Spacer(1, 3 * mm),
          Paragraph("1. Situering", S["h"]),
          Paragraph("Bij brief van 5 december 2025 vroeg de Vlaamse minister van Landbouw de SALV om advies over de "
                    "conceptnota 'Generatievernieuwing in de landbouw'. De nota stelt vijf acties voor:", S["b"]),
          Paragraph("een opleidingstraject voor overlaters;", S["li"], bulletText="1."),
          Paragraph("een vereenvoudigde aanvraag voor de vestigingssteun;", S["li"], bulletText="2."),
          Paragraph("een platform waarop overlaters en kandidaat-overnemers elkaar kunnen vinden;", S["li"],
                    bulletText="3."),
          Paragraph("een communicatiecampagne over het beroep van landbouwer;", S["li"], bulletText="4."),
          Paragraph("een proefproject met gedeeld grondbezit in twee provincies.", S["li"], bulletText="5."),
          Paragraph("Het Vlaamse GLB-strategisch plan bepaalt dat een jonge landbouwer binnen 36 maanden na de "
                    "vestiging aan de voorwaarde van vakbekwaamheid moet voldoen. De vestigingssteun bedraagt nu "
                    "ten hoogste 70.000 euro.", S["b"]),
          Paragraph("2. Algemene bemerkingen", S["h"]),
          Paragraph("De SALV stelt vast dat het aantal overnames in Vlaanderen tussen 2020 en 2024 met bijna een "
                    "vijfde is gedaald (Tabel 1). Op meer dan de helft van de bedrijven met een bedrijfsleider "
                    "ouder dan 55 jaar is geen opvolger bekend.", S["b"])]
    rows = [["Jaar", "Overnames", "Waarvan buiten de familie", "Gemiddelde leeftijd overnemer"],
            ["2020", "612", "58", "31,4"], ["2022", "547", "61", "32,2"], ["2024", "496", "66", "33,1"]]
    data = [[Paragraph(c, S["cellh"]) for c in rows[0]]] + [[Paragraph(c, S["cell"]) for c in r] for r in rows[1:]]
    t = Table(data, colWidths=(26 * mm, 32 * mm, 52 * mm, 60 * mm))
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), OLIVE), ("GRID", (0, 0), (-1, -1), 0.4, GREY),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, PALE])]))
    f += [t, Paragraph("Tabel 1. Bedrijfsovernames met vestigingssteun (bron: Departement Landbouw en Visserij)",
                       S["cap"]),
          Paragraph("In zijn advies van 2022 over het GLB-strategisch plan vroeg de SALV al 'de aanvraagprocedure "
                    "voor de vestigingssteun te vereenvoudigen'. De raad stelt met tevredenheid vast dat de "
                    "conceptnota daaraan tegemoetkomt met actie 2.", S["b"]),
          Paragraph("De raad waardeert dat de nota ook aandacht heeft voor overnames buiten de familie. Die vormen "
                    "nog maar 13 % van het totaal, maar zijn voor de toekomst van de sector onmisbaar.", S["b"]),
          Paragraph("3. Specifieke bemerkingen", S["h"]),
          Paragraph("3.1 Begeleiding", S["h3"]),
          Paragraph("Overlaters en overnemers moeten vandaag zelf hun weg zoeken tussen de boekhouder, de notaris, "
                    "de bank en verschillende overheidsdiensten. Een overname duurt gemiddeld zeven jaar. De "
                    "begeleiding zou al moeten starten wanneer de overlater rond de 55 jaar is, en niet pas op het "
                    "ogenblik van de verkoop.", S["b"]),
          Paragraph("3.2 Vestigingssteun en vakbekwaamheid", S["h3"]),
          Paragraph("Sinds de invoering van het huidige bedrag zijn de overnameprijzen met ruim 30 % gestegen. Veel "
                    "jonge landbouwers combineren de start van hun bedrijf met een avondopleiding; de termijn van 36 "
                    "maanden blijkt voor hen vaak te krap.", S["b"]),
          Paragraph("3.3 Grond", S["h3"]),
          Paragraph("De prijs van landbouwgrond is in tien jaar verdubbeld. De Vlaamse grondenbank verkoopt en "
                    "verpacht elk jaar enkele honderden hectaren zonder dat jonge landbouwers daarbij een "
                    "bijzondere positie hebben. De vertegenwoordigers van de natuur- en milieuorganisaties in de "
                    "raad vinden dat een eventuele voorrang zou moeten gelden voor bedrijven die agro-ecologisch "
                    "werken; de andere leden delen dat standpunt niet.", S["b"]),
          Paragraph("3.4 Pacht", S["h3"]),
          Paragraph("Na de regionalisering van de pachtwet zijn de regels in 2019 aangepast. Verpachters kiezen "
                    "sindsdien vaker voor korte contracten, wat de zekerheid voor overnemers verkleint. Hoe groot "
                    "dat effect is, weet niemand precies.", S["b"]),
          Paragraph("3.5 Financiering en opvolging", S["h3"]),
          Paragraph("Banken vragen bij overnamekredieten hoge waarborgen. Het VLIF kan borg staan, maar de "
                    "voorwaarden zijn weinig bekend. Tot slot ontbreken cijfers over het gebruik van de bestaande "
                    "maatregelen; zonder zulke cijfers kan de raad het beleid niet goed volgen.", S["b"]),
          Spacer(1, 4 * mm),
          KeepTogether([Paragraph("Voor de SALV,", S["b"]),
                        Paragraph("Hilde Vanhoutte, voorzitter<br/>Bert Claerhout, secretaris", S["b"])])]
    doc.build(f)


def res_first(c, doc):
    c.saveState()
    w, h = A4
    c.setFillColor(YEL)
    c.rect(20 * mm, h - 30 * mm, 14 * mm, 14 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("DSB", 11)
    c.drawString(38 * mm, h - 21 * mm, "Vlaamse overheid")
    c.setFont("DS", 8)
    c.drawString(38 * mm, h - 25.5 * mm, "Kabinet van de Vlaamse minister van Landbouw")
    c.drawString(38 * mm, h - 29.5 * mm, "Koning Albert II-laan 20, 1000 Brussel")
    res_later(c, doc)
    c.restoreState()


def res_later(c, doc):
    c.saveState()
    w, h = A4
    c.setFillColor(GREY)
    c.setFont("DS", 7.2)
    c.drawRightString(w - 22 * mm, 12 * mm, f"pagina {doc.page}")
    if doc.page > 1:
        c.drawString(22 * mm, h - 14 * mm, "Antwoord op SALV-advies 2026-03")
    c.restoreState()


def response():
    doc = BaseDocTemplate(B.out(NAME + "_response.pdf"), pagesize=A4, title="Antwoord op SALV-advies 2026-03",
                          author="Vlaamse overheid")
    f1 = Frame(22 * mm, 20 * mm, 166 * mm, 232 * mm, id="f1", leftPadding=0, rightPadding=0)
    f2 = Frame(22 * mm, 20 * mm, 166 * mm, 254 * mm, id="f2", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate(id="first", frames=[f1], onPage=res_first, autoNextPageTemplate="later"),
                          PageTemplate(id="later", frames=[f2], onPage=res_later)])
    addr = Paragraph("Strategische Adviesraad voor Landbouw en Visserij<br/>t.a.v. mevrouw Hilde Vanhoutte, "
                     "voorzitter<br/>Koning Albert II-laan 35 bus 40<br/>1030 Brussel", S["ra"])
    ref = Table([[Paragraph(x, S["rsb"]) for x in ("uw bericht van", "uw kenmerk", "ons kenmerk", "bijlagen")],
                 [Paragraph(x, S["rs"]) for x in ("20 februari 2026", "SALV/2026-03", "KAB-LV/2026/0412", "-")]],
                colWidths=(42 * mm, 42 * mm, 42 * mm, 40 * mm))
    ref.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
    R, H = S["r"], S["rh"]
    f = [Table([[None, addr]], colWidths=(86 * mm, 80 * mm),
               style=[("LEFTPADDING", (0, 0), (-1, -1), 0)]),
         Spacer(1, 5 * mm), ref, Spacer(1, 5 * mm),
         Paragraph("<b>Betreft: antwoord op het advies over de conceptnota 'Generatievernieuwing in de "
                   "landbouw'</b>", S["ra"]),
         Paragraph("Geachte voorzitter,", R),
         Paragraph("Ik dank de SALV voor het advies van 20 februari 2026 over de conceptnota 'Generatievernieuwing in "
                   "de landbouw'. De Vlaamse Regering heeft de conceptnota op 27 maart 2026 goedgekeurd en daarbij "
                   "rekening gehouden met uw advies. In deze brief licht ik toe wat de regering met uw voorstellen "
                   "doet.", R),
         Paragraph("Toegang tot grond", H),
         Paragraph("De Vlaamse grondenbank moet haar gronden volgens het decreet transparant en tegen "
                   "marktconforme voorwaarden toewijzen aan wie het best past in het project waarvoor de grond is "
                   "verworven. Een algemene voorrang voor een leeftijdsgroep is daarmee niet verenigbaar. De "
                   "regering gaat daarom niet in op het voorstel om jonge landbouwers bij de grondenbank voorrang "
                   "te geven. Het proefproject met gedeeld grondbezit uit de conceptnota biedt hun wel een "
                   "alternatieve weg naar grond.", R),
         Paragraph("Vestigingssteun en vakbekwaamheid", H),
         Paragraph("Vanaf de aanvraagronde 2027 krijgen jonge landbouwers 48 maanden de tijd om aan de voorwaarde "
                   "van vakbekwaamheid te voldoen; de nodige wijziging van het GLB-strategisch plan is bij de "
                   "Europese Commissie ingediend. De vestigingssteun verhoog ik tot 85.000 euro. Een verhoging tot "
                   "100.000 euro, zoals de raad voorstelt, past niet binnen het beschikbare budget voor de tweede "
                   "pijler.", R),
         Paragraph("Opvolging", H),
         Paragraph("Het departement zal vanaf 2027 elk jaar in het voorjaar een overzicht van de bedrijfsovernames "
                   "en van het gebruik van de maatregelen aan de SALV bezorgen. Ik ga daar graag op in, omdat het "
                   "ook de regering helpt om het beleid bij te sturen.", R),
         Paragraph("Begeleiding van overnames", H),
         Paragraph("Ik neem het voorstel voor één aanspreekpunt over. Binnen het Departement Landbouw en Visserij "
                   "start in januari 2027 een overnameloket dat overlaters vanaf 55 jaar actief benadert en hen tot "
                   "aan de overdracht begeleidt, in samenwerking met de bedrijfsadviesdiensten.", R),
         Paragraph("Pacht", H),
         Paragraph("Ik heb kennis genomen van uw vraag naar een evaluatie van de pachtregelgeving. Het departement "
                   "verzamelt momenteel gegevens over de looptijd van nieuwe pachtcontracten. Op basis daarvan zal "
                   "ik in 2027 bekijken of een ruimere evaluatie opportuun is.", R),
         Paragraph("Budgettaire context", H),
         Paragraph("De maatregelen uit de conceptnota worden gefinancierd binnen de bestaande kredieten van het "
                   "beleidsdomein Landbouw en Visserij en het GLB-strategisch plan. Er is in 2026 en 2027 in "
                   "totaal 11,4 miljoen euro voor uitgetrokken.", R),
         Paragraph("Ik dank de raad nogmaals voor zijn constructieve bijdrage en kijk uit naar de verdere "
                   "samenwerking bij de uitwerking van de conceptnota.", R),
         Paragraph("Met vriendelijke groet,", R),
         Spacer(1, 6 * mm),
         Paragraph("Jan Vercruysse<br/>Vlaams minister van Landbouw", R)]
    doc.build(f)


def expected():
    B.write_expected(NAME, [
        (1, "Richt binnen het Departement Landbouw en Visserij één loket bedrijfsovername",
         "Ik neem het voorstel voor één aanspreekpunt over", "agrees"),
        (2, "De SALV vraagt om de vestigingssteun voor jonge landbouwers te",
         "De vestigingssteun verhoog ik tot 85.000 euro", "partly"),
        (3, "Verleng de termijn waarbinnen jonge landbouwers aan de voorwaarde van",
         "krijgen jonge landbouwers 48 maanden de tijd", "agrees"),
        (4, "De raad adviseert om jonge landbouwers voorrang te geven bij",
         "De regering gaat daarom niet in op het voorstel", "disagrees"),
        (5, "Laat de effecten van de pachtregelgeving op bedrijfsovernames binnen twee",
         "Ik heb kennis genomen van uw vraag naar een evaluatie", "noted"),
        (6, "Zet met de banken en het Vlaams Landbouwinvesteringsfonds (VLIF) een", None, "unanswered"),
        (7, "Rapporteer jaarlijks aan de SALV over het aantal bedrijfsovernames",
         "Het departement zal vanaf 2027 elk jaar in het voorjaar", "agrees"),
    ], [
        "De Vlaamse Regering heeft de conceptnota op 27 maart 2026",
        "Er is in 2026 en 2027 in totaal",
        "Ik dank de raad nogmaals voor zijn constructieve bijdrage",
    ], "ADVIES of the Flemish STRATEGISCHE ADVIESRAAD VOOR LANDBOUW EN VISSERIJ (SALV) on the Vlaamse Regering's "
       "concept note on generational renewal in farming, answered by the Vlaamse minister's ANTWOORDBRIEF "
       "(antwoordplicht). The GLB-strategisch plan, the Vlaamse grondenbank and the VLIF are real; the advice, "
       "concept note, people, figures, references and the quoted 2022 advice are invented. The seven recommendations "
       "stand ONLY as the numbered list 1.-7. in the shaded, framed 'Samenvatting' on page 1 (numbers are the list "
       "numbers): imperatives 'Richt ... op', 'Verleng', 'Laat ... evalueren', 'Zet ... op', 'Rapporteer', plus 'De "
       "SALV vraagt om' and 'De raad adviseert om'. Not recommendations: the box's own lead-in ('De raad vindt', "
       "'mist een aanpak'), the concept note's five actions numbered 1.-5. in 1 Situering (a second numbered list), "
       "the GLB plan's 'moet voldoen', Tabel 1, 'De SALV stelt vast', the 2022 advice quoted ('de aanvraagprocedure "
       "... te vereenvoudigen') and reported as met, 'De raad waardeert', 3.1-3.5 explaining each point without "
       "advice verbs ('Overlaters en overnemers moeten vandaag zelf', 'zou al moeten starten'), the nature "
       "organisations' minority view ('vinden dat ... zou moeten gelden'). Response: letter, bold theme headings "
       "without numbers in another order: introduction (nothing); 'Toegang tot grond' = 4 disagrees ('gaat daarom "
       "niet in op het voorstel'; the grondenbank's own 'moet ... toewijzen' is law, not advice); ONE section "
       "'Vestigingssteun en vakbekwaamheid' = 3 agrees (48 months) + 2 partly (85.000 instead of 100.000 euro); "
       "'Opvolging' = 7 agrees; 'Begeleiding van overnames' = 1 agrees ('neem ... over'); 'Pacht' = 5 noted ('heb "
       "kennis genomen', will look in 2027 whether an evaluation is opportune); 'Budgettaire context' and the "
       "closing (nothing); 6 (credit guarantees with banks and the VLIF) UNANSWERED.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)
