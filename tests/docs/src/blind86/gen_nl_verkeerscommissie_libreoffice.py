"""Round 86 (nl, Dutch): the ADVIES of a municipal VERKEERSCOMMISSIE (gemeente, politie, Veilig Verkeer Nederland
and the fietsers' and residents' representatives) on the college's concept-SNELHEIDSPLAN (30 km/u as the norm
inside the built-up area), answered by the RAADSVOORSTEL for the plan, whose section 'Advies Verkeerscommissie'
replies to it.

Advice: (invented) Verkeerscommissie gemeente Wolderwijk, 'Advies concept-Snelheidsplan Wolderwijk 30', VC-2026-05
(2 p., sans, a letterhead table, a framed 'Samenvatting' box, decimal section numbers 1-4 with findings 3.1-3.4;
head and 'n / m' stamped); the seven recommendations are the ROWS 4.1-4.7 of a ruled table 'Nr. | Advies |
Termijn'; traps: findings 3.1-3.4 numbered like the recommendations, the RVV 1990 ('moet ... worden
aangegeven'), the commissie's 2020 advice quoted ('Maak van de Dorpsstraat een fietsstraat.'), 'zou ... moeten',
a counts table with dates.
Response: raadsvoorstel 'Vaststellen Snelheidsplan Wolderwijk 30' (2 p., serif), with a section 'Advies
Verkeerscommissie' citing '(advies 4.N)', order 4.5, 4.2+4.6, 4.1, 4.7, 4.4: 'Inleiding' (nothing); 4.5 agrees;
ONE paragraph = 4.2 disagrees (drempels stay) + 4.6 agrees (wijkavonden); 4.1 partly (four of seven roads); 4.7
disagrees (no fixed budget); 4.4 noted (raised with the provincie); 'Financiële gevolgen' and 'Beslispunten'
(nothing); 4.3 (a yearly handhavingsplan) unanswered.
Engine: LibreOffice Writer headless from HTML; header and page numbers stamped with PyMuPDF; ligature-free fonts
from tmp_fonts() under /tmp/b86nl_fonts.

The RVV 1990 and the national move to 30 km/u are real, but what the documents say of them is not to be relied on;
Wolderwijk, its roads, the commissie, people, figures and dates are invented.

Run: /tmp/blind86nl/bin/python tests/docs/src/blind86/gen_nl_verkeerscommissie_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b86nl as B  # noqa: E402

NAME = "blind86_nl_verkeerscommissie"
SANS = B.tmp_fonts()
SERIF = B.tmp_fonts("B86NL Serif", B.SERIF_FILES)


def head(fam, accent):
    return """<html><head><meta charset="utf-8"><style>
@page { size: 21cm 29.7cm; margin: 2.0cm 2.0cm 1.9cm 2.2cm; }
body { font-family: '%(f)s'; font-size: 10pt; }
p { margin-top: 0; margin-bottom: 0.2cm; line-height: 130%%; }
h1 { font-family: '%(f)s'; font-size: 15pt; color: %(a)s; margin-bottom: 0.1cm; }
h2 { font-family: '%(f)s'; font-size: 10.8pt; color: %(a)s; margin-top: 0.3cm; margin-bottom: 0.1cm; }
td { font-family: '%(f)s'; font-size: 9.8pt; vertical-align: top; }
th { font-family: '%(f)s'; font-size: 8.8pt; text-align: left; }
.small { font-size: 7.8pt; color: #555555; }
</style></head><body>""" % {"f": fam, "a": accent}


RECS_TEXT = [
    ("4.1", "Voer 30 km/u in op alle zeven gebiedsontsluitingswegen binnen de bebouwde kom, met uitzondering van de "
            "Rondweg.", "2027"),
    ("4.2", "Vervang de drempels op de busroutes door snelheidsremmers die voor bussen geschikt zijn, zoals "
            "asverspringingen.", "2027"),
    ("4.3", "Stel samen met de politie een jaarlijks handhavingsplan op met vaste controlelocaties.", "2026"),
    ("4.4", "Vraag de provincie de maximumsnelheid op de N731 tussen beide rotondes te verlagen naar 50 km/u.",
     "2026"),
    ("4.5", "Richt de omgeving van alle zes basisscholen in als herkenbare schoolzone met rode markering en "
            "borden.", "2026"),
    ("4.6", "Informeer bewoners per wijk op een inloopavond voordat een weg wordt heringericht.", "doorlopend"),
    ("4.7", "Reserveer in de begroting een vast bedrag van 250.000 euro per jaar voor kleine snelle "
            "aanpassingen.", "2027"),
]


def advice():
    h = head("B86NL Sans", "#b03a1e") + """
<table width="100%" cellpadding="4" cellspacing="0" bgcolor="#f6e3dd"><tr>
<td width="60%"><font color="#b03a1e" size="4"><b>Verkeerscommissie Wolderwijk</b></font><br>
<span class="small">gemeente &middot; politie basisteam Wolder &middot; Veilig Verkeer Nederland &middot;
Fietsersbond &middot; Dorpsraad Oosthoek</span></td>
<td width="40%"><span class="small">Kenmerk: VC-2026-05<br>Datum: 5 maart 2026<br>Aan: college van burgemeester en
wethouders</span></td></tr></table>
<h1>Advies concept-Snelheidsplan Wolderwijk 30</h1>
<table width="100%" cellpadding="6" cellspacing="0" border="1" bordercolor="#b03a1e"><tr><td>
<b>Samenvatting.</b> De commissie steunt de keuze voor 30 km/u als norm binnen de bebouwde kom. Zij vindt wel dat het
plan te weinig zegt over handhaving, over de busroutes en over de manier waarop bewoners worden betrokken. In
hoofdstuk 4 staan haar adviezen.</td></tr></table>
<h2>1. Aanleiding</h2>
<p>Het college heeft de commissie op 15 januari 2026 gevraagd te adviseren over het concept-Snelheidsplan. Het plan
wil de maximumsnelheid binnen de bebouwde kom in drie fasen verlagen naar 30 km/u. De commissie besprak het plan op
12 en 26 februari 2026.</p>
<p>De commissie adviseert het college gevraagd en ongevraagd over verkeersveiligheid, parkeren en bereikbaarheid. Zij
vergadert zes keer per jaar. Bij de bespreking van het plan waren ook de verkeerskundige van de gemeente en een
vertegenwoordiger van het busbedrijf aanwezig.</p>
<h2>2. Eerder advies</h2>
<p>In 2020 adviseerde de commissie over de reconstructie van het centrum:</p>
<p><i>'Maak van de Dorpsstraat een fietsstraat.'</i></p>
<p>Dat is in 2022 gebeurd. Het aantal fietsers in de Dorpsstraat is sindsdien met een kwart gestegen.</p>
<h2>3. Bevindingen</h2>
<table width="100%" cellpadding="2" cellspacing="0"><tr><td width="7%"><b>3.1</b></td><td width="93%">Volgens het
RVV 1990 moet een zone met een maximumsnelheid van 30 km/u met borden worden aangegeven; de weginrichting moet daarbij
passen.</td></tr>
<tr><td><b>3.2</b></td><td>Op de busroutes liggen nu negen drempels. Het busbedrijf zou die volgens de commissie niet
langer moeten accepteren.</td></tr>
<tr><td><b>3.3</b></td><td>De politie heeft in 2025 slechts vier snelheidscontroles gehouden.</td></tr>
<tr><td><b>3.4</b></td><td>Bij de basisscholen is de inrichting zeer wisselend: bij twee scholen is een
schoolzone met rode markering aangelegd, bij vier andere niet.</td></tr>
<tr><td><b>3.5</b></td><td>Het concept gaat uit van drie fasen tot 2031 en een evaluatie in 2029. Hoe bewoners bij de
herinrichting van hun straat worden betrokken, staat er niet in.</td></tr></table>
<p>De commissie heeft de meetgegevens van de gemeente en de ongevalscijfers van de afgelopen vijf jaar bekeken. Op de
wegen waar al 30 km/u geldt, daalde het aantal letselongevallen met ongeveer een derde. Op de wegen met de hoogste
gemeten snelheden gebeuren ook de meeste ongevallen.</p>
<table width="100%" cellpadding="3" cellspacing="0" border="1">
<tr bgcolor="#eeeeee"><th>Meetpunt</th><th>Datum meting</th><th>Gemeten V85</th><th>Ongevallen 2021-2025</th></tr>
<tr><td>Stationsweg</td><td>14-10-2025</td><td>52 km/u</td><td>11</td></tr>
<tr><td>Kerkeveld</td><td>21-10-2025</td><td>47 km/u</td><td>6</td></tr>
<tr><td>Oosthoekerweg</td><td>4-11-2025</td><td>58 km/u</td><td>9</td></tr></table>
<h2>4. Advies</h2>
<p>De commissie adviseert het college het volgende.</p>
<table width="100%" cellpadding="4" cellspacing="0" border="1">
<tr bgcolor="#f6e3dd"><th width="8%">Nr.</th><th width="76%">Advies</th><th width="16%">Termijn</th></tr>
""" + "".join(f"<tr><td><b>{n}</b></td><td>{t}</td><td>{d}</td></tr>\n" for n, t, d in RECS_TEXT) + """</table>
<p></p>
<p>De commissie is graag bereid het uitgewerkte plan opnieuw te bespreken.</p>
<p>Namens de Verkeerscommissie Wolderwijk,<br>ing. H.A. Smeenk, voorzitter</p>
</body></html>"""
    B.soffice_pdf(h, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Verkeerscommissie Wolderwijk - advies VC-2026-05 Snelheidsplan", "{n} / {m}",
            SANS["Regular"])


def response():
    h = head("B86NL Serif", "#333333") + """
<table width="100%" cellpadding="3" cellspacing="0"><tr><td width="55%"><b>Gemeente Wolderwijk</b><br>
<span class="small">Raadsvoorstel</span></td><td width="45%"><span class="small">Raadsvergadering: 28 april 2026<br>
Agendapunt: 7<br>Portefeuillehouder: wethouder E. Bruinsma</span></td></tr></table>
<h1>Vaststellen Snelheidsplan Wolderwijk 30</h1>
<h2>Inleiding</h2>
<p>Met dit voorstel vragen wij u het Snelheidsplan Wolderwijk 30 vast te stellen. Het plan verlaagt in drie fasen de
snelheid binnen de bebouwde kom en sluit aan bij de landelijke ontwikkeling naar 30 km/u als norm.</p>
<h2>Advies Verkeerscommissie</h2>
<p>Het college neemt het advies over de schoolzones over (advies 4.5). In de zomer van 2026 worden alle zes
schoolomgevingen voorzien van rode markering en de landelijke schoolzoneborden.</p>
<p>De drempels op de busroutes blijven liggen (advies 4.2). Vervanging door asverspringingen kost ruim vier keer zo
veel en werkt volgens het busbedrijf niet beter. Het advies om bewoners per wijk vooraf te informeren (advies 4.6)
volgen wij wel: voor elke herinrichting houden wij een inloopavond in de wijk.</p>
<p>De commissie adviseert 30 km/u op alle zeven gebiedsontsluitingswegen (advies 4.1). Het college stelt voor dit
in deze planperiode te doen op vier wegen: de Stationsweg, het Kerkeveld, de Molenstraat en de Brink. Voor de drie
overige wegen volgt een besluit na de evaluatie in 2029.</p>
<p>Een vast jaarlijks budget (advies 4.7) achten wij niet wenselijk. Kleine aanpassingen worden zoals nu gedekt uit
het onderhoudsbudget wegen, zodat de raad bij elke begroting zelf de afweging kan maken.</p>
<p>Het verzoek aan de provincie over de N731 (advies 4.4) hebben wij onder de aandacht gebracht in het ambtelijk
overleg van 19 maart. De provincie heeft toegezegd het mee te nemen in haar verkenning; wij wachten die af.</p>
<h2>Financi&euml;le gevolgen</h2>
<p>De eerste fase kost 1,2 miljoen euro. Hiervan komt 40 procent uit de rijksregeling Impuls Verkeersveiligheid;
het restant is gedekt in de meerjarenbegroting.</p>
<h2>Beslispunten</h2>
<p>De raad wordt voorgesteld het Snelheidsplan Wolderwijk 30 vast te stellen en het college op te dragen de raad
jaarlijks te informeren over de voortgang.</p>
<p>Burgemeester en wethouders van Wolderwijk,<br>de secretaris, mr. J. Kooistra &middot; de burgemeester, A.M.
Doornbos</p>
</body></html>"""
    B.soffice_pdf(h, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Wolderwijk - raadsvoorstel Snelheidsplan Wolderwijk 30", "pagina {n}",
            SERIF["Regular"])


RECS = [
    (1, "Voer 30 km/u in op alle zeven gebiedsontsluitingswegen binnen de bebouwde kom",
     "stelt voor dit in deze planperiode te doen op vier wegen", "partly"),
    (2, "Vervang de drempels op de busroutes door snelheidsremmers",
     "De drempels op de busroutes blijven liggen", "disagrees"),
    (3, "Stel samen met de politie een jaarlijks handhavingsplan op", None, "unanswered"),
    (4, "Vraag de provincie de maximumsnelheid op de N731 tussen beide rotondes",
     "De provincie heeft toegezegd het mee te nemen in haar verkenning", "noted"),
    (5, "Richt de omgeving van alle zes basisscholen in als herkenbare schoolzone",
     "Het college neemt het advies over de schoolzones over", "agrees"),
    (6, "Informeer bewoners per wijk op een inloopavond voordat een weg",
     "voor elke herinrichting houden wij een inloopavond in de wijk", "agrees"),
    (7, "Reserveer in de begroting een vast bedrag van 250.000 euro",
     "Een vast jaarlijks budget (advies 4.7) achten wij niet wenselijk", "disagrees"),
]
UNMATCHED = [
    "Met dit voorstel vragen wij u het Snelheidsplan Wolderwijk 30 vast te stellen",
    "Hiervan komt 40 procent uit de rijksregeling Impuls Verkeersveiligheid",
    "het college op te dragen de raad jaarlijks te informeren over de voortgang",
]
NOTES = ("Advice: advies VC-2026-05 of the (invented) Verkeerscommissie Wolderwijk on the concept-Snelheidsplan; seven "
         "recommendations as the ROWS 4.1-4.7 of a ruled table 'Nr. | Advies | Termijn' (numbers 1-7 = 4.1-4.7). "
         "Traps: a framed 'Samenvatting' box; findings 3.1-3.4 numbered like the recommendations (the RVV 1990 'moet "
         "... worden aangegeven', 'zou ... moeten'); the 2020 advice quoted ('Maak van de Dorpsstraat een "
         "fietsstraat.'); a measurements table with dates. Response: raadsvoorstel whose section 'Advies "
         "Verkeerscommissie' cites '(advies 4.N)', order 4.5, 4.2+4.6, 4.1, 4.7, 4.4: 'Inleiding' (nothing); 4.5 "
         "agrees; ONE paragraph = 4.2 disagrees (drempels stay) + 4.6 agrees (inloopavonden); 4.1 partly (four of "
         "seven roads); 4.7 disagrees; 4.4 noted (raised with the provincie, waiting); 'Financiële gevolgen' and "
         "'Beslispunten' (nothing); 4.3 (handhavingsplan) unanswered.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
