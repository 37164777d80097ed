"""Round 126 (nl): the ADVIES of a municipal HAVENRAAD (the advisory council of the harbour's users: fishing,
commercial shipping, water sports, residents) on the draft harbour management plan; its seven recommendations stand in
SHADED BOXES headed by year codes 'Advies HR-26-01' ... 'HR-26-07' after findings in three chapters; answered by the
college's BESTUURSOPDRACHT to its harbour department: 'Aanleiding', a numbered 'Opdracht' 1.-4., 'Buiten de
opdracht', 'Nader te verkennen', 'Kaders' and 'Opdrachtgever en opdrachtnemer', citing some codes and paraphrasing
others.

Advice (fpdf2, sans, 2 p., navy headings and boxes, running head from p. 2, 'blz. n'): the Havenverordening
paraphrased with 'moet' (trap), a harbour-dues table (trap), 'De havenraad constateert' findings (trap), the 2024
advice 'HR-24-03' quoted in italics (trap), a closing line naming 'de adviezen HR-26-03 en HR-26-06' (trap).
Response (fpdf2, 2 p.): 'Aanleiding' (nothing); Opdracht 1 = HR-26-01, 2 = HR-26-04, 3 = HR-26-03, 4 = a task of the
college's own (nothing); 'Buiten de opdracht' = HR-26-05 and HR-26-06; 'Nader te verkennen' = HR-26-02; 'Kaders'
and the closing block nothing; HR-26-07 never answered. Verdicts: 1 agrees, 2 noted, 3 partly, 4 agrees,
5 disagrees, 6 disagrees, 7 unanswered. All bodies, places, people, figures and reference numbers invented.

Run: /tmp/blind126nl/bin/python tests/docs/src/blind126/gen_nl_havenraad_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b126nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind126_nl_havenraad"
FS = B.tmp_fonts()
NAVY = (24, 50, 92)
PALE = (226, 233, 244)
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
            self.set_draw_color(*NAVY)
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
    pdf.set_creation_date(datetime.datetime(2026, 5, 1, tzinfo=datetime.timezone.utc))
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.head, pdf.foot = head, foot
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        pdf.add_font("S", style, FS[key])
    pdf.set_margins(24, 16, 24)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def para(pdf, text, size=9.5, style="", gap=1.8, indent=0):
    pdf.set_font("S", style, size)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - indent, LH, text, markdown=True, align="L",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def h2(pdf, text, size=11.5):
    if pdf.will_page_break(24):
        pdf.add_page()
    pdf.ln(1.5)
    pdf.set_font("S", "B", size)
    pdf.set_text_color(*NAVY)
    pdf.cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.6)


def box(pdf, code, theme, text):
    w = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font("S", "", 9.5)
    lines = len(pdf.multi_cell(w - 8, LH, text, dry_run=True, output="LINES"))
    if pdf.will_page_break(lines * LH + 12):
        pdf.add_page()
    y0 = pdf.get_y()
    pdf.set_fill_color(*PALE)
    pdf.rect(pdf.l_margin, y0, w, lines * LH + 10.5, style="F")
    pdf.set_fill_color(*NAVY)
    pdf.rect(pdf.l_margin, y0, 1.6, lines * LH + 10.5, style="F")
    pdf.set_xy(pdf.l_margin + 4, y0 + 1.5)
    pdf.set_font("S", "B", 8.6)
    pdf.set_text_color(*NAVY)
    pdf.cell(0, 5, f"Advies {code}  |  {theme}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(pdf.l_margin + 4, y0 + 6.8)
    pdf.set_font("S", "B", 9.5)
    pdf.multi_cell(w - 8, LH, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y0 + lines * LH + 10.5 + 3)


def table(pdf, rows, widths, head=True):
    pdf.set_font("S", "", 8.6)
    pdf.set_draw_color(*NAVY)
    with pdf.table(col_widths=widths, line_height=4.6, headings_style=None, first_row_as_headings=False,
                   borders_layout="HORIZONTAL_LINES", text_align="LEFT") as t:
        for i, r in enumerate(rows):
            row = t.row()
            for c in r:
                if i == 0 and head:
                    pdf.set_font("S", "B", 8.6)
                row.cell(c)
                pdf.set_font("S", "", 8.6)
    pdf.ln(2.5)


def advice():
    pdf = new("Havenraad Oostermeer - advies ontwerp-havenbeheerplan 2027-2031 - HR/2026/04", "blz. {n}",
              "Advies Havenraad over het ontwerp-havenbeheerplan", "Havenraad Oostermeer")
    pdf.set_font("S", "", 8.2)
    pdf.set_text_color(*GREY)
    pdf.cell(0, 4.5, "HAVENRAAD OOSTERMEER", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(*NAVY)
    pdf.set_font("S", "B", 18)
    pdf.multi_cell(0, 8, "Ruimte aan de kade", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("S", "", 10.5)
    pdf.multi_cell(0, 5.5, "Advies over het ontwerp-havenbeheerplan 2027-2031 van de gemeente Oostermeer",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 8.2)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(0, 4.2, "Kenmerk HR/2026/04 - 11 mei 2026 - aan het college van burgemeester en wethouders",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(*NAVY)
    pdf.set_line_width(0.8)
    pdf.line(pdf.l_margin, pdf.get_y() + 2, pdf.w - pdf.r_margin, pdf.get_y() + 2)
    pdf.ln(5)

    h2(pdf, "1. Inleiding")
    para(pdf, "De Havenraad adviseert het college over het beheer en de ontwikkeling van de haven van Oostermeer. In "
         "de raad zitten vertegenwoordigers van de visserij, de beroepsvaart, de watersportverenigingen, de "
         "jachthaven en de bewoners van de Havenbuurt. Het college vroeg ons op 2 maart 2026 om advies over het "
         "ontwerp-havenbeheerplan 2027-2031.")
    para(pdf, "Het plan bouwt voort op de Havenverordening Oostermeer. Volgens die verordening moet elk schip dat de "
         "haven binnenloopt zich melden bij de havenmeester, en moet de gezagvoerder de havengelden voldoen "
         "voordat hij de haven weer verlaat. Die regels staan in dit advies niet ter discussie.")
    para(pdf, "De havengelden zijn in 2026 als volgt:")
    table(pdf, [("Categorie", "Tarief 2026", "Eenheid"),
                ("Vissersschip, thuishaven Oostermeer", "412,00 euro", "per jaar"),
                ("Beroepsvaart, laden en lossen", "0,38 euro", "per ton"),
                ("Passant tot 8 meter", "14,50 euro", "per nacht"),
                ("Passant vanaf 8 meter", "2,10 euro", "per meter per nacht"),
                ("Walstroom passanten", "3,00 euro", "per dag, vast bedrag")], (80, 40, 42))

    h2(pdf, "2. Visserij en beroepsvaart")
    para(pdf, "De havenraad constateert dat de vissersvloot kleiner is geworden, van 14 schepen in 2016 naar 9 nu, "
         "maar dat de schepen die overblijven groter zijn. In het zomerseizoen liggen passanten aan de Noordkade, "
         "waardoor vissers soms moeten dubbel liggen of uitwijken naar de Westhaven, waar geen kraan staat.")
    box(pdf, "HR-26-01", "Visserij", "Reserveer de Noordkade (ligplaatsen 1 tot en met 12) het hele jaar voor de "
        "visserij en verplaats de passantenplaatsen naar de Westhaven.")
    para(pdf, "Vissers brengen hun vangst nu zonder koeling naar de afslag in Harlingerzijl. Een koel- en "
         "ijsvoorziening aan de kade zou de kwaliteit van de vis verbeteren en de haven aantrekkelijker maken voor "
         "vissers van elders.")
    box(pdf, "HR-26-02", "Visserij", "Bouw samen met de visserijcoöperatie een koel- en ijsvoorziening op de "
        "afslagkade, met een eigen stroomaansluiting.")
    para(pdf, "De vaargeul wordt eens in de twee jaar gebaggerd. In het najaar van 2025 liep een binnenvaartschip met "
         "een diepgang van 3,1 meter twee keer vast bij de havenmond. De beroepsvaart dreigt daarom uit te wijken "
         "naar andere havens.")
    box(pdf, "HR-26-03", "Beroepsvaart", "Bagger de vaargeul en de havenmond voortaan elk jaar voor 1 april tot een "
        "diepte van ten minste 3,5 meter.")

    h2(pdf, "3. Watersport")
    para(pdf, "Het aantal passanten steeg in 2025 tot 4.860 overnachtingen. Passanten waarderen de haven, maar klagen "
         "over de walstroom: op de helft van de steigers is geen aansluiting, en het vaste dagbedrag is voor kleine "
         "boten te hoog en voor grote boten te laag.")
    box(pdf, "HR-26-04", "Watersport", "Leg walstroom aan op alle passantensteigers en reken het verbruik per kWh af "
        "in plaats van met een vast bedrag per dag.")
    para(pdf, "In vergelijking met de havens van Westerzijl en Kaaghoorn zijn de havengelden voor kleine boten in "
         "Oostermeer hoog. In ons advies van 2024 schreven wij al: __'Maak de haven aantrekkelijker voor kleine "
         "boten en jonge watersporters.'__ (HR-24-03). Sindsdien is er een speelplek aan de kade bijgekomen, maar de "
         "tarieven bleven gelijk.")
    box(pdf, "HR-26-05", "Watersport", "Verlaag de havengelden voor passanten met een boot tot 8 meter met 20 procent, "
        "om meer jonge watersporters naar Oostermeer te trekken.")

    h2(pdf, "4. Kade en omgeving")
    para(pdf, "De Havenkade is in de zomer druk met wandelaars, fietsers, terrassen en autoverkeer naar de "
         "parkeerplaats bij de jachthaven. Bewoners van de Havenbuurt melden gevaarlijke situaties, vooral op "
         "zaterdagmiddag.")
    box(pdf, "HR-26-06", "Kade", "Sluit de Havenkade van 1 mei tot 1 oktober tussen 11.00 en 22.00 uur af voor "
        "autoverkeer, met uitzondering van laden en lossen.")
    para(pdf, "Scheepsafval zoals olie, filters en verfresten wordt nu alleen ingenomen bij de milieustraat, die op "
         "zondag dicht is. De havenmeester vindt geregeld jerrycans met olie naast de containers.")
    box(pdf, "HR-26-07", "Kade", "Plaats op de kade een afgesloten inzamelpunt voor scheepsafval, waaronder "
        "afgewerkte olie en klein chemisch afval, dat ook in het weekend open is.")

    h2(pdf, "5. Tot slot")
    para(pdf, "De havenraad vraagt het college om binnen drie maanden te laten weten wat het met dit advies doet. Wij "
         "vragen in het bijzonder aandacht voor de adviezen HR-26-03 en HR-26-06, omdat daar de veiligheid in het "
         "geding is.")
    para(pdf, "Namens de Havenraad Oostermeer,\nJan-Willem Kramer, voorzitter - Ineke Dijkstra, secretaris")
    pdf.output(B.out(NAME + "_advice.pdf"))


def response():
    pdf = new("Gemeente Oostermeer - bestuursopdracht havenbeheerplan - BO 2026-017", "{n}",
              "Bestuursopdracht uitwerking havenbeheerplan", "Gemeente Oostermeer")
    pdf.set_font("S", "", 8.2)
    pdf.set_text_color(*GREY)
    pdf.cell(0, 4.5, "GEMEENTE OOSTERMEER - college van burgemeester en wethouders", new_x="LMARGIN",
             new_y="NEXT")
    pdf.set_text_color(*NAVY)
    pdf.set_font("S", "B", 16)
    pdf.multi_cell(0, 7.5, "Bestuursopdracht havenbeheerplan 2027-2031", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    table(pdf, [("Nummer", "BO 2026-017"),
                ("Vastgesteld door het college", "7 juli 2026"),
                ("Opdrachtgever", "wethouder Havens en Economie, M. Zijlstra"),
                ("Opdrachtnemer", "afdeling Havens en Vaarwegen, havenmeester R. de Boer"),
                ("Gereed", "1 december 2026 (definitief havenbeheerplan naar de raad)")], (55, 107), head=False)

    h2(pdf, "1. Aanleiding")
    para(pdf, "Het ontwerp-havenbeheerplan 2027-2031 lag van 16 maart tot 27 april 2026 ter inzage. De Havenraad gaf op "
         "11 mei een uitgebreid advies, en er kwamen elf zienswijzen binnen, vooral van bewoners van de "
         "Havenbuurt. Met deze bestuursopdracht legt het college vast hoe het definitieve plan moet worden "
         "uitgewerkt.")

    h2(pdf, "2. Opdracht")
    para(pdf, "Het college geeft de afdeling Havens en Vaarwegen de opdracht om in het definitieve plan:")
    items = [
        "de Noordkade met de ligplaatsen 1 tot en met 12 vanaf 2027 het hele jaar uitsluitend aan vissersschepen "
        "toe te wijzen en de passanten een vaste plek in de Westhaven te geven, met een bord bij de havenmond "
        "(advies HR-26-01);",
        "alle passantensteigers in 2027 van walstroompalen te voorzien, met betaling per kWh via de havenapp "
        "(advies HR-26-04);",
        "de vaargeul voortaan elk voorjaar te laten peilen en te baggeren waar de diepte minder is dan 3,2 meter; "
        "een vaste diepte van 3,5 meter vraagt een vergunning van de provincie en is voor deze planperiode "
        "niet haalbaar;",
        "een paragraaf op te nemen over het beheer van de nieuwe vispassage bij het gemaal, die de "
        "waterschapsbestuurders in juni hebben gevraagd.",
    ]
    for i, t in enumerate(items, 1):
        pdf.set_font("S", "", 9.5)
        pdf.cell(7, LH, f"{i}.")
        pdf.multi_cell(0, LH, t, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    h2(pdf, "3. Buiten de opdracht")
    para(pdf, "Het college heeft besloten een aantal voorstellen niet in het plan op te nemen. De havengelden voor "
         "kleine passanten worden niet verlaagd: de haven moet kostendekkend blijven, en de tarieven liggen "
         "volgens de landelijke vergelijking van 2025 net onder het gemiddelde. Een autovrije Havenkade in de "
         "zomer wijst het college eveneens af, omdat de ondernemers aan de kade en de jachthaven dan onbereikbaar "
         "worden; wel komt er op zaterdagmiddag een verkeersregelaar.")

    h2(pdf, "4. Nader te verkennen")
    para(pdf, "Het voorstel voor een koel- en ijsvoorziening op de afslagkade nemen wij niet direct over. De "
         "afdeling gaat hierover in gesprek met de visserijcoöperatie; of de gemeente hieraan bijdraagt, "
         "beslist het college pas na dat gesprek.")

    h2(pdf, "5. Kaders")
    para(pdf, "Voor de uitwerking is in 2026 een budget van 85.000 euro beschikbaar uit de reserve Havens. De "
         "walstroom wordt gefinancierd uit het investeringskrediet van 310.000 euro dat de raad in de begroting "
         "2026 heeft opgenomen. Het definitieve plan wordt voor 1 december 2026 aan de raad aangeboden.")

    h2(pdf, "6. Opdrachtgever en opdrachtnemer")
    para(pdf, "De opdrachtnemer informeert de opdrachtgever iedere zes weken over de voortgang en betrekt de "
         "Havenraad bij de uitwerking van de opdrachten 1 en 3.")
    para(pdf, "Burgemeester en wethouders van Oostermeer,\nde secretaris, T. Hoekstra - de burgemeester, "
         "L.C. van der Meulen")
    pdf.output(B.out(NAME + "_response.pdf"))


def expected():
    recs = [
        (1, "Reserveer de Noordkade (ligplaatsen 1 tot en met 12) het",
         "uitsluitend aan vissersschepen toe te wijzen", "agrees"),
        (2, "Bouw samen met de visserijcoöperatie een koel- en ijsvoorziening op",
         "beslist het college pas na dat gesprek", "noted"),
        (3, "Bagger de vaargeul en de havenmond voortaan elk jaar voor",
         "een vaste diepte van 3,5 meter vraagt een vergunning", "partly"),
        (4, "Leg walstroom aan op alle passantensteigers en reken het verbruik",
         "van walstroompalen te voorzien, met betaling per kWh", "agrees"),
        (5, "Verlaag de havengelden voor passanten met een boot tot 8",
         "De havengelden voor kleine passanten worden niet verlaagd", "disagrees"),
        (6, "Sluit de Havenkade van 1 mei tot 1 oktober tussen",
         "Een autovrije Havenkade in de zomer wijst het college eveneens af", "disagrees"),
        (7, "Plaats op de kade een afgesloten inzamelpunt voor scheepsafval, waaronder", None, "unanswered"),
    ]
    unmatched = ["er kwamen elf zienswijzen binnen, vooral van bewoners",
                 "het beheer van de nieuwe vispassage bij het gemaal",
                 "een budget van 85.000 euro beschikbaar uit de reserve Havens",
                 "informeert de opdrachtgever iedere zes weken over de voortgang"]
    notes = ("Advice: a municipal Havenraad's advice on the draft harbour management plan (fpdf2, 2 p.); the seven "
             "recommendations stand in SHADED BOXES headed 'Advies HR-26-01 | Visserij' ... 'HR-26-07 | Kade', each "
             "after findings, under chapters 2-4. Traps: the Havenverordening paraphrased with 'moet', a "
             "harbour-dues table, 'De havenraad constateert' findings, the 2024 advice quoted with its code "
             "'(HR-24-03)', a closing line naming 'de adviezen HR-26-03 en HR-26-06'. Response: the college's "
             "BESTUURSOPDRACHT to its harbour department (metadata table, sections 1-6): 'Opdracht' item 1 = 1 "
             "agrees (Noordkade for fishing only, code cited), item 2 = 4 agrees (shore power paid per kWh, code "
             "cited), item 3 = 3 partly (yearly survey and dredging, but to 3.2 m, not a fixed 3.5 m; no code), "
             "item 4 = a task of the college's own (fish passage; nothing); 'Buiten de opdracht' ONE paragraph for "
             "two: 5 disagrees (dues for small visitors not lowered) and 6 disagrees (no car-free quay, only a "
             "traffic controller); 'Nader te verkennen' = 2 noted (talks with the cooperative, decision later); "
             "'Aanleiding', 'Kaders' and 'Opdrachtgever en opdrachtnemer' answer nothing; 7 (waste collection "
             "point) never answered: unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()
