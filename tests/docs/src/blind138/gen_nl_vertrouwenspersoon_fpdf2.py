"""Round 138 (nl): the JAARVERSLAG of an (invented) municipality's EXTERNE VERTROUWENSPERSOON ongewenste
omgangsvormen over 2025, with its seven recommendations NUMBERED 1-7 inside a SHADED BOX 'Aanbevelingen aan de
directie', after observations NUMBERED 1-4 in exactly the same style outside the box; answered by the algemeen
directeur's MEMO that paraphrases BY THEME under small headings, in another order, one paragraph answering two with
different verdicts.

Advice (fpdf2, sans, dark-rose headings, figures table, running head from p. 2, 'blad n'): the Arbowet paraphrased
with 'moet' (trap), a table of reports per kind, observations 1-4 (trap), last year's advice quoted as an imperative
(carried out, trap), 'Ik adviseer niet om' (trap), a closing line naming 'aanbevelingen 1 en 2' (trap). Response
(fpdf2): 4 agrees, 1 agrees, 2 partly, 6 partly + 3 disagrees (one paragraph), 5 noted; 7 unanswered; introduction,
'Jaarverslag op intranet' and closing answer nothing. All bodies, places, people, figures and reference numbers
invented; laws named as context only.

Run: /tmp/blind138nl/bin/python tests/docs/src/blind138/gen_nl_vertrouwenspersoon_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b138nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind138_nl_vertrouwenspersoon"
FS = B.tmp_fonts()
ROSE = (132, 34, 68)
GREY = (95, 95, 95)
SHADE = (246, 236, 240)
LH = 5.0


class Doc(FPDF):
    head = ""

    def header(self):
        if self.page_no() > 1 and self.head:
            self.set_y(10)
            self.set_font("S", "", 7.4)
            self.set_text_color(*GREY)
            self.cell(0, 4, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*ROSE)
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
    pdf.set_creation_date(datetime.datetime(2026, 3, 20, tzinfo=datetime.timezone.utc))
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.head = head
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        pdf.add_font("S", style, FS[key])
    pdf.set_margins(23, 16, 23)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def width(pdf):
    return pdf.w - pdf.l_margin - pdf.r_margin


def para(pdf, text, size=9.6, style="", gap=2.2, align="J", color=(0, 0, 0), indent=0, markdown=False):
    pdf.set_font("S", style, size)
    pdf.set_text_color(*color)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(width(pdf) - indent, LH, text, align=align, new_x="LMARGIN", new_y="NEXT", markdown=markdown)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(gap)


def h2(pdf, text, size=11.2):
    if pdf.get_y() > pdf.h - 50:
        pdf.add_page()
    pdf.ln(1.5)
    pdf.set_font("S", "B", size)
    pdf.set_text_color(*ROSE)
    pdf.multi_cell(width(pdf), 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.6)


def numbered(pdf, n, text, fill=False):
    """A hanging number in rose; fill=True draws the item on the box's shade."""
    pdf.set_font("S", "", 9.6)
    lines = pdf.multi_cell(width(pdf) - 12, LH, text, align="J", dry_run=True, output="LINES")
    h = len(lines) * LH + 1.6
    if pdf.get_y() + h > pdf.h - 20:
        pdf.add_page()
    y = pdf.get_y()
    if fill:
        pdf.set_fill_color(*SHADE)
        pdf.rect(pdf.l_margin, y - 0.8, width(pdf), h, style="F")
        pdf.set_draw_color(*ROSE)
        pdf.set_line_width(0.8)
        pdf.line(pdf.l_margin, y - 0.8, pdf.l_margin, y - 0.8 + h)
    pdf.set_font("S", "B", 9.6)
    pdf.set_text_color(*ROSE)
    pdf.set_xy(pdf.l_margin + 3, y)
    pdf.cell(7, LH, f"{n}.")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("S", "", 9.6)
    pdf.set_xy(pdf.l_margin + 10, y)
    pdf.multi_cell(width(pdf) - 12, LH, text, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y + h - (0 if fill else 0.4))


def advice():
    pdf = new("Externe vertrouwenspersoon gemeente Aldewoude - jaarverslag 2025 - VP-ALD/2026/01",
              "Jaarverslag vertrouwenspersoon 2025", "Externe vertrouwenspersoon gemeente Aldewoude")
    para(pdf, "Bureau Vertrouwd Werken - Koningsweg 41, 6811 DN Aldewoude - externe vertrouwenspersoon voor de "
         "medewerkers van de gemeente Aldewoude", size=8, color=GREY, align="L", gap=3)
    pdf.set_font("S", "B", 15.5)
    pdf.set_text_color(*ROSE)
    pdf.multi_cell(width(pdf), 7.5, "Jaarverslag 2025 externe vertrouwenspersoon ongewenste omgangsvormen",
                   align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    para(pdf, "Aan de algemeen directeur van de gemeente Aldewoude, de heer drs. R.P. Zwanenburg - kenmerk "
         "VP-ALD/2026/01 - Aldewoude, 27 februari 2026 - afschrift aan de ondernemingsraad", size=8, color=GREY,
         align="L", gap=2)
    pdf.set_draw_color(*ROSE)
    pdf.set_line_width(0.6)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(3)
    h2(pdf, "Mijn rol")
    para(pdf, "Sinds 2022 ben ik de externe vertrouwenspersoon voor de ruim 480 medewerkers van de gemeente "
         "Aldewoude. Medewerkers kunnen bij mij terecht met vragen en meldingen over pesten, seksuele intimidatie, "
         "agressie, discriminatie en integriteit. Volgens de Arbeidsomstandighedenwet moet de werkgever beleid "
         "voeren om psychosociale arbeidsbelasting te voorkomen, en moet hij medewerkers een veilige plek bieden "
         "om ongewenst gedrag te melden. Ik werk onafhankelijk en vertrouwelijk; in dit verslag staan geen namen "
         "of gegevens die tot een persoon te herleiden zijn.")
    h2(pdf, "Meldingen in 2025")
    para(pdf, "In 2025 namen 20 medewerkers contact met mij op, tegen 15 in 2024. Drie meldingen leidden tot een "
         "bemiddelingsgesprek, één tot een formele klacht.")
    rows = [("Soort melding", "2024", "2025"), ("Pesten en uitsluiting", "6", "9"),
            ("Seksuele intimidatie", "2", "3"), ("Agressie en geweld door collega's", "1", "2"),
            ("Discriminatie", "1", "3"), ("Vragen over integriteit", "3", "2"), ("Overig", "2", "1"),
            ("Totaal", "15", "20")]
    pdf.set_draw_color(190, 160, 172)
    pdf.set_line_width(0.2)
    with pdf.table(col_widths=(90, 25, 25), width=140, align="LEFT", text_align=("LEFT", "RIGHT", "RIGHT"),
                   line_height=5.2, headings_style=None, first_row_as_headings=False) as t:
        for i, r in enumerate(rows):
            row = t.row()
            for c in r:
                if i in (0, len(rows) - 1):
                    pdf.set_font("S", "B", 8.9)
                else:
                    pdf.set_font("S", "", 8.9)
                row.cell(c)
    pdf.ln(3)
    h2(pdf, "Wat mij opviel")
    para(pdf, "Vorig jaar adviseerde ik: 'Maak de vertrouwenspersoon zichtbaar op het intranet en in de "
         "introductie van nieuwe medewerkers.' Dat is in de zomer van 2025 gebeurd, en de stijging van het aantal "
         "meldingen hangt daar volgens mij deels mee samen. Verder viel mij het volgende op:")
    numbered(pdf, 1, "Pesten en uitsluiting kwamen vooral voor in teams waar de leidinggevende het conflict lang "
             "liet rusten of het zelf niet herkende.")
    numbered(pdf, 2, "Medewerkers van de buitendienst en de milieustraat wisten vaak niet dat zij mij ook kunnen "
             "bellen; hun werktijden sluiten slecht aan op mijn spreekuur.")
    numbered(pdf, 3, "Bij het Klantcontactcentrum kwamen vier meldingen binnen over spanningen tussen collega's, "
             "steeds in periodes met lange wachtrijen aan de telefoon.")
    numbered(pdf, 4, "Twee medewerkers die vertrokken, vertelden pas in het laatste gesprek met mij over "
             "ongewenst gedrag; in hun exitgesprek was dat niet aan de orde gekomen.")
    pdf.ln(2)
    para(pdf, "Ik adviseer niet om naast mij een interne vertrouwenspersoon aan te stellen: in een organisatie van "
         "deze omvang kennen collega's elkaar te goed, en medewerkers kiezen nu juist bewust voor iemand van "
         "buiten.")
    h2(pdf, "Aanbevelingen aan de directie")
    numbered(pdf, 1, "Train alle leidinggevenden in 2026 in het herkennen en bespreekbaar maken van pesten en "
             "uitsluiting in hun team.", fill=True)
    numbered(pdf, 2, "Stel samen met de buurgemeenten een onafhankelijke klachtencommissie ongewenste "
             "omgangsvormen in voor alle soorten klachten.", fill=True)
    numbered(pdf, 3, "Neem in ieder exitgesprek een vaste vraag op over ongewenst gedrag en laat dat gesprek voeren "
             "door iemand van buiten de eigen afdeling.", fill=True)
    numbered(pdf, 4, "Zorg dat medewerkers van de buitendienst en de milieustraat de vertrouwenspersoon ook buiten "
             "kantoortijd kunnen bereiken.", fill=True)
    numbered(pdf, 5, "Onderzoek of de werkdruk bij het Klantcontactcentrum bijdraagt aan de spanningen tussen "
             "collega's, en betrek de medewerkers daarbij.", fill=True)
    numbered(pdf, 6, "Leg een gedragscode vast die ook geldt voor raads- en collegeleden in hun contact met "
             "ambtenaren, en bespreek die jaarlijks in elk team.", fill=True)
    numbered(pdf, 7, "Laat HR alle meldingen anoniem registreren en rapporteer daarover twee keer per jaar aan het "
             "managementteam.", fill=True)
    pdf.ln(3)
    h2(pdf, "Tot slot")
    para(pdf, "Het meest urgent vind ik aanbevelingen 1 en 2: die raken direct de veiligheid van medewerkers die "
         "nu een probleem hebben. Ik bespreek dit verslag graag met u en met de ondernemingsraad.")
    para(pdf, "mr. Jolanda Verhoeff\nexterne vertrouwenspersoon", align="L")
    pdf.output(B.out(NAME + "_advice.pdf"))


def response():
    pdf = new("Gemeente Aldewoude - memo algemeen directeur - D/2026/0342", "Reactie jaarverslag vertrouwenspersoon",
              "Algemeen directeur gemeente Aldewoude")
    para(pdf, "Gemeente Aldewoude - Algemeen directeur", size=8, color=GREY, align="L", gap=2)
    pdf.set_font("S", "B", 14)
    pdf.set_text_color(*ROSE)
    pdf.multi_cell(width(pdf), 7, "Memo", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    para(pdf, "Aan: mevrouw mr. J. Verhoeff, externe vertrouwenspersoon\nCc: ondernemingsraad, managementteam\n"
         "Van: drs. R.P. Zwanenburg, algemeen directeur\nDatum: 7 april 2026\nKenmerk: D/2026/0342\n"
         "Onderwerp: reactie op het jaarverslag 2025", size=8.6, align="L", gap=2)
    pdf.set_draw_color(*ROSE)
    pdf.set_line_width(0.4)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(3)
    para(pdf, "Dank voor je heldere jaarverslag. Het managementteam heeft het op 24 maart besproken, de "
         "ondernemingsraad op 31 maart. Hieronder lees je per onderwerp wat wij met je aanbevelingen doen.")
    h2(pdf, "Bereikbaarheid", 10)
    para(pdf, "Het is belangrijk dat ook de collega's op de werf en de milieustraat je weten te vinden. Vanaf mei "
         "is er elke dinsdag van 18.00 tot 20.00 uur een telefonisch avondspreekuur, en je nummer komt op de "
         "kaart in iedere bedrijfsauto.")
    h2(pdf, "Leidinggevenden", 10)
    para(pdf, "Wij nemen je advies over de leidinggevenden over. Alle 38 leidinggevenden volgen dit najaar een "
         "training van twee dagdelen over een veilig werkklimaat, met aandacht voor pesten en uitsluiting.")
    h2(pdf, "Klachtencommissie", 10)
    para(pdf, "Aldewoude sluit per 1 juli aan bij de regionale klachtencommissie die Dreven en Oosterkamp al "
         "hebben, maar alleen voor klachten over seksuele intimidatie. Andere klachten blijven bij de interne "
         "klachtencommissie, omdat die procedure pas in 2024 is vernieuwd.")
    h2(pdf, "Gedragscode en vertrek", 10)
    para(pdf, "De gedragscode voor medewerkers wordt dit jaar geactualiseerd en vanaf 2027 jaarlijks in de "
         "teams besproken. Een code voor raads- en collegeleden is een zaak van de raad zelf; die leg ik niet "
         "vast, maar ik stuur je verslag wel door aan de griffier. De exitgesprekken laten wij zoals ze zijn: de "
         "leidinggevende voert ze, en wie liever met iemand anders praat, kan dat nu al vragen. Een vaste vraag "
         "over ongewenst gedrag voegen wij niet toe.")
    h2(pdf, "Werkdruk", 10)
    para(pdf, "Je signaal over het Klantcontactcentrum hebben wij voor kennisgeving aangenomen. De ondernemingsraad "
         "laat dit jaar zelf een werkdrukonderzoek doen onder alle afdelingen; de uitkomsten wachten wij eerst af.")
    h2(pdf, "Jaarverslag op intranet", 10)
    para(pdf, "Je jaarverslag komt, zoals elk jaar, in een korte versie op het intranet.")
    para(pdf, "Ik waardeer je inzet voor onze medewerkers zeer.")
    para(pdf, "Met hartelijke groet,\n\nRob Zwanenburg\nalgemeen directeur", align="L")
    pdf.output(B.out(NAME + "_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        (1, "Train alle leidinggevenden in 2026 in het herkennen en bespreekbaar",
         "Alle 38 leidinggevenden volgen dit najaar een training", "agrees"),
        (2, "Stel samen met de buurgemeenten een onafhankelijke klachtencommissie ongewenste omgangsvormen",
         "maar alleen voor klachten over seksuele intimidatie", "partly"),
        (3, "Neem in ieder exitgesprek een vaste vraag op over ongewenst",
         "De exitgesprekken laten wij zoals ze zijn", "disagrees"),
        (4, "Zorg dat medewerkers van de buitendienst en de milieustraat de",
         "elke dinsdag van 18.00 tot 20.00 uur een telefonisch avondspreekuur", "agrees"),
        (5, "Onderzoek of de werkdruk bij het Klantcontactcentrum bijdraagt aan de",
         "hebben wij voor kennisgeving aangenomen", "noted"),
        (6, "Leg een gedragscode vast die ook geldt voor raads- en",
         "die leg ik niet vast, maar ik stuur je verslag", "partly"),
        (7, "Laat HR alle meldingen anoniem registreren en rapporteer daarover twee", None, "unanswered"),
    ], ["Het managementteam heeft het op 24 maart besproken",
        "komt, zoals elk jaar, in een korte versie op het intranet",
        "Ik waardeer je inzet voor onze medewerkers zeer"],
        "Advice: the annual report 2025 of a municipality's external confidential counsellor (externe "
        "vertrouwenspersoon) on undesirable behaviour at work, to the general director; the seven recommendations "
        "are NUMBERED '1.'-'7.' inside a SHADED BOX under 'Aanbevelingen aan de directie' (imperatives). Traps: "
        "observations NUMBERED '1.'-'4.' in the same hanging style (unshaded) under 'Wat mij opviel', a table of "
        "reports per kind, the Arbowet paraphrased with 'moet', last year's advice quoted as an imperative "
        "(carried out), 'Ik adviseer niet om naast mij een interne vertrouwenspersoon aan te stellen', a closing "
        "line naming 'aanbevelingen 1 en 2'. Response: the director's MEMO paraphrasing BY THEME under small "
        "headings in another order: 'Bereikbaarheid' = 4 agrees (evening phone hours), 'Leidinggevenden' = 1 "
        "agrees (training this autumn), 'Klachtencommissie' = 2 partly (regional committee only for sexual "
        "harassment), 'Gedragscode en vertrek' ONE paragraph = 6 partly (staff code yes and discussed yearly, "
        "council members' code left to the council) + 3 disagrees (exit interviews unchanged, no fixed question), "
        "'Werkdruk' = 5 noted ('voor kennisgeving aangenomen', waiting for the works council's study). 7 "
        "(anonymous registration by HR) is never answered. Introduction, 'Jaarverslag op intranet' and closing "
        "answer nothing.")
    print("written", NAME)
