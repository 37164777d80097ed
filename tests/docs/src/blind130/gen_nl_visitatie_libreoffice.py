"""Round 130 (nl): the VISITATIERAPPORT of an (invented) peer-review committee on a water board, its seven
recommendations numbered 1, 2a, 2b, 3, 4a, 4b, 5 in RULED BOXES at the end of chapters 2-6 (two boxes in chapters 3
and 5); answered by the dagelijks bestuur's VOORSTEL AAN HET ALGEMEEN BESTUUR with a TABLE 'Nr. | Aanbeveling | Reactie
dagelijks bestuur | Gereed' in another order, one row '4a en 4b', a row of the board's own, and no row for 5.

Advice (LibreOffice headless from HTML, 3 p., blue headings, stamped head from p. 2, 'pagina n van m'): the four
visitatievragen numbered 1-4 (trap), 'Sterke punten' bullets (findings), the Waterschapswet paraphrased with 'moet'
(trap), the 2019 committee's recommendation quoted (trap), a closing line naming 'de aanbevelingen 2a en 4b' (trap).
Response (LibreOffice, 2 p.): rows 2a agrees, 2b partly, 1 agrees, '4a en 4b' (4a disagrees, 4b noted), 3 partly, '-'
own action; 5 unanswered; 'Beslispunten' 1-3 and 'Financiën' answer nothing. All bodies, places, people, figures and
reference numbers invented; the Waterschapswet is named as context only.

Run: /tmp/blind130nl/bin/python tests/docs/src/blind130/gen_nl_visitatie_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b130nl as B  # noqa: E402

NAME = "blind130_nl_visitatie"
F = B.tmp_fonts()
SANS = "B130NL Sans"
BLUE = "#1f4e79"

CSS = f"""<style>
@page {{ size: 21cm 29.7cm; margin: 2cm 2.2cm 1.9cm 2.2cm; }}
body {{ font-family: '{SANS}'; font-size: 9.6pt; line-height: 140%; }}
p {{ margin-top: 0; margin-bottom: 0.2cm; }}
h1 {{ font-family: '{SANS}'; font-size: 16pt; color: {BLUE}; margin-bottom: 0.1cm; }}
h2 {{ font-family: '{SANS}'; font-size: 11.5pt; color: {BLUE}; margin-top: 0.35cm; margin-bottom: 0.1cm; }}
h3 {{ font-family: '{SANS}'; font-size: 9.8pt; color: {BLUE}; margin-top: 0.2cm; margin-bottom: 0.05cm; }}
td, th {{ font-family: '{SANS}'; font-size: 8.6pt; vertical-align: top; }}
th {{ background: #dde8f3; text-align: left; }}
li {{ margin-bottom: 0.08cm; }}
.small {{ font-size: 8.2pt; color: #555555; }}
p.q {{ font-style: italic; margin-left: 0.8cm; margin-right: 0.8cm; }}
</style>"""


def box(label, text):
    return (f'<table width="100%" border="1" cellpadding="6" cellspacing="0" bordercolor="{BLUE}">'
            f'<tr><td bgcolor="#eef4fa"><p style="margin-bottom:0.05cm"><b><font color="{BLUE}">{label}</font></b>'
            f'</p><p style="margin-bottom:0">{text}</p></td></tr></table><p style="margin-bottom:0.1cm"></p>')


ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Visitatierapport Waterschap Lingeveld
2025</title>{CSS}</head><body>
<p class="small">Visitatiecommissie Waterbeheer - ronde 2025</p>
<h1>Koers houden in hoog water</h1>
<p><b>Visitatierapport Waterschap Lingeveld 2025</b></p>
<p class="small">Aangeboden aan het algemeen bestuur van Waterschap Lingeveld op 24 november 2025 - kenmerk VCW/25/LV-06</p>
<hr>
<h2>1. Inleiding</h2>
<p>Waterschappen laten zich elke zes jaar door een onafhankelijke commissie van collega-bestuurders visiteren. De
visitatie is bedoeld om te leren, niet om af te rekenen. De commissie sprak in september en oktober 2025 met 46
bestuurders, medewerkers en externe partners, en las de belangrijkste plannen en jaarstukken. Het bestuur van
Waterschap Lingeveld legde de commissie de volgende vragen voor:</p>
<ol>
<li>Is het waterschap voldoende voorbereid op de versterking van 38 kilometer primaire kering?</li>
<li>Hoe ervaren partners en inwoners de samenwerking met het waterschap?</li>
<li>Is de financiële positie houdbaar bij de investeringen die de komende tien jaar nodig zijn?</li>
<li>Heeft de organisatie de mensen in huis om de opgaven uit te voeren?</li>
</ol>
<p>De commissie beantwoordt deze vragen in de hoofdstukken 2 tot en met 6. Elk hoofdstuk sluit af met de
aanbevelingen van de commissie.</p>

<h2>2. Bestuur</h2>
<p>Het algemeen bestuur is in 2023 voor een groot deel vernieuwd: 19 van de 27 leden zijn nieuw. De commissie trof een
betrokken bestuur aan, dat de tijd neemt voor debat. Tegelijk hoorde zij van veel leden dat zij voorstellen pas zien
wanneer er weinig meer te kiezen valt.</p>
<h3>Sterke punten</h3>
<ul><li>Open en respectvolle vergadercultuur.</li><li>Goede ondersteuning door de griffie.</li>
<li>Heldere rolverdeling tussen algemeen en dagelijks bestuur.</li></ul>
{box("Aanbeveling 1", "Maak in het algemeen bestuur vaker gebruik van informele themasessies voordat een voorstel "
     "ter besluitvorming voorligt.")}

<h2>3. Taakuitvoering: waterveiligheid</h2>
<p>Volgens de Waterschapswet moet het waterschap de primaire keringen in zijn gebied op de wettelijke norm brengen en
houden. Voor Waterschap Lingeveld betekent dat een versterkingsopgave van 38 kilometer, waarvan de Lingedijk-Zuid
(14 kilometer) de grootste is. De commissie constateert dat de technische voorbereiding op orde is, maar dat
bestuurders en omgeving moeilijk kunnen volgen hoe het project ervoor staat.</p>
<p>In het vorige visitatierapport, uit 2019, adviseerde de toenmalige commissie:</p>
<p class="q">'Investeer in projectbeheersing bij grote infrastructurele projecten.'</p>
<p>Dat is gebeurd: er is een projectbureau met eigen risicomanagers. De stap naar openheid over de voortgang is nog
niet gezet.</p>
{box("Aanbeveling 2a", "Stel voor de dijkversterking Lingedijk-Zuid een openbaar dashboard op waarin voortgang, "
     "kosten en risico's per kwartaal zichtbaar zijn.")}
<p>Aanwonenden vertelden de commissie dat zij pas bij het voorlopig ontwerp werden uitgenodigd, toen de keuze tussen
een binnen- en een buitenwaartse versterking al was gemaakt.</p>
{box("Aanbeveling 2b", "Betrek aanwonenden al in de verkenningsfase bij de keuze van het dijkprofiel, en niet pas "
     "bij het ontwerp.")}

<h2>4. Samenwerking met partners</h2>
<p>Gemeenten, provincie en natuurorganisaties zijn positief over de bereikbaarheid van het waterschap. Inwoners zijn
kritischer. Bij de wateroverlast van juli 2024 wisten veel inwoners niet of zij de gemeente of het waterschap moesten
bellen; meldingen werden heen en weer gestuurd.</p>
{box("Aanbeveling 3", "Richt met de drie gemeenten in het stroomgebied één gezamenlijk loket in voor meldingen over "
     "wateroverlast.")}

<h2>5. Financiën</h2>
<p>De lasten van het waterschap stijgen de komende jaren snel. De meerjarenraming gaat uit van een stijging van de
watersysteemheffing met gemiddeld 7 procent per jaar tot 2030. De ratio weerstandsvermogen daalde van 1,4 in 2021 naar
1,1 in 2025.</p>
<table width="100%" border="1" cellpadding="4" cellspacing="0">
<tr><th>Kengetal</th><th>2021</th><th>2023</th><th>2025</th></tr>
<tr><td>Netto schuld per inwoner (euro)</td><td>612</td><td>688</td><td>803</td></tr>
<tr><td>Ratio weerstandsvermogen</td><td>1,4</td><td>1,2</td><td>1,1</td></tr>
<tr><td>Investeringen (mln euro)</td><td>41</td><td>57</td><td>76</td></tr>
</table>
<p></p>
<p>De commissie vindt het begrijpelijk dat het bestuur de lastenstijging wil dempen, maar ziet risico's als de
buffers verder slinken terwijl de grote projecten lopen.</p>
{box("Aanbeveling 4a", "Houd de ratio weerstandsvermogen op ten minste 1,0 zolang de grote dijkversterkingen "
     "lopen.")}
<p>Drie bedrijven zijn samen goed voor bijna een vijfde van de vervuilingseenheden. De commissie hoorde wisselende
opvattingen over de vraag of zij naar verhouding genoeg bijdragen.</p>
{box("Aanbeveling 4b", "Onderzoek of een differentiatie van de zuiveringsheffing voor grote vervuilers juridisch en "
     "praktisch mogelijk is.")}

<h2>6. Organisatie en mensen</h2>
<p>Het waterschap heeft 412 medewerkers. Ruim een kwart van hen gaat binnen tien jaar met pensioen, bij de technische
functies zelfs een derde. Vacatures voor projectleiders en geotechnici staan gemiddeld vijf maanden open.</p>
{box("Aanbeveling 5", "Maak een strategische personeelsplanning voor de komende tien jaar, met bijzondere aandacht "
     "voor technische functies.")}

<h2>7. Tot slot</h2>
<p>De commissie dankt allen die aan de visitatie hebben meegewerkt. Zij vraagt het bestuur in het bijzonder aandacht
voor de aanbevelingen 2a en 4b, en ziet uit naar de reactie van het bestuur.</p>
<p>Namens de Visitatiecommissie Waterbeheer,<br>ir. J.W. Hoogeveen-Stam, voorzitter<br>M. Odijk, secretaris</p>
</body></html>"""


RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Voorstel reactie visitatierapport
</title>{CSS}</head><body>
<p class="small">Waterschap Lingeveld - voorstel aan het algemeen bestuur</p>
<h1>Bestuurlijke reactie op het visitatierapport 2025</h1>
<table border="0" cellpadding="2" cellspacing="0">
<tr><td class="small">Vergadering algemeen bestuur</td><td class="small">18 februari 2026, agendapunt 7</td></tr>
<tr><td class="small">Portefeuillehouder</td><td class="small">dijkgraaf mr. R.P. Wiersema</td></tr>
<tr><td class="small">Registratienummer</td><td class="small">WL/26.00381</td></tr></table>
<h2>Beslispunten</h2>
<ol>
<li>kennis te nemen van het visitatierapport Koers houden in hoog water;</li>
<li>in te stemmen met de reactie van het dagelijks bestuur in de tabel hieronder;</li>
<li>het dagelijks bestuur te vragen in de Bestuursrapportage 2026 over de voortgang te rapporteren.</li>
</ol>
<h2>Aanleiding</h2>
<p>Op 24 november 2025 bood de Visitatiecommissie Waterbeheer haar rapport aan. Het dagelijks bestuur is de commissie
erkentelijk voor het heldere beeld en herkent zich in de meeste bevindingen. Hieronder geven wij per aanbeveling
onze reactie. Wij hebben de aanbevelingen gegroepeerd naar de mate waarin zij de komende maanden aandacht vragen.</p>
<h2>Reactie per aanbeveling</h2>
<table width="100%" border="1" cellpadding="4" cellspacing="0">
<tr><th width="7%">Nr.</th><th width="27%">Aanbeveling (samengevat)</th><th width="50%">Reactie dagelijks bestuur</th>
<th width="16%">Gereed</th></tr>
<tr><td>2a</td><td>Openbaar dashboard dijkversterking</td><td>Overgenomen. Het dashboard wordt onderdeel van de
projectwebsite en toont per kwartaal de planning, de uitgaven en de vijf grootste risico's.</td><td>Q3 2026</td></tr>
<tr><td>2b</td><td>Aanwonenden eerder betrekken</td><td>Deels overgenomen. In de verkenning organiseren wij voortaan
twee inloopavonden en een klankbordgroep. Over het dijkprofiel beslist het bestuur op grond van de veiligheidsopgave
en de kosten; meedenken over de inpassing blijft beginnen bij het ontwerp.</td><td>vanaf 2026</td></tr>
<tr><td>1</td><td>Informele themasessies</td><td>Overgenomen. Voor elk voorstel met een investering boven 5 miljoen
euro houdt het algemeen bestuur vooraf een themabijeenkomst zonder besluitvorming.</td><td>september 2026</td></tr>
<tr><td>4a en 4b</td><td>Weerstandsvermogen en zuiveringsheffing</td><td>Een ratio van 1,0 zou in 2027 een extra
lastenstijging van 4 procent vragen; dat vinden wij niet verantwoord. De ondergrens in de nota risicomanagement
wordt 0,8. Differentiatie van de zuiveringsheffing nemen wij mee in de verkenning naar de herziening van het
belastingstelsel; de uitkomst daarvan verwachten wij in 2027.</td><td>begroting 2027</td></tr>
<tr><td>3</td><td>Gezamenlijk meldpunt wateroverlast</td><td>Gedeeltelijk. Met de gemeente Hemmerden starten wij
een proef met één telefoonnummer en één meldformulier. De gemeenten Aalst aan de Linge en Beusichem-West zien
daar nu geen meerwaarde in.</td><td>proef 2026</td></tr>
<tr><td>-</td><td>Eigen actie dagelijks bestuur</td><td>Het dagelijks bestuur laat de vergaderstukken voortaan
digitaal ondertekenen en publiceert ze een week eerder.</td><td>april 2026</td></tr>
</table>
<p></p>
<h2>Financiën</h2>
<p>De kosten van het dashboard en de proef met het meldpunt, samen 145.000 euro, worden gedekt binnen de begroting
2026. De overige acties vragen geen extra middelen.</p>
<h2>Vervolg</h2>
<p>De visitatiecommissie ontvangt dit voorstel en het besluit van het algemeen bestuur. Over zes jaar volgt de
volgende visitatieronde.</p>
<p>Het dagelijks bestuur van Waterschap Lingeveld,<br>mr. R.P. Wiersema, dijkgraaf<br>drs. E.M. Kolthof, secretaris-directeur</p>
</body></html>"""


def expected():
    recs = [
        (1, "Maak in het algemeen bestuur vaker gebruik van informele themasessies",
         "houdt het algemeen bestuur vooraf een themabijeenkomst zonder besluitvorming", "agrees"),
        (2, "Stel voor de dijkversterking Lingedijk-Zuid een openbaar dashboard op",
         "Het dashboard wordt onderdeel van de projectwebsite", "agrees"),
        (3, "Betrek aanwonenden al in de verkenningsfase bij de keuze van",
         "meedenken over de inpassing blijft beginnen bij het ontwerp", "partly"),
        (4, "Richt met de drie gemeenten in het stroomgebied één gezamenlijk",
         "starten wij een proef met één telefoonnummer", "partly"),
        (5, "Houd de ratio weerstandsvermogen op ten minste 1,0 zolang",
         "dat vinden wij niet verantwoord", "disagrees"),
        (6, "Onderzoek of een differentiatie van de zuiveringsheffing voor grote vervuilers",
         "nemen wij mee in de verkenning naar de herziening", "noted"),
        (7, "Maak een strategische personeelsplanning voor de komende tien jaar", None, "unanswered"),
    ]
    unmatched = ["kennis te nemen van het visitatierapport Koers houden",
                 "laat de vergaderstukken voortaan digitaal ondertekenen",
                 "samen 145.000 euro, worden gedekt binnen de begroting",
                 "Over zes jaar volgt de volgende visitatieronde"]
    notes = ("Advice: a water board's VISITATIERAPPORT by an invented peer-review committee (LibreOffice from HTML, "
             "3 p.); the seven recommendations are numbered 1, 2a, 2b, 3, 4a, 4b, 5 in RULED BOXES 'Aanbeveling N' at "
             "the end of chapters 2-6 (two boxes in chapters 3 and 5). Traps: the board's four questions numbered "
             "1-4, 'Sterke punten' bullets, the Waterschapswet paraphrased with 'moet', the 2019 committee's "
             "recommendation quoted ('Investeer in projectbeheersing ...'), a table of figures, a closing line naming "
             "'de aanbevelingen 2a en 4b'. Response: the dagelijks bestuur's VOORSTEL AAN HET ALGEMEEN BESTUUR with "
             "'Beslispunten' 1-3 (answer nothing) and a TABLE 'Nr. | Aanbeveling (samengevat) | Reactie | Gereed' "
             "in the order 2a (agrees: dashboard Q3 2026), 2b (partly: inloopavonden in the verkenning, but the "
             "profile stays the board's choice), 1 (agrees: themabijeenkomst), '4a en 4b' in ONE row (4a disagrees: "
             "floor 0,8 instead of 1,0; 4b noted: taken into a study, outcome 2027), 3 (partly: a pilot with one of "
             "the three municipalities), '-' (the board's own action, answers nothing). Recommendation 5 (strategic "
             "workforce planning) has no row: unanswered. 'Financiën' (figures) and 'Vervolg' answer nothing. "
             "Numbers in expected.json are the order 1-7 (2a = 2, 2b = 3, 3 = 4, 4a = 5, 4b = 6, 5 = 7).")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.soffice_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Visitatiecommissie Waterbeheer - visitatierapport Waterschap Lingeveld 2025",
            "pagina {n} van {m}", F["Regular"])
    B.soffice_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Waterschap Lingeveld - voorstel AB 18 februari 2026 - WL/26.00381", "{n}/{m}",
            F["Regular"])
    expected()
