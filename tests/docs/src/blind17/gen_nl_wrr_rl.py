"""Blind round 17 (nl), pair blind17_nl_wrr — reportlab.

Advice: WRR-rapport nr. 113 'Mensenwerk in de uitvoering' (Wetenschappelijke Raad voor het Regeringsbeleid):
full-bleed cover, 'Inhoud' with colofon, a Samenvatting that names the seven recommendations in short form as
bullets, chapters 1-4 with endnotes ('Noten') at the end of each chapter, a numbered list of 'knelpunten' in
chapter 2, and '5 Aanbevelingen' with the recommendations 1-7 as hanging bold numbers, each a bold sentence and
an explanation, in three tracks ('Spoor 1/2/3'); running header and 'N' page numbers.
Response: Kamerbrief of the minister of BZK (sidebar with address, kenmerk and 'Pagina N' on every page, logo
strip on page 1, a footnote at the foot of page 1) with section '3 Reactie op de aanbevelingen' in its own order:
'3.1 Wetten die werken in de praktijk (aanbevelingen 1 en 2)' one section for two, then 7, 3, 6, 4, 5 under
subject headings naming the number in parentheses; '3.7 Digitale dienstverlening' answers no recommendation.

Run from the repository root (venv outside the repo):
    python3 -m venv /tmp/blind17nlenv && /tmp/blind17nlenv/bin/pip install reportlab fpdf2 pymupdf fonttools
    /tmp/blind17nlenv/bin/python tests/docs/src/blind17/gen_nl_wrr_rl.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reportlab import rl_config  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate,  # noqa: E402
                                Paragraph, Spacer)

from _nl_b17 import DOCS, rl_register  # noqa: E402

NAME = "blind17_nl_wrr"
W, H = A4
rl_register()
rl_config.canvas_basefontname = "lsans"
rl_config.invariant = 1  # reproducible output

RED = colors.HexColor("#a3123a")
body = ParagraphStyle("body", fontName="lser", fontSize=10.5, leading=15, alignment=TA_LEFT, spaceAfter=7)
h1 = ParagraphStyle("h1", fontName="lsans-B", fontSize=17, leading=21, textColor=RED, spaceBefore=4,
                    spaceAfter=10, keepWithNext=1)
h2 = ParagraphStyle("h2", fontName="lsans-B", fontSize=11, leading=15, spaceBefore=8, spaceAfter=4, keepWithNext=1)
h3 = ParagraphStyle("h3", fontName="lsans-I", fontSize=10.5, leading=14, textColor=RED, spaceBefore=6,
                    spaceAfter=3, keepWithNext=1)
item = ParagraphStyle("item", parent=body, leftIndent=14, bulletIndent=2, spaceAfter=4, bulletFontName="lser")
rec = ParagraphStyle("rec", parent=body, leftIndent=22, bulletIndent=0, bulletFontName="lsans-B",
                     bulletFontSize=13, spaceAfter=3)
expl = ParagraphStyle("expl", parent=body, leftIndent=22, spaceAfter=9)
notes = ParagraphStyle("notes", fontName="lser", fontSize=8.5, leading=11, leftIndent=14, bulletIndent=0,
                       spaceAfter=2, bulletFontName="lser", bulletFontSize=8.5)
toc = ParagraphStyle("toc", fontName="lsans", fontSize=10.5, leading=19)
small = ParagraphStyle("small", fontName="lsans", fontSize=8, leading=11)


def P(t, s=body):
    return Paragraph(t, s)


# ------------------------------------------------------------------ advice

def adv_page(canv, doc):
    n = canv.getPageNumber()
    canv.saveState()
    if n == 1:
        canv.setFillColor(RED)
        canv.rect(0, 0, W, H, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("lsans-B", 11)
        canv.drawString(24 * mm, H - 28 * mm, "WETENSCHAPPELIJKE RAAD VOOR HET REGERINGSBELEID")
        canv.setFont("lsans-B", 36)
        canv.drawString(24 * mm, H - 120 * mm, "Mensenwerk in")
        canv.drawString(24 * mm, H - 134 * mm, "de uitvoering")
        canv.setFont("lsans", 13)
        canv.drawString(24 * mm, H - 148 * mm, "Naar publieke dienstverlening die burgers weer kunnen dragen")
        canv.setFont("lsans", 10)
        canv.drawString(24 * mm, 36 * mm, "Rapport nr. 113")
        canv.drawString(24 * mm, 30 * mm, "Den Haag, september 2025")
    else:
        canv.setFont("lsans", 7.5)
        canv.setFillColor(colors.HexColor("#666666"))
        if n % 2 == 0:
            canv.drawString(24 * mm, H - 13 * mm, "Mensenwerk in de uitvoering")
            canv.drawString(24 * mm, 12 * mm, str(n))
        else:
            canv.drawRightString(W - 24 * mm, H - 13 * mm, "WRR  |  Rapport 113")
            canv.drawRightString(W - 24 * mm, 12 * mm, str(n))
    canv.restoreState()


RECS = [
    ("Spoor 1: wetten die uitvoerbaar zijn",
     [("Voer voor ieder wetsvoorstel met gevolgen voor burgers een verplichte doenvermogentoets in en maak de "
       "uitvoeringstoets openbaar voordat het voorstel voor advies naar de Raad van State gaat.",
       "Nu wordt pas laat zichtbaar wat een wet van burgers vraagt. Een openbare uitvoeringstoets in een vroeg "
       "stadium geeft het parlement de kans daarop te sturen."),
      ("Neem in alle wetten op het terrein van de sociale zekerheid en de toeslagen een algemene "
       "hardheidsclausule op, zodat uitvoerders kunnen afwijken waar toepassing van de regel onevenredig "
       "uitpakt.",
       "De professional moet het verschil kunnen maken voor de burger in een uitzonderlijke situatie, zonder "
       "daarvoor eerst toestemming van het departement te vragen.")]),
    ("Spoor 2: ruimte en vakmanschap",
     [("Investeer structureel in het vakmanschap van uitvoeringsprofessionals, met een gezamenlijke "
       "opleidingsroute voor alle uitvoeringsorganisaties en tijd voor intervisie.",
       "Wie mensen ruimte wil geven, moet ook investeren in hun oordeelsvermogen. De raad schat de benodigde "
       "investering op ongeveer \u20ac 60 miljoen per jaar."),
      ("Stel een onafhankelijke Raad voor de uitvoering in, die jaarlijks rapporteert over de staat van de "
       "uitvoering en gevraagd en ongevraagd adviseert over de uitvoerbaarheid van beleid.",
       "Het ontbreekt nu aan een partij die over de grenzen van organisaties heen kijkt en die het signaal van "
       "de uitvoering onafhankelijk kan doorgeven."),
      ("Laat de Tweede Kamer jaarlijks een verantwoordingsdebat voeren over de staat van de uitvoering, met de "
       "leiding van de grote uitvoeringsorganisaties als gesprekspartner.",
       "Zo krijgt de uitvoering een vaste plaats in de parlementaire cyclus en niet alleen aandacht wanneer het "
       "misgaat.")]),
    ("Spoor 3: dichtbij en eenvoudig",
     [("Zorg dat burgers in iedere regio terechtkunnen bij een fysiek dienstverleningspunt waar UWV, SVB, "
       "Belastingdienst, DUO en de gemeente samen spreekuur houden.",
       "Veel burgers lopen vast omdat zij niet weten bij welke organisatie hun probleem hoort. Een gezamenlijk "
       "loket neemt die zoektocht van hen over."),
      ("Breng het aantal inkomensregelingen drastisch terug en begin daarbij met het afschaffen van het "
       "toeslagenstelsel in zijn huidige vorm.",
       "Vereenvoudiging in de marge is niet genoeg. Zolang het stelsel op achteraf vaststellen en terugvorderen "
       "berust, blijft het voor een grote groep burgers onbegrijpelijk.")]),
]


def advice() -> None:
    out = DOCS / f"{NAME}_advice.pdf"
    doc = BaseDocTemplate(str(out), pagesize=A4, leftMargin=26 * mm, rightMargin=26 * mm, topMargin=22 * mm,
                          bottomMargin=22 * mm, title="Mensenwerk in de uitvoering", author="WRR")
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate("cover", [fr], onPage=adv_page), PageTemplate("body", [fr], onPage=adv_page)])
    s = [NextPageTemplate("body"), PageBreak()]
    s.append(P("Inhoud", h1))
    for t, p in (("Samenvatting", 3), ("1  Inleiding", 4), ("2  Uitvoering onder druk", 4),
                 ("3  Wat de uitvoering nodig heeft", 4), ("4  Drie sporen", 5), ("5  Aanbevelingen", 6)):
        s.append(P(f"{t}<font color='#999999'> . . . . . . . . . . . . . . . . . . . . </font>{p}", toc))
    s.append(Spacer(1, 190))
    s.append(P("<b>Colofon</b><br/>Wetenschappelijke Raad voor het Regeringsbeleid, Buitenhof 34, Postbus 20004, "
               "2500 EA Den Haag. De WRR is een onafhankelijke adviesraad die de regering adviseert over "
               "vraagstukken die op langere termijn van groot belang zijn voor de samenleving. Dit rapport is "
               "voorbereid door een projectgroep onder leiding van raadslid prof. dr. A.C. Mertens.<br/>"
               "ISBN 978 90 5936 913 0  |  www.wrr.nl", small))
    s.append(PageBreak())

    s.append(P("Samenvatting", h1))
    s.append(P("Burgers zijn voor hun inkomen, zorg en onderwijs in hoge mate afhankelijk van publieke "
               "uitvoeringsorganisaties. Die organisaties staan onder druk. Wetten worden steeds ingewikkelder, "
               "de digitale dienstverlening veronderstelt vaardigheden die niet iedereen heeft en de professional "
               "aan het loket heeft weinig ruimte om maatwerk te leveren. De toeslagenaffaire heeft laten zien "
               "hoe groot de gevolgen kunnen zijn wanneer het stelsel geen oog meer heeft voor de mens."))
    s.append(P("De raad stelt in dit rapport dat het herstel van vertrouwen niet met nog een programma kan worden "
               "bereikt. Het vergt een andere manier van wetgeven, meer ruimte en vakmanschap voor professionals "
               "en een overheid die dichterbij is. De raad werkt dit uit in drie sporen met in totaal zeven "
               "aanbevelingen:"))
    for t in ("uitvoerbaarheid vooraf toetsen en de uitvoeringstoets openbaar maken;",
              "een hardheidsclausule in de socialezekerheids- en toeslagwetten;",
              "investeren in opleiding en intervisie van professionals;",
              "een onafhankelijke Raad voor de uitvoering;",
              "een jaarlijks debat in de Tweede Kamer over de uitvoering;",
              "gezamenlijke dienstverleningspunten in de regio;",
              "minder inkomensregelingen, te beginnen met de toeslagen."):
        s.append(Paragraph(t, item, bulletText="\u2013"))
    s.append(PageBreak())

    s.append(P("1  Inleiding", h1))
    s.append(P("In 2021 vroeg de regering de WRR te onderzoeken hoe de publieke dienstverlening aan burgers kan "
               "worden verbeterd na de parlementaire ondervraging naar de kinderopvangtoeslag.<sup>1</sup> De "
               "raad heeft zich daarbij gericht op de grote uitvoeringsorganisaties in de sociale zekerheid en de "
               "inkomensondersteuning: UWV, de Sociale Verzekeringsbank (SVB), Dienst Toeslagen, DUO en de "
               "gemeentelijke sociale diensten."))
    s.append(P("Voor dit rapport heeft de raad gesprekken gevoerd met ruim negentig professionals, leidinggevenden "
               "en burgers, en literatuur over de uitvoering in binnen- en buitenland bestudeerd. Daarnaast is "
               "gebruikgemaakt van de Staat van de uitvoering 2024 en van eerder WRR-werk, in het bijzonder het "
               "rapport <i>Weten is nog geen doen</i> (2017).<sup>2</sup>"))
    s.append(P("Noten", h3))
    s.append(Paragraph("Brief van de minister-president van 17 september 2021, Kamerstukken II 2021/22, 35 510, "
                       "nr. 94.", notes, bulletText="1"))
    s.append(Paragraph("WRR (2017) <i>Weten is nog geen doen. Een realistisch perspectief op redzaamheid</i>. "
                       "Rapport nr. 97. Den Haag: WRR.", notes, bulletText="2"))
    s.append(Spacer(1, 8))

    s.append(P("2  Uitvoering onder druk", h1))
    s.append(P("Uit de gesprekken en de literatuur komt een consistent beeld naar voren. De raad onderscheidt vier "
               "knelpunten die elkaar versterken:"))
    for i, t in enumerate((
            "De complexiteit van wet- en regelgeving is zo groot geworden dat ook professionals haar niet meer "
            "volledig overzien.",
            "Het beleid gaat uit van een burger die zelf informatie zoekt, formulieren invult en wijzigingen "
            "tijdig doorgeeft; veel burgers kunnen dat niet.",
            "Professionals hebben weinig ruimte om af te wijken, en wie afwijkt, loopt het risico daarop te "
            "worden aangesproken.",
            "Signalen uit de uitvoering over knellende regels bereiken de politiek niet, of te laat."), start=1):
        s.append(Paragraph(t, item, bulletText=f"{i}."))
    s.append(P("De Staat van de uitvoering 2024 telt meer dan 200 knelpunten die uitvoerders hebben gemeld. "
               "Slechts een klein deel daarvan is opgelost.<sup>3</sup> Burgers ervaren de overheid daardoor als "
               "een doolhof van loketten, waar de vraag wie verantwoordelijk is belangrijker lijkt dan de vraag "
               "wat iemand nodig heeft."))
    s.append(P("Noten", h3))
    s.append(Paragraph("Staat van de uitvoering 2024, Den Haag, juni 2024, p. 14.", notes, bulletText="3"))
    s.append(Spacer(1, 8))

    s.append(P("3  Wat de uitvoering nodig heeft", h1))
    s.append(P("Een goed functionerende uitvoering begint bij de wetgever. Wetten die uitgaan van een realistisch "
               "beeld van burgers, zijn eenvoudiger uit te voeren en leiden tot minder fouten. Daarnaast vraagt "
               "goede uitvoering om professionals die de ruimte krijgen om hun oordeel te gebruiken, en die "
               "daarin worden opgeleid en ondersteund."))
    s.append(P("Ook de digitalisering speelt een grote rol. Digitale dienstverlening maakt veel zaken sneller en "
               "goedkoper, maar vergroot de afstand voor burgers die minder digitaal vaardig zijn. Volgens het "
               "CBS heeft ongeveer 2,5 miljoen Nederlanders moeite met digitale vaardigheden.<sup>4</sup> De raad "
               "doet op dit punt geen afzonderlijke aanbeveling, maar betrekt het bij het derde spoor."))
    s.append(P("Ten slotte is van belang dat de uitvoering zichtbaar is in het politieke debat. Nu krijgt zij vooral "
               "aandacht wanneer er iets misgaat, met als gevolg dat de oplossing vaak bestaat uit meer controle "
               "en meer regels."))
    s.append(P("Noten", h3))
    s.append(Paragraph("CBS (2024) <i>ICT, kennis en economie 2024</i>. Den Haag/Heerlen: Centraal Bureau voor de "
                       "Statistiek.", notes, bulletText="4"))
    s.append(Spacer(1, 8))

    s.append(P("4  Drie sporen", h1))
    s.append(P("De raad ziet drie sporen waarlangs de uitvoering weer mensenwerk kan worden. Het eerste spoor "
               "betreft de wetgeving zelf: de uitvoerbaarheid van wetten moet vooraf serieus worden getoetst, en "
               "de wet moet ruimte bieden voor afwijking waar dat nodig is. Het tweede spoor gaat over de "
               "professional en over de manier waarop de uitvoering wordt bestuurd en verantwoord. Het derde spoor "
               "gaat over de nabijheid en eenvoud van de overheid voor de burger."))
    s.append(P("De drie sporen hangen samen. Meer ruimte voor professionals heeft weinig zin als de wet die ruimte "
               "niet biedt; een eenvoudiger stelsel vraagt minder van burgers \u00e9n van professionals. De raad "
               "beveelt dan ook aan de sporen in samenhang op te pakken."))
    s.append(PageBreak())

    s.append(P("5  Aanbevelingen", h1))
    s.append(P("Op basis van de analyse in de voorgaande hoofdstukken doet de raad de regering de volgende "
               "aanbevelingen."))
    n = 0
    for track, recs in RECS:
        s.append(P(track, h3))
        for lead, ex in recs:
            n += 1
            s.append(Paragraph(f"<b>{lead}</b>", rec, bulletText=str(n)))
            s.append(P(ex, expl))
    s.append(Spacer(1, 6))
    s.append(P("De raad realiseert zich dat deze aanbevelingen tijd en geld vragen. Hij is er echter van overtuigd "
               "dat de kosten van niets doen \u2013 voor burgers en voor het vertrouwen in de overheid \u2013 "
               "hoger zijn."))
    doc.build(s)


# ------------------------------------------------------------------ response

SIDEBAR = [("Directoraat-generaal Overheidsorganisatie", True), ("Directie Uitvoering en Dienstverlening", False),
           ("", False), ("Turfmarkt 147", False), ("2511 DP  Den Haag", False), ("Postbus 20011", False),
           ("2500 EA  Den Haag", False), ("www.rijksoverheid.nl", False), ("", False), ("Kenmerk", True),
           ("2025-0000541873", False), ("", False), ("Uw kenmerk", True), ("2025Z15220", False)]


def resp_page(canv, doc):
    n = canv.getPageNumber()
    canv.saveState()
    x = W - 58 * mm
    if n == 1:
        canv.setFillColor(colors.HexColor("#154273"))
        canv.rect(W / 2 - 6 * mm, H - 30 * mm, 12 * mm, 30 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.black)
        canv.setFont("lsans", 9)
        canv.drawString(W / 2 + 8 * mm, H - 22 * mm, "Ministerie van Binnenlandse Zaken en")
        canv.drawString(W / 2 + 8 * mm, H - 26.5 * mm, "Koninkrijksrelaties")
        y = H - 62 * mm
        for t, b in SIDEBAR:
            canv.setFont("lsans-B" if b else "lsans", 6.8)
            canv.drawString(x, y, t)
            y -= 9
        canv.setFont("lsans-B", 6.8)
        canv.drawString(x, y - 4, "Pagina")
        canv.setFont("lsans", 6.8)
        canv.drawString(x, y - 13, "1")
        # footnote
        canv.line(24 * mm, 26 * mm, 64 * mm, 26 * mm)
        canv.setFont("lsans", 7.2)
        canv.drawString(24 * mm, 22 * mm, "1  WRR (2025) Mensenwerk in de uitvoering. Naar publieke dienstverlening "
                                          "die burgers weer kunnen dragen. Rapport nr. 113.")
    else:
        canv.setFont("lsans-B", 6.8)
        canv.drawString(x, H - 40 * mm, "Directoraat-generaal Overheidsorganisatie")
        canv.setFont("lsans", 6.8)
        canv.drawString(x, H - 40 * mm - 9, "Directie Uitvoering en Dienstverlening")
        canv.setFont("lsans-B", 6.8)
        canv.drawString(x, H - 40 * mm - 27, "Kenmerk")
        canv.setFont("lsans", 6.8)
        canv.drawString(x, H - 40 * mm - 36, "2025-0000541873")
        canv.setFont("lsans-B", 6.8)
        canv.drawString(x, H - 40 * mm - 54, "Pagina")
        canv.setFont("lsans", 6.8)
        canv.drawString(x, H - 40 * mm - 63, str(n))
    canv.restoreState()


def response() -> None:
    out = DOCS / f"{NAME}_response.pdf"
    doc = BaseDocTemplate(str(out), pagesize=A4, title="Kabinetsreactie WRR-rapport Mensenwerk in de uitvoering",
                          author="Ministerie van BZK")
    lm, tw = 24 * mm, W - 24 * mm - 64 * mm
    first = Frame(lm, 32 * mm, tw, H - 32 * mm - 58 * mm, id="first")
    later = Frame(lm, 22 * mm, tw, H - 22 * mm - 38 * mm, id="later")
    doc.addPageTemplates([PageTemplate("first", [first], onPage=resp_page),
                          PageTemplate("later", [later], onPage=resp_page)])
    lb = ParagraphStyle("lb", fontName="lsans", fontSize=9.5, leading=14, spaceAfter=7)
    hb = ParagraphStyle("hb", fontName="lsans-B", fontSize=9.5, leading=14, spaceBefore=8, spaceAfter=2,
                        keepWithNext=1)
    hi = ParagraphStyle("hi", fontName="lsans-I", fontSize=9.5, leading=14, spaceBefore=6, spaceAfter=2,
                        keepWithNext=1)
    Q = lambda t: Paragraph(t, lb)  # noqa: E731
    s = [NextPageTemplate("later")]
    s.append(Paragraph("<font size=6.5>&gt; Retouradres Postbus 20011 2500 EA  Den Haag</font>", lb))
    s.append(Q("Aan de Voorzitter van de Tweede Kamer<br/>der Staten-Generaal<br/>Postbus 20018<br/>2500 EA  Den Haag"))
    s.append(Spacer(1, 10))
    s.append(Q("<font size=8>Datum</font>&nbsp;&nbsp;&nbsp;&nbsp;12 december 2025<br/><font size=8>Betreft</font>"
               "&nbsp;&nbsp;&nbsp;Kabinetsreactie op het WRR-rapport \u2018Mensenwerk in de uitvoering\u2019"))
    s.append(Spacer(1, 6))
    s.append(Q("Geachte voorzitter,"))
    s.append(Paragraph("1. Inleiding", hb))
    s.append(Q("Op 23 september 2025 heeft de Wetenschappelijke Raad voor het Regeringsbeleid (WRR) het rapport "
               "\u2018Mensenwerk in de uitvoering\u2019 aan het kabinet aangeboden.<super>1</super> Met deze brief "
               "ontvangt uw Kamer, mede namens de minister van Sociale Zaken en Werkgelegenheid, de "
               "staatssecretaris van Financi\u00ebn \u2013 Herstel en Toeslagen en de minister van Onderwijs, "
               "Cultuur en Wetenschap, de kabinetsreactie op dit rapport."))
    s.append(Paragraph("2. Het rapport in het kort", hb))
    s.append(Q("De WRR constateert dat de publieke uitvoering onder druk staat door complexe regels, een te hoog "
               "beroep op de zelfredzaamheid van burgers en te weinig ruimte voor professionals. De raad "
               "onderscheidt drie sporen: wetten die uitvoerbaar zijn, ruimte en vakmanschap, en een overheid die "
               "dichtbij en eenvoudig is. Het kabinet herkent deze analyse en is de raad erkentelijk voor het "
               "heldere en indringende rapport. Het sluit aan bij de lijn die het kabinet met het programma "
               "Werk aan Uitvoering heeft ingezet."))
    s.append(Paragraph("3. Reactie op de aanbevelingen", hb))
    s.append(Q("Hieronder ga ik in op de zeven aanbevelingen van de raad. Waar aanbevelingen nauw samenhangen, "
               "worden zij gezamenlijk besproken."))
    s.append(Paragraph("3.1 Wetten die werken in de praktijk (aanbevelingen 1 en 2)", hi))
    s.append(Q("Het kabinet neemt de eerste aanbeveling over. Vanaf 1 juli 2026 wordt bij ieder wetsvoorstel met "
               "gevolgen voor burgers een doenvermogentoets uitgevoerd, en de uitvoeringstoetsen worden voortaan "
               "gelijktijdig met de internetconsultatie openbaar gemaakt, dus ruim voordat een voorstel naar de "
               "Raad van State gaat. Het Integraal Afwegingskader wordt hierop aangepast."))
    s.append(Q("Over de hardheidsclausule is het kabinet terughoudender. Een algemene hardheidsclausule in alle "
               "wetten op het terrein van de sociale zekerheid en de toeslagen gaat het kabinet te ver: zij kan "
               "leiden tot rechtsongelijkheid tussen burgers en maakt de uitvoering minder voorspelbaar. Het "
               "kabinet kiest er wel voor om in de Participatiewet, de Algemene wet inkomensafhankelijke "
               "regelingen en de Toeslagenwet een hardheidsclausule op te nemen, omdat daar de knelpunten het "
               "grootst zijn. Voor de overige wetten wordt per wet bezien of dat nodig is."))
    s.append(Paragraph("3.2 Minder regelingen (aanbeveling 7)", hi))
    s.append(Q("Het kabinet deelt de conclusie van de raad dat het toeslagenstelsel voor veel burgers te "
               "ingewikkeld is. Zoals uw Kamer bekend is, werkt het kabinet aan een vervanging van de "
               "huurtoeslag en de kinderopvangtoeslag door andere vormen van financiering. Het volledig "
               "afschaffen van het toeslagenstelsel in zijn huidige vorm is in deze kabinetsperiode budgettair en "
               "uitvoeringstechnisch echter niet haalbaar. Het kabinet neemt deze aanbeveling daarom gedeeltelijk "
               "over en zal in het voorjaar van 2026 een routekaart voor verdere vereenvoudiging naar uw Kamer "
               "sturen."))
    s.append(Paragraph("3.3 Vakmanschap (aanbeveling 3)", hi))
    s.append(Q("Dit onderschrijft het kabinet volledig. Sinds 2024 bestaat de Academie voor de Uitvoering, waarin "
               "UWV, SVB, DUO, Dienst Toeslagen en de Belastingdienst gezamenlijk opleidingen voor professionals "
               "verzorgen. Het kabinet maakt hiervoor vanaf 2026 structureel \u20ac 45 miljoen per jaar vrij, en "
               "intervisie wordt een vast onderdeel van de werkweek van klantmedewerkers."))
    s.append(Paragraph("3.4 Een dienstverleningspunt in iedere regio (aanbeveling 6)", hi))
    s.append(Q("Het kabinet ziet de waarde van een herkenbare plek waar burgers met al hun vragen terechtkunnen. "
               "Op dit moment lopen in Zwolle, Heerlen en Rotterdam-Zuid pilots met gezamenlijke "
               "dienstverleningspunten. De evaluatie daarvan wordt in het najaar van 2026 verwacht. Het kabinet "
               "zal op basis daarvan bezien of en in welke vorm landelijke uitrol wenselijk is."))
    s.append(Paragraph("3.5 Een Raad voor de uitvoering (aanbeveling 4)", hi))
    s.append(Q("De raad adviseert een nieuw, onafhankelijk orgaan in te stellen. Het kabinet ziet daarvoor geen "
               "aanleiding. Met de jaarlijkse Staat van de uitvoering, de rol van de Nationale ombudsman en de "
               "adviezen van de Raad van State over uitvoerbaarheid zijn er al verschillende partijen die "
               "signalen uit de uitvoering onafhankelijk agenderen. Een nieuw orgaan zou de bestaande "
               "verantwoordelijkheden eerder vertroebelen dan versterken."))
    s.append(Paragraph("3.6 Verantwoording aan het parlement (aanbeveling 5)", hi))
    s.append(Q("Deze aanbeveling richt zich tot uw Kamer. Het is aan uw Kamer om te bepalen of zij jaarlijks een "
               "debat over de staat van de uitvoering wil voeren. Het kabinet is uiteraard bereid daaraan bij te "
               "dragen en neemt kennis van het voorstel van de raad."))
    s.append(Paragraph("3.7 Digitale dienstverlening", hi))
    s.append(Q("Hoewel de raad hierover geen aparte aanbeveling doet, wil het kabinet nog ingaan op de digitale "
               "kloof die in het rapport wordt beschreven. Het netwerk van Informatiepunten Digitale Overheid in "
               "bibliotheken wordt in 2026 uitgebreid naar alle gemeenten, en organisaties blijven verplicht een "
               "niet-digitaal kanaal aan te bieden."))
    s.append(Paragraph("4. Tot slot", hb))
    s.append(Q("Het rapport van de WRR maakt duidelijk dat het herstel van vertrouwen een kwestie van lange adem "
               "is. Het kabinet zal uw Kamer via de Staat van de uitvoering jaarlijks informeren over de voortgang "
               "van de maatregelen uit deze brief."))
    s.append(Spacer(1, 8))
    s.append(Q("De minister van Binnenlandse Zaken en<br/>Koninkrijksrelaties,"))
    s.append(Spacer(1, 22))
    s.append(Q("drs. M.E. van Rijswijk-Dekker"))
    doc.build(s)


if __name__ == "__main__":
    advice()
    response()
    print("written", NAME)
