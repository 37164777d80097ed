"""Round 27 (nl): advice of the Adviescollege Openbaarheid en Informatiehuishouding (ACOI) on chat messages in central
government, with chapter-numbered recommendations 'Aanbeveling 2.1' ... '4.2' as bold labels closing each chapter,
Writer footnotes with statute references and a recommendation from the ACOI's own EARLIER advice quoted in the text;
answered by the BZK minister's Kamerbrief (first-page sidebar with kenmerk/datum) that quotes each recommendation in
italics under its label, within a chapter in another order (3.2 before 3.1, 4.2 before 4.1). Engine: LibreOffice
Writer headless from HTML."""
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
import _b27nl as B  # noqa: E402

NAME = "blind27_nl_acoi"

CSS = """<style>
body { font-family: 'Liberation Sans'; font-size: 10pt; }
p { margin-top: 0; margin-bottom: 6pt; line-height: 140%; }
h1 { font-family: 'Liberation Sans'; font-size: 15pt; color: #154273; margin-top: 14pt; margin-bottom: 6pt; }
h2 { font-family: 'Liberation Sans'; font-size: 11pt; color: #154273; margin-top: 10pt; margin-bottom: 3pt; }
td { font-size: 10pt; vertical-align: top; }
.rec { margin-left: 0.8cm; }
.lab { font-size: 9pt; color: #154273; }
.small { font-size: 8pt; }
.side { font-size: 7.5pt; color: #333333; }
</style>"""


def page(title, header, footer, body):
    return f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{title}</title>{CSS}</head><body>
<div title="header"><p style="font-size:7.5pt; color:#555555">{header}</p></div>
{body}
<div title="footer"><p style="font-size:7.5pt; color:#555555; text-align:right">{footer}<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield></p></div>
</body></html>"""


def fn(n):
    return f'<a class="sdfootnoteanc" name="sdfootnote{n}anc" href="#sdfootnote{n}sym"><sup>{n}</sup></a>'


def fnbody(n, text):
    return (f'<div id="sdfootnote{n}"><p class="small"><a class="sdfootnotesym" name="sdfootnote{n}sym" '
            f'href="#sdfootnote{n}anc">{n}</a> {text}</p></div>')


def rec(num, text):
    return f'<p class="rec"><b>Aanbeveling {num}</b><br/><b>{text}</b></p>'


R = {
    "2.1": "Verplicht bewindspersonen en topambtenaren om chatberichten over hun werk binnen veertien dagen over te "
           "zetten naar het archief van hun ministerie.",
    "2.2": "Zet op alle werktelefoons van de Rijksoverheid de functie voor automatisch verdwijnende berichten "
           "standaard uit en laat alleen de CIO van het ministerie een uitzondering toestaan.",
    "3.1": "Geef iedere verzoeker die om chatberichten vraagt een vast aanspreekpunt dat hem tijdens de hele "
           "behandeling van het verzoek op de hoogte houdt.",
    "3.2": "Rapporteer jaarlijks per ministerie hoeveel Woo-verzoeken chatberichten betroffen en binnen welke termijn "
           "zij zijn afgehandeld.",
    "4.1": "Geef de Inspectie Overheidsinformatie en Erfgoed de bevoegdheid om zonder aankondiging steekproeven te "
           "doen in de berichtenarchieven van ministeries.",
    "4.2": "Betrek bij de evaluatie van de Wet open overheid uitdrukkelijk de ervaringen van journalisten en "
           "onderzoekers die chatberichten hebben opgevraagd.",
}

ADVICE = f"""
<p class="lab">ADVIESCOLLEGE OPENBAARHEID EN INFORMATIEHUISHOUDING</p>
<h1 style="font-size:22pt; margin-top:4pt">Bewaren wat telt</h1>
<p style="font-size:12pt">Advies over chatberichten in de Rijksoverheid</p>
<p class="lab">Advies 2025/3 &#183; Den Haag, 17 april 2025 &#183; aan de minister van Binnenlandse Zaken en Koninkrijksrelaties</p>
<h1>1 Inleiding</h1>
<p>Bestuurders en ambtenaren overleggen steeds vaker via chatapps. Die berichten zijn, voor zover zij over het werk gaan,
documenten in de zin van de Wet open overheid (Woo){fn(1)} en moeten volgens de Archiefwet worden bewaard als zij
bestuurlijke waarde hebben.{fn(2)} In de praktijk gebeurt dat nog lang niet altijd. De Tweede Kamer heeft de regering
met de motie-Vermeulen c.s. gevraagd om uiterlijk in 2026 een sluitende aanpak.{fn(3)}</p>
<p>Het college bracht in 2023 al een advies over dit onderwerp uit. Daarin bevalen wij aan om <i>een rijksbrede norm
vast te stellen voor het bewaren van chatberichten</i>. Die norm is er inmiddels, maar het college constateert dat zij
in de praktijk weinig verschil maakt. Dit advies kijkt daarom vooral naar de uitvoering. Het college sprak met
archivarissen, Woo-co\u00f6rdinatoren, CIO's van vijf ministeries, journalisten en de Inspectie Overheidsinformatie en
Erfgoed.</p>
<h1>2 Bewaren</h1>
<p>Sinds 1 januari 2024 geldt de rijksbrede instructie dat chatberichten met bestuurlijke waarde worden bewaard. Uit een
uitvraag van het college blijkt dat op vier van de twaalf ministeries vrijwel geen chatberichten in het archief zijn
opgenomen. Medewerkers zetten berichten vaak pas over als er een Woo-verzoek binnenkomt; dan blijken berichten
regelmatig al verloren te zijn gegaan. Op 38 procent van de onderzochte werktelefoons stond de functie voor
automatisch verdwijnende berichten aan.</p>
<p>Het college vindt dat het bewaren niet mag afhangen van de oplettendheid van individuele gebruikers.</p>
{rec("2.1", R["2.1"])}
{rec("2.2", R["2.2"])}
<h1>3 Openbaar maken</h1>
<p>Verzoeken om chatberichten duren gemiddeld 41 weken, ruim twee keer zo lang als andere Woo-verzoeken. Verzoekers
weten vaak niet wie hun verzoek behandelt en krijgen bij verdaging weinig uitleg. Hoe vaak het om chatberichten gaat,
is niet bekend: de jaarlijkse Woo-rapportages maken dat onderscheid niet.{fn(4)}</p>
{rec("3.1", R["3.1"])}
{rec("3.2", R["3.2"])}
<h1>4 Toezicht en evaluatie</h1>
<p>De Inspectie Overheidsinformatie en Erfgoed houdt toezicht op de naleving van de Archiefwet, maar kan alleen
aangekondigd onderzoek doen. Het college stelt vast dat de inspectie daardoor geen goed beeld heeft van wat er
werkelijk in de archieven staat. De Woo wordt in 2027 ge\u00ebvalueerd.</p>
{rec("4.1", R["4.1"])}
{rec("4.2", R["4.2"])}
<h1>5 Tot slot</h1>
<p>Het college is graag bereid deze aanbevelingen toe te lichten. Het zal in 2026 nagaan wat ermee is gedaan.</p>
<p>Namens het Adviescollege Openbaarheid en Informatiehuishouding,<br/><br/>mr. P.H. Dijkgraaf-Wouters, voorzitter<br/>drs. K. Benali, secretaris</p>
{fnbody(1, "Artikel 2.1 Woo: een document is een door een orgaan, persoon of college als bedoeld in artikel 2.2, eerste lid, opgemaakt of ontvangen schriftelijk stuk of ander geheel van vastgelegde gegevens dat naar zijn aard verband houdt met de publieke taak.")}
{fnbody(2, "Artikel 3 Archiefwet 1995; de nieuwe Archiefwet treedt naar verwachting in 2026 in werking.")}
{fnbody(3, "Motie van het lid Vermeulen c.s., Kamerstukken II 2023/24, 32 802, nr. 71.")}
{fnbody(4, "Zie het Jaarverslag Woo 2024 van de minister van BZK, bijlage 2.")}
"""

RESPONSE = f"""
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="72%"><p style="font-size:8pt; margin-bottom:16pt">&#62; Retouradres Postbus 20011 2500 EA Den Haag</p>
<p>Aan de Voorzitter van de Tweede Kamer der Staten-Generaal<br/>Postbus 20018<br/>2500 EA Den Haag</p></td>
<td width="28%">
<p class="side"><b>Directie Informatiesamenleving en Overheid</b><br/>Turfmarkt 147<br/>Den Haag</p>
<p class="side"><b>Kenmerk</b><br/>2025-0000387114</p>
<p class="side"><b>Uw kenmerk</b><br/>2025Z04417</p>
<p class="side"><b>Bijlage(n)</b><br/>1</p>
</td></tr></table>
<p style="margin-top:14pt"><b>Datum</b> 2 oktober 2025<br/><b>Betreft</b> Kabinetsreactie op het ACOI-advies 'Bewaren wat telt'</p>
<p style="margin-top:10pt">Geachte voorzitter,</p>
<p>Op 17 april 2025 bracht het Adviescollege Openbaarheid en Informatiehuishouding (ACOI) het advies 'Bewaren wat
telt' uit. Met deze brief stuur ik u, mede namens de minister van Onderwijs, Cultuur en Wetenschap, de reactie van het
kabinet. Het advies komt op een goed moment: de nieuwe Archiefwet wordt dit najaar in uw Kamer behandeld en de
evaluatie van de Woo wordt voorbereid.</p>
<h2>Algemeen</h2>
<p>Het kabinet deelt de analyse dat het bewaren van chatberichten te veel afhangt van individuele medewerkers. Ik
betreur dat berichten verloren zijn gegaan die hadden moeten worden bewaard. Het kabinet wil dat chatberichten even
vanzelfsprekend worden gearchiveerd als e-mail.</p>
<h2>Bewaren</h2>
<p><i>Aanbeveling 2.1: {R["2.1"]}</i></p>
<p>Het kabinet neemt deze aanbeveling over. In de Archiefregeling wordt een termijn van veertien dagen opgenomen voor
het overzetten van chatberichten met bestuurlijke waarde; de wijziging treedt op 1 januari 2026 in werking. Voor
bewindspersonen verzorgt het secretariaat het overzetten, zodat het niet van de bewindspersoon zelf afhangt.</p>
<p><i>Aanbeveling 2.2: {R["2.2"]}</i></p>
<p>Het kabinet neemt deze aanbeveling gedeeltelijk over. Op de telefoons van bewindspersonen, secretarissen-generaal en
directeuren-generaal is de functie sinds 1 september 2025 technisch geblokkeerd. Een blokkade op alle ruim 90.000
werktelefoons vergt een aanpassing van het beheer die de komende twee jaar niet haalbaar is; voor die telefoons blijft
de functie wel standaard uitgeschakeld bij uitgifte.</p>
<h2>Openbaar maken</h2>
<p><i>Aanbeveling 3.2: {R["3.2"]}</i></p>
<p>Dit gebeurt al. Het Jaarverslag Woo over 2025, dat in mei 2026 verschijnt, bevat per ministerie het aantal
afgehandelde verzoeken om chatberichten en de gemiddelde doorlooptijd. De uitvraag daarvoor is in januari 2025
gestart.</p>
<p><i>Aanbeveling 3.1: {R["3.1"]}</i></p>
<p>Het kabinet neemt deze aanbeveling niet over. Elk ministerie heeft een Woo-contactpersoon bij wie verzoekers
terecht kunnen, ongeacht waarover hun verzoek gaat. Een apart aanspreekpunt voor verzoeken om chatberichten zou een
tweede loket naast het bestaande maken. Wel worden verzoekers voortaan bij elke verdaging ge\u00efnformeerd over de
reden en de verwachte datum van het besluit.</p>
<h2>Toezicht en evaluatie</h2>
<p><i>Aanbeveling 4.2: {R["4.2"]}</i></p>
<p>Ik zeg toe dat het onderzoeksbureau dat de evaluatie uitvoert, de ervaringen van journalisten en onderzoekers
uitdrukkelijk in de vraagstelling meekrijgt. De evaluatie wordt in het voorjaar van 2027 aan uw Kamer gezonden.</p>
<p><i>Aanbeveling 4.1: {R["4.1"]}</i></p>
<p>De bevoegdheden van de inspectie zijn onderwerp van het wetsvoorstel voor de nieuwe Archiefwet, dat nu bij uw Kamer
ligt. Ik laat het oordeel over deze aanbeveling aan de behandeling van dat wetsvoorstel en neem er op dit moment geen
standpunt over in.</p>
<h2>Motie-Vermeulen</h2>
<p>Met de maatregelen in deze brief geef ik uitvoering aan de motie-Vermeulen c.s. Ik beschouw de motie daarmee als
afgedaan.</p>
<p style="margin-top:10pt">De minister van Binnenlandse Zaken en Koninkrijksrelaties,</p>
<p><br/>drs. M.A. Terpstra</p>
"""

RECS = [
    ("2.1", "Verplicht bewindspersonen en topambtenaren om chatberichten over hun werk", "In de Archiefregeling "
     "wordt een termijn van veertien dagen opgenomen", "agrees"),
    ("2.2", "Zet op alle werktelefoons van de Rijksoverheid de functie", "Een blokkade op alle ruim 90.000 "
     "werktelefoons vergt", "partly"),
    ("3.1", "Geef iedere verzoeker die om chatberichten vraagt een vast aanspreekpunt", "zou een tweede loket naast "
     "het bestaande maken", "disagrees"),
    ("3.2", "Rapporteer jaarlijks per ministerie hoeveel Woo-verzoeken chatberichten betroffen", "De uitvraag "
     "daarvoor is in januari 2025 gestart", "agrees"),
    ("4.1", "Geef de Inspectie Overheidsinformatie en Erfgoed de bevoegdheid om", "neem er op dit moment geen "
     "standpunt over in", "noted"),
    ("4.2", "Betrek bij de evaluatie van de Wet open overheid uitdrukkelijk", "uitdrukkelijk in de vraagstelling "
     "meekrijgt", "agrees"),
]
UNMATCHED = [
    "even vanzelfsprekend worden gearchiveerd als e-mail",
    "Ik beschouw de motie daarmee als afgedaan",
]
NOTES = ("Invented ACOI advice on chat messages (LibreOffice Writer from HTML, running header, right-aligned page "
         "numbers, four Writer footnotes quoting Woo/Archiefwet articles and a Kamerstuk number). Recommendations "
         "carry chapter-bound numbers: bold 'Aanbeveling 2.1' on its own line with the bold text under it, two at the "
         "end of each of chapters 2-4, after findings ('constateert', 'stelt vast'); the label 'Aanbeveling 3.1' stands at the foot of page 1 above the footnotes and its text at the top of page 2; the introduction quotes a "
         "recommendation from the college's EARLIER advice of 2023 in italics (not one of this advice's). Response: "
         "Kamerbrief of the BZK minister with a first-page sidebar (Kenmerk, Uw kenmerk, Bijlage) and Datum/Betreft "
         "lines; theme headings follow the chapters but inside them the order is 2.1, 2.2, 3.2, 3.1, 4.2, 4.1; each "
         "reply starts with the recommendation QUOTED in full in italics after 'Aanbeveling N.N:' (so the advice text "
         "also occurs in the response). 2.1 'neemt deze aanbeveling over' (agrees), 2.2 'gedeeltelijk over' "
         "(partly), 3.2 'Dit gebeurt al' (agrees), 3.1 'niet over' with a small concession (disagrees), 4.2 'Ik zeg "
         "toe' (agrees), 4.1 left to the parliamentary debate on a bill, 'geen standpunt' (noted). 'Algemeen' and "
         "'Motie-Vermeulen' answer nothing.")


def convert(html, pdfname):
    tmp = tempfile.mkdtemp(prefix="b27nlacoi")
    src = os.path.join(tmp, pdfname.replace(".pdf", ".html"))
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                    "--infilter=HTML (StarWriter)", "--convert-to", "pdf", "--outdir", tmp, src],
                   check=True, capture_output=True)
    shutil.copy(os.path.join(tmp, pdfname), B.out(pdfname))
    shutil.rmtree(tmp)


if __name__ == "__main__":
    convert(page("Bewaren wat telt - ACOI-advies 2025/3", "ACOI &#8211; Bewaren wat telt &#8211; advies 2025/3",
                 "", ADVICE), NAME + "_advice.pdf")
    convert(page("Kabinetsreactie ACOI-advies Bewaren wat telt", "Ministerie van Binnenlandse Zaken en "
                 "Koninkrijksrelaties &#8211; Kenmerk 2025-0000387114", "Pagina ", RESPONSE), NAME + "_response.pdf")
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)
