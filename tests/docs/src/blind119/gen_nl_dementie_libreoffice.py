"""Round 119 (nl): the ADVIES of a municipal PLATFORM DEMENTIEVRIENDELIJK (people with dementia, mantelzorgers and
a casemanager, installed by the college) on the concept-Actieplan Dementievriendelijk Zeevenhoven, whose
recommendations stand in a SYNOPTIC TABLE 'Actie in het concept | Ons voorstel | Waarom': each row quotes a draft
action by the PLAN'S OWN NUMBER (1.2, 1.4, 2.1, 2.3, 3.1, 3.2, 4.2, 4.3) beside the platform's proposal, one row only
supporting the action ('Geen voorstel'); answered by the college's letter with an annex 'Reactie per voorstel', a
table whose verdict column holds ONLY A SYMBOL from a legend (✔ overgenomen, ◐ gedeeltelijk, ✘ niet overgenomen,
○ nog geen besluit), the actions under the adopted plan's NEW NUMBERS (chapters 3 and 4 swapped, 2.2 dropped: 'was
2.3'), one row answering two proposals.

Advice (LibreOffice headless from HTML, sans, 2 p., purple rule, stamped running head from p. 2, 'pagina n van m'):
the Wmo 2015 paraphrased with 'moet' (trap), the 2024 advice quoted (realised; trap), findings as a numbered list
1.-3. (trap), the plan's action numbers in the table (trap), a 'Geen voorstel' row (trap), a closing line citing
'de acties 2.3 en 4.2' and an offer to read the new folder (trap). Recommendations expected 1-7 = the seven
proposals in table order (actions 1.2, 1.4, 2.3, 3.1, 3.2, 4.2, 4.3).
Response (LibreOffice from HTML, 2 p.): letter (nothing but the annex's pointer), annex table in the new order
1.2 (1 partly ◐), 1.4 (2 agrees ✔), 2.2 was 2.3 (3 disagrees ✘), '3.2 en 3.3 (concept 4.2 en 4.3)' (6 agrees ✔ and
7 disagrees ✘ in one row), 4.1 was 3.1 (4 noted ○), 'Overig' (the folder offer; nothing); 5 (copy of the decision to
the mantelzorger, concept 3.2 = new 4.2) has no row: unanswered. All bodies, places, people and figures invented;
the Wmo 2015 is named loosely as context only.

Run: /tmp/blind119nl/bin/python tests/docs/src/blind119/gen_nl_dementie_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b119nl as B  # noqa: E402

NAME = "blind119_nl_dementie"
F = B.tmp_fonts()
SANS = "B119NL Sans"
PURPLE = "#5b3a78"
LILAC = "#ece6f2"

CSS = f"""<style>
@page {{ size: 21cm 29.7cm; margin: 2.1cm 2.1cm 2cm 2.2cm; }}
body {{ font-family: '{SANS}'; font-size: 9.6pt; line-height: 138%; }}
p {{ margin-top: 0; margin-bottom: 0.17cm; }}
h1 {{ font-family: '{SANS}'; font-size: 17pt; color: {PURPLE}; margin-top: 0.1cm; margin-bottom: 0.1cm; }}
h2 {{ font-family: '{SANS}'; font-size: 11pt; color: {PURPLE}; margin-top: 0.32cm; margin-bottom: 0.1cm; }}
.small {{ font-size: 8.3pt; color: #444444; }}
td {{ font-family: '{SANS}'; font-size: 8.6pt; vertical-align: top; }}
th {{ font-family: '{SANS}'; font-size: 8.6pt; text-align: left; color: {PURPLE}; }}
.sym {{ font-size: 12pt; text-align: center; }}
</style>"""

ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Advies Platform Dementievriendelijk
</title>{CSS}</head><body>
<p class="small"><b>PLATFORM DEMENTIEVRIENDELIJK ZEEVENHOVEN</b></p>
<h1>Gewoon blijven meedoen</h1>
<p>Advies op het concept-Actieplan Dementievriendelijk Zeevenhoven 2027-2030</p>
<table width="100%" cellpadding="2" cellspacing="0" style="border-top: 2px solid {PURPLE}; border-bottom: 1px solid
{PURPLE};"><tr><td width="20%" valign="top"><b>Aan</b></td><td>het college van burgemeester en wethouders van Zeevenhoven, t.a.v.
wethouder S. Kramer (Zorg en Welzijn)</td></tr>
<tr valign="top"><td><b>Kenmerk</b></td><td>PDZ-2026-03</td></tr><tr valign="top"><td><b>Datum</b></td><td>2 oktober 2026</td></tr>
<tr valign="top"><td><b>Contact</b></td><td>Hanneke Dijkhuis, secretaris, 0113 62 40 18</td></tr></table>

<h2>Wie wij zijn</h2>
<p>Het Platform Dementievriendelijk Zeevenhoven is in 2023 door het college ingesteld. Wij zijn met negen: drie
inwoners met beginnende dementie, vier mantelzorgers, een casemanager dementie van de thuiszorg en een vrijwilliger
van het ontmoetingscentrum. Wij bespraken het concept-actieplan in drie bijeenkomsten. Voor de leden met dementie
maakten wij een korte voorleesversie.</p>
<p>De Wmo 2015 bepaalt dat het college moet zorgen voor ondersteuning waarmee inwoners zo lang mogelijk zelfstandig
kunnen blijven wonen en meedoen. Voor mensen met dementie en hun naasten is dat elke dag een opgave. Wij zijn blij dat
de gemeente daar met dit actieplan werk van maakt.</p>
<p>In ons advies van 2024 schreven wij: 'Train de baliemedewerkers van het gemeentehuis in het herkennen van
dementie.' Dat is gebeurd: alle veertien baliemedewerkers hebben de training gevolgd.</p>

<h2>Wat wij hoorden</h2>
<p>In Zeevenhoven wonen naar schatting 410 mensen met dementie. Ongeveer zeven op de tien wonen thuis, meestal met
een partner of een kind dat voor hen zorgt. Wij vroegen onze leden wat hen het meest bezighoudt. Twee van hun
antwoorden geven wij hier letterlijk weer.</p>
<table width="100%" cellpadding="6" cellspacing="0"><tr valign="top"><td bgcolor="{LILAC}" width="50%"><i>'Als ik
de gemeente bel, moet ik mijn verhaal elke keer opnieuw vertellen. Na de derde keer weet ik zelf niet meer wat ik
al gezegd heb.'</i><br><span class="small">lid met beginnende dementie, 71 jaar</span></td>
<td width="2%"></td><td bgcolor="{LILAC}" width="48%"><i>'Mijn man mag nooit alleen zijn. Een middag naar de kapper
moet ik weken van tevoren regelen.'</i><br><span class="small">mantelzorger, 68 jaar</span></td></tr></table>

<h2>Wat ons opviel</h2>
<table width="100%" cellpadding="1" cellspacing="0">
<tr valign="top"><td width="5%">1.</td><td>Het concept richt zich vooral op de kern Zeevenhoven; de drie kleinere kernen komen
er weinig in voor.</td></tr>
<tr valign="top"><td>2.</td><td>Veel acties gaan over informatie geven, minder over wat mensen in het dagelijks leven
tegenkomen.</td></tr>
<tr valign="top"><td>3.</td><td>Mantelzorgers lopen vast op het moment dat zij even niet kunnen zorgen.</td></tr></table>

<h2 style="page-break-before: always;">Onze voorstellen per actie</h2>
<p>In de tabel staan de acties uit het concept waarop wij een voorstel hebben. De nummers zijn die van het
concept-actieplan. Actie 2.1 noemen wij omdat wij haar van harte steunen.</p>
<table width="100%" border="1" cellpadding="4" cellspacing="0" style="border-collapse: collapse; border: 0.6pt solid
#8a7a9a;">
<col width="30%"><col width="38%"><col width="32%">
<tr><th bgcolor="#d9cce6" width="30%">Actie in het concept</th><th bgcolor="#d9cce6" width="38%">Ons voorstel</th><th bgcolor="#d9cce6" width="32%">Waarom</th></tr>
<tr valign="top"><td><b>1.2</b> Twee keer per jaar een voorlichtingsavond over dementie in het Dorpshuis.</td>
<td>Geef de voorlichting in alle vier de kernen, en ook overdag.</td>
<td>Mantelzorgers kunnen 's avonds vaak niet weg, en de bus naar het Dorpshuis rijdt na zeven uur niet meer.</td></tr>
<tr valign="top" bgcolor="{LILAC}"><td><b>1.4</b> Winkeliers kunnen een gratis e-learning over dementie volgen.</td>
<td>Bied winkeliers en supermarktmedewerkers een training van een uur op hun eigen werkplek aan, gegeven door een
casemanager.</td>
<td>Een e-learning wordt weinig gedaan. Een gesprek in de eigen winkel blijft beter hangen.</td></tr>
<tr valign="top"><td><b>2.1</b> Ontmoetingscentrum De Linde blijft drie dagen per week open.</td>
<td>Geen voorstel: wij steunen deze actie van harte.</td>
<td>De Linde is voor veel leden een tweede thuis.</td></tr>
<tr valign="top" bgcolor="{LILAC}"><td><b>2.3</b> Mantelzorgers kunnen vijf dagdelen per jaar vervangende zorg (respijtzorg)
krijgen.</td>
<td>Verhoog het aantal dagdelen respijtzorg van vijf naar twaalf per jaar.</td>
<td>Vijf dagdelen is nog geen dagdeel per twee maanden. Mantelzorgers houden het dan niet vol.</td></tr>
<tr valign="top"><td><b>3.1</b> De gemeente onderzoekt of de Wmo-aanvraag eenvoudiger kan.</td>
<td>Geef elke inwoner met dementie één vaste contactpersoon bij het sociaal team, ook na de aanvraag.</td>
<td>Nu krijgen mensen bij elke vraag iemand anders aan de lijn en moeten zij hun verhaal steeds opnieuw doen.</td></tr>
<tr valign="top" bgcolor="{LILAC}"><td><b>3.2</b> Brieven over de Wmo worden herschreven op taalniveau B1.</td>
<td>Stuur bij elke beschikking ook een kopie naar de mantelzorger, als de inwoner daarmee instemt.</td>
<td>Iemand met dementie legt een brief vaak weg en weet niet meer dat die er is.</td></tr>
<tr valign="top"><td><b>4.2</b> Bij de herinrichting van het Marktplein wordt rekening gehouden met oriëntatie.</td>
<td>Laat het ontwerp voor het Marktplein vooraf toetsen door leden van ons platform die zelf dementie hebben.</td>
<td>Wat voor een ontwerper duidelijk is, is dat voor iemand met dementie niet altijd.</td></tr>
<tr valign="top" bgcolor="{LILAC}"><td><b>4.3</b> Een wandelroute door het Wilhelminapark met een bankje om de 200 meter.</td>
<td>Zorg dat het openbare toilet in het park ook in de winter open is, en laat de route daar beginnen en eindigen.</td>
<td>Zonder toilet in de buurt gaan veel mensen met dementie niet meer wandelen.</td></tr></table>

<h2>Tot slot</h2>
<p>Wij horen graag hoe u met onze voorstellen omgaat, en vooral met die bij de acties 2.3 en 4.2. Wij lezen ook
graag mee met de nieuwe folder 'Dementie in Zeevenhoven' voordat die gedrukt wordt.</p>
<p>Met vriendelijke groet,<br>namens het Platform Dementievriendelijk Zeevenhoven,<br>Gert-Jan Oudshoorn,
voorzitter &#8211; Hanneke Dijkhuis, secretaris</p>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Reactie college</title>{CSS}
</head><body>
<p style="font-size: 15pt; color: {PURPLE};"><b>gemeente Zeevenhoven</b></p>
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="55%" valign="top">Platform Dementievriendelijk Zeevenhoven<br>t.a.v. de heer G.J. Oudshoorn<br>Kerkring 4<br>
4471 BK  Zeevenhoven</td>
<td class="small" valign="top">Datum: 17 november 2026<br>Ons kenmerk: Z-26-08817 / WZ<br>Uw kenmerk: PDZ-2026-03<br>
Onderwerp: reactie op uw advies 'Gewoon blijven meedoen'<br>Bijlage: reactie per voorstel</td></tr></table>
<br>
<p>Geachte leden van het platform,</p>
<p>Hartelijk dank voor uw advies op het concept-Actieplan Dementievriendelijk Zeevenhoven 2027-2030. Het college
heeft het actieplan op 10 november 2026 vastgesteld. In de bijlage leest u per voorstel wat wij ermee hebben
gedaan.</p>
<p>De nummering van het vastgestelde plan wijkt af van het concept: de hoofdstukken 3 en 4 zijn van plaats
gewisseld, en actie 2.2 (de mantelzorgpas) is vervallen omdat de provincie die al uitgeeft. In de bijlage staat bij
elke actie ook het nummer uit het concept.</p>
<p>Wij kijken met plezier terug op de Dementiewandeling van 21 september, waaraan 140 inwoners meededen. Volgend
jaar lopen wij graag weer met u mee.</p>
<p>Met vriendelijke groet,<br>burgemeester en wethouders van Zeevenhoven,</p>
<p>de secretaris, mr. P.A. Wisse &#8211; de burgemeester, drs. L. van Dam</p>

<h2 style="page-break-before: always;">Bijlage: reactie per voorstel</h2>
<p class="small">Legenda: &#10004; overgenomen &#183; &#9680; gedeeltelijk overgenomen &#183; &#10008; niet
overgenomen &#183; &#9675; nog geen besluit</p>
<table width="100%" border="1" cellpadding="4" cellspacing="0" style="border-collapse: collapse; border: 0.6pt solid
#8a7a9a;">
<colgroup><col width="90"><col width="160"><col width="55"><col width="290"></colgroup>
<tr><th bgcolor="#d9cce6" width="15%">Actie</th><th bgcolor="#d9cce6" width="27%">Voorstel van het platform</th><th bgcolor="#d9cce6" width="9%">Besluit</th><th bgcolor="#d9cce6" width="49%">Toelichting</th></tr>
<tr valign="top"><td>1.2<br>(concept 1.2)</td><td>Voorlichting in alle kernen en ook overdag</td><td class="sym">&#9680;</td>
<td>De voorlichting wordt in 2027 ook overdag gegeven, in Zeevenhoven en Oosterdijk. Voor de kleinere kernen zijn
er te weinig aanmeldingen te verwachten; wij kijken in 2028 opnieuw.</td></tr>
<tr valign="top" bgcolor="{LILAC}"><td>1.4<br>(concept 1.4)</td><td>Training op de werkplek voor winkeliers</td>
<td class="sym">&#10004;</td>
<td>Vanaf maart 2027 geeft de casemanager dementie trainingen op locatie. De eerste tien winkels hebben zich al
aangemeld; de e-learning blijft daarnaast beschikbaar.</td></tr>
<tr valign="top"><td>2.2<br>(concept 2.3)</td><td>Twaalf dagdelen respijtzorg</td><td class="sym">&#10008;</td>
<td>Het aantal blijft vijf dagdelen per jaar. Respijtzorg wordt betaald uit het Wmo-budget, dat in 2027 niet
groeit. Wie in een zware periode meer nodig heeft, kan zich melden bij het sociaal team.</td></tr>
<tr valign="top" bgcolor="{LILAC}"><td>3.2 en 3.3<br>(concept 4.2 en 4.3)</td><td>Toetsing ontwerp Marktplein; toilet in het
park ook in de winter open</td><td class="sym">&#10004;<br>&#10008;</td>
<td>Het ontwerp voor het Marktplein leggen wij in januari 2027 aan het platform voor, voordat het naar de raad gaat.
De toiletten in het park blijven van november tot en met maart gesloten: verwarming en toezicht kosten te veel. De
wandelroute begint wel bij de parkeerplaats, waar een toilet in het paviljoen is.</td></tr>
<tr valign="top"><td>4.1<br>(concept 3.1)</td><td>Vaste contactpersoon bij het sociaal team</td><td class="sym">&#9675;</td>
<td>Dit voorstel wordt meegenomen in de herinrichting van het sociaal team in 2027. Het college neemt daarover in
het najaar van 2027 een besluit.</td></tr>
<tr valign="top" bgcolor="{LILAC}"><td>Overig</td><td>Meelezen met de folder</td><td class="sym">&#8211;</td>
<td>Uw aanbod om mee te lezen met de nieuwe folder nemen wij graag aan. De ontwerptekst volgt in december.</td>
</tr></table>
</body></html>"""


def expected():
    recs = [
        (1, "Geef de voorlichting in alle vier de kernen, en ook overdag",
         "wordt in 2027 ook overdag gegeven, in Zeevenhoven en Oosterdijk", "partly"),
        (2, "Bied winkeliers en supermarktmedewerkers een training van een uur",
         "Vanaf maart 2027 geeft de casemanager dementie trainingen op locatie", "agrees"),
        (3, "Verhoog het aantal dagdelen respijtzorg van vijf naar twaalf",
         "Het aantal blijft vijf dagdelen per jaar", "disagrees"),
        (4, "Geef elke inwoner met dementie één vaste contactpersoon bij het sociaal team",
         "wordt meegenomen in de herinrichting van het sociaal team", "noted"),
        (5, "Stuur bij elke beschikking ook een kopie naar de mantelzorger", None, "unanswered"),
        (6, "Laat het ontwerp voor het Marktplein vooraf toetsen door leden",
         "Het ontwerp voor het Marktplein leggen wij in januari 2027", "agrees"),
        (7, "Zorg dat het openbare toilet in het park ook in de winter",
         "toiletten in het park blijven van november tot en met maart", "disagrees"),
    ]
    unmatched = ["Wij kijken met plezier terug op de Dementiewandeling",
                 "Uw aanbod om mee te lezen met de nieuwe folder"]
    notes = ("Advice: a municipal Platform Dementievriendelijk's advies on a concept-actieplan (LibreOffice from "
             "HTML, 2 p.); the seven recommendations stand in a SYNOPTIC TABLE 'Actie in het concept | Ons voorstel "
             "| Waarom', the left cell quoting a draft action under the PLAN'S OWN NUMBER (1.2, 1.4, 2.1, 2.3, 3.1, "
             "3.2, 4.2, 4.3), the middle cell the proposal (imperatives 'Geef', 'Bied', 'Verhoog', 'Stuur', "
             "'Laat', 'Zorg'); the row for 2.1 only supports the action ('Geen voorstel'). Expected 1-7 = the "
             "proposals at 1.2, 1.4, 2.3, 3.1, 3.2, 4.2, 4.3. Traps: the Wmo 2015 paraphrased with 'moet', the "
             "2024 advice quoted as an imperative (realised), findings as a numbered list 1.-3., the action "
             "numbers, a closing line citing 'de acties 2.3 en 4.2' and an offer to read the new folder. Response: "
             "a college letter (thanks, a note that the adopted plan is RENUMBERED: chapters 3 and 4 swapped, 2.2 "
             "dropped, a walk in September) and an annex table 'Actie | Voorstel van het platform | Besluit | "
             "Toelichting' whose verdict column holds ONLY A SYMBOL from a legend (✔ overgenomen, ◐ gedeeltelijk, "
             "✘ niet, ○ nog geen besluit), the actions under the NEW numbers with the concept number in brackets: "
             "1.2 = 1 partly (daytime sessions in two of the four kernen); 1.4 = 2 agrees (training on location "
             "from March 2027); 2.2 (concept 2.3) = 3 disagrees (stays at five dagdelen); ONE row '3.2 en 3.3 "
             "(concept 4.2 en 4.3)' with two symbols = 6 agrees (design shown to the platform in January 2027) and "
             "7 disagrees (park toilets stay closed in winter); 4.1 (concept 3.1) = 4 noted (decision in autumn "
             "2027); 'Overig' (the folder offer, '–') answers nothing; 5 (copy of each beschikking to the "
             "mantelzorger, concept 3.2, which would be new 4.2) has no row: unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.soffice_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Platform Dementievriendelijk Zeevenhoven - advies PDZ-2026-03 - Gewoon blijven "
            "meedoen", "pagina {n} van {m}", F["Regular"])
    B.soffice_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Zeevenhoven - Z-26-08817 - reactie op advies PDZ-2026-03",
            "{n}/{m}", F["Regular"])
    expected()
