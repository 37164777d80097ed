"""Round 45 (nl): an (invented) UITVOERINGSTOETS of the Sociale Verzekeringsbank (SVB) on a draft AMvB on
splitting child benefit between co-parents, with an 'Oordeel' line ('uitvoerbaar, mits'), a criteria table with
scores, the draft's articles cited, findings, and recommendations in two coded groups, RANDVOORWAARDEN R1-R3 and
ADVIEZEN A1-A4, in a ruled table 'Code | Randvoorwaarde / advies | Toelichting' (plus a summary naming the codes);
answered by the BESLUIT as published in the STAATSBLAD (preamble, articles that implement some recommendations
silently, then the NOTA VAN TOELICHTING whose paragraph 5 'Uitvoering' answers without codes, in another order).
Engine: LibreOffice Writer headless from HTML (import filter 'HTML (StarWriter)'; header and page numbers stamped
with PyMuPDF; ligature-free DejaVu copies from the helper). Answer key: README-nl.md.

Run: /tmp/blind45nl/bin/python tests/docs/src/blind45/gen_nl_uitvoeringstoets_libreoffice.py (needs soffice)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b45nl as B  # noqa: E402

NAME = "blind45_nl_uitvoeringstoets"
F = B.nolig_fonts()
SERIF = B.nolig_fonts("B45NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})
SVB = "#00598c"


def page(body, fam, size="9.3pt", color=SVB):
    return ("<html><head><meta charset='utf-8'><style>@page { margin: 2.2cm 2cm 2cm 2cm; } "
            "body { font-family: '%s'; font-size: %s; } "
            "p { margin-top: 0; margin-bottom: 5pt; } h2 { font-size: 11.5pt; color: %s; font-family: '%s'; } "
            "h3 { font-size: 9.8pt; } td, th { vertical-align: top; font-size: 8.4pt; font-family: '%s'; }</style></head><body>%s"
            "</body></html>" % (fam, size, color, fam, fam, body))


RECS = [
    ("R1", "Laat het besluit niet eerder in werking treden dan 1 januari 2028 in plaats van 1 juli 2027.",
     "De SVB heeft na publicatie ten minste vijftien maanden nodig om het systeem KIBIS aan te passen en te "
     "testen."),
    ("R2", "Bepaal in het besluit dat de kinderbijslag alleen wordt verdeeld op gezamenlijk verzoek van beide "
     "ouders.", "De SVB kan niet zelf vaststellen of sprake is van co-ouderschap; een verzoek van één ouder leidt "
     "tot bezwaar en geschillen die de SVB niet kan beslechten."),
    ("R3", "Zorg ervoor dat Dienst Toeslagen de verdeling automatisch volgt bij het kindgebonden budget.",
     "Zonder die koppeling ontvangt de ene ouder de helft van de kinderbijslag en de andere het volledige "
     "kindgebonden budget, wat tot terugvorderingen leidt."),
    ("A1", "Neem overgangsrecht op voor ouders die al een verdeling in een ouderschapsplan hebben afgesproken.",
     "Ongeveer 38.000 ouders verdelen de kinderbijslag nu onderling; zij moeten niet opnieuw hoeven te "
     "beginnen."),
    ("A2", "Organiseer samen met de SVB een landelijke publiekscampagne voorafgaand aan de inwerkingtreding.",
     "Zonder bekendheid zal het aantal vragen aan de SVB-kantoren naar schatting verdubbelen."),
    ("A3", "Evalueer de regeling twee jaar na de inwerkingtreding, met aandacht voor geschillen tussen ouders.",
     "Het aantal geschillen is nu niet goed te voorspellen."),
    ("A4", "Neem een hardheidsclausule op voor situaties waarin de verdeling onredelijk uitpakt.",
     "Bijvoorbeeld als één ouder feitelijk alle kosten van het kind draagt."),
]


def advice():
    b = []
    b.append(f"<p style='font-size:13pt; color:{SVB}'><b>SVB</b> <span style='font-size:8pt'>Sociale "
             "Verzekeringsbank</span></p>")
    b.append("<table width='100%' cellpadding='2'><tr><td width='22%'><b>Aan</b></td><td>de minister van Sociale "
             "Zaken en Werkgelegenheid, directie Inkomensbeleid</td></tr><tr><td><b>Datum</b></td><td>7 november "
             "2025</td></tr><tr><td><b>Ons kenmerk</b></td><td>SVB/UT/2025-041</td></tr><tr><td><b>Uw kenmerk"
             "</b></td><td>2025-0000187342</td></tr><tr><td><b>Onderwerp</b></td><td>Uitvoeringstoets ontwerpbesluit "
             "verdeling kinderbijslag bij co-ouderschap</td></tr></table><br>")
    b.append("<h2>1. Samenvatting en oordeel</h2>")
    b.append("<p>U heeft de SVB gevraagd het ontwerpbesluit verdeling kinderbijslag bij co-ouderschap te toetsen "
             "op uitvoerbaarheid, handhaafbaarheid en fraudebestendigheid. Het ontwerpbesluit maakt het mogelijk "
             "de kinderbijslag bij co-ouderschap in twee gelijke delen aan beide ouders te betalen, in plaats van "
             "het volledige bedrag aan één ouder (artikel 18a, derde lid, Algemene Kinderbijslagwet).</p>")
    b.append(f"<p style='border:1pt solid {SVB}; padding:4pt'><b>Oordeel: uitvoerbaar, mits.</b> De SVB kan het "
             "besluit uitvoeren als aan de randvoorwaarden R1 tot en met R3 is voldaan. Daarnaast geeft de SVB "
             "vier adviezen (A1 tot en met A4) die de uitvoering voor ouders eenvoudiger maken.</p>")
    b.append("<h2>2. Toetsingskader</h2>")
    b.append("<table width='100%' border='1' cellspacing='0' cellpadding='3'><tr style='background:#dceaf3'>"
             "<th>Criterium</th><th>Score</th><th>Toelichting</th></tr>"
             "<tr><td>Uitvoerbaarheid processen</td><td>oranje</td><td>nieuw proces voor gezamenlijke "
             "verzoeken</td></tr><tr><td>ICT (KIBIS)</td><td>rood</td><td>niet haalbaar per 1 juli 2027</td></tr>"
             "<tr><td>Klantgevolgen</td><td>oranje</td><td>risico op terugvorderingen bij toeslagen</td></tr>"
             "<tr><td>Handhaafbaarheid</td><td>groen</td><td>verdeling volgt uit gegevens in de BRP</td></tr>"
             "<tr><td>Fraudebestendigheid</td><td>groen</td><td>geen nieuwe risico's</td></tr>"
             "<tr><td>Kosten</td><td>-</td><td>eenmalig 4,2 miljoen euro, structureel 1,1 miljoen euro per jaar"
             "</td></tr></table><br>")
    b.append("<h2>3. Uitvoeringsgevolgen</h2>")
    b.append("<p><b>Proces.</b> Artikel 3 van het ontwerpbesluit laat een verzoek van één ouder toe. De SVB "
             "moet dan vaststellen of de kinderen werkelijk bij beide ouders wonen. Daarvoor heeft de SVB geen "
             "instrumenten. De SVB verwacht ongeveer 52.000 verzoeken in het eerste jaar.</p>")
    b.append("<p><b>ICT.</b> Het betaalsysteem KIBIS kent per kind één ontvanger. Een verdeling vraagt een "
             "wijziging in de kern van het systeem, die samenvalt met de vervanging van de betaalmodule in 2027. "
             "De inwerkingtreding per 1 juli 2027 (artikel 7 van het ontwerp) is daarom niet haalbaar; de "
             "wetgever zou rekening moeten houden met de minimale implementatietermijn van de SVB.</p>")
    b.append("<p><b>Samenhang met toeslagen.</b> Het kindgebonden budget wordt toegekend aan de ouder die de "
             "kinderbijslag ontvangt. Bij een verdeling ontstaat onduidelijkheid wie recht heeft. Dienst "
             "Toeslagen heeft laten weten dat zij in haar eigen uitvoeringstoets op dit punt terugkomt.</p>")
    b.append("<p><b>Eerder advies.</b> In de uitvoeringstoets bij de Wet vereenvoudiging kindregelingen (2023) "
             "adviseerde de SVB al <i>\"bij iedere wijziging van de AKW een implementatietermijn van ten minste "
             "twaalf maanden aan te houden\"</i>. Dat advies is destijds overgenomen.</p>")
    b.append("<h2>4. Randvoorwaarden en adviezen</h2>")
    b.append("<table width='100%' border='1' cellspacing='0' cellpadding='3'><tr style='background:#dceaf3'>"
             "<th width='9%'>Code</th><th width='46%'>Randvoorwaarde / advies</th><th>Toelichting</th></tr>")
    for code, t, why in RECS:
        if code == "R1":
            b.append("<tr><td colspan='3'><b>Randvoorwaarden</b></td></tr>")
        if code == "A1":
            b.append("<tr><td colspan='3'><b>Adviezen</b></td></tr>")
        b.append(f"<tr><td><b>{code}</b></td><td>{t}</td><td>{why}</td></tr>")
    b.append("</table><br>")
    b.append("<h2>5. Tot slot</h2>")
    b.append("<p>De SVB is graag bereid de uitvoeringsgevolgen van een aangepast ontwerp opnieuw te toetsen. Voor "
             "vragen over deze toets kunt u contact opnemen met de afdeling Beleid en Uitvoering.</p>")
    b.append("<p>Raad van bestuur Sociale Verzekeringsbank,<br>drs. M.A. (Marleen) Wolters, voorzitter</p>")
    B.soffice_pdf(page("".join(b), "B45NL Sans"), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "SVB | Uitvoeringstoets ontwerpbesluit verdeling kinderbijslag bij co-ouderschap"
            " | SVB/UT/2025-041", "pagina {n} van {m}", F["Regular"])


def response():
    b = []
    b.append("<p style='font-size:15pt'><b>Staatsblad</b> <span style='font-size:10pt'>van het Koninkrijk der "
             "Nederlanden</span></p><p style='font-size:9pt'>Jaargang 2026 | <b>118</b></p><hr>")
    b.append("<p><b>Besluit van 20 maart 2026, houdende regels over de verdeling van de kinderbijslag bij "
             "co-ouderschap (Besluit verdeling kinderbijslag bij co-ouderschap)</b></p>")
    b.append("<p>Op de voordracht van Onze Minister van Sociale Zaken en Werkgelegenheid van 2 februari 2026, nr. "
             "2026-0000021455;</p><p>Gelet op artikel 18a, derde lid, van de Algemene Kinderbijslagwet;</p>"
             "<p>De Afdeling advisering van de Raad van State gehoord (advies van 4 maart 2026, nr. "
             "W12.26.00019/III);</p><p>Gezien het nader rapport van Onze Minister van Sociale Zaken en "
             "Werkgelegenheid van 16 maart 2026, nr. 2026-0000039920;</p><p>Hebben goedgevonden en verstaan:</p>")
    arts = [
        ("1", "In dit besluit wordt verstaan onder co-ouderschap: de situatie waarin een kind volgens de "
              "basisregistratie personen afwisselend bij beide ouders woont en beide ouders gelijkelijk in de "
              "kosten van verzorging en opvoeding voorzien."),
        ("2", "Bij co-ouderschap wordt de kinderbijslag op verzoek in twee gelijke delen aan beide ouders "
              "betaald."),
        ("3", "Het verzoek, bedoeld in artikel 2, wordt door beide ouders gezamenlijk ingediend bij de Sociale "
              "verzekeringsbank."),
        ("4", "Een verdeling eindigt met ingang van het kwartaal volgend op een gezamenlijk verzoek tot "
              "beëindiging of op de beëindiging van het co-ouderschap."),
        ("5", "Een verdeling die ouders vóór de inwerkingtreding van dit besluit in een ouderschapsplan zijn "
              "overeengekomen, geldt als een verzoek als bedoeld in artikel 3."),
        ("6", "Dit besluit treedt in werking met ingang van 1 oktober 2027."),
        ("7", "Dit besluit wordt aangehaald als: Besluit verdeling kinderbijslag bij co-ouderschap."),
    ]
    for n, t in arts:
        b.append(f"<p><b>Artikel {n}</b><br>{t}</p>")
    b.append("<p>Lasten en bevelen dat dit besluit met de daarbij behorende nota van toelichting in het Staatsblad "
             "zal worden geplaatst.</p><p>'s-Gravenhage, 20 maart 2026<br>De Minister van Sociale Zaken en "
             "Werkgelegenheid,<br>J.P. van Dorsselaer</p><p>Uitgegeven de zevenentwintigste maart 2026</p>")
    b.append("<p style='text-align:center; page-break-before:always'><b>NOTA VAN TOELICHTING</b></p>"
             "<p><b>I. ALGEMEEN</b></p>")
    b.append("<p><b>1. Inleiding</b></p><p>Ouders die na een scheiding de zorg voor hun kinderen gelijk verdelen, "
             "ontvangen nu de kinderbijslag niet samen: de Sociale verzekeringsbank (SVB) betaalt het volledige "
             "bedrag aan één ouder. Met dit besluit wordt uitvoering gegeven aan artikel 18a, derde lid, van de "
             "Algemene Kinderbijslagwet (AKW), dat de mogelijkheid van verdeling opent.</p>")
    b.append("<p><b>2. Hoofdlijnen</b></p><p>De kinderbijslag wordt op verzoek in twee gelijke delen betaald "
             "(artikel 2). Een andere verdeling dan bij helfte is niet mogelijk, omdat de SVB de werkelijke "
             "verdeling van de kosten niet kan vaststellen.</p>")
    b.append("<p><b>3. Uitvoering</b></p><p>De SVB heeft het ontwerpbesluit getoetst en het uitvoerbaar geacht "
             "onder voorwaarden. Naar aanleiding van de uitvoeringstoets is het besluit op de volgende punten "
             "aangepast.</p>")
    b.append("<p>De regering heeft het ontwerp zo aangepast dat alleen een gezamenlijk verzoek tot verdeling "
             "leidt (artikel 3); de SVB hoeft zo niet te beslissen over een geschil tussen ouders. De datum van "
             "inwerkingtreding is verschoven, maar minder ver dan de SVB vroeg: het besluit treedt in werking op "
             "1 oktober 2027 (artikel 6). Met de SVB is afgesproken dat de aanpassing van het betaalsysteem "
             "vóór de vervanging van de betaalmodule wordt uitgevoerd, zodat een latere datum niet nodig is.</p>")
    b.append("<p>Ouders die in een ouderschapsplan al een verdeling hebben afgesproken, hoeven geen nieuw verzoek "
             "in te dienen (artikel 5). Een landelijke publiekscampagne acht de regering niet nodig; wel schrijft "
             "de SVB de ongeveer 140.000 ouders met kinderen op twee adressen vóór de inwerkingtreding "
             "persoonlijk aan.</p>")
    b.append("<p>De SVB vroeg ook om een automatische koppeling met het kindgebonden budget. Daarvoor kiest de "
             "regering niet. Het kindgebonden budget blijft gaan naar de ouder bij wie het kind volgens de "
             "basisregistratie personen staat ingeschreven; een verdeling daarvan zou een wijziging van de Wet op "
             "het kindgebonden budget vergen die de regering niet wenselijk acht zolang de hervorming van het "
             "toeslagenstelsel loopt.</p>")
    b.append("<p>Een afzonderlijke evaluatie van dit besluit is niet voorzien. De werking van de verdeling wordt "
             "meegenomen in de periodieke evaluatie van de AKW, die in 2030 is voorzien.</p>")
    b.append("<p><b>4. Financiële gevolgen</b></p><p>De uitvoeringskosten van de SVB bedragen eenmalig 4,2 miljoen "
             "euro en structureel 1,1 miljoen euro per jaar. Deze worden gedekt binnen de begroting van het "
             "ministerie van Sociale Zaken en Werkgelegenheid (artikel 6, Kinderopvang en kindregelingen). Het "
             "besluit heeft geen gevolgen voor de hoogte van de uitgaven aan kinderbijslag.</p>")
    b.append("<p><b>5. Consultatie</b></p><p>Het ontwerpbesluit is van 1 september tot en met 13 oktober 2025 via "
             "internetconsultatie.nl voorgelegd. Er kwamen 214 reacties binnen, waarvan 171 van ouders. Veel "
             "reacties vroegen om een verdeling naar rato van de zorgdagen; om de in paragraaf 2 genoemde reden "
             "is daarvoor niet gekozen.</p>")
    b.append("<p><b>II. ARTIKELSGEWIJS</b></p><p><i>Artikel 5</i><br>Dit artikel bevat het overgangsrecht voor "
             "bestaande afspraken in een ouderschapsplan. De SVB vraagt het ouderschapsplan niet op; een "
             "verklaring van beide ouders volstaat.</p>")
    b.append("<p>De Minister van Sociale Zaken en Werkgelegenheid,<br>J.P. van Dorsselaer</p>")
    B.soffice_pdf(page("".join(b), "B45NL Serif", "9.6pt", "#000000"), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Staatsblad 2026 118", "{n}", SERIF["Regular"], skip_first=True)


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("R1", "Laat het besluit niet eerder in werking treden dan 1 januari 2028",
         "De datum van inwerkingtreding is verschoven, maar minder ver", "partly"),
        ("R2", "Bepaal in het besluit dat de kinderbijslag alleen wordt verdeeld",
         "alleen een gezamenlijk verzoek tot verdeling leidt", "agrees"),
        ("R3", "Zorg ervoor dat Dienst Toeslagen de verdeling automatisch volgt",
         "het kindgebonden budget. Daarvoor kiest de regering niet",
         "disagrees"),
        ("A1", "Neem overgangsrecht op voor ouders die al een verdeling",
         "hoeven geen nieuw verzoek in te dienen", "agrees"),
        ("A2", "Organiseer samen met de SVB een landelijke publiekscampagne voorafgaand aan",
         "Een landelijke publiekscampagne acht de regering niet nodig", "partly", ["disagrees"]),
        ("A3", "Evalueer de regeling twee jaar na de inwerkingtreding, met aandacht",
         "meegenomen in de periodieke evaluatie van de AKW", "partly", ["noted", "disagrees"]),
        ("A4", "Neem een hardheidsclausule op voor situaties waarin de verdeling", None, "unanswered"),
    ]
    unmatched = ["De uitvoeringskosten van de SVB bedragen eenmalig 4,2 miljoen",
                 "Er kwamen 214 reacties binnen, waarvan 171 van ouders"]
    notes = ("SVB UITVOERINGSTOETS SVB/UT/2025-041 on a draft AMvB splitting child benefit between co-parents: "
             "Aan/Datum/Ons kenmerk/Uw kenmerk/Onderwerp block, an 'Oordeel: uitvoerbaar, mits' box naming R1-R3 "
             "and A1-A4 as ranges, a criteria table with traffic-light scores, findings citing articles of the "
             "draft ('zou ... moeten'), a 2023 advice quoted and already adopted (trap), then ONE ruled table "
             "'Code | Randvoorwaarde / advies | Toelichting' with sub-rows 'Randvoorwaarden' (R1-R3) and "
             "'Adviezen' (A1-A4), each recommendation an imperative in the middle column. Reply: the Besluit as "
             "published in the STAATSBLAD (2026, 118): preamble, articles 1-7 that silently implement R2 (art. 3), "
             "A1 (art. 5) and a compromise on R1 (art. 6: 1 October 2027), then the NOTA VAN TOELICHTING whose "
             "paragraph 3 'Uitvoering' answers WITHOUT codes in the order R2+R1 (one paragraph: joint request "
             "only, agrees; date moved 'minder ver dan de SVB vroeg', partly), A1+A2 (one paragraph: no new "
             "request needed, agrees; no campaign but personal letters, partly / disagrees acceptable), R3 "
             "('Daarvoor kiest de regering niet': disagrees), A3 (no separate evaluation, part of the AKW "
             "evaluation in 2030: partly, noted or disagrees acceptable); A4 (hardheidsclausule) unanswered. "
             "Paragraphs 1-2 (introduction, main lines), 4 'Financiële gevolgen', 5 'Consultatie' and the "
             "artikelsgewijze toelichting answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)
    sys.exit(0 if B.check(NAME) else 1)
