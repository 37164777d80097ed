"""Round 46 (nl): an (invented) HUF-TOETS (handhaafbaarheid, uitvoerbaarheid, fraudebestendigheid) of the Inspectie
Leefomgeving en Transport on a bill on platform taxis, with an 'Oordeel in het kort' table per criterion, article
numbers of the bill, findings paragraphs without codes, a 2023 HUF-toets advice quoted with its own code (trap),
and six recommendations marked only by codes H1-H2, U1-U2, F1-F2 in a left MARGIN column next to the paragraph;
answered by a NOTA VAN WIJZIGING (Kamerstuk) whose amendments A-D silently implement some advice and whose
Toelichting answers without codes. Engine: LibreOffice Writer headless from HTML (import filter 'HTML
(StarWriter)'; header and page numbers stamped with PyMuPDF; ligature-free DejaVu copies). Answer key: README-nl.md.

Run: /tmp/blind46nl/bin/python tests/docs/src/blind46/gen_nl_huftoets_libreoffice.py (needs soffice)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b46nl as B  # noqa: E402

NAME = "blind46_nl_huftoets"
F = B.nolig_fonts()
SERIF = B.nolig_fonts("B46NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})
ILT = "#154273"


def page(body, fam, size="9.3pt", color=ILT):
    return ("<html><head><meta charset='utf-8'><style>@page { margin: 2.3cm 2cm 2cm 2.2cm; } "
            "body { font-family: '%s'; font-size: %s; } "
            "p { margin-top: 0; margin-bottom: 5pt; font-family: '%s'; } "
            "h2 { font-size: 11pt; color: %s; font-family: '%s'; } "
            "h3 { font-size: 9.6pt; font-family: '%s'; } "
            "td, th { vertical-align: top; font-size: 8.6pt; font-family: '%s'; }</style></head><body>%s"
            "</body></html>" % (fam, size, fam, color, fam, fam, fam, body))


def coded(code, text):
    return ("<table width='100%' cellpadding='3' cellspacing='0'><tr><td width='9%' style='color:" + ILT +
            "'><b>" + code + "</b></td><td width='91%' style='font-size:9.3pt'><b>" + text +
            "</b></td></tr></table>")


def advice():
    b = []
    b.append(f"<p style='font-size:12.5pt; color:{ILT}'><b>Inspectie Leefomgeving en Transport</b><br/>"
             "<span style='font-size:8pt; color:#444'>Ministerie van Infrastructuur en Waterstaat</span></p>")
    b.append("<table width='100%' cellpadding='2'><tr><td width='22%'><b>Aan</b></td><td>de minister van "
             "Infrastructuur en Waterstaat, t.a.v. de directie Openbaar Vervoer en Spoor</td></tr>"
             "<tr><td><b>Datum</b></td><td>6 februari 2026</td></tr>"
             "<tr><td><b>Kenmerk</b></td><td>ILT-2026/48213</td></tr>"
             "<tr><td><b>Uw kenmerk</b></td><td>IENW/BSK-2025/301877</td></tr>"
             "<tr><td><b>Onderwerp</b></td><td>HUF-toets wetsvoorstel Wet eerlijk taxivervoer via platforms "
             "(Kamerstuk 36 877)</td></tr></table>")
    b.append("<h2>1 Inleiding</h2>")
    b.append("<p>U hebt de ILT gevraagd het wetsvoorstel Wet eerlijk taxivervoer via platforms te toetsen op "
             "handhaafbaarheid, uitvoerbaarheid en fraudebestendigheid (HUF-toets). Het wetsvoorstel is al bij "
             "de Tweede Kamer ingediend; in de memorie van toelichting is toegezegd dat de uitkomsten van deze "
             "toets zo nodig in een nota van wijziging worden verwerkt. Het voorstel verplicht online platforms "
             "om alleen chauffeurs met een geldige chauffeurskaart ritten te laten aannemen (artikel 76b), om "
             "ritgegevens zeven jaar te bewaren (artikel 76d) en stelt een bestuurlijke boete op overtreding "
             "(artikel 87).</p>")
    b.append("<h3>Oordeel in het kort</h3>")
    b.append("<table width='100%' border='1' cellpadding='3' cellspacing='0'><tr><th width='28%' bgcolor='#dfe7f1'>"
             "Criterium</th><th width='22%' bgcolor='#dfe7f1'>Oordeel</th><th bgcolor='#dfe7f1'>Kern</th></tr>"
             "<tr><td>Handhaafbaarheid</td><td>onvoldoende</td><td>controle alleen bij aanmelding; geen toegang "
             "tot gegevens in het buitenland</td></tr>"
             "<tr><td>Uitvoerbaarheid</td><td>voldoende, mits</td><td>tijd voor aanpassing systemen; beheer "
             "koppeling</td></tr>"
             "<tr><td>Fraudebestendigheid</td><td>onvoldoende</td><td>kaarten worden uitgeleend; boete niet "
             "afschrikwekkend</td></tr></table>")
    b.append("<h2>2 Handhaafbaarheid</h2>")
    b.append("<p>Volgens artikel 76b, eerste lid, controleert het platform de chauffeurskaart bij de aanmelding "
             "van de chauffeur op het platform. De ILT ziet in haar toezicht op de huidige taxibranche dat "
             "chauffeurskaarten na aanmelding worden ingetrokken of verlopen, terwijl de chauffeur blijft "
             "rijden. Een eenmalige controle moet daarom worden aangevuld.</p>")
    b.append(coded("H1", "Leg in de wet vast dat het platform de geldigheid van de chauffeurskaart "
                   "elektronisch controleert voorafgaand aan elke rit, en niet alleen bij de aanmelding."))
    b.append("<p>De grote platforms slaan ritgegevens op servers buiten Nederland op, deels buiten de Europese "
             "Unie. Artikel 5:17 van de Algemene wet bestuursrecht geeft de toezichthouder inzage in zakelijke "
             "gegevens, maar het is onzeker of die bevoegdheid reikt tot gegevens die in het buitenland zijn "
             "opgeslagen.</p>")
    b.append(coded("H2", "Geef de ILT een uitdrukkelijke bevoegdheid om ritgegevens van het platform te "
                   "vorderen, ook als die buiten Nederland of buiten de Europese Unie zijn opgeslagen."))
    b.append("<h2>3 Uitvoerbaarheid</h2>")
    b.append("<p>De technische eisen aan de controle worden bij ministeriële regeling gesteld. Platforms en "
             "Kiwa Register, dat het chauffeurskaartregister beheert, hebben na publicatie van die regeling "
             "tijd nodig om hun systemen aan te passen. In de HUF-toets van 2023 op de Wet taxi-examen adviseerde "
             "de ILT al: <i>'Houd rekening met een invoeringstermijn van ten minste een jaar' (H3, 2023)</i>. "
             "Dat advies is destijds gevolgd.</p>")
    b.append(coded("U1", "Laat de verplichtingen van artikel 76b niet eerder in werking treden dan twaalf "
                   "maanden na de publicatie van de ministeriële regeling met de technische eisen."))
    b.append("<p>Het wetsvoorstel zegt niet wie de koppeling tussen het register en de platforms beheert en wie "
             "storingen oplost. Zonder duidelijke regie kan een storing ertoe leiden dat geen enkele chauffeur "
             "kan rijden, of dat platforms de controle uitschakelen.</p>")
    b.append(coded("U2", "Beleg het beheer van de koppeling tussen het chauffeurskaartregister en de "
                   "platforms bij één partij, en regel wat platforms moeten doen bij een storing."))
    b.append("<h2>4 Fraudebestendigheid</h2>")
    b.append("<p>De ILT ziet dat chauffeurskaarten en accounts worden uitgeleend of verhuurd. Een chauffeur met "
             "een geldige kaart meldt zich aan en laat anderen onder zijn account rijden. Het platform heeft er "
             "belang bij dat zoveel mogelijk chauffeurs rijden en dus weinig prikkel om dit te voorkomen.</p>")
    b.append(coded("F1", "Maak het platform hoofdelijk aansprakelijk voor boetes die worden opgelegd aan "
                   "chauffeurs die via het platform rijden zonder geldige chauffeurskaart."))
    b.append("<p>Het maximum van de bestuurlijke boete voor een platform is in artikel 87 gesteld op € 4.500 "
             "per overtreding. Voor een platform met een omzet van honderden miljoenen euro's is dat geen "
             "prikkel.</p>")
    b.append(coded("F2", "Verhoog het maximum van de bestuurlijke boete voor platforms naar ten minste "
                   "€ 90.000 per overtreding, of naar een percentage van de omzet."))
    b.append("<h2>5 Tot slot</h2>")
    b.append("<p>Met de aanpassingen H1 en H2 en een oplossing voor U2 acht de ILT het wetsvoorstel "
             "handhaafbaar. De ILT is graag bereid de toets toe te lichten en wordt graag betrokken bij de "
             "ministeriële regeling. Wij verzoeken u deze toets met de nota van wijziging aan de Tweede Kamer "
             "te zenden.</p>")
    b.append("<p>De Inspecteur-Generaal Leefomgeving en Transport,<br/><br/>drs. H.C. Zwanenburg</p>")
    B.soffice_pdf(page("".join(b), "B46NL Sans"), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "ILT | HUF-toets Wet eerlijk taxivervoer via platforms | ILT-2026/48213",
            "pagina {n} van {m}", F["Regular"])


def response():
    b = []
    b.append("<p style='font-size:13pt'><b>Tweede Kamer der Staten-Generaal</b></p>")
    b.append("<p>Vergaderjaar 2025-2026</p><hr/>")
    b.append("<table width='100%' cellpadding='2'><tr><td width='12%' style='font-size:10pt'><b>36 877</b></td>"
             "<td style='font-size:10pt'><b>Wijziging van de Wet personenvervoer 2000 in verband met regels voor "
             "taxivervoer via online platforms (Wet eerlijk taxivervoer via platforms)</b></td></tr>"
             "<tr><td style='font-size:10pt'><b>Nr. 7</b></td><td style='font-size:10pt'><b>NOTA VAN WIJZIGING"
             "</b></td></tr><tr><td></td><td>Ontvangen 12 maart 2026</td></tr></table><hr/>")
    b.append("<p>Het voorstel van wet wordt als volgt gewijzigd:</p>")
    for letter, text in (
            ("A", "In artikel I, onderdeel C, wordt in artikel 76b, eerste lid, 'bij de aanmelding van de "
                  "chauffeur op het platform' vervangen door 'voorafgaand aan iedere rit'."),
            ("B", "In artikel I, onderdeel D, wordt aan artikel 76d een lid toegevoegd, luidende:<br/>3. Het "
                  "platform verstrekt de met het toezicht belaste ambtenaren op hun vordering de ritgegevens, "
                  "voor zover deze zijn opgeslagen binnen de Europese Economische Ruimte."),
            ("C", "In artikel I, onderdeel F, wordt in artikel 87, derde lid, '€ 4.500' vervangen door "
                  "'€ 90.000'."),
            ("D", "In artikel I, onderdeel G, wordt 'artikel 76c, tweede lid' vervangen door 'artikel 76c, "
                  "derde lid'.")):
        b.append(f"<p style='text-align:center'><b>{letter}</b></p><p>{text}</p>")
    b.append("<p style='text-align:center; margin-top:10pt'><b>TOELICHTING</b></p>")
    b.append("<h3>Algemeen</h3>")
    b.append("<p>Met deze nota van wijziging verwerkt de regering de uitkomsten van de handhaafbaarheids-, "
             "uitvoerbaarheids- en fraudebestendigheidstoets die de Inspectie Leefomgeving en Transport op 6 "
             "februari 2026 heeft uitgebracht, zoals bij de indiening van het wetsvoorstel is toegezegd. De toets "
             "is als bijlage bij deze nota van wijziging gevoegd. Het oordeel van de inspectie was op twee "
             "criteria onvoldoende. De regering heeft de toets zorgvuldig gewogen. Hieronder wordt per onderdeel "
             "toegelicht wat is gewijzigd; daarna volgen de punten uit de toets die niet tot een wijziging "
             "hebben geleid.</p>")
    b.append("<h3>Onderdeel A</h3>")
    b.append("<p>De inspectie wees erop dat een controle bij de aanmelding niet voorkomt dat een chauffeur "
             "blijft rijden nadat zijn kaart is ingetrokken. De regering deelt die analyse en neemt het advies "
             "over: het platform moet de kaart nu voor iedere rit controleren. Het chauffeurskaartregister kent "
             "al een bevragingsdienst waarmee dat binnen een seconde kan.</p>")
    b.append("<h3>Onderdeel B</h3>")
    b.append("<p>Met dit onderdeel krijgen de toezichthouders een uitdrukkelijke bevoegdheid om ritgegevens te "
             "vorderen. De inspectie adviseerde die bevoegdheid ook te laten gelden voor gegevens die buiten de "
             "Europese Unie zijn opgeslagen. Zo ver gaat de regering niet: een Nederlandse vordering kan buiten "
             "de EER niet worden afgedwongen en zou bij platforms tot onduidelijkheid leiden. De bevoegdheid is "
             "daarom beperkt tot gegevens binnen de EER; artikel 76d verplicht platforms al om de ritgegevens "
             "ook daar te bewaren.</p>")
    b.append("<h3>Onderdeel C</h3>")
    b.append("<p>Het maximum van de bestuurlijke boete voor een platform wordt verhoogd, zoals de inspectie "
             "heeft geadviseerd. Het nieuwe maximum sluit aan bij de zesde boetecategorie van het Wetboek van "
             "Strafrecht. Een omzetgerelateerde boete vindt de regering niet nodig naast dit bedrag.</p>")
    b.append("<h3>Onderdeel D</h3>")
    b.append("<p>Dit onderdeel herstelt een onjuiste verwijzing in artikel 87 en heeft geen inhoudelijke "
             "betekenis.</p>")
    b.append("<h3>Overige punten uit de toets</h3>")
    b.append("<p>De inspectie vroeg de verplichtingen pas twaalf maanden na de ministeriële regeling in werking "
             "te laten treden. De regering houdt rekening met die invoeringstijd, maar kiest voor negen "
             "maanden, omdat de grote platforms hebben laten weten dat zij de controle in die tijd kunnen "
             "inbouwen. Het advies om het platform hoofdelijk aansprakelijk te maken voor boetes van chauffeurs "
             "neemt de regering niet over. Het platform is zelf beboetbaar als het een chauffeur zonder geldige "
             "kaart laat rijden; een aansprakelijkheid voor boetes van een ander acht de regering niet "
             "proportioneel.</p>")
    b.append("<h3>Regeldruk</h3>")
    b.append("<p>De wijziging in onderdeel A leidt voor platforms tot een geringe toename van de "
             "regeldruk, geraamd op € 0,2 miljoen eenmalig. Het Adviescollege Toetsing Regeldruk is hierover "
             "niet opnieuw geconsulteerd.</p>")
    b.append("<p style='margin-top:10pt'>De Minister van Infrastructuur en Waterstaat,<br/><br/>"
             "J.P. van Oosterwijk</p>")
    B.soffice_pdf(page("".join(b), "B46NL Serif", "9.6pt", "#000000"), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Tweede Kamer, vergaderjaar 2025-2026, 36 877, nr. 7", "{n}",
            SERIF["Regular"], skip_first=True)


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("H1", "Leg in de wet vast dat het platform de geldigheid",
         "neemt het advies over: het platform moet de kaart", "agrees"),
        ("H2", "Geef de ILT een uitdrukkelijke bevoegdheid om ritgegevens van het platform",
         "Zo ver gaat de regering niet", "partly"),
        ("U1", "Laat de verplichtingen van artikel 76b niet eerder in werking treden",
         "maar kiest voor negen maanden", "partly"),
        ("U2", "Beleg het beheer van de koppeling tussen het chauffeurskaartregister en", None, "unanswered"),
        ("F1", "Maak het platform hoofdelijk aansprakelijk voor boetes die worden opgelegd",
         "acht de regering niet proportioneel", "disagrees"),
        ("F2", "Verhoog het maximum van de bestuurlijke boete voor platforms naar",
         "wordt verhoogd, zoals de inspectie heeft geadviseerd", "agrees"),
    ]
    unmatched = ["Dit onderdeel herstelt een onjuiste verwijzing in artikel 87",
                 "regeldruk, geraamd op € 0,2 miljoen eenmalig"]
    notes = ("ILT HUF-toets ILT-2026/48213 on the bill 'Wet eerlijk taxivervoer via platforms' (Kamerstuk 36 877): "
             "letterhead, Aan/Datum/Kenmerk/Onderwerp table, stamped running header and 'pagina N van M', an "
             "'Oordeel in het kort' table per criterion, article numbers of the bill and Awb 5:17, finding "
             "paragraphs without codes ('moet daarom worden aangevuld': trap), a 2023 HUF-toets advice quoted "
             "in italics with its own code '(H3, 2023)' and already followed (trap), six recommendations marked "
             "ONLY by codes H1, H2, U1, U2, F1, F2 in a left margin column next to bold imperatives, and a closing "
             "section naming H1, H2 and U2. Reply: NOTA VAN WIJZIGING (Kamerstuk 36 877, nr. 7): amendments A-D "
             "(A implements H1, B a narrowed H2, C the higher fine of F2, D a reference repair), then a "
             "Toelichting without codes: Onderdeel A 'neemt het advies over' (H1 agrees; mentions the "
             "chauffeurskaartregister, close to U2); Onderdeel B 'Zo ver gaat de regering niet', only data "
             "inside the EEA (H2 partly); Onderdeel C 'zoals de inspectie heeft geadviseerd' (F2 agrees; the "
             "turnover alternative declined); 'Overige punten uit de toets' ONE paragraph with U1 (nine months "
             "instead of twelve: partly) and F1 ('neemt de regering niet over ... niet proportioneel': "
             "disagrees); U2 (who manages the link) unanswered; Onderdeel D and 'Regeldruk' unmatched.")
    B.write_expected(NAME, recs, unmatched, notes)
    B.check(NAME)
