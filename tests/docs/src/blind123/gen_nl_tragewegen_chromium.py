"""Round 123 (nl): the ADVIES of a Flemish municipality's LANDBOUWRAAD (gemeentelijke adviesraad voor landbouw) on
the ontwerp-TRAGE-WEGENPLAN (a plan for footpaths and cycle paths under the Decreet gemeentewegen); its seven
recommendations carry DOTTED THEME CODES 'A.1', 'A.2', 'B.1'-'B.3', 'C.1', 'C.2' in a hanging label column under
three lettered theme headings; answered by the college van burgemeester en schepenen's BESLISSING in the Flemish
decision format ('Aanleiding en context', 'Juridische grond', 'Adviezen', 'Argumentatie', 'Besluit' with 'Artikel
1'-'Artikel 4'), the replies in the Argumentatie by code in another order, the articles summing up.

Advice (Chromium headless, sans, 2 p., green title band, stamped head from p. 2, 'p. n/m'): 'Vaststellingen' with
dash bullets (findings, trap), a table of path lengths (trap), the decreet paraphrased with 'moet' (trap), the
landbouwraad's 2021 advice quoted as an imperative (trap), the overall 'voorwaardelijk gunstig' verdict, a closing
line naming 'de adviezen A.2 en C.2' (trap). Response (Chromium, 2 p.): context, legal basis and the list of advices
received (nothing); Argumentatie in the order B.1, A.1, C.2, B.2, A.2, C.1 plus a paragraph on the advice of the
natuurvereniging (nothing); Besluit articles (the article numbers are no recommendation numbers); B.3 never answered.
Verdicts: 1 agrees, 2 disagrees, 3 agrees, 4 partly, 5 unanswered, 6 noted, 7 disagrees. All bodies, places,
people, figures and reference numbers invented; the Decreet gemeentewegen is named as context only.

Run: /tmp/blind123nl/bin/python tests/docs/src/blind123/gen_nl_tragewegen_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b123nl as B  # noqa: E402

NAME = "blind123_nl_tragewegen"
F = B.tmp_fonts()
SANS = "B123NL Sans"
GREEN = "#2f5d2a"
PALE = "#eaf1e6"

CSS = f"""<style>
@page {{ size: A4; margin: 2cm 2.1cm 1.8cm 2.1cm; }}
body {{ font-family: '{SANS}'; font-size: 9.5pt; line-height: 1.42; margin: 0; }}
p {{ margin: 0 0 0.18cm 0; }}
.band {{ background: {GREEN}; color: white; padding: 0.32cm 0.45cm; margin-bottom: 0.35cm; }}
.band h1 {{ font-size: 15pt; margin: 0 0 0.08cm 0; }}
.band p {{ font-size: 8.6pt; margin: 0; }}
h2 {{ font-size: 11.2pt; color: {GREEN}; margin: 0.34cm 0 0.1cm 0; break-after: avoid; }}
h3 {{ font-size: 10pt; margin: 0.24cm 0 0.08cm 0; }}
ul.d {{ list-style: none; margin: 0.05cm 0 0.2cm 0; padding-left: 0.5cm; }}
ul.d li {{ text-indent: -0.35cm; margin-bottom: 0.08cm; }}
ul.d li:before {{ content: "- "; }}
table.adv {{ border-collapse: collapse; width: 100%; margin: 0 0 0.1cm 0; }}
table.adv td {{ vertical-align: top; padding: 0.06cm 0 0.14cm 0; }}
table.adv td.code {{ width: 1.25cm; font-weight: bold; color: {GREEN}; }}
table.fig {{ border-collapse: collapse; font-size: 8.4pt; margin: 0.1cm 0 0.25cm 0; }}
table.fig th {{ background: {PALE}; text-align: left; padding: 2px 8px; }}
table.fig td {{ border-bottom: 0.5pt solid #b7c9b1; padding: 2px 8px; }}
.small {{ font-size: 8.4pt; color: #444; }}
.art {{ margin-left: 1.7cm; text-indent: -1.7cm; }}
</style>"""


def adv(code, text):
    return f'<table class="adv"><tr><td class="code">{code}</td><td>{text}</td></tr></table>'


ADVICE = f"""<!DOCTYPE html><html lang="nl-BE"><head><meta charset="utf-8"><title>Advies landbouwraad trage wegen
</title>{CSS}</head><body>
<div class="band"><h1>Advies over het ontwerp-tragewegenplan</h1>
<p>Gemeentelijke landbouwraad Oostvleteren-Kerkhove - aan het college van burgemeester en schepenen - algemene
vergadering van 3 maart 2026 - advies LBR/2026/02</p></div>
<p>Het college vroeg de landbouwraad op 15 januari 2026 om advies over het ontwerp-tragewegenplan. Het plan legt
vast welke voet- en fietswegen in het buitengebied behouden blijven, welke worden heringericht en welke nieuwe
verbindingen er komen. Wij bespraken het ontwerp in twee vergaderingen en maakten op 14 februari een terreinbezoek
met de dienst Mobiliteit. Onze algemene vergadering geeft een <b>voorwaardelijk gunstig advies</b>.</p>
<h2>Vaststellingen</h2>
<ul class="d">
<li>Het ontwerp telt 47 trage wegen, waarvan 31 over of langs landbouwgrond lopen.</li>
<li>Op zes plaatsen kruist een trage weg een weg die dagelijks door tractoren en oogstmachines wordt gebruikt.</li>
<li>Verschillende landbouwers werden pas via de openbare bekendmaking op de hoogte gebracht van een nieuw tracé
over hun perceel.</li>
<li>In de zomer van 2025 kwamen er bij de landbouwraad elf klachten binnen over afval en loslopende honden op
akkers langs de Veldstraat.</li>
</ul>
<table class="fig"><tr><th>Soort trage weg</th><th>Aantal</th><th>Lengte</th></tr>
<tr><td>Bestaand, te behouden</td><td>29</td><td>18,4 km</td></tr>
<tr><td>Bestaand, opnieuw in te richten</td><td>11</td><td>6,2 km</td></tr>
<tr><td>Nieuw aan te leggen</td><td>7</td><td>3,9 km</td></tr></table>
<p>Het Decreet gemeentewegen bepaalt dat de gemeente een samenhangend netwerk van gemeentewegen moet uitbouwen en
dat zij daarbij rekening moet houden met de belangen van de aangelanden. Wij stellen vast dat het ontwerp die
belangen wel noemt, maar ze niet overal uitwerkt. Al in ons advies van 2021 over het mobiliteitsplan schreven wij:
'Betrek de landbouwers vroeg bij elk plan voor het buitengebied.' Dat is deze keer opnieuw te laat gebeurd.</p>
<h2>Advies</h2>
<p>Ons voorwaardelijk gunstig advies hangt af van de volgende punten. Wij hebben ze per thema gegroepeerd en van
een code voorzien.</p>
<h3>A. Tracés</h3>
{adv("A.1", "Leg het nieuwe fiets- en wandelpad tussen de Kapelweg en de Molenbeek langs de perceelsgrenzen aan en "
     "niet schuin door de akkers, zodat de percelen bewerkbaar blijven.")}
{adv("A.2", "Schrap het voorstel om de oude kerkweg over het erf van de hoeve Ter Walle opnieuw open te stellen; "
     "het tracé loopt op enkele meters van de stallen en de woning.")}
<h3>B. Gebruik en veiligheid</h3>
{adv("B.1", "Laat landbouwvoertuigen toe op alle trage wegen die de enige toegang vormen tot een landbouwperceel, "
     "ook als de weg verder als fietsweg wordt ingericht.")}
{adv("B.2", "Plaats op elke kruising van een trage weg met een landbouwweg borden die fietsers en wandelaars "
     "waarschuwen voor landbouwverkeer, en verlaag daar de snelheid tot 30 km per uur.")}
{adv("B.3", "Zet bij de ingangen van de trage wegen in het buitengebied afvalbakken en informatieborden die "
     "vragen om honden aan de leiband te houden.")}
<h3>C. Beheer en uitvoering</h3>
{adv("C.1", "Sluit met landbouwers die dat wensen beheerovereenkomsten voor het maaien van de bermen langs de "
     "trage wegen, tegen een vaste vergoeding per strekkende meter.")}
{adv("C.2", "Stel de aanleg van de nieuwe tracés uit tot na de oogst van 2027, zodat de landbouwers hun teeltplan "
     "kunnen aanpassen.")}
<h2>Tot slot</h2>
<p>De landbouwraad hecht het meest aan de adviezen A.2 en C.2. Wij blijven graag betrokken bij de verdere uitwerking
en nodigen de schepen van mobiliteit uit op onze vergadering van juni.</p>
<p>Voor de landbouwraad,<br/>Stefaan Vandeputte, voorzitter - Lien Maertens, secretaris</p>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl-BE"><head><meta charset="utf-8"><title>Besluit college
tragewegenplan</title>{CSS}</head><body>
<div class="band"><h1>Uittreksel uit de notulen van het college van burgemeester en schepenen</h1>
<p>Gemeente Oostvleteren-Kerkhove - zitting van 21 april 2026 - besluit CBS/2026/0412</p></div>
<p><b>Onderwerp: ontwerp-tragewegenplan - behandeling van de adviezen en aanpassing van het ontwerp</b></p>
<p class="small">Aanwezig: Koen Debruyne, burgemeester; Evi Callens, Bart Lefever, Nadia Boussaid, Filip Vanhee,
schepenen; Marleen Goethals, algemeen directeur</p>
<h2>Aanleiding en context</h2>
<p>De gemeenteraad stelde het ontwerp-tragewegenplan op 26 november 2025 voorlopig vast. Het college vroeg advies
aan de landbouwraad, de mobiliteitsraad en de milieuraad. Het openbaar onderzoek liep van 1 december 2025 tot en met
29 januari 2026; er kwamen 23 bezwaren binnen, die in een afzonderlijke beslissing worden behandeld.</p>
<h2>Juridische grond</h2>
<p>Het Decreet over het lokaal bestuur, artikel 56, over de bevoegdheden van het college. Het Decreet gemeentewegen
over de opmaak van gemeentelijke beleidsplannen voor gemeentewegen.</p>
<h2>Adviezen</h2>
<p>De landbouwraad bracht op 3 maart 2026 een voorwaardelijk gunstig advies uit. De mobiliteitsraad en de milieuraad
brachten een gunstig advies uit.</p>
<h2>Argumentatie</h2>
<p><b>Advies B.1 (toegang voor landbouwvoertuigen).</b> Het college volgt dit advies. In de legende van het plan
komt een aanduiding 'plaatselijk landbouwverkeer toegelaten' voor de negen trage wegen die de enige ontsluiting
van een perceel zijn.</p>
<p><b>Advies A.1 (tracé Kapelweg - Molenbeek).</b> Akkoord. Het nieuwe pad wordt langs de perceelsgrens en de
Molenbeek getekend; het wordt daardoor ongeveer 140 meter langer.</p>
<p><b>Advies C.2 (timing van de aanleg).</b> Het college volgt dit advies niet. De subsidie van de provincie voor de
nieuwe verbindingen vervalt als de werken niet in 2026 starten. Wel worden de werken op percelen met
wintergewassen pas na de oogst uitgevoerd en maakt de dienst Mobiliteit met elke betrokken landbouwer vooraf een
afspraak.</p>
<p><b>Advies B.2 (kruisingen met landbouwwegen).</b> Op de zes kruisingen komen waarschuwingsborden voor
landbouwverkeer, zoals gevraagd. Een snelheidsbeperking tot 30 km per uur op de landbouwwegen zelf vindt het college
niet nodig; op die wegen geldt nu al 50 km per uur en er zijn geen ongevallen bekend.</p>
<p><b>Advies A.2 (kerkweg Ter Walle).</b> Het college handhaaft het tracé. De kerkweg is een historische verbinding
die in de atlas der buurtwegen staat en vormt de enige veilige schakel naar de school in Kerkhove. Het tracé wordt
wel zo ver mogelijk van de woning gelegd en met een haag afgeschermd.</p>
<p><b>Advies C.1 (beheerovereenkomsten).</b> Het college staat open voor beheer door landbouwers, maar wil eerst de
kosten kennen. De dienst Omgeving onderzoekt in 2027 hoe andere gemeenten dit regelen; pas daarna wordt een
beslissing genomen.</p>
<p><b>Advies van de milieuraad.</b> De milieuraad vraagt om bij de nieuwe tracés inheemse hagen te planten. Het
college neemt dit mee in het beplantingsplan.</p>
<h2>Besluit</h2>
<p class="art"><b>Artikel 1.</b> Het college neemt kennis van de adviezen van de landbouwraad, de mobiliteitsraad en
de milieuraad.</p>
<p class="art"><b>Artikel 2.</b> Het college past het ontwerp-tragewegenplan aan zoals beschreven in de
argumentatie.</p>
<p class="art"><b>Artikel 3.</b> Het aangepaste ontwerp wordt ter definitieve vaststelling voorgelegd aan de
gemeenteraad van 27 mei 2026.</p>
<p class="art"><b>Artikel 4.</b> Een afschrift van deze beslissing wordt bezorgd aan de landbouwraad, de
mobiliteitsraad en de milieuraad.</p>
<p class="small">Namens het college: Marleen Goethals, algemeen directeur - Koen Debruyne, burgemeester</p>
</body></html>"""


def expected():
    recs = [
        (1, "Leg het nieuwe fiets- en wandelpad tussen de Kapelweg en",
         "wordt langs de perceelsgrens en de Molenbeek getekend", "agrees"),
        (2, "Schrap het voorstel om de oude kerkweg over het erf",
         "Het college handhaaft het tracé", "disagrees"),
        (3, "Laat landbouwvoertuigen toe op alle trage wegen die de enige",
         "komt een aanduiding 'plaatselijk landbouwverkeer toegelaten' voor de negen", "agrees"),
        (4, "Plaats op elke kruising van een trage weg met een landbouwweg",
         "Een snelheidsbeperking tot 30 km per uur op de landbouwwegen", "partly"),
        (5, "Zet bij de ingangen van de trage wegen in het buitengebied", None, "unanswered"),
        (6, "Sluit met landbouwers die dat wensen beheerovereenkomsten voor het maaien",
         "onderzoekt in 2027 hoe andere gemeenten dit regelen", "noted"),
        (7, "Stel de aanleg van de nieuwe tracés uit tot na de",
         "Het college volgt dit advies niet", "disagrees"),
    ]
    unmatched = ["er kwamen 23 bezwaren binnen, die in een afzonderlijke beslissing",
                 "De mobiliteitsraad en de milieuraad brachten een gunstig advies uit",
                 "Het college neemt dit mee in het beplantingsplan",
                 "wordt ter definitieve vaststelling voorgelegd aan de gemeenteraad"]
    notes = ("Advice: a Flemish gemeentelijke landbouwraad on an ontwerp-tragewegenplan (Chromium, 2 p.); the seven "
             "recommendations carry DOTTED THEME CODES in a hanging label column under lettered theme headings: "
             "A.1, A.2 ('A. Tracés'), B.1-B.3 ('B. Gebruik en veiligheid'), C.1, C.2 ('C. Beheer en uitvoering'), "
             "numbers 1-7 in that order. Traps: 'Vaststellingen' as dash bullets, a path-length table, the Decreet "
             "gemeentewegen paraphrased with 'moet', the 2021 advice quoted as an imperative, the overall "
             "'voorwaardelijk gunstig advies', a closing line naming 'de adviezen A.2 en C.2'. Response: the "
             "college's BESLISSING in the Flemish format (Aanleiding en context, Juridische grond, Adviezen, "
             "Argumentatie, Besluit with Artikel 1-4); in the Argumentatie bold run-in labels 'Advies B.1 (...).' in "
             "the order B.1, A.1, C.2, B.2, A.2, C.1: B.1 = 3 agrees; A.1 = 1 agrees ('Akkoord'); C.2 = 7 disagrees "
             "('volgt dit advies niet', the subsidy lapses; only winter-crop plots after the harvest); B.2 = 4 partly "
             "(signs yes, 30 km/h no); A.2 = 2 disagrees ('handhaaft het tracé', only moved away from the house); "
             "C.1 = 6 noted (costs studied in 2027, decision later); 'Advies van de milieuraad' (another body) and "
             "the context, legal basis, list of advices and Besluit articles answer nothing; B.3 (bins and signs "
             "about dogs) never answered: unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Landbouwraad Oostvleteren-Kerkhove - advies ontwerp-tragewegenplan - LBR/2026/02",
            "p. {n}/{m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Oostvleteren-Kerkhove - college van burgemeester en schepenen - "
            "CBS/2026/0412", "{n}", F["Regular"])
    expected()
