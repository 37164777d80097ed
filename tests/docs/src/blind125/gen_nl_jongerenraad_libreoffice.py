"""Round 125 (nl): the ONGEVRAAGD ADVIES of a municipal JONGERENRAAD on places to play sport and meet; its seven
recommendations are the UNNUMBERED ROWS of a ruled table 'Wat wij vragen | Aan wie | Wanneer' at the end, after a
survey figures table of the same width; answered by the VERSLAG of the jongerenraad's meeting with the wethouder
(a GESPREKSVERSLAG with speaker labels 'Wethouder Bakker:' / 'Lotte (voorzitter):'), in which the wethouder
answers by content in another order, one turn answering two, under 'Opening', 'Bespreking van het advies',
'Rondvraag' and a numbered list 'Afspraken'.

Advice (LibreOffice headless from HTML, sans, 2 p., orange headings, stamped head from p. 2, 'pagina n/m'): the
Verordening jongerenraad paraphrased with 'moet' (trap), a survey table (trap), a numbered list 1.-3. 'Wat ons
opviel' (findings, trap), the 2024 advice quoted as an imperative (trap), a closing line naming 'de eerste twee rijen
van de tabel' (trap). Response (LibreOffice, 2 p.): opening (nothing), replies in the order 3, 1, 2+4 (one turn),
6, 5; rondvraag (nothing); 'Afspraken' 1.-3. (numbers that are no replies); 7 never answered. Verdicts: 1 agrees,
2 partly, 3 disagrees, 4 partly, 5 noted, 6 disagrees, 7 unanswered. All bodies, places, people, figures and
reference numbers invented.

Run: /tmp/blind125nl/bin/python tests/docs/src/blind125/gen_nl_jongerenraad_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b125nl as B  # noqa: E402

NAME = "blind125_nl_jongerenraad"
F = B.tmp_fonts()
SANS = "B125NL Sans"
ORANGE = "#b5521b"

CSS = f"""<style>
@page {{ size: 21cm 29.7cm; margin: 2cm 2.3cm 1.9cm 2.3cm; }}
body {{ font-family: '{SANS}'; font-size: 9.6pt; line-height: 140%; }}
p {{ margin-top: 0; margin-bottom: 0.2cm; }}
h1 {{ font-family: '{SANS}'; font-size: 17pt; color: {ORANGE}; margin-bottom: 0.1cm; }}
h2 {{ font-family: '{SANS}'; font-size: 11pt; color: {ORANGE}; margin-top: 0.32cm; margin-bottom: 0.08cm; }}
td, th {{ font-family: '{SANS}'; font-size: 8.6pt; vertical-align: top; }}
.small {{ font-size: 8.2pt; color: #555555; }}
p.q {{ font-style: italic; margin-left: 0.8cm; margin-right: 0.8cm; }}
li {{ margin-bottom: 0.1cm; }}
</style>"""

ASKS = [
    ("Houd sporthal De Wiek op vrijdagavond tot 23.00 uur open voor vrij sporten, met een beheerder.",
     "college", "vanaf het schooljaar 2026-2027"),
    ("Plaats in elke wijk een overdekte hangplek met verlichting, een bank en een stopcontact.",
     "college", "2027"),
    ("Schaf de eigen bijdrage van 2 euro per avond in jongerencentrum De Loods af.",
     "college en De Loods", "1 januari 2027"),
    ("Laat jongeren uit de wijk zelf meebeslissen over de plek en de inrichting van elke hangplek.",
     "college", "bij elke nieuwe hangplek"),
    ("Stel een jongerenbudget van 25.000 euro per jaar in waarover de jongerenraad zelf beslist.",
     "gemeenteraad", "begroting 2027"),
    ("Zorg dat de nachtbus vanuit de stad op zaterdag tot 3.00 uur naar Oosterhem rijdt.",
     "college en vervoerder", "dienstregeling 2027"),
    ("Betrek de jongerenraad vanaf het begin bij het nieuwe lokale sportakkoord.",
     "wethouder Sport", "voorjaar 2027"),
]


def ask_table():
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in ASKS)
    return ('<table width="100%" border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">'
            '<col width="62%"/><col width="19%"/><col width="19%"/>'
            f'<tr bgcolor="#f6e2d6"><th align="left">Wat wij vragen</th><th align="left">Aan wie</th>'
            f'<th align="left">Wanneer</th></tr>{rows}</table>')


ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Ongevraagd advies jongerenraad
</title>{CSS}</head><body>
<p class="small"><b>JONGERENRAAD OOSTERHEM</b></p>
<h1>Ruimte voor ons</h1>
<p><b>Ongevraagd advies over sporten en elkaar ontmoeten in Oosterhem</b></p>
<p class="small">Advies JR-2026-03 - vastgesteld op 4 maart 2026 - aan het college van burgemeester en wethouders en de
gemeenteraad van Oosterhem</p>

<h2>Waarom dit advies?</h2>
<p>De jongerenraad bestaat uit veertien jongeren van 14 tot 23 jaar uit alle kernen van Oosterhem. Volgens de
Verordening jongerenraad mogen wij het college ook ongevraagd adviseren, en moet het college binnen zes weken laten
weten wat het met ons advies doet. Dit advies gaat over iets wat bijna alle jongeren bezighoudt: waar kun je na
school en in het weekend heen als je wilt sporten of gewoon met vrienden wilt afspreken?</p>

<h2>Wat wij deden</h2>
<p>Wij hielden in januari een online enquête onder jongeren, die 386 keer werd ingevuld, en gingen op drie avonden
langs bij hangplekken, de sporthal en jongerencentrum De Loods.</p>
<table width="75%" border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse">
<tr bgcolor="#f6e2d6"><th align="left">Uitkomst enquête (386 jongeren)</th><th align="right">aandeel</th></tr>
<tr><td>Sport minder dan een keer per week buiten school</td><td align="right">41%</td></tr>
<tr><td>Vindt dat er in de eigen wijk geen plek is om af te spreken</td><td align="right">63%</td></tr>
<tr><td>Gaat weleens naar De Loods</td><td align="right">22%</td></tr>
<tr><td>Mist de laatste bus uit de stad op zaterdag</td><td align="right">48%</td></tr>
</table>
<p></p>

<h2>Wat ons opviel</h2>
<ol>
<li>Jongeren willen vooral ergens kunnen zijn zonder dat het geld kost of dat er meteen een activiteit is.</li>
<li>Op hangplekken voelen jongeren zich vaak niet welkom; buurtbewoners bellen snel de boa.</li>
<li>Meiden sporten veel minder vaak dan jongens, en noemen vaker dat het 's avonds donker is op weg naar huis.</li>
</ol>
<p>Een jongen van 16 zei tijdens een van onze avonden: 'Als het regent, sta je gewoon in een bushokje. Dan word je
weggestuurd en dan ga je naar huis.' Wij horen dat vaker.</p>
<p>In ons vorige advies, over het skatepark in 2024, schreven wij: <i>'Zorg voor meer prullenbakken en een
watertappunt bij het skatepark.'</i> Dat is gebeurd, en het skatepark is sindsdien schoner en drukker.</p>

<h2>Ons advies</h2>
<p>De jongerenraad vindt dat Oosterhem meer ruimte moet maken voor jongeren, binnen en buiten. In de tabel hieronder
staat wat wij vragen, aan wie en wanneer wij dat graag zien gebeuren.</p>
{ask_table()}
<p></p>
<h2>En nu?</h2>
<p>Wij gaan graag met de wethouder in gesprek over dit advies, en vooral over de eerste twee rijen van de tabel,
want daar hebben de meeste jongeren om gevraagd. Wij zijn bereikbaar via jongerenraad@oosterhem.example.</p>
<p>Namens de jongerenraad,<br/>Lotte Verhaegh, voorzitter<br/>Sem Oudeman, secretaris</p>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Verslag gesprek jongerenraad
</title>{CSS}</head><body>
<p class="small"><b>GEMEENTE OOSTERHEM</b> - team Jeugd en Samenleving</p>
<h1>Verslag</h1>
<table width="100%" cellpadding="2" cellspacing="0">
<tr><td width="25%"><b>Overleg</b></td><td>Gesprek jongerenraad met wethouder Jeugd en Sport over het advies 'Ruimte
voor ons' (JR-2026-03)</td></tr>
<tr><td><b>Datum en plaats</b></td><td>15 april 2026, 19.00-20.30 uur, De Loods</td></tr>
<tr><td><b>Aanwezig</b></td><td>wethouder Anouk Bakker; Lotte Verhaegh (voorzitter), Sem Oudeman (secretaris) en zeven
andere leden van de jongerenraad; Ruben Kaya (jongerenwerker); Nadia El Idrissi (beleidsadviseur, verslag)</td></tr>
</table>

<h2>1. Opening</h2>
<p><b>Lotte (voorzitter):</b> opent het gesprek en bedankt de wethouder dat zij naar De Loods is gekomen. Zij legt uit
dat de jongerenraad het advies op de website en op Instagram heeft gedeeld en veel reacties kreeg.</p>
<p><b>Wethouder Bakker:</b> zegt dat zij het advies met veel plezier heeft gelezen en dat het college er op 7 april
over heeft gesproken. Zij loopt de punten langs, maar begint met het geld, omdat daar volgens haar de meeste vragen
over zijn.</p>

<h2>2. Bespreking van het advies</h2>
<p><b>Wethouder Bakker:</b> De Loods kan zonder de eigen bijdrage niet rondkomen; die brengt ongeveer 9.000 euro per
jaar op. Het college heeft besloten de bijdrage te laten zoals hij is. Jongeren die het echt niet kunnen betalen,
kunnen via het jongerenwerk een gratis pas krijgen.</p>
<p><b>Sem:</b> vraagt of die pas bekend genoeg is, want niemand in de raad had ervan gehoord.</p>
<p><b>Ruben (jongerenwerk):</b> zegt toe de pas beter onder de aandacht te brengen.</p>
<p><b>Wethouder Bakker:</b> Over de sporthal heb ik goed nieuws. Met de sportvereniging en de beheerder is afgesproken
dat De Wiek vanaf september elke vrijdagavond tot elf uur open is voor vrij sporten, met toezicht. De kosten
betaalt de gemeente uit het budget voor het sportakkoord.</p>
<p><b>Wethouder Bakker:</b> Dan de hangplekken. Een overdekte plek in elke wijk gaat te ver, daar is in de begroting
geen geld voor. Wij beginnen in 2027 met twee overdekte plekken, in De Akkers en in het Centrum. Jullie mogen meedenken
over de inrichting, maar de plek zelf kiezen wij samen met de buurt en de politie, omdat we ook naar overlast moeten
kijken.</p>
<p><b>Lotte:</b> vindt dat jammer, maar snapt het. Zij vraagt om in elk geval bij beide plekken jongeren uit de buurt
te betrekken.</p>
<p><b>Wethouder Bakker:</b> Over de nachtbus ben ik eerlijk: die wordt betaald door de gemeente en de stad samen, en
wij gaan geen extra rit na één uur inkopen. Eén rit kost ruim 40.000 euro per jaar en er zitten nu gemiddeld vier
reizigers in de laatste bus.</p>
<p><b>Wethouder Bakker:</b> Het jongerenbudget vind ik een interessant idee. Het gaat wel om geld van de raad. Ik
neem het mee naar de voorbereiding van de begroting 2027, maar ik kan niet beloven dat het erin komt.</p>
<p><b>Sem:</b> vraagt of de jongerenraad dan zelf in de raadscommissie mag inspreken. <b>Wethouder Bakker:</b> dat
kan altijd.</p>

<h2>3. Rondvraag</h2>
<p><b>Jamie (lid jongerenraad):</b> vraagt of de bankjes bij het skatepark gerepareerd kunnen worden. De wethouder
geeft dit door aan de buitendienst.</p>
<p><b>Ruben (jongerenwerk):</b> meldt dat de zomeractiviteiten dit jaar op 20 juli beginnen.</p>

<h2>4. Afspraken</h2>
<ol>
<li>De gemeente stuurt de jongerenraad voor 1 juni de planning voor de twee overdekte plekken.</li>
<li>Het jongerenwerk maakt de gratis pas voor De Loods bekend via school en sociale media.</li>
<li>Het volgende gesprek met de wethouder is in oktober 2026.</li>
</ol>
</body></html>"""


def expected():
    recs = [
        (1, "Houd sporthal De Wiek op vrijdagavond tot 23.00 uur open",
         "elke vrijdagavond tot elf uur open is voor vrij sporten", "agrees"),
        (2, "Plaats in elke wijk een overdekte hangplek met verlichting",
         "Wij beginnen in 2027 met twee overdekte plekken", "partly"),
        (3, "Schaf de eigen bijdrage van 2 euro per avond",
         "heeft besloten de bijdrage te laten zoals hij is", "disagrees"),
        (4, "Laat jongeren uit de wijk zelf meebeslissen over de plek",
         "maar de plek zelf kiezen wij samen met de buurt", "partly"),
        (5, "Stel een jongerenbudget van 25.000 euro per jaar in",
         "ik kan niet beloven dat het erin komt", "noted"),
        (6, "Zorg dat de nachtbus vanuit de stad op zaterdag tot",
         "wij gaan geen extra rit na één uur inkopen", "disagrees"),
        (7, "Betrek de jongerenraad vanaf het begin bij het nieuwe lokale sportakkoord", None, "unanswered"),
    ]
    unmatched = ["bedankt de wethouder dat zij naar De Loods is gekomen",
                 "vraagt of de bankjes bij het skatepark gerepareerd kunnen worden",
                 "zomeractiviteiten dit jaar op 20 juli beginnen",
                 "Het volgende gesprek met de wethouder is in oktober 2026"]
    notes = ("Advice: a municipal jongerenraad's unsolicited advice on places to play sport and meet (LibreOffice from "
             "HTML, 2 p.); the seven recommendations are the UNNUMBERED ROWS of a ruled table 'Wat wij vragen | Aan "
             "wie | Wanneer' under 'Ons advies', numbered by position. Traps: the Verordening jongerenraad "
             "paraphrased with 'moet', a survey table before it, a numbered list 1.-3. 'Wat ons opviel' (findings), "
             "a quoted remark by a young person, the 2024 advice quoted as an imperative ('Zorg voor meer "
             "prullenbakken'), 'Oosterhem meer ruimte moet maken' in the lead-in, a closing line naming 'de eerste "
             "twee rijen van de tabel'. Response: the VERSLAG of the meeting with the wethouder, speaker labels "
             "('Wethouder Bakker:', 'Lotte:', 'Sem:'), replies by content only, order 3, 1, 2+4, 6, 5: 3 disagrees "
             "(contribution kept; a free pass for those who cannot pay); 1 agrees (sports hall open Friday until "
             "eleven from September); ONE turn on the meeting places: 2 partly (two covered places in 2027, not "
             "one in every district) and 4 partly (young people help design, but the location is chosen with the "
             "neighbourhood and police); 6 disagrees (no extra night-bus ride); 5 noted (taken into the 2027 budget "
             "preparation, nothing promised). 'Opening', 'Rondvraag' and the 'Afspraken' list 1.-3. answer nothing "
             "(the first 'Afspraak' repeats the planning of the meeting places but is no reply); 7 (involve the "
             "council in the local sports agreement) never answered - the sports agreement is only named as the "
             "source of money: unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.soffice_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Jongerenraad Oosterhem - ongevraagd advies 'Ruimte voor ons' - JR-2026-03",
            "pagina {n}/{m}", F["Regular"])
    B.soffice_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Oosterhem - verslag gesprek jongerenraad 15 april 2026", "{n}",
            F["Regular"])
    expected()
