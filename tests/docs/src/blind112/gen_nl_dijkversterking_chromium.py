"""Round 112 (nl): the ADVIES of a waterschap's KLANKBORDGROEP (residents, farmers, dorpsbelang, nature society) on the
VOORKEURSALTERNATIEF of a DIJKVERSTERKING, answered by the dagelijks bestuur's TERUGKOPPELING: a two-column table
'Wat de klankbordgroep adviseert | Wat wij ermee doen' WITHOUT numbers, each reply opening with a status label
('Overgenomen', 'Deels overgenomen', 'Niet overgenomen', 'Doorgegeven aan de provincie').

Advice (Chromium headless, sans, green-blue title block, 'In het kort' box floated right, stamped head from p. 2,
'pagina n | m'): 'met uitzondering van het vierde punt' in the introduction (trap), the Omgevingswet 'moet', the three dike variants as a numbered list 1.-3. (trap), bullet findings
('moet' in a resident's view, the group's 2025 reaction quoted with 'moet'), recommendations as ONE NUMBERED LIST 1-7
split across three sub-headings (expected 1-7), a closing line citing 'de adviezen 1, 4 en 5'. Response rows by
theme, order 6, 1, 2+3 (one row), 5, 4; 7 unanswered; 'Waarom deze terugkoppeling', 'Planning en kosten' (figures)
and 'Hoe verder' answer nothing. All invented.

Run: /tmp/blind112nl/bin/python tests/docs/src/blind112/gen_nl_dijkversterking_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b112nl as B  # noqa: E402

NAME = "blind112_nl_dijkversterking"
F = B.tmp_fonts()
FAM = "B112NL Sans"
CSS = f"""<style>
@font-face {{ font-family: '{FAM}'; src: url('file://{F["Regular"]}'); }}
@font-face {{ font-family: '{FAM}'; font-weight: bold; src: url('file://{F["Bold"]}'); }}
@font-face {{ font-family: '{FAM}'; font-style: italic; src: url('file://{F["Italic"]}'); }}
@page {{ size: A4; margin: 16mm 21mm 15mm 21mm; }}
body {{ font-family: '{FAM}'; font-size: 9.6pt; line-height: 1.42; color: #1b1b1b;
       font-variant-ligatures: none; hyphens: manual; }}
.top {{ border-left: 6px solid #2e7d6b; padding: 2px 0 4px 12px; margin-bottom: 10px; }}
.top .org {{ font-size: 8.6pt; color: #2e7d6b; font-weight: bold; letter-spacing: 0.4px; }}
.top h1 {{ font-size: 17pt; line-height: 1.2; margin: 5px 0 3px; color: #163f5c; }}
.top .sub {{ font-size: 10.5pt; color: #333; }}
.meta {{ font-size: 8.4pt; color: #444; border-top: 1px solid #9bb; border-bottom: 1px solid #9bb;
         padding: 4px 0; margin: 6px 0 10px; }}
h2 {{ color: #163f5c; font-size: 11.6pt; margin: 13px 0 4px; break-after: avoid; }}
h3 {{ color: #2e7d6b; font-size: 10pt; margin: 9px 0 3px; break-after: avoid; }}
p {{ margin: 0 0 6px; }}
.box {{ float: right; width: 60mm; background: #e6f1ee; border-top: 3px solid #2e7d6b; padding: 6px 10px;
        margin: 2px 0 8px 12px; font-size: 8.6pt; line-height: 1.4; }}
.box b {{ color: #163f5c; }}
ol.var {{ margin: 2px 0 8px; padding-left: 22px; }}
ol.var li {{ margin-bottom: 3px; }}
ul.f {{ margin: 2px 0 8px; padding-left: 18px; }}
ul.f li {{ margin-bottom: 3px; }}
.rec {{ display: flex; margin: 4px 0 7px; break-inside: avoid; }}
.rec .n {{ width: 8mm; font-weight: bold; color: #2e7d6b; }}
.rec .t {{ flex: 1; }}
table.tk {{ border-collapse: collapse; width: 100%; font-size: 9.2pt; margin: 6px 0 10px; }}
table.tk th {{ background: #163f5c; color: white; text-align: left; padding: 5px 7px; }}
table.tk td {{ border-bottom: 1px solid #9bb; padding: 6px 7px; vertical-align: top; }}
table.tk td.l {{ width: 34%; background: #f1f6f5; font-weight: bold; }}
table.tk tr {{ break-inside: avoid; }}
.st {{ display: inline-block; font-size: 8pt; font-weight: bold; padding: 1px 6px; margin-right: 4px;
       border-radius: 3px; color: white; }}
.g {{ background: #2e7d32; }} .o {{ background: #c77700; }} .r {{ background: #b23a3a; }} .b {{ background: #44688c; }}
</style>"""

RECS = [
    ("Wonen langs de dijk", [
        ("1.", "Kies bij de woningen aan de Dijkweg 14 tot en met 32 voor een damwand in plaats van een binnenwaartse "
               "steunberm, zodat daar geen woningen hoeven te worden gesloopt."),
        ("2.", "Bied bewoners van wie grond of een woning wordt aangekocht een onafhankelijke adviseur aan, op kosten "
               "van het waterschap, nog vóór de eerste keukentafelgesprekken."),
        ("3.", "Laat vóór de start van de werkzaamheden bij alle woningen binnen 100 meter van de dijk een "
               "bouwkundige opname doen, zodat schade later eenvoudig kan worden aangetoond.")]),
    ("Natuur, landschap en recreatie", [
        ("4.", "Leg op de kruin van de nieuwe dijk een openbaar wandelpad aan dat aansluit op het Waardpad langs de "
               "rivier."),
        ("5.", "Onderzoek samen met de provincie of in de uiterwaard bij Ter Hoeve een nevengeul kan worden gegraven, "
               "als compensatie voor de natuur die bij de versterking verloren gaat.")]),
    ("Tijdens de uitvoering", [
        ("6.", "Laat het bouwverkeer niet door de dorpskern van Kraaijenwaard rijden, maar via een tijdelijke "
               "bouwweg langs de teen van de dijk."),
        ("7.", "Stel tijdens de uitvoering een vaste omgevingsmanager aan die ook 's avonds en in het weekend "
               "bereikbaar is bij overlast of schade.")]),
]


def recs_html():
    out = []
    for head, items in RECS:
        out.append(f"<h3>{head}</h3>")
        out += [f'<div class="rec"><div class="n">{n}</div><div class="t">{t}</div></div>' for n, t in items]
    return "\n".join(out)


ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">{CSS}</head><body>
<div class="top"><div class="org">WATERSCHAP OOSTERVAART | KLANKBORDGROEP DIJKVERSTERKING</div>
<h1>Advies van de klankbordgroep over het voorkeursalternatief</h1>
<div class="sub">Dijkversterking Kraaijenwaard - Ter Hoeve (dijkvak 14-3, 3,4 kilometer)</div></div>
<div class="meta"><b>Aan:</b> dagelijks bestuur Waterschap Oostervaart | <b>Datum:</b> 6 oktober 2026
| <b>Kenmerk:</b> KBG-KTH-2026-05</div>

<div class="box"><b>In het kort</b><br>Lengte dijkvak: 3,4 km<br>Woningen aan of op de dijk: 23<br>
Woningen die volgens het voorkeursalternatief moeten wijken: 4<br>Bijeenkomsten van de klankbordgroep sinds januari 2026: 6<br>
Bezoekers inloopavond 14 september: ca. 180</div>

<h2>Wie wij zijn</h2>
<p>De klankbordgroep is in januari 2026 door het waterschap ingesteld. Wij zijn dertien mensen: bewoners van de
Dijkweg en de Waardstraat, twee agrariërs met grond aan de dijk, Dorpsbelang Kraaijenwaard, Natuurvereniging De
Waardman, de ondernemer van het veerhuis en de jachthaven. Wij adviseren; het dagelijks bestuur beslist.</p>
<p>Dit advies is vastgesteld op 28 september 2026, na een inloopavond voor het hele dorp. Het is
unaniem, met uitzondering van het vierde punt, waarover twee leden een afwijkende mening hebben.</p>

<h2>Wat er speelt</h2>
<p>De dijk tussen Kraaijenwaard en sluis Ter Hoeve voldoet niet aan de nieuwe veiligheidsnorm. Volgens de
Omgevingswet moet deze primaire waterkering uiterlijk in 2050 aan die norm voldoen. In de verkenning heeft het
waterschap drie varianten onderzocht:</p>
<ol class="var">
<li>een binnenwaartse versterking met een steunberm aan de polderkant;</li>
<li>een buitenwaartse versterking in de uiterwaard;</li>
<li>een damwand in het dijklichaam, met een beperkte verhoging van de kruin.</li>
</ol>
<p>In juni 2026 heeft het dagelijks bestuur een combinatie als voorkeursalternatief aangewezen: binnenwaarts over
het grootste deel van het traject en een damwand bij het gemaal. Bij die keuze moeten vier woningen aan de Dijkweg
wijken.</p>

<h2>Wat wij hebben gehoord</h2>
<ul class="f">
<li>De meeste bewoners begrijpen dat de dijk sterker moet en waarderen dat zij vroeg zijn betrokken.</li>
<li>De onzekerheid bij de bewoners van de Dijkweg is groot. Sommigen weten al een jaar niet of hun huis blijft staan.</li>
<li>Op de inloopavond kwamen veel vragen over trillingen, scheuren in muren en het verkeer tijdens de bouw.</li>
<li>De natuurvereniging wijst erop dat bij de binnenwaartse versterking 2,1 hectare bloemrijk grasland verdwijnt.</li>
</ul>
<p>In onze reactie op de startnotitie van maart 2025 schreven wij: 'Het waterschap moet bewoners ten minste vier
weken vóór elk besluit informeren.' Dat is tot nu toe goed gegaan, en daar zijn wij het waterschap dankbaar voor.</p>

<h2>Ons advies</h2>
<p>De klankbordgroep steunt het voorkeursalternatief op hoofdlijnen. Wij adviseren het dagelijks bestuur wel om het
op de volgende punten aan te passen of aan te vullen.</p>
{recs_html()}

<h2>Tot slot</h2>
<p>De klankbordgroep wil ook in de planuitwerking blijven meedenken. Over de adviezen 1, 4 en 5 gaan wij graag met
het dagelijks bestuur in gesprek voordat het projectplan ter inzage wordt gelegd.</p>
<p>Namens de klankbordgroep,<br>Lambert Ooms, onafhankelijk voorzitter</p>
</body></html>"""

ROWS = [
    ("Bouwverkeer buiten de dorpskern houden", "g", "Overgenomen",
     "Er komt een tijdelijke bouwweg langs de teen van de dijk. Vrachtwagens van de aannemer rijden niet door de "
     "dorpskern, ook niet buiten de spits. Dit leggen wij vast in het contract met de aannemer."),
    ("Een damwand bij de woningen aan de Dijkweg", "o", "Deels overgenomen",
     "Bij de woningen Dijkweg 14 tot en met 26 passen wij een damwand toe; deze woningen blijven staan. Bij de "
     "nummers 28 tot en met 32 is dat niet mogelijk, omdat de ondergrond daar te slap is voor een damwand van "
     "aanvaardbare lengte. Met de eigenaren van die drie woningen zijn wij in gesprek over aankoop."),
    ("Steun voor bewoners: een onafhankelijke adviseur en een bouwkundige opname", "g", "Overgenomen",
     "Bewoners met wie wij over de aankoop van grond of een woning spreken, kunnen vanaf nu kosteloos een "
     "onafhankelijke adviseur inschakelen; het waterschap betaalt de rekening rechtstreeks. De bouwkundige opname "
     "doen wij bij alle woningen binnen 150 meter van de dijk, dus ruimer dan u adviseert. Een onafhankelijk bureau "
     "voert de opnames uit in het voorjaar van 2028."),
    ("Een nevengeul in de uiterwaard bij Ter Hoeve", "b", "Doorgegeven aan de provincie",
     "De inrichting van de uiterwaard valt buiten de opdracht van dit project. Wij hebben uw voorstel doorgegeven "
     "aan de provincie, die in 2027 een gebiedsvisie voor de uiterwaarden opstelt. Of een nevengeul daarin een plaats "
     "krijgt, is aan de provincie."),
    ("Een wandelpad op de kruin", "r", "Niet overgenomen",
     "Een openbaar pad op de kruin nemen wij niet op in het ontwerp. Inspectie en onderhoud van de dijk worden "
     "daardoor lastiger, en verschillende bewoners aan de Dijkweg hebben bezwaar tegen wandelaars die vanaf de dijk "
     "hun tuin in kijken. Het bestaande Waardpad blijft langs de rivier lopen."),
]

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">{CSS}</head><body>
<div class="top"><div class="org">WATERSCHAP OOSTERVAART | DAGELIJKS BESTUUR</div>
<h1>Wat doen wij met het advies van de klankbordgroep?</h1>
<div class="sub">Terugkoppeling dijkversterking Kraaijenwaard - Ter Hoeve</div></div>
<div class="meta"><b>Vastgesteld:</b> 10 november 2026 | <b>Kenmerk:</b> DB-2026-0412
| <b>Portefeuillehouder:</b> heemraad M. (Marloes) van den Akker</div>

<h2>Waarom deze terugkoppeling</h2>
<p>Op 6 oktober 2026 bood de klankbordgroep haar advies over het voorkeursalternatief aan. Het dagelijks bestuur heeft
het advies op 10 november besproken. Wij zijn de leden erkentelijk voor de vele avonden die zij hieraan hebben
besteed. In het overzicht hieronder leest u per onderwerp wat wij met het advies doen.</p>

<table class="tk"><tr><th>Wat de klankbordgroep adviseert</th><th>Wat wij ermee doen</th></tr>
""" + "\n".join(f'<tr><td class="l">{a}</td><td><span class="st {c}">{s}</span> {t}</td></tr>'
                for a, c, s, t in ROWS) + """
</table>

<h2>Planning en kosten</h2>
<p>Het ontwerp van het projectplan ligt naar verwachting in mei 2028 ter inzage. De uitvoering start in 2029 en duurt
ongeveer twee jaar. De kosten worden geraamd op 58 miljoen euro, waarvan 90 procent uit het landelijke
subsidieprogramma voor dijkversterkingen komt. De aanpassing bij de Dijkweg maakt het project naar schatting 2,6
miljoen euro duurder.</p>

<h2>Hoe verder</h2>
<p>De klankbordgroep blijft bestaan tot het einde van de uitvoering. De volgende bijeenkomst is op 19 januari 2027 in
dorpshuis De Kaai. Vragen kunt u altijd stellen aan het projectteam via het projectspreekuur op dinsdagmiddag.</p>
<p>Het dagelijks bestuur van Waterschap Oostervaart</p>
</body></html>"""


def expected():
    recs = [
        (1, "Kies bij de woningen aan de Dijkweg 14 tot en met 32",
         "passen wij een damwand toe; deze woningen blijven staan", "partly"),
        (2, "Bied bewoners van wie grond of een woning wordt aangekocht",
         "kunnen vanaf nu kosteloos een onafhankelijke adviseur inschakelen", "agrees"),
        (3, "Laat vóór de start van de werkzaamheden bij alle woningen",
         "doen wij bij alle woningen binnen 150 meter van de dijk", "agrees"),
        (4, "Leg op de kruin van de nieuwe dijk een openbaar wandelpad aan",
         "Een openbaar pad op de kruin nemen wij niet op", "disagrees"),
        (5, "Onderzoek samen met de provincie of in de uiterwaard",
         "Wij hebben uw voorstel doorgegeven aan de provincie", "noted"),
        (6, "Laat het bouwverkeer niet door de dorpskern van Kraaijenwaard rijden",
         "Dit leggen wij vast in het contract met de aannemer", "agrees"),
        (7, "Stel tijdens de uitvoering een vaste omgevingsmanager aan", None, "unanswered"),
    ]
    unmatched = ["Het dagelijks bestuur heeft het advies op 10 november besproken",
                 "De uitvoering start in 2029 en duurt ongeveer twee jaar",
                 "De volgende bijeenkomst is op 19 januari 2027 in dorpshuis De Kaai"]
    notes = ("Dutch waterschap's KLANKBORDGROEP (residents, farmers, dorpsbelang, nature society) advising the dagelijks "
             "bestuur on the voorkeursalternatief of a dike reinforcement (Chromium, 2 p., sans, green side-ruled "
             "title block, metadata strip, 'In het kort' figures box floated right, stamped head from p. 2, 'pagina n "
             "| m'): 'met uitzondering van het vierde punt' in the introduction (trap), the Omgevingswet 'moet', the three variants as a numbered list 1.-3. (trap), bullet findings "
             "('de dijk sterker moet'), the group's 2025 reaction quoted with 'moet' (trap); recommendations as ONE "
             "NUMBERED LIST 1.-7. split across three sub-headings (Wonen langs de dijk 1-3, Natuur, landschap en "
             "recreatie 4-5, Tijdens de uitvoering 6-7), running onto p. 2 (expected 1-7); closing line citing 'de "
             "adviezen 1, 4 en 5' (trap). Response: the dagelijks bestuur's TERUGKOPPELING, a two-column table "
             "'Wat de klankbordgroep adviseert | Wat wij ermee doen' WITHOUT numbers, each reply opening with a "
             "status label; row order 6, 1, 2+3 (one row), 5, 4; 6 agrees (bouwweg, in the contract); 1 partly "
             "(damwand at 14-26 only); the row for 2 and 3 = 2 agrees (free independent adviser) + 3 agrees (opname "
             "within 150 m, wider than advised); 5 noted ('Doorgegeven aan de provincie'); 4 disagrees (no public "
             "path on the crest); 7 (omgevingsmanager) unanswered; 'Waarom deze terugkoppeling', 'Planning en "
             "kosten' (figures) and 'Hoe verder' answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Klankbordgroep Dijkversterking Kraaijenwaard - Ter Hoeve - advies KBG-KTH-2026-05",
            "pagina {n} | {m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Waterschap Oostervaart - terugkoppeling DB-2026-0412", "pagina {n} | {m}",
            F["Regular"])
    expected()
