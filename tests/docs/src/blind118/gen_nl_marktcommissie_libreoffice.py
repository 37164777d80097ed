"""Round 118 (nl): the ADVICE of a Flemish city's MARKTCOMMISSIE (market traders, the city's market supervisor and
residents) on the ontwerp-marktreglement, given IN THE MINUTES OF ITS MEETING: numbered agenda items 1-7, each with
'Bespreking' and a 'Besluit' line ('De marktcommissie adviseert unaniem / met zes stemmen tegen twee om ...'; one
'Besluit' only takes note); answered by the GEMEENTERAADSBESLUIT adopting the reglement, whose 'Argumentatie' answers
by theme and whose 'Besluit' has articles 1-3.

Advice (LibreOffice headless from HTML, serif body, 2 p., presence list, agenda items as numbered headings, stamped
running head from p. 2, 'blz. n van m'): agenda numbers 1-7 are no recommendation numbers (trap); item 1 (approval of
the previous minutes) and item 7 (varia, with traders' questions as a numbered list) advise nothing; item 4's first
'Besluit' takes note of the supervisor's figures (trap); the Decreet over de markten paraphrased with 'moet' (trap);
the commission's 2022 advice quoted (trap). Recommendations (expected 1-7): two under item 2, one under item 3, one
under item 4, one under item 5, two under item 6, each a sentence 'De marktcommissie adviseert ...' / 'De commissie
adviseert ...' / 'Daarnaast adviseert de marktcommissie ...' in a 'Besluit' paragraph.
Response: gemeenteraad, zitting 26 oktober 2026, punt 9 (2 p.): Juridische grond and Voorgeschiedenis (a dated list)
answer nothing; Argumentatie by theme in the order 3, 1+2 (one paragraph), 5, 7, 4; 6 (electricity per kWh)
unanswered; Financiële gevolgen and the Besluit articles answer nothing. All invented.

Run: /tmp/blind118nl/bin/python tests/docs/src/blind118/gen_nl_marktcommissie_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b118nl as B  # noqa: E402

NAME = "blind118_nl_marktcommissie"
F = B.tmp_fonts()
FR = B.tmp_fonts("B118NL Serif", B.SERIF_FILES)
SER = "B118NL Serif"
SANS = "B118NL Sans"
BLUE = "#24406b"

CSS = f"""<style>
@page {{ size: 21cm 29.7cm; margin: 2.2cm 2.3cm 2cm 2.3cm; }}
body {{ font-family: '{SER}'; font-size: 10pt; line-height: 140%; }}
p {{ margin-top: 0; margin-bottom: 0.18cm; }}
h1 {{ font-family: '{SANS}'; font-size: 16pt; color: {BLUE}; margin-bottom: 0.1cm; }}
h2 {{ font-family: '{SANS}'; font-size: 11pt; color: {BLUE}; margin-top: 0.35cm; margin-bottom: 0.12cm; }}
h3 {{ font-family: '{SANS}'; font-size: 10pt; margin-top: 0.2cm; margin-bottom: 0.08cm; }}
.small {{ font-family: '{SANS}'; font-size: 8.5pt; color: #444444; }}
.lbl {{ font-family: '{SANS}'; font-size: 9pt; font-weight: bold; color: {BLUE}; }}
td {{ font-family: '{SANS}'; font-size: 8.8pt; vertical-align: top; }}
</style>"""


def item(num, title, body):
    return f"<h2>{num}. {title}</h2>{body}"


ADVICE = f"""<!DOCTYPE html><html lang="nl-BE"><head><meta charset="utf-8"><title>Verslag marktcommissie</title>
{CSS}</head><body>
<p class="small">STAD MAERLEBEKE &#8211; MARKTCOMMISSIE</p>
<h1>Verslag van de vergadering van 9 september 2026</h1>
<p class="small">Advies over het ontwerp-marktreglement 2027 &#8211; kenmerk MC/2026/04 &#8211; Stadhuis, zaal
Lakenhalle, 19.30 uur</p>
<table width="100%" cellpadding="3" style="border-top: 1px solid {BLUE}; border-bottom: 1px solid {BLUE};">
<tr><td width="22%"><b>Aanwezig</b></td><td>Rita Van Acker (voorzitter, vertegenwoordiger ambulante handel), Dirk
Maes, Jelle Peeters, Fatma Yildiz, Luc Goossens (marktkramers), Sofie Wuyts (Unizo Maerlebeke), Bart Claes en Els
Mertens (bewoners centrum), Tom Verbeke (marktleider, adviserend)</td></tr>
<tr><td><b>Verontschuldigd</b></td><td>Guy Hermans (marktkramer)</td></tr>
<tr><td><b>Verslag</b></td><td>Karen De Smet, dienst Lokale Economie</td></tr></table>

{item(1, "Goedkeuring van het verslag van 10 juni 2026", "<p>Het verslag wordt zonder opmerkingen goedgekeurd.</p>")}

{item(2, "Ontwerp-marktreglement: abonnementen en afwezigheid", '''
<p><span class="lbl">Bespreking.</span> De dienst Lokale Economie licht het ontwerp toe. Het Decreet betreffende de
uitoefening en de organisatie van ambulante en kermisactiviteiten bepaalt dat de stad haar standplaatsen moet
toewijzen volgens objectieve criteria; het ontwerp doet dat. Het ontwerp kent abonnementen alleen per jaar toe. De
kramers wijzen erop dat vooral seizoensgebonden kramers (bloemen, aardbeien) daardoor het hele jaar betalen. Ook de
regel dat een standplaats na twee weken afwezigheid vrijkomt, vindt men te streng: wie ziek is of op vakantie gaat,
verliest zijn plaats.</p>
<p><span class="lbl">Besluit.</span> De marktcommissie adviseert unaniem om abonnementen per trimester mogelijk te
maken, naast het jaarabonnement. De commissie adviseert verder om een standplaats bij afwezigheid pas na vier
opeenvolgende weken vrij te geven in plaats van na twee.</p>''')}

{item(3, "Tijdelijke verplaatsing tijdens de heraanleg van de Grote Markt", '''
<p><span class="lbl">Bespreking.</span> De heraanleg van de Grote Markt start in maart 2027 en duurt ongeveer
achttien maanden. De stad stelt voor de markt in die periode naar de Kaaiweg te verplaatsen. De kramers vrezen dat
de Kaaiweg te ver van de winkelstraten ligt en minder volk trekt. De bewoners van het Stationsplein zijn niet
unaniem. In haar advies van 2022 over de zondagsmarkt schreef de commissie al: 'Een markt moet zichtbaar blijven in
het centrum.'</p>
<p><span class="lbl">Besluit.</span> De marktcommissie adviseert met zes stemmen tegen twee om de markt tijdens de
werken naar het Stationsplein te verplaatsen en niet naar de Kaaiweg.</p>''')}

{item(4, "Toezicht en marktleider", '''
<p><span class="lbl">Bespreking.</span> De marktleider geeft cijfers over het voorbije jaar: gemiddeld 64 kramers per
marktdag, 11 meldingen van parkeerconflicten tussen 7 en 8 uur, en 3 incidenten bij het opbouwen. Hij is op
marktdag alleen van 6.30 tot 13.30 uur.</p>
<p><span class="lbl">Besluit.</span> De commissie neemt kennis van de cijfers van de marktleider.</p>
<p>Over de bezetting is de commissie wel eensgezind. De commissie adviseert om op marktdagen tussen 6.30 en 9 uur een
tweede marktleider of een gemeenschapswacht in te zetten.</p>''')}

{item(5, "Afval en netheid", '''
<p><span class="lbl">Bespreking.</span> Na de markt blijft er veel karton en plastic achter. De stad ruimt dat nu
op, wat per jaar ongeveer 18.000 euro kost. De bewoners vragen strengere regels; de kramers zijn bereid hun deel te
doen, op voorwaarde dat iedereen dezelfde regels volgt.</p>
<p><span class="lbl">Besluit.</span> De marktcommissie adviseert om in het reglement op te nemen dat elke kramer
zijn eigen afval gesorteerd meeneemt.</p>''')}

{item(6, "Retributies", '''
<p><span class="lbl">Bespreking.</span> Het ontwerp rekent voor elektriciteit een forfait van 4 euro per marktdag,
ongeacht het verbruik. Een kramer met alleen een weegschaal betaalt zo evenveel als een kramer met een
kippengrill. De retributie per lopende meter stijgt volgens het ontwerp in 2027 met de index (2,1 procent).</p>
<p><span class="lbl">Besluit.</span> De commissie adviseert om de retributie voor elektriciteit te berekenen per
verbruikte kWh en niet langer forfaitair. Daarnaast adviseert de marktcommissie om de retributies in 2027 niet te
indexeren, gezien de omzetverliezen door de werken.</p>''')}

{item(7, "Varia", '''
<p>Enkele kramers stellen vragen die buiten het reglement vallen:</p>
<ol><li>Komt er opnieuw een kerstmarkt op de Grote Markt in december 2026?</li>
<li>Mogen kramers hun bestelwagen tijdens de markt achter hun kraam laten staan?</li>
<li>Wie is het aanspreekpunt bij de stad tijdens de werken?</li></ol>
<p>De dienst Lokale Economie bezorgt de antwoorden schriftelijk. De volgende vergadering is op 2 december 2026.</p>
''')}
<p style="margin-top: 0.5cm;">Voor de marktcommissie,</p>
<p>Rita Van Acker, voorzitter &#8211; Karen De Smet, verslaggever</p>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl-BE"><head><meta charset="utf-8"><title>Besluit gemeenteraad</title>
{CSS}</head><body>
<p class="small">STAD MAERLEBEKE &#8211; UITTREKSEL UIT HET BESLUITENREGISTER VAN DE GEMEENTERAAD</p>
<h1>Zitting van 26 oktober 2026 &#8211; punt 9</h1>
<p><b>Lokale Economie. Marktreglement 2027. Vaststelling.</b></p>
<table width="100%" cellpadding="3" style="border-top: 1px solid {BLUE}; border-bottom: 1px solid {BLUE};">
<tr><td width="22%"><b>Aanwezig</b></td><td>Marc Delanghe, voorzitter; Wim Coppens, burgemeester; de schepenen en
raadsleden volgens de aanwezigheidslijst; Ine Dhondt, algemeen directeur</td></tr></table>

<h2>Juridische grond</h2>
<p>Het Decreet over het lokaal bestuur van 22 december 2017, artikel 40 en artikel 41. Het decreet van 4 juli 2014
betreffende de uitoefening en de organisatie van ambulante en kermisactiviteiten en het uitvoeringsbesluit.</p>

<h2>Voorgeschiedenis</h2>
<p>2 juni 2026: het college keurt het ontwerp-marktreglement 2027 goed voor advies.<br>
9 september 2026: advies van de marktcommissie (verslag MC/2026/04).<br>
12 oktober 2026: het college keurt het aangepaste ontwerp goed en legt het voor aan de gemeenteraad.</p>

<h2>Argumentatie</h2>
<p>Het huidige marktreglement dateert van 2009 en is op veel punten verouderd. Het nieuwe reglement houdt rekening
met de heraanleg van de Grote Markt en met het advies van de marktcommissie. Hieronder staat per onderwerp hoe het
college met dat advies is omgegaan.</p>
<h3>Locatie tijdens de werken</h3>
<p>De marktcommissie pleit voor het Stationsplein. Het college heeft dat voorstel grondig onderzocht, samen met de
brandweer en de dienst Mobiliteit. Het Stationsplein biedt plaats aan hoogstens 40 kramers en de bussen van De Lijn
moeten er vrij kunnen doorrijden. Het college houdt daarom vast aan de Kaaiweg. Om de bezoekers naar de Kaaiweg te
leiden, komt er bewegwijzering vanuit de Nieuwstraat.</p>
<h3>Abonnementen en afwezigheid</h3>
<p>Naast het jaarabonnement komt er een trimesterabonnement, zoals de commissie vraagt; het geldt vanaf 1 januari
2027 (artikel 14). Voor de afwezigheid zoekt het college een middenweg: een vaste standplaats komt vrij na drie
opeenvolgende weken afwezigheid zonder melding. Wie een doktersattest voorlegt, behoudt zijn plaats ook langer.</p>
<h3>Netheid</h3>
<p>Het reglement bepaalt voortaan dat elke kramer zijn afval gesorteerd meeneemt (artikel 27). Wie dat niet doet,
krijgt eerst een verwittiging en bij herhaling een retributie voor opruiming.</p>
<h3>Tarieven</h3>
<p>Gezien de werken worden de retributies per lopende meter in 2027 bevroren op het peil van 2026; de indexering
wordt pas vanaf 2028 opnieuw toegepast.</p>
<h3>Toezicht</h3>
<p>De vraag om op marktdagen een tweede persoon in te zetten tijdens de opbouw, neemt het college mee in de
personeelsplanning voor 2027. Of dat een marktleider of een gemeenschapswacht wordt, is nog niet beslist.</p>

<h2>Financiële gevolgen</h2>
<p>Het bevriezen van de retributies kost de stad in 2027 naar schatting 7.400 euro aan ontvangsten. Dat bedrag is
voorzien in de aanpassing van het meerjarenplan (actie 3.2.1).</p>

<h2>Besluit</h2>
<p><b>Artikel 1.</b> De gemeenteraad stelt het marktreglement 2027 vast zoals in bijlage.<br>
<b>Artikel 2.</b> Het marktreglement van 19 januari 2009 wordt opgeheven op 1 januari 2027.<br>
<b>Artikel 3.</b> Dit besluit wordt bekendgemaakt op de webtoepassing van de stad.</p>
<p class="small" style="margin-top: 0.4cm;">Namens de gemeenteraad: Ine Dhondt, algemeen directeur &#8211; Marc
Delanghe, voorzitter van de gemeenteraad. Voor eensluidend uittreksel, 28 oktober 2026.</p>
</body></html>"""


def expected():
    recs = [
        (1, "De marktcommissie adviseert unaniem om abonnementen per trimester mogelijk te maken",
         "Naast het jaarabonnement komt er een trimesterabonnement", "agrees"),
        (2, "De commissie adviseert verder om een standplaats bij afwezigheid",
         "Voor de afwezigheid zoekt het college een middenweg", "partly"),
        (3, "De marktcommissie adviseert met zes stemmen tegen twee om de markt",
         "Het college houdt daarom vast aan de Kaaiweg", "disagrees"),
        (4, "De commissie adviseert om op marktdagen tussen 6.30 en 9 uur",
         "neemt het college mee in de personeelsplanning voor 2027", "noted"),
        (5, "De marktcommissie adviseert om in het reglement op te nemen",
         "Het reglement bepaalt voortaan dat elke kramer", "agrees"),
        (6, "De commissie adviseert om de retributie voor elektriciteit te berekenen", None, "unanswered"),
        (7, "Daarnaast adviseert de marktcommissie om de retributies in 2027 niet",
         "in 2027 bevroren op het peil van 2026", "agrees"),
    ]
    unmatched = ["Het huidige marktreglement dateert van 2009 en is",
                 "het college keurt het ontwerp-marktreglement 2027 goed voor advies",
                 "Het bevriezen van de retributies kost de stad in 2027",
                 "Het marktreglement van 19 januari 2009 wordt opgeheven"]
    notes = ("Advice: a Flemish city's marktcommissie gives its advice IN THE MINUTES of its meeting (LibreOffice "
             "from HTML, 2-3 p.): a presence table, agenda items numbered 1.-7. (no recommendation numbers), each "
             "with a run-in 'Bespreking.' and 'Besluit.' paragraph; the recommendations are the sentences "
             "'De marktcommissie adviseert (unaniem / met zes stemmen tegen twee) om ...', 'De commissie adviseert "
             "(verder) om ...', 'Daarnaast adviseert de marktcommissie om ...': two under item 2, one under 3, one "
             "under 4 (after a 'Besluit.' that only takes note of figures, trap), one under 5, two under 6. Traps: "
             "item 1 (approval of minutes) and item 7 Varia with traders' questions as a numbered list 1.-3., the "
             "ambulante-handel decree paraphrased with 'moet', the 2022 advice quoted with 'moet'. Response: the "
             "GEMEENTERAADSBESLUIT adopting the reglement (uittreksel, 2 p.): Juridische grond, Voorgeschiedenis "
             "(dated lines) answer nothing; 'Argumentatie' with sub-headings by theme, order 3, 1+2 (one paragraph), "
             "5, 7, 4: 3 disagrees ('houdt daarom vast aan de Kaaiweg'); 1 agrees (trimester subscription from 1 "
             "January 2027); 2 partly (three weeks instead of four); 5 agrees (article 27); 7 agrees (fees frozen in "
             "2027); 4 noted (taken into the 2027 staff planning, not decided); 6 (electricity per kWh) "
             "unanswered. 'Financiële gevolgen' (figures, 'actie 3.2.1') and the Besluit's articles 1-3 answer "
             "nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.soffice_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Marktcommissie Maerlebeke - verslag 9 september 2026 - MC/2026/04",
            "blz. {n} van {m}", F["Regular"])
    B.soffice_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Stad Maerlebeke - gemeenteraad 26 oktober 2026 - punt 9 - Marktreglement 2027",
            "blz. {n} van {m}", F["Regular"])
    expected()
