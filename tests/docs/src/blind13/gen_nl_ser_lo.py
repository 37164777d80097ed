"""Blind round 13, pair ``blind13_nl_ser``: a SER advice and the cabinet's reaction (a note with a table).

Engine: LibreOffice Writer, headless, from HTML (soffice --convert-to pdf); fonts Liberation Serif / Sans
(Debian fonts-liberation). Footnotes use Writer's own HTML footnote anchors (sdfootnote).
Run from the repository root with any Python 3 that has pymupdf (for the check) and with soffice on PATH, e.g.
    /tmp/blind13nlenv/bin/python tests/docs/src/blind13/gen_nl_ser_lo.py
Writes tests/docs/blind13_nl_ser_advice.pdf and tests/docs/blind13_nl_ser_response.pdf.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _nl_common import html_to_pdf  # noqa: E402

CSS = """
@page { size: 21cm 29.7cm; margin: 2cm 2.3cm 1.8cm 2.3cm; }
body { font-family: 'Liberation Serif'; font-size: 10.5pt; }
p { margin-top: 0; margin-bottom: 0.2cm; line-height: 128%; text-align: justify; }
h1 { font-family: 'Liberation Sans'; font-size: 16pt; color: #7A1F3D; margin-top: 0.2cm; margin-bottom: 0.3cm; }
h2 { font-family: 'Liberation Sans'; font-size: 12pt; color: #7A1F3D; margin-top: 0.4cm; margin-bottom: 0.2cm; }
h3 { font-family: 'Liberation Sans'; font-size: 10.5pt; margin-top: 0.3cm; margin-bottom: 0.1cm; }
li { margin-bottom: 0.15cm; line-height: 128%; text-align: justify; }
td { font-size: 10pt; vertical-align: top; }
.hdr { font-family: 'Liberation Sans'; font-size: 8pt; color: #777777; text-align: right; }
.ftr { font-family: 'Liberation Sans'; font-size: 8pt; color: #777777; text-align: center; }
.sdfootnote { font-size: 8.5pt; margin-bottom: 0.05cm; }
"""

PAGE = '<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield>'


def wrap(body, header, footer, css=CSS):
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{css}</style></head><body>
<div title="header"><p class="hdr">{header}</p></div>
<div title="footer"><p class="ftr">{footer}{PAGE}</p></div>
{body}</body></html>"""


def fn_anchor(n):
    return (f'<a class="sdfootnoteanc" name="sdfootnote{n}anc" href="#sdfootnote{n}sym"><sup>{n}</sup></a>')


def fn_body(n, text):
    return (f'<div id="sdfootnote{n}"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote{n}sym" '
            f'href="#sdfootnote{n}anc">{n}</a> {text}</p></div>')


ADVICE = f"""
<p style="font-family:'Liberation Sans';font-size:11pt;color:#7A1F3D;margin-top:2cm"><b>SOCIAAL-ECONOMISCHE RAAD</b></p>
<p style="font-family:'Liberation Sans';font-size:26pt;line-height:115%;margin-top:4cm;text-align:left"><b>Samen investeren in vakmanschap</b></p>
<p style="font-family:'Liberation Sans';font-size:14pt;text-align:left">Leven lang ontwikkelen in het mkb</p>
<p style="font-family:'Liberation Sans';font-size:10pt;margin-top:3cm;text-align:left">ADVIES 25/04 &nbsp;|&nbsp; MEI 2025</p>
<p style="font-family:'Liberation Sans';font-size:9pt;color:#555555;margin-top:6cm;text-align:left">Sociaal-Economische Raad<br/>Bezuidenhoutseweg 60<br/>Postbus 90405<br/>2509 LK Den Haag<br/>www.ser.nl</p>

<h1 style="page-break-before: always">Inhoudsopgave</h1>
<table width="100%" cellpadding="3">
<tr><td>Samenvatting</td><td align="right">3</td></tr>
<tr><td>1&nbsp;&nbsp;Inleiding</td><td align="right">3</td></tr>
<tr><td>2&nbsp;&nbsp;Ontwikkelen in het mkb: stand van zaken</td><td align="right">3</td></tr>
<tr><td>3&nbsp;&nbsp;Aanbevelingen</td><td align="right">3</td></tr>
<tr><td>3.1&nbsp;&nbsp;Financiering van ontwikkeling</td><td align="right">4</td></tr>
<tr><td>3.2&nbsp;&nbsp;Ondersteuning van werkgevers en werkenden</td><td align="right">4</td></tr>
<tr><td>3.3&nbsp;&nbsp;Afspraken en monitoring</td><td align="right">4</td></tr>
<tr><td>Bijlage&nbsp;&nbsp;Samenstelling commissie</td><td align="right">4</td></tr>
</table>
<p style="margin-top:1cm;font-size:9pt;color:#555555">Dit advies is voorbereid door de commissie Leven Lang Ontwikkelen en vastgesteld in de openbare raadsvergadering van 16 mei 2025.</p>

<h1 style="page-break-before: always">Samenvatting</h1>
<p>Werkenden in het midden- en kleinbedrijf volgen minder vaak een opleiding dan werkenden bij grote bedrijven. In kleine bedrijven ontbreekt het vaak aan tijd, geld en een HR-afdeling, en de bestaande regelingen zijn voor ondernemers moeilijk te vinden. Tegelijk verandert het werk in het mkb snel, onder meer door digitalisering en de energietransitie. De minister van Sociale Zaken en Werkgelegenheid en de minister van Onderwijs, Cultuur en Wetenschap hebben de SER gevraagd hoe het leven lang ontwikkelen in het mkb een impuls kan krijgen.</p>
<p>De raad ziet een gedeelde verantwoordelijkheid van overheid, werkgevers en werkenden. De overheid zorgt voor een stabiel financieel fundament, sociale partners maken afspraken in cao's en sectoren, en werkenden nemen zelf regie over hun loopbaan. De raad vraagt het kabinet vooral om minder en eenvoudiger regelingen, om een individueel budget voor werkenden met een lage opleiding en om een regionale infrastructuur die niet elk jaar opnieuw ter discussie staat. Sociale partners vraagt de raad om ontwikkeling vast onderdeel te maken van de arbeidsvoorwaarden. De aanbevelingen staan in hoofdstuk 3.</p>

<h1>1&nbsp;&nbsp;Inleiding</h1>
<p>Op 4 juli 2024 ontving de SER een adviesaanvraag over leven lang ontwikkelen in het mkb. De ministers vroegen de raad in te gaan op de volgende vragen:</p>
<ul>
<li>Welke belemmeringen ervaren mkb-werkgevers en hun werkenden bij scholing en ontwikkeling?</li>
<li>Hoe kunnen de bestaande publieke en private instrumenten beter op elkaar aansluiten?</li>
<li>Welke rol kunnen de regio en de sectoren spelen?</li>
</ul>
<p>Voor dit advies heeft de commissie gesprekken gevoerd met ondernemers, O&amp;O-fondsen, regionale mobiliteitsteams en onderwijsinstellingen. Ook is gebruikgemaakt van recent onderzoek van het Researchcentrum voor Onderwijs en Arbeidsmarkt (ROA) en het CBS.{fn_anchor(1)}</p>

<h1>2&nbsp;&nbsp;Ontwikkelen in het mkb: stand van zaken</h1>
<p>In 2023 volgde 38 procent van de werkenden in kleine bedrijven een cursus of opleiding, tegen 52 procent in bedrijven met meer dan 250 werknemers. De commissie ziet vier knelpunten:</p>
<ol>
<li>Ondernemers hebben weinig tijd om opleidingen te organiseren en kunnen werknemers moeilijk missen.</li>
<li>Het aanbod van regelingen is versnipperd en verandert vaak; sinds 2020 zijn er vier landelijke regelingen bijgekomen of verdwenen.</li>
<li>Werkenden met een lage opleiding, flexwerkers en zzp'ers komen het minst toe aan ontwikkeling.</li>
<li>Over de effecten van de investeringen is weinig bekend.</li>
</ol>
<p>Het STAP-budget, dat in 2022 werd ingevoerd, is per 1 januari 2024 afgeschaft. Een groot deel van het budget ging naar hoger opgeleiden en naar opleidingen met een beperkte arbeidsmarktwaarde.{fn_anchor(2)} De middelen zijn gedeeltelijk overgeheveld naar de regionale mobiliteitsteams, waarvan de financiering in 2026 afloopt.</p>

<h1>3&nbsp;&nbsp;Aanbevelingen</h1>
<p>Op basis van de analyse doet de raad zeven aanbevelingen. De eerste vijf en de laatste richten zich tot het kabinet; de zesde richt zich tot sociale partners.</p>
<h2>3.1&nbsp;&nbsp;Financiering van ontwikkeling</h2>
<ol>
<li>Vorm het STAP-budget om tot een individueel ontwikkelbudget van 1.000 euro per vijf jaar voor iedere werkende zonder startkwalificatie of met ten hoogste een diploma op mbo-niveau 2.</li>
<li>Verleng de subsidieregeling SLIM voor het mkb tot ten minste 2030 en vereenvoudig de aanvraagprocedure, zodat ook kleine ondernemers zonder adviseur een aanvraag kunnen doen.</li>
<li>Introduceer een fiscale scholingsaftrek voor werkgevers in het mkb die investeren in erkende opleidingen van hun werknemers.</li>
</ol>
<p>De raad is zich ervan bewust dat deze voorstellen geld kosten. Hij wijst erop dat de opbrengsten, in de vorm van een hogere productiviteit en een kleiner beroep op uitkeringen, pas na enkele jaren zichtbaar worden.{fn_anchor(3)}</p>
<h2>3.2&nbsp;&nbsp;Ondersteuning van werkgevers en werkenden</h2>
<ol start="4">
<li>Geef de regionale mobiliteitsteams een structurele basis en financiering, zodat zij ook na 2026 werkenden en werkzoekenden kunnen begeleiden.</li>
<li>Ontwikkel samen met de O&amp;O-fondsen één landelijk loket waar werkgevers en werkenden alle informatie over scholingsmogelijkheden en regelingen kunnen vinden.</li>
</ol>
<h2>3.3&nbsp;&nbsp;Afspraken en monitoring</h2>
<ol start="6">
<li>Sociale partners maken in iedere cao afspraken over een persoonlijk ontwikkelplan voor werkenden en over tijd voor scholing onder werktijd.</li>
<li>Laat het ROA en het Centraal Planbureau de effecten van het beleid voor leven lang ontwikkelen periodiek evalueren, voor het eerst in 2028.</li>
</ol>
<p>Tot slot merkt de raad op dat de positie van zzp'ers in dit advies slechts zijdelings aan bod komt. De raad brengt hierover later in 2025 een afzonderlijk advies uit.</p>

<h2>Bijlage&nbsp;&nbsp;Samenstelling commissie</h2>
<p style="text-align:left">Commissie Leven Lang Ontwikkelen: mr. A.C. Hoekstra (voorzitter, kroonlid), drs. P. de Graaf (VNO-NCW/MKB-Nederland), H. Yilmaz (FNV), dr. E. van Rijn (CNV), prof. dr. L.M. Bosman (kroonlid). Secretariaat: drs. J. Verbeek, M. Kaya MSc.</p>

{fn_body(1, "ROA (2024), <i>Scholing van werkenden in het mkb</i>, Maastricht; CBS (2024), <i>Enquête beroepsbevolking</i>.")}
{fn_body(2, "Zie de eindevaluatie van het STAP-budget door SEO Economisch Onderzoek (2023).")}
{fn_body(3, "CPB (2023), <i>Kansrijk arbeidsmarktbeleid</i>, deel 2, p. 114-121.")}
"""

RCSS = CSS.replace("font-family: 'Liberation Serif'; font-size: 10.5pt;", "font-family: 'Liberation Sans'; font-size: 9.8pt;") + """
table.r { border-collapse: collapse; }
table.r td { border: 0.5pt solid #444444; padding: 4pt; font-size: 9pt; text-align: left; }
table.r th { border: 0.5pt solid #444444; padding: 4pt; font-size: 9pt; background: #D9E2EC; text-align: left; }
"""

ROWS = [
    ("1", "STAP-budget omvormen tot individueel ontwikkelbudget voor werkenden met een lage opleiding",
     "Het kabinet deelt de analyse dat de ontwikkeling van werkenden met een lage opleiding extra steun verdient en "
     "voert een individueel ontwikkelbudget in. Gelet op de beschikbare middelen wordt het budget echter 750 euro "
     "per vijf jaar in plaats van de door de raad voorgestelde 1.000 euro, en gaat de regeling pas op 1 januari "
     "2027 in. Een wetsvoorstel volgt in het voorjaar van 2026."),
    ("2", "SLIM-regeling verlengen tot ten minste 2030 en vereenvoudigen",
     "Overgenomen. De SLIM-regeling wordt verlengd tot en met 2030. Vanaf het aanvraagtijdvak van maart 2026 "
     "volstaat voor kleine ondernemingen een verkort aanvraagformulier zonder opleidingsplan vooraf."),
    ("3", "Fiscale scholingsaftrek voor mkb-werkgevers",
     "Het kabinet volgt dit voorstel niet. Een generieke fiscale aftrek is weinig gericht, leidt tot "
     "meeneemeffecten bij bedrijven die al investeren en past niet bij het streven naar minder fiscale "
     "regelingen. Het kabinet zet de beschikbare middelen liever in via de SLIM-regeling."),
    ("4 en 5", "Structurele basis regionale mobiliteitsteams; één landelijk loket met de O&amp;O-fondsen",
     "De regionale mobiliteitsteams krijgen vanaf 2027 een structurele plek in de regionale "
     "werkgeversdienstverlening van UWV en gemeenten; de financiering wordt daartoe in de begroting van SZW "
     "vastgelegd. Een nieuw landelijk loket acht het kabinet niet nodig: het bestaande platform "
     "Hoewerktnederland.nl wordt uitgebreid met een overzicht van de regelingen van de O&amp;O-fondsen, zodat "
     "werkgevers en werkenden op één plek terecht kunnen. Het kabinet gaat hierover in overleg met de Stichting "
     "van de Arbeid."),
    ("6", "Cao-afspraken over een persoonlijk ontwikkelplan en scholing onder werktijd",
     "Deze aanbeveling is gericht aan sociale partners. Het kabinet ziet de waarde van zulke afspraken, maar "
     "laat het aan cao-partijen over of en hoe zij die maken. In de cao-monitor van SZW wordt vanaf 2026 bijgehouden "
     "hoeveel cao's een ontwikkelafspraak bevatten."),
    ("7", "Periodieke evaluatie door ROA en CPB, voor het eerst in 2028",
     "Het kabinet stemt in met deze aanbeveling. Het ROA krijgt de opdracht voor een vierjaarlijkse evaluatie, met "
     "een eerste rapportage in 2028; het CPB wordt gevraagd de doorrekening van de effecten voor zijn rekening te "
     "nemen."),
    ("&ndash;", "Positie van zzp'ers (toelichting bij hoofdstuk 3)",
     "Het kabinet ziet het aangekondigde SER-advies over zelfstandigen met belangstelling tegemoet en betrekt het bij "
     "de uitwerking van de arbeidsongeschiktheidsverzekering voor zelfstandigen."),
]

table = "".join(f"<tr valign=\"top\"><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in ROWS)

RESPONSE = f"""
<p style="font-family:'Liberation Sans';font-size:8.5pt;color:#154273;text-align:left"><b>Ministerie van Sociale Zaken en Werkgelegenheid</b><br/><b>Ministerie van Onderwijs, Cultuur en Wetenschap</b></p>
<p style="font-size:8.5pt;color:#555555;text-align:left">Bijlage bij Kamerbrief 2025-0000213877 van 9 oktober 2025</p>
<h1 style="color:#154273;margin-top:0.8cm">Kabinetsreactie op het SER-advies &lsquo;Samen investeren in vakmanschap&rsquo;</h1>
<h2 style="color:#154273">1. Inleiding</h2>
<p>Op 16 mei 2025 heeft de Sociaal-Economische Raad het advies &lsquo;Samen investeren in vakmanschap. Leven lang ontwikkelen in het mkb&rsquo; uitgebracht. Het advies is opgesteld op verzoek van de minister van Sociale Zaken en Werkgelegenheid en de minister van Onderwijs, Cultuur en Wetenschap. Het kabinet is de raad erkentelijk voor het zorgvuldige en breed gedragen advies. In deze notitie geeft het kabinet eerst zijn reactie op hoofdlijnen en daarna per aanbeveling.</p>
<h2 style="color:#154273">2. Reactie op hoofdlijnen</h2>
<p>Het kabinet onderschrijft de analyse van de raad. Werkenden in kleine bedrijven, en vooral werkenden met een lage opleiding, doen te weinig aan scholing, terwijl hun werk snel verandert. Het kabinet deelt ook de opvatting dat het stelsel van regelingen eenvoudiger en stabieler moet. Niet alle voorstellen van de raad passen echter binnen de budgettaire kaders van deze kabinetsperiode. Het kabinet kiest daarom voor een gerichte inzet op de groepen die het verst van ontwikkeling af staan.</p>
<h2 style="color:#154273">3. Reactie per aanbeveling</h2>
<p>In de onderstaande tabel zijn de aanbevelingen van de raad kort samengevat. De volledige tekst staat in hoofdstuk 3 van het advies.</p>
<table class="r" width="100%" cellpadding="4" cellspacing="0" border="1">
<thead><tr><th width="9%">Nr.</th><th width="30%">Aanbeveling SER (samengevat)</th><th width="61%">Reactie kabinet</th></tr></thead>
{table}
</table>
<h2 style="color:#154273">4. Financiële gevolgen</h2>
<p>De structurele financiering van de regionale mobiliteitsteams (55 miljoen euro per jaar vanaf 2027) en het individuele ontwikkelbudget (oplopend tot 90 miljoen euro per jaar) worden gedekt uit de middelen die vrijvielen na de afschaffing van het STAP-budget. De verlenging van de SLIM-regeling wordt gefinancierd binnen de bestaande begroting van SZW.</p>
<h2 style="color:#154273">5. Tot slot</h2>
<p>Het kabinet gaat graag met sociale partners, de O&amp;O-fondsen en de regio&rsquo;s in gesprek over de uitwerking van deze reactie. De Tweede Kamer wordt voor het einde van 2026 geïnformeerd over de voortgang.</p>
"""


if __name__ == "__main__":
    print(html_to_pdf(wrap(ADVICE, "SER &nbsp;|&nbsp; Samen investeren in vakmanschap", ""), "blind13_nl_ser_advice.pdf"))
    print(html_to_pdf(wrap(RESPONSE, "Kabinetsreactie SER-advies Leven lang ontwikkelen in het mkb", "Pagina ",
                           RCSS), "blind13_nl_ser_response.pdf"))
