"""Round 128 (nl): the ONGEVRAAGD ADVIES 'Goed beginnen' of a municipal ADVIESRAAD NIEUWKOMERS (refugees and other
newcomers under the Wet inburgering 2021), its seven recommendations NUMBERED CARDS in a TWO-COLUMN GRID (a big
number, a short title, the recommendation), the eighth cell an info card about the council; answered by the MINUTES
('Verslag') of the bestuurlijk overleg between the council and the wethouder, agenda items 1.-5., the replies in
REPORTED SPEECH in the third person under item 3, BY THEME without the council's numbers and in another order, then a
rondvraag and an ACTION LIST with codes.

Advice (Chromium headless, sans, 2 p., orange title band, stamped head from p. 2, 'pagina n/m'): the Wet inburgering
2021 paraphrased with 'moet' (trap), 'Wat wij hoorden' 1.-4. (what newcomers said, findings, trap), the council's
2023 advice quoted as an imperative (trap), a closing line naming 'de adviezen 3 en 6' (trap). Response (Chromium, 2
p., stamped head and page numbers): items 1, 2, 4 and the action list nothing; item 3's introduction (figures)
nothing; replies in the order 3, 1, 6, 4, 5, 2; 7 never answered. Verdicts: 1 agrees, 2 noted, 3 agrees,
4 disagrees, 5 agrees, 6 partly, 7 unanswered. All bodies, places, people, figures and reference numbers invented;
the Wet inburgering 2021 is named as context only.

Run: /tmp/blind128nl/bin/python tests/docs/src/blind128/gen_nl_nieuwkomers_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b128nl as B  # noqa: E402

NAME = "blind128_nl_nieuwkomers"
F = B.tmp_fonts()
SANS = "B128NL Sans"
ORANGE = "#b4541a"
PALE = "#fbefe6"

CSS = f"""<style>
@page {{ size: A4; margin: 2cm 2cm 1.8cm 2cm; }}
body {{ font-family: '{SANS}'; font-size: 9.6pt; line-height: 1.45; margin: 0; }}
p {{ margin: 0 0 0.22cm 0; }}
.band {{ background: {ORANGE}; color: white; padding: 0.4cm 0.5cm; margin-bottom: 0.35cm; }}
.band h1 {{ font-size: 18pt; margin: 0 0 0.06cm 0; }}
.band p {{ font-size: 9pt; margin: 0; }}
h2 {{ font-size: 11pt; color: {ORANGE}; margin: 0.36cm 0 0.1cm 0; break-after: avoid; }}
h3 {{ font-size: 10pt; margin: 0.24cm 0 0.06cm 0; break-after: avoid; }}
ol {{ margin: 0 0 0.22cm 0; padding-left: 0.7cm; }}
li {{ margin-bottom: 0.06cm; }}
.q {{ font-style: italic; margin: 0.1cm 0.8cm 0.22cm 0.8cm; color: #333; }}
.grid {{ display: grid; grid-template-columns: 1fr 1fr; gap: 0.3cm; margin: 0.15cm 0 0.3cm 0; }}
.card {{ background: {PALE}; border-top: 3px solid {ORANGE}; padding: 0.22cm 0.3cm; break-inside: avoid; }}
.card .n {{ font-size: 20pt; font-weight: bold; color: {ORANGE}; line-height: 1; float: left;
           margin: 0 0.22cm 0 0; }}
.card .t {{ font-weight: bold; font-size: 9.8pt; margin: 0 0 0.14cm 0; min-height: 0.8cm; }}
.card p {{ margin: 0; font-size: 9.2pt; }}
.card.info {{ background: #f1f1f1; border-top-color: #777; }}
.small {{ font-size: 8.4pt; color: #444; }}
.meta td {{ padding: 0.03cm 0.3cm 0.03cm 0; vertical-align: top; font-size: 9pt; }}
table.act {{ border-collapse: collapse; width: 100%; font-size: 8.8pt; margin-top: 0.1cm; }}
table.act th, table.act td {{ border-bottom: 1px solid #c9a58c; padding: 0.08cm 0.15cm; text-align: left;
                             vertical-align: top; }}
table.act th {{ background: {PALE}; }}
</style>"""

CARDS = [
    ("Een vast gezicht",
     "Zorg dat iedere nieuwkomer binnen vier weken na aankomst een vaste klantregisseur heeft, die ook na de brede "
     "intake bereikbaar blijft."),
    ("Taal naast werk",
     "Bied taallessen ook in de avonduren en op zaterdag aan, zodat werkende nieuwkomers niet hoeven te kiezen "
     "tussen werk en taal."),
    ("Reizen mag geen drempel zijn",
     "Vergoed de reiskosten naar de taalschool voor iedere nieuwkomer die verder dan drie kilometer van de school "
     "woont."),
    ("Zelf kiezen",
     "Laat nieuwkomers zelf kiezen bij welke taalschool zij hun lessen volgen."),
    ("Oefenen in de wijk",
     "Organiseer samen met de bibliotheek een wekelijks taalcafé in elke wijk met een buurthuis."),
    ("Een maatje voor gezinnen",
     "Koppel ieder gezin met schoolgaande kinderen in de eerste maand aan een maatje uit de buurt."),
    ("Praat met ons mee",
     "Betrek de adviesraad bij de aanbesteding van het nieuwe taalaanbod in 2027."),
]

cards = "\n".join(f'<div class="card"><div class="n">{i}</div><div class="t">{t}</div><p>{r}</p></div>'
                  for i, (t, r) in enumerate(CARDS, start=1))

ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Goed beginnen - ongevraagd advies
Adviesraad Nieuwkomers Brederwolde</title>{CSS}</head><body>
<div class="band"><h1>Goed beginnen</h1>
<p>Ongevraagd advies van de Adviesraad Nieuwkomers Brederwolde over de uitvoering van de inburgering</p>
<p>Kenmerk ANB/2026-03 - 8 april 2026 - aan het college van burgemeester en wethouders van Brederwolde</p></div>

<h2>Waarom dit advies</h2>
<p>Sinds de invoering van de Wet inburgering 2021 is de gemeente weer verantwoordelijk voor de begeleiding van
nieuwkomers. Volgens die wet moet de gemeente iedere inburgeringsplichtige een brede intake aanbieden en moet zij
samen met de nieuwkomer een persoonlijk plan inburgering en participatie opstellen. In Brederwolde gaat het om
ongeveer 180 inburgeraars per jaar, van wie twee derde statushouder is.</p>
<p>De Adviesraad Nieuwkomers bestaat uit negen leden, van wie zes zelf als nieuwkomer naar Brederwolde kwamen. Tussen
november 2025 en maart 2026 spraken wij in vier groepsgesprekken met 46 inburgeraars en met medewerkers van de
taalschool en het Werkplein.</p>

<h2>Wat wij hoorden</h2>
<ol>
<li>"Ik heb in één jaar vier verschillende contactpersonen gehad."</li>
<li>"Ik werk overdag in de kassen en kan daarom niet naar de les."</li>
<li>"De bus naar de taalschool kost mij elke maand bijna veertig euro."</li>
<li>"Mijn kinderen leren sneller Nederlands dan ik; ik wil ze op school kunnen helpen."</li>
</ol>
<p>Eerder, in ons advies over huisvesting uit 2023, schreven wij: 'Geef statushouders bij de sleuteloverdracht een
welkomstpakket in hun eigen taal.' Dat advies is door het college overgenomen en wordt sinds 2024 uitgevoerd; wij
noemen het hier omdat nieuwkomers er positief over zijn.</p>

<h2>Onze zeven adviezen</h2>
<p>Wij vragen het college om de volgende zeven adviezen over te nemen.</p>
<div class="grid">
{cards}
<div class="card info"><div class="t">Over de adviesraad</div><p>De adviesraad vergadert elke zes weken in het
Wijkcentrum De Brug en is bereikbaar via het secretariaat van de gemeente. Nieuwe leden zijn welkom.</p></div>
</div>

<h2>Tot slot</h2>
<p>Wij bespreken dit advies graag in het bestuurlijk overleg met de wethouder. Wij horen graag van het college, in het
bijzonder over de adviezen 3 en 6, die voor de nieuwkomers die wij spraken het meest betekenen.</p>
<p>Namens de Adviesraad Nieuwkomers Brederwolde,<br>Samira el Haddou, voorzitter<br>Jeroen Dijkhuis, secretaris</p>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Verslag bestuurlijk overleg
Adviesraad Nieuwkomers - wethouder</title>{CSS}</head><body>
<div class="band"><h1>Verslag bestuurlijk overleg</h1>
<p>Adviesraad Nieuwkomers Brederwolde en wethouder Inburgering en Werk</p></div>
<table class="meta">
<tr><td><b>Datum</b></td><td>19 mei 2026, 19.30-21.15 uur, Wijkcentrum De Brug</td></tr>
<tr><td><b>Aanwezig</b></td><td>S. el Haddou (voorzitter), J. Dijkhuis (secretaris), A. Tesfay, M. Kowalczyk,
R. Nazari, H. Brouwer, L. Osei; wethouder P. van der Sluis; beleidsadviseur K. Timmerman</td></tr>
<tr><td><b>Afwezig</b></td><td>D. Yilmaz, F. Alkhatib (met bericht)</td></tr>
<tr><td><b>Notulist</b></td><td>E. de Groot</td></tr>
</table>

<h2>1. Opening en mededelingen</h2>
<p>De voorzitter opent de vergadering en heet de wethouder welkom. Mevrouw Tesfay meldt dat zij per 1 juli verhuist en
na de zomer afscheid neemt van de raad.</p>

<h2>2. Verslag van 7 april 2026</h2>
<p>Het verslag van de vorige vergadering wordt zonder wijzigingen vastgesteld.</p>

<h2>3. Bespreking ongevraagd advies 'Goed beginnen'</h2>
<p>De voorzitter licht het advies toe. Het is tot stand gekomen na gesprekken met 46 inburgeraars; de raad heeft
bewust gekozen voor adviezen die het college zelf kan uitvoeren. De wethouder dankt de raad voor het advies en zegt
dat hij het in het college van 12 mei heeft besproken.</p>
<p>Over de reiskosten meldt de wethouder dat het college op 12 mei heeft besloten deze te vergoeden vanaf drie
kilometer, met terugwerkende kracht tot 1 januari 2026. De betaling loopt via het Werkplein.</p>
<p>Wat het aanspreekpunt betreft zegt de wethouder toe dat vanaf 1 september 2026 iedere nieuwkomer binnen vier weken
een eigen klantregisseur krijgt. Die blijft het vaste aanspreekpunt gedurende de hele inburgering, ook na de intake.
De heer Nazari vraagt hoe dat wordt bewaakt; de wethouder antwoordt dat het Werkplein het elk kwartaal rapporteert.</p>
<p>Over maatjes voor gezinnen zegt de wethouder dat die er komen, maar voorlopig voor twintig gezinnen per jaar en niet
voor ieder gezin. Er zijn nu niet genoeg vrijwilligers; de gemeente start in het najaar een wervingscampagne.</p>
<p>De keuze voor een taalschool ligt anders. De wethouder wil de keuzevrijheid niet invoeren: de gemeente werkt bewust
met één gecontracteerde taalaanbieder, zodat kwaliteit en voortgang goed te volgen zijn. Mevrouw Kowalczyk betreurt
dat; de raad had gehoopt op meer ruimte voor eigen keuzes.</p>
<p>Het taalcafé kan wel snel van start. De bibliotheek begint na de zomer in alle zes buurthuizen met een wekelijkse
bijeenkomst; de gemeente betaalt de coördinatie uit het budget voor laaggeletterdheid.</p>
<p>Over lessen in de avond en op zaterdag kan de wethouder nog niets toezeggen. Hij wil eerst met de taalschool
bespreken wat dat kost en komt daar na de zomer in het bestuurlijk overleg op terug.</p>
<p>De voorzitter dankt de wethouder voor de reactie. De raad zal de uitkomsten op zijn eigen website publiceren.</p>

<h2>4. Rondvraag</h2>
<p>De heer Brouwer vraagt wanneer de vacature voor een jongerenlid van de raad wordt opengesteld. De beleidsadviseur
zegt dat de tekst klaar is en dat de vacature in juni op de gemeentelijke website verschijnt.</p>

<h2>5. Actielijst</h2>
<table class="act">
<tr><th>Nr.</th><th>Actie</th><th>Wie</th><th>Wanneer</th></tr>
<tr><td>A-26-11</td><td>Vacaturetekst jongerenlid publiceren</td><td>Timmerman</td><td>juni 2026</td></tr>
<tr><td>A-26-12</td><td>Uitkomsten bespreking advies op website adviesraad zetten</td><td>Dijkhuis</td>
<td>juni 2026</td></tr>
<tr><td>A-26-13</td><td>Afscheid mevrouw Tesfay voorbereiden</td><td>voorzitter</td><td>september 2026</td></tr>
</table>
<p class="small">Volgend bestuurlijk overleg: 15 september 2026.</p>
</body></html>"""


def expected():
    recs = [
        (1, "Zorg dat iedere nieuwkomer binnen vier weken na aankomst een",
         "Die blijft het vaste aanspreekpunt gedurende de hele inburgering", "agrees"),
        (2, "Bied taallessen ook in de avonduren en op zaterdag aan",
         "kan de wethouder nog niets toezeggen", "noted"),
        (3, "Vergoed de reiskosten naar de taalschool voor iedere nieuwkomer",
         "met terugwerkende kracht tot 1 januari 2026", "agrees"),
        (4, "Laat nieuwkomers zelf kiezen bij welke taalschool zij hun lessen",
         "De wethouder wil de keuzevrijheid niet invoeren", "disagrees"),
        (5, "Organiseer samen met de bibliotheek een wekelijks taalcafé in elke wijk",
         "begint na de zomer in alle zes buurthuizen", "agrees"),
        (6, "Koppel ieder gezin met schoolgaande kinderen in de eerste maand",
         "voorlopig voor twintig gezinnen per jaar en niet voor ieder gezin", "partly"),
        (7, "Betrek de adviesraad bij de aanbesteding van het nieuwe taalaanbod", None, "unanswered"),
    ]
    unmatched = ["Mevrouw Tesfay meldt dat zij per 1 juli verhuist",
                 "Het verslag van de vorige vergadering wordt zonder wijzigingen vastgesteld",
                 "vraagt wanneer de vacature voor een jongerenlid van de raad",
                 "Vacaturetekst jongerenlid publiceren"]
    notes = ("Advice: the ONGEVRAAGD ADVIES 'Goed beginnen' of a municipal ADVIESRAAD NIEUWKOMERS on the execution of "
             "the inburgering (Chromium, 2 p.); the seven recommendations are NUMBERED CARDS 1-7 in a TWO-COLUMN "
             "GRID (a big number, a short title such as 'Een vast gezicht', then an imperative: 'Zorg dat ...', "
             "'Bied ... aan', 'Vergoed ...', 'Laat ...', 'Organiseer ...', 'Koppel ...', 'Betrek ...'), the eighth "
             "cell an info card 'Over de adviesraad'. Traps: the Wet inburgering 2021 paraphrased with 'moet', "
             "'Wat wij hoorden' 1.-4. (quotes of newcomers), the 2023 advice quoted as an imperative ('Geef "
             "statushouders ...'), a closing line naming 'de adviezen 3 en 6'. Response: the MINUTES of the "
             "bestuurlijk overleg with the wethouder (meta table, items 1.-5.); under item 3 the replies in "
             "REPORTED SPEECH by theme without numbers, in the order 3 agrees (travel costs from three km, "
             "retroactive to 1 January 2026), 1 agrees (own klantregisseur within four weeks from 1 September "
             "2026), 6 partly (twenty families a year, not every family), 4 disagrees (one contracted language "
             "provider kept), 5 agrees (language cafe in all six buurthuizen after the summer), 2 noted (nothing "
             "promised, first cost talks, back after the summer). Item 3's introduction, items 1, 2 and 4 and the "
             "action list answer nothing; 7 (the council in the 2027 tender) never answered: unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Adviesraad Nieuwkomers Brederwolde - ongevraagd advies 'Goed beginnen' - "
            "ANB/2026-03", "pagina {n}/{m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Verslag bestuurlijk overleg Adviesraad Nieuwkomers - wethouder - 19 mei 2026",
            "{n}/{m}", F["Regular"])
    expected()
