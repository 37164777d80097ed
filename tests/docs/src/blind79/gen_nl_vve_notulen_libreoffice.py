"""Round 79 (nl): the ADVIES of the TECHNISCHE COMMISSIE of a VERENIGING VAN EIGENAARS (an owners' association of an
apartment building, Burgerlijk Wetboek book 5) to the vergadering van eigenaars on the maintenance plan and
sustainability, answered by the NOTULEN of the (extraordinary) vergadering van eigenaars: agenda items, motions
numbered by the meeting itself, votes ('Stemming: ... Besluit: aangenomen / verworpen').

Advice: (invented) Technische Commissie of VvE Residentie Oosterstaete, 'Advies meerjarenonderhoud en
verduurzaming', 3 p., sans: BW 5:126 and the splitsingsreglement quoted ('moet'), a table from the
meerjarenonderhoudsplan (MJOP), the building survey's 'zou ... moeten', the commissie's 2023 advice quoted, a
numbered list of 'Uitgangspunten', and the recommendations as sentences 'Wij adviseren ...' with letters a-g in a
borderless two-column table under 'Onze adviezen'.
Response: notulen (2 p., serif): opening and mededelingen (nothing), notulen (nothing), agendapunt 3 with own
voorstellen 3.1-3.5 in another order: 3.1 = b agrees, ONE 3.2 'dak en gevel' = c agrees + e disagrees, 3.3 = a partly
(amendment), 3.4 = f noted, 3.5 = g agrees; rondvraag and sluiting (nothing); d unanswered.
Engine: LibreOffice Writer headless from HTML (ligature-free DejaVu copies under /tmp, seen through FONTCONFIG_FILE;
head and page numbers stamped with PyMuPDF).

Run: /tmp/blind79nl/bin/python tests/docs/src/blind79/gen_nl_vve_notulen_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b79nl as B  # noqa: E402

NAME = "blind79_nl_vve_notulen"
SANS = B.tmp_fonts()
SERIF = B.tmp_fonts("B79NL Serif", B.SERIF_FILES)


def head(fam, accent):
    return """<html><head><meta charset="utf-8"><style>
@page { size: 21cm 29.7cm; margin: 2.2cm 2.4cm 2.0cm 2.4cm; }
body { font-family: '%(f)s'; font-size: 9.6pt; }
p { margin-top: 0; margin-bottom: 0.2cm; text-align: justify; line-height: 130%%; }
h1, h2, h3 { font-family: '%(f)s'; }
h1 { font-size: 16pt; color: %(a)s; margin-bottom: 0.1cm; }
h2 { font-size: 11.5pt; color: %(a)s; margin-top: 0.35cm; margin-bottom: 0.12cm; }
h3 { font-size: 10pt; margin-top: 0.25cm; margin-bottom: 0.08cm; }
td { font-size: 9pt; vertical-align: top; }
li { font-size: 9.6pt; margin-bottom: 0.08cm; }
.small { font-size: 8pt; color: #555555; }
</style></head><body>""" % {"f": fam, "a": accent}


RECS_TXT = [
    ("a", "Wij adviseren de maandelijkse bijdrage aan het reservefonds per 1 juli 2026 met 25 procent te verhogen, "
          "zodat het fonds in 2030 het niveau van het MJOP bereikt."),
    ("b", "Wij adviseren de vervanging van de centrale verwarmingsketels te combineren met de aanleg van een "
          "collectieve warmtepomp met bodemlus."),
    ("c", "Wij adviseren het platte dak in 2027 te vervangen en daarbij direct de isolatie te verbeteren tot "
          "een Rc-waarde van ten minste 6."),
    ("d", "Wij adviseren een onafhankelijke bouwkundige opdracht te geven om elke vijf jaar het MJOP te "
          "actualiseren, in plaats van de huidige beheerder."),
    ("e", "Wij adviseren de houten kozijnen aan de zuidgevel niet opnieuw te schilderen maar te vervangen door "
          "kunststof kozijnen met HR++-glas."),
    ("f", "Wij adviseren laadpunten voor elektrische auto's in de parkeerkelder aan te leggen, te betalen door "
          "de gebruikers via een eigen kostenverdeling."),
    ("g", "Wij adviseren voor het dak en de warmtepomp subsidie aan te vragen uit de regeling "
          "Verduurzaming VvE's voordat de werken worden gegund."),
]


def advice():
    rows = "".join(f"<tr><td width='6%'><p><b>{c}.</b></p></td><td><p>{t}</p></td></tr>" for c, t in RECS_TXT)
    h = head("B79NL Sans", "#7a4b12") + """
<p class="small">VERENIGING VAN EIGENAARS RESIDENTIE OOSTERSTAETE &#8195; Burgemeester Roosjelaan 2-96, Eemwoude &#8195; KvK 40391827</p>
<h1>Advies meerjarenonderhoud en verduurzaming</h1>
<p><i>Technische Commissie aan de vergadering van eigenaars, maart 2026</i></p>
<h2>1 Aanleiding</h2>
<p>De vergadering van eigenaars van 9 oktober 2025 heeft de Technische Commissie gevraagd advies uit te brengen over
het meerjarenonderhoudsplan (MJOP) en over de mogelijkheden om het gebouw te verduurzamen. Het gebouw uit 1984 telt
48 appartementen en een parkeerkelder met 52 plaatsen. De commissie bestaat uit drie eigenaars: Gerrit Wassink
(voorzitter), Yasmina el Idrissi en Bart Lommerse.</p>
<p>Volgens artikel 5:126 van het Burgerlijk Wetboek moet de vereniging een reservefonds hebben voor kosten die niet
jaarlijks terugkeren. Artikel 11 van het splitsingsreglement bepaalt daarnaast: <i>'Ieder der eigenaars moet bijdragen
in de schulden en kosten naar evenredigheid van zijn aandeel.'</i> Over beide punten hoeft de vergadering dus niet te
beslissen; de vraag is alleen hoe hoog de bijdrage moet zijn.</p>
<h2>2 Uitgangspunten</h2>
<p>De commissie heeft bij haar advies de volgende uitgangspunten gehanteerd:</p>
<ol>
<li>De maandelijkse lasten voor de eigenaars stijgen zo geleidelijk mogelijk.</li>
<li>Werkzaamheden aan de buitenschil worden zoveel mogelijk gecombineerd.</li>
<li>Maatregelen moeten zich binnen vijftien jaar terugverdienen.</li>
</ol>
<h2>3 Het meerjarenonderhoudsplan</h2>
<p>Het huidige MJOP is in 2021 opgesteld door de beheerder, Vastgoedbeheer Eemland. Onderstaande tabel geeft de
grootste posten voor de komende tien jaar.</p>
<table border="1" cellspacing="0" cellpadding="4" width="85%" bordercolor="#a08c70">
<tr bgcolor="#7a4b12"><td><p><font color="#ffffff"><b>Onderdeel</b></font></p></td><td><p><font color="#ffffff"><b>Jaar</b></font></p></td><td><p><font color="#ffffff"><b>Raming (euro)</b></font></p></td></tr>
<tr><td><p>Platte dak vervangen</p></td><td><p>2027</p></td><td><p>186.000</p></td></tr>
<tr><td><p>Schilderwerk kozijnen zuidgevel</p></td><td><p>2026</p></td><td><p>58.000</p></td></tr>
<tr><td><p>Cv-ketels (48 stuks)</p></td><td><p>2028-2030</p></td><td><p>163.000</p></td></tr>
<tr><td><p>Liftinstallatie moderniseren</p></td><td><p>2031</p></td><td><p>94.000</p></td></tr>
<tr><td><p>Reservefonds 31-12-2025</p></td><td><p>&#8211;</p></td><td><p>241.500</p></td></tr>
</table>
<p class="small">Bron: MJOP 2021-2036, Vastgoedbeheer Eemland; bedragen inclusief btw, prijspeil 2025.</p>
<h2>4 Bevindingen</h2>
<p>Het bouwkundig rapport van Bureau Dakwerk en Schil (januari 2026) laat zien dat het dak aan het einde van zijn
levensduur is. Volgens het rapport zou de isolatie bij vervanging eigenlijk naar het niveau van nieuwbouw moeten
gaan. De houten kozijnen aan de zuidgevel zijn op veel plaatsen aangetast; schilderen is nog mogelijk, maar de
bouwkundige verwacht binnen acht jaar opnieuw herstel. De ketels zijn gemiddeld zeventien jaar oud.</p>
<p>Het reservefonds is te laag om alle posten in het MJOP te betalen. Zonder hogere bijdrage ontstaat in 2028 een
tekort van ongeveer 120.000 euro. In 2023 schreef de commissie al: <i>'Verhoog de bijdrage aan het reservefonds
jaarlijks met de inflatie.'</i> De vergadering heeft dat destijds aangenomen, maar de indexatie dekt de gestegen
bouwkosten niet. Ook de beheerder stelt dat de bijdrage 'eigenlijk omhoog moet'. Verder vragen steeds meer
eigenaars om een laadpaal; twee eigenaars hebben er zonder toestemming al een laten plaatsen.</p>
<h2>5 Onze adviezen</h2>
<p>Op grond van het voorgaande komt de commissie tot de volgende adviezen aan de vergadering:</p>
<table border="0" cellspacing="0" cellpadding="5" width="100%" bgcolor="#f5eee2">""" + rows + """</table>
<p></p>
<p>De commissie licht haar adviezen graag toe in de vergadering. Zij dankt de beheerder en de bouwkundige voor hun
medewerking.</p>
<p class="small">Eemwoude, 16 maart 2026 &#8195; Technische Commissie VvE Residentie Oosterstaete</p>
</body></html>"""
    B.soffice_pdf(h, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "VvE Residentie Oosterstaete | Advies Technische Commissie, maart 2026",
            "{n}", SANS["Regular"])


def response():
    h = head("B79NL Serif", "#333333") + """
<h1>Notulen buitengewone vergadering van eigenaars</h1>
<p style="text-align: left"><b>Vereniging van Eigenaars Residentie Oosterstaete</b><br>Dinsdag 14 april 2026, 19.30 uur, wijkcentrum De Eemhof,
Eemwoude</p>
<p>Aanwezig of vertegenwoordigd: 39 van de 48 eigenaars, samen 41 van de 52 stemmen (quorum bereikt). Voorzitter:
mevrouw H. Dekker-Wouters. Notulist: de heer P. Brand, Vastgoedbeheer Eemland.</p>
<h3>1. Opening en mededelingen</h3>
<p>De voorzitter opent de vergadering om 19.35 uur. Zij meldt dat de glasvezelaansluiting in mei wordt aangelegd en
dat de beheerder per 1 juni een nieuwe contactpersoon heeft.</p>
<h3>2. Notulen vergadering 9 oktober 2025</h3>
<p>De notulen worden ongewijzigd vastgesteld, met dank aan de notulist.</p>
<h3>3. Advies Technische Commissie</h3>
<p>De heer Wassink licht het advies toe. Het bestuur heeft het advies vertaald in de volgende voorstellen.</p>
<p><b>Voorstel 3.1 &#8211; Warmtepomp.</b> Bij de vervanging van de ketels wordt een collectieve warmtepomp met
bodemlus aangelegd; het bestuur vraagt offertes aan. Stemming: 36 voor, 5 tegen. <b>Besluit: aangenomen.</b></p>
<p><b>Voorstel 3.2 &#8211; Dak en gevel.</b> Het dak wordt in 2027 vervangen en geïsoleerd tot minimaal Rc 6.
Stemming: 40 voor, 1 tegen. <b>Besluit: aangenomen.</b></p>
<p>Over de kozijnen ontstaat discussie. Verschillende eigenaars wijzen erop dat kunststof kozijnen het aanzien van
het gebouw veranderen en dat de kozijnen volgens de bouwkundige nog acht jaar mee kunnen. Het voorstel om de
kozijnen aan de zuidgevel te vervangen wordt in stemming gebracht. Stemming: 14 voor, 27 tegen. <b>Besluit:
verworpen.</b> De kozijnen worden in 2026 geschilderd volgens het MJOP.</p>
<p><b>Voorstel 3.3 &#8211; Reservefonds.</b> De heer Smit dient een amendement in om de bijdrage met 15 procent
te verhogen in plaats van 25 procent, en de verhoging in 2028 te herzien. Amendement: 29 voor, 12 tegen, aangenomen.
Geamendeerd voorstel: 33 voor, 8 tegen. <b>Besluit: aangenomen, met een verhoging van 15 procent per 1 juli
2026.</b></p>
<p><b>Voorstel 3.4 &#8211; Laadpunten.</b> De vergadering neemt kennis van het advies over laadpunten. Omdat de
kosten van de netaansluiting nog niet bekend zijn, wordt niet gestemd; het bestuur komt in het najaar met een
uitgewerkt voorstel. De twee eigenaars met een eigen laadpaal worden gevraagd alsnog toestemming aan te vragen.</p>
<p><b>Voorstel 3.5 &#8211; Subsidie.</b> Het bestuur wordt gemachtigd subsidie aan te vragen uit de regeling
Verduurzaming VvE's voor het dak en de warmtepomp, voordat de werken worden gegund. Stemming: unaniem voor.
<b>Besluit: aangenomen.</b></p>
<h3>4. Rondvraag</h3>
<p>Mevrouw Kuipers vraagt wanneer de lift in het trappenhuis B wordt gerepareerd. De beheerder antwoordt dat het
onderdeel besteld is en de lift uiterlijk 24 april weer werkt. De heer Yilmaz vraagt om vaker de gemeenschappelijke
gangen te laten schoonmaken; het bestuur neemt dit mee in de evaluatie van het schoonmaakcontract.</p>
<h3>5. Sluiting</h3>
<p>De voorzitter dankt de Technische Commissie voor het grondige werk en sluit de vergadering om 21.50 uur.</p>
<p class="small">Vastgesteld in de vergadering van eigenaars van ................ 2026. De voorzitter, de notulist.</p>
</body></html>"""
    B.soffice_pdf(h, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Notulen buitengewone vergadering van eigenaars 14 april 2026", "pagina {n} van {m}",
            SERIF["Regular"])


RECS = [
    ("a", "Wij adviseren de maandelijkse bijdrage aan het reservefonds per 1",
     "met een verhoging van 15 procent per 1 juli 2026", "partly"),
    ("b", "Wij adviseren de vervanging van de centrale verwarmingsketels te combineren",
     "bodemlus aangelegd; het bestuur vraagt offertes aan", "agrees"),
    ("c", "Wij adviseren het platte dak in 2027 te vervangen en",
     "Het dak wordt in 2027 vervangen en geïsoleerd tot minimaal Rc 6", "agrees"),
    ("d", "Wij adviseren een onafhankelijke bouwkundige opdracht te geven om elke", None, "unanswered"),
    ("e", "Wij adviseren de houten kozijnen aan de zuidgevel niet opnieuw",
     "Stemming: 14 voor, 27 tegen", "disagrees"),
    ("f", "Wij adviseren laadpunten voor elektrische auto's in de parkeerkelder aan",
     "De vergadering neemt kennis van het advies over laadpunten", "noted"),
    ("g", "Wij adviseren voor het dak en de warmtepomp subsidie aan",
     "Het bestuur wordt gemachtigd subsidie aan te vragen", "agrees"),
]
UNMATCHED = [
    "de glasvezelaansluiting in mei wordt aangelegd",
    "De notulen worden ongewijzigd vastgesteld, met dank aan de notulist",
    "wanneer de lift in het trappenhuis B wordt gerepareerd",
]
NOTES = ("ADVIES of the TECHNISCHE COMMISSIE of a VERENIGING VAN EIGENAARS (owners' association, BW book 5) to the "
         "vergadering van eigenaars, answered by the NOTULEN of that meeting (motions with votes). The VvE, "
         "Eemwoude, firms, people and figures are invented; BW 5:126 is real. Recommendations: sentences 'Wij "
         "adviseren ...' lettered a.-g. in a borderless shaded two-column table under '5 Onze adviezen' (numbers "
         "are the letters). Traps: BW 5:126's 'moet ... een reservefonds hebben' and the splitsingsreglement's "
         "'moet bijdragen' quoted; a numbered list of 'Uitgangspunten' ('Maatregelen moeten ...'); an MJOP table; "
         "'zou ... eigenlijk ... moeten gaan' from the survey; the commissie's 2023 advice quoted ('Verhoog de "
         "bijdrage ...'); the beheerder's 'eigenlijk omhoog moet'. Notulen: 1 opening and mededelingen, 2 notulen "
         "(nothing); agendapunt 3 with the meeting's own numbers 3.1-3.5 in another order: 3.1 = b agrees; ONE "
         "'Voorstel 3.2 - Dak en gevel' = c agrees (first paragraph) + e disagrees (second paragraph, 14 for, 27 "
         "against, 'verworpen'); 3.3 = a partly (amended to 15 instead of 25 percent); 3.4 = f noted ('neemt "
         "kennis', no vote, board to come back); 3.5 = g agrees; 4 rondvraag and 5 sluiting (nothing); d "
         "(independent surveyor for the MJOP) unanswered.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
