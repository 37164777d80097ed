"""Round 117 (nl): the ADVIES of a municipal ADVIESRAAD SOCIAAL DOMEIN on the concept-TOILETVISIE (public toilets:
where, how accessible, with which shops and community centres), written as ANSWERS TO THE COLLEGE'S THREE
ADVIESVRAGEN, answered by the college's LETTER that refers to the advice by ORDINALS ('uw eerste en tweede advies',
'het vijfde advies').

Advice (fpdf2, sans, 3 p., a plum top band with the raad's name, a shaded 'Wie heeft hoge nood?' figures box,
running head from p. 2, 'pagina n/m' right): the VN-verdrag Handicap 'moet' and the motie 'Hoge nood' (traps), the
college's three adviesvragen as a LETTERED list A-C (questions; trap), the findings of the schouw as a NUMBERED list
1.-4. (trap), the raad's 2024 advice quoted with 'moet' (not realised; trap), 'De adviesraad stelt vast'; the
recommendations are ONE NUMBERED LIST 1.-7. running on across three sub-headings 'Adviesvraag A/B/C' with a short
answer text between them (expected 1-7); closing line citing 'de adviezen 1, 2 en 6'.
Response: letter of the college (Z/26/071193, 2 p.): thanks and procedure (nothing), 'uw eerste en tweede advies'
in one paragraph (1 partly, 2 partly), then the fifth (agrees), third (agrees), fourth (noted), sixth (disagrees);
the seventh (yearly schouw) unanswered; 'Hoe gaat het verder' with numbers (11 toilets, raadscommissie 14 januari)
and 'Overige punten' (the Wmo-cliëntervaringsonderzoek) answer nothing. All invented.

Run: /tmp/blind117nl/bin/python tests/docs/src/blind117/gen_nl_toiletvisie_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b117nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind117_nl_toiletvisie"
FS = B.tmp_fonts()
PLUM = (104, 45, 92)
PALE = (245, 236, 242)
GREY = (95, 95, 95)
LH = 5.0


class Doc(FPDF):
    head = ""
    foot = "pagina {n}/{m}"
    band = ""

    def header(self):
        if self.page_no() == 1:
            if self.band:
                self.set_fill_color(*PLUM)
                self.rect(0, 0, self.w, 24, style="F")
                self.set_xy(self.l_margin, 8)
                self.set_font("S", "B", 13)
                self.set_text_color(255, 255, 255)
                self.cell(0, 6, self.band, new_x="LMARGIN", new_y="NEXT")
                self.set_font("S", "", 8)
                self.cell(0, 5, "onafhankelijk adviesorgaan van het college voor Wmo, Jeugd en Participatie",
                          new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0, 0, 0)
            self.set_y(32)
        else:
            self.set_font("S", "", 7.4)
            self.set_text_color(*GREY)
            self.cell(0, 4, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*PLUM)
            self.set_line_width(0.3)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.ln(6)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("S", "", 7.6)
        self.set_text_color(*GREY)
        self.cell(0, 5, self.foot.format(n=self.page_no(), m="{nb}"), align="R")
        self.set_text_color(0, 0, 0)


def new(head, date, band=""):
    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(*date, tzinfo=datetime.timezone.utc))
    pdf.head, pdf.band = head, band
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        pdf.add_font("S", style, FS[key])
    pdf.set_margins(24, 16, 24)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def para(pdf, text, size=9.6, style="", after=2.4, indent=0):
    pdf.set_font("S", style, size)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.epw - indent, LH, text, new_x="LMARGIN", new_y="NEXT", markdown=True)
    pdf.ln(after)


def head(pdf, text, size=11.2, color=PLUM):
    pdf.ln(1.5)
    pdf.set_font("S", "B", size)
    pdf.set_text_color(*color)
    pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.8)


def items(pdf, rows, size=9.6, width=7, bold_mark=False, after=0.8):
    for mark, text in rows:
        pdf.set_font("S", "B" if bold_mark else "", size)
        if bold_mark:
            pdf.set_text_color(*PLUM)
        y = pdf.get_y()
        pdf.set_x(pdf.l_margin + 3)
        pdf.cell(width, LH, mark)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("S", "", size)
        pdf.set_xy(pdf.l_margin + 3 + width, y)
        pdf.multi_cell(pdf.epw - 3 - width, LH, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(after)
    pdf.ln(1.6)


def meta(pdf, rows):
    for k, v in rows:
        pdf.set_font("S", "B", 9)
        pdf.cell(30, 4.8, k)
        pdf.set_font("S", "", 9)
        pdf.multi_cell(0, 4.8, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)


def figbox(pdf, title, rows):
    x, w = pdf.l_margin, pdf.epw
    y0 = pdf.get_y()
    h = 8 + 5 * len(rows) + 7
    pdf.set_fill_color(*PALE)
    pdf.rect(x, y0, w, h, style="F")
    pdf.set_xy(x + 4, y0 + 3)
    pdf.set_font("S", "B", 9)
    pdf.set_text_color(*PLUM)
    pdf.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("S", "", 8.6)
    for a, b in rows:
        pdf.set_x(x + 4)
        pdf.cell(w - 40, 5, a)
        pdf.cell(30, 5, b, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(x + 4)
    pdf.set_font("S", "I", 7.4)
    pdf.set_text_color(*GREY)
    pdf.cell(0, 5, "Bron: Gezondheidsmonitor 2024 en bevolkingsregister 1 januari 2026.")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y0 + h + 4)


def advice():
    pdf = new("Adviesraad Sociaal Domein Ooltwijk - advies ASD-2026-09 - concept-Toiletvisie", (2026, 11, 2),
              band="Adviesraad Sociaal Domein Ooltwijk")
    meta(pdf, (("Aan", "het college van burgemeester en wethouders van Ooltwijk"), ("Datum", "2 november 2026"),
               ("Kenmerk", "ASD-2026-09"), ("Onderwerp", "advies over de concept-Toiletvisie Ooltwijk 2027-2030")))
    pdf.set_font("S", "B", 17)
    pdf.multi_cell(0, 8, "Als je moet, moet je kunnen", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "I", 10)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(0, 6, "Advies over de concept-Toiletvisie Ooltwijk 2027-2030", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    head(pdf, "Aanleiding")
    para(pdf, "Op 14 september 2026 vroeg het college de Adviesraad Sociaal Domein om advies over de concept-"
              "Toiletvisie Ooltwijk 2027-2030. De visie is een uitwerking van de motie 'Hoge nood' die de raad in "
              "maart 2025 aannam. Het college legde ons drie vragen voor:")
    items(pdf, [("A.", "Is het voorgestelde netwerk van openbare toiletten dekkend voor de mensen die het nodig "
                       "hebben?"),
                ("B.", "Hoe kunnen ondernemers en maatschappelijke organisaties bijdragen?"),
                ("C.", "Wat is nodig om de toiletten vindbaar en toegankelijk te maken?")])
    para(pdf, "Een openbaar toilet lijkt een klein onderwerp, maar dat is het niet. Wie een blaas- of darmziekte "
              "heeft, wie incontinent is of wie met een rolstoel op pad gaat, plant elk uitje rond de vraag waar het "
              "volgende toilet is. Het VN-verdrag Handicap bepaalt dat de overheid ervoor moet zorgen dat mensen met "
              "een beperking zelfstandig aan het openbare leven kunnen deelnemen. Daar hoort een toilet bij.")
    figbox(pdf, "Wie heeft hoge nood?", [("Inwoners van Ooltwijk", "44.600"),
                                         ("  van wie 65 jaar of ouder", "9.800"),
                                         ("Volwassenen met een blaas- of darmaandoening (schatting)", "ca. 4.100"),
                                         ("Inwoners met een gehandicaptenparkeerkaart", "1.260"),
                                         ("Openbare toiletten in de huidige toiletkaart", "9")])
    head(pdf, "Wat wij zagen")
    para(pdf, "Op 24 september 2026 liepen elf leden van de adviesraad een schouw door het centrum, het "
              "Wilhelminapark en de stationsomgeving, samen met twee leden van de patiëntenvereniging en een "
              "rolstoelgebruiker uit de wijk Hofkamp. Onze belangrijkste bevindingen:")
    items(pdf, [("1.", "Van de negen toiletten op de toiletkaart van de gemeente waren er op de dag van de schouw "
                       "drie gesloten, zonder dat dit ergens stond aangegeven."),
                ("2.", "Alleen het toilet in het stadskantoor is geschikt voor een rolstoel en heeft aan twee "
                       "kanten een beugel."),
                ("3.", "Bij het station en in het Wilhelminapark is na 18.00 uur geen enkel toilet open."),
                ("4.", "Nergens in het centrum hangen borden die de weg naar een toilet wijzen.")])
    para(pdf, "In ons advies over het Lokaal Inclusieakkoord van 2024 schreven wij al:")
    para(pdf, "'Het toegankelijke toilet in het stadskantoor moet ook buiten de openingstijden bereikbaar zijn, "
              "bijvoorbeeld met een Eurosleutel.'", style="I", indent=10)
    para(pdf, "Dat is nog altijd niet gebeurd. De adviesraad stelt vast dat de concept-visie goede uitgangspunten "
              "heeft, maar te weinig toiletten toevoegt en te veel overlaat aan de goede wil van ondernemers.")
    head(pdf, "Onze adviezen")
    para(pdf, "Wij beantwoorden de drie vragen van het college hieronder. Bij elke vraag staan de adviezen die "
              "daaruit volgen; wij hebben ze doorgenummerd.")
    head(pdf, "Adviesvraag A - Is het netwerk dekkend?", size=10, color=(0, 0, 0))
    para(pdf, "Nee. De visie voegt één toilet toe, op het Marktplein. Dat is een verbetering, maar juist op de plekken "
              "waar mensen lang verblijven, ontbreekt een toilet, en de bestaande toiletten zijn vaak niet "
              "toegankelijk.")
    items(pdf, [("1.", "Breid het netwerk uit met ten minste vier toiletten op plekken waar mensen lang verblijven: "
                       "het station, het Wilhelminapark, de algemene begraafplaats en de weekmarkt."),
                ("2.", "Zorg dat elk toilet in het netwerk ook een toegankelijk toilet is, met ruimte voor een "
                       "rolstoel en een begeleider en met beugels aan twee kanten.")], bold_mark=True, after=1.6)
    head(pdf, "Adviesvraag B - Wat kunnen ondernemers en organisaties doen?", size=10, color=(0, 0, 0))
    para(pdf, "Veel winkels, cafés en buurthuizen hebben een toilet dat voor bezoekers bruikbaar is. Een aantal "
              "ondernemers wil dat best openstellen, maar vraagt iets terug voor schoonmaak en papier. Het toilet in "
              "winkelcentrum De Hoven kost sinds 2025 een euro, en wordt sindsdien veel minder gebruikt.")
    items(pdf, [("3.", "Sluit met winkels, horeca en buurthuizen een regeling af waarbij zij hun toilet gratis "
                       "openstellen voor iedereen, tegen een vaste jaarlijkse vergoeding van de gemeente."),
                ("4.", "Vraag de ondernemersvereniging om het toilet in winkelcentrum De Hoven weer gratis te maken, "
                       "en draag zo nodig bij in de kosten.")], bold_mark=True, after=1.6)
    head(pdf, "Adviesvraag C - Vindbaar en toegankelijk", size=10, color=(0, 0, 0))
    para(pdf, "Een toilet dat je niet kunt vinden, of dat dicht is als je het nodig hebt, helpt niemand. Mensen die "
              "wij spraken, gebruiken vaak een app om een toilet te zoeken, maar de toiletten van Ooltwijk staan "
              "daar niet of met verkeerde openingstijden in.")
    items(pdf, [("5.", "Zet alle toiletten met hun openingstijden in de landelijke toiletapp en op de website van de "
                       "gemeente, en hang in het centrum borden op die de weg wijzen."),
                ("6.", "Houd de openbare toiletten in het centrum open tot 22.00 uur, ook op zondag."),
                ("7.", "Laat mensen met een blaas- of darmziekte en rolstoelgebruikers elk jaar meelopen bij een "
                       "schouw van alle toiletten in het netwerk.")], bold_mark=True, after=1.6)
    head(pdf, "Tot slot")
    para(pdf, "Wij vragen het college vooral werk te maken van de adviezen 1, 2 en 6: zonder meer toiletten, "
              "toegankelijke toiletten en ruimere openingstijden blijft de visie een kaart met witte plekken. Wij "
              "lichten ons advies graag toe in de raadscommissie.")
    para(pdf, "Met vriendelijke groet,\nnamens de Adviesraad Sociaal Domein Ooltwijk,\n\nGerda Tjoa-Bosman, "
              "voorzitter\nRamon Verbeek, secretaris")
    pdf.output(B.out(NAME + "_advice.pdf"))


def response():
    pdf = new("Gemeente Ooltwijk - Z/26/071193 - reactie op het advies over de Toiletvisie", (2026, 12, 8))
    pdf.set_y(16)
    pdf.set_font("S", "B", 15)
    pdf.set_text_color(*PLUM)
    pdf.cell(0, 7, "gemeente Ooltwijk", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(*GREY)
    pdf.set_font("S", "", 8)
    pdf.multi_cell(0, 4.2, "Postbus 100, 7390 AC Ooltwijk - telefoon 14 0571 - www.ooltwijk.example",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(8)
    para(pdf, "Adviesraad Sociaal Domein Ooltwijk\nt.a.v. mevrouw G. Tjoa-Bosman, voorzitter\nStationsweg 12\n"
              "7391 BD Ooltwijk", after=6)
    meta(pdf, (("Datum", "8 december 2026"), ("Ons kenmerk", "Z/26/071193"), ("Uw kenmerk", "ASD-2026-09"),
               ("Onderwerp", "reactie op uw advies over de Toiletvisie 2027-2030")))
    para(pdf, "Geachte mevrouw Tjoa-Bosman, beste leden van de adviesraad,")
    para(pdf, "Hartelijk dank voor uw advies van 2 november over de concept-Toiletvisie. Wij waarderen het dat u "
              "niet alleen de stukken hebt gelezen, maar ook zelf de straat op bent gegaan. Uw schouw heeft ons "
              "geholpen: de drie gesloten toiletten zijn inmiddels weer open, en de toiletkaart is bijgewerkt. In "
              "deze brief leest u wat wij met uw adviezen doen. Het college heeft de Toiletvisie op 1 december "
              "vastgesteld.")
    para(pdf, "Uw eerste en tweede advies gaan over de omvang en de kwaliteit van het netwerk. Wij voegen, naast het "
              "toilet op het Marktplein, twee toiletten toe: bij het station en bij de hoofdingang van het "
              "Wilhelminapark. Voor de begraafplaats en de weekmarkt zien wij die noodzaak niet; de aula van de "
              "begraafplaats heeft een toilet dat tijdens openingsuren voor bezoekers open is, en op marktdagen "
              "kunnen bezoekers terecht in het stadskantoor. Alle nieuwe toiletten worden toegankelijk voor "
              "rolstoelgebruikers. De bestaande toiletten passen wij pas aan als zij aan vervanging toe zijn; voor "
              "het toilet in de bibliotheek is dat in 2028.")
    para(pdf, "Het vijfde advies nemen wij over. Vóór 1 april 2027 staan alle toiletten met hun actuele "
              "openingstijden in de toiletapp en op ooltwijk.example/toilet, en in het voorjaar komen er "
              "wegwijsborden op de vier toegangen van het centrum.")
    para(pdf, "Ook met uw derde advies zijn wij het eens. Met ingang van 1 maart 2027 start de regeling "
              "Toiletvriendelijk Ooltwijk: ondernemers en buurthuizen die hun toilet gratis openstellen, krijgen een "
              "vergoeding van 500 euro per jaar en een sticker voor op de deur. Wij hopen in het eerste jaar twintig "
              "deelnemers te vinden.")
    para(pdf, "Over uw vierde advies het volgende. Het toilet in De Hoven is van de vereniging van eigenaren van het "
              "winkelcentrum, en de keuze om er geld voor te vragen is aan hen. Wij nemen uw advies mee naar het "
              "eerstvolgende overleg met de ondernemersvereniging in februari, maar kunnen niet toezeggen dat de "
              "gemeente in de kosten bijdraagt.")
    para(pdf, "Uw zesde advies nemen wij niet over. Langere openingstijden betekenen extra toezicht en schoonmaak, en "
              "kosten naar schatting 85.000 euro per jaar. Daar is in de begroting geen ruimte voor. De toiletten "
              "blijven open van 8.00 tot 19.00 uur; op koopavonden en tijdens evenementen tot 22.00 uur.")
    head(pdf, "Hoe gaat het verder", size=10, color=(0, 0, 0))
    para(pdf, "Met de nieuwe toiletten telt het openbare netwerk in 2028 elf toiletten, tegen negen nu. Het budget "
              "voor de Toiletvisie bedraagt eenmalig 240.000 euro en structureel 62.000 euro per jaar. De "
              "raadscommissie Samenleving bespreekt de visie op 14 januari 2027; u bent van harte welkom om daar in "
              "te spreken.")
    head(pdf, "Overige punten", size=10, color=(0, 0, 0))
    para(pdf, "In uw begeleidende mail vroeg u ook naar de uitkomsten van het Wmo-cliëntervaringsonderzoek 2026. Het "
              "rapport verschijnt eind januari; wij sturen het u dan direct toe.")
    para(pdf, "Met vriendelijke groet,\nburgemeester en wethouders van Ooltwijk,\n\nde secretaris, drs. K. "
              "Hulshof\nde burgemeester, mr. A.J. de Vos-Keijzer")
    pdf.output(B.out(NAME + "_response.pdf"))


def expected():
    recs = [
        (1, "Breid het netwerk uit met ten minste vier toiletten op plekken",
         "Voor de begraafplaats en de weekmarkt zien wij die noodzaak niet", "partly"),
        (2, "Zorg dat elk toilet in het netwerk ook een toegankelijk toilet",
         "De bestaande toiletten passen wij pas aan als zij aan vervanging", "partly"),
        (3, "Sluit met winkels, horeca en buurthuizen een regeling af waarbij",
         "start de regeling Toiletvriendelijk Ooltwijk", "agrees"),
        (4, "Vraag de ondernemersvereniging om het toilet in winkelcentrum De Hoven",
         "kunnen niet toezeggen dat de gemeente in de kosten bijdraagt", "noted"),
        (5, "Zet alle toiletten met hun openingstijden in de landelijke toiletapp",
         "komen er wegwijsborden op de vier toegangen van het centrum", "agrees"),
        (6, "Houd de openbare toiletten in het centrum open tot 22.00 uur",
         "De toiletten blijven open van 8.00 tot 19.00 uur", "disagrees"),
        (7, "Laat mensen met een blaas- of darmziekte en rolstoelgebruikers elk jaar", None, "unanswered"),
    ]
    unmatched = ["de drie gesloten toiletten zijn inmiddels weer open",
                 "telt het openbare netwerk in 2028 elf toiletten",
                 "uitkomsten van het Wmo-cliëntervaringsonderzoek 2026"]
    notes = ("Adviesraad Sociaal Domein Ooltwijk, advies ASD-2026-09 'Als je moet, moet je kunnen' on the "
             "concept-Toiletvisie 2027-2030 (3 p., fpdf2, sans, plum top band, shaded 'Wie heeft hoge nood?' figures "
             "box, running head from p. 2, 'pagina n/m'). Traps: the title's 'moet', the VN-verdrag Handicap 'moet', "
             "the college's three adviesvragen as a LETTERED list A.-C. (questions), the schouw findings as a "
             "NUMBERED list 1.-4., the 2024 advice quoted with 'moet' (not realised), 'De adviesraad stelt vast', a "
             "closing line citing 'de adviezen 1, 2 en 6'. Recommendations: ONE NUMBERED LIST 1.-7. continued across "
             "three sub-headings 'Adviesvraag A/B/C', each after a short answer paragraph (expected 1-7). Response: "
             "the college's LETTER (Z/26/071193) referring to the advice by ORDINALS, in the order 1+2, 5, 3, 4, 6. "
             "Thanks and the schouw follow-up (nothing). 'Uw eerste en tweede advies' in one paragraph: 1 partly "
             "(station and park added, not the begraafplaats and the weekmarkt); 2 partly (new toilets accessible, "
             "existing ones only when replaced). 5 agrees (app and website before 1 April 2027, signs in spring). 3 "
             "agrees (regeling Toiletvriendelijk Ooltwijk from 1 March 2027, 500 euro a year). 4 noted (up to the "
             "VvE, taken to the February overleg, no commitment). 6 disagrees ('nemen wij niet over', 85.000 euro, "
             "open 8.00-19.00). 7 (yearly schouw with experts by experience) is not answered. 'Hoe gaat het verder' "
             "(eleven toilets, budget, raadscommissie 14 January) and 'Overige punten' (cliëntervaringsonderzoek) "
             "answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()
