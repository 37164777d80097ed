"""Round 139 (nl, Flemish): the ADVIES of an (invented) municipality's DEONTOLOGISCHE COMMISSIE of the gemeenteraad
on the ontwerp of herziene deontologische code for mandatarissen; the advice runs by theme, each theme with a
'Vaststelling n' and then a LABELLED, BORDERED block 'Aanbeveling n' (1-7); answered by the voorzitter of the
gemeenteraad's LETTER with bold INLINE LABELS ('Aanbeveling 4 (sociale media).') in another order, one paragraph
answering two with different verdicts.

Advice (Chromium --print-to-pdf, sans, wine-purple headings, bordered recommendation blocks, stamped head from p. 2,
'blz. n/m'): the decree on local government paraphrased with 'moet' (trap), 'Vaststelling 1'-'5' in the same small
caps label style (trap), the 2019 code quoted with 'moet' (trap), 'De commissie beveelt niet aan om' (trap), a closing
line naming 'de aanbevelingen 3 en 4' (trap). Response (Chromium, stamped): 1 agrees + 2 partly (one paragraph), 3
agrees, 5 agrees, 4 disagrees, 6 noted; 7 unanswered; introduction, 'Verdere stappen' and closing answer nothing.
All bodies, places, people, figures and reference numbers invented; decrees named as context only.

Run: /tmp/blind139nl/bin/python tests/docs/src/blind139/gen_nl_deontologie_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b139nl as B  # noqa: E402

NAME = "blind139_nl_deontologie"
F = B.tmp_fonts()
SANS = "B139NL Sans"
INK = "#6b2a52"

CSS = f"""<style>
@page {{ size: A4; margin: 2.0cm 2.1cm 1.9cm 2.1cm; }}
body {{ font-family: '{SANS}'; font-size: 9.5pt; line-height: 1.42; color: #111; }}
p {{ margin: 0 0 0.2cm 0; text-align: justify; }}
h1 {{ font-size: 15pt; color: {INK}; margin: 0.1cm 0 0.15cm 0; }}
h2 {{ font-size: 11pt; color: {INK}; margin: 0.34cm 0 0.12cm 0; break-after: avoid; }}
.small {{ font-size: 8.1pt; color: #555; text-align: left; }}
.quote {{ margin: 0.08cm 0.9cm 0.2cm 0.9cm; font-style: italic; color: #444; }}
.top {{ border-top: 4pt solid {INK}; padding-top: 0.12cm; }}
.lab {{ font-weight: bold; color: {INK}; font-size: 8.6pt; letter-spacing: 0.02em; }}
.rec {{ border: 0.8pt solid {INK}; border-left: 3.5pt solid {INK}; padding: 0.12cm 0.25cm; margin: 0.1cm 0 0.25cm 0;
        break-inside: avoid; }}
.rec p {{ margin: 0; }}
</style>"""


def rec(n, text):
    return f'<div class="rec"><p><span class="lab">Aanbeveling {n}</span><br>{text}</p></div>'


ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Advies deontologische code</title>{CSS}
</head><body><div class="top"></div>
<p class="small">Gemeente Hoeselbeke - Deontologische commissie van de gemeenteraad - Markt 1, 3590 Hoeselbeke</p>
<h1>Advies over het ontwerp van herziene deontologische code voor mandatarissen</h1>
<p class="small">Aan de voorzitter van de gemeenteraad, mevrouw An Vanderstraeten - ons kenmerk DC/2027/01 -
Hoeselbeke, 11 maart 2027 - unaniem goedgekeurd in de vergadering van 8 maart 2027</p>
<h2>1. Vraag en kader</h2>
<p>Op 25 januari 2027 vroeg de voorzitter van de gemeenteraad de deontologische commissie om advies over het
ontwerp van herziene deontologische code. Volgens het decreet over het lokaal bestuur moet de gemeenteraad een
deontologische code aannemen voor alle mandatarissen, en moet hij een deontologische commissie oprichten die
over de naleving ervan waakt. De huidige code dateert van 2019 en bepaalt onder meer:</p>
<p class="quote">'Een mandataris moet elk geschenk met een waarde van meer dan 100 euro melden aan de
algemeen directeur.'</p>
<p>De commissie bestaat uit een lid van elke fractie en wordt voorgezeten door de voorzitter van de gemeenteraad,
die zich voor dit advies heeft laten vervangen door het oudste lid. Wij bespreken het ontwerp per thema; per thema
geven we eerst wat we vaststelden en daarna onze aanbeveling. De commissie beveelt niet aan om een externe
integriteitsadviseur aan te stellen: de gemeente is daarvoor te klein en de commissie kan haar rol zelf
opnemen.</p>
<h2>2. Geschenken en uitnodigingen</h2>
<p><span class="lab">Vaststelling 1</span> - In 2025 en 2026 werden samen slechts vier geschenken gemeld, terwijl
uit gesprekken blijkt dat mandatarissen geregeld flessen wijn, tickets en etentjes krijgen aangeboden.</p>
{rec(1, "Verlaag de grens voor geschenken die een mandataris zonder melding mag aanvaarden van 100 naar 50 euro.")}
{rec(2, "Publiceer het register van geschenken en uitnodigingen elk kwartaal op de website van de gemeente, met "
        "naam van de mandataris en de gever.")}
<h2>3. Belangenconflicten</h2>
<p><span class="lab">Vaststelling 2</span> - Het ontwerp vraagt dat een raadslid met een persoonlijk belang
'zich onthoudt', maar zegt niet of het raadslid de zaal moet verlaten. Dat leidde in 2026 twee keer tot discussie
over een bouwdossier.</p>
{rec(3, "Leg in de code vast dat een raadslid met een belangenconflict de zaal verlaat tijdens de beraadslaging "
        "en de stemming over dat punt.")}
<h2>4. Sociale media</h2>
<p><span class="lab">Vaststelling 3</span> - Het ontwerp zwijgt over sociale media. Klachten over berichten van
mandatarissen gingen de laatste twee jaar bijna altijd over persoonlijke accounts.</p>
{rec(4, "Neem een afzonderlijk hoofdstuk op over het gebruik van sociale media door mandatarissen, ook op hun "
        "persoonlijke accounts.")}
<h2>5. Vorming</h2>
<p><span class="lab">Vaststelling 4</span> - Van de 27 raadsleden volgden er na de installatie in 2025 maar elf
de vrijwillige infosessie over deontologie.</p>
{rec(5, "Organiseer bij het begin van elke legislatuur een verplichte vorming over de deontologische code voor "
        "alle mandatarissen.")}
<h2>6. Rol van de commissie</h2>
<p><span class="lab">Vaststelling 5</span> - Volgens het ontwerp kan de commissie alleen optreden na een klacht
van een raadslid of een burger. Signalen uit de pers kan zij niet zelf onderzoeken.</p>
{rec(6, "Geef de deontologische commissie de bevoegdheid om op eigen initiatief een onderzoek te starten wanneer "
        "er ernstige aanwijzingen zijn van een schending.")}
{rec(7, "Evalueer de herziene code halverwege de legislatuur en bespreek het resultaat in een openbare zitting "
        "van de gemeenteraad.")}
<h2>7. Besluit</h2>
<p>De commissie geeft een gunstig advies over het ontwerp, op voorwaarde dat rekening wordt gehouden met de
bovenstaande aanbevelingen. Zij wijst in het bijzonder op de aanbevelingen 3 en 4, die voor de geloofwaardigheid
van de raad het zwaarst wegen.</p>
<p>Voor de commissie,<br>Luc De Muynck, wnd. voorzitter - Sofie Claes, secretaris</p>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Antwoord voorzitter</title>{CSS}
</head><body><div class="top"></div>
<p class="small">Gemeente Hoeselbeke - de voorzitter van de gemeenteraad - Markt 1, 3590 Hoeselbeke</p>
<p>Aan de leden van de deontologische commissie<br>t.a.v. de heer Luc De Muynck, wnd. voorzitter</p>
<p class="small">Hoeselbeke, 29 april 2027 - ons kenmerk GR/VZ/2027/014 - uw kenmerk DC/2027/01 - betreft: gevolg
aan uw advies over de deontologische code</p>
<p>Geachte heer De Muynck, beste collega's,</p>
<p>Namens het bureau van de gemeenteraad dank ik u voor het grondige advies. Het bureau heeft het ontwerp op basis
daarvan bijgestuurd; de gemeenteraad keurde de herziene code goed in zitting van 26 april 2027. Hieronder licht
ik toe hoe uw aanbevelingen werden verwerkt.</p>
<p><b>Aanbeveling 3 (belangenconflicten).</b> Volledig gevolgd. Artikel 9 van de code bepaalt nu uitdrukkelijk
dat het betrokken raadslid de raadzaal verlaat zolang het punt wordt besproken en gestemd.</p>
<p><b>Aanbevelingen 1 en 2 (geschenken).</b> De meldingsgrens gaat naar 50 euro, zoals u voorstelde. Het register
wordt openbaar, maar wij publiceren het eenmaal per jaar, samen met het jaarverslag; een driemaandelijkse
publicatie vraagt te veel van de administratie.</p>
<p><b>Aanbeveling 5 (vorming).</b> Dit nemen we over. Vanaf de volgende legislatuur is de vorming over de code
verplicht binnen zes maanden na de installatie.</p>
<p><b>Aanbeveling 4 (sociale media).</b> Hier volgt de raad u niet. Een apart hoofdstuk achten wij niet nodig: de
algemene gedragsregels gelden al voor elke openbare uitlating, en wat mandatarissen op hun privéaccounts
schrijven, valt onder hun vrije meningsuiting.</p>
<p><b>Aanbeveling 6 (initiatiefrecht).</b> Het bureau heeft akte genomen van uw voorstel. Het wil eerst nagaan hoe
andere gemeenten hiermee omgaan en komt daar na de zomer op terug.</p>
<p><b>Verdere stappen.</b> De herziene code wordt bekendgemaakt op de gemeentelijke website en treedt in werking
op 1 juni 2027. Alle mandatarissen krijgen een gedrukt exemplaar.</p>
<p>Ik dank u nogmaals voor uw werk en voor de constructieve sfeer in de commissie.</p>
<p>Met collegiale groeten,<br>An Vanderstraeten<br>voorzitter van de gemeenteraad</p>
</body></html>"""


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Deontologische commissie Hoeselbeke - advies deontologische code - DC/2027/01",
            "blz. {n}/{m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Hoeselbeke - voorzitter gemeenteraad - GR/VZ/2027/014",
            "blz. {n}/{m}", F["Regular"])
    B.write_expected(NAME, [
        ("1", "Verlaag de grens voor geschenken die een mandataris zonder melding",
         "De meldingsgrens gaat naar 50 euro", "agrees"),
        ("2", "Publiceer het register van geschenken en uitnodigingen elk kwartaal op",
         "wij publiceren het eenmaal per jaar, samen met het jaarverslag", "partly"),
        ("3", "Leg in de code vast dat een raadslid met een belangenconflict",
         "het betrokken raadslid de raadzaal verlaat zolang", "agrees"),
        ("4", "Neem een afzonderlijk hoofdstuk op over het gebruik van sociale media",
         "Een apart hoofdstuk achten wij niet nodig", "disagrees"),
        ("5", "Organiseer bij het begin van elke legislatuur een verplichte vorming",
         "verplicht binnen zes maanden na de installatie", "agrees"),
        ("6", "Geef de deontologische commissie de bevoegdheid om op eigen initiatief",
         "Het bureau heeft akte genomen van uw voorstel", "noted"),
        ("7", "Evalueer de herziene code halverwege de legislatuur en bespreek het", None, "unanswered"),
    ], ["Namens het bureau van de gemeenteraad dank ik u",
        "treedt in werking op 1 juni 2027",
        "voor de constructieve sfeer in de commissie"],
        "Advice (Flemish): a municipal council's ethics committee (deontologische commissie) advises the chair of the "
        "council on the draft revised code of conduct for office holders; the text runs by theme (sections 2-6), each "
        "with a 'Vaststelling n' label and then LABELLED, BORDERED blocks 'Aanbeveling 1'-'Aanbeveling 7' "
        "(imperatives; 6 and 7 share the last theme). Traps: 'Vaststelling 1'-'5' in the same small bold label "
        "style, the decree on local government paraphrased with 'moet', the 2019 code quoted with 'moet', 'De "
        "commissie beveelt niet aan om een externe integriteitsadviseur aan te stellen', a general favourable advice "
        "'op voorwaarde dat', a closing line naming 'de aanbevelingen 3 en 4'. Response: the council chair's letter "
        "with bold INLINE LABELS in another order: 'Aanbeveling 3' agrees ('Volledig gevolgd'), ONE paragraph "
        "'Aanbevelingen 1 en 2' = 1 agrees (threshold 50 euro) + 2 partly (register published yearly, not "
        "quarterly), 5 agrees, 4 disagrees ('Hier volgt de raad u niet'), 6 noted ('akte genomen', comes back after "
        "the summer). 7 (evaluation mid-term) is never answered. Introduction, 'Verdere stappen.' and closing answer "
        "nothing.")
    print("written", NAME)
