"""Round 129 (nl): the TOETSINGSADVIES of an (invented) independent commission for environmental assessment on the
MILIEUEFFECTRAPPORT for a business park's omgevingsplan, its seven recommendations UNNUMBERED 'De Commissie adviseert
...' / 'Zij adviseert daarnaast ...' / 'Daarnaast adviseert de Commissie ...' sentences at the END OF PARAGRAPHS of
findings under the numbered sub-sections 2.1-2.4 and 3, two in one paragraph; answered by the college's REACTIE OP
HET TOETSINGSADVIES, a RULED TABLE without numbers 'Onderwerp | Advies Commissie (samengevat) | Reactie college' in
another order, one row for two.

Advice (LibreOffice headless from HTML, 2-3 p., dark-red headings, stamped head from p. 2, 'pagina n/m'): the
Omgevingswet paraphrased with 'moet' (trap), the 'oordeel' that essential information is missing (a finding),
'De Commissie constateert ...' findings, the earlier advice on scope quoted as an imperative (trap), a figures
table, a closing line naming 'de adviezen over stikstof en water' (trap). Response (LibreOffice, 2 p.): introduction,
table rows Stikstof (rec 2 agrees), Alternatieven (1 disagrees), Verkeer en geluid (4 agrees + 5 noted), Natuur (3
partly), Water (6 agrees), Overige opmerkingen (nothing); 'Vervolg' nothing; 7 unanswered. All bodies, places,
people, figures and reference numbers invented; the Omgevingswet is named as context only.

Run: /tmp/blind129nl/bin/python tests/docs/src/blind129/gen_nl_toetsingsadvies_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b129nl as B  # noqa: E402

NAME = "blind129_nl_toetsingsadvies"
F = B.tmp_fonts()
SANS = "B129NL Sans"
RED = "#7a1f1f"

CSS = f"""<style>
@page {{ size: 21cm 29.7cm; margin: 2cm 2.2cm 1.9cm 2.2cm; }}
body {{ font-family: '{SANS}'; font-size: 9.6pt; line-height: 140%; }}
p {{ margin-top: 0; margin-bottom: 0.2cm; }}
h1 {{ font-family: '{SANS}'; font-size: 15pt; color: {RED}; margin-bottom: 0.1cm; }}
h2 {{ font-family: '{SANS}'; font-size: 11pt; color: {RED}; margin-top: 0.3cm; margin-bottom: 0.08cm; }}
h3 {{ font-family: '{SANS}'; font-size: 10pt; color: {RED}; margin-top: 0.2cm; margin-bottom: 0.06cm; }}
td, th {{ font-family: '{SANS}'; font-size: 8.6pt; vertical-align: top; }}
th {{ background: #f2e4e4; text-align: left; }}
.small {{ font-size: 8.2pt; color: #555555; }}
p.q {{ font-style: italic; margin-left: 0.8cm; margin-right: 0.8cm; }}
</style>"""

ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Toetsingsadvies MER bedrijventerrein
De Vlasakkers-Oost</title>{CSS}</head><body>
<p class="small">Onafhankelijke Commissie Milieubeoordeling Zuid - toetsingsadvies</p>
<h1>Bedrijventerrein De Vlasakkers-Oost, gemeente Ruwendonk</h1>
<p class="small">Toetsingsadvies over het milieueffectrapport bij het ontwerp-omgevingsplan - projectnummer OCMZ-3317 -
19 februari 2026 - aan het college van burgemeester en wethouders van Ruwendonk</p>
<hr>

<h2>1. Oordeel over het milieueffectrapport</h2>
<p>De gemeente Ruwendonk wil ten oosten van het bestaande bedrijventerrein De Vlasakkers ruimte maken voor ongeveer 32
hectare nieuwe bedrijvigheid, vooral logistiek en productie. Daarvoor wordt het omgevingsplan gewijzigd. Op grond
van de Omgevingswet moet bij een plan dat het kader vormt voor zulke activiteiten een milieueffectrapport (MER)
worden opgesteld, en moet het bevoegd gezag de Commissie om advies vragen.</p>
<p>De Commissie is van oordeel dat in het MER essentiële informatie ontbreekt om het milieubelang volwaardig mee te
wegen bij het besluit over het omgevingsplan. Zij licht dat hieronder per onderwerp toe.</p>
<p>In haar advies over reikwijdte en detailniveau van 2024 schreef de Commissie:</p>
<p class="q">'Beschrijf naast het voorkeursalternatief ten minste één alternatief dat de milieugevolgen zo klein
mogelijk houdt.'</p>
<p>Het MER bevat wel twee varianten van de verkaveling, maar beide gaan uit van dezelfde omvang.</p>

<h2>2. Toelichting op het oordeel</h2>
<h3>2.1 Alternatieven</h3>
<p>Het MER onderbouwt de behoefte aan 32 hectare met een regionale prognose uit 2021. Sindsdien zijn in de regio twee
andere terreinen in ontwikkeling genomen, samen goed voor 41 hectare. De Commissie constateert dat de behoefte
daardoor mogelijk kleiner is dan het MER aanneemt. De Commissie adviseert om in een aanvulling op het MER een
alternatief met een kleiner ruimtebeslag van ongeveer 20 hectare te onderzoeken.</p>

<h3>2.2 Stikstof en natuur</h3>
<p>Het plangebied ligt op 2,8 kilometer van het Natura 2000-gebied Ruwendonkse Heide, waar de stikstofdepositie nu al
boven de kritische depositiewaarde ligt. De berekening in het MER is gemaakt met een verouderde versie van het
rekenmodel en laat de bouwfase buiten beschouwing.</p>
<table border="1" cellpadding="4" cellspacing="0" width="70%">
<tr><th>Situatie</th><th>Depositie (mol N/ha/jaar)</th></tr>
<tr><td>Huidige situatie</td><td>1.640</td></tr>
<tr><td>Kritische depositiewaarde</td><td>1.071</td></tr>
<tr><td>Bijdrage plan volgens MER</td><td>0,04</td></tr>
</table>
<p class="small">Bron: MER De Vlasakkers-Oost, tabel 5.2, en de achtergrondwaarden van het rijk.</p>
<p>De Commissie adviseert de stikstofdepositie opnieuw te berekenen met de actuele versie van het rekenmodel en
daarbij ook de bouwfase mee te nemen. Langs de Vlasbeek leven de kamsalamander en de das, die het beekdal gebruiken
om tussen de Heide en de bossen van Kerkdorp te trekken. Zij adviseert daarnaast om in het omgevingsplan een
ecologische verbindingszone van ten minste 50 meter breed langs de Vlasbeek vast te leggen.</p>

<h3>2.3 Verkeer en geluid</h3>
<p>Het MER gaat uit van 2.900 extra vrachtwagenbewegingen per werkdag. Het verkeersmodel rekent alleen met de
provinciale weg en de aansluiting op de A73; het sluipverkeer door de kern van Ruwendonk-Kerkdorp is niet
onderzocht, terwijl bewoners daar op de informatieavond juist op wezen. De Commissie adviseert een verkeersmodel te
gebruiken dat ook het vrachtverkeer door de kern van Ruwendonk-Kerkdorp in beeld brengt.</p>
<p>Langs de Industrieweg staan 46 woningen waar de geluidsbelasting volgens het MER met 3 tot 5 dB toeneemt.
Daarnaast adviseert de Commissie om een geluidscherm langs de Industrieweg als maatregel uit te werken en de
effecten daarvan in het MER te beschrijven.</p>

<h3>2.4 Water en klimaat</h3>
<p>Het terrein wordt voor een groot deel verhard. Het MER gaat ervan uit dat het hemelwater wordt afgevoerd naar de
Vlasbeek, die bij hevige buien nu al buiten haar oevers treedt. De Commissie adviseert om te onderzoeken of het
hemelwater volledig op het terrein zelf kan worden geborgen en geïnfiltreerd.</p>

<h2>3. Aanbeveling voor de verdere besluitvorming</h2>
<p>De effecten op de grondwaterstand in de omliggende landbouwpercelen zijn onzeker, omdat er weinig
meetgegevens zijn. Voor de besluitvorming adviseert de Commissie om een monitoringsprogramma voor de grondwaterstanden
op te stellen, met meetpunten die al vóór de aanleg worden geplaatst.</p>

<h2>4. Tot slot</h2>
<p>De Commissie adviseert eerst een aanvulling op het MER op te stellen en die aan haar voor te leggen, voordat een
besluit over het omgevingsplan wordt genomen. Zij hecht daarbij vooral aan de adviezen over stikstof en water.</p>
<p>De werkgroep: ir. P.L. van Aken (voorzitter), dr. S. Ouahbi, ing. J. Tromp; secretaris: drs. W.G. Kolkman</p>
</body></html>"""

ROWS = [
    ("Stikstof",
     "Stikstofdepositie opnieuw berekenen met het actuele rekenmodel, inclusief de bouwfase.",
     "Overgenomen. De berekening is in maart 2026 herhaald met de versie van januari 2026. Ook de bouwfase van "
     "drie jaar is doorgerekend; de hoogste bijdrage tijdens de bouw is 0,07 mol. De nieuwe berekening is als "
     "bijlage 4 bij de aanvulling gevoegd."),
    ("Alternatieven",
     "Een alternatief met een kleiner ruimtebeslag onderzoeken.",
     "Niet overgenomen. In het regionaal programma werklocaties van december 2025 hebben de zeven gemeenten "
     "afgesproken dat De Vlasakkers-Oost 32 hectare levert. Een kleiner alternatief is daarom geen reëel "
     "alternatief voor dit besluit. De aanvulling licht die afspraak toe."),
    ("Verkeer en geluid",
     "Sluipverkeer door Ruwendonk-Kerkdorp in beeld brengen; een geluidscherm langs de Industrieweg uitwerken.",
     "Het verkeersmodel is uitgebreid met het onderliggende wegennet, inclusief de Dorpsstraat en de Kerklaan "
     "in Kerkdorp; de resultaten staan in hoofdstuk 6 van de aanvulling. Of een geluidscherm nodig en inpasbaar "
     "is, bekijken wij bij de uitwerking van het inrichtingsplan; een besluit daarover nemen wij nu nog niet."),
    ("Natuur",
     "Een ecologische verbindingszone langs de Vlasbeek vastleggen.",
     "Gedeeltelijk overgenomen. Het omgevingsplan legt langs de Vlasbeek een groene zone van 30 meter vast, "
     "met poelen voor de kamsalamander. Een bredere zone kost te veel uitgeefbaar terrein."),
    ("Water",
     "Onderzoeken of het hemelwater op het terrein zelf kan worden geborgen.",
     "Overgenomen. Een wateronderzoek laat zien dat berging en infiltratie op het terrein mogelijk zijn met "
     "wadi's en een retentievijver van 1,4 hectare. Dit wordt in de regels van het omgevingsplan verplicht "
     "gesteld."),
    ("Overige opmerkingen",
     "Enkele kaarten en verwijzingen in het MER kloppen niet.",
     "De kaarten in hoofdstuk 3 zijn gecorrigeerd en de verwijzingen naar de bijlagen zijn aangepast."),
]


def rows_html():
    return "\n".join(f'<tr><td width="17%"><b>{o}</b></td><td width="30%">{s}</td>'
                     f'<td width="53%">{r}</td></tr>' for o, s, r in ROWS)


RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Reactie op het toetsingsadvies
De Vlasakkers-Oost</title>{CSS}</head><body>
<p class="small">Gemeente Ruwendonk - college van burgemeester en wethouders</p>
<h1>Reactie op het toetsingsadvies over het MER De Vlasakkers-Oost</h1>
<p class="small">Kenmerk Z/26/044812 - 14 april 2026 - bijlage 2 bij het raadsvoorstel vaststelling omgevingsplan,
wijziging De Vlasakkers-Oost</p>
<hr>

<h2>Inleiding</h2>
<p>Op 19 februari 2026 bracht de Onafhankelijke Commissie Milieubeoordeling Zuid haar toetsingsadvies uit over het
milieueffectrapport voor De Vlasakkers-Oost. Wij hebben het MER naar aanleiding daarvan aangevuld. In deze bijlage
geven wij per onderwerp aan wat wij met het advies hebben gedaan. De aanvulling is op 7 april 2026 opnieuw aan de
Commissie voorgelegd.</p>

<h2>Onze reactie per onderwerp</h2>
<table border="1" cellpadding="5" cellspacing="0" width="100%">

<tr><th width="17%">Onderwerp</th>
<th width="30%">Advies Commissie (samengevat)</th><th width="53%">Reactie college</th></tr>
{rows_html()}
</table>
<p class="small">Alle genoemde bijlagen en hoofdstukken verwijzen naar de aanvulling op het MER van 7 april 2026.</p>

<h2>Vervolg</h2>
<p>Het ontwerp-omgevingsplan ligt met het MER en de aanvulling zes weken ter inzage. Wij verwachten het plan in de
raadsvergadering van 9 juli 2026 ter vaststelling aan te bieden. De kosten van de aanvullende onderzoeken
bedroegen 68.400 euro en komen ten laste van de grondexploitatie.</p>
<p>Burgemeester en wethouders van Ruwendonk,<br>de secretaris, drs. M.E. Lindhout - de burgemeester, A.J. Kremers</p>
</body></html>"""


def expected():
    recs = [
        (1, "De Commissie adviseert om in een aanvulling op het MER",
         "Een kleiner alternatief is daarom geen reëel alternatief", "disagrees"),
        (2, "De Commissie adviseert de stikstofdepositie opnieuw te berekenen met de",
         "De berekening is in maart 2026 herhaald", "agrees"),
        (3, "Zij adviseert daarnaast om in het omgevingsplan een ecologische verbindingszone",
         "legt langs de Vlasbeek een groene zone van 30 meter vast", "partly"),
        (4, "De Commissie adviseert een verkeersmodel te gebruiken dat ook het",
         "Het verkeersmodel is uitgebreid met het onderliggende wegennet", "agrees"),
        (5, "Daarnaast adviseert de Commissie om een geluidscherm langs de Industrieweg",
         "een besluit daarover nemen wij nu nog niet", "noted"),
        (6, "De Commissie adviseert om te onderzoeken of het hemelwater volledig",
         "berging en infiltratie op het terrein mogelijk zijn", "agrees"),
        (7, "Voor de besluitvorming adviseert de Commissie om een monitoringsprogramma voor",
         None, "unanswered"),
    ]
    unmatched = ["Wij hebben het MER naar aanleiding daarvan aangevuld",
                 "De kaarten in hoofdstuk 3 zijn gecorrigeerd",
                 "De kosten van de aanvullende onderzoeken bedroegen 68.400 euro"]
    notes = ("Advice: the TOETSINGSADVIES of an invented independent commission for environmental assessment on the "
             "MER for a business park's omgevingsplan (LibreOffice from HTML, 2 p.); the seven recommendations are "
             "UNNUMBERED sentences at the END of findings paragraphs under sub-sections 2.1-2.4 and 3 ('De Commissie "
             "adviseert ...', 'Zij adviseert daarnaast ...', 'Daarnaast adviseert de Commissie ...', 'Voor de "
             "besluitvorming adviseert de Commissie ...'), recs 2 and 3 in one paragraph. Traps: the Omgevingswet "
             "paraphrased with 'moet', the overall 'oordeel' that essential information is missing, 'De Commissie "
             "constateert ...', the 2024 scoping advice quoted as an imperative ('Beschrijf naast het "
             "voorkeursalternatief ...'), a deposition figures table, the closing 'De Commissie adviseert eerst een "
             "aanvulling op het MER op te stellen' (procedural, not one of the seven) and 'de adviezen over stikstof "
             "en water'. Response: the college's REACTIE OP HET TOETSINGSADVIES, a RULED TABLE without numbers "
             "'Onderwerp | Advies Commissie (samengevat) | Reactie college' in the order Stikstof (2 agrees: "
             "recalculated incl. construction), Alternatieven (1 disagrees: 32 ha agreed regionally), Verkeer en "
             "geluid in ONE row (4 agrees: model extended; 5 noted: screen looked at later, no decision now), Natuur "
             "(3 partly: 30 m, not 50), Water (6 agrees: storage on site made compulsory), Overige opmerkingen "
             "(nothing). 'Inleiding' and 'Vervolg' (figures) answer nothing; 7 (groundwater monitoring) is never "
             "answered: unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.soffice_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "OCM Zuid - toetsingsadvies MER De Vlasakkers-Oost - OCMZ-3317", "pagina {n}/{m}",
            F["Regular"])
    B.soffice_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Ruwendonk - reactie op het toetsingsadvies - Z/26/044812", "{n}/{m}",
            F["Regular"])
    expected()
