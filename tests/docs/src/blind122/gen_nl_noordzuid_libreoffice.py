"""Round 122 (nl): the ADVIES of a Flemish city's GEMEENTELIJKE RAAD VOOR ONTWIKKELINGSSAMENWERKING (GROS) on the
ontwerp of a subsidy reglement for local international-solidarity initiatives, written as ELEVEN CONSECUTIVELY
NUMBERED POINTS, each opening with a bold TYPE LABEL 'Vaststelling.' or 'Advies.' (seven are 'Advies.': points 2,
4, 5, 7, 9, 10, 11 = recommendations 1-7), the numbering running on across four sub-headings; answered by the
college's LETTER that names the advice's POINT NUMBERS ('Uw punt 4', 'Wat punt 2 betreft', 'De punten 9 en 10'), so
the numbers it names are not the recommendations' order, plus a reply to a 'Vaststelling' point.

Advice (LibreOffice headless from HTML, sans, 2 p., red headings, stamped head from p. 2, 'blz. n van m'): findings
as 'Vaststelling.' points 1, 3, 6, 8 (trap), budget figures (trap), the decreet over het lokaal bestuur and the
draft's article 7 with 'moet' (trap), the 2023 advice quoted as an imperative (trap), a closing line naming 'de
punten 2 en 9' (trap). Response (LibreOffice, 1 p., letter): opening (nothing); replies in the order punt 4, punt 2,
punt 7, punt 3 (a finding: nothing), punten 9 en 10 in one paragraph, punt 5; closing (nothing); punt 11 never
answered. Verdicts: 1 partly, 2 agrees, 3 disagrees, 4 agrees, 5 disagrees, 6 noted, 7 unanswered. All bodies,
places, people, figures and reference numbers invented; the Decreet over het lokaal bestuur is named as context
only.

Run: /tmp/blind122nl/bin/python tests/docs/src/blind122/gen_nl_noordzuid_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b122nl as B  # noqa: E402

NAME = "blind122_nl_noordzuid"
F = B.tmp_fonts()
SANS = "B122NL Sans"
RED = "#9b2226"

CSS = f"""<style>
@page {{ size: 21cm 29.7cm; margin: 2cm 2.2cm 1.9cm 2.2cm; }}
body {{ font-family: '{SANS}'; font-size: 9.8pt; line-height: 140%; }}
p {{ margin-top: 0; margin-bottom: 0.2cm; }}
h1 {{ font-family: '{SANS}'; font-size: 15pt; color: {RED}; margin-bottom: 0.1cm; }}
h2 {{ font-family: '{SANS}'; font-size: 11pt; color: {RED}; margin-top: 0.32cm; margin-bottom: 0.1cm; }}
p.pt {{ margin-left: 0.8cm; text-indent: -0.8cm; }}
td {{ font-family: '{SANS}'; font-size: 8.8pt; vertical-align: top; }}
.small {{ font-size: 8.5pt; color: #444444; }}
</style>"""


def pt(n, kind, text):
    return f'<p class="pt"><b>{n}.</b> <b>{kind}.</b> {text}</p>'


ADVICE = f"""<!DOCTYPE html><html lang="nl-BE"><head><meta charset="utf-8"><title>Advies GROS Oudenwalle</title>
{CSS}</head><body>
<p class="small"><b><font color="{RED}">GROS OUDENWALLE</font></b> - gemeentelijke raad voor
ontwikkelingssamenwerking - Markt 1, Oudenwalle</p>
<h1>Advies over het ontwerp van reglement voor subsidies aan initiatieven voor internationale solidariteit</h1>
<p>Aan het college van burgemeester en schepenen van de stad Oudenwalle - advies GROS/2026/04 - algemene vergadering
van 12 mei 2026</p>
<hr/>
<p>Het college vroeg de GROS op 2 april 2026 om advies over het ontwerp van reglement. Wij hebben het ontwerp besproken
in een werkgroep met zes lidorganisaties en op onze algemene vergadering. Ons advies bestaat uit genummerde punten:
bij een vaststelling beschrijven wij wat wij zien, bij een advies vragen wij het college iets te doen.</p>
<h2>Algemeen</h2>
{pt(1, "Vaststelling", "Het ontwerp voegt de reglementen van 2014 en 2019 samen tot één reglement. Dat maakt het voor "
    "de kleine vzw's en feitelijke verenigingen in onze stad een stuk overzichtelijker.")}
<h2>Bedragen en procedure</h2>
{pt(2, "Advies", "De GROS vraagt om het maximale subsidiebedrag per project te verhogen van 2.500 naar 4.000 euro. "
    "Door de gestegen reis- en materiaalkosten volstaat het huidige bedrag voor veel projecten niet meer.")}
{pt(3, "Vaststelling", "In 2025 kwamen 18 aanvragen binnen, waarvan er 11 werden goedgekeurd. Het budget van 40.000 "
    "euro was in oktober volledig besteed.")}
{pt(4, "Advies", "Wij adviseren om de ene indiendatum van 1 maart te vervangen door twee indienrondes per jaar, in "
    "maart en in september, zodat ook initiatieven die in de loop van het jaar ontstaan een kans krijgen.")}
{pt(5, "Advies", "Wij vragen om de voorwaarde te schrappen dat de initiatiefnemer minstens drie jaar in Oudenwalle "
    "gedomicilieerd is. Nieuwkomers met banden met hun land van herkomst vallen nu uit de boot.")}
<h2>Beoordeling van de aanvragen</h2>
{pt(6, "Vaststelling", "Het decreet over het lokaal bestuur bepaalt dat de gemeenteraad het reglement moet "
    "vaststellen. Volgens artikel 7 van het ontwerp moet de aanvrager binnen drie maanden na afloop van het project "
    "een inhoudelijk en financieel verslag indienen.")}
{pt(7, "Advies", "De GROS adviseert om twee leden van de adviesraad op te nemen in de jury die de aanvragen "
    "beoordeelt. Zo komt de ervaring van de lidorganisaties rechtstreeks in de beoordeling terecht.")}
{pt(8, "Vaststelling", "In ons advies van 2023 vroegen wij: 'Koppel de subsidies aan de duurzame "
    "ontwikkelingsdoelen.' Het ontwerp doet dat nu in artikel 3, wat wij toejuichen.")}
<h2>Inhoudelijke keuzes</h2>
{pt(9, "Advies", "Wij vragen om ook projecten buiten de vijf partnerlanden van de stedenband in aanmerking te laten "
    "komen voor subsidie.")}
{pt(10, "Advies", "De GROS adviseert om elk jaar een vijfde van het budget te reserveren voor sensibilisering van de "
    "eigen inwoners, bijvoorbeeld in scholen en jeugdbewegingen.")}
{pt(11, "Advies", "Wij vragen om een eenvoudig verslagformulier van één bladzijde voor projecten met een subsidie "
    "onder 1.000 euro.")}
<h2>Tot slot</h2>
<p>De GROS hecht in het bijzonder aan de punten 2 en 9. Dit advies werd goedgekeurd op de algemene vergadering van
12 mei 2026 met 14 stemmen voor en 1 onthouding.</p>
<p>Voor de GROS,<br/>Hilde Vanderstraeten, voorzitter - Jonas De Baets, secretaris</p>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl-BE"><head><meta charset="utf-8"><title>Stad Oudenwalle</title>
{CSS}</head><body>
<p><b><font color="{RED}" size="4">Stad Oudenwalle</font></b><br/><span class="small">college van burgemeester en
schepenen - dienst Internationale Samenwerking</span></p>
<p class="small">GROS Oudenwalle<br/>t.a.v. mevrouw Hilde Vanderstraeten, voorzitter<br/>Markt 1<br/>Oudenwalle</p>
<table width="100%" cellpadding="2">
<tr><td><b>ons kenmerk</b></td><td><b>uw kenmerk</b></td><td><b>datum</b></td></tr>
<tr><td>IS/2026/117</td><td>GROS/2026/04</td><td>16 juni 2026</td></tr></table>
<p><b>Betreft: uw advies over het subsidiereglement internationale solidariteit</b></p>
<p>Geachte voorzitter, beste leden van de GROS,</p>
<p>Het college van burgemeester en schepenen besprak uw advies in zitting van 8 juni 2026. Wij danken u voor het
grondige werk van de werkgroep. Hieronder gaan wij in op de punten van uw advies; het ontwerp is op verschillende
plaatsen aangepast.</p>
<p>Uw punt 4 volgen wij volledig. Vanaf 2027 zijn er twee indienrondes, met als uiterste data 15 maart en 15
september.</p>
<p>Wat punt 2 betreft, komen wij u gedeeltelijk tegemoet. Het maximumbedrag gaat naar 3.000 euro per project. Een
verhoging tot 4.000 euro zou binnen hetzelfde budget betekenen dat minder projecten steun krijgen.</p>
<p>Punt 7: akkoord. De jury bestaat voortaan uit twee medewerkers van de stad, een externe deskundige en twee leden
van de GROS, die u zelf aanduidt.</p>
<p>Bij punt 3 merken wij op dat het budget in 2026 al begin september op was. De cijfers in uw advies zijn dus
eerder voorzichtig.</p>
<p>De punten 9 en 10 hangen samen met de beperkte middelen. Wij houden vast aan de keuze voor de partnerlanden van
de stedenband: alleen zo kunnen wij de projecten ter plaatse opvolgen. Het voorstel om een deel van het budget voor
sensibilisering te reserveren, vinden wij sympathiek; wij bekijken het bij de opmaak van het budget 2027, zonder ons
daar nu toe te verbinden.</p>
<p>Punt 5 nemen wij niet over. Het reglement wil initiatieven van inwoners ondersteunen die hier verankerd zijn;
de termijn van drie jaar blijft daarom behouden.</p>
<p>Het aangepaste reglement wordt op 29 juni 2026 aan de gemeenteraad voorgelegd. Wij houden u op de hoogte.</p>
<p>Met vriendelijke groeten,</p>
<p>Voor het college,<br/>Pieter Van Hoeydonck, algemeen directeur - Sara El Idrissi, schepen voor
internationale samenwerking</p>
</body></html>"""


def expected():
    recs = [
        (1, "De GROS vraagt om het maximale subsidiebedrag per project te verhogen",
         "Het maximumbedrag gaat naar 3.000 euro per project", "partly"),
        (2, "Wij adviseren om de ene indiendatum van 1 maart te vervangen",
         "met als uiterste data 15 maart en 15 september", "agrees"),
        (3, "Wij vragen om de voorwaarde te schrappen dat de initiatiefnemer",
         "de termijn van drie jaar blijft daarom behouden", "disagrees"),
        (4, "De GROS adviseert om twee leden van de adviesraad op",
         "een externe deskundige en twee leden van de GROS", "agrees"),
        (5, "Wij vragen om ook projecten buiten de vijf partnerlanden van",
         "Wij houden vast aan de keuze voor de partnerlanden", "disagrees"),
        (6, "De GROS adviseert om elk jaar een vijfde van het budget",
         "wij bekijken het bij de opmaak van het budget 2027", "noted"),
        (7, "Wij vragen om een eenvoudig verslagformulier van één bladzijde", None, "unanswered"),
    ]
    unmatched = ["het budget in 2026 al begin september op was",
                 "Het college van burgemeester en schepenen besprak uw advies",
                 "wordt op 29 juni 2026 aan de gemeenteraad voorgelegd"]
    notes = ("Advice: a Flemish GROS's advice on an ontwerp subsidy reglement for international-solidarity "
             "initiatives (LibreOffice from HTML, 2 p.), written as ELEVEN consecutively numbered points with a bold "
             "TYPE LABEL: 'Vaststelling.' (1, 3, 6, 8: findings) or 'Advies.' (2, 4, 5, 7, 9, 10, 11 = "
             "recommendations 1-7), the numbering running on across four sub-headings. Traps: the findings points, "
             "budget figures, the decreet over het lokaal bestuur and the draft's article 7 with 'moet', the 2023 "
             "advice quoted as an imperative inside a finding, a closing line naming 'de punten 2 en 9'. Response: "
             "the college's letter naming the advice's POINT NUMBERS in the order 4, 2, 7, 3, 9+10, 5: 'Uw punt 4 "
             "volgen wij volledig' = 2 agrees; 'Wat punt 2 betreft, komen wij u gedeeltelijk tegemoet' = 1 partly "
             "(3.000 not 4.000 euro); 'Punt 7: akkoord' = 4 agrees; 'Bij punt 3' answers a finding (nothing); 'De "
             "punten 9 en 10' in one paragraph = 5 disagrees (partner countries only) and 6 noted (considered for "
             "the 2027 budget, no commitment); 'Punt 5 nemen wij niet over' = 3 disagrees; opening and closing "
             "nothing; point 11 (= 7, a one-page report form) never answered: unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.soffice_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "GROS Oudenwalle - advies GROS/2026/04 - subsidiereglement internationale "
            "solidariteit", "blz. {n} van {m}", F["Regular"])
    B.soffice_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Stad Oudenwalle - IS/2026/117 - reactie op advies GROS/2026/04",
            "{n}/{m}", F["Regular"])
    expected()
