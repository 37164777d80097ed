"""Round 102 (nl): the AUDITRAPPORT of a Flemish intergemeentelijke AUDITDIENST on the management of a municipal
jachthaven (autonoom gemeentebedrijf), answered by the NOTULEN of the AGB's raad van bestuur (citing the numerals).

Advice (LibreOffice headless from HTML, sans, letterhead table, stamped running head from p. 2 and 'Pagina n/m'):
vaststellingen V1-V6 with risk ratings, Decreet lokaal bestuur 'moet', havenreglement art. 14, the 2022 audit's
recommendation quoted with 'moet'; the recommendations are the ROMAN-NUMERAL rows I-VII of a table 'Nr. |
Aanbeveling | Prioriteit'. Response: notulen with agenda points, order IV, III+VI, I, V, II; VII unanswered.
All invented.

Run: /tmp/blind102nl/bin/python tests/docs/src/blind102/gen_nl_jachthaven_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b102nl as B  # noqa: E402

NAME = "blind102_nl_jachthaven"
F = B.tmp_fonts()
CSS = """<style>
@page { size: 21cm 29.7cm; margin: 2.2cm 2cm 2cm 2cm; }
body { font-family: 'B102NL Sans'; font-size: 9.5pt; line-height: 1.35; }
h1 { font-family: 'B102NL Sans'; font-size: 15pt; color: #0b5d6b; margin: 6pt 0 4pt 0; }
h2 { font-family: 'B102NL Sans'; font-size: 11pt; color: #0b5d6b; margin-top: 10pt; }
p { margin: 0 0 5pt 0; } td, th { font-family: 'B102NL Sans'; font-size: 8.6pt; vertical-align: top; }
th { background: #d5ecef; text-align: left; }
</style>"""

RECS = [
    ("I", "Leg de tarieven voor passanten en vaste ligplaatsen elk jaar ter goedkeuring voor aan de raad van "
          "bestuur.", "Hoog"),
    ("II", "Voer een wachtlijstreglement in met objectieve criteria en publiceer de wachtlijst geanonimiseerd op de "
           "website.", "Hoog"),
    ("III", "Scheid de functies van havenmeester en kassier en laat de dagontvangsten door een tweede persoon "
            "controleren.", "Hoog"),
    ("IV", "Laat de steigers van het B-dok vóór eind 2027 onderzoeken door een erkend studiebureau.", "Middel"),
    ("V", "Sluit met de Vissersbond Blankenduin een schriftelijke overeenkomst over het gebruik van de "
          "botenkraan.", "Middel"),
    ("VI", "Vervang de kassasoftware door een systeem dat rechtstreeks gekoppeld is aan de boekhouding.", "Middel"),
    ("VII", "Stel een meerjarenplan op voor het baggeren van de havengeul, met een raming en een "
            "financieringsvoorstel.", "Laag"),
]
recrows = "\n".join('<tr><td><b>%s</b></td><td>%s</td><td>%s</td></tr>' % r for r in RECS)

ADV = "<html><head><meta charset='utf-8'>" + CSS + """</head><body>
<table width="100%" cellpadding="4" style="border-bottom: 2pt solid #0b5d6b"><tr>
<td width="60%"><b><font size="4" color="#0b5d6b">Auditdienst Kust-Polders</font></b><br>Intergemeentelijke
auditdienst van de gemeenten Blankenduin, Oostkerke-aan-Zee en Polderwijk</td>
<td width="40%" align="right">Zeedijk 210, 8421 Blankenduin<br>audit@kustpolders.be</td></tr></table>
<br>
<p>Aan de raad van bestuur van het AGB Jachthaven Blankenduin<br>Afschrift: de gemeenteraad van Blankenduin</p>
<p>Datum: 30 september 2026 &#8212; Referentie: AKP/AUD/2026/09</p>
<h1>Auditrapport beheer jachthaven Blankenduin</h1>
<h2>1. Opdracht en aanpak</h2>
<p>Het auditcomité gaf ons op 12 januari 2026 de opdracht het beheer van de jachthaven door het autonoom
gemeentebedrijf (AGB) te onderzoeken, met aandacht voor de ontvangsten, de toewijzing van ligplaatsen en het
onderhoud. Wij voerden het onderzoek uit tussen maart en juni 2026, op basis van interviews met de havenmeester, de
directeur en twee bestuurders, en een steekproef van 60 ontvangstdagen.</p>
<p>Volgens artikel 230 van het Decreet over het lokaal bestuur moet het AGB een systeem van organisatiebeheersing
hebben. De jachthaven telt 412 ligplaatsen, waarvan 328 vaste, en ontving in 2025 ruim 3.900 passanten.</p>
<h2>2. Vaststellingen</h2>
<table width="100%" cellpadding="4" border="1" style="border-collapse: collapse">
<tr><th width="8%">Nr.</th><th>Vaststelling</th><th width="14%">Risico</th></tr>
<tr><td>V1</td><td>De tarieven voor 2025 en 2026 werden door de directeur vastgesteld zonder besluit van de raad van
bestuur; artikel 14 van het havenreglement bepaalt dat de raad ze moet goedkeuren.</td><td>Hoog</td></tr>
<tr><td>V2</td><td>De wachtlijst voor vaste ligplaatsen (87 namen) wordt in een rekenblad bijgehouden; in vier gevallen
kregen aanvragers voorrang zonder dat de reden werd vastgelegd.</td><td>Hoog</td></tr>
<tr><td>V3</td><td>De havenmeester int de ontvangsten en boekt ze zelf in. In 9 van de 60 dagen weken de kassa en de
boeking af, met een totaal verschil van 1.146 euro.</td><td>Hoog</td></tr>
<tr><td>V4</td><td>De houten steigers van het B-dok dateren van 1994. Bij ons bezoek waren drie meerpalen los.</td>
<td>Middel</td></tr>
<tr><td>V5</td><td>De Vissersbond gebruikt de botenkraan op basis van een mondelinge afspraak uit 2011.</td>
<td>Middel</td></tr>
<tr><td>V6</td><td>Door verzanding is de geul bij laagwater nog 1,6 meter diep; in 2019 werd voor het laatst
gebaggerd.</td><td>Laag</td></tr>
</table>
<br>
<p>In onze audit van 2022 over de stedelijke parkings formuleerden wij al: <i>'Elke entiteit die contant geld
ontvangt, moet de functies van ontvangst en registratie scheiden.'</i> Dat principe is bij de jachthaven nog niet
toegepast.</p>
<h2>3. Conclusie</h2>
<p>Het beheer van de jachthaven steunt sterk op de ervaring en inzet van een klein team. De organisatiebeheersing is
echter onvoldoende voor een bedrijf met een omzet van 1,3 miljoen euro. Wij formuleren daarom de volgende
aanbevelingen, met een prioriteit per aanbeveling.</p>
<h2>4. Aanbevelingen</h2>
<table width="100%" cellpadding="5" border="1" style="border-collapse: collapse">
<tr><th width="8%">Nr.</th><th>Aanbeveling</th><th width="14%">Prioriteit</th></tr>
""" + recrows + """
</table>
<br>
<p>Wij vragen de raad van bestuur binnen drie maanden een reactie te bezorgen, met per aanbeveling de geplande
actie en termijn. Die reactie wordt opgenomen in het jaarverslag van de auditdienst.</p>
<p>Voor de Auditdienst Kust-Polders,<br><br>Lieve Vanhoutte<br>auditeur-coördinator</p>
</body></html>"""
B.soffice_pdf(ADV, NAME + "_advice.pdf")
B.stamp(NAME + "_advice.pdf", "Auditdienst Kust-Polders - auditrapport jachthaven Blankenduin - AKP/AUD/2026/09",
        "Pagina {n}/{m}", F["Regular"])

RES = "<html><head><meta charset='utf-8'>" + CSS + """</head><body>
<table width="100%" cellpadding="4" style="border-bottom: 2pt solid #0b5d6b"><tr>
<td><b><font size="4" color="#0b5d6b">AGB Jachthaven Blankenduin</font></b><br>Havenkantoor, Westerstaketsel 3,
8421 Blankenduin</td></tr></table>
<h1>Notulen raad van bestuur</h1>
<p>Zitting van donderdag 12 november 2026, 19.00 uur, havenkantoor<br>Aanwezig: B. Verstraete (voorzitter),
K. Lammens, S. De Clercq, F. Vandamme, J. Goethals; M. Pattyn (directeur, secretaris)<br>Verontschuldigd:
A. Ryckebusch</p>
<h2>1. Goedkeuring van de notulen van 8 oktober 2026</h2>
<p>De notulen van de vorige zitting worden zonder opmerkingen goedgekeurd.</p>
<h2>2. Auditrapport AKP/AUD/2026/09 - reactie van de raad</h2>
<p>De directeur licht het auditrapport toe. De raad bespreekt de aanbevelingen en stelt de volgende reactie vast,
die aan de auditdienst wordt bezorgd.</p>
<p><b>Aanbeveling IV.</b> De raad acht een bijkomend onderzoek door een studiebureau niet nodig. De steigers van
het B-dok werden in mei 2024 nog nagezien door de technische dienst van de stad; de losse meerpalen zijn intussen
hersteld.</p>
<p><b>Aanbevelingen III en VI.</b> Vanaf 1 januari 2027 neemt de nieuwe administratief medewerker de kassa over;
de havenmeester boekt niet langer zelf en de dagontvangsten worden wekelijks door de directeur nagekeken. Een
nieuw kassasysteem kopen wij niet: het huidige pakket werd pas in 2023 aangeschaft en volstaat volgens de raad.</p>
<p><b>Aanbeveling I.</b> De raad treedt de auditdienst bij. De tarieven 2027 worden op de zitting van 10 december
ter goedkeuring voorgelegd, en voortaan elk jaar in december.</p>
<p><b>Aanbeveling V.</b> De raad neemt kennis van deze aanbeveling. De voorzitter zal de Vissersbond polsen of een
schriftelijke regeling gewenst is.</p>
<p><b>Aanbeveling II.</b> Een wachtlijstreglement met vaste criteria wordt opgesteld en aan de gemeenteraad
voorgelegd. Het publiceren van de wachtlijst, ook geanonimiseerd, vindt de raad om privacyredenen geen goed idee;
aanvragers kunnen hun eigen plaats wel opvragen bij het havenkantoor.</p>
<h2>3. Havenfeesten 2027</h2>
<p>De raad keurt het programma van de Havenfeesten op 3 en 4 juli 2027 goed, met een budget van 18.000 euro. De
vuurwerkshow wordt vervangen door een lichtshow boven het water.</p>
<h2>4. Varia en sluiting</h2>
<p>Geen varia. De voorzitter sluit de zitting om 20.35 uur. De volgende zitting vindt plaats op 10 december 2026.</p>
<br>
<p>De secretaris, M. Pattyn &#8212; De voorzitter, B. Verstraete</p>
</body></html>"""
B.soffice_pdf(RES, NAME + "_response.pdf")
B.stamp(NAME + "_response.pdf", "AGB Jachthaven Blankenduin - notulen raad van bestuur 12 november 2026",
        "Pagina {n}/{m}", F["Regular"])

B.write_expected(NAME, [
    (1, "Leg de tarieven voor passanten en vaste ligplaatsen elk jaar",
     "De tarieven 2027 worden op de zitting van 10 december", "agrees"),
    (2, "Voer een wachtlijstreglement in met objectieve criteria en publiceer",
     "Een wachtlijstreglement met vaste criteria wordt opgesteld", "partly"),
    (3, "Scheid de functies van havenmeester en kassier en laat de",
     "de havenmeester boekt niet langer zelf", "agrees"),
    (4, "Laat de steigers van het B-dok vóór eind 2027 onderzoeken",
     "De raad acht een bijkomend onderzoek door een studiebureau niet nodig", "disagrees"),
    (5, "Sluit met de Vissersbond Blankenduin een schriftelijke overeenkomst over",
     "De raad neemt kennis van deze aanbeveling", "noted"),
    (6, "Vervang de kassasoftware door een systeem dat rechtstreeks gekoppeld is",
     "Een nieuw kassasysteem kopen wij niet", "disagrees"),
    (7, "Stel een meerjarenplan op voor het baggeren van de havengeul", None, "unanswered"),
], ["De notulen van de vorige zitting worden zonder opmerkingen goedgekeurd",
    "keurt het programma van de Havenfeesten op 3 en 4 juli",
    "De voorzitter sluit de zitting om 20.35 uur"],
    "Advice: AUDITRAPPORT of a Flemish intergemeentelijke auditdienst on the beheer of a jachthaven run by an AGB, "
    "2 p., LibreOffice headless from HTML (sans, letterhead table, stamped running head from p. 2, 'Pagina n/m'); "
    "traps: Decreet lokaal bestuur art. 230 'moet', a VASTSTELLINGEN table V1-V6 with risk ratings in the same "
    "three-column form as the recommendations (havenreglement art. 14 'moet'), the 2022 parking audit quoted with "
    "'moet', a conclusion, a three-month reply deadline; recommendations are the ROMAN-NUMERAL rows I-VII of a "
    "table 'Nr. | Aanbeveling | Prioriteit'. Response: NOTULEN of the AGB's raad van bestuur, agenda points 1-4, "
    "bold run-ins 'Aanbeveling N.' citing numerals, order IV, III+VI, I, V, II; 'Aanbevelingen III en VI' = III "
    "agrees (new employee takes over the till, weekly check) + VI disagrees (no new till system); IV disagrees "
    "(no study, inspected 2024); I agrees (tariffs to the December meeting); V noted ('neemt kennis', will sound out "
    "the Vissersbond); II partly (reglement yes, publication no); VII (baggerplan) unanswered; the approval of the "
    "previous notulen, 'Havenfeesten 2027' and 'Varia en sluiting' answer nothing")
