"""Round 75 (nl): the ADVIES of a cross-border ADVISORY COUNCIL (Flemish and Dutch members) on a draft joint agenda
for a canal zone, answered by the GEMEENSCHAPPELIJKE VERKLARING (joint declaration) of the two ministers at their
ministerial meeting: preamble ('gelet op ... gezien ... overwegende ...'), then numbered declarations.

Advice: 'Advies 2026/03' of the (invented) Adviesraad Kanaalzone Gent-Terneuzen on the ontwerp-Gemeenschappelijke
Agenda Kanaalzone 2027-2035, 3 p.: a meta table; the treaty's duty ('moeten de Partijen ... horen'); a numbered
list of knelpunten 1-5 (findings with 'moet'); the council's 2022 advice quoted; the port companies' 'zou ...
moeten'; chapter 4 'Aanbevelingen' with Roman numerals I-VII, each a bold title line and an imperative
recommendation; a summary paraphrase in the closing.
Response: 'Gemeenschappelijke Verklaring' of the Ministerieel Overleg Kanaalzone (Terneuzen, 6 oktober 2026), 2 p.:
preamble (nothing); 1 adopts the Agenda (nothing); 2 a new cycle bridge (nothing); 3 = IV partly (hourly, not
half-hourly, funded to 2031); 4 = I agrees (cites 'aanbeveling I'); 5 ONE point = VII agrees + VI disagrees; 6 = V
noted (a matter for the veiligheidsregio and the hulpverleningszone, passed on); 7 = II agrees; 8 next meeting
(nothing); III (recognition of diplomas) unanswered.
Engine: LibreOffice Writer headless from HTML (ligature-free DejaVu copies), header and page numbers stamped with
PyMuPDF.

Run: /tmp/blind75nl/bin/python tests/docs/src/blind75/gen_nl_kanaalzone_libreoffice.py   (needs soffice)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b75nl as B  # noqa: E402

NAME = "blind75_nl_kanaalzone"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B75NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})

HEAD = """<html><head><meta charset="utf-8"><style>
@page { size: 21cm 29.7cm; margin: 2.3cm 2.4cm 2.1cm 2.4cm; }
body { font-family: '%s'; font-size: %spt; }
p { margin-top: 0; margin-bottom: 0.2cm; text-align: justify; line-height: 130%%; }
h1 { font-family: 'B75NL Sans'; font-size: 15pt; color: #1d4f91; margin-bottom: 0.15cm; }
h2 { font-family: 'B75NL Sans'; font-size: 11pt; color: #1d4f91; margin-top: 0.35cm; margin-bottom: 0.15cm; }
li { text-align: justify; margin-bottom: 0.1cm; }
td { font-family: 'B75NL Sans'; font-size: 8.4pt; padding: 0.06cm 0.15cm; vertical-align: top; }
.rt { font-family: 'B75NL Sans'; font-weight: bold; font-size: 9.4pt; color: #1d4f91; margin-top: 0.25cm;
  margin-bottom: 0.05cm; text-align: left; }
.rec { margin-left: 1.0cm; }
.q { font-style: italic; margin-left: 0.8cm; margin-right: 0.8cm; }
.pt { margin-left: 0.9cm; text-indent: -0.9cm; }
.pre { margin-left: 0.9cm; text-indent: -0.5cm; }
.c { text-align: center; }
</style></head><body>"""


def advice():
    h = HEAD % ("B75NL Sans", "9.4") + """
<p style="font-size: 8pt; color: #555555">ADVIESRAAD KANAALZONE GENT-TERNEUZEN &#8195; Secretariaat: Westkade 12, 4551 RC Sas van Gent</p>
<h1>Advies over de ontwerp-Gemeenschappelijke Agenda Kanaalzone 2027-2035</h1>
<table border="1" cellspacing="0" width="100%">
<tr><td width="28%"><b>Advies</b></td><td>2026/03</td></tr>
<tr><td><b>Datum</b></td><td>23 juni 2026</td></tr>
<tr><td><b>Adviesvraag</b></td><td>brief van de Vlaamse minister van Mobiliteit en Openbare Werken en de Nederlandse minister van Infrastructuur en Waterstaat van 3 april 2026</td></tr>
<tr><td><b>Vaststelling</b></td><td>plenaire vergadering van 18 juni 2026, met eenparigheid van stemmen</td></tr>
</table>
<h2>1 Adviesvraag</h2>
<p>De ministers hebben de Adviesraad gevraagd advies uit te brengen over de ontwerp-Gemeenschappelijke Agenda
Kanaalzone 2027-2035 (hierna: de Agenda). Volgens artikel 4 van het Kanaalzoneverdrag van 2019 moeten de Partijen
de Adviesraad horen over elke gemeenschappelijke agenda voordat zij die vaststellen. In de Adviesraad hebben de
acht gemeenten langs het kanaal, de havenbedrijven, de werkgevers- en werknemersorganisaties en de
milieuorganisaties van beide landen zitting.</p>
<h2>2 Knelpunten in de Kanaalzone</h2>
<p>Uit de hoorzittingen die de Adviesraad in april en mei 2026 in Zelzate en Terneuzen hield, komen vijf
knelpunten naar voren:</p>
<ol>
<li>Een bedrijf dat aan beide zijden van de grens wil bouwen, moet nu twee vergunningsprocedures doorlopen met verschillende termijnen.</li>
<li>De luchtkwaliteit langs het kanaal wordt aan Vlaamse en Nederlandse zijde met verschillende methoden gemeten.</li>
<li>Ongeveer 9.000 mensen wonen in het ene land en werken in het andere; technische diploma's worden niet altijd erkend.</li>
<li>Sinds de opheffing van de rechtstreekse buslijn in 2023 is Terneuzen vanuit Gent alleen met een overstap bereikbaar.</li>
<li>De hulpdiensten aan weerszijden van de grens oefenen nog weinig samen voor incidenten bij de chemische industrie.</li>
</ol>
<h2>3 Beoordeling van de ontwerp-Agenda</h2>
<p>De Adviesraad waardeert dat de ontwerp-Agenda voor het eerst een gezamenlijke ambitie voor economie, leefbaarheid
en bereikbaarheid bevat. De Agenda blijft op veel punten echter vrijblijvend: zij noemt doelen, maar zelden wie
wat doet en met welk geld. In zijn advies 2022/01 schreef de Adviesraad al:</p>
<p class="q">'Een agenda zonder budget is een verlanglijst; de ministers zouden de uitvoering moeten verbinden aan
concrete middelen.'</p>
<p>Die opmerking geldt onverkort voor de nieuwe Agenda. De havenbedrijven vinden dat de Agenda zich zou moeten
beperken tot bereikbaarheid en economie, omdat leefbaarheid een zaak van de gemeenten is. De Adviesraad deelt dat
standpunt niet: de grote bedrijven langs het kanaal bepalen ook de luchtkwaliteit en de veiligheid in de dorpen
eromheen. Voor de bewoners van Sluiskil, Zelzate en Westdorpe moeten economie en leefbaarheid samen worden
bekeken.</p>
<h2>4 Aanbevelingen</h2>
<p>Op grond van het voorgaande doet de Adviesraad de volgende aanbevelingen.</p>
<p class="rt">I. Eén vergunningenloket</p>
<p class="rec">Richt voor grensoverschrijdende projecten één gezamenlijk vergunningenloket in, met één aanspreekpunt
en één beslistermijn voor de aanvrager.</p>
<p class="rt">II. Luchtkwaliteit</p>
<p class="rec">Breid het meetnet voor luchtkwaliteit uit met vijf meetpunten aan weerszijden van de grens en maak de
metingen op één website openbaar.</p>
<p class="rt">III. Grensarbeid</p>
<p class="rec">Zorg ervoor dat diploma's voor technische beroepen in de procesindustrie aan beide zijden van de
grens zonder aanvullende procedure worden erkend.</p>
<p class="rt">IV. Openbaar vervoer</p>
<p class="rec">Neem een snelle busverbinding tussen Gent en Terneuzen met een halfuurdienst op in de Agenda en
verzeker de financiering daarvan tot 2035.</p>
<p class="rt">V. Externe veiligheid</p>
<p class="rec">Stel één gezamenlijk rampbestrijdingsplan op voor de bedrijven met grote risico's aan beide oevers van
het kanaal, en oefen dat plan jaarlijks.</p>
<p class="rt">VI. Budget voor kleine projecten</p>
<p class="rec">Reserveer in de Agenda een gezamenlijk budget van ten minste 20 miljoen euro voor kleinschalige
grensprojecten van gemeenten en verenigingen.</p>
<p class="rt">VII. Evaluatie</p>
<p class="rec">Laat de uitvoering van de Agenda om de twee jaar evalueren door een onafhankelijke partij en leg de
resultaten voor aan de Adviesraad.</p>
<h2>5 Tot slot</h2>
<p>Kort samengevat vraagt de Adviesraad de ministers om van de Agenda een werkprogramma te maken: met één loket,
met gedeelde gegevens, met geld en met een regelmatige toets. De Adviesraad is graag bereid dit advies in het
Ministerieel Overleg toe te lichten.</p>
<p>Namens de Adviesraad Kanaalzone Gent-Terneuzen,<br/>
K. Verhaeghe-Dumon, voorzitter &#8195;&#8195;&#8195; J.P. de Kraker, ondervoorzitter</p>
</body></html>"""
    B.soffice_pdf(h, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Adviesraad Kanaalzone Gent-Terneuzen - Advies 2026/03", "{n}/{m}",
            SANS["Regular"])


def response():
    h = HEAD % ("B75NL Serif", "9.8") + """
<p class="c" style="font-family: 'B75NL Sans'; font-size: 8.4pt; letter-spacing: 1pt">MINISTERIEEL OVERLEG KANAALZONE</p>
<p class="c" style="font-size: 15pt; font-weight: bold; margin-top: 0.3cm">Gemeenschappelijke Verklaring</p>
<p class="c" style="font-size: 10pt">Terneuzen, 6 oktober 2026</p>
<p style="margin-top: 0.4cm">De Vlaamse minister van Mobiliteit en Openbare Werken en de Nederlandse minister van
Infrastructuur en Waterstaat, hierna: de ministers,</p>
<p class="pre">- gelet op artikel 4 van het Kanaalzoneverdrag van 2019;</p>
<p class="pre">- gezien het advies 2026/03 van de Adviesraad Kanaalzone Gent-Terneuzen van 23 juni 2026;</p>
<p class="pre">- gezien de resultaten van de publieksraadpleging die van 15 april tot 31 mei 2026 in de gemeenten langs het
kanaal is gehouden;</p>
<p class="pre">- overwegende dat de Kanaalzone een van de meest verweven grensgebieden van de Benelux is en dat
burgers en bedrijven er weinig mogen merken van de grens;</p>
<p>verklaren het volgende.</p>
<p class="pt">1.&#9;De ministers stellen de Gemeenschappelijke Agenda Kanaalzone 2027-2035 vast, met de wijzigingen die in
deze verklaring zijn opgenomen. Zij danken de Adviesraad voor zijn grondige advies.</p>
<p class="pt">2.&#9;De ministers verwelkomen de ingebruikname van de fietsbrug Sluiskil-Oost in september 2026, die de
fietsroute tussen Terneuzen en Zelzate met elf minuten verkort.</p>
<p class="pt">3.&#9;De ministers kiezen voor een snelbusverbinding tussen Gent en Terneuzen met een uurdienst vanaf de
dienstregeling van december 2027. Een halfuurdienst wordt overwogen zodra de reizigersaantallen na twee jaar dat
rechtvaardigen. De financiering is verzekerd tot en met 2031; de voortzetting daarna wordt bij de evaluatie
bekeken.</p>
<p class="pt">4.&#9;De ministers richten, zoals de Adviesraad aanbeveelt (aanbeveling I), per 1 januari 2028 een
gezamenlijk vergunningenloket in, waar een aanvrager met één dossier en één contactpersoon terechtkan.</p>
<p class="pt">5.&#9;De uitvoering van de Agenda wordt in 2029 en in 2033 geëvalueerd door een onafhankelijk
onderzoeksbureau; de ministers leggen de uitkomsten voor aan de Adviesraad. Een afzonderlijk budget voor
kleinschalige grensprojecten nemen de ministers niet op in de Agenda. Zulke projecten kunnen een beroep blijven doen
op de bestaande Interreg-programma's en op de gemeentelijke fondsen.</p>
<p class="pt">6.&#9;De ministers nemen kennis van de aanbeveling om één rampbestrijdingsplan op te stellen. De
rampenbestrijding valt onder de bevoegdheid van de veiligheidsregio Zeeland en de hulpverleningszone
Centrum; de ministers leggen de aanbeveling aan beide besturen voor en vragen hen in het volgende overleg te laten
weten wat zij ermee doen.</p>
<p class="pt">7.&#9;In 2027 worden aan beide zijden van de grens samen vijf nieuwe meetpunten voor luchtkwaliteit
geplaatst. De meetgegevens van Vlaanderen en Nederland worden vanaf 2028 gebundeld op de website
kanaalzone-lucht.eu.</p>
<p class="pt">8.&#9;De ministers komen in het najaar van 2027 opnieuw bijeen in Gent. Het secretariaat van het
Ministerieel Overleg bereidt dan een eerste voortgangsrapportage voor.</p>
<p style="margin-top: 0.4cm">Aldus opgemaakt te Terneuzen op 6 oktober 2026, in twee exemplaren in de Nederlandse
taal.</p>
<table width="100%" style="margin-top: 0.4cm"><tr>
<td width="50%">De Vlaamse minister van Mobiliteit en Openbare Werken,<br/><br/>L. Vandamme</td>
<td>De minister van Infrastructuur en Waterstaat,<br/><br/>E.J. Hoogerwerf</td></tr></table>
</body></html>"""
    B.soffice_pdf(h, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Ministerieel Overleg Kanaalzone - Gemeenschappelijke Verklaring 6 oktober 2026",
            "pagina {n} van {m}", SERIF["Regular"])


RECS = [
    ("I", "Richt voor grensoverschrijdende projecten één gezamenlijk vergunningenloket in",
     "per 1 januari 2028 een gezamenlijk vergunningenloket in", "agrees"),
    ("II", "Breid het meetnet voor luchtkwaliteit uit met vijf meetpunten",
     "samen vijf nieuwe meetpunten voor luchtkwaliteit geplaatst", "agrees"),
    ("III", "Zorg ervoor dat diploma's voor technische beroepen in de procesindustrie", None, "unanswered"),
    ("IV", "Neem een snelle busverbinding tussen Gent en Terneuzen met een halfuurdienst",
     "snelbusverbinding tussen Gent en Terneuzen met een uurdienst", "partly"),
    ("V", "Stel één gezamenlijk rampbestrijdingsplan op voor de bedrijven met grote",
     "De ministers nemen kennis van de aanbeveling", "noted"),
    ("VI", "Reserveer in de Agenda een gezamenlijk budget van ten minste 20 miljoen",
     "nemen de ministers niet op in de Agenda", "disagrees"),
    ("VII", "Laat de uitvoering van de Agenda om de twee jaar evalueren",
     "geëvalueerd door een onafhankelijk onderzoeksbureau", "agrees"),
]
UNMATCHED = [
    "stellen de Gemeenschappelijke Agenda Kanaalzone 2027-2035 vast",
    "verwelkomen de ingebruikname van de fietsbrug Sluiskil-Oost",
    "komen in het najaar van 2027 opnieuw bijeen in Gent",
]
NOTES = ("ADVIES of a cross-border advisory council on a draft joint agenda for a canal zone, answered by the two "
         "ministers' GEMEENSCHAPPELIJKE VERKLARING (joint declaration: preamble 'gelet op ... gezien ... overwegende', "
         "then numbered points 1-8). The offices of the Flemish and Dutch ministers and the Interreg programmes are "
         "real; the Adviesraad Kanaalzone Gent-Terneuzen, the Kanaalzoneverdrag van 2019, the Ministerieel Overleg, "
         "the bridge, the website, the figures and the people are invented. Recommendations: Roman numerals I-VII "
         "in chapter 4, each a bold title line ('I. Eén vergunningenloket') with an imperative paragraph below. "
         "Traps: the meta table, the treaty's 'moeten de Partijen ... horen', the numbered knelpunten 1.-5. "
         "(findings, 'moet'), the 2022 advice quoted ('zouden ... moeten verbinden'), the port companies' 'zou ... "
         "moeten beperken', 'moeten ... worden bekeken', the closing 'Kort samengevat vraagt de Adviesraad ...'. "
         "Declaration: preamble and points 1 (adopts the Agenda), 2 (cycle bridge) and 8 (next meeting) answer "
         "nothing; 3 = IV partly (hourly service, funded to 2031); 4 = I agrees (the only point citing a number); ONE "
         "point 5 = VII agrees + VI disagrees ('nemen de ministers niet op'); 6 = V noted ('nemen kennis van', "
         "passed to the veiligheidsregio and the hulpverleningszone); 7 = II agrees; III (diplomas) unanswered.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
