"""Blind round 11, pair 3: rapport van de Nationale ombudsman (unnumbered bullet recommendations to two addressees)
+ the minister's letter with UWV's own reaction as an annex.

Engine: LibreOffice Writer from HTML, header/footer stamped with PyMuPDF (see lo_common.py).
Run from the repository root:
    /tmp/blind11env/bin/python tests/docs/src/blind11/pair3_ombudsman.py
Writes tests/docs/blind11_nl_ombudsman_advice.pdf and tests/docs/blind11_nl_ombudsman_response.pdf.
"""

from lo_common import convert, html_doc

ADVICE = """
<p style="font-size:9pt;color:#555555">Rapport van de Nationale ombudsman</p>
<p style="font-size:24pt;font-weight:bold;margin-top:30pt;margin-bottom:4pt">'Even geduld alstublieft'</p>
<p style="font-size:13pt">Onderzoek naar de telefonische bereikbaarheid en het terugbelbeleid van UWV bij
WW-uitkeringen</p>
<table style="margin-top:14pt;font-size:9.5pt">
<tr><td>Datum</td><td>11 juni 2025</td></tr>
<tr><td>Rapportnummer</td><td>2025/041</td></tr>
</table>

<p style="margin-top:40pt;font-size:9.5pt">De Nationale ombudsman behandelt klachten van burgers over de overheid en
doet onderzoek uit eigen beweging als klachten wijzen op een structureel probleem. Dit rapport is het resultaat van
zo'n onderzoek uit eigen beweging.</p>
<h1 style="page-break-before:always">Samenvatting</h1>
<p>Wie een WW-uitkering heeft en een vraag of probleem heeft, belt UWV. Dat blijkt vaak een lange weg. Burgers
vertelden de Nationale ombudsman dat zij tientallen minuten in de wacht stonden, dat een toegezegd terugbelverzoek
niet werd nagekomen, en dat zij aan de telefoon steeds opnieuw hun verhaal moesten doen. Intussen liep een fout in
hun uitkering door, met soms een terugvordering van duizenden euro's als gevolg.</p>
<p>De ombudsman concludeert dat UWV in de periode 2023-2024 niet behoorlijk bereikbaar was voor mensen met een
WW-uitkering, en dat het terugbelbeleid in de praktijk niet werkte. Hij doet aanbevelingen aan UWV en aan de
minister van Sociale Zaken en Werkgelegenheid.</p>

<h1>1 Aanleiding</h1>
<p>In 2024 ontving de Nationale ombudsman 1.140 klachten over UWV, van wie bijna de helft over de WW. Een groot
deel van die klachten ging over de telefonische bereikbaarheid. Omdat de klachten niet afnamen nadat UWV
verbeteringen had aangekondigd, besloot de ombudsman in september 2024 een eigen onderzoek te starten.</p>
<p>Voor het onderzoek sprak de ombudsman met 38 burgers, met klantmedewerkers en leidinggevenden in drie
UWV-vestigingen, en met het ministerie van Sociale Zaken en Werkgelegenheid. Daarnaast analyseerde hij de
gegevens van UWV over wachttijden en terugbelverzoeken.</p>

<h1>2 Wat burgers ons vertelden</h1>
<p>De verhalen van burgers lieten een herkenbaar patroon zien:</p>
<ul>
<li>Mensen stonden gemiddeld 24 minuten in de wacht, in piekweken soms meer dan een uur.</li>
<li>Een terugbelverzoek werd in een op de drie gevallen niet binnen de toegezegde termijn nagekomen.</li>
<li>Wie wel werd teruggebeld, kreeg vaak een medewerker die het dossier niet kende.</li>
<li>Klantmedewerkers konden een fout wel noteren, maar niet herstellen; het herstel duurde gemiddeld zeven weken.</li>
</ul>
<p>'Ik heb vier keer gebeld over hetzelfde bedrag. Elke keer zeiden ze dat het zou worden doorgegeven. Drie maanden
later kreeg ik een brief dat ik 2.300 euro moest terugbetalen,' vertelde een van de burgers.</p>

<h1>3 Wat wij zagen bij UWV</h1>
<p>UWV heeft de afgelopen jaren geïnvesteerd in digitale dienstverlening. Het aantal klantmedewerkers voor de WW
is tussen 2019 en 2024 afgenomen met ongeveer 15 procent, terwijl het aantal WW-uitkeringen sinds 2023 weer
stijgt. In piekperiodes zet UWV tijdelijke krachten in, die minder bevoegdheden hebben en de dossiers minder goed
kennen.</p>
<p>Het terugbelbeleid van UWV houdt in dat een burger die niet direct kan worden geholpen, binnen vijf werkdagen
wordt teruggebeld. UWV registreert niet hoeveel terugbelverzoeken op tijd worden afgehandeld; uit een steekproef
van de ombudsman bleek dat ongeveer 34 procent te laat of niet werd afgehandeld.</p>
<p>Een burger die een fout in de uitkering meldt, wordt doorverwezen naar de behandelaar. Als die de fout pas
na enkele maanden herstelt, volgt vaak een terugvordering over de tussenliggende periode, zonder dat de burger
vooraf een toelichting krijgt.</p>

<h2>Wat regelt de wet?</h2>
<p>De Werkloosheidswet verplicht UWV om een onverschuldigd betaalde uitkering terug te vorderen. De wet kent
slechts een beperkte mogelijkheid om daarvan af te zien, namelijk als er sprake is van dringende redenen. UWV
legt dat begrip zeer terughoudend uit: in 2024 werd in minder dan tien gevallen op die grond van terugvordering
afgezien. De Algemene wet bestuursrecht bepaalt daarnaast dat een bestuursorgaan de belanghebbende in de
gelegenheid stelt zijn zienswijze naar voren te brengen voordat een belastend besluit wordt genomen, tenzij de
belanghebbende al eerder in de gelegenheid is geweest.</p>
<p>Over de bereikbaarheid van UWV zegt de wet weinig. De Wet structuur uitvoeringsorganisatie werk en inkomen
bepaalt dat UWV zijn taken doelmatig en klantgericht uitvoert. In het jaarplan van UWV is als norm opgenomen dat
80 procent van de telefoontjes binnen vijf minuten wordt beantwoord. In 2024 werd die norm in geen enkele maand
gehaald; het gemiddelde lag op 41 procent.</p>
<h2>Wat zegt UWV zelf?</h2>
<p>UWV erkent dat de bereikbaarheid onvoldoende was. Het wijst op het krappe budget voor persoonlijke
dienstverlening, op de krapte op de arbeidsmarkt en op de verouderde systemen waarmee klantmedewerkers werken.
Volgens UWV is in 2025 een verbetering ingezet: er zijn 140 klantmedewerkers bijgekomen en de gemiddelde wachttijd
daalde in het eerste kwartaal tot 16 minuten.</p>
<h1>4 Behoorlijkheidsnormen</h1>
<p>De Nationale ombudsman beoordeelt het handelen van de overheid aan de hand van behoorlijkheidsvereisten. In dit
onderzoek zijn vooral de volgende vereisten van belang:</p>
<ul>
<li><b>Luisteren naar de burger:</b> de overheid luistert actief naar de burger en neemt diens verhaal serieus.</li>
<li><b>Goede informatieverstrekking:</b> de overheid zorgt ervoor dat burgers de informatie krijgen die zij nodig
hebben, op een manier die zij begrijpen.</li>
<li><b>Maatwerk:</b> de overheid houdt rekening met de omstandigheden van het geval.</li>
<li><b>Voortvarendheid:</b> de overheid handelt snel en doelgericht.</li>
</ul>

<h1>5 Conclusie</h1>
<p>De ombudsman concludeert dat UWV niet voortvarend heeft gehandeld en onvoldoende naar burgers heeft geluisterd.
Het terugbelbeleid werkte in de praktijk niet, klantmedewerkers konden eenvoudige problemen niet oplossen, en
burgers werden geconfronteerd met terugvorderingen die zij niet zagen aankomen. De oorzaak ligt niet alleen bij
UWV: de middelen voor persoonlijke dienstverlening zijn jarenlang afgebouwd in de verwachting dat digitale kanalen
het werk zouden overnemen.</p>

<h1>6 Aanbevelingen</h1>
<p>De Nationale ombudsman beveelt de Raad van Bestuur van UWV aan:</p>
<ul>
<li>zorg ervoor dat iedere burger die om een terugbelverzoek vraagt, binnen twee werkdagen wordt teruggebeld door
een medewerker die de zaak kent;</li>
<li>geef klantmedewerkers aan de telefoon de bevoegdheid om eenvoudige fouten in een uitkering direct zelf te
herstellen;</li>
<li>stuur, voordat een terugvordering wordt opgelegd, altijd eerst een brief in begrijpelijke taal waarin staat
waarom UWV terugvordert en hoe de burger kan reageren;</li>
<li>maak jaarlijks openbaar hoe burgers de telefonische dienstverlening ervaren, met de gemiddelde wachttijd en het
aandeel terugbelverzoeken dat op tijd is afgehandeld.</li>
</ul>
<p>De Nationale ombudsman beveelt de minister van Sociale Zaken en Werkgelegenheid aan:</p>
<ul>
<li>zorg dat UWV de middelen krijgt om de telefonische bereikbaarheid structureel op orde te brengen, en niet
alleen tijdelijk in piekperiodes;</li>
<li>neem in de Werkloosheidswet een hardheidsclausule op, zodat UWV in schrijnende gevallen geheel of gedeeltelijk
kan afzien van een terugvordering.</li>
</ul>
<p>De Nationale ombudsman verzoekt UWV en de minister hem binnen drie maanden te laten weten wat zij met deze
aanbevelingen doen.</p>
<p style="margin-top:18pt">De Nationale ombudsman,<br><br>mr. drs. E.A. Lindeboom</p>
"""

RESPONSE = """
<p style="font-size:9pt;font-weight:bold">Ministerie van Sociale Zaken en Werkgelegenheid</p>
<p style="font-size:8pt;color:#555555;margin-bottom:20pt">Parnassusplein 5 &nbsp; 2511 VX Den Haag &nbsp;
Postbus 90801 &nbsp; 2509 LV Den Haag</p>
<p>De Nationale ombudsman<br>Postbus 93122<br>2509 AC &nbsp;DEN HAAG</p>
<table style="margin-top:16pt;margin-bottom:14pt;font-size:9pt">
<tr><td style="width:80pt">Datum</td><td>9 september 2025</td></tr>
<tr><td>Betreft</td><td>Reactie op het rapport 'Even geduld alstublieft' (2025/041)</td></tr>
<tr><td>Ons kenmerk</td><td>2025-0000198311</td></tr>
</table>
<p>Geachte heer Lindeboom,</p>
<p>Op 11 juni 2025 ontving ik uw rapport 'Even geduld alstublieft' over de telefonische bereikbaarheid en het
terugbelbeleid van UWV bij WW-uitkeringen. U vraagt mij binnen drie maanden te laten weten wat ik met de
aanbevelingen doe. Met deze brief voldoe ik aan dat verzoek.</p>
<p>Uw rapport laat zien wat het voor mensen betekent als zij hun uitkeringsinstantie niet kunnen bereiken op het
moment dat zij daar het meest op zijn aangewezen. De verhalen in uw rapport hebben mij geraakt. Ik neem uw
conclusies serieus, en dat doet UWV ook.</p>
<p>UWV is een zelfstandig bestuursorgaan. Op de aanbevelingen die aan de Raad van Bestuur van UWV zijn gericht,
heeft UWV zelf een reactie opgesteld. Die reactie vindt u in de bijlage bij deze brief. Hieronder ga ik in op de
twee aanbevelingen die aan mij zijn gericht.</p>

<h2>Een hardheidsclausule in de Werkloosheidswet</h2>
<p>U beveelt aan in de Werkloosheidswet een hardheidsclausule op te nemen, zodat UWV in schrijnende gevallen kan
afzien van een terugvordering. Ik begrijp de wens om meer ruimte te bieden voor de menselijke maat. Tegelijk raakt
een hardheidsclausule aan de gelijke behandeling van uitkeringsgerechtigden en aan de uitvoerbaarheid voor UWV.
Ik zal daarom bezien of een hardheidsclausule in de WW wenselijk is, in samenhang met de bredere herziening van
het terugvorderingsbeleid in de sociale zekerheid. Over de uitkomst daarvan informeer ik de Tweede Kamer in het
voorjaar van 2026.</p>

<h2>Middelen voor de bereikbaarheid van UWV</h2>
<p>Ik deel uw opvatting dat de telefonische bereikbaarheid van UWV beter moet, en niet alleen in piekperiodes. UWV
heeft in 2025 al 12 miljoen euro extra ontvangen voor de dienstverlening, en zet die in voor extra klantmedewerkers
bij de WW. Structureel meer middelen vrijmaken is in de huidige budgettaire situatie echter niet mogelijk. Ik
verwacht van UWV dat het de bereikbaarheid binnen het bestaande budget verbetert, onder meer door de inzet van
medewerkers flexibeler te organiseren. Ik neem deze aanbeveling daarom niet over.</p>

<h2>Tot slot</h2>
<p>Ik dank u voor uw onderzoek en voor de gesprekken die mijn ministerie in de afgelopen maanden met uw medewerkers
heeft gevoerd. Ik houd u op de hoogte van de voortgang.</p>
<p style="margin-top:14pt">Hoogachtend,</p>
<p>de minister van Sociale Zaken en Werkgelegenheid,<br><br><br>drs. P.M. Zandbergen</p>

<h1 style="page-break-before:always">Bijlage – Reactie van UWV op het rapport 'Even geduld alstublieft'</h1>
<p style="font-size:9pt;color:#555555">UWV, Raad van Bestuur &nbsp;|&nbsp; 2 september 2025</p>
<p>UWV heeft het rapport van de Nationale ombudsman met aandacht gelezen. Wij herkennen de knelpunten die de
ombudsman beschrijft, en wij bieden de burgers die in het rapport aan het woord komen onze excuses aan. Hieronder
reageren wij op de aanbevelingen die aan UWV zijn gericht.</p>

<h2>1. Een brief vóór iedere terugvordering</h2>
<p>Dit doet UWV al. Sinds maart 2024 ontvangt iedere klant bij wie UWV een terugvordering overweegt, eerst een
brief waarin in begrijpelijke taal staat waarom UWV wil terugvorderen, om welk bedrag het gaat en hoe de klant kan
reageren. Deze werkwijze is ontwikkeld met hulp van een klantpanel. UWV ziet daarom geen aanleiding voor
aanvullende maatregelen.</p>

<h2>2. Terugbellen</h2>
<p>UWV neemt deze aanbeveling over, met één aanpassing. Vanaf 1 januari 2026 belt UWV iedere klant die om een
terugbelverzoek vraagt binnen drie werkdagen terug, en zoveel mogelijk door een medewerker van het team dat het
dossier behandelt. Een termijn van twee werkdagen is in piekperiodes niet haalbaar zonder andere klanten langer te
laten wachten. UWV gaat het aandeel tijdig afgehandelde terugbelverzoeken voortaan registreren.</p>

<h2>3. Bevoegdheden van klantmedewerkers</h2>
<p>UWV ziet de meerwaarde van het voorstel om klantmedewerkers eenvoudige fouten direct te laten herstellen. Het
vraagt wel aanpassingen in de systemen en in de opleiding van medewerkers, en het vergroot het risico op fouten en
misbruik. UWV start daarom in het eerste kwartaal van 2026 een proef in de regio's Noord en Zuidoost. Na afloop van
de proef besluit UWV of en hoe de werkwijze landelijk wordt ingevoerd.</p>

<h2>4. Overige punten uit het rapport</h2>
<p>De ombudsman stelt vast dat burgers zich aan de telefoon niet altijd serieus genomen voelden. UWV betreurt dat
zeer. Alle klantmedewerkers van de WW volgen in het najaar van 2025 een training gespreksvoering, en
teamleiders luisteren vaker gesprekken mee om medewerkers te ondersteunen.</p>
"""


def main():
    a = convert(html_doc(ADVICE, font="Liberation Sans", size=10.5),
                "blind11_nl_ombudsman_advice.pdf", header="Nationale ombudsman  |  Rapport 2025/041",
                footer="{n}")
    r = convert(html_doc(RESPONSE, font="Liberation Serif", size=11, h1=13, h2=11.5),
                "blind11_nl_ombudsman_response.pdf", header=None, footer="Pagina {n} van {total}")
    print(a, r)


if __name__ == "__main__":
    main()
