"""Round 38 (nl, ZBO): an (invented) PAKKETADVIES of Zorginstituut Nederland to the minister of VWS on the
expensive medicine ravotercept (Pulvenra) for pulmonary arterial hypertension, answered by the MINISTERIELE
REGELING in the Staatscourant that amends the Regeling zorgverzekering (articles, then a Toelichting whose
sections answer the advice).
Advice: a letter-form advice (Zorginstituut letterhead, Datum / Onze referentie / Betreft block), an 'Advies in het
kort' box that summarises the advice (trap), the assessment (stand van de wetenschap en praktijk, ICER, budget
impact table), the Wetenschappelijke Adviesraad and Adviescommissie Pakket, the 2022 advice on the 'sluis' quoted
(trap), Zvw / Besluit / Regeling articles, a finding 'zou ... moeten'; recommendations: four UNNUMBERED bullets after
'Wij adviseren u:' (infinitive clauses) and two later sentences 'Wij adviseren u verder ...' and 'Ten slotte
adviseren wij u ...' (numbered 1-6 in document order). Response: Staatscourant header, preamble, Artikel I (a new
item in bijlage 2 with conditions) and Artikel II, then a Toelichting: 3 'Voorwaarden' (4 agrees, 2 partly in one
section), 4 'Financieel arrangement' (1 agrees), 5 'Gepast gebruik en uitkomstregistratie' (3 disagrees, 5 noted);
6 unanswered; 6 'Regeldruk' answers nothing.
Engine: LibreOffice Writer headless from HTML; header and page numbers stamped with PyMuPDF (DejaVu copies without
GSUB).

Run: /tmp/blind38nl/bin/python tests/docs/src/blind38/gen_nl_zorginstituut_libreoffice.py (needs soffice)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b38nl as B  # noqa: E402

NAME = "blind38_nl_zorginstituut"
F = B.nolig_fonts()
S = B.nolig_fonts("B38NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                  "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})

ADV_CSS = """<style>
@page { size: 21cm 29.7cm; margin: 2.5cm 2.3cm 2.0cm 2.3cm; }
body { font-family: 'B38NL Sans'; font-size: 9.3pt; }
h2 { font-family: 'B38NL Sans'; font-size: 10.5pt; color: #00529b; margin-top: 10pt; margin-bottom: 3pt; }
p { margin-top: 0; margin-bottom: 5pt; }
td, th { font-family: 'B38NL Sans'; font-size: 8.4pt; vertical-align: top; }
th { background: #00529b; color: #ffffff; text-align: left; }
.small { font-size: 7.8pt; color: #444444; }
.q { margin-left: 0.8cm; font-style: italic; }
li { margin-bottom: 4pt; }
</style>"""

RES_CSS = """<style>
@page { size: 21cm 29.7cm; margin: 2.4cm 2.4cm 2.0cm 2.4cm; }
body { font-family: 'B38NL Serif'; font-size: 9.4pt; }
h1 { font-family: 'B38NL Serif'; font-size: 13pt; margin-bottom: 6pt; }
h2 { font-family: 'B38NL Serif'; font-size: 10pt; margin-top: 9pt; margin-bottom: 3pt; }
h3 { font-family: 'B38NL Serif'; font-size: 9.4pt; font-style: italic; font-weight: normal; margin-top: 6pt;
     margin-bottom: 2pt; }
p { margin-top: 0; margin-bottom: 5pt; text-align: justify; }
.art { font-weight: bold; margin-top: 7pt; margin-bottom: 2pt; }
.ind { margin-left: 0.8cm; text-align: left; }
.sig { text-align: left; }
.sc { font-family: 'B38NL Sans'; }
</style>"""


def advice():
    h = ["<!doctype html><html lang='nl'><head><meta charset='utf-8'>", ADV_CSS, "</head><body>"]
    h.append("<table width='100%' cellpadding='0' cellspacing='0'><tr><td width='60%'>"
             "<p><font size='4' color='#00529b'><b>Zorginstituut Nederland</b></font></p></td>"
             "<td width='40%'><p class='small'>Willem Dudokhof 1<br/>1112 ZA Diemen<br/>Postbus 320<br/>1110 AH "
             "Diemen<br/>www.zorginstituutnederland.nl</p></td></tr></table>"
             "<p class='small'>&gt; Retouradres Postbus 320 1110 AH Diemen</p>"
             "<p>De minister van Volksgezondheid, Welzijn en Sport<br/>Postbus 20350<br/>2500 EJ Den Haag</p>"
             "<table cellpadding='1' cellspacing='0'>"
             "<tr><td width='110'><p class='small'>Datum</p></td><td><p class='small'>17 februari 2026</p></td></tr>"
             "<tr><td><p class='small'>Onze referentie</p></td><td><p class='small'>2026004417</p></td></tr>"
             "<tr><td><p class='small'>Uw referentie</p></td><td><p class='small'>3911203-1071450-GMT</p></td></tr>"
             "<tr><td><p class='small'>Betreft</p></td><td><p class='small'><b>Pakketadvies ravotercept "
             "(Pulvenra®) bij pulmonale arteriële hypertensie</b></p></td></tr></table><p></p>"
             "<p>Geachte minister,</p>"
             "<p>U heeft het Zorginstituut op 2 juni 2025 gevraagd te beoordelen of ravotercept (Pulvenra®) "
             "behoort tot de te verzekeren prestaties van de Zorgverzekeringswet (Zvw). Het middel is in de sluis "
             "voor dure geneesmiddelen geplaatst. Met deze brief brengen wij ons advies uit. Het "
             "farmacotherapeutisch rapport en het farmaco-economisch rapport zijn als bijlagen toegevoegd.</p>"
             "<table width='100%' border='1' bordercolor='#00529b' cellpadding='6' cellspacing='0'><tr>"
             "<td bgcolor='#e6eef7'><p><b>Advies in het kort</b></p><p>Ravotercept heeft voor een deel van de "
             "patiënten met PAH een therapeutische meerwaarde, maar is tegen de huidige prijs niet "
             "kosteneffectief. Opname in het pakket is verantwoord als de prijs fors daalt, de groep patiënten "
             "wordt afgebakend en het gebruik in de expertisecentra plaatsvindt. Daarnaast vragen wij aandacht "
             "voor het verzamelen van gegevens over de uitkomsten.</p></td></tr></table><p></p>"
             "<h2>Achtergrond</h2>"
             "<p>Pulmonale arteriële hypertensie (PAH) is een zeldzame, progressieve aandoening van de "
             "longvaten. In Nederland zijn ongeveer 1.100 patiënten bekend, die worden behandeld in vier "
             "expertisecentra. Ravotercept is een activinesignaalremmer die als aanvulling op de bestaande "
             "behandeling eens per drie weken onderhuids wordt toegediend. De lijstprijs is € 148.600 per "
             "patiënt per jaar.</p>"
             "<h2>Beoordeling stand van de wetenschap en praktijk</h2>"
             "<p>Op grond van artikel 2.1, derde lid, van het Besluit zorgverzekering moet de zorg voldoen aan "
             "de stand van de wetenschap en praktijk. Uit de registratiestudie blijkt dat ravotercept de "
             "zesminutenloopafstand na 24 weken met gemiddeld 41 meter verbetert en het risico op klinische "
             "verslechtering met 76 procent vermindert ten opzichte van placebo, bij patiënten in functionele "
             "klasse II en III. Over patiënten in klasse IV zijn vrijwel geen gegevens. De Wetenschappelijke "
             "Adviesraad (WAR) concludeert dat ravotercept voor klasse II en III een therapeutische meerwaarde "
             "heeft. De langetermijneffecten zijn onzeker; de fabrikant zou daarover volgens de WAR meer gegevens "
             "moeten verzamelen.</p>"
             "<h2>Kosteneffectiviteit en budgetimpact</h2>"
             "<p>De incrementele kosteneffectiviteitsratio (ICER) bedraagt € 312.000 per gewonnen QALY, bij een "
             "referentiewaarde van € 80.000 per QALY die past bij de ziektelast van PAH (0,72). Om binnen die "
             "referentiewaarde te komen, moet de prijs met ten minste 70 procent dalen. Tabel 1 geeft de "
             "verwachte budgetimpact tegen de lijstprijs.</p>"
             "<table width='85%' border='1' cellpadding='3' cellspacing='0'><tr><th>Jaar na opname</th>"
             "<th>Patiënten</th><th>Kosten (mln euro)</th></tr>"
             "<tr><td>1</td><td>180</td><td>26,7</td></tr><tr><td>2</td><td>290</td><td>43,1</td></tr>"
             "<tr><td>3</td><td>340</td><td>50,5</td></tr></table>"
             "<p class='small'>Tabel 1 Geschatte budgetimpact ravotercept bij lijstprijs</p>"
             "<p>In ons advies over de sluis van 2022 schreven wij al:</p>"
             "<p class='q'>'Wij adviseren u bij middelen met een hoge budgetimpact de prijsonderhandeling altijd te "
             "combineren met afspraken over gepast gebruik.'</p>"
             "<p>Dat advies is voor ravotercept onverminderd van belang. De Adviescommissie Pakket (ACP) heeft op "
             "30 januari 2026 over ons conceptadvies gesproken en kan zich erin vinden.</p>"
             "<h2>Ons advies</h2>"
             "<p>Het Zorginstituut concludeert dat ravotercept voldoet aan het criterium stand van de wetenschap en "
             "praktijk voor patiënten in functionele klasse II en III, maar dat het middel tegen de huidige prijs "
             "niet kosteneffectief is. Wij adviseren u:</p><ul>"
             "<li><p>ravotercept alleen op te nemen in het basispakket als de prijs met ten minste 70 procent "
             "daalt, en de uitkomst van de onderhandeling te toetsen aan de referentiewaarde;</p></li>"
             "<li><p>de aanspraak te beperken tot volwassenen met PAH in functionele klasse II of III die ondanks "
             "behandeling met ten minste twee andere middelen onvoldoende verbeteren, en die voorwaarden op te "
             "nemen in bijlage 2 bij de Regeling zorgverzekering;</p></li>"
             "<li><p>het middel pas in het pakket op te nemen nadat de beroepsverenigingen een gezamenlijk "
             "indicatieprotocol hebben vastgesteld;</p></li>"
             "<li><p>het voorschrijven te concentreren in de vier expertisecentra voor pulmonale "
             "hypertensie.</p></li></ul>"
             "<p>Wij adviseren u verder de fabrikant te laten deelnemen aan een registratie van uitkomsten bij "
             "Nederlandse patiënten en het Zorginstituut te vragen het middel na drie jaar opnieuw te "
             "beoordelen. Dan kan ook worden bezien of de beperking tot klasse II en III nog nodig is.</p>"
             "<h2>Overige bevinding</h2>"
             "<p>Bij de beoordeling viel op dat twee oudere middelen tegen PAH, die onderling vervangbaar zijn, in "
             "verschillende clusters van het Geneesmiddelenvergoedingssysteem (GVS) zijn ingedeeld. Ten slotte "
             "adviseren wij u om te laten onderzoeken of de endothelinereceptorantagonisten in één cluster "
             "kunnen worden geplaatst, zodat een vergoedingslimiet geldt.</p>"
             "<p>Hoogachtend,</p><p>drs. J.H. Vermeulen-Adriaanse<br/>Voorzitter Raad van Bestuur</p>"
             "<p class='small'>Bijlagen: farmacotherapeutisch rapport ravotercept (2026004418); farmaco-economisch "
             "rapport ravotercept (2026004419)</p>")
    h.append("</body></html>")
    B.soffice_pdf("".join(h), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Zorginstituut Nederland | Pakketadvies ravotercept | 2026004417",
            "Pagina {n} van {m}", F["Regular"], skip_first=True)


def response():
    h = ["<!doctype html><html lang='nl'><head><meta charset='utf-8'>", RES_CSS, "</head><body>"]
    h.append("<table width='100%' cellpadding='4' cellspacing='0' border='0'><tr>"
             "<td width='65%' bgcolor='#154273'><p class='sc'><font color='#ffffff' size='5'><b>STAATSCOURANT"
             "</b></font></p></td><td width='35%'><p class='sc'><font size='1'>Officiële uitgave van het "
             "Koninkrijk der Nederlanden sinds 1814.</font></p></td></tr></table>"
             "<p class='sc'><font size='2'><b>Nr. 11872 | 9 april 2026</b></font></p><p></p>"
             "<h1>Regeling van de Minister van Volksgezondheid, Welzijn en Sport van 3 april 2026, kenmerk "
             "4120567-1089234-GMT, tot wijziging van de Regeling zorgverzekering in verband met de aanspraak op "
             "ravotercept</h1>"
             "<p>De Minister van Volksgezondheid, Welzijn en Sport,</p>"
             "<p>Gelet op artikel 2.8, tweede lid, van het Besluit zorgverzekering;</p><p>Besluit:</p>"
             "<p class='art'>ARTIKEL I</p>"
             "<p>Bijlage 2 bij de Regeling zorgverzekering wordt als volgt gewijzigd:</p>"
             "<p class='ind'>A. Na onderdeel 144 wordt een onderdeel ingevoegd, luidende:</p>"
             "<p class='ind'>145. Ravotercept<br/>Voorwaarde: uitsluitend voor een verzekerde van achttien jaar of "
             "ouder met pulmonale arteriële hypertensie in functionele klasse II, III of IV, bij wie behandeling "
             "met ten minste twee andere geneesmiddelen tegen deze aandoening onvoldoende effect heeft gehad, en "
             "uitsluitend indien voorgeschreven door een medisch specialist verbonden aan een expertisecentrum "
             "voor pulmonale hypertensie.</p>"
             "<p class='ind'>B. In onderdeel 98 wordt 'de artikelen 2.8 en 2.9' vervangen door 'artikel 2.8'.</p>"
             "<p class='art'>ARTIKEL II</p>"
             "<p>Deze regeling treedt in werking met ingang van 1 mei 2026.</p>"
             "<p>Deze regeling zal met de toelichting in de Staatscourant worden geplaatst.</p>"
             "<p class='sig'>De Minister van Volksgezondheid, Welzijn en Sport,<br/>M.A. Oudendijk</p>"
             "<h2>TOELICHTING</h2>"
             "<h3>1. Inleiding</h3>"
             "<p>Met deze regeling wordt het geneesmiddel ravotercept (Pulvenra®) per 1 mei 2026 onder voorwaarden "
             "toegelaten tot het basispakket. Het middel stond sinds juni 2025 in de sluis voor dure "
             "geneesmiddelen. Onderdeel B herstelt een verwijzing die bij een eerdere wijziging onjuist was "
             "geworden.</p>"
             "<h3>2. Pakketadvies Zorginstituut Nederland</h3>"
             "<p>Het Zorginstituut heeft op 17 februari 2026 advies uitgebracht (kenmerk 2026004417). Het "
             "concludeert dat ravotercept voor een deel van de patiënten een therapeutische meerwaarde heeft, maar "
             "tegen de lijstprijs niet kosteneffectief is, en verbindt aan opname een aantal voorwaarden. Hieronder "
             "ga ik daarop in.</p>"
             "<h3>3. Voorwaarden voor de aanspraak</h3>"
             "<p>Het voorschrijven is, zoals het Zorginstituut adviseert, voorbehouden aan medisch specialisten "
             "van de vier expertisecentra. Zo blijft de kennis over deze kleine groep patiënten gebundeld.</p>"
             "<p>De voorwaarde dat eerst ten minste twee andere middelen zijn gebruikt, neem ik over. Anders dan het "
             "Zorginstituut adviseert, beperk ik de aanspraak niet tot functionele klasse II en III. De "
             "beroepsverenigingen hebben erop gewezen dat patiënten in klasse IV anders geen enkel alternatief "
             "hebben behalve longtransplantatie; het gaat om naar schatting twintig patiënten per jaar. Ik heb "
             "daarom ook klasse IV in de voorwaarde opgenomen.</p>"
             "<h3>4. Financieel arrangement</h3>"
             "<p>Het Bureau Onderhandeling Geneesmiddelen heeft met de fabrikant een financieel arrangement "
             "gesloten voor de periode tot en met 2030. De netto prijs die daaruit volgt, ligt meer dan 70 procent "
             "onder de lijstprijs en valt binnen de referentiewaarde van € 80.000 per QALY. Over de hoogte van de "
             "korting is geheimhouding overeengekomen.</p>"
             "<h3>5. Gepast gebruik en uitkomstregistratie</h3>"
             "<p>Ik heb overwogen de opname uit te stellen tot de beroepsverenigingen hun indicatieprotocol hebben "
             "vastgesteld. Ik heb daar niet voor gekozen: patiënten zouden dan nog zeker een half jaar moeten "
             "wachten, terwijl de voorwaarden in bijlage 2 en de concentratie in de expertisecentra het gebruik al "
             "voldoende afbakenen. De beroepsverenigingen verwachten het protocol in het najaar van 2026 vast te "
             "stellen.</p>"
             "<p>De Zorgverzekeringswet biedt geen grondslag om een fabrikant te verplichten tot deelname aan een "
             "registratie. Ik ga met de fabrikant en de expertisecentra in gesprek over een bijdrage aan het "
             "bestaande PAH-register. Of een nieuwe beoordeling na drie jaar zinvol is, bezie ik zodra de eerste "
             "gegevens uit dat register beschikbaar zijn.</p>"
             "<h3>6. Regeldruk</h3>"
             "<p>Deze regeling brengt voor zorgaanbieders geen nieuwe administratieve verplichtingen mee. Het "
             "Adviescollege toetsing regeldruk heeft het dossier niet geselecteerd voor een formeel advies.</p>"
             "<h3>7. Financiële gevolgen</h3>"
             "<p>De kosten zijn verwerkt in de raming van de uitgaven onder het Budgettair Kader Zorg voor 2026 en "
             "volgende jaren.</p>"
             "<h3>8. Inwerkingtreding</h3>"
             "<p>Van de minimale invoeringstermijn van twee maanden wordt afgeweken, omdat de regeling geen nieuwe "
             "verplichtingen oplegt en patiënten zo snel mogelijk toegang tot het middel moeten krijgen.</p>"
             "<p class='sig'>De Minister van Volksgezondheid, Welzijn en Sport,<br/>M.A. Oudendijk</p>")
    h.append("</body></html>")
    B.soffice_pdf("".join(h), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Staatscourant 2026 nr. 11872 | 9 april 2026", "{n}", S["Regular"],
            skip_first=True)


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("1", "ravotercept alleen op te nemen in het basispakket als de prijs",
         "De netto prijs die daaruit volgt, ligt meer dan 70 procent", "agrees"),
        ("2", "de aanspraak te beperken tot volwassenen met PAH in functionele klasse",
         "beperk ik de aanspraak niet tot functionele klasse II en III", "partly"),
        ("3", "het middel pas in het pakket op te nemen nadat de beroepsverenigingen",
         "Ik heb daar niet voor gekozen: patiënten zouden dan", "disagrees"),
        ("4", "het voorschrijven te concentreren in de vier expertisecentra voor pulmonale hypertensie",
         "voorbehouden aan medisch specialisten van de vier expertisecentra", "agrees"),
        ("5", "Wij adviseren u verder de fabrikant te laten deelnemen aan een registratie",
         "Ik ga met de fabrikant en de expertisecentra in gesprek", "noted", ["partly"]),
        ("6", "Ten slotte adviseren wij u om te laten onderzoeken of de",
         None, "unanswered"),
    ]
    unmatched = ["heeft het dossier niet geselecteerd voor een formeel advies"]
    notes = ("Zorginstituut pakketadvies in letter form: an 'Advies in het kort' box summarising (not listing) the "
             "advice, WAR and ACP, a budget impact table, the 2022 sluis advice quoted ('Wij adviseren u bij "
             "middelen ...': trap), Besluit zorgverzekering article 2.1, a finding 'zou ... moeten verzamelen'; "
             "recommendations: four unnumbered bullets after 'Wij adviseren u:' (1 price -70 %, 2 restriction to "
             "class II/III after two other drugs, 3 wait for the indicatieprotocol, 4 expertise centres), then 5 "
             "'Wij adviseren u verder ...' (registry + reassessment after three years) and 6 'Ten slotte adviseren "
             "wij u ...' (GVS cluster) under 'Overige bevinding'. Reply = the ministerial regulation in the "
             "Staatscourant (Artikel I/II restate the decision; not replies) and its Toelichting: section 3 holds 4 "
             "('zoals het Zorginstituut adviseert': agrees) and 2 (two drugs first taken over, class IV NOT "
             "excluded: partly); section 4 answers 1 (net price more than 70 % below list price: agrees); section 5 "
             "answers 3 ('Ik heb daar niet voor gekozen': disagrees) and 5 (no legal basis to oblige, talks with "
             "the maker, reassessment to be considered later: noted, also partly); 6 unanswered. Sections 6 "
             "Regeldruk, 7 Financiële gevolgen and 8 Inwerkingtreding answer nothing; section 2 only summarises.")
    B.write_expected(NAME, recs, unmatched, notes)
    sys.exit(0 if B.check(NAME) else 1)
