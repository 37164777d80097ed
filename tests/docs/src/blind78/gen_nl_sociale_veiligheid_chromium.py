"""Round 78 (nl): the RAPPORT of an external ONDERZOEKSCOMMISSIE SOCIALE VEILIGHEID (an inquiry into undesirable
behaviour at a hogeschool's academy), answered by the College van Bestuur's 'VRAGEN EN ANTWOORDEN' (a Q&A page
published with its reaction).

Advice: (invented) Commissie onderzoek sociale veiligheid Academie voor Bouwkunde, Hogeschool Dommelland, 'Zien,
zeggen, doen', 3 p., sans: research questions 1-4, a table of meldingen per year, the Arbobesluit's duty ('moet
... beleid voeren'), the gedragscode quoted ('Medewerkers moeten ...'), interview quotes with 'moet', an 'In het
kort' box paraphrasing, and the recommendations as ROMAN-numbered hanging items I-VII under 'Aanbevelingen'.
Response: 'Vragen en antwoorden' (2 p.): bold questions, answers in prose, in another order: why (nothing), I agrees,
ONE question on 'herstel' = III agrees + IV disagrees, II partly, VII agrees, V noted, 'Worden er mensen ontslagen?'
and 'Ik wil nu iets melden' (nothing); VI unanswered.
Engine: headless Chromium --print-to-pdf (ligature-free DejaVu copies via @font-face; footer stamped with PyMuPDF).

Run: /tmp/blind78nl/bin/python tests/docs/src/blind78/gen_nl_sociale_veiligheid_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b78nl as B  # noqa: E402

NAME = "blind78_nl_sociale_veiligheid"
SANS = B.nolig_fonts()


def css(accent):
    faces = "".join(
        f"@font-face {{ font-family: 'B78S'; src: url('file://{SANS[s]}'); font-weight: {w}; font-style: {st}; }}\n"
        for s, w, st in (("Regular", "normal", "normal"), ("Bold", "bold", "normal"), ("Italic", "normal", "italic"),
                         ("Bold Italic", "bold", "italic")))
    return faces + """
@page { size: A4; margin: 20mm 22mm 20mm 22mm; }
body { font-family: 'B78S'; font-size: 9.6pt; line-height: 1.45; color: #1a1a1a; }
p { margin: 0 0 6pt 0; }
h1 { font-size: 19pt; margin: 0 0 2pt 0; color: %(a)s; }
h2 { font-size: 11.5pt; margin: 13pt 0 4pt 0; color: %(a)s; }
.kick { font-size: 8.5pt; text-transform: uppercase; letter-spacing: 1pt; color: #666; margin-bottom: 6pt; }
.sub { font-size: 11pt; color: #444; margin-bottom: 12pt; }
.box { background: #f3ece6; border-top: 3pt solid %(a)s; padding: 6pt 10pt; margin: 8pt 0 10pt 0; }
table.d { border-collapse: collapse; font-size: 8.6pt; margin: 4pt 0 10pt 0; }
table.d th { border-bottom: 1.2pt solid %(a)s; text-align: left; padding: 2pt 10pt 2pt 0; }
table.d td { border-bottom: 0.4pt solid #bbb; padding: 2pt 10pt 2pt 0; }
blockquote { font-style: italic; margin: 4pt 12mm 8pt 8mm; border-left: 2pt solid #ccc; padding-left: 6pt; }
.rec { display: flex; margin: 0 0 6pt 0; }
.rec .n { flex: 0 0 11mm; font-weight: bold; color: %(a)s; }
.rec .t { flex: 1; }
ol { margin: 2pt 0 8pt 0; padding-left: 7mm; }
.q { font-weight: bold; font-size: 10.2pt; margin: 11pt 0 3pt 0; color: %(a)s; }
.meta { font-size: 8.5pt; color: #555; border-bottom: 0.5pt solid #bbb; padding-bottom: 6pt; margin-bottom: 8pt; }
""" % {"a": accent}


def page(style, body):
    return f"<!doctype html><html lang='nl'><head><meta charset='utf-8'><style>{style}</style></head><body>{body}</body></html>"


def rec(n, t):
    return f'<div class="rec"><div class="n">{n}.</div><div class="t">{t}</div></div>'


def advice():
    body = """
<div class="kick">Hogeschool Dommelland | Rapport</div>
<h1>Zien, zeggen, doen</h1>
<div class="sub">Onderzoek naar de sociale veiligheid bij de Academie voor Bouwkunde<br>
Commissie onderzoek sociale veiligheid, 9 maart 2026</div>
<div class="box"><b>In het kort.</b> Bij de Academie voor Bouwkunde hebben medewerkers en studenten jarenlang
grensoverschrijdend gedrag ervaren zonder dat er iets mee gebeurde. Melden voelde onveilig, leidinggevenden grepen
niet in en melders hoorden niets terug. De commissie wil dat er een meldpunt komt buiten de lijn, dat leidinggevenden
worden geschoold, dat melders erkenning krijgen en dat de hogeschool de voortgang laat toetsen.</div>
<h2>1 Opdracht en werkwijze</h2>
<p>Het College van Bestuur heeft de commissie in september 2025 gevraagd onderzoek te doen naar de sociale
veiligheid bij de Academie voor Bouwkunde, na berichten in de studentenkrant over intimidatie door docenten.
De commissie bestond uit drie externe leden en werkte onafhankelijk. Zij beantwoordde de volgende vragen:</p>
<ol>
<li>Welk grensoverschrijdend gedrag hebben medewerkers en studenten sinds 2019 ervaren?</li>
<li>Hoe is met meldingen van dat gedrag omgegaan?</li>
<li>Welke factoren in cultuur en organisatie hebben daaraan bijgedragen?</li>
<li>Wat is nodig om de sociale veiligheid te herstellen?</li>
</ol>
<p>De commissie sprak met 61 personen en bestudeerde dossiers, notulen en e-mails. Alle gesprekken zijn
vertrouwelijk gevoerd; citaten zijn geanonimiseerd.</p>
<h2>2 Wat de commissie aantrof</h2>
<p>Vrijwel alle gesprekspartners beschrijven een cultuur waarin een kleine groep ervaren docenten de toon zette.
Kritiek op hen werd afgedaan als gebrek aan loyaliteit. Studenten vertelden over beoordelingen die afhingen van de
relatie met de docent. Een medewerker zei: <i>'Je moet hier vooral niet opvallen, dan overleef je het wel.'</i></p>
<table class="d">
<tr><th>Jaar</th><th>Meldingen bij vertrouwenspersoon</th><th>Formele klachten</th><th>Afgehandeld met terugkoppeling</th></tr>
<tr><td>2021</td><td>7</td><td>1</td><td>0</td></tr>
<tr><td>2022</td><td>11</td><td>2</td><td>1</td></tr>
<tr><td>2023</td><td>9</td><td>0</td><td>0</td></tr>
<tr><td>2024</td><td>16</td><td>3</td><td>1</td></tr>
<tr><td>2025</td><td>23</td><td>4</td><td>2</td></tr>
</table>
<p>Op grond van het Arbobesluit moet de werkgever beleid voeren om psychosociale arbeidsbelasting, waaronder
ongewenst gedrag, te voorkomen of te beperken. De hogeschool heeft zo'n beleid en een gedragscode. Daarin staat:</p>
<blockquote>'Medewerkers moeten elkaar en studenten met respect bejegenen en spreken elkaar aan op gedrag dat daarmee
in strijd is.'</blockquote>
<p>Op papier is het dus goed geregeld. In de praktijk wisten veel medewerkers niet wie de vertrouwenspersoon was,
en meldingen kwamen uiteindelijk terecht bij de leidinggevende van de persoon over wie werd gemeld. Een
leidinggevende zou in zo'n geval de melding moeten doorzetten, maar dat gebeurde meestal niet.</p>
<h2>3 Analyse</h2>
<p>De commissie ziet drie oorzaken. Ten eerste liep de enige route om te melden via de lijn. Ten tweede waren
leidinggevenden niet toegerust om gesprekken over gedrag te voeren; zij zijn benoemd op vakinhoudelijke gronden.
Ten derde was er een hoge werkdruk, waardoor conflicten bleven liggen. Studenten zeiden dat de opleiding
<i>'eerst maar eens moet laten zien dat melden zin heeft'</i>. Eerdere signalen, zoals de medewerkersmonitor van
2022, zijn niet opgepakt. In die monitor werd geadviseerd: <i>'Bespreek de uitkomsten in elk team en maak
afspraken.'</i> Dat is in twee van de zeven teams gebeurd.</p>
<h2>4 Aanbevelingen</h2>
<p>De commissie doet het College van Bestuur de volgende aanbevelingen.</p>
""" + rec("I", "Stel een onafhankelijk meldpunt in dat buiten de lijn staat en waar medewerkers en studenten ook "
               "anoniem terechtkunnen, met een vaste termijn voor terugkoppeling aan de melder.") + \
        rec("II", "Verplicht alle leidinggevenden van de academie om binnen een jaar een leergang over het voeren van "
                  "gesprekken over gedrag en het afhandelen van meldingen te volgen.") + \
        rec("III", "Bied iedereen die zich bij de commissie heeft gemeld een herstelgesprek aan met een lid van het "
                   "College van Bestuur, als de melder dat wil.") + \
        rec("IV", "Stel een fonds in waaruit melders die aantoonbaar schade hebben geleden een financiële "
                  "tegemoetkoming kunnen krijgen.") + \
        rec("V", "Publiceer jaarlijks een openbare rapportage over het aantal meldingen, de afhandeling en de "
                 "getroffen maatregelen per academie.") + \
        rec("VI", "Breng de werkdruk in de teams van de academie in kaart en maak ruimte in de formatie voor "
                  "teamoverleg en begeleiding van nieuwe docenten.") + \
        rec("VII", "Laat over twee jaar door een externe partij onderzoeken of de maatregelen tot een veiliger "
                   "klimaat hebben geleid, en maak de uitkomst openbaar.") + """
<p>De commissie benadrukt dat de maatregelen alleen werken als de hogeschool ze als samenhangend geheel uitvoert.
Zij heeft geen oordeel gegeven over individuele personen; dat viel buiten de opdracht.</p>
<p style="margin-top:10pt">mr. H.W. (Hester) van Oosterwijk, voorzitter<br>prof. dr. R. Baghdadi<br>drs. K.J. Smulders</p>
"""
    B.chromium_pdf(page(css("#8a2d1c"), body), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Zien, zeggen, doen | Commissie onderzoek sociale veiligheid",
            "pagina {n} van {m}", SANS["Regular"])


def response():
    qs = [
        ("Waarom is dit onderzoek gedaan?",
         "In het najaar van 2025 verschenen in de studentenkrant verhalen over intimidatie bij de Academie voor "
         "Bouwkunde. Het College van Bestuur wilde weten wat er aan de hand was en heeft daarom een externe "
         "commissie ingesteld. Het rapport is op 9 maart 2026 aangeboden en staat op de website."),
        ("Komt er een plek waar ik kan melden zonder via mijn leidinggevende te gaan?",
         "Ja. Per 1 mei 2026 opent het Meldpunt Integriteit en Omgangsvormen, dat rechtstreeks onder de secretaris "
         "van het College van Bestuur valt en dus los staat van de academies. U kunt er ook anoniem melden. Het "
         "college neemt de aanbeveling van de commissie hiermee integraal over: elke melder hoort binnen tien "
         "werkdagen wat er met de melding gebeurt."),
        ("Wat doet de hogeschool voor mensen die zich bij de commissie hebben gemeld?",
         "Alle melders krijgen in april een brief met het aanbod van een persoonlijk gesprek met de voorzitter of "
         "een ander lid van het college. Dat aanbod staat open zolang iemand dat wil."
         "<br><br>Een apart fonds voor financiële tegemoetkomingen stelt het college niet in. Wie schade heeft "
         "geleden, kan een beroep doen op de bestaande klachten- en schaderegeling, waarbij de hogeschool per geval "
         "beoordeelt of vergoeding op zijn plaats is. Een fonds naast die regeling vindt het college niet nodig."),
        ("Moeten alle leidinggevenden een training volgen?",
         "Het college vindt het belangrijk dat leidinggevenden gesprekken over gedrag kunnen voeren. De leergang "
         "wordt verplicht voor leidinggevenden die na 1 januari 2026 zijn benoemd. Voor zittende leidinggevenden "
         "is de leergang vrijwillig, omdat velen van hen al een vergelijkbare cursus hebben gedaan; hun "
         "functioneren op dit punt komt wel aan bod in het jaargesprek."),
        ("Hoe weten we over twee jaar of het beter gaat?",
         "In het voorjaar van 2028 laat het college een extern bureau onderzoeken of de maatregelen werken. Ook "
         "dat rapport wordt openbaar, net als dit rapport."),
        ("Worden de cijfers over meldingen openbaar?",
         "De commissie stelt een openbare jaarlijkse rapportage per academie voor. Het college heeft daar kennis "
         "van genomen. De Vereniging Hogescholen werkt aan een landelijke monitor sociale veiligheid, en het "
         "college wil eerst zien hoe die eruit komt te zien voordat het over een eigen rapportage beslist."),
        ("Worden er mensen ontslagen?",
         "De commissie heeft bewust geen oordeel gegeven over personen. Waar meldingen over individuele medewerkers "
         "gaan, volgt de hogeschool de gewone arbeidsrechtelijke procedures. Over lopende procedures doet het "
         "college geen mededelingen."),
        ("Ik wil nu iets melden. Waar kan ik terecht?",
         "Tot 1 mei kunt u terecht bij de vertrouwenspersonen van de hogeschool: vertrouwenspersoon@dommelland.nl "
         "of telefonisch via 040 211 4400 (werkdagen 9.00-17.00 uur). Studenten kunnen ook naar de "
         "studentendecaan."),
    ]
    body = """
<div class="kick">Hogeschool Dommelland | College van Bestuur</div>
<h1 style="font-size:17pt">Vragen en antwoorden</h1>
<div class="sub">bij de reactie van het College van Bestuur op het rapport 'Zien, zeggen, doen'</div>
<div class="meta">Gepubliceerd op 26 maart 2026 | Laatst bijgewerkt op 26 maart 2026 | Dienst Communicatie</div>
<p>Op deze pagina staan de vragen die medewerkers en studenten het meest stelden na de presentatie van het rapport
over de Academie voor Bouwkunde. De volledige reactie van het college staat in de brief aan de medezeggenschapsraad
van 26 maart.</p>
""" + "".join(f'<div class="q">{q}</div><p>{a}</p>' for q, a in qs)
    B.chromium_pdf(page(css("#1f5a7a"), body), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Vragen en antwoorden | reactie College van Bestuur", "{n}/{m}",
            SANS["Regular"])


RECS = [
    ("I", "Stel een onafhankelijk meldpunt in dat buiten de lijn staat",
     "college neemt de aanbeveling van de commissie hiermee integraal over", "agrees"),
    ("II", "Verplicht alle leidinggevenden van de academie om binnen een jaar",
     "Voor zittende leidinggevenden is de leergang vrijwillig", "partly"),
    ("III", "Bied iedereen die zich bij de commissie heeft gemeld een herstelgesprek",
     "krijgen in april een brief met het aanbod van een persoonlijk gesprek", "agrees"),
    ("IV", "Stel een fonds in waaruit melders die aantoonbaar schade hebben",
     "Een fonds naast die regeling vindt het college niet nodig", "disagrees"),
    ("V", "Publiceer jaarlijks een openbare rapportage over het aantal meldingen",
     "Het college heeft daar kennis van genomen", "noted"),
    ("VI", "Breng de werkdruk in de teams van de academie in kaart", None, "unanswered"),
    ("VII", "Laat over twee jaar door een externe partij onderzoeken of",
     "laat het college een extern bureau onderzoeken of de maatregelen werken", "agrees"),
]
UNMATCHED = [
    "Het College van Bestuur wilde weten wat er aan de hand was",
    "volgt de hogeschool de gewone arbeidsrechtelijke procedures",
    "Tot 1 mei kunt u terecht bij de vertrouwenspersonen",
]
NOTES = ("RAPPORT of an external ONDERZOEKSCOMMISSIE SOCIALE VEILIGHEID on a hogeschool's academy, answered by the "
         "College van Bestuur's 'VRAGEN EN ANTWOORDEN' page (Q&A). The Arbobesluit is real; the hogeschool, the "
         "commission, the figures and people are invented. Recommendations: ROMAN-numbered hanging items I-VII "
         "under '4 Aanbevelingen' (imperatives; numbers are the numerals). Traps: an 'In het kort' box paraphrasing "
         "them ('De commissie wil dat ...'); research questions 1-4 as a numbered list; a table of meldingen; the "
         "Arbobesluit's 'moet de werkgever beleid voeren'; the gedragscode quoted ('Medewerkers moeten'); "
         "interview quotes with 'moet'; 'zou ... moeten doorzetten' as a finding; the 2022 monitor's advice quoted "
         "as an imperative ('Bespreek de uitkomsten'). Q&A, no numerals, questions in the reader's words and "
         "another order: 'Waarom is dit onderzoek gedaan?' (nothing); meldpunt = I agrees; ONE question on the "
         "melders = III agrees (first paragraph) + IV disagrees (second paragraph, no fund); training = II partly "
         "(compulsory only for new leidinggevenden); 'over twee jaar' = VII agrees; cijfers = V noted ('kennis van "
         "genomen', waits for the national monitor); 'Worden er mensen ontslagen?' and 'Ik wil nu iets melden' "
         "(nothing); VI (werkdruk) unanswered.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
