"""Round-10 blind pair 5: briefadvies with recommendations a-f + a narrative Kamerbrief without headings.

Engine: PyMuPDF Story API (HTML + CSS), see story_common.py; the letter has a sidebar on every page.
Run:    /tmp/blindenv/bin/python tests/docs/src/blind10/pair5_kamerbrief.py
Writes: tests/docs/blind10_nl_kamerbrief_advice.pdf and _response.pdf
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from story_common import A4, DOCS, render  # noqa: E402

import pymupdf

ADV_CSS = """
body { font-family: LSerif; font-size: 11pt; line-height: 1.35; text-align: justify; }
p { margin-top: 0; margin-bottom: 7pt; }
h1 { font-family: LSans; font-size: 18pt; color: #2d6a4f; margin-bottom: 4pt; }
h2 { font-family: LSans; font-size: 12.5pt; color: #2d6a4f; margin-top: 12pt; margin-bottom: 4pt; }
.sub { font-family: LSans; font-size: 11pt; color: #444444; margin-bottom: 14pt; }
.rec { margin-left: 22pt; text-indent: -22pt; text-align: left; }
.vb { background-color: #e8f3ee; border: 1px solid #2d6a4f; padding: 6pt; margin-bottom: 8pt; font-family: LSans; font-size: 9.5pt; }
.small { font-size: 8.5pt; font-family: LSans; color: #555555; }
.fn { font-size: 8.5pt; }
"""

RECS = {
    "a": "Veranker het streven naar 50 procent lokaal eigendom van nieuwe wind- en zonneparken op land in de wet, zodat initiatiefnemers het niet langer als vrijblijvend kunnen beschouwen.",
    "b": "Stel een landelijk ontwikkelfonds voor energiecoöperaties in van ten minste 100 miljoen euro, waaruit de risicovolle voorbereidingskosten van lokale projecten worden voorgefinancierd.",
    "c": "Verplicht netbeheerders om projecten van energiecoöperaties voorrang te geven bij de toewijzing van schaarse transportcapaciteit op het elektriciteitsnet.",
    "d": "Geef omwonenden binnen een straal van één kilometer rond een windturbine recht op een vaste jaarlijkse vergoeding, waarvan de hoogte in de wet wordt vastgelegd.",
    "e": "Zorg dat gemeenten in hun omgevingsplan vastleggen hoe de participatie van inwoners bij energieprojecten wordt georganiseerd, en ondersteun hen daarbij met een handreiking.",
    "f": "Evalueer de afspraken over lokaal eigendom uiterlijk in 2027 en rapporteer over de uitkomsten aan beide Kamers der Staten-Generaal.",
}

ADVICE = """
<p class="small">Adviesraad Energie en Omgeving · Briefadvies 2024/17 · 12 december 2024</p>
<h1>Samen eigenaar</h1>
<p class="sub">Lokaal eigendom en participatie bij energieprojecten op land</p>
<p>Aan de minister van Klimaat en Groene Groei</p>
<p>Geachte minister,</p>
<p>In uw adviesaanvraag van 3 juni 2024 vroeg u de raad hoe het streven naar lokaal eigendom uit het Klimaatakkoord beter kan worden gerealiseerd, en welke rol de rijksoverheid, gemeenten en netbeheerders daarbij kunnen spelen. In dit briefadvies geven wij ons antwoord. Het bouwt voort op ons eerdere advies <i>Ruimte voor de warmte</i> (2022) en op gesprekken met energiecoöperaties, gemeenten, provincies, netbeheerders en ontwikkelaars.</p>
<p>U legde de raad drie vragen voor:</p>
<p class="rec">1.&#160;&#160;&#160;Waarom blijft het aandeel lokaal eigendom bij nieuwe projecten achter bij het streven uit het Klimaatakkoord?</p>
<p class="rec">2.&#160;&#160;&#160;Welke instrumenten staan de rijksoverheid, provincies en gemeenten ter beschikking om lokaal eigendom te bevorderen?</p>
<p class="rec">3.&#160;&#160;&#160;Hoe kunnen de lasten voor directe omwonenden beter worden gecompenseerd?</p>
<h2>Het streven en de praktijk</h2>
<p>In het Klimaatakkoord van 2019 is afgesproken dat nieuwe wind- en zonneprojecten op land bij voorkeur voor de helft in eigendom van de lokale omgeving komen. Dat streven is breed omarmd, maar het is nooit vastgelegd. Van de projecten die sinds 2020 een vergunning kregen, heeft volgens de Monitor Participatie slechts 23 procent de 50 procent gehaald. Bij grote windparken ligt het aandeel nog lager.</p>
<p>Initiatiefnemers wijzen op de kosten en de risico’s van gedeeld eigendom. Energiecoöperaties wijzen op het ontbreken van startkapitaal: de voorbereiding van een windpark kost al snel twee tot drie miljoen euro, die verloren zijn als het project geen vergunning krijgt. Banken financieren deze fase niet. Het bestaande ontwikkelfonds, dat door de provincies en het Rijk samen wordt gevoed, is daarvoor te klein en telkens binnen enkele maanden uitgeput.<sup>1</sup></p>
<p>De raad constateert dat de vrijblijvendheid van het streven ertoe leidt dat lokaal eigendom vooral wordt gerealiseerd waar een sterke coöperatie al aanwezig is. Elders blijft het bij een omgevingsfonds of een beperkte financiële deelneming. Dat draagt niet bij aan het draagvlak dat het Klimaatakkoord voor ogen had.</p>
<div class="vb"><p><b>Voorbeeld: Windpark Veenhorst</b></p><p>In de Veenkoloniën werd een groot windpark gebouwd zonder lokaal eigendom en met een beperkt omgevingsfonds. Jarenlange procedures en protesten volgden. Bij de uitbreiding die nu wordt voorbereid, hebben de coöperaties uit de omliggende dorpen vanaf het begin aan tafel gezeten en wordt gestreefd naar een aandeel van 50 procent. Het aantal zienswijzen is sindsdien sterk gedaald.</p></div>
<h2>Lessen uit het buitenland</h2>
<p>In Denemarken zijn ontwikkelaars van windparken sinds 2009 verplicht om ten minste 20 procent van de aandelen aan omwonenden aan te bieden. Die verplichting is in 2020 vervangen door een vaste vergoeding per opgewekte megawattuur voor omwonenden en een groen fonds voor de gemeente. De Deense ervaring leert dat een vaste, voorspelbare regeling het draagvlak vergroot, maar dat een aanbod van aandelen weinig oplevert als omwonenden het geld niet hebben om die aandelen te kopen.</p>
<p>In de Duitse deelstaat Mecklenburg-Voor-Pommeren geldt sinds 2016 een wet die ontwikkelaars verplicht om omwonenden en gemeenten tot 20 procent van een nieuw windpark aan te bieden. Het Bundesverfassungsgericht oordeelde in 2022 dat deze verplichting in overeenstemming is met de grondwet, omdat zij bijdraagt aan de aanvaarding van windenergie. Inmiddels hebben ook andere deelstaten soortgelijke regels ingevoerd.</p>
<p>Beide voorbeelden laten zien dat een wettelijke verankering mogelijk is en dat zij werkt, mits zij wordt gecombineerd met ondersteuning van lokale initiatieven die zelf het kapitaal niet hebben.</p>
<h2>Netcapaciteit</h2>
<p>Door de congestie op het elektriciteitsnet kunnen veel nieuwe projecten niet worden aangesloten. Netbeheerders verdelen de beschikbare capaciteit op volgorde van aanvraag. Coöperaties, die meer tijd nodig hebben om hun plannen voor te bereiden, sluiten daardoor vaak achter in de rij aan. De Autoriteit Consument en Markt heeft in 2024 een codebesluit genomen dat netbeheerders de ruimte geeft om maatschappelijke prioriteit te geven aan bepaalde aanvragen, maar lokaal eigendom valt daar niet onder.</p>
<h2>Omwonenden en gemeenten</h2>
<p>De lasten van windturbines liggen vooral bij de directe omwonenden. In de praktijk verschillen de regelingen voor omwonenden sterk: in sommige gemeenten ontvangen zij een jaarlijkse vergoeding of korting op hun energierekening, in andere niets. Die ongelijkheid wordt als onrechtvaardig ervaren. De raad meent dat er een landelijke ondergrens nodig is.</p>
<p>Sinds de inwerkingtreding van de Omgevingswet op 1 januari 2024 kan de gemeenteraad in het omgevingsplan regels stellen over participatie. Weinig gemeenten doen dat. Gemeenten geven aan behoefte te hebben aan voorbeelden en ondersteuning. Waar de gemeente vooraf duidelijk maakt wat zij van initiatiefnemers verwacht, verloopt de participatie beter en ontstaan minder procedures.</p>
<h2>Onze adviezen</h2>
<p>Op grond van het voorgaande adviseert de raad:</p>
""" + "".join(f'<p class="rec">{k}.&#160;&#160;&#160;{t}</p>' for k, t in RECS.items()) + """
<p>Wij zijn graag bereid deze adviezen nader toe te lichten.</p>
<p>Hoogachtend,</p>
<p>prof. dr. ir. C.J. Verhoef, voorzitter<br/>drs. A. Boukhari, algemeen secretaris</p>
<p class="fn"><sup>1</sup> Het ontwikkelfonds wordt uitgevoerd door de Stichting Energie Samen Ontwikkelfonds; in 2024 was het beschikbare budget van 18 miljoen euro in april volledig toegekend.</p>
"""

LET_CSS = """
body { font-family: LSans; font-size: 9.6pt; line-height: 1.45; }
p { margin-top: 0; margin-bottom: 9pt; }
.side { font-family: LSans; font-size: 7.2pt; line-height: 1.35; color: #000000; }
.sideb { font-weight: bold; }
.ret { font-size: 7pt; }
.foot { font-size: 7pt; font-family: LSans; }
.logo { font-family: LSerif; font-size: 9pt; }
"""

LETTER = """
<p class="ret">&gt; Retouradres Postbus 20401 2500 EK Den Haag</p>
<p>De Voorzitter van de Tweede Kamer<br/>der Staten-Generaal<br/>Prinses Irenestraat 6<br/>2595 BD DEN HAAG</p>
<p>&#160;</p>
<p>Datum&#160;&#160;&#160;&#160;&#160;&#160;14 maart 2025<br/>Betreft&#160;&#160;&#160;&#160;&#160;Kabinetsreactie op het briefadvies ‘Samen eigenaar’</p>
<p>&#160;</p>
<p>Geachte voorzitter,</p>
<p>Op 12 december 2024 heeft de Adviesraad Energie en Omgeving mij het briefadvies ‘Samen eigenaar. Lokaal eigendom en participatie bij energieprojecten op land’ aangeboden (kenmerk AEO-2024/17). Het advies is op dezelfde dag aan uw Kamer en aan de Eerste Kamer gezonden. Met deze brief ontvangt u de reactie van het kabinet. Hiermee geef ik tevens invulling aan de toezegging die ik op 2 juli 2024 in de Eerste Kamer heb gedaan tijdens de behandeling van de Energiewet (T03912), en aan de motie van het lid Grinwis c.s. over het verankeren van lokaal eigendom (Kamerstuk 32 813, nr. 1402).</p>
<p>Ik dank de raad voor een helder en praktisch advies. Het kabinet deelt de analyse dat het streven naar 50 procent lokaal eigendom uit het Klimaatakkoord in de praktijk te vrijblijvend is gebleken, en dat de lusten en de lasten van de energietransitie eerlijker verdeeld moeten worden. Draagvlak in de omgeving is geen bijzaak: zonder draagvlak lopen projecten vertraging op of komen zij niet van de grond. De raad doet zes adviezen. Hieronder ga ik in op de adviezen waarover het kabinet een besluit heeft genomen.</p>
<p>Het eerste advies van de raad is om het streven naar 50 procent lokaal eigendom wettelijk te verankeren. Dat advies neem ik over. Ik zal in het Besluit kwaliteit leefomgeving, op grond van artikel 2.24 van de Omgevingswet, een instructieregel opnemen die gemeenten en provincies verplicht om bij het toelaten van nieuwe wind- en zonneparken op land ten minste 50 procent lokaal eigendom als uitgangspunt te hanteren. Van dat uitgangspunt kan alleen gemotiveerd worden afgeweken, bijvoorbeeld wanneer de lokale omgeving zelf geen belangstelling heeft. Het ontwerpbesluit wordt in het najaar van 2025 voorgehangen bij beide Kamers.</p>
<p>Ten aanzien van het vierde advies, een wettelijk vastgelegde jaarlijkse vergoeding voor omwonenden binnen een kilometer van een windturbine, merk ik het volgende op. Ik begrijp de wens van de raad om ongelijkheid tussen gemeenten weg te nemen, en ik ben het met de raad eens dat omwonenden een redelijk deel van de opbrengst moeten ontvangen. Een in de wet vastgelegd bedrag houdt echter geen rekening met de grote verschillen tussen projecten in omvang, opbrengst en ligging, en zou in sommige gevallen de haalbaarheid van projecten ondermijnen. Ik neem dit advies daarom niet over. Wel zal ik met het Interprovinciaal Overleg en de Vereniging van Nederlandse Gemeenten bezien hoe de bestaande Gedragscode Acceptatie &amp; Participatie Windenergie op Land kan worden aangescherpt.</p>
<p>Het tweede advies betreft een landelijk ontwikkelfonds voor energiecoöperaties van ten minste 100 miljoen euro. Het kabinet is het met de raad eens dat het gebrek aan risicokapitaal in de voorbereidingsfase een belangrijke belemmering is. Daarom vul ik het bestaande ontwikkelfonds, dat samen met de provincies wordt gevoed, in 2025 en 2026 aan met in totaal 30 miljoen euro uit het Klimaatfonds, en verruim ik de voorwaarden zodat ook grotere windprojecten in aanmerking komen. Een nieuw fonds van 100 miljoen euro is binnen de huidige budgettaire kaders niet haalbaar.</p>
<p>Wat het zesde advies betreft: de voortgang van lokaal eigendom wordt al jaarlijks gevolgd in de Monitor Participatie, waarover uw Kamer telkens wordt geïnformeerd. Ik zal bezien of een afzonderlijke evaluatie in 2027 daarnaast meerwaarde heeft, en zal dit betrekken bij de voorbereiding van de wetsevaluatie van de Omgevingswet op grond van artikel 23.10 van die wet. Over de uitkomst daarvan informeer ik beide Kamers te zijner tijd.</p>
<p>Ten slotte adviseert de raad om gemeenten in hun omgevingsplan te laten vastleggen hoe participatie bij energieprojecten wordt georganiseerd. Het kabinet onderschrijft dit advies. Artikel 4.2 van de Omgevingswet biedt gemeenten die mogelijkheid al; ik zal gemeenten daarbij ondersteunen met een handreiking en een modelregeling, die samen met de Vereniging van Nederlandse Gemeenten worden opgesteld en die vóór 1 januari 2026 beschikbaar zijn. Het Informatiepunt Leefomgeving zal gemeenten daarnaast actief wijzen op goede voorbeelden.</p>
<p>Ik vertrouw erop uw Kamer hiermee voldoende te hebben geïnformeerd. Een afschrift van deze brief zend ik aan de voorzitter van de Eerste Kamer.</p>
<p>De minister van Klimaat en Groene Groei,</p>
<p>&#160;</p>
<p>S.T.M. Hermans-van der Veen</p>
"""


def sidebar(n):
    html = ('<div class="side"><p><b>Directoraat-generaal Klimaat en Energie</b><br/>Directie Energie en Omgeving</p>'
            '<p>Bezuidenhoutseweg 73<br/>2594 AC Den Haag<br/>Postbus 20401<br/>2500 EK Den Haag<br/>www.rijksoverheid.nl/kgg</p>'
            '<p><b>Kenmerk</b><br/>KGG / 2025-0000187342</p><p><b>Uw kenmerk</b><br/>2024Z20417</p>'
            '<p><b>Bijlage(n)</b><br/>1</p></div>')
    if n > 1:
        html = ('<div class="side"><p><b>Directoraat-generaal Klimaat en Energie</b><br/>Directie Energie en Omgeving</p>'
                '<p><b>Datum</b><br/>14 maart 2025</p><p><b>Kenmerk</b><br/>KGG / 2025-0000187342</p></div>')
    return html, pymupdf.Rect(452, 190 if n == 1 else 100, 570, 700)


def letter_header(n):
    if n == 1:
        return ('<div style="text-align:center"><p class="logo"><b>Ministerie van Klimaat<br/>en Groene Groei</b></p></div>',
                pymupdf.Rect(230, 28, 370, 80))
    return None


def letter_footer(n, pages):
    return (f'<p class="foot">Pagina {n} van {pages or 0}</p>', pymupdf.Rect(452, 800, 570, 820))


def adv_footer(n, pages):
    return (f'<p class="small" style="text-align:center">Adviesraad Energie en Omgeving – Samen eigenaar – {n}</p>',
            pymupdf.Rect(60, 800, 535, 820))


if __name__ == "__main__":
    render(DOCS / "blind10_nl_kamerbrief_advice.pdf", ADVICE, ADV_CSS, pymupdf.Rect(72, 60, 523, 780),
           footer=adv_footer, meta={"title": "Samen eigenaar", "author": "Adviesraad Energie en Omgeving"})
    render(DOCS / "blind10_nl_kamerbrief_response.pdf", LETTER, LET_CSS, pymupdf.Rect(80, 100, 430, 780),
           first_body_rect=pymupdf.Rect(80, 130, 430, 780), sidebar=sidebar, header=letter_header,
           footer=letter_footer, meta={"title": "Kabinetsreactie op het briefadvies Samen eigenaar",
                                       "author": "Ministerie van Klimaat en Groene Groei"})
