"""Blind round 14 (nl), pair blind14_nl_verantwoording — reportlab Platypus.

Advice: Algemene Rekenkamer, 'Resultaten verantwoordingsonderzoek 2024' for the ministerie van Infrastructuur en
Waterstaat: cover, 'Inhoud', running header/footer, footnotes, recommendations as unnumbered bullets after
'Wij bevelen de minister ... aan:' in several chapters, and the report's own chapter 'Reactie minister en nawoord'
(the Rekenkamer's summary of the minister's letter + its nawoord).
Response: the minister's letter to the president of the Algemene Rekenkamer (letterhead sidebar, running text
without headings).

Run from the repository root (venv outside the repo):
    python3 -m venv /tmp/blind14nlenv && /tmp/blind14nlenv/bin/pip install reportlab fpdf2 pymupdf fonttools
    /tmp/blind14nlenv/bin/python tests/docs/src/blind14/gen_nl_verantwoording_rl.py
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
from reportlab.platypus import (BaseDocTemplate, Frame, ListFlowable, ListItem, PageBreak,  # noqa: E402
                                PageTemplate, Paragraph, Spacer, Table, TableStyle, NextPageTemplate)

from _nl_b14 import DOCS, rl_register  # noqa: E402

NAME = "blind14_nl_verantwoording"
W, H = A4
rl_register()

BLUE = colors.HexColor("#154273")
body = ParagraphStyle("body", fontName="lser", fontSize=10.5, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=6)
bullet = ParagraphStyle("bullet", parent=body, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName="dvs-B", fontSize=15, leading=19, textColor=BLUE, spaceBefore=6, spaceAfter=8, keepWithNext=1)
h2 = ParagraphStyle("h2", fontName="dvs-B", fontSize=11.5, leading=15, textColor=BLUE, spaceBefore=8, spaceAfter=4, keepWithNext=1)
h3 = ParagraphStyle("h3", fontName="dvs-B", fontSize=10, leading=13, spaceBefore=5, spaceAfter=3)
note = ParagraphStyle("note", fontName="lser", fontSize=8, leading=10)
toc = ParagraphStyle("toc", fontName="dvs", fontSize=10, leading=16)
small = ParagraphStyle("small", fontName="dvs", fontSize=8, leading=10.5)


def bullets(items, style=bullet):
    return ListFlowable([ListItem(Paragraph(t, style), leftIndent=14, value="\u2022") for t in items],
                        bulletType="bullet", start="\u2022", leftIndent=14, bulletFontName="dvs", bulletFontSize=9)


# ------------------------------------------------------------------ advice

NOTES = {
    3: ["1  Artikel 7.14 Comptabiliteitswet 2016.",
        "2  Een onvolkomenheid is een tekortkoming in de bedrijfsvoering die wij ernstig genoeg vinden om "
        "apart te melden; zie de toelichting op www.rekenkamer.nl."],
    4: ["3  Zie ook ons rapport <i>Aanbesteden bij Rijkswaterstaat</i> (Tweede Kamer, vergaderjaar 2022\u20132023, "
        "36 200 XII, nr. 7)."],
}


def adv_page(canv, doc):
    n = canv.getPageNumber()
    canv.saveState()
    if n == 1:
        canv.setFillColor(BLUE)
        canv.rect(0, H - 95 * mm, W, 95 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("dvs-B", 12)
        canv.drawString(25 * mm, H - 25 * mm, "Algemene Rekenkamer")
        canv.setFont("dvs-B", 20)
        canv.drawString(25 * mm, H - 55 * mm, "Resultaten verantwoordingsonderzoek 2024")
        canv.setFont("dvs", 14)
        canv.drawString(25 * mm, H - 66 * mm, "Ministerie van Infrastructuur en Waterstaat (XII)")
        canv.setFont("dvs", 10)
        canv.drawString(25 * mm, H - 77 * mm, "Rapport bij het jaarverslag")
        canv.setFillColor(colors.black)
        canv.setFont("dvs", 10)
        canv.drawString(25 * mm, 40 * mm, "21 mei 2025")
        canv.drawString(25 * mm, 34 * mm, "Tweede Kamer, vergaderjaar 2024\u20132025, 36 740 XII, nr. 2")
    else:
        canv.setFont("dvs", 7.5)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(25 * mm, H - 14 * mm, "Algemene Rekenkamer  |  Resultaten verantwoordingsonderzoek 2024 "
                        "Ministerie van Infrastructuur en Waterstaat")
        canv.drawRightString(W - 25 * mm, 12 * mm, str(n))
        notes = NOTES.get(n)
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


def advice() -> None:
    doc = BaseDocTemplate(str(DOCS / f"{NAME}_advice.pdf"), pagesize=A4, title="Resultaten verantwoordingsonderzoek "
                          "2024 Ministerie van Infrastructuur en Waterstaat", author="Algemene Rekenkamer",
                          creator="", producer="", invariant=1)
    cover = Frame(25 * mm, 30 * mm, W - 50 * mm, H - 140 * mm, id="cover")
    main = Frame(25 * mm, 34 * mm, W - 50 * mm, H - 56 * mm, id="main")
    doc.addPageTemplates([PageTemplate("cover", [cover], onPage=adv_page),
                          PageTemplate("main", [main], onPage=adv_page)])
    s = []
    s.append(NextPageTemplate("main"))
    s.append(PageBreak())
    s.append(Paragraph("Inhoud", h1))
    rows = [("1", "Over dit onderzoek", "3"), ("2", "Oordeel over de bedrijfsvoering", "3"),
            ("2.1", "Inkoopbeheer Rijkswaterstaat: onvolkomenheid", "3"),
            ("2.2", "Informatiebeveiliging: onvolkomenheid opgeheven, aandachtspunt blijft", "3"),
            ("2.3", "Subsidiebeheer Mobiliteitsfonds: nieuwe onvolkomenheid", "4"),
            ("3", "Beleidsinformatie: instandhouding van bruggen en viaducten", "4"),
            ("4", "Reactie minister en nawoord Algemene Rekenkamer", "4"),
            ("", "Bijlage: Over het verantwoordingsonderzoek", "5")]
    t = Table([[Paragraph(a, toc), Paragraph(b, toc), Paragraph(c, toc)] for a, b, c in rows],
              colWidths=[14 * mm, 130 * mm, 14 * mm])
    t.setStyle(TableStyle([("ALIGN", (2, 0), (2, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, -1), 0.3,
                                                                       colors.HexColor("#bbbbbb"))]))
    s.append(t)
    s.append(Spacer(1, 12))
    s.append(Paragraph("Wat wij vonden, in het kort", h2))
    s.append(Paragraph(
        "Het financieel beheer van het ministerie van Infrastructuur en Waterstaat (IenW) is in 2024 op orde. "
        "De rechtmatigheid van de verplichtingen en uitgaven voldoet aan de tolerantiegrens. In de bedrijfsvoering "
        "zien wij wel twee onvolkomenheden: in het inkoopbeheer van Rijkswaterstaat en, nieuw dit jaar, in het "
        "beheer van subsidies uit het Mobiliteitsfonds. De onvolkomenheid in de informatiebeveiliging van vorig "
        "jaar heffen wij op. Over de instandhouding van bruggen en viaducten ontbreekt in het jaarverslag een "
        "volledig beeld van het uitgestelde onderhoud. In totaal doen wij zes aanbevelingen; de minister neemt er "
        "drie geheel of gedeeltelijk over.", body))
    s.append(PageBreak())

    s.append(Paragraph("1 Over dit onderzoek", h1))
    s.append(Paragraph(
        "De Algemene Rekenkamer onderzoekt ieder jaar de jaarverslagen van de ministeries en de rijksfondsen. "
        "Wij doen dat op grond van de Comptabiliteitswet 2016.<super>1</super> In dit rapport staan de resultaten "
        "van ons onderzoek naar het jaarverslag 2024 van het ministerie van IenW en de jaarverslagen van het "
        "Infrastructuurfonds en het Mobiliteitsfonds. Het ministerie gaf in 2024 in totaal \u20ac 17,9 miljard uit; "
        "daarvan liep \u20ac 11,2 miljard via de twee fondsen.", body))
    s.append(Paragraph(
        "Wij geven een oordeel over het financieel beheer en de bedrijfsvoering, over de rechtmatigheid van de "
        "uitgaven en over de kwaliteit van de beleidsinformatie. Waar wij tekortkomingen zien, doen wij "
        "aanbevelingen aan de minister. Een aanbeveling uit een eerder jaar die nog niet is opgevolgd, nemen wij "
        "opnieuw op als dat nodig is.", body))
    s.append(Paragraph("2 Oordeel over de bedrijfsvoering", h1))
    s.append(Paragraph(
        "Wij hebben in 2024 bij het ministerie van IenW twee onvolkomenheden vastgesteld.<super>2</super> Eén "
        "daarvan, in het inkoopbeheer van Rijkswaterstaat, bestond al en is nog niet opgelost. De andere is nieuw.",
        body))
    s.append(Paragraph("2.1 Inkoopbeheer Rijkswaterstaat: onvolkomenheid", h2))
    s.append(Paragraph(
        "Rijkswaterstaat sluit ieder jaar voor enkele miljarden euro\u2019s aan contracten af voor aanleg en onderhoud "
        "van wegen, vaarwegen en waterkeringen. Al sinds 2021 melden wij dat het inkoopbeheer niet op orde is. Ook "
        "in 2024 kon Rijkswaterstaat voor 41 van de 260 door ons onderzochte contracten niet aantonen dat de "
        "aanbesteding rechtmatig was verlopen. Het contractenregister bleek onvolledig: ongeveer 12% van de "
        "lopende contracten boven de Europese drempel stond er niet in.", body))
    s.append(Paragraph(
        "Daarnaast zagen wij dat contractwijzigingen en meerwerk vaak pas achteraf werden beoordeeld. In 2024 ging "
        "het om \u20ac 186 miljoen aan wijzigingen, waarvan \u20ac 64 miljoen zonder vastgelegde toets op "
        "rechtmatigheid. Het verbeterplan dat Rijkswaterstaat in 2023 opstelde, is nog maar voor een deel "
        "uitgevoerd.<super>3</super>", body))
    s.append(Paragraph("Wij bevelen de minister van IenW aan:", body))
    s.append(bullets([
        "ervoor te zorgen dat het contractenregister van Rijkswaterstaat uiterlijk eind 2025 volledig is en "
        "alle lopende contracten boven de Europese aanbestedingsdrempel bevat;",
        "contractwijzigingen en meerwerk boven \u20ac 250.000 voortaan vooraf te laten toetsen op rechtmatigheid "
        "en die toets vast te leggen in het dossier.",
    ]))
    s.append(Paragraph("2.2 Informatiebeveiliging: onvolkomenheid opgeheven, aandachtspunt blijft", h2))
    s.append(Paragraph(
        "In 2023 stelden wij een onvolkomenheid vast in de informatiebeveiliging van de Inspectie Leefomgeving en "
        "Transport (ILT). De ILT heeft in 2024 de toegangsrechten opgeschoond en het beheer van wachtwoorden en "
        "logbestanden verbeterd. Wij heffen de onvolkomenheid daarom op. Wel zagen wij dat de risicoanalyses van "
        "vijf van de veertien bedrijfskritische systemen ouder zijn dan drie jaar. Daarmee loopt de ILT het risico "
        "dat nieuwe dreigingen niet tijdig worden gezien.", body))
    s.append(Paragraph("Wij bevelen de minister aan om:", body))
    s.append(bullets([
        "de risicoanalyses van alle bedrijfskritische systemen van de ILT te actualiseren en daarna ieder jaar "
        "opnieuw uit te voeren.",
    ]))
    s.append(Paragraph("2.3 Subsidiebeheer Mobiliteitsfonds: nieuwe onvolkomenheid", h2))
    s.append(Paragraph(
        "Uit het Mobiliteitsfonds verstrekt het ministerie subsidies aan provincies, vervoerregio\u2019s en "
        "gemeenten, onder meer voor fietsparkeren bij stations en verkeersveiligheid. Bij de vaststelling van "
        "deze subsidies controleert het ministerie de verantwoording van de ontvangers vooral administratief. "
        "In 12 van de 45 dossiers die wij bekeken, ontbrak bewijs dat de gesubsidieerde activiteiten waren "
        "uitgevoerd zoals afgesproken. De totale waarde van die dossiers is \u20ac 38 miljoen. Wij beoordelen "
        "dit als een nieuwe onvolkomenheid.", body))
    s.append(Paragraph("Wij bevelen de minister aan:", body))
    s.append(bullets([
        "bij de vaststelling van subsidies uit het Mobiliteitsfonds een risicogerichte steekproef in te voeren "
        "waarin ook ter plaatse wordt gecontroleerd of de activiteiten zijn uitgevoerd.",
    ]))
    s.append(Paragraph("3 Beleidsinformatie: instandhouding van bruggen en viaducten", h1))
    s.append(Paragraph(
        "Rijkswaterstaat beheert ruim 3.400 bruggen, viaducten, tunnels en sluizen. Veel van deze kunstwerken "
        "zijn in de jaren zestig en zeventig gebouwd en naderen het einde van hun levensduur. In het jaarverslag "
        "meldt de minister dat in 2024 \u20ac 1,6 miljard aan beheer, onderhoud en vervanging is besteed. Het "
        "jaarverslag laat echter niet zien hoeveel onderhoud is uitgesteld en wat dat later gaat kosten. De "
        "Tweede Kamer kan daardoor niet beoordelen of het geld volstaat om de kunstwerken veilig te houden.",
        body))
    s.append(Paragraph(
        "Wij zagen dat het ministerie zelf wel over deze informatie beschikt. In de interne rapportages staat per "
        "areaalonderdeel hoeveel onderhoud is uitgesteld. Er is bovendien geen afgesproken norm voor welk niveau "
        "van uitgesteld onderhoud nog aanvaardbaar is.", body))
    s.append(Paragraph("Wij bevelen de minister aan om:", body))
    s.append(bullets([
        "in het jaarverslag een meerjarig overzicht op te nemen van het uitgestelde onderhoud aan bruggen, "
        "viaducten, tunnels en sluizen, met de geraamde kosten van dat onderhoud;",
        "samen met de Tweede Kamer een norm vast te stellen voor het niveau van uitgesteld onderhoud dat "
        "nog aanvaardbaar is.",
    ]))
    s.append(Paragraph("4 Reactie minister en nawoord Algemene Rekenkamer", h1))
    s.append(Paragraph(
        "De minister van IenW heeft op 7 mei 2025 gereageerd op ons conceptrapport. Hieronder vatten wij de "
        "reactie samen. De volledige reactie is te lezen op www.rekenkamer.nl.", body))
    s.append(Paragraph("4.1 Reactie minister", h2))
    s.append(Paragraph(
        "De minister neemt onze aanbevelingen over het inkoopbeheer van Rijkswaterstaat over. Het "
        "contractenregister wordt dit jaar aangevuld en er komt een toets vooraf op grotere contractwijzigingen, "
        "zij het met een hogere grens dan wij voorstellen. De minister zal de risicoanalyses van de ILT "
        "actualiseren, maar acht een jaarlijkse herhaling niet nodig. Hij deelt onze conclusie over het "
        "subsidiebeheer niet en ziet geen reden voor controles ter plaatse. Over een norm voor uitgesteld "
        "onderhoud wil hij het gesprek met de Tweede Kamer aangaan.", body))
    s.append(Paragraph("4.2 Nawoord Algemene Rekenkamer", h2))
    s.append(Paragraph(
        "Wij zijn blij dat de minister werk maakt van het inkoopbeheer, een probleem dat al vier jaar speelt. "
        "Wij zullen volgend jaar nagaan of het contractenregister dan volledig is. Wij betreuren het dat de "
        "minister bij de subsidies uit het Mobiliteitsfonds geen aanvullende controle wil invoeren: zonder "
        "controle ter plaatse blijft onzeker of publiek geld is besteed aan waarvoor het bedoeld was. De minister "
        "gaat in zijn reactie niet in op onze aanbeveling om het uitgestelde onderhoud in het jaarverslag "
        "zichtbaar te maken. Wij blijven dat van belang vinden voor het budgetrecht van de Tweede Kamer.", body))
    s.append(Paragraph("Bijlage: Over het verantwoordingsonderzoek", h2))
    s.append(Paragraph(
        "Ons onderzoek richt zich op de jaarverslagen over 2024. Wij hebben steekproeven getrokken uit de "
        "verplichtingen en uitgaven, dossiers bestudeerd en gesprekken gevoerd met medewerkers van het "
        "ministerie, Rijkswaterstaat en de ILT. Een verantwoording van onze methode staat op onze website.",
        body))
    doc.build(s)


# ------------------------------------------------------------------ response

SIDEBAR_1 = [("b", "Ministerie van Infrastructuur"), ("b", "en Waterstaat"), ("", ""),
             ("", "Rijnstraat 8"), ("", "2515 XP  Den Haag"), ("", "Postbus 20901"), ("", "2500 EX  Den Haag"),
             ("", ""), ("", "T 070-456 0000"), ("", "www.rijksoverheid.nl/ienw"), ("", ""),
             ("b", "Kenmerk"), ("", "IENW/BSK-2025/118734"), ("", ""),
             ("b", "Uw kenmerk"), ("", "2025/0417"), ("", ""), ("b", "Bijlage(n)"), ("", "\u2013")]
SIDEBAR_N = [("b", "Kenmerk"), ("", "IENW/BSK-2025/118734")]


def resp_page(canv, doc):
    n = canv.getPageNumber()
    canv.saveState()
    x = W - 58 * mm
    if n == 1:
        canv.setFillColor(BLUE)
        canv.rect(W / 2 - 6 * mm, H - 30 * mm, 12 * mm, 30 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.black)
        canv.setFont("dvs", 10)
        canv.drawString(W / 2 + 9 * mm, H - 22 * mm, "Ministerie van Infrastructuur")
        canv.drawString(W / 2 + 9 * mm, H - 27 * mm, "en Waterstaat")
        items, y = SIDEBAR_1, H - 62 * mm
    else:
        items, y = SIDEBAR_N, H - 40 * mm
    for style, text in items:
        canv.setFont("dvs-B" if style == "b" else "dvs", 7)
        canv.drawString(x, y, text)
        y -= 9
    canv.setFont("dvs", 7)
    canv.drawString(x, 18 * mm, f"Pagina {n} van 2")
    canv.restoreState()


def response() -> None:
    doc = BaseDocTemplate(str(DOCS / f"{NAME}_response.pdf"), pagesize=A4,
                          title="Reactie op conceptrapport verantwoordingsonderzoek 2024",
                          author="Ministerie van Infrastructuur en Waterstaat", creator="", producer="", invariant=1)
    first = Frame(22 * mm, 30 * mm, W - 90 * mm, H - 75 * mm, id="first")
    later = Frame(22 * mm, 30 * mm, W - 90 * mm, H - 60 * mm, id="later")
    doc.addPageTemplates([PageTemplate("first", [first], onPage=resp_page),
                          PageTemplate("later", [later], onPage=resp_page)])
    lt = ParagraphStyle("lt", fontName="dvs", fontSize=9.5, leading=14, alignment=TA_LEFT, spaceAfter=8)
    addr = ParagraphStyle("addr", parent=lt, spaceAfter=0)
    ret = ParagraphStyle("ret", fontName="dvs", fontSize=6.5, leading=8, spaceAfter=4)
    s = [NextPageTemplate("later")]
    s.append(Paragraph("&gt; Retouradres Postbus 20901 2500 EX  Den Haag", ret))
    for line in ("Algemene Rekenkamer", "t.a.v. de president, drs. P.J. de Wit", "Postbus 20015",
                 "2500 EA  DEN HAAG"):
        s.append(Paragraph(line, addr))
    s.append(Spacer(1, 22))
    meta = Table([[Paragraph("Datum", small), Paragraph("7 mei 2025", small)],
                  [Paragraph("Betreft", small), Paragraph("Reactie op het conceptrapport Resultaten "
                                                          "verantwoordingsonderzoek 2024 IenW", small)]],
                 colWidths=[20 * mm, 90 * mm])
    meta.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(meta)
    s.append(Spacer(1, 16))
    paras = [
        "Geachte heer De Wit,",
        "Op 9 april 2025 ontving ik het conceptrapport van uw onderzoek naar het jaarverslag 2024 van mijn "
        "ministerie en van het Infrastructuurfonds en het Mobiliteitsfonds. Ik dank u voor de zorgvuldige "
        "rapportage en voor de constructieve gesprekken die mijn medewerkers in de afgelopen maanden met uw "
        "onderzoekers hebben gevoerd. Graag maak ik gebruik van de gelegenheid om op uw bevindingen en "
        "aanbevelingen te reageren.",
        "Ik stel met tevredenheid vast dat u het financieel beheer van mijn ministerie als ordelijk en controleerbaar "
        "beoordeelt en dat u de onvolkomenheid in de informatiebeveiliging bij de ILT hebt kunnen opheffen. Dat is "
        "het resultaat van hard werken door veel mensen bij de inspectie.",
        "Dat het inkoopbeheer van Rijkswaterstaat voor het vierde jaar als onvolkomenheid wordt aangemerkt, neem ik "
        "zeer serieus. Uw beide aanbevelingen op dit terrein neem ik over. Rijkswaterstaat vult het "
        "contractenregister op dit moment aan met de ontbrekende contracten; uiterlijk 1 december 2025 is het "
        "register volledig en wordt het maandelijks gecontroleerd door de afdeling Concerncontrol. Voor de toets "
        "vooraf op contractwijzigingen en meerwerk kies ik wel voor een andere grens dan u voorstelt. Bij een grens "
        "van \u20ac 250.000 zou het aantal toetsen verviervoudigen, terwijl het grootste deel van het financiële risico "
        "in de wijzigingen boven \u20ac 1 miljoen zit. Met ingang van 1 juli 2025 geldt daarom een verplichte, "
        "vastgelegde toets vooraf voor alle wijzigingen boven \u20ac 1 miljoen; kleinere wijzigingen worden achteraf "
        "steekproefsgewijs beoordeeld.",
        "Uw bevindingen over het subsidiebeheer van het Mobiliteitsfonds heb ik met belangstelling gelezen. Ik "
        "onderschrijf uw conclusie dat sprake is van een onvolkomenheid echter niet. De subsidies worden verstrekt "
        "aan medeoverheden, die zelf verantwoording afleggen aan hun staten en raden en een eigen accountant hebben. "
        "Controle ter plaatse door mijn ministerie zou een dubbeling van die controle betekenen en de "
        "uitvoeringslasten aanzienlijk verhogen. Ik zie daarom geen aanleiding om een aanvullende steekproef met "
        "controles ter plaatse in te voeren. Wel zal ik de medeoverheden vragen hun verantwoording voortaan te "
        "voorzien van foto\u2019s of opleverrapporten van de uitgevoerde projecten.",
        "De ILT heeft het afgelopen jaar grote stappen gezet in de beveiliging van haar informatiesystemen. De "
        "verouderde risicoanalyses van vijf bedrijfskritische systemen worden voor het einde van dit jaar "
        "geactualiseerd. Een jaarlijkse herhaling van alle analyses acht ik niet doelmatig: de ILT voert de "
        "analyses voortaan iedere twee jaar uit, en eerder wanneer een systeem ingrijpend wijzigt of de "
        "dreiging daarom vraagt.",
        "U vraagt mij om samen met de Tweede Kamer een norm vast te stellen voor het aanvaardbare niveau van "
        "uitgesteld onderhoud. Ik herken de behoefte aan een dergelijk ijkpunt, maar het vaststellen ervan vergt een "
        "zorgvuldige afweging tussen veiligheid, beschikbaarheid en budget. Ik zal uw aanbeveling betrekken bij de "
        "Staat van de Infrastructuur die ik de Kamer voor de zomer van 2026 stuur, en daarover het gesprek met de "
        "vaste commissie voor Infrastructuur en Waterstaat aangaan.",
        "Tot slot merk ik op dat de fout van \u20ac 23 miljoen in de verantwoording van de Brede Doeluitkering, die uw "
        "onderzoekers in de nota van bevindingen noemden, inmiddels is hersteld in de slotwet. De provincies zijn hierover "
        "geïnformeerd.",
        "Ik vertrouw erop u hiermee voldoende te hebben geïnformeerd en zie uit naar de voortzetting van onze "
        "goede samenwerking.",
        "Hoogachtend,",
    ]
    for p in paras:
        s.append(Paragraph(p, lt))
    s.append(Spacer(1, 18))
    s.append(Paragraph("DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,", lt))
    s.append(Spacer(1, 20))
    s.append(Paragraph("mr. drs. R.A. Verhagen", lt))
    doc.build(s)


if __name__ == "__main__":
    advice()
    response()
    print("written", NAME)
