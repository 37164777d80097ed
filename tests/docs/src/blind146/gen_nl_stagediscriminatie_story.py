"""Round 146 (nl): the ONDERZOEKSRAPPORT of an (invented) regional ANTIDISCRIMINATION SERVICE (antidiscriminatie-
voorziening) on how a Dutch vocational college (mbo) deals with INTERNSHIP DISCRIMINATION (stagediscriminatie); its
seven recommendations are numbered with ROMAN NUMERALS I-VII hanging in a borderless two-column layout under '5
Aanbevelingen', after the findings numbered 1-6 in exactly the same hanging style; answered by the college's
executive board (college van bestuur) in a letter with 'Ad ...' LABELS ('Ad V', 'Ad III en VI') in another order, one
paragraph answering two recommendations with different verdicts and one answering a finding ('Ad bevinding 4').

Advice (PyMuPDF Story from HTML, sans, dark-teal headings, metadata table, stamped head, 'pagina n van m'): the equal
treatment act named with 'verbiedt' and the college's own internship code quoted with 'moet' (trap), the college's
2024 action plan quoted as an imperative ('Spreek bedrijven die studenten weigeren ... direct aan.', not carried out,
trap), findings numbered 1-6 like the recommendations (trap), 'Wij bevelen niet aan om studenten voortaan anoniem te
laten solliciteren' (trap), a closing naming 'de aanbevelingen II en IV' (trap). Response (PyMuPDF Story, stamped),
labels in the order V, I, bevinding 4, II, IV, III+VI: V agrees, I agrees, bevinding 4 answers a finding (nothing), II
partly, IV disagrees, III noted + VI disagrees in one paragraph; VII unanswered; the introduction and the closing
answer nothing. All bodies, places, people, figures and reference numbers invented; the equal treatment act named as
context only.

Run: /tmp/blind146nl/bin/python tests/docs/src/blind146/gen_nl_stagediscriminatie_story.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b146nl as B  # noqa: E402

NAME = "blind146_nl_stagediscriminatie"
F = B.tmp_fonts()
INK = "#145a5a"

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
table.meta {{ width: 100%; border-collapse: collapse; margin-bottom: 6pt; }}
table.meta td {{ font-size: 8.3pt; border-bottom: 1px solid #a8c8c8; padding: 3px; vertical-align: top;
                 text-align: left; }}
table.hang {{ width: 100%; border-collapse: collapse; margin-bottom: 2pt; }}
table.hang td {{ font-size: 9.4pt; padding: 0 0 4pt 0; vertical-align: top; text-align: left; }}
td.no {{ width: 26pt; font-weight: bold; color: {INK}; text-align: left; }}
td.lab {{ font-weight: bold; color: {INK}; width: 96pt; }}
"""


def hanging(items):
    rows = "".join(f'<tr><td class="no">{n}</td><td>{t}</td></tr>' for n, t in items)
    return f'<table class="hang">{rows}</table>'


FINDINGS = [
    ("1", "In het studiejaar 2025-2026 kwamen bij de school 31 meldingen of signalen van stagediscriminatie binnen. "
          "In 24 gevallen ging het om studenten met een migratieachtergrond, in vijf om studentes met een "
          "hoofddoek."),
    ("2", "De meeste meldingen (19) betreffen leerbedrijven in de techniek en de logistiek; in de zorg en de "
          "detailhandel ging het om kleinere aantallen."),
    ("3", "Zes van de veertien loopbaanbegeleiders die wij spraken, kenden de stagecode niet. Wie een melding "
          "kreeg, handelde die meestal af door de student een ander bedrijf aan te raden."),
    ("4", "Studenten melden weinig. In onze enquête onder 412 studenten zei 22 procent ooit te zijn afgewezen om "
          "een reden die met afkomst, geloof of uiterlijk te maken had; slechts één op de acht van hen deed een "
          "melding."),
    ("5", "Bedrijven die een student om zijn afkomst weigeren, blijven in het stageportaal van de school staan. "
          "Het portaal vraagt studenten bij elke sollicitatie om een foto."),
    ("6", "Studenten die lang zoeken, raken achterop: van de 47 studenten die in oktober nog geen stageplek "
          "hadden, liep bijna de helft studievertraging op."),
]

RECS = [
    ("I", "Stel binnen de school één vast meldpunt stagediscriminatie in, los van de loopbaanbegeleider, waar "
          "studenten ook anoniem terechtkunnen."),
    ("II", "Laat stagebedrijven niet langer om een foto van de student vragen, en neem dat op in de "
           "stageovereenkomst met elk bedrijf."),
    ("III", "Train alle loopbaanbegeleiders en stagecoördinatoren vóór het nieuwe studiejaar in het herkennen en "
            "bespreken van discriminatie bij de stage."),
    ("IV", "Spreek een bedrijf dat aantoonbaar een student heeft geweigerd om diens afkomst of geloof daarop aan, "
           "en beëindig de samenwerking als het opnieuw gebeurt."),
    ("V", "Registreer alle meldingen en signalen centraal en rapporteer er elk jaar over in het jaarverslag van de "
          "school."),
    ("VI", "Geef studenten die na drie afwijzingen nog geen stageplek hebben, een vaste begeleider die samen met "
           "hen een passend bedrijf zoekt."),
    ("VII", "Betrek de studentenraad bij het opstellen van een nieuwe stagecode en bij de jaarlijkse evaluatie "
            "daarvan."),
]

ADVICE = f"""<html><body>
<p class="small">Antidiscriminatievoorziening Vlietstreek - Lange Voorstraat 41, 3311 KM Dorvliet -
info@adv-vlietstreek.example</p>
<h1>Gelijke kans op een stageplek</h1>
<p class="small">Onderzoek naar de aanpak van stagediscriminatie bij Vakcollege Lindestroom</p>
<table class="meta">
<tr><td class="lab">Aan</td><td>het college van bestuur van Vakcollege Lindestroom, t.a.v. mevrouw drs. E.M. van
Oosterhout, voorzitter</td></tr>
<tr><td class="lab">Kenmerk en datum</td><td>ADV-VS/2027/05, 22 februari 2027</td></tr>
<tr><td class="lab">Onderzoekers</td><td>Samira Bouzid MA en Jeroen Tamminga</td></tr>
<tr><td class="lab">Aanleiding</td><td>verzoek van de studentenraad van 3 oktober 2026</td></tr>
</table>
<h2>1 Aanleiding</h2>
<p>Op verzoek van de studentenraad heeft de Antidiscriminatievoorziening Vlietstreek onderzocht hoe Vakcollege
Lindestroom omgaat met stagediscriminatie. De Algemene wet gelijke behandeling verbiedt onderscheid op grond van
onder meer ras en godsdienst, ook bij het aanbieden van een stageplaats. De stagecode van de school bepaalt:</p>
<p class="quote">'Een student die zich bij een stagebedrijf gediscrimineerd voelt, moet dit melden bij zijn
loopbaanbegeleider. De loopbaanbegeleider moet de melding binnen vijf werkdagen bespreken met de
stagecoördinator.'</p>
<h2>2 Werkwijze</h2>
<p>Wij spraken tussen november 2026 en januari 2027 met 23 studenten, veertien loopbaanbegeleiders, vier
stagecoördinatoren en acht leerbedrijven. Daarnaast hielden wij een enquête onder studenten van de opleidingen
techniek, logistiek, zorg en handel, en bestudeerden wij de meldingen en het actieplan van de school.</p>
<h2>3 Wat eerder is afgesproken</h2>
<p>In het actieplan 'Stage voor iedereen' uit 2024 nam de school zich voor:</p>
<p class="quote">'Spreek bedrijven die studenten weigeren om hun afkomst direct aan.'</p>
<p>Uit de dossiers blijkt dat dit in de afgelopen twee jaar niet één keer is gebeurd.</p>
<h2>4 Bevindingen</h2>
{hanging(FINDINGS)}
<p>Wij bevelen niet aan om studenten voortaan anoniem te laten solliciteren bij stagebedrijven. Bij een stage
volgt vrijwel altijd een kennismakingsgesprek, zodat anonimiteit de afwijzing alleen verschuift naar een later
moment.</p>
<h2>5 Aanbevelingen</h2>
<p>Op grond van deze bevindingen doen wij het college van bestuur de volgende aanbevelingen.</p>
{hanging(RECS)}
<h2>6 Tot slot</h2>
<p>De school heeft met het actieplan van 2024 een goede eerste stap gezet, maar de uitvoering blijft achter. Wij
vragen het college van bestuur om de aanbevelingen II en IV als eerste op te pakken, omdat zij de kans op
discriminatie bij de bron verkleinen. Wij ontvangen graag binnen acht weken uw reactie.</p>
<p>Dorvliet, 22 februari 2027<br>Samira Bouzid MA, senior adviseur - Jeroen Tamminga, onderzoeker</p>
</body></html>"""

RESPONSE = f"""<html><body>
<p class="small">Vakcollege Lindestroom - college van bestuur - Stationsweg 120, 3312 AB Dorvliet</p>
<h1>Reactie op uw onderzoeksrapport 'Gelijke kans op een stageplek'</h1>
<table class="meta">
<tr><td class="lab">Aan</td><td>Antidiscriminatievoorziening Vlietstreek, t.a.v. mevrouw S. Bouzid MA</td></tr>
<tr><td class="lab">Ons kenmerk</td><td>CvB/2027-0318</td></tr>
<tr><td class="lab">Datum</td><td>12 april 2027</td></tr>
<tr><td class="lab">Kopie</td><td>studentenraad, ondernemingsraad</td></tr>
</table>
<p>Geachte mevrouw Bouzid,</p>
<p>Wij danken u voor het zorgvuldige onderzoek. De uitkomsten zijn voor ons confronterend: geen student mag om zijn
afkomst of geloof een stageplek mislopen. Wij hebben het rapport besproken met de opleidingsmanagers, de
studentenraad en de ondernemingsraad, en reageren hieronder op de aanbevelingen.</p>
<p><b>Ad V.</b> Met ingang van 1 september worden alle meldingen en signalen centraal vastgelegd door het bureau
kwaliteit. Het jaarverslag over 2027 krijgt er een aparte paragraaf over.</p>
<p><b>Ad I.</b> Wij nemen deze aanbeveling over. Per 1 augustus 2027 kunnen studenten terecht bij een meldpunt bij
de vertrouwenspersonen van de school, dat los staat van de opleidingen; melden kan ook zonder naam, via een
formulier op de website.</p>
<p><b>Ad bevinding 4.</b> Dat zo weinig studenten melden, herkennen wij. In de eerste week van elk studiejaar
besteden de mentoren voortaan een les aan de vraag wat een student kan doen na een afwijzing.</p>
<p><b>Ad II.</b> In ons eigen stageportaal vervalt het veld voor een foto al vóór de zomer. Een verbod in de
stageovereenkomst vinden wij een stap te ver: het is aan het bedrijf hoe het een kennismaking inricht, en de
overeenkomst volgt een landelijk model.</p>
<p><b>Ad IV.</b> Wij zullen een bedrijf aanspreken als er een melding is, maar wij zien af van het automatisch
beëindigen van de samenwerking. Veel opleidingen zijn afhankelijk van een klein aantal leerbedrijven, en een breuk
treft vooral de studenten die daar wel welkom zijn.</p>
<p><b>Ad III en VI.</b> Of en hoe wij de begeleiders scholen, bekijken wij bij het opstellen van het
professionaliseringsplan 2028, waarin ook andere wensen voor scholing een plaats moeten krijgen. Een vaste extra
begeleider voor studenten die lang zoeken, komt er niet; daarvoor ontbreekt de formatie, en de stagecoördinatoren
blijven deze studenten helpen.</p>
<p>Wij stellen het op prijs als u over een jaar met ons terugkijkt op wat er van deze voornemens terecht is
gekomen.</p>
<p>Met vriendelijke groet,<br>drs. E.M. van Oosterhout, voorzitter college van bestuur</p>
</body></html>"""


if __name__ == "__main__":
    B.story_pdf(ADVICE, CSS, NAME + "_advice.pdf", B.FD)
    B.stamp(NAME + "_advice.pdf", "Antidiscriminatievoorziening Vlietstreek - Gelijke kans op een stageplek - "
            "ADV-VS/2027/05", "pagina {n} van {m}", F["Regular"])
    B.story_pdf(RESPONSE, CSS, NAME + "_response.pdf", B.FD)
    B.stamp(NAME + "_response.pdf", "Vakcollege Lindestroom - reactie op ADV-VS/2027/05 - CvB/2027-0318",
            "pagina {n}", F["Regular"])
    B.write_expected(NAME, [
        ("I", "Stel binnen de school één vast meldpunt stagediscriminatie in, los",
         "Per 1 augustus 2027 kunnen studenten terecht bij een meldpunt", "agrees"),
        ("II", "Laat stagebedrijven niet langer om een foto van de student vragen",
         "In ons eigen stageportaal vervalt het veld voor een foto", "partly"),
        ("III", "Train alle loopbaanbegeleiders en stagecoördinatoren vóór het nieuwe studiejaar in",
         "bekijken wij bij het opstellen van het professionaliseringsplan 2028", "noted"),
        ("IV", "Spreek een bedrijf dat aantoonbaar een student heeft geweigerd om",
         "wij zien af van het automatisch beëindigen van de samenwerking", "disagrees"),
        ("V", "Registreer alle meldingen en signalen centraal en rapporteer er elk",
         "worden alle meldingen en signalen centraal vastgelegd door het bureau", "agrees"),
        ("VI", "Geef studenten die na drie afwijzingen nog geen stageplek hebben,",
         "Een vaste extra begeleider voor studenten die lang zoeken", "disagrees"),
        ("VII", "Betrek de studentenraad bij het opstellen van een nieuwe stagecode", None, "unanswered"),
    ], ["De uitkomsten zijn voor ons confronterend",
        "besteden de mentoren voortaan een les aan de vraag",
        "als u over een jaar met ons terugkijkt"],
        "Advice: the RESEARCH REPORT of a regional antidiscrimination service on how a Dutch vocational college "
        "(mbo) deals with internship discrimination; the seven recommendations are numbered with ROMAN NUMERALS "
        "I-VII hanging in a borderless two-column layout under '5 Aanbevelingen'. Traps: the equal treatment act "
        "named ('verbiedt'), the college's internship code quoted with 'moet', the college's 2024 action plan quoted "
        "as an imperative ('Spreek bedrijven die studenten weigeren om hun afkomst direct aan.', not carried out, "
        "worded like IV), findings numbered 1-6 in exactly the same hanging style, 'Wij bevelen niet aan om "
        "studenten voortaan anoniem te laten solliciteren', a closing naming 'de aanbevelingen II en IV'. Response: "
        "the executive board's LETTER with 'Ad ...' LABELS in the order V, I, 'bevinding 4', II, IV, 'III en VI': V "
        "agrees (central registration from 1 September, a paragraph in the annual report), I agrees (a reporting "
        "point with the confidential advisers, anonymous via a form), 'Ad bevinding 4' answers a FINDING (a lesson "
        "in the first week; unmatched), II partly (photo field removed from the college's own portal, but no ban in "
        "the internship agreement), IV disagrees (companies addressed, but no automatic end of cooperation), ONE "
        "paragraph 'Ad III en VI' = III noted (training considered in the 2028 professional development plan) + VI "
        "disagrees (no extra fixed counsellor). VII (the student council and a new internship code) is never "
        "answered. The introduction and the closing answer nothing.")
    print("written", NAME)
