"""Round 28 (nl): the works council (ondernemingsraad) of an invented regional environment agency advises on a
reorganisation under article 25 WOR: 'positief, onder de volgende voorwaarden' 1-4 and 'aanbevelingen' A-C, after
numbered considerations and a staff-survey table, and citing the council's own earlier advice of 2024 (not a
recommendation of this advice). Response: the director's besluit letter with a Rijksoverheid-like sidebar
(kenmerk/datum), answering by ordinals ('Uw eerste en tweede voorwaarde', 'uw derde voorwaarde') and paraphrase in
another order, plus an opschorting paragraph (art. 25 lid 6 WOR) and a reply to the old 2024 advice that answer no
recommendation. Engine: LibreOffice Writer headless from HTML."""
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
import _b28nl as B  # noqa: E402

NAME = "blind28_nl_or_advies"

CSS = """<style>
body { font-family: 'Liberation Sans'; font-size: 10pt; }
p { margin-top: 0; margin-bottom: 6pt; line-height: 130%; }
h1 { font-family: 'Liberation Sans'; font-size: 15pt; color: #7a1f3d; margin-bottom: 6pt; }
h2 { font-family: 'Liberation Sans'; font-size: 11pt; color: #7a1f3d; margin-top: 10pt; margin-bottom: 4pt; }
td, th { font-size: 9pt; vertical-align: top; }
.side { font-size: 8pt; color: #333333; }
.lab { font-size: 7.5pt; font-weight: bold; color: #7a1f3d; margin-bottom: 0; }
.vw { margin-left: 8mm; }
</style>"""


def page(title, header, footer, body):
    return f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{title}</title>{CSS}</head><body>
<div title="header"><p style="font-size:7.5pt; color:#666666">{header}</p></div>
{body}
<div title="footer"><p style="font-size:7.5pt; color:#666666; text-align:right">{footer} <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield></p></div>
</body></html>"""


ADVICE = """
<p style="font-size:13pt; font-weight:bold; color:#7a1f3d">Ondernemingsraad<br/>Omgevingsdienst Lingewaarden</p>
<table width="100%" cellpadding="3" cellspacing="0" style="border-top:1px solid #7a1f3d; border-bottom:1px solid #7a1f3d">
<tr><td width="25%"><b>Aan</b></td><td>de directeur van de Omgevingsdienst Lingewaarden, mevrouw ir. C.M. van Baarle</td></tr>
<tr><td><b>Datum</b></td><td>9 oktober 2025</td></tr>
<tr><td><b>Kenmerk</b></td><td>OR-2025-031</td></tr>
<tr><td><b>Onderwerp</b></td><td>Advies over het voorgenomen besluit &#8216;Koers 2027&#8217; (uw adviesaanvraag van 2 juli 2025, kenmerk DIR/2025/118)</td></tr>
</table>
<p style="margin-bottom:10pt"></p>
<h1>Advies van de ondernemingsraad over Koers 2027</h1>
<p>Geachte mevrouw Van Baarle,</p>
<p>Op 2 juli 2025 heeft u de ondernemingsraad (OR) om advies gevraagd over het voorgenomen besluit tot reorganisatie
van de afdelingen Vergunningverlening en Toezicht en Handhaving, onder de naam Koers 2027. Het gaat om een belangrijke
wijziging in de organisatie als bedoeld in artikel 25, eerste lid, onder e, van de Wet op de ondernemingsraden (WOR).
Met deze brief brengen wij ons advies uit.</p>
<h2>1. Procedure</h2>
<p>Wij hebben de adviesaanvraag besproken in de overlegvergaderingen van 4 september en 25 september 2025. Op ons
verzoek heeft u op 11 september een aanvullende notitie over de formatie gestuurd. Wij hebben twee
achterbanbijeenkomsten gehouden en een enquête uitgezet onder alle 214 medewerkers.</p>
<h2>2. Wat onze achterban zegt</h2>
<table width="100%" cellpadding="3" cellspacing="0" border="1" style="border-collapse:collapse">
<tr style="background:#f1e2e7"><th align="left">Stelling</th><th align="left">Eens</th><th align="left">Oneens</th><th align="left">Weet niet</th></tr>
<tr><td>De reorganisatie is nodig om de achterstanden weg te werken</td><td>58%</td><td>27%</td><td>15%</td></tr>
<tr><td>Ik weet wat de reorganisatie voor mijn functie betekent</td><td>31%</td><td>54%</td><td>15%</td></tr>
<tr><td>Het tijdpad is haalbaar</td><td>19%</td><td>66%</td><td>15%</td></tr>
<tr><td>Er zijn genoeg leidinggevenden in de nieuwe opzet</td><td>22%</td><td>61%</td><td>17%</td></tr>
</table>
<p style="font-size:8pt">Respons: 131 van de 214 medewerkers (61 procent).</p>
<h2>3. Overwegingen</h2>
<p>De OR heeft bij zijn afweging de volgende punten betrokken:</p>
<ol>
<li><p>De OR constateert dat de doorlooptijden van omgevingsvergunningen sinds 2023 zijn opgelopen tot gemiddeld 14 weken en deelt de opvatting dat er iets moet veranderen.</p></li>
<li><p>Het onderscheid tussen vergunningverlening en toezicht sluit niet meer aan op de werkwijze onder de Omgevingswet; integrale teams per gebied zijn in beginsel een goede stap.</p></li>
<li><p>De onzekerheid onder medewerkers is groot. Meer dan de helft weet niet wat de reorganisatie voor de eigen functie betekent.</p></li>
<li><p>Het voorgestelde tijdpad valt samen met de piek in de vergunningaanvragen voor de energietransitie.</p></li>
<li><p>De span of control van de teamleiders neemt in het voornemen toe van gemiddeld 30 naar 43 medewerkers.</p></li>
</ol>
<p>Wij merken daarbij op dat in ons advies van 12 maart 2024 over de huisvesting al werd geadviseerd om flexibele
werkplekken pas in te voeren na een proef van zes maanden. Die proef is er tot nu toe niet gekomen, terwijl Koers 2027
wel uitgaat van flexibel werken.</p>
<h2>4. Advies</h2>
<p>De ondernemingsraad adviseert positief over het voorgenomen besluit, onder de volgende voorwaarden:</p>
<ol>
<li><p>Het sociaal plan 2023 is onverkort van toepassing op alle medewerkers van wie de functie vervalt of ingrijpend wijzigt, ook als de wijziging pas na 2026 ingaat.</p></li>
<li><p>De plaatsingscommissie krijgt een onafhankelijke voorzitter en een lid op voordracht van de ondernemingsraad.</p></li>
<li><p>De nieuwe teamindeling gaat pas in op 1 januari 2027, zodat eerst de achterstand in de vergunningverlening kan worden weggewerkt.</p></li>
<li><p>Het aantal teamleiders blijft zeven, in plaats van de vijf die het voornemen noemt.</p></li>
</ol>
<p>Daarnaast geeft de ondernemingsraad u de volgende aanbevelingen mee:</p>
<ol type="A">
<li><p>Evalueer de nieuwe organisatie een jaar na de invoering, samen met de OR en met een vertegenwoordiging van de medewerkers.</p></li>
<li><p>Vraag het algemeen bestuur om een structurele verhoging van het opleidingsbudget, zodat medewerkers zich kunnen voorbereiden op het werken in integrale teams.</p></li>
<li><p>Informeer de medewerkers iedere week over de voortgang van de reorganisatie via het intranet en organiseer ten minste twee personeelsbijeenkomsten per kwartaal.</p></li>
</ol>
<h2>5. Tot slot</h2>
<p>Wij verzoeken u om, als u ons advies niet of niet volledig volgt, uw besluit schriftelijk te motiveren, zoals
artikel 25, vijfde lid, van de WOR voorschrijft. Wij zijn graag bereid ons advies in een extra overlegvergadering toe
te lichten.</p>
<p>Met vriendelijke groet,<br/>namens de ondernemingsraad,</p>
<p>J.W. Hoekstra, voorzitter<br/>S. el Idrissi, secretaris</p>
"""

RESPONSE = """
<table width="100%" cellpadding="0" cellspacing="0">
<tr><td width="70%">
<p style="font-size:13pt; font-weight:bold; color:#1d4f73">Omgevingsdienst Lingewaarden</p>
<p style="font-size:8pt">&gt; Retouradres Postbus 412 4000 AK Lingewaarden</p>
<p>Aan de ondernemingsraad<br/>t.a.v. de heer J.W. Hoekstra, voorzitter<br/>intern</p>
</td><td width="30%" style="border-left:1px solid #1d4f73; padding-left:6pt">
<p class="lab">Directie</p><p class="side">Postbus 412<br/>4000 AK Lingewaarden<br/>www.od-lingewaarden.nl</p>
<p class="lab">Ons kenmerk</p><p class="side">DIR/2025/163</p>
<p class="lab">Uw kenmerk</p><p class="side">OR-2025-031</p>
<p class="lab">Bijlagen</p><p class="side">1 (definitief organisatiebesluit)</p>
</td></tr></table>
<p style="margin-bottom:10pt"></p>
<p><b>Datum</b> 16 oktober 2025<br/><b>Betreft</b> Besluit Koers 2027 en reactie op uw advies</p>
<p>Geachte heer Hoekstra,</p>
<p>Hartelijk dank voor uw zorgvuldige advies van 9 oktober 2025 over Koers 2027. Ik waardeer het dat u de achterban
zo breed heeft geraadpleegd. Na afweging van uw advies heb ik op 15 oktober 2025 besloten de reorganisatie door te
zetten, met de aanpassingen die ik hieronder toelicht.</p>
<h2>Rechtspositie en plaatsing</h2>
<p>Uw eerste en tweede voorwaarde neem ik beide over. Het sociaal plan 2023 geldt onverkort voor iedere medewerker
van wie de functie vervalt of ingrijpend verandert, ongeacht de datum waarop dat gebeurt. De plaatsingscommissie
wordt voorgezeten door mr. P. Sandifort, die niet aan de dienst verbonden is; ik zie uw voordracht voor het tweede lid
graag voor 1 november tegemoet.</p>
<h2>Leiding in de nieuwe teams</h2>
<p>Aan de wens om zeven teamleiders te behouden kan ik niet tegemoetkomen. De begroting die het algemeen bestuur
heeft vastgesteld, biedt ruimte voor vijf teamleiders. Wel stel ik in elk team een senior-medewerker aan als
vakinhoudelijk coördinator, zodat de teamleiders minder operationele vragen krijgen.</p>
<h2>Tijdpad</h2>
<p>Uw derde voorwaarde neem ik gedeeltelijk over. Ik begrijp de zorg over de piek in de aanvragen, maar 1 januari 2027
is voor de dienst te laat. De nieuwe teamindeling gaat daarom in op 1 juli 2026, een half jaar later dan het
voornemen; tot die tijd zet ik een tijdelijk team in op de achterstanden.</p>
<h2>Uw aanbevelingen</h2>
<p>Een evaluatie een jaar na de invoering zeg ik graag toe. De OR en vier medewerkers uit verschillende teams worden
lid van de begeleidingsgroep; de evaluatie is in de zomer van 2027 gereed.</p>
<p>Over het opleidingsbudget beslist het algemeen bestuur. Ik zal uw verzoek onder de aandacht brengen bij de
voorbereiding van de begroting 2027, maar ik kan niet vooruitlopen op de uitkomst daarvan.</p>
<p>Wat de communicatie betreft: sinds de adviesaanvraag verschijnt er iedere week een bericht over Koers 2027 op
het intranet, en er staan tot de zomer van 2026 acht personeelsbijeenkomsten gepland. Dit zetten wij voort.</p>
<h2>Huisvesting</h2>
<p>U wijst terecht op uw eerdere advies uit 2024 over de huisvesting. De proef met flexibele werkplekken start in
januari 2026 op de tweede verdieping, en ik leg de uitkomst daarvan aan u voor.</p>
<h2>Opschorting</h2>
<p>Omdat mijn besluit niet volledig overeenkomt met uw advies, schort ik de uitvoering op grond van artikel 25, zesde
lid, van de WOR op tot en met 16 november 2025. In die periode kunt u desgewenst beroep instellen bij de
ondernemingskamer van het gerechtshof Amsterdam.</p>
<p>Met vriendelijke groet,</p>
<p>ir. C.M. van Baarle<br/>directeur Omgevingsdienst Lingewaarden</p>
"""

RECS = [
    ("1", "Het sociaal plan 2023 is onverkort van toepassing op alle medewerkers",
     "Uw eerste en tweede voorwaarde neem ik beide over", "agrees"),
    ("2", "De plaatsingscommissie krijgt een onafhankelijke voorzitter en een lid",
     "wordt voorgezeten door mr. P. Sandifort", "agrees"),
    ("3", "De nieuwe teamindeling gaat pas in op 1 januari 2027",
     "Uw derde voorwaarde neem ik gedeeltelijk over", "partly"),
    ("4", "Het aantal teamleiders blijft zeven, in plaats van de vijf",
     "Aan de wens om zeven teamleiders te behouden kan ik niet tegemoetkomen", "disagrees"),
    ("A", "Evalueer de nieuwe organisatie een jaar na de invoering",
     "Een evaluatie een jaar na de invoering zeg ik graag toe", "agrees"),
    ("B", "Vraag het algemeen bestuur om een structurele verhoging van het opleidingsbudget",
     "Ik zal uw verzoek onder de aandacht brengen", "noted", ["partly"]),
    ("C", "Informeer de medewerkers iedere week over de voortgang van de reorganisatie",
     "iedere week een bericht over Koers 2027 op het intranet", "agrees"),
]
UNMATCHED = ["op de tweede verdieping, en ik leg de uitkomst daarvan",
             "schort ik de uitvoering op grond van artikel 25"]
NOTES = ("Works-council advice under art. 25 WOR (LibreOffice from HTML; letter with a metadata table, running header, "
         "page-number footer). 'De ondernemingsraad adviseert positief ..., onder de volgende voorwaarden:' 1.-4. "
         "(an HTML <ol>) and 'aanbevelingen' A.-C. (<ol type=A>) are the seven recommendations; the numbered "
         "'Overwegingen' 1.-5., a survey table and a sentence quoting the council's OWN earlier advice of 12 March "
         "2024 ('werd geadviseerd om flexibele werkplekken pas in te voeren na een proef') are not. Response: the "
         "director's besluit letter with a right-hand sidebar (Ons kenmerk / Uw kenmerk / Bijlagen) on page 1, theme "
         "headings in the order 1+2, 4, 3, A, B, C; links by ordinals ('Uw eerste en tweede voorwaarde neem ik beide "
         "over' = one reply for two, 'Uw derde voorwaarde') or paraphrase only (4, A, B, C never numbered); 3 moved to "
         "1 July 2026 instead of 1 January 2027 (partly); 4 'kan ik niet tegemoetkomen' (disagrees); B budget is the "
         "algemeen bestuur's, 'onder de aandacht brengen' (noted); C already weekly (agrees). 'Huisvesting' answers the "
         "old 2024 advice and 'Opschorting' (art. 25 lid 6 WOR) answers nothing of this advice.")


def convert(html, pdfname):
    tmp = tempfile.mkdtemp(prefix="b28nlor")
    src = os.path.join(tmp, pdfname.replace(".pdf", ".html"))
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                    "--infilter=HTML (StarWriter)", "--convert-to", "pdf", "--outdir", tmp, src],
                   check=True, capture_output=True)
    shutil.copy(os.path.join(tmp, pdfname), B.out(pdfname))
    shutil.rmtree(tmp)


if __name__ == "__main__":
    convert(page("Advies OR Koers 2027", "Ondernemingsraad Omgevingsdienst Lingewaarden &#8211; kenmerk OR-2025-031",
                 "Advies Koers 2027 &#183; pagina", ADVICE), NAME + "_advice.pdf")
    convert(page("Besluit Koers 2027", "Omgevingsdienst Lingewaarden &#8211; DIR/2025/163",
                 "pagina", RESPONSE), NAME + "_response.pdf")
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)
