"""Round 72 (nl): a SIGNALEMENT of the JEUGDAUTORITEIT (the Dutch youth-care market authority, which signals risks
to the continuity of youth care) on secure youth care, answered in the VERSLAG VAN EEN COMMISSIEDEBAT of the Tweede
Kamer (the edited verbatim report of a committee debate in which the state secretary answers members' questions).

Advice: 'Signalement Gesloten jeugdhulp onder druk' JA/S/2026-02 (invented), 2 p.: a title block, a shaded
'Samenvatting' with 'Wat adviseren wij?' as three short bullets (paraphrases), '1 Aanleiding' (the Jeugdwet's 'moet
... zorgen'), '2 Wat wij zien' with Tabel 1 and findings ('zouden ... moeten melden'), '3 Risico's' as a numbered
list 1.-4., the 2024 signalement quoted ('Zorg voor landelijke afspraken ...'), '4 Onze adviezen': bold sentences
beside blue circled numbers 1-7 under four addressee sub-headings (numbers are those), each with a plain
explanation; '5 Tot slot'.
Response: Kamerstuk 31 839, nr. 1214, 3 p. (the third holds only the closing lines): the committee's heading and the
list of attendees (nothing), the chair's opening (nothing), three members' first-round speeches (questions that
paraphrase the advice: no replies, and other business: foster parents' travel costs, paperwork), the state
secretary's answers: 3 agrees; ONE answer on the fund and purchasing = 1 disagrees + 2 partly (national purchasing
from 2030, not 2028), an interruption; 5 agrees (AMvB reële prijs); 4 noted (for the regions, to be discussed with
the VNG); 7 agrees (already done); foster parents and paperwork (nothing); the chair's list of toezeggingen
(nothing); 6 (regional staff pool) unanswered.
Engine: headless Chromium --print-to-pdf (ligature-free DejaVu copies via @font-face, @page margin boxes).

Run: /tmp/blind72nl/bin/python tests/docs/src/blind72/gen_nl_commissiedebat_chromium.py   (needs chromium)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b72nl as B  # noqa: E402

NAME = "blind72_nl_commissiedebat"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B72NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def fonts(fam, paths):
    css = ""
    for stl, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                        "Bold Italic": ("bold", "italic")}.items():
        css += (f"@font-face {{ font-family: {fam}; src: url(file://{paths[stl]}); font-weight: {w}; "
                f"font-style: {s}; }}\n")
    return css


BASE = fonts("S72", SANS) + fonts("R72", SERIF) + """
html { font-variant-ligatures: none; }
p { margin: 0 0 2.4mm 0; }
table { border-collapse: collapse; }
"""

ACSS = BASE + """
@page { size: A4; margin: 20mm 21mm 19mm 21mm;
  @top-right { content: "Jeugdautoriteit  |  Signalement JA/S/2026-02"; font-family: S72; font-size: 7.2pt;
    color: #666; }
  @bottom-right { content: "Pagina " counter(page) " van " counter(pages); font-family: S72; font-size: 7.2pt;
    color: #666; } }
@page:first { @top-right { content: none; } }
body { font-family: S72; font-size: 9pt; line-height: 1.45; color: #1c1c1c; }
.title { background: #0e4d78; color: white; padding: 6mm 7mm 6mm 7mm; margin-bottom: 5mm; }
.title .k { font-size: 8pt; letter-spacing: 1pt; }
.title .t { font-size: 20pt; font-weight: bold; margin: 2mm 0 1mm 0; }
.title .s { font-size: 9pt; }
.sum { background: #e6f0f7; padding: 3mm 5mm; margin-bottom: 4mm; }
.sum h4 { margin: 1mm 0 1mm 0; font-size: 9pt; color: #0e4d78; }
.sum ul { margin: 0 0 1mm 0; padding-left: 5mm; }
h2 { font-size: 11.5pt; color: #0e4d78; margin: 5mm 0 2mm 0; break-after: avoid; }
h3 { font-size: 9.4pt; margin: 3.5mm 0 1.5mm 0; color: #333; font-style: italic; break-after: avoid; }
ol.r { margin: 0 0 2.4mm 0; padding-left: 7mm; }
.q { margin: 0 10mm 2.4mm 10mm; font-style: italic; color: #444; }
.adv { display: flex; margin-bottom: 2.6mm; break-inside: avoid; }
.adv .n { flex: 0 0 7mm; height: 7mm; border-radius: 50%; background: #0e4d78; color: white; font-weight: bold;
  text-align: center; line-height: 7mm; margin-right: 4mm; font-size: 9pt; }
.adv .x { flex: 1; }
.adv .x p { margin: 0 0 0.8mm 0; }
.adv .b { font-weight: bold; }
table.t { width: 100%; font-size: 8pt; margin: 1mm 0 1mm 0; }
table.t td, table.t th { border: 0.5pt solid #9ab; padding: 1mm 1.6mm; text-align: left; vertical-align: top; }
table.t th { background: #e6f0f7; }
.cap { font-size: 7.5pt; color: #555; font-style: italic; margin-bottom: 3mm; }
"""

RCSS = BASE + """
@page { size: A4; margin: 22mm 24mm 20mm 24mm;
  @top-left { content: "Tweede Kamer, vergaderjaar 2025–2026, 31 839, nr. 1214"; font-family: R72; font-size: 7.6pt;
    color: #333; }
  @top-right { content: counter(page); font-family: R72; font-size: 7.6pt; color: #333; } }
@page:first { @top-left { content: none; } @top-right { content: none; }
  @bottom-left { content: "kst-31839-1214  ISSN 0921 - 7371  's-Gravenhage 2026"; font-family: S72;
    font-size: 6.6pt; color: #555; } }
body { font-family: R72; font-size: 9.2pt; line-height: 1.5; color: #111; }
.kop { border-bottom: 0.8pt solid #000; padding-bottom: 2mm; margin-bottom: 4mm; }
.kop .a { font-size: 13pt; font-weight: bold; }
.kop .b { font-size: 8pt; }
.nr { display: flex; margin-bottom: 1mm; }
.nr .l { flex: 0 0 24mm; font-weight: bold; }
.big { font-weight: bold; letter-spacing: 0.4pt; }
p { text-align: justify; }
.sp { font-weight: bold; }
.dash { margin-left: 6mm; text-indent: -4mm; }
.i { font-style: italic; }
"""


def adv(n, b, x):
    return (f"<div class='adv'><div class='n'>{n}</div><div class='x'><p class='b'>{b}</p><p>{x}</p></div>"
            "</div>")


def advice():
    h = ["<div class='title'><div class='k'>JEUGDAUTORITEIT</div><div class='t'>Gesloten jeugdhulp onder druk"
         "</div><div class='s'>Signalement aan de staatssecretaris van Volksgezondheid, Welzijn en Sport, de "
         "jeugdhulpregio's en de aanbieders  |  12 februari 2026  |  JA/S/2026-02</div></div>"]
    h.append("<div class='sum'><h4>Wat zien wij?</h4><p>Het aantal plekken in de gesloten jeugdhulp is in twee jaar "
             "met 14 procent gedaald. Drie aanbieders staan er financieel zo slecht voor dat de zorg voor jongeren "
             "op korte termijn in gevaar kan komen.</p><h4>Wat adviseren wij?</h4><ul>"
             "<li>een financieel vangnet en landelijke inkoop;</li>"
             "<li>beter zicht op capaciteit en langere contracten;</li>"
             "<li>tarieven die de werkelijke kosten dekken.</li></ul></div>")
    h.append("<h2>1 Aanleiding</h2>")
    h.append("<p>De Jeugdautoriteit volgt de continuïteit van de jeugdhulp en waarschuwt wanneer die in gevaar komt. "
             "Op grond van de Jeugdwet moeten gemeenten zorgen voor een toereikend aanbod van jeugdhulp, ook voor "
             "jongeren die in een gesloten setting moeten worden opgenomen. Die zorg wordt door slechts elf "
             "aanbieders geleverd. Sinds de zomer van 2025 ontvangen wij van hen en van de regio's steeds meer "
             "signalen over wachttijden, personeelstekorten en verliezen. Dit signalement bundelt wat wij zagen en "
             "wat volgens ons nodig is.</p>")
    h.append("<h2>2 Wat wij zien</h2>")
    h.append("<table class='t'><tr><th>Landsdeel</th><th>Plekken 2023</th><th>Plekken 2025</th><th>Wachttijd "
             "(mediaan)</th><th>Aanbieders met verlies</th></tr>"
             "<tr><td>Noord</td><td>212</td><td>171</td><td>6 weken</td><td>1 van 2</td></tr>"
             "<tr><td>Oost</td><td>268</td><td>240</td><td>4 weken</td><td>0 van 3</td></tr>"
             "<tr><td>Zuid</td><td>251</td><td>219</td><td>7 weken</td><td>1 van 3</td></tr>"
             "<tr><td>West</td><td>319</td><td>273</td><td>9 weken</td><td>1 van 3</td></tr>"
             "<tr><td>Totaal</td><td>1.050</td><td>903</td><td>7 weken</td><td>3 van 11</td></tr></table>"
             "<p class='cap'>Tabel 1 - Capaciteit en wachttijden in de gesloten jeugdhulp (bron: uitvraag "
             "Jeugdautoriteit bij aanbieders, peildatum 1 december 2025).</p>")
    h.append("<p>De daling van het aantal plekken is voor een deel bewust: het kabinet en de gemeenten willen "
             "minder jongeren gesloten plaatsen. Maar de afbouw verloopt ongecoördineerd. Aanbieders sluiten "
             "groepen omdat zij geen personeel vinden of omdat de bezetting te laag is om rendabel te zijn. Wij "
             "zien ook dat aanbieders pas melden dat zij in de problemen zitten wanneer het bijna te laat is. "
             "Aanbieders zouden hun financiële problemen eerder moeten melden, zodat regio's tijd hebben om in te "
             "grijpen.</p>")
    h.append("<p>In ons signalement van 2024 adviseerden wij al:</p>"
             "<p class='q'>'Zorg voor landelijke afspraken over de gesloten jeugdhulp, zodat niet elf aanbieders "
             "met 42 regio's hoeven te onderhandelen.'</p>"
             "<p>Die afspraken zijn er nog niet gekomen.</p>")
    h.append("<h2>3 Risico's</h2>")
    h.append("<p>Wij zien de volgende risico's voor de komende twee jaar:</p><ol class='r'>"
             "<li>een jongere die gesloten moet worden geplaatst, kan niet tijdig terecht;</li>"
             "<li>een aanbieder valt om en de jongeren moeten halsoverkop worden overgeplaatst;</li>"
             "<li>kennis en ervaren personeel gaan verloren;</li>"
             "<li>jongeren worden ver van huis geplaatst, waardoor het contact met ouders en school lijdt.</li></ol>")
    h.append("<h2>4 Onze adviezen</h2>")
    h.append("<h3>Aan de staatssecretaris van VWS</h3>")
    h.append(adv(1, "Richt een landelijk continuïteitsfonds op waaruit aanbieders van gesloten jeugdhulp bij acute "
                    "financiële problemen tijdelijk kunnen worden ondersteund.",
                 "Zo'n fonds voorkomt dat jongeren halsoverkop moeten verhuizen wanneer een aanbieder omvalt."))
    h.append(adv(2, "Maak vanaf 2028 de landelijke inkoop van gesloten jeugdhulp via één bovenregionaal contract "
                    "verplicht.",
                 "De huidige inkoop door 42 regio's leidt tot versnippering en hoge transactiekosten."))
    h.append(adv(3, "Verplicht aanbieders om elk kwartaal hun beschikbare capaciteit en wachttijden te melden bij "
                    "de Jeugdautoriteit.",
                 "Nu moeten wij die gegevens telkens opnieuw opvragen."))
    h.append("<h3>Aan de jeugdhulpregio's</h3>")
    h.append(adv(4, "Sluit met aanbieders van gesloten jeugdhulp contracten af met een looptijd van ten minste vijf "
                    "jaar.",
                 "Korte contracten maken het voor aanbieders onmogelijk om te investeren in personeel en gebouwen."))
    h.append(adv(5, "Betaal tarieven die ook de kosten van leegstand en beschikbaarheid dekken.",
                 "Gesloten jeugdhulp is een functie die beschikbaar moet blijven, ook als er tijdelijk minder "
                 "jongeren zijn."))
    h.append("<h3>Aan de aanbieders</h3>")
    h.append(adv(6, "Vorm per landsdeel een gezamenlijke personeelspool, zodat uitval van medewerkers tijdig kan "
                    "worden opgevangen.",
                 "Geen enkele aanbieder kan dit probleem alleen oplossen."))
    h.append("<h3>Aan de staatssecretaris en de regio's samen</h3>")
    h.append(adv(7, "Betrek jongeren met ervaring in de gesloten jeugdhulp bij het herontwerp van het zorglandschap.",
                 "Zij weten als geen ander wat een plaatsing betekent."))
    h.append("<h2>5 Tot slot</h2>")
    h.append("<p>De Jeugdautoriteit blijft de situatie volgen. Wij verwachten dat de staatssecretaris en de regio's "
             "binnen drie maanden laten weten wat zij met dit signalement doen, en wij zullen in ons jaarbericht "
             "2026 rapporteren over de opvolging.</p>")
    html = ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + ACSS + "</style></head><body>" + "".join(h)
            + "</body></html>")
    B.chromium_pdf(html, NAME + "_advice.pdf")


def sp(who, t):
    return f"<p><span class='sp'>{who}:</span><br>{t}</p>"


def response():
    h = ["<div class='kop'><div class='a'>Tweede Kamer der Staten-Generaal</div><div class='b'>Vergaderjaar "
         "2025–2026</div></div>"]
    h.append("<div class='nr'><div class='l'>31 839</div><div>Jeugdbeleid</div></div>")
    h.append("<div class='nr'><div class='l'>Nr. 1214</div><div class='big'>VERSLAG VAN EEN COMMISSIEDEBAT</div></div>")
    h.append("<div class='nr'><div class='l'></div><div>Vastgesteld 2 april 2026</div></div><p></p>")
    h.append("<p>De vaste commissie voor Volksgezondheid, Welzijn en Sport heeft op 11 maart 2026 overleg gevoerd "
             "met mevrouw Oudeman, staatssecretaris van Volksgezondheid, Welzijn en Sport, over:</p>")
    h.append("<p class='dash'>– de brief van de staatssecretaris van Volksgezondheid, Welzijn en Sport d.d. 20 "
             "februari 2026 inzake het signalement 'Gesloten jeugdhulp onder druk' van de Jeugdautoriteit "
             "(Kamerstuk 31 839, nr. 1208);</p>")
    h.append("<p class='dash'>– de brief van de staatssecretaris van Volksgezondheid, Welzijn en Sport d.d. 2 "
             "maart 2026 inzake de voortgang van de Hervormingsagenda Jeugd (Kamerstuk 31 839, nr. 1211).</p>")
    h.append("<p>Van dit overleg brengt de commissie bijgaand geredigeerd woordelijk verslag uit.</p>")
    h.append("<p>De voorzitter van de commissie,<br>Dekkers</p><p>De griffier van de commissie,<br>Mahabier</p>")
    h.append("<p><b>Voorzitter: Dekkers</b><br><b>Griffier: Verhagen</b></p>")
    h.append("<p>Aanwezig zijn vier leden der Kamer, te weten: Bakker-Noordam, Dekkers, El Amrani en Hoekstra,</p>"
             "<p>en mevrouw Oudeman, staatssecretaris van Volksgezondheid, Welzijn en Sport.</p>")
    h.append("<p>Aanvang 10.02 uur.</p>")
    h.append(sp("De voorzitter", "Goedemorgen. Ik open dit commissiedebat over het jeugdbeleid en heet de "
                                 "staatssecretaris en haar ondersteuning van harte welkom. We hebben tot 12.30 uur. "
                                 "Ik stel een spreektijd voor van vier minuten per fractie en twee interrupties in "
                                 "de eerste termijn."))
    h.append(sp("Mevrouw Bakker-Noordam (Partij voor Zorg en Gezin)", "Dank u wel, voorzitter. De Jeugdautoriteit "
                "trekt aan de bel: drie aanbieders van gesloten jeugdhulp kunnen zomaar omvallen. Wat doen we dan "
                "met die jongeren? De Jeugdautoriteit vraagt om een landelijk vangnet en om landelijke inkoop "
                "vanaf 2028. Ik lees in de brief vooral dat de staatssecretaris 'in gesprek' is. Wil zij vandaag "
                "duidelijk maken wat zij met die twee adviezen doet? Dan een heel ander punt. Pleegouders krijgen "
                "de reiskosten voor bezoek aan school niet vergoed. Is de staatssecretaris bereid dat te regelen?"))
    h.append(sp("De heer El Amrani (Sociaal Front)", "Voorzitter. Ik heb drie vragen. Regio's betalen tarieven "
                "waar geen aanbieder van kan rondkomen; wat doet de staatssecretaris daaraan? Waarom moet een "
                "toezichthouder steeds zelf achter de cijfers aan? En worden de jongeren zelf betrokken bij de "
                "plannen? Ik heb gesproken met een meisje dat drie keer in één jaar is overgeplaatst. Dat mag niet "
                "meer gebeuren."))
    h.append(sp("De heer Hoekstra (Nieuw Midden)", "Voorzitter, kort. Professionals in de jeugdzorg besteden een "
                "derde van hun tijd aan administratie. De Hervormingsagenda belooft daar iets aan te doen, maar ik "
                "zie het nog niet. Wanneer merken de medewerkers er iets van?"))
    h.append(sp("De voorzitter", "Dank u wel. De staatssecretaris heeft gevraagd om tien minuten. Ik schors de "
                                 "vergadering."))
    h.append("<p class='i'>De vergadering wordt van 10.24 uur tot 10.35 uur geschorst.</p>")
    h.append(sp("Staatssecretaris Oudeman", "Dank u wel, voorzitter. Ik begin met de gesloten jeugdhulp en daarna "
                "ga ik in op de overige vragen. Laat ik vooropstellen dat ik het signalement zeer serieus neem. De "
                "heer El Amrani vroeg waarom de Jeugdautoriteit zelf achter de cijfers aan moet. Dat hoeft straks "
                "niet meer. Ik neem het advies over: per 1 juli 2026 melden alle aanbieders elk kwartaal hun "
                "capaciteit en wachttijden. De ministeriële regeling daarvoor ligt al klaar."))
    h.append("<p>Dan het vangnet en de inkoop, waar mevrouw Bakker-Noordam naar vroeg. Een apart landelijk fonds "
             "voor aanbieders in nood ga ik niet oprichten. Gemeenten zijn verantwoordelijk voor de continuïteit, "
             "en een fonds zou het signaal geven dat het Rijk financiële tekorten altijd opvangt. Over de inkoop "
             "ben ik het wel met de Jeugdautoriteit eens: die moet landelijk. Alleen is 2028 niet haalbaar. We "
             "hebben met de VNG afgesproken dat de landelijke inkoop ingaat op 1 januari 2030, als de lopende "
             "contracten aflopen.</p>")
    h.append(sp("Mevrouw Bakker-Noordam (Partij voor Zorg en Gezin)", "Maar als een aanbieder volgend jaar omvalt, "
                "hebben we niets aan een contract in 2030. Wat is dan het plan?"))
    h.append(sp("Staatssecretaris Oudeman", "Dan treedt het draaiboek continuïteit in werking dat de regio's sinds "
                "vorig jaar hebben. Daarin staat precies wie welke jongere overneemt. Ik heb geen signalen dat dit "
                "draaiboek tekortschiet."))
    h.append("<p>De heer El Amrani sprak over de tarieven. Ik ben het met de Jeugdautoriteit eens dat een tarief "
             "ook de kosten van beschikbaarheid moet dekken. In de AMvB reële prijs Jeugdwet, die ik voor de zomer "
             "aanpas, komt daarom te staan dat gemeenten voor gesloten jeugdhulp ook de kosten van leegstand "
             "vergoeden.</p>")
    h.append("<p>De Jeugdautoriteit vraagt de regio's ook om contracten van ten minste vijf jaar. Dat is aan de "
             "regio's zelf. Ik zal dit advies wel agenderen in het bestuurlijk overleg met de VNG in april.</p>")
    h.append("<p>Worden jongeren betrokken? Ja. De Jongerenraad Jeugdzorg zit sinds januari aan tafel bij het "
             "herontwerp van de gesloten jeugdhulp, en dat blijft zo. Het verhaal van het meisje dat de heer El "
             "Amrani noemt, heb ik vorige maand van die jongeren zelf ook gehoord.</p>")
    h.append("<p>Mevrouw Bakker-Noordam vroeg naar de reiskosten van pleegouders. Ik onderzoek met de "
             "pleegzorgaanbieders of die kosten onder de pleegvergoeding kunnen vallen; ik kom daar voor de "
             "zomer op terug. De heer Hoekstra vroeg naar de administratieve lasten. Het schrappen van regels "
             "gaat langzamer dan ik zou willen. In de voortgangsbrief van september zal ik per maatregel laten "
             "zien wat er is bereikt.</p>")
    h.append(sp("De voorzitter", "Dank u wel. Ik zie geen behoefte aan een tweede termijn. Ik heb de volgende "
                                 "toezeggingen genoteerd."))
    h.append("<p class='dash'>– De staatssecretaris informeert de Kamer voor de zomer over de vergoeding van "
             "reiskosten voor pleegouders.</p>")
    h.append("<p class='dash'>– De staatssecretaris stuurt de Kamer in september een voortgangsbrief over de "
             "Hervormingsagenda Jeugd, met per maatregel de bereikte resultaten.</p>")
    h.append(sp("De voorzitter", "Ik dank de staatssecretaris, de leden en de mensen die het debat hebben gevolgd. "
                                 "Ik sluit de vergadering."))
    h.append("<p>Sluiting 11.21 uur.</p>")
    html = ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + RCSS + "</style></head><body>" + "".join(h)
            + "</body></html>")
    B.chromium_pdf(html, NAME + "_response.pdf")


def expected():
    B.write_expected(NAME, [
        ("1", "Richt een landelijk continuïteitsfonds op waaruit aanbieders van gesloten jeugdhulp",
         "Een apart landelijk fonds voor aanbieders in nood ga ik niet oprichten", "disagrees"),
        ("2", "Maak vanaf 2028 de landelijke inkoop van gesloten jeugdhulp via",
         "Alleen is 2028 niet haalbaar", "partly"),
        ("3", "Verplicht aanbieders om elk kwartaal hun beschikbare capaciteit en wachttijden",
         "per 1 juli 2026 melden alle aanbieders elk kwartaal", "agrees"),
        ("4", "Sluit met aanbieders van gesloten jeugdhulp contracten af met een",
         "Ik zal dit advies wel agenderen in het bestuurlijk overleg", "noted"),
        ("5", "Betaal tarieven die ook de kosten van leegstand en beschikbaarheid",
         "gemeenten voor gesloten jeugdhulp ook de kosten van leegstand vergoeden", "agrees"),
        ("6", "Vorm per landsdeel een gezamenlijke personeelspool, zodat uitval van medewerkers", None,
         "unanswered"),
        ("7", "Betrek jongeren met ervaring in de gesloten jeugdhulp bij het",
         "De Jongerenraad Jeugdzorg zit sinds januari aan tafel", "agrees"),
    ], [
        "Ik stel een spreektijd voor van vier minuten per fractie",
        "Pleegouders krijgen de reiskosten voor bezoek aan school niet vergoed",
        "De Hervormingsagenda belooft daar iets aan te doen",
        "Ik onderzoek met de pleegzorgaanbieders of die kosten onder de pleegvergoeding",
        "Het schrappen van regels gaat langzamer dan ik zou willen",
        "Ik heb de volgende toezeggingen genoteerd",
    ], "SIGNALEMENT of the JEUGDAUTORITEIT on secure youth care, answered in the Tweede Kamer's VERSLAG VAN EEN "
       "COMMISSIEDEBAT (edited verbatim report) in which the state secretary of VWS answers members' questions. "
       "The Jeugdautoriteit, the Jeugdwet, the AMvB reële prijs Jeugdwet, the Hervormingsagenda Jeugd, the VNG "
       "and the Kamerstuk series 31 839 (Jeugdbeleid) are real; the signalement JA/S/2026-02, its figures and "
       "its 2024 predecessor, the Kamerstuk numbers 1208/1211/1214, the state secretary, the members, their "
       "parties, the Jongerenraad Jeugdzorg and the draaiboek are invented. The seven recommendations are the "
       "bold sentences beside circled numbers 1-7 in '4 Onze adviezen' (under the addressee sub-headings 'Aan "
       "de staatssecretaris van VWS' 1-3, 'Aan de jeugdhulpregio's' 4-5, 'Aan de aanbieders' 6, 'Aan de "
       "staatssecretaris en de regio's samen' 7), each followed by a plain explanation. Not recommendations: "
       "the 'Wat adviseren wij?' bullets in the Samenvatting (short paraphrases), the Jeugdwet's 'moeten "
       "zorgen', Tabel 1, 'Aanbieders zouden ... eerder moeten melden', the 2024 advice quoted ('Zorg voor "
       "landelijke afspraken ...'), the risks 1.-4., '5 Tot slot'. Response: heading, attendees and the chair's "
       "opening (nothing); members' speeches paraphrase recommendations as QUESTIONS (not replies) and raise "
       "other business; the state secretary: 3 agrees ('Ik neem het advies over'); ONE paragraph = 1 disagrees "
       "(no national fund) + 2 partly (national purchasing, but from 2030 instead of 2028), then an interruption "
       "and her answer (the draaiboek continuïteit, part of the same reply); 5 agrees (AMvB reële prijs covers "
       "vacancy costs); 4 noted ('Dat is aan de regio's zelf', put on the agenda with the VNG); 7 agrees "
       "(already done); foster parents' travel costs and paperwork (nothing); the chair's toezeggingen on those "
       "two subjects (nothing); 6 (staff pool, addressed to the providers) UNANSWERED.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    sys.exit(B.main([NAME]))
