"""Round 77 (nl): the EVALUATIE JAARWISSELING of a municipality's independent evaluation committee (public order
around New Year's Eve, for the lokale driehoek), answered by the burgemeester's BRIEF AAN DE GEMEENTERAAD.

Advice: (invented) Evaluatiecommissie Jaarwisseling Lindemaas, 'Evaluatie jaarwisseling 2025-2026', 3 p.: a
'In het kort' paraphrase, numbered paragraphs 1.1-3.4, a table of incidents, the Vuurwerkbesluit's hours and the
APV's ban, last year's recommendation quoted, residents' 'zou ... moeten'; chapter 4 'Conclusies en aanbevelingen'
4.1-4.8 by theme, each a conclusion paragraph and (not 4.5) a bold-italic sentence 'De commissie beveelt aan ...'.
Response: letter of the burgemeester to the raad, 2 p., bold theme headings in its own words and order: intro
(nothing), Jongeren = 3 agrees, ONE section Vuurwerkshow en vuurwerkvrije zones = 6 agrees + 1 partly, Containers =
7 agrees, Handhaving = 2 disagrees, Camera's = 4 noted, Landelijk vuurwerkverbod (nothing), Kosten (nothing);
5 (recovering damage from offenders) unanswered.
Engine: fpdf2 (DejaVu, no text shaping, fixed creation date).

Run: /tmp/blind77nl/bin/python tests/docs/src/blind77/gen_nl_jaarwisseling_fpdf2.py"""
import datetime
import os
import sys

from fpdf import FPDF

sys.path.insert(0, os.path.dirname(__file__))
import _b77nl as B  # noqa: E402

NAME = "blind77_nl_jaarwisseling"
DV = "/usr/share/fonts/truetype/dejavu/"
RED = (150, 20, 30)
GREY = (95, 95, 95)
PALE = (246, 236, 232)


class Doc(FPDF):
    def __init__(self, kind):
        super().__init__(format="A4")
        self.kind = kind
        self.set_creation_date(datetime.datetime(2026, 3, 2, 9, 0, 0, tzinfo=datetime.timezone.utc))
        for stl, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                       ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("sa", stl, DV + f)
        for stl, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf"),
                       ("BI", "DejaVuSerif-BoldItalic.ttf")):
            self.add_font("se", stl, DV + f)
        self.fam = "sa" if kind == "adv" else "se"
        self.lm = 25
        self.tw = self.w - 2 * self.lm
        self.set_margins(self.lm, 22, self.lm)
        self.set_auto_page_break(True, 22)

    def header(self):
        if self.kind == "adv":
            self.set_fill_color(*RED)
            self.rect(self.lm, 12, self.tw, 0.8, style="F")
        if self.page_no() > 1:
            self.set_xy(self.lm, 7)
            self.set_text_color(*GREY)
            self.set_font("sa", "", 7.2)
            txt = ("Evaluatie jaarwisseling 2025-2026  |  Evaluatiecommissie Jaarwisseling Lindemaas"
                   if self.kind == "adv" else "Gemeente Lindemaas  |  Brief aan de gemeenteraad, kenmerk BGM/2026/0412")
            self.cell(self.tw, 4, txt, align="L")
            self.set_text_color(0)
            self.set_y(22)

    def footer(self):
        self.set_y(-14)
        self.set_text_color(*GREY)
        self.set_font("sa", "", 7.5)
        self.cell(0, 4, f"{self.page_no()}", align="C")
        self.set_text_color(0)

    def para(self, t, size=9.4, lh=5.0, indent=0, style=""):
        self.set_font(self.fam, style, size)
        self.set_x(self.lm + indent)
        self.multi_cell(self.tw - indent, lh, t, markdown=True, align="J", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def hd(self, t, size=11.5, color=RED):
        self.ln(1.5)
        self.set_font("sa", "B", size)
        self.set_text_color(*color)
        self.multi_cell(self.tw, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0)
        self.ln(0.5)

    def numpara(self, num, t):
        self.set_font(self.fam, "", 9.4)
        y = self.get_y()
        self.set_x(self.lm)
        self.cell(10, 5.0, num)
        self.set_xy(self.lm + 10, y)
        self.multi_cell(self.tw - 10, 5.0, t, markdown=True, align="J", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)


CONCL = [
    ("4.1", "Vuurwerkvrije zones",
     "De vuurwerkvrije zone in de Binnenstad werkte goed: er werd daar nauwelijks vuurwerk afgestoken en het "
     "aantal meldingen daalde met ruim de helft. Veel jongeren weken wel uit naar het Stationsplein en de "
     "Kloosterbuurt, waar de overlast juist toenam.",
     "De commissie beveelt aan om de vuurwerkvrije zone in de Binnenstad uit te breiden met het Stationsplein en "
     "de Kloosterbuurt."),
    ("4.2", "Handhaving",
     "Boa's werden in Oost twee keer bekogeld toen zij zonder politie een groep jongeren aanspraken. Zij voelden "
     "zich in die situaties onvoldoende beschermd.",
     "De commissie beveelt aan om boa's in de nacht van de jaarwisseling uitsluitend in gezamenlijke teams met de "
     "politie in te zetten."),
    ("4.3", "Jongeren en preventie",
     "Waar jongerenwerkers de weken voor de jaarwisseling op straat aanwezig waren, kenden zij de groepen en "
     "konden zij spanningen vroeg signaleren. In Oost en Meerhoven stopte het jongerenwerk echter al op 20 "
     "december.",
     "De commissie beveelt aan om het jongerenwerk in Oost en Meerhoven van half december tot en met 2 januari "
     "extra uren te geven."),
    ("4.4", "Cameratoezicht",
     "De vaste camera's in de Binnenstad leverden bruikbare beelden op. Op de drie hotspots buiten de Binnenstad "
     "hangen geen camera's; daar konden daders achteraf niet worden herkend.",
     "De commissie beveelt aan om op de drie hotspots van 28 december tot 2 januari mobiele camera's te plaatsen "
     "die live worden uitgekeken."),
    ("4.5", "Samenwerking van de hulpdiensten",
     "Politie, brandweer, ambulancezorg en gemeente werkten vanuit het gezamenlijke actiecentrum goed samen. De "
     "lijnen waren kort en de informatie-uitwisseling verliep vlot. De commissie heeft op dit punt geen "
     "aanbeveling.", None),
    ("4.6", "Schade",
     "De schade aan gemeentelijk bezit bedroeg ruim 182.000 euro. Slechts in vier gevallen is de schade op een "
     "dader verhaald, terwijl bij elf incidenten een verdachte bekend was.",
     "De commissie beveelt aan om de schade aan gemeentelijk bezit voortaan in alle gevallen met een bekende "
     "dader op die dader te verhalen."),
    ("4.7", "Alternatief voor het zelf afsteken",
     "Uit de enquete blijkt dat 58 procent van de inwoners zelf geen vuurwerk afsteekt, maar wel graag naar "
     "vuurwerk kijkt. Een gezamenlijk moment ontbreekt in Lindemaas.",
     "De commissie beveelt aan om vanaf de komende jaarwisseling een centrale vuurwerkshow aan de Maasoever te "
     "organiseren."),
    ("4.8", "Openbare ruimte",
     "In de hotspots werden 37 afvalbakken en vijf ondergrondse containers opgeblazen of in brand gestoken. Het "
     "merendeel daarvan stond op plekken waar ook vorig jaar schade was.",
     "De commissie beveelt aan om prullenbakken en ondergrondse containers in de hotspots vanaf 27 december af te "
     "sluiten of tijdelijk weg te halen."),
]


def advice():
    d = Doc("adv")
    d.set_text_shaping(False)
    d.set_title("Evaluatie jaarwisseling 2025-2026")
    d.set_author("Evaluatiecommissie Jaarwisseling Lindemaas")
    d.add_page()
    d.ln(4)
    d.set_font("sa", "B", 8.5)
    d.set_text_color(*RED)
    d.cell(d.tw, 5, "EVALUATIECOMMISSIE JAARWISSELING LINDEMAAS", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(2)
    d.set_font("sa", "B", 18)
    d.multi_cell(d.tw, 8, "Evaluatie jaarwisseling 2025-2026", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "", 10.5)
    d.multi_cell(d.tw, 5.5, "Rapport aan de lokale driehoek van de gemeente Lindemaas", new_x="LMARGIN",
                 new_y="NEXT")
    d.ln(1)
    d.set_font("sa", "", 8.3)
    d.set_text_color(*GREY)
    d.cell(d.tw, 4.5, "Lindemaas, 20 februari 2026", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(4)
    # In het kort (paraphrase box)
    y0 = d.get_y()
    d.set_fill_color(*PALE)
    d.rect(d.lm, y0, d.tw, 41, style="F")
    d.set_xy(d.lm + 4, y0 + 3)
    d.set_font("sa", "B", 9.5)
    d.cell(d.tw - 8, 5, "In het kort", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "", 8.8)
    d.set_x(d.lm + 4)
    d.multi_cell(d.tw - 8, 4.6,
                 "De jaarwisseling verliep in Lindemaas rustiger dan een jaar eerder, maar op drie plekken buiten de "
                 "Binnenstad was het onrustig. Hulpverleners werden vaker bedreigd dan in 2024-2025. De commissie "
                 "vraagt de driehoek vooral om de vuurwerkvrije zone te vergroten, boa's beter te beschermen, eerder "
                 "te beginnen met jongerenwerk, de hotspots in beeld te brengen, schade te verhalen, inwoners een "
                 "alternatief te bieden en de straat vooraf op te ruimen. De volledige aanbevelingen staan in "
                 "hoofdstuk 4.", align="J", new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 45)
    d.hd("1 Inleiding")
    d.numpara("1.1", "De burgemeester, de politiechef van het basisteam Lindemaas en de officier van justitie "
                     "(samen de lokale driehoek) hebben de commissie gevraagd de jaarwisseling 2025-2026 "
                     "onafhankelijk te evalueren. De commissie bestaat uit drie leden die niet bij de voorbereiding "
                     "of uitvoering betrokken waren.")
    d.numpara("1.2", "De commissie sprak met 26 betrokkenen: hulpverleners, boa's, jongerenwerkers, "
                     "ondernemers en bewoners van de hotspots. Daarnaast hield de gemeente een online enquete "
                     "onder 1.214 inwoners en analyseerde de commissie de meldingen van politie en brandweer.")
    d.hd("2 Wat er gebeurde")
    d.numpara("2.1", "De tabel geeft de belangrijkste cijfers over de periode van 31 december 18.00 uur tot 1 "
                     "januari 06.00 uur.")
    d.set_font("sa", "B", 8.5)
    d.set_fill_color(*RED)
    d.set_text_color(255)
    ws = (80, 40, 40)
    for i, t in enumerate(("Incidenten", "2024-2025", "2025-2026")):
        d.cell(ws[i], 5.6, " " + t, border=1, fill=True, align="L" if i == 0 else "R")
    d.ln()
    d.set_text_color(0)
    d.set_font("sa", "", 8.5)
    for row in (("Branden buiten (containers, afval)", "64", "51"), ("Autobranden", "9", "6"),
                ("Geweld tegen hulpverleners", "7", "11"), ("Aanhoudingen", "22", "19"),
                ("Meldingen vuurwerkoverlast", "412", "356")):
        for i, t in enumerate(row):
            d.cell(ws[i], 5.2, " " + t + " ", border=1, align="L" if i == 0 else "R")
        d.ln()
    d.ln(3)
    d.numpara("2.2", "Volgens het Vuurwerkbesluit mag consumentenvuurwerk alleen worden afgestoken van 31 december "
                     "18.00 uur tot 1 januari 02.00 uur. Artikel 2:73b van de Algemene plaatselijke verordening "
                     "Lindemaas verbiedt daarnaast het afsteken van vuurwerk in de aangewezen vuurwerkvrije zone. "
                     "Wie daar toch vuurwerk afsteekt, moet rekening houden met een boete van 100 euro.")
    d.numpara("2.3", "In Oost, Meerhoven en rond het Stationsplein ontstonden groepen van soms meer dan vijftig "
                     "jongeren. Daar vonden de meeste branden plaats en daar werden hulpverleners bekogeld.")
    d.hd("3 Bevindingen")
    d.numpara("3.1", "In haar evaluatie van vorig jaar schreef de commissie: 'Breid het cameratoezicht in de "
                     "Binnenstad uit naar de Havenstraat.' Dat is gebeurd; de nieuwe camera's hebben bij twee "
                     "aanhoudingen geholpen.")
    d.numpara("3.2", "Bewoners van de Kloosterbuurt zijn van mening dat de gemeente veel eerder zou moeten "
                     "ingrijpen bij het opsparen van vuurwerk in bergingen. De commissie heeft dit punt niet "
                     "onderzocht, omdat het buiten haar opdracht valt.")
    d.numpara("3.3", "Hulpverleners melden dat zij na een incident niet altijd weten of er aangifte is gedaan. "
                     "Werkgevers moeten volgens de Eenduidige Landelijke Afspraken bij geweld tegen hulpverleners "
                     "aangifte doen; dat gebeurde in alle elf gevallen.")
    d.numpara("3.4", "De communicatie vooraf, met een campagne op scholen en in de wijkkranten, werd door "
                     "bewoners gewaardeerd.")
    d.hd("4 Conclusies en aanbevelingen")
    for num, title, concl, rec in CONCL:
        d.set_font("sa", "B", 9.8)
        d.multi_cell(d.tw, 5.4, f"{num}  {title}", new_x="LMARGIN", new_y="NEXT")
        d.para(concl)
        if rec:
            d.para(rec, style="BI")
    d.hd("5 Tot slot")
    d.para("De commissie dankt alle betrokkenen voor hun openheid. Zij biedt dit rapport aan de lokale driehoek "
           "aan en is bereid het toe te lichten in de gemeenteraad.")
    d.para("mr. H.J. (Hanneke) van Ooijen, voorzitter\nK. (Karim) El Amrani\nW.P. (Wouter) Sloots")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("res")
    d.set_text_shaping(False)
    d.set_title("Evaluatie jaarwisseling 2025-2026 - brief aan de gemeenteraad")
    d.set_author("Burgemeester van Lindemaas")
    d.add_page()
    d.ln(3)
    d.set_font("se", "B", 13)
    d.cell(d.tw, 6, "Gemeente Lindemaas", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "", 8)
    d.set_text_color(*GREY)
    d.cell(d.tw, 4.5, "Burgemeester  |  Postbus 200, 5900 AE Lindemaas", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(6)
    d.set_font("se", "", 9.4)
    d.multi_cell(d.tw, 5, "Aan de gemeenteraad van Lindemaas", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.set_font("sa", "", 8.3)
    for k, v in (("Datum", "17 maart 2026"), ("Kenmerk", "BGM/2026/0412"),
                 ("Onderwerp", "Evaluatie jaarwisseling 2025-2026"), ("Bijlage", "rapport van de "
                                                                    "evaluatiecommissie")):
        d.set_text_color(*GREY)
        d.cell(28, 4.8, k)
        d.set_text_color(0)
        d.cell(d.tw - 28, 4.8, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.para("Geachte leden van de raad,")
    d.para("Hierbij ontvangt u het rapport van de onafhankelijke evaluatiecommissie over de afgelopen jaarwisseling. "
           "De lokale driehoek heeft het rapport op 9 maart besproken. In deze brief laat ik u weten wat ik met de "
           "aanbevelingen doe. Een aantal maatregelen vraagt nog een besluit van uw raad of een wijziging van de "
           "APV; die voorstellen ontvangt u voor de zomer.")
    blocks = [
        ("Jongeren",
         "De commissie laat zien hoe belangrijk het is dat jongerenwerkers de groepen op straat kennen. Het "
         "jongerenwerk in Oost en Meerhoven krijgt daarom vanaf 15 december tot en met 2 januari extra uren; de "
         "stichting Jong Lindemaas heeft toegezegd dat het daarvoor voldoende mensen kan inzetten."),
        ("Vuurwerkshow en vuurwerkvrije zones",
         "Ik neem het voorstel voor een gezamenlijk alternatief graag over. Samen met de ondernemersvereniging "
         "organiseert de gemeente op 31 december 2026 om middernacht een vuurwerkshow aan de Maasoever. "
         "Tegelijk breid ik de vuurwerkvrije zone uit met het Stationsplein. De Kloosterbuurt voeg ik daar nog "
         "niet aan toe: het is een woonwijk zonder duidelijke grenzen, waar een verbod voor politie en boa's "
         "nauwelijks te handhaven is. Ik bekijk na de komende jaarwisseling opnieuw of dat nodig is."),
        ("Containers en prullenbakken",
         "Vanaf 27 december worden in de hotspots alle prullenbakken afgesloten of weggehaald en worden de "
         "ondergrondse containers op slot gedaan. Bewoners krijgen vooraf een brief met de dichtstbijzijnde "
         "plek waar zij hun afval wel kwijt kunnen."),
        ("Handhaving",
         "De veiligheid van onze boa's staat voorop. Toch kies ik er niet voor om boa's alleen nog samen met de "
         "politie in te zetten. De politie heeft in die nacht niet genoeg capaciteit om alle teams te begeleiden, "
         "en boa's zouden dan in grote delen van de stad ontbreken. Wel krijgen alle boa's een portofoon met een "
         "directe verbinding met de meldkamer."),
        ("Camera's",
         "Ik heb kennisgenomen van het advies over mobiele camera's op de hotspots. Voor cameratoezicht buiten de "
         "Binnenstad is een besluit op grond van artikel 151c van de Gemeentewet nodig, waarvoor eerst een "
         "beoordeling van de noodzaak en de privacygevolgen moet worden gemaakt. Ik betrek het advies bij de "
         "voorbereiding van het veiligheidsplan voor volgend jaar."),
        ("Landelijk vuurwerkverbod",
         "Los van deze evaluatie blijf ik mij in het Veiligheidsberaad inzetten voor een landelijk verbod op "
         "consumentenvuurwerk. Zolang dat er niet is, blijven lokale maatregelen nodig."),
        ("Kosten",
         "De extra inzet van jongerenwerk, de vuurwerkshow en het afsluiten van containers kosten naar "
         "verwachting 96.000 euro. Ik stel voor deze kosten te dekken uit de reserve openbare orde en "
         "veiligheid; het voorstel daartoe maakt deel uit van de voorjaarsnota."),
    ]
    for h, t in blocks:
        d.set_font("se", "B", 10)
        d.multi_cell(d.tw, 5.4, h, new_x="LMARGIN", new_y="NEXT")
        d.para(t)
    d.para("Tot slot dank ik alle hulpverleners, boa's, jongerenwerkers en vrijwilligers die zich tijdens de "
           "jaarwisseling voor onze stad hebben ingezet.")
    d.para("Met vriendelijke groet,\n\nde burgemeester van Lindemaas,\n\nmr. drs. A.M. (Annelies) Verhoeven-Peeters")
    d.output(B.out(NAME + "_response.pdf"))


RECS = [
    (1, "De commissie beveelt aan om de vuurwerkvrije zone in de",
     "De Kloosterbuurt voeg ik daar nog niet aan toe", "partly"),
    (2, "De commissie beveelt aan om boa's in de nacht van",
     "kies ik er niet voor om boa's alleen nog", "disagrees"),
    (3, "De commissie beveelt aan om het jongerenwerk in Oost en",
     "vanaf 15 december tot en met 2 januari extra uren", "agrees"),
    (4, "De commissie beveelt aan om op de drie hotspots van",
     "Ik heb kennisgenomen van het advies over mobiele camera's", "noted"),
    (5, "De commissie beveelt aan om de schade aan gemeentelijk bezit", None, "unanswered"),
    (6, "De commissie beveelt aan om vanaf de komende jaarwisseling een",
     "om middernacht een vuurwerkshow aan de Maasoever", "agrees"),
    (7, "De commissie beveelt aan om prullenbakken en ondergrondse containers in",
     "worden de ondergrondse containers op slot gedaan", "agrees"),
]
UNMATCHED = [
    "De lokale driehoek heeft het rapport op 9 maart besproken",
    "blijf ik mij in het Veiligheidsberaad inzetten",
    "dekken uit de reserve openbare orde en veiligheid",
]
NOTES = ("EVALUATIE JAARWISSELING by a municipality's independent evaluation committee for the lokale driehoek, "
         "answered by the burgemeester's BRIEF AAN DE GEMEENTERAAD. The Vuurwerkbesluit, the Gemeentewet (art. 151c) "
         "and the Eenduidige Landelijke Afspraken are real; Lindemaas, the committee, figures and people are "
         "invented. Recommendations: UNNUMBERED bold-italic sentences 'De commissie beveelt aan om ...' closing "
         "the subsections 4.1-4.8 of 'Conclusies en aanbevelingen' (4.5 has none; numbers 1-7 by order, so 4.6 is "
         "recommendation 5 and 4.8 is 7). Traps: an 'In het kort' box paraphrasing all of them ('vraagt de "
         "driehoek vooral om'); numbered paragraphs 1.1-3.4; a table of incidents; the Vuurwerkbesluit's 'mag "
         "alleen' and the APV ban ('moet rekening houden met een boete'); last year's recommendation quoted as an "
         "imperative ('Breid het cameratoezicht ... uit', reported as done); residents' 'zou moeten ingrijpen'; "
         "the employers' 'moeten ... aangifte doen'; 4.5 with 'geen aanbeveling'. Letter with bold theme headings "
         "in its own words, no numbers: introduction (nothing); Jongeren = 3 agrees; ONE section 'Vuurwerkshow en "
         "vuurwerkvrije zones' = 6 agrees + 1 partly (Stationsplein yes, Kloosterbuurt not); Containers = 7 agrees; "
         "Handhaving = 2 disagrees ('kies ik er niet voor', portofoons instead); Camera's = 4 noted ('heb "
         "kennisgenomen ... betrek het advies bij'); Landelijk vuurwerkverbod and Kosten (nothing); closing thanks; "
         "5 (recovering damage from known offenders) unanswered.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
