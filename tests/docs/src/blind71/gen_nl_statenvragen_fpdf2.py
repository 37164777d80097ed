"""Round 71 (nl): an ADVIES of a PROVINCIAAL ADVISEUR RUIMTELIJKE KWALITEIT (PARK; first person singular) to
Gedeputeerde Staten on solar parks in the countryside, answered by Gedeputeerde Staten's BEANTWOORDING VAN
SCHRIFTELIJKE VRAGEN of a Statenlid (questions under the provincial rules of procedure, each 'Vraag N' followed by
'Antwoord N').

Advice: 'Zon in het landschap' PARK-advies 2026-03 of the invented provincie Veenoord, 3 p.: a grey title band,
'Aanleiding' with GS's three questions 1.-3., 'Wat ik zie' (the Omgevingsvisie's kwaliteitsprincipes as bullets, a
table of hectares), then sections 1-7 by theme; six end in a bold run-in 'Mijn advies:' + an imperative (numbers 1-7
by order), section 5 ('Netcongestie') ends 'Hierover geef ik geen advies' after quoting the 2021 PARK advice
('Kies voor zon op daken ...'); the Omgevingsverordening's 'moet ... aantonen', the Klimaatakkoord's 'streven',
'zouden ... moeten'; 'Tot slot'.
Response: 'Beantwoording schriftelijke vragen' nr. 2026-047, 2 p.: a meta table, the member's introduction
(paraphrasing three recommendations), Vraag 1 (known? - nothing), Vraag 2 lokaal eigendom = 4 disagrees, Vraag 3
ONE answer = 1 agrees (zonneladder) + 2 partly (one kader for the whole province, not per landscape type), Vraag 4
= 5 agrees, Vraag 5 = 3 noted, Vraag 6 = 7 partly (evaluation after five years, by own staff), Vraag 7
netcongestie (nothing), Vraag 8 timing (nothing); 6 (provincial design studio) unanswered.
Engine: fpdf2 (DejaVu, no text shaping, fixed creation date; the title band and meta table drawn with rect/cell).

Run: /tmp/blind71nl/bin/python tests/docs/src/blind71/gen_nl_statenvragen_fpdf2.py"""
import datetime
import os
import sys

from fpdf import FPDF

sys.path.insert(0, os.path.dirname(__file__))
import _b71nl as B  # noqa: E402

NAME = "blind71_nl_statenvragen"
DV = "/usr/share/fonts/truetype/dejavu/"
TEAL = (0, 102, 110)
GREY = (95, 95, 95)
PALE = (236, 240, 240)


class Doc(FPDF):
    def __init__(self, kind):
        super().__init__(format="A4")
        self.kind = kind
        self.set_creation_date(datetime.datetime(2026, 6, 2, 9, 0, 0, tzinfo=datetime.timezone.utc))
        for stl, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                       ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("sa", stl, DV + f)
        for stl, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf"),
                       ("BI", "DejaVuSerif-BoldItalic.ttf")):
            self.add_font("se", stl, DV + f)
        self.lm = 24
        self.tw = self.w - 2 * self.lm
        self.set_margins(self.lm, 22, self.lm)
        self.set_auto_page_break(True, 20)

    def header(self):
        if self.page_no() > 1:
            self.set_xy(self.lm, 11)
            self.set_text_color(*GREY)
            self.set_font("sa", "", 7.2)
            if self.kind == "adv":
                self.cell(self.tw, 4, "PARK-advies 2026-03  |  Zon in het landschap", align="L")
            else:
                self.cell(self.tw, 4, "Provincie Veenoord  |  Beantwoording schriftelijke vragen nr. 2026-047",
                          align="L")
            self.set_draw_color(*TEAL)
            self.line(self.lm, 16, self.w - self.lm, 16)
            self.set_text_color(0)
            self.set_y(22)

    def footer(self):
        self.set_y(-13)
        self.set_text_color(*GREY)
        self.set_font("sa", "", 7.2)
        if self.kind == "adv":
            self.cell(0, 4, f"{self.page_no()}", align="C")
        else:
            self.cell(0, 4, f"pagina {self.page_no()} van {{nb}}", align="R")
        self.set_text_color(0)


def head(d, t, size=10.4, color=TEAL, fam="sa"):
    d.ln(2.5)
    if d.will_page_break(24):
        d.add_page()
    d.set_font(fam, "B", size)
    d.set_text_color(*color)
    d.multi_cell(d.tw, 5.4, t, new_x="LMARGIN", new_y="NEXT", align="L")
    d.set_text_color(0)
    d.ln(1)


def para(d, t, fam="se", size=9.4, lh=5.0, after=2.4, stl="", indent=0, align="J"):
    d.set_font(fam, stl, size)
    d.set_x(d.lm + indent)
    d.multi_cell(d.tw - indent, lh, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=True)
    d.ln(after)


def items(d, rows, fam="se", size=9.4, bullet=False):
    d.set_font(fam, "", size)
    for n, t in rows:
        d.set_x(d.lm + 4)
        d.cell(7, 5.0, "\u2022" if bullet else n)
        d.multi_cell(d.tw - 11, 5.0, t, new_x="LMARGIN", new_y="NEXT", align="L")
        d.ln(0.8)
    d.ln(1.6)


def advice():
    d = Doc("adv")
    d.alias_nb_pages()
    d.add_page()
    d.set_fill_color(*PALE)
    d.rect(0, 0, d.w, 62, "F")
    d.set_xy(d.lm, 16)
    d.set_font("sa", "B", 8)
    d.set_text_color(*TEAL)
    d.cell(d.tw, 5, "PROVINCIAAL ADVISEUR RUIMTELIJKE KWALITEIT  -  PROVINCIE VEENOORD", new_x="LMARGIN",
           new_y="NEXT")
    d.ln(3)
    d.set_font("sa", "B", 22)
    d.set_text_color(30, 30, 30)
    d.cell(d.tw, 11, "Zon in het landschap", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "", 10.5)
    d.multi_cell(d.tw, 5.4, "Advies over de ruimtelijke inpassing van zonneparken in het buitengebied",
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(1.5)
    d.set_font("sa", "", 8)
    d.set_text_color(*GREY)
    d.cell(d.tw, 5, "PARK-advies 2026-03  |  aan Gedeputeerde Staten  |  2 april 2026  |  ir. J.W. (Jorien) Albada",
           new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.set_y(70)

    head(d, "Aanleiding")
    para(d, "In november 2025 vroegen Gedeputeerde Staten mij om advies over de ruimtelijke kwaliteit van "
            "zonneparken in het buitengebied. De provincie heeft in het Regionale Energieprogramma afgesproken dat "
            "er tot 2030 nog ongeveer 600 hectare zon op land bij kan komen. De vragen van Gedeputeerde Staten waren:")
    items(d, [("1.", "Hoe voorkomen we dat zonneparken het open veenweidelandschap aantasten?"),
              ("2.", "Welke eisen kunnen we aan de inpassing en het beheer van zonneparken stellen?"),
              ("3.", "Hoe zorgen we dat inwoners meeprofiteren?")])
    para(d, "Voor dit advies bezocht ik twaalf zonneparken in de provincie en sprak ik met gemeenten, "
            "initiatiefnemers, de netbeheerder en bewoners. Mijn advies is onafhankelijk; het is aan Gedeputeerde "
            "Staten om te beslissen wat zij ermee doen.")

    head(d, "Wat ik zie")
    para(d, "Sinds 2019 zijn in Veenoord 31 zonneparken gerealiseerd, samen 412 hectare. De meeste liggen langs "
            "snelwegen en op voormalige landbouwgrond. De Omgevingsvisie Veenoord hanteert vier "
            "kwaliteitsprincipes:")
    items(d, [("", "het landschap blijft leesbaar;"),
              ("", "bestaande structuren zoals sloten en kavelgrenzen worden gerespecteerd;"),
              ("", "nieuwe functies dragen bij aan biodiversiteit;"),
              ("", "de omgeving wordt vroeg betrokken.")], bullet=True)
    d.set_font("sa", "B", 8.2)
    d.set_fill_color(*PALE)
    for w, t in ((60, "Landschapstype"), (35, "Aantal parken"), (35, "Hectare"), (32, "Aandeel")):
        d.cell(w, 6, t, border=1, fill=True)
    d.ln()
    d.set_font("sa", "", 8.2)
    for row in (("Veenweide", "14", "181", "44 %"), ("Zeeklei", "9", "142", "34 %"),
                ("Zandontginning", "6", "71", "17 %"), ("Overig", "2", "18", "5 %")):
        for w, t in zip((60, 35, 35, 32), row):
            d.cell(w, 5.5, t, border=1)
        d.ln()
    d.set_font("sa", "I", 7.6)
    d.set_text_color(*GREY)
    d.cell(d.tw, 6, "Tabel 1. Zonneparken in Veenoord naar landschapstype, peildatum 1 januari 2026.",
           new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(2)

    head(d, "1. De zonneladder")
    para(d, "Artikel 3.41 van de Omgevingsverordening bepaalt dat een initiatiefnemer moet aantonen dat zon op daken "
            "of op restgronden niet mogelijk is voordat een zonnepark op landbouwgrond wordt toegestaan. In de "
            "praktijk wordt die toets licht uitgevoerd: in zeven van de twaalf dossiers die ik bekeek, bestond de "
            "onderbouwing uit één alinea. **Mijn advies:** Houd vast aan de zonneladder en leg in de "
            "Omgevingsverordening vast welke onderbouwing een gemeente ten minste moet ontvangen.")
    head(d, "2. Landschappelijke inpassing")
    para(d, "Een zonnepark in het veenweidegebied vraagt iets anders dan een park op de zeeklei. Nu gebruiken "
            "gemeenten één standaard: een haag van 1,5 meter rondom. Daarmee wordt het open landschap juist "
            "dichtgezet. **Mijn advies:** Stel per landschapstype een inpassingskader op met eisen aan "
            "zichtlijnen, randen en de maat van de percelen.")
    head(d, "3. Meervoudig ruimtegebruik")
    para(d, "Zonneparken kunnen samengaan met waterberging, natuur of begrazing, maar dat gebeurt nog weinig. "
            "Initiatiefnemers zouden vaker moeten kijken naar combinaties, zeggen ook de waterschappen. "
            "**Mijn advies:** Beloon combinaties met waterberging of natuurontwikkeling in de provinciale "
            "subsidieregeling voor lokale energie.")
    head(d, "4. Lokaal eigendom")
    para(d, "Het Klimaatakkoord spreekt het streven uit naar 50 procent lokaal eigendom van nieuwe productie op land. "
            "In Veenoord komt slechts een kwart van de parken daaraan toe. Waar inwoners mede-eigenaar zijn, is de "
            "weerstand aantoonbaar kleiner. **Mijn advies:** Maak 50 procent lokaal eigendom een harde voorwaarde "
            "in de Omgevingsverordening voor zonneparken groter dan 5 hectare.")
    head(d, "5. Netcongestie")
    para(d, "Door netcongestie kunnen nieuwe parken vaak jarenlang niet worden aangesloten. Mijn voorganger schreef "
            "in 2021: 'Kies voor zon op daken vóór zon in het veld, en bouw pas waar het net het aankan.' Die "
            "oproep is nog steeds actueel. Hierover geef ik geen advies; de netplanning valt buiten mijn opdracht.")
    head(d, "6. Tijdelijkheid en herstel")
    para(d, "Veel vergunningen gelden voor 25 jaar, maar over de terugkeer naar landbouw wordt weinig vastgelegd. "
            "**Mijn advies:** Verbind aan elke omgevingsvergunning voor een zonnepark een financiële zekerheid "
            "voor de verwijdering en het herstel van de bodem.")
    head(d, "7. Kennis bij gemeenten")
    para(d, "Kleine gemeenten hebben zelden een landschapsarchitect in dienst en zijn afhankelijk van de plannen van "
            "initiatiefnemers. **Mijn advies:** Richt een provinciaal ontwerpatelier in dat gemeenten kosteloos "
            "helpt bij het beoordelen van plannen.")
    head(d, "8. Monitoring")
    para(d, "Niemand weet nu hoe zonneparken zich na tien jaar ontwikkelen in bodem, biodiversiteit en beleving. "
            "**Mijn advies:** Laat de effecten van zonneparken na vijf jaar onafhankelijk evalueren en maak de "
            "resultaten openbaar.")
    head(d, "Tot slot")
    para(d, "Zonneparken zijn nodig, maar het landschap is niet onbeperkt. Ik ben graag bereid dit advies toe te "
            "lichten in de Statencommissie Ruimte.")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("res")
    d.alias_nb_pages()
    d.add_page()
    d.set_font("sa", "B", 11)
    d.set_text_color(*TEAL)
    d.cell(d.tw, 6, "Provincie Veenoord", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.set_font("sa", "B", 14)
    d.cell(d.tw, 9, "Beantwoording schriftelijke vragen", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "", 8.4)
    d.multi_cell(d.tw, 4.6, "ex artikel 47 van het Reglement van Orde voor de vergaderingen van Provinciale "
                            "Staten van Veenoord", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.set_fill_color(*PALE)
    for k, v in (("Nummer", "2026-047"), ("Vragensteller", "A.M. (Anouk) Terpstra, fractie Lokaal Veenoord"),
                 ("Datum ingekomen", "14 april 2026"), ("Datum beantwoording", "26 mei 2026"),
                 ("Onderwerp", "Advies van de PARK over zonneparken in het buitengebied")):
        d.set_font("sa", "B", 8.4)
        d.cell(42, 6, k, border=1, fill=True)
        d.set_font("sa", "", 8.4)
        d.cell(d.tw - 42, 6, v, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    para(d, "Inleiding", fam="sa", stl="B", size=9.4, after=1)
    para(d, "Op 2 april 2026 heeft de Provinciaal Adviseur Ruimtelijke Kwaliteit (PARK) het advies 'Zon in het "
            "landschap' uitgebracht. De PARK adviseert onder meer om strenger te toetsen aan de zonneladder, om "
            "lokaal eigendom verplicht te stellen en om inpassingseisen per landschap te formuleren. Mijn fractie "
            "wil weten wat het college met dit advies gaat doen.", stl="I")

    def qa(n, q, a):
        if d.will_page_break(30):
            d.add_page()
        para(d, f"Vraag {n}", fam="sa", stl="B", size=9.2, after=0.5)
        para(d, q, stl="I", after=1.5)
        para(d, f"Antwoord {n}", fam="sa", stl="B", size=9.2, after=0.5)
        for t in a:
            para(d, t)
        d.ln(1)

    qa(1, "Bent u bekend met het advies 'Zon in het landschap' van de PARK?",
       ["Ja. Wij hebben het advies op 2 april 2026 in ontvangst genomen en op 21 april 2026 ter kennisname aan uw "
        "Staten gezonden."])
    qa(2, "Bent u bereid 50 procent lokaal eigendom tot een harde voorwaarde te maken, zoals de PARK adviseert?",
       ["Nee. Wij delen het doel, maar wij nemen dit onderdeel van het advies niet over. Een harde voorwaarde in de "
        "Omgevingsverordening zou volgens ons juridisch kwetsbaar zijn en kleinere initiatieven kunnen blokkeren. "
        "Wij blijven gemeenten en initiatiefnemers aanspreken op het streven uit het Klimaatakkoord en volgen het "
        "aandeel lokaal eigendom in de jaarlijkse energiemonitor."])
    qa(3, "Wat gaat u doen met de adviezen over de zonneladder en de landschappelijke inpassing?",
       ["Wij nemen het advies over de zonneladder volledig over. Bij de eerstvolgende wijziging van de "
        "Omgevingsverordening leggen wij vast welke onderbouwing een gemeente ten minste moet ontvangen: een "
        "inventarisatie van geschikte daken en restgronden in de gemeente en een motivering waarom die niet "
        "volstaan.",
        "Ook wij zien dat één standaardhaag het landschap niet recht doet. Wij stellen echter één provinciaal "
        "inpassingskader op, met per landschapstype een korte paragraaf, en niet een afzonderlijk kader voor elk "
        "landschapstype. Zo blijft het kader overzichtelijk voor gemeenten. Het kader is eind 2026 gereed."])
    qa(4, "Komt er een financiële zekerheid voor de verwijdering van zonneparken?",
       ["Ja. Wij vragen gemeenten om in elke omgevingsvergunning voor een zonnepark een bankgarantie voor "
        "verwijdering en bodemherstel op te nemen, en nemen hierover een instructieregel op in de "
        "Omgevingsverordening."])
    qa(5, "Wordt meervoudig ruimtegebruik beloond in de subsidieregeling?",
       ["Wij vinden combinaties met waterberging en natuur waardevol. Of de subsidieregeling lokale energie daarvoor "
        "het goede instrument is, bezien wij bij de evaluatie van de regeling in 2027. Wij betrekken daarbij de "
        "waterschappen."])
    qa(6, "Laat u de effecten van zonneparken onderzoeken?",
       ["Ja, na vijf jaar. Wij kiezen er wel voor om deze evaluatie door onze eigen afdeling Onderzoek te laten "
        "uitvoeren in plaats van door een onafhankelijk bureau; de resultaten worden openbaar gemaakt."])
    qa(7, "Welke gevolgen heeft netcongestie voor de doelstelling van 600 hectare?",
       ["De netbeheerder verwacht dat de meeste nieuwe parken pas na 2029 kunnen worden aangesloten. Wij voeren "
        "hierover overleg in het Provinciaal Energieoverleg en informeren uw Staten in het najaar."])
    qa(8, "Kunt u deze vragen beantwoorden vóór de vergadering van de Statencommissie Ruimte van 3 juni 2026?",
       ["Met deze beantwoording is aan dat verzoek voldaan."])
    d.ln(2)
    para(d, "Gedeputeerde Staten van Veenoord,", fam="se", after=6, align="L")
    para(d, "drs. H.J. Brouwer, voorzitter          mr. E. de Smit-Oosting, secretaris", fam="se", align="L")
    d.output(B.out(NAME + "_response.pdf"))


def expected():
    B.write_expected(NAME, [
        ("1", "Houd vast aan de zonneladder en leg in de Omgevingsverordening",
         "Wij nemen het advies over de zonneladder volledig over", "agrees"),
        ("2", "Stel per landschapstype een inpassingskader op met eisen aan zichtlijnen,",
         "Wij stellen echter één provinciaal inpassingskader op", "partly"),
        ("3", "Beloon combinaties met waterberging of natuurontwikkeling in de provinciale subsidieregeling",
         "bezien wij bij de evaluatie van de regeling in 2027", "noted"),
        ("4", "Maak 50 procent lokaal eigendom een harde voorwaarde in de",
         "wij nemen dit onderdeel van het advies niet over", "disagrees"),
        ("5", "Verbind aan elke omgevingsvergunning voor een zonnepark een financiële zekerheid",
         "een bankgarantie voor verwijdering en bodemherstel op te nemen", "agrees"),
        ("6", "Richt een provinciaal ontwerpatelier in dat gemeenten kosteloos helpt", None, "unanswered"),
        ("7", "Laat de effecten van zonneparken na vijf jaar onafhankelijk evalueren",
         "door onze eigen afdeling Onderzoek te laten uitvoeren", "partly"),
    ], [
        "Mijn fractie wil weten wat het college met dit advies gaat doen",
        "op 21 april 2026 ter kennisname aan uw Staten gezonden",
        "De netbeheerder verwacht dat de meeste nieuwe parken pas na 2029",
        "Met deze beantwoording is aan dat verzoek voldaan",
    ], "ADVIES of a PROVINCIAAL ADVISEUR RUIMTELIJKE KWALITEIT (PARK, first person singular) to Gedeputeerde Staten, "
       "answered by GS's BEANTWOORDING SCHRIFTELIJKE VRAGEN of a Statenlid. The Klimaatakkoord is real; the "
       "provincie Veenoord, its Omgevingsvisie and Omgevingsverordening (and article 3.41), the PARK, the "
       "Statenlid, the fraction, all figures, people and the quoted 2021 advice are invented. The seven "
       "recommendations are the imperatives after a bold run-in 'Mijn advies:' at the end of sections 1-4 and 6-8 "
       "(numbers are their order 1-7, not the section numbers; section 5 'Netcongestie' has NO recommendation: "
       "'Hierover geef ik geen advies' after the quoted 2021 advice 'Kies voor zon op daken ...'). Not "
       "recommendations: GS's questions 1.-3., the Omgevingsvisie's four kwaliteitsprincipes (bullets), Tabel 1, "
       "article 3.41 ('moet aantonen'), 'zouden vaker moeten kijken', the Klimaatakkoord's 'streven', 'Tot slot'. "
       "Response: meta table; the member's italic 'Inleiding' paraphrasing 1, 4 and 2 (no reply); Vraag/Antwoord "
       "1-8 with the member's questions in italics (the questions paraphrase recommendations but are not replies): "
       "1 known (nothing); 2 = 4 disagrees ('niet over', shared aim); ONE Antwoord 3 = 1 agrees ('volledig over') "
       "+ 2 partly (one provincial kader, not one per landscape type); 4 = 5 agrees (bankgarantie); 5 = 3 noted "
       "(looked at in the 2027 evaluation); 6 = 7 partly (after five years, but by own staff, not independent); 7 "
       "netcongestie and 8 timing (nothing); 6 (provincial design studio) UNANSWERED.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    sys.exit(B.main([NAME]))
