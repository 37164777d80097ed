"""Round 94 (nl): the ADVIES of a provincial COMMISSIE DUISTERNIS EN NACHTNATUUR on the ontwerp-beleidsregel for
road lighting (light pollution), answered by a STATENBRIEF of Gedeputeerde Staten to Provinciale Staten that cites the
numbers in running prose.

Advice: Commissie Duisternis en Nachtnatuur, provincie Zuidervaart (LibreOffice headless from HTML, sans, letterhead
table, stamped head and 'blad n van m'): numbered findings 1-4 in a list, Omgevingsverordening art. 4.2 'moet', the
ontwerp's own 'moet', the 2020 advice quoted with 'moet', a measurements table; the seven recommendations in a RULED
TABLE Nr / Aanbeveling / Prioriteit. Response: Statenbrief, order 2, 5, 4+7, 1, 3; 6 unanswered. All invented.

Run: /tmp/blind94nl/bin/python tests/docs/src/blind94/gen_nl_nachtdonkerte_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b94nl as B  # noqa: E402

NAME = "blind94_nl_nachtdonkerte"
F = B.tmp_fonts()
FAM = "B94NL Sans"

CSS = """
body { font-family: '%s'; font-size: 10pt; line-height: 1.35; color: #111; }
h1 { font-family: '%s'; font-size: 15pt; color: #1d2b5c; margin: 6pt 0 4pt 0; }
h2 { font-family: '%s'; font-size: 11.5pt; color: #1d2b5c; margin: 10pt 0 3pt 0; }
p { margin: 0 0 6pt 0; }
td, th { font-family: '%s'; font-size: 9.5pt; vertical-align: top; }
.rt th { background: #1d2b5c; color: #ffffff; text-align: left; }
.rt td { border-bottom: 1px solid #8a93b5; }
.lh td { font-size: 8.5pt; color: #333; }
blockquote { font-style: italic; }
""" % ((FAM,) * 4)


def page(title, body):
    return ("<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head>"
            "<body>%s</body></html>" % (title, CSS, body))


ADVICE = """
<table class="lh" width="100%" cellpadding="3"><tr>
<td width="55%"><b><font size="4" color="#1d2b5c">Commissie Duisternis en Nachtnatuur</font></b><br>
Onafhankelijke adviescommissie van de provincie Zuidervaart</td>
<td width="45%">Aan: Gedeputeerde Staten van Zuidervaart<br>Kenmerk: CDN-2025-04<br>Datum: 3 december 2025<br>
Betreft: advies ontwerp-Beleidsregel openbare verlichting provinciale wegen 2026</td></tr></table>
<hr>
<h1>Advies over de ontwerp-Beleidsregel openbare verlichting provinciale wegen 2026</h1>
<h2>1. Inleiding</h2>
<p>Gedeputeerde Staten hebben de Commissie Duisternis en Nachtnatuur op 14 oktober 2025 om advies gevraagd over de
ontwerp-Beleidsregel openbare verlichting provinciale wegen 2026 (hierna: de ontwerp-beleidsregel). De commissie
adviseert de provincie sinds 2019 over het behoud van donkerte in het landelijk gebied, op grond van het
Instellingsbesluit Commissie Duisternis en Nachtnatuur. Dit advies is vastgesteld in de vergadering van
27 november 2025.</p>
<p>De ontwerp-beleidsregel vervangt de Richtlijn wegverlichting uit 2012. Zij bepaalt waar langs de ruim 540
kilometer provinciale weg verlichting wordt geplaatst, hoe sterk en in welke kleur. In de ontwerp-beleidsregel staat
onder meer: 'De wegbeheerder moet bij iedere vervanging beoordelen of verlichting nog nodig is.' De commissie juicht
dat uitgangspunt toe.</p>
<h2>2. Bevindingen</h2>
<ol>
<li>De hemelhelderheid in Zuidervaart neemt toe. Bij de meetpunten van de commissie werd de nacht tussen 2019 en
2025 gemiddeld 11 procent lichter (zie tabel).</li>
<li>Op grond van artikel 4.2 van de Omgevingsverordening Zuidervaart moet in stiltegebieden en Natura 2000-gebieden
rekening worden gehouden met de duisternis als kwaliteit. De ontwerp-beleidsregel werkt dat niet uit.</li>
<li>Ruim 60 procent van de provinciale wegverlichting bestaat inmiddels uit led, vaak met een koele kleur van 4000
kelvin. Vleermuizen en nachtvlinders worden door dat blauwrijke licht sterker verstoord.</li>
<li>Een groot deel van de lichtuitstraling in het buitengebied komt niet van wegen maar van kassen, bedrijventerreinen
en erven. Daarover heeft de provincie maar beperkt zeggenschap.</li>
</ol>
<table class="rt" width="100%" cellpadding="3" cellspacing="0">
<tr><th>Meetpunt</th><th>2019 (mag/arcsec2)</th><th>2025 (mag/arcsec2)</th><th>Verandering</th></tr>
<tr><td>Hooge Veenen</td><td>21,4</td><td>21,1</td><td>lichter</td></tr>
<tr><td>Kreekrug Oost</td><td>20,9</td><td>20,5</td><td>lichter</td></tr>
<tr><td>Polder Nieuwland</td><td>19,8</td><td>19,6</td><td>lichter</td></tr>
<tr><td>Duinzoom</td><td>21,0</td><td>21,0</td><td>gelijk</td></tr>
</table>
<p>In haar advies van 8 juni 2020 over het Natuurbeheerplan schreef de commissie al: </p>
<blockquote>'De provincie moet bij de vervanging van wegverlichting kiezen voor amberkleurig licht en verlichting
waar mogelijk achterwege laten.'</blockquote>
<p>Dat advies is tot nu toe slechts op twee wegvakken opgevolgd, namelijk de N412 en de N438.</p>
<h2>3. Aanbevelingen</h2>
<p>Op grond van het voorgaande geeft de commissie Gedeputeerde Staten de volgende aanbevelingen mee. De prioriteit
geeft aan wat de commissie het meest dringend vindt.</p>
<table class="rt" width="100%" cellpadding="4" cellspacing="0">
<tr><th width="8%">Nr.</th><th width="72%">Aanbeveling</th><th width="20%">Prioriteit</th></tr>
<tr><td>1</td><td>Schakel de verlichting op provinciale wegen buiten de bebouwde kom tussen 23.00 en 6.00 uur uit,
met uitzondering van kruispunten en oversteekplaatsen.</td><td>hoog</td></tr>
<tr><td>2</td><td>Pas bij iedere vervanging uitsluitend armaturen toe met een kleurtemperatuur van ten hoogste 2200
kelvin.</td><td>hoog</td></tr>
<tr><td>3</td><td>Verlicht fietspaden langs provinciale wegen alleen nog met dynamische verlichting die aangaat als
er een fietser nadert.</td><td>middel</td></tr>
<tr><td>4</td><td>Neem in de beleidsregel op dat binnen 500 meter van Natura 2000-gebieden en stiltegebieden geen
nieuwe verlichting wordt geplaatst.</td><td>hoog</td></tr>
<tr><td>5</td><td>Ontwikkel samen met de gemeenten en de waterschappen een regionale lichtvisie, die ook kassen en
bedrijventerreinen omvat.</td><td>middel</td></tr>
<tr><td>6</td><td>Meet elke twee jaar de hemelhelderheid op vaste meetpunten en publiceer de uitkomsten op de
website van de provincie.</td><td>laag</td></tr>
<tr><td>7</td><td>Open een subsidieregeling voor agrariërs en ondernemers die hun erf- en gevelverlichting
natuurvriendelijk aanpassen.</td><td>middel</td></tr>
</table>
<h2>4. Tot slot</h2>
<p>De commissie stelt het op prijs als Gedeputeerde Staten binnen drie maanden laten weten wat zij met dit advies
doen. De commissie is graag bereid het advies mondeling toe te lichten aan de Statencommissie Ruimte en Natuur.</p>
<p>Met vriendelijke groet,<br><br>prof. dr. A.C. (Annelies) Broekhuis, voorzitter<br>
ing. R. Wolters, secretaris</p>
"""

RESPONSE = """
<table class="lh" width="100%" cellpadding="3"><tr>
<td width="55%"><b><font size="4" color="#1d2b5c">Provincie Zuidervaart</font></b><br>Gedeputeerde Staten</td>
<td width="45%">Aan: Provinciale Staten van Zuidervaart<br>Statenbrief nr. 2026-011<br>Datum: 10 februari 2026<br>
Portefeuillehouder: gedeputeerde L. (Laura) Hendriksen, Mobiliteit en Natuur</td></tr></table>
<hr>
<h1>Statenbrief: reactie op het advies van de Commissie Duisternis en Nachtnatuur</h1>
<p>Geachte Statenleden,</p>
<p>Met deze brief informeren wij u over het advies dat de Commissie Duisternis en Nachtnatuur op 3 december 2025
uitbracht over de ontwerp-beleidsregel voor de verlichting van onze wegen, en over onze reactie daarop. Het advies
is als bijlage bij deze brief gevoegd. Wij hebben het advies met waardering ontvangen.</p>
<h2>Onze reactie</h2>
<p>De aanbeveling om bij vervanging alleen nog warm, amberkleurig licht toe te passen (aanbeveling 2) nemen wij over.
Dit is inmiddels als eis opgenomen in de definitieve beleidsregel, die wij op 27 januari 2026 hebben vastgesteld.</p>
<p>Voor een regionale lichtvisie (aanbeveling 5) is de medewerking van gemeenten en waterschappen nodig. Wij
agenderen dit voorstel voor het bestuurlijk overleg landelijk gebied van april en bezien daarna of en hoe wij hier
vervolg aan geven.</p>
<p>In en rond de natuurgebieden volgen wij de commissie (aanbevelingen 4 en 7) op het eerste punt wel en op het tweede
niet. Een zone van 500 meter rond Natura 2000-gebieden en stiltegebieden waarin geen nieuwe verlichting wordt
geplaatst, is in de beleidsregel opgenomen. Een subsidie voor het aanpassen van erf- en gevelverlichting zien wij
echter niet als een taak van de provincie; daarvoor verwijzen wij naar de gemeenten, die ook over de
omgevingsvergunning gaan.</p>
<p>Het geheel uitschakelen van de verlichting 's nachts (aanbeveling 1) achten wij uit een oogpunt van
verkeersveiligheid niet verantwoord op alle wegen. Wij kiezen ervoor de verlichting buiten de bebouwde kom tussen
23.00 en 6.00 uur te dimmen tot 30 procent; alleen op de wegvakken die door Natura 2000-gebied lopen, gaat het licht
daadwerkelijk uit.</p>
<p>Dynamische verlichting op fietspaden (aanbeveling 3) hebben wij op de N438 beproefd. Fietsers, vooral jongeren en
vrouwen, gaven aan zich in het donker minder veilig te voelen. Wij voeren deze verlichting daarom niet in als
standaard.</p>
<h2>Aanbesteding vervanging wegverlichting</h2>
<p>Los van het advies melden wij u dat de aanbesteding voor de vervanging van circa 3.800 lichtmasten in de periode
2026-2029 in maart wordt gepubliceerd. De gunning is voorzien in juni; de eerste werkzaamheden starten na de zomer.</p>
<p>Wij vertrouwen erop u met deze brief voldoende te hebben geïnformeerd.</p>
<p>Gedeputeerde Staten van Zuidervaart,<br><br>de voorzitter, drs. W.F. de Jonge<br>
de secretaris, mr. S. Aydin</p>
"""

B.soffice_pdf(page("Advies CDN-2025-04", ADVICE), NAME + "_advice.pdf")
B.stamp(NAME + "_advice.pdf", "Commissie Duisternis en Nachtnatuur - advies ontwerp-beleidsregel openbare verlichting - "
        "CDN-2025-04", "blad {n} van {m}", F["Regular"])
B.soffice_pdf(page("Statenbrief 2026-011", RESPONSE), NAME + "_response.pdf")
B.stamp(NAME + "_response.pdf", "Provincie Zuidervaart - Statenbrief nr. 2026-011", "blad {n} van {m}", F["Regular"])
B.write_expected(NAME, [
    (1, "Schakel de verlichting op provinciale wegen buiten de bebouwde kom",
     "Wij kiezen ervoor de verlichting buiten de bebouwde kom", "partly"),
    (2, "Pas bij iedere vervanging uitsluitend armaturen toe met een kleurtemperatuur",
     "Dit is inmiddels als eis opgenomen in de definitieve beleidsregel", "agrees"),
    (3, "Verlicht fietspaden langs provinciale wegen alleen nog met dynamische verlichting",
     "Wij voeren deze verlichting daarom niet in als standaard", "disagrees"),
    (4, "Neem in de beleidsregel op dat binnen 500 meter van Natura",
     "Een zone van 500 meter rond Natura 2000-gebieden en stiltegebieden", "agrees"),
    (5, "Ontwikkel samen met de gemeenten en de waterschappen een regionale lichtvisie",
     "agenderen dit voorstel voor het bestuurlijk overleg landelijk gebied", "noted"),
    (6, "Meet elke twee jaar de hemelhelderheid op vaste meetpunten", None, "unanswered"),
    (7, "Open een subsidieregeling voor agrariërs en ondernemers die hun erf-",
     "zien wij echter niet als een taak van de provincie", "disagrees"),
], ["Met deze brief informeren wij u over het advies",
    "de aanbesteding voor de vervanging van circa 3.800 lichtmasten",
    "Wij vertrouwen erop u met deze brief voldoende te hebben"],
    "Advice: provincial Commissie Duisternis en Nachtnatuur, letterhead table, the ontwerp quoted with 'moet', "
    "numbered findings 1-4 in a list (Omgevingsverordening art. 4.2 'moet', figures), a measurements table, the 2020 "
    "advice quoted with 'moet'; recommendations 1-7 in a RULED TABLE Nr / Aanbeveling / Prioriteit. Response: "
    "Statenbrief of GS citing '(aanbeveling n)' in prose, order 2, 5, 4+7, 1, 3; one paragraph '(aanbevelingen 4 en "
    "7)' = 4 agrees (500 m zone adopted) + 7 disagrees (no subsidy); 1 partly (dimming, off only in Natura 2000); "
    "2 agrees (already in the adopted regel); 3 disagrees; 5 noted (put on an agenda); 6 unanswered; the opening, "
    "'Aanbesteding vervanging wegverlichting' and the closing answer nothing.")
