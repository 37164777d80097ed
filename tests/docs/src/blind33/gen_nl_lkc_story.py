"""Round 33 (nl, onderwijs): an (invented) advice of the Landelijke Klachtencommissie Onderwijs (LKC) on a parent's
complaint against the board of an invented secondary-school foundation, answered by the board's DECISION ('Besluit
naar aanleiding van het advies', as the complaints regulation requires within four weeks). Advice: a legal-style
advice ('ADVIES inzake de klacht van ... tegen ...', zaaknummer, datum), chapters in capitals with NUMBERED
PARAGRAPHS (1.1, 4.3 ...) in a hanging number column, complaint parts lettered a.-d. (not recommendations), the
Commissie's judgement per part ('acht ... gegrond'), findings with 'moet' and 'zou ... moeten', an earlier LKC advice
to the same board quoted ('het anti-pestprotocol ... te actualiseren'), and in chapter 5 the judgement followed by six
recommendations 1.-6. under ONE lead-in 'De Commissie beveelt verweerder aan:', each starting in lower case. Response:
letter of the college van bestuur with a right-hand sidebar on page 1 (datum, kenmerk, zaaknummer, afschrift), a
formal 'Besluit' with Roman items I-III (I takes over the judgement on the complaint parts, not a recommendation),
then a 'Toelichting' by theme without numbers in the order judgement, 4+3 (one section, two verdicts), 2, 1, 6,
restoring contact; 5 (complaints regulation) is not answered. Engine: PyMuPDF Story (DejaVu copies without GSUB, so
no ligatures; running header and 'pagina N van M' stamped after layout; sidebar placed with insert_htmlbox)."""
import os
import sys

import pymupdf

sys.path.insert(0, os.path.dirname(__file__))
import _b33nl as B  # noqa: E402

NAME = "blind33_nl_lkc"
SYS = "/usr/share/fonts/truetype/dejavu/"
FD = "/tmp/b33nl_fonts/"
FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSerif.ttf",
         "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf")
MAROON = (0.48, 0.09, 0.2)
BLUE = (0.05, 0.33, 0.55)
GREY = (0.38, 0.38, 0.38)


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
body { font-family: DS; font-size: 9.4pt; line-height: 1.4; }
p { margin: 0 0 5pt 0; }
td { vertical-align: top; }
h1 { font-family: DV; font-weight: bold; font-size: 20pt; letter-spacing: 2pt; margin: 0 0 6pt 0; color: #7a1733; }
h2 { font-family: DV; font-weight: bold; font-size: 9.6pt; letter-spacing: 0.6pt; margin: 11pt 0 4pt 0; color: #7a1733; }
h3 { font-family: DV; font-weight: bold; font-size: 9.2pt; margin: 8pt 0 3pt 0; }
.meta { font-family: DV; font-size: 7.8pt; color: #666666; }
.parties { margin: 0 0 4pt 0; }
.c { text-align: center; }
.nr { font-family: DV; font-size: 8.4pt; color: #7a1733; }
.q { font-style: italic; margin: 0 18pt 5pt 18pt; }
.sig { margin-top: 8pt; }
.lt { font-family: DV; font-size: 9.2pt; line-height: 1.45; }
.lh { font-family: DV; font-weight: bold; font-size: 10pt; color: #0d548c; margin: 10pt 0 3pt 0; }
.roman { font-family: DV; font-weight: bold; }
.side { font-family: DV; font-size: 7.6pt; line-height: 1.35; color: #333333; }
.sl { font-family: DV; font-weight: bold; font-size: 7.2pt; color: #0d548c; margin: 0; }
"""


def stamp(fname, head, foot, title, col):
    doc = pymupdf.open(B.out(fname))
    n = len(doc)
    for i, pg in enumerate(doc):
        pg.insert_font(fontname="dv", fontfile=FD + "DejaVuSans.ttf")
        if head and i > 0:
            pg.draw_line((62, 48), (533, 48), color=col, width=0.6)
            pg.insert_text((62, 43), head, fontsize=7.3, fontname="dv", color=GREY)
        t = foot.replace("#", str(i + 1)).replace("@", str(n))
        pg.insert_text((533 - pymupdf.get_text_length(t, "helv", 7.3), 815), t, fontsize=7.3, fontname="dv",
                       color=GREY)
    doc.set_metadata({"title": title, "producer": "PyMuPDF Story", "creationDate": "", "modDate": ""})
    doc.subset_fonts()
    tmp = B.out(fname) + ".tmp"
    doc.save(tmp, garbage=3, deflate=True, no_new_id=True)
    doc.close()
    os.replace(tmp, B.out(fname))


def numbered(rows):
    """Paragraphs with a hanging number column, as one borderless table."""
    out = ['<table width="100%" cellpadding="0" cellspacing="0">']
    for n, t in rows:
        out.append(f'<tr><td width="7%" class="nr">{n}</td><td width="93%"><p>{t}</p></td></tr>')
    out.append("</table>")
    return "\n".join(out)


# ------------------------------------------------------------------ advice

def advice_html():
    h = []
    h.append('<p class="meta">Landelijke Klachtencommissie Onderwijs \u00b7 Postbus 3120 \u00b7 3502 GC Utrecht</p>')
    h.append('<h1 class="c">ADVIES</h1>')
    h.append('<p class="c">inzake de klacht van:</p>')
    h.append('<p class="c parties">mevrouw M.E. Dijkhuizen, wonende te Rijnvliet,<br/>hierna te noemen: '
             'klaagster,</p>')
    h.append('<p class="c">tegen</p>')
    h.append('<p class="c parties">het college van bestuur van Stichting Openbaar Voortgezet Onderwijs Rijnvliet, '
             'gevestigd te Rijnvliet, bevoegd gezag van het Vlietland College,<br/>hierna te noemen: '
             'verweerder.</p>')
    h.append('<p class="c meta">zaaknummer 2026-0117 \u00b7 datum advies 23 april 2026</p>')
    h.append("<h2>1. PROCEDUREVERLOOP</h2>")
    h.append(numbered([
        ("1.1", "Bij e-mail van 19 januari 2026 heeft klaagster een klacht ingediend bij de Landelijke "
                "Klachtencommissie Onderwijs (hierna: de Commissie). Verweerder heeft op 16 februari 2026 een "
                "verweerschrift ingediend."),
        ("1.2", "De Commissie heeft de klacht op 26 maart 2026 ter zitting behandeld. Klaagster was aanwezig, "
                "bijgestaan door haar partner. Namens verweerder waren aanwezig de heer J. van Hoorn, lid van het "
                "college van bestuur, en mevrouw R. Sedney, teamleider onderbouw van het Vlietland College."),
        ("1.3", "De Commissie heeft de klacht behandeld op grond van de klachtenregeling van verweerder, die "
                "aansluit bij het reglement van de Commissie."),
    ]))
    h.append("<h2>2. DE KLACHT</h2>")
    h.append(numbered([
        ("2.1", "Klaagster is de moeder van een leerling die in het schooljaar 2025\u20132026 in leerjaar 2 van de "
                "vmbo-kaderberoepsgerichte leerweg van het Vlietland College zat (hierna: de leerling). De klacht "
                "bestaat uit de volgende onderdelen. Verweerder heeft:<br/>"
                "a. het pesten van de leerling onvoldoende aangepakt;<br/>"
                "b. klaagster niet ge\u00efnformeerd over het incident van 14 november 2025 in de fietsenstalling;<br/>"
                "c. zonder overleg met klaagster het ontwikkelingsperspectief van de leerling aangepast;<br/>"
                "d. de interne klacht van klaagster niet zorgvuldig en niet binnen een redelijke termijn "
                "behandeld."),
    ]))
    h.append("<h2>3. HET STANDPUNT VAN VERWEERDER</h2>")
    h.append(numbered([
        ("3.1", "Verweerder erkent dat de school het pesten eerder had moeten zien en dat klaagster te laat is "
                "ge\u00efnformeerd over het incident. Volgens verweerder is het ontwikkelingsperspectief wel met "
                "klaagster besproken, in het gesprek van 2 oktober 2025. De interne klachtbehandeling heeft langer "
                "geduurd door de kerstvakantie en de ziekte van de klachtbehandelaar."),
    ]))
    h.append("<h2>4. DE OVERWEGINGEN VAN DE COMMISSIE</h2>")
    h.append(numbered([
        ("4.1", "De Commissie stelt voorop dat een school op grond van de Wet veiligheid op school moet zorgen voor "
                "een sociaal veilige omgeving. De school moet daarvoor beleid voeren, de veiligheid van leerlingen "
                "monitoren en een co\u00f6rdinator hebben bij wie leerlingen en ouders met vragen over pesten "
                "terechtkunnen."),
        ("4.2", "<i>Klachtonderdeel a.</i> Vast staat dat de leerling vanaf september 2025 werd uitgescholden en "
                "buitengesloten door een groep klasgenoten, en dat klaagster dit tussen september en november drie "
                "keer bij de mentor heeft gemeld. De mentor heeft met de leerling gesproken, maar heeft geen "
                "afspraken gemaakt met de klas en de anti-pestco\u00f6rdinator niet ingeschakeld. Het "
                "anti-pestprotocol van de school dateert van 2017 en verwijst nog naar een vertrouwensleerling die "
                "niet meer bestaat. De Commissie acht klachtonderdeel a gegrond."),
        ("4.3", "De Commissie merkt op dat zij verweerder in een eerder advies over een andere school van de stichting "
                "al heeft aanbevolen \u2018het anti-pestprotocol te actualiseren en bekend te maken onder "
                "leerlingen, ouders en personeel\u2019 (advies 2023-0412). Dat dit bij het Vlietland College niet is "
                "gebeurd, rekent de Commissie verweerder aan."),
        ("4.4", "<i>Klachtonderdeel b.</i> Op 14 november 2025 is de leerling in de fietsenstalling door twee "
                "klasgenoten geduwd en geschopt. De school heeft klaagster pas op 19 november gebeld, nadat de "
                "leerling thuis over het incident had verteld. In de schoolgids staat dat ouders \u2018zo spoedig "
                "mogelijk\u2019 worden ge\u00efnformeerd. Een termijn van vijf dagen voldoet daar niet aan. De "
                "Commissie acht klachtonderdeel b gegrond."),
        ("4.5", "<i>Klachtonderdeel c.</i> Uit het verslag van het gesprek van 2 oktober 2025 blijkt dat de "
                "aanpassing van het ontwikkelingsperspectief met klaagster is besproken en dat zij daar niet tegen "
                "heeft geprotesteerd. Wel heeft klaagster dat verslag pas op 4 december ontvangen. Een school zou "
                "gespreksverslagen binnen korte tijd aan ouders moeten sturen, zodat zij kunnen reageren. De "
                "Commissie acht klachtonderdeel c ongegrond."),
        ("4.6", "<i>Klachtonderdeel d.</i> De interne klacht van 3 december 2025 is op 9 januari 2026 afgehandeld, "
                "zonder dat klaagster is gehoord. De klachtenregeling op de website van de school dateert van 2016 en "
                "bevat geen termijn voor de afhandeling; de actuele regeling van de stichting was op de website niet te "
                "vinden. De duur van de behandeling vindt de Commissie, gelet op de kerstvakantie, nog net "
                "aanvaardbaar. De Commissie acht klachtonderdeel d gedeeltelijk gegrond."),
    ]))
    h.append("<h2>5. OORDEEL EN AANBEVELINGEN</h2>")
    h.append(numbered([
        ("5.1", "De Commissie acht klachtonderdelen a en b gegrond, klachtonderdeel c ongegrond en klachtonderdeel d "
                "gedeeltelijk gegrond."),
        ("5.2", "De Commissie beveelt verweerder aan:<br/>"
                "1. het anti-pestprotocol van het Vlietland College v\u00f3\u00f3r 1 oktober 2026 te herzien, samen "
                "met leerlingen en ouders;<br/>"
                "2. alle medewerkers van de onderbouw te scholen in het herkennen van en optreden tegen pesten;<br/>"
                "3. ouders binnen \u00e9\u00e9n werkdag te informeren wanneer hun kind betrokken is bij een ernstig "
                "incident op school;<br/>"
                "4. verslagen van gesprekken met ouders binnen vijf werkdagen aan hen toe te sturen;<br/>"
                "5. de klachtenregeling te actualiseren, daarin een afhandelingstermijn van ten hoogste zes weken op "
                "te nemen en de regeling op de website van de school te publiceren;<br/>"
                "6. de evaluatie van het anti-pestbeleid te bespreken met de medezeggenschapsraad en de "
                "ouderraad."),
        ("5.3", "Verweerder deelt op grond van artikel 11, eerste lid, van zijn klachtenregeling binnen vier weken "
                "na ontvangst van dit advies aan klaagster, de schoolleiding en de Commissie gemotiveerd mee of hij "
                "het oordeel deelt en of hij naar aanleiding daarvan maatregelen neemt."),
    ]))
    h.append('<table width="100%" cellpadding="0" cellspacing="0"><tr><td><p class="sig">Aldus gegeven door de '
             'Commissie op 23 april 2026:<br/>mr. W.F. Roelofsen, voorzitter<br/>drs. K. Bouzambou en E.J. '
             'Tiemersma, leden<br/>mr. L. van der Wiel, secretaris</p></td></tr></table>')
    return "\n".join(h)


def advice():
    fname = NAME + "_advice.pdf"
    story = pymupdf.Story(html=advice_html(), user_css=CSS, archive=pymupdf.Archive(FD))
    w = pymupdf.DocumentWriter(B.out(fname))
    page = pymupdf.paper_rect("a4")
    more, first = 1, True
    while more:
        dev = w.begin_page(page)
        more, _ = story.place(pymupdf.Rect(62, 66 if first else 62, 533, 796))
        first = False
        story.draw(dev)
        w.end_page()
    w.close()
    doc = pymupdf.open(B.out(fname))
    pg = doc[0]
    pg.insert_font(fontname="dvb", fontfile=FD + "DejaVuSans-Bold.ttf")
    pg.draw_rect(pymupdf.Rect(62, 30, 70, 54), color=None, fill=MAROON)
    pg.insert_text((76, 40), "Landelijke Klachtencommissie", fontsize=10.5, fontname="dvb", color=MAROON)
    pg.insert_text((76, 52), "Onderwijs", fontsize=10.5, fontname="dvb", color=MAROON)
    tmp = B.out(fname) + ".pre"
    doc.save(tmp)
    doc.close()
    os.replace(tmp, B.out(fname))
    stamp(fname, "Landelijke Klachtencommissie Onderwijs \u00b7 advies zaaknummer 2026-0117", "pagina # van @",
          "Advies LKC zaaknummer 2026-0117", MAROON)


# ------------------------------------------------------------------ response

RESPONSE = """
<p class="lt">Mevrouw M.E. Dijkhuizen<br/>Waterlelie 17<br/>2421 KT Rijnvliet</p>
<p class="lt" style="margin-top:18pt"><b>Onderwerp: besluit naar aanleiding van het advies van de Landelijke
Klachtencommissie Onderwijs</b></p>
<p class="lt" style="margin-top:10pt">Geachte mevrouw Dijkhuizen,</p>
<p class="lt">Op 24 april 2026 ontvingen wij het advies van de Landelijke Klachtencommissie Onderwijs (hierna: de
Commissie) over uw klacht tegen het Vlietland College. Zoals onze klachtenregeling voorschrijft, laten wij u binnen
vier weken weten of wij het oordeel van de Commissie delen en welke maatregelen wij nemen. Wij hebben het advies
besproken met de directie van de school en met de anti-pestco\u00f6rdinator.</p>
<p class="lh">Besluit</p>
<p class="lt">Het college van bestuur van Stichting Openbaar Voortgezet Onderwijs Rijnvliet,<br/>
gelet op het advies van de Commissie van 23 april 2026, zaaknummer 2026-0117,<br/>gelet op artikel 11 van de
Klachtenregeling SOVOR 2021,</p>
<p class="lt"><b>besluit:</b></p>
<table width="100%" cellpadding="0" cellspacing="0">
<tr><td width="7%" class="roman lt">I.</td><td width="93%"><p class="lt">het oordeel van de Commissie over de
klachtonderdelen a, b, c en d over te nemen;</p></td></tr>
<tr><td width="7%" class="roman lt">II.</td><td width="93%"><p class="lt">naar aanleiding van het advies de maatregelen
te nemen die in de toelichting bij dit besluit zijn beschreven;</p></td></tr>
<tr><td width="7%" class="roman lt">III.</td><td width="93%"><p class="lt">dit besluit toe te zenden aan de Commissie,
de directie van het Vlietland College en de medezeggenschapsraad.</p></td></tr>
</table>
<p class="lh">Toelichting</p>
<p class="lt"><b>Het oordeel.</b> Wij nemen het oordeel van de Commissie volledig over. Uw zoon had zich op onze school
veilig moeten voelen, en dat was niet zo. Daarvoor bieden wij u en uw zoon onze excuses aan. Ook het oordeel over het
ontwikkelingsperspectief nemen wij over.</p>
<p class="lt"><b>Contact met ouders.</b> Sinds het begin van dit schooljaar krijgen ouders het verslag van elk gesprek
met de mentor of de teamleider binnen vijf werkdagen toegestuurd. Dat hebben wij in augustus 2025 voor al onze
scholen afgesproken. In uw geval is het verslag veel te laat verstuurd; dat had niet mogen gebeuren.</p>
<p class="lt">De aanbeveling om ouders binnen \u00e9\u00e9n werkdag over een ernstig incident te informeren, nemen wij
niet over. Na een incident wil de school eerst zorgvuldig uitzoeken wat er is gebeurd en met alle betrokken
leerlingen spreken, voordat zij ouders informeert. Dat lukt niet altijd binnen een dag. Wij houden daarom vast aan de
werkwijze uit de schoolgids. Wel hebben wij met de school afgesproken dat de mentor ouders bij twijfel eerder belt dan
later.</p>
<p class="lt"><b>Scholing.</b> Alle mentoren en teamleiders van de onderbouw volgen in het najaar van 2026 een
tweedaagse training over het signaleren en aanpakken van pesten. Voor de overige medewerkers organiseren wij geen
aparte training; zij worden op de studiedag van 5 oktober 2026 bijgepraat door de anti-pestco\u00f6rdinator.</p>
<p class="lt"><b>Het anti-pestprotocol.</b> Het Vlietland College werkt aan een nieuw protocol, waarin onder meer de
rol van de anti-pestco\u00f6rdinator en de afspraken met de klas na een melding worden vastgelegd. De leerlingenraad
en de ouders denken daarover mee in twee bijeenkomsten in juni. De directie stelt het nieuwe protocol voor het begin
van het nieuwe schooljaar vast, dus eerder dan de Commissie vraagt.</p>
<p class="lt"><b>Medezeggenschap.</b> De medezeggenschapsraad en de ouderraad bepalen zelf wat zij bespreken. Wij sturen
hun het advies van de Commissie en dit besluit toe; of zij de evaluatie van het anti-pestbeleid willen bespreken, laten
wij aan hen.</p>
<p class="lt"><b>Herstel van het contact.</b> De rector van het Vlietland College, de heer P. Wesselink, nodigt u en uw
zoon graag uit voor een gesprek over de rest van zijn schoolloopbaan. Uw zoon heeft sinds februari een andere mentor
en zit in een andere klas; volgens de school gaat het nu beter met hem.</p>
<p class="lt">Wij realiseren ons dat deze klacht veel van u heeft gevraagd. Wij hopen dat dit besluit bijdraagt aan
het herstel van uw vertrouwen in de school.</p>
<p class="lt" style="margin-top:8pt">Met vriendelijke groet,<br/>namens het college van bestuur,<br/><br/>drs. A.C.
Lammers<br/>voorzitter</p>
"""

SIDE = """
<p class="sl">Datum</p><p class="side">19 mei 2026</p>
<p class="sl">Ons kenmerk</p><p class="side">CvB/2026/118</p>
<p class="sl">Zaaknummer LKC</p><p class="side">2026-0117</p>
<p class="sl">Contactpersoon</p><p class="side">mr. S. Boukhari<br/>bestuurssecretaris<br/>0172 55 80 10</p>
<p class="sl">Afschrift aan</p><p class="side">Landelijke Klachtencommissie Onderwijs; directie Vlietland College;
medezeggenschapsraad Vlietland College</p>
"""


def response():
    fname = NAME + "_response.pdf"
    story = pymupdf.Story(html=RESPONSE, user_css=CSS, archive=pymupdf.Archive(FD))
    w = pymupdf.DocumentWriter(B.out(fname))
    page = pymupdf.paper_rect("a4")
    more, first = 1, True
    while more:
        dev = w.begin_page(page)
        more, _ = story.place(pymupdf.Rect(62, 150, 418, 790) if first else pymupdf.Rect(62, 62, 533, 790))
        first = False
        story.draw(dev)
        w.end_page()
    w.close()
    doc = pymupdf.open(B.out(fname))
    pg = doc[0]
    pg.insert_font(fontname="dvb", fontfile=FD + "DejaVuSans-Bold.ttf")
    pg.insert_font(fontname="dv", fontfile=FD + "DejaVuSans.ttf")
    pg.draw_rect(pymupdf.Rect(0, 0, page.width, 8), color=None, fill=BLUE)
    pg.draw_circle((74, 52), 12, color=None, fill=BLUE)
    pg.insert_text((68.5, 56.5), "R", fontsize=13, fontname="dvb", color=(1, 1, 1))
    pg.insert_text((94, 50), "Stichting Openbaar Voortgezet Onderwijs Rijnvliet", fontsize=10.5, fontname="dvb",
                   color=BLUE)
    pg.insert_text((94, 62), "College van bestuur \u00b7 Postbus 410 \u00b7 2420 AK Rijnvliet", fontsize=7.8,
                   fontname="dv", color=GREY)
    pg.draw_line((430, 150), (430, 400), color=(0.75, 0.8, 0.88), width=0.5)
    pg.insert_htmlbox(pymupdf.Rect(438, 150, 540, 420), SIDE, css=CSS, archive=pymupdf.Archive(FD))
    tmp = B.out(fname) + ".pre"
    doc.save(tmp)
    doc.close()
    os.replace(tmp, B.out(fname))
    stamp(fname, "SOVOR \u00b7 besluit naar aanleiding van het advies LKC 2026-0117 \u00b7 19 mei 2026",
          "pagina # van @", "Besluit naar aanleiding van het advies LKC 2026-0117", BLUE)


RECS = [
    ("1", "het anti-pestprotocol van het Vlietland College v\u00f3\u00f3r 1 oktober 2026 te herzien",
     "De directie stelt het nieuwe protocol voor het begin van", "agrees"),
    ("2", "alle medewerkers van de onderbouw te scholen in het herkennen",
     "Voor de overige medewerkers organiseren wij geen aparte training", "partly"),
    ("3", "ouders binnen \u00e9\u00e9n werkdag te informeren wanneer hun kind betrokken",
     "Wij houden daarom vast aan de werkwijze uit de schoolgids", "disagrees"),
    ("4", "verslagen van gesprekken met ouders binnen vijf werkdagen aan hen",
     "Dat hebben wij in augustus 2025 voor al onze scholen afgesproken", "agrees"),
    ("5", "de klachtenregeling te actualiseren, daarin een afhandelingstermijn van ten hoogste", None, "unanswered"),
    ("6", "de evaluatie van het anti-pestbeleid te bespreken met de medezeggenschapsraad",
     "willen bespreken, laten wij aan hen", "noted"),
]
UNMATCHED = ["Daarvoor bieden wij u en uw zoon onze excuses aan",
             "nodigt u en uw zoon graag uit voor een gesprek",
             "dit besluit toe te zenden aan de Commissie"]
NOTES = ("Education: advice of the Landelijke Klachtencommissie Onderwijs on a parent's complaint about bullying "
         "(PyMuPDF Story, serif, legal style) answered by the board's decision letter 'besluit naar aanleiding van "
         "het advies' (Story, sans). Advice: 'ADVIES inzake de klacht van ... tegen ...', zaaknummer 2026-0117; "
         "chapters in capitals with NUMBERED PARAGRAPHS 1.1-5.3 in a hanging number column; the complaint parts a.-d. "
         "(2.1) are not recommendations, nor is the judgement per part ('acht klachtonderdeel a gegrond'); 4.1 'moet' "
         "(Wet veiligheid op school); 4.3 quotes an earlier LKC advice to the same board ('het anti-pestprotocol te "
         "actualiseren ...', advies 2023-0412) resembling 1; 4.5 'Een school zou gespreksverslagen ... moeten sturen' "
         "resembling 4. The six recommendations stand only in 5.2, as a list 1.-6. under ONE lead-in 'De Commissie "
         "beveelt verweerder aan:', each starting in lower case; 5.3 cites artikel 11 of the complaints regulation. "
         "Response: letter with a sidebar on page 1 (Datum, Ons kenmerk, Zaaknummer LKC, Afschrift aan); a formal "
         "'Besluit' with Roman items I-III (I takes over the judgement on complaint parts a-d; III sends the decision "
         "round; neither answers a recommendation); 'Toelichting' with bold run-in themes without numbers, order "
         "judgement (apology: answers nothing), 'Contact met ouders' = 4 (reports within five working days already "
         "agreed in August 2025: agrees, already doing it) and, in its second paragraph, 3 ('nemen wij niet over ... "
         "houden daarom vast aan de werkwijze uit de schoolgids': disagrees); 'Scholing' = 2 (mentors and team leaders "
         "trained, the other staff only briefed: partly); 'Het anti-pestprotocol' = 1 (new protocol before the new "
         "school year, earlier than asked: agrees); 'Medezeggenschap' = 6 (the councils decide themselves, 'laten wij "
         "aan hen': noted); 'Herstel van het contact' answers nothing. 5 (update and publish the complaints regulation) "
         "is not answered, although the Besluit and the letter mention the complaints regulation and complaint part "
         "d.")

if __name__ == "__main__":
    nolig_fonts()
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)
