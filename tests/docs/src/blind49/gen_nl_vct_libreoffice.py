"""Round 49 (nl): an (invented) ADVIES of the Belgian VASTE COMMISSIE VOOR TAALTOEZICHT (VCT, Nederlandse
afdeling) after an investigation of the external communication of a Flemish municipality; recommendations as a
lead-in 'De VCT beveelt ... aan:' followed by infinitive clauses labelled 1°-6°. Answered by an internal DIENSTNOTA
of the algemeen directeur to all staff. Engine: LibreOffice Writer headless from HTML (header and page numbers
stamped with PyMuPDF; ligature-free DejaVu copies). Answer key: README-nl.md.

Run: /tmp/blind49nl/bin/python tests/docs/src/blind49/gen_nl_vct_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b49nl as B  # noqa: E402

NAME = "blind49_nl_vct"
F = B.nolig_fonts()
SERIF = B.nolig_fonts("B49NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def page(body, fam, size="9.6pt", color="#7a1f1f"):
    return ("<html><head><meta charset='utf-8'><style>@page { margin: 2.4cm 2.3cm 2cm 2.4cm; } "
            "body { font-family: '%s'; font-size: %s; } "
            "p { margin-top: 0; margin-bottom: 5pt; font-family: '%s'; } "
            "h2 { font-size: 11pt; color: %s; font-family: '%s'; margin-top: 9pt; margin-bottom: 3pt; } "
            "h3 { font-size: 9.8pt; color: %s; font-family: '%s'; margin-top: 6pt; margin-bottom: 2pt; } "
            "td, th { vertical-align: top; font-size: 8.8pt; font-family: '%s'; }</style></head><body>%s"
            "</body></html>" % (fam, size, fam, color, fam, color, fam, fam, body))


def J(t, extra=""):
    return f"<p align='justify' {extra}>{t}</p>"


def advice():
    b = []
    b.append("<p><font size='4'><b>VASTE COMMISSIE VOOR TAALTOEZICHT</b></font><br/>"
             "<font size='2'>Nederlandse afdeling | Kunstlaan 43, 1040 Brussel | www.vct.belgium.be</font></p>")
    b.append("<table width='100%' cellpadding='3' border='0'>"
             "<tr><td width='28%'><b>Advies nr.</b></td><td>58.117 van 19 maart 2026</td></tr>"
             "<tr><td><b>Zitting</b></td><td>Nederlandse afdeling, zitting van 19 maart 2026</td></tr>"
             "<tr><td><b>Betreft</b></td><td>gemeente Zellebeek - taalgebruik in de externe communicatie "
             "(website, sociale media, onthaal, brochures, vacatures)</td></tr>"
             "<tr><td><b>Uw brief</b></td><td>klachten van 4 en 22 oktober 2025; antwoord van het college van "
             "burgemeester en schepenen van 8 januari 2026</td></tr></table>")
    b.append("<h2>1. Voorwerp van het onderzoek</h2>")
    b.append(J("Bij de Vaste Commissie voor Taaltoezicht (VCT) werden in oktober 2025 twee klachten ingediend "
               "over het taalgebruik van de gemeente Zellebeek. De eerste klacht betreft de gemeentelijke website, "
               "die een uitgebreide Engelstalige rubriek 'Welcome to Zellebeek' bevat; de tweede betreft berichten "
               "op de Facebookpagina van de gemeente die in het Nederlands en het Engels werden gepost, en het "
               "onthaal, waar een inwoner in het Frans werd aangesproken. De VCT heeft daarnaast op eigen initiatief "
               "de onthaalbrochure voor nieuwe inwoners en de vacatures van het voorbije jaar onderzocht."))
    b.append("<h2>2. Toepasselijke wetgeving</h2>")
    b.append(J("De gemeente Zellebeek is een gemeente van het Nederlandse taalgebied zonder speciale regeling. Op "
               "grond van artikel 11, § 1, van de wetten op het gebruik van de talen in bestuurszaken, "
               "gecoördineerd op 18 juli 1966 (SWT), stellen de plaatselijke diensten de berichten, mededelingen "
               "en formulieren voor het publiek uitsluitend in het Nederlands op. Artikel 11, § 2, tweede lid, laat "
               "toe dat zij, als de noodwendigheden het rechtvaardigen, bij beslissing van de gemeenteraad ook "
               "andere talen gebruiken. Artikel 12 bepaalt dat de diensten in hun betrekkingen met particulieren "
               "het Nederlands gebruiken. Een overheid moet de taalwetgeving ook naleven wanneer zij een "
               "privaat communicatiekanaal zoals Facebook gebruikt."))
    b.append(J("De VCT herinnert aan haar vaste rechtspraak, onder meer haar advies 55.080 van 12 mei 2023: "
               "<i>'De gemeente moet ervoor zorgen dat elke anderstalige tekst een vertaling is van een volledige "
               "Nederlandse tekst, en dat die Nederlandse tekst de hoofdrol speelt.'</i> Toeristische informatie "
               "valt niet onder de SWT en mag in meerdere talen worden verstrekt."))
    b.append("<h2>3. Bevindingen</h2>")
    b.append("<table width='100%' cellpadding='3' border='1' cellspacing='0'>"
             "<tr><th align='left'>Kanaal</th><th align='left'>Vaststelling</th><th align='left'>Oordeel</th></tr>"
             "<tr><td>Website</td><td>24 Engelstalige pagina's, waarvan 9 zonder Nederlandse tegenhanger "
             "(o.a. afvalkalender, parkeervergunningen)</td><td>strijdig met art. 11</td></tr>"
             "<tr><td>Facebook</td><td>31 van de 140 berichten in 2025 tweetalig NL/EN, geen beslissing van de "
             "gemeenteraad</td><td>strijdig met art. 11</td></tr>"
             "<tr><td>Onthaal</td><td>inwoner in het Frans aangesproken zonder dat hij daarom vroeg</td>"
             "<td>strijdig met art. 12</td></tr>"
             "<tr><td>Brochure</td><td>onthaalbrochure 2025 drietalig (NL/FR/EN) in gelijke opmaak</td>"
             "<td>strijdig met art. 11</td></tr>"
             "<tr><td>Vacatures</td><td>geen vermelding van de vereiste taalkennis in 5 van de 12 vacatures</td>"
             "<td>niet strijdig; aandachtspunt</td></tr></table>")
    b.append(J("<i>Tabel 1. Vaststellingen per kanaal.</i>"))
    b.append(J("In zijn antwoord van 8 januari 2026 stelt het college dat de Engelstalige informatie bedoeld is voor "
               "de talrijke internationale werknemers die in de gemeente wonen, en dat de gemeente hun integratie "
               "wil bevorderen. De VCT heeft begrip voor die bekommernis, maar stelt vast dat de SWT geen "
               "uitzondering maakt voor anderstalige inwoners. Het onthaalpersoneel zou het eerste contact steeds "
               "in het Nederlands moeten leggen, zodat de keuze van de taal niet van de medewerker afhangt."))
    b.append("<h2>4. Besluit</h2>")
    b.append(J("De VCT besluit dat de klachten ontvankelijk en gegrond zijn wat de website, de Facebookpagina en het "
               "onthaal betreft. Het onderzoek op eigen initiatief leidt tot de vaststelling dat de "
               "onthaalbrochure niet in overeenstemming is met de SWT."))
    b.append("<h2>5. Aanbevelingen</h2>")
    b.append(J("De VCT beveelt het college van burgemeester en schepenen van Zellebeek aan:"))
    for lab, t in (
            ("1°", "de Engelstalige rubriek van de website te herleiden tot toeristische informatie en tot "
                   "vertalingen van bestaande Nederlandse pagina's, met een duidelijke verwijzing naar de "
                   "Nederlandse versie;"),
            ("2°", "berichten op de sociale media van de gemeente voortaan uitsluitend in het Nederlands te "
                   "publiceren, tenzij de gemeenteraad een gemotiveerde beslissing neemt op grond van artikel 11, "
                   "§ 2;"),
            ("3°", "het onthaalpersoneel en de medewerkers van het contactcenter schriftelijk te instrueren dat "
                   "elk eerste contact met een inwoner in het Nederlands verloopt;"),
            ("4°", "in elke vacature de vereiste kennis van het Nederlands uitdrukkelijk te vermelden;"),
            ("5°", "de onthaalbrochure voor nieuwe inwoners in het Nederlands uit te geven, met hoogstens een "
                   "beknopte anderstalige bijlage die als vertaling herkenbaar is;"),
            ("6°", "de VCT binnen zes maanden in kennis te stellen van de maatregelen die het college heeft "
                   "genomen.")):
        b.append(f"<p align='justify' style='margin-left:1cm; text-indent:-0.8cm'><b>{lab}</b>&#9;{t}</p>")
    b.append(J("De VCT zal nagaan of aan dit advies gevolg wordt gegeven. Dit advies wordt bezorgd aan de "
               "klagers, aan het college van burgemeester en schepenen van Zellebeek en, ter informatie, aan de "
               "gouverneur van de provincie Vlaams-Brabant."))
    b.append("<br/><table width='100%' border='0'><tr><td>De secretaris,<br/><br/>L. Verbruggen</td>"
             "<td>De voorzitter,<br/><br/>M. Van Houtte</td></tr></table>")
    B.soffice_pdf(page("".join(b).replace("&#9;", " "), "B49NL Sans"), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "VCT | Advies 58.117 | gemeente Zellebeek", "{n}/{m}", F["Regular"])


def response():
    b = []
    b.append("<p><font size='4'><b>gemeente Zellebeek</b></font><br/><font size='2'>Algemeen directeur | "
             "Gemeenteplein 1, 1933 Zellebeek</font></p>")
    b.append("<p><font size='5'><b>DIENSTNOTA 2026/04</b></font></p>")
    b.append("<table width='100%' cellpadding='3' border='0'>"
             "<tr><td width='22%'><b>Aan</b></td><td>alle medewerkers van gemeente en OCMW Zellebeek</td></tr>"
             "<tr><td><b>Van</b></td><td>Katrien Meeus, algemeen directeur</td></tr>"
             "<tr><td><b>Datum</b></td><td>15 april 2026</td></tr>"
             "<tr><td><b>Betreft</b></td><td>taalgebruik in de externe communicatie - opvolging advies VCT "
             "58.117</td></tr>"
             "<tr><td><b>Geldig vanaf</b></td><td>1 mei 2026; vervangt dienstnota 2019/11</td></tr></table>")
    b.append("<h2>1. Waarom deze dienstnota?</h2>")
    b.append(J("De Vaste Commissie voor Taaltoezicht heeft op 19 maart 2026 een advies uitgebracht over de manier "
               "waarop wij met inwoners communiceren. Het college heeft het advies besproken op 7 april 2026. Deze "
               "dienstnota zet de afspraken die daaruit volgen op een rij. Ze geldt voor iedereen die namens de "
               "gemeente of het OCMW communiceert."))
    b.append("<h2>2. Aan het loket en aan de telefoon</h2>")
    b.append(J("Aan het loket, in het contactcenter en bij huisbezoeken spreek je de inwoner altijd eerst in het "
               "Nederlands aan. Pas als het gesprek in het Nederlands echt niet lukt, mag je overschakelen op een "
               "andere taal of op de tolkentelefoon. Teamverantwoordelijken bespreken deze regel in hun "
               "eerstvolgende teamoverleg."))
    b.append("<h2>3. Facebook, Instagram en de nieuwsbrief</h2>")
    b.append(J("Berichten op onze kanalen verschijnen vanaf 1 mei enkel nog in het Nederlands. Het team "
               "communicatie plaatst geen Engelstalige versies meer onder de Nederlandse tekst. Vragen van "
               "volgers in een andere taal beantwoorden we in het Nederlands."))
    b.append("<h2>4. De website</h2>")
    b.append(J("De rubriek 'Welcome to Zellebeek' blijft bestaan, maar wordt tegen 1 september ingekort. Pagina's "
               "zonder Nederlandse tegenhanger verdwijnen of krijgen eerst een Nederlandse versie. De Engelstalige "
               "afvalkalender en de uitleg over de parkeervergunning blijven wel online, omdat het college die "
               "informatie voor nieuwe inwoners onmisbaar vindt; ze verwijzen bovenaan naar de Nederlandse "
               "pagina."))
    b.append("<h2>5. Brochures en vacatures</h2>")
    b.append(J("Het college heeft beslist om de onthaalbrochure voor nieuwe inwoners niet aan te passen: de "
               "drietalige versie blijft in gebruik tot de voorraad op is, en ook de volgende editie wordt "
               "drietalig. Het college is het op dit punt niet eens met de VCT. Voor de vacatures verandert er "
               "niets: sinds de aanwervingsprocedure van september 2025 vermeldt elke vacature al de vereiste "
               "kennis van het Nederlands, en die werkwijze houden we aan."))
    b.append("<h2>6. Interne communicatie</h2>")
    b.append(J("Voor interne e-mails, vergaderingen en het intranet verandert er niets. Daar blijft het "
               "Nederlands de voertaal, maar collega's mogen onderling in een andere taal overleggen."))
    b.append("<h2>7. Vragen</h2>")
    b.append(J("Twijfel je of een tekst in een andere taal mag verschijnen? Neem dan contact op met de dienst "
               "communicatie (communicatie@zellebeek.be, toestel 214) voor je iets publiceert."))
    b.append("<p><br/>Katrien Meeus<br/>algemeen directeur</p>")
    B.soffice_pdf(page("".join(b), "B49NL Serif", "10pt", "#1f4e79"), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Zellebeek | Dienstnota 2026/04", "pagina {n} van {m}",
            SERIF["Regular"])


def expected():
    recs = [
        ("1°", "de Engelstalige rubriek van de website te herleiden tot toeristische informatie",
         "De Engelstalige afvalkalender en de uitleg over de parkeervergunning blijven", "partly"),
        ("2°", "berichten op de sociale media van de gemeente voortaan uitsluitend",
         "Berichten op onze kanalen verschijnen vanaf 1 mei enkel nog", "agrees"),
        ("3°", "het onthaalpersoneel en de medewerkers van het contactcenter schriftelijk te instrueren",
         "spreek je de inwoner altijd eerst in het Nederlands aan", "agrees"),
        ("4°", "in elke vacature de vereiste kennis van het Nederlands",
         "die werkwijze houden we aan", "agrees"),
        ("5°", "de onthaalbrochure voor nieuwe inwoners in het Nederlands uit",
         "Het college is het op dit punt niet eens met de VCT", "disagrees"),
        ("6°", "de VCT binnen zes maanden in kennis te stellen", None, "unanswered"),
    ]
    unmatched = ["Voor interne e-mails, vergaderingen en het intranet verandert er niets",
                 "Neem dan contact op met de dienst communicatie"]
    notes = ("VCT advies 58.117 on the external communication of the (fictional) Flemish municipality Zellebeek: "
             "letterhead, meta table, SWT art. 11 and 12 with 'moet' (trap), the VCT's advice 55.080 of 2023 "
             "quoted with 'moet' (trap), a table of findings per channel, the college's position summarised, 'zou "
             "... moeten' finding, '4. Besluit' (klachten gegrond, trap); recommendations under '5. Aanbevelingen' "
             "as one lead-in 'De VCT beveelt het college ... aan:' and six infinitive clauses labelled 1°-6°. "
             "Reply: internal DIENSTNOTA 2026/04 of the algemeen directeur to all staff (Aan/Van/Datum block), "
             "sections in the order 3, 2, 1, 5+4: first contact in Dutch at the counter (3 agrees); social media "
             "only in Dutch (2 agrees); the English rubric shortened but the waste calendar and parking pages stay "
             "(1 partly); ONE section 'Brochures en vacatures': the brochure stays trilingual, 'niet eens met de "
             "VCT' (5 disagrees) and vacancies already mention Dutch since 2025, 'die werkwijze houden we aan' (4 "
             "agrees, already done); 6 (report to the VCT within six months) unanswered. Unmatched: '6. Interne "
             "communicatie' and '7. Vragen'.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()
    sys.exit(0 if B.check(NAME) else 1)
