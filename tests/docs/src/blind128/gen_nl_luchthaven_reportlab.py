"""Round 128 (nl): the ADVIES of a COMMISSIE REGIONAAL OVERLEG (CRO) of a small regional airport to Gedeputeerde
Staten on the ontwerp-luchthavenbesluit, each recommendation under its own NUMBERED SUB-HEADING 'Advies 1 -
Openingstijden' as a BOLD SENTENCE followed by an italic 'Toelichting'; answered by GS's LETTER with a RULED TABLE
'Nr. | Advies CRO | Reactie GS | Gevolg' whose number column gives the CRO's numbers ('3 en 7' in one row), followed by
paragraphs on figures and the procedure.

Advice (reportlab, sans, 2 p., teal rule, running head from p. 2, 'pagina n van m'): the Wet luchtvaart paraphrased
with 'moet' (trap), 'Wat de CRO vaststelt' 1.-3. (findings, trap), a figures table (trap), the CRO's 2019 advice
quoted as an imperative (trap), a closing line naming 'de adviezen 2 en 5' (trap). Response (reportlab, 1 p.):
intro (nothing), table rows 1, 2, 3+7, 4, 6; paragraphs 'Gebruik van de luchthaven in 2025' (figures, nothing) and
'Vervolg' (nothing); 5 never answered. Verdicts: 1 agrees, 2 disagrees, 3 agrees, 4 partly, 5 unanswered, 6 noted,
7 agrees. All bodies, places, people, figures and reference numbers invented; the Wet luchtvaart is named as context
only.

Run: /tmp/blind128nl/bin/python tests/docs/src/blind128/gen_nl_luchthaven_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b128nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind128_nl_luchthaven"
FS = B.tmp_fonts()
for key, suf in (("Regular", ""), ("Bold", "-B"), ("Italic", "-I"), ("Bold Italic", "-BI")):
    pdfmetrics.registerFont(TTFont("S" + suf, FS[key]))
addMapping("S", 0, 0, "S")
addMapping("S", 1, 0, "S-B")
addMapping("S", 0, 1, "S-I")
addMapping("S", 1, 1, "S-BI")

TEAL = colors.HexColor("#1f6470")
PALE = colors.HexColor("#e3eff1")
GREY = colors.HexColor("#555555")
BODY = ParagraphStyle("body", fontName="S", fontSize=9.5, leading=13.8, spaceAfter=5)
ITEM = ParagraphStyle("item", parent=BODY, leftIndent=7 * mm, bulletIndent=0.5 * mm, spaceAfter=3)
BOLD = ParagraphStyle("bold", parent=BODY, fontName="S-B", spaceAfter=3)
TOEL = ParagraphStyle("toel", parent=BODY, fontName="S-I", textColor=colors.HexColor("#333333"))
SMALL = ParagraphStyle("small", fontName="S", fontSize=7.8, leading=10.5, textColor=GREY)
TITLE = ParagraphStyle("t", fontName="S-B", fontSize=17, leading=21, textColor=TEAL)
SUB = ParagraphStyle("s", fontName="S", fontSize=10.5, leading=14)
H2 = ParagraphStyle("h2", fontName="S-B", fontSize=11.5, leading=15, textColor=TEAL, spaceBefore=9, spaceAfter=3,
                    keepWithNext=True)
H3 = ParagraphStyle("h3", fontName="S-B", fontSize=9.8, leading=13, textColor=TEAL, spaceBefore=6, spaceAfter=2,
                    keepWithNext=True)
QUOTE = ParagraphStyle("q", parent=BODY, fontName="S-I", leftIndent=8 * mm, rightIndent=8 * mm, textColor=GREY)
CELL = ParagraphStyle("cell", fontName="S", fontSize=8.6, leading=11.4)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="S-B")


def page_fn(head, foot):
    def fn(canv, doc):
        canv.saveState()
        canv.setFont("S", 7.2)
        canv.setFillColor(GREY)
        if doc.page > 1:
            canv.drawString(22 * mm, A4[1] - 12 * mm, head)
            canv.setStrokeColor(TEAL)
            canv.setLineWidth(0.5)
            canv.line(22 * mm, A4[1] - 13.5 * mm, A4[0] - 22 * mm, A4[1] - 13.5 * mm)
        canv.drawRightString(A4[0] - 22 * mm, 10 * mm, foot.format(n=doc.page, m=doc._b128_total))
        canv.restoreState()
    return fn


def build(story_fn, pdfname, head, title, foot, author):
    total = 0
    for _ in range(2):
        doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                                topMargin=19 * mm, bottomMargin=18 * mm, title=title, author=author,
                                creator="reportlab")
        doc._b128_total = total or "?"
        doc.build(story_fn(), onFirstPage=page_fn(head, foot), onLaterPages=page_fn(head, foot))
        total = doc.page


def rule():
    r = Table([[""]], colWidths=[166 * mm], rowHeights=[2.2])
    r.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), TEAL)]))
    return r


ADVIES = [
    ("Openingstijden",
     "De CRO adviseert om de openingstijden op zon- en feestdagen te beperken tot 10.00-18.00 uur.",
     "Het ontwerp laat de luchthaven op zondag open van 8.00 tot 21.00 uur. Juist op zondagochtend ervaren "
     "omwonenden de meeste hinder, vooral van sportvliegtuigen die in korte tijd na elkaar opstijgen."),
    ("Aantal vliegtuigbewegingen",
     "De CRO adviseert het maximum aantal vliegtuigbewegingen vast te stellen op 38.000 per jaar in plaats van de "
     "voorgestelde 45.000.",
     "Het huidige gebruik ligt ruim onder het voorgestelde maximum. Een plafond van 38.000 laat groei toe, maar "
     "voorkomt dat de geluidsruimte volledig wordt benut op momenten dat de kernen daar het meest last van hebben."),
    ("Geluidsmeting",
     "Laat de exploitant een geluidsmeetnet van ten minste vier vaste meetpunten in de omliggende kernen aanleggen "
     "en maak de meetgegevens openbaar.",
     "Nu wordt het geluid alleen berekend. Bewoners vertrouwen berekeningen minder dan metingen, en klachten zijn "
     "zonder metingen moeilijk te beoordelen."),
    ("Lesvluchten",
     "Sluit lesvluchten met circuitvliegen uit op zaterdagmiddag en in de zomervakantie.",
     "Circuitvliegen, het steeds opnieuw landen en opstijgen, veroorzaakt een kwart van alle klachten. In het "
     "weekend en in de zomer zijn bewoners vaker thuis en in hun tuin."),
    ("Klachtenbehandeling",
     "Richt een onafhankelijk klachtenmeldpunt in dat niet onder de exploitant valt.",
     "Klachten komen nu binnen bij de luchthaven zelf. Melders krijgen vaak een standaardantwoord en weten niet of "
     "hun klacht ergens toe leidt."),
    ("Circuitgebied",
     "Laat onderzoeken of het circuitgebied ten noorden van de baan kan worden verplaatst naar het buitengebied "
     "boven het Oldemarker Veld.",
     "Het circuit ligt nu voor een deel boven de nieuwbouwwijk De Hank. Een verplaatsing van enkele honderden "
     "meters kan daar veel hinder wegnemen."),
    ("Rol van de CRO",
     "Geef de CRO een vaste plek in de jaarlijkse evaluatie van het gebruik van de luchthaven en stel daarvoor een "
     "budget van 15.000 euro per jaar beschikbaar.",
     "De CRO werkt met vrijwilligers en een secretaris voor enkele uren per maand. Voor eigen onderzoek of een "
     "onafhankelijke deskundige is nu geen geld."),
]


def advice_story():
    s = [Paragraph("Commissie Regionaal Overleg Luchthaven Veenhorst", SMALL), Spacer(1, 3),
         Paragraph("Advies ontwerp-luchthavenbesluit Luchthaven Veenhorst", TITLE),
         Paragraph("Ruimte voor de luchthaven, rust voor de omgeving", SUB), Spacer(1, 3),
         Paragraph("Kenmerk CRO-VH/2026/02 - 3 maart 2026 - aan Gedeputeerde Staten; afschrift aan de colleges van "
                   "burgemeester en wethouders van Veenhorst en Oldemarke en aan de exploitant", SMALL),
         Spacer(1, 5), rule()]
    s.append(Paragraph("1. Aanleiding", H2))
    s.append(Paragraph(
        "Gedeputeerde Staten hebben op 20 januari 2026 het ontwerp-luchthavenbesluit voor Luchthaven Veenhorst aan "
        "de CRO voorgelegd. Volgens de Wet luchtvaart moet een luchthavenbesluit de grenswaarden voor het geluid en "
        "de openingstijden bevatten, en moet het bevoegd gezag de commissie regionaal overleg in de gelegenheid "
        "stellen advies uit te brengen. In de CRO zitten vertegenwoordigers van omwonenden, de twee gemeenten, de "
        "exploitant, de vliegscholen en de luchtvaartgebruikers, onder een onafhankelijke voorzitter.", BODY))
    s.append(Paragraph(
        "De CRO besprak het ontwerp in twee vergaderingen en hield op 12 februari een openbare avond in het "
        "dorpshuis van Oldemarke, waar ruim negentig inwoners op af kwamen. Dit advies is door de leden van de "
        "commissie gedragen, met uitzondering van advies 2, waarover de vertegenwoordigers van de vliegscholen een "
        "afwijkend standpunt hebben.", BODY))
    s.append(Paragraph("2. Wat de CRO vaststelt", H2))
    s.append(Paragraph("Uit de stukken en de openbare avond leidt de commissie het volgende af:", BODY))
    for i, t in enumerate((
            "Het aantal vliegtuigbewegingen is sinds 2021 met ongeveer een derde gestegen, vooral door lesvluchten.",
            "De klachten concentreren zich in De Hank en de noordrand van Veenhorst.",
            "De geluidsbelasting blijft volgens de berekeningen binnen de grenswaarden van het huidige besluit."),
            start=1):
        s.append(Paragraph(t, ITEM, bulletText=f"{i}."))
    t = Table([[Paragraph(h, CELLB) for h in ("Jaar", "Vliegtuigbewegingen", "Waarvan lesvluchten", "Klachten")]] +
              [[Paragraph(c, CELL) for c in row] for row in (("2021", "23.810", "9.140", "212"),
                                                              ("2023", "28.470", "12.960", "388"),
                                                              ("2025", "31.460", "15.020", "517"))],
              colWidths=[24 * mm, 44 * mm, 44 * mm, 30 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), PALE), ("LINEBELOW", (0, 0), (-1, -1), 0.4, TEAL),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    s += [Spacer(1, 3), t, Spacer(1, 3), Paragraph("Bron: jaarrapportages exploitant 2021-2025.", SMALL)]
    s.append(Paragraph(
        "In haar advies van 2019 over de tijdelijke uitbreiding van de openingstijden schreef de CRO al:", BODY))
    s.append(Paragraph(
        "'Beperk het aantal helikoptervluchten boven de kernen tot de vluchten van de traumahelikopter en de "
        "politie.'", QUOTE))
    s.append(Paragraph(
        "Dat advies is destijds opgevolgd en de CRO herhaalt het daarom niet.", BODY))
    s.append(Paragraph("3. Het advies", H2))
    s.append(Paragraph(
        "Hieronder volgen de zeven adviezen van de CRO, telkens met een korte toelichting.", BODY))
    for i, (title, rec, toel) in enumerate(ADVIES, start=1):
        s.append(KeepTogether([Paragraph(f"Advies {i} - {title}", H3), Paragraph(rec, BOLD),
                               Paragraph("Toelichting: " + toel, TOEL)]))
    s.append(Paragraph("4. Tot slot", H2))
    s.append(Paragraph(
        "De CRO ziet uw reactie met belangstelling tegemoet en vraagt u in het bijzonder te motiveren hoe u met de "
        "adviezen 2 en 5 omgaat. De commissie is graag bereid haar advies toe te lichten.", BODY))
    s.append(Spacer(1, 4))
    s.append(Paragraph("Namens de Commissie Regionaal Overleg Luchthaven Veenhorst,<br/>"
                       "ir. G.W. Stapelkamp, voorzitter<br/>A. Roeleveld-Baas, secretaris", BODY))
    return s


def response_story():
    s = [Paragraph("Gedeputeerde Staten", SMALL), Spacer(1, 3),
         Paragraph("Reactie op het advies van de CRO Luchthaven Veenhorst", TITLE), Spacer(1, 2),
         Paragraph("Aan: Commissie Regionaal Overleg Luchthaven Veenhorst, t.a.v. ir. G.W. Stapelkamp<br/>"
                   "Datum: 14 april 2026 - Ons kenmerk: GS/2026-041187 - Behandeld door: afdeling Milieu en "
                   "Luchtvaart, M. Verhagen", SMALL), Spacer(1, 5), rule()]
    s.append(Paragraph("Geachte heer Stapelkamp,", BODY))
    s.append(Paragraph(
        "Op 3 maart 2026 ontvingen wij uw advies over het ontwerp-luchthavenbesluit. Wij danken de commissie voor "
        "de zorgvuldige voorbereiding en de openbare avond in Oldemarke. Hieronder leest u per advies onze reactie "
        "en wat die betekent voor het besluit dat wij ter inzage leggen.", BODY))
    rows = [
        ("1", "Openingstijden zon- en feestdagen",
         "Wij nemen dit advies over. In artikel 5 van het besluit zijn de openingstijden op zon- en feestdagen nu "
         "vastgesteld op 10.00 tot 18.00 uur.", "Besluit aangepast"),
        ("2", "Maximum 38.000 bewegingen",
         "Dit advies nemen wij niet over. Het maximum van 45.000 vliegtuigbewegingen blijft staan: de "
         "geluidsruimte is daarop berekend en een lager plafond raakt de vliegscholen en de traumahelikopter.",
         "Geen wijziging"),
        ("3 en 7", "Geluidsmeetnet; rol CRO bij evaluatie",
         "De exploitant legt voor 1 januari 2028 vier vaste meetpunten aan, in Veenhorst, Oldemarke, Zuidbroek en "
         "De Hank; de metingen komen dagelijks op de website van de luchthaven. Ook krijgt de CRO een vaste rol in "
         "de jaarlijkse evaluatie; wij reserveren daarvoor 15.000 euro per jaar in de provinciale begroting.",
         "Artikel 9 en 14 aangepast"),
        ("4", "Circuitvliegen zaterdagmiddag en zomervakantie",
         "Wij nemen dit advies gedeeltelijk over. Op zaterdagmiddag is circuitvliegen voortaan niet toegestaan. Een "
         "verbod in de hele zomervakantie gaat ons te ver, omdat de vliegscholen dan de meeste lessen geven; wel "
         "beperken wij het circuitvliegen in die weken tot werkdagen tussen 9.00 en 17.00 uur.",
         "Artikel 6 aangepast"),
        ("6", "Verplaatsing circuitgebied",
         "Een verplaatsing vraagt een nieuwe luchtruimanalyse door de luchtverkeersdienstverlener. Wij betrekken "
         "deze vraag bij de evaluatie van het luchthavenbesluit in 2029 en nemen er nu geen besluit over.",
         "Geen wijziging"),
    ]
    data = [[Paragraph(h, CELLB) for h in ("Nr.", "Advies CRO", "Reactie GS", "Gevolg")]]
    for r in rows:
        data.append([Paragraph(r[0], CELLB), Paragraph(r[1], CELL), Paragraph(r[2], CELL), Paragraph(r[3], CELL)])
    t = Table(data, colWidths=[15 * mm, 35 * mm, 88 * mm, 28 * mm], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), PALE), ("LINEBELOW", (0, 0), (-1, -1), 0.4, TEAL),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    s += [t, Spacer(1, 6)]
    s.append(Paragraph("Gebruik van de luchthaven in 2025", H2))
    s.append(Paragraph(
        "Volgens de jaarrapportage van de exploitant bleef de luchthaven in 2025 met 31.460 bewegingen op 70 procent "
        "van het huidige maximum. Het aantal meldingen van hinder steeg van 388 naar 517, waarvan 61 procent over "
        "lesvluchten ging. Wij zullen deze cijfers met de CRO bespreken zodra de rapportage over 2026 beschikbaar "
        "is.", BODY))
    s.append(Paragraph("Vervolg", H2))
    s.append(Paragraph(
        "Het aangepaste ontwerp ligt vanaf 4 mei 2026 zes weken ter inzage bij de provincie en de twee gemeenten. "
        "Iedereen kan in die periode een zienswijze indienen. Daarna stellen wij het luchthavenbesluit vast, naar "
        "verwachting in oktober 2026.", BODY))
    s.append(Paragraph("Hoogachtend,<br/>Gedeputeerde Staten,<br/>de secretaris, drs. P.A. Leemhuis<br/>"
                       "de voorzitter, H. Overdijk-Smit", BODY))
    return s


def expected():
    recs = [
        (1, "De CRO adviseert om de openingstijden op zon- en feestdagen",
         "de openingstijden op zon- en feestdagen nu vastgesteld op", "agrees"),
        (2, "De CRO adviseert het maximum aantal vliegtuigbewegingen vast te stellen",
         "Het maximum van 45.000 vliegtuigbewegingen blijft staan", "disagrees"),
        (3, "Laat de exploitant een geluidsmeetnet van ten minste vier vaste",
         "De exploitant legt voor 1 januari 2028 vier vaste meetpunten aan", "agrees"),
        (4, "Sluit lesvluchten met circuitvliegen uit op zaterdagmiddag en in de zomervakantie",
         "verbod in de hele zomervakantie gaat ons te ver", "partly"),
        (5, "Richt een onafhankelijk klachtenmeldpunt in dat niet onder de exploitant", None, "unanswered"),
        (6, "Laat onderzoeken of het circuitgebied ten noorden van de baan",
         "deze vraag bij de evaluatie van het luchthavenbesluit in 2029", "noted"),
        (7, "Geef de CRO een vaste plek in de jaarlijkse evaluatie",
         "wij reserveren daarvoor 15.000 euro per jaar in de provinciale begroting", "agrees"),
    ]
    unmatched = ["Wij danken de commissie voor de zorgvuldige voorbereiding",
                 "bleef de luchthaven in 2025 met 31.460 bewegingen",
                 "Het aangepaste ontwerp ligt vanaf 4 mei 2026 zes weken ter inzage"]
    notes = ("Advice: the ADVIES of a COMMISSIE REGIONAAL OVERLEG (CRO) of a regional airport to Gedeputeerde Staten "
             "on the ontwerp-luchthavenbesluit (reportlab, 2 p.); each recommendation under its own numbered "
             "sub-heading 'Advies 1 - Openingstijden' as a BOLD sentence ('De CRO adviseert ...', imperatives 'Laat "
             "...', 'Sluit ...', 'Richt ... in', 'Geef ...') followed by an italic 'Toelichting:'. Traps: the Wet "
             "luchtvaart paraphrased with 'moet', 'Wat de CRO vaststelt' 1.-3. (findings), a figures table, the "
             "2019 advice quoted as an imperative ('Beperk het aantal helikoptervluchten ...'), the remark that the "
             "flying schools dissent on 'advies 2', a closing line naming 'de adviezen 2 en 5'. Response: GS's "
             "letter with a ruled table 'Nr. | Advies CRO | Reactie GS | Gevolg', rows '1', '2', '3 en 7', '4', "
             "'6', then 'Gebruik van de luchthaven in 2025' (figures) and 'Vervolg'. 1 agrees (Sunday hours now "
             "10.00-18.00 in article 5); 2 disagrees (45,000 kept); ONE row for 3 and 7: 3 agrees (four measuring "
             "points before 1 January 2028, data published daily), 7 agrees (fixed role in the yearly evaluation, "
             "15,000 euro a year reserved); 4 partly (Saturday afternoon banned, the whole summer holiday not: only "
             "weekdays 9.00-17.00); 6 noted (taken into the 2029 evaluation, no decision now). The intro, the 2025 "
             "figures and 'Vervolg' answer nothing; 5 (independent complaints desk) never answered: unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    build(advice_story, NAME + "_advice.pdf", "CRO Luchthaven Veenhorst - advies ontwerp-luchthavenbesluit - "
          "CRO-VH/2026/02", "Advies ontwerp-luchthavenbesluit Luchthaven Veenhorst", "pagina {n} van {m}",
          "CRO Luchthaven Veenhorst")
    build(response_story, NAME + "_response.pdf", "Gedeputeerde Staten - reactie advies CRO - GS/2026-041187",
          "Reactie op het advies van de CRO Luchthaven Veenhorst", "{n}/{m}", "Gedeputeerde Staten")
    expected()
