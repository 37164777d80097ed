"""Round 40 (nl, Flanders): an (invented) advice of the Vlaamse Ouderenraad on digital public services, answered in
the VERSLAG of a Vlaams Parlement committee meeting: a 'vraag om uitleg' of a member and the minister's answer
(speaker run-ins, replies, 'De vraag om uitleg is afgehandeld'). Engine: fpdf2 (DejaVu, no text shaping).
Answer key: README-nl.md.

Run: /tmp/blind40nl/bin/python tests/docs/src/blind40/gen_nl_ouderenraad_fpdf2.py"""
import datetime
import os
import sys

from fpdf import FPDF

sys.path.insert(0, os.path.dirname(__file__))
import _b40nl as B  # noqa: E402

NAME = "blind40_nl_ouderenraad"
DV = "/usr/share/fonts/truetype/dejavu/"
ORANJE = (214, 92, 18)


class Doc(FPDF):
    def __init__(self, serif, head, foot, fmt):
        super().__init__(format="A4")
        pre = "DejaVuSerif" if serif else "DejaVuSans"
        for st, f in (("", ".ttf"), ("B", "-Bold.ttf"), ("I", "-Italic.ttf" if serif else "-Oblique.ttf")):
            self.add_font("dv", st, DV + pre + f)
        self.head, self.foot, self.fmt = head, foot, fmt
        self.set_margins(22, 24, 22)
        self.set_auto_page_break(True, 22)
        self.alias_nb_pages()
        self.set_creation_date(datetime.datetime(2026, 4, 20, tzinfo=datetime.timezone.utc))

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("dv", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(self.l_margin, 12)
        self.cell(0, 4, self.head)
        self.line(self.l_margin, 17, 210 - self.r_margin, 17)
        self.set_text_color(0, 0, 0)
        self.set_y(24)

    def footer(self):
        self.set_y(-14)
        self.set_font("dv", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, self.foot)
        self.set_x(self.l_margin)
        self.cell(0, 4, self.fmt.format(n=self.page_no()), align="R")
        self.set_text_color(0, 0, 0)

    def hd(self, t, size=11, color=ORANJE):
        self.ln(2)
        self.set_font("dv", "B", size)
        self.set_text_color(*color)
        self.multi_cell(0, 6, t)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def para(self, t, style="", size=9.3, h=5):
        self.set_font("dv", style, size)
        self.multi_cell(0, h, t, markdown=True)
        self.ln(1.5)

    def bullet(self, t):
        self.set_font("dv", "", 9.3)
        x = self.l_margin
        self.set_x(x)
        self.cell(5, 5, "•")
        self.multi_cell(0, 5, t, markdown=True)
        self.ln(1)


def advice():
    d = Doc(False, "Vlaamse Ouderenraad | Advies 2026/02 | Digitaal, maar niet alleen",
            "Vlaamse Ouderenraad vzw | Koning Albert II-laan 7, 1210 Brussel", "{n}/{{nb}}")
    d.add_page()
    d.set_fill_color(*ORANJE)
    d.rect(0, 0, 210, 38, "F")
    d.set_text_color(255, 255, 255)
    d.set_xy(22, 10)
    d.set_font("dv", "B", 17)
    d.cell(0, 9, "Vlaamse Ouderenraad")
    d.set_xy(22, 21)
    d.set_font("dv", "", 10)
    d.cell(0, 6, "Advies 2026/02 | goedgekeurd door de Algemene Vergadering op 19 februari 2026")
    d.set_text_color(0, 0, 0)
    d.set_y(46)
    d.hd("Digitaal, maar niet alleen", 18, (0, 0, 0))
    d.para("Advies over de digitale dienstverlening van de Vlaamse overheid aan ouderen", "I", 10)
    d.hd("1. Situering")
    d.para("De Vlaamse Regering wil tegen 2028 alle vergunningen, premies en attesten digitaal aanbieden via het "
           "Burgerprofiel en de Vlaamse app. Dit advies is op eigen initiatief opgesteld en bouwt voort op ons advies "
           "2023/05 'Iedereen mee?', waarin wij vroegen: 'Bied bij elke digitale procedure een gelijkwaardig "
           "alternatief aan.' Het advies werd voorbereid door de commissie Digitale Inclusie na drie focusgroepen "
           "in Genk, Roeselare en Mechelen.")
    d.hd("2. Cijfers")
    rows = [("Leeftijd", "Nooit online", "Gebruikt e-loket", "Heeft itsme"), ("65-74 jaar", "9 %", "58 %", "61 %"),
            ("75-84 jaar", "24 %", "31 %", "37 %"), ("85 jaar en ouder", "51 %", "12 %", "14 %")]
    d.set_font("dv", "", 8.5)
    d.set_fill_color(252, 233, 220)
    with d.table(col_widths=(40, 30, 30, 30), line_height=5.5, text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
                 width=130, align="LEFT") as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    d.set_font("dv", "I", 7.5)
    d.multi_cell(0, 4, "Bron: Barometer digitale inclusie 2025, eigen bewerking.")
    d.ln(2)
    d.hd("3. Wat we vaststellen")
    for b in ("Wie niet digitaal kan, moet vaak een beroep doen op kinderen of buren, ook voor gevoelige informatie.",
              "Het fysieke loket verdwijnt in steeds meer gemeenten of is enkel op afspraak open.",
              "Apps van de Vlaamse overheid zouden volgens de webrichtlijnen toegankelijk moeten zijn, maar de "
              "vergrotingsfunctie werkt in de Vlaamse app niet.",
              "Een volmacht geven aan een mantelzorger kan vandaag alleen op papier."):
        d.bullet(b)
    d.hd("4. Onze aanbevelingen")
    d.para("**Aan de Vlaamse Regering**")
    for b in ("Veranker in het Bestuursdecreet het recht op een niet-digitaal kanaal voor elke dienst van de "
              "Vlaamse overheid.",
              "Verhoog de middelen voor de Digibanken en de lokale digipunten, zodat elke gemeente minstens "
              "één vrij toegankelijk digipunt heeft.",
              "Laat alle apps en websites van de Vlaamse overheid jaarlijks extern auditen op toegankelijkheid voor "
              "ouderen met een visuele beperking.",
              "Maak het mogelijk om in het Burgerprofiel digitaal een volmacht te geven aan een mantelzorger."):
        d.bullet(b)
    d.para("**Aan de lokale besturen**")
    for b in ("Wijs in elke gemeente een vast aanspreekpunt digitale inclusie aan dat ook aan huis kan komen.",
              "Betrek de lokale ouderenadviesraad bij elke nieuwe digitale procedure, vóór die wordt ingevoerd."):
        d.bullet(b)
    d.set_fill_color(252, 233, 220)
    d.set_font("dv", "B", 9.3)
    d.ln(2)
    if d.get_y() > 245:
        d.add_page()
    d.multi_cell(0, 6, "Onze vraag aan de minister", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_font("dv", "", 9.3)
    d.multi_cell(0, 5, "Is de minister bereid om jaarlijks te rapporteren hoeveel burgers een dienst van de Vlaamse "
                 "overheid niet-digitaal hebben aangevraagd?", fill=True)
    d.ln(3)
    d.hd("5. Tot slot")
    d.para("De Vlaamse Ouderenraad is bereid om mee te werken aan gebruikerstesten van nieuwe digitale toepassingen. "
           "Wij kijken uit naar een antwoord van de Vlaamse Regering.")
    d.para("Jan Deckers, voorzitter                Ilse Van Roy, directeur")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc(True, "Vlaams Parlement | Commissie voor Binnenlands Bestuur | 10 maart 2026 | C142 - BIN21",
            "Vlaams Parlement | Voorlopige publicatie", "{n}")
    d.add_page()
    d.set_font("dv", "B", 8)
    d.cell(0, 4, "VLAAMS PARLEMENT", new_x="LMARGIN", new_y="NEXT")
    d.set_font("dv", "", 8)
    d.cell(0, 4, "Integraal verslag | C142 - BIN21 | Zittingsjaar 2025-2026", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.hd("Commissievergadering Commissie voor Binnenlands Bestuur, Gelijke Kansen en Inburgering", 12, (0, 0, 0))
    d.para("Vraag om uitleg van Ann Verhelst aan Bart Goossens, Vlaams minister van Binnenlands Bestuur, over het "
           "advies van de Vlaamse Ouderenraad over digitale dienstverlening", "B")
    d.para("**De voorzitter:** Mevrouw Verhelst heeft het woord.")
    d.para("**Ann Verhelst (cd&v):** Voorzitter, minister, de Vlaamse Ouderenraad bracht vorige maand een advies uit "
           "met de veelzeggende titel 'Digitaal, maar niet alleen'. De helft van de 85-plussers is nooit online. Hoe "
           "staat u tegenover de aanbevelingen van de raad? Gaat u het recht op een papieren kanaal wettelijk "
           "vastleggen?")
    d.para("**De voorzitter:** Minister Goossens heeft het woord.")
    d.para("**Minister Bart Goossens:** Collega, ik dank de Ouderenraad voor het grondige werk. Ik overloop de "
           "belangrijkste punten.")
    d.para("Een decretaal recht op een niet-digitaal kanaal ga ik niet inschrijven. Dat zou elke innovatie "
           "blokkeren. Wat de toegankelijkheid van onze apps betreft: daar zijn we al mee bezig. Sinds januari "
           "laat Digitaal Vlaanderen elke toepassing jaarlijks doorlichten door een extern bureau, en de "
           "vergrotingsfunctie in de Vlaamse app is met de update van februari hersteld.")
    d.para("Voor de Digibanken verlengen we de subsidie met drie jaar, maar een verhoging van de middelen is in de "
           "huidige begrotingscontext niet mogelijk. Het aantal digipunten per gemeente laat ik over aan de lokale "
           "besturen.")
    d.para("De aanbevelingen aan de lokale besturen, zoals een vast aanspreekpunt in elke gemeente, vallen onder "
           "hun autonomie. Ik heb het advies wel bezorgd aan de VVSG met de vraag het onder de aandacht te brengen.")
    d.para("Tot slot vraagt de raad of ik jaarlijks wil rapporteren over het aantal niet-digitale aanvragen. Ja, "
           "die cijfers zal ik vanaf volgend jaar opnemen in de beleids- en begrotingstoelichting.")
    d.para("Ik wil ook nog meegeven dat de nieuwe versie van de eID-kaartlezer-software in het najaar wordt "
           "gelanceerd, met een vereenvoudigde installatie voor Windows en Mac.")
    d.para("**De voorzitter:** Mevrouw Verhelst heeft het woord.")
    d.para("**Ann Verhelst (cd&v):** Dank u, minister. Ik noteer dat u op een aantal punten beweegt, maar het "
           "ontbreken van een echt recht op een niet-digitaal kanaal blijft voor mij een gemiste kans. Ik kom "
           "daar in het voorjaar op terug.")
    d.para("**Minister Bart Goossens:** Ik wacht uw initiatief met belangstelling af.")
    d.para("**De voorzitter:** De vraag om uitleg is afgehandeld.")
    d.output(B.out(NAME + "_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("1", "Veranker in het Bestuursdecreet het recht op een niet-digitaal kanaal",
         "Een decretaal recht op een niet-digitaal kanaal ga ik niet inschrijven", "disagrees"),
        ("2", "Verhoog de middelen voor de Digibanken en de lokale digipunten",
         "maar een verhoging van de middelen is in de huidige begrotingscontext", "partly"),
        ("3", "Laat alle apps en websites van de Vlaamse overheid jaarlijks",
         "laat Digitaal Vlaanderen elke toepassing jaarlijks doorlichten", "agrees"),
        ("4", "Maak het mogelijk om in het Burgerprofiel digitaal een volmacht", None, "unanswered"),
        ("5", "Wijs in elke gemeente een vast aanspreekpunt digitale inclusie aan",
         "Ik heb het advies wel bezorgd aan de VVSG", "noted"),
        ("6", "Betrek de lokale ouderenadviesraad bij elke nieuwe digitale procedure", None, "unanswered"),
        ("7", "Is de minister bereid om jaarlijks te rapporteren hoeveel burgers",
         "die cijfers zal ik vanaf volgend jaar opnemen", "agrees"),
    ]
    unmatched = ["de nieuwe versie van de eID-kaartlezer-software in het najaar"]
    notes = ("Vlaamse Ouderenraad own-initiative advice: orange title band, the 2023 advice quoted as an imperative "
             "(trap), a figures table, 'Wat we vaststellen' bullets with 'moet' / 'zouden ... moeten' (findings); "
             "six UNNUMBERED bullet imperatives under two addressee sub-headings plus one question in a shaded box "
             "'Onze vraag aan de minister' (numbered 1-7 in order); '5. Tot slot' offers cooperation. Reply: "
             "integraal verslag of a Vlaams Parlement committee, vraag om uitleg and the minister's answer: 1 refused "
             "(disagrees) and 3 audits already since January (agrees) in one paragraph; 2 subsidy extended but not "
             "increased (partly); 5 and by extension 6 local autonomy, passed on to the VVSG (5 noted; 6 not "
             "mentioned: unanswered); 7 'Ja' (agrees); 4 (digital mandate) unanswered; the eID software paragraph "
             "answers nothing; the member's question and replik are not replies.")
    B.write_expected(NAME, recs, unmatched, notes)
    sys.exit(0 if B.check(NAME) else 1)
