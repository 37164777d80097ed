"""Round-10 blind pair 4: lokale rekenkamer report (A1-A6 in a table, N- and C-codes) + bestuurlijke reactie
with the rekenkamer's nawoord in the same document.

Engine: LibreOffice Writer (HTML import) + PyMuPDF page stamping, see lo_common.py.
Run:    /tmp/blindenv/bin/python tests/docs/src/blind10/pair4_rekenkamer.py
Writes: tests/docs/blind10_nl_rekenkamer_advice.pdf and _response.pdf
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from lo_common import DOCS, html_to_pdf  # noqa: E402

CSS = """<style>
@page { size: 21cm 29.7cm; margin: 2.3cm 2.2cm 2.2cm 2.2cm }
body { font-family: 'Liberation Serif'; font-size: 11pt }
p { margin-top: 0; margin-bottom: 6pt; text-align: justify }
h1 { font-family: 'Liberation Sans'; font-size: 17pt; color: #7a1f3d; margin-bottom: 8pt }
h2 { font-family: 'Liberation Sans'; font-size: 13pt; color: #7a1f3d; margin-top: 14pt; margin-bottom: 5pt }
h3 { font-family: 'Liberation Sans'; font-size: 11pt; margin-top: 8pt; margin-bottom: 3pt }
td, th { font-family: 'Liberation Sans'; font-size: 9.5pt; vertical-align: top }
th { background: #7a1f3d; color: #ffffff; text-align: left }
.small { font-size: 9pt }
</style>"""

A = {
    "A1": ("Stel uiterlijk eind 2025 een beleidskader jeugd vast met meetbare doelen voor de inzet van jeugdhulp, de wachttijden en de kosten per cliënt.", "raad", "C1"),
    "A2": ("Verzoek het college om de raad tweemaal per jaar te informeren over de voortgang op deze doelen, met cijfers over het gebruik, de wachttijden en de uitgaven per productgroep.", "raad", "C1, C2"),
    "A3": ("Maak met de gecontracteerde aanbieders bij de eerstvolgende aanbesteding afspraken over resultaatgerichte bekostiging, waarbij een deel van de vergoeding afhangt van de behaalde doelen.", "college", "C3"),
    "A4": ("Breng de wachttijden per aanbieder en per vorm van jeugdhulp ieder kwartaal in beeld en maak deze openbaar op de website van de gemeente.", "college", "C4"),
    "A5": ("Zet in alle huisartsenpraktijken in de gemeente een praktijkondersteuner jeugd in, zodat lichte hulpvragen eerder en dichter bij huis worden opgepakt.", "college", "C4"),
    "A6": ("Laat het contractmanagement jeugd uiterlijk in 2026 onafhankelijk evalueren en betrek daarbij de ervaringen van de aanbieders en van de cliënten.", "college", "C5"),
}

ADVICE = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Grip op jeugdhulp</title>{CSS}</head><body>
<p class="small" style="font-family:'Liberation Sans'">Rekenkamer Zuidervaart · rapport 2024/03</p>
<h1>Grip op jeugdhulp</h1>
<p style="font-family:'Liberation Sans'; font-size:12pt">Onderzoek naar de sturing op de jeugdhulp in de gemeente Zuidervaart</p>
<p class="small">Vastgesteld op 12 november 2024</p>
<h2>Voorwoord</h2>
<p>Sinds de decentralisatie van 2015 is de gemeente verantwoordelijk voor vrijwel alle jeugdhulp. In Zuidervaart zijn de uitgaven sindsdien meer dan verdubbeld, tot ruim 24 miljoen euro in 2023, terwijl het aantal jongeren in de gemeente nauwelijks is veranderd. De raad vroeg ons na te gaan of de gemeente voldoende grip heeft op deze ontwikkeling. Wij danken de ambtenaren, de aanbieders en de ouders die wij hebben gesproken voor hun medewerking.</p>
<h2>Samenvatting</h2>
<p>De gemeente Zuidervaart geeft steeds meer uit aan jeugdhulp, zonder dat duidelijk is wat die hulp oplevert. De raad heeft geen meetbare doelen gesteld en wordt onvolledig en laat geïnformeerd over het gebruik, de wachttijden en de kosten. De contracten met aanbieders bevatten geen afspraken over resultaten, en het contractmanagement is te smal bemenst om de kwaliteit van de hulp te bewaken. Jongeren die specialistische hulp nodig hebben, wachten vaak maanden.</p>
<p>Wij doen zes aanbevelingen, twee aan de raad en vier aan het college. Zij zijn samengevat in hoofdstuk 4. De bestuurlijke reactie van het college en ons nawoord zijn in een afzonderlijk document opgenomen.</p>
<h2>1 Inleiding</h2>
<p>De centrale vraag van dit onderzoek luidt: <i>in hoeverre sturen de raad en het college doeltreffend op de toegang tot, de kwaliteit van en de kosten van de jeugdhulp?</i> Wij hebben daarvoor beleidsstukken, contracten en raadsinformatie over de jaren 2021 tot en met 2023 bestudeerd, gegevens over gebruik en uitgaven geanalyseerd en 23 interviews gehouden.</p>
<p>Wij hebben de bevindingen getoetst aan een normenkader van drie normen. Tabel 1 geeft deze normen weer.</p>
<table width="100%" cellpadding="5" cellspacing="0" border="1" bordercolor="#999999">
<tr><th width="12%">Code</th><th>Norm</th></tr>
<tr><td>N1</td><td>De raad heeft kaders gesteld met meetbare doelen voor de jeugdhulp.</td></tr>
<tr><td>N2</td><td>Het college informeert de raad tijdig en volledig over de uitvoering en de kosten.</td></tr>
<tr><td>N3</td><td>Het college stuurt via de contracten met aanbieders op resultaten, wachttijden en kosten.</td></tr>
</table>
<p class="small"><i>Tabel 1 – Normenkader</i></p>
<h2>2 Bevindingen</h2>
<h3>2.1 Kaders en doelen (N1)</h3>
<p>Het beleidsplan ‘Samen sterk voor de jeugd’ uit 2019 bevat ambities maar geen meetbare doelen. Er is niet vastgelegd hoeveel jongeren de gemeente verwacht te ondersteunen, binnen welke termijn hulp moet starten of welk budget daarbij hoort. Bij de begroting 2024 zijn voor het eerst drie indicatoren opgenomen, maar zonder streefwaarden.</p>
<h3>2.2 Informatie aan de raad (N2)</h3>
<p>De raad ontvangt informatie over jeugdhulp via de reguliere planning-en-controlcyclus. De tussentijdse rapportages bevatten vooral financiële cijfers; over het gebruik en de wachttijden ontving de raad in de onderzochte periode twee keer informatie, beide keren naar aanleiding van vragen van raadsleden. Overschrijdingen werden pas bij de jaarrekening zichtbaar: in 2022 bedroeg de overschrijding 3,1 miljoen euro.</p>
<h3>2.3 Sturing via contracten (N3)</h3>
<p>De gemeente koopt jeugdhulp in via de regio Zuid-IJsselland, samen met vier andere gemeenten. De contracten met 86 aanbieders zijn gebaseerd op een inspanningsgerichte bekostiging per uur of per etmaal. Over resultaten worden in de contracten geen afspraken gemaakt. Aanbieders leveren kwartaalcijfers aan, maar die worden niet per aanbieder geanalyseerd.</p>
<p>De wachttijden zijn niet systematisch bekend. Uit de gegevens van de acht grootste aanbieders blijkt dat jongeren met een indicatie voor specialistische ggz gemiddeld 14 weken wachten, met uitschieters tot 40 weken. Bij de lichte ambulante hulp zijn de wachttijden korter, maar ook daar wacht een kwart van de jongeren langer dan de landelijke treeknorm van tien weken.</p>
<p>Het contractmanagement is belegd bij twee medewerkers voor de hele regio. Zij geven aan vooral bezig te zijn met declaraties en nauwelijks toe te komen aan gesprekken over kwaliteit.</p>
<h3>2.4 Toegang en preventie</h3>
<p>Jongeren komen in Zuidervaart op drie manieren bij de jeugdhulp: via het sociaal wijkteam, via de huisarts of via de jeugdarts en de gecertificeerde instellingen. In 2023 kwam 58 procent van de verwijzingen van huisartsen, tegen 31 procent via het wijkteam. Huisartsen gaven in interviews aan dat zij bij twijfel doorverwijzen naar specialistische hulp, omdat zij niet weten welke lichtere ondersteuning beschikbaar is en hoe lang de wachttijden zijn.</p>
<p>Sinds 2023 loopt bij twee huisartsenpraktijken een pilot met een praktijkondersteuner jeugd. De eerste ervaringen zijn positief: de praktijken verwijzen minder vaak door en jongeren worden sneller geholpen. Een evaluatie is nog niet beschikbaar. Andere gemeenten in de regio hebben de praktijkondersteuner jeugd inmiddels bij alle praktijken ingevoerd, met een structurele bekostiging van ongeveer 60.000 euro per fte.</p>
<p>Preventieve activiteiten, zoals opvoedondersteuning en de inzet van jongerenwerk op scholen, worden uit verschillende budgetten bekostigd. Over hun effect op de vraag naar jeugdhulp is weinig bekend.</p>
<h2>3 Conclusies</h2>
<p>Op basis van de bevindingen trekken wij de volgende conclusies.</p>
<p><b>C1</b> – De raad stuurt op hoofdlijnen, maar zonder meetbare doelen kan hij niet beoordelen of het beleid werkt. Aan norm N1 wordt niet voldaan.</p>
<p><b>C2</b> – De raad wordt onvolledig en laat geïnformeerd. Aan norm N2 wordt gedeeltelijk voldaan.</p>
<p><b>C3</b> – De contracten geven het college weinig mogelijkheden om op resultaten te sturen. Aan norm N3 wordt niet voldaan.</p>
<p><b>C4</b> – De wachttijden zijn niet goed bekend en voor specialistische hulp onaanvaardbaar lang; de toegang via de huisarts is weinig gericht.</p>
<p><b>C5</b> – Het contractmanagement is te smal bemenst om de kwaliteit van de hulp te bewaken.</p>
<h2>4 Aanbevelingen</h2>
<p>Naar aanleiding van deze conclusies doen wij de volgende aanbevelingen. De aanbevelingen A1 en A2 zijn gericht aan de raad, de aanbevelingen A3 tot en met A6 aan het college.</p>
<table width="100%" cellpadding="5" cellspacing="0" border="1" bordercolor="#999999">
<tr><th width="9%">Nr.</th><th>Aanbeveling</th><th width="13%">Aan</th><th width="13%">Conclusie</th></tr>
""" + "".join(f"<tr><td><b>{k}</b></td><td>{t}</td><td>{aan}</td><td>{c}</td></tr>\n" for k, (t, aan, c) in A.items()) + """</table>
<p class="small"><i>Tabel 2 – Aanbevelingen</i></p>
<p>Wij hebben het conceptrapport op 8 oktober 2024 aan het college voorgelegd voor een bestuurlijke reactie. Deze reactie en ons nawoord zijn als afzonderlijk document bij dit rapport gevoegd.</p>
<h2 style="page-break-before: always">Bijlage 1 – Onderzoeksverantwoording</h2>
<p>Het onderzoek is uitgevoerd tussen februari en september 2024. Wij hebben gesproken met de volgende betrokkenen:</p>
<ol>
<li><p>de portefeuillehouder jeugd en twee beleidsmedewerkers jeugd;</p></li>
<li><p>de twee contractmanagers van de regio Zuid-IJsselland;</p></li>
<li><p>de teamleider en vier medewerkers van het sociaal wijkteam;</p></li>
<li><p>vijf huisartsen, van wie twee deelnemen aan de pilot met de praktijkondersteuner jeugd;</p></li>
<li><p>bestuurders van zes jeugdhulpaanbieders;</p></li>
<li><p>vier ouders van jongeren die jeugdhulp ontvangen of op de wachtlijst staan.</p></li>
</ol>
<p>De gegevens over gebruik en uitgaven zijn afkomstig uit het gemeentelijke declaratiesysteem en uit de jaarrekeningen 2021 tot en met 2023. De wachttijden zijn opgevraagd bij de acht grootste aanbieders, die samen ongeveer 70 procent van de uitgaven vertegenwoordigen. Het conceptrapport is op 9 september 2024 ambtelijk gecontroleerd op feitelijke juistheid.</p>
<p>Het onderzoek is uitgevoerd door drs. M. Oudshoorn (onderzoeker) en R. El Amrani MSc (onderzoeker), onder verantwoordelijkheid van de voorzitter van de rekenkamer, drs. E.M. Tromp.</p>
</body></html>"""

RESPONSE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Bestuurlijke reactie</title>""" + CSS + """</head><body>
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
<td width="60%"><p style="font-family:'Liberation Sans'; font-size:15pt; color:#0b5394"><b>gemeente Zuidervaart</b></p></td>
<td><p class="small" style="text-align:left">Postbus 2040<br>7900 AA Zuidervaart<br>T 14 0555<br>www.zuidervaart.nl</p></td></tr></table>
<p>&nbsp;</p>
<p style="text-align:left">Rekenkamer Zuidervaart<br>t.a.v. de voorzitter, mevrouw drs. E.M. Tromp<br>Postbus 2040<br>7900 AA Zuidervaart</p>
<table width="100%" cellpadding="2" cellspacing="0" border="0" class="small">
<tr><td width="22%">Datum</td><td>29 oktober 2024</td></tr>
<tr><td>Ons kenmerk</td><td>Z/24/118302</td></tr>
<tr><td>Onderwerp</td><td>Bestuurlijke reactie op het rapport ‘Grip op jeugdhulp’</td></tr>
</table>
<p>&nbsp;</p>
<p>Geachte mevrouw Tromp,</p>
<p>Met belangstelling hebben wij kennisgenomen van uw rapport ‘Grip op jeugdhulp’. Het rapport geeft een heldere analyse van de manier waarop de gemeente de afgelopen jaren op de jeugdhulp heeft gestuurd. Wij herkennen veel van uw bevindingen; het onderzoek komt op een goed moment, nu de regio de nieuwe inkoop voor 2026 voorbereidt. Hieronder reageren wij op uw aanbevelingen.</p>
<h3>A1 en A2 – Beleidskader en informatie aan de raad</h3>
<p>Deze aanbevelingen zijn aan uw raad gericht. Wij onderschrijven ze van harte. Een beleidskader met meetbare doelen helpt ook ons om keuzes te maken en te verantwoorden. Wij zullen uw raad in het voorjaar van 2025 een voorstel voor een beleidskader jeugd voorleggen, met streefwaarden voor het gebruik, de wachttijden en de kosten per cliënt. Vanaf 2025 ontvangt uw raad daarnaast twee keer per jaar een monitor jeugdhulp, naast de bestaande tussentijdse rapportages.</p>
<h3>A3 – Resultaatgerichte bekostiging</h3>
<p>Wij delen de zorg van de rekenkamer over de stijgende kosten, maar niet de conclusie dat resultaatgerichte bekostiging daarvoor het aangewezen middel is. De ervaringen in andere regio’s laten zien dat deze vorm van bekostiging leidt tot hoge administratieve lasten en tot het weren van jongeren met complexe problemen, bij wie resultaten onzeker zijn. Bovendien is de bekostiging een regionale afspraak, waarin wij niet alleen kunnen beslissen. Wij kiezen in de nieuwe inkoop daarom voor een taakgerichte bekostiging van de lichte hulp en behouden voor de specialistische hulp de huidige systematiek.</p>
<h3>A5 – Praktijkondersteuners jeugd</h3>
<p>Wij nemen kennis van deze aanbeveling. In 2023 zijn wij gestart met een pilot met een praktijkondersteuner jeugd bij twee huisartsenpraktijken; de evaluatie daarvan verschijnt in het voorjaar van 2025. De resultaten zullen wij betrekken bij onze keuzes voor de toegang tot jeugdhulp. Voor uitbreiding naar alle praktijken is nu geen budget beschikbaar.</p>
<h3>A4 – Wachttijden in beeld</h3>
<p>Wij nemen deze aanbeveling gedeeltelijk over. Het is van belang dat wij per aanbieder weten hoe lang jongeren wachten, en vanaf het eerste kwartaal van 2025 vragen wij die gegevens per kwartaal op. Wij zien er echter van af om de wachttijden per aanbieder openbaar te maken. Aanbieders met een goede reputatie zouden dan nog meer aanmeldingen krijgen, waardoor hun wachttijden oplopen. Wel publiceren wij de gemiddelde wachttijd per vorm van jeugdhulp op de website.</p>
<h3>A6 – Evaluatie contractmanagement</h3>
<p>Deze aanbeveling nemen wij over. Samen met de regiogemeenten laten wij het contractmanagement in 2025 door een extern bureau evalueren, waarbij ook aanbieders en cliëntenraden worden gehoord. In afwachting daarvan breidt de regio het team contractmanagement per 1 januari 2025 uit met één formatieplaats.</p>
<p>Tot slot danken wij de rekenkamer voor de prettige samenwerking tijdens het onderzoek. Wij zien uit naar de bespreking van het rapport in uw raad.</p>
<p>Met vriendelijke groet,</p>
<p>Burgemeester en wethouders van Zuidervaart,<br>de secretaris, &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; de burgemeester,</p>
<p>drs. H. Bakker &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; mr. J.W. Sanders</p>
<h2 style="page-break-before: always">Nawoord van de rekenkamer</h2>
<p>De rekenkamer dankt het college voor zijn reactie. Het stemt ons positief dat het college de aanbevelingen A1, A2 en A6 onderschrijft en dat al in 2025 een beleidskader en een monitor jeugdhulp worden voorbereid. Daarmee kan de raad beter invulling geven aan zijn kaderstellende en controlerende rol (norm N1 en N2).</p>
<p>Wel betreuren wij het dat het college aanbeveling A3 niet overneemt. Wij hebben in ons rapport niet gesteld dat resultaatgerichte bekostiging de enige oplossing is, maar wel dat de huidige contracten het college onvoldoende middelen geven om op resultaten te sturen (C3). Ook met een taakgerichte bekostiging blijft het nodig om afspraken over resultaten te maken. Wij vragen de raad om hierop bij de behandeling van het inkoopkader toe te zien.</p>
<p>Ten aanzien van A4 merken wij op dat openbaarheid van wachttijden per aanbieder in andere gemeenten juist heeft geholpen om cliënten naar aanbieders met kortere wachttijden te verwijzen. Wij geven de raad in overweging het college te vragen dit opnieuw te bezien.</p>
<p>De rekenkamer zal in 2026 nagaan wat er met de aanbevelingen is gedaan.</p>
<p><i>Rekenkamer Zuidervaart, 12 november 2024</i></p>
</body></html>"""

if __name__ == "__main__":
    html_to_pdf(ADVICE, DOCS / "blind10_nl_rekenkamer_advice.pdf", "Rekenkamer Zuidervaart – Grip op jeugdhulp",
                "{page}", font="tiro", meta={"title": "Grip op jeugdhulp", "author": "Rekenkamer Zuidervaart"})
    html_to_pdf(RESPONSE, DOCS / "blind10_nl_rekenkamer_response.pdf", None, "pagina {page} van {pages}",
                font="helv", meta={"title": "Bestuurlijke reactie Grip op jeugdhulp", "author": "gemeente Zuidervaart"})
