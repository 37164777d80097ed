"""Blind round 17 (nl), pair blind17_nl_mensenrechten — LibreOffice Writer from HTML.

Advice: College voor de Rechten van de Mens, rapport 'Geselecteerd op afkomst?' on risk profiling by government
organisations: cover, 'Inhoudsopgave' table, Samenvatting, chapters with Writer footnotes, a ruled table of the
examined organisations (numbered 1-5, not recommendations), the legal framework with bold run-in article labels,
and '5 Aanbevelingen' with ONE lettered list a.-g. after 'Het College beveelt de regering aan:' (f and g also
directed at the organisations themselves in the lead-in of a second list starting at f); stamped running header and
page number.
Response: 'Reactie van het kabinet' letter of the minister of BZK (also on behalf of Justitie en Veiligheid),
subject headings in its own order that name the letters in parentheses: 'Verbod op afkomst als selectiecriterium
(aanbeveling a)', 'Transparantie (aanbevelingen c en d)' one section with two verdicts, 'Monitoring (f)',
'Toetsing vooraf (b)', 'Klachten (e)', 'Toezicht (g)'; a section on the findings about DUO that answers no
recommendation.

Run from the repository root (venv outside the repo; needs libreoffice-writer-nogui):
    python3 -m venv /tmp/blind17nlenv && /tmp/blind17nlenv/bin/pip install reportlab fpdf2 pymupdf fonttools
    /tmp/blind17nlenv/bin/python tests/docs/src/blind17/gen_nl_mensenrechten_lo.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _nl_b17 import html_to_pdf, stamp  # noqa: E402

NAME = "blind17_nl_mensenrechten"

CSS_ADV = """
@page { size: 21cm 29.7cm; margin: 2.4cm 2.5cm 2.4cm 2.5cm; }
body { font-family: 'Liberation Serif'; font-size: 11pt; }
p { margin-top: 0; margin-bottom: 0.22cm; line-height: 135%; text-align: left; }
h1 { font-family: 'Liberation Sans'; font-size: 16pt; color: #6b2c91; margin-top: 0; margin-bottom: 0.35cm; }
h2 { font-family: 'Liberation Sans'; font-size: 11.5pt; color: #6b2c91; margin-top: 0.4cm; margin-bottom: 0.15cm; }
li { margin-bottom: 0.15cm; line-height: 135%; }
td { font-family: 'Liberation Sans'; font-size: 9.5pt; vertical-align: top; }
.sdfootnote { font-size: 8.5pt; }
"""

CSS_RESP = """
@page { size: 21cm 29.7cm; margin: 2.2cm 2.6cm 2.4cm 2.6cm; }
body { font-family: 'Liberation Sans'; font-size: 10pt; }
p { margin-top: 0; margin-bottom: 0.22cm; line-height: 140%; text-align: left; }
h2 { font-family: 'Liberation Sans'; font-size: 10pt; font-weight: bold; margin-top: 0.4cm; margin-bottom: 0.1cm; }
td { font-family: 'Liberation Sans'; font-size: 8.5pt; vertical-align: top; }
"""


def doc(css: str, body: str) -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{css}</style></head><body>
{body}</body></html>"""


def fn(n: int) -> str:
    return f'<a class="sdfootnoteanc" name="sdfootnote{n}anc" href="#sdfootnote{n}sym"><sup>{n}</sup></a>'


def fn_body(n: int, text: str) -> str:
    return (f'<div id="sdfootnote{n}"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote{n}sym" '
            f'href="#sdfootnote{n}anc">{n}</a> {text}</p></div>')


BR = '<p style="page-break-before: always; margin: 0"></p>'

RECS_GOV = [
    "Verbied het gebruik van nationaliteit, etniciteit en geboorteland als selectiecriterium in risicoprofielen van "
    "overheidsorganisaties, en leg dit verbod vast in de wet.",
    "Verplicht overheidsorganisaties om ieder risicoprofiel v\u00f3\u00f3r ingebruikname te toetsen op het risico "
    "van discriminatie, en laat die toets uitvoeren door een partij die niet bij de ontwikkeling betrokken was.",
    "Zorg ervoor dat alle risicoprofielen van overheidsorganisaties, met de gebruikte selectiecriteria, worden "
    "gepubliceerd in het Algoritmeregister.",
    "Informeer burgers achteraf wanneer zij op basis van een risicoprofiel zijn geselecteerd voor een extra "
    "controle, en vertel hun op grond van welke kenmerken dat is gebeurd.",
    "Zorg dat burgers die vermoeden dat zij door een risicoprofiel zijn benadeeld, laagdrempelig een klacht kunnen "
    "indienen bij \u00e9\u00e9n centraal meldpunt.",
]
RECS_BOTH = [
    "Monitor periodiek of de uitkomsten van risicoselectie ongelijk uitpakken naar herkomst, en gebruik daarvoor zo "
    "nodig gegevens van het Centraal Bureau voor de Statistiek.",
    "Geef de Autoriteit Persoonsgegevens voldoende middelen en bevoegdheden om het gebruik van risicoprofielen door "
    "de overheid actief te controleren.",
]

ADV = f"""
<p style="font-family: 'Liberation Sans'; font-size: 12pt; color: #6b2c91; margin: 0"><b>College voor de Rechten van de Mens</b></p>
<p style="font-family: 'Liberation Sans'; font-size: 26pt; color: #6b2c91; margin-top: 6.5cm; line-height: 115%"><b>Geselecteerd op afkomst?</b></p>
<p style="font-family: 'Liberation Sans'; font-size: 13pt">Risicoprofilering door overheidsorganisaties getoetst aan het verbod op discriminatie</p>
<p style="font-family: 'Liberation Sans'; font-size: 10pt; margin-top: 9cm">Rapport<br/>Utrecht, oktober 2025</p>
{BR}
<h1>Inhoudsopgave</h1>
<table width="90%" cellpadding="3" cellspacing="0">
<tr><td>Samenvatting</td><td align="right">3</td></tr>
<tr><td>1 Inleiding</td><td align="right">3</td></tr>
<tr><td>2 Juridisch kader</td><td align="right">3</td></tr>
<tr><td>3 Risicoprofielen in de praktijk</td><td align="right">3</td></tr>
<tr><td>4 Beoordeling</td><td align="right">4</td></tr>
<tr><td>5 Aanbevelingen</td><td align="right">5</td></tr>
</table>
<p style="margin-top: 14cm; font-size: 8.5pt; font-family: 'Liberation Sans'">Het College voor de Rechten van de Mens is
het nationale instituut voor de rechten van de mens in Nederland. Het College geeft voorlichting, doet onderzoek en
adviseert over mensenrechten, en oordeelt over klachten over discriminatie.<br/>College voor de Rechten van de Mens,
Kleinesingel 1-3, 3572 CG Utrecht \u2014 www.mensenrechten.nl</p>
{BR}
<h1>Samenvatting</h1>
<p>Overheidsorganisaties gebruiken risicoprofielen om te bepalen welke burgers of aanvragen zij extra controleren. Dat
kan doelmatig zijn, maar het risico bestaat dat groepen burgers vaker worden gecontroleerd vanwege hun afkomst. De
toeslagenaffaire en het onderzoek naar de controle op de uitwonendenbeurs bij DUO hebben laten zien hoe ingrijpend de
gevolgen daarvan kunnen zijn.</p>
<p>Het College heeft de risicoprofielen van vijf overheidsorganisaties onderzocht. Bij drie van de vijf organisaties
werden kenmerken gebruikt die nauw samenhangen met afkomst, zoals taalvaardigheid, postcode of een tweede
nationaliteit. Geen van de organisaties toetste vooraf systematisch of het profiel tot discriminatie kon leiden. Het
College doet zeven aanbevelingen, gericht aan de regering en aan overheidsorganisaties.</p>
<h1 style="margin-top: 0.6cm">1 Inleiding</h1>
<p>Het College heeft dit onderzoek op eigen initiatief uitgevoerd, op grond van zijn taak om onderzoek te doen naar de
naleving van de mensenrechten in Nederland.{fn(1)} Het onderzoek richt zich op risicoprofielen die worden gebruikt bij
de controle op uitkeringen, toeslagen, studiefinanciering en vergunningen.</p>
<h1 style="margin-top: 0.6cm">2 Juridisch kader</h1>
<p><b>Artikel 1 Grondwet.</b> Allen die zich in Nederland bevinden, worden in gelijke gevallen gelijk behandeld.
Discriminatie wegens ras is niet toegestaan.</p>
<p><b>Artikel 14 EVRM en artikel 1 Twaalfde Protocol.</b> Het genot van rechten moet worden verzekerd zonder enig
onderscheid op grond van onder meer ras, nationale afkomst of het behoren tot een nationale minderheid.</p>
<p><b>Artikel 22 AVG.</b> Betrokkenen hebben het recht niet te worden onderworpen aan een uitsluitend op
geautomatiseerde verwerking gebaseerd besluit waaraan rechtsgevolgen zijn verbonden.{fn(2)}</p>
<p>Volgens vaste rechtspraak is onderscheid op grond van etniciteit alleen toegestaan als daarvoor zeer gewichtige
redenen bestaan. Dat geldt ook voor indirect onderscheid via kenmerken die sterk met afkomst samenhangen.</p>
<h1 style="margin-top: 0.6cm">3 Risicoprofielen in de praktijk</h1>
<p>Het College heeft de volgende organisaties onderzocht:</p>
<table width="100%" cellpadding="4" cellspacing="0" border="1" style="border-collapse: collapse">
<tr><td bgcolor="#ece3f2"><b>Nr.</b></td><td bgcolor="#ece3f2"><b>Organisatie</b></td>
<td bgcolor="#ece3f2"><b>Toepassing van het risicoprofiel</b></td></tr>
<tr><td>1</td><td>UWV</td><td>Controle op het recht op een WW-uitkering</td></tr>
<tr><td>2</td><td>Sociale Verzekeringsbank</td><td>Controle op de woonlandbeginsel-toets bij de AOW</td></tr>
<tr><td>3</td><td>DUO</td><td>Controle op de uitwonendenbeurs</td></tr>
<tr><td>4</td><td>Gemeente (anoniem)</td><td>Heronderzoek in de bijstand</td></tr>
<tr><td>5</td><td>Immigratie- en Naturalisatiedienst</td><td>Beoordeling van visumaanvragen</td></tr>
</table>
<p style="margin-top: 0.3cm">Bij UWV, de onderzochte gemeente en de IND werden kenmerken gebruikt die indirect naar
afkomst verwijzen. Bij DUO werd tot 2023 onder meer de afstand tot het ouderlijk huis gebruikt, wat volgens eerder
onderzoek leidde tot een oververtegenwoordiging van studenten met een migratieachtergrond.{fn(3)} Geen van de
organisaties kon laten zien dat vooraf was getoetst of het profiel tot ongelijke behandeling kon leiden.</p>
<p>Burgers die voor een controle werden geselecteerd, wisten niet waarom dat gebeurde. Zij konden zich daardoor ook
niet verweren. Wie wilde klagen, moest zich wenden tot de organisatie zelf, die de klacht vaak afdeed als een klacht
over de bejegening.</p>
<h1 style="margin-top: 0.6cm">4 Beoordeling</h1>
<p>Het College oordeelt dat het gebruik van kenmerken die sterk samenhangen met afkomst in strijd kan zijn met het
verbod op discriminatie, tenzij de organisatie kan aantonen dat het gebruik objectief gerechtvaardigd is. Dat kon
geen van de onderzochte organisaties. Daarnaast ontbreekt het aan transparantie en aan een effectieve mogelijkheid
om op te komen tegen een selectie.</p>
{BR}
<h1>5 Aanbevelingen</h1>
<p>Op basis van zijn onderzoek doet het College de volgende aanbevelingen.</p>
<p><b>Het College beveelt de regering aan:</b></p>
<ol type="a">
{"".join(f"<li>{r}</li>" for r in RECS_GOV)}
</ol>
<p><b>Het College beveelt de regering en de overheidsorganisaties die risicoprofielen gebruiken aan:</b></p>
<ol type="a" start="6">
{"".join(f"<li>{r}</li>" for r in RECS_BOTH)}
</ol>
<p>Het College gaat graag met de regering en de betrokken organisaties in gesprek over de uitvoering van deze
aanbevelingen.</p>
{fn_body(1, "Artikel 3, onder a, Wet College voor de rechten van de mens.")}
{fn_body(2, "Verordening (EU) 2016/679 (Algemene verordening gegevensbescherming).")}
{fn_body(3, "Zie het rapport van PricewaterhouseCoopers, <i>Onderzoek misbruik uitwonendenbeurs</i>, 1 maart 2024.")}
"""

RESP = """
<table width="100%" cellpadding="0" cellspacing="0"><tr><td width="55%"></td>
<td><p style="font-size: 9pt; margin: 0"><b>Ministerie van Binnenlandse Zaken en<br/>Koninkrijksrelaties</b></p></td></tr></table>
<p style="font-size: 6.5pt; margin-top: 1.2cm">&gt; Retouradres Postbus 20011 2500 EA  Den Haag</p>
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="62%"><p style="font-size: 10pt">College voor de Rechten van de Mens<br/>t.a.v. de voorzitter<br/>Postbus 16001<br/>3500 DA  Utrecht</p></td>
<td><p style="font-size: 7pt; margin: 0"><b>DG Digitalisering en Overheidsorganisatie</b><br/>Directie Digitale
Samenleving<br/><br/><b>Kenmerk</b><br/>2026-0000014932<br/><br/><b>Uw kenmerk</b><br/>CRM 2025/0871</p></td></tr></table>
<p style="margin-top: 0.6cm">Datum&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;20 januari 2026<br/>Betreft&nbsp;&nbsp;&nbsp;&nbsp;Reactie van het kabinet op het rapport \u2018Geselecteerd op afkomst?\u2019</p>
<p style="margin-top: 0.5cm">Geachte mevrouw Verbeek,</p>
<p>Op 14 oktober 2025 heeft het College voor de Rechten van de Mens het rapport \u2018Geselecteerd op afkomst?\u2019
gepubliceerd. Graag geef ik u, mede namens de minister van Justitie en Veiligheid en de minister van Sociale Zaken
en Werkgelegenheid, de reactie van het kabinet op dit rapport. Een afschrift van deze brief zend ik aan de Tweede
Kamer.</p>
<p>Het kabinet onderschrijft de boodschap van het College zonder voorbehoud: een overheid die burgers selecteert op
grond van hun afkomst, schendt het vertrouwen waarop zij steunt. De lessen uit de toeslagenaffaire en de zaak van de
uitwonendenbeurs zijn daarin pijnlijk duidelijk.</p>
<h2>Verbod op afkomst als selectiecriterium (aanbeveling a)</h2>
<p>Het kabinet neemt deze aanbeveling over. In het wetsvoorstel dat op dit moment in voorbereiding is, wordt
uitdrukkelijk bepaald dat nationaliteit, etniciteit en geboorteland niet als selectiecriterium in risicoprofielen
mogen worden gebruikt. Het voorstel gaat in het voorjaar van 2026 in internetconsultatie.</p>
<h2>Transparantie (aanbevelingen c en d)</h2>
<p>Het kabinet deelt de opvatting dat burgers moeten kunnen weten hoe de overheid selecteert. Alle
overheidsorganisaties zijn verplicht hun risicoprofielen voor eind 2026 op te nemen in het Algoritmeregister. De
selectiecriteria zelf worden daarin echter niet in alle gevallen volledig gepubliceerd: als bekend is op welke
kenmerken wordt gecontroleerd, kunnen fraudeurs hun gedrag daarop aanpassen. Het register vermeldt daarom wel de
categorie\u00ebn van gebruikte gegevens, maar niet de precieze drempelwaarden.</p>
<p>Om dezelfde reden kiest het kabinet er niet voor om iedere geselecteerde burger achteraf te informeren over de
kenmerken op grond waarvan hij is geselecteerd. Burgers kunnen wel op grond van de AVG inzage vragen in de
gegevens die over hen zijn verwerkt; organisaties zullen daar in hun brieven op wijzen.</p>
<h2>Monitoring van ongelijke effecten (aanbeveling f)</h2>
<p>Dit is al in gang gezet. Sinds september 2025 voeren UWV, SVB, DUO en Dienst Toeslagen samen met het CBS een
jaarlijkse analyse uit van de uitkomsten van hun risicoselectie naar herkomst. De eerste resultaten worden in het
voorjaar van 2026 gepubliceerd. Het kabinet zal gemeenten ondersteunen om een vergelijkbare analyse te doen.</p>
<h2>Toetsing vooraf (aanbeveling b)</h2>
<p>Een toets op discriminatie v\u00f3\u00f3r ingebruikname van een risicoprofiel vindt het kabinet noodzakelijk. Het
kabinet verplicht daarom het gebruik van het Impact Assessment Mensenrechten en Algoritmes (IAMA) voor alle
risicoprofielen die leiden tot een besluit over burgers. De eis dat een externe partij die toets uitvoert, neemt het
kabinet niet over: de verantwoordelijkheid hoort bij de organisatie zelf, die wel een onafhankelijke interne
commissie moet inschakelen.</p>
<h2>Een centraal meldpunt (aanbeveling e)</h2>
<p>Het voorstel voor \u00e9\u00e9n centraal meldpunt vraagt om nadere afweging. Burgers kunnen al terecht bij de
Nationale ombudsman, de gemeentelijke ombudsvoorzieningen en bij uw College. Het kabinet gaat met deze instanties in
gesprek over de vraag of een centraal meldpunt meerwaarde heeft en komt daar later op terug.</p>
<h2>Toezicht door de Autoriteit Persoonsgegevens (aanbeveling g)</h2>
<p>De Autoriteit Persoonsgegevens heeft sinds 2023 een directie Coördinatie Algoritmes en ontvangt daarvoor
structureel \u20ac 3,6 miljoen per jaar. Het kabinet acht die middelen toereikend en ziet geen reden om de
bevoegdheden van de AP op dit punt verder uit te breiden.</p>
<h2>De bevindingen over DUO</h2>
<p>Het College beschrijft ook de controle op de uitwonendenbeurs. Zoals bekend heeft DUO het gebruik van dat
risicoprofiel in 2023 stopgezet en zijn alle studenten die onterecht een boete kregen, gecompenseerd. Het
herstel is inmiddels voor 96 procent afgerond.</p>
<p style="margin-top: 0.4cm">Het kabinet dankt het College voor het waardevolle rapport en ziet uit naar de verdere
samenwerking.</p>
<p>Hoogachtend,</p>
<p style="margin-top: 0.2cm">de minister van Binnenlandse Zaken en Koninkrijksrelaties,</p>
<p style="margin-top: 0.9cm">drs. M.E. van Rijswijk-Dekker</p>
"""


def main() -> None:
    adv = html_to_pdf(doc(CSS_ADV, ADV), f"{NAME}_advice.pdf")
    stamp(adv, "College voor de Rechten van de Mens  |  Geselecteerd op afkomst?", "{page}")
    resp = html_to_pdf(doc(CSS_RESP, RESP), f"{NAME}_response.pdf")
    stamp(resp, "", "Pagina {page} van {pages}", skip_first=False)
    print("written", NAME)


if __name__ == "__main__":
    main()
