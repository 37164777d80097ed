"""Round 29 (nl): an unsolicited advice (ongevraagd advies, art. 5 Wmcz 2018) of the Centrale Cliëntenraad of an
invented elderly-care organisation, Zorggroep Weidewende, on 'zorg op afstand' at night. Two-column body (fpdf2
text_columns) under a full-width title block, running header and 'N/M' footer, endnote markers; findings 'De
cliëntenraad stelt vast dat ...', a quote of the council's own 2023 advice, then 'Ons advies' with lettered items
a)-f). Response: the raad van bestuur's letter quoting every advice LITERALLY in italics, each followed by a bold
'Reactie raad van bestuur' paragraph, in the order a, c, b, d, then e and f in one block; a section on
instemmingsrecht and the next steps answers nothing. Engine: fpdf2 (DejaVu, no text shaping)."""
import os
import sys

from fpdf import FPDF

sys.path.insert(0, os.path.dirname(__file__))
import _b29nl as B  # noqa: E402

NAME = "blind29_nl_clientenraad"
DV = "/usr/share/fonts/truetype/dejavu/"
PLUM = (110, 40, 90)


class Doc(FPDF):
    head = ""

    def __init__(self):
        super().__init__(format="A4")
        for st, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                      ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("dv", st, DV + f)
        for st, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf")):
            self.add_font("ds", st, DV + f)
        self.set_margins(20, 24, 20)
        self.set_auto_page_break(True, 22)
        self.alias_nb_pages()
        import datetime
        self.set_creation_date(datetime.datetime(2025, 11, 12, tzinfo=datetime.timezone.utc))

    def header(self):
        self.set_font("dv", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(20, 10)
        self.cell(0, 4, self.head)
        self.set_draw_color(*PLUM)
        self.line(20, 15, 190, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(24)

    def footer(self):
        self.set_y(-14)
        self.set_font("dv", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"{self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def advice():
    d = Doc()
    d.head = "Centrale Cliëntenraad Zorggroep Weidewende \u00b7 ongevraagd advies CCR/25/031"
    d.add_page()
    d.set_fill_color(*PLUM)
    d.rect(20, 24, 170, 26, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(25, 27)
    d.set_font("dv", "", 9)
    d.cell(0, 5, "Ongevraagd advies op grond van artikel 5 Wmcz 2018")
    d.set_xy(25, 34)
    d.set_font("dv", "B", 16)
    d.cell(0, 8, "Wakker liggen van zorg op afstand")
    d.set_xy(25, 43)
    d.set_font("dv", "", 9)
    d.cell(0, 5, "Centrale Cliëntenraad \u00b7 12 november 2025 \u00b7 aan de raad van bestuur")
    d.set_text_color(0, 0, 0)
    d.set_y(56)
    d.set_font("ds", "", 9.5)
    paras = [
        ("h", "Aanleiding"),
        ("p", "De raad van bestuur wil in 2026 op alle zes locaties van Zorggroep Weidewende 's nachts zorg op "
              "afstand invoeren: akoestische sensoren en, met toestemming, camera's in de kamers van bewoners, die "
              "worden bewaakt vanuit een centrale meldkamer in Leusveen. De vaste nachtronde vervalt dan. De "
              "Centrale Cliëntenraad (CCR) is hierover op 3 september 2025 geïnformeerd, maar niet om advies "
              "gevraagd. Omdat het besluit de zorg aan alle bewoners raakt, brengen wij op grond van artikel 5, "
              "tweede lid, van de Wmcz 2018 ongevraagd advies uit.^1"),
        ("h", "Wat wij hoorden"),
        ("p", "Wij spraken met 41 bewoners en 27 familieleden op de twee proeflocaties, De Esdoorn en Het Veerhuis. "
              "Ook liepen twee leden een nachtdienst mee. Veel familieleden zijn positief: bewoners worden minder "
              "vaak wakker van een controle. Anderen missen het vertrouwde gezicht in de nacht."),
        ("p", "De cliëntenraad stelt vast dat op de proeflocaties niet bij alle bewoners vooraf is vastgelegd of "
              "zij instemmen met een camera. De cliëntenraad stelt ook vast dat de reactietijd na een melding "
              "gemiddeld elf minuten was, tegen de beoogde zeven minuten.^2"),
        ("p", "Dit is niet de eerste keer dat wij aandacht vragen voor de nachtzorg. In ons advies van maart 2023 "
              "schreven wij al: \u2018Zorg dat er 's nachts op elke afdeling iemand is die de bewoners kent.\u2019 "
              "Dat advies is destijds overgenomen, en wij vinden dat het nog steeds geldt."),
        ("h", "Ons advies"),
        ("p", "Op grond van het voorgaande adviseert de cliëntenraad de raad van bestuur het volgende."),
        ("i", "a) Vraag elke bewoner of diens vertegenwoordiger vooraf schriftelijk om toestemming voor zorg op "
              "afstand, en leg die toestemming vast in het zorgleefplan."),
        ("i", "b) Behoud op elke locatie ten minste één fysieke nachtronde langs alle bewoners die daar zelf om "
              "vragen."),
        ("i", "c) Stel de invoering op de locaties De Hofstee en Avondrood uit tot de evaluatie van de twee "
              "proeflocaties klaar is en besproken met de CCR."),
        ("i", "d) Vraag het zorgkantoor om extra middelen voor de meldkamer, zodat de reactietijd van zeven "
              "minuten wel gehaald kan worden."),
        ("i", "e) Betrek twee leden van de cliëntenraad bij de opzet en uitvoering van de evaluatie."),
        ("i", "f) Maak de evaluatie binnen drie maanden na afloop volledig openbaar voor bewoners, familie en "
              "medewerkers."),
        ("p", "Wij verzoeken u binnen zes weken schriftelijk en met redenen omkleed op dit advies te reageren."),
        ("p", "Namens de Centrale Cliëntenraad,\nmw. J.W. Hofstede-Brink, voorzitter"),
        ("h", "Noten"),
        ("n", "1  Artikel 5, tweede lid, Wmcz 2018: de cliëntenraad kan de zorgaanbieder ongevraagd advies geven."),
        ("n", "2  Bron: maandrapportage meldkamer Leusveen, juli t/m september 2025."),
    ]
    with d.text_columns(ncols=2, gutter=8, text_align="L", line_height=1.3) as cols:
        for kind, txt in paras:
            if kind == "h":
                d.set_font("dv", "B", 10.5)
                d.set_text_color(*PLUM)
                cols.write(txt + "\n")
                d.set_text_color(0, 0, 0)
                cols.ln(1)
            elif kind == "i":
                d.set_font("ds", "B", 9.5)
                cols.write(text=txt + "\n")
                cols.ln(2)
            elif kind == "n":
                d.set_font("ds", "", 8)
                cols.write(text=txt + "\n")
            else:
                d.set_font("ds", "", 9.5)
                cols.write(text=txt.replace("^1", "\u00b9").replace("^2", "\u00b2") + "\n")
                cols.ln(2)
    d.set_title("Ongevraagd advies CCR zorg op afstand")
    d.output(B.out(NAME + "_advice.pdf"))


QUOTES = {
    "a": "Vraag elke bewoner of diens vertegenwoordiger vooraf schriftelijk om toestemming voor zorg op afstand, "
         "en leg die toestemming vast in het zorgleefplan.",
    "b": "Behoud op elke locatie ten minste één fysieke nachtronde langs alle bewoners die daar zelf om vragen.",
    "c": "Stel de invoering op de locaties De Hofstee en Avondrood uit tot de evaluatie van de twee proeflocaties "
         "klaar is en besproken met de CCR.",
    "d": "Vraag het zorgkantoor om extra middelen voor de meldkamer, zodat de reactietijd van zeven minuten wel "
         "gehaald kan worden.",
    "e": "Betrek twee leden van de cliëntenraad bij de opzet en uitvoering van de evaluatie.",
    "f": "Maak de evaluatie binnen drie maanden na afloop volledig openbaar voor bewoners, familie en medewerkers.",
}


def response():
    d = Doc()
    d.head = "Zorggroep Weidewende \u00b7 raad van bestuur \u00b7 RvB/2025/219"
    d.add_page()
    d.set_font("dv", "B", 12)
    d.set_text_color(*PLUM)
    d.cell(0, 7, "Zorggroep Weidewende", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("dv", "", 9)
    d.multi_cell(100, 4.6, "Aan de Centrale Cliëntenraad\nt.a.v. mevrouw J.W. Hofstede-Brink\nBoslaan 14\n"
                 "3931 KL Leusveen", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    for k, v in (("Datum", "17 december 2025"), ("Ons kenmerk", "RvB/2025/219"), ("Uw kenmerk", "CCR/25/031"),
                 ("Betreft", "reactie op uw ongevraagd advies over zorg op afstand in de nacht")):
        d.set_font("dv", "B", 9)
        d.cell(30, 5, k)
        d.set_font("dv", "", 9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)

    def para(t, style="", size=10, after=2.5):
        d.set_font("ds", style, size)
        d.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT")
        d.ln(after)

    def head(t):
        d.set_font("dv", "B", 10.5)
        d.set_text_color(*PLUM)
        d.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0, 0, 0)
        d.ln(1)

    def reply(letters, txt):
        for L in letters:
            d.set_font("ds", "I", 9.5)
            d.set_x(28)
            d.multi_cell(0, 5, f"{L}) {QUOTES[L]}", new_x="LMARGIN", new_y="NEXT")
            d.ln(1)
        d.set_font("dv", "B", 9)
        d.cell(0, 5, "Reactie raad van bestuur", new_x="LMARGIN", new_y="NEXT")
        para(txt, after=4)

    para("Geachte mevrouw Hofstede-Brink,")
    para("Hartelijk dank voor uw ongevraagd advies van 12 november 2025. Wij waarderen het dat leden van de "
         "cliëntenraad een nachtdienst hebben meegelopen en met zoveel bewoners en familieleden hebben gesproken. "
         "Hieronder citeren wij elk advies en geven wij onze reactie. Adviezen e en f behandelen wij samen, omdat "
         "beide over de evaluatie gaan.")
    head("Toestemming")
    reply("a", "Dit advies nemen wij over. Vanaf 1 februari 2026 bespreekt de contactverzorgende met elke bewoner of "
               "vertegenwoordiger of een camera of sensor gewenst is; het antwoord wordt ondertekend en in het "
               "zorgleefplan opgenomen. Op de proeflocaties halen wij dit vóór 1 maart 2026 in.")
    head("Planning van de invoering")
    reply("c", "Dit advies nemen wij niet over. De personele bezetting in de nacht op De Hofstee en Avondrood is "
               "zo krap dat uitstel tot onveilige situaties leidt. De eerste resultaten van de proeflocaties geven "
               "ons voldoende vertrouwen om de invoering in april 2026 door te zetten; wij bespreken die "
               "resultaten wel vooraf met u.")
    head("Nachtronde")
    reply("b", "Wij nemen dit advies gedeeltelijk over. Op de afdelingen voor kleinschalig wonen blijft een "
               "fysieke ronde bestaan voor bewoners die dat willen. Op de overige afdelingen komt er geen vaste "
               "ronde, maar kan een bewoner via de alarmknop altijd om een bezoek vragen.")
    head("Middelen")
    reply("d", "De afspraken met het zorgkantoor worden gemaakt in de jaarlijkse inkoopronde, die loopt via de "
               "regionale inkoopcombinatie van zorgaanbieders. Wij nemen kennis van uw advies en zullen het "
               "punt van de reactietijd in die ronde inbrengen; een toezegging over extra middelen kunnen wij "
               "niet doen.")
    head("Evaluatie")
    reply("ef", "Twee leden van de cliëntenraad nemen graag deel aan de begeleidingsgroep van de evaluatie; dat "
                "advies nemen wij volledig over. Openbaarmaking van het volledige rapport is niet mogelijk omdat "
                "het tot personen herleidbare meldingen bevat. Wij publiceren binnen drie maanden wel een "
                "samenvatting op het intranet en in de bewonerskrant.")
    head("Instemmingsrecht en vervolg")
    para("Het definitieve besluit over het privacybeleid bij camera's leggen wij u op grond van artikel 8 Wmcz "
         "2018 ter instemming voor. U ontvangt dit voorstel uiterlijk eind januari 2026, zodat het in uw "
         "vergadering van februari kan worden besproken.")
    para("Met vriendelijke groet,\n\ndrs. L.M. Ter Horst-Vink, voorzitter raad van bestuur\nA. Baghdadi MBA, lid "
         "raad van bestuur")
    d.set_title("Reactie RvB op advies CCR zorg op afstand")
    d.output(B.out(NAME + "_response.pdf"))


RECS = [
    ("a", "Vraag elke bewoner of diens vertegenwoordiger vooraf schriftelijk om", "het antwoord wordt ondertekend "
     "en in het zorgleefplan opgenomen", "agrees"),
    ("b", "Behoud op elke locatie ten minste één fysieke nachtronde", "Op de afdelingen voor kleinschalig wonen "
     "blijft een fysieke ronde", "partly"),
    ("c", "Stel de invoering op de locaties De Hofstee en Avondrood", "de invoering in april 2026 door te zetten",
     "disagrees"),
    ("d", "Vraag het zorgkantoor om extra middelen voor de meldkamer", "een toezegging over extra middelen kunnen "
     "wij niet doen", "noted", ["partly"]),
    ("e", "Betrek twee leden van de cliëntenraad bij de opzet", "nemen graag deel aan de begeleidingsgroep van de "
     "evaluatie", "agrees"),
    ("f", "Maak de evaluatie binnen drie maanden na afloop volledig openbaar", "Wij publiceren binnen drie "
     "maanden wel een samenvatting", "partly"),
]
UNMATCHED = ["U ontvangt dit voorstel uiterlijk eind januari 2026"]
NOTES = ("Cliëntenraad (Wmcz 2018) unsolicited advice (fpdf2): full-width plum title block, then a two-column body "
         "(text_columns) on one page, item b) running from the first column into the second, running header, 'N/M' footer, superscript note markers with 'Noten' at the end. 'De "
         "cliëntenraad stelt vast dat ...' findings and a quoted sentence from the council's own 2023 advice are no "
         "recommendations; the six recommendations are bold items a)-f) under 'Ons advies'. Response: the raad van "
         "bestuur's letter (Datum/Ons kenmerk/Uw kenmerk/Betreft block) under theme headings, quoting each advice "
         "literally in italics with its letter, then a bold 'Reactie raad van bestuur' line; order a, c, b, d, e+f "
         "(one reply for two, with two verdicts: e 'nemen wij volledig over', f only a summary = partly). a agrees "
         "with dates, c 'nemen wij niet over' (disagrees), b 'gedeeltelijk over' (partly), d purchasing runs via a "
         "regional combination, 'nemen kennis van ... inbrengen' (noted, also partly). 'Instemmingsrecht en "
         "vervolg' (art. 8 Wmcz) answers nothing. Reply phrases avoid the quoted recommendation text.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)
