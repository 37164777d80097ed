"""Round 88 (nl, Dutch): the EVALUATIE EN ADVIES of a municipal COMMISSIE STRAATNAAMGEVING on the beleidsregels
straatnaamgeving, answered by the college's BESLUITNOTA (Aanleiding / Besluit / Toelichting per aanbeveling), citing
'aanbeveling III' and so on.

Advice: (invented) gemeente Oudeweer, Commissie Straatnaamgeving, 'Evaluatie beleidsregels straatnaamgeving 2015 en
advies' (2 p., LibreOffice Writer headless from HTML, serif body, a letterhead table, a naming table, findings 4.1-4.5,
the recommendations numbered with ROMAN NUMERALS I-VII under '5. Aanbevelingen'); traps: 'moet' (Wet BAG, artikel 3
and 7 of the beleidsregels quoted), 'zou ... moeten', percentages, years. Response: besluitnota, order III, I+II, IV,
VI, V; VII unanswered; 'Aanleiding', 'Communicatie' and the 'Vervolg' paragraph answer nothing.
Oudeweer, the commission, people and figures are invented; what is said of the Wet BAG is not to be relied on.

Run: /tmp/blind88nl/bin/python tests/docs/src/blind88/gen_nl_straatnamen_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b88nl as B  # noqa: E402

NAME = "blind88_nl_straatnamen"
F = B.tmp_fonts()
FS = B.tmp_fonts("B88NL Serif", B.SERIF_FILES)
HEAD = """<html><head><meta charset="utf-8"><style>
@page { margin: 2.2cm 2cm 1.8cm 2.2cm; }
body { font-family: 'B88NL Serif'; font-size: 10pt; }
h1 { font-family: 'B88NL Sans'; font-size: 15pt; color: #5a2d0c; }
h2 { font-family: 'B88NL Sans'; font-size: 11pt; color: #5a2d0c; margin-top: 10pt; }
p { margin-top: 0; margin-bottom: 5pt; }
td, th { font-size: 9pt; vertical-align: top; }
.lh td { font-family: 'B88NL Sans'; color: #ffffff; }
</style></head><body>"""


def advice():
    roman = ["I", "II", "III", "IV", "V", "VI", "VII"]
    recs = [
        "Vernoem de komende tien jaar ten minste de helft van de nieuwe straten naar vrouwen.",
        "Verkort de termijn voor vernoeming naar overleden personen van vijf naar twee jaar.",
        "Leg een openbare namenlijst aan waaruit bij nieuwe wijken kan worden geput.",
        "Plaats bij straatnamen die naar een persoon verwijzen een onderbord met een korte toelichting.",
        "Vraag bij elke nieuwe wijk de Historische Vereniging Oudeweer om een thema voor te stellen.",
        "Wijzig geen bestaande straatnamen, ook niet op verzoek van bewoners of bedrijven.",
        "Neem in de beleidsregels op dat de commissie ook adviseert over de namen van bruggen en pleinen.",
    ]
    rows = "\n".join(f'<tr><td width="8%" valign="top"><b>{r}.</b></td><td valign="top">{t}</td></tr>' for r, t in zip(roman, recs))
    html = HEAD + f"""
<table width="100%" cellpadding="6" bgcolor="#5a2d0c" class="lh"><tr><td><b>GEMEENTE OUDEWEER</b><br>Commissie Straatnaamgeving</td>
<td align="right">CSN 2026/02<br>9 februari 2026</td></tr></table>
<h1>Evaluatie beleidsregels straatnaamgeving 2015 en advies</h1>
<p><i>Aan het college van burgemeester en wethouders van Oudeweer</i></p>
<h2>1. Aanleiding</h2>
<p>De Beleidsregels straatnaamgeving gemeente Oudeweer 2015 bepalen in artikel 11 dat de regels na tien jaar worden
geëvalueerd. Het college heeft de commissie op 4 november 2025 gevraagd die evaluatie uit te voeren en te adviseren over
aanpassing. De commissie bestaat uit vijf leden: twee raadsleden op persoonlijke titel, de gemeentearchivaris, een lid
van de Historische Vereniging Oudeweer en een medewerker van de afdeling Basisregistraties.</p>
<h2>2. Wettelijk kader</h2>
<p>Op grond van de Wet basisregistraties adressen en gebouwen (Wet BAG) moet de gemeente iedere openbare ruimte een
naam geven en die naam registreren. De naamgeving zelf is een bevoegdheid van het college. Artikel 3 van de
beleidsregels bepaalt: 'Een straatnaam moet eenvoudig te spellen en uit te spreken zijn en mag niet verwarrend zijn
met een bestaande naam in de gemeente.' Artikel 7 luidt: 'Straatnamen mogen niet eerder dan vijf jaar na overlijden
naar personen worden vernoemd.'</p>
<h2>3. Wat wij hebben onderzocht</h2>
<p>De commissie heeft alle 142 besluiten tot naamgeving sinds 2015 bekeken, gesproken met de hulpdiensten en de
afdeling Basisregistraties, en een enquête gehouden onder 412 inwoners van het digitale panel.</p>
<table width="90%" border="1" cellpadding="3" cellspacing="0">
<tr><th align="left">Soort naam sinds 2015</th><th align="left">Aantal</th><th align="left">Aandeel</th></tr>
<tr><td>Naar mannen</td><td>31</td><td>22 procent</td></tr>
<tr><td>Naar vrouwen</td><td>6</td><td>4 procent</td></tr>
<tr><td>Thematisch (vogels, bomen, veldnamen)</td><td>88</td><td>62 procent</td></tr>
<tr><td>Overig (bruggen, pleinen, paden)</td><td>17</td><td>12 procent</td></tr></table>
<h2>4. Bevindingen</h2>
<p><b>4.1</b> De beleidsregels werken in het algemeen goed. Er zijn sinds 2015 geen verwarringen gemeld door de
hulpdiensten.</p>
<p><b>4.2</b> Vrouwen zijn sterk ondervertegenwoordigd: zes van de 37 persoonsnamen. De gemeente zou hier bewuster
mee om moeten gaan, zoals veel andere gemeenten al doen.</p>
<p><b>4.3</b> De termijn van vijf jaar na overlijden leidt ertoe dat bekende inwoners soms pas worden vernoemd als de
wijk al lang klaar is. In 2023 kon de wens om een straat te vernoemen naar oud-burgemeester Tjitske Hoekstra daardoor
niet worden gehonoreerd.</p>
<p><b>4.4</b> 71 procent van de ondervraagde inwoners weet niet naar wie de eigen straat is vernoemd.</p>
<p><b>4.5</b> Bruggen en pleinen krijgen nu een naam buiten de commissie om; in 2024 kregen twee bruggen bijna dezelfde
naam. Ook verzoeken om een bestaande straat te hernoemen komen steeds vaker voor; in 2025 waren het er drie.</p>
<h2>5. Aanbevelingen</h2>
<p>De commissie adviseert het college de beleidsregels te herzien en daarbij het volgende te betrekken:</p>
<table width="100%" cellpadding="3" cellspacing="0">{rows}</table>
<p>De commissie is beschikbaar voor een nadere toelichting en ontvangt graag een afschrift van het besluit.</p>
<p>Namens de Commissie Straatnaamgeving,<br>drs. M.A. (Marten) Wiersma, voorzitter<br>A. Bosma, secretaris</p>
</body></html>"""
    B.soffice_pdf(html, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Commissie Straatnaamgeving - CSN 2026/02", "{n} / {m}", F["Regular"])


def response():
    html = HEAD + """
<table width="100%" cellpadding="6" bgcolor="#5a2d0c" class="lh"><tr><td><b>GEMEENTE OUDEWEER</b><br>Besluitnota college van B&amp;W</td>
<td align="right">Zaaknummer 2026-00318<br>Collegevergadering 24 maart 2026</td></tr></table>
<h1>Vaststelling Beleidsregels straatnaamgeving 2026</h1>
<table width="100%" cellpadding="2"><tr><td width="25%">Portefeuillehouder</td><td>wethouder R. de Haan</td></tr>
<tr><td>Afdeling</td><td>Basisregistraties en Dienstverlening</td></tr><tr><td>Openbaar</td><td>ja</td></tr></table>
<h2>Aanleiding</h2>
<p>De beleidsregels uit 2015 zijn na tien jaar geëvalueerd door de Commissie Straatnaamgeving. Met deze nota stelt u
nieuwe beleidsregels vast en reageert u op de aanbevelingen van de commissie.</p>
<h2>Besluit</h2>
<p>1. De Beleidsregels straatnaamgeving 2026 vast te stellen. 2. De commissie te antwoorden overeenkomstig de
toelichting hieronder.</p>
<h2>Toelichting per aanbeveling</h2>
<p><b>Aanbeveling III.</b> Overgenomen. De afdeling Basisregistraties houdt vanaf 1 mei een openbare lijst van
namen bij, waarop inwoners ook zelf suggesties kunnen doen.</p>
<p><b>Aanbevelingen I en II.</b> Het college wil meer vrouwen zichtbaar maken in het straatbeeld en legt in de
beleidsregels vast dat bij persoonsnamen wordt gestreefd naar een evenwichtige verdeling; een vast percentage
nemen wij niet op. De wachttermijn van vijf jaar na overlijden blijft ongewijzigd. Die termijn geeft de
nodige afstand en voorkomt besluiten onder invloed van emoties rond een recent overlijden.</p>
<p><b>Aanbeveling IV.</b> Het college neemt dit over. Bij nieuwe straatnamen die naar een persoon verwijzen
wordt voortaan een onderbord geplaatst; de kosten van circa 150 euro per bord komen ten laste van het project.</p>
<p><b>Aanbeveling VI.</b> Het college acht het niet wenselijk om hernoeming in alle gevallen uit te sluiten.
In uitzonderlijke gevallen, bijvoorbeeld bij een naam die kwetsend is geworden, moet dat mogelijk blijven.</p>
<p><b>Aanbeveling V.</b> Het college is de Historische Vereniging erkentelijk voor haar betrokkenheid en zal
de suggestie meenemen bij de voorbereiding van de volgende uitbreidingswijk.</p>
<h2>Communicatie</h2>
<p>De nieuwe beleidsregels worden gepubliceerd in het Gemeenteblad en treden in werking op de dag na bekendmaking.
Een nieuwsbericht verschijnt op de gemeentelijke website en in de Oudeweerder Courant.</p>
<h2>Vervolg</h2>
<p>De eerstvolgende naamgeving volgens de nieuwe regels betreft de wijk Noorderhoeve fase 2, naar verwachting in
het derde kwartaal van 2026.</p>
</body></html>"""
    B.soffice_pdf(html, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Besluitnota 2026-00318", "{n} / {m}", F["Regular"])


RECS = [
    (1, "Vernoem de komende tien jaar ten minste de helft van de nieuwe", "een vast percentage nemen wij niet op", "partly", ["disagrees"]),
    (2, "Verkort de termijn voor vernoeming naar overleden personen van vijf naar", "De wachttermijn van vijf jaar na overlijden blijft ongewijzigd", "disagrees"),
    (3, "Leg een openbare namenlijst aan waaruit bij nieuwe wijken kan worden", "houdt vanaf 1 mei een openbare lijst van namen bij", "agrees"),
    (4, "Plaats bij straatnamen die naar een persoon verwijzen een onderbord met", "wordt voortaan een onderbord geplaatst", "agrees"),
    (5, "Vraag bij elke nieuwe wijk de Historische Vereniging Oudeweer om een thema", "zal de suggestie meenemen bij de voorbereiding", "noted"),
    (6, "Wijzig geen bestaande straatnamen, ook niet op verzoek van bewoners of", "acht het niet wenselijk om hernoeming in alle gevallen uit te sluiten", "disagrees"),
    (7, "Neem in de beleidsregels op dat de commissie ook adviseert over de", None, "unanswered"),
]
UNMATCHED = ["zijn na tien jaar geëvalueerd door de Commissie Straatnaamgeving",
             "worden gepubliceerd in het Gemeenteblad en treden in werking",
             "De eerstvolgende naamgeving volgens de nieuwe regels betreft"]
NOTES = ("Advice: evaluation and advice of a Commissie Straatnaamgeving; seven recommendations numbered with ROMAN "
         "NUMERALS I.-VII. in a borderless table under '5. Aanbevelingen'; traps: the Wet BAG ('moet'), artikelen 3 and 7 "
         "of the 2015 rules quoted ('moet', 'mogen niet'), artikel 11, a naming table, findings 4.1-4.5 in bold numbers, "
         "'zou ... moeten', percentages. Response: besluitnota of the college, 'Toelichting per aanbeveling' citing the "
         "numerals, order III, I+II, IV, VI, V. Shared paragraph 'Aanbevelingen I en II': I partly (a streven, no quota) + "
         "II disagrees (five years kept). VII (bridges and squares) unanswered. 'Aanleiding', 'Communicatie' and 'Vervolg' "
         "answer nothing; 'Besluit' merely refers to the toelichting.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
