"""Round 111 (nl): the ADVIES of a Dutch CLIËNTENRAAD WERK EN INKOMEN on the municipality's concept beleidsplan
SCHULDDIENSTVERLENING, answered by the college's LETTER that QUOTES each recommendation ('U adviseert: ...') and
follows it with 'Onze reactie', in another order.

Advice (fpdf2, serif, letterhead with an orange rule, running head from p. 2, 'blz. n/m'): numbered participants'
quotes 1.-3. (trap), findings with BOLD LEAD-INS too (traps: the Wgs 'moet', the council's 2024 advice quoted with
'moet'), recommendations UNNUMBERED BOLD LEAD-IN SENTENCES followed by explanation, split over four sub-headings and
running across the page break (expected 1-7 in order). Response order 6, 1, 3+4 (one quote block for two), 5, 2;
7 unanswered. All invented.

Run: /tmp/blind111nl/bin/python tests/docs/src/blind111/gen_nl_schuldhulp_fpdf2.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b111nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind111_nl_schuldhulp"
F = B.tmp_fonts("B111NL Serif", B.SERIF_FILES)
ORANGE = (196, 98, 16)
DARK = (60, 60, 60)


class Doc(FPDF):
    head = ""
    foot = ""

    def header(self):
        if self.page_no() > 1:
            self.set_font("R", "I", 7.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, self.head, new_x="LMARGIN", new_y="NEXT", align="R")
            self.ln(4)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("R", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, self.foot.format(n=self.page_no(), m="{nb}"), align="R")
        self.set_text_color(0, 0, 0)


def new(head, foot):
    pdf = Doc(format="A4")
    pdf.head, pdf.foot = head, foot
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        pdf.add_font("R", style, F[key])
    pdf.set_margins(25, 18, 25)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    return pdf


def h(pdf, text, size=11.5, color=ORANGE, before=2):
    pdf.ln(before)
    pdf.set_font("R", "B", size)
    pdf.set_text_color(*color)
    pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.5)


def p(pdf, text, style="", size=10, md=False, indent=0, after=2.2):
    pdf.set_font("R", style, size)
    if indent:
        pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(0, 5.3, text, new_x="LMARGIN", new_y="NEXT", align="L", markdown=md)
    pdf.ln(after)


RECS = {
    "Vroeg erbij zijn": [
        ("Maak afspraken met alle woningcorporaties, zorgverzekeraars en energieleveranciers over het doorgeven van "
         "betalingsachterstanden na twee maanden.",
         "Nu geven alleen de twee grootste corporaties achterstanden door. Juist bij energie en zorgpremie lopen de "
         "schulden het snelst op."),
        ("Bied iedereen die zich meldt binnen vijf werkdagen een eerste gesprek aan, ook als er geen sprake is van "
         "een spoedsituatie.",
         "Wie eindelijk de stap zet, moet niet weken wachten. In die weken komen er vaak nieuwe aanmaningen en kosten "
         "bij."),
    ],
    "Bereikbaarheid": [
        ("Houd naast het spreekuur in het stadskantoor ook een inloopspreekuur in de wijkcentra van Oosterhaven en "
         "De Kamp.",
         "Veel deelnemers vinden de drempel van het stadskantoor hoog. In de wijk komen zij toch al voor de "
         "voedselbank of het buurtcafé."),
        ("Zorg dat het team schulddienstverlening op twee avonden per week tot 20.00 uur telefonisch bereikbaar is.",
         "Wie overdag werkt of voor kinderen zorgt, kan nu alleen bellen tussen 9.00 en 12.00 uur."),
    ],
    "Jongeren": [
        ("Richt een jongerenfonds op dat de schulden van jongeren tot 27 jaar in één keer overneemt, in ruil voor "
         "deelname aan een leerwerktraject.",
         "Jongeren met schulden haken af op school en op het werk. Een schone lei met een vaste begeleider geeft hun "
         "weer perspectief. Andere gemeenten in de regio werken al met zo'n fonds en zien dat de meeste jongeren het "
         "traject afmaken."),
    ],
    "Na de schuldregeling": [
        ("Bied na afloop van een schuldregeling standaard nog een jaar nazorg aan met een vaste contactpersoon.",
         "Deelnemers vertelden dat zij na drie jaar sparen 'in een zwart gat' vielen. Een deel van hen had binnen "
         "een jaar opnieuw een achterstand."),
        ("Zet ervaringsdeskundigen in als maatje bij elk traject en geef hun daarvoor een vrijwilligersvergoeding.",
         "Een maatje dat het zelf heeft meegemaakt, wordt eerder vertrouwd dan een consulent. Zonder vergoeding is "
         "het voor ervaringsdeskundigen met een laag inkomen vaak niet vol te houden."),
    ],
}


def advice():
    pdf = new("Cliëntenraad Werk en Inkomen Lindewaarde - advies CRWI-2026-14", "blz. {n}/{m}")
    pdf.set_font("R", "B", 13)
    pdf.set_text_color(*ORANGE)
    pdf.cell(0, 7, "Cliëntenraad Werk en Inkomen Lindewaarde", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(*DARK)
    pdf.set_font("R", "", 8.5)
    pdf.cell(0, 4.5, "p/a Stadskantoor, Raadhuisplein 4, Lindewaarde - secretariaat@crwi-lindewaarde.nl",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(*ORANGE)
    pdf.set_line_width(1.2)
    pdf.line(pdf.l_margin, pdf.get_y() + 2, pdf.w - pdf.r_margin, pdf.get_y() + 2)
    pdf.set_line_width(0.2)
    pdf.ln(7)
    pdf.set_text_color(0, 0, 0)
    p(pdf, "Aan het college van burgemeester en wethouders van Lindewaarde\nt.a.v. wethouder S. (Sevda) Aydın\n\n"
           "Lindewaarde, 3 november 2026\nKenmerk: CRWI-2026-14\nBetreft: advies over het concept-beleidsplan "
           "Schulddienstverlening 2027-2030 'Grip op geld'", "", 9.5)
    h(pdf, "Inleiding")
    p(pdf, "Op 15 september 2026 heeft u de cliëntenraad om advies gevraagd over het concept-beleidsplan "
           "Schulddienstverlening 2027-2030. De cliëntenraad waardeert het dat het plan uitgaat van vertrouwen in "
           "inwoners en dat vroegsignalering een centrale plaats krijgt. Wij hebben het plan besproken in onze "
           "vergaderingen van 1 en 15 oktober en in een bijeenkomst met 23 inwoners die zelf schulden hebben gehad of "
           "nog hebben. Het beleidsplan zelf hebben wij naast de huidige nota uit 2022 en de cijfers van de Kredietbank "
           "gelegd.")
    h(pdf, "Wat deelnemers ons vertelden")
    p(pdf, "Drie uitspraken uit de bijeenkomst vatten goed samen wat wij hoorden:")
    for i, q in enumerate([
            "'Ik durfde pas te bellen toen de deurwaarder al was geweest.'",
            "'Na de eerste brief van de gemeente hoorde ik zes weken niets.'",
            "'Toen de schuldregeling klaar was, stond ik er ineens weer alleen voor.'"], 1):
        pdf.set_x(pdf.l_margin + 4)
        pdf.set_font("R", "", 10)
        pdf.cell(7, 5.3, f"{i}.")
        pdf.set_font("R", "I", 10)
        pdf.multi_cell(0, 5.3, q, new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.ln(0.8)
    pdf.ln(1.5)
    h(pdf, "Wat ons opvalt")
    p(pdf, "**De wachttijd is te lang.** Tussen de aanmelding en het eerste gesprek zit gemiddeld 27 werkdagen. Volgens "
           "de Wet gemeentelijke schuldhulpverlening moet de gemeente bij een dreigende huisuitzetting of afsluiting "
           "van energie binnen drie werkdagen een eerste gesprek bieden; die termijn wordt volgens het plan wel "
           "gehaald.", md=True)
    p(pdf, "**Het bereik is beperkt.** In 2025 meldden zich 612 huishoudens, terwijl het Nibud-rekenmodel voor "
           "Lindewaarde uitgaat van ruim 3.000 huishoudens met problematische schulden.", md=True)
    p(pdf, "**Jongeren vallen tussen wal en schip.** Van de aanmeldingen kwam 14 procent van jongeren onder de 27 jaar; "
           "de helft van hen viel binnen een half jaar uit.", md=True)
    p(pdf, "**Een eerder advies is nog niet uitgevoerd.** In ons advies over het minimabeleid van 2024 schreven wij: "
           "'De gemeente moet mensen na een schuldregeling niet loslaten.' In het concept-beleidsplan komt nazorg "
           "slechts in één zin voor.", md=True)
    h(pdf, "Onze adviezen")
    p(pdf, "De cliëntenraad adviseert het college het beleidsplan op de volgende punten aan te vullen.")
    for sub, recs in RECS.items():
        h(pdf, sub, 10.5, DARK, before=1)
        for rec, why in recs:
            p(pdf, f"**{rec}** {why}", md=True)
    h(pdf, "Tot slot")
    p(pdf, "Wij ontvangen graag binnen zes weken een schriftelijke reactie op dit advies. Wij zijn graag bereid "
           "onze adviezen in een gesprek met de wethouder toe te lichten.")
    p(pdf, "Met vriendelijke groet,\nnamens de Cliëntenraad Werk en Inkomen Lindewaarde,\n\nHenk Oosterveld, voorzitter"
           "\nFatima el Amrani, secretaris")
    pdf.output(B.out(NAME + "_advice.pdf"))


def quote(pdf, text):
    pdf.set_fill_color(246, 238, 230)
    pdf.set_x(pdf.l_margin + 6)
    pdf.set_font("R", "I", 9.5)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT", align="L", fill=True, padding=(2, 3, 2, 3))
    pdf.ln(1.5)


def response():
    pdf = new("Gemeente Lindewaarde - reactie op advies CRWI-2026-14", "pagina {n} van {m}")
    pdf.set_font("R", "B", 15)
    pdf.cell(0, 8, "Gemeente Lindewaarde", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("R", "", 8.5)
    pdf.set_text_color(*DARK)
    pdf.cell(0, 4.5, "Postbus 210 - Raadhuisplein 4 - Lindewaarde - telefoon 14 0577", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(6)
    p(pdf, "Cliëntenraad Werk en Inkomen Lindewaarde\nt.a.v. de heer H. Oosterveld, voorzitter\np/a Raadhuisplein 4\n"
           "Lindewaarde", "", 9.5)
    p(pdf, "Datum: 15 december 2026\nOns kenmerk: SD/2026/08831\nUw kenmerk: CRWI-2026-14\nOnderwerp: reactie op "
           "uw advies over het beleidsplan Schulddienstverlening", "", 9)
    p(pdf, "Geachte heer Oosterveld, beste leden van de cliëntenraad,")
    p(pdf, "Hartelijk dank voor uw advies en voor de bijeenkomst met ervaringsdeskundigen die u daarvoor heeft "
           "georganiseerd. Het college heeft het beleidsplan op 8 december vastgesteld; het gaat in januari naar de "
           "gemeenteraad. Hieronder citeren wij uw adviezen en geven wij bij elk advies onze reactie.")

    def reply(text):
        pdf.set_font("R", "B", 10)
        pdf.cell(0, 5.5, "Onze reactie", new_x="LMARGIN", new_y="NEXT")
        p(pdf, text, after=3.5)

    quote(pdf, "U adviseert: 'Bied na afloop van een schuldregeling standaard nog een jaar nazorg aan met een vaste "
               "contactpersoon.'")
    reply("Dit advies nemen wij over. Vanaf 1 april 2027 krijgt iedereen van wie de schuldregeling afloopt twaalf "
          "maanden nazorg van de eigen consulent, met minstens drie gesprekken in dat jaar.")
    quote(pdf, "U adviseert: 'Maak afspraken met alle woningcorporaties, zorgverzekeraars en energieleveranciers over "
               "het doorgeven van betalingsachterstanden na twee maanden.'")
    reply("Dat doen wij. Met de drie corporaties, de twee grote zorgverzekeraars in de regio en vier "
          "energieleveranciers zijn inmiddels convenanten gesloten; het waterbedrijf sluit in het voorjaar aan.")
    quote(pdf, "U adviseert: 'Houd naast het spreekuur in het stadskantoor ook een inloopspreekuur in de wijkcentra "
               "van Oosterhaven en De Kamp.' En: 'Zorg dat het team schulddienstverlening op twee avonden per week "
               "tot 20.00 uur telefonisch bereikbaar is.'")
    reply("Vanaf februari houden onze consulenten elke donderdagochtend inloop in wijkcentrum De Kamp. In Oosterhaven "
          "starten wij geen eigen spreekuur, omdat het maatschappelijk werk daar al een inloop heeft die bewoners naar "
          "ons doorverwijst. De telefonische bereikbaarheid in de avond nemen wij mee in de evaluatie van het "
          "Klantcontactcentrum in het najaar van 2027; daar kunnen wij nu niet op vooruitlopen.")
    quote(pdf, "U adviseert: 'Richt een jongerenfonds op dat de schulden van jongeren tot 27 jaar in één keer "
               "overneemt, in ruil voor deelname aan een leerwerktraject.'")
    reply("Wij begrijpen de wens, maar nemen dit advies niet over. Het volledig overnemen van schulden vraagt een "
          "bedrag dat de gemeente niet kan dragen, en de bestaande saneringskredieten staan ook voor jongeren open. "
          "Jongeren houden wel voorrang bij de jongerencoach van Werk en Inkomen.")
    quote(pdf, "U adviseert: 'Bied iedereen die zich meldt binnen vijf werkdagen een eerste gesprek aan, ook als er "
               "geen sprake is van een spoedsituatie.'")
    reply("Met de huidige bezetting kunnen wij vijf werkdagen niet voor iedereen garanderen. Wij verkorten de "
          "termijn wel naar tien werkdagen en zetten daarvoor in 2027 een extra consulent in; bij spoed blijft de "
          "wettelijke termijn gelden.")
    h(pdf, "Kwijtschelding gemeentelijke belastingen", 10.5, (0, 0, 0))
    p(pdf, "Ten slotte informeren wij u dat huishoudens met een bijstandsuitkering vanaf 2027 automatisch "
           "kwijtschelding krijgen van de afvalstoffenheffing en de rioolheffing. Zij hoeven daarvoor geen formulier "
           "meer in te vullen.")
    p(pdf, "Wij zien uit naar het volgende overleg met de cliëntenraad op 19 januari 2027.")
    p(pdf, "Met vriendelijke groet,\nburgemeester en wethouders van Lindewaarde,\n\nde secretaris, mr. drs. A.E. "
           "Vlaskamp - de burgemeester, J.W. Hoogeveen")
    pdf.output(B.out(NAME + "_response.pdf"))


def expected():
    recs = [
        (1, "Maak afspraken met alle woningcorporaties, zorgverzekeraars en energieleveranciers",
         "zijn inmiddels convenanten gesloten; het waterbedrijf sluit in het voorjaar aan", "agrees"),
        (2, "Bied iedereen die zich meldt binnen vijf werkdagen een eerste gesprek",
         "Wij verkorten de termijn wel naar tien werkdagen", "partly"),
        (3, "Houd naast het spreekuur in het stadskantoor ook een inloopspreekuur",
         "In Oosterhaven starten wij geen eigen spreekuur", "partly"),
        (4, "Zorg dat het team schulddienstverlening op twee avonden per week",
         "nemen wij mee in de evaluatie van het Klantcontactcentrum", "noted"),
        (5, "Richt een jongerenfonds op dat de schulden van jongeren tot 27 jaar",
         "Wij begrijpen de wens, maar nemen dit advies niet over", "disagrees"),
        (6, "Bied na afloop van een schuldregeling standaard nog een jaar nazorg",
         "krijgt iedereen van wie de schuldregeling afloopt twaalf maanden nazorg", "agrees"),
        (7, "Zet ervaringsdeskundigen in als maatje bij elk traject", None, "unanswered"),
    ]
    unmatched = ["Het college heeft het beleidsplan op 8 december vastgesteld",
                 "vanaf 2027 automatisch kwijtschelding krijgen van de afvalstoffenheffing",
                 "Wij zien uit naar het volgende overleg met de cliëntenraad"]
    notes = ("Dutch Cliëntenraad Werk en Inkomen's advice on a concept beleidsplan Schulddienstverlening (fpdf2, 2 p., "
             "serif, orange letterhead rule, running head from p. 2, 'blz. n/m'): numbered participants' quotes 1.-3. "
             "(trap), findings under 'Wat ons opvalt' ALSO with bold lead-ins (the Wgs 'moet', the 2024 minimabeleid "
             "advice quoted with 'moet', Nibud figures); recommendations UNNUMBERED BOLD LEAD-IN SENTENCES with an "
             "explanation, split over four sub-headings (Vroeg erbij zijn, Bereikbaarheid, Jongeren, Na de "
             "schuldregeling), running across the page break (expected 1-7 in order). Response: the college's letter "
             "QUOTING each recommendation ('U adviseert: ...') in a shaded block followed by 'Onze reactie', order 6, "
             "1, 3+4, 5, 2; one quote block for 3 and 4 = 3 partly (inloop in De Kamp, not in Oosterhaven) + 4 noted "
             "(taken into the 2027 KCC evaluation, no commitment); 6 agrees (nazorg from 1 April 2027); 1 agrees "
             "(convenanten); 5 disagrees (polite refusal of the jongerenfonds); 2 partly (ten instead of five "
             "werkdagen); 7 (ervaringsdeskundigen als maatje) unanswered; the opening, 'Kwijtschelding gemeentelijke "
             "belastingen' and the closing answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()
