"""Round 88 (nl, Dutch): the ADVIES of a municipal ADVIESCOMMISSIE KUNST IN DE OPENBARE RUIMTE on the college's
concept-beleidsnota, answered by a BRIEF (letter) of the wethouder Cultuur to the commission, by paraphrase only.

Advice: (invented) gemeente Haarwijk, advies KOR-2026-03 (2 p., reportlab, DejaVu, invariant=1, a letterhead rule, a
collection table, running head, 'pagina n'); the seven recommendations are BOLD SENTENCES opening the paragraphs of
'4. Ons advies' (numbers by order); traps: findings ('moet', artikel 4 of the verordening, the percentageregeling),
the 2019 advice quoted, figures. Response: letter, NO numbers, order 2, 7, 4+6, 1, 3; 5 unanswered; the opening,
a paragraph on the restoration of 'De Zeemeeuw' and the closing answer nothing.
Haarwijk, the commission, people, figures and dates are invented.

Run: /tmp/blind88nl/bin/python tests/docs/src/blind88/gen_nl_kunstcommissie_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b88nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_JUSTIFY  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind88_nl_kunstcommissie"
for style, f in B.SERIF_FILES.items():
    pdfmetrics.registerFont(TTFont("DVR" + style.replace(" ", ""), B.DV + f))
pdfmetrics.registerFontFamily("DVR", normal="DVRRegular", bold="DVRBold", italic="DVRItalic", boldItalic="DVRBoldItalic")
for style, f in B.SANS_FILES.items():
    pdfmetrics.registerFont(TTFont("DVS" + style.replace(" ", ""), B.DV + f))
pdfmetrics.registerFontFamily("DVS", normal="DVSRegular", bold="DVSBold", italic="DVSItalic", boldItalic="DVSBoldItalic")

BODY = ParagraphStyle("b", fontName="DVRRegular", fontSize=9.6, leading=13.4, alignment=TA_JUSTIFY, spaceAfter=6)
H1 = ParagraphStyle("h1", fontName="DVSBold", fontSize=15, leading=19, textColor=colors.HexColor("#1f4e5a"), spaceAfter=4)
H2 = ParagraphStyle("h2", fontName="DVSBold", fontSize=11, leading=14, textColor=colors.HexColor("#1f4e5a"),
                    spaceBefore=8, spaceAfter=4)
META = ParagraphStyle("m", fontName="DVSRegular", fontSize=8.4, leading=11, textColor=colors.HexColor("#444444"))
SMALL = ParagraphStyle("s", fontName="DVSRegular", fontSize=8.4, leading=11)


def deco(head):
    def on_page(c, doc):
        c.saveState()
        c.setFont("DVSRegular", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        if doc.page > 1:
            c.drawString(2.3 * cm, A4[1] - 1.4 * cm, head)
            c.setStrokeColor(colors.HexColor("#1f4e5a"))
            c.line(2.3 * cm, A4[1] - 1.55 * cm, A4[0] - 2.3 * cm, A4[1] - 1.55 * cm)
        else:
            c.setFillColor(colors.HexColor("#1f4e5a"))
            c.rect(0, A4[1] - 0.6 * cm, A4[0], 0.6 * cm, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawRightString(A4[0] - 2.3 * cm, 1.2 * cm, f"pagina {doc.page}")
        c.restoreState()
    return on_page


def advice():
    doc = SimpleDocTemplate(B.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=2.3 * cm, rightMargin=2.3 * cm,
                            topMargin=2.3 * cm, bottomMargin=2 * cm, invariant=1, title="Advies KOR-2026-03")
    s = []
    s.append(Paragraph("Adviescommissie Kunst in de Openbare Ruimte Haarwijk", META))
    s.append(Spacer(1, 4))
    s.append(Paragraph("Advies over de concept-beleidsnota Kunst in de openbare ruimte 2026-2030", H1))
    s.append(Paragraph("Kenmerk KOR-2026-03 &nbsp;|&nbsp; 12 februari 2026 &nbsp;|&nbsp; aan het college van burgemeester "
                       "en wethouders van Haarwijk &nbsp;|&nbsp; behandeld door: mr. J.C. (Joke) van Doorn, voorzitter, en "
                       "drs. P. Ramdin, secretaris".replace("&nbsp;", " "), META))
    s.append(Spacer(1, 8))
    s.append(Paragraph("1. Aanleiding", H2))
    s.append(Paragraph(
        "Bij brief van 8 januari 2026 heeft het college ons gevraagd te adviseren over de concept-beleidsnota Kunst in de "
        "openbare ruimte 2026-2030. Volgens artikel 4 van de Verordening adviescommissie kunst in de openbare ruimte moet "
        "de commissie binnen acht weken na de adviesaanvraag schriftelijk adviseren. Wij hebben de nota besproken in onze "
        "vergaderingen van 22 januari en 5 februari 2026 en op 29 januari een fietstocht gemaakt langs veertig werken in "
        "de wijken Oosterkwartier, De Vennen en het centrum. Dit advies is unaniem vastgesteld.", BODY))
    s.append(Paragraph("2. De collectie in cijfers", H2))
    t = Table([["Categorie", "Aantal werken", "Staat matig of slecht", "Laatste schouw"],
               ["Beelden en objecten", "118", "31", "2017"],
               ["Gevelkunst en reliëfs", "54", "12", "2017"],
               ["Monumenten en gedenktekens", "27", "4", "2021"],
               ["Tijdelijke werken", "15", "-", "n.v.t."],
               ["Totaal", "214", "47", ""]], colWidths=[5.4 * cm, 3 * cm, 4 * cm, 3 * cm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DVSRegular", 8.4), ("FONT", (0, 0), (-1, 0), "DVSBold", 8.4),
                           ("FONT", (0, -1), (-1, -1), "DVSBold", 8.4),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dbe8eb")),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#8aa")),
                           ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    s.append(t)
    s.append(Spacer(1, 6))
    s.append(Paragraph("3. Bevindingen", H2))
    s.append(Paragraph(
        "De concept-nota is een duidelijke stap vooruit ten opzichte van de nota uit 2014. Zij beschrijft voor het eerst "
        "de hele collectie en kiest voor kunst die aansluit bij de identiteit van de wijken. Wij stellen wel vast dat de "
        "nota weinig zegt over beheer: bijna een kwart van de werken is in matige of slechte staat, en de laatste "
        "volledige schouw dateert van 2017. Een eigenaar van kunst in de buitenruimte moet zorgen dat de werken veilig "
        "zijn; bij drie beelden in het Wilhelminapark is dat nu niet zeker.", BODY))
    s.append(Paragraph(
        "De gemeente kent sinds 2009 een percentageregeling: bij nieuwbouw van gemeentelijke gebouwen gaat 1 procent van "
        "de bouwsom naar kunst. De regeling is in de afgelopen vijf jaar slechts twee keer toegepast, en nooit bij "
        "projecten in de openbare ruimte zoals de herinrichting van de Havenkade (6,8 miljoen euro). In ons advies van "
        "2019 schreven wij al: 'Stel een onderhoudsfonds in voor de bestaande collectie.' Dat advies is toen niet "
        "overgenomen. Ook nu zou de gemeente eigenlijk eerst moeten weten wat zij bezit voordat zij nieuwe werken koopt.",
        BODY))
    s.append(Paragraph(
        "Verder zien wij dat bewoners soms pas bij de onthulling horen dat er een kunstwerk in hun straat komt. Het "
        "beeld 'Golfslag' aan het Marktplein leidde in 2023 tot 160 bezwaren en een petitie. Ten slotte ontbreekt in de "
        "nota een procedure voor werken die hun plek verliezen, bijvoorbeeld bij sloop of herinrichting.", BODY))
    s.append(Paragraph("4. Ons advies", H2))
    s.append(Paragraph("Op grond van het voorgaande geeft de commissie het college het volgende in overweging.", BODY))
    recs = [
        ("Leg de percentageregeling vast in de nota en pas haar ook toe op infrastructurele projecten.",
         "Juist bij grote projecten in de openbare ruimte is kunst zichtbaar voor iedereen. Een vast percentage voorkomt "
         "dat kunst per project opnieuw moet worden bevochten."),
        ("Maak een meerjarig onderhoudsplan voor de hele collectie, op basis van een nieuwe schouw.",
         "Het plan geeft per werk de staat, de kosten en de gewenste ingreep, en wordt elke vier jaar herzien."),
        ("Betrek omwonenden vanaf het begin bij de keuze van kunstenaar en locatie.",
         "Een klankbordgroep per project, met ten minste twee bewoners, kan veel onbegrip voorkomen."),
        ("Reserveer een vast deel van het budget voor tijdelijke kunstwerken en jonge makers.",
         "Wij denken aan 15 procent van het jaarlijkse budget van 180.000 euro."),
        ("Stel heldere regels op voor het verwijderen of herplaatsen van kunstwerken.",
         "Zo'n ontzamelingsprotocol beschrijft wie beslist, hoe de kunstenaar of de erven worden gehoord en wat er met "
         "het werk gebeurt."),
        ("Geef de commissie een vaste rol bij elke aankoop van kunstwerken boven 25.000 euro.",
         "Nu vraagt het college ons advies alleen als het dat zelf nodig vindt; bij drie van de vijf laatste aankopen "
         "werd de commissie niet gehoord."),
        ("Maak de collectie digitaal toegankelijk met een openbare kaart en informatie per werk.",
         "Veel inwoners weten niet wie een werk heeft gemaakt of waarom het er staat. Een kaart op de gemeentelijke "
         "website is eenvoudig te maken."),
    ]
    for b, rest in recs:
        s.append(Paragraph(f"<b>{b}</b> {rest}", BODY))
    s.append(Paragraph("5. Tot slot", H2))
    s.append(Paragraph(
        "De commissie is graag bereid haar advies toe te lichten, bijvoorbeeld in de commissie Samenleving van 10 maart "
        "2026. Wij verzoeken het college ons binnen zes weken te laten weten wat het met dit advies doet.", BODY))
    s.append(Spacer(1, 10))
    s.append(Paragraph("Namens de Adviescommissie Kunst in de Openbare Ruimte,<br/>mr. J.C. van Doorn, voorzitter", SMALL))
    doc.build(s, onFirstPage=deco(""), onLaterPages=deco("Advies KOR-2026-03 - concept-beleidsnota Kunst in de openbare ruimte"))


def response():
    doc = SimpleDocTemplate(B.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=1.6 * cm, bottomMargin=1.8 * cm, invariant=1, title="Brief wethouder")
    s = []
    s.append(Paragraph("<b>Gemeente Haarwijk</b><br/>Postbus 1200, 1960 AB Haarwijk", META))
    s.append(Spacer(1, 8))
    s.append(Paragraph("Adviescommissie Kunst in de Openbare Ruimte<br/>t.a.v. mr. J.C. van Doorn, voorzitter<br/>"
                       "Raadhuisplein 1<br/>1961 KL Haarwijk", SMALL))
    s.append(Spacer(1, 12))
    mt = Table([["Datum", "17 maart 2026"], ["Ons kenmerk", "Z/26/041877"], ["Uw kenmerk", "KOR-2026-03"],
                ["Onderwerp", "Uw advies over de beleidsnota Kunst in de openbare ruimte"]], colWidths=[3 * cm, 11 * cm])
    mt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DVSRegular", 8.4), ("TEXTCOLOR", (0, 0), (0, -1), colors.grey)]))
    s.append(mt)
    s.append(Spacer(1, 12))
    P = [
        "Geachte mevrouw Van Doorn,",
        "Hartelijk dank voor uw zorgvuldige advies van 12 februari jongstleden. Het college heeft het op 10 maart "
        "besproken en waardeert vooral de fietstocht langs de werken, die ons een goed beeld heeft gegeven. Hieronder "
        "leest u hoe wij met uw advies omgaan bij de definitieve vaststelling van de nota.",
        "U vraagt terecht aandacht voor het beheer. Wij hebben inmiddels opdracht gegeven voor een volledige schouw van "
        "de collectie, die in mei wordt uitgevoerd. Op basis daarvan stellen wij voor 1 december 2026 een meerjarig "
        "onderhoudsplan op, dat wij elke vier jaar zullen actualiseren.",
        "Ook de digitale ontsluiting nemen wij graag over. De collectiekaart met per werk de maker, het jaar en een "
        "korte toelichting gaat dit najaar online op de gemeentelijke website.",
        "Over de verdeling van het budget en de rol van de commissie bij aankopen merken wij het volgende op. Een vast "
        "deel voor tijdelijke werken en jonge makers spreekt ons aan; wij zullen dit bij de voorjaarsnota 2027 in "
        "overweging nemen, in samenhang met de overige wensen voor cultuur. Een verplichte adviesrol bij elke aankoop "
        "boven een bepaald bedrag nemen wij niet over. Het college wil de ruimte houden om zelf te bepalen wanneer "
        "advies nodig is, en vraagt uw advies ook in de toekomst bij alle grotere opdrachten.",
        "De percentageregeling wordt in de nota vastgelegd voor nieuwbouw en renovatie van gemeentelijke gebouwen. "
        "Toepassing op infrastructurele projecten gaat ons op dit moment te ver; daar bekijken wij per project of er "
        "ruimte voor kunst is, zoals nu bij de Havenkade.",
        "Wij onderschrijven dat omwonenden vanaf het begin moeten worden betrokken. Bij elk nieuw project richten wij "
        "daarom een klankbordgroep in met bewoners uit de buurt, zoals u voorstelt. Dit wordt als werkwijze in de nota "
        "opgenomen.",
        "Graag informeren wij u ook over de restauratie van het beeld De Zeemeeuw op de Noordpier. Na de "
        "stormschade van november is het beeld naar het atelier van restaurator Bakels gebracht; het keert naar "
        "verwachting in juni terug op zijn plek.",
        "Wij zien uit naar een voortgezette goede samenwerking en nodigen u van harte uit voor de presentatie van de "
        "definitieve nota in de raadscommissie.",
        "Met vriendelijke groet,<br/>burgemeester en wethouders van Haarwijk, namens dezen,<br/>"
        "H.A. Terpstra<br/>wethouder Cultuur en Erfgoed",
    ]
    for p in P:
        s.append(Paragraph(p, BODY))
    doc.build(s, onFirstPage=deco(""), onLaterPages=deco("Z/26/041877"))


RECS = [
    (1, "Leg de percentageregeling vast in de nota en pas haar ook toe", "Toepassing op infrastructurele projecten gaat ons op dit moment te ver", "partly", ["disagrees"]),
    (2, "Maak een meerjarig onderhoudsplan voor de hele collectie, op basis van", "hebben inmiddels opdracht gegeven voor een volledige schouw", "agrees"),
    (3, "Betrek omwonenden vanaf het begin bij de keuze van kunstenaar en locatie", "richten wij daarom een klankbordgroep in met bewoners uit de buurt", "agrees"),
    (4, "Reserveer een vast deel van het budget voor tijdelijke kunstwerken en", "wij zullen dit bij de voorjaarsnota 2027 in overweging nemen", "noted"),
    (5, "Stel heldere regels op voor het verwijderen of herplaatsen van kunstwerken", None, "unanswered"),
    (6, "Geef de commissie een vaste rol bij elke aankoop van kunstwerken", "Een verplichte adviesrol bij elke aankoop boven een bepaald bedrag", "disagrees"),
    (7, "Maak de collectie digitaal toegankelijk met een openbare kaart en informatie", "De collectiekaart met per werk de maker, het jaar", "agrees"),
]
UNMATCHED = ["Hartelijk dank voor uw zorgvuldige advies van 12 februari",
             "informeren wij u ook over de restauratie van het beeld",
             "Wij zien uit naar een voortgezette goede samenwerking"]
NOTES = ("Advice: seven BOLD SENTENCES opening the paragraphs of '4. Ons advies' (numbers by order); traps: a collection "
         "table, findings with 'moet' (artikel 4 of the verordening, the owner's duty), 'zou ... moeten', the 2019 advice "
         "quoted ('Stel een onderhoudsfonds in voor de bestaande collectie.'), the percentageregeling of 2009. Response: "
         "letter of the wethouder by paraphrase, NO numbers, order 2, 7, 4+6, 1, 3. Shared paragraph: 4 noted (voorjaarsnota "
         "2027) + 6 disagrees (no mandatory advisory role). 1 partly (buildings yes, infrastructure not). 5 (ontzamelen) "
         "unanswered. Opening, the Zeemeeuw restoration and the closing answer nothing.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
