"""Blind round 14 (nl), pair blind14_nl_migratie — LibreOffice Writer (headless) from hand-written HTML.

Advice: Adviesraad Migratie (ACVZ) advice on asylum seekers' access to paid work: cover, Inhoudsopgave, a
Samenvatting with the seven recommendations repeated in short form and numbered, Writer footnotes, running
header/footer (stamped with PyMuPDF), chapter 5 'Conclusies en aanbevelingen' with recommendations 1-7 (bold lead sentence + explanation).
Response: Kabinetsreactie (bijlage bij Kamerbrief): prose 'Hoofdlijnen', then a ruled table 'Nr. | Aanbeveling
(samengevat) | Reactie kabinet' grouped by theme rows, recommendation 6 missing, then 'Tot slot'.

Run from the repository root (venv outside the repo; needs libreoffice-writer-nogui):
    python3 -m venv /tmp/blind14nlenv && /tmp/blind14nlenv/bin/pip install reportlab fpdf2 pymupdf fonttools
    /tmp/blind14nlenv/bin/python tests/docs/src/blind14/gen_nl_migratie_lo.py
LibreOffice writes its own IDs and dates, so the PDFs are not byte-reproducible.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _nl_b14 import html_to_pdf, stamp  # noqa: E402

NAME = "blind14_nl_migratie"

CSS = """
@page { size: 21cm 29.7cm; margin: 2.2cm 2.4cm 2cm 2.4cm; }
body { font-family: 'Liberation Serif'; font-size: 11pt; }
p { margin-top: 0; margin-bottom: 0.22cm; line-height: 128%; text-align: justify; }
h1 { font-family: 'Liberation Sans'; font-size: 16pt; color: #7a1f4b; margin-top: 0.2cm; margin-bottom: 0.3cm; }
h2 { font-family: 'Liberation Sans'; font-size: 12pt; color: #7a1f4b; margin-top: 0.4cm; margin-bottom: 0.15cm; }
li { margin-bottom: 0.12cm; line-height: 128%; }
.hdr { font-family: 'Liberation Sans'; font-size: 8pt; color: #666666; }
.ftr { font-family: 'Liberation Sans'; font-size: 8pt; color: #666666; text-align: right; }
td { font-family: 'Liberation Sans'; font-size: 9.5pt; vertical-align: top; }
.sdfootnote { font-size: 8.5pt; }
"""


def doc(body: str) -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{CSS}</style></head><body>
{body}</body></html>"""


def fn(n: int) -> str:
    return (f'<a class="sdfootnoteanc" name="sdfootnote{n}anc" href="#sdfootnote{n}sym"><sup>{n}</sup></a>')


def fn_body(n: int, text: str) -> str:
    return (f'<div id="sdfootnote{n}"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote{n}sym" '
            f'href="#sdfootnote{n}anc">{n}</a> {text}</p></div>')


RECS = [
    ("Verkort de wachttermijn voor toegang tot betaald werk van zes naar drie maanden na de asielaanvraag.",
     "Drie maanden sluit aan bij de Europese Opvangrichtlijn, die negen maanden als uiterste termijn noemt, en bij "
     "de praktijk in België en Duitsland. Hoe eerder asielzoekers kunnen werken, hoe kleiner de afstand tot de "
     "arbeidsmarkt blijft."),
    ("Leg de afschaffing van de 24-wekeneis vast in de Wet arbeid vreemdelingen, zodat asielzoekers zonder "
     "beperking in weken mogen werken.",
     "De huidige tijdelijke regeling biedt werkgevers en asielzoekers te weinig zekerheid."),
    ("Vervang de tewerkstellingsvergunning voor asielzoekers door een meldplicht voor de werkgever bij het UWV.",
     "De toets op prioriteitgenietend aanbod geldt voor asielzoekers toch al niet; de vergunning voegt daardoor "
     "weinig toe, terwijl de aanvraag werkgevers gemiddeld vijf weken kost."),
    ("Bied iedere asielzoeker vanaf de eerste week in de opvang Nederlandse les aan, ongeacht de kans op een "
     "verblijfsvergunning.",
     "Taal is de sleutel tot werk. Ook wie uiteindelijk niet in Nederland blijft, heeft baat bij een zinvolle "
     "dagbesteding tijdens de procedure."),
    ("Breng bij binnenkomst in de opvang de opleiding en werkervaring van asielzoekers in kaart en geef die "
     "gegevens door aan de gemeente waar de statushouder gaat wonen.",
     "Nu begint de gemeente na de vestiging opnieuw met dezelfde gesprekken. Een warme overdracht bespaart "
     "maanden."),
    ("Verlaag de eigen bijdrage die werkende asielzoekers aan het COA betalen, zodat werken financieel loont.",
     "Asielzoekers mogen nu slechts een klein deel van hun inkomen houden. Bij een baan van twintig uur per week "
     "houdt een alleenstaande er per maand minder dan 200 euro aan over."),
    ("Monitor jaarlijks hoeveel asielzoekers betaald werk verrichten en rapporteer daarover aan de Tweede Kamer.",
     "Op dit moment ontbreken betrouwbare cijfers; het COA registreert alleen de vergunningen, niet het "
     "werkelijke werk."),
]


def advice() -> None:
    b = []
    b.append("""
<p style="margin-top:1cm"><font face="Liberation Sans" size="4" color="#7a1f4b"><b>Adviesraad Migratie</b></font></p>
<p style="margin-top:5cm; text-align:left"><font face="Liberation Sans" size="7" color="#7a1f4b"><b>Werk vanaf de eerste dag?</b></font></p>
<p style="text-align:left"><font face="Liberation Sans" size="4">Advies over de toegang van asielzoekers tot betaald werk</font></p>
<p style="margin-top:10cm; text-align:left"><font face="Liberation Sans" size="3">Den Haag, maart 2025<br>Advies op verzoek van de minister van Asiel en Migratie en de minister van Sociale Zaken en Werkgelegenheid</font></p>
""")
    b.append('<h1 style="page-break-before: always">Inhoudsopgave</h1>')
    b.append('<table width="100%" cellpadding="3">')
    for t, p in (("Samenvatting", "2"), ("1  Inleiding", "3"), ("2  De huidige regels", "3"),
                 ("3  Knelpunten in de praktijk", "3"), ("4  Ervaringen in andere landen", "3"),
                 ("5  Conclusies en aanbevelingen", "4"), ("Bijlage  Geraadpleegde organisaties", "4")):
        b.append(f'<tr><td width="90%">{t}</td><td align="right">{p}</td></tr>')
    b.append("</table>")
    b.append("<h1>Samenvatting</h1>")
    b.append("<p>Ongeveer 30.000 asielzoekers wachten in de opvang op een beslissing op hun aanvraag. Velen van hen "
             "willen werken, maar slechts een klein deel doet dat ook. De ministers vroegen de Adviesraad Migratie "
             "hoe de toegang tot betaald werk kan worden verbeterd. De raad concludeert dat de regels ingewikkeld "
             "zijn, dat werkgevers afhaken door de administratieve lasten en dat werken voor asielzoekers "
             "financieel nauwelijks loont.</p>")
    b.append("<p>De raad doet de volgende aanbevelingen:</p><ol>")
    for short in ("Verkort de wachttermijn tot drie maanden.",
                  "Schaf de 24-wekeneis wettelijk af.",
                  "Vervang de tewerkstellingsvergunning door een meldplicht.",
                  "Taallessen vanaf de eerste week.",
                  "Breng opleiding en werkervaring vroeg in kaart.",
                  "Laat werken lonen: een lagere eigen bijdrage.",
                  "Monitor de arbeidsparticipatie."):
        b.append(f"<li><p>{short}</p></li>")
    b.append("</ol>")
    b.append('<h1 style="page-break-before: always">1  Inleiding</h1>')
    b.append("<p>Op 4 juli 2024 vroegen de minister van Asiel en Migratie en de minister van Sociale Zaken en "
             "Werkgelegenheid de Adviesraad Migratie om advies over de arbeidsmarkttoegang van asielzoekers." + fn(1)
             + " De adviesaanvraag bevatte de volgende vragen:</p><ul>"
             "<li><p>Welke belemmeringen ervaren asielzoekers en werkgevers bij het vinden en aanbieden van werk?</p></li>"
             "<li><p>Welke lessen zijn te trekken uit de aanpak in andere Europese landen?</p></li>"
             "<li><p>Welke aanpassingen van wet- en regelgeving zijn wenselijk?</p></li></ul>")
    b.append("<p>Voor dit advies bestudeerde de raad wetgeving en literatuur, voerde hij gesprekken met 41 "
             "asielzoekers op vijf opvanglocaties en sprak hij met werkgevers, uitzendbureaus, het COA, het UWV en "
             "gemeenten. Een lijst van geraadpleegde organisaties staat in de bijlage.</p>")
    b.append("<h1>2  De huidige regels</h1>")
    b.append("<p>Een asielzoeker mag in Nederland betaald werk verrichten zodra zijn asielaanvraag zes maanden in "
             "behandeling is. De werkgever moet daarvoor een tewerkstellingsvergunning (TWV) aanvragen bij het UWV. "
             "Tot 2024 gold bovendien dat een asielzoeker niet meer dan 24 weken per 52 weken mocht werken. Na een "
             "uitspraak van de Afdeling bestuursrechtspraak van de Raad van State is deze eis buiten werking gesteld; "
             "sindsdien geldt een tijdelijke regeling." + fn(2) + "</p>")
    b.append("<p>Een werkende asielzoeker betaalt een deel van zijn inkomen als eigen bijdrage aan het COA. Dat "
             "deel loopt op tot 75 procent van het nettoloon boven een vrijlating van ongeveer 25 procent van het "
             "minimumloon.</p>")
    b.append("<h1>3  Knelpunten in de praktijk</h1>")
    b.append("<p>In 2024 werkten gemiddeld ongeveer 3.500 asielzoekers, ruim tien procent van degenen die mochten "
             "werken. Werkgevers noemden vooral de doorlooptijd van de TWV en de onzekerheid over de duur van het "
             "verblijf. Asielzoekers wezen op de afstand tussen de opvanglocatie en het werk, op verhuizingen tussen "
             "locaties en op de geringe opbrengst na aftrek van de eigen bijdrage." + fn(3) + "</p>")
    b.append("<p>Daarnaast ontbreekt het vaak aan taalles. Het COA biedt in de eerste maanden alleen een korte "
             "cursus 'Nederlands in de opvang' aan, en dan nog niet op alle locaties. Gemeenten beginnen pas na de "
             "vestiging van een statushouder met een inventarisatie van diens opleiding en werkervaring, ook als "
             "die al maanden in de opvang heeft verbleven.</p>")
    b.append("<h1>4  Ervaringen in andere landen</h1>")
    b.append("<p>In België mogen asielzoekers vier maanden na hun aanvraag werken, zonder vergunning van de "
             "werkgever. In Duitsland geldt een termijn van drie maanden, met een toets door de arbeidsbemiddeling "
             "die in de praktijk binnen twee weken wordt afgerond. In beide landen ligt het aandeel werkende "
             "asielzoekers hoger dan in Nederland, al zijn de cijfers niet goed vergelijkbaar.</p>")
    b.append('<h1>5  Conclusies en aanbevelingen</h1>')
    b.append("<p>De raad concludeert dat het Nederlandse stelsel in theorie toegang tot werk biedt, maar dat die "
             "toegang in de praktijk door regels, lasten en geringe opbrengst sterk wordt beperkt. Dat is een "
             "verspilling van talent en draagt bij aan passiviteit in de opvang. Tegelijk beseft de raad dat "
             "toegang tot werk geen verblijfsrecht mag suggereren. Met de onderstaande aanbevelingen zoekt hij naar "
             "een evenwicht.</p>")
    b.append("<ol>")
    for lead, expl in RECS:
        b.append(f"<li><p><b>{lead}</b> {expl}</p></li>")
    b.append("</ol>")
    b.append("<h2>Bijlage  Geraadpleegde organisaties</h2>")
    b.append("<p>Centraal Orgaan opvang asielzoekers (COA); Uitvoeringsinstituut Werknemersverzekeringen (UWV); "
             "Vereniging van Nederlandse Gemeenten (VNG); VluchtelingenWerk Nederland; Algemene Bond "
             "Uitzendondernemingen (ABU); Landelijke Tuinbouw Organisatie Nederland; gemeenten Amsterdam, Ede en "
             "Emmen.</p>")
    b.append(fn_body(1, "Brief van 4 juli 2024, kenmerk 5912345, aan de voorzitter van de Adviesraad Migratie."))
    b.append(fn_body(2, "ABRvS 2024, zie ook Kamerstukken II 2023/24, 19 637, nr. 3260."))
    b.append(fn_body(3, "Gesprekken met asielzoekers op de locaties Budel-Cranendonck, Ter Apel, Zweeloo, "
                        "Heerlen en Gilze, september\u2013november 2024."))
    out = html_to_pdf(doc("".join(b)), f"{NAME}_advice.pdf")
    stamp(out, "Adviesraad Migratie \u2013 Werk vanaf de eerste dag?", "{page}")


ROWS = [
    ("theme", "Toegang tot betaald werk"),
    ("1", "Wachttermijn verkorten van zes naar drie maanden.",
     "Het kabinet neemt deze aanbeveling niet over. Een kortere termijn kan Nederland aantrekkelijker maken als "
     "bestemmingsland, terwijl het kabinet de instroom juist wil beperken. Bovendien is na drie maanden vaak nog "
     "niet duidelijk of iemand een kansrijke aanvraag heeft. De termijn van zes maanden blijft daarom "
     "gehandhaafd."),
    ("2", "24-wekeneis wettelijk afschaffen.",
     "Overgenomen. De tijdelijke regeling wordt omgezet in een wijziging van het Besluit uitvoering Wet arbeid "
     "vreemdelingen. Het ontwerpbesluit wordt in het najaar van 2025 voor consultatie aangeboden; de beoogde "
     "inwerkingtreding is 1 juli 2026."),
    ("3", "Meldplicht werkgever in plaats van TWV.",
     "Het kabinet deelt het doel om werkgevers minder lasten te bezorgen, maar wil zicht houden op de "
     "arbeidsvoorwaarden waaronder asielzoekers werken. De TWV blijft daarom bestaan. Wel wordt de procedure "
     "vereenvoudigd: het UWV beslist voortaan binnen twee weken in plaats van vijf, en één vergunning geldt voor "
     "alle vestigingen van een werkgever."),
    ("theme", "Taal en voorbereiding op werk"),
    ("4", "Taalles vanaf de eerste week voor iedere asielzoeker.",
     "Het COA breidt het taalaanbod uit. Vanaf 1 januari 2026 krijgt iedere asielzoeker op alle opvanglocaties "
     "vanaf de eerste week Nederlandse les, ongeacht het land van herkomst. De kosten worden gedekt uit de "
     "middelen voor de opvang."),
    ("5", "Opleiding en werkervaring vroeg in kaart brengen en doorgeven aan de gemeente.",
     "Het kabinet ziet het belang van een warme overdracht, maar het doorgeven van persoonsgegevens aan "
     "gemeenten vraagt om een zorgvuldige juridische grondslag. Het kabinet laat daarom samen met het COA, de "
     "VNG en Divosa uitzoeken hoe dit binnen de AVG kan worden vormgegeven. De uitkomst wordt voor de zomer van "
     "2026 verwacht; daarna neemt het kabinet een besluit."),
    ("theme", "Zicht op de resultaten"),
    ("7", "Arbeidsparticipatie jaarlijks monitoren en rapporteren.",
     "Het kabinet zegt toe dat het UWV en het COA vanaf 2026 gezamenlijk registreren hoeveel asielzoekers "
     "werken. De cijfers worden ieder jaar opgenomen in de Staat van Migratie, voor het eerst in de editie van "
     "2026."),
]


def response() -> None:
    b = []
    b.append('<p style="text-align:left"><font face="Liberation Sans" size="2" color="#555555">Bijlage bij '
             'Kamerbrief 2025Z14872 \u2013 Ministerie van Asiel en Migratie</font></p>')
    b.append("<h1>Kabinetsreactie op het advies \u2018Werk vanaf de eerste dag?\u2019 van de Adviesraad "
             "Migratie</h1>")
    b.append("<h2>Inleiding</h2>")
    b.append("<p>In maart 2025 bracht de Adviesraad Migratie het advies \u2018Werk vanaf de eerste dag?\u2019 uit "
             "over de toegang van asielzoekers tot betaald werk. Het kabinet dankt de raad voor het heldere advies en "
             "voor de aandacht voor zowel de asielzoekers zelf als de werkgevers die hen een kans willen bieden. In "
             "deze bijlage geeft het kabinet eerst zijn reactie op hoofdlijnen en daarna, in een tabel, zijn reactie "
             "op de afzonderlijke aanbevelingen.</p>")
    b.append("<h2>Reactie op hoofdlijnen</h2>")
    b.append("<p>Het kabinet onderschrijft de analyse van de raad dat werk tijdens de asielprocedure bijdraagt aan "
             "zelfredzaamheid en een zinvolle dagbesteding, en dat statushouders die al in de opvang hebben "
             "gewerkt sneller hun weg op de arbeidsmarkt vinden. Tegelijk moet het beleid passen bij de opgave om "
             "de asielinstroom te beperken en mag werk geen verwachtingen over verblijf wekken. Het kabinet kiest "
             "daarom voor maatregelen die de bestaande toegang beter laten werken, zonder die toegang zelf te "
             "verruimen.</p>")
    b.append("<h2>Reactie per aanbeveling</h2>")
    b.append('<table width="100%" border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">')
    b.append('<thead><tr bgcolor="#e6d3dc"><td width="7%"><b>Nr.</b></td><td width="30%"><b>Aanbeveling '
             'Adviesraad Migratie (samengevat)</b></td><td width="63%"><b>Reactie kabinet</b></td></tr></thead>'
             "<tbody>")
    for r in ROWS:
        if r[0] == "theme":
            b.append(f'<tr bgcolor="#f3f3f3"><td colspan="3"><i>{r[1]}</i></td></tr>')
        else:
            b.append(f"<tr><td>{r[0]}</td><td>{r[1]}</td><td>{r[2]}</td></tr>")
    b.append("</tbody></table>")
    b.append("<h2>Tot slot</h2>")
    b.append("<p>Het kabinet informeert de Tweede Kamer over de voortgang van deze maatregelen in de "
             "voortgangsbrief over het asielbeleid die in het voorjaar van 2026 verschijnt.</p>")
    out = html_to_pdf(doc("".join(b)), f"{NAME}_response.pdf")
    stamp(out, "", "Pagina {page} van {pages}", skip_first=False)


if __name__ == "__main__":
    advice()
    response()
    print("written", NAME)
