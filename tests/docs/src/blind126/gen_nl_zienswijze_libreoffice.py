"""Round 126 (nl): a GEMEENTERAAD's ZIENSWIJZE on the draft budget of a GEMEENSCHAPPELIJKE REGELING (an
omgevingsdienst), sent as the raad's letter to the dagelijks bestuur; its seven points are a LETTERED LIST a.-g. after
'De raad verzoekt het dagelijks bestuur:'; answered by the dagelijks bestuur's NOTA VAN ZIENSWIJZEN to the algemeen
bestuur: a ruled table 'Nr. | Gemeente | Zienswijze (samengevat) | Reactie dagelijks bestuur' whose rows the DB
numbered 1-10 itself, holding the points of FOUR member gemeenten, this raad's among them (one row 'b en e'), then a
numbered 'Voorstel aan het algemeen bestuur'.

Advice (LibreOffice headless from HTML, sans, 2 p., green headings, stamped head from p. 2, 'pagina n/m'): the Wet
gemeenschappelijke regelingen paraphrased with 'moet' (trap), a figures table of the gemeente's contribution (trap),
numbered 'Overwegingen' 1.-3. (trap), last year's zienswijze quoted as an imperative (trap), a closing line naming
'de onderdelen b en e' (trap). Response (LibreOffice, 2 p.): introduction and overview of the zienswijzen (nothing);
table rows for Wolderveen in the order a, b+e (one row), c, d, g among rows of Kaaskerk, Hoogmade-Vliet and
Stolwijkerbroek (nothing); 'Voorstel' 1.-3. (nothing); f never answered. Verdicts: a partly, b agrees, c disagrees,
d noted, e agrees, f unanswered, g agrees. All bodies, places, people, figures and reference numbers invented; the
Wet gemeenschappelijke regelingen and the Omgevingswet are named as context only.

Run: /tmp/blind126nl/bin/python tests/docs/src/blind126/gen_nl_zienswijze_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b126nl as B  # noqa: E402

NAME = "blind126_nl_zienswijze"
F = B.tmp_fonts()
SANS = "B126NL Sans"
GREEN = "#2f6b35"

CSS = f"""<style>
@page {{ size: 21cm 29.7cm; margin: 2cm 2.2cm 1.9cm 2.2cm; }}
body {{ font-family: '{SANS}'; font-size: 9.6pt; line-height: 140%; }}
p {{ margin-top: 0; margin-bottom: 0.2cm; }}
h1 {{ font-family: '{SANS}'; font-size: 16pt; color: {GREEN}; margin-bottom: 0.1cm; }}
h2 {{ font-family: '{SANS}'; font-size: 11pt; color: {GREEN}; margin-top: 0.3cm; margin-bottom: 0.08cm; }}
td, th {{ font-family: '{SANS}'; font-size: 8.5pt; vertical-align: top; }}
th {{ text-align: left; }}
.small {{ font-size: 8.2pt; color: #555555; }}
p.q {{ font-style: italic; margin-left: 0.8cm; margin-right: 0.8cm; }}
li {{ margin-bottom: 0.12cm; }}
</style>"""

POINTS = [
    "de indexatie van de gemeentelijke bijdragen in 2027 te beperken tot 2,8 procent, zoals afgesproken in de "
    "regionale kaderbrief, in plaats van de voorgestelde 4,1 procent;",
    "in de begroting een meerjarig overzicht op te nemen van de achterstand in de behandeling van vergunningaanvragen "
    "en van de maatregelen om die achterstand weg te werken;",
    "de algemene reserve te verlagen tot ten hoogste 5 procent van de omzet en het meerdere terug te betalen aan de "
    "deelnemende gemeenten;",
    "voor de bodemtaken die sinds de Omgevingswet bij de gemeenten liggen, per gemeente een aparte "
    "prestatieafspraak op te stellen;",
    "twee keer per jaar per gemeente te rapporteren over het aantal uitgevoerde controles en het aantal "
    "handhavingsverzoeken;",
    "de kosten van het nieuwe zaaksysteem over de gemeenten te verdelen naar het aantal producten dat zij afnemen, "
    "en niet in gelijke delen;",
    "de gemeenteraden jaarlijks in een regionale raadsbijeenkomst te betrekken bij de koers en de prioriteiten van "
    "de omgevingsdienst.",
]

ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Zienswijze ontwerpbegroting 2027
</title>{CSS}</head><body>
<p class="small">GEMEENTERAAD WOLDERVEEN - griffie</p>
<h1>Zienswijze ontwerpbegroting 2027</h1>
<p class="small">Omgevingsdienst Midden-Vliet</p>
<table cellpadding="2" cellspacing="0">
<tr><td width="110"><b>Aan</b></td><td>het dagelijks bestuur van de Omgevingsdienst Midden-Vliet</td></tr>
<tr><td><b>Datum</b></td><td>3 juli 2026</td></tr>
<tr><td><b>Ons kenmerk</b></td><td>RG/2026/0457</td></tr>
<tr><td><b>Onderwerp</b></td><td>zienswijze op de ontwerpbegroting 2027 en de meerjarenraming 2028-2030</td></tr>
</table>
<p></p>
<p>Geacht bestuur,</p>
<p>Op 16 april 2026 ontvingen wij de ontwerpbegroting 2027 van de Omgevingsdienst Midden-Vliet. Volgens de Wet
gemeenschappelijke regelingen moet het dagelijks bestuur de ontwerpbegroting acht weken voordat zij aan het
algemeen bestuur wordt aangeboden, toezenden aan de raden van de deelnemende gemeenten, en moet het algemeen bestuur
de zienswijzen van de raden bij de vaststelling betrekken. De raad van Wolderveen heeft de ontwerpbegroting op
1 juli 2026 besproken en maakt met deze brief zijn zienswijze kenbaar.</p>

<h2>Financiële gevolgen voor Wolderveen</h2>
<table width="100%" border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse">
<tr><th></th><th>Begroting 2026</th><th>Ontwerpbegroting 2027</th><th>Verschil</th></tr>
<tr><td>Bijdrage basistaken</td><td>1.284.000</td><td>1.342.600</td><td>+ 58.600</td></tr>
<tr><td>Bijdrage plustaken</td><td>412.000</td><td>431.500</td><td>+ 19.500</td></tr>
<tr><td>Aandeel zaaksysteem</td><td>-</td><td>46.000</td><td>+ 46.000</td></tr>
<tr><td>Totaal (euro)</td><td>1.696.000</td><td>1.820.100</td><td>+ 124.100</td></tr>
</table>
<p></p>

<h2>Overwegingen</h2>
<p>De raad heeft bij de bespreking het volgende overwogen:</p>
<ol>
<li>De omgevingsdienst voert zijn taken goed uit; de tevredenheid van aanvragers steeg in 2025 naar een 7,4.</li>
<li>De bijdrage van Wolderveen stijgt met ruim 7 procent, terwijl de gemeentelijke begroting 2027 een tekort laat
zien.</li>
<li>Over de achterstand in vergunningaanvragen, die eind 2025 op 640 aanvragen stond, geeft de ontwerpbegroting
weinig informatie.</li>
</ol>
<p>In zijn zienswijze op de begroting 2026 schreef de raad al: <i>'Houd de stijging van de bijdragen binnen de
afspraken van de kaderbrief.'</i> Die stijging bleef toen binnen de kaderbrief, maar voor 2027 is dat niet meer
zo.</p>

<h2>Zienswijze</h2>
<p>De raad kan instemmen met de hoofdlijnen van de ontwerpbegroting 2027, maar verzoekt het dagelijks bestuur:</p>
<ol type="a">
{''.join(f'<li>{p}</li>' for p in POINTS)}
</ol>
<p>De raad vraagt u in uw reactie in het bijzonder in te gaan op de onderdelen b en e, omdat die voor de raad
nodig zijn om zijn controlerende rol te kunnen vervullen. Wij ontvangen uw reactie graag voor de vergadering van
het algemeen bestuur van 9 juli 2026.</p>
<p>Met vriendelijke groet,<br/>de raad van de gemeente Wolderveen,</p>
<p>de griffier, mr. H.J. Bosveld - de voorzitter, A.M. de Wit-Kramer</p>
</body></html>"""

ROWS = [
    ("1", "Kaaskerk", "Vraagt om een lagere bijdrage voor kleine gemeenten met weinig vergunningaanvragen.",
     "Het dagelijks bestuur houdt vast aan de verdeelsleutel uit de regeling; die wordt in 2028 geëvalueerd."),
    ("2", "Hoogmade-Vliet", "Stemt in met de ontwerpbegroting zonder opmerkingen.", "Voor kennisgeving aangenomen."),
    ("3", "Wolderveen", "Indexatie 2027 beperken tot 2,8 procent (kaderbrief) in plaats van 4,1 procent.",
     "De loonstijging uit de nieuwe cao laat 2,8 procent niet toe. Het dagelijks bestuur stelt voor de indexatie "
     "te verlagen naar 3,4 procent door een taakstelling op de overhead van 180.000 euro."),
    ("4", "Wolderveen", "(b) Meerjarig overzicht van de achterstand in vergunningaanvragen; (e) twee keer per jaar "
     "rapporteren per gemeente over controles en handhavingsverzoeken.",
     "Het meerjarenoverzicht van de achterstand met een afbouwplan wordt als nieuwe paragraaf aan de begroting 2027 "
     "toegevoegd. Ook de halfjaarlijkse rapportage per gemeente over controles en handhavingsverzoeken zeggen wij "
     "toe, voor het eerst in september 2027."),
    ("5", "Stolwijkerbroek", "Vraagt de dienst meer capaciteit in te zetten op asbesttoezicht.",
     "Wordt opgenomen in het uitvoeringsprogramma 2027; geen gevolgen voor de begroting."),
    ("6", "Wolderveen", "Algemene reserve verlagen tot ten hoogste 5 procent van de omzet en het meerdere "
     "terugbetalen.",
     "Niet overnemen. De risicoanalyse vraagt een weerstandsvermogen van 8 procent; bij een lagere reserve moeten "
     "de gemeenten tegenvallers direct zelf opvangen."),
    ("7", "Kaaskerk", "Vraagt de begroting voortaan ook digitaal in een open formaat te publiceren.",
     "Wordt uitgevoerd vanaf de jaarrekening 2026."),
    ("8", "Wolderveen", "Aparte prestatieafspraak per gemeente voor de bodemtaken.",
     "Het dagelijks bestuur neemt dit punt mee in de evaluatie van de dienstverleningsovereenkomsten in 2027 en "
     "komt daar dan op terug."),
    ("9", "Wolderveen", "Raden jaarlijks betrekken via een regionale raadsbijeenkomst.",
     "Overnemen: in maart 2027 organiseert de dienst de eerste regionale raadsbijeenkomst, en daarna elk jaar."),
    ("10", "Stolwijkerbroek", "Vraagt om een toelichting op de stijging van de huisvestingskosten.",
     "De huur van het kantoor aan de Molenkade is per 1 januari 2027 met 6 procent geïndexeerd; zie paragraaf 4.2."),
]

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Nota van zienswijzen</title>{CSS}
</head><body>
<p class="small">OMGEVINGSDIENST MIDDEN-VLIET - dagelijks bestuur</p>
<h1>Nota van zienswijzen ontwerpbegroting 2027</h1>
<p class="small">Bijlage bij agendapunt 5 van het algemeen bestuur, 9 juli 2026 - kenmerk ODMV/DB/2026-061</p>

<h2>1. Inleiding</h2>
<p>Het dagelijks bestuur heeft de ontwerpbegroting 2027 op 14 april 2026 aan de raden van de vier deelnemende
gemeenten gezonden. Alle vier raden hebben een zienswijze ingediend: Kaaskerk op 24 juni, Hoogmade-Vliet op 25 juni,
Stolwijkerbroek op 30 juni en Wolderveen op 3 juli. Wij danken de raden voor hun betrokkenheid.</p>
<p>In de tabel hieronder zijn de zienswijzen per onderdeel samengevat, met de reactie van het dagelijks bestuur.
De nummering is van het dagelijks bestuur.</p>

<h2>2. Zienswijzen en reactie</h2>
<table width="100%" border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse">
<tr><th width="6%">Nr.</th><th width="15%">Gemeente</th><th width="34%">Zienswijze (samengevat)</th>
<th width="45%">Reactie dagelijks bestuur</th></tr>
{''.join(f'<tr valign="top"><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>' for a, b, c, d in ROWS)}
</table>
<p></p>

<h2>3. Voorstel aan het algemeen bestuur</h2>
<p>Het dagelijks bestuur stelt het algemeen bestuur voor:</p>
<ol>
<li>kennis te nemen van de zienswijzen van de vier raden en van deze reactie;</li>
<li>de begroting 2027 vast te stellen met een indexatie van 3,4 procent en een taakstelling op de overhead van
180.000 euro;</li>
<li>de raden binnen twee weken na de vergadering te informeren over het besluit.</li>
</ol>
<p>Namens het dagelijks bestuur,<br/>ir. K.L. Mulder, voorzitter - drs. E. Tjalma, directeur</p>
</body></html>"""


def expected():
    recs = [
        (1, "de indexatie van de gemeentelijke bijdragen in 2027 te beperken",
         "De loonstijging uit de nieuwe cao laat 2,8 procent niet toe", "partly"),
        (2, "in de begroting een meerjarig overzicht op te nemen van de",
         "wordt als nieuwe paragraaf aan de begroting 2027 toegevoegd", "agrees"),
        (3, "de algemene reserve te verlagen tot ten hoogste 5 procent",
         "De risicoanalyse vraagt een weerstandsvermogen van 8 procent", "disagrees"),
        (4, "voor de bodemtaken die sinds de Omgevingswet bij de gemeenten liggen",
         "evaluatie van de dienstverleningsovereenkomsten in 2027 en komt daar dan op terug", "noted"),
        (5, "twee keer per jaar per gemeente te rapporteren over het",
         "zeggen wij toe, voor het eerst in september 2027", "agrees"),
        (6, "de kosten van het nieuwe zaaksysteem over de gemeenten te verdelen", None, "unanswered"),
        (7, "de gemeenteraden jaarlijks in een regionale raadsbijeenkomst te betrekken bij",
         "organiseert de dienst de eerste regionale raadsbijeenkomst", "agrees"),
    ]
    unmatched = ["houdt vast aan de verdeelsleutel uit de regeling",
                 "Stemt in met de ontwerpbegroting zonder opmerkingen",
                 "Wordt opgenomen in het uitvoeringsprogramma 2027",
                 "Wordt uitgevoerd vanaf de jaarrekening 2026",
                 "De huur van het kantoor aan de Molenkade",
                 "kennis te nemen van de zienswijzen van de vier raden"]
    notes = ("Advice: a gemeenteraad's ZIENSWIJZE on the draft 2027 budget of an omgevingsdienst (a gemeenschappelijke "
             "regeling), sent as the raad's letter to the dagelijks bestuur (LibreOffice from HTML, 2 p.); the seven "
             "points are a LETTERED LIST a.-g. of infinitive clauses ('... te beperken ...;') after 'De raad "
             "verzoekt het dagelijks bestuur:'. Traps: the Wet gemeenschappelijke regelingen paraphrased with "
             "'moet', a contribution figures table, numbered 'Overwegingen' 1.-3., last year's zienswijze quoted "
             "as an imperative ('Houd de stijging ...'), a closing line naming 'de onderdelen b en e'. Response: "
             "the dagelijks bestuur's NOTA VAN ZIENSWIJZEN to the algemeen bestuur, a ruled table 'Nr. | Gemeente "
             "| Zienswijze (samengevat) | Reactie dagelijks bestuur' numbered 1-10 by the DB, with the points of "
             "four gemeenten: rows 3, 4, 6, 8, 9 are Wolderveen's (the advice's), rows 1, 2, 5, 7, 10 are other "
             "gemeenten' (answer nothing here). Row 3 = a partly (3.4 instead of 4.1, not 2.8); row 4 = ONE row for "
             "b and e: b agrees (backlog overview added as a budget paragraph), e agrees (half-yearly report per "
             "gemeente from September 2027); row 6 = c disagrees (reserve stays at 8 per cent); row 8 = d noted "
             "(taken into the 2027 evaluation, to come back to it); row 9 = g agrees (first regional council "
             "meeting March 2027); the introduction and the 'Voorstel aan het algemeen bestuur' 1.-3. answer "
             "nothing; f (cost split of the case system) never answered: unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.soffice_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Gemeenteraad Wolderveen - zienswijze ontwerpbegroting 2027 Omgevingsdienst "
            "Midden-Vliet - RG/2026/0457", "pagina {n}/{m}", F["Regular"])
    B.soffice_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Omgevingsdienst Midden-Vliet - nota van zienswijzen ontwerpbegroting 2027",
            "{n}", F["Regular"])
    expected()
