"""Blind round 13, pair ``blind13_nl_gezondheidsraad``: a Gezondheidsraad advice and the minister's Kamerbrief.

Engine: reportlab (platypus), fonts DejaVu Sans (advice) and Liberation Sans (letter) from /usr/share/fonts.
Run from the repository root with a Python that has reportlab (and pymupdf for the check), e.g.
    /tmp/blind13nlenv/bin/python tests/docs/src/blind13/gen_nl_gezondheidsraad_rl.py
Writes tests/docs/blind13_nl_gezondheidsraad_advice.pdf and tests/docs/blind13_nl_gezondheidsraad_response.pdf.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate, Frame, ListFlowable, ListItem, NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer,
    Table, TableStyle,
)

from _nl_common import DOCS, rl_register  # noqa: E402

rl_register()
W, H = A4
BLUE = colors.HexColor("#005A8C")


def numbered_canvas(draw_static):
    """A canvas that knows the page count before drawing headers and footers ('pagina N van M')."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                draw_static(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def st(name, **kw):
    base = dict(fontName="dvs", fontSize=9.6, leading=14, spaceAfter=6)
    base.update(kw)
    return ParagraphStyle(name, **base)


# ------------------------------------------------------------------ advice

A_BODY = st("body")
A_H1 = st("h1", fontName="dvs-B", fontSize=15, leading=19, textColor=BLUE, spaceBefore=10, spaceAfter=8)
A_H2 = st("h2", fontName="dvs-B", fontSize=11, leading=15, spaceBefore=6, spaceAfter=4)
A_BUL = st("bul", leftIndent=12)
A_REF = st("ref", fontSize=8.4, leading=11.5, spaceAfter=3)
A_TOC = st("toc", fontSize=10, leading=17)


def advice_static(c, page, total):
    if page == 1:
        c.setFillColor(BLUE)
        c.rect(0, H - 95 * mm, W, 95 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("dvs-B", 13)
        c.drawString(22 * mm, H - 22 * mm, "Gezondheidsraad")
        c.setFont("dvs", 9)
        c.drawString(22 * mm, H - 28 * mm, "Health Council of the Netherlands")
        c.setFont("dvs-B", 25)
        c.drawString(22 * mm, H - 62 * mm, "Valpreventie bij")
        c.drawString(22 * mm, H - 73 * mm, "thuiswonende ouderen")
        c.setFillColor(colors.black)
        c.setFont("dvs", 10)
        c.drawString(22 * mm, H - 110 * mm, "Aan de minister van Volksgezondheid, Welzijn en Sport")
        c.drawString(22 * mm, H - 116 * mm, "Nr. 2025/09, Den Haag, 17 april 2025")
        return
    c.setFont("dvs", 7.5)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(22 * mm, H - 12 * mm, "Gezondheidsraad  |  Nr. 2025/09")
    c.drawRightString(W - 22 * mm, 12 * mm, f"Valpreventie bij thuiswonende ouderen  |  pagina {page} van {total}")
    c.setFillColor(colors.black)


def bullets(items, style=A_BUL):
    return ListFlowable([ListItem(Paragraph(t, style), leftIndent=12, value="\u2022") for t in items],
                        bulletType="bullet", start="\u2022", leftIndent=12, bulletFontName="dvs")


def advice():
    out = DOCS / "blind13_nl_gezondheidsraad_advice.pdf"
    doc = BaseDocTemplate(str(out), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                          bottomMargin=20 * mm, title="Valpreventie bij thuiswonende ouderen",
                          author="Gezondheidsraad", invariant=1)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate("cover", [Frame(22 * mm, 20 * mm, doc.width, 120 * mm)]),
                          PageTemplate("body", [frame])])
    s = [Spacer(1, 1), NextPageTemplate("body"), PageBreak()]
    s.append(Paragraph("Inhoud", A_H1))
    toc = [("Samenvatting", "3"), ("01  Inleiding", "3"), ("02  Vallen bij ouderen: omvang en gevolgen", "3"),
           ("03  Wat werkt om vallen te voorkomen?", "3"), ("04  Advies", "4"), ("Literatuur", "4")]
    t = Table([[Paragraph(a, A_TOC), Paragraph(b, A_TOC)] for a, b in toc], colWidths=[130 * mm, 20 * mm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#BBBBBB")),
                           ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    s += [t, Spacer(1, 10)]
    s.append(Paragraph(
        "Dit advies is opgesteld door de Commissie Preventie van de Gezondheidsraad. De samenstelling van de "
        "commissie en de adviesaanvraag zijn te vinden op www.gezondheidsraad.nl. Kernwoorden: vallen, ouderen, "
        "preventie, beweegprogramma's, medicatie.", st("colofon", fontSize=8.2, leading=11, textColor=colors.grey)))
    s.append(PageBreak())

    s.append(Paragraph("Samenvatting", A_H1))
    s.append(Paragraph(
        "Jaarlijks komen ruim 130.000 mensen van 65 jaar en ouder na een val op de spoedeisende hulp terecht, en "
        "meer dan 6.000 ouderen overlijden aan de gevolgen van een val. De minister van Volksgezondheid, Welzijn en "
        "Sport heeft de Gezondheidsraad gevraagd welke maatregelen effectief zijn om valincidenten bij thuiswonende "
        "ouderen te voorkomen. De Commissie Preventie heeft de wetenschappelijke literatuur beoordeeld en "
        "gesproken met huisartsen, fysiotherapeuten, apothekers, gemeenten en ouderenorganisaties.", A_BODY))
    s.append(Paragraph(
        "De commissie concludeert dat een groot deel van de valincidenten te voorkomen is. Beweegprogramma's die "
        "kracht en balans trainen verminderen het aantal vallen met ongeveer een kwart. Toch bereiken deze "
        "interventies op dit moment maar een klein deel van de ouderen met een verhoogd valrisico. In het kort "
        "adviseert de commissie:", A_BODY))
    s.append(bullets([
        "het valrisico van ouderen in de huisartsenpraktijk systematisch na te vragen;",
        "de kosten van bewezen effectieve beweegprogramma's voor deelnemers weg te nemen;",
        "de geneesmiddelen van ouderen met een verhoogd valrisico kritisch te bekijken;",
        "valpreventie een plaats te geven in het gemeentelijk beleid en in de regionale samenwerking;",
        "de cijfers over vallen en het onderzoek naar moeilijk bereikbare groepen te verbeteren.",
    ]))
    s.append(Spacer(1, 4))
    s.append(Paragraph("01  Inleiding", A_H1))
    s.append(Paragraph(
        "In zijn adviesaanvraag van 12 februari 2024 vroeg de minister de raad om een overzicht van effectieve "
        "maatregelen tegen vallen bij ouderen die zelfstandig wonen, en om aan te geven welke partijen daarbij "
        "aan zet zijn. Aanleiding is de stijging van het aantal valongevallen en de zorgkosten die daarmee gepaard "
        "gaan. De commissie heeft zich beperkt tot ouderen die thuis wonen; valpreventie in verpleeghuizen en "
        "ziekenhuizen valt buiten dit advies.", A_BODY))
    s.append(Paragraph("02  Vallen bij ouderen: omvang en gevolgen", A_H1))
    s.append(Paragraph(
        "Ongeveer een op de drie thuiswonende ouderen van 65 jaar en ouder valt minstens eenmaal per jaar.<super>1</super> "
        "Na een val loopt ongeveer een op de tien ouderen een ernstig letsel op, zoals een heupfractuur of "
        "hersenletsel. De medische kosten van valongevallen bij ouderen bedroegen in 2023 ruim 1,3 miljard euro.<super>2</super> "
        "Naast letsel leidt een val vaak tot angst om opnieuw te vallen. Ouderen gaan dan minder bewegen, waardoor "
        "spierkracht en evenwicht verder afnemen en het risico op een volgende val juist toeneemt.", A_BODY))
    s.append(Paragraph(
        "Bekende risicofactoren zijn een eerdere val, problemen met lopen en evenwicht, gebruik van bepaalde "
        "geneesmiddelen, slechtziendheid, duizeligheid en gevaren in en om de woning. Ouderen met een lage "
        "sociaaleconomische positie vallen vaker en maken minder gebruik van preventieve voorzieningen.<super>3</super>", A_BODY))
    s.append(Paragraph("03  Wat werkt om vallen te voorkomen?", A_H1))
    s.append(Paragraph(
        "Het sterkste bewijs bestaat voor beweegprogramma's die kracht en balans trainen, zoals 'In Balans' en "
        "'Otago'. Deelname vermindert het aantal vallen met 23 tot 34 procent.<super>4</super> Ook het afbouwen van "
        "valrisicoverhogende geneesmiddelen, vooral slaap- en kalmeringsmiddelen, is effectief. Voor aanpassingen "
        "in de woning is het bewijs sterker naarmate de aanpassing beter aansluit op het individuele risico; een "
        "algemene voorlichtingscampagne zonder persoonlijk advies heeft weinig effect.<super>5</super>", A_BODY))
    s.append(Paragraph(
        "De commissie stelt vast dat het aanbod versnipperd is. Gemeenten financieren programma's wisselend, "
        "deelnemers betalen vaak een eigen bijdrage van 60 tot 150 euro, en huisartsen weten niet altijd welk "
        "aanbod er in hun wijk is. Bovendien zijn de gegevens over vallen onvolledig: vallen die niet tot een "
        "bezoek aan de spoedeisende hulp leiden, worden nergens geregistreerd.<super>6</super>", A_BODY))

    s.append(Paragraph("04  Advies", A_H1))
    s.append(Paragraph(
        "Op basis van het voorgaande komt de commissie tot de volgende aanbevelingen. Zij richten zich tot de "
        "minister, en via de minister tot de beroepsgroepen en gemeenten.", A_BODY))
    recs = [
        ("Vraag alle thuiswonende ouderen van 70 jaar en ouder ten minste eenmaal per jaar of zij zijn gevallen of "
         "bang zijn om te vallen, en bied bij een bevestigend antwoord een uitgebreide valrisicobeoordeling aan.",
         "Een korte vraag kost weinig tijd en sluit aan bij de werkwijze in de huisartsenpraktijk. De commissie "
         "vraagt het NHG om dit vast te leggen in de standaard."),
        ("Maak valpreventieve beweegprogramma's met bewezen effect onderdeel van het verzekerde pakket, zodat de "
         "kosten geen drempel meer vormen voor deelname.",
         "Zolang deelnemers zelf moeten betalen, blijven juist de ouderen met het hoogste risico weg."),
        ("Laat apotheker en huisarts bij iedere oudere met een verhoogd valrisico een medicatiebeoordeling "
         "uitvoeren, met bijzondere aandacht voor slaap- en kalmeringsmiddelen, antidepressiva en "
         "bloeddrukverlagers.",
         "Periodieke medicatiebeoordeling is al afgesproken voor ouderen met polyfarmacie, maar valrisico is nu "
         "geen zelfstandige aanleiding."),
        ("Gemeenten nemen valpreventie op in hun lokale gezondheidsbeleid en verbinden dit met de woonopgave voor "
         "ouderen, onder meer door een woningscan en woningaanpassingen aan te bieden.",
         "Gemeenten zijn via de Wmo en de Wet publieke gezondheid al verantwoordelijk voor een groot deel van het "
         "aanbod."),
        ("Stimuleer in iedere regio een vaste samenwerking tussen huisartsen, fysiotherapeuten, wijkteams en "
         "gemeenten, met afspraken over doorverwijzing en terugkoppeling.",
         "Zonder zulke afspraken blijft een signalering in de huisartsenpraktijk vaak zonder vervolg."),
        ("Verbeter de landelijke registratie van valongevallen, zodat ook vallen zonder bezoek aan de "
         "spoedeisende hulp en de effecten van beleid zichtbaar worden.",
         "Nu is alleen bekend hoeveel ouderen na een val op de spoedeisende hulp komen."),
        ("Laat onderzoek doen naar effectieve manieren om ouderen met een lage sociaaleconomische positie en "
         "ouderen met een migratieachtergrond te bereiken.",
         "Deze groepen vallen vaker en nemen minder vaak deel aan programma's; over wat voor hen werkt is weinig "
         "bekend."),
    ]
    items = []
    for rec, why in recs:
        items.append(ListItem([Paragraph(f"<b>{rec}</b>", A_BODY), Paragraph(why, A_BODY)], leftIndent=16))
    s.append(ListFlowable(items, bulletType="1", leftIndent=16, bulletFontName="dvs-B", bulletFontSize=9.6))
    s.append(Paragraph("Literatuur", A_H1))
    refs = [
        "VeiligheidNL. Factsheet Valongevallen 65-plussers. Amsterdam, 2024.",
        "Stichting Consument en Veiligheid / RIVM. Kosten van letsels door vallen bij ouderen, 2023.",
        "Centraal Bureau voor de Statistiek. Gezondheidsenquête / Leefstijlmonitor 2022.",
        "Sherrington C, et al. Exercise for preventing falls in older people living in the community. "
        "Cochrane Database Syst Rev 2019.",
        "Clemson L, et al. Environmental interventions for preventing falls. Cochrane Review 2023.",
        "RIVM. Letsel Informatie Systeem: methodologie en dekkingsgraad. Bilthoven, 2022.",
    ]
    s.append(ListFlowable([ListItem(Paragraph(r, A_REF), leftIndent=14) for r in refs], bulletType="1",
                          leftIndent=14, bulletFontName="dvs", bulletFontSize=8.4))
    doc.build(s, canvasmaker=numbered_canvas(advice_static))
    return out


# ------------------------------------------------------------------ response (Kamerbrief)

L_BODY = ParagraphStyle("lb", fontName="lsans", fontSize=9.8, leading=14, spaceAfter=7)
L_H = ParagraphStyle("lh", fontName="lsans-B", fontSize=9.8, leading=14, spaceBefore=6, spaceAfter=2)
L_SIDE = 52 * mm


def letter_static(c, page, total):
    x = W - 20 * mm - L_SIDE + 8 * mm
    c.setFont("lsans", 7.2)
    if page == 1:
        # logo block
        c.setFillColor(colors.HexColor("#154273"))
        c.rect(W / 2 - 4 * mm, H - 30 * mm, 8 * mm, 18 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("lsans", 8.5)
        c.drawString(W / 2 + 8 * mm, H - 18 * mm, "Ministerie van Volksgezondheid,")
        c.drawString(W / 2 + 8 * mm, H - 22 * mm, "Welzijn en Sport")
        c.setFont("lsans", 6.8)
        c.drawString(25 * mm, H - 52 * mm, "> Retouradres Postbus 20350 2500 EJ Den Haag")
        lines = [("b", "Directie Langdurige Zorg"), ("", ""), ("", "Bezoekadres"), ("", "Parnassusplein 5"),
                 ("", "2511 VX Den Haag"), ("", "T 070 340 79 11"), ("", "www.rijksoverheid.nl"), ("", ""),
                 ("b", "Kenmerk"), ("", "4098765-1078123-LZ"), ("", ""), ("b", "Bijlage(n)"), ("", "1"), ("", ""),
                 ("b", "Uw brief"), ("", "-"), ("", ""),
                 ("", "Correspondentie uitsluitend"), ("", "richten aan het retouradres"), ("", "met vermelding van"),
                 ("", "de datum en het kenmerk"), ("", "van deze brief.")]
        y = H - 52 * mm
    else:
        lines = [("b", "Directie Langdurige Zorg"), ("", ""), ("b", "Datum"), ("", "3 juli 2025"), ("", ""),
                 ("b", "Kenmerk"), ("", "4098765-1078123-LZ")]
        y = H - 52 * mm
    for kind, text in lines:
        c.setFont("lsans-B" if kind == "b" else "lsans", 7.2)
        c.drawString(x, y, text)
        y -= 9
    c.setFont("lsans", 7.2)
    c.drawString(x, 14 * mm, f"Pagina {page} van {total}")


def response():
    out = DOCS / "blind13_nl_gezondheidsraad_response.pdf"
    doc = BaseDocTemplate(str(out), pagesize=A4, leftMargin=25 * mm, rightMargin=20 * mm + L_SIDE,
                          topMargin=52 * mm, bottomMargin=25 * mm, invariant=1,
                          title="Kabinetsreactie Gezondheidsraadadvies Valpreventie bij thuiswonende ouderen",
                          author="Ministerie van VWS")
    first = Frame(25 * mm, 25 * mm, doc.width, H - 25 * mm - 56 * mm, id="first")
    rest = Frame(25 * mm, 25 * mm, doc.width, H - 25 * mm - 50 * mm, id="rest")
    doc.addPageTemplates([PageTemplate("first", [first]), PageTemplate("rest", [rest])])
    small = ParagraphStyle("addr", fontName="lsans", fontSize=9.8, leading=13)
    lab = ParagraphStyle("lab", fontName="lsans", fontSize=7.2, leading=13)
    s = [NextPageTemplate("rest"),
         Paragraph("De Voorzitter van de Tweede Kamer<br/>der Staten-Generaal<br/>Postbus 20018<br/>2500 EA  DEN HAAG",
                   small), Spacer(1, 26)]
    meta = Table([[Paragraph("Datum", lab), Paragraph("3 juli 2025", small)],
                  [Paragraph("Betreft", lab), Paragraph("Kabinetsreactie op het Gezondheidsraadadvies "
                                                        "'Valpreventie bij thuiswonende ouderen'", small)]],
                 colWidths=[18 * mm, doc.width - 18 * mm])
    meta.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s += [meta, Spacer(1, 22)]
    P = lambda t: s.append(Paragraph(t, L_BODY))  # noqa: E731
    Hd = lambda t: s.append(Paragraph(t, L_H))  # noqa: E731
    P("Geachte voorzitter,")
    P("Op 17 april 2025 heeft de Gezondheidsraad mij het advies 'Valpreventie bij thuiswonende ouderen' "
      "aangeboden. Met deze brief ontvangt u, mede namens de staatssecretaris van Jeugd, Preventie en Sport, de "
      "reactie van het kabinet op dit advies. Ik dank de raad voor een helder advies, dat goed aansluit bij de "
      "ambities van het Gezond en Actief Leven Akkoord (GALA).")
    Hd("Aanleiding")
    P("Vallen is de belangrijkste oorzaak van letsel bij ouderen. Elke vijf minuten komt een 65-plusser na een val "
      "op de spoedeisende hulp terecht. Met de vergrijzing neemt dit aantal de komende jaren naar verwachting nog "
      "toe. Mijn ambtsvoorganger heeft de raad daarom gevraagd welke maatregelen werken en wie daarvoor aan zet is.")
    Hd("Het advies in het kort")
    P("De raad concludeert dat een groot deel van de valincidenten te voorkomen is, maar dat bewezen effectieve "
      "interventies de ouderen die het nodig hebben nu nauwelijks bereiken. De raad doet zeven aanbevelingen, over "
      "signalering, beweegprogramma's, medicatie, de rol van gemeenten, regionale samenwerking, registratie en "
      "onderzoek. Hieronder ga ik op de aanbevelingen in.")
    Hd("Medicatiebeoordeling")
    P("De raad adviseert om bij ouderen met een verhoogd valrisico de geneesmiddelen te laten beoordelen door "
      "apotheker en huisarts. Ik onderschrijf dit advies volledig. Valrisicoverhogende medicatie is een van de best "
      "beïnvloedbare risicofactoren. In de multidisciplinaire richtlijn Polyfarmacie bij ouderen zijn al afspraken "
      "gemaakt over periodieke medicatiebeoordeling; ik zal de KNMP en het NHG vragen om een verhoogd valrisico daarin "
      "als zelfstandige aanleiding op te nemen. Daarnaast financier ik vanaf 2026 een landelijke scholing voor "
      "apothekers over het afbouwen van slaap- en kalmeringsmiddelen.")
    Hd("Signaleren in de huisartsenpraktijk")
    P("Het kabinet deelt de opvatting van de raad dat vroege signalering de sleutel is tot een goede aanpak. Eén "
      "vraag per jaar aan ouderen vanaf 70 jaar is eenvoudig uitvoerbaar. Ik neem deze aanbeveling dan ook over. Het "
      "NHG heeft toegezegd de NHG-Standaard Valpreventie hierop aan te passen; de herziene standaard verschijnt naar "
      "verwachting voor de zomer van 2026. Tot die tijd ondersteunt VeiligheidNL huisartsenpraktijken met een "
      "praktische handreiking.")
    Hd("Gemeenten en de regio")
    P("Twee aanbevelingen van de raad gaan over de lokale en regionale aanpak: gemeenten zouden valpreventie moeten "
      "opnemen in hun gezondheidsbeleid en woonopgave, en in iedere regio zou een vaste samenwerking tussen "
      "huisartsen, fysiotherapeuten, wijkteams en gemeenten moeten ontstaan.")
    P("Over het eerste punt merk ik op dat gemeenten hun lokale gezondheidsbeleid zelf vaststellen. Ik ga hen niet "
      "verplichten valpreventie daarin op te nemen. Wel zal ik samen met de VNG gemeenten wijzen op de mogelijkheden "
      "van de woningscan en woningaanpassingen vanuit de Wmo, en goede voorbeelden verspreiden via het Centrum Gezond "
      "Leven.")
    P("De regionale samenwerking steun ik zonder voorbehoud. In de GALA-regio's worden al afspraken gemaakt over de "
      "zorg voor kwetsbare ouderen. Ik zal de regio's vragen valpreventie daarin als vast onderdeel op te nemen, en "
      "stel daarvoor in 2026 en 2027 middelen beschikbaar uit de transformatiemiddelen van het Integraal Zorgakkoord.")
    Hd("Beweegprogramma's en het verzekerde pakket")
    P("De raad adviseert om valpreventieve beweegprogramma's met bewezen effect onderdeel te maken van het "
      "verzekerde pakket. Ik herken het probleem dat de raad schetst: een eigen bijdrage houdt juist ouderen met een "
      "laag inkomen weg. Toch kies ik er niet voor om deze programma's in het basispakket op te nemen. Het gaat om "
      "groepsinterventies die buiten de zorgverzekering beter tot hun recht komen, en het Zorginstituut heeft in 2022 "
      "vastgesteld dat zij niet voldoen aan het criterium 'zorg zoals fysiotherapeuten plegen te bieden'. De "
      "financiering blijft daarom via gemeenten lopen, die hiervoor tot en met 2027 middelen ontvangen uit de "
      "specifieke uitkering GALA.")
    Hd("Registratie van valongevallen")
    P("De raad vraagt om een betere landelijke registratie, ook van vallen zonder bezoek aan de spoedeisende hulp. "
      "Ik neem kennis van deze aanbeveling. Een uitbreiding van het Letsel Informatie Systeem vraagt veel van "
      "zorgverleners, en het is de vraag of de opbrengst daartegen opweegt. Ik zal het RIVM vragen deze afweging te "
      "maken bij de herziening van de Monitor Gezond en Actief Leven in 2026.")
    Hd("Financiële gevolgen")
    P("De maatregelen in deze brief worden gedekt binnen de begroting van VWS. Voor de jaren 2026 en 2027 is in "
      "totaal 4,2 miljoen euro gereserveerd; de verdeling over de onderdelen is opgenomen in de bijlage bij deze brief.")
    Hd("Tot slot")
    P("Vallen is geen onvermijdelijk onderdeel van ouder worden. Met de stappen in deze brief wil ik ervoor zorgen "
      "dat meer ouderen veilig en zelfstandig thuis kunnen blijven wonen. Ik informeer uw Kamer in het voorjaar van "
      "2026 over de voortgang.")
    P("Hoogachtend,")
    P("de minister van Volksgezondheid,<br/>Welzijn en Sport,<br/><br/><br/>drs. M.J. van der Wiel")
    doc.build(s, canvasmaker=numbered_canvas(letter_static))
    return out


if __name__ == "__main__":
    print(advice())
    print(response())
