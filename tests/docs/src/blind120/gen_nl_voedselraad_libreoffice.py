"""Round 120 (nl): the ADVIES of a Flemish STEDELIJKE VOEDSELRAAD (farmers, shopkeepers, schools, the OCMW, the
social grocery, a food bank, consumers and residents) on the ontwerp of the city's VOEDSELSTRATEGIE, which goes
through the draft's ELEVEN ACTIONS one by one ('Actie 1.1' - 'Actie 4.3', the draft's own numbers) and gives each a
FLEMISH ADVICE VERDICT in its run-in title ('- gunstig.', '- voorwaardelijk gunstig.', '- ongunstig.'): four actions
only 'gunstig' (no request), six 'voorwaardelijk gunstig' and one 'ongunstig', each of those seven with one request
in the running text ('Wij adviseren om ...', 'Wij vragen om ...', 'De Voedselraad vraagt ...'); answered by the
college's DECISION (Flemish 'uittreksel uit de notulen': Feiten en context, Juridische grond, Advies, Argumentatie,
Financiele gevolgen, Besluit with Artikel 1-4) whose Argumentatie answers BY THEME in run-in bold words, WITHOUT
action numbers and in another order.

Advice (LibreOffice headless from HTML, sans, 2 p., green rules, identification table with the vote, stamped running
head from p. 2, 'p. n/m'): the decreet over het lokaal bestuur paraphrased with 'moet' (trap), the raad's 2024 advice
quoted as an imperative (realised; trap), 'De Voedselraad stelt vast' (trap), the draft's action numbers (trap),
four actions judged 'gunstig' with no request (trap), a minority view with 'moet' and a closing line citing 'De acties
2.2 en 4.2' (traps). Recommendations expected 1-7 = the requests at actions 1.2, 2.1, 2.2, 2.3, 3.2, 4.1, 4.2; the second runs across
the page break.
Response (LibreOffice from HTML, 2 p.): Feiten en context, Juridische grond and Advies (a count of the verdicts) answer
nothing; Argumentatie: 'Schoolmaaltijden' (1 agrees), 'Opvolging' (7 agrees), 'Lokale aankoop' (3 partly: 20 instead
of 30 per cent), 'Landbouwgrond' (4 disagrees), 'Boerenmarkt' (2 agrees), 'Voedseloverschotten' (5 noted: a study,
decision in the 2028 plan); 6 (a working budget for the Voedselraad) never mentioned: unanswered; Financiele gevolgen
(a budget code 'MJP-4.2.1') and Besluit answer nothing. All bodies, places, people, figures and reference numbers
invented; the decreet over het lokaal bestuur and the pachtwetgeving are named as context only.

Run: /tmp/blind120nl/bin/python tests/docs/src/blind120/gen_nl_voedselraad_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b120nl as B  # noqa: E402

NAME = "blind120_nl_voedselraad"
F = B.tmp_fonts()
SANS = "B120NL Sans"
GREEN = "#3f7a2a"
PALE = "#eef4e8"
RUST = "#a4461c"

CSS = f"""<style>
@page {{ size: 21cm 29.7cm; margin: 2cm 2.1cm 1.9cm 2.2cm; }}
body {{ font-family: '{SANS}'; font-size: 9.5pt; line-height: 138%; }}
p {{ margin-top: 0; margin-bottom: 0.17cm; }}
h1 {{ font-family: '{SANS}'; font-size: 16pt; color: {GREEN}; margin-top: 0.1cm; margin-bottom: 0.12cm; }}
h2 {{ font-family: '{SANS}'; font-size: 11pt; color: {GREEN}; margin-top: 0.34cm; margin-bottom: 0.1cm; }}
h3 {{ font-family: '{SANS}'; font-size: 9.8pt; color: #222222; margin-top: 0.26cm; margin-bottom: 0.08cm; }}
.small {{ font-size: 8.2pt; color: #444444; }}
td {{ font-family: '{SANS}'; font-size: 8.6pt; vertical-align: top; }}
.act {{ margin-left: 0.35cm; }}
</style>"""


def act(code, title, verdict, text):
    colour = {"gunstig": GREEN, "voorwaardelijk gunstig": "#8a6d00", "ongunstig": RUST}[verdict]
    return (f'<p class="act"><b>Actie {code} {title}</b> - <b><font color="{colour}">{verdict}.</font></b> '
            f'{text}</p>')


ADVICE = f"""<!DOCTYPE html><html lang="nl-BE"><head><meta charset="utf-8"><title>Advies Stedelijke Voedselraad
</title>{CSS}</head><body>
<p class="small"><b><font color="{GREEN}">STEDELIJKE VOEDSELRAAD RAVELINGEN</font></b></p>
<h1>Advies 2026/04 over het ontwerp van voedselstrategie 'Ravelingen eet lokaal' 2027-2032</h1>
<table width="100%" cellpadding="2" cellspacing="0" style="border-top: 2px solid {GREEN}; border-bottom: 1px solid
{GREEN};">
<tr valign="top"><td width="22%"><b>Aan</b></td><td>het college van burgemeester en schepenen van Ravelingen</td></tr>
<tr valign="top"><td><b>Adviesvraag</b></td><td>e-mail van schepen Griet Vanderhaeghen van 3 september 2026</td></tr>
<tr valign="top"><td><b>Goedgekeurd</b></td><td>algemene vergadering van 15 oktober 2026, 13 van de 17 leden aanwezig,
11 stemmen voor en 2 onthoudingen</td></tr>
<tr valign="top"><td><b>Contact</b></td><td>Jonas De Clercq, secretaris, voedselraad@ravelingen.be</td></tr></table>

<h2>1. Inleiding</h2>
<p>De Stedelijke Voedselraad brengt sinds 2023 landbouwers, handelaars, scholen, het OCMW, de sociale kruidenier,
de voedselbank, een consumentenorganisatie en geïnteresseerde inwoners samen. Het college vroeg ons advies over het
ontwerp van voedselstrategie 'Ravelingen eet lokaal'. Het ontwerp telt vier strategische doelstellingen en elf
acties.</p>
<p>Volgens het decreet over het lokaal bestuur moet de gemeente haar inwoners en adviesraden bij het beleid
betrekken. Bij deze strategie heeft het college dat ruim gedaan: de Voedselraad werd al bij de eerste
verkenningsnota betrokken, en drie van onze leden zaten in de werkgroep die het ontwerp schreef.</p>
<p>In ons advies 2024/02 vroegen wij: 'Geef de sociale kruidenier een vaste plek in het centrum.' In 2025 verhuisde de
sociale kruidenier naar de Stationsstraat. De Voedselraad is daar bijzonder blij mee.</p>

<h2>2. Algemene beschouwing</h2>
<p>De Voedselraad stelt vast dat het ontwerp ambitieus is en dat het voor het eerst landbouw, onderwijs, welzijn en
economie in één plan samenbrengt. Tegelijk hebben vier van de elf acties nog geen budget, en bevat het ontwerp
geen enkel cijfer waaraan de stad haar vooruitgang kan meten.</p>
<p>Hieronder overlopen wij de acties van het ontwerp, met hun nummer uit het ontwerp. Bij elke actie geven wij een
gunstig, voorwaardelijk gunstig of ongunstig advies; waar wij iets vragen, staat dat in de toelichting.</p>

<h2>3. Advies per actie</h2>
<h3>Strategische doelstelling 1 - Gezond eten voor elk kind</h3>
{act("1.1", "Gratis soep in de stedelijke basisscholen", "gunstig",
     "De soep wordt goed gegeten en is een eenvoudige manier om elke dag groenten op het menu te krijgen.")}
{act("1.2", "Gezonde warme maaltijden in de stedelijke basisscholen", "voorwaardelijk gunstig",
     "Het ontwerp beperkt de maaltijden tot de vier stedelijke basisscholen. Twee derde van de kinderen in "
     "Ravelingen gaat echter naar een school van het vrij of het gemeenschapsonderwijs. Wij adviseren om de "
     "gezonde maaltijden vanaf september 2028 ook aan te bieden in de scholen van de andere netten, tegen "
     "hetzelfde tarief.")}
{act("1.3", "Drinkwaterfonteinen in parken en op speelpleinen", "gunstig",
     "De twee fonteinen die in 2022 in het Stadspark werden geplaatst, worden in de zomer druk gebruikt.")}
<h3>Strategische doelstelling 2 - Meer lokaal en seizoensgebonden voedsel</h3>
{act("2.1", "Een wekelijkse boerenmarkt op het Kerkplein", "voorwaardelijk gunstig",
     "Het ontwerp plant de markt op zaterdagvoormiddag. Dat zijn net de drukste uren in de hoevewinkels, zodat "
     "weinig landbouwers zullen komen. Wij vragen om de boerenmarkt op vrijdagnamiddag te houden, van 15 tot 19 uur, "
     "zodat ook werkende inwoners kunnen langskomen.")}
{act("2.2", "Lokale producten in de stedelijke cafetaria's en het woonzorgcentrum", "ongunstig",
     "Het ontwerp spreekt van 'waar mogelijk lokaal'. Zonder cijfer verandert er in de keukens niets. De "
     "Voedselraad vraagt om in de bestekken voor de catering een minimumaandeel van 30 procent lokale en "
     "seizoensgebonden producten op te nemen.")}
{act("2.3", "De landbouwgronden van de stad", "voorwaardelijk gunstig",
     "De stad bezit 46 hectare landbouwgrond, die nu verpacht wordt aan wie het meest biedt. Wij adviseren om bij "
     "het aflopen van een pacht voorrang te geven aan jonge landbouwers die voor de lokale markt telen.")}
<h3>Strategische doelstelling 3 - Minder voedselverlies</h3>
{act("3.1", "Meer steun voor de sociale kruidenier", "gunstig",
     "De extra openingsuren op zaterdag beantwoorden aan een duidelijke vraag van de klanten.")}
{act("3.2", "Een platform om overschotten van markten en winkels te verdelen", "voorwaardelijk gunstig",
     "Zonder koeling bederven verse producten onderweg, en de voedselbank heeft maar één gewone bestelwagen. De "
     "Voedselraad vraagt de stad een gekoelde bestelwagen aan te kopen voor het ophalen en verdelen van "
     "overschotten.")}
<h3>Strategische doelstelling 4 - Samen werken aan voedsel</h3>
{act("4.1", "De Voedselraad als vaste partner", "voorwaardelijk gunstig",
     "De raad werkt vandaag zonder eigen middelen; sprekers en bezoeken betalen de leden uit eigen zak. Wij vragen "
     "een jaarlijks werkingsbudget van 5.000 euro voor de Voedselraad.")}
{act("4.2", "Opvolging van de strategie", "voorwaardelijk gunstig",
     "Het ontwerp zegt alleen dat de strategie 'regelmatig wordt opgevolgd'. Wij adviseren om tegen eind 2027 een "
     "voedselmonitor met vijf tot tien indicatoren op te stellen en de resultaten elk jaar aan de gemeenteraad "
     "voor te leggen.")}
{act("4.3", "Campagne 'Proef Ravelingen'", "gunstig",
     "Een sterke naam, die handelaars en horeca graag zullen gebruiken.")}

<h2>4. Besluit</h2>
<p>De Voedselraad geeft een voorwaardelijk gunstig advies over het ontwerp van voedselstrategie. De acties 2.2 en 4.2
zijn voor ons de belangrijkste: zonder een cijfer voor lokale aankoop en zonder monitor blijft de strategie een
intentie.</p>
<p><i>Minderheidsstandpunt.</i> Twee leden, beiden landbouwer, onthielden zich. Zij vinden dat de boerenmarkt op
zaterdag moet blijven, omdat gezinnen dan tijd hebben.</p>
<p>Voor de Stedelijke Voedselraad,<br>Jonas De Clercq, secretaris - Hilde Verstraete, voorzitter</p>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl-BE"><head><meta charset="utf-8"><title>Besluit college</title>{CSS}
</head><body>
<p><font size="5" color="{GREEN}"><b>Stad Ravelingen</b></font><br><span class="small">Grote Markt 1, 9870
Ravelingen</span></p>
<p class="small" style="border-top: 1px solid {GREEN}; padding-top: 0.1cm;"><b>Uittreksel uit de notulen van het
college van burgemeester en schepenen</b><br>Zitting van 23 november 2026<br>Aanwezig: Koen Mertens, burgemeester;
Griet Vanderhaeghen, Bart Van Acker, Sofie Claeys, Yusuf Aydin, schepenen; Annelies Dewulf, algemeen directeur</p>
<h2>Voedselstrategie 'Ravelingen eet lokaal' 2027-2032 - advies Stedelijke Voedselraad - standpunt</h2>

<h3>Feiten en context</h3>
<p>Op 10 juli 2026 keurde het college het ontwerp van voedselstrategie goed en vroeg het de adviesraden om advies.
De strategie werd opgesteld door een werkgroep van de diensten Omgeving, Onderwijs en Welzijn, met landbouwers,
handelaars en scholen.</p>
<h3>Juridische grond</h3>
<p>Het decreet over het lokaal bestuur, in het bijzonder de artikelen over inspraak en de werking van de
adviesraden. Het huishoudelijk reglement van de Stedelijke Voedselraad, goedgekeurd door de gemeenteraad.</p>
<h3>Advies</h3>
<p>De Stedelijke Voedselraad bracht op 15 oktober 2026 een voorwaardelijk gunstig advies uit (advies 2026/04). Over
vier acties is het advies gunstig, over zes voorwaardelijk gunstig en over één ongunstig.</p>

<h3>Argumentatie</h3>
<p>Het college dankt de Voedselraad voor het grondige advies en gaat hieronder in op de voorwaarden en vragen, per
thema.</p>
<p><b>Schoolmaaltijden.</b> Het college volgt het advies om de gezonde maaltijden ook in de scholen van de andere
onderwijsnetten aan te bieden. Vanaf september 2028 kunnen alle basisscholen op het grondgebied instappen, tegen
hetzelfde tarief van 3,50 euro per maaltijd. De schepen van Onderwijs maakt de praktische afspraken met de
scholen.</p>
<p><b>Opvolging.</b> De strategie krijgt een voedselmonitor met acht indicatoren, waaronder het aandeel lokale
producten in de stedelijke keukens en het aantal kinderen dat een gezonde maaltijd krijgt. De dienst Omgeving stelt
de monitor op tegen december 2027; de resultaten worden vanaf 2028 jaarlijks aan de gemeenteraad voorgelegd.</p>
<p><b>Lokale aankoop.</b> Het college is het met de Voedselraad eens dat 'waar mogelijk lokaal' te vrijblijvend is. In
de nieuwe bestekken voor de catering legt de stad daarom een minimumaandeel lokale en seizoensgebonden producten
vast, maar van 20 procent en niet van 30 procent: de huidige leveranciers kunnen een hoger aandeel niet garanderen
zonder een forse prijsstijging. Bij de volgende aanbesteding in 2030 wordt het aandeel opnieuw bekeken.</p>
<p><b>Landbouwgrond.</b> De stad blijft haar landbouwgronden toewijzen via een openbare procedure met objectieve
criteria. Een voorrang voor bepaalde groepen landbouwers kan het college niet verantwoorden: elke landbouwer moet
gelijke kansen krijgen, en de pachtwetgeving laat weinig ruimte voor zulke voorwaarden.</p>
<p><b>Boerenmarkt.</b> De boerenmarkt vindt plaats op vrijdag van 15 tot 19 uur, zoals de Voedselraad voorstelt. De
eerste markt is gepland op 7 mei 2027, op het Kerkplein.</p>
<p><b>Voedseloverschotten.</b> Een eigen gekoelde bestelwagen is een aanzienlijke investering. Het college vraagt de
dienst Welzijn om samen met de voedselbank na te gaan of een gedeeld voertuig mogelijk is, en neemt daarover bij de
opmaak van het meerjarenplan 2028 een beslissing.</p>

<h3>Financiële gevolgen</h3>
<p>De voedselstrategie wordt uitgevoerd binnen de budgetten van het meerjarenplan 2026-2031, actie MJP-4.2.1,
budgetcode 0500/6140000. Bijkomende kredieten worden voorzien bij de aanpassing van het meerjarenplan in
2027.</p>

<h3>Besluit</h3>
<p><b>Artikel 1.</b> Het college neemt kennis van het advies 2026/04 van de Stedelijke Voedselraad.<br>
<b>Artikel 2.</b> Het college past het ontwerp van voedselstrategie aan zoals beschreven in de argumentatie.<br>
<b>Artikel 3.</b> De aangepaste voedselstrategie wordt ter goedkeuring voorgelegd aan de gemeenteraad van 17 december
2026.<br>
<b>Artikel 4.</b> Een afschrift van deze beslissing wordt bezorgd aan de Stedelijke Voedselraad.</p>
<p class="small">Namens het college: Annelies Dewulf, algemeen directeur - Koen Mertens, burgemeester<br>Voor
eensluidend uittreksel</p>
</body></html>"""


def expected():
    recs = [
        (1, "Wij adviseren om de gezonde maaltijden vanaf september 2028 ook",
         "Vanaf september 2028 kunnen alle basisscholen op het grondgebied instappen", "agrees"),
        (2, "Wij vragen om de boerenmarkt op vrijdagnamiddag te houden",
         "eerste markt is gepland op 7 mei 2027", "agrees"),
        (3, "De Voedselraad vraagt om in de bestekken voor de catering",
         "maar van 20 procent en niet van 30 procent", "partly"),
        (4, "Wij adviseren om bij het aflopen van een pacht voorrang",
         "Een voorrang voor bepaalde groepen landbouwers kan het college niet verantwoorden", "disagrees"),
        (5, "De Voedselraad vraagt de stad een gekoelde bestelwagen aan te kopen",
         "neemt daarover bij de opmaak van het meerjarenplan 2028 een beslissing", "noted"),
        (6, "Wij vragen een jaarlijks werkingsbudget van 5.000 euro voor", None, "unanswered"),
        (7, "Wij adviseren om tegen eind 2027 een voedselmonitor met vijf",
         "De dienst Omgeving stelt de monitor op tegen december 2027", "agrees"),
    ]
    unmatched = ["keurde het college het ontwerp van voedselstrategie goed",
                 "Over vier acties is het advies gunstig",
                 "actie MJP-4.2.1, budgetcode 0500/6140000",
                 "ter goedkeuring voorgelegd aan de gemeenteraad van 17 december"]
    notes = ("Advice: a Flemish Stedelijke Voedselraad's advies 2026/04 on the ontwerp of the city's voedselstrategie "
             "(LibreOffice from HTML, 2 p.), going through the draft's ELEVEN ACTIONS under their own numbers "
             "'Actie 1.1'-'Actie 4.3' (four strategic goals as sub-headings), each with a FLEMISH ADVICE VERDICT in "
             "its bold run-in title ('- gunstig.', '- voorwaardelijk gunstig.', '- ongunstig.'). Four actions "
             "(1.1, 1.3, 3.1, 4.3) are only 'gunstig' and ask nothing; the seven requests stand in the running text "
             "after the verdict of 1.2, 2.1 (running across the page break), 2.2 (the one 'ongunstig'), 2.3, 3.2, 4.1 and "
             "4.2 = expected 1-7, worded "
             "'Wij adviseren om ...', 'Wij vragen om ...', 'De Voedselraad vraagt ...', 'Wij vragen een ...'. Traps: "
             "the decreet over het lokaal bestuur paraphrased with 'moet', the 2024 advice quoted as an imperative "
             "(realised), 'De Voedselraad stelt vast', the action numbers, the four 'gunstig' actions, a minority view with 'moet', a closing line citing 'De acties "
             "2.2 en 4.2' (= recommendations 3 and 7). Response: the college's DECISION ('Uittreksel uit de "
             "notulen', zitting 23 november 2026): Feiten en context, Juridische grond and Advies (a count of the "
             "verdicts) answer nothing; the Argumentatie answers BY THEME in bold run-in words, with NO action "
             "numbers, order 1, 7, 3, 4, 2, 5: 'Schoolmaaltijden' = 1 agrees (all schools from September 2028); "
             "'Opvolging' = 7 agrees (monitor with eight indicators by December 2027, yearly to the council); "
             "'Lokale aankoop' = 3 partly (20 instead of 30 per cent); 'Landbouwgrond' = 4 disagrees (open "
             "procedure, no priority); 'Boerenmarkt' = 2 agrees (Friday 15-19 h, first market 7 May 2027); "
             "'Voedseloverschotten' = 5 noted (study with the food bank, decision in the 2028 plan); 6 (a yearly "
             "working budget of 5.000 euro for the Voedselraad) never mentioned: unanswered. Financiele gevolgen "
             "(budget code MJP-4.2.1) and Besluit (Artikel 1-4) answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.soffice_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Stedelijke Voedselraad Ravelingen - advies 2026/04 - voedselstrategie "
            "'Ravelingen eet lokaal'", "p. {n}/{m}", F["Regular"])
    B.soffice_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Stad Ravelingen - college van burgemeester en schepenen - zitting van 23 "
            "november 2026", "{n}/{m}", F["Regular"])
    expected()
