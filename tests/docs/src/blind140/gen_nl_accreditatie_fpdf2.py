"""Round 140 (nl): the ADVIESRAPPORT of an (invented) assessment panel on the limited programme assessment
(opleidingsbeoordeling, for accreditation) of a hogeschool's bachelor programme; its seven recommendations are BOLD
LEAD-IN sentences opening paragraphs in the discussion per standard, between bold lead-ins that are conclusions;
answered by the programme's ONTWIKKELPLAN: a TABLE 'Ontwikkelpunt panel | Aanpak opleiding | Planning' that
paraphrases the points by theme (no numbers) in another order.

Advice (fpdf2, sans, plum title band, running head from p. 2, 'blad n'): the assessment framework paraphrased with
'moet' (trap), a verdict table of standards NUMBERED 1-4 (trap), bold lead-in conclusions in exactly the
recommendations' style (trap), the 2020 panel's recommendation quoted as an imperative (carried out, trap), 'Het panel
raadt de opleiding uitdrukkelijk niet aan om de minor ... te schrappen' (trap), a closing summary. Response (fpdf2,
'blad n'): werkveld agrees, stagetoetsing agrees, externe herbeoordeling partly, onderzoekslijn partly, mentor
disagrees, alumni noted; internationalisation unanswered; introduction and closing answer nothing. All bodies, places,
people, figures and reference numbers invented; rules named as context only.

Run: /tmp/blind140nl/bin/python tests/docs/src/blind140/gen_nl_accreditatie_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b140nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402
from fpdf.fonts import FontFace  # noqa: E402

NAME = "blind140_nl_accreditatie"
FS = B.tmp_fonts()
PLUM = (96, 40, 92)
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
            self.set_draw_color(*PLUM)
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
    pdf.set_creation_date(datetime.datetime(2026, 12, 1, tzinfo=datetime.timezone.utc))
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.head = head
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        pdf.add_font("S", style, FS[key])
    pdf.set_margins(22, 16, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def width(pdf):
    return pdf.w - pdf.l_margin - pdf.r_margin


def para(pdf, text, size=9.5, style="", gap=2.2, align="J", color=(0, 0, 0), indent=0, md=False):
    pdf.set_font("S", style, size)
    pdf.set_text_color(*color)
    pdf.set_x(pdf.l_margin + indent)
    if md:
        align = "L"
    pdf.multi_cell(width(pdf) - indent, LH, text, align=align, new_x="LMARGIN", new_y="NEXT", markdown=md)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(gap)


def h2(pdf, text):
    pdf.ln(1.5)
    para(pdf, text, size=11, style="B", gap=1.2, align="L", color=PLUM)


def h3(pdf, text):
    para(pdf, text, size=9.8, style="B", gap=0.8, align="L", color=PLUM)


def table(pdf, rows, widths, size=8.6):
    pdf.set_font("S", "", size)
    pdf.set_fill_color(255, 255, 255)
    pdf.set_draw_color(170, 140, 168)
    head = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=PLUM)
    with pdf.table(col_widths=widths, text_align="LEFT", line_height=4.4, headings_style=head,
                   padding=1.6, width=width(pdf)) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(3)


def advice():
    pdf = new("Panel opleidingsbeoordeling - Bachelor Toegepaste Gerontologie, Hogeschool Oostermarke - "
              "EQ/2026/OB-117", "Adviesrapport opleidingsbeoordeling Bachelor Toegepaste Gerontologie",
              "Evaluatiebureau Quadrant")
    pdf.set_fill_color(*PLUM)
    pdf.rect(0, 0, pdf.w, 30, style="F")
    pdf.set_xy(22, 8)
    pdf.set_font("S", "B", 15)
    pdf.set_text_color(255, 255, 255)
    pdf.multi_cell(width(pdf), 7, "Adviesrapport beperkte opleidingsbeoordeling\nBachelor Toegepaste Gerontologie",
                   align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(34)
    para(pdf, "Hogeschool Oostermarke, Instituut voor Zorg en Welzijn, locatie Veldhaven - voltijd en deeltijd - "
         "visitatie op 3 en 4 maart 2026 - rapport vastgesteld op 21 april 2026 - kenmerk EQ/2026/OB-117 - "
         "uitgevoerd onder coördinatie van Evaluatiebureau Quadrant, Amersvoorde", size=8, color=GREY, align="L")
    h2(pdf, "1 Inleiding")
    para(pdf, "Dit rapport bevat het oordeel en het advies van het panel dat de bacheloropleiding Toegepaste "
         "Gerontologie heeft beoordeeld. Het panel bestond uit vier leden: prof. dr. E.A. Wijnbergen (voorzitter), "
         "drs. K. Lamsma (werkveld), dr. F. Ouali (onderwijs en toetsing) en L. de Roover (student). Het panel "
         "sprak met 46 studenten, docenten, alumni en werkveldvertegenwoordigers en bestudeerde vijftien "
         "afstudeerwerken. Volgens het beoordelingskader moet de opleiding aantonen dat haar beoogde "
         "leerresultaten passen bij het niveau en de oriëntatie van een bachelor, en moet het panel per standaard "
         "een gemotiveerd oordeel geven.")
    para(pdf, "In het vorige beoordelingsrapport, van december 2020, schreef het toenmalige panel:")
    para(pdf, "'Geef de opleiding een eigen examencommissie in plaats van de gedeelde commissie van het "
         "instituut.'", style="I", color=GREY, indent=10)
    para(pdf, "Aan die aanbeveling is in 2022 gevolg gegeven.")
    h2(pdf, "2 Oordelen in het kort")
    table(pdf, [["Standaard", "Onderwerp", "Oordeel"],
                ["1", "Beoogde leerresultaten", "voldoet"],
                ["2", "Onderwijsleeromgeving", "voldoet"],
                ["3", "Toetsing", "voldoet"],
                ["4", "Gerealiseerde leerresultaten", "voldoet"],
                ["", "Eindoordeel opleiding", "positief"]], (22, 92, 52))
    para(pdf, "Het panel adviseert de NVAO de opleiding te accrediteren. In de paragrafen hieronder licht het panel "
         "zijn oordelen toe; waar het panel de opleiding iets meegeeft voor de komende jaren, staat dat vetgedrukt "
         "aan het begin van de alinea.")
    h2(pdf, "3 Toelichting per standaard")
    h3(pdf, "Standaard 1 - Beoogde leerresultaten")
    para(pdf, "**Het profiel van de opleiding is actueel en herkenbaar.** De leerresultaten sluiten aan bij het "
         "landelijke beroepsprofiel en het werkveld herkent de afgestudeerden als schakel tussen zorg, wonen en "
         "welzijn.", md=True)
    para(pdf, "**Betrek het werkveld structureler bij de herijking van het opleidingsprofiel,** bijvoorbeeld via "
         "een werkveldcommissie die ten minste twee keer per jaar bijeenkomt. Nu gebeurt dat vooral via de "
         "persoonlijke netwerken van docenten.", md=True)
    h3(pdf, "Standaard 2 - Onderwijsleeromgeving")
    para(pdf, "**De docenten zijn betrokken en deskundig.** Studenten waarderen de kleine groepen en de snelle "
         "feedback; de verhouding tussen theorie en praktijk is goed.", md=True)
    para(pdf, "**Versterk de onderzoekslijn in het tweede studiejaar met een eigen praktijkgericht "
         "onderzoeksproject.** Studenten voelen zich nu onvoldoende voorbereid op het afstudeeronderzoek.",
         md=True)
    para(pdf, "**Geef elke student in de propedeuse een vaste mentor die hij het hele jaar houdt.** In het eerste "
         "jaar wisselt de studieloopbaanbegeleider per periode, wat studenten als onrustig ervaren. Het panel "
         "raadt de opleiding uitdrukkelijk niet aan om de minor Technologie in de zorg te schrappen, zoals het "
         "team overweegt: juist die minor geeft de opleiding haar eigen gezicht.", md=True)
    h3(pdf, "Standaard 3 - Toetsing")
    para(pdf, "**De toetsing is valide en transparant.** Toetsmatrijzen en beoordelingsformulieren zijn op orde en "
         "de examencommissie is goed in positie.", md=True)
    para(pdf, "**Leg in een stagetoetsplan vast hoe de beroepsproducten in de stage worden beoordeeld en door "
         "wie.** De rol van de praktijkbegeleider verschilt nu per stageplaats.", md=True)
    para(pdf, "**Laat de examencommissie jaarlijks een steekproef van afstudeerwerken herbeoordelen door een "
         "externe deskundige.** Zo blijft het niveau ook buiten de eigen kring geijkt.", md=True)
    h3(pdf, "Standaard 4 - Gerealiseerde leerresultaten")
    para(pdf, "**De afstudeerwerken halen ruim het bachelorniveau.** Het panel was het in dertien van de vijftien "
         "gevallen eens met het cijfer; in twee gevallen vond het panel het cijfer aan de hoge kant.", md=True)
    para(pdf, "**Volg de loopbaan van afgestudeerden systematisch,** bijvoorbeeld met een alumni-enquête een en "
         "drie jaar na het afstuderen. De opleiding weet nu weinig over waar alumni terechtkomen.", md=True)
    para(pdf, "**Maak de internationale dimensie van de opleiding zichtbaarder in het curriculum** en in de "
         "communicatie naar studenten. Vergrijzing is een Europees thema, maar dat komt in het programma nauwelijks "
         "terug.", md=True)
    h2(pdf, "4 Slotbeschouwing")
    para(pdf, "Het panel heeft een kleine, hechte opleiding leren kennen die haar zaken op orde heeft. De "
         "ontwikkelpunten zijn bedoeld om de opleiding verder te versterken; het panel ziet ze graag terug in het "
         "ontwikkelgesprek en in de midterm-review.")
    para(pdf, "Namens het panel,\nprof. dr. E.A. Wijnbergen, voorzitter\nmr. J.H. Teeuwen, secretaris", align="L")
    pdf.output(B.out(NAME + "_advice.pdf"))


def response():
    pdf = new("Hogeschool Oostermarke - Toegepaste Gerontologie - ontwikkelplan - IZW/TG/2026-52",
              "Ontwikkelplan naar aanleiding van de opleidingsbeoordeling", "Hogeschool Oostermarke")
    para(pdf, "Hogeschool Oostermarke - Instituut voor Zorg en Welzijn - Bachelor Toegepaste Gerontologie", size=8,
         color=GREY, align="L")
    para(pdf, "Ontwikkelplan naar aanleiding van de opleidingsbeoordeling 2026", size=14, style="B", color=PLUM,
         align="L", gap=1)
    para(pdf, "Veldhaven, 8 juni 2026 - kenmerk IZW/TG/2026-52 - vastgesteld door de instituutsdirecteur, drs. "
         "M.C. Hagedoorn, na instemming van de opleidingscommissie", size=8, color=GREY, align="L")
    para(pdf, "Met trots hebben wij kennisgenomen van het positieve eindoordeel van het panel. Wij danken de "
         "panelleden voor de open gesprekken tijdens de visitatie. In dit plan beschrijven wij wat de opleiding "
         "met de ontwikkelpunten van het panel doet. Wij hebben de punten geordend naar de planning.")
    table(pdf, [["Ontwikkelpunt panel", "Aanpak opleiding", "Planning"],
                ["Werkveld bij het profiel", "Wij nemen dit over. Per 1 september 2026 start een werkveldcommissie "
                 "met acht leden uit zorg, wonen en gemeenten, die twee keer per jaar vergadert.", "sept. 2026"],
                ["Beoordeling in de stage", "Overgenomen. Het toetsplan voor de stage beschrijft vanaf volgend "
                 "studiejaar per beroepsproduct wie beoordeelt; praktijkbegeleiders adviseren, de docent "
                 "beslist.", "studiejaar 2026-2027"],
                ["Externe blik op afstudeerwerken", "Gedeeltelijk. De examencommissie laat eens in de twee jaar vijf "
                 "afstudeerwerken extern herbeoordelen; jaarlijks is met de huidige middelen niet haalbaar.",
                 "voorjaar 2027"],
                ["Onderzoek in jaar 2", "Voor een deel. Er komt geen apart project, maar de twee bestaande "
                 "praktijkopdrachten in jaar 2 krijgen een duidelijke onderzoekscomponent.", "studiejaar 2027-2028"],
                ["Begeleiding in de propedeuse", "Niet overgenomen. Wij houden vast aan begeleiding in vaste "
                 "groepen met wisselende docenten, omdat studenten zo meer docenten leren kennen; wel krijgt elke "
                 "groep een vast aanspreekpunt.", "-"],
                ["Zicht op alumni", "Wij hebben dit punt genoteerd. Het instituut onderzoekt of een "
                 "hogeschoolbrede alumnimonitor ook voor onze opleiding bruikbaar is.", "nog te bepalen"]],
          (40, 96, 30))
    para(pdf, "De opleidingscommissie volgt de uitvoering van dit plan twee keer per jaar. Wij zien uit naar het "
         "ontwikkelgesprek en bespreken de voortgang graag met de panelvoorzitter.")
    para(pdf, "drs. M.C. Hagedoorn, instituutsdirecteur\nT. Koudijs MSc, opleidingsmanager Toegepaste Gerontologie",
         align="L")
    pdf.output(B.out(NAME + "_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        ("1", "Betrek het werkveld structureler bij de herijking van het opleidingsprofiel,",
         "start een werkveldcommissie met acht leden", "agrees"),
        ("2", "Versterk de onderzoekslijn in het tweede studiejaar met een eigen",
         "praktijkopdrachten in jaar 2 krijgen een duidelijke onderzoekscomponent", "partly"),
        ("3", "Geef elke student in de propedeuse een vaste mentor",
         "begeleiding in vaste groepen met wisselende docenten", "disagrees"),
        ("4", "Leg in een stagetoetsplan vast hoe de beroepsproducten in de stage",
         "per beroepsproduct wie beoordeelt; praktijkbegeleiders adviseren", "agrees"),
        ("5", "Laat de examencommissie jaarlijks een steekproef van afstudeerwerken herbeoordelen",
         "eens in de twee jaar vijf afstudeerwerken", "partly"),
        ("6", "Volg de loopbaan van afgestudeerden systematisch, bijvoorbeeld met een alumni-enquête",
         "hogeschoolbrede alumnimonitor ook voor onze opleiding bruikbaar", "noted"),
        ("7", "Maak de internationale dimensie van de opleiding zichtbaarder in het curriculum", None, "unanswered"),
    ], ["Wij danken de panelleden voor de open gesprekken",
        "De opleidingscommissie volgt de uitvoering van dit plan"],
        "Advice: the assessment panel's report on the limited programme assessment (accreditation) of a "
        "hogeschool's bachelor programme; the seven recommendations have no numbers and are BOLD LEAD-IN imperative "
        "sentences opening paragraphs under 'Standaard 1'-'4' (numbered here 1-7 in reading order). Traps: the "
        "assessment framework paraphrased with 'moet', the 2020 panel's recommendation quoted as an imperative "
        "('Geef de opleiding een eigen examencommissie ...', carried out), a verdict table of standards numbered "
        "1-4, bold lead-in CONCLUSIONS in exactly the same style ('Het profiel van de opleiding is actueel ...'), "
        "'Het panel raadt de opleiding uitdrukkelijk niet aan om de minor ... te schrappen' inside recommendation "
        "3's paragraph. Response: the programme's ONTWIKKELPLAN, a TABLE 'Ontwikkelpunt panel | Aanpak opleiding | "
        "Planning' that names the points by THEME in another order: 1 agrees, 4 agrees, 5 partly (every two years, "
        "not yearly), 2 partly (no separate project, research component in existing assignments), 3 disagrees "
        "(keeps group guidance), 6 noted ('genoteerd', looks into an institution-wide monitor). 7 "
        "(internationalisation) is never answered. Introduction and closing answer nothing.")
    print("written", NAME)
