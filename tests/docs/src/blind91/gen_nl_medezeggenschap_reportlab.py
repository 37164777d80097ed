"""Round 91 (nl): the ADVIES of the MEDEZEGGENSCHAPSRAAD (MR) of a Dutch primary school on the board's
concept-SCHOOLPLAN 2026-2030 (Wet medezeggenschap op scholen, adviesrecht), answered by the schoolbestuur's LETTER to
the MR that cites the advice numbers ('Ad advies 4').

Advice: MR of OBS De Wilgenhoek (2 p., reportlab, sans, green rule letterhead, running head, 'blad n'):
'Overwegingen' numbered 1-6 (findings, the same hanging-number form), then 'Advies' numbered 1-7; traps: WMS article
numbers and 'moet', the MR's 2022 advice quoted, dates. Response: letter of the College van Bestuur of Stichting
Primair Onderwijs Lindewold, order 4, 2, 6+1, 7, 3; 5 unanswered. Everything is invented; laws are cited loosely.

Run: /tmp/blind91nl/bin/python tests/docs/src/blind91/gen_nl_medezeggenschap_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b91nl as B  # noqa: E402
from reportlab.lib.colors import Color  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind91_nl_medezeggenschap"
F = B.tmp_fonts()
pdfmetrics.registerFont(TTFont("S", F["Regular"]))
pdfmetrics.registerFont(TTFont("SB", F["Bold"]))
pdfmetrics.registerFont(TTFont("SI", F["Italic"]))
pdfmetrics.registerFontFamily("S", normal="S", bold="SB", italic="SI", boldItalic="SB")
GREEN = Color(0.16, 0.45, 0.3)

body = ParagraphStyle("b", fontName="S", fontSize=9.6, leading=13.4, spaceAfter=5)
hang = ParagraphStyle("h", parent=body, leftIndent=20, firstLineIndent=-20)
h1 = ParagraphStyle("h1", parent=body, fontName="SB", fontSize=14, leading=18, textColor=GREEN, spaceAfter=8)
h2 = ParagraphStyle("h2", parent=body, fontName="SB", fontSize=11, leading=15, spaceBefore=8, textColor=GREEN)
small = ParagraphStyle("s", parent=body, fontSize=8, leading=10.5)
quote = ParagraphStyle("q", parent=body, leftIndent=18, rightIndent=18, fontName="SI")


def deco(head, foot):
    def draw(c, doc):
        w, h = A4
        c.saveState()
        c.setStrokeColor(GREEN)
        c.setLineWidth(2)
        c.line(56, h - 40, w - 56, h - 40)
        c.setFont("S", 7.5)
        c.setFillColor(Color(0.35, 0.35, 0.35))
        c.drawString(56, h - 34, head)
        c.drawRightString(w - 56, 30, foot.format(n=doc.page))
        c.restoreState()
    return draw


def build(pdfname, story, head, foot):
    doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=62, rightMargin=62, topMargin=60,
                            bottomMargin=52, title=head)
    doc.build(story, onFirstPage=deco(head, foot), onLaterPages=deco(head, foot))


def P(t, s=body):
    return Paragraph(t, s)


def advice():
    s = [P("Medezeggenschapsraad OBS De Wilgenhoek", h2),
         P("Populierenlaan 14, 7421 KB Lindewold &middot; mr@wilgenhoek-lindewold.nl", small), Spacer(1, 8),
         P("Advies van de medezeggenschapsraad over het concept-schoolplan 2026-2030", h1)]
    meta = Table([["Aan", "College van Bestuur Stichting Primair Onderwijs Lindewold"],
                  ["Datum", "12 maart 2026"], ["Kenmerk", "MR-WH/2026-04"],
                  ["Betreft", "Adviesrecht artikel 11, onder a, WMS - concept-schoolplan van 2 februari 2026"]],
                 colWidths=[70, 380])
    meta.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "S", 9), ("FONT", (0, 0), (0, -1), "SB", 9),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    s += [meta, Spacer(1, 8),
          P("1. Inleiding", h2),
          P("Op 2 februari 2026 ontving de medezeggenschapsraad (MR) het concept-schoolplan 2026-2030 met het verzoek "
            "om advies. Het schoolplan is op grond van de Wet op het primair onderwijs eens per vier jaar vast te "
            "stellen en moet vóór 1 augustus 2026 bij de inspectie bekend zijn. De MR heeft op grond van artikel 11 "
            "van de Wet medezeggenschap op scholen (WMS) adviesrecht; de oudergeleding en de personeelsgeleding hebben "
            "het concept in twee vergaderingen (17 februari en 3 maart 2026) besproken en 41 ouders hebben gereageerd "
            "op een korte vragenlijst."),
          P("In ons advies over het vorige schoolplan schreven wij op 9 mei 2022:"),
          P("'De school moet de ouders jaarlijks laten weten welke doelen uit het schoolplan zijn gehaald.'", quote),
          P("Die jaarlijkse terugkoppeling is er in 2023 één keer geweest. Wij nemen dat punt daarom in ons advies mee, "
            "in een andere vorm."),
          P("2. Overwegingen", h2),
          P("De MR is positief over de heldere opbouw van het concept en over de keuze voor drie speerpunten: lezen, "
            "burgerschap en een rustig schoolklimaat. Bij de bespreking zijn de volgende overwegingen naar voren "
            "gekomen.")]
    ov = [
        "Het concept noemt geen meetbare doelen voor begrijpend lezen; de resultaten op de eindtoets lagen in 2024 "
        "en 2025 onder de signaleringswaarde.",
        "De werkdruk van leerkrachten is volgens het eigen tevredenheidsonderzoek (november 2025) hoog: 62 procent "
        "noemt de administratieve last te zwaar.",
        "Burgerschap is sinds 1 augustus 2021 een wettelijke opdracht; de school moet een samenhangend aanbod "
        "hebben. Het concept beschrijft vooral losse projecten.",
        "Ouders weten volgens de vragenlijst weinig van de ondersteuning die de school biedt (ondersteuningsprofiel).",
        "De meerjarenbegroting in bijlage 3 gaat uit van een daling van het leerlingenaantal van 214 naar 188.",
        "Het concept zegt niets over de inzet van de middelen uit het Nationaal Programma Onderwijs na 2025.",
    ]
    for i, t in enumerate(ov, 1):
        s.append(P(f"{i}.&nbsp;&nbsp;{t}".replace("&nbsp;", " "), hang))
    s += [P("3. Advies", h2),
          P("Op grond van deze overwegingen geeft de MR het college van bestuur het volgende advies.")]
    adv = [
        "Neem in het schoolplan voor begrijpend lezen concrete streefwaarden per leerjaar op en rapporteer daar "
        "jaarlijks over aan de MR.",
        "Stel een schoolbrede leesco\u00f6rdinator aan met ten minste vier uur per week vrij geroosterde tijd.",
        "Maak van burgerschap een doorlopende leerlijn voor groep 1 tot en met 8 in plaats van een reeks projecten.",
        "Verminder de administratieve last door het groepsplan te vervangen door een beknopt groepsoverzicht.",
        "Publiceer het ondersteuningsprofiel in begrijpelijke taal op de website en in de schoolgids.",
        "Leg in het schoolplan vast dat de school ouders jaarlijks in een korte notitie informeert over de voortgang.",
        "Betrek de MR vóór 1 oktober 2026 bij een scenario voor de formatie bij verdere krimp.",
    ]
    for i, t in enumerate(adv, 1):
        s.append(P(f"<b>{i}.</b>  {t}", hang))
    s += [P("4. Tot besluit", h2),
          P("De MR verzoekt het college van bestuur binnen vier weken schriftelijk en gemotiveerd te laten weten wat "
            "het met dit advies doet, zoals artikel 13 van het medezeggenschapsreglement voorschrijft. Wanneer het "
            "college van het advies afwijkt, moet het de MR volgens dat artikel eerst in de gelegenheid stellen "
            "daarover overleg te voeren. De MR is graag bereid het advies toe te lichten."),
          P("Namens de medezeggenschapsraad,"),
          P("Marloes Tenhagen, voorzitter &nbsp; &middot; &nbsp; Rik van Oudheusden, secretaris".replace("&nbsp;", " "))]
    build(NAME + "_advice.pdf", s, "MR OBS De Wilgenhoek - advies concept-schoolplan 2026-2030",
          "blad {n}")


def response():
    s = [P("Stichting Primair Onderwijs Lindewold", h2),
         P("College van Bestuur &middot; Postbus 210, 7420 AE Lindewold", small), Spacer(1, 10),
         P("Aan de medezeggenschapsraad van OBS De Wilgenhoek<br/>t.a.v. mevrouw M. Tenhagen, voorzitter"),
         P("Lindewold, 7 april 2026<br/>Ons kenmerk: CvB/2026-118<br/>Uw kenmerk: MR-WH/2026-04"),
         P("Onderwerp: reactie op uw advies over het concept-schoolplan 2026-2030", ParagraphStyle(
             "o", parent=body, fontName="SB")),
         P("Geachte mevrouw Tenhagen, beste leden van de MR,"),
         P("Hartelijk dank voor uw zorgvuldige advies van 12 maart 2026 en voor de tijd die u en de ouders in het "
           "concept-schoolplan hebben gestoken. Wij hebben uw advies op 31 maart met de directeur van De Wilgenhoek "
           "besproken. Hieronder leest u per adviespunt wat wij ermee doen."),
         P("<b>Ad advies 4 (administratieve last).</b> Wij nemen dit advies over. Met ingang van het schooljaar "
           "2026-2027 vervalt het uitgebreide groepsplan en werken alle groepen met een groepsoverzicht van "
           "hooguit twee kantjes. Het schoolplan is op dit punt aangepast."),
         P("<b>Ad advies 2 (leesco\u00f6rdinator).</b> Wij delen uw wens om het lezen een vaste trekker te geven. "
           "Vier uur per week is binnen de formatie 2026-2027 echter niet op te brengen. Wij stellen wel een "
           "leesco\u00f6rdinator aan voor twee uur per week en bekijken na een jaar of uitbreiding mogelijk is."),
         P("<b>Ad advies 6 en 1 (informeren en streefwaarden).</b> De jaarlijkse notitie aan ouders over de voortgang "
           "is een goed idee; die wordt vanaf juni 2027 elk jaar met de schoolgids meegestuurd. Streefwaarden per "
           "leerjaar voor begrijpend lezen nemen wij niet in het schoolplan op. Wij vinden het niet verstandig om "
           "voor vier jaar vaste cijfers per groep vast te leggen; de doelen worden jaarlijks in het jaarplan "
           "bepaald, zoals nu ook gebeurt."),
         P("<b>Ad advies 7 (formatie bij krimp).</b> Het college neemt kennis van dit advies. Of er een apart "
           "scenario voor De Wilgenhoek nodig is, hangt af van de leerlingprognose die de gemeente in de zomer "
           "verwacht. Wij komen daar in het najaar bij u op terug."),
         P("<b>Ad advies 3 (burgerschap).</b> In het definitieve schoolplan is paragraaf 4.3 herschreven tot een "
           "doorlopende leerlijn burgerschap voor alle groepen, op basis van het stichtingsbrede kader dat in januari "
           "is vastgesteld. Daarmee is dit advies overgenomen."),
         P("<b>Nationaal Programma Onderwijs.</b> U merkt terecht op dat het concept niets zegt over de NP-middelen "
           "na 2025. Deze middelen lopen af; de inzet in 2025-2026 wordt in het jaarverslag verantwoord. Dit heeft "
           "voor de stichting geen gevolgen voor de vaste formatie van de school."),
         P("Wij hopen u hiermee voldoende te hebben ge\u00efnformeerd. Het aangepaste schoolplan sturen wij u "
           "voor 1 mei toe; wij zien uit naar een goede voortzetting van ons overleg in de vergadering van 19 mei."),
         P("Met vriendelijke groet,"),
         P("drs. J.H. Brouwer-Keizer<br/>voorzitter College van Bestuur")]
    build(NAME + "_response.pdf", s, "SPO Lindewold - reactie advies MR schoolplan", "pagina {n}")


advice()
response()
B.write_expected(NAME, [
    (1, "Neem in het schoolplan voor begrijpend lezen concrete streefwaarden per leerjaar",
     "nemen wij niet in het schoolplan op", "disagrees"),
    (2, "Stel een schoolbrede leescoördinator aan met ten minste vier uur",
     "leescoördinator aan voor twee uur per week", "partly"),
    (3, "Maak van burgerschap een doorlopende leerlijn voor groep 1", "herschreven tot een doorlopende leerlijn "
     "burgerschap voor alle groepen", "agrees"),
    (4, "Verminder de administratieve last door het groepsplan te vervangen", "Met ingang van het schooljaar "
     "2026-2027 vervalt het uitgebreide groepsplan", "agrees"),
    (5, "Publiceer het ondersteuningsprofiel in begrijpelijke taal op de website", None, "unanswered"),
    (6, "Leg in het schoolplan vast dat de school ouders jaarlijks", "vanaf juni 2027 elk jaar met de schoolgids "
     "meegestuurd", "agrees"),
    (7, "Betrek de MR vóór 1 oktober 2026 bij een scenario", "Het college neemt kennis van dit advies", "noted"),
], ["Hartelijk dank voor uw zorgvuldige advies van 12 maart 2026",
    "Deze middelen lopen af; de inzet in 2025-2026",
    "Het aangepaste schoolplan sturen wij u voor 1 mei toe"],
    "Advice: MR advice letter on a school plan; 'Overwegingen' 1.-6. (findings) and 'Advies' 1.-7. in the same "
    "hanging-number form; traps: the 2022 advice quoted with 'moet', WMS/reglement 'moet', dates, article numbers. "
    "Response: board letter with bold 'Ad advies N' leads, order 4, 2, 6+1, 7, 3; 'Ad advies 6 en 1' = 6 agrees + 1 "
    "disagrees; 2 partly (two hours instead of four); 7 noted; 5 unanswered; thanks, 'Nationaal Programma Onderwijs' "
    "and the closing answer nothing.")
