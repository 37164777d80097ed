"""Round 108 (nl): the ADVIES of a regional CLIENTENPLATFORM DAGBESTEDING (Wmo clients and their relatives in a
Dutch labour-market region) on the concept-INKOOPKADER DAGBESTEDING 2028, answered by the regiegemeente's
REACTIENOTA, a table 'Onderwerp | Advies in het kort | Reactie | Gevolg voor het inkoopkader' by subject without
numbers.

Advice (LibreOffice headless from HTML, sans, purple letterhead table, stamped head from p. 2 and 'blz. n/m'):
findings with traps (Wmo 2015 art. 2.1.3 'moet', art. 4.2 of the concept, the 2024 advice quoted with 'moet', a 30
minutes travel norm), recommendations 'Advies A'-'Advies G' in BORDERED BOXES. Response: reactienota table, order G,
A+B, E, D, F; C unanswered. All invented.

Run: /tmp/blind108nl/bin/python tests/docs/src/blind108/gen_nl_dagbesteding_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b108nl as B  # noqa: E402

NAME = "blind108_nl_dagbesteding"
F = B.tmp_fonts()
FAM = "B108NL Sans"
STYLE = f"""<style>body {{ font-family: '{FAM}'; font-size: 10.5pt; line-height: 140%; }} h1 {{ font-family: '{FAM}'; font-size: 15pt; color: #5b2c6f; }}
h2 {{ font-family: '{FAM}'; font-size: 11.5pt; color: #5b2c6f; margin-top: 12pt; }} p {{ margin-bottom: 6pt; }} td {{ font-family: '{FAM}'; font-size: 9.5pt; vertical-align: top; }}</style>"""

RECS = [
    ("A", "Behoud de mogelijkheid van dagbesteding bij kleine aanbieders en zorgboerderijen door de minimale omvang van "
          "een aanbieder niet te verhogen."),
    ("B", "Schrap de eis dat iedere aanbieder zowel lichte als zware dagbesteding moet kunnen leveren."),
    ("C", "Laat clienten en mantelzorgers meebeslissen in de kwaliteitsgesprekken met aanbieders via een vaste "
          "vertegenwoordiger van het platform."),
    ("D", "Onderzoek of het vervoer naar de dagbesteding regionaal kan worden ingekocht in plaats van per "
          "gemeente."),
    ("E", "Leg de maximale reistijd van 45 minuten enkele reis vast als harde eis in het inkoopkader."),
    ("F", "Kies voor een contractduur van zeven jaar zodat clienten niet bij elke aanbesteding van aanbieder "
          "hoeven te wisselen."),
    ("G", "Zorg voor een overgangsperiode van ten minste een jaar voor clienten van wie de huidige aanbieder "
          "geen contract krijgt."),
]


def advice_html():
    boxes = "".join(
        f'<table width="100%" border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;margin-bottom:6pt">'
        f'<tr><td width="16%" bgcolor="#ece3f0"><b>Advies {k}</b></td><td>{t}</td></tr></table>' for k, t in RECS)
    return f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Advies inkoopkader dagbesteding</title>
{STYLE}</head><body>
<table width="100%" cellpadding="6" cellspacing="0"><tr><td bgcolor="#5b2c6f"><font color="#ffffff"><b>Clientenplatform
Dagbesteding Regio Zuidervaart</b><br/>Postbus 311 - 7940 AH Meppeldam - secretariaat@cpd-zuidervaart.example</font></td></tr></table>
<h1>Advies over het concept-Inkoopkader Dagbesteding 2028</h1>
<p><i>Kenmerk CPD/2026/017 - Meppeldam, 24 augustus 2026 - aan het portefeuillehoudersoverleg Sociaal Domein</i></p>
<h2>1. Inleiding</h2>
<p>De zeven gemeenten in de regio Zuidervaart kopen per 1 januari 2028 opnieuw dagbesteding in voor inwoners met een
beperking, dementie of psychische problemen. De regiegemeente Meppeldam heeft het Clientenplatform gevraagd advies
te geven over het concept-inkoopkader. Het platform sprak met 46 clienten en mantelzorgers op vijf locaties.</p>
<h2>2. Wat wij hoorden</h2>
<p>Clienten zijn over het algemeen tevreden over hun dagbesteding; 81 procent geeft een rapportcijfer van 7 of hoger.
De gemeente moet op grond van artikel 2.1.3 van de Wmo 2015 zorgen voor een passende voorziening, en dat betekent voor
veel clienten: een vertrouwde plek en vaste begeleiders. Wisselingen van aanbieder worden als zeer ingrijpend ervaren.</p>
<p>Artikel 4.2 van het concept verhoogt de minimale omvang van een aanbieder naar 25 clienten. Volgens onze telling
zouden elf kleine aanbieders, onder wie vier zorgboerderijen, daardoor afvallen. De reistijd is in het concept een
streefwaarde: nu reist 12 procent van de clienten langer dan 30 minuten.</p>
<p>In ons advies van 2024 over het vervoer schreven wij: 'de regio moet de reistijd van clienten als kwaliteitseis
zien'. Dat advies is destijds overgenomen maar niet in contracten vertaald.</p>
<h2>Toelichting per thema</h2>
<p><b>Kleine aanbieders.</b> Veel clienten kozen bewust voor een kleinschalige plek, zoals een zorgboerderij, een
kringloopwinkel of een buurtatelier. Zij vertellen dat de rust, het werken met dieren en de vaste gezichten daar het
verschil maken. Een grotere minimale omvang raakt juist deze groep.</p>
<p><b>Licht en zwaar.</b> Het concept vraagt van iedere aanbieder dat hij beide vormen van dagbesteding levert. Kleine
aanbieders kunnen dat niet, en clienten met een lichte ondersteuningsvraag voelen zich op een locatie met zware
zorg niet altijd op hun plaats.</p>
<p><b>Zeggenschap.</b> Mantelzorgers geven aan dat zij bij de kwaliteitsgesprekken tussen gemeente en aanbieder
niet aan tafel zitten en pas achteraf horen wat er is afgesproken. De Wmo 2015 vraagt in artikel 2.1.3 ook om
betrokkenheid van inwoners bij de kwaliteit van voorzieningen.</p>
<p><b>Vervoer en reistijd.</b> Het vervoer wordt nu per gemeente ingekocht, met zeven verschillende vervoerders en
afspraken. Lange ritten ontstaan vooral waar busjes clienten uit meerdere kernen ophalen. Clienten met autisme of
dementie komen daardoor vermoeid aan.</p>
<p><b>Continuiteit.</b> Bij de vorige aanbesteding in 2023 moesten 140 clienten van aanbieder wisselen, sommigen
binnen zes weken. Een langere contractduur en een ruime overgangstermijn voorkomen dat dit opnieuw gebeurt.</p>
<h2>3. Onze adviezen</h2>
<p>Het platform geeft het portefeuillehoudersoverleg de volgende zeven adviezen:</p>
{boxes}
<h2>4. Tot slot</h2>
<p>Wij vragen u, zoals afgesproken in het convenant clientenparticipatie (artikel 5), binnen acht weken schriftelijk
te reageren. Wij lichten ons advies graag toe in het portefeuillehoudersoverleg.</p>
<p>Namens het Clientenplatform Dagbesteding,<br/>Gerda Lubbers-Wiegman, voorzitter<br/>Fatima el Amrani, secretaris</p>
</body></html>"""


ROWS = [
    ("Overgang", "Overgangsperiode van minimaal een jaar bij wisseling",
     "Wij nemen dit gedeeltelijk over. Clienten van wie de aanbieder geen contract krijgt, kunnen nog zes maanden "
     "bij hun huidige aanbieder blijven; een volledig jaar achten wij niet nodig.", "Nieuwe paragraaf 6.4 Overgangsrecht"),
    ("Aanbieders", "Ruimte voor kleine aanbieders; geen verplichting tot licht en zwaar",
     "De minimale omvang gaat terug naar 10 clienten, zodat zorgboerderijen en kleine aanbieders kunnen blijven "
     "meedoen. De eis dat elke aanbieder beide zwaartes levert, handhaven wij wel: zo voorkomen wij verwijzingen "
     "tussen aanbieders.", "Artikel 4.2 aangepast; artikel 4.5 ongewijzigd"),
    ("Reistijd", "Reistijd als harde eis",
     "Akkoord. Een enkele reis van maximaal 45 minuten wordt een gunningseis waarop aanbieders worden beoordeeld en "
     "gecontroleerd.", "Artikel 5.1"),
    ("Vervoer", "Regionale inkoop van vervoer",
     "Het vervoer valt buiten dit inkoopkader. Wij nemen de suggestie mee in de verkenning van het Wmo-vervoer die "
     "in 2027 start en komen daar dan op terug.", "Geen"),
    ("Looptijd", "Contractduur van zeven jaar",
     "Wij kiezen niet voor zeven jaar. De looptijd blijft vier jaar met een optie tot verlenging van twee keer een "
     "jaar, omdat wij de markt niet te lang willen vastleggen.", "Geen"),
    ("Tarieven (ter informatie)", "-",
     "Het tariefonderzoek door een extern bureau is afgerond; de nieuwe uurtarieven worden in oktober met de "
     "aanbieders besproken.", "Bijlage 3 Tarieven"),
]


def response_html():
    rows = "".join(f"<tr><td><b>{a}</b></td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in ROWS)
    return f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Reactienota</title>{STYLE}</head><body>
<p><b>Gemeente Meppeldam, regiegemeente Sociaal Domein Regio Zuidervaart</b></p>
<h1>Reactienota op het advies van het Clientenplatform Dagbesteding</h1>
<p><i>Vastgesteld in het portefeuillehoudersoverleg Sociaal Domein van 8 oktober 2026 - kenmerk SDZ/2026/0412</i></p>
<p>Het portefeuillehoudersoverleg heeft het advies met belangstelling gelezen en is het platform erkentelijk voor de
gesprekken die het met clienten en mantelzorgers voerde. In onderstaande tabel staat per onderwerp onze reactie
en wat die betekent voor het definitieve inkoopkader.</p>
<table width="100%" border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr bgcolor="#ece3f0"><td width="14%"><b>Onderwerp</b></td><td width="24%"><b>Advies in het kort</b></td>
<td width="42%"><b>Reactie</b></td><td width="20%"><b>Gevolg voor het inkoopkader</b></td></tr>
{rows}</table>
<p>Het definitieve inkoopkader wordt op 1 december 2026 gepubliceerd op TenderNed. Wij nodigen het platform uit voor
een gesprek over de evaluatie van de eerste contractperiode, begin 2029.</p>
<p>Namens het portefeuillehoudersoverleg Sociaal Domein,<br/>H. (Henk) Oldenhuis, wethouder Meppeldam, voorzitter</p>
</body></html>"""


def expected():
    recs = [
        (1, "Behoud de mogelijkheid van dagbesteding bij kleine aanbieders en zorgboerderijen", "De minimale omvang gaat terug naar 10 clienten", "agrees"),
        (2, "Schrap de eis dat iedere aanbieder zowel lichte als zware", "De eis dat elke aanbieder beide zwaartes levert, handhaven wij wel", "disagrees"),
        (3, "Laat clienten en mantelzorgers meebeslissen in de kwaliteitsgesprekken met aanbieders", None, "unanswered"),
        (4, "Onderzoek of het vervoer naar de dagbesteding regionaal kan", "Wij nemen de suggestie mee in de verkenning van het Wmo-vervoer", "noted"),
        (5, "Leg de maximale reistijd van 45 minuten enkele reis vast", "wordt een gunningseis waarop aanbieders worden beoordeeld", "agrees"),
        (6, "Kies voor een contractduur van zeven jaar zodat clienten", "Wij kiezen niet voor zeven jaar", "disagrees"),
        (7, "Zorg voor een overgangsperiode van ten minste een jaar", "kunnen nog zes maanden bij hun huidige aanbieder blijven", "partly"),
    ]
    unmatched = ["is het platform erkentelijk voor de gesprekken die het",
                 "Het tariefonderzoek door een extern bureau is afgerond",
                 "Het definitieve inkoopkader wordt op 1 december 2026 gepubliceerd op TenderNed"]
    notes = ("Advice of a regional Clientenplatform Dagbesteding on a Wmo concept-inkoopkader (LibreOffice from HTML, purple "
             "letterhead). Recommendations 'Advies A'-'Advies G' each in a BORDERED BOX (expected 1-7 = A-G). Traps: Wmo 2015 "
             "art. 2.1.3 'moet', art. 4.2 of the concept, 81 percent / 30 minutes figures, the 2024 advice quoted with 'moet', "
             "convenant art. 5. Response: reactienota TABLE 'Onderwerp | Advies in het kort | Reactie | Gevolg' by subject, NO "
             "numbers, order G, A+B, E, D, F; row 'Aanbieders' = A agrees (minimum 10 clients) + B disagrees (both levels "
             "kept); G partly (six months instead of a year); E agrees; D noted; F disagrees (four years); C (clienten in "
             "kwaliteitsgesprekken) unanswered; the intro, the row 'Tarieven (ter informatie)' and the closing answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.soffice_pdf(advice_html(), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Clientenplatform Dagbesteding - advies CPD/2026/017", "blz. {n}/{m}", F["Regular"])
    B.soffice_pdf(response_html(), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Reactienota SDZ/2026/0412", "pagina {n}", F["Regular"])
    expected()
