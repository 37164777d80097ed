"""Round 153 (nl): the BEGRIJPELIJKHEIDSONDERZOEK (plain-language study) of an (invented) plain-language bureau on a
municipality's standard letters, commissioned after a council motion; its seven recommendations are NUMBERED
PARAGRAPHS WITH A BOLD TITLE ('1. Eerst de boodschap.' and the text behind it) under '5 Wat wij aanbevelen', after
the readers' findings numbered 1-5 with bold titles in exactly the same style under '4 Wat de lezers zeiden' (trap);
answered by the college's LETTER TO THE COUNCIL with INLINE BOLD LABELS 'Aanbeveling n.' in another order, one label
'Aanbevelingen 3 en 4.' answering two with different verdicts.

Advice (PyMuPDF Story, sans, dark-magenta headings, metadata table, a ruled score table, stamped head, 'pagina n
van m'): the council motion quoted with 'verzoekt' and the 2019 writing guide quoted with 'moet' (traps), 'Wij raden
niet aan om alle brieven door een extern bureau te laten herschrijven' (trap); expected 1-7. Response (PyMuPDF
Story, stamped, 'pagina n'): 5 agrees (legal text to the back), 1 agrees (message first), ONE label 3 partly (name of
the case handler, no direct number) + 4 disagrees (no phone call for every recovery letter), 2 agrees (forty letters
rewritten at B1), 6 noted (the tax assessments are the joint tax office's; passed on), a paragraph on outside
rewriting answers the 'we do not advise' sentence (unmatched); 7 (a standing readers' panel) unanswered. All bodies,
places, people, figures and reference numbers invented.

Run: /tmp/blind153nl/bin/python tests/docs/src/blind153/gen_nl_brieven_story.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b153nl as B  # noqa: E402

NAME = "blind153_nl_brieven"
F = B.tmp_fonts()
INK = "#7a1f5c"

CSS = f"""
@font-face {{ font-family: S; src: url({os.path.basename(F['Regular'])}); }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Bold'])}); font-weight: bold; }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Italic'])}); font-style: italic; }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Bold Italic'])}); font-weight: bold; font-style: italic; }}
* {{ font-family: S; }}
body {{ font-size: 9.4pt; line-height: 1.42; }}
p {{ margin-top: 0; margin-bottom: 5pt; text-align: left; }}
h1 {{ font-size: 15pt; color: {INK}; margin-top: 2pt; margin-bottom: 3pt; }}
h2 {{ font-size: 11pt; color: {INK}; margin-top: 9pt; margin-bottom: 3pt; }}
.small {{ font-size: 8pt; color: #555555; text-align: left; }}
.quote {{ margin-left: 24pt; margin-right: 20pt; font-style: italic; color: #444444; text-align: left; }}
p.num {{ margin-left: 16pt; text-indent: -16pt; margin-bottom: 4pt; }}
p.lab b {{ color: {INK}; }}
table.meta {{ width: 100%; border-collapse: collapse; margin-bottom: 6pt; }}
table.meta td {{ font-size: 8.3pt; border-bottom: 1px solid #e0bfd5; padding: 3px; vertical-align: top;
                 text-align: left; }}
td.lab {{ font-weight: bold; color: {INK}; width: 96pt; }}
table.grid {{ width: 100%; border-collapse: collapse; margin-bottom: 8pt; }}
table.grid td {{ font-size: 8.4pt; border: 1px solid #d6a8c6; padding: 3px; vertical-align: top; text-align: left; }}
td.hd {{ color: {INK}; font-weight: bold; border-bottom: 2px solid {INK}; }}
"""

SCORES = [
    ("Aanslag en kwijtschelding gemeentelijke belastingen", "6", "C1", "52"),
    ("Toekenning bijstandsuitkering", "9", "C1", "61"),
    ("Terugvordering bijstand", "5", "C2", "38"),
    ("Beschikking Wmo-maatwerkvoorziening", "7", "B2", "66"),
    ("Herinnering en aanmaning", "4", "B2", "71"),
]

SAID = [
    ("Ik weet niet wat ik moet doen.", "Zeven van de twaalf lezers vonden in de brief over terugvordering niet "
     "terug dat zij binnen zes weken moesten reageren."),
    ("Het begint met de wet.", "Lezers haakten af bij de alinea's met wetsartikelen aan het begin van de brief."),
    ("Wie kan ik bellen?", "Alle brieven verwijzen naar het algemene nummer; lezers wilden weten wie hun zaak "
     "behandelt."),
    ("Bezwaar klinkt als ruzie.", "Het woord bezwaar schrikt af; lezers dachten dat zij dan een advocaat nodig "
     "hadden."),
    ("Het aanslagbiljet is het ergst.", "De toelichting bij de aanslag gemeentelijke belastingen werd door bijna "
     "iedereen als onbegrijpelijk beoordeeld."),
]

RECS = [
    ("Eerst de boodschap.", "Zet in elke brief de beslissing en wat de lezer moet doen in de eerste alinea, nog "
     "voor de verwijzing naar wet of verordening."),
    ("Taalniveau B1.", "Herschrijf de veertig meest verstuurde brieven op taalniveau B1 en test elke nieuwe versie "
     "met ten minste vijf lezers."),
    ("Een naam onder de brief.", "Noem onder elke brief de naam en het rechtstreekse telefoonnummer van de "
     "behandelend medewerker, in plaats van alleen het algemene nummer."),
    ("Bellen bij slecht nieuws.", "Laat bij elke brief over een terugvordering of een boete binnen twee werkdagen "
     "een medewerker de ontvanger bellen om de brief toe te lichten."),
    ("Juridische tekst naar achteren.", "Verplaats de wetsartikelen en de uitleg over bezwaar naar het einde van "
     "de brief, en leg de bezwaarmogelijkheid uit in gewone woorden."),
    ("Het aanslagbiljet.", "Pas ook de toelichting bij het aanslagbiljet van de gemeentelijke belastingen aan, "
     "met een voorbeeldberekening voor een gewoon huishouden."),
    ("Een vast lezerspanel.", "Stel een vast panel van inwoners samen, ook laaggeletterden en nieuwkomers, dat elk "
     "jaar een aantal nieuwe of gewijzigde brieven beoordeelt."),
]


def numbered(items):
    return "\n".join(f'<p class="num"><b>{i}. {t}</b> {x}</p>' for i, (t, x) in enumerate(items, 1))


def score_table():
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in SCORES)
    return ('<table class="grid"><tr><td class="hd">Soort brief</td><td class="hd">Onderzochte brieven</td>'
            '<td class="hd">Taalniveau</td><td class="hd">Begrepen door lezers (%)</td></tr>' + rows + "</table>")


ADVICE = f"""<html><body>
<p class="small">Bureau Heldertekst - begrijpelijke overheidscommunicatie - Lindenkade 118, 3561 AX Vleutenbroek -
info@heldertekst.example</p>
<h1>Begrijpt u ons nog? Onderzoek naar de standaardbrieven van de gemeente Dorrewaard</h1>
<p class="small">onderzoek naar de begrijpelijkheid van de standaardbrieven van de afdelingen Belastingen en Werk en
Inkomen, in opdracht van de gemeente Dorrewaard</p>
<table class="meta">
<tr><td class="lab">Opdrachtgever</td><td>Gemeente Dorrewaard, afdeling Dienstverlening, t.a.v. de heer B. (Bas)
Roozendaal, teamleider</td></tr>
<tr><td class="lab">Kenmerk</td><td>BHT-27-0146</td></tr>
<tr><td class="lab">Datum</td><td>15 september 2027</td></tr>
<tr><td class="lab">Onderzoekers</td><td>drs. N. (Nienke) Altena en S. (Samira) El Idrissi, taaladviseurs</td></tr>
</table>
<h2>1 Aanleiding</h2>
<p>Op 8 februari 2027 nam de gemeenteraad van Dorrewaard een motie aan over de brieven van de gemeente. Daarin staat:</p>
<p class="quote">'verzoekt het college de standaardbrieven van de gemeente te laten onderzoeken op
begrijpelijkheid en de raad voor het einde van het jaar te informeren over de verbeteringen'.</p>
<p>De gemeente heeft sinds 2019 een eigen schrijfwijzer. Daarin staat onder meer dat een brief moet beginnen met
de kern, en dat elke brief moet eindigen met een naam en een telefoonnummer. Uit dit onderzoek blijkt dat die regels
in de praktijk weinig worden gevolgd.</p>
<h2>2 Werkwijze</h2>
<p>Wij onderzochten 31 standaardbrieven uit het zaaksysteem. Van elke brief bepaalden wij het taalniveau. Daarna
lieten wij twaalf inwoners, onder wie vier laaggeletterden, vijf brieven lezen en vroegen hen in eigen woorden te
vertellen wat er stond en wat zij moesten doen.</p>
<h2>3 Uitkomsten</h2>
{score_table()}
<p>Een brief op C1- of C2-niveau is voor ongeveer twee derde van de inwoners te moeilijk. Vooral de brief over
terugvordering van bijstand werd slecht begrepen, terwijl die voor de lezer grote gevolgen heeft.</p>
<h2>4 Wat de lezers zeiden</h2>
{numbered(SAID)}
<p>Wij raden niet aan om alle brieven door een extern bureau te laten herschrijven: de medewerkers die de brieven
versturen, moeten ze zelf kunnen aanpassen, en dat leren zij alleen door het zelf te doen.</p>
<h2>5 Wat wij aanbevelen</h2>
<p>De aanbevelingen sluiten aan bij wat de lezers zeiden. De eerste twee zijn binnen een half jaar uit te voeren.</p>
{numbered(RECS)}
<h2>6 Tot slot</h2>
<p>De medewerkers van Belastingen en Werk en Inkomen willen duidelijk schrijven, maar werken met sjablonen die
jaren oud zijn. Met deze aanbevelingen kan de gemeente Dorrewaard binnen een jaar brieven versturen die de meeste
inwoners in één keer begrijpen.</p>
<p>Bureau Heldertekst<br>N. Altena, S. El Idrissi</p>
</body></html>"""

RESPONSE = f"""<html><body>
<p class="small">Gemeente Dorrewaard - college van burgemeester en wethouders - Postbus 50, 4270 AB Dorrewaard</p>
<h1>Uitvoering motie Begrijpelijke brieven</h1>
<p class="small">brief aan de gemeenteraad van Dorrewaard</p>
<table class="meta">
<tr><td class="lab">Kenmerk</td><td>2027-0712/DV, zaak Z.27.11560</td></tr>
<tr><td class="lab">Datum</td><td>22 november 2027</td></tr>
<tr><td class="lab">Portefeuillehouder</td><td>wethouder E. (Els) van Rijswijk, dienstverlening</td></tr>
<tr><td class="lab">Bijlage</td><td>rapport Bureau Heldertekst BHT-27-0146</td></tr>
</table>
<p>Geachte leden van de raad,</p>
<p>In februari vroeg u ons met een motie om de brieven van de gemeente te laten onderzoeken. Bureau Heldertekst
heeft dat gedaan, en het rapport is helder: veel van onze brieven zijn te moeilijk. Wij nemen dat ter harte. Hieronder
leest u wat wij met de aanbevelingen doen; wij beginnen met wat al in gang is gezet.</p>
<p class="lab"><b>Aanbeveling 5.</b> Sinds 1 oktober staan in alle nieuwe sjablonen de wetsartikelen in een kader
onderaan. Bezwaar maken heet in de brieven nu 'het niet eens zijn met dit besluit', met de uitleg in gewone taal
erbij.</p>
<p class="lab"><b>Aanbeveling 1.</b> Die nemen wij over. Elke brief opent voortaan met het besluit en met wat de
inwoner moet doen, en dit is opgenomen in de herziene schrijfwijzer.</p>
<p class="lab"><b>Aanbevelingen 3 en 4.</b> Onder de brieven komt de naam van de behandelaar te staan. Een
rechtstreeks nummer geven wij niet: het Klantcontactcentrum blijft het eerste aanspreekpunt, zodat inwoners ook bij
afwezigheid van de behandelaar worden geholpen. Telefonisch nabellen bij elke terugvordering of boete is met de
huidige bezetting niet te doen; het zou gaan om ruim 1.100 gesprekken per jaar. Wij houden de bestaande werkwijze
aan, waarbij een inwoner zelf kan vragen om een toelichting.</p>
<p class="lab"><b>Aanbeveling 2.</b> Het team Dienstverlening herschrijft in 2028 de veertig brieven die het
vaakst worden verstuurd naar B1-niveau. Twintig medewerkers volgen daarvoor een schrijftraining, en elke nieuwe
brief wordt met lezers getest.</p>
<p class="lab"><b>Aanbeveling 6.</b> De aanslagbiljetten worden niet door de gemeente zelf gemaakt maar door het
Belastingsamenwerkingsverband Lingestreek-Dorrewaard. Wij hebben het rapport daar onder de aandacht gebracht; het
samenwerkingsverband beslist zelf over de vormgeving.</p>
<p class="lab"><b>Eigen medewerkers aan zet.</b> Wij kiezen er bewust voor om de brieven door de eigen teams te
laten herschrijven, met begeleiding van een taaladviseur.</p>
<p>Voor de uitvoering is in 2028 een bedrag van 45.000 euro nodig, dat wij binnen de bestaande budgetten van
Dienstverlening vinden. In de raadsinformatiesessie van maart laten wij graag enkele herschreven brieven zien.</p>
<p>Met vriendelijke groet,<br>het college van burgemeester en wethouders van Dorrewaard,<br>
de secretaris, mr. J. Kuijpers - de burgemeester, drs. C.M. Verbeek</p>
</body></html>"""


if __name__ == "__main__":
    B.story_pdf(ADVICE, CSS, NAME + "_advice.pdf", B.FD)
    B.stamp(NAME + "_advice.pdf", "Bureau Heldertekst - onderzoek standaardbrieven gemeente Dorrewaard - BHT-27-0146",
            "pagina {n} van {m}", F["Regular"])
    B.story_pdf(RESPONSE, CSS, NAME + "_response.pdf", B.FD)
    B.stamp(NAME + "_response.pdf", "Gemeente Dorrewaard - uitvoering motie Begrijpelijke brieven - 2027-0712/DV",
            "pagina {n}", F["Regular"])
    B.write_expected(NAME, [
        (1, "Eerst de boodschap. Zet in elke brief de beslissing",
         "Elke brief opent voortaan met het besluit", "agrees"),
        (2, "Taalniveau B1. Herschrijf de veertig meest verstuurde brieven",
         "Het team Dienstverlening herschrijft in 2028 de veertig brieven", "agrees"),
        (3, "Een naam onder de brief. Noem onder elke brief",
         "Een rechtstreeks nummer geven wij niet", "partly"),
        (4, "Bellen bij slecht nieuws. Laat bij elke brief over",
         "Telefonisch nabellen bij elke terugvordering of boete", "disagrees"),
        (5, "Juridische tekst naar achteren. Verplaats de wetsartikelen en de uitleg",
         "staan in alle nieuwe sjablonen de wetsartikelen in een kader", "agrees"),
        (6, "Het aanslagbiljet. Pas ook de toelichting bij het aanslagbiljet",
         "het samenwerkingsverband beslist zelf over de vormgeving", "noted"),
        (7, "Een vast lezerspanel. Stel een vast panel van inwoners samen", None, "unanswered"),
    ], ["door de eigen teams te laten herschrijven"],
        "Advice: the BEGRIJPELIJKHEIDSONDERZOEK of a plain-language bureau on a municipality's standard letters; the "
        "seven recommendations are NUMBERED PARAGRAPHS WITH A BOLD TITLE ('1. Eerst de boodschap.') under '5 Wat "
        "wij aanbevelen' (expected 1-7; starts_with includes the title). Traps: the council motion quoted "
        "('verzoekt het college ...'), the 2019 writing guide paraphrased with 'moet', a score table, the readers' "
        "findings numbered 1-5 with bold titles in exactly the same style, 'Wij raden niet aan om alle brieven door "
        "een extern bureau te laten herschrijven'. Response: the college's LETTER TO THE COUNCIL with INLINE BOLD "
        "LABELS in the order 5, 1, 3+4, 2, 6, own staff: 5 agrees, 1 agrees, ONE label 3 partly (name, no direct "
        "number) + 4 disagrees (no call-back), 2 agrees, 6 noted (the joint tax office decides; passed on), 'Eigen "
        "medewerkers aan zet' answers the 'we do not advise' sentence (unmatched). 7 (a standing readers' panel) is "
        "never answered; greeting, introduction and closing answer nothing.")
    print("written", NAME)
