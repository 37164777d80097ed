"""Round 31 (nl, Flemish): an (invented) advice of the Strategische Adviesraad Welzijn - Gezondheid - Gezin (SAR WGG)
on a minister's concept note on informal carers ('mantelzorg'), answered by the Flemish minister's letter. Advice:
page 1 with a shaded sidebar cell 'Het advies in het kort' (the recommendations in short form) next to the
'Situering'; 'Algemene bemerkingen' and 'Specifieke bemerkingen' 3.1-3.5 where every paragraph may open with a
bold sentence: the recommendations are the UNNUMBERED bold sentences 'De raad vraagt / adviseert / beveelt aan'
(numbered 1..6 in document order), the traps are bold sentences in the same style that are findings ('De raad stelt
vast', 'De raad waardeert'), a quoted 2019 advice of the council, a 'Goede praktijk' box and endnotes. Response:
Flemish ministerial letter with the 'uw bericht van / uw kenmerk / ons kenmerk / bijlagen' row,
'Beste voorzitter', bold theme lines in the order 4, 2, 1, 3+5 (two verdicts in one section); 6 (federal leave)
unanswered; a paragraph on another pending file (decreet lokaal sociaal beleid) and the timing answer nothing.
Engine: PyMuPDF Story (DejaVu copies without GSUB, so no ligatures; header and 'blz. N/M' stamped after layout)."""
import os
import sys

import pymupdf

sys.path.insert(0, os.path.dirname(__file__))
import _b31nl as B  # noqa: E402

NAME = "blind31_nl_sarwgg"
SYS = "/usr/share/fonts/truetype/dejavu/"
FD = "/tmp/b31nl_fonts/"
FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSerif.ttf",
         "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf")
ORANGE = (0.80, 0.33, 0.05)


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
body { font-family: DS; font-size: 9.3pt; line-height: 1.45; }
p { margin: 0 0 6pt 0; text-align: justify; }
h1 { font-family: DV; font-weight: bold; font-size: 16pt; margin: 2pt 0 4pt 0; color: #cc540d; }
h2 { font-family: DV; font-weight: bold; font-size: 11.5pt; margin: 12pt 0 5pt 0; color: #cc540d; }
h3 { font-family: DV; font-weight: bold; font-size: 9.8pt; margin: 9pt 0 3pt 0; }
td { vertical-align: top; }
.meta { font-family: DV; font-size: 7.8pt; color: #555555; }
.side { background-color: #fbe7d9; font-family: DV; font-size: 8pt; padding: 7pt; }
.box { background-color: #eeeeee; font-family: DV; font-size: 8.3pt; padding: 6pt; }
.q { font-style: italic; margin: 0 18pt 6pt 18pt; }
.note { font-family: DV; font-size: 7.5pt; margin: 0 0 2pt 0; }
.sans { font-family: DV; font-size: 9pt; }
.small { font-family: DV; font-size: 7.5pt; color: #555555; white-space: nowrap; }
.theme { font-family: DV; font-weight: bold; color: #1d4f91; margin: 10pt 0 3pt 0; }
"""


def render(fname, html, head, foot, title, where=(62, 72, -62, -62)):
    story = pymupdf.Story(html=html, user_css=CSS, archive=pymupdf.Archive(FD))
    w = pymupdf.DocumentWriter(B.out(fname))
    rect = pymupdf.paper_rect("a4")
    more = 1
    while more:
        dev = w.begin_page(rect)
        more, _ = story.place(rect + where)
        story.draw(dev)
        w.end_page()
    w.close()
    doc = pymupdf.open(B.out(fname))
    n = len(doc)
    for i, pg in enumerate(doc):
        pg.insert_font(fontname="dv", fontfile=FD + "DejaVuSans.ttf")
        if head:
            pg.draw_line((62, 54), (533, 54), color=ORANGE, width=0.7)
            pg.insert_text((62, 49), head, fontsize=7.5, fontname="dv", color=(0.35, 0.35, 0.35))
        t = foot.replace("#", f"{i + 1}/{n}")
        pg.insert_text((533 - pymupdf.get_text_length(t, "helv", 7.5), 812), t, fontsize=7.5, fontname="dv",
                       color=(0.35, 0.35, 0.35))
    doc.set_metadata({"title": title, "producer": "PyMuPDF Story", "creationDate": "", "modDate": ""})
    doc.subset_fonts()
    tmp = B.out(fname) + ".tmp"
    doc.save(tmp, garbage=3, deflate=True, no_new_id=True)
    doc.close()
    os.replace(tmp, B.out(fname))


ADVICE = """
<p class="meta">Strategische Adviesraad Welzijn &#8211; Gezondheid &#8211; Gezin &#183; Koning Albert II-laan 35
bus 30, 1030 Brussel</p>
<h1>Advies over de conceptnota &#8216;Zorgen voor wie zorgt. Mantelzorg in Vlaanderen 2030&#8217;</h1>
<p class="meta">Advies 2026-04 &#183; goedgekeurd door de Algemene Raad op 5 februari 2026 &#183; op vraag van de
Vlaamse minister van Welzijn, Volksgezondheid en Gezin (adviesvraag van 8 december 2025)</p>
<table width="100%"><tr>
<td width="63%">
<h2>1. Situering</h2>
<p>Op 8 december 2025 vroeg de Vlaamse minister van Welzijn, Volksgezondheid en Gezin de Strategische Adviesraad
Welzijn &#8211; Gezondheid &#8211; Gezin (SAR WGG) om advies over de conceptnota &#8216;Zorgen voor wie zorgt&#8217;.
De nota beschrijft hoe de Vlaamse overheid mantelzorgers tot 2030 wil ondersteunen. Ze vertrekt van de vaststelling
dat ruim 600.000 Vlamingen langdurig en intensief zorgen voor een naaste, en dat een op de vijf van hen
overbelast is.<sup>1</sup></p>
<p>De raad bespreekt eerst de nota in haar geheel en gaat daarna in op vijf thema&#8217;s. De raad heeft voor dit
advies ook gesproken met de Vlaamse mantelzorgverenigingen, de Vlaamse Jeugdraad en de Vereniging van Vlaamse
Steden en Gemeenten.</p>
</td>
<td width="4%"></td>
<td width="33%" class="side"><b>Het advies in het kort</b><br/><br/>
De raad steunt de richting van de nota en vraagt:<br/>
&#8211; een erkenning met rechten buiten de sociale zekerheid;<br/>
&#8211; &#233;&#233;n premie voor heel Vlaanderen;<br/>
&#8211; de helft meer respijtzorg;<br/>
&#8211; een aanspreekpunt in elke eerstelijnszone;<br/>
&#8211; oog voor jonge mantelzorgers;<br/>
&#8211; langer verlof voor mantelzorg.<br/><br/>
<i>Contact: Ilse Vanderbeke, stafmedewerker</i></td>
</tr></table>
<h2>2. Algemene bemerkingen</h2>
<p><b>De raad stelt vast dat de conceptnota de mantelzorger voor het eerst centraal plaatst in het Vlaamse
welzijnsbeleid.</b> Tot nu toe werd mantelzorg vooral benaderd als aanvulling op de professionele zorg. De nota
erkent dat mantelzorgers zelf ondersteuning nodig hebben, en dat hun draagkracht niet onbeperkt is.</p>
<p><b>De raad waardeert dat de nota met concrete doelen werkt.</b> Zo wil de minister het aandeel overbelaste
mantelzorgers tegen 2030 terugbrengen van 20 naar 12 procent. De raad mist wel een raming van wat de maatregelen
kosten en hoe ze worden gefinancierd.</p>
<p>Een erkenning van de mantelzorger bestaat vandaag alleen in de federale regelgeving, en alleen met gevolgen
voor de sociale zekerheid. In zijn advies over het Vlaams mantelzorgplan schreef de raad in 2019 al:</p>
<p class="q">&#8216;Een duidelijke erkenning van de mantelzorger, los van het statuut in de sociale zekerheid, is
een voorwaarde om mantelzorgers gericht te kunnen ondersteunen.&#8217; (advies 2019-11, punt 4)<sup>2</sup></p>
<p><b>De raad vraagt de minister om een Vlaamse erkenning van de mantelzorger uit te werken die ook buiten de
sociale zekerheid rechten opent.</b> Denk aan voorrang in de kinderopvang, flexibele lesroosters in het
volwassenenonderwijs of een vermindering bij het openbaar vervoer.</p>
<h2>3. Specifieke bemerkingen</h2>
<h3>3.1 Financi&#235;le ondersteuning</h3>
<p>Vandaag kennen 212 van de 285 Vlaamse gemeenten een mantelzorgpremie. De bedragen lopen uiteen van 5 tot 50 euro
per maand, en de voorwaarden verschillen van gemeente tot gemeente. Wie verhuist of voor iemand in een andere
gemeente zorgt, valt soms uit de boot.</p>
<p><b>De raad adviseert om de gemeentelijke premies te vervangen door &#233;&#233;n Vlaamse mantelzorgpremie van
minstens 60 euro per maand.</b> De gemeenten kunnen hun middelen dan inzetten voor ondersteuning in natura.</p>
<h3>3.2 Respijtzorg</h3>
<p><b>De raad stelt vast dat de wachttijden voor kortverblijf in vijf jaar zijn verdubbeld.</b> Vlaanderen telt
ongeveer 1.950 erkende plaatsen voor kortverblijf. De nachtopvang is in twee provincies zo goed als onbestaande.</p>
<p><b>De raad beveelt aan om het aanbod aan respijtzorg, zoals kortverblijf, nachtopvang en oppashulp, tegen 2030
met de helft uit te breiden.</b> Respijtzorg is de beste bescherming tegen overbelasting.</p>
<table width="100%"><tr><td class="box"><b>Goede praktijk &#8211; de Mantelzorgcentrale Meetjesland</b><br/>
Tien gemeenten in het Meetjesland bundelen sinds 2023 hun aanbod in &#233;&#233;n centrale. Mantelzorgers bellen
&#233;&#233;n nummer voor oppas, vervoer of een gesprek. Andere regio&#8217;s kunnen hier inspiratie uit
halen.</td></tr></table>
<h3>3.3 Toegang en informatie</h3>
<p>Mantelzorgers weten vaak niet waar ze terechtkunnen. De nota verwijst naar het Zorgloket, maar dat is voor veel
mantelzorgers onbekend en bovendien alleen digitaal.</p>
<p><b>De raad vraagt om in elke eerstelijnszone &#233;&#233;n herkenbaar aanspreekpunt voor mantelzorgers te
voorzien, dat ook bij de mensen thuis langskomt.</b></p>
<h3>3.4 Jonge mantelzorgers</h3>
<p>Naar schatting zorgt &#233;&#233;n op de acht jongeren tussen 12 en 25 jaar voor een ouder, broer of zus. Zij
halen vaker lagere resultaten en haken vaker af in het hoger onderwijs. De conceptnota vermeldt hen niet.</p>
<p><b>De raad vraagt om jonge mantelzorgers uitdrukkelijk op te nemen in de nota, met afspraken met de
onderwijsinstellingen over flexibele studietrajecten.</b></p>
<h3>3.5 Werk en zorg</h3>
<p>Het verlof voor mantelzorg is een federale bevoegdheid. Het bedraagt vandaag drie maanden voltijds of zes
maanden halftijds over de hele loopbaan. Voor wie jarenlang voor een ernstig ziek kind of een ouder zorgt, is dat
veel te weinig.</p>
<p><b>De raad vraagt de Vlaamse Regering om bij de federale overheid aan te dringen op een verlenging van het
verlof voor mantelzorg tot twaalf maanden over de hele loopbaan.</b></p>
<h2>4. Tot slot</h2>
<p>De raad is bereid om mee te werken aan de verdere uitwerking van de nota en stelt zijn netwerk graag ter
beschikking.</p>
<p class="sans">Voor de Strategische Adviesraad Welzijn &#8211; Gezondheid &#8211; Gezin,<br/>
Katrien Desmedt, voorzitter &#183; Pieter-Jan Claeys, secretaris</p>
<h3>Noten</h3>
<p class="note">1 Vlaams Instituut voor Gezondheid en Welzijn, Mantelzorgbarometer 2025, p. 14.</p>
<p class="note">2 SAR WGG, advies 2019-11 over het Vlaams mantelzorgplan, 14 november 2019.</p>
"""

RESPONSE = """
<table width="100%"><tr>
<td width="62%"><p class="sans"><b>Vlaams minister van Welzijn, Volksgezondheid en Gezin</b><br/>
<span class="small">Ellipsgebouw, Koning Albert II-laan 35, 1030 Brussel</span></p></td>
<td width="38%"><p class="sans">Mevrouw Katrien Desmedt<br/>Voorzitter SAR WGG<br/>Koning Albert II-laan 35 bus 30<br/>
1030 Brussel</p></td></tr></table>
<table width="100%"><tr>
<td width="22%" class="small">uw bericht van<br/>5 februari 2026</td>
<td width="27%" class="small">uw kenmerk<br/>SAR/ADV/2026-04</td>
<td width="33%" class="small">ons kenmerk<br/>KAB/WVG/2026/0311</td>
<td width="18%" class="small">bijlagen<br/>&#8211;</td></tr></table>
<p class="sans"><b>Betreft: uw advies over de conceptnota &#8216;Zorgen voor wie zorgt&#8217;</b></p>
<p class="sans">Brussel, 16 maart 2026</p>
<p>Beste voorzitter,</p>
<p>Hartelijk dank voor het advies van de SAR WGG over de conceptnota &#8216;Zorgen voor wie zorgt. Mantelzorg in
Vlaanderen 2030&#8217;. Het advies kwam op tijd en is, zoals ik van de raad gewoon ben, grondig onderbouwd. Ik ben
blij dat de raad de richting van de nota steunt. In deze brief laat ik weten wat ik met uw advies doe. Ik begin met
de punten waarover we het snel eens zijn.</p>
<p class="theme">Een aanspreekpunt dicht bij huis</p>
<p>Ik onderschrijf uw vraag volledig. Vanaf 1 januari 2027 krijgt elke eerstelijnszone een mantelzorgcoach die
mantelzorgers ook thuis bezoekt. De middelen daarvoor, 4,2 miljoen euro per jaar, zijn ingeschreven in de
meerjarenraming. De eerstelijnszones kiezen zelf waar de coach wordt ingebed.</p>
<p class="theme">E&#233;n Vlaamse premie</p>
<p>Ik deel uw pleidooi om de versnippering van de gemeentelijke premies te be&#235;indigen. De definitieve nota
voorziet daarom in &#233;&#233;n Vlaamse mantelzorgpremie, met dezelfde voorwaarden in alle gemeenten. Het bedrag
dat de raad voorstelt, kan ik binnen de huidige begrotingsruimte echter niet waarmaken. De premie zal 35 euro per
maand bedragen; in 2028 bekijken we of een verhoging mogelijk is.</p>
<p class="theme">Erkenning</p>
<p>Ik begrijp waarom de raad een eigen Vlaamse erkenning vraagt, en ik ben het zeker niet oneens met de vaststelling
dat de federale erkenning voor veel mantelzorgers weinig oplevert. Toch zie ik een tweede, Vlaams systeem van
erkenning niet zitten. Het zou naast het federale statuut een extra procedure met eigen voorwaarden creëren, en
dat is precies wat mantelzorgers niet nodig hebben. Ik hou daarom vast aan de aanpak van de conceptnota, die
vertrekt van de bestaande federale erkenning.</p>
<p class="theme">Respijtzorg en jonge mantelzorgers</p>
<p>Over de uitbreiding van de respijtzorg kan ik vandaag geen engagement aangaan. Dat maakt deel uit van de
besprekingen over de begrotingsaanpassing 2026 binnen de Vlaamse Regering. Ik zal uw advies in die besprekingen
meenemen.</p>
<p>Uw opmerking over de jonge mantelzorgers is terecht. De definitieve nota krijgt een apart hoofdstuk over
kinderen en jongeren die zorgen, en ik heb mijn collega bevoegd voor Onderwijs gevraagd om samen afspraken te maken
met de hogescholen en universiteiten over flexibele trajecten.</p>
<p class="theme">Andere dossiers</p>
<p>In uw begeleidende mail vroeg u ook naar de stand van zaken van het ontwerp van decreet over het lokaal sociaal
beleid. Dat ontwerp wordt in april voor een eerste principi&#235;le goedkeuring aan de Vlaamse Regering voorgelegd,
waarna ik de raad opnieuw om advies vraag.</p>
<p>De definitieve nota wordt voor het zomerreces aan het Vlaams Parlement bezorgd. Ik nodig de raad graag uit om
ze in juni samen met mijn kabinet voor te stellen aan het werkveld.</p>
<p>Met vriendelijke groeten,</p>
<p class="sans">Hilde Van den Bossche<br/>Vlaams minister van Welzijn, Volksgezondheid en Gezin</p>
"""

RECS = [
    ("1", "De raad vraagt de minister om een Vlaamse erkenning van", "zie ik een tweede, Vlaams systeem van "
     "erkenning niet zitten", "disagrees"),
    ("2", "De raad adviseert om de gemeentelijke premies te vervangen door", "De premie zal 35 euro per maand "
     "bedragen", "partly"),
    ("3", "De raad beveelt aan om het aanbod aan respijtzorg, zoals", "Over de uitbreiding van de respijtzorg kan "
     "ik vandaag geen engagement aangaan", "noted"),
    ("4", "De raad vraagt om in elke eerstelijnszone één herkenbaar aanspreekpunt", "krijgt elke eerstelijnszone "
     "een mantelzorgcoach", "agrees"),
    ("5", "De raad vraagt om jonge mantelzorgers uitdrukkelijk op te nemen", "De definitieve nota krijgt een apart "
     "hoofdstuk over kinderen en jongeren", "agrees"),
    ("6", "De raad vraagt de Vlaamse Regering om bij de federale", None, "unanswered"),
]
UNMATCHED = ["de stand van zaken van het ontwerp van decreet",
             "De definitieve nota wordt voor het zomerreces aan het Vlaams Parlement bezorgd"]
NOTES = ("Flemish strategic advisory council (SAR WGG) advice on a minister's concept note on informal carers "
         "(PyMuPDF Story, serif body) answered by the Flemish minister's letter. Advice: running header and 'blz. "
         "N/M'; page 1 has a shaded sidebar cell 'Het advies in het kort' next to the 'Situering' that lists the six "
         "requests in short dash form; the recommendations are UNNUMBERED bold opening sentences of paragraphs "
         "('De raad vraagt / adviseert / beveelt aan ...'), numbered 1..6 in document order, mixed with bold "
         "opening sentences in the same style that are findings ('De raad stelt vast dat ...' twice, 'De raad "
         "waardeert dat ...'); a quoted recommendation of the council's own 2019 advice ('advies 2019-11, punt 4') "
         "that resembles recommendation 1; a grey 'Goede praktijk' box ('Andere regio's kunnen hier inspiratie "
         "uit halen'); a closing offer to cooperate; superscript note markers and endnotes ('Noten'). Response: "
         "Flemish ministerial letter with the 'uw bericht van / uw kenmerk / ons kenmerk / bijlagen' row, 'Beste "
         "voorzitter', blue bold theme lines without numbers in the order 4, 2, 1, 3+5: 4 'Ik onderschrijf uw vraag "
         "volledig' (agrees); 2 'Ik deel uw pleidooi' for one premium but 35 instead of 60 euro (partly); 1 'ik ben "
         "het zeker niet oneens met de vaststelling ... Toch zie ik ... niet zitten ... hou daarom vast aan de "
         "aanpak van de conceptnota' (disagrees despite the double negation); ONE section 'Respijtzorg en jonge "
         "mantelzorgers' with 3 'kan ik vandaag geen engagement aangaan ... zal uw advies ... meenemen' (noted) and "
         "5 'Uw opmerking ... is terecht', own chapter (agrees). 6 (federal leave) is not answered. 'Andere "
         "dossiers' (another draft decree, the timing and a presentation in June) answers no recommendation.")

if __name__ == "__main__":
    nolig_fonts()
    render(NAME + "_advice.pdf", ADVICE, "SAR WGG \u00b7 Advies 2026-04 \u00b7 Conceptnota Mantelzorg 2030",
           "SAR WGG \u00b7 advies 2026-04 \u00b7 blz. #", "SAR WGG advies 2026-04 Mantelzorg 2030")
    render(NAME + "_response.pdf", RESPONSE, "", "KAB/WVG/2026/0311 \u00b7 #",
           "Antwoord minister op advies SAR WGG 2026-04", where=(68, 60, -68, -62))
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)
