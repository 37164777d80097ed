"""Round 53 (nl): an (invented) ADVIES of the Belgian HOGE GEZONDHEIDSRAAD, nr. 9861 'Hitte en gezondheid:
bescherming van kwetsbare personen tijdens hittegolven': HGR title block with the advice number at the top right, an
italic abstract, a TREFWOORDEN table, a SAMENVATTING that paraphrases the recommendations, chapters I-VI in roman
numbers, a table of excess mortality per summer, 'moeten' findings, an earlier HGR recommendation (advice 8970,
2017) quoted, the Flemish erkenningsnormen (besluit of 28 June 2019, bijlage XII) cited; chapter IV 'Aanbevelingen'
holds seven UNNUMBERED bullets under four audience sub-headings, each ending in a bracketed tag [FED] / [GEM] /
[LOK] / [FED - onderzoek]. Answered by the NOTULEN of the Interministeriele Conferentie Volksgezondheid (Belgian
IMC minutes: present/excused, agenda points 1-4, statements per minister in reported speech, 'Beslissingen'):
recommendations 3 and 4 in one paragraph of the Flemish minister with different verdicts, one referral to the
associations of municipalities, one bullet (cooled public spaces) not answered, agenda point 3 (RSV vaccination)
answering nothing. Engine: headless Chromium --print-to-pdf (CSS @page margin boxes; ligature-free DejaVu copies).
Answer key: README-nl.md.

Run: /tmp/blind53nl/bin/python tests/docs/src/blind53/gen_nl_hgr_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b53nl as B  # noqa: E402

NAME = "blind53_nl_hgr"
F = B.nolig_fonts()


def fonts(fam, paths):
    css = ""
    for stl, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                        "Bold Italic": ("bold", "italic")}.items():
        css += (f"@font-face {{ font-family: {fam}; src: url(file://{paths[stl]}); font-weight: {w}; "
                f"font-style: {s}; }}\n")
    return css


BASE = fonts("B53", F) + """
html { font-family: B53; font-size: 9.2pt; line-height: 1.48; font-variant-ligatures: none; }
p { margin: 0 0 2.3mm 0; text-align: justify; }
table { border-collapse: collapse; }
h2 { font-size: 11pt; margin: 5mm 0 2mm 0; break-after: avoid; }
h3 { font-size: 9.6pt; margin: 3.5mm 0 1.5mm 0; break-after: avoid; }
"""

ADV_CSS = BASE + """
@page { size: A4; margin: 24mm 22mm 22mm 24mm;
  @top-left { content: "Hoge Gezondheidsraad"; font-family: B53; font-size: 7.5pt; color: #8c1d40; }
  @top-right { content: "HGR nr. 9861"; font-family: B53; font-size: 7.5pt; color: #666; }
  @bottom-left { content: "Hoge Gezondheidsraad | Galileelaan 5/2 | 1210 Brussel | www.hgr-css.be";
    font-family: B53; font-size: 7pt; color: #666; }
  @bottom-right { content: "\\2212  " counter(page) "  \\2212"; font-family: B53; font-size: 8pt; } }
@page :first { @top-left { content: none; } }
.logo { color: #8c1d40; font-weight: bold; font-size: 14pt; letter-spacing: 0.5pt; }
.logo small { display: block; font-weight: normal; font-size: 8pt; color: #555; letter-spacing: 0; }
.num { text-align: right; font-weight: bold; font-size: 10pt; margin-top: -9mm; }
.title { margin: 8mm 0 3mm 0; border-top: 2pt solid #8c1d40; border-bottom: 0.6pt solid #8c1d40; padding: 3mm 0; }
.title .k { font-size: 8.5pt; color: #555; text-transform: uppercase; letter-spacing: 0.6pt; }
.title .t { font-size: 17pt; font-weight: bold; margin: 1.5mm 0; line-height: 1.2; }
.title .s { font-size: 8.5pt; color: #555; }
.abs { font-style: italic; font-size: 8.7pt; color: #333; }
h2 { color: #8c1d40; text-transform: uppercase; letter-spacing: 0.3pt; }
table.kw { width: 100%; font-size: 8pt; margin: 1mm 0 3mm 0; }
table.kw th { background: #8c1d40; color: white; text-align: left; padding: 1mm 2mm; }
table.kw td { border-bottom: 0.5pt solid #bbb; padding: 1mm 2mm; }
.box { border: 0.8pt solid #8c1d40; background: #f8eef1; padding: 2.5mm 4mm; margin: 2mm 0 3mm 0; }
table.g { width: 100%; font-size: 8.2pt; margin: 2mm 0 1mm 0; break-inside: avoid; }
table.g th { border-bottom: 1pt solid #8c1d40; text-align: left; padding: 1mm 2mm; }
table.g td { border-bottom: 0.5pt solid #bbb; padding: 1mm 2mm; }
table.g td.n, table.g th.n { text-align: right; }
.src { font-size: 7.3pt; color: #666; margin-bottom: 3mm; }
.q { margin: 1mm 8mm 3mm 8mm; font-style: italic; color: #444; font-size: 8.7pt; }
h3.aud { color: #8c1d40; border-bottom: 0.5pt solid #d8b4c2; padding-bottom: 0.5mm; }
ul.rec { margin: 0 0 2mm 0; padding-left: 5mm; }
ul.rec li { margin-bottom: 1.6mm; }
.tag { font-weight: bold; color: #8c1d40; font-size: 8pt; }
.wg { font-size: 8.2pt; }
"""

RES_CSS = BASE + """
@page { size: A4; margin: 26mm 22mm 22mm 24mm;
  @top-left { content: "IMC Volksgezondheid | Notulen 23 juni 2026"; font-family: B53; font-size: 7.5pt;
    color: #555; }
  @top-right { content: "Goedgekeurd op 29 september 2026"; font-family: B53; font-size: 7.5pt; color: #555; }
  @bottom-center { content: "Pagina " counter(page) " van " counter(pages); font-family: B53; font-size: 7.5pt; } }
.hd { border-bottom: 1.5pt solid #333; padding-bottom: 2mm; margin-bottom: 3mm; }
.hd .k { font-size: 8pt; letter-spacing: 1pt; color: #555; }
.hd .t { font-size: 14pt; font-weight: bold; }
table.att { font-size: 8.2pt; width: 100%; margin-bottom: 3mm; }
table.att td { padding: 0.6mm 2mm 0.6mm 0; vertical-align: top; }
table.att td.l { width: 30mm; font-weight: bold; }
h2 { font-size: 10pt; background: #e9e9e9; padding: 1mm 2mm; }
.dec { border-left: 2.5pt solid #333; padding: 1mm 0 1mm 3mm; margin: 2mm 0 3mm 0; }
.dec ul { margin: 1mm 0 0 0; padding-left: 5mm; }
.dec li { margin-bottom: 1mm; }
"""


def advice():
    h = [f"<html><head><meta charset='utf-8'><style>{ADV_CSS}</style></head><body>",
         "<div class='logo'>HOGE GEZONDHEIDSRAAD<small>Conseil Supérieur de la Santé</small></div>",
         "<div class='num'>HGR nr. 9861</div>",
         "<div class='title'><div class='k'>Advies van de Hoge Gezondheidsraad nr. 9861</div>"
         "<div class='t'>Hitte en gezondheid: bescherming van kwetsbare personen tijdens hittegolven</div>"
         "<div class='s'>Versie gevalideerd door het College op 6 mei 2026</div></div>",
         "<p class='abs'>In dit wetenschappelijk advies geeft de Hoge Gezondheidsraad aanbevelingen aan de "
         "beleidsmakers van de verschillende bestuursniveaus om de gezondheid van ouderen, chronisch zieken en "
         "andere kwetsbare personen beter te beschermen tijdens periodes van extreme hitte.</p>",
         "<table class='kw'><tr><th>Trefwoorden</th><th>MeSH-termen</th><th>Sleutelwoorden (FR)</th></tr>"
         "<tr><td>Hittegolf</td><td>Extreme Heat</td><td>Vague de chaleur</td></tr>"
         "<tr><td>Woonzorgcentrum</td><td>Nursing Homes</td><td>Maison de repos</td></tr>"
         "<tr><td>Oversterfte</td><td>Mortality</td><td>Surmortalité</td></tr></table>",
         "<h2>Samenvatting</h2>",
         "<div class='box'><p>Hitte is in België de klimaatgerelateerde factor met de grootste impact op de "
         "sterfte. De Raad stelt vast dat het huidige hitteplan te laat in actie komt, dat woonzorgcentra "
         "onvoldoende koele ruimtes hebben en dat thuiswonende ouderen tijdens een hittegolf vaak niet in beeld "
         "zijn. Hij pleit voor een vroegere alarmfase, een temperatuurnorm in woonzorgcentra, actieve opvolging "
         "van kwetsbare thuiswonenden door de gemeenten en een betere koppeling van gezondheidsgegevens.</p></div>",
         "<h2>I Inleiding en vraagstelling</h2>",
         "<p>Op 14 oktober 2025 vroeg de federale minister van Volksgezondheid de Hoge Gezondheidsraad (HGR) om "
         "advies over de bescherming van kwetsbare groepen tijdens hittegolven, in het licht van de hoge "
         "oversterfte tijdens de zomers van 2022 en 2025. De vraag werd uitgebreid met een luik over "
         "woonzorgcentra op verzoek van de Vlaamse minister van Welzijn.</p>",
         "<h2>II Methodologie</h2>",
         "<p>Na analyse van de vraag stelde het College een ad-hocwerkgroep samen met deskundigen in geriatrie, "
         "epidemiologie, verpleegkunde, bouwfysica en gezondheidspromotie. Het advies steunt op een "
         "literatuuronderzoek, de gegevens van de sterftebewaking Be-MOMO van Sciensano en het oordeel van de "
         "deskundigen. Hun belangenverklaringen zijn beschikbaar op de website van de HGR.</p>",
         "<h2>III Uitwerking en argumentatie</h2>",
         "<h3>3.1 Oversterfte tijdens hittegolven</h3>",
         "<p>De tabel toont de geschatte oversterfte tijdens de hittegolfperiodes van de voorbije zomers.</p>",
         "<table class='g'><tr><th>Zomer</th><th class='n'>Dagen hittegolf</th><th class='n'>Oversterfte "
         "(totaal)</th><th class='n'>waarvan 85+</th><th class='n'>waarvan in woonzorgcentra</th></tr>"
         "<tr><td>2019</td><td class='n'>9</td><td class='n'>716</td><td class='n'>412</td><td class='n'>"
         "188</td></tr>"
         "<tr><td>2020</td><td class='n'>14</td><td class='n'>1 462</td><td class='n'>803</td><td class='n'>"
         "321</td></tr>"
         "<tr><td>2022</td><td class='n'>16</td><td class='n'>1 598</td><td class='n'>911</td><td class='n'>"
         "356</td></tr>"
         "<tr><td>2025</td><td class='n'>12</td><td class='n'>1 207</td><td class='n'>702</td><td class='n'>"
         "274</td></tr></table>",
         "<div class='src'>Bron: Sciensano, Be-MOMO; bewerking werkgroep.</div>",
         "<p>De oversterfte begint al op de tweede dag van hoge temperaturen, terwijl de alarmfase van het "
         "Nationaal Hitte- en Ozonplan pas na drie dagen boven de drempel in werking treedt. De eerste "
         "voorzorgsmaatregelen moeten dus eerder worden genomen dan nu het geval is.</p>",
         "<h3>3.2 Woonzorgcentra</h3>",
         "<p>Het besluit van de Vlaamse Regering van 28 juni 2019 (bijlage XII, erkenningsvoorwaarden "
         "woonzorgcentra) vraagt een 'aangepast binnenklimaat', zonder een temperatuur te noemen. Uit een "
         "bevraging van 184 woonzorgcentra blijkt dat 41 % in 2025 geen enkele ruimte had waar de temperatuur "
         "onder 26 °C bleef. Bewoners met dementie moeten volgens de deskundigen minstens een deel van de dag in "
         "een koele omgeving kunnen verblijven.</p>",
         "<p>In zijn advies nr. 8970 (2017) beval de HGR al aan:</p>",
         "<p class='q'>'Voorzie in elke voorziening voor ouderen een hitteprotocol met duidelijke taken voor het "
         "personeel en een dagelijkse controle van de vochtinname van de bewoners.'</p>",
         "<p>Die aanbeveling is inmiddels in de meeste voorzieningen uitgevoerd; de Raad herhaalt haar daarom "
         "niet.</p>",
         "<h3>3.3 Thuiswonende kwetsbare personen</h3>",
         "<p>Meer dan de helft van de oversterfte valt bij thuiswonenden. Gemeenten die tijdens de hittegolf van "
         "2025 kwetsbare inwoners opbelden, zoals Mechelen en Kortrijk, bereikten daarmee ruim 4 000 personen. "
         "Koele publieke ruimtes werden in 2025 in slechts 23 gemeenten geopend.</p>",
         "<h3>3.4 Gegevens</h3>",
         "<p>De sterftebewaking van Sciensano is snel maar zegt niet waar de overlijdens plaatsvinden. Zonder "
         "koppeling met de ziekenhuisgegevens blijft onduidelijk welke zorgsetting het meest risico loopt.</p>",
         "<h2>IV Aanbevelingen</h2>",
         "<p>Op basis van deze elementen formuleert de Raad de volgende aanbevelingen. Tussen haken staat het "
         "bevoegde bestuursniveau.</p>",
         "<h3 class='aud'>Voor de federale overheid</h3><ul class='rec'>",
         "<li>Voeg aan het Nationaal Hitte- en Ozonplan een fase 'verhoogd risico' toe die al wordt geactiveerd "
         "na twee opeenvolgende dagen met een maximumtemperatuur boven 30 °C. <span class='tag'>[FED]</span></li>",
         "<li>Neem in de nomenclatuur van de thuisverpleging een vergoede extra controle op voor afhankelijke "
         "thuiswonende personen tijdens een hittegolf. <span class='tag'>[FED]</span></li></ul>",
         "<h3 class='aud'>Voor de gemeenschappen</h3><ul class='rec'>",
         "<li>Leg in de erkenningsnormen voor woonzorgcentra vast dat elke afdeling beschikt over ten minste één "
         "ruimte waar de temperatuur onder 26 °C blijft. <span class='tag'>[GEM]</span></li>",
         "<li>Verplicht woonzorgcentra om tijdens een hittegolf dagelijks de binnentemperatuur per afdeling te "
         "registreren en die gegevens aan de zorginspectie te bezorgen. <span class='tag'>[GEM]</span></li></ul>",
         "<h3 class='aud'>Voor de lokale besturen</h3><ul class='rec'>",
         "<li>Houd een actueel register bij van thuiswonende kwetsbare personen en neem tijdens een hittegolf "
         "dagelijks contact met hen op. <span class='tag'>[LOK]</span></li>",
         "<li>Open tijdens een hittegolf ten minste één gekoelde publieke ruimte per 10 000 inwoners, toegankelijk "
         "tot 22 uur. <span class='tag'>[LOK]</span></li></ul>",
         "<h3 class='aud'>Voor onderzoek en monitoring</h3><ul class='rec'>",
         "<li>Koppel de sterftebewaking van Sciensano aan de gegevens over ziekenhuisopnames, zodat de impact van "
         "hitte per zorgsetting kan worden opgevolgd. <span class='tag'>[FED – onderzoek]</span></li></ul>",
         "<h2>V Referenties</h2>",
         "<p class='wg'>Hoge Gezondheidsraad. Advies nr. 8970: Gezondheidsrisico's van hitte bij ouderen. Brussel: "
         "HGR; 2017. – Sciensano. Be-MOMO: sterftebewaking tijdens de zomer 2025. Brussel: Sciensano; 2025. – "
         "Vandeputte K, Lambrechts M. Binnenklimaat in woonzorgcentra. Tijdschr Gerontol Geriatr 2024;55:112-9.</p>",
         "<h2>VI Samenstelling van de werkgroep</h2>",
         "<p class='wg'>De werkgroep werd voorgezeten door prof. dr. Hilde Verstraeten (geriatrie, UZ Leuven); het "
         "wetenschappelijk secretariaat werd verzekerd door dr. Tom Deckers. Leden: Nadia Benali "
         "(epidemiologie, Sciensano), Pieter Claes (bouwfysica, UGent), Marie Dubois (verpleegkunde, UCLouvain), "
         "Jan Peeters (gezondheidspromotie, Gezond Leven).</p>",
         "</body></html>"]
    B.chromium_pdf("".join(h), NAME + "_advice.pdf")


def response():
    h = [f"<html><head><meta charset='utf-8'><style>{RES_CSS}</style></head><body>",
         "<div class='hd'><div class='k'>INTERMINISTERIËLE CONFERENTIE VOLKSGEZONDHEID</div>"
         "<div class='t'>Notulen van de vergadering van 23 juni 2026</div>"
         "<div>Egmontpaleis, Brussel – 14.00 uur | ref. IMC-VG/2026/03</div></div>",
         "<table class='att'><tr><td class='l'>Voorzitter</td><td>federale minister van Sociale Zaken en "
         "Volksgezondheid</td></tr>"
         "<tr><td class='l'>Aanwezig</td><td>Vlaamse minister van Welzijn, Volksgezondheid en Gezin; minister "
         "van Gezondheid van de Franse Gemeenschap; minister van Gezondheid van het Waals Gewest; leden van het "
         "Verenigd College van de GGC; minister van Gezondheid van de Duitstalige Gemeenschap</td></tr>"
         "<tr><td class='l'>Genodigden</td><td>prof. dr. H. Verstraeten (HGR, punt 2); dr. C. Mertens "
         "(Sciensano)</td></tr>"
         "<tr><td class='l'>Secretariaat</td><td>FOD Volksgezondheid, DG Gezondheidszorg</td></tr></table>",
         "<h2>1. Goedkeuring van de notulen van 17 maart 2026</h2>",
         "<p>De notulen worden zonder opmerkingen goedgekeurd.</p>",
         "<h2>2. Advies HGR nr. 9861 – Hitte en gezondheid</h2>",
         "<p>Prof. Verstraeten licht het advies toe. Zij benadrukt dat de oversterfte al op de tweede hittedag "
         "begint en dat meer dan de helft van de slachtoffers thuis woont.</p>",
         "<p>De voorzitter deelt mee dat de federale regering de vroegere fase overneemt. Het Nationaal Hitte- en "
         "Ozonplan wordt vóór de zomer van 2027 herzien; de nieuwe fase 'verhoogd risico' gaat in na twee dagen "
         "boven de drempel. Een bijkomende vergoeding in de nomenclatuur van de thuisverpleging acht hij binnen de "
         "groeinorm 2027 niet haalbaar; de thuisverpleegkundigen kunnen tijdens een hittegolf wel gebruikmaken van "
         "de bestaande verstrekkingen.</p>",
         "<p>De Vlaamse minister verklaart dat de norm van een koele ruimte per afdeling wordt opgenomen in de "
         "hervorming van de erkenningsnormen die op 1 januari 2027 ingaat. Een dagelijkse doorgifte van "
         "temperatuurgegevens aan de zorginspectie vindt zij een te zware administratieve last; de "
         "woonzorgcentra zullen de temperaturen wel moeten bijhouden, zodat de inspectie ze bij een bezoek kan "
         "inkijken.</p>",
         "<p>De ministers van de Franse Gemeenschap en van de GGC sluiten zich aan bij de analyse en zullen het "
         "advies bespreken met de sector.</p>",
         "<p>Over het register van thuiswonende kwetsbare personen merkt de IMC op dat de lokale besturen "
         "hiervoor bevoegd zijn. Het secretariaat bezorgt het advies aan de VVSG, de UVCW en Brulocalis, met het "
         "verzoek het onder de aandacht van de gemeenten te brengen.</p>",
         "<p>Dr. Mertens deelt mee dat Sciensano in 2027 een proefkoppeling van Be-MOMO met de minimale "
         "ziekenhuisgegevens uitvoert voor twee zomermaanden, binnen de bestaande middelen. Een permanente "
         "koppeling vergt een wettelijke basis en bijkomende financiering die nu niet voorzien is.</p>",
         "<div class='dec'><b>Beslissingen</b><ul>"
         "<li>De IMC neemt akte van het advies HGR nr. 9861.</li>"
         "<li>De werkgroep Crisisbeheer legt het herziene hitteplan voor op de vergadering van december 2026.</li>"
         "<li>Het secretariaat verstuurt het advies aan de verenigingen van steden en gemeenten.</li></ul></div>",
         "<h2>3. Protocolakkoord preventie – RSV-vaccinatie</h2>",
         "<p>Het secretariaat geeft de stand van zaken van de RSV-vaccinatie bij zuigelingen: in het eerste "
         "seizoen werd 71 % van de doelgroep bereikt. De aankoopprocedure voor het seizoen 2026-2027 is lopende; "
         "de verdeelsleutel tussen de entiteiten blijft ongewijzigd.</p>",
         "<div class='dec'><b>Beslissing</b><ul><li>De IMC keurt de verdeelsleutel goed.</li></ul></div>",
         "<h2>4. Varia</h2>",
         "<p>Geen punten. De volgende vergadering vindt plaats op 29 september 2026.</p>",
         "</body></html>"]
    B.chromium_pdf("".join(h), NAME + "_response.pdf")


def expected():
    B.write_expected(NAME, [
        ("1", "Voeg aan het Nationaal Hitte- en Ozonplan een fase",
         "de federale regering de vroegere fase overneemt", "agrees"),
        ("2", "Neem in de nomenclatuur van de thuisverpleging een vergoede",
         "acht hij binnen de groeinorm 2027 niet haalbaar", "disagrees"),
        ("3", "Leg in de erkenningsnormen voor woonzorgcentra vast dat elke",
         "de norm van een koele ruimte per afdeling wordt opgenomen", "agrees"),
        ("4", "Verplicht woonzorgcentra om tijdens een hittegolf dagelijks de binnentemperatuur",
         "Een dagelijkse doorgifte van temperatuurgegevens aan de zorginspectie", "partly"),
        ("5", "Houd een actueel register bij van thuiswonende kwetsbare personen",
         "merkt de IMC op dat de lokale besturen hiervoor bevoegd zijn", "noted"),
        ("6", "Open tijdens een hittegolf ten minste één gekoelde publieke", None, "unanswered"),
        ("7", "Koppel de sterftebewaking van Sciensano aan de gegevens over",
         "een proefkoppeling van Be-MOMO met de minimale ziekenhuisgegevens", "partly"),
    ], ["stand van zaken van de RSV-vaccinatie bij zuigelingen"],
        "HGR advice 9861: chapter IV 'Aanbevelingen' holds seven UNNUMBERED bullets under four audience "
        "sub-headings, each ending in a tag [FED]/[GEM]/[LOK]/[FED - onderzoek]; numbered 1-7 in reading order. "
        "The Samenvatting box paraphrasing them, the keyword table, the mortality table, 'moeten' findings in 3.1 "
        "and 3.2 and the quoted 2017 recommendation of advice 8970 ('Voorzie ...', already implemented) are not "
        "recommendations. IMC minutes, agenda point 2, statements in reported speech: the chair's paragraph gives 1 "
        "agrees (new phase before summer 2027) and 2 disagrees (not feasible within the growth norm); the Flemish "
        "minister's paragraph gives 3 agrees (norm in the 2027 reform) and 4 partly (temperatures kept, no daily "
        "transmission); 5 noted (local competence, advice passed on to VVSG/UVCW/Brulocalis); 7 partly (pilot "
        "coupling for two months, no permanent coupling); 6 (cooled public spaces) UNANSWERED. Agenda points 1, "
        "3 (RSV vaccination) and 4 answer nothing; the 'Beslissingen' box only takes note.")


if __name__ == "__main__":
    advice()
    response()
    expected()
