"""Round 143 (nl): the (Flemish, invented) INSPECTIEVERSLAG of an inspection firm on a municipality's public
playgrounds; its seven recommendations are the ROWS OF A RULED TABLE 'Code | Terrein | Vaststelling | Aanbeveling |
Termijn' with codes 'A-01'-'A-07' (finding and recommendation in separate cells), after a table of the inspected
playgrounds coded 'T1'-'T5'; answered by the technical department's OPVOLGINGSNOTA to the college, with INLINE LABELS
'Ad A-02.' at the start of each paragraph, in another order.

Advice (PyMuPDF Story, sans, petrol-blue headings and column heads, metadata table, two ruled tables, stamped head, 'blz. n van m'):
the royal decree on playgrounds paraphrased with 'moet' (trap), the 2024 inspection quoted as an imperative
('Vervang de houten staanders van de klimtoren ...', carried out, trap), the coded table of playgrounds (trap), 'Wij
raden niet aan de kabelbaan in het Molenpark weg te nemen' (trap), a closing line naming 'A-01 en A-02' (trap).
Response (PyMuPDF Story, stamped), in the order A-02, A-01, A-06, A-03, A-05, A-04: A-02 agrees, A-01 agrees, A-06
noted, A-03 partly, A-05 disagrees, A-04 disagrees; A-07 unanswered; the introduction, the budget paragraph and the
college's decision answer nothing. All bodies, places, people, figures and reference numbers invented; the decree
named as context only.

Run: /tmp/blind143nl/bin/python tests/docs/src/blind143/gen_nl_speelterreinen_story.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b143nl as B  # noqa: E402

NAME = "blind143_nl_speelterreinen"
F = B.tmp_fonts()
INK = "#1d5c73"

CSS = f"""
@font-face {{ font-family: S; src: url({os.path.basename(F['Regular'])}); }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Bold'])}); font-weight: bold; }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Italic'])}); font-style: italic; }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Bold Italic'])}); font-weight: bold; font-style: italic; }}
* {{ font-family: S; }}
body {{ font-size: 9.4pt; line-height: 1.4; }}
p {{ margin-top: 0; margin-bottom: 5pt; text-align: justify; }}
h1 {{ font-size: 15pt; color: {INK}; margin-top: 2pt; margin-bottom: 3pt; }}
h2 {{ font-size: 11pt; color: {INK}; margin-top: 9pt; margin-bottom: 3pt; }}
.small {{ font-size: 8pt; color: #555555; text-align: left; }}
.quote {{ margin-left: 24pt; margin-right: 20pt; font-style: italic; color: #444444; text-align: left; }}
table {{ width: 100%; border-collapse: collapse; margin-bottom: 6pt; }}
td {{ font-size: 8.3pt; border: 1px solid #9fbfcb; padding: 3px; vertical-align: top; text-align: left; }}
th {{ font-size: 8.3pt; border: 1px solid #9fbfcb; border-bottom: 2px solid {INK}; padding: 3px; text-align: left;
      color: {INK}; }}
"""

RECS = [
    ("A-01", "T1 Molenpark", "Onder de schommel (vrije valhoogte 2,1 m) ligt gras, plaatselijk kaal tot op de harde "
     "grond.", "Leg onder de schommel een valdempende ondergrond van rubbertegels of boomschors aan over de volledige "
     "valzone.", "1 maand"),
    ("A-02", "T2 Speelplein De Brem", "De kettingbrug heeft openingen van 11 cm tussen de treden, waarin het hoofd "
     "van een kind kan vastraken.", "Verklein de openingen tussen de treden van de kettingbrug tot minder dan 8,9 cm "
     "of vervang de brug.", "1 maand"),
    ("A-03", "T3 Kerkhofweg", "Het terrein grenst zonder afsluiting aan de gewestweg; de toegang ligt op 6 m van de "
     "rijbaan.", "Plaats langs de gewestweg een afsluiting van minstens 1 m hoog met een zelfsluitend poortje aan de "
     "ingang.", "3 maanden"),
    ("A-04", "T5 Speelbos Vossenhol", "Boven de speelzone hangen dode takken in twee oude eiken.", "Sluit het "
     "speelbos af bij storm en waarschuw bezoekers daarvoor met een bord aan elke ingang.", "doorlopend"),
    ("A-05", "alle terreinen", "De wekelijkse visuele controle wordt door wisselende ploegen van de groendienst "
     "gedaan, zonder vaste checklist.", "Laat de wekelijkse controle voortaan uitvoeren door een vaste medewerker "
     "met een opleiding tot speeltoestelcontroleur.", "6 maanden"),
    ("A-06", "T2 Speelplein De Brem", "Geen enkel toestel is bruikbaar voor kinderen met een beperking.", "Voorzie "
     "op het speelplein minstens één toestel dat ook bruikbaar is voor kinderen in een rolstoel.", "bij vernieuwing"),
    ("A-07", "alle terreinen", "Herstellingen worden niet systematisch genoteerd.", "Houd per speelterrein een "
     "logboek bij met alle herstellingen, de datum en de naam van wie ze uitvoerde.", "3 maanden"),
]

ADVICE = """<html><body>
<p class="small">Veilig Spelen Inspecties bv - Stationsstraat 118, 2590 Lindeloo - erkend voor de keuring van
speeltoestellen</p>
<h1>Inspectieverslag openbare speelterreinen 2026</h1>
<table>
<tr><td>Opdrachtgever</td><td>gemeente Hoogstalle, dienst Openbaar Domein, Dorpsplein 1, 2595 Hoogstalle</td></tr>
<tr><td>Verslag</td><td>VSI/2026/HS-044, jaarlijkse hoofdinspectie</td></tr>
<tr><td>Inspectie</td><td>28 en 29 april 2026, ing. Koen Van Damme en Sofie Peeters</td></tr>
<tr><td>Datum verslag</td><td>18 mei 2026</td></tr>
</table>
<h2>1. Opdracht en kader</h2>
<p>De gemeente Hoogstalle vroeg ons de vijf openbare speelterreinen van de gemeente te inspecteren. Volgens het
koninklijk besluit betreffende de uitbating van speelterreinen moet de uitbater een risicoanalyse opmaken, moeten
de toestellen regelmatig worden gecontroleerd en onderhouden en moet hij de resultaten daarvan bijhouden. Onze
inspectie toetst de toestellen aan de geldende normen voor speeltoestellen en valondergronden.</p>
<p>In ons verslag van 2024 schreven wij over het Molenpark:</p>
<p class="quote">'Vervang de houten staanders van de klimtoren, die aan de voet zijn aangetast door houtrot.'</p>
<p>De staanders werden in het voorjaar van 2025 vervangen; de klimtoren is nu in goede staat.</p>
<h2>2. Gekeurde terreinen</h2>
<table>
<tr><th>Code</th><th>Terrein</th><th>Toestellen</th><th>Algemene toestand</th></tr>
<tr><td>T1</td><td>Molenpark</td><td>9</td><td>goed, één ernstig gebrek</td></tr>
<tr><td>T2</td><td>Speelplein De Brem</td><td>12</td><td>redelijk, één ernstig gebrek</td></tr>
<tr><td>T3</td><td>Kerkhofweg</td><td>4</td><td>redelijk, onveilige ligging</td></tr>
<tr><td>T4</td><td>Sportpark Ter Elst</td><td>6</td><td>goed</td></tr>
<tr><td>T5</td><td>Speelbos Vossenhol</td><td>7</td><td>goed, aandacht voor bomen</td></tr>
</table>
<p>In totaal werden 38 toestellen gekeurd. 31 toestellen vertonen geen of alleen kleine gebreken, die de
technische dienst bij het gewone onderhoud kan verhelpen; die staan in de bijlage bij dit verslag. Wij raden niet aan
de kabelbaan in het Molenpark weg te nemen, zoals enkele buurtbewoners hebben gevraagd: de baan is in goede staat en
voldoet aan de norm, en het geluid blijft beperkt tot de openingsuren van het park.</p>
<h2>3. Vaststellingen en aanbevelingen</h2>
<p>De volgende vaststellingen vragen een ingreep. De termijn geeft aan binnen welke periode de aanbeveling best wordt
uitgevoerd.</p>
<table>
<tr><th>Code</th><th>Terrein</th><th>Vaststelling</th><th>Aanbeveling</th><th>Termijn</th></tr>
""" + "".join(
    f'<tr><td>{c}</td><td>{t}</td><td>{v}</td><td width="42%">{a}</td><td>{d}</td></tr>\n'
    for c, t, v, a, d in RECS) + """</table>
<h2>4. Besluit</h2>
<p>De speelterreinen van Hoogstalle zijn over het algemeen goed onderhouden, en de toestellen worden intensief
gebruikt. Wij vragen de gemeente om A-01 en A-02 binnen de maand uit te voeren, omdat daar ernstig letsel mogelijk
is; tot dan zijn de schommel en de kettingbrug best afgesloten.</p>
<p>Lindeloo, 18 mei 2026<br>ing. Koen Van Damme, inspecteur - Sofie Peeters, inspecteur</p>
</body></html>"""

RESPONSE = """<html><body>
<p class="small">Gemeente Hoogstalle - dienst Openbaar Domein - Dorpsplein 1, 2595 Hoogstalle</p>
<h1>Opvolgingsnota inspectie speelterreinen 2026</h1>
<table>
<tr><td>Aan</td><td>het college van burgemeester en schepenen, zitting van 15 juni 2026</td></tr>
<tr><td>Van</td><td>Tom Wuyts, diensthoofd Openbaar Domein</td></tr>
<tr><td>Onderwerp</td><td>opvolging van het inspectieverslag VSI/2026/HS-044 van Veilig Spelen Inspecties</td></tr>
<tr><td>Kenmerk</td><td>OD/2026/0388</td></tr>
</table>
<h2>Inleiding</h2>
<p>Op 18 mei 2026 ontvingen wij het verslag van de jaarlijkse inspectie van onze speelterreinen. De kleine gebreken
uit de bijlage zijn intussen hersteld door de ploeg groen en speelruimte. Hieronder geven wij per aanbeveling aan
hoe de dienst ze opvolgt, te beginnen met de dringende punten.</p>
<h2>Opvolging per aanbeveling</h2>
<p><b>Ad A-02.</b> Akkoord. De kettingbrug werd op 22 mei afgesloten en wordt vervangen door een nieuwe brug met vaste
houten treden, die eind juni geplaatst wordt.</p>
<p><b>Ad A-01.</b> Wordt uitgevoerd. De schommel is sinds 20 mei buiten gebruik; de aannemer legt in de week van 8
juni een ondergrond van rubbertegels over de hele valzone.</p>
<p><b>Ad A-06.</b> De dienst neemt deze aanbeveling mee in de opmaak van het nieuwe speelruimteplan, dat in 2027
aan de gemeenteraad wordt voorgelegd. Over de toestellen op De Brem is nog niets beslist.</p>
<p><b>Ad A-03.</b> Gedeeltelijk gevolgd. Langs de gewestweg komt in september een omheining van 1,20 m. Een
zelfsluitend poortje plaatsen wij niet, omdat ouders met kinderwagens daar bij eerdere projecten over klaagden;
in de plaats komt een sluis met twee versprongen hekjes.</p>
<p><b>Ad A-05.</b> Niet weerhouden. De controle blijft bij de ploeg groen en speelruimte, die nu wel met een vaste
checklist per terrein werkt; een aparte functie is binnen de personeelsformatie niet mogelijk.</p>
<p><b>Ad A-04.</b> Ook deze aanbeveling volgen wij niet. Het speelbos is een open bos zonder poorten en kan niet
worden afgesloten. De twee eiken werden op 3 juni door een boomverzorger gesnoeid en worden voortaan elk jaar
nagekeken.</p>
<h2>Budget</h2>
<p>De kosten van de dringende werken, samen 18.400 euro, worden betaald uit het krediet voor onderhoud van
speelterreinen; de omheining aan de Kerkhofweg wordt opgenomen in de eerstvolgende aanpassing van het
meerjarenplan.</p>
<h2>Voorstel van beslissing</h2>
<p>Het college neemt kennis van het inspectieverslag en keurt de opvolging goed zoals in deze nota beschreven.</p>
<p>Hoogstalle, 5 juni 2026<br>Tom Wuyts, diensthoofd Openbaar Domein</p>
</body></html>"""


if __name__ == "__main__":
    B.story_pdf(ADVICE, CSS, NAME + "_advice.pdf", B.FD)
    B.stamp(NAME + "_advice.pdf", "Veilig Spelen Inspecties - inspectieverslag speelterreinen Hoogstalle - "
            "VSI/2026/HS-044", "blz. {n} van {m}", F["Regular"])
    B.story_pdf(RESPONSE, CSS, NAME + "_response.pdf", B.FD)
    B.stamp(NAME + "_response.pdf", "Gemeente Hoogstalle - opvolgingsnota inspectie speelterreinen - OD/2026/0388",
            "blz. {n} van {m}", F["Regular"])
    B.write_expected(NAME, [
        ("A-01", "Leg onder de schommel een valdempende ondergrond van rubbertegels",
         "de aannemer legt in de week van 8 juni", "agrees"),
        ("A-02", "Verklein de openingen tussen de treden van de kettingbrug",
         "een nieuwe brug met vaste houten treden", "agrees"),
        ("A-03", "Plaats langs de gewestweg een afsluiting van minstens 1 m",
         "in de plaats komt een sluis met twee versprongen hekjes", "partly"),
        ("A-04", "Sluit het speelbos af bij storm en waarschuw bezoekers",
         "Het speelbos is een open bos zonder poorten", "disagrees"),
        ("A-05", "Laat de wekelijkse controle voortaan uitvoeren door een vaste medewerker",
         "een aparte functie is binnen de personeelsformatie niet mogelijk", "disagrees"),
        ("A-06", "Voorzie op het speelplein minstens één toestel dat ook bruikbaar",
         "mee in de opmaak van het nieuwe speelruimteplan", "noted"),
        ("A-07", "Houd per speelterrein een logboek bij met alle herstellingen,", None, "unanswered"),
    ], ["De kosten van de dringende werken, samen 18.400 euro",
        "keurt de opvolging goed zoals in deze nota beschreven"],
        "Advice: the (Flemish) INSPECTION REPORT of an inspection firm on a municipality's five public playgrounds; "
        "the seven recommendations are the ROWS OF A RULED TABLE 'Code | Terrein | Vaststelling | Aanbeveling | "
        "Termijn' coded 'A-01'-'A-07', finding and recommendation in separate cells. Traps: the royal decree on "
        "playgrounds paraphrased with 'moet', the 2024 inspection quoted as an imperative ('Vervang de houten "
        "staanders van de klimtoren ...', carried out), a ruled table of the playgrounds coded 'T1'-'T5' (whose codes "
        "recur in the recommendations' 'Terrein' column), 'Wij raden niet aan de kabelbaan in het Molenpark weg te "
        "nemen', a closing line naming 'A-01 en A-02'. Response: the technical department's OPVOLGINGSNOTA to the "
        "college, with INLINE LABELS 'Ad A-0n.' in another order: A-02 agrees ('Akkoord', new bridge), A-01 agrees "
        "('Wordt uitgevoerd', rubber tiles), A-06 noted (taken into the new playground plan, nothing decided), A-03 "
        "partly ('Gedeeltelijk gevolgd', fence but a staggered barrier instead of a self-closing gate), A-05 disagrees "
        "('Niet weerhouden', a checklist but no dedicated inspector), A-04 disagrees ('volgen wij niet', the wood "
        "cannot be closed; the oaks were pruned). A-07 (a repair log per playground) is never answered. The "
        "introduction (small defects repaired), the budget paragraph and the proposed college decision ('neemt "
        "kennis van het inspectieverslag') answer nothing.")
    print("written", NAME)
