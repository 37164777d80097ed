"""Round 99 (nl): the gevraagd ADVIES of a Dutch municipal VRIJWILLIGERSPLATFORM (umbrella of volunteer organisations)
on the concept-NOTA VRIJWILLIGERSBELEID, answered by a LETTER of the wethouder (brief with subject run-ins, quoting the
theme names, no numbers).

Advice (Chromium, sans, purple letterhead band, two-column 'Wat wij hoorden' findings, @page running head from p. 2,
'blad n/m'): Wmo 2015 art. 2.1.1 'moet', the Participatiewet and the vrijwilligersvergoeding limits, a survey
sidebar, the platform's 2020 advice quoted with 'moet', the nota's own 'moet'; the recommendations UNNUMBERED ROWS
of a two-column TABLE 'Thema | Ons advies' (seven themes). Response: letter, order 5, 1, 2+6, 4, 3; 7 unanswered.
All invented.

Run: /tmp/blind99nl/bin/python tests/docs/src/blind99/gen_nl_vrijwilligers_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b99nl as B  # noqa: E402

NAME = "blind99_nl_vrijwilligers"
B.tmp_fonts()
FAM = "B99NL Sans"
PURPLE = "#5b2a72"


def page(title, head, body, foot):
    return f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{title}</title><style>
@page {{ size: A4; margin: 22mm 20mm 20mm 20mm;
  @top-left {{ content: "{head}"; font: 7.5pt '{FAM}'; color: #666; }}
  @bottom-right {{ content: "{foot}" counter(page) "/" counter(pages); font: 7.5pt '{FAM}'; color: #666; }} }}
@page :first {{ @top-left {{ content: none; }} }}
body {{ font-family: '{FAM}'; font-size: 9.5pt; line-height: 1.42; color: #111; }}
.lh {{ border-left: 8px solid {PURPLE}; padding: 4px 10px; margin-bottom: 12px; }}
.lh b {{ font-size: 13pt; color: {PURPLE}; }}
h1 {{ font-size: 15pt; color: {PURPLE}; margin: 2px 0 8px; }}
h2 {{ font-size: 10.8pt; color: {PURPLE}; margin: 12px 0 4px; break-after: avoid; }}
p {{ margin: 0 0 6px; }}
.two {{ column-count: 2; column-gap: 8mm; font-size: 9pt; }}
.two p {{ break-inside: avoid; }}
.side {{ float: right; width: 50mm; margin: 0 0 8px 10px; background: #f1eaf5; padding: 6px 8px; font-size: 8.4pt; }}
.side p {{ margin: 0 0 3px; }}
table.adv {{ border-collapse: collapse; width: 100%; margin: 6px 0 10px; }}
table.adv td {{ border-bottom: 0.7pt solid #b9a3c6; padding: 5px 6px; vertical-align: top; }}
table.adv td.t {{ width: 36mm; font-weight: bold; color: {PURPLE}; }}
table.adv th {{ background: {PURPLE}; color: white; text-align: left; padding: 4px 6px; }}
.addr {{ margin: 10px 0 14px; }}
.small {{ font-size: 8.3pt; color: #333; }}
</style></head><body>{body}</body></html>"""


def row(theme, text):
    return f'<tr><td class="t">{theme}</td><td>{text}</td></tr>'


ADVICE = f"""
<div class="lh"><b>Vrijwilligersplatform Hoeksewaard</b><br><span class="small">Vereniging van vrijwilligersorganisaties
in de gemeente Hoeksewaard - Kerkplein 4, 3271 AB Hoeksewaard</span></div>
<p class="small">Aan het college van burgemeester en wethouders van Hoeksewaard - kenmerk VPH-2026-07 - 3 maart 2026</p>
<h1>Advies over de concept-nota 'Samen doen: vrijwilligersbeleid 2026-2030'</h1>
<h2>Inleiding</h2>
<div class="side"><p><b>Peiling onder leden (januari 2026)</b></p><p>58 organisaties deden mee (74%)</p>
<p>41% heeft minder vrijwilligers dan in 2022</p><p>63% noemt regels en formulieren een knelpunt</p>
<p>1 op 3 kent de vrijwilligersverzekering niet</p><p>Gemiddelde leeftijd bestuursleden: 64 jaar</p></div>
<p>Op 2 februari 2026 vroeg wethouder Dekker het Vrijwilligersplatform om advies over de concept-nota
vrijwilligersbeleid. Wij hebben de nota besproken in twee bijeenkomsten met onze leden, waaraan
vertegenwoordigers van sportclubs, zorgvrijwilligers, buurthuizen en kerken deelnamen, en een peiling
gehouden. Dit advies is op 26 februari 2026 door het bestuur vastgesteld.</p>
<p>Wij waarderen de nota. Zij erkent dat vrijwilligers onmisbaar zijn en noemt de ondersteuning van
vrijwilligers een kerntaak. Volgens artikel 2.1.1 van de Wmo 2015 moet de gemeente zorg dragen voor de
maatschappelijke ondersteuning, waaronder de ondersteuning van vrijwilligers en mantelzorgers; de nota
werkt dat terecht uit. De nota stelt bovendien dat 'de gemeente moet zorgen voor een laagdrempelig
steunpunt'. Dat onderschrijven wij.</p>
<h2>Wat wij hoorden</h2>
<div class="two">
<p><b>Minder vrijwilligers.</b> Vooral sportclubs en buurthuizen hebben moeite om bestuursleden en vaste
vrijwilligers te vinden. Jongeren doen graag mee, maar liever voor een project dan voor jaren.</p>
<p><b>Regeldruk.</b> Organisaties zijn veel tijd kwijt aan subsidieaanvragen, verantwoording en de
Verklaring Omtrent het Gedrag (VOG). Kleine organisaties zonder betaalde kracht haken daardoor af.</p>
<p><b>Onbekende regelingen.</b> Een derde van de organisaties weet niet dat de gemeente een collectieve
vrijwilligersverzekering heeft. Ook over de vrijwilligersvergoeding bestaan misverstanden: uitkeringsgerechtigden
denken vaak dat zij geen vergoeding mogen ontvangen, terwijl de Participatiewet dat binnen de fiscale grenzen
toestaat.</p>
<p><b>Waardering.</b> De jaarlijkse vrijwilligersprijs wordt gewaardeerd, maar bereikt vooral de grote
verenigingen in de hoofdkern.</p>
</div>
<p>In ons advies over de vorige nota (2020) schreven wij al: 'De gemeente moet de regeldruk voor kleine
vrijwilligersorganisaties merkbaar verlagen.' Die oproep herhalen wij hier, met concrete voorstellen.</p>
<h2>Ons advies</h2>
<p>Het Vrijwilligersplatform adviseert het college de nota op de volgende punten aan te vullen:</p>
<table class="adv"><tr><th>Thema</th><th>Ons advies</th></tr>
{row("Verzekering", "Breng de collectieve vrijwilligersverzekering ieder jaar actief onder de aandacht van alle "
     "organisaties, met een korte uitleg over wat wel en niet is verzekerd.")}
{row("VOG", "Vergoed ook de kosten van de VOG voor vrijwilligers van organisaties die buiten de landelijke "
     "regeling Gratis VOG vallen.")}
{row("Waardering", "Organiseer naast de vrijwilligersprijs elk jaar een waarderingsavond in ieder van de vijf "
     "kernen.")}
{row("Jongeren", "Stel samen met de scholen een coördinator maatschappelijke diensttijd aan die jongeren aan "
     "korte vrijwilligersklussen koppelt.")}
{row("Vacatures", "Richt met de bibliotheek één digitale vacaturebank voor vrijwilligerswerk in, die ook "
     "voor ouderen eenvoudig te gebruiken is.")}
{row("Subsidie", "Schaf de verplichting af om bij subsidies tot 5.000 euro een jaarrekening mee te sturen; "
     "een korte activiteitenopgave volstaat.")}
{row("Vergoeding", "Informeer inwoners met een uitkering via het Werkplein over de regels voor de "
     "vrijwilligersvergoeding.")}
</table>
<h2>Tot slot</h2>
<p>Wij vragen het college om ons advies schriftelijk en gemotiveerd te beantwoorden voordat de nota aan de
raad wordt aangeboden, zoals artikel 5 van de Verordening adviesraden Hoeksewaard bepaalt. Graag lichten
wij het advies mondeling toe.</p>
<p>Met vriendelijke groet,<br>namens het bestuur van het Vrijwilligersplatform Hoeksewaard,<br>
Marjolein Verhagen, voorzitter - Ahmed Bouali, secretaris</p>
"""

RESPONSE = """
<div class="lh"><b>Gemeente Hoeksewaard</b><br><span class="small">Postbus 20, 3270 AA Hoeksewaard - 14 0186 -
www.hoeksewaard.nl</span></div>
<div class="addr">Vrijwilligersplatform Hoeksewaard<br>t.a.v. mevrouw M. Verhagen, voorzitter<br>Kerkplein 4<br>
3271 AB Hoeksewaard</div>
<p class="small">Datum: 14 april 2026 - ons kenmerk: Z-26-01187 - uw kenmerk: VPH-2026-07<br>
Onderwerp: reactie op uw advies over de nota vrijwilligersbeleid</p>
<p>Beste mevrouw Verhagen,</p>
<p>Hartelijk dank voor uw advies over de concept-nota 'Samen doen'. Het college heeft waardering voor de
manier waarop u uw leden hebt betrokken. In deze brief laten wij u per thema weten wat wij met uw advies
doen.</p>
<p><b>Vacatures.</b> Uw voorstel voor één digitale vacaturebank nemen wij over. De bibliotheek en het
steunpunt bouwen deze samen; de vacaturebank gaat op 1 september 2026 online en krijgt ook een inloopspreekuur
in de bibliotheek.</p>
<p><b>Verzekering.</b> Dit hebben wij inmiddels gedaan. In januari hebben alle bij ons bekende organisaties een
brief over de vrijwilligersverzekering ontvangen, en dat herhalen wij voortaan elk jaar.</p>
<p><b>VOG en subsidie.</b> U vraagt om minder regeldruk. Wij begrijpen de wens om ook de VOG voor
organisaties buiten de landelijke regeling te vergoeden, maar wij gaan daar niet toe over: de kosten zijn
niet te overzien en de landelijke regeling wordt in 2027 herzien. De jaarrekening bij kleine subsidies
schaffen wij wel af; vanaf de subsidieronde 2027 volstaat tot 5.000 euro een activiteitenverslag.</p>
<p><b>Jongeren.</b> Een coördinator maatschappelijke diensttijd is een interessant idee. Wij bespreken het
met de scholen en de regionale MDT-partners en komen er in het najaar bij u op terug.</p>
<p><b>Waardering.</b> Een avond in elke kern vinden wij te veel gevraagd van de organisatie en de
vrijwilligers zelf. Wel verplaatsen wij de uitreiking van de vrijwilligersprijs voortaan elk jaar naar
een andere kern.</p>
<p><b>Buurthuis De Schakel.</b> U vroeg ons tijdens de bijeenkomst ook naar de toekomst van buurthuis De
Schakel. Daarover neemt de raad in juni een besluit bij de bespreking van het accommodatiebeleid.</p>
<p>De aangepaste nota wordt op 21 mei 2026 aan de gemeenteraad aangeboden. Wij nodigen u graag uit om uw
advies in de commissie Samenleving toe te lichten.</p>
<p>Met vriendelijke groet,<br>burgemeester en wethouders van Hoeksewaard,<br>namens dezen,<br>
Joost Dekker, wethouder Sociaal Domein</p>
"""

B.chromium_pdf(page("Advies nota vrijwilligersbeleid", "Vrijwilligersplatform Hoeksewaard - advies VPH-2026-07",
                    ADVICE, "blad "), NAME + "_advice.pdf")
B.chromium_pdf(page("Reactie op advies vrijwilligersbeleid", "Gemeente Hoeksewaard - Z-26-01187", RESPONSE, "blad "),
               NAME + "_response.pdf")

B.write_expected(NAME, [
    (1, "Breng de collectieve vrijwilligersverzekering ieder jaar actief onder de aandacht",
     "Dit hebben wij inmiddels gedaan", "agrees"),
    (2, "Vergoed ook de kosten van de VOG voor vrijwilligers",
     "maar wij gaan daar niet toe over", "disagrees"),
    (3, "Organiseer naast de vrijwilligersprijs elk jaar een waarderingsavond in ieder",
     "verplaatsen wij de uitreiking van de vrijwilligersprijs voortaan elk jaar", "partly"),
    (4, "Stel samen met de scholen een coördinator maatschappelijke diensttijd aan",
     "Wij bespreken het met de scholen en de regionale MDT-partners", "noted"),
    (5, "Richt met de bibliotheek één digitale vacaturebank voor vrijwilligerswerk in",
     "de vacaturebank gaat op 1 september 2026 online", "agrees"),
    (6, "Schaf de verplichting af om bij subsidies tot 5.000 euro",
     "De jaarrekening bij kleine subsidies schaffen wij wel af", "agrees"),
    (7, "Informeer inwoners met een uitkering via het Werkplein", None, "unanswered"),
], ["Het college heeft waardering voor de manier waarop u uw leden",
    "neemt de raad in juni een besluit bij de bespreking van het accommodatiebeleid",
    "Wij nodigen u graag uit om uw advies in de commissie"],
    "Dutch vrijwilligersplatform's requested advice on a concept-nota vrijwilligersbeleid (Chromium, purple left-bar "
    "letterhead, survey sidebar, two-column 'Wat wij hoorden', @page running head from p. 2, 'blad n/m'); traps: Wmo "
    "2015 art. 2.1.1 'moet', the nota quoted with 'moet', the Participatiewet, the 2020 advice quoted with 'moet', "
    "art. 5 of the Verordening adviesraden in 'Tot slot'; recommendations UNNUMBERED ROWS of a table 'Thema | Ons "
    "advies' (numbered 1-7 in table order). Response: the wethouder's LETTER with bold theme run-ins, no numbers; "
    "order Vacatures (5), Verzekering (1), 'VOG en subsidie' (2+6), Jongeren (4), Waardering (3); 'VOG en subsidie' "
    "= 2 disagrees + 6 agrees; 5 agrees (online 1 September); 1 agrees (already done in January); 4 noted (will "
    "discuss and come back); 3 partly (prize rotates, no evening per kern); 7 (Werkplein) unanswered. Opening, "
    "'Buurthuis De Schakel' and the closing answer nothing.")
