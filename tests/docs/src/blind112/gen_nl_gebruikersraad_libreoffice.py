"""Round 112 (nl): the ADVIES of the GEBRUIKERSRAAD (residents and family) of a Flemish WOONZORGCENTRUM on the move
to the new building, answered by the VERSLAG (minutes) of the gebruikersraad's next meeting, where the director's
answer is recorded under agendapunt 3 by theme in reported speech.

Advice (LibreOffice headless from HTML, serif, a shaded letterhead table with a wine-red cell, stamped head from p.
2, 'blz. n/m'): the woonzorgdecreet 'moet' (trap), the survey's three questions numbered 1.-3. (trap), findings in
prose with figures, the raad's 2024 advice quoted with 'moet' (realised; trap), recommendations as BULLETED
INFINITIVE CLAUSES after 'De gebruikersraad vraagt de directie om:' under two sub-headings 'Vóór de verhuis' (4) and
'Na de verhuis' (3), expected 1-7 in order. Response: minutes with agendapunten 1-6 (numbers that are not replies);
agendapunt 3 by bold themes, order 3+1 (one paragraph), 2, 5, 6, 7; 4 (infoavond) unanswered; agendapunten 1, 2,
4, 5 and 6 answer nothing. All invented.

Run: /tmp/blind112nl/bin/python tests/docs/src/blind112/gen_nl_gebruikersraad_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b112nl as B  # noqa: E402

NAME = "blind112_nl_gebruikersraad"
F = B.tmp_fonts("B112NL Serif", B.SERIF_FILES)
FAM = "B112NL Serif"
WINE = "#7a2333"
STYLE = f"""<style>@page {{ size: 21cm 29.7cm; margin: 2.1cm 2.3cm 2cm 2.3cm; }}
body {{ font-family: '{FAM}'; font-size: 10pt; line-height: 140%; }}
h1 {{ font-family: '{FAM}'; font-size: 16pt; color: {WINE}; margin-top: 10pt; margin-bottom: 3pt; }}
h2 {{ font-family: '{FAM}'; font-size: 11.5pt; color: {WINE}; margin-top: 11pt; margin-bottom: 3pt; }}
h3 {{ font-family: '{FAM}'; font-size: 10pt; font-style: italic; margin-top: 6pt; margin-bottom: 2pt; }}
p {{ margin-top: 0; margin-bottom: 5pt; }}
li {{ margin-bottom: 3pt; }}
td {{ font-family: '{FAM}'; font-size: 9pt; vertical-align: top; }}</style>"""

ADVICE = f"""<html><head><meta charset="utf-8">{STYLE}</head><body>
<table width="100%" cellpadding="6" cellspacing="0">
<tr><td width="6%" bgcolor="{WINE}"></td>
<td width="94%" bgcolor="#f3e9eb"><b>GEBRUIKERSRAAD WOONZORGCENTRUM HOF TER ELST</b><br>Zorgbedrijf Beverdonk -
Kloosterstraat 12, Beverdonk</td></tr></table>
<h1>Een nieuw huis, dezelfde mensen</h1>
<p style="font-size: 11pt">Advies over de verhuis naar de nieuwbouw aan de Kloosterdreef</p>
<p style="font-size: 9pt; color: #555">Advies nr. GR-2026/03 - aan de directie van woonzorgcentrum Hof ter Elst en
het bestuur van het Zorgbedrijf Beverdonk - goedgekeurd op de vergadering van 7 oktober 2026</p>

<h2>Waarom dit advies</h2>
<p>In het voorjaar van 2027 verhuizen de 96 bewoners van Hof ter Elst naar de nieuwbouw aan de Kloosterdreef. Voor
veel bewoners is dit de laatste verhuis van hun leven, en voor wie met dementie leeft, is elke verandering
ingrijpend. De gebruikersraad wil daarom nu al meedenken over de manier waarop de verhuis gebeurt.</p>
<p>Het woonzorgdecreet bepaalt dat elk woonzorgcentrum een gebruikersraad moet hebben, die advies kan geven over alle
zaken die de bewoners aanbelangen. Wij geven dit advies op eigen initiatief.</p>

<h2>Hoe we te werk gingen</h2>
<p>De gebruikersraad telt acht bewoners en zes familieleden. In september hielden we op elke afdeling een
bewonersbabbel, en via de nieuwsbrief vroegen we de familie om haar mening. We kregen 61 reacties. We stelden telkens
dezelfde drie vragen:</p>
<ol>
<li>Waar kijkt u het meest naar uit in de nieuwbouw?</li>
<li>Waar maakt u zich zorgen over?</li>
<li>Wat mag zeker niet verloren gaan?</li>
</ol>

<h2>Wat we hoorden</h2>
<p>Veel bewoners kijken uit naar de ruimere kamers met een eigen badkamer en naar de tuin met de moestuinbakken.
Tegelijk is er ongerustheid. Bewoners vragen zich af of ze hun vertrouwde zorgkundigen zullen terugzien, en of hun
eigen kast en zetel in de nieuwe kamer passen. Familieleden weten niet goed wat er van hen verwacht wordt op de dag van
de verhuis. De referentiepersoon dementie wees ons erop dat vaste gezichten en vaste gewoonten voor mensen met
dementie het belangrijkste houvast zijn.</p>
<p>Al in ons advies over de bouwplannen (GR-2024/02) schreven we: 'De cafetaria moet het hart van het huis blijven.'
Dat werd opgenomen in het bouwprogramma: de nieuwbouw krijgt een grotere cafetaria aan het dorpsplein. We stellen ook
vast dat de werfbezoeken van de voorbije maanden door bewoners erg op prijs werden gesteld.</p>

<h2>Ons advies</h2>
<p>De gebruikersraad vraagt de directie om:</p>
<h3>Vóór de verhuis</h3>
<ul>
<li>elke bewoner samen met een familielid of een vertrouwde medewerker vooraf de nieuwe kamer te laten bezoeken en zelf
te laten kiezen welke meubels meeverhuizen;</li>
<li>de bewoners per afdeling te laten verhuizen, gespreid over meerdere dagen, in plaats van iedereen in één
weekend;</li>
<li>het vaste zorgpersoneel van elke afdeling samen met de bewoners te laten meeverhuizen, zodat de teams niet door
elkaar worden gehaald;</li>
<li>vóór de verhuis een infoavond voor de familie te organiseren over de praktische afspraken: wie wat meeneemt,
wanneer familie kan helpen en hoe de was geregeld wordt;</li>
</ul>
<h3>Na de verhuis</h3>
<ul>
<li>de cafetaria zeven dagen per week open te houden als ontmoetingsplek, ook voor buurtbewoners;</li>
<li>bewoners toe te laten hun huisdier, zoals een kat of een vogel, mee te nemen naar de nieuwbouw;</li>
<li>na te gaan of bezoekers gratis kunnen blijven parkeren op de parking aan de Kloosterdreef.</li>
</ul>

<h2>Tot slot</h2>
<p>Dit advies werd goedgekeurd met twaalf stemmen voor en één onthouding. We danken de directie voor de open houding
tijdens de bouw en vragen haar om schriftelijk te antwoorden vóór onze vergadering van december.</p>
<p>Voor de gebruikersraad,<br>Mariette Van Damme, voorzitter<br>Jozef Peeters, ondervoorzitter</p>
</body></html>"""

RESPONSE = f"""<html><head><meta charset="utf-8">{STYLE}</head><body>
<table width="100%" cellpadding="6" cellspacing="0">
<tr><td width="6%" bgcolor="{WINE}"></td>
<td width="94%" bgcolor="#f3e9eb"><b>WOONZORGCENTRUM HOF TER ELST</b><br>Zorgbedrijf Beverdonk</td></tr></table>
<h1>Verslag van de gebruikersraad</h1>
<p style="font-size: 11pt">Vergadering van woensdag 9 december 2026, 14 uur, cafetaria</p>
<table width="100%" cellpadding="3" cellspacing="0">
<tr><td width="22%" valign="top"><b>Aanwezig</b></td><td valign="top">Mariette Van Damme (voorzitter), Jozef Peeters, Rosa Claes, Willy Goossens,
Maria De Smet, Lieve Janssens, Frans Wouters, Annick Maes, Bart Verstraete; voor de directie: Koen Vermeulen
(directeur), Els Hermans (hoofdverpleegkundige)</td></tr>
<tr><td><b>Verontschuldigd</b></td><td>Gilbert Mertens, Hilde Van Acker</td></tr>
<tr><td><b>Verslag</b></td><td>Sofie Aerts, medewerker sociale dienst</td></tr></table>

<h2>1. Verwelkoming en verslag</h2>
<p>De voorzitter verwelkomt de aanwezigen en in het bijzonder Bart Verstraete, die als familielid de plaats inneemt van
zijn moeder. Het verslag van 7 oktober wordt zonder opmerkingen goedgekeurd.</p>

<h2>2. Nieuws uit het huis</h2>
<p>Er zijn sinds de vorige vergadering vijf nieuwe bewoners. De bezettingsgraad bedraagt 98 procent. 88 van de 96
bewoners kregen de griepvaccinatie. Op de afdeling Linde start in januari een nieuwe hoofdverpleegkundige.</p>

<h2>3. Antwoord van de directie op het advies over de verhuis</h2>
<p>De directeur licht het schriftelijke antwoord van de directie toe, dat vooraf aan de leden werd bezorgd. Hij dankt de
gebruikersraad voor het werk en voor de vele reacties van bewoners en familie.</p>
<p><b>Personeel en kamers.</b> Het vaste team van elke afdeling verhuist mee; de teams blijven samengesteld zoals ze nu
zijn. Elke bewoner krijgt in januari of februari de kans om met familie of een vertrouwde medewerker de nieuwe kamer te
bezoeken. Een ergotherapeut helpt bij de keuze van de meubels die meegaan.</p>
<p><b>Verhuisdatum.</b> De directie houdt vast aan een verhuis in één weekend, op 13 en 14 maart 2027. Een gespreide
verhuis zou betekenen dat het personeel wekenlang over twee gebouwen verdeeld is, wat volgens de directie meer onrust
geeft dan één goed voorbereid weekend. Die dagen zijn er extra vrijwilligers en helpen medewerkers van de andere
woonzorgcentra van het zorgbedrijf mee.</p>
<p><b>Cafetaria.</b> De cafetaria in de nieuwbouw is open van woensdag tot en met zondag, telkens van 14 tot 17 uur,
ook voor buurtbewoners. Op maandag en dinsdag zijn er te weinig vrijwilligers om open te gaan. De voorzitter stelt voor
de openingsuren in juni 2027 opnieuw te bekijken.</p>
<p><b>Huisdieren.</b> Huisdieren van bewoners zijn ook in de nieuwbouw niet toegelaten, omwille van de hygiëne en van
allergieën bij andere bewoners en bij het personeel. Wel krijgt de afdeling Linde een afdelingskat, en het bezoek van
de hondjes van de vzw Pootjes blijft wekelijks doorgaan. Jozef Peeters betreurt dat zijn kanarie niet mee mag.</p>
<p><b>Parking.</b> De parking aan de Kloosterdreef is eigendom van de gemeente. De directie heeft de vraag om gratis
parkeren voor bezoekers bezorgd aan het college van burgemeester en schepenen. Er is nog geen antwoord.</p>

<h2>4. Kerstfeest</h2>
<p>Het kerstfeest voor bewoners en familie vindt plaats op zondag 20 december om 14.30 uur in de grote zaal. Het koor
Cantabile zingt; de animatie zoekt nog twee vrijwilligers voor de bediening.</p>

<h2>5. Varia</h2>
<p>Maria De Smet meldt dat de lift in blok B de voorbije maand drie keer defect was. De technische dienst volgt dit op
met de firma.</p>

<h2>6. Volgende vergadering</h2>
<p>Woensdag 10 februari 2027 om 14 uur, in de cafetaria.</p>
</body></html>"""


def expected():
    recs = [
        (1, "elke bewoner samen met een familielid of een vertrouwde medewerker",
         "krijgt in januari of februari de kans om met familie", "agrees"),
        (2, "de bewoners per afdeling te laten verhuizen, gespreid over meerdere dagen",
         "De directie houdt vast aan een verhuis in één weekend", "disagrees"),
        (3, "het vaste zorgpersoneel van elke afdeling samen met de bewoners",
         "Het vaste team van elke afdeling verhuist mee", "agrees"),
        (4, "vóór de verhuis een infoavond voor de familie te organiseren", None, "unanswered"),
        (5, "de cafetaria zeven dagen per week open te houden",
         "is open van woensdag tot en met zondag", "partly"),
        (6, "bewoners toe te laten hun huisdier, zoals een kat",
         "Huisdieren van bewoners zijn ook in de nieuwbouw niet toegelaten", "disagrees"),
        (7, "na te gaan of bezoekers gratis kunnen blijven parkeren",
         "bezorgd aan het college van burgemeester en schepenen", "noted"),
    ]
    unmatched = ["Het verslag van 7 oktober wordt zonder opmerkingen goedgekeurd",
                 "Er zijn sinds de vorige vergadering vijf nieuwe bewoners",
                 "Het kerstfeest voor bewoners en familie vindt plaats op zondag 20 december",
                 "de lift in blok B de voorbije maand drie keer defect was"]
    notes = ("Flemish GEBRUIKERSRAAD (residents and family) of a woonzorgcentrum advising the directie on the move to "
             "the new building (LibreOffice from HTML, 2 p., serif, shaded letterhead table with a wine-red cell, "
             "stamped head from p. 2, 'blz. n/m'): the woonzorgdecreet 'moet' (trap), the survey's three questions as "
             "a numbered list 1.-3. (trap), findings in prose, the raad's 2024 advice quoted with 'moet' and "
             "realised (trap); recommendations as BULLETED INFINITIVE CLAUSES after 'De gebruikersraad vraagt de "
             "directie om:' under the sub-headings 'Vóór de verhuis' (1-4) and 'Na de verhuis' (5-7), expected 1-7 in "
             "order. Response: the VERSLAG (minutes) of the next meeting with agendapunten 1.-6. (numbers that are "
             "not replies); agendapunt 3 records the director's answer by bold themes in reported speech, order 3+1 "
             "('Personeel en kamers', one paragraph), 2, 5, 6, 7: 3 agrees (teams move along), 1 agrees (room visit "
             "with family, ergotherapeut helps with furniture); 2 disagrees (one weekend, 13-14 March); 5 partly "
             "(open Wednesday to Sunday only); 6 disagrees (no pets); 7 noted (passed to the college van burgemeester "
             "en schepenen, no answer yet); 4 (infoavond for the family) unanswered; agendapunten 1, 2 (figures), 4 "
             "(kerstfeest), 5 (varia) and 6 answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.soffice_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Gebruikersraad WZC Hof ter Elst - advies GR-2026/03 over de verhuis",
            "blz. {n}/{m}", F["Regular"])
    B.soffice_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "WZC Hof ter Elst - verslag gebruikersraad 9 december 2026", "blz. {n}/{m}",
            F["Regular"])
    expected()
