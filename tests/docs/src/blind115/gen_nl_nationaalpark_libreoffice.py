"""Round 115 (nl): the ADVIES of the OVERLEGORGAAN of a NATIONAAL PARK (terrain managers, municipalities, farmers,
recreation entrepreneurs and residents) to Gedeputeerde Staten on the draft BEZOEKERSPLAN (visitor management plan),
answered by the formal BESLUIT of Gedeputeerde Staten (aanhef, 'gelet op', 'overwegende dat', articles) with an
annex 'Reactie op het advies' that NUMBERS the advice's unnumbered recommendations itself and answers them with
INLINE LABELS ('Aanbeveling 5 (toezicht) - gedeeltelijk overgenomen.').

Advice (LibreOffice headless from HTML, serif, 2 p., a moss-green letterhead table, 'Bezoek in cijfers' table, stamped
head from p. 2, 'blad n van m'): the instellingsbesluit 'moet' (trap), the draft's three aims as a numbered list
1.-3. (trap), figures, a conclusion ('Wij delen de analyse'; trap), the 2020 advice quoted with 'moet' (realised;
trap); recommendations are UNNUMBERED SENTENCES inside running paragraphs under sub-headings ('Het Overlegorgaan
adviseert u om ...', 'Ook adviseren wij ...', 'Daarnaast geven wij u in overweging ...'), two per paragraph in
chapters 3, 4 and 6, the second across the page break (expected 1-7 in order); closing summary naming topics. Response:
besluit with considerans ('overwegende dat ... het advies op onderdelen hebben overgenomen'; trap), Artikel 1-4,
signature, then Bijlage 2 numbering the seven recommendations 'in de volgorde van het advies' and answering in the
order 3, '1 en 2', 5, 6, 4; 7 unanswered; 'Overige wijzigingen' answers nothing. All invented.

Run: /tmp/blind115nl/bin/python tests/docs/src/blind115/gen_nl_nationaalpark_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b115nl as B  # noqa: E402

NAME = "blind115_nl_nationaalpark"
F = B.tmp_fonts("B115NL Serif", B.SERIF_FILES)
FAM = "B115NL Serif"
MOSS = "#4d6b2a"
STYLE = f"""<style>@page {{ size: 21cm 29.7cm; margin: 2.1cm 2.3cm 2cm 2.4cm; }}
body {{ font-family: '{FAM}'; font-size: 10pt; line-height: 138%; }}
h1 {{ font-family: '{FAM}'; font-size: 16pt; color: {MOSS}; margin-top: 10pt; margin-bottom: 2pt; }}
h2 {{ font-family: '{FAM}'; font-size: 11.5pt; color: {MOSS}; margin-top: 11pt; margin-bottom: 3pt; }}
h3 {{ font-family: '{FAM}'; font-size: 10pt; margin-top: 9pt; margin-bottom: 2pt; }}
p {{ margin-top: 0; margin-bottom: 5pt; }}
li {{ margin-bottom: 2pt; }}
td {{ font-family: '{FAM}'; font-size: 9pt; vertical-align: top; }}
th {{ font-family: '{FAM}'; font-size: 9pt; text-align: left; }}</style>"""

ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Advies Bezoekersplan</title>
{STYLE}</head><body>
<table width="100%" cellpadding="7" cellspacing="0" border="0">
<tr><td width="55%" bgcolor="{MOSS}"><font color="#ffffff" size="4"><b>Overlegorgaan</b><br>Nationaal Park De
Oostermarken</font></td>
<td width="45%" bgcolor="#eef2e6"><font size="2">Aan Gedeputeerde Staten van de provincie Veenmark<br>
Datum: 30 september 2026<br>Kenmerk: OO-NPO 2026/05<br>Betreft: advies ontwerp-Bezoekersplan 2027-2032</font></td></tr>
</table>

<h1>Ruimte voor rust</h1>
<p><i>Advies over het ontwerp-Bezoekersplan Nationaal Park De Oostermarken 2027-2032</i></p>

<h2>1. Inleiding</h2>
<p>Bij brief van 1 juli 2026 vroeg u het Overlegorgaan om advies over het ontwerp-Bezoekersplan Nationaal Park De
Oostermarken 2027-2032. Volgens het instellingsbesluit van het nationaal park moeten Gedeputeerde Staten het
Overlegorgaan horen over plannen die de recreatie en de natuur in het park raken. In het Overlegorgaan zitten de drie
terreinbeheerders, de gemeenten Aldeveen en Zuiderloo, de landbouw, de recreatieondernemers en twee bewoners.</p>
<p>Het ontwerp-Bezoekersplan heeft drie doelen:</p>
<ol><li>de rust in de kernzone van het park beschermen;</li>
<li>bezoekers beter over het park en over het jaar spreiden;</li>
<li>het park beter bereikbaar maken zonder auto.</li></ol>
<p>Het Overlegorgaan besprak het ontwerp in drie vergaderingen en een excursie op 9 september. Dit advies is op 30
september unaniem vastgesteld.</p>

<h2>2. Bezoek in cijfers</h2>
<table width="78%" cellpadding="3" cellspacing="0" border="0">
<tr><th bgcolor="#dfe7d3">Kenmerk</th><th bgcolor="#dfe7d3">2019</th><th bgcolor="#dfe7d3">2025</th></tr>
<tr><td>Bezoeken per jaar</td><td>1,2 miljoen</td><td>1,9 miljoen</td></tr>
<tr><td bgcolor="#f4f7ef">Dagen met meer dan 12.000 bezoekers</td><td bgcolor="#f4f7ef">9</td>
<td bgcolor="#f4f7ef">23</td></tr>
<tr><td>Aandeel bezoekers op een e-bike</td><td>22 procent</td><td>41 procent</td></tr>
<tr><td bgcolor="#f4f7ef">Parkeerplaatsen aan de rand van het park</td><td bgcolor="#f4f7ef">1.450</td>
<td bgcolor="#f4f7ef">1.450</td></tr>
<tr><td>Meldingen van verstoring van broedvogels</td><td>18</td><td>64</td></tr>
</table>
<p></p>
<p>Wij delen de analyse in het ontwerp: het bezoek is in zes jaar met meer dan de helft gegroeid en concentreert zich
op een paar plekken en een paar dagen. In ons advies over het Beheerplan 2020 schreven wij: 'Het aantal
parkeerplaatsen aan de rand van het park moet niet verder groeien.' Dat is sindsdien het beleid, en dat steunen wij
nog steeds.</p>

<h2>3. Zonering en rust</h2>
<p>Het ontwerp deelt het park in drie zones: een kernzone rond de Grote Venen, een overgangszone en een
ontvangstzone bij de drie ingangen. In de kernzone geldt van 15 maart tot 15 juli een padgebod, en moeten honden in
die periode aan de lijn. Uit de tellingen van de boswachters blijkt dat loslopende honden ook buiten het broedseizoen
veel wild verstoren, vooral in de winter.</p>
<p>Het Overlegorgaan adviseert u om de aanlijnplicht voor honden in de kernzone uit te breiden naar het hele jaar.
De regel is dan ook eenvoudiger uit te leggen. Ook adviseren wij om de Heideweg tussen Zuiderloo en de Grote Venen
in het broedseizoen af te sluiten voor fietsers, omdat juist daar de meeste verstoringen van de wulp en de
tapuit worden gemeld.</p>

<h2>4. Spreiding en bereikbaarheid</h2>
<p>Op drukke dagen staat het parkeerterrein bij de ingang Hoge Esch al om tien uur vol, en parkeren bezoekers in de
berm van de Esweg. Het station van Aldeveen ligt op vier kilometer van de dichtstbijzijnde ingang, maar er rijdt in
het weekend geen bus naar het park.</p>
<p>Wij adviseren u om op drukke dagen een pendeldienst in te zetten tussen het station van Aldeveen en de drie
ingangen van het park. Daarnaast geven wij u in overweging om het parkeren bij de twee drukste ingangen betaald te
maken, en de opbrengst te besteden aan beheer en toezicht in het park. Enkele leden, vooral de recreatieondernemers,
vrezen dat betaald parkeren bezoekers naar de gratis ingangen drijft; het Overlegorgaan vindt dat die vrees bij de
uitwerking moet worden meegenomen.</p>

<h2>5. Toezicht</h2>
<p>Het toezicht in het park wordt uitgevoerd door boa's van de drie terreinbeheerders, samen vier fte voor ruim 9.000
hectare. Dat aantal is sinds 2018 gelijk gebleven, terwijl het bezoek sterk is gegroeid. Op zomerse zondagen is er
vaak niemand in het park die bezoekers kan aanspreken. Het ontwerp-Bezoekersplan zegt over het toezicht alleen dat
het 'waar mogelijk wordt geïntensiveerd'.</p>
<p>Het Overlegorgaan adviseert daarom het aantal boa's in het park uit te breiden van vier naar ten minste zeven fte,
met vaste extra inzet op zaterdagen, zondagen en feestdagen van april tot en met september. Zonder meer toezicht
blijven de nieuwe regels voor de kernzone een papieren werkelijkheid, en verliezen ook de bezoekers die zich wel aan
de regels houden het vertrouwen dat die regels ergens voor dienen. De kosten schatten wij op ongeveer 210.000 euro
per jaar, die de provincie, de gemeenten en de terreinbeheerders samen zouden kunnen dragen.</p>

<h2>6. Bewoners, ondernemers en vervolg</h2>
<p>Bewoners van de dorpen rond het park hebben last van drukte, geluid en geparkeerde auto's. Ondernemers weten
vaak niet bij wie zij terechtkunnen met vragen over evenementen in of rond het park. Beide groepen worden nu van het
kastje naar de muur gestuurd.</p>
<p>Wij adviseren u een vast aanspreekpunt voor bewoners en ondernemers aan te stellen bij het parkbureau, dat
klachten en vragen centraal behandelt. Tot slot adviseert het Overlegorgaan om het Bezoekersplan na drie jaar te
evalueren, en niet pas na zes jaar zoals het ontwerp voorstelt.</p>

<h2>7. Tot slot</h2>
<p>Samengevat vraagt het Overlegorgaan vooral aandacht voor de rust in de kernzone en voor voldoende toezicht. Wij
lichten ons advies graag toe in uw vergadering en blijven bij de uitvoering betrokken.</p>
<p>Namens het Overlegorgaan Nationaal Park De Oostermarken,<br>drs. Jan-Hendrik Roelofsen, onafhankelijk voorzitter<br>
Femke Lanting, secretaris</p>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Besluit Bezoekersplan</title>
{STYLE}</head><body>
<table width="100%" cellpadding="6" cellspacing="0" border="0">
<tr><td width="60%"><font color="{MOSS}" size="4"><b>Provincie Veenmark</b></font><br><font size="2">Gedeputeerde
Staten</font></td>
<td width="40%"><font size="2">Zaaknummer: 2026-048817<br>Datum: 17 november 2026<br>Provinciaal blad 2026, nr.
512</font></td></tr></table>

<h1>Besluit van Gedeputeerde Staten van Veenmark tot vaststelling van het Bezoekersplan Nationaal Park De Oostermarken
2027-2032</h1>

<p>Gedeputeerde Staten van Veenmark,</p>
<p>gelet op artikel 3.17 van de Omgevingsverordening Veenmark en op het instellingsbesluit van het nationaal park;</p>
<p>overwegende dat:</p>
<ul><li>het bezoek aan het nationaal park sinds 2019 sterk is toegenomen en de rust in de kernzone onder druk
staat;</li>
<li>het ontwerp-Bezoekersplan van 15 juni tot en met 27 juli 2026 ter inzage heeft gelegen en dat daarop 214
zienswijzen zijn ingediend;</li>
<li>het Overlegorgaan Nationaal Park De Oostermarken op 30 september 2026 advies heeft uitgebracht, en dat wij dat
advies op onderdelen hebben overgenomen, zoals toegelicht in bijlage 2;</li>
<li>de gemeenten Aldeveen en Zuiderloo met het plan hebben ingestemd;</li></ul>

<p><b>BESLUITEN:</b></p>
<p><b>Artikel 1</b><br>Het Bezoekersplan Nationaal Park De Oostermarken 2027-2032 wordt vastgesteld.</p>
<p><b>Artikel 2</b><br>De zonering van het park is weergegeven op de zonekaart in bijlage 1.</p>
<p><b>Artikel 3</b><br>Met de uitvoering wordt het parkbureau belast, in samenwerking met de terreinbeheerders en de
gemeenten.</p>
<p><b>Artikel 4</b><br>Dit besluit treedt in werking op 1 januari 2027.</p>
<p>Veenhaven, 17 november 2026<br>Gedeputeerde Staten van Veenmark,<br>
mr. W.G. Hoitinga, voorzitter &nbsp;&nbsp;&nbsp; drs. P.J. Kamminga-Oost, secretaris</p>

<h2 style="page-break-before: always">Bijlage 2. Reactie op het advies van het Overlegorgaan</h2>
<p>Wij danken het Overlegorgaan voor zijn heldere advies. Het Overlegorgaan doet zeven aanbevelingen; wij hebben ze
voor de leesbaarheid genummerd in de volgorde van het advies. Hieronder geven wij per aanbeveling aan wat wij
ermee doen.</p>
<p><b>Aanbeveling 3 (pendeldienst) - overgenomen.</b> Vanaf Pinksteren 2027 rijdt op zaterdagen, zondagen en
feestdagen van mei tot en met september een pendelbus tussen het station van Aldeveen en de ingangen Hoge Esch,
Zuiderloo en De Wolden. De provincie betaalt de eerste drie jaar.</p>
<p><b>Aanbevelingen 1 en 2 (honden en Heideweg).</b> De aanlijnplicht in de kernzone geldt voortaan het hele jaar;
wij hebben het plan op dit punt aangepast. De Heideweg sluiten wij niet af voor fietsers. De weg is de enige veilige
fietsverbinding voor scholieren tussen Zuiderloo en Aldeveen, en een alternatief zou 7 kilometer omrijden betekenen.
Wel komen er langs het deel bij de Grote Venen borden die fietsers vragen op het pad te blijven en niet te
stoppen.</p>
<p><b>Aanbeveling 5 (toezicht) - gedeeltelijk overgenomen.</b> Wij delen de zorg over het toezicht. Samen met de
terreinbeheerders breiden wij het aantal boa's uit naar vijfenhalve fte, met de nadruk op de weekenden in het
voorjaar en de zomer. Naar zeven fte gaan vinden wij op dit moment niet nodig.</p>
<p><b>Aanbeveling 6 (aanspreekpunt) - overgenomen.</b> Het parkbureau krijgt per 1 maart 2027 een
omgevingsmanager, die bereikbaar is via één telefoonnummer en één e-mailadres.</p>
<p><b>Aanbeveling 4 (betaald parkeren).</b> Parkeren is een bevoegdheid van de gemeenten. Wij leggen de aanbeveling
voor aan Aldeveen en Zuiderloo en verkennen met hen in 2027 wat betaald parkeren zou betekenen; daarna besluiten de
gemeenten.</p>
<p><b>Overige wijzigingen.</b> Naar aanleiding van de zienswijzen is de grens van de ontvangstzone bij De Wolden 200
meter naar het noorden verschoven, en is de ruiterroute langs de Esweg in het plan opgenomen.</p>
</body></html>""".replace("&nbsp;", " ")


def expected():
    recs = [
        (1, "Het Overlegorgaan adviseert u om de aanlijnplicht voor honden in",
         "De aanlijnplicht in de kernzone geldt voortaan het hele jaar", "agrees"),
        (2, "Ook adviseren wij om de Heideweg tussen Zuiderloo en de Grote Venen",
         "De Heideweg sluiten wij niet af voor fietsers", "disagrees"),
        (3, "Wij adviseren u om op drukke dagen een pendeldienst in te zetten",
         "Vanaf Pinksteren 2027 rijdt op zaterdagen, zondagen en feestdagen", "agrees"),
        (4, "Daarnaast geven wij u in overweging om het parkeren bij de twee",
         "verkennen met hen in 2027 wat betaald parkeren zou betekenen", "noted"),
        (5, "Het Overlegorgaan adviseert daarom het aantal boa's in het park uit",
         "breiden wij het aantal boa's uit naar vijfenhalve fte", "partly"),
        (6, "Wij adviseren u een vast aanspreekpunt voor bewoners en ondernemers aan",
         "Het parkbureau krijgt per 1 maart 2027 een omgevingsmanager", "agrees"),
        (7, "Tot slot adviseert het Overlegorgaan om het Bezoekersplan na drie jaar", None, "unanswered"),
    ]
    unmatched = ["dat daarop 214 zienswijzen zijn ingediend",
                 "Het Bezoekersplan Nationaal Park De Oostermarken 2027-2032 wordt vastgesteld",
                 "Dit besluit treedt in werking op 1 januari 2027",
                 "de grens van de ontvangstzone bij De Wolden 200 meter"]
    notes = ("Dutch OVERLEGORGAAN of a NATIONAAL PARK, advies OO-NPO 2026/05 'Ruimte voor rust' to Gedeputeerde Staten "
             "on the ontwerp-Bezoekersplan 2027-2032 (LibreOffice from HTML, 2 p., serif, moss-green letterhead "
             "table, 'Bezoek in cijfers' table, stamped head from p. 2, 'blad n van m'). Traps: the instellingsbesluit "
             "'moeten ... horen', the draft's three aims as a numbered list 1.-3., figures, a conclusion ('Wij delen "
             "de analyse'), the 2020 advice quoted with 'moet' (realised), the draft's own 'moeten honden ... aan de "
             "lijn', members' fears ('moet worden meegenomen'), a closing summary naming topics. Recommendations: "
             "UNNUMBERED SENTENCES inside running paragraphs under sub-headings: chapter 3 one paragraph with 1 ('Het "
             "Overlegorgaan adviseert u om ...') and 2 ('Ook adviseren wij ...', running across the page break), "
             "chapter 4 one paragraph with 3 ('Wij adviseren u ...') and 4 ('Daarnaast geven wij u in overweging "
             "...'), chapter 5 with 5 (long, with costs), chapter 6 one paragraph with 6 and 7 ('Tot slot adviseert "
             "...'); "
             "expected 1-7 in order. Response: the formal BESLUIT of Gedeputeerde Staten (gelet op, overwegende dat "
             "with a line that the advice was 'op onderdelen overgenomen', BESLUITEN Artikel 1-4, signature), then "
             "on its own page Bijlage 2 which NUMBERS the unnumbered recommendations 'in de volgorde van het "
             "advies' and answers with "
             "bold INLINE LABELS in the order 3, '1 en 2', 5, 6, 4: 'Aanbeveling 3 (pendeldienst) - overgenomen' = 3 "
             "agrees (from Pinksteren 2027); 'Aanbevelingen 1 en 2' = 1 agrees (leash all year) + 2 disagrees "
             "(Heideweg not closed, school route; signs instead); 'Aanbeveling 5 (toezicht) - gedeeltelijk "
             "overgenomen' = 5 partly (5.5 fte, not 7); 'Aanbeveling 6' = 6 agrees (omgevingsmanager from 1 March "
             "2027); 'Aanbeveling 4 (betaald parkeren)' = 4 noted (municipal power, explored with the gemeenten in "
             "2027); 7 (evaluate after three years) unanswered. The considerans, the articles, the signature and "
             "'Overige wijzigingen' (zienswijzen) answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.soffice_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Overlegorgaan Nationaal Park De Oostermarken - advies OO-NPO 2026/05",
            "blad {n} van {m}", F["Regular"])
    B.soffice_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Provincie Veenmark - besluit Bezoekersplan Nationaal Park De Oostermarken",
            "blad {n} van {m}", F["Regular"])
    expected()
