"""Round 140 (nl): the AUDITRAPPORT of the (Flemish, invented) internal audit service of a city and its OCMW on
public procurement and purchasing; its seven recommendations are LETTERED 'a)'-'g)' inside shaded, bordered boxes
'Aanbevelingen' at the end of three chapters (the letters run on across the boxes); answered by the management team's
REACTIE with bold INLINE LABELS ('Aanbeveling c - standpunt:'), in another order, one paragraph answering two with
different verdicts.

Advice (Chromium, sans, teal title band and headings, shaded boxes, stamped head, 'blz. n/m'): the decree on local
government paraphrased with 'moet' and a LETTERED list (a)-(d) of control objectives (trap), an overall-assessment
table, the 2022 audit's recommendation quoted as an imperative (carried out, trap), 'De auditdienst beveelt niet aan
om alle aankopen te centraliseren' (trap), a closing line naming 'de aanbevelingen b en f' (trap). Response
(Chromium, stamped): c agrees, a agrees + b partly in one paragraph, f disagrees, e agrees, d noted; g unanswered;
introduction, 'Opvolging' and closing answer nothing. All bodies, places, people, figures and reference numbers
invented; laws named as context only.

Run: /tmp/blind140nl/bin/python tests/docs/src/blind140/gen_nl_auditrapport_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b140nl as B  # noqa: E402

NAME = "blind140_nl_auditrapport"
F = B.tmp_fonts()
SANS = "B140NL Sans"
INK = "#11646b"

CSS = f"""<style>
@page {{ size: A4; margin: 2.0cm 2.1cm 1.9cm 2.1cm; }}
body {{ font-family: '{SANS}'; font-size: 9.4pt; line-height: 1.42; color: #111; }}
p {{ margin: 0 0 0.2cm 0; text-align: justify; }}
h1 {{ font-size: 15pt; color: #fff; background: {INK}; padding: 0.25cm 0.3cm; margin: 0 0 0.15cm 0; }}
h2 {{ font-size: 11pt; color: {INK}; margin: 0.34cm 0 0.12cm 0; break-after: avoid; }}
.small {{ font-size: 8.1pt; color: #555; text-align: left; }}
.quote {{ margin: 0.08cm 0.9cm 0.2cm 0.9cm; font-style: italic; color: #444; }}
ol.law {{ margin: 0 0 0.2cm 0.6cm; padding-left: 0.5cm; }}
.box {{ background: #e9f3f3; border: 0.8pt solid {INK}; padding: 0.15cm 0.3cm 0.05cm 0.3cm;
        margin: 0.1cm 0 0.3cm 0; break-inside: avoid; }}
.box .t {{ font-weight: bold; color: {INK}; margin-bottom: 0.08cm; }}
.box p.r {{ margin: 0 0 0.12cm 0.6cm; text-indent: -0.6cm; }}
table {{ border-collapse: collapse; width: 100%; margin: 0.05cm 0 0.25cm 0; font-size: 8.7pt; }}
th {{ background: {INK}; color: #fff; text-align: left; padding: 0.07cm 0.15cm; }}
td {{ border: 0.6pt solid #9cc3c5; padding: 0.07cm 0.15cm; vertical-align: top; }}
.lab {{ font-weight: bold; color: {INK}; }}
</style>"""


def box(items):
    rows = "".join(f'<p class="r"><b>{k})</b> {t}</p>' for k, t in items)
    return f'<div class="box"><p class="t">Aanbevelingen</p>{rows}</div>'


ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Auditrapport overheidsopdrachten</title>
{CSS}</head><body>
<p class="small">Stad en OCMW Belzele - Interne Auditdienst - Grote Markt 1, 9870 Belzele</p>
<h1>Auditrapport: overheidsopdrachten en aankoopbeheer</h1>
<p class="small">Aan de algemeen directeur, de heer Koen Verhaeghe, en aan het auditcomité - ons kenmerk
IAD/2026/03 - Belzele, 15 september 2026 - auditoren: Liesbet De Wulf (hoofd interne audit) en Jonas Pattyn</p>
<h2>1. Opdracht en kader</h2>
<p>Deze audit maakt deel uit van het auditplan 2025-2027 dat het auditcomité in december 2024 goedkeurde. Wij
onderzochten hoe stad en OCMW Belzele opdrachten plaatsen en opvolgen, van de raming tot de betaling van de
factuur. Volgens het decreet over het lokaal bestuur moet de algemeen directeur een systeem van
organisatiebeheersing uitwerken, en moet dat systeem een redelijke zekerheid bieden over:</p>
<ol class="law" type="a">
<li>het bereiken van de doelstellingen en het beheersen van de risico's;</li>
<li>het naleven van de regelgeving en de procedures;</li>
<li>de beschikbaarheid van betrouwbare financiële en beheersinformatie;</li>
<li>het efficiënt en economisch inzetten van de middelen.</li>
</ol>
<p>Wij bekeken een steekproef van 38 dossiers uit 2025 (samen 4,7 miljoen euro, exclusief btw) en voerden
gesprekken met 14 medewerkers van de aankoopdienst, de financiële dienst en vijf aankopende diensten. In ons
auditrapport van 2022 schreven wij:</p>
<p class="quote">'Stel een aankoophandleiding op die voor alle diensten van stad en OCMW geldt.'</p>
<p>Die handleiding bestaat sinds maart 2023 en wordt goed gebruikt.</p>
<h2>2. Algemeen oordeel</h2>
<table>
<tr><th>Domein</th><th>Dossiers</th><th>Beoordeling</th></tr>
<tr><td>Voorbereiding en keuze van de procedure</td><td>38</td><td>redelijk beheerst</td></tr>
<tr><td>Uitvoering en contractbeheer</td><td>29</td><td>onvoldoende beheerst</td></tr>
<tr><td>Functiescheiding en integriteit</td><td>38</td><td>redelijk beheerst</td></tr>
</table>
<h2>3. Voorbereiding en keuze van de procedure</h2>
<p>In 11 van de 38 dossiers vonden wij geen raming terug, of alleen een bedrag zonder onderbouwing. Bij
onderhandelingsprocedures zonder voorafgaande bekendmaking werd in een derde van de gevallen maar één offerte
gevraagd, meestal aan een vaste leverancier.</p>
{box([("a", "Maak voor elke opdracht boven 30.000 euro een gedocumenteerde raming op en bewaar die in het "
             "dossier."),
      ("b", "Vraag bij onderhandelingsprocedures zonder voorafgaande bekendmaking ten minste drie offertes op, ook "
             "waar de regelgeving dat niet vereist.")])}
<h2>4. Uitvoering en contractbeheer</h2>
<p>Er is geen volledig overzicht van de lopende raamovereenkomsten: de aankoopdienst kende er 64, de diensten
samen 81. Twee overeenkomsten liepen stilzwijgend door na hun einddatum. Bij 6 van de 29 gecontroleerde facturen
lag de eenheidsprijs hoger dan in de offerte, voor in totaal 18.240 euro.</p>
{box([("c", "Registreer alle lopende raamovereenkomsten in één centraal contractregister, met einddatum en "
             "verlengingsmogelijkheden."),
      ("d", "Duid per raamovereenkomst een contractbeheerder aan die de prestaties van de opdrachtnemer minstens "
             "jaarlijks evalueert."),
      ("e", "Controleer bij elke factuur of de aangerekende eenheidsprijzen overeenstemmen met de prijzen uit de "
             "offerte.")])}
<h2>5. Functiescheiding en integriteit</h2>
<p>In de kleinere diensten (bibliotheek, sportdienst, jeugddienst) bestelt, ontvangt en keurt dezelfde persoon vaak
de factuur goed. Belangenconflicten worden niet systematisch bevraagd. De auditdienst beveelt niet aan om alle
aankopen te centraliseren bij de aankoopdienst: dat zou de diensten vertragen zonder het risico weg te nemen.</p>
{box([("f", "Scheid in het aankoopproces de functies van bestellen, ontvangen en goedkeuren van de factuur, ook "
             "in de kleinere diensten."),
      ("g", "Laat alle medewerkers die bij aankopen betrokken zijn jaarlijks een verklaring over "
             "belangenconflicten ondertekenen.")])}
<h2>6. Tot slot</h2>
<p>De auditdienst vraagt het managementteam om de aanbevelingen b en f met voorrang te behandelen, gezien de
risico's voor de naleving van de regelgeving. Wij verwachten binnen twee maanden een reactie met een actieplan en
zullen de opvolging rapporteren aan het auditcomité.</p>
<p>Liesbet De Wulf<br>hoofd Interne Auditdienst</p>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Reactie managementteam</title>{CSS}
</head><body>
<p class="small">Stad en OCMW Belzele - Algemeen directeur - Grote Markt 1, 9870 Belzele</p>
<p>Aan de Interne Auditdienst<br>t.a.v. mevrouw Liesbet De Wulf<br>Afschrift: voorzitter van het auditcomité</p>
<p class="small">Belzele, 6 november 2026 - ons kenmerk AD/MAT/2026/219 - uw kenmerk IAD/2026/03<br>Betreft: reactie
van het managementteam op het auditrapport overheidsopdrachten en aankoopbeheer</p>
<p>Geachte mevrouw De Wulf,</p>
<p>Het managementteam heeft uw rapport op 21 oktober besproken met de aankoopdienst en de financieel directeur.
Wij waarderen de constructieve aanpak van de audit en de duidelijke vaststellingen. Hieronder geven wij ons
standpunt en de geplande acties.</p>
<p><span class="lab">Aanbeveling c - standpunt: akkoord.</span> Het contractregister wordt opgezet in het
bestaande documentbeheersysteem; de aankoopdienst vult het voor 31 maart 2027 aan met de gegevens van de
diensten en stuurt drie maanden voor elke einddatum een signaal.</p>
<p><span class="lab">Aanbevelingen a en b.</span> De eerste aanbeveling wordt aanvaard: de sjabloonnota voor
de gunning krijgt een verplicht veld voor de onderbouwing van de raming. De tweede aanvaarden wij maar ten dele.
Voor opdrachten vanaf 30.000 euro worden voortaan drie ondernemers geraadpleegd; daaronder blijven twee
offertes de regel, om de administratieve last voor kleine aankopen beperkt te houden.</p>
<p><span class="lab">Aanbeveling f - standpunt: niet akkoord.</span> In diensten met twee of drie medewerkers is
een volledige scheiding van deze functies niet haalbaar. Wij kiezen voor een compenserende controle: de
financiële dienst controleert elk kwartaal een steekproef van facturen uit die diensten.</p>
<p><span class="lab">Aanbeveling e - standpunt: akkoord.</span> De boekhouding vergelijkt vanaf januari 2027
bij de registratie van elke factuur de prijs met de bestelbon, waarin de offerteprijs automatisch wordt
overgenomen.</p>
<p><span class="lab">Aanbeveling d.</span> Het managementteam neemt hiervan akte. De aanstelling van
contractbeheerders hangt samen met de herziening van het organogram, die in 2027 start; wij komen er in dat
kader op terug.</p>
<p><span class="lab">Opvolging.</span> De acties worden opgenomen in het actieplan organisatiebeheersing 2027. De
aankoopdienst rapporteert de voortgang halfjaarlijks aan het managementteam.</p>
<p>Met vriendelijke groeten,</p>
<p>Koen Verhaeghe<br>algemeen directeur</p>
</body></html>"""


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Interne Auditdienst Stad en OCMW Belzele - auditrapport overheidsopdrachten - "
            "IAD/2026/03", "blz. {n}/{m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Stad en OCMW Belzele - reactie managementteam - AD/MAT/2026/219",
            "blz. {n}/{m}", F["Regular"])
    B.write_expected(NAME, [
        ("a", "Maak voor elke opdracht boven 30.000 euro een gedocumenteerde raming",
         "een verplicht veld voor de onderbouwing van de raming", "agrees"),
        ("b", "Vraag bij onderhandelingsprocedures zonder voorafgaande bekendmaking ten minste drie offertes",
         "daaronder blijven twee offertes de regel", "partly"),
        ("c", "Registreer alle lopende raamovereenkomsten in één centraal contractregister",
         "wordt opgezet in het bestaande documentbeheersysteem", "agrees"),
        ("d", "Duid per raamovereenkomst een contractbeheerder aan die de prestaties",
         "hangt samen met de herziening van het organogram", "noted"),
        ("e", "Controleer bij elke factuur of de aangerekende eenheidsprijzen overeenstemmen",
         "bij de registratie van elke factuur de prijs met de bestelbon", "agrees"),
        ("f", "Scheid in het aankoopproces de functies van bestellen, ontvangen en goedkeuren",
         "Wij kiezen voor een compenserende controle", "disagrees"),
        ("g", "Laat alle medewerkers die bij aankopen betrokken zijn jaarlijks een verklaring", None,
         "unanswered"),
    ], ["Wij waarderen de constructieve aanpak van de audit",
        "De acties worden opgenomen in het actieplan organisatiebeheersing 2027"],
        "Advice: the (Flemish) internal audit service's report on public procurement and purchasing at a city and "
        "its OCMW, to the algemeen directeur and the audit committee; the seven recommendations are LETTERED 'a)'-'g)' "
        "in shaded, bordered boxes headed 'Aanbevelingen' at the end of chapters 3, 4 and 5 (letters run on across "
        "the boxes). Traps: the decree on local government paraphrased with 'moet' followed by a LETTERED list "
        "(a)-(d) of control objectives, the 2022 audit's recommendation quoted as an imperative ('Stel een "
        "aankoophandleiding op ...', carried out), an assessment table per domain, 'De auditdienst beveelt niet "
        "aan om alle aankopen te centraliseren', a closing line naming 'de aanbevelingen b en f'. Response: the "
        "management team's letter with bold INLINE LABELS in another order: c agrees ('standpunt: akkoord'), ONE "
        "paragraph 'Aanbevelingen a en b' = a agrees ('wordt aanvaard') + b partly ('maar ten dele': three "
        "offers only from 30,000 euro), f disagrees ('niet akkoord', compensating control), e agrees, d noted "
        "('neemt hiervan akte', back to it with the organogram review). g (yearly conflict-of-interest "
        "declarations) is never answered. Introduction, 'Opvolging.' and closing answer nothing.")
    print("written", NAME)
