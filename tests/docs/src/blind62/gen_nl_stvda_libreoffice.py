"""Round 62 (nl): an ADVIES of the STICHTING VAN DE ARBEID on combining paid work and informal care ('Werk en
mantelzorg in balans'), answered by chapter 3 of the minister of SZW's WERKAGENDA 'Werken en zorgen 2026-2029' (a
policy programme document; the pair's response is its pages 11-12).

Advice: StvdA publication (publicatienummer 4/26) with a title block, 'Samenvatting' (paraphrase: 'In dit advies
vraagt de Stichting om ...'), 1 Inleiding (the adviesaanvraag's three numbered questions 1.-3.), 2 Wettelijk kader
(the Wet arbeid en zorg and the Wet flexibel werken: 'moet ... toestaan', 'moet ... overwegen'), 3 Analyse (a ruled
table of working carers per sector; 'De Stichting stelt vast'; the Stichting's own 2017 aanbeveling quoted as an
imperative 'Maak mantelzorg bespreekbaar op de werkvloer'; a DIVERGENT view of the employees' delegation 'zou ...
volledig moeten worden doorbetaald'), 4 Conclusies en aanbevelingen: '4.1 Conclusies' (numbered conclusions (a)-(c),
not recommendations), '4.2 Aanbevelingen aan het kabinet' with ROMAN numbers I.-V. and '4.3 Aanbevelingen aan
decentrale cao-partijen en werkgevers' VI.-VII. (one numbering through two blocks; numbers I-VII), each a full
sentence of varied form ('De Stichting adviseert het kabinet om', 'Het kabinet zou ... moeten', 'Zij beveelt aan',
'Verder vraagt de Stichting', 'roept ... op'); running head and 'n/m' stamped.
Response: Werkagenda chapter '3 Het advies van de Stichting van de Arbeid', sections 3.1-3.6 with subject titles and
NO roman numbers, order V, I+II, IV, III+VI (two sections), and running head 'Werkagenda Werken en zorgen 2026-2029'
with page numbers 11-12: 3.1 Inleiding (unmatched); 3.2 V disagrees (no new duty for small employers); 3.3 ONE
section on leave: I agrees (bill in 2027) + II partly (paid for two weeks, at 50 percent, not six); 3.4 IV
disagrees (no separate informatiepunt; information on existing sites); 3.5 III noted (to be considered in the 2028
Wazo evaluation) and VI noted ('aan sociale partners'); 3.6 Financiën (a cost table, unmatched); VII (annual talk on
care) unanswered; the start of chapter 4 (unmatched).
Engine: LibreOffice Writer headless from HTML (ligature-free DejaVu copies 'B62NL Sans/Serif'), running heads and
page numbers stamped with PyMuPDF.

Run: /tmp/blind62nl/bin/python tests/docs/src/blind62/gen_nl_stvda_libreoffice.py   (needs soffice)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b62nl as B  # noqa: E402

NAME = "blind62_nl_stvda"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B62NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})
BLUE = "#1f4e8c"
PALE = "#e6eef8"
TEAL = "#00857c"


def page(body, fam, size="9.2pt", margins="22mm 22mm 22mm 22mm", hcol=BLUE):
    css = (f"@page {{ size: 210mm 297mm; margin: {margins}; }}\n"
           f"body {{ font-family: '{fam}'; font-size: {size}; }}\n"
           f"p {{ margin-top: 0; margin-bottom: 4pt; text-align: left; }}\n"
           f"h1 {{ font-family: 'B62NL Sans'; font-size: 17pt; margin-top: 0; margin-bottom: 3pt; color: {hcol}; }}\n"
           f"h2 {{ font-family: 'B62NL Sans'; font-size: 11pt; margin-top: 10pt; margin-bottom: 3pt; "
           f"color: {hcol}; }}\n"
           f"h3 {{ font-family: 'B62NL Sans'; font-size: 9.4pt; margin-top: 7pt; margin-bottom: 2pt; "
           f"color: {hcol}; }}\n"
           f".s {{ font-size: 8.2pt; }}\n.k {{ font-size: 7.8pt; color: #555555; }}\n"
           f".q {{ margin-left: 10mm; margin-right: 8mm; font-style: italic; }}\n"
           f".r {{ margin-left: 9mm; text-indent: -9mm; }}\n")
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + css + "</style></head><body>" + body
            + "</body></html>")


def rom(n, t):
    return f"<p class='r'><b>{n}.</b>\t{t}</p>"


def advice():
    rows = [("Sector", "Werkenden (x 1.000)", "Waarvan mantelzorger", "Aandeel (%)"),
            ("Zorg en welzijn", "1.420", "398", "28"),
            ("Onderwijs", "560", "129", "23"),
            ("Openbaar bestuur", "470", "99", "21"),
            ("Handel", "1.610", "274", "17"),
            ("Industrie", "820", "131", "16"),
            ("Overige sectoren", "4.310", "733", "17")]
    tab = (f"<table width='100%' cellpadding='3' cellspacing='0' border='0'>")
    for i, r in enumerate(rows):
        bg = f" bgcolor='{PALE}'" if i == 0 else ""
        tab += "<tr>" + "".join(
            f"<td{bg} width='{w}%'><p class='s' align='{'left' if j == 0 else 'right'}'>"
            f"{'<b>' + c + '</b>' if i == 0 else c}</p></td>" for j, (c, w) in enumerate(zip(r, (40, 20, 22, 18)))
        ) + "</tr>"
    tab += "</table>"
    b = [f"<table width='100%' cellpadding='6' cellspacing='0' border='0'><tr><td bgcolor='{BLUE}'>"
         "<p class='s'><font color='#ffffff'><b>STICHTING VAN DE ARBEID</b></font></p></td>"
         f"<td bgcolor='{BLUE}'><p class='s' align='right'><font color='#ffffff'>Publicatienummer 4/26  |  "
         "mei 2026</font></p></td></tr></table><p> </p>",
         "<h1>Werk en mantelzorg in balans</h1>",
         "<p><b>Advies over de combinatie van betaald werk en mantelzorg</b></p><p> </p>",
         f"<table width='100%' cellpadding='6' cellspacing='0' border='0'><tr><td bgcolor='{PALE}'>"
         "<p><b>Samenvatting</b></p>"
         "<p>Ruim 1,7 miljoen werkenden zorgen naast hun baan voor een naaste. Een op de vijf van hen werkt minder "
         "uren of stopt met werken omdat de combinatie te zwaar wordt. Dat is een verlies voor de werkenden zelf, "
         "voor hun werkgevers en voor een krappe arbeidsmarkt.</p>"
         "<p>In dit advies vraagt de Stichting om meer en beter betaald verlof, om duidelijke informatie voor "
         "werkende mantelzorgers en om ruimte voor maatwerk in cao's en op de werkvloer.</p></td></tr></table>",
         "<h2>1  Inleiding</h2>",
         "<p>Bij brief van 14 november 2025 heeft de minister van Sociale Zaken en Werkgelegenheid de Stichting "
         "van de Arbeid gevraagd te adviseren over de combinatie van werk en mantelzorg. De minister stelde drie "
         "vragen:</p>",
         "<p class='r'>1.\tWelke belemmeringen ervaren werkende mantelzorgers?</p>",
         "<p class='r'>2.\tVolstaan de huidige verlofregelingen in de Wet arbeid en zorg?</p>",
         "<p class='r'>3.\tWat kunnen werkgevers en werknemers zelf doen, en wat vraagt dat van de overheid?</p>",
         "<p>De Stichting heeft het advies voorbereid in een werkgroep van werkgevers- en werknemersorganisaties. "
         "Zij heeft gesproken met MantelzorgNL, met HR-managers uit vijf sectoren en met de Sociaal-Economische "
         "Raad.</p>",
         "<h2>2  Wettelijk kader</h2>",
         "<p>De Wet arbeid en zorg (Wazo) kent twee vormen van zorgverlof. Het kortdurend zorgverlof bedraagt per "
         "twaalf maanden ten hoogste tweemaal de wekelijkse arbeidsduur; de werkgever betaalt daarover ten minste "
         "70 procent van het loon door. Het langdurend zorgverlof bedraagt ten hoogste zesmaal de wekelijkse "
         "arbeidsduur en is onbetaald. De werkgever moet het verlof toestaan, tenzij een zwaarwegend "
         "bedrijfsbelang zich daartegen verzet.</p>",
         "<p>Op grond van de Wet flexibel werken kan een werknemer verzoeken om aanpassing van de arbeidsduur, de "
         "werktijden of de arbeidsplaats. Een werkgever met minder dan tien werknemers moet daarvoor een eigen "
         "regeling treffen; voor grotere werkgevers geldt dat de werkgever een verzoek om een andere werkplek "
         "serieus moet overwegen.</p>",
         "<h2>3  Analyse</h2>",
         "<p>Tabel 1 laat zien dat het aandeel mantelzorgers het hoogst is in de zorg en het onderwijs, sectoren "
         "waar het personeelstekort al groot is.</p>",
         tab,
         "<p class='k'>Tabel 1. Werkende mantelzorgers naar sector, 2025. Bron: CBS/SCP, bewerking Stichting "
         "van de Arbeid.</p>",
         "<p>De Stichting stelt vast dat het langdurend zorgverlof nauwelijks wordt gebruikt, omdat het onbetaald "
         "is. Veel werknemers nemen liever vakantiedagen op of melden zich ziek. Ook weten werknemers vaak niet "
         "welke regelingen er zijn: de informatie is verspreid over websites van de overheid, gemeenten en "
         "fondsen.</p>",
         "<p>In 2017 deed de Stichting al een aanbeveling aan werkgevers en werknemers:</p>",
         "<p class='q'>\u2018Maak mantelzorg bespreekbaar op de werkvloer en leg afspraken vast in een "
         "mantelzorgbeleid.\u2019</p>",
         "<p>Uit een enquête onder HR-managers blijkt dat inmiddels ongeveer de helft van de grote werkgevers zo'n "
         "beleid heeft, maar minder dan een op de vijf kleine werkgevers.</p>",
         "<p>Over de betaling van het langdurend zorgverlof verschillen de delegaties van mening. De "
         "werknemersorganisaties vinden dat het langdurend zorgverlof volledig zou moeten worden doorbetaald, "
         "zoals het geboorteverlof. De werkgeversorganisaties wijzen op de kosten en vinden een uitkering uit "
         "publieke middelen alleen aanvaardbaar als de duur beperkt blijft. Het advies hieronder is het "
         "gezamenlijke standpunt.</p>",
         "<h2>4  Conclusies en aanbevelingen</h2>",
         "<h3>4.1  Conclusies</h3>",
         "<p class='r'>(a)\tDe verlofregelingen zijn niet afgestemd op langdurige zorg.</p>",
         "<p class='r'>(b)\tWerkende mantelzorgers weten de weg naar informatie en ondersteuning niet te "
         "vinden.</p>",
         "<p class='r'>(c)\tIn kleine bedrijven ontbreekt het vaak aan afspraken over flexibel werken.</p>",
         "<h3>4.2  Aanbevelingen aan het kabinet</h3>",
         rom("I", "De Stichting adviseert het kabinet om het kortdurend zorgverlof uit te breiden van tweemaal "
                  "naar driemaal de wekelijkse arbeidsduur per twaalf maanden."),
         rom("II", "Het kabinet zou het langdurend zorgverlof gedeeltelijk moeten laten doorbetalen, met een "
                   "uitkering van 50 procent van het dagloon via UWV gedurende ten hoogste zes weken."),
         rom("III", "Zij beveelt aan om het begrip mantelzorger in de Wet arbeid en zorg gelijk te trekken met "
                    "de omschrijving in de Wet maatschappelijke ondersteuning 2015."),
         rom("IV", "De Stichting adviseert daarnaast één landelijk informatiepunt in te richten waar werkende "
                   "mantelzorgers en hun werkgevers terechtkunnen met vragen over verlof en ondersteuning."),
         rom("V", "Verder vraagt de Stichting het kabinet om het recht op aanpassing van werktijden en werkplek uit "
                  "de Wet flexibel werken ook te laten gelden bij werkgevers met minder dan tien werknemers."),
         "<h3>4.3  Aanbevelingen aan decentrale cao-partijen en werkgevers</h3>",
         rom("VI", "De Stichting roept decentrale cao-partijen op om bij de eerstvolgende cao-onderhandelingen "
                   "afspraken te maken over een mantelzorgparagraaf met aanvullend verlof."),
         rom("VII", "Zij beveelt werkgevers aan om mantelzorg ten minste eenmaal per jaar aan de orde te stellen in "
                    "het functionerings- of jaargesprek met iedere werknemer."),
         "<p>De Stichting zal de opvolging van de aanbevelingen onder 4.3 in 2028 in kaart brengen.</p>",
         "<p> </p><p class='k'>Stichting van de Arbeid, Bezuidenhoutseweg 60, 2594 AW Den Haag. Het bestuur van "
         "de Stichting heeft dit advies vastgesteld op 19 mei 2026.</p>"]
    B.soffice_pdf(page("".join(b), "B62NL Sans"), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Stichting van de Arbeid  |  Werk en mantelzorg in balans  |  publicatie 4/26",
            "{n}/{m}", SANS["Regular"])


def response():
    cost = [("Maatregel", "2027", "2028", "2029"),
            ("Uitbreiding kortdurend zorgverlof (werkgevers)", "-", "-", "-"),
            ("Uitkering langdurend zorgverlof (UWV)", "0", "18", "21"),
            ("Uitvoeringskosten UWV", "4", "3", "3"),
            ("Voorlichting werkende mantelzorgers", "1,5", "1,5", "1,5")]
    tab = "<table width='100%' cellpadding='3' cellspacing='0' border='1'>"
    for i, r in enumerate(cost):
        tab += "<tr>" + "".join(
            f"<td width='{w}%'><p class='s' align='{'left' if j == 0 else 'right'}'>"
            f"{'<b>' + c + '</b>' if i == 0 else c}</p></td>" for j, (c, w) in enumerate(zip(r, (55, 15, 15, 15)))
        ) + "</tr>"
    tab += "</table>"
    b = ["<h1>3  Het advies van de Stichting van de Arbeid</h1>",
         "<h2>3.1  Inleiding</h2>",
         "<p>In mei 2026 bracht de Stichting van de Arbeid op verzoek van het kabinet het advies \u2018Werk en "
         "mantelzorg in balans\u2019 uit. Het advies is een belangrijke bouwsteen voor deze werkagenda. In dit "
         "hoofdstuk geeft het kabinet zijn reactie op de voorstellen van de Stichting. Hoofdstuk 4 beschrijft "
         "daarna wat het kabinet samen met gemeenten doet.</p>",
         "<h2>3.2  Flexibel werken in het kleinbedrijf</h2>",
         "<p>Het kabinet begrijpt de wens om werknemers bij kleine werkgevers dezelfde rechten te geven. Toch legt "
         "dit kabinet de kleine werkgever geen nieuwe wettelijke plicht op. Kleine werkgevers hebben minder "
         "ruimte om werk te herverdelen, en de evaluatie van de Wet flexibel werken liet zien dat de meeste van "
         "hen verzoeken nu al honoreren. Het kabinet blijft de ervaringen volgen via de Monitor Arbeidsmarkt.</p>",
         "<h2>3.3  Zorgverlof</h2>",
         "<p>Het kabinet deelt de conclusie dat het verlof beter moet aansluiten bij langdurige zorg. Het kabinet "
         "neemt het voorstel over om het kortdurend zorgverlof te verruimen tot driemaal de wekelijkse "
         "arbeidsduur. Een wetsvoorstel daartoe gaat in het voorjaar van 2027 in internetconsultatie.</p>",
         "<p>Voor het langdurend zorgverlof komt er een uitkering van 50 procent van het dagloon via UWV, maar "
         "alleen voor de eerste twee weken van het verlof. Een betaling over zes weken is binnen de huidige "
         "budgettaire kaders niet haalbaar. Het kabinet evalueert de regeling drie jaar na inwerkingtreding.</p>",
         "<h2>3.4  Informatie voor werkende mantelzorgers</h2>",
         "<p>Werkende mantelzorgers moeten de weg naar informatie snel kunnen vinden. Het kabinet kiest er echter "
         "niet voor een nieuw loket op te richten. De informatie over verlof wordt gebundeld op de bestaande "
         "websites van de Rijksoverheid en het Juridisch Loket, en gemeenten verwijzen daar vanuit hun "
         "mantelzorgondersteuning naar.</p>",
         "<h2>3.5  Begrippen en afspraken tussen sociale partners</h2>",
         "<p>Het voorstel om de omschrijving van mantelzorg in de Wazo en de Wmo 2015 op elkaar af te stemmen, "
         "neemt het kabinet mee in de evaluatie van de Wazo die voor 2028 is gepland. Het kabinet wil eerst weten "
         "welke gevolgen een andere omschrijving heeft voor het gebruik van de regelingen.</p>",
         "<p>De oproep aan cao-partijen om een mantelzorgparagraaf af te spreken, richt zich tot sociale partners "
         "zelf. Het kabinet heeft daarvan kennisgenomen en ziet met belangstelling uit naar de inventarisatie die "
         "de Stichting in 2028 maakt.</p>",
         "<h2>3.6  Financiën</h2>",
         "<p>De maatregelen uit dit hoofdstuk worden gedekt binnen de begroting van SZW. Tabel 3.1 geeft de "
         "geraamde kosten in miljoenen euro.</p>",
         tab,
         "<p class='k'>Tabel 3.1. Geraamde kosten van de maatregelen (x 1 miljoen euro).</p>",
         "<h1>4  Samen met gemeenten</h1>",
         "<p>Gemeenten ondersteunen mantelzorgers op grond van de Wmo 2015. In 2027 start het kabinet met tien "
         "gemeenten een programma om werkende mantelzorgers beter te bereiken.</p>"]
    B.soffice_pdf(page("".join(b), "B62NL Serif", "9.4pt", "22mm 26mm 22mm 26mm", hcol=TEAL),
                  NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Werkagenda Werken en zorgen 2026-2029", "1{n}", SERIF["Regular"],
            skip_first=False)


def expected():
    B.write_expected(NAME, [
        ("I", "De Stichting adviseert het kabinet om het kortdurend zorgverlof uit",
         "neemt het voorstel over om het kortdurend zorgverlof te verruimen", "agrees"),
        ("II", "Het kabinet zou het langdurend zorgverlof gedeeltelijk moeten laten doorbetalen",
         "alleen voor de eerste twee weken van het verlof", "partly"),
        ("III", "Zij beveelt aan om het begrip mantelzorger in de Wet",
         "neemt het kabinet mee in de evaluatie van de Wazo", "noted"),
        ("IV", "De Stichting adviseert daarnaast één landelijk informatiepunt in te richten",
         "Het kabinet kiest er echter niet voor een nieuw loket", "disagrees"),
        ("V", "Verder vraagt de Stichting het kabinet om het recht op aanpassing",
         "legt dit kabinet de kleine werkgever geen nieuwe wettelijke plicht op", "disagrees"),
        ("VI", "De Stichting roept decentrale cao-partijen op om bij de eerstvolgende",
         "Het kabinet heeft daarvan kennisgenomen en ziet met belangstelling uit", "noted"),
        ("VII", "Zij beveelt werkgevers aan om mantelzorg ten minste eenmaal per",
         None, "unanswered"),
    ], ["Het advies is een belangrijke bouwsteen voor deze werkagenda",
        "De maatregelen uit dit hoofdstuk worden gedekt binnen de begroting",
        "start het kabinet met tien gemeenten een programma"],
        "ADVIES of the STICHTING VAN DE ARBEID 'Werk en mantelzorg in balans' (publicatie 4/26; the figures, people, "
        "dates and the quoted 2017 aanbeveling are invented; the Wet arbeid en zorg, the Wet flexibel werken and the "
        "Wmo 2015 are real, but what is said of them is not to be relied on). The seven recommendations are the "
        "ROMAN-numbered sentences I.-V. under '4.2 Aanbevelingen aan het kabinet' and VI.-VII. under '4.3 "
        "Aanbevelingen aan decentrale cao-partijen en werkgevers' (one numbering through two blocks; starts_with is "
        "the sentence without the numeral). Not recommendations: the Samenvatting paraphrase ('In dit advies vraagt "
        "de Stichting om'), the minister's three numbered questions 1.-3., the legal duties ('moet het verlof "
        "toestaan', 'moet ... een eigen regeling treffen', 'moet overwegen'), Tabel 1, 'De Stichting stelt vast', the "
        "2017 aanbeveling quoted as an imperative ('Maak mantelzorg bespreekbaar op de werkvloer'), the employees' "
        "delegation's divergent view ('zou ... volledig moeten worden doorbetaald'), the conclusions (a)-(c) under "
        "4.1, the closing promise to monitor 4.3. Response: chapter 3 of the SZW Werkagenda (pages 11-12, running "
        "head), sections 3.1-3.6 with subject titles, naming no numerals, order V, I+II, IV, III, VI: V disagrees "
        "('legt ... geen nieuwe wettelijke plicht op'); ONE section 3.3 Zorgverlof: I agrees ('neemt het voorstel "
        "over', bill 2027) + II partly (50 percent via UWV but for two weeks, not six); IV disagrees (no new loket, "
        "information on existing websites); III noted (taken along in the 2028 Wazo evaluation); VI noted ('richt "
        "zich tot sociale partners ... heeft daarvan kennisgenomen'). VII (yearly talk on care with every employee) "
        "UNANSWERED. 3.1 Inleiding, 3.6 Financiën (cost table) and the start of chapter 4 answer no recommendation.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)
