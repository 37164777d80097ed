"""Round 131 (nl): the EINDRAPPORT of an (invented) municipal RAADSENQUETECOMMISSIE on an overrun swimming-pool
project, its seven recommendations UNNUMBERED square bullets with BOLD LEAD-INS under three theme sub-headings
(running across the page break); answered by the college's REACTIE letter: a refusal in running text and a
TOEZEGGINGEN table with the college's OWN numbers T-01...T-05, keyed by topic (one row for two recommendations, one
row of its own), one recommendation never answered.

Advice (reportlab, 2-3 p., dark green headings, running head from p. 2, 'pagina n van m'): the Gemeentewet
paraphrased with 'moet' (trap), the research questions numbered 1-4 (trap), conclusions numbered 1-5 with figures
(trap), the rekenkamer's 2021 recommendation quoted as an imperative (trap), a closing line on the debate (trap).
Response (reportlab, 2 p.): 4 disagrees (in the text), T-01 = 1 agrees, T-02 = 3 and 5 (both agree), T-03 = 2 partly,
T-04 = 6 noted, T-05 own (nothing); 7 unanswered; the introduction, the paragraph on 'conclusie 3' and the closing
answer nothing. All bodies, places, people, figures and reference numbers invented; the Gemeentewet is named as
context only.

Run: /tmp/blind131nl/bin/python tests/docs/src/blind131/gen_nl_enquete_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b131nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind131_nl_enquete"
FS = B.tmp_fonts(files=B.SERIF_FILES, family="B131NL Serif")
for key, suf in (("Regular", ""), ("Bold", "-B"), ("Italic", "-I"), ("Bold Italic", "-BI")):
    pdfmetrics.registerFont(TTFont("S" + suf, FS[key]))
addMapping("S", 0, 0, "S")
addMapping("S", 1, 0, "S-B")
addMapping("S", 0, 1, "S-I")
addMapping("S", 1, 1, "S-BI")

GREEN = colors.HexColor("#1d4d3a")
PALE = colors.HexColor("#e8f0ec")
GREY = colors.HexColor("#555555")
BODY = ParagraphStyle("body", fontName="S", fontSize=9.6, leading=13.8, spaceAfter=5)
ITEM = ParagraphStyle("item", parent=BODY, leftIndent=7 * mm, bulletIndent=1 * mm, spaceAfter=5)
SMALL = ParagraphStyle("small", fontName="S", fontSize=8, leading=10.5, textColor=GREY)
TITLE = ParagraphStyle("t", fontName="S-B", fontSize=17, leading=21, textColor=GREEN, spaceAfter=4)
H2 = ParagraphStyle("h2", fontName="S-B", fontSize=11.5, leading=15, textColor=GREEN, spaceBefore=8, spaceAfter=3,
                    keepWithNext=True)
H3 = ParagraphStyle("h3", fontName="S-BI", fontSize=10, leading=13.5, textColor=GREEN, spaceBefore=4, spaceAfter=2,
                    keepWithNext=True)
QUOTE = ParagraphStyle("q", parent=BODY, fontName="S-I", leftIndent=8 * mm, rightIndent=6 * mm, textColor=GREY)
CELL = ParagraphStyle("cell", fontName="S", fontSize=8.6, leading=11.4)
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
        canv.drawRightString(A4[0] - 22 * mm, 10 * mm, foot.format(n=doc.page, m=doc._b131_total))
        canv.restoreState()
    return fn


def build(story_fn, pdfname, head, title, foot, author):
    total = 0
    for _ in range(2):
        doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                                topMargin=19 * mm, bottomMargin=18 * mm, title=title, author=author,
                                creator="reportlab")
        doc._b131_total = total or "?"
        doc.build(story_fn(), onFirstPage=page_fn(head, foot), onLaterPages=page_fn(head, foot))
        total = doc.page


def P(t, s=BODY):
    return Paragraph(t, s)


def bullet(lead, text):
    return Paragraph(f"<b>{lead}</b> {text}", ITEM, bulletText="\u25a0")


def advice_story():
    s = [P("Enquêtecommissie Zwembad De Kolk - gemeenteraad Oosterlanden", SMALL), Spacer(1, 8),
         P("Diep water", TITLE),
         P("<b>Eindrapport van de raadsenquête naar de bouw van Zwembad De Kolk</b>"),
         P("Vastgesteld op 9 maart 2026 - kenmerk REC/2026/03 - aangeboden aan de gemeenteraad van Oosterlanden", SMALL),
         Spacer(1, 6),
         P("1. Aanleiding en onderzoeksvragen", H2),
         P("Op 6 februari 2025 besloot de gemeenteraad van Oosterlanden een raadsenquête in te stellen naar de bouw van "
           "Zwembad De Kolk. Het zwembad zou volgens het raadsbesluit van 2019 in het voorjaar van 2022 opengaan en 14,2 "
           "miljoen euro kosten. Het ging in december 2024 open; de kosten liepen op tot 23,4 miljoen euro. Een "
           "enquêtecommissie heeft bijzondere bevoegdheden: op grond van de Gemeentewet moet iedereen die door de "
           "commissie wordt opgeroepen verschijnen en moeten gevraagde stukken worden overgelegd. De commissie hield "
           "in oktober en november 2025 in totaal 19 openbare verhoren."),
         P("De raad gaf de commissie de volgende vragen mee:"),
         P("1. Hoe is het besluit over de bouw van het zwembad tot stand gekomen?", ITEM),
         P("2. Waardoor liepen de kosten en de planning zo ver uit?", ITEM),
         P("3. Is de raad tijdig en volledig geïnformeerd?", ITEM),
         P("4. Wat kan de gemeente leren voor toekomstige grote projecten?", ITEM),
         P("2. Conclusies", H2),
         P("De commissie komt tot de volgende conclusies. Zij zijn uitgewerkt in hoofdstuk 5 tot en met 8 van het "
           "rapport."),
         P("1. Het raadsbesluit van 2019 rustte op een raming zonder post onvoorzien. De commissie vond geen stuk "
           "waarin het risico van prijsstijgingen werd benoemd.", ITEM),
         P("2. Het project kende in vijf jaar vier verschillende portefeuillehouders en drie projectleiders. "
           "Niemand voelde zich eigenaar van het geheel.", ITEM),
         P("3. De raad hoorde pas in juni 2023 van een tekort van 6,1 miljoen euro, terwijl het college dat sinds "
           "november 2022 wist.", ITEM),
         P("4. Veel stukken werden onder geheimhouding aan de raad gegeven, ook stukken die geen bedrijfsgevoelige "
           "informatie bevatten.", ITEM),
         P("5. De aannemer en de gemeente voeren nog altijd een arbitrage over meerwerk ter waarde van 1,8 miljoen "
           "euro.", ITEM),
         P("Dit is niet de eerste keer dat de gemeente op deze punten wordt gewezen. De rekenkamer schreef in 2021 "
           "in haar onderzoek naar de renovatie van het gemeentehuis al:"),
         P("'Stel bij grote projecten vooraf vast wanneer de raad wordt geïnformeerd en over welke "
           "afwijkingen.'", QUOTE),
         P("Het college nam die aanbeveling destijds over, maar de commissie heeft niet kunnen vaststellen dat zij "
           "bij De Kolk is toegepast."),
         P("3. Aanbevelingen", H2),
         P("De aanbevelingen hieronder zijn gericht aan het college. De commissie heeft ze geordend naar drie thema's."),
         P("Sturing", H3),
         bullet("Eén opdrachtgever.", "Wijs voor elk project van meer dan 5 miljoen euro één bestuurlijk opdrachtgever "
                "aan, die het project van het eerste besluit tot de oplevering in portefeuille houdt, ook na een "
                "collegewisseling."),
         bullet("Beslismomenten.", "Leg in elk besluit over een groot project ten minste drie vaste momenten vast "
                "waarop de raad het project kan bijsturen of stoppen, met per moment de informatie die de raad "
                "dan krijgt."),
         P("Informatie", H3),
         bullet("Risico's in beeld.", "Neem in elke voortgangsrapportage een paragraaf op met de vijf grootste "
                "risico's, met voor elk risico de kans en de mogelijke financiële gevolgen in euro's."),
         bullet("Geheimhouding.", "Beperk geheimhouding tot de delen van stukken die werkelijk bedrijfsgevoelig "
                "zijn, en hef de geheimhouding op de aanbestedingsstukken van Zwembad De Kolk zo snel mogelijk op."),
         bullet("Tijdig melden.", "Informeer de raad binnen twee weken wanneer een project meer dan 10 procent duurder "
                "dreigt te worden of meer dan drie maanden vertraging dreigt op te lopen."),
         P("Uitvoering", H3),
         bullet("Projectbureau.", "Richt een centraal projectbureau in met eigen kostendeskundigen, zodat de kennis "
                "over grote projecten niet langer per project verloren gaat."),
         bullet("Toets over twee jaar.", "Vraag de rekenkamer om in 2028 na te gaan of deze aanbevelingen zijn "
                "uitgevoerd en welk verschil ze in de praktijk hebben gemaakt."),
         P("4. Tot slot", H2),
         P("De commissie dankt iedereen die aan de verhoren heeft meegewerkt. Het rapport en de verslagen van de "
           "verhoren staan op de website van de gemeenteraad. De raad debatteert op 14 april 2026 over het rapport; de "
           "commissie stelt voor dat de raad de conclusies 2 en 3 en de aanbevelingen over sturing dan als eerste "
           "bespreekt."),
         Spacer(1, 6),
         P("Namens de enquêtecommissie,<br/>H.J. (Hester) van Dijken-Molenaar, voorzitter<br/>"
           "R. (Ruben) Talsma, griffier van de commissie"),
         ]
    return s


def response_story():
    hdr = [P(h, CELLB) for h in ("Nr.", "Onderwerp", "Toezegging", "Gereed")]
    rows = [
        ("T-01", "Opdrachtgeverschap", "Vanaf 1 juni 2026 krijgt elk project boven de vijf miljoen euro één vaste "
         "portefeuillehouder als bestuurlijk opdrachtgever; bij een collegewisseling draagt het nieuwe college die "
         "rol expliciet over.", "1 juni 2026"),
        ("T-02", "Risico's en afwijkingen", "De voortgangsrapportages krijgen een vaste risicoparagraaf met kansen "
         "en bedragen voor de grootste risico's. Daarnaast sturen wij uw raad binnen tien werkdagen een "
         "raadsinformatiebrief bij een dreigende overschrijding van budget of planning.",
         "tweede rapportage 2026"),
        ("T-03", "Beslismomenten", "In nieuwe projectbesluiten leggen wij twee vaste beslismomenten vast, bij het "
         "definitief ontwerp en voor de gunning. Een derde moment tijdens de bouw voegt naar ons oordeel weinig "
         "toe, omdat dan bijna alle kosten al vastliggen.", "direct"),
        ("T-04", "Projectbureau", "De vraag of een centraal projectbureau nodig is, betrekken wij bij de verkenning "
         "naar de inrichting van de ambtelijke organisatie. Over de uitkomst daarvan besluiten wij na de zomer.",
         "najaar 2026"),
        ("T-05", "Eindafrekening De Kolk", "Zodra de arbitrage is afgerond, ontvangt uw raad de eindafrekening van "
         "het zwembad met een overzicht van alle meerwerkposten.", "na uitspraak"),
    ]
    data = [hdr] + [[P(a, CELL), P(b, CELL), P(c, CELL), P(d, CELL)] for a, b, c, d in rows]
    t = Table(data, colWidths=[14 * mm, 33 * mm, 93 * mm, 26 * mm], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), GREEN), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9ab5a7")),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, PALE])]))
    s = [P("Gemeente Oosterlanden - college van burgemeester en wethouders", SMALL), Spacer(1, 6),
         P("Aan de gemeenteraad van Oosterlanden<br/>Datum: 31 maart 2026<br/>Ons kenmerk: BW/2026/0871<br/>"
           "Onderwerp: reactie op het eindrapport 'Diep water'", SMALL), Spacer(1, 10),
         P("Geachte leden van de raad,"),
         P("Op 9 maart 2026 bood de enquêtecommissie u haar eindrapport 'Diep water' aan. Wij danken de commissie voor "
           "het zorgvuldige werk en de getuigen voor hun openheid. Het rapport is pijnlijk voor de gemeente, en wij "
           "nemen de boodschap ervan serieus. Met deze brief geven wij onze reactie, zodat u die kunt betrekken bij het "
           "debat van 14 april."),
         P("Wat wij uit het rapport halen", H2),
         P("De commissie stelt in conclusie 3 vast dat uw raad te laat over het tekort is geïnformeerd. Dat erkennen "
           "wij zonder voorbehoud. Het uiteindelijke tekort bedraagt 9,2 miljoen euro; daarvan is 7,4 miljoen gedekt "
           "uit de algemene reserve en 1,8 miljoen is nog onderwerp van de arbitrage met de aannemer."),
         P("Geheimhouding", H2),
         P("Wij delen de opvatting dat geheimhouding een uitzondering moet zijn. Het voorstel om de geheimhouding op de "
           "aanbestedingsstukken van De Kolk nu op te heffen, nemen wij echter niet over: zolang de arbitrage loopt, "
           "zou openbaarmaking de positie van de gemeente schaden. Wij komen hierop terug als er een uitspraak is."),
         P("Toezeggingen", H2),
         P("De overige punten uit het rapport hebben wij vertaald in de toezeggingen hieronder. Zij worden "
           "opgenomen in de toezeggingenlijst van uw raad, zodat u de voortgang kunt volgen."),
         t, Spacer(1, 8),
         P("Tot slot", H2),
         P("Wij beseffen dat het vertrouwen van inwoners en van uw raad niet met een brief wordt hersteld. Wij zien "
           "uit naar het debat en gaan daarin graag met u in gesprek over de lessen uit dit project."),
         P("Met vriendelijke groet,<br/>burgemeester en wethouders van Oosterlanden,<br/>"
           "de secretaris, drs. M.A. Kooistra - de burgemeester, J.C. Wiersma-Boelens"),
         ]
    return s


if __name__ == "__main__":
    build(advice_story, NAME + "_advice.pdf", "Enquêtecommissie Zwembad De Kolk - eindrapport 'Diep water' - "
          "REC/2026/03", "Diep water - eindrapport raadsenquête Zwembad De Kolk", "pagina {n} van {m}",
          "Enquêtecommissie Zwembad De Kolk")
    build(response_story, NAME + "_response.pdf", "Gemeente Oosterlanden - BW/2026/0871 - reactie op 'Diep water'",
          "Reactie college op eindrapport Diep water", "pagina {n} van {m}", "Gemeente Oosterlanden")
    B.write_expected(NAME, [
        (1, "Wijs voor elk project van meer dan 5 miljoen euro",
         "krijgt elk project boven de vijf miljoen euro één vaste", "agrees"),
        (2, "Leg in elk besluit over een groot project ten minste",
         "leggen wij twee vaste beslismomenten vast", "partly"),
        (3, "Neem in elke voortgangsrapportage een paragraaf op met de vijf",
         "krijgen een vaste risicoparagraaf met kansen en bedragen", "agrees"),
        (4, "Beperk geheimhouding tot de delen van stukken die werkelijk",
         "nu op te heffen, nemen wij echter niet over", "disagrees"),
        (5, "Informeer de raad binnen twee weken wanneer een project",
         "binnen tien werkdagen een raadsinformatiebrief bij een dreigende overschrijding", "agrees"),
        (6, "Richt een centraal projectbureau in met eigen kostendeskundigen",
         "betrekken wij bij de verkenning naar de inrichting", "noted"),
        (7, "Vraag de rekenkamer om in 2028 na te gaan of", None, "unanswered"),
    ], ["het zorgvuldige werk en de getuigen voor hun openheid",
        "daarvan is 7,4 miljoen gedekt uit de algemene reserve",
        "ontvangt uw raad de eindafrekening van het zwembad",
        "niet met een brief wordt hersteld"],
        "Advice: a municipal raadsenquête's final report; the seven recommendations are UNNUMBERED square bullets with "
        "bold lead-ins ('Eén opdrachtgever.', 'Beslismomenten.', ...) under three theme sub-headings (Sturing, "
        "Informatie, Uitvoering). Traps: the Gemeentewet paraphrased with 'moet', the research questions numbered "
        "1-4, conclusions numbered 1-5 with figures, the rekenkamer's 2021 recommendation quoted as an imperative, and "
        "a closing line naming 'de conclusies 2 en 3 en de aanbevelingen over sturing'. Response: the college's letter; "
        "a paragraph on 'conclusie 3' with figures (answers nothing), a 'Geheimhouding' section refusing to lift the "
        "secrecy during the arbitration (4 disagrees, although it shares the principle), then a toezeggingen table "
        "with the college's OWN numbers T-01..T-05 keyed by topic: T-01 = 1 agrees (one fixed portefeuillehouder from "
        "1 June 2026), T-02 = 3 and 5 in one row (both agree: risk paragraph; letter within ten working days), T-03 = "
        "2 partly (two decision moments, not three), T-04 = 6 noted (weighed in an organisational review, decided "
        "after the summer), T-05 the college's own (final account, answers nothing). 7 (rekenkamer review in 2028) is "
        "never answered. Introduction and closing answer nothing.")
