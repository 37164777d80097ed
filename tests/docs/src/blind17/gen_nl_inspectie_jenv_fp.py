"""Blind round 17 (nl), pair blind17_nl_inspectie_jenv — fpdf2.

Advice: Inspectie Justitie en Veiligheid rapport 'Van binnen naar buiten' on how short-stay prisoners are
prepared for their return (DJI, gemeenten): cover, 'Inhoudsopgave' with dotted leaders, Samenvatting, chapters with
page-foot footnotes, an 'Onderzoeksvragen' numbered list, a 'Toetsingskader' with bold run-in norms, a grey
'Casus' block, and '5 Conclusie en aanbevelingen' whose six recommendations are UNNUMBERED bullets under three
addressee lines ('Aan de Dienst Justitiële Inrichtingen', 'Aan de staatssecretaris van Justitie en Veiligheid',
'Aan de colleges van burgemeester en wethouders'); numbers are their positions 1-6; running header, 'N | M'
footer.
Response: Kamerbrief of the staatssecretaris (letterhead, sidebar on page 1, running reference on later pages),
the 'beleidsreactie' in the order 4, 5, 1, 2, 6 with each recommendation quoted in italics under an addressee
sub-heading; 3 (short-stay re-integration activities) is never answered; a section on the inspection's conclusion
about prison capacity answers no recommendation.

Run from the repository root (venv outside the repo):
    python3 -m venv /tmp/blind17nlenv && /tmp/blind17nlenv/bin/pip install reportlab fpdf2 pymupdf fonttools
    /tmp/blind17nlenv/bin/python tests/docs/src/blind17/gen_nl_inspectie_jenv_fp.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _nl_b17 import DOCS, fpdf_doc_class  # noqa: E402

NAME = "blind17_nl_inspectie_jenv"
Doc = fpdf_doc_class()
BLUE = (21, 66, 115)

RECS = {
    "Aan de Dienst Justiti\u00eble Inrichtingen": [
        "Stel bij iedere gedetineerde binnen twee weken na binnenkomst vast of hij beschikt over een geldig "
        "identiteitsbewijs, onderdak, inkomen en een zorgverzekering, en leg dit vast in het detentie- en "
        "re-integratieplan.",
        "Draag de gegevens uit het detentie- en re-integratieplan tijdig over aan de gemeente waar de gedetineerde "
        "zich na zijn vrijlating vestigt, in elk geval vier weken voor de datum van ontslag.",
        "Bied ook gedetineerden met een strafrestant van minder dan vier maanden de mogelijkheid om deel te nemen "
        "aan re-integratieactiviteiten, zoals arbeidstoeleiding en schuldhulpverlening.",
    ],
    "Aan de staatssecretaris van Justitie en Veiligheid": [
        "Maak met de Vereniging van Nederlandse Gemeenten afspraken over structurele financiering van de "
        "casemanagers nazorg, zodat iedere gemeente over voldoende capaciteit beschikt.",
        "Zorg voor een landelijk beeld van de mate waarin ex-gedetineerden bij ontslag beschikken over de vijf "
        "basisvoorwaarden, en rapporteer daarover jaarlijks aan de Tweede Kamer.",
    ],
    "Aan de colleges van burgemeester en wethouders": [
        "Zorg dat iedere gedetineerde uit uw gemeente bij zijn vrijlating een afspraak heeft met een vaste "
        "contactpersoon van de gemeente, op of kort na de dag van ontslag.",
    ],
}


class Adv(Doc):
    def footer(self):
        notes = self.notes.get(self.page_no(), [])
        if notes:
            self.set_y(-30 - 3.6 * max(0, len(notes) - 2))
            self.set_draw_color(0)
            self.line(self.l_margin, self.get_y(), self.l_margin + 45, self.get_y())
            self.ln(1)
            for mark, text in notes:
                self.set_font("sans", "", 7.5)
                self.multi_cell(0, 3.5, f"{mark}  {text}", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() == 1:
            return
        self.set_y(-13)
        self.set_font("sans", "", 8)
        self.set_text_color(90)
        self.cell(0, 5, "Inspectie Justitie en Veiligheid", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"{self.page_no()} | {{nb}}", align="R")
        self.set_text_color(0)


def bullet(pdf, text, *, indent=6, style="", size=None):
    size = size or pdf.size
    pdf.set_font(pdf.fam, style, size)
    y = pdf.get_y()
    pdf.set_xy(pdf.l_margin + indent - 4, y)
    pdf.cell(4, size * 0.52, "\u2022")
    pdf.set_xy(pdf.l_margin + indent, y)
    pdf.multi_cell(pdf.epw - indent, size * 0.52, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.6)


def advice() -> None:
    pdf = Adv(header_text="Van binnen naar buiten  \u2013  Inspectie Justitie en Veiligheid, november 2025",
              family="sans", size=10)
    pdf.alias_nb_pages()
    pdf.set_title("Van binnen naar buiten")
    pdf.set_author("Inspectie Justitie en Veiligheid")
    pdf.add_page()
    pdf.set_fill_color(*BLUE)
    pdf.rect(0, 0, 18, 297, style="F")
    pdf.set_xy(30, 30)
    pdf.set_font("sans", "B", 11)
    pdf.set_text_color(*BLUE)
    pdf.cell(0, 6, "Inspectie Justitie en Veiligheid", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(30)
    pdf.set_font("sans", "", 9)
    pdf.cell(0, 5, "Ministerie van Justitie en Veiligheid", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(30, 110)
    pdf.set_font("sans", "B", 28)
    pdf.cell(0, 13, "Van binnen naar buiten", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(30)
    pdf.set_font("sans", "", 13)
    pdf.set_text_color(40)
    pdf.multi_cell(150, 6.5, "De voorbereiding op terugkeer in de samenleving van gedetineerden met een korte "
                   "straf", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(30, 250)
    pdf.set_font("sans", "", 9.5)
    pdf.cell(0, 5, "Rapport  |  november 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0)

    pdf.add_page()
    pdf.heading("Inhoudsopgave", size=15, color=BLUE)
    for t, p in (("Samenvatting", 3), ("1  Inleiding", 4), ("2  Toetsingskader", 4), ("3  Bevindingen", 5),
                 ("4  Analyse", 6), ("5  Conclusie en aanbevelingen", 6), ("Bijlage  Onderzoeksverantwoording", 6)):
        pdf.set_font("sans", "", 10.5)
        pdf.cell(130, 8, t + "  " + "." * (70 - len(t)))
        pdf.cell(0, 8, str(p), align="R", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.heading("Samenvatting", size=15, color=BLUE)
    pdf.para("Jaarlijks komen ruim 30.000 mensen uit een penitentiaire inrichting vrij. Ongeveer de helft van hen "
             "zat korter dan vier maanden vast. Een goede voorbereiding op de terugkeer in de samenleving "
             "verkleint de kans op recidive: wie na vrijlating een identiteitsbewijs, onderdak, inkomen en "
             "zorg heeft, valt minder snel terug in crimineel gedrag.")
    pdf.para("De inspectie heeft onderzocht hoe de Dienst Justiti\u00eble Inrichtingen (DJI) en gemeenten "
             "gedetineerden met een korte straf voorbereiden op hun vrijlating. Zij stelt vast dat de "
             "samenwerking tussen inrichtingen en gemeenten op veel plaatsen is verbeterd, maar dat juist "
             "kortverblijvenden tussen wal en schip vallen. Bij hen wordt vaak pas laat, of helemaal niet, "
             "vastgesteld wat zij nodig hebben. Van de 120 dossiers die de inspectie bekeek, had bij ontslag "
             "een derde van de gedetineerden geen vaste woon- of verblijfplaats.")
    pdf.para("De inspectie doet aanbevelingen aan DJI, aan de staatssecretaris van Justitie en Veiligheid en aan "
             "de gemeenten. Deze staan in hoofdstuk 5.")

    pdf.add_page()
    pdf.heading("1  Inleiding", size=15, color=BLUE)
    pdf.para("Sinds 2011 werken het Rijk en de gemeenten samen in het Samenwerkingsmodel Nazorg volwassen "
             "(ex-)gedetineerden. Daarin is afgesproken dat bij iedere gedetineerde wordt gewerkt aan vijf "
             "basisvoorwaarden: een geldig identiteitsbewijs, onderdak, inkomen, schulden en zorg.\u00b9 DJI "
             "signaleert tijdens de detentie wat er nodig is, de gemeente zorgt voor de aansluiting na "
             "vrijlating.")
    pdf.note("\u00b9", "Samenwerkingsmodel Nazorg volwassen (ex-)gedetineerden, Ministerie van Justitie en "
                       "Veiligheid en VNG, herziene versie 2022.")
    pdf.para("De inspectie heeft de volgende onderzoeksvragen gesteld:", after=1)
    for i, q in enumerate(("Hoe stellen inrichtingen vast welke basisvoorwaarden bij een gedetineerde ontbreken?",
                           "Hoe verloopt de overdracht van informatie tussen inrichting en gemeente?",
                           "In hoeverre beschikken kortverblijvende gedetineerden bij ontslag over de vijf "
                           "basisvoorwaarden?"), start=1):
        pdf.para(f"{i}.  {q}", indent=6, after=1, align="L")
    pdf.ln(2)
    pdf.heading("2  Toetsingskader", size=15, color=BLUE)
    pdf.para("De inspectie heeft de praktijk getoetst aan de volgende verwachtingen, die zijn afgeleid uit de "
             "Penitentiaire beginselenwet en het samenwerkingsmodel:")
    pdf.para("**Tijdige screening.** Binnen twee weken na binnenkomst is bekend welke basisvoorwaarden ontbreken.",
             indent=6, after=1.2)
    pdf.para("**Warme overdracht.** De gemeente beschikt tijdig over de informatie die zij nodig heeft om de "
             "terugkeer voor te bereiden.", indent=6, after=1.2)
    pdf.para("**Aansluiting na ontslag.** De gedetineerde weet bij vrijlating bij wie hij in zijn gemeente "
             "terechtkan.", indent=6)

    pdf.add_page()
    pdf.heading("3  Bevindingen", size=15, color=BLUE)
    pdf.heading("3.1  Screening bij binnenkomst", size=11)
    pdf.para("In de meeste inrichtingen voert een casemanager binnen enkele dagen een intakegesprek. De "
             "basisvoorwaarden komen daarin aan de orde, maar niet altijd volledig. Vooral het inkomen en de "
             "zorgverzekering worden vaak pas later uitgezocht. Bij 41 van de 120 onderzochte dossiers was na "
             "twee weken nog niet vastgesteld of de gedetineerde een zorgverzekering had.\u00b2")
    pdf.note("\u00b2", "Dossieronderzoek in vijf penitenti\u00eble inrichtingen, peildatum 1 maart 2025; zie de "
                       "bijlage.")
    pdf.heading("3.2  Overdracht aan de gemeente", size=11)
    pdf.para("De informatie uit het detentie- en re-integratieplan bereikt de gemeente in de helft van de gevallen "
             "minder dan een week voor ontslag. Gemeenten geven aan dat zij dan geen woonplek meer kunnen "
             "regelen. Bij kortverblijvenden is de datum van ontslag bovendien vaak onzeker, omdat zij in "
             "voorlopige hechtenis zitten.")
    pdf.set_fill_color(232, 236, 242)
    pdf.set_font("sans", "B", 9.5)
    pdf.multi_cell(0, 5.5, "Casus \u2013 Mark (34)", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("sans", "", 9.5)
    pdf.multi_cell(0, 5, "Mark zit zeven weken vast voor een diefstal. Bij binnenkomst blijkt dat hij zijn woning "
                   "kwijt is geraakt. De inrichting meldt dit aan de gemeente drie dagen voor zijn vrijlating. "
                   "Mark staat op de dag van ontslag met een plastic tas op straat en overnacht de eerste weken "
                   "bij kennissen.", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.heading("3.3  Re-integratieactiviteiten", size=11)
    pdf.para("Gedetineerden met een strafrestant van minder dan vier maanden verblijven in een huis van bewaring "
             "met een beperkt dagprogramma. Zij komen niet in aanmerking voor arbeidstoeleiding of "
             "schuldhulpverlening in de inrichting. Volgens medewerkers is dat een gemiste kans: juist in de "
             "eerste weken is de motivatie om iets aan de eigen situatie te doen vaak groot.")
    pdf.heading("3.4  Capaciteit", size=11)
    pdf.para("Het tekort aan plaatsen in het gevangeniswezen leidt ertoe dat gedetineerden vaak worden "
             "overgeplaatst of eerder heengezonden. In 2024 werden ruim 1.900 gedetineerden vervroegd in "
             "vrijheid gesteld.\u00b3 Zo\u2019n plotselinge vrijlating maakt een goede voorbereiding vrijwel "
             "onmogelijk.")
    pdf.note("\u00b3", "Kamerstukken II 2024/25, 24 587, nr. 1012.")

    pdf.add_page()
    pdf.heading("4  Analyse", size=15, color=BLUE)
    pdf.para("De inspectie ziet dat inrichtingen en gemeenten zich inzetten voor een goede terugkeer, maar dat het "
             "stelsel is ingericht op gedetineerden die langer vastzitten. Voor kortverblijvenden is de tijd "
             "te kort om de gebruikelijke stappen te doorlopen, en er is geen landelijk beeld van de resultaten. "
             "Gemeenten financieren de casemanagers nazorg uit hun algemene middelen en verschillen sterk in de "
             "capaciteit die zij daarvoor vrijmaken.")
    pdf.heading("5  Conclusie en aanbevelingen", size=15, color=BLUE)
    pdf.heading("Conclusie", size=11)
    pdf.para("De inspectie concludeert dat de voorbereiding op terugkeer van gedetineerden met een korte straf "
             "onvoldoende is geborgd. De basisvoorwaarden worden te laat vastgesteld, de informatie bereikt de "
             "gemeente te laat en na vrijlating is niet altijd duidelijk wie verantwoordelijk is. Het "
             "capaciteitstekort versterkt deze problemen.")
    pdf.heading("Aanbevelingen", size=11)
    pdf.para("Op grond van deze conclusie doet de inspectie de volgende aanbevelingen.")
    for addr, recs in RECS.items():
        pdf.para(f"**{addr}**", after=1.2)
        for r in recs:
            bullet(pdf, r)
        pdf.ln(1.5)
    pdf.para("De inspectie zal over een jaar nagaan hoe de aanbevelingen zijn opgevolgd.")

    pdf.heading("Bijlage  Onderzoeksverantwoording", size=13, color=BLUE)
    pdf.para("Het onderzoek is uitgevoerd tussen januari en juni 2025 in vijf penitentiaire inrichtingen "
             "(Almelo, Dordrecht, Grave, Heerhugowaard en Zwolle) en de zeven gemeenten waarnaar de meeste "
             "gedetineerden uit die inrichtingen terugkeerden. De inspectie bestudeerde 120 dossiers van "
             "gedetineerden die in 2024 werden vrijgelaten na een verblijf van minder dan vier maanden, en "
             "sprak met 46 medewerkers van DJI, gemeenten en de reclassering en met 14 ex-gedetineerden. Het "
             "conceptrapport is voor wederhoor voorgelegd aan DJI en de VNG.")
    pdf.output(str(DOCS / f"{NAME}_advice.pdf"))


class Letter(Doc):
    def header(self):
        self.set_text_color(0)
        if self.page_no() == 1:
            self.set_fill_color(*BLUE)
            self.rect(100, 0, 10, 26, style="F")
            self.set_xy(114, 14)
            self.set_font("sans", "", 9)
            self.multi_cell(80, 4.3, "Ministerie van Justitie en\nVeiligheid", new_x="LMARGIN", new_y="NEXT")
            x, y = 152, 62
            for t, b in (("Directoraat-Generaal Straffen en", True), ("Beschermen", True), ("", False),
                         ("Turfmarkt 147", False), ("2511 DP  Den Haag", False), ("Postbus 20301", False),
                         ("2500 EH  Den Haag", False), ("www.rijksoverheid.nl/jenv", False), ("", False),
                         ("Ons kenmerk", True), ("6412389", False), ("", False), ("Bijlagen", True),
                         ("1", False), ("", False),
                         ("Bij beantwoording de datum en ons kenmerk vermelden. Wilt u slechts \u00e9\u00e9n "
                          "zaak in uw brief behandelen.", False)):
                self.set_xy(x, y)
                self.set_font("sans", "B" if b else "", 6.5)
                self.multi_cell(40, 3.2, t)
                y = self.get_y()
            self.set_y(48)
        else:
            self.set_xy(152, 40)
            self.set_font("sans", "B", 6.5)
            self.multi_cell(40, 3.2, "Directoraat-Generaal Straffen en Beschermen")
            self.set_x(152)
            self.set_font("sans", "", 6.5)
            self.multi_cell(40, 3.2, "\nDatum\n18 december 2025\n\nOns kenmerk\n6412389")
            self.set_y(40)

    def footer(self):
        self.set_y(-14)
        self.set_font("sans", "", 7)
        self.set_x(152)
        self.cell(40, 4, f"Pagina {self.page_no()} van {{nb}}")


def response() -> None:
    pdf = Letter(family="sans", size=9.5, cover=False)
    pdf.alias_nb_pages()
    pdf.set_title("Beleidsreactie op het rapport Van binnen naar buiten")
    pdf.set_author("Ministerie van Justitie en Veiligheid")
    pdf.set_margins(24, 40, 66)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    pdf.set_font("sans", "", 6.5)
    pdf.cell(0, 4, "> Retouradres Postbus 20301 2500 EH  Den Haag", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.para("Aan de Voorzitter van de Tweede Kamer\nder Staten-Generaal\nPostbus 20018\n2500 EA  DEN HAAG",
             align="L", after=10)
    pdf.para("Datum        18 december 2025\nOnderwerp   Beleidsreactie op het inspectierapport \u2018Van binnen "
             "naar buiten\u2019", align="L", after=8, size=9)
    pdf.para("Hierbij zend ik u het rapport \u2018Van binnen naar buiten\u2019 van de Inspectie Justitie en "
             "Veiligheid (hierna: de inspectie). De inspectie heeft onderzocht hoe gedetineerden met een korte "
             "straf worden voorbereid op hun terugkeer in de samenleving. In deze brief geef ik mijn "
             "beleidsreactie op het rapport, ook namens de Dienst Justiti\u00eble Inrichtingen (DJI).", align="L")
    pdf.heading("Algemeen", size=9.5)
    pdf.para("Ik ben de inspectie erkentelijk voor dit onderzoek. Een goede terugkeer is de beste garantie tegen "
             "nieuwe slachtoffers. Het rapport laat zien dat er de afgelopen jaren veel is bereikt, maar ook "
             "dat juist de groep kortverblijvenden onvoldoende in beeld is. Dat beeld herken ik.", align="L")
    pdf.heading("Aanbevelingen aan mij", size=9.5)
    pdf.para("__De inspectie beveelt mij aan om met de VNG afspraken te maken over structurele financiering van de "
             "casemanagers nazorg.__", align="L", after=1.5)
    pdf.para("Ik deel de opvatting van de inspectie dat gemeenten voldoende capaciteit moeten hebben voor de "
             "nazorg. De financiering van de casemanagers nazorg maakt echter deel uit van de algemene "
             "uitkering uit het gemeentefonds, en gemeenten bepalen zelf hoeveel zij hiervoor inzetten. Ik zie "
             "daarom geen aanleiding om hierover aanvullende financi\u00eble afspraken met de VNG te maken. Wel "
             "zal ik in het bestuurlijk overleg met de VNG de verschillen tussen gemeenten bespreken.",
             align="L")
    pdf.para("__De inspectie beveelt aan te zorgen voor een landelijk beeld van de basisvoorwaarden bij ontslag "
             "en daarover jaarlijks te rapporteren.__", align="L", after=1.5)
    pdf.para("Een landelijk beeld is waardevol, maar vraagt om gegevens die nu bij gemeenten en DJI in "
             "verschillende systemen zijn vastgelegd. Ik laat het WODC onderzoeken of de benodigde gegevens "
             "met het oog op de privacy van betrokkenen kunnen worden gekoppeld. Afhankelijk van de uitkomst "
             "van dat onderzoek, dat eind 2026 gereed is, zal ik bezien hoe ik uw Kamer hierover kan "
             "informeren.", align="L")
    pdf.heading("Aanbevelingen aan DJI", size=9.5)
    pdf.para("__Screening van de basisvoorwaarden binnen twee weken na binnenkomst.__", align="L", after=1.5)
    pdf.para("DJI neemt deze aanbeveling over. Met ingang van 1 april 2026 wordt de screening op de vijf "
             "basisvoorwaarden een verplicht onderdeel van het intakeproces, dat binnen veertien dagen moet "
             "zijn afgerond. De uitkomst wordt vastgelegd in het detentie- en re-integratieplan.", align="L")
    pdf.para("__Tijdige overdracht van het detentie- en re-integratieplan aan de gemeente.__", align="L", after=1.5)
    pdf.para("DJI erkent dat de informatie de gemeente vaak te laat bereikt, en draagt de gegevens voortaan "
             "direct na de screening over via het digitale systeem voor nazorg. Een vaste termijn van vier "
             "weken v\u00f3\u00f3r ontslag is voor gedetineerden in voorlopige hechtenis echter niet haalbaar, "
             "omdat de datum van ontslag dan niet bekend is. Voor die groep blijft DJI zich inspannen om de "
             "gemeente zo vroeg mogelijk te informeren.", align="L")
    pdf.heading("Aanbeveling aan gemeenten", size=9.5)
    pdf.para("De aanbeveling over een vaste contactpersoon bij ontslag is gericht aan de colleges van burgemeester "
             "en wethouders. Het is aan gemeenten om hier invulling aan te geven. Ik heb het rapport onder de "
             "aandacht gebracht van de VNG, die heeft laten weten de aanbeveling te betrekken bij de "
             "actualisering van het samenwerkingsmodel.", align="L")
    pdf.heading("Capaciteit", size=9.5)
    pdf.para("De inspectie wijst terecht op de gevolgen van het capaciteitstekort. Zoals ik uw Kamer in mijn "
             "voortgangsbrief capaciteit DJI heb gemeld, probeer ik vervroegd heenzenden zoveel mogelijk te "
             "beperken. Sinds september 2025 worden gedetineerden die vervroegd vrijkomen ten minste twee dagen "
             "van tevoren aangemeld bij hun gemeente.", align="L")
    pdf.heading("Tot slot", size=9.5)
    pdf.para("Ik zal uw Kamer in de volgende voortgangsbrief over de aanpak van recidive informeren over de "
             "uitvoering van de toezeggingen in deze brief.", align="L", after=6)
    pdf.para("De staatssecretaris van Justitie en Veiligheid,", align="L", after=12)
    pdf.para("T.J.M. Hoekstra-Valk", align="L")
    pdf.output(str(DOCS / f"{NAME}_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    print("written", NAME)
