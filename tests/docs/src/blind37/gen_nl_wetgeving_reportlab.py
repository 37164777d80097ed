"""Round 37 (nl, Belgian): an (invented) ADVICE of the Raad van State, afdeling Wetgeving (advies 78.412/3) on a
Flemish voorontwerp van decreet amending the Onroerenderfgoeddecreet (erfgoedpremies, beheersplan), answered in the
section '5.3 Advies van de Raad van State' of the MEMORIE VAN TOELICHTING of the ontwerp van decreet as tabled in the
Vlaams Parlement (Stuk 912 (2025-2026) - Nr. 1), i.e. a section of another document. Advice: A4, the Council's
sober layout (court heading, 'advies 78.412/3 - N/M' in the header), every paragraph numbered 1.-15. in a hanging
margin; only seven numbered paragraphs hold a recommendation (4, 6, 7, 9, 11, 12, 14: 'moet nog om advies worden
voorgelegd', 'beveelt aan', 'Het verdient aanbeveling', 'schrijve men', 'Men dient', a question 'vraagt zich af of',
'verdient het aanbeveling'); the rest are traps (strekking, bevoegdheid, 'geeft geen aanleiding tot opmerkingen',
quoted draft article text, articles of the Grondwet and the decree, a table of premium rates, signatures).
Response: the section answers by randnummer in another order (9 and 11 together: agrees + disagrees, then 4, 14, 7,
6); 12 is not answered; '5.2 Advies van de SARO' answers another body and no recommendation. Engine: reportlab
(Liberation Serif, no shaping, no ligatures).

Run: /tmp/blind37nl/bin/python tests/docs/src/blind37/gen_nl_wetgeving_reportlab.py"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, os.path.dirname(__file__))
import _b37nl as B  # noqa: E402

NAME = "blind37_nl_wetgeving"
LIB = "/usr/share/fonts/truetype/liberation/"
for n, f in (("LS", "LiberationSerif-Regular"), ("LSB", "LiberationSerif-Bold"), ("LSI", "LiberationSerif-Italic"),
             ("LSBI", "LiberationSerif-BoldItalic"), ("LA", "LiberationSans-Regular"),
             ("LAB", "LiberationSans-Bold")):
    pdfmetrics.registerFont(TTFont(n, LIB + f + ".ttf"))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")

W, H = A4
BODY = ParagraphStyle("b", fontName="LS", fontSize=10.5, leading=14.2, alignment=4, spaceAfter=6)
HEAD = ParagraphStyle("h", fontName="LSB", fontSize=10.5, leading=14, alignment=1, spaceBefore=8, spaceAfter=6)
SUB = ParagraphStyle("s", fontName="LSI", fontSize=10.5, leading=14, spaceBefore=4, spaceAfter=4)
QUOTE = ParagraphStyle("q", parent=BODY, leftIndent=12 * mm, rightIndent=8 * mm, fontSize=9.8, leading=13)
CENT = ParagraphStyle("c", parent=BODY, alignment=1)


def numcanvas(header, footer):
    class C(canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            m = len(self._pages)
            for st in self._pages:
                self.__dict__.update(st)
                header(self, self._pageNumber, m)
                footer(self, self._pageNumber, m)
                super().showPage()
            super().save()
    return C


def para(num, text):
    """A numbered paragraph with the number in a hanging margin (RvS style)."""
    t = Table([[Paragraph(f"{num}.", BODY), Paragraph(text, BODY)]], colWidths=[11 * mm, 149 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return t


def advice():
    def hdr(c, n, m):
        if n > 1:
            c.setFont("LS", 9)
            c.drawString(25 * mm, H - 14 * mm, "advies Raad van State 78.412/3")
            c.drawRightString(W - 25 * mm, H - 14 * mm, f"{n}/{m}")

    def ftr(c, n, m):
        c.setFont("LS", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawCentredString(W / 2, 12 * mm, "Wetenschapsstraat 33 - 1040 Brussel - www.raadvst-consetat.be")

    s = []
    s.append(Paragraph("RAAD VAN STATE", ParagraphStyle("t", fontName="LSB", fontSize=13, alignment=1)))
    s.append(Paragraph("afdeling Wetgeving", ParagraphStyle("t2", fontName="LS", fontSize=11, alignment=1,
                                                              spaceBefore=3, spaceAfter=14)))
    s.append(Paragraph("advies 78.412/3 van 14 april 2026", ParagraphStyle("t3", fontName="LSB", fontSize=11.5,
                                                                           alignment=1, spaceAfter=6)))
    s.append(Paragraph("over<br/>een voorontwerp van decreet 'tot wijziging van het Onroerenderfgoeddecreet van "
                       "12 juli 2013, wat de erfgoedpremies en de beheersplannen betreft'", CENT))
    s.append(Spacer(1, 8))
    s.append(Paragraph("Op 10 maart 2026 is de Raad van State, afdeling Wetgeving, door de Vlaamse minister van "
                       "Onroerend Erfgoed verzocht binnen een termijn van dertig dagen een advies te verstrekken over "
                       "een voorontwerp van decreet 'tot wijziging van het Onroerenderfgoeddecreet van 12 juli 2013, "
                       "wat de erfgoedpremies en de beheersplannen betreft'.", BODY))
    s.append(Paragraph("Het voorontwerp is door de derde kamer onderzocht op 2 april 2026. De kamer was samengesteld "
                       "uit Pieter VANDERMEULEN, kamervoorzitter, Liesbet DEWAELE en Koen STEVERLYNCK, staatsraden, "
                       "Hilde CLAEYS, assessor, en Annelies VERBRUGGE, griffier. Het verslag is uitgebracht door "
                       "Jonas MERTENS, eerste auditeur.", BODY))
    s.append(Paragraph("Het advies, waarvan de tekst hierna volgt, is gegeven op 14 april 2026.", BODY))
    s.append(Paragraph("*", CENT))
    s.append(Paragraph("STREKKING VAN HET VOORONTWERP", HEAD))
    s.append(para(1, "Het om advies voorgelegde voorontwerp van decreet strekt ertoe de premieregeling voor "
                     "beschermd onroerend erfgoed te hervormen. De standaarderfgoedpremie en de bijzondere "
                     "erfgoedpremie worden vervangen door een enkele erfgoedpremie met een basispercentage en een "
                     "verhoogd percentage voor eigenaars die een goedgekeurd beheersplan uitvoeren."))
    s.append(para(2, "Daarnaast worden de regels over de opmaak en de goedkeuring van beheersplannen vereenvoudigd "
                     "(artikelen 3 tot 5 van het voorontwerp), wordt het agentschap Onroerend Erfgoed gemachtigd "
                     "om gegevens uit te wisselen met het Kadaster (artikel 6) en wordt een overgangsregeling "
                     "ingevoerd (artikel 12). De huidige en de ontworpen percentages zijn de volgende:"))
    tb = Table([["Categorie", "Huidig (art. 11.2.5)", "Ontworpen", "Verhoogd (met beheersplan)"],
                ["Private eigenaar", "40 %", "35 %", "50 %"],
                ["Publiekrechtelijke rechtspersoon", "40 %", "25 %", "40 %"],
                ["Erkende onroerenderfgoedgemeente", "60 %", "45 %", "60 %"]],
               colWidths=[58 * mm, 34 * mm, 28 * mm, 40 * mm])
    tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 9.5), ("FONT", (0, 0), (-1, 0), "LSB", 9.5),
                            ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                            ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black), ("LEFTPADDING", (0, 0), (0, -1), 0)]))
    s += [Spacer(1, 2), tb, Spacer(1, 8)]
    s.append(Paragraph("BEVOEGDHEID", HEAD))
    s.append(para(3, "De Vlaamse Gemeenschap is op grond van artikel 6, &sect; 1, I, 7&deg;, van de bijzondere wet van "
                     "8 augustus 1980 'tot hervorming der instellingen' bevoegd voor de monumenten en landschappen. "
                     "Het voorontwerp geeft wat de bevoegdheid betreft geen aanleiding tot opmerkingen."))
    s.append(Paragraph("VORMVEREISTEN", HEAD))
    s.append(para(4, "Artikel 6 van het voorontwerp regelt een nieuwe verwerking van persoonsgegevens, met name de "
                     "koppeling van premiedossiers aan kadastrale gegevens. Het voorontwerp moet nog om advies worden "
                     "voorgelegd aan de Vlaamse Toezichtcommissie voor de verwerking van persoonsgegevens, "
                     "overeenkomstig artikel 36, lid 4, van de algemene verordening gegevensbescherming. Indien de "
                     "aan de afdeling Wetgeving voorgelegde tekst als gevolg daarvan nog wijzigingen zou ondergaan, "
                     "moeten die gewijzigde bepalingen opnieuw om advies worden voorgelegd."))
    s.append(Paragraph("ALGEMENE OPMERKINGEN", HEAD))
    s.append(para(5, "Volgens de memorie van toelichting beoogt de hervorming 'de middelen te richten op eigenaars die "
                     "hun erfgoed planmatig beheren'. De afdeling Wetgeving stelt vast dat het voorontwerp de "
                     "Vlaamse Regering ruime machtigingen verleent: zowel de percentages als de voorwaarden voor de "
                     "verhoogde premie zouden bij besluit moeten worden bepaald. Het legaliteitsbeginsel vereist dat "
                     "de essentiële elementen van een subsidieregeling door de decreetgever zelf worden vastgesteld."))
    s.append(para(6, "De afdeling Wetgeving beveelt aan de essentiële elementen van de premieregeling, met name het "
                     "maximale premiepercentage en de voorwaarden voor de verhoogde premie, in het decreet zelf op te "
                     "nemen in plaats van ze aan de Vlaamse Regering te delegeren."))
    s.append(para(7, "Het voorontwerp maakt een onderscheid tussen private eigenaars en publiekrechtelijke "
                     "rechtspersonen, die een lager percentage ontvangen. Het verdient aanbeveling in de memorie van "
                     "toelichting te verantwoorden waarom dat verschil in behandeling redelijk verantwoord is in het "
                     "licht van de artikelen 10 en 11 van de Grondwet, in het bijzonder voor kerkfabrieken en "
                     "OCMW's die geen eigen inkomsten uit het goed halen."))
    s.append(Paragraph("ONDERZOEK VAN DE TEKST", HEAD))
    s.append(Paragraph("Artikel 3", SUB))
    s.append(para(8, "Het ontworpen artikel 8.1.3, &sect; 1, luidt:"))
    s.append(Paragraph("'&sect; 1. Het beheerplan wordt opgemaakt door een erkende erfgoeddeskundige en bevat ten "
                       "minste de beheersdoelstellingen en een maatregelenprogramma voor twaalf jaar. De Vlaamse "
                       "Regering bepaalt de nadere regels.'", QUOTE))
    s.append(para(9, "In het ontworpen artikel 8.1.3, &sect; 1, schrijve men 'beheersplan' in plaats van 'beheerplan', "
                     "in overeenstemming met de terminologie van de overige bepalingen van het decreet."))
    s.append(Paragraph("Artikel 5", SUB))
    s.append(para(10, "Artikel 5 wijzigt de termijn voor de goedkeuring van een beheersplan van zestig naar negentig "
                      "dagen. Het artikel geeft geen aanleiding tot opmerkingen."))
    s.append(Paragraph("Artikel 12", SUB))
    s.append(para(11, "Volgens artikel 12 is de nieuwe regeling van toepassing op alle premieaanvragen waarover op "
                      "de datum van inwerkingtreding nog niet is beslist. Men dient de overgangsregeling zo aan te "
                      "passen dat de aanvragen die vóór de inwerkingtreding volledig zijn ingediend, onder de oude "
                      "regeling blijven vallen, zodat het rechtmatig vertrouwen van de aanvragers wordt "
                      "geëerbiedigd."))
    s.append(Paragraph("Artikel 8", SUB))
    s.append(para(12, "Het ontworpen artikel 11.3.4 bepaalt dat het agentschap binnen dertig dagen over een "
                      "premieaanvraag beslist. De afdeling Wetgeving vraagt zich af of die termijn haalbaar is, en "
                      "welk gevolg de steller van het voorontwerp verbindt aan het overschrijden ervan; het ontwerp "
                      "zou op dat punt moeten worden verduidelijkt."))
    s.append(Paragraph("Artikel 13", SUB))
    s.append(para(13, "Artikel 13 machtigt de Vlaamse Regering om de maximumbedragen jaarlijks te indexeren 'op de "
                      "wijze die zij bepaalt'."))
    s.append(para(14, "Gelet op hetgeen onder randnummer 5 is opgemerkt, verdient het aanbeveling de "
                      "indexeringsformule in het decreet zelf vast te leggen, bijvoorbeeld door te verwijzen naar de "
                      "ABEX-index, in plaats van de Vlaamse Regering de wijze van indexering te laten bepalen."))
    s.append(para(15, "De overige artikelen geven geen aanleiding tot opmerkingen."))
    s.append(Spacer(1, 14))
    sig = Table([["DE GRIFFIER", "DE VOORZITTER"], ["", ""], ["Annelies VERBRUGGE", "Pieter VANDERMEULEN"]],
                colWidths=[80 * mm, 80 * mm], rowHeights=[14, 22, 14])
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 10), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    s.append(sig)
    doc = SimpleDocTemplate(B.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=24 * mm, bottomMargin=22 * mm, title="Advies 78.412/3",
                            author="Raad van State, afdeling Wetgeving")
    doc.build(s, canvasmaker=numcanvas(hdr, ftr))


def response():
    def hdr(c, n, m):
        c.setFont("LS", 9)
        c.drawString(25 * mm, H - 14 * mm, "Stuk 912 (2025-2026) - Nr. 1")
        c.drawRightString(W - 25 * mm, H - 14 * mm, str(n + 13))
        c.setLineWidth(0.4)
        c.line(25 * mm, H - 16 * mm, W - 25 * mm, H - 16 * mm)

    def ftr(c, n, m):
        c.setFont("LA", 7)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawCentredString(W / 2, 12 * mm, "Vlaams Parlement - 1011 Brussel - 02 552 11 11 - www.vlaamsparlement.be")

    h1 = ParagraphStyle("h1", fontName="LSB", fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=5)
    h2 = ParagraphStyle("h2", fontName="LSBI", fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=4)
    s = []
    s.append(Paragraph("ontwerp van decreet tot wijziging van het Onroerenderfgoeddecreet van 12 juli 2013, wat de "
                       "erfgoedpremies en de beheersplannen betreft", ParagraphStyle("x", fontName="LSI", fontSize=9,
                                                                                     textColor=colors.grey,
                                                                                     spaceAfter=8)))
    s.append(Paragraph("5. Adviezen", h1))
    s.append(Paragraph("5.1 Advies van de Inspectie van Financiën", h2))
    s.append(Paragraph("De Inspectie van Financiën verleende op 3 december 2025 een gunstig advies. Ze vroeg de "
                       "budgettaire impact per begrotingsjaar te ramen; die raming is opgenomen in punt 4.", BODY))
    s.append(Paragraph("5.2 Advies van de SARO", h2))
    s.append(Paragraph("De Strategische Adviesraad Ruimte en Onroerend Erfgoed (SARO) bracht op 22 januari 2026 een "
                       "advies uit. De raad vroeg de beheersplannen voor kleine erfgoedelementen, zoals "
                       "veldkapellen en grenspalen, verder te vereenvoudigen. De regering heeft daarom een "
                       "vereenvoudigd modelbeheersplan voor kleine erfgoedelementen ontwikkeld, dat het agentschap "
                       "ter beschikking zal stellen.", BODY))
    s.append(Paragraph("5.3 Advies van de Raad van State", h2))
    s.append(Paragraph("De Raad van State, afdeling Wetgeving, verleende op 14 april 2026 advies 78.412/3. Hieronder "
                       "wordt per opmerking aangegeven hoe het ontwerp en deze memorie werden aangepast. De "
                       "randnummers verwijzen naar het advies.", BODY))
    s.append(Paragraph("<i>Artikelen 3 en 12 (randnummers 9 en 11)</i>", BODY))
    s.append(Paragraph("De terminologische opmerking bij artikel 3 werd gevolgd: in het ontworpen artikel 8.1.3 "
                       "staat voortaan overal 'beheersplan'. De opmerking over de overgangsregeling in artikel 12 "
                       "werd daarentegen niet gevolgd. De regering kiest er bewust voor de nieuwe regeling toe te "
                       "passen op alle aanvragen waarover nog niet is beslist: de nieuwe premie is voor de meeste "
                       "private aanvragers met een beheersplan gunstiger, en een dubbel regime zou de "
                       "afhandeling van de wachtlijst van ongeveer 1.900 dossiers vertragen. Van rechtmatig "
                       "vertrouwen op een bepaald premiepercentage kan bovendien geen sprake zijn zolang geen "
                       "beslissing is genomen.", BODY))
    s.append(Paragraph("<i>Advies van de Vlaamse Toezichtcommissie (randnummer 4)</i>", BODY))
    s.append(Paragraph("Zoals de Raad van State vroeg, werd het voorontwerp voor advies voorgelegd aan de Vlaamse "
                       "Toezichtcommissie, die op 19 mei 2026 advies 2026/041 verleende. Aan de opmerkingen van de "
                       "Toezichtcommissie over de bewaartermijn van de kadastrale gegevens werd tegemoetgekomen in "
                       "artikel 6; de gewijzigde bepaling betreft uitsluitend die bewaartermijn.", BODY))
    s.append(Paragraph("<i>Indexering (randnummer 14)</i>", BODY))
    s.append(Paragraph("De regering neemt akte van de suggestie om de indexeringsformule in het decreet zelf op te "
                       "nemen. Zij zal die suggestie meenemen bij de evaluatie van de premieregeling die in 2029 "
                       "gepland is; artikel 13 blijft voorlopig ongewijzigd.", BODY))
    s.append(Paragraph("<i>Verschil in behandeling (randnummer 7)</i>", BODY))
    s.append(Paragraph("Op vraag van de Raad van State werd de verantwoording van het onderscheid tussen private "
                       "eigenaars en publiekrechtelijke rechtspersonen aangevuld in punt 3.4 van deze memorie. "
                       "Publiekrechtelijke rechtspersonen kunnen voor hetzelfde goed een beroep doen op andere "
                       "Vlaamse middelen, onder meer via het Gemeentefonds en de erediensten, en dragen als overheid "
                       "een bijzondere zorgplicht voor hun erfgoed. Voor kerkfabrieken zonder eigen inkomsten geldt "
                       "bovendien de verhoogde premie zodra een beheersplan is goedgekeurd.", BODY))
    s.append(Paragraph("<i>Delegatie aan de Vlaamse Regering (randnummers 5 en 6)</i>", BODY))
    s.append(Paragraph("Het ontwerp werd gedeeltelijk aangepast. Het maximale premiepercentage per categorie staat "
                       "nu in het ontworpen artikel 11.2.5 van het decreet zelf. De voorwaarden voor de verhoogde "
                       "premie blijven wel bij besluit geregeld, omdat zij technisch van aard zijn en snel moeten "
                       "kunnen worden aangepast; het decreet bepaalt evenwel dat de verhoogde premie alleen kan "
                       "gelden voor werken die in een goedgekeurd beheersplan zijn opgenomen.", BODY))
    s.append(Paragraph("5.4 Reguleringsimpactanalyse", h2))
    s.append(Paragraph("De reguleringsimpactanalyse is als bijlage 2 bij dit ontwerp gevoegd. Ze raamt de "
                       "administratieve lastenverlaging voor eigenaars op 1,4 miljoen euro per jaar.", BODY))
    doc = SimpleDocTemplate(B.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=24 * mm, bottomMargin=22 * mm, title="Stuk 912 (2025-2026) - Nr. 1",
                            author="Vlaamse Regering")
    doc.build(s, canvasmaker=numcanvas(hdr, ftr))


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("4", "Het voorontwerp moet nog om advies worden voorgelegd aan de Vlaamse Toezichtcommissie",
         "Zoals de Raad van State vroeg, werd het voorontwerp", "agrees"),
        ("6", "De afdeling Wetgeving beveelt aan de essentiële elementen van de premieregeling",
         "Het ontwerp werd gedeeltelijk aangepast. Het maximale premiepercentage", "partly"),
        ("7", "Het verdient aanbeveling in de memorie van toelichting te verantwoorden",
         "werd de verantwoording van het onderscheid tussen private eigenaars", "agrees"),
        ("9", "In het ontworpen artikel 8.1.3, § 1, schrijve men 'beheersplan'",
         "De terminologische opmerking bij artikel 3 werd gevolgd", "agrees"),
        ("11", "Men dient de overgangsregeling zo aan te passen dat",
         "De opmerking over de overgangsregeling in artikel 12 werd daarentegen niet gevolgd", "disagrees"),
        ("12", "De afdeling Wetgeving vraagt zich af of die termijn haalbaar is",
         None, "unanswered"),
        ("14", "verdient het aanbeveling de indexeringsformule in het decreet zelf vast te leggen",
         "De regering neemt akte van de suggestie", "noted"),
    ]
    unmatched = ["vereenvoudigd modelbeheersplan voor kleine erfgoedelementen ontwikkeld"]
    notes = ("Belgian Raad van State advice 78.412/3 with every paragraph numbered 1.-15.; only 4, 6, 7, 9, 11, 12 "
             "and 14 hold a recommendation (labels are the randnummers). Reply = section 5.3 of the memorie van "
             "toelichting (Stuk 912, pages 14-15), by randnummer in another order: 9 and 11 in one paragraph "
             "(terminology followed: agrees; transitional rule 'niet gevolgd': disagrees), 4 (VTC advice obtained: "
             "agrees), 14 ('neemt akte', to the 2029 evaluation, article unchanged: noted), 7 (justification added: "
             "agrees), 5 and 6 (maximum in the decree, conditions stay delegated: partly). 12 (thirty-day term, a "
             "question) is not answered. 5.2 (SARO advice, model plan for small heritage) answers another body; 5.1 "
             "and 5.4 answer nothing either. Paragraph 5 is a finding ('zouden ... moeten'), 10, 13 and 15 are "
             "observations, the quoted draft article 8.1.3 is a trap.")
    B.write_expected(NAME, recs, unmatched, notes)
    sys.exit(0 if B.check(NAME) else 1)
