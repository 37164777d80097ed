"""Round 41 (nl): an (invented) ongevraagd advies of the Landelijke Cliëntenraad (LCR) to the raad van bestuur of
UWV on the service to WW claimants, with the recommendations in the right-hand column of a two-column table 'Wat
wij zien | Wat wij adviseren' (rows 1-6), answered by UWV's letter with thematic headings. Engine: LibreOffice
Writer headless from HTML (import filter 'HTML (StarWriter)'; header and 'pagina N van M' stamped with PyMuPDF;
ligature-free DejaVu copies from the helper). Answer key: README-nl.md.

Run: /tmp/blind41nl/bin/python tests/docs/src/blind41/gen_nl_lcr_libreoffice.py (needs soffice)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b41nl as B  # noqa: E402

NAME = "blind41_nl_lcr"
F = B.nolig_fonts()
SERIF = B.nolig_fonts("B41NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def page(body, fam, size="10pt"):
    return ("<html><head><meta charset='utf-8'><style>body { font-family: '%s'; font-size: %s; } "
            "p { margin-top: 0; margin-bottom: 6pt; } h2 { font-size: 12pt; color: #6b1f5c; } "
            "td, th { vertical-align: top; font-size: 9pt; }</style></head><body>%s</body></html>"
            % (fam, size, body))


def advice():
    b = []
    b.append("<p style='font-size:16pt; color:#6b1f5c'><b>Landelijke Cliëntenraad</b></p>"
             "<p style='font-size:8pt'>Adviesraad van cliënten van UWV, SVB en gemeenten | Postbus 16100 | 2500 BC "
             "Den Haag</p><br>")
    b.append("<p>Aan de Raad van Bestuur van UWV<br>t.a.v. de voorzitter, mevrouw drs. E.M. Rademaker<br>La "
             "Guardiaweg 116<br>1043 DL Amsterdam</p>")
    b.append("<p>Datum: 26 februari 2026<br>Ons kenmerk: LCR/2026/0112<br>Onderwerp: ongevraagd advies "
             "'Werkzoekend, niet digitaal verloren' over de dienstverlening aan WW-gerechtigden</p>")
    b.append("<p>Geachte mevrouw Rademaker,</p><p>De Landelijke Cliëntenraad (LCR) brengt op grond van artikel 12 "
             "van de Wet SUWI gevraagd en ongevraagd advies uit. Met deze brief geven wij u ongevraagd advies over "
             "de dienstverlening aan mensen met een WW-uitkering in de eerste drie maanden. Wij baseren ons op een "
             "raadpleging van 640 cliënten via het Cliëntenpanel WW (oktober-november 2025), drie "
             "rondetafelgesprekken en de klachtenrapportage van UWV over 2025.</p>")
    b.append("<h2>1. Wat cliënten ons vertelden</h2>")
    b.append("<table border='1' cellpadding='4' cellspacing='0' width='100%'><tr><th>Ervaring (n = 640)</th>"
             "<th>Eens</th><th>Oneens</th></tr><tr><td>Ik wist na de aanvraag wat UWV van mij verwachtte</td>"
             "<td>52%</td><td>31%</td></tr><tr><td>Ik heb in de eerste drie maanden een adviseur gesproken</td>"
             "<td>37%</td><td>58%</td></tr><tr><td>De brieven over mijn uitkering waren begrijpelijk</td>"
             "<td>44%</td><td>40%</td></tr><tr><td>Ik kon werk.nl zonder hulp gebruiken</td><td>61%</td>"
             "<td>29%</td></tr></table><br>")
    b.append("<p>Cliënten vinden dat UWV hen eerder zou moeten bellen, vooral als zij ouder zijn dan 55 jaar. Een "
             "deelnemer zei: 'Je moet maar raden wat ze van je willen.' Volgens artikel 26 van de WW moet de "
             "cliënt zelf passend werk zoeken; juist daarom is duidelijkheid over de verplichtingen belangrijk. In "
             "2022 adviseerden wij al: 'Zorg dat iedere WW-gerechtigde binnen een maand een persoonlijk gesprek "
             "krijgt.' UWV heeft dat toen gedeeltelijk overgenomen.</p>")
    b.append("<h2>2. Onze adviezen</h2><p>Per thema zetten wij hieronder onze waarneming en ons advies naast "
             "elkaar.</p>")
    rows = [
        ("Veel cliënten weten na de aanvraag niet wat hun sollicitatieplicht inhoudt.",
         "Stuur binnen twee weken na de toekenning een persoonlijke brief in begrijpelijke taal (B1) met de "
         "verplichtingen."),
        ("Minder dan vier op de tien cliënten spreekt in de eerste drie maanden een adviseur.",
         "Bied iedere WW-gerechtigde van 55 jaar en ouder binnen zes weken een gesprek met een adviseur werk "
         "aan."),
        ("Cliënten met weinig digitale vaardigheden raken achter bij werk.nl.",
         "Geef cliënten die dat willen de keuze om hun werkzoekactiviteiten op papier door te geven."),
        ("Maatregelen bij te laat doorgegeven activiteiten komen voor cliënten als een verrassing.",
         "Waarschuw cliënten eerst met een herinnering voordat u een maatregel oplegt."),
        ("Het Cliëntenpanel WW geeft waardevolle signalen, maar wordt maar één keer per jaar bevraagd.",
         "Bevraag het Cliëntenpanel WW ten minste twee keer per jaar en deel de uitkomsten met de LCR."),
        ("Klachten over telefonische bereikbaarheid stegen in 2025 met 18%.",
         "Maak de wachttijden van het klantcontactcentrum per maand openbaar op uwv.nl."),
    ]
    t = ["<table border='1' cellpadding='5' cellspacing='0' width='100%'><tr><th width='5%'>Nr.</th>"
         "<th width='45%'>Wat wij zien</th><th width='50%'>Wat wij adviseren</th></tr>"]
    for i, (a, r) in enumerate(rows, 1):
        t.append(f"<tr><td>{i}</td><td>{a}</td><td>{r}</td></tr>")
    t.append("</table><br>")
    b.append("".join(t))
    b.append("<h2>3. Tot slot</h2><p>Wij zien dat UWV met het programma Dienstverlening WW 2025-2027 al stappen "
             "zet. Wij vragen u ons binnen acht weken te laten weten wat u met dit advies doet, zoals in ons "
             "convenant is afgesproken. Wij zijn graag bereid het advies in een gesprek toe te lichten.</p>"
             "<p>Met vriendelijke groet,</p><p>Landelijke Cliëntenraad<br><br>A.J. (Anton) Brinkhorst, "
             "voorzitter</p><p style='font-size:8pt'>Afschrift: minister van Sociale Zaken en Werkgelegenheid; "
             "Cliëntenraad WW van UWV</p>")
    B.soffice_pdf(page("".join(b), "B41NL Sans", "9.6pt"), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Landelijke Cliëntenraad | Advies LCR/2026/0112 | 26 februari 2026",
            "pagina {n} van {m}", F["Regular"])


def response():
    b = []
    b.append("<p style='font-size:15pt; color:#00529b'><b>UWV</b></p><p style='font-size:8pt'>Raad van Bestuur | "
             "La Guardiaweg 116 | 1043 DL Amsterdam | Postbus 58285 | 1040 HG Amsterdam</p><br>")
    b.append("<p>Landelijke Cliëntenraad<br>t.a.v. de heer A.J. Brinkhorst, voorzitter<br>Postbus 16100<br>2500 "
             "BC Den Haag</p>")
    b.append("<table border='0' cellpadding='1' cellspacing='0'><tr><td>Datum</td><td>22 april 2026</td></tr>"
             "<tr><td>Ons kenmerk</td><td>RvB/2026/04-0871</td></tr><tr><td>Uw kenmerk</td>"
             "<td>LCR/2026/0112</td></tr><tr><td>Onderwerp</td><td>Reactie op uw advies 'Werkzoekend, niet "
             "digitaal verloren'</td></tr></table><br>")
    b.append("<p>Geachte heer Brinkhorst,</p><p>Hartelijk dank voor uw ongevraagd advies van 26 februari. Het "
             "geeft ons een helder beeld van wat WW-cliënten ervaren. Hieronder leest u per onderwerp onze "
             "reactie.</p>")
    b.append("<p><b>Contact met een adviseur</b><br>Wij delen uw zorg over oudere werkzoekenden. Vanaf 1 juli "
             "2026 nodigen wij alle WW-gerechtigden van 55 jaar en ouder uit voor een gesprek, al lukt dat door de "
             "krapte aan adviseurs niet binnen zes weken maar binnen tien weken na de start van de uitkering.</p>")
    b.append("<p><b>Duidelijke informatie en waarschuwen vooraf</b><br>Sinds januari sturen wij iedere nieuwe "
             "WW-gerechtigde al een welkomstbrief op B1-niveau met de verplichtingen op één pagina; uw advies "
             "bevestigt dat die aanpak werkt. Een herinnering vóór elke maatregel kunnen wij niet invoeren: de "
             "wet verplicht UWV een maatregel op te leggen als de werkzoekactiviteiten niet zijn doorgegeven, en "
             "wij wijzen cliënten al in de welkomstbrief op die termijn.</p>")
    b.append("<p><b>Papieren route</b><br>Uw advies over het doorgeven van activiteiten op papier hebben wij "
             "voorgelegd aan het ministerie van SZW, omdat daarvoor de Regeling SUWI-gegevensverwerking moet "
             "worden aangepast. Wij informeren u zodra wij antwoord hebben.</p>")
    b.append("<p><b>Klantcontactcentrum</b><br>De telefonische bereikbaarheid heeft onze aandacht. Wij "
             "publiceren de gemiddelde wachttijd al per kwartaal in het Kwartaalverslag UWV; een maandelijkse "
             "publicatie op uwv.nl vinden wij niet zinvol, omdat de cijfers per maand sterk schommelen.</p>")
    b.append("<p><b>Samenwerking met de LCR</b><br>Op 3 juni organiseren wij samen met de Cliëntenraad WW een "
             "werkbezoek aan het UWV-kantoor in Zwolle. Wij nodigen twee leden van de LCR graag uit.</p>")
    b.append("<p>Wij danken u nogmaals voor uw advies en gaan graag met u in gesprek over de uitvoering.</p>"
             "<p>Met vriendelijke groet,</p><p>Raad van Bestuur UWV<br><br>drs. E.M. Rademaker, voorzitter</p>")
    B.soffice_pdf(page("".join(b), "B41NL Serif", "10pt"), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "UWV | Raad van Bestuur | RvB/2026/04-0871", "pagina {n} van {m}",
            SERIF["Regular"])


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("1", "Stuur binnen twee weken na de toekenning een persoonlijke brief", "sturen wij iedere nieuwe "
         "WW-gerechtigde al een welkomstbrief", "agrees"),
        ("2", "Bied iedere WW-gerechtigde van 55 jaar en ouder binnen", "niet binnen zes weken maar binnen tien "
         "weken", "partly"),
        ("3", "Geef cliënten die dat willen de keuze om hun werkzoekactiviteiten", "hebben wij voorgelegd aan het "
         "ministerie van SZW", "noted"),
        ("4", "Waarschuw cliënten eerst met een herinnering voordat u een maatregel", "Een herinnering vóór elke "
         "maatregel kunnen wij niet invoeren", "disagrees"),
        ("5", "Bevraag het Cliëntenpanel WW ten minste twee keer per jaar", None, "unanswered"),
        ("6", "Maak de wachttijden van het klantcontactcentrum per maand openbaar", "een maandelijkse publicatie op "
         "uwv.nl vinden wij niet zinvol", "disagrees", ["partly"]),
    ]
    unmatched = ["werkbezoek aan het UWV-kantoor in Zwolle"]
    notes = ("LCR unsolicited advice letter to UWV: legal basis (art. 12 Wet SUWI), a panel-results table, client "
             "views with 'zou moeten' / 'moet' (findings), WW art. 26, the 2022 advice quoted as an imperative "
             "(trap); six recommendations as imperatives in the right-hand column 'Wat wij adviseren' of a table "
             "numbered 1-6 (left column: findings); 'Tot slot' asks for a reply within eight weeks (not a "
             "recommendation). Reply: UWV letter with bold thematic headings in another order: 2 conversations "
             "within ten instead of six weeks (partly); 1 welcome letter already sent since January (agrees) and 4 "
             "reminder before a sanction refused (disagrees) in one paragraph; 3 paper route put to the ministry "
             "(noted); 6 already quarterly, monthly publication refused (disagrees, also partly); 5 (client panel "
             "twice a year) unanswered; the 'Samenwerking met de LCR' paragraph (work visit) answers nothing.")
    B.write_expected(NAME, recs, unmatched, notes)
    sys.exit(0 if B.check(NAME) else 1)
