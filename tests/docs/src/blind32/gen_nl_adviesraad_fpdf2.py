"""Round 32 (nl): a requested advice ('gevraagd advies') of the (invented) Adviesraad Sociaal Domein of an invented
municipality, Hesselerbroek, on the college's draft policy plan for the social domain (Wmo 2015, Jeugdwet,
Participatiewet), answered by the college's letter whose answer is given as VERDICT GROUPS. Advice: letter-style
advice with an Aan/Datum/Kenmerk/Betreft block, paragraphs with grey MARGIN NUMBERS 1-13 (legal style), themed
chapters that discuss each point in prose ('Het zou onverstandig zijn ...', a quoted sentence of the council's own
2024 advice), article numbers (artikel 2.1.2 Wmo 2015, artikel 2.2 Jeugdwet, artikel 7 of the council's
regulation), and the eight recommendations only in the closing chapter 'Onze adviezen' as a lettered list a.-h.
under one lead-in sentence (so they start in lower case). Response: college letter with a right-hand reference
column, a shaded box 'Ons antwoord in het kort' that sorts the LETTERS into four groups (Overgenomen b, f /
Gedeeltelijk overgenomen a, d / Niet overgenomen g, h / Nog geen besluit e), c is in no group; then 'Toelichting'
by theme WITHOUT letters in the order a, d+b (one section, two verdicts), e, f, g, h; 'Samenwerking' and 'Hoe
verder' (which mentions a dorpshuis meeting but not the day care of recommendation c) answer nothing. Engine: fpdf2
(DejaVu, no text shaping, so no ligatures; 'pagina N van M' via alias_nb_pages)."""
import datetime
import os
import sys

from fpdf import FPDF

sys.path.insert(0, os.path.dirname(__file__))
import _b32nl as B  # noqa: E402

NAME = "blind32_nl_adviesraad"
DV = "/usr/share/fonts/truetype/dejavu/"
PURPLE = (94, 47, 122)
LILAC = (240, 233, 245)
ORANGE = (222, 120, 31)
CREAM = (253, 243, 231)


class Doc(FPDF):
    foot = ""
    head = ""
    accent = PURPLE

    def __init__(self):
        super().__init__(format="A4")
        for st, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                      ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("dv", st, DV + f)
        for st, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf")):
            self.add_font("ds", st, DV + f)
        self.set_margins(30, 20, 22)
        self.set_auto_page_break(True, 22)
        self.alias_nb_pages()
        self.set_creation_date(datetime.datetime(2026, 2, 9, tzinfo=datetime.timezone.utc))

    def header(self):
        if self.page_no() == 1 or not self.head:
            return
        self.set_font("dv", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.set_xy(self.l_margin, 10)
        self.cell(0, 4, self.head)
        self.set_draw_color(*self.accent)
        self.set_line_width(0.3)
        self.line(self.l_margin, 15, 210 - self.r_margin, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        self.set_y(-14)
        self.set_font("dv", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, self.foot.replace("#", str(self.page_no())), align="R")
        self.set_text_color(0, 0, 0)


# ------------------------------------------------------------------ advice

RECS_TEXT = [
    ("a.", "de doelen in het plan meetbaar te maken, met een nulmeting en een streefwaarde voor 2029, zodat de "
           "gemeenteraad kan volgen of het beleid werkt;"),
    ("b.", "onafhankelijke cli\u00ebntondersteuning actief aan te bieden, in elk keukentafelgesprek en in elke "
           "beschikking;"),
    ("c.", "de vrij toegankelijke dagbesteding in de dorpshuizen van Broekhuizen en Zandwijk te behouden;"),
    ("d.", "jongeren die 18 worden een vaste contactpersoon te geven tot zij 23 jaar zijn;"),
    ("e.", "elk kwartaal de wachttijden in de jeugdhulp per aanbieder te publiceren;"),
    ("f.", "ervaringsdeskundigen te laten meebeslissen over de inkoop van Wmo-ondersteuning en jeugdhulp vanaf "
           "2027;"),
    ("g.", "het instaptarief van de regiotaxi voor Wmo-pashouders terug te brengen naar 1 euro;"),
    ("h.", "een onafhankelijke klachtenfunctionaris aan te stellen voor klachten over de Wmo en de jeugdhulp."),
]


def advice():
    d = Doc()
    d.head = "Adviesraad Sociaal Domein Hesselerbroek \u00b7 advies concept-beleidsplan \u2018Samen redzaam\u2019"
    d.foot = "ASD 2026-03 \u00b7 pagina # van {nb}"
    d.add_page()
    # letterhead
    d.set_fill_color(*PURPLE)
    d.rect(30, 14, 4, 16, style="F")
    d.set_xy(37, 14)
    d.set_font("dv", "B", 13)
    d.set_text_color(*PURPLE)
    d.cell(0, 7, "Adviesraad Sociaal Domein", new_x="LMARGIN", new_y="NEXT")
    d.set_x(37)
    d.set_font("dv", "", 9)
    d.set_text_color(90, 90, 90)
    d.cell(0, 5, "Hesselerbroek \u00b7 Postbus 150, 7390 AD Hesselerbroek \u00b7 adviesraad@hesselerbroek.nl",
           new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_y(40)
    for k, v in (("Aan", "het college van burgemeester en wethouders van Hesselerbroek"),
                 ("Datum", "9 februari 2026"), ("Ons kenmerk", "ASD 2026-03"),
                 ("Betreft", "gevraagd advies concept-beleidsplan Sociaal Domein \u2018Samen redzaam\u2019 "
                             "2026\u20132029")):
        d.set_font("dv", "B", 8.5)
        d.cell(28, 5, k)
        d.set_font("dv", "", 8.5)
        d.multi_cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.set_font("dv", "B", 15)
    d.set_text_color(*PURPLE)
    d.multi_cell(0, 7.5, "Advies over het concept-beleidsplan \u2018Samen redzaam\u2019 2026\u20132029",
                 new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(2)
    counter = [0]

    def h(t):
        d.ln(2)
        if d.get_y() > 250:
            d.add_page()
        d.set_font("dv", "B", 10.5)
        d.set_text_color(*PURPLE)
        d.cell(0, 7, t, new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0, 0, 0)

    def para(t, style=""):
        counter[0] += 1
        if d.get_y() > 262:
            d.add_page()
        y = d.get_y()
        d.set_font("dv", "", 7.5)
        d.set_text_color(140, 140, 140)
        d.set_xy(20, y + 0.6)
        d.cell(7, 4, str(counter[0]), align="R")
        d.set_text_color(0, 0, 0)
        d.set_xy(30, y)
        d.set_font("ds", style, 9.4)
        d.multi_cell(0, 5.1, t, new_x="LMARGIN", new_y="NEXT")
        d.ln(2.2)

    h("1  Inleiding")
    para("Op 8 december 2025 vroeg het college de Adviesraad Sociaal Domein om advies over het concept-beleidsplan "
         "\u2018Samen redzaam\u2019 2026\u20132029. Het plan beschrijft het beleid voor de Wet maatschappelijke "
         "ondersteuning 2015 (Wmo), de Jeugdwet en de Participatiewet. De gemeenteraad moet het plan volgens "
         "artikel 2.1.2 van de Wmo 2015 en artikel 2.2 van de Jeugdwet periodiek vaststellen.")
    para("De adviesraad heeft het concept besproken in zijn vergaderingen van 12 januari en 2 februari 2026. Daarnaast "
         "spraken wij met de cli\u00ebntenraad van de Sociale Dienst, met het Jongerenpanel en met drie wijkteams. "
         "Wij danken de beleidsmedewerkers voor hun heldere toelichting.")
    h("2  Algemeen")
    para("De adviesraad waardeert dat het plan uitgaat van wat inwoners zelf kunnen, en dat het de drie wetten in "
         "samenhang bekijkt. De toon is positief en de taal is begrijpelijk, ook voor inwoners die het plan zelf "
         "lezen.")
    para("Wel is het plan op veel punten vrijblijvend. Het bevat ambities (\u2018we zetten in op\u2019, \u2018we "
         "streven naar\u2019), maar nergens staat wanneer een doel is bereikt. Zo kan de gemeenteraad niet "
         "controleren of het beleid werkt.")
    h("3  Toegang en ondersteuning")
    para("Volgens het cli\u00ebntervaringsonderzoek 2024 wist 58 procent van de Wmo-cli\u00ebnten niet dat zij recht "
         "hebben op gratis onafhankelijke cli\u00ebntondersteuning. Het plan noemt de cli\u00ebntondersteuner maar "
         "\u00e9\u00e9n keer, in een voetnoot.")
    para("In Broekhuizen en Zandwijk is de dagbesteding in het dorpshuis vrij toegankelijk, zonder indicatie. Het "
         "plan wil deze voorzieningen \u2018herijken\u2019. Voor veel ouderen in deze kernen is het de enige plek "
         "waar zij andere mensen ontmoeten. Het zou onverstandig zijn om juist hier te bezuinigen.")
    para("Inwoners met een klacht over een zorgaanbieder of over de gemeente weten vaak niet waar zij terechtkunnen. "
         "De klachtenregeling staat alleen op de website, en een klacht wordt behandeld door een medewerker van de "
         "afdeling die het besluit nam.")
    h("4  Jeugd")
    para("Jongeren die 18 worden, verliezen vaak van de ene op de andere dag hun vaste hulpverlener. Het plan noemt "
         "de overgang van 18- naar 18+, maar zegt niet wat de gemeente daaraan doet. In ons advies over de "
         "Verordening jeugdhulp 2024 schreven wij al: \u2018Zorg dat geen jongere op zijn achttiende verjaardag "
         "zonder hulp komt te staan.\u2019")
    para("De wachttijden in de jeugdhulp lopen op. Voor de specialistische jeugd-ggz wachten kinderen in onze regio "
         "gemiddeld 19 weken. Ouders horen niet hoe lang het gaat duren en kunnen daardoor ook niet kiezen voor "
         "een aanbieder met een kortere wachttijd.")
    h("5  Inkoop en vervoer")
    para("De gemeente koopt de Wmo-ondersteuning en de jeugdhulp vanaf 2027 opnieuw in, samen met vier "
         "buurgemeenten. Inwoners die de zorg zelf gebruiken, weten vaak het best wat goede zorg is. Tot nu toe "
         "mochten zij bij de inkoop alleen meepraten in een klankbordgroep.")
    para("Het instaptarief van de regiotaxi voor Wmo-pashouders ging op 1 januari 2025 omhoog van 1,00 naar 2,10 "
         "euro per rit. Voor inwoners met een laag inkomen die vaak moeten reizen, is dat een flinke kostenpost. Sinds "
         "de verhoging is het aantal ritten met 14 procent gedaald.")
    h("6  Onze adviezen")
    counter[0] += 1
    y = d.get_y()
    d.set_font("dv", "", 7.5)
    d.set_text_color(140, 140, 140)
    d.set_xy(20, y + 0.6)
    d.cell(7, 4, str(counter[0]), align="R")
    d.set_text_color(0, 0, 0)
    d.set_xy(30, y)
    d.set_font("ds", "B", 9.4)
    d.multi_cell(0, 5.1, "Samengevat adviseert de adviesraad het college:", new_x="LMARGIN", new_y="NEXT")
    d.ln(1.5)
    for lab, t in RECS_TEXT:
        d.set_x(33)
        d.set_font("ds", "B", 9.4)
        d.set_text_color(*PURPLE)
        d.cell(7, 5.1, lab)
        d.set_text_color(0, 0, 0)
        d.set_font("ds", "", 9.4)
        d.multi_cell(0, 5.1, t, new_x="LMARGIN", new_y="NEXT")
        d.ln(1.2)
    d.ln(1.5)
    para("Wij vragen het college om binnen zes weken te laten weten wat het met dit advies doet, zoals artikel 7 van "
         "de Verordening adviesraad sociaal domein Hesselerbroek 2019 bepaalt. Wij lichten ons advies graag toe in "
         "een gesprek met de wethouder.")
    d.ln(2)
    d.set_font("ds", "", 9.4)
    d.multi_cell(0, 5.1, "Namens de Adviesraad Sociaal Domein Hesselerbroek,\n\nHenk Jonkman, voorzitter\n"
                         "Fatma Demir, secretaris", new_x="LMARGIN", new_y="NEXT")
    d.set_title("Advies ASD 2026-03 concept-beleidsplan Samen redzaam")
    d.output(B.out(NAME + "_advice.pdf"))


# ------------------------------------------------------------------ response

def response():
    d = Doc()
    d.accent = ORANGE
    d.head = "Gemeente Hesselerbroek \u00b7 reactie op advies ASD 2026-03"
    d.foot = "Z/26/104513 \u00b7 #/{nb}"
    d.set_margins(25, 20, 25)
    d.add_page()
    d.set_font("dv", "B", 17)
    d.set_text_color(*ORANGE)
    d.set_xy(25, 16)
    d.cell(0, 8, "gemeente", new_x="LMARGIN", new_y="NEXT")
    d.set_x(25)
    d.set_font("dv", "B", 12)
    d.set_text_color(60, 60, 60)
    d.cell(0, 6, "Hesselerbroek", new_x="LMARGIN", new_y="NEXT")
    # address left, references right
    d.set_y(44)
    d.set_font("dv", "", 9)
    d.set_text_color(0, 0, 0)
    d.multi_cell(90, 4.8, "Adviesraad Sociaal Domein Hesselerbroek\nt.a.v. de heer H. Jonkman, voorzitter\n"
                          "Postbus 150\n7390 AD Hesselerbroek", new_x="LMARGIN", new_y="NEXT")
    y = 44
    for k, v in (("Datum", "17 maart 2026"), ("Ons kenmerk", "Z/26/104513"), ("Uw kenmerk", "ASD 2026-03"),
                 ("Behandeld door", "Mirjam Kooistra"), ("Telefoon", "0572 38 44 00")):
        d.set_xy(128, y)
        d.set_font("dv", "B", 7.5)
        d.set_text_color(110, 110, 110)
        d.cell(27, 4.2, k)
        d.set_font("dv", "", 7.5)
        d.set_text_color(0, 0, 0)
        d.cell(0, 4.2, v)
        y += 4.6
    d.set_y(74)
    d.set_font("dv", "B", 9.5)
    d.multi_cell(0, 5, "Onderwerp: reactie op uw advies over het beleidsplan \u2018Samen redzaam\u2019 2026\u20132029",
                 new_x="LMARGIN", new_y="NEXT", align="L")
    d.ln(5)

    def para(t, style=""):
        d.set_font("ds", style, 9.8)
        d.multi_cell(0, 5.3, t, new_x="LMARGIN", new_y="NEXT")
        d.ln(2.2)

    def sub(t):
        if d.get_y() > 255:
            d.add_page()
        d.ln(1)
        d.set_font("dv", "B", 9.8)
        d.set_text_color(*ORANGE)
        d.cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0, 0, 0)

    para("Geachte heer Jonkman, beste leden van de adviesraad,")
    para("Op 9 februari 2026 ontvingen wij uw advies over het concept-beleidsplan \u2018Samen redzaam\u2019. Wij zijn "
         "u erkentelijk voor het grondige werk en voor de gesprekken die u met inwoners, het Jongerenpanel en de "
         "wijkteams voerde. Uw advies heeft het plan op een aantal punten beter gemaakt. In deze brief leest u wat "
         "wij met uw adviezen doen.")
    # verdict-group box
    y0 = d.get_y() + 1
    d.set_fill_color(*CREAM)
    d.set_draw_color(*ORANGE)
    groups = (("Overgenomen", "advies b en f"), ("Gedeeltelijk overgenomen", "advies a en d"),
              ("Niet overgenomen", "advies g en h"), ("Nog geen besluit", "advies e"))
    h_box = 10 + 5.6 * len(groups) + 3
    d.rect(25, y0, 160, h_box, style="DF")
    d.set_xy(30, y0 + 3)
    d.set_font("dv", "B", 9.5)
    d.set_text_color(*ORANGE)
    d.cell(0, 5, "Ons antwoord in het kort", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(1.5)
    for k, v in groups:
        d.set_x(32)
        d.set_font("dv", "", 9)
        d.cell(4, 5.6, "\u2022")
        d.set_font("dv", "B", 9)
        d.cell(50, 5.6, k)
        d.set_font("dv", "", 9)
        d.cell(0, 5.6, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + h_box + 5)
    d.set_font("dv", "B", 11)
    d.cell(0, 7, "Toelichting", new_x="LMARGIN", new_y="NEXT")
    sub("Meetbare doelen")
    para("Wij zijn het met u eens dat de gemeenteraad moet kunnen zien of het beleid werkt. Voor vier van de zes "
         "doelen in het plan hebben wij nu een indicator met een nulmeting en een streefwaarde voor 2029 opgenomen. "
         "Voor \u2018minder eenzaamheid\u2019 en \u2018mantelzorgers ontlasten\u2019 zijn geen betrouwbare lokale "
         "cijfers beschikbaar. Daar rapporteren wij over op basis van gesprekken in de wijken.")
    sub("Jongvolwassenen en cli\u00ebntondersteuning")
    para("Jongeren die 18 worden, krijgen vanaf 1 juli 2026 een vaste contactpersoon in het wijkteam. Wij kiezen "
         "daarbij voor de leeftijd van 21 jaar, in lijn met de verlengde jeugdhulp. Een contactpersoon tot 23 jaar "
         "vraagt extra formatie die het wijkteam op dit moment niet heeft.")
    para("Ook de cli\u00ebntondersteuning gaan wij actiever aanbieden. Vanaf 1 juli staat in elke beschikking en in "
         "elke uitnodiging voor een gesprek hoe inwoners kosteloos een onafhankelijke cli\u00ebntondersteuner kunnen "
         "inschakelen. De medewerkers van het wijkteam wijzen er aan het begin van elk gesprek op.")
    sub("Wachttijden in de jeugdhulp")
    para("De vijf gemeenten van de jeugdregio Lingeveld laten op dit moment onderzoeken hoe de wachttijden "
         "betrouwbaar en per aanbieder kunnen worden gemeten. Wij willen op de uitkomsten daarvan niet vooruitlopen. "
         "Het onderzoek wordt na de zomer verwacht; wij komen daarna bij u terug.")
    sub("Inkoop vanaf 2027")
    para("Hier zijn wij al mee bezig. In het beoordelingsteam van de aanbesteding 2027 hebben twee "
         "ervaringsdeskundigen zitting, met dezelfde stem als de inkopers. Zij zijn voorgedragen door de "
         "cli\u00ebntenraad en worden voor hun werk betaald.")
    sub("Regiotaxi")
    para("Wij begrijpen dat de verhoging van het instaptarief voor een deel van de inwoners voelbaar is. Het tarief is "
         "in 2025 gelijkgetrokken met het tarief van het openbaar vervoer en wij blijven bij die keuze. Inwoners "
         "met een inkomen tot 120 procent van het sociaal minimum kunnen hun reiskosten vergoed krijgen uit de "
         "Meedoenregeling.")
    sub("Klachten")
    para("Een aparte klachtenfunctionaris voor het sociaal domein vinden wij niet nodig. Een klacht wordt al "
         "behandeld door een medewerker die niet bij de zaak betrokken was, zoals artikel 9:7 van de Algemene wet "
         "bestuursrecht voorschrijft. Wel maken wij de klachtenregeling beter vindbaar, ook op papier bij het "
         "Wmo-loket.")
    sub("Samenwerking met de adviesraad")
    para("Wij waarderen het dat de adviesraad al in een vroeg stadium meedenkt. Het was ook prettig dat u de "
         "concepttekst met het Jongerenpanel besprak; dat panel betrekken wij voortaan zelf vaker.")
    sub("Hoe verder")
    para("Het college stelt het beleidsplan op 24 maart 2026 vast. De commissie Samenleving van de gemeenteraad "
         "bespreekt het op 14 april; uw advies en deze brief gaan als bijlage mee. Op 2 april presenteert wethouder "
         "Bosman het plan aan inwoners in dorpshuis De Schakel in Broekhuizen. U bent daarvoor van harte "
         "uitgenodigd.")
    para("Met vriendelijke groet,")
    para("burgemeester en wethouders van Hesselerbroek,\n\nde secretaris,                          de "
         "burgemeester,\nJ. Mulder                                 mr. E.C. van der Linde")
    d.set_title("Reactie college op advies ASD 2026-03")
    d.output(B.out(NAME + "_response.pdf"))


RECS = [
    ("a", "de doelen in het plan meetbaar te maken, met een nulmeting", "Voor vier van de zes doelen in het plan",
     "partly"),
    ("b", "onafhankelijke cliëntondersteuning actief aan te bieden, in elk keukentafelgesprek", "Ook de "
     "cliëntondersteuning gaan wij actiever aanbieden", "agrees"),
    ("c", "de vrij toegankelijke dagbesteding in de dorpshuizen van Broekhuizen en Zandwijk", None, "unanswered"),
    ("d", "jongeren die 18 worden een vaste contactpersoon te geven", "Wij kiezen daarbij voor de leeftijd van 21 "
     "jaar", "partly"),
    ("e", "elk kwartaal de wachttijden in de jeugdhulp per aanbieder te publiceren", "Wij willen op de uitkomsten "
     "daarvan niet vooruitlopen", "noted"),
    ("f", "ervaringsdeskundigen te laten meebeslissen over de inkoop van Wmo-ondersteuning", "In het beoordelingsteam "
     "van de aanbesteding 2027 hebben twee ervaringsdeskundigen zitting", "agrees"),
    ("g", "het instaptarief van de regiotaxi voor Wmo-pashouders terug te brengen", "wij blijven bij die keuze",
     "disagrees"),
    ("h", "een onafhankelijke klachtenfunctionaris aan te stellen voor klachten over", "Een aparte "
     "klachtenfunctionaris voor het sociaal domein vinden wij niet nodig", "disagrees"),
]
UNMATCHED = ["Wij waarderen het dat de adviesraad al in een vroeg stadium meedenkt",
             "presenteert wethouder Bosman het plan aan inwoners in dorpshuis De Schakel"]
NOTES = ("Requested advice of a municipal advisory council for the social domain (Wmo, youth care, Participatiewet) "
         "on the college's draft policy plan (fpdf2), answered by the college's letter. Advice: letterhead, "
         "Aan/Datum/Ons kenmerk/Betreft block, every paragraph carries a grey MARGIN NUMBER 1-13 that is not a "
         "recommendation number; chapters 2-5 discuss each point in prose (plan 'vrijblijvend', 'Het zou "
         "onverstandig zijn om juist hier te bezuinigen', a quoted sentence of the council's own 2024 advice 'Zorg "
         "dat geen jongere ...'); articles 2.1.2 Wmo 2015 and 2.2 Jeugdwet, artikel 7 of the council's regulation "
         "in the closing request. The eight recommendations stand only in the closing chapter '6 Onze adviezen' "
         "as a lettered list a.-h. after ONE lead-in 'Samengevat adviseert de adviesraad het college:' (so every "
         "item starts in lower case with an infinitive clause); numbers are the letters. Response: college letter "
         "with a reference column (Ons kenmerk Z/26/104513, Uw kenmerk ASD 2026-03), a shaded box 'Ons antwoord in "
         "het kort' that sorts the letters into verdict groups ('Overgenomen: advies b en f', 'Gedeeltelijk "
         "overgenomen: advies a en d', 'Niet overgenomen: advies g en h', 'Nog geen besluit: advies e'); c is in no "
         "group. Then 'Toelichting' with theme headings and NO letters in the order a, d+b, e, f, g, h: a four of "
         "six goals get indicators (partly); ONE section 'Jongvolwassenen en clientondersteuning' with d 21 instead "
         "of 23 years (partly) and, in its second paragraph, b (agrees); e 'niet vooruitlopen' on a regional study "
         "(noted, deferral); f 'Hier zijn wij al mee bezig' (agrees); g 'wij blijven bij die keuze' after 'Wij "
         "begrijpen' (disagrees); h 'vinden wij niet nodig' but the complaints scheme made easier to find "
         "(disagrees). c (keep the free day care in the village halls) is not answered; 'Samenwerking met de "
         "adviesraad' and 'Hoe verder' answer nothing, and 'Hoe verder' mentions a meeting in a dorpshuis in "
         "Broekhuizen without answering c.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)
