"""Blind round 15 (nl), pair blind15_nl_kamerbrief — reportlab Platypus.

Advice: Onderwijsraad briefadvies 'Zij-instroom met zorg' (lateral entrants into primary-school teaching): cover,
colophon, 'Inhoud', Samenvatting in prose, chapters 1-3 with page-foot footnotes, the advice lettered a.-f. after
'De raad adviseert de staatssecretaris:' in chapter 3, running header and bare page numbers.
Response: the staatssecretaris' Kamerbrief to the Tweede Kamer with the cabinet's reaction: Rijksoverheid
letterhead with a sidebar (address, 'Onze referentie', 'Uw referentie', 'Bijlagen') on every page, NO headings,
answers by ordinal and paraphrase in the order a, c, d, b, f ('Het eerste advies', 'De aanbeveling om …', 'het
vierde advies', 'Ten aanzien van het tweede advies', 'Ten slotte'); e is never answered; a paragraph on a motion.

Run from the repository root (venv outside the repo):
    python3 -m venv /tmp/blind15nlenv && /tmp/blind15nlenv/bin/pip install reportlab fpdf2 pymupdf fonttools
    /tmp/blind15nlenv/bin/python tests/docs/src/blind15/gen_nl_kamerbrief_rl.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate,  # noqa: E402
                                Paragraph, Spacer, Table, TableStyle)

from _nl_b15 import DOCS, rl_register  # noqa: E402

NAME = "blind15_nl_kamerbrief"
W, H = A4
rl_register()

RED = colors.HexColor("#a3123a")
body = ParagraphStyle("body", fontName="lser", fontSize=10.5, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=6)
h1 = ParagraphStyle("h1", fontName="lsans-B", fontSize=15, leading=19, textColor=RED, spaceBefore=4, spaceAfter=8,
                    keepWithNext=1)
h2 = ParagraphStyle("h2", fontName="lsans-B", fontSize=11.5, leading=15, textColor=RED, spaceBefore=8,
                    spaceAfter=4, keepWithNext=1)
note = ParagraphStyle("note", fontName="lser", fontSize=8, leading=10)
toc = ParagraphStyle("toc", fontName="lsans", fontSize=10, leading=16)
rec = ParagraphStyle("rec", parent=body, leftIndent=18, bulletIndent=0, bulletFontName="lser", bulletFontSize=10.5)
small = ParagraphStyle("small", fontName="lsans", fontSize=8.5, leading=11)

# ------------------------------------------------------------------ advice

ADV_NOTES = {
    2: ["1  Onderwijsraad (2023). <i>Een lerarenberoep met perspectief</i>. Den Haag: Onderwijsraad.",
        "2  Regeling subsidie zij-instroom, Stcrt. 2019, 28211, laatstelijk gewijzigd Stcrt. 2024, 9870."],
    3: ["3  CentERdata (2024). <i>Monitor zij-instroom primair onderwijs, cohorten 2019\u20132022</i>. Tilburg."],
}


def adv_page(canv, doc):
    n = canv.getPageNumber()
    canv.saveState()
    if n == 1:
        canv.setFillColor(RED)
        canv.rect(0, 0, 18 * mm, H, stroke=0, fill=1)
        canv.setFillColor(colors.black)
        canv.setFont("lsans-B", 13)
        canv.drawString(35 * mm, H - 40 * mm, "Onderwijsraad")
        canv.setFont("lsans-B", 30)
        canv.drawString(35 * mm, H - 120 * mm, "Zij-instroom met zorg")
        canv.setFont("lsans", 13)
        canv.drawString(35 * mm, H - 131 * mm, "Briefadvies over zij-instromers in het primair onderwijs")
        canv.setFont("lsans", 10)
        canv.drawString(35 * mm, 40 * mm, "Den Haag, 12 juni 2025")
        canv.drawString(35 * mm, 34 * mm, "Onderwijsraad 2025/7")
    else:
        canv.setFont("lsans", 7.5)
        canv.setFillColor(colors.HexColor("#666666"))
        canv.drawString(25 * mm, H - 14 * mm, "Onderwijsraad  \u2014  Zij-instroom met zorg")
        canv.drawRightString(W - 25 * mm, 12 * mm, str(n))
        notes = ADV_NOTES.get(n)
        if notes:
            y = 20 * mm + 11 * len(notes) + 6
            canv.setStrokeColor(colors.black)
            canv.line(25 * mm, y, 70 * mm, y)
            canv.setFillColor(colors.black)
            for t in notes:
                p = Paragraph(t, note)
                _, ph = p.wrap(W - 50 * mm, 40)
                y -= ph + 1
                p.drawOn(canv, 25 * mm, y)
    canv.restoreState()


RECS = [
    "Stel een landelijk kader op voor het geschiktheidsonderzoek, zodat zij-instromers overal aan dezelfde eisen "
    "worden getoetst en een positief oordeel bij iedere school en opleiding geldt.",
    "Maak het mogelijk dat zij-instromers die in deeltijd werken het traject in drie in plaats van twee jaar "
    "afronden, zonder dat zij hun bekwaamheidsverklaring verliezen.",
    "Garandeer iedere zij-instromer in het eerste jaar ten minste vier uur begeleiding per week door een "
    "opgeleide schoolopleider, en leg dat vast in de regelgeving.",
    "Verhoog de subsidie zij-instroom, zodat deze ook de kosten van begeleiding en van vervanging tijdens "
    "opleidingsdagen dekt.",
    "Vraag de Inspectie van het Onderwijs om in het vierjaarlijks onderzoek bij besturen ook te kijken naar de "
    "kwaliteit van de begeleiding van zij-instromers.",
    "Breng binnen twee jaar in kaart hoeveel zij-instromers na vijf jaar nog voor de klas staan en waarom zij "
    "die het onderwijs verlaten, vertrekken.",
]


def advice() -> None:
    doc = BaseDocTemplate(str(DOCS / f"{NAME}_advice.pdf"), pagesize=A4, title="Zij-instroom met zorg",
                          author="Onderwijsraad", creator="", producer="", invariant=1)
    cover = Frame(35 * mm, 30 * mm, W - 60 * mm, 60 * mm, id="cover")
    main = Frame(25 * mm, 30 * mm, W - 50 * mm, H - 52 * mm, id="main")
    doc.addPageTemplates([PageTemplate("cover", [cover], onPage=adv_page),
                          PageTemplate("main", [main], onPage=adv_page)])
    P = lambda t, st=body: Paragraph(t, st)  # noqa: E731
    s = [NextPageTemplate("main"), PageBreak()]
    s.append(P("Inhoud", h1))
    rows = [("", "Samenvatting", "2"), ("1", "Aanleiding", "2"), ("2", "Wat gaat er mis?", "2"),
            ("3", "Advies", "3"), ("", "Literatuur", "3")]
    t = Table([[P(a, toc), P(b, toc), P(c, toc)] for a, b, c in rows], colWidths=[12 * mm, 120 * mm, 15 * mm])
    t.setStyle(TableStyle([("ALIGN", (2, 0), (2, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, Spacer(1, 10)]
    s.append(P("Dit advies is uitgebracht op eigen initiatief van de Onderwijsraad, op grond van artikel 2a van de "
               "Wet op de Onderwijsraad. De voorbereiding lag bij een commissie onder leiding van prof. dr. "
               "I.M. Veenstra. Het advies is vastgesteld in de raadsvergadering van 5 juni 2025.", small))
    s.append(Spacer(1, 14))
    s.append(P("Samenvatting", h1))
    s.append(P("Ongeveer een op de zes nieuwe leraren in het primair onderwijs is zij-instromer. Zij komen uit "
               "een ander beroep, combineren werken en leren en staan vaak al na enkele weken zelfstandig voor "
               "de klas. De raad ziet zij-instroom als een waardevolle route naar het leraarschap, maar stelt vast "
               "dat de kwaliteit van de toelating en van de begeleiding sterk verschilt tussen scholen. Een derde "
               "van de zij-instromers rondt het traject niet af. De raad doet daarom zes aanbevelingen, die in "
               "hoofdstuk 3 staan: over de toelating, de duur van het traject, de begeleiding, de financiering, "
               "het toezicht en het volgen van de loopbanen van zij-instromers."))
    s.append(P("1  Aanleiding", h1))
    s.append(P("Het lerarentekort in het primair onderwijs bedraagt landelijk ruim 9.700 fte en is in de grote "
               "steden het grootst. Zij-instroom is een van de belangrijkste manieren om het tekort terug te "
               "dringen. De raad heeft eerder gewezen op het belang van een aantrekkelijk beroep met "
               "doorgroeimogelijkheden.<super>1</super> In dit briefadvies kijkt de raad specifiek naar de "
               "zij-instromer."))
    s.append(P("Een zij-instromer doorloopt eerst een geschiktheidsonderzoek bij een lerarenopleiding. Na een "
               "positief oordeel sluit het schoolbestuur een arbeidsovereenkomst voor ten hoogste twee jaar en "
               "volgt de zij-instromer naast het werk een opleidingstraject. Het bestuur ontvangt daarvoor een "
               "subsidie van \u20ac 20.000 per zij-instromer.<super>2</super>"))
    s.append(P("2  Wat gaat er mis?", h1))
    s.append(P("<b>De toelating verschilt per opleiding.</b> Iedere pabo bepaalt zelf hoe het "
               "geschiktheidsonderzoek eruitziet. Sommige opleidingen toetsen vakkennis rekenen en taal, andere "
               "vooral motivatie. Een kandidaat die bij de ene opleiding wordt afgewezen, kan bij een andere "
               "worden aangenomen."))
    s.append(P("<b>Twee jaar is voor velen te kort.</b> Zij-instromers die in deeltijd werken, bijvoorbeeld "
               "omdat zij mantelzorg verlenen, halen de termijn van twee jaar vaak niet. Zij verliezen dan hun "
               "benoembaarheid."))
    s.append(P("<b>Begeleiding is afhankelijk van de school.</b> In de gesprekken die de raad voerde, noemden "
               "zij-instromers begeleiding het belangrijkste verschil tussen blijven en vertrekken. Op sommige "
               "scholen krijgen zij wekelijks een vast uur met een schoolopleider, op andere alleen "
               "begeleiding als zij daar zelf om vragen. De subsidie dekt de werkelijke kosten van de "
               "begeleiding en van vervanging tijdens opleidingsdagen niet; besturen schatten die op "
               "\u20ac 26.000 tot \u20ac 30.000 per traject."))
    s.append(P("<b>Niemand volgt de zij-instromer.</b> Over uitval tijdens het traject zijn gegevens "
               "beschikbaar,<super>3</super> maar hoeveel zij-instromers na enkele jaren nog in het onderwijs "
               "werken, is onbekend. Ook het toezicht kijkt nauwelijks naar de begeleiding van nieuwe leraren."))
    s.append(P("3  Advies", h1))
    s.append(P("Zij-instroom verdient een stevigere basis. Niet door de route moeilijker te maken, maar door "
               "zij-instromers beter te selecteren en beter te begeleiden. De raad adviseert de "
               "staatssecretaris:"))
    for letter, text in zip("abcdef", RECS):
        s.append(Paragraph(text, rec, bulletText=f"{letter}."))
    s.append(P("De raad is zich ervan bewust dat de aanbevelingen c en d geld kosten. Hij wijst erop dat de kosten "
               "van uitval, voor de zij-instromer, de school en de leerlingen, hoger zijn."))
    s.append(P("Literatuur", h2))
    s.append(P("CentERdata (2024). <i>Monitor zij-instroom primair onderwijs, cohorten 2019\u20132022</i>. "
               "Tilburg.<br/>Onderwijsraad (2023). <i>Een lerarenberoep met perspectief</i>. Den Haag.", small))
    doc.build(s)


# ------------------------------------------------------------------ response

SIDEBAR = [
    ("b", "Directoraat-Generaal Primair"),
    ("b", "en Voortgezet Onderwijs"),
    ("", "Directie Leraren"),
    ("", ""),
    ("", "Rijnstraat 50"),
    ("", "Den Haag"),
    ("", "Postbus 16375"),
    ("", "2500 BJ  Den Haag"),
    ("", "www.rijksoverheid.nl"),
    ("", ""),
    ("b", "Onze referentie"),
    ("", "52618094"),
    ("", ""),
    ("b", "Uw referentie"),
    ("", "OR 2025/7"),
    ("", ""),
    ("b", "Bijlagen"),
    ("", "1"),
]


def resp_page(canv, doc):
    n = canv.getPageNumber()
    canv.saveState()
    # Rijksoverheid-style logo strip
    canv.setFillColor(colors.HexColor("#154273"))
    canv.rect(W / 2 - 6 * mm, H - 30 * mm, 12 * mm, 30 * mm, stroke=0, fill=1)
    canv.setFillColor(colors.black)
    canv.setFont("lsans", 9.5)
    canv.drawString(W / 2 + 8 * mm, H - 20 * mm, "Ministerie van Onderwijs, Cultuur")
    canv.drawString(W / 2 + 8 * mm, H - 24.5 * mm, "en Wetenschap")
    x = W - 62 * mm
    y = H - 60 * mm if n == 1 else H - 45 * mm
    for style, t in SIDEBAR if n == 1 else SIDEBAR[:3] + [("", ""), ("b", "Onze referentie"), ("", "52618094")]:
        canv.setFont("lsans-B" if style == "b" else "lsans", 7)
        canv.drawString(x, y, t)
        y -= 9
    canv.setFont("lsans", 7)
    canv.drawString(x, 22 * mm, f"Pagina {n} van {doc._pages_total}")
    if n == 1:
        canv.setFont("lsans", 6.5)
        canv.drawString(25 * mm, H - 52 * mm, "> Retouradres Postbus 16375 2500 BJ  Den Haag")
        canv.setFont("lsans", 9.5)
        for i, t in enumerate(["De Voorzitter van de Tweede Kamer", "der Staten-Generaal", "Postbus 20018",
                               "2500 EA  DEN HAAG"]):
            canv.drawString(25 * mm, H - 60 * mm - i * 12, t)
        canv.setFont("lsans", 9)
        canv.drawString(25 * mm, H - 95 * mm, "Datum")
        canv.drawString(45 * mm, H - 95 * mm, "9 oktober 2025")
        canv.drawString(25 * mm, H - 100 * mm, "Betreft")
        canv.drawString(45 * mm, H - 100 * mm, "Kabinetsreactie op het advies \u2018Zij-instroom met zorg\u2019")
        canv.drawString(45 * mm, H - 104 * mm, "van de Onderwijsraad")
    canv.restoreState()


class LetterDoc(BaseDocTemplate):
    _pages_total = 2


def response() -> None:
    doc = LetterDoc(str(DOCS / f"{NAME}_response.pdf"), pagesize=A4, title="Kabinetsreactie op het advies "
                    "Zij-instroom met zorg", author="Ministerie van OCW", creator="", producer="", invariant=1)
    first = Frame(25 * mm, 28 * mm, W - 95 * mm, H - 138 * mm, id="first")
    later = Frame(25 * mm, 28 * mm, W - 95 * mm, H - 73 * mm, id="later")
    doc.addPageTemplates([PageTemplate("first", [first], onPage=resp_page),
                          PageTemplate("later", [later], onPage=resp_page)])
    lb = ParagraphStyle("lb", parent=body, fontName="lsans", fontSize=9.5, leading=14, alignment=TA_LEFT,
                        spaceAfter=9)
    P = lambda t: Paragraph(t, lb)  # noqa: E731
    s = [NextPageTemplate("later")]
    s.append(P("Op 12 juni 2025 heeft de Onderwijsraad mij het briefadvies \u2018Zij-instroom met zorg\u2019 "
               "aangeboden. Met deze brief geef ik, mede namens de minister van Onderwijs, Cultuur en Wetenschap, "
               "de reactie van het kabinet op dit advies. Het advies is als bijlage bij deze brief gevoegd."))
    s.append(P("Zij-instromers zijn onmisbaar voor het primair onderwijs. In het schooljaar 2024\u20132025 "
               "begonnen 2.140 zij-instromers aan een traject, bijna twee keer zoveel als vijf jaar eerder. Ik "
               "ben de raad erkentelijk voor een advies dat laat zien wat er nodig is om deze nieuwe collega\u2019s "
               "ook te behouden. Ik deel de analyse van de raad dat de verschillen tussen scholen en opleidingen "
               "te groot zijn."))
    s.append(P("Het eerste advies van de raad, om het geschiktheidsonderzoek landelijk gelijk te trekken, neem ik "
               "over. Ik vraag de lerarenopleidingen om samen met de Vereniging Hogescholen v\u00f3\u00f3r 1 "
               "september 2026 een gezamenlijk toetsingskader op te stellen, en ik zal dat kader vervolgens "
               "vastleggen in de Regeling subsidie zij-instroom. Een positief oordeel van de ene opleiding geldt "
               "dan ook bij de andere."))
    s.append(P("De raad vraagt daarnaast veel aandacht voor de begeleiding op de werkplek. De aanbeveling om "
               "iedere zij-instromer een vast aantal uren begeleiding per week te garanderen, sluit aan bij wat "
               "ik van scholen en zij-instromers hoor. Ik deel de zorg van de raad, maar niet de conclusie dat een "
               "wettelijke urennorm de oplossing is. Scholen verschillen sterk in omvang en in het aantal "
               "zij-instromers dat zij tegelijk opleiden, en een vaste norm zou juist kleine scholen ontmoedigen "
               "om zij-instromers aan te nemen. Ik zie daarom geen aanleiding om een minimumaantal uren in de "
               "regelgeving vast te leggen. In de cao-afspraken over de inductieperiode is al vastgelegd dat "
               "beginnende leraren recht hebben op begeleiding."))
    s.append(P("Dat brengt mij bij de financiering, het vierde advies. Met ingang van 1 januari 2026 verhoog ik de "
               "subsidie zij-instroom van \u20ac 20.000 naar \u20ac 24.000 per zij-instromer; de dekking is "
               "gevonden binnen de middelen voor het lerarentekort op artikel 1 van de begroting van OCW. Een "
               "afzonderlijke vergoeding voor vervanging tijdens opleidingsdagen komt er niet. Besturen kunnen "
               "daarvoor de middelen uit de werkdrukgelden inzetten."))
    s.append(P("Ten aanzien van het tweede advies merk ik op dat de huidige regeling al ruimte biedt om een traject "
               "met een jaar te verlengen als de zij-instromer door ziekte of zwangerschap vertraging oploopt. Of "
               "een langere termijn voor zij-instromers in deeltijd nodig is, zal ik met de PO-Raad, de AVS en de "
               "lerarenopleidingen bezien. Ik informeer uw Kamer over de uitkomst in het voorjaar van 2026."))
    s.append(P("Met deze brief geef ik ook uitvoering aan de motie van het lid Van der Meer c.s. (Kamerstuk "
               "27 923, nr. 498), die de regering verzoekt zij-instroom in het speciaal onderwijs te bevorderen. "
               "Vanaf het schooljaar 2026\u20132027 kunnen zij-instromers het traject ook volgen bij een school "
               "voor speciaal onderwijs, ook als die school geen opleidingsschool is. Daartoe wordt artikel 118 "
               "van de Wet op het primair onderwijs niet gewijzigd; een aanpassing van de regeling volstaat."))
    s.append(P("Ten slotte beveelt de raad aan beter te volgen hoe het zij-instromers na hun traject vergaat. Ik "
               "zeg toe dat DUO en CentERdata vanaf 2026 jaarlijks in de Trendrapportage Arbeidsmarkt Leraren "
               "rapporteren hoeveel zij-instromers na drie en na vijf jaar nog in het onderwijs werken. Naar de "
               "redenen van vertrek laat ik in 2027 een afzonderlijk onderzoek doen."))
    s.append(P("Ik ga ervan uit uw Kamer hiermee voldoende te hebben ge\u00efnformeerd. Ik ben graag bereid met uw "
               "Kamer verder over zij-instroom van gedachten te wisselen in het commissiedebat Leraren."))
    s.append(Spacer(1, 8))
    s.append(P("De staatssecretaris van Onderwijs,<br/>Cultuur en Wetenschap,"))
    s.append(Spacer(1, 18))
    s.append(P("M.L. de Vries"))
    doc.build(s)


if __name__ == "__main__":
    advice()
    response()
