"""Round 113 (nl): the ADVIES of the ZORGRAAD of a Flemish EERSTELIJNSZONE to a city's college van burgemeester en
schepenen on the HUISARTSENTEKORT, written as ANSWERS TO THE COLLEGE'S SIX QUESTIONS, answered by the college's
ANTWOORDNOTA that QUOTES each advice in a box and gives the college's position under it.

Advice (Chromium headless, sans, teal title block with a meta line, 'Hoevelare in cijfers' box floated right, stamped
head from p. 2, 'p. n/m'): the eerstelijnsdecreet 'moet' (trap), findings with figures, the zorgraad's 2024 advice
quoted with 'moet' (realised; trap); then 'Vraag 1'-'Vraag 6' of the adviesvraag as numbered question blocks, each
followed by 'Ons advies' with UNNUMBERED sentences 'De zorgraad adviseert de stad om ...' / 'Daarnaast raden we de
stad aan ...' / 'Verder vragen we de stad ...' - two under vraag 2 and vraag 5, none under vraag 3 (the raad makes no
recommendation there: trap), expected 1-7 in order; a closing line naming 'vraag 2 en vraag 4'. Response: quote boxes
in the order 4, 1, 5+6 (one box quoting both, one answer), 2, 3, then vraag 3 (answers nothing); 7 unanswered;
Inleiding and 'Verdere opvolging' answer nothing. All invented.

Run: /tmp/blind113nl/bin/python tests/docs/src/blind113/gen_nl_zorgraad_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b113nl as B  # noqa: E402

NAME = "blind113_nl_zorgraad"
F = B.tmp_fonts()
FAM = "B113NL Sans"
CSS = f"""<style>
@font-face {{ font-family: '{FAM}'; src: url('file://{F["Regular"]}'); }}
@font-face {{ font-family: '{FAM}'; font-weight: bold; src: url('file://{F["Bold"]}'); }}
@font-face {{ font-family: '{FAM}'; font-style: italic; src: url('file://{F["Italic"]}'); }}
@page {{ size: A4; margin: 17mm 20mm 16mm 20mm; }}
body {{ font-family: '{FAM}'; font-size: 9.5pt; line-height: 1.43; color: #1d1d1d;
       font-variant-ligatures: none; hyphens: manual; }}
.top {{ background: #0f6b6b; color: white; padding: 10px 14px 11px; margin-bottom: 6px; }}
.top .org {{ font-size: 8.4pt; font-weight: bold; letter-spacing: 0.5px; }}
.top h1 {{ font-size: 18pt; margin: 4px 0 2px; }}
.top .sub {{ font-size: 10pt; }}
.meta {{ font-size: 8.3pt; color: #444; margin: 0 0 10px; padding: 3px 0; border-bottom: 1px solid #8bb; }}
h2 {{ color: #0f6b6b; font-size: 11.5pt; margin: 12px 0 4px; break-after: avoid; }}
p {{ margin: 0 0 6px; }}
.box {{ float: right; width: 58mm; border: 1px solid #8bb; padding: 6px 9px; margin: 2px 0 8px 12px;
        font-size: 8.5pt; line-height: 1.4; background: #f2f8f8; }}
.box b {{ color: #0f6b6b; }}
.q {{ margin: 9px 0 3px; padding: 4px 8px; background: #e4f0f0; border-left: 4px solid #0f6b6b;
      break-after: avoid; }}
.q .n {{ font-weight: bold; color: #0f6b6b; margin-right: 6px; }}
.q .t {{ font-style: italic; }}
.adv {{ margin: 0 0 4px 12px; break-inside: avoid; }}
.adv .l {{ font-size: 8.2pt; font-weight: bold; color: #0f6b6b; letter-spacing: 0.4px; }}
.quote {{ margin: 10px 0 4px; padding: 6px 10px; background: #eef1f1; border-left: 4px solid #7a9a9a;
          font-style: italic; break-inside: avoid; }}
.quote .l {{ font-style: normal; font-weight: bold; font-size: 8.2pt; color: #4d6b6b; display: block;
             margin-bottom: 2px; letter-spacing: 0.3px; }}
.ans .l {{ font-weight: bold; font-size: 8.2pt; color: #0f6b6b; letter-spacing: 0.3px; display: block;
           margin: 2px 0 1px; }}
.sign {{ margin-top: 10px; }}
</style>"""

QA = [
    ("1", "Hoe kan de stad nieuwe huisartsen aantrekken?",
     ["Jonge huisartsen kiezen voor een plaats waar ze in groep kunnen werken en waar de eerste jaren financieel "
      "haalbaar zijn. De inrichting van een praktijk kost al snel meer dan 40.000 euro.",
      "De zorgraad adviseert de stad om een startpremie van 15.000 euro toe te kennen aan elke huisarts die zich "
      "vestigt in een wijk waar de praktijken een patiëntenstop hebben."]),
    ("2", "Welke rol kan de stad spelen bij de huisvesting van praktijken?",
     ["De zorgraad adviseert de stad om de leegstaande benedenverdieping van het oude politiekantoor aan de "
      "Kapelstraat in te richten als groepspraktijk en die tegen een redelijke huurprijs ter beschikking te "
      "stellen.",
      "Daarnaast raden we de stad aan om bij elk nieuw woonproject van meer dan 100 woningen een ruimte voor een "
      "zorgpraktijk te laten voorzien in het ontwerp."]),
    ("3", "Moet de stad zelf huisartsen in dienst nemen?",
     ["De huisartsen met wie we spraken, verkiezen allemaal een zelfstandige praktijk of een groepspraktijk. Ook de "
      "huisartsenkring ziet geen heil in huisartsen in stadsdienst. De zorgraad vindt dat geen taak voor de stad en "
      "doet hierover geen aanbeveling."]),
    ("4", "Hoe bereiken we inwoners die geen huisarts meer vinden?",
     ["De zorgraad adviseert de stad om in het Sociaal Huis een centraal aanmeldpunt in te richten voor inwoners "
      "zonder vaste huisarts, dat hen doorverwijst naar praktijken die nog nieuwe patiënten aannemen."]),
    ("5", "Hoe kan de stad de huisartsen in hun dagelijkse werk ontlasten?",
     ["De zorgraad adviseert de stad om huisartsen op huisbezoek gratis te laten parkeren in de blauwe zones en op "
      "de betalende parkings van de stad.",
      "Verder vragen we de stad om de kosten te dragen van telefonisch tolken tijdens consultaties bij de "
      "huisarts, voor patiënten die onvoldoende Nederlands spreken."]),
    ("6", "Hoe volgen we dit samen verder op?",
     ["De zorgraad adviseert de stad om samen met de huisartsenkring elk jaar in kaart te brengen hoeveel inwoners "
      "geen vaste huisarts hebben, en de resultaten te bespreken in de gemeenteraadscommissie Welzijn."]),
]


def qa_html():
    out = []
    for n, q, paras in QA:
        out.append(f'<div class="q"><span class="n">Vraag {n}</span><span class="t">{q}</span></div>')
        label = "Ons antwoord" if n == "3" else "Ons advies"
        out.append(f'<div class="adv"><div class="l">{label.upper()}</div>'
                   + "".join(f"<p>{x}</p>" for x in paras) + "</div>")
    return "\n".join(out)


ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">{CSS}</head><body>
<div class="top"><div class="org">ZORGRAAD ELZ MOLENBEEKDAL</div>
<h1>Een huisarts voor iedereen</h1>
<div class="sub">Advies aan het college van burgemeester en schepenen van Hoevelare over het huisartsentekort</div>
</div>
<div class="meta">Advies ZR-2026/04 | 30 juni 2026 | goedgekeurd door de algemene vergadering van de zorgraad op
24 juni 2026</div>

<div class="box"><b>Hoevelare in cijfers</b><br>Inwoners: 41.200<br>Huisartsen: 24, van wie 9 ouder dan 60 jaar<br>
Huisartsen per 10.000 inwoners: 5,8<br>Praktijken met een patiëntenstop: 14 van de 17<br>
Inwoners zonder vaste huisarts (schatting): 3.100</div>

<h2>Waarom dit advies</h2>
<p>Op 12 mei 2026 vroeg het college van burgemeester en schepenen de zorgraad om advies over het groeiende tekort
aan huisartsen in Hoevelare. Het college legde ons zes vragen voor. Volgens het decreet over de organisatie van de
eerstelijnszorg moet de zorgraad de lokale besturen van de zone ondersteunen bij hun zorg- en welzijnsbeleid; wij
gaan dan ook graag op deze vraag in.</p>
<p>Voor dit advies spraken we met 16 huisartsen, met de huisartsenkring, met de wachtpost, met het Sociaal Huis en
met de apothekers. Tijdens twee buurtgesprekken in Ter Hagen en De Brem hoorden we bovendien 58 inwoners.</p>

<h2>Wat we vaststellen</h2>
<p>Het tekort is in Hoevelare groter dan elders in de zone. Veertien van de zeventien praktijken nemen geen nieuwe
patiënten meer aan. Nieuwe inwoners, en wie na een verhuis of een pensionering van de eigen huisarts een nieuwe
huisarts zoekt, komen vaak nergens terecht. Zij gaan dan naar de wachtpost of naar de spoeddienst van het
ziekenhuis, ook met klachten die daar niet thuishoren. De komende vijf jaar gaan naar verwachting nog zes huisartsen
met pensioen.</p>
<p>Patiënten die geen Nederlands spreken, vragen volgens de huisartsen veel extra tijd. Huisartsen verliezen
daarnaast tijd met het zoeken naar een parkeerplaats bij huisbezoeken in het centrum.</p>
<p>In ons advies over de lokale zorgstrategie van 2024 schreven we: 'Het lokaal bestuur moet de eerste lijn een vaste
plaats geven in het overleg over wonen en welzijn.' Dat is gebeurd: de zorgraad zetelt sinds 2025 in de stuurgroep
Wonen en Welzijn, en we danken de stad daarvoor.</p>

<h2>Onze antwoorden op uw vragen</h2>
{qa_html()}

<h2>Tot slot</h2>
<p>De zorgraad vraagt vooral aandacht voor de antwoorden op vraag 2 en vraag 4, omdat die het snelst verschil kunnen
maken voor de inwoners. We lichten ons advies graag toe op het college of in de gemeenteraadscommissie.</p>
<p class="sign">Voor de zorgraad,<br>dr. Lies Vanhaecke, voorzitter<br>Tom Reynaert, coördinator ELZ Molenbeekdal</p>
</body></html>"""

ITEMS = [
    (["De zorgraad adviseert de stad om in het Sociaal Huis een centraal aanmeldpunt in te richten voor inwoners "
      "zonder vaste huisarts, dat hen doorverwijst naar praktijken die nog nieuwe patiënten aannemen."],
     "Het college volgt dit advies. Vanaf 1 januari 2027 kunnen inwoners zonder huisarts zich aanmelden aan het "
     "onthaal van het Sociaal Huis of via het e-loket van de stad. Een medewerker van het Sociaal Huis houdt samen "
     "met de huisartsenkring een lijst bij van praktijken met vrije plaatsen."),
    (["De zorgraad adviseert de stad om een startpremie van 15.000 euro toe te kennen aan elke huisarts die zich "
      "vestigt in een wijk waar de praktijken een patiëntenstop hebben."],
     "Het college voert een startpremie in, maar van 7.500 euro, te betalen in twee schijven: de helft bij de "
     "opening van de praktijk en de helft na twee jaar. Een hoger bedrag past niet binnen het meerjarenplan. De "
     "premie geldt voor het hele grondgebied."),
    (["De zorgraad adviseert de stad om huisartsen op huisbezoek gratis te laten parkeren in de blauwe zones en op "
      "de betalende parkings van de stad.",
      "Verder vragen we de stad om de kosten te dragen van telefonisch tolken tijdens consultaties bij de "
      "huisarts, voor patiënten die onvoldoende Nederlands spreken."],
     "Gratis parkeren voor huisartsen voert het college niet in. Zorgverleners kunnen nu al een zorgparkeerkaart "
     "kopen voor 60 euro per jaar, en het college wil geen uitzondering maken voor één beroepsgroep. Voor het "
     "telefonisch tolken ligt dat anders: de stad neemt die kosten vanaf 1 januari 2027 volledig ten laste, via "
     "een overeenkomst met het agentschap voor sociaal tolken. Daarvoor is 18.000 euro per jaar voorzien."),
    (["De zorgraad adviseert de stad om de leegstaande benedenverdieping van het oude politiekantoor aan de "
      "Kapelstraat in te richten als groepspraktijk en die tegen een redelijke huurprijs ter beschikking te "
      "stellen."],
     "Het college besliste op 3 september 2026 om de benedenverdieping te renoveren tot een groepspraktijk voor "
     "vier huisartsen. De werken starten in november; de praktijk kan in het voorjaar van 2027 open. De huurprijs "
     "bedraagt 9 euro per vierkante meter per maand."),
    (["Daarnaast raden we de stad aan om bij elk nieuw woonproject van meer dan 100 woningen een ruimte voor een "
      "zorgpraktijk te laten voorzien in het ontwerp."],
     "Het college vindt dit een interessante suggestie. Of zo'n verplichting juridisch en financieel haalbaar is, "
     "wordt bekeken bij de opmaak van het nieuwe beleidsplan ruimte, dat in 2028 aan de gemeenteraad wordt "
     "voorgelegd."),
]


def items_html():
    out = []
    for quotes, ans in ITEMS:
        out.append('<div class="quote"><span class="l">ADVIES VAN DE ZORGRAAD</span>'
                   + "<br>".join(f"'{q}'" for q in quotes) + "</div>")
        out.append(f'<div class="ans"><span class="l">STANDPUNT VAN HET COLLEGE</span><p>{ans}</p></div>')
    return "\n".join(out)


RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">{CSS}</head><body>
<div class="top"><div class="org">STAD HOEVELARE | COLLEGE VAN BURGEMEESTER EN SCHEPENEN</div>
<h1>Antwoord op het advies van de zorgraad</h1>
<div class="sub">Advies ZR-2026/04 'Een huisarts voor iedereen'</div></div>
<div class="meta">Goedgekeurd in de collegezitting van 8 oktober 2026 | dossier WZ/2026/1142 | schepen van
Welzijn en Gezondheid: Katrien Devos</div>

<h2>Inleiding</h2>
<p>Het college dankt de zorgraad voor het snelle en grondige advies. De gesprekken met huisartsen, apothekers en
inwoners geven een scherp beeld van de situatie in onze stad. Hieronder nemen we de adviezen van de zorgraad letterlijk
over en geven we telkens het standpunt van het college.</p>

{items_html()}

<h2>Huisartsen in loondienst</h2>
<p>Het college sluit zich aan bij de analyse van de zorgraad. De stad zal zelf geen huisartsen aanwerven, maar blijft
wel de zelfstandige praktijken ondersteunen.</p>

<h2>Verdere opvolging</h2>
<p>De schepen van Welzijn en Gezondheid nodigt de zorgraad uit op de gemeenteraadscommissie van 14 januari 2027 om
de stand van zaken te bespreken. Dit antwoord wordt ook bezorgd aan de huisartsenkring en aan de andere gemeenten van
de eerstelijnszone.</p>
<p class="sign">Namens het college van burgemeester en schepenen,<br>Wim Claeys, algemeen directeur -
An Verhaegen, burgemeester</p>
</body></html>"""


def expected():
    recs = [
        (1, "De zorgraad adviseert de stad om een startpremie van 15.000 euro",
         "maar van 7.500 euro, te betalen in twee schijven", "partly"),
        (2, "De zorgraad adviseert de stad om de leegstaande benedenverdieping",
         "besliste op 3 september 2026 om de benedenverdieping te renoveren", "agrees"),
        (3, "Daarnaast raden we de stad aan om bij elk nieuw woonproject",
         "wordt bekeken bij de opmaak van het nieuwe beleidsplan ruimte", "noted"),
        (4, "De zorgraad adviseert de stad om in het Sociaal Huis",
         "kunnen inwoners zonder huisarts zich aanmelden aan het onthaal", "agrees"),
        (5, "De zorgraad adviseert de stad om huisartsen op huisbezoek gratis",
         "Gratis parkeren voor huisartsen voert het college niet in", "disagrees"),
        (6, "Verder vragen we de stad om de kosten te dragen",
         "de stad neemt die kosten vanaf 1 januari 2027 volledig ten laste", "agrees"),
        (7, "De zorgraad adviseert de stad om samen met de huisartsenkring", None, "unanswered"),
    ]
    unmatched = ["geven een scherp beeld van de situatie in onze stad",
                 "De stad zal zelf geen huisartsen aanwerven",
                 "nodigt de zorgraad uit op de gemeenteraadscommissie van 14 januari 2027"]
    notes = ("Flemish ZORGRAAD of an eerstelijnszone advising a city's college van burgemeester en schepenen on the "
             "shortage of huisartsen (Chromium, 2 p., sans, teal title block, meta line, 'Hoevelare in cijfers' box "
             "floated right, stamped head from p. 2, 'p. n/m'): the eerstelijnsdecreet 'moet' (trap), findings with "
             "figures, the 2024 advice quoted with 'moet' and realised (trap); the advice is written as ANSWERS TO "
             "THE COLLEGE'S SIX QUESTIONS 'Vraag 1'-'Vraag 6' (numbered questions = trap), each followed by 'Ons "
             "advies' with UNNUMBERED sentences ('De zorgraad adviseert de stad om ...', 'Daarnaast raden we de "
             "stad aan ...', 'Verder vragen we de stad ...'): vraag 1 -> 1, vraag 2 -> 2 and 3, vraag 3 -> none "
             "('doet hierover geen aanbeveling': trap, the question itself has 'Moet'), vraag 4 -> 4, vraag 5 -> 5 "
             "and 6, vraag 6 -> 7; expected 1-7 in order; closing line naming 'vraag 2 en vraag 4' (trap). "
             "Response: the college's ANTWOORDNOTA quoting each advice verbatim in a box ('Advies van de zorgraad') "
             "followed by 'Standpunt van het college', order 4, 1, 5+6 (one box quoting both, one answer), 2, 3: 4 "
             "agrees (aanmeldpunt in the Sociaal Huis from 1 January 2027); 1 partly (7.500 euro instead of "
             "15.000); the answer to 5 and 6 = 5 disagrees (no free parking, zorgparkeerkaart stays) + 6 agrees "
             "(telephone interpreting paid from 1 January 2027); 2 agrees (renovation decided, open spring 2027); 3 "
             "noted (looked at in the beleidsplan ruimte, 2028); 7 (yearly count with the huisartsenkring) "
             "unanswered; Inleiding, 'Huisartsen in loondienst' (answers the non-recommendation under vraag 3) and "
             "'Verdere opvolging' answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Zorgraad ELZ Molenbeekdal - advies ZR-2026/04 'Een huisarts voor iedereen'",
            "p. {n}/{m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Stad Hoevelare - antwoord op advies ZR-2026/04 - WZ/2026/1142", "p. {n}/{m}",
            F["Regular"])
    expected()
