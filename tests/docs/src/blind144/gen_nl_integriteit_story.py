"""Round 144 (nl): the ONDERZOEKSRAPPORT of an (invented) external research bureau on a municipality's integrity
policy, commissioned by the mayor after a council debate; its seven recommendations are LABELLED PARAGRAPHS
'Aanbeveling 1'-'Aanbeveling 7' (label on its own bold line, the recommendation below it), after the conclusions as
labelled paragraphs 'Conclusie 1'-'Conclusie 5' in exactly the same style; answered by the MAYOR'S
RAADSINFORMATIEBRIEF, which never uses the numbers and answers BY THEME under its own headings in another order, with
one paragraph answering two recommendations with different verdicts.

Advice (PyMuPDF Story, sans, slate-blue headings and labels, metadata table, a ruled table of interviews, stamped
head, 'pagina n van m'): the municipalities act paraphrased with 'moet' (trap), the local audit office's 2022 report
quoted as an imperative ('Leg de regels voor het melden van nevenfuncties ...', carried out, trap), labelled
conclusions in the recommendations' style (trap), 'Wij bevelen niet aan om een eigen integriteitsbureau op te
richten' (trap), a closing line naming 'aanbevelingen 5 en 6' (trap). Response (PyMuPDF Story, stamped), in the
order 6+4, 1, 3, 5, 7: 6 agrees + 4 disagrees in one paragraph, 1 agrees, 3 partly, 5 agrees, 7 noted; 2 unanswered;
the introduction, a paragraph on the council's motion and the closing answer nothing. All bodies, places, people,
figures and reference numbers invented; the act named as context only.

Run: /tmp/blind144nl/bin/python tests/docs/src/blind144/gen_nl_integriteit_story.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b144nl as B  # noqa: E402

NAME = "blind144_nl_integriteit"
F = B.tmp_fonts()
INK = "#34495e"

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
.lab {{ font-weight: bold; color: {INK}; margin-bottom: 1pt; margin-top: 3pt; text-align: left; }}
.item {{ margin-left: 14pt; }}
table {{ width: 100%; border-collapse: collapse; margin-bottom: 6pt; }}
td {{ font-size: 8.3pt; border: 1px solid #a9b7c4; padding: 3px; vertical-align: top; text-align: left; }}
th {{ font-size: 8.3pt; border: 1px solid #a9b7c4; border-bottom: 2px solid {INK}; padding: 3px; text-align: left;
      color: {INK}; }}
"""


def labelled(word, items):
    return "".join(f'<p class="lab">{word} {n}</p><p class="item">{t}</p>' for n, t in enumerate(items, 1))


ADVICE = f"""<html><body>
<p class="small">Bureau Kortenhorst Integriteit en Bestuur - Havenkade 17, 8261 AB Veldmeer</p>
<h1>Integer bestuur in Eemstervaart</h1>
<p class="small">Onderzoek naar het integriteitsbeleid voor politieke ambtsdragers en medewerkers van de gemeente
Eemstervaart - eindrapport</p>
<table>
<tr><td>Opdrachtgever</td><td>de burgemeester van Eemstervaart</td></tr>
<tr><td>Onderzoekers</td><td>dr. L.C. Kortenhorst, mr. P. Ramdin, E. de Groot MA</td></tr>
<tr><td>Kenmerk en datum</td><td>KIB-2027-014, 22 maart 2027</td></tr>
</table>
<h2>1 Aanleiding en opdracht</h2>
<p>In het najaar van 2026 ontstond in de gemeenteraad discussie over een niet gemelde nevenfunctie van een
wethouder bij een projectontwikkelaar die in de gemeente actief is. De wethouder trad af; de raad vroeg de
burgemeester het integriteitsbeleid als geheel te laten onderzoeken. Volgens de Gemeentewet moet de burgemeester
de bestuurlijke integriteit bevorderen, en moeten raad en college een gedragscode vaststellen.</p>
<p>De rekenkamercommissie schreef in 2022 in haar rapport over nevenfuncties:</p>
<p class="quote">'Leg de regels voor het melden van nevenfuncties van wethouders vast in één document en maak dat
openbaar.'</p>
<p>Dat is gebeurd; het document staat sinds 2023 op de website. De regels werden alleen niet altijd nageleefd.</p>
<h2>2 Werkwijze</h2>
<table>
<tr><th>Gesprekken met</th><th>Aantal</th><th>Bijzonderheden</th></tr>
<tr><td>raadsleden en fractievoorzitters</td><td>14</td><td>alle negen fracties</td></tr>
<tr><td>college en gemeentesecretaris</td><td>6</td><td>inclusief de afgetreden wethouder</td></tr>
<tr><td>medewerkers en leidinggevenden</td><td>19</td><td>uit vier afdelingen</td></tr>
<tr><td>vertrouwenspersoon en ondernemingsraad</td><td>3</td><td>-</td></tr>
</table>
<h2>3 Conclusies</h2>
{labelled("Conclusie", [
    "De gedragscode voor bestuurders dateert van 2016 en zegt niets over sociale media, lobbycontacten of "
    "relatiegeschenken.",
    "Een risicoanalyse van nevenfuncties en zakelijke belangen wordt alleen gemaakt bij de start van een nieuw "
    "college, niet bij een tussentijdse benoeming.",
    "Medewerkers kennen de interne vertrouwenspersoon, maar een deel van hen durft niet te melden uit angst "
    "herkend te worden.",
    "Meldingen van vermoedelijke schendingen worden per afdeling afgehandeld en nergens centraal bijgehouden.",
    "Over integriteit wordt vooral gesproken na een incident, en dan in kleine kring.",
])}
<p>Wij bevelen niet aan om een eigen integriteitsbureau op te richten, zoals enkele fracties voorstelden: voor een
gemeente van deze omvang is dat te zwaar, en het leidt af van de cultuur waar het om gaat.</p>
<h2>4 Aanbevelingen</h2>
<p>Op grond van deze conclusies doen wij de burgemeester de volgende aanbevelingen.</p>
{labelled("Aanbeveling", [
    "Actualiseer de gedragscode voor bestuurders en laat de raad de nieuwe code nog in 2027 vaststellen.",
    "Laat de griffie de opgegeven nevenfuncties van raadsleden elk jaar controleren en binnen een maand op de "
    "website zetten.",
    "Maak een risicoanalyse door een extern bureau verplicht vóór de benoeming van elke wethouder, ook bij "
    "een tussentijdse benoeming.",
    "Stel naast de interne vertrouwenspersoon een externe vertrouwenspersoon aan voor medewerkers die liever "
    "buiten de organisatie melden.",
    "Organiseer elk jaar een verplichte dilemmasessie voor raad, college en directie samen.",
    "Registreer alle meldingen van vermoedelijke integriteitsschendingen centraal en rapporteer er jaarlijks "
    "geanonimiseerd over aan de raad.",
    "Onderzoek of Eemstervaart kan aansluiten bij het integriteitsloket dat de buurgemeenten samen hebben "
    "opgezet.",
])}
<h2>5 Tot slot</h2>
<p>Integriteit is geen kwestie van regels alleen. De aanbevelingen 5 en 6 vragen weinig geld en kunnen direct
worden uitgevoerd; de andere vragen vooral tijd en aandacht van raad en college samen.</p>
<p>Veldmeer, 22 maart 2027 - dr. L.C. Kortenhorst</p>
</body></html>"""


RESPONSE = f"""<html><body>
<p class="small">Gemeente Eemstervaart - de burgemeester - Raadhuisplein 1, 8271 EV Eemstervaart</p>
<h1>Raadsinformatiebrief</h1>
<table>
<tr><td>Aan</td><td>de gemeenteraad van Eemstervaart</td></tr>
<tr><td>Onderwerp</td><td>onderzoek integriteitsbeleid: reactie van de burgemeester</td></tr>
<tr><td>Datum en nummer</td><td>15 april 2027 - RIB 2027-023</td></tr>
</table>
<p>Geachte raadsleden,</p>
<p>Hierbij ontvangt u het rapport 'Integer bestuur in Eemstervaart' van Bureau Kortenhorst. De onderzoekers hebben
met ruim veertig mensen gesproken, en ik dank iedereen die daaraan heeft meegewerkt, in het bijzonder de medewerkers
die open over hun ervaringen vertelden. Het rapport is niet mals, en dat is goed. Hieronder leest u wat ik met de
aanbevelingen ga doen.</p>
<h2>Melden en registreren</h2>
<p>Vanaf 1 juni komen alle meldingen van vermoedelijke schendingen binnen bij de gemeentesecretaris, die ze in één
register bijhoudt; u krijgt daarvan voortaan bij de jaarrekening een geanonimiseerd overzicht. Een tweede
vertrouwenspersoon van buiten de organisatie stel ik niet aan. Medewerkers kunnen al terecht bij de landelijke
adviespunten voor klokkenluiders, en de ondernemingsraad heeft mij laten weten liever te investeren in de bekendheid
van de huidige vertrouwenspersoon, die daarvoor extra uren krijgt.</p>
<h2>De gedragscode</h2>
<p>Samen met het presidium stel ik een nieuwe gedragscode op, met regels over sociale media, lobby en geschenken.
Het ontwerp ligt na de zomer bij u voor, zodat u de code in december kunt vaststellen.</p>
<h2>Benoeming van wethouders</h2>
<p>Ook bij een tussentijdse benoeming laat ik voortaan een risicoanalyse maken. Die wordt in de regel gemaakt door
de eigen afdeling Juridische Zaken; alleen als er zakelijke belangen in het spel zijn, schakel ik een extern bureau
in.</p>
<h2>Het gesprek over integriteit</h2>
<p>Ik ben het met de onderzoekers eens dat integriteit een gesprek van ons allemaal moet zijn. In oktober organiseer
ik de eerste gezamenlijke bijeenkomst met dilemma's voor raad, college en directie, en ik stel voor dat wij die
jaarlijks herhalen.</p>
<h2>Samenwerking in de regio</h2>
<p>Het integriteitsloket van de buurgemeenten ken ik. Of aansluiten voor ons meerwaarde heeft, wil ik eerst bespreken
in het burgemeestersoverleg; ik kom daar later op terug.</p>
<h2>Motie Schoon Bestuur</h2>
<p>Met deze brief voer ik ook de motie Schoon Bestuur uit die u op 9 november 2026 aannam, waarin u vroeg het
rapport vóór de zomer met u te bespreken. Ik stel voor dat te doen in de commissie Bestuur van 11 mei.</p>
<p>Met vriendelijke groet,<br>de burgemeester van Eemstervaart,<br>mr. A.M. (Anouk) Terpstra-Veldman</p>
</body></html>"""


if __name__ == "__main__":
    B.story_pdf(ADVICE, CSS, NAME + "_advice.pdf", B.FD)
    B.stamp(NAME + "_advice.pdf", "Bureau Kortenhorst - Integer bestuur in Eemstervaart - KIB-2027-014",
            "pagina {n} van {m}", F["Regular"])
    B.story_pdf(RESPONSE, CSS, NAME + "_response.pdf", B.FD)
    B.stamp(NAME + "_response.pdf", "Gemeente Eemstervaart - raadsinformatiebrief RIB 2027-023",
            "pagina {n} van {m}", F["Regular"])
    B.write_expected(NAME, [
        ("1", "Actualiseer de gedragscode voor bestuurders en laat de raad",
         "Het ontwerp ligt na de zomer bij u voor", "agrees"),
        ("2", "Laat de griffie de opgegeven nevenfuncties van raadsleden elk jaar", None, "unanswered"),
        ("3", "Maak een risicoanalyse door een extern bureau verplicht vóór",
         "in de regel gemaakt door de eigen afdeling Juridische Zaken", "partly"),
        ("4", "Stel naast de interne vertrouwenspersoon een externe vertrouwenspersoon aan",
         "Een tweede vertrouwenspersoon van buiten de organisatie stel ik niet aan", "disagrees"),
        ("5", "Organiseer elk jaar een verplichte dilemmasessie voor raad, college en",
         "In oktober organiseer ik de eerste gezamenlijke bijeenkomst", "agrees"),
        ("6", "Registreer alle meldingen van vermoedelijke integriteitsschendingen centraal en rapporteer",
         "die ze in één register bijhoudt", "agrees"),
        ("7", "Onderzoek of Eemstervaart kan aansluiten bij het integriteitsloket dat",
         "wil ik eerst bespreken in het burgemeestersoverleg", "noted"),
    ], ["Het rapport is niet mals, en dat is goed",
        "Ik stel voor dat te doen in de commissie Bestuur van 11 mei"],
        "Advice: the RESEARCH REPORT of an external bureau on a municipality's integrity policy, commissioned by the "
        "mayor after a resignation; the seven recommendations are LABELLED PARAGRAPHS 'Aanbeveling 1'-'Aanbeveling 7' "
        "(bold label on its own line, the imperative below it) under '4 Aanbevelingen'. Traps: the municipalities "
        "act paraphrased with 'moet', the audit office's 2022 report quoted as an imperative ('Leg de regels voor "
        "het melden van nevenfuncties ... vast ...', carried out), a table of interviews, conclusions as LABELLED "
        "PARAGRAPHS 'Conclusie 1'-'Conclusie 5' in exactly the same style, 'Wij bevelen niet aan om een eigen "
        "integriteitsbureau op te richten', a closing line naming 'aanbevelingen 5 en 6'. Response: the MAYOR'S "
        "RAADSINFORMATIEBRIEF, which never uses the numbers and answers BY THEME under its own headings in the order "
        "6+4, 1, 3, 5, 7: ONE paragraph 'Melden en registreren' = 6 agrees (one register, yearly overview) + 4 "
        "disagrees (no external confidential adviser), 1 agrees (a new code to be adopted in December), 3 partly "
        "(risk analysis also for interim appointments, but by the own legal department), 5 agrees (a joint dilemma "
        "meeting every year), 7 noted (first discussed among mayors, 'kom daar later op terug'). 2 (the registry "
        "checking councillors' side jobs) is never answered. The introduction, the paragraph on the council motion "
        "'Schoon Bestuur' and the closing answer nothing.")
    print("written", NAME)
