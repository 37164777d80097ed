"""Round 118 (nl): the ADVIES of a provincial SCHOLIERENPANEL OV (pupils aged 12-18 who travel to school by bus) on
the concept-Programma van Eisen for the bus concession Zuidergeest-West 2028, with HASHTAG-NUMBERED recommendations
'#1'-'#7' (each a coloured tag, a short title and an imperative), answered by an INTERVIEW with the gedeputeerde in
the province's online magazine (bold interviewer questions by theme, no numbers).

Advice (Chromium, sans, 2 p., green/yellow banner, 'Wie reist er mee?' figures table, stamped running head from p.
2, 'p. n/m'): the Wet personenvervoer 2000 paraphrased with 'moet' (trap), the survey's questions as a numbered list
1.-4. (questions; trap), the panel's 2024 advice quoted ('Zorg voor wifi in elke bus.', realised; trap), 'Wat ons
opviel' findings as bullets (trap), closing line citing '#2, #5 en #6'; the seven recommendations are '#1'-'#7'
blocks (tag, bold title, imperative text; expected 1-7).
Response: 'Zuidergeest Actueel' web article (2 p.): lead and context with figures (nothing); Q&A by theme in the order
2, 1, 3, 5+6 (one answer), 4; a question on the start of the new concession and one on the number of pupils answer
nothing; 7 (pupils in the assessment committee) unanswered; a closing box 'Meer lezen' (nothing). All invented.

Run: /tmp/blind118nl/bin/python tests/docs/src/blind118/gen_nl_scholierenpanel_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b118nl as B  # noqa: E402

NAME = "blind118_nl_scholierenpanel"
F = B.tmp_fonts()
FAM = "B118NL Sans"
GREEN = "#1d6b45"
YEL = "#f3c623"
FONTS = f"""@font-face {{ font-family: '{FAM}'; src: url('file://{F["Regular"]}'); }}
@font-face {{ font-family: '{FAM}'; font-weight: bold; src: url('file://{F["Bold"]}'); }}
@font-face {{ font-family: '{FAM}'; font-style: italic; src: url('file://{F["Italic"]}'); }}"""

CSS = f"""<style>{FONTS}
@page {{ size: A4; margin: 18mm 19mm 17mm 19mm; }}
body {{ font-family: '{FAM}'; font-size: 9.4pt; line-height: 1.48; color: #1c1c1c; font-variant-ligatures: none; }}
.banner {{ background: {GREEN}; color: #fff; padding: 12px 16px 12px; border-bottom: 6px solid {YEL}; }}
.banner .org {{ font-size: 8.6pt; letter-spacing: 0.05em; }}
.banner h1 {{ font-size: 21pt; margin: 4px 0 2px; }}
.banner .sub {{ font-size: 10pt; }}
.meta {{ font-size: 8.2pt; color: #444; margin: 8px 0 12px; }}
h2 {{ font-size: 11.5pt; color: {GREEN}; margin: 14px 0 4px; break-after: avoid; }}
p {{ margin: 0 0 7px; }}
ol, ul {{ margin: 2px 0 8px; padding-left: 20px; }}
li {{ margin-bottom: 2px; }}
blockquote {{ margin: 4px 14px 8px; font-style: italic; color: #444; }}
table.fig {{ border-collapse: collapse; font-size: 8.4pt; margin: 4px 0 10px; }}
table.fig th {{ text-align: left; background: #e6f0ea; padding: 3px 8px; }}
table.fig td {{ padding: 3px 8px; border-bottom: 0.5px solid #bbb; }}
table.fig td.n {{ text-align: right; }}
.rec {{ display: flex; gap: 12px; margin: 0 0 10px; break-inside: avoid; }}
.tag {{ flex: 0 0 44px; height: 34px; background: {YEL}; color: {GREEN}; font-weight: bold; font-size: 15pt;
        text-align: center; line-height: 34px; border-radius: 4px; }}
.rec .body b {{ display: block; color: {GREEN}; font-size: 10pt; margin-bottom: 1px; }}
.rec .body p {{ margin: 0; }}
.rec .body .why {{ font-size: 8.6pt; color: #555; margin-top: 2px; }}
.sign {{ margin-top: 12px; }}
/* response */
.site {{ display: flex; justify-content: space-between; border-bottom: 3px solid {GREEN}; padding-bottom: 5px;
         font-size: 8.4pt; color: #555; }}
.site b {{ color: {GREEN}; font-size: 12pt; }}
.kicker {{ font-size: 8pt; color: {GREEN}; font-weight: bold; letter-spacing: 0.06em; margin-top: 14px; }}
h1.art {{ font-size: 18pt; line-height: 1.25; margin: 4px 0 6px; color: #111; }}
.lead {{ font-size: 10.2pt; font-weight: bold; color: #333; }}
.byline {{ font-size: 8pt; color: #666; margin-bottom: 10px; }}
p.qq {{ font-weight: bold; margin: 11px 0 3px; color: {GREEN}; break-after: avoid; }}
.box {{ background: #f4f6f1; border-top: 3px solid {YEL}; padding: 8px 12px; margin-top: 14px; font-size: 8.6pt;
        break-inside: avoid; }}
</style>"""


def rec(n, title, text, why):
    return (f'<div class="rec"><div class="tag">#{n}</div><div class="body"><b>{title}</b><p>{text}</p>'
            f'<p class="why">{why}</p></div></div>')


ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">{CSS}</head><body>
<div class="banner"><div class="org">SCHOLIERENPANEL OV ZUIDERGEEST</div>
<h1>#Onderweg</h1><div class="sub">Advies over het concept-Programma van Eisen concessie Streekvervoer
Zuidergeest-West 2028</div></div>
<div class="meta">Aan: Gedeputeerde Staten van Zuidergeest, t.a.v. gedeputeerde I. Brakema &#183; Kenmerk: SP-OV
2026-02 &#183; Datum: 21 september 2026 &#183; Contact: panelbegeleider Youssef Amrani, 06 48 17 22 90</div>

<h2>Wie zijn wij?</h2>
<p>Het Scholierenpanel OV bestaat uit 14 scholieren tussen 12 en 18 jaar uit negen dorpen en twee steden. Wij gaan
allemaal elke dag met de bus naar school. De provincie vroeg ons in juni om mee te lezen met het concept-Programma
van Eisen (PvE) voor de nieuwe busconcessie, die in december 2028 ingaat.</p>
<p>De wet is duidelijk over wie er aan zet is: volgens de Wet personenvervoer 2000 moet de provincie als
opdrachtgever de reizigers vragen wat zij van het vervoer vinden. Dat vinden wij een goede regel. In 2024 gaven wij
ook al een advies. Daarin stond: <i>'Zorg voor wifi in elke bus.'</i> Sinds vorig jaar is dat geregeld, dus daar
gaat het nu niet meer over.</p>

<h2>Hoe we het aanpakten</h2>
<p>We hielden een online enquête onder scholieren in de regio. 1.046 scholieren vulden hem in. We stelden vier
vragen:</p>
<ol><li>Hoe laat moet je op school zijn, en hoe laat ben je er met de bus?</li>
<li>Hoe vaak is jouw bus te vol om in te stappen?</li>
<li>Wat betaal je per maand voor de bus?</li>
<li>Wat zou de bus voor jou beter maken?</li></ol>
<table class="fig"><tr><th>Wie reist er mee?</th><th>aantal</th></tr>
<tr><td>Ingevulde enquêtes</td><td class="n">1.046</td></tr>
<tr><td>Scholieren die dagelijks meer dan 30 minuten in de bus zitten</td><td class="n">412</td></tr>
<tr><td>Scholieren die minstens één keer per week een volle bus zien langsrijden</td><td class="n">287</td></tr>
<tr><td>Scholieren met een fiets in het dorp en de bus vanaf de halte</td><td class="n">538</td></tr></table>

<h2>Wat ons opviel</h2>
<ul><li>De eerste bus uit de dorpen komt vaak pas na het eerste lesuur aan.</li>
<li>Na een sporttraining of een bijbaan in de stad is er 's avonds geen bus meer terug.</li>
<li>Veel scholieren voelen zich niet serieus genomen door chauffeurs.</li></ul>
<p>Dit zijn geen klachten over één chauffeur of één lijn. Het gaat om hoe het PvE de dienstregeling en de
afspraken met de vervoerder regelt. Daarom komen we met zeven adviezen.</p>

<h2>Onze zeven adviezen</h2>
{rec(1, "Op tijd voor het eerste uur",
     "Laat de eerste bus uit alle dorpen uiterlijk om 8.05 uur bij de scholen in Veenmond aankomen.",
     "Nu komt de bus uit Hollum en Stapert om 8.22 uur aan, terwijl de lessen om 8.15 uur beginnen.")}
{rec(2, "Een late bus in het weekend",
     "Zet op vrijdag- en zaterdagavond een laatste bus om 0.30 uur in vanuit Veenmond naar de dorpen.",
     "Nu vertrekt de laatste bus om 22.40 uur. Wie later terug moet, is afhankelijk van een lift van ouders.")}
{rec(3, "Betaalbaar reizen",
     "Maak een scholierenabonnement voor de hele regio van maximaal 30 euro per maand.",
     "Een gezin met drie kinderen die met de bus naar school gaan, betaalt nu al snel 150 euro per maand.")}
{rec(4, "Je fiets veilig bij de halte",
     "Zorg voor overdekte fietsenstallingen met verlichting bij de tien drukste haltes in de dorpen.",
     "Nu staan fietsen in de regen of worden ze beschadigd.")}
{rec(5, "Chauffeurs die jongeren snappen",
     "Neem in het PvE op dat elke chauffeur een training krijgt in het omgaan met jongeren en met pesten in de bus.",
     "Wij willen dat een chauffeur ingrijpt als iemand wordt uitgescholden, en niet wegkijkt.")}
{rec(6, "Weten of er plek is",
     "Laat de reisapp van de vervoerder in realtime tonen hoe vol de volgende bus is.",
     "Dan kun je op tijd een andere bus nemen of met de fiets gaan.")}
{rec(7, "Scholieren aan tafel",
     "Laat twee scholieren meebeslissen in de commissie die de inschrijvingen van de vervoerders beoordeelt.",
     "Dan weet je zeker dat er ook naar de bus wordt gekeken met de ogen van wie hem elke dag neemt.")}

<h2>En nu?</h2>
<p>We hopen dat de provincie onze adviezen gebruikt. Over #2, #5 en #6 gaan we graag nog met de provincie in
gesprek, want daar hebben we ook ideeën over hoe het kan.</p>
<p class="sign">Namens het Scholierenpanel OV Zuidergeest,<br>Noor Hendriksen (16) en Daan Wolters (17),
woordvoerders</p>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">{CSS}</head><body>
<div class="site"><b>Zuidergeest Actueel</b><span>Het online magazine van de provincie Zuidergeest &#183;
nieuws &#183; 29 oktober 2026</span></div>
<div class="kicker">MOBILITEIT &#183; INTERVIEW</div>
<h1 class="art">Gedeputeerde Brakema over het advies van de scholieren: 'Over de late bus hebben ze gewoon
gelijk'</h1>
<p class="lead">Veertien scholieren lazen mee met de eisen voor de nieuwe busconcessie in het westen van de
provincie. Wat doet de provincie met hun advies? We vroegen het aan gedeputeerde Ilse Brakema (Mobiliteit).</p>
<div class="byline">Tekst: redactie Zuidergeest Actueel &#183; Leestijd 5 minuten</div>

<p>Op 20 oktober stelden Gedeputeerde Staten het definitieve Programma van Eisen vast. Daarin staat waaraan de
vervoerder die vanaf december 2028 de bussen laat rijden, moet voldoen. De aanbesteding start in januari.</p>

<p class="qq">Om met de lastigste te beginnen: de scholieren willen in het weekend een bus die 's nachts terugrijdt.
Komt die er?</p>
<p>'Ja. Over de late bus hebben ze gewoon gelijk. Vanaf de nieuwe concessie rijdt er op vrijdag en zaterdag een
laatste rit om half één 's nachts van Veenmond naar de dorpen. We hebben dat hard in het Programma van Eisen gezet,
dus de vervoerder moet het doen.'</p>

<p class="qq">En 's ochtends? Bussen die na de eerste bel aankomen, dat lijkt niet handig.</p>
<p>'Dat klopt. Voor Hollum en Stapert passen we de dienstregeling aan: daar rijdt de eerste bus twintig minuten
eerder. Voor de verste dorpen in de polder lukt 8.05 uur niet zonder een extra bus, en die kunnen we niet betalen.
Daar wordt het 8.10 uur, en we praten met de scholen over een iets latere start.'</p>

<p class="qq">Dertig euro per maand voor een abonnement, kan dat?</p>
<p>'Ik begrijp de vraag heel goed, maar dat kan ik niet beloven. Een scholierenabonnement van dertig euro kost de
provincie ruim twee miljoen euro per jaar. Dat geld hebben we niet. Het bestaande scholierenabonnement blijft dus
zoals het is, met de kortingen van nu.'</p>

<p class="qq">Hoeveel scholieren reizen eigenlijk elke dag met de bus in dit gebied?</p>
<p>'Zo'n 6.400 op een gewone schooldag. Dat is bijna de helft van alle reizigers op deze lijnen.'</p>

<p class="qq">De scholieren hadden het ook over chauffeurs en over volle bussen. Wat gebeurt daarmee?</p>
<p>'Die twee heb ik samen bekeken, want het gaat allebei over je veilig voelen in de bus. Elke chauffeur krijgt
vanaf de start van de concessie een verplichte training in het omgaan met jongeren, en pesten in de bus is daar een
vast onderdeel van. Dat staat nu letterlijk in het PvE. Bij de reisapp gaan we minder ver: de vervoerder moet
laten zien hoe vol een bus gemiddeld is op dat tijdstip, maar echte realtime drukte-informatie vragen we niet,
omdat de tellers in de bussen dat nog niet betrouwbaar kunnen.'</p>

<p class="qq">En de fietsenstallingen bij de haltes?</p>
<p>'Die liggen niet in de concessie, want de haltes zijn van de gemeenten. Ik neem het punt mee naar het
regionaal mobiliteitsoverleg met de wethouders in maart. Wat daar uitkomt, kan ik nu niet zeggen.'</p>

<p class="qq">Wanneer merken de scholieren zelf iets van de nieuwe concessie?</p>
<p>'De eerste nieuwe bussen rijden op 10 december 2028. Voor de meeste scholieren is dat halverwege hun
schooljaar, dus we maken samen met de scholen een goede overstapcampagne.'</p>

<p class="qq">Tot slot: wat vond u van het advies?</p>
<p>'Heel sterk. Ze hebben meer dan duizend scholieren bevraagd en kwamen met voorstellen die je meteen kunt
begrijpen. Ik ga in december met het panel om tafel om het te bespreken.'</p>

<div class="box"><b>Meer lezen</b><br>Het advies #Onderweg van het Scholierenpanel OV en het vastgestelde Programma
van Eisen staan op zuidergeest.nl/busconcessie. Ben je tussen 12 en 18 jaar en wil je ook in het panel? Mail naar
scholierenpanel@zuidergeest.nl.</div>
</body></html>"""


def expected():
    recs = [
        (1, "Laat de eerste bus uit alle dorpen uiterlijk om 8.05",
         "Voor Hollum en Stapert passen we de dienstregeling aan", "partly"),
        (2, "Zet op vrijdag- en zaterdagavond een laatste bus om 0.30",
         "laatste rit om half één 's nachts van Veenmond", "agrees"),
        (3, "Maak een scholierenabonnement voor de hele regio van maximaal 30 euro",
         "maar dat kan ik niet beloven", "disagrees"),
        (4, "Zorg voor overdekte fietsenstallingen met verlichting bij de tien drukste haltes",
         "Ik neem het punt mee naar het regionaal mobiliteitsoverleg", "noted"),
        (5, "Neem in het PvE op dat elke chauffeur een training krijgt",
         "krijgt vanaf de start van de concessie een verplichte training", "agrees"),
        (6, "Laat de reisapp van de vervoerder in realtime tonen hoe vol",
         "echte realtime drukte-informatie vragen we niet", "partly"),
        (7, "Laat twee scholieren meebeslissen in de commissie die de inschrijvingen", None, "unanswered"),
    ]
    unmatched = ["De eerste nieuwe bussen rijden op 10 december 2028",
                 "Zo'n 6.400 op een gewone schooldag",
                 "Ik ga in december met het panel om tafel"]
    notes = ("Advice: a provincial Scholierenpanel OV's advies '#Onderweg' on the concept-Programma van Eisen of a "
             "bus concession, Chromium, 2 p.; the seven recommendations are HASHTAG-NUMBERED blocks '#1'-'#7' (a "
             "yellow tag, a bold title, an imperative 'Laat ...', 'Zet ...', 'Maak ...', 'Zorg ...', 'Neem ...' and "
             "a grey reason). Traps: the Wet personenvervoer 2000 paraphrased with 'moet', the survey's four "
             "questions as a numbered list 1.-4., the 2024 advice quoted ('Zorg voor wifi in elke bus.', realised), "
             "findings as bullets, a figures table, a closing line citing '#2, #5 en #6'. Response: an INTERVIEW "
             "with the gedeputeerde in the province's online magazine, bold questions by theme without numbers, "
             "order 2, 1, 3, (a question on pupil numbers), 5+6 in one answer, 4, (start of the concession), "
             "(what she thought of it). 2 agrees (last ride at 0.30 in the PvE); 1 partly (twenty minutes earlier "
             "for two villages, 8.10 for the farthest); 3 disagrees ('dat kan ik niet beloven', abonnement stays as "
             "it is); 5 agrees (compulsory training incl. bullying in the PvE); 6 partly (average occupancy shown, "
             "no realtime); 4 noted (the municipalities' stops, taken to the regional overleg, no outcome promised); "
             "7 (pupils on the assessment committee) unanswered. The intro paragraph, the pupil-numbers question, "
             "the start-date question, the closing question and the 'Meer lezen' box answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Scholierenpanel OV Zuidergeest - advies SP-OV 2026-02 - #Onderweg",
            "p. {n}/{m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "zuidergeest.nl/actueel - Gedeputeerde Brakema over het advies van de scholieren",
            "p. {n}/{m}", F["Regular"])
    expected()
