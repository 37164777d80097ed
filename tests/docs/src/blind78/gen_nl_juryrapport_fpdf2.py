"""Round 78 (nl): the JURYRAPPORT of a municipal DESIGN COMPETITION (ontwerpprijsvraag for a library and city office),
with the jury's recommendations for working out the winning design, answered by the college's RAADSINFORMATIEBRIEF
on the result and the next steps.

Advice: (invented) jury of the Ontwerpprijsvraag Bibliotheek en Stadskantoor Zuiderhaven, gemeente Kastelweerd,
'Juryrapport', 3 p., sans: the prijsvraagreglement's 'moet' rules, criteria A-E, a scores table for five entries, the
jury's comments on the other entries with 'zou ... moeten', a participation panel's imperative quoted, and the
recommendations as UNNUMBERED BOLD sentences inside the paragraphs of chapter 5 'Aanbevelingen voor de uitwerking'
(numbers by order, 1-6).
Response: raadsinformatiebrief (2 p., serif, no headings but bold run-in subjects): result and prize (nothing), ONE
paragraph 'Dak en fietsen' = 2 agrees + 3 disagrees, 'Participatie' = 4 agrees, 'Hoogte' = 1 partly, 'Gevel' = 5
noted, 'Planning en geld' and 'Tentoonstelling' (nothing); 6 unanswered.
Engine: fpdf2 (DejaVu, no text shaping, fixed creation date).

Run: /tmp/blind78nl/bin/python tests/docs/src/blind78/gen_nl_juryrapport_fpdf2.py"""
import datetime
import os
import sys

from fpdf import FPDF

sys.path.insert(0, os.path.dirname(__file__))
import _b78nl as B  # noqa: E402

NAME = "blind78_nl_juryrapport"
DV = "/usr/share/fonts/truetype/dejavu/"
TEAL = (0, 96, 100)
GREY = (95, 95, 95)


class Doc(FPDF):
    def __init__(self, kind):
        super().__init__(format="A4")
        self.kind = kind
        self.set_creation_date(datetime.datetime(2026, 4, 2, 9, 0, 0, tzinfo=datetime.timezone.utc))
        for stl, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                       ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("sa", stl, DV + f)
        for stl, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf"),
                       ("BI", "DejaVuSerif-BoldItalic.ttf")):
            self.add_font("se", stl, DV + f)
        self.fam = "sa" if kind == "adv" else "se"
        self.lm = 24 if kind == "adv" else 28
        self.tw = self.w - 2 * self.lm
        self.set_margins(self.lm, 22, self.lm)
        self.set_auto_page_break(True, 22)

    def header(self):
        if self.page_no() > 1:
            self.set_xy(self.lm, 9)
            self.set_text_color(*GREY)
            self.set_font("sa", "", 7.2)
            txt = ("Juryrapport Ontwerpprijsvraag Bibliotheek en Stadskantoor Zuiderhaven"
                   if self.kind == "adv" else "Gemeente Kastelweerd  |  Raadsinformatiebrief RIB-2026-031")
            self.cell(self.tw, 4, txt, align="L")
            self.set_text_color(0)
            self.set_y(22)

    def footer(self):
        self.set_y(-14)
        self.set_text_color(*GREY)
        self.set_font("sa", "", 7.5)
        self.cell(0, 4, f"{self.page_no()}", align="R" if self.kind == "adv" else "C")
        self.set_text_color(0)

    def para(self, t, size=9.4, lh=5.0, indent=0, style=""):
        self.set_font(self.fam, style, size)
        self.set_x(self.lm + indent)
        self.multi_cell(self.tw - indent, lh, t, markdown=True, align="J", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def hd(self, t, size=11.5):
        self.ln(1.5)
        self.set_font(self.fam, "B", size)
        self.set_text_color(*(TEAL if self.kind == "adv" else (0, 0, 0)))
        self.multi_cell(self.tw, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0)
        self.ln(1)

    def table(self, rows, widths):
        self.set_font("sa", "", 8.4)
        for i, r in enumerate(rows):
            self.set_font("sa", "B" if i == 0 else "", 8.4)
            if i == 0:
                self.set_fill_color(*TEAL)
                self.set_text_color(255)
            for c, w in zip(r, widths):
                self.cell(w, 6, c, border=1, fill=(i == 0))
            self.set_text_color(0)
            self.ln(6)
        self.ln(3)


def advice():
    d = Doc("adv")
    d.add_page()
    d.set_fill_color(*TEAL)
    d.rect(0, 0, d.w, 38, style="F")
    d.set_xy(d.lm, 11)
    d.set_text_color(255)
    d.set_font("sa", "", 9)
    d.cell(d.tw, 5, "GEMEENTE KASTELWEERD  |  ONTWERPPRIJSVRAAG ZUIDERHAVEN", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "B", 20)
    d.cell(d.tw, 11, "Juryrapport", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "", 10)
    d.cell(d.tw, 5, "Ontwerpprijsvraag Bibliotheek en Stadskantoor Zuiderhaven, tweede fase", new_x="LMARGIN",
           new_y="NEXT")
    d.set_text_color(0)
    d.set_y(46)
    d.hd("1 De prijsvraag")
    d.para("In juni 2025 schreef de gemeente Kastelweerd een openbare ontwerpprijsvraag in twee fasen uit voor een "
           "gebouw waarin de openbare bibliotheek, het stadskantoor en een leeszaal aan het water samenkomen, op het "
           "voormalige scheepswerfterrein Zuiderhaven. In de eerste fase kwamen 43 inzendingen binnen; vijf teams "
           "zijn uitgenodigd voor de tweede fase. Volgens het prijsvraagreglement moet elke inzending anoniem worden "
           "ingediend en moet de jury haar oordeel schriftelijk motiveren. Dit rapport is die motivering.")
    d.para("De jury bestond uit ir. W.F. Hoogendam (stadsbouwmeester, voorzitter), mevrouw N. el Amrani "
           "(architect), de heer P. Schuitema (directeur bibliotheek), mevrouw dr. C. Vos (landschapsarchitect) en "
           "wethouder J.M. Kuipers (zonder stemrecht). De jury beoordeelde de ontwerpen op vijf criteria:")
    for c, t in (("A", "architectonische kwaliteit en inpassing in de Zuiderhaven;"),
                 ("B", "bruikbaarheid voor bibliotheek en stadskantoor;"),
                 ("C", "duurzaamheid en toekomstbestendigheid;"),
                 ("D", "openbaarheid en relatie met het water;"),
                 ("E", "haalbaarheid binnen het budget van 38 miljoen euro.")):
        d.para(f"{c}.  {t}", indent=6, lh=4.6)
    d.hd("2 Beoordeling")
    d.table([["Inzending", "A", "B", "C", "D", "E", "Totaal"],
             ["Leeszaal aan het water", "9", "8", "8", "9", "7", "41"],
             ["Stadsbalkon", "8", "7", "7", "8", "6", "36"],
             ["De Werf", "7", "8", "6", "6", "8", "35"],
             ["Boekenkade", "6", "7", "7", "6", "7", "33"],
             ["Open Huis", "7", "6", "6", "7", "6", "32"]],
            [58, 16, 16, 16, 16, 16, 24])
    d.para("Het ontwerp Stadsbalkon heeft een sterk gebaar naar de stad, maar de bibliotheek zou meer daglicht moeten "
           "krijgen; nu ligt de jeugdafdeling in de kelder. De Werf is efficiënt en goedkoop, maar het gebouw keert "
           "zich af van het water. Boekenkade en Open Huis zijn degelijk, maar missen een eigen gezicht.")
    d.hd("3 Het winnende ontwerp: Leeszaal aan het water")
    d.para("De jury kent de eerste prijs unaniem toe aan Leeszaal aan het water van Studio Brakel Verhoef "
           "architecten uit Rotterdam. Het ontwerp plaatst een lage, open leeszaal op de oude werfkade en daarachter "
           "een toren van zeven lagen voor het stadskantoor. De leeszaal is van hout en glas, met een dak dat als "
           "publiek terras kan worden gebruikt. De jury is onder de indruk van de manier waarop het gebouw het water "
           "naar binnen haalt en van de heldere scheiding tussen rustige en drukke delen.")
    d.para("Het participatiepanel van 24 inwoners gaf de jury een eigen advies mee. Daarin staat onder meer: "
           "*'Maak de leeszaal een plek waar je ook zonder pasje welkom bent.'* De jury neemt die wens over in haar "
           "oordeel, maar merkt op dat het panel geen zeggenschap heeft over de keuze van het winnende ontwerp.")
    d.hd("4 Kanttekeningen")
    d.para("Het ontwerp is in deze fase nog schetsmatig. De toren is met zeven lagen hoger dan het "
           "bestemmingsplan toelaat; het gebouw moet volgens het reglement binnen het bestemmingsplan passen of "
           "een haalbaar afwijkingsverzoek kennen. De kostenraming van het team komt uit op 39,6 miljoen euro, boven "
           "het budget. De houten gevel van de leeszaal staat op de kade in wind en zout water.")
    d.hd("5 Aanbevelingen voor de uitwerking")
    d.para("De jury vraagt de gemeente en het ontwerpteam bij de uitwerking van het voorlopig ontwerp rekening te "
           "houden met het volgende. De toren overheerst nu de kade en de historische pakhuizen. **De jury beveelt "
           "aan de toren met ten minste één bouwlaag te verlagen en de ruimte elders in het gebouw te zoeken.** Dat "
           "brengt het ontwerp ook dichter bij het bestemmingsplan.")
    d.para("Het dakterras is een van de sterkste punten van het ontwerp. **Houd het dakterras ook buiten de "
           "openingstijden van de bibliotheek vrij toegankelijk voor iedereen.** Daarnaast ziet de jury een "
           "zwakte in de plint: **breng de fietsenstalling onder in een kelder onder de toren, zodat de plint aan "
           "de kade vrijkomt voor publieke functies.**")
    d.para("Het participatiepanel heeft in korte tijd veel waardevolle inbreng geleverd. **Betrek het "
           "participatiepanel ook bij de uitwerking van de leeszaal en het dakterras, met een vaste plek in de "
           "klankbordgroep.**")
    d.para("Over de gevel is de jury minder zeker. **Laat voor de houten gevel een onafhankelijk onderzoek doen naar "
           "de duurzaamheid en het onderhoud in het zoute klimaat van de kade.** Ten slotte de werfhistorie: de "
           "oude hijskraan is het laatste zichtbare overblijfsel van de scheepswerf. **Behoud de hijskraan op zijn "
           "plaats aan de kade en maak hem onderdeel van het ontwerp van de buitenruimte.**")
    d.para("De jury is ervan overtuigd dat Leeszaal aan het water met deze aanpassingen een gebouw wordt waar "
           "Kastelweerd trots op kan zijn.")
    d.ln(2)
    d.para("Kastelweerd, 20 maart 2026\nNamens de jury, ir. W.F. Hoogendam, voorzitter")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("res")
    d.add_page()
    d.set_font("se", "B", 13)
    d.cell(d.tw, 7, "Gemeente Kastelweerd", new_x="LMARGIN", new_y="NEXT")
    d.set_font("se", "", 9)
    d.set_text_color(*GREY)
    d.cell(d.tw, 5, "Raadsinformatiebrief", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(4)
    d.set_font("se", "", 9)
    for k, v in (("Aan", "de gemeenteraad"), ("Van", "het college van burgemeester en wethouders"),
                 ("Datum", "7 april 2026"), ("Nummer", "RIB-2026-031"),
                 ("Onderwerp", "Uitslag ontwerpprijsvraag Zuiderhaven en vervolg")):
        d.cell(30, 5, k)
        d.cell(d.tw - 30, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.set_draw_color(120)
    d.line(d.lm, d.get_y(), d.lm + d.tw, d.get_y())
    d.ln(4)
    d.para("Geachte raadsleden,", size=9.8)
    d.para("Op 24 maart 2026 heeft de jury de uitslag van de ontwerpprijsvraag voor de Bibliotheek en het "
           "Stadskantoor Zuiderhaven bekendgemaakt. Het ontwerp Leeszaal aan het water van Studio Brakel Verhoef "
           "architecten heeft gewonnen. Het winnende team krijgt de opdracht voor de verdere uitwerking; de "
           "vier andere teams ontvangen elk een vergoeding van 25.000 euro. Met deze brief informeren wij u over "
           "hoe het college omgaat met de aanbevelingen van de jury.", size=9.8)
    d.para("**Participatie.** Wij zijn blij met de inzet van het participatiepanel. Het panel krijgt twee zetels "
           "in de klankbordgroep voor de uitwerking en wordt in elk geval betrokken bij de inrichting van de "
           "leeszaal en het dakterras. Zo doen wij wat de jury vraagt.", size=9.8)
    d.para("**Dak en fietsen.** Het dakterras wordt een openbare ruimte die ook 's avonds en op zondag open is; "
           "het beheer regelen wij met de bibliotheek. Een fietskelder onder de toren nemen wij niet over. Een "
           "kelder op de oude werfgrond vraagt een dure bodemsanering en kost naar schatting 2,8 miljoen euro "
           "extra. De fietsen komen in een overdekte stalling aan de achterzijde, zodat de kade toch vrij blijft.",
           size=9.8)
    d.para("**Hoogte.** Het college deelt de zorg van de jury over de toren. Het ontwerpteam heeft de "
           "verdiepingshoogte teruggebracht, waardoor de toren twee meter lager wordt. Het aantal bouwlagen blijft "
           "zeven, omdat het stadskantoor anders niet past. Voor de resterende overschrijding starten wij een "
           "afwijkingsprocedure.", size=9.8)
    d.para("**Gevel.** Het college heeft kennisgenomen van de twijfels van de jury over de houten gevel. De keuze "
           "van het gevelmateriaal is onderdeel van het voorlopig ontwerp; het ontwerpteam weegt het advies daarin "
           "mee. Wij komen hier bij het voorlopig ontwerp op terug.", size=9.8)
    d.para("**Planning en geld.** Het voorlopig ontwerp is in december 2026 klaar. De kostenraming ligt nu "
           "boven het budget; wij leggen u bij het voorlopig ontwerp een voorstel voor over de dekking van het "
           "verschil. De bouw begint naar verwachting in 2028.", size=9.8)
    d.para("**Tentoonstelling.** Alle 43 inzendingen zijn van 10 tot en met 30 april te zien in de hal van het "
           "huidige stadskantoor. U bent van harte welkom bij de opening op 10 april om 16.00 uur.", size=9.8)
    d.para("Wij danken de jury voor haar zorgvuldige werk.", size=9.8)
    d.ln(2)
    d.para("Het college van burgemeester en wethouders van Kastelweerd,\nde secretaris, drs. M. Dijkhuis\n"
           "de burgemeester, A.L. ten Brink-Oosting", size=9.8)
    d.output(B.out(NAME + "_response.pdf"))


RECS = [
    (1, "De jury beveelt aan de toren met ten minste één bouwlaag",
     "waardoor de toren twee meter lager wordt", "partly"),
    (2, "Houd het dakterras ook buiten de openingstijden van de bibliotheek",
     "ook 's avonds en op zondag open is", "agrees"),
    (3, "breng de fietsenstalling onder in een kelder onder de toren",
     "Een fietskelder onder de toren nemen wij niet over", "disagrees"),
    (4, "Betrek het participatiepanel ook bij de uitwerking van de leeszaal",
     "Het panel krijgt twee zetels in de klankbordgroep", "agrees"),
    (5, "Laat voor de houten gevel een onafhankelijk onderzoek doen naar",
     "heeft kennisgenomen van de twijfels van de jury", "noted"),
    (6, "Behoud de hijskraan op zijn plaats aan de kade en", None, "unanswered"),
]
UNMATCHED = [
    "vier andere teams ontvangen elk een vergoeding van 25.000 euro",
    "Het voorlopig ontwerp is in december 2026 klaar",
    "Alle 43 inzendingen zijn van 10 tot en met 30 april",
]
NOTES = ("JURYRAPPORT of a municipal ONTWERPPRIJSVRAAG (design competition), whose chapter 5 gives recommendations "
         "for working out the winning design, answered by the college's RAADSINFORMATIEBRIEF on the result. "
         "Kastelweerd, the Zuiderhaven, the jury, the architects, figures and people are invented. Recommendations: "
         "UNNUMBERED BOLD sentences inside the paragraphs of '5 Aanbevelingen voor de uitwerking' (one 'De jury "
         "beveelt aan ...', five imperatives; 3 follows a colon in the same paragraph as 2, so its starts_with is "
         "lower-case; 5 and 6 in one paragraph); numbers by order 1-6. Traps: the prijsvraagreglement's 'moet ... "
         "anoniem worden ingediend', 'moet ... motiveren' and 'moet ... passen'; criteria A.-E. as a lettered list; "
         "a scores table; 'zou meer daglicht moeten krijgen' about a losing entry; the participation panel's "
         "imperative quoted ('Maak de leeszaal ...'); 'vraagt de gemeente ... rekening te houden met het volgende' "
         "as lead-in. Letter with bold run-in subjects, no numbers, in another order: intro (result and fees, "
         "nothing); 'Participatie' = 4 agrees; ONE paragraph 'Dak en fietsen' = 2 agrees + 3 disagrees; 'Hoogte' = "
         "1 partly (two metres lower, still seven floors); 'Gevel' = 5 noted ('kennisgenomen ... weegt het advies "
         "daarin mee'); 'Planning en geld', 'Tentoonstelling', thanks (nothing); 6 (harbour crane) unanswered.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
