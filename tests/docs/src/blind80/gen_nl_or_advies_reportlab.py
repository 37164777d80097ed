"""Round 80 (nl): the ADVIES VAN DE ONDERNEMINGSRAAD (Wet op de ondernemingsraden art. 25) on a proposed
reorganisation of a public body's customer contact team, answered by the director's BESLUIT letter to the
ondernemingsraad (the final decision, saying where it departs from the advice, with the one-month suspension of
art. 25 lid 6 WOR).

Advice: (invented) ondernemingsraad of the Belastingsamenwerking Lingewaard-Betuwe (a joint tax office of five
municipalities), letter 'Advies voorgenomen besluit reorganisatie team Klantcontact', 3 p., sans, letterhead band,
running footer: the WOR's 'moet' quoted, the Sociaal Plan's article quoted, the OR's 2022 advice quoted, 'De OR
constateert' findings, a formation table; the recommendations as BOLD SENTENCES opening paragraphs under subject
headings (numbers by order, 1-7), every one 'De OR adviseert ...' or 'De OR vraagt u ...'.
Response: the director's letter 'Besluit reorganisatie team Klantcontact' (2 p., serif, sidebar with kenmerk),
replying by subject WITHOUT numbers, in another order: opening (nothing); ONE paragraph 'Formatie' = 3 disagrees +
4 agrees; 1 agrees; 6 noted; 2 partly; 5 partly; 'Huisvesting' (nothing); the one-month suspension and closing
(nothing); 7 unanswered.
Engine: reportlab platypus (DejaVu, invariant=1).

Run: /tmp/blind80nl/bin/python tests/docs/src/blind80/gen_nl_or_advies_reportlab.py"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, os.path.dirname(__file__))
import _b80nl as B  # noqa: E402

NAME = "blind80_nl_or_advies"
DV = "/usr/share/fonts/truetype/dejavu/"
for n, f in (("S", "DejaVuSans.ttf"), ("S-B", "DejaVuSans-Bold.ttf"), ("S-I", "DejaVuSans-Oblique.ttf"),
             ("S-BI", "DejaVuSans-BoldOblique.ttf"), ("R", "DejaVuSerif.ttf"), ("R-B", "DejaVuSerif-Bold.ttf"),
             ("R-I", "DejaVuSerif-Italic.ttf"), ("R-BI", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(n, DV + f))
pdfmetrics.registerFontFamily("S", normal="S", bold="S-B", italic="S-I", boldItalic="S-BI")
pdfmetrics.registerFontFamily("R", normal="R", bold="R-B", italic="R-I", boldItalic="R-BI")

PURPLE = colors.HexColor("#5a2a6e")


def styles(fam):
    body = ParagraphStyle("b", fontName=fam, fontSize=9.6, leading=13.6, alignment=TA_JUSTIFY, spaceAfter=6)
    h = ParagraphStyle("h", fontName=fam + "-B", fontSize=10.6, leading=14, spaceBefore=6, spaceAfter=3,
                       textColor=PURPLE if fam == "S" else colors.black)
    small = ParagraphStyle("s", fontName=fam, fontSize=8, leading=10.5, textColor=colors.HexColor("#444444"))
    title = ParagraphStyle("t", fontName=fam + "-B", fontSize=14, leading=18, spaceAfter=6)
    return body, h, small, title


def advice():
    body, h, small, title = styles("S")

    def page(c, doc):
        c.saveState()
        c.setFillColor(PURPLE)
        c.rect(0, A4[1] - 16 * mm, A4[0], 16 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("S-B", 10)
        c.drawString(22 * mm, A4[1] - 10 * mm, "Ondernemingsraad")
        c.setFont("S", 8.5)
        c.drawString(52 * mm, A4[1] - 10 * mm, "Belastingsamenwerking Lingewaard-Betuwe")
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("S", 7.5)
        c.drawString(22 * mm, 12 * mm, "OR BLB | Advies reorganisatie team Klantcontact | OR-2026-007")
        c.drawRightString(A4[0] - 22 * mm, 12 * mm, f"{doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(B.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=26 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Advies ondernemingsraad reorganisatie team Klantcontact", author="OR BLB")
    meta = Table([["Aan", "de heer drs. P.J. (Pieter) van Dorsten, directeur"],
                  ["Van", "de ondernemingsraad"],
                  ["Datum", "3 maart 2026"],
                  ["Kenmerk", "OR-2026-007 (uw adviesaanvraag DIR-2026-004 van 12 januari 2026)"],
                  ["Onderwerp", "Advies voorgenomen besluit reorganisatie team Klantcontact"]],
                 colWidths=[28 * mm, 138 * mm])
    meta.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "S", 8.8), ("FONT", (0, 0), (0, -1), "S-B", 8.8),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 1),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    fm = Table([["", "Huidig", "Voorgenomen"],
                ["Formatie team Klantcontact (fte)", "24,0", "21,0"],
                ["Openingstijden telefoon", "ma-vr 8.30-17.00", "ma-do 8.00-20.00, vr 8.00-17.00"],
                ["Functies", "medewerker klantcontact (schaal 6)", "klantadviseur (schaal 7, voorlopig)"],
                ["Teamleiders", "2", "1"]], colWidths=[62 * mm, 46 * mm, 58 * mm])
    fm.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "S", 8.4), ("FONT", (0, 0), (-1, 0), "S-B", 8.4),
                            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#ece3f0")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    P = lambda t: Paragraph(t, body)  # noqa: E731
    H = lambda t: Paragraph(t, h)  # noqa: E731
    story = [Spacer(1, 2 * mm), meta, Spacer(1, 5 * mm), P("Geachte heer Van Dorsten,"),
             P("Op 12 januari 2026 heeft u de ondernemingsraad om advies gevraagd over het voorgenomen besluit om het "
               "team Klantcontact te reorganiseren. Artikel 25 lid 1 onder e van de Wet op de ondernemingsraden "
               "bepaalt dat de ondernemer de ondernemingsraad in de gelegenheid moet stellen advies uit te brengen "
               "over een belangrijke wijziging in de organisatie. Met deze brief brengen wij dat advies uit."),
             P("Wij hebben de adviesaanvraag besproken in drie overlegvergaderingen (29 januari, 12 en 24 februari), "
               "een bijeenkomst met het team gehouden en schriftelijke reacties van elf medewerkers ontvangen. De "
               "personeelsadviseur heeft onze vragen over het sociaal plan beantwoord."),
             H("Samenvatting van het voornemen"),
             P("Het voornemen is het team Klantcontact om te vormen tot een team van klantadviseurs die vragen over "
               "WOZ, aanslagen en kwijtschelding in één contact afhandelen. Daarbij wordt de telefoon langer open "
               "gesteld en daalt de formatie. De belangrijkste cijfers:"), fm, Spacer(1, 2 * mm),
             H("Ons oordeel in het kort"),
             P("De OR deelt de wens om inwoners sneller en in één keer te helpen. De OR constateert wel dat de "
               "werkdruk in het team al hoog is: het verzuim was in 2025 8,2 procent en er staan nu twee vacatures "
               "open. De OR brengt een positief advies uit, onder de voorwaarden en met de aanbevelingen die "
               "hieronder per onderwerp staan."),
             H("Functie en beloning"),
             P("<b>De OR adviseert de nieuwe functie van klantadviseur te laten waarderen door de externe "
               "functiewaarderingscommissie voordat de medewerkers worden geplaatst.</b> In de adviesaanvraag is de "
               "schaal 7 'voorlopig'. Medewerkers moeten bij hun plaatsing weten waar zij aan toe zijn; een "
               "waardering achteraf leidt tot onzekerheid en bezwaarprocedures."),
             H("Openingstijden"),
             P("<b>De OR adviseert de avondopenstelling tot 20.00 uur alleen op vrijwillige basis in te "
               "roosteren.</b> Veel medewerkers hebben zorgtaken. In de teambijeenkomst gaven acht medewerkers aan "
               "dat avondwerk voor hen niet te combineren is. De OR constateert dat er in de proef van najaar 2025 "
               "gemiddeld maar 14 telefoontjes per avond binnenkwamen."),
             H("Formatie en boventalligheid"),
             P("<b>De OR adviseert de formatie van het team niet te verlagen van 24 naar 21 fte zolang de "
               "langere openingstijden niet zijn geëvalueerd.</b> De besparing gaat uit van een daling van het aantal "
               "telefoontjes door de nieuwe website, die nog niet in gebruik is. Artikel 4.3 van het Sociaal Plan "
               "2024-2028 luidt: 'De werkgever moet voor iedere herplaatsingskandidaat een persoonlijk "
               "van-werk-naar-werkplan opstellen.' De OR wijst erop dat dit ook geldt als de formatie wel daalt."),
             P("<b>De OR adviseert medewerkers die boventallig worden naast het sociaal plan een extra "
               "opleidingsbudget van 2.500 euro per persoon te geven.</b> Het budget uit het sociaal plan (1.000 euro) "
               "is te laag voor een omscholing naar bijvoorbeeld een functie bij de heffing of de WOZ-taxatie."),
             H("Evaluatie"),
             P("<b>De OR adviseert de nieuwe werkwijze na een jaar te laten evalueren door een extern bureau, met de "
               "OR in de begeleidingscommissie.</b> Bij de reorganisatie van de afdeling Heffing in 2022 adviseerde de "
               "OR al: 'Evalueer de nieuwe werkwijze binnen een jaar samen met de medewerkers.' Die evaluatie heeft "
               "nooit plaatsgevonden."),
             H("Thuiswerken en werkplek"),
             P("<b>De OR vraagt u voor de klantadviseurs een volledige thuiswerkplek met headset en tweede scherm "
               "te vergoeden.</b> Nu krijgen alleen medewerkers die meer dan twee dagen thuiswerken een vergoeding, "
               "terwijl avonddiensten vanuit huis worden gedraaid."),
             H("Begeleiding van het team"),
             P("<b>De OR adviseert de teamleider in het eerste jaar na de reorganisatie een externe coach te geven "
               "en het team een teamontwikkeltraject aan te bieden.</b> Met één in plaats van twee teamleiders wordt "
               "de span of control 21 medewerkers; dat vraagt volgens de OR extra ondersteuning."),
             H("Tot slot"),
             P("De OR gaat ervan uit dat u binnen een maand schriftelijk reageert en aangeeft welke onderdelen van "
               "het advies u overneemt. De OR is graag bereid dit advies in de overlegvergadering toe te lichten."),
             P("Met vriendelijke groet,"),
             P("namens de ondernemingsraad,<br/>Femke Hardeman, voorzitter &nbsp;&nbsp;&nbsp; Youssef el Idrissi, "
               "secretaris".replace("&nbsp;", " ")),
             Paragraph("Afschrift: medewerkers team Klantcontact, personeelsadviseur", small)]
    doc.build(story, onFirstPage=page, onLaterPages=page)


def response():
    body, h, small, title = styles("R")

    def page(c, doc):
        c.saveState()
        c.setFont("R-B", 11)
        c.setFillColor(PURPLE)
        c.drawString(20 * mm, A4[1] - 18 * mm, "Belastingsamenwerking")
        c.drawString(20 * mm, A4[1] - 23 * mm, "Lingewaard-Betuwe")
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("R", 7.5)
        if doc.page == 1:
            y = A4[1] - 60 * mm
            for lab, val in (("Datum", "26 maart 2026"), ("Kenmerk", "DIR-2026-019"),
                             ("Uw kenmerk", "OR-2026-007"), ("Behandeld door", "P.J. van Dorsten"),
                             ("Bijlage", "geen")):
                c.setFont("R-B", 7.5)
                c.drawString(20 * mm, y, lab)
                c.setFont("R", 7.5)
                c.drawString(20 * mm, y - 3.6 * mm, val)
                y -= 10 * mm
        c.drawString(20 * mm, 12 * mm, "Besluit reorganisatie team Klantcontact - DIR-2026-019")
        c.drawRightString(A4[0] - 20 * mm, 12 * mm, f"pagina {doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(B.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=62 * mm, rightMargin=20 * mm,
                            topMargin=36 * mm, bottomMargin=22 * mm, invariant=1,
                            title="Besluit reorganisatie team Klantcontact", author="Directeur BLB")
    P = lambda t: Paragraph(t, body)  # noqa: E731
    H = lambda t: Paragraph(t, h)  # noqa: E731
    story = [Paragraph("Aan de ondernemingsraad<br/>t.a.v. mevrouw F. Hardeman, voorzitter", body), Spacer(1, 6 * mm),
             Paragraph("Onderwerp: besluit reorganisatie team Klantcontact", title),
             P("Geachte mevrouw Hardeman, beste leden van de ondernemingsraad,"),
             P("Ik dank u voor uw advies van 3 maart 2026 en voor de zorgvuldige manier waarop u het team bij de "
               "voorbereiding heeft betrokken. In de overlegvergadering van 17 maart hebben wij uw advies besproken. "
               "Met deze brief informeer ik u over mijn besluit en over de punten waarop ik van uw advies afwijk."),
             H("Formatie"),
             P("Ik houd vast aan de nieuwe formatie van 21 fte. De begroting 2026, die door het algemeen bestuur is "
               "vastgesteld, gaat van deze besparing uit, en de twee vacatures worden niet opnieuw ingevuld, zodat "
               "naar verwachting hooguit één medewerker boventallig wordt. Uw voorstel voor een hoger opleidingsbudget "
               "neem ik wel over: wie boventallig wordt, krijgt naast het sociaal plan 2.500 euro extra voor "
               "scholing en loopbaanbegeleiding."),
             H("Waardering van de functie"),
             P("De functiebeschrijving klantadviseur is op 10 maart aan de externe functiewaarderingscommissie "
               "voorgelegd. Ik plaats medewerkers pas in de nieuwe functie nadat de commissie haar oordeel heeft "
               "gegeven; dat is naar verwachting eind april."),
             H("Thuiswerkvoorzieningen"),
             P("Over de vergoeding van thuiswerkplekken loopt op dit moment het overleg met de vakbonden in het "
               "GO over een nieuwe thuiswerkregeling voor de hele organisatie. Ik wil daar niet voor één team op "
               "vooruitlopen en breng uw wens in dat overleg in."),
             H("Avondopenstelling"),
             P("In het eerste jaar deel ik de avonddiensten alleen in bij medewerkers die zich daarvoor aanmelden; er "
               "hebben zich inmiddels negen gemeld. Vanaf april 2027 wil ik de avonden over het hele team verdelen, "
               "met een uitzondering voor medewerkers met aantoonbare zorgtaken. Een blijvend vrijwillig rooster kan "
               "ik niet toezeggen."),
             H("Evaluatie"),
             P("Ik deel uw wens om de werkwijze na een jaar te evalueren en de OR daarbij te betrekken; er komt "
               "een begeleidingscommissie met twee OR-leden. De evaluatie laat ik echter uitvoeren door de eigen "
               "afdeling Bedrijfsvoering en niet door een extern bureau, omdat daarvoor geen budget is."),
             H("Huisvesting"),
             P("Los van uw advies meld ik u dat het team Klantcontact in mei naar de tweede verdieping verhuist, naast "
               "de afdeling Heffing. De werkplekken daar worden voorzien van geluiddempende panelen."),
             H("Vervolg"),
             P("Omdat dit besluit op onderdelen afwijkt van uw advies, voer ik het niet uit voordat een maand na "
               "deze brief is verstreken, zoals artikel 25 lid 6 van de Wet op de ondernemingsraden voorschrijft. "
               "De beoogde ingangsdatum van de nieuwe organisatie is 1 juni 2026."),
             P("Met vriendelijke groet,"),
             P("drs. P.J. van Dorsten<br/>directeur Belastingsamenwerking Lingewaard-Betuwe"),
             Paragraph("Afschrift: dagelijks bestuur BLB, medewerkers team Klantcontact", small)]
    doc.build(story, onFirstPage=page, onLaterPages=page)


RECS = [
    (1, "De OR adviseert de nieuwe functie van klantadviseur te laten waarderen",
     "Ik plaats medewerkers pas in de nieuwe functie", "agrees"),
    (2, "De OR adviseert de avondopenstelling tot 20.00 uur alleen op vrijwillige",
     "Een blijvend vrijwillig rooster kan ik niet toezeggen", "partly"),
    (3, "De OR adviseert de formatie van het team niet te verlagen",
     "Ik houd vast aan de nieuwe formatie van 21 fte", "disagrees"),
    (4, "De OR adviseert medewerkers die boventallig worden naast het sociaal plan",
     "Uw voorstel voor een hoger opleidingsbudget neem ik wel over", "agrees"),
    (5, "De OR adviseert de nieuwe werkwijze na een jaar te laten evalueren",
     "De evaluatie laat ik echter uitvoeren door de eigen afdeling", "partly"),
    (6, "De OR vraagt u voor de klantadviseurs een volledige thuiswerkplek met",
     "breng uw wens in dat overleg in", "noted"),
    (7, "De OR adviseert de teamleider in het eerste jaar na de reorganisatie",
     None, "unanswered"),
]
UNMATCHED = [
    "In de overlegvergadering van 17 maart hebben wij uw advies besproken",
    "het team Klantcontact in mei naar de tweede verdieping verhuist",
    "voer ik het niet uit voordat een maand na deze brief is verstreken",
]
NOTES = ("ADVIES VAN DE ONDERNEMINGSRAAD (WOR art. 25) on a proposed reorganisation of the customer contact team of "
         "a joint municipal tax office, answered by the director's BESLUIT letter to the OR. The Belastingsamenwerking "
         "Lingewaard-Betuwe, its OR, the sociaal plan, all people and figures are invented; the WOR articles are "
         "real but not to be relied on. Recommendations: BOLD SENTENCES opening paragraphs under subject headings "
         "(numbers by order, 1-7), each 'De OR adviseert ...' / 'De OR vraagt u ...'. Traps: WOR art. 25 lid 1 "
         "'moet ... in de gelegenheid stellen'; a formation table; 'De OR brengt een positief advies uit' (the "
         "overall verdict); 'De OR constateert' findings; Sociaal Plan art. 4.3 quoted ('De werkgever moet ...'); "
         "'Medewerkers moeten ... weten'; the OR's 2022 advice quoted ('Evalueer de nieuwe werkwijze binnen een "
         "jaar ...'); the closing expectation of a reply within a month. Letter replies by subject WITHOUT numbers, "
         "in another order: opening (nothing); ONE paragraph 'Formatie' = 3 disagrees ('houd vast aan') + 4 agrees "
         "('neem ik wel over'); 'Waardering' = 1 agrees (submitted 10 March, placement after the verdict); "
         "'Thuiswerkvoorzieningen' = 6 noted (brought into GO talks); 'Avondopenstelling' = 2 partly (voluntary "
         "for the first year only); 'Evaluatie' = 5 partly (evaluation with OR, but internal); 'Huisvesting' "
         "(nothing); 'Vervolg' = the one-month suspension of art. 25 lid 6 WOR (nothing); 7 (coach and team "
         "development) unanswered.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
