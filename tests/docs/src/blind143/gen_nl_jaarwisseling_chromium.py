"""Round 143 (nl): the EVALUATIE JAARWISSELING of an (invented) independent commission for a municipality's mayor,
after a rough New Year's Eve in one district; its seven recommendations are CODED BOXES 'A1'-'A7' under '5
Aanbevelingen', after the commission's findings as coded boxes 'B1'-'B5' in exactly the same framed style under '4
Bevindingen'; answered by the MAYOR'S LETTER TO THE COUNCIL, which never uses the codes but paraphrases BY THEME in
another order, with one paragraph answering two recommendations with different verdicts.

Advice (Chromium, sans, dark-red title band and headings, metadata and figures tables, framed coded boxes, stamped
head, 'pagina n/m'): the fireworks rules and the local by-law paraphrased with 'mag' and 'moet' (trap), the 2025
evaluation quoted as an imperative ('Wijs rond het ziekenhuis ...', carried out, trap), findings 'B1'-'B5' boxed like
the recommendations (trap), 'Wij adviseren niet om voor de hele gemeente een algeheel vuurwerkverbod in te voeren'
(trap), a closing line naming 'A2 en A5' (trap). Response (Chromium, stamped), in the order 5, 2, 4+3, 1, 6: 5
agrees, 2 agrees, 4 disagrees + 3 partly in one paragraph, 1 agrees, 6 noted; 7 unanswered; the introduction, the
answer to a council motion and the closing answer nothing. All bodies, places, people, figures and reference numbers
invented; rules named as context only.

Run: /tmp/blind143nl/bin/python tests/docs/src/blind143/gen_nl_jaarwisseling_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b143nl as B  # noqa: E402

NAME = "blind143_nl_jaarwisseling"
F = B.tmp_fonts()
SANS = "B143NL Sans"
INK = "#7a1f24"

CSS = f"""<style>
@page {{ size: A4; margin: 2.0cm 2.1cm 1.9cm 2.1cm; }}
body {{ font-family: '{SANS}'; font-size: 9.4pt; line-height: 1.42; color: #111; }}
p {{ margin: 0 0 0.2cm 0; text-align: justify; }}
h1 {{ font-size: 15pt; color: #fff; background: {INK}; padding: 0.25cm 0.3cm; margin: 0 0 0.15cm 0; }}
h2 {{ font-size: 11pt; color: {INK}; margin: 0.34cm 0 0.12cm 0; break-after: avoid; }}
.small {{ font-size: 8.1pt; color: #555; text-align: left; }}
.quote {{ margin: 0.08cm 0.9cm 0.2cm 0.9cm; font-style: italic; color: #444; }}
.box {{ border: 0.8pt solid {INK}; border-left: 3pt solid {INK}; padding: 0.1cm 0.25cm; margin: 0 0 0.14cm 0;
        break-inside: avoid; }}
.box b {{ color: {INK}; display: inline-block; width: 0.75cm; }}
table {{ border-collapse: collapse; width: 100%; margin: 0.05cm 0 0.25cm 0; font-size: 8.5pt; }}
td, th {{ border: 0.6pt solid #c9a5a7; padding: 0.07cm 0.15cm; vertical-align: top; text-align: left; }}
th {{ background: {INK}; color: #fff; }}
td.k {{ background: #f6ecec; width: 24%; }}
td.n {{ text-align: right; width: 16%; }}
</style>"""


def boxes(items):
    return "".join(f'<div class="box"><b>{code}</b> {text}</div>' for code, text in items)


ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Evaluatie jaarwisseling</title>
{CSS}</head><body>
<p class="small">Commissie Evaluatie Jaarwisseling Dalenvoort - p/a Bureau Openbare Orde en Veiligheid, Markt 1, 3771
PD Dalenvoort</p>
<h1>Evaluatie jaarwisseling 2026-2027</h1>
<table>
<tr><td class="k">Aan</td><td>de burgemeester van Dalenvoort, ter bespreking in de raadscommissie Bestuur en
Veiligheid</td></tr>
<tr><td class="k">Kenmerk en datum</td><td>CEJ-2027-01, 15 maart 2027</td></tr>
<tr><td class="k">Commissie</td><td>mr. E.J. Dijkgraaf-Tol (voorzitter), Rachid Ouali, drs. H.M. Verbeek-Smit</td></tr>
<tr><td class="k">Werkwijze</td><td>26 gesprekken, meldingen van politie, brandweer en handhaving, enquête onder 1.140
inwoners</td></tr>
</table>
<h2>1 Aanleiding</h2>
<p>De jaarwisseling 2026-2027 verliep in het grootste deel van Dalenvoort rustig, maar niet in de wijk Zuidhoek en
rond winkelcentrum De Brink. Daar werden een bushokje en twee ondergrondse containers opgeblazen, brandden vier auto's
uit en werden brandweerlieden met zwaar vuurwerk bekogeld. De burgemeester vroeg de commissie op 8 januari 2027 om de
jaarwisseling te evalueren en aanbevelingen te doen voor de volgende.</p>
<h2>2 Kader</h2>
<p>Volgens het Vuurwerkbesluit mag consumentenvuurwerk alleen op oudejaarsdag vanaf 18.00 uur tot nieuwjaarsdag
02.00 uur worden afgestoken. De Algemene Plaatselijke Verordening Dalenvoort bepaalt dat de burgemeester vuurwerkvrije
zones vooraf moet bekendmaken en dat die zones met borden moeten worden aangegeven. In de evaluatie van de
jaarwisseling 2024-2025 stond:</p>
<p class="quote">'Wijs rond het ziekenhuis, de verpleeghuizen en de dierenopvang vuurwerkvrije zones aan en maak die
zichtbaar met borden.'</p>
<p>Dat is voor deze jaarwisseling volledig gebeurd; in de zones zelf zijn vrijwel geen meldingen gedaan.</p>
<h2>3 Cijfers</h2>
<table>
<tr><th>Onderwerp</th><th class="n">2025-2026</th><th class="n">2026-2027</th></tr>
<tr><td>Meldingen van vuurwerkoverlast</td><td class="n">412</td><td class="n">538</td></tr>
<tr><td>Branden (containers, auto's, bushokjes)</td><td class="n">37</td><td class="n">51</td></tr>
<tr><td>Incidenten met geweld tegen hulpverleners</td><td class="n">3</td><td class="n">9</td></tr>
<tr><td>Aanhoudingen</td><td class="n">14</td><td class="n">22</td></tr>
<tr><td>Schade aan gemeentelijke eigendommen (euro)</td><td class="n">86.000</td><td class="n">131.000</td></tr>
</table>
<h2>4 Bevindingen</h2>
{boxes([
    ("B1", "De overlast concentreerde zich in Zuidhoek en rond De Brink; 71 procent van de branden vond daar plaats."),
    ("B2", "De brandweer reed na middernacht in Zuidhoek alleen nog met politiebegeleiding uit, wat de aanrijtijden "
           "met gemiddeld elf minuten verlengde."),
    ("B3", "Jongerenwerkers waren op oudejaarsavond niet op straat, omdat hun dienst om 18.00 uur eindigde."),
    ("B4", "De vuurwerkshow in het Stadspark om 20.00 uur trok 2.600 bezoekers, maar weinig jongeren uit Zuidhoek."),
    ("B5", "Containers en afvalbakken waren in Zuidhoek niet vooraf weggehaald, anders dan in het centrum."),
])}
<p>Wij adviseren niet om voor de hele gemeente een algeheel vuurwerkverbod in te voeren, zoals enkele inwoners in de
enquête voorstelden: zonder landelijk verbod is zo'n maatregel nauwelijks te handhaven, en in de meeste wijken is er
geen aanleiding voor.</p>
<h2>5 Aanbevelingen</h2>
<p>De commissie doet de burgemeester de volgende aanbevelingen:</p>
{boxes([
    ("A1", "Zet op oudejaarsavond van 20.00 tot 03.00 uur jongerenwerkers in Zuidhoek en rond De Brink in, steeds "
           "samen met een handhaver."),
    ("A2", "Verwijder in de week voor de jaarwisseling alle afvalbakken, containers en losse materialen uit Zuidhoek en "
           "rond het winkelcentrum."),
    ("A3", "Houd de gemeentelijke vuurwerkshow voortaan om middernacht in plaats van om 20.00 uur, en op een plek in "
           "Zuidhoek zelf."),
    ("A4", "Stel voor de hele wijk Zuidhoek een vuurwerkverbod in, naast de bestaande vuurwerkvrije zones rond de "
           "zorginstellingen."),
    ("A5", "Maak met politie en justitie afspraken om daders van geweld tegen hulpverleners snel te vervolgen en de "
           "schade op hen te verhalen."),
    ("A6", "Plaats in Zuidhoek tijdelijk camera's op de drie plekken waar de meeste incidenten plaatsvonden."),
    ("A7", "Betrek scholen en sportverenigingen in de maanden voor de jaarwisseling bij voorlichting over de gevolgen "
           "van zwaar vuurwerk."),
])}
<h2>6 Tot slot</h2>
<p>De commissie heeft waardering voor de inzet van hulpverleners, handhavers en buitendienst in een zware nacht. Zij
vraagt de burgemeester in elk geval A2 en A5 uit te voeren vóór de volgende jaarwisseling, omdat die het snelst effect
hebben.</p>
<p>Dalenvoort, 15 maart 2027<br>namens de commissie, mr. E.J. Dijkgraaf-Tol, voorzitter</p>
</body></html>"""


RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Brief aan de raad</title>
{CSS}</head><body>
<p class="small">De burgemeester van Dalenvoort - Markt 1, 3771 PD Dalenvoort - www.dalenvoort.example</p>
<h1>Brief aan de gemeenteraad</h1>
<table>
<tr><td class="k">Aan</td><td>de leden van de gemeenteraad van Dalenvoort</td></tr>
<tr><td class="k">Onderwerp</td><td>reactie op het rapport van de Commissie Evaluatie Jaarwisseling</td></tr>
<tr><td class="k">Datum en kenmerk</td><td>12 april 2027 - BGM/OOV 2027-0212</td></tr>
</table>
<p>Geachte raadsleden,</p>
<p>Op 15 maart 2027 bood de Commissie Evaluatie Jaarwisseling mij haar rapport aan. Ik heb het u dezelfde week
toegestuurd. Het rapport bevestigt het beeld dat ik in de nieuwjaarsnacht zelf in Zuidhoek kreeg: een kleine groep
veroorzaakte veel schade, en hulpverleners konden hun werk niet veilig doen. In deze brief laat ik u weten wat ik met
de aanbevelingen doe. Ik begin met wat mij het meest heeft geraakt.</p>
<h2>Hulpverleners</h2>
<p>Wie brandweerlieden met vuurwerk bekogelt, moet dat merken. Ik neem deze aanbeveling van de commissie dan ook
over. Met de politie en het Openbaar Ministerie is afgesproken dat verdachten bij de volgende jaarwisseling via
supersnelrecht worden berecht, en de gemeente zal de schade aan voertuigen en materieel in alle gevallen
civielrechtelijk terugvorderen.</p>
<h2>De openbare ruimte</h2>
<p>Ook het opruimen van de straat gaat gebeuren. Vanaf 27 december haalt de buitendienst in Zuidhoek en bij De Brink
alle afvalbakken weg, worden de ondergrondse containers afgesloten en wordt bouwmateriaal van lopende werken
afgevoerd.</p>
<h2>Vuurwerk in Zuidhoek</h2>
<p>Over het afsteken van vuurwerk in Zuidhoek zelf denk ik anders dan de commissie. Een verbod voor één wijk
verplaatst het probleem naar de buurwijken en is met het aantal handhavers dat wij hebben niet te controleren; een
wijkverbod komt er daarom niet. Wel wil ik de jongeren uit die wijk iets te bieden hebben. De show verhuist naar
middernacht, maar blijft in het Stadspark: in Zuidhoek is geen terrein groot genoeg voor de vereiste
veiligheidsafstanden. Wij zetten wel gratis pendelbussen in vanaf het winkelcentrum.</p>
<h2>Jongerenwerk</h2>
<p>De inzet van jongerenwerkers tot drie uur 's nachts neem ik over. De opdracht aan Stichting Jong Dalenvoort is
daarop aangepast, en elke jongerenwerker loopt in een vast koppel met een boa.</p>
<h2>Cameratoezicht</h2>
<p>Het plaatsen van camera's vraagt een besluit van uw raad en een zorgvuldige afweging van de privacy van bewoners.
Ik neem het voorstel van de commissie mee in de evaluatie van het cameratoezicht die ik u in het najaar stuur, en
doe nu geen toezegging.</p>
<h2>Motie Vuurwerkvrij Dalenvoort</h2>
<p>In januari nam uw raad de motie Vuurwerkvrij Dalenvoort aan. Zoals gevraagd houd ik in september een
inwonerspeiling over een vuurwerkvrije gemeente; de uitkomst stuur ik u vóór de begrotingsbehandeling.</p>
<p>Ik dank de commissie voor haar zorgvuldige werk en ga er met u graag over in gesprek in de commissie Bestuur en
Veiligheid van 6 mei.</p>
<p>De burgemeester van Dalenvoort,<br>drs. W.A. (Wendy) Hooghiemstra</p>
</body></html>"""


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Commissie Evaluatie Jaarwisseling Dalenvoort - evaluatie jaarwisseling 2026-2027 - "
            "CEJ-2027-01", "pagina {n}/{m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Burgemeester van Dalenvoort - brief aan de raad - BGM/OOV 2027-0212",
            "pagina {n}/{m}", F["Regular"])
    B.write_expected(NAME, [
        ("A1", "Zet op oudejaarsavond van 20.00 tot 03.00 uur jongerenwerkers",
         "De opdracht aan Stichting Jong Dalenvoort is daarop aangepast", "agrees"),
        ("A2", "Verwijder in de week voor de jaarwisseling alle afvalbakken, containers",
         "Vanaf 27 december haalt de buitendienst in Zuidhoek", "agrees"),
        ("A3", "Houd de gemeentelijke vuurwerkshow voortaan om middernacht in plaats van",
         "De show verhuist naar middernacht, maar blijft in het Stadspark", "partly"),
        ("A4", "Stel voor de hele wijk Zuidhoek een vuurwerkverbod in,",
         "een wijkverbod komt er daarom niet", "disagrees"),
        ("A5", "Maak met politie en justitie afspraken om daders van geweld",
         "bij de volgende jaarwisseling via supersnelrecht worden berecht", "agrees"),
        ("A6", "Plaats in Zuidhoek tijdelijk camera's op de drie plekken",
         "mee in de evaluatie van het cameratoezicht", "noted"),
        ("A7", "Betrek scholen en sportverenigingen in de maanden voor de jaarwisseling", None, "unanswered"),
    ], ["houd ik in september een inwonerspeiling over een vuurwerkvrije gemeente",
        "Ik dank de commissie voor haar zorgvuldige werk"],
        "Advice: the EVALUATION OF NEW YEAR'S EVE by an independent commission for a mayor, after riots in one "
        "district; the seven recommendations are CODED FRAMED BOXES 'A1'-'A7' under '5 Aanbevelingen'. Traps: the "
        "fireworks rules and the local by-law paraphrased with 'mag' and 'moet', the 2024-2025 evaluation quoted as an "
        "imperative ('Wijs rond het ziekenhuis ... vuurwerkvrije zones aan ...', carried out), a figures table, "
        "findings as CODED FRAMED BOXES 'B1'-'B5' in exactly the same style under '4 Bevindingen', 'Wij adviseren "
        "niet om voor de hele gemeente een algeheel vuurwerkverbod in te voeren', a closing line naming 'A2 en A5'. "
        "Response: the MAYOR'S LETTER TO THE COUNCIL, which never uses the codes and answers BY THEME under its own "
        "headings, in the order A5, A2, A4+A3, A1, A6: A5 agrees ('neem ik ... over', supersnelrecht, damage "
        "claimed), A2 agrees (bins removed from 27 December), ONE paragraph 'Vuurwerk in Zuidhoek' = A4 disagrees "
        "('denk ik anders', no district ban) + A3 partly (show at midnight but stays in the Stadspark), A1 agrees "
        "(youth workers until 3 a.m.), A6 noted (taken into the autumn evaluation of camera surveillance, 'geen "
        "toezegging'). A7 (information at schools and sports clubs) is never answered. The introduction, the answer "
        "to the council motion 'Vuurwerkvrij Dalenvoort' and the closing answer nothing.")
    print("written", NAME)
