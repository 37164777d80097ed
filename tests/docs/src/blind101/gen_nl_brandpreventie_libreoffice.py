"""Round 101 (nl): the BRANDPREVENTIEVERSLAG of a Flemish HULPVERLENINGSZONE on a municipal cultuurcentrum,
answered by the COLLEGEBESLUIT of the college van burgemeester en schepenen (decision articles citing randnummers).

Advice (LibreOffice headless from HTML, sans, letterhead table, stamped head from p. 2, 'Blad n van m'): the
verslag is in RANDNUMMERS: B. Vaststellingen 11-20 and C. Adviezen 21-27 in the same numbered form (the
recommendations are 21-27); the KB basisnormen, the Codex and an earlier verslag quoted with 'moet'. Response:
collegebesluit (Feiten en context, Motivering, Besluit Artikel 1-7), order 24, 21+26, 23, 27, 22; 25 unanswered.
All invented.

Run: /tmp/blind101nl/bin/python tests/docs/src/blind101/gen_nl_brandpreventie_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b101nl as B  # noqa: E402

NAME = "blind101_nl_brandpreventie"
F = B.tmp_fonts()
STYLE = """
body { font-family: 'B101NL Sans'; font-size: 9.5pt; line-height: 1.35; }
h2 { font-family: 'B101NL Sans'; font-size: 11pt; color: #a3241c; margin-top: 10pt; }
p { margin: 0 0 5pt 0; } td { font-family: 'B101NL Sans'; font-size: 8.6pt; vertical-align: top; }
p.rn { margin-left: 0; }
"""
VAST = [
    "Het cultuurcentrum De Schelp (Kerkplein 4) omvat een theaterzaal met 512 zitplaatsen, een foyer, twee "
    "repetitielokalen en een toneeltoren. Het gebouw dateert van 1978 en werd in 2004 gerenoveerd.",
    "Volgens het KB van 7 juli 1994 (basisnormen) moet een zaal van deze grootte over minstens twee van elkaar "
    "verwijderde uitgangen beschikken. De theaterzaal heeft er in feite één: de tweede uitgang loopt via de "
    "laadkade en is vaak geblokkeerd door decorstukken.",
    "De twee branddeuren tussen de foyer en de traphal sluiten niet vanzelf en werden met wiggen opengehouden.",
    "De brandmeldinstallatie werd voor het laatst gekeurd op 3 mei 2023; de keuring moet jaarlijks gebeuren.",
    "De installatie is niet doorgeschakeld naar de noodcentrale 112; een melding buiten de openingsuren komt nergens "
    "binnen.",
    "De podiumgordijnen hebben geen geldig attest van brandvertraging.",
    "Een brandweerregister met de keuringsverslagen en oefeningen is niet aanwezig.",
    "De laatste evacuatieoefening met het personeel dateert van 2019.",
    "Er is geen aangestelde persoon die de brandveiligheid opvolgt; de taken zijn verdeeld over de technische "
    "dienst en de zaalverantwoordelijke.",
    "In ons verslag van 2021 (BPV/2021/044) stelden wij al: 'De tweede uitgang van de theaterzaal moet te allen "
    "tijde vrij blijven.' Dat is niet opgevolgd.",
]
ADV_RECS = [
    "Vervang de twee branddeuren tussen foyer en traphal door zelfsluitende deuren EI1 30 met kleefmagneten op de "
    "brandmeldinstallatie.",
    "Beperk de bezetting van de theaterzaal tot 420 personen zolang er geen tweede volwaardige uitgang is.",
    "Voorzie aan de achterzijde van de theaterzaal een tweede nooduitgang rechtstreeks naar buiten, met een breedte "
    "van minstens 1,20 m.",
    "Laat de brandmeldinstallatie opnieuw keuren door een erkend organisme en schakel ze door naar de noodcentrale "
    "112.",
    "Leg een brandweerregister aan en houd minstens één keer per jaar een evacuatieoefening met het personeel.",
    "Vervang de podiumgordijnen door gordijnen met een attest van brandvertraging (klasse B-s1,d0 of M1).",
    "Wijs een interne veiligheidscoördinator aan die de brandpreventie in het gebouw opvolgt en aanspreekpunt is "
    "voor de zone.",
]
rn = "".join('<p class="rn"><b>%d.</b> %s</p>' % (11 + i, t) for i, t in enumerate(VAST))
ra = "".join('<p class="rn"><b>%d.</b> %s</p>' % (21 + i, t) for i, t in enumerate(ADV_RECS))
ADV = """<html><head><meta charset="utf-8"><style>%s</style></head><body>
<table width="100%%" cellpadding="4" style="border-bottom: 2px solid #a3241c"><tr>
<td width="60%%"><b><font size="4" color="#a3241c">Hulpverleningszone Scheldeland-Oost</font></b><br>Dienst Brandvoorkoming<br>Brandweerkazerne, Industrieweg 10, 9220 Hamme-Zogge</td>
<td width="40%%">Ons kenmerk: BPV/2026/118<br>Dossierbeheerder: kapitein ir. W. Meersman<br>Datum: 14 september 2026</td></tr></table>
<p><br><b><font size="4">Brandpreventieverslag</font></b><br>Cultuurcentrum De Schelp, Kerkplein 4, Hamme-Zogge<br>
Aanvrager: het college van burgemeester en schepenen van de gemeente Hamme-Zogge</p>
<h2>A. Aanleiding en verloop</h2>
<p>Op vraag van de burgemeester bezocht de dienst brandvoorkoming het cultuurcentrum op 28 augustus 2026, met het
oog op de hernieuwing van de uitbatingsvergunning. Het bezoek gebeurde in aanwezigheid van de zaalverantwoordelijke
en een medewerker van de technische dienst. Dit verslag is opgesteld volgens de genummerde opbouw die de zone voor
alle verslagen gebruikt: de randnummers 1 tot 10 zijn de algemene gegevens in de bijlage, de randnummers 11 tot 20
de vaststellingen en de randnummers 21 tot 27 de adviezen.</p>
<p>Artikel 22 van het politiereglement van de gemeente bepaalt dat een publiek toegankelijke zaal pas wordt
uitgebaat na een gunstig brandpreventieverslag. Een ongunstig verslag leidt tot een sluiting door de burgemeester.</p>
<h2>B. Vaststellingen</h2>%s
<h2>C. Adviezen</h2>
<p>Op basis van deze vaststellingen geeft de zone een <b>voorwaardelijk gunstig advies</b>, mits de volgende
maatregelen worden genomen.</p>%s
<h2>D. Besluit</h2>
<p>De zone vraagt de uitbater binnen drie maanden schriftelijk te melden welke maatregelen zijn uitgevoerd. Na die
termijn volgt een controlebezoek. Wij merken op dat de randnummers 22 en 23 samenhangen: de beperking van de
bezetting kan vervallen zodra de tweede nooduitgang er is.</p>
<p>Dit verslag doet geen uitspraak over de stabiliteit van het gebouw, de elektrische installatie of de naleving van
de Codex over het welzijn op het werk, waarvoor de werkgever zelf een risicoanalyse moet maken.</p>
<p><br>Voor de zonecommandant,<br><br>kapitein ir. W. Meersman<br>officier-brandvoorkoming</p>
</body></html>""" % (STYLE, rn, ra)
B.soffice_pdf(ADV, NAME + "_advice.pdf")
B.stamp(NAME + "_advice.pdf", "Hulpverleningszone Scheldeland-Oost - brandpreventieverslag BPV/2026/118",
        "Blad {n} van {m}", F["Regular"])

RES = """<html><head><meta charset="utf-8"><style>%s</style></head><body>
<p><b><font size="4">Gemeente Hamme-Zogge</font></b><br>Uittreksel uit het register van de beslissingen van het
college van burgemeester en schepenen<br>Zitting van 21 oktober 2026</p>
<p>Aanwezig: L. De Smet, burgemeester-voorzitter; K. Bauwens, A. Van Damme, J. Heyvaert, schepenen; M. Coppens,
algemeen directeur</p>
<h2>Cultuurcentrum De Schelp - brandpreventieverslag - opvolging</h2>
<p><b>Feiten en context</b></p>
<p>De hulpverleningszone bezorgde op 14 september 2026 het brandpreventieverslag BPV/2026/118 over het cultuurcentrum
De Schelp. Het verslag is voorwaardelijk gunstig. De zone vraagt binnen drie maanden te melden welke maatregelen
zijn uitgevoerd.</p>
<p><b>Motivering</b></p>
<p>Het college hecht veel belang aan de veiligheid van bezoekers en personeel. Het cultuurcentrum ontvangt jaarlijks
meer dan 60.000 bezoekers en de hernieuwing van de uitbatingsvergunning is nodig voor het seizoen 2026-2027. De
technische dienst heeft de kosten van de adviezen geraamd op 186.000 euro, waarvan 64.000 euro in het budget 2026
past.</p>
<p><b>Besluit</b></p>
<p><b>Artikel 1.</b> Het college neemt kennis van het brandpreventieverslag BPV/2026/118 van 14 september 2026.</p>
<p><b>Artikel 2.</b> Wat randnummer 24 betreft: de brandmeldinstallatie werd op 9 oktober 2026 door een erkend
organisme gekeurd en is sinds 15 oktober doorgeschakeld naar de noodcentrale.</p>
<p><b>Artikel 3.</b> Wat de randnummers 21 en 26 betreft: de twee branddeuren tussen foyer en traphal worden
vervangen door zelfsluitende EI1 30-deuren met kleefmagneten; de opdracht is gegund en de plaatsing volgt in
december. De podiumgordijnen worden niet vervangen. Zij werden in 2024 opnieuw brandvertragend behandeld; het college
vraagt de leverancier om het attest daarvan aan de zone te bezorgen.</p>
<p><b>Artikel 4.</b> Wat randnummer 23 betreft: in afwachting van een volwaardige tweede nooduitgang wordt de
uitgang via de laadkade heringericht en permanent vrijgehouden. De bouw van een nieuwe nooduitgang wordt ingeschreven
in het meerjarenplan voor 2028.</p>
<p><b>Artikel 5.</b> Wat randnummer 27 betreft: het college zal de aanstelling van een interne
veiligheidscoördinator bespreken bij de evaluatie van het personeelsplan in het voorjaar van 2027.</p>
<p><b>Artikel 6.</b> Wat randnummer 22 betreft: het college gaat niet in op de voorgestelde beperking tot 420
personen. Met de heringerichte uitgang via de laadkade acht het college de bestaande capaciteit van 512 plaatsen
verantwoord.</p>
<p><b>Artikel 7.</b> De tarieven voor de zaalhuur door verenigingen blijven in 2027 ongewijzigd; de retributie voor
de foyer wordt verhoogd tot 85 euro per dagdeel.</p>
<p><b>Artikel 8.</b> Een afschrift van dit besluit wordt bezorgd aan de hulpverleningszone en aan de directeur van het
cultuurcentrum.</p>
<p><br>Namens het college,<br>de algemeen directeur, M. Coppens &nbsp;-&nbsp; de burgemeester, L. De Smet<br>
Voor eensluidend uittreksel.</p>
</body></html>""" % STYLE
RES = RES.replace("&nbsp;", "")
B.soffice_pdf(RES, NAME + "_response.pdf")
B.stamp(NAME + "_response.pdf", "Gemeente Hamme-Zogge - collegebesluit 21 oktober 2026", "Blad {n} van {m}",
        F["Regular"])

B.write_expected(NAME, [
    (1, "Vervang de twee branddeuren tussen foyer en traphal door zelfsluitende",
     "de opdracht is gegund en de plaatsing volgt in december", "agrees"),
    (2, "Beperk de bezetting van de theaterzaal tot 420 personen",
     "gaat niet in op de voorgestelde beperking", "disagrees"),
    (3, "Voorzie aan de achterzijde van de theaterzaal een tweede nooduitgang",
     "ingeschreven in het meerjarenplan voor 2028", "partly", ["agrees"]),
    (4, "Laat de brandmeldinstallatie opnieuw keuren door een erkend organisme",
     "werd op 9 oktober 2026 door een erkend organisme gekeurd", "agrees"),
    (5, "Leg een brandweerregister aan en houd minstens één keer per jaar", None, "unanswered"),
    (6, "Vervang de podiumgordijnen door gordijnen met een attest",
     "De podiumgordijnen worden niet vervangen", "disagrees"),
    (7, "Wijs een interne veiligheidscoördinator aan die de brandpreventie",
     "zal de aanstelling van een interne veiligheidscoördinator bespreken", "noted"),
], ["De hulpverleningszone bezorgde op 14 september 2026",
    "tarieven voor de zaalhuur door verenigingen blijven in 2027",
    "Een afschrift van dit besluit wordt bezorgd"],
    "Advice: brandpreventieverslag of a Flemish hulpverleningszone on a municipal cultuurcentrum, LibreOffice from "
    "HTML (sans, letterhead table, stamped head from p. 2, 'Blad n van m'); recommendations (numbered 1-7 here) are "
    "RANDNUMMERS 21-27 of section C. Adviezen, after Vaststellingen 11-20 in the same numbered form; traps: KB basisnormen 'moet', "
    "politiereglement art. 22, the 2021 verslag quoted with 'moet', a keuring that 'moet' yearly, the Codex, a "
    "closing remark naming randnummers 22 and 23. Response: collegebesluit (Feiten en context, Motivering, Besluit "
    "Artikel 1-8), articles cite 'randnummer N', order 24, 21+26, 23, 27, 22; Artikel 3 = 21 agrees + 26 disagrees; "
    "23 partly (laadkade now, new exit in 2028 plan); 27 noted; 22 disagrees; 25 (register, drills) unanswered; "
    "Artikel 1 ('neemt kennis van het verslag') is a general acknowledgement; Feiten en context, Artikel 7 (zaalhuur "
    "tariffs) and Artikel 8 (afschrift) answer nothing.")
