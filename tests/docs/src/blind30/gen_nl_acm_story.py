"""Round 30 (nl): an (invented) ACM market study 'Prijstransparantie bij publiek laden' with numbered margin
paragraphs (randnummers 1-29, as ACM writes them): findings, a 'Kader' with a good example, 'ACM concludeert dat'
conclusions (rn. 16-20, numbered like everything else), and the recommendations as randnummers 22-27 in chapter 5,
after an introductory rn. 21 and followed by enforcement paragraphs 28-29. Numbers are the randnummers. Response: a
position paper of an invented branch association of charge-point operators (BELN), with a coloured sidebar on page
1 ('Over BELN', contact, 'In het kort'), sections with their own headings citing the randnummer in brackets, in the
order 24, 22, 23, 25+26, then a section disputing the conclusions and one on grid congestion that answer nothing;
27 (addressed to municipalities) unanswered. Engine: PyMuPDF Story (DejaVu copies without GSUB, so no ligatures;
running header and 'Pagina N van M' stamped after layout)."""
import os
import sys

import pymupdf

sys.path.insert(0, os.path.dirname(__file__))
import _b30nl as B  # noqa: E402

NAME = "blind30_nl_acm"
SYS = "/usr/share/fonts/truetype/dejavu/"
FD = "/tmp/b30nl_fonts/"
FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSerif.ttf",
         "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf")


def nolig_fonts():
    from fontTools.ttLib import TTFont
    os.makedirs(FD, exist_ok=True)
    for f in FILES:
        font = TTFont(SYS + f)
        if "GSUB" in font:
            del font["GSUB"]
        font.save(FD + f)


CSS = """
@font-face { font-family: DV; src: url(DejaVuSans.ttf); }
@font-face { font-family: DV; src: url(DejaVuSans-Bold.ttf); font-weight: bold; }
@font-face { font-family: DV; src: url(DejaVuSans-Oblique.ttf); font-style: italic; }
@font-face { font-family: DS; src: url(DejaVuSerif.ttf); }
@font-face { font-family: DS; src: url(DejaVuSerif-Bold.ttf); font-weight: bold; }
@font-face { font-family: DS; src: url(DejaVuSerif-Italic.ttf); font-style: italic; }
body { font-family: DV; font-size: 9pt; line-height: 1.4; }
p { margin: 0 0 5pt 0; }
h1 { font-weight: bold; font-size: 17pt; margin: 2pt 0 6pt 0; color: #7a1f5c; }
h2 { font-weight: bold; font-size: 11.5pt; margin: 12pt 0 5pt 0; color: #7a1f5c; }
h3 { font-weight: bold; font-size: 10pt; margin: 10pt 0 3pt 0; color: #2b2b2b; }
td { font-size: 9pt; padding: 2pt 4pt 4pt 0; vertical-align: top; }
.rn { color: #7a1f5c; font-size: 8pt; padding-top: 1pt; }
.meta { font-size: 8pt; color: #555555; }
.kader { background-color: #f3e6ef; padding: 5pt; }
.side { background-color: #7a1f5c; color: #ffffff; font-size: 8pt; padding: 7pt; }
.lab { font-weight: bold; color: #7a1f5c; }
.serif { font-family: DS; font-size: 9.5pt; }
"""


def render(fname, html, head, title):
    story = pymupdf.Story(html=html, user_css=CSS, archive=pymupdf.Archive(FD))
    w = pymupdf.DocumentWriter(B.out(fname))
    rect = pymupdf.paper_rect("a4")
    where = rect + (62, 70, -58, -62)
    more = 1
    while more:
        dev = w.begin_page(rect)
        more, _ = story.place(where)
        story.draw(dev)
        w.end_page()
    w.close()
    doc = pymupdf.open(B.out(fname))
    n = len(doc)
    for i, pg in enumerate(doc):
        pg.insert_font(fontname="dv", fontfile=FD + "DejaVuSans.ttf")
        pg.draw_line((62, 52), (537, 52), color=(0.48, 0.12, 0.36), width=0.8)
        pg.insert_text((62, 47), head, fontsize=7.5, fontname="dv", color=(0.3, 0.3, 0.3))
        t = f"Pagina {i + 1} van {n}"
        pg.insert_text((537 - pymupdf.get_text_length(t, "helv", 7.5), 810), t, fontsize=7.5, fontname="dv")
    doc.set_metadata({"title": title, "producer": "PyMuPDF Story", "creationDate": "", "modDate": ""})
    doc.subset_fonts()
    tmp = B.out(fname) + ".tmp"
    doc.save(tmp, garbage=3, deflate=True, no_new_id=True)
    doc.close()
    os.replace(tmp, B.out(fname))


def rns(*items):
    rows = "".join(f'<tr><td class="rn" width="7%">{n}</td><td width="93%">{t}</td></tr>' for n, t in items)
    return f'<table width="100%">{rows}</table>'


ADVICE = f"""
<p class="meta">Autoriteit Consument &amp; Markt &#183; Directie Consumenten &#183; Kenmerk ACM/25/194310 &#183;
Zaaknummer ACM/UIT/612 &#183; 27 november 2025</p>
<h1>Marktstudie prijstransparantie bij publiek laden</h1>
<p class="meta">Openbare versie</p>
<h2>1 Inleiding</h2>
{rns(("1", "Steeds meer consumenten rijden elektrisch. Wie geen eigen oprit heeft, laadt zijn auto bij een publiek "
            "laadpunt op straat of bij een snellaadstation. Bij ACM kwamen in 2024 en 2025 ruim 1.400 meldingen "
            "binnen van consumenten die achteraf verrast waren door de prijs van een laadsessie."),
     ("2", "ACM heeft daarom onderzocht hoe aanbieders de prijs van publiek laden aan consumenten tonen, en of "
            "consumenten vooraf kunnen weten wat een laadsessie gaat kosten."),
     ("3", "Voor deze marktstudie vroeg ACM gegevens op bij veertien exploitanten van laadpunten en negen "
            "aanbieders van laaddiensten. Daarnaast liet ACM een panel van 2.050 elektrische rijders bevragen en "
            "deed ACM 120 testsessies bij laadpunten in acht gemeenten."),
     ("4", "Een marktstudie is geen handhavingsonderzoek. ACM stelt in dit document dus niet vast dat een "
            "aanbieder de wet heeft overtreden."))}
<h2>2 De markt voor publiek laden</h2>
{rns(("5", "Op de markt zijn twee soorten aanbieders actief. Een exploitant van laadpunten (charge point operator, "
            "CPO) plaatst en beheert de laadpalen. Een aanbieder van laaddiensten (mobility service provider, MSP) "
            "levert de laadpas of de app waarmee de consument laadt en stuurt de rekening."),
     ("6", "De consument betaalt dus vaak niet de CPO, maar de MSP. De prijs die hij betaalt, bestaat uit het tarief "
            "van de CPO plus een opslag van de MSP. Die opslag verschilt per laadpas en kan oplopen tot 35 procent."),
     ("7", "Sinds 13 april 2024 geldt de Verordening infrastructuur voor alternatieve brandstoffen (AFIR). Op grond "
            "van artikel 5, lid 1, van Verordening (EU) 2023/1804 moeten nieuwe laadpunten vanaf 50 kW een "
            "betaalterminal hebben. Voor bestaande laadpunten onder 50 kW geldt die plicht niet."),
     ("8", "Daarnaast gelden de regels over oneerlijke handelspraktijken (artikel 6:193a e.v. van het Burgerlijk "
            "Wetboek) en over informatie vooraf bij overeenkomsten op afstand (artikel 6:230m BW)."),
     ("9", "Naast een kWh-prijs rekenen veel aanbieders een starttarief per sessie en een blokkeertarief: een "
            "bedrag per minuut dat ingaat als de auto na een bepaalde tijd nog aan het laadpunt staat."))}
<h2>3 Wat consumenten ervaren</h2>
{rns(("10", "In 61 procent van de testsessies kon de tester vóór de start niet zien wat de sessie in totaal zou kosten. "
             "Bij 44 sessies stond alleen de kWh-prijs van de CPO op de paal, terwijl de MSP een hogere prijs "
             "rekende."),
     ("11", "Van de ondervraagde rijders zegt 38 procent dat zij minstens één keer een blokkeertarief betaalden "
             "waarvan zij niet wisten. Het gaat vaak om mensen die 's avonds in hun eigen straat laden en de auto "
             "tot de volgende ochtend laten staan."),
     ("12", "Wie geen abonnement heeft, kan bij de meeste bestaande laadpunten niet laden. Op 71 procent van de "
             "bezochte laadpunten was ad hoc betalen niet mogelijk."),
     ("13", "Aanbieders passen hun tarieven vaak aan: sommige MSP's deden dat in 2025 zes keer. Abonnees krijgen "
             "daarover meestal alleen een bericht in de app, soms pas na de wijziging."),
     ("14", "Er zijn ook aanbieders die het goed doen. Zie kader 1."),
     ("15", "Vergelijkingssites en navigatie-apps kunnen consumenten helpen om een goedkoop laadpunt te vinden, "
             "maar alleen als zij over actuele tariefgegevens beschikken. Die gegevens zijn nu versnipperd en vaak "
             "verouderd."))}
<table width="100%"><tr><td class="kader"><b>Kader 1 &#8211; Goed voorbeeld: de prijs op de paal</b><br/>
Een exploitant in Noord-Nederland toont op het scherm van elke laadpaal een voorbeeldberekening voor een sessie
van twee uur, inclusief starttarief en blokkeertarief, voor de drie meest gebruikte laadpassen. Consumenten in het
panel waardeerden dit met een 8,4. Andere aanbieders zouden dit voorbeeld kunnen volgen.</td></tr></table>
<h2>4 Conclusies</h2>
{rns(("16", "ACM concludeert dat consumenten bij publiek laden de totale prijs vaak niet vooraf kunnen kennen."),
     ("17", "ACM concludeert dat het blokkeertarief voor veel consumenten onverwacht komt, vooral 's nachts."),
     ("18", "ACM concludeert dat de concurrentie op het niveau van het laadpunt beperkt is: wie bij een laadpunt "
             "staat, kan meestal niet kiezen tussen aanbieders."),
     ("19", "ACM concludeert dat tariefwijzigingen voor abonnees onvoldoende kenbaar zijn."),
     ("20", "ACM concludeert dat betere open data over tarieven de vergelijkbaarheid sterk kan vergroten."))}
<h2>5 Wat ACM van de sector verwacht</h2>
{rns(("21", "Op basis van deze conclusies doet ACM de volgende aanbevelingen aan de exploitanten van laadpunten, de "
             "aanbieders van laaddiensten en gemeenten. ACM vraagt de sector om vóór 1 maart 2026 te laten weten "
             "hoe zij met deze aanbevelingen omgaat."),
     ("22", "<b>Toon de volledige prijs van een laadsessie vóór de start van die sessie, inclusief starttarief, "
             "kWh-prijs en eventueel blokkeertarief.</b> Dat geldt zowel op de paal als in de app van de MSP."),
     ("23", "<b>Reken geen blokkeertarief tussen 21.00 en 07.00 uur bij laadpunten in woonwijken.</b> Wie 's "
             "avonds in de eigen straat laadt, kan de auto 's nachts redelijkerwijs niet verplaatsen."),
     ("24", "<b>Bied uiterlijk op 1 januari 2027 op alle bestaande publieke laadpunten een mogelijkheid om ad hoc te "
             "betalen, zonder abonnement of app.</b> Een contactloze betaalterminal of een betaalpagina via een "
             "QR-code kan daarvoor volstaan, mits de prijs vooraf zichtbaar is."),
     ("25", "<b>Maak tariefwijzigingen minstens dertig dagen vooraf bekend aan abonnees, en geef hen het recht om "
             "kosteloos op te zeggen.</b>"),
     ("26", "<b>Publiceer de tarieven per laadpunt als open data, die ten minste dagelijks worden "
             "bijgewerkt.</b> Zo kunnen vergelijkers en navigatie-apps de consument actuele prijzen tonen."),
     ("27", "<b>Gemeenten: neem in nieuwe concessies voor publieke laadpunten een maximumtarief voor ad-hoc laden "
             "op.</b> Gemeenten bepalen via de concessie wie in hun straten laadpunten plaatst, en kunnen daar "
             "voorwaarden aan verbinden."))}
<h2>6 Vervolg</h2>
{rns(("28", "ACM zal in 2027 opnieuw testsessies doen. Blijkt dan dat aanbieders consumenten nog steeds onvoldoende "
             "informeren, dan kan ACM handhaven op grond van de Wet handhaving consumentenbescherming, en zo nodig "
             "een boete opleggen."),
     ("29", "Consumenten die problemen ervaren, kunnen terecht bij ConsuWijzer, het informatieloket van ACM."))}
"""

RESPONSE = """
<table width="100%"><tr>
<td class="side" width="30%"><b>BELN</b><br/>Branchevereniging Elektrisch Laden Nederland<br/><br/>
<b>Over BELN</b><br/>BELN verenigt elf exploitanten van publieke laadpunten. Samen beheren zij ruim 118.000
laadpunten, ongeveer 62 procent van alle publieke laadpunten in Nederland.<br/><br/>
<b>Contact</b><br/>ir. M. (Maarten) Zwanenburg<br/>directeur<br/>Lange Voorhout 31<br/>2514 EC Den Haag<br/><br/>
<b>In het kort</b><br/>BELN steunt het doel van de marktstudie. Niet elke aanbeveling is volgens ons de juiste weg
naar dat doel.</td>
<td width="3%"></td>
<td width="67%">
<p class="meta">Positionpaper &#183; Den Haag, 24 februari 2026 &#183; ons kenmerk BELN/2026/008</p>
<h1>Reactie op de marktstudie van ACM over prijstransparantie bij publiek laden</h1>
<p class="serif">Op 27 november 2025 publiceerde de Autoriteit Consument &amp; Markt haar marktstudie naar de
prijstransparantie bij publiek laden. ACM vraagt de sector om te laten weten hoe zij met de aanbevelingen omgaat.
In deze positionpaper geeft BELN namens haar leden antwoord.</p>
<p class="serif">BELN waardeert de zorgvuldige aanpak van ACM en het overleg dat ACM vooraf met de sector voerde.
Wij bespreken eerst de punten die voor onze leden de meeste gevolgen hebben. Waar wij naar een randnummer van de
marktstudie verwijzen, staat dat tussen haakjes.</p>
</td></tr></table>
<h3>Betalen zonder abonnement (rn. 24)</h3>
<p><span class="lab">Standpunt BELN: gedeeltelijk eens.</span></p>
<p class="serif">Onze leden zijn bereid om vóór 1 januari 2027 op al hun publieke laadpunten een QR-code aan te
brengen waarmee zonder app of laadpas kan worden betaald; de prijs staat op de betaalpagina voordat de consument
bevestigt. Het ombouwen van bestaande laadpalen met een contactloze betaalterminal wijzen wij af. Dat kost gemiddeld
640 euro per laadpunt en verdient zich bij een normaal laadpunt van 11 kW niet terug.</p>
<h3>Prijs vóór de start (rn. 22)</h3>
<p><span class="lab">Standpunt BELN: eens.</span></p>
<p class="serif">Dit is voor het grootste deel al staande praktijk. Sinds 1 juli 2025 tonen negen van onze elf leden
de volledige sessieprijs in hun eigen app en op het display, voordat het laden begint. De twee andere leden volgen
uiterlijk in april 2026. Voor de prijs in de app van een MSP zijn wij afhankelijk van de gegevens die de MSP
doorgeeft; wij leveren die gegevens in elk geval volledig aan.</p>
<h3>Het blokkeertarief in de nacht (rn. 23)</h3>
<p><span class="lab">Standpunt BELN: oneens.</span></p>
<p class="serif">BELN deelt de analyse van ACM dat een blokkeertarief door consumenten soms als onredelijk wordt
ervaren, maar niet de conclusie die ACM daaruit trekt. Zonder blokkeertarief blijven auto's de hele nacht aan een
laadpunt staan terwijl ze al lang vol zijn, en juist in woonwijken is de laadcapaciteit schaars. Een
nachtvrijstelling vinden wij daarom niet verstandig. Wij gaan er wel voor zorgen dat de hoogte van het
blokkeertarief en het moment waarop het ingaat, groter in beeld komen.</p>
<h3>Tariefwijzigingen en tariefgegevens (rn. 25 en 26)</h3>
<p class="serif">Aanbieders van laaddiensten (MSP's) zijn op een enkele uitzondering na geen lid van BELN. Over het
vooraf melden van tariefwijzigingen aan abonnees en het opzegrecht kunnen wij dus geen afspraken maken. Wij hebben
deze aanbeveling doorgestuurd aan de Vereniging Mobiliteitsdiensten, zonder daar zelf een standpunt over in te
nemen.</p>
<p class="serif">Over open data zijn wij het met ACM eens. Vanaf het tweede kwartaal van 2026 leveren al onze leden
de actuele tarieven per laadpunt aan het Nationaal Toegangspunt Mobiliteitsdata, met een update elk kwartier.</p>
<h3>De conclusies van ACM</h3>
<p class="serif">BELN herkent zich niet in de conclusie (rn. 18) dat er op het niveau van het laadpunt weinig
concurrentie is. Er zijn in Nederland meer dan dertig laadpaalexploitanten actief, en elke consument kan met vrijwel
elke laadpas bij vrijwel elk laadpunt terecht. Dat de prijs per laadpas verschilt, is juist een teken van
concurrentie tussen MSP's.</p>
<h3>Netcongestie</h3>
<p class="serif">Tot slot vragen wij aandacht voor een punt dat de marktstudie niet behandelt. Door netcongestie
wachten onze leden gemiddeld veertien maanden op een aansluiting voor een nieuw snellaadstation. Wij roepen ACM op
om in haar toezicht op de netbeheerders ook de aansluittermijnen voor laadinfrastructuur te betrekken.</p>
<p class="serif">Wij gaan graag met ACM in gesprek over deze reactie.</p>
<p class="serif">Branchevereniging Elektrisch Laden Nederland<br/>ir. M. Zwanenburg, directeur</p>
"""

RECS = [
    ("22", "Toon de volledige prijs van een laadsessie vóór de start", "tonen negen van onze elf leden de volledige "
     "sessieprijs", "agrees"),
    ("23", "Reken geen blokkeertarief tussen 21.00 en 07.00 uur", "Een nachtvrijstelling vinden wij daarom niet "
     "verstandig", "disagrees"),
    ("24", "Bied uiterlijk op 1 januari 2027 op alle bestaande publieke", "Het ombouwen van bestaande laadpalen met "
     "een contactloze betaalterminal wijzen wij af", "partly"),
    ("25", "Maak tariefwijzigingen minstens dertig dagen vooraf bekend aan abonnees", "Over het vooraf melden van "
     "tariefwijzigingen aan abonnees", "noted"),
    ("26", "Publiceer de tarieven per laadpunt als open data, die", "leveren al onze leden de actuele tarieven per "
     "laadpunt", "agrees"),
    ("27", "Gemeenten: neem in nieuwe concessies voor publieke laadpunten een", None, "unanswered"),
]
UNMATCHED = ["Er zijn in Nederland meer dan dertig laadpaalexploitanten actief",
             "ook de aansluittermijnen voor laadinfrastructuur te betrekken"]
NOTES = ("ACM market study (PyMuPDF Story) answered by a branch association's position paper. Advice: every paragraph "
         "carries a randnummer 1-29 in a narrow margin column (ACM house style), so the recommendations are "
         "randnummers 22-27 in chapter 5 (bold first sentence, plain explanation), introduced by rn. 21 and followed "
         "by enforcement paragraphs 28-29; the conclusions rn. 16-20 'ACM concludeert dat ...' are numbered the same "
         "way but are no recommendations; shaded 'Kader 1 - Goed voorbeeld' ('Andere aanbieders zouden dit voorbeeld "
         "kunnen volgen'); legal references (artikel 5, lid 1, Verordening (EU) 2023/1804; artikel 6:193a BW); "
         "running header and 'Pagina N van M'. Response: position paper with a coloured sidebar cell on page 1 "
         "('Over BELN', contact, 'In het kort' summary), then sections with subject headings citing '(rn. N)', in "
         "the order 24, 22, 23, 25+26: 24 'Standpunt BELN: gedeeltelijk eens' QR code yes, payment terminal "
         "'wijzen wij af' (partly); 22 'eens', 'al staande praktijk' (agrees); 23 'oneens', 'deelt de analyse ... "
         "maar niet de conclusie' (disagrees); 25 and 26 in one section without a label line: 25 not for us, "
         "passed on 'zonder daar zelf een standpunt over in te nemen' (noted), 26 'het met ACM eens' + date "
         "(agrees). 27 (addressed to municipalities) is not answered. 'De conclusies van ACM' (disputes rn. 18, a "
         "conclusion) and 'Netcongestie' answer no recommendation.")

if __name__ == "__main__":
    nolig_fonts()
    render(NAME + "_advice.pdf", ADVICE, "ACM \u00b7 Marktstudie prijstransparantie bij publiek laden \u00b7 "
           "ACM/25/194310", "ACM Marktstudie prijstransparantie bij publiek laden")
    render(NAME + "_response.pdf", RESPONSE, "BELN \u00b7 Positionpaper \u00b7 reactie op ACM-marktstudie publiek "
           "laden", "BELN reactie op ACM-marktstudie")
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)
