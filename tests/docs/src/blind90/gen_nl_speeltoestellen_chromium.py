"""Round 90 (nl, Flemish): the report of the ANNUAL MAIN INSPECTION of public PLAYGROUNDS by an inspection body,
answered by the municipal service's ANNOTATED COPY of the recommendations (each quoted, shortened, with 'Reactie dienst
Openbaar Domein' under it), citing the paragraph numbers.

Advice: Keurpunt Speelruimte bv, gemeente Heistervoorde (2-3 p., headless Chromium, sans, title band, two-column
findings, a defects table, stamped running head and 'p. n / m'): every paragraph numbered (1.1 ...), the recommendations
are paragraphs 5.1-5.7; traps: the KB of 28 March 2001 'moet', findings 4.1-4.5 in the same numbered form, the 2025
report quoted, a defects table with 'risico hoog'. Response: order 5.4, 5.1, 5.6+5.2, 5.7, 5.3; 5.5 unanswered. Everything
is invented; the KB is cited loosely.

Run: /tmp/blind90nl/bin/python tests/docs/src/blind90/gen_nl_speeltoestellen_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b90nl as B  # noqa: E402

NAME = "blind90_nl_speeltoestellen"
F = B.tmp_fonts()
CSS = """<html><head><meta charset="utf-8"><style>
@page { size: A4; margin: 2cm 2cm 1.8cm 2cm; }
body { font-family: 'B90NL Sans'; font-size: 9.4pt; line-height: 1.4; }
.band { background: #2f6b2a; color: #fff; padding: 9pt 11pt; margin-bottom: 10pt; }
h1 { font-size: 14pt; color: #2f6b2a; margin: 4pt 0 6pt; } h2 { font-size: 11pt; color: #2f6b2a; margin: 10pt 0 3pt; }
p { margin: 0 0 5pt; } .n { display: inline-block; width: 26pt; font-weight: bold; color: #2f6b2a; }
.cols { column-count: 2; column-gap: 16pt; }
table.g { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; } table.g td, table.g th { border: 0.6pt solid #999; padding: 2pt 4pt; font-size: 8.5pt; text-align: left; vertical-align: top; }
table.g th { background: #e2eee0; }
.q { border-left: 3pt solid #2f6b2a; background: #f1f6ef; padding: 4pt 8pt; margin: 8pt 0 3pt; font-style: italic; color: #333; }
.r { margin: 0 0 6pt 11pt; }
.meta td { padding: 1pt 10pt 1pt 0; font-size: 8.8pt; }
</style></head><body>"""


def P(n, t):
    return f'<p><span class="n">{n}</span>{t}</p>'


RECS = [
    "Wij bevelen aan de valondergrond onder de klimcombinatie in speelterrein Kouterpark binnen drie maanden te vervangen door rubbertegels met een kritische valhoogte van minstens 2,10 meter.",
    "Wij bevelen aan voor elk speelterrein een logboek bij te houden waarin alle inspecties, herstellingen en ongevallen worden opgetekend.",
    "Wij bevelen aan de houten speeltoestellen ouder dan vijftien jaar gefaseerd te vervangen, te beginnen met het speelbos aan de Molenbeek.",
    "Wij bevelen aan de gebroken schommelketting en de losse bevestiging van de glijbaan in speelterrein De Linde onmiddellijk te herstellen of het toestel af te sluiten.",
    "Wij bevelen aan bij elk speelterrein een bord te plaatsen met de naam van de uitbater en een telefoonnummer om defecten te melden.",
    "Wij bevelen aan de maandelijkse visuele controles uit te laten voeren door medewerkers die daarvoor een erkende opleiding hebben gevolgd.",
    "Wij bevelen aan de jaarlijkse hoofdinspectie voortaan in het voorjaar te laten plaatsvinden, vóór het begin van het speelseizoen.",
]


def advice():
    recs = "".join(P(f"5.{i + 1}", r) for i, r in enumerate(RECS))
    html = CSS + f"""<div class="band"><b>Keurpunt Speelruimte bv</b> - erkend inspectieorgaan speeltoestellen<br>Rapport KS-2026-0217 - 6 maart 2026</div>
<h1>Jaarlijkse hoofdinspectie speelterreinen gemeente Heistervoorde 2026</h1>
<table class="meta"><tr><td><b>Opdrachtgever</b></td><td>Gemeente Heistervoorde, dienst Openbaar Domein</td></tr>
<tr><td><b>Inspecteur</b></td><td>ing. Pieter Claessens</td></tr><tr><td><b>Inspectiedata</b></td><td>9 tot en met 20 februari 2026</td></tr></table>
<h2>1. Opdracht</h2>
{P("1.1", "De gemeente Heistervoorde baat 14 openbare speelterreinen uit met samen 93 speeltoestellen. Zij vroeg Keurpunt Speelruimte om de jaarlijkse hoofdinspectie uit te voeren en aanbevelingen te formuleren.")}
{P("1.2", "De inspectie omvat de toestellen, de valondergronden, de omheiningen en de documentatie van de uitbater.")}
<h2>2. Wettelijk kader</h2>
{P("2.1", "Volgens het koninklijk besluit van 28 maart 2001 betreffende de exploitatie van speelterreinen moet de uitbater een risicoanalyse opmaken en de toestellen regelmatig laten nazien.")}
{P("2.2", "Artikel 8 van dat besluit bepaalt dat elk ernstig ongeval moet worden gemeld aan de Centrale Meldpost voor Consumenten van de FOD Economie.")}
<h2>3. Vorige inspectie</h2>
{P("3.1", "In het rapport van 2025 schreven wij: 'Vervang de zandbak in speelterrein Kerkakker door een gesloten zandbak met deksel.' Die aanbeveling is uitgevoerd in juni 2025.")}
<h2>4. Bevindingen</h2>
<div class="cols">
{P("4.1", "In speelterrein De Linde is een schommelketting gebroken en zit de glijbaan los op de bevestigingspunten. Dit is een acuut risico.")}
{P("4.2", "De valondergrond van boomschors onder de klimcombinatie in het Kouterpark is te dun (gemeten 12 cm in plaats van 30 cm).")}
{P("4.3", "Van 31 houten toestellen vertonen er 11 houtrot aan de voet; de meeste zijn ouder dan vijftien jaar.")}
{P("4.4", "De gemeente houdt geen centraal logboek bij; herstellingen zijn terug te vinden in losse werkbonnen.")}
{P("4.5", "De maandelijkse controles worden wel uitgevoerd, maar de medewerkers zouden beter moeten weten waarop zij letten, zo blijkt uit de gesprekken.")}
</div>
<table class="g"><tr><th>Speelterrein</th><th>Toestel</th><th>Gebrek</th><th>Risico</th></tr>
<tr><td>De Linde</td><td>Schommel S2</td><td>Ketting gebroken</td><td>hoog</td></tr>
<tr><td>De Linde</td><td>Glijbaan G1</td><td>Bevestiging los</td><td>hoog</td></tr>
<tr><td>Kouterpark</td><td>Klimcombinatie K4</td><td>Valondergrond te dun</td><td>hoog</td></tr>
<tr><td>Speelbos Molenbeek</td><td>Evenwichtsbalk E1</td><td>Houtrot aan de voet</td><td>middel</td></tr>
<tr><td>Kerkakker</td><td>Veerwip V3</td><td>Handgreep versleten</td><td>laag</td></tr></table>
<h2>5. Aanbevelingen</h2>
{recs}
<h2>6. Slotbepaling</h2>
{P("6.1", "Dit rapport geeft de toestand weer op de inspectiedata. Keurpunt Speelruimte is niet aansprakelijk voor gebreken die nadien ontstaan. Voor vragen kan de opdrachtgever terecht bij de inspecteur.")}
</body></html>"""
    B.chromium_pdf(html, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Keurpunt Speelruimte - rapport KS-2026-0217 - Heistervoorde", "p. {n} / {m}", F["Regular"])


def response():
    def Q(n, t):
        return f'<div class="q"><b>{n}</b> {t}</div>'

    def R(t):
        return f'<p class="r"><b>Reactie dienst Openbaar Domein:</b> {t}</p>'
    html = CSS + f"""<div class="band"><b>Gemeente Heistervoorde</b> - dienst Openbaar Domein<br>Opvolgingsnota bij rapport KS-2026-0217 - 2 april 2026</div>
<h1>Opvolging van de aanbevelingen uit de hoofdinspectie speelterreinen 2026</h1>
<p>Aan het college van burgemeester en schepenen. Deze nota neemt de aanbevelingen van Keurpunt Speelruimte over, verkort weergegeven, met telkens onze reactie. Wij behandelen ze in volgorde van dringendheid.</p>
{Q("5.4", "De gebroken schommelketting en de losse glijbaan in De Linde onmiddellijk herstellen of het toestel afsluiten ...")}
{R("De schommel en de glijbaan werden op 23 februari 2026 afgesloten en op 4 maart 2026 hersteld door de technische ploeg. Het speelterrein is opnieuw volledig open.")}
{Q("5.1", "De valondergrond onder de klimcombinatie in het Kouterpark vervangen door rubbertegels ...")}
{R("Akkoord. De bestelling van de rubbertegels is geplaatst; de plaatsing is gepland in de week van 11 mei 2026.")}
{Q("5.6 en 5.2", "Maandelijkse controles door opgeleide medewerkers ... / Een logboek per speelterrein ...")}
{R("Twee van de vijf medewerkers van de groendienst volgen in juni de opleiding controleur speeltoestellen; voor de overige drie is er dit jaar geen budget, zij worden intern begeleid door hun opgeleide collega's. Het logboek voeren wij wel volledig in: vanaf 1 mei 2026 registreren wij per speelterrein alle inspecties, herstellingen en ongevallen in het beheersysteem PatrimoniumPlus.")}
{Q("5.7", "De hoofdinspectie voortaan in het voorjaar ...")}
{R("Wij verkiezen de inspectie in februari te behouden. Zo blijft er tijd om gebreken te herstellen vóór de paasvakantie; een latere inspectie zou herstellingen tot in de zomer uitstellen.")}
{Q("5.3", "De houten speeltoestellen ouder dan vijftien jaar gefaseerd vervangen ...")}
{R("De dienst neemt deze aanbeveling mee naar de opmaak van het speelruimteplan 2027-2032, waarover de gemeenteraad beslist. Een vervangingsschema kan pas daarna worden vastgelegd.")}
<h2>Andere aandachtspunten</h2>
<p>Naast de inspectie kreeg de dienst in 2025 vier meldingen van buurtbewoners over hangjongeren op het speelterrein Kerkakker. Die meldingen werden doorgegeven aan de wijkagent en aan de jeugddienst.</p>
<h2>Voorstel aan het college</h2>
<p>Wij vragen het college kennis te nemen van deze opvolgingsnota en de dienst de opdracht te geven een voortgangsrapport op te maken tegen 1 oktober 2026.</p>
<p>Voor de dienst Openbaar Domein,<br>Sofie Verhaegen, diensthoofd</p>
</body></html>"""
    B.chromium_pdf(html, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Opvolgingsnota KS-2026-0217", "p. {n} / {m}", F["Regular"])


EXP = [
    (1, "Wij bevelen aan de valondergrond onder de klimcombinatie in speelterrein", "de plaatsing is gepland in de week van 11 mei 2026", "agrees"),
    (2, "Wij bevelen aan voor elk speelterrein een logboek bij te", "Het logboek voeren wij wel volledig in", "agrees"),
    (3, "Wij bevelen aan de houten speeltoestellen ouder dan vijftien jaar", "mee naar de opmaak van het speelruimteplan 2027-2032", "noted"),
    (4, "Wij bevelen aan de gebroken schommelketting en de losse bevestiging", "op 4 maart 2026 hersteld door de technische ploeg", "agrees"),
    (5, "Wij bevelen aan bij elk speelterrein een bord te plaatsen", None, "unanswered"),
    (6, "Wij bevelen aan de maandelijkse visuele controles uit te laten", "voor de overige drie is er dit jaar geen budget", "partly"),
    (7, "Wij bevelen aan de jaarlijkse hoofdinspectie voortaan in het voorjaar", "Wij verkiezen de inspectie in februari te behouden", "disagrees"),
]
UNMATCHED = ["Deze nota neemt de aanbevelingen van Keurpunt Speelruimte over",
             "vier meldingen van buurtbewoners over hangjongeren",
             "een voortgangsrapport op te maken tegen 1 oktober 2026"]
NOTES = ("Advice: Flemish annual main inspection report of playgrounds (Keurpunt Speelruimte, gemeente Heistervoorde) "
         "with every paragraph numbered; the recommendations are paragraphs 5.1-5.7 under '5. Aanbevelingen' (number N = "
         "5.N), all opening 'Wij bevelen aan'; traps: the KB of 28 March 2001 with 'moet' (2.1, 2.2), the 2025 "
         "recommendation quoted in 3.1, findings 4.1-4.5 in two columns ('zouden beter moeten'), a defects table, a "
         "disclaimer 6.1. Response: opvolgingsnota as an ANNOTATED COPY (each recommendation quoted short in a box, then "
         "'Reactie dienst Openbaar Domein:'), citing numbers, order 5.4, 5.1, 5.6+5.2, 5.7, 5.3. Shared box '5.6 en 5.2': "
         "5.6 partly (two of five trained) + 5.2 agrees (logboek from 1 May). 5.7 disagrees (keeps February). 5.3 noted "
         "(to the speelruimteplan). 5.5 (signs with a phone number) unanswered. Intro, 'Andere aandachtspunten' and "
         "'Voorstel aan het college' answer nothing.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, EXP, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
