"""Round 133 (nl): the ADVIES of an (invented) municipal ADVIESRAAD NACHTCULTUUR on the draft nachtvisie, its seven
recommendations UNNUMBERED SHADED BOXES headed 'Ons advies' under four theme headings (two boxes under two themes,
a look-alike box 'Zo doen ze het in Noorderveld' that recommends nothing); answered by the college's
RAADSINFORMATIEBRIEF BY ORDINAL ('Het derde advies', 'Het eerste en het zevende advies' in one paragraph) in another
order, one recommendation never answered.

Advice (Chromium --print-to-pdf, one column, night-blue headings, stamped head from p. 2, 'pagina n/m'): the APV
paraphrased with 'moet' (trap), survey results numbered 1-4 (trap), the 'Zo doen ze het' box (trap), a closing line
naming 'het eerste en het vijfde advies' (trap). Response (Chromium, stamped): 1 agrees, 7 agrees (one paragraph),
3 agrees, 4 partly, 2 noted, 5 disagrees; 6 unanswered; the introduction, 'Cijfers uit de nachtmonitor' and 'Hoe
verder' answer nothing. All bodies, places, people, figures and reference numbers invented.

Run: /tmp/blind133nl/bin/python tests/docs/src/blind133/gen_nl_nachtraad_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b133nl as B  # noqa: E402

NAME = "blind133_nl_nachtraad"
F = B.tmp_fonts()
SANS = "B133NL Sans"
NIGHT = "#23305e"

CSS = f"""<style>
@page {{ size: A4; margin: 2.1cm 2.2cm 1.9cm 2.2cm; }}
body {{ font-family: '{SANS}'; font-size: 9.8pt; line-height: 1.45; color: #111; }}
p {{ margin: 0 0 0.22cm 0; }}
h1 {{ font-size: 17pt; color: {NIGHT}; margin: 0.1cm 0 0.15cm 0; }}
h2 {{ font-size: 11.5pt; color: {NIGHT}; margin: 0.4cm 0 0.12cm 0; break-after: avoid; }}
.small {{ font-size: 8.2pt; color: #555; }}
ol {{ margin: 0 0 0.2cm 0; padding-left: 0.7cm; }}
.box {{ background: #e8ecf6; border-left: 4pt solid {NIGHT}; padding: 0.18cm 0.35cm; margin: 0.15cm 0 0.3cm 0;
        break-inside: avoid; }}
.box .lab {{ font-size: 8pt; font-weight: bold; letter-spacing: 0.5pt; color: {NIGHT}; margin-bottom: 0.05cm; }}
.box p {{ margin: 0; }}
.eg {{ border: 0.8pt dashed #888; padding: 0.15cm 0.35cm; margin: 0.15cm 0 0.3cm 0; font-size: 9pt; color: #333;
       break-inside: avoid; }}
hr {{ border: none; border-top: 1.2pt solid {NIGHT}; margin: 0.2cm 0 0.3cm 0; }}
</style>"""


def box(text):
    return f'<div class="box"><div class="lab">ONS ADVIES</div><p>{text}</p></div>'


ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Advies nachtvisie</title>{CSS}</head>
<body>
<p class="small">Adviesraad Nachtcultuur Westerhaven - p/a Stadhuisplein 1, 2781 AB Westerhaven</p>
<h1>Advies over de ontwerp-nachtvisie 'Westerhaven na twaalven'</h1>
<p class="small">Kenmerk ANW-2026-03 - vastgesteld op 5 maart 2026 - aan het college van burgemeester en wethouders
van Westerhaven</p>
<hr>
<h2>Inleiding</h2>
<p>Het college vroeg de Adviesraad Nachtcultuur in januari om advies over de ontwerp-nachtvisie. In de raad zitten
clubeigenaren, horecaondernemers, bewoners van de binnenstad, studenten, een jongerenwerker en een medewerker van de
ambulancedienst. Wij spraken voor dit advies met 23 ondernemers en deden een enquête onder 1.140 uitgaanders.</p>
<p>De huidige Algemene plaatselijke verordening is streng: volgens de APV moet een horecabedrijf in het centrum om
02.00 uur gesloten zijn en moet een ondernemer voor elk evenement na middernacht een aparte ontheffing aanvragen.</p>
<h2>Wat uitgaanders ons vertelden</h2>
<ol>
<li>71 procent van de uitgaanders gaat minstens eens per maand naar een andere stad om uit te gaan.</li>
<li>38 procent voelde zich de afgelopen maand een keer onveilig in het uitgaansgebied.</li>
<li>Bijna de helft fietst na het uitgaan naar huis; 22 procent neemt de nachtbus.</li>
<li>Het gebrek aan toiletten werd vaker genoemd dan het gebrek aan clubs.</li>
</ol>
<h2>1. Openingstijden</h2>
<p>De vaste sluitingstijd zorgt ervoor dat honderden mensen tegelijk op straat staan. Dat geeft onrust bij
bewoners en drukte bij de taxistandplaats. Clubs die later open willen, hebben nu geen mogelijkheid.</p>
{box("Geef clubs in het centrumgebied de mogelijkheid van een 24-uursvergunning, met afspraken over geluid, "
     "toezicht en de aanpak van overlast.")}
<p>Voor de cafés aan de Kaaikant ligt het anders: daar wonen veel mensen boven de zaken.</p>
{box("Sta de cafés aan de Kaaikant toe om op vrijdag en zaterdag tot 03.00 uur open te blijven, in plaats van "
     "tot 02.00 uur, en spreek daarover een proef van één jaar af.")}
<div class="eg"><b>Zo doen ze het in Noorderveld.</b> In Noorderveld hebben zes clubs sinds 2023 een
24-uursvergunning. Het aantal meldingen van overlast daalde daar met een kwart, omdat bezoekers niet meer allemaal
tegelijk vertrekken.</div>
<h2>2. Veiligheid en zorg</h2>
<p>Uitgaanders weten 's nachts vaak niet waar zij terechtkunnen als het misgaat. Politie en boa's zijn er vooral om
op te treden, niet om te helpen.</p>
{box("Zet vanaf dit najaar op vrijdag- en zaterdagnacht een team van nachtstewards in op het Stationsplein en aan "
     "de Kaaikant, dat mensen helpt en de weg wijst.")}
{box("Houd de drie openbare toiletten in het uitgaansgebied ook 's nachts open, in elk geval tot 05.00 uur, en "
     "zorg voor schoonmaak op zondagochtend.")}
<h2>3. Vervoer na het uitgaan</h2>
<p>De nachtbus naar de buitenwijken rijdt nu één keer per uur; de laatste vertrekt om 03.30 uur. Wie fietst,
rijdt langs de Ringdijk over een pad zonder verlichting.</p>
{box("Laat de nachtbus naar Oosterdijk en Hamelwijk in de weekendnachten elk halfuur rijden, en betaal de extra "
     "ritten uit de opbrengst van de toeristenbelasting.")}
{box("Verlicht het fietspad langs de Ringdijk tussen het centrum en de campus, met lampen die alleen aangaan "
     "als er iemand langskomt.")}
<h2>4. Ruimte voor nachtcultuur</h2>
<p>De stad verliest ruimte voor cultuur in de nacht. Poppodium De Loods sluit in 2027, en in de nieuwe wijken is
geen plaats voorzien voor een club.</p>
{box("Wijs in het omgevingsplan ten minste één nieuwe locatie aan waar een club of poppodium zich kan vestigen, "
     "op voldoende afstand van woningen.")}
<h2>Tot slot</h2>
<p>De adviesraad vindt de nachtvisie een goede eerste stap. Wij hechten het meest aan het eerste en het vijfde advies,
en lichten ons advies graag toe in de commissie Bestuur van 9 april.</p>
<p>Namens de Adviesraad Nachtcultuur Westerhaven,<br>Rosa (R.) Bakkenes, voorzitter<br>Daan (D.) Oudshoorn,
secretaris</p>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Raadsinformatiebrief
nachtvisie</title>{CSS}</head><body>
<p class="small">Gemeente Westerhaven - college van burgemeester en wethouders</p>
<h1>Raadsinformatiebrief</h1>
<p class="small">Nummer RIB 2026-027 - datum 24 maart 2026 - portefeuillehouder: burgemeester<br>
Onderwerp: advies Adviesraad Nachtcultuur over de ontwerp-nachtvisie</p>
<hr>
<p>Geachte leden van de raad,</p>
<p>Met deze brief informeren wij u over onze reactie op het advies van de Adviesraad Nachtcultuur over de
ontwerp-nachtvisie. Het advies is op 5 maart vastgesteld en als bijlage bij deze brief gevoegd. Wij zijn de
adviesraad erkentelijk voor het snelle en goed onderbouwde werk.</p>
<h2>Cijfers uit de nachtmonitor</h2>
<p>Eerst de feiten. In 2025 telde de nachtmonitor gemiddeld 2,4 geweldsincidenten per weekend in het
uitgaansgebied, tegen 3,1 in 2023. Het aantal meldingen van geluidsoverlast bleef gelijk op ongeveer 140 per
kwartaal.</p>
<h2>Onze reactie op het advies</h2>
<p>Het derde advies nemen wij over. Vanaf 1 oktober lopen er op vrijdag- en zaterdagnacht vier nachtstewards van
de stichting Veilig Uit rond, in een proef van twee jaar die wij uit het veiligheidsbudget betalen.</p>
<p>Het eerste en het zevende advies gaan allebei over ruimte voor clubs. Wij nemen in de nachtvisie op dat clubs
in het centrumgebied een 24-uursvergunning kunnen aanvragen, onder de voorwaarden die de adviesraad noemt. In het
omgevingsplan dat wij in 2027 aan uw raad voorleggen, reserveren wij het terrein van de oude veiling als locatie voor
een club of podium.</p>
<p>Het vierde advies volgen wij voor een deel: het toilet op het Stationsplein blijft vanaf de zomer in de
weekendnachten open tot 05.00 uur. De andere twee toiletten zijn te moeilijk in de gaten te houden en blijven na
01.00 uur dicht.</p>
<p>Over het tweede advies, de proef met een latere sluitingstijd aan de Kaaikant, nemen wij nu geen besluit. Wij
willen eerst met de bewoners praten en betrekken het advies bij de evaluatie van de APV in 2027.</p>
<p>Het vijfde advies nemen wij niet over. De nachtbus valt onder de concessie van de provincie, en wij vinden het
niet juist om de toeristenbelasting voor extra busritten te gebruiken. Wij blijven de bus wel onder de aandacht van
de provincie brengen, maar een halfuursdienst zit er niet in.</p>
<h2>Hoe verder</h2>
<p>De nachtvisie gaat met de aanpassingen uit deze brief in mei ter vaststelling naar uw raad. De adviesraad krijgt
een afschrift van deze brief.</p>
<p>Met vriendelijke groet,<br>burgemeester en wethouders van Westerhaven,<br><br>de secretaris, mr. P.J. Velthuis<br>de burgemeester, drs. E.M. Karsten-de Wolf</p>
</body></html>"""

if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Adviesraad Nachtcultuur Westerhaven - advies ANW-2026-03 - ontwerp-nachtvisie",
            "pagina {n}/{m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Westerhaven - raadsinformatiebrief RIB 2026-027",
            "pagina {n}/{m}", F["Regular"])
    B.write_expected(NAME, [
        (1, "Geef clubs in het centrumgebied de mogelijkheid van een 24-uursvergunning",
         "Wij nemen in de nachtvisie op dat clubs", "agrees"),
        (2, "Sta de cafés aan de Kaaikant toe om op vrijdag",
         "latere sluitingstijd aan de Kaaikant, nemen wij nu geen besluit", "noted"),
        (3, "Zet vanaf dit najaar op vrijdag- en zaterdagnacht een team",
         "vier nachtstewards van de stichting Veilig Uit rond", "agrees"),
        (4, "Houd de drie openbare toiletten in het uitgaansgebied ook 's nachts",
         "De andere twee toiletten zijn te moeilijk in de gaten", "partly"),
        (5, "Laat de nachtbus naar Oosterdijk en Hamelwijk in de weekendnachten",
         "maar een halfuursdienst zit er niet in", "disagrees"),
        (6, "Verlicht het fietspad langs de Ringdijk tussen het centrum en", None, "unanswered"),
        (7, "Wijs in het omgevingsplan ten minste één nieuwe locatie aan",
         "reserveren wij het terrein van de oude veiling", "agrees"),
    ], ["Wij zijn de adviesraad erkentelijk voor het snelle",
        "gemiddeld 2,4 geweldsincidenten per weekend in het uitgaansgebied",
        "gaat met de aanpassingen uit deze brief in mei ter vaststelling"],
        "Advice: a municipal night-culture advisory council's advice on the draft night vision; the seven "
        "recommendations are UNNUMBERED SHADED BOXES labelled 'ONS ADVIES' under four theme headings (2 + 2 + 2 + 1), "
        "each a bare imperative. Traps: the APV paraphrased with 'moet', survey results numbered 1-4, a dashed "
        "look-alike box 'Zo doen ze het in Noorderveld' that recommends nothing, a closing line naming 'het eerste "
        "en het vijfde advies'. Response: the college's raadsinformatiebrief; 'Cijfers uit de nachtmonitor' "
        "(figures, nothing), then replies BY ORDINAL in the order 3, 1+7, 4, 2, 5: 3 agrees (four night stewards "
        "from 1 October), 1 and 7 in ONE paragraph (both agree: 24-hour licences in the vision; the old auction "
        "site reserved in the omgevingsplan), 4 partly (one of three toilets open at night), 2 noted (no decision, "
        "talk with residents, APV evaluation 2027), 5 disagrees (no tourist-tax money, no half-hourly bus). 6 (lit "
        "cycle path along the Ringdijk) is never answered. The introduction and 'Hoe verder' answer nothing.")
