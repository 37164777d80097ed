"""Round 119 (nl): the ADVIES of a Flemish gemeentelijke MINA-RAAD (milieu- en natuurraad) on the ontwerp of the
AANPASSING MEERJARENPLAN 2026-2031 (beleidsdoelstelling 'klimaatrobuust'), a 'voorwaardelijk gunstig advies' whose
recommendations are BELGIAN LEGAL POINTS '1°'-'7°', lower-case infinitive clauses ending in ';' after 'De raad vraagt
het college:'; answered by the ADOPTED STRATEGISCHE NOTA itself (extract): beleidsdoelstelling BD 3, actieplannen
AP 3.1-3.3 and acties A 3.1.1-A 3.3.2, the replies woven into the action texts, with a framed box 'Adviezen die niet
of niet volledig gevolgd worden' and a financial table.

Advice (Chromium, sans, 2 p., dark-green header bar, ruled identification table, stamped running head from p. 2,
'blz. n/m'): the klimaatpact paraphrased with 'moet' (trap), the raad's 2024 advice quoted (realised; trap),
'Vaststellingen' as a numbered list 1.-4. (findings; trap), the vote and a minority view with 'moet' (trap), a
closing line citing 'de punten 1°, 5° en 6°' (trap). Recommendations expected 1-7 = 1°-7°.
Response (Chromium, 2 p.): intro (nothing); A 3.1.1 = 1 agrees (budget doubled to 120.000 euro from 2027);
A 3.1.2 (solar panels) nothing; A 3.2.1 = 2 partly (1.200 trees, not 2.000); A 3.2.2 = 3 agrees (De Klimop 2027,
't Zonneveld 2028); A 3.2.3 = 7 agrees (the phase-out is dropped); A 3.3.1 = 4 noted (study in 2027, links
considered at the next aanpassing); A 3.3.2 describes the parking; the box: 'MiNa-raad, punt 5°' = 5 disagrees, a
'Jeugdraad' item (nothing); financial table (nothing); 6 (yearly progress report to the raad) unanswered. All bodies,
places, people and figures invented; the Lokaal Energie- en Klimaatpact is named loosely as context only.

Run: /tmp/blind119nl/bin/python tests/docs/src/blind119/gen_nl_klimaatpact_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b119nl as B  # noqa: E402

NAME = "blind119_nl_klimaatpact"
F = B.tmp_fonts()
FAM = "B119NL Sans"
GREEN = "#1f5e3b"
LEAF = "#8cbf3f"
FONTS = f"""@font-face {{ font-family: '{FAM}'; src: url('file://{F["Regular"]}'); }}
@font-face {{ font-family: '{FAM}'; font-weight: bold; src: url('file://{F["Bold"]}'); }}
@font-face {{ font-family: '{FAM}'; font-style: italic; src: url('file://{F["Italic"]}'); }}"""

CSS = f"""<style>{FONTS}
@page {{ size: A4; margin: 18mm 20mm 17mm 20mm; }}
body {{ font-family: '{FAM}'; font-size: 9.5pt; line-height: 1.45; color: #1b1b1b; font-variant-ligatures: none; }}
.bar {{ background: {GREEN}; color: #fff; padding: 10px 14px; border-left: 10px solid {LEAF}; }}
.bar .org {{ font-size: 8.4pt; letter-spacing: 0.04em; }}
.bar h1 {{ font-size: 17pt; margin: 3px 0 1px; }}
.bar .sub {{ font-size: 9.6pt; }}
table.id {{ border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: 9px 0 8px; }}
table.id td {{ border-top: 0.6px solid #9aa; border-bottom: 0.6px solid #9aa; padding: 2px 6px; vertical-align: top; }}
table.id td.k {{ width: 26%; font-weight: bold; color: {GREEN}; }}
h2 {{ font-size: 11.2pt; color: {GREEN}; margin: 13px 0 4px; break-after: avoid; }}
p {{ margin: 0 0 6px; }}
.items {{ margin: 2px 0 8px 4px; }}
.it {{ display: flex; margin-bottom: 3px; }}
.it .m {{ flex: 0 0 24px; }}
.pts {{ margin: 4px 0 8px 6px; }}
.pt {{ display: flex; margin-bottom: 5px; }}
.pt .m {{ flex: 0 0 26px; font-weight: bold; color: {GREEN}; }}
.note {{ font-size: 8.8pt; color: #444; border-left: 3px solid {LEAF}; padding: 2px 0 2px 9px; margin: 8px 0; }}
.sign {{ margin-top: 12px; }}
/* response */
.mast {{ display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 2.5px solid {GREEN};
         padding-bottom: 5px; }}
.mast .g {{ font-size: 15pt; font-weight: bold; color: {GREEN}; }}
.mast .d {{ font-size: 8.2pt; color: #555; text-align: right; }}
h1.doc {{ font-size: 15pt; margin: 12px 0 2px; }}
.docsub {{ font-size: 9pt; color: #555; margin-bottom: 10px; }}
.bd {{ background: {GREEN}; color: #fff; font-weight: bold; padding: 5px 9px; margin: 10px 0 6px; }}
.ap {{ font-weight: bold; color: {GREEN}; border-bottom: 1px solid {LEAF}; margin: 10px 0 5px; padding-bottom: 1px;
       break-after: avoid; }}
.act {{ display: flex; margin: 0 0 7px; break-inside: avoid; }}
.act .c {{ flex: 0 0 58px; font-weight: bold; font-size: 8.8pt; color: #333; }}
.act .t b {{ display: block; }}
.act .meta {{ font-size: 8pt; color: #666; }}
.box {{ border: 1.2px solid {GREEN}; padding: 7px 11px; margin: 12px 0 10px; break-inside: avoid; }}
.box .h {{ font-weight: bold; color: {GREEN}; margin-bottom: 4px; }}
table.fin {{ border-collapse: collapse; width: 100%; font-size: 8.2pt; margin-top: 4px; }}
table.fin th {{ background: #e7efe4; text-align: right; padding: 3px 5px; }}
table.fin th.l, table.fin td.l {{ text-align: left; }}
table.fin td {{ text-align: right; padding: 3px 5px; border-bottom: 0.5px solid #bbb; }}
</style>"""


def items(rows):
    return '<div class="items">' + "".join(f'<div class="it"><div class="m">{m}</div><div>{t}</div></div>'
                                           for m, t in rows) + "</div>"


def points(rows):
    return '<div class="pts">' + "".join(f'<div class="pt"><div class="m">{m}</div><div>{t}</div></div>'
                                         for m, t in rows) + "</div>"


ADVICE = f"""<!DOCTYPE html><html lang="nl-BE"><head><meta charset="utf-8">{CSS}</head><body>
<div class="bar"><div class="org">MINA-RAAD WERVEGEM &#183; GEMEENTELIJKE MILIEU- EN NATUURRAAD</div>
<h1>Advies 2026/07</h1><div class="sub">over het ontwerp van aanpassing meerjarenplan 2026-2031 nr. 2,
beleidsdoelstelling 3 'Wervegem wordt klimaatrobuust'</div></div>
<table class="id">
<tr><td class="k">Aan</td><td>het college van burgemeester en schepenen van Wervegem</td></tr>
<tr><td class="k">Adviesvraag</td><td>brief van schepen Ilse Van Hecke van 4 september 2026</td></tr>
<tr><td class="k">Behandeld op</td><td>algemene vergadering van 8 oktober 2026 (14 stemgerechtigde leden aanwezig)</td></tr>
<tr><td class="k">Stemming</td><td>12 stemmen voor, 0 tegen, 2 onthoudingen</td></tr>
<tr><td class="k">Secretariaat</td><td>Lien Vercauteren, dienst Omgeving, mina@wervegem.be</td></tr></table>

<h2>1. Context</h2>
<p>Het college vraagt ons advies over het ontwerp van de tweede aanpassing van het meerjarenplan 2026-2031, en in het
bijzonder over beleidsdoelstelling 3. Met de ondertekening van het Lokaal Energie- en Klimaatpact heeft de gemeente
zich geëngageerd: volgens het pact moet de gemeente tegen 2030 onder meer haar eigen gebouwen energiezuiniger maken en
extra groen aanleggen. Het ontwerp vertaalt dat in drie actieplannen: energie, groen en water, en mobiliteit.</p>
<p>In ons advies 2024/03 vroegen wij al om 'een gemeentelijke renovatiecoach voor alle inwoners'. Die coach is er
sinds januari 2025, en de raad is daar tevreden over. Zijn agenda zit echter tot maart 2027 vol.</p>

<h2>2. Vaststellingen</h2>
<p>Bij het lezen van het ontwerp vielen de raad vier zaken op:</p>
{items([("1.", "Het budget voor klimaatacties stijgt in het ontwerp met 4 procent, de investeringen in wegenis met 22 "
                "procent."),
        ("2.", "Het ontwerp voorziet 800 nieuwe bomen tegen 2030, minder dan het vorige meerjarenplan."),
        ("3.", "Voor de trage wegen, de voet- en fietspaden tussen de wijken, staat er geen enkele actie in."),
        ("4.", "De subsidie voor hemelwaterputten en groendaken wordt vanaf 2027 elk jaar met een kwart "
               "afgebouwd.")])}
<p>De raad waardeert dat de gemeente in deze moeilijke financiële periode aan haar klimaatdoelen vasthoudt. Toch
vreest de raad dat de gemeente met dit ontwerp de doelen van het pact niet haalt.</p>

<h2>3. Advies</h2>
<p>De MiNa-raad geeft een voorwaardelijk gunstig advies over beleidsdoelstelling 3. De raad vraagt het college:</p>
{points([
    ("1°", "het budget voor de renovatiebegeleiding van inwoners te verhogen van 60.000 naar 120.000 euro per jaar;"),
    ("2°", "tegen 2030 minstens 2.000 nieuwe bomen te planten in plaats van de 800 uit het ontwerp;"),
    ("3°", "de speelplaatsen van de gemeentelijke basisscholen De Klimop en 't Zonneveld tegen 2028 te ontharden "
           "en te vergroenen;"),
    ("4°", "een inventaris van alle trage wegen op te maken en de ontbrekende schakels in het meerjarenplan op te "
           "nemen;"),
    ("5°", "de geplande parking aan de Molenstraat met 120 plaatsen te schrappen en dat budget te besteden aan "
           "veilige fietsinfrastructuur;"),
    ("6°", "jaarlijks een voortgangsrapport over de uitvoering van het klimaatpact aan de MiNa-raad voor te "
           "leggen;"),
    ("7°", "de subsidie voor hemelwaterputten en groendaken niet af te bouwen, maar op het huidige niveau te "
           "behouden.")])}
<div class="note"><b>Minderheidsstandpunt.</b> De twee leden die zich onthielden, de vertegenwoordigers van de
landbouwraad, steunen punt 2° niet: volgens hen moet de gemeente eerst bepalen op welke gronden die bomen komen, zodat
er geen landbouwgrond verloren gaat.</div>

<h2>4. Tot slot</h2>
<p>De raad vraagt het college om een gemotiveerd antwoord, in het bijzonder op de punten 1°, 5° en 6°, vóór de
gemeenteraad de aanpassing van het meerjarenplan vaststelt.</p>
<p class="sign">Voor de MiNa-raad,<br>Lien Vercauteren, secretaris &#8211; Koen Devriendt, voorzitter</p>
</body></html>"""


def act(code, title, text, meta):
    return (f'<div class="act"><div class="c">{code}</div><div class="t"><b>{title}</b>{text}'
            f'<div class="meta">{meta}</div></div></div>')


RESPONSE = f"""<!DOCTYPE html><html lang="nl-BE"><head><meta charset="utf-8">{CSS}</head><body>
<div class="mast"><div class="g">Gemeente Wervegem</div><div class="d">Aanpassing meerjarenplan 2026-2031 nr. 2<br>
vastgesteld door de gemeenteraad op 16 december 2026</div></div>
<h1 class="doc">Strategische nota (uittreksel)</h1>
<div class="docsub">Beleidsdoelstelling 3, met de actieplannen en acties zoals vastgesteld</div>

<p>Bij de opmaak van deze aanpassing vroeg het college advies aan de adviesraden. Waar een advies tot een
wijziging van het ontwerp heeft geleid, staat dat bij de actie vermeld. Adviezen die niet of niet volledig gevolgd
worden, licht het college toe in het kader onderaan dit uittreksel. Bedragen zijn uitgaven in euro, over de hele
planperiode tenzij anders vermeld.</p>

<div class="bd">BD 3 &#8211; Wervegem wordt klimaatrobuust</div>

<div class="ap">AP 3.1 &#8211; We helpen inwoners hun woning energiezuinig te maken</div>
{act("A 3.1.1", "Renovatiebegeleiding voor alle inwoners",
     "De renovatiecoach begeleidt inwoners van het eerste advies tot de oplevering van de werken. Omdat de "
     "wachtlijst blijft groeien en de MiNa-raad daarom vroeg, verdubbelen we het werkingsbudget van de "
     "renovatiecoach: vanaf 2027 is jaarlijks 120.000 euro voorzien, genoeg voor een tweede coach.",
     "Verantwoordelijke: dienst Omgeving &#183; 2026-2031: 660.000")}
{act("A 3.1.2", "Zonnepanelen op gemeentelijke gebouwen",
     "Tegen 2029 liggen er zonnepanelen op de sporthal, de bibliotheek en het administratief centrum. Het dak van "
     "het zwembad wordt eerst gerenoveerd.",
     "Verantwoordelijke: facilitaire dienst &#183; 2026-2031: 410.000")}

<div class="ap">AP 3.2 &#8211; Meer groen, minder verharding</div>
{act("A 3.2.1", "Bomenplan 2030",
     "We planten tegen 2030 1.200 nieuwe bomen, 400 meer dan in het ontwerp. Meer bomen laat de beschikbare "
     "grond in eigendom van de gemeente niet toe; voor aankoop van extra gronden is er in deze planperiode geen "
     "ruimte. De locaties worden in overleg met de landbouwraad gekozen.",
     "Verantwoordelijke: groendienst &#183; 2026-2031: 285.000")}
{act("A 3.2.2", "Ontharde en groene schoolspeelplaatsen",
     "Nieuwe actie. De speelplaats van De Klimop wordt in de zomer van 2027 onthard en vergroend, die van 't "
     "Zonneveld in de zomer van 2028. Leerlingen en ouders denken mee over het ontwerp.",
     "Verantwoordelijke: dienst Onderwijs en groendienst &#183; 2026-2031: 340.000")}
{act("A 3.2.3", "Subsidie hemelwaterputten en groendaken",
     "De afbouw van de subsidie die het ontwerp voorzag, wordt geschrapt. Het subsidiebedrag blijft tot en met "
     "2031 op het niveau van 2026.",
     "Verantwoordelijke: dienst Omgeving &#183; 2026-2031: 180.000")}

<div class="ap">AP 3.3 &#8211; Duurzaam verplaatsen</div>
{act("A 3.3.1", "Trage wegen",
     "In 2027 laten we een studie uitvoeren naar de voet- en fietsverbindingen tussen de wijken en naar de "
     "buurgemeenten. Of en wanneer ontbrekende verbindingen worden aangelegd, bekijkt het college bij de volgende "
     "aanpassing van het meerjarenplan, afhankelijk van de uitkomst en van de financiële ruimte.",
     "Verantwoordelijke: dienst Mobiliteit &#183; 2026-2031: 35.000")}
{act("A 3.3.2", "Parking Molenstraat",
     "Aanleg van een parking met 120 plaatsen aan de Molenstraat in 2028, als opvang voor bezoekers van het "
     "centrum tijdens en na de heraanleg van de Markt.",
     "Verantwoordelijke: dienst Mobiliteit &#183; 2026-2031: 1.150.000")}

<div class="box"><div class="h">Adviezen die niet of niet volledig gevolgd worden</div>
<p><b>MiNa-raad, punt 5&#176;.</b> Het college houdt vast aan de parking aan de Molenstraat. Bij de heraanleg van de
Markt verdwijnen 90 parkeerplaatsen, en zonder vervanging komen de handelaars in het centrum in de problemen. Voor
fietsinfrastructuur is in AP 3.3 en in het mobiliteitsplan al 1,4 miljoen euro voorzien.</p>
<p><b>Jeugdraad, punt 3.</b> Een overdekte fietsenstalling aan de jeugdlokalen van de Kouterwijk komt er niet in
2027 maar in 2029, na de renovatie van het gebouw.</p>
<p>Voor de gedeeltelijke opvolging van het advies over het aantal bomen: zie actie A 3.2.1.</p></div>

<div class="ap">Financiële vertaling BD 3 (uitgaven in euro)</div>
<table class="fin"><tr><th class="l">Actieplan</th><th>2026</th><th>2027</th><th>2028</th><th>2029</th><th>2030</th>
<th>2031</th></tr>
<tr><td class="l">AP 3.1 Energie</td><td>95.000</td><td>185.000</td><td>210.000</td><td>220.000</td><td>180.000</td>
<td>180.000</td></tr>
<tr><td class="l">AP 3.2 Groen en water</td><td>60.000</td><td>250.000</td><td>260.000</td><td>85.000</td>
<td>80.000</td><td>70.000</td></tr>
<tr><td class="l">AP 3.3 Mobiliteit</td><td>20.000</td><td>55.000</td><td>1.110.000</td><td>0</td><td>0</td>
<td>0</td></tr></table>
</body></html>"""


def expected():
    recs = [
        (1, "het budget voor de renovatiebegeleiding van inwoners te verhogen",
         "verdubbelen we het werkingsbudget van de renovatiecoach", "agrees"),
        (2, "tegen 2030 minstens 2.000 nieuwe bomen te planten",
         "We planten tegen 2030 1.200 nieuwe bomen", "partly"),
        (3, "de speelplaatsen van de gemeentelijke basisscholen De Klimop en 't Zonneveld",
         "De speelplaats van De Klimop wordt in de zomer van 2027", "agrees"),
        (4, "een inventaris van alle trage wegen op te maken",
         "In 2027 laten we een studie uitvoeren naar", "noted"),
        (5, "de geplande parking aan de Molenstraat met 120 plaatsen te schrappen",
         "Het college houdt vast aan de parking aan de Molenstraat", "disagrees"),
        (6, "jaarlijks een voortgangsrapport over de uitvoering van het klimaatpact", None, "unanswered"),
        (7, "de subsidie voor hemelwaterputten en groendaken niet af te bouwen",
         "De afbouw van de subsidie die het ontwerp voorzag, wordt geschrapt", "agrees"),
    ]
    unmatched = ["Bij de opmaak van deze aanpassing vroeg het college advies",
                 "Tegen 2029 liggen er zonnepanelen op de sporthal",
                 "Een overdekte fietsenstalling aan de jeugdlokalen van de Kouterwijk"]
    notes = ("Advice: a Flemish gemeentelijke MiNa-raad's 'voorwaardelijk gunstig advies' on the ontwerp of the "
             "aanpassing meerjarenplan 2026-2031 (Chromium, 2 p.); the seven recommendations are BELGIAN LEGAL "
             "POINTS '1°'-'7°' after 'De raad vraagt het college:', each a lower-case infinitive clause ending in "
             "';' (the last in '.'). Traps: the klimaatpact paraphrased with 'moet', the 2024 advice quoted "
             "(realised), 'Vaststellingen' as a numbered list 1.-4., the vote line, a 'Minderheidsstandpunt' with "
             "'moet' about point 2°, a closing line citing 'de punten 1°, 5° en 6°'. Response: the ADOPTED "
             "STRATEGISCHE NOTA (extract) of the meerjarenplan, BD 3 with actieplannen AP 3.1-3.3 and acties A "
             "3.1.1-A 3.3.2 (codes no recommendation numbers), the replies woven into the action texts in the "
             "order 1, 2, 3, 7, 4, 5: A 3.1.1 = 1 agrees (budget doubled to 120.000 euro a year from 2027); A 3.1.2 "
             "(solar panels) answers nothing; A 3.2.1 = 2 partly (1.200 trees instead of 2.000); A 3.2.2 = 3 "
             "agrees (De Klimop 2027, 't Zonneveld 2028); A 3.2.3 = 7 agrees (phase-out dropped); A 3.3.1 = 4 "
             "noted (study in 2027, links considered at the next aanpassing); A 3.3.2 only describes the parking; "
             "the framed box 'Adviezen die niet of niet volledig gevolgd worden': 'MiNa-raad, punt 5°' = 5 "
             "disagrees ('houdt vast aan de parking'), 'Jeugdraad, punt 3' (another council) answers nothing, a "
             "cross-reference to A 3.2.1; 6 (yearly progress report to the raad) unanswered. The intro, A 3.1.2, "
             "the Jeugdraad item and the financial table answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "MiNa-raad Wervegem - advies 2026/07 - aanpassing meerjarenplan 2026-2031 nr. 2",
            "blz. {n}/{m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Wervegem - aanpassing meerjarenplan 2026-2031 nr. 2 - strategische nota",
            "{n}", F["Regular"])
    expected()
