"""Round 62 (nl): an ONGEVRAAGD ADVIES of the LANDELIJKE CLIENTENRAAD (LCR, the national clients' council under
the Wet SUWI) to the Raad van Bestuur of UWV on telephone, digital and letter contact ('Bereikbaar voor iedereen'),
answered by UWV's LETTER to the LCR.

Advice: signal-style advice: title block with addressee and 'in afschrift aan de minister van SZW', 'Waarom dit
advies' (the Wet SUWI: 'moeten ... regelen'), 'Hoe we werkten', a ruled table 'UWV in cijfers', then three themes
each with 'Wat we horen' (clients' quotes with 'moet' / 'moeten', UWV's own writing guide 'moet ... zijn
geschreven', the LCR's 2023 advice quoted as an imperative 'Houd het keuzemenu kort' and reported as followed) and a
shaded 'Ons advies aan UWV' box with two IMPERATIVE bullets each (no numbers; 1-6 by order), a praise box 'Wat goed
gaat', a separate box 'Ons advies aan de minister van SZW' with one imperative (7), and 'Tot slot' with a procedural
request for a reply within three months (not a recommendation). Running footer via CSS @page.
Response: UWV letter (Datum/Ons kenmerk/Onderwerp, bold run-in sub-heads, no numbers), order 5+6, 2, 1, 4, 7: ONE
section 'Brieven': 5 agrees (client panel tests from 2027) + 6 disagrees (no personal name or direct number, a team
number instead); 2 agrees (first menu step from 1 October 2026); 1 partly (three working days, not two); 4 agrees
(an answer card with every decision); 7 noted (addressed to the minister, 'hebben wij kennisgenomen'); 3 (B1 forms
in Mijn UWV) unanswered; the introduction, 'Wat wij verder doen' (chat pilot) and the closing invitation unmatched.
Engine: headless Chromium --print-to-pdf (ligature-free DejaVu copies via @font-face, CSS @page margin boxes).

Run: /tmp/blind62nl/bin/python tests/docs/src/blind62/gen_nl_lcr_chromium.py   (needs chromium)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b62nl as B  # noqa: E402

NAME = "blind62_nl_lcr"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B62NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def fonts(fam, paths):
    css = ""
    for stl, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                        "Bold Italic": ("bold", "italic")}.items():
        css += (f"@font-face {{ font-family: {fam}; src: url(file://{paths[stl]}); font-weight: {w}; "
                f"font-style: {s}; }}\n")
    return css


BASE = fonts("S62", SANS) + fonts("R62", SERIF) + """
html { font-variant-ligatures: none; }
p { margin: 0 0 2.4mm 0; }
table { border-collapse: collapse; }
"""

ADV_CSS = BASE + """
@page { size: A4; margin: 20mm 22mm 22mm 22mm;
  @bottom-left { content: "Landelijke Cliëntenraad  |  Ongevraagd advies LCR-2026-07  |  Bereikbaar voor iedereen";
                 font-family: S62; font-size: 7pt; color: #7a5a8c; }
  @bottom-right { content: counter(page) " / " counter(pages); font-family: S62; font-size: 7.4pt;
                  color: #7a5a8c; } }
html { font-family: S62; font-size: 9.1pt; line-height: 1.5; color: #222; }
.logo { font-size: 12pt; font-weight: bold; color: #6a2c86; margin-bottom: 0.6mm; }
.logo span { color: #e4007c; }
.tag { font-size: 7.8pt; color: #777; border-bottom: 1.4pt solid #e4007c; padding-bottom: 1.6mm;
       margin-bottom: 8mm; }
h1 { font-size: 20pt; color: #6a2c86; margin: 0 0 1mm 0; line-height: 1.15; }
.sub { font-size: 10pt; color: #555; margin-bottom: 5mm; }
.meta td { font-size: 8.2pt; padding: 0.4mm 5mm 0.4mm 0; vertical-align: top; }
.meta td:first-child { color: #777; }
h2 { font-size: 11.4pt; color: #6a2c86; margin: 5mm 0 1.6mm 0; break-after: avoid; }
h3 { font-size: 9.2pt; color: #e4007c; margin: 3mm 0 1.2mm 0; break-after: avoid; text-transform: uppercase;
     letter-spacing: 0.4pt; }
.quote { font-family: R62; font-style: italic; color: #444; margin: 0 8mm 2mm 6mm; border-left: 1.6pt solid #d8c6e2;
         padding-left: 3mm; }
.box { background: #f1e9f5; border-radius: 2mm; padding: 3mm 4mm 1.2mm 4mm; margin: 2mm 0 4mm 0;
       break-inside: avoid; }
.box .t { font-weight: bold; color: #6a2c86; margin-bottom: 1.6mm; }
.box ul { margin: 0 0 1.6mm 0; padding-left: 5mm; }
.box li { margin-bottom: 1.4mm; }
.good { border: 0.8pt solid #9ccc65; border-radius: 2mm; padding: 2.4mm 4mm 0.6mm 4mm; margin: 2mm 0 4mm 0; }
.good .t { font-weight: bold; color: #4c8a16; margin-bottom: 1.2mm; }
table.k { width: 100%; font-size: 8pt; margin: 1mm 0 1mm 0; }
table.k th { text-align: left; border-bottom: 0.9pt solid #6a2c86; padding: 1mm 1.6mm; color: #6a2c86; }
table.k td { border-bottom: 0.4pt solid #d8c6e2; padding: 0.9mm 1.6mm; }
table.k .r { text-align: right; }
.cap { font-size: 7.4pt; color: #777; margin-bottom: 3mm; }
"""

RES_CSS = BASE + """
@page { size: A4; margin: 20mm 24mm 24mm 24mm;
  @bottom-center { content: "UWV  |  Postbus 58285  |  1040 HG Amsterdam  |  pagina " counter(page) " van "
                   counter(pages); font-family: S62; font-size: 7pt; color: #555; } }
html { font-family: S62; font-size: 9.2pt; line-height: 1.55; color: #111; }
.head { display: flex; justify-content: space-between; align-items: flex-start; margin-bottom: 12mm; }
.uwv { font-size: 22pt; font-weight: bold; color: #0069b4; letter-spacing: 1pt; }
.uwv small { display: block; font-size: 7.4pt; font-weight: normal; color: #555; letter-spacing: 0; }
.addr { font-size: 8.8pt; margin-bottom: 9mm; }
.meta td { font-size: 8.4pt; padding: 0.3mm 5mm 0.3mm 0; vertical-align: top; }
.meta td:first-child { color: #0069b4; }
.sh { font-weight: bold; color: #0069b4; margin: 3.4mm 0 0.6mm 0; break-after: avoid; }
"""


def doc(css, body):
    return ("<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><style>" + css + "</style></head><body>"
            + body + "</body></html>")


def box(title, items):
    return (f"<div class='box'><div class='t'>{title}</div><ul>" + "".join(f"<li>{i}</li>" for i in items)
            + "</ul></div>")


def advice():
    b = ["<div class='logo'>Landelijke <span>Cliëntenraad</span></div>",
         "<div class='tag'>De stem van de cliënt in werk en inkomen</div>",
         "<h1>Bereikbaar voor iedereen</h1>",
         "<div class='sub'>Ongevraagd advies over het contact tussen UWV en zijn klanten</div>",
         "<table class='meta'><tr><td>Aan</td><td>de Raad van Bestuur van UWV</td></tr>"
         "<tr><td>In afschrift aan</td><td>de minister van Sociale Zaken en Werkgelegenheid</td></tr>"
         "<tr><td>Kenmerk</td><td>LCR-2026-07</td></tr><tr><td>Datum</td><td>2 juni 2026</td></tr></table>",
         "<h2>Waarom dit advies</h2>",
         "<p>De Wet SUWI bepaalt dat UWV en de Sociale Verzekeringsbank de inbreng van hun klanten moeten regelen. "
         "De Landelijke Cliëntenraad (LCR) geeft daarnaast gevraagd en ongevraagd advies over de uitvoering van de "
         "sociale zekerheid. In het afgelopen jaar kregen wij veel signalen over de bereikbaarheid van UWV: "
         "klanten komen telefonisch moeilijk door, lopen vast in Mijn UWV of begrijpen hun brieven niet. Daarom "
         "brengen wij dit advies uit.</p>",
         "<h2>Hoe we werkten</h2>",
         "<p>Wij verzamelden signalen van de cliëntenraden van UWV in elf regio's en zetten een vragenlijst uit, "
         "die door 642 klanten werd ingevuld. Ook spraken wij met medewerkers van het Klant Contact Centrum. De "
         "cijfers hieronder komen uit de kwartaalrapportages van UWV.</p>",
         "<table class='k'><tr><th>UWV in cijfers</th><th class='r'>2024</th><th class='r'>2025</th></tr>"
         "<tr><td>Gemiddelde wachttijd telefoon (minuten)</td><td class='r'>6,8</td><td class='r'>9,4</td></tr>"
         "<tr><td>Terugbelverzoeken binnen twee werkdagen afgehandeld</td><td class='r'>71%</td>"
         "<td class='r'>58%</td></tr>"
         "<tr><td>Klanten die Mijn UWV niet zonder hulp kunnen gebruiken</td><td class='r'>14%</td>"
         "<td class='r'>15%</td></tr>"
         "<tr><td>Klachten over brieven</td><td class='r'>3.120</td><td class='r'>4.045</td></tr></table>",
         "<div class='cap'>Bron: kwartaalrapportages UWV, bewerking LCR.</div>",
         "<h3>Thema 1  Bellen met UWV</h3>",
         "<p><b>Wat we horen.</b> Klanten wachten lang en worden vaak doorverbonden. Een terugbelverzoek wordt "
         "regelmatig pas na een week opgepakt.</p>",
         "<div class='quote'>\u2018Ik moet drie keer bellen voordat ik iemand spreek die mijn dossier kent.\u2019"
         "</div>",
         "<p>In 2023 schreven wij al: \u2018Houd het keuzemenu kort.\u2019 UWV heeft het menu toen ingekort van zes "
         "naar vier stappen. Dat was een verbetering, maar wie een medewerker wil spreken, moet nog steeds door "
         "alle stappen heen.</p>",
         box("Ons advies aan UWV",
             ["Bel klanten die een terugbelverzoek doen binnen twee werkdagen terug, ook in drukke periodes.",
              "Zorg dat bellers al in de eerste stap van het keuzemenu kunnen kiezen voor een gesprek met een "
              "medewerker."]),
         "<h3>Thema 2  Mijn UWV</h3>",
         "<p><b>Wat we horen.</b> Veel klanten vinden de formulieren in Mijn UWV ingewikkeld. Klanten zonder "
         "DigiD, bijvoorbeeld mensen die in het buitenland wonen, kunnen een wijziging alleen doorgeven met een "
         "papieren formulier dat zij eerst telefonisch moeten aanvragen.</p>",
         "<div class='quote'>\u2018Je moet eerst bellen om te mogen schrijven. Dat snap ik niet.\u2019</div>",
         box("Ons advies aan UWV",
             ["Bied alle formulieren over de WW-uitkering in Mijn UWV ook aan in een eenvoudige versie op "
              "taalniveau B1.",
              "Laat klanten zonder DigiD hun wijzigingen op papier doorgeven zonder dat zij daarvoor eerst een "
              "formulier hoeven aan te vragen."]),
         "<h3>Thema 3  Brieven</h3>",
         "<p><b>Wat we horen.</b> Volgens de eigen schrijfwijzer van UWV moet elke brief op taalniveau B1 zijn "
         "geschreven. In de praktijk zijn vooral brieven over terugvorderingen lang en juridisch. Klanten weten "
         "niet wie hun zaak behandelt en wie zij kunnen bellen.</p>",
         box("Ons advies aan UWV",
             ["Test nieuwe standaardbrieven vooraf met een klantpanel waarin ook mensen met een beperking "
              "zitten.",
              "Vermeld in elke brief over een terugvordering de naam en het directe telefoonnummer van de "
              "behandelaar."]),
         "<div class='good'><div class='t'>Wat goed gaat</div><p>Klanten zijn positief over de medewerkers van "
         "het Klant Contact Centrum: als zij eenmaal iemand spreken, worden zij vriendelijk en deskundig "
         "geholpen. Ook de nieuwe uitlegvideo's over de WW worden gewaardeerd.</p></div>",
         box("Ons advies aan de minister van SZW",
             ["Stel UWV vanaf 2027 structureel middelen beschikbaar om de gemiddelde wachttijd aan de telefoon "
              "onder de vijf minuten te brengen."]),
         "<h2>Tot slot</h2>",
         "<p>Wij zijn graag bereid onze signalen verder toe te lichten. Wij zien uw reactie op dit advies graag "
         "binnen drie maanden tegemoet.</p>",
         "<p>Met vriendelijke groet,<br/>Landelijke Cliëntenraad<br/><br/>R.A. Benali, voorzitter</p>"]
    B.chromium_pdf(doc(ADV_CSS, "".join(b)), NAME + "_advice.pdf")


def response():
    b = ["<div class='head'><div class='uwv'>UWV<small>Raad van Bestuur</small></div>"
         "<div style='font-size:7.6pt;color:#555;text-align:right'>La Guardiaweg 94-114<br/>1043 DL Amsterdam"
         "<br/>uwv.nl</div></div>",
         "<div class='addr'>Landelijke Cliëntenraad<br/>t.a.v. de heer R.A. Benali, voorzitter<br/>Postbus 16140"
         "<br/>2500 BC  DEN HAAG</div>",
         "<table class='meta'><tr><td>Datum</td><td>27 augustus 2026</td></tr>"
         "<tr><td>Ons kenmerk</td><td>RvB/2026/1187</td></tr>"
         "<tr><td>Uw kenmerk</td><td>LCR-2026-07</td></tr>"
         "<tr><td>Onderwerp</td><td>Reactie op uw ongevraagd advies \u2018Bereikbaar voor iedereen\u2019</td></tr>"
         "</table><p>&nbsp;</p>".replace("&nbsp;", " "),
         "<p>Geachte heer Benali,</p>",
         "<p>Hartelijk dank voor uw ongevraagd advies van 2 juni 2026. Wij hebben het advies besproken met de "
         "directies Klantcontact en Uitkeren en met onze Centrale Cliëntenraad. Uw signalen herkennen wij: de "
         "wachttijden zijn in 2025 opgelopen, mede door het grote aantal nieuwe WW-aanvragen. Hieronder leest u "
         "wat wij met uw advies doen.</p>",
         "<div class='sh'>Brieven</div>",
         "<p>Vanaf januari 2027 leggen wij iedere nieuwe standaardbrief eerst voor aan een klantpanel van twintig "
         "klanten, onder wie klanten met een visuele of verstandelijke beperking. De naam en het directe nummer "
         "van een behandelaar nemen wij niet op in onze brieven. Behandelaars werken in teams en zijn niet "
         "altijd bereikbaar; klanten krijgen voortaan wel het nummer van het team dat hun terugvordering "
         "behandelt.</p>",
         "<div class='sh'>Bellen met UWV</div>",
         "<p>Met ingang van 1 oktober 2026 kunnen bellers direct na het welkomstbericht kiezen voor een "
         "medewerker. Zo hoeven zij niet eerst het hele menu te doorlopen.</p>",
         "<p>Terugbelverzoeken pakken wij op binnen drie werkdagen. Een termijn van twee werkdagen kunnen wij in "
         "drukke periodes niet garanderen zonder dat de wachttijd voor andere bellers verder oploopt. Wij "
         "rapporteren u ieder kwartaal over de behaalde termijn.</p>",
         "<div class='sh'>Wijzigingen doorgeven zonder DigiD</div>",
         "<p>U heeft gelijk dat het vreemd is dat klanten eerst moeten bellen voordat zij iets op papier kunnen "
         "doorgeven. Vanaf januari 2027 ontvangt iedere klant bij een beslissing een antwoordkaart waarmee een "
         "wijziging direct per post kan worden doorgegeven.</p>",
         "<div class='sh'>Uw advies aan de minister</div>",
         "<p>Uw advies over de financiering van het Klant Contact Centrum is gericht aan de minister van SZW. Wij "
         "hebben kennisgenomen van dit deel van uw advies; over ons budget maken wij afspraken met het ministerie "
         "in het jaarplan 2027.</p>",
         "<div class='sh'>Wat wij verder doen</div>",
         "<p>In het najaar van 2026 starten wij in twee regio's een proef met een chatfunctie in Mijn UWV, "
         "waarbij klanten met een medewerker kunnen chatten. De Centrale Cliëntenraad is bij de proef "
         "betrokken.</p>",
         "<p>Wij nodigen u graag uit om in het najaar samen met ons de eerste resultaten te bespreken.</p>",
         "<p>Met vriendelijke groet,<br/>Raad van Bestuur UWV<br/><br/><br/>drs. M.C. Vrolijk-Hartman<br/>"
         "lid Raad van Bestuur</p>"]
    B.chromium_pdf(doc(RES_CSS, "".join(b)), NAME + "_response.pdf")


def expected():
    B.write_expected(NAME, [
        (1, "Bel klanten die een terugbelverzoek doen binnen twee werkdagen terug",
         "Terugbelverzoeken pakken wij op binnen drie werkdagen", "partly"),
        (2, "Zorg dat bellers al in de eerste stap van het keuzemenu",
         "kunnen bellers direct na het welkomstbericht kiezen voor een medewerker", "agrees"),
        (3, "Bied alle formulieren over de WW-uitkering in Mijn UWV ook",
         None, "unanswered"),
        (4, "Laat klanten zonder DigiD hun wijzigingen op papier doorgeven",
         "ontvangt iedere klant bij een beslissing een antwoordkaart", "agrees"),
        (5, "Test nieuwe standaardbrieven vooraf met een klantpanel waarin ook mensen",
         "leggen wij iedere nieuwe standaardbrief eerst voor aan een klantpanel", "agrees"),
        (6, "Vermeld in elke brief over een terugvordering de naam en het",
         "het directe nummer van een behandelaar nemen wij niet op", "disagrees"),
        (7, "Stel UWV vanaf 2027 structureel middelen beschikbaar om de gemiddelde",
         "hebben kennisgenomen van dit deel van uw advies", "noted"),
    ], ["Hartelijk dank voor uw ongevraagd advies van 2 juni 2026",
        "starten wij in twee regio's een proef met een chatfunctie",
        "Wij nodigen u graag uit om in het najaar"],
        "ONGEVRAAGD ADVIES of the LANDELIJKE CLIENTENRAAD (LCR) 'Bereikbaar voor iedereen' to the Raad van Bestuur of "
        "UWV (the figures, quotes, people, kenmerken and the quoted 2023 advice are invented; the Wet SUWI is real, "
        "but what is said of it is not to be relied on). The seven recommendations are IMPERATIVE BULLETS in shaded "
        "boxes: three boxes 'Ons advies aan UWV' (two each, themes 1-3) and one box 'Ons advies aan de minister van "
        "SZW' (one) - no numbers, 1-7 by order. Not recommendations: 'Waarom dit advies' (the Wet SUWI: 'moeten "
        "regelen'), the table 'UWV in cijfers', the clients' quotes ('Ik moet drie keer bellen', 'Je moet eerst "
        "bellen'), the 2023 advice quoted as an imperative ('Houd het keuzemenu kort') and reported as followed, "
        "'moet nog steeds door alle stappen heen', UWV's writing guide ('moet ... zijn geschreven'), the praise box "
        "'Wat goed gaat', and the procedural request in 'Tot slot' ('Wij zien uw reactie ... graag binnen drie "
        "maanden tegemoet'). Response: UWV letter with bold sub-heads, no numbers, order 5+6, 2, 1, 4, 7: ONE section "
        "'Brieven': 5 agrees (client panel from January 2027) + 6 disagrees ('nemen wij niet op', a team number "
        "instead); 2 agrees (menu choice from 1 October 2026); 1 partly (three working days, not two); 4 agrees "
        "(answer card with every decision); 7 noted (addressed to the minister; 'hebben kennisgenomen'). 3 (B1 "
        "versions of the WW forms in Mijn UWV) UNANSWERED. The introduction, 'Wat wij verder doen' (chat pilot) and "
        "the closing invitation answer no recommendation.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)
