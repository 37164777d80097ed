"""Round 32 (nl, Caribisch Nederland): an (invented) report of the College voor de Rechten van de Mens on the right to
housing on Bonaire, Sint Eustatius and Saba, answered by the state secretary for Kingdom Relations' letter to the
Tweede Kamer with the cabinet's reaction, in which the recommendations are QUOTED in grey boxes and answered one by
one. Advice: title band, one-column summary, then a TWO-COLUMN body; recommendations in tinted boxes at the end of
chapters, coded by addressee (R1-R4 to the government, O1-O3 to the island executives) and interleaved in the order
R1, R2, R3, O1, O2, R4, O3; traps: article 22 Grondwet quoted, article 11 IVESCR, a summary sentence 'beveelt ... onder
meer aan', cross-references '(zie aanbeveling R3)', an earlier recommendation of the UN committee quoted, a small
table of rents, footnotes as endnotes. Response: ministry letter (Datum/Betreft/Kenmerk/Uw kenmerk), quoted boxes
'Aanbeveling R3', 'Aanbeveling R1', 'Aanbeveling R4', 'Aanbevelingen O1 en O2' (one reply, two verdicts),
'Aanbeveling R2'; O3 unanswered; 'Aanleiding', 'Samenhang met het sociaal minimum' and 'Tot slot' answer nothing.
Engine: PyMuPDF Story (DejaVu copies without GSUB, so no ligatures; running header and 'pagina N van M' stamped
after layout; two columns by placing the story into two rectangles per page)."""
import os
import sys

import pymupdf

sys.path.insert(0, os.path.dirname(__file__))
import _b32nl as B  # noqa: E402

NAME = "blind32_nl_mensenrechten"
SYS = "/usr/share/fonts/truetype/dejavu/"
FD = "/tmp/b32nl_fonts/"
FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSerif.ttf",
         "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf")
TEAL = (0.0, 0.42, 0.45)
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
body { font-family: DV; font-size: 8.6pt; line-height: 1.42; }
p { margin: 0 0 5pt 0; }
h1 { font-family: DV; font-weight: bold; font-size: 19pt; margin: 0 0 3pt 0; color: #006b73; }
h2 { font-family: DV; font-weight: bold; font-size: 10.8pt; margin: 10pt 0 4pt 0; color: #006b73; }
h3 { font-family: DV; font-weight: bold; font-size: 9pt; margin: 7pt 0 2pt 0; }
td { vertical-align: top; }
.sub { font-size: 11.5pt; color: #333333; margin: 0 0 6pt 0; }
.meta { font-size: 7.8pt; color: #666666; }
.lead { font-size: 9.4pt; line-height: 1.45; }
.rec { background-color: #dcefef; font-size: 8.6pt; padding: 6pt; margin: 4pt 0 6pt 0; }
.code { font-weight: bold; color: #006b73; }
.q { font-family: DS; font-style: italic; margin: 0 10pt 5pt 10pt; }
.cell { font-size: 7.8pt; }
.note { font-size: 7pt; margin: 0 0 2pt 0; }
.serif { font-family: DS; font-size: 9.8pt; line-height: 1.45; }
.small { font-size: 7.5pt; color: #555555; }
.lab { font-size: 7.5pt; color: #555555; white-space: nowrap; padding-right: 12pt; }
.quote { background-color: #eeeeee; font-family: DS; font-style: italic; font-size: 9.2pt; padding: 6pt; margin: 2pt 0 6pt 0; }
.th { font-family: DV; font-weight: bold; font-size: 10pt; color: #154273; margin: 12pt 0 3pt 0; }
"""


def stamp(fname, head, foot, title, band=None):
    doc = pymupdf.open(B.out(fname))
    n = len(doc)
    for i, pg in enumerate(doc):
        pg.insert_font(fontname="dv", fontfile=FD + "DejaVuSans.ttf")
        if head and i > 0:
            pg.draw_line((56, 48), (539, 48), color=band or TEAL, width=0.6)
            pg.insert_text((56, 43), head, fontsize=7.3, fontname="dv", color=GREY)
        t = foot.replace("#", str(i + 1)).replace("@", str(n))
        pg.insert_text((539 - pymupdf.get_text_length(t, "helv", 7.3), 815), t, fontsize=7.3, fontname="dv",
                       color=GREY)
    doc.set_metadata({"title": title, "producer": "PyMuPDF Story", "creationDate": "", "modDate": ""})
    doc.subset_fonts()
    tmp = B.out(fname) + ".tmp"
    doc.save(tmp, garbage=3, deflate=True, no_new_id=True)
    doc.close()
    os.replace(tmp, B.out(fname))


# ------------------------------------------------------------------ advice

TOP = """
<p class="meta">College voor de Rechten van de Mens &#183; Rapport &#183; maart 2026</p>
<h1>Een dak boven je hoofd</h1>
<p class="sub">Het recht op huisvesting in Caribisch Nederland</p>
<h2>Samenvatting</h2>
<p class="lead">Op Bonaire, Sint Eustatius en Saba is een betaalbare en fatsoenlijke woning voor veel mensen
onbereikbaar. De huren in de vrije sector stegen sinds 2019 met meer dan de helft, terwijl de inkomens nauwelijks
meegroeiden. Op Bonaire staan ruim 1.400 huishoudens op de wachtlijst voor een sociale huurwoning. Wie een woning
heeft, woont vaak in slechte omstandigheden: lekkende daken, schimmel en geen aansluiting op het riool. Het College
vindt dat Nederland hiermee tekortschiet in zijn verplichtingen. Het College beveelt de regering onder meer aan om
de huurtoeslag te verruimen en meer te bouwen, en vraagt de eilanden om huurders beter te beschermen. In totaal doet
het College zeven aanbevelingen, in kaders aan het eind van de hoofdstukken.</p>
"""

BODY = """
<h2>1 Inleiding</h2>
<p>Het College voor de Rechten van de Mens is het nationale instituut voor de rechten van de mens. Het College
onderzoekt de naleving van mensenrechten in het Europese en het Caribische deel van Nederland (artikel 3 van de Wet
College voor de rechten van de mens). Dit rapport gaat over het recht op huisvesting.</p>
<p>Dat recht staat in artikel 11 van het Internationaal Verdrag inzake economische, sociale en culturele rechten.
Ook de Grondwet verplicht de overheid ertoe: &#8216;Bevordering van voldoende woongelegenheid is voorwerp van zorg
der overheid&#8217; (artikel 22, tweede lid). Die verplichting geldt op de eilanden net zo goed als in Den Haag of
Groningen.</p>
<p>Voor dit onderzoek sprak het College in oktober en november 2025 met 64 bewoners, met de drie bestuurscolleges, de
woningcorporaties, maatschappelijke organisaties en de Rijksvertegenwoordiger. Ook analyseerde het College cijfers van
het CBS en van de openbare lichamen.<sup>1</sup></p>
<h2>2 Betaalbaarheid</h2>
<p>Een alleenstaande met een minimumloon op Bonaire houdt na betaling van een gemiddelde huur in de vrije sector
minder dan 500 dollar per maand over voor alle andere uitgaven. Sinds 2020 bestaat op de eilanden een huurtoeslag,
maar alleen voor woningen met een huur tot 700 dollar. In de vrije sector is zo&#8217;n woning nauwelijks te
vinden.</p>
<table width="100%" cellpadding="2">
<tr><td width="56%" class="cell"><b>Gemiddelde huur vrije sector</b></td><td width="22%" class="cell"><b>2019</b></td><td width="22%" class="cell"><b>2025</b></td></tr>
<tr><td width="56%" class="cell">Bonaire</td><td width="22%" class="cell">$760</td><td width="22%" class="cell">$1.230</td></tr>
<tr><td width="56%" class="cell">Sint Eustatius</td><td width="22%" class="cell">$640</td><td width="22%" class="cell">$980</td></tr>
<tr><td width="56%" class="cell">Saba</td><td width="22%" class="cell">$700</td><td width="22%" class="cell">$1.090</td></tr>
</table>
<p class="small">Bron: bewerking College van gegevens van het CBS en de openbare lichamen.</p>
<div class="rec"><span class="code">Aanbeveling R1</span><br/>
Het College beveelt de regering aan om de huurtoeslag in Caribisch Nederland open te stellen voor huurders in de
vrije sector met een huur tot 1.100 dollar per maand.</div>
<h2>3 Beschikbaarheid</h2>
<p>De woningcorporaties op de drie eilanden bouwden tussen 2020 en 2025 samen 412 sociale huurwoningen. Dat is minder
dan de helft van wat in de Woonagenda Caribisch Nederland werd beoogd. Bouwen is duur en traag: materiaal moet worden
ingevoerd en er zijn weinig bouwbedrijven. De afspraken tussen het Rijk en de corporaties gelden steeds maar voor
&#233;&#233;n of twee jaar, waardoor de corporaties geen grote projecten durven te beginnen.</p>
<div class="rec"><span class="code">Aanbeveling R2</span><br/>
Het College beveelt de regering aan om met de woningcorporaties meerjarige afspraken te maken over de bouw van ten
minste 1.000 sociale huurwoningen tot 2032, met de financiering die daarvoor nodig is.</div>
<h2>4 Kwaliteit en rechtsbescherming</h2>
<p>Veel bewoners vertelden het College over achterstallig onderhoud. Een moeder op Sint Eustatius woont met drie
kinderen in een huis waarvan het dak al twee jaar lekt. Zij durft niet te klagen uit angst dat haar huur wordt
opgezegd. Op Bonaire kunnen huurders met een geschil terecht bij een huurcommissie, op Sint Eustatius en Saba niet.
Daar rest alleen de gang naar de rechter, en die is voor de meeste huurders te duur en te ingewikkeld.</p>
<p>Het VN-Comit&#233; voor economische, sociale en culturele rechten gaf Nederland in 2017 al in overweging:</p>
<p class="q">&#8216;Zorg ervoor dat huurders in alle delen van het Koninkrijk toegang hebben tot laagdrempelige
geschilbeslechting.&#8217;</p>
<p>Die aanbeveling is voor Sint Eustatius en Saba nog niet uitgevoerd. Bovendien weten huurders vaak niet waar zij met
een klacht over hun woning terechtkunnen; de bevoegdheden liggen deels bij het Rijk en deels bij de eilanden.</p>
<div class="rec"><span class="code">Aanbeveling R3</span><br/>
Het College beveelt de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties aan om ook op Sint Eustatius en
Saba een huurcommissie in te stellen, die kosteloos toegankelijk is.<br/><br/>
<span class="code">Aanbeveling O1</span><br/>
Het College beveelt de bestuurscolleges aan om op elk eiland &#233;&#233;n loket in te richten waar huurders terechtkunnen
met klachten over de staat van hun woning.</div>
<h2>5 Dakloosheid</h2>
<p>Hoeveel mensen op de eilanden dakloos zijn, weet niemand precies. Hulpverleners op Bonaire schatten dat het om
ongeveer 150 mensen gaat, onder wie gezinnen met kinderen die bij familie op de bank slapen. Er is op Bonaire
&#233;&#233;n nachtopvang met twaalf bedden, alleen voor mannen. Op Sint Eustatius en Saba is er geen enkele vorm van
noodopvang. De regering zou volgens het College beter zicht moeten hebben op de omvang van het probleem (zie
aanbeveling R4).</p>
<div class="rec"><span class="code">Aanbeveling O2</span><br/>
Het College beveelt de bestuurscolleges aan om te zorgen voor noodopvang voor mensen die dakloos raken, met aparte
plaatsen voor vrouwen en voor gezinnen met kinderen.<br/><br/>
<span class="code">Aanbeveling R4</span><br/>
Het College beveelt de regering aan om het CBS jaarlijks cijfers te laten publiceren over woonlasten en dakloosheid
op de drie eilanden.</div>
<h2>6 Inspraak</h2>
<p>Op Bonaire wordt de wijk Kaya Dos Pos de komende jaren vernieuwd. Ruim tweehonderd woningen worden gesloopt of
gerenoveerd. Bewoners hoorden over de plannen uit de krant. Het recht op huisvesting houdt ook in dat mensen worden
betrokken bij besluiten over hun woonomgeving.</p>
<div class="rec"><span class="code">Aanbeveling O3</span><br/>
Het College beveelt het bestuurscollege van Bonaire aan om de bewoners van Kaya Dos Pos een eigen stem te geven in de
plannen voor de vernieuwing van hun wijk, bijvoorbeeld via een bewonerscommissie.</div>
<h2>7 Tot slot</h2>
<p>Het College vraagt de regering en de bestuurscolleges om binnen zes maanden te reageren op dit rapport. Het College
zal de opvolging van de aanbevelingen volgen en in 2028 opnieuw rapporteren over de woonsituatie in Caribisch
Nederland.</p>
<h3>Noot</h3>
<p class="note">1 CBS, Trends in het Caribisch deel van Nederland 2025; gegevens van de openbare lichamen Bonaire, Sint
Eustatius en Saba, peildatum 1 juli 2025.</p>
"""


def advice():
    fname = NAME + "_advice.pdf"
    archive = pymupdf.Archive(FD)
    top = pymupdf.Story(html=TOP, user_css=CSS, archive=archive)
    body = pymupdf.Story(html=BODY, user_css=CSS, archive=archive)
    w = pymupdf.DocumentWriter(B.out(fname))
    page = pymupdf.paper_rect("a4")
    L, R, T, Bm, G = 56, 539, 62, 790, 18
    colw = (R - L - G) / 2
    first = True
    more = 1
    while more:
        dev = w.begin_page(page)
        y0 = T
        if first:
            _, filled = top.place(pymupdf.Rect(L, 44, R, 400))
            top.draw(dev)
            y0 = pymupdf.Rect(filled).y1 + 10
            first = False
        for x0 in (L, L + colw + G):
            more, _ = body.place(pymupdf.Rect(x0, y0, x0 + colw, Bm))
            body.draw(dev)
            if not more:
                break
        w.end_page()
    w.close()
    # title band on page 1
    doc = pymupdf.open(B.out(fname))
    pg = doc[0]
    pg.draw_rect(pymupdf.Rect(0, 0, page.width, 30), color=None, fill=TEAL, overlay=False)
    pg.insert_font(fontname="dvb", fontfile=FD + "DejaVuSans-Bold.ttf")
    pg.insert_text((56, 20), "College voor de Rechten van de Mens", fontsize=9.5, fontname="dvb", color=(1, 1, 1))
    tmp = B.out(fname) + ".pre"
    doc.save(tmp)
    doc.close()
    os.replace(tmp, B.out(fname))
    stamp(fname, "College voor de Rechten van de Mens \u00b7 Een dak boven je hoofd \u00b7 maart 2026",
          "pagina # van @", "Een dak boven je hoofd - het recht op huisvesting in Caribisch Nederland")


# ------------------------------------------------------------------ response

RESPONSE = """
<p class="small" style="margin-left: 236pt; margin-bottom: 18pt"><b>Ministerie van Binnenlandse Zaken en
Koninkrijksrelaties</b><br/>Directie Koninkrijksrelaties<br/>Turfmarkt 147, Den Haag<br/>Postbus 20011, 2500 EA Den
Haag</p>
<p class="small">&gt; Retouradres Postbus 20011 2500 EA Den Haag</p>
<p class="serif">Aan de Voorzitter van de Tweede Kamer der Staten-Generaal<br/>Postbus 20018<br/>2500 EA Den Haag</p>
<table>
<tr><td width="20%" class="lab">Datum</td><td class="small">14 april 2026</td></tr>
<tr><td width="20%" class="lab">Betreft</td><td class="small">Kabinetsreactie op het rapport &#8216;Een dak boven je
hoofd&#8217; van het College voor de Rechten van de Mens</td></tr>
<tr><td width="20%" class="lab">Kenmerk</td><td class="small">2026-0000219874</td></tr>
<tr><td width="20%" class="lab">Uw kenmerk</td><td class="small">&#8211;</td></tr>
</table>
<p class="serif">Geachte voorzitter,</p>
<p class="th">Aanleiding</p>
<p class="serif">Op 12 maart 2026 heeft het College voor de Rechten van de Mens het rapport &#8216;Een dak boven je
hoofd. Het recht op huisvesting in Caribisch Nederland&#8217; gepubliceerd. Het College schetst een indringend beeld
van de woonsituatie op Bonaire, Sint Eustatius en Saba. Ik dank het College voor dit zorgvuldige onderzoek en voor de
stem die het rapport geeft aan de bewoners van de eilanden. Met deze brief bied ik u, mede namens de minister van
Volkshuisvesting en Ruimtelijke Ordening, de kabinetsreactie aan. Ik ga hieronder in op de aanbevelingen; de
aanbevelingen aan de openbare lichamen heb ik met de bestuurscolleges besproken.</p>
<p class="th">Huurbescherming</p>
<p class="quote">Aanbeveling R3: Het College beveelt de staatssecretaris van Binnenlandse
Zaken en Koninkrijksrelaties aan om ook op Sint Eustatius en Saba een huurcommissie in te stellen, die kosteloos
toegankelijk is.</p>
<p class="serif">Ik neem deze aanbeveling over. Huurders op Sint Eustatius en Saba moeten een geschil met hun
verhuurder net zo eenvoudig kunnen voorleggen als huurders op Bonaire. Ik bereid een wijziging van de Wet huurprijzen
woonruimte BES voor, waarmee de huurcommissie bevoegd wordt voor alle drie de eilanden. De commissie houdt zitting op
het eiland zelf. Het wetsvoorstel gaat dit najaar in internetconsultatie.</p>
<p class="th">Huurtoeslag</p>
<p class="quote">Aanbeveling R1: Het College beveelt de regering aan om de huurtoeslag in
Caribisch Nederland open te stellen voor huurders in de vrije sector met een huur tot 1.100 dollar per
maand.</p>
<p class="serif">Het kabinet erkent dat de huurtoeslag veel huurders in de vrije sector niet bereikt. De
huurtoeslaggrens wordt per 1 januari 2027 verhoogd van 700 naar 900 dollar per maand. Daarmee komen naar schatting
1.100 extra huishoudens in aanmerking. Een grens van 1.100 dollar zou de kosten ruim verdubbelen en bovendien de huren
verder opdrijven; daarvoor kiest het kabinet niet.</p>
<p class="th">Cijfers</p>
<p class="quote">Aanbeveling R4: Het College beveelt de regering aan om het CBS jaarlijks
cijfers te laten publiceren over woonlasten en dakloosheid op de drie eilanden.</p>
<p class="serif">Ik deel met het College het belang van goede cijfers. Het CBS publiceert de woonlasten al elke twee
jaar in het onderzoek naar de kosten van levensonderhoud op de eilanden. Een aparte jaarlijkse telling van
dakloosheid is op eilanden van deze omvang niet betrouwbaar uit te voeren, en de privacy van de betrokkenen is
moeilijk te waarborgen. Ik neem deze aanbeveling daarom niet over.</p>
<p class="th">Klachten en noodopvang</p>
<p class="quote">Aanbevelingen O1 en O2: Het College beveelt de bestuurscolleges aan om op
elk eiland &#233;&#233;n loket in te richten waar huurders terechtkunnen met klachten over de staat van hun woning, en
om te zorgen voor noodopvang voor mensen die dakloos raken, met aparte plaatsen voor vrouwen en voor gezinnen met
kinderen.</p>
<p class="serif">Deze aanbevelingen zijn gericht aan de bestuurscolleges. Alle drie de bestuurscolleges hebben laten
weten dat zij een woonloket gaan inrichten. Op Bonaire opent het loket op 1 juni 2026 in het Kantoor Burgerzaken; Sint
Eustatius en Saba volgen voor het eind van het jaar. Het Rijk draagt de eerste drie jaar bij in de kosten.</p>
<p class="serif">Over de noodopvang hebben de bestuurscolleges nog geen besluit genomen. Opvang is een taak van de
openbare lichamen, en ik treed niet in hun afweging. Ik heb wel aangeboden het onderwerp te agenderen voor het
eerstvolgende bestuurlijk overleg.</p>
<p class="th">Nieuwbouw</p>
<p class="quote">Aanbeveling R2: Het College beveelt de regering aan om met de
woningcorporaties meerjarige afspraken te maken over de bouw van ten minste 1.000 sociale huurwoningen tot 2032, met
de financiering die daarvoor nodig is.</p>
<p class="serif">De minister van Volkshuisvesting en Ruimtelijke Ordening laat dit najaar de Woonagenda Caribisch
Nederland 2022&#8211;2026 evalueren. De afspraken over de bouwopgave na 2026 worden in de nieuwe woonagenda gemaakt.
Het kabinet wil niet vooruitlopen op de uitkomsten van de evaluatie en neemt de aanbeveling van het College daarin
mee.</p>
<p class="th">Samenhang met het sociaal minimum</p>
<p class="serif">Woonlasten zijn een belangrijk onderdeel van het ijkpunt sociaal minimum voor Caribisch Nederland.
Zoals toegezegd in het commissiedebat van 5 februari 2026 ontvangt uw Kamer voor de zomer een brief over de
verdere verhoging van de uitkeringen en het wettelijk minimumloon op de eilanden.</p>
<p class="th">Tot slot</p>
<p class="serif">Het kabinet deelt de conclusie van het College dat het recht op huisvesting op de eilanden onder
druk staat. Ik zal uw Kamer jaarlijks in de voortgangsbrief Caribisch Nederland informeren over de uitvoering van
deze reactie.</p>
<p class="serif">De staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties,<br/><br/>drs. M.E. Kroon</p>
"""


def response():
    fname = NAME + "_response.pdf"
    story = pymupdf.Story(html=RESPONSE, user_css=CSS, archive=pymupdf.Archive(FD))
    w = pymupdf.DocumentWriter(B.out(fname))
    rect = pymupdf.paper_rect("a4")
    more = 1
    first = True
    while more:
        dev = w.begin_page(rect)
        where = pymupdf.Rect(70, 46 if first else 64, 520, 790)
        first = False
        more, _ = story.place(where)
        story.draw(dev)
        w.end_page()
    w.close()
    doc = pymupdf.open(B.out(fname))
    pg = doc[0]
    pg.draw_rect(pymupdf.Rect(291, 0, 303, 40), color=None, fill=(0.08, 0.26, 0.45), overlay=True)
    tmp = B.out(fname) + ".pre"
    doc.save(tmp)
    doc.close()
    os.replace(tmp, B.out(fname))
    stamp(fname, "Kabinetsreactie rapport \u2018Een dak boven je hoofd\u2019 \u00b7 kenmerk 2026-0000219874",
          "Pagina # van @", "Kabinetsreactie op het rapport Een dak boven je hoofd", band=(0.08, 0.26, 0.45))


RECS = [
    ("R1", "Het College beveelt de regering aan om de huurtoeslag", "wordt per 1 januari 2027 verhoogd van 700 "
     "naar 900 dollar", "partly"),
    ("R2", "Het College beveelt de regering aan om met de woningcorporaties", "Het kabinet wil niet vooruitlopen op "
     "de uitkomsten van de evaluatie", "noted"),
    ("R3", "Het College beveelt de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties", "waarmee de "
     "huurcommissie bevoegd wordt voor alle drie de eilanden", "agrees"),
    ("O1", "Het College beveelt de bestuurscolleges aan om op elk eiland", "Alle drie de bestuurscolleges hebben "
     "laten weten dat zij een woonloket", "agrees"),
    ("O2", "Het College beveelt de bestuurscolleges aan om te zorgen voor noodopvang", "Over de noodopvang hebben de "
     "bestuurscolleges nog geen besluit genomen", "noted"),
    ("R4", "Het College beveelt de regering aan om het CBS jaarlijks", "Een aparte jaarlijkse telling van "
     "dakloosheid is op eilanden", "disagrees"),
    ("O3", "Het College beveelt het bestuurscollege van Bonaire aan om", None, "unanswered"),
]
UNMATCHED = ["Ik dank het College voor dit zorgvuldige onderzoek",
             "Woonlasten zijn een belangrijk onderdeel van het ijkpunt sociaal minimum",
             "Ik zal uw Kamer jaarlijks in de voortgangsbrief Caribisch Nederland informeren"]
NOTES = ("Caribisch Nederland: report of the College voor de Rechten van de Mens on the right to housing on Bonaire, "
         "Sint Eustatius and Saba (PyMuPDF Story) answered by the state secretary for Kingdom Relations' letter to "
         "the Tweede Kamer with the cabinet's reaction. Advice: teal title band, one-column summary ('Het College "
         "beveelt de regering onder meer aan om de huurtoeslag te verruimen en meer te bouwen' - a summary, not a "
         "recommendation), then a TWO-COLUMN body; article 3 Wet College voor de rechten van de mens, article 11 "
         "IVESCR, article 22(2) Grondwet quoted; a small rents table; a quoted 2017 recommendation of the UN committee "
         "('Zorg ervoor dat huurders ...') resembling R3; a finding 'De regering zou ... beter zicht moeten hebben' "
         "with a cross-reference '(zie aanbeveling R4)' before R4 itself; endnote. The seven recommendations stand "
         "in tinted boxes at the end of chapters, each labelled 'Aanbeveling R1' etc. (R = government, O = island "
         "executives), interleaved in the order R1, R2, R3+O1 (one box), O2+R4 (one box), O3; numbers are the codes. "
         "Response: ministry letter (Datum/Betreft/Kenmerk/Uw kenmerk) with theme headings, each recommendation "
         "QUOTED in full in a grey box before the reply, order R3, R1, R4, O1+O2, R2: R3 'Ik neem deze aanbeveling "
         "over', bill in preparation (agrees); R1 threshold raised to 900 instead of 1.100 dollars (partly); R4 'Ik "
         "deel ... het belang' then 'neem deze aanbeveling daarom niet over' (disagrees); ONE box 'Aanbevelingen O1 "
         "en O2' with O1 all three islands open a housing desk (agrees) and, in the second paragraph, O2 no decision "
         "yet, 'ik treed niet in hun afweging' (noted); R2 'wil niet vooruitlopen op de uitkomsten van de evaluatie' "
         "(noted, deferral). O3 (residents' say in the renewal of Kaya Dos Pos) is not answered. 'Aanleiding', "
         "'Samenhang met het sociaal minimum' and 'Tot slot' answer nothing. The quoted boxes repeat the advice text "
         "verbatim, so starts_with also occurs in the response.")

if __name__ == "__main__":
    nolig_fonts()
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)
