"""Round 151 (nl): the (Flemish) INSPECTIEVERSLAG KUNSTWERKEN (bridge inspection report) of an (invented) engineering
firm on three bridges of a city, its seven recommendations CODED PER BRIDGE 'BR1.1'-'BR3.2' as hanging bold codes
inside a BORDERED BOX 'Aanbevelingen' per bridge, after the findings coded 'V1.1'-'V3.2' hanging in exactly the same
style above each box (trap); answered by the college's BESLUIT with a 'Motivering' and numbered ARTICLES
('Artikel 1'-'Artikel 6') in another order, one article answering two recommendations with different verdicts.

Advice (Chromium headless, sans, brick-red headings and box borders, metadata and condition tables, stamped head,
'pagina n van m'): the road manager's duty paraphrased with 'moet' (trap), the 2021 inspection quoted as an
imperative and carried out (trap), a condition-score table per bridge, 'Wij raden niet aan om de Kapelbrug af te
breken' (trap), a closing naming 'BR2.1 en BR2.2' (trap); expected 'BR1.1'-'BR3.2'. Response (Chromium, stamped,
'pagina n'): Artikel 1 takes note (nothing), Artikel 2 BR2.1 disagrees (no 20-ton limit because of the bus line;
weekly measurements instead), Artikel 3 BR1.1 agrees, Artikel 4 BR1.2 partly (only the two bank-side girders now,
the rest in 2030), Artikel 5 ONE article BR3.1 disagrees (no composite bridge; planks replaced) + BR3.2 agrees
(anti-slip coating), Artikel 6 BR2.3 noted (the canal manager's matter; report sent on) and the Kapelbrug is kept
(answers the 'we do not advise' sentence; unmatched); BR2.2 (the expansion joint before winter) unanswered.
All bodies, places, people, figures and reference numbers invented.

Run: /tmp/blind151nl/bin/python tests/docs/src/blind151/gen_nl_bruginspectie_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b151nl as B  # noqa: E402

NAME = "blind151_nl_bruginspectie"
F = B.tmp_fonts()
SANS = "B151NL Sans"
INK = "#9b3a22"

CSS = f"""<style>
@page {{ size: A4; margin: 2.0cm 2.1cm 1.9cm 2.1cm; }}
body {{ font-family: '{SANS}'; font-size: 9.2pt; line-height: 1.4; color: #111; }}
p {{ margin: 0 0 0.2cm 0; text-align: justify; }}
h1 {{ font-size: 15pt; color: {INK}; border-bottom: 2pt solid {INK}; padding-bottom: 0.1cm; margin: 0.1cm 0 0.15cm 0; }}
h2 {{ font-size: 11pt; color: {INK}; margin: 0.32cm 0 0.1cm 0; break-after: avoid; }}
h3 {{ font-size: 9.6pt; margin: 0.2cm 0 0.08cm 0; break-after: avoid; }}
.small {{ font-size: 8.1pt; color: #555; text-align: left; }}
.quote {{ margin: 0.08cm 0.9cm 0.2cm 0.9cm; font-style: italic; color: #444; }}
p.hang {{ padding-left: 1.2cm; text-indent: -1.2cm; margin-bottom: 0.14cm; }}
p.hang b {{ color: {INK}; display: inline-block; width: 1.2cm; text-indent: 0; }}
div.box {{ border: 1pt solid {INK}; padding: 0.15cm 0.3cm 0.05cm 0.3cm; margin: 0.1cm 0 0.3cm 0;
  break-inside: avoid; }}
div.box .lab {{ font-weight: bold; color: {INK}; margin-bottom: 0.1cm; }}
table.meta, table.grid {{ border-collapse: collapse; width: 100%; margin: 0.1cm 0 0.3cm 0; font-size: 8.5pt; }}
table.meta td, table.grid td, table.grid th {{ border-bottom: 0.6pt solid #dcb9ae; padding: 0.07cm 0.15cm;
  vertical-align: top; text-align: left; }}
table.meta td.k {{ width: 22%; font-weight: bold; color: {INK}; }}
table.grid th {{ border-bottom: 1.2pt solid {INK}; color: {INK}; }}
p.art {{ padding-left: 0.3cm; }}
p.art b {{ color: {INK}; }}
</style>"""


def hang(items):
    return "\n".join(f'<p class="hang"><b>{n}</b>{t}</p>' for n, t in items)


def box(items):
    return f'<div class="box"><div class="lab">Aanbevelingen</div>{hang(items)}</div>'


ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Inspectieverslag kunstwerken 2027
</title>{CSS}</head><body>
<p class="small">Studiebureau Verhaeghe &amp; Claes bv - bruggen, kunstwerken en infrastructuur - Stationsstraat 77,
9300 Aalst - info@verhaeghe-claes.example</p>
<h1>Inspectieverslag kunstwerken 2027</h1>
<p class="small">periodieke hoofdinspectie van drie bruggen in beheer van de stad Zandhove</p>
<table class="meta">
<tr><td class="k">Opdrachtgever</td><td>Stad Zandhove, dienst Openbaar Domein, t.a.v. de heer D. Vermeulen,
diensthoofd</td></tr>
<tr><td class="k">Referentie</td><td>VC/2027/KW-112</td></tr>
<tr><td class="k">Inspectiedata</td><td>5, 6 en 12 juli 2027</td></tr>
<tr><td class="k">Inspecteurs</td><td>ing. E. Verhaeghe en ir. L. Claes; duikwerk niet uitgevoerd</td></tr>
<tr><td class="k">Datum verslag</td><td>28 augustus 2027</td></tr>
</table>
<h2>1 Opdracht en kader</h2>
<p>De stad Zandhove is wegbeheerder van drie bruggen: de Kapelbrug (KW1, voetgangersbrug over de Mandelbeek), de
Sluisbrug (KW2, verkeersbrug over het kanaal) en de Molenbrug (KW3, houten fietsbrug in het Molenpark). Als
wegbeheerder moet de stad ervoor zorgen dat haar kunstwerken veilig kunnen worden gebruikt; de stad heeft er daarom
voor gekozen om ze om de zes jaar aan een hoofdinspectie te onderwerpen. De vorige inspectie dateert van 2021. De
enige aanbeveling die toen werd gedaan, is in 2022 uitgevoerd:</p>
<p class="quote">'Verwijder de begroeiing op de pijlers van de Sluisbrug en herstel de afwatering van het
brugdek.'</p>
<h2>2 Toestand per kunstwerk</h2>
<p>Wij beoordeelden elk bouwdeel op een schaal van 1 (uitstekend) tot 6 (zeer slecht).</p>
<table class="grid">
<tr><th>Kunstwerk</th><th>Bouwjaar</th><th>Dek</th><th>Liggers</th><th>Opleggingen</th><th>Leuningen</th>
<th>Eindscore</th></tr>
<tr><td>KW1 Kapelbrug</td><td>1964</td><td>3</td><td>4</td><td>3</td><td>5</td><td>4</td></tr>
<tr><td>KW2 Sluisbrug</td><td>1979</td><td>3</td><td>3</td><td>5</td><td>2</td><td>5</td></tr>
<tr><td>KW3 Molenbrug</td><td>2006</td><td>4</td><td>3</td><td>2</td><td>3</td><td>3</td></tr>
</table>
<h2>3 Kapelbrug (KW1)</h2>
{hang([("V1.1", "De houten leuningen zijn op meerdere plaatsen verrot en geven mee bij een zijdelingse duw; ze "
                "zijn met 0,95 meter ook lager dan wat vandaag gangbaar is."),
       ("V1.2", "Op de twee stalen liggers aan de oeverzijde is er plaatselijk doorroesting van de onderflens.")])}
<p>Ondanks die gebreken is de draagconstructie gezond. Wij raden niet aan om de Kapelbrug af te breken en te
vervangen: de brug is beeldbepalend voor de Kapelwijk en kan met gericht onderhoud nog minstens dertig jaar mee.</p>
{box([("BR1.1", "Vervang de houten leuningen van de Kapelbrug door stalen leuningen met een hoogte van 1,10 meter."),
      ("BR1.2", "Laat de roest op alle vier de stalen liggers van de Kapelbrug binnen twee jaar verwijderen en "
                "breng een nieuw verfsysteem aan.")])}
<h2>4 Sluisbrug (KW2)</h2>
{hang([("V2.1", "De neopreen opleggingen aan het oostelijke landhoofd zijn gescheurd en uitgeweken; de brug rust "
                "daar deels op de betonnen nok."),
       ("V2.2", "De voegovergang aan hetzelfde landhoofd is beschadigd en veroorzaakt bij elke zware vrachtwagen "
                "geluidshinder voor de woningen aan de Sluiskaai."),
       ("V2.3", "De onderwaterdelen van de pijlers konden wij niet inspecteren; de laatste duikinspectie dateert "
                "van 2009.")])}
{box([("BR2.1", "Beperk de toegelaten massa op de Sluisbrug tot 20 ton tot de opleggingen aan het oostelijke "
                "landhoofd zijn vervangen."),
      ("BR2.2", "Herstel de beschadigde voegovergang aan het oostelijke landhoofd van de Sluisbrug nog vóór de "
                "komende winter."),
      ("BR2.3", "Laat door een gespecialiseerd duikteam een inspectie uitvoeren van de onderwaterfundering van de "
                "pijlers van de Sluisbrug.")])}
<h2>5 Molenbrug (KW3)</h2>
{hang([("V3.1", "Elf dekplanken zijn aangetast door houtrot; de rest van het dek is in redelijke staat."),
       ("V3.2", "Het brugdek is bij nat weer glad; de stad ontving in 2026 drie meldingen van gevallen "
                "fietsers.")])}
{box([("BR3.1", "Vervang de houten Molenbrug in 2029 volledig door een brug in composiet, die minder onderhoud "
                "vraagt."),
      ("BR3.2", "Breng op het brugdek van de Molenbrug een antislipbekleding aan over de volle breedte.")])}
<h2>6 Besluit</h2>
<p>De Sluisbrug vraagt de meeste aandacht. Wij raden de stad aan om BR2.1 en BR2.2 als eerste op te volgen en
rekenen op een volgende hoofdinspectie in 2033.</p>
<p>ing. Eline Verhaeghe<br>Studiebureau Verhaeghe &amp; Claes bv</p>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Besluit college inspectieverslag
kunstwerken</title>{CSS}</head><body>
<p class="small">Stad Zandhove - college van burgemeester en schepenen - Grote Markt 1, 9470 Zandhove</p>
<h1>Uittreksel uit de notulen van het college van burgemeester en schepenen</h1>
<table class="meta">
<tr><td class="k">Zitting</td><td>2 oktober 2027</td></tr>
<tr><td class="k">Dossier</td><td>CBS/2027/2204 - Openbaar Domein - inspectieverslag kunstwerken 2027</td></tr>
<tr><td class="k">Aanwezig</td><td>Sofie De Wilde, burgemeester; Joris Van Acker, Annelies Moens, Bart
Callewaert, schepenen; Wim De Cock, algemeen directeur</td></tr>
</table>
<h2>Feiten en context</h2>
<p>Studiebureau Verhaeghe &amp; Claes bv voerde in juli 2027 de zesjaarlijkse hoofdinspectie uit van de Kapelbrug,
de Sluisbrug en de Molenbrug. Het verslag VC/2027/KW-112 werd op 28 augustus 2027 bezorgd aan de dienst Openbaar
Domein, die het samen met de dienst Mobiliteit heeft besproken.</p>
<h2>Motivering</h2>
<p>Het college wil de bruggen veilig houden zonder de bereikbaarheid van de Sluiskaai en het bedrijventerrein
Kanaalzone onnodig te beperken. De kosten van de maatregelen worden geraamd op 412.000 euro, waarvan 150.000 euro
al in het meerjarenplan is ingeschreven; het saldo wordt bij de volgende aanpassing van het meerjarenplan
voorzien.</p>
<h2>Besluit</h2>
<p class="art"><b>Artikel 1.</b> Het college neemt kennis van het inspectieverslag kunstwerken 2027 van Studiebureau
Verhaeghe &amp; Claes bv.</p>
<p class="art"><b>Artikel 2.</b> Het college beslist om de tonnagebeperking op de Sluisbrug niet in te voeren: de
streekbus 58 en de hulpdiensten moeten de brug kunnen blijven gebruiken. In afwachting van nieuwe opleggingen laat het
college de zakking aan het oostelijke landhoofd wekelijks opmeten; bij een afwijking wordt de brug meteen
afgesloten.</p>
<p class="art"><b>Artikel 3.</b> De leuningen van de Kapelbrug worden in het voorjaar van 2028 vervangen door
stalen leuningen van 1,10 meter hoog. De dienst Openbaar Domein maakt het bestek op.</p>
<p class="art"><b>Artikel 4.</b> Wat de roest op de Kapelbrug betreft, worden in 2028 enkel de twee liggers aan de
oeverzijde gestraald en geschilderd; de twee andere liggers volgen pas bij het groot onderhoud in 2030.</p>
<p class="art"><b>Artikel 5.</b> De Molenbrug blijft een houten brug: het college kiest niet voor een nieuwe
composietbrug, maar laat de elf aangetaste dekplanken vervangen. Op het volledige brugdek wordt wel een
antislipbekleding aangebracht, nog dit najaar.</p>
<p class="art"><b>Artikel 6.</b> Het onderwaterdeel van de pijlers van de Sluisbrug valt onder de
kanaalbeheerder. Het college bezorgt het verslag aan De Vlaamse Waterweg nv en laat het aan haar over om een
duikinspectie te plannen. De Kapelbrug blijft behouden; een vervangingsstudie wordt niet besteld.</p>
<p>Voor eensluidend uittreksel,<br>Wim De Cock, algemeen directeur - Sofie De Wilde, burgemeester</p>
</body></html>"""


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Verhaeghe & Claes - inspectieverslag kunstwerken 2027 stad Zandhove - "
            "VC/2027/KW-112", "pagina {n} van {m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Stad Zandhove - college van burgemeester en schepenen - CBS/2027/2204",
            "pagina {n}", F["Regular"])
    B.write_expected(NAME, [
        ("BR1.1", "Vervang de houten leuningen van de Kapelbrug door stalen leuningen",
         "worden in het voorjaar van 2028 vervangen", "agrees"),
        ("BR1.2", "Laat de roest op alle vier de stalen liggers",
         "volgen pas bij het groot onderhoud in 2030", "partly"),
        ("BR2.1", "Beperk de toegelaten massa op de Sluisbrug tot 20 ton",
         "de tonnagebeperking op de Sluisbrug niet in te voeren", "disagrees"),
        ("BR2.2", "Herstel de beschadigde voegovergang aan het oostelijke landhoofd", None, "unanswered"),
        ("BR2.3", "Laat door een gespecialiseerd duikteam een inspectie uitvoeren",
         "laat het aan haar over om een duikinspectie te plannen", "noted"),
        ("BR3.1", "Vervang de houten Molenbrug in 2029 volledig door een brug",
         "het college kiest niet voor een nieuwe composietbrug", "disagrees"),
        ("BR3.2", "Breng op het brugdek van de Molenbrug een antislipbekleding aan",
         "wel een antislipbekleding aangebracht, nog dit najaar", "agrees"),
    ], ["een vervangingsstudie wordt niet besteld"],
        "Advice: the (Flemish) INSPECTIEVERSLAG KUNSTWERKEN of an engineering firm on three city bridges; the seven "
        "recommendations are CODED PER BRIDGE 'BR1.1'-'BR3.2' as hanging bold codes in a BORDERED BOX "
        "'Aanbevelingen' after each bridge's findings (expected 'BR1.1'-'BR3.2'). Traps: the road manager's duty "
        "paraphrased with 'moet', the 2021 recommendation quoted as an imperative (carried out), a condition-score "
        "table, findings 'V1.1'-'V3.2' hanging in exactly the same style, 'Wij raden niet aan om de Kapelbrug af te "
        "breken', a closing naming 'BR2.1 en BR2.2'. Response: the college's decision (uittreksel uit de notulen) "
        "with a Motivering and ARTICLES 1-6 in another order, none citing a code: Artikel 1 takes note (nothing), "
        "Artikel 2 BR2.1 disagrees (no tonnage limit; weekly measurements), Artikel 3 BR1.1 agrees, Artikel 4 BR1.2 "
        "partly (two girders now, two in 2030), Artikel 5 ONE article BR3.1 disagrees (no composite bridge) + BR3.2 "
        "agrees (anti-slip coating this autumn), Artikel 6 BR2.3 noted (the canal manager's matter; report sent on) "
        "and the Kapelbrug kept (answers the 'we do not advise' sentence; unmatched). BR2.2 (the expansion joint) is "
        "never answered.")
    print("written", NAME)
