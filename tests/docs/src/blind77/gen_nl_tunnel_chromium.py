"""Round 77 (nl): the ADVIES VAN DE VEILIGHEIDSBEAMBTE on a municipal road tunnel's veiligheidsbeheerplan (Wet
aanvullende regels veiligheid wegtunnels), answered by the college's BESLUIT OPENSTELLINGSVERGUNNING
('gelet op ... / overwegende ... / besluiten', with voorschriften).

Advice: (invented) veiligheidsbeambte of the Stationstunnel Breeveen, 'Advies veiligheidsbeheerplan Stationstunnel',
3 p.: a meta table, the Warvw's duties ('moet'), the tunnel's data in a table, numbered paragraphs 3.1-3.6 in which
the advice is a BOLD sentence ending with its code '(A1)' ... '(A7)', findings with 'moet', the risk analysis quoted,
a chapter 4 'Aandachtspunten' AP1-AP3 that are expressly no advice, and a conclusion that sums up 'mits de adviezen
A1 tot en met A7 worden opgevolgd'.
Response: 'Besluit openstellingsvergunning Stationstunnel', 2 p., serif: gelet op (nothing), overwegingen 1-7: 1
Aanvraag, 2 Advies veiligheidsregio (nothing), 3 = A1 agrees, 4 ONE overweging = A2 agrees + A5 disagrees, 5 = A3
partly (flash lights in the north tube only), 6 = A7 disagrees, 7 = A4 noted; Besluit 1-3 and Rechtsmiddelen
(nothing); A6 (evaluation after a year) unanswered.
Engine: headless Chromium --print-to-pdf (ligature-free DejaVu copies via @font-face; head and page numbers
stamped with PyMuPDF).

Run: /tmp/blind77nl/bin/python tests/docs/src/blind77/gen_nl_tunnel_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b77nl as B  # noqa: E402

NAME = "blind77_nl_tunnel"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B77NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def css(fam, files, accent):
    faces = "".join(
        f"@font-face {{ font-family: '{fam}'; src: url('file://{files[s]}'); font-weight: {w}; font-style: {st}; }}\n"
        for s, w, st in (("Regular", "normal", "normal"), ("Bold", "bold", "normal"), ("Italic", "normal", "italic"),
                         ("Bold Italic", "bold", "italic")))
    return faces + """
@page { size: A4; margin: 22mm 21mm 20mm 21mm; }
body { font-family: '%s'; font-size: 9.5pt; line-height: 1.42; color: #111; }
p { margin: 0 0 6pt 0; text-align: justify; }
h1 { font-size: 16pt; margin: 0 0 4pt 0; color: %s; }
h2 { font-size: 11pt; margin: 12pt 0 4pt 0; color: %s; }
table.meta { border-collapse: collapse; font-size: 8.4pt; margin: 6pt 0 10pt 0; width: 100%%; }
table.meta td { border-bottom: 0.5pt solid #bbb; padding: 2pt 4pt; vertical-align: top; }
table.meta td.k { width: 32mm; color: #555; }
table.data { border-collapse: collapse; font-size: 8.4pt; margin: 4pt 0 10pt 0; }
table.data th { background: %s; color: #fff; text-align: left; padding: 3pt 6pt; }
table.data td { border: 0.5pt solid #999; padding: 2pt 6pt; }
.np { display: flex; margin-bottom: 6pt; }
.np .n { flex: 0 0 10mm; font-weight: bold; }
.np .t { flex: 1; text-align: justify; }
.band { border-left: 4pt solid %s; padding: 2pt 0 2pt 8pt; font-size: 8.5pt; font-weight: bold; color: %s;
        margin-bottom: 10pt; letter-spacing: 0.5pt; }
.q { font-style: italic; margin: 4pt 12mm 8pt 12mm; }
.ov { margin-bottom: 6pt; }
.ov .h { font-weight: bold; }
ol.b { margin: 2pt 0 8pt 0; padding-left: 7mm; }
ol.b li { margin-bottom: 3pt; text-align: justify; }
""" % (fam, accent, accent, accent, accent, accent)


def np(n, t):
    return f'<div class="np"><div class="n">{n}</div><div class="t">{t}</div></div>'


def advice():
    acc = "#c25e00"
    body = f"""
<div class="band">VEILIGHEIDSBEAMBTE STATIONSTUNNEL BREEVEEN</div>
<h1>Advies over het veiligheidsbeheerplan Stationstunnel</h1>
<table class="meta">
<tr><td class="k">Aan</td><td>de tunnelbeheerder, gemeente Breeveen, afdeling Beheer Openbare Ruimte</td></tr>
<tr><td class="k">Van</td><td>ing. M.A. (Marco) Lindenbergh, veiligheidsbeambte</td></tr>
<tr><td class="k">Datum</td><td>4 februari 2026</td></tr>
<tr><td class="k">Kenmerk</td><td>VB-ST-2026-03</td></tr>
<tr><td class="k">Betreft</td><td>veiligheidsbeheerplan versie 2.1 van 12 januari 2026, ten behoeve van de aanvraag
openstellingsvergunning</td></tr>
</table>
<h2>1 Aanleiding</h2>
{np("1.1", "U heeft mij gevraagd te adviseren over het veiligheidsbeheerplan van de Stationstunnel. Op grond van de "
    "Wet aanvullende regels veiligheid wegtunnels (Warvw) moet de tunnelbeheerder voor de openstelling van een "
    "tunnel een veiligheidsbeheerplan vaststellen en daarover advies vragen aan de veiligheidsbeambte. Het plan "
    "moet daarna bij de aanvraag van de openstellingsvergunning worden gevoegd.")}
{np("1.2", "Mijn advies is onafhankelijk. Ik heb het plan beoordeeld, de tunnel twee keer bezocht en gesproken "
    "met de wegverkeersleiders, de brandweer en de aannemer.")}
<h2>2 De tunnel</h2>
{np("2.1", "De Stationstunnel verbindt de Ringweg-Oost onder het spoor door met de Stationslaan. De belangrijkste "
    "gegevens staan hieronder.")}
<table class="data">
<tr><th>Kenmerk</th><th>Waarde</th></tr>
<tr><td>Lengte</td><td>640 meter</td></tr>
<tr><td>Buizen</td><td>2 (noordbuis en zuidbuis), elk 2 rijstroken</td></tr>
<tr><td>Verwachte intensiteit</td><td>24.000 motorvoertuigen per etmaal</td></tr>
<tr><td>Vluchtdeuren</td><td>6 per buis, om de 90 meter</td></tr>
<tr><td>Geplande openstelling</td><td>1 juli 2026</td></tr>
</table>
<h2>3 Beoordeling</h2>
{np("3.1", "<i>Oefenen.</i> Het plan beschrijft een oefenprogramma voor de jaren na de openstelling. De "
    "wegverkeersleiders en de brandweer hebben nog niet samen in deze tunnel geoefend. <b>Houd voor de openstelling "
    "ten minste een oefening op ware grootte met de brandweer, waarbij een volledige buis wordt ontruimd (A1).</b>")}
{np("3.2", "<i>Afsluiten.</i> Bij een calamiteit moet de tunnel zo snel mogelijk voor verkeer worden afgesloten. "
    "Volgens het plan duurt dat in het ongunstigste geval 110 seconden, omdat de slagbomen per buis afzonderlijk "
    "worden bediend. <b>Zorg dat de wegverkeersleider bij een calamiteit beide buizen binnen 60 seconden met een "
    "enkele handeling kan afsluiten (A2).</b>")}
{np("3.3", "<i>Vluchten.</i> De vluchtdeuren zijn gemarkeerd met groene borden en verlichting. In de risicoanalyse "
    "staat: 'Bij dichte rook is de bewegwijzering naar de vluchtdeuren op meer dan 10 meter afstand niet meer "
    "zichtbaar.' <b>Voorzie alle vluchtdeuren van groene flitslichten die bij een brandmelding automatisch "
    "aangaan (A3).</b>")}
{np("3.4", "<i>Omleiden.</i> Het calamiteitenplan noemt geen omleidingsroute. Bij afsluiting zal het verkeer zich "
    "over de binnenstad verspreiden. <b>Leg in het calamiteitenplan een vaste omleidingsroute vast en stem die af "
    "met de politie en de gemeente Hoogeloon (A4).</b>")}
{np("3.5", "<i>Onderhoud.</i> Voor onderhoud worden de buizen een voor een afgesloten. Het plan laat open op welke "
    "momenten dat gebeurt. <b>Plan onderhoudssluitingen uitsluitend in de nachten van zondag op maandag tot en met "
    "donderdag op vrijdag (A5).</b> <b>Evalueer het veiligheidsbeheerplan een jaar na de openstelling met alle "
    "betrokken partijen en stel het zo nodig bij (A6).</b>")}
{np("3.6", "<i>Snelheid.</i> Het plan gaat uit van een maximumsnelheid van 70 km/u. Weggebruikers moeten in de "
    "eerste maanden wennen aan de nieuwe situatie met een korte invoegstrook direct achter de uitgang. <b>Stel in de "
    "eerste drie maanden na de openstelling een tijdelijke maximumsnelheid van 50 km/u in (A7).</b>")}
<h2>4 Aandachtspunten</h2>
<p>De volgende punten zijn geen advies, maar verdienen aandacht bij de verdere uitwerking:</p>
{np("AP1", "De contactgegevens van de tunnelbeheerder in het plan moeten nog worden geactualiseerd.")}
{np("AP2", "De wegverkeersleiders zouden baat hebben bij een korte instructiekaart naast de bedienplek.")}
{np("AP3", "De tekeningen in bijlage 4 zijn van een oudere datum dan de tekeningen in het bestek.")}
<h2>5 Conclusie</h2>
<p>Het veiligheidsbeheerplan is volledig en goed onderbouwd. Ik adviseer positief over het plan, mits de
adviezen A1 tot en met A7 worden opgevolgd. Ik ben graag bereid dit advies toe te lichten.</p>
<p>ing. M.A. (Marco) Lindenbergh<br>veiligheidsbeambte Stationstunnel Breeveen</p>
"""
    h = f"<html><head><meta charset='utf-8'><style>{css('B77NL Sans', SANS, acc)}</style></head><body>{body}</body></html>"
    B.chromium_pdf(h, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Veiligheidsbeambte Stationstunnel  |  Advies VB-ST-2026-03", "{n}/{m}",
            SANS["Regular"])


def response():
    acc = "#1f3a68"
    ovs = [
        ("Aanvraag", "Op 20 januari 2026 heeft de tunnelbeheerder, de afdeling Beheer Openbare Ruimte van onze "
                     "gemeente, een openstellingsvergunning aangevraagd voor de Stationstunnel. De aanvraag is "
                     "volledig; het veiligheidsbeheerplan versie 2.1 en de risicoanalyse zijn bijgevoegd."),
        ("Advies van de veiligheidsregio", "De Veiligheidsregio Maas en Peel heeft op 10 februari 2026 positief "
                                           "geadviseerd. Haar opmerking over de bereikbaarheid van de "
                                           "bluswatervoorziening aan de zuidzijde is inmiddels verwerkt."),
        ("Oefening", "De veiligheidsbeambte adviseert een oefening op ware grootte voor de openstelling. Wij nemen "
                     "dit advies over en verbinden het als voorschrift aan deze vergunning. De oefening is gepland "
                     "op 13 juni 2026."),
        ("Afsluiten en onderhoud", "De besturing is aangepast: met een druk op de knop sluit de wegverkeersleider "
                                   "nu beide buizen tegelijk af, wat in de test 48 seconden duurde. Het advies om "
                                   "onderhoud alleen op de nachten van zondag tot en met donderdag te plannen, "
                                   "volgen wij niet. Door de werkzaamheden aan het spoor is ProRail ook op "
                                   "vrijdagnacht aangewezen op de tunnel voor werkverkeer, en gezamenlijke "
                                   "sluitingen beperken de hinder juist."),
        ("Flitslichten", "Wij volgen dit advies gedeeltelijk. In de noordbuis, waar de helling het grootst is en "
                         "rook zich het snelst ophoopt, worden voor de openstelling flitslichten bij alle "
                         "vluchtdeuren aangebracht. Voor de zuidbuis besluiten wij daarover na de evaluatie van de "
                         "oefening."),
        ("Maximumsnelheid", "Een tijdelijke verlaging naar 50 km/u nemen wij niet over. Een afwijkende snelheid "
                            "die na drie maanden weer verandert, leidt volgens de wegbeheerder tot meer "
                            "onduidelijkheid dan zij oplost. De snelheid blijft 70 km/u, met extra "
                            "waarschuwingsborden voor de invoegstrook."),
        ("Omleidingsroute", "Wij hebben kennisgenomen van het advies over een vaste omleidingsroute. Een route via "
                            "Hoogeloon vraagt afspraken met die gemeente en met de politie, die buiten deze "
                            "vergunning vallen; wij betrekken het advies bij het regionale verkeersmanagementplan."),
    ]
    ov = "".join(f'<div class="ov"><span class="h">{i}. {h}</span><br>{t}</div>' for i, (h, t) in
                 enumerate(ovs, 1))
    body = f"""
<div class="band">GEMEENTE BREEVEEN</div>
<h1>Besluit openstellingsvergunning Stationstunnel</h1>
<table class="meta">
<tr><td class="k">Zaaknummer</td><td>Z-2026-00418</td></tr>
<tr><td class="k">Datum besluit</td><td>3 maart 2026</td></tr>
<tr><td class="k">Aanvrager</td><td>tunnelbeheerder Stationstunnel, afdeling Beheer Openbare Ruimte</td></tr>
</table>
<p>Burgemeester en wethouders van Breeveen,</p>
<p><b>gelet op</b> artikel 8 van de Wet aanvullende regels veiligheid wegtunnels, het veiligheidsbeheerplan
Stationstunnel versie 2.1 en het advies van de veiligheidsbeambte van 4 februari 2026;</p>
<p><b>overwegende</b> het volgende:</p>
{ov}
<h2>Besluit</h2>
<p>Wij besluiten:</p>
<ol class="b">
<li>aan de tunnelbeheerder een openstellingsvergunning te verlenen voor de Stationstunnel, ingaande 1 juli 2026;</li>
<li>aan deze vergunning het voorschrift te verbinden dat voor de openstelling een oefening wordt gehouden waarbij de
noordbuis of de zuidbuis volledig wordt ontruimd, en dat het verslag daarvan aan ons wordt gezonden;</li>
<li>dit besluit bekend te maken in het Gemeenteblad.</li>
</ol>
<p>Burgemeester en wethouders van Breeveen,<br>de secretaris, drs. P.J. (Pieter) Cuijpers<br>de burgemeester,
mr. E.M. (Esther) Raaijmakers</p>
<h2>Rechtsmiddelen</h2>
<p>Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag van bekendmaking een bezwaarschrift
indienen bij burgemeester en wethouders van Breeveen.</p>
"""
    h = f"<html><head><meta charset='utf-8'><style>{css('B77NL Serif', SERIF, acc)}</style></head><body>{body}</body></html>"
    B.chromium_pdf(h, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Breeveen  |  Besluit openstellingsvergunning Stationstunnel",
            "pagina {n} van {m}", SERIF["Regular"])


RECS = [
    ("A1", "Houd voor de openstelling ten minste een oefening op ware grootte",
     "Wij nemen dit advies over en verbinden het als voorschrift", "agrees"),
    ("A2", "Zorg dat de wegverkeersleider bij een calamiteit beide buizen binnen",
     "nu beide buizen tegelijk af, wat in de test 48 seconden duurde", "agrees"),
    ("A3", "Voorzie alle vluchtdeuren van groene flitslichten die bij een brandmelding",
     "Wij volgen dit advies gedeeltelijk", "partly"),
    ("A4", "Leg in het calamiteitenplan een vaste",
     "betrekken het advies bij het regionale verkeersmanagementplan", "noted"),
    ("A5", "Plan onderhoudssluitingen uitsluitend in de nachten van zondag op maandag",
     "tot en met donderdag te plannen, volgen wij niet", "disagrees"),
    ("A6", "Evalueer het veiligheidsbeheerplan een jaar na de openstelling met alle", None, "unanswered"),
    ("A7", "Stel in de eerste drie maanden na de openstelling een tijdelijke",
     "Een tijdelijke verlaging naar 50 km/u nemen wij niet over", "disagrees"),
]
UNMATCHED = [
    "De aanvraag is volledig; het veiligheidsbeheerplan versie 2.1",
    "De Veiligheidsregio Maas en Peel heeft op 10 februari 2026 positief",
    "binnen zes weken na de dag van bekendmaking een bezwaarschrift",
]
NOTES = ("ADVIES VAN DE VEILIGHEIDSBEAMBTE of a municipal road tunnel on its veiligheidsbeheerplan (Warvw), answered "
         "by the college's BESLUIT OPENSTELLINGSVERGUNNING ('gelet op / overwegende / besluiten'). The Warvw is "
         "real; Breeveen, Hoogeloon, the tunnel, the Veiligheidsregio Maas en Peel, figures and people are invented "
         "(ProRail is named as a real railway manager only). Recommendations: BOLD sentences inside numbered "
         "paragraphs 3.1-3.6 (each led by an italic topic word), each ENDING with its code '(A1)' ... '(A7)'; 3.5 "
         "holds two (A5, A6); A4 runs across the page break (starts_with kept to its first six words). Traps: the Warvw's 'moet ... vaststellen en ... advies vragen' and 'moet ... worden "
         "gevoegd'; a data table; 'moet ... worden afgesloten' and 'moeten ... wennen' as findings; the risk "
         "analysis quoted; chapter 4 'Aandachtspunten' AP1-AP3 stated to be no advice ('moeten nog worden "
         "geactualiseerd', 'zouden baat hebben'); the conclusion 'mits de adviezen A1 tot en met A7 worden "
         "opgevolgd'. Besluit: gelet op; overwegingen 1.-7. with subject titles and no codes, in another order: 1 "
         "Aanvraag and 2 Advies van de veiligheidsregio (nothing); 3 = A1 agrees (also made a voorschrift in "
         "Besluit 2); 4 ONE overweging 'Afsluiten en onderhoud' = A2 agrees (done: both tubes in 48 s) + A5 "
         "disagrees ('volgen wij niet'); 5 = A3 partly (north tube only); 6 = A7 disagrees; 7 = A4 noted "
         "('kennisgenomen ... betrekken het advies bij'); Besluit 1-3 and Rechtsmiddelen (nothing); A6 "
         "(evaluation after a year) unanswered.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
