"""Round 134 (nl): the ONGEVRAAGD ADVIES of the (invented) CENTRALE CLIENTENRAAD of a national benefits agency (a
zelfstandig bestuursorgaan) on its telephone, letters and digital service, its seven recommendations UNNUMBERED
paragraphs with a BOLD IMPERATIVE LEAD-IN under three sub-headings, after a chapter of bold-lead-in FINDINGS set alike;
answered by the raad van bestuur's letter and an ANNEX TABLE 'Nr. | Advies cliëntenraad (kort) | Reactie | Besluit'
that numbers the advice itself (a row '5 en 6' with two verdicts, no row for the fourth).

Advice (fpdf2, sans, ochre headings, running head from p. 2, 'blad n'): the Algemene wet bestuursrecht paraphrased
with 'moet' (trap), bold-lead-in findings 'Wat klanten ons vertelden' (trap), the council's 2024 advice quoted as an
imperative (trap), a closing line naming 'deze zeven adviezen' (trap). Response (fpdf2): 1 agrees, 2 partly, 3
disagrees, 5 agrees and 6 noted (one row), 7 partly; 4 unanswered; the letter's introduction, 'Drukte aan de
telefoon' (figures, 'doel 2 van ons jaarplan') and closing answer nothing. All bodies, places, people, figures and
reference numbers invented; the Awb is named as context only.

Run: /tmp/blind134nl/bin/python tests/docs/src/blind134/gen_nl_clientenraad_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b134nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402
from fpdf.fonts import FontFace  # noqa: E402

NAME = "blind134_nl_clientenraad"
FS = B.tmp_fonts()
OCHRE = (150, 96, 20)
GREY = (95, 95, 95)
LH = 5.0


class Doc(FPDF):
    head = ""

    def header(self):
        if self.page_no() > 1 and self.head:
            self.set_y(10)
            self.set_font("S", "", 7.4)
            self.set_text_color(*GREY)
            self.cell(0, 4, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*OCHRE)
            self.set_line_width(0.3)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.set_y(21)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("S", "", 7.6)
        self.set_text_color(*GREY)
        self.cell(0, 5, f"blad {self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)


def new(head, title, author):
    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 5, 11, tzinfo=datetime.timezone.utc))
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.head = head
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        pdf.add_font("S", style, FS[key])
    pdf.set_margins(24, 16, 24)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def width(pdf):
    return pdf.w - pdf.l_margin - pdf.r_margin


def para(pdf, text, size=9.6, style="", gap=2.2, align="J", color=(0, 0, 0)):
    pdf.set_font("S", style, size)
    pdf.set_text_color(*color)
    pdf.multi_cell(width(pdf), LH, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(gap)


def lead(pdf, bold, text):
    """A paragraph opening with a bold sentence (markdown-style bold in fpdf2)."""
    pdf.set_font("S", "", 9.6)
    pdf.multi_cell(width(pdf), LH, f"**{bold}** {text}", align="J", markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.2)


def h2(pdf, text):
    if pdf.get_y() > pdf.h - 45:
        pdf.add_page()
    pdf.ln(1.5)
    para(pdf, text, size=11.5, style="B", gap=1.2, align="L", color=OCHRE)


def h3(pdf, text):
    if pdf.get_y() > pdf.h - 40:
        pdf.add_page()
    para(pdf, text, size=10, style="BI", gap=0.8, align="L", color=OCHRE)


def advice():
    pdf = new("Centrale Cliëntenraad LUB - ongevraagd advies CCR 2026-03 - bereikbaarheid en brieven",
              "Ongevraagd advies bereikbaarheid en brieven", "Centrale Cliëntenraad LUB")
    para(pdf, "Centrale Cliëntenraad van het Landelijk Uitkeringsbureau (LUB) - Postbus 4410, 3500 GK Utrecht",
         size=8, color=GREY, align="L")
    para(pdf, "Ongevraagd advies: goed bereikbaar, begrijpelijk schrijven", size=16, style="B", align="L",
         color=OCHRE, gap=1)
    para(pdf, "Kenmerk CCR 2026-03 - Utrecht, 7 mei 2026 - aan de raad van bestuur van het Landelijk "
         "Uitkeringsbureau", size=8, color=GREY, align="L", gap=4)
    h2(pdf, "Waarom dit advies")
    para(pdf, "De Centrale Cliëntenraad behartigt de belangen van iedereen die een uitkering of toeslag van het "
         "LUB ontvangt. Wij geven dit advies ongevraagd. In het afgelopen jaar kregen de regionale cliëntenraden "
         "steeds meer signalen dat klanten het LUB slecht kunnen bereiken en de brieven niet begrijpen. Wij hebben "
         "die signalen verzameld, gesproken met 46 klanten in Zwolle, Breda en Heerlen, en een middag meegeluisterd "
         "met het klantcontactcentrum.")
    para(pdf, "Het LUB is als bestuursorgaan aan regels gebonden. Volgens de Algemene wet bestuursrecht moet een "
         "besluit duidelijk gemotiveerd zijn en moet het LUB een bezwaarschrift binnen zes weken afhandelen. Die "
         "regels zijn bekend; dit advies gaat over wat het LUB daarnaast kan doen.")
    h2(pdf, "Wat klanten ons vertelden")
    lead(pdf, "Wachten aan de telefoon duurt te lang.", "Klanten noemden wachttijden van twintig minuten tot "
         "meer dan een uur. Wie een terugbelverzoek doet, wordt vaak pas na een week gebeld, of helemaal niet.")
    lead(pdf, "Brieven zijn moeilijk.", "Van de tien brieven die wij lieten lezen, vonden klanten er zeven te "
         "lang en te juridisch. Vooral de brieven over terugvorderingen roepen angst op.")
    lead(pdf, "Klanten moeten hun verhaal steeds opnieuw vertellen.", "Wie in een herstelprocedure zit, spreekt "
         "gemiddeld met vijf verschillende medewerkers. Niemand lijkt het hele dossier te kennen.")
    lead(pdf, "Niet iedereen kan digitaal.", "Een op de acht klanten die wij spraken heeft geen DigiD of weet "
         "niet hoe die werkt. Zij kunnen documenten alleen per post opsturen.")
    para(pdf, "In ons advies van 2024 schreven wij al: 'Zet in elke brief één vast telefoonnummer en de naam van "
         "de afdeling.' Dat heeft het LUB gedaan, en klanten merken dat. Wij danken u daarvoor.")
    h2(pdf, "Ons advies")
    para(pdf, "Op grond van deze signalen geeft de Centrale Cliëntenraad u het volgende advies.")
    h3(pdf, "Bereikbaarheid")
    lead(pdf, "Bel klanten binnen twee werkdagen terug als zij daarom vragen.", "Een terugbelverzoek dat een "
         "week blijft liggen, leidt tot nieuwe telefoontjes en tot boosheid. Leg de termijn vast en meld op de "
         "website hoe vaak die wordt gehaald.")
    lead(pdf, "Geef elke klant in een herstelprocedure één vaste contactpersoon.", "Die medewerker kent het "
         "dossier, belt de klant zelf en blijft aanspreekpunt tot de procedure is afgerond.")
    h3(pdf, "Brieven en besluiten")
    lead(pdf, "Schrijf alle standaardbrieven op taalniveau B1 en test nieuwe brieven vooraf met klanten.",
         "Laat daarbij ook klanten meelezen die moeite hebben met lezen. De regionale cliëntenraden willen "
         "daarbij helpen.")
    lead(pdf, "Stuur bij elk besluit over een terugvordering een korte samenvatting in gewone taal mee.",
         "Zet daarin op één bladzijde hoeveel de klant moet terugbetalen, waarom, en wat de mogelijkheden zijn "
         "voor een betalingsregeling.")
    h3(pdf, "Hulp en inspraak")
    lead(pdf, "Laat klanten hun documenten ook inleveren bij de servicepunten in de bibliotheken.",
         "Daar kan een medewerker de papieren scannen en een ontvangstbewijs geven, zodat niets verloren gaat.")
    lead(pdf, "Vergoed de kosten van een sociaal raadsman of advocaat voor klanten in een herstelprocedure.",
         "Veel klanten durven zonder hulp geen bezwaar te maken, terwijl zij daar wel reden voor hebben.")
    lead(pdf, "Betrek de cliëntenraad bij de aanbesteding van het nieuwe klantportaal.", "Laat twee leden van "
         "de raad meebeslissen over het programma van eisen en over de keuze van de leverancier.")
    h2(pdf, "Tot slot")
    para(pdf, "Wij horen graag binnen zes weken wat u met deze zeven adviezen doet. Over de drukte aan de "
         "telefoon gaan wij ook graag in gesprek met de directie Klantcontact.")
    para(pdf, "Met vriendelijke groet,\nCentrale Cliëntenraad LUB\n\nR. Hoekstra-Abdi, voorzitter\n"
         "T. van Lierop, secretaris", align="L")
    pdf.output(B.out(NAME + "_advice.pdf"))


def response():
    pdf = new("Landelijk Uitkeringsbureau - raad van bestuur - reactie op advies CCR 2026-03",
              "Reactie op ongevraagd advies CCR 2026-03", "Landelijk Uitkeringsbureau")
    para(pdf, "Landelijk Uitkeringsbureau - Raad van bestuur - Postbus 4400, 3500 GK Utrecht", size=8, color=GREY,
         align="L")
    para(pdf, "Aan de Centrale Cliëntenraad LUB\nt.a.v. mevrouw R. Hoekstra-Abdi, voorzitter", align="L", gap=3)
    para(pdf, "Datum: 16 juni 2026\nOns kenmerk: RvB/2026/0877\nOnderwerp: reactie op uw ongevraagd advies over "
         "bereikbaarheid en brieven", size=8.6, align="L", gap=4)
    para(pdf, "Geachte mevrouw Hoekstra-Abdi,")
    para(pdf, "Hartelijk dank voor uw ongevraagd advies van 7 mei. Het is voor ons waardevol dat u zo dicht bij "
         "klanten staat en hun ervaringen bij ons op tafel legt. In de bijlage bij deze brief vindt u per advies "
         "onze reactie en ons besluit. Wij hebben uw adviezen daarvoor in de volgorde van uw brief genummerd.")
    h2(pdf, "Drukte aan de telefoon")
    para(pdf, "Het klantcontactcentrum kreeg in 2025 ruim 1,9 miljoen telefoontjes, 14 procent meer dan een jaar "
         "eerder. De gemiddelde wachttijd was 11 minuten; in januari liep die op tot 26 minuten. Wij hebben "
         "dit jaar 40 extra medewerkers aangenomen. Doel 2 van ons jaarplan is dat in 2027 acht op de tien "
         "bellers binnen vijf minuten iemand spreken.")
    para(pdf, "Wij bespreken de bijlage graag met u in het overleg van 2 juli. Daar schuift ook de directeur "
         "Klantcontact aan.")
    para(pdf, "Met vriendelijke groet,\n\nir. J.M. Dekker-Vos\nvoorzitter raad van bestuur", align="L")
    pdf.add_page()
    para(pdf, "Bijlage - Reactie per advies", size=12.5, style="B", align="L", color=OCHRE, gap=2)
    rows = [
        ("1", "Terugbellen binnen twee werkdagen",
         "Vanaf 1 september bellen wij elke klant die een terugbelverzoek doet binnen twee werkdagen terug. Op de "
         "website melden wij ieder kwartaal hoe vaak dat lukt.", "Overgenomen"),
        ("2", "Vaste contactpersoon in een herstelprocedure",
         "Met ruim 9.000 lopende herstelprocedures is een vaste medewerker per klant niet haalbaar. Wij werken "
         "met teams per regio; elk team kent de dossiers van zijn klanten.", "Niet overgenomen"),
        ("3", "Brieven op B1 en testen met klanten",
         "Alle standaardbrieven zijn eind 2026 herschreven op B1. Vooraf testen met klanten doen wij alleen bij de "
         "vijf brieven die wij het vaakst versturen; voor de overige ontbreekt de capaciteit.",
         "Gedeeltelijk"),
        ("5 en 6", "Servicepunten in bibliotheken; kosten van rechtshulp",
         "Documenten inleveren in de bibliotheek kan vanaf januari 2027 in alle 38 servicepunten, met een "
         "ontvangstbewijs. De vergoeding van rechtshulp valt onder de regeling van het ministerie; wij hebben uw "
         "vraag daar neergelegd en wachten het antwoord af.", "5: overgenomen\n6: in behandeling"),
        ("7", "Inspraak bij het nieuwe klantportaal",
         "Twee leden van de cliëntenraad denken mee over het programma van eisen. In de beoordelingscommissie "
         "nemen zij geen plaats; die bestaat volgens de aanbestedingsregels uit medewerkers van het LUB.",
         "Gedeeltelijk"),
    ]
    w = width(pdf)
    cols = (w * 0.09, w * 0.24, w * 0.49, w * 0.18)
    pdf.set_draw_color(160, 140, 110)
    pdf.set_line_width(0.2)
    pdf.set_font("S", "", 8.8)
    head = FontFace(emphasis="BOLD", fill_color=(243, 231, 206))
    with pdf.table(col_widths=cols, text_align=("LEFT", "LEFT", "LEFT", "LEFT"), line_height=4.6,
                   padding=1.6, headings_style=head) as t:
        r = t.row()
        for h in ("Nr.", "Advies cliëntenraad (kort)", "Reactie", "Besluit"):
            r.cell(h)
        for nr, subj, reply, besluit in rows:
            r = t.row()
            r.cell(nr)
            r.cell(subj)
            r.cell(reply)
            r.cell(besluit)
    pdf.ln(3)
    para(pdf, "Toelichting: 'in behandeling' betekent dat wij nog geen besluit hebben genomen.", size=8,
         color=GREY, align="L")
    pdf.output(B.out(NAME + "_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        (1, "Bel klanten binnen twee werkdagen terug als zij daarom vragen",
         "Vanaf 1 september bellen wij elke klant die een terugbelverzoek", "agrees"),
        (2, "Geef elke klant in een herstelprocedure één vaste contactpersoon",
         "een vaste medewerker per klant niet haalbaar", "disagrees"),
        (3, "Schrijf alle standaardbrieven op taalniveau B1 en test nieuwe",
         "Vooraf testen met klanten doen wij alleen bij de vijf", "partly"),
        (4, "Stuur bij elk besluit over een terugvordering een korte samenvatting", None, "unanswered"),
        (5, "Laat klanten hun documenten ook inleveren bij de servicepunten",
         "kan vanaf januari 2027 in alle 38 servicepunten", "agrees"),
        (6, "Vergoed de kosten van een sociaal raadsman of advocaat",
         "wij hebben uw vraag daar neergelegd en wachten het antwoord af", "noted"),
        (7, "Betrek de cliëntenraad bij de aanbesteding van het nieuwe klantportaal",
         "In de beoordelingscommissie nemen zij geen plaats", "partly"),
    ], ["Hartelijk dank voor uw ongevraagd advies van 7 mei",
        "kreeg in 2025 ruim 1,9 miljoen telefoontjes",
        "bespreken de bijlage graag met u in het overleg van 2 juli"],
        "Advice: the national client council of an (invented) benefits agency (a ZBO) gives unsolicited advice on "
        "telephone access, letters and digital service; the seven recommendations are UNNUMBERED paragraphs opening "
        "with a BOLD IMPERATIVE sentence, under three italic sub-headings (2 + 2 + 3). Traps: the Awb paraphrased "
        "with 'moet', a chapter 'Wat klanten ons vertelden' of four paragraphs with BOLD FINDING lead-ins set the "
        "same way, the 2024 advice quoted as an imperative (carried out), a closing line naming 'deze zeven "
        "adviezen'. Response: the board's letter (introduction, 'Drukte aan de telefoon' with figures and 'Doel 2 "
        "van ons jaarplan', a closing paragraph: nothing) and an ANNEX TABLE 'Nr. | Advies cliëntenraad (kort) | "
        "Reactie | Besluit' numbering the advice in its own order of the letter: 1 agrees (call back within two "
        "working days from 1 September), 2 disagrees (no fixed contact person, regional teams), 3 partly (all "
        "letters B1, testing only for the five most-sent letters), a row '5 en 6' (5 agrees: documents at all 38 "
        "library service points from January 2027; 6 noted: legal aid passed to the ministry, awaiting its "
        "answer, 'in behandeling'), 7 partly (two members on the requirements, not on the assessment committee). "
        "There is no row 4: the plain-language summary with each recovery decision is unanswered.")
    print("written", NAME)
