"""Round 120 (nl): the yearly SIGNALENRAPPORTAGE of the municipal SOCIAAL RAADSLIEDEN (free advice on letters,
benefits and money matters) to the college, laid out per theme as TWO SIDE-BY-SIDE COLUMNS 'Wat wij zien' (what the
desk saw, with figures) | 'Wat wij vragen' (the asks, labelled 'Aanbeveling 1'-'Aanbeveling 7' in a tinted label,
numbered on across the themes; two themes hold two asks, one theme holds none: 'Geen nieuwe aanbeveling.'); answered
by the college's RAADSINFORMATIEBRIEF to the gemeenteraad, whose paragraphs each END IN A TAG '(aanbeveling 1)',
'(aanbevelingen 2 en 3)', in another order, one tag naming LAST YEAR's recommendation '(aanbeveling 2025-2)'.

Advice (Chromium, sans, 3 p., orange title band, ruled tables, stamped running head from p. 2, 'pagina n van m'): the
Participatiewet paraphrased with 'moet' (trap), a table of contacts per subject (trap), a table 'Wat deed de
gemeente met onze aanbevelingen van 2025?' quoting three imperatives 'Aanbeveling 2025-1'-'2025-3' with a status
(trap), a theme whose right column says 'Geen nieuwe aanbeveling' (trap), a rule with 'moet' in a left column (trap),
'De raadslieden concluderen' and a closing line citing 'de aanbevelingen 2, 5 en 7' (traps). Recommendations expected
1-7 = Aanbeveling 1-7.
Response (Chromium, RIB, 2 p.): Aanleiding and Kernboodschap (nothing); Toelichting with tagged paragraphs in the
order (1) agrees, (2 en 3) partly + disagrees, (5) partly, (7) agrees, (4) noted, (2025-2) last year's (nothing);
Financien and Vervolg (nothing); 6 (a twice-yearly meeting with the Inkomen department) never mentioned: unanswered.
All bodies, places, people, figures and reference numbers invented; the Participatiewet is named as context only.

Run: /tmp/blind120nl/bin/python tests/docs/src/blind120/gen_nl_signalen_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b120nl as B  # noqa: E402

NAME = "blind120_nl_signalen"
F = B.tmp_fonts()
FAM = "B120NL Sans"
ORANGE = "#d4621f"
DARK = "#3b3b3b"
CREAM = "#fbf1e9"
BLUE = "#1f4e79"
FONTS = f"""@font-face {{ font-family: '{FAM}'; src: url('file://{F["Regular"]}'); }}
@font-face {{ font-family: '{FAM}'; font-weight: bold; src: url('file://{F["Bold"]}'); }}
@font-face {{ font-family: '{FAM}'; font-style: italic; src: url('file://{F["Italic"]}'); }}"""

CSS = f"""<style>{FONTS}
@page {{ size: A4; margin: 19mm 19mm 18mm 19mm; }}
body {{ font-family: '{FAM}'; font-size: 9.3pt; line-height: 1.42; color: #1c1c1c; font-variant-ligatures: none; }}
p {{ margin: 0 0 6px; }}
.band {{ background: {ORANGE}; color: #fff; padding: 11px 15px 12px; }}
.band .org {{ font-size: 8.4pt; font-weight: bold; letter-spacing: 0.06em; }}
.band h1 {{ font-size: 20pt; margin: 4px 0 2px; }}
.band .sub {{ font-size: 10pt; }}
table.meta {{ font-size: 8.3pt; border-collapse: collapse; margin: 8px 0 6px; color: #444; }}
table.meta td {{ padding: 1px 10px 1px 0; vertical-align: top; }}
table.meta td.k {{ font-weight: bold; color: {DARK}; }}
h2 {{ font-size: 11.5pt; color: {ORANGE}; margin: 14px 0 5px; break-after: avoid; }}
table.fig {{ border-collapse: collapse; width: 100%; font-size: 8.4pt; margin: 4px 0 6px; }}
table.fig th {{ background: {DARK}; color: #fff; text-align: left; padding: 3px 6px; }}
table.fig td {{ border-bottom: 0.6px solid #bbb; padding: 3px 6px; vertical-align: top; }}
table.fig td.n, table.fig th.n {{ text-align: right; }}
.src {{ font-size: 7.8pt; color: #666; margin-bottom: 8px; }}
.theme {{ margin: 10px 0 8px; break-inside: avoid; }}
.theme .t {{ font-size: 10.6pt; font-weight: bold; color: {DARK}; border-bottom: 2px solid {ORANGE};
             padding-bottom: 2px; margin-bottom: 5px; }}
.cols {{ display: grid; grid-template-columns: 57% 43%; column-gap: 0; }}
.see {{ background: #f3f3f3; padding: 6px 10px 4px 9px; }}
.ask {{ background: {CREAM}; padding: 6px 9px 4px 11px; border-left: 3px solid {ORANGE}; }}
.lab {{ font-size: 7.6pt; font-weight: bold; color: #777; letter-spacing: 0.05em; margin-bottom: 3px; }}
.rec {{ margin-bottom: 7px; }}
.rec .n {{ display: inline-block; background: {ORANGE}; color: #fff; font-size: 7.8pt; font-weight: bold;
           padding: 0 5px; border-radius: 2px; margin-bottom: 2px; }}
.none {{ font-style: italic; color: #555; }}
.sign {{ margin-top: 12px; }}
/* response */
.rib {{ border-bottom: 3px solid {BLUE}; padding-bottom: 6px; display: flex; justify-content: space-between;
        align-items: flex-end; }}
.rib .g {{ font-size: 14pt; font-weight: bold; color: {BLUE}; }}
.rib .k {{ font-size: 18pt; font-weight: bold; color: #222; }}
table.ribm {{ border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 10px 0 8px; }}
table.ribm td {{ border-bottom: 0.6px solid #b8c4d0; padding: 3px 6px; vertical-align: top; }}
table.ribm td.k {{ width: 24%; background: #e8eef4; font-weight: bold; color: {BLUE}; }}
h3 {{ font-size: 10.6pt; color: {BLUE}; margin: 12px 0 4px; break-after: avoid; }}
</style>"""


def theme(title, see, asks):
    if asks:
        right = "".join(f'<div class="rec"><span class="n">Aanbeveling {n}</span><br>{t}</div>' for n, t in asks)
    else:
        right = '<p class="none">Geen nieuwe aanbeveling. De afspraken werken; wij volgen ze en melden het als er ' \
                'iets verandert.</p>'
    return (f'<div class="theme"><div class="t">{title}</div><div class="cols">'
            f'<div class="see"><div class="lab">WAT WIJ ZIEN</div>{see}</div>'
            f'<div class="ask"><div class="lab">WAT WIJ VRAGEN</div>{right}</div></div></div>')


ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Signalenrapportage 2026</title>
{CSS}</head><body>
<div class="band"><div class="org">SOCIAAL RAADSLIEDEN BRAKELVEEN</div>
<h1>Signalenrapportage 2026</h1>
<div class="sub">Wat wij aan de balie zagen, en wat de gemeente kan doen</div></div>
<table class="meta">
<tr><td class="k">Aan</td><td>het college van burgemeester en wethouders van Brakelveen; afschrift aan de gemeenteraad</td></tr>
<tr><td class="k">Kenmerk</td><td>SR-BV 2026/11</td></tr>
<tr><td class="k">Datum</td><td>12 oktober 2026</td></tr>
<tr><td class="k">Contact</td><td>Femke Altena, coördinator sociaal raadslieden, 0591 70 32 18</td></tr></table>

<h2>Over deze rapportage</h2>
<p>De sociaal raadslieden van Brakelveen helpen inwoners gratis met brieven, formulieren, toeslagen en geldzaken. Wij
werken in opdracht van de gemeente, maar onafhankelijk. Elk jaar melden wij het college welke problemen wij aan de
balie vaak zien, en wat de gemeente volgens ons kan verbeteren. De voorbeelden in deze rapportage zijn
geanonimiseerd.</p>
<p>De Participatiewet bepaalt dat de bijstand moet worden afgestemd op de omstandigheden, mogelijkheden en middelen
van de persoon. Aan de balie zien wij dat vaste regels en termijnen dat maatwerk soms in de weg staan.</p>
<table class="fig"><tr><th>Onderwerp</th><th class="n">Contacten 2025</th><th class="n">Contacten 2026 (jan-aug)</th></tr>
<tr><td>Toeslagen van de Belastingdienst</td><td class="n">512</td><td class="n">468</td></tr>
<tr><td>Gemeentelijke regelingen en bijzondere bijstand</td><td class="n">388</td><td class="n">401</td></tr>
<tr><td>Schulden en betalingsachterstanden</td><td class="n">441</td><td class="n">452</td></tr>
<tr><td>Gemeentelijke belastingen en kwijtschelding</td><td class="n">203</td><td class="n">236</td></tr>
<tr><td>Overige vragen</td><td class="n">874</td><td class="n">795</td></tr>
<tr><td><b>Totaal</b></td><td class="n"><b>2.418</b></td><td class="n"><b>2.352</b></td></tr></table>
<p class="src">Bron: registratie sociaal raadslieden. In 2026 ligt het aantal contacten per maand bijna de helft hoger dan in 2025.</p>

<h2>Wat deed de gemeente met onze aanbevelingen van 2025?</h2>
<table class="fig"><tr><th style="width:20%">Aanbeveling</th><th>Tekst</th><th style="width:24%">Stand in oktober 2026</th></tr>
<tr><td>2025-1</td><td>Zet een vast telefoonnummer open voor vragen over de bijstand.</td><td>Uitgevoerd sinds april 2026</td></tr>
<tr><td>2025-2</td><td>Stuur herinneringen per post aan inwoners die geen DigiD gebruiken.</td><td>Deels uitgevoerd</td></tr>
<tr><td>2025-3</td><td>Verhoog de individuele inkomenstoeslag naar 550 euro.</td><td>Niet uitgevoerd</td></tr></table>
<p>De raadslieden concluderen dat de gemeente het afgelopen jaar veel heeft verbeterd, vooral in de
bereikbaarheid per telefoon. Hieronder volgen de signalen van 2026, per thema.</p>

<h2>Signalen en aanbevelingen 2026</h2>
{theme("Energietoeslag",
       "<p>In 2026 hielpen wij 214 huishoudens met de aanvraag van de energietoeslag. Bijna de helft van hen kreeg "
       "al bijzondere bijstand of een andere minimaregeling, zodat de gemeente hun inkomen al kende. Toch moesten zij "
       "een volledig formulier invullen en bankafschriften meesturen. Veertig huishoudens vroegen de toeslag te laat "
       "aan en misten hem.</p>",
       [(1, "Keer de energietoeslag automatisch uit aan huishoudens van wie de gemeente het inkomen al kent, "
            "zonder dat zij een aanvraag hoeven te doen.")])}
{theme("Brieven en bereikbaarheid",
       "<p>Veel inwoners begrijpen de brieven van de gemeente niet. Een besluit over bijzondere bijstand telt vaak "
       "vier kantjes, met wetsartikelen en een bezwaarclausule. Mevrouw D. (71) kwam met een besluit waarin haar "
       "aanvraag was toegekend, maar zij dacht dat die was afgewezen.</p><p>Sinds de balie in het gemeentehuis in "
       "2024 sloot, kan wie geen DigiD heeft alleen nog bellen. Wij zien elke week inwoners die met een tas vol "
       "papieren bij ons komen omdat zij nergens anders terechtkunnen.</p>",
       [(2, "Herschrijf alle brieven en besluiten over inkomen en minimaregelingen in eenvoudige taal, op "
            "taalniveau B1."),
        (3, "Open de balie in het gemeentehuis weer op dinsdag- en donderdagochtend voor inwoners zonder "
            "DigiD.")])}
{theme("Huurachterstanden",
       "<p>Het aantal inwoners met een huurachterstand bleef gelijk. De afspraken over vroegsignalering met de "
       "woningcorporaties uit 2025 werken goed: de corporatie meldt een achterstand na één maand, en het wijkteam "
       "gaat binnen twee weken op huisbezoek.</p>", [])}
{theme("Kwijtschelding",
       "<p>Wie kwijtschelding van de gemeentelijke belastingen wil, moet die binnen drie maanden na de aanslag "
       "aanvragen. Inwoners die in die periode in het ziekenhuis liggen of verhuizen, missen die termijn. In 2026 "
       "zagen wij 37 van zulke gevallen; een bezwaar helpt dan niet meer.</p>",
       [(4, "Verleng de termijn om kwijtschelding aan te vragen van drie naar zes maanden na de dagtekening van "
            "de aanslag.")])}
{theme("Schulden",
       "<p>Wie zich meldt voor schuldhulp, wacht gemiddeld twaalf werkdagen op een eerste gesprek, in de zomer zelfs "
       "vier weken. In die tijd lopen de schulden op, en soms komt er al een deurwaarder. Meneer K. (44) had bij zijn "
       "aanmelding twee schuldeisers; bij het eerste gesprek waren het er vijf.</p>",
       [(5, "Zorg dat iedereen die zich meldt voor schuldhulp binnen drie werkdagen een eerste gesprek krijgt, "
            "ook in de zomermaanden.")])}
{theme("Zorgkosten en samenwerking",
       "<p>Sinds 2025 is de gemeentelijke tegemoetkoming in de zorgkosten alleen nog bedoeld voor inwoners met een "
       "inkomen tot 110 procent van het sociaal minimum. Vooral ouderen met een klein pensioen vallen daardoor buiten "
       "de boot.</p><p>Ook merken wij dat onze signalen de afdeling Inkomen pas laat bereiken: eens per jaar, met "
       "deze rapportage.</p>",
       [(6, "Nodig de sociaal raadslieden twee keer per jaar uit voor een gesprek met de afdeling Inkomen over de "
            "signalen van de balie."),
        (7, "Stel de tegemoetkoming in de zorgkosten weer open voor inwoners met een inkomen tot 130 procent van "
            "het sociaal minimum.")])}

<h2>Tot slot</h2>
<p>Wij bespreken de aanbevelingen 2, 5 en 7 graag met de wethouder in het bestuurlijk overleg van februari 2027. Voor
vragen over deze rapportage kunt u contact opnemen met de coördinator.</p>
<p class="sign">Namens de sociaal raadslieden van Brakelveen,<br>Femke Altena, coördinator</p>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Raadsinformatiebrief</title>{CSS}
</head><body>
<div class="rib"><div class="g">gemeente Brakelveen</div><div class="k">Raadsinformatiebrief</div></div>
<table class="ribm">
<tr><td class="k">Aan</td><td>de gemeenteraad van Brakelveen</td></tr>
<tr><td class="k">Datum</td><td>8 december 2026</td></tr>
<tr><td class="k">Kenmerk</td><td>RIB 2026-087</td></tr>
<tr><td class="k">Portefeuillehouder</td><td>wethouder Y. Demirci, Werk en Inkomen</td></tr>
<tr><td class="k">Onderwerp</td><td>reactie op de Signalenrapportage 2026 van de sociaal raadslieden</td></tr></table>

<h3>Aanleiding</h3>
<p>Op 12 oktober 2026 ontvingen wij de Signalenrapportage 2026 van de sociaal raadslieden. De rapportage is ook aan
uw raad gestuurd. Met deze brief informeren wij u over onze reactie. Een afschrift gaat naar de sociaal
raadslieden.</p>

<h3>Kernboodschap</h3>
<p>De sociaal raadslieden zien aan de balie als eersten waar onze regels knellen. Wij zijn hun dankbaar voor deze
signalen. Een deel van de aanbevelingen nemen wij over, andere niet of niet helemaal. Aan het eind van elke alinea
hieronder staat tussen haakjes op welke aanbeveling zij ingaat.</p>

<h3>Toelichting</h3>
<p>Vanaf 1 januari 2027 keren wij de energietoeslag zonder aanvraag uit aan alle huishoudens die in het
voorafgaande jaar bijzondere bijstand of een andere minimaregeling ontvingen. Dat zijn naar schatting 1.900
huishoudens. Andere inwoners kunnen de toeslag zoals nu aanvragen. (aanbeveling 1)</p>
<p>De brieven over bijzondere bijstand en de minimaregelingen herschrijven wij in 2027 op taalniveau B1. Besluiten
waartegen bezwaar mogelijk is, blijven wij in de huidige vorm versturen, omdat daarin de juridische motivering
moet staan; zij krijgen wel een samenvatting in gewone taal op de eerste bladzijde. Een fysieke balie in het
gemeentehuis openen wij niet opnieuw. Inwoners zonder DigiD kunnen sinds september 2026 in de bibliotheek terecht
bij het Informatiepunt Digitale Overheid, dat ook helpt bij aanvragen. (aanbevelingen 2 en 3)</p>
<p>De wet geeft de gemeente vier weken voor het eerste gesprek na een aanmelding voor schuldhulp. Wij spreken met de
Kredietbank af dat inwoners vanaf april 2027 binnen vijf werkdagen een eerste gesprek krijgen, ook in de zomer.
Drie werkdagen is met de huidige bezetting niet haalbaar. (aanbeveling 5)</p>
<p>De tegemoetkoming in de zorgkosten stellen wij met ingang van 2027 weer open voor inwoners met een inkomen tot
130 procent van het sociaal minimum. De kosten, ongeveer 140.000 euro per jaar, zijn opgenomen in de begroting
2027. (aanbeveling 7)</p>
<p>De termijn voor kwijtschelding is in de hele regio gelijk, omdat het Belastingsamenwerkingsverband Brakelveen-Oost
de aanvragen voor vier gemeenten afhandelt. Wij leggen het voorstel voor een langere termijn voor aan het bestuur
van het samenwerkingsverband, dat in 2027 de kwijtscheldingsregels evalueert. Op de uitkomst daarvan kunnen wij
niet vooruitlopen. (aanbeveling 4)</p>
<p>Ook van de aanbevelingen uit 2025 voeren wij er nog een verder uit. Vanaf januari 2027 krijgt iedereen die geen
DigiD gebruikt alle herinneringen van de gemeente op papier, niet alleen die over de bijstand.
(aanbeveling 2025-2)</p>

<h3>Financiën</h3>
<p>De maatregelen in deze brief passen binnen het budget armoedebestrijding van 2,4 miljoen euro in de begroting
2027. Een begrotingswijziging is niet nodig.</p>

<h3>Vervolg</h3>
<p>De wijzigingen verwerken wij in de Beleidsregels minimaregelingen 2027, die wij in januari vaststellen. In het
voorjaar van 2027 informeren wij u over de eerste ervaringen met de automatische uitbetaling.</p>
<p class="sign">Burgemeester en wethouders van Brakelveen,<br>mr. L.M. Hovenkamp, secretaris &#8212; W. Reinders,
burgemeester</p>
</body></html>"""


def expected():
    recs = [
        (1, "Keer de energietoeslag automatisch uit aan huishoudens van wie",
         "keren wij de energietoeslag zonder aanvraag uit", "agrees"),
        (2, "Herschrijf alle brieven en besluiten over inkomen en minimaregelingen",
         "Besluiten waartegen bezwaar mogelijk is, blijven wij in de huidige vorm versturen", "partly"),
        (3, "Open de balie in het gemeentehuis weer op dinsdag- en donderdagochtend",
         "Een fysieke balie in het gemeentehuis openen wij niet opnieuw", "disagrees"),
        (4, "Verleng de termijn om kwijtschelding aan te vragen van drie",
         "Op de uitkomst daarvan kunnen wij niet vooruitlopen", "noted"),
        (5, "Zorg dat iedereen die zich meldt voor schuldhulp binnen drie werkdagen",
         "Drie werkdagen is met de huidige bezetting niet haalbaar", "partly"),
        (6, "Nodig de sociaal raadslieden twee keer per jaar uit", None, "unanswered"),
        (7, "Stel de tegemoetkoming in de zorgkosten weer open voor inwoners",
         "De kosten, ongeveer 140.000 euro per jaar", "agrees"),
    ]
    unmatched = ["zien aan de balie als eersten waar onze regels knellen",
                 "krijgt iedereen die geen DigiD gebruikt alle herinneringen",
                 "passen binnen het budget armoedebestrijding van 2,4 miljoen euro",
                 "De wijzigingen verwerken wij in de Beleidsregels minimaregelingen 2027"]
    notes = ("Advice: the yearly Signalenrapportage of the municipal sociaal raadslieden (Chromium, 3 p.), laid out "
             "per theme as TWO SIDE-BY-SIDE COLUMNS 'WAT WIJ ZIEN' (observations, figures, anonymised cases) | "
             "'WAT WIJ VRAGEN' (asks in a tinted label 'Aanbeveling 1'-'Aanbeveling 7', numbered on across six "
             "themes: Energietoeslag 1, Brieven en bereikbaarheid 2-3, Huurachterstanden none ('Geen nieuwe "
             "aanbeveling'), Kwijtschelding 4, Schulden 5, Zorgkosten en samenwerking 6-7). Traps: the "
             "Participatiewet paraphrased with 'moet', a table of contacts per subject, a table of LAST YEAR's "
             "recommendations '2025-1'-'2025-3' quoted as imperatives with their status, the theme without an "
             "ask, the kwijtschelding rule with 'moet', 'De raadslieden concluderen', a closing line citing 'de "
             "aanbevelingen 2, 5 en 7'. Response: the college's RAADSINFORMATIEBRIEF to the council (meta table, "
             "Aanleiding and Kernboodschap: nothing); under Toelichting each paragraph ENDS IN A TAG naming what it "
             "answers, order 1, 2+3, 5, 7, 4: '(aanbeveling 1)' = 1 agrees (paid without application from 1 "
             "January 2027); '(aanbevelingen 2 en 3)' = 2 partly (letters in B1, decisions open to objection only "
             "get a plain summary) and 3 disagrees (no desk again; the library's information point instead); "
             "'(aanbeveling 5)' = 5 partly (five working days, not three); '(aanbeveling 7)' = 7 agrees (130 "
             "per cent from 2027, 140.000 euro budgeted); '(aanbeveling 4)' = 4 noted (put to the regional tax "
             "partnership's board, 'kunnen wij niet vooruitlopen'); '(aanbeveling 2025-2)' is last year's "
             "recommendation (nothing); 6 (meeting the Inkomen department twice a year) never mentioned: "
             "unanswered. Financien and Vervolg answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Sociaal raadslieden Brakelveen - Signalenrapportage 2026 - SR-BV 2026/11",
            "pagina {n} van {m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "gemeente Brakelveen - raadsinformatiebrief RIB 2026-087",
            "{n}/{m}", F["Regular"])
    expected()
