"""Round 123 (nl): the ADVIES of a municipal ADVIESCOMMISSIE KUNST IN DE OPENBARE RUIMTE on the college's
concept-nota 'Kunst in de openbare ruimte 2027-2030'; the advice ANSWERS THE COLLEGE'S FIVE NUMBERED QUESTIONS
('Vraag 1'-'Vraag 5', each question in italics), the seven recommendations being unnumbered sentences 'De commissie
adviseert ...' / 'Daarnaast adviseert de commissie ...' inside those answers (two under questions 1, 2 and 5, one
under 4, none under 3), so the question numbers are no recommendation numbers; answered by the college's LETTER
that lists its OWN NUMBERED DECISIONS 1.-5. ('Het college heeft besloten:') in another order (decision 1 answers
nothing), then paragraphs 'Wat wij niet overnemen' and 'Waarover wij later beslissen'.

Advice (LibreOffice headless from HTML, serif, 2 p., stamped head from p. 2, 'blad n van m'): a numbered list of the
questions (trap), figures on the collection (trap), the owner's duty paraphrased with 'moet' (trap), the
commission's opinion under question 3 without a recommendation (trap), an earlier advice quoted as an imperative
(trap), a closing line naming 'vraag 2 en vraag 5' (trap). Response (LibreOffice, 1 p., letter): opening
(nothing); decisions 1 (nota adopted: nothing), 2 = rec 1, 3 = rec 6, 4 = rec 3, 5 = rec 5; 'Wat wij niet
overnemen' = rec 4; 'Waarover wij later beslissen' = rec 7; a paragraph on question 3 (nothing); closing (nothing);
rec 2 never answered. Verdicts: 1 agrees, 2 unanswered, 3 agrees, 4 disagrees, 5 partly, 6 agrees, 7 noted. All
bodies, places, people, figures and reference numbers invented.

Run: /tmp/blind123nl/bin/python tests/docs/src/blind123/gen_nl_kunstcommissie_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b123nl as B  # noqa: E402

NAME = "blind123_nl_kunstcommissie"
F = B.tmp_fonts()
FR = B.tmp_fonts(family="B123NL Serif", files=B.SERIF_FILES)
SERIF = "B123NL Serif"
SANS = "B123NL Sans"
OCHRE = "#8a5a00"

CSS = f"""<style>
@page {{ size: 21cm 29.7cm; margin: 2cm 2.3cm 1.9cm 2.3cm; }}
body {{ font-family: '{SERIF}'; font-size: 10pt; line-height: 140%; }}
p {{ margin-top: 0; margin-bottom: 0.2cm; }}
h1 {{ font-family: '{SANS}'; font-size: 15pt; color: {OCHRE}; margin-bottom: 0.1cm; }}
h2 {{ font-family: '{SANS}'; font-size: 11pt; color: {OCHRE}; margin-top: 0.34cm; margin-bottom: 0.08cm; }}
p.q {{ font-style: italic; color: #333333; }}
ol {{ margin-top: 0; margin-bottom: 0.2cm; }}
td {{ font-family: '{SANS}'; font-size: 8.8pt; vertical-align: top; }}
.small {{ font-family: '{SANS}'; font-size: 8.4pt; color: #444444; }}
</style>"""

ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Advies Kunst in de openbare ruimte
</title>{CSS}</head><body>
<p class="small"><b><font color="{OCHRE}">ADVIESCOMMISSIE KUNST IN DE OPENBARE RUIMTE BRAKELVEEN</font></b></p>
<h1>Advies over de concept-nota Kunst in de openbare ruimte 2027-2030</h1>
<p class="small">Aan het college van burgemeester en wethouders van Brakelveen - kenmerk AKOR-2026-07 - 18 mei
2026</p>
<hr/>
<p>Geacht college,</p>
<p>Op 2 april 2026 vroeg u ons om advies over de concept-nota Kunst in de openbare ruimte 2027-2030. U legde ons
daarbij de volgende vragen voor:</p>
<ol>
<li>Is de percentageregeling voor kunst bij nieuwbouw nog passend?</li>
<li>Hoe moet de gemeente omgaan met de bestaande kunstwerken?</li>
<li>Hoe kunnen inwoners meer bij kunst in hun wijk worden betrokken?</li>
<li>Welke rol ziet de commissie voor zichzelf?</li>
<li>Hoe kiest de gemeente de kunstenaars voor nieuwe opdrachten?</li>
</ol>
<p>De commissie heeft de nota in drie vergaderingen besproken. Wij volgen hieronder uw vragen. Vooraf een paar
cijfers: de gemeente bezit 112 kunstwerken in de openbare ruimte, waarvan er 37 van voor 1970 zijn. Het jaarlijkse
budget voor nieuwe kunst was de afgelopen vier jaar gemiddeld 68.000 euro, voor onderhoud 21.000 euro.</p>
<h2>Vraag 1</h2>
<p class="q">Is de percentageregeling voor kunst bij nieuwbouw nog passend?</p>
<p>Sinds 1998 gaat bij nieuwe gemeentelijke gebouwen 1 procent van de bouwsom naar kunst. Dat percentage is in de
omliggende gemeenten al verhoogd, en door de stijgende kosten van materiaal en uitvoering komt er nu minder kunst
voor hetzelfde geld. De commissie adviseert de percentageregeling te verhogen van 1 naar 1,5 procent van de bouwsom
bij alle nieuwe gemeentelijke gebouwen. Daarnaast adviseert de commissie om de regeling ook toe te passen op grote
herinrichtingen van de openbare ruimte, zoals pleinen, parken en de nieuwe entree van het station.</p>
<h2>Vraag 2</h2>
<p class="q">Hoe moet de gemeente omgaan met de bestaande kunstwerken?</p>
<p>Als eigenaar moet de gemeente zorgen voor het onderhoud van haar kunstwerken; zij is dat ook aan de makers
verplicht. Van een deel van de collectie weet niemand meer precies in welke staat het is. De commissie adviseert om
binnen twee jaar een volledige inventarisatie te maken van alle kunstwerken in de openbare ruimte, met per werk de
onderhoudsstaat en de geschatte kosten van herstel.</p>
<p>In ons advies van 2019 schreven wij al: 'Stel een onderhoudsplan op voor de hele collectie.' Dat plan is er nog
niet. De commissie adviseert verder om geen kunstwerk te verwijderen of te verplaatsen zonder een openbare
bijeenkomst waarin omwonenden en, als dat kan, de kunstenaar of diens erven hun mening kunnen geven.</p>
<h2>Vraag 3</h2>
<p class="q">Hoe kunnen inwoners meer bij kunst in hun wijk worden betrokken?</p>
<p>De commissie is positief over het voorstel in de nota om elke wijk een eigen budget te geven waarmee bewoners
samen met een kunstenaar een werk kunnen laten maken. Wij vinden het verstandig dat de nota hiervoor eerst een proef
in twee wijken voorstelt. Wij hebben op dit punt geen aanvullend advies.</p>
<h2>Vraag 4</h2>
<p class="q">Welke rol ziet de commissie voor zichzelf?</p>
<p>De commissie wil graag haar rol als onafhankelijk adviseur behouden. Leden worden nu voor vier jaar benoemd,
wat kort is voor projecten die vaak langer lopen. De commissie adviseert om de zittingstermijn van haar leden te
verlengen van vier naar zes jaar en om twee van de zeven plaatsen te reserveren voor kunstenaars die in Brakelveen
wonen of werken.</p>
<h2>Vraag 5</h2>
<p class="q">Hoe kiest de gemeente de kunstenaars voor nieuwe opdrachten?</p>
<p>Nu worden kunstenaars meestal rechtstreeks gevraagd. Dat is snel, maar het zijn vaak dezelfde namen. De commissie
adviseert om bij opdrachten boven 50.000 euro altijd een open oproep te doen, waarna een jury met ten minste een
lid van de commissie een keuze maakt. Ook adviseert de commissie om elk jaar een vast bedrag van 5.000 euro te
reserveren voor tijdelijke kunst door jonge makers die nog geen grote opdracht hebben gehad.</p>
<h2>Tot slot</h2>
<p>De commissie vraagt u in het bijzonder aandacht voor wat zij schrijft bij vraag 2 en vraag 5. Wij zijn graag
bereid ons advies toe te lichten in de commissie Samenleving van de gemeenteraad.</p>
<p>Met vriendelijke groet,<br/>namens de Adviescommissie Kunst in de openbare ruimte,<br/>Marjolein Hazeveld,
voorzitter</p>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Gemeente Brakelveen</title>
{CSS}</head><body>
<p><b><font face="{SANS}" color="{OCHRE}" size="4">Gemeente Brakelveen</font></b><br/><span class="small">college
van burgemeester en wethouders</span></p>
<p class="small">Adviescommissie Kunst in de openbare ruimte<br/>t.a.v. mevrouw M. Hazeveld, voorzitter<br/>Postbus
120<br/>4281 BA Brakelveen</p>
<table width="100%" cellpadding="2">
<tr><td><b>Datum</b></td><td><b>Ons kenmerk</b></td><td><b>Uw kenmerk</b></td></tr>
<tr><td>16 juni 2026</td><td>Z-2026-08861</td><td>AKOR-2026-07</td></tr></table>
<p><b>Onderwerp: uw advies over de nota Kunst in de openbare ruimte 2027-2030</b></p>
<p>Geachte mevrouw Hazeveld,</p>
<p>Wij danken de commissie voor haar zorgvuldige advies. Het heeft de nota op verschillende punten sterker gemaakt.
In onze vergadering van 9 juni 2026 hebben wij de nota, mede op basis van uw advies, aangepast. Het college heeft
besloten:</p>
<ol>
<li>de nota Kunst in de openbare ruimte 2027-2030 vast te stellen en aan de gemeenteraad aan te bieden;</li>
<li>bij nieuwe gemeentelijke gebouwen voortaan anderhalf procent van de bouwsom voor kunst te bestemmen;</li>
<li>voor elke kunstopdracht van meer dan 50.000 euro een open oproep te doen, met een lid van uw commissie in de
jury;</li>
<li>in 2027 en 2028 alle kunstwerken in de openbare ruimte te laten beschrijven en beoordelen door een restaurator,
met een raming van de herstelkosten per werk;</li>
<li>de zittingstermijn van de commissieleden te verlengen tot zes jaar. Een vast aantal plaatsen voor kunstenaars
uit de eigen gemeente reserveren wij niet: wij benoemen leden op hun deskundigheid, waar zij ook wonen.</li>
</ol>
<p><b>Wat wij niet overnemen</b><br/>U vraagt om geen kunstwerk te verwijderen of te verplaatsen zonder een openbare
bijeenkomst. Dat advies volgen wij niet. Wij vragen in zulke gevallen wel altijd eerst het advies van uw commissie en
informeren de omwonenden per brief, maar een openbare bijeenkomst maakt besluiten over bijvoorbeeld de herinrichting
van een straat onnodig zwaar.</p>
<p><b>Waarover wij later beslissen</b><br/>Een vast jaarbudget voor tijdelijke kunst door jonge makers vinden wij een
sympathiek idee. Wij kunnen daar pas over beslissen bij de voorjaarsnota 2027, als duidelijk is hoeveel ruimte de
begroting biedt.</p>
<p>Uw opmerkingen over de wijkbudgetten hebben wij met belangstelling gelezen. De proef start in 2027 in de wijken
Hoogkamp en De Vennen; wij houden u op de hoogte van de ervaringen.</p>
<p>De gemeenteraad bespreekt de nota op 1 juli 2026 in de commissie Samenleving. Wij nodigen u graag uit om daar uw
advies toe te lichten.</p>
<p>Met vriendelijke groet,<br/>burgemeester en wethouders van Brakelveen,</p>
<p>de secretaris, drs. Wouter Kampstra - de burgemeester, Annemiek Roodbeen-Vos</p>
</body></html>"""


def expected():
    recs = [
        (1, "De commissie adviseert de percentageregeling te verhogen van 1 naar",
         "voortaan anderhalf procent van de bouwsom voor kunst te bestemmen", "agrees"),
        (2, "Daarnaast adviseert de commissie om de regeling ook toe te", None, "unanswered"),
        (3, "De commissie adviseert om binnen twee jaar een volledige inventarisatie",
         "in 2027 en 2028 alle kunstwerken in de openbare ruimte", "agrees"),
        (4, "De commissie adviseert verder om geen kunstwerk te verwijderen of",
         "Dat advies volgen wij niet", "disagrees"),
        (5, "De commissie adviseert om de zittingstermijn van haar leden te",
         "Een vast aantal plaatsen voor kunstenaars uit de eigen gemeente", "partly"),
        (6, "De commissie adviseert om bij opdrachten boven 50.000 euro altijd",
         "voor elke kunstopdracht van meer dan 50.000 euro een open", "agrees"),
        (7, "Ook adviseert de commissie om elk jaar een vast bedrag",
         "pas over beslissen bij de voorjaarsnota 2027", "noted"),
    ]
    unmatched = ["de nota Kunst in de openbare ruimte 2027-2030 vast te stellen",
                 "De proef start in 2027 in de wijken Hoogkamp en De Vennen",
                 "De gemeenteraad bespreekt de nota op 1 juli 2026"]
    notes = ("Advice: a municipal adviescommissie kunst in de openbare ruimte on the college's concept-nota (LibreOffice "
             "from HTML, 2 p., serif); the advice ANSWERS THE COLLEGE'S FIVE QUESTIONS under headings 'Vraag 1'-'Vraag "
             "5' (each question repeated in italics), the seven recommendations being UNNUMBERED SENTENCES inside "
             "running paragraphs ('De commissie adviseert ...', 'Daarnaast adviseert de commissie ...', 'De commissie "
             "adviseert verder ...', 'Ook adviseert de commissie ...'): two under question 1 (1, 2), two under 2 (3, "
             "4), none under 3 (an opinion only: 'Wij hebben op dit punt geen aanvullend advies'), one under 4 (5), "
             "two under 5 (6, 7). Traps: the numbered list of the five questions, collection figures, the owner's "
             "duty with 'moet', the 2019 advice quoted as an imperative, a closing line naming 'vraag 2 en vraag 5'. "
             "Response: the college's letter listing its OWN NUMBERED DECISIONS 1.-5. after 'Het college heeft "
             "besloten:' (decision 1 adopts the nota: nothing; 2 = rec 1 agrees, 1.5 per cent; 3 = rec 6 agrees, open "
             "call; 4 = rec 3 agrees, inventory 2027-2028; 5 = rec 5 partly, six-year term yes, reserved seats no), "
             "then 'Wat wij niet overnemen' = rec 4 disagrees (no public meeting, only the commission's advice and a "
             "letter), 'Waarover wij later beslissen' = rec 7 noted (voorjaarsnota 2027); a paragraph on the "
             "wijkbudgetten (question 3) and the closing answer nothing; rec 2 (the regulation for large "
             "redevelopments of public space) never answered: unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.soffice_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Adviescommissie Kunst in de openbare ruimte Brakelveen - advies AKOR-2026-07",
            "blad {n} van {m}", F["Regular"])
    B.soffice_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Brakelveen - Z-2026-08861", "{n}", F["Regular"])
    expected()
