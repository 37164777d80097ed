"""Round 34 (nl, zorg): an (invented) requested advice of the Verpleegkundige Adviesraad (VAR) of an invented
hospital (Reestmond Ziekenhuis) on the board's proposed decision to deploy care assistants (zorgassistenten) on the
wards, answered by a MEMO of the raad van bestuur. Advice: a letter with a green letterhead, on page 1 a right-hand
SIDEBAR 'Ons advies in het kort' that repeats the advice in other words (placed with insert_htmlbox), a 'Wat goed
is' section with conclusions, findings with 'moet' and 'zou ... moeten', the VAR regulation (artikel 6) and an earlier
VAR advice of 2023 quoted, and six recommendations marked only by MARGIN LETTERS A-F in a coloured left column next
to bold 'De VAR adviseert ...' paragraphs. Response: memo of the raad van bestuur with a header table, 'Ons besluit'
(answers nothing), then themes without letters in the order C, A (conditional acceptance), B+D in one section
(partly + disagrees), E (referral to the cao table); F (joint evaluation with the VAR) is not answered although the
memo mentions the pilot's evaluation. 'Communicatie' and 'Vervolg' answer nothing. Engine: PyMuPDF Story (DejaVu
copies without GSUB, so no ligatures; header and footer stamped after layout)."""
import os
import sys

import pymupdf

sys.path.insert(0, os.path.dirname(__file__))
import _b34nl as B  # noqa: E402

NAME = "blind34_nl_var"
SYS = "/usr/share/fonts/truetype/dejavu/"
FD = "/tmp/b34nl_fonts/"
FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSerif.ttf",
         "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf")
GREEN = (0.0, 0.42, 0.33)
GREY = (0.4, 0.4, 0.4)
PLUM = (0.42, 0.16, 0.38)


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
body { font-family: DV; font-size: 9pt; line-height: 1.42; }
p { margin: 0 0 5pt 0; }
td { vertical-align: top; }
h1 { font-size: 14pt; font-weight: bold; color: #006b54; margin: 0 0 6pt 0; }
h2 { font-size: 10pt; font-weight: bold; color: #006b54; margin: 10pt 0 4pt 0; }
.meta { font-size: 7.8pt; color: #666666; }
.lab { font-weight: bold; font-size: 13pt; color: #ffffff; background-color: #006b54; text-align: center; }
.rec { font-weight: bold; }
.q { font-style: italic; margin: 0 16pt 5pt 16pt; color: #444444; }
.side { font-family: DV; font-size: 7.8pt; line-height: 1.35; }
.sh { font-weight: bold; font-size: 8.4pt; color: #006b54; margin: 0 0 3pt 0; }
.m { font-family: DS; font-size: 9.6pt; line-height: 1.45; }
.mh { font-family: DV; font-weight: bold; font-size: 10pt; color: #6b2961; margin: 10pt 0 3pt 0; }
.mt { font-family: DV; font-size: 8.4pt; }
"""


def stamp(fname, head, foot, title, col):
    doc = pymupdf.open(B.out(fname))
    n = len(doc)
    for i, pg in enumerate(doc):
        pg.insert_font(fontname="dv", fontfile=FD + "DejaVuSans.ttf")
        if i > 0:
            pg.draw_line((62, 46), (533, 46), color=col, width=0.6)
            pg.insert_text((62, 41), head, fontsize=7.3, fontname="dv", color=GREY)
        t = foot.replace("#", str(i + 1)).replace("@", str(n))
        pg.insert_text((62, 815), t, fontsize=7.3, fontname="dv", color=GREY)
    doc.set_metadata({"title": title, "producer": "PyMuPDF Story", "creationDate": "", "modDate": ""})
    doc.subset_fonts()
    tmp = B.out(fname) + ".tmp"
    doc.save(tmp, garbage=3, deflate=True, no_new_id=True)
    doc.close()
    os.replace(tmp, B.out(fname))


def rec(lab, t, more=""):
    return ('<table width="100%" cellpadding="0" cellspacing="0" style="margin: 3pt 0 7pt 0;"><tr>'
            f'<td width="7%" class="lab">{lab}</td><td width="3%"></td>'
            f'<td width="90%"><p class="rec">{t}</p>{more}</td></tr></table>')


ADVICE_T = """
<p class="meta">Aan de raad van bestuur van Reestmond Ziekenhuis<br/>t.a.v. de heer drs. P.J. Oosterhuis, voorzitter</p>
<p class="meta">Hoogeveen, 7 april 2026<br/>Kenmerk: VAR-2026-09<br/>Betreft: gevraagd advies voorgenomen besluit
\u2018Zorgassistenten op de verpleegafdelingen\u2019 (uw brief van 3 maart 2026)</p>
<h1>Advies van de Verpleegkundige Adviesraad</h1>
<p>Geachte heer Oosterhuis,</p>
<p>U heeft de VAR op 3 maart 2026 om advies gevraagd over het voorgenomen besluit om vanaf 1 september 2026 op alle
zeven verpleegafdelingen zorgassistenten in te zetten. Zorgassistenten nemen basiszorg en niet-verpleegkundige
taken over, zodat verpleegkundigen meer tijd hebben voor complexe zorg. Wij hebben het voorstel besproken in onze
vergadering van 24 maart en op 31 maart een bijeenkomst gehouden waaraan 58 verpleegkundigen deelnamen. Dit advies
brengen wij uit op grond van artikel 6 van het reglement van de VAR.</p>
<h2>Wat goed is</h2>
<p>De VAR steunt het doel van het voorstel. Verpleegkundigen besteden nu naar eigen schatting een kwart van hun
dienst aan taken waarvoor hun deskundigheid niet nodig is, zoals het rondbrengen van maaltijden en het aanvullen van
voorraden. Het voorstel is zorgvuldig voorbereid en sluit aan bij het strategisch plan \u2018Samen sterk in zorg
2025\u20132028\u2019. Wij waarderen dat de VAR in een vroeg stadium is betrokken.</p>
<h2>Zorgen van verpleegkundigen</h2>
<p>In de bijeenkomst van 31 maart kwamen drie zorgen steeds terug: onduidelijkheid over wie waarvoor verantwoordelijk
is, de vrees dat zorgassistenten als goedkope vervangers van verpleegkundigen worden ingezet, en de extra tijd die
het begeleiden van nieuwe collega\u2019s kost. De verpleegkundige moet altijd de regie houden over het zorgproces van
de pati\u00ebnt; dat volgt uit de beroepsprofielen en de Wet BIG.</p>
<p>Al in ons advies over de herinrichting van de afdeling Chirurgie schreven wij:</p>
<p class="q">\u2018De VAR adviseert nieuwe functies op de afdeling pas in te voeren na een proefperiode, zodat de
werkvloer kan laten zien wat wel en niet werkt.\u2019 (advies VAR-2023-14)</p>
<p>Die ervaring leert dat een geleidelijke invoering tot betere resultaten leidt. Bij Chirurgie werd de nieuwe
functie van afdelingsassistent na drie maanden bijgesteld.</p>
<h2>Ons advies</h2>
<p>De VAR adviseert positief over het voorgenomen besluit, onder de volgende voorwaarden en met de volgende
aanbevelingen.</p>
@@REC0@@
@@REC1@@
@@REC2@@
@@REC3@@
@@REC4@@
@@REC5@@
<p>Wij lichten dit advies graag toe in het overleg van 14 april. Wij zien uw reactie binnen zes weken tegemoet, zoals
het reglement voorschrijft.</p>
<p>Met vriendelijke groet,<br/>namens de Verpleegkundige Adviesraad,</p>
<p>Ilse Brinkman, voorzitter<br/>Thomas Lubbers, secretaris</p>
"""

RECS_HTML = [
    rec("A", "De VAR adviseert de invoering te beginnen met een pilot van zes maanden op twee afdelingen en pas "
             "daarna over de uitrol naar de andere afdelingen te besluiten.",
        "<p>Wij denken aan Interne Geneeskunde en Orthopedie, waar de druk op de basiszorg het hoogst is.</p>"),
    rec("B", "De VAR adviseert vast te leggen dat per dienst ten hoogste \u00e9\u00e9n zorgassistent op drie "
             "verpleegkundigen wordt ingezet.",
        "<p>Zonder zo\u2019n grens kan de verhouding bij personeelstekort ongemerkt verschuiven. De afdeling zou dan ook "
        "moeten kunnen terugvallen op de flexpool van verpleegkundigen.</p>"),
    rec("C", "De VAR adviseert verpleegkundigen van de pilotafdelingen mee te laten schrijven aan de "
             "taakafbakening tussen verpleegkundige en zorgassistent."),
    rec("D", "De VAR adviseert een extra scholingsbudget van \u20ac 150.000 beschikbaar te stellen voor de "
             "werkbegeleiding van zorgassistenten door verpleegkundigen.",
        "<p>Werkbegeleiding kost tijd. Als die tijd niet wordt vrijgemaakt, neemt de werkdruk juist toe.</p>"),
    rec("E", "De VAR adviseert bij de NVZ aan te dringen op landelijke afspraken over de functie van "
             "zorgassistent in de cao Ziekenhuizen."),
    rec("F", "De VAR adviseert de pilot samen met de VAR te evalueren, met aandacht voor werkdruk, de kwaliteit "
             "van zorg en het aantal incidentmeldingen."),
]
ADVICE = ADVICE_T
for _i, _h in enumerate(RECS_HTML):
    ADVICE = ADVICE.replace(f"@@REC{_i}@@", _h)

SIDE = """
<div class="side">
<p class="sh">Ons advies in het kort</p>
<p>Positief, onder voorwaarden:</p>
<p>\u2022 eerst proberen op twee afdelingen;<br/>\u2022 een vaste verhouding tussen zorgassistenten en
verpleegkundigen;<br/>\u2022 verpleegkundigen schrijven mee aan de taakverdeling;<br/>\u2022 tijd en geld voor
werkbegeleiding;<br/>\u2022 landelijke afspraken in de cao;<br/>\u2022 samen evalueren.</p>
<p class="sh">Over de VAR</p>
<p>De VAR vertegenwoordigt de ruim 900 verpleegkundigen en verzorgenden van Reestmond Ziekenhuis en adviseert de raad
van bestuur gevraagd en ongevraagd over verpleegkundige zaken.</p>
</div>
"""

MEMO = """
<div class="m">
<p style="font-family: DV; font-size: 22pt; font-weight: bold; color: #6b2961; margin: 0 0 8pt 0;">Memo</p>
<table class="mt" width="100%" cellpadding="2" cellspacing="0" style="margin: 0 0 10pt 0;">
<tr><td width="18%"><b>Aan</b></td><td width="82%">Verpleegkundige Adviesraad, t.a.v. mevrouw I. Brinkman</td></tr>
<tr><td><b>Van</b></td><td>Raad van bestuur</td></tr>
<tr><td><b>Kopie</b></td><td>Ondernemingsraad; managers zorg; afdeling HR</td></tr>
<tr><td><b>Datum</b></td><td>12 mei 2026</td></tr>
<tr><td><b>Kenmerk</b></td><td>RvB/2026/0415</td></tr>
<tr><td><b>Onderwerp</b></td><td>Reactie op uw advies VAR-2026-09 over de inzet van zorgassistenten</td></tr>
</table>
<p>Beste Ilse,</p>
<p>Hartelijk dank voor het advies van de VAR en voor de toelichting in ons overleg van 14 april. Het is goed om te
lezen dat zoveel verpleegkundigen hebben meegedacht. In deze memo lees je wat wij met het advies doen.</p>
<p class="mh">Ons besluit</p>
<p>De raad van bestuur heeft in zijn vergadering van 6 mei 2026 het besluit over de inzet van zorgassistenten
genomen, met een aantal aanpassingen die uit jullie advies voortkomen. De ondernemingsraad heeft op 28 april
ingestemd met de wijziging van de functiebeschrijvingen.</p>
<p class="mh">Taakafbakening</p>
<p>Wij zijn het met jullie eens dat verpleegkundigen zelf het beste weten welke taken zij kunnen overdragen. Daarom
zitten er al sinds februari vier verpleegkundigen van Interne Geneeskunde en Orthopedie in de werkgroep die de
taakafbakening opstelt. Die werkgroep blijft bestaan tot het einde van de proefperiode.</p>
<p class="mh">Eerst een proefperiode</p>
<p>Wij volgen jullie advies om klein te beginnen, op voorwaarde dat de twee afdelingen v\u00f3\u00f3r 1 juli de
benodigde zorgassistenten hebben kunnen werven. Lukt dat niet, dan starten wij op \u00e9\u00e9n afdeling. De pilot
begint op 1 september 2026 en duurt zes maanden; daarna volgt een evaluatie, waarna wij over de uitrol naar de overige
vijf afdelingen beslissen.</p>
<p class="mh">Personele inzet en scholing</p>
<p>De verhouding tussen zorgassistenten en verpleegkundigen leggen wij vast in het roosterbeleid, maar anders dan
jullie voorstellen. In de avond- en nachtdienst geldt ten hoogste \u00e9\u00e9n zorgassistent op drie
verpleegkundigen. In de dagdienst, waarin de meeste basiszorg valt, staan wij \u00e9\u00e9n zorgassistent op twee
verpleegkundigen toe.</p>
<p>Een apart scholingsbudget voor werkbegeleiding stellen wij niet beschikbaar. De begroting 2026 is krap, en de
werkbegeleiding past binnen het bestaande opleidingsbudget van de afdelingen en de uren die de praktijkopleiders
daarvoor al hebben. Wij begrijpen dat dit niet het antwoord is waarop jullie hoopten.</p>
<p class="mh">Landelijke afspraken</p>
<p>Over de functie van zorgassistent in de cao Ziekenhuizen onderhandelen de NVZ en de vakbonden. Wij hebben jullie
advies doorgegeven aan onze directeur HR, die in de NVZ-werkgeversdelegatie zit. Verder laten wij dit aan de
cao-partijen.</p>
<p class="mh">Communicatie</p>
<p>Wij informeren alle medewerkers via het intranet en in een extra editie van de nieuwsbrief \u2018Reestmond
Intern\u2019. De managers zorg bespreken het besluit in de teamoverleggen van juni.</p>
<p class="mh">Vervolg</p>
<p>Wij stellen voor dat wij in ons reguliere overleg van september de stand van zaken bespreken. Heb je in de
tussentijd vragen, neem dan contact op met het bestuurssecretariaat.</p>
<p>Met vriendelijke groet,</p>
<p>drs. P.J. Oosterhuis<br/>voorzitter raad van bestuur</p>
</div>
"""


def layout(fname, html, rect_first, rect_next):
    story = pymupdf.Story(html=html, user_css=CSS, archive=pymupdf.Archive(FD))
    w = pymupdf.DocumentWriter(B.out(fname))
    page = pymupdf.paper_rect("a4")
    more, first = 1, True
    while more:
        dev = w.begin_page(page)
        more, _ = story.place(rect_first if first else rect_next)
        first = False
        story.draw(dev)
        w.end_page()
    w.close()


def advice():
    fname = NAME + "_advice.pdf"
    layout(fname, ADVICE, pymupdf.Rect(62, 110, 410, 790), pymupdf.Rect(62, 62, 533, 790))
    doc = pymupdf.open(B.out(fname))
    pg = doc[0]
    pg.insert_font(fontname="dvb", fontfile=FD + "DejaVuSans-Bold.ttf")
    pg.insert_font(fontname="dv", fontfile=FD + "DejaVuSans.ttf")
    pg.draw_rect(pymupdf.Rect(0, 0, 595, 78), color=None, fill=GREEN)
    pg.insert_text((62, 40), "Reestmond Ziekenhuis", fontsize=15, fontname="dvb", color=(1, 1, 1))
    pg.insert_text((62, 58), "Verpleegkundige Adviesraad", fontsize=10, fontname="dv", color=(1, 1, 1))
    pg.draw_rect(pymupdf.Rect(424, 110, 540, 420), color=None, fill=(0.9, 0.95, 0.93))
    pg.insert_htmlbox(pymupdf.Rect(430, 116, 535, 416), SIDE, css=CSS, archive=pymupdf.Archive(FD))
    tmp = B.out(fname) + ".pre"
    doc.save(tmp)
    doc.close()
    os.replace(tmp, B.out(fname))
    stamp(fname, "VAR Reestmond Ziekenhuis \u00b7 advies VAR-2026-09 \u00b7 zorgassistenten",
          "VAR-2026-09 \u00b7 pagina # van @", "Advies VAR-2026-09", GREEN)


def response():
    fname = NAME + "_response.pdf"
    layout(fname, MEMO, pymupdf.Rect(62, 80, 533, 790), pymupdf.Rect(62, 62, 533, 790))
    doc = pymupdf.open(B.out(fname))
    pg = doc[0]
    pg.insert_font(fontname="dvb", fontfile=FD + "DejaVuSans-Bold.ttf")
    pg.draw_rect(pymupdf.Rect(533 - 6, 30, 533, 60), color=None, fill=PLUM)
    pg.insert_text((62, 48), "Reestmond Ziekenhuis \u00b7 Raad van bestuur", fontsize=9, fontname="dvb", color=PLUM)
    tmp = B.out(fname) + ".pre"
    doc.save(tmp)
    doc.close()
    os.replace(tmp, B.out(fname))
    stamp(fname, "Raad van bestuur \u00b7 memo RvB/2026/0415 \u00b7 12 mei 2026", "RvB/2026/0415 \u00b7 pagina # van @",
          "Memo RvB/2026/0415", PLUM)


RECS = [
    ("A", "De VAR adviseert de invoering te beginnen met een pilot",
     "op voorwaarde dat de twee afdelingen", "agrees"),
    ("B", "De VAR adviseert vast te leggen dat per dienst ten hoogste",
     "leggen wij vast in het roosterbeleid, maar anders dan jullie voorstellen", "partly"),
    ("C", "De VAR adviseert verpleegkundigen van de pilotafdelingen mee te laten schrijven",
     "zitten er al sinds februari vier verpleegkundigen", "agrees"),
    ("D", "De VAR adviseert een extra scholingsbudget van \u20ac 150.000 beschikbaar",
     "Een apart scholingsbudget voor werkbegeleiding stellen wij niet beschikbaar", "disagrees"),
    ("E", "De VAR adviseert bij de NVZ aan te dringen op landelijke",
     "Verder laten wij dit aan de cao-partijen", "noted"),
    ("F", "De VAR adviseert de pilot samen met de VAR te evalueren", None, "unanswered"),
]
UNMATCHED = [
    "De ondernemingsraad heeft op 28 april ingestemd",
    "in een extra editie van de nieuwsbrief",
    "in ons reguliere overleg van september de stand van zaken bespreken",
]
NOTES = ("Round 34 (nl). Advice: an invented requested advice of the Verpleegkundige Adviesraad of Reestmond "
         "Ziekenhuis (PyMuPDF Story, sans, green letterhead band). Six recommendations are bold 'De VAR adviseert "
         "...' paragraphs marked only by MARGIN LETTERS A-F in a coloured left column, some with an unbolded "
         "explanation. Traps: a page-1 sidebar 'Ons advies in het kort' with six short bullets; 'Wat goed is' "
         "conclusions; 'moet' and 'zou ... moeten kunnen terugvallen' (inside B's explanation); the VAR regulation "
         "artikel 6; an earlier VAR advice (VAR-2023-14) quoted with 'De VAR adviseert ...'; 'De VAR adviseert "
         "positief ... onder de volgende voorwaarden' (overall verdict, not a recommendation). Response: memo "
         "RvB/2026/0415 (serif body) with themes without letters: 'Ons besluit' (nothing), 'Taakafbakening' = C "
         "(already since February: agrees), 'Eerst een proefperiode' = A (conditional acceptance: agrees), "
         "'Personele inzet en scholing' = B (1:3 evening/night but 1:2 in the day shift: partly) + D (no separate "
         "budget: disagrees), 'Landelijke afspraken' = E (passed on, left to the cao parties: noted). F (joint "
         "evaluation with the VAR) is not answered, although A's answer mentions an evaluation. 'Communicatie' and "
         "'Vervolg' answer nothing.")


if __name__ == "__main__":
    nolig_fonts()
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)
