"""Round 142 (nl): the ONDERZOEKSRAPPORT of an (invented) external investigator into a RANSOMWARE INCIDENT at a
municipality, commissioned by the mayor for the council; its seven recommendations are a NUMBERED LIST '1.'-'7.'
under '5 Aanbevelingen', after the conclusions numbered '1.'-'5.' in exactly the same list style under '4
Conclusies'; answered by the college's RAADSINFORMATIEBRIEF, whose body answers a council question and whose annex
is a TABLE grouped BY STATUS ('Uitgevoerd', 'In uitvoering', 'Niet overgenomen', 'In overweging'), so the numbers
come in another order.

Advice (Chromium, sans, dark-indigo title band and headings, timeline table, framed key figures, stamped head, 'p.
n/m'): the government information-security baseline paraphrased with 'moet' (trap), the 2023 audit advice quoted as
an imperative ('Voer meerfactorauthenticatie in voor alle medewerkers ...', carried out, trap), conclusions '1.'-'5.'
in the same numbered style (trap), 'Wij bevelen niet aan om het beheer van de ICT volledig uit te besteden' (trap),
a closing line naming 'aanbevelingen 1 en 2' (trap). Response (Chromium, stamped), in the order 1, 4, 2, 3, 5,
6: 1 agrees, 4 partly, 2 agrees, 3 agrees, 5 disagrees, 6 noted; 7 unanswered; the introduction, the answer to a
council question on costs and the closing answer nothing. All bodies, places, people, figures and reference numbers
invented; rules named as context only.

Run: /tmp/blind142nl/bin/python tests/docs/src/blind142/gen_nl_cyberincident_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b142nl as B  # noqa: E402

NAME = "blind142_nl_cyberincident"
F = B.tmp_fonts()
SANS = "B142NL Sans"
INK = "#2e2f6b"

CSS = f"""<style>
@page {{ size: A4; margin: 2.0cm 2.1cm 1.9cm 2.1cm; }}
body {{ font-family: '{SANS}'; font-size: 9.4pt; line-height: 1.42; color: #111; }}
p {{ margin: 0 0 0.2cm 0; text-align: justify; }}
h1 {{ font-size: 15pt; color: #fff; background: {INK}; padding: 0.25cm 0.3cm; margin: 0 0 0.15cm 0; }}
h2 {{ font-size: 11pt; color: {INK}; margin: 0.34cm 0 0.12cm 0; break-after: avoid; }}
h3 {{ font-size: 9.8pt; color: #333; margin: 0.22cm 0 0.06cm 0; break-after: avoid; }}
.small {{ font-size: 8.1pt; color: #555; text-align: left; }}
.quote {{ margin: 0.08cm 0.9cm 0.2cm 0.9cm; font-style: italic; color: #444; }}
ol {{ margin: 0 0 0.2cm 0; padding-left: 0.65cm; }}
li {{ margin: 0 0 0.1cm 0; text-align: justify; }}
.box {{ border: 1pt solid {INK}; padding: 0.15cm 0.3cm; margin: 0.2cm 0 0.25cm 0; }}
table {{ border-collapse: collapse; width: 100%; margin: 0.05cm 0 0.25cm 0; font-size: 8.5pt; }}
td, th {{ border: 0.6pt solid #a9aacb; padding: 0.07cm 0.15cm; vertical-align: top; text-align: left; }}
th {{ background: {INK}; color: #fff; }}
td.k {{ background: #ecedf6; width: 24%; }}
tr.grp td {{ background: #ecedf6; font-weight: bold; }}
</style>"""


def ol(items):
    return "<ol>" + "".join(f"<li>{t}</li>" for t in items) + "</ol>"


ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Onderzoek cyberincident</title>
{CSS}</head><body>
<p class="small">Kooistra &amp; Wendt Digitale Weerbaarheid B.V. - Lange Voorhout 88, 2514 EJ Den Haag</p>
<h1>Onderzoek naar het ransomware-incident bij de gemeente Brakeloo</h1>
<table>
<tr><td class="k">Opdrachtgever</td><td>de burgemeester van Brakeloo, ten behoeve van de gemeenteraad</td></tr>
<tr><td class="k">Kenmerk en datum</td><td>KW-2026-0214, eindrapport van 30 april 2026</td></tr>
<tr><td class="k">Onderzoekers</td><td>drs. Marloes Kooistra, Yusuf Demir MSc, ing. Tjeerd Wendt</td></tr>
<tr><td class="k">Periode</td><td>onderzoek van 2 maart tot en met 17 april 2026; 31 gesprekken, loganalyse en
documentstudie</td></tr>
</table>
<h2>1 Aanleiding en vraagstelling</h2>
<p>In de nacht van 6 op 7 februari 2026 versleutelden aanvallers een groot deel van de servers van de gemeente
Brakeloo. Het gemeentehuis was drie dagen alleen telefonisch bereikbaar, uitkeringen werden met een week vertraging
uitbetaald en de aanvallers publiceerden later een bestand met persoonsgegevens van ongeveer 4.300 inwoners. De
burgemeester vroeg ons te onderzoeken hoe de aanval kon slagen, hoe de gemeente heeft gehandeld en wat zij moet
verbeteren.</p>
<h2>2 Kader</h2>
<p>Volgens de Baseline Informatiebeveiliging Overheid moet een gemeente haar risico's periodiek beoordelen en moet
zij kunnen aantonen dat zij maatregelen heeft genomen die bij die risico's passen. In 2023 liet de gemeente haar
beveiliging doorlichten. De auditor schreef toen:</p>
<p class="quote">'Voer meerfactorauthenticatie in voor alle medewerkers die van buiten het gemeentehuis op het netwerk
inloggen.'</p>
<p>Die aanbeveling was in 2024 volledig uitgevoerd.</p>
<h2>3 Verloop van het incident</h2>
<table>
<tr><th style="width:22%">Moment</th><th>Gebeurtenis</th></tr>
<tr><td>22 januari 2026</td><td>Inlog met het account van een leverancier van het zaaksysteem op de
onderhoudsverbinding, zonder tweede factor.</td></tr>
<tr><td>23 januari - 6 februari</td><td>De aanvallers verkennen het netwerk en verkrijgen rechten van een
beheeraccount.</td></tr>
<tr><td>7 februari, 02.40 uur</td><td>Versleuteling van 61 van de 74 servers; ook de back-ups op het netwerk worden
versleuteld.</td></tr>
<tr><td>7 februari, 07.15 uur</td><td>De servicedesk ontdekt de storing; om 09.30 uur komt het crisisteam
bijeen.</td></tr>
<tr><td>10 - 24 februari</td><td>Herstel vanaf een twee weken oude back-up bij een externe partij; de
basisdienstverlening is op 24 februari hersteld.</td></tr>
</table>
<div class="box"><b>Kerncijfers.</b> Herstelkosten tot en met april 2026: 1,9 miljoen euro. Verloren gegevens: werk
van veertien dagen in het zaaksysteem. Melding bij de toezichthouder op de gegevensbescherming: 8 februari 2026.</div>
<h2>4 Conclusies</h2>
{ol([
    "De aanvallers kwamen binnen via een onderhoudsaccount van een leverancier, waarvoor geen tweede factor gold.",
    "Het grote aantal beheeraccounts maakte het de aanvallers gemakkelijk om zich in het netwerk te verplaatsen.",
    "Omdat de back-ups vanaf het netwerk bereikbaar waren, konden zij mee worden versleuteld.",
    "Het crisisteam trad snel en zorgvuldig op, maar moest zonder draaiboek voor een digitale crisis werken.",
    "De communicatie met inwoners was eerlijk, maar kwam voor de groep van wie gegevens waren gestolen laat op "
    "gang."])}
<p>Wij bevelen niet aan om het beheer van de ICT volledig uit te besteden aan de regionale
uitvoeringsorganisatie, zoals in de raad is geopperd: ook dan blijft de gemeente verantwoordelijk voor haar
informatie, en de kennis om een leverancier aan te sturen moet in huis blijven.</p>
<h2>5 Aanbevelingen</h2>
<p>Op grond van deze conclusies doen wij het college de volgende aanbevelingen:</p>
{ol([
    "Voer meerfactorauthenticatie in voor alle accounts van leveranciers die op afstand toegang hebben tot het "
    "gemeentelijke netwerk.",
    "Bewaar een kopie van de back-ups offline, buiten bereik van het netwerk, en test twee keer per jaar of het "
    "herstel daaruit werkt.",
    "Stel een draaiboek voor digitale crises op en oefen het ten minste eenmaal per jaar met het college en de "
    "directie.",
    "Breng het aantal beheeraccounts terug van 46 naar hooguit tien en leg vast wie welke rechten heeft en waarom.",
    "Informeer alle inwoners van wie gegevens zijn gepubliceerd persoonlijk per brief over wat er van hen is "
    "gestolen.",
    "Stel een chief information security officer aan die rechtstreeks aan de gemeentesecretaris rapporteert en "
    "jaarlijks aan de raad verslag doet.",
    "Laat over twee jaar door een andere onderzoeker opnieuw toetsen of de maatregelen werken, met een "
    "aangekondigde aanvalssimulatie."])}
<h2>6 Tot slot</h2>
<p>De gemeente heeft na de aanval veel goed gedaan, en medewerkers hebben onder grote druk de dienstverlening weer
op gang gebracht. De aanbevelingen 1 en 2 achten wij het meest dringend, omdat zij de twee zwakke plekken betreffen
die de aanval mogelijk maakten.</p>
<p>Den Haag, 30 april 2026<br>Kooistra &amp; Wendt Digitale Weerbaarheid B.V.</p>
</body></html>"""


RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Raadsinformatiebrief</title>
{CSS}</head><body>
<p class="small">Gemeente Brakeloo - college van burgemeester en wethouders - Raadhuisplein 1, 2841 AA Brakeloo</p>
<h1>Raadsinformatiebrief</h1>
<table>
<tr><td class="k">Aan</td><td>de leden van de gemeenteraad van Brakeloo</td></tr>
<tr><td class="k">Onderwerp</td><td>reactie van het college op het onderzoek naar het ransomware-incident</td></tr>
<tr><td class="k">Datum en kenmerk</td><td>2 juni 2026 - RIB 2026-047</td></tr>
<tr><td class="k">Portefeuillehouder</td><td>burgemeester A.M. Lanting-Ruiter (informatieveiligheid)</td></tr>
</table>
<p>Geachte leden van de raad,</p>
<p>Op 30 april 2026 ontvingen wij het eindrapport van Kooistra &amp; Wendt over de aanval op onze systemen in
februari. Wij hebben het rapport dezelfde dag aan u gestuurd en op 12 mei met u besproken in een besloten
informatiebijeenkomst. Het rapport is pijnlijk maar helder, en wij nemen de conclusies in volle omvang voor onze
rekening. In deze brief leest u hoe wij met de aanbevelingen omgaan. In de bijlage staat per aanbeveling wat wij
doen en hoe ver wij zijn.</p>
<h2>Uw vraag over de kosten</h2>
<p>In de informatiebijeenkomst vroeg de fractie van Lokaal Brakeloo wie de herstelkosten betaalt. De verzekering
dekt 650.000 euro; het restant wordt verwerkt in de voorjaarsnota 2026 en gedekt uit de algemene reserve.</p>
<h2>Vervolg</h2>
<p>Wij informeren u voortaan elk half jaar over de voortgang, voor het eerst in december 2026, en verwerken de
structurele kosten van de maatregelen in de begroting 2027.</p>
<p>Het college van burgemeester en wethouders van Brakeloo,<br>de secretaris, mr. H. Bosgra - de burgemeester, A.M.
Lanting-Ruiter</p>
<h2>Bijlage - Reactie op de aanbevelingen</h2>
<table>
<tr><th style="width:7%">Nr.</th><th style="width:27%">Aanbeveling (kort)</th><th>Reactie van het college</th></tr>
<tr class="grp"><td colspan="3">Uitgevoerd</td></tr>
<tr><td>1</td><td>Tweede factor voor leveranciers</td><td>Overgenomen en afgerond: sinds 16 maart loggen alle
leveranciers in via een beveiligde portal met een code op hun telefoon.</td></tr>
<tr><td>4</td><td>Minder beheeraccounts</td><td>Voor een deel. Het aantal is inmiddels teruggebracht naar
achttien: een kleiner aantal is met de huidige bezetting niet verantwoord bij ziekte en vakanties. Elk account heeft
nu wel een vastgelegde eigenaar.</td></tr>
<tr class="grp"><td colspan="3">In uitvoering</td></tr>
<tr><td>2</td><td>Offline back-ups en hersteltest</td><td>Wij zijn het met de onderzoekers eens. Sinds april staat
een afgesloten kopie in een kluis bij een tweede datacentrum; de eerste hersteltest volgt in september.</td></tr>
<tr><td>3</td><td>Draaiboek digitale crisis</td><td>Wordt overgenomen. Het draaiboek is in concept klaar en wordt in
oktober voor het eerst beoefend met het college en het managementteam.</td></tr>
<tr class="grp"><td colspan="3">Niet overgenomen</td></tr>
<tr><td>5</td><td>Persoonlijke brief aan getroffen inwoners</td><td>Dit nemen wij niet over. Van een deel van de
gepubliceerde gegevens is niet vast te stellen bij wie ze horen; wij kiezen voor een openbare oproep, een speciale
webpagina en een telefoonlijn.</td></tr>
<tr class="grp"><td colspan="3">In overweging</td></tr>
<tr><td>6</td><td>Chief information security officer</td><td>Wij hebben kennis genomen van dit voorstel en betrekken
het bij de herziening van de organisatie in het najaar.</td></tr>
</table>
</body></html>"""


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Kooistra & Wendt - onderzoek ransomware-incident gemeente Brakeloo - KW-2026-0214",
            "p. {n}/{m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Brakeloo - raadsinformatiebrief RIB 2026-047", "p. {n}/{m}",
            F["Regular"])
    B.write_expected(NAME, [
        ("1", "Voer meerfactorauthenticatie in voor alle accounts van leveranciers die",
         "alle leveranciers in via een beveiligde portal", "agrees"),
        ("2", "Bewaar een kopie van de back-ups offline, buiten bereik",
         "een afgesloten kopie in een kluis bij een tweede datacentrum", "agrees"),
        ("3", "Stel een draaiboek voor digitale crises op en oefen het",
         "Het draaiboek is in concept klaar", "agrees"),
        ("4", "Breng het aantal beheeraccounts terug van 46 naar hooguit tien",
         "Het aantal is inmiddels teruggebracht naar achttien", "partly"),
        ("5", "Informeer alle inwoners van wie gegevens zijn gepubliceerd persoonlijk per",
         "wij kiezen voor een openbare oproep", "disagrees"),
        ("6", "Stel een chief information security officer aan die rechtstreeks",
         "betrekken het bij de herziening van de organisatie", "noted"),
        ("7", "Laat over twee jaar door een andere onderzoeker opnieuw toetsen", None, "unanswered"),
    ], ["De verzekering dekt 650.000 euro",
        "Wij informeren u voortaan elk half jaar over de voortgang"],
        "Advice: the final report of an external investigator into a RANSOMWARE INCIDENT at a municipality, "
        "commissioned by the mayor for the council; the seven recommendations are a NUMBERED LIST '1.'-'7.' under '5 "
        "Aanbevelingen'. Traps: the government information-security baseline paraphrased with 'moet', the 2023 audit "
        "advice quoted as an imperative ('Voer meerfactorauthenticatie in voor alle medewerkers ...', carried out; "
        "recommendation 1 opens alike), a timeline table and a framed 'Kerncijfers' box, conclusions '1.'-'5.' under "
        "'4 Conclusies' in exactly the same numbered style, 'Wij bevelen niet aan om het beheer van de ICT volledig "
        "uit te besteden', a closing line naming 'aanbevelingen 1 en 2'. Response: the college's RAADSINFORMATIEBRIEF; "
        "the body answers a council question on costs (unmatched) and nothing of the recommendations; its annex is a "
        "TABLE 'Nr. | Aanbeveling (kort) | Reactie van het college' GROUPED BY STATUS, so in the order 1, 4, 2, 3, "
        "5, 6: 'Uitgevoerd' 1 agrees ('Overgenomen en afgerond'), 4 partly ('Voor een deel', eighteen accounts), 'In "
        "uitvoering' 2 agrees ('eens', offline copy, test in September), 3 agrees ('Wordt overgenomen', concept "
        "ready), 'Niet overgenomen' 5 disagrees (public notice "
        "instead of letters), 'In overweging' 6 noted ('kennis genomen', considered in the reorganisation). 7 (a "
        "new test in two years) has no row and is never answered. Note the brief's closing and signature come BEFORE "
        "the annex.")
    print("written", NAME)
