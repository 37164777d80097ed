"""Round 116 (nl): the ADVIES of a provincial STREEKTAALRAAD (the body that advises Gedeputeerde Staten on the
regional language, here Nedersaksisch) on the ontwerp-Uitvoeringsprogramma Streektaal, answered by the NOTA VAN
WIJZIGINGEN that Gedeputeerde Staten publish with the definitive programme: numbered changes 'Wijziging 1-4' of its
own that name the advice's codes, a section on advice that led to no change (by theme, no codes), and changes made for
other reasons.

Advice (reportlab, serif body with sans headings, 3 p., a two-tone title block, 'Streektaal in cijfers' table,
running head from p. 2, 'blad n'): the provincial verordening 'moeten ... horen' and the European Charter 'moet'
(traps), the draft's four knelpunten as a numbered list 1.-4. (trap), a conclusion, the Raad's 2019 advice quoted
with 'moet' (realised; trap); recommendations with HIERARCHICAL CODES per theme as hanging labels (1a, 1b / 2a, 2b /
3a, 3b, 3c; expected 1-7) under three theme sub-headings, 3b across the page break; closing line citing '1a en 3c'.
Response: Inleiding (nothing), 'Wijziging 1'-'Wijziging 4' (own numbers; in the order 1a, 3b, 2a, 1b), 'Adviezen
die niet tot een wijziging leiden' by theme (2b refused, 3a passed to the gemeenten), 3c unanswered, 'Overige
wijzigingen' and 'Financiën' answer nothing. All invented.

Run: /tmp/blind116nl/bin/python tests/docs/src/blind116/gen_nl_streektaal_reportlab.py"""
import copy
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b116nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind116_nl_streektaal"
FS = B.tmp_fonts()
FR = B.tmp_fonts("B116NL Serif", B.SERIF_FILES)
pdfmetrics.registerFont(TTFont("S", FS["Regular"]))
pdfmetrics.registerFont(TTFont("SB", FS["Bold"]))
pdfmetrics.registerFont(TTFont("R", FR["Regular"]))
pdfmetrics.registerFont(TTFont("RB", FR["Bold"]))
pdfmetrics.registerFont(TTFont("RI", FR["Italic"]))
pdfmetrics.registerFontFamily("R", normal="R", bold="RB", italic="RI", boldItalic="RB")
pdfmetrics.registerFontFamily("S", normal="S", bold="SB", italic="S", boldItalic="SB")
RED = colors.HexColor("#8c2a1e")
SAND = colors.HexColor("#f4ede1")
GREY = colors.HexColor("#555555")
P = ParagraphStyle("p", fontName="R", fontSize=9.6, leading=13.8, spaceAfter=6)
H = ParagraphStyle("h", fontName="SB", fontSize=11.5, leading=14, textColor=RED, spaceBefore=10, spaceAfter=5,
                   keepWithNext=1)
H3 = ParagraphStyle("h3", parent=H, fontSize=9.8, textColor=colors.black, spaceBefore=7, spaceAfter=3)
REC = ParagraphStyle("rec", parent=P, leftIndent=34, bulletIndent=0, bulletFontName="SB", bulletFontSize=10.5,
                     bulletColor=RED, spaceAfter=7)
LI = ParagraphStyle("li", parent=P, leftIndent=20, bulletIndent=4, spaceAfter=2)
S = ParagraphStyle("s", fontName="S", fontSize=8, leading=10.5)
QUOTE = ParagraphStyle("q", parent=P, fontName="RI", leftIndent=22, rightIndent=22, textColor=GREY)


class Doc(SimpleDocTemplate):
    head = ""
    foot = "blad {n}"

    def build2(self, story):
        self._total = 0
        SimpleDocTemplate.build(self, copy.deepcopy(story), onFirstPage=self.deco, onLaterPages=self.deco)
        self._total = self.page
        SimpleDocTemplate.build(self, story, onFirstPage=self.deco, onLaterPages=self.deco)

    def deco(self, c, doc):
        c.saveState()
        c.setFillColor(GREY)
        if doc.page > 1:
            c.setFont("S", 7.4)
            c.drawString(62, 808, self.head)
            c.setStrokeColor(RED)
            c.setLineWidth(0.6)
            c.line(62, 803, 533, 803)
        c.setFont("S", 7.6)
        c.drawCentredString(297.6, 30, self.foot.format(n=doc.page, m=self._total or 1))
        c.restoreState()


def p(t):
    return Paragraph(t, P)


def rec(code, t):
    return Paragraph(t, REC, bulletText=code)


def title_block(name, sub, meta):
    left = Paragraph(name, ParagraphStyle("n", fontName="SB", fontSize=13, leading=16, textColor=colors.white))
    right = Paragraph(meta, ParagraphStyle("m", parent=S, fontSize=7.8, leading=10.4))
    t = Table([[left, right]], colWidths=[250, 221])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), RED), ("BACKGROUND", (1, 0), (1, 0), SAND),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 9),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 9), ("LEFTPADDING", (0, 0), (-1, -1), 10)]))
    return [t, Spacer(1, 14)]


def advice():
    doc = Doc(B.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=62, rightMargin=62, topMargin=58,
              bottomMargin=58, title="Advies Uitvoeringsprogramma Streektaal", author="Raad voor het Nedersaksisch")
    doc.head = "Raad voor het Nedersaksisch in Hunzeland - advies RNH/2026/04"
    s = title_block("Raad voor het Nedersaksisch<br/>in Hunzeland", "",
                    "Aan: Gedeputeerde Staten van Hunzeland<br/>Datum: 14 oktober 2026<br/>Kenmerk: RNH/2026/04"
                    "<br/>Betreft: advies ontwerp-Uitvoeringsprogramma Streektaal 2027-2030")
    s += [Paragraph("Een taal die je hoort en ziet", ParagraphStyle("t", fontName="SB", fontSize=17, leading=21,
                                                                   spaceAfter=3)),
          Paragraph("Advies over het ontwerp-Uitvoeringsprogramma Streektaal Hunzeland 2027-2030",
                    ParagraphStyle("st", parent=P, fontName="RI", textColor=GREY, spaceAfter=8)),
          Paragraph("1 Aanleiding", H),
          p("Bij brief van 2 juli 2026 vroegen Gedeputeerde Staten de Raad voor het Nedersaksisch om advies over het "
            "ontwerp-Uitvoeringsprogramma Streektaal 2027-2030. Volgens artikel 3 van de Verordening Streektaalraad "
            "Hunzeland moeten Gedeputeerde Staten de Raad horen over elk plan dat het gebruik van de streektaal "
            "raakt. De Raad telt zeven leden uit het onderwijs, de cultuur, de media en de taalwetenschap."),
          p("Voor dit advies spraken wij met leerkrachten van vijf basisscholen, met de pabo Hunzeland, met de "
            "redactie van Omroep Hunzeland, met twee theatermakers en met de streektaalfunctionaris van de "
            "provincie. Op 12 september hielden wij in Oldenhove een open avond, waar ruim zestig mensen op afkwamen. "
            "Wat wij daar hoorden, is in dit advies verwerkt."),
          p("Het Nedersaksisch is door Nederland erkend onder deel II van het Europees Handvest voor regionale talen of "
            "talen van minderheden. Het Handvest bepaalt onder meer dat de overheid het gebruik van de taal in het "
            "openbare leven moet aanmoedigen en dat er passende vormen van onderwijs in de taal moeten zijn. Het "
            "programma is de provinciale uitwerking daarvan."),
          Paragraph("2 Wat ons opvalt", H),
          p("Het ontwerp noemt zelf vier knelpunten, die wij herkennen:"),
          Paragraph("maar 11 van de 164 basisscholen in de provincie geven structureel les in het Nedersaksisch;",
                    LI, bulletText="1."),
          Paragraph("er is geen doorlopende lijn van de peuteropvang naar het voortgezet onderwijs;", LI,
                    bulletText="2."),
          Paragraph("jonge ouders spreken de taal steeds minder met hun kinderen;", LI, bulletText="3."),
          Paragraph("de taal is in het straatbeeld en bij de overheid vrijwel onzichtbaar.", LI, bulletText="4."),
          Spacer(1, 5)]
    rows = [["Streektaal in cijfers", "2011", "2025"],
            ["Inwoners die de taal goed spreken", "52 %", "38 %"],
            ["Inwoners die de taal goed verstaan", "81 %", "74 %"],
            ["Ouders die de taal met hun kinderen spreken", "29 %", "14 %"],
            ["Minuten streektaal per week bij de regionale omroep", "95", "40"],
            ["Provinciaal budget streektaal per jaar", "310.000 euro", "265.000 euro"]]
    t = Table([[Paragraph(("<b>%s</b>" % c) if i == 0 else c, S) for c in r] for i, r in enumerate(rows)],
              colWidths=[270, 80, 80], hAlign="LEFT")
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), SAND), ("LINEBELOW", (0, 0), (-1, -1), 0.4, RED),
                           ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
    s += [t, Paragraph("Bron: Taalsurvey Hunzeland 2025 en de begroting 2026.", ParagraphStyle(
              "src", parent=S, fontSize=7.2, textColor=GREY, spaceBefore=2, spaceAfter=8)),
          p("De Raad concludeert dat het ontwerp goede bedoelingen heeft, maar weinig concrete doelen en een "
            "kleiner budget dan tien jaar geleden. Er zijn ook goede ontwikkelingen. In ons advies van 2019 schreven "
            "wij:"),
          Paragraph("'De provincie moet een streektaalfunctionaris aanstellen die scholen, omroep en gemeenten met "
                    "elkaar verbindt.'", QUOTE),
          p("Dat is in 2021 gebeurd, en het werk van de streektaalfunctionaris wordt in het hele veld gewaardeerd. "
            "Ook de jaarlijkse Streektaalweek trekt ieder jaar meer bezoekers."),
          Paragraph("3 Onze aanbevelingen", H),
          p("Wij doen zeven aanbevelingen. Ze zijn geordend in drie thema's; de nummering volgt de thema's. "
            "Onder elke aanbeveling lichten wij kort toe waarom wij haar doen. De volgorde zegt niets over het "
            "belang; daarover meer in het slot van dit advies."),
          Paragraph("Thema 1 - Onderwijs en jonge kinderen", H3),
          rec("1a", "Ontwikkel samen met de pabo en de scholen een doorlopende leerlijn Nedersaksisch van groep 1 tot "
                    "en met klas 2 van het voortgezet onderwijs, en stel daarvoor vanaf 2027 jaarlijks ten minste "
                    "180.000 euro beschikbaar."),
          p("Zonder leerlijn blijft streektaalonderwijs afhankelijk van een enthousiaste leerkracht. Als die vertrekt, "
            "stopt het. Een leerlijn met lesmateriaal en nascholing maakt het onderwijs minder kwetsbaar."),
          rec("1b", "Breid de regeling Voorlezen in de streektaal uit van de peuteropvang naar alle "
                    "consultatiebureaus, en laat de jeugdgezondheidszorg ouders actief wijzen op de voordelen van "
                    "meertalig opvoeden."),
          p("Veel ouders denken nog dat hun kind in de war raakt van twee talen. Dat is niet zo. Het "
            "consultatiebureau is de plek waar ouders dat het best kunnen horen. De regeling draait nu op "
            "achttien peuteropvanglocaties en wordt daar goed ontvangen: de voorleesmiddagen zitten vol, en de "
            "leidsters melden dat kinderen de liedjes mee naar huis nemen. Maar wie geen peuteropvang bezoekt, "
            "bereikt de regeling niet, en dat zijn juist vaak de gezinnen waar de grootouders de taal nog "
            "spreken."),
          Paragraph("Thema 2 - Media en cultuur", H3),
          rec("2a", "Verleen de subsidie aan de regionale omroep voor streektaalprogramma's voor de hele looptijd van "
                    "het programma, in plaats van ieder jaar opnieuw."),
          p("De omroep kan nu geen makers voor langer dan een jaar vastleggen. Het aantal minuten streektaal is "
            "daardoor sinds 2011 meer dan gehalveerd, zoals de tabel laat zien. Het populaire ochtendprogramma "
            "in de streektaal verdween in 2024 na het vertrek van de presentator, omdat er geen opvolger kon worden "
            "opgeleid. Een subsidie voor vier jaar geeft de omroep de ruimte om jonge makers een kans te geven."),
          p("Voor theater, muziek en literatuur in de streektaal is in het ontwerp geen geld gereserveerd. Makers "
            "moeten nu aankloppen bij algemene cultuurregelingen, waar hun aanvragen het vaak afleggen tegen "
            "projecten met een groter bereik. Een paar voorstellingen per jaar is te weinig om een nieuw publiek te "
            "vinden, en jonge makers haken af als zij niet weten of er volgend jaar weer ruimte is."),
          rec("2b", "Richt een streektaalfonds op van 250.000 euro per jaar, waaruit makers van theater, muziek en "
                    "literatuur in het Nedersaksisch kunnen putten, en laat de aanvragen beoordelen door een eigen, "
                    "onafhankelijke adviescommissie met kennis van de taal en van de podia in de provincie. Zo'n "
                    "commissie kan ook jonge makers begeleiden bij hun eerste aanvraag."),
          Paragraph("Thema 3 - Zichtbaarheid en bestuur", H3),
          rec("3a", "Vraag de gemeenten om bij vervanging van de plaatsnaamborden tweetalige borden te plaatsen, en "
                    "draag als provincie bij in de meerkosten."),
          p("Tweetalige borden kosten bij vervanging weinig extra en laten bezoekers en inwoners zien dat de taal "
            "erbij hoort. In Friesland en in de Duitse grensstreek zijn zij al jaren gewoon."),
          rec("3b", "Geef als provincie zelf het goede voorbeeld: maak de website, de loketten en de "
                    "Statenvergaderingen ook toegankelijk in het Nedersaksisch, te beginnen met een streektaalpagina "
                    "en een tolk bij de Statenvergadering op verzoek."),
          p("Nu is er op de website van de provincie geen woord Nedersaksisch te vinden. Inwoners die de taal "
            "spreken, merken dat op. Een provincie die scholen en omroep vraagt de taal te gebruiken, moet dat zelf "
            "ook laten zien."),
          rec("3c", "Neem meetbare doelen op in het programma en laat de uitvoering na twee jaar onafhankelijk "
                    "evalueren, met een nieuwe taalsurvey onder ten minste 3.000 inwoners."),
          p("Zonder doelen valt over vier jaar niet te zeggen of het programma heeft gewerkt."),
          Paragraph("4 Tot slot", H),
          p("De Raad vraagt Gedeputeerde Staten vooral de aanbevelingen 1a en 3c ter harte te nemen: zonder onderwijs "
            "en zonder doelen blijft elk programma een lijst van goede voornemens. Wij lichten ons advies graag toe."),
          KeepTogether([Spacer(1, 4), p("Namens de Raad voor het Nedersaksisch in Hunzeland,<br/>Jantina "
                                        "Hoekstra-Mulder, voorzitter<br/>Harm Brinkhuis, secretaris")])]
    doc.build2(s)


def response():
    doc = Doc(B.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=62, rightMargin=62, topMargin=58,
              bottomMargin=58, title="Nota van wijzigingen Uitvoeringsprogramma Streektaal", author="Provincie Hunzeland")
    doc.head = "Provincie Hunzeland - Nota van wijzigingen Uitvoeringsprogramma Streektaal 2027-2030"
    doc.foot = "pagina {n} van {m}"
    W = ParagraphStyle("w", parent=H3, textColor=RED, fontSize=9.6)
    s = title_block("Provincie Hunzeland", "",
                    "Gedeputeerde Staten<br/>Vastgesteld: 8 december 2026<br/>Zaaknummer: 2026-031544")
    s += [Paragraph("Nota van wijzigingen", ParagraphStyle("t", fontName="SB", fontSize=17, leading=21,
                                                          spaceAfter=3)),
          Paragraph("bij het Uitvoeringsprogramma Streektaal Hunzeland 2027-2030",
                    ParagraphStyle("st", parent=P, fontName="RI", textColor=GREY, spaceAfter=8)),
          Paragraph("1 Inleiding", H),
          p("Het ontwerp-Uitvoeringsprogramma Streektaal lag van 6 juli tot en met 16 oktober 2026 ter inzage. Wij "
            "ontvingen het advies van de Raad voor het Nedersaksisch en elf reacties van inwoners, scholen en "
            "verenigingen. In deze nota staat welke wijzigingen wij in het definitieve programma hebben aangebracht "
            "en waarom wij sommige voorstellen niet hebben overgenomen. De reacties van inwoners en verenigingen "
            "zijn samengevat in bijlage 1."),
          Paragraph("2 Wijzigingen naar aanleiding van het advies van de Raad", H),
          Paragraph("Wijziging 1 - paragraaf 3.1 Leerlijn", W),
          p("Naar aanleiding van aanbeveling 1a is paragraaf 3.1 herschreven. De provincie ontwikkelt samen met de "
            "pabo Hunzeland en twaalf pilotscholen een doorlopende leerlijn van groep 1 tot en met klas 2, met "
            "lesmateriaal en een nascholing voor leerkrachten. Het budget voor onderwijs is verhoogd tot 180.000 euro "
            "per jaar vanaf 2027."),
          Paragraph("Wijziging 2 - paragraaf 5.2 De provincie als voorbeeld", W),
          p("Paragraaf 5.2 krijgt een nieuwe actie, overeenkomstig aanbeveling 3b: vanaf 1 april 2027 heeft de "
            "provinciale website een streektaalpagina, en wie in de Statenvergadering Nedersaksisch wil spreken, kan "
            "daarvoor een tolk aanvragen. Het provinciehuis volgt in 2028 met een tweetalige ontvangstbalie."),
          Paragraph("Wijziging 3 - paragraaf 4.1 Omroep", W),
          p("De subsidie aan Omroep Hunzeland voor streektaalprogramma's wordt niet langer per jaar maar voor vier "
            "jaar verleend, voor de periode 2027-2030. Hiermee volgen wij aanbeveling 2a."),
          Paragraph("Wijziging 4 - paragraaf 3.3 Jonge ouders", W),
          p("De regeling Voorlezen in de streektaal wordt uitgebreid naar de consultatiebureaus in de zes gemeenten "
            "die al aan de pilot meedoen, en dus nog niet naar alle bureaus in de provincie: wij willen eerst weten "
            "of ouders er gebruik van maken. Wat de jeugdgezondheidszorg ouders vertelt, bepalen de gemeenten; "
            "aanbeveling 1b nemen wij op dat punt dan ook niet over."),
          Paragraph("3 Adviezen die niet tot een wijziging leiden", H),
          Paragraph("Een eigen fonds voor makers", H3),
          p("De Raad stelt voor een apart streektaalfonds in te richten. Wij nemen dit voorstel niet over. Makers in "
            "het Nedersaksisch kunnen een aanvraag doen bij de Cultuurregeling Hunzeland, die vanaf 2027 een "
            "aandachtspunt voor streektaal krijgt. Een tweede loket met een eigen commissie vinden wij te zwaar voor "
            "het aantal aanvragen dat wij verwachten."),
          Paragraph("Tweetalige plaatsnaamborden", H3),
          p("Over de plaatsnaamborden beslissen de gemeenten als wegbeheerder. Wij brengen het advies onder de "
            "aandacht van de gemeenten in het bestuurlijk overleg van maart 2027. Of en hoe de provincie in de "
            "kosten bijdraagt, bezien wij daarna."),
          Paragraph("4 Overige wijzigingen", H),
          p("Naar aanleiding van de reactie van de Vereniging Oud-Hunzeland is in bijlage 2 een lijst van "
            "streektaalorganisaties opgenomen. Verder is de planning in hoofdstuk 6 bijgewerkt: de Streektaalweek "
            "verschuift van september naar november, zodat zij niet meer samenvalt met de Open Monumentendag."),
          Paragraph("5 Financiën", H),
          p("Door de wijzigingen stijgt het programmabudget van 265.000 euro naar 420.000 euro per jaar. De "
            "meerkosten worden gedekt uit de reserve Cultuur en Erfgoed; Provinciale Staten beslissen hierover bij "
            "de begroting 2027."),
          KeepTogether([Spacer(1, 6), p("Gedeputeerde Staten van Hunzeland,<br/>de secretaris, M.A. de Wolff-Tiemens"
                                        "<br/>de voorzitter, R.J. Kuipers")])]
    doc.build2(s)


def expected():
    recs = [
        (1, "Ontwikkel samen met de pabo en de scholen een doorlopende leerlijn",
         "samen met de pabo Hunzeland en twaalf pilotscholen", "agrees"),
        (2, "Breid de regeling Voorlezen in de streektaal uit van de peuteropvang",
         "consultatiebureaus in de zes gemeenten die al aan de pilot", "partly"),
        (3, "Verleen de subsidie aan de regionale omroep voor streektaalprogramma's",
         "niet langer per jaar maar voor vier jaar verleend", "agrees"),
        (4, "Richt een streektaalfonds op van 250.000 euro per jaar",
         "Een tweede loket met een eigen commissie vinden wij te zwaar", "disagrees"),
        (5, "Vraag de gemeenten om bij vervanging van de plaatsnaamborden tweetalige",
         "Wij brengen het advies onder de aandacht van de gemeenten", "noted"),
        (6, "Geef als provincie zelf het goede voorbeeld: maak de website",
         "vanaf 1 april 2027 heeft de provinciale website een streektaalpagina", "agrees"),
        (7, "Neem meetbare doelen op in het programma en laat de uitvoering", None, "unanswered"),
    ]
    unmatched = ["elf reacties van inwoners, scholen en verenigingen",
                 "de Streektaalweek verschuift van september naar november",
                 "stijgt het programmabudget van 265.000 euro naar 420.000 euro"]
    notes = ("Raad voor het Nedersaksisch in Hunzeland (provincial streektaalraad), advies RNH/2026/04 on the "
             "ontwerp-Uitvoeringsprogramma Streektaal 2027-2030 (3 p., reportlab, red/sand title block, 'Streektaal in "
             "cijfers' table, running head from p. 2, 'blad n'). Traps: the Verordening 'moeten ... horen' and the "
             "European Charter 'moet aanmoedigen', the draft's four knelpunten as a numbered list 1.-4., 'De Raad "
             "concludeert', the 2019 advice quoted with 'moet' (realised), a closing line citing 'de aanbevelingen 1a "
             "en 3c'. Recommendations carry HIERARCHICAL CODES per theme as hanging labels under three theme "
             "sub-headings: 1a, 1b, 2a, 2b, 3a, 3b, 3c = expected 1-7; 3b runs across the page break. Response: the "
             "NOTA VAN WIJZIGINGEN of Gedeputeerde Staten; its own numbered 'Wijziging 1'-'Wijziging 4' (numbers "
             "that are not the advice's) answer in the order 1a, 3b, 2a, 1b naming the codes in the text; then "
             "'Adviezen die niet tot een wijziging leiden' by theme without codes. 1a agrees (leerlijn with the pabo, "
             "180.000 euro). 1b partly (consultatiebureaus in six pilot gemeenten only, the JGZ part not taken up). "
             "2a agrees (four-year subsidy). 2b disagrees ('Wij nemen dit voorstel niet over', no separate fund). 3a "
             "noted (the gemeenten decide; raised in the bestuurlijk overleg, a contribution considered later). 3b "
             "agrees (streektaalpagina from 1 April 2027, interpreter on request). 3c (measurable goals and "
             "evaluation) is not answered anywhere. Inleiding, 'Overige wijzigingen' and 'Financiën' answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()
