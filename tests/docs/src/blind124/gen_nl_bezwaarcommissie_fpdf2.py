"""Round 124 (nl): the JAARVERSLAG 2025 of a municipal COMMISSIE BEZWAARSCHRIFTEN (the independent committee that
hears objections and advises the college), whose last chapter 'Signalen en aanbevelingen' gives its lessons for the
organisation; the seven recommendations are UNNUMBERED BOLD IMPERATIVE LEAD-IN SENTENCES, each followed by plain
explanation, under four domain sub-headings (Sociaal domein, Omgevingsrecht, Belastingen en parkeren, Voor de hele
organisatie), with bold lead-in sentences that are FINDINGS (statements) among them; answered by the college's
B&W-ADVIESNOTA (a form with a field grid, 'Beslispunten' 1.-4., 'Aanleiding', 'Toelichting' by theme without
numbers, paraphrase only, in another order, one paragraph answering two, 'Financiële gevolgen', 'Communicatie').

Advice (fpdf2, sans, 2 p., slate-blue headings, running head from p. 2, 'pagina n'): a figures table by domain and a
table of terms (trap), the Awb paraphrased with 'moet' (trap), bold FINDING lead-ins (trap), the 2023 annual report's
recommendation quoted as an imperative (trap), a closing line naming 'de twee signalen over het sociaal domein'
(trap). Response (fpdf2, 2 p.): beslispunten 1.-4. (numbers that are no replies), Aanleiding (nothing); Toelichting
in the order 5, 7, 1+2 (one paragraph), 4, 3; Financiële gevolgen (figures) and Communicatie (nothing); 6 never
answered. Verdicts: 1 partly, 2 agrees, 3 disagrees, 4 noted, 5 agrees, 6 unanswered, 7 agrees. All bodies, places,
people, figures and reference numbers invented; the Algemene wet bestuursrecht, Wmo 2015, Jeugdwet and Wet WOZ are
named as context only.

Run: /tmp/blind124nl/bin/python tests/docs/src/blind124/gen_nl_bezwaarcommissie_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b124nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind124_nl_bezwaarcommissie"
FS = B.tmp_fonts()
BLUE = (46, 72, 110)
PALE = (228, 234, 243)
GREY = (95, 95, 95)
LH = 5.0


class Doc(FPDF):
    head = ""
    foot = "{n}"

    def header(self):
        if self.page_no() > 1 and self.head:
            self.set_y(10)
            self.set_font("S", "", 7.4)
            self.set_text_color(*GREY)
            self.cell(0, 4, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*BLUE)
            self.set_line_width(0.3)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.set_y(21)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("S", "", 7.6)
        self.set_text_color(*GREY)
        self.cell(0, 5, self.foot.format(n=self.page_no()), align="R")
        self.set_text_color(0, 0, 0)


def new(head, foot, title, author):
    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 7, 1, tzinfo=datetime.timezone.utc))
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.head, pdf.foot = head, foot
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        pdf.add_font("S", style, FS[key])
    pdf.set_margins(24, 16, 24)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def para(pdf, text, size=9.4, style="", gap=1.8):
    pdf.set_font("S", style, size)
    pdf.multi_cell(0, LH, text, markdown=True, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def h2(pdf, text, size=11.5):
    if pdf.will_page_break(22):
        pdf.add_page()
    pdf.ln(1.5)
    pdf.set_font("S", "B", size)
    pdf.set_text_color(*BLUE)
    pdf.cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.6)


def h3(pdf, text):
    if pdf.will_page_break(18):
        pdf.add_page()
    pdf.ln(0.8)
    pdf.set_font("S", "I", 10)
    pdf.set_text_color(*BLUE)
    pdf.cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.3)


def table(pdf, rows, widths, size=8.4):
    pdf.set_draw_color(160, 172, 190)
    pdf.set_line_width(0.2)
    for i, row in enumerate(rows):
        pdf.set_font("S", "B" if i == 0 else "", size)
        if i == 0:
            pdf.set_fill_color(*PALE)
        for j, (c, w) in enumerate(zip(row, widths)):
            pdf.cell(w, 5.4, c, border="B", fill=(i == 0), align="L" if j == 0 else "R")
        pdf.ln(5.4)
    pdf.ln(2.5)


def quote(pdf, text):
    pdf.set_x(pdf.l_margin + 8)
    pdf.set_font("S", "I", 9.0)
    pdf.set_text_color(70, 70, 70)
    pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - 16, LH, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1.6)


def advice():
    pdf = new("Commissie bezwaarschriften Dinxelo - jaarverslag 2025 - CBZ/JV/2025", "pagina {n}",
              "Jaarverslag 2025 commissie bezwaarschriften", "Commissie bezwaarschriften Dinxelo")
    pdf.set_y(17)
    pdf.set_font("S", "B", 8)
    pdf.set_text_color(*BLUE)
    pdf.cell(0, 5, "COMMISSIE BEZWAARSCHRIFTEN GEMEENTE DINXELO", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    pdf.set_font("S", "B", 19)
    pdf.multi_cell(0, 8.5, "Jaarverslag 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 11)
    pdf.multi_cell(0, 6, "Werkzaamheden, cijfers en signalen van de onafhankelijke commissie bezwaarschriften",
                   align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    para(pdf, "Aan het college van burgemeester en wethouders en de gemeenteraad van Dinxelo - kenmerk CBZ/JV/2025 "
         "- 12 maart 2026", size=8, gap=4)
    h2(pdf, "1  Inleiding")
    para(pdf, "De commissie bezwaarschriften hoort bezwaarmakers en brengt advies uit aan het college, de "
         "burgemeester en de raad over de beslissing op hun bezwaar. De commissie bestaat uit een voorzitter en "
         "zes leden, die geen deel uitmaken van de gemeentelijke organisatie. In dit jaarverslag leggen wij "
         "verantwoording af over 2025. Zoals elk jaar sluiten wij af met de signalen die wij in de zittingen "
         "opvingen en wat de organisatie daarmee volgens ons kan doen.")
    para(pdf, "Op grond van de Algemene wet bestuursrecht moet het bestuursorgaan binnen twaalf weken na afloop van "
         "de bezwaartermijn beslissen als er een externe commissie is ingesteld. Het mag die termijn eenmaal met "
         "zes weken verlengen; daarna moet de bezwaarmaker instemmen met verder uitstel.")
    h2(pdf, "2  De cijfers")
    para(pdf, "In 2025 ontving de gemeente 486 bezwaarschriften, 58 meer dan in 2024. De stijging komt vooral uit "
         "het sociaal domein.")
    table(pdf, [["Domein", "Ontvangen", "Ingetrokken", "Advies", "Gegrond"],
                ["Sociaal domein (Wmo, Jeugdwet, Participatiewet)", "201", "74", "118", "31"],
                ["Omgevingsrecht en handhaving", "87", "21", "59", "14"],
                ["Belastingen, WOZ en parkeren", "163", "96", "61", "9"],
                ["Overig (Woo, subsidies, APV)", "35", "8", "24", "6"],
                ["Totaal", "486", "199", "262", "60"]], [74, 22, 24, 20, 22])
    para(pdf, "Van de 262 adviezen werden er 246 door het bestuursorgaan gevolgd. De gemiddelde doorlooptijd van "
         "ontvangst tot beslissing op bezwaar was 13,6 weken; in 41 zaken werd de termijn overschreden zonder "
         "instemming van de bezwaarmaker.")
    h2(pdf, "3  Ontwikkelingen")
    para(pdf, "In 2025 hield de commissie 94 zittingen, waarvan 22 online. Bezwaarmakers waarderen de "
         "mogelijkheid om vanuit huis te worden gehoord, vooral in het sociaal domein. In 61 zaken vond voor de "
         "zitting een informeel gesprek plaats tussen de bezwaarmaker en de afdeling; in 47 daarvan werd het bezwaar "
         "daarna ingetrokken. In ons jaarverslag over 2023 schreven wij daarover:")
    quote(pdf, "'Bel iedere bezwaarmaker voordat het dossier naar de commissie gaat.'")
    para(pdf, "Die aanbeveling is in 2024 voor de belastingen ingevoerd en werkt goed, zoals het hoge aantal "
         "ingetrokken bezwaren in dat domein laat zien.")
    h2(pdf, "4  Signalen en aanbevelingen")
    para(pdf, "Hieronder beschrijven wij per domein wat ons opviel. Waar wij de organisatie iets willen meegeven, "
         "staat dat in de vetgedrukte zin aan het begin van de alinea.")
    h3(pdf, "Sociaal domein")
    para(pdf, "**Het aantal bezwaren tegen besluiten over huishoudelijke hulp is bijna verdubbeld.** Veel "
         "bezwaarmakers begrepen niet waarom hun aantal uren was verlaagd. Het keukentafelgesprek was vaak maanden "
         "eerder gevoerd en het verslag ervan hadden zij nooit ontvangen.")
    para(pdf, "**Neem bij elk bezwaar tegen een besluit op grond van de Wmo of de Jeugdwet binnen vijf werkdagen "
         "telefonisch contact op met de bezwaarmaker.** Een kwart van deze bezwaren kan volgens ons met een goed "
         "gesprek worden opgelost, zonder zitting.")
    para(pdf, "**Laat de beslissing op bezwaar in het sociaal domein nooit voorbereiden door de consulent die het "
         "bestreden besluit nam.** In acht zaken zagen wij dat dezelfde consulent het verweerschrift schreef en "
         "op de zitting het besluit verdedigde. Bezwaarmakers ervaren dat niet als een eerlijke heroverweging.")
    h3(pdf, "Omgevingsrecht")
    para(pdf, "**Verzoeken om handhaving blijven gemiddeld 19 weken liggen.** Verzoekers horen in die tijd vaak "
         "niets en maken dan bezwaar tegen het uitblijven van een besluit.")
    para(pdf, "**Wijs bij elk verzoek om handhaving een vaste contactpersoon aan die de verzoeker over iedere stap "
         "informeert.** Dat voorkomt bezwaren die alleen uit onzekerheid voortkomen.")
    para(pdf, "**Betrek bij bezwaren tegen een omgevingsvergunning voor een bedrijf de omwonenden al voor de "
         "hoorzitting bij een gesprek met de aanvrager.** Op de zitting bleek meermaals dat aanvrager en "
         "omwonenden elkaar nooit hadden gesproken, terwijl een kleine aanpassing van het plan het bezwaar had "
         "kunnen wegnemen.")
    h3(pdf, "Belastingen en parkeren")
    para(pdf, "**Vermeld in elke WOZ-beschikking de naam en het telefoonnummer van een taxateur die de waarde kan "
         "toelichten.** Bezwaarmakers die een taxateur spraken, trokken hun bezwaar veel vaker in dan anderen.")
    para(pdf, "**Schort de betaling van een naheffingsaanslag parkeerbelasting op zolang het bezwaar daartegen "
         "loopt.** Nu ontvangen bezwaarmakers tijdens de procedure al een aanmaning, wat veel onbegrip oproept.")
    h3(pdf, "Voor de hele organisatie")
    para(pdf, "**Bied alle medewerkers die besluiten voorbereiden elk jaar een training begrijpelijk schrijven "
         "aan.** In bijna de helft van de zaken was het bestreden besluit voor de bezwaarmaker niet te volgen, "
         "ook als het inhoudelijk juist was.")
    h2(pdf, "5  Tot slot")
    para(pdf, "De commissie dankt de medewerkers van de afdeling Juridische Zaken voor de ondersteuning. Wij vragen "
         "het college in het bijzonder om aandacht voor de twee signalen over het sociaal domein, omdat daar de "
         "meeste bezwaarmakers zitten.")
    para(pdf, "Namens de commissie bezwaarschriften,\nmr. Willemijn Stoutjesdijk, voorzitter\nmr. Bart Nieuwenkamp, "
         "secretaris")
    pdf.output(B.out(NAME + "_advice.pdf"))


def grid(pdf, rows):
    pdf.set_draw_color(160, 172, 190)
    pdf.set_line_width(0.2)
    for k, v in rows:
        pdf.set_font("S", "B", 8.6)
        pdf.set_fill_color(*PALE)
        pdf.cell(42, 6, " " + k, border=1, fill=True)
        pdf.set_font("S", "", 8.6)
        pdf.cell(0, 6, " " + v, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)


def numbered(pdf, items):
    pdf.set_font("S", "", 9.4)
    for n, text in items:
        pdf.set_x(pdf.l_margin + 2)
        pdf.cell(6, LH, f"{n}.")
        pdf.multi_cell(0, LH, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.ln(1.2)


def response():
    pdf = new("Gemeente Dinxelo - adviesnota aan het college - Z/26/041882", "{n}",
              "Adviesnota reactie jaarverslag commissie bezwaarschriften", "Gemeente Dinxelo")
    pdf.set_y(17)
    pdf.set_font("S", "B", 8)
    pdf.set_text_color(*BLUE)
    pdf.cell(0, 5, "GEMEENTE DINXELO", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    pdf.set_font("S", "B", 16)
    pdf.cell(0, 9, "Adviesnota aan burgemeester en wethouders", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    grid(pdf, [("Onderwerp", "Reactie op het jaarverslag 2025 van de commissie bezwaarschriften"),
               ("Zaaknummer", "Z/26/041882"),
               ("Portefeuillehouder", "burgemeester A.C. Verweij-Lont"),
               ("Afdeling", "Juridische Zaken en Control"),
               ("Steller", "mr. D. Hoogenboom"),
               ("Collegevergadering", "9 juni 2026"),
               ("Openbaar", "ja")])
    h2(pdf, "Beslispunten")
    para(pdf, "Het college besluit:", gap=1.0)
    numbered(pdf, [
        (1, "kennis te nemen van het jaarverslag 2025 van de commissie bezwaarschriften;"),
        (2, "in te stemmen met de reactie op de signalen van de commissie, zoals verwoord in deze nota;"),
        (3, "de gemeenteraad te informeren met bijgaande raadsinformatiebrief;"),
        (4, "de commissie een afschrift van deze nota te sturen."),
    ])
    h2(pdf, "Aanleiding")
    para(pdf, "De commissie bezwaarschriften bracht op 12 maart 2026 haar jaarverslag over 2025 uit. Het verslag "
         "laat zien dat het aantal bezwaarschriften verder groeit en dat de termijnen nog te vaak worden "
         "overschreden. In het laatste hoofdstuk doet de commissie een aantal aanbevelingen aan de organisatie. "
         "Deze nota bevat het voorstel voor de reactie van het college daarop.")
    h2(pdf, "Toelichting")
    para(pdf, "**Taxateurs in de WOZ-beschikking.** Met ingang van het belastingjaar 2027 staat in elke "
         "WOZ-beschikking de naam van de taxateur van de wijk, met een rechtstreeks telefoonnummer. De "
         "belastingsamenwerking heeft toegezegd dit in het nieuwe beschikkingsformulier op te nemen.")
    para(pdf, "**Begrijpelijk schrijven.** Het college neemt dit over. Vanaf 2027 staat in het opleidingsplan "
         "voor alle beleidsmedewerkers en consulenten een jaarlijkse schrijftraining van een dagdeel, gegeven "
         "door het taalbureau waarmee de gemeente al samenwerkt.")
    para(pdf, "**Bezwaren in het sociaal domein.** De commissie vraagt om snel contact met de bezwaarmaker en om "
         "een andere medewerker voor de behandeling van het bezwaar. Het college ziet het nut van een vroeg "
         "gesprek. Met de huidige bezetting van het team Wmo en jeugd is contact binnen vijf werkdagen niet "
         "haalbaar; wij streven naar een telefoontje binnen tien werkdagen na ontvangst van het bezwaar. Het "
         "tweede punt nemen wij volledig over: vanaf 1 september 2026 bereidt altijd een andere consulent "
         "dan de eerste behandelaar de beslissing op bezwaar voor.")
    para(pdf, "**Omwonenden bij bezwaren tegen vergunningen.** Het college herkent dat een gesprek tussen aanvrager "
         "en omwonenden een bezwaar kan voorkomen. Participatie is onder de Omgevingswet in de eerste plaats een "
         "zaak van de aanvrager. Wij zullen bezien of een gesprek in de bezwaarfase past bij de evaluatie van de "
         "participatieverordening, maar doen nu geen toezegging.")
    para(pdf, "**Contactpersoon bij handhavingsverzoeken.** Het college kiest hier voor een andere weg. Een vaste "
         "contactpersoon per verzoek vraagt meer capaciteit dan het team Toezicht en Handhaving heeft. Wij vinden "
         "het beter die capaciteit in te zetten om sneller te beslissen, en wijzen geen vaste contactpersonen "
         "aan. Verzoekers kunnen de stand van hun verzoek wel volgen in Mijn Dinxelo.")
    h2(pdf, "Financiële gevolgen")
    para(pdf, "De schrijftrainingen kosten ongeveer 18.500 euro per jaar en worden gedekt uit het opleidingsbudget. "
         "Het aanpassen van het beschikkingsformulier valt binnen het contract met de belastingsamenwerking. De "
         "vergoedingen voor de commissie bedroegen in 2025 in totaal 96.400 euro.")
    h2(pdf, "Communicatie")
    para(pdf, "De raad ontvangt een raadsinformatiebrief; de commissie ontvangt een afschrift van deze nota. Het "
         "jaarverslag wordt op de gemeentelijke website geplaatst.")
    para(pdf, "Paraaf afdelingshoofd: D.W. Kramer - Paraaf gemeentesecretaris: J. ter Haar", size=8.4)
    pdf.output(B.out(NAME + "_response.pdf"))


def expected():
    recs = [
        (1, "Neem bij elk bezwaar tegen een besluit op grond van de Wmo",
         "wij streven naar een telefoontje binnen tien werkdagen", "partly"),
        (2, "Laat de beslissing op bezwaar in het sociaal domein nooit voorbereiden",
         "bereidt altijd een andere consulent dan de eerste behandelaar", "agrees"),
        (3, "Wijs bij elk verzoek om handhaving een vaste contactpersoon aan",
         "wijzen geen vaste contactpersonen aan", "disagrees"),
        (4, "Betrek bij bezwaren tegen een omgevingsvergunning voor een bedrijf",
         "Wij zullen bezien of een gesprek in de bezwaarfase past", "noted"),
        (5, "Vermeld in elke WOZ-beschikking de naam en het telefoonnummer",
         "staat in elke WOZ-beschikking de naam van de taxateur van de wijk", "agrees"),
        (6, "Schort de betaling van een naheffingsaanslag parkeerbelasting op zolang", None, "unanswered"),
        (7, "Bied alle medewerkers die besluiten voorbereiden elk jaar een training",
         "een jaarlijkse schrijftraining van een dagdeel", "agrees"),
    ]
    unmatched = ["Deze nota bevat het voorstel voor de reactie van het college",
                 "De schrijftrainingen kosten ongeveer 18.500 euro per jaar",
                 "De raad ontvangt een raadsinformatiebrief"]
    notes = ("Advice: the annual report 2025 of a municipal commissie bezwaarschriften (fpdf2, 2 p.); the seven "
             "recommendations are UNNUMBERED BOLD IMPERATIVE LEAD-IN SENTENCES ('Neem ...', 'Laat ...', 'Wijs "
             "...', 'Betrek ...', 'Vermeld ...', 'Schort ...', 'Bied ...') each followed by plain explanation, "
             "in chapter 4 'Signalen en aanbevelingen' under four domain sub-headings (2 + 2 + 2 + 1). Traps: "
             "bold lead-in sentences that are FINDINGS ('Het aantal bezwaren ... is bijna verdubbeld.', "
             "'Verzoeken om handhaving blijven gemiddeld 19 weken liggen.'), the Awb paraphrased with 'moet', a "
             "figures table by domain, the 2023 annual report's recommendation quoted as an imperative ('Bel iedere "
             "bezwaarmaker ...'), a closing line naming 'de twee signalen over het sociaal domein'. Response: a "
             "B&W-ADVIESNOTA (field grid, 'Beslispunten' 1.-4. whose numbers are no replies, 'Aanleiding', "
             "'Toelichting' with bold run-in subject lines, no numbers, paraphrase only) in the order 5, 7, 1+2, "
             "4, 3: WOZ = 5 agrees (from 2027); writing = 7 agrees ('neemt dit over', yearly training); ONE "
             "paragraph for 1 and 2: 1 partly (ten working days, not five) and 2 agrees ('nemen wij volledig "
             "over', from 1 September 2026); neighbours = 4 noted ('zullen bezien ... doen nu geen toezegging'); "
             "contact person = 3 disagrees ('kiest hier voor een andere weg ... wijzen geen vaste contactpersonen "
             "aan'); 'Aanleiding', 'Financiële gevolgen' (figures) and 'Communicatie' answer nothing; 6 (suspend "
             "payment of parking assessments) never answered: unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()
