"""Round 68 (nl): a RAPPORT of a GEMEENTELIJKE OMBUDSMAN (an own-motion investigation, 'onderzoek uit eigen
beweging', of the municipal ombudsman of an invented gemeente Veerstede) into the handling of requests for
remission of municipal taxes, answered by the LETTER OF THE COLLEGE van burgemeester en wethouders to the ombudsman,
which quotes each recommendation before its reply.

Advice: rapport 2026/014, 3 p.: a coloured title band, a full-width 'In het kort' box that PARAPHRASES the
recommendations ('beveelt onder meer aan'), then a TWO-COLUMN body (CSS columns): 1 Aanleiding (Awb 9:26), 2 the
onderzoeksvragen 1.-3., 3 Bevindingen with Tabel 1 and the Invorderingswet's 'moet de gemeente', 4 a ruled table of
behoorlijkheidsvereisten ('De overheid moet ...') with the ombudsman's judgment, 5 the college's reaction to the
verslag van bevindingen (summarised in the report), 6 Conclusie en aanbevelingen: 'De ombudsman beveelt het college
... aan om:' with LETTERED lower-case clauses a.-g. (infinitive phrases ending in ';'), running across the column
break.
Response: letter (gemeente letterhead, reference row, 'Onderwerp'): introduction and 'Wat wij al hebben gedaan'
(nothing), then blocks with the recommendation(s) quoted in a ruled grey box and a 'Reactie' paragraph, in the order
b (agrees), a (partly: ten weeks, not eight), ONE block quoting e and f (e agrees, f partly: only first-time
applicants get a call), c (disagrees), d (noted: a matter for the raad, passed on without a position); g (report
back in a year) unanswered; closing and contact person (nothing).
Engine: headless Chromium --print-to-pdf (CSS columns for the body, @page margin boxes for the running head and
'pagina n van m'; ligature-free DejaVu copies via @font-face).

Run: /tmp/blind68nl/bin/python tests/docs/src/blind68/gen_nl_ombudsman_chromium.py   (needs chromium)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b68nl as B  # noqa: E402

NAME = "blind68_nl_ombudsman"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B68NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def fonts(fam, paths):
    css = ""
    for stl, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                        "Bold Italic": ("bold", "italic")}.items():
        css += (f"@font-face {{ font-family: {fam}; src: url(file://{paths[stl]}); font-weight: {w}; "
                f"font-style: {s}; }}\n")
    return css


BASE = fonts("S68", SANS) + fonts("R68", SERIF) + """
html { font-variant-ligatures: none; }
p { margin: 0 0 2.2mm 0; }
table { border-collapse: collapse; }
"""

ADV_CSS = BASE + """
@page { size: A4; margin: 18mm 17mm 18mm 17mm;
  @top-left { content: "De Ombudsman Veerstede - rapport 2026/014"; font-family: S68; font-size: 7pt; color: #666; }
  @bottom-right { content: "pagina " counter(page) " van " counter(pages); font-family: S68; font-size: 7.2pt;
    color: #666; } }
@page:first { @top-left { content: none; } }
body { font-family: S68; font-size: 8.6pt; line-height: 1.42; color: #1a1a1a; }
.band { background: #b3541e; color: #fff; padding: 4mm 5mm 4mm 5mm; margin-bottom: 4mm; }
.band .org { font-weight: bold; font-size: 9.5pt; letter-spacing: 0.5pt; }
.band .tt { font-weight: bold; font-size: 15pt; line-height: 1.25; margin-top: 2mm; }
.band .st { font-size: 9.5pt; margin-top: 1mm; }
.band .nr { font-size: 7.8pt; margin-top: 2mm; }
.kort { border: 0.8pt solid #b3541e; background: #fbf1ea; padding: 3mm 4mm 1mm 4mm; margin-bottom: 4mm; }
.kort h3 { font-size: 9.4pt; color: #b3541e; margin: 0 0 1.5mm 0; }
.cols { column-count: 2; column-gap: 7mm; text-align: justify; }
h2 { font-size: 9.8pt; color: #b3541e; margin: 3mm 0 1.4mm 0; break-after: avoid; }
ol.v { margin: 0 0 2.2mm 0; padding-left: 6mm; }
ol.v li { margin-bottom: 1mm; }
ol.rec { list-style: none; margin: 0 0 2.2mm 0; padding-left: 6mm; }
ol.rec li { margin-bottom: 1.4mm; text-indent: -6mm; }
.lt { display: inline-block; width: 6mm; text-indent: 0; font-weight: bold; }
.t1 { width: 100%; font-size: 7.6pt; margin: 1mm 0 0.6mm 0; break-inside: avoid; }
.t1 th { background: #b3541e; color: #fff; text-align: left; padding: 0.9mm 1.3mm; }
.t1 td { border-bottom: 0.5pt solid #d9b7a3; padding: 0.8mm 1.3mm; vertical-align: top; text-align: left; }
.t1 td.r, .t1 th.r { text-align: right; }
.cap { font-size: 7.2pt; font-style: italic; color: #555; }
.sig { margin-top: 3mm; }
"""

RES_CSS = BASE + """
@page { size: A4; margin: 18mm 22mm 20mm 25mm;
  @bottom-right { content: counter(page) "/" counter(pages); font-family: S68; font-size: 7.6pt; } }
body { font-family: R68; font-size: 9.4pt; line-height: 1.5; color: #000; }
.lh { font-family: S68; border-bottom: 1.2pt solid #2c5f2d; padding-bottom: 2mm; margin-bottom: 6mm; }
.lh .g { font-size: 15pt; font-weight: bold; color: #2c5f2d; }
.lh .a { font-size: 7.4pt; color: #444; }
.addr { font-family: S68; font-size: 9pt; margin: 6mm 0 8mm 0; }
.ref { width: 100%; font-family: S68; font-size: 7.4pt; margin-bottom: 5mm; }
.ref th { text-align: left; color: #555; font-weight: normal; padding: 0 2mm 0 0; }
.ref td { padding: 0 2mm 0 0; }
.ond { font-family: S68; font-weight: bold; margin-bottom: 5mm; }
h3 { font-family: S68; font-size: 9.4pt; margin: 4.5mm 0 1.2mm 0; break-after: avoid; }
.qb { border: 0.6pt solid #9a9a9a; background: #f1f1f1; padding: 2mm 3mm 0.2mm 3mm; margin: 0 0 2mm 0;
  font-style: italic; font-size: 8.8pt; break-inside: avoid; }
.lab { font-family: S68; font-weight: bold; font-size: 8.6pt; margin-bottom: 0.8mm; break-after: avoid; }
"""


def advice():
    recs = [
        ("a", "verzoeken om kwijtschelding binnen acht weken af te handelen en de aanvrager bij een langere "
              "behandelduur zelf schriftelijk te informeren;"),
        ("b", "de invordering van de aanslag automatisch op te schorten zolang een verzoek om kwijtschelding in "
              "behandeling is;"),
        ("c", "inwoners met een bijstandsuitkering zonder aanvraag automatisch kwijtschelding te verlenen op basis "
              "van de gegevens van het Inlichtingenbureau;"),
        ("d", "de gemeenteraad voor te stellen de norm voor de kosten van bestaan te verhogen naar 100 procent van "
              "de bijstandsnorm;"),
        ("e", "in elke afwijzende beschikking in begrijpelijke taal uit te leggen welk bedrag of welke norm de "
              "doorslag gaf;"),
        ("f", "aanvragers die niet reageren op een verzoek om aanvullende gegevens eerst telefonisch te benaderen "
              "voordat het verzoek buiten behandeling wordt gesteld;"),
        ("g", "de ombudsman binnen een jaar na dit rapport te laten weten hoe deze aanbevelingen zijn "
              "uitgevoerd."),
    ]
    reclist = "".join(f"<li><span class='lt'>{k}.</span>{t}</li>" for k, t in recs)
    html = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><style>{ADV_CSS}</style></head><body>
<div class="band"><div class="org">DE OMBUDSMAN VEERSTEDE</div>
<div class="tt">Kwijt of niet kwijt?</div>
<div class="st">Onderzoek uit eigen beweging naar de behandeling van verzoeken om kwijtschelding van gemeentelijke
belastingen door de gemeente Veerstede</div>
<div class="nr">Rapport 2026/014 &nbsp;|&nbsp; 3 februari 2026 &nbsp;|&nbsp; ombudsman: mr. R.F. Tjalsma</div></div>
<div class="kort"><h3>In het kort</h3>
<p>Wie een laag inkomen heeft, kan de gemeente vragen om kwijtschelding van de afvalstoffenheffing en de
rioolheffing. In Veerstede wachten aanvragers daar gemiddeld vijftien weken op, en intussen krijgen velen al een
aanmaning. De ombudsman vindt dat de gemeente sneller en duidelijker moet zijn. Hij beveelt onder meer aan om de
invordering stil te zetten zolang een verzoek loopt en om afwijzingen beter uit te leggen.</p></div>
<div class="cols">
<h2>1 Aanleiding</h2>
<p>In 2025 ontving de ombudsman zeventien klachten over de behandeling van verzoeken om kwijtschelding. Omdat de
klachten op elkaar leken, besloot de ombudsman op grond van artikel 9:26 van de Algemene wet bestuursrecht een
onderzoek uit eigen beweging in te stellen. Hij informeerde het college daarover op 2 juni 2025.</p>
<h2>2 Onderzoeksvragen</h2>
<p>Het onderzoek ging over drie vragen:</p>
<ol class="v"><li>Hoe lang duurt de behandeling van een verzoek om kwijtschelding?</li>
<li>Hoe informeert de gemeente de aanvrager tijdens en na de behandeling?</li>
<li>Houdt de gemeente rekening met de persoonlijke omstandigheden van de aanvrager?</li></ol>
<p>De ombudsman bestudeerde 120 dossiers uit 2024 en 2025, sprak met elf aanvragers en met medewerkers van
de afdeling Belastingen.</p>
<h2>3 Bevindingen</h2>
<p>De behandelduur is de afgelopen twee jaar flink opgelopen (tabel 1). Bij 64 procent van de aanvragers werd
tijdens de behandeling een aanmaning verstuurd, soms met aanmaningskosten.</p>
<table class="t1"><tr><th>Jaar</th><th class="r">Verzoeken</th><th class="r">Gem. duur</th><th class="r">Toegekend</th></tr>
<tr><td>2023</td><td class="r">2.310</td><td class="r">9 wk</td><td class="r">71%</td></tr>
<tr><td>2024</td><td class="r">2.655</td><td class="r">12 wk</td><td class="r">69%</td></tr>
<tr><td>2025</td><td class="r">2.902</td><td class="r">15 wk</td><td class="r">72%</td></tr></table>
<p class="cap">Tabel 1 Verzoeken om kwijtschelding, gemeente Veerstede</p>
<p>Op grond van de Invorderingswet 1990 en de Uitvoeringsregeling die daarop berust, moet de gemeente bij een
verzoek beoordelen of de aanvrager betalingscapaciteit heeft. De gemeente gebruikt daarvoor een vaste norm voor de
kosten van bestaan van 90 procent van de bijstandsnorm. Een afwijzing vermeldt alleen de uitkomst van de
berekening, niet hoe die tot stand kwam.</p>
<p>Wie niet binnen twee weken reageert op een verzoek om aanvullende gegevens, krijgt bericht dat het verzoek
buiten behandeling is gesteld. Drie van de elf aanvragers met wie de ombudsman sprak, hadden de brief niet begrepen
of niet ontvangen.</p>
<h2>4 Toetsing</h2>
<p>De ombudsman toetst het handelen van de gemeente aan de behoorlijkheidsvereisten:</p>
<table class="t1"><tr><th>Vereiste</th><th>Wat houdt het in?</th><th>Oordeel</th></tr>
<tr><td>Voortvarendheid</td><td>De overheid moet zo snel mogelijk beslissen en mag de burger niet onnodig laten wachten.</td><td>niet nagekomen</td></tr>
<tr><td>Goede informatie&shy;verstrekking</td><td>De overheid moet de burger actief en begrijpelijk informeren.</td><td>niet nagekomen</td></tr>
<tr><td>Maatwerk</td><td>De overheid moet rekening houden met de omstandigheden van het geval.</td><td>deels nagekomen</td></tr></table>
<h2>5 Reactie van het college</h2>
<p>Het college heeft op 8 januari 2026 gereageerd op het verslag van bevindingen. Het herkent de lange
behandelduur en wijt die aan personeelstekort. Het college gaf aan dat het de termijnen wil verkorten, maar nog
geen toezeggingen kon doen. De ombudsman heeft deze reactie in zijn oordeel betrokken.</p>
<h2>6 Conclusie en aanbevelingen</h2>
<p>De ombudsman concludeert dat de gemeente Veerstede bij de behandeling van verzoeken om kwijtschelding niet
behoorlijk heeft gehandeld. Inwoners die al weinig te besteden hebben, wachten te lang en begrijpen de uitkomst
vaak niet.</p>
<p>De ombudsman beveelt het college van burgemeester en wethouders aan om:</p>
<ol class="rec">{reclist}</ol>
<p class="sig">Veerstede, 3 februari 2026<br>mr. R.F. Tjalsma, ombudsman</p>
</div></body></html>"""
    B.chromium_pdf(html.replace("&shy;", "").replace("&nbsp;", " "), NAME + "_advice.pdf")


def response():
    def block(title, labels_quotes, reply):
        q = "".join(f"<div class='lab'>Aanbeveling {k}</div><div class='qb'><p>{t}</p></div>" for k, t in labels_quotes)
        r = "".join(f"<p>{p}</p>" for p in reply)
        return f"<h3>{title}</h3>{q}<div class='lab'>Reactie</div>{r}"

    body = [
        "<p>Geachte heer Tjalsma,</p>",
        "<p>Op 3 februari 2026 ontvingen wij uw rapport 'Kwijt of niet kwijt?' over de behandeling van verzoeken "
        "om kwijtschelding van gemeentelijke belastingen. In deze brief laten wij u weten hoe wij met uw "
        "aanbevelingen omgaan. Wij volgen daarbij niet de volgorde van uw rapport, maar beginnen met de punten "
        "waarop wij het snelst resultaat kunnen boeken.</p>",
        "<h3>Wat wij al hebben gedaan</h3>",
        "<p>Sinds het verslag van bevindingen heeft de afdeling Belastingen twee tijdelijke medewerkers aangenomen. "
        "De achterstand is daardoor teruggelopen van 840 naar 310 verzoeken. Ook is het digitale aanvraagformulier "
        "vereenvoudigd.</p>",
        block("Invordering tijdens de behandeling",
              [("b", "de invordering van de aanslag automatisch op te schorten zolang een verzoek om kwijtschelding "
                     "in behandeling is;")],
              ["Wij nemen deze aanbeveling over. Met ingang van 1 maart 2026 zet het belastingsysteem de "
               "invordering automatisch stil op het moment dat een verzoek wordt geregistreerd. Aanmaningskosten "
               "die sinds 2024 ten onrechte in rekening zijn gebracht, betalen wij terug."]),
        block("Behandelduur",
              [("a", "verzoeken om kwijtschelding binnen acht weken af te handelen en de aanvrager bij een langere "
                     "behandelduur zelf schriftelijk te informeren;")],
              ["Wij delen uw oordeel dat vijftien weken te lang is. Een termijn van acht weken is met de huidige "
               "bezetting echter niet haalbaar. Wij streven naar een behandelduur van hooguit tien weken. "
               "Duurt het langer, dan ontvangt de aanvrager vanaf april automatisch een brief met de reden."]),
        block("Uitleg en contact",
              [("e", "in elke afwijzende beschikking in begrijpelijke taal uit te leggen welk bedrag of welke norm "
                     "de doorslag gaf;"),
               ("f", "aanvragers die niet reageren op een verzoek om aanvullende gegevens eerst telefonisch te "
                     "benaderen voordat het verzoek buiten behandeling wordt gesteld;")],
              ["Wij passen onze afwijzingsbrief aan. Vanaf 1 mei 2026 staat in elke afwijzing een eenvoudige "
               "berekening, met het bedrag dat de aanvrager volgens ons kan missen. De nieuwe brief is getest met "
               "een panel van inwoners.",
               "Bellen voordat een verzoek buiten behandeling wordt gesteld, doen wij alleen bij mensen die voor het "
               "eerst kwijtschelding aanvragen. Voor herhaalaanvragen is dat met onze capaciteit niet mogelijk; zij "
               "krijgen wel een herinnering per post."]),
        block("Automatische kwijtschelding",
              [("c", "inwoners met een bijstandsuitkering zonder aanvraag automatisch kwijtschelding te verlenen op "
                     "basis van de gegevens van het Inlichtingenbureau;")],
              ["Deze aanbeveling nemen wij niet over. Een deel van de bijstandsgerechtigden heeft vermogen of een "
               "partner met inkomen, en komt daarom niet in aanmerking. Automatische toekenning zou tot "
               "terugvorderingen leiden, en dat willen wij deze inwoners besparen."]),
        block("Norm voor de kosten van bestaan",
              [("d", "de gemeenteraad voor te stellen de norm voor de kosten van bestaan te verhogen naar 100 "
                     "procent van de bijstandsnorm;")],
              ["De hoogte van de norm is een bevoegdheid van de gemeenteraad en raakt aan de begroting. Wij "
               "leggen uw aanbeveling zonder eigen standpunt voor aan de raad, bij de behandeling van de "
               "Voorjaarsnota 2026."]),
        "<h3>Tot slot</h3>",
        "<p>Wij danken u voor het zorgvuldige onderzoek en voor de prettige samenwerking met uw bureau. Voor vragen "
        "over deze brief kunt u contact opnemen met mevrouw J. Oostergo, teamleider Belastingen, telefoon 14 0581.</p>",
        "<p>Met vriendelijke groet,<br>burgemeester en wethouders van Veerstede,</p>",
        "<p>de secretaris, &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; de burgemeester,<br><br>"
        "drs. K.L. Buwalda &nbsp; &nbsp; &nbsp; &nbsp; H.J. Sixma-Wiersma</p>",
    ]
    html = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><style>{RES_CSS}</style></head><body>
<div class="lh"><div class="g">Gemeente Veerstede</div>
<div class="a">Stadhuisplein 1 &nbsp;|&nbsp; Postbus 40 &nbsp;|&nbsp; 8860 AA Veerstede &nbsp;|&nbsp; telefoon 14 0581</div></div>
<div class="addr">De Ombudsman Veerstede<br>t.a.v. de heer mr. R.F. Tjalsma<br>Postbus 212<br>8860 AE Veerstede</div>
<table class="ref"><tr><th>Uw kenmerk</th><th>Ons kenmerk</th><th>Datum</th><th>Behandeld door</th></tr>
<tr><td>2026/014</td><td>BEL-2026-00388</td><td>17 maart 2026</td><td>J. Oostergo</td></tr></table>
<div class="ond">Onderwerp: reactie op rapport 2026/014 'Kwijt of niet kwijt?'</div>
{''.join(body)}
</body></html>"""
    B.chromium_pdf(html.replace("&nbsp;", " "), NAME + "_response.pdf")


def expected():
    B.write_expected(NAME, [
        ("a", "verzoeken om kwijtschelding binnen acht weken af te handelen en",
         "Wij streven naar een behandelduur van hooguit tien weken", "partly"),
        ("b", "de invordering van de aanslag automatisch op te schorten zolang",
         "zet het belastingsysteem de invordering automatisch stil", "agrees"),
        ("c", "inwoners met een bijstandsuitkering zonder aanvraag automatisch kwijtschelding te verlenen",
         "Deze aanbeveling nemen wij niet over", "disagrees"),
        ("d", "de gemeenteraad voor te stellen de norm voor de kosten",
         "leggen uw aanbeveling zonder eigen standpunt voor aan de raad", "noted"),
        ("e", "in elke afwijzende beschikking in begrijpelijke taal uit te leggen",
         "Wij passen onze afwijzingsbrief aan", "agrees"),
        ("f", "aanvragers die niet reageren op een verzoek om aanvullende gegevens",
         "doen wij alleen bij mensen die voor het eerst", "partly"),
        ("g", "de ombudsman binnen een jaar na dit rapport te laten", None, "unanswered"),
    ], [
        "In deze brief laten wij u weten hoe wij",
        "De achterstand is daardoor teruggelopen van 840 naar 310",
        "Wij danken u voor het zorgvuldige onderzoek",
    ], "RAPPORT of a Dutch GEMEENTELIJKE OMBUDSMAN (own-motion investigation under Awb art. 9:26) into the handling "
       "of requests for remission of municipal taxes, answered by the LETTER OF THE COLLEGE van burgemeester en "
       "wethouders to the ombudsman. The Awb, the Invorderingswet 1990 and the Inlichtingenbureau are real; the "
       "gemeente Veerstede, the ombudsman, figures, people and kenmerken are invented. The recommendations are "
       "LETTERED lower-case infinitive clauses a.-g. after 'De ombudsman beveelt het college van burgemeester en "
       "wethouders aan om:' in the last section of a TWO-COLUMN body (numbers are the letters). Not "
       "recommendations: the full-width 'In het kort' paraphrase ('moet ... sneller en duidelijker zijn', 'beveelt "
       "onder meer aan om'), the onderzoeksvragen 1.-3., Tabel 1, the Invorderingswet's 'moet de gemeente ... "
       "beoordelen', the table of behoorlijkheidsvereisten ('De overheid moet ...' with the judgments), the "
       "college's earlier reaction to the verslag van bevindingen summarised in section 5, the conclusion. Letter "
       "blocks each quote the recommendation(s) with 'Aanbeveling x' in a grey box before a 'Reactie', in the order "
       "b (agrees: 'Wij nemen deze aanbeveling over'), a (partly: ten weeks, not eight), ONE block quoting e and f "
       "(e agrees: the letter is changed; f partly: a call only for first-time applicants), c (disagrees: 'nemen "
       "wij niet over'), d (noted: the raad decides, passed on 'zonder eigen standpunt'); g (report back within a "
       "year) UNANSWERED. The introduction, 'Wat wij al hebben gedaan' and 'Tot slot' answer nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)
