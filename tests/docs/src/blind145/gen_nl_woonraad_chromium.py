"""Round 145 (nl): the (Flemish, invented) ADVIES of a city's STEDELIJKE WOONRAAD on the draft regulation that makes a
conformity certificate (conformiteitsattest) compulsory for older rented homes; its seven recommendations are
UNNUMBERED SENTENCES IN RUNNING TEXT under thematic sub-headings, each worded differently ('De woonraad vraagt het
college ...', 'Wij raden aan ...', 'De stad zou ... moeten ...', 'Verder vraagt de raad ...', 'De woonraad beveelt
aan ...', imperative 'Informeer ...', 'Tot slot vragen wij ...'), mixed with findings and explanation sentences;
answered by the college's letter, WITHOUT NUMBERS, BY THEME under its own headings in another order, with one
paragraph answering two recommendations with different verdicts.

Advice (Chromium, sans, brick-red headings, metadata table, stamped head, 'blz. n/m'): the Flemish housing code
paraphrased with 'moet' (trap), the draft's own article quoted with 'moet' (trap), the council's 2022 advice quoted
as an imperative ('Breng eerst de omvang ... in kaart ...', carried out, trap), findings as running sentences ('De
raad stelt vast ...', trap), 'De woonraad vraagt niet om de verplichting uit te breiden tot studentenkamers' (trap).
Response (Chromium, stamped), themes in the order 4, 6+7, 2, 1, 3: 4 agrees, 6 agrees + 7 partly in one paragraph, 2
partly, 1 disagrees, 3 noted; 5 unanswered; the introduction and the closing answer nothing. All bodies, places,
people, figures and reference numbers invented; the housing code named as context only.

Run: /tmp/blind145nl/bin/python tests/docs/src/blind145/gen_nl_woonraad_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b145nl as B  # noqa: E402

NAME = "blind145_nl_woonraad"
F = B.tmp_fonts()
SANS = "B145NL Sans"
INK = "#9a3412"

CSS = f"""<style>
@page {{ size: A4; margin: 2.0cm 2.2cm 1.9cm 2.2cm; }}
body {{ font-family: '{SANS}'; font-size: 9.5pt; line-height: 1.45; color: #111; }}
p {{ margin: 0 0 0.22cm 0; text-align: justify; }}
h1 {{ font-size: 15pt; color: {INK}; margin: 0.1cm 0 0.2cm 0; }}
h2 {{ font-size: 11pt; color: {INK}; margin: 0.36cm 0 0.12cm 0; break-after: avoid; border-bottom: 0.8pt solid
      #e7c3b3; padding-bottom: 0.05cm; }}
h3 {{ font-size: 9.8pt; color: #333; margin: 0.22cm 0 0.06cm 0; break-after: avoid; font-style: italic; }}
.small {{ font-size: 8.1pt; color: #555; text-align: left; }}
.quote {{ margin: 0.08cm 0.9cm 0.22cm 0.9cm; font-style: italic; color: #444; }}
table {{ border-collapse: collapse; width: 100%; margin: 0.1cm 0 0.3cm 0; font-size: 8.6pt; }}
td {{ border-bottom: 0.6pt solid #e0b9a8; padding: 0.08cm 0.15cm; vertical-align: top; text-align: left; }}
td.k {{ width: 26%; color: {INK}; font-weight: bold; }}
</style>"""

ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Advies conformiteitsattest</title>
{CSS}</head><body>
<p class="small">Stedelijke Woonraad Hallebeke - secretariaat: dienst Wonen, Kapellestraat 14, 9470 Hallebeke -
woonraad@hallebeke.example</p>
<h1>Advies over het ontwerpreglement verplicht conformiteitsattest voor huurwoningen</h1>
<table>
<tr><td class="k">Aan</td><td>het college van burgemeester en schepenen, t.a.v. Jonas Verstraeten, schepen van
Wonen</td></tr>
<tr><td class="k">Advies</td><td>WR/2027/02, goedgekeurd op de vergadering van 9 maart 2027 (14 leden aanwezig, 12
voor, 2 onthoudingen)</td></tr>
<tr><td class="k">Adviesvraag</td><td>e-mail van de dienst Wonen van 1 februari 2027</td></tr>
</table>
<h2>1. Situering</h2>
<p>Volgens de Vlaamse Codex Wonen moet elke huurwoning voldoen aan de elementaire veiligheids-, gezondheids- en
woonkwaliteitsvereisten, en kan een gemeente via een reglement bepalen dat een verhuurder daarvoor een
conformiteitsattest moet hebben. Het ontwerpreglement dat het college ons voorlegde, bepaalt in artikel 3:</p>
<p class="quote">'Vanaf 1 januari 2028 moet elke verhuurder van een woning die ouder is dan dertig jaar, beschikken
over een geldig conformiteitsattest.'</p>
<p>De woonraad schreef in zijn advies over het lokaal woonbeleidsplan van 2022: 'Breng eerst de omvang van het
probleem van slechte huurwoningen in kaart voordat u een verplichting invoert.' Dat is gebeurd: het
woonkwaliteitsonderzoek van 2025 heeft 1.180 huurwoningen in de stad bezocht.</p>
<h2>2. Vaststellingen</h2>
<p>De raad stelt vast dat het woonkwaliteitsonderzoek bij 27 procent van de bezochte huurwoningen ernstige gebreken
vond, vooral vocht, verouderde elektriciteit en een gebrekkige verwarming. In de wijken Stationskwartier en Oude
Vest ligt dat aandeel boven 40 procent, in de deelgemeenten onder 15 procent. De raad stelt ook vast dat de dienst
Wonen vandaag twee conformiteitsonderzoekers heeft, die samen ongeveer 350 onderzoeken per jaar kunnen doen, terwijl
de verplichting ruim 6.000 woningen zal treffen.</p>
<p>De raad steunt het ontwerp in zijn opzet. Een verplicht attest maakt de kwaliteit van een huurwoning zichtbaar
nog voordat er een huurder in trekt, en geeft de stad een middel om verhuurders aan te spreken. Wel ziet de raad
een aantal punten die beter kunnen.</p>
<h2>3. Advies</h2>
<h3>Invoering</h3>
<p>Met twee onderzoekers is het onmogelijk om in één jaar alle woningen te bezoeken. De woonraad vraagt het college
de verplichting gefaseerd in te voeren en te beginnen in het Stationskwartier en de Oude Vest, waar de nood het
grootst is. De andere wijken kunnen dan in 2029 en 2030 volgen.</p>
<h3>Kosten voor verhuurders</h3>
<p>Het ontwerp rekent een retributie van 150 euro per attest. Voor een kleine verhuurder die één woning verhuurt,
vaak als aanvulling op het pensioen, is dat veel. Wij raden aan de retributie voor verhuurders met één enkele
huurwoning te halveren tot 75 euro. De woonraad vraagt niet om de verplichting uit te breiden tot studentenkamers:
daarvoor geldt al het kamerreglement van 2019, dat goed werkt.</p>
<h3>Huurders</h3>
<p>Een huurder van een woning die ongeschikt of onbewoonbaar wordt verklaard, moet vaak op korte termijn verhuizen.
De stad zou zulke huurders voorrang moeten geven bij de toewijzing van een sociale huurwoning of een plaats in de
noodwoningen. Verder vraagt de raad een meldpunt waar huurders ook anoniem een slechte huurwoning kunnen
signaleren, zonder dat hun verhuurder te weten komt wie de melding deed. Nu durven veel huurders geen klacht in te
dienen uit angst voor een opzeg.</p>
<h3>Controle</h3>
<p>Het ontwerp voorziet alleen in onderzoeken op afspraak met de verhuurder. De woonraad beveelt aan om bij een
ernstige klacht ook een onaangekondigd bezoek mogelijk te maken, met toestemming van de huurder. Zo kan een
verhuurder de gebreken niet vlak voor het bezoek tijdelijk verdoezelen.</p>
<h3>Communicatie en opvolging</h3>
<p>Veel verhuurders kennen het conformiteitsattest niet. Informeer alle verhuurders van wie een woning onder de
verplichting valt minstens zes maanden op voorhand met een persoonlijke brief, en organiseer in elke deelgemeente
een infoavond. Tot slot vragen wij om na twee jaar een evaluatie te maken van het aantal aangevraagde attesten, de
weigeringen en de ongeschiktverklaringen, en die evaluatie aan de woonraad voor te leggen.</p>
<h2>4. Besluit</h2>
<p>De woonraad geeft een gunstig advies over het ontwerpreglement, met de bovenstaande opmerkingen. De raad is graag
bereid om mee te werken aan de infoavonden.</p>
<p>Hallebeke, 9 maart 2027<br>Mieke Van Acker, voorzitter - Bart Desmet, secretaris</p>
</body></html>"""


RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Antwoord op advies</title>
{CSS}</head><body>
<p class="small">Stad Hallebeke - college van burgemeester en schepenen - Markt 1, 9470 Hallebeke</p>
<h1>Antwoord op het advies WR/2027/02 over het conformiteitsattest</h1>
<table>
<tr><td class="k">Aan</td><td>Stedelijke Woonraad, t.a.v. mevrouw Mieke Van Acker, voorzitter</td></tr>
<tr><td class="k">Ons kenmerk</td><td>CBS/WON/2027-0233</td></tr>
<tr><td class="k">Datum</td><td>12 april 2027</td></tr>
</table>
<p>Geachte voorzitter,</p>
<p>Het college heeft het advies van de woonraad in zijn zitting van 5 april besproken. Wij danken de raad voor zijn
grondige lezing en zijn steun voor het principe van een verplicht attest. Hieronder geven wij per onderwerp aan hoe
wij met het advies omgaan.</p>
<h2>Meldingen door huurders</h2>
<p>Het college neemt dit voorstel over. Vanaf de inwerkingtreding kunnen huurders een slechte huurwoning melden via
een formulier op de website of aan het loket van het Sociaal Huis, ook zonder hun naam te geven. De dienst Wonen
behandelt zo'n melding als een gewone vaststelling en vermeldt nooit wie de melding deed.</p>
<h2>Informatie en evaluatie</h2>
<p>Alle eigenaars van een huurwoning van vóór 1998 krijgen in juni 2027 een persoonlijke brief, en in september
volgen infoavonden in het stadhuis en in de vier deelgemeenten; wij gaan graag in op het aanbod van de woonraad om
daaraan mee te werken. Een evaluatie komt er, maar na drie jaar in plaats van twee: pas dan zijn alle wijken een
volledige cyclus doorlopen en zeggen de cijfers echt iets. Het evaluatierapport wordt vóór de bespreking in de
gemeenteraad aan de woonraad voorgelegd.</p>
<h2>De retributie</h2>
<p>Het college wil kleine verhuurders tegemoetkomen, maar een halvering gaat te ver: het attest kost de stad zelf
ruim 200 euro per dossier. Voor een verhuurder met één huurwoning wordt de retributie 100 euro; voor alle andere
verhuurders blijft ze 150 euro.</p>
<h2>Het tijdpad</h2>
<p>De verplichting gaat voor alle betrokken woningen tegelijk in op 1 januari 2028. Een invoering per wijk zou
verhuurders in dezelfde straat verschillend behandelen en huurders in de andere wijken jaren laten wachten. Om de
werklast op te vangen werft de dienst Wonen twee bijkomende conformiteitsonderzoekers aan, en kunnen verhuurders
ook een erkende externe onderzoeker aanstellen.</p>
<h2>Herhuisvesting</h2>
<p>De toewijzing van sociale huurwoningen volgt de Vlaamse regels en ligt bij de woonmaatschappij. Het college zal
de vraag van de woonraad agenderen op het lokaal woonoverleg in mei, maar kan vooruitlopend daarop geen voorrang
beloven. Intussen blijven de drie noodwoningen van het Sociaal Huis beschikbaar voor dringende gevallen.</p>
<p>Het aangepaste reglement wordt op de gemeenteraad van 27 mei 2027 ter goedkeuring voorgelegd. Wij houden de
woonraad op de hoogte van de verdere stappen.</p>
<p>Met vriendelijke groeten,</p>
<p>namens het college,<br>Hilde Vermeulen, algemeen directeur - Jonas Verstraeten, schepen van Wonen</p>
</body></html>"""


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Stedelijke Woonraad Hallebeke - advies WR/2027/02 - ontwerpreglement "
            "conformiteitsattest", "blz. {n}/{m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Stad Hallebeke - antwoord op advies WR/2027/02 - CBS/WON/2027-0233",
            "blz. {n}/{m}", F["Regular"])
    B.write_expected(NAME, [
        ("1", "De woonraad vraagt het college de verplichting gefaseerd in te voeren",
         "Een invoering per wijk zou verhuurders in dezelfde straat verschillend behandelen", "disagrees"),
        ("2", "Wij raden aan de retributie voor verhuurders met één enkele",
         "Voor een verhuurder met één huurwoning wordt de retributie 100 euro", "partly"),
        ("3", "De stad zou zulke huurders voorrang moeten geven bij de toewijzing",
         "kan vooruitlopend daarop geen voorrang beloven", "noted"),
        ("4", "Verder vraagt de raad een meldpunt waar huurders ook anoniem",
         "Het college neemt dit voorstel over", "agrees"),
        ("5", "De woonraad beveelt aan om bij een ernstige klacht ook", None, "unanswered"),
        ("6", "Informeer alle verhuurders van wie een woning onder de verplichting",
         "krijgen in juni 2027 een persoonlijke brief", "agrees"),
        ("7", "Tot slot vragen wij om na twee jaar een evaluatie",
         "na drie jaar in plaats van twee", "partly"),
    ], ["Wij danken de raad voor zijn grondige lezing",
        "wordt op de gemeenteraad van 27 mei 2027 ter goedkeuring voorgelegd"],
        "Advice: the (Flemish) ADVICE of a city's housing council (Stedelijke Woonraad) on the draft regulation "
        "making a conformity certificate compulsory for rented homes older than thirty years; the seven "
        "recommendations are UNNUMBERED SENTENCES IN RUNNING TEXT under thematic sub-headings of '3. Advies', each "
        "worded differently ('De woonraad vraagt het college ...', 'Wij raden aan ...', 'De stad zou ... moeten "
        "...', 'Verder vraagt de raad ...', 'De woonraad beveelt aan ...', 'Informeer ...', 'Tot slot vragen wij "
        "...'), numbered 1-7 here in reading order. Traps: the Flemish housing code paraphrased with 'moet', the "
        "draft's article 3 quoted with 'moet', the council's 2022 advice quoted as an imperative ('Breng eerst de "
        "omvang ... in kaart', carried out), findings as running sentences, 'De woonraad vraagt niet om de "
        "verplichting uit te breiden tot studentenkamers' (in the same paragraph as recommendation 2). Response: "
        "the college's LETTER, WITHOUT NUMBERS, BY THEME under its own headings in the order 4, 6+7, 2, 1, 3: 4 "
        "agrees (anonymous reporting via form and desk), ONE paragraph 'Informatie en evaluatie' = 6 agrees (a "
        "personal letter in June, information evenings in September) + 7 partly (an evaluation after three years "
        "instead of two), 2 partly (100 euro instead of 75), 1 disagrees (everything at once from 2028, two extra "
        "inspectors instead), 3 noted (put on the agenda of the local housing consultation, no priority promised). "
        "5 (unannounced inspections) is never answered. The introduction and the closing (council meeting of 27 "
        "May) answer nothing.")
    print("written", NAME)
