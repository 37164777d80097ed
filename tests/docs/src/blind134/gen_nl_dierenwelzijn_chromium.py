"""Round 134 (nl): the ADVIES of an (invented) Flemish GEMEENTELIJKE ADVIESRAAD DIERENWELZIJN on the draft
dierenwelzijnsplan, its seven recommendations UNNUMBERED 'De adviesraad vraagt ...' / 'Wij adviseren ...' sentences
INSIDE running paragraphs under four theme headings (among findings, and beside a wish of a minority the council
does not make its own); answered by the COLLEGE VAN BURGEMEESTER EN SCHEPENEN's decision, whose 'Standpunt' part
QUOTES each recommendation in a framed block ('Advies van de adviesraad: ...') followed by 'Standpunt van het college'
in the plan's own order (one recommendation never quoted nor answered).

Advice (Chromium --print-to-pdf, one column, rust headings, stamped head from p. 2, 'pagina n/m'): the Vlaamse Codex
Dierenwelzijn paraphrased with 'moet' (trap), findings with figures, the council's 2021 advice quoted with 'vroeg'
(carried out, trap), a minority wish ('Enkele leden wilden vragen ...; de raad neemt dat niet over', trap), a closing
line naming 'de adviezen over zwerfkatten en vuurwerk' (trap). Response (Chromium, stamped): 3 agrees, 1 partly, 2
agrees, 6 agrees, 5 disagrees, 4 noted; 7 unanswered; 'Aanleiding', 'Juridische grond', 'Financiële weerslag' and the
'Besluit' articles answer nothing. All bodies, places, people, figures and reference numbers invented; the Codex is
named as context only.

Run: /tmp/blind134nl/bin/python tests/docs/src/blind134/gen_nl_dierenwelzijn_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b134nl as B  # noqa: E402

NAME = "blind134_nl_dierenwelzijn"
F = B.tmp_fonts()
SANS = "B134NL Sans"
RUST = "#8a3b12"

CSS = f"""<style>
@page {{ size: A4; margin: 2.1cm 2.2cm 1.9cm 2.2cm; }}
body {{ font-family: '{SANS}'; font-size: 9.8pt; line-height: 1.45; color: #111; }}
p {{ margin: 0 0 0.22cm 0; text-align: justify; }}
h1 {{ font-size: 16.5pt; color: {RUST}; margin: 0.1cm 0 0.15cm 0; }}
h2 {{ font-size: 11.5pt; color: {RUST}; margin: 0.4cm 0 0.12cm 0; break-after: avoid; }}
h3 {{ font-size: 10pt; margin: 0.3cm 0 0.1cm 0; break-after: avoid; }}
.small {{ font-size: 8.2pt; color: #555; text-align: left; }}
.q {{ border: 0.8pt solid #b9a08f; background: #f7f1ec; padding: 0.15cm 0.35cm; margin: 0.2cm 0 0.15cm 0;
      font-size: 9.2pt; break-inside: avoid; }}
.q .lab {{ font-weight: bold; color: {RUST}; }}
.st {{ font-weight: bold; margin: 0.1cm 0 0.05cm 0; }}
hr {{ border: none; border-top: 1.2pt solid {RUST}; margin: 0.2cm 0 0.3cm 0; }}
ol {{ margin: 0 0 0.2cm 0; padding-left: 0.7cm; }}
</style>"""

REC = {
    1: "De adviesraad vraagt het college om het budget voor de sterilisatie van zwerfkatten te verdubbelen "
       "tot 16.000 euro per jaar.",
    2: "Daarnaast adviseren wij om de vrijwilligers die zwerfkatten voederen te erkennen en hun een "
       "legitimatiekaart van de gemeente te geven.",
    3: "Wij adviseren het college om in het Kasteelpark een omheinde hondenloopweide van minstens "
       "2.000 vierkante meter aan te leggen.",
    4: "De adviesraad vraagt ook om duiven op openbare gebouwen niet langer met netten en pinnen te weren, "
       "maar te kiezen voor een duiventil waar de eieren worden vervangen door nepeieren.",
    5: "Wij adviseren om op evenementen met een gemeentelijke vergunning geen levende dieren meer toe te laten "
       "als prijs of als attractie, ook niet op de jaarmarkt.",
    6: "De adviesraad vraagt het college om het afsteken van vuurwerk op het hele grondgebied te verbieden, "
       "ook op oudejaarsavond.",
    7: "Wij adviseren tot slot om elk jaar samen met de dierenartsen een infoavond te organiseren voor wie "
       "voor het eerst een huisdier in huis neemt.",
}

ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Advies dierenwelzijnsplan</title>{CSS}
</head><body>
<p class="small">Gemeentelijke Adviesraad Dierenwelzijn Zonnegem - secretariaat: dienst Omgeving, Dorpsstraat 40,
9875 Zonnegem</p>
<h1>Advies over het ontwerp van dierenwelzijnsplan 2026-2031</h1>
<p class="small">Advies ADW/2026/02 - goedgekeurd op de vergadering van 3 maart 2026 - aan het college van
burgemeester en schepenen van Zonnegem</p>
<hr>
<h2>1. Adviesvraag</h2>
<p>Op 20 januari 2026 vroeg de schepen van Dierenwelzijn de adviesraad om advies over het ontwerp van
dierenwelzijnsplan voor de komende zes jaar. De adviesraad telt twaalf leden: vertegenwoordigers van het
dierenasiel, twee dierenartsen, de hondenschool, de landbouwers, de vrijwilligers die zwerfkatten opvangen en vijf
geïnteresseerde inwoners. Wij bespraken het ontwerp op twee vergaderingen en bezochten het asiel in Hamstede.</p>
<p>De Vlaamse regels zijn duidelijk: volgens de Vlaamse Codex Dierenwelzijn moet elke kat die verkocht of
weggegeven wordt gesteriliseerd, gechipt en geregistreerd zijn, en moet een gemeente die een kattenproject
opzet samenwerken met een erkend asiel. Het plan van de gemeente gaat over wat Zonnegem daarbovenop kan doen.</p>
<h2>2. Zwerfkatten</h2>
<p>Wij stellen vast dat het aantal zwerfkatten in Zonnegem niet daalt. In 2025 werden 214 katten gevangen en
gesteriliseerd, maar het budget van 8.000 euro was in september al op. Daarna moesten vrijwilligers de katten
terugzetten of zelf de kosten dragen. {REC[1]} Met dat bedrag kunnen ongeveer 400 katten per jaar worden geholpen,
wat volgens het asiel nodig is om de groei echt te stoppen.</p>
<p>De kattenkolonies worden nu gevoed door een tiental vrijwilligers. Zij worden soms door buren of door de
politie aangesproken, omdat het voederen van dieren op openbaar domein volgens het politiereglement verboden is.
{REC[2]} Zo kunnen zij tonen dat zij in opdracht werken en kan de gemeente met hen afspraken maken over de plaatsen
waar gevoederd wordt.</p>
<p>In ons advies van 2021 vroeg de raad om een meldpunt voor zwerfkatten op de website. Dat meldpunt is er
gekomen en werkt goed: in 2025 kwamen er 163 meldingen binnen.</p>
<h2>3. Dieren in de gemeente</h2>
<p>Zonnegem telt volgens de registratie ongeveer 3.900 honden. Er is vandaag geen enkele plek waar honden vrij
mogen lopen, waardoor eigenaars uitwijken naar de velden en de bossen, met klachten van landbouwers en
natuurbeheerders als gevolg. {REC[3]} Het park ligt centraal en een deel van het grasveld wordt nu weinig
gebruikt.</p>
<p>Het ontwerpplan stelt voor om de bestrijding van duiven aan het station en de kerk voort te zetten. Netten
en pinnen verplaatsen het probleem alleen en dieren raken er soms in verstrikt. {REC[4]} Andere gemeenten hebben
daar goede ervaringen mee.</p>
<h2>4. Evenementen en feesten</h2>
<p>Op de jaarmarkt staat elk jaar een ponymolen, en bij de kermis worden goudvissen als prijs weggegeven. Veel
inwoners vinden dat niet meer van deze tijd. {REC[5]} Enkele leden wilden ook vragen om paarden te weren uit de
jaarlijkse ruiterommegang; de raad als geheel neemt dat niet over, omdat de ommegang een lange traditie heeft en de
paarden goed verzorgd worden.</p>
<p>Vuurwerk zorgt elk jaar voor paniek bij honden, katten en dieren in de weiden. In de nacht van 31 december
2025 liepen bij het asiel 17 honden binnen die van schrik waren weggelopen. {REC[6]} Een lichtshow op het
marktplein kan het feest vervangen.</p>
<h2>5. Sensibilisering</h2>
<p>Veel problemen beginnen bij eigenaars die niet goed weten wat een dier nodig heeft. Het asiel ziet elk jaar
dieren terugkomen die impulsief gekocht werden. {REC[7]} Daar kunnen ook de hondenschool en het asiel aan
meewerken.</p>
<h2>6. Tot slot</h2>
<p>De adviesraad geeft een gunstig advies over het ontwerp van dierenwelzijnsplan, met de bovenstaande vragen.
Wij vragen het college vooral aandacht voor de adviezen over zwerfkatten en vuurwerk, omdat die het meeste
dierenleed voorkomen.</p>
<p>Voor de adviesraad,<br>Lieve De Smet, voorzitter<br>Pieter Van Hecke, secretaris</p>
</body></html>"""


def quote(n, text):
    return f'<div class="q"><span class="lab">Advies van de adviesraad:</span> {text}</div>'


RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Besluit college
dierenwelzijnsplan</title>{CSS}</head><body>
<p class="small">Gemeente Zonnegem - uittreksel uit het verslag van het college van burgemeester en schepenen</p>
<h1>Dierenwelzijnsplan 2026-2031 - standpunt over het advies van de adviesraad dierenwelzijn</h1>
<p class="small">Zitting van 14 april 2026 - agendapunt 27 - dossier OMG/2026/0311 - aanwezig: de burgemeester,
de schepenen en de algemeen directeur</p>
<hr>
<h2>Aanleiding en context</h2>
<p>Het college legde het ontwerp van dierenwelzijnsplan op 20 januari 2026 voor advies voor aan de gemeentelijke
adviesraad dierenwelzijn. De adviesraad bezorgde zijn advies op 4 maart 2026. Het college dankt de raad voor het
grondige en goed onderbouwde advies en neemt hieronder standpunt in over elk van zijn vragen, in de volgorde van
de hoofdstukken van het plan.</p>
<h2>Juridische grond</h2>
<p>Het Decreet over het lokaal bestuur, artikel 56, over de bevoegdheden van het college. Het huishoudelijk
reglement van de adviesraad dierenwelzijn, goedgekeurd door de gemeenteraad op 9 september 2019.</p>
<h2>Standpunt over het advies</h2>
{quote(3, "Leg in het Kasteelpark een omheinde hondenloopweide aan van minstens 2.000 vierkante meter.")}
<p class="st">Standpunt van het college</p>
<p>Akkoord. De hondenloopweide komt op het grasveld achter de oranjerie en wordt 2.300 vierkante meter groot. De
aanleg is gepland in het najaar van 2026.</p>
{quote(1, "Verdubbel het budget voor de sterilisatie van zwerfkatten tot 16.000 euro per jaar.")}
<p class="st">Standpunt van het college</p>
<p>Het college verhoogt het budget vanaf 2027 tot 12.000 euro per jaar. Een verdubbeling past niet binnen
het meerjarenplan, maar met dit bedrag kunnen ongeveer 300 katten worden geholpen.</p>
{quote(2, "Erken de vrijwilligers die zwerfkatten voederen en geef hun een legitimatiekaart.")}
<p class="st">Standpunt van het college</p>
<p>Akkoord. De vrijwilligers tekenen een overeenkomst met de gemeente en krijgen een kaart op naam, zodat
zij bij een controle kunnen tonen dat zij in opdracht voederen.</p>
{quote(6, "Verbied het afsteken van vuurwerk op het hele grondgebied, ook op oudejaarsavond.")}
<p class="st">Standpunt van het college</p>
<p>Akkoord. Het college legt de gemeenteraad in juni een wijziging van het politiereglement voor, met een
algemeen verbod vanaf 1 december 2026. Op oudejaarsavond komt er een lichtshow op de Markt.</p>
{quote(5, "Laat op evenementen met een vergunning geen levende dieren meer toe als prijs of attractie.")}
<p class="st">Standpunt van het college</p>
<p>Het college volgt dit advies niet. De ponymolen op de jaarmarkt wordt gecontroleerd door een dierenarts en
de uitbater heeft zijn vergunning altijd nageleefd. Het college ziet geen reden om de vergunningsvoorwaarden voor
evenementen te wijzigen.</p>
{quote(4, "Weer duiven op openbare gebouwen niet langer met netten en pinnen, maar met een duiventil.")}
<p class="st">Standpunt van het college</p>
<p>Het college neemt dit voorstel mee bij de restauratie van de kerk in 2028 en laat tegen dan
onderzoeken of een duiventil in de omgeving mogelijk is. Tot dan blijft de huidige aanpak behouden.</p>
<h2>Financiële weerslag</h2>
<p>De extra kosten bedragen 4.000 euro per jaar voor de sterilisatie vanaf 2027 en eenmalig 38.000 euro voor de
hondenloopweide, te voorzien bij de aanpassing van het meerjarenplan (actie 4.2.1).</p>
<h2>Besluit</h2>
<p><b>Artikel 1.</b> Het college neemt kennis van het advies van de gemeentelijke adviesraad dierenwelzijn van
3 maart 2026 over het ontwerp van dierenwelzijnsplan 2026-2031.</p>
<p><b>Artikel 2.</b> Het college keurt het standpunt hierboven goed en past het ontwerpplan in die zin aan.</p>
<p><b>Artikel 3.</b> Het aangepaste plan wordt ter goedkeuring voorgelegd aan de gemeenteraad van 26 mei
2026. De adviesraad krijgt een kopie van dit besluit.</p>
<p>Namens het college,<br>de algemeen directeur, Koen Vermeulen<br>de burgemeester, An Claeys</p>
</body></html>"""

if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Adviesraad Dierenwelzijn Zonnegem - advies ADW/2026/02 - dierenwelzijnsplan "
            "2026-2031", "pagina {n}/{m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Zonnegem - college van burgemeester en schepenen - zitting 14 april "
            "2026", "pagina {n}/{m}", F["Regular"])
    B.write_expected(NAME, [
        (1, "De adviesraad vraagt het college om het budget voor de sterilisatie",
         "Het college verhoogt het budget vanaf 2027 tot 12.000 euro", "partly"),
        (2, "Daarnaast adviseren wij om de vrijwilligers die zwerfkatten voederen te",
         "De vrijwilligers tekenen een overeenkomst met de gemeente", "agrees"),
        (3, "Wij adviseren het college om in het Kasteelpark een omheinde",
         "De hondenloopweide komt op het grasveld achter de oranjerie", "agrees"),
        (4, "De adviesraad vraagt ook om duiven op openbare gebouwen niet",
         "neemt dit voorstel mee bij de restauratie van de kerk", "noted"),
        (5, "Wij adviseren om op evenementen met een gemeentelijke vergunning geen",
         "Het college volgt dit advies niet", "disagrees"),
        (6, "De adviesraad vraagt het college om het afsteken van vuurwerk",
         "met een algemeen verbod vanaf 1 december 2026", "agrees"),
        (7, "Wij adviseren tot slot om elk jaar samen met de dierenartsen", None, "unanswered"),
    ], ["Het college dankt de raad voor het grondige en goed onderbouwde advies",
        "over de bevoegdheden van het college",
        "De extra kosten bedragen 4.000 euro per jaar",
        "Het college neemt kennis van het advies van de gemeentelijke"],
        "Advice: a Flemish municipal animal-welfare advisory council's advice on the draft animal-welfare plan; the "
        "seven recommendations are UNNUMBERED sentences ('De adviesraad vraagt ...', 'Daarnaast adviseren wij ...', "
        "'Wij adviseren ...') INSIDE running paragraphs between findings, under four theme headings (2 + 2 + 2 + 1). "
        "Traps: the Vlaamse Codex Dierenwelzijn paraphrased with 'moet', the 2021 advice reported with 'vroeg de "
        "raad om' (carried out), a minority wish the council does not adopt ('Enkele leden wilden ook vragen ...; "
        "de raad als geheel neemt dat niet over'), a closing line naming 'de adviezen over zwerfkatten en "
        "vuurwerk'. Response: the college's decision; 'Aanleiding en context', 'Juridische grond', then each "
        "recommendation QUOTED (reworded as an imperative) in a framed block 'Advies van de adviesraad:' followed "
        "by 'Standpunt van het college', in the plan's order 3, 1, 2, 6, 5, 4: 3 agrees (2,300 m2 dog park in "
        "autumn 2026), 1 partly (12,000 not 16,000 euro), 2 agrees (agreement and card), 6 agrees (general ban "
        "from 1 December 2026), 5 disagrees ('volgt dit advies niet'), 4 noted (taken along with the church "
        "restoration in 2028, to be studied, current approach stays). 7 (yearly information evening with the "
        "vets) is neither quoted nor answered. 'Financiële weerslag' (figures, 'actie 4.2.1') and the decision's "
        "'Artikel 1.'-'3.' answer nothing.")
    print("written", NAME)
