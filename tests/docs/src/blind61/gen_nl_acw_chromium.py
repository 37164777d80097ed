"""Round 61 (nl): an ADVIES of the ADVIESCOMMISSIE WATER (AcW) on sharing fresh water in drought, answered by the
minister of Infrastructuur en Waterstaat's KAMERBRIEF whose core is a BELEIDSREACTIE TABLE per coded recommendation
with an explicit 'Oordeel' column.

Advice: commission title page block, 'Samenvatting' (prose paraphrase: 'De commissie pleit ... en beveelt onder meer
aan ...'), 1 Aanleiding (the minister's request; the questions as prose), 2 Kader (legal duties: 'moet ... worden
toegepast', 'moeten ... opnemen'), Tabel 1 of water shortages per region, 3 Analyse (farmers' view 'zou ... moeten
voorzien'; the AcW's 2020 advice quoted as an imperative 'Leg de regie bij droogte bij een bestuurslaag'; findings
with 'moet'), 4 Aanbevelingen: CODED recommendations under addressee sub-heads 'Aan de minister' A1-A3, 'Aan de
waterschappen' B1-B2, 'Aan de provincies' C1-C2, each a bold code in a hanging column and an imperative sentence
(numbers A1..C2), 5 Tot slot (the commission's own follow-up).
Response: Kamerbrief (Datum/Betreft/Ons kenmerk), introduction, 'Het advies in het kort' (paraphrase, answers
nothing), 'Beleidsreactie per aanbeveling': a table Nr. / Aanbeveling (kort) / Reactie / Oordeel in the order A2,
B1+B2 (one row, 'B1: overgenomen; B2: kennisgenomen'), C2, A1, A3, and a last row 'Overig' (answers nothing);
then 'Droogte 2026' (other business) and the closing. C1 (no new deep groundwater permits) unanswered.
Engine: headless Chromium --print-to-pdf (ligature-free DejaVu copies via @font-face, CSS @page margin boxes).

Run: /tmp/blind61nl/bin/python tests/docs/src/blind61/gen_nl_acw_chromium.py   (needs chromium)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b61nl as B  # noqa: E402

NAME = "blind61_nl_acw"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B61NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def fonts(fam, paths):
    css = ""
    for stl, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                        "Bold Italic": ("bold", "italic")}.items():
        css += (f"@font-face {{ font-family: {fam}; src: url(file://{paths[stl]}); font-weight: {w}; "
                f"font-style: {s}; }}\n")
    return css


BASE = fonts("S61", SANS) + fonts("R61", SERIF) + """
html { font-variant-ligatures: none; }
p { margin: 0 0 2.4mm 0; }
table { border-collapse: collapse; }
"""

ADV_CSS = BASE + """
@page { size: A4; margin: 22mm 22mm 22mm 30mm;
  @bottom-left { content: "Adviescommissie Water  |  Zuinig met zoet  |  AcW-2026-02"; font-family: S61;
                 font-size: 7pt; color: #6b7b8c; }
  @bottom-right { content: counter(page); font-family: S61; font-size: 7.6pt; color: #6b7b8c; } }
html { font-family: R61; font-size: 9.3pt; line-height: 1.5; color: #1a1a1a; }
.org { font-family: S61; font-size: 8.4pt; color: #00639c; font-weight: bold; letter-spacing: 0.6pt;
       border-bottom: 0.8pt solid #00639c; padding-bottom: 1.4mm; margin-bottom: 10mm; }
.kind { font-family: S61; font-size: 8.2pt; color: #6b7b8c; margin-bottom: 1mm; }
h1 { font-family: S61; font-size: 21pt; line-height: 1.1; margin: 0 0 1.6mm 0; color: #00639c; }
.sub { font-family: S61; font-size: 10pt; color: #333; margin-bottom: 7mm; }
h2 { font-family: S61; font-size: 11pt; color: #00639c; margin: 5mm 0 1.8mm 0; break-after: avoid; }
h3 { font-family: S61; font-size: 9.2pt; margin: 3.4mm 0 1.4mm 0; break-after: avoid; color: #333; }
.sam { border-left: 2.4pt solid #7fc4e8; padding: 1mm 0 0.4mm 4mm; margin-bottom: 5mm; }
.q { font-style: italic; margin: 0 10mm 2.4mm 10mm; color: #333; }
table.m { width: 100%; font-family: S61; font-size: 8pt; margin: 1mm 0; }
table.m th { border-bottom: 0.8pt solid #00639c; text-align: left; padding: 1mm 1.6mm; color: #00639c; }
table.m td { border-bottom: 0.4pt solid #c9d6e2; padding: 0.9mm 1.6mm; }
table.m .r { text-align: right; }
.cap { font-family: S61; font-size: 7.6pt; color: #555; margin: 1mm 0 3mm 0; }
.rec { display: flex; margin: 0 0 2.2mm 0; }
.rec .c { flex: none; width: 11mm; font-family: S61; font-weight: bold; color: #fff; background: #00639c;
          text-align: center; height: 4.6mm; line-height: 4.6mm; font-size: 8.2pt; margin-right: 3.4mm;
          border-radius: 1mm; }
.rec .t { flex: 1; }
"""

RES_CSS = BASE + """
@page { size: A4; margin: 18mm 20mm 22mm 20mm;
  @bottom-right { content: "Pagina " counter(page) " van " counter(pages); font-family: S61; font-size: 7pt;
                  color: #555; } }
html { font-family: S61; font-size: 9pt; line-height: 1.5; }
.band { text-align: center; margin-bottom: 9mm; font-size: 8.4pt; }
.band b { display: block; font-size: 9.4pt; }
.to { margin-bottom: 6mm; font-size: 8.6pt; }
.ret { font-size: 6.6pt; color: #555; }
.meta td { padding: 0.3mm 4mm 0.3mm 0; font-size: 8.4pt; vertical-align: top; }
.meta td:first-child { color: #555; }
h2 { font-size: 9.8pt; margin: 4.6mm 0 1.6mm 0; break-after: avoid; }
table.r { width: 100%; font-size: 8pt; line-height: 1.38; margin: 1mm 0 3mm 0; }
table.r th { background: #154273; color: #fff; text-align: left; padding: 1.2mm 1.6mm; vertical-align: top; }
table.r td { border-bottom: 0.5pt solid #9fb3c8; padding: 1.2mm 1.6mm; vertical-align: top; }
table.r tr { break-inside: avoid; }
table.r td.n { font-weight: bold; white-space: nowrap; }
table.r td.o { font-weight: bold; color: #154273; }
"""


def doc(css, body):
    return ("<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><style>" + css + "</style></head><body>"
            + body + "</body></html>")


def rec(code, text):
    return f"<div class='rec'><div class='c'>{code}</div><div class='t'>{text}</div></div>"


def advice():
    b = ["<div class='org'>ADVIESCOMMISSIE WATER</div>",
         "<div class='kind'>Advies aan de minister van Infrastructuur en Waterstaat  |  AcW-2026-02  |  "
         "17 maart 2026</div>",
         "<h1>Zuinig met zoet</h1>",
         "<div class='sub'>Over de verdeling van zoet water bij langdurige droogte</div>",
         "<div class='sam'><h3>Samenvatting</h3>"
         "<p>Na de droge zomers van 2018, 2022 en 2025 is duidelijk dat Nederland niet altijd genoeg zoet water "
         "heeft voor alle gebruikers. De verdeling gebeurt nu pas wanneer het tekort er is, regio voor regio en "
         "met regels die voor gebruikers moeilijk te volgen zijn. De commissie pleit voor een verdeling die "
         "vooraf bekend is, en beveelt onder meer aan de regels daarvoor landelijk vast te leggen en de "
         "grondwatervoorraad beter te meten.</p></div>",
         "<h2>1. Aanleiding</h2>",
         "<p>Bij brief van 6 oktober 2025 vroeg de minister de Adviescommissie Water (AcW) hoe de verdeling van "
         "zoet water bij droogte beter kan worden voorbereid, welke rol de verschillende overheden daarbij hebben "
         "en of de bestaande instrumenten volstaan. De commissie sprak met waterschappen, provincies, "
         "drinkwaterbedrijven, landbouw- en natuurorganisaties en met Rijkswaterstaat.</p>",
         "<h2>2. Kader</h2>",
         "<p>Bij een dreigend watertekort moet volgens het Besluit kwaliteit leefomgeving de verdringingsreeks "
         "worden toegepast: eerst veiligheid en onomkeerbare schade, dan nutsvoorzieningen, dan kleinschalig "
         "hoogwaardig gebruik en ten slotte de overige belangen. Waterschappen moeten in hun "
         "waterbeheerprogramma opnemen hoe zij bij droogte handelen. Tabel 1 laat zien hoe groot de tekorten in "
         "de afgelopen droge jaren waren.</p>",
         "<table class='m'><tr><th>Gebied</th><th class='r'>2018</th><th class='r'>2022</th><th class='r'>2025</th>"
         "</tr><tr><td>Hoge zandgronden Zuid</td><td class='r'>210</td><td class='r'>185</td><td class='r'>240</td>"
         "</tr><tr><td>Hoge zandgronden Oost</td><td class='r'>160</td><td class='r'>150</td><td class='r'>175</td>"
         "</tr><tr><td>Laag Nederland West</td><td class='r'>45</td><td class='r'>30</td><td class='r'>60</td></tr>"
         "<tr><td>IJsselmeergebied</td><td class='r'>0</td><td class='r'>15</td><td class='r'>25</td></tr></table>",
         "<div class='cap'>Tabel 1. Geraamd watertekort in miljoen m3 per droog jaar (bron: Landelijke "
         "Coördinatiecommissie Waterverdeling, bewerking AcW).</div>",
         "<h2>3. Analyse</h2>",
         "<p>De verdringingsreeks zegt wie voorrang krijgt, maar niet hoeveel water een regio mag verwachten. "
         "Daardoor weten gebruikers in de hoge zandgronden pas midden in de zomer waar zij aan toe zijn. Volgens "
         "de landbouworganisaties zou het systeem moeten voorzien in een vaste toedeling per regio, vergelijkbaar "
         "met een quotum. De commissie deelt die wens niet helemaal: een vast quotum past slecht bij een systeem "
         "waarin de aanvoer per jaar sterk verschilt.</p>",
         "<p>Al in haar advies van 2020 schreef de AcW:</p>",
         "<p class='q'>'Leg de regie bij droogte bij één bestuurslaag en maak vooraf duidelijk wie beslist.'</p>",
         "<p>Sindsdien is de Landelijke Coördinatiecommissie Waterverdeling versterkt, maar de rolverdeling "
         "tussen Rijk, provincies en waterschappen is in de praktijk nog steeds onduidelijk. Bovendien ontbreekt "
         "een goed beeld van de grondwatervoorraad: in een derde van de peilgebieden is geen enkel meetpunt. "
         "Wie wil sturen op grondwater, moet eerst weten hoeveel er is.</p>",
         "<p>Ten slotte constateert de commissie dat de financiering van maatregelen in de hoge zandgronden "
         "afhangt van tijdelijke regelingen. Het Deltafonds is vooral gericht op het hoofdwatersysteem.</p>",
         "<h2>4. Aanbevelingen</h2>",
         "<p>De commissie komt tot de volgende aanbevelingen.</p>",
         "<h3>Aan de minister</h3>",
         rec("A1", "Leg in 2027 in het Besluit kwaliteit leefomgeving vast hoe de beschikbare zoetwatervoorraad "
                   "bij langdurige droogte over de regio's wordt verdeeld."),
         rec("A2", "Stel vanaf 2027 jaarlijks 40 miljoen euro beschikbaar voor zoetwatermaatregelen in de hoge "
                   "zandgronden, naast het Deltafonds."),
         rec("A3", "Voer een landelijke heffing in op grondwateronttrekkingen voor beregening boven 10.000 m3 per "
                   "jaar."),
         "<h3>Aan de waterschappen</h3>",
         rec("B1", "Breid het meetnet voor grondwaterstanden zo uit dat elk peilgebied ten minste één meetpunt "
                   "heeft."),
         rec("B2", "Maak beregeningsverboden per peilgebied vooraf openbaar via één landelijk loket."),
         "<h3>Aan de provincies</h3>",
         rec("C1", "Verleen in verdroogde natuurgebieden en hun bufferzones geen nieuwe vergunningen meer voor "
                   "diepe grondwateronttrekkingen."),
         rec("C2", "Betrek de drinkwaterbedrijven vanaf het begin bij de herziening van de regionale "
                   "waterprogramma's."),
         "<h2>5. Tot slot</h2>",
         "<p>De commissie is graag bereid dit advies toe te lichten in de vaste commissie voor Infrastructuur en "
         "Waterstaat. Zij zal over twee jaar nagaan welke aanbevelingen zijn opgevolgd.</p>",
         "<p>Namens de Adviescommissie Water,<br/>ir. M.C. Hoogeveen, voorzitter<br/>dr. P.J. Visscher, "
         "secretaris</p>"]
    B.chromium_pdf(doc(ADV_CSS, "".join(b)), NAME + "_advice.pdf")


def row(n, short, reply, verdict):
    return f"<tr><td class='n'>{n}</td><td>{short}</td><td>{reply}</td><td class='o'>{verdict}</td></tr>"


def response():
    b = ["<div class='band'><b>Ministerie van Infrastructuur en Waterstaat</b>De Minister</div>",
         "<div class='to'><span class='ret'>&gt; Retouradres Postbus 20901 2500 EX Den Haag</span><br/><br/>"
         "De Voorzitter van de Tweede Kamer<br/>der Staten-Generaal<br/>Postbus 20018<br/>2500 EA  DEN HAAG</div>",
         "<table class='meta'><tr><td>Datum</td><td>11 juni 2026</td></tr><tr><td>Betreft</td><td>Beleidsreactie op "
         "het advies 'Zuinig met zoet' van de Adviescommissie Water</td></tr><tr><td>Ons kenmerk</td>"
         "<td>IENW/BSK-2026/118402</td></tr></table><p> </p>",
         "<p>Geachte voorzitter,</p>",
         "<p>Op 17 maart 2026 heeft de Adviescommissie Water (AcW) mij het advies 'Zuinig met zoet' aangeboden. "
         "Het advies is opgesteld op mijn verzoek en sluit aan bij de toezegging aan uw Kamer om vóór de zomer "
         "een visie op de zoetwaterverdeling te geven. Hierbij stuur ik u het advies en mijn reactie. Ik dank de "
         "commissie voor haar heldere analyse.</p>",
         "<h2>Het advies in het kort</h2>",
         "<p>De AcW stelt vast dat de verdeling van zoet water pas begint wanneer het tekort er al is. Zij "
         "adviseert Rijk, waterschappen en provincies om de verdeling beter voor te bereiden, de voorraad "
         "grondwater beter te meten en de financiering van maatregelen op orde te brengen. Het kabinet "
         "onderschrijft de analyse op hoofdlijnen.</p>",
         "<h2>Beleidsreactie per aanbeveling</h2>",
         "<p>In onderstaande tabel staat per aanbeveling de reactie van het kabinet. De reactie op de "
         "aanbevelingen aan de waterschappen en de provincies is afgestemd met de Unie van Waterschappen en het "
         "IPO.</p>",
         "<table class='r'><tr><th style='width:9%'>Nr.</th><th style='width:25%'>Aanbeveling (kort)</th>"
         "<th style='width:48%'>Reactie</th><th style='width:18%'>Oordeel</th></tr>",
         row("A2", "Jaarlijks 40 miljoen euro voor de hoge zandgronden",
             "Het kabinet erkent dat de zandgronden structureel geld nodig hebben. Binnen het Deltafonds wordt "
             "vanaf 2028 een bedrag van 20 miljoen euro per jaar gereserveerd voor zoetwatermaatregelen buiten het "
             "hoofdwatersysteem. Een aparte voorziening naast het Deltafonds komt er niet.",
             "Deels overgenomen"),
         row("B1 en B2", "Meetnet grondwater; één loket voor beregeningsverboden",
             "De waterschappen breiden het meetnet tot 2029 uit met circa 600 peilbuizen, zodat elk peilgebied "
             "een meetpunt krijgt; het Rijk draagt via de Impulsregeling bij. Een landelijk loket voor "
             "beregeningsverboden is een zaak van de waterschappen zelf. De Unie van Waterschappen neemt de "
             "suggestie mee in haar programma Digitale Dienstverlening; ik heb daarvan kennisgenomen.",
             "B1: overgenomen<br/>B2: kennisgenomen"),
         row("C2", "Drinkwaterbedrijven vroeg betrekken",
             "De provincies betrekken de drinkwaterbedrijven bij de herziening van de regionale waterprogramma's "
             "vanaf de fase van de probleemanalyse. Een wettelijke plicht daartoe vinden de provincies niet "
             "nodig; zij leggen de afspraak vast in het Bestuursakkoord Water.",
             "Deels overgenomen"),
         row("A1", "Verdeling vooraf vastleggen in het Bkl",
             "Ik neem deze aanbeveling over. Een ontwerpbesluit tot wijziging van het Bkl met een regeling voor "
             "de regionale toedeling bij langdurige droogte wordt in het voorjaar van 2027 voorgehangen bij uw "
             "Kamer.",
             "Overgenomen"),
         row("A3", "Landelijke heffing op beregening uit grondwater",
             "Het kabinet kiest niet voor een landelijke heffing. Provincies kunnen al een "
             "grondwaterheffing opleggen en de administratieve lasten voor kleine onttrekkers zouden "
             "onevenredig zijn.",
             "Niet overgenomen"),
         row("Overig", "Rolverdeling bij droogte",
             "Het advies bevat geen afzonderlijke aanbeveling over de rolverdeling. Het kabinet evalueert de "
             "Landelijke Coördinatiecommissie Waterverdeling in 2027.",
             "-"),
         "</table>",
         "<h2>Droogte 2026</h2>",
         "<p>Los van het advies meld ik uw Kamer dat de neerslagtekorten dit voorjaar lager zijn dan in 2025. "
         "De Landelijke Coördinatiecommissie Waterverdeling komt voorlopig niet bijeen; ik informeer u zodra dat "
         "verandert.</p>",
         "<p>Ik vertrouw erop u hiermee voldoende te hebben geïnformeerd.</p>",
         "<p>De Minister van Infrastructuur en Waterstaat,<br/><br/><br/>J.H. Terpstra</p>"]
    B.chromium_pdf(doc(RES_CSS, "".join(b)), NAME + "_response.pdf")


def expected():
    B.write_expected(NAME, [
        ("A1", "Leg in 2027 in het Besluit kwaliteit leefomgeving vast hoe",
         "Een ontwerpbesluit tot wijziging van het Bkl met een regeling", "agrees"),
        ("A2", "Stel vanaf 2027 jaarlijks 40 miljoen euro beschikbaar voor zoetwatermaatregelen",
         "vanaf 2028 een bedrag van 20 miljoen euro per jaar gereserveerd", "partly"),
        ("A3", "Voer een landelijke heffing in op grondwateronttrekkingen voor beregening",
         "Het kabinet kiest niet voor een landelijke heffing", "disagrees"),
        ("B1", "Breid het meetnet voor grondwaterstanden zo uit dat elk peilgebied",
         "De waterschappen breiden het meetnet tot 2029 uit met circa 600 peilbuizen", "agrees"),
        ("B2", "Maak beregeningsverboden per peilgebied vooraf openbaar via één landelijk loket",
         "De Unie van Waterschappen neemt de suggestie mee", "noted"),
        ("C1", "Verleen in verdroogde natuurgebieden en hun bufferzones geen nieuwe vergunningen",
         None, "unanswered"),
        ("C2", "Betrek de drinkwaterbedrijven vanaf het begin bij de herziening van",
         "Een wettelijke plicht daartoe vinden de provincies niet nodig", "partly"),
    ], ["Ik dank de commissie voor haar heldere analyse",
        "Het kabinet onderschrijft de analyse op hoofdlijnen",
        "Het advies bevat geen afzonderlijke aanbeveling over de rolverdeling",
        "de neerslagtekorten dit voorjaar lager zijn dan in 2025"],
        "ADVIES of the ADVIESCOMMISSIE WATER (AcW) 'Zuinig met zoet' on sharing fresh water in drought (the figures, "
        "the people, the kenmerken and the quoted 2020 advice are invented; the Besluit kwaliteit leefomgeving, the "
        "verdringingsreeks and the Deltafonds are real, but what is said of them is not to be relied on). The seven "
        "recommendations are CODED imperative sentences in 4 Aanbevelingen under addressee sub-heads: 'Aan de "
        "minister' A1-A3, 'Aan de waterschappen' B1-B2, 'Aan de provincies' C1-C2 (the code in a coloured hanging "
        "box; numbers are the codes). Not recommendations: the Samenvatting paraphrase ('De commissie pleit ... en "
        "beveelt onder meer aan ...'), the minister's questions as prose, 2 Kader ('moet ... worden toegepast', "
        "'moeten ... opnemen'), Table 1 of shortages, the farmers' view ('zou ... moeten voorzien'), the quoted 2020 "
        "advice (an imperative 'Leg de regie bij droogte bij één bestuurslaag'), 'moet eerst weten', 5 Tot slot. "
        "Response: Kamerbrief with a BELEIDSREACTIE TABLE (Nr. / Aanbeveling (kort) / Reactie / Oordeel) in the "
        "order A2, B1+B2, C2, A1, A3, Overig: A2 partly ('Deels overgenomen': 20 million from 2028 inside the "
        "Deltafonds); ONE row 'B1 en B2' with 'B1: overgenomen / B2: kennisgenomen' (B1 agrees, B2 noted: left to "
        "the Unie van Waterschappen); C2 partly (early involvement yes, no legal duty); A1 agrees ('Overgenomen'); "
        "A3 disagrees ('Niet overgenomen'). C1 (no new deep groundwater permits near dry nature) UNANSWERED. The "
        "introduction, 'Het advies in het kort', the row 'Overig' (roles, '-'), 'Droogte 2026' and the closing "
        "answer no recommendation. The short paraphrases in the table's second column are the ministry's, not the "
        "advice's text.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)
