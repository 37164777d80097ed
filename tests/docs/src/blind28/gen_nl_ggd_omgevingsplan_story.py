"""Round 28 (nl): a GGD health advice (gezondheidsadvies) on a municipality's draft omgevingsplan for a former
business park to be turned into housing. Each theme section is a two-column row: findings on the left and a shaded
'GGD adviseert' side box on the right with one or two UNNUMBERED recommendation bullets (seven in all, numbered 1-7
in reading order); 'Ons advies in het kort' on page 1 repeats them in short form, 'Wat goed is' bullets are
conclusions. Response: the municipality's Nota van beantwoording, with its own codes G1-G6 in another order, each a
labelled block 'Samenvatting advies / Reactie / Wijziging plan', G1 answering two recommendations with two verdicts;
sections on the veiligheidsregio, the waterschap and ambtshalve wijzigingen answer none. Engine: PyMuPDF Story
(DejaVu copies without GSUB, so no ligatures)."""
import os
import sys

import pymupdf

sys.path.insert(0, os.path.dirname(__file__))
import _b28nl as B  # noqa: E402

NAME = "blind28_nl_ggd_omgevingsplan"
SYS = "/usr/share/fonts/truetype/dejavu/"
FD = "/tmp/b28nl_fonts/"
FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf")


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
body { font-family: DV; font-size: 9pt; line-height: 1.4; }
p { margin: 0 0 5pt 0; }
h1 { font-family: DS; font-weight: bold; font-size: 17pt; margin: 6pt 0 6pt 0; color: #5b2a86; }
h2 { font-family: DV; font-weight: bold; font-size: 11pt; margin: 10pt 0 4pt 0; color: #5b2a86; }
h3 { font-family: DV; font-weight: bold; font-size: 9.5pt; margin: 8pt 0 3pt 0; }
td { font-size: 8.8pt; padding: 3pt 5pt 3pt 5pt; vertical-align: top; }
.side { background-color: #ece4f3; }
.lab { font-weight: bold; color: #5b2a86; }
.meta { font-size: 8pt; color: #444444; }
ul { margin: 0 0 4pt 0; }
li { margin: 0 0 3pt 0; }
"""


def render(fname, html, head, foot, title):
    story = pymupdf.Story(html=html, user_css=CSS, archive=pymupdf.Archive(FD))
    w = pymupdf.DocumentWriter(B.out(fname))
    rect = pymupdf.paper_rect("a4")
    where = rect + (62, 70, -62, -62)
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
        pg.draw_rect(pymupdf.Rect(0, 0, 595, 8), color=None, fill=(0.36, 0.16, 0.53))
        pg.insert_text((62, 42), head, fontsize=7.5, fontname="dv", color=(0.3, 0.3, 0.3))
        pg.insert_text((62, 812), foot, fontsize=7.5, fontname="dv", color=(0.3, 0.3, 0.3))
        t = f"{i + 1} | {n}"
        pg.insert_text((533 - pymupdf.get_text_length(t, "helv", 7.5), 812), t, fontsize=7.5, fontname="dv")
    doc.set_metadata({"title": title, "producer": "PyMuPDF Story", "creationDate": "", "modDate": ""})
    doc.subset_fonts()
    tmp = B.out(fname) + ".tmp"
    doc.save(tmp, garbage=3, deflate=True, no_new_id=True)
    doc.close()
    os.replace(tmp, B.out(fname))


def theme(title, left, recs):
    items = "".join(f"<li>{r}</li>" for r in recs)
    return (f"<h2>{title}</h2><table><tr><td width='62%'>{left}</td>"
            f"<td class='side' width='38%'><p><b>GGD adviseert</b></p><ul>{items}</ul></td></tr></table>")


ADVICE = """
<p class="meta">GGD Hollands Kroonland &#183; Afdeling Medische Milieukunde en Gezonde Leefomgeving</p>
<h1>Gezondheidsadvies ontwerp-omgevingsplan Oosterpoort</h1>
<p class="meta">Aan: het college van burgemeester en wethouders van Kroonmeer &#183; Datum: 3 september 2025 &#183;
Ons kenmerk: GGD-MMK 2025-0192 &#183; Uw kenmerk: OMG/2025/3311 &#183; Contactpersoon: dr. E. Wijnberg, arts
maatschappij en gezondheid</p>
<h2>Aanleiding</h2>
<p>De gemeente Kroonmeer wil het bedrijventerrein Oosterpoort transformeren tot een woonwijk met circa 1.400
woningen, een basisschool en een sporthal. Het terrein ligt tussen de rijksweg en het spoor. U heeft de GGD in het
kader van het vooroverleg gevraagd om een advies over de gezondheidsaspecten van het ontwerp-omgevingsplan. Wij
hebben gekeken naar luchtkwaliteit, geluid, hitte en groen, en gezond gedrag.</p>
<h3>Ons advies in het kort</h3>
<ul>
<li>meer afstand tussen de rijksweg en gevoelige functies;</li>
<li>stille gevels en een grens voor de geluidbelasting langs het spoor;</li>
<li>koele plekken en meer groen per bouwblok;</li>
<li>minder ongezond voedselaanbod bij de school, en een lagere snelheid op de provinciale weg.</li>
</ul>
<h3>Wat goed is</h3>
<ul>
<li>Het plan zet in op lopen en fietsen: alle woningen liggen binnen 400 meter van een fietsroute.</li>
<li>De basisschool is gepland aan de rustige noordzijde van de wijk.</li>
</ul>
""" + theme("1 Luchtkwaliteit",
            "<p>Langs de rijksweg is de jaargemiddelde concentratie stikstofdioxide 27 microgram per kubieke meter. "
            "Dat is onder de wettelijke grenswaarde, maar boven de advieswaarde van de Wereldgezondheidsorganisatie "
            "van 10 microgram. Binnen 100 meter van de weg zijn de concentraties roet en ultrafijnstof het hoogst. "
            "In het ontwerp liggen 220 woningen en de sporthal binnen die zone.</p>",
            ["Houd tussen de rijksweg en nieuwe woningen een afstand van ten minste 100 meter aan en plan binnen die "
             "zone geen gevoelige functies zoals kinderopvang of sportvoorzieningen voor de jeugd."]) + theme(
    "2 Geluid",
    "<p>Het spoor en de Stationsweg veroorzaken in het zuidelijk deel een geluidbelasting tot 66 dB Lden. "
    "Langdurige blootstelling boven 55 dB Lden hangt samen met ernstige hinder en slaapverstoring. Het ontwerp "
    "maakt het mogelijk om voor 340 woningen een hogere waarde toe te staan.</p>"
    "<p>Wij constateren dat het ontwerp geen eisen stelt aan de indeling van woningen met een hoge "
    "geluidbelasting.</p>",
    ["Ontwerp alle woningen langs het spoor met een geluidluwe gevel en leg ten minste een slaapkamer aan die "
     "gevel.", "Sta voor woningen langs de Stationsweg geen hogere waarde toe dan 58 dB Lden."]) + theme(
    "3 Hitte en groen",
    "<p>Oosterpoort is nu voor 85 procent verhard. Op warme dagen is het terrein tot vier graden warmer dan de "
    "omliggende wijken. Het ontwerp noemt groen als ambitie, maar legt geen percentage vast. Ouderen en jonge "
    "kinderen zijn het kwetsbaarst voor hitte.</p>",
    ["Zorg dat iedere woning binnen 300 meter loopafstand ligt van een koele verblijfsplek met schaduw en "
     "zitgelegenheid.", "Neem in het omgevingsplan een minimaal aandeel groen van 40 procent per bouwblok op."]
) + theme(
    "4 Gezond gedrag en verkeer",
    "<p>In de plint van het stationsplein zijn horeca en detailhandel zonder beperking toegestaan. Uit onderzoek "
    "blijkt dat een hoge dichtheid van fastfoodzaken rond scholen samenhangt met overgewicht bij kinderen. De "
    "provinciale Kroonlandseweg, die de wijk aan de oostzijde begrenst, heeft een maximumsnelheid van 80 km/u.</p>",
    ["Beperk in het omgevingsplan het aantal fastfoodvestigingen binnen 500 meter van de basisschool.",
     "Vraag de provincie de maximumsnelheid op de Kroonlandseweg ter hoogte van Oosterpoort te verlagen naar "
     "60 km/u."]) + """
<h2>Tot slot</h2>
<p>De GGD denkt graag mee bij de verdere uitwerking. In ons advies van 2022 over de Structuurvisie Kroonmeer 2040
hebben wij aanbevolen om bij elke gebiedsontwikkeling een gezondheidseffectscreening uit te voeren; wij stellen vast
dat dit voor Oosterpoort is gebeurd. Voor vragen kunt u contact opnemen met de contactpersoon hierboven.</p>
<p>Met vriendelijke groet,<br/>drs. A.L. Mertens, directeur Publieke Gezondheid</p>
"""


def blk(code, title, samenv, reactie, wijz):
    return (f"<h3>{code} {title}</h3><table>"
            f"<tr><td class='lab' width='24%'>Samenvatting advies</td><td width='76%'>{samenv}</td></tr>"
            f"<tr><td class='lab' width='24%'>Reactie</td><td width='76%'>{reactie}</td></tr>"
            f"<tr><td class='lab' width='24%'>Wijziging plan</td><td width='76%'>{wijz}</td></tr></table>")


RESPONSE = """
<p class="meta">Gemeente Kroonmeer &#183; Ruimte en Wonen</p>
<h1>Nota van beantwoording vooroverleg en zienswijzen</h1>
<p class="meta">Ontwerp-omgevingsplan Kroonmeer, wijziging Oosterpoort (OMG/2025/3311) &#183; vastgesteld door het
college op 18 november 2025 &#183; bijlage bij het raadsvoorstel RV-2025-214</p>
<h2>1 Inleiding</h2>
<p>Het ontwerp-omgevingsplan voor Oosterpoort is in het kader van het vooroverleg voorgelegd aan de GGD, de
veiligheidsregio en het waterschap, en heeft van 1 juli tot en met 11 augustus 2025 ter inzage gelegen. In deze nota
vatten wij de adviezen samen en geven wij per punt onze reactie. Waar een advies leidt tot een wijziging, staat dat
onder &#8216;Wijziging plan&#8217;. De adviezen zijn gerangschikt naar de hoofdstukken van het omgevingsplan en niet
naar de volgorde van de adviesbrieven.</p>
<h2>2 Reacties uit het vooroverleg</h2>
<h3>2.1 GGD Hollands Kroonland (brief van 3 september 2025, GGD-MMK 2025-0192)</h3>
""" + blk("G1", "Geluid langs spoor en Stationsweg",
          "De GGD vraagt om geluidluwe gevels met een slaapkamer aan die gevel, en om geen hogere waarde dan 58 dB "
          "Lden langs de Stationsweg toe te staan.",
          "Het eerste deel van het advies nemen wij over: in artikel 5.12 wordt een geluidluwe gevel met ten minste "
          "een slaapkamer verplicht voor elke woning boven de standaardwaarde. Het tweede deel nemen wij niet over. "
          "Een plafond van 58 dB zou betekenen dat ongeveer 180 woningen langs de Stationsweg vervallen; het "
          "college houdt vast aan een maximale waarde van 63 dB in combinatie met de luwe gevel.",
          "Ja, artikel 5.12 (nieuw).") + blk(
    "G2", "Afstand tot de rijksweg",
    "De GGD adviseert een afstand van 100 meter tot de rijksweg voor woningen en gevoelige functies.",
    "Wij delen het doel van het advies. De sporthal wordt verplaatst naar de noordzijde en kinderopvang wordt in de "
    "zone langs de rijksweg uitgesloten. Voor woningen hanteren wij een afstand van 60 meter, omdat het "
    "woningbouwprogramma anders niet haalbaar is; de woningen in de zone krijgen balansventilatie met filters.",
    "Ja, de functiekaart en artikel 4.3.") + blk(
    "G3", "Groen per bouwblok",
    "Vastleggen van een minimaal aandeel groen van 40 procent per bouwblok.",
    "Het omgevingsplan legt voortaan een minimumpercentage groen per bouwblok vast, maar van 30 procent. Bij 40 "
    "procent passen de parkeeroplossingen op eigen terrein niet meer in de bouwblokken.",
    "Ja, artikel 4.9 lid 2.") + blk(
    "G4", "Koele plekken",
    "Iedere woning binnen 300 meter van een koele verblijfsplek.",
    "Dit is al onderdeel van het Omgevingsprogramma Groen en Klimaat dat de raad in maart 2025 heeft vastgesteld. "
    "De inrichtingsschets voor Oosterpoort bevat vijf koele plekken, zodat elke woning er binnen 300 meter een "
    "heeft.",
    "Nee, de koele plekken zijn al opgenomen in de inrichtingsschets.") + blk(
    "G5", "Voedselaanbod rond de school",
    "Beperking van het aantal fastfoodvestigingen bij de basisschool.",
    "Wij onderkennen het belang van een gezonde omgeving voor kinderen. Het omgevingsplan is naar ons oordeel "
    "echter niet het juiste instrument om onderscheid te maken tussen soorten horeca. Wij zien daarom af van een "
    "regeling en zetten in op afspraken met de ondernemers van het stationsplein.",
    "Nee.") + blk(
    "G6", "Snelheid op de Kroonlandseweg",
    "De GGD vraagt de gemeente de provincie te verzoeken de snelheid te verlagen naar 60 km/u.",
    "De maximumsnelheid op de Kroonlandseweg is een bevoegdheid van de provincie als wegbeheerder. Wij hebben "
    "kennisgenomen van dit advies en zullen het doorgeven aan Gedeputeerde Staten; een standpunt van de gemeente "
    "volgt na de verkeersstudie die de provincie in 2026 uitvoert.",
    "Nee.") + """
<h3>2.2 Veiligheidsregio Kroonland</h3>
""" + blk("V1", "Bluswatervoorziening",
          "De veiligheidsregio vraagt om voldoende primaire bluswatervoorzieningen in het zuidelijk deel.",
          "Het plan wordt aangevuld met een regel over bereikbaarheid en bluswater; de brandkranen worden in "
          "overleg met de veiligheidsregio in het bouwrijp maken meegenomen.",
          "Ja, artikel 6.2.") + """
<h3>2.3 Waterschap Kroonlanden</h3>
""" + blk("W1", "Waterberging",
          "Het waterschap vraagt om een compenserende waterberging van 2.100 kubieke meter.",
          "De berging wordt gerealiseerd in het centrale park, dat daarvoor 0,6 hectare groter wordt.",
          "Ja, de verbeelding.") + """
<h2>3 Ambtshalve wijzigingen</h2>
<p>Naast de wijzigingen naar aanleiding van het vooroverleg passen wij de bouwhoogte op het stationsplein aan van 24
naar 27 meter, in verband met de bouwtechnische eisen voor de sporthal.</p>
<h2>4 Zienswijzen</h2>
<p>Er zijn elf zienswijzen ingediend. Deze worden behandeld in een afzonderlijke bijlage bij het raadsvoorstel.</p>
"""

RECS = [
    ("1", "Houd tussen de rijksweg en nieuwe woningen een afstand van ten minste",
     "Voor woningen hanteren wij een afstand van 60 meter", "partly"),
    ("2", "Ontwerp alle woningen langs het spoor met een geluidluwe gevel",
     "Het eerste deel van het advies nemen wij over", "agrees"),
    ("3", "Sta voor woningen langs de Stationsweg geen hogere waarde toe dan",
     "college houdt vast aan een maximale waarde van 63 dB", "disagrees"),
    ("4", "Zorg dat iedere woning binnen 300 meter loopafstand ligt van een",
     "De inrichtingsschets voor Oosterpoort bevat vijf koele plekken", "agrees"),
    ("5", "Neem in het omgevingsplan een minimaal aandeel groen van 40 procent",
     "legt voortaan een minimumpercentage groen per bouwblok vast, maar van 30 procent", "partly"),
    ("6", "Beperk in het omgevingsplan het aantal fastfoodvestigingen binnen 500 meter",
     "Wij zien daarom af van een regeling", "disagrees"),
    ("7", "Vraag de provincie de maximumsnelheid op de Kroonlandseweg ter hoogte van Oosterpoort",
     "zullen het doorgeven aan Gedeputeerde Staten", "noted"),
]
UNMATCHED = ["de brandkranen worden in overleg met de veiligheidsregio",
             "De berging wordt gerealiseerd in het centrale park",
             "in verband met de bouwtechnische eisen voor de sporthal"]
NOTES = ("GGD health advice on a municipality's draft omgevingsplan (PyMuPDF Story; purple band, header, 'n | N' "
         "footer). Each theme section 1-4 is a two-column table row: findings left, a shaded 'GGD adviseert' side box "
         "right holding one or two UNNUMBERED bullets; the seven bullets are the recommendations, numbered 1-7 in "
         "reading order. 'Ons advies in het kort' repeats them as four short noun-phrase bullets, 'Wat goed is' holds "
         "conclusions, 'Wij constateren dat ...' is a finding, and the closing cites the GGD's own 2022 advice on a "
         "structure plan (a past recommendation). Response: Nota van beantwoording with its own codes G1-G6 ordered by "
         "plan chapter (G1 = 2+3, G2 = 1, G3 = 5, G4 = 4, G5 = 6, G6 = 7), each a labelled block 'Samenvatting advies "
         "/ Reactie / Wijziging plan' that paraphrases the advice; G1 holds two verdicts ('Het eerste deel ... nemen "
         "wij over' agrees, 'Het tweede deel nemen wij niet over' disagrees); 60 instead of 100 metres plus other "
         "measures (partly); 30 instead of 40 percent (partly); 'al onderdeel van het Omgevingsprogramma' (agrees, "
         "'Wijziging plan: Nee' although agreeing); 'zien daarom af van een regeling' (disagrees); provincial "
         "competence, 'kennisgenomen ... doorgeven' (noted). The veiligheidsregio (V1), waterschap (W1) blocks and "
         "'Ambtshalve wijzigingen' answer no recommendation of this advice.")

if __name__ == "__main__":
    nolig_fonts()
    render(NAME + "_advice.pdf", ADVICE, "GGD Hollands Kroonland  |  Gezondheidsadvies Oosterpoort  |  GGD-MMK 2025-0192",
           "Gezondheidsadvies ontwerp-omgevingsplan Oosterpoort", "Gezondheidsadvies ontwerp-omgevingsplan Oosterpoort")
    render(NAME + "_response.pdf", RESPONSE, "Gemeente Kroonmeer  |  Nota van beantwoording Oosterpoort",
           "Bijlage bij raadsvoorstel RV-2025-214", "Nota van beantwoording ontwerp-omgevingsplan Oosterpoort")
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)
