"""Blind round 11, pair 5: Raad voor het Openbaar Bestuur advice (recommendations I-VII) + kabinetsreactie with
an "Overzicht kabinetsreactie per aanbeveling" table at the end.

Engine: reportlab Platypus (see rl_common.py), Liberation Sans.
Run from the repository root:
    /tmp/blind11env/bin/python tests/docs/src/blind11/pair5_rob.py
Writes tests/docs/blind11_nl_rob_overzicht_advice.pdf and tests/docs/blind11_nl_rob_overzicht_response.pdf.
"""

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, PageBreak, KeepTogether, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle

from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from rl_common import OUT, build, fonts, styles

fonts("LN", "Sans")
S = styles("LN", 10)
ROMAN = ParagraphStyle("roman", parent=S["body"], leftIndent=10 * mm, bulletIndent=0, bulletFontName="LNB",
                       fontName="LNB", spaceAfter=3)
EXPL = ParagraphStyle("expl", parent=S["body"], leftIndent=10 * mm)

RECS = [
    ("I", "Leg in de Wet gemeenschappelijke regelingen vast dat gemeenteraden eens per raadsperiode iedere "
          "regeling waaraan hun gemeente deelneemt toetsen op nut en noodzaak.",
     "Een periodieke toets dwingt gemeenten na te gaan of een regeling nog doet waarvoor zij is opgericht, en "
     "geeft nieuwe raadsleden een natuurlijk moment om zich een oordeel te vormen."),
    ("II", "Geef gemeenteraden het recht om gezamenlijk een regionale rekenkamer in te stellen die onderzoek doet "
           "naar alle gemeenschappelijke regelingen in de regio.",
     "Lokale rekenkamers onderzoeken nu vooral de eigen gemeente. Regionale samenwerking valt daardoor tussen "
     "wal en schip."),
    ("III", "Stel een wettelijk kader op voor regiodeals en andere vormen van informele samenwerking, zodat ook "
            "daarover democratische verantwoording wordt afgelegd.",
     "Steeds meer geld en beleid loopt via afspraken die niet in een gemeenschappelijke regeling zijn vastgelegd. "
     "Raadsleden hebben daar geen formele rol in."),
    ("IV", "Verplicht de besturen van gemeenschappelijke regelingen hun begroting en jaarverslag ook aan te bieden "
           "in een begrijpelijke samenvatting van ten hoogste vier pagina's.",
     "Raadsleden krijgen nu stukken van honderden pagina's, vaak in een periode waarin ook de eigen begroting "
     "wordt behandeld."),
    ("V", "Richt een landelijk kennispunt regionale samenwerking in dat gemeenteraden en griffies ondersteunt bij "
          "hun controlerende taak.",
     "Kleine griffies hebben niet de capaciteit om de regionale samenwerking bij te houden. Een kennispunt kan "
     "voorbeelden, modellen en opleidingen bieden."),
    ("VI", "Vervang de tijdelijke regiodeals door een structureel regiofonds met heldere criteria, waarover "
           "provincies en gemeenten gezamenlijk verantwoording afleggen.",
     "Tijdelijke deals met wisselende voorwaarden maken regio's afhankelijk van de politieke agenda in Den Haag "
     "en belonen vooral de regio's die goed zijn in het schrijven van voorstellen."),
]
REC_VII = ("VII", "Wijs in iedere gemeenteraad een vaste commissie of rapporteur aan die verantwoordelijk is voor "
                  "het volgen van de regionale samenwerking.",
           "Zo komt de regio niet alleen op de agenda als er een besluit moet worden genomen.")


def page_adv(c, doc):
    c.saveState()
    c.setFont("LN", 8)
    c.setFillColor(colors.HexColor("#4a6a8a"))
    if doc.page > 1:
        c.drawString(25 * mm, A4[1] - 14 * mm, "Raad voor het Openbaar Bestuur  –  Zicht op de regio")
        c.drawRightString(A4[0] - 25 * mm, 12 * mm, f"pagina {doc.page}")
    c.restoreState()


def advice():
    st = [Spacer(1, 20 * mm), Paragraph("Raad voor het Openbaar Bestuur", S["h2"]), Spacer(1, 15 * mm),
          Paragraph("Zicht op de regio", S["title"]),
          Paragraph("Advies over de democratische sturing van regionale samenwerking", S["h2"]),
          Spacer(1, 6 * mm), Paragraph("<i>Den Haag, oktober 2024</i>", S["body"]), Spacer(1, 12 * mm)]
    st.append(Paragraph("Samenvatting", S["h1"]))
    st.append(Paragraph(
        "Gemeenten werken steeds vaker samen: in gemeenschappelijke regelingen voor brandweer, jeugdzorg en afval, "
        "maar ook in regiodeals, woondeals en convenanten. De gemiddelde gemeente neemt inmiddels deel aan 31 "
        "samenwerkingsverbanden. Die samenwerking is vaak nodig, maar zij onttrekt een groot deel van het lokale "
        "bestuur aan het zicht van de gemeenteraad. De Raad voor het Openbaar Bestuur (ROB) concludeert dat de "
        "democratische sturing van regionale samenwerking tekortschiet, en dat de in 2022 gewijzigde Wet "
        "gemeenschappelijke regelingen daar onvoldoende verandering in brengt.", S["body"]))
    st.append(Paragraph(
        "De raad doet zeven aanbevelingen: zes aan het kabinet en één aan de gemeenteraden zelf. Zij gaan over "
        "overzicht, controle, informatie en financiering.", S["body"]))

    st.append(PageBreak())
    st.append(Paragraph("1  Aanleiding en adviesvraag", S["h1"]))
    st.append(Paragraph(
        "De minister van Binnenlandse Zaken en Koninkrijksrelaties heeft de raad in maart 2024 gevraagd te "
        "adviseren over de democratische legitimatie van regionale samenwerking. De adviesaanvraag bevatte twee "
        "vragen:", S["body"]))
    st.append(Paragraph("Hoe kunnen gemeenteraden beter sturen op en controleren van regionale samenwerking?",
                        S["num"], bulletText="1."))
    st.append(Paragraph("Welke rol kan het Rijk spelen om die sturing te versterken, ook bij vormen van "
                        "samenwerking die niet op een wettelijke regeling berusten?", S["num"], bulletText="2."))
    st.append(Paragraph(
        "Voor dit advies sprak de raad met raadsleden, griffiers, burgemeesters en bestuurders van "
        "samenwerkingsverbanden in vijf regio's, en liet hij een enquête uitzetten onder 1.100 raadsleden.",
        S["body"]))

    st.append(Paragraph("2  Wat we zien", S["h1"]))
    st.append(Paragraph("Uit de enquête en de gesprekken komt een consistent beeld naar voren:", S["body"]))
    for t in ["72 procent van de raadsleden zegt onvoldoende zicht te hebben op de gemeenschappelijke regelingen "
              "waaraan hun gemeente deelneemt;",
              "de begroting van een gemiddelde veiligheidsregio telt meer dan 180 pagina's en wordt vaak in dezelfde "
              "weken behandeld als de eigen gemeentebegroting;",
              "slechts 9 procent van de lokale rekenkamers heeft de afgelopen vier jaar een gemeenschappelijke "
              "regeling onderzocht;",
              "over regiodeals, waarmee sinds 2018 ruim 1,3 miljard euro is gemoeid, leggen colleges zelden "
              "afzonderlijk verantwoording af aan de raad."]:
        st.append(Paragraph(t, S["num"], bulletText="•"))
    st.append(Paragraph(
        "Raadsleden voelen zich daardoor vaak toeschouwer. Zij krijgen besluiten ter kennisname voorgelegd die in "
        "feite al genomen zijn, en hebben weinig mogelijkheden om bij te sturen als een regeling niet doet wat zij "
        "beoogt.", S["body"]))

    st.append(Paragraph("3  Analyse", S["h1"]))
    st.append(Paragraph("3.1  Samenwerking zonder einddatum", S["h2"]))
    st.append(Paragraph(
        "Gemeenschappelijke regelingen worden zelden opgeheven. Een regeling die eenmaal bestaat, krijgt er in de "
        "loop der jaren taken bij, terwijl niemand nagaat of de oorspronkelijke reden nog geldt. De wet kent geen "
        "moment waarop de deelnemende gemeenten die vraag moeten stellen.", S["body"]))
    st.append(Paragraph("3.2  Controle op afstand", S["h2"]))
    st.append(Paragraph(
        "De controle op regionale samenwerking is versnipperd over tientallen gemeenteraden, die elk maar een deel "
        "van het geheel zien. Lokale rekenkamers zijn klein en richten zich op de eigen gemeente. Het gevolg is dat "
        "juist de grootste uitgavenposten buiten de gemeentebegroting het minst worden onderzocht.", S["body"]))
    st.append(Paragraph("3.3  De opkomst van informele samenwerking", S["h2"]))
    st.append(Paragraph(
        "Naast de formele regelingen groeit een laag van informele samenwerking: regiodeals, woondeals, "
        "netwerkorganisaties. Het Rijk stimuleert die vormen actief, omdat zij snel en flexibel zijn. Maar wat snel "
        "en flexibel is voor bestuurders, is vaak onzichtbaar voor de raad. Bovendien verdelen tijdelijke deals het "
        "geld vooral over regio's die goed zijn in het schrijven van voorstellen.", S["body"]))

    st.append(Paragraph("4  Aanbevelingen", S["h1"]))
    st.append(Paragraph(
        "De raad doet de volgende aanbevelingen. Bij elke aanbeveling geeft hij kort aan waarom hij haar doet.",
        S["body"]))
    st.append(Paragraph("Aan het kabinet", S["h3"]))
    for num, rec, expl in RECS:
        st.append(KeepTogether([Paragraph(rec, ROMAN, bulletText=num + "."), Paragraph(expl, EXPL)]))
    st.append(Paragraph("Aan de gemeenteraden", S["h3"]))
    num, rec, expl = REC_VII
    st.append(KeepTogether([Paragraph(rec, ROMAN, bulletText=num + "."), Paragraph(expl, EXPL)]))
    st.append(Spacer(1, 6 * mm))
    st.append(Paragraph("<i>Vastgesteld in de raadsvergadering van 18 september 2024.</i>", S["small"]))
    return build("blind11_nl_rob_overzicht_advice.pdf", st, page_adv, title="Zicht op de regio")


SIDE = ["Directoraat-generaal Openbaar", "Bestuur en Democratische", "Rechtsstaat", "", "Turfmarkt 147",
        "Den Haag", "", "Kenmerk", "2025-0000087412", "", "Uw kenmerk", "", "Bijlage(n)", "1"]


def page_resp(c, doc):
    c.saveState()
    c.setFont("LN", 7.5)
    c.setFillColor(colors.black)
    x = A4[0] - 58 * mm
    y = A4[1] - 48 * mm
    if doc.page == 1:
        for line in SIDE:
            c.setFont("LNB" if line in ("Kenmerk", "Uw kenmerk", "Bijlage(n)") else "LN", 7.5)
            c.drawString(x, y, line)
            y -= 10
    c.setFont("LN", 7.5)
    c.drawString(x if doc.page == 1 else A4[0] - 45 * mm, 14 * mm, f"Pagina {doc.page}")
    c.restoreState()


def response():
    st = [Paragraph("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal<br/>Postbus 20018<br/>"
                    "2500 EA  DEN HAAG", S["body"]), Spacer(1, 10 * mm),
          Paragraph("Datum  3 februari 2025<br/>Betreft  Kabinetsreactie op het advies 'Zicht op de regio' van de "
                    "Raad voor het Openbaar Bestuur", S["small"]), Spacer(1, 8 * mm)]
    P = lambda t: st.append(Paragraph(t, S["body"]))  # noqa: E731
    H = lambda t: st.append(Paragraph(t, S["h2"]))  # noqa: E731
    P("Geachte voorzitter,")
    P("Op 10 oktober 2024 heeft de Raad voor het Openbaar Bestuur (ROB) zijn advies 'Zicht op de regio' "
      "uitgebracht. Het advies is een antwoord op de vraag van mijn ambtsvoorganger hoe de democratische sturing "
      "van regionale samenwerking kan worden versterkt. Met deze brief bied ik u, mede namens de minister van "
      "Volkshuisvesting en Ruimtelijke Ordening, de reactie van het kabinet aan.")
    P("Het kabinet is de raad erkentelijk voor zijn heldere advies. Regionale samenwerking is onmisbaar om "
      "opgaven op het gebied van wonen, jeugd, veiligheid en bereikbaarheid aan te pakken, maar zij mag niet ten "
      "koste gaan van de positie van de gemeenteraad. Het kabinet deelt de kern van de analyse van de raad. "
      "Hieronder ga ik in op de aanbevelingen aan het kabinet. In de bijlage bij deze brief vindt u een overzicht "
      "van de reactie per aanbeveling.")

    H("Overzicht houden")
    P("De raad stelt voor in de Wet gemeenschappelijke regelingen vast te leggen dat gemeenteraden iedere "
      "regeling eens per raadsperiode toetsen op nut en noodzaak. Het kabinet onderschrijft deze aanbeveling. Een "
      "vast toetsmoment sluit aan bij de evaluatie van de wet, die in 2025 wordt afgerond. Ik zal de "
      "toetsingsplicht opnemen in het wetsvoorstel dat naar aanleiding van die evaluatie wordt voorbereid en dat ik "
      "in 2026 in consultatie breng.")

    H("Informatie en ondersteuning voor raadsleden")
    P("Twee aanbevelingen van de raad gaan over de informatie en ondersteuning waarover raadsleden beschikken: een "
      "verplichte samenvatting van ten hoogste vier pagina's bij begroting en jaarverslag, en een landelijk "
      "kennispunt voor raden en griffies. Het kabinet herkent niet helemaal het beeld dat raadsleden nauwelijks "
      "bruikbare informatie krijgen; veel regelingen stellen al beknopte stukken op. Dat neemt niet weg dat beide "
      "voorstellen de positie van de raad versterken, en het kabinet neemt ze daarom allebei over. De verplichte "
      "samenvatting wordt meegenomen in het genoemde wetsvoorstel. Het kennispunt wordt ondergebracht bij het "
      "programma Versterking lokale democratie en gaat op 1 januari 2026 van start.")

    H("Controle")
    P("Het kabinet deelt de analyse van de raad dat de controle op regionale samenwerking versnipperd is en dat "
      "rekenkamers gemeenschappelijke regelingen te weinig onderzoeken. Het kiest echter niet voor een wettelijk "
      "recht om een regionale rekenkamer in te stellen. Gemeenten kunnen nu al samen een rekenkamer inrichten, en "
      "een extra bestuurslaag in de controle maakt het stelsel eerder ingewikkelder dan eenvoudiger. In plaats "
      "daarvan zal ik met de Nederlandse Vereniging van Rekenkamers afspraken maken over gezamenlijk onderzoek "
      "door lokale rekenkamers.")

    H("Financiering van regionale opgaven")
    P("De raad beveelt aan de tijdelijke regiodeals te vervangen door een structureel regiofonds. Het kabinet "
      "herkent het bezwaar dat tijdelijke deals met wisselende voorwaarden regio's afhankelijk maken. Een "
      "regiofonds ter vervanging van de regiodeals acht het kabinet echter niet wenselijk, omdat de deals juist "
      "ruimte bieden voor maatwerk. Wel stelt het kabinet vanaf 2026 jaarlijks 150 miljoen euro structureel "
      "beschikbaar voor regio's met een achterstand op het gebied van brede welvaart, verdeeld volgens vaste en "
      "openbare criteria.")

    H("Informele samenwerking")
    P("Het kabinet ziet, net als de raad, dat steeds meer samenwerking buiten de gemeenschappelijke regelingen om "
      "plaatsvindt. Of een wettelijk kader voor regiodeals en vergelijkbare afspraken daarvoor het juiste "
      "antwoord is, kan het kabinet nu nog niet beoordelen. Het wil eerst de ervaringen met de lopende regiodeals "
      "en woondeals in beeld brengen. Het kabinet zal bezien of een wettelijk kader nodig is en informeert uw Kamer "
      "daarover bij de voortgangsbrief lokale democratie in het najaar van 2025.")

    H("Tot slot")
    P("Het advies van de raad verschijnt op een moment dat veel gemeenten hun samenwerking opnieuw tegen het licht "
      "houden. Ik nodig gemeenteraden uit het advies ook zelf te bespreken. Het kabinet zal de Vereniging van "
      "Nederlandse Gemeenten en het Interprovinciaal Overleg bij de uitwerking betrekken.")
    st.append(Spacer(1, 6 * mm))
    P("De minister van Binnenlandse Zaken en Koninkrijksrelaties,")
    st.append(Spacer(1, 12 * mm))
    P("J.W. van Oosterhout")

    st.append(PageBreak())
    st.append(Paragraph("Bijlage: Overzicht kabinetsreactie per aanbeveling", S["h1"]))
    c = S["cell"]
    hb = ParagraphStyle("hb", parent=c, fontName="LNB")
    rows = [[Paragraph("Nr.", hb), Paragraph("Aanbeveling ROB (kort)", hb), Paragraph("Reactie kabinet", hb),
             Paragraph("Vervolg", hb)],
            [Paragraph("I", c), Paragraph("Toets iedere regeling eens per raadsperiode", c),
             Paragraph("Overgenomen", c), Paragraph("Wetsvoorstel, consultatie 2026", c)],
            [Paragraph("II", c), Paragraph("Recht om een regionale rekenkamer in te stellen", c),
             Paragraph("Niet overgenomen", c), Paragraph("Afspraken met de NVRR", c)],
            [Paragraph("III", c), Paragraph("Wettelijk kader voor regiodeals en informele samenwerking", c),
             Paragraph("Wordt bezien", c), Paragraph("Voortgangsbrief najaar 2025", c)],
            [Paragraph("IV", c), Paragraph("Samenvatting van begroting en jaarverslag", c),
             Paragraph("Overgenomen", c), Paragraph("Wetsvoorstel, consultatie 2026", c)],
            [Paragraph("V", c), Paragraph("Landelijk kennispunt regionale samenwerking", c),
             Paragraph("Overgenomen", c), Paragraph("Start 1 januari 2026", c)],
            [Paragraph("VI", c), Paragraph("Structureel regiofonds in plaats van regiodeals", c),
             Paragraph("Gedeeltelijk overgenomen", c), Paragraph("150 miljoen euro per jaar vanaf 2026", c)]]
    t = Table(rows, colWidths=[12 * mm, 72 * mm, 36 * mm, 40 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#777777")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 3),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    st.append(t)
    first = Frame(25 * mm, 25 * mm, A4[0] - 90 * mm, A4[1] - 65 * mm, id="first", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    later = Frame(25 * mm, 25 * mm, A4[0] - 50 * mm, A4[1] - 50 * mm, id="later", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    path = OUT / "blind11_nl_rob_overzicht_response.pdf"
    doc = BaseDocTemplate(str(path), pagesize=A4, title="Kabinetsreactie Zicht op de regio", author="",
                          creator="blind11 reportlab", invariant=1)
    doc.addPageTemplates([PageTemplate(id="first", frames=[first], onPage=page_resp, autoNextPageTemplate="later"),
                          PageTemplate(id="later", frames=[later], onPage=page_resp)])
    doc.build(st)
    return path


if __name__ == "__main__":
    print(advice(), response())
