"""Round 136 (nl): the ADVIES of an (invented) Flemish STEDELIJKE TOERISMERAAD on the ontwerp-toerismebeleidsplan and
the ontwerp-reglement on the logiesbelasting, its seven recommendations UNNUMBERED BOLD SENTENCES in the middle of
running paragraphs under theme headings, after 'Vaststellingen' numbered 1.-4.; answered by the COLLEGE VAN
BURGEMEESTER EN SCHEPENEN's decision that QUOTES each recommendation (shortened, in italics) and gives its 'Standpunt'
under it, in another order (one recommendation never answered).

Advice (Chromium --print-to-pdf, one column, wine-red headings, stamped head from p. 2, 'blz. n/m'): the decree on
tourist accommodation paraphrased with 'moet' (trap), Vaststellingen 1.-4. (trap), the council's 2020 advice quoted as
an imperative (carried out, trap), 'De raad adviseert niet om' (trap), a closing line naming 'de adviezen over de
logiesbelasting en het infokantoor' (trap). Response (Chromium, stamped): 3 agrees, 6 agrees, 1 partly, 2 agrees,
4 disagrees, 5 noted; 7 unanswered; 'Voorgeschiedenis', 'Financiële weerslag' and the articles answer nothing. All
bodies, places, people, figures and reference numbers invented; laws named as context only.

Run: /tmp/blind136nl/bin/python tests/docs/src/blind136/gen_nl_toerisme_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b136nl as B  # noqa: E402

NAME = "blind136_nl_toerisme"
F = B.tmp_fonts()
SANS = "B136NL Sans"
INK = "#7a1f3d"

CSS = f"""<style>
@page {{ size: A4; margin: 2.1cm 2.3cm 1.9cm 2.3cm; }}
body {{ font-family: '{SANS}'; font-size: 9.8pt; line-height: 1.45; color: #111; }}
p {{ margin: 0 0 0.22cm 0; text-align: justify; }}
h1 {{ font-size: 16pt; color: {INK}; margin: 0.1cm 0 0.15cm 0; }}
h2 {{ font-size: 11.5pt; color: {INK}; margin: 0.4cm 0 0.12cm 0; break-after: avoid; }}
h3 {{ font-size: 10pt; margin: 0.28cm 0 0.08cm 0; break-after: avoid; color: #333; }}
.small {{ font-size: 8.2pt; color: #555; text-align: left; }}
.vs {{ margin: 0 0 0.16cm 0.6cm; text-indent: -0.6cm; }}
.vs b {{ color: {INK}; }}
.quote {{ margin: 0.1cm 0.8cm 0.2cm 0.8cm; font-style: italic; color: #444; }}
.cite {{ margin: 0.12cm 0 0.08cm 0; padding: 0.1cm 0.3cm; border-left: 2.5pt solid {INK}; background: #f6eef1;
         font-style: italic; color: #333; }}
.sp {{ margin: 0 0 0.3cm 0.3cm; }}
.art {{ margin: 0 0 0.15cm 0; }}
.art b {{ color: {INK}; }}
hr {{ border: none; border-top: 1.2pt solid {INK}; margin: 0.2cm 0 0.3cm 0; }}
</style>"""

ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Advies toerismeraad</title>{CSS}
</head><body>
<p class="small">Stedelijke Toerismeraad Lierkerke - p/a Dienst Toerisme, Grote Markt 3, 9289 Lierkerke</p>
<h1>Advies over het ontwerp-toerismebeleidsplan 2027-2032 en het ontwerp-reglement logiesbelasting</h1>
<p class="small">Advies TR/2026/05 - goedgekeurd op de algemene vergadering van 12 mei 2026 (14 stemgerechtigde
leden aanwezig, 13 voor, 1 onthouding) - aan het college van burgemeester en schepenen van Lierkerke</p>
<hr>
<h2>1. Adviesvraag en werkwijze</h2>
<p>Op 17 maart 2026 vroeg het college de toerismeraad om advies over twee ontwerpen: het toerismebeleidsplan voor
de periode 2027-2032 en een nieuw belastingreglement op toeristische logies. In de raad zetelen uitbaters van
hotels, B&amp;B's en vakantiewoningen, de horecavereniging, de handelaarsvereniging, de gidsenkring, de
heemkundige kring en vier inwoners. De raad besprak de ontwerpen op twee vergaderingen en fietste op 26 april met
de toerismedienst de voorgestelde route langs de Dender.</p>
<p>Het decreet over het toeristische logies bepaalt dat elk logies dat te huur wordt aangeboden, moet worden
aangemeld bij Toerisme Vlaanderen en moet voldoen aan de brandveiligheidsnormen. Over de hoogte van een
gemeentelijke logiesbelasting zegt het decreet niets; die keuze ligt bij de gemeenteraad.</p>
<h2>2. Vaststellingen</h2>
<p class="vs"><b>1.</b> In 2025 telde Lierkerke 61.400 overnachtingen, 9 procent meer dan in 2019. Bijna de helft
daarvan was in B&amp;B's en vakantiewoningen.</p>
<p class="vs"><b>2.</b> Op de grote boekingsplatformen worden 74 woningen in Lierkerke aangeboden. Slechts 41 daarvan
zijn aangemeld bij Toerisme Vlaanderen.</p>
<p class="vs"><b>3.</b> Het infokantoor op de Grote Markt ontving in 2025 ruim 18.000 bezoekers. Het is op zondag
gesloten, terwijl de meeste dagjesmensen dan komen.</p>
<p class="vs"><b>4.</b> De logiesbelasting bracht in 2025 ongeveer 96.000 euro op. Het ontwerp-reglement houdt het
huidige tarief van 60 euro per kamer per jaar aan.</p>
<p>In 2020 schreef de raad al:</p>
<p class="quote">'Zorg voor voldoende overdekte fietsenstallingen aan het station en op de Grote Markt.'</p>
<p>Die stallingen zijn er sinds 2022; de raad komt daar niet op terug. De raad adviseert niet om een
toeristenbelasting op dagjesmensen in te voeren, bijvoorbeeld via betaald parkeren voor autocars: dat zou de
groepsbezoeken aan de brouwerijen en het Begijnhof ontmoedigen.</p>
<h2>3. Advies</h2>
<p>De toerismeraad geeft een gunstig advies over beide ontwerpen, onder de volgende voorwaarden en opmerkingen.</p>
<h3>Logiesbelasting</h3>
<p>Een heffing per kamer treft kleine uitbaters hard: een B&amp;B met twee kamers die vooral in de zomer verhuurt,
betaalt evenveel per kamer als een hotel dat het hele jaar vol zit. <b>De raad adviseert om de logiesbelasting
voortaan per overnachting te heffen, aan 2 euro per persoon per nacht.</b> Volgens de berekening van de raad
blijft de opbrengst dan ongeveer gelijk.</p>
<h3>Kortverblijf via platformen</h3>
<p>Een derde van de woningen op de boekingsplatformen is niet aangemeld en betaalt geen belasting, wat oneerlijk is
tegenover de uitbaters die wel in orde zijn. <b>Wij vragen de stad om elke uitbater van kortverblijf via een
online platform te verplichten zich bij de stad te registreren.</b> Een registratienummer op elke advertentie
maakt controle eenvoudig.</p>
<h3>Fietstoerisme</h3>
<p>De nieuwe Denderroute is een sterk punt van het ontwerp, maar ze stopt vandaag aan de stadsgrens. <b>De raad
adviseert om het fietsknooppuntennetwerk langs de Dender door te trekken tot aan het pontveer van Hoeklaar,</b>
zodat fietsers een lus kunnen maken langs de twee oevers.</p>
<h3>Onthaal</h3>
<p>Veel bezoekers staan op zondag voor een gesloten deur. <b>Wij adviseren om het infokantoor op de Grote Markt
van april tot en met oktober ook op zondag en feestdagen open te houden.</b> Desnoods kan het dan op maandag
dicht.</p>
<h3>Promotie</h3>
<p>De opbrengst van de logiesbelasting verdwijnt nu in de algemene middelen. <b>De raad vraagt om minstens 40
procent van die opbrengst te besteden aan de promotie van Lierkerke als bestemming,</b> samen met de sector.</p>
<h3>Erfgoed</h3>
<p>De stad heeft meer te bieden dan het Begijnhof. <b>Wij adviseren om de Gertrudiskerk en de oude brouwerij
Vandeputte op te nemen in een nieuwe stadswandeling met gids,</b> zoals de gidsenkring al voorstelde.</p>
<h3>Toegankelijkheid</h3>
<p>Bezoekers met een beperking vinden in Lierkerke nog te weinig aangepaste voorzieningen. <b>Tot slot vraagt de
raad om bij elke nieuwe toeristische voorziening vooraf het advies van de adviesraad toegankelijkheid te
vragen.</b></p>
<h2>4. Tot slot</h2>
<p>De raad vraagt het college om vooral de adviezen over de logiesbelasting en het infokantoor mee te nemen voor de
ontwerpen naar de gemeenteraad gaan. De raad licht zijn advies graag toe.</p>
<p>Voor de toerismeraad,<br>Griet Verhaegen, voorzitter<br>Dirk Van Acker, secretaris</p>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Besluit college</title>{CSS}
</head><body>
<p class="small">Stad Lierkerke - Uittreksel uit de notulen van het college van burgemeester en schepenen</p>
<h1>Advies toerismeraad over toerismebeleidsplan en logiesbelasting: standpunt van het college</h1>
<p class="small">Zitting van 16 juni 2026 - dossier TOE/2026/0211 - aanwezig: de burgemeester, de schepenen en de
algemeen directeur</p>
<hr>
<h2>Voorgeschiedenis</h2>
<p>Collegebeslissing van 17 maart 2026 over de adviesvraag. Advies TR/2026/05 van de stedelijke toerismeraad van
12 mei 2026. Overleg met de financieel directeur en de dienst toerisme op 2 juni 2026.</p>
<h2>Motivering</h2>
<p>Het college bedankt de toerismeraad voor zijn constructieve advies en voor de fietstocht langs de Dender. Hieronder
volgt, per advies, het standpunt van het college.</p>
<p class="cite">'het fietsknooppuntennetwerk langs de Dender door te trekken tot aan het pontveer van Hoeklaar'</p>
<p class="sp">Het college volgt dit advies. Het stadsbestuur vraagt de provincie om knooppunt 48 te verbinden met
het pontveer; de bebording komt er in het voorjaar van 2027.</p>
<p class="cite">'de Gertrudiskerk en de oude brouwerij Vandeputte op te nemen in een nieuwe stadswandeling'</p>
<p class="sp">Akkoord. De gidsenkring werkt de wandeling uit; de eerste rondleidingen zijn gepland voor de Open
Monumentendag in september 2027.</p>
<p class="cite">'de logiesbelasting voortaan per overnachting te heffen, aan 2 euro per persoon per nacht'</p>
<p class="sp">Het college stapt over naar een belasting per overnachting, maar legt het tarief vast op 2,50 euro per
persoon per nacht. Kinderen jonger dan twaalf jaar worden vrijgesteld. Met 2 euro zou de opbrengst volgens de
financiële dienst met ruim 15.000 euro dalen.</p>
<p class="cite">'elke uitbater van kortverblijf via een online platform te verplichten zich te registreren'</p>
<p class="sp">Dit wordt overgenomen in het reglement: vanaf 1 januari 2027 geldt een registratieplicht, en op elke
advertentie moet het stedelijke registratienummer staan.</p>
<p class="cite">'het infokantoor op de Grote Markt ook op zondag en feestdagen open te houden'</p>
<p class="sp">Het college gaat hier niet op in. Met twee voltijdse medewerkers is een extra openingsdag niet haalbaar.
In de plaats komt er aan de ingang van het stadhuis een digitale infozuil die dag en nacht werkt.</p>
<p class="cite">'minstens 40 procent van die opbrengst te besteden aan de promotie van Lierkerke'</p>
<p class="sp">Het college neemt kennis van deze vraag. Een vaste koppeling tussen belasting en uitgaven past niet in
de huidige financiële regels; het bedrag voor promotie wordt besproken bij de opmaak van het meerjarenplan.</p>
<h2>Financiële weerslag</h2>
<p>De bijkomende kosten bedragen in 2027 ongeveer 23.500 euro, waarvan 14.000 euro voor de digitale infozuil. Ze
worden opgenomen in actie 2.4.1 van het meerjarenplan.</p>
<h2>Besluit</h2>
<p class="art"><b>Artikel 1.</b> Het college neemt kennis van advies TR/2026/05 van de stedelijke toerismeraad.</p>
<p class="art"><b>Artikel 2.</b> Het ontwerp-toerismebeleidsplan en het ontwerp-reglement worden aangepast zoals in
de motivering beschreven en voorgelegd aan de gemeenteraad van 7 september 2026.</p>
<p class="art"><b>Artikel 3.</b> Een afschrift van deze beslissing wordt bezorgd aan de voorzitter van de
toerismeraad.</p>
<p>Voor eensluidend uittreksel,<br>de algemeen directeur, Hilde De Smet - de burgemeester, Jan Verstraete</p>
</body></html>"""

if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Stedelijke Toerismeraad Lierkerke - advies TR/2026/05 - toerismebeleidsplan en "
            "logiesbelasting", "blz. {n}/{m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Stad Lierkerke - college van burgemeester en schepenen - zitting 16 juni 2026",
            "blz. {n}/{m}", F["Regular"])
    B.write_expected(NAME, [
        (1, "De raad adviseert om de logiesbelasting voortaan per overnachting te heffen",
         "legt het tarief vast op 2,50 euro per persoon", "partly"),
        (2, "Wij vragen de stad om elke uitbater van kortverblijf via",
         "vanaf 1 januari 2027 geldt een registratieplicht", "agrees"),
        (3, "De raad adviseert om het fietsknooppuntennetwerk langs de Dender door te",
         "vraagt de provincie om knooppunt 48 te verbinden", "agrees"),
        (4, "Wij adviseren om het infokantoor op de Grote Markt van",
         "Het college gaat hier niet op in", "disagrees"),
        (5, "De raad vraagt om minstens 40 procent van die opbrengst",
         "wordt besproken bij de opmaak van het meerjarenplan", "noted"),
        (6, "Wij adviseren om de Gertrudiskerk en de oude brouwerij Vandeputte",
         "de eerste rondleidingen zijn gepland voor de Open Monumentendag", "agrees"),
        (7, "Tot slot vraagt de raad om bij elke nieuwe toeristische voorziening", None, "unanswered"),
    ], ["bedankt de toerismeraad voor zijn constructieve advies",
        "waarvan 14.000 euro voor de digitale infozuil",
        "neemt kennis van advies TR/2026/05"],
        "Advice: a Flemish city tourism council's advice on a draft tourism policy plan and a draft accommodation-tax "
        "regulation; the seven recommendations are UNNUMBERED BOLD SENTENCES in the middle or at the end of running "
        "paragraphs under theme headings ('Logiesbelasting', 'Kortverblijf via platformen', 'Fietstoerisme', "
        "'Onthaal', 'Promotie', 'Erfgoed', 'Toegankelijkheid'), each preceded by a plain sentence of reasoning. Traps: "
        "'Vaststellingen' numbered 1.-4. with bold numbers and figures, the decree on tourist accommodation "
        "paraphrased with 'moet', the council's 2020 advice quoted as an imperative (carried out), 'De raad adviseert "
        "niet om een toeristenbelasting op dagjesmensen in te voeren', a closing line naming 'de adviezen over de "
        "logiesbelasting en het infokantoor'. Response: the college's decision; 'Voorgeschiedenis' (nothing), a "
        "'Motivering' that QUOTES each recommendation (shortened, italic, shaded) with the position under it, in the "
        "order 3 agrees (knooppunt 48 to the ferry), 6 agrees (guided walk from Open Monumentendag 2027), 1 partly "
        "(per night, but 2.50 euro), 2 agrees (registration duty), 4 disagrees (no Sunday opening; an info kiosk "
        "instead), 5 noted ('neemt kennis', multi-year plan). 7 (consult the accessibility council) is never answered. "
        "'Financiële weerslag' and 'Besluit' articles 1-3 answer nothing.")
    print("written", NAME)
