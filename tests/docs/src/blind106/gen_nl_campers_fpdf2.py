"""Round 106 (nl): the ADVIES of a Dutch municipality's ADVIESRAAD TOERISME EN RECREATIE on the camperbeleid
2027-2030, answered by a RAADSINFORMATIEBRIEF of the college with a table citing letters.

Advice (fpdf2, sans, orange left bar, running head from p. 2, 'pagina n/m'): a figures table, conclusions 1-4
(APV art. 5:8 'mag niet', the 2022 advice quoted with 'moet'), then the recommendations as LETTERS A-G in a BOXED
frame 'Onze aanbevelingen'. Response: raadsinformatiebrief, table 'Aanbeveling | Reactie van het college', order D,
A+F, G, B, C; E unanswered. All bodies, people and figures invented.

Run: /tmp/blind106nl/bin/python tests/docs/src/blind106/gen_nl_campers_fpdf2.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b106nl as B  # noqa: E402
from fpdf import FPDF, FontFace  # noqa: E402

NAME = "blind106_nl_campers"
F = B.tmp_fonts()
ORANGE = (196, 98, 16)


class Doc(FPDF):
    head = ""

    def header(self):
        self.set_fill_color(*ORANGE)
        self.rect(0, 0, 6, 297, style="F")
        if self.page_no() > 1:
            self.set_font("S", "I", 7.5)
            self.set_text_color(100, 100, 100)
            self.cell(0, 5, self.head, new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

    def footer(self):
        self.set_y(-14)
        self.set_font("S", "", 7.5)
        self.set_text_color(100, 100, 100)
        self.cell(0, 5, f"pagina {self.page_no()}/{{nb}}", align="C")


def mk(head):
    d = Doc(format="A4")
    d.head = head
    d.set_margins(22, 16, 20)
    d.set_auto_page_break(True, 20)
    d.add_font("S", "", F["Regular"])
    d.add_font("S", "B", F["Bold"])
    d.add_font("S", "I", F["Italic"])
    d.alias_nb_pages()
    d.add_page()
    return d


def para(d, t, style="", size=9.8, h=5.1):
    d.set_font("S", style, size)
    d.set_text_color(25, 25, 25)
    d.multi_cell(0, h, t, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def head2(d, t):
    d.ln(1)
    d.set_font("S", "B", 11.5)
    d.set_text_color(*ORANGE)
    d.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)


def table(d, rows, widths, size=8.8):
    d.set_font("S", "", size)
    d.set_text_color(25, 25, 25)
    d.set_draw_color(210, 170, 130)
    with d.table(col_widths=widths, line_height=4.8, text_align="LEFT",
                 headings_style=FontFace(emphasis="BOLD", fill_color=(250, 232, 214))) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    d.ln(4)


a = mk("Adviesraad Toerisme en Recreatie Wadhuizen - advies camperbeleid 2027-2030")
a.set_font("S", "B", 9)
a.set_text_color(*ORANGE)
a.cell(0, 5, "ADVIESRAAD TOERISME EN RECREATIE WADHUIZEN", new_x="LMARGIN", new_y="NEXT")
a.set_font("S", "B", 17)
a.set_text_color(25, 25, 25)
a.cell(0, 10, "Advies camperbeleid 2027-2030", new_x="LMARGIN", new_y="NEXT")
a.set_font("S", "", 8.5)
a.cell(0, 5, "Aan het college van burgemeester en wethouders  |  ATR 2026-05  |  30 september 2026",
       new_x="LMARGIN", new_y="NEXT")
a.ln(4)
head2(a, "Aanleiding")
para(a, "Het college heeft de Adviesraad Toerisme en Recreatie gevraagd te adviseren over de nota Camperbeleid "
        "2027-2030, die het college in het voorjaar van 2027 aan de gemeenteraad wil voorleggen. De adviesraad heeft "
        "de conceptnota besproken in twee vergaderingen, de camperplaats aan de Veerweg bezocht en gesproken met de "
        "beheerder, de ondernemersvereniging, de campingbranche en twee bewonersverenigingen van de boulevard.")
head2(a, "Campertoerisme in Wadhuizen")
para(a, "Het aantal campers dat Wadhuizen bezoekt is sinds 2022 sterk gegroeid. De enige officiële camperplaats aan "
        "de Veerweg telt twaalf plekken en is van april tot en met september vrijwel elke nacht vol. Campers die daar "
        "geen plek vinden, parkeren op de boulevard, bij het strandpaviljoen of in de woonstraten achter de duinen.")
table(a, [["Kengetal", "2022", "2025"],
          ["Overnachtingen camperplaats Veerweg", "2.310", "3.870"],
          ["Bezettingsgraad april-september", "71%", "96%"],
          ["Meldingen over campers in woonstraten", "12", "58"],
          ["Opbrengst toeristenbelasting campers (euro)", "4.100", "6.950"]], (105, 32, 32))
head2(a, "Conclusies")
para(a, "1. Op grond van artikel 5:8 van de Algemene plaatselijke verordening mag een kampeermiddel niet langer dan "
        "drie achtereenvolgende dagen op de weg staan. Handhaving daarvan is lastig, omdat de boa's niet kunnen zien "
        "hoe lang een camper er al staat.")
para(a, "2. De camperplaats aan de Veerweg is te klein voor de vraag in het hoogseizoen. Campers die geen plek "
        "vinden, wijken uit naar plaatsen waar zij overlast geven.")
para(a, "3. In haar advies van 2022 schreef de adviesraad al: 'Er moet een voorziening komen om chemische toiletten "
        "op een verantwoorde manier te legen.' Die voorziening is er nog steeds niet.")
para(a, "4. Camperaars besteden volgens landelijk onderzoek gemiddeld 42 euro per dag in de bezochte plaats. De "
        "lokale ondernemers zien campertoerisme daarom als een kans, mits de overlast beperkt blijft.")
para(a, "De adviesraad onderschrijft de doelen van de conceptnota: een gastvrij onthaal van camperaars en minder "
        "overlast voor bewoners. Om die doelen te halen is naar ons oordeel meer nodig dan de nota nu voorstelt.")

if a.get_y() > 175:
    a.add_page()
y0 = a.get_y() + 2
a.set_y(y0 + 4)
a.set_x(27)
a.set_font("S", "B", 11)
a.set_text_color(*ORANGE)
a.cell(0, 6, "Onze aanbevelingen", new_x="LMARGIN", new_y="NEXT")
a.ln(1)
RECS = [("A", "Breid de camperplaats aan de Veerweg uit van twaalf naar vierentwintig plekken, met ingang van het "
              "seizoen 2027."),
        ("B", "Voer op alle camperplaatsen in de gemeente een maximale verblijfsduur van 72 uur in."),
        ("C", "Sta agrarische ondernemers toe om zonder omgevingsvergunning maximaal vijf camperplekken op eigen erf "
              "aan te bieden."),
        ("D", "Leg bij de camperplaats aan de Veerweg een lozingspunt aan voor chemische toiletten en grijs water."),
        ("E", "Laat camperaars de toeristenbelasting voortaan afrekenen via een digitale betaalzuil bij de "
              "camperplaats."),
        ("F", "Neem in de APV een verbod op om op de boulevard en in de woonwijken in een camper te overnachten."),
        ("G", "Wijs binnen de gemeentelijke organisatie één aanspreekpunt voor campertoerisme aan, voor ten minste "
              "0,5 fte.")]
for letter, text in RECS:
    a.set_x(27)
    a.set_font("S", "B", 9.8)
    a.set_text_color(25, 25, 25)
    a.cell(8, 5.1, letter + ".")
    a.set_font("S", "", 9.8)
    a.multi_cell(150, 5.1, text, new_x="LMARGIN", new_y="NEXT")
    a.ln(1.5)
a.set_draw_color(*ORANGE)
a.set_line_width(0.5)
a.rect(22, y0, 168, a.get_y() - y0 + 2)
a.set_line_width(0.2)
a.ln(6)
para(a, "De adviesraad stelt het op prijs binnen drie maanden een reactie van het college te ontvangen, zoals "
        "bepaald in artikel 7 van de verordening adviesraden 2019.")
para(a, "Namens de Adviesraad Toerisme en Recreatie Wadhuizen,\nMarjolein Eilers, voorzitter\nSiebe de Graaf, "
        "secretaris")
a.output(B.out(NAME + "_advice.pdf"))

r = mk("Raadsinformatiebrief 2026-61 - reactie op het advies camperbeleid")
r.set_font("S", "B", 13)
r.set_text_color(*ORANGE)
r.cell(0, 7, "Gemeente Wadhuizen", new_x="LMARGIN", new_y="NEXT")
r.set_font("S", "B", 15)
r.set_text_color(25, 25, 25)
r.cell(0, 9, "Raadsinformatiebrief 2026-61", new_x="LMARGIN", new_y="NEXT")
table(r, [["Onderwerp", "Reactie op het advies van de Adviesraad Toerisme en Recreatie over het camperbeleid"],
          ["Portefeuillehouder", "wethouder T. Bakker-Hoekstra (toerisme, economie)"],
          ["Datum", "10 november 2026"]], (40, 128))
head2(r, "Inleiding")
para(r, "Met deze brief informeren wij uw raad over onze reactie op het advies dat de Adviesraad Toerisme en "
        "Recreatie op 30 september 2026 heeft uitgebracht over de conceptnota Camperbeleid 2027-2030. De nota zelf "
        "bieden wij u in maart 2027 ter besluitvorming aan.")
head2(r, "Reactie op de aanbevelingen")
table(r, [["Aanbeveling", "Reactie van het college"],
          ["D", "Het lozingspunt is in oktober geplaatst en is sinds 1 november in gebruik; de kosten van 14.500 euro "
                "zijn gedekt uit het budget recreatieve voorzieningen."],
          ["A en F", "Wij breiden de camperplaats uit, maar naar achttien plekken: meer ruimte is er aan de Veerweg niet "
                     "zonder het parkeerterrein van de veerdienst te verkleinen. Een apart overnachtingsverbod in de "
                     "APV achten wij niet nodig; artikel 5:8 biedt voldoende grond om op te treden en een extra verbod "
                     "is voor de boa's niet te handhaven."],
          ["G", "Wij gaan hier niet in mee. Campertoerisme blijft onderdeel van het takenpakket van de "
                "beleidsmedewerker toerisme; een aparte formatie past niet binnen de begroting 2027."],
          ["B", "Wij nemen deze aanbeveling over. De nota legt voor alle camperplaatsen een maximum van 72 uur vast."],
          ["C", "Wij vinden dit een interessante gedachte en bekijken bij het opstellen van het omgevingsplan of "
                "kleinschalige camperplekken bij boerenbedrijven vergunningvrij kunnen worden."]], (28, 140))
head2(r, "Passantenhaven")
para(r, "In het verlengde van dit onderwerp melden wij u dat de aanbesteding van het beheer van de passantenhaven "
        "is afgerond. Vanaf het vaarseizoen 2027 neemt Watersport Wadhuizen BV het beheer over.")
head2(r, "Vervolg")
para(r, "Wij danken de adviesraad voor het zorgvuldige advies. Voor vragen over deze brief kunt u contact opnemen "
        "met de afdeling Economie en Toerisme.")
para(r, "Het college van burgemeester en wethouders van Wadhuizen,\nde secretaris, mr. H. Tuinstra    "
        "de burgemeester, drs. A.M. Roskam")
r.output(B.out(NAME + "_response.pdf"))

B.write_expected(NAME, [
    (1, "Breid de camperplaats aan de Veerweg uit van twaalf naar vierentwintig plekken",
     "breiden de camperplaats uit, maar naar achttien plekken", "partly"),
    (2, "Voer op alle camperplaatsen in de gemeente een maximale verblijfsduur", "De nota legt voor alle "
     "camperplaatsen een maximum van 72 uur vast", "agrees"),
    (3, "Sta agrarische ondernemers toe om zonder omgevingsvergunning maximaal vijf camperplekken",
     "bekijken bij het opstellen van het omgevingsplan", "noted"),
    (4, "Leg bij de camperplaats aan de Veerweg een lozingspunt aan", "Het lozingspunt is in oktober geplaatst",
     "agrees"),
    (5, "Laat camperaars de toeristenbelasting voortaan afrekenen via een digitale betaalzuil", None, "unanswered"),
    (6, "Neem in de APV een verbod op om op de boulevard", "Een apart overnachtingsverbod in de APV achten wij niet "
     "nodig", "disagrees"),
    (7, "Wijs binnen de gemeentelijke organisatie één aanspreekpunt voor campertoerisme aan",
     "een aparte formatie past niet binnen de begroting 2027", "disagrees"),
], ["De nota zelf bieden wij u in maart 2027 ter besluitvorming aan",
    "de aanbesteding van het beheer van de passantenhaven is afgerond",
    "Wij danken de adviesraad voor het zorgvuldige advies"],
    "Advice: Adviesraad Toerisme en Recreatie on the camperbeleid; recommendations LETTERS A-G in a BOXED frame "
    "'Onze aanbevelingen' (expected 1-7 = A-G), after a figures table and numbered conclusions 1-4 (APV art. 5:8, the "
    "2022 advice quoted with 'moet', a spending figure); art. 7 reply deadline. Response: raadsinformatiebrief with a "
    "table citing letters, order D, A+F, G, B, C; row 'A en F' = A partly (18 instead of 24 plekken) + F disagrees; D "
    "agrees (done); G disagrees; B agrees; C noted (omgevingsplan); E (betaalzuil) unanswered; 'Inleiding', "
    "'Passantenhaven' and 'Vervolg' answer nothing.")
