"""Blind round 16 (nl), pair blind16_nl_kabinetsreactie_adviesraad — reportlab.

Advice: Raad voor Volksgezondheid & Samenleving (RVS), advies 'Zorg voor elkaar, ook morgen' (mantelzorg):
full-page cover, 'Inhoud', Samenvatting naming the addressees, chapters with superscript footnote marks and
page-foot footnotes, running header and page number; '4 Aanbevelingen' with one numbering 1-7 across three
addressee headings ('Aan het kabinet' 1-3, 'Aan gemeenten' 4-5, 'Aan zorgverzekeraars, zorgkantoren en
zorgaanbieders' 6-7), each a hanging number + bold sentence + explanation; Literatuur.
Response: Kamerbrief 'Kabinetsreactie op het RVS-advies Zorg voor elkaar, ook morgen' (VWS, mede namens SZW and
VRO) with logo strip and letterhead sidebar, unnumbered theme headings in the order 2, 1, 4+5, 3, 7, plus
'Jonge mantelzorgers' (answers an analysis point) and 'Tot slot'; 6 unanswered.

Run from the repository root (venv outside the repo):
    python3 -m venv /tmp/blind16nlenv && /tmp/blind16nlenv/bin/pip install reportlab fpdf2 pymupdf fonttools
    /tmp/blind16nlenv/bin/python tests/docs/src/blind16/gen_nl_kabinetsreactie_adviesraad_rl.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reportlab import rl_config  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate,  # noqa: E402
                                Paragraph, Spacer, Table, TableStyle)

from _nl_b16 import DOCS, rl_register  # noqa: E402

NAME = "blind16_nl_kabinetsreactie_adviesraad"
W, H = A4
rl_register()
rl_config.canvas_basefontname = "lsans"  # no unembedded Helvetica in the page resources

TEAL = colors.HexColor("#00707a")
body = ParagraphStyle("body", fontName="lsans", fontSize=9.8, leading=14.2, alignment=TA_LEFT, spaceAfter=6)
h1 = ParagraphStyle("h1", fontName="lsans-B", fontSize=16, leading=20, textColor=TEAL, spaceBefore=4,
                    spaceAfter=9, keepWithNext=1)
h2 = ParagraphStyle("h2", fontName="lsans-B", fontSize=11, leading=15, textColor=TEAL, spaceBefore=8,
                    spaceAfter=4, keepWithNext=1)
note = ParagraphStyle("note", fontName="lsans", fontSize=7.5, leading=9.5)
toc = ParagraphStyle("toc", fontName="lsans", fontSize=10, leading=17)
rec = ParagraphStyle("rec", parent=body, leftIndent=16, bulletIndent=0, bulletFontName="lsans-B",
                     bulletFontSize=10.5, spaceAfter=8)
small = ParagraphStyle("small", fontName="lsans", fontSize=8, leading=10.5)

# ------------------------------------------------------------------ advice

ADV_NOTES = {
    4: ["1  SCP (2024). <i>Mantelzorg in Nederland. Ontwikkelingen 2014\u20132022</i>. Den Haag: Sociaal en "
        "Cultureel Planbureau.",
        "2  Movisie (2023). <i>Ondersteuning van mantelzorgers door gemeenten: een inventarisatie</i>. Utrecht.",
        "3  Artikel 5:9 Wet arbeid en zorg. Het langdurend zorgverlof is onbetaald, tenzij in de cao anders is "
        "bepaald."],
}


def adv_page(canv, doc):
    n = canv.getPageNumber()
    canv.saveState()
    if n == 1:
        canv.setFillColor(TEAL)
        canv.rect(0, 0, W, H, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("lsans-B", 12)
        canv.drawString(25 * mm, H - 30 * mm, "Raad voor Volksgezondheid & Samenleving")
        canv.setFont("lsans-B", 34)
        canv.drawString(25 * mm, H - 130 * mm, "Zorg voor elkaar,")
        canv.drawString(25 * mm, H - 143 * mm, "ook morgen")
        canv.setFont("lsans", 13)
        canv.drawString(25 * mm, H - 156 * mm, "Naar houdbare mantelzorg in een vergrijzende samenleving")
        canv.setFont("lsans", 10)
        canv.drawString(25 * mm, 36 * mm, "Advies  |  juni 2025")
        canv.drawString(25 * mm, 30 * mm, "RVS 2025-03")
    else:
        canv.setFont("lsans", 7.5)
        canv.setFillColor(colors.HexColor("#666666"))
        canv.drawString(25 * mm, H - 14 * mm, "RVS  |  Zorg voor elkaar, ook morgen")
        canv.drawRightString(W - 25 * mm, 12 * mm, f"pagina {n}")
        notes = ADV_NOTES.get(n)
        if notes:
            y = 18 * mm
            paras = []
            for t in notes:
                p = Paragraph(t, note)
                _, ph = p.wrap(W - 50 * mm, 40)
                paras.append((p, ph))
            y += sum(ph + 1 for _, ph in paras)
            canv.setStrokeColor(colors.black)
            canv.line(25 * mm, y + 3, 70 * mm, y + 3)
            for p, ph in paras:
                y -= ph + 1
                p.drawOn(canv, 25 * mm, y)
    canv.restoreState()


RECS = {
    "Aan het kabinet": [
        ("Leg in de Wmo 2015 een landelijk basisniveau van mantelzorgondersteuning vast, met ten minste een "
         "onafhankelijk steunpunt en een jaarlijks gesprek met iedere zwaarbelaste mantelzorger.",
         "Nu hangt het van de woonplaats af welke steun een mantelzorger krijgt. Een basisniveau maakt duidelijk "
         "waar iedere mantelzorger op kan rekenen, en laat gemeenten de ruimte om daarboven eigen keuzes te maken."),
        ("Verruim het langdurend zorgverlof naar twaalf keer de wekelijkse arbeidsduur en laat werkgevers een deel "
         "daarvan doorbetalen, met compensatie door de overheid.",
         "Werkende mantelzorgers lossen hun tijdnood nu vaak op door minder te gaan werken of zich ziek te melden. "
         "Dat kost hen inkomen en pensioen, en werkgevers verliezen ervaren krachten."),
        ("Neem de belemmeringen weg voor het bouwen van mantelzorgwoningen en het splitsen van grote woningen, "
         "zodat naasten dichter bij elkaar kunnen wonen.",
         "Reisafstand is een van de sterkste voorspellers van overbelasting. Regels over bestemming, huurtoeslag "
         "en de kostendelersnorm maken samenwonen of dichtbij wonen onnodig ingewikkeld."),
    ],
    "Aan gemeenten": [
        ("Zoek mantelzorgers actief op in plaats van te wachten tot zij zich melden, bijvoorbeeld via huisartsen, "
         "wijkverpleegkundigen en scholen.",
         "Veel mantelzorgers zien zichzelf niet als mantelzorger. Zij komen pas in beeld als zij zelf uitvallen."),
        ("Stel in iedere wijk een vast aanspreekpunt voor mantelzorgers aan dat ook buiten kantoortijden "
         "bereikbaar is.",
         "Mantelzorgers moeten nu bij verschillende loketten aankloppen. Een vast gezicht in de wijk voorkomt dat "
         "zij het verhaal steeds opnieuw moeten doen."),
    ],
    "Aan zorgverzekeraars, zorgkantoren en zorgaanbieders": [
        ("Neem de belasting van de mantelzorger standaard op in het zorgplan van de cli\u00ebnt en bespreek deze "
         "bij iedere evaluatie van dat plan.",
         "Professionals rekenen op de inzet van naasten, maar vragen zelden hoe het met hen gaat."),
        ("Bied respijtzorg soepeler aan, ook in de avond en het weekend, en contracteer in iedere regio voldoende "
         "logeerplekken voor kortdurend verblijf.",
         "Mantelzorgers die even op adem willen komen, stuiten op wachtlijsten en vaste openingstijden. In een "
         "derde van de zorgkantoorregio\u2019s was in 2024 geen logeerplek binnen een week beschikbaar."),
    ],
}


def advice() -> None:
    doc = BaseDocTemplate(str(DOCS / f"{NAME}_advice.pdf"), pagesize=A4, title="Zorg voor elkaar, ook morgen",
                          author="Raad voor Volksgezondheid & Samenleving", creator="", producer="", invariant=1)
    cover = Frame(25 * mm, 30 * mm, W - 50 * mm, 40 * mm, id="cover")
    main = Frame(25 * mm, 42 * mm, W - 50 * mm, H - 62 * mm, id="main")
    doc.addPageTemplates([PageTemplate("cover", [cover], onPage=adv_page),
                          PageTemplate("main", [main], onPage=adv_page)])
    P = lambda t, st=body: Paragraph(t, st)  # noqa: E731
    s = [NextPageTemplate("main"), PageBreak()]
    s.append(P("Inhoud", h1))
    rows = [("", "Samenvatting", "3"), ("1", "Inleiding", "4"), ("2", "Mantelzorg onder druk", "4"),
            ("3", "Wat moet er veranderen?", "4"), ("4", "Aanbevelingen", "5"), ("", "Literatuur", "6")]
    t = Table([[P(a, toc), P(b, toc), P(c, toc)] for a, b, c in rows], colWidths=[12 * mm, 130 * mm, 15 * mm])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "lsans"), ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb"))]))
    s.append(t)
    s.append(Spacer(1, 120 * mm))
    s.append(P("De Raad voor Volksgezondheid &amp; Samenleving (RVS) adviseert regering en parlement over het "
               "beleid op het terrein van volksgezondheid en zorg. Dit advies is voorbereid door een commissie "
               "onder leiding van raadslid prof. dr. A.M. Hoogland-Smit. Vastgesteld in de raadsvergadering van "
               "12 juni 2025.", small))
    s.append(P("Raad voor Volksgezondheid &amp; Samenleving, Parnassusplein 5, 2511 VX Den Haag \u2014 www.raadrvs.nl",
               small))
    s.append(PageBreak())
    s.append(P("Samenvatting", h1))
    s.append(P("Ruim vijf miljoen Nederlanders zorgen voor een naaste met een ziekte, beperking of ouderdomsklachten. "
               "Zonder hen is de zorg niet te organiseren. Tegelijk neemt de druk op mantelzorgers toe: er komen "
               "meer ouderen, er zijn minder kinderen per oudere, en steeds meer mantelzorgers combineren de zorg "
               "met een baan. E\u00e9n op de zes mantelzorgers voelt zich zwaar belast."))
    s.append(P("De raad concludeert dat het huidige beleid te veel uitgaat van de vanzelfsprekendheid van "
               "mantelzorg. Mantelzorg blijft alleen houdbaar als de samenleving mantelzorgers ook iets teruggeeft: "
               "tijd, nabijheid en erkenning. De raad doet daarom aanbevelingen aan het kabinet, aan gemeenten en "
               "aan zorgverzekeraars, zorgkantoren en zorgaanbieders. Die gaan over een steviger wettelijke basis "
               "voor ondersteuning, over werk en wonen, over het vinden van mantelzorgers die nu buiten beeld "
               "blijven en over respijt. De aanbevelingen staan in hoofdstuk 4."))
    s.append(PageBreak())
    s.append(P("1  Inleiding", h1))
    s.append(P("In september 2024 vroeg de staatssecretaris van Volksgezondheid, Welzijn en Sport de raad om advies "
               "over de vraag hoe mantelzorg ook op de langere termijn houdbaar kan blijven. De raad heeft voor dit "
               "advies gesproken met mantelzorgers, gemeenten, werkgevers, zorgverzekeraars en "
               "mantelzorgorganisaties, en heeft de beschikbare literatuur bestudeerd. In het voorjaar van 2025 zijn "
               "vier bijeenkomsten met mantelzorgers gehouden in Leeuwarden, Tilburg, Rotterdam en Enschede."))
    s.append(P("2  Mantelzorg onder druk", h1))
    s.append(P("Volgens het Sociaal en Cultureel Planbureau is het aandeel mantelzorgers onder de volwassen "
               "bevolking sinds 2014 ongeveer gelijk gebleven, maar zorgen zij gemiddeld langer en intensiever."
               "<super>1</super> Het aantal mensen dat meer dan acht uur per week zorgt, steeg in die periode met "
               "een vijfde. Daarbij gaat het vaker om werkende vrouwen tussen de 45 en 65 jaar."))
    s.append(P("Gemeenten zijn op grond van de Wmo 2015 verantwoordelijk voor de ondersteuning van mantelzorgers. De "
               "invulling verschilt sterk. Sommige gemeenten hebben een steunpunt met consulenten en een ruim aanbod "
               "van respijtzorg; in andere gemeenten blijft het bij een jaarlijkse waardering in de vorm van een "
               "cadeaubon.<super>2</super> Mantelzorgers ervaren dat als willekeurig."))
    s.append(P("Een bijzondere groep zijn de jonge mantelzorgers: kinderen en jongeren die opgroeien met een ziek "
               "gezinslid. Zij zijn vaak onzichtbaar voor school en hulpverlening, terwijl de zorg hun "
               "schoolprestaties en gezondheid onder druk zet. De raad vraagt daarvoor in dit advies nadrukkelijk "
               "aandacht, maar verwijst voor concrete maatregelen naar het advies van de Kinderombudsman uit 2024."))
    s.append(P("3  Wat moet er veranderen?", h1))
    s.append(P("Werk en mantelzorg gaan slecht samen. De Wet arbeid en zorg kent een recht op kortdurend en "
               "langdurend zorgverlof, maar het langdurend zorgverlof is onbetaald en wordt daardoor weinig "
               "gebruikt.<super>3</super> Ook het wonen sluit slecht aan: kinderen en ouders wonen steeds vaker ver "
               "uit elkaar, en wie een naaste in huis wil nemen, verliest soms toeslagen of een deel van de "
               "uitkering."))
    s.append(P("Tot slot ontbreekt het aan tijdig respijt. Respijtzorg is bedoeld om de mantelzorger tijdelijk te "
               "ontlasten, maar is in veel regio\u2019s alleen overdag en op werkdagen beschikbaar. De raad ziet "
               "daarin een verantwoordelijkheid voor alle partijen die mantelzorgers tegenkomen."))
    s.append(PageBreak())
    s.append(P("4  Aanbevelingen", h1))
    s.append(P("De raad doet de volgende aanbevelingen. Samen vormen zij een samenhangend pakket; de raad vraagt "
               "alle betrokkenen daarom ze in onderlinge samenhang op te pakken."))
    n = 0
    for head, items in RECS.items():
        s.append(P(head, h2))
        for first, rest in items:
            n += 1
            s.append(Paragraph(f"<b>{first}</b> {rest}", rec, bulletText=f"{n}"))
    s.append(PageBreak())
    s.append(P("Literatuur", h1))
    for ref in ["Kinderombudsman (2024). <i>Als zorgen je dagelijks werk is. Jonge mantelzorgers in beeld</i>. "
                "Den Haag.",
                "Movisie (2023). <i>Ondersteuning van mantelzorgers door gemeenten: een inventarisatie</i>. Utrecht.",
                "SCP (2024). <i>Mantelzorg in Nederland. Ontwikkelingen 2014\u20132022</i>. Den Haag.",
                "Vilans (2024). <i>Respijtzorg in de regio: beschikbaarheid en toegang</i>. Utrecht."]:
        s.append(P(ref, small))
    doc.build(s)


# ------------------------------------------------------------------ response

SIDEBAR = [("b", "Directoraat-Generaal"), ("", "Langdurige Zorg"), ("", ""), ("b", "Bezoekadres"),
           ("", "Parnassusplein 5"), ("", "2511 VX  Den Haag"), ("", "www.rijksoverheid.nl"), ("", ""),
           ("b", "Kenmerk"), ("", "4187352-1082641-DLZ"), ("", ""), ("b", "Bijlage(n)"), ("", "1"), ("", ""),
           ("b", "Uw brief"), ("", "\u2014")]


class LetterDoc(BaseDocTemplate):
    _pages_total = 3


def resp_page(canv, doc):
    n = canv.getPageNumber()
    canv.saveState()
    canv.setFillColor(colors.HexColor("#154273"))
    canv.rect(W / 2 - 6 * mm, H - 30 * mm, 12 * mm, 30 * mm, stroke=0, fill=1)
    canv.setFillColor(colors.black)
    canv.setFont("lsans", 9.5)
    canv.drawString(W / 2 + 8 * mm, H - 20 * mm, "Ministerie van Volksgezondheid,")
    canv.drawString(W / 2 + 8 * mm, H - 24.5 * mm, "Welzijn en Sport")
    x = W - 62 * mm
    y = H - 60 * mm if n == 1 else H - 45 * mm
    for style, t in SIDEBAR if n == 1 else SIDEBAR[:2] + [("", ""), ("b", "Kenmerk"), ("", "4187352-1082641-DLZ")]:
        canv.setFont("lsans-B" if style == "b" else "lsans", 7)
        canv.drawString(x, y, t)
        y -= 9
    canv.setFont("lsans", 7)
    canv.drawString(x, 22 * mm, f"Pagina {n} van {doc._pages_total}")
    if n == 1:
        canv.setFont("lsans", 6.5)
        canv.drawString(25 * mm, H - 52 * mm, "> Retouradres Postbus 20350 2500 EJ  Den Haag")
        canv.setFont("lsans", 9.5)
        for i, t in enumerate(["De Voorzitter van de Tweede Kamer", "der Staten-Generaal", "Postbus 20018",
                               "2500 EA  DEN HAAG"]):
            canv.drawString(25 * mm, H - 60 * mm - i * 12, t)
        canv.setFont("lsans", 9)
        canv.drawString(25 * mm, H - 95 * mm, "Datum")
        canv.drawString(45 * mm, H - 95 * mm, "3 november 2025")
        canv.drawString(25 * mm, H - 100 * mm, "Betreft")
        canv.drawString(45 * mm, H - 100 * mm, "Kabinetsreactie op het RVS-advies \u2018Zorg voor elkaar, ook")
        canv.drawString(45 * mm, H - 104 * mm, "morgen\u2019")
    canv.restoreState()


def response() -> None:
    doc = LetterDoc(str(DOCS / f"{NAME}_response.pdf"), pagesize=A4, title="Kabinetsreactie op het RVS-advies "
                    "Zorg voor elkaar, ook morgen", author="Ministerie van VWS", creator="", producer="",
                    invariant=1)
    first = Frame(25 * mm, 28 * mm, W - 95 * mm, H - 138 * mm, id="first")
    later = Frame(25 * mm, 28 * mm, W - 95 * mm, H - 73 * mm, id="later")
    doc.addPageTemplates([PageTemplate("first", [first], onPage=resp_page),
                          PageTemplate("later", [later], onPage=resp_page)])
    lb = ParagraphStyle("lb", parent=body, fontName="lsans", fontSize=9.5, leading=14, alignment=TA_LEFT,
                        spaceAfter=9)
    hb = ParagraphStyle("hb", parent=lb, fontName="lsans-B", spaceAfter=2, spaceBefore=4, keepWithNext=1)
    P = lambda t: Paragraph(t, lb)  # noqa: E731
    Hd = lambda t: Paragraph(t, hb)  # noqa: E731
    s = [NextPageTemplate("later")]
    s.append(P("Op 12 juni 2025 heeft de Raad voor Volksgezondheid &amp; Samenleving (RVS) het advies \u2018Zorg "
               "voor elkaar, ook morgen\u2019 uitgebracht. Met deze brief bied ik uw Kamer, mede namens de minister "
               "van Sociale Zaken en Werkgelegenheid en de minister van Volkshuisvesting en Ruimtelijke Ordening, "
               "de kabinetsreactie op dit advies aan."))
    s.append(Hd("Waardering voor het advies"))
    s.append(P("Het kabinet is de raad erkentelijk voor een advies dat scherp laat zien hoe zwaar veel mantelzorgers "
               "het hebben. De raad heeft gelijk dat mantelzorg niet vanzelfsprekend is. Het kabinet onderschrijft "
               "de hoofdboodschap van het advies: wie veel voor een ander doet, moet ook zelf kunnen rekenen op "
               "steun. Hieronder ga ik per thema in op de aanbevelingen die aan het kabinet en aan gemeenten zijn "
               "gericht."))
    s.append(Hd("Werk en mantelzorg"))
    s.append(P("Een op de vier werkenden combineert werk met mantelzorg. Het kabinet deelt de analyse van de raad "
               "dat het langdurend zorgverlof in zijn huidige vorm te weinig wordt benut. Samen met de minister "
               "van SZW verruim ik daarom met ingang van 1 januari 2027 het langdurend zorgverlof van zes naar "
               "negen keer de wekelijkse arbeidsduur. Het wetsvoorstel daarvoor gaat in het voorjaar van 2026 in "
               "consultatie. Voor een gedeeltelijke doorbetaling van dit verlof, met compensatie voor werkgevers, "
               "is binnen de begroting geen ruimte. Wel roep ik sociale partners op om in cao\u2019s afspraken te "
               "maken over doorbetaling."))
    s.append(Hd("Een landelijk basisniveau?"))
    s.append(P("De raad pleit voor een landelijk basisniveau van mantelzorgondersteuning in de Wmo 2015. Ik begrijp "
               "de wens om verschillen tussen gemeenten te verkleinen. Toch kiest het kabinet er niet voor om een "
               "basisniveau wettelijk vast te leggen. De kracht van de Wmo 2015 is juist dat gemeenten de "
               "ondersteuning kunnen afstemmen op de situatie in de wijk; een landelijk voorgeschreven basisniveau "
               "past niet bij de decentrale opzet van de wet en zou bovendien leiden tot een extra beroep op het "
               "gemeentefonds. Het kabinet houdt dan ook vast aan de huidige verdeling van verantwoordelijkheden."))
    s.append(Hd("De rol van gemeenten"))
    s.append(P("Twee aanbevelingen richten zich tot gemeenten. Ik heb deze met de Vereniging van Nederlandse "
               "Gemeenten (VNG) besproken."))
    s.append(P("Dat mantelzorgers eerder in beeld moeten komen, ondersteunt het kabinet van harte. Hoe gemeenten "
               "mantelzorgers opsporen, is echter aan henzelf. De VNG zal het advies onder de aandacht brengen van "
               "haar leden en de goede voorbeelden uit het advies verspreiden; ik wacht af welke ervaringen "
               "gemeenten daarmee opdoen."))
    s.append(P("Het advies om in iedere wijk een vast aanspreekpunt voor mantelzorgers te hebben, neem ik over. Via "
               "de specifieke uitkering Mantelzorg Dichtbij stel ik gemeenten in 2026 en 2027 jaarlijks "
               "\u20ac 25 miljoen beschikbaar om zulke aanspreekpunten in te richten, met de afspraak dat zij ook "
               "buiten kantoortijden bereikbaar zijn."))
    s.append(Hd("Wonen"))
    s.append(P("Op dit punt is al veel in gang gezet. Sinds 1 juli 2025 is een mantelzorgwoning op het eigen erf "
               "vergunningvrij, ook als de mantelzorg later eindigt, en de minister van VRO heeft de regels voor "
               "het splitsen van woningen vereenvoudigd. Daarnaast geldt de kostendelersnorm vanaf 2026 niet "
               "meer voor mantelzorgers die een naaste in huis nemen. Het kabinet geeft daarmee invulling aan wat "
               "de raad vraagt."))
    s.append(Hd("Respijtzorg"))
    s.append(P("De raad richt de aanbeveling over respijtzorg aan zorgverzekeraars, zorgkantoren en zorgaanbieders. "
               "Ik heb Zorgverzekeraars Nederland gevraagd hoe de zorgkantoren het aanbod van logeerplekken "
               "kunnen vergroten. Zorgverzekeraars Nederland laat weten dit te willen onderzoeken bij de inkoop "
               "voor 2027. Ik zal bezien of aanvullende afspraken nodig zijn zodra de uitkomsten bekend zijn."))
    s.append(Hd("Jonge mantelzorgers"))
    s.append(P("Het advies besteedt terecht aandacht aan jonge mantelzorgers. Zoals eerder aan uw Kamer gemeld, "
               "werkt de staatssecretaris van Jeugd, Preventie en Sport met scholen en het jongerenwerk aan een "
               "landelijke aanpak voor deze groep. Uw Kamer ontvangt daarover voor het einde van dit jaar een "
               "afzonderlijke brief."))
    s.append(Hd("Tot slot"))
    s.append(P("Mantelzorg is en blijft van ons allemaal. Het kabinet zal in de voortgangsrapportage over het "
               "programma Langer Thuis, die uw Kamer in het najaar van 2026 ontvangt, terugkomen op de uitvoering "
               "van de maatregelen uit deze brief."))
    s.append(Spacer(1, 6))
    s.append(P("De staatssecretaris van Volksgezondheid,<br/>Welzijn en Sport,"))
    s.append(Spacer(1, 18))
    s.append(P("J.A. Bouwmeester-Tiel"))
    doc.build(s)


if __name__ == "__main__":
    advice()
    response()
    print("written", NAME)
