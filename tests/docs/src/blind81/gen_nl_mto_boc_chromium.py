"""Round 81 (nl, Flemish): the RAPPORT of a MEDEWERKERSBEVRAGING (staff survey) of a Flemish city and its OCMW by an
external research bureau, with numbered paragraphs and the recommendations as paragraphs 5.1-5.7 of chapter
'5. Aanbevelingen', answered in the PROTOCOL of the BIJZONDER ONDERHANDELINGSCOMITE (the negotiating committee of
the local authority and the trade unions: presence list, agenda items, the authority's proposal, the unions'
positions, the protocol's conclusion).

Advice: (invented) Peilpunt bv, 'Medewerkersbevraging 2025 Stad en OCMW Oudenhove - Rapport', 3 p., sans, a title
band, paragraph numbers 1.1-6.2 as hanging labels (findings 3.1-3.4 and conclusions 4.1-4.3 numbered the same way),
a response table, the Welzijnswet's 'moet' (risicoanalyse psychosociale risico's), the 2022 survey's recommendation
quoted ('Bespreek de resultaten ...'), 'moet' in survey answers, '6. Verdere opvolging'.
Response: 'Protocol van de vergadering van het Bijzonder Onderhandelingscomite' of 24 March 2026 (2 p., sans,
presence table), agenda item 2 citing 'Aanbeveling 5.N' as bold run-in labels, in another order: item 1 approval of
the previous minutes (nothing); 5.3 agrees; 5.1 partly (six months, one action); ONE paragraph 'Aanbevelingen 5.2
en 5.5' = 5.2 agrees (done, +1.5 VTE) + 5.5 disagrees (telework stays one day); 5.4 partly (technical services every
two years); 5.6 noted (examined with the external prevention service); item 3 bicycle allowance (nothing); item 4
protocol conclusion and signatures (nothing); 5.7 unanswered.
Engine: headless Chromium --print-to-pdf (ligature-free DejaVu copies under /tmp via @font-face; running head and
page numbers stamped with PyMuPDF).

The Welzijnswet and the Flemish local negotiating committees are real, but what the documents say of them is not to
be relied on; Oudenhove, Peilpunt, the unions' delegates, figures and dates are invented.

Run: /tmp/blind81nl/bin/python tests/docs/src/blind81/gen_nl_mto_boc_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b81nl as B  # noqa: E402

NAME = "blind81_nl_mto_boc"
SANS = B.tmp_fonts()


def css(accent):
    faces = ""
    for s, w, st in (("Regular", 400, "normal"), ("Bold", 700, "normal"), ("Italic", 400, "italic"),
                     ("Bold Italic", 700, "italic")):
        faces += (f"@font-face {{ font-family: 'B81S'; src: url('file://{SANS[s]}'); font-weight: {w}; "
                  f"font-style: {st}; }}\n")
    return faces + """
@page { size: A4; margin: 22mm 21mm 20mm 21mm; }
body { font-family: 'B81S'; font-size: 9.4pt; line-height: 1.45; color: #1a1a1a; }
h1 { font-size: 16pt; margin: 0 0 2mm 0; color: ACC; }
h2 { font-size: 11pt; margin: 5mm 0 2mm 0; color: ACC; }
h3 { font-size: 9.8pt; margin: 3mm 0 1.5mm 0; }
p { margin: 0 0 2.3mm 0; }
.pn { display: flex; margin: 0 0 2.3mm 0; }
.pn .n { flex: 0 0 10mm; color: ACC; font-weight: 700; }
.pn .t { flex: 1; }
.rec .t { background: #f3f0e6; padding: 1mm 2mm; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm 0; font-size: 8.5pt; }
td, th { border: 0.5pt solid #999; padding: 1.2mm 2mm; vertical-align: top; text-align: left; }
th { background: #efe9d8; }
.band { background: ACC; color: white; padding: 5mm 6mm; margin-bottom: 6mm; }
.band .big { font-size: 17pt; font-weight: 700; display: block; margin-bottom: 1mm; }
.small { font-size: 8pt; color: #555; }
.meta td { border: none; padding: 0.5mm 2mm 0.5mm 0; }
""".replace("ACC", accent)


def page(style, body):
    return (f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><style>{style}</style></head>'
            f'<body>{body}</body></html>')


def pn(n, t, cls=""):
    return f'<div class="pn {cls}"><div class="n">{n}</div><div class="t">{t}</div></div>'


RECS_TEXT = [
    ("5.1", "Bespreek de resultaten binnen drie maanden in elk team en laat elk team twee eigen verbeteracties "
            "kiezen, met een trekker en een datum."),
    ("5.2", "Voer in de dienst Burgerzaken en in de thuiszorg een werkdrukmeting uit en stem de personeelsformatie "
            "af op de uitkomst."),
    ("5.3", "Bied alle leidinggevenden in 2026 een opleidingstraject coachend leidinggeven aan, met intervisie in "
            "kleine groepen."),
    ("5.4", "Voer voor alle medewerkers, ook in de technische diensten en de schoonmaak, een jaarlijks "
            "functioneringsgesprek in."),
    ("5.5", "Breid het plaatsonafhankelijk werken voor administratieve functies uit van één naar twee dagen per "
            "week."),
    ("5.6", "Stel naast de interne vertrouwenspersonen een extern en onafhankelijk aanspreekpunt aan voor "
            "grensoverschrijdend gedrag."),
    ("5.7", "Herhaal de bevraging om de twee jaar met een grotendeels gelijke vragenlijst, zodat evoluties "
            "zichtbaar worden."),
]


def advice():
    body = """<div class="band" style="background:#7a5a12"><span class="big">Medewerkersbevraging 2025</span>
Stad en OCMW Oudenhove &middot; Rapport &middot; Peilpunt bv, januari 2026</div>
<table class="meta"><tr><td><b>Opdrachtgever</b></td><td>algemeen directeur, stad en OCMW Oudenhove</td></tr>
<tr><td><b>Periode bevraging</b></td><td>6 tot 31 oktober 2025</td></tr>
<tr><td><b>Auteurs</b></td><td>Lotte Van Damme, Jelle Peeters (Peilpunt bv)</td></tr></table>
<h2>1. Inleiding</h2>"""
    body += pn("1.1", "Stad en OCMW Oudenhove telt 612 medewerkers, verdeeld over zes departementen. In 2022 werd "
                      "een eerste medewerkersbevraging georganiseerd. Deze tweede bevraging meet opnieuw tevredenheid, "
                      "werkdruk, leiderschap en psychosociaal welzijn.")
    body += pn("1.2", "De welzijnswet van 4 augustus 1996 bepaalt dat de werkgever een risicoanalyse van de "
                      "psychosociale risico's moet uitvoeren. Deze bevraging maakt deel uit van die risicoanalyse en "
                      "werd voorbereid met de externe dienst voor preventie en bescherming op het werk.")
    body += "<h2>2. Aanpak</h2>"
    body += pn("2.1", "De vragenlijst telde 58 vragen en kon online of op papier worden ingevuld. Alle antwoorden "
                      "zijn anoniem verwerkt; resultaten worden alleen getoond voor groepen van minstens tien "
                      "medewerkers.")
    body += """<table><tr><th>Departement</th><th>Medewerkers</th><th>Respons</th><th>Tevredenheid (op 10)</th></tr>
<tr><td>Burgerzaken en Dienstverlening</td><td>74</td><td>81 %</td><td>6,1</td></tr>
<tr><td>Welzijn en Thuiszorg</td><td>186</td><td>54 %</td><td>6,4</td></tr>
<tr><td>Grondgebiedzaken</td><td>58</td><td>77 %</td><td>7,2</td></tr>
<tr><td>Technische diensten</td><td>142</td><td>39 %</td><td>6,8</td></tr>
<tr><td>Vrije tijd</td><td>96</td><td>63 %</td><td>7,4</td></tr>
<tr><td>Interne zaken</td><td>56</td><td>86 %</td><td>7,0</td></tr>
<tr><td><b>Totaal</b></td><td><b>612</b></td><td><b>60 %</b></td><td><b>6,8</b></td></tr></table>
<h2>3. Resultaten</h2>"""
    body += pn("3.1", "<b>Werkdruk.</b> 41 procent van de respondenten geeft aan vaak te veel werk te hebben. In "
                      "Burgerzaken en in de thuiszorg is dat meer dan de helft. Een medewerker schreef: 'Ik moet "
                      "elke dag kiezen welke burger ik laat wachten.'")
    body += pn("3.2", "<b>Leidinggeven.</b> Medewerkers zijn positief over de bereikbaarheid van hun directe "
                      "leidinggevende (7,3), maar minder over feedback en erkenning (5,9). Veel leidinggevenden "
                      "kregen nooit een opleiding in hun rol.")
    body += pn("3.3", "<b>Gesprekken.</b> 38 procent had het voorbije jaar geen functioneringsgesprek. In de "
                      "technische diensten en bij de schoonmaak is dat 71 procent.")
    body += pn("3.4", "<b>Grensoverschrijdend gedrag.</b> 9 procent maakte in de voorbije twaalf maanden pesterijen "
                      "of ongewenst gedrag mee, vooral van burgers en cliënten. Van hen zocht maar een op vijf hulp "
                      "bij een vertrouwenspersoon; velen kennen de vertrouwenspersonen persoonlijk.")
    body += "<h2>4. Conclusies</h2>"
    body += pn("4.1", "De algemene tevredenheid is licht gestegen tegenover 2022 (6,6). De verschillen tussen "
                      "departementen zijn groot.")
    body += pn("4.2", "De opvolging van de vorige bevraging was onvoldoende. In 2022 luidde de eerste aanbeveling: "
                      "'Bespreek de resultaten in elk team en koppel de acties terug naar de medewerkers.' Slechts "
                      "een op drie teams heeft dat gedaan.")
    body += pn("4.3", "Werkdruk en leiderschap zijn de twee thema's met de grootste invloed op de tevredenheid. "
                      "De stad zou de werkdruk niet alleen moeten meten, maar ook zichtbaar moeten opvolgen.")
    body += "<h2>5. Aanbevelingen</h2>"
    body += "".join(pn(n, t, "rec") for n, t in RECS_TEXT)
    body += "<h2>6. Verdere opvolging</h2>"
    body += pn("6.1", "Wij stellen voor dat het managementteam een actieplan opstelt en dit vóór 1 april 2026 "
                      "bespreekt in het bijzonder onderhandelingscomité.")
    body += pn("6.2", "De resultaten per departement zijn opgenomen in bijlage 2 (niet in deze publieke versie).")
    body += '<p class="small">Peilpunt bv, Gent, 19 januari 2026.</p>'
    B.chromium_pdf(page(css("#7a5a12"), body), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Peilpunt | Medewerkersbevraging 2025 Stad en OCMW Oudenhove | Rapport",
            "p. {n}/{m}", SANS["Regular"])


def response():
    body = """<div class="band" style="background:#1d4d4f"><span class="big">Protocol</span>
Bijzonder onderhandelingscomité voor de stad en het OCMW Oudenhove &middot; vergadering van 24 maart 2026</div>
<table><tr><th style="width:34%">Aanwezig</th><th>Namens</th></tr>
<tr><td>Kristof De Smet, voorzitter<br/>Ann Verhaeghe<br/>Pieter Lannoo</td><td>de overheid: burgemeester, schepen
van personeel, algemeen directeur</td></tr>
<tr><td>Marc Vercruysse<br/>Sofie D'Hondt<br/>Dirk Maes</td><td>ACOD LRB, ACV Openbare Diensten, VSOA LRB</td></tr>
<tr><td>Els Wouters</td><td>secretaris (personeelsdienst)</td></tr></table>
<h2>1. Goedkeuring van het protocol van 20 januari 2026</h2>
<p>Het protocol van de vorige vergadering wordt zonder opmerkingen goedgekeurd. De voorzitter meldt dat de
syndicale premie voor 2025 op 12 maart werd uitbetaald.</p>
<h2>2. Actieplan medewerkersbevraging 2025</h2>
<p>De algemeen directeur licht het actieplan toe dat het managementteam op 10 maart 2026 heeft vastgelegd naar
aanleiding van het rapport van Peilpunt. Het standpunt van de overheid per aanbeveling is het volgende.</p>
<p><b>Aanbeveling 5.3 (leidinggeven).</b> De overheid volgt deze aanbeveling. Vanaf september 2026 volgen alle 64
leidinggevenden het traject coachend leidinggeven, in groepen van acht met vier intervisiemomenten. Het budget is
voorzien in het meerjarenplan.</p>
<p><b>Aanbeveling 5.1 (teambesprekingen).</b> De overheid wil de resultaten in elk team laten bespreken, maar drie
maanden is voor de grote departementen te kort. Elk team bespreekt de resultaten vóór 30 september 2026 en kiest ten
minste één verbeteractie; twee acties per team worden niet opgelegd.</p>
<p><b>Aanbevelingen 5.2 en 5.5 (werkdruk en thuiswerk).</b> In februari 2026 werd in Burgerzaken en in de thuiszorg
een werkdrukmeting uitgevoerd. Op basis daarvan wordt de formatie van Burgerzaken met 1,5 VTE uitgebreid vanaf
1 mei 2026; in de thuiszorg wordt de planning herschikt. Een uitbreiding van het plaatsonafhankelijk werken naar
twee dagen ziet de overheid op dit moment niet zitten: de loketten zijn vijf dagen open en de teams zijn te klein
om een tweede thuiswerkdag op te vangen. De regeling van één dag per week blijft dus behouden.</p>
<p><b>Aanbeveling 5.4 (functioneringsgesprekken).</b> Voor het administratief personeel wordt het jaarlijkse
gesprek de regel. In de technische diensten en de schoonmaak volstaat volgens de overheid een gesprek om de twee
jaar, aangevuld met een kort teamoverleg per kwartaal.</p>
<p><b>Aanbeveling 5.6 (aanspreekpunt).</b> De overheid neemt kennis van dit voorstel. Zij onderzoekt met de externe
dienst voor preventie en bescherming welke mogelijkheden er zijn en neemt een beslissing bij de aanpassing van het
meerjarenplan in het najaar.</p>
<h2>3. Fietsvergoeding</h2>
<p>De vergoeding voor woon-werkverkeer met de fiets wordt vanaf 1 juli 2026 verhoogd tot 0,35 euro per kilometer,
overeenkomstig de rechtspositieregeling. De vakorganisaties gaan akkoord.</p>
<h2>4. Besluit van het protocol</h2>
<p>Voor agendapunt 2 sluiten ACOD LRB en ACV Openbare Diensten een protocol van akkoord; VSOA LRB sluit een
protocol van onenigheid af omdat de thuiswerkregeling ongewijzigd blijft. Voor agendapunt 3 wordt een protocol van
akkoord gesloten door alle vakorganisaties. Volgende vergadering: 16 juni 2026.</p>
<p class="small">Voor de overheid, Kristof De Smet, voorzitter &middot; Voor de vakorganisaties, Marc Vercruysse,
Sofie D'Hondt, Dirk Maes &middot; De secretaris, Els Wouters</p>"""
    B.chromium_pdf(page(css("#1d4d4f"), body), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Stad en OCMW Oudenhove | Protocol BOC 24 maart 2026", "{n}/{m}",
            SANS["Regular"])


RECS = [
    (1, "Bespreek de resultaten binnen drie maanden in elk team en", "twee acties per team worden niet opgelegd",
     "partly"),
    (2, "Voer in de dienst Burgerzaken en in de thuiszorg een werkdrukmeting uit",
     "formatie van Burgerzaken met 1,5 VTE uitgebreid", "agrees"),
    (3, "Bied alle leidinggevenden in 2026 een opleidingstraject coachend leidinggeven aan",
     "Vanaf september 2026 volgen alle 64 leidinggevenden", "agrees"),
    (4, "Voer voor alle medewerkers, ook in de technische diensten en de schoonmaak,",
     "volstaat volgens de overheid een gesprek om de twee jaar", "partly"),
    (5, "Breid het plaatsonafhankelijk werken voor administratieve functies uit van één",
     "De regeling van één dag per week blijft dus behouden", "disagrees"),
    (6, "Stel naast de interne vertrouwenspersonen een extern en onafhankelijk aanspreekpunt",
     "De overheid neemt kennis van dit voorstel", "noted"),
    (7, "Herhaal de bevraging om de twee jaar met een grotendeels gelijke", None, "unanswered"),
]
UNMATCHED = [
    "wordt zonder opmerkingen goedgekeurd",
    "verhoogd tot 0,35 euro per kilometer",
    "sluit een protocol van onenigheid af",
]
NOTES = ("Flemish staff survey report (medewerkersbevraging) of Stad en OCMW Oudenhove by Peilpunt, answered in the "
         "protocol of the Bijzonder onderhandelingscomité. Advice: every paragraph numbered 1.1-6.2 as hanging labels; "
         "the recommendations are 5.1-5.7 of '5. Aanbevelingen' (number = order, 1-7 = 5.1-5.7); traps: the "
         "welzijnswet's 'moet' (1.2), a response table, findings 3.1-3.4 with a quoted 'Ik moet ...', conclusions "
         "4.1-4.3 with the 2022 recommendation quoted ('Bespreek de resultaten in elk team ...') and 'zou ... moeten', "
         "6.1 proposing an action plan before 1 April 2026. Response: agenda item 2 with bold run-in labels "
         "'Aanbeveling 5.N (subject).' in the order 5.3, 5.1, 5.2+5.5, 5.4, 5.6: 5.3 agrees, 5.1 partly (six months, "
         "one action), ONE paragraph 'Aanbevelingen 5.2 en 5.5' = 5.2 agrees (measurement done, +1.5 VTE) + 5.5 "
         "disagrees ('ziet de overheid op dit moment niet zitten ... blijft behouden'), 5.4 partly (technical "
         "services every two years), 5.6 noted ('neemt kennis ... onderzoekt'); item 1 approval of minutes, item 3 Fietsvergoeding and item 4 'Besluit van het protocol' answer "
         "nothing; 5.7 (repeat every two years) unanswered.")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
