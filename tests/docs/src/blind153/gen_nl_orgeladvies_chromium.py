"""Round 153 (nl): the (Flemish) ORGELADVIES of an (invented) independent organ expert on the protected organ of a
parish church, written for the church council (kerkfabriek); its seven recommendations are LETTERED 'a)'-'g)' as
hanging paragraphs inside a FRAMED, shaded box 'Adviezen', after findings lettered 'a)'-'f)' hanging in the same
style under '3 Vaststellingen' (trap); answered by the church council's LETTER with a TABLE 'Advies | Standpunt van
de kerkraad | Timing' keyed by the letters, in another order, one row 'a en c' answering two with different verdicts.

Advice (Chromium headless, sans, dark-brown headings and title rule, metadata table, a ruled stop-list table,
stamped head, 'pagina n van m'): the heritage decree paraphrased with 'moet' (trap), the 1989 restoration report's
recommendation quoted as an imperative (trap), 'Wij raden niet aan het orgel te vervangen door een digitaal
instrument' (trap); expected 'a'-'g'. Response (Chromium, stamped, 'pagina n'): d agrees (nitrogen treatment against
woodworm), ONE row a agrees (wind chest restored) + c disagrees (no reconstruction of the Cornet), e partly (one
tuning a year, not two), b partly (data logger now, humidifier only after a year of readings), f noted (concerts are
the friends' association's business; passed on), a row 'Digitaal orgel' answers the 'we do not advise' sentence
(unmatched); g (protect the organ during the floor works) unanswered. All bodies, places, people, figures and
reference numbers invented.

Run: /tmp/blind153nl/bin/python tests/docs/src/blind153/gen_nl_orgeladvies_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b153nl as B  # noqa: E402

NAME = "blind153_nl_orgeladvies"
F = B.tmp_fonts()
SANS = "B153NL Sans"
INK = "#6b3d1f"

CSS = f"""<style>
@page {{ size: A4; margin: 2.0cm 2.1cm 1.9cm 2.1cm; }}
body {{ font-family: '{SANS}'; font-size: 9.2pt; line-height: 1.4; color: #111; }}
p {{ margin: 0 0 0.2cm 0; text-align: justify; }}
h1 {{ font-size: 15pt; color: {INK}; border-bottom: 2pt solid {INK}; padding-bottom: 0.1cm; margin: 0.1cm 0 0.15cm 0; }}
h2 {{ font-size: 11pt; color: {INK}; margin: 0.32cm 0 0.1cm 0; break-after: avoid; }}
.small {{ font-size: 8.1pt; color: #555; text-align: left; }}
.quote {{ margin: 0.08cm 0.9cm 0.2cm 0.9cm; font-style: italic; color: #444; }}
p.hang {{ padding-left: 0.7cm; text-indent: -0.7cm; margin-bottom: 0.12cm; }}
p.hang b {{ display: inline-block; width: 0.7cm; text-indent: 0; }}
div.box {{ border: 1pt solid {INK}; background: #f6efe8; padding: 0.2cm 0.35cm 0.05cm 0.35cm; margin: 0.1cm 0 0.3cm 0;
  break-inside: avoid; }}
div.box p.boxhead {{ font-weight: bold; color: {INK}; font-size: 10pt; margin-bottom: 0.12cm; }}
table.meta, table.grid {{ border-collapse: collapse; width: 100%; margin: 0.1cm 0 0.3cm 0; font-size: 8.5pt; }}
table.meta td, table.grid td, table.grid th {{ border-bottom: 0.6pt solid #d9c4b2; padding: 0.07cm 0.15cm;
  vertical-align: top; text-align: left; }}
table.meta td.k {{ width: 22%; font-weight: bold; color: {INK}; }}
table.grid th {{ border-bottom: 1.2pt solid {INK}; color: {INK}; }}
table.grid td.l {{ font-weight: bold; color: {INK}; width: 9%; }}
</style>"""


def hang(items):
    return "\n".join(f'<p class="hang"><b>{n})</b>{t}</p>' for n, t in items)


FINDINGS = [
    ("a", "De windlade van het hoofdwerk lekt: bij het aanslaan van een akkoord klinken naburige pijpen mee en "
          "verschillende tonen slaan niet of te laat aan."),
    ("b", "De relatieve vochtigheid in de kerk daalde in januari en februari 2027 tot 31 procent; de kast vertoont "
          "krimpscheuren in de zijpanelen."),
    ("c", "Van de oorspronkelijke Cornet V rangen van het hoofdwerk is alleen de pijpstok bewaard; het register is "
          "in 1958 vervangen door een Voix céleste."),
    ("d", "In de houten pijpen van de Bourdon 16' en in de onderkast zijn verse uitvliegopeningen van de "
          "houtworm te zien."),
    ("e", "Het orgel wordt sinds 2021 slechts om de twee jaar gestemd; vooral de tongwerken zijn ontstemd."),
    ("f", "Het instrument wordt buiten de zondagsmis nauwelijks bespeeld en is bij de inwoners weinig bekend."),
]

RECS = [
    ("a", "Laat de windlade van het hoofdwerk volledig demonteren en herstellen door een erkende orgelbouwer, met "
          "nieuwe lederen pulpeten en een nieuwe afdichting van de cancellen."),
    ("b", "Zorg voor een stabiel binnenklimaat: houd de relatieve vochtigheid in de kerk tussen 50 en 65 procent "
          "met een bevochtiger en verwarm niet sneller dan één graad per uur."),
    ("c", "Reconstrueer de Cornet V rangen van het hoofdwerk op basis van de bewaarde pijpstok en vergelijkbare "
          "registers van Vereecken in de regio."),
    ("d", "Behandel de houten pijpen en de kast tegen houtworm met een stikstofbehandeling in een tent, niet "
          "met een chemisch middel."),
    ("e", "Sluit een onderhoudscontract af met een orgelbouwer voor twee stembeurten per jaar en een algemene "
          "controle om de vijf jaar."),
    ("f", "Organiseer na de restauratie een openingsconcert en een jaarlijkse orgelreeks, zodat het instrument "
          "bij een breder publiek bekend raakt."),
    ("g", "Scherm de orgelkast tijdens de geplande werken aan de kerkvloer stofdicht af en bespeel het orgel in "
          "die periode niet."),
]

ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Advies over het Vereecken-orgel
van de Sint-Amanduskerk</title>{CSS}</head><body>
<p class="small">Orgeladvies Vanhoutte - onafhankelijk orgeldeskundige - Kloosterstraat 31, 9812 Langemolen -
info@orgeladviesvanhoutte.example</p>
<h1>Advies over de toestand en de restauratie van het Vereecken-orgel</h1>
<p class="small">Sint-Amanduskerk te Hoeveldonk, in opdracht van de kerkfabriek Sint-Amandus</p>
<table class="meta">
<tr><td class="k">Opdrachtgever</td><td>Kerkfabriek Sint-Amandus Hoeveldonk, t.a.v. de heer R. (Rik) De Clercq,
voorzitter van de kerkraad</td></tr>
<tr><td class="k">Instrument</td><td>Orgel van Pieter-Jan Vereecken, 1847; twee klavieren en pedaal, 24 registers;
beschermd als monument sinds 1998</td></tr>
<tr><td class="k">Kenmerk</td><td>OV/2027/19</td></tr>
<tr><td class="k">Bezoeken</td><td>22 juni en 14 juli 2027; advies 3 september 2027</td></tr>
<tr><td class="k">Deskundige</td><td>dr. W. (Wouter) Vanhoutte, organist en orgeldeskundige</td></tr>
</table>
<h2>1 Opdracht en kader</h2>
<p>De kerkfabriek vroeg een onafhankelijk advies over de toestand van het orgel en over de werken die de komende
tien jaar nodig zijn. Volgens het Onroerenderfgoeddecreet moet de eigenaar van een beschermd monument het in goede
staat houden, en moet een restauratie gebeuren op basis van een goedgekeurd beheersplan. Het orgel werd voor het
laatst gerestaureerd in 1989. Het verslag van die restauratie sloot af met deze raad, die de voorbije jaren
onvoldoende is opgevolgd:</p>
<p class="quote">'Laat de tongwerken jaarlijks stemmen en houd de kerk in de winter op een gelijkmatige
temperatuur.'</p>
<h2>2 Het instrument</h2>
<p>Het orgel staat op het doksaal aan de westzijde. Het pijpwerk is voor ongeveer 80 procent origineel; in 1958
werd het instrument aangepast aan de smaak van die tijd. De tabel geeft een selectie uit de dispositie.</p>
<table class="grid">
<tr><th>Werk</th><th>Register</th><th>Toestand</th></tr>
<tr><td>Hoofdwerk</td><td>Prestant 8', Bourdon 16', Octaaf 4'</td><td>origineel, speelbaar</td></tr>
<tr><td>Hoofdwerk</td><td>Voix céleste 8' (1958, in plaats van Cornet V rangen)</td><td>niet origineel</td></tr>
<tr><td>Hoofdwerk</td><td>Trompet 8'</td><td>origineel, sterk ontstemd</td></tr>
<tr><td>Positief</td><td>Holpijp 8', Fluit 4', Doublette 2'</td><td>origineel, speelbaar</td></tr>
<tr><td>Pedaal</td><td>Subbas 16', Bazuin 16'</td><td>origineel, houtworm in de Subbas</td></tr>
</table>
<h2>3 Vaststellingen</h2>
{hang(FINDINGS)}
<p>Wij raden niet aan het orgel te vervangen door een digitaal instrument: het Vereecken-orgel is een van de
best bewaarde instrumenten van de bouwer en is met de voorgestelde werken weer volledig bespeelbaar.</p>
<h2>4 Adviezen</h2>
<p>De adviezen volgen de vaststellingen. Advies a) en d) zijn het dringendst; de overige kunnen in de loop van het
restauratieproject worden uitgevoerd.</p>
<div class="box"><p class="boxhead">Adviezen van de orgeldeskundige</p>
{hang(RECS)}
</div>
<h2>5 Besluit</h2>
<p>Het orgel van de Sint-Amanduskerk is een waardevol instrument in een matige toestand. Met een restauratie in
fasen kan het opnieuw decennialang de liturgie en het muziekleven van Hoeveldonk dragen. Ik ben graag bereid het
advies toe te lichten op een vergadering van de kerkraad.</p>
<p>dr. W. Vanhoutte<br>orgeldeskundige</p>
</body></html>"""

ROWS = [
    ("d", "Akkoord. De orgelbouwer plaatst de kast en de houten pijpen in het voorjaar onder een tent met "
          "stikstof; een chemische behandeling komt er niet.", "maart 2028"),
    ("a en c", "De windlade van het hoofdwerk laten wij herstellen als eerste fase van de restauratie; de offerte van "
               "orgelmakerij Desmet wordt in december toegewezen. Het oude Cornet-register laten wij niet opnieuw "
               "maken: de Voix céleste van 1958 hoort intussen ook bij de geschiedenis van het orgel, en de "
               "meerkost van 38.000 euro kunnen wij niet dragen.", "2028"),
    ("e", "Wij sluiten een contract voor één stembeurt per jaar, telkens voor Pasen, met een nazicht om de vijf "
          "jaar; een tweede stembeurt is voor de kerkfabriek te duur.", "vanaf 2028"),
    ("b", "In het doksaal en het schip hangen sinds oktober twee dataloggers. Over een bevochtiger beslissen wij "
          "pas na een volledig jaar metingen; de verwarming wordt al trager opgestookt.", "metingen tot oktober 2028"),
    ("f", "De concerten zijn het terrein van de vzw Vrienden van het Vereecken-orgel. Wij hebben uw voorstel aan "
          "hun bestuur bezorgd; de kerk blijft daarvoor ter beschikking.", "-"),
    ("Digitaal orgel", "Een elektronisch instrument was voor de kerkraad nooit een optie; het huidige orgel blijft "
                       "in gebruik.", "-"),
]

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Reactie op het orgeladvies
</title>{CSS}</head><body>
<p class="small">Kerkfabriek Sint-Amandus Hoeveldonk - Kerkplein 2, 9860 Hoeveldonk - kerkfabriek.amandus@hoeveldonk.example</p>
<h1>Reactie van de kerkraad op het orgeladvies</h1>
<p class="small">brief aan Orgeladvies Vanhoutte, t.a.v. dr. W. Vanhoutte</p>
<table class="meta">
<tr><td class="k">Ons kenmerk</td><td>KF-SA/2027/37</td></tr>
<tr><td class="k">Uw kenmerk</td><td>OV/2027/19</td></tr>
<tr><td class="k">Datum</td><td>20 november 2027</td></tr>
<tr><td class="k">Contact</td><td>R. De Clercq, voorzitter; A. Verhaeghe, secretaris</td></tr>
</table>
<p>Geachte heer Vanhoutte,</p>
<p>Hartelijk dank voor uw grondig advies. De kerkraad heeft het besproken op zijn vergadering van 7 oktober en
daarna voorgelegd aan het gemeentebestuur, dat het grootste deel van de kosten draagt via het
meerjarenplan van de kerkfabriek. In de tabel leest u per advies ons standpunt en de timing. Wij beginnen
met de houtworm, omdat die geen uitstel verdraagt.</p>
<table class="grid">
<tr><th>Advies</th><th>Standpunt van de kerkraad</th><th>Timing</th></tr>
{"".join(f'<tr><td class="l">{a}</td><td>{b}</td><td>{c}</td></tr>' for a, b, c in ROWS)}
</table>
<p>Voor de restauratie dienen wij begin 2028 een aanvraag voor een erfgoedpremie in. Wij houden u op de hoogte
van de voortgang en nodigen u graag uit op de eerste bespeling na de werken.</p>
<p>Met vriendelijke groeten,<br>Rik De Clercq, voorzitter - An Verhaeghe, secretaris</p>
</body></html>"""


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Orgeladvies Vanhoutte - Vereecken-orgel Sint-Amanduskerk Hoeveldonk - OV/2027/19",
            "pagina {n} van {m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Kerkfabriek Sint-Amandus Hoeveldonk - reactie op het orgeladvies - KF-SA/2027/37",
            "pagina {n}", F["Regular"])
    B.write_expected(NAME, [
        ("a", "Laat de windlade van het hoofdwerk volledig demonteren en herstellen",
         "laten wij herstellen als eerste fase van de restauratie", "agrees"),
        ("b", "Zorg voor een stabiel binnenklimaat: houd de relatieve vochtigheid",
         "Over een bevochtiger beslissen wij pas na een volledig jaar metingen", "partly"),
        ("c", "Reconstrueer de Cornet V rangen van het hoofdwerk op basis",
         "Het oude Cornet-register laten wij niet opnieuw maken", "disagrees"),
        ("d", "Behandel de houten pijpen en de kast tegen houtworm",
         "onder een tent met stikstof; een chemische behandeling komt er niet", "agrees"),
        ("e", "Sluit een onderhoudscontract af met een orgelbouwer voor twee stembeurten",
         "een tweede stembeurt is voor de kerkfabriek te duur", "partly"),
        ("f", "Organiseer na de restauratie een openingsconcert en een jaarlijkse orgelreeks",
         "Wij hebben uw voorstel aan hun bestuur bezorgd", "noted"),
        ("g", "Scherm de orgelkast tijdens de geplande werken aan de kerkvloer", None, "unanswered"),
    ], ["Een elektronisch instrument was voor de kerkraad nooit een optie"],
        "Advice: the (Flemish) ORGELADVIES of an independent organ expert on the protected organ of a parish church; "
        "the seven recommendations are LETTERED hanging paragraphs 'a)'-'g)' inside a framed, shaded box under "
        "'4 Adviezen' (expected 'a'-'g'). Traps: the heritage decree paraphrased with 'moet', the 1989 restoration "
        "report's advice quoted as an imperative, a stop-list table, findings lettered 'a)'-'f)' hanging in the same "
        "style, 'Wij raden niet aan het orgel te vervangen door een digitaal instrument', a sentence naming a) and "
        "d). Response: the church council's LETTER with a TABLE 'Advies | Standpunt | Timing' in the order d, a+c, e, "
        "b, f, digital organ: d agrees, ONE row a agrees + c disagrees (no Cornet reconstruction), e partly (one "
        "tuning a year), b partly (data loggers; humidifier decided later), f noted (the friends' association's "
        "business; passed on), the row 'Digitaal orgel' answers the 'we do not advise' sentence (unmatched). g "
        "(protect the organ during the floor works) is never answered; introduction and closing answer nothing.")
    print("written", NAME)
