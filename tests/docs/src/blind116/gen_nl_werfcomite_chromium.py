"""Round 116 (nl): the ADVIES of a Flemish WERFCOMITÉ (the committee of traders and residents a city sets up for a
large road works) on the city's minderhinderplan for the redevelopment of a shopping street, answered by the SLIDE
DECK the city presents at the committee's next meeting (landscape pages, one theme per slide, 'Uw voorstel' / 'Ons
antwoord' columns, no numbers), printed as a hand-out.

Advice (Chromium headless, sans, 2 p., orange band head, 'De werf in cijfers' box, stamped running head from p. 2,
'pagina n/m'): the politiereglement and the bestek 'moet' (traps), the traders' questions from the info evening as a
numbered list 1.-4. (one with 'Moet ik ...'; trap), the committee's 2023 advice on the Kerkstraat quoted with 'moet'
(realised; trap), 'We stellen vast'; recommendations numbered with CIRCLED DIGITS ①-⑦ in a coloured column, a bold
sentence (the recommendation) over a plain explanation (expected 1-7); closing line citing 'de voorstellen ② en
⑤'. Response: the 9 slides printed as a HAND-OUT, three to an A4 page
(3 p., each slide framed, slide number 'n / 9', stamped head and 'pagina n/m'): title, 'Waar staan we?' (planning, nothing), then by
theme in the order ②, ①, ④+③ (one slide with two blocks), ⑥, ⑦; ⑤ (local compensation) unanswered;
'Volgende stappen' and 'Vragen?' answer nothing. All invented.

Run: /tmp/blind116nl/bin/python tests/docs/src/blind116/gen_nl_werfcomite_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b116nl as B  # noqa: E402

NAME = "blind116_nl_werfcomite"
F = B.tmp_fonts()
FAM = "B116NL Sans"
OR = "#c8571b"
FONTS = f"""@font-face {{ font-family: '{FAM}'; src: url('file://{F["Regular"]}'); }}
@font-face {{ font-family: '{FAM}'; font-weight: bold; src: url('file://{F["Bold"]}'); }}
@font-face {{ font-family: '{FAM}'; font-style: italic; src: url('file://{F["Italic"]}'); }}"""

ADVICE_CSS = f"""<style>{FONTS}
@page {{ size: A4; margin: 18mm 20mm 17mm 20mm; }}
body {{ font-family: '{FAM}'; font-size: 9.5pt; line-height: 1.47; color: #1d1d1d; font-variant-ligatures: none; }}
.band {{ border-top: 7px solid {OR}; padding-top: 8px; display: flex; justify-content: space-between;
         margin-bottom: 14px; }}
.band .org {{ font-size: 13.5pt; font-weight: bold; line-height: 1.25; }}
.band .org span {{ display: block; font-size: 8.4pt; font-weight: normal; color: #555; }}
.band .ref {{ font-size: 8.2pt; line-height: 1.5; text-align: right; color: #333; }}
h1 {{ font-size: 18pt; margin: 0 0 3px; line-height: 1.2; }}
.sub {{ color: #555; margin: 0 0 12px; font-size: 10pt; }}
h2 {{ font-size: 11.3pt; color: {OR}; margin: 14px 0 4px; break-after: avoid; }}
p {{ margin: 0 0 6px; }}
ol.q {{ margin: 2px 0 8px; padding-left: 22px; }}
ol.q li {{ margin-bottom: 1px; }}
.fig {{ float: right; width: 62mm; margin: 2px 0 8px 12px; background: #fbeee6; padding: 7px 10px; font-size: 8.4pt; }}
.fig b {{ color: {OR}; }}
.fig table {{ width: 100%; border-collapse: collapse; margin-top: 3px; }}
.fig td {{ padding: 1.5px 0; border-bottom: 1px solid #efcfbd; vertical-align: top; }}
.fig td.n {{ text-align: right; white-space: nowrap; padding-left: 6px; }}
blockquote {{ margin: 4px 18px 8px; font-style: italic; color: #444; }}
.v {{ display: flex; margin: 0 0 9px; }}
.v .d {{ flex: none; width: 11mm; font-size: 17pt; line-height: 1.1; color: {OR}; }}
.v .b {{ flex: 1; }}
.v .b p.r {{ font-weight: bold; margin-bottom: 3px; }}
.v .b p.e {{ color: #333; }}
.sign {{ margin-top: 14px; }}
</style>"""

VOORSTELLEN = [
    ("\u2460", "Hou tijdens alle fasen langs de winkels een doorlopende, verlichte looproute van minstens 1,5 meter "
               "breed vrij.",
     "Een winkel die je niet te voet kunt bereiken, bestaat voor de klant niet. Bij de werken in de Kerkstraat lag "
     "de looproute soms wekenlang in het donker, en rolstoelgebruikers konden er niet door."),
    ("\u2461", "Stel een vaste werfcoördinator aan die elke werkdag telefonisch bereikbaar is en wekelijks bij de "
               "handelaars langsgaat.",
     "Nu moeten handelaars bellen naar het algemene nummer van de stad, en krijgen ze elke keer iemand anders."),
    ("\u2462", "Laat leveringen aan de winkels toe tussen 6 en 11 uur via een tijdelijke laad- en loszone op het "
               "Marktplein.",
     "De Achterstraat is te smal voor vrachtwagens, en leveranciers weigeren nu al om met een steekkar tot aan de "
     "winkel te rijden."),
    ("\u2463", "Verplaats de bushalte Heirbaan tijdelijk naar de Kloosterstraat, in plaats van haar voor de duur van "
               "de werken te schrappen.",
     "Vooral oudere klanten komen met de bus. Zonder halte in de buurt blijven zij weg."),
    ("\u2464", "Geef handelaars die meer dan 30 procent omzet verliezen een lokale compensatie bovenop de Vlaamse "
               "hinderpremie.",
     "De hinderpremie is een vast bedrag en dekt voor kleine zelfstandigen vaak niet eens de vaste kosten van een "
     "maand. Een aantal handelaars overweegt nu al om te stoppen."),
    ("\u2465", "Plan geen werken na 19 uur en op zaterdag, behalve voor dringende herstellingen.",
     "De zaterdag is voor de meeste winkels de drukste dag, en boven de winkels wonen ook mensen."),
    ("\u2466", "Verstuur elke twee weken een werfbrief, op papier en digitaal, en open een infopunt in een "
               "leegstaand winkelpand in de straat.",
     "Niet iedereen leest e-mail, en een infopunt in de straat zelf maakt de stad zichtbaar en aanspreekbaar."),
]


def advice_html():
    vs = "\n".join(f'<div class="v"><div class="d">{d}</div><div class="b"><p class="r">{r}</p>'
                   f'<p class="e">{e}</p></div></div>' for d, r, e in VOORSTELLEN)
    return f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Advies werfcomité Heirbaan</title>
{ADVICE_CSS}</head><body>
<div class="band"><div class="org">Werfcomité Heirbaan<span>handelaars en bewoners van de Heirbaan en de
Stationsstraat, Merkenbeke</span></div><div class="ref">Aan het college van burgemeester en schepenen<br>
Merkenbeke, 9 december 2026<br>Ons kenmerk: WCH/2026/02</div></div>
<h1>Bereikbaar blijven tijdens de werken</h1>
<p class="sub">Advies van het werfcomité over het ontwerp-minderhinderplan voor de heraanleg van de Heirbaan</p>

<h2>Waarom dit advies</h2>
<div class="fig"><b>De werf in cijfers</b><table>
<tr><td>Lengte van de heraanleg</td><td class="n">820 m</td></tr>
<tr><td>Handelszaken en horeca</td><td class="n">64</td></tr>
<tr><td>Woningen</td><td class="n">212</td></tr>
<tr><td>Busritten per werkdag (lijn 21 en 24)</td><td class="n">118</td></tr>
<tr><td>Geplande duur</td><td class="n">15 maanden</td></tr>
<tr><td>Start fase 1</td><td class="n">maart 2027</td></tr></table></div>
<p>In het voorjaar van 2027 begint de stad met de volledige heraanleg van de Heirbaan, van het Stationsplein tot de
Kloosterstraat. De riolering wordt vernieuwd, de rijweg wordt smaller en er komen bredere voetpaden en bomen. Het
werfcomité verwelkomt die plannen: de straat heeft ze nodig.</p>
<p>De stad vroeg het werfcomité op 4 november om advies over het ontwerp-minderhinderplan. Het werfcomité werd in
2025 opgericht en bestaat uit acht handelaars, vier bewoners, een vertegenwoordiger van de vzw Handelskern
Merkenbeke en, als waarnemers, de projectleider van de stad en de aannemer.</p>
<p>Volgens het politiereglement moet elke werf in de openbare ruimte veilig afgebakend en 's nachts verlicht zijn. Het
bestek bepaalt bovendien dat de aannemer de toegang tot elke woning en elke handelszaak moet garanderen. Die regels
zijn een ondergrens; dit advies gaat over wat daarbovenop nodig is.</p>

<h2>Wat we hoorden</h2>
<p>Op de infoavond van 19 november in zaal De Kroon kwamen ruim 140 mensen. De vragen die het vaakst terugkwamen,
waren:</p>
<ol class="q"><li>Hoe lang is mijn winkel niet bereikbaar met de auto?</li>
<li>Blijft de bus rijden, en waar stopt hij?</li>
<li>Wie betaalt als mijn gevel of mijn etalage schade oploopt?</li>
<li>Moet ik als bewoner mijn afvalcontainer zelf naar de hoek van de straat brengen?</li></ol>
<p>We stellen vast dat het ontwerp-minderhinderplan goed regelt wat de aannemer moet doen, maar weinig zegt over hoe
klanten de winkels kunnen blijven bereiken. Bij de heraanleg van de Kerkstraat in 2023 gaf het toenmalige werfcomité
al dit advies:</p>
<blockquote>'Elke handelaar moet voor de start van de werken een persoonlijk bezoek krijgen van de stad.'</blockquote>
<p>Dat is toen ook gebeurd, en het werd erg gewaardeerd. Het ontwerp-minderhinderplan voor de Heirbaan neemt het
opnieuw op. Ook de tijdelijke bewegwijzering naar de parkings werkte goed, en die staat ook nu in het plan.</p>

<h2>Onze voorstellen</h2>
<p>Het werfcomité doet zeven voorstellen aan het college.</p>
{vs}

<h2>Tot slot</h2>
<p>We vragen bijzondere aandacht voor de voorstellen &#9313; en &#9316;: een vast aanspreekpunt en een vangnet voor de
handelaars die het zwaarst getroffen worden. Het werfcomité blijft de hele werf lang samenkomen en wil graag horen
wat de stad met dit advies doet, liefst voor de start van fase 1.</p>
<p class="sign">Voor het werfcomité Heirbaan,<br>Sofie Van den Broeck, voorzitter (Boekhandel Het Leesteken)<br>
Walter Claes, ondervoorzitter (bewoner)</p>
</body></html>"""


SLIDE_CSS = f"""<style>{FONTS}
@page {{ size: A4; margin: 14mm 0 10mm; }}
body {{ margin: 0; font-family: '{FAM}'; color: #222; font-variant-ligatures: none; }}
.s {{ width: 297mm; height: 167mm; box-sizing: border-box; padding: 15mm 20mm 14mm; position: relative;
      overflow: hidden; zoom: 0.5; margin: 0 auto 10mm; border: 2px solid #9aa; break-inside: avoid; }}
.s.br {{ page-break-after: always; }}
.s .top {{ position: absolute; top: 0; left: 0; right: 0; height: 7mm; background: #20475e; }}
.s h2 {{ font-size: 25pt; margin: 0 0 9mm; color: #20475e; }}
.s .foot {{ position: absolute; bottom: 7mm; left: 20mm; right: 20mm; font-size: 9pt; color: #777;
            display: flex; justify-content: space-between; border-top: 1px solid #ccd; padding-top: 2mm; }}
.cols {{ display: flex; gap: 12mm; }}
.cols .l {{ width: 80mm; flex: none; background: #eef2f5; padding: 6mm 7mm; font-size: 14pt; line-height: 1.4; }}
.cols .l .k {{ display: block; font-size: 10pt; font-weight: bold; text-transform: uppercase; color: #20475e;
              letter-spacing: 0.6px; margin-bottom: 2mm; }}
.cols .r {{ flex: 1; font-size: 15pt; line-height: 1.42; }}
.cols .r .k {{ display: block; font-size: 10pt; font-weight: bold; text-transform: uppercase; color: {OR};
              letter-spacing: 0.6px; margin-bottom: 2mm; }}
.cols .r p {{ margin: 0 0 4mm; }}
ul {{ margin: 0; padding-left: 8mm; font-size: 15pt; line-height: 1.5; }}
li {{ margin-bottom: 2mm; }}
.two {{ display: flex; gap: 10mm; }}
.two > div {{ flex: 1; border-top: 3px solid {OR}; padding-top: 3mm; font-size: 13.5pt; line-height: 1.42; }}
.two h3 {{ font-size: 15pt; margin: 0 0 3mm; }}
.two .u {{ color: #555; font-style: italic; margin: 0 0 3mm; }}
.title {{ background: #20475e; color: white; }}
.title h1 {{ font-size: 34pt; margin: 26mm 0 6mm; line-height: 1.2; }}
.title p {{ font-size: 16pt; margin: 0 0 3mm; }}
table.pl {{ border-collapse: collapse; font-size: 14pt; }}
table.pl td {{ padding: 2.5mm 8mm 2.5mm 0; border-bottom: 1px solid #ccd; }}
</style>"""


def slide(n, title, body, total=9):
    br = " br" if n % 3 == 0 else ""
    return (f'<div class="s{br}"><div class="top"></div><h2>{title}</h2>{body}'
            f'<div class="foot"><span>Stad Merkenbeke - heraanleg Heirbaan - werfcomité 12 januari 2027</span>'
            f'<span>{n} / {total}</span></div></div>')


def cols(voorstel, antwoord):
    return (f'<div class="cols"><div class="l"><span class="k">Uw voorstel</span>{voorstel}</div>'
            f'<div class="r"><span class="k">Ons antwoord</span>{antwoord}</div></div>')


def response_html():
    s = ['<div class="s title"><h1>Heraanleg Heirbaan<br>Wat doen we met uw advies?</h1>'
         '<p>Terugkoppeling aan het werfcomité - 12 januari 2027</p>'
         '<p>Stad Merkenbeke, dienst Openbaar Domein en Mobiliteit<br>schepen Ilse Martens</p>'
         '<div class="foot" style="color:#cdd8e0;border-color:#4d6f84"><span>Stad Merkenbeke</span>'
         '<span>1 / 9</span></div></div>']
    s.append(slide(2, "Waar staan we?", '<table class="pl">'
                   '<tr><td><b>Fase 1</b></td><td>maart - juli 2027</td><td>Stationsplein tot Kerkplein</td></tr>'
                   '<tr><td><b>Fase 2</b></td><td>augustus - december 2027</td><td>Kerkplein tot Molenstraat</td></tr>'
                   '<tr><td><b>Fase 3</b></td><td>januari - mei 2028</td><td>Molenstraat tot Kloosterstraat</td></tr>'
                   '</table><p style="font-size:14pt;margin-top:8mm">Totale duur van de werken: 15 maanden. Budget: '
                   '6,8 miljoen euro, samen met rioolbeheerder Aquaverde. De aannemer is sinds 15 december '
                   'aangesteld.</p>'))
    s.append(slide(3, "Eén aanspreekpunt", cols(
        "Eén vaste persoon voor alle vragen van handelaars en bewoners.",
        "<p>Ja. Vanaf 1 februari 2027 is Lotte Verhaegen werfcoördinator voor de Heirbaan.</p>"
        "<p>Zij is elke werkdag van 8 tot 17 uur bereikbaar op 050 12 34 56, en zij komt elke dinsdag langs bij de "
        "handelaars.</p>")))
    s.append(slide(4, "Te voet langs de winkels", cols(
        "Een doorlopende, verlichte looproute van 1,5 meter.",
        "<p>Er blijft altijd een doorlopende looproute, met tijdelijke verlichting.</p>"
        "<p>Ze is meestal 1,5 meter breed. Op drie plaatsen (ter hoogte van de huisnummers 14, 37 en 52) is dat door "
        "de rioolputten maar 1,2 meter breed, telkens voor ongeveer zes weken. Breder kan daar technisch niet.</p>")))
    s.append(slide(5, "Bus en leveringen", '<div class="two">'
                   '<div><h3>De bushalte</h3><p class="u">Uw voorstel: de halte verplaatsen, niet schrappen.</p>'
                   '<p>Afgesproken met De Lijn: zij verplaatst de halte Heirbaan tijdens fase 1 en 2 naar de '
                   'Kloosterstraat, ter hoogte van de kerk. Lijn 21 en 24 blijven dus in de buurt stoppen.</p></div>'
                   '<div><h3>Leveringen</h3><p class="u">Uw voorstel: een laadzone op het Marktplein, 6 tot 11 uur.'
                   '</p><p>Een laad- en loszone op het Marktplein kunnen we niet toestaan: het plein is tijdens de '
                   'hele werf de opslagplaats van de aannemer. Leveringen blijven dus, zoals nu, via de '
                   'Achterstraat lopen.</p></div></div>'))
    s.append(slide(6, "Werken 's avonds en op zaterdag", cols(
        "Geen werken na 19 uur en op zaterdag.",
        "<p>We bespreken uw vraag met de aannemer zodra de fasering definitief is, eind februari.</p>"
        "<p>Werken na 19 uur zijn nu niet gepland. Of er voor de aansluitingen op de riolering ook op zaterdag "
        "gewerkt moet worden, weten we pas dan.</p>")))
    s.append(slide(7, "Informatie", cols(
        "Een werfbrief om de twee weken en een infopunt in de straat.",
        "<p>Vanaf februari verschijnt om de twee weken een werfbrief, in uw brievenbus en per mail.</p>"
        "<p>In de voormalige schoenwinkel op Heirbaan 41 opent de stad een infopunt, elke woensdag en zaterdag van "
        "10 tot 12 uur.</p>")))
    s.append(slide(8, "Volgende stappen", "<ul><li>3 februari 2027: infomarkt voor alle bewoners in zaal De Kroon"
                   "</li><li>februari: persoonlijk bezoek aan elke handelaar</li><li>1 maart 2027: start fase 1"
                   "</li><li>volgend werfcomité: dinsdag 9 maart 2027, 19.30 uur</li></ul>"))
    s.append(slide(9, "Vragen?", "<ul><li>Werfcoördinator: Lotte Verhaegen</li><li>heirbaan@merkenbeke.example"
                   "</li><li>Alle werfbrieven en plannen vindt u op www.merkenbeke.example/heirbaan</li></ul>"))
    return (f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Terugkoppeling werfcomité</title>'
            f'{SLIDE_CSS}</head><body>{"".join(s)}</body></html>')


def expected():
    recs = [
        (1, "Hou tijdens alle fasen langs de winkels een doorlopende, verlichte looproute",
         "de rioolputten maar 1,2 meter breed", "partly"),
        (2, "Stel een vaste werfcoördinator aan die elke werkdag telefonisch bereikbaar",
         "zij komt elke dinsdag langs bij de handelaars", "agrees"),
        (3, "Laat leveringen aan de winkels toe tussen 6 en 11 uur",
         "Een laad- en loszone op het Marktplein kunnen we niet toestaan", "disagrees"),
        (4, "Verplaats de bushalte Heirbaan tijdelijk naar de Kloosterstraat, in plaats",
         "verplaatst de halte Heirbaan tijdens fase 1 en 2", "agrees"),
        (5, "Geef handelaars die meer dan 30 procent omzet verliezen een lokale", None, "unanswered"),
        (6, "Plan geen werken na 19 uur en op zaterdag, behalve voor",
         "We bespreken uw vraag met de aannemer zodra de fasering definitief", "noted"),
        (7, "Verstuur elke twee weken een werfbrief, op papier en digitaal",
         "opent de stad een infopunt, elke woensdag en zaterdag", "agrees"),
    ]
    unmatched = ["Totale duur van de werken: 15 maanden",
                 "infomarkt voor alle bewoners in zaal De Kroon",
                 "Alle werfbrieven en plannen vindt u op"]
    notes = ("Werfcomité Heirbaan (Flemish works committee of traders and residents), advies WCH/2026/02 to the college "
             "van burgemeester en schepenen of Merkenbeke on the ontwerp-minderhinderplan (2 p., Chromium, orange "
             "rule head, floated 'De werf in cijfers' box, stamped running head from p. 2, 'pagina n/m'). Traps: the "
             "politiereglement and the bestek 'moet', the info evening's questions as a numbered list 1.-4. (one "
             "'Moet ik ...?'), 'We stellen vast', the 2023 Kerkstraat advice quoted with 'moet' (realised, taken up "
             "again), a closing line citing 'de voorstellen (2) en (5)' in circled digits. Recommendations are "
             "numbered with CIRCLED DIGITS (U+2460-U+2466) in a coloured column, each a bold sentence over a plain "
             "explanation (expected 1-7). Response: a SLIDE DECK of 9 slides for the committee's next meeting, "
             "printed as a hand-out three to an A4 page (3 p., framed slides), no numbers: title, 'Waar staan we?' (planning), then slides by theme with 'Uw voorstel' "
             "(paraphrase) and 'Ons antwoord' columns in the order 2, 1, 4+3, 6, 7. 2 agrees (werfcoördinator from 1 "
             "February, every Tuesday to the traders). 1 partly (route kept and lit, but 1.2 m at three places for "
             "six weeks). Slide 5 'Bus en leveringen' has two blocks: 4 agrees (De Lijn moves the stop to the "
             "Kloosterstraat) and 3 disagrees (no loading zone on the Marktplein, deliveries stay via the "
             "Achterstraat). 6 noted (to be discussed with the contractor once the phasing is final). 7 agrees "
             "(fortnightly werfbrief, infopunt at Heirbaan 41). 5 (local compensation on top of the Flemish "
             "hinderpremie) is not answered. 'Waar staan we?', 'Volgende stappen' and 'Vragen?' answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.chromium_pdf(advice_html(), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Werfcomité Heirbaan - advies WCH/2026/02 - minderhinderplan", "pagina {n}/{m}",
            F["Regular"])
    B.chromium_pdf(response_html(), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Heraanleg Heirbaan - terugkoppeling werfcomité 12 januari 2027 - hand-out",
            "pagina {n}/{m}", F["Regular"], skip_first=False)
    expected()
