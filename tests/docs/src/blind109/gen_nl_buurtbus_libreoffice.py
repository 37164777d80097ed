"""Round 109 (nl): the ZIENSWIJZE of a Dutch BUURTBUSVERENIGING (volunteer drivers' association) on the concept-
VERVOERPLAN 2028 of the provincial OV-concession, answered by the provincie's NOTA VAN BEANTWOORDING, a table
'Onderwerp | Zienswijze in het kort | Antwoord | Wijziging vervoerplan' by subject, without numbers.

Advice (LibreOffice headless from HTML, sans, orange letterhead table, stamped head from p. 2, 'blz. n/m'): figures
table, findings with traps (Wet personenvervoer 2000 art. 20 'moet', the association's 2023 zienswijze quoted with
'moet', 'artikel 4 van de samenwerkingsovereenkomst', a CBR medical at 75), recommendations UNNUMBERED BOLD SENTENCES
opening paragraphs of section 3 (expected 1-7 in order). Response order 5, 3+4, 1, 6, 2; 7 unanswered. All invented.

Run: /tmp/blind109nl/bin/python tests/docs/src/blind109/gen_nl_buurtbus_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b109nl as B  # noqa: E402

NAME = "blind109_nl_buurtbus"
F = B.tmp_fonts()
FAM = "B109NL Sans"
STYLE = f"""<style>@page {{ size: 21cm 29.7cm; margin: 2.3cm 2cm 2cm 2cm; }} body {{ font-family: '{FAM}'; font-size: 10.5pt; line-height: 140%; }}
h1 {{ font-family: '{FAM}'; font-size: 15pt; color: #b5541c; }}
h2 {{ font-family: '{FAM}'; font-size: 11.5pt; color: #b5541c; margin-top: 12pt; }} p {{ margin-bottom: 6pt; }}
td {{ font-family: '{FAM}'; font-size: 9.5pt; vertical-align: top; }} th {{ font-family: '{FAM}'; font-size: 9.5pt; }}</style>"""

RECS = [
    ("Houd de buurtbus op zaterdag in de dienstregeling, ook als het aantal reizigers laag blijft.",
     "Voor veel oudere bewoners van Oosterwijde en Hemmen is de zaterdagrit de enige manier om zelfstandig naar de "
     "weekmarkt in Zandmeer te gaan. Het schrappen van de zaterdag treft juist de mensen zonder alternatief."),
    ("Laat de buurtbus in Zandmeer aansluiten op de intercity in plaats van op de stoptrein.",
     "Nu wachten reizigers die richting de stad gaan gemiddeld 22 minuten op het station. Met een verschuiving van "
     "acht minuten is de aansluiting op de intercity te halen."),
    ("Vervang de twee oudste buurtbussen uiterlijk in 2028 door elektrische voertuigen met een rolstoellift.",
     "De bussen uit 2016 hebben meer dan 400.000 kilometer gereden. Steeds meer reizigers gebruiken een rollator of "
     "rolstoel; met de huidige bussen kunnen wij hen niet vervoeren."),
    ("Verhoog de vrijwilligersvergoeding voor chauffeurs naar het fiscale maximum voor vrijwilligers.",
     "Het vinden van nieuwe chauffeurs is ons grootste probleem. Een hogere vergoeding is geen oplossing voor alles, "
     "maar maakt het verschil voor jongere gepensioneerden met hoge reiskosten."),
    ("Neem de halte bij gezondheidscentrum De Wielewaal aan de Kerkweg op in de route.",
     "Het gezondheidscentrum is in 2025 verhuisd. De dichtstbijzijnde halte ligt nu op 650 meter, wat voor veel "
     "patiënten te ver is."),
    ("Onderzoek samen met de gemeenten of de buurtbus in de avonduren als belbus kan rijden.",
     "Er is vraag naar vervoer naar avondactiviteiten in het dorpshuis en naar het bezoekuur van het verpleeghuis. "
     "Een belbus met vaste vertrektijden kan met minder chauffeurs worden gereden."),
    ("Maak het mogelijk om in de buurtbus contactloos met een bankpas te betalen.",
     "Reizigers zonder ov-chipkaart betalen nu contant; chauffeurs moeten wisselgeld bijhouden en dat is voor "
     "velen een reden om te stoppen."),
]


def advice_html():
    rows = "".join(f"<tr><td>{a}</td><td align='right'>{b}</td><td align='right'>{c}</td></tr>" for a, b, c in [
        ("Reizigers per jaar", "14.820", "12.960"), ("Actieve chauffeurs", "31", "24"),
        ("Gemiddelde leeftijd chauffeurs", "68", "71"), ("Uitgevallen ritten wegens geen chauffeur", "3", "41")])
    recs = "".join(f"<p><b>{r}</b> {e}</p>" for r, e in RECS)
    return f"""<html><head><meta charset="utf-8">{STYLE}</head><body>
<table width="100%" cellpadding="6" bgcolor="#fbe9dd"><tr><td><b>Buurtbusvereniging Oosterwijde-Hemmen</b><br>
Secretariaat: Dorpsstraat 8, 7741 KH Oosterwijde</td><td align="right">Aan Gedeputeerde Staten van de provincie Noordveld<br>
Ons kenmerk BBV-2026-11<br>Oosterwijde, 28 september 2026</td></tr></table>
<h1>Zienswijze op het concept-Vervoerplan 2028, buurtbuslijn 591</h1>
<h2>1. Inleiding</h2>
<p>De provincie Noordveld heeft het concept-Vervoerplan 2028 van vervoerder Noordveld Mobiel op 1 september 2026 ter
inzage gelegd. Onze vereniging rijdt sinds 1998 met vrijwillige chauffeurs buurtbuslijn 591 tussen Oosterwijde, Hemmen
en station Zandmeer. Het concept raakt ons op drie punten: de zaterdagdienst verdwijnt, de vertrektijden in Zandmeer
veranderen en de vervanging van de voertuigen wordt uitgesteld tot 2030. Het bestuur heeft deze zienswijze opgesteld
na een ledenavond op 15 september 2026 met 46 aanwezigen.</p>
<h2>2. Onze situatie</h2>
<table width="70%" border="1" cellpadding="4" cellspacing="0"><tr><th align="left">Kengetal</th><th>2024</th><th>2025</th></tr>
{rows}</table>
<p>Volgens artikel 20 van de Wet personenvervoer 2000 moet de provincie bij de vaststelling van het vervoerplan
rekening houden met de belangen van reizigers in kleine kernen. In onze zienswijze van 2023 schreven wij al: 'De
buurtbus moet een volwaardig onderdeel van het openbaar vervoer blijven en mag geen sluitpost van de concessie
worden.' Die zorg is sindsdien alleen maar groter geworden.</p>
<p>Het aantal chauffeurs daalt. Chauffeurs vanaf 75 jaar moeten elk jaar een medische keuring bij het CBR ondergaan, en
zeven van onze vrijwilligers bereiken die leeftijd in de komende twee jaar. Artikel 4 van de samenwerkingsovereenkomst
met de vervoerder bepaalt dat de vervoerder zorgt voor voertuigen, opleiding en verzekering; de vereniging zorgt voor
chauffeurs en planning. Wij constateren dat de vervoerder de voertuigen laat verouderen en dat de vereniging daardoor
reizigers moet weigeren. Deze vaststellingen zijn geen verzoek op zich; onze voorstellen volgen hieronder.</p>
<h2>3. Onze voorstellen</h2>
<p>Het bestuur vraagt Gedeputeerde Staten en de vervoerder het vervoerplan op de volgende punten aan te passen.</p>
{recs}
<h2>4. Tot slot</h2>
<p>De buurtbus bestaat al bijna dertig jaar dankzij de inzet van vrijwilligers. Wij willen graag doorgaan, maar dan
moeten de voorwaarden kloppen. Wij nodigen de gedeputeerde graag uit voor een rit op lijn 591.</p>
<p>Met vriendelijke groet,<br>namens het bestuur van de Buurtbusvereniging Oosterwijde-Hemmen,<br>
Gerrit Mulder, voorzitter &#8211; Annie Smit-Oosting, secretaris</p>
</body></html>"""


def response_html():
    rows = [
        ("Halte gezondheidscentrum", "Halte bij De Wielewaal aan de Kerkweg opnemen.",
         "De vervoerder heeft de route aangepast. Vanaf de dienstregeling van december 2027 stopt lijn 591 bij een "
         "nieuwe halte voor het gezondheidscentrum aan de Kerkweg.", "Ja, route en haltelijst aangepast."),
        ("Voertuigen en vergoeding chauffeurs",
         "Twee nieuwe elektrische bussen met lift in 2028; hogere vrijwilligersvergoeding.",
         "Wij delen de zorg over de voertuigen. De vervoerder vervangt in 2028 één bus door een elektrisch voertuig "
         "met rolstoellift; de tweede volgt bij de herijking van het wagenpark in 2030. De vergoeding voor "
         "chauffeurs is landelijk afgestemd met de Vereniging Buurtbus Nederland; een afwijkende hogere vergoeding "
         "alleen voor deze lijn achten wij niet wenselijk en nemen wij niet over.",
         "Gedeeltelijk: paragraaf 5.3 aangepast."),
        ("Zaterdagdienst", "Zaterdagritten behouden.",
         "Het aantal reizigers op zaterdag is laag, maar wij erkennen het belang van de marktrit. De zaterdagdienst "
         "blijft behouden in de ochtend tot 13.00 uur; de middagritten vervallen.", "Gedeeltelijk."),
        ("Avondvervoer", "Onderzoek naar een belbus in de avond.",
         "Een belbus valt buiten de huidige concessie. Wij brengen het idee in bij het regionale overleg met de "
         "gemeenten over het doelgroepenvervoer in het voorjaar van 2027 en komen er daarna op terug.",
         "Nee, eerst verkenning."),
        ("Aansluiting station Zandmeer", "Aansluiten op de intercity.",
         "De vertrektijden van lijn 591 worden zo verschoven dat de buurtbus in Zandmeer aansluit op de intercity "
         "in beide richtingen.", "Ja, tabel 3.2 aangepast."),
        ("Tariefontwikkeling (ter informatie)", "Geen zienswijze over ingediend.",
         "Ter informatie: de tarieven in de concessie stijgen per 1 januari 2027 met de landelijke tarievenindex, "
         "dit geldt ook voor de buurtbus.", "Niet van toepassing."),
    ]
    trs = "".join(f"<tr><td><b>{a}</b></td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in rows)
    return f"""<html><head><meta charset="utf-8">{STYLE}</head><body>
<p><b>PROVINCIE NOORDVELD</b> &#8211; Team Openbaar Vervoer</p>
<h1>Nota van beantwoording zienswijzen concept-Vervoerplan 2028</h1>
<p>Onderdeel: zienswijze Buurtbusvereniging Oosterwijde-Hemmen (BBV-2026-11)<br>
Kenmerk PNV/OV/2026/3318 &#8211; vastgesteld door Gedeputeerde Staten op 17 november 2026</p>
<p>Het concept-Vervoerplan 2028 heeft van 1 tot en met 30 september 2026 ter inzage gelegen. In totaal zijn 27
zienswijzen ontvangen. Deze nota bevat de beantwoording van de zienswijze van de buurtbusvereniging, die wij
samen met de vervoerder hebben voorbereid. Per onderwerp staat aangegeven of het vervoerplan is gewijzigd.</p>
<table width="100%" border="1" cellpadding="4" cellspacing="0">
<tr bgcolor="#fbe9dd"><th align="left">Onderwerp</th><th align="left">Zienswijze in het kort</th><th align="left">Antwoord</th>
<th align="left">Wijziging vervoerplan</th></tr>
{trs}</table>
<p>Het definitieve Vervoerplan 2028 wordt op 1 december 2026 gepubliceerd op de website van de provincie. Wij
danken de vrijwilligers van lijn 591 voor hun jarenlange inzet voor de bereikbaarheid van de kleine kernen.</p>
</body></html>"""


def expected():
    recs = [
        (1, "Houd de buurtbus op zaterdag in de dienstregeling",
         "blijft behouden in de ochtend tot 13.00 uur", "partly"),
        (2, "Laat de buurtbus in Zandmeer aansluiten op de intercity",
         "zo verschoven dat de buurtbus in Zandmeer aansluit", "agrees"),
        (3, "Vervang de twee oudste buurtbussen uiterlijk in 2028 door elektrische voertuigen",
         "De vervoerder vervangt in 2028 één bus door een elektrisch voertuig", "partly"),
        (4, "Verhoog de vrijwilligersvergoeding voor chauffeurs naar het fiscale maximum",
         "achten wij niet wenselijk en nemen wij niet over", "disagrees"),
        (5, "Neem de halte bij gezondheidscentrum De Wielewaal aan de Kerkweg",
         "De vervoerder heeft de route aangepast", "agrees"),
        (6, "Onderzoek samen met de gemeenten of de buurtbus in de avonduren",
         "Wij brengen het idee in bij het regionale overleg", "noted"),
        (7, "Maak het mogelijk om in de buurtbus contactloos met een bankpas", None, "unanswered"),
    ]
    unmatched = ["In totaal zijn 27 zienswijzen ontvangen",
                 "stijgen per 1 januari 2027 met de landelijke tarievenindex",
                 "Het definitieve Vervoerplan 2028 wordt op 1 december"]
    notes = ("Dutch buurtbusvereniging zienswijze on a provincial concept-vervoerplan (LibreOffice from HTML, 2 p.): "
             "a figures table, findings with traps (Wp2000 art. 20 'moet', the 2023 zienswijze quoted with 'moet', "
             "CBR keuring at 75 'moeten', art. 4 samenwerkingsovereenkomst); recommendations UNNUMBERED BOLD "
             "SENTENCES opening the paragraphs of '3. Onze voorstellen' (expected 1-7 in order). Response: nota van "
             "beantwoording, a table by subject WITHOUT numbers, order 5, 3+4, 1, 6, 2; row 'Voertuigen en "
             "vergoeding chauffeurs' = 3 partly (one bus in 2028) + 4 disagrees (vergoeding); 5 agrees; 1 partly "
             "(mornings only); 6 noted (regional overleg); 2 agrees; 7 (bankpas) unanswered; the intro, the row "
             "'Tariefontwikkeling (ter informatie)' and the closing answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.soffice_pdf(advice_html(), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Buurtbusvereniging Oosterwijde-Hemmen - zienswijze BBV-2026-11", "blz. {n}/{m}",
            F["Regular"])
    B.soffice_pdf(response_html(), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Nota van beantwoording PNV/OV/2026/3318", "pagina {n}", F["Regular"])
    expected()
