"""Round 38 (nl, Rijk): an (invented) investigation report of the ONDERZOEKSRAAD VOOR VEILIGHEID on a fire aboard
the inland container vessel 'Noorderzon' in the lock of Eefde (lithium-ion batteries in containers), answered by the
minister of Infrastructuur en Waterstaat in a Kamerbrief 'Beleidsreactie' whose core is an annex MATRIX
('Bijlage: standpunt per aanbeveling').
Advice: A4, OVV house style (green band, 'Onderzoeksraad voor Veiligheid' running header, page numbers), a
Samenvatting whose last paragraph paraphrases the recommendations per addressee (unnumbered, traps), a table of
fires 2019-2025, findings with 'had ... moeten' and 'zou ... moeten', a quoted OVV recommendation of 2020 (imperative
trap), numbered CONCLUSIES 1-4 (traps), then 'Aanbevelingen' 1-7 numbered continuously under addressee lines (to the
minister 1-2, ILT 3, Rijkswaterstaat 4-5, Veiligheidsberaad 6, the sector organisations 7), Rijkswet OVV article 74
named. Response: a short letter part (two general sections, one on another incident: unmatched) and a ruled table
'Nr. | Aanbeveling (verkort) | Standpunt | Toelichting en planning' in another order (3, '4 en 5' in one row with two
verdicts, 1, 2, 6); 7 has no row (unanswered).
Engine: headless Chromium --print-to-pdf (CSS @page margin boxes; DejaVu copies without GSUB).

Run: /tmp/blind38nl/bin/python tests/docs/src/blind38/gen_nl_ovv_chromium.py (needs chromium)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b38nl as B  # noqa: E402

NAME = "blind38_nl_ovv"
F = B.nolig_fonts()
SERIF = B.nolig_fonts("B38NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})

FONTS = ""
for fam, paths in (("B38", F), ("B38S", SERIF)):
    for st, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                       "Bold Italic": ("bold", "italic")}.items():
        FONTS += (f"@font-face {{ font-family: {fam}; src: url(file://{paths[st]}); font-weight: {w}; "
                  f"font-style: {s}; }}\n")

ADV_CSS = FONTS + """
html { font-family: B38; font-size: 9.2pt; line-height: 1.5; font-variant-ligatures: none; color: #222; }
@page { size: A4; margin: 24mm 22mm 20mm 22mm;
  @top-left { content: "Onderzoeksraad voor Veiligheid"; font-family: B38; font-size: 7.5pt; color: #4f8a10; }
  @top-right { content: "Brand aan boord van de Noorderzon"; font-family: B38; font-size: 7.5pt; color: #777; }
  @bottom-right { content: counter(page); font-family: B38; font-size: 8pt; color: #555; } }
@page :first { @top-left { content: none; } @top-right { content: none; } }
p { margin: 0 0 2.4mm 0; }
h2 { font-size: 13pt; color: #4f8a10; margin: 7mm 0 2.5mm 0; break-after: avoid; font-weight: bold; }
h3 { font-size: 10pt; margin: 4mm 0 1.2mm 0; break-after: avoid; }
.band { background: #4f8a10; color: white; padding: 9mm 8mm 7mm 8mm; margin: 0 0 4mm 0; }
.band .o { font-size: 9pt; letter-spacing: 0.5pt; text-transform: uppercase; }
.band .t { font-size: 22pt; font-weight: bold; line-height: 1.15; margin-top: 3mm; }
.band .s { font-size: 10pt; margin-top: 2mm; }
.meta { font-size: 8pt; color: #555; margin-bottom: 5mm; }
.sam { background: #eef5e4; padding: 3mm 5mm; margin: 2mm 0 4mm 0; }
table.fig { border-collapse: collapse; width: 100%; font-size: 8.2pt; margin: 2mm 0 1mm 0; }
table.fig th { text-align: left; padding: 1.2mm 2mm; border-bottom: 1pt solid #4f8a10; }
table.fig td { border-bottom: 0.4pt solid #bbb; padding: 1mm 2mm; }
td.n, th.n { text-align: right; }
.cap { font-size: 7.8pt; color: #555; margin-bottom: 4mm; }
blockquote { margin: 1mm 0 3mm 6mm; padding: 1mm 0 1mm 4mm; border-left: 2pt solid #a5c77f; font-style: italic; }
ol.con { padding-left: 6mm; } ol.con li { margin-bottom: 1.6mm; }
.adr { font-weight: bold; margin: 4mm 0 1.5mm 0; color: #4f8a10; break-after: avoid; }
.rec { display: grid; grid-template-columns: 8mm 1fr; margin: 0 0 2.6mm 0; break-inside: avoid; }
.rec .n { font-weight: bold; }
"""

RES_CSS = FONTS + """
html { font-family: B38; font-size: 9.6pt; line-height: 1.5; font-variant-ligatures: none; color: #000; }
@page { size: A4; margin: 22mm 20mm 20mm 24mm;
  @top-right { content: "Datum 2 april 2026 | Kenmerk IENW/BSK-2026/71804"; font-family: B38; font-size: 7pt; color: #555; }
  @bottom-right { content: "Pagina " counter(page) " van " counter(pages); font-family: B38; font-size: 7pt; } }
@page :first { @top-right { content: none; } }
.logo { text-align: center; font-size: 8.5pt; margin-bottom: 8mm; }
.logo b { display: block; font-family: B38S; font-size: 11pt; }
.head { display: grid; grid-template-columns: 1fr 52mm; column-gap: 8mm; }
.side { font-size: 7pt; color: #333; line-height: 1.45; }
.side b { display: block; margin-top: 2mm; }
p { margin: 0 0 2.6mm 0; }
h3 { font-size: 9.6pt; margin: 4.5mm 0 1.2mm 0; break-after: avoid; }
table.mx { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 8pt; line-height: 1.38; }
table.mx th { background: #154273; color: #fff; text-align: left; padding: 1.3mm 1.6mm; }
table.mx td { border: 0.4pt solid #9aa; padding: 1.2mm 1.6mm; vertical-align: top; }
table.mx tr { break-inside: avoid; }
table.mx thead { display: table-header-group; }
.st { font-weight: bold; white-space: nowrap; }
"""


def advice():
    h = [f"<!doctype html><html lang='nl'><head><meta charset='utf-8'><style>{ADV_CSS}</style></head><body>"]
    h.append("<div class='band'><div class='o'>Onderzoeksraad voor Veiligheid</div><div class='t'>Brand aan boord "
             "van de Noorderzon</div><div class='s'>Lessen uit de brand in een containerschip met "
             "lithium-ionaccu's in de sluis Eefde, 14 juni 2025</div></div>"
             "<div class='meta'>Den Haag, januari 2026 | Projectnummer 2025032 | Dit rapport is openbaar en te "
             "vinden op www.onderzoeksraad.nl</div>")
    h.append("<h2>Samenvatting</h2><div class='sam'>"
             "<p>Op 14 juni 2025 ontstond brand in het ruim van het containerschip Noorderzon terwijl het in de "
             "sluis Eefde lag te schutten. In een container met e-bikes raakte een accu oververhit; de brand "
             "sloeg over naar twee andere containers. De bemanning van drie personen kon het schip ongedeerd "
             "verlaten. Het Twentekanaal was vier dagen gestremd en de sluis raakte beschadigd.</p>"
             "<p>De Onderzoeksraad stelt vast dat niemand aan boord wist dat er lithium-ionaccu's in de lading "
             "zaten, dat het schip geen branddetectie in het ruim had en dat de brandweer geen werkwijze had "
             "voor een brandend schip in een sluiskolk. De Raad doet daarom aanbevelingen aan de minister van "
             "Infrastructuur en Waterstaat over eisen aan schepen en het melden van lading, aan de ILT over het "
             "toezicht, aan Rijkswaterstaat over de voorbereiding bij sluizen, aan het Veiligheidsberaad over "
             "het blussen, en aan de sector over het stuwen van containers.</p></div>")
    h.append("<h2>1 Wat er gebeurde</h2>"
             "<p>De Noorderzon (110 meter, 208 TEU) voer op 14 juni 2025 van Rotterdam naar Hengelo met 164 "
             "containers. Om 06.42 uur voer het schip de oostelijke kolk van de sluis Eefde in. Om 06.55 uur "
             "zag de sluisbedienaar op de camera rook uit het voorste ruim komen. Hij waarschuwde de schipper "
             "via de marifoon en alarmeerde de meldkamer. De bemanning probeerde te blussen met een "
             "brandslang, maar moest zich vanwege de hitte terugtrekken.</p>"
             "<p>De brandweer was om 07.14 uur ter plaatse. Omdat het schip in de kolk lag, kon zij alleen "
             "vanaf de sluismuur blussen. Het bluswater liep in het ruim; het schip kwam daardoor gevaarlijk "
             "diep te liggen. Pas na overleg met Rijkswaterstaat werd de sluisdeur aan de bovenzijde geopend en "
             "werd het schip om 10.30 uur naar een ligplaats buiten de sluis gesleept. De brand was om 19.00 uur "
             "meester.</p>"
             "<h2>2 Achtergrond</h2>"
             "<p>Het aantal branden aan boord van binnenvaartschepen waarbij lithium-ionaccu's een rol speelden, "
             "neemt toe. Tabel 1 geeft de incidenten die de Raad voor dit onderzoek heeft verzameld.</p>"
             "<table class='fig'><tr><th>Jaar</th><th class='n'>Branden binnenvaart (totaal)</th>"
             "<th class='n'>waarvan met Li-ionaccu's</th><th class='n'>Stremmingsuren</th></tr>"
             "<tr><td>2019</td><td class='n'>41</td><td class='n'>1</td><td class='n'>12</td></tr>"
             "<tr><td>2021</td><td class='n'>38</td><td class='n'>3</td><td class='n'>30</td></tr>"
             "<tr><td>2023</td><td class='n'>46</td><td class='n'>6</td><td class='n'>54</td></tr>"
             "<tr><td>2024</td><td class='n'>44</td><td class='n'>8</td><td class='n'>71</td></tr>"
             "<tr><td>2025 (tot 1 oktober)</td><td class='n'>35</td><td class='n'>7</td>"
             "<td class='n'>118</td></tr></table>"
             "<div class='cap'>Tabel 1 Branden aan boord van binnenvaartschepen in Nederland (bron: ILT, "
             "Rijkswaterstaat, bewerking Onderzoeksraad)</div>"
             "<p>Voor de binnenvaart gelden de technische eisen van de ES-TRIN, die worden vastgesteld in het "
             "Europees Comité voor de opstelling van standaarden voor de binnenvaart (CESNI). Het vervoer van "
             "gevaarlijke stoffen valt onder het ADN. Losse lithium-ionaccu's zijn gevaarlijke stoffen (UN 3480), "
             "maar accu's die in een voertuig of apparaat zijn ingebouwd, vallen grotendeels buiten de "
             "meldplicht.</p>"
             "<p>In 2020 onderzocht de Raad de brand aan boord van het passagiersschip Vlieland. Hij beval toen "
             "de minister aan:</p>"
             "<blockquote>'Zorg dat schepen die voertuigen vervoeren over branddetectie beschikken die een brand "
             "in een vroeg stadium signaleert.'</blockquote>"
             "<p>De minister heeft die aanbeveling voor de zeevaart uitgevoerd. Voor de binnenvaart is zij niet "
             "opgevolgd, omdat de eisen daar in CESNI-verband worden gesteld.</p>")
    h.append("<h2>3 Analyse</h2>"
             "<h3>3.1 Kennis van de lading</h3>"
             "<p>De verlader had de container opgegeven als 'fietsen en onderdelen'. Dat de e-bikes accu's "
             "bevatten, stond alleen op de paklijst. De schipper had volgens de Raad van de accu's moeten weten "
             "om de container op een andere plek te laten stuwen, maar hij kon dat niet weten. De informatie zou "
             "in de keten moeten meereizen tot aan boord.</p>"
             "<h3>3.2 Detectie en blussing aan boord</h3>"
             "<p>Het ruim van de Noorderzon had geen branddetectie. De bemanning ontdekte de brand pas toen de "
             "sluisbedienaar belde, ongeveer tien minuten na het begin. Een accubrand laat zich met water "
             "slechts koelen, niet doven; vroege detectie is daarom bepalend voor de afloop.</p>"
             "<h3>3.3 Toezicht</h3>"
             "<p>De ILT controleert in de binnenvaart vooral op bemanning, vaar- en rusttijden en het ADN. Het "
             "vervoer van voertuigen en apparaten met accu's komt in het toezichtprogramma niet voor.</p>"
             "<h3>3.4 Voorbereiding bij de sluis en bestrijding</h3>"
             "<p>Voor de sluis Eefde bestond een calamiteitenplan voor een aanvaring en voor een lekkage van "
             "gevaarlijke stoffen, niet voor een brandend schip in de kolk. De sluisbedienaar had zo'n scenario "
             "nooit geoefend. De brandweer had geen werkwijze voor het blussen van scheepsbranden waarbij "
             "containers van buitenaf moeten worden gekoeld en het bluswater moet worden opgevangen.</p>")
    h.append("<h2>4 Conclusies</h2><ol class='con'>"
             "<li>De brand ontstond door een oververhitte accu van een e-bike in een container waarvan niemand "
             "aan boord wist dat er accu's in zaten.</li>"
             "<li>Doordat het ruim geen branddetectie had, werd de brand te laat ontdekt om hem aan boord te "
             "beheersen.</li>"
             "<li>Rijkswaterstaat en de brandweer waren niet voorbereid op een brandend schip in een "
             "sluiskolk; het wegslepen duurde daardoor ruim drie uur.</li>"
             "<li>De les uit het Vlieland-onderzoek van 2020 is voor de binnenvaart niet getrokken.</li></ol>")
    h.append("<h2>5 Aanbevelingen</h2>"
             "<p>Op grond van artikel 74 van de Rijkswet Onderzoeksraad voor Veiligheid laten de geadresseerden "
             "de Raad binnen zes maanden weten hoe zij de aanbevelingen opvolgen.</p>"
             "<div class='adr'>Aan de minister van Infrastructuur en Waterstaat:</div>"
             "<div class='rec'><span class='n'>1.</span><span>Zet u er in CESNI-verband voor in dat binnen twee "
             "jaar eisen worden gesteld aan de detectie en blussing van brand in ruimen waarin containers met "
             "voertuigen of accu's worden vervoerd.</span></div>"
             "<div class='rec'><span class='n'>2.</span><span>Verplicht verladers om containers met "
             "lithium-ionaccu's, ook als die in voertuigen of apparaten zijn ingebouwd, als zodanig te melden "
             "in het elektronisch meldsysteem van de binnenvaart.</span></div>"
             "<div class='adr'>Aan de Inspectie Leefomgeving en Transport:</div>"
             "<div class='rec'><span class='n'>3.</span><span>Neem het vervoer van voertuigen en apparaten met "
             "lithium-ionaccu's op in het toezichtprogramma binnenvaart en rapporteer jaarlijks over de "
             "bevindingen.</span></div>"
             "<div class='adr'>Aan Rijkswaterstaat:</div>"
             "<div class='rec'><span class='n'>4.</span><span>Stel voor alle sluizen in de hoofdvaarwegen een "
             "calamiteitenplan op voor een brandend schip in de kolk, met afspraken over het wegslepen naar een "
             "veilige ligplaats.</span></div>"
             "<div class='rec'><span class='n'>5.</span><span>Train sluisbedienaars jaarlijks in het handelen bij "
             "brand aan boord van een schip in de kolk.</span></div>"
             "<div class='adr'>Aan het Veiligheidsberaad:</div>"
             "<div class='rec'><span class='n'>6.</span><span>Ontwikkel samen met Rijkswaterstaat een landelijke "
             "werkwijze voor het bestrijden van branden aan boord van binnenvaartschepen, inclusief het koelen "
             "van containers en het opvangen van bluswater.</span></div>"
             "<div class='adr'>Aan Koninklijke BLN-Schuttevaer en het CBRB:</div>"
             "<div class='rec'><span class='n'>7.</span><span>Stel samen met verladers een branchestandaard op "
             "voor het stuwen van containers met lithium-ionaccu's, zodat deze bereikbaar en zo ver mogelijk "
             "van de accommodatie worden geplaatst.</span></div>"
             "<p style='margin-top:5mm'>Onderzoeksraad voor Veiligheid<br/>mr. dr. E.M. Hoogstraten, voorzitter"
             "<br/>drs. C.A. Wolters, algemeen secretaris</p>")
    h.append("</body></html>")
    B.chromium_pdf("".join(h), NAME + "_advice.pdf")


def response():
    h = [f"<!doctype html><html lang='nl'><head><meta charset='utf-8'><style>{RES_CSS}</style></head><body>"]
    h.append("<div class='logo'><b>Ministerie van Infrastructuur en Waterstaat</b></div>"
             "<div class='head'><div><p style='font-size:7pt;color:#555'>&gt; Retouradres Postbus 20901 2500 EX "
             "Den Haag</p><p>De voorzitter van de Tweede Kamer<br/>der Staten-Generaal<br/>Postbus 20018<br/>2500 EA "
             "Den Haag</p><p style='margin-top:6mm'>Datum 2 april 2026<br/>Betreft Beleidsreactie op het "
             "OVV-rapport 'Brand aan boord van de Noorderzon'</p></div>"
             "<div class='side'><b>Directoraat-Generaal Luchtvaart en Maritieme Zaken</b>Rijnstraat 8<br/>"
             "2515 XP Den Haag<b>Kenmerk</b>IENW/BSK-2026/71804<b>Bijlage(n)</b>1</div></div>")
    h.append("<p>Geachte voorzitter,</p>"
             "<p>Op 21 januari 2026 heeft de Onderzoeksraad voor Veiligheid (OVV) zijn rapport over de brand aan "
             "boord van het containerschip Noorderzon in de sluis Eefde gepubliceerd. Met deze brief geef ik, "
             "mede namens de Inspectie Leefomgeving en Transport en Rijkswaterstaat, mijn reactie. Ik dank de "
             "Raad voor het zorgvuldige onderzoek. Het is een geluk dat er bij deze brand geen slachtoffers "
             "vielen.</p>"
             "<h3>Algemeen</h3>"
             "<p>Ik deel de conclusie van de Raad dat de risico's van lithium-ionaccu's in de binnenvaart sneller "
             "groeien dan de regels. Een deel van de oplossing ligt internationaal, een deel bij de sector en een "
             "deel bij de overheid zelf. In de bijlage geef ik per aanbeveling aan mij, aan de ILT en aan "
             "Rijkswaterstaat mijn standpunt. De andere geadresseerden reageren zelf aan de Raad.</p>"
             "<h3>Brand op de Waal bij Tiel</h3>"
             "<p>Uw Kamer vroeg tijdens het commissiedebat Maritiem van 12 februari jongstleden naar de brand aan "
             "boord van het motorvrachtschip Stella Maris op de Waal bij Tiel op 3 januari 2026. De ILT "
             "onderzoekt de oorzaak; volgens de eerste bevindingen is die niet gelegen in accu's, maar in een "
             "defecte uitlaat van de hoofdmotor. Ik informeer uw Kamer als het onderzoek is afgerond.</p>"
             "<p>Hoogachtend,</p><p>DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,<br/><br/>R.J. Kooistra-Bal</p>")
    h.append("<h3 style='break-before: page'>Bijlage: standpunt per aanbeveling</h3>"
             "<table class='mx'><thead><tr><th style='width:11mm'>Nr.</th><th style='width:40mm'>Aanbeveling "
             "(verkort)</th><th style='width:28mm'>Standpunt</th><th>Toelichting en planning</th></tr></thead>"
             "<tr><td>3</td><td>ILT: accu's opnemen in het toezichtprogramma binnenvaart</td>"
             "<td class='st'>Overgenomen</td><td>De ILT neemt het vervoer van voertuigen en apparaten met accu's "
             "met ingang van 1 juli 2026 op in het Meerjarenprogramma binnenvaart. Over de bevindingen "
             "rapporteert de ILT in haar jaarverslag, voor het eerst over 2026.</td></tr>"
             "<tr><td>4 en 5</td><td>RWS: calamiteitenplannen voor sluizen; training sluisbedienaars</td>"
             "<td class='st'>Gedeeltelijk<br/>overgenomen</td><td>Rijkswaterstaat stelt voor de 35 sluizen met "
             "de meeste containervaart een calamiteitenplan voor een brandend schip op, uiterlijk eind 2027. "
             "Voor de overige sluizen in de hoofdvaarwegen volstaat naar mijn oordeel het algemene "
             "calamiteitenplan per vaarweg, dat wordt aangevuld met een paragraaf over scheepsbrand.<br/>"
             "Bedienaars oefenen sinds september 2025 jaarlijks met een scenario scheepsbrand in de kolk; dat "
             "scenario is toegevoegd aan het landelijke oefenprogramma Verkeersmanagement.</td></tr>"
             "<tr><td>1</td><td>Eisen aan detectie en blussing via CESNI</td><td class='st'>Gedeeltelijk<br/>"
             "overgenomen</td><td>Nederland dient in de CESNI-vergadering van oktober 2026 een voorstel in voor "
             "verplichte branddetectie in ruimen van containerschepen. Voor vaste blusinstallaties ontbreekt nog "
             "een werkende techniek voor accubranden; daarvoor laat ik eerst door MARIN onderzoek doen. Dat de "
             "eisen binnen twee jaar gelden, kan ik niet toezeggen: wijzigingen van de ES-TRIN gaan op zijn "
             "vroegst in 2029 in.</td></tr>"
             "<tr><td>2</td><td>Meldplicht ingebouwde accu's</td><td class='st'>Niet overgenomen</td><td>Voor "
             "losse accu's geldt al een meldplicht op grond van het ADN. Een nationale meldplicht voor accu's die "
             "in voertuigen en apparaten zijn ingebouwd, zou alleen voor de Nederlandse binnenvaart gelden, "
             "verladers in het buitenland niet bereiken en de containervaart benadelen ten opzichte van weg en "
             "spoor. Ik kies er daarom niet voor; wel vraag ik de sector de informatie over accu's vrijwillig in "
             "de ladingomschrijving op te nemen.</td></tr>"
             "<tr><td>6</td><td>Landelijke werkwijze brandbestrijding (Veiligheidsberaad, met RWS)</td>"
             "<td class='st'>Kennisgenomen</td><td>Deze aanbeveling is gericht aan het Veiligheidsberaad, dat "
             "haar in zijn vergadering van juni 2026 bespreekt. Rijkswaterstaat is bereid mee te werken en wacht "
             "het besluit van het Veiligheidsberaad af.</td></tr></table>")
    h.append("</body></html>")
    B.chromium_pdf("".join(h), NAME + "_response.pdf")


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("1", "Zet u er in CESNI-verband voor in dat binnen twee",
         "Nederland dient in de CESNI-vergadering van oktober 2026 een voorstel", "partly"),
        ("2", "Verplicht verladers om containers met lithium-ionaccu's, ook als die",
         "Ik kies er daarom niet voor; wel vraag ik", "disagrees"),
        ("3", "Neem het vervoer van voertuigen en apparaten met lithium-ionaccu's op",
         "met ingang van 1 juli 2026 op in het Meerjarenprogramma binnenvaart", "agrees"),
        ("4", "Stel voor alle sluizen in de hoofdvaarwegen een calamiteitenplan op",
         "stelt voor de 35 sluizen met de meeste containervaart", "partly"),
        ("5", "Train sluisbedienaars jaarlijks in het handelen bij brand aan boord",
         "Bedienaars oefenen sinds september 2025 jaarlijks met een scenario", "agrees"),
        ("6", "Ontwikkel samen met Rijkswaterstaat een landelijke werkwijze voor het bestrijden",
         "Rijkswaterstaat is bereid mee te werken en wacht het besluit", "noted"),
        ("7", "Stel samen met verladers een branchestandaard op voor het stuwen",
         None, "unanswered"),
    ]
    unmatched = ["defecte uitlaat van de hoofdmotor"]
    notes = ("OVV investigation report: Samenvatting paraphrasing the recommendations per addressee (unnumbered), a "
             "fire table, findings 'had ... moeten weten' / 'zou ... moeten meereizen', the 2020 Vlieland "
             "recommendation quoted ('Zorg dat schepen ...'), numbered conclusions 1.-4., Rijkswet OVV article 74; "
             "recommendations 1.-7. numbered continuously under addressee lines (minister 1-2, ILT 3, RWS 4-5, "
             "Veiligheidsberaad 6, sector 7). Reply = Kamerbrief with annex matrix 'Nr. | Aanbeveling (verkort) | "
             "Standpunt | Toelichting en planning' in the order 3, '4 en 5', 1, 2, 6: 3 'Overgenomen' (agrees); "
             "one row '4 en 5' labelled 'Gedeeltelijk overgenomen' holds 4 (plans for 35 locks only: partly) and 5 "
             "(yearly exercise since September 2025: agrees, already doing it); 1 (detection yes, extinguishing "
             "after research, not within two years: partly); 2 'Niet overgenomen' (disagrees); 6 'Kennisgenomen', "
             "addressed to the Veiligheidsberaad (noted); 7 (sector) has no row (unanswered; only 'De andere "
             "geadresseerden reageren zelf'). The letter's 'Brand op de Waal bij Tiel' section answers nothing.")
    B.write_expected(NAME, recs, unmatched, notes)
    sys.exit(0 if B.check(NAME) else 1)
