"""Round 27 (nl): NVAO accreditation report (beperkte opleidingsbeoordeling) of an (invented) hbo-bachelor
Verpleegkunde by an assessment panel: 'Aanbevelingen in het kort' in the Samenvatting, chapters per NVAO standard with
Bevindingen / Overwegingen / Conclusie, and the full recommendations in shaded UNNUMBERED kaders headed 'Aanbeveling';
a recommendation of the PREVIOUS panel (2019) quoted in the introduction. Answered by the hogeschool's bestuurlijke
reactie (letter to NVAO) per theme in another order, paraphrase only. Engine: PyMuPDF Story (DejaVu copies without
GSUB, so no ligatures; header, footer and page numbers stamped afterwards)."""
import os
import sys

import pymupdf

sys.path.insert(0, os.path.dirname(__file__))
import _b27nl as B  # noqa: E402

NAME = "blind27_nl_visitatie_hbo"
SYS = "/usr/share/fonts/truetype/dejavu/"
FD = "/tmp/b27nl_fonts/"
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
@font-face { font-family: DS; src: url(DejaVuSans.ttf); }
@font-face { font-family: DS; src: url(DejaVuSans-Bold.ttf); font-weight: bold; }
@font-face { font-family: DS; src: url(DejaVuSans-Oblique.ttf); font-style: italic; }
@font-face { font-family: DR; src: url(DejaVuSerif.ttf); }
@font-face { font-family: DR; src: url(DejaVuSerif-Bold.ttf); font-weight: bold; }
@font-face { font-family: DR; src: url(DejaVuSerif-Italic.ttf); font-style: italic; }
body { font-family: DS; font-size: 9pt; line-height: 1.45; }
p { margin: 0 0 6pt 0; }
h1 { font-family: DS; font-weight: bold; font-size: 13pt; margin: 14pt 0 6pt 0; color: #7a1f5c; }
h2 { font-family: DS; font-weight: bold; font-size: 9.5pt; margin: 8pt 0 3pt 0; }
ul { margin: 0 0 6pt 0; }
li { margin: 0 0 2pt 0; }
.kader { background-color: #f1e6ee; border: 0.8pt solid #7a1f5c; padding: 6pt 8pt 4pt 8pt; margin: 4pt 0 10pt 0; }
.kl { font-weight: bold; color: #7a1f5c; font-size: 8pt; margin: 0 0 2pt 0; }
.oordeel { font-weight: bold; }
.letter { font-family: DR; font-size: 10pt; line-height: 1.45; }
.meta { font-size: 8pt; color: #444444; }
.th { font-family: DR; font-weight: bold; font-size: 10pt; margin: 10pt 0 2pt 0; }
"""


def render(fname, html, head, title, foot_fmt):
    story = pymupdf.Story(html=html, user_css=CSS, archive=pymupdf.Archive(FD))
    w = pymupdf.DocumentWriter(B.out(fname))
    rect = pymupdf.paper_rect("a4")
    where = rect + (72, 70, -72, -64)
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
        pg.insert_font(fontname="ds", fontfile=FD + "DejaVuSans.ttf")
        if head:
            pg.insert_text((72, 44), head, fontsize=7.5, fontname="ds", color=(0.35, 0.35, 0.35))
            pg.draw_line((72, 49), (523, 49), color=(0.48, 0.12, 0.36), width=0.6)
        t = foot_fmt.format(i=i + 1, n=n)
        pg.insert_text((523 - pymupdf.get_text_length(t, "helv", 7.5), 812), t, fontsize=7.5, fontname="ds",
                       color=(0.35, 0.35, 0.35))
    doc.set_metadata({"title": title, "producer": "PyMuPDF Story", "creationDate": "", "modDate": ""})
    doc.subset_fonts()
    tmp = B.out(fname) + ".tmp"
    doc.save(tmp, garbage=3, deflate=True, no_new_id=True)
    doc.close()
    os.replace(tmp, B.out(fname))


def kader(text):
    return f'<div class="kader"><p class="kl">AANBEVELING</p><p><b>{text}</b></p></div>'


ADVICE = f"""
<p class="meta">NVAO &#183; Beperkte opleidingsbeoordeling &#183; rapport d.d. 12 juni 2025</p>
<h1 style="font-size:20pt; margin-top:6pt">Hbo-bachelor Verpleegkunde</h1>
<p style="font-size:11pt">Hogeschool IJsselmond, Academie Gezondheid en Welzijn<br/>voltijd en deeltijd, locatie Zwolle-Zuid</p>
<p class="meta">Croho 34560 &#183; visitatiegroep HBO Verpleegkunde &#183; locatiebezoek 18 en 19 maart 2025</p>

<h1>Samenvatting</h1>
<p>De hbo-bachelor Verpleegkunde van Hogeschool IJsselmond leidt op tot verpleegkundige op bachelorniveau. Het panel
heeft de opleiding beoordeeld aan de hand van de vier standaarden uit het beoordelingskader voor de beperkte
opleidingsbeoordeling van de NVAO.</p>
<p>Het panel is positief over de sterke band met het regionale werkveld, de leerwerkplaatsen in de ziekenhuizen en de
betrokkenheid van de docenten. Minder sterk zijn de spreiding van de studielast in het tweede jaar en de
onafhankelijkheid van de beoordeling van het afstudeerwerk. Het panel beoordeelt de standaarden 1, 2 en 4 als
<i>voldoet</i> en standaard 3 als <i>voldoet, met kanttekeningen</i>. Het eindoordeel over de opleiding is
<b>positief</b>.</p>
<p>Het panel geeft de opleiding in het kort de volgende aanbevelingen mee:</p>
<ul>
<li>meer aandacht voor de wijk en de ouderenzorg in de leerresultaten;</li>
<li>betere spreiding van de toetsen in jaar 2;</li>
<li>internationale ervaring ook voor deeltijders;</li>
<li>meer gepromoveerde docenten;</li>
<li>een onafhankelijke tweede beoordelaar en een actievere examencommissie;</li>
<li>systematisch alumnionderzoek;</li>
<li>een apart criterium voor praktijkrelevantie in het afstudeerformulier.</li>
</ul>

<h1>1 Inleiding</h1>
<p>Het panel bestond uit vier leden: een voorzitter met bestuurlijke ervaring in het hoger onderwijs, twee
vakdeskundigen uit de verpleegkunde en een studentlid. Het panel bestudeerde de zelfevaluatie, vijftien
afstudeerwerken en de bijbehorende beoordelingen, en sprak tijdens het locatiebezoek met het management, docenten,
studenten, alumni, de examencommissie en vertegenwoordigers van het werkveld.</p>
<p>Bij de vorige beoordeling, in 2019, gaf het toenmalige panel de opleiding mee om <i>de onderzoekslijn in het
curriculum steviger te verankeren en de rol van het lectoraat in het onderwijs te vergroten</i>. Het panel stelt vast
dat de opleiding hier serieus werk van heeft gemaakt: de onderzoekslijn loopt nu door alle vier de jaren en de lector
Innovatie in de Langdurige Zorg begeleidt jaarlijks twintig afstudeerders.</p>

<h1>2 Standaard 1: Beoogde leerresultaten</h1>
<h2>Bevindingen</h2>
<p>De beoogde leerresultaten zijn afgeleid van het landelijke opleidingsprofiel Bachelor Nursing 2030 en aangevuld
met een regionaal profiel, dat de opleiding ieder jaar met de beroepenveldcommissie bespreekt. In die commissie zitten
vier ziekenhuizen en een instelling voor geestelijke gezondheidszorg.</p>
<h2>Overwegingen</h2>
<p>Het panel vindt de leerresultaten actueel en van bachelorniveau. Het valt het panel wel op dat de wijkverpleging en
de ouderenzorg, waar de regio de grootste tekorten kent, in de beroepenveldcommissie ontbreken.</p>
<p class="oordeel">Conclusie: het panel beoordeelt standaard 1 als voldoet.</p>
{kader("Betrek de wijkverpleging en de ouderenzorg nadrukkelijker bij de jaarlijkse herijking van de beoogde leerresultaten, bijvoorbeeld door hen een vaste plaats in de beroepenveldcommissie te geven.")}

<h1>3 Standaard 2: Onderwijsleeromgeving</h1>
<h2>Bevindingen</h2>
<p>Het programma is opgebouwd uit thematische semesters, die elk worden afgesloten met een integrale opdracht. In het
tweede jaar vallen de inleverdata van drie grote opdrachten in dezelfde week. Studenten noemen dat in de Nationale
Studenten Enquête het grootste knelpunt; de studietevredenheid over de studielast is 2,9 op een schaal van 5.
Internationale ervaring is mogelijk via een buitenlandstage van tien weken, maar die staat alleen open voor
voltijdstudenten.</p>
<p>Het docententeam telt 64 docenten (52 fte). Van hen heeft 81 procent een masteropleiding en zijn er drie
gepromoveerd.</p>
<h2>Overwegingen</h2>
<p>Het panel waardeert de leerwerkplaatsen, waarin studenten onder begeleiding van een praktijkopleider en een docent
een afdeling mede draaien. Het panel ziet wel drie punten voor verbetering.</p>
{kader("Spreid de toetsmomenten in het tweede studiejaar beter, zodat studenten niet in één week drie grote opdrachten hoeven in te leveren.")}
{kader("Maak internationale ervaring ook mogelijk voor studenten van de deeltijdvariant, bijvoorbeeld via een korte internationale module of een virtuele uitwisseling.")}
{kader("Investeer in de onderzoeksbekwaamheid van het docententeam, zodat meer docenten een promotietraject kunnen volgen en het aantal gepromoveerden groeit.")}
<p class="oordeel">Conclusie: het panel beoordeelt standaard 2 als voldoet.</p>

<h1>4 Standaard 3: Toetsing</h1>
<h2>Bevindingen</h2>
<p>De opleiding heeft een helder toetsbeleid en een toetscommissie die de kwaliteit van de toetsen vooraf controleert.
Het afstudeerwerk wordt beoordeeld door de begeleidend docent en een tweede examinator. Uit de gesprekken bleek dat de
tweede examinator in de praktijk vaak het oordeel van de begeleider overneemt. De examencommissie steunt voor haar
borgende taak vooral op de rapportages van de toetscommissie en heeft in de afgelopen drie jaar zelf geen
afstudeerwerken opnieuw beoordeeld.</p>
<h2>Overwegingen</h2>
<p>Het panel vindt dat de onafhankelijkheid van de beoordeling van het afstudeerwerk onvoldoende is gewaarborgd. Het
panel heeft de vijftien bestudeerde afstudeerwerken wel alle als voldoende beoordeeld; de cijfers lagen in vier gevallen
hoger dan het panel zou hebben gegeven.</p>
{kader("Laat elk afstudeerwerk door twee examinatoren beoordelen die elk eerst zelfstandig een voorlopig oordeel vastleggen, voordat zij tot een gezamenlijk eindoordeel komen.")}
{kader("Versterk de borgende rol van de examencommissie door haar jaarlijks een steekproef van afstudeerwerken opnieuw te laten beoordelen.")}
<p class="oordeel">Conclusie: het panel beoordeelt standaard 3 als voldoet, met kanttekeningen.</p>

<h1>5 Standaard 4: Gerealiseerde leerresultaten</h1>
<h2>Bevindingen</h2>
<p>De afstudeerwerken laten zien dat studenten het eindniveau halen. Afgestudeerden vinden vrijwel allemaal binnen drie
maanden werk, meestal bij de instelling waar zij hun afstudeerstage liepen. Hoe hun loopbaan daarna verloopt, weet de
opleiding niet: er is geen alumnionderzoek.</p>
<h2>Overwegingen</h2>
<p>Het panel is onder de indruk van de kwaliteit van de beroepsproducten. In de afstudeeronderzoeken blijft de vertaling
naar de praktijk soms beperkt tot een korte paragraaf aan het slot, terwijl het beoordelingsformulier daar geen apart
criterium voor kent.</p>
{kader("Volg de loopbaan van afgestudeerden systematisch, bijvoorbeeld met een enquête een jaar en drie jaar na het afstuderen, en gebruik de uitkomsten bij de herijking van het programma.")}
{kader("Neem in het beoordelingsformulier van de afstudeeropdracht een afzonderlijk criterium op voor de vertaling van de onderzoeksresultaten naar de beroepspraktijk.")}
<p class="oordeel">Conclusie: het panel beoordeelt standaard 4 als voldoet.</p>

<h1>6 Eindoordeel</h1>
<p>De opleiding voldoet aan alle vier de standaarden. Het panel beoordeelt de kwaliteit van de hbo-bachelor
Verpleegkunde van Hogeschool IJsselmond daarom als <b>positief</b> en adviseert de NVAO de accreditatie te verlengen.</p>
<p>Zwolle, 12 juni 2025<br/>drs. L.M. Brinkhorst (voorzitter) &#183; G. Nijenhuis MSc (secretaris)</p>
"""

RESPONSE = """
<div class="letter">
<p style="font-family:DS; font-weight:bold; font-size:12pt; color:#7a1f5c; margin-bottom:16pt">Hogeschool IJsselmond<br/>
<span style="font-weight:normal; font-size:8pt; color:#444444">College van Bestuur</span></p>
<p>Nederlands-Vlaamse Accreditatieorganisatie<br/>t.a.v. de afdeling Accreditatie<br/>Postbus 85498<br/>2508 CD Den Haag</p>
<p class="meta" style="margin-top:12pt">Datum: 3 juli 2025 | Ons kenmerk: CvB/25/0412 |
Betreft: bestuurlijke reactie beoordelingsrapport Bachelor Verpleegkunde (Croho 34560)</p>
<p style="margin-top:12pt">Geachte heer, mevrouw,</p>
<p>Hierbij bieden wij u het rapport aan van het panel dat in maart 2025 de hbo-bachelor Verpleegkunde heeft
beoordeeld, samen met onze aanvraag tot verlenging van de accreditatie. In deze brief geven wij onze bestuurlijke
reactie op het rapport en beschrijven wij welke verbeteringen wij naar aanleiding van de aanbevelingen van het panel
gaan doorvoeren.</p>
<p class="th">Algemene reactie</p>
<p>Wij zijn het panel erkentelijk voor het zorgvuldige bezoek en herkennen ons in het beeld dat het rapport schetst.
Wij zijn verheugd over het positieve eindoordeel en over de waardering voor de leerwerkplaatsen, die wij samen met
onze partners in de regio de komende jaren verder uitbreiden.</p>
<p class="th">Toetsing en afstuderen</p>
<p>De kanttekeningen bij standaard 3 nemen wij zeer serieus. Met ingang van het studiejaar 2025-2026 leggen beide
examinatoren hun voorlopige oordeel over het afstudeerwerk apart van elkaar vast in het digitale
beoordelingssysteem, waarna zij in een kalibratiegesprek het eindcijfer bepalen. Wat de examencommissie betreft
onderschrijven wij de strekking van het advies. Een jaarlijkse herbeoordeling vraagt echter meer capaciteit dan de
commissie heeft; zij zal daarom eens in de twee jaar een steekproef van tien afstudeerwerken opnieuw laten
beoordelen, de eerste keer in het voorjaar van 2026.</p>
<p>Het beoordelingsformulier voor de afstudeeropdracht krijgt per 1 september 2025 een nieuw, zelfstandig criterium
'betekenis voor de beroepspraktijk', dat zwaar meeweegt in het eindcijfer.</p>
<p class="th">Samenwerking met het werkveld</p>
<p>Sinds april 2025 hebben twee thuiszorgorganisaties en een ouderenzorgorganisatie een zetel in de
beroepenveldcommissie. Zij zijn betrokken bij de herijking van het regionale profiel die dit najaar plaatsvindt.</p>
<p>De opleiding neemt met ingang van 2025 deel aan de landelijke alumnimonitor van de Vereniging Hogescholen en
voegt daar een eigen vragenlijst aan toe die drie jaar na het afstuderen wordt afgenomen. De resultaten bespreekt
de curriculumcommissie elk jaar in februari.</p>
<p class="th">Studeerbaarheid</p>
<p>De clustering van opdrachten in het tweede jaar is al aangepakt: in het rooster van dit studiejaar liggen de
inleverdata van de integrale opdrachten ten minste twee weken uit elkaar.</p>
<p class="th">Internationalisering</p>
<p>Wij begrijpen de wens van het panel, maar kiezen er bewust voor om in de deeltijdvariant geen internationale
module aan te bieden. Onze deeltijdstudenten werken vrijwel allemaal in de zorg en combineren hun studie met werk en
gezin. Zij hebben bij herhaling aangegeven daar geen ruimte voor te zien. Wij zien daarom af van een verplichte of
facultatieve internationale component in de deeltijd.</p>
<p class="th">Docententeam</p>
<p>Het aantal gepromoveerde docenten is een aandachtspunt voor de hele hogeschool, niet alleen voor deze opleiding.
Het College van Bestuur stelt in 2026 een nieuw strategisch personeelsplan op en zal de observatie van het panel
daarbij betrekken.</p>
<p class="th">Feitelijke onjuistheid</p>
<p>In hoofdstuk 3 van het rapport staat dat drie docenten gepromoveerd zijn. Op de peildatum waren dat er vier; een
docent promoveerde in februari 2025. Het panel heeft dit in de definitieve versie niet meer kunnen verwerken.</p>
<p style="margin-top:10pt">Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd en zien uw besluit over
de accreditatie met belangstelling tegemoet.</p>
<p>Met vriendelijke groet,<br/>het College van Bestuur van Hogeschool IJsselmond,</p>
<p><br/>ir. T.J. Wesselink, voorzitter</p>
</div>
"""

RECS = [
    ("1", "Betrek de wijkverpleging en de ouderenzorg nadrukkelijker bij de jaarlijkse", "hebben twee "
     "thuiszorgorganisaties en een ouderenzorgorganisatie een zetel", "agrees"),
    ("2", "Spreid de toetsmomenten in het tweede studiejaar beter", "De clustering van opdrachten in het tweede jaar "
     "is al aangepakt", "agrees"),
    ("3", "Maak internationale ervaring ook mogelijk voor studenten van de deeltijdvariant", "kiezen er bewust voor "
     "om in de deeltijdvariant geen", "disagrees"),
    ("4", "Investeer in de onderzoeksbekwaamheid van het docententeam, zodat meer docenten", "zal de observatie van "
     "het panel daarbij betrekken", "noted", ["partly"]),
    ("5", "Laat elk afstudeerwerk door twee examinatoren beoordelen die elk", "leggen beide examinatoren hun "
     "voorlopige oordeel over het afstudeerwerk apart", "agrees"),
    ("6", "Versterk de borgende rol van de examencommissie door haar jaarlijks", "zal daarom eens in de twee jaar "
     "een steekproef", "partly"),
    ("7", "Volg de loopbaan van afgestudeerden systematisch, bijvoorbeeld met een", "neemt met ingang van 2025 deel "
     "aan de landelijke alumnimonitor", "agrees"),
    ("8", "Neem in het beoordelingsformulier van de afstudeeropdracht een afzonderlijk criterium", "een nieuw, "
     "zelfstandig criterium 'betekenis voor de beroepspraktijk'", "agrees"),
]
UNMATCHED = [
    "herkennen ons in het beeld dat het rapport schetst",
    "Op de peildatum waren dat er vier",
]
NOTES = ("Invented NVAO accreditation report of a hbo-bachelor Verpleegkunde (PyMuPDF Story, DejaVu Sans without GSUB, "
         "stamped running header and 'pagina i van n'). The Samenvatting gives the eight "
         "recommendations only as SHORT unnumbered bullets under 'in het kort' (5 and 6 merged into one bullet); the "
         "full recommendations stand in shaded, framed, UNNUMBERED kaders headed 'AANBEVELING' inside the chapters "
         "per NVAO standard, numbered 1-8 here in document order; bold 'Conclusie: het panel beoordeelt standaard N "
         "als voldoet' lines and Bevindingen/Overwegingen read like findings; the introduction quotes a recommendation "
         "of the PREVIOUS panel (2019) in italics. Response: the College van Bestuur's bestuurlijke reactie to the "
         "NVAO, a serif letter with bold theme headings in another order and replies by paraphrase only: 'Toetsing "
         "en afstuderen' holds 5 (independent provisional judgements from 2025-2026, agrees) and 6 ('onderschrijven "
         "wij de strekking', every two years instead of yearly, partly) in ONE paragraph and 8 in the next; "
         "'Samenwerking met het werkveld' holds 1 and 7 (both done/started, agrees); 2 'is al aangepakt' (agrees); "
         "3 polite refusal 'kiezen er bewust voor ... zien daarom af van' (disagrees); 4 'zal de observatie van het "
         "panel daarbij betrekken' in a future HR plan (noted). 'Algemene reactie' and 'Feitelijke onjuistheid' "
         "answer nothing.")

if __name__ == "__main__":
    nolig_fonts()
    render(NAME + "_advice.pdf", ADVICE, "Beoordelingsrapport Bachelor Verpleegkunde  |  Hogeschool IJsselmond",
           "Beoordelingsrapport hbo-bachelor Verpleegkunde", "pagina {i} van {n}")
    render(NAME + "_response.pdf", RESPONSE, "", "Bestuurlijke reactie Bachelor Verpleegkunde",
           "CvB/25/0412  \u00b7  {i}/{n}")
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)
