"""Round 120 (nl): the ADVIES of a municipal HORECAPLATFORM (the standing consultation of the gemeente with
publicans, the local horeca association, residents of the town centre, the sports clubs and youth work, the police
and enforcement officers as advisers) on the ontwerp-Alcohol- en Horecaverordening and the ontwerp-Beleidsregels
terrassen, whose seven recommendations are UNNUMBERED SENTENCES SET IN BOLD INSIDE RUNNING PARAGRAPHS under topic
sub-headings (with varied wording: 'Het platform adviseert ...', 'Wij vragen u ...', 'Ons advies is ...',
imperatives), one of them running across the page break; answered by the college's covering letter with an ANNEX
TABLE whose number column is the college's OWN (1-7): six rows for the recommendations, one recommendation has no
row (so from row 6 on the numbers no longer match the advice's order), and row 7 answers the platform's questions.

Advice (fpdf2, sans, 2 p., wine-red rule and title, running head from p. 2, 'Horecaplatform Dalmeren | n'): a bold
FINDING among the bold recommendations ('Het aantal meldingen ... is ... bijna verdubbeld'; trap), the 2022 advice
quoted as an imperative (realised; trap), the Alcoholwet paraphrased with 'moeten' (trap), the residents' minority view
with 'moet' (trap), 'Het platform concludeert' (trap), three QUESTIONS as a numbered list 1.-3. (trap).
Recommendations expected 1-7 in reading order: 1 keep free closing hours, 2 a general exemption to 04.00 on five
nights, 3 sports canteens from 12.00 on Saturdays, 4 the instruction for bar volunteers in community centres too
(running across the page break), 5 five-year terrace permits, 6 a free passage of 1,50 m beside every terrace, 7 one
contact point for publicans.
Response (fpdf2, 2 p.): the letter (nothing); annex table 'Nr. | Advies Horecaplatform (samengevat) | Reactie van
het college | Aangepast?': 1 = rec 1 disagrees (Nee), 2 = rec 2 agrees (Ja), 3 = rec 3 partly (13.00; Deels),
4 = rec 4 agrees (Ja), 5 = rec 5 noted (evaluation 2028; Later), 6 = rec 7 disagrees (Nee), 7 = the questions
(n.v.t.; nothing); rec 6 (free passage) has no row: unanswered. All bodies, places, people, figures and reference
numbers invented; the Alcoholwet is named as context only.

Run: /tmp/blind120nl/bin/python tests/docs/src/blind120/gen_nl_horeca_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b120nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402
from fpdf.fonts import FontFace  # noqa: E402

NAME = "blind120_nl_horeca"
FS = B.tmp_fonts()
WINE = (122, 31, 43)
SAND = (246, 239, 228)
TEAL = (0, 98, 105)
PALET = (226, 240, 240)
GREY = (95, 95, 95)
LH = 5.1


class Doc(FPDF):
    head = ""
    foot = "{n}"
    rule = WINE

    def header(self):
        if self.page_no() > 1 and self.head:
            self.set_y(10)
            self.set_font("S", "", 7.4)
            self.set_text_color(*GREY)
            self.cell(0, 4, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*self.rule)
            self.set_line_width(0.3)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.set_y(22)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("S", "", 7.6)
        self.set_text_color(*GREY)
        self.cell(0, 5, self.foot.format(n=self.page_no(), m="{nb}"), align="R")
        self.set_text_color(0, 0, 0)


def new(head, date, foot, rule):
    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(*date, tzinfo=datetime.timezone.utc))
    pdf.head, pdf.foot, pdf.rule = head, foot, rule
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        pdf.add_font("S", style, FS[key])
    pdf.set_margins(24, 16, 24)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def para(pdf, text, size=9.6, style="", after=2.4, indent=0, lh=LH):
    pdf.set_font("S", style, size)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.epw - indent, lh, text, new_x="LMARGIN", new_y="NEXT", markdown=True)
    pdf.ln(after)


def head(pdf, text, color=WINE, size=11.4, before=2.8):
    pdf.ln(before)
    pdf.set_font("S", "B", size)
    pdf.set_text_color(*color)
    pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.6)


def advice():
    pdf = new("Horecaplatform Dalmeren - advies HPD-26-09 - Gastvrij en leefbaar", (2026, 10, 7),
              "Horecaplatform Dalmeren | {n}", WINE)
    pdf.set_font("S", "B", 8.6)
    pdf.set_text_color(*WINE)
    pdf.cell(0, 5, "HORECAPLATFORM DALMEREN", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(*WINE)
    pdf.set_line_width(0.8)
    pdf.line(pdf.l_margin, pdf.get_y() + 1, pdf.w - pdf.r_margin, pdf.get_y() + 1)
    pdf.set_line_width(0.25)
    pdf.line(pdf.l_margin, pdf.get_y() + 2.2, pdf.w - pdf.r_margin, pdf.get_y() + 2.2)
    pdf.ln(6)
    pdf.set_font("S", "B", 22)
    pdf.cell(0, 10, "Gastvrij en leefbaar", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("S", "", 10.4)
    pdf.multi_cell(0, 5.4, "Advies over de ontwerp-Alcohol- en Horecaverordening Dalmeren 2027 en de "
                   "ontwerp-Beleidsregels terrassen", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_fill_color(*SAND)
    pdf.set_font("S", "", 8.3)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(0, 4.6, "Aan het college van burgemeester en wethouders van Dalmeren  |  kenmerk HPD-26-09  |  "
                   "7 oktober 2026  |  secretariaat: Sanne Ploeger, Ondernemershuis Dalmeren", fill=True,
                   padding=(2, 3, 2, 3), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)

    head(pdf, "Wie wij zijn")
    para(pdf, "Het Horecaplatform Dalmeren is het vaste overleg tussen de gemeente en de horeca. Aan tafel zitten vijf "
         "horecaondernemers, de Dalmeerse Horecavereniging, twee bewoners van de binnenstad, een vertegenwoordiger "
         "van de sportverenigingen, het jongerenwerk en, als adviseurs, de politie en de handhavers. "
         "Het college vroeg ons op 1 juli 2026 om advies over beide ontwerpen. Dit advies is unaniem, behalve waar wij anders melden.")
    para(pdf, "In 2022 adviseerde het platform: 'Zet in de zomer extra handhavers in op het Marktplein.' Sinds 2023 "
         "lopen er van mei tot en met september op vrijdag- en zaterdagavond twee extra handhavers. Dat heeft "
         "gewerkt.")

    head(pdf, "Sluitingstijden")
    para(pdf, "Het ontwerp vervangt de vrije sluitingstijd in het kernwinkelgebied door een vaste sluitingstijd van "
         "02.00 uur, met een ontheffing tot 03.00 uur in de nacht van vrijdag op zaterdag en van zaterdag op "
         "zondag. Het college wil zo de overlast in de nacht beperken. **Het aantal meldingen over geluid na "
         "02.00 uur is tussen 2023 en 2025 bijna verdubbeld, van 61 naar 117.** Toch denken wij dat een vaste "
         "sluitingstijd dat probleem niet oplost: alle bezoekers komen dan tegelijk op straat, en dat geeft juist "
         "meer lawaai en meer kans op ruzie bij de taxistandplaats. **Het platform adviseert daarom om de vrije "
         "sluitingstijd in het kernwinkelgebied te behouden.** De twee bewoners in het platform steunen dit advies "
         "niet; zij vinden dat de binnenstad om 02.00 uur dicht moet.")
    para(pdf, "Wel zien ook wij dat een paar nachten per jaar om een uitzondering vragen, omdat de hele stad dan feest "
         "viert. **Wij vragen u om voor de koningsnacht en de vier nachten van de Dalmeerse Feestweek een algemene "
         "ontheffing tot 04.00 uur te verlenen aan alle horeca in de binnenstad.** Zo hoeft niet elk bedrijf "
         "afzonderlijk een aanvraag in te dienen.")

    head(pdf, "Paracommercie")
    para(pdf, "De Alcoholwet verplicht de gemeenteraad om regels te stellen voor paracommerciële rechtspersonen, "
         "zoals sportkantines en buurthuizen. Die regels moeten oneerlijke concurrentie met de gewone horeca "
         "voorkomen. Het ontwerp laat sportkantines op zaterdag en zondag pas vanaf 14.00 uur alcohol schenken.")
    para(pdf, "Op zaterdag spelen 's ochtends de jeugdteams en daarna de senioren. Veel seniorenteams beginnen al "
         "om 12.30 uur en zitten om 14.30 uur na de wedstrijd in de kantine. **Ons advies is om sportkantines op "
         "zaterdag al vanaf 12.00 uur te laten schenken, en niet pas vanaf 14.00 uur.** De ondernemers in het "
         "platform kunnen daarmee leven, zolang de kantines geen feesten voor derden houden; dat verbiedt het "
         "ontwerp al.")
    para(pdf, "Het ontwerp verplicht barvrijwilligers in sportkantines om een instructie verantwoord alcoholschenken "
         "te volgen. Buurthuizen en dorpshuizen vallen daarbuiten, terwijl ook daar drank wordt geschonken, soms "
         "aan jongeren. **Leg deze verplichting ook vast voor de vrijwilligers die in buurthuizen en dorpshuizen "
         "achter de bar staan.**")

    head(pdf, "Terrassen")
    para(pdf, "Een terrasvergunning geldt in het ontwerp voor één jaar. Elk jaar opnieuw aanvragen kost ondernemers "
         "tijd en de gemeente geld, en het maakt investeren in goed terrasmeubilair onaantrekkelijk. **Het "
         "platform adviseert de terrasvergunning voor vijf jaar te verlenen, met een jaarlijkse controle op de "
         "naleving.**")
    para(pdf, "In de Havenstraat en de Kerksteeg zijn de stoepen smal. Naast een terras blijft daar soms minder dan "
         "een meter over, en rolstoelgebruikers en ouders met een kinderwagen moeten dan de rijbaan op. **Wij "
         "vragen u in de beleidsregels een vrije doorloop van ten minste 1,50 meter naast elk terras voor te "
         "schrijven, ook in smalle straten.**")

    head(pdf, "Vergunningen en contact")
    para(pdf, "Ondernemers met een vraag over hun vergunning worden nu van de ene afdeling naar de andere gestuurd. "
         "Een van onze leden wachtte zeven weken op een antwoord over een uitbreiding van zijn terras, en een "
         "ander kreeg over dezelfde vraag twee verschillende antwoorden van twee afdelingen, wat in een kleine "
         "gemeente als de onze niet zou mogen gebeuren. Wij begrijpen dat de gemeente krap in haar personeel zit. "
         "**Stel bij de gemeente één vast aanspreekpunt voor horecaondernemers aan, dat binnen vijf werkdagen op "
         "een vraag over een vergunning of een ontheffing reageert en zo nodig zelf de andere afdelingen "
         "inschakelt.**")

    head(pdf, "Onze vragen")
    para(pdf, "Het platform heeft daarnaast drie vragen, waarop wij graag een antwoord krijgen:", after=1)
    for n, q in (("1.", "Hoe vaak controleerden de handhavers in 2025 op de leeftijdsgrens bij de verkoop van "
                        "alcohol?"),
                 ("2.", "Geldt de nieuwe sluitingstijd ook voor de twee feestzalen op het bedrijventerrein De "
                        "Kreek?"),
                 ("3.", "Wanneer wordt de nieuwe verordening geëvalueerd?")):
        y = pdf.get_y()
        pdf.set_font("S", "B", 9.6)
        pdf.set_text_color(*WINE)
        pdf.set_xy(pdf.l_margin + 2, y)
        pdf.cell(7, LH, n)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("S", "", 9.6)
        pdf.set_xy(pdf.l_margin + 9, y)
        pdf.multi_cell(pdf.epw - 9, LH, q, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)

    head(pdf, "Tot slot")
    para(pdf, "Het platform concludeert dat de ontwerpen op veel punten een verbetering zijn, vooral omdat alle "
         "regels voor de horeca nu in één verordening staan. Wij lichten ons advies graag toe in de raadscommissie "
         "Bestuur.")
    para(pdf, "Namens het Horecaplatform Dalmeren,\nKees van Beusekom, voorzitter", after=0)
    pdf.output(B.out(NAME + "_advice.pdf"))


ROWS = [
    ("1", "De vrije sluitingstijd in het kernwinkelgebied behouden.",
     "Het college kiest toch voor een vaste sluitingstijd van 02.00 uur, met een ontheffing tot 03.00 uur in het "
     "weekend. De sterke stijging van het aantal meldingen weegt voor ons zwaarder dan het risico dat bezoekers "
     "tegelijk vertrekken. Om dat risico te beperken, maken wij met horeca en politie een nachtplan voor de "
     "taxistandplaats.", "Nee"),
    ("2", "Een algemene ontheffing tot 04.00 uur in de koningsnacht en tijdens de Feestweek.",
     "Neemt het college over. Artikel 2:30, vierde lid, regelt een algemene ontheffing tot 04.00 uur voor de "
     "koningsnacht en de vier nachten van de Feestweek; een aanvraag per bedrijf is niet nodig.", "Ja"),
    ("3", "Sportkantines op zaterdag laten schenken vanaf 12.00 uur.",
     "Wij komen het platform een eind tegemoet: op zaterdag mag in sportkantines vanaf 13.00 uur worden "
     "geschonken. Eerder gaan wij niet, omdat rond het middaguur nog veel jeugdteams en ouders op de sportparken "
     "zijn.", "Deels"),
    ("4", "De instructie verantwoord alcoholschenken ook verplichten voor vrijwilligers in buurthuizen.",
     "Overgenomen. Ook barvrijwilligers in buurt- en dorpshuizen moeten vanaf 1 januari 2028 de instructie hebben "
     "gevolgd. De gemeente biedt haar in 2027 gratis aan, op vier avonden in verschillende wijken.", "Ja"),
    ("5", "De terrasvergunning voor vijf jaar verlenen.",
     "Hierover nemen wij nu nog geen besluit. Wij willen eerst zien hoe de nieuwe beleidsregels in de praktijk "
     "uitpakken, en betrekken uw voorstel bij de evaluatie van het terrassenbeleid in 2028.", "Later"),
    ("6", "Eén vast aanspreekpunt voor horecaondernemers.",
     "Een apart aanspreekpunt voor de horeca stellen wij niet in. Alle ondernemers kunnen terecht bij het "
     "Ondernemersloket, dat vragen binnen tien werkdagen beantwoordt. Een eigen loket voor één sector vinden wij "
     "niet passend.", "Nee"),
    ("7", "Vragen van het platform (controles, De Kreek, evaluatie).",
     "In 2025 voerden de handhavers 84 controles op de leeftijdsgrens uit, waarvan 9 met een overtreding. De vaste "
     "sluitingstijd geldt niet voor De Kreek, omdat dat terrein buiten het kernwinkelgebied ligt. Wij evalueren de "
     "verordening in 2029.", "n.v.t."),
]


def response():
    pdf = new("gemeente Dalmeren - Z/26/061533 - reactie op advies HPD-26-09", (2026, 11, 17), "{n}/{m}", TEAL)
    pdf.set_font("S", "B", 17)
    pdf.set_text_color(*TEAL)
    pdf.cell(0, 8, "gemeente Dalmeren", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 8.2)
    pdf.set_text_color(*GREY)
    pdf.cell(0, 4, "Stadhuisplein 1  |  Postbus 300  |  8260 AH  Dalmeren  |  14 0561", new_x="LMARGIN",
             new_y="NEXT")
    pdf.ln(12)
    pdf.set_text_color(0, 0, 0)
    y = pdf.get_y()
    pdf.set_font("S", "", 9.2)
    pdf.multi_cell(80, 4.8, "Horecaplatform Dalmeren\nt.a.v. de heer K. van Beusekom\nOndernemershuis Dalmeren\n"
                   "Havenstraat 12\n8261 BK  Dalmeren", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(118, y)
    for k, v in (("Datum", "17 november 2026"), ("Kenmerk", "Z/26/061533"), ("Uw kenmerk", "HPD-26-09"),
                 ("Contact", "M. Bouwhuis, team Economie"), ("Bijlage", "1")):
        pdf.set_x(118)
        pdf.set_font("S", "B", 8.2)
        pdf.cell(22, 4.4, k)
        pdf.set_font("S", "", 8.2)
        pdf.cell(0, 4.4, v, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y + 34)
    para(pdf, "**Onderwerp:** reactie op uw advies over de Alcohol- en Horecaverordening", size=9.4)
    pdf.ln(2)
    para(pdf, "Geachte heer Van Beusekom,", size=9.4)
    para(pdf, "Hartelijk dank voor het advies van het Horecaplatform van 7 oktober 2026. Wij hebben uw advies besproken "
         "in onze vergadering van 10 november 2026 en de ontwerpen op een aantal punten aangepast. In de bijlage "
         "leest u per onderdeel hoe wij met uw advies omgaan. Wij hebben de onderdelen daarvoor genummerd, en ook uw "
         "vragen beantwoord.", size=9.4)
    para(pdf, "De gemeenteraad bespreekt de verordening op 28 januari 2027 in de commissie Bestuur, en stelt haar naar "
         "verwachting op 11 februari 2027 vast. De nieuwe regels gaan in op 1 april 2027. Wij nodigen het platform "
         "uit om in de commissie in te spreken.", size=9.4)
    para(pdf, "Met vriendelijke groet,\nburgemeester en wethouders van Dalmeren,\n\nde secretaris,          "
         "de burgemeester,\nR.J. Tiemens          drs. H. de Waard-Oosting", size=9.4)

    pdf.add_page()
    pdf.set_font("S", "B", 12.5)
    pdf.set_text_color(*TEAL)
    pdf.cell(0, 7, "Bijlage: reactie op het advies van het Horecaplatform", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("S", "", 8.4)
    pdf.multi_cell(0, 4.4, "Bij brief Z/26/061533 van 17 november 2026. In de laatste kolom staat of het ontwerp "
                   "naar aanleiding van het advies is aangepast.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_draw_color(150, 170, 170)
    pdf.set_line_width(0.2)
    heading = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=TEAL)
    with pdf.table(col_widths=(9, 43, 86, 24), line_height=4.5, headings_style=heading,
                   text_align=("CENTER", "LEFT", "LEFT", "CENTER"), padding=1.6,
                   cell_fill_color=PALET, cell_fill_mode="ROWS") as table:
        pdf.set_font("S", "", 8.4)
        hdr = table.row()
        for h in ("Nr.", "Advies Horecaplatform (samengevat)", "Reactie van het college", "Aangepast?"):
            hdr.cell(h)
        for nr, adv, rep, ok in ROWS:
            row = table.row()
            row.cell(nr)
            row.cell(adv, style=FontFace(emphasis="ITALICS"))
            row.cell(rep)
            row.cell(ok, style=FontFace(emphasis="BOLD"))
    pdf.output(B.out(NAME + "_response.pdf"))


def expected():
    recs = [
        (1, "Het platform adviseert daarom om de vrije sluitingstijd in het",
         "Het college kiest toch voor een vaste sluitingstijd", "disagrees"),
        (2, "Wij vragen u om voor de koningsnacht en de vier",
         "regelt een algemene ontheffing tot 04.00 uur", "agrees"),
        (3, "Ons advies is om sportkantines op zaterdag al vanaf 12.00",
         "op zaterdag mag in sportkantines vanaf 13.00 uur", "partly"),
        (4, "Leg deze verplichting ook vast voor de",
         "Ook barvrijwilligers in buurt- en dorpshuizen moeten vanaf 1 januari 2028", "agrees"),
        (5, "Het platform adviseert de terrasvergunning voor vijf jaar te verlenen",
         "betrekken uw voorstel bij de evaluatie van het terrassenbeleid", "noted"),
        (6, "Wij vragen u in de beleidsregels een vrije doorloop van ten", None, "unanswered"),
        (7, "Stel bij de gemeente één vast aanspreekpunt voor horecaondernemers aan",
         "Een apart aanspreekpunt voor de horeca stellen wij niet in", "disagrees"),
    ]
    unmatched = ["Wij hebben uw advies besproken in onze vergadering",
                 "stelt haar naar verwachting op 11 februari 2027 vast",
                 "voerden de handhavers 84 controles op de leeftijdsgrens uit"]
    notes = ("Advice: a municipal Horecaplatform (fpdf2, sans, 2 p.) on a draft Alcohol- en Horecaverordening and "
             "terrace rules; the seven recommendations are UNNUMBERED SENTENCES SET IN BOLD INSIDE RUNNING "
             "PARAGRAPHS under the sub-headings Sluitingstijden (1, 2), Paracommercie (3, 4, the fourth running across the "
             "page break), Terrassen (5, 6) and Vergunningen en contact (7), worded 'Het platform adviseert ...', "
             "'Wij vragen u ...', 'Ons advies is ...' and imperatives ('Leg ... vast', 'Stel ... aan'). Traps: a "
             "bold FINDING in the first paragraph ('Het aantal meldingen over geluid ... bijna verdubbeld'), the "
             "2022 advice quoted as an imperative (realised), the Alcoholwet paraphrased with 'moeten', the "
             "residents' minority view with 'moet', 'Het platform concludeert', three questions numbered 1.-3. "
             "Response: a college letter (thanks, council dates: nothing) and an ANNEX TABLE 'Nr. | Advies "
             "Horecaplatform (samengevat) | Reactie van het college | Aangepast?' numbered by the college ITSELF: "
             "row 1 = 1 disagrees (fixed closing time kept, 'Nee'), row 2 = 2 agrees (general exemption in article "
             "2:30, 'Ja'), row 3 = 3 partly (13.00 instead of 12.00, 'Deels'), row 4 = 4 agrees (from 1 January "
             "2028, 'Ja'), row 5 = 5 noted (no decision yet, the 2028 evaluation, 'Later'), row 6 = 7 disagrees "
             "(no separate contact point, 'Nee'), row 7 = the platform's questions (nothing, 'n.v.t.'); 6 (a free "
             "passage of 1,50 m beside every terrace) has no row: unanswered, so the table's numbers 6 and 7 are "
             "not the advice's sixth and seventh.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()
