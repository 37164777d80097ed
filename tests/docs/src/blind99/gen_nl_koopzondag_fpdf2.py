"""Round 99 (nl): the EVALUATIE WINKELTIJDENBELEID (Sunday trading, koopzondagen) of a Dutch municipality by a research
bureau, answered by the college's RAADSVOORSTEL (Onderwerp, Beslispunten, Inleiding, Argumenten with bold
run-ins, Kanttekeningen, Financiën) that replies by subject only, no numbers.

Advice (fpdf2, sans, navy rule and grey header line from p. 2, 'Pagina n'): Winkeltijdenwet art. 3 'moet', the
Winkeltijdenverordening art. 4 and 6, a table of visitor counts, NUMBERED CONCLUSIONS 1-5 in chapter 4, a
2019 council motion quoted with 'moet'; the recommendations a NUMBERED LIST 1)-7) in chapter 5.
Response: raadsvoorstel, order 5, 2+3, 6, 1, 4; 7 unanswered. All invented.

Run: /tmp/blind99nl/bin/python tests/docs/src/blind99/gen_nl_koopzondag_fpdf2.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b99nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind99_nl_koopzondag"
F = B.tmp_fonts()
NAVY = (25, 45, 95)


class Doc(FPDF):
    def __init__(self, head):
        super().__init__(format="A4")
        self.head = head
        self.add_font("S", "", F["Regular"])
        self.add_font("S", "B", F["Bold"])
        self.add_font("S", "I", F["Italic"])
        self.set_margins(24, 24, 24)
        self.set_auto_page_break(True, 22)
        self.add_page()

    def multi_cell(self, *args, **kw):
        kw.setdefault("new_x", "LMARGIN")
        kw.setdefault("new_y", "NEXT")
        return super().multi_cell(*args, **kw)

    def header(self):
        self.set_draw_color(*NAVY)
        self.set_line_width(0.8)
        self.line(24, 14, 186, 14)
        if self.page_no() > 1:
            self.set_font("S", "", 7.5)
            self.set_text_color(100, 100, 100)
            self.set_xy(24, 9)
            self.cell(0, 4, self.head)
            self.set_text_color(0, 0, 0)
        self.set_y(24)

    def footer(self):
        self.set_y(-15)
        self.set_font("S", "", 7.5)
        self.cell(0, 4, "Pagina %d" % self.page_no(), align="C")

    def h1(self, t):
        self.set_font("S", "B", 15)
        self.set_text_color(*NAVY)
        self.multi_cell(0, 7, t)
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def h2(self, t):
        self.ln(1.5)
        self.set_font("S", "B", 11)
        self.set_text_color(*NAVY)
        self.multi_cell(0, 6, t)
        self.set_text_color(0, 0, 0)
        self.ln(0.5)

    def p(self, t, size=9.6, style=""):
        self.set_font("S", style, size)
        self.multi_cell(0, 5, t, markdown=True)
        self.ln(1.8)

    def item(self, lab, t, ind=9):
        self.set_font("S", "", 9.6)
        x = self.get_x()
        self.cell(ind, 5, lab)
        self.multi_cell(0, 5, t, markdown=True)
        self.set_x(x)
        self.ln(1.5)


a = Doc("Evaluatie winkeltijdenbeleid Maasdonk 2026 - Bureau Stadsritme")
a.set_font("S", "", 8.5)
a.multi_cell(0, 4.5, "Bureau Stadsritme - onderzoek naar binnensteden en retail\nIn opdracht van de gemeente Maasdonk - "
             "rapport SR-26-031 - februari 2026")
a.ln(4)
a.h1("Zondag open? Evaluatie van het winkeltijdenbeleid van de gemeente Maasdonk")
a.h2("1. Aanleiding")
a.p("In 2021 verruimde de gemeenteraad van Maasdonk de zondagsopenstelling van winkels. Sindsdien mogen winkels "
    "in het centrum op twintig zondagen per jaar open en hebben supermarkten een vrijstelling voor alle zondagen "
    "vanaf 12.00 uur. Bij de vaststelling zegde het college toe het beleid na vier jaar te laten evalueren. "
    "Bureau Stadsritme voerde die evaluatie uit tussen oktober 2025 en januari 2026.")
a.h2("2. Wettelijk kader")
a.p("De Winkeltijdenwet verbiedt openstelling op zondag, tenzij de gemeenteraad bij verordening anders bepaalt. "
    "Volgens artikel 3 van de wet moet de raad daarbij rekening houden met de zondagsrust. De "
    "Winkeltijdenverordening Maasdonk 2021 regelt in artikel 4 de koopzondagen en in artikel 6 de ontheffing "
    "voor winkels met een toeristische functie.")
a.h2("3. Onderzoek")
a.p("Wij spraken met 46 ondernemers, 12 medewerkers, de ondernemersvereniging Centrum Maasdonk, twee kerken en "
    "de wijkagent. Daarnaast gebruikten wij passantentellingen en een enquête onder 610 inwoners.")
a.set_font("S", "B", 8.4)
with a.table(col_widths=(40, 40, 40, 40), text_align="LEFT", line_height=5) as t:
    for row in (("Zondag", "Passanten 2019", "Passanten 2025", "Verschil"),
                ("Koopzondag", "4.100", "5.350", "+30%"), ("Gewone zondag", "1.200", "1.150", "-4%"),
                ("Zaterdag (ter vergelijking)", "9.800", "9.100", "-7%")):
        r = t.row()
        for c in row:
            r.cell(c)
        a.set_font("S", "", 8.4)
a.ln(3)
a.h2("4. Conclusies")
a.item("1.", "Koopzondagen trekken vooral bezoekers uit de regio; inwoners zelf waarderen ze matig (5,9).")
a.item("2.", "De opbrengst per koopzondag daalt: na de twaalfde koopzondag is nauwelijks extra omzet te zien.")
a.item("3.", "Kleine zelfstandigen voelen zich verplicht open te gaan als de grote ketens open zijn.")
a.item("4.", "De ochtendopenstelling in de kernen Oudeland en Veerhaven leidt tot klachten over de zondagsrust.")
a.item("5.", "De handhaving is beperkt: in 2025 vond op koopzondagen geen enkele controle plaats.")
a.p("In de motie 'Zondag blijft zondag' (2019) stelde de raad al: 'Het college moet de gevolgen voor de "
    "zondagsrust jaarlijks in beeld brengen.' Dat is tot nu toe niet gebeurd.")
a.h2("5. Aanbevelingen")
a.p("Op grond van deze conclusies doen wij de gemeente de volgende aanbevelingen:")
a.item("1)", "Beperk het aantal koopzondagen in het centrum tot twaalf per jaar en leg de data een jaar "
       "vooraf vast.")
a.item("2)", "Schaf de ochtendopenstelling in Oudeland en Veerhaven af, zodat winkels daar op zondag pas om "
       "12.00 uur open mogen.")
a.item("3)", "Evalueer het beleid voortaan elk jaar samen met de ondernemersvereniging, de kerken en "
       "vertegenwoordigers van het winkelpersoneel.")
a.item("4)", "Verruim de ontheffing van artikel 6 voor winkels in het havengebied tijdens het "
       "watersportseizoen.")
a.item("5)", "Plan op iedere koopzondag ten minste twee controles door de boa's van het team Handhaving.")
a.item("6)", "Beperk de vrijstelling voor supermarkten tot de openingstijden van 12.00 tot 18.00 uur.")
a.item("7)", "Laat de effecten op kleine zelfstandigen in 2028 opnieuw onderzoeken, met aandacht voor "
       "personeelskosten.")
a.h2("6. Verantwoording")
a.p("Dit onderzoek werd begeleid door een klankbordgroep met twee raadsleden. Het concept is op 20 januari 2026 "
    "met de ambtelijke organisatie besproken op feitelijke juistheid. De conclusies en aanbevelingen zijn voor "
    "rekening van Bureau Stadsritme.", size=8.6)
a.output(B.out(NAME + "_advice.pdf"))

r = Doc("Raadsvoorstel RV-2026-044 Winkeltijdenverordening")
r.set_font("S", "B", 9)
r.multi_cell(0, 5, "Gemeente Maasdonk - raadsvoorstel")
r.set_font("S", "", 8.6)
r.multi_cell(0, 4.6, "Nummer: RV-2026-044\nRaadsvergadering: 9 juni 2026\nPortefeuillehouder: wethouder E. Brinkman "
             "(Economie)\nOnderwerp: wijziging Winkeltijdenverordening Maasdonk naar aanleiding van de evaluatie")
r.ln(3)
r.h2("Beslispunten")
r.p("1. De Winkeltijdenverordening Maasdonk 2026 vast te stellen.\n2. Kennis te nemen van het rapport 'Zondag "
    "open?' van Bureau Stadsritme.")
r.h2("Inleiding")
r.p("Bij de verruiming van de winkeltijden in 2021 is afgesproken het beleid na vier jaar te evalueren. Die "
    "evaluatie ligt nu voor. Hieronder leest u per onderwerp hoe het college met de uitkomsten omgaat.")
r.h2("Argumenten")
r.p("**Handhaving op koopzondagen.** Het team Handhaving is hier al mee aan de slag: sinds maart 2026 staan "
    "er op elke koopzondag twee boa's ingeroosterd voor controles in het centrum.")
r.p("**Openingstijden in de kernen en jaarlijkse evaluatie.** De ondernemers in Oudeland en Veerhaven zijn "
    "voor hun omzet sterk afhankelijk van dagjesmensen op zondagochtend. Het college wil de ochtendopenstelling "
    "in de kernen daarom handhaven. Het college neemt wel over dat het beleid elk jaar wordt besproken met "
    "ondernemers, kerken en personeel; het eerste overleg is gepland in januari 2027.")
r.p("**Supermarkten.** Het college stelt voor de vrijstelling voor supermarkten te beperken tot 18.00 uur, maar "
    "de openingstijd van 10.00 uur te laten staan, omdat klanten daar nu op rekenen.")
r.p("**Aantal koopzondagen.** Het college erkent dat de opbrengst van de laatste koopzondagen tegenvalt. Het "
    "stelt voor het aantal terug te brengen van twintig naar zestien, en niet naar twaalf, zodat de "
    "evenementenzondagen behouden blijven.")
r.p("**Havengebied.** De wens om de ontheffing in het havengebied te verruimen nemen wij mee bij de "
    "uitwerking van de visie op de haven, die eind 2026 aan uw raad wordt voorgelegd. Een besluit daarover "
    "laten wij tot dan rusten.")
r.h2("Kanttekeningen")
r.p("De Stichting Zondagsrust Maasdonk heeft laten weten dat zij elke uitbreiding van de winkeltijden "
    "afwijst. Het voorstel gaat niet verder dan het huidige beleid.")
r.h2("Financiën")
r.p("De extra inzet van handhavers wordt gedekt uit het bestaande budget van het team Handhaving. Er zijn "
    "geen verdere financiële gevolgen.")
r.h2("Communicatie")
r.p("Na vaststelling wordt de verordening gepubliceerd in het Gemeenteblad en ontvangen alle ondernemers een "
    "brief met de nieuwe data van de koopzondagen.")
r.p("Burgemeester en wethouders van Maasdonk,\nde secretaris, drs. H. Vos - de burgemeester, mr. A. "
    "Koenraads", size=8.8)
r.output(B.out(NAME + "_response.pdf"))

B.write_expected(NAME, [
    (1, "Beperk het aantal koopzondagen in het centrum tot twaalf per jaar",
     "het aantal terug te brengen van twintig naar zestien", "partly"),
    (2, "Schaf de ochtendopenstelling in Oudeland en Veerhaven af",
     "wil de ochtendopenstelling in de kernen daarom handhaven", "disagrees"),
    (3, "Evalueer het beleid voortaan elk jaar samen met de ondernemersvereniging",
     "het eerste overleg is gepland in januari 2027", "agrees"),
    (4, "Verruim de ontheffing van artikel 6 voor winkels in het havengebied",
     "Een besluit daarover laten wij tot dan rusten", "noted"),
    (5, "Plan op iedere koopzondag ten minste twee controles door de boa's",
     "er op elke koopzondag twee boa's ingeroosterd voor controles", "agrees"),
    (6, "Beperk de vrijstelling voor supermarkten tot de openingstijden van 12.00",
     "de openingstijd van 10.00 uur te laten staan", "partly"),
    (7, "Laat de effecten op kleine zelfstandigen in 2028 opnieuw onderzoeken", None, "unanswered"),
], ["Hieronder leest u per onderwerp hoe het college met de uitkomsten omgaat",
    "Stichting Zondagsrust Maasdonk heeft laten weten dat zij elke uitbreiding",
    "ontvangen alle ondernemers een brief met de nieuwe data"],
    "Dutch evaluation of a municipality's Sunday-trading policy by a research bureau (fpdf2, navy rule, running head "
    "from p. 2, 'Pagina n'); traps: Winkeltijdenwet art. 3 'moet', verordening art. 4 and 6, a visitor table, "
    "NUMBERED CONCLUSIONS 1.-5. in chapter 4, the 2019 motion quoted with 'moet', a Verantwoording after the "
    "recommendations; recommendations a NUMBERED LIST 1)-7) in chapter 5. Response: RAADSVOORSTEL with numbered "
    "Beslispunten (trap), Argumenten by bold subject run-ins, NO recommendation numbers; order 5, 2+3, 6, 1, 4; "
    "'Openingstijden in de kernen en jaarlijkse evaluatie' = 2 disagrees (morning opening kept) + 3 agrees (yearly "
    "overleg from January 2027); 5 agrees (done since March); 6 partly (until 18.00 but from 10.00); 1 partly "
    "(sixteen, not twelve); 4 noted (waits for the havenvisie); 7 (small businesses 2028) unanswered. Inleiding, "
    "Kanttekeningen and Communicatie answer nothing (Financiën mentions handhavers; it is not listed).")
