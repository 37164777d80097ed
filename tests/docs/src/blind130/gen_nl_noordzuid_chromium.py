"""Round 130 (nl): the ADVIES of an (invented) Flemish municipal council for international solidarity (GRIS) on a
draft SUBSIDIEREGLEMENT, its seven recommendations in the right-hand column of a RULED TABLE keyed by ARTICLE
('Artikel | Wat we vaststellen | Ons advies'), ten rows of which three say 'Geen opmerkingen.' or welcome the
article; answered by the schepen's LETTER naming them by ORDINAL ('Uw eerste advies', 'Het derde en het vijfde
advies') in another order.

Advice (Chromium --print-to-pdf, 2-3 p., orange-brown headings, stamped head from p. 2, 'pagina n/m'): the
Decreet over het lokaal bestuur paraphrased with 'moet' (trap), the raad's questions numbered 1-3 (trap), its 2022
advice quoted (trap), findings in the middle column, a closing line naming 'de adviezen bij de artikelen 4 en 6'
(trap). Response (Chromium, 2 p.): 1 agrees, 4 disagrees, 2 partly, '3 en 5' in one paragraph (both agree), 6 noted;
7 unanswered; 'Artikel 9', 'Budget 2026' and the answers to the questions answer nothing. All bodies, places, people,
figures and reference numbers invented; the Decreet over het lokaal bestuur is named as context only.

Run: /tmp/blind130nl/bin/python tests/docs/src/blind130/gen_nl_noordzuid_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b130nl as B  # noqa: E402

NAME = "blind130_nl_noordzuid"
F = B.tmp_fonts()
SANS = "B130NL Sans"
BROWN = "#9a4a12"
PALE = "#fbefe4"

CSS = f"""<style>
@page {{ size: A4; margin: 2cm 2cm 1.8cm 2cm; }}
body {{ font-family: '{SANS}'; font-size: 9.5pt; line-height: 1.45; margin: 0; }}
p {{ margin: 0 0 0.2cm 0; }}
h1 {{ font-size: 16pt; color: {BROWN}; margin: 0 0 0.1cm 0; }}
h2 {{ font-size: 11pt; color: {BROWN}; margin: 0.35cm 0 0.1cm 0; break-after: avoid; }}
ol {{ margin: 0 0 0.2cm 0; padding-left: 0.7cm; }}
table.adv {{ border-collapse: collapse; width: 100%; margin: 0.1cm 0 0.3cm 0; }}
table.adv th {{ background: {BROWN}; color: white; text-align: left; font-size: 8.8pt; padding: 0.1cm 0.15cm; }}
table.adv td {{ border: 1px solid #d9b89c; vertical-align: top; padding: 0.1cm 0.15cm; font-size: 8.8pt; }}
table.adv td.a {{ background: {PALE}; }}
table.adv tr {{ break-inside: avoid; }}
.small {{ font-size: 8.3pt; color: #555; }}
.q {{ font-style: italic; margin: 0.1cm 0.8cm 0.2cm 0.8cm; color: #333; }}
.logo {{ font-size: 8.5pt; font-weight: bold; color: {BROWN}; letter-spacing: 0.05em; }}
</style>"""

ROWS = [
    ("Art. 1 - Doel", "Het reglement ondersteunt projecten die de levensomstandigheden in het Zuiden duurzaam "
     "verbeteren.", "Geen opmerkingen."),
    ("Art. 2 - Wie kan aanvragen", "Alleen verenigingen met maatschappelijke zetel in Kortelare komen in aanmerking. "
     "Twee van de vijf groepen die in 2025 een project indienden, zouden daardoor uit de boot vallen.",
     "Sta ook aanvragen toe van organisaties zonder zetel in Kortelare, als minstens drie actieve leden in de "
     "gemeente wonen."),
    ("Art. 3 - Projectvoorwaarden", "De voorwaarden (partner ter plaatse, looptijd van maximaal drie jaar) zijn "
     "helder.", "Geen opmerkingen."),
    ("Art. 4 - Bedrag", "Het maximumbedrag blijft 2.500 euro per project, hetzelfde bedrag als in 2015.",
     "Verhoog het maximumbedrag per project van 2.500 naar 4.000 euro."),
    ("Art. 5 - Indienen", "Er is één indiendatum per jaar, 1 maart. Groepen die in de zomer een partner bezoeken, "
     "moeten dan bijna een jaar wachten.",
     "Voeg een tweede indienmoment toe in het najaar, naast de bestaande datum van 1 maart."),
    ("Art. 6 - Beoordeling", "Het college beslist na een administratieve controle door de dienst. De GRIS wordt "
     "niet gehoord.",
     "Laat de GRIS elke aanvraag inhoudelijk beoordelen en een bindend advies geven aan het college."),
    ("Art. 7 - Uitbetaling", "De volledige subsidie wordt pas uitbetaald na het eindverslag. Kleine groepen moeten "
     "de kosten zo lang voorschieten.",
     "Betaal 80 procent van de subsidie uit bij de toekenning en het saldo na goedkeuring van het eindverslag."),
    ("Art. 8 - Verantwoording", "Elke aanvrager moet een financieel eindverslag met alle bewijsstukken indienen, "
     "ook bij de kleinste bedragen.",
     "Vervang het financieel eindverslag voor projecten onder 1.000 euro door een eenvoudige verklaring op eer."),
    ("Art. 9 - Sensibilisering", "Nieuw artikel: elk project organiseert minstens één activiteit in Kortelare.",
     "De raad verwelkomt dit nieuwe artikel."),
    ("Art. 10 - Slotbepalingen", "Het reglement geldt voor onbepaalde duur.",
     "Evalueer het reglement na twee jaar samen met de GRIS en de aanvragers."),
]

rows = "\n".join(f'<tr><td><b>{a}</b></td><td>{v}</td><td class="a">{r}</td></tr>' for a, v, r in ROWS)

ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Advies GRIS subsidiereglement
</title>{CSS}</head><body>
<p class="logo">GRIS KORTELARE - Gemeentelijke Raad voor Internationale Samenwerking</p>
<h1>Advies over het ontwerp van subsidiereglement voor projecten van internationale solidariteit</h1>
<p class="small">Advies 2026/02 - goedgekeurd op de algemene vergadering van 10 maart 2026 (14 stemgerechtigde
leden aanwezig, unaniem) - aan het college van burgemeester en schepenen van Kortelare</p>

<h2>1. Adviesvraag</h2>
<p>Op 5 februari 2026 vroeg schepen Vanderhaeghen de GRIS om advies over het ontwerp van een vernieuwd
subsidiereglement voor projecten van internationale solidariteit. Volgens het Decreet over het lokaal bestuur moet de
gemeenteraad een subsidiereglement vaststellen; de adviesraad geeft daarover vooraf zijn mening. Het college stelde
de raad drie vragen:</p>
<ol>
<li>Is het reglement duidelijk genoeg voor kleine vrijwilligersgroepen?</li>
<li>Zijn de bedragen nog in verhouding tot de kosten van een project?</li>
<li>Hoe kan de band tussen de projecten en de inwoners van Kortelare sterker worden?</li>
</ol>
<p>De raad beantwoordt die vragen hieronder artikel per artikel, en vat het antwoord in hoofdstuk 3 samen.</p>

<h2>2. Bespreking per artikel</h2>
<table class="adv">
<tr><th style="width:20%">Artikel</th><th style="width:42%">Wat we vaststellen</th><th style="width:38%">Ons advies</th></tr>
{rows}
</table>

<h2>3. Antwoord op de vragen van het college</h2>
<p>Op de eerste vraag: het reglement is grotendeels duidelijk, maar de verantwoording (artikel 8) schrikt kleine
groepen af. Op de tweede vraag: de bedragen zijn sinds 2015 niet aangepast; de prijzen van vliegtickets, bouwmaterialen
en transport ter plaatse zijn sindsdien met een derde gestegen. Op de derde vraag: het nieuwe artikel 9 is een goede
stap; de raad wil zelf helpen om de sensibiliseringsactiviteiten bekend te maken.</p>
<p>In zijn advies over het vorige reglement, in 2022, schreef de raad al:</p>
<p class="q">'Zorg ervoor dat ook kleine groepen zonder boekhouder een aanvraag kunnen indienen.'</p>
<p>Die vraag blijft vandaag even actueel.</p>

<h2>4. Besluit</h2>
<p>De GRIS geeft een gunstig advies over het ontwerp, op voorwaarde dat rekening wordt gehouden met de adviezen in
de tabel. De raad hecht het meeste belang aan de adviezen bij de artikelen 4 en 6.</p>
<p>Voor de GRIS,<br>Amina El Khatib, voorzitter<br>Jef Roelandts, secretaris</p>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Antwoord advies GRIS</title>{CSS}
</head><body>
<p class="logo">GEMEENTE KORTELARE</p>
<p class="small">Schepen van Internationale Samenwerking en Welzijn<br>Markt 1, 8790 Kortelare</p>
<p class="small">Aan de Gemeentelijke Raad voor Internationale Samenwerking<br>t.a.v. mevrouw Amina El Khatib,
voorzitter<br>Kortelare, 21 april 2026<br>Ons kenmerk: WZ/IS/2026/047</p>
<h2>Antwoord op uw advies 2026/02 over het subsidiereglement</h2>
<p>Beste Amina,</p>
<p>Dank aan de GRIS voor het grondige advies over het nieuwe subsidiereglement. Het college heeft het op 14 april
besproken. Hieronder lees je wat we met jullie adviezen doen. Het aangepaste reglement gaat op 28 mei naar de
gemeenteraad.</p>
<p>Uw eerste advies nemen we over. Ook een vereniging zonder zetel in onze gemeente kan voortaan een aanvraag
indienen, als minstens drie leden er gedomicilieerd zijn en actief meewerken aan het project.</p>
<p>Over het vierde advies hebben we lang gediscussieerd. De beslissing over een subsidie is een bevoegdheid van het
college en dat willen we zo houden. De GRIS wordt wel gehoord, maar zijn advies blijft niet-bindend.</p>
<p>Het tweede advies volgen we gedeeltelijk. Het maximumbedrag per project gaat naar 3.000 euro. Een verhoging tot
4.000 euro zou betekenen dat we elk jaar twee projecten minder kunnen steunen.</p>
<p>Het derde en het vijfde advies maken het reglement werkbaarder voor kleine groepen. Er komt een tweede
indiendatum op 1 oktober. En voortaan wordt 80 procent van het bedrag betaald zodra het college de subsidie
toekent; de rest volgt na het eindverslag.</p>
<p>Wat het zesde advies betreft: we hebben de financieel directeur gevraagd te bekijken of een verklaring op eer
volstaat voor de auditregels. Zijn antwoord verwachten we in het najaar, en we houden jullie op de hoogte.</p>
<p>Artikel 9 over sensibilisering blijft ongewijzigd. De dienst communicatie zet de activiteiten van de projecten
voortaan ook in de gemeentelijke nieuwsbrief.</p>
<p><b>Budget 2026.</b> In het meerjarenplan is voor 2026 18.000 euro voorzien voor projecten van internationale
solidariteit, 2.000 euro meer dan in 2025. Vorig jaar werden zes projecten gesteund, samen goed voor 14.350 euro.</p>
<p>Tot slot nog dit: de vragen die het college jullie stelde, zijn met hoofdstuk 3 van het advies goed beantwoord. We
nemen die antwoorden mee in de toelichting bij het reglement.</p>
<p>Met vriendelijke groeten,</p>
<p>Tine Vanderhaeghen<br>schepen van Internationale Samenwerking en Welzijn</p>
</body></html>"""


def expected():
    recs = [
        (1, "Sta ook aanvragen toe van organisaties zonder zetel in Kortelare,",
         "als minstens drie leden er gedomicilieerd zijn", "agrees"),
        (2, "Verhoog het maximumbedrag per project van 2.500 naar 4.000 euro",
         "Het maximumbedrag per project gaat naar 3.000 euro", "partly"),
        (3, "Voeg een tweede indienmoment toe in het najaar, naast de",
         "Er komt een tweede indiendatum op 1 oktober", "agrees"),
        (4, "Laat de GRIS elke aanvraag inhoudelijk beoordelen en een bindend advies",
         "maar zijn advies blijft niet-bindend", "disagrees"),
        (5, "Betaal 80 procent van de subsidie uit bij de toekenning",
         "zodra het college de subsidie toekent; de rest volgt", "agrees"),
        (6, "Vervang het financieel eindverslag voor projecten onder 1.000 euro door",
         "gevraagd te bekijken of een verklaring op eer volstaat", "noted"),
        (7, "Evalueer het reglement na twee jaar samen met de GRIS", None, "unanswered"),
    ]
    unmatched = ["Artikel 9 over sensibilisering blijft ongewijzigd",
                 "In het meerjarenplan is voor 2026 18.000 euro voorzien",
                 "zijn met hoofdstuk 3 van het advies goed beantwoord"]
    notes = ("Advice: the ADVIES of an invented Flemish municipal council for international solidarity (GRIS) on a "
             "draft subsidy regulation (Chromium, 2 p.); the seven recommendations are the right-hand cells 'Ons "
             "advies' of a RULED TABLE keyed by ARTICLE (ten rows, 'Artikel | Wat we vaststellen | Ons advies'); "
             "articles 1 and 3 say 'Geen opmerkingen.' and article 9 'De raad verwelkomt dit nieuwe artikel.' (no "
             "recommendations). Traps: the Decreet over het lokaal bestuur paraphrased with 'moet', the college's "
             "three questions numbered 1-3 and the council's answers to them, the 2022 advice quoted as an "
             "imperative ('Zorg ervoor dat ...'), the conditional favourable verdict ('gunstig advies ... op "
             "voorwaarde'), a closing line naming 'de adviezen bij de artikelen 4 en 6'. Response: the schepen's "
             "LETTER naming the recommendations by ORDINAL (counting only the seven, not the rows or articles) in "
             "the order first (agrees: members domiciled), fourth (disagrees: the advice stays non-binding), second "
             "(partly: 3.000 instead of 4.000 euro), third and fifth in ONE paragraph (both agree: 1 October, 80 "
             "procent at award), sixth (noted: financial director asked, answer in the autumn). The seventh "
             "(evaluation after two years) is never answered: unanswered. The paragraph on 'Artikel 9', 'Budget "
             "2026' (figures) and the closing on the college's questions answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "GRIS Kortelare - advies 2026/02 - subsidiereglement internationale solidariteit",
            "pagina {n}/{m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Kortelare - WZ/IS/2026/047", "{n}/{m}", F["Regular"])
    expected()
