"""Round 29 (nl, Flemish): an advice of the (invented) Vlaamse Sportraad on the minister's concept note 'Sporten
om de hoek' (local sport policy), with six UNNUMBERED recommendations as bold sentences inside running paragraphs
(numbered 1-6 in document order), 'De raad stelt vast dat ...' findings, a quote from the council's own 2022
advice and decree references. Response: the minister's Beleidsbrief Sport 2025-2026 (Vlaams Parlement stuk),
chapters on infrastructure, topsport and local policy, and an annex 'Opvolging van adviezen van de Vlaamse
Sportraad' with one paragraph per subject (paraphrase only) in the order 3, 4, 1, 2, 5, plus a paragraph on an
earlier advice on topsport; recommendation 6 unanswered. Engine: LibreOffice Writer headless from HTML."""
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
import _b29nl as B  # noqa: E402

NAME = "blind29_nl_sportraad"

CSS = """<style>
body { font-family: 'Liberation Sans'; font-size: 10pt; }
p { margin-top: 0; margin-bottom: 6pt; line-height: 135%; }
h1 { font-family: 'Liberation Sans'; font-size: 16pt; color: #c0392b; margin-bottom: 6pt; }
h2 { font-family: 'Liberation Sans'; font-size: 11.5pt; color: #333333; margin-top: 12pt; margin-bottom: 4pt; }
h3 { font-family: 'Liberation Sans'; font-size: 10pt; font-style: italic; margin-top: 8pt; margin-bottom: 3pt; }
td { font-size: 9pt; vertical-align: top; }
.q { margin-left: 10mm; margin-right: 10mm; font-style: italic; }
</style>"""


def page(title, header, footer, body):
    return f"""<!DOCTYPE html><html lang="nl-BE"><head><meta charset="utf-8"><title>{title}</title>{CSS}</head><body>
<div title="header"><p style="font-size:7.5pt; color:#666666">{header}</p></div>
{body}
<div title="footer"><p style="font-size:7.5pt; color:#666666; text-align:right">{footer} <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield></p></div>
</body></html>"""


ADVICE = """
<table width="100%" cellpadding="4" cellspacing="0" style="background:#f6e3e0">
<tr><td width="70%"><b style="font-size:13pt; color:#c0392b">Vlaamse Sportraad</b><br/>strategische adviesraad voor het sportbeleid</td>
<td>Advies 2025/07<br/>goedgekeurd op de plenaire vergadering van 18 september 2025</td></tr></table>
<p></p>
<h1>Advies over de conceptnota &#8216;Sporten om de hoek&#8217;</h1>
<h2>1. Situering</h2>
<p>Op 3 juli 2025 vroeg de Vlaamse minister van Sport de Vlaamse Sportraad om advies over de conceptnota &#8216;Sporten
om de hoek&#8217;. De nota wil de sportparticipatie in buurten en wijken verhogen en het decreet van 10 juni 2016
houdende de subsidiëring van het lokaal sportbeleid herzien. De raad adviseert op grond van artikel 3 van zijn
oprichtingsdecreet.</p>
<h2>2. Algemene appreciatie</h2>
<p>De raad steunt de doelstelling van de conceptnota. De raad stelt vast dat de sportdeelname in Vlaanderen sinds
2019 licht is gestegen, maar dat de kloof tussen gezinnen met een hoog en een laag inkomen niet kleiner is geworden.
De raad stelt ook vast dat de nota weinig cijfers bevat over de kostprijs van de voorgestelde maatregelen.</p>
<p>In zijn advies 2022/03 over het lokaal sportbeleid schreef de raad al: <i>&#8216;Zonder stabiele financiering
blijven buurtsportinitiatieven afhankelijk van projectgeld.&#8217;</i> Dat standpunt blijft onverminderd gelden.</p>
<h2>3. Buurtsport</h2>
<p>Buurtsportcoaches bereiken kinderen en jongeren die de weg naar een club niet vinden. Hun financiering loopt nu
via jaarlijkse projectoproepen, zodat gemeenten hen vaak maar voor één jaar aanstellen. <b>De raad vraagt de
minister om de financiering van buurtsportcoaches structureel te verankeren in het herziene decreet.</b> Een
meerjarige regeling geeft gemeenten en organisaties de zekerheid om ervaren mensen te houden.</p>
<p>De nota laat de verdeling van middelen over gemeenten vrij. Sommige gemeenten besteden vrijwel niets aan
kansengroepen. <b>De raad beveelt aan om elke gemeente te verplichten minstens tien procent van de
sportsubsidie aan kansengroepen te besteden.</b></p>
<h2>4. Infrastructuur</h2>
<p>Clubs en gemeenten die een impulssubsidie voor sportinfrastructuur aanvragen, moeten nu drie verschillende
formulieren indienen bij twee administraties. <b>Vereenvoudig de aanvraagprocedure voor de impulssubsidie tot één
digitaal loket met één aanvraagformulier.</b></p>
<p>Veel sporthallen zijn niet toegankelijk voor personen met een handicap. <b>Koppel elke subsidie voor
sportinfrastructuur aan de naleving van de Vlaamse toegankelijkheidsnormen, ook bij renovaties.</b></p>
<h2>5. Betaalbaarheid voor clubs</h2>
<p>De energiefactuur en de btw op sportinfrastructuur wegen zwaar op kleine clubs. <b>De raad vraagt de Vlaamse
Regering om bij de federale overheid te pleiten voor een verlaagd btw-tarief op de huur van sportinfrastructuur
door clubs.</b></p>
<h2>6. Monitoring</h2>
<p>Om te weten of de maatregelen werken, zijn betere gegevens nodig. <b>Laat het Vlaams Sportobservatorium
jaarlijks rapporteren over de sportdeelname van kinderen uit gezinnen met een laag inkomen.</b></p>
<h2>7. Besluit</h2>
<p>De raad vraagt de minister om, overeenkomstig de antwoordplicht, binnen drie maanden te antwoorden op dit
advies.</p>
<p>Voor de Vlaamse Sportraad,<br/>Annelies Vandecasteele, voorzitter<br/>Pieter-Jan Goossens, secretaris</p>
"""

RESPONSE = """
<p style="font-size:8pt; color:#666666">Vlaams Parlement &#8211; stuk 1102 (2025-2026) &#8211; Nr. 1 &#8211; ingediend op 20 oktober 2025</p>
<h1>Beleidsbrief Sport 2025-2026</h1>
<p><i>ingediend door de Vlaamse minister van Sport, Jeugd en Media</i></p>
<h2>1. Inleiding</h2>
<p>Deze beleidsbrief geeft uitvoering aan de beleidsnota Sport 2024-2029. Ze beschrijft de stand van zaken van de
strategische doelstellingen en de acties voor het komende begrotingsjaar. Sport is voor de Vlaamse Regering een
hefboom voor gezondheid, sociale cohesie en talentontwikkeling. In bijlage 2 lichten wij toe hoe wij omgaan met de
adviezen van de strategische adviesraad.</p>
<h2>2. Sportinfrastructuur</h2>
<p>In 2026 trekken wij 24 miljoen euro uit voor de impulssubsidie sportinfrastructuur. Daarmee ondersteunen wij
onder meer de bouw van zes zwembaden en de renovatie van sporthallen in 31 gemeenten. De kaart van de Vlaamse
sportinfrastructuur wordt in het voorjaar van 2026 geactualiseerd.</p>
<h2>3. Topsport</h2>
<p>Na de Olympische Spelen van Parijs evalueren wij het topsportactieplan. Het nieuwe plan legt de nadruk op
talentdetectie in het secundair onderwijs en op de begeleiding van topsporters na hun carrière. Het
topsportbudget blijft in 2026 op het niveau van 2025 (63 miljoen euro).</p>
<h2>4. Lokaal sportbeleid</h2>
<p>Het decreet van 10 juni 2016 wordt herzien op basis van de conceptnota &#8216;Sporten om de hoek&#8217;. Wij
verwachten het voorontwerp in het voorjaar van 2026 aan de Vlaamse Regering voor te leggen. Gemeenten behouden de
regie over hun sportbeleid binnen een beperkt aantal Vlaamse beleidsprioriteiten.</p>
<h2>Bijlage 1. Begrotingstabel</h2>
<table width="100%" cellpadding="3" cellspacing="0" border="1" style="border-collapse:collapse">
<tr style="background:#f6e3e0"><th align="left">Begrotingsartikel</th><th align="left">Omschrijving</th><th align="right">2026 (x 1000 euro)</th></tr>
<tr><td>HB0-1HDA2AA-WT</td><td>Sportinfrastructuur</td><td align="right">24.000</td></tr>
<tr><td>HB0-1HDA2AB-WT</td><td>Topsport</td><td align="right">63.000</td></tr>
<tr><td>HB0-1HDA2AC-WT</td><td>Lokaal sportbeleid en buurtsport</td><td align="right">41.500</td></tr>
</table>
<h2>Bijlage 2. Opvolging van adviezen van de Vlaamse Sportraad</h2>
<p>De Vlaamse Sportraad bracht op 18 september 2025 advies uit over de conceptnota &#8216;Sporten om de hoek&#8217;
(advies 2025/07). Wij danken de raad voor het grondige advies en antwoorden hieronder per onderwerp.</p>
<h3>Eén loket voor infrastructuursubsidies</h3>
<p>Sinds 1 september 2025 verloopt elke aanvraag voor de impulssubsidie via het Sportloket, met één digitaal
formulier voor beide administraties. Aan deze vraag is dus al tegemoetgekomen.</p>
<h3>Toegankelijkheid</h3>
<p>Wij delen de bekommernis van de raad. Voor nieuwbouw wordt naleving van de toegankelijkheidsnormen een
voorwaarde voor subsidie vanaf de oproep 2026. Voor renovaties gaan wij niet zo ver: daar volstaat een
toegankelijkheidsadvies van een erkend adviesbureau, omdat volledige naleving in oude gebouwen vaak technisch
onmogelijk is.</p>
<h3>Buurtsportcoaches</h3>
<p>Wij volgen de raad. Het voorontwerp van decreet voorziet een meerjarige subsidie voor buurtsportcoaches, voor
een periode van zes jaar die samenvalt met de lokale beleidsperiode.</p>
<h3>Middelen voor kansengroepen</h3>
<p>Een verplicht minimumpercentage voor kansengroepen nemen wij niet op in het decreet. Het lokaal bestuur kent
zijn bevolking het best, en een vast percentage zou de planlast voor gemeenten verhogen. Wij kiezen wel voor een
jaarlijkse bespreking van de inzet voor kansengroepen in het overleg met de VVSG.</p>
<h3>Btw op sportinfrastructuur</h3>
<p>Het btw-tarief is een federale bevoegdheid. Wij nemen akte van deze vraag van de raad en zullen ze
overmaken aan de federale minister van Financiën, zonder zelf een standpunt in te nemen.</p>
<h3>Eerder advies over topsport</h3>
<p>In zijn advies 2024/11 vroeg de raad om een onafhankelijke evaluatie van het topsportactieplan. Die evaluatie
is toegewezen aan een universitair consortium en wordt in juni 2026 verwacht.</p>
<p>Ben Vanhoutte<br/>Vlaams minister van Sport, Jeugd en Media</p>
"""

RECS = [
    ("1", "De raad vraagt de minister om de financiering van buurtsportcoaches", "meerjarige subsidie voor "
     "buurtsportcoaches, voor een periode van zes jaar", "agrees"),
    ("2", "De raad beveelt aan om elke gemeente te verplichten minstens", "nemen wij niet op in het decreet",
     "disagrees"),
    ("3", "Vereenvoudig de aanvraagprocedure voor de impulssubsidie tot één digitaal loket", "Aan deze vraag is dus "
     "al tegemoetgekomen", "agrees"),
    ("4", "Koppel elke subsidie voor sportinfrastructuur aan de naleving van de", "Voor renovaties gaan wij niet zo "
     "ver", "partly"),
    ("5", "De raad vraagt de Vlaamse Regering om bij de federale", "zullen ze overmaken aan de federale minister van "
     "Financiën", "noted"),
    ("6", "Laat het Vlaams Sportobservatorium jaarlijks rapporteren over de sportdeelname", None, "unanswered"),
]
UNMATCHED = ["Die evaluatie is toegewezen aan een universitair consortium",
             "talentdetectie in het secundair onderwijs"]
NOTES = ("Flemish strategic advisory council advice (LibreOffice Writer from HTML; header/footer on page 1 only as "
         "Writer imports them): six UNNUMBERED recommendations as bold sentences inside running paragraphs, some "
         "opening 'De raad vraagt/beveelt aan', some imperative (numbered 1-6 in document order); 'De raad stelt "
         "vast dat ...' findings, an italic quote from the council's own advice 2022/03 and a decree reference are "
         "no recommendations. Response: the minister's Beleidsbrief Sport (Vlaams Parlement stuk 1102) whose "
         "chapters on infrastructure, topsport and local policy touch the same subjects without answering; a budget "
         "table annex; then 'Bijlage 2. Opvolging van adviezen' with italic subject sub-headings, paraphrase only, "
         "in the order 3, 4, 1, 2, 5: 3 already done since 1 September 2025 (agrees), 4 new buildings yes, "
         "renovations no (partly), 1 'Wij volgen de raad' (agrees), 2 'nemen wij niet op' (disagrees), 5 federal "
         "competence, 'nemen akte ... overmaken ... zonder zelf een standpunt' (noted). 6 (Sportobservatorium) is "
         "unanswered; the paragraph on the earlier advice 2024/11 and the 'Topsport' chapter answer nothing.")


def convert(html, pdfname):
    tmp = tempfile.mkdtemp(prefix="b29nlsr")
    src = os.path.join(tmp, pdfname.replace(".pdf", ".html"))
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                    "--infilter=HTML (StarWriter)", "--convert-to", "pdf", "--outdir", tmp, src],
                   check=True, capture_output=True)
    shutil.copy(os.path.join(tmp, pdfname), B.out(pdfname))
    shutil.rmtree(tmp)


if __name__ == "__main__":
    convert(page("Advies Vlaamse Sportraad 2025/07", "Vlaamse Sportraad &#8211; advies 2025/07",
                 "Advies &#8216;Sporten om de hoek&#8217; &#183; pagina", ADVICE), NAME + "_advice.pdf")
    convert(page("Beleidsbrief Sport 2025-2026", "Vlaams Parlement &#8211; 1102 (2025-2026) &#8211; Nr. 1",
                 "", RESPONSE), NAME + "_response.pdf")
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)
