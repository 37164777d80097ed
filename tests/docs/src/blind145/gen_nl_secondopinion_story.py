"""Round 145 (nl): the SECOND OPINION of an (invented) public-finance bureau, commissioned by a municipal council, on
the college's business case for an underground car park; its seven recommendations are DECIMAL-NUMBERED paragraphs
4.1-4.7 (bold number run in) under '4 Aanbevelingen', after the conclusions 3.1-3.6 in exactly the same style;
answered by the college's RAADSINFORMATIEBRIEF, which refers to the recommendations only BY ORDINAL ('De derde
aanbeveling', 'de tweede en de vierde aanbeveling') in another order, with one paragraph answering two with different
verdicts.

Advice (PyMuPDF Story from HTML, sans, dark-olive headings, metadata and figures tables, stamped head, 'pagina n van
m'): the budgeting rules paraphrased with 'moet' (trap), the audit office's 2023 report quoted as an imperative ('Laat
bij elke investering boven vijf miljoen euro ...', carried out, trap), conclusions numbered 3.1-3.6 like the
recommendations (trap), 'Wij bevelen niet aan om het project stil te leggen' (trap), a closing line naming '4.2 en
4.5' (trap). Response (PyMuPDF Story, stamped), ordinals in the order 3, 1, 2+4, 6, 5: 3 agrees, 1 agrees, 2 partly +
4 disagrees in one paragraph, 6 noted, 5 disagrees; 7 unanswered; the introduction and the closing answer nothing.
All bodies, places, people, figures and reference numbers invented; the budgeting rules named as context only.

Run: /tmp/blind145nl/bin/python tests/docs/src/blind145/gen_nl_secondopinion_story.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b145nl as B  # noqa: E402

NAME = "blind145_nl_secondopinion"
F = B.tmp_fonts()
INK = "#4d5b1e"

CSS = f"""
@font-face {{ font-family: S; src: url({os.path.basename(F['Regular'])}); }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Bold'])}); font-weight: bold; }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Italic'])}); font-style: italic; }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Bold Italic'])}); font-weight: bold; font-style: italic; }}
* {{ font-family: S; }}
body {{ font-size: 9.4pt; line-height: 1.4; }}
p {{ margin-top: 0; margin-bottom: 5pt; text-align: justify; }}
h1 {{ font-size: 15pt; color: {INK}; margin-top: 2pt; margin-bottom: 3pt; }}
h2 {{ font-size: 11pt; color: {INK}; margin-top: 9pt; margin-bottom: 3pt; }}
.small {{ font-size: 8pt; color: #555555; text-align: left; }}
.quote {{ margin-left: 24pt; margin-right: 20pt; font-style: italic; color: #444444; text-align: left; }}
.num {{ margin-left: 0; }}
table {{ width: 100%; border-collapse: collapse; margin-bottom: 6pt; }}
td {{ font-size: 8.3pt; border: 1px solid #b9c19a; padding: 3px; vertical-align: top; text-align: left; }}
th {{ font-size: 8.3pt; border: 1px solid #b9c19a; border-bottom: 2px solid {INK}; padding: 3px; text-align: left;
      color: {INK}; }}
"""


def numbered(items):
    return "".join(f'<p class="num"><b>{n}</b> {t}</p>' for n, t in items)


CONCL = [
    ("3.1", "De businesscase is overzichtelijk opgebouwd en de bouwkosten van 14,6 miljoen euro zijn gebaseerd op "
            "een raming van een erkend kostendeskundige."),
    ("3.2", "De verwachte bezetting van 78 procent vanaf het eerste jaar is optimistisch. Vergelijkbare garages in "
            "middelgrote gemeenten halen in de eerste twee jaar gemiddeld 55 tot 65 procent."),
    ("3.3", "De post onvoorzien van 5 procent past bij een definitief ontwerp, maar het ontwerp is nog in de fase "
            "van het voorlopig ontwerp."),
    ("3.4", "Het opheffen van straatparkeerplaatsen in het Havenkwartier is in de businesscase als opbrengst "
            "meegenomen, zonder dat is vastgelegd om welke plaatsen het gaat."),
    ("3.5", "De tarieven stijgen in de businesscase elk jaar met 3,5 procent, terwijl de gemeente de afgelopen tien "
            "jaar gemiddeld 1,8 procent indexeerde."),
    ("3.6", "Bij de meest waarschijnlijke bezetting is de exploitatie pas na elf jaar sluitend in plaats van na zes "
            "jaar, zoals de businesscase stelt."),
]

RECS = [
    ("4.1", "Reken de exploitatie door in drie scenario's voor de bezetting, waaronder een scenario met 55 procent "
            "in de eerste twee jaar, en leg die scenario's aan de raad voor."),
    ("4.2", "Verhoog de post onvoorzien naar ten minste 10 procent van de bouwkosten zolang het ontwerp niet "
            "definitief is."),
    ("4.3", "Leg vóór het bouwbesluit vast welke straatparkeerplaatsen in het Havenkwartier verdwijnen, zodat de "
            "raad de gevolgen voor bewoners en opbrengsten kan meewegen."),
    ("4.4", "Vraag naast de ondergrondse variant ook een raming op voor een bovengrondse garage in staalbouw aan de "
            "rand van het Havenkwartier, die naar onze inschatting 4 miljoen euro goedkoper kan zijn."),
    ("4.5", "Ga in de businesscase uit van een jaarlijkse tariefstijging van hooguit 2 procent, in lijn met de "
            "indexatie van de afgelopen tien jaar."),
    ("4.6", "Onderzoek of de garage samen met een marktpartij kan worden geëxploiteerd, zodat de gemeente een deel "
            "van het bezettingsrisico kan delen."),
    ("4.7", "Stuur de raad tijdens de bouw elk halfjaar een voortgangsrapportage met de actuele prognose van kosten, "
            "opbrengsten en planning."),
]

ADVICE = f"""<html><body>
<p class="small">Van Randwijk &amp; Tiel Publieke Financiën - Lange Voorhout 88, 3512 BK Utrecht-Oost -
advies voor gemeenten en provincies</p>
<h1>Second opinion businesscase Parkeergarage Havenkwartier</h1>
<p class="small">Een onafhankelijke toets op verzoek van de gemeenteraad van Brakelvoorde - eindrapport</p>
<table>
<tr><td>Opdrachtgever</td><td>de gemeenteraad van Brakelvoorde, via de auditcommissie</td></tr>
<tr><td>Onderzoekers</td><td>drs. E.M. van Randwijk RC, ir. T. Okafor, L. Smit MSc</td></tr>
<tr><td>Kenmerk en datum</td><td>RT-2027-117, 26 april 2027</td></tr>
</table>
<h2>1 Aanleiding en vraag</h2>
<p>Het college heeft de raad in maart 2027 een krediet van 15,2 miljoen euro gevraagd voor de bouw van een
ondergrondse parkeergarage met 420 plaatsen onder het Havenplein. De raad wilde vóór zijn besluit weten of de
businesscase achter dat voorstel deugt. In haar rapport over grote investeringen schreef de rekenkamercommissie in
2023:</p>
<p class="quote">'Laat bij elke investering boven vijf miljoen euro de businesscase vooraf onafhankelijk
toetsen.'</p>
<p>Deze second opinion is de eerste toets die op grond van die aanbeveling is uitgevoerd. Volgens de regels voor de
begroting en verantwoording van gemeenten moet een investering als deze worden geactiveerd en over de
gebruiksduur worden afgeschreven; de kapitaallasten moeten in de meerjarenbegroting worden opgenomen.</p>
<h2>2 Werkwijze</h2>
<p>Wij hebben de businesscase, de kostenraming, de parkeerbalans en het verkeersonderzoek bestudeerd, en gesproken
met de projectleider, de controller en de afdeling parkeren. De belangrijkste cijfers:</p>
<table>
<tr><th>Onderdeel</th><th>Businesscase</th><th>Onze inschatting</th></tr>
<tr><td>Bouwkosten incl. onvoorzien</td><td>14,6 mln euro</td><td>15,3 tot 16,0 mln euro</td></tr>
<tr><td>Bezetting in jaar 1 en 2</td><td>78 procent</td><td>55 tot 65 procent</td></tr>
<tr><td>Jaarlijkse tariefstijging</td><td>3,5 procent</td><td>1,5 tot 2 procent</td></tr>
<tr><td>Exploitatie sluitend na</td><td>6 jaar</td><td>9 tot 13 jaar</td></tr>
</table>
<h2>3 Conclusies</h2>
{numbered(CONCL)}
<p>Wij bevelen niet aan om het project stil te leggen. De behoefte aan parkeerplaatsen in het Havenkwartier is goed
onderbouwd, en een ondergrondse garage past bij de ambities voor het Havenplein. Wel moet de raad weten welke
risico's hij neemt.</p>
<h2>4 Aanbevelingen</h2>
{numbered(RECS)}
<h2>5 Tot slot</h2>
<p>Wij danken de ambtelijke organisatie voor de open houding en de snelle levering van alle stukken. Wij raden de
raad aan om in elk geval de aanbevelingen 4.2 en 4.5 te betrekken bij zijn besluit over het krediet.</p>
<p>Utrecht-Oost, 26 april 2027<br>drs. E.M. van Randwijk RC, projectleider</p>
</body></html>"""

RESPONSE = f"""<html><body>
<p class="small">Gemeente Brakelvoorde - college van burgemeester en wethouders - Raadhuisstraat 2, 4261 AM
Brakelvoorde</p>
<h1>Raadsinformatiebrief</h1>
<table>
<tr><td>Aan</td><td>de gemeenteraad van Brakelvoorde</td></tr>
<tr><td>Onderwerp</td><td>reactie op de second opinion businesscase Parkeergarage Havenkwartier</td></tr>
<tr><td>Nummer en datum</td><td>RIB 2027-041, 15 mei 2027</td></tr>
<tr><td>Portefeuillehouder</td><td>wethouder R.A. de Koning (financiën en mobiliteit)</td></tr>
</table>
<p>Geachte raadsleden,</p>
<p>Op uw verzoek heeft Van Randwijk &amp; Tiel de businesscase voor de parkeergarage onder het Havenplein getoetst.
Wij zijn blij dat het bureau de opzet van de businesscase en de behoefte aan de garage onderschrijft. Tegelijk
maakt de second opinion duidelijk dat wij op een aantal punten te rooskleurig hebben gerekend. Met deze brief
laten wij u weten wat wij met de aanbevelingen doen.</p>
<p>De derde aanbeveling nemen wij over. Bij het raadsvoorstel over het krediet ontvangt u een kaart en een lijst van
de 112 parkeerplaatsen op straat die na de opening van de garage verdwijnen, met de gevolgen voor de
vergunninghouders in de wijk.</p>
<p>Ook aan de eerste aanbeveling geven wij gevolg. De afdeling parkeren heeft de exploitatie opnieuw berekend met
een laag, een midden- en een hoog scenario; deze berekeningen zijn als bijlage bij deze brief gevoegd.</p>
<p>Over de tweede en de vierde aanbeveling het volgende. Wij verhogen de post onvoorzien naar 8 procent, wat neerkomt
op 0,4 miljoen euro extra; een hoger percentage vinden wij bij deze vorm van aanbesteden niet nodig. Een raming
voor een bovengrondse garage laten wij niet maken. De raad heeft in het omgevingsplan voor het Havenkwartier
gekozen voor een autovrij maaiveld, en een garage in staalbouw aan de rand van de wijk past daar niet in.</p>
<p>Een samenwerking met een marktpartij voor de exploitatie is een interessante gedachte. Wij betrekken haar bij de
marktverkenning die na het kredietbesluit start, maar nemen daar op dit moment nog geen standpunt over in.</p>
<p>De vijfde aanbeveling volgen wij niet. De raad heeft in de Parkeernota 2025 zelf besloten de tarieven in het
centrum stapsgewijs te verhogen tot het niveau van de buurgemeenten; daarom houden wij voor de komende tien jaar
vast aan de stijging van 3,5 procent per jaar.</p>
<p>Het aangepaste raadsvoorstel bespreekt u in de commissie Bestuur en Middelen van 3 juni; het besluit over het
krediet staat gepland voor de raadsvergadering van 24 juni 2027.</p>
<p>Met vriendelijke groet,<br>het college van burgemeester en wethouders van Brakelvoorde,<br>mr. J.W. Hoekstra,
secretaris - drs. A.C. Verbeek-Rustenburg, burgemeester</p>
</body></html>"""


if __name__ == "__main__":
    B.story_pdf(ADVICE, CSS, NAME + "_advice.pdf", B.FD)
    B.stamp(NAME + "_advice.pdf", "Van Randwijk & Tiel - second opinion businesscase Parkeergarage Havenkwartier - "
            "RT-2027-117", "pagina {n} van {m}", F["Regular"])
    B.story_pdf(RESPONSE, CSS, NAME + "_response.pdf", B.FD)
    B.stamp(NAME + "_response.pdf", "Gemeente Brakelvoorde - raadsinformatiebrief RIB 2027-041", "pagina {n}",
            F["Regular"])
    B.write_expected(NAME, [
        ("4.1", "Reken de exploitatie door in drie scenario's voor de bezetting,",
         "met een laag, een midden- en een hoog scenario", "agrees"),
        ("4.2", "Verhoog de post onvoorzien naar ten minste 10 procent van",
         "Wij verhogen de post onvoorzien naar 8 procent", "partly"),
        ("4.3", "Leg vóór het bouwbesluit vast welke straatparkeerplaatsen in het Havenkwartier verdwijnen,",
         "een kaart en een lijst van de 112 parkeerplaatsen", "agrees"),
        ("4.4", "Vraag naast de ondergrondse variant ook een raming op voor",
         "Een raming voor een bovengrondse garage laten wij niet maken", "disagrees"),
        ("4.5", "Ga in de businesscase uit van een jaarlijkse tariefstijging van",
         "houden wij voor de komende tien jaar vast aan de stijging", "disagrees"),
        ("4.6", "Onderzoek of de garage samen met een marktpartij kan worden",
         "nemen daar op dit moment nog geen standpunt over in", "noted"),
        ("4.7", "Stuur de raad tijdens de bouw elk halfjaar een voortgangsrapportage", None, "unanswered"),
    ], ["dat wij op een aantal punten te rooskleurig hebben gerekend",
        "staat gepland voor de raadsvergadering van 24 juni 2027"],
        "Advice: the SECOND OPINION of a public-finance bureau, commissioned by a municipal council, on the "
        "college's business case for an underground car park; the seven recommendations are DECIMAL-NUMBERED "
        "paragraphs 4.1-4.7 (bold number run in) under '4 Aanbevelingen', after conclusions 3.1-3.6 in exactly the "
        "same style. Traps: the budgeting rules paraphrased with 'moet', the audit office's 2023 report quoted as an "
        "imperative ('Laat bij elke investering boven vijf miljoen euro ...', carried out by this very second "
        "opinion), a figures table, 'Wij bevelen niet aan om het project stil te leggen', a closing line naming "
        "'4.2 en 4.5'. Response: the college's RAADSINFORMATIEBRIEF referring only BY ORDINAL in the order 3, 1, "
        "2+4, 6, 5: 3 agrees (a map and list of the 112 street places), 1 agrees (three scenarios attached), ONE "
        "paragraph 'de tweede en de vierde aanbeveling' = 2 partly (contingency to 8 instead of at least 10 percent) "
        "+ 4 disagrees (no estimate for an above-ground garage), 6 (market partner, the paragraph names no "
        "ordinal) noted (taken into the market exploration, no position yet), 5 disagrees (3,5 percent kept). 4.7 "
        "(half-yearly progress reports) is never answered. The introduction and the closing (committee and council "
        "dates) answer nothing.")
    print("written", NAME)
