"""Round 59 (nl): a RAPPORT VAN BEVINDINGEN of the REKENKAMER VAN SURINAME (an audit of the maintenance of the
secondary road network by an invented ministry), answered in the VERSLAG of the public meeting of DE NATIONALE
ASSEMBLEE in which the minister answers the members (verbatim-style minutes with speakers).

Advice: Rekenkamer title block, 1 Inleiding (statutory duty 'moet ... aanbieden', the audit questions as bullets),
chapters 2-4 each with an 'Bevindingen' sub-heading and a NUMBERED list restarting at 1 in every chapter (findings,
with 'had ... moeten' and 'moet'), then an 'Aanbevelingen' sub-heading whose numbered list CONTINUES across the
chapters (1-3 in chapter 2, 4-5 in chapter 3, 6-7 in chapter 4), same hanging-number layout as the findings; a
ruled table of contract amounts in SRD, the Rekenkamer's 2021 recommendation quoted ('Het ministerie moet ...'), 5
Slot (the ministry's bestuurlijke reactie is pending: no recommendation). Numbers are '1'-'7'. Response: 'Verslag
van de openbare vergadering van De Nationale Assemblee' (date, agenda item, 'De voorzitter:' and members' questions,
the minister's long answer in several paragraphs that name no numbers), order 6, 4+5 (one paragraph: 4 agrees, 5
disagrees), 1, 7, 2; 3 (external expert on the assessment committee) unanswered; the chair's opening, a member's
question and the minister's answer about another road, and the chair's closing answer nothing. Engine: headless
Chromium --print-to-pdf (CSS @page margin boxes), ligature-free DejaVu copies.

Run: /tmp/blind59nl/bin/python tests/docs/src/blind59/gen_nl_rekenkamersr_chromium.py   (needs chromium)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b59nl as B  # noqa: E402

NAME = "blind59_nl_rekenkamersr"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B59NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def fonts(fam, paths):
    css = ""
    for stl, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                        "Bold Italic": ("bold", "italic")}.items():
        css += (f"@font-face {{ font-family: {fam}; src: url(file://{paths[stl]}); font-weight: {w}; "
                f"font-style: {s}; }}\n")
    return css


BASE = fonts("S59", SANS) + fonts("R59", SERIF) + """
html { font-variant-ligatures: none; }
p { margin: 0 0 2.4mm 0; }
table { border-collapse: collapse; }
"""

ADV_CSS = BASE + """
@page { size: A4; margin: 22mm 22mm 22mm 22mm;
  @top-right { content: "Rekenkamer van Suriname | Onderhoud secundair wegennet"; font-family: S59; font-size: 7.4pt;
              color: #6a6a6a; }
  @bottom-center { content: "- " counter(page) " -"; font-family: S59; font-size: 7.6pt; color: #6a6a6a; } }
@page :first { @top-right { content: none; } }
html { font-family: R59; font-size: 9.4pt; line-height: 1.45; text-align: justify; }
.org { font-family: S59; font-size: 9pt; color: #1f6b3a; font-weight: bold; letter-spacing: 0.6pt;
       border-bottom: 1.6pt solid #1f6b3a; padding-bottom: 1.5mm; margin-bottom: 6mm; }
.kind { font-family: S59; font-size: 8.4pt; text-transform: uppercase; color: #8a1c1c; margin-bottom: 1mm; }
h1 { font-family: S59; font-size: 17pt; line-height: 1.2; margin: 0 0 2mm 0; }
.sub { font-family: S59; font-size: 9.4pt; color: #555; margin-bottom: 6mm; }
h2 { font-family: S59; font-size: 11.4pt; color: #1f6b3a; margin: 5mm 0 2mm 0; break-after: avoid; }
h3 { font-family: S59; font-size: 9.4pt; font-style: italic; margin: 3mm 0 1.4mm 0; break-after: avoid; }
ol { margin: 0 0 2.4mm 0; padding-left: 8mm; }
ol li { margin-bottom: 1.4mm; padding-left: 1mm; }
ul { margin: 0 0 2.4mm 0; padding-left: 6mm; }
.q { font-style: italic; color: #444; margin: 0 10mm 2.4mm 10mm; }
table.m { font-family: S59; font-size: 8.1pt; width: 100%; margin: 1mm 0 1mm 0; }
table.m th { border-top: 0.8pt solid #1f6b3a; border-bottom: 0.8pt solid #1f6b3a; text-align: left;
             padding: 1mm 1.6mm; }
table.m td { border-bottom: 0.4pt solid #c0cfc4; padding: 0.9mm 1.6mm; }
table.m td.r, table.m th.r { text-align: right; }
.cap { font-family: S59; font-size: 7.9pt; color: #555; margin-top: 1mm; }
"""

RES_CSS = BASE + """
@page { size: A4; margin: 24mm 26mm 22mm 26mm;
  @top-left { content: "De Nationale Assemblee | Verslag openbare vergadering 16 juni 2026"; font-family: S59;
              font-size: 7.2pt; color: #555; }
  @top-right { content: counter(page); font-family: S59; font-size: 7.2pt; color: #555; } }
html { font-family: R59; font-size: 9.6pt; line-height: 1.5; text-align: justify; }
.head { text-align: center; font-family: S59; margin-bottom: 6mm; }
.head .a { font-size: 12pt; font-weight: bold; letter-spacing: 1pt; }
.head .b { font-size: 9pt; color: #444; }
.agenda { font-family: S59; font-size: 8.8pt; border-top: 0.6pt solid #000; border-bottom: 0.6pt solid #000;
          padding: 2mm 0; margin-bottom: 5mm; }
p.sp { text-indent: 0; }
.sp b { font-family: S59; }
.t { font-family: S59; font-size: 8.4pt; color: #555; font-style: italic; margin: 3mm 0; }
"""


def doc(css, body):
    return ("<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><style>" + css + "</style></head><body>"
            + body + "</body></html>")


def ol(items, start=1):
    return f"<ol start='{start}'>" + "".join(f"<li>{t}</li>" for t in items) + "</ol>"


def advice():
    b = ["<div class='org'>REKENKAMER VAN SURINAME</div>",
         "<div class='kind'>Rapport van bevindingen</div>",
         "<h1>Onderhoud van het secundaire wegennet</h1>",
         "<div class='sub'>Doelmatigheidsonderzoek bij het Ministerie van Openbare Werken en Infrastructuur over "
         "de dienstjaren 2022-2024  |  Paramaribo, 3 maart 2026  |  RK/2026/07</div>",
         "<h2>1 Inleiding</h2>",
         "<p>Het secundaire wegennet van Suriname telt ongeveer 1 900 kilometer wegen die dorpen en "
         "landbouwgebieden verbinden met de hoofdwegen. Het onderhoud daarvan wordt door het Ministerie van "
         "Openbare Werken en Infrastructuur uitbesteed aan aannemers. Op grond van de Wet Rekenkamer van Suriname "
         "moet de Rekenkamer haar rapporten aan De Nationale Assemblee aanbieden; een afschrift gaat naar de "
         "minister. Het onderzoek beantwoordt drie vragen:</p>",
         "<ul><li>Verloopt de aanbesteding van onderhoudswerken rechtmatig en transparant?</li>"
         "<li>Houdt het ministerie voldoende toezicht op de uitvoering?</li>"
         "<li>Worden de uitgaven juist verantwoord?</li></ul>",
         "<p>De Rekenkamer onderzocht 48 onderhoudscontracten in de districten Wanica, Commewijne, Saramacca en "
         "Nickerie en sprak met ambtenaren van het ministerie, aannemers en dorpsbesturen.</p>",
         "<h2>2 Aanbesteding</h2>",
         "<h3>Bevindingen</h3>",
         ol(["Van de 48 contracten werden er 31 onderhands gegund, ook wanneer het bedrag boven de grens van SRD 2 "
             "miljoen lag waarboven het ministerie volgens zijn eigen richtlijn openbaar had moeten "
             "aanbesteden.",
             "De beoordelingscommissie legde niet vast waarom een aannemer werd gekozen. In 19 dossiers ontbrak "
             "een beoordelingsverslag.",
             "De commissie bestond steeds uit drie ambtenaren van dezelfde afdeling die ook het bestek opstelde."]),
         "<table class='m'><tr><th>Wijze van gunning</th><th class='r'>Aantal contracten</th>"
         "<th class='r'>Totaal (SRD mln)</th><th class='r'>Gemiddeld (SRD mln)</th></tr>"
         "<tr><td>Openbare aanbesteding</td><td class='r'>9</td><td class='r'>64,2</td><td class='r'>7,1</td></tr>"
         "<tr><td>Onderhandse aanbesteding</td><td class='r'>8</td><td class='r'>21,6</td>"
         "<td class='r'>2,7</td></tr>"
         "<tr><td>Onderhandse gunning</td><td class='r'>31</td><td class='r'>73,9</td><td class='r'>2,4</td></tr>"
         "</table><div class='cap'>Tabel 1. Onderzochte contracten naar wijze van gunning, 2022-2024.</div>",
         "<h3>Aanbevelingen</h3>",
         ol(["Besteed alle onderhoudswerken boven SRD 2 miljoen openbaar aan en publiceer elke gunning op de "
             "website van het ministerie.",
             "Leg in een ministeriële beschikking vast welke criteria de beoordelingscommissie bij de gunning "
             "hanteert en hoe zij haar keuze motiveert.",
             "Neem in elke beoordelingscommissie ten minste één deskundige op die niet werkzaam is bij de afdeling "
             "die het bestek heeft opgesteld."]),
         "<h2>3 Uitvoering en toezicht</h2>",
         "<h3>Bevindingen</h3>",
         ol(["Voor 22 van de 48 projecten was geen toezichthouder aangewezen. Dorpsbesturen meldden dat de "
             "aannemer soms weken wegbleef zonder dat het ministerie dat wist.",
             "In 14 gevallen werd de laatste termijn betaald voordat het werk was opgeleverd. Bij vier wegen bleek "
             "later dat de asfaltlaag dunner was dan het bestek voorschreef."]),
         "<p>De Rekenkamer wees al in 2021 op het ontbreken van toezicht. Zij schreef toen:</p>",
         "<p class='q'>'Het ministerie moet per district bijhouden welke wegen in welke staat verkeren, zodat het "
         "onderhoud kan worden gepland.'</p>",
         "<p>Het ministerie heeft sindsdien een wegenregister voor twee districten aangelegd.</p>",
         "<h3>Aanbevelingen</h3>",
         ol(["Wijs voor elk onderhoudsproject een toezichthouder aan die de voortgang ter plaatse controleert en "
             "daarover maandelijks rapporteert.",
             "Betaal de laatste termijn pas nadat de toezichthouder schriftelijk heeft verklaard dat het werk "
             "volgens het bestek is opgeleverd."], start=4),
         "<h2>4 Financiële verantwoording</h2>",
         "<h3>Bevindingen</h3>",
         ol(["Het ministerie heeft geen meerjarenplanning voor het onderhoud; projecten worden gekozen op basis "
             "van klachten en beschikbare middelen.",
             "De jaarrekening van het Wegenfonds over 2023 werd pas in november 2025 bij het Ministerie van "
             "Financiën en Planning ingediend, terwijl de Comptabiliteitswet voorschrijft dat dit binnen zes "
             "maanden na afloop van het dienstjaar moet gebeuren."]),
         "<h3>Aanbevelingen</h3>",
         ol(["Stel een meerjarenplan op voor het onderhoud van het secundaire wegennet, met een kostenraming per "
             "district en per jaar.",
             "Dien de jaarrekening van het Wegenfonds voortaan binnen zes maanden na afloop van het dienstjaar in "
             "en laat haar controleren door de Centrale Landsaccountantsdienst."], start=6),
         "<h2>5 Slot</h2>",
         "<p>De Rekenkamer heeft het conceptrapport op 15 januari 2026 aan de minister voorgelegd. Op het moment "
         "van vaststelling van dit rapport was de bestuurlijke reactie nog niet ontvangen. De Rekenkamer zal over "
         "twee jaar nagaan wat met de aanbevelingen is gedaan.</p>",
         "<p>Drs. M.A. Soekhlal, voorzitter<br/>Mr. J.R. Fernandes, secretaris</p>"]
    B.chromium_pdf(doc(ADV_CSS, "".join(b)), NAME + "_advice.pdf")


def response():
    b = ["<div class='head'><div class='a'>DE NATIONALE ASSEMBLEE</div>"
         "<div class='b'>Verslag van de openbare vergadering van dinsdag 16 juni 2026<br/>Zittingsjaar 2025-2026"
         "  |  Aanvang 10.20 uur</div></div>",
         "<div class='agenda'>Agendapunt 3. Behandeling van het rapport van de Rekenkamer van Suriname "
         "'Onderhoud van het secundaire wegennet' (RK/2026/07), in aanwezigheid van de minister van Openbare "
         "Werken en Infrastructuur</div>",
         "<p class='sp'><b>De voorzitter:</b> Ik open de vergadering. Aan de orde is de behandeling van het "
         "rapport van de Rekenkamer. De leden hebben in de eerste ronde hun vragen gesteld; ik geef nu het woord "
         "aan de minister voor zijn beantwoording.</p>",
         "<p class='sp'><b>Minister Pinas:</b> Dank u, voorzitter. Ik dank de Rekenkamer voor het grondige "
         "onderzoek. Het rapport is kritisch en dat is terecht. Ik zal de vragen van de leden per onderwerp "
         "beantwoorden.</p>",
         "<p>Eerst de planning. Het ministerie werkt sinds april aan een meerjarenplan voor het secundaire "
         "wegennet. Dat plan bevat voor elk district een raming per jaar en wordt in oktober aan deze Assemblee "
         "aangeboden, samen met de begroting voor 2027. Ik neem die aanbeveling dus volledig over.</p>",
         "<p>Dan het toezicht. Sinds 1 mei heeft elk project een eigen toezichthouder, die elke maand een verslag "
         "met foto's indient bij het hoofd van de afdeling Wegen. Het lid Ramdin vroeg of ik ook de laatste "
         "termijn pas wil betalen na een schriftelijke oplevering. Dat doe ik niet. De meeste aannemers in de "
         "districten zijn kleine bedrijven die zonder tijdige betaling hun arbeiders niet kunnen uitbetalen; wij "
         "blijven betalen volgens de termijnen van het contract en houden bij gebreken een garantiesom in.</p>",
         "<p>Over de aanbesteding het volgende. Ik ga openbaar aanbesteden, maar de grens van SRD 2 miljoen is "
         "voor het ministerie niet haalbaar. Bij die grens zou bijna elk project een openbare procedure van drie "
         "maanden vragen. Ik leg de grens daarom bij SRD 5 miljoen. Wel wordt vanaf juli elke gunning, ook de "
         "onderhandse, op de website van het ministerie gepubliceerd.</p>",
         "<p>Het lid Vreden vroeg naar de jaarrekening van het Wegenfonds. Voorzitter, de indiening van de "
         "jaarrekening en de controle door de Centrale Landsaccountantsdienst vallen onder de minister van "
         "Financiën en Planning. Ik heb het rapport aan mijn collega doorgestuurd en zal de Assemblee laten weten "
         "wat zij besluit.</p>",
         "<p>Tot slot de criteria voor de gunning. Er ligt een concept-beschikking klaar waarin de "
         "gunningscriteria en de verslaglegging door de beoordelingscommissie worden geregeld. Ik verwacht die "
         "beschikking in augustus te tekenen.</p>",
         "<p class='sp'><b>De voorzitter:</b> Dank u. Het lid Ramdin heeft een vervolgvraag.</p>",
         "<p class='sp'><b>De heer Ramdin (lid):</b> Voorzitter, de weg naar Tamanredjo staat al twee jaar op de "
         "lijst. Kan de minister zeggen wanneer daar wordt begonnen?</p>",
         "<p class='sp'><b>Minister Pinas:</b> Het werk aan de Tamanredjoweg wordt in september gegund. De "
         "aannemer moet binnen vier maanden klaar zijn, voor het begin van de grote regentijd.</p>",
         "<p class='t'>(Er wordt geen gebruik meer gemaakt van de tweede termijn.)</p>",
         "<p class='sp'><b>De voorzitter:</b> Ik dank de minister. Het rapport is hiermee behandeld. De "
         "vergadering wordt geschorst tot 14.00 uur.</p>",
         "<p class='t'>(De vergadering wordt om 12.05 uur geschorst.)</p>"]
    B.chromium_pdf(doc(RES_CSS, "".join(b)), NAME + "_response.pdf")


def expected():
    B.write_expected(NAME, [
        ("1", "Besteed alle onderhoudswerken boven SRD 2 miljoen openbaar aan en publiceer",
         "Ik leg de grens daarom bij SRD 5 miljoen", "partly"),
        ("2", "Leg in een ministeriële beschikking vast welke criteria de beoordelingscommissie",
         "Ik verwacht die beschikking in augustus te tekenen", "agrees"),
        ("3", "Neem in elke beoordelingscommissie ten minste één deskundige op die",
         None, "unanswered"),
        ("4", "Wijs voor elk onderhoudsproject een toezichthouder aan die de voortgang",
         "Sinds 1 mei heeft elk project een eigen toezichthouder", "agrees"),
        ("5", "Betaal de laatste termijn pas nadat de toezichthouder schriftelijk heeft verklaard",
         "blijven betalen volgens de termijnen van het contract", "disagrees"),
        ("6", "Stel een meerjarenplan op voor het onderhoud van het secundaire wegennet",
         "Ik neem die aanbeveling dus volledig over", "agrees"),
        ("7", "Dien de jaarrekening van het Wegenfonds voortaan binnen zes maanden na afloop",
         "Ik heb het rapport aan mijn collega doorgestuurd", "noted"),
    ], ["De leden hebben in de eerste ronde hun vragen gesteld",
        "Het werk aan de Tamanredjoweg wordt in september gegund",
        "De vergadering wordt geschorst tot 14.00 uur"],
        "RAPPORT VAN BEVINDINGEN of the Rekenkamer van Suriname (the audit, the ministry's name, figures and people "
        "are invented; the Wet Rekenkamer van Suriname and the Comptabiliteitswet are named, what is said of them "
        "is not to be relied on). The seven recommendations are the items of the numbered lists under the "
        "'Aanbevelingen' sub-headings of chapters 2-4, numbered CONTINUOUSLY 1-3, 4-5, 6-7, in the same hanging "
        "layout as the 'Bevindingen' lists just above them, which RESTART at 1 in every chapter (findings 'had ... "
        "moeten aanbesteden', 'moet gebeuren'). Not recommendations either: the statutory duty ('moet de Rekenkamer "
        "haar rapporten ... aanbieden'), the audit questions (bullets), Table 1, the 2021 recommendation quoted ('Het "
        "ministerie moet per district bijhouden ...'), 5 Slot ('zal over twee jaar nagaan'). Response: VERSLAG of "
        "the public meeting of De Nationale Assemblee (minutes: 'De voorzitter:', 'Minister Pinas:', 'De heer "
        "Ramdin (lid):'), the minister's answer in paragraphs that name no recommendation numbers, in the order 6, "
        "4+5, 1, 7, 2: 6 agrees ('Ik neem die aanbeveling dus volledig over'); ONE paragraph: 4 agrees (a "
        "supervisor per project since 1 May) + 5 disagrees ('Dat doe ik niet', payment by contract terms, a "
        "guarantee retained); 1 partly (public tendering above SRD 5 instead of 2 million, publication yes); 7 "
        "noted (a matter for the minister of Financiën en Planning, report forwarded); 2 agrees (beschikking in "
        "August). 3 (an outside expert on each assessment committee) UNANSWERED. The chair's opening, the "
        "minister's thanks, the member's question on the Tamanredjoweg and its answer, and the chair's closing "
        "answer nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)
