"""Round 80 (nl, Flemish/Belgian): the VERSLAG of a BIJZONDER ONDERZOEK (special investigation, art. 259bis-16
Gerechtelijk Wetboek) by the Hoge Raad voor de Justitie into the working of a court of first instance, with
RANDNUMMERS (numbered paragraphs) throughout and the recommendations as randnummers 24-30 of the section
'Aanbevelingen', answered by the court's DIRECTIECOMITE in a NOTA AAN DE ALGEMENE VERGADERING (a board paper:
Onderwerp / Context / Bespreking per aanbeveling 'ad rnr.' / Voorstel van beslissing).

Advice: 'Verslag bijzonder onderzoek naar de werking van de rechtbank van eerste aanleg Leievallei' (3 p., sans):
randnummers in the left margin, legal bases quoted (Ger.W. art. 259bis-16, art. 770: 'moet uitspraak doen binnen
een maand'), a doorlooptijden table, findings with 'dient' and 'zou moeten', the HRJ's 2019 audit recommendation
quoted, 'Opvolging' after the recommendations.
Response: nota of 30 April 2026 (2 p., sans, header table), citing randnummers, in another order: Context (nothing),
ad rnr. 27 noted, ONE block 'ad rnrs. 26 en 29' = 26 disagrees + 29 agrees, ad rnr. 24 agrees, ad rnr. 28 partly,
ad rnr. 25 agrees, 'Verhuizing naar het nieuwe gerechtsgebouw' (nothing), 'Voorstel van beslissing' (nothing);
30 unanswered.
Engine: headless Chromium --print-to-pdf (ligature-free DejaVu copies under /tmp via @font-face; running head and
page numbers stamped with PyMuPDF).

The Hoge Raad voor de Justitie and the Gerechtelijk Wetboek are real, but what the documents say of them is not to
be relied on; the court, the investigation, people and figures are invented.

Run: /tmp/blind80nl/bin/python tests/docs/src/blind80/gen_nl_hrj_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b80nl as B  # noqa: E402

NAME = "blind80_nl_hrj"
SANS = B.tmp_fonts()


def css(accent):
    faces = ""
    for s, w, st in (("Regular", 400, "normal"), ("Bold", 700, "normal"), ("Italic", 400, "italic"),
                     ("Bold Italic", 700, "italic")):
        faces += (f"@font-face {{ font-family: 'B80S'; src: url('file://{SANS[s]}'); font-weight: {w}; "
                  f"font-style: {st}; }}\n")
    return faces + """
@page { size: A4; margin: 22mm 20mm 20mm 20mm; }
body { font-family: 'B80S'; font-size: 9.3pt; line-height: 1.42; color: #1a1a1a; }
h1 { font-size: 15pt; margin: 0 0 2mm 0; color: ACC; }
h2 { font-size: 10.8pt; margin: 5mm 0 2mm 0; color: ACC; border-bottom: 0.6pt solid ACC; padding-bottom: 1mm; }
p { margin: 0 0 2.2mm 0; text-align: justify; }
.rn { display: flex; margin: 0 0 2.2mm 0; }
.rn .n { flex: 0 0 11mm; font-weight: 700; color: ACC; }
.rn .t { flex: 1; text-align: justify; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm 0; font-size: 8.4pt; }
td, th { border: 0.5pt solid #888; padding: 1.2mm 2mm; vertical-align: top; text-align: left; }
th { background: #e4ebf3; }
.band { background: ACC; color: white; padding: 3mm 5mm; margin-bottom: 5mm; font-size: 8.6pt; }
.band b { font-size: 10pt; }
.meta td { border: none; padding: 0.6mm 2mm 0.6mm 0; }
.box { border: 0.8pt solid ACC; padding: 2mm 4mm; margin: 2mm 0 3mm 0; background: #f6f8fb; }
.small { font-size: 8pt; color: #555; }
""".replace("ACC", accent)


def page(style, body):
    return f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><style>{style}</style></head><body>{body}</body></html>'


def rn(n, t):
    return f'<div class="rn"><div class="n">{n}</div><div class="t">{t}</div></div>'


def advice():
    paras = [
        ("1. Aanleiding en opdracht", [
            (1, "De algemene vergadering van de Nederlandstalige Hoge Raad voor de Justitie heeft op 24 september 2025 "
                "beslist een bijzonder onderzoek te openen naar de werking van de rechtbank van eerste aanleg "
                "Leievallei, na een reeks klachten over de lange duur van het beraad in burgerlijke zaken."),
            (2, "Artikel 259bis-16 van het Gerechtelijk Wetboek laat de Hoge Raad toe een bijzonder onderzoek te "
                "voeren naar de werking van de rechterlijke orde. Het onderzoek gaat niet over de inhoud van "
                "rechterlijke beslissingen, maar over de organisatie en de dienstverlening."),
            (3, "Het onderzoek werd gevoerd door een onderzoeksteam van vier leden tussen 6 oktober 2025 en 30 januari "
                "2026: documentanalyse, een bevraging van 38 magistraten en griffiemedewerkers, en 21 gesprekken, "
                "waaronder met de voorzitter, de hoofdgriffier en de stafhouder van de balie."),
        ]),
        ("2. De rechtbank in cijfers", [
            (4, "De rechtbank telt volgens de personeelsformatie 31 rechters en 42 griffiemedewerkers. Op 1 januari "
                "2026 waren vier plaatsen van rechter en zes plaatsen van griffier of medewerker niet ingevuld."),
        ]),
    ]
    body = ('<div class="band"><b>HOGE RAAD VOOR DE JUSTITIE</b> &middot; Verenigde advies- en onderzoekscommissie'
            '</div><h1>Verslag bijzonder onderzoek naar de werking van de rechtbank van eerste aanleg Leievallei</h1>'
            '<table class="meta"><tr><td><b>Goedgekeurd door de algemene vergadering</b></td><td>25 februari 2026'
            '</td></tr><tr><td><b>Referentie</b></td><td>HRJ/BO/2025-03</td></tr><tr><td><b>Bestemmelingen</b>'
            '</td><td>voorzitter en hoofdgriffier van de rechtbank, minister van Justitie, College van de hoven en '
            'rechtbanken, Kamer van volksvertegenwoordigers</td></tr></table>')
    for head, items in paras:
        body += f"<h2>{head}</h2>" + "".join(rn(n, t) for n, t in items)
    body += """<table><tr><th>Kamer</th><th>Zaken in beraad &gt; 1 maand</th><th>Gemiddelde duur beraad</th>
<th>Langste beraad</th></tr>
<tr><td>1e kamer (familie)</td><td>12</td><td>5 weken</td><td>4 maanden</td></tr>
<tr><td>4e kamer (burgerlijk)</td><td>47</td><td>11 weken</td><td>14 maanden</td></tr>
<tr><td>7e kamer (burgerlijk)</td><td>31</td><td>9 weken</td><td>10 maanden</td></tr>
<tr><td>11e kamer (correctioneel)</td><td>3</td><td>2 weken</td><td>6 weken</td></tr></table>
<p class="small">Tabel 1. Zaken in beraad op 1 december 2025 (bron: griffie, eigen verwerking).</p>"""
    body += "<h2>3. Vaststellingen</h2>" + "".join(rn(n, t) for n, t in [
        (5, "Artikel 770 van het Gerechtelijk Wetboek bepaalt dat de rechter uitspraak moet doen binnen een maand na "
            "de sluiting van de debatten. In de twee burgerlijke kamers met de grootste achterstand wordt die termijn "
            "in de meerderheid van de zaken overschreden (tabel 1)."),
        (6, "De rechtbank beschikt niet over een overzicht per kamer van de zaken in beraad. De voorzitter kent de "
            "achterstand alleen uit de halfjaarlijkse lijsten die de magistraten zelf invullen, wat onvolledig is."),
        (7, "Er is geen schriftelijke regeling voor de verdeling van de zaken over de kamers. De verdeling gebeurt op "
            "basis van gewoonte en wordt door meerdere magistraten als weinig transparant ervaren."),
        (8, "Het onthaal van de griffie is open van 9 tot 12 uur. Advocaten en rechtzoekenden klagen dat zij in de "
            "namiddag niemand kunnen bereiken. Een griffie zou volgens de bevraagde advocaten 'minstens ook twee "
            "namiddagen moeten openen'."),
        (9, "Nieuwe griffiers worden zonder vast programma ingewerkt. Zeven van de negen griffiers die sinds 2023 "
            "begonnen, zeggen dat zij de procedures 'al doende' hebben geleerd."),
        (10, "In zijn auditverslag van 2019 formuleerde de Hoge Raad al de aanbeveling: 'De rechtbank dient een "
             "meerjarig personeelsplan op te stellen.' Dat plan is er gekomen, maar het is sinds 2021 niet "
             "geactualiseerd."),
        (11, "Rechtzoekenden weten niet hoe lang hun zaak zal duren. De website van de rechtbank vermeldt geen "
             "doorlooptijden en de griffie geeft daarover telefonisch geen informatie."),
        (12, "Klachten over de werking van de rechtbank worden door de voorzitter behandeld, maar niet geregistreerd. "
             "Het onderzoeksteam kon daardoor niet nagaan hoeveel klachten er de voorbije jaren waren."),
    ])
    body += "<h2>4. Beoordeling</h2>" + "".join(rn(n, t) for n, t in [
        (13, "De Hoge Raad stelt vast dat de inzet van de magistraten en medewerkers groot is. De achterstand in het "
             "beraad is vooral een probleem van opvolging en organisatie, en slechts voor een deel van capaciteit."),
        (14, "De vacatures wegen zwaar. Het vervullen ervan is echter niet de bevoegdheid van de rechtbank zelf."),
    ])
    body += ('<h2>5. Aanbevelingen</h2><p>Op grond van het voorgaande formuleert de Hoge Raad de volgende '
             'aanbevelingen.</p>') + "".join(rn(n, t) for n, t in [
        (24, "De Hoge Raad beveelt de voorzitter aan per kamer een lijst van de zaken in beraad bij te houden en "
             "die maandelijks met de kamervoorzitters te bespreken."),
        (25, "De Hoge Raad beveelt aan de verdeling van de zaken over de kamers vast te leggen in een schriftelijk "
             "verdelingsreglement dat aan alle magistraten bekend wordt gemaakt."),
        (26, "De Hoge Raad beveelt de hoofdgriffier aan het onthaal van de griffie ook op minstens twee namiddagen "
             "per week open te stellen."),
        (27, "De Hoge Raad beveelt aan dat de rechtbank bij de minister van Justitie aandringt op de snelle "
             "invulling van de vacante plaatsen van rechter en griffier."),
        (28, "De Hoge Raad beveelt aan een inwerkprogramma van drie maanden voor nieuwe griffiers op te stellen, "
             "met een vaste peter of meter uit de griffie."),
        (29, "De Hoge Raad beveelt aan op de website van de rechtbank per soort zaak de gemiddelde doorlooptijd "
             "te vermelden en die elk jaar bij te werken."),
        (30, "De Hoge Raad beveelt de voorzitter aan alle klachten over de werking van de rechtbank te registreren "
             "en er jaarlijks over te rapporteren aan de algemene vergadering."),
    ])
    body += "<h2>6. Opvolging</h2>" + "".join(rn(n, t) for n, t in [
        (31, "De Hoge Raad vraagt de rechtbank binnen drie maanden mee te delen welk gevolg zij aan deze aanbevelingen "
             "geeft. Over achttien maanden voert de Hoge Raad een opvolgingsonderzoek uit."),
    ])
    body += ('<p class="small">Randnummers 15 tot 23 (analyse per kamer) zijn niet opgenomen in deze publieke versie '
             'van het verslag.</p><p class="small">Brussel, 25 februari 2026 - Voor de Hoge Raad voor de Justitie, '
             'de voorzitter van de Verenigde advies- en onderzoekscommissie, Anneleen Verstraete</p>')
    B.chromium_pdf(page(css("#1f3f66"), body), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "HRJ | Bijzonder onderzoek rechtbank van eerste aanleg Leievallei | HRJ/BO/2025-03",
            "{n}/{m}", SANS["Regular"])


def response():
    body = """<div class="band" style="background:#6b3a1f"><b>RECHTBANK VAN EERSTE AANLEG LEIEVALLEI</b> &middot;
Directiecomité</div>
<h1 style="color:#6b3a1f">Nota aan de algemene vergadering</h1>
<table class="meta"><tr><td><b>Vergadering</b></td><td>algemene vergadering van 12 mei 2026, agendapunt 4</td></tr>
<tr><td><b>Onderwerp</b></td><td>gevolg aan het verslag van het bijzonder onderzoek van de Hoge Raad voor de Justitie
(HRJ/BO/2025-03)</td></tr><tr><td><b>Opgesteld door</b></td><td>Koen Vandenbussche, voorzitter, en Sofie De Meyer,
hoofdgriffier</td></tr><tr><td><b>Datum</b></td><td>30 april 2026</td></tr></table>
<h2 style="color:#6b3a1f;border-color:#6b3a1f">1. Context</h2>
<p>Het verslag van de Hoge Raad werd op 3 maart 2026 aan de rechtbank bezorgd en op 17 maart toegelicht aan de
kamervoorzitters. De Hoge Raad vraagt binnen drie maanden een antwoord. Deze nota bereidt dat antwoord voor. Het
directiecomité heeft het verslag met de leidend griffiers en de vertegenwoordigers van de balie besproken.</p>
<h2 style="color:#6b3a1f;border-color:#6b3a1f">2. Bespreking per aanbeveling</h2>
<p><b>Ad randnummer 27 - Vacatures.</b> Het directiecomité neemt kennis van deze aanbeveling. De invulling van de
personeelsformatie behoort tot de bevoegdheid van de minister en van het College van de hoven en rechtbanken, aan wie
het verslag eveneens werd bezorgd. De rechtbank zal de stand van de vacatures opnemen in haar werkingsverslag.</p>
<p><b>Ad randnummers 26 en 29 - Dienstverlening aan de rechtzoekenden.</b> Een bijkomende openstelling van het onthaal
in de namiddag acht het directiecomité met de huidige bezetting van de griffie niet haalbaar; het onthaal blijft
voorlopig open van 9 tot 12 uur, en in de namiddag blijft de griffie per e-mail bereikbaar. De gemiddelde
doorlooptijden per soort zaak staan daarentegen sinds 15 april 2026 op de website en worden elk jaar in januari
bijgewerkt.</p>
<p><b>Ad randnummer 24 - Zaken in beraad.</b> Sinds 1 april 2026 houdt de griffie per kamer een lijst van de zaken in
beraad bij. De voorzitter bespreekt die lijst maandelijks met de kamervoorzitters; de eerste bespreking vond plaats op
21 april.</p>
<p><b>Ad randnummer 28 - Inwerking van griffiers.</b> De hoofdgriffier stelt een inwerkprogramma op met een vaste
meter of peter voor elke nieuwe griffier. Een programma van drie maanden is met de huidige bezetting niet haalbaar;
het programma zal zes weken duren en in september 2026 starten.</p>
<p><b>Ad randnummer 25 - Verdeling van de zaken.</b> Het directiecomité legt aan deze algemene vergadering een
ontwerp van verdelingsreglement voor (bijlage 2). Na goedkeuring wordt het aan alle magistraten bezorgd en op het
intranet gepubliceerd.</p>
<h2 style="color:#6b3a1f;border-color:#6b3a1f">3. Verhuizing naar het nieuwe gerechtsgebouw</h2>
<p>Los van het verslag meldt het directiecomité dat de verhuizing van de afdeling Kortrijk naar het nieuwe
gerechtsgebouw aan de Leiekaai verschoven is naar het voorjaar van 2027. De Regie der Gebouwen bevestigde dat op 8
april.</p>
<div class="box"><b>4. Voorstel van beslissing</b><br>De algemene vergadering keurt het antwoord aan de Hoge Raad voor
de Justitie goed zoals het in deze nota is uitgewerkt, en gelast de voorzitter het uiterlijk op 31 mei 2026 te
versturen.</div>
<p class="small">Bijlagen: 1. verslag HRJ/BO/2025-03; 2. ontwerp van verdelingsreglement.</p>"""
    B.chromium_pdf(page(css("#6b3a1f"), body), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Rechtbank van eerste aanleg Leievallei | Nota algemene vergadering 12 mei 2026",
            "pagina {n} van {m}", SANS["Regular"])


RECS = [
    (24, "De Hoge Raad beveelt de voorzitter aan per kamer een lijst",
     "houdt de griffie per kamer een lijst van de zaken", "agrees"),
    (25, "De Hoge Raad beveelt aan de verdeling van de zaken over",
     "ontwerp van verdelingsreglement voor (bijlage 2)", "agrees"),
    (26, "De Hoge Raad beveelt de hoofdgriffier aan het onthaal van de",
     "acht het directiecomité met de huidige bezetting van de griffie niet haalbaar", "disagrees"),
    (27, "De Hoge Raad beveelt aan dat de rechtbank bij de minister",
     "Het directiecomité neemt kennis van deze aanbeveling", "noted"),
    (28, "De Hoge Raad beveelt aan een inwerkprogramma van drie maanden voor",
     "het programma zal zes weken duren", "partly"),
    (29, "De Hoge Raad beveelt aan op de website van de rechtbank",
     "staan daarentegen sinds 15 april 2026 op de website", "agrees"),
    (30, "De Hoge Raad beveelt de voorzitter aan alle klachten over de",
     None, "unanswered"),
]
UNMATCHED = [
    "Het verslag van de Hoge Raad werd op 3 maart 2026",
    "verschoven is naar het voorjaar van 2027",
    "gelast de voorzitter het uiterlijk op 31 mei 2026 te versturen",
]
NOTES = ("VERSLAG BIJZONDER ONDERZOEK of the Hoge Raad voor de Justitie (art. 259bis-16 Ger.W.) on an invented court "
         "of first instance, answered by the court directiecomité's NOTA AAN DE ALGEMENE VERGADERING (board paper). "
         "Numbers are the report's RANDNUMMERS 24-30 (section '5. Aanbevelingen'; randnummers 1-14 and 31 are "
         "findings, assessment and follow-up; 15-23 left out of the public version), each 'De Hoge Raad beveelt "
         "(de voorzitter / de hoofdgriffier) aan ...'. Traps: art. 770 Ger.W. 'moet uitspraak doen binnen een "
         "maand'; a table of cases in deliberation; advocates quoted ('zou ... moeten openen'); the 2019 audit "
         "recommendation quoted ('De rechtbank dient een meerjarig personeelsplan op te stellen.'); 'De Hoge Raad "
         "vraagt de rechtbank binnen drie maanden mee te delen' in 6. Opvolging. Nota cites 'Ad randnummer(s)', in "
         "another order: 1. Context (nothing); ad 27 noted ('neemt kennis', competence of the minister); ONE "
         "paragraph 'ad randnummers 26 en 29' = 26 disagrees (afternoon opening not feasible) + 29 agrees (on the "
         "website since 15 April); ad 24 agrees (done since 1 April); ad 28 partly (six weeks instead of three "
         "months); ad 25 agrees (draft reglement submitted); 3. Verhuizing (nothing); boxed 'Voorstel van "
         "beslissing' (nothing); 30 (klachtenregister) unanswered.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
