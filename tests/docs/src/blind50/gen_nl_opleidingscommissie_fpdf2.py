"""Round 50 (nl): an (invented) ADVIES of the OPLEIDINGSCOMMISSIE of a university bachelor programme on the draft
Onderwijs- en examenregeling (OER) 2026-2027 (art. 9.18 WHW); recommendations as coded rows OC-01 .. OC-07 of a table
'Adviezen per artikel', next to an instemming paragraph and a quoted earlier advice. Answered by the TOELICHTING
section of the adopted OER (part B 'Reactie op het advies van de opleidingscommissie'). Engine: fpdf2 (DejaVu, no
text shaping). Answer key: README-nl.md.

Run: /tmp/blind50nl/bin/python tests/docs/src/blind50/gen_nl_opleidingscommissie_fpdf2.py"""
import os
import sys

from fpdf import FPDF, FontFace

sys.path.insert(0, os.path.dirname(__file__))
import _b50nl as B  # noqa: E402

NAME = "blind50_nl_opleidingscommissie"
DV = "/usr/share/fonts/truetype/dejavu/"
PURPLE = (92, 45, 120)
GREEN = (0, 94, 84)


class Doc(FPDF):
    def __init__(self, head, foot, color, serif=False, first_head=False):
        super().__init__(format="A4")
        self.head, self.foot, self.color, self.first_head = head, foot, color, first_head
        base = "DejaVuSerif" if serif else "DejaVuSans"
        it = "Italic" if serif else "Oblique"
        for stl, f in (("", base + ".ttf"), ("B", base + "-Bold.ttf"), ("I", f"{base}-{it}.ttf"),
                       ("BI", f"{base}-Bold{it}.ttf")):
            self.add_font("dv", stl, DV + f)
        self.add_font("ds", "", DV + "DejaVuSans.ttf")
        self.add_font("ds", "B", DV + "DejaVuSans-Bold.ttf")
        self.set_margins(22, 22, 20)
        self.set_auto_page_break(True, 20)

    def header(self):
        if self.page_no() > 1 or self.first_head:
            self.set_font("ds", "", 7.3)
            self.set_text_color(90)
            self.set_y(10)
            self.cell(84, 5, self.head[0])
            self.cell(84, 5, self.head[1], align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*self.color)
            self.line(22, 15.5, 190, 15.5)
            self.set_draw_color(0)
            self.set_y(21)
            self.set_text_color(0)

    def footer(self):
        self.set_y(-13)
        self.set_font("ds", "", 7.3)
        self.set_text_color(90)
        self.cell(84, 5, self.foot[0])
        self.cell(84, 5, self.foot[1].format(n=self.page_no(), nb="{nb}", o=self.page_no() + 22), align="R")
        self.set_text_color(0)

    def p(self, t, stl="", size=9, indent=0, h=4.5, align="J"):
        self.set_font("dv", stl, size)
        self.set_x(22 + indent)
        self.multi_cell(168 - indent, h, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=True)
        self.ln(1.3)

    def hd(self, t, size=10.5):
        self.ln(1.2)
        if self.get_y() + 18 > self.page_break_trigger:
            self.add_page()
        self.set_text_color(*self.color)
        self.p(t, "B", size, align="L")
        self.set_text_color(0)

    def table(self, head, rows, widths, size=8, fill=(236, 228, 242), lh=4.2):
        self.set_font("ds", "", size)
        with super().table(col_widths=widths, text_align="LEFT", line_height=lh, first_row_as_headings=True,
                           headings_style=FontFace(emphasis="BOLD", fill_color=fill),
                           borders_layout="HORIZONTAL_LINES", padding=1.2) as t:
            r = t.row()
            for h in head:
                r.cell(h)
            for row in rows:
                r = t.row()
                for c in row:
                    r.cell(c)
        self.ln(2)


def advice():
    d = Doc(("Opleidingscommissie Bachelor Bestuurskunde", "Advies OER 2026-2027"),
            ("Kenmerk OC-BK 2026-03", "{n} / {nb}"), PURPLE)
    d.add_page()
    d.set_font("ds", "B", 15)
    d.set_text_color(*PURPLE)
    d.cell(0, 7, "Universiteit Lindenhaven", new_x="LMARGIN", new_y="NEXT")
    d.set_font("ds", "", 8.5)
    d.set_text_color(80)
    d.cell(0, 4.5, "Faculteit der Maatschappijwetenschappen  |  Opleidingscommissie Bachelor Bestuurskunde",
           new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.set_draw_color(*PURPLE)
    d.set_line_width(0.8)
    d.line(22, 36, 190, 36)
    d.set_line_width(0.2)
    d.set_y(42)
    for k, v in (("Aan", "het faculteitsbestuur, t.a.v. prof. dr. E.M. Hazenberg, decaan"),
                 ("Van", "de opleidingscommissie Bachelor Bestuurskunde (OC-BK)"),
                 ("Datum", "3 maart 2026"), ("Kenmerk", "OC-BK 2026-03"),
                 ("Betreft", "advies en instemming concept-OER 2026-2027 (versie 0.4 van 2 februari 2026)")):
        d.set_font("ds", "B", 8.6)
        d.cell(24, 4.8, k)
        d.set_font("ds", "", 8.6)
        d.multi_cell(144, 4.8, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.hd("1. Inleiding")
    d.p("Op grond van artikel 9.18, eerste lid, van de Wet op het hoger onderwijs en wetenschappelijk onderzoek "
        "(WHW) heeft de opleidingscommissie instemmingsrecht op de onderdelen van de OER die in artikel 7.13, tweede "
        "lid, onder a tot en met g en v, worden genoemd, en adviesrecht op de overige onderdelen. Het faculteitsbestuur "
        "heeft de commissie op 2 februari 2026 om advies en instemming gevraagd. De commissie heeft het concept "
        "besproken in haar vergaderingen van 13 en 27 februari 2026, waarvan de tweede met de opleidingsdirecteur.")
    d.hd("2. Werkwijze")
    d.p("Voorafgaand aan de bespreking hield de commissie een korte enquête onder studenten van de jaren 1 tot en "
        "met 3. De uitkomsten op de vragen die de OER raken, staan in de tabel.")
    d.table(["Stelling (n = 212)", "Eens", "Neutraal", "Oneens"],
            [["De aanwezigheidsplicht in werkgroepen helpt mij bij mijn studie", "31%", "22%", "47%"],
             ["Ik weet vooraf hoe mijn werk wordt beoordeeld", "54%", "19%", "27%"],
             ["Ik krijg mijn cijfer binnen de termijn die de OER noemt", "62%", "11%", "27%"],
             ["De informatie over minoren is goed te vinden", "38%", "25%", "37%"]],
            (100, 22, 24, 22))
    d.hd("3. Algemeen oordeel")
    d.p("De commissie waardeert dat de opleiding de OER heeft ingekort en beter leesbaar heeft gemaakt. De "
        "nieuwe opbouw per fase is helder. De commissie constateert wel dat de opleiding de studenten eerder bij de "
        "herziening had moeten betrekken: de studentenpanels zijn pas in januari georganiseerd, toen de tekst al "
        "grotendeels vaststond.")
    d.p("In haar advies over de OER 2025-2026 adviseerde de commissie om *'het toetsrooster uiterlijk zes weken "
        "voor de start van een onderwijsperiode te publiceren'*. Dat is gebeurd en opgenomen in artikel 4.3; de "
        "commissie beschouwt dat advies als afgehandeld.")
    d.hd("4. Instemming")
    d.p("De commissie stemt in met de artikelen 1.1 tot en met 4.5 en 4.7 tot en met 7.4 van het concept. Zij "
        "onthoudt haar instemming aan artikel 4.6 (aanwezigheidsplicht werkgroepen), om de redenen die bij OC-03 "
        "worden genoemd. Zodra het faculteitsbestuur dit artikel aanpast, is de commissie bereid opnieuw te "
        "beslissen over instemming.")
    d.hd("5. Adviezen per artikel")
    d.p("Bij de volgende artikelen geeft de commissie een advies. De nummering OC-01 tot en met OC-07 gebruikt de "
        "commissie ook bij de monitoring van de opvolging.")
    rows = [
        ["OC-01", "art. 2.3", "Neem de ingangseisen van de minoren op in de OER zelf, in plaats van alleen in de "
                              "minorgids op de website."],
        ["OC-02", "art. 4.2", "Bied studenten voor het vak Statistiek I twee herkansingen per studiejaar in plaats "
                              "van één; het slagingspercentage is al drie jaar lager dan 45%."],
        ["OC-03", "art. 4.6", "Schrap de aanwezigheidsplicht van 80% bij de werkgroepen in het eerste jaar, of "
                              "beperk haar tot de vaardighedenonderwijs-werkgroepen."],
        ["OC-04", "art. 4.9", "Publiceer de beoordelingscriteria (rubric) van elke schriftelijke opdracht uiterlijk "
                              "bij de start van de cursus in Brightspace."],
        ["OC-05", "art. 5.1", "Verkort de nakijktermijn voor het bachelorproject van 20 naar 15 werkdagen, zodat "
                              "studenten die moeten herstellen nog binnen het studiejaar kunnen afstuderen."],
        ["OC-06", "art. 6.4", "Leg in de OER vast dat de studieadviseur studenten met een functiebeperking vóór "
                              "1 februari uitnodigt voor een gesprek over het bindend studieadvies."],
        ["OC-07", "algemeen", "Stel de Engelse vertaling van de OER tegelijk met de Nederlandse tekst beschikbaar, "
                              "uiterlijk op 31 juli 2026."],
    ]
    d.table(["Nr.", "Artikel", "Advies van de opleidingscommissie"], rows, (16, 20, 132), size=8.3,
            lh=4.4)
    d.hd("6. Tot slot")
    d.p("De commissie verzoekt het faculteitsbestuur om binnen vier weken schriftelijk en gemotiveerd te reageren, "
        "zoals artikel 9.18, vijfde lid, WHW vraagt wanneer een advies niet wordt gevolgd. De commissie zendt een "
        "afschrift van dit advies aan de facultaire studentenraad.")
    d.ln(2)
    d.p("Namens de opleidingscommissie,\n\ndr. S.J. Veldkamp, voorzitter          Y. el Amrani, vicevoorzitter (student)",
        size=8.8, align="L")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc(("Onderwijs- en examenregeling 2026-2027", "Bachelor Bestuurskunde"),
            ("Vastgesteld door het faculteitsbestuur op 14 april 2026", "{o}"), GREEN, serif=True, first_head=True)
    d.add_page()
    d.set_text_color(*GREEN)
    d.p("Toelichting", "B", 14, align="L")
    d.set_text_color(0)
    d.p("Deze toelichting maakt geen deel uit van de regeling. Zij beschrijft de belangrijkste wijzigingen ten "
        "opzichte van de OER 2025-2026 en de wijze waarop het faculteitsbestuur is omgegaan met het advies van de "
        "opleidingscommissie van 3 maart 2026 (OC-BK 2026-03).", size=9.2)
    d.hd("A. Belangrijkste wijzigingen", 11)
    d.p("**Opbouw.** De regeling is herschreven en per fase (propedeuse, postpropedeuse) ingedeeld. De artikelen "
        "over de masteraansluiting zijn overgebracht naar de OER van de masteropleiding.", size=9.2)
    d.p("**Overgangsregeling.** Studenten van het cohort 2023 die de cursus Beleidsanalyse II nog niet hebben "
        "behaald, kunnen in 2026-2027 eenmalig het oude tentamen afleggen; daarna geldt het nieuwe programma.",
        size=9.2)
    d.hd("B. Reactie op het advies van de opleidingscommissie", 11)
    d.p("Het faculteitsbestuur dankt de opleidingscommissie voor het zorgvuldige advies en de enquête onder "
        "studenten. Hieronder reageert het bestuur per onderwerp; de codes verwijzen naar het advies.", size=9.2)
    d.p("**Aanwezigheidsplicht (OC-03).** Het bestuur blijft van oordeel dat actieve deelname aan de werkgroepen "
        "in het eerste jaar bijdraagt aan studiesucces. De aanwezigheidsplicht blijft daarom bestaan, maar wordt "
        "verlaagd naar 70 procent en geldt alleen nog voor de werkgroepen van de periodes 1 en 2. Het aangepaste "
        "artikel 4.6 is op 2 april 2026 opnieuw aan de commissie voorgelegd, die daarmee op 9 april heeft ingestemd.",
        size=9.2)
    d.p("**Minoren (OC-01).** De ingangseisen van de minoren staan vanaf dit studiejaar in artikel 2.3, vierde lid, "
        "van de regeling zelf; de minorgids verwijst daarnaar.", size=9.2)
    d.p("**Toetsing (OC-04 en OC-05).** Dat de rubric bij de start van de cursus beschikbaar is, is al staand "
        "beleid van de examencommissie; artikel 4.9 legt dit nu ook uitdrukkelijk vast. Een kortere nakijktermijn "
        "voor het bachelorproject neemt het bestuur niet over. Bij het bachelorproject zijn twee beoordelaars "
        "betrokken en vindt kalibratie plaats; de termijn van 20 werkdagen is daarvoor nodig. Wel is in artikel "
        "5.1 een extra herstelmoment in juli opgenomen.", size=9.2)
    d.p("**Statistiek I (OC-02).** Een tweede herkansing voor Statistiek I komt er niet. Het bestuur kiest ervoor "
        "de begeleiding te versterken: vanaf periode 2 is er een wekelijks oefencollege met studentassistenten. "
        "Het bestuur volgt de resultaten en bespreekt die in het najaar met de commissie.", size=9.2)
    d.p("**Bindend studieadvies (OC-06).** De regels over het bindend studieadvies, inclusief de behandeling van "
        "persoonlijke omstandigheden, zijn universiteitsbreed vastgelegd in de Regeling BSA van het college van "
        "bestuur. Het bestuur heeft het advies ter kennisname doorgestuurd aan het college van bestuur en de "
        "universiteitsraad en neemt het daarom niet zelf in de OER op.", size=9.2)
    d.hd("C. Inwerkingtreding", 11)
    d.p("De regeling treedt in werking op 1 september 2026 en wordt gepubliceerd op de website van de faculteit en "
        "in de studiegids.", size=9.2)
    d.output(B.out(NAME + "_response.pdf"))


def expected():
    recs = [
        ("OC-01", "Neem de ingangseisen van de minoren op in de OER",
         "staan vanaf dit studiejaar in artikel 2.3, vierde lid", "agrees"),
        ("OC-02", "Bied studenten voor het vak Statistiek I twee herkansingen",
         "Een tweede herkansing voor Statistiek I komt er niet", "disagrees"),
        ("OC-03", "Schrap de aanwezigheidsplicht van 80% bij de werkgroepen",
         "maar wordt verlaagd naar 70 procent en geldt alleen", "partly"),
        ("OC-04", "Publiceer de beoordelingscriteria (rubric) van elke schriftelijke opdracht",
         "is al staand beleid van de examencommissie", "agrees"),
        ("OC-05", "Verkort de nakijktermijn voor het bachelorproject van 20 naar",
         "Een kortere nakijktermijn voor het bachelorproject neemt het bestuur niet over", "disagrees",
         ["partly"]),
        ("OC-06", "Leg in de OER vast dat de studieadviseur studenten",
         "heeft het advies ter kennisname doorgestuurd aan het college", "noted", ["disagrees"]),
        ("OC-07", "Stel de Engelse vertaling van de OER tegelijk met", None, "unanswered"),
    ]
    unmatched = ["kunnen in 2026-2027 eenmalig het oude tentamen afleggen"]
    notes = (
        "Advice of the opleidingscommissie Bachelor Bestuurskunde (fictional Universiteit Lindenhaven) on the draft "
        "OER 2026-2027 under art. 9.18 WHW: memo header (Aan/Van/Datum/Kenmerk/Betreft), WHW article numbers, a "
        "survey table of percentages, a 'had moeten' finding, a quoted and closed 2025 advice (trap), an Instemming "
        "paragraph withholding consent for art. 4.6 (trap, the decision is not a recommendation), then the seven "
        "recommendations as rows OC-01..OC-07 of a three-column table (code | article | imperative). Reply: the "
        "Toelichting of the adopted OER (serif, page numbers 23-24), part B per topic in its own order: OC-03 "
        "attendance kept but lowered to 70% (partly); OC-01 agrees; 'Toetsing (OC-04 en OC-05)' covers two with "
        "different verdicts: rubric is already standing policy (OC-04 agrees) and the shorter marking period is "
        "refused (OC-05 disagrees, also partly because of an extra July resit); OC-02 refused with other support "
        "(disagrees); OC-06 referred to the college van bestuur's Regeling BSA (noted, also disagrees); OC-07 "
        "(English version) unanswered. Unmatched: part A 'Overgangsregeling' (and part C).")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()
    sys.exit(0 if B.check(NAME) else 1)
