"""Round 75 (nl): the UITVOERINGS- EN HANDHAAFBAARHEIDSTOETS (UHT, a supervisor's implementation and enforcement
test) of a gaming authority on a draft order in council, answered in the ministry's VERSLAG VAN DE
INTERNETCONSULTATIE (consultation report), where the supervisor's points stand among those of other respondents.

Advice: letter of the (invented) Autoriteit Kansspelen en Loterijen (AKL) to the minister, 3 p.: meta block; a
'Samenvatting' with a ruled table 'Onderdeel | Uitvoerbaar | Handhaafbaar' ('ja', 'ja, mits', 'nee'); the Wet op de
kansspelen's 'moeten'; the AKL's 2023 UHT quoted; per article a 'Bevinding' paragraph and a paragraph with the bold
run-in label 'Advies:' (seven, unnumbered; numbers by order), one article with a finding ('moeten ... al') and no
advice; 'Gevolgen voor de AKL' with costs and fte.
Response: 'Verslag van de internetconsultatie' of the ontwerp-Besluit (Ministerie van Justitie en Veiligheid), 2 p.:
1 Inleiding, 2 Algemeen beeld (nothing); 3.1-3.6 by subject in another order: 3.1 = 3 partly (400, not 300 euro);
3.2 = 1 agrees; ONE section 3.3 = 4 disagrees + 2 agrees; 3.4 age limit for lotteries (nothing); 3.5 = 6 agrees;
3.6 = 7 noted (needs a change of the law, taken into the evaluation); 4 Overige wijzigingen (nothing); 5 (reporting
within 48 hours) unanswered.
Engine: headless Chromium --print-to-pdf (ligature-free DejaVu copies via @font-face, @page margin boxes).

Run: /tmp/blind75nl/bin/python tests/docs/src/blind75/gen_nl_consultatieverslag_chromium.py   (needs chromium)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b75nl as B  # noqa: E402

NAME = "blind75_nl_consultatieverslag"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B75NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def fonts(fam, paths):
    css = ""
    for stl, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                        "Bold Italic": ("bold", "italic")}.items():
        css += (f"@font-face {{ font-family: {fam}; src: url(file://{paths[stl]}); font-weight: {w}; "
                f"font-style: {s}; }}\n")
    return css


BASE = fonts("S75", SANS) + fonts("R75", SERIF) + """
html { font-variant-ligatures: none; }
p { margin: 0 0 2.3mm 0; text-align: justify; }
"""

ACSS = BASE + """
@page { size: A4; margin: 24mm 22mm 20mm 30mm;
  @top-left { content: "AKL | Uitvoerings- en handhaafbaarheidstoets"; font-family: S75; font-size: 7.4pt;
    color: #6b1d3a; }
  @bottom-right { content: "Pagina " counter(page) " van " counter(pages); font-family: S75; font-size: 7.6pt;
    color: #555; } }
@page:first { @top-left { content: none; } }
body { font-family: S75; font-size: 9.3pt; line-height: 1.45; color: #111; }
.logo { font-size: 13pt; font-weight: bold; color: #6b1d3a; margin: 0; }
.logo2 { font-size: 8pt; color: #6b1d3a; margin: 0 0 7mm 0; border-bottom: 1.4pt solid #6b1d3a; padding-bottom: 2mm; }
.meta td { font-size: 8.2pt; padding: 0.4mm 3mm 0.4mm 0; vertical-align: top; }
.meta td.k { color: #6b1d3a; font-weight: bold; width: 30mm; }
h2 { font-size: 11pt; color: #6b1d3a; margin: 5mm 0 2mm 0; }
h3 { font-size: 9.6pt; margin: 3.5mm 0 1.2mm 0; }
table.t { border-collapse: collapse; width: 100%; font-size: 8.3pt; margin: 1mm 0 1mm 0; }
table.t td, table.t th { border: 0.5pt solid #999; padding: 1mm 2mm; text-align: left; }
table.t th { background: #f1e3e8; }
.cap { font-size: 7.6pt; color: #555; font-style: italic; }
.q { margin: 0 10mm 2.3mm 10mm; font-style: italic; }
"""

RCSS = BASE + """
@page { size: A4; margin: 25mm 25mm 20mm 25mm;
  @top-right { content: "Verslag internetconsultatie ontwerp-Besluit werving en verslavingspreventie online kansspelen";
    font-family: R75; font-size: 7.2pt; color: #444; }
  @bottom-center { content: counter(page); font-family: R75; font-size: 8pt; } }
@page:first { @top-right { content: none; } }
body { font-family: R75; font-size: 9.6pt; line-height: 1.42; color: #000; }
.band { background: #154273; color: #fff; font-family: S75; padding: 3mm 4mm; margin-bottom: 6mm; }
.band p { margin: 0; text-align: left; }
h1 { font-size: 14pt; margin: 0 0 1mm 0; }
.sub { font-size: 9pt; color: #444; margin-bottom: 5mm; text-align: left; }
h2 { font-family: S75; font-size: 10.6pt; color: #154273; margin: 5mm 0 2mm 0; }
h3 { font-family: S75; font-size: 9.6pt; margin: 3.5mm 0 1.2mm 0; }
"""


def advice():
    h = f"""<html><head><meta charset="utf-8"><style>{ACSS}</style></head><body>
<p class="logo">Autoriteit Kansspelen en Loterijen</p>
<p class="logo2">Toezicht op een eerlijk en veilig kansspelaanbod</p>
<table class="meta">
<tr><td class="k">Aan</td><td>de minister voor Rechtsbescherming</td></tr>
<tr><td class="k">Datum</td><td>27 maart 2026</td></tr>
<tr><td class="k">Ons kenmerk</td><td>AKL/2026/0412</td></tr>
<tr><td class="k">Onderwerp</td><td>Uitvoerings- en handhaafbaarheidstoets ontwerp-Besluit werving en verslavingspreventie online kansspelen</td></tr>
</table>
<p style="margin-top:5mm">Geachte minister,</p>
<p>Bij brief van 2 maart 2026 heeft u de Autoriteit Kansspelen en Loterijen (AKL) gevraagd het ontwerp-Besluit
werving en verslavingspreventie online kansspelen te toetsen op uitvoerbaarheid en handhaafbaarheid. Hierbij
ontvangt u de uitkomsten van die toets.</p>
<h2>Samenvatting</h2>
<p>De AKL acht het ontwerp-besluit uitvoerbaar en, met enkele aanpassingen, handhaafbaar. Tabel 1 geeft het oordeel
per onderdeel.</p>
<table class="t">
<tr><th>Onderdeel</th><th>Uitvoerbaar</th><th>Handhaafbaar</th></tr>
<tr><td>Artikel 2 Ongerichte reclame</td><td>ja</td><td>ja, mits</td></tr>
<tr><td>Artikel 3 Sponsoring</td><td>ja</td><td>ja</td></tr>
<tr><td>Artikel 4 Speellimieten</td><td>ja</td><td>ja</td></tr>
<tr><td>Artikel 5 Bonussen</td><td>ja</td><td>nee</td></tr>
<tr><td>Artikel 6 Registratie</td><td>ja</td><td>ja</td></tr>
<tr><td>Artikel 7 Signalen van probleemgokken</td><td>ja, mits</td><td>ja, mits</td></tr>
<tr><td>Artikel 8 Inwerkingtreding</td><td>nee</td><td>n.v.t.</td></tr>
</table>
<p class="cap">Tabel 1. Oordeel per onderdeel van het ontwerp-besluit</p>
<h2>1 Achtergrond</h2>
<p>Volgens de Wet op de kansspelen moeten vergunninghouders een verslavingspreventiebeleid voeren en moeten zij
spelers beschermen tegen overmatige deelname. Het ontwerp-besluit werkt die verplichtingen uit voor reclame,
sponsoring, speellimieten en bonussen. In haar toets van 2023 over de vorige wijziging schreef de AKL al:</p>
<p class="q">'Een verbod zonder heldere definitie is voor de toezichthouder niet te handhaven.'</p>
<p>Dat inzicht ligt ook aan deze toets ten grondslag.</p>
<h2>2 Toets per onderdeel</h2>
<h3>Artikel 2 Ongerichte reclame</h3>
<p>Bevinding. Het ontwerp verbiedt ongerichte reclame, maar zegt niet wat daaronder valt. Aanbieders zullen
betogen dat reclame op sociale media gericht is omdat zij een leeftijdsfilter gebruiken.</p>
<p><b>Advies:</b> Omschrijf in artikel 2 wat onder ongerichte reclame wordt verstaan en neem daarbij uitdrukkelijk
reclame via sociale media en streamingdiensten op.</p>
<h3>Artikel 3 Sponsoring</h3>
<p>Bevinding. Het sponsorverbod geldt alleen voor het betaald voetbal en andere profsport. Aanbieders verleggen hun
budgetten nu naar amateurclubs en toernooien voor de jeugd.</p>
<p><b>Advies:</b> Laat het sponsorverbod ook gelden voor shirtsponsoring van amateurclubs en voor jeugdtoernooien.</p>
<h3>Artikel 4 Speellimieten</h3>
<p>Bevinding. Het ontwerp stelt voor spelers tot 24 jaar een standaardlimiet van 700 euro per maand. De AKL ziet in
haar eigen gegevens dat juist in deze groep de verliezen het snelst oplopen; de mediane maandinleg ligt er rond 90
euro.</p>
<p><b>Advies:</b> Stel de standaardlimiet voor spelers tot 24 jaar vast op 300 euro per maand in plaats van 700
euro.</p>
<h3>Artikel 5 Bonussen</h3>
<p>Bevinding. Het verbod op bonussen geldt alleen voor nieuwe spelers in de eerste dertig dagen. Of een speler
nieuw is, kan de AKL niet vaststellen als hij bij meerdere aanbieders een account heeft.</p>
<p><b>Advies:</b> Verbied bonussen en gratis inzetten voor alle spelers, niet alleen voor nieuwe spelers.</p>
<h3>Artikel 6 Registratie</h3>
<p>Bevinding. Vergunninghouders moeten de gegevens over speellimieten al vijf jaar bewaren. Het ontwerp voegt daar
de reclame-uitingen aan toe. Dit is uitvoerbaar en sluit aan bij de bestaande praktijk.</p>
<h3>Artikel 7 Signalen van probleemgokken</h3>
<p>Bevinding. Het ontwerp verplicht vergunninghouders signalen van probleemgokken 'tijdig' door te geven. Zonder
termijn kan de AKL niet optreden als een melding uitblijft.</p>
<p><b>Advies:</b> Verplicht vergunninghouders om signalen van probleemgokken binnen 48 uur aan de AKL te melden en
leg die termijn vast in het besluit zelf.</p>
<h3>Artikel 8 Inwerkingtreding</h3>
<p>Bevinding. Het ontwerp treedt in werking op 1 juli 2026. De aanbieders moeten hun systemen voor limieten en
bonussen aanpassen, en de AKL moet haar toezichtsinstrumenten daarop inrichten.</p>
<p><b>Advies:</b> Laat het besluit niet eerder in werking treden dan zes maanden na publicatie, zodat de AKL en de
vergunninghouders zich kunnen voorbereiden.</p>
<h3>Overige punten</h3>
<p>Een groot deel van de reclame wordt niet door de aanbieders zelf gemaakt, maar door affiliates die per
doorverwezen speler worden betaald. De AKL kan die partijen nu alleen via de vergunninghouder aanspreken.</p>
<p><b>Advies:</b> Geef de AKL de bevoegdheid om een bestuurlijke boete op te leggen aan affiliates die namens een
vergunninghouder reclame maken.</p>
<h2>3 Gevolgen voor de AKL</h2>
<p>De AKL schat de extra kosten van het toezicht op dit besluit op 1,4 miljoen euro per jaar en 9 fte. Deze kosten
worden via de kansspelheffing bij de vergunninghouders in rekening gebracht.</p>
<p>Met vriendelijke groet,<br/>Autoriteit Kansspelen en Loterijen<br/><br/>drs. H.W. Stoutjesdijk, voorzitter van
de raad van bestuur</p>
</body></html>"""
    B.chromium_pdf(h, NAME + "_advice.pdf")


def response():
    h = f"""<html><head><meta charset="utf-8"><style>{RCSS}</style></head><body>
<div class="band"><p style="font-size:8.6pt">Ministerie van Justitie en Veiligheid</p></div>
<h1>Verslag van de internetconsultatie</h1>
<p class="sub">Ontwerp-Besluit werving en verslavingspreventie online kansspelen &#8211; juni 2026</p>
<h2>1 Inleiding</h2>
<p>Het ontwerp-besluit heeft van 2 maart tot en met 13 april 2026 opengestaan voor internetconsultatie. Er zijn 318
reacties ontvangen, waarvan 54 met toestemming voor publicatie. Daarnaast heeft de Autoriteit Kansspelen en
Loterijen (AKL) een uitvoerings- en handhaafbaarheidstoets uitgevoerd. Dit verslag bespreekt de reacties per
onderwerp en geeft aan wat daarmee is gedaan.</p>
<h2>2 Algemeen beeld</h2>
<p>Instellingen voor verslavingszorg, ouders en gemeenten steunen het ontwerp en vragen om verdergaande
maatregelen. De aanbieders van online kansspelen vrezen dat spelers bij strengere regels uitwijken naar illegale
websites. Veel particuliere insprekers vertellen over hun eigen ervaringen of die van hun kinderen.</p>
<h2>3 Reacties per onderwerp</h2>
<h3>3.1 Speellimieten voor jongvolwassenen</h3>
<p>De verslavingszorg en de AKL vonden de standaardlimiet van 700 euro voor spelers tot 24 jaar te hoog; de
aanbieders vonden haar te laag. De standaardlimiet is verlaagd naar 400 euro per maand. Een nog lagere limiet
leidt volgens de onderzoeken die in de nota van toelichting worden genoemd tot meer uitwijk naar illegaal
aanbod.</p>
<h3>3.2 Wat is ongerichte reclame?</h3>
<p>Verschillende insprekers vroegen om verduidelijking van het begrip. Artikel 2 bevat nu een omschrijving van
ongerichte reclame, die met zoveel woorden ook reclame via sociale media en streamingdiensten omvat.</p>
<h3>3.3 Bonussen en sponsoring</h3>
<p>De AKL adviseerde bonussen voor alle spelers te verbieden. Daarvoor is niet gekozen: bonussen voor bestaande
spelers blijven toegestaan binnen de grenzen van artikel 5, omdat een algeheel verbod volgens het kabinet
onevenredig is. Het advies om het sponsorverbod uit te breiden is wel gevolgd: artikel 3 verbiedt nu ook
shirtsponsoring bij amateurclubs en sponsoring van jeugdtoernooien.</p>
<h3>3.4 Leeftijdsgrens voor loterijen</h3>
<p>Enkele insprekers vroegen de leeftijdsgrens voor deelname aan loterijen te verhogen van 18 naar 21 jaar. Dat
valt buiten de reikwijdte van dit besluit en vergt een wijziging van de wet.</p>
<h3>3.5 Inwerkingtreding</h3>
<p>Aanbieders en de AKL vroegen om meer voorbereidingstijd. Het besluit treedt nu in werking op de eerste dag van de
zevende kalendermaand na de datum van uitgifte van het Staatsblad waarin het wordt geplaatst.</p>
<h3>3.6 Affiliates</h3>
<p>De suggestie van de AKL om haar een boetebevoegdheid jegens affiliates te geven, vergt een wijziging van de Wet
op de kansspelen en kan niet bij besluit worden geregeld. Het kabinet neemt dit punt mee bij de evaluatie van de
Wet kansspelen op afstand in 2027.</p>
<h2>4 Overige wijzigingen</h2>
<p>Naast de genoemde aanpassingen is de nota van toelichting op enkele punten verduidelijkt, onder meer over de
verhouding tot de Mediawet 2008, en zijn enkele redactionele verbeteringen aangebracht.</p>
</body></html>"""
    B.chromium_pdf(h, NAME + "_response.pdf")


RECS = [
    (1, "Omschrijf in artikel 2 wat onder ongerichte reclame wordt verstaan",
     "Artikel 2 bevat nu een omschrijving van ongerichte reclame", "agrees"),
    (2, "Laat het sponsorverbod ook gelden voor shirtsponsoring van amateurclubs en",
     "Het advies om het sponsorverbod uit te breiden is wel gevolgd", "agrees"),
    (3, "Stel de standaardlimiet voor spelers tot 24 jaar vast op 300",
     "De standaardlimiet is verlaagd naar 400 euro per maand", "partly"),
    (4, "Verbied bonussen en gratis inzetten voor alle spelers, niet alleen",
     "Daarvoor is niet gekozen: bonussen voor bestaande spelers blijven toegestaan", "disagrees"),
    (5, "Verplicht vergunninghouders om signalen van probleemgokken binnen 48 uur", None, "unanswered"),
    (6, "Laat het besluit niet eerder in werking treden dan zes maanden",
     "op de eerste dag van de zevende kalendermaand", "agrees"),
    (7, "Geef de AKL de bevoegdheid om een bestuurlijke boete op te",
     "Het kabinet neemt dit punt mee bij de evaluatie", "noted"),
]
UNMATCHED = [
    "Er zijn 318 reacties ontvangen",
    "Veel particuliere insprekers vertellen over hun eigen ervaringen",
    "de leeftijdsgrens voor deelname aan loterijen te verhogen",
    "is de nota van toelichting op enkele punten verduidelijkt",
]
NOTES = ("UITVOERINGS- EN HANDHAAFBAARHEIDSTOETS of a gaming supervisor on a draft order in council, answered in "
         "the ministry's VERSLAG VAN DE INTERNETCONSULTATIE, where the supervisor's points stand among other "
         "respondents'. The Wet op de kansspelen, the Wet kansspelen op afstand, the Mediawet 2008 and the ministry "
         "are real; the Autoriteit Kansspelen en Loterijen, the draft Besluit, the figures and the people are "
         "invented. Recommendations: seven paragraphs with the bold run-in label 'Advies:' after a 'Bevinding.' "
         "paragraph per article, unnumbered (numbers by order); starts_with leaves out the label. Traps: the "
         "Samenvatting table with 'ja, mits' / 'nee' per article, the law's 'moeten', the 2023 toets quoted, "
         "Artikel 6 with a finding ('moeten ... al') and no advice, 'De aanbieders moeten ...', 'Gevolgen voor de "
         "AKL'. Report: 1 Inleiding and 2 Algemeen beeld answer nothing; 3.1 = 3 partly (400 euro, not 300); 3.2 = 1 "
         "agrees; ONE section 3.3 = 4 disagrees ('Daarvoor is niet gekozen') + 2 agrees ('is wel gevolgd'); 3.4 "
         "(lottery age, other respondents) nothing; 3.5 = 6 agrees (first day of the seventh month, stated without "
         "saying 'six months'); 3.6 = 7 noted (needs a change of the law, taken into the 2027 evaluation); 4 "
         "Overige wijzigingen nothing; 5 (reporting within 48 hours) unanswered. The report never numbers the "
         "AKL's advices.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
