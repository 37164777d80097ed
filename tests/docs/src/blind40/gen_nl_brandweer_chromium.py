"""Round 40 (nl, Caribisch Nederland): an (invented) fire-safety advice of the Brandweerkorps Caribisch Nederland,
korps Bonaire, to the gezaghebber on an event permit application (Festival Playa Pabou 2026), answered by the
gezaghebber's BESCHIKKING (evenementenvergunning: overwegingen, besluit, articles). Engine: headless Chromium
--print-to-pdf (CSS @page margin boxes; ligature-free DejaVu copies from the helper). Answer key: README-nl.md.

Run: /tmp/blind40nl/bin/python tests/docs/src/blind40/gen_nl_brandweer_chromium.py (needs chromium)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b40nl as B  # noqa: E402

NAME = "blind40_nl_brandweer"
F = B.nolig_fonts()
SERIF = B.nolig_fonts("B40NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})
FONTS = ""
for fam, paths in (("B40", F), ("B40S", SERIF)):
    for st, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                       "Bold Italic": ("bold", "italic")}.items():
        FONTS += f"@font-face {{ font-family: {fam}; src: url(file://{paths[st]}); font-weight: {w}; font-style: {s}; }}\n"

CSS = FONTS + """
html { font-family: B40; font-size: 9.4pt; line-height: 1.45; font-variant-ligatures: none; }
@page { size: A4; margin: 22mm 20mm 20mm 20mm;
  @top-left { content: "%s"; font-family: B40; font-size: 7.5pt; color: #a31d1d; }
  @bottom-right { content: "Pagina " counter(page) " van " counter(pages); font-family: B40; font-size: 7.5pt; }
  @bottom-left { content: "%s"; font-family: B40; font-size: 7pt; color: #666; } }
@page :first { @top-left { content: none; } }
p { margin: 0 0 2.4mm 0; text-align: justify; }
h2 { font-size: 11.5pt; color: #a31d1d; margin: 5mm 0 2mm 0; }
table { border-collapse: collapse; width: 100%%; font-size: 8.6pt; margin: 1mm 0 3mm 0; }
td, th { border: 0.5pt solid #bbb; padding: 1.2mm 2mm; vertical-align: top; text-align: left; }
th { background: #f3dede; }
.band { background: #a31d1d; color: white; padding: 4mm 5mm; margin-bottom: 5mm; }
.band .a { font-size: 15pt; font-weight: bold; } .band .b { font-size: 8.5pt; }
.box { border: 1pt solid #a31d1d; padding: 2mm 4mm; margin: 2mm 0 3mm 0; break-inside: avoid; }
.box .c { font-weight: bold; color: #a31d1d; }
.meta td { border: none; padding: 0.5mm 2mm 0.5mm 0; }
"""


def advice():
    h = ["<html><head><meta charset='utf-8'><style>", CSS % ("BKCN korps Bonaire | Advies BV-BON-2026-031",
         "Brandweerkorps Caribisch Nederland | Kaya Nikiboko Zuid z/n | Kralendijk, Bonaire"), "</style></head><body>"]
    h.append("<div class='band'><div class='a'>Brandweerkorps Caribisch Nederland</div>"
             "<div class='b'>Korps Bonaire | Afdeling Risicobeheersing | Kuerpo di Bombero Karibe Hulandes</div></div>")
    h.append("<table class='meta'><tr><td>Aan</td><td>De Gezaghebber van het openbaar lichaam Bonaire</td></tr>"
             "<tr><td>Datum</td><td>17 februari 2026</td></tr><tr><td>Ons kenmerk</td><td>BV-BON-2026-031</td></tr>"
             "<tr><td>Uw kenmerk</td><td>EV-2026-0114</td></tr><tr><td>Onderwerp</td><td>Brandveiligheidsadvies "
             "Festival Playa Pabou 2026</td></tr></table>")
    h.append("<p>Geachte Gezaghebber,</p><p>Op 2 februari 2026 vroeg u ons advies over de aanvraag van Stichting "
             "Kultura Bonaire voor een evenementenvergunning voor het Festival Playa Pabou, op 27 en 28 maart 2026 "
             "op het Wilhelminaplein en de boulevard van Kralendijk. Wij adviseren op grond van artikel 6 van de "
             "Brandweerverordening BES en het Besluit brandveiligheid en hulpverlening BES. Dit advies is "
             "gebaseerd op de situatietekening versie 3 van 30 januari 2026 en een schouw op 10 februari.</p>")
    h.append("<h2>1. Het evenement</h2><table><tr><th>Onderdeel</th><th>Gegevens aanvraag</th></tr>"
             "<tr><td>Verwacht aantal bezoekers</td><td>4.500 per avond (maximaal 2.800 tegelijk)</td></tr>"
             "<tr><td>Netto oppervlak terrein</td><td>3.150 m²</td></tr><tr><td>Podia / tenten</td><td>1 podium, "
             "2 tenten van 10 x 20 m</td></tr><tr><td>Kookunits met gas</td><td>14 foodstands</td></tr>"
             "<tr><td>Eindtijd</td><td>01.00 uur</td></tr></table>")
    h.append("<h2>2. Bevindingen</h2><p>Het terrein wordt aan de zeezijde begrensd door de boulevard; daardoor is "
             "ontvluchting maar naar twee zijden mogelijk. Bij 2.800 bezoekers tegelijk moet de totale "
             "uitgangsbreedte ten minste 14 meter zijn; de tekening toont 11 meter. De gasflessen van de "
             "foodstands staan op de tekening binnen de tent. Tijdens het festival van 2025 was de "
             "calamiteitenroute langs de Kaya Grandi geblokkeerd door geparkeerde pick-ups.</p>"
             "<p>In ons advies over de editie 2025 stond al: <i>'Houd de calamiteitenroute over de Kaya Grandi over "
             "de volle breedte vrij.'</i> Dat is toen onvoldoende nageleefd.</p>")
    h.append("<h2>3. Advies</h2><p>Wij adviseren u de vergunning alleen te verlenen als daaraan de volgende "
             "voorschriften worden verbonden. De codes verwijzen naar ons Handboek evenementenveiligheid.</p>")
    boxes = [("A1", "Vluchtwegen", "Vergroot de totale uitgangsbreedte tot ten minste 14 meter door aan de "
              "zuidzijde een extra nooduitgang van 3 meter te maken."),
             ("A2", "Vluchtwegen", "Houd een calamiteitenroute van 5 meter breed over de Kaya Grandi vrij en laat "
              "deze bewaken door verkeersregelaars."),
             ("B1", "Blusmiddelen", "Plaats bij elke foodstand met gas of frituur een blusdeken en een "
              "poederblusser van 6 kg."),
             ("B2", "Blusmiddelen", "Sla gasflessen buiten de tenten op in een afgesloten kooi op ten minste 5 meter "
              "afstand van publiek."),
             ("C1", "Hulpverlening", "Stel een brandwacht van twee personen aan die gedurende het hele evenement "
              "op het terrein aanwezig is."),
             ("C2", "Hulpverlening", "Laat de organisator uiterlijk twee weken vooraf een calamiteitenplan ter "
              "beoordeling indienen."),
             ("C3", "Hulpverlening", "Zorg voor een EHBO-post met ten minste vier gecertificeerde hulpverleners en "
              "een vaste standplaats voor een ambulance.")]
    for code, theme, text in boxes:
        h.append(f"<div class='box'><span class='c'>{code}</span> <span style='color:#666'>| {theme}</span><br>{text}</div>")
    h.append("<h2>4. Conclusie</h2><p>Met inachtneming van de voorschriften onder 3 adviseert het korps positief. "
             "Zonder deze voorschriften is de brandveiligheid van bezoekers onvoldoende gewaarborgd. Wij willen "
             "graag een afschrift van uw besluit ontvangen.</p><p>Hoogachtend,<br><br>ing. R.F. Martijn<br>"
             "teamleider Risicobeheersing Bonaire</p>")
    h.append("</body></html>")
    B.chromium_pdf("".join(h), NAME + "_advice.pdf")


def response():
    css = CSS.replace("font-family: B40; font-size: 9.4pt", "font-family: B40S; font-size: 9.6pt")
    h = ["<html><head><meta charset='utf-8'><style>", css % ("Openbaar Lichaam Bonaire | Beschikking EV-2026-0114",
         "Openbaar Lichaam Bonaire | Kaya Grandi 2 | Kralendijk"), "</style></head><body>"]
    h.append("<p style='font-size:13pt;font-weight:bold;margin-bottom:0'>Openbaar Lichaam Bonaire</p>"
             "<p style='font-size:8.5pt;color:#555'>De Gezaghebber | Gezaghebber</p>")
    h.append("<table class='meta'><tr><td>Aan</td><td>Stichting Kultura Bonaire, t.a.v. de heer E. Frans</td></tr>"
             "<tr><td>Datum</td><td>6 maart 2026</td></tr><tr><td>Kenmerk</td><td>EV-2026-0114</td></tr>"
             "<tr><td>Onderwerp</td><td>Beschikking evenementenvergunning Festival Playa Pabou 2026</td></tr></table>")
    h.append("<h2>Aanvraag</h2><p>Op 29 januari 2026 heeft u een vergunning aangevraagd voor het Festival Playa "
             "Pabou op 27 en 28 maart 2026. Op uw aanvraag hebben het Korps Politie Caribisch Nederland en het "
             "Brandweerkorps Caribisch Nederland (advies BV-BON-2026-031 van 17 februari 2026) geadviseerd.</p>")
    h.append("<h2>Overwegingen</h2>"
             "<p><i>Ontvluchting.</i> De brandweer vraagt om een extra nooduitgang aan de zuidzijde. Uw aangepaste "
             "tekening versie 4 voorziet daarin; dit voorschrift is integraal overgenomen in artikel 2.1. De "
             "brandweer vraagt ook om een calamiteitenroute van 5 meter. De Kaya Grandi is op dat punt 6 meter breed "
             "en moet bereikbaar blijven voor bewoners; wij schrijven daarom een vrije breedte van 3,5 meter voor, "
             "zonder verkeersregelaars, wat voor de brandweer volgens overleg aanvaardbaar is.</p>"
             "<p><i>Blusmiddelen.</i> Blusdekens en poederblussers bij de foodstands nemen wij over. Een afgesloten "
             "gaskooi op 5 meter afstand achten wij op het plein niet uitvoerbaar en niet nodig, omdat de "
             "foodstands sinds dit jaar uitsluitend elektrisch koken; dit voorschrift wordt niet opgenomen.</p>"
             "<p><i>Geneeskundige hulpverlening.</i> Het advies over de EHBO-post en de standplaats van de "
             "ambulance hebben wij doorgestuurd naar de Ambulancedienst Bonaire, die daarover met u afspraken "
             "maakt.</p>"
             "<p><i>Geluid.</i> Op grond van de Evenementenverordening Bonaire geldt een maximaal geluidsniveau van "
             "95 dB(A) op de gevel van de dichtstbijzijnde woning.</p>")
    h.append("<h2>Besluit</h2><p>De Gezaghebber besluit:</p>"
             "<p><b>Artikel 1</b> Aan Stichting Kultura Bonaire wordt vergunning verleend voor het Festival Playa "
             "Pabou op 27 en 28 maart 2026, telkens van 18.00 tot 01.00 uur.</p>"
             "<p><b>Artikel 2</b> Aan de vergunning zijn de volgende voorschriften verbonden:<br>"
             "2.1 de nooduitgangen worden uitgevoerd conform tekening versie 4, met een totale breedte van 14 meter;<br>"
             "2.2 over de Kaya Grandi blijft een calamiteitenroute met een vrije breedte van 3,5 meter;<br>"
             "2.3 bij elke foodstand zijn een blusdeken en een poederblusser van 6 kg aanwezig;<br>"
             "2.4 de vergunninghouder stelt voor het hele evenement een brandwacht van twee personen aan.</p>"
             "<p><b>Artikel 3</b> Deze vergunning kan worden ingetrokken als de voorschriften niet worden nageleefd.</p>")
    h.append("<p style='font-size:8.5pt'><b>Bezwaar.</b> Tegen deze beschikking kunt u binnen zes weken na de dag "
             "van verzending bezwaar maken bij de Gezaghebber (Wet administratieve rechtspraak BES).</p>"
             "<p>De Gezaghebber van Bonaire,<br><br>mr. drs. A.J. Thielman</p>"
             "<p style='font-size:8pt;color:#555'>Afschrift: Brandweerkorps Caribisch Nederland; Korps Politie "
             "Caribisch Nederland</p>")
    h.append("</body></html>")
    B.chromium_pdf("".join(h), NAME + "_response.pdf")


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("A1", "Vergroot de totale uitgangsbreedte tot ten minste 14 meter", "dit voorschrift is integraal overgenomen in artikel 2.1", "agrees"),
        ("A2", "Houd een calamiteitenroute van 5 meter breed over de", "wij schrijven daarom een vrije breedte van 3,5 meter voor", "partly"),
        ("B1", "Plaats bij elke foodstand met gas of frituur een blusdeken",
         "Blusdekens en poederblussers bij de foodstands nemen wij over", "agrees"),
        ("B2", "Sla gasflessen buiten de tenten op in een afgesloten kooi",
         "dit voorschrift wordt niet opgenomen", "disagrees"),
        ("C1", "Stel een brandwacht van twee personen aan die gedurende",
         "de vergunninghouder stelt voor het hele evenement een brandwacht", "agrees"),
        ("C2", "Laat de organisator uiterlijk twee weken vooraf een calamiteitenplan", None, "unanswered"),
        ("C3", "Zorg voor een EHBO-post met ten minste vier gecertificeerde",
         "hebben wij doorgestuurd naar de Ambulancedienst Bonaire", "noted"),
    ]
    unmatched = ["geldt een maximaal geluidsniveau van 95 dB(A)"]
    notes = ("BKCN fire-safety advice to the gezaghebber: meta block, an event data table, findings with 'moet', "
             "the 2025 advice quoted as an imperative (trap), legal basis articles; seven framed boxes coded A1-C3 "
             "with a theme label, all imperatives; '4. Conclusie' (positive advice) is not a recommendation. Reply: "
             "beschikking with 'Overwegingen' (italic run-ins) and 'Besluit' articles: A1 taken over into art. 2.1 "
             "(agrees); A2 3.5 instead of 5 metres, no traffic controllers (partly); B1 taken over (agrees) and B2 "
             "gas cage refused (disagrees) in one paragraph; C3 passed on to the ambulance service (noted); C1 only "
             "as voorschrift 2.4 in the besluit (agrees); C2 (calamiteitenplan) unanswered; the noise paragraph "
             "answers nothing.")
    B.write_expected(NAME, recs, unmatched, notes)
    sys.exit(0 if B.check(NAME) else 1)
