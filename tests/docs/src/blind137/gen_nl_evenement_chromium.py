"""Round 137 (nl): the VEILIGHEIDSADVIES of an (invented) VEILIGHEIDSREGIO to a mayor on the application for an event
permit (a three-day dike festival), a document with DECIMALLY NUMBERED PARAGRAPHS throughout; its seven
recommendations are paragraphs 4.1-4.7 of '4 Advies', after the risk findings numbered 3.1-3.5 in exactly the same
style; answered by the MAYOR's DECISION on the permit whose 'Overwegingen' give a TABLE 'Punt | Advies in het kort |
Afweging burgemeester' in another order (one recommendation never answered).

Advice (Chromium --print-to-pdf, sans, red-orange headings, stamped head from p. 2, 'pagina n/m'): the APV
paraphrased with 'moet' (trap), findings 3.1-3.5 (trap), the 2025 advice quoted as an imperative (carried out, trap),
'De veiligheidsregio adviseert niet om' (trap), a closing line naming 'de punten 4.2 en 4.4' (trap). Response
(Chromium, stamped): 4.2 agrees, 4.5 agrees, 4.1 partly, 4.4 disagrees, 4.3 agrees, 4.6 noted; 4.7 unanswered;
'Aanvraag', 'Besluit' and 'Bezwaar' answer nothing. All bodies, places, people, figures and reference numbers
invented; laws named as context only.

Run: /tmp/blind137nl/bin/python tests/docs/src/blind137/gen_nl_evenement_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b137nl as B  # noqa: E402

NAME = "blind137_nl_evenement"
F = B.tmp_fonts()
SANS = "B137NL Sans"
INK = "#b0401a"

CSS = f"""<style>
@page {{ size: A4; margin: 2.0cm 2.2cm 1.9cm 2.2cm; }}
body {{ font-family: '{SANS}'; font-size: 9.6pt; line-height: 1.42; color: #111; }}
p {{ margin: 0 0 0.2cm 0; text-align: justify; }}
h1 {{ font-size: 15.5pt; color: {INK}; margin: 0.1cm 0 0.15cm 0; }}
h2 {{ font-size: 11.2pt; color: {INK}; margin: 0.38cm 0 0.12cm 0; break-after: avoid; }}
.small {{ font-size: 8.1pt; color: #555; text-align: left; }}
.np {{ margin: 0 0 0.17cm 0.95cm; text-indent: -0.95cm; }}
.np b.n {{ display: inline-block; width: 0.95cm; text-indent: 0; color: #222; }}
.quote {{ margin: 0.08cm 0.9cm 0.2cm 0.9cm; font-style: italic; color: #444; }}
.band {{ border-top: 3pt solid {INK}; padding-top: 0.15cm; }}
table {{ border-collapse: collapse; width: 100%; margin: 0.1cm 0 0.3cm 0; font-size: 8.9pt; }}
th {{ background: {INK}; color: #fff; text-align: left; padding: 0.09cm 0.14cm; }}
td {{ border: 0.6pt solid #c9b3a8; padding: 0.09cm 0.14cm; vertical-align: top; text-align: left; }}
tr:nth-child(even) td {{ background: #fbf1ec; }}
td.c {{ width: 1.0cm; font-weight: bold; }}
td.k {{ width: 4.6cm; }}
</style>"""


def np(n, text):
    return f'<p class="np"><b class="n">{n}</b>{text}</p>'


ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Veiligheidsadvies</title>{CSS}
</head><body><div class="band"></div>
<p class="small">Veiligheidsregio Lingedelta - Team Evenementenveiligheid - Postbus 412, 4140 AK Heukelmonde</p>
<h1>Veiligheidsadvies evenementenvergunning Dijkfestival Heukelmonde 2027</h1>
<p class="small">Aan de burgemeester van Heukelmonde - ons kenmerk VRLD/EV/2027-0142 - uw kenmerk Z/27/003381 -
Heukelmonde, 11 maart 2027 - behandeld door ing. M. Scholten, adviseur evenementenveiligheid</p>
<h2>1 Aanvraag</h2>
{np("1.1", "Stichting Dijkfestival Heukelmonde vraagt een vergunning voor de zevende editie van het Dijkfestival op "
    "vrijdag 2, zaterdag 3 en zondag 4 juli 2027, op de uiterwaard tussen de Veerstraat en de Molenkade. De "
    "organisator verwacht 18.000 bezoekers per dag.")}
{np("1.2", "Het evenement valt in risicocategorie B. U vroeg de veiligheidsregio op 9 februari 2027 om advies, mede "
    "namens politie, GHOR en brandweer.")}
{np("1.3", "Volgens de Algemene plaatselijke verordening moet de organisator van een B-evenement een "
    "veiligheidsplan overleggen en moet dat plan vóór de vergunning zijn goedgekeurd. Het veiligheidsplan "
    "(versie 2.1 van 20 februari 2027) is bij dit advies betrokken.")}
<h2>2 Werkwijze</h2>
{np("2.1", "De adviseurs bezochten het terrein op 25 februari en spraken op 3 maart met de organisator, de "
    "beveiliger en de EHBO-vereniging. Zij beoordeelden de aanvraag aan de hand van de landelijke handreiking "
    "voor evenementenveiligheid.")}
{np("2.2", "Na de editie van 2025 adviseerde de veiligheidsregio al:")}
<p class="quote">'Plaats de hoofdingang niet langer op de dijkkruin, maar aan de voet van de dijk bij de
Veerstraat.'</p>
{np("2.3", "Dat is in 2026 uitgevoerd en werkte goed; wij komen er hier niet op terug.")}
<h2>3 Risicoanalyse</h2>
{np("3.1", "Het terrein is ongeveer 3,2 hectare groot. Bij 18.000 gelijktijdig aanwezige bezoekers is de dichtheid "
    "voor het hoofdpodium op zaterdagavond te hoog.")}
{np("3.2", "Het terrein heeft één calamiteitenroute, aan de zuidkant. Als die wordt geblokkeerd, kunnen "
    "hulpdiensten het terrein niet meer bereiken.")}
{np("3.3", "Begin juli is de kans op temperaturen boven 28 graden reëel. In 2025 werden 31 bezoekers behandeld "
    "voor oververhitting.")}
{np("3.4", "Op de smalle dijkweg rijden tijdens het festival bezoekers, leveranciers en bewoners door elkaar.")}
{np("3.5", "De EHBO-post wordt bemand door vrijwilligers; een arts is niet aanwezig.")}
<p>De veiligheidsregio adviseert niet om het festival te verplaatsen naar het sportpark Oostwaard: de risico's
zijn met de maatregelen hieronder goed te beheersen, en op het sportpark ontbreekt een tweede ontsluiting.</p>
<h2>4 Advies</h2>
<p>Op grond van het voorgaande adviseert de veiligheidsregio positief, mits u de volgende punten als voorschrift in
de vergunning opneemt.</p>
{np("4.1", "Beperk het aantal gelijktijdig aanwezige bezoekers op het festivalterrein tot ten hoogste 15.000 en "
    "laat de organisator dat tellen bij de ingangen.")}
{np("4.2", "Richt aan de noordzijde een tweede calamiteitenroute in van ten minste 4 meter breed, die tijdens het "
    "hele evenement vrij blijft.")}
{np("4.3", "Verplicht de organisator tot een hitteplan met ten minste zes gratis drinkwaterpunten en schaduwplekken "
    "op het terrein.")}
{np("4.4", "Sluit de dijkweg tussen de Veerstraat en de Molenkade van vrijdag 12.00 uur tot maandag 06.00 uur af "
    "voor alle gemotoriseerd verkeer.")}
{np("4.5", "Laat tijdens de openingstijden een arts en een verpleegkundige aanwezig zijn op een EHBO-post bij het "
    "hoofdpodium.")}
{np("4.6", "Houd binnen zes weken na het festival een evaluatie met de organisator, de gemeente en alle "
    "hulpdiensten.")}
{np("4.7", "Neem in de vergunning op dat de organisator het hoofdpodium ontruimt zodra de windsnelheid "
    "windkracht 7 bereikt.")}
<h2>5 Tot slot</h2>
<p>Wij vragen u in het bijzonder de punten 4.2 en 4.4 over te nemen, omdat die de bereikbaarheid voor de
hulpdiensten bepalen. Voor vragen kunt u contact opnemen met de adviseur.</p>
<p>Hoogachtend,<br>namens de directeur Veiligheidsregio Lingedelta,<br>ing. M. Scholten</p>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Besluit vergunning</title>{CSS}
</head><body><div class="band"></div>
<p class="small">Gemeente Heukelmonde - De burgemeester - Raadhuisplein 1, 4141 BC Heukelmonde</p>
<h1>Besluit op de aanvraag evenementenvergunning Dijkfestival 2027</h1>
<p class="small">Zaaknummer Z/27/003381 - verzonden 2 april 2027 - aan Stichting Dijkfestival Heukelmonde, t.a.v. de
heer R. van Leeuwen</p>
<h2>Aanvraag</h2>
<p>Op 6 januari 2027 ontvingen wij uw aanvraag voor het Dijkfestival van 2 tot en met 4 juli 2027. De aanvraag
is voorgelegd aan de veiligheidsregio, die op 11 maart 2027 advies uitbracht (kenmerk VRLD/EV/2027-0142). Ook
de dijkbeheerder en de omgevingsdienst gaven een reactie.</p>
<h2>Overwegingen</h2>
<p>Ik heb het veiligheidsadvies per punt gewogen. De tabel hieronder geeft aan welke punten ik als voorschrift
overneem en waarom.</p>
<table>
<tr><th>Punt</th><th>Advies in het kort</th><th>Afweging burgemeester</th></tr>
<tr><td class="c">4.2</td><td class="k">tweede calamiteitenroute aan de noordzijde</td><td>Overgenomen als
voorschrift 7. De organisator legt een rijplatenroute van 4,5 meter breed aan over het weiland van de familie
Den Hartog.</td></tr>
<tr><td class="c">4.5</td><td class="k">arts en verpleegkundige bij het hoofdpodium</td><td>Overgenomen als
voorschrift 11; de organisator heeft hiervoor al een contract met een medische dienstverlener.</td></tr>
<tr><td class="c">4.1</td><td class="k">maximaal aantal bezoekers</td><td>Ik stel het maximum vast op 16.000
gelijktijdig aanwezige bezoekers in plaats van 15.000, omdat de organisator het hoofdpodium 40 meter
verschuift en daardoor meer ruimte ontstaat. Telling bij de ingangen wordt wel verplicht.</td></tr>
<tr><td class="c">4.4</td><td class="k">volledige afsluiting dijkweg</td><td>Niet overgenomen. Een volledige
afsluiting maakt 23 woningen en twee boerenbedrijven drie dagen onbereikbaar. De dijkweg wordt alleen
afgesloten voor doorgaand verkeer; verkeersregelaars laten bewoners en leveranciers door.</td></tr>
<tr><td class="c">4.3</td><td class="k">hitteplan met drinkwaterpunten</td><td>Akkoord; dit wordt voorschrift 9,
met zes tappunten en een overkapte rustplek.</td></tr>
<tr><td class="c">4.6</td><td class="k">evaluatie met alle hulpdiensten</td><td>Voor kennisgeving aangenomen.
De evaluatie is geen onderdeel van de vergunning; de gemeente organiseert in het najaar zoals gebruikelijk een
evaluatie van het hele evenementenseizoen.</td></tr>
</table>
<h2>Besluit</h2>
<p>Ik verleen Stichting Dijkfestival Heukelmonde de gevraagde vergunning voor 2, 3 en 4 juli 2027, met de
voorschriften 1 tot en met 14 uit de bijlage. Muziek is toegestaan tot 23.00 uur op vrijdag en zaterdag en tot
22.00 uur op zondag.</p>
<h2>Bezwaar</h2>
<p>Bent u het niet eens met dit besluit, dan kunt u binnen zes weken na verzending bezwaar maken bij de
burgemeester van Heukelmonde.</p>
<p>De burgemeester van Heukelmonde,<br>mr. W.J.M. Verbeek</p>
</body></html>"""

if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Veiligheidsregio Lingedelta - veiligheidsadvies Dijkfestival 2027 - "
            "VRLD/EV/2027-0142", "pagina {n}/{m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Heukelmonde - besluit evenementenvergunning - Z/27/003381",
            "pagina {n}/{m}", F["Regular"])
    B.write_expected(NAME, [
        ("4.1", "Beperk het aantal gelijktijdig aanwezige bezoekers op het festivalterrein",
         "Ik stel het maximum vast op 16.000", "partly"),
        ("4.2", "Richt aan de noordzijde een tweede calamiteitenroute in van",
         "legt een rijplatenroute van 4,5 meter breed aan", "agrees"),
        ("4.3", "Verplicht de organisator tot een hitteplan met ten minste zes",
         "dit wordt voorschrift 9, met zes tappunten", "agrees"),
        ("4.4", "Sluit de dijkweg tussen de Veerstraat en de Molenkade van",
         "De dijkweg wordt alleen afgesloten voor doorgaand verkeer", "disagrees"),
        ("4.5", "Laat tijdens de openingstijden een arts en een verpleegkundige",
         "al een contract met een medische dienstverlener", "agrees"),
        ("4.6", "Houd binnen zes weken na het festival een evaluatie",
         "De evaluatie is geen onderdeel van de vergunning", "noted"),
        ("4.7", "Neem in de vergunning op dat de organisator het hoofdpodium", None, "unanswered"),
    ], ["ook de dijkbeheerder en de omgevingsdienst gaven een reactie",
        "Muziek is toegestaan tot 23.00 uur op vrijdag",
        "binnen zes weken na verzending bezwaar maken"],
        "Advice: a safety region's (veiligheidsregio) safety advice to a mayor on an event-permit application for a "
        "three-day dike festival, a document with DECIMALLY NUMBERED PARAGRAPHS throughout (1.1-1.3, 2.1-2.3, "
        "3.1-3.5); the seven recommendations are paragraphs 4.1-4.7 of '4 Advies' (imperatives). Traps: the risk "
        "findings 3.1-3.5 in exactly the same style, the APV paraphrased with 'moet', the 2025 advice quoted as an "
        "imperative (carried out), 'De veiligheidsregio adviseert niet om het festival te verplaatsen', a closing "
        "line naming 'de punten 4.2 en 4.4'. Response: the mayor's permit decision; 'Overwegingen' is a TABLE "
        "'Punt | Advies in het kort | Afweging burgemeester' in the order 4.2 agrees ('Overgenomen als voorschrift "
        "7'), 4.5 agrees, 4.1 partly (16,000 instead of 15,000; counting made compulsory), 4.4 disagrees ('Niet "
        "overgenomen', only through traffic), 4.3 agrees ('Akkoord'), 4.6 noted ('Voor kennisgeving aangenomen'). "
        "4.7 (clear the stage at wind force 7) is never answered. 'Aanvraag', 'Besluit' and 'Bezwaar' answer "
        "nothing.")
    print("written", NAME)
