"""Blind round 14 (nl), pair blind14_nl_vlaamse_ombudsman — PyMuPDF Story.

Advice: Vlaamse Ombudsdienst, 'Ombudsrapport 2025/2' on waiting for a persoonsvolgend budget (VAPH): cover,
Inhoud, grey 'Uit de klachtendossiers' case boxes, recommendations as bold 'Aanbeveling N' lines with the text
below, inside the chapters (1-2 in chapter 2, 3 in chapter 3, 4-6 in chapter 4), a closing 'Overzicht van de
aanbevelingen' repeating them in short form, running header and 'N/M' footer (stamped with PyMuPDF).
Response: letter of the Vlaamse minister van Welzijn to the Vlaamse Ombudsman (Flemish letterhead row 'uw bericht
van | uw kenmerk | ons kenmerk | bijlagen'), headings 'Aanbeveling 1 – …' in another order, 'Aanbevelingen 4 en 5'
in one section, a section on the facts in the report (unmatched).

Run from the repository root (venv outside the repo):
    python3 -m venv /tmp/blind14nlenv && /tmp/blind14nlenv/bin/pip install reportlab fpdf2 pymupdf fonttools
    /tmp/blind14nlenv/bin/python tests/docs/src/blind14/gen_nl_vlaamse_ombudsman_story.py
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pymupdf  # noqa: E402

from _nl_b14 import DOCS, stamp, story_css_fonts, story_fonts  # noqa: E402

NAME = "blind14_nl_vlaamse_ombudsman"
A4 = pymupdf.paper_rect("a4")

CSS_COMMON = """
body { font-family: lserif; font-size: 10.5pt; }
p { margin-top: 0; margin-bottom: 6pt; line-height: 1.3; text-align: justify; }
h1 { font-family: lsans; font-size: 15pt; color: #00566b; margin-top: 4pt; margin-bottom: 8pt; }
h2 { font-family: lsans; font-size: 11.5pt; color: #00566b; margin-top: 8pt; margin-bottom: 4pt; }
.rec { font-family: lsans; font-weight: bold; font-size: 10pt; margin-bottom: 2pt; margin-top: 6pt; color: #00566b; }
.rectext { font-weight: bold; }
.case { background-color: #e9eef0; padding: 6pt; font-family: lsans; font-size: 9pt; margin-bottom: 8pt; }
.case p { text-align: left; }
.small { font-family: lsans; font-size: 8.5pt; }
td { font-family: lsans; font-size: 9pt; vertical-align: top; padding: 3pt; }
li { margin-bottom: 3pt; }
"""


def build(html: str, out: Path, tmp: Path, *, first_top: float = 60, top: float = 60, bottom: float = 60,
          left: float = 68, right: float = 68, css: str = "") -> None:
    arch = pymupdf.Archive(str(tmp))
    writer = pymupdf.DocumentWriter(str(out))
    n = 0
    for part in html.split("<!--NEWPAGE-->"):  # each part starts on a new page
        story = pymupdf.Story(part, user_css=story_css_fonts() + CSS_COMMON + css, archive=arch)
        more = 1
        while more:
            dev = writer.begin_page(A4)
            t = first_top if n == 0 else top
            more, _ = story.place(pymupdf.Rect(left, t, A4.width - right, A4.height - bottom))
            story.draw(dev)
            writer.end_page()
            n += 1
    writer.close()


ADV = """
<div style="height: 700pt">
<p style="font-family: lsans; font-size: 12pt; color: #00566b; margin-top: 40pt"><b>Vlaamse Ombudsdienst</b></p>
<p style="font-family: lsans; font-size: 26pt; color: #00566b; margin-top: 150pt; line-height: 1.1; text-align: left"><b>Wachten op zorg</b></p>
<p style="font-family: lsans; font-size: 13pt; text-align: left">Klachten over de toekenning van een persoonsvolgend budget door het VAPH</p>
<p style="font-family: lsans; font-size: 10pt; margin-top: 260pt; text-align: left">Ombudsrapport 2025/2<br/>Brussel, 24 april 2025<br/>Aan het Vlaams Parlement en de Vlaamse minister bevoegd voor Welzijn</p>
</div>
<!--NEWPAGE-->
<h1>Inhoud</h1>
<table style="width: 100%">
<tr><td>1</td><td>Waarom dit rapport</td><td style="text-align: right">2</td></tr>
<tr><td>2</td><td>Informatie over de wachttijd</td><td style="text-align: right">2</td></tr>
<tr><td>3</td><td>Herziening van de prioriteit in noodsituaties</td><td style="text-align: right">3</td></tr>
<tr><td>4</td><td>Het automatisch toegekend zorgbudget en de bijstand aan aanvragers</td><td style="text-align: right">3</td></tr>
<tr><td>5</td><td>Tot besluit</td><td style="text-align: right">3</td></tr>
<tr><td></td><td>Overzicht van de aanbevelingen</td><td style="text-align: right">4</td></tr>
</table>

<h1>1 Waarom dit rapport</h1>
<p>Wie een handicap heeft en ondersteuning nodig heeft, kan bij het Vlaams Agentschap voor Personen met een
Handicap (VAPH) een persoonsvolgend budget (PVB) aanvragen. Omdat de beschikbare middelen beperkt zijn, deelt
het VAPH de aanvragers in prioriteitengroepen in. Eind 2024 stonden ruim 15.000 personen op de wachtlijst.</p>
<p>In 2024 ontving de Vlaamse Ombudsdienst 412 klachten over het PVB, bijna een derde meer dan in 2023. De
klachten gaan zelden over de wachtlijst op zich: de Ombudsdienst begrijpt dat een budget niet onbeperkt is. Ze
gaan wel over de manier waarop mensen tijdens het wachten worden behandeld. Met dit rapport wil de Ombudsdienst
daarover structurele aanbevelingen doen. Het rapport steunt op de klachtendossiers, op gesprekken met het VAPH
en met bijstandsorganisaties, en op een bevraging van 260 wachtenden.</p>
<p>De Ombudsdienst legde een ontwerp van dit rapport in maart 2025 voor aan het VAPH en aan het kabinet van de
minister. Met hun opmerkingen over de feiten is rekening gehouden. Waar het VAPH een andere lezing van de
cijfers heeft, vermelden wij dat in de tekst.</p>
<p>Het rapport is als volgt opgebouwd. In de hoofdstukken 2 tot en met 4 bespreken wij telkens een knelpunt, met
een voorbeeld uit de klachtendossiers en de aanbeveling(en) die daaruit volgen. Achteraan staat een overzicht
van alle aanbevelingen.</p>

<h1>2 Informatie over de wachttijd</h1>
<p>Aanvragers krijgen bij de beslissing over hun prioriteitengroep een brief. Daarna horen de meesten jarenlang
niets meer. Op de website van het VAPH kunnen ze hun positie niet opvragen, en de telefonische dienstverlening
verwijst hen naar de bijstandsorganisaties. Van de bevraagde wachtenden wist 71 procent niet hoe lang zij
nog zouden moeten wachten.</p>
<div class="case"><p><b>Uit de klachtendossiers</b></p>
<p>Mevrouw D. (58) vraagt sinds 2019 een budget aan voor haar zoon met een verstandelijke beperking. Zij belde in
2024 vier keer naar het VAPH om te vragen hoe lang het nog zou duren. Telkens kreeg ze te horen dat daar
"niets over te zeggen" was. Pas na tussenkomst van de Ombudsdienst kreeg zij een schatting.</p></div>
<p class="rec">Aanbeveling 1</p>
<p><span class="rectext">Het VAPH informeert iedere aanvrager op de wachtlijst minstens eenmaal per jaar
schriftelijk over zijn positie en over de verwachte wachttijd.</span> Een schatting met een marge is beter dan
geen informatie. Ze helpt gezinnen om hun leven en de zorg in afwachting van het budget te plannen.</p>
<p>Wanneer de situatie van een aanvrager verandert, moet het VAPH bovendien zelf nagaan of de ingeschatte
prioriteit nog klopt. De Ombudsdienst stelde vast dat het VAPH daarvoor volledig afhangt van de aanvrager.</p>
<p class="rec">Aanbeveling 2</p>
<p><span class="rectext">Het VAPH vraagt bij een verlenging van de wachttijd automatisch de meest recente
gegevens op bij de Kruispuntbank van de Sociale Zekerheid en bij de zorgaanbieder.</span> Zo hoeft de aanvrager
niet zelf opnieuw attesten te verzamelen.</p>

<h1>3 Herziening van de prioriteit in noodsituaties</h1>
<p>Een aanvrager van wie de situatie plots verslechtert, bijvoorbeeld omdat een mantelzorger overlijdt, kan
vragen om in een hogere prioriteitengroep te worden ingedeeld. De regelgeving legt voor die beslissing geen
termijn op. In de dossiers die de Ombudsdienst onderzocht, duurde het gemiddeld 94 dagen voor de regionale
prioriteitencommissie besliste. In zeven dossiers was de aanvrager intussen in een crisisopvang beland.</p>
<div class="case"><p><b>Uit de klachtendossiers</b></p>
<p>De heer V. (44) heeft een niet-aangeboren hersenletsel. Na het overlijden van zijn moeder, bij wie hij
woonde, vroeg zijn zus in juni 2024 een herziening aan. De beslissing volgde in oktober 2024.</p></div>
<p class="rec">Aanbeveling 3</p>
<p><span class="rectext">De Vlaamse Regering legt in de regelgeving vast dat over een vraag tot herziening van de
prioriteitengroep in een noodsituatie binnen dertig dagen wordt beslist.</span> Een wettelijke termijn geeft
aanvragers rechtszekerheid en dwingt tot een werkwijze die op noodsituaties is afgestemd.</p>

<h1>4 Het automatisch toegekend zorgbudget en de bijstand aan aanvragers</h1>
<p>Voor bepaalde groepen kent het VAPH een budget automatisch toe, zonder wachtlijst. De criteria daarvoor zijn
voor aanvragers moeilijk te vinden en te begrijpen. Verschillende klagers wisten niet dat zij in aanmerking
kwamen, of dachten ten onrechte van wel.</p>
<p class="rec">Aanbeveling 4</p>
<p><span class="rectext">Het VAPH publiceert de criteria voor een automatisch toegekend zorgbudget op zijn website in
begrijpelijke taal, met voorbeelden.</span></p>
<p>Een aanvraag voor een PVB vereist een ondersteuningsplan. Veel aanvragers laten zich daarbij helpen door een
dienst ondersteuningsplan (DOP). De wachttijd bij die diensten liep in 2024 op tot zes maanden.</p>
<p class="rec">Aanbeveling 5</p>
<p><span class="rectext">De Vlaamse Regering zorgt voor voldoende middelen voor de diensten ondersteuningsplan,
zodat iedere aanvrager binnen twee maanden hulp krijgt bij het opmaken van zijn plan.</span></p>
<p>Ten slotte stelde de Ombudsdienst vast dat het VAPH klachten over wachttijden niet apart registreert. Het
agentschap kan daardoor niet zelf vaststellen waar de knelpunten zitten.</p>
<p class="rec">Aanbeveling 6</p>
<p><span class="rectext">Het VAPH registreert klachten over de wachttijd en de informatie daarover afzonderlijk en
rapporteert daarover jaarlijks in zijn jaarverslag.</span></p>

<h1>5 Tot besluit</h1>
<p>Het persoonsvolgend budget was bedoeld om mensen met een handicap meer regie te geven over hun leven. Zolang
de middelen niet volstaan, blijft wachten voor velen onvermijdelijk. Juist daarom moet de overheid het wachten
zo draaglijk mogelijk maken: met eerlijke informatie, snelle beslissingen wanneer het echt dringend is en hulp
bij de aanvraag. De aanbevelingen in dit rapport vragen weinig geld, maar maken voor de wachtenden een groot
verschil.</p>
<!--NEWPAGE--><h2>Overzicht van de aanbevelingen</h2>
<table style="width: 100%; border-collapse: collapse">
<tr style="background-color: #d5e3e7"><td><b>Nr.</b></td><td><b>Aanbeveling (kort)</b></td><td><b>Aan</b></td></tr>
<tr><td>1</td><td>Jaarlijkse brief over positie en wachttijd</td><td>VAPH</td></tr>
<tr><td>2</td><td>Gegevens automatisch opvragen bij verlenging</td><td>VAPH</td></tr>
<tr><td>3</td><td>Beslistermijn van dertig dagen in noodsituaties</td><td>Vlaamse Regering</td></tr>
<tr><td>4</td><td>Criteria automatisch toegekend zorgbudget publiceren</td><td>VAPH</td></tr>
<tr><td>5</td><td>Middelen voor de diensten ondersteuningsplan</td><td>Vlaamse Regering</td></tr>
<tr><td>6</td><td>Klachten over wachttijd apart registreren</td><td>VAPH</td></tr>
</table>
<p class="small" style="margin-top: 10pt">De Vlaamse Ombudsman vraagt de minister om binnen drie maanden te
antwoorden op dit rapport. Het antwoord wordt samen met het jaarverslag 2025 aan het Vlaams Parlement bezorgd.</p>
"""

RESP = """
<p style="font-family: lsans; font-size: 11pt; margin-bottom: 0"><b>Vlaamse Regering</b></p>
<p style="font-family: lsans; font-size: 9pt; text-align: left; margin-bottom: 30pt">Hilde Coppens<br/>Vlaams minister
van Welzijn, Armoedebestrijding en Gezin</p>
<p style="font-family: lsans; font-size: 9.5pt; text-align: left; margin-left: 250pt; margin-bottom: 24pt">
Vlaamse Ombudsman<br/>de heer Jan Vanlommel<br/>Leuvenseplein 1<br/>1000 BRUSSEL</p>
<table style="width: 100%">
<tr><td class="small" style="color: #666666">uw bericht van</td><td class="small" style="color: #666666">uw kenmerk</td>
<td class="small" style="color: #666666">ons kenmerk</td><td class="small" style="color: #666666">bijlagen</td></tr>
<tr><td>24 april 2025</td><td>VO/2025/0212</td><td>WVG/KAB/2025/1187</td><td>&#8211;</td></tr>
</table>
<p style="font-family: lsans; font-size: 9.5pt; margin-top: 10pt"><b>Betreft: antwoord op het ombudsrapport
2025/2 \u2018Wachten op zorg\u2019</b></p>
<p style="font-family: lsans; font-size: 9.5pt">Brussel, 21 juli 2025</p>
<p>Geachte heer Ombudsman,</p>
<p>Ik dank u voor uw rapport over de klachten in verband met het persoonsvolgend budget. Het rapport legt de
vinger op een pijnlijke plek: mensen met een handicap en hun gezinnen wachten niet alleen lang, ze voelen zich
tijdens dat wachten ook vaak aan hun lot overgelaten. Ik heb het rapport met het VAPH besproken. Hieronder ga ik
in op uw aanbevelingen.</p>

<h2>Aanbeveling 1 \u2013 jaarlijkse informatie over de wachttijd</h2>
<p>Ik volg deze aanbeveling. Vanaf maart 2026 krijgt iedere persoon op de wachtlijst jaarlijks een brief met zijn
positie binnen de prioriteitengroep en een ingeschatte wachttijd, met de kanttekening dat die schatting kan
wijzigen. In de loop van 2026 wordt dezelfde informatie ook raadpleegbaar in het digitale dossier op
mijnvaph.be.</p>

<h2>Aanbevelingen 4 en 5 \u2013 duidelijke criteria en bijstand bij het ondersteuningsplan</h2>
<p>Het VAPH heeft de pagina over het automatisch toegekend zorgbudget inmiddels herschreven samen met
ervaringsdeskundigen. De nieuwe tekst, met vijf voorbeeldsituaties, staat sinds 1 juli 2025 online.</p>
<p>Wat de diensten ondersteuningsplan betreft, erken ik dat de wachttijden er te lang zijn opgelopen. In de
begroting 2026 is evenwel geen ruimte voor een structurele verhoging van hun middelen. Ik zal in het kader van
de begrotingsopmaak 2027 opnieuw bekijken welke ruimte er is, en vraag de diensten intussen om voorrang te geven
aan aanvragers in een noodsituatie.</p>

<h2>Aanbeveling 3 \u2013 beslistermijn bij noodsituaties</h2>
<p>Ik begrijp uw vraag naar een vaste termijn. Een termijn van dertig dagen is in de praktijk echter niet haalbaar,
omdat de prioriteitencommissies voor een zorgvuldige beslissing vaak bijkomende verslagen nodig hebben. Ik zal
de Vlaamse Regering voorstellen om in het besluit van 24 juni 2016 een termijn van zestig dagen in te schrijven.
Dossiers waarin de aanvrager zonder opvang dreigt te vallen, blijven bovendien via de bestaande
crisisprocedure binnen enkele dagen behandeld worden.</p>

<h2>Aanbeveling 6 \u2013 registratie van klachten</h2>
<p>Het VAPH registreert klachten sinds januari 2025 met een nieuwe indeling, waarin \u2018wachttijd en
communicatie\u2019 een aparte categorie is. Vanaf het jaarverslag 2025 rapporteert het agentschap over het aantal
en de aard van deze klachten.</p>

<h2>Aanbeveling 2 \u2013 gegevens automatisch opvragen</h2>
<p>Het VAPH gebruikt nu al gegevens uit de Kruispuntbank van de Sociale Zekerheid. Gegevens van zorgaanbieders
automatisch opvragen is evenwel niet mogelijk zonder een decretale grondslag en een beraadslaging van het
Informatieveiligheidscomit\u00e9. Ik zie geen reden om daar nu werk van te maken: aanvragers moeten bij een
verlenging geen nieuwe attesten voorleggen wanneer hun situatie niet is gewijzigd.</p>

<h2>De feiten in het rapport</h2>
<p>Tot slot wil ik een nuance aanbrengen bij het cijfer van gemiddeld 94 dagen voor een herziening. Volgens de
gegevens van het VAPH lag de gemiddelde doorlooptijd in 2024 op 71 dagen; het cijfer in het rapport is gebaseerd
op de dossiers die bij de Ombudsdienst werden aangemeld, wat een vertekend beeld kan geven.</p>

<p>Ik hoop u hiermee voldoende te hebben ge\u00efnformeerd en sta open voor verder overleg.</p>
<p>Met vriendelijke groeten,</p>
<p style="margin-top: 24pt">Hilde Coppens<br/>Vlaams minister van Welzijn, Armoedebestrijding en Gezin</p>
"""


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="blind14nl_story_") as d:
        tmp = Path(d)
        story_fonts(tmp)
        adv = DOCS / f"{NAME}_advice.pdf"
        build(ADV, adv, tmp)
        stamp(adv, "Vlaamse Ombudsdienst  |  Ombudsrapport 2025/2  |  Wachten op zorg", "{page}/{pages}")
        resp = DOCS / f"{NAME}_response.pdf"
        build(RESP, resp, tmp, first_top=50)
        stamp(resp, "", "{page}/{pages}", skip_first=False)
        for p in (adv, resp):
            doc = pymupdf.open(p)
            doc.set_metadata({"title": "Wachten op zorg" if p == adv else "Antwoord ombudsrapport 2025/2",
                              "author": "Vlaamse Ombudsdienst" if p == adv else "Vlaamse Regering",
                              "creationDate": "D:20250724000000", "modDate": "D:20250724000000",
                              "producer": "", "creator": ""})
            doc.save(p.with_suffix(".tmp.pdf"), garbage=3, deflate=True, no_new_id=True)
            doc.close()
            p.with_suffix(".tmp.pdf").replace(p)
    print("written", NAME)


if __name__ == "__main__":
    main()
