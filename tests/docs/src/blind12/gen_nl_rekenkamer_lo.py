"""Blind round 12, pair ``blind12_nl_rekenkamer``: a Randstedelijke Rekenkamer report and the 'bestuurlijke reactie
en nawoord' (GS's reaction interleaved with the rekenkamer's afterword).

Engine: LibreOffice Writer (HTML -> PDF via ``soffice --headless``), font DejaVu Sans Condensed / Liberation Sans.
Run from the repository root with any Python 3 (LibreOffice must be installed):
    python3 tests/docs/src/blind12/gen_nl_rekenkamer_lo.py
Writes tests/docs/blind12_nl_rekenkamer_advice.pdf and tests/docs/blind12_nl_rekenkamer_response.pdf.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _lo import html_to_pdf, page  # noqa: E402

CSS = """
h1 { color: #00747A; } h2 { color: #00747A; }
.rec { margin-left: 0.9cm; text-indent: -0.6cm; }
.lbl { font-weight: bold; color: #00747A; margin-top: 0.25cm; }
.nw { background: #E5F1F1; }
"""

ADVICE = """
<p style="font-size:9pt;color:#00747A"><b>RANDSTEDELIJKE REKENKAMER</b></p>
<h1>Groen geld, grijs zicht</h1>
<p style="font-size:13pt;color:#444444">Onderzoek naar de subsidies voor natuurherstel van de provincie Utrecht</p>
<p style="font-size:9pt;color:#666666">Bestuurlijk rapport &middot; april 2025</p>

<h2>1 Conclusies en aanbevelingen</h2>
<h3>Hoofdconclusie</h3>
<p><b>De provincie Utrecht heeft tussen 2020 en 2024 ruim 46 miljoen euro aan subsidies voor natuurherstel verstrekt,
maar kan niet laten zien wat die subsidies hebben opgeleverd voor de natuur. Gedeputeerde Staten (GS) hebben vooraf
niet vastgelegd welke ecologische resultaten zij verwachten, en controleren achteraf vooral of de subsidie
administratief juist is besteed.</b></p>

<h3>Aanbevelingen</h3>
<p>Op basis van de conclusies doet de rekenkamer de volgende aanbevelingen.</p>
<p><i>Aan Gedeputeerde Staten:</i></p>
<p class="rec">1.&nbsp;&nbsp;Leg voor iedere subsidieregeling voor natuurherstel vooraf vast welke ecologische doelen
met de regeling moeten worden bereikt en aan de hand van welke indicatoren u dat meet.</p>
<p class="rec">2.&nbsp;&nbsp;Controleer bij de vaststelling van subsidies steekproefsgewijs ter plaatse of de
gesubsidieerde maatregelen daadwerkelijk en volgens plan zijn uitgevoerd.</p>
<p class="rec">3.&nbsp;&nbsp;Zorg ervoor dat subsidieontvangers binnen drie maanden na afloop van het project een
inhoudelijk eindverslag indienen waarin zij de bereikte resultaten beschrijven.</p>
<p><i>Aan Provinciale Staten:</i></p>
<p class="rec">4.&nbsp;&nbsp;Vraag GS om in de jaarstukken jaarlijks te rapporteren over de bijdrage van de
subsidies aan de doelen van de Natuurvisie, en niet alleen over de uitgaven.</p>
<p class="rec">5.&nbsp;&nbsp;Bepaal bij de eerstvolgende herziening van de Natuurvisie welk deel van het
natuurbudget via subsidies aan derden mag worden besteed en welk deel de provincie zelf uitvoert.</p>

<h3>Toelichting op de conclusies</h3>
<p>De hoofdconclusie is gebaseerd op vier deelconclusies:</p>
<ol>
<li><b>De doelen van de regelingen zijn algemeen geformuleerd.</b> Geen van de vijf onderzochte regelingen bevat
meetbare ecologische doelen. De regelingen spreken van &lsquo;bijdragen aan de biodiversiteit&rsquo; of
&lsquo;versterken van het landschap&rsquo;.</li>
<li><b>De controle richt zich op de administratie.</b> Bij de vaststelling van subsidies boven 125.000 euro toetst
de provincie de verantwoording op papier. In de onderzochte periode heeft de provincie bij 4 van de 212 projecten
een bezoek ter plaatse gebracht.</li>
<li><b>Eindverslagen ontbreken of zijn laat.</b> Van de 96 afgeronde projecten in onze steekproef was bij 31 geen
inhoudelijk eindverslag aanwezig; bij de overige kwam het verslag gemiddeld zeven maanden na afloop binnen.</li>
<li><b>Provinciale Staten krijgen weinig informatie over resultaten.</b> De jaarstukken vermelden het aantal
verleende subsidies en het bestede bedrag, maar niet wat er in het veld is bereikt.</li>
</ol>

<h2>2 Over dit onderzoek</h2>
<h3>Aanleiding</h3>
<p>De provincie Utrecht heeft in haar Natuurvisie 2030 de ambitie vastgelegd om de achteruitgang van de
biodiversiteit in 2030 te hebben gestopt. Een groot deel van het natuurbudget besteedt de provincie via subsidies aan
terreinbeherende organisaties, agrarische collectieven, gemeenten en particulieren. Tijdens de behandeling van de
jaarstukken 2023 vroegen verschillende fracties in Provinciale Staten (PS) hoe zij kunnen beoordelen of die subsidies
effect hebben. De rekenkamer heeft daarom besloten dit onderzoek uit te voeren.</p>
<h3>Onderzoeksvragen en aanpak</h3>
<p>De centrale vraag van het onderzoek luidt: <i>In hoeverre zorgen GS ervoor dat de subsidies voor natuurherstel
bijdragen aan de doelen van de Natuurvisie, en hoe worden PS daarover ge&iuml;nformeerd?</i> De rekenkamer heeft
vijf subsidieregelingen onderzocht die samen 87 procent van het subsidiebudget voor natuurherstel beslaan. Zij
bestudeerde de regelingen, de beleidsdocumenten en de dossiers van 96 afgeronde projecten, sprak met twaalf
ambtenaren en met acht subsidieontvangers, en bezocht zes projectlocaties.</p>
<h3>Leeswijzer</h3>
<p>Dit bestuurlijk rapport bevat de conclusies en aanbevelingen. De bevindingen waarop zij zijn gebaseerd staan in
de afzonderlijke Nota van bevindingen. De bestuurlijke reactie van GS en het nawoord van de rekenkamer zijn
opgenomen in een afzonderlijke bijlage bij dit rapport.</p>

<h2>3 Belangrijkste bevindingen</h2>
<h3>Regelingen en doelen</h3>
<p>De vijf onderzochte regelingen zijn tussen 2016 en 2021 vastgesteld. In de toelichting op de regelingen staat
dat zij bijdragen aan de doelen van de Natuurvisie, maar niet welke doelen, in welke mate en op welke termijn. Het
ambtelijk apparaat gaf aan dat de regelingen bewust ruim zijn geformuleerd, zodat aanvragers zelf met idee&euml;n
kunnen komen. De rekenkamer erkent het belang van ruimte voor initiatief, maar stelt vast dat de provincie daardoor
niet kan beoordelen of een aanvraag meer of minder bijdraagt dan een andere.</p>
<h3>Vaststelling en controle</h3>
<p>Bij vijf van de zes projectlocaties die de rekenkamer bezocht, waren de maatregelen uitgevoerd zoals beschreven.
Op &eacute;&eacute;n locatie was een poel aangelegd op een andere plek dan in de aanvraag stond, waardoor het beoogde
leefgebied voor de kamsalamander niet tot stand kwam. Uit de dossiers blijkt dat de provincie dit niet heeft
opgemerkt. Ambtenaren gaven aan dat er geen capaciteit is voor controles ter plaatse.</p>
<h3>Verantwoording aan Provinciale Staten</h3>
<p>De jaarstukken 2020&ndash;2023 bevatten per jaar &eacute;&eacute;n tabel met het aantal verleende subsidies en de
bestede bedragen per regeling. Over de resultaten van de projecten wordt niet gerapporteerd. PS hebben de afgelopen
vijf jaar niet om aanvullende informatie gevraagd, op de vragen bij de jaarstukken 2023 na. De Natuurvisie zegt
niets over de verhouding tussen subsidies en de eigen uitvoering door de provincie, bijvoorbeeld bij de aankoop en
inrichting van gronden.</p>
"""

RESPONSE = """
<p style="font-size:9pt;color:#00747A"><b>RANDSTEDELIJKE REKENKAMER</b></p>
<h1>Groen geld, grijs zicht</h1>
<p style="font-size:12pt;color:#444444">Bijlage: bestuurlijke reactie van Gedeputeerde Staten en nawoord van de rekenkamer</p>
<p>De rekenkamer heeft het ontwerprapport op 3 maart 2025 aan Gedeputeerde Staten (GS) van de provincie Utrecht
voorgelegd voor bestuurlijke reactie. GS hebben bij brief van 24 maart 2025 gereageerd. Hieronder is de reactie
van GS per onderdeel integraal weergegeven, telkens gevolgd door het nawoord van de rekenkamer.</p>

<h2>Algemeen</h2>
<p class="lbl">Reactie van Gedeputeerde Staten</p>
<p>Wij danken de rekenkamer voor het zorgvuldige onderzoek. Wij herkennen ons echter niet in de hoofdconclusie dat
de provincie niet kan laten zien wat de subsidies hebben opgeleverd. Via het Netwerk Ecologische Monitoring volgen
wij de ontwikkeling van de natuur in de hele provincie, en de resultaten daarvan worden elke twee jaar in de
Natuurbalans gepubliceerd.</p>
<table width="100%" cellpadding="7" class="nw"><tr><td style="background:#E5F1F1">
<p class="lbl">Nawoord van de rekenkamer</p>
<p>De Natuurbalans geeft een beeld van de natuur in de provincie als geheel. Zij laat niet zien welke bijdrage de
subsidies daaraan hebben geleverd. De rekenkamer handhaaft daarom haar hoofdconclusie.</p>
</td></tr></table>

<h2>Aanbeveling 1</h2>
<p class="lbl">Reactie van Gedeputeerde Staten</p>
<p>Wij nemen deze aanbeveling over. De subsidieregelingen voor natuurherstel worden in 2025 herzien. In iedere
nieuwe regeling nemen wij vanaf de openstelling in 2026 op welke soorten en leefgebieden de regeling beoogt te
versterken en met welke indicatoren uit het Netwerk Ecologische Monitoring wij dat volgen.</p>
<table width="100%" cellpadding="7"><tr><td style="background:#E5F1F1">
<p class="lbl">Nawoord van de rekenkamer</p>
<p>De rekenkamer is verheugd dat GS deze aanbeveling overnemen, en zal bij een volgend onderzoek nagaan of de nieuwe
regelingen meetbare doelen bevatten.</p>
</td></tr></table>

<h2>Aanbevelingen 2 en 3</h2>
<p class="lbl">Reactie van Gedeputeerde Staten</p>
<p>Wij delen de opvatting van de rekenkamer dat de provincie moet weten of gesubsidieerde maatregelen zijn
uitgevoerd. Controles ter plaatse vragen echter veel capaciteit, die wij liever inzetten voor het begeleiden van
nieuwe projecten. Wij kiezen daarom voor een controle op afstand met luchtfoto&rsquo;s en geodata, die wij vanaf 2026
bij alle projecten boven 125.000 euro uitvoeren. Alleen als de beelden daartoe aanleiding geven, bezoeken wij de
locatie.</p>
<p>Ook wij vinden het van belang dat eindverslagen tijdig binnenkomen. Een termijn van drie maanden is voor veel
projecten echter te kort, omdat de monitoring van de natuurresultaten pas in het volgende groeiseizoen kan
plaatsvinden. Wij nemen in de nieuwe regelingen daarom een termijn van zes maanden op, en koppelen de laatste
betaling aan de ontvangst van het eindverslag.</p>
<table width="100%" cellpadding="7"><tr><td style="background:#E5F1F1">
<p class="lbl">Nawoord van de rekenkamer</p>
<p>De rekenkamer betreurt dat GS geen steekproefsgewijze controles ter plaatse willen uitvoeren. Het voorbeeld van de
verkeerd aangelegde poel laat zien dat luchtfoto&rsquo;s niet alles zichtbaar maken. De rekenkamer handhaaft
aanbeveling 2. De keuze voor een termijn van zes maanden kan de rekenkamer volgen.</p>
</td></tr></table>

<h2>Aanbeveling 5</h2>
<p class="lbl">Reactie van Gedeputeerde Staten</p>
<p>Deze aanbeveling is aan uw Staten gericht. Wij onderschrijven haar en zullen in het ontwerp van de herziene
Natuurvisie, dat wij u in het najaar van 2026 voorleggen, een voorstel opnemen voor de verdeling van het natuurbudget
tussen subsidies en eigen uitvoering.</p>
<table width="100%" cellpadding="7"><tr><td style="background:#E5F1F1">
<p class="lbl">Nawoord van de rekenkamer</p>
<p>De rekenkamer neemt kennis van de reactie van GS en wijst erop dat het aan PS is om over de verdeling te
besluiten.</p>
</td></tr></table>

<h2>Slotopmerking van de rekenkamer</h2>
<p>GS gaan in hun reactie niet in op aanbeveling 4, die aan Provinciale Staten is gericht. De rekenkamer geeft PS in
overweging deze aanbeveling te betrekken bij de behandeling van de jaarstukken 2024 in juni.</p>
<p>De rekenkamer dankt de medewerkers van de provincie en de subsidieontvangers voor hun medewerking aan het
onderzoek.</p>
"""

if __name__ == "__main__":
    html_to_pdf(page(ADVICE, font="DejaVu Sans Condensed", size="10pt",
                     header="Randstedelijke Rekenkamer | Groen geld, grijs zicht", footer="",
                     extra_css=CSS), "blind12_nl_rekenkamer_advice.pdf")
    html_to_pdf(page(RESPONSE, font="DejaVu Sans Condensed", size="10pt",
                     header="Randstedelijke Rekenkamer | Groen geld, grijs zicht | Bijlage", footer="",
                     extra_css=CSS), "blind12_nl_rekenkamer_response.pdf")
