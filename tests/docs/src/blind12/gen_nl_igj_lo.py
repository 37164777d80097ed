"""Blind round 12, pair ``blind12_nl_igj``: an IGJ inspection report and the board's reaction letter.

Engine: LibreOffice Writer (HTML -> PDF via ``soffice --headless``), fonts Liberation Sans / Liberation Serif.
Run from the repository root with any Python 3 (no packages needed; LibreOffice must be installed):
    python3 tests/docs/src/blind12/gen_nl_igj_lo.py
Writes tests/docs/blind12_nl_igj_advice.pdf and tests/docs/blind12_nl_igj_response.pdf.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _lo import html_to_pdf, page  # noqa: E402

ADVICE = """
<p style="font-size:9pt;color:#154273"><b>Inspectie Gezondheidszorg en Jeugd</b><br>Ministerie van Volksgezondheid, Welzijn en Sport</p>
<h1 style="color:#154273">Rapport van het toezichtbezoek aan Zorggroep De Linde, locatie Het Baken te Zwolle</h1>
<p style="color:#555555">Verpleeghuiszorg &middot; Onaangekondigd bezoek op 11 september 2024 &middot; Kenmerk 2024-118734</p>

<table width="100%" cellpadding="8" style="background:#E8EEF5"><tr><td>
<p><b>Samenvatting</b></p>
<p>De inspectie heeft op 11 september 2024 onaangekondigd een bezoek gebracht aan locatie Het Baken van Zorggroep
De Linde. Het Baken biedt verpleeghuiszorg aan 64 ouderen met dementie of met somatische aandoeningen, verdeeld over
acht kleinschalige woongroepen. De inspectie ziet dat de zorgverleners betrokken zijn en de bewoners met respect
benaderen. De sfeer op de woongroepen is rustig en huiselijk. Tegelijk voldoet de zorg op een aantal belangrijke
onderdelen nog niet aan de normen. Dat geldt vooral voor de medicatieveiligheid en voor de manier waarop de
organisatie leert van incidenten. De inspectie verwacht dat de zorgaanbieder binnen zes weken een plan van aanpak
stuurt waarin staat hoe en wanneer de verbeteringen worden doorgevoerd.</p>
</td></tr></table>

<h2>1 Inleiding</h2>
<h3>Waarom bezoekt de inspectie deze zorgaanbieder?</h3>
<p>De inspectie bezoekt verpleeghuizen om te beoordelen of zij goede en veilige zorg bieden. Het bezoek aan Het Baken
maakt deel uit van het reguliere toezicht op de verpleeghuiszorg. Daarnaast ontving de inspectie in het voorjaar van
2024 twee meldingen van calamiteiten op deze locatie, beide over medicatie. De zorgaanbieder heeft die calamiteiten
onderzocht en de rapporten aan de inspectie gestuurd.</p>
<h3>Hoe heeft de inspectie getoetst?</h3>
<p>Twee inspecteurs hebben gesproken met de locatiemanager, met zorgverleners van drie woongroepen, met de
specialist ouderengeneeskunde, met twee leden van de cli&euml;ntenraad en met vier bewoners en hun naasten. Zij hebben
rondgekeken op de woongroepen en de medicijnkamers, en zij hebben de dossiers van acht bewoners ingezien. De inspectie
toetst aan het toetsingskader <i>Toezicht op de verpleeghuiszorg</i> (versie 2023). Het resultaat per norm staat in
de tabel hieronder.</p>

<table width="100%" cellpadding="4" border="1" style="border-collapse:collapse">
<tr style="background:#154273;color:#ffffff"><td><b>Norm</b></td><td><b>Oordeel</b></td></tr>
<tr><td>1.1 De cli&euml;nt krijgt zorg die aansluit bij zijn wensen en behoeften</td><td>Voldoet grotendeels</td></tr>
<tr><td>1.2 Vrijheidsbeperking wordt zoveel mogelijk voorkomen</td><td>Voldoet gedeeltelijk</td></tr>
<tr><td>2.1 Medicatie wordt veilig bewaard, toegediend en geregistreerd</td><td>Voldoet niet</td></tr>
<tr><td>3.1 Zorgverleners zijn bevoegd en bekwaam</td><td>Voldoet gedeeltelijk</td></tr>
<tr><td>4.1 De zorgaanbieder leert van incidenten en stuurt op kwaliteit</td><td>Voldoet niet</td></tr>
</table>

<h2>2 Wat zag de inspectie?</h2>
<h3>Thema 1 &ndash; Persoonsgerichte zorg</h3>
<p>In de dossiers staat een zorgleefplan met een beschrijving van de levensloop, de wensen en de gewoonten van de
bewoner. De zorgverleners kennen de bewoners goed en kunnen vertellen wat iemand prettig vindt. In vijf van de acht
dossiers was het zorgleefplan echter langer dan een jaar niet ge&euml;valueerd. Naasten vertelden dat zij niet
altijd bij de bespreking worden uitgenodigd. Bij twee bewoners werd 's nachts een sensor met alarmering gebruikt,
zonder dat in het dossier stond waarom, voor hoe lang en wanneer de maatregel opnieuw zou worden bekeken.</p>
<p><b>Wat gaat goed</b></p>
<ul>
<li>Zorgverleners kennen de levensverhalen en voorkeuren van de bewoners en gebruiken die in de dagelijkse zorg.</li>
<li>Op alle woongroepen is een vaste dagstructuur met activiteiten die passen bij de bewoners.</li>
</ul>
<p><b>Wat moet er beter</b></p>
<ul>
<li>Zorgverleners stellen het zorgleefplan samen met de bewoner of diens vertegenwoordiger op en evalueren het ten
minste twee keer per jaar in een multidisciplinair overleg.</li>
<li>Zorgverleners leggen iedere vrijheidsbeperkende maatregel vast in het zorgleefplan, met de reden, de duur en
het moment waarop de maatregel wordt ge&euml;valueerd.</li>
</ul>

<h3>Thema 2 &ndash; Medicatieveiligheid</h3>
<p>Op twee van de drie bezochte woongroepen stond de medicatie van bewoners in een open kast in de huiskamer. In de
medicijnkoelkast van woongroep De Wilg lag insuline naast levensmiddelen; een temperatuurregistratie ontbrak. Het
aftekenen van toegediende medicatie gebeurt op een tablet. Zorgverleners vertelden dat zij aan het eind van de
medicatieronde aftekenen, omdat het tablet niet mee kan naar de kamers. Bij medicatie die &lsquo;zo nodig&rsquo;
wordt gegeven, ontbrak in drie dossiers de reden van toediening. Een van de twee calamiteiten van dit voorjaar
ontstond doordat een bewoner een dubbele dosis kreeg: de eerste toediening was nog niet afgetekend.</p>
<p><b>Wat gaat goed</b></p>
<ul>
<li>De apotheek levert de medicatie in rollen per toedienmoment en controleert de medicatieoverzichten elk kwartaal.</li>
</ul>
<p><b>Wat moet er beter</b></p>
<ul>
<li>De zorgaanbieder zorgt ervoor dat de medicatie van iedere bewoner in een afgesloten kast of ruimte wordt bewaard
en dat de temperatuur van de medicijnkoelkast dagelijks wordt gecontroleerd en vastgelegd.</li>
<li>Zorgverleners tekenen direct na het toedienen af op de digitale toedienlijst, ook bij medicatie die &lsquo;zo
nodig&rsquo; wordt gegeven, en vermelden daarbij de reden van toediening.</li>
</ul>

<h3>Thema 3 &ndash; Deskundigheid van zorgverleners</h3>
<p>Overdag zijn op elke woongroep twee zorgverleners aanwezig, van wie ten minste &eacute;&eacute;n verzorgende IG.
In de avond- en nachtdiensten werkt Het Baken met &eacute;&eacute;n zorgverlener per twee woongroepen, aangevuld met
uitzendkrachten. Uit de roosters van augustus blijkt dat in elf nachtdiensten geen zorgverlener aanwezig was die
bevoegd en bekwaam was om bijvoorbeeld een katheter te plaatsen of insuline toe te dienen. De locatie deed dan een
beroep op de verpleegkundige van een andere locatie, die niet altijd binnen een half uur aanwezig kon zijn.</p>
<p><b>Wat moet er beter</b></p>
<ul>
<li>De zorgaanbieder zorgt ervoor dat in elke dienst ten minste &eacute;&eacute;n zorgverlener op de locatie
aanwezig is die bevoegd en bekwaam is voor de voorbehouden en risicovolle handelingen die bewoners nodig hebben.</li>
</ul>

<h3>Thema 4 &ndash; Sturen op kwaliteit en veiligheid</h3>
<p>Zorgverleners melden incidenten in het meldsysteem, vooral valincidenten en medicatiefouten. In 2024 waren het er
tot het bezoek 212. De meldingen worden per kwartaal geteld en in het teamoverleg genoemd, maar niet inhoudelijk
geanalyseerd. Zorgverleners konden de inspectie niet vertellen welke maatregelen na de calamiteiten van dit voorjaar
waren genomen. De cli&euml;ntenraad vertelde dat hij achteraf hoorde over het besluit om in de nachtdienst minder
vaste zorgverleners in te zetten.</p>
<p><b>Wat moet er beter</b></p>
<ul>
<li>De raad van bestuur zorgt ervoor dat meldingen van incidenten binnen vier weken worden geanalyseerd en dat de
verbetermaatregelen aantoonbaar worden teruggekoppeld aan de teams.</li>
<li>De raad van bestuur betrekt de cli&euml;ntenraad tijdig bij voorgenomen besluiten over de personele bezetting,
zoals de Wet medezeggenschap cli&euml;nten zorginstellingen 2018 voorschrijft.</li>
</ul>

<h2>3 Hoe verder?</h2>
<p>De inspectie verwacht dat de zorgaanbieder binnen zes weken na ontvangst van dit rapport een plan van aanpak
stuurt. Daarin staat per verbeterpunt welke maatregelen de zorgaanbieder neemt en wanneer die zijn uitgevoerd. De
inspectie beoordeelt het plan en kan een vervolgbezoek brengen. Als de verbeteringen uitblijven, kan de inspectie een
aanwijzing geven. De zorgaanbieder heeft op het conceptrapport gereageerd; de reactie van de raad van bestuur is als
afzonderlijk document bij dit rapport gepubliceerd.</p>
<p>De inspectie publiceert dit rapport op haar website, samen met de reactie van de zorgaanbieder.</p>
"""

RESPONSE = """
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="28%" valign="top" style="background:#F1EDE4">
<p style="font-size:8pt;color:#4A5B2E;padding:6px"><b>Zorggroep De Linde</b><br>Raad van bestuur<br><br>
Postbus 1120<br>8001 BC Zwolle<br><br>T 038 460 22 00<br>bestuur@delinde-zorg.nl<br><br>
<b>Datum</b><br>25 oktober 2024<br><br><b>Ons kenmerk</b><br>RvB/2024/311<br><br><b>Uw kenmerk</b><br>2024-118734<br><br>
<b>Bijlage</b><br>Plan van aanpak Het Baken</p>
</td>
<td width="4%"></td>
<td width="68%" valign="top">
<p>Inspectie Gezondheidszorg en Jeugd<br>t.a.v. mevrouw drs. A. Hoekstra, senior inspecteur<br>Postbus 2518<br>6401 DA Heerlen</p>
<p>&nbsp;</p>
<p><b>Betreft: reactie op het rapport van het toezichtbezoek aan Het Baken</b></p>
<p>Geachte mevrouw Hoekstra,</p>
<p>Op 4 oktober ontvingen wij het conceptrapport van uw bezoek aan onze locatie Het Baken. Wij danken de inspectie
voor het zorgvuldige bezoek en voor de open gesprekken met onze medewerkers, bewoners en de cli&euml;ntenraad. Het
rapport bevestigt wat wij zelf ook zagen: onze teams leveren met veel inzet warme zorg, maar op een aantal punten
schieten onze processen tekort. Hieronder reageren wij op de verbeterpunten. Het volledige plan van aanpak vindt u in
de bijlage.</p>
</td></tr></table>

<h2>Veilige medicatie</h2>
<p>De twee calamiteiten van dit voorjaar hebben ons diep geraakt. Medicatieveiligheid heeft daarom voor ons de
hoogste prioriteit. Het bewaren van medicatie is inmiddels op orde. Sinds 1 oktober staan op alle acht woongroepen
afsluitbare medicijnkasten en heeft iedere woongroep een eigen medicijnkoelkast met een digitale thermometer. De
temperatuur wordt elke ochtend door de eerste dienst genoteerd; de apotheek controleert de registratie maandelijks.</p>
<p>Wij begrijpen de wens van de inspectie dat zorgverleners op het moment van toedienen aftekenen. Onze tablets
zijn echter vast gemonteerd in de medicijnkamer en onze ervaring is dat zorgverleners die met een tablet langs de
kamers gaan, minder aandacht hebben voor de bewoner. Wij hebben daarom besloten de huidige werkwijze te handhaven:
er wordt afgetekend direct na afloop van de ronde. Om het risico op een dubbele toediening te verkleinen, voeren wij
een dubbele controle in bij de rondes waarin risicovolle medicatie wordt gegeven. Bij &lsquo;zo nodig&rsquo;-medicatie
is het veld &lsquo;reden&rsquo; in het systeem per 1 november verplicht.</p>

<h2>Bevoegd en bekwaam personeel, ook 's nachts</h2>
<p>Voor de dag- en avonddiensten is vanaf 1 januari 2025 in elke dienst een verzorgende IG of verpleegkundige
aanwezig die bevoegd en bekwaam is voor de voorbehouden handelingen. Voor de nachtdiensten lukt ons dat voorlopig
niet. Op de arbeidsmarkt in de regio Zwolle zijn vrijwel geen verpleegkundigen beschikbaar die structureel nachten
willen werken. Wij zetten daarom 's nachts in op een verpleegkundige bereikbaarheidsdienst die voor drie locaties
samen werkt en binnen twintig minuten ter plaatse is. Wij realiseren ons dat dit minder is dan de inspectie vraagt.</p>

<h2>Zorgleefplannen en vrijheidsbeperking</h2>
<p>Wij nemen het verbeterpunt over de zorgleefplannen volledig over. Iedere eerstverantwoordelijk verzorgende
plant voor haar bewoners twee multidisciplinaire overleggen per jaar, waarvoor de vertegenwoordiger steeds een
uitnodiging ontvangt. Alle zorgleefplannen die langer dan een jaar niet zijn besproken, zijn uiterlijk 1 februari 2025
ge&euml;valueerd. Over de manier waarop wij vrijheidsbeperkende maatregelen zoals sensoren vastleggen, gaan wij eerst
in gesprek met onze Wzd-functionaris en de specialist ouderengeneeskunde. Wij komen daarop terug in de
voortgangsrapportage die wij u in het voorjaar sturen.</p>

<h2>Leren van incidenten</h2>
<p>De raad van bestuur herkent het beeld dat meldingen wel worden geteld, maar te weinig worden geanalyseerd. Per
1 december stellen wij een kwaliteitsverpleegkundige aan die de meldingen van Het Baken en twee andere locaties
analyseert en met de teams bespreekt. Een termijn van vier weken is daarbij voor ons niet haalbaar: met de huidige
bezetting streven wij naar een analyse binnen acht weken na de melding. De uitkomsten en de genomen maatregelen komen
voortaan als vast agendapunt in het teamoverleg.</p>

<h2>Feitelijke onjuistheden</h2>
<p>Wij wijzen u op twee feitelijke onjuistheden in het conceptrapport. Het Baken telt 58 plaatsen en niet 64; zes
plaatsen zijn in 2023 omgezet in logeerkamers. Daarnaast staat in het rapport dat woongroep De Wilg geen
temperatuurregistratie had; die registratie was er wel, maar werd bewaard in de map van de teamleider. Wij verzoeken u
het rapport op deze punten aan te passen.</p>

<p>Wij vertrouwen erop u hiermee voldoende te hebben ge&iuml;nformeerd en zien een eventueel vervolgbezoek met
vertrouwen tegemoet.</p>
<p>Met vriendelijke groet,</p>
<p>&nbsp;</p>
<p>drs. M.J. (Marieke) van Dalen<br>voorzitter raad van bestuur Zorggroep De Linde</p>
"""

if __name__ == "__main__":
    html_to_pdf(page(ADVICE, header="IGJ | Rapport toezichtbezoek Het Baken, Zwolle | 2024-118734",
                     footer="Pagina "), "blind12_nl_igj_advice.pdf")
    html_to_pdf(page(RESPONSE, font="Liberation Serif", size="11pt", header="",
                     footer="Zorggroep De Linde | RvB/2024/311 | "), "blind12_nl_igj_response.pdf")
