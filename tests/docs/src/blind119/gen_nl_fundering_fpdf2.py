"""Round 119 (nl): the ADVIES of a municipal ONAFHANKELIJKE ADVIESCOMMISSIE FUNDERINGEN (foundation damage from
rotting wooden piles) to the gemeenteraad and the college, whose recommendations are INLINE NUMBERED CLAUSES '(1)'-'(7)'
inside three running sentences ('De commissie beveelt het college aan om (1) ..., (2) ... en (3) ....') under three
sub-headings, after numbered CONCLUSIONS ('Conclusie 1.'-'Conclusie 4.'); answered months later in the college's
VOORTGANGSRAPPORTAGE (half-yearly progress report) to the raad, whose chapter on the advice gives a STATUS LINE
('Status: gerealiseerd / deels overgenomen / in onderzoek / niet overgenomen') over each paragraph.

Advice (fpdf2, serif body with sans headings, 3 p., slate cover band on p. 1, running head from p. 2, '- n -'): the
Woningwet paraphrased with 'moet' (trap), the rekenkamer's 2024 recommendation quoted with 'moet' (realised; trap),
a figures box, bold run-in 'Conclusie 1.'-'Conclusie 4.' (numbered conclusions; trap), a closing line citing
'de aanbevelingen (1), (4) en (7)' (trap). Recommendations expected 1-7 = (1)-(7): (1)-(3) under 4.1, (4)-(5) under
4.2, (6)-(7) under 4.3.
Response (fpdf2, sans, 2 p.): 1 Inleiding (nothing), 2 Kerncijfers as a numbered list 1.-5. (nothing), 3 Opvolging
advies in the order (1) agrees, (4)+(5) in one paragraph (4 noted, 5 agrees), (2) partly, (7) disagrees, (6) agrees;
(3) (moving costs for tenants) unanswered; 4 Planning 2027 (a table) and 5 Financiën answer nothing. All bodies,
places, people and figures invented; the Woningwet is named loosely as context only.

Run: /tmp/blind119nl/bin/python tests/docs/src/blind119/gen_nl_fundering_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b119nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind119_nl_fundering"
FS = B.tmp_fonts()
FR = B.tmp_fonts("B119NL Serif", B.SERIF_FILES)
SLATE = (52, 64, 84)
OCHRE = (196, 140, 40)
PALE = (240, 236, 226)
GREY = (95, 95, 95)
LH = 5.0


class Doc(FPDF):
    head = ""
    foot = "- {n} -"
    cover = False

    def header(self):
        if self.page_no() == 1:
            if self.cover:
                self.set_fill_color(*SLATE)
                self.rect(0, 0, self.w, 46, style="F")
                self.set_fill_color(*OCHRE)
                self.rect(0, 46, self.w, 2.2, style="F")
            self.set_y(14)
        elif self.head:
            self.set_y(10)
            self.set_font("S", "", 7.4)
            self.set_text_color(*GREY)
            self.cell(0, 4, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*OCHRE)
            self.set_line_width(0.3)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.ln(7)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("S", "", 7.8)
        self.set_text_color(*GREY)
        self.cell(0, 5, self.foot.format(n=self.page_no(), m="{nb}"), align="C")
        self.set_text_color(0, 0, 0)


def new(head, date, cover=False, foot="- {n} -"):
    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(*date, tzinfo=datetime.timezone.utc))
    pdf.head, pdf.cover, pdf.foot = head, cover, foot
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        pdf.add_font("S", style, FS[key])
        pdf.add_font("R", style, FR[key])
    pdf.set_margins(25, 16, 23)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def para(pdf, text, size=9.8, style="", after=2.6, font="R", markdown=False, indent=0):
    pdf.set_font(font, style, size)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.epw - indent, LH, text, new_x="LMARGIN", new_y="NEXT", markdown=markdown)
    pdf.ln(after)


def head(pdf, text, size=12, color=SLATE, before=2.5):
    pdf.ln(before)
    pdf.set_font("S", "B", size)
    pdf.set_text_color(*color)
    pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.8)


def box(pdf, title, lines):
    pdf.set_font("S", "", 8.8)
    hgt = 8 + sum(len(pdf.multi_cell(pdf.epw - 12, 4.6, t, dry_run=True, output="LINES")) for t in lines) * 4.6 + 3
    y = pdf.get_y()
    pdf.set_fill_color(*PALE)
    pdf.rect(pdf.l_margin, y, pdf.epw, hgt, style="F")
    pdf.set_fill_color(*OCHRE)
    pdf.rect(pdf.l_margin, y, pdf.epw, 1.2, style="F")
    pdf.set_xy(pdf.l_margin + 6, y + 3)
    pdf.set_font("S", "B", 9)
    pdf.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 8.8)
    for t in lines:
        pdf.set_x(pdf.l_margin + 6)
        pdf.multi_cell(pdf.epw - 12, 4.6, t, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y + hgt + 4)


def advice():
    pdf = new("Onafhankelijke Adviescommissie Funderingen Moerkerveen - advies OAF/2026/02 - Van zorg naar zekerheid",
              (2026, 6, 30), cover=True)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("S", "", 8.6)
    pdf.cell(0, 5, "ONAFHANKELIJKE ADVIESCOMMISSIE FUNDERINGEN MOERKERVEEN", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("S", "B", 21)
    pdf.cell(0, 10, "Van zorg naar zekerheid", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 10.5)
    pdf.cell(0, 6, "Advies over de funderingsaanpak van de gemeente Moerkerveen", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(54)
    pdf.set_font("S", "", 8.4)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(0, 4.5, "Aan de gemeenteraad en het college van burgemeester en wethouders van Moerkerveen - "
                   "kenmerk OAF/2026/02 - 30 juni 2026 - secretariaat: Ruud Kranenburg, 0182 39 14 77",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)

    head(pdf, "1 Inleiding")
    para(pdf, "In oktober 2025 stelde de gemeenteraad een onafhankelijke adviescommissie in om te beoordelen of de "
         "gemeente eigenaren en huurders met funderingsproblemen goed helpt. De commissie bestaat uit een "
         "constructeur, een hoogleraar bodemkunde, een oud-directeur van een woningcorporatie en twee bewoners "
         "van wie de woning al is hersteld. Wij spraken met 46 eigenaren, negen huurders, de aannemers die in de "
         "gemeente werken en de ambtenaren van het team Wonen.")
    para(pdf, "Op grond van de Woningwet moet de eigenaar een bouwwerk dat gevaar oplevert laten herstellen, en kan "
         "de gemeente hem daartoe aanschrijven. Die regel is helder. Maar voor een eigenaar die 80.000 euro moet "
         "betalen voor herstel dat hij niet zag aankomen, biedt hij weinig houvast.")
    para(pdf, "De rekenkamer schreef in 2024: 'De gemeente moet haar funderingsrisico's per wijk in kaart "
         "brengen.' Dat is gebeurd: sinds 2025 is er een funderingsrisicokaart. Ons advies bouwt daarop voort.")

    head(pdf, "2 De opgave")
    para(pdf, "Moerkerveen ligt op veen. Een groot deel van de woningen van vóór 1960 staat op houten palen, die "
         "gaan rotten als het grondwater te laag staat. Herstel is duur, duurt lang en kan alleen per bouwblok "
         "goed worden uitgevoerd, omdat rijtjeshuizen een gezamenlijke fundering hebben.")
    box(pdf, "Funderingen in Moerkerveen in cijfers", [
        "Woningen op houten palen: circa 5.100, waarvan 3.840 in de risicogebieden van de kaart.",
        "Woningen met vastgestelde schade of herstel nodig binnen tien jaar: circa 1.200.",
        "Gemiddelde kosten van herstel per woning: 65.000 tot 95.000 euro.",
        "Hersteld sinds 2020: 212 woningen, in 19 bouwblokken."])

    head(pdf, "3 Conclusies")
    para(pdf, "**Conclusie 1.** Eigenaren weten niet waar zij moeten beginnen. De informatie van de gemeente staat "
         "verspreid over vier webpagina's en verwijst vooral naar de eigenaar zelf.", markdown=True)
    para(pdf, "**Conclusie 2.** Wie wil laten onderzoeken hoe het met de fundering staat, betaalt daarvoor 1.500 "
         "tot 2.000 euro. Veel eigenaren stellen dat uit, waardoor de schade groter wordt.", markdown=True)
    para(pdf, "**Conclusie 3.** Eigenaren met een laag inkomen of een hoge leeftijd krijgen bij de bank geen lening "
         "voor het volledige herstel.", markdown=True)
    para(pdf, "**Conclusie 4.** Herstel per bouwblok loopt vast als één eigenaar niet meedoet. Eigenaren moeten "
         "elkaar nu zelf overtuigen.", markdown=True)

    head(pdf, "4 Aanbevelingen")
    para(pdf, "Op basis van deze conclusies doet de commissie zeven aanbevelingen. Wij hebben ze genummerd, zodat "
         "het college er in zijn reactie naar kan verwijzen.")
    head(pdf, "4.1 Bewoners eerst", size=10.2, color=OCHRE, before=0.5)
    para(pdf, "Eigenaren en huurders hebben één plek nodig waar zij terechtkunnen, en de eerste stap moet zo klein "
         "mogelijk zijn. De commissie beveelt het college daarom aan om (1) binnen drie maanden een onafhankelijk "
         "Funderingsloket te openen waar eigenaren en huurders met al hun vragen over onderzoek en herstel "
         "terechtkunnen, (2) de kosten van een funderingsonderzoek voor eigenaar-bewoners in de risicogebieden "
         "volledig te vergoeden, en (3) huurders van wie de woning wordt hersteld een tegemoetkoming in de "
         "verhuiskosten van ten minste 2.500 euro te geven.")
    head(pdf, "4.2 Geld", size=10.2, color=OCHRE, before=0.5)
    para(pdf, "Het herstel zelf blijft een zaak van de eigenaar. Toch kan de gemeente helpen waar de markt "
         "tekortschiet. Daarnaast beveelt de commissie aan om (4) een gemeentelijk funderingsfonds op te richten "
         "dat eigenaren met een laag inkomen een renteloze lening geeft voor het deel van het herstel dat zij "
         "elders niet kunnen lenen, en (5) de leges voor de omgevingsvergunning voor funderingsherstel af te "
         "schaffen.")
    head(pdf, "4.3 Samen met anderen", size=10.2, color=OCHRE, before=0.5)
    para(pdf, "Of palen gaan rotten, hangt af van het grondwater, en herstel lukt alleen als buren samen optrekken. "
         "Tot slot beveelt de commissie aan om (6) met het waterschap De Veenlanden afspraken te maken over een "
         "stabiel grondwaterpeil in de wijken met houten palen, en (7) eigenaren per bouwblok te laten begeleiden "
         "door een procesbegeleider die de gemeente betaalt, zodat zij samen één aannemer kunnen kiezen.")

    head(pdf, "5 Tot slot")
    para(pdf, "De commissie beseft dat deze aanbevelingen geld kosten, in een tijd waarin de gemeente moet "
         "bezuinigen. Daarom hebben wij aangegeven waar wij de meeste winst zien: de aanbevelingen (1), (4) en "
         "(7). Wij vragen de raad om het college te verzoeken vóór het einde van 2026 op dit advies te reageren.")
    para(pdf, "Namens de commissie,\nir. Marjolein Verhagen, voorzitter - Ruud Kranenburg, secretaris", after=0)
    pdf.output(B.out(NAME + "_advice.pdf"))


def status(pdf, label, rgb):
    if pdf.get_y() > pdf.h - 42:  # keep the status line with its paragraph
        pdf.add_page()
    pdf.ln(0.5)
    pdf.set_font("S", "B", 8.2)
    w = pdf.get_string_width(label) + 6
    pdf.set_fill_color(*rgb)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(w, 5, label, fill=True, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1.2)


def response():
    pdf = new("Gemeente Moerkerveen - Voortgangsrapportage Funderingsaanpak, tweede halfjaar 2026",
              (2026, 12, 8), foot="Voortgangsrapportage Funderingsaanpak 2026-II - pagina {n} van {m}")
    pdf.set_font("S", "B", 9)
    pdf.set_text_color(*SLATE)
    pdf.cell(0, 5, "GEMEENTE MOERKERVEEN", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    pdf.set_font("S", "B", 17)
    pdf.multi_cell(0, 8, "Voortgangsrapportage Funderingsaanpak", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 10)
    pdf.cell(0, 6, "Tweede halfjaar 2026 - aan de gemeenteraad", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 8.2)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(0, 4.4, "Vastgesteld door het college op 8 december 2026 - zaaknummer 2026-051932 - "
                   "portefeuillehouder wethouder A. Brinkman (Wonen)", new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(*OCHRE)
    pdf.set_line_width(0.6)
    pdf.line(pdf.l_margin, pdf.get_y() + 2, pdf.w - pdf.r_margin, pdf.get_y() + 2)
    pdf.ln(6)

    head(pdf, "1 Inleiding", size=11)
    para(pdf, "Twee keer per jaar informeren wij de raad over de funderingsaanpak. Deze rapportage gaat over de "
         "periode juli tot en met december 2026. Nieuw is hoofdstuk 3: daarin staat wat wij hebben gedaan met het "
         "advies 'Van zorg naar zekerheid' van de Onafhankelijke Adviescommissie Funderingen van 30 juni 2026.",
         font="S", size=9.4)
    head(pdf, "2 Kerncijfers", size=11)
    for m, t in (("1.", "Funderingsonderzoeken afgerond in 2026: 318 (2025: 196)."),
                 ("2.", "Woningen waarvan het herstel in 2026 is gestart: 74, in zes bouwblokken."),
                 ("3.", "Woningen hersteld sinds 2020: 251."),
                 ("4.", "Gemiddelde doorlooptijd van melding tot start herstel: 19 maanden."),
                 ("5.", "Aanschrijvingen op grond van de Woningwet in 2026: 3.")):
        pdf.set_font("S", "", 9.4)
        pdf.set_x(pdf.l_margin + 3)
        pdf.cell(7, LH, m)
        pdf.multi_cell(pdf.epw - 10, LH, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    head(pdf, "3 Opvolging van het advies van de adviescommissie", size=11)
    para(pdf, "De commissie deed zeven aanbevelingen. Wij hebben ze besproken met de raadscommissie Ruimte op 14 "
         "september. Hieronder staat per onderwerp wat wij ermee doen en hoe het ervoor staat.", font="S", size=9.4)
    GREEN, AMBER, BLUE, RED = (46, 125, 80), (190, 120, 20), (60, 100, 160), (170, 50, 50)
    status(pdf, "Status: gerealiseerd", GREEN)
    para(pdf, "Het Funderingsloket is op 1 oktober 2026 geopend in het Stadskantoor, en is ook telefonisch en per "
         "mail bereikbaar. Twee adviseurs, van wie één constructeur, helpen eigenaren en huurders van de eerste "
         "vraag tot na het herstel. In de eerste drie maanden kwamen er 410 vragen binnen (aanbeveling 1).",
         font="S", size=9.4)
    status(pdf, "Status: in onderzoek / gerealiseerd", BLUE)
    para(pdf, "Over de aanbevelingen 4 en 5 het volgende. Een eigen gemeentelijk fonds vraagt een startkapitaal dat "
         "wij nu niet hebben. Wij verkennen met het landelijke funderingsfonds en twee buurgemeenten of een "
         "regionale regeling mogelijk is; een voorstel volgt bij de kadernota 2028. Voor de leges hebben wij wel "
         "direct gekozen: sinds 1 november 2026 betaalt niemand meer leges voor een vergunning voor "
         "funderingsherstel.", font="S", size=9.4)
    status(pdf, "Status: deels overgenomen", AMBER)
    para(pdf, "Sinds 1 september 2026 vergoedt de gemeente 75 procent van de kosten van een funderingsonderzoek, "
         "met een maximum van 1.500 euro per woning. Een volledige vergoeding zou jaarlijks ruim 200.000 euro "
         "extra kosten, en dan zou ook het onderzoek van eigenaren buiten de risicogebieden in aanmerking moeten "
         "komen (aanbeveling 2).", font="S", size=9.4)
    status(pdf, "Status: niet overgenomen", RED)
    para(pdf, "Eigenaren in een bouwblok kiezen samen hun aannemer; dat blijft ook zo. Het college betaalt geen "
         "procesbegeleider per bouwblok: met ruim honderd bouwblokken in de risicogebieden is dat niet op te "
         "brengen. Eigenaren kunnen wel een gratis voorlichtingsavond voor hun blok aanvragen bij het "
         "Funderingsloket.", font="S", size=9.4)
    status(pdf, "Status: gerealiseerd", GREEN)
    para(pdf, "Met het waterschap De Veenlanden is op 12 oktober 2026 een convenant gesloten. Daarin staat dat het "
         "grondwater in Oude Haven, de Molenbuurt en Westerkwartier niet lager komt dan het huidige peil, en dat "
         "gemeente en waterschap elk jaar samen de meetgegevens van de peilbuizen bekijken.", font="S", size=9.4)

    head(pdf, "4 Planning 2027", size=11)
    rows = [("Eerste kwartaal", "Uitbreiding peilbuizennet met 40 meetpunten"),
            ("Tweede kwartaal", "Evaluatie Funderingsloket; herstel bouwblok Kerkstraat 12-30"),
            ("Derde kwartaal", "Nieuwe funderingsrisicokaart online"),
            ("Vierde kwartaal", "Volgende voortgangsrapportage")]
    pdf.set_font("S", "B", 8.8)
    pdf.set_fill_color(*PALE)
    pdf.cell(40, 6, "Periode", border="B", fill=True)
    pdf.cell(pdf.epw - 40, 6, "Wat", border="B", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 8.8)
    for a, b in rows:
        pdf.cell(40, 5.6, a, border="B")
        pdf.cell(pdf.epw - 40, 5.6, b, border="B", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    head(pdf, "5 Financiën", size=11)
    para(pdf, "In 2026 is voor de funderingsaanpak 640.000 euro uitgegeven, 35.000 euro minder dan begroot. De "
         "bijdrage in de onderzoekskosten en het wegvallen van de leges passen in 2027 binnen het bestaande "
         "budget van het programma Wonen.", font="S", size=9.4)
    pdf.output(B.out(NAME + "_response.pdf"))


def expected():
    recs = [
        (1, "binnen drie maanden een onafhankelijk Funderingsloket te openen",
         "Het Funderingsloket is op 1 oktober 2026 geopend", "agrees"),
        (2, "de kosten van een funderingsonderzoek voor eigenaar-bewoners in de risicogebieden",
         "vergoedt de gemeente 75 procent van de kosten", "partly"),
        (3, "huurders van wie de woning wordt hersteld een tegemoetkoming", None, "unanswered"),
        (4, "een gemeentelijk funderingsfonds op te richten dat eigenaren",
         "Wij verkennen met het landelijke funderingsfonds en twee buurgemeenten", "noted"),
        (5, "de leges voor de omgevingsvergunning voor funderingsherstel af te schaffen",
         "betaalt niemand meer leges voor een vergunning", "agrees"),
        (6, "met het waterschap De Veenlanden afspraken te maken over een stabiel grondwaterpeil",
         "is op 12 oktober 2026 een convenant gesloten", "agrees"),
        (7, "eigenaren per bouwblok te laten begeleiden door een procesbegeleider",
         "Het college betaalt geen procesbegeleider per bouwblok", "disagrees"),
    ]
    unmatched = ["Twee keer per jaar informeren wij de raad over de funderingsaanpak",
                 "Funderingsonderzoeken afgerond in 2026: 318",
                 "Uitbreiding peilbuizennet met 40 meetpunten",
                 "In 2026 is voor de funderingsaanpak 640.000 euro uitgegeven"]
    notes = ("Advice: a municipal Onafhankelijke Adviescommissie Funderingen's advies (fpdf2, 3 p.) to the raad and "
             "the college; the seven recommendations are INLINE NUMBERED CLAUSES '(1)'-'(7)' inside three running "
             "sentences under three sub-headings: 4.1 'De commissie beveelt het college daarom aan om (1) ..., (2) "
             "..., en (3) ...', 4.2 'Daarnaast beveelt de commissie aan om (4) ..., en (5) ...', 4.3 'Tot slot "
             "beveelt de commissie aan om (6) ..., en (7) ...'; each starts_with is the clause after its number. "
             "Traps: the Woningwet paraphrased with 'moet', the rekenkamer's 2024 recommendation quoted with 'moet' "
             "(realised), a figures box, bold run-in numbered conclusions 'Conclusie 1.'-'Conclusie 4.', 'moet' in "
             "the lead sentences, a closing line citing 'de aanbevelingen (1), (4) en (7)'. Response: the college's "
             "half-yearly VOORTGANGSRAPPORTAGE to the raad; 1 Inleiding and 2 Kerncijfers (a numbered list 1.-5. of "
             "figures) answer nothing; 3 'Opvolging van het advies' gives a coloured STATUS LINE over each "
             "paragraph, replies in the order 1, 4+5, 2, 7, 6: '(aanbeveling 1)' = 1 agrees (loket opened 1 "
             "October 2026); 'Over de aanbevelingen 4 en 5' in one paragraph = 4 noted (a regional scheme explored, "
             "proposal at the kadernota 2028) and 5 agrees (no leges since 1 November 2026); '(aanbeveling 2)' = 2 "
             "partly (75 percent, maximum 1.500 euro); 'Status: niet overgenomen', by content only = 7 disagrees "
             "(no paid process facilitator per block; a free information evening instead); by content only = 6 "
             "agrees (convenant with the waterschap, 12 October 2026); 3 (moving-cost allowance for tenants) "
             "unanswered. 4 Planning 2027 (a table) and 5 Financiën answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()
