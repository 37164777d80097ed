"""Round-10 blind pair 6: AIV-style advice (summary bullets, two-column chapters, numbered recommendations in
'Conclusies en aanbevelingen') + kabinetsreactie quoting each under 'Aanbeveling N'.

Engine: reportlab Platypus; the advice switches from a one-column to a two-column PageTemplate.
Run:    /tmp/blindenv/bin/python tests/docs/src/blind10/pair6_aiv.py
Writes: tests/docs/blind10_nl_aiv_advice.pdf and _response.pdf
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common_rl import DOCS, register_fonts, styles  # noqa: E402

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, KeepTogether)

register_fonts()
S = styles("DejaVuSerif", 9.6, 13.2)
SANS = styles("DejaVuSans", 9.6, 13.2)
S["body"].alignment = 0  # ragged right reads better in the narrow columns

RECS = [
    "Stel vóór eind 2025 een nationale grondstoffenstrategie op die de Nederlandse afhankelijkheden per kritieke grondstof in kaart brengt en voor elk daarvan een doel voor spreiding van leveranciers formuleert.",
    "Leg een strategische voorraad aan van de voor Nederland meest kritieke grondstoffen, naar het voorbeeld van de olievoorraad, beheerd door een publieke voorraadinstelling.",
    "Zet in Brussel in op een gezamenlijke Europese inkoop van kritieke grondstoffen en op een versnelde uitvoering van de Critical Raw Materials Act.",
    "Verbind partnerschappen met producerende landen aan afspraken over arbeidsomstandigheden, milieunormen en lokale verwerking, en maak die afspraken controleerbaar.",
    "Gebruik de instrumenten van ontwikkelingssamenwerking en handelsbevordering in samenhang om investeringen in verwerking in producerende landen te ondersteunen.",
    "Bevorder de terugwinning van kritieke grondstoffen uit afgedankte producten door het stellen van minimale recyclingdoelen voor elektronica en batterijen.",
    "Richt een Nationaal Grondstoffenagentschap op dat de kennis over kritieke grondstoffen bundelt en de uitvoering van de strategie coördineert.",
]
SHORT = [
    "een nationale grondstoffenstrategie met doelen per grondstof;",
    "een strategische voorraad van de meest kritieke grondstoffen;",
    "Europese gezamenlijke inkoop en snellere uitvoering van de Critical Raw Materials Act;",
    "partnerschappen met afspraken over arbeid, milieu en lokale verwerking;",
    "samenhangende inzet van ontwikkelingssamenwerking en handelsbevordering;",
    "minimale recyclingdoelen voor elektronica en batterijen;",
    "een Nationaal Grondstoffenagentschap.",
]

CHAPTERS = [
    ("1 Inleiding", [
        "In zijn adviesaanvraag van 15 februari 2024 vroeg het kabinet de AIV hoe Nederland en de Europese Unie hun afhankelijkheid van enkele landen voor de levering van kritieke grondstoffen kunnen verminderen, en hoe daarbij recht kan worden gedaan aan de belangen van producerende landen.",
        "Kritieke grondstoffen, zoals lithium, kobalt, gallium en de zeldzame aardmetalen, zijn onmisbaar voor de energietransitie, de digitale economie en de defensie-industrie. De Europese Commissie merkt 34 grondstoffen als kritiek aan. Voor een groot deel daarvan is Europa voor meer dan 90 procent afhankelijk van één land.",
        "Dit advies is opgesteld door een commissie onder voorzitterschap van prof. dr. M.J. van der Linden. De commissie sprak met vertegenwoordigers van ministeries, bedrijven, kennisinstellingen en maatschappelijke organisaties in Nederland, Brussel, Chili en de Democratische Republiek Congo.",
    ]),
    ("2 De geopolitiek van grondstoffen", [
        "De markten voor kritieke grondstoffen zijn klein, geconcentreerd en politiek gevoelig. China verwerkt ongeveer 90 procent van de zeldzame aardmetalen en heeft in 2023 exportbeperkingen ingesteld voor gallium en germanium. Die beperkingen hebben laten zien hoe snel een afhankelijkheid een drukmiddel kan worden.",
        "Ook de Verenigde Staten voeren een actief grondstoffenbeleid. De Inflation Reduction Act koppelt subsidies aan de herkomst van grondstoffen in batterijen. Europa dreigt daardoor zowel van de aanbodkant als van de vraagkant klem te komen zitten.",
        "Nederland heeft een open economie met een grote maakindustrie en een belangrijke doorvoerfunctie. De Nederlandse afhankelijkheid is daardoor groter dan het aandeel van Nederland in de Europese economie doet vermoeden. Uit een analyse van TNO blijkt dat de Nederlandse hightech-industrie voor ten minste twaalf grondstoffen van één leverancier afhankelijk is.",
    ]),
    ("3 Europese en nationale instrumenten", [
        "De Critical Raw Materials Act, die in mei 2024 in werking trad, stelt doelen voor de Europese winning (10 procent), verwerking (40 procent) en recycling (25 procent) van kritieke grondstoffen in 2030, en bepaalt dat de Unie voor geen enkele strategische grondstof voor meer dan 65 procent van één derde land afhankelijk mag zijn.",
        "De uitvoering van de verordening loopt echter traag. Van de 47 strategische projecten die in 2025 werden aangewezen, bevinden de meeste zich nog in de vergunningsfase. De lidstaten verschillen sterk in de mate waarin zij de verordening nationaal uitwerken.",
        "Nederland heeft in 2022 een Nationale Grondstoffenstrategie gepresenteerd. Die strategie benoemt de risico’s, maar bevat geen concrete doelen en is niet per grondstof uitgewerkt. Een strategische voorraad, zoals Japan en Zuid-Korea die kennen, ontbreekt.",
        "Recycling kan op termijn een belangrijk deel van de vraag dekken. Op dit moment wordt echter minder dan 1 procent van de zeldzame aardmetalen uit afgedankte producten teruggewonnen, vooral omdat het ontwerp van producten terugwinning moeilijk maakt en omdat er geen verplichting toe bestaat.",
    ]),
    ("4 Partnerschappen met producerende landen", [
        "De Europese Unie heeft sinds 2021 strategische partnerschappen gesloten met onder meer Canada, Chili, Kazachstan, Namibië en de Democratische Republiek Congo. Die partnerschappen zijn vooral intentieverklaringen; concrete afspraken over investeringen, arbeidsomstandigheden of milieunormen ontbreken vaak.",
        "Producerende landen willen niet langer alleen grondstoffen leveren, maar ook de verwerking en de toegevoegde waarde in eigen land houden. Indonesië verbood in 2020 de export van onbewerkt nikkelerts. Wie partnerschappen wil sluiten, zal met die wens rekening moeten houden.",
        "De winning van kritieke grondstoffen gaat in veel landen gepaard met ernstige misstanden: kinderarbeid in de kobaltmijnen van Congo, watertekorten rond de lithiumvelden in Chili, en conflicten over land met inheemse gemeenschappen. Europese afnemers dragen daarvoor mede verantwoordelijkheid.",
    ]),
]

CONCL = [
    "De AIV concludeert dat de Nederlandse en Europese afhankelijkheid van enkele landen voor kritieke grondstoffen een reëel veiligheidsrisico vormt, dat de komende tien jaar eerder groter dan kleiner wordt.",
    "Het bestaande beleid benoemt de risico’s, maar mist concrete doelen, middelen en een duidelijke verdeling van verantwoordelijkheden.",
    "Partnerschappen met producerende landen zijn alleen duurzaam als zij ook die landen iets opleveren, en als Europese afnemers verantwoordelijkheid nemen voor de omstandigheden waaronder grondstoffen worden gewonnen.",
]


def deco(title):
    def draw(canvas, doc):
        canvas.saveState()
        canvas.setFont("DejaVuSans", 7.5)
        canvas.setFillColor(colors.HexColor("#00557f"))
        canvas.drawString(20 * mm, A4[1] - 12 * mm, "AIV | " + title)
        canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, str(doc.page))
        canvas.restoreState()
    return draw


def advice_story():
    H1 = ParagraphStyle("h1", parent=SANS["h1"], textColor=colors.HexColor("#00557f"), fontSize=19, leading=23)
    H2 = ParagraphStyle("h2", parent=SANS["h2"], textColor=colors.HexColor("#00557f"), fontSize=11.5)
    BUL = ParagraphStyle("bul", parent=S["left"], leftIndent=14, bulletIndent=3)
    NUM = ParagraphStyle("num", parent=S["body"], leftIndent=16, firstLineIndent=-16, alignment=0)
    st = [Paragraph("Adviesraad Internationale Vraagstukken", SANS["left"]),
          Paragraph("Schaarse bouwstenen", H1),
          Paragraph("Kritieke grondstoffen, strategische autonomie en eerlijke partnerschappen", SANS["h2"]),
          Paragraph("Advies nr. 132, juni 2025", SANS["small"]), Spacer(1, 10),
          Paragraph("Samenvatting", H2)]
    st.append(Paragraph("Europa is voor de grondstoffen die de energietransitie en de digitale economie mogelijk maken in hoge mate afhankelijk van een klein aantal landen, en in het bijzonder van China. Die afhankelijkheid is een veiligheidsrisico. Tegelijk willen producerende landen meer profiteren van hun grondstoffen. De AIV pleit voor een beleid dat de afhankelijkheden vermindert en de partnerschappen eerlijker maakt.", S["body"]))
    st.append(Paragraph("De AIV beveelt de regering in het bijzonder aan:", S["body"]))
    for s in SHORT:
        st.append(Paragraph(s, BUL, bulletText="•"))
    st.append(Paragraph("De volledige aanbevelingen staan in hoofdstuk 5.", S["body"]))
    st.append(NextPageTemplate("two"))
    st.append(PageBreak())
    for title, paras in CHAPTERS:
        st.append(Paragraph(title, H2))
        for p in paras:
            st.append(Paragraph(p, S["body"]))
    st.append(Paragraph("5 Conclusies en aanbevelingen", H2))
    st.append(Paragraph("Conclusies", ParagraphStyle("h3", parent=SANS["h3"], fontName="DejaVuSans-Bold")))
    for c in CONCL:
        st.append(Paragraph(c, S["body"]))
    st.append(Paragraph("Aanbevelingen", ParagraphStyle("h3b", parent=SANS["h3"], fontName="DejaVuSans-Bold")))
    st.append(Paragraph("Op grond van deze conclusies doet de AIV de regering de volgende aanbevelingen.", S["body"]))
    for i, r in enumerate(RECS, 1):
        st.append(Paragraph(r, NUM, bulletText=f"{i}."))
    st.append(Paragraph("Tot slot merkt de AIV op dat deze aanbevelingen in samenhang moeten worden bezien: een strategie zonder middelen blijft papier, en middelen zonder strategie versnipperen.", S["body"]))
    return st


def build_advice(path):
    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                          bottomMargin=18 * mm, title="Schaarse bouwstenen", author="AIV", invariant=1)
    one = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="one")
    gap = 8 * mm
    w = (doc.width - gap) / 2
    left = Frame(doc.leftMargin, doc.bottomMargin, w, doc.height, id="l")
    right = Frame(doc.leftMargin + w + gap, doc.bottomMargin, w, doc.height, id="r")
    doc.addPageTemplates([PageTemplate(id="one", frames=[one], onPage=deco("Schaarse bouwstenen")),
                          PageTemplate(id="two", frames=[left, right], onPage=deco("Schaarse bouwstenen"))])
    doc.build(advice_story())


# ---------------------------------------------------------------- response
REPLIES = [
    ([1], ["Het kabinet neemt deze aanbeveling over. Het ministerie van Economische Zaken zal, samen met de ministeries van Buitenlandse Zaken, Defensie en Infrastructuur en Waterstaat, de Nationale Grondstoffenstrategie van 2022 herzien. De herziene strategie brengt per kritieke grondstof de afhankelijkheden in kaart en bevat voor de vijftien meest kritieke grondstoffen concrete doelen voor de spreiding van leveranciers. Uw Kamer ontvangt de herziene strategie vóór 1 december 2025."]),
    ([3], ["Het kabinet steunt deze aanbeveling in belangrijke mate. Nederland zet zich in Brussel in voor een snelle en volledige uitvoering van de Critical Raw Materials Act, en heeft bij de Commissie aangedrongen op kortere vergunningsprocedures voor strategische projecten. Over gezamenlijke Europese inkoop is het kabinet terughoudender: het kabinet steunt het bundelen van de vraag via het platform dat de Commissie in 2025 opzet, maar is geen voorstander van een gezamenlijke inkoop waarbij de Unie zelf als koper optreedt. Dat is een taak van bedrijven."]),
    ([2], ["Het kabinet deelt de zorg van de AIV over de kwetsbaarheid van de aanvoer, maar niet de conclusie dat een nationale strategische voorraad daarvoor het geëigende middel is. Anders dan bij olie gaat het om tientallen grondstoffen met uiteenlopende toepassingen en prijzen, waarvan de meeste door bedrijven in tussenproducten worden ingekocht. Een publieke voorraad zou hoge kosten met zich meebrengen en de markt verstoren. Het kabinet ziet meer in het stimuleren van voorraden bij bedrijven zelf en in Europese afspraken over de verdeling van schaarste in een crisis."]),
    ([4, 5], ["Het kabinet onderschrijft beide aanbevelingen. Nederland zal zich er in Europees verband voor inzetten dat strategische partnerschappen worden voorzien van concrete en controleerbare afspraken over arbeidsomstandigheden, milieunormen en lokale verwerking, in lijn met de Europese richtlijn inzake passende zorgvuldigheid. In de nieuwe beleidsnota voor buitenlandse handel en ontwikkelingshulp wordt een afzonderlijk programma opgenomen waarmee investeringen in verwerking in producerende landen worden ondersteund, waarbij het instrumentarium van Invest International en van de Rijksdienst voor Ondernemend Nederland in samenhang wordt ingezet. In 2026 worden de eerste projecten in Zambia en Chili gestart."]),
    ([7], ["Het kabinet neemt deze aanbeveling niet over. Het deelt het belang van gebundelde kennis, maar een nieuw agentschap zou leiden tot extra bestuurlijke drukte, terwijl de kennis al aanwezig is bij TNO, het Planbureau voor de Leefomgeving en het Nederlands Materialen Observatorium. Het kabinet versterkt in plaats daarvan het Materialen Observatorium en legt de coördinatie van het grondstoffenbeleid bij een interdepartementale programmadirectie onder het ministerie van Economische Zaken."]),
    ([6], ["Het kabinet neemt kennis van deze aanbeveling. Recycling van kritieke grondstoffen is van groot belang, maar doelen voor recycling worden in Europees verband gesteld, onder meer in de Batterijenverordening en in de herziening van de richtlijn voor afgedankte elektrische en elektronische apparatuur. Het kabinet zal de aanbeveling van de AIV betrekken bij de Nederlandse inzet in die onderhandelingen en bij het Nationaal Programma Circulaire Economie."]),
]


def response_story():
    T = ParagraphStyle("t", parent=SANS["h1"], fontSize=15, leading=19, textColor=colors.HexColor("#00557f"))
    HA = ParagraphStyle("ha", parent=SANS["h2"], fontSize=11, textColor=colors.HexColor("#00557f"))
    Q = ParagraphStyle("q", parent=S["body"], fontName="DejaVuSerif-Italic", leftIndent=14)
    RH = ParagraphStyle("rh", parent=SANS["h3"], fontName="DejaVuSans-Bold", fontSize=9.6)
    st = [Paragraph("Kabinetsreactie op het AIV-advies ‘Schaarse bouwstenen. Kritieke grondstoffen, strategische autonomie en eerlijke partnerschappen’", T),
          Paragraph("Bijlage bij Kamerbrief van 10 oktober 2025, kenmerk BZ-2025-0000451278", SANS["small"]), Spacer(1, 6),
          Paragraph("Inleiding", HA),
          Paragraph("Het kabinet dankt de Adviesraad Internationale Vraagstukken (AIV) voor zijn advies ‘Schaarse bouwstenen’ van juni 2025, opgesteld op verzoek van het kabinet. Het advies komt op een moment waarop de kwetsbaarheid van Europese waardeketens voor iedereen zichtbaar is geworden. Het kabinet herkent zich in de analyse van de AIV dat de afhankelijkheid van enkele landen voor kritieke grondstoffen een veiligheidsrisico vormt, en dat eerlijke partnerschappen met producerende landen onderdeel van de oplossing zijn.", S["body"]),
          Paragraph("De AIV doet zeven aanbevelingen. Hieronder wordt elke aanbeveling weergegeven, gevolgd door de reactie van het kabinet. De aanbevelingen 4 en 5 worden gezamenlijk behandeld, omdat zij beide betrekking hebben op de samenwerking met producerende landen.", S["body"])]
    for nums, paras in REPLIES:
        head = "Aanbeveling " + " en ".join(str(n) for n in nums) if len(nums) == 1 else "Aanbevelingen " + " en ".join(str(n) for n in nums)
        block = [Paragraph(head, HA)]
        for n in nums:
            block.append(Paragraph(RECS[n - 1], Q))
        block.append(Paragraph("Reactie van het kabinet", RH))
        block.append(Paragraph(paras[0], S["body"]))
        st.append(KeepTogether(block))
        for p in paras[1:]:
            st.append(Paragraph(p, S["body"]))
    st.append(Paragraph("Tot besluit", HA))
    st.append(Paragraph("Het kabinet zal uw Kamer in de herziene Nationale Grondstoffenstrategie informeren over de uitvoering van de hierboven genoemde maatregelen.", S["body"]))
    return st


def build_response(path):
    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=22 * mm,
                          bottomMargin=20 * mm, title="Kabinetsreactie AIV-advies Schaarse bouwstenen",
                          author="Ministerie van Buitenlandse Zaken", invariant=1)
    f = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")

    def deco2(canvas, d):
        canvas.saveState()
        canvas.setFont("DejaVuSans", 7.5)
        canvas.drawRightString(A4[0] - 25 * mm, 10 * mm, f"Pagina {d.page}")
        canvas.restoreState()
    doc.addPageTemplates([PageTemplate(id="p", frames=[f], onPage=deco2)])
    doc.build(response_story())


if __name__ == "__main__":
    build_advice(DOCS / "blind10_nl_aiv_advice.pdf")
    build_response(DOCS / "blind10_nl_aiv_response.pdf")
