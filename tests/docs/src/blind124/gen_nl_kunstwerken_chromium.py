"""Round 124 (nl): the REPORT of the REKENKAMERCOMMISSIE of a WATERSCHAP on the maintenance of its 'kunstwerken'
(pumping stations, weirs, culverts); its seven recommendations are LETTERED 'A.'-'G.' (bold letters in a hanging
column) split over two ADDRESSEE sub-headings, 'Aan het algemeen bestuur' (A-C) and 'Aan het dagelijks bestuur'
(D-G), after five numbered CONCLUSIONS 1.-5.; answered by the dagelijks bestuur's BESTUURLIJKE REACTIE, which
QUOTES each recommendation in a shaded block headed 'Aanbeveling X' and then replies, in another order, with a
section 'Over de conclusies' that answers no recommendation.

Advice (Chromium headless, sans, 2 p., blue-green title block, stamped head from p. 2, 'blad n / m'): the research
questions inline, numbered conclusions 1.-5. (trap), a condition-score table (trap), the Waterwet paraphrased with
'moet' (trap), the 2020 report's recommendation quoted as an imperative (trap), a closing line naming 'aanbeveling D
en G' (trap). Response (Chromium, 2 p.): opening and 'Over de conclusies' (nothing); replies in the order D, E, G, A,
B, F; closing (nothing); C never answered. Verdicts: A agrees, B disagrees, C unanswered, D partly, E agrees, F
noted, G partly. All bodies, places, people, figures and reference numbers invented; the Waterwet and NEN 2767 are
named as context only.

Run: /tmp/blind124nl/bin/python tests/docs/src/blind124/gen_nl_kunstwerken_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b124nl as B  # noqa: E402

NAME = "blind124_nl_kunstwerken"
F = B.tmp_fonts()
SANS = "B124NL Sans"
DARK = "#0f5a63"
PALE = "#e3f0ef"

CSS = f"""<style>
@page {{ size: A4; margin: 2cm 2.2cm 1.8cm 2.2cm; }}
body {{ font-family: '{SANS}'; font-size: 9.6pt; line-height: 1.45; margin: 0; }}
p {{ margin: 0 0 0.2cm 0; }}
.block {{ border-left: 6px solid {DARK}; background: {PALE}; padding: 0.3cm 0.45cm; margin-bottom: 0.4cm; }}
.block h1 {{ font-size: 15.5pt; color: {DARK}; margin: 0 0 0.08cm 0; }}
.block p {{ font-size: 8.8pt; margin: 0; }}
h2 {{ font-size: 11.2pt; color: {DARK}; margin: 0.36cm 0 0.1cm 0; break-after: avoid; }}
h3 {{ font-size: 9.8pt; margin: 0.26cm 0 0.08cm 0; text-transform: uppercase; letter-spacing: 0.04em;
      color: #333; break-after: avoid; }}
ol.c {{ margin: 0.05cm 0 0.2cm 0; padding-left: 0.65cm; }}
ol.c li {{ margin-bottom: 0.1cm; }}
table.rec {{ border-collapse: collapse; width: 100%; margin: 0 0 0.06cm 0; }}
table.rec td {{ vertical-align: top; padding: 0.05cm 0 0.12cm 0; }}
table.rec td.l {{ width: 0.85cm; font-weight: bold; color: {DARK}; }}
table.fig {{ border-collapse: collapse; font-size: 8.4pt; margin: 0.1cm 0 0.25cm 0; }}
table.fig th {{ background: {PALE}; text-align: left; padding: 2px 9px; }}
table.fig td {{ border-bottom: 0.5pt solid #a9c9c6; padding: 2px 9px; }}
table.fig td.n {{ text-align: right; }}
.q {{ font-style: italic; margin: 0.1cm 0.8cm 0.2cm 0.8cm; color: #333; }}
.small {{ font-size: 8.4pt; color: #444; }}
.quoted {{ background: {PALE}; padding: 0.18cm 0.35cm; margin: 0.08cm 0 0.14cm 0; font-size: 9pt; }}
.quoted b {{ color: {DARK}; }}
</style>"""


def rec(letter, text):
    return f'<table class="rec"><tr><td class="l">{letter}.</td><td>{text}</td></tr></table>'


ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Rekenkamercommissie kunstwerken
</title>{CSS}</head><body>
<div class="block"><h1>Gemalen in goede staat?</h1>
<p>Onderzoek naar het beheer en onderhoud van kunstwerken - Rekenkamercommissie Waterschap Lindevallei -
rapport RKC-WL 2026-02 - 16 april 2026</p></div>

<h2>1 Inleiding</h2>
<p>Waterschap Lindevallei beheert 612 kunstwerken: 48 gemalen, 231 stuwen en 333 duikers en inlaten. Samen
hebben zij een vervangingswaarde van ongeveer 390 miljoen euro. Na de storing van gemaal De Kolk tijdens de
hoge waterstanden van januari 2025 vroeg het algemeen bestuur de rekenkamercommissie om te onderzoeken of het
onderhoud van deze kunstwerken op orde is en of het bestuur daar goed over wordt geïnformeerd.</p>
<p>Wij onderzochten de beleidsstukken, de onderhoudsplanning en de inspectierapporten van 2020 tot en met 2025,
bezochten zes gemalen en spraken met bestuurders, de afdeling Beheer en Onderhoud en twee buurwaterschappen.</p>

<h2>2 Wettelijk kader en eerder onderzoek</h2>
<p>Volgens de Waterwet moet de beheerder de kunstwerken in zijn beheer in een goede staat houden, zodat het
watersysteem zijn functie kan vervullen. Het waterschap moet in zijn legger vastleggen aan welke eisen de
kunstwerken voldoen. De landelijke norm NEN 2767 geeft een conditiescore van 1 (uitstekend) tot 6 (zeer
slecht).</p>
<p>De rekenkamercommissie onderzocht het onderhoud eerder in 2020. Zij beval toen aan:</p>
<p class="q">'Leg vast welk onderhoudsniveau het waterschap voor zijn gemalen nastreeft.'</p>
<p>Die aanbeveling werd overgenomen, maar het vastgestelde niveau geldt alleen voor de gemalen en is nooit aan
het algemeen bestuur voorgelegd.</p>

<h2>3 Bevindingen</h2>
<table class="fig"><tr><th>Conditiescore (NEN 2767)</th><th>Gemalen</th><th>Stuwen</th><th>Duikers en inlaten</th></tr>
<tr><td>1-2 (goed)</td><td class="n">21</td><td class="n">88</td><td class="n">102</td></tr>
<tr><td>3 (redelijk)</td><td class="n">17</td><td class="n">79</td><td class="n">117</td></tr>
<tr><td>4-6 (matig tot zeer slecht)</td><td class="n">6</td><td class="n">27</td><td class="n">41</td></tr>
<tr><td>niet geïnspecteerd sinds 2020</td><td class="n">4</td><td class="n">37</td><td class="n">73</td></tr></table>
<p>Van 114 kunstwerken is de staat niet bekend, omdat zij sinds 2020 niet zijn geïnspecteerd. De gegevens over
onderhoud staan in drie spreadsheets en een verouderd beheersysteem, die niet op elkaar aansluiten. Het
onderhoudsbudget werd in vier van de zes jaren niet volledig besteed, terwijl het achterstallig onderhoud
toenam. Voor storingen tijdens hoogwater is alleen voor de vijf grootste gemalen een noodplan, en dat is sinds
2019 niet geoefend.</p>

<h2>4 Conclusies</h2>
<p>Op basis van deze bevindingen komt de rekenkamercommissie tot de volgende conclusies:</p>
<ol class="c">
<li>Het waterschap weet van bijna een op de vijf kunstwerken niet in welke staat die verkeert.</li>
<li>Er is geen door het algemeen bestuur vastgesteld onderhoudsniveau voor stuwen, duikers en inlaten.</li>
<li>De informatie aan het algemeen bestuur is te algemeen om de kaderstellende en controlerende rol waar te
maken.</li>
<li>De versnipperde gegevens maken een goede onderhoudsplanning onmogelijk.</li>
<li>Het waterschap is onvoldoende voorbereid op storingen van gemalen tijdens extreem weer.</li>
</ol>
<p>De rekenkamercommissie ziet wel dat de afdeling Beheer en Onderhoud sinds 2024 serieus werk maakt van een
nieuwe aanpak. De medewerkers kennen hun kunstwerken goed; het probleem zit in de sturing, niet in de
vakkennis.</p>

<h2>5 Aanbevelingen</h2>
<p>De rekenkamercommissie doet de volgende aanbevelingen.</p>
<h3>Aan het algemeen bestuur</h3>
{rec("A", "Stel voor alle soorten kunstwerken een minimaal onderhoudsniveau vast in een beleidskader dat het "
          "algemeen bestuur zelf vaststelt en elke vier jaar herziet.")}
{rec("B", "Stel uit het midden van het algemeen bestuur een auditcommissie in die de onderhoudsplanning en de "
          "besteding van het onderhoudsbudget jaarlijks toetst.")}
{rec("C", "Neem in de begroting een afzonderlijk budget op voor onvoorzien herstel van kunstwerken na extreme "
          "neerslag of hoogwater.")}
<h3>Aan het dagelijks bestuur</h3>
{rec("D", "Laat voor eind 2027 alle kunstwerken inspecteren die sinds 2020 niet meer zijn geïnspecteerd, en "
          "rapporteer de uitkomsten aan het algemeen bestuur.")}
{rec("E", "Breng alle onderhoudsgegevens onder in een beheersysteem, zodat de losse spreadsheets kunnen "
          "verdwijnen.")}
{rec("F", "Onderzoek samen met de buurwaterschappen of het onderhoud van gemalen gezamenlijk kan worden "
          "aanbesteed.")}
{rec("G", "Stel voor elk gemaal een noodplan op voor storingen tijdens hoogwater en oefen die plannen ieder "
          "jaar met de betrokken medewerkers.")}

<h2>6 Tot slot</h2>
<p>De rekenkamercommissie vraagt het algemeen bestuur om bij de bespreking van dit rapport bijzondere aandacht te
geven aan aanbeveling D en G, omdat die de veiligheid direct raken. Wij danken de medewerkers van het waterschap
voor hun openheid en medewerking.</p>
<p class="small">Rekenkamercommissie Waterschap Lindevallei: ir. Maarten Brouwer-Kalf (voorzitter), drs. Sanne
Veltkamp, mr. Erik Zandstra - secretaris: Lotte Harkema</p>
</body></html>"""


def quoted(letter, text):
    return f'<div class="quoted"><b>Aanbeveling {letter}</b><br/><i>{text}</i></div>'


RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Bestuurlijke reactie
</title>{CSS}</head><body>
<div class="block"><h1>Bestuurlijke reactie op 'Gemalen in goede staat?'</h1>
<p>Dagelijks bestuur Waterschap Lindevallei - aan de rekenkamercommissie en het algemeen bestuur - kenmerk
DB-2026-0517 - 19 mei 2026</p></div>

<h2>Algemeen</h2>
<p>Het dagelijks bestuur dankt de rekenkamercommissie voor het heldere rapport. Het onderzoek komt op een goed
moment: de storing bij gemaal De Kolk heeft ook ons laten zien dat het beheer van de kunstwerken beter moet.
Hieronder reageren wij op de aanbevelingen. Wij nemen steeds de tekst van de aanbeveling over en geven daarna onze
reactie. Omdat de aanbevelingen aan het algemeen bestuur vooral het algemeen bestuur zelf aangaan, beginnen wij
met de aanbevelingen aan het dagelijks bestuur.</p>

<h2>Over de conclusies</h2>
<p>Wij herkennen de conclusies grotendeels. Bij de derde conclusie merken wij op dat het algemeen bestuur sinds
2025 in de bestuursrapportage een overzicht ontvangt van de grootste onderhoudsprojecten; wij vinden die
informatie minder algemeen dan de rekenkamercommissie schrijft.</p>

<h2>Reactie op de aanbevelingen</h2>
{quoted("D", "Laat voor eind 2027 alle kunstwerken inspecteren die sinds 2020 niet meer zijn geïnspecteerd, en "
             "rapporteer de uitkomsten aan het algemeen bestuur.")}
<p>Wij nemen deze aanbeveling gedeeltelijk over. De vier gemalen die niet zijn geïnspecteerd, laten wij nog dit
jaar inspecteren. De 110 stuwen, duikers en inlaten volgen in 2028, omdat de inspecteurs in 2027 volledig nodig
zijn voor de dijkversterking langs de Linde. Het algemeen bestuur ontvangt de uitkomsten in de
jaarverslagen.</p>
{quoted("E", "Breng alle onderhoudsgegevens onder in een beheersysteem, zodat de losse spreadsheets kunnen "
             "verdwijnen.")}
<p>Overgenomen. Het nieuwe beheersysteem is in maart 2026 aanbesteed en wordt in het eerste kwartaal van 2027 in
gebruik genomen; de spreadsheets worden daarna afgesloten.</p>
{quoted("G", "Stel voor elk gemaal een noodplan op voor storingen tijdens hoogwater en oefen die plannen ieder "
             "jaar met de betrokken medewerkers.")}
<p>Voor alle 48 gemalen komt voor het einde van 2026 een noodplan. Een jaarlijkse oefening voor elk gemaal gaat
ons te ver: wij oefenen ieder jaar bij de vijf grootste gemalen en bij de overige gemalen eens in de drie
jaar.</p>
{quoted("A", "Stel voor alle soorten kunstwerken een minimaal onderhoudsniveau vast in een beleidskader dat het "
             "algemeen bestuur zelf vaststelt en elke vier jaar herziet.")}
<p>Het dagelijks bestuur ondersteunt deze aanbeveling en legt het algemeen bestuur in het eerste kwartaal van
2027 een beleidskader onderhoud kunstwerken ter vaststelling voor, met een niveau per soort kunstwerk.</p>
{quoted("B", "Stel uit het midden van het algemeen bestuur een auditcommissie in die de onderhoudsplanning en de "
             "besteding van het onderhoudsbudget jaarlijks toetst.")}
<p>Het dagelijks bestuur raadt het algemeen bestuur af om een aparte auditcommissie in te stellen. De commissie
Watersysteem en de auditcommissie financiën bespreken de onderhoudsplanning en de besteding al; een derde gremium
leidt tot dubbel werk.</p>
{quoted("F", "Onderzoek samen met de buurwaterschappen of het onderhoud van gemalen gezamenlijk kan worden "
             "aanbesteed.")}
<p>Wij zijn bereid hierover het gesprek aan te gaan in het regionale overleg van waterschappen. Of gezamenlijk
aanbesteden voordeel oplevert, hangt af van de contracten die nu lopen tot 2029. Wij kunnen daarom nog niet
zeggen of en wanneer dit gebeurt.</p>

<h2>Tot slot</h2>
<p>Het dagelijks bestuur zal het algemeen bestuur jaarlijks in de bestuursrapportage informeren over de voortgang
van de maatregelen uit deze reactie. Wij zien de bespreking in de vergadering van 24 juni 2026 met belangstelling
tegemoet.</p>
<p class="small">Het dagelijks bestuur van Waterschap Lindevallei, J.H. Doornbos, dijkgraaf - drs. I. Mulderij,
secretaris-directeur</p>
</body></html>"""


def expected():
    recs = [
        (1, "Stel voor alle soorten kunstwerken een minimaal onderhoudsniveau vast",
         "legt het algemeen bestuur in het eerste kwartaal van 2027", "agrees"),
        (2, "Stel uit het midden van het algemeen bestuur een auditcommissie",
         "raadt het algemeen bestuur af om een aparte auditcommissie", "disagrees"),
        (3, "Neem in de begroting een afzonderlijk budget op voor onvoorzien", None, "unanswered"),
        (4, "Laat voor eind 2027 alle kunstwerken inspecteren die sinds 2020",
         "De 110 stuwen, duikers en inlaten volgen in 2028", "partly"),
        (5, "Breng alle onderhoudsgegevens onder in een beheersysteem",
         "Het nieuwe beheersysteem is in maart 2026 aanbesteed", "agrees"),
        (6, "Onderzoek samen met de buurwaterschappen of het onderhoud van gemalen",
         "Wij kunnen daarom nog niet zeggen of en wanneer", "noted"),
        (7, "Stel voor elk gemaal een noodplan op voor storingen tijdens hoogwater",
         "Een jaarlijkse oefening voor elk gemaal gaat ons te ver", "partly"),
    ]
    unmatched = ["Wij herkennen de conclusies grotendeels",
                 "Het dagelijks bestuur dankt de rekenkamercommissie voor het heldere rapport",
                 "Wij zien de bespreking in de vergadering van 24 juni 2026"]
    notes = ("Advice: the rekenkamercommissie of a waterschap on the maintenance of its kunstwerken (Chromium, 2 p.); "
             "the seven recommendations are LETTERED A.-G. (bold letters in a hanging column) split over two "
             "ADDRESSEE sub-headings, 'Aan het algemeen bestuur' (A-C) and 'Aan het dagelijks bestuur' (D-G); "
             "numbers 1-7 are A-G. Traps: five numbered CONCLUSIONS 1.-5. just before them, a condition-score table, "
             "the Waterwet paraphrased with 'moet', the 2020 recommendation quoted as an imperative, a closing line "
             "naming 'aanbeveling D en G'. Response: the dagelijks bestuur's BESTUURLIJKE REACTIE, which QUOTES each "
             "recommendation in a shaded block 'Aanbeveling X' and then replies, in the order D, E, G, A, B, F: D = 4 "
             "partly ('gedeeltelijk over': the four pumping stations this year, the rest in 2028); E = 5 agrees "
             "('Overgenomen'); G = 7 partly (plans for all, yearly drills only at the five largest); A = 1 agrees "
             "(framework in Q1 2027); B = 2 disagrees ('raadt ... af'); F = 6 noted (willing to talk, nothing "
             "promised); 'Algemeen', 'Over de conclusies' (names 'de derde conclusie') and 'Tot slot' answer "
             "nothing; C (separate budget for emergency repairs) never answered: unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Rekenkamercommissie Waterschap Lindevallei - Gemalen in goede staat? - "
            "RKC-WL 2026-02", "blad {n} / {m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Waterschap Lindevallei - dagelijks bestuur - DB-2026-0517", "{n}",
            F["Regular"])
    expected()
