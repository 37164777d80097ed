"""Round 42 (nl): an (invented) advice of the Vlaamse Commissie Onroerend Erfgoed (VCOE) on the definitive
protection of a former sugar factory, with lettered conditions/recommendations a)-g) under 'Advies', answered by the
ministerieel besluit tot definitieve bescherming (its 'Motivering' with 'Overwegende dat' paragraphs on the VCOE
advice). Engine: LibreOffice Writer headless from HTML (import filter 'HTML (StarWriter)'; header and page numbers
stamped with PyMuPDF; ligature-free DejaVu copies from the helper). Answer key: README-nl.md.

Run: /tmp/blind42nl/bin/python tests/docs/src/blind42/gen_nl_vcoe_libreoffice.py (needs soffice)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b42nl as B  # noqa: E402

NAME = "blind42_nl_vcoe"
F = B.nolig_fonts()
SERIF = B.nolig_fonts("B42NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def page(body, fam, size="10pt"):
    return ("<html><head><meta charset='utf-8'><style>body { font-family: '%s'; font-size: %s; } "
            "p { margin-top: 0; margin-bottom: 6pt; } h2 { font-size: 11.5pt; color: #3a3a3a; } "
            "h3 { font-size: 10pt; } td, th { vertical-align: top; font-size: 9pt; }</style></head><body>%s"
            "</body></html>" % (fam, size, body))


def advice():
    b = []
    b.append("<p style='font-size:15pt'><b>Vlaamse Commissie Onroerend Erfgoed</b></p>"
             "<p style='font-size:8pt'>Koning Albert II-laan 19 bus 5, 1210 Brussel | vcoe@vlaanderen.be</p><br>")
    b.append("<p style='font-size:13pt'><b>ADVIES</b></p>")
    b.append("<table width='100%' cellpadding='3' border='1' style='border-collapse:collapse'>"
             "<tr><td width='32%'>Ons kenmerk</td><td>VCOE/2026/031</td></tr>"
             "<tr><td>Uw kenmerk</td><td>4.001/46021/101.1</td></tr>"
             "<tr><td>Datum zitting</td><td>12 maart 2026 (kamer Oost-Vlaanderen)</td></tr>"
             "<tr><td>Betreft</td><td>Definitieve bescherming als monument en erfgoedlandschap van de voormalige "
             "suikerfabriek De Hoop en omgeving in Ledeberge (gemeente Zwalmegem)</td></tr>"
             "<tr><td>Aanvrager</td><td>Agentschap Onroerend Erfgoed, afdeling Erfgoedwaarden</td></tr></table><br>")
    b.append("<h2>1. Adviesvraag en procedure</h2>")
    b.append("<p>1.1 Op 3 februari 2026 vroeg het agentschap Onroerend Erfgoed de VCOE om advies over het ontwerp "
             "van beschermingsbesluit, zoals bepaald in artikel 6.1.8 van het Onroerenderfgoeddecreet van 12 juli "
             "2013. Het ontwerp werd op 14 november 2025 voorlopig vastgesteld; het openbaar onderzoek liep van 1 "
             "december 2025 tot en met 30 januari 2026.</p>")
    b.append("<p>1.2 De commissie bezocht de site op 26 februari 2026 in aanwezigheid van de eigenaar, NV "
             "Suikerhaven, en de gemeentelijke erfgoedconsulent. Het advies werd op 12 maart 2026 met eenparigheid "
             "van stemmen uitgebracht door de acht aanwezige leden.</p>")
    b.append("<h2>2. Beschrijving</h2>")
    b.append("<p>2.1 De suikerfabriek De Hoop werd in 1872 opgericht langs de Zwalm en tussen 1908 en 1911 "
             "grotendeels herbouwd. Het complex omvat de pulphal met stalen dakspanten, de ketelhuisvleugel met "
             "schouw (1911), het kantoorgebouw, vier bezinkvijvers en de bedding van de smalspoorlijn naar de "
             "kaai. Aan de Fabrieksstraat 2-14 staan acht arbeiderswoningen uit 1912.</p>")
    b.append("<p>2.2 De fabriek sloot in 1989. Sindsdien worden de nieuwe loodsen (1974) gebruikt voor opslag. "
             "De bezinkvijvers zijn spontaan verland en vormen een waardevol moerasgebied.</p>")
    b.append("<h2>3. Openbaar onderzoek</h2>")
    b.append("<p>3.1 Tijdens het openbaar onderzoek werden 23 bezwaarschriften en opmerkingen ingediend:</p>")
    b.append("<table width='80%' cellpadding='3' border='1' style='border-collapse:collapse'>"
             "<tr><th>Indiener</th><th>Aantal</th><th>Belangrijkste thema</th></tr>"
             "<tr><td>Eigenaar (NV Suikerhaven)</td><td>1</td><td>economische herbestemming, dakspanten</td></tr>"
             "<tr><td>Bewoners Fabrieksstraat</td><td>14</td><td>erfgoedlandschap, zonnepanelen</td></tr>"
             "<tr><td>Natuurpunt Zwalmvallei</td><td>1</td><td>bezinkvijvers</td></tr>"
             "<tr><td>Gemeente Zwalmegem</td><td>1</td><td>beheersplan, smalspoor</td></tr>"
             "<tr><td>Andere</td><td>6</td><td>diverse</td></tr></table><br>")
    b.append("<p>3.2 De commissie stelt vast dat het agentschap de bezwaren zorgvuldig heeft behandeld. Wel zou de "
             "weerlegging van het bezwaar van de eigenaar over de dakspanten beter moeten worden onderbouwd met het "
             "stabiliteitsonderzoek van 2024.</p>")
    b.append("<h2>4. Bespreking</h2>")
    b.append("<p>4.1 De erfgoedwaarden (historische, architecturale, industrieel-archeologische en sociale "
             "waarde) zijn goed gemotiveerd. De commissie onderschrijft dat de site een van de laatste gave "
             "suikerfabrieken van Vlaanderen is.</p>")
    b.append("<p>4.2 De afbakening volgt grotendeels het kadastraal perceel. In haar advies van 2019 over de "
             "vaststelling van de inventaris schreef de commissie nog: 'Beperk de afbakening tot de gebouwen met "
             "een uitgesproken industriële functie.' Het terreinbezoek heeft die visie bijgesteld: de "
             "ketelhuisvleugel en de schouw zijn onlosmakelijk verbonden met het productieproces.</p>")
    b.append("<p>4.3 De beheersdoelstellingen laten toe dat de stalen dakspanten van de pulphal worden vervangen. "
             "Volgens de commissie moet een vervanging de uitzondering blijven; het stabiliteitsonderzoek toont "
             "aan dat herstel mogelijk is.</p>")
    b.append("<p>4.4 Het is positief dat de eigenaar bereid is mee te werken aan een beheersplan (artikel 8.1.1 van "
             "het decreet). Een plan zou idealiter ook de natuurwaarden van de vijvers omvatten.</p>")
    b.append("<h2>5. Advies</h2>")
    b.append("<p>De VCOE verleent een <b>gunstig advies</b> over de definitieve bescherming, onder de volgende "
             "voorwaarden en aanbevelingen:</p>")
    recs = [
        "Breid de afbakening van het monument uit tot de volledige ketelhuisvleugel met de schouw van 1911.",
        "Neem de arbeiderswoningen aan de Fabrieksstraat 2-14 op in het erfgoedlandschap in plaats van ze enkel "
        "in de beschrijving te vermelden.",
        "Schrap in de beheersdoelstellingen de toelating om de stalen dakspanten van de pulphal te vervangen door "
        "een nieuwe constructie.",
        "Formuleer voor de bezinkvijvers een afzonderlijk beheersdoel dat de industriële vorm en de ecologische "
        "waarde samen beschermt.",
        "Stel binnen zes maanden na de definitieve bescherming een beheersplan op, samen met de eigenaar en de "
        "gemeente.",
        "Onderzoek of de bedding van de smalspoorlijn tussen fabriek en kaai als lijnrelict mee kan worden "
        "beschermd.",
        "Pas de lijst van toelatingsplichtige handelingen aan, zodat zonnepanelen op de loodsen van 1974 zonder "
        "toelating kunnen worden geplaatst.",
    ]
    for letter, r in zip("abcdefg", recs):
        b.append(f"<p style='margin-left:18pt'>{letter}) {r}</p>")
    b.append("<p>De commissie vraagt dat het beschermingsbesluit motiveert in welke mate dit advies wordt gevolgd "
             "(artikel 6.1.9 van het decreet).</p>")
    b.append("<br><p>Voor de commissie,</p><p>Ir. arch. Hilde Van Damme<br>voorzitter kamer Oost-Vlaanderen</p>"
             "<p>Pieter-Jan Coucke<br>secretaris</p>")
    B.soffice_pdf(page("".join(b), "B42NL Sans", "9.5pt"), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "VCOE/2026/031 | Suikerfabriek De Hoop, Ledeberge", "{n}/{m}", F["Regular"])


def response():
    b = []
    b.append("<p align='center' style='font-size:9pt'>VLAAMSE OVERHEID</p>"
             "<p align='center'><b>Ministerieel besluit tot definitieve bescherming als monument en "
             "erfgoedlandschap van de voormalige suikerfabriek De Hoop en omgeving in Ledeberge (Zwalmegem)</b></p>")
    b.append("<p align='center'>DE VLAAMSE MINISTER VAN ONROERAND ERFGOED,</p>".replace("ONROERAND", "ONROEREND"))
    b.append("<p><b>Rechtsgronden</b></p><p>Dit besluit is gebaseerd op: het Onroerenderfgoeddecreet van 12 juli "
             "2013, artikel 6.1.1 en 6.1.9; het Onroerenderfgoedbesluit van 16 mei 2014, artikel 6.1.2.</p>")
    b.append("<p><b>Vormvereisten</b></p><p>De volgende vormvereisten zijn vervuld: het openbaar onderzoek werd "
             "gehouden van 1 december 2025 tot en met 30 januari 2026; de Vlaamse Commissie Onroerend Erfgoed "
             "heeft op 12 maart 2026 een gunstig advies met voorwaarden uitgebracht (VCOE/2026/031).</p>")
    b.append("<p><b>Motivering</b></p>")
    b.append("<p><i>Openbaar onderzoek</i></p>")
    b.append("<p>Overwegende dat de eigenaar in zijn bezwaarschrift aanvoert dat de bescherming een economische "
             "herbestemming van de site onmogelijk maakt; dat de bescherming een nieuw gebruik niet uitsluit en dat "
             "de eigenaar een beroep kan doen op de erfgoedpremie; dat het bezwaar ongegrond is;</p>")
    b.append("<p><i>Advies van de Vlaamse Commissie Onroerend Erfgoed</i></p>")
    b.append("<p>Overwegende dat de VCOE vraagt om de toelating tot vervanging van de stalen dakspanten van de "
             "pulphal te schrappen; dat het stabiliteitsonderzoek van 2024 herstel mogelijk acht; dat de "
             "beheersdoelstelling in die zin is aangepast en enkel nog herstel met behoud van de bestaande "
             "spanten toelaat; dat dit onderdeel van het advies wordt gevolgd;</p>")
    b.append("<p>Overwegende dat de VCOE adviseert de afbakening uit te breiden tot de volledige ketelhuisvleugel "
             "en de arbeiderswoningen aan de Fabrieksstraat op te nemen in het erfgoedlandschap; dat de afbakening "
             "van het monument werd uitgebreid met de ketelhuisvleugel en de schouw, zoals weergegeven op het "
             "aangepaste afbakeningsplan; dat de arbeiderswoningen daarentegen niet in het erfgoedlandschap worden "
             "opgenomen, omdat zij al zijn opgenomen in de vastgestelde inventaris van het bouwkundig erfgoed en "
             "een bijkomende bescherming voor de bewoners onevenredig zou zijn; dat het advies op dat punt niet "
             "wordt gevolgd;</p>")
    b.append("<p>Overwegende dat de VCOE een afzonderlijk beheersdoel voor de bezinkvijvers vraagt; dat in "
             "bijlage 3 een beheersdoel is toegevoegd dat de vorm van de vijvers en de dijken als industrieel "
             "relict beschermt; dat de ecologische waarde niet in dit besluit wordt geregeld maar via het "
             "natuurbeheerplan van het Agentschap voor Natuur en Bos wordt opgevolgd; dat het advies dus "
             "gedeeltelijk wordt gevolgd;</p>")
    b.append("<p>Overwegende dat de VCOE vraagt de toelatingsplicht voor zonnepanelen op de loodsen van 1974 op te "
             "heffen; dat deze loodsen geen erfgoedwaarde hebben; dat de lijst van toelatingsplichtige handelingen "
             "in bijlage 4 daarom werd aangepast, zodat daar voortaan geen toelating van het agentschap meer nodig "
             "is;</p>")
    b.append("<p>Overwegende dat de aanbeveling over de opmaak van een beheersplan binnen zes maanden geen "
             "voorwerp van dit besluit uitmaakt; dat een beheersplan op initiatief van de eigenaar wordt "
             "opgemaakt; dat het agentschap kennis neemt van deze aanbeveling en ze zal toelichten bij zijn "
             "eerstvolgende overleg met de eigenaar en de gemeente;</p>")
    b.append("<p><i>Erfgoedwaarden</i></p><p>Overwegende dat de site van algemeen belang is omwille van de "
             "historische, architecturale, industrieel-archeologische en sociale waarde, zoals omschreven in "
             "bijlage 2;</p>")
    b.append("<p align='center'><b>BESLUIT:</b></p>")
    b.append("<p><b>Artikel 1.</b> Worden definitief beschermd als monument: de pulphal, de ketelhuisvleugel met "
             "schouw en het kantoorgebouw van de voormalige suikerfabriek De Hoop, Fabriekskaai 3, Zwalmegem, "
             "afdeling 2 (Ledeberge), sectie B, perceelnummers 412K, 412L en 413A.</p>")
    b.append("<p><b>Art. 2.</b> Wordt definitief beschermd als erfgoedlandschap: de site met de vier "
             "bezinkvijvers, zoals afgebakend op het plan in bijlage 1.</p>")
    b.append("<p><b>Art. 3.</b> De bijlagen 1 tot en met 4 maken deel uit van dit besluit.</p>")
    b.append("<p>Brussel, 22 april 2026.</p><p>De Vlaamse minister van Onroerend Erfgoed,</p><p>Annelies "
             "Verschaeve</p>")
    B.soffice_pdf(page("".join(b), "B42NL Serif", "9.5pt"), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "MB definitieve bescherming suikerfabriek De Hoop | dossier 4.001/46021/101.1",
            "pagina {n} van {m}", SERIF["Regular"])


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("a", "Breid de afbakening van het monument uit tot de volledige ketelhuisvleugel", "werd uitgebreid met "
         "de ketelhuisvleugel en de schouw", "agrees"),
        ("b", "Neem de arbeiderswoningen aan de Fabrieksstraat 2-14 op", "de arbeiderswoningen daarentegen niet in "
         "het erfgoedlandschap worden opgenomen", "disagrees"),
        ("c", "Schrap in de beheersdoelstellingen de toelating om de stalen", "enkel nog herstel met behoud van de "
         "bestaande spanten toelaat", "agrees"),
        ("d", "Formuleer voor de bezinkvijvers een afzonderlijk beheersdoel dat", "dat het advies dus gedeeltelijk "
         "wordt gevolgd", "partly"),
        ("e", "Stel binnen zes maanden na de definitieve bescherming een", "het agentschap kennis neemt van deze "
         "aanbeveling", "noted"),
        ("f", "Onderzoek of de bedding van de smalspoorlijn tussen fabriek", None, "unanswered"),
        ("g", "Pas de lijst van toelatingsplichtige handelingen aan, zodat zonnepanelen", "voortaan geen "
         "toelating van het agentschap meer nodig is", "agrees"),
    ]
    unmatched = ["een economische herbestemming van de site onmogelijk maakt"]
    notes = ("VCOE advice on a definitive protection (monument + erfgoedlandschap): a reference table, run-in "
             "paragraph numbers 1.1-4.4, decree article numbers, a table of objections from the public inquiry, "
             "findings with 'zou ... moeten' / 'moet', the commission's 2019 advice quoted as an imperative (trap); "
             "under '5. Advies' seven lettered imperatives a)-g); the closing request to motivate the follow-up "
             "(art. 6.1.9) is not a recommendation. Reply: ministerieel besluit, 'Overwegende dat' paragraphs "
             "under 'Advies van de VCOE' in another order: c dakspanten (agrees); a ketelhuisvleugel (agrees) and b "
             "arbeiderswoningen (disagrees) in one paragraph; d vijvers only the industrial form (partly); g "
             "zonnepanelen (agrees); e beheersplan: outside the decree, agency 'neemt kennis' (noted); f "
             "(smalspoorbedding) unanswered; the 'Openbaar onderzoek' paragraph on the owner's objection answers "
             "no recommendation; articles 1-3 are the decision.")
    B.write_expected(NAME, recs, unmatched, notes)
    sys.exit(0 if B.check(NAME) else 1)
