"""Round 125 (nl): the INSPECTIERAPPORT of a provincial ARCHIEFINSPECTEUR (the supervisor of a gemeente's records
management under the Archiefwet); its seven recommendations stand ONLY in the right-hand column 'Verbetermaatregel'
of a RULED SCORECARD TABLE 'Norm | Onderwerp | Oordeel | Verbetermaatregel' with ten norms numbered 1-10, three of
which carry a dash instead of a measure (so norm numbers are not recommendation numbers); answered by the
gemeentesecretaris's MEMO to the inspector whose paragraphs open with bold run-in labels by NORM ('Norm 7
(archiefruimte).'), in another order, with a paragraph on a norm that had no measure.

Advice (Chromium headless, sans, 2 p., dark-blue title block, stamped head from p. 2, 'blz. n van m'): the Archiefwet
paraphrased with 'moet' (trap), findings per norm in running text (trap), the 2022 inspection's measure quoted as an
imperative (trap), oordelen 'voldoet' / 'voldoet deels' / 'voldoet niet' (trap), a closing line naming 'de
maatregelen bij norm 2 en norm 7' (trap). Response (Chromium, 1 p.): introduction (nothing); run-in paragraphs by
norm in the order 2, 10, 1, 4, 5, 7, 6; a closing paragraph (nothing); norm 8 (recommendation 6) never answered.
Verdicts: 1 agrees, 2 agrees, 3 partly, 4 noted, 5 disagrees, 6 unanswered, 7 agrees. All bodies, places, people,
figures and reference numbers invented; the Archiefwet is named as context only.

Run: /tmp/blind125nl/bin/python tests/docs/src/blind125/gen_nl_archiefinspectie_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b125nl as B  # noqa: E402

NAME = "blind125_nl_archiefinspectie"
F = B.tmp_fonts()
SANS = "B125NL Sans"
DARK = "#1d3b64"
PALE = "#e6ecf4"

CSS = f"""<style>
@page {{ size: A4; margin: 2cm 2.1cm 1.8cm 2.1cm; }}
body {{ font-family: '{SANS}'; font-size: 9.5pt; line-height: 1.45; margin: 0; }}
p {{ margin: 0 0 0.2cm 0; }}
.block {{ background: {DARK}; color: white; padding: 0.35cm 0.45cm; margin-bottom: 0.4cm; }}
.block h1 {{ font-size: 15pt; margin: 0 0 0.08cm 0; }}
.block p {{ font-size: 8.8pt; margin: 0; }}
h2 {{ font-size: 11pt; color: {DARK}; margin: 0.34cm 0 0.1cm 0; break-after: avoid; }}
table.sc {{ border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: 0.1cm 0 0.25cm 0; }}
table.sc th {{ background: {PALE}; text-align: left; padding: 3px 6px; border: 0.6pt solid #8fa3c0; }}
table.sc td {{ vertical-align: top; padding: 3px 6px; border: 0.6pt solid #8fa3c0; }}
table.sc tr {{ break-inside: avoid; }}
td.n {{ width: 0.9cm; text-align: center; font-weight: bold; }}
td.s {{ width: 3.3cm; }}
td.o {{ width: 2.2cm; }}
.q {{ font-style: italic; margin: 0.1cm 0.8cm 0.2cm 0.8cm; color: #333; }}
.small {{ font-size: 8.4pt; color: #444; }}
.memo td {{ font-size: 8.8pt; padding: 1px 12px 1px 0; vertical-align: top; }}
</style>"""

ROWS = [
    ("1", "Beleid en verantwoordelijkheid", "voldoet deels",
     "Stel in 2027 een informatiebeheerplan vast waarin staat wie binnen de organisatie verantwoordelijk is voor "
     "welke informatie."),
    ("2", "Vernietiging", "voldoet niet",
     "Vernietig de achterstand van vernietigbare papieren dossiers uit de jaren 1995-2015 volgens de "
     "selectielijst, en leg de vernietiging vast in een verklaring."),
    ("3", "Digitale duurzaamheid", "voldoet", "-"),
    ("4", "Overbrenging", "voldoet niet",
     "Breng de archieven van de voormalige gemeente Oudewater-Vliet uit de periode 1975-2005 over naar het "
     "Streekarchief Dommelmonde."),
    ("5", "Toegankelijkheid digitale informatie", "voldoet deels",
     "Richt het zaaksysteem zo in dat ook e-mails en chatberichten die bij een besluit horen in het dossier worden "
     "opgeslagen."),
    ("6", "Openbaarheid", "voldoet", "-"),
    ("7", "Archiefruimte", "voldoet niet",
     "Verhuis de papieren archieven uit de kelder van het gemeentehuis naar een ruimte die voldoet aan de eisen "
     "van de Archiefregeling, of pas de kelder aan."),
    ("8", "Verbonden partijen", "voldoet deels",
     "Leg in elke gemeenschappelijke regeling vast wie de archieven beheert en wanneer die naar de gemeente "
     "terugkeren."),
    ("9", "Verslaglegging aan de raad", "voldoet", "-"),
    ("10", "Kennis en vaardigheden", "voldoet deels",
     "Laat alle medewerkers die zaken behandelen binnen een jaar een training informatiebeheer volgen."),
]


def scorecard():
    rows = "".join(f'<tr><td class="n">{n}</td><td class="s">{s}</td><td class="o">{o}</td><td>{m}</td></tr>'
                   for n, s, o, m in ROWS)
    return ('<table class="sc"><tr><th>Norm</th><th>Onderwerp</th><th>Oordeel</th><th>Verbetermaatregel</th></tr>'
            + rows + "</table>")


ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Inspectierapport informatiebeheer
</title>{CSS}</head><body>
<div class="block"><h1>Informatie op orde?</h1>
<p>Inspectierapport informatiebeheer gemeente Vliethoven 2026 - provinciaal archiefinspecteur Provincie Noordermark</p>
<p>Kenmerk PNM/AI/2026-014 - 18 mei 2026</p></div>

<h2>1. Inleiding</h2>
<p>De provincie houdt toezicht op de manier waarop gemeenten hun informatie beheren. Volgens de Archiefwet moet een
gemeente haar archiefbescheiden in goede, geordende en toegankelijke staat brengen en bewaren, en moet zij
archiefbescheiden die daarvoor in aanmerking komen na verloop van tijd vernietigen of overbrengen naar een
archiefbewaarplaats. De archiefinspecteur toetst dat eens in de vier jaar aan tien normen uit het provinciale
toetsingskader.</p>
<p>Voor deze inspectie bezochten wij op 10 en 11 maart 2026 het gemeentehuis en de kelder waarin de papieren archieven
liggen. Wij spraken met de gemeentesecretaris, de adviseur informatiebeheer, twee teamleiders en de functioneel
beheerder van het zaaksysteem, en bekeken steekproefsgewijs 40 digitale dossiers.</p>

<h2>2. Wat wij zagen</h2>
<p>Vliethoven heeft sinds de vorige inspectie veel verbeterd. Het zaaksysteem wordt door alle teams gebruikt, en het
aantal dossiers zonder besluit of zonder vastgestelde bewaartermijn daalde van 31 naar 9 procent. Wel vonden wij in 14
van de 40 dossiers e-mails of berichten die wel bij een besluit hoorden maar alleen in een persoonlijke mailbox
stonden.</p>
<p>De papieren archieven van voor 2015 liggen in de kelder van het gemeentehuis. In februari 2025 stond daar na een
hevige regenbui water op de vloer; er raakten geen stukken beschadigd. De kelder heeft geen brandmelder die op de
meldkamer is aangesloten en de temperatuur en de luchtvochtigheid worden niet gemeten.</p>
<p>Bij de vorige inspectie, in 2022, luidde een van de maatregelen: <i>'Zorg voor een actuele lijst van alle
verbonden partijen en hun archieven.'</i> Die lijst is er nu; van de zeven gemeenschappelijke regelingen hebben er
drie afspraken over het archief.</p>
<p>De archieven van de voormalige gemeente Oudewater-Vliet, die in 2006 in Vliethoven opging, zijn ouder dan twintig
jaar en hadden al overgebracht moeten zijn naar het streekarchief. Dat is nog niet gebeurd, omdat de inventaris niet
af is.</p>

<h2>3. Oordeel en verbetermaatregelen per norm</h2>
<p>In de tabel hieronder staat per norm ons oordeel en, waar nodig, de maatregel die wij het college vragen te
nemen.</p>
{scorecard()}

<h2>4. Vervolg</h2>
<p>De archiefinspecteur ontvangt binnen drie maanden graag een reactie van het college, met per maatregel wat de
gemeente gaat doen en wanneer. De maatregelen bij norm 2 en norm 7 hebben wat ons betreft prioriteit, omdat daar
het risico op verlies van informatie het grootst is. Over twee jaar bezoeken wij de gemeente opnieuw voor een
tussentijdse controle.</p>
<p>drs. Jolanda Meerburg<br/>provinciaal archiefinspecteur</p>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Memo reactie inspectierapport
</title>{CSS}</head><body>
<p class="small"><b>GEMEENTE VLIETHOVEN</b> - gemeentesecretaris</p>
<h1 style="font-size:15pt; color:{DARK}; margin:0.1cm 0 0.2cm 0;">Memo</h1>
<table class="memo">
<tr><td><b>Aan</b></td><td>drs. J. Meerburg, provinciaal archiefinspecteur Provincie Noordermark</td></tr>
<tr><td><b>Van</b></td><td>R.J. Tolsma, gemeentesecretaris, namens het college</td></tr>
<tr><td><b>Datum</b></td><td>12 augustus 2026</td></tr>
<tr><td><b>Kenmerk</b></td><td>VLH/BV/2026-2281 (uw kenmerk PNM/AI/2026-014)</td></tr>
<tr><td><b>Onderwerp</b></td><td>reactie op het inspectierapport informatiebeheer 2026</td></tr>
</table>
<hr style="border:0; border-top:1px solid #8fa3c0; margin:0.25cm 0;"/>
<p>Het college heeft uw rapport op 7 juli 2026 besproken. Wij zijn blij dat de inspectie de vooruitgang sinds 2022
ziet. Hieronder geven wij per norm aan wat wij met uw maatregelen doen, te beginnen met de punten waaraan u
prioriteit geeft.</p>
<p><b>Norm 2 (vernietiging).</b> De vernietiging van de achterstand is in juli begonnen. Een extern bureau werkt de
dossiers uit 1995-2015 volgens de selectielijst af; de verklaring van vernietiging ontvangt u uiterlijk 1 april
2027.</p>
<p><b>Norm 10 (kennis).</b> Vanaf september volgen alle zaakbehandelaars de e-learning 'Goed bewaard', met een
praktijkmiddag per team. Wij verwachten dat iedereen de training voor de zomer van 2027 heeft afgerond.</p>
<p><b>Norm 1 (beleid).</b> Het informatiebeheerplan ligt in concept klaar en wordt in het eerste kwartaal van 2027
door het college vastgesteld, met daarin per team een eigenaar van de informatie.</p>
<p><b>Norm 4 (overbrenging).</b> De archieven van Oudewater-Vliet tot 1990 brengen wij in 2027 over. Voor de stukken
uit 1990-2005 ontbreekt nog een deel van de inventaris; die overbrenging schuift daarom op naar 2029.</p>
<p><b>Norm 5 (digitale informatie).</b> Wij delen uw zorg over e-mails buiten het zaaksysteem. Een koppeling
tussen de mailomgeving en het zaaksysteem is technisch ingewikkeld. Wij laten de leverancier dit onderzoeken en
beslissen daarna, zonder nu al een keuze te maken.</p>
<p><b>Norm 7 (archiefruimte).</b> Een verhuizing of een ingrijpende verbouwing van de kelder achten wij niet
verantwoord, omdat het gemeentehuis over vijf jaar wordt vervangen door nieuwbouw. Wij plaatsen wel een
waterdetector en een brandmelder die is aangesloten op de meldkamer.</p>
<p><b>Norm 6 (openbaarheid).</b> Hoewel u hier geen maatregel noemt, melden wij dat sinds mei 2026 alle raadsstukken
vanaf 2010 doorzoekbaar op onze website staan.</p>
<p>Wij gaan ervan uit u hiermee voldoende te hebben geïnformeerd en zien de tussentijdse controle in 2028 met
vertrouwen tegemoet.</p>
</body></html>"""


def expected():
    recs = [
        (1, "Stel in 2027 een informatiebeheerplan vast waarin staat wie",
         "Het informatiebeheerplan ligt in concept klaar", "agrees"),
        (2, "Vernietig de achterstand van vernietigbare papieren dossiers uit de jaren",
         "Een extern bureau werkt de dossiers uit 1995-2015", "agrees"),
        (3, "Breng de archieven van de voormalige gemeente Oudewater-Vliet uit de periode",
         "die overbrenging schuift daarom op naar 2029", "partly"),
        (4, "Richt het zaaksysteem zo in dat ook e-mails en chatberichten",
         "Wij laten de leverancier dit onderzoeken en beslissen daarna", "noted"),
        (5, "Verhuis de papieren archieven uit de kelder van het gemeentehuis",
         "ingrijpende verbouwing van de kelder achten wij niet verantwoord", "disagrees"),
        (6, "Leg in elke gemeenschappelijke regeling vast wie de archieven beheert", None, "unanswered"),
        (7, "Laat alle medewerkers die zaken behandelen binnen een jaar",
         "volgen alle zaakbehandelaars de e-learning 'Goed bewaard'", "agrees"),
    ]
    unmatched = ["Wij zijn blij dat de inspectie de vooruitgang sinds 2022",
                 "alle raadsstukken vanaf 2010 doorzoekbaar op onze website",
                 "zien de tussentijdse controle in 2028 met vertrouwen tegemoet"]
    notes = ("Advice: a provincial archiefinspecteur's inspection report on a gemeente's records management "
             "(Chromium, 2 p.); the seven recommendations stand ONLY in the right-hand column 'Verbetermaatregel' "
             "of a ruled scorecard table 'Norm | Onderwerp | Oordeel | Verbetermaatregel' with norms 1-10, norms 3, "
             "6 and 9 carrying a dash: recommendations 1-7 are the measures of norms 1, 2, 4, 5, 7, 8, 10. Traps: "
             "the Archiefwet paraphrased with 'moet', findings in running text, the 2022 measure quoted as an "
             "imperative ('Zorg voor een actuele lijst'), the oordelen, a closing line naming 'de maatregelen bij "
             "norm 2 en norm 7'. Response: the gemeentesecretaris's MEMO (field grid) whose paragraphs open with "
             "bold run-in labels BY NORM, in the order norm 2, 10, 1, 4, 5, 7, 6: norm 2 = 2 agrees (backlog being "
             "destroyed, statement by April 2027); norm 10 = 7 agrees (e-learning for all); norm 1 = 1 agrees (plan "
             "adopted Q1 2027); norm 4 = 3 partly (records before 1990 in 2027, 1990-2005 only in 2029); norm 5 = 4 "
             "noted (supplier to study it, no choice made); norm 7 = 5 disagrees (no move or rebuild, only a water "
             "detector and fire alarm); the norm 6 paragraph (no measure asked), the introduction and the closing "
             "answer nothing; norm 8 (recommendation 6, archive agreements in joint arrangements) never answered: "
             "unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Provincie Noordermark - archiefinspectie - inspectierapport Vliethoven 2026 - "
            "PNM/AI/2026-014", "blz. {n} van {m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Vliethoven - memo VLH/BV/2026-2281", "{n}", F["Regular"])
    expected()
