"""Round 118 (nl): the ADVIES of a Flemish LOKAAL ARMOEDEPLATFORM (a 'vereniging waar armen het woord nemen') on the
city's ontwerp-reglement UiTPAS met kansentarief, built on TESTIMONIES of members in shaded boxes, each theme closing
with UNNUMBERED 'Wij vragen ...' sentences; answered by an E-MAIL of the schepen's kabinet that answers INLINE,
between '>' QUOTED lines of the advice.

Advice (fpdf2, sans, 2 p., teal left band on p. 1, testimony boxes, running head from p. 2, 'blz. n/m'): the Vlaamse
UiTPAS-kader with 'moet' (trap), the platform's findings as a NUMBERED list 1.-4. (trap), the 2023 advice quoted
(realised; trap), 'Wij stellen vast' (finding), testimonies with 'moest'/'moet' (first person; trap); the seven
recommendations are unnumbered sentences 'Wij vragen ...' / 'Daarnaast vragen wij ...' / 'Tot slot vragen wij ...'
closing the theme paragraphs (expected 1-7); closing line naming the topics of two of them.
Response: e-mail 'RE: Advies AP/2026/03' (2 p.): greeting and procedure (nothing); quoted asks '> ...' each followed
by the answer, in the order 1, 3, 4, 2+6 (two quotes, one answer), 7; 5 (a companion's discount) never quoted
(unanswered); 'Nog iets anders' (Dag van de Armoede) and the PS with figures answer nothing. All invented.

Run: /tmp/blind118nl/bin/python tests/docs/src/blind118/gen_nl_uitpas_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b118nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind118_nl_uitpas"
FS = B.tmp_fonts()
TEAL = (0, 110, 115)
PALE = (228, 242, 242)
GREY = (90, 90, 90)
LH = 5.0


class Doc(FPDF):
    head = ""
    foot = "blz. {n}/{m}"
    band = False

    def header(self):
        if self.page_no() == 1:
            if self.band:
                self.set_fill_color(*TEAL)
                self.rect(0, 0, 9, self.h, style="F")
            self.set_y(16)
        elif self.head:
            self.set_font("S", "", 7.4)
            self.set_text_color(*GREY)
            self.cell(0, 4, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*TEAL)
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


def new(head, date, band=False, foot="blz. {n}/{m}"):
    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(*date, tzinfo=datetime.timezone.utc))
    pdf.head, pdf.band, pdf.foot = head, band, foot
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        pdf.add_font("S", style, FS[key])
    pdf.set_margins(24, 16, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def para(pdf, text, size=9.6, style="", after=2.4, indent=0, color=(0, 0, 0)):
    pdf.set_font("S", style, size)
    pdf.set_text_color(*color)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.epw - indent, LH, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(after)


def head(pdf, text, size=11.5):
    pdf.ln(1.5)
    pdf.set_font("S", "B", size)
    pdf.set_text_color(*TEAL)
    pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.8)


def testimony(pdf, quote, who):
    pdf.set_font("S", "I", 9.2)
    lines = pdf.multi_cell(pdf.epw - 16, LH, quote, dry_run=True, output="LINES")
    hgt = len(lines) * LH + 10
    if pdf.get_y() + hgt > pdf.h - 22:
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_fill_color(*PALE)
    pdf.rect(pdf.l_margin, y, pdf.epw, hgt, style="F")
    pdf.set_fill_color(*TEAL)
    pdf.rect(pdf.l_margin, y, 1.6, hgt, style="F")
    pdf.set_xy(pdf.l_margin + 8, y + 3)
    pdf.multi_cell(pdf.epw - 16, LH, quote, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 8)
    pdf.set_text_color(*GREY)
    pdf.set_x(pdf.l_margin + 8)
    pdf.cell(pdf.epw - 16, 4, who, align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y + hgt + 3)


def items(pdf, rows, size=9.6, width=7):
    for mark, text in rows:
        pdf.set_font("S", "", size)
        y = pdf.get_y()
        pdf.set_x(pdf.l_margin + 3)
        pdf.cell(width, LH, mark)
        pdf.set_xy(pdf.l_margin + 3 + width, y)
        pdf.multi_cell(pdf.epw - 3 - width, LH, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.ln(1.6)


def advice():
    pdf = new("Lokaal Armoedeplatform Ardelgem - advies AP/2026/03 - ontwerp-reglement UiTPAS met kansentarief",
              (2026, 10, 14), band=True)
    pdf.set_font("S", "B", 10)
    pdf.set_text_color(*TEAL)
    pdf.cell(0, 5, "LOKAAL ARMOEDEPLATFORM ARDELGEM", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 8.2)
    pdf.set_text_color(*GREY)
    pdf.cell(0, 4, "vereniging waar armen het woord nemen - Kapelstraat 12, 9871 Ardelgem", new_x="LMARGIN",
             new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(8)
    pdf.set_font("S", "B", 19)
    pdf.multi_cell(0, 9, "Meedoen mag geen luxe zijn", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 11)
    pdf.multi_cell(0, 6, "Advies over het ontwerp-reglement UiTPAS met kansentarief", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for k, v in (("Aan", "het college van burgemeester en schepenen van de stad Ardelgem"),
                 ("Kenmerk", "AP/2026/03"), ("Datum", "14 oktober 2026"),
                 ("Contact", "Hilde Verstraete, coördinator, 054 71 28 90")):
        pdf.set_font("S", "B", 8.8)
        pdf.cell(22, 4.8, k)
        pdf.set_font("S", "", 8.8)
        pdf.multi_cell(0, 4.8, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    head(pdf, "Waarom dit advies")
    para(pdf, "Op 2 september 2026 vroeg het college ons advies over het ontwerp-reglement UiTPAS met kansentarief, "
         "dat op 1 januari 2027 in werking moet treden. Het armoedeplatform telt 31 leden. Wij bespraken het "
         "ontwerp op drie avonden in het Sociaal Huis en in twee gesprekken met ouders in de deelgemeenten Lovendael "
         "en Sint-Gerolf. Wat volgt, is wat onze leden ons vertelden, met hun eigen woorden.")
    para(pdf, "Het Vlaamse UiTPAS-kader is duidelijk: een gemeente die een kansentarief invoert, moet minstens 80 "
         "procent korting geven op de deelnameprijs van activiteiten van de stad. Het ontwerp doet dat. Onze "
         "opmerkingen gaan over wat er daarnaast nodig is om mensen echt te laten meedoen.")
    para(pdf, "In ons advies van 2023 vroegen wij al om 'de aanvraag van het kansentarief ook via het Sociaal Huis "
         "mogelijk te maken'. Dat is intussen gebeurd, en daar zijn wij blij om.")

    head(pdf, "Wat wij hoorden")
    para(pdf, "Uit de gesprekken kwamen vier dingen telkens terug:", after=1.2)
    items(pdf, [("1.", "Veel mensen weten niet dat zij recht hebben op het kansentarief."),
                ("2.", "De aanvraag is voor wie geen computer heeft of slecht leest een drempel."),
                ("3.", "Wie de kaart heeft, schaamt zich soms om ze aan de kassa te tonen."),
                ("4.", "Sport en jeugdwerk zijn voor kinderen het belangrijkst, maar net daar helpt de kaart weinig.")])
    para(pdf, "Wij stellen vast dat het ontwerp vooral regelt wat de kaart waard is, en veel minder hoe mensen eraan "
         "komen. Daarover gaan de meeste van onze vragen.")

    head(pdf, "1. Aan de kaart geraken")
    testimony(pdf, "\"Ik moest drie keer naar het loket, en telkens ontbrak er een ander papier. Mijn dochter had "
              "het kamp intussen gemist.\"", "Marleen, 44, alleenstaande moeder van twee")
    para(pdf, "Wie recht heeft op een verhoogde tegemoetkoming, is bij de overheid al gekend. Een aparte aanvraag "
         "vraagt dan veel moeite voor iets wat al vaststaat. Wij vragen de stad om het kansentarief automatisch "
         "toe te kennen aan iedereen met een verhoogde tegemoetkoming, zonder aparte aanvraag.")
    para(pdf, "Het ontwerp geeft het kansentarief telkens voor één jaar. Elk jaar opnieuw bewijzen dat je weinig "
         "inkomen hebt, is zwaar en levert de stad weinig op. Daarnaast vragen wij om het kansentarief drie jaar "
         "geldig te maken in plaats van één jaar.")

    head(pdf, "2. Iemand die de weg wijst")
    testimony(pdf, "\"Die folder lag er wel, maar ik lees niet zo goed. Als mijn buurvrouw het niet had uitgelegd, "
              "wist ik het nu nog niet.\"", "Ahmed, 61")
    para(pdf, "Een folder of een website volstaat niet. Mensen vertrouwen mensen. Wij vragen ook om in elke "
         "deelgemeente een vrijwillige UiTPAS-buddy aan te stellen die mensen helpt bij de aanvraag en bij het "
         "kiezen van activiteiten.")

    head(pdf, "3. Sport en jeugdwerk")
    testimony(pdf, "\"Een toneelvoorstelling met korting is fijn, maar mijn zoon wil gewoon voetballen. Het "
              "lidgeld van 240 euro moet ik in één keer betalen.\"", "Kevin, 37")
    para(pdf, "Het ontwerp beperkt de korting tot activiteiten die de stad zelf organiseert. Voor kinderen en "
         "jongeren zit het echte meedoen in de club en de jeugdbeweging. Wij vragen de stad om ook de lidgelden "
         "van sportclubs en jeugdbewegingen onder het kansentarief te brengen, met een compensatie voor de "
         "verenigingen.")
    para(pdf, "Voor mensen met een beperking komt er nog iets bij: zij kunnen vaak niet alleen gaan. Verder vragen "
         "wij dat de korting ook geldt voor de begeleider van iemand met een beperking.")

    head(pdf, "4. Niet opvallen aan de kassa")
    testimony(pdf, "\"Aan de kassa van het zwembad zei de jongen luidop: 'Ah, kansentarief.' Iedereen keek. Ik ben "
              "er niet meer geweest.\"", "Sandra, 52")
    para(pdf, "In het ontwerp staat dat de kaart met kansentarief een oranje rand krijgt. Wij begrijpen dat dit "
         "het werk aan de kassa makkelijker maakt, maar het zet mensen te kijk. Wij vragen de stad om de kaart met "
         "kansentarief er precies zo te laten uitzien als een gewone UiTPAS.")

    head(pdf, "5. Over de grens")
    para(pdf, "Ardelgem werkt voor de UiTPAS niet samen met de buurgemeenten. Een gezin uit Hoevelde dat in "
         "Ardelgem naar school gaat en hier sport, heeft hier geen kansentarief. Tot slot vragen wij om het "
         "kansentarief open te stellen voor kinderen uit de buurgemeenten die in Ardelgem naar school gaan.")

    head(pdf, "Tot besluit")
    para(pdf, "Onze leden willen graag mee nadenken over de uitvoering. Wij horen graag vóór 15 december hoe het "
         "college omgaat met onze vragen, in het bijzonder over de automatische toekenning en over de kaart "
         "zonder oranje rand.")
    para(pdf, "Voor het armoedeplatform,\nHilde Verstraete, coördinator - Jozef De Wilde, voorzitter", after=0)
    pdf.output(B.out(NAME + "_advice.pdf"))


def mailhead(pdf, rows):
    pdf.set_draw_color(160, 160, 160)
    pdf.set_line_width(0.2)
    for k, v in rows:
        pdf.set_font("S", "B", 8.6)
        pdf.cell(24, 4.8, k)
        pdf.set_font("S", "", 8.6)
        pdf.multi_cell(0, 4.8, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(4)


def quoted(pdf, text):
    pdf.set_font("S", "", 9.2)
    pdf.set_text_color(70, 90, 140)
    lines = pdf.multi_cell(pdf.epw - 6, LH, text, dry_run=True, output="LINES")
    for ln in lines:
        pdf.set_x(pdf.l_margin)
        pdf.cell(6, LH, ">")
        pdf.cell(pdf.epw - 6, LH, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1.5)


def response():
    pdf = new("", (2026, 11, 7), foot="Afgedrukt 7 november 2026 - blz. {n}/{m}")
    pdf.set_font("S", "B", 12)
    pdf.cell(0, 7, "RE: Advies AP/2026/03 - UiTPAS met kansentarief", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    mailhead(pdf, [("Van:", "Kabinet schepen Vermeulen <kabinet.vermeulen@ardelgem.be>"),
                   ("Verzonden:", "vrijdag 6 november 2026 16:42"),
                   ("Aan:", "Armoedeplatform Ardelgem <info@armoedeplatform-ardelgem.be>"),
                   ("CC:", "Sociaal Huis - team Vrije Tijd <vrijetijd@ardelgem.be>"),
                   ("Onderwerp:", "RE: Advies AP/2026/03 - UiTPAS met kansentarief")])
    para(pdf, "Beste Hilde, beste Jozef,")
    para(pdf, "Hartelijk dank voor jullie advies en vooral voor de getuigenissen van de leden: die hebben op het "
         "college indruk gemaakt. Het college heeft het advies besproken in zijn zitting van 3 november. Om het "
         "overzichtelijk te houden, antwoord ik tussen jullie tekst: onder elke vraag staat telkens wat het college "
         "beslist heeft.")
    quoted(pdf, "Wij vragen de stad om het kansentarief automatisch toe te kennen aan iedereen met een verhoogde "
           "tegemoetkoming, zonder aparte aanvraag.")
    para(pdf, "Voor een deel kan dat. Wie leefloon of steun van het OCMW krijgt, is bij het Sociaal Huis gekend en "
         "krijgt het kansentarief vanaf januari zonder aanvraag. Voor de andere rechthebbenden ontvangen wij de "
         "gegevens van de ziekenfondsen niet automatisch; zij blijven dus een korte aanvraag doen, wel met één "
         "attest in plaats van drie.")
    quoted(pdf, "Wij vragen ook om in elke deelgemeente een vrijwillige UiTPAS-buddy aan te stellen ...")
    para(pdf, "Een mooi idee, maar het vraagt omkadering van vrijwilligers die we vandaag niet hebben. Team Vrije "
         "Tijd bekijkt samen met het vrijwilligerspunt wat mogelijk is. Het college komt hierop terug bij de "
         "budgetbespreking in het voorjaar; een toezegging kunnen we nu niet doen.")
    quoted(pdf, "Wij vragen de stad om ook de lidgelden van sportclubs en jeugdbewegingen onder het kansentarief te "
           "brengen, met een compensatie voor de verenigingen.")
    para(pdf, "Ja. Vanaf het seizoen 2027-2028 vallen de lidgelden van erkende sportclubs en jeugdbewegingen onder "
         "het kansentarief. De stad betaalt de verenigingen het verschil terug via de UiTPAS-afrekening.")
    quoted(pdf, "Daarnaast vragen wij om het kansentarief drie jaar geldig te maken in plaats van één jaar.")
    quoted(pdf, "Wij vragen de stad om de kaart met kansentarief er precies zo te laten uitzien als een gewone UiTPAS.")
    para(pdf, "Beide vragen nemen we over. Het reglement wordt aangepast: het kansentarief blijft voortaan drie jaar "
         "geldig, tenzij iemands situatie intussen verandert. De oranje rand schrappen we: vanaf maart 2027 "
         "geven we alleen nog kaarten uit zonder zichtbaar kenmerk, en de kassa ziet het tarief pas bij het scannen.")
    quoted(pdf, "Tot slot vragen wij om het kansentarief open te stellen voor kinderen uit de buurgemeenten ...")
    para(pdf, "Hier moeten we jullie teleurstellen. Het kansentarief is gekoppeld aan de woonplaats, en de stad "
         "kan geen korting betalen voor inwoners van andere gemeenten. Op die vraag gaat het college dus niet in. "
         "Wel heeft de burgemeester het onderwerp op de agenda van de regionale conferentie gezet.")
    head(pdf, "Nog iets anders", size=10)
    para(pdf, "Op 17 oktober waren jullie met een mooie groep aanwezig op de Dag van de Armoede in de Stadsfeestzaal. "
         "Het college wil de tentoonstelling met de portretten graag een maand in het stadhuis laten staan. "
         "Laten jullie weten of dat kan?")
    para(pdf, "Het aangepaste reglement gaat naar de gemeenteraad van 30 november. Jullie krijgen vooraf de tekst.")
    para(pdf, "Met vriendelijke groeten,")
    para(pdf, "Lotte Claeys\nkabinetsmedewerker van Ann Vermeulen, schepen van Sociaal Beleid en Vrije Tijd\n"
         "Stad Ardelgem - Markt 1, 9870 Ardelgem - 054 71 20 00", size=8.8)
    para(pdf, "PS: jullie vroegen naar de cijfers. In 2025 hadden 1.214 inwoners een UiTPAS met kansentarief, van "
         "wie 486 kinderen en jongeren; samen gebruikten zij de kaart 5.930 keer.", size=8.8)
    pdf.output(B.out(NAME + "_response.pdf"))


def expected():
    recs = [
        (1, "Wij vragen de stad om het kansentarief automatisch toe te kennen",
         "krijgt het kansentarief vanaf januari zonder aanvraag", "partly"),
        (2, "Daarnaast vragen wij om het kansentarief drie jaar geldig te maken",
         "het kansentarief blijft voortaan drie jaar geldig", "agrees"),
        (3, "Wij vragen ook om in elke deelgemeente een vrijwillige UiTPAS-buddy",
         "een toezegging kunnen we nu niet doen", "noted"),
        (4, "Wij vragen de stad om ook de lidgelden van sportclubs en jeugdbewegingen",
         "Vanaf het seizoen 2027-2028 vallen de lidgelden", "agrees"),
        (5, "Verder vragen wij dat de korting ook geldt voor de begeleider", None, "unanswered"),
        (6, "Wij vragen de stad om de kaart met kansentarief er precies",
         "De oranje rand schrappen we", "agrees"),
        (7, "Tot slot vragen wij om het kansentarief open te stellen",
         "Op die vraag gaat het college dus niet in", "disagrees"),
    ]
    unmatched = ["waren jullie met een mooie groep aanwezig op de Dag van de Armoede",
                 "In 2025 hadden 1.214 inwoners een UiTPAS met kansentarief"]
    notes = ("Advice: a Flemish lokaal armoedeplatform's advies on the ontwerp-reglement UiTPAS met kansentarief, "
             "fpdf2, 2 p., built on members' testimonies in shaded boxes (first person, 'moest'/'moet': traps); the "
             "seven recommendations are UNNUMBERED sentences closing theme paragraphs under numbered theme headings "
             "1.-5. ('Wij vragen de stad om ...', 'Daarnaast vragen wij om ...', 'Verder vragen wij dat ...', 'Tot "
             "slot vragen wij om ...'; two under themes 1 and 3). Traps: the Vlaamse UiTPAS-kader 'moet', the "
             "findings as a numbered list 1.-4., the 2023 advice quoted (realised), 'Wij stellen vast', a closing "
             "line naming two topics. Response: an E-MAIL of the schepen's kabinet answering INLINE under '>' "
             "quoted asks (some quotes shortened with '...'), order 1, 3, 4, 2+6, 7. 1 partly (automatic only for "
             "leefloon/OCMW clients, others still apply); 3 noted (looked at with the vrijwilligerspunt, back in "
             "spring, no commitment); 4 agrees (club fees from 2027-2028); 2 and 6 quoted together and answered in "
             "one paragraph 'Beide vragen nemen we over': 2 agrees (three years), 6 agrees (no orange rim from "
             "March 2027); 7 disagrees (tied to residence, 'gaat het college dus niet in'); 5 (companion's "
             "discount) never quoted: unanswered. The greeting, 'Nog iets anders' (Dag van de Armoede) and the PS "
             "with figures answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()
