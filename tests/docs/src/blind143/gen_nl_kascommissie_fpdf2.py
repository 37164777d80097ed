"""Round 143 (nl): the VERSLAG VAN DE KASCOMMISSIE of an (invented) allotment association to its general meeting,
after auditing the treasurer's books for 2026; its seven recommendations are UNNUMBERED SENTENCES IN RUNNING TEXT,
worded in many ways ('Wij bevelen het bestuur aan ...', 'Het bestuur zou ... moeten ...', 'Ook is het verstandig
...', 'Wel raden wij aan ...', an imperative, 'Wij vinden het raadzaam ...', 'vragen wij het bestuur ...'), mixed with
findings sentences in the same paragraphs; answered by the BOARD'S REACTION in the papers for the general meeting,
which paraphrases BY THEME under bold lead-ins in another order, with one paragraph answering two recommendations
with different verdicts.

Advice (fpdf2, sans, ochre rule under the letterhead, running head from p. 2, 'blad n van m'): the statutes
paraphrased with 'moet' (trap), last year's committee quoted as an imperative ('Leg de afspraken met de gemeente ...
schriftelijk vast.', carried out, trap), 'Wij adviseren niet om de contributie te verhogen' (trap), the committee's
opinion on discharge (trap), a closing line naming the arrears and the maintenance plan (trap). Response (fpdf2,
'blad n'): 3 agrees + 2 disagrees in one paragraph, 5 agrees, 1 agrees, 4 partly, 6 noted; 7 unanswered; the
introduction, the contribution proposal for 2027 and the closing answer nothing. All bodies, places, people, figures
and reference numbers invented; no rules beyond the association's own statutes.

Run: /tmp/blind143nl/bin/python tests/docs/src/blind143/gen_nl_kascommissie_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b143nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind143_nl_kascommissie"
FS = B.tmp_fonts()
INK = (150, 104, 22)
GREY = (95, 95, 95)
LH = 5.0


class Doc(FPDF):
    head = ""
    of_m = False

    def header(self):
        if self.page_no() > 1 and self.head:
            self.set_y(10)
            self.set_font("S", "", 7.4)
            self.set_text_color(*GREY)
            self.cell(0, 4, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*INK)
            self.set_line_width(0.3)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.set_y(21)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("S", "", 7.6)
        self.set_text_color(*GREY)
        t = f"blad {self.page_no()} van {{nb}}" if self.of_m else f"blad {self.page_no()}"
        self.cell(0, 5, t, align="R")
        self.set_text_color(0, 0, 0)


def new(head, title, author, of_m=False):
    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2027, 3, 1, tzinfo=datetime.timezone.utc))
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.head = head
    pdf.of_m = of_m
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        pdf.add_font("S", style, FS[key])
    pdf.set_margins(24, 16, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def width(pdf):
    return pdf.w - pdf.l_margin - pdf.r_margin


def para(pdf, text, size=9.6, style="", gap=2.2, align="J", color=(0, 0, 0), indent=0, md=False, lh=LH):
    pdf.set_font("S", style, size)
    pdf.set_text_color(*color)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(width(pdf) - indent, lh, text, align=align, new_x="LMARGIN", new_y="NEXT", markdown=md)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(gap)


def h2(pdf, text):
    if pdf.get_y() > pdf.page_break_trigger - 22:
        pdf.add_page()  # keep a heading with its first lines
    pdf.ln(1.5)
    para(pdf, text, size=11, style="B", gap=1.2, align="L", color=INK)


def letterhead(pdf, title, sub):
    para(pdf, "Volkstuinvereniging De Groene Akker", size=13, style="B", color=INK, align="L", gap=0.5)
    para(pdf, "opgericht 1961 - complex Akkerweg 30, 8341 TN Zwaluwveen - KvK 40023917", size=8, color=GREY,
         align="L", gap=1.5)
    pdf.set_draw_color(*INK)
    pdf.set_line_width(0.8)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(4)
    para(pdf, title, size=14, style="B", align="L", gap=0.8, lh=6.6)
    para(pdf, sub, size=8.3, color=GREY, align="L", gap=3)


def advice():
    pdf = new("Volkstuinvereniging De Groene Akker - verslag van de kascommissie over 2026 - ALV 12 maart 2027",
              "Verslag van de kascommissie over het verenigingsjaar 2026", "Kascommissie De Groene Akker", of_m=True)
    letterhead(pdf, "Verslag van de kascommissie over het verenigingsjaar 2026",
               "aan de algemene ledenvergadering van 12 maart 2027 - agendapunt 5 - kascommissie: Hennie Boerrigter "
               "en Samira el Khatib, reservelid Kees van Dam")
    h2(pdf, "Onze opdracht")
    para(pdf, "Volgens artikel 12 van de statuten moet de kascommissie elk jaar de rekening en verantwoording van het "
         "bestuur onderzoeken, en moet zij daarover aan de algemene ledenvergadering verslag uitbrengen voordat die "
         "over de jaarrekening besluit. Op 6 februari 2027 hebben wij bij de penningmeester, Ton Hulshof, de "
         "boeken over 2026 gecontroleerd: de kas, de bankafschriften, de ledenadministratie, de facturen en de "
         "bonnen van de tuinwinkel. Wij zijn daar een middag mee bezig geweest en kregen op al onze vragen antwoord.")
    para(pdf, "De kascommissie van vorig jaar schreef in haar verslag:")
    para(pdf, "'Leg de afspraken met de gemeente over de pacht van het complex schriftelijk vast.'", style="I",
         color=GREY, indent=10, align="L")
    para(pdf, "Dat is gebeurd: op 3 juni 2026 is een nieuwe pachtovereenkomst getekend, die loopt tot 2036.")
    h2(pdf, "Kas en bank")
    para(pdf, "De kas sloot op 31 december 2026 met 312,40 euro; dat klopt met onze telling. De saldi van de betaal- "
         "en de spaarrekening komen overeen met de afschriften. Er gaat in de tuinwinkel nog steeds veel contant "
         "geld om, vooral op zaterdagochtend. Wij bevelen het bestuur aan om in de tuinwinkel een pinautomaat te "
         "nemen en het contante geld zo veel mogelijk af te bouwen. Dat scheelt tellen, en de vrijwilligers hoeven "
         "geen geld meer mee naar huis te nemen.")
    h2(pdf, "Tuinhuur en contributie")
    para(pdf, "Van de 148 tuinders hadden er op 31 december negen hun tuinhuur nog niet betaald, samen 1.870 euro; "
         "twee van hen staan al sinds 2025 achter. Het bestuur zou achterstanden na twee herinneringen moeten "
         "overdragen aan een incassobureau, zodat de penningmeester er niet zelf achteraan hoeft. Ook is het "
         "verstandig de tuinhuur voortaan in twee termijnen te innen, in maart en in september, omdat het bedrag "
         "voor sommige leden in één keer zwaar is.")
    h2(pdf, "Vermogen en onderhoud")
    para(pdf, "Het eigen vermogen groeide in 2026 met 3.950 euro tot 41.200 euro, waarvan 28.000 euro in de "
         "bestemmingsreserve voor het nieuwe dak van het verenigingsgebouw. Wij adviseren niet om de contributie te "
         "verhogen, zoals op de vorige vergadering werd geopperd: de reserves zijn ruim voldoende. Wel raden wij aan "
         "een meerjarenonderhoudsplan op te stellen voor het verenigingsgebouw, de waterleiding en de hekken, zodat "
         "duidelijk wordt of de reserve toereikend is.")
    h2(pdf, "Uitgaven en subsidie")
    para(pdf, "De subsidie van de gemeente voor de natuurtuin, 2.500 euro, is besteed zoals aangevraagd; de "
         "verantwoording is op tijd ingediend. Bij de aankoop van de nieuwe motorfrees (4.150 euro) ontbrak een "
         "tweede offerte. Vraag voortaan voor elke aankoop boven 1.000 euro ten minste twee offertes aan en leg de "
         "keuze vast in de notulen van het bestuur.")
    h2(pdf, "Administratie")
    para(pdf, "De boekhouding wordt bijgehouden in een spreadsheet op de laptop van de penningmeester, met een kopie "
         "op een usb-stick. Als de penningmeester uitvalt, kan niemand anders er snel bij. Wij vinden het raadzaam "
         "over te stappen op een online boekhoudprogramma, waar ook een tweede bestuurslid toegang toe heeft. Tot "
         "slot vragen wij het bestuur de begroting voor het volgende jaar voortaan vóór 1 december aan de leden te "
         "sturen, zodat zij die rustig kunnen lezen.")
    h2(pdf, "Ons oordeel")
    para(pdf, "Wij hebben geen onjuistheden gevonden. De jaarrekening 2026 geeft naar ons oordeel een getrouw beeld "
         "van de financiële positie van de vereniging, en op grond van ons onderzoek kan de ledenvergadering het "
         "bestuur decharge verlenen voor het gevoerde financiële beheer. De achterstanden in de tuinhuur en het "
         "ontbreken van een onderhoudsplan vinden wij de belangrijkste punten voor het komende jaar.")
    para(pdf, "Zwaluwveen, 13 februari 2027\n\nHennie Boerrigter - Samira el Khatib", align="L")
    pdf.output(B.out(NAME + "_advice.pdf"))


def response():
    pdf = new("Volkstuinvereniging De Groene Akker - reactie van het bestuur - ALV 12 maart 2027",
              "Reactie van het bestuur op het verslag van de kascommissie", "Bestuur De Groene Akker")
    letterhead(pdf, "Reactie van het bestuur op het verslag van de kascommissie",
               "vergaderstukken algemene ledenvergadering 12 maart 2027 - bij agendapunt 5 - verzonden 24 februari "
               "2027")
    para(pdf, "Beste leden,", align="L")
    para(pdf, "Het bestuur bedankt Hennie Boerrigter en Samira el Khatib voor hun grondige controle en voor de "
         "prettige middag bij Ton thuis. Wij zijn blij dat de commissie geen onjuistheden heeft gevonden. Hieronder "
         "leest u wat wij met haar adviezen doen; wij hebben ze per onderwerp gebundeld.")
    para(pdf, "**Geld innen.** Met ingang van 2027 innen wij de tuinhuur in twee delen, op 1 maart en op 1 "
         "september, zoals de commissie voorstelt; wie liever in één keer betaalt, mag dat blijven doen. Een "
         "incassobureau inschakelen willen wij niet. Het gaat om buren op het complex, en wij lossen achterstanden "
         "liever op met een persoonlijk gesprek en zo nodig een betalingsregeling. Met zeven van de negen leden is "
         "inmiddels een regeling getroffen.", md=True)
    para(pdf, "**Aankopen.** Het bestuur neemt dit advies over. Vanaf nu vragen wij bij elke uitgave boven de duizend "
         "euro twee offertes op, en de afweging komt in het verslag van de bestuursvergadering.", md=True)
    para(pdf, "**Pinnen.** Sinds januari staat er een mobiel pinapparaat op de toonbank van de winkel. Contant "
         "betalen kan nog wel, maar het wisselgeld gaat na elke openingsdag in de kluis.", md=True)
    para(pdf, "**Onderhoud.** Voor het verenigingsgebouw en de waterleiding laat het bestuur dit jaar een "
         "onderhoudsplan voor tien jaar opstellen, door Gert Stegeman, die bouwkundige van beroep is. De hekken "
         "nemen wij daar voorlopig niet in mee: die zijn in 2023 helemaal vernieuwd.", md=True)
    para(pdf, "**Boekhouding.** Het voorstel om een online pakket te gebruiken nemen wij voor kennisgeving aan. "
         "Ton bekijkt in de loop van het jaar welke programma's geschikt zijn voor een vereniging van onze omvang; "
         "een besluit nemen wij pas als er een nieuwe penningmeester komt.", md=True)
    para(pdf, "**Contributie 2027.** Bij agendapunt 7 stelt het bestuur voor de contributie voor 2027 gelijk te "
         "houden op 42 euro per lid, en de tuinhuur alleen met de indexering van de pacht te verhogen.", md=True)
    para(pdf, "Wij vragen de vergadering de jaarrekening 2026 vast te stellen en het bestuur decharge te verlenen. "
         "Tot ziens op 12 maart om 20.00 uur in het verenigingsgebouw!")
    para(pdf, "Met groene groet,\nnamens het bestuur,\nAnnelies Kroeze, voorzitter - Marco Dijkhuis, secretaris",
         align="L")
    pdf.output(B.out(NAME + "_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        ("1", "Wij bevelen het bestuur aan om in de tuinwinkel een pinautomaat",
         "Sinds januari staat er een mobiel pinapparaat op de toonbank", "agrees"),
        ("2", "Het bestuur zou achterstanden na twee herinneringen moeten overdragen aan",
         "lossen achterstanden liever op met een persoonlijk gesprek", "disagrees"),
        ("3", "Ook is het verstandig de tuinhuur voortaan in twee termijnen",
         "Met ingang van 2027 innen wij de tuinhuur in twee delen", "agrees"),
        ("4", "Wel raden wij aan een meerjarenonderhoudsplan op te stellen voor",
         "De hekken nemen wij daar voorlopig niet in mee", "partly"),
        ("5", "Vraag voortaan voor elke aankoop boven 1.000 euro ten minste",
         "bij elke uitgave boven de duizend euro twee offertes", "agrees"),
        ("6", "Wij vinden het raadzaam over te stappen op een online boekhoudprogramma",
         "om een online pakket te gebruiken nemen wij voor kennisgeving aan", "noted"),
        ("7", "Tot slot vragen wij het bestuur de begroting voor het", None, "unanswered"),
    ], ["stelt het bestuur voor de contributie voor 2027 gelijk te houden",
        "Tot ziens op 12 maart om 20.00 uur"],
        "Advice: the REPORT OF THE AUDIT COMMITTEE (kascommissie) of an allotment association to its general meeting, "
        "after checking the treasurer's books; the seven recommendations are UNNUMBERED SENTENCES IN RUNNING TEXT, "
        "each worded differently ('Wij bevelen het bestuur aan ...', 'Het bestuur zou ... moeten ...', 'Ook is het "
        "verstandig ...', 'Wel raden wij aan ...', an imperative 'Vraag voortaan ...', 'Wij vinden het raadzaam ...', "
        "'Tot slot vragen wij het bestuur ...'), inside paragraphs that also hold findings (numbered 1-7 here in "
        "reading order). Traps: the statutes paraphrased with 'moet', last year's committee quoted as an imperative "
        "('Leg de afspraken met de gemeente ... schriftelijk vast.', carried out), 'Wij adviseren niet om de "
        "contributie te verhogen', the opinion that the meeting can grant discharge, a closing line naming the "
        "arrears and the maintenance plan. Response: the BOARD'S REACTION in the meeting papers, BY THEME under bold "
        "lead-ins in another order: ONE paragraph 'Geld innen.' = 3 agrees (rent in two instalments) + 2 disagrees "
        "(no debt collector, a personal talk instead), 'Aankopen.' 5 agrees, 'Pinnen.' 1 agrees (a card reader since "
        "January), 'Onderhoud.' 4 partly (plan for the building and water pipes, not the fences), 'Boekhouding.' 6 "
        "noted ('voor kennisgeving aan', decision postponed). 7 (sending the budget before 1 December) is never "
        "answered. The introduction, the contribution proposal for 2027 (which echoes the 'adviseren niet' trap) and "
        "the closing (asking for discharge) answer nothing.")
    print("written", NAME)
