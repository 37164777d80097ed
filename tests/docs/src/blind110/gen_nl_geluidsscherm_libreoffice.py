"""Round 110 (nl): the ADVIES of the KLANKBORDGROEP of residents on a provincial road reconstruction (N584
Wolderdijk, noise barrier), answered by the MINUTES (verslag) of the bestuurlijk overleg with the gedeputeerde,
citing 'advies N'.

Advice (LibreOffice headless from HTML, sans, teal letterhead table, stamped head from p. 2, 'blz. n/m'): findings with
traps (Bkl 'moet', the 2024 klankbordgroep letter quoted with 'moet', art. 4 of the reglement, dB figures, dates),
recommendations a TABLE 'Nr. | Advies | Toelichting' rows 1-7 (expected 1-7). Response: minutes with agenda items;
item 3 discusses the advice in order 3, 2+7, 5, 1, 4; advice 6 unanswered. All invented.

Run: /tmp/blind110nl/bin/python tests/docs/src/blind110/gen_nl_geluidsscherm_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b110nl as B  # noqa: E402

NAME = "blind110_nl_geluidsscherm"
F = B.tmp_fonts()
FAM = "B110NL Sans"
STYLE = f"""<style>@page {{ size: 21cm 29.7cm; margin: 2.3cm 2cm 2cm 2cm; }} body {{ font-family: '{FAM}'; font-size: 10.5pt; line-height: 140%; }}
h1 {{ font-family: '{FAM}'; font-size: 15pt; color: #1d6b6b; }}
h2 {{ font-family: '{FAM}'; font-size: 11.5pt; color: #1d6b6b; margin-top: 12pt; }} p {{ margin-bottom: 6pt; }}
td {{ font-family: '{FAM}'; font-size: 9.5pt; vertical-align: top; }} th {{ font-family: '{FAM}'; font-size: 9.5pt; text-align: left; }}</style>"""

RECS = [
    ("Plaats het geluidsscherm langs de Kanaalweg over de volle lengte van 640 meter, dus ook tussen "
     "hectometerpaal 12,4 en 12,8.",
     "In het ontwerp stopt het scherm bij hectometerpaal 12,4. De zes woningen daarna krijgen dan 61 dB, net onder "
     "de grens, maar zij liggen het dichtst bij de weg."),
    ("Voer het scherm aan de kant van de woningen uit met begroeiing in plaats van kaal beton.",
     "Een groene wand past beter bij het landschap van het Wolderveld en vermindert hittevorming in de tuinen."),
    ("Leg op het hele tracé tussen Holtenbroek en de rotonde Dijkhuizen stil asfalt aan.",
     "Stil asfalt levert volgens het akoestisch onderzoek 3 tot 4 dB winst op, ook voor de verspreide woningen waar "
     "geen scherm komt."),
    ("Verlaag de maximumsnelheid ter hoogte van de bebouwing van Holtenbroek van 80 naar 60 kilometer per uur.",
     "Bewoners ervaren vooral 's nachts overlast van hard rijdend vrachtverkeer."),
    ("Houd de fietsoversteek bij de Kerkstraat tijdens de hele bouwperiode open voor scholieren.",
     "Ruim 180 scholieren fietsen dagelijks via deze oversteek naar het Wolder College; de omleiding via de "
     "rotonde is 2,3 kilometer langer."),
    ("Laat het bouwverkeer niet door de dorpskern van Holtenbroek rijden maar via de Veenweg.",
     "De Dorpsstraat is smal, heeft geen vrijliggend fietspad en ligt naast de basisschool."),
    ("Betrek een onafhankelijk akoestisch adviseur namens de bewoners bij de controle van de geluidsmetingen na "
     "oplevering.",
     "Het vertrouwen in metingen door het eigen adviesbureau van de provincie is na de discussie over het "
     "rekenmodel beperkt."),
]


def advice_html():
    rows = "".join(f'<tr style="page-break-inside: avoid"><td width="6%"><b>{i}</b></td><td width="47%"><b>{r}</b></td><td>{t}</td></tr>'
                   for i, (r, t) in enumerate(RECS, 1))
    return f"""<html><head><meta charset="utf-8">{STYLE}</head><body>
<table width="100%" cellpadding="6" style="border-bottom: 3px solid #1d6b6b"><tr>
<td><b>Klankbordgroep Reconstructie N584 Wolderdijk</b><br>bewoners, ondernemers en Dorpsbelang Holtenbroek</td>
<td align="right">Aan Gedeputeerde Staten van de provincie<br>t.a.v. de heer drs. H.W. Kloppenburg, gedeputeerde<br>
kenmerk KBG-N584/2026/06<br>Holtenbroek, 2 oktober 2026</td></tr></table>
<h1>Advies over het voorlopig ontwerp geluidsmaatregelen N584</h1>
<h2>1. Inleiding</h2>
<p>De provincie heeft op 26 augustus 2026 het voorlopig ontwerp voor de geluidsmaatregelen bij de reconstructie van
de N584 tussen Holtenbroek en de rotonde Dijkhuizen aan de klankbordgroep voorgelegd. Volgens artikel 4 van het
reglement van de klankbordgroep kan de groep binnen zes weken een advies uitbrengen. De groep heeft het ontwerp
besproken op 9 en 23 september en tijdens een inloopavond met 74 bewoners in dorpshuis De Wolder.</p>
<h2>2. Het ontwerp</h2>
<p>Het ontwerp voorziet in een betonnen geluidsscherm van 3 meter hoog en 480 meter lang langs de Kanaalweg, een
nieuwe fietstunnel bij de Zuidlaan en een verbreding van de weg naar 2x1 rijstrook met parallelweg. Met de verbreding
neemt volgens de verkeersprognose het vrachtverkeer tot 2035 met ongeveer 25 procent toe.</p>
<h2>3. Bevindingen van de klankbordgroep</h2>
<p>Het akoestisch onderzoek laat zien dat bij 38 woningen de geluidsbelasting boven de 63 dB uitkomt zonder
maatregelen. Op grond van het Besluit kwaliteit leefomgeving moet de provincie als wegbeheerder bij overschrijding
van het geluidproductieplafond maatregelen onderzoeken; doelmatigheid is daarbij het criterium. De klankbordgroep
heeft begrip voor die afweging, maar vindt dat de doelmatigheidstoets in het ontwerp te krap is toegepast.</p>
<p>In onze brief van 14 maart 2024 schreven wij al: 'Het scherm moet het hele woonlint beschermen en niet alleen
de goedkoopste meters.' Wij constateren dat het ontwerp daar nog niet aan voldoet. Verder is het aantal
fietsers op de oversteek bij de Kerkstraat door de provincie onderschat: de telling dateert uit de herfstvakantie
van 2022.</p>
<p>Positief is dat de fietstunnel bij de Zuidlaan in het ontwerp is opgenomen en dat de provincie de inloopavond
goed heeft voorbereid. De bouw staat gepland van maart 2028 tot en met het voorjaar van 2029.</p>
<h2 style="page-break-before: always">4. Advies</h2>
<p>De klankbordgroep adviseert Gedeputeerde Staten het ontwerp op de volgende punten aan te passen:</p>
<table width="100%" border="1" cellspacing="0" cellpadding="5">
<tr style="background:#d7ebea"><th>Nr.</th><th>Advies</th><th>Toelichting</th></tr>{rows}</table>
<h2>5. Tot slot</h2>
<p>Wij vragen u om voor 1 december 2026 in een bestuurlijk overleg te reageren. Het verslag daarvan willen wij graag
met de bewoners delen op de website van Dorpsbelang.</p>
<p>Namens de klankbordgroep,<br>Gerrit-Jan Leferink, voorzitter<br>Annemiek Schuurman-Bos, secretaris</p>
</body></html>"""


def response_html():
    return f"""<html><head><meta charset="utf-8">{STYLE}</head><body>
<table width="100%" cellpadding="6" style="border-bottom: 1px solid #555"><tr>
<td><b>Provincie - Programma Wegen</b><br>Project Reconstructie N584 Wolderdijk</td>
<td align="right">kenmerk PW/N584/2026/1147<br>vastgesteld 3 december 2026</td></tr></table>
<h1>Verslag bestuurlijk overleg met de klankbordgroep N584</h1>
<p><b>Datum en plaats:</b> 19 november 2026, dorpshuis De Wolder, Holtenbroek<br>
<b>Aanwezig:</b> H.W. Kloppenburg (gedeputeerde, voorzitter), E. Ramdin (projectmanager), L. de Wit (omgevingsmanager),
G.J. Leferink, A. Schuurman-Bos, T. Hofstede en M. Wiggers (klankbordgroep)<br>
<b>Verslag:</b> S. Meinders</p>
<h2>1. Opening</h2>
<p>De gedeputeerde opent het overleg en heet de leden van de klankbordgroep welkom. Hij dankt de groep voor het
zorgvuldige advies en voor de goed bezochte inloopavond in september.</p>
<h2>2. Mededelingen</h2>
<p>De projectmanager meldt dat de aanbesteding van het werk in het eerste kwartaal van 2027 wordt gepubliceerd en
dat de archeologische proefsleuven bij de Zuidlaan geen vondsten hebben opgeleverd.</p>
<h2>3. Reactie op het advies van de klankbordgroep (KBG-N584/2026/06)</h2>
<p><b>Advies 3.</b> De gedeputeerde deelt mee dat Gedeputeerde Staten hebben besloten over het hele tracé een dunne
geluidreducerende deklaag toe te passen. De meerkosten van 410.000 euro worden gedekt uit het projectbudget.</p>
<p><b>Adviezen 2 en 7.</b> Het scherm krijgt aan de woonzijde over het noordelijke deel, tot aan de Kerkstraat,
een begroeide wand; voor het zuidelijke deel blijft het beton, omdat daar onvoldoende ruimte is voor onderhoud. Een
eigen akoestisch adviseur voor de bewoners wordt niet ingezet: de metingen na oplevering worden uitgevoerd door een
gecertificeerd bureau en de resultaten worden volledig openbaar gemaakt. De heer Hofstede betreurt dit.</p>
<p><b>Advies 5.</b> De fietsoversteek bij de Kerkstraat blijft tijdens de bouw open, met uitzondering van drie weken
in de zomervakantie van 2028 waarin het kruispunt wordt omgelegd. De omgevingsmanager zorgt dan voor verkeersregelaars
bij de rotonde.</p>
<p><b>Advies 1.</b> Het scherm wordt verlengd tot 640 meter. Een aanvullende berekening heeft laten zien dat de
verlenging doelmatig is. Het aangepaste ontwerp wordt in januari op de website gepubliceerd.</p>
<p><b>Advies 4.</b> Een verlaging van de maximumsnelheid valt buiten de scope van het project. De gedeputeerde
zegt toe dit punt mee te nemen in de evaluatie van het provinciale snelhedenbeleid in 2027; hij kan niet vooruitlopen
op de uitkomst.</p>
<h2>4. Rondvraag en sluiting</h2>
<p>Mevrouw Wiggers vraagt naar de planning van de volgende bijeenkomst. Afgesproken wordt dat de klankbordgroep in
maart 2027 opnieuw wordt uitgenodigd. De gedeputeerde sluit het overleg om 21.40 uur.</p>
</body></html>"""


def expected():
    recs = [
        (1, "Plaats het geluidsscherm langs de Kanaalweg over de volle lengte",
         "Het scherm wordt verlengd tot 640 meter", "agrees"),
        (2, "Voer het scherm aan de kant van de woningen uit met begroeiing",
         "voor het zuidelijke deel blijft het beton", "partly"),
        (3, "Leg op het hele tracé tussen Holtenbroek en de rotonde Dijkhuizen",
         "over het hele tracé een dunne geluidreducerende deklaag toe te passen", "agrees"),
        (4, "Verlaag de maximumsnelheid ter hoogte van de bebouwing van Holtenbroek",
         "mee te nemen in de evaluatie van het provinciale snelhedenbeleid", "noted"),
        (5, "Houd de fietsoversteek bij de Kerkstraat tijdens de hele bouwperiode open",
         "met uitzondering van drie weken in de zomervakantie van 2028", "partly"),
        (6, "Laat het bouwverkeer niet door de dorpskern van Holtenbroek rijden", None, "unanswered"),
        (7, "Betrek een onafhankelijk akoestisch adviseur namens de bewoners",
         "Een eigen akoestisch adviseur voor de bewoners wordt niet ingezet", "disagrees"),
    ]
    unmatched = ["Hij dankt de groep voor het zorgvuldige advies",
                 "de archeologische proefsleuven bij de Zuidlaan geen vondsten hebben opgeleverd",
                 "de klankbordgroep in maart 2027 opnieuw wordt uitgenodigd"]
    notes = ("Dutch residents' klankbordgroep advice on the noise measures of a provincial road reconstruction "
             "(LibreOffice from HTML, 2 p., teal letterhead table, stamped head from p. 2): findings (Bkl 'moet', the "
             "2024 letter quoted with 'moet', art. 4 reglement, dB figures, a 'Positief' paragraph); recommendations "
             "a TABLE 'Nr. | Advies | Toelichting' rows 1-7 (expected 1-7). Response: minutes of the bestuurlijk "
             "overleg, item 3 with bold leads 'Advies N', order 3, 2+7, 5, 1, 4; 'Adviezen 2 en 7' = 2 partly (green "
             "wall on the northern part only) + 7 disagrees (no own adviser); 3 agrees; 5 partly (closed three "
             "weeks); 1 agrees; 4 noted (evaluation 2027); 6 (bouwverkeer) unanswered; item 1 Opening, item 2 "
             "Mededelingen and item 4 Rondvraag en sluiting answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.soffice_pdf(advice_html(), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Klankbordgroep N584 Wolderdijk - advies KBG-N584/2026/06", "blz. {n}/{m}",
            F["Regular"])
    B.soffice_pdf(response_html(), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Verslag bestuurlijk overleg N584 - 19 november 2026", "pagina {n}", F["Regular"])
    expected()
