"""Round 90 (nl): the EVALUATIERAPPORT of a multidisciplinary crisis EXERCISE of a veiligheidsregio (an evaluation team's
report), answered by the BESLUITENLIJST (decision list) of the Veiligheidsdirectie, by paraphrase only.

Advice: Veiligheidsregio Lingemonde, oefening 'Dijkwacht 2026' (2-3 p., fpdf2, sans, red left bar, running head,
'pagina n/m', a timeline table): recommendations as seven UNNUMBERED bullets under 'Aanbevelingen', right after a list
of 'Leerpunten' bullets in the same form (findings); traps: Wet veiligheidsregio's 'moet', the 2023 evaluation quoted,
'zou ... moeten'. Response: agenda items 1-4, the evaluation at item 3 with decisions by paraphrase, order 4, 1, 6+2,
5, 3; 7 unanswered. Everything is invented; the law is cited loosely.

Run: /tmp/blind90nl/bin/python tests/docs/src/blind90/gen_nl_oefening_fpdf2.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b90nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind90_nl_oefening"
F = B.tmp_fonts()
RED = (170, 30, 40)


class Doc(FPDF):
    head = ""

    def header(self):
        self.set_fill_color(*RED)
        self.rect(0, 0, 7, 297, "F")
        if self.page_no() > 1:
            self.set_font("S", "", 7.5)
            self.set_text_color(110, 110, 110)
            self.set_xy(20, 9)
            self.cell(0, 4, self.head)
            self.line(20, 14, 190, 14)
            self.set_text_color(0, 0, 0)
            self.set_y(20)

    def footer(self):
        self.set_y(-14)
        self.set_font("S", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, f"pagina {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def new(head):
    d = Doc(format="A4")
    d.head = head
    d.set_margins(20, 20, 20)
    d.set_auto_page_break(True, 20)
    d.add_font("S", "", F["Regular"])
    d.add_font("S", "B", F["Bold"])
    d.add_font("S", "I", F["Italic"])
    d.add_page()
    return d


def h(d, t, size=11):
    d.ln(2)
    d.set_font("S", "B", size)
    d.set_text_color(*RED)
    d.multi_cell(0, size * 0.5, t)
    d.set_text_color(0, 0, 0)
    d.ln(1)


def p(d, t, size=9.3):
    d.set_font("S", "", size)
    d.multi_cell(0, 4.9, t, markdown=True, align="L")
    d.ln(1.6)


def bullet(d, t):
    d.set_font("S", "", 9.3)
    if d.get_y() > 262:
        d.add_page()
    y = d.get_y()
    d.set_xy(24, y)
    d.cell(4, 4.9, "•")
    d.set_xy(29, y)
    d.multi_cell(161, 4.9, t, markdown=True, align="L")
    d.ln(1.2)


RECS = [
    "Breng de alarmering van alle leden van het ROT onder in één alarmeringssysteem en test dat systeem elk kwartaal.",
    "Wijs voor het hoofd van het actiecentrum Bevolkingszorg een vaste plaatsvervanger aan die ook aan de oefeningen deelneemt.",
    "Werk bij de volgende oefening vanaf de eerste minuut in het landelijk crisismanagementsysteem en niet eerst op papier.",
    "Laat de liaison van het waterschap standaard aanschuiven bij het eerste overleg van het ROT bij elke dreiging van hoog water.",
    "Oefen de evacuatie van woonzorgcentrum De Waardhof samen met de zorgaanbieder en het vervoersbedrijf.",
    "Stel tijdens een opschaling één vaste woordvoerder aan voor de contacten met de lokale omroepen en de regionale krant.",
    "Organiseer voor alle deelnemers binnen zes weken na een oefening een terugkomdag over de nazorg en de eigen ervaringen.",
]


def advice():
    d = new("Evaluatie oefening Dijkwacht 2026 - Veiligheidsregio Lingemonde")
    d.set_font("S", "B", 9)
    d.set_text_color(*RED)
    d.cell(0, 5, "VEILIGHEIDSREGIO LINGEMONDE - Bureau Planvorming en Oefenen", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(3)
    h(d, "Evaluatierapport multidisciplinaire oefening 'Dijkwacht 2026'", 15)
    p(d, "Evaluatieteam: ing. Wouter Hageman (voorzitter), Fenna Brinkhorst (GHOR), Sander Koolwijk (politie). Versie 1.0, 3 maart 2026.", 8.4)
    h(d, "1. Aanleiding en opzet")
    p(d, "Op 29 januari 2026 oefende de veiligheidsregio een dreigende dijkdoorbraak langs de Linge bij Oudewaard. Aan de oefening namen het Regionaal Operationeel Team (ROT), het Gemeentelijk Beleidsteam van Oudewaard, het actiecentrum Bevolkingszorg en de liaison van waterschap Lingestroom deel, in totaal 64 functionarissen.")
    p(d, "Volgens artikel 10 van de Wet veiligheidsregio's moet het bestuur zorgen voor het regelmatig beoefenen van de rampenbestrijding en crisisbeheersing. Het Regionaal Crisisplan bepaalt bovendien dat de rampenbestrijdingsorganisatie binnen 60 minuten na alarmering operationeel moet zijn.")
    h(d, "2. Verloop")
    d.set_font("S", "B", 8.6)
    d.set_fill_color(245, 225, 226)
    for w, t in ((25, "Tijd"), (145, "Gebeurtenis")):
        d.cell(w, 6, t, border=1, fill=True)
    d.ln()
    d.set_font("S", "", 8.6)
    for a, b in (("09.00", "Start; melding waterschap: kwelwater achter de dijk bij Oudewaard"),
                 ("09.42", "Alarmering ROT; drie leden niet bereikt via het pagersysteem"),
                 ("10.55", "Eerste ROT-overleg, zonder liaison waterschap"),
                 ("11.30", "Opschaling naar GRIP 3; Gemeentelijk Beleidsteam bijeen"),
                 ("13.10", "Besluit tot preventieve evacuatie van woonzorgcentrum De Waardhof"),
                 ("15.00", "Einde oefening; warme overdracht aan de evaluatoren")):
        d.cell(25, 5.6, a, border=1)
        d.cell(145, 5.6, b, border=1)
        d.ln()
    d.ln(3)
    h(d, "3. Leerpunten")
    p(d, "Het evaluatieteam stelt de volgende leerpunten vast:")
    for t in ("De alarmering verliep via twee systemen; drie ROT-leden werden pas na 40 minuten bereikt.",
              "Het actiecentrum Bevolkingszorg kwam traag op gang omdat de coördinator ziek was en niemand het overnam.",
              "Het ROT werkte de eerste twee uur met een papieren logboek; het beeld in het crisismanagementsysteem liep achter.",
              "De informatie van het waterschap over de sterkte van de dijk kwam pas na het eerste overleg binnen.",
              "Lokale media kregen tegenstrijdige berichten van drie verschillende woordvoerders."):
        bullet(d, t)
    p(d, "In de evaluatie van de oefening 'Stormvloed' van 2023 stond al: 'De regio zou de informatiepositie van de partners in het eerste ROT-overleg moeten versterken.' Dat leerpunt is nog niet opgelost.")
    h(d, "4. Aanbevelingen")
    p(d, "Op basis van de leerpunten geeft het evaluatieteam de Veiligheidsdirectie in overweging:")
    for t in RECS:
        bullet(d, "**" + t + "**")
    h(d, "5. Slotopmerking")
    p(d, "De deelnemers hebben met grote inzet geoefend. De samenwerking in het Gemeentelijk Beleidsteam verliep goed en het besluit tot evacuatie werd zorgvuldig voorbereid. Het team dankt de waarnemers van de buurregio voor hun bijdrage.")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = new("Besluitenlijst Veiligheidsdirectie 17 maart 2026")
    d.set_font("S", "B", 9)
    d.set_text_color(*RED)
    d.cell(0, 5, "VEILIGHEIDSREGIO LINGEMONDE", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(3)
    h(d, "Besluitenlijst vergadering Veiligheidsdirectie", 14)
    p(d, "Datum: 17 maart 2026, 13.30-16.00 uur, regionaal crisiscentrum Tielwaard. Aanwezig: R. Vermeulen (directeur veiligheidsregio, voorzitter), M. de Graaf (commandant brandweer), dr. E. Schut (DPG), J. Kaya (politie), L. Hoekstra (coördinerend functionaris Bevolkingszorg). Notulist: A. Blom.", 8.4)
    h(d, "1. Opening en mededelingen")
    p(d, "De voorzitter opent de vergadering. De DPG meldt dat de nieuwe regionale ambulancepost in Tielwaard op 1 mei in gebruik wordt genomen.")
    h(d, "2. Jaarplan Oefenen 2027")
    p(d, "De Veiligheidsdirectie bespreekt het concept en vraagt Bureau Planvorming en Oefenen meer aandacht te geven aan een cyberaanval op de drinkwatervoorziening. Het jaarplan komt terug in de vergadering van juni.")
    h(d, "3. Evaluatierapport oefening Dijkwacht 2026")
    p(d, "De Veiligheidsdirectie bespreekt het rapport van het evaluatieteam en besluit als volgt.")
    p(d, "**Besluit 3.1** De liaison van het waterschap wordt vanaf 1 april 2026 bij dreigend hoog water standaard opgeroepen voor het eerste ROT-overleg; het alarmeringsschema is daarop al aangepast.")
    p(d, "**Besluit 3.2** Alle ROT-functionarissen worden voortaan via het regionale alarmeringssysteem gealarmeerd; de pagers vervallen. Het systeem wordt niet elk kwartaal maar twee keer per jaar getest, in lijn met de landelijke testkalender.")
    p(d, "**Besluit 3.3** Voor de pers werkt de regio voortaan met een pool van drie woordvoerders die onderling afstemmen, in plaats van één vaste persoon, omdat één woordvoerder bij een langdurige inzet niet haalbaar is. Een vaste vervanger voor de coördinator van het actiecentrum Bevolkingszorg wordt niet aangewezen: de piketregeling met vier coördinatoren voorziet hier al in en wordt gehandhaafd.")
    p(d, "**Besluit 3.4** Een gezamenlijke evacuatieoefening met de zorgaanbieder van De Waardhof valt buiten de bevoegdheid van de directie. De Veiligheidsdirectie neemt kennis van het voorstel en legt het voor aan het zorgoverleg van de GHOR.")
    p(d, "**Besluit 3.5** Bij de volgende oefening wordt vanaf de start uitsluitend in het crisismanagementsysteem gewerkt; het papieren logboek vervalt.")
    h(d, "4. Rondvraag en sluiting")
    p(d, "Er zijn geen vragen voor de rondvraag. De voorzitter dankt de aanwezigen en sluit de vergadering om 15.50 uur. De volgende vergadering is op 14 april 2026.")
    d.output(B.out(NAME + "_response.pdf"))


EXP = [
    (1, "Breng de alarmering van alle leden van het ROT onder", "niet elk kwartaal maar twee keer per jaar getest", "partly"),
    (2, "Wijs voor het hoofd van het actiecentrum Bevolkingszorg een vaste", "de piketregeling met vier coördinatoren voorziet hier al in", "disagrees"),
    (3, "Werk bij de volgende oefening vanaf de eerste minuut in", "vanaf de start uitsluitend in het crisismanagementsysteem gewerkt", "agrees"),
    (4, "Laat de liaison van het waterschap standaard aanschuiven bij het", "vanaf 1 april 2026 bij dreigend hoog water standaard opgeroepen", "agrees"),
    (5, "Oefen de evacuatie van woonzorgcentrum De Waardhof samen met de", "legt het voor aan het zorgoverleg van de GHOR", "noted"),
    (6, "Stel tijdens een opschaling één vaste woordvoerder aan voor de", "pool van drie woordvoerders die onderling afstemmen", "partly"),
    (7, "Organiseer voor alle deelnemers binnen zes weken na een oefening", None, "unanswered"),
]
UNMATCHED = ["de nieuwe regionale ambulancepost in Tielwaard op 1 mei",
             "meer aandacht te geven aan een cyberaanval op de drinkwatervoorziening",
             "De volgende vergadering is op 14 april 2026"]
NOTES = ("Advice: evaluation report of a crisis exercise (Veiligheidsregio Lingemonde, 'Dijkwacht 2026'); the seven "
         "recommendations are UNNUMBERED bold bullets under '4. Aanbevelingen' (numbered here in order), right after five "
         "'Leerpunten' bullets of the same shape (findings); traps: artikel 10 Wet veiligheidsregio's and the crisis plan "
         "with 'moet', a timeline table, the 2023 evaluation quoted with 'zou ... moeten'. Response: besluitenlijst of the "
         "Veiligheidsdirectie; decisions 3.1-3.5 under agenda item 3 answer by paraphrase only (their numbers are not the "
         "recommendations'), order 4, 1, 6+2, 5, 3. Shared 'Besluit 3.3': 6 partly (a pool of three instead of one) + 2 "
         "disagrees (no fixed deputy). 5 noted (passed to the GHOR). 7 (terugkomdag) unanswered. Items 1 (mededelingen), "
         "2 (Jaarplan Oefenen 2027) and 4 (rondvraag en sluiting) answer nothing.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, EXP, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
