"""Round 132 (nl): the EINDADVIES of an (invented) municipal BURGERBERAAD (citizens' assembly) on the energy
transition, its seven recommendations in blocks headed 'Aanbeveling 1'...'7' (a bold sentence, an italic 'Waarom:'
paragraph and a 'Steun:' vote line), with an annex of lettered PROPOSALS that did NOT get the required majority;
answered by the college's RAADSINFORMATIEBRIEF GROUPED BY VERDICT ('Wat we overnemen', 'Wat we deels overnemen',
'Wat we niet overnemen', 'Wat we nog uitzoeken') with inline 'Aanbeveling N ...' sentences in another order, a
paragraph on rejected 'voorstel B', one recommendation never answered.

Advice (LibreOffice headless from HTML, 2-3 p., orange-brown headings, stamped head from p. 2, 'pagina n van m'):
the council's question, the regulation paraphrased with 'moet' (trap), findings numbered 1-3 with figures (trap), the
2023 klimaatakkoord's line quoted as an imperative (trap), the rejected proposals A-C with percentages (trap), a
closing line naming 'aanbeveling 4 en 6' (trap). Response (LibreOffice, 2 p.): overnemen = 7, 1, 2 (agrees), deels
= 3 (partly), niet = 4 (disagrees), uitzoeken = 5 (noted); 6 unanswered; the introduction, 'voorstel B', 'Kosten'
and the closing answer nothing. All bodies, places, people, figures and reference numbers invented.

Run: /tmp/blind132nl/bin/python tests/docs/src/blind132/gen_nl_burgerberaad_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b132nl as B  # noqa: E402

NAME = "blind132_nl_burgerberaad"
F = B.tmp_fonts()
SANS = "B132NL Sans"
RUST = "#9a4a12"

CSS = f"""<style>
@page {{ size: 21cm 29.7cm; margin: 2cm 2.2cm 1.9cm 2.2cm; }}
body {{ font-family: '{SANS}'; font-size: 9.6pt; line-height: 140%; }}
p {{ margin-top: 0; margin-bottom: 0.2cm; }}
h1 {{ font-family: '{SANS}'; font-size: 16pt; color: {RUST}; margin-bottom: 0.1cm; }}
h2 {{ font-family: '{SANS}'; font-size: 11.5pt; color: {RUST}; margin-top: 0.35cm; margin-bottom: 0.1cm; }}
h3 {{ font-family: '{SANS}'; font-size: 10pt; color: {RUST}; margin-top: 0.25cm; margin-bottom: 0.08cm; }}
td {{ font-family: '{SANS}'; font-size: 9.2pt; vertical-align: top; }}
li {{ margin-bottom: 0.08cm; }}
.small {{ font-size: 8.2pt; color: #555555; }}
</style>"""


def rec(n, text, why, votes):
    brk = " page-break-before: always;" if n == 4 else ""  # keep the label with its sentence
    return (f'<p style="margin-bottom:0.08cm; margin-top:0.25cm;{brk}"><font color="{RUST}"><b>Aanbeveling {n}</b></font>'
            f'<br><b>{text}</b></p>'
            f'<p style="margin-bottom:0.05cm; margin-left:0.5cm"><i>Waarom:</i> {why}</p>'
            f'<p style="margin-left:0.5cm" class="small">Steun: {votes}</p>')


RECS = [
    ("Open in elke wijk een energieloket waar huurders en woningeigenaren gratis advies krijgen over isoleren en "
     "besparen.", "Veel leden wisten niet waar zij met vragen terechtkonden. Een loket in de wijk is dichtbij en "
     "laagdrempelig.", "92 procent (74 van 80 leden)"),
    ("Maak met de woningcorporaties bindende afspraken om alle huurwoningen met energielabel E, F of G vóór 2029 "
     "te isoleren.", "Huurders kunnen zelf niets aan hun woning doen en betalen nu de hoogste energierekening.",
     "89 procent (71 van 80 leden)"),
    ("Verdubbel de subsidie voor zonnepanelen op de daken van sportverenigingen, scholen en buurthuizen.",
     "Deze daken zijn groot en liggen vaak ongebruikt; de opbrengst komt ten goede aan de hele buurt.",
     "85 procent (68 van 80 leden)"),
    ("Sta geen nieuwe windturbines toe binnen 1.000 meter van een woning.", "Een deel van de leden woont dicht bij "
     "het zoekgebied De Leege Vennen en maakt zich zorgen over geluid en slagschaduw.",
     "74 procent (59 van 80 leden)"),
    ("Onderzoek of de gemeente samen met inwoners een eigen lokaal energiebedrijf kan oprichten.",
     "Dan blijft de opbrengst van zon en wind in Hoogmeer en hebben inwoners er zelf zeggenschap over.",
     "81 procent (65 van 80 leden)"),
    ("Laat het burgerberaad over twee jaar opnieuw bijeenkomen om te beoordelen wat er met dit advies is gedaan.",
     "Het beraad wil weten of zijn werk verschil maakt.", "96 procent (77 van 80 leden)"),
    ("Leg vóór 2028 een snelfietsroute aan tussen het station en bedrijventerrein De Hoeve.",
     "Het autoverkeer naar De Hoeve is de grootste bron van uitstoot in de gemeente.",
     "78 procent (62 van 80 leden)"),
]

ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Eindadvies Burgerberaad Energie
Hoogmeer</title>{CSS}</head><body>
<p class="small">Burgerberaad Energie Hoogmeer - ondersteund door de griffie van de gemeenteraad, Raadhuisstraat 2,
8470 KL Hoogmeer</p>
<h1>Samen de warmte in: eindadvies van het Burgerberaad Energie</h1>
<p class="small">Aangeboden aan de gemeenteraad en het college van Hoogmeer op 16 maart 2026 - kenmerk BB/2026/01</p>
<hr>
<h2>1. De vraag aan het burgerberaad</h2>
<p>In juni 2025 stelde de gemeenteraad een burgerberaad in met 80 inwoners, gekozen door loting. De raad gaf het
beraad één vraag mee: hoe kan Hoogmeer in 2030 de helft minder CO2 uitstoten dan in 1990, op een manier die voor alle
inwoners eerlijk is? Het beraad kwam in zes weekenden bijeen en hoorde 21 deskundigen. Volgens de verordening
burgerberaad moet een aanbeveling door ten minste 70 procent van de leden worden gesteund; anders gaat zij alleen als
voorstel naar de raad.</p>
<h2>2. Wat het beraad heeft geleerd</h2>
<ol>
<li>De uitstoot in Hoogmeer daalde sinds 1990 met 19 procent; verkeer en woningen zijn samen goed voor twee derde.</li>
<li>Ruim 2.300 huurwoningen hebben nog een energielabel E, F of G.</li>
<li>Slechts 6 procent van de daken van maatschappelijke gebouwen heeft zonnepanelen.</li>
</ol>
<p>Het klimaatakkoord van de gemeente uit 2023 zegt: <i>'Betrek inwoners bij elke stap van de energietransitie.'</i>
Het beraad heeft gemerkt dat veel inwoners dat akkoord niet kennen.</p>
<h2>3. Onze aanbevelingen</h2>
<p>Het beraad doet de volgende zeven aanbevelingen aan de gemeenteraad en het college. Bij elke aanbeveling staat
hoeveel leden ervoor stemden.</p>
{''.join(rec(i, *r) for i, r in enumerate(RECS, 1))}
<h2>4. Voorstellen zonder voldoende steun</h2>
<p>De volgende voorstellen zijn besproken maar haalden de grens van 70 procent niet. Het beraad geeft ze door ter
informatie.</p>
<table width="100%" border="0" cellpadding="2" cellspacing="0">
<tr><td width="8%"><b>A</b></td><td width="74%">Een autoluwe binnenstad op zaterdag.</td><td width="18%">58 procent</td></tr>
<tr><td><b>B</b></td><td>Een lokale heffing op bedrijven met een hoge uitstoot.</td><td>63 procent</td></tr>
<tr><td><b>C</b></td><td>Geen nieuwe gasaansluitingen meer in bestaande bouw na 2027.</td><td>44 procent</td></tr>
</table>
<h2>5. Tot slot</h2>
<p>Het beraad dankt de deskundigen, de gespreksleiders en de griffie. Bij de bespreking in de raad vragen wij vooral
aandacht voor aanbeveling 4 en 6, omdat daarover in het beraad het langst is gesproken.</p>
<p>Namens het Burgerberaad Energie,<br>Yvonne Bakker en Mehmet Kaya, woordvoerders</p>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Raadsinformatiebrief reactie
burgerberaad</title>{CSS}</head><body>
<p class="small">Gemeente Hoogmeer - college van burgemeester en wethouders</p>
<h1>Raadsinformatiebrief: reactie op het eindadvies van het Burgerberaad Energie</h1>
<p class="small">Datum: 12 mei 2026 - nummer RIB 2026-041 - portefeuillehouder: wethouder J. (Joris) Veenstra</p>
<hr>
<h2>Aanleiding</h2>
<p>Op 16 maart ontvingen wij het eindadvies van het Burgerberaad Energie. Wij zijn onder de indruk van de inzet van de
80 leden, die zes weekenden van hun vrije tijd gaven. Met deze brief laten wij weten wat wij met het advies doen. Wij
hebben de aanbevelingen geordend naar wat wij ermee doen.</p>
<h2>Wat we overnemen</h2>
<p>Aanbeveling 7 nemen wij volledig over. De snelfietsroute tussen het station en De Hoeve is opgenomen in de
begroting 2027; de aanleg start in het voorjaar van 2027 en is eind dat jaar klaar.</p>
<p>Ook aanbeveling 1 nemen wij over. In september openen de eerste twee wijkenergieloketten, in Noord en in De Brink;
de andere wijken volgen in 2027.</p>
<p>Met de drie woningcorporaties hebben wij in april afgesproken dat alle huurwoningen met label E, F of G in 2028 zijn
geïsoleerd. Daarmee is aanbeveling 2 zelfs een jaar eerder uitgevoerd dan het beraad vroeg.</p>
<h2>Wat we deels overnemen</h2>
<p>Aanbeveling 3 nemen wij gedeeltelijk over. De subsidie voor zonnepanelen op maatschappelijk vastgoed gaat omhoog
met de helft, niet met het dubbele; het budget daarvoor groeit van 120.000 naar 180.000 euro per jaar.</p>
<h2>Wat we niet overnemen</h2>
<p>Aanbeveling 4 nemen wij niet over. Een afstand van 1.000 meter zou windenergie in Hoogmeer vrijwel onmogelijk
maken. Wij houden vast aan de afstand uit het omgevingsplan van vier keer de tiphoogte, en bieden omwonenden een
financiële deelneming aan.</p>
<h2>Wat we nog uitzoeken</h2>
<p>Aanbeveling 5 vraagt om een onderzoek dat wij niet zelf kunnen overzien. Wij vragen de Regionale Energiestrategie
om advies over een lokaal energiebedrijf en besluiten daarna of wij verder gaan; verwacht geen besluit voor
2027.</p>
<h2>Voorstellen zonder meerderheid</h2>
<p>Het beraad gaf ook enkele voorstellen door die de grens van 70 procent niet haalden. Over voorstel B, de lokale
heffing, merken wij op dat gemeenten zo'n heffing wettelijk niet kunnen opleggen.</p>
<h2>Kosten</h2>
<p>De maatregelen die wij overnemen kosten samen 3,4 miljoen euro, waarvan 2,6 miljoen euro voor de fietsroute. De
provincie draagt naar verwachting 1,1 miljoen euro bij.</p>
<p>Wij bedanken de leden van het burgerberaad nogmaals en bespreken deze brief graag met uw raad in de commissie
Ruimte van 2 juni.</p>
<p>Het college van burgemeester en wethouders van Hoogmeer,<br>mr. P.A. (Petra) de Lange, secretaris -
drs. R. (Ruud) Hofstra, burgemeester</p>
</body></html>"""


if __name__ == "__main__":
    B.soffice_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Burgerberaad Energie Hoogmeer - eindadvies BB/2026/01 - Samen de warmte in",
            "pagina {n} van {m}", F["Regular"])
    B.soffice_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Hoogmeer - raadsinformatiebrief RIB 2026-041",
            "pagina {n} van {m}", F["Regular"])
    B.write_expected(NAME, [
        (1, "Open in elke wijk een energieloket waar huurders en woningeigenaren",
         "In september openen de eerste twee wijkenergieloketten", "agrees"),
        (2, "Maak met de woningcorporaties bindende afspraken om alle huurwoningen",
         "zelfs een jaar eerder uitgevoerd dan het beraad vroeg", "agrees"),
        (3, "Verdubbel de subsidie voor zonnepanelen op de daken van",
         "gaat omhoog met de helft, niet met het dubbele", "partly"),
        (4, "Sta geen nieuwe windturbines toe binnen 1.000 meter van",
         "Wij houden vast aan de afstand uit het omgevingsplan", "disagrees"),
        (5, "Onderzoek of de gemeente samen met inwoners een eigen lokaal",
         "verwacht geen besluit voor 2027", "noted"),
        (6, "Laat het burgerberaad over twee jaar opnieuw bijeenkomen om", None, "unanswered"),
        (7, "Leg vóór 2028 een snelfietsroute aan tussen het station",
         "is opgenomen in de begroting 2027", "agrees"),
    ], ["Wij zijn onder de indruk van de inzet",
        "merken wij op dat gemeenten zo'n heffing wettelijk niet kunnen opleggen",
        "kosten samen 3,4 miljoen euro, waarvan 2,6 miljoen euro",
        "bespreken deze brief graag met uw raad in de commissie"],
        "Advice: a municipal citizens' assembly's final advice on the energy transition; the seven recommendations "
        "are blocks headed 'Aanbeveling 1'...'7', each a bold imperative sentence, an indented italic 'Waarom:' "
        "paragraph and a small 'Steun: NN procent (x van 80 leden)' vote line. Traps: the council's question, the "
        "regulation paraphrased with 'moet' (70 percent), findings numbered 1-3 with figures, the 2023 klimaatakkoord "
        "quoted as an imperative ('Betrek inwoners ...'), a table of proposals A-C that did NOT get 70 percent, and a "
        "closing line naming 'aanbeveling 4 en 6'. Response: the college's raadsinformatiebrief GROUPED BY VERDICT "
        "headings with inline 'Aanbeveling N ...' sentences, in the order 7 agrees (cycle route in the 2027 budget), "
        "1 agrees (energy desks from September), 2 agrees (agreement for 2028, the number at the END of the "
        "paragraph), 3 partly (up by half, not doubled), 4 disagrees (keeps four times tip height), 5 noted (advice "
        "from the regional energy strategy first, no decision before 2027). 6 (the assembly meeting again in two "
        "years) is never answered. 'Aanleiding', the paragraph on rejected 'voorstel B', 'Kosten' (figures) and the "
        "closing answer nothing.")
