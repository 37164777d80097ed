"""Round 122 (nl): the ADVIES of a municipal COMMISSIE RUIMTELIJKE KWALITEIT (the former welstandscommissie) on a
concept-BEELDKWALITEITSPLAN for a business park, its seven recommendations written as IMPERATIVE HEADINGS (a small
coloured label 'ADVIES N' above a bold one-sentence heading, then a 'Waarom:' paragraph), after a numbered list of
observations; answered by the college's LETTER GROUPED BY VERDICT ('Wat wij overnemen', 'Wat wij gedeeltelijk
overnemen', 'Wat wij niet overnemen', 'Waarover wij later besluiten'), without numbers, one paragraph answering two
recommendations.

Advice (fpdf2, sans, 2 p., slate-green rule, running head from p. 2, 'blad n'): the Omgevingswet paraphrased with
'moet' (trap), 'Wat ons opviel' 1.-4. (observations, trap), the commission's 2022 advice quoted as an imperative
(trap), 'De commissie concludeert' (trap), a closing line naming 'de adviezen 1 en 3' (trap). Response (fpdf2, 1 p.,
letter): opening (nothing); overnemen = 1 and 4 in ONE paragraph; gedeeltelijk = 2 and 5 (bold run-in topics);
niet = 3; later = 6; 'Overige wijzigingen' and the closing (nothing); 7 never answered. Verdicts: 1 agrees, 2
partly, 3 disagrees, 4 agrees, 5 partly, 6 noted, 7 unanswered. All bodies, places, people, figures and reference
numbers invented; the Omgevingswet is named as context only.

Run: /tmp/blind122nl/bin/python tests/docs/src/blind122/gen_nl_beeldkwaliteit_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b122nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind122_nl_beeldkwaliteit"
FS = B.tmp_fonts()
SLATE = (52, 94, 84)
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
            self.set_draw_color(*SLATE)
            self.set_line_width(0.3)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.set_y(21)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("S", "", 7.6)
        self.set_text_color(*GREY)
        self.cell(0, 5, self.foot.format(n=self.page_no(), m="{nb}"), align="R")
        self.set_text_color(0, 0, 0)


def new(head, foot):
    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 7, 1, tzinfo=datetime.timezone.utc))
    pdf.head, pdf.foot = head, foot
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        pdf.add_font("S", style, FS[key])
    pdf.set_margins(24, 16, 24)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def para(pdf, text, size=9.4, style="", gap=1.8, align="L"):
    pdf.set_font("S", style, size)
    pdf.multi_cell(0, LH, text, markdown=True, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def h2(pdf, text):
    if pdf.will_page_break(22):
        pdf.add_page()
    pdf.ln(1.5)
    pdf.set_font("S", "B", 11.5)
    pdf.set_text_color(*SLATE)
    pdf.cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.8)


def items(pdf, rows, indent=7):
    pdf.set_font("S", "", 9.4)
    for lab, text in rows:
        pdf.set_x(pdf.l_margin)
        pdf.cell(indent, LH, lab)
        pdf.multi_cell(0, LH, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.ln(1)


def advies(pdf, n, heading, why):
    if pdf.will_page_break(30):
        pdf.add_page()
    pdf.ln(1.2)
    pdf.set_fill_color(*SLATE)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("S", "B", 7.4)
    pdf.cell(17, 4.4, f"ADVIES {n}", fill=True, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    pdf.set_font("S", "B", 10.6)
    pdf.multi_cell(0, 5.6, heading, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.6)
    para(pdf, "**Waarom:** " + why, gap=1.2)


def advice():
    pdf = new("Commissie Ruimtelijke Kwaliteit Steenwaarde - advies concept-beeldkwaliteitsplan De Vaartkamp-Noord"
              " - CRK-2026-031", "blad {n}")
    pdf.set_fill_color(*SLATE)
    pdf.rect(24, 16, 162, 1.6, style="F")
    pdf.set_y(21)
    pdf.set_font("S", "B", 8)
    pdf.set_text_color(*SLATE)
    pdf.cell(0, 5, "COMMISSIE RUIMTELIJKE KWALITEIT STEENWAARDE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("S", "B", 16)
    pdf.multi_cell(0, 8, "Advies over het concept-beeldkwaliteitsplan bedrijventerrein De Vaartkamp-Noord",
                   align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 8.2)
    pdf.set_text_color(*GREY)
    pdf.cell(0, 5, "Aan het college van burgemeester en wethouders van Steenwaarde - kenmerk CRK-2026-031 - "
             "2 juni 2026", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    h2(pdf, "1 Aanleiding")
    para(pdf, "Op 14 april 2026 vroeg het college ons om advies over het concept-beeldkwaliteitsplan voor De "
         "Vaartkamp-Noord, een nieuw bedrijventerrein van 32 hectare tussen de Vaartweg, het kanaal en de polder "
         "Oud-Ravenskamp. Op grond van de Omgevingswet moet de gemeente haar regels voor het uiterlijk van "
         "bouwwerken vastleggen in het omgevingsplan of in beleidsregels; dit plan wordt zo'n beleidsregel en is "
         "straks het toetsingskader voor elke aanvraag op het terrein. De commissie heeft het plan besproken in "
         "haar vergadering van 19 mei 2026 en het terrein bezocht.")
    h2(pdf, "2 Wat ons opviel")
    items(pdf, [
        ("1.", "Het plan beschrijft de gewenste sfeer helder, maar veel regels zijn vrijblijvend geformuleerd "
               "('bij voorkeur', 'zo mogelijk')."),
        ("2.", "De kavels langs de Vaartweg vormen de entree van de stad; juist daar ontbreekt een duidelijke "
               "rooilijn."),
        ("3.", "Reclame is vrijwel onbeperkt toegestaan, ook in de vorm van masten langs de A-weg."),
        ("4.", "De overgang naar het open polderlandschap aan de noordrand krijgt weinig aandacht."),
    ])
    para(pdf, "In ons advies over De Vaartkamp-Zuid uit 2022 schreven wij: 'Beperk reclame tot één zuil per kavel "
         "van ten hoogste zes meter.' Dat advies is toen overgenomen en werkt in de praktijk goed. De commissie "
         "concludeert dat het concept een goede basis is, maar op zeven punten scherper kan.")
    h2(pdf, "3 Onze adviezen")
    advies(pdf, 1, "Leg langs de Vaartweg een vaste rooilijn vast op twaalf meter uit de weg.",
           "een gelijke rooilijn geeft de entree van de stad rust en samenhang; nu kan elke ondernemer zijn "
           "gebouw naar eigen inzicht op de kavel zetten.")
    advies(pdf, 2, "Beperk de gevelkleuren tot gedekte aardetinten en sta accentkleuren alleen bij de entree "
                   "van een gebouw toe.",
           "grote vlakken in felle huisstijlkleuren domineren het beeld vanaf de weg en vanuit de polder.")
    advies(pdf, 3, "Sta geen reclamemasten toe die hoger zijn dan de bebouwing op de eigen kavel.",
           "masten van achttien meter zijn vanaf kilometers afstand in de open polder te zien.")
    advies(pdf, 4, "Schrijf aan de straatzijde een groene erfafscheiding van inheemse heesters voor.",
           "hekwerken van staal of gaas maken de straten kaal; een haag geeft beschutting en ruimte voor vogels "
           "en insecten.")
    advies(pdf, 5, "Vraag bij kavels groter dan een hectare om een eigen plan voor de landschappelijke inpassing.",
           "grote hallen bepalen het beeld van het terrein en verdienen daarom een eigen uitwerking van het groen "
           "en de randen.")
    advies(pdf, 6, "Sta zonnepanelen op gevels alleen toe als zij deel uitmaken van het ontwerp van de gevel.",
           "panelen die achteraf tegen een gevel worden gehangen, verstoren de maat en het ritme van het "
           "gebouw.")
    advies(pdf, 7, "Laat de commissie het beeldkwaliteitsplan na vijf jaar evalueren aan de hand van de gebouwen "
                   "die dan zijn gerealiseerd.",
           "pas in de praktijk blijkt of de regels het gewenste beeld opleveren.")
    h2(pdf, "4 Tot slot")
    para(pdf, "De commissie bespreekt de adviezen 1 en 3 graag nader met de projectleider en de ontwikkelaar van het "
         "terrein. Wij zien uw reactie met belangstelling tegemoet.")
    para(pdf, "Namens de Commissie Ruimtelijke Kwaliteit Steenwaarde,\nir. C.W. Olthuis-Brand, voorzitter\n"
         "A. Demirtas, secretaris")
    pdf.output(B.out(NAME + "_advice.pdf"))


def response():
    pdf = new("Gemeente Steenwaarde - reactie advies CRK beeldkwaliteitsplan De Vaartkamp-Noord - 2026/RO/1184",
              "{n}/{m}")
    pdf.set_auto_page_break(True, 15)
    pdf.set_font("S", "B", 12)
    pdf.set_text_color(*SLATE)
    pdf.cell(0, 7, "Gemeente Steenwaarde", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("S", "", 8.6)
    pdf.multi_cell(0, 4.6, "Commissie Ruimtelijke Kwaliteit Steenwaarde\nt.a.v. de voorzitter\n"
                   "Postbus 40, 7390 AA Steenwaarde", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for lab, val in (("Datum", "30 juni 2026"), ("Ons kenmerk", "2026/RO/1184"), ("Uw kenmerk", "CRK-2026-031"),
                     ("Onderwerp", "uw advies over het beeldkwaliteitsplan De Vaartkamp-Noord")):
        pdf.set_font("S", "B", 8.6)
        pdf.cell(28, 4.8, lab)
        pdf.set_font("S", "", 8.6)
        pdf.cell(0, 4.8, val, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    para(pdf, "Geachte commissie,", gap=1)
    para(pdf, "Hartelijk dank voor uw zorgvuldige advies van 2 juni 2026. Wij hebben het beeldkwaliteitsplan op een "
         "aantal punten aangepast. Hieronder leest u per soort besluit wat wij met uw adviezen doen.")
    h2(pdf, "Wat wij overnemen")
    para(pdf, "De vaste rooilijn langs de Vaartweg en de groene erfafscheiding aan de straatzijde nemen wij beide "
         "over. De rooilijn komt op twaalf meter uit de rijbaan te liggen en geldt voor alle kavels aan de weg. "
         "Aan de straatzijde plant de eigenaar binnen een jaar na oplevering een haag van inheemse soorten, zoals "
         "meidoorn en veldesdoorn; hekwerken mogen alleen aan de binnenzijde van die haag.")
    h2(pdf, "Wat wij gedeeltelijk overnemen")
    para(pdf, "**Kleuren.** Wij beperken de gevelkleuren tot aardetinten en grijzen. Accentkleuren willen wij niet "
         "alleen bij de entree toestaan: ondernemers mogen tot tien procent van elke gevel in hun eigen "
         "huisstijlkleur uitvoeren.")
    para(pdf, "**Inpassing in het landschap.** Een eigen inpassingsplan vragen wij alleen voor de kavels aan de "
         "noordrand die aan de polder grenzen. Voor grote kavels midden op het terrein volstaat het groenplan "
         "dat de gemeente zelf voor de openbare ruimte maakt.")
    h2(pdf, "Wat wij niet overnemen")
    para(pdf, "Op drie plekken langs de A-weg blijven reclamemasten tot achttien meter mogelijk, ook als de "
         "bebouwing op de kavel lager is. De ondernemersvereniging heeft daar nadrukkelijk om gevraagd en de "
         "masten staan geclusterd bij de op- en afrit. Op dit punt volgen wij de commissie niet.")
    h2(pdf, "Waarover wij later besluiten")
    para(pdf, "Zonnepanelen op gevels regelen wij nu niet in het beeldkwaliteitsplan. Wij betrekken uw advies bij "
         "de herziening van de regels voor energieopwekking in het omgevingsplan in 2027; hoe wij het daar "
         "verwerken, staat nog niet vast.")
    h2(pdf, "Overige wijzigingen")
    para(pdf, "Na de inloopavond voor ondernemers op 27 mei 2026 hebben wij de maximale bouwhoogte aan de "
         "kanaalzijde verhoogd van 15 naar 18 meter, en zijn de regels voor laad- en losperrons vereenvoudigd.")
    h2(pdf, "Vervolg")
    para(pdf, "Het college biedt het aangepaste plan op 9 juli 2026 aan de gemeenteraad aan. Wij nodigen u graag uit "
         "voor de informatiebijeenkomst die daaraan voorafgaat.")
    para(pdf, "Met vriendelijke groet,\nburgemeester en wethouders van Steenwaarde,\n"
         "de secretaris, mr. P.L. van Asselt - de burgemeester, drs. J.F. Hoogland", gap=0)
    pdf.output(B.out(NAME + "_response.pdf"))


def expected():
    recs = [
        (1, "Leg langs de Vaartweg een vaste rooilijn vast op twaalf", "De rooilijn komt op twaalf meter uit de rijbaan",
         "agrees"),
        (2, "Beperk de gevelkleuren tot gedekte aardetinten en sta accentkleuren alleen",
         "ondernemers mogen tot tien procent van elke gevel", "partly"),
        (3, "Sta geen reclamemasten toe die hoger zijn dan de bebouwing",
         "Op dit punt volgen wij de commissie niet", "disagrees"),
        (4, "Schrijf aan de straatzijde een groene erfafscheiding van inheemse heesters",
         "een haag van inheemse soorten, zoals meidoorn en veldesdoorn", "agrees"),
        (5, "Vraag bij kavels groter dan een hectare om een eigen",
         "vragen wij alleen voor de kavels aan de noordrand", "partly"),
        (6, "Sta zonnepanelen op gevels alleen toe als zij deel uitmaken",
         "hoe wij het daar verwerken, staat nog niet vast", "noted"),
        (7, "Laat de commissie het beeldkwaliteitsplan na vijf jaar evalueren", None, "unanswered"),
    ]
    unmatched = ["de maximale bouwhoogte aan de kanaalzijde verhoogd van 15 naar 18 meter",
                 "Het college biedt het aangepaste plan op 9 juli 2026"]
    notes = ("Advice: a municipal Commissie Ruimtelijke Kwaliteit's advice on a concept-beeldkwaliteitsplan for a "
             "business park (fpdf2, 2 p.); the seven recommendations are IMPERATIVE HEADINGS: a small filled label "
             "'ADVIES N', a bold one-sentence heading (the recommendation) and a 'Waarom:' paragraph. Traps: the "
             "Omgevingswet paraphrased with 'moet', 'Wat ons opviel' 1.-4. (observations), the 2022 advice quoted "
             "as an imperative ('Beperk reclame tot één zuil ...'), 'De commissie concludeert', a closing line "
             "naming 'de adviezen 1 en 3'. Response: the college's letter GROUPED BY VERDICT with no numbers and no "
             "quotes: opening (nothing); 'Wat wij overnemen' answers 1 (building line) and 4 (native hedge) in ONE "
             "paragraph, both agrees; 'Wat wij gedeeltelijk overnemen' with bold run-in topics: 'Kleuren.' = 2 "
             "partly (earth tones, but accent colours up to ten per cent of any facade), 'Inpassing in het "
             "landschap.' = 5 partly (only the plots on the northern edge); 'Wat wij niet overnemen' = 3 disagrees "
             "(masts up to 18 m stay at three places); 'Waarover wij later besluiten' = 6 noted (taken along in the "
             "2027 revision, nothing decided); 'Overige wijzigingen' (changes after the entrepreneurs' evening) "
             "and 'Vervolg' answer nothing; 7 (evaluation after five years) never answered: unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()
