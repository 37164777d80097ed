"""Round 73 (nl): the EINDRAPPORT of an evaluation committee on the restoration of the island government of Sint
Eustatius (Caribisch Nederland), answered in the next VOORTGANGSRAPPORTAGE SINT EUSTATIUS, the periodic progress
report sent to the Tweede Kamer as an annex to a letter, with a follow-up table per recommendation.

Advice: 'Op eigen kracht verder' (invented committee), 3 p.: Samenvatting paraphrasing recommendations; 1 Opdracht
(the law's 'moet ... worden geëvalueerd'); 2 Bestuur (findings with 'zou ... moeten', the 2018 Commissie van Wijzen
quoted); 3 Financiën with Tabel 1; 4 Organisatie en voorzieningen; the seven recommendations in shaded boxes
headed 'Aanbeveling A' ... 'Aanbeveling G' at the ends of chapters 2-4 (numbers are the letters); 5 Tot slot.
Response: 'Elfde voortgangsrapportage Sint Eustatius', 2 p.: Inleiding, Ontwikkelingen (haven, luchthaven,
drinkwater: nothing); 3 Reactie with a ruled table 'Aanbeveling | Reactie | Status' in the order B, 'F en G' (one
row: agrees + partly), A, D, C; 4 Planning (nothing); E unanswered.
Engine: reportlab platypus (DejaVu, invariant=1; letterhead and footer on the canvas).

Run: /tmp/blind73nl/bin/python tests/docs/src/blind73/gen_nl_statia_reportlab.py"""
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
import _b73nl as B  # noqa: E402

rl_config.invariant = 1
NAME = "blind73_nl_statia"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf"), ("SE", "DejaVuSerif.ttf"), ("SEB", "DejaVuSerif-Bold.ttf"),
              ("SEI", "DejaVuSerif-Italic.ttf"), ("SEBI", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")
pdfmetrics.registerFontFamily("SE", normal="SE", bold="SEB", italic="SEI", boldItalic="SEBI")

TEAL = colors.HexColor("#00677f")
SAND = colors.HexColor("#f6efdc")
GREY = colors.HexColor("#555555")
RIJK = colors.HexColor("#154273")
PALE = colors.HexColor("#e4ecf4")


def st(size=9.0, lead=13.2, fam="SE", **kw):
    return ParagraphStyle(fam + str(size) + str(lead) + str(sorted(kw.items())), fontName=fam, fontSize=size,
                          leading=lead, **kw)


S = {
    "p": st(9.2, 13.6, "SE", alignment=4, spaceAfter=6),
    "h": st(11, 14.5, "DSB", spaceBefore=10, spaceAfter=4, textColor=TEAL),
    "q": st(8.8, 12.8, "SEI", leftIndent=9 * mm, rightIndent=8 * mm, textColor=GREY, spaceAfter=6),
    "cell": st(8.0, 10.4, "DS"),
    "cellb": st(8.0, 10.4, "DSB"),
    "boxh": st(8.6, 12, "DSB", textColor=TEAL, spaceAfter=2),
    "box": st(9.0, 13, "DS"),
    "cap": st(7.5, 9.6, "DSI", textColor=GREY, spaceBefore=2, spaceAfter=7),
    "title": st(18, 22, "DSB", textColor=TEAL, spaceAfter=4),
    "sub": st(9.6, 13, "DS", spaceAfter=9, textColor=GREY),
    "sum": st(8.9, 12.8, "DS", alignment=4),
    # response
    "rp": st(9.2, 13.6, "DS", alignment=0, spaceAfter=6),
    "rh": st(10.4, 14, "DSB", spaceBefore=9, spaceAfter=4, textColor=RIJK),
    "rt": st(13.5, 17, "DSB", spaceAfter=3, textColor=RIJK),
    "rc": st(7.9, 10.3, "DS"),
    "rcb": st(7.9, 10.3, "DSB"),
}
for k in ("h", "rh"):
    S[k].keepWithNext = 1


def adv_deco(c, doc):
    c.saveState()
    w, h = A4
    c.setFillColor(GREY)
    c.setFont("DS", 7.2)
    if doc.page > 1:
        c.drawString(22 * mm, h - 13 * mm, "Commissie Evaluatie Herstel Sint Eustatius  |  Op eigen kracht verder")
        c.setStrokeColor(TEAL)
        c.setLineWidth(0.7)
        c.line(22 * mm, h - 15 * mm, w - 22 * mm, h - 15 * mm)
    c.drawRightString(w - 22 * mm, 11 * mm, f"{doc.page}")
    c.restoreState()


def res_deco(c, doc):
    c.saveState()
    w, h = A4
    if doc.page == 1:
        c.setFillColor(RIJK)
        c.rect(w / 2 - 5 * mm, h - 28 * mm, 10 * mm, 28 * mm, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("DS", 8.4)
        c.drawString(w / 2 + 8 * mm, h - 20 * mm, "Ministerie van Binnenlandse Zaken en")
        c.drawString(w / 2 + 8 * mm, h - 24 * mm, "Koninkrijksrelaties")
    c.setFillColor(GREY)
    c.setFont("DS", 7.2)
    c.drawString(22 * mm, 11 * mm, "Bijlage bij Kamerbrief 2026-0000211874  |  Elfde voortgangsrapportage Sint Eustatius")
    c.drawRightString(w - 22 * mm, 11 * mm, f"Pagina {doc.page}")
    c.restoreState()


def build(name, story, deco, top=20 * mm, first_top=None, side=22 * mm):
    w, h = A4
    doc = BaseDocTemplate(B.out(name), pagesize=A4, title="", author="", creator="", producer="")
    f1 = Frame(side, 17 * mm, w - 2 * side, h - (first_top or top) - 17 * mm, id="f1")
    f2 = Frame(side, 17 * mm, w - 2 * side, h - top - 17 * mm, id="f2")
    doc.addPageTemplates([PageTemplate("first", [f1], onPage=deco, autoNextPageTemplate="rest"),
                          PageTemplate("rest", [f2], onPage=deco)])
    doc.build(story)


def box(label, text):
    t = Table([[Paragraph(label, S["boxh"])], [Paragraph(text, S["box"])]], colWidths=[166 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SAND), ("LINEBEFORE", (0, 0), (0, -1), 2.2, TEAL),
                           ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, 0), 6),
                           ("BOTTOMPADDING", (0, -1), (-1, -1), 7), ("TOPPADDING", (0, 1), (-1, -1), 0)]))
    return [t, Spacer(1, 6)]


def advice():
    P = lambda t, k="p": Paragraph(t, S[k])  # noqa: E731
    s = [P("Op eigen kracht verder", "title"),
         P("Eindrapport van de Commissie Evaluatie Herstel Sint Eustatius, aangeboden aan de staatssecretaris van "
           "Binnenlandse Zaken en Koninkrijksrelaties en aan het bestuurscollege van het openbaar lichaam Sint "
           "Eustatius  |  Oranjestad, 9 december 2025", "sub")]
    t = Table([[Paragraph("<b>Samenvatting.</b> Sinds 2018 is het bestuur van Sint Eustatius stap voor stap hersteld. "
                          "De eilandsraad is weer gekozen, de begroting is in evenwicht en de ambtelijke organisatie "
                          "is versterkt. Tegelijk is het eiland nog kwetsbaar: de financiële ruimte is klein, "
                          "sleutelfuncties blijven moeilijk vervulbaar en de haven kampt met achterstallig "
                          "onderhoud. De commissie beveelt onder meer aan de laatste bevoegdheden van de "
                          "regeringscommissaris over te dragen, de vrije uitkering te verhogen en de haven op "
                          "afstand te zetten.", S["sum"])]], colWidths=[166 * mm])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, TEAL), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 6),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    s += [t, Spacer(1, 4)]
    s += [P("1 Opdracht en werkwijze", "h"),
          P("Artikel 12 van de Wet herstel voorzieningen Sint Eustatius bepaalt dat de werking van de wet binnen "
            "zes jaar na de inwerkingtreding moet worden geëvalueerd. De staatssecretaris heeft de commissie in "
            "maart 2025 ingesteld met de opdracht na te gaan in hoeverre het bestuur van het eiland weer zelfstandig "
            "kan functioneren. De commissie sprak met 64 personen, onder wie leden van de eilandsraad, het "
            "bestuurscollege, de regeringscommissaris, ambtenaren, ondernemers en inwoners, en bestudeerde de "
            "jaarrekeningen 2019-2024."),
          P("2 Bestuur en democratie", "h"),
          P("De eilandsraad functioneert sinds de verkiezingen van 2023 weer volledig. De commissie ziet wel dat de "
            "raad zijn controlerende rol nog beperkt invult: de eilandsraad zou vaker zelf onderzoek moeten laten "
            "doen en de griffie is met twee medewerkers klein. De Commissie van Wijzen schreef in 2018: "),
          P("‘Het bestuur moet eerst weer op orde zijn voordat de bevoegdheden kunnen terugkeren.’", "q"),
          P("Naar het oordeel van de commissie is aan die voorwaarde inmiddels grotendeels voldaan. Alleen het "
            "financieel beheer en het personeelsbeleid vallen nog onder de regeringscommissaris.")]
    s += box("Aanbeveling A", "Draag de resterende bevoegdheden van de regeringscommissaris uiterlijk op 1 januari "
                              "2027 in één keer over aan het bestuurscollege, en beëindig daarmee de tijdelijke "
                              "voorziening van de wet.")
    s += box("Aanbeveling B", "Stel samen met de eilandsraad een meerjarig opleidingsprogramma op voor raadsleden "
                              "en de griffie, en breid de griffie uit tot ten minste vier formatieplaatsen.")
    s += [P("3 Financiën", "h"),
          P("Het openbaar lichaam is voor ruim driekwart van zijn inkomsten afhankelijk van de vrije uitkering uit "
            "het BES-fonds. Op grond van de Wet financiën openbare lichamen Bonaire, Sint Eustatius en Saba moet de "
            "begroting in evenwicht zijn; dat is sinds 2021 elk jaar het geval geweest. Tabel 1 laat zien dat de "
            "uitkering de stijging van de kosten echter niet bijhoudt.")]
    rows = [["Jaar", "Vrije uitkering (USD mln)", "Lasten (USD mln)", "Saldo (USD mln)"],
            ["2022", "14,1", "13,8", "0,3"], ["2023", "14,6", "14,5", "0,1"], ["2024", "15,0", "15,2", "-0,2"],
            ["2025 (raming)", "15,4", "15,9", "-0,5"]]
    t = Table([[Paragraph(c, S["cellb" if i == 0 else "cell"]) for c in r] for i, r in enumerate(rows)],
              colWidths=[36 * mm, 44 * mm, 40 * mm, 40 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa")),
                           ("BACKGROUND", (0, 0), (-1, 0), PALE)]))
    s += [t, P("Tabel 1. Vrije uitkering en lasten van het openbaar lichaam (bron: jaarrekeningen, begroting 2025).",
               "cap"),
          P("Het College financieel toezicht heeft in zijn laatste advies vastgesteld dat de kwaliteit van het "
            "financieel beheer sterk is verbeterd. Een jaarlijkse beoordeling door het College zou het vertrouwen "
            "van de raad en van Den Haag verder kunnen versterken.")]
    s += box("Aanbeveling C", "Verhoog de vrije uitkering van Sint Eustatius structureel met ten minste 4 miljoen "
                              "dollar per jaar, zodat het eiland de kosten van basisvoorzieningen zelf kan dragen.")
    s += box("Aanbeveling D", "Vraag het College financieel toezicht om vanaf 2026 elk jaar een oordeel te geven "
                              "over het financieel beheer van het openbaar lichaam en dat oordeel openbaar te maken.")
    s += [P("4 Ambtelijke organisatie en voorzieningen", "h"),
          P("De ambtelijke organisatie telt 212 formatieplaatsen, waarvan 38 niet zijn vervuld. Vooral juristen, "
            "financieel specialisten en technici zijn moeilijk te vinden. De haven is voor het eiland van "
            "levensbelang, maar wordt nu als afdeling van het openbaar lichaam beheerd, waardoor investeringen "
            "telkens concurreren met andere uitgaven. De afspraken met het Rijk over drinkwater en elektriciteit "
            "zijn verspreid over losse brieven en subsidiebeschikkingen.")]
    s += box("Aanbeveling E", "Richt samen met Saba en Bonaire een gezamenlijke wervingspool op voor moeilijk "
                              "vervulbare functies, met een gedeelde regeling voor huisvesting en reiskosten.")
    s += box("Aanbeveling F", "Breng de haven onder in een zelfstandige overheidsvennootschap met een eigen raad van "
                              "commissarissen, waarvan het openbaar lichaam enig aandeelhouder is.")
    s += box("Aanbeveling G", "Leg de afspraken tussen het Rijk en het openbaar lichaam over drinkwater en "
                              "elektriciteit vast in één bestuursakkoord met een looptijd van vijf jaar.")
    s += [P("5 Tot slot", "h"),
          P("De commissie dankt allen die aan de evaluatie hebben bijgedragen. Zij is ervan overtuigd dat Sint "
            "Eustatius de komende jaren op eigen kracht verder kan, mits Rijk en eiland de gemaakte afspraken "
            "nakomen. De commissie is graag bereid haar bevindingen toe te lichten aan de eilandsraad en aan de "
            "vaste commissie voor Koninkrijksrelaties van de Tweede Kamer."),
          P("Mr. drs. E.A. Hodge-Spanner, voorzitter<br/>Dr. R.W. Lindqvist, lid<br/>Drs. M.C. van Elden, lid<br/>"
            "J.F. Marchena, secretaris")]
    build(NAME + "_advice.pdf", s, adv_deco)


def response():
    P = lambda t, k="rp": Paragraph(t, S[k])  # noqa: E731
    s = [P("Elfde voortgangsrapportage Sint Eustatius", "rt"),
         P("Periode juli-december 2025  |  Bijlage bij de brief van de staatssecretaris van Binnenlandse Zaken en "
           "Koninkrijksrelaties van 3 februari 2026", "rp"),
         P("1 Inleiding", "rh"),
         P("Deze rapportage beschrijft de voortgang van het herstel van de voorzieningen op Sint Eustatius in de "
           "tweede helft van 2025. Zij is opgesteld in overleg met het bestuurscollege en de regeringscommissaris. "
           "Net als in eerdere rapportages komen eerst de ontwikkelingen op het eiland aan bod; daarna gaan wij, "
           "mede namens het bestuurscollege, in op het eindrapport van de Commissie Evaluatie Herstel Sint "
           "Eustatius."),
         P("2 Ontwikkelingen in de rapportageperiode", "rh"),
         P("De renovatie van de pier in de Oranjebaai is in november 2025 afgerond; schepen tot 120 meter kunnen "
           "weer aanmeren. Op de luchthaven F.D. Roosevelt is de verlenging van de startbaan aanbesteed, met een "
           "oplevering in het voorjaar van 2027. De drinkwaterproductie is met een derde omgekeerde-osmose-installatie "
           "uitgebreid tot 900 kubieke meter per dag. Het aantal vacatures bij het openbaar lichaam daalde van 41 "
           "naar 38."),
         P("3 Reactie op het eindrapport van de Evaluatiecommissie", "rh"),
         P("Het kabinet en het bestuurscollege onderschrijven de hoofdlijn van het rapport: het eiland is klaar voor "
           "de laatste stap naar een normaal bestuur. In de onderstaande tabel staat per aanbeveling onze reactie en "
           "de stand van zaken op 31 januari 2026.")]
    rows = [
        ("B - Opleiding eilandsraad en uitbreiding griffie",
         "Wij nemen deze aanbeveling volledig over. Het opleidingsprogramma is met de eilandsraad vastgesteld en de "
         "griffie krijgt per 1 april 2026 twee extra formatieplaatsen, gefinancierd uit het BES-fonds.",
         "Overgenomen - in uitvoering"),
        ("F en G - Haven en afspraken nutsvoorzieningen",
         "De haven wordt per 1 januari 2027 ondergebracht in de Statia Port Authority N.V., met een raad van "
         "commissarissen van drie leden. Ook de nutsafspraken komen in één bestuursakkoord, maar met een looptijd "
         "van drie jaar: de tarieven voor drinkwater en elektriciteit worden in 2028 landelijk herzien en het "
         "akkoord moet daarop kunnen worden aangepast.",
         "F: overgenomen; G: gedeeltelijk overgenomen"),
        ("A - Overdracht bevoegdheden regeringscommissaris",
         "Het kabinet kiest voor een overdracht in twee stappen. Het personeelsbeleid gaat op 1 januari 2027 "
         "over naar het bestuurscollege; het financieel beheer volgt een jaar later, na een goedgekeurde "
         "jaarrekening 2026 zonder voorbehoud.",
         "Gedeeltelijk overgenomen"),
        ("D - Jaarlijks oordeel College financieel toezicht",
         "Het College financieel toezicht is een onafhankelijk orgaan dat zelf bepaalt hoe het zijn toezicht "
         "inricht. Wij hebben de aanbeveling onder de aandacht van het College gebracht.",
         "Doorgeleid aan het Cft"),
        ("C - Structurele verhoging vrije uitkering",
         "Een structurele verhoging van de vrije uitkering is binnen de huidige begroting niet mogelijk. Wel "
         "ontvangt het eiland in 2026 en 2027 een incidentele bijdrage van 1,5 miljoen dollar per jaar voor het "
         "onderhoud van wegen en openbare gebouwen.",
         "Niet overgenomen"),
    ]
    data = [[Paragraph("Aanbeveling", S["rcb"]), Paragraph("Reactie en stand van zaken", S["rcb"]),
             Paragraph("Status", S["rcb"])]]
    data += [[Paragraph(a, S["rcb"]), Paragraph(b, S["rc"]), Paragraph(c, S["rc"])] for a, b, c in rows]
    t = Table(data, colWidths=[42 * mm, 90 * mm, 34 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a9bb0")),
                           ("BACKGROUND", (0, 0), (-1, 0), PALE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    s += [t, Spacer(1, 6),
          P("4 Vervolg en planning", "rh"),
          P("In het voorjaar van 2026 wordt het wetsvoorstel voorbereid waarmee de Wet herstel voorzieningen Sint "
            "Eustatius wordt ingetrokken. De internetconsultatie daarvan start naar verwachting in juni 2026. Het "
            "bestuurscollege en de regeringscommissaris stellen samen een overdrachtsdossier op."),
          P("De volgende voortgangsrapportage verschijnt in augustus 2026 en beslaat de eerste helft van dit jaar.")]
    build(NAME + "_response.pdf", s, res_deco, first_top=38 * mm)


def expected():
    B.write_expected(NAME, [
        ("A", "Draag de resterende bevoegdheden van de regeringscommissaris uiterlijk op 1 januari",
         "Het kabinet kiest voor een overdracht in twee stappen", "partly"),
        ("B", "Stel samen met de eilandsraad een meerjarig opleidingsprogramma op voor raadsleden",
         "Wij nemen deze aanbeveling volledig over", "agrees"),
        ("C", "Verhoog de vrije uitkering van Sint Eustatius structureel met ten minste",
         "is binnen de huidige begroting niet mogelijk",
         "disagrees"),
        ("D", "Vraag het College financieel toezicht om vanaf 2026 elk jaar",
         "Wij hebben de aanbeveling onder de aandacht van het College gebracht", "noted"),
        ("E", "Richt samen met Saba en Bonaire een gezamenlijke wervingspool op", None, "unanswered"),
        ("F", "Breng de haven onder in een zelfstandige overheidsvennootschap met een eigen",
         "ondergebracht in de Statia Port Authority N.V.", "agrees"),
        ("G", "Leg de afspraken tussen het Rijk en het openbaar lichaam over",
         "maar met een looptijd van drie jaar", "partly"),
    ], [
        "De renovatie van de pier in de Oranjebaai",
        "De drinkwaterproductie is met een derde omgekeerde-osmose-installatie",
        "De internetconsultatie daarvan start naar verwachting in juni 2026",
        "De volgende voortgangsrapportage verschijnt in augustus 2026",
    ], "EINDRAPPORT of an evaluation committee on the restored island government of SINT EUSTATIUS (Caribisch "
       "Nederland), answered in the VOORTGANGSRAPPORTAGE SINT EUSTATIUS (the periodic progress report annexed to a "
       "Kamerbrief of BZK), whose section 3 is a follow-up table. Sint Eustatius, the Wet herstel voorzieningen "
       "Sint Eustatius, the Wet financiën openbare lichamen BES, the BES-fonds, the College financieel toezicht, "
       "the regeringscommissaris and the F.D. Roosevelt airport are real; the committee, its report, the Commissie "
       "van Wijzen quote, the figures, the people, the Statia Port Authority N.V. and the progress report's number "
       "are invented. Recommendations: the seven shaded boxes 'Aanbeveling A'-'G' at the ends of chapters 2-4 "
       "(numbers are the letters). Not recommendations: the Samenvatting's 'beveelt onder meer aan' paraphrase, the "
       "law's 'moet ... worden geëvalueerd', 'zou vaker zelf onderzoek moeten laten doen', the 2018 quote 'Het "
       "bestuur moet eerst weer op orde zijn', the FinBES 'moet ... in evenwicht zijn', Tabel 1, 'zou ... kunnen "
       "versterken', Tot slot. Response: Inleiding, Ontwikkelingen (nothing); table rows in the order B agrees "
       "('Overgenomen - in uitvoering'), ONE row 'F en G' = F agrees + G partly (three years instead of five), A "
       "partly (two steps, 2027 and 2028), D noted ('Doorgeleid aan het Cft'), C disagrees ('Niet overgenomen', "
       "only an incidental contribution); 4 Vervolg en planning (nothing); E (recruitment pool with Saba and "
       "Bonaire) UNANSWERED.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    sys.exit(B.main([NAME]))
