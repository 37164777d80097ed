"""Round 152 (nl): the RISICO-INSPECTIERAPPORT of an (invented) insurer's risk-engineering department on a municipal
museum, its seven recommendations LABELLED BLOCKS 'Aanbeveling 2027-01 - prioriteit n' to '2027-07' with the text
below the label, after a ruled STATUS TABLE of the 2023 inspection's recommendations '2023-01'-'2023-04' (written as
imperatives, coded alike; trap); answered by the municipality's LETTER TO THE INSURER that QUOTES each recommendation
(italic, shortened) before its reply, in another order, one reply answering two with different verdicts.

Advice (PyMuPDF Story, sans, wine-red headings, metadata table, a ruled status table, stamped head, 'pagina n van
m'): the policy condition quoted with 'moet' (trap), 'Wij bevelen niet aan om de historische houten trap te
vervangen' (trap), a closing naming '2027-01 en 2027-02' (trap); expected '2027-01'-'2027-07'. Response (PyMuPDF
Story, stamped, 'pagina n'): 2027-02 agrees (storage cleared), ONE reply 2027-01 agrees (detection in crawl space and
attic) + 2027-03 disagrees (no inert-gas extinguishing), 2027-05 partly (three display cases only), 2027-04 agrees
(thermographic inspection ordered), 2027-06 noted (the alarm-centre contract is municipality-wide; taken into the
2029 tender), the staircase sentence answered (unmatched); 2027-07 (a salvage plan for the collection) unanswered.
All bodies, places, people, figures and reference numbers invented.

Run: /tmp/blind152nl/bin/python tests/docs/src/blind152/gen_nl_risicoinspectie_story.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b152nl as B  # noqa: E402

NAME = "blind152_nl_risicoinspectie"
F = B.tmp_fonts()
INK = "#8a2340"

CSS = f"""
@font-face {{ font-family: S; src: url({os.path.basename(F['Regular'])}); }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Bold'])}); font-weight: bold; }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Italic'])}); font-style: italic; }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Bold Italic'])}); font-weight: bold; font-style: italic; }}
* {{ font-family: S; }}
body {{ font-size: 9.4pt; line-height: 1.42; }}
p {{ margin-top: 0; margin-bottom: 5pt; text-align: left; }}
h1 {{ font-size: 15pt; color: {INK}; margin-top: 2pt; margin-bottom: 3pt; }}
h2 {{ font-size: 11pt; color: {INK}; margin-top: 9pt; margin-bottom: 3pt; }}
.small {{ font-size: 8pt; color: #555555; text-align: left; }}
.quote {{ margin-left: 24pt; margin-right: 20pt; font-style: italic; color: #444444; text-align: left; }}
p.lab {{ color: {INK}; font-weight: bold; margin-bottom: 1pt; margin-top: 4pt; }}
p.rec {{ margin-left: 14pt; }}
p.q {{ font-style: italic; color: #444444; margin-bottom: 2pt; margin-top: 5pt; }}
table.meta {{ width: 100%; border-collapse: collapse; margin-bottom: 6pt; }}
table.meta td {{ font-size: 8.3pt; border-bottom: 1px solid #e3bcc8; padding: 3px; vertical-align: top;
                 text-align: left; }}
td.lab {{ font-weight: bold; color: {INK}; width: 96pt; }}
table.grid {{ width: 100%; border-collapse: collapse; margin-bottom: 8pt; }}
table.grid td {{ font-size: 8.4pt; border: 1px solid #d9a9b8; padding: 3px; vertical-align: top; text-align: left; }}
td.hd {{ color: {INK}; font-weight: bold; border-bottom: 2px solid {INK}; }}
"""

OLD = [
    ("2023-01", "Vervang de verlengsnoeren in de museumwinkel door vaste wandcontactdozen.", "uitgevoerd (2024)"),
    ("2023-02", "Laat de brandmeldinstallatie jaarlijks onderhouden door een gecertificeerd bedrijf.",
     "uitgevoerd, doorlopend"),
    ("2023-03", "Plaats rookmelders in de dienstwoning boven de museumwinkel.", "vervallen: woning verkocht"),
    ("2023-04", "Breng op de achterdeur van het depot een tweede slot met cilinder van de hoogste klasse aan.",
     "uitgevoerd (2023)"),
]

RECS = [
    ("2027-01", "1", "Breid de brandmeldinstallatie uit met rookmelders in de kruipruimte onder de tentoonstellingszaal "
     "en op de zolder boven de zalen 1 tot en met 3, zodat de dekking volledig wordt."),
    ("2027-02", "1", "Verwijder de opslag van karton, verpakkingsmateriaal en tentoonstellingsmeubilair uit het "
     "trappenhuis en richt daarvoor een afgesloten bergruimte met brandwerende deur in."),
    ("2027-03", "2", "Laat in het depot een automatische blusinstallatie met inert gas aanleggen, omdat de collectie "
     "daar met water niet te blussen is zonder grote schade."),
    ("2027-04", "2", "Laat de elektrische installatie thermografisch inspecteren door een gecertificeerd inspecteur en "
     "herstel de gevonden gebreken binnen drie maanden."),
    ("2027-05", "2", "Voorzie alle vitrines in zaal 2 van gelaagd veiligheidsglas en van sloten die alleen met een "
     "afzonderlijke sleutel open kunnen."),
    ("2027-06", "3", "Sluit de inbraakmeldinstallatie aan op een gecertificeerde particuliere alarmcentrale met "
     "opvolging door een beveiliger binnen vijftien minuten."),
    ("2027-07", "3", "Stel een calamiteitenplan voor de collectie op met een prioriteitenlijst van de vijftig "
     "belangrijkste objecten en oefen het jaarlijks met de brandweer."),
]


def status_table():
    rows = "".join(f"<tr><td>{c}</td><td>{t}</td><td>{s}</td></tr>" for c, t, s in OLD)
    return ('<table class="grid"><tr><td class="hd">Nr.</td><td class="hd">Aanbeveling 2023</td>'
            f'<td class="hd">Stand van zaken</td></tr>{rows}</table>')


def recs():
    return "\n".join(f'<p class="lab">Aanbeveling {c} - prioriteit {p}</p><p class="rec">{t}</p>'
                     for c, p, t in RECS)


ADVICE = f"""<html><body>
<p class="small">Waerdenburg Verzekeringen N.V. - afdeling Risk Engineering - Stationsplein 14, 6811 KL Arnhem -
riskengineering@waerdenburg.example</p>
<h1>Risico-inspectierapport brand en inbraak</h1>
<p class="small">Stadsmuseum Het Tolhuis, Harderveen - periodieke inspectie in het kader van de kunst- en
gebouwenverzekering van de gemeente Harderveen</p>
<table class="meta">
<tr><td class="lab">Verzekeringnemer</td><td>Gemeente Harderveen, afdeling Vastgoed, t.a.v. de heer K. (Koen)
Hendriksen</td></tr>
<tr><td class="lab">Object</td><td>Stadsmuseum Het Tolhuis, Tolstraat 3-5, Harderveen (rijksmonument, 1742;
museumvleugel 1996; depot in de kelder)</td></tr>
<tr><td class="lab">Polisnummer</td><td>KGV 4471.208</td></tr>
<tr><td class="lab">Kenmerk</td><td>WV-RE-27-3381</td></tr>
<tr><td class="lab">Inspectiedatum</td><td>21 september 2027; rapport 12 oktober 2027</td></tr>
<tr><td class="lab">Inspecteur</td><td>ing. S. (Sanne) Overbeek, risk engineer</td></tr>
</table>
<h2>1 Doel van de inspectie</h2>
<p>Waerdenburg Verzekeringen inspecteert objecten met een hoge verzekerde waarde periodiek. Het Tolhuis herbergt een
collectie met een verzekerde waarde van 14,6 miljoen euro, waaronder het stadszilver en een verzameling
zeventiende-eeuwse kaarten. In de polisvoorwaarden staat onder meer: 'Verzekerde moet de beveiligingsinstallaties
in goede staat houden en moet wijzigingen in het gebruik van het gebouw tijdig melden.' Dit rapport beoordeelt de
risico's van brand en inbraak en doet aanbevelingen om die te beperken.</p>
<h2>2 Opvolging vorige inspectie</h2>
<p>De vorige inspectie vond plaats in 2023. De stand van zaken van de aanbevelingen uit dat rapport is als volgt.</p>
{status_table()}
<h2>3 Bevindingen</h2>
<p>Het gebouw is goed onderhouden en de brandmeldinstallatie is in 2024 vernieuwd. De dekking is echter niet
volledig: in de kruipruimte en op de zolder, waar de elektrische leidingen lopen, hangen geen melders. In het
trappenhuis, de enige vluchtweg van de bovenverdieping, stonden op de inspectiedag dozen en oude vitrines. In de
kelder ligt het depot met papieren en textiele objecten; de sprinklerinstallatie van de museumvleugel loopt daar niet
door. De inbraakbeveiliging is op zichzelf goed, maar de meldingen komen binnen bij de bode, die 's nachts en in het
weekend niet bereikbaar is. In zaal 2 liggen het stadszilver en de kaarten in vitrines met gewoon glas.</p>
<p>Wij bevelen niet aan om de historische houten trap te vervangen door een stalen trap. Met een vrij trappenhuis en
volledige detectie is het risico aanvaardbaar, en een vervanging zou het monument onnodig aantasten.</p>
<h2>4 Aanbevelingen</h2>
<p>Prioriteit 1 betekent: uitvoeren binnen drie maanden; prioriteit 2: binnen een jaar; prioriteit 3: bij de
eerstvolgende gelegenheid. Wij verzoeken u binnen acht weken te laten weten hoe u met de aanbevelingen omgaat.</p>
{recs()}
<h2>5 Slotopmerking</h2>
<p>Zolang de aanbevelingen 2027-01 en 2027-02 niet zijn uitgevoerd, houden wij de premie voor het gebouwdeel
ongewijzigd maar kan bij een brand in het trappenhuis een beroep worden gedaan op de polisvoorwaarden. Wij bespreken
dit rapport graag met u en met de conservator.</p>
<p>ing. S. Overbeek<br>Waerdenburg Verzekeringen N.V.</p>
</body></html>"""

RESPONSE = f"""<html><body>
<p class="small">Gemeente Harderveen - afdeling Vastgoed - Postbus 300, 3840 AH Harderveen</p>
<h1>Reactie op het risico-inspectierapport Het Tolhuis</h1>
<p class="small">brief aan Waerdenburg Verzekeringen N.V., afdeling Risk Engineering, t.a.v. ing. S. Overbeek</p>
<table class="meta">
<tr><td class="lab">Ons kenmerk</td><td>VG/2027/08817</td></tr>
<tr><td class="lab">Uw kenmerk</td><td>WV-RE-27-3381, polis KGV 4471.208</td></tr>
<tr><td class="lab">Datum</td><td>30 november 2027</td></tr>
<tr><td class="lab">Contactpersoon</td><td>K. Hendriksen, beleidsadviseur Vastgoed</td></tr>
</table>
<p>Geachte mevrouw Overbeek,</p>
<p>Dank voor uw rapport van 12 oktober en voor de prettige samenwerking tijdens de inspectie. Wij hebben het
rapport besproken met de directeur van het museum en met de conservator. Hieronder leest u per aanbeveling wat wij
doen; wij citeren telkens kort de aanbeveling.</p>
<p class="q">'Verwijder de opslag van karton ... uit het trappenhuis'</p>
<p>Dit is gebeurd. Het trappenhuis is op 1 oktober leeggeruimd en de materialen staan nu in de voormalige
fietsenberging, die een brandwerende deur van dertig minuten heeft gekregen.</p>
<p class="q">'Breid de brandmeldinstallatie uit ...' en 'Laat in het depot een automatische blusinstallatie met
inert gas aanleggen'</p>
<p>De uitbreiding van de brandmelding voeren wij uit: de installateur plaatst in januari melders in de kruipruimte
en op de zolder. Voor een gasblusinstallatie in het depot kiezen wij niet. De aanleg in de gewelfde kelder van het
monument kost naar schatting 180.000 euro, en het depot verhuist in 2030 naar het regionale collectiecentrum. Tot die
tijd vertrouwen wij op de vroege detectie.</p>
<p class="q">'Voorzie alle vitrines in zaal 2 van gelaagd veiligheidsglas ...'</p>
<p>Wij vervangen het glas en de sloten van de drie vitrines met het stadszilver nog dit jaar. De vitrines met de
kaarten volgen pas bij de herinrichting van zaal 2 in 2029.</p>
<p class="q">'Laat de elektrische installatie thermografisch inspecteren ...'</p>
<p>Akkoord. De inspectie is besteld en staat gepland voor 15 december; eventuele gebreken laten wij direct daarna
herstellen.</p>
<p class="q">'Sluit de inbraakmeldinstallatie aan op een gecertificeerde particuliere alarmcentrale ...'</p>
<p>De doormelding van alarmen is voor alle gemeentelijke gebouwen in één contract geregeld, dat tot 2029 loopt. Wij
hebben uw aanbeveling doorgegeven aan de inkoper, die haar betrekt bij de volgende aanbesteding.</p>
<p class="q">De houten trap</p>
<p>Wij zijn blij met uw oordeel over de trap: die blijft behouden, wat ook de wens van de monumentencommissie
was.</p>
<p>Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd en ontvangen graag uw bevestiging.</p>
<p>Met vriendelijke groet,<br>namens het college van burgemeester en wethouders van Harderveen,<br>
drs. W. (Wilma) Brugman, afdelingshoofd Vastgoed</p>
</body></html>"""


if __name__ == "__main__":
    B.story_pdf(ADVICE, CSS, NAME + "_advice.pdf", B.FD)
    B.stamp(NAME + "_advice.pdf", "Waerdenburg Verzekeringen - risico-inspectierapport Stadsmuseum Het Tolhuis - "
            "WV-RE-27-3381", "pagina {n} van {m}", F["Regular"])
    B.story_pdf(RESPONSE, CSS, NAME + "_response.pdf", B.FD)
    B.stamp(NAME + "_response.pdf", "Gemeente Harderveen - reactie risico-inspectierapport Het Tolhuis - "
            "VG/2027/08817", "pagina {n}", F["Regular"])
    B.write_expected(NAME, [
        ("2027-01", "Breid de brandmeldinstallatie uit met rookmelders in de kruipruimte",
         "de installateur plaatst in januari melders", "agrees"),
        ("2027-02", "Verwijder de opslag van karton, verpakkingsmateriaal en tentoonstellingsmeubilair uit het",
         "Het trappenhuis is op 1 oktober leeggeruimd", "agrees"),
        ("2027-03", "Laat in het depot een automatische blusinstallatie met inert gas",
         "Voor een gasblusinstallatie in het depot kiezen wij niet", "disagrees"),
        ("2027-04", "Laat de elektrische installatie thermografisch inspecteren door een gecertificeerd",
         "De inspectie is besteld en staat gepland voor 15 december", "agrees"),
        ("2027-05", "Voorzie alle vitrines in zaal 2 van gelaagd veiligheidsglas",
         "de drie vitrines met het stadszilver nog dit jaar", "partly"),
        ("2027-06", "Sluit de inbraakmeldinstallatie aan op een gecertificeerde particuliere alarmcentrale",
         "die haar betrekt bij de volgende aanbesteding", "noted"),
        ("2027-07", "Stel een calamiteitenplan voor de collectie op met een prioriteitenlijst", None, "unanswered"),
    ], ["die blijft behouden, wat ook de wens van de monumentencommissie was"],
        "Advice: the RISICO-INSPECTIERAPPORT of an insurer's risk-engineering department on a municipal museum; the "
        "seven recommendations are LABELLED BLOCKS 'Aanbeveling 2027-01 - prioriteit n' with the text below "
        "(expected '2027-01'-'2027-07'). Traps: a ruled status table of the 2023 recommendations '2023-01'-'2023-04' "
        "written as imperatives, the policy condition quoted with 'moet', 'Wij bevelen niet aan om de historische "
        "houten trap te vervangen', a closing naming 2027-01 and 2027-02. Response: the municipality's LETTER "
        "QUOTING each recommendation (italic, shortened, no codes) before its reply, in the order 2027-02, "
        "2027-01+2027-03, 2027-05, 2027-04, 2027-06, staircase: 02 agrees, ONE reply 01 agrees + 03 disagrees (no "
        "inert gas; the depot moves in 2030), 05 partly (three cases now, the rest in 2029), 04 agrees, 06 noted "
        "(the municipality-wide contract; passed to the buyer), the staircase reply answers the 'we do not advise' "
        "sentence (unmatched). 2027-07 (a salvage plan) is never answered; greeting, introduction and closing "
        "answer nothing.")
    print("written", NAME)
