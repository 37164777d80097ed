"""Round 76 (nl): the ADVIES of a port's NAUTISCHE ADVIESCOMMISSIE on a draft havenbeheersverordening, article by
article, answered by the port authority's REACTIENOTA (own numbered paragraphs, in another order).

Advice: (invented) Nautische Adviescommissie Havenbedrijf Dollardmond, advice on the ontwerp-Havenbeheersverordening
Dollardmond 2027, 3 p.: the Scheepvaartverkeerswet and the verordening's own 'moet' duties; a numbered list of 2025
incidents (findings); a table of calls; the havenmeester's explanatory note quoted; section 3 'Advies per artikel'
with bold article lines ('Artikel 2.3 - Ligplaatsen binnenvaart'), seven with a recommendation and one (artikel 3.2)
with only assent; 'Samengevat vraagt de commissie ...' in the closing.
Response: 'Reactienota advies Nautische Adviescommissie', 2 p., paragraphs numbered 1-8 in its own order: 1 Aanleiding
(nothing), 2 Procedure (nothing), 3 = art. 3.4 (agrees), 4 = art. 2.7 (partly), 5 ONE paragraph art. 1.1 agrees +
art. 5.1 disagrees, 6 = art. 6.3 (noted), 7 = art. 2.3 (disagrees), 8 Overige wijzigingen (nothing); art. 4.2
(bunkering zone) unanswered.
Engine: fpdf2 (DejaVu, no text shaping, fixed creation date).

Run: /tmp/blind76nl/bin/python tests/docs/src/blind76/gen_nl_nautisch_fpdf2.py"""
import datetime
import os
import sys

from fpdf import FPDF

sys.path.insert(0, os.path.dirname(__file__))
import _b76nl as B  # noqa: E402

NAME = "blind76_nl_nautisch"
DV = "/usr/share/fonts/truetype/dejavu/"
NAVY = (16, 45, 90)
GREY = (95, 95, 95)
PALE = (228, 236, 246)


class Doc(FPDF):
    def __init__(self, kind):
        super().__init__(format="A4")
        self.kind = kind
        self.set_creation_date(datetime.datetime(2026, 5, 12, 9, 0, 0, tzinfo=datetime.timezone.utc))
        for stl, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                       ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("sa", stl, DV + f)
        for stl, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf"),
                       ("BI", "DejaVuSerif-BoldItalic.ttf")):
            self.add_font("se", stl, DV + f)
        self.fam = "sa" if kind == "adv" else "se"
        self.lm = 24
        self.tw = self.w - 2 * self.lm
        self.set_margins(self.lm, 22, self.lm)
        self.set_auto_page_break(True, 22)

    def header(self):
        self.set_fill_color(*NAVY)
        self.rect(0, 0, 8, self.h, style="F")
        if self.page_no() > 1:
            self.set_xy(self.lm, 10)
            self.set_text_color(*GREY)
            self.set_font("sa", "", 7.2)
            txt = ("Nautische Adviescommissie Dollardmond  |  Advies NAC 2026-02" if self.kind == "adv"
                   else "Havenbedrijf Dollardmond  |  Reactienota NAC 2026-02")
            self.cell(self.tw, 4, txt, align="R")
            self.set_text_color(0)
            self.set_y(22)

    def footer(self):
        self.set_y(-14)
        self.set_text_color(*GREY)
        self.set_font("sa", "", 7.2)
        self.cell(0, 4, f"Pagina {self.page_no()} van {{nb}}", align="R")
        self.set_text_color(0)

    def para(self, t, size=9.3, lh=4.9, indent=0, style=""):
        self.set_font(self.fam, style, size)
        self.set_x(self.lm + indent)
        self.multi_cell(self.tw - indent, lh, t, markdown=True, align="J", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def hd(self, t, size=11):
        self.ln(1.5)
        self.set_font("sa", "B", size)
        self.set_text_color(*NAVY)
        self.multi_cell(self.tw, 5.8, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0)
        self.ln(1)

    def item(self, mark, t, w=8):
        self.set_font(self.fam, "", 9.3)
        y = self.get_y()
        self.set_x(self.lm + 2)
        self.cell(w, 4.9, mark)
        self.set_xy(self.lm + 2 + w, y)
        self.multi_cell(self.tw - 2 - w, 4.9, t, align="J", new_x="LMARGIN", new_y="NEXT")
        self.ln(1)


ARTS = [
    ("Artikel 1.1 - Begripsbepalingen",
     "De definitie van 'gevaarlijke stoffen' verwijst naar een eigen lijst in bijlage 1. Die lijst wijkt op "
     "enkele punten af van de lijsten die schippers aan boord gebruiken.",
     "De commissie adviseert de definitie van gevaarlijke stoffen te laten aansluiten bij het ADN in plaats van "
     "bij een eigen lijst in bijlage 1."),
    ("Artikel 2.3 - Ligplaatsen binnenvaart",
     "Binnenvaartschepen die het weekeinde in de haven overblijven, liggen nu vaak dubbel of driedubbel aan de "
     "Zuidkade. Dat hindert het laden en lossen van de zeevaart op maandagochtend.",
     "Wijs aan de Noordkade ten minste vier extra ligplaatsen aan voor binnenvaartschepen die langer dan 48 uur "
     "in de haven blijven."),
    ("Artikel 2.7 - Snelheid",
     "Het ontwerp handhaaft de maximumsnelheid van 9 knopen in het Oosterhavenkanaal. De golfslag veroorzaakte "
     "in 2025 schade aan afgemeerde schepen (zie incident 3).",
     "Verlaag de maximumsnelheid in het Oosterhavenkanaal voor alle schepen van 9 naar 6 knopen."),
    ("Artikel 3.2 - Melding van aankomst",
     "Een zeeschip moet zijn aankomst uiterlijk 24 uur vooraf bij de havenmeester melden. De commissie kan zich "
     "in deze bepaling vinden en heeft geen opmerkingen.", None),
    ("Artikel 3.4 - Pleziervaart",
     "Pleziervaartuigen varen in het zomerseizoen dagelijks door de vaargeul naar de jachthaven. Zij zijn op de "
     "radar van de verkeerspost slecht zichtbaar.",
     "Verplicht pleziervaartuigen langer dan 12 meter om binnen het havengebied hun AIS-transponder "
     "ingeschakeld te houden."),
    ("Artikel 4.2 - Bunkeren",
     "Volgens het ontwerp beslist de havenmeester per geval over een veiligheidszone rond een schip dat bunkert. "
     "Schippers en bunkerbedrijven weten daardoor vooraf niet waar zij aan toe zijn.",
     "Laat de havenmeester bij het bunkeren van LNG een vaste veiligheidszone van 25 meter aanwijzen in plaats "
     "van per geval te beslissen."),
    ("Artikel 5.1 - Walstroom",
     "Schepen aan de Cruisekade moeten vanaf 2028 walstroom gebruiken. Een deel van de bestaande "
     "walstroominstallaties voldoet niet aan de nieuwe technische eisen.",
     "Neem een overgangstermijn van twaalf maanden op voor walstroominstallaties die al voor 1 januari 2027 in "
     "gebruik waren."),
    ("Artikel 6.3 - Handhaving",
     "Het ontwerp geeft de havenmeester de bevoegdheid een last onder dwangsom op te leggen. Hoe vaak dat "
     "gebeurt, is voor de gebruikers van de haven niet zichtbaar.",
     "Geef de commissie jaarlijks inzage in de geanonimiseerde gegevens over overtredingen en opgelegde "
     "sancties."),
]


def advice():
    d = Doc("adv")
    d.set_text_shaping(False)
    d.set_title("Advies NAC 2026-02")
    d.set_author("Nautische Adviescommissie Dollardmond")
    d.add_page()
    d.set_font("sa", "B", 8.5)
    d.set_text_color(*NAVY)
    d.cell(d.tw, 5, "NAUTISCHE ADVIESCOMMISSIE HAVENBEDRIJF DOLLARDMOND", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(3)
    d.set_font("sa", "B", 16)
    d.multi_cell(d.tw, 7.5, "Advies over de ontwerp-Havenbeheersverordening Dollardmond 2027",
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.set_font("sa", "", 8.5)
    d.set_fill_color(*PALE)
    for k, v in (("Kenmerk", "NAC 2026-02"), ("Datum", "14 april 2026"),
                 ("Aan", "het college van bestuur van het Havenbedrijf Dollardmond"),
                 ("Onderwerp", "advies op uw verzoek van 2 maart 2026")):
        d.cell(30, 5.2, k, fill=True)
        d.cell(d.tw - 30, 5.2, "  " + v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.hd("1 Inleiding")
    d.para("U heeft de Nautische Adviescommissie gevraagd te adviseren over de ontwerp-Havenbeheersverordening "
           "Dollardmond 2027. De commissie bestaat uit vertegenwoordigers van de loodsen, de sleepdiensten, de "
           "binnenvaart, de zeevaartagenten, de jachthaven en de brandweer. Zij adviseert over alle regels die de "
           "veiligheid en de vlotte afwikkeling van het scheepvaartverkeer in de haven raken.")
    d.para("De verordening berust op de Gemeentewet en de Scheepvaartverkeerswet. Die wet bepaalt onder meer dat "
           "de havenbeheerder de regels voor het verkeer op het water moet afstemmen op de landelijke "
           "voorschriften. De commissie heeft het ontwerp besproken in haar vergaderingen van 19 maart en 9 april "
           "2026.")
    d.hd("2 Ontwikkelingen in de haven")
    d.para("Het aantal scheepsbezoeken is de laatste jaren gestegen, vooral in de binnenvaart:")
    d.set_font("sa", "B", 8.5)
    d.set_fill_color(*NAVY)
    d.set_text_color(255)
    for i, t in enumerate(("Scheepsbezoeken", "2023", "2024", "2025")):
        d.cell(70 if i == 0 else 30, 5.5, t, border=1, fill=True, align="L" if i == 0 else "R")
    d.ln()
    d.set_text_color(0)
    d.set_font("sa", "", 8.5)
    for row in (("Zeevaart", "1.412", "1.388", "1.451"), ("Binnenvaart", "6.020", "6.534", "7.102"),
                ("Pleziervaart (doorvaart)", "2.870", "3.115", "3.340")):
        for i, t in enumerate(row):
            d.cell(70 if i == 0 else 30, 5.2, t, border=1, align="L" if i == 0 else "R")
        d.ln()
    d.ln(3)
    d.para("In 2025 heeft de verkeerspost vier incidenten geregistreerd die voor dit advies van belang zijn:")
    for n, t in (("1.", "een aanvaring tussen een binnenvaartschip en een zeiljacht in de vaargeul (juni);"),
                 ("2.", "een gaslek tijdens het bunkeren aan de Westkade, waarbij de kade twee uur werd "
                        "afgesloten (augustus);"),
                 ("3.", "schade aan drie afgemeerde schepen door golfslag in het Oosterhavenkanaal (oktober);"),
                 ("4.", "een zeeschip dat zonder melding de haven binnenliep (november).")):
        d.item(n, t)
    d.para("In de toelichting bij het ontwerp schrijft de havenmeester: 'De verordening moet eenvoudig blijven; "
           "waar maatwerk nodig is, beslist de havenmeester per geval.' De commissie begrijpt die keuze, maar "
           "vindt dat vaste regels op enkele punten meer duidelijkheid geven. De sleepdiensten zijn van mening dat "
           "de havenmeester zijn besluiten over maatwerk zou moeten publiceren; de commissie laat dat punt hier "
           "rusten.")
    d.hd("3 Advies per artikel")
    for title, obs, rec in ARTS:
        d.set_font("sa", "B", 9.5)
        d.set_text_color(*NAVY)
        d.multi_cell(d.tw, 5.2, title, new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0)
        d.para(obs)
        if rec:
            d.para("**" + rec + "**", indent=6)
    d.hd("4 Tot slot")
    d.para("Samengevat vraagt de commissie om duidelijkere regels voor ligplaatsen, snelheid, pleziervaart en "
           "bunkeren, om een redelijke overgang voor walstroom en om meer openheid over de handhaving. De "
           "commissie is graag bereid haar advies toe te lichten.")
    d.para("Namens de Nautische Adviescommissie,\nkapitein J.H. (Jelle) Wiersma, voorzitter\nA. (Anouk) "
           "Brouwer-Dijkstra, secretaris")
    d.alias_nb_pages()
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("res")
    d.set_text_shaping(False)
    d.set_title("Reactienota advies Nautische Adviescommissie")
    d.set_author("Havenbedrijf Dollardmond")
    d.add_page()
    d.set_font("sa", "B", 8.5)
    d.set_text_color(*NAVY)
    d.cell(d.tw, 5, "HAVENBEDRIJF DOLLARDMOND  -  HAVENMEESTER", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(3)
    d.set_font("se", "B", 15)
    d.multi_cell(d.tw, 7, "Reactienota op het advies van de Nautische Adviescommissie over de "
                          "ontwerp-Havenbeheersverordening Dollardmond 2027", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.set_font("se", "I", 9)
    d.cell(d.tw, 5, "Vastgesteld door het college van bestuur op 26 mei 2026", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    paras = [
        ("1. Aanleiding",
         "Het college van bestuur heeft op 14 april 2026 het advies van de Nautische Adviescommissie ontvangen. "
         "In deze nota geven wij per onderwerp aan hoe wij het advies hebben gewogen en welke wijzigingen wij in "
         "de verordening hebben aangebracht. De nota gaat met de verordening naar het algemeen bestuur."),
        ("2. Procedure",
         "Het ontwerp heeft tegelijk met de adviesaanvraag zes weken ter inzage gelegen. Er zijn drie "
         "zienswijzen ingediend, die afzonderlijk in de Nota van zienswijzen worden beantwoord."),
        ("3. Pleziervaart (artikel 3.4)",
         "Wij nemen dit advies over. In artikel 3.4 is bepaald dat een pleziervaartuig met een lengte van meer "
         "dan 12 meter zijn AIS-transponder aan moet hebben zolang het zich in het havengebied bevindt. De "
         "jachthaven informeert haar gasten hierover."),
        ("4. Snelheid in het Oosterhavenkanaal (artikel 2.7)",
         "De commissie vraagt de maximumsnelheid in het hele Oosterhavenkanaal te verlagen. Wij verlagen de "
         "snelheid tot 6 knopen in het deel ten oosten van de Zwaaikom, waar de meeste schepen afgemeerd "
         "liggen. In het westelijke deel blijft 9 knopen gelden, omdat zeeschepen daar bij harde wind "
         "voldoende vaart nodig hebben om bestuurbaar te blijven."),
        ("5. Begripsbepalingen en walstroom (artikelen 1.1 en 5.1)",
         "De definitie van gevaarlijke stoffen verwijst nu rechtstreeks naar het ADN; bijlage 1 is vervallen. "
         "Een overgangstermijn voor bestaande walstroominstallaties achten wij niet nodig: de eigenaren van de "
         "Cruisekade zijn al in 2024 over de nieuwe eisen ingelicht en hebben tot 2028 de tijd. Artikel 5.1 "
         "blijft op dit punt ongewijzigd."),
        ("6. Gegevens over handhaving (artikel 6.3)",
         "Wij hebben kennisgenomen van de wens van de commissie om inzicht te krijgen in de handhaving. Het "
         "college zal dit meenemen bij de opzet van het nieuwe jaarverslag van de havenmeester; een "
         "verplichting daartoe nemen wij niet in de verordening op."),
        ("7. Ligplaatsen voor de binnenvaart (artikel 2.3)",
         "Het advies om aan de Noordkade extra ligplaatsen aan te wijzen nemen wij niet over. De Noordkade is "
         "vanaf 2027 nodig voor de nieuwe containerterminal. Wel onderzoeken wij of de wachtplaats bij de "
         "Zeesluis kan worden uitgebreid."),
        ("8. Overige wijzigingen",
         "Naast de wijzigingen die uit het advies volgen, zijn enkele redactionele verbeteringen aangebracht "
         "en is de nummering van hoofdstuk 7 aangepast. Wij danken de commissie voor haar zorgvuldige advies en "
         "de prettige samenwerking."),
    ]
    for h, t in paras:
        d.set_font("se", "B", 10)
        d.set_text_color(*NAVY)
        d.multi_cell(d.tw, 5.4, h, new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0)
        d.para(t, size=9.6, lh=5.1)
    d.ln(2)
    d.para("Het college van bestuur van het Havenbedrijf Dollardmond,\nR.T. (Roelof) Hoekstra, voorzitter\n"
           "M. (Marieke) Schuiling, havenmeester", size=9.6)
    d.alias_nb_pages()
    d.output(B.out(NAME + "_response.pdf"))


RECS = [
    (1, "De commissie adviseert de definitie van gevaarlijke stoffen te laten",
     "verwijst nu rechtstreeks naar het ADN", "agrees"),
    (2, "Wijs aan de Noordkade ten minste vier extra ligplaatsen aan",
     "extra ligplaatsen aan te wijzen nemen wij niet over", "disagrees"),
    (3, "Verlaag de maximumsnelheid in het Oosterhavenkanaal voor alle schepen",
     "tot 6 knopen in het deel ten oosten van de Zwaaikom", "partly"),
    (4, "Verplicht pleziervaartuigen langer dan 12 meter om binnen het havengebied",
     "zijn AIS-transponder aan moet hebben zolang", "agrees"),
    (5, "Laat de havenmeester bij het bunkeren van LNG een vaste", None, "unanswered"),
    (6, "Neem een overgangstermijn van twaalf maanden op voor walstroominstallaties",
     "Artikel 5.1 blijft op dit punt ongewijzigd", "disagrees"),
    (7, "Geef de commissie jaarlijks inzage in de geanonimiseerde gegevens",
     "zal dit meenemen bij de opzet van het nieuwe jaarverslag", "noted"),
]
UNMATCHED = [
    "Er zijn drie zienswijzen ingediend",
    "de nummering van hoofdstuk 7 aangepast",
    "gaat met de verordening naar het algemeen bestuur",
]
NOTES = ("ADVIES of a port's NAUTISCHE ADVIESCOMMISSIE on a draft havenbeheersverordening, article by article, "
         "answered by the port authority's REACTIENOTA. The Gemeentewet, the Scheepvaartverkeerswet and the ADN are "
         "real; Dollardmond, its port, the committee, figures and people are invented. Recommendations: bold "
         "sentences (some imperatives, one 'De commissie adviseert ...') indented under bold article lines "
         "'Artikel 1.1 - Begripsbepalingen' etc.; numbers by order. Traps: the law's 'moet ... afstemmen', a table "
         "of calls, incidents 1.-4. (findings), the havenmeester's note quoted ('moet eenvoudig blijven'), the tug "
         "services' 'zou moeten publiceren', 'Artikel 3.2' with only assent ('moet ... melden', no advice), each "
         "article's plain observation ('moeten vanaf 2028 walstroom gebruiken'), 'Samengevat vraagt de commissie'. "
         "Reactienota numbered 1.-8. in its own order, headings by subject and article: 1 Aanleiding and 2 "
         "Procedure (nothing); 3 = 4 agrees; 4 = 3 partly (6 knots only east of the Zwaaikom); ONE paragraph 5 = 1 "
         "agrees + 6 disagrees ('achten wij niet nodig ... blijft ongewijzigd'); 6 = 7 noted ('kennisgenomen ... "
         "zal dit meenemen', no obligation); 7 = 2 disagrees ('nemen wij niet over'); 8 Overige wijzigingen and "
         "thanks (nothing); 5 (LNG bunkering zone, art. 4.2) unanswered. Beware: the reply numbers 3-7 are not "
         "the recommendation numbers.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
