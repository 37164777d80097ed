"""Round 25 (nl): Inspectie van het Onderwijs, vierjaarlijks onderzoek bestuur en scholen, with
herstelopdrachten in framed boxes and unnumbered 'Wij raden het bestuur aan' bullets; the board's
reaction letter with a plan-of-action table. Engine: fpdf2."""
import os
import sys

from fpdf import FPDF

sys.path.insert(0, os.path.dirname(__file__))
import _b25nl as B  # noqa: E402

NAME = "blind25_nl_inspectie_school"
FD = "/usr/share/fonts/truetype/liberation/"


class Doc(FPDF):
    def __init__(self, head, foot):
        super().__init__(format="A4")
        self.head, self.foot = head, foot
        self.set_margins(25, 25, 25)
        self.set_auto_page_break(True, 25)
        self.add_font("L", "", FD + "LiberationSans-Regular.ttf")
        self.add_font("L", "B", FD + "LiberationSans-Bold.ttf")
        self.add_font("L", "I", FD + "LiberationSans-Italic.ttf")
        self.set_title(head)
        self.set_creator("fpdf2")

    def header(self):
        if self.head and self.page_no() > 1:
            self.set_font("L", "", 8)
            self.set_text_color(90, 90, 90)
            self.set_xy(25, 12)
            self.cell(0, 5, self.head, align="L")
            self.line(25, 18, 185, 18)
            self.set_text_color(0, 0, 0)
            self.set_y(25)

    def footer(self):
        self.set_y(-17)
        self.set_font("L", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(80, 5, self.foot, align="L")
        self.cell(0, 5, f"Pagina {self.page_no()} van {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def hd(self, text, size=13):
        self.ln(3)
        self.set_font("L", "B", size)
        self.multi_cell(0, 6.5, text)
        self.ln(1.5)

    def p(self, text, size=10.5, style=""):
        self.set_font("L", style, size)
        self.multi_cell(0, 5.4, text, markdown=True)
        self.ln(2.2)

    def bullets(self, items, mark="-"):
        self.set_font("L", "", 10.5)
        for it in items:
            x = self.get_x()
            self.cell(6, 5.4, mark)
            self.multi_cell(0, 5.4, it, markdown=True)
            self.set_x(x)
            self.ln(1.2)
        self.ln(1.2)

    def box(self, title, text, extra):
        self.ln(1)
        w = 160 - 8
        parts = [("B", 10.5, 6.0, title), ("", 10.5, 5.4, text), ("I", 9.5, 5.2, extra)]
        hs = []
        for st, sz, lh, t in parts:
            self.set_font("L", st, sz)
            hs.append(self.multi_cell(w, lh, t, dry_run=True, output="HEIGHT"))
        total = sum(hs) + 8
        if self.get_y() + total > 272:
            self.add_page()
        y0 = self.get_y()
        self.set_fill_color(232, 240, 247)
        self.set_draw_color(40, 90, 140)
        self.rect(25, y0, 160, total, style="DF")
        self.set_y(y0 + 3)
        for st, sz, lh, t in parts:
            self.set_font("L", st, sz)
            self.set_x(29)
            self.multi_cell(w, lh, t)
            self.ln(0.6)
        self.set_draw_color(0, 0, 0)
        self.set_y(y0 + total + 4)

    def tab(self, widths, rows, head=True, size=9.5):
        self.set_font("L", "", size)
        with self.table(col_widths=widths, text_align="LEFT", line_height=5,
                        first_row_as_headings=head,
                        padding=1.5) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.ln(3)


def fn_mark(pdf, n):
    return f"{n})"


def advice():
    pdf = Doc("Inspectie van het Onderwijs | Vierjaarlijks onderzoek Stichting Lindewaard",
              "Rapport van bevindingen, 14 oktober 2025")
    pdf.set_title("Vierjaarlijks onderzoek bestuur en scholen - Stichting Lindewaard")
    pdf.add_page()
    pdf.set_font("L", "B", 9)
    pdf.set_text_color(40, 90, 140)
    pdf.cell(0, 5, "Inspectie van het Onderwijs", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("L", "", 9)
    pdf.cell(0, 5, "Ministerie van Onderwijs, Cultuur en Wetenschap", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.set_font("L", "B", 20)
    pdf.multi_cell(0, 9, "Rapport van bevindingen\nOnderzoek bij het bestuur en de scholen")
    pdf.ln(3)
    pdf.set_font("L", "", 12)
    pdf.multi_cell(0, 6, "Stichting Openbaar Primair Onderwijs Lindewaard\nVierjaarlijks onderzoek")
    pdf.ln(6)
    pdf.tab([45, 115], [
        ["Bestuursnummer", "41872"],
        ["Onderzochte scholen", "OBS De Wilgenhoek (07XK), OBS 't Ankertje (11QB)"],
        ["Datum onderzoek", "2 september tot en met 25 september 2025"],
        ["Datum vaststelling", "14 oktober 2025"],
        ["Kenmerk", "4081236/BES/PO"],
    ], head=False)
    pdf.hd("Samenvatting")
    pdf.p("Stichting Openbaar Primair Onderwijs Lindewaard (hierna: Lindewaard) is het bestuur van zeven "
          "openbare basisscholen in drie gemeenten. Ongeveer 1.850 leerlingen volgen onderwijs op een van deze "
          "scholen. In september 2025 hebben wij onderzocht of het bestuur voldoende zicht heeft op de kwaliteit "
          "van het onderwijs en of het daarop stuurt. Daarnaast hebben wij twee scholen bezocht.")
    pdf.p("**Wat gaat goed?** Het bestuur heeft een heldere koers, die door de directeuren wordt gedragen. De "
          "financiële positie is gezond. Op OBS 't Ankertje krijgen leerlingen goed onderwijs; het pedagogisch "
          "klimaat is daar zelfs een sterk punt.")
    pdf.p("**Wat moet beter?** Het stelsel van kwaliteitszorg van het bestuur voldoet niet: het bestuur ziet te "
          "laat dat de kwaliteit op een school terugloopt. Op OBS De Wilgenhoek voldoen de standaarden Veiligheid "
          "en Didactisch handelen niet. Het bestuur krijgt daarom drie herstelopdrachten (zie hoofdstuk 4). Ook "
          "geven wij het bestuur enkele aanbevelingen mee.")
    pdf.p("**Wat gaat de inspectie doen?** Wij voeren uiterlijk in november 2026 een herstelonderzoek uit bij het "
          "bestuur en bij OBS De Wilgenhoek.")

    pdf.add_page()
    pdf.hd("1. Opzet en werkwijze van het onderzoek")
    pdf.p("In het vierjaarlijks onderzoek staan drie vragen centraal:")
    pdf.bullets(["Heeft het bestuur voldoende zicht op de onderwijskwaliteit van zijn scholen, en stuurt het "
                 "daarop?",
                 "Voldoet de onderwijskwaliteit op de bezochte scholen aan de wettelijke eisen?",
                 "Is het financieel beheer van het bestuur op orde?"], mark="1.")
    pdf.p("Wij hebben gesproken met het college van bestuur, de raad van toezicht, de gemeenschappelijke "
          "medezeggenschapsraad, directeuren, intern begeleiders, leraren en leerlingen. Op beide scholen hebben "
          "wij lessen bezocht, deels samen met de directeur. Wij hebben daarbij het onderzoekskader 2021 voor het "
          "primair onderwijs gebruikt.¹ In tabel 1 staan de oordelen op de standaarden die wij hebben onderzocht.")
    pdf.set_font("L", "B", 9.5)
    pdf.cell(0, 6, "Tabel 1. Oordelen per standaard", new_x="LMARGIN", new_y="NEXT")
    pdf.tab([20, 70, 70], [
        ["Code", "Standaard", "Oordeel"],
        ["KA1", "Kwaliteitszorg (bestuur)", "Onvoldoende"],
        ["KA2", "Kwaliteitscultuur (bestuur)", "Voldoende"],
        ["KA3", "Verantwoording en dialoog (bestuur)", "Voldoende"],
        ["FB1", "Continuïteit (bestuur)", "Voldoende"],
        ["SK1", "Veiligheid (OBS De Wilgenhoek)", "Voldoet niet"],
        ["OP3", "Didactisch handelen (OBS De Wilgenhoek)", "Onvoldoende"],
        ["SK2", "Pedagogisch klimaat (OBS 't Ankertje)", "Goed"],
    ])
    pdf.hd("2. Resultaten bestuur")
    pdf.p("**Kwaliteitszorg.** Het bestuur heeft een jaarcyclus van gesprekken met de directeuren, maar die "
          "gesprekken gaan vooral over formatie en financiën. De resultaten van de leerlingen worden twee keer per "
          "jaar verzameld, maar niet met elkaar in verband gebracht. Daardoor heeft het bestuur de daling van de "
          "resultaten op OBS De Wilgenhoek pas in het voorjaar van 2025 opgemerkt, terwijl die al in 2023 "
          "zichtbaar was. Het bestuur laat sinds 2024 interne audits uitvoeren, maar tot nu toe alleen op twee "
          "scholen. De standaard Kwaliteitszorg beoordelen wij daarom als onvoldoende.")
    pdf.p("**Kwaliteitscultuur en verantwoording.** De directeuren voelen zich gesteund door het bestuur en "
          "spreken elkaar in het directieberaad aan op afspraken. De raad van toezicht krijgt vier keer per jaar "
          "een kwartaalrapportage, maar is voor zijn beeld van de scholen vrijwel geheel afhankelijk van het "
          "college van bestuur. Leerlingen worden op de meeste scholen nog weinig betrokken bij de evaluatie van "
          "het onderwijs.")
    pdf.p("**Financieel beheer.** Het eigen vermogen van Lindewaard ligt ruim boven de signaleringswaarde die "
          "de inspectie hanteert.² Het bestuur heeft in het jaarverslag 2024 niet onderbouwd welke reserve het "
          "nodig vindt en waarvoor de middelen daarboven worden ingezet.")
    pdf.hd("3. Resultaten scholen")
    pdf.p("**OBS De Wilgenhoek.** De school meet de veiligheidsbeleving van leerlingen niet jaarlijks met een "
          "instrument dat een representatief beeld geeft; de laatste meting dateert van 2022. Daarmee voldoet de "
          "school niet aan de wettelijke eis. In de lessen die wij bezochten, gaven de leraren vooral klassikale "
          "instructie. Leerlingen die meer uitdaging of juist meer ondersteuning nodig hadden, kregen die "
          "nauwelijks. Het didactisch handelen is onvoldoende.")
    pdf.p("**OBS 't Ankertje.** Op deze school zagen wij een rustig en positief klimaat. Leerlingen helpen elkaar "
          "en voeren zelf het woord in de leerlingenraad. De standaard Pedagogisch klimaat waarderen wij als goed.")

    pdf.hd("4. Vervolg: herstelopdrachten en aanbevelingen")
    pdf.p("Waar een standaard onvoldoende is of niet voldoet aan de wet, geeft de inspectie een herstelopdracht. "
          "Het bestuur moet de tekortkoming binnen de gestelde termijn herstellen. Wij verwachten dat het bestuur "
          "binnen zes weken na vaststelling van dit rapport een plan van aanpak opstelt.")
    pdf.box("Herstelopdracht 1 - Kwaliteitszorg (KA1)",
            "Het bestuur moet zorgen voor een stelsel van kwaliteitszorg waarmee het tijdig zicht heeft op de "
            "onderwijsresultaten en de kwaliteit van de lessen op al zijn scholen, en dat aanleiding geeft tot "
            "bijsturing als de kwaliteit terugloopt.",
            "Termijn: uiterlijk 1 oktober 2026. Wettelijke grondslag: artikel 10 WPO.")
    pdf.box("Herstelopdracht 2 - Veiligheid (SK1), OBS De Wilgenhoek",
            "Het bestuur moet ervoor zorgen dat OBS De Wilgenhoek de veiligheidsbeleving van de leerlingen "
            "jaarlijks monitort met een instrument dat een actueel en representatief beeld geeft.",
            "Termijn: uiterlijk 1 maart 2026. Wettelijke grondslag: artikel 4c WPO.")
    pdf.box("Herstelopdracht 3 - Didactisch handelen (OP3), OBS De Wilgenhoek",
            "Het bestuur moet ervoor zorgen dat de leraren van OBS De Wilgenhoek hun instructie en verwerking "
            "afstemmen op de onderwijsbehoeften van de leerlingen in hun groep.",
            "Termijn: uiterlijk 1 oktober 2026. Wettelijke grondslag: artikel 8, eerste lid, WPO.")
    pdf.p("Naast deze opdrachten zien wij kansen om de kwaliteit verder te verbeteren. Het bestuur is vrij om "
          "te bepalen wat het hiermee doet.")
    pdf.bullets([
        "Wij raden het bestuur aan om de interne audits binnen twee jaar op alle zeven scholen uit te voeren "
        "en de uitkomsten te bespreken in het directieberaad.",
        "Wij raden het bestuur aan om de raad van toezicht minstens één keer per jaar zelf een school te laten "
        "bezoeken, zodat hij een eigen beeld vormt naast de rapportages.",
        "Wij raden het bestuur aan om in het jaarverslag te onderbouwen welke reserve nodig is en een plan op te "
        "stellen voor de besteding van het bovenmatige eigen vermogen.",
        "Wij raden het bestuur aan om leerlingen op alle scholen te betrekken bij de evaluatie van het "
        "onderwijs, naar het voorbeeld van de leerlingenraad van OBS 't Ankertje.",
    ], mark="•")
    pdf.p("Het bestuur heeft het conceptrapport op 30 september 2025 ontvangen en is in de gelegenheid gesteld "
          "daarop te reageren. De reactie van het bestuur wordt samen met dit rapport gepubliceerd.")
    pdf.ln(4)
    pdf.set_font("L", "", 8.5)
    pdf.line(25, pdf.get_y(), 80, pdf.get_y())
    pdf.ln(1.5)
    pdf.multi_cell(0, 4.4, "¹ Onderzoekskader 2021 voor het toezicht op het primair onderwijs, versie 1 augustus "
                   "2025.\n² De signaleringswaarde is berekend volgens de methode die de inspectie sinds 2020 "
                   "gebruikt; zie de bijlage bij de Staat van het Onderwijs 2025.")
    pdf.output(B.out(NAME + "_advice.pdf"))


def response():
    pdf = Doc("", "Stichting Openbaar Primair Onderwijs Lindewaard")
    pdf.add_page()
    pdf.set_font("L", "B", 14)
    pdf.set_text_color(150, 60, 20)
    pdf.cell(0, 7, "Lindewaard", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("L", "", 8.5)
    pdf.multi_cell(0, 4.3, "openbaar primair onderwijs\nPostbus 214, 4200 AE Gorinchem\nwww.lindewaard.nl")
    pdf.ln(8)
    pdf.set_font("L", "", 10)
    pdf.multi_cell(90, 5, "Inspectie van het Onderwijs\nt.a.v. de inspecteur-generaal\nPostbus 2730\n"
                   "3500 GS Utrecht")
    pdf.ln(6)
    pdf.tab([35, 125], [
        ["Datum", "28 oktober 2025"],
        ["Ons kenmerk", "CvB/2025/0412/MvR"],
        ["Uw kenmerk", "4081236/BES/PO"],
        ["Onderwerp", "Reactie van het bestuur op het rapport vierjaarlijks onderzoek"],
    ], head=False, size=9.5)
    pdf.p("Geachte inspecteur-generaal,")
    pdf.p("Op 14 oktober 2025 hebben wij het rapport van het vierjaarlijks onderzoek bij Lindewaard ontvangen. "
          "Wij danken de inspecteurs voor de open en zorgvuldige gesprekken op onze scholen. Hieronder geven wij "
          "onze reactie; het plan van aanpak is als bijlage bij deze brief gevoegd.")
    pdf.hd("Algemeen", 12)
    pdf.p("Het rapport bevestigt wat wij zelf ook zagen: onze koers staat, maar ons zicht op de kwaliteit is "
          "te veel afhankelijk van wat directeuren ons vertellen. Wij zijn blij dat de inspectie het sterke "
          "pedagogisch klimaat op OBS 't Ankertje heeft gezien. De gemeenschappelijke medezeggenschapsraad "
          "heeft op 21 oktober met deze reactie ingestemd.")
    pdf.hd("Herstelopdrachten", 12)
    pdf.p("Wij voeren alle herstelopdrachten uit. In onderstaande tabel staat per opdracht wat wij doen en "
          "wanneer het gereed is; de volgorde is die van de termijnen.")
    pdf.tab([38, 92, 30], [
        ["Opdracht", "Wat wij doen", "Gereed"],
        ["Veiligheid De Wilgenhoek", "De school neemt sinds oktober 2025 de monitor Sociale Veiligheid "
         "af in de groepen 5 tot en met 8; de uitkomsten worden in januari besproken met de MR.", "Gereed"],
        ["Kwaliteitszorg bestuur", "Wij voeren een kwaliteitskalender in met een vaste analyse van "
         "tussenresultaten per school in februari en juli, en schoolbezoeken door het college van bestuur "
         "met een lesobservatie.", "1 juli 2026"],
        ["Didactisch handelen De Wilgenhoek", "Alle leraren volgen een traject rond instructie op drie "
         "niveaus, met collegiale consultatie en een bovenschoolse coach.", "1 september 2026"],
    ])
    pdf.p("Over het oordeel op het didactisch handelen merken wij op dat wij ons er niet volledig in "
          "herkennen: in de lessen die onze eigen auditoren in het voorjaar bezochten, zagen zij meer "
          "differentiatie. Wij voeren de derde herstelopdracht niettemin volledig uit en laten het resultaat "
          "in juni 2026 door een externe auditor toetsen.")
    pdf.hd("Aanbevelingen", 12)
    pdf.p("Het eigen vermogen van Lindewaard is inderdaad hoog. Wij hebben in 2024 bewust gekozen voor een "
          "buffer voor de nieuwbouw van twee scholen, waarvan de gemeentelijke bijdrage nog onzeker is. Wij "
          "zullen die keuze in het jaarverslag 2025 nader toelichten, maar wij stellen geen afzonderlijk "
          "bestedingsplan op zolang de nieuwbouw niet is gegund. Een versnelde afbouw van de reserve achten wij "
          "op dit moment niet verantwoord.")
    pdf.p("De interne audits breiden wij uit. Wij hebben er wel voor gekozen dat in 2026 niet op alle scholen "
          "te doen: de auditpool bestaat uit vier intern begeleiders die dit naast hun eigen werk doen. In 2026 "
          "komen de drie scholen met de laagste resultaten aan de beurt, de overige twee in 2027.")
    pdf.p("De betrokkenheid van leerlingen bij de evaluatie van het onderwijs is in de eerste plaats een zaak "
          "van de scholen zelf en hun medezeggenschapsraden. Wij hebben het voorbeeld van 't Ankertje in het "
          "directieberaad van oktober besproken en laten het aan de directeuren om te bepalen of zij het "
          "overnemen.")
    pdf.hd("Tot slot", 12)
    pdf.p("Wij zien het herstelonderzoek in het najaar van 2026 met vertrouwen tegemoet en houden de inspectie "
          "via de accountmanager op de hoogte van de voortgang.")
    pdf.p("Met vriendelijke groet,")
    pdf.p("M. van Rijckevorsel\nvoorzitter college van bestuur")
    pdf.set_font("L", "I", 9)
    pdf.multi_cell(0, 4.5, "Bijlage: plan van aanpak herstelopdrachten (niet bijgevoegd in deze versie)")
    pdf.output(B.out(NAME + "_response.pdf"))


RECS = [
    ("1", "Het bestuur moet zorgen voor een stelsel van kwaliteitszorg",
     "Wij voeren een kwaliteitskalender in met een vaste analyse", "agrees"),
    ("2", "Het bestuur moet ervoor zorgen dat OBS De Wilgenhoek de veiligheidsbeleving",
     "De school neemt sinds oktober 2025 de monitor Sociale Veiligheid", "agrees"),
    ("3", "Het bestuur moet ervoor zorgen dat de leraren van OBS De Wilgenhoek",
     "Wij voeren de derde herstelopdracht niettemin volledig uit", "agrees", ["partly"]),
    ("4", "Wij raden het bestuur aan om de interne audits binnen twee jaar",
     "wel voor gekozen dat in 2026 niet op alle scholen", "partly"),
    ("5", "Wij raden het bestuur aan om de raad van toezicht", None, "unanswered"),
    ("6", "Wij raden het bestuur aan om in het jaarverslag te onderbouwen",
     "wij stellen geen afzonderlijk bestedingsplan op zolang de nieuwbouw", "disagrees", ["partly"]),
    ("7", "Wij raden het bestuur aan om leerlingen op alle scholen te betrekken",
     "laten het aan de directeuren om te bepalen of zij", "noted"),
]
UNMATCHED = ["Wij danken de inspecteurs voor de open en zorgvuldige gesprekken",
             "ons zicht op de kwaliteit is te veel afhankelijk",
             "Wij zien het herstelonderzoek in het najaar van 2026"]
NOTES = ("Inspectie van het Onderwijs four-yearly board inspection (new genre: school board with herstelopdrachten). "
         "Advice (fpdf2, 3 p.): a Samenvatting that describes the three herstelopdrachten in prose, numbered research "
         "questions and a standards table (KA1/SK1/OP3 with verdicts) that are not recommendations; three framed boxes "
         "'Herstelopdracht N - Theme (code)' each with a mandatory 'Het bestuur moet ...' and an italic deadline line; "
         "then four UNNUMBERED bullets 'Wij raden het bestuur aan ...' (numbered 4-7 here in order). Response: board "
         "letter with a letterhead table; herstelopdrachten answered in a table in ANOTHER order (2, 1, 3, by deadline) "
         "by short theme names only; a paragraph on the third opdracht that disputes the inspectorate's judgement but "
         "carries the opdracht out (agrees, also partly); recommendations answered by paraphrase only, order 6, 4, 7: "
         "no spending plan (disagrees/partly), audits phased (partly), left to school directors (noted); 5 (raad van "
         "toezicht school visits) unanswered; 'Algemeen' and 'Tot slot' answer nothing.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)
