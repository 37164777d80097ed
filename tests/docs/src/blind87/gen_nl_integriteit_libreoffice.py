"""Round 87 (nl, Dutch): a QUICKSCAN INTEGRITEITSBELEID of a municipality by an external bureau, answered by the
burgemeester's ACTIEPLAN INTEGRITEIT (an action table 'Actie | Aanbeveling | Trekker | Gereed').

Advice: (invented) Bureau Rechtlijn, 'Quickscan integriteitsbeleid gemeente Lindenwaard' (2-3 p., LibreOffice from HTML,
serif, letterhead table, framed 'Kernbevindingen' box, stamped head and 'n / m'); seven recommendations CODED I.1-I.7 in
a ruled table 'Code | Aanbeveling | Prioriteit'; traps: findings B1-B4 ('moet' art. 15 Ambtenarenwet 2017 and
art. 170 Gemeentewet, 'zou ... moeten'), the 2019 rekenkamer recommendation quoted, the 2014 gedragscode, dates.
Response: actieplan (1-2 p.) citing the codes, order I.6, I.3+I.1, I.7, I.2, I.4; I.5 unanswered; intro, an
'Ondermijning' section and 'Vaststelling' answer nothing.
Lindenwaard, the bureau, people and figures are invented; what is said of the laws is not to be relied on.

Run: /tmp/blind87nl/bin/python tests/docs/src/blind87/gen_nl_integriteit_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b87nl as B  # noqa: E402

NAME = "blind87_nl_integriteit"
F = B.tmp_fonts()
FS = B.tmp_fonts("B87NL Serif", B.SERIF_FILES)
STYLE = """<style> body { font-family: 'B87NL Serif'; font-size: 10pt; } h1 { font-family: 'B87NL Sans'; font-size: 16pt;
color: #1d3f66; } h2 { font-family: 'B87NL Sans'; font-size: 11.5pt; color: #1d3f66; } h3 { font-family: 'B87NL Sans'; font-size: 10pt; } td, th { font-size: 9pt;
vertical-align: top; } th { background: #dbe4ef; font-family: 'B87NL Sans'; } </style>"""


def advice():
    recs = [
        ("I.1", "Stel een vertrouwenspersoon integriteit aan die ook voor raadsleden en wethouders toegankelijk is.", "hoog"),
        ("I.2", "Houd het register van nevenfuncties van burgemeester en wethouders maandelijks actueel op de website.", "hoog"),
        ("I.3", "Voer een verplichte integriteitstraining in voor nieuwe medewerkers binnen drie maanden na indiensttreding.", "middel"),
        ("I.4", "Laat meldingen van vermoedelijke integriteitsschendingen standaard onderzoeken door een externe partij.", "middel"),
        ("I.5", "Rapporteer jaarlijks aan de raad over het aantal meldingen en de afhandeling ervan.", "middel"),
        ("I.6", "Actualiseer de gedragscode voor medewerkers, die nog dateert van 2014.", "hoog"),
        ("I.7", "Maak integriteit een vast onderwerp van de jaarlijkse gesprekken tussen leidinggevende en medewerker.", "laag"),
    ]
    rows = "".join(f"<tr><td><b>{c}</b></td><td>{t}</td><td>{p}</td></tr>" for c, t, p in recs)
    html = f"""<html><head><meta charset="utf-8">{STYLE}</head><body>
<table width="100%" cellpadding="6" bgcolor="#1d3f66"><tr><td><font color="#ffffff"><b>BUREAU RECHTLIJN</b><br>
advies en onderzoek voor het openbaar bestuur</font></td><td align="right"><font color="#ffffff">Rapport BR-2026-017<br>
26 januari 2026</font></td></tr></table>
<h1>Quickscan integriteitsbeleid gemeente Lindenwaard</h1>
<p><i>In opdracht van de burgemeester van Lindenwaard</i></p>
<h2>1. Opdracht en werkwijze</h2>
<p>De burgemeester van Lindenwaard vroeg ons in oktober 2025 om in korte tijd na te gaan hoe het integriteitsbeleid
van de gemeente ervoor staat. Wij bestudeerden de beleidsdocumenten, analyseerden de meldingen van 2021 tot en met 2025
en spraken met veertien medewerkers, drie leidinggevenden, de griffier, twee wethouders en vier raadsleden.</p>
<table width="100%" border="1" cellpadding="6"><tr><td><b>Kernbevindingen</b><br>
B1. De burgemeester moet op grond van artikel 170 van de Gemeentewet de bestuurlijke integriteit bevorderen; dat
gebeurt vooral bij de installatie van een nieuw college en daarna nauwelijks.<br>
B2. Het college moet volgens artikel 15 van de Ambtenarenwet 2017 een gedragscode vaststellen; de huidige code is van
2014 en verwijst nog naar de oude wet.<br>
B3. Tussen 2021 en 2025 kwamen er 23 meldingen binnen; van negen is niet vastgelegd hoe zij zijn afgehandeld.<br>
B4. Medewerkers zouden beter moeten weten waar zij met een vermoeden terechtkunnen; een derde kende de
vertrouwenspersoon niet.</td></tr></table>
<h2>2. Bevindingen per thema</h2>
<h3>2.1 Regels en gedragscode</h3>
<p>De gemeente beschikt over een gedragscode voor medewerkers, een regeling nevenwerkzaamheden en een
klokkenluidersregeling. De gedragscode is sinds 2014 niet gewijzigd en verwijst nog naar het Ambtenarenreglement.
Medewerkers kennen de code nauwelijks: in de gesprekken kon niemand er een concreet voorbeeld uit noemen. De regels
over geschenken zijn wel bekend, vooral dankzij een jaarlijkse e-mail van de gemeentesecretaris in december.</p>
<h3>2.2 Melden en afhandelen</h3>
<p>Er is één interne vertrouwenspersoon, een medewerker van de afdeling Financiën die deze taak naast zijn eigen
werk vervult. Raadsleden en wethouders kunnen bij hem niet terecht; zij zijn voor vragen aangewezen op de
burgemeester, wat enkele gesprekspartners een drempel noemden. Meldingen worden intern onderzocht door de afdeling
HRM, ook als een leidinggevende van die afdeling bij de zaak betrokken is.</p>
<table width="70%" border="1" cellpadding="3" cellspacing="0"><tr><th>Jaar</th><th>Meldingen</th><th>Afhandeling vastgelegd</th></tr>
<tr><td>2021</td><td>3</td><td>2</td></tr><tr><td>2022</td><td>5</td><td>3</td></tr><tr><td>2023</td><td>4</td><td>2</td></tr>
<tr><td>2024</td><td>6</td><td>4</td></tr><tr><td>2025</td><td>5</td><td>3</td></tr></table>
<h3>2.3 Bestuurlijke integriteit</h3>
<p>Bij de installatie van het college in 2022 is een integriteitstoets uitgevoerd. Daarna is integriteit niet meer
als onderwerp op de agenda van het college of van het presidium geweest. De gemeenteraad heeft een eigen gedragscode
voor raadsleden, die in 2023 is geactualiseerd. Over het aantal meldingen en de afloop daarvan wordt de raad niet
geïnformeerd; het jaarverslag noemt integriteit niet.</p>
<h3>2.4 Cultuur en leiderschap</h3>
<p>De medewerkers die wij spraken, ervaren Lindenwaard als een open organisatie waarin dilemma's bespreekbaar zijn.
Tegelijk gaven zeven van hen aan dat integriteit in de jaarlijkse gesprekken met hun leidinggevende nooit aan de
orde kwam. Leidinggevenden zeggen daarvoor geen tijd of handvatten te hebben.</p>
<h2>3. Eerdere aanbevelingen</h2>
<p>In 2019 beval de rekenkamercommissie al aan: 'Zorg voor een actueel en volledig overzicht van de nevenfuncties van
politieke ambtsdragers.' Het overzicht is er gekomen, maar de laatste bijwerking dateert van maart 2024.</p>
<h2>4. Aanbevelingen</h2>
<p>Op grond van de bevindingen doen wij de volgende aanbevelingen. De kolom Prioriteit geeft aan welke wij het meest
dringend vinden.</p>
<table width="100%" border="1" cellpadding="4" cellspacing="0"><tr><th width="10%">Code</th><th>Aanbeveling</th>
<th width="14%">Prioriteit</th></tr>{rows}</table>
<h2>5. Tot besluit</h2>
<p>Wij danken alle gesprekspartners voor hun openheid. De conceptversie van dit rapport is op 12 januari 2026 voor
ambtelijk wederhoor aan de gemeentesecretaris voorgelegd; zijn feitelijke correcties zijn verwerkt.</p>
<p>mr. drs. L. (Lotte) Verbrugge en R. Haddou MSc, Bureau Rechtlijn</p>
</body></html>"""
    B.soffice_pdf(html, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Bureau Rechtlijn - Quickscan integriteitsbeleid Lindenwaard", "{n} / {m}", F["Regular"])


def response():
    acts = [
        ("1", "De nieuwe gedragscode is op 10 maart 2026 door het college vastgesteld en op intranet gepubliceerd.", "I.6",
         "gemeentesecretaris", "gereed"),
        ("2", "Alle nieuwe medewerkers volgen in hun eerste drie maanden de training 'Integer in Lindenwaard'; deze wordt "
              "onderdeel van het introductieprogramma. Een aparte vertrouwenspersoon voor bestuurders komt er niet: "
              "raadsleden en wethouders kunnen met vragen terecht bij de griffier of de burgemeester zelf.", "I.3 en I.1",
         "HRM / burgemeester", "1-9-2026"),
        ("3", "Integriteit komt terug in de jaargesprekken, maar alleen voor leidinggevenden en medewerkers in een "
              "kwetsbare functie.", "I.7", "HRM", "2027"),
        ("4", "Het overzicht van nevenfuncties wordt vanaf 1 juni elke maand bijgewerkt en op de website gezet.", "I.2",
         "kabinet burgemeester", "1-6-2026"),
        ("5", "Wij verkennen met de regiogemeenten of een gezamenlijke externe onderzoekspool haalbaar is; een besluit "
              "volgt na die verkenning.", "I.4", "gemeentesecretaris", "verkenning Q4"),
    ]
    rows = "".join(f"<tr><td>{a}</td><td>{t}</td><td>{c}</td><td>{w}</td><td>{g}</td></tr>" for a, t, c, w, g in acts)
    html = f"""<html><head><meta charset="utf-8">{STYLE}</head><body>
<p><font face="B87NL Sans" color="#1d3f66"><b>GEMEENTE LINDENWAARD</b> - de burgemeester</font></p>
<h1>Actieplan integriteit 2026-2027</h1>
<p><i>Reactie op de Quickscan integriteitsbeleid van Bureau Rechtlijn (BR-2026-017)</i></p>
<h2>Aanleiding</h2>
<p>Integriteit is de basis van het vertrouwen van inwoners in hun gemeente. Daarom liet ik het beleid in 2025 door een
onafhankelijk bureau doorlichten. Dit actieplan beschrijft wat het college en ik met de uitkomsten doen.</p>
<h2>Acties</h2>
<table width="100%" border="1" cellpadding="4" cellspacing="0"><tr><th width="6%">Nr.</th><th>Actie</th>
<th width="12%">Aanbeveling</th><th width="17%">Trekker</th><th width="13%">Gereed</th></tr>{rows}</table>
<h2>Ondermijning</h2>
<p>Los van de quickscan werkt de gemeente aan een weerbaarheidsscan tegen ondermijning, samen met het RIEC. De
resultaten daarvan worden in het najaar besproken in de driehoek.</p>
<h2>Vaststelling</h2>
<p>Dit actieplan is vastgesteld op 24 maart 2026 en wordt ter kennisname aan de gemeenteraad gezonden.</p>
<p>De burgemeester van Lindenwaard,<br>drs. E.M. (Els) Kooistra</p>
</body></html>"""
    B.soffice_pdf(html, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Lindenwaard - Actieplan integriteit 2026-2027", "{n} / {m}", F["Regular"])


RECS = [
    (1, "Stel een vertrouwenspersoon integriteit aan die ook voor raadsleden", 
     "een aparte vertrouwenspersoon voor bestuurders komt er niet", "disagrees"),
    (2, "Houd het register van nevenfuncties van burgemeester en wethouders maandelijks actueel",
     "wordt vanaf 1 juni elke maand bijgewerkt", "agrees"),
    (3, "Voer een verplichte integriteitstraining in voor nieuwe medewerkers binnen drie maanden",
     "deze wordt onderdeel van het introductieprogramma", "agrees"),
    (4, "Laat meldingen van vermoedelijke integriteitsschendingen standaard onderzoeken door een externe partij",
     "of een gezamenlijke externe onderzoekspool haalbaar is", "noted"),
    (5, "Rapporteer jaarlijks aan de raad over het aantal meldingen", None, "unanswered"),
    (6, "Actualiseer de gedragscode voor medewerkers, die nog dateert van 2014",
     "op 10 maart 2026 door het college vastgesteld", "agrees"),
    (7, "Maak integriteit een vast onderwerp van de jaarlijkse gesprekken",
     "alleen voor leidinggevenden en medewerkers in een kwetsbare functie", "partly"),
]
UNMATCHED = ["is de basis van het vertrouwen van inwoners in hun gemeente",
             "een weerbaarheidsscan tegen ondermijning, samen met het RIEC",
             "wordt ter kennisname aan de gemeenteraad gezonden"]
NOTES = ("Advice: Bureau Rechtlijn quickscan integriteitsbeleid Lindenwaard (LibreOffice, serif, letterhead table), seven "
         "CODED recommendations I.1-I.7 in a ruled table 'Code | Aanbeveling | Prioriteit'; traps: a framed "
         "'Kernbevindingen' box B1-B4 (art. 170 Gemeentewet and art. 15 Ambtenarenwet 2017 'moet', 'zouden ... moeten'), "
         "the 2019 rekenkamercommissie recommendation quoted, dates. Response: the burgemeester's actieplan, a table "
         "'Nr. | Actie | Aanbeveling | Trekker | Gereed' citing the codes, order I.6, I.3+I.1, I.7, I.2, I.4: I.6 agrees "
         "(done 10 March); ONE row 'I.3 en I.1' = I.3 agrees + I.1 disagrees; I.7 partly (only some functions); I.2 "
         "agrees; I.4 noted (regional exploration); I.5 (annual report to the raad) unanswered; 'Aanleiding', "
         "'Ondermijning' and 'Vaststelling' answer nothing.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
