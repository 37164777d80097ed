"""Round 113 (nl): the ADVIES of a municipal ADVIESCOMMISSIE WOONBOTEN on the concept-LIGPLAATSENVERORDENING,
answered by the college's NOTA VAN BEANTWOORDING, whose part B numbers the commissie's points B.1-B.6 in its own
order (numbers that are not the recommendations' numbers).

Advice (LibreOffice headless from HTML, serif, letter with a navy name block and a reference table, stamped head from
p. 2, 'blad n van m'): the Verordening Adviescommissie Woonboten 'moet' (trap), the college's four uitgangspunten as a
numbered list 1.-4. (trap), the woonboten law 'moet' (trap), the 2022 advice quoted with 'moet' (realised; trap);
recommendations as the right-hand cells of an UNNUMBERED three-column TABLE 'Onderwerp | Wat wij zagen | Wat wij
adviseren', eight rows of which one ('Liggeld') says 'Geen advies' (trap), expected 1-7 in row order; the third
row is split by the page break. Response: Inleiding,
Deel A zienswijzen A.1-A.3 (answer nothing), Deel B items B.1-B.6 with 'Samenvatting / Reactie / Wijziging
verordening', order 3, 1, 2+4 (one item), liggeld (answers nothing), 5, 6; 7 (hersteltermijn) unanswered; 'Ambtshalve
wijzigingen' answers nothing. All invented.

Run: /tmp/blind113nl/bin/python tests/docs/src/blind113/gen_nl_ligplaatsen_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b113nl as B  # noqa: E402

NAME = "blind113_nl_ligplaatsen"
F = B.tmp_fonts("B113NL Serif", B.SERIF_FILES)
FAM = "B113NL Serif"
NAVY = "#1f3a5a"
STYLE = f"""<style>@page {{ size: 21cm 29.7cm; margin: 2cm 2.2cm 2cm 2.2cm; }}
body {{ font-family: '{FAM}'; font-size: 10pt; line-height: 138%; }}
h1 {{ font-family: '{FAM}'; font-size: 15pt; color: {NAVY}; margin-top: 8pt; margin-bottom: 3pt; }}
h2 {{ font-family: '{FAM}'; font-size: 11.5pt; color: {NAVY}; margin-top: 11pt; margin-bottom: 3pt; }}
h3 {{ font-family: '{FAM}'; font-size: 10pt; margin-top: 8pt; margin-bottom: 2pt; }}
p {{ margin-top: 0; margin-bottom: 5pt; }}
li {{ margin-bottom: 2pt; }}
td {{ font-family: '{FAM}'; font-size: 9pt; vertical-align: top; }}
th {{ font-family: '{FAM}'; font-size: 9pt; text-align: left; }}</style>"""

ROWS = [
    ("Hoogte van woonarken",
     "Het concept beperkt de hoogte tot 4 meter boven de waterlijn, ook bij vervanging van een ark. Een tweede "
     "woonlaag is daardoor vrijwel onmogelijk.",
     "Sta bij vervanging van een woonark een hoogte van 4,5 meter toe, zodat eigenaren een volwaardige tweede "
     "bouwlaag kunnen maken."),
    ("Aansluiting op het riool",
     "Alle ligplaatsen moeten binnen twee jaar op het riool zijn aangesloten. Voor ongeveer dertig eigenaren is dat "
     "technisch lastig en erg duur.",
     "Verleng de termijn voor de verplichte aansluiting op het riool van twee naar vier jaar."),
    ("Overdracht bij verkoop",
     "Volgens het concept vervalt de ligplaatsvergunning bij verkoop van de boot en moet de koper een nieuwe "
     "vergunning aanvragen. Dat maakt woonboten moeilijk verkoopbaar en hypotheken duurder.",
     "Houd de ligplaatsvergunning overdraagbaar bij verkoop van de woonboot, zoals in de huidige verordening."),
    ("Liggeld",
     "Het liggeld stijgt in 2027 met 3,1 procent, gelijk aan de inflatie.",
     "Geen advies. De commissie vindt deze verhoging redelijk."),
    ("Steigers",
     "Het concept legt het onderhoud van de steigers voortaan bij de eigenaren van de woonboten. Nu doet de "
     "gemeente dat.",
     "Laat de gemeente verantwoordelijk blijven voor het onderhoud van de steigers langs de ligplaatsen."),
    ("Verduurzaming",
     "Eigenaren van woonarken kunnen geen gebruikmaken van de gemeentelijke subsidie voor het isoleren van "
     "woningen, terwijl juist veel oudere arken slecht geïsoleerd zijn.",
     "Stel de gemeentelijke subsidieregeling voor isolatie ook open voor woonarken en woonschepen."),
    ("Nieuwe ligplaatsen in de Zuidhaven",
     "Het college wil zes nieuwe ligplaatsen aanwijzen in de Zuidhaven. De bewoners van de haven lazen dat in de "
     "krant.",
     "Betrek de bewoners van de Zuidhaven bij de keuze van de plek en de inrichting van de zes nieuwe "
     "ligplaatsen."),
    ("Handhaving",
     "Bij een overtreding volgt volgens het concept direct een last onder dwangsom, ook bij kleine gebreken zoals "
     "een losse meerpaal.",
     "Geef eigenaren bij een overtreding eerst een hersteltermijn van ten minste drie maanden voordat een last "
     "onder dwangsom wordt opgelegd."),
]


def table_html():
    out = [f'<table width="100%" cellpadding="5" cellspacing="0" border="0">',
           f'<tr><th width="20%" bgcolor="{NAVY}"><font color="#ffffff">Onderwerp</font></th>'
           f'<th width="40%" bgcolor="{NAVY}"><font color="#ffffff">Wat wij zagen</font></th>'
           f'<th width="40%" bgcolor="{NAVY}"><font color="#ffffff">Wat wij adviseren</font></th></tr>']
    for i, (a, b, c) in enumerate(ROWS):
        bg = ' bgcolor="#eef2f7"' if i % 2 else ""
        out.append(f'<tr><td valign="top"{bg}><b>{a}</b></td><td valign="top"{bg}>{b}</td><td valign="top"{bg}>{c}</td></tr>')
    out.append("</table>")
    return "\n".join(out)


ADVICE = f"""<html><head><meta charset="utf-8">{STYLE}</head><body>
<table width="100%" cellpadding="6" cellspacing="0">
<tr><td width="62%"><p>Aan het college van burgemeester en wethouders<br>van de gemeente Zuiderdiep<br>Postbus 90<br>
8861 AA Zuiderdiep</p></td>
<td width="38%" bgcolor="{NAVY}"><font color="#ffffff"><b>Adviescommissie Woonboten Zuiderdiep</b><br>
p/a Havenkantoor, Kaaidijk 2<br>8861 BE Zuiderdiep</font></td></tr></table>
<p></p>
<table width="100%" cellpadding="2" cellspacing="0">
<tr><td width="18%">Datum</td><td>21 september 2026</td></tr>
<tr><td>Ons kenmerk</td><td>ACW-2026-11</td></tr>
<tr><td>Onderwerp</td><td>Advies over de concept-Ligplaatsenverordening Zuiderdiep 2027</td></tr></table>

<h1>Advies over de concept-Ligplaatsenverordening</h1>

<p>Geacht college,</p>
<p>Op 6 juli 2026 heeft u ons gevraagd te adviseren over de concept-Ligplaatsenverordening Zuiderdiep 2027. Volgens
artikel 4 van de Verordening Adviescommissie Woonboten 2019 moet het college de commissie horen over elke wijziging
van de regels voor ligplaatsen. Wij hebben het concept besproken in twee vergaderingen, en op 9 september hebben wij
in het clubhuis van de roeivereniging een avond gehouden voor eigenaren en bewoners van woonboten. Daar kwamen 47
mensen op af.</p>

<h2>Uitgangspunten</h2>
<p>In de toelichting bij het concept noemt het college vier uitgangspunten:</p>
<ol>
<li>veilige en goed bereikbare ligplaatsen;</li>
<li>een aantrekkelijk aanzicht van de grachten en havens;</li>
<li>schoon oppervlaktewater;</li>
<li>duidelijke regels die te handhaven zijn.</li>
</ol>
<p>Wij onderschrijven deze uitgangspunten. Sinds de Wet verduidelijking voorschriften woonboten geldt een woonboot
als bouwwerk en moet hij voldoen aan de bouwregels voor een woning. Dat de verordening daarbij aansluit, vinden wij
terecht.</p>
<p>In ons advies over de Havenverordening van 2022 schreven wij: 'De gemeente moet het liggeld jaarlijks niet meer
dan met de inflatie verhogen.' Dat advies heeft u overgenomen, en daar zijn de eigenaren u erkentelijk voor.</p>

<h2>Ons advies per onderwerp</h2>
<p>Hieronder vindt u per onderwerp wat wij in het concept zagen en wat wij u adviseren.</p>
{table_html()}

<h2>Tot slot</h2>
<p>De commissie hecht het meest aan de overdraagbaarheid van de vergunning en aan het onderhoud van de steigers:
daarover maken de eigenaren zich de grootste zorgen. Wij lichten ons advies graag mondeling toe.</p>
<p>Met vriendelijke groet,<br>namens de Adviescommissie Woonboten Zuiderdiep,</p>
<p>ing. P.J. (Pieter) Drost, voorzitter<br>S. (Sanne) Bakker-Oei, secretaris</p>
</body></html>"""

B_ITEMS = [
    ("B.1 Overdracht van de vergunning bij verkoop",
     "De commissie adviseert de vergunning overdraagbaar te houden.",
     "Wij houden vast aan een persoonsgebonden vergunning. Zo kan de gemeente bij elke verkoop nagaan of de boot "
     "aan de eisen voldoet. Een koper kan de vergunning gelijktijdig met de koop aanvragen; de beslistermijn is "
     "vier weken.", "nee"),
    ("B.2 Hoogte van woonarken",
     "De commissie vraagt om een maximale hoogte van 4,5 meter bij vervanging.",
     "Op de ligplaatsen aan de Noordkade en in de Zuidhaven staan wij bij vervanging 4,5 meter toe, omdat het water "
     "daar breed is. In de binnengrachten blijft de grens 4 meter, vanwege het aanzicht van het beschermd "
     "stadsgezicht.", "ja, artikel 9"),
    ("B.3 Riool en steigers",
     "De commissie vraagt meer tijd voor de aansluiting op het riool en wil dat de gemeente het onderhoud van de "
     "steigers blijft doen.",
     "Wij verlengen de termijn voor de rioolaansluiting naar vier jaar, zodat eigenaren de aansluiting kunnen "
     "combineren met ander onderhoud. Het onderhoud van de steigers leggen wij wel bij de eigenaren. Een steiger "
     "hoort bij één ligplaats en dient alleen die boot; het is niet redelijk dat alle belastingbetalers daarvoor "
     "opdraaien.", "ja, artikel 14 (riool); nee (steigers)"),
    ("B.4 Liggeld",
     "De commissie kan zich vinden in de verhoging van het liggeld.",
     "Wij nemen daar met instemming kennis van.", "nee"),
    ("B.5 Verduurzaming",
     "De commissie vraagt de isolatiesubsidie open te stellen voor woonarken en woonschepen.",
     "De subsidieregeling isolatie wordt in 2028 geëvalueerd. Bij die evaluatie bezien wij of woonarken en "
     "woonschepen een plaats kunnen krijgen in de regeling.", "niet van toepassing"),
    ("B.6 Nieuwe ligplaatsen in de Zuidhaven",
     "De commissie vraagt de bewoners van de Zuidhaven bij de nieuwe ligplaatsen te betrekken.",
     "Dat doen wij graag. In maart en april 2027 organiseren wij twee werksessies met de bewoners, waarin de "
     "plek van de zes ligplaatsen en de inrichting van de kade worden besproken. Pas daarna wijst het college de "
     "ligplaatsen aan.", "nee"),
]


def b_html():
    out = []
    for title, sam, rea, wijz in B_ITEMS:
        out.append(f"<h3>{title}</h3>")
        out.append(f"<p><i>Samenvatting.</i> {sam}</p>")
        out.append(f"<p><i>Reactie.</i> {rea}</p>")
        out.append(f"<p><i>Wijziging verordening:</i> {wijz}.</p>")
    return "\n".join(out)


RESPONSE = f"""<html><head><meta charset="utf-8">{STYLE}</head><body>
<table width="100%" cellpadding="6" cellspacing="0">
<tr><td width="8%" bgcolor="{NAVY}"></td><td bgcolor="#eef2f7"><b>GEMEENTE ZUIDERDIEP</b><br>
Burgemeester en wethouders</td></tr></table>
<h1>Nota van beantwoording</h1>
<p style="font-size: 11pt">Concept-Ligplaatsenverordening Zuiderdiep 2027</p>
<p style="font-size: 9pt; color: #555">Vastgesteld door het college op 17 november 2026 - zaaknummer Z/26/084412</p>

<h2>1. Inleiding</h2>
<p>Het concept van de Ligplaatsenverordening lag van 6 juli tot en met 16 augustus 2026 ter inzage. Er kwamen drie
zienswijzen binnen. Daarnaast bracht de Adviescommissie Woonboten op 21 september advies uit. In deze nota vatten
wij de reacties samen en geven wij ons antwoord. Waar een reactie leidt tot een wijziging van de verordening, staat
dat aangegeven.</p>

<h2>2. Deel A - Zienswijzen</h2>
<h3>A.1 Roei- en Zeilvereniging Zuiderdiep</h3>
<p><i>Samenvatting.</i> De vereniging vreest dat nieuwe ligplaatsen de vaarweg te smal maken voor wedstrijden.</p>
<p><i>Reactie.</i> De vaarweg in de Zuidhaven blijft ten minste 18 meter breed. Dat is voldoende voor de wedstrijden
van de vereniging.</p>
<h3>A.2 Bewoner van de Noordkade</h3>
<p><i>Samenvatting.</i> De indiener maakt bezwaar tegen hogere arken, omdat die het uitzicht op het water
belemmeren.</p>
<p><i>Reactie.</i> Wij begrijpen de zorg, maar een bewoner van de kade heeft geen recht op vrij uitzicht. Zie verder
B.2.</p>
<h3>A.3 Waterschap Diepmonde</h3>
<p><i>Samenvatting.</i> Het waterschap steunt de verplichte aansluiting op het riool.</p>
<p><i>Reactie.</i> Wij danken het waterschap voor zijn steun.</p>

<h2>3. Deel B - Advies van de Adviescommissie Woonboten</h2>
<p>Wij danken de commissie voor haar zorgvuldige advies en voor de goed bezochte bewonersavond.</p>
{b_html()}

<h2>4. Ambtshalve wijzigingen</h2>
<p>Los van de reacties passen wij artikel 2 aan: de begrippen 'woonark' en 'woonschip' worden gelijkgetrokken met de
begrippen uit het omgevingsplan. Ook wordt de aanvraagtermijn in artikel 6 verkort van twaalf naar acht weken.</p>
<p>Burgemeester en wethouders van Zuiderdiep,<br>de secretaris, mr. H. (Hanneke) Visscher - de burgemeester,
drs. L.M. (Laurens) Abbing</p>
</body></html>"""


def expected():
    recs = [
        (1, "Sta bij vervanging van een woonark een hoogte van",
         "In de binnengrachten blijft de grens 4 meter", "partly"),
        (2, "Verleng de termijn voor de verplichte aansluiting op het riool",
         "Wij verlengen de termijn voor de rioolaansluiting naar vier jaar", "agrees"),
        (3, "Houd de ligplaatsvergunning overdraagbaar bij verkoop van de",
         "Wij houden vast aan een persoonsgebonden vergunning", "disagrees"),
        (4, "Laat de gemeente verantwoordelijk blijven voor het onderhoud van de steigers",
         "Het onderhoud van de steigers leggen wij wel bij de eigenaren", "disagrees"),
        (5, "Stel de gemeentelijke subsidieregeling voor isolatie ook open voor",
         "Bij die evaluatie bezien wij of woonarken en woonschepen", "noted"),
        (6, "Betrek de bewoners van de Zuidhaven bij de keuze",
         "organiseren wij twee werksessies met de bewoners", "agrees"),
        (7, "Geef eigenaren bij een overtreding eerst een hersteltermijn", None, "unanswered"),
    ]
    unmatched = ["De vaarweg in de Zuidhaven blijft ten minste 18 meter breed",
                 "een bewoner van de kade heeft geen recht op vrij uitzicht",
                 "Wij danken het waterschap voor zijn steun",
                 "Wij nemen daar met instemming kennis van",
                 "de aanvraagtermijn in artikel 6 verkort van twaalf naar acht weken"]
    notes = ("Dutch municipal ADVIESCOMMISSIE WOONBOTEN advising the college on the concept-Ligplaatsenverordening "
             "(LibreOffice from HTML, 2 p., serif, letter with an address block beside a navy name cell and a "
             "Datum/Kenmerk/Onderwerp table, stamped head from p. 2, 'blad n van m'): the commissie's own verordening "
             "'moet' (trap), the college's four uitgangspunten as a numbered list 1.-4. (trap), the woonboten law "
             "'moet' (trap), the 2022 advice on the Havenverordening quoted with 'moet' and realised (trap); "
             "recommendations as the right-hand cells of an UNNUMBERED three-column TABLE 'Onderwerp | Wat wij "
             "zagen | Wat wij adviseren', eight rows of which the fourth ('Liggeld') says 'Geen advies' (trap), the "
             "third row ('Overdracht bij verkoop') split by the page break; "
             "expected 1-7 in row order (Liggeld skipped); closing naming topics, not numbers. Response: the "
             "college's NOTA VAN BEANTWOORDING; Deel A zienswijzen A.1-A.3 (answer nothing); Deel B items B.1-B.6 "
             "with italic 'Samenvatting. / Reactie. / Wijziging verordening:' whose own numbers are not the "
             "recommendations' order: B.1 = 3 disagrees (vergunning becomes persoonsgebonden); B.2 = 1 partly (4,5 m "
             "at the Noordkade and Zuidhaven only, 4 m in the binnengrachten); B.3 'Riool en steigers' = 2 agrees "
             "(four years) + 4 disagrees (steigers to the owners); B.4 Liggeld answers the 'Geen advies' row "
             "(nothing); B.5 = 5 noted (considered at the 2028 evaluation of the subsidy); B.6 = 6 agrees (two "
             "werksessies in spring 2027 before designation); 7 (hersteltermijn before a dwangsom) unanswered; "
             "Inleiding, Deel A and 'Ambtshalve wijzigingen' (artikel 2 and 6) answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.soffice_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Adviescommissie Woonboten Zuiderdiep - ACW-2026-11", "blad {n} van {m}",
            F["Regular"])
    B.soffice_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Zuiderdiep - nota van beantwoording Ligplaatsenverordening 2027",
            "blad {n} van {m}", F["Regular"])
    expected()
