"""Round 98 (nl): the JAARVERSLAG KLACHTBEHANDELING of a Dutch municipality's KLACHTENFUNCTIONARIS (Awb hoofdstuk 9),
answered by an internal MEMO of the gemeentesecretaris to the college (Aan / Van / Datum / Onderwerp, subject
headings, paraphrase only, no numbers).

Advice (fpdf2, sans, teal top rule, running head from p. 2, 'blad n van m'): Awb art. 9:5, 9:8, 9:11 'moet',
a table of complaints per afdeling, 'Bevinding' paragraphs, the Nationale ombudsman quoted, last year's advice quoted
as an imperative; the recommendations UNNUMBERED ARROW BULLETS (infinitive clauses) indented after 'De
klachtenfunctionaris beveelt het college en de directie aan:'. Response: memo, order training, informal
approach + coordinators, second line, confirmation, B1 text; registration unanswered. All invented.

Run: /tmp/blind98nl/bin/python tests/docs/src/blind98/gen_nl_klachten_fpdf2.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b98nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind98_nl_klachten"
F = B.tmp_fonts()
TEAL = (0, 110, 120)


class Doc(FPDF):
    def __init__(self, head, rule):
        super().__init__(format="A4")
        self.head, self.rule = head, rule
        self.add_font("S", "", F["Regular"])
        self.add_font("S", "B", F["Bold"])
        self.add_font("S", "I", F["Italic"])
        self.set_margins(22, 22, 22)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages()

    def header(self):
        if self.rule:
            self.set_fill_color(*TEAL)
            self.rect(0, 0, 210, 4, "F")
        if self.page_no() > 1:
            self.set_font("S", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.set_xy(22, 9)
            self.cell(0, 4, self.head)
            self.set_text_color(0, 0, 0)
            self.set_y(22)

    def footer(self):
        self.set_y(-14)
        self.set_font("S", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "blad %d van {nb}" % self.page_no(), align="R")
        self.set_text_color(0, 0, 0)

    def h1(self, t):
        self.set_font("S", "B", 15)
        self.set_text_color(*TEAL)
        self.multi_cell(0, 7, t)
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def h2(self, t):
        self.ln(2)
        self.set_font("S", "B", 11)
        self.set_text_color(*TEAL)
        self.multi_cell(0, 6, t)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def para(self, t, size=9.5, style=""):
        self.set_font("S", style, size)
        self.multi_cell(0, 5, t, markdown=True)
        self.ln(2)


# ---------------------------------------------------------------- advice
d = Doc("Gemeente Waterlanden - Jaarverslag klachtbehandeling 2025", True)
d.add_page()
d.para("Gemeente Waterlanden - Klachtenfunctionaris", 8.5)
d.h1("Jaarverslag klachtbehandeling 2025")
d.para("Aangeboden aan het college van burgemeester en wethouders en de directie op 17 maart 2026 - "
       "mr. Esther Kooijman, klachtenfunctionaris", 8.5)
d.h2("1. Inleiding")
d.para("Dit is het zesde jaarverslag over de behandeling van klachten door de gemeente Waterlanden. Artikel 9:12a "
       "van de Algemene wet bestuursrecht vraagt het bestuursorgaan de ingediende klachten jaarlijks te publiceren. "
       "Dit verslag beschrijft hoeveel klachten we ontvingen, hoe ze zijn afgehandeld en wat we ervan kunnen leren.")
d.h2("2. Cijfers")
rows = [("Afdeling", "2024", "2025", "Binnen termijn"), ("Burgerzaken en KCC", "58", "71", "89%"),
        ("Belastingen", "34", "29", "93%"), ("Openbare ruimte", "77", "102", "71%"),
        ("Sociaal domein", "45", "53", "64%"), ("Vergunningen", "19", "24", "79%"), ("Totaal", "233", "279", "77%")]
d.set_font("S", "", 8.5)
with d.table(col_widths=(70, 25, 25, 35), text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
             width=155, align="LEFT") as t:
    for i, r in enumerate(rows):
        row = t.row()
        for c in r:
            row.cell(c)
d.ln(3)
d.para("**Bevinding 1.** Het aantal klachten steeg met 20 procent, vooral bij Openbare ruimte (afvalinzameling na "
       "de invoering van diftar) en het Sociaal domein. Artikel 9:11 Awb bepaalt dat het bestuursorgaan een klacht "
       "binnen zes weken moet afhandelen; bij het Sociaal domein lukte dat in ruim een derde van de gevallen niet.")
d.para("**Bevinding 2.** Klachten die eerst telefonisch werden besproken, werden in 82 procent van de gevallen "
       "naar tevredenheid opgelost zonder formele procedure. Alleen Burgerzaken werkt structureel zo.")
d.para("**Bevinding 3.** De ontvangstbevestiging (artikel 9:6 Awb) ging gemiddeld na 6,4 werkdagen de deur uit. "
       "Klagers bellen daardoor vaak opnieuw om te vragen of hun klacht is aangekomen.")
d.para("**Bevinding 4.** De registratie gebeurt in een Excel-bestand per afdeling. Daardoor is niet te zien welke "
       "klachten over meer afdelingen gaan en wordt er niet structureel van geleerd.")
d.h2("3. Tweede lijn")
d.para("Een klager die niet tevreden is, kan naar de Nationale ombudsman. In 2025 deden elf inwoners dat. De "
       "ombudsman schreef in zijn brief van 4 november 2025 dat 'de gemeente moet zorgen dat klagers in de eerste "
       "lijn echt gehoord worden'. Verschillende gemeenten in de regio hebben inmiddels een eigen "
       "ombudscommissie; Waterlanden is bij de Nationale ombudsman aangesloten.")
d.para("In het vorige jaarverslag stelde ik voor: 'Zorg dat elke afdeling de klachttermijnen bewaakt.' Het "
       "managementteam besprak dat voorstel in juni 2025, maar een vaste bewaking is er nog niet.")
d.h2("4. Aanbevelingen")
d.para("Op basis van deze bevindingen beveelt de klachtenfunctionaris het college en de directie aan:")
recs = [
    "de ontvangst van elke klacht binnen twee werkdagen schriftelijk te bevestigen, met de naam van de behandelaar;",
    "bij alle afdelingen een klacht eerst telefonisch op te pakken, zoals Burgerzaken dat al doet;",
    "in elke afdeling een klachtcoördinator aan te wijzen die de termijnen bewaakt;",
    "de klachtregistratie onder te brengen in het zaaksysteem en elk kwartaal aan het managementteam te rapporteren;",
    "medewerkers van het Klant Contact Centrum een training de-escalatie en omgaan met boosheid te geven;",
    "de klachtenregeling en het klachtformulier in eenvoudige taal (B1) te herschrijven, op de website en op papier;",
    "te onderzoeken of aansluiting bij een regionale ombudscommissie de tweede lijn dichter bij de inwoner brengt.",
]
d.set_fill_color(226, 240, 241)
d.set_font("S", "", 9.5)
d.set_x(26)
for r in recs:
    d.set_x(26)
    d.set_text_color(*TEAL)
    d.cell(6, 5, ">")
    d.set_text_color(0, 0, 0)
    d.multi_cell(150, 5, r)
    d.ln(1)
d.ln(1)
d.h2("5. Tot slot")
d.para("Ik dank de behandelaars en de afdelingshoofden voor hun medewerking. Klachten zijn gratis advies: wie ze "
       "serieus neemt, maakt de dienstverlening beter. Ik bespreek dit verslag graag met het college en met de "
       "raadscommissie Bestuur.")
d.para("Waterlanden, 17 maart 2026 - mr. Esther Kooijman", 8.5)
d.output(B.out(NAME + "_advice.pdf"))

# ---------------------------------------------------------------- response
m = Doc("Memo reactie jaarverslag klachtbehandeling 2025", False)
m.add_page()
m.h1("MEMO")
m.set_font("S", "", 9.5)
for k, v in (("Aan", "college van burgemeester en wethouders"), ("Van", "Marleen Heijboer, gemeentesecretaris"),
             ("Datum", "14 april 2026"), ("Kenmerk", "INT-26-00412"),
             ("Onderwerp", "reactie directie op het jaarverslag klachtbehandeling 2025")):
    m.set_font("S", "B", 9.5)
    m.cell(30, 6, k)
    m.set_font("S", "", 9.5)
    m.cell(0, 6, v, new_x="LMARGIN", new_y="NEXT")
m.set_draw_color(*TEAL)
m.line(22, m.get_y() + 2, 188, m.get_y() + 2)
m.ln(6)
m.para("In deze memo leest u hoe de directie reageert op het jaarverslag van de klachtenfunctionaris. We stellen "
       "voor dat het college deze reactie samen met het jaarverslag ter kennisname aan de raad stuurt.")
m.h2("Training voor het KCC")
m.para("Dit nemen we over. Alle medewerkers van het KCC volgen in mei en juni 2026 de training 'Rustig blijven aan "
       "de balie en de telefoon'; het budget komt uit het opleidingsplan.")
m.h2("Informele aanpak en coördinatoren")
m.para("De directie ziet de meerwaarde van de telefonische aanpak. Vanaf 1 juli 2026 bellen ook het Sociaal "
       "domein en Openbare ruimte de klager binnen drie dagen; bij Belastingen en Vergunningen volgt dat niet dit "
       "jaar, omdat de bezetting daar te krap is. Een coördinator per afdeling vinden we niet nodig: de "
       "klachtenfunctionaris bewaakt de termijnen al centraal, en extra rollen maken de organisatie niet "
       "wendbaarder.")
m.h2("Tweede lijn")
m.para("Het idee van een regionale ombudscommissie nemen we mee in het overleg van de gemeentesecretarissen "
       "in de regio dit najaar. Een standpunt hebben we nog niet; we komen daarop terug.")
m.h2("Ontvangstbevestiging")
m.para("Sinds 1 februari 2026 verstuurt het systeem automatisch binnen twee werkdagen een bevestiging met de "
       "naam van de behandelaar. Dit is dus al geregeld.")
m.h2("Eenvoudige taal")
m.para("De tekst op de website wordt voor de zomer herschreven op taalniveau B1. Een papieren folder laten we "
       "voorlopig achterwege: bijna alle klachten komen digitaal of telefonisch binnen.")
m.h2("Diftar en afvalinzameling")
m.para("Los van het jaarverslag: de piek in klachten over de afvalinzameling is in het eerste kwartaal van 2026 "
       "gehalveerd, na de extra ophaalronde in januari.")
m.h2("Voorstel")
m.para("Wij stellen het college voor de reactie vast te stellen en samen met het jaarverslag via een "
       "raadsinformatiebrief aan de raad aan te bieden.")
m.output(B.out(NAME + "_response.pdf"))

B.write_expected(NAME, [
    (1, "de ontvangst van elke klacht binnen twee werkdagen schriftelijk te bevestigen",
     "verstuurt het systeem automatisch binnen twee werkdagen een bevestiging", "agrees"),
    (2, "bij alle afdelingen een klacht eerst telefonisch op te pakken",
     "bellen ook het Sociaal domein en Openbare ruimte de klager", "partly"),
    (3, "in elke afdeling een klachtcoördinator aan te wijzen die de termijnen bewaakt",
     "Een coördinator per afdeling vinden we niet nodig", "disagrees"),
    (4, "de klachtregistratie onder te brengen in het zaaksysteem en elk", None, "unanswered"),
    (5, "medewerkers van het Klant Contact Centrum een training de-escalatie",
     "Alle medewerkers van het KCC volgen in mei en juni", "agrees"),
    (6, "de klachtenregeling en het klachtformulier in eenvoudige taal (B1) te herschrijven",
     "wordt voor de zomer herschreven op taalniveau B1", "partly"),
    (7, "te onderzoeken of aansluiting bij een regionale ombudscommissie de tweede lijn",
     "nemen we mee in het overleg van de gemeentesecretarissen", "noted"),
], ["stellen voor dat het college deze reactie samen met het jaarverslag",
    "de piek in klachten over de afvalinzameling is",
    "Wij stellen het college voor de reactie vast te stellen"],
    "Dutch klachtenfunctionaris's jaarverslag 2025 (fpdf2, teal top rule, running head, 'blad n van m'); traps: Awb "
    "art. 9:12a, 9:11 'moet', 9:6, a complaints table, Bevinding 1-4, the Nationale ombudsman quoted with 'moet', last "
    "year's proposal quoted as an imperative ('Zorg dat ...'), a closing 'Tot slot'; recommendations UNNUMBERED '>' "
    "BULLETS (infinitive clauses) after 'beveelt ... aan:' indented. Response: internal memo of the "
    "gemeentesecretaris with subject headings, NO numbers, order 5, 2+3, 7, 1, 6; 'Informele aanpak en "
    "coördinatoren' = 2 partly (two departments, not all) + 3 disagrees (no coordinators); 5 agrees; 7 noted (regional "
    "overleg, no standpunt); 1 agrees (done since 1 February); 6 partly (website yes, paper no); 4 (zaaksysteem "
    "registration) unanswered. Opening, 'Diftar en afvalinzameling' and 'Voorstel' answer nothing.")
print("written", NAME)
