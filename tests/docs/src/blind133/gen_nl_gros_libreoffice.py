"""Round 133 (nl): the ADVIES of an (invented) Flemish GEMEENTELIJKE RAAD VOOR ONTWIKKELINGSSAMENWERKING (GROS) on the
draft subsidy regulation for North-South projects, its seven recommendations UNNUMBERED bare imperatives in the
right-hand cells of a ruled three-column TABLE 'Artikel | Wat het ontwerp zegt | Voorstel van de GROS' (two rows
'Geen opmerkingen.'); answered by an extract of the GEMEENTERAAD's minutes whose 'Advies' section answers BY THE DRAFT'S
ARTICLE NUMBERS ('Artikel 4 (indienrondes): gedeeltelijk gevolgd.'), in another order, while the decision's own
'Artikel 1'-'Artikel 3' answer nothing.

Advice (LibreOffice headless from HTML, moss-green headings, stamped head from p. 2, 'pagina n van m'): the Decreet
over het lokaal bestuur paraphrased with 'moet' (trap), findings numbered 1-3 with figures (trap), the 2019 advice
quoted as an imperative (trap), two rows without a proposal (trap), a closing line naming 'de artikelen 4 en 10'
(trap). Response (LibreOffice, stamped): art. 3 = 2 agrees, art. 2 = 1 agrees, art. 5 = 4 disagrees, art. 4 = 3
partly, new art. (noodhulp) = 6 agrees, art. 7 = 5 noted; 7 (evaluation, art. 10) unanswered; 'Voorgeschiedenis',
'Feiten en context', 'Juridische grond', 'Financiële gevolgen' and the decision's articles answer nothing. All
bodies, places, people, figures and reference numbers invented; the decree is named as context only.

Run: /tmp/blind133nl/bin/python tests/docs/src/blind133/gen_nl_gros_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b133nl as B  # noqa: E402

NAME = "blind133_nl_gros"
F = B.tmp_fonts()
SANS = "B133NL Sans"
MOSS = "#4f6a1f"

CSS = f"""<style>
@page {{ size: 21cm 29.7cm; margin: 2cm 2.1cm 1.9cm 2.1cm; }}
body {{ font-family: '{SANS}'; font-size: 9.6pt; line-height: 140%; }}
p {{ margin-top: 0; margin-bottom: 0.2cm; }}
h1 {{ font-family: '{SANS}'; font-size: 16pt; color: {MOSS}; margin-bottom: 0.1cm; }}
h2 {{ font-family: '{SANS}'; font-size: 11.3pt; color: {MOSS}; margin-top: 0.35cm; margin-bottom: 0.1cm; }}
td {{ font-family: '{SANS}'; font-size: 9pt; vertical-align: top; }}
th {{ font-family: '{SANS}'; font-size: 9pt; text-align: left; }}
li {{ margin-bottom: 0.08cm; }}
.small {{ font-size: 8.2pt; color: #555555; }}
</style>"""

ROWS = [
    ("Art. 2<br>Aanvragers", "Alleen verenigingen met hun zetel in Heistelaar kunnen subsidie aanvragen.",
     "Laat ook inwoners van Heistelaar subsidie aanvragen die een project steunen via een organisatie die "
     "elders gevestigd is."),
    ("Art. 3<br>Bedrag", "Een project krijgt ten hoogste 2.500 euro per jaar.",
     "Verhoog het maximum naar 5.000 euro voor projecten die over drie jaar lopen en een meerjarenplan "
     "indienen."),
    ("Art. 4<br>Indienen", "Er is één indienronde per jaar; aanvragen moeten vóór 31 maart binnen zijn.",
     "Voorzie twee indienrondes per jaar, een in maart en een in september, zodat kleine organisaties niet een "
     "heel jaar moeten wachten."),
    ("Art. 5<br>Beoordeling", "Het college beslist na een advies van de dienst Welzijn.",
     "Laat de GROS elke aanvraag beoordelen en geef haar advies een bindend karakter, behalve als het budget "
     "ontoereikend is."),
    ("Art. 6<br>Verantwoording", "De aanvrager bezorgt binnen drie maanden na het project een verslag en de "
     "bewijsstukken.", "Geen opmerkingen."),
    ("Art. 7<br>Sensibilisering", "Het ontwerp bevat geen bepaling over sensibilisering in de eigen gemeente.",
     "Reserveer jaarlijks tien procent van het budget voor sensibilisering in Heistelaar zelf, bijvoorbeeld in "
     "de scholen."),
    ("Art. 8<br>Uitsluitingen", "Noodhulp valt buiten het reglement.",
     "Neem een bepaling op waarmee het college bij een ramp snel tot 1.000 euro noodhulp kan toekennen aan een "
     "erkende hulporganisatie."),
    ("Art. 9<br>Inwerkingtreding", "Het reglement treedt in werking op 1 juni 2026.", "Geen opmerkingen."),
    ("Art. 10<br>Evaluatie", "Het college evalueert het reglement na vier jaar.",
     "Evalueer het reglement al na twee jaar, samen met de GROS en met de organisaties die subsidie kregen."),
]

TABLE = ("<table width=\"100%\" border=\"1\" cellpadding=\"5\" cellspacing=\"0\" bordercolor=\"#9aa88a\">"
         f"<tr bgcolor=\"#e3ead6\"><th width=\"17%\">Artikel</th><th width=\"38%\">Wat het ontwerp zegt</th>"
         "<th width=\"45%\">Voorstel van de GROS</th></tr>"
         + "".join(f"<tr><td><b>{a}</b></td><td>{b}</td><td>{c}</td></tr>" for a, b, c in ROWS)
         + "</table>")

ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Advies GROS subsidiereglement
Noord-Zuid</title>{CSS}</head><body>
<p class="small">Gemeentelijke Raad voor Ontwikkelingssamenwerking (GROS) Heistelaar - secretariaat: dienst
Welzijn, Markt 7, 2288 Heistelaar</p>
<h1>Advies over het ontwerp van subsidiereglement voor Noord-Zuidprojecten</h1>
<p class="small">Advies GROS/2026/01 - goedgekeurd op de algemene vergadering van 12 februari 2026 - aan het college
van burgemeester en schepenen</p>
<h2>1. Vraag om advies</h2>
<p>Het college vroeg de GROS op 15 januari 2026 om advies over een nieuw subsidiereglement voor projecten van
verenigingen en inwoners in het Zuiden. Volgens het Decreet over het lokaal bestuur moet de gemeenteraad een
subsidiereglement vaststellen, en het huishoudelijk reglement van de GROS bepaalt dat de raad over elk reglement
rond ontwikkelingssamenwerking advies moet krijgen. De GROS telt veertien leden: vertegenwoordigers van de
Noord-Zuidverenigingen, de Wereldwinkel, twee scholen en vier geïnteresseerde inwoners.</p>
<h2>2. Vaststellingen</h2>
<ol>
<li>In 2025 dienden elf organisaties een aanvraag in; negen kregen samen een subsidie.</li>
<li>Vier aanvragen kwamen van inwoners die via een organisatie buiten de gemeente werken, en werden afgewezen.</li>
<li>De helft van de projecten loopt langer dan één jaar.</li>
</ol>
<p>In haar advies van 2019 schreef de GROS: 'Maak de criteria voor de beoordeling openbaar op de website.' Dat
is toen gebeurd, en de nieuwe tekst neemt de criteria zelfs op in het reglement. De GROS is daar tevreden over.</p>
<h2>3. Advies per artikel</h2>
<p>De GROS geeft een gunstig advies over het ontwerp, met de volgende voorstellen. Bij de artikelen waarover wij
geen voorstel hebben, staat dat in de laatste kolom.</p>
{TABLE}
<h2>4. Tot slot</h2>
<p>De GROS vraagt het college in het bijzonder aandacht voor haar voorstellen bij de artikelen 4 en 10, omdat die
vooral de kleine verenigingen helpen. Wij lichten het advies graag toe op de commissie Welzijn.</p>
<p>Voor de GROS,<br>Greet Van den Broeck, voorzitter<br>Jonas Meulemans, secretaris</p>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Besluit gemeenteraad
subsidiereglement Noord-Zuid</title>{CSS}</head><body>
<p class="small">Gemeente Heistelaar - uittreksel uit de notulen van de gemeenteraad - zitting van 23 april 2026</p>
<h1>Subsidiereglement voor Noord-Zuidprojecten - goedkeuring</h1>
<p class="small">Aanwezig: Kris Van Aerschot, voorzitter; Els Peeters, burgemeester; de schepenen en raadsleden
volgens de aanwezigheidslijst; Wim De Clercq, algemeen directeur</p>
<h2>Voorgeschiedenis</h2>
<p>Het college keurde op 15 januari 2026 het ontwerp van reglement goed en vroeg de GROS om advies. De GROS
bezorgde haar advies op 13 februari 2026. De commissie Welzijn besprak het ontwerp op 8 april 2026.</p>
<h2>Feiten en context</h2>
<p>Het huidige reglement dateert van 2019. In 2025 kende de gemeente op basis daarvan 18.400 euro toe aan negen
organisaties; het budget van 25.000 euro werd dus niet volledig gebruikt.</p>
<h2>Advies</h2>
<p>De GROS gaf een gunstig advies met voorstellen bij zeven artikelen. Het college stelt voor die voorstellen als
volgt te verwerken.</p>
<p><b>Artikel 3 (bedrag):</b> gevolgd. Voor meerjarige projecten met een meerjarenplan wordt het maximum
verhoogd tot 5.000 euro per jaar.</p>
<p><b>Artikel 2 (aanvragers):</b> gevolgd. Ook inwoners die via een organisatie buiten de gemeente werken, kunnen
voortaan een aanvraag indienen, op voorwaarde dat zij zelf in Heistelaar gedomicilieerd zijn.</p>
<p><b>Artikel 5 (beoordeling):</b> niet gevolgd. De beslissing over een subsidie blijft bij het college, dat daar
politiek verantwoordelijk voor is. De GROS krijgt wel inzage in alle aanvragen en kan er een niet-bindend advies
over geven.</p>
<p><b>Artikel 4 (indienrondes):</b> gedeeltelijk gevolgd. Er komt een tweede ronde in september, maar alleen voor
het deel van het budget dat na de eerste ronde nog niet is toegekend.</p>
<p><b>Artikel 8 (noodhulp):</b> gevolgd. Het reglement krijgt een nieuw artikel over noodhulp tot 1.000 euro per
ramp; de volgende artikelen schuiven daardoor één nummer op.</p>
<p><b>Artikel 7 (sensibilisering):</b> het college neemt dit voorstel mee bij de opmaak van het meerjarenplan
2027-2031 en beslist er dan over; in dit reglement wordt er nog niets over opgenomen.</p>
<h2>Juridische grond</h2>
<p>Het Decreet over het lokaal bestuur, artikel 40 en 41, over de bevoegdheden van de gemeenteraad.</p>
<h2>Financiële gevolgen</h2>
<p>Het jaarlijkse budget blijft 25.000 euro en is voorzien onder actie AP-4.2.1 van het meerjarenplan.</p>
<h2>Besluit</h2>
<p>Met 24 stemmen voor en 3 onthoudingen.</p>
<p><b>Artikel 1.</b> De gemeenteraad keurt het subsidiereglement voor Noord-Zuidprojecten goed, zoals opgenomen in
de bijlage bij dit besluit.</p>
<p><b>Artikel 2.</b> Het subsidiereglement van 19 september 2019 wordt opgeheven op 1 juni 2026.</p>
<p><b>Artikel 3.</b> Een afschrift van dit besluit wordt aan de GROS bezorgd.</p>
<p>Namens de gemeenteraad,<br>Wim De Clercq, algemeen directeur &#8211; Kris Van Aerschot, voorzitter</p>
</body></html>"""

if __name__ == "__main__":
    B.soffice_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "GROS Heistelaar - advies GROS/2026/01 - subsidiereglement Noord-Zuidprojecten",
            "pagina {n} van {m}", F["Regular"])
    B.soffice_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Heistelaar - gemeenteraad 23 april 2026 - subsidiereglement "
            "Noord-Zuidprojecten", "pagina {n} van {m}", F["Regular"])
    B.write_expected(NAME, [
        (1, "Laat ook inwoners van Heistelaar subsidie aanvragen die een project",
         "op voorwaarde dat zij zelf in Heistelaar gedomicilieerd zijn", "agrees"),
        (2, "Verhoog het maximum naar 5.000 euro voor projecten die over",
         "wordt het maximum verhoogd tot 5.000 euro per jaar", "agrees"),
        (3, "Voorzie twee indienrondes per jaar, een in maart en een",
         "Er komt een tweede ronde in september, maar alleen", "partly"),
        (4, "Laat de GROS elke aanvraag beoordelen en geef haar advies",
         "De beslissing over een subsidie blijft bij het college", "disagrees"),
        (5, "Reserveer jaarlijks tien procent van het budget voor sensibilisering",
         "neemt dit voorstel mee bij de opmaak van het meerjarenplan", "noted"),
        (6, "Neem een bepaling op waarmee het college bij een ramp",
         "Het reglement krijgt een nieuw artikel over noodhulp", "agrees"),
        (7, "Evalueer het reglement al na twee jaar, samen met de", None, "unanswered"),
    ], ["bezorgde haar advies op 13 februari 2026",
        "kende de gemeente op basis daarvan 18.400 euro toe",
        "over de bevoegdheden van de gemeenteraad",
        "is voorzien onder actie AP-4.2.1 van het meerjarenplan",
        "De gemeenteraad keurt het subsidiereglement voor Noord-Zuidprojecten goed"],
        "Advice: a Flemish municipal development-cooperation council's (GROS) advice on a draft subsidy regulation; "
        "the seven recommendations are UNNUMBERED bare imperatives in the right-hand cells of a ruled three-column "
        "TABLE 'Artikel | Wat het ontwerp zegt | Voorstel van de GROS' keyed by the draft's articles 2-10 (rows for "
        "articles 6 and 9 say 'Geen opmerkingen.'). Traps: the Decreet over het lokaal bestuur and the council's "
        "rules paraphrased with 'moet', findings numbered 1-3 with figures, the 2019 advice quoted as an imperative "
        "('Maak de criteria ... openbaar', carried out), the middle column describing the draft (one cell with "
        "'moeten'), a closing line naming 'de artikelen 4 en 10'. Response: an extract of the gemeenteraad's "
        "minutes; its 'Advies' section answers BY THE DRAFT'S ARTICLE NUMBERS with bold labels 'Artikel N "
        "(subject):' in the order art. 3, 2, 5, 4, 8, 7: 2 agrees (5,000 euro for multi-year projects), 1 agrees "
        "(residents working through an outside organisation may apply), 4 disagrees (the college keeps the "
        "decision, a non-binding opinion only), 3 partly (a September round only for what is left of the budget), "
        "6 agrees (new article on emergency aid), 5 noted (taken into the 2027-2031 multi-year plan, nothing now). "
        "7 (evaluation after two years, art. 10) is never answered. 'Voorgeschiedenis', 'Feiten en context', "
        "'Juridische grond', 'Financiële gevolgen' and the decision's own 'Artikel 1.'-'3.' (numbers that match "
        "draft articles) answer nothing.")
