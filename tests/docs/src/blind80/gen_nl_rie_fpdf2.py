"""Round 80 (nl): the RAPPORTAGE RISICO-INVENTARISATIE EN -EVALUATIE (RI&E, Arbeidsomstandighedenwet art. 5) of an
external arbodienst on a municipality's buitendienst and milieustraat, answered by the employer's PLAN VAN AANPAK
(a landscape table by priority, with the codes of the RI&E).

Advice: (invented) ArboKompas Noord B.V., 'Rapportage RI&E Buitendienst en milieustraat', gemeente Hoogerzand, 3 p.,
sans: a meta table, the Arbowet's 'moet' rules quoted, the 2021 plan van aanpak quoted, findings with 'zou ...
moeten', a priority key, and the recommendations ONLY in the column 'Aanbevolen maatregel' of a ruled risk table,
coded R-01 to R-07.
Response: 'Plan van aanpak RI&E 2026' (2 p., landscape): intro (nothing), 'Stand van zaken plan van aanpak 2021'
(nothing), a table in another order: R-05 agrees, R-03 agrees, ONE row 'R-01 en R-06' = R-01 agrees + R-06 noted,
R-04 disagrees, R-02 partly; 'Instemming ondernemingsraad' (nothing); R-07 unanswered.
Engine: fpdf2 (DejaVu, no text shaping, fixed creation date).

Run: /tmp/blind80nl/bin/python tests/docs/src/blind80/gen_nl_rie_fpdf2.py"""
import datetime
import os
import sys

from fpdf import FPDF
from fpdf.fonts import FontFace

sys.path.insert(0, os.path.dirname(__file__))
import _b80nl as B  # noqa: E402

NAME = "blind80_nl_rie"
DV = "/usr/share/fonts/truetype/dejavu/"
TEAL = (0, 105, 110)
GREY = (90, 90, 90)


class Doc(FPDF):
    def __init__(self, head, orientation="P"):
        super().__init__(orientation=orientation, format="A4")
        self.head = head
        self.set_creation_date(datetime.datetime(2026, 3, 20, 9, 0, 0, tzinfo=datetime.timezone.utc))
        for stl, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                       ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("sa", stl, DV + f)
        self.lm = 22
        self.tw = self.w - 2 * self.lm
        self.set_margins(self.lm, 24, self.lm)
        self.set_auto_page_break(True, 20)

    def header(self):
        self.set_xy(self.lm, 9)
        self.set_text_color(*GREY)
        self.set_font("sa", "", 7.2)
        self.cell(self.tw, 4, self.head, align="L")
        self.set_draw_color(*TEAL)
        self.line(self.lm, 14, self.w - self.lm, 14)
        self.set_text_color(0)
        self.set_y(24)

    def footer(self):
        self.set_y(-13)
        self.set_font("sa", "", 7.5)
        self.set_text_color(*GREY)
        self.cell(self.tw, 4, f"Pagina {self.page_no()} van {{nb}}", align="C")
        self.set_text_color(0)

    def para(self, t, size=9.4, style="", h=4.8, after=2.2):
        self.set_font("sa", style, size)
        self.multi_cell(self.tw, h, t, align="J", markdown=True, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def heading(self, t, size=11.5):
        self.ln(1.5)
        self.set_font("sa", "B", size)
        self.set_text_color(*TEAL)
        self.multi_cell(self.tw, 6, t, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0)
        self.ln(1)

    def grid(self, rows, widths, head=True, size=8.3, lh=4.4, fill=(214, 236, 236)):
        self.set_font("sa", "", size)
        self.set_draw_color(140, 140, 140)
        with self.table(col_widths=widths, width=sum(widths), text_align="LEFT", line_height=lh,
                        headings_style=FontFace(emphasis="BOLD", fill_color=fill), first_row_as_headings=head,
                        align="LEFT", cell_fill_mode="NONE") as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.ln(3)


ADV_ROWS = [
    ("R-01", "Hand-armtrillingen. Medewerkers groen werken met bosmaaiers en bladblazers tot zes uur per dag. De "
             "blootstelling is nooit gemeten; vier medewerkers melden tintelende vingers.",
     "Laat de dagelijkse blootstelling aan hand-armtrillingen van bosmaaiers en bladblazers meten en stel op basis "
     "daarvan een maximale gebruiksduur per medewerker vast.", "I"),
    ("R-02", "Verkeer op de milieustraat. Bezoekers lopen met afval over de rijroute van de containerwagen en de "
             "shovel. In 2025 zijn twee bijna-ongevallen gemeld.",
     "Scheid op de milieustraat de looproutes van bezoekers fysiek van de rijroute van containerwagen en shovel, "
     "bijvoorbeeld met hekwerk en een vaste oversteek.", "I"),
    ("R-03", "Gevaarlijke stoffen. Klein chemisch afval staat in een kast zonder actueel overzicht van de stoffen; "
             "veiligheidsinformatiebladen ontbreken deels.",
     "Stel een actueel register gevaarlijke stoffen op voor de opslag van klein chemisch afval en leg de "
     "veiligheidsinformatiebladen bij de opslag.", "II"),
    ("R-04", "Alleenwerken. De sluitronde over de vier begraafplaatsen wordt 's avonds door een medewerker alleen "
             "gereden, ook in de wintermaanden.",
     "Laat de avondlijke sluitronde over de begraafplaatsen voortaan door twee medewerkers rijden in plaats van "
     "door een medewerker alleen.", "II"),
    ("R-05", "Agressie en geweld. Medewerkers van de milieustraat krijgen gemiddeld twee keer per maand te maken "
             "met verbale agressie; een derde voelt zich onvoldoende toegerust.",
     "Geef alle medewerkers van de milieustraat binnen een jaar een training in het omgaan met agressie en "
     "herhaal die elke twee jaar.", "II"),
    ("R-06", "Gezondheid. Er is geen preventief medisch onderzoek; het verzuim in de buitendienst (7,9 procent) ligt "
             "boven het gemeentelijk gemiddelde.",
     "Bied alle medewerkers van de buitendienst elke drie jaar een preventief medisch onderzoek aan, gericht op "
     "rug, gehoor en huid.", "III"),
    ("R-07", "Hitte en zon. Bij zomerse temperaturen werken ploegen de hele dag buiten; zonbescherming is niet "
             "geregeld.",
     "Voer een hitteprotocol in met aangepaste werktijden bij temperaturen boven 28 graden en verstrek "
     "zonnebrandcrème en petten met nekflap.", "III"),
]


def advice():
    d = Doc("ArboKompas Noord B.V. | Rapportage RI&E gemeente Hoogerzand, Buitendienst en milieustraat | maart 2026")
    d.add_page()
    d.set_font("sa", "B", 17)
    d.set_text_color(*TEAL)
    d.multi_cell(d.tw, 8, "Rapportage risico-inventarisatie en -evaluatie (RI&E)", align="L",
                 new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.set_font("sa", "", 11)
    d.multi_cell(d.tw, 6, "Gemeente Hoogerzand - Buitendienst en milieustraat De Kolk", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.grid([["Opdrachtgever", "Gemeente Hoogerzand, afdeling Beheer Openbare Ruimte"],
            ["Locaties", "Gemeentewerf Industrieweg 14 en milieustraat De Kolk, Hoogerzand"],
            ["Medewerkers", "46 (waarvan 9 op de milieustraat)"],
            ["Inventarisatie", "3 en 10 februari 2026 (rondgang, interviews, vragenlijst: 31 respondenten)"],
            ["Uitgevoerd door", "ing. Marloes Dijkhuis, hogere veiligheidskundige (kerndeskundige)"],
            ["Rapportnummer", "AKN-2026-0219, versie 1.0, 9 maart 2026"]], (40, 126), head=False)
    d.heading("1 Aanleiding en wettelijk kader")
    d.para("Artikel 5 van de Arbeidsomstandighedenwet bepaalt dat de werkgever in een risico-inventarisatie en "
           "-evaluatie moet vastleggen welke risico's de arbeid voor de werknemers met zich brengt. Bij de RI&E "
           "moet de werkgever een plan van aanpak opstellen, waarin staat welke maatregelen worden genomen, wie "
           "daarvoor verantwoordelijk is en binnen welke termijn. Omdat de gemeente meer dan 25 werknemers heeft, "
           "moet de RI&E volgens artikel 14 van de wet worden getoetst door een gecertificeerde kerndeskundige.")
    d.para("De vorige RI&E dateert van mei 2021. Sindsdien is de milieustraat verbouwd, zijn er nieuwe accu-"
           "gereedschappen aangeschaft en is de sluitronde over de begraafplaatsen van de uitbesteding terug in "
           "eigen beheer genomen. De gemeente heeft ons daarom gevraagd de RI&E volledig te actualiseren.")
    d.heading("2 Werkwijze")
    d.para("Wij hebben de werkplekken bezocht, gesprekken gevoerd met de teamleiders, de preventiemedewerker en "
           "twee leden van de ondernemingsraad, en een vragenlijst uitgezet onder alle medewerkers. Elk risico is "
           "beoordeeld op kans en effect (methode Fine & Kinney) en ingedeeld in een prioriteit:")
    d.grid([["Prioriteit", "Betekenis", "Termijn"],
            ["I", "onaanvaardbaar risico, direct maatregelen nemen", "binnen drie maanden"],
            ["II", "verhoogd risico, maatregelen plannen", "binnen een jaar"],
            ["III", "beperkt risico, verbeteren waar redelijk", "binnen twee jaar"]], (24, 96, 46))
    d.heading("3 Belangrijkste bevindingen")
    d.para("De veiligheidscultuur in de buitendienst is over het geheel goed: medewerkers melden incidenten, "
           "persoonlijke beschermingsmiddelen zijn op orde en de werf is ordelijk. Het plan van aanpak uit 2021 is "
           "grotendeels uitgevoerd. Eén maatregel uit dat plan staat nog open; daar stond: __'Laat het gebruik van "
           "trillend gereedschap per medewerker registreren.'__ Een registratie is er nog steeds niet.")
    d.para("Op de milieustraat is de situatie sinds de verbouwing verbeterd, maar bezoekers en voertuigen delen nog "
           "steeds dezelfde ruimte. Volgens artikel 3.15 van het Arbobesluit moet een werkgever verkeersroutes zo "
           "inrichten dat voetgangers en voertuigen veilig gebruik kunnen maken van de ruimte. Medewerkers gaven "
           "aan dat de sluitronde in het donker 'eigenlijk niet alleen zou moeten'. Het verzuim in de buitendienst "
           "is in 2025 gestegen van 6,4 naar 7,9 procent, vooral door rug- en schouderklachten.")
    d.heading("4 Risico's en aanbevolen maatregelen")
    d.para("In de tabel hieronder staan de risico's die om maatregelen vragen. Risico's die voldoende beheerst "
           "zijn, zijn opgenomen in bijlage 2 (niet bijgevoegd in deze samenvatting).")
    rows = [["Code", "Risico en bevinding", "Aanbevolen maatregel", "Prio"]]
    rows += [list(r) for r in ADV_ROWS]
    d.grid(rows, (14, 70, 70, 12), size=8.2)
    d.heading("5 Conclusie en vervolg")
    d.para("De RI&E is met deze rapportage volledig en actueel. Wij beoordelen haar als getoetst in de zin van "
           "artikel 14 van de Arbeidsomstandighedenwet. De werkgever moet het plan van aanpak ter instemming aan de "
           "ondernemingsraad voorleggen (artikel 27 Wet op de ondernemingsraden). Wij bevelen aan de RI&E uiterlijk "
           "in 2030 opnieuw geheel te laten toetsen, of eerder als het werk ingrijpend verandert.")
    d.ln(2)
    d.para("Groningen, 9 maart 2026", style="I", after=0.5)
    d.para("ing. Marloes Dijkhuis, hogere veiligheidskundige, ArboKompas Noord B.V.")
    d.alias_nb_pages()
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("Gemeente Hoogerzand | Plan van aanpak RI&E Buitendienst en milieustraat 2026 | vastgesteld 28 april 2026",
            orientation="L")
    d.add_page()
    d.set_fill_color(*TEAL)
    d.rect(d.lm, 20, 4, 16, style="F")
    d.set_fill_color(255, 255, 255)
    d.set_xy(d.lm + 7, 20)
    d.set_font("sa", "B", 15)
    d.cell(d.tw - 7, 8, "Plan van aanpak RI&E 2026", new_x="LMARGIN", new_y="NEXT")
    d.set_x(d.lm + 7)
    d.set_font("sa", "", 9.5)
    d.cell(d.tw - 7, 6, "Gemeente Hoogerzand, afdeling Beheer Openbare Ruimte - bij rapport AKN-2026-0219",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.heading("Inleiding", 11)
    d.para("Dit plan van aanpak hoort bij de RI&E die ArboKompas Noord in februari 2026 voor de gemeentewerf en de "
           "milieustraat heeft uitgevoerd. Het plan is opgesteld door de afdelingsmanager met de preventiemedewerker, "
           "Gert-Jan Ottens, en op 7 april 2026 besproken in het werkoverleg van de buitendienst. Per risico staat "
           "hieronder wat wij doen, wie verantwoordelijk is en wanneer de maatregel klaar is. De volgorde is die van "
           "de urgentie zoals wij die zien, niet die van het rapport.")
    d.heading("Stand van zaken plan van aanpak 2021", 11)
    d.para("Van de elf maatregelen uit het plan van aanpak 2021 zijn er tien afgerond. De laatste open maatregel, "
           "over trillend gereedschap, is opgegaan in dit nieuwe plan. De nieuwe kleedruimte op de werf is in "
           "september 2025 in gebruik genomen.")
    d.heading("Maatregelen", 11)
    rows = [["Code", "Onderwerp", "Maatregel en standpunt werkgever", "Verantwoordelijk", "Gereed"],
            ["R-05", "Agressie milieustraat",
             "Wij nemen de aanbeveling over. Alle negen medewerkers van De Kolk volgen in september en oktober 2026 "
             "de training Omgaan met agressie van het opleidingsbureau van de regio; de herhaling wordt elke twee "
             "jaar in het opleidingsplan opgenomen.", "teamleider milieustraat", "31 oktober 2026"],
            ["R-03", "Gevaarlijke stoffen",
             "Uitgevoerd. Het register gevaarlijke stoffen is op 2 april 2026 opgesteld en hangt met de "
             "veiligheidsinformatiebladen in een map naast de chemokast.", "preventiemedewerker", "gereed"],
            ["R-01 en R-06", "Trillingen en gezondheid",
             "Een meetbureau meet in mei de trillingsblootstelling van alle bosmaaiers en bladblazers; daarna stellen "
             "wij per apparaat een maximale gebruiksduur vast en registreren wij het gebruik in de urenapp. "
             "Over een periodiek medisch onderzoek nemen wij nu geen besluit. Wij betrekken dit bij de aanbesteding "
             "van het nieuwe contract met de arbodienst, die in 2027 loopt.",
             "afdelingsmanager / HRM", "1 juli 2026 / 2027"],
            ["R-04", "Alleenwerken sluitronde",
             "Deze maatregel nemen wij niet over. Sinds 2024 draagt de medewerker van de sluitronde een "
             "persoonsalarm met valdetectie dat rechtstreeks met de meldkamer is verbonden; in twee jaar is geen "
             "incident gemeld. Een tweede medewerker voor elke ronde kost ruim 0,6 fte en staat daarom niet in "
             "verhouding tot het risico.", "-", "-"],
            ["R-02", "Verkeer milieustraat",
             "Op korte termijn brengen wij belijning, pictogrammen en twee verplaatsbare hekken aan en rijdt de "
             "shovel niet meer tijdens de openingsuren. Een vaste fysieke scheiding met hekwerk volgt pas bij de "
             "herinrichting van De Kolk in 2028, omdat de huidige indeling daar geen ruimte voor biedt.",
             "teamleider milieustraat", "1 juni 2026 / 2028"]]
    d.grid(rows, (24, 36, 130, 36, 27), size=8.4, lh=4.6)
    d.heading("Instemming ondernemingsraad", 11)
    d.para("De ondernemingsraad heeft op 21 april 2026 ingestemd met dit plan van aanpak. De voortgang wordt elk "
           "kwartaal besproken in het overleg tussen de afdelingsmanager en de preventiemedewerker en eenmaal per "
           "jaar gerapporteerd aan de ondernemingsraad.")
    d.ln(1)
    d.para("Hoogerzand, 28 april 2026 - R. (Rianne) Brouwer-Smit, afdelingsmanager Beheer Openbare Ruimte", style="I")
    d.alias_nb_pages()
    d.output(B.out(NAME + "_response.pdf"))


RECS = [
    ("R-01", "Laat de dagelijkse blootstelling aan hand-armtrillingen van bosmaaiers en bladblazers meten",
     "meet in mei de trillingsblootstelling van alle bosmaaiers", "agrees"),
    ("R-02", "Scheid op de milieustraat de looproutes van bezoekers fysiek van",
     "Een vaste fysieke scheiding met hekwerk volgt pas", "partly"),
    ("R-03", "Stel een actueel register gevaarlijke stoffen op voor de opslag",
     "Het register gevaarlijke stoffen is op 2 april 2026 opgesteld", "agrees"),
    ("R-04", "Laat de avondlijke sluitronde over de begraafplaatsen voortaan door twee medewerkers",
     "Deze maatregel nemen wij niet over", "disagrees"),
    ("R-05", "Geef alle medewerkers van de milieustraat binnen een jaar een training",
     "de training Omgaan met agressie van het opleidingsbureau", "agrees"),
    ("R-06", "Bied alle medewerkers van de buitendienst elke drie jaar een preventief",
     "Over een periodiek medisch onderzoek nemen wij nu geen besluit", "noted", ["disagrees"]),
    ("R-07", "Voer een hitteprotocol in met aangepaste werktijden bij temperaturen boven",
     None, "unanswered"),
]
UNMATCHED = [
    "op 7 april 2026 besproken in het werkoverleg van de buitendienst",
    "Van de elf maatregelen uit het plan van aanpak 2021",
    "De ondernemingsraad heeft op 21 april 2026 ingestemd",
]
NOTES = ("RAPPORTAGE RI&E (risico-inventarisatie en -evaluatie, Arbeidsomstandighedenwet art. 5) of an external "
         "arbodienst on a municipality's buitendienst and milieustraat, answered by the employer's PLAN VAN AANPAK. "
         "ArboKompas Noord, Hoogerzand, all people and figures are invented. Recommendations ONLY in the column "
         "'Aanbevolen maatregel' of a ruled table (Code | Risico en bevinding | Aanbevolen maatregel | Prio), codes "
         "R-01 to R-07; the findings column opens each row. Traps: a meta table; Arbowet art. 5 and 14 and Arbobesluit "
         "art. 3.15 as 'moet' rules; a priority key table; the 2021 plan van aanpak quoted ('Laat het gebruik van "
         "trillend gereedschap per medewerker registreren.'); 'zou eigenlijk niet alleen moeten' from interviews; "
         "'Wij bevelen aan de RI&E uiterlijk in 2030 opnieuw geheel te laten toetsen' in the conclusion (a "
         "procedural remark, not in the table and not answered). Plan van aanpak (landscape) in another order: "
         "Inleiding (nothing); 'Stand van zaken plan van aanpak 2021' (nothing); table rows R-05 agrees (training "
         "planned), R-03 agrees (done), ONE row 'R-01 en R-06' = R-01 agrees (measurement in May) + R-06 noted (no "
         "decision now, taken into the 2027 tender; also disagrees), R-04 disagrees ('niet over', personal alarm), "
         "R-02 partly (markings now, physical separation only in 2028); 'Instemming ondernemingsraad' (nothing); "
         "R-07 (hitteprotocol) unanswered.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
