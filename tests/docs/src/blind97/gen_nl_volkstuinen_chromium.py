"""Round 97 (nl): the ADVIES of a municipal ADVIESRAAD GROEN EN STADSLANDBOUW on the draft Nota Volkstuinen,
answered by the college's LETTER to the adviesraad with subject headings and no numbers.

Advice (Chromium, sans, green letterhead, TWO COLUMNS, @page running head and 'blz. n van m'): Verordening
volkstuinen art. 8 'moet', the Omgevingswet, a wachtlijst table, numbered observations 1-4, the 2019 advice quoted
with 'moet'; the recommendations are UNNUMBERED BULLETS (bold lead sentence) under 'Onze adviezen' in a shaded box.
Response: letter, paraphrase only, order 4, 2+6, 1, 7, 3; 5 unanswered. All invented.

Run: /tmp/blind97nl/bin/python tests/docs/src/blind97/gen_nl_volkstuinen_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b97nl as B  # noqa: E402

NAME = "blind97_nl_volkstuinen"
B.tmp_fonts()
FAM = "B97NL Sans"


def page(title, head, body, cols):
    return f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{title}</title><style>
@page {{ size: A4; margin: 22mm 18mm 20mm 18mm;
  @top-left {{ content: "{head}"; font: 7.5pt '{FAM}'; color: #555; }}
  @bottom-right {{ content: "blz. " counter(page) " van " counter(pages); font: 7.5pt '{FAM}'; color: #555; }} }}
body {{ font-family: '{FAM}'; font-size: 9.4pt; line-height: 1.38; color: #111; }}
.lh {{ border-bottom: 3px solid #3d7a36; padding-bottom: 4px; margin-bottom: 10px; }}
.lh b {{ color: #3d7a36; font-size: 13pt; }}
.cols {{ column-count: {cols}; column-gap: 8mm; }}
h1 {{ font-size: 14pt; color: #3d7a36; margin: 4px 0 8px; }}
h2 {{ font-size: 10.5pt; color: #3d7a36; margin: 10px 0 4px; break-after: avoid; }}
p {{ margin: 0 0 6px; }}
.box {{ background: #eef5ec; border-left: 4px solid #3d7a36; padding: 6px 8px; margin: 8px 0; }}
.box ul {{ margin: 0; padding-left: 14px; }} .box li {{ margin-bottom: 5px; }}
table {{ border-collapse: collapse; width: 100%; font-size: 8.4pt; margin: 4px 0 8px; }}
td, th {{ border: 0.6pt solid #999; padding: 2px 4px; text-align: left; }} th {{ background: #dbe9d8; }}
.meta td {{ border: none; padding: 0 6px 0 0; font-size: 8.4pt; }}
</style></head><body>{body}</body></html>"""


ADVICE = """
<div class="lh"><b>Adviesraad Groen en Stadslandbouw Velderwijk</b><br>
<span style="font-size:8pt">Secretariaat: Stadhuisplein 1, 3891 AK Velderwijk - adviesraadgroen@velderwijk.nl</span></div>
<table class="meta"><tr><td>Aan:</td><td>het college van burgemeester en wethouders van Velderwijk</td></tr>
<tr><td>Datum:</td><td>12 februari 2026</td></tr><tr><td>Kenmerk:</td><td>AGS-2026-03</td></tr>
<tr><td>Betreft:</td><td>advies over de ontwerp-Nota Volkstuinen Velderwijk 2026-2030</td></tr></table>
<h1>Ruimte om te tuinieren</h1>
<div class="cols">
<h2>Aanleiding</h2>
<p>Op 8 december 2025 vroeg het college de adviesraad om advies over de ontwerp-Nota Volkstuinen 2026-2030. De
nota beschrijft hoe de gemeente de elf volkstuincomplexen wil beheren nu twee complexen moeten wijken voor
woningbouw. Wij spraken met de besturen van zes tuinverenigingen, bezochten de complexen Molenkamp en Zuiderveld
en hielden op 20 januari een inloopavond waar 74 tuinders aanwezig waren.</p>
<h2>Kader</h2>
<p>Artikel 8 van de Verordening volkstuinen Velderwijk 2014 bepaalt dat de gemeente bij opheffing van een
complex vervangende grond moet aanbieden 'van vergelijkbare kwaliteit en op redelijke afstand'. Sinds de
inwerkingtreding van de Omgevingswet moeten de complexen bovendien een plek krijgen in het omgevingsplan; nu
hebben zij alleen de bestemming 'groen'.</p>
<h2>Wat wij zagen</h2>
<p><b>1.</b> De wachtlijsten zijn lang en verschillen sterk per vereniging. Wie in de binnenstad woont, wacht
gemiddeld ruim drie jaar.</p>
<table><tr><th>Complex</th><th>Tuinen</th><th>Wachtenden</th></tr>
<tr><td>Molenkamp</td><td>112</td><td>96</td></tr><tr><td>Zuiderveld</td><td>140</td><td>58</td></tr>
<tr><td>De Hoge Weide</td><td>86</td><td>41</td></tr><tr><td>overige acht</td><td>302</td><td>77</td></tr>
<tr><td><b>Totaal</b></td><td><b>640</b></td><td><b>272</b></td></tr></table>
<p><b>2.</b> De nota noemt de volkstuinen 'een belangrijke voorziening', maar bevat geen garantie dat het
aantal tuinen gelijk blijft.</p>
<p><b>3.</b> Veel verenigingen kampen met achterstallig onderhoud aan paden, hekwerk en waterleidingen; hun
reserves zijn klein.</p>
<p><b>4.</b> In ons advies van 2019 schreven wij al dat 'de gemeente moet zorgen voor een vaste plek voor
volkstuinen in de ruimtelijke plannen'. Dat advies is nog niet uitgevoerd.</p>
<h2>Onze adviezen</h2>
<div class="box"><ul>
<li><b>Leg in de nota vast dat het totale aantal volkstuinen ten minste 640 blijft.</b> Vervangende tuinen
moeten klaar zijn voordat Molenkamp en Zuiderveld worden ontruimd.</li>
<li><b>Laat de gemeente één centrale wachtlijst voor alle complexen beheren.</b> Dan kan een tuinder zich op
meerdere complexen tegelijk inschrijven en wordt de volgorde eerlijk.</li>
<li><b>Verhoog de tuinhuur de komende vier jaar niet meer dan de inflatie.</b> De nota stelt een stijging van
25 procent voor; voor tuinders met een laag inkomen is dat te veel.</li>
<li><b>Reserveer op elk complex een deel van de tuinen voor scholen en zorginstellingen.</b> Wij denken aan
vijf procent van de tuinen.</li>
<li><b>Neem in het tuinreglement een verbod op chemische bestrijdingsmiddelen op.</b> Een aantal verenigingen
doet dit al; een gemeentebreed verbod maakt het handhaven eenvoudiger.</li>
<li><b>Geef de tuinverenigingen een meerjarige subsidie voor groot onderhoud.</b> Het gaat om paden, hekwerk
en waterleidingen die eigendom zijn van de gemeente.</li>
<li><b>Wijs in het omgevingsplan twee nieuwe locaties voor volkstuinen aan in Velderhof en De Gaarde.</b> Daar
wonen veel mensen zonder eigen tuin.</li>
</ul></div>
<h2>Tot slot</h2>
<p>De adviesraad licht dit advies graag toe in de raadscommissie Leefomgeving. Wij ontvangen binnen acht weken
graag uw reactie, zoals het Reglement adviesraden in artikel 11 voorschrijft.</p>
<p>Namens de Adviesraad Groen en Stadslandbouw,<br>Marjolein Brouwer-Tak, voorzitter<br>Kees van Dijk,
secretaris</p>
</div>
"""

RESPONSE = """
<div class="lh"><b>Gemeente Velderwijk</b><br><span style="font-size:8pt">College van burgemeester en
wethouders - Postbus 40, 3890 AA Velderwijk</span></div>
<table class="meta"><tr><td>Aan:</td><td>Adviesraad Groen en Stadslandbouw Velderwijk, t.a.v. mevrouw M.
Brouwer-Tak</td></tr><tr><td>Datum:</td><td>7 april 2026</td></tr><tr><td>Ons kenmerk:</td><td>Z/26/118204</td></tr>
<tr><td>Onderwerp:</td><td>reactie op uw advies over de ontwerp-Nota Volkstuinen</td></tr></table>
<div class="cols" style="column-count:1">
<p>Geachte mevrouw Brouwer-Tak,</p>
<p>Hartelijk dank voor uw zorgvuldige advies van 12 februari. Wij waarderen het dat u de tijd nam om met de
besturen en met zoveel tuinders te spreken. Het advies heeft ons geholpen de nota op een aantal punten aan te
scherpen. Hieronder gaan wij per onderwerp op uw advies in.</p>
<h2>Scholen en zorginstellingen</h2>
<p>Wij nemen uw voorstel over. In de definitieve nota staat dat op elk complex ten minste vijf procent van de
tuinen beschikbaar is voor scholen, kinderopvang en zorginstellingen. De verenigingen krijgen daarvoor een
vergoeding per tuin.</p>
<h2>De wachtlijst en het onderhoud</h2>
<p>Vanaf 1 januari 2027 beheert de gemeente één wachtlijst voor alle complexen; tuinders kunnen zich dan voor
drie complexen tegelijk aanmelden. Wat de kosten van groot onderhoud betreft: wij begrijpen de zorgen van de
verenigingen. Of daar een meerjarige subsidie voor komt, bezien wij bij de voorjaarsnota 2027, wanneer er zicht
is op de ruimte in de begroting.</p>
<h2>Het aantal tuinen</h2>
<p>Wij delen uw wens om het aantal tuinen op peil te houden en nemen een ondergrens op in de nota. Een garantie
dat alle vervangende tuinen klaar zijn vóór de ontruiming van Molenkamp kunnen wij niet geven: de nieuwe grond
aan de Weteringweg komt pas in 2028 vrij. Wel krijgen de tuinders van Molenkamp voorrang op vrijkomende tuinen
elders.</p>
<h2>Nieuwe locaties</h2>
<p>In het omgevingsplan nemen wij een locatie voor volkstuinen in Velderhof op; daarvoor is grond bij het
Parkhuis beschikbaar. Voor De Gaarde zien wij op dit moment geen geschikte plek, maar wij houden de wijk in
beeld bij de herinrichting van het sportpark.</p>
<h2>De tuinhuur</h2>
<p>De huur is sinds 2012 niet meer aangepast en dekt nu minder dan de helft van de kosten. Wij handhaven
daarom de voorgestelde verhoging, verdeeld over twee jaar. Tuinders met een laag inkomen kunnen een beroep doen
op de regeling Meedoen Velderwijk.</p>
<h2>Evenementenbeleid</h2>
<p>Buiten het kader van uw advies melden wij nog dat het college de regels voor de jaarlijkse oogstmarkt op het
Stadhuisplein heeft versoepeld; verenigingen hebben daarvoor geen vergunning meer nodig.</p>
<h2>Vervolg</h2>
<p>De definitieve nota wordt in juni aan de gemeenteraad voorgelegd. Wij sturen u een afschrift en zien uit
naar een voortzetting van de goede samenwerking met de adviesraad.</p>
<p>Met vriendelijke groet,<br>burgemeester en wethouders van Velderwijk,<br>de secretaris, drs. H.J.
Vermeulen - de burgemeester, A.C. Rijnders</p>
</div>
"""

B.chromium_pdf(page("Advies AGS-2026-03", "Adviesraad Groen en Stadslandbouw Velderwijk - advies AGS-2026-03",
                    ADVICE, 2), NAME + "_advice.pdf")
B.chromium_pdf(page("Reactie Z/26/118204", "Gemeente Velderwijk - Z/26/118204", RESPONSE, 1),
               NAME + "_response.pdf")

B.write_expected(NAME, [
    (1, "Leg in de nota vast dat het totale aantal volkstuinen",
     "kunnen wij niet geven: de nieuwe grond aan de Weteringweg", "partly"),
    (2, "Laat de gemeente één centrale wachtlijst voor alle complexen beheren",
     "Vanaf 1 januari 2027 beheert de gemeente één wachtlijst", "agrees"),
    (3, "Verhoog de tuinhuur de komende vier jaar niet meer dan",
     "Wij handhaven daarom de voorgestelde verhoging", "disagrees"),
    (4, "Reserveer op elk complex een deel van de tuinen voor",
     "Wij nemen uw voorstel over", "agrees"),
    (5, "Neem in het tuinreglement een verbod op chemische bestrijdingsmiddelen op", None, "unanswered"),
    (6, "Geef de tuinverenigingen een meerjarige subsidie voor groot onderhoud",
     "bezien wij bij de voorjaarsnota 2027", "noted"),
    (7, "Wijs in het omgevingsplan twee nieuwe locaties voor volkstuinen",
     "Voor De Gaarde zien wij op dit moment geen geschikte plek", "partly"),
], [
    "Wij waarderen het dat u de tijd nam",
    "de regels voor de jaarlijkse oogstmarkt op het Stadhuisplein",
    "De definitieve nota wordt in juni aan de gemeenteraad voorgelegd",
], "Dutch advice of an invented municipal Adviesraad Groen en Stadslandbouw on a draft Nota Volkstuinen (Chromium, "
   "green letterhead, TWO COLUMNS, @page head and 'blz. n van m'). Traps: Verordening volkstuinen art. 8 'moet', the "
   "Omgevingswet 'moeten', a wachtlijst table, numbered observations 1-4 under 'Wat wij zagen', the 2019 advice "
   "quoted with 'moet', Reglement adviesraden art. 11, 'moeten' inside recommendation 1's explanation. "
   "Recommendations are UNNUMBERED BULLETS with a bold lead sentence in a shaded box 'Onze adviezen'. Response: the "
   "college's letter with subject headings, NO numbers, paraphrase only; order 4, 2+6, 1, 7, 3. 'De wachtlijst en "
   "het onderhoud' = 2 agrees (one list from 2027) + 6 noted (voorjaarsnota 2027); 4 agrees; 1 partly (ondergrens "
   "yes, replacement before clearance no); 7 partly (Velderhof yes, De Gaarde no); 3 disagrees (increase kept); 5 "
   "(ban on pesticides) unanswered. The opening, 'Evenementenbeleid' and 'Vervolg' answer nothing.")
