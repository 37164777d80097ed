"""Round 79 (nl): the AUDITRAPPORT of a CERTIFICATION BODY (a hercertificatie-audit against a quality standard at a
home-care organisation), with 'afwijkingen' (non-conformities, findings) and coded 'verbeterkansen' (improvement
recommendations), answered by the organisation's CORRECTIEPLAN (a form with a part A for the afwijkingen and a
part B 'Reactie op de verbeterkansen' with a 'Besluit:' label per reply).

Advice: (invented) Certivaria B.V., 'Auditrapport hercertificatie ISO 9001:2015 en HKZ Zorg en Welzijn', Thuiszorg
De Lindehof, 3 p., sans: an audit data table (with 'Advies certificatiebeslissing: handhaven'), the norm's 'moet'
requirements, afwijkingen A-01 and A-02 as findings with the duty to submit a correctieplan, a sample table,
'Sterke punten' bullets, the previous audit's verbeterkans quoted, and verbeterkansen VK-01 to VK-07 as hanging
codes in a shaded block.
Response: correctieplan (2 p., sans, coloured form): intro (nothing), part A with A-01 and A-02 (nothing: afwijkingen
are not recommendations), part B in another order: VK-04 agrees, ONE block 'VK-02 en VK-06' = 2 agrees + 6
disagrees, VK-01 partly, VK-07 noted, VK-05 agrees; VK-03 unanswered; signature (nothing).
Engine: headless Chromium --print-to-pdf (ligature-free DejaVu copies via @font-face from /tmp; page numbers stamped
with PyMuPDF).

Run: /tmp/blind79nl/bin/python tests/docs/src/blind79/gen_nl_certificatieaudit_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b79nl as B  # noqa: E402

NAME = "blind79_nl_certificatieaudit"
SANS = B.tmp_fonts()


def css(accent):
    faces = "".join(
        f"@font-face {{ font-family: 'B79S'; src: url('file://{SANS[s]}'); font-weight: {w}; font-style: {st}; }}\n"
        for s, w, st in (("Regular", 400, "normal"), ("Bold", 700, "normal"), ("Italic", 400, "italic"),
                         ("Bold Italic", 700, "italic")))
    return faces + """
@page { size: A4; margin: 20mm 21mm 20mm 21mm; }
body { font-family: 'B79S'; font-size: 9.2pt; line-height: 1.42; color: #1b1b1b; }
p { margin: 0 0 6pt 0; text-align: justify; }
h1 { font-size: 16pt; color: %(a)s; margin: 0 0 3pt 0; }
h2 { font-size: 11pt; color: %(a)s; margin: 12pt 0 4pt 0; border-bottom: 1px solid %(a)s; padding-bottom: 1pt; }
h3 { font-size: 9.6pt; margin: 8pt 0 3pt 0; }
table.data { border-collapse: collapse; width: 100%%; margin: 4pt 0 8pt 0; }
table.data td, table.data th { border: 0.6pt solid #9aa; padding: 2.5pt 5pt; font-size: 8.4pt; text-align: left;
  vertical-align: top; }
table.data th { background: %(a)s; color: white; }
table.kv td { border: none; padding: 1.5pt 5pt; font-size: 8.6pt; }
table.kv td:first-child { width: 48mm; color: #555; }
.box { background: #eef5f1; border-left: 3pt solid %(a)s; padding: 6pt 9pt; margin: 6pt 0 8pt 0; }
.vk { display: flex; margin: 0 0 5pt 0; }
.vk .code { flex: 0 0 17mm; font-weight: 700; color: %(a)s; }
.vk .txt { flex: 1; text-align: justify; }
.afw { border: 0.6pt solid #b66; padding: 5pt 8pt; margin: 4pt 0 7pt 0; }
.small { font-size: 7.8pt; color: #555; }
.band { background: %(a)s; color: white; padding: 6pt 9pt; margin-bottom: 10pt; font-size: 8.4pt; }
.lab { display: inline-block; background: #e9eef6; border: 0.5pt solid #88a; padding: 0 4pt; font-weight: 700; }
ul { margin: 0 0 6pt 0; padding-left: 14pt; } li { margin-bottom: 2pt; }
""" % {"a": accent}


def page(style, body):
    return f"<html><head><meta charset='utf-8'><style>{style}</style></head><body>{body}</body></html>"


def vk(code, text):
    return f"<div class='vk'><div class='code'>{code}</div><div class='txt'>{text}</div></div>"


def advice():
    body = """
<div class="band"><b>CERTIVARIA B.V.</b> | certificatie van managementsystemen in zorg en welzijn
 |  geaccrediteerd door de Raad voor Accreditatie</div>
<h1>Auditrapport hercertificatie</h1>
<p><b>ISO 9001:2015 en HKZ Zorg en Welzijn 2015</b> &mdash; Stichting Thuiszorg De Lindehof, Vlaardingen-Oost</p>
<table class="kv">
<tr><td>Dossiernummer</td><td>CV-20931 / audit 2026-0117</td></tr>
<tr><td>Auditdata</td><td>19, 20 en 22 januari 2026 (3 auditdagen, waarvan 1 op locatie bij cliënten)</td></tr>
<tr><td>Auditteam</td><td>drs. M.F. Oudshoorn (lead auditor), E. Bakkali MSc (auditor)</td></tr>
<tr><td>Scope</td><td>Verpleging en verzorging thuis, huishoudelijke ondersteuning, casemanagement dementie</td></tr>
<tr><td>Afwijkingen</td><td>0 major, 2 minor</td></tr>
<tr><td>Advies certificatiebeslissing</td><td>handhaven, onder voorwaarde van een geaccepteerd correctieplan</td></tr>
</table>
<h2>1 Inleiding</h2>
<p>Dit rapport beschrijft de uitkomsten van de hercertificatie-audit. Het auditteam heeft beoordeeld of het
kwaliteitsmanagementsysteem van De Lindehof voldoet aan de normen en of het doeltreffend wordt toegepast. De norm
schrijft onder meer voor: <i>'De organisatie moet gegevens over klanttevredenheid bewaken en beoordelen'</i>
(ISO 9001, 9.1.2) en <i>'De organisatie moet gedocumenteerde informatie bewaren als bewijs van de competentie van
medewerkers'</i> (7.2). Een audit is een steekproef: het ontbreken van een afwijking betekent niet dat een onderdeel
volledig op orde is.</p>
<h2>2 Sterke punten</h2>
<ul>
<li>Cliënten zijn zeer tevreden over de bejaardenverzorgenden en de vaste gezichten in de wijkteams.</li>
<li>De methodiek voor het melden van incidenten (MIC) wordt breed gebruikt; het aantal meldingen steeg van 212 naar
318.</li>
<li>Het casemanagement dementie heeft een duidelijke werkwijze met mantelzorgers.</li>
</ul>
<h2>3 Steekproef</h2>
<table class="data">
<tr><th>Onderdeel</th><th>Aantal dossiers</th><th>Op orde</th><th>Opmerking</th></tr>
<tr><td>Zorgplannen met evaluatie binnen 6 maanden</td><td>24</td><td>19</td><td>5 evaluaties te laat</td></tr>
<tr><td>Risico-inventarisatie valgevaar</td><td>24</td><td>22</td><td>&ndash;</td></tr>
<tr><td>Bekwaamheid voorbehouden handelingen</td><td>18</td><td>13</td><td>5 niet aantoonbaar actueel</td></tr>
<tr><td>Opvolging klachten</td><td>9</td><td>9</td><td>&ndash;</td></tr>
</table>
<h2>4 Afwijkingen</h2>
<p>De organisatie moet binnen drie maanden na ontvangst van dit rapport een correctieplan indienen voor de
afwijkingen. Certivaria beoordeelt het plan en toetst de uitvoering bij de volgende audit.</p>
<div class="afw"><b>A-01 (minor) &mdash; norm 7.2 / HKZ 4.3.1.</b> Van 5 van de 18 onderzochte medewerkers was niet
aantoonbaar dat hun bekwaamheid voor voorbehouden handelingen (injecteren, katheteriseren) in de afgelopen twee jaar
is getoetst. Het bekwaamheidsregister wordt per team in een eigen spreadsheet bijgehouden.</div>
<div class="afw"><b>A-02 (minor) &mdash; norm 8.5.1 / HKZ 5.2.4.</b> In 5 van de 24 dossiers was het zorgplan niet
binnen de afgesproken termijn van zes maanden met de cliënt geëvalueerd. Het planningssysteem geeft geen
signaal als een evaluatie verloopt.</div>
<h2>5 Overige bevindingen</h2>
<p>De klanttevredenheid wordt gemeten, maar de uitkomsten worden niet per wijkteam besproken. De directie
beoordeling over 2025 is volledig, al zou zij volgens het auditteam meer aandacht moeten geven aan de risico's van
personeelstekort. Het verzuim is met 8,9 procent hoog. Bij de vorige audit, in januari 2023, formuleerde Certivaria
als verbeterkans: <i>'Betrek cliënten en mantelzorgers structureel bij de jaarlijkse evaluatie van het
kwaliteitssysteem.'</i> De cliëntenraad neemt sindsdien deel aan de directiebeoordeling.</p>
<p>De interne audits zijn uitgevoerd door twee medewerkers van het kwaliteitsbureau, die daardoor soms hun eigen
werk beoordelen. Leveranciers van hulpmiddelen worden niet beoordeeld. In twee wijken werkt men nog met papieren
overdrachtsschriften bij de cliënt thuis, naast het elektronisch cliëntdossier.</p>
<h2>6 Verbeterkansen</h2>
<p>Verbeterkansen zijn geen afwijkingen; de organisatie beslist zelf of en hoe zij ze oppakt. Het auditteam vraagt
wel om in het correctieplan aan te geven wat er met elke verbeterkans gebeurt.</p>
<div class="box">
""" + vk("VK-01", "Bespreek de uitkomsten van het klanttevredenheidsonderzoek per wijkteam en laat elk team daar "
                  "twee eigen verbeteracties aan verbinden.") + \
        vk("VK-02", "Breng het bekwaamheidsregister van alle teams onder in een centraal systeem dat automatisch "
                    "waarschuwt wanneer een hertoetsing nodig is.") + \
        vk("VK-03", "Laat de interne audits uitvoeren door auditoren die geen verantwoordelijkheid hebben voor het "
                    "onderdeel dat zij beoordelen, bijvoorbeeld via uitwisseling met een andere zorgaanbieder.") + \
        vk("VK-04", "Neem de risico's van het personeelstekort op in de directiebeoordeling, met maatregelen en een "
                    "eigenaar per risico.") + \
        vk("VK-05", "Schaf de papieren overdrachtsschriften af en leg alle overdrachten vast in het elektronisch "
                    "cliëntdossier.") + \
        vk("VK-06", "Beoordeel jaarlijks de leveranciers van hulpmiddelen en incontinentiemateriaal op "
                    "leverbetrouwbaarheid en kwaliteit.") + \
        vk("VK-07", "Onderzoek samen met de bedrijfsarts de oorzaken van het hoge verzuim in de wijkteams "
                    "Holy en Westwijk.") + """
</div>
<h2>7 Conclusie</h2>
<p>Het managementsysteem van De Lindehof voldoet op hoofdlijnen aan de normen. Het auditteam heeft twee minor
afwijkingen vastgesteld. Na acceptatie van het correctieplan kan het certificaat worden gehandhaafd tot
februari 2029, met jaarlijkse tussentijdse audits.</p>
<p class="small">Certivaria B.V., Utrecht &mdash; dit rapport mag alleen in zijn geheel worden vermenigvuldigd.</p>
"""
    B.chromium_pdf(page(css("#1d6b4f"), body), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Certivaria | Auditrapport CV-20931 / 2026-0117 | Thuiszorg De Lindehof",
            "pagina {n} van {m}", SANS["Regular"])


def response():
    body = """
<div class="band"><b>STICHTING THUISZORG DE LINDEHOF</b> | kwaliteit en veiligheid</div>
<h1>Correctieplan en reactie op verbeterkansen</h1>
<table class="kv">
<tr><td>Aan</td><td>Certivaria B.V., t.a.v. drs. M.F. Oudshoorn, lead auditor</td></tr>
<tr><td>Betreft</td><td>audit 2026-0117, dossier CV-20931</td></tr>
<tr><td>Datum</td><td>6 maart 2026</td></tr>
<tr><td>Opgesteld door</td><td>R. Zwinkels, kwaliteitsadviseur; vastgesteld door de raad van bestuur</td></tr>
</table>
<p>Wij danken het auditteam voor de prettige en leerzame audit. Medewerkers hebben de gesprekken als open en
respectvol ervaren. Dit formulier bevat in deel A ons correctieplan voor de twee afwijkingen en in deel B onze
reactie op de verbeterkansen.</p>
<h2>Deel A &mdash; Correctieplan afwijkingen</h2>
<h3>A-01 Bekwaamheid voorbehouden handelingen</h3>
<p><b>Oorzaak:</b> de teams hielden elk een eigen overzicht bij, zonder centrale controle. <b>Correctie:</b> de vijf
medewerkers zijn op 12 en 19 februari opnieuw getoetst door de verpleegkundig specialist. <b>Effectiviteit:</b> de
teamleiders controleren het overzicht voortaan per kwartaal.</p>
<h3>A-02 Evaluatie zorgplannen</h3>
<p><b>Oorzaak:</b> evaluaties werden handmatig gepland. <b>Correctie:</b> de vijf zorgplannen zijn inmiddels met de
cliënt geëvalueerd; de wijkverpleegkundigen krijgen vanaf april een maandelijkse lijst van evaluaties die binnen
zes weken verlopen.</p>
<h2>Deel B &mdash; Reactie op de verbeterkansen</h2>
<h3>VK-04 Personeelstekort in de directiebeoordeling</h3>
<p><span class="lab">Besluit: overgenomen</span> Vanaf de directiebeoordeling over 2026 is personeelstekort een
vast onderdeel van het risicoprofiel, met per risico een maatregel en een verantwoordelijk manager.</p>
<h3>VK-02 en VK-06 Registers en leveranciers</h3>
<p><span class="lab">Besluit VK-02: overgenomen</span> Het bekwaamheidsregister gaat per 1 juni over naar de
leeromgeving LindeLeert, die medewerker en teamleider drie maanden voor de vervaldatum een bericht stuurt.</p>
<p><span class="lab">Besluit VK-06: niet overgenomen</span> De hulpmiddelen en het incontinentiemateriaal worden
geleverd via de zorgverzekeraar, die de leveranciers contracteert en beoordeelt. Een eigen jaarlijkse beoordeling
voegt voor ons weinig toe; wij melden problemen wel direct bij de verzekeraar.</p>
<h3>VK-01 Klanttevredenheid per team</h3>
<p><span class="lab">Besluit: deels overgenomen</span> De uitkomsten worden vanaf dit voorjaar per wijkteam besproken
in het teamoverleg. Wij vragen de teams echter niet om elk twee eigen verbeteracties; de teams kiezen zelf of een
actie nodig is, omdat de scores in de meeste teams hoog zijn.</p>
<h3>VK-07 Verzuim</h3>
<p><span class="lab">Besluit: ter kennisname</span> Het verzuim heeft onze aandacht. Wij hebben de verbeterkans
doorgegeven aan de ondernemingsraad en de werkgroep Vitaal Werken, die in het najaar met een analyse komen; pas
daarna bepalen wij of een onderzoek met de bedrijfsarts nodig is.</p>
<h3>VK-05 Overdrachtsschriften</h3>
<p><span class="lab">Besluit: overgenomen</span> De papieren schriften in de wijken Oostpolder en Holy worden per
1 mei uitgefaseerd; cliënten en mantelzorgers kunnen meelezen via het cliëntportaal.</p>
<h2>Ondertekening</h2>
<p>Namens de raad van bestuur, mevrouw ir. C.W. Baaijens-Roelofs. Wij ontvangen graag uw bevestiging dat het
correctieplan is geaccepteerd, zodat het certificaat kan worden verlengd.</p>
"""
    B.chromium_pdf(page(css("#2b4c7e"), body), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Thuiszorg De Lindehof | Correctieplan audit 2026-0117", "{n}/{m}",
            SANS["Regular"])


RECS = [
    ("VK-01", "Bespreek de uitkomsten van het klanttevredenheidsonderzoek per wijkteam en laat",
     "Wij vragen de teams echter niet om elk twee eigen verbeteracties", "partly"),
    ("VK-02", "Breng het bekwaamheidsregister van alle teams onder in een centraal",
     "gaat per 1 juni over naar de leeromgeving LindeLeert", "agrees"),
    ("VK-03", "Laat de interne audits uitvoeren door auditoren die geen verantwoordelijkheid",
     None, "unanswered"),
    ("VK-04", "Neem de risico's van het personeelstekort op in de directiebeoordeling",
     "is personeelstekort een vast onderdeel van het risicoprofiel", "agrees"),
    ("VK-05", "Schaf de papieren overdrachtsschriften af en leg alle overdrachten vast",
     "worden per 1 mei uitgefaseerd", "agrees"),
    ("VK-06", "Beoordeel jaarlijks de leveranciers van hulpmiddelen en incontinentiemateriaal op",
     "Een eigen jaarlijkse beoordeling voegt voor ons weinig toe", "disagrees"),
    ("VK-07", "Onderzoek samen met de bedrijfsarts de oorzaken van het hoge",
     "doorgegeven aan de ondernemingsraad en de werkgroep Vitaal Werken", "noted"),
]
UNMATCHED = [
    "Wij danken het auditteam voor de prettige en leerzame audit",
    "de vijf medewerkers zijn op 12 en 19 februari opnieuw getoetst",
    "krijgen vanaf april een maandelijkse lijst van evaluaties",
    "Wij ontvangen graag uw bevestiging dat het correctieplan is geaccepteerd",
]
NOTES = ("AUDITRAPPORT of a CERTIFICATION BODY (hercertificatie-audit against ISO 9001 and HKZ at a home-care "
         "organisation), answered by the organisation's CORRECTIEPLAN form. Certivaria, De Lindehof, people and "
         "figures are invented (the standards are real). Recommendations: the 'verbeterkansen' VK-01 to VK-07 as "
         "hanging codes in a shaded block in chapter 6 (numbers are the codes). Traps: the audit data table with "
         "'Advies certificatiebeslissing: handhaven' (advice to the certifier, not to the organisation); the "
         "norm's 'De organisatie moet ...' requirements quoted; 'moet binnen drie maanden ... een correctieplan "
         "indienen' (a duty); the minor AFWIJKINGEN A-01 and A-02 (non-conformities, findings, not "
         "recommendations); a sample table; 'Sterke punten' bullets; 'zou ... moeten geven' as a finding; the 2023 "
         "verbeterkans quoted (an imperative, already followed). Correctieplan: intro (nothing); part A A-01 and "
         "A-02 (nothing: they answer the afwijkingen); part B in another order with 'Besluit:' labels: VK-04 "
         "agrees; ONE block 'VK-02 en VK-06' = VK-02 agrees + VK-06 disagrees; VK-01 partly ('deels overgenomen'); "
         "VK-07 noted ('ter kennisname', passed to the OR and a working group); VK-05 agrees; 'Ondertekening' "
         "(nothing); VK-03 unanswered.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
