"""Round 67 (nl): an ADVIES of the Dutch STUDIEGROEP BEGROTINGSRUIMTE (the interdepartmental study group, chaired
by the thesaurier-generaal, that advises before each cabinet formation on the budget rules), answered by the
KABINETSREACTIE of the minister of Finance: a short Kamerbrief whose BIJLAGE is a ruled table 'Advies | Reactie
van het kabinet | Oordeel' (the only place the recommendations are answered).

Advice: '18e Studiegroep Begrotingsruimte', 3 p.: title block, then chapters 1-6 in which EVERY body paragraph has
a RANDNUMMER in a left margin column (1-20); the seven recommendations stand ONLY in framed, shaded KADERS titled
'Advies 1' ... 'Advies 7' between the numbered paragraphs (numbers are the Advies numbers, not the randnummers);
traps: the instellingsbesluit's 'moet de studiegroep ... advies uitbrengen', Tabel 2.1 (EMU figures), a framed
'Kader 2.1 De trendmatige begrotingssystematiek' of the same look with 'moeten ... worden gecompenseerd', the Wet
HOF's 'moet', the 17th study group's advice quoted and reported as followed, 'De studiegroep constateert',
'zou ... moeten'.
Response: Kamerbrief: introduction, 'Begrotingsregels voor deze kabinetsperiode' and closing (nothing), then
'Bijlage: reactie per advies', a ruled table in another order: Advies 2 (overgenomen), Advies 5 (overgenomen), ONE
row 'Advies 3 en 4' (3 niet overgenomen, 4 overgenomen), a row on the 17th study group's signaalwaarde (answers no
recommendation), Advies 1 (deels overgenomen), Advies 6 (kennisgenomen: the CPB decides); Advies 7 unanswered.
Engine: LibreOffice Writer headless from HTML (import filter 'HTML (StarWriter)'; margin numbers as a borderless
two-column table, kaders as one-cell bordered tables with a background, running head and page numbers stamped with
PyMuPDF; ligature-free DejaVu copies).

Run: /tmp/blind67nl/bin/python tests/docs/src/blind67/gen_nl_sbr_libreoffice.py   (needs soffice)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b67nl as B  # noqa: E402

NAME = "blind67_nl_sbr"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B67NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})
BLUE = "#1f4e79"
PALE = "#e8eef5"
KAD = "#f4f1e6"


def page(body, fam, size="9.0pt", margins="20mm 20mm 20mm 20mm"):
    css = (f"@page {{ size: 210mm 297mm; margin: {margins}; }}\n"
           f"body {{ font-family: '{fam}'; font-size: {size}; }}\n"
           f"p {{ margin-top: 0; margin-bottom: 4pt; text-align: justify; }}\n"
           f"h1 {{ font-family: 'B67NL Sans'; font-size: 16pt; margin-top: 0; margin-bottom: 3pt; color: {BLUE}; }}\n"
           f"h2 {{ font-family: 'B67NL Sans'; font-size: 10.6pt; margin-top: 8pt; margin-bottom: 3pt; "
           f"color: {BLUE}; }}\n"
           f".s {{ font-size: 8.0pt; margin-bottom: 0; text-align: left; }}\n"
           f".n {{ font-size: 7.4pt; color: #6b6b6b; margin-bottom: 0; text-align: right; }}\n"
           f".k {{ font-size: 7.6pt; color: #555555; }}\n"
           f".kt {{ font-family: 'B67NL Sans'; font-size: 8.6pt; margin-bottom: 2pt; color: {BLUE}; }}\n"
           f".kb {{ font-family: 'B67NL Sans'; font-size: 8.8pt; margin-bottom: 1pt; }}\n"
           f".q {{ margin-left: 8mm; margin-right: 8mm; font-style: italic; }}\n")
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + css + "</style></head><body>" + body
            + "</body></html>")


def cell(t, w=None, bg=None, b=False, cls="s"):
    wa = f" width='{w}'" if w else ""
    ba = f" bgcolor='{bg}'" if bg else ""
    t = f"<b>{t}</b>" if b else t
    return f"<td{wa}{ba} valign='top'><p class='{cls}'>{t}</p></td>"


class Body:
    """Paragraphs with randnummers in a margin column; kaders and tables interrupt the numbered table."""

    def __init__(self):
        self.out = []
        self.rows = []
        self.rn = 0

    def flush(self):
        if self.rows:
            self.out.append("<table width='100%' cellpadding='2' cellspacing='0' border='0'>" + "".join(self.rows)
                            + "</table>")
            self.rows = []

    def p(self, t):
        self.rn += 1
        self.rows.append(f"<tr><td width='7%' valign='top'><p class='n'>{self.rn}</p></td>"
                         f"<td valign='top'><p>{t}</p></td></tr>")

    def raw(self, html):
        self.flush()
        self.out.append(html)

    def h(self, t):
        self.raw(f"<h2>{t}</h2>")

    def kader(self, title, paras, bold_first=False):
        inner = f"<p class='kt'><b>{title}</b></p>"
        for i, t in enumerate(paras):
            inner += f"<p class='kb'><b>{t}</b></p>" if (bold_first and i == 0) else f"<p class='s'>{t}</p>"
        self.raw("<table width='100%' cellpadding='6' cellspacing='0' border='1' bordercolor='"
                 + BLUE + f"'><tr><td bgcolor='{KAD}' valign='top'>" + inner + "</td></tr></table>"
                 "<p class='s'> </p>")

    def html(self):
        self.flush()
        return "".join(self.out)


def advice():
    d = Body()
    d.raw(f"<p class='s'><font color='{BLUE}'><b>STUDIEGROEP BEGROTINGSRUIMTE</b></font></p><p class='s'> </p>"
          "<h1>Houvast in onzekere tijden</h1>"
          "<p class='s'><font size='3'>Achttiende Studiegroep Begrotingsruimte - advies over de begrotingsnormering "
          "voor de kabinetsperiode 2026-2030</font></p><p class='s'> </p>"
          f"<table width='100%' cellpadding='3' cellspacing='0' border='0'><tr>{cell('Uitgebracht', '20%', PALE, True)}"
          f"{cell('27 augustus 2025, aan de minister van Financiën', None, PALE)}</tr><tr>"
          f"{cell('Voorzitter', None, PALE, True)}{cell('drs. E.M. Brinkhorst-Vaes, thesaurier-generaal', None, PALE)}"
          f"</tr><tr>{cell('Leden', None, PALE, True)}"
          f"{cell('vertegenwoordigers van Financiën, Algemene Zaken, EZ, SZW, BZK en VWS; het CPB en De Nederlandsche Bank als waarnemer', None, PALE)}"
          "</tr></table>")
    d.h("1 Inleiding")
    d.p("Volgens het instellingsbesluit moet de studiegroep voor iedere kabinetsformatie advies uitbrengen over de "
        "begrotingsnormering en over de budgettaire ruimte voor de komende kabinetsperiode. Dit is het achttiende "
        "advies sinds de instelling van de studiegroep in 1970.")
    d.p("De studiegroep heeft tussen februari en juli 2025 negen keer vergaderd. Zij baseert zich op de "
        "middellangetermijnverkenning van het CPB van maart 2025 en op gesprekken met de Raad van State als "
        "onafhankelijke begrotingstoezichthouder en met de Vereniging van Nederlandse Gemeenten.")
    d.p("Dit advies bestaat uit zes hoofdstukken. Hoofdstuk 2 beschrijft de uitgangssituatie; de hoofdstukken 3 "
        "tot en met 6 bevatten de analyse en de adviezen van de studiegroep, die telkens in een kader zijn "
        "opgenomen.")
    d.h("2 Uitgangssituatie")
    d.p("De overheidsfinanciën zijn de afgelopen jaren verslechterd. Zonder nieuw beleid loopt het tekort volgens "
        "het CPB op tot 3,1 procent bbp in 2030, en de schuld tot 52 procent bbp (tabel 2.1).")
    d.raw("<table width='70%' cellpadding='3' cellspacing='0' border='1'><tr>"
          + cell("% bbp", "40%", PALE, True) + cell("2025", "15%", PALE, True) + cell("2027", "15%", PALE, True)
          + cell("2030", "15%", PALE, True) + "</tr><tr>" + cell("EMU-saldo") + cell("-2,2") + cell("-2,7")
          + cell("-3,1") + "</tr><tr>" + cell("EMU-schuld") + cell("45,8") + cell("48,9") + cell("52,0")
          + "</tr><tr>" + cell("Zorguitgaven") + cell("10,4") + cell("10,9") + cell("11,6") + "</tr></table>"
          "<p class='k'>Tabel 2.1 Raming van saldo, schuld en zorguitgaven zonder nieuw beleid (CPB, maart 2025)</p>")
    d.p("Op grond van de Wet houdbare overheidsfinanciën moet het kabinet een begrotingsbeleid voeren dat in "
        "overeenstemming is met de Europese begrotingsregels. Sinds de herziening van die regels in 2024 geldt "
        "daarvoor een netto-uitgavenpad dat met de Europese Commissie wordt afgesproken.")
    d.kader("Kader 2.1 De trendmatige begrotingssystematiek", [
        "Het kabinet stelt aan het begin van zijn periode een reëel uitgavenkader vast. Overschrijdingen moeten "
        "binnen dat kader worden gecompenseerd. Meevallers aan de inkomstenkant komen ten gunste van het saldo, "
        "tegenvallers ten laste ervan. Zo kunnen de automatische stabilisatoren hun werk doen.",
        "De eindejaarsmarge staat departementen toe om maximaal 1 procent van hun begroting mee te nemen naar "
        "het volgende jaar."])
    d.h("3 Het uitgavenkader")
    d.p("De zeventiende studiegroep adviseerde in 2023 'een signaalwaarde voor het EMU-tekort van 2,5 procent bbp "
        "te hanteren'. Het vorige kabinet heeft dat advies overgenomen. De studiegroep constateert dat de "
        "signaalwaarde in 2024 voor het eerst werd benaderd.")
    d.p("In de afgelopen kabinetsperiode werd het uitgavenkader vier keer tussentijds verhoogd om tegenvallers op "
        "te vangen. Daarmee verloor het kader zijn functie als anker. Een goed uitgavenkader zou juist in slechte "
        "tijden houvast moeten bieden.")
    d.kader("Advies 1", ["Stel het reële uitgavenkader aan het begin van de kabinetsperiode vast en pas het "
                         "tijdens de periode niet meer aan, ook niet bij grote mee- of tegenvallers.",
                         "Zo blijft het kader een geloofwaardig anker voor het begrotingsbeleid."], True)
    d.p("De tegenvallers van de afgelopen jaren kwamen vooral uit de zorg en de sociale zekerheid, waar de "
        "uitgaven sterk afhangen van volume en prijzen die het kabinet maar beperkt kan sturen.")
    d.kader("Advies 2", ["Reserveer in het uitgavenkader jaarlijks 0,5 procent bbp als buffer voor onvoorziene "
                         "tegenvallers in de zorg en de sociale zekerheid.",
                         "Een buffer voorkomt dat tegenvallers tot ad-hocbezuinigingen elders leiden."], True)
    d.h("4 Begrotingsdiscipline")
    d.p("De onderuitputting liep op van 2,1 miljard euro in 2021 tot 5,8 miljard euro in 2024. Departementen "
        "plannen hun uitgaven ruim, omdat zij via de eindejaarsmarge een deel van het geld kunnen behouden.")
    d.kader("Advies 3", ["Schaf de eindejaarsmarge af en laat onderbesteding volledig terugvloeien naar het saldo.",
                         "Daarmee verdwijnt een prikkel om te ruim te begroten."], True)
    d.p("Naast de begrotingen staan inmiddels elf fondsen met een gezamenlijk vermogen van 34 miljard euro, "
        "waarvan een deel buiten het uitgavenkader valt. Dat maakt de begroting minder overzichtelijk.")
    d.kader("Advies 4", ["Beperk het gebruik van begrotingsreserves en fondsen buiten het uitgavenkader tot "
                         "uitgaven waarvoor een wettelijke grondslag bestaat.",
                         "Voor de bestaande fondsen kan het kabinet een overgangstermijn hanteren."], True)
    d.h("5 Informatie en evaluatie")
    d.p("Van de beleidsvoorstellen die in de afgelopen tien jaar meer dan 100 miljoen euro per jaar kostten, was "
        "voor minder dan een derde vooraf bepaald hoe en wanneer ze zouden worden geëvalueerd.")
    d.kader("Advies 5", ["Neem in de Comptabiliteitswet 2016 de verplichting op om bij elk beleidsvoorstel van "
                         "meer dan 100 miljoen euro een evaluatieplan te voegen.",
                         "Zo wordt evaluatie een vast onderdeel van de besluitvorming."], True)
    d.p("Het CPB rekent verkiezingsprogramma's en coalitieakkoorden door op koopkracht, werkgelegenheid en "
        "overheidsfinanciën. Voor de afweging van het kabinet zijn ook de gevolgen voor de brede welvaart en het "
        "klimaat van belang.")
    d.kader("Advies 6", ["Vraag het CPB om bij elke doorrekening ook de effecten op de brede welvaart en de "
                         "klimaatdoelen te publiceren.",
                         "Het Planbureau voor de Leefomgeving kan daarbij worden betrokken."], True)
    d.h("6 Decentrale overheden")
    d.p("De uitkeringen uit het gemeentefonds en het provinciefonds bewegen mee met de rijksuitgaven. Gemeenten "
        "ervaren die normeringssystematiek als onvoorspelbaar, omdat kortingen op rijksbegrotingen direct "
        "doorwerken in hun inkomsten.")
    d.kader("Advies 7", ["Betrek de decentrale overheden bij het vaststellen van een nieuwe "
                         "normeringssystematiek voor het gemeentefonds en het provinciefonds.",
                         "Een gedeelde systematiek vergroot het draagvlak en de voorspelbaarheid."], True)
    d.p("De studiegroep dankt de medewerkers van het secretariaat voor hun ondersteuning en is graag bereid dit "
        "advies toe te lichten aan de informateur.")
    B.soffice_pdf(page(d.html(), "B67NL Sans"), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "18e Studiegroep Begrotingsruimte  |  Houvast in onzekere tijden", "{n}",
            SANS["Regular"])


def response():
    rows = [
        ("Advies 2<br/>Buffer van 0,5 procent bbp voor zorg en sociale zekerheid",
         "Het kabinet neemt dit advies over. Vanaf de begroting 2027 is in het uitgavenkader een post "
         "onvoorzien van 0,5 procent bbp opgenomen voor tegenvallers in de zorg en de sociale zekerheid.",
         "Overgenomen"),
        ("Advies 5<br/>Evaluatieplan bij grote voorstellen",
         "Bij de eerstvolgende wijziging van de Comptabiliteitswet 2016 wordt vastgelegd dat elk voorstel van meer "
         "dan 100 miljoen euro vergezeld gaat van een evaluatieparagraaf. Het wetsvoorstel gaat in het najaar in "
         "consultatie.",
         "Overgenomen"),
        ("Advies 3 en 4<br/>Eindejaarsmarge en fondsen",
         "De eindejaarsmarge blijft bestaan. Het kabinet vindt het ongewenst dat departementen aan het eind van "
         "het jaar geld uitgeven alleen om het niet te verliezen; de marge van 1 procent voorkomt dat. Het advies "
         "over de fondsen volgt het kabinet wel: nieuwe fondsen buiten het uitgavenkader worden alleen nog bij wet "
         "ingesteld, en de bestaande fondsen worden uiterlijk in 2028 onder het kader gebracht.",
         "Advies 3: niet overgenomen<br/>Advies 4: overgenomen"),
        ("Signaalwaarde EMU-tekort<br/>(advies van de 17e studiegroep)",
         "De signaalwaarde van 2,5 procent bbp blijft ook in deze kabinetsperiode gelden, naast het Europese "
         "netto-uitgavenpad.",
         "Gehandhaafd"),
        ("Advies 1<br/>Vast uitgavenkader",
         "Het kabinet stelt het reële uitgavenkader vast in de Startnota en houdt daar in beginsel aan vast. Wel "
         "wil het kabinet de mogelijkheid behouden om het kader in 2028 eenmalig te herijken als de economische "
         "omstandigheden daartoe aanleiding geven.",
         "Deels overgenomen"),
        ("Advies 6<br/>Doorrekening brede welvaart",
         "Het CPB bepaalt als onafhankelijk planbureau zelf de opzet van zijn doorrekeningen. Het kabinet heeft "
         "het advies aan de directie van het CPB doorgegeleid en wacht de reactie af.",
         "Kennisgenomen"),
    ]
    hdr = ("<tr>" + cell("Advies", "24%", BLUE, True).replace("<b>", "<b><font color='#ffffff'>").replace(
        "</b>", "</font></b>") + cell("Reactie van het kabinet", "54%", BLUE, True).replace(
        "<b>", "<b><font color='#ffffff'>").replace("</b>", "</font></b>")
        + cell("Oordeel", "22%", BLUE, True).replace("<b>", "<b><font color='#ffffff'>").replace(
        "</b>", "</font></b>") + "</tr>")
    body = "".join("<tr>" + cell(a, None, PALE, True) + cell(r) + cell(o) + "</tr>" for a, r, o in rows)
    side = ("<p class='s'><b>Directie Algemene Financiële en Economische Politiek</b></p><p class='s'>Korte "
            "Voorhout 7<br/>2511 CW Den Haag</p><p class='s'> </p><p class='s'><b>Ons kenmerk</b><br/>"
            "2026-0000061207</p><p class='s'> </p><p class='s'><b>Uw brief</b><br/>-</p>")
    b = ["<table width='100%' cellpadding='0' cellspacing='0' border='0'><tr><td width='68%' valign='top'>"
         f"<p class='s'><font color='{BLUE}'><b>Ministerie van Financiën</b></font></p><p class='s'> </p>"
         "<p class='s'>&gt; Retouradres Postbus 20201 2500 EE Den Haag</p><p class='s'> </p>"
         "<p class='s'>Aan de voorzitter van de Tweede Kamer<br/>der Staten-Generaal<br/>Postbus 20018<br/>"
         "2500 EA Den Haag</p><p class='s'> </p>"
         "<p class='s'>Datum 17 maart 2026</p><p class='s'>Betreft Kabinetsreactie op het advies van de "
         "18e Studiegroep Begrotingsruimte</p></td><td valign='top'>" + side + "</td></tr></table>",
         "<p class='s'> </p><p>Geachte voorzitter,</p>",
         "<p>Op 27 augustus 2025 heeft de achttiende Studiegroep Begrotingsruimte haar advies 'Houvast in "
         "onzekere tijden' uitgebracht. Met deze brief ontvangt u, mede namens de minister-president, de reactie "
         "van het kabinet op dat advies.</p>",
         "<h2>Begrotingsregels voor deze kabinetsperiode</h2>",
         "<p>In het coalitieakkoord is afgesproken dat het kabinet de trendmatige begrotingssystematiek "
         "voortzet. De precieze begrotingsregels legt het kabinet vast in de Startnota, die uw Kamer op 1 april "
         "2026 ontvangt. Het advies van de studiegroep is bij de voorbereiding daarvan een belangrijke bouwsteen "
         "geweest.</p>",
         "<p>In de bijlage bij deze brief ga ik per advies in op de aanbevelingen van de studiegroep. Ook de "
         "signaalwaarde die de vorige studiegroep adviseerde, komt daar aan de orde.</p>",
         "<p>Ik dank de voorzitter en de leden van de studiegroep voor hun heldere en bruikbare advies.</p>",
         "<p class='s'> </p><p>De minister van Financiën,</p><p class='s'> </p><p class='s'> </p>"
         "<p>R.J. Oosterwijk</p>",
         "<p class='s' style='page-break-before: always'> </p>",
         "<h2>Bijlage: reactie per advies</h2>",
         "<table width='100%' cellpadding='4' cellspacing='0' border='1'>" + hdr + body + "</table>"]
    B.soffice_pdf(page("".join(b), "B67NL Serif", "9.4pt", "22mm 22mm 22mm 24mm"), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Kabinetsreactie 18e Studiegroep Begrotingsruimte  |  2026-0000061207",
            "Pagina {n} van {m}", SANS["Regular"])


def expected():
    B.write_expected(NAME, [
        ("1", "Stel het reële uitgavenkader aan het begin van de kabinetsperiode",
         "mogelijkheid behouden om het kader in 2028 eenmalig te herijken", "partly"),
        ("2", "Reserveer in het uitgavenkader jaarlijks 0,5 procent bbp als buffer",
         "een post onvoorzien van 0,5 procent bbp opgenomen", "agrees"),
        ("3", "Schaf de eindejaarsmarge af en laat onderbesteding volledig terugvloeien",
         "De eindejaarsmarge blijft bestaan. Het kabinet vindt het ongewenst", "disagrees"),
        ("4", "Beperk het gebruik van begrotingsreserves en fondsen buiten het uitgavenkader",
         "Het advies over de fondsen volgt het kabinet wel", "agrees"),
        ("5", "Neem in de Comptabiliteitswet 2016 de verplichting op om bij",
         "vergezeld gaat van een evaluatieparagraaf", "agrees"),
        ("6", "Vraag het CPB om bij elke doorrekening ook de effecten",
         "bepaalt als onafhankelijk planbureau zelf de opzet", "noted"),
        ("7", "Betrek de decentrale overheden bij het vaststellen van een nieuwe", None, "unanswered"),
    ], [
        "Met deze brief ontvangt u, mede namens de minister-president",
        "In het coalitieakkoord is afgesproken dat het kabinet",
        "De signaalwaarde van 2,5 procent bbp blijft ook",
        "Ik dank de voorzitter en de leden van de studiegroep",
    ], "ADVIES of the Dutch STUDIEGROEP BEGROTINGSRUIMTE (18th, before the 2026-2030 cabinet) answered by the minister "
       "of Finance's KABINETSREACTIE: a Kamerbrief whose BIJLAGE is a ruled table 'Advies | Reactie van het kabinet "
       "| Oordeel', the only place the advice is answered. The Wet houdbare overheidsfinanciën, the Comptabiliteitswet "
       "2016 and the bodies are real; the report, its title, figures, people, kenmerken and the quoted 17th study "
       "group advice are invented. Every body paragraph of the advice has a RANDNUMMER (1-20) in a margin column; the "
       "recommendations stand ONLY in framed shaded KADERS 'Advies 1'-'Advies 7' between the numbered paragraphs, "
       "each a bold imperative sentence plus a plain line (numbers are the Advies numbers, not randnummers). Not "
       "recommendations: the instellingsbesluit's 'moet de studiegroep ... advies uitbrengen', Tabel 2.1, 'Kader 2.1 "
       "De trendmatige begrotingssystematiek' (same framed look, 'moeten ... worden gecompenseerd'), the Wet HOF's "
       "'moet het kabinet', the 17th study group's 'signaalwaarde' advice quoted and reported as followed, 'De "
       "studiegroep constateert', 'zou ... houvast moeten bieden', the closing thanks. Response table rows in another "
       "order: Advies 2 overgenomen (agrees), Advies 5 overgenomen (agrees), ONE row 'Advies 3 en 4' with 'Advies 3: "
       "niet overgenomen / Advies 4: overgenomen' (3 disagrees, 4 agrees), a row on the 17th group's signaalwaarde "
       "(answers no recommendation), Advies 1 deels overgenomen (one re-basing in 2028: partly), Advies 6 "
       "kennisgenomen (passed to the CPB, which decides itself: noted); Advies 7 (decentrale overheden) UNANSWERED. "
       "The letter's introduction, 'Begrotingsregels voor deze kabinetsperiode' and thanks answer nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)
