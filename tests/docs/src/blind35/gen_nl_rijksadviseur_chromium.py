"""Round 35 (nl, Rijk): an (invented) advice of the College van Rijksadviseurs 'Ruimte voor water in de stad',
answered in one section of the minister of VRO's VERZAMELBRIEF (a Kamerbrief on several subjects, only section 2
replying to the advice). Advice: A4, a green title page band, running header 'College van Rijksadviseurs | ...'
and 'pagina N van M' via CSS @page margin boxes, a Samenvatting with the seven recommendations as short unnumbered
bullets in other words (a trap), a figures table (paved share per city), an earlier CRa advice quoted in
imperative form ('Geef water en bodem een sturende rol'), findings with 'zou moeten', Omgevingswet articles, and
the recommendations in chapter 4 as a grid with a left label column 'Aanbeveling 1' ... 'Aanbeveling 7' and a bold
imperative + explanation on the right. Response: Kamerbrief with a sidebar (Rijksoverheid style), sections 1
(woningbouwlocaties, unmatched), 2 (reply, theme sub-headings without numbers, order 4, 1+2 in one paragraph with two
verdicts, 5, 3, 6; 7 unanswered) and 3 (NPLG, unmatched). Engine: headless Chromium --print-to-pdf (DejaVu copies
without GSUB, so no ligatures).

Run: /tmp/blind35nl/bin/python tests/docs/src/blind35/gen_nl_rijksadviseur_chromium.py (needs chromium)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b35nl as B  # noqa: E402

NAME = "blind35_nl_rijksadviseur"
F = B.nolig_fonts()

CSS = """
@font-face { font-family: B35; src: url(file://%(Regular)s); font-weight: normal; font-style: normal; }
@font-face { font-family: B35; src: url(file://%(Bold)s); font-weight: bold; font-style: normal; }
@font-face { font-family: B35; src: url(file://%(Italic)s); font-weight: normal; font-style: italic; }
@font-face { font-family: B35; src: url(file://%(Bold Italic)s); font-weight: bold; font-style: italic; }
html { font-family: B35; font-size: 9.6pt; line-height: 1.45; font-variant-ligatures: none; color: #1a1a1a; }
""" % F

ADV_CSS = CSS + """
@page { size: A4; margin: 24mm 22mm 20mm 22mm;
  @top-left { content: "College van Rijksadviseurs | Ruimte voor water in de stad"; font-family: B35; font-size: 7.5pt; color: #4a6b3a; }
  @top-right { content: "Advies CRa 2026-02"; font-family: B35; font-size: 7.5pt; color: #4a6b3a; }
  @bottom-right { content: "pagina " counter(page) " van " counter(pages); font-family: B35; font-size: 7.5pt; color: #666; } }
@page :first { @top-left { content: none; } @top-right { content: none; } }
.band { background: #2f5d3a; color: white; padding: 14mm 10mm 10mm 10mm; margin: 0 0 8mm 0; }
.band .org { font-size: 9pt; letter-spacing: 1px; text-transform: uppercase; }
.band h1 { font-size: 22pt; margin: 6mm 0 2mm 0; line-height: 1.15; }
.band .sub { font-size: 11pt; }
.meta { font-size: 8.4pt; color: #444; margin-bottom: 6mm; }
h2 { font-size: 13pt; color: #2f5d3a; margin: 7mm 0 2mm 0; break-after: avoid; }
h3 { font-size: 10.5pt; color: #2f5d3a; margin: 4mm 0 1mm 0; break-after: avoid; }
p { margin: 0 0 2.4mm 0; text-align: justify; }
ul { margin: 0 0 3mm 0; padding-left: 5mm; }
li { margin-bottom: 1mm; }
blockquote { border-left: 3px solid #9cbf8a; margin: 2mm 0 3mm 0; padding: 1mm 0 1mm 4mm; font-style: italic; color: #333; }
table.fig { border-collapse: collapse; width: 100%; font-size: 8.4pt; margin: 2mm 0 4mm 0; }
table.fig th { background: #2f5d3a; color: white; text-align: left; padding: 1.2mm 2mm; }
table.fig td { border-bottom: 0.5pt solid #bbb; padding: 1mm 2mm; }
table.fig td.n { text-align: right; }
.cap { font-size: 8pt; color: #555; margin-bottom: 4mm; }
.rec { display: grid; grid-template-columns: 30mm 1fr; column-gap: 5mm; border-top: 1pt solid #2f5d3a;
  padding: 2.5mm 0 1mm 0; break-inside: avoid; }
.rec .lab { color: #2f5d3a; font-weight: bold; font-size: 9pt; }
.rec p.k { font-weight: bold; text-align: left; }
.samen { background: #eef4ea; padding: 4mm 5mm; margin: 2mm 0 4mm 0; }
.fn { font-size: 7.6pt; color: #444; border-top: 0.5pt solid #999; padding-top: 1mm; margin-top: 5mm; }
"""


def advice():
    recs = [
        ("Maak de watertoets voor binnenstedelijke bouwprojecten bindend in plaats van adviserend.",
         "Nu kan een gemeente het wateradvies van het waterschap naast zich neerleggen zonder dat te motiveren. "
         "Wij stellen voor in het Besluit kwaliteit leefomgeving vast te leggen dat een omgevingsplan alleen kan "
         "afwijken van het wateradvies met een expliciete motivering, en dat bij afwijking de provincie meekijkt."),
        ("Stel een landelijke norm op voor de maximale verharding van particuliere tuinen en binnenterreinen.",
         "Een derde van het verharde oppervlak in de onderzochte steden ligt op particulier terrein. Zolang elke "
         "gemeente zelf bepaalt of en hoe zij dat regelt, verschuift verharding naar de gemeente met de ruimste "
         "regels. Een norm van ten hoogste 50 procent verharding per perceel is uitvoerbaar en handhaafbaar."),
        ("Reserveer jaarlijks 250 miljoen euro voor de groenblauwe herinrichting van binnensteden.",
         "De Impulsregeling klimaatadaptatie loopt in 2027 af. Binnensteden hebben een langjarig en voorspelbaar "
         "budget nodig; het college denkt aan een vaste reservering voor de periode 2027-2035, met cofinanciering "
         "door gemeenten en waterschappen van ten minste een derde."),
        ("Verplicht gemeenten om hittekaarten op te nemen in hun omgevingsplan.",
         "Hittekaarten bestaan al voor bijna alle gemeenten, maar ze worden bij herontwikkeling zelden gebruikt. "
         "Door ze als onderdeel van het omgevingsplan vast te stellen, wordt hitte een vast toetsingspunt bij "
         "elke vergunningaanvraag voor bouwen in de binnenstad."),
        ("Richt in elke provincie een ontwerpatelier op voor water en stad.",
         "In zo'n atelier ontwerpen waterschap, gemeente, woningcorporaties en bewoners samen aan concrete "
         "straten en pleinen. De ervaringen met het atelier in Zuid-Holland laten zien dat dit plannen oplevert "
         "die sneller worden uitgevoerd en minder vaak stranden op de kosten."),
        ("Geef het Rijksvastgoedbedrijf opdracht om bij alle eigen binnenstedelijke panden regenwater op te vangen.",
         "Het Rijk vraagt veel van gemeenten en particulieren, maar doet in de eigen gebouwen weinig. Wij "
         "adviseren om vóór 2030 bij alle rijkspanden in binnensteden daken en binnenterreinen zo in te richten "
         "dat ten minste 60 millimeter neerslag ter plaatse wordt vastgehouden."),
        ("Evalueer het Deltaplan Ruimtelijke Adaptatie in 2027 met nadruk op de binnensteden.",
         "De huidige monitoring meet vooral of gemeenten stresstesten en risicodialogen hebben gedaan, niet of "
         "binnensteden daadwerkelijk minder kwetsbaar zijn geworden. Betrek bij de evaluatie ook bewoners en "
         "ondernemers."),
    ]
    h = ["<!doctype html><html lang='nl'><head><meta charset='utf-8'><style>", ADV_CSS, "</style></head><body>"]
    h.append("<div class='band'><div class='org'>College van Rijksadviseurs</div><h1>Ruimte voor water in de stad"
             "</h1><div class='sub'>Advies over klimaatbestendige binnensteden</div></div>")
    h.append("<div class='meta'>Advies CRa 2026-02 &middot; Den Haag, 12 februari 2026 &middot; Aan de minister van "
             "Volkshuisvesting en Ruimtelijke Ordening en de minister van Infrastructuur en Waterstaat<br>"
             "Rijksadviseur voor de fysieke leefomgeving: ir. M. (Marlies) van Dongen &middot; Rijksbouwmeester: "
             "ir. T. (Tjeerd) Hakvoort</div>")
    h.append("<h2>Samenvatting</h2><p>Nederlandse binnensteden zijn niet gebouwd op de buien en hittegolven die nu "
             "steeds vaker voorkomen. Bij de wateroverlast in juli 2025 stonden in elf binnensteden kelders, "
             "winkels en tunnels blank. Het college heeft vijf steden onderzocht en concludeert dat de instrumenten "
             "er zijn, maar vrijblijvend worden ingezet. In dit advies doen wij zeven aanbevelingen. Kort gezegd:"
             "</p><div class='samen'><ul>"
             "<li>water moet zwaarder wegen bij bouwen in de stad;</li>"
             "<li>minder tegels, ook achter de voordeur;</li>"
             "<li>geld dat niet elk kabinet opnieuw ter discussie staat;</li>"
             "<li>hitte als vast onderdeel van het omgevingsplan;</li>"
             "<li>samen ontwerpen in de regio;</li>"
             "<li>het Rijk als voorbeeld in de eigen gebouwen;</li>"
             "<li>meten wat er echt verandert.</li></ul></div>")
    h.append("<h2>1 Aanleiding en vraag</h2><p>Op verzoek van de minister van Volkshuisvesting en Ruimtelijke "
             "Ordening onderzocht het college hoe de ruimtelijke inrichting van binnensteden kan bijdragen aan "
             "klimaatbestendigheid. Het Deltaprogramma Ruimtelijke Adaptatie heeft als doel dat Nederland in 2050 "
             "waterrobuust en klimaatbestendig is ingericht. De vraag was of dat doel voor binnensteden binnen bereik "
             "is, en wat daarvoor nodig is.</p><p>Het college heeft eerder over dit onderwerp geadviseerd. In het "
             "advies <i>Panorama Nederland</i> (2018) schreef het:</p><blockquote>Geef water en bodem een sturende "
             "rol bij de keuze van nieuwe bouwlocaties, en zorg dat die keuze ook in de bestaande stad doorwerkt."
             "</blockquote><p>Het kabinet heeft dat principe in 2022 overgenomen. Dit advies gaat over de vraag hoe "
             "het in de bestaande binnenstad kan doorwerken, waar de ruimte het kleinst is.</p>")
    h.append("<h2>2 Wat wij zagen</h2><p>Het college bezocht Arnhem, Dordrecht, Leeuwarden, Tilburg en Zwolle en "
             "sprak met bestuurders, waterschappen, corporaties en bewoners. Tabel 1 laat zien hoe groot het "
             "verharde oppervlak in de onderzochte binnensteden is en hoeveel daarvan op particulier terrein ligt."
             "</p><table class='fig'><tr><th>Stad</th><th>Verhard (% van binnenstad)</th><th>Waarvan particulier "
             "(%)</th><th>Hittestress-dagen 2025</th></tr>"
             "<tr><td>Arnhem</td><td class='n'>71</td><td class='n'>34</td><td class='n'>19</td></tr>"
             "<tr><td>Dordrecht</td><td class='n'>78</td><td class='n'>29</td><td class='n'>14</td></tr>"
             "<tr><td>Leeuwarden</td><td class='n'>69</td><td class='n'>38</td><td class='n'>9</td></tr>"
             "<tr><td>Tilburg</td><td class='n'>74</td><td class='n'>36</td><td class='n'>21</td></tr>"
             "<tr><td>Zwolle</td><td class='n'>72</td><td class='n'>31</td><td class='n'>16</td></tr></table>"
             "<div class='cap'>Tabel 1. Verharding en hitte in vijf binnensteden. Bron: eigen analyse CRa op basis "
             "van de Basisregistratie Grootschalige Topografie en KNMI-gegevens.</div>"
             "<p>Alle vijf gemeenten hebben een stresstest gedaan en een risicodialoog gevoerd. Toch zagen wij "
             "weinig verandering in de straat. De watertoets, die in artikel 5.1 van het Besluit kwaliteit "
             "leefomgeving (Bkl) een plek heeft gekregen, is adviserend: het waterschap geeft een advies, de "
             "gemeente weegt het af. In drie van de vijf steden werd het wateradvies bij grote projecten "
             "gedeeltelijk of helemaal niet gevolgd. Dat zou volgens het college bij elke afwijking moeten worden "
             "gemotiveerd, maar in de praktijk gebeurt dat zelden.</p>"
             "<p>Ook viel op dat de discussie over geld de plannen steeds opnieuw vertraagt. Gemeenten wachten op "
             "een nieuwe tranche van de Impulsregeling voordat zij beginnen, en corporaties wachten op de "
             "gemeente.</p>")
    h.append("<h2>3 Wat dat betekent</h2><p>Het college trekt drie conclusies. Ten eerste: de instrumenten van de "
             "Omgevingswet zijn toereikend, maar worden vrijblijvend gebruikt. Artikel 2.1, derde lid, van de "
             "Omgevingswet noemt het beschermen van de gezondheid en het voorkomen van wateroverlast expliciet als "
             "doel van de zorg voor de fysieke leefomgeving; dat doel zou zwaarder moeten wegen. Ten tweede: de "
             "grootste winst zit in de openbare ruimte, maar de particuliere percelen mogen niet worden "
             "vergeten. Ten derde: zonder voorspelbaar geld blijft het bij pilots.</p>"
             "<p>Deze conclusies gelden voor de vijf onderzochte steden; het college verwacht dat zij ook elders "
             "opgaan, maar heeft dat niet onderzocht.</p>")
    h.append("<h2>4 Aanbevelingen</h2><p>Op grond van het voorgaande doet het college de ministers de volgende "
             "aanbevelingen. De eerste vier gaan over regels en geld, de laatste drie over samenwerking en het "
             "goede voorbeeld.</p>")
    for i, (k, e) in enumerate(recs, 1):
        h.append(f"<div class='rec'><div class='lab'>Aanbeveling {i}</div><div><p class='k'>{k}</p><p>{e}</p>"
                 "</div></div>")
    h.append("<h2>5 Tot slot</h2><p>Het college is graag bereid dit advies toe te lichten en denkt mee over de "
             "uitwerking. De steden die aan het onderzoek meededen, hebben hun medewerking toegezegd voor een "
             "vervolg.</p><div class='fn'>Het College van Rijksadviseurs adviseert het kabinet gevraagd en "
             "ongevraagd over de ruimtelijke inrichting van Nederland. Dit advies is tot stand gekomen met "
             "medewerking van het Atelier Rijksbouwmeester. Alle cijfers zijn afgerond.</div>")
    h.append("</body></html>")
    B.chromium_pdf("".join(h), NAME + "_advice.pdf")


RES_CSS = CSS + """
@page { size: A4; margin: 22mm 20mm 22mm 20mm;
  @bottom-left { content: "Verzamelbrief ruimtelijke ordening, voorjaar 2026"; font-family: B35; font-size: 7pt; color: #666; }
  @bottom-right { content: "Pagina " counter(page) " van " counter(pages); font-family: B35; font-size: 7pt; color: #666; } }
@page :first { margin-top: 14mm; }
.logo { text-align: center; margin-bottom: 8mm; }
.logo .bar { display: inline-block; width: 10mm; height: 20mm; background: #154273; }
.logo .t { font-size: 8.5pt; margin-top: 1mm; }
.wrap { display: grid; grid-template-columns: 1fr 38mm; column-gap: 8mm; }
.side { font-size: 7pt; color: #333; line-height: 1.35; }
.side b { display: block; margin-top: 2.5mm; }
.addr { font-size: 9pt; margin-bottom: 8mm; }
.dat { font-size: 9pt; margin-bottom: 6mm; }
h2 { font-size: 10pt; margin: 5mm 0 1.5mm 0; break-after: avoid; }
h3 { font-size: 9.6pt; font-style: italic; font-weight: normal; margin: 3mm 0 1mm 0; break-after: avoid; }
p { margin: 0 0 2.4mm 0; }
"""


def response():
    h = ["<!doctype html><html lang='nl'><head><meta charset='utf-8'><style>", RES_CSS, "</style></head><body>"]
    h.append("<div class='logo'><div class='bar'></div><div class='t'>Ministerie van Volkshuisvesting en<br>"
             "Ruimtelijke Ordening</div></div>")
    h.append("<div class='wrap'><div><div class='addr'>&gt; Retouradres Postbus 20011 2500 EA Den Haag<br><br>"
             "Aan de Voorzitter van de Tweede Kamer<br>der Staten-Generaal<br>Postbus 20018<br>2500 EA Den Haag</div>"
             "<div class='dat'>Datum&nbsp;&nbsp;16 april 2026<br>Betreft&nbsp;&nbsp;Verzamelbrief ruimtelijke "
             "ordening, voorjaar 2026</div>".replace("&nbsp;&nbsp;", " &middot; "))
    h.append("<p>Geachte voorzitter,</p><p>Met deze brief informeer ik uw Kamer, mede namens de minister van "
             "Infrastructuur en Waterstaat, over drie onderwerpen: de voortgang van de grootschalige "
             "woningbouwlocaties, mijn reactie op het advies <i>Ruimte voor water in de stad</i> van het College "
             "van Rijksadviseurs, en de stand van zaken van het Nationaal Programma Landelijk Gebied.</p>")
    h.append("<h2>1. Grootschalige woningbouwlocaties</h2><p>Van de zeventien grootschalige woningbouwlocaties "
             "hebben er inmiddels veertien een getekende bestuursovereenkomst. Op twaalf locaties is de bouw van "
             "de eerste woningen gestart. Bij de locaties Rijnenburg en Valkenburg ligt de planning achter op "
             "schema door de stikstofproblematiek; ik verwacht daar voor de zomer duidelijkheid over te kunnen "
             "geven.</p>")
    h.append("<h2>2. Reactie op het advies Ruimte voor water in de stad</h2><p>Op 12 februari 2026 heeft het "
             "College van Rijksadviseurs (CRa) mij het advies <i>Ruimte voor water in de stad</i> aangeboden. "
             "Ik dank het college voor dit heldere advies. Ik herken het beeld dat het college schetst: de "
             "instrumenten zijn er, maar worden te vrijblijvend gebruikt. Hieronder ga ik in op de aanbevelingen."
             "</p>")
    h.append("<h3>Hitte in het omgevingsplan</h3><p>Het college stelt voor om gemeenten te verplichten "
             "hittekaarten in hun omgevingsplan op te nemen. Ik neem dit advies over. Bij de eerstvolgende "
             "wijziging van het Besluit kwaliteit leefomgeving, die ik in het najaar van 2026 in consultatie "
             "breng, wordt een instructieregel opgenomen die gemeenten verplicht om hittestress te betrekken bij "
             "het omgevingsplan.</p>")
    h.append("<h3>Watertoets en verharding</h3><p>Het college adviseert de watertoets bindend te maken en een "
             "landelijke norm voor verharding van particuliere percelen op te stellen. Voor de watertoets kies ik "
             "een tussenweg: ik regel dat een gemeente het wateradvies alleen gemotiveerd terzijde kan leggen, "
             "maar een bindend advies van het waterschap gaat mij te ver, omdat dat de afweging van de "
             "gemeenteraad zou doorkruisen. Een landelijke verhardingsnorm voor tuinen neem ik niet over. Dat "
             "vind ik een te zware ingreep in het eigendom van burgers, die bovendien nauwelijks te handhaven "
             "is. Gemeenten kunnen zelf al regels stellen in hun omgevingsplan, en ik ondersteun hen daarbij met "
             "een modelregeling.</p>")
    h.append("<h3>Samen ontwerpen in de regio</h3><p>De ervaringen met het ontwerpatelier in Zuid-Holland zijn "
             "ook mij bekend. Inmiddels werken Gelderland, Overijssel en Noord-Brabant aan een vergelijkbaar "
             "atelier. Ik stel via het Deltafonds voor de periode 2026-2028 jaarlijks 3 miljoen euro beschikbaar "
             "zodat alle twaalf provincies een atelier kunnen inrichten.</p>")
    h.append("<h3>Geld voor de binnenstad</h3><p>Het college vraagt om een vaste jaarlijkse reservering voor "
             "de groenblauwe herinrichting van binnensteden. Ik begrijp die wens. Over de besteding van de "
             "middelen na afloop van de Impulsregeling in 2027 besluit het kabinet echter in samenhang met "
             "andere opgaven bij de Voorjaarsnota 2027. Ik betrek het advies van het college bij die "
             "besluitvorming.</p>")
    h.append("<h3>Het Rijk als voorbeeld</h3><p>Ik ben het met het college eens dat het Rijk zelf het goede "
             "voorbeeld moet geven. Het Rijksvastgoedbedrijf krijgt de opdracht om vóór 2030 bij alle "
             "binnenstedelijke rijkspanden ten minste 60 millimeter neerslag op eigen terrein vast te houden. "
             "Het Rijksvastgoedbedrijf rapporteert hierover in zijn jaarverslag.</p>")
    h.append("<h2>3. Nationaal Programma Landelijk Gebied</h2><p>Alle provincies hebben inmiddels een "
             "programma landelijk gebied vastgesteld. Voor de uitvoering is in 2026 in totaal 1,1 miljard euro "
             "beschikbaar. Over de verdeling van de middelen na 2027 informeer ik uw Kamer voor het "
             "commissiedebat Ruimtelijke Ordening in juni.</p>")
    h.append("<p>Hoogachtend,</p><p>de minister van Volkshuisvesting en<br>Ruimtelijke Ordening,<br><br><br>"
             "drs. H.J. (Hanneke) Veldkamp-Oudshoorn</p></div>")
    h.append("<div class='side'><b>Directoraat-generaal Ruimte en Water</b>Directie Ruimtelijke Ordening<br>"
             "Turfmarkt 147<br>Den Haag<br>Postbus 20011<br>2500 EA Den Haag<br><b>Kenmerk</b>2026-0000187244"
             "<br><b>Uw kenmerk</b>&ndash;<br><b>Bijlage(n)</b>1</div></div>")
    h.append("</body></html>")
    B.chromium_pdf("".join(h), NAME + "_response.pdf")


RECS = [
    ("1", "Maak de watertoets voor binnenstedelijke bouwprojecten bindend in plaats van adviserend",
     "een bindend advies van het waterschap gaat mij te ver", "partly", ["disagrees"]),
    ("2", "Stel een landelijke norm op voor de maximale verharding",
     "Een landelijke verhardingsnorm voor tuinen neem ik niet over", "disagrees"),
    ("3", "Reserveer jaarlijks 250 miljoen euro voor de groenblauwe herinrichting",
     "besluit het kabinet echter in samenhang met andere opgaven", "noted"),
    ("4", "Verplicht gemeenten om hittekaarten op te nemen in hun omgevingsplan",
     "Ik neem dit advies over", "agrees"),
    ("5", "Richt in elke provincie een ontwerpatelier op voor water en stad",
     "zodat alle twaalf provincies een atelier kunnen inrichten", "agrees"),
    ("6", "Geef het Rijksvastgoedbedrijf opdracht om bij alle eigen binnenstedelijke panden",
     "Het Rijksvastgoedbedrijf krijgt de opdracht om vóór 2030", "agrees"),
    ("7", "Evalueer het Deltaplan Ruimtelijke Adaptatie in 2027 met nadruk", None, "unanswered"),
]
UNMATCHED = [
    "hebben er inmiddels veertien een getekende bestuursovereenkomst",
    "Alle provincies hebben inmiddels een programma landelijk gebied vastgesteld",
]
NOTES = ("Round 35 (nl). Advice: an invented College van Rijksadviseurs advice 'Ruimte voor water in de stad' "
         "(Chromium, CSS running header and 'pagina N van M'). The seven recommendations are the bold imperatives "
         "in chapter 4, each in a grid row with a left label 'Aanbeveling N'. Traps: the Samenvatting's seven short "
         "bullets that paraphrase them, the quoted 2018 advice 'Geef water en bodem een sturende rol', findings "
         "with 'zou ... moeten', Bkl art. 5.1 and Omgevingswet art. 2.1, a figures table. Response: a VRO "
         "verzamelbrief (Kamerbrief with sidebar) in which only section 2 answers the advice, under theme "
         "headings without numbers in the order 4 ('Ik neem dit advies over': agrees), 1+2 in ONE paragraph "
         "(watertoets: motivation duty but no binding advice, 'gaat mij te ver': partly; garden norm 'neem ik niet "
         "over': disagrees), 5 (provinces funded to set up ateliers: agrees, without a verdict word), 3 (decided at "
         "the Voorjaarsnota 2027, 'betrek het advies': noted), 6 (RVB gets the assignment: agrees). 7 (evaluate "
         "the Deltaplan in 2027) is not answered. Sections 1 (woningbouwlocaties) and 3 (NPLG) answer nothing.")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)
