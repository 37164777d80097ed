"""Round 52 (nl): an (invented) SPECIAAL VERSLAG of the EUROPESE REKENKAMER (Dutch language version) on EU support for
cycling infrastructure; recommendations 'Aanbeveling 1'-'Aanbeveling 6' in shaded boxes with a 'Tijdpad' line at the
end of the report, after a Samenvatting whose paragraph VI paraphrases them, paragraph numbers 01-27, a table of audited
projects, an earlier recommendation of special report 05/2021 quoted in a box and 'zou ... moeten' findings.
Recommendation 6 is addressed to the member states. Answered by the ANTWOORDEN VAN DE EUROPESE COMMISSIE (separate
document: introduction, replies to observations by paragraph number, replies to recommendations in another order,
2 and 3 in one joint reply). Engine: PyMuPDF Story (HTML + CSS, ligature-free DejaVu copies; running header and page
numbers stamped with PyMuPDF). Answer key: README-nl.md.

Run: /tmp/blind52nl/bin/python tests/docs/src/blind52/gen_nl_eca_story.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b52nl as B  # noqa: E402

NAME = "blind52_nl_eca"
F = B.nolig_fonts()
D = os.path.dirname(F["Regular"])
CSS = "".join(f"@font-face {{ font-family: E; src: url({os.path.basename(F[st])}); font-weight: {w}; "
              f"font-style: {s}; }}\n" for st, (w, s) in
              {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
               "Bold Italic": ("bold", "italic")}.items()) + """
body { font-family: E; font-size: 9.4pt; line-height: 1.4; }
p { margin: 0 0 5px 0; text-align: justify; }
h1 { font-size: 19pt; color: #0b3d7a; margin: 0 0 4px 0; }
h2 { font-size: 12.5pt; color: #0b3d7a; margin: 12px 0 5px 0; }
h3 { font-size: 10pt; color: #0b3d7a; margin: 8px 0 3px 0; }
td, th { font-size: 8.4pt; padding: 2px 4px; vertical-align: top; text-align: left; border-bottom: 1px solid #9ab; }
th { background-color: #dfe8f3; }
.pn { color: #0b3d7a; font-weight: bold; }
.box { background-color: #e6eef8; padding: 5px 8px; margin: 6px 0 8px 0; }
.old { background-color: #f2f2f2; padding: 5px 8px; margin: 6px 0 8px 0; font-size: 8.6pt; }
.small { font-size: 8pt; color: #555; }
"""


def para(n, t):
    return f"<p><span class='pn'>{n}</span>&#160;&#160;{t}</p>".replace("&#160;", " ")


def advice():
    h = ["<p class='small'>EUROPESE REKENKAMER</p>",
         "<h1>Speciaal verslag 14/2026</h1>",
         "<p style='font-size:13pt;color:#0b3d7a'><b>EU-steun voor fietsinfrastructuur</b><br>"
         "Veel kilometers, maar nog weinig samenhangende netwerken</p>",
         "<p class='small'>Gepubliceerd op grond van artikel 287, lid 4, tweede alinea, VWEU. "
         "Controleteam onder leiding van ERK-lid Margarethe Lindqvist (Kamer II – Investeringen voor cohesie, groei "
         "en inclusie), met medewerking van Joris Vanderheyden (kabinetschef) en Ana Brezovar (taakleider).</p>",
         "<h2>Samenvatting</h2>",
         para("I", "In de programmeringsperiode 2014-2020 en de eerste jaren van de periode 2021-2027 heeft de EU via "
              "het Europees Fonds voor Regionale Ontwikkeling (EFRO) en het Cohesiefonds naar schatting 2,9 miljard "
              "euro toegewezen aan fietsinfrastructuur. De Commissie heeft fietsen in haar mededeling over stedelijke "
              "mobiliteit als een prioriteit aangemerkt."),
         para("II", "Wij zijn nagegaan of de EU-steun heeft bijgedragen tot veilige, samenhangende en goed gebruikte "
              "fietsnetwerken. Wij hebben 32 projecten in vier lidstaten (Hongarije, Italië, Nederland en Polen) "
              "gecontroleerd."),
         para("III", "Wij concluderen dat de steun heeft geleid tot ruim 1 100 km nieuwe of verbeterde fietspaden, "
              "maar dat veel projecten losse trajecten zijn die niet aansluiten op een netwerk. De gegevens over het "
              "werkelijke gebruik zijn schaars."),
         para("IV", "De Commissie zou de beheersautoriteiten volgens ons beter moeten begeleiden; haar richtsnoeren "
              "uit 2019 worden weinig gebruikt."),
         para("V", "In slechts negen van de 32 projecten is een verkeersveiligheidsaudit uitgevoerd, en voor het "
              "onderhoud na oplevering was in elf projecten geen budget gereserveerd."),
         para("VI", "Wij doen een aantal aanbevelingen, die vooral gericht zijn op een betere beoordeling van "
              "netwerkeffecten, op betere gegevens over het gebruik, op veiligheid en onderhoud, en op de rol van de "
              "lidstaten bij het verzamelen van telgegevens."),
         "<h2>Inleiding</h2>",
         para("01", "Fietsen levert een bijdrage aan de doelstellingen van de Europese Green Deal. Artikel 73 van "
              "Verordening (EU) 2021/1060 bepaalt dat de beheersautoriteit concrete acties selecteert die de beste "
              "verhouding tussen steunbedrag, activiteiten en verwezenlijking van doelstellingen bieden."),
         para("02", "De Commissie is verantwoordelijk voor de goedkeuring van de programma's; de lidstaten selecteren "
              "de projecten en zijn verantwoordelijk voor de monitoring."),
         "<h2>Controleaanpak</h2>",
         para("03", "Wij hebben drie vragen gesteld: (1) werden projecten geselecteerd op basis van een netwerkanalyse? "
              "(2) is het gebruik gemeten? (3) zijn veiligheid en onderhoud gewaarborgd?"),
         "<p class='small'><b>Tabel 1 – Gecontroleerde projecten per lidstaat</b></p>",
         "<table><tr><th>Lidstaat</th><th>Projecten</th><th>km</th><th>EU-bijdrage (mln euro)</th>"
         "<th>met netwerkanalyse</th></tr>"
         "<tr><td>Hongarije</td><td>9</td><td>312</td><td>71,4</td><td>2</td></tr>"
         "<tr><td>Italië</td><td>8</td><td>205</td><td>48,9</td><td>3</td></tr>"
         "<tr><td>Nederland</td><td>6</td><td>96</td><td>22,1</td><td>6</td></tr>"
         "<tr><td>Polen</td><td>9</td><td>498</td><td>103,6</td><td>2</td></tr>"
         "<tr><td><b>Totaal</b></td><td><b>32</b></td><td><b>1 111</b></td><td><b>246,0</b></td><td><b>13</b></td>"
         "</tr></table>",
         "<p class='small'>Bron: ERK, op basis van gegevens van de beheersautoriteiten.</p>",
         "<h2>Opmerkingen</h2>",
         "<h3>Veel projecten vormen geen netwerk</h3>",
         para("04", "In 19 van de 32 projecten was geen netwerkanalyse beschikbaar. Zeven fietspaden eindigen bij "
              "een gemeentegrens of op een provinciale weg zonder fietsvoorziening."),
         para("05", "Wij hadden in 2021 al aanbevolen om netwerkeffecten beter te beoordelen. Die aanbeveling is "
              "slechts gedeeltelijk uitgevoerd:"),
         "<div class='old'><b>Speciaal verslag 05/2021, aanbeveling 2</b><br><i>De Commissie moet de lidstaten "
         "verzoeken bij de selectie van stedelijke mobiliteitsprojecten aan te tonen dat zij passen in een plan voor "
         "duurzame stedelijke mobiliteit.</i> (Tijdpad: 2023)</div>",
         para("06", "De beheersautoriteiten zouden fietsprojecten moeten toetsen aan een regionaal netwerkplan; in "
              "Hongarije en Polen ontbrak zo'n plan in de meeste regio's."),
         "<h3>Het gebruik wordt zelden gemeten</h3>",
         para("07", "De outputindicator RCO58 (aangelegde fietsinfrastructuur, in km) wordt overal gerapporteerd. "
              "Een resultaatindicator voor het gebruik ontbreekt in de gemeenschappelijke lijst van bijlage I bij "
              "Verordening (EU) 2021/1058."),
         para("08", "Slechts 8 projecten hadden tellingen vóór en na de aanleg. In Italië was in één geval het "
              "aantal fietsers na de opening lager dan de prognose met een factor vier."),
         "<h3>Veiligheid en onderhoud krijgen weinig aandacht</h3>",
         para("09", "Richtlijn 2008/96/EG schrijft verkeersveiligheidsaudits alleen voor op het trans-Europese "
              "wegennet en op hoofdwegen. Voor fietspaden daarbuiten is een audit vrijwillig."),
         para("10", "In elf projecten was geen onderhoudsbudget gereserveerd; twee fietspaden in Polen waren na vijf "
              "jaar al gedeeltelijk onberijdbaar."),
         "<h2>Conclusies en aanbevelingen</h2>",
         para("11", "Wij concluderen dat de EU-steun veel kilometers heeft opgeleverd, maar dat de meerwaarde voor "
              "samenhangende netwerken beperkt blijft (paragrafen 04-06)."),
         "<div class='box'><b>Aanbeveling 1 – Netwerkeffecten beter beoordelen</b><br>"
         "De Commissie moet bij de beoordeling van programmawijzigingen en bij de programmering voor de periode na "
         "2027 nagaan of fietsprojecten zijn gebaseerd op een regionaal of stedelijk netwerkplan.<br>"
         "<i>Tijdpad: eind 2027</i></div>",
         para("12", "Zonder gegevens over het gebruik kan niet worden vastgesteld of de projecten hun doel bereiken "
              "(paragrafen 07-08)."),
         "<div class='box'><b>Aanbeveling 2 – Een resultaatindicator voor het gebruik</b><br>"
         "De Commissie moet voor de periode na 2027 een gemeenschappelijke resultaatindicator voorstellen voor het "
         "aantal gebruikers van gesteunde fietsinfrastructuur.<br><i>Tijdpad: bij het wetgevingsvoorstel voor de "
         "periode na 2027</i></div>",
         "<div class='box'><b>Aanbeveling 3 – Tellingen vóór en na de aanleg</b><br>"
         "De Commissie moet de lidstaten ertoe verplichten voor elk fietsproject boven 5 miljoen euro een telling "
         "vóór de aanleg en twee jaar na de oplevering uit te voeren.<br>"
         "<i>Tijdpad: midden 2027</i></div>",
         para("13", "Veiligheid en onderhoud zijn voorwaarden voor duurzaam gebruik (paragrafen 09-10)."),
         "<div class='box'><b>Aanbeveling 4 – Verkeersveiligheidsaudits</b><br>"
         "De Commissie moet een verkeersveiligheidsaudit verplicht stellen voor alle door de EU medegefinancierde "
         "fietsprojecten, ook buiten het trans-Europese wegennet.<br><i>Tijdpad: 2028</i></div>",
         "<div class='box'><b>Aanbeveling 5 – Onderhoud borgen</b><br>"
         "De Commissie moet bij de beoordeling van grote projecten controleren of de lidstaten voor de eerste tien "
         "jaar na oplevering middelen voor onderhoud hebben gereserveerd.<br><i>Tijdpad: onmiddellijk</i></div>",
         "<div class='box'><b>Aanbeveling 6 – Telgegevens delen (aan de lidstaten)</b><br>"
         "De lidstaten zouden hun telgegevens over fietsverkeer openbaar moeten maken in een gemeenschappelijk "
         "formaat, zodat projecten onderling kunnen worden vergeleken.<br><i>Tijdpad: 2027</i></div>",
         "<p class='small'>Dit verslag werd door kamer II, onder leiding van mevrouw Margarethe Lindqvist, lid van "
         "de Rekenkamer, te Luxemburg op 11 maart 2026 vastgesteld.<br>Voor de Rekenkamer<br>Pieter-Jan Aerts, "
         "president</p>"]
    B.story_pdf("".join(h), CSS, NAME + "_advice.pdf", D)
    B.stamp(NAME + "_advice.pdf", "Speciaal verslag 14/2026 – EU-steun voor fietsinfrastructuur", "{n}",
            F["Regular"])


def response():
    h = ["<p class='small'>EUROPESE COMMISSIE</p>",
         "<h1 style='font-size:15pt'>ANTWOORDEN VAN DE EUROPESE COMMISSIE OP HET SPECIAAL VERSLAG VAN DE EUROPESE "
         "REKENKAMER</h1>",
         "<p><b>„EU-steun voor fietsinfrastructuur: veel kilometers, maar nog weinig samenhangende netwerken”</b></p>",
         "<h2>I. Inleiding</h2>",
         "<p>De Commissie verwelkomt het verslag van de Rekenkamer en deelt de vaststelling dat fietsen een "
         "belangrijke bijdrage levert aan schone en betaalbare mobiliteit. De Commissie antwoordt in dit document "
         "uitsluitend op de aanbevelingen die tot haar zijn gericht.</p>",
         "<h2>II. Antwoorden op de opmerkingen van de Rekenkamer</h2>",
         "<p><b>Paragraaf 04.</b> De Commissie wijst erop dat een deel van de losse trajecten in latere fasen wel "
         "is aangesloten; de controle heeft de toestand op één moment vastgelegd.</p>",
         "<p><b>Paragraaf 08.</b> Dat de gebruikscijfers in één Italiaans project achterblijven bij de prognose "
         "verklaart de Commissie deels uit de pandemiejaren 2020 en 2021, waarin tellingen onbetrouwbaar waren.</p>",
         "<h2>III. Antwoorden op de aanbevelingen</h2>",
         "<h3>Aanbeveling 1 – Netwerkeffecten beter beoordelen</h3>",
         "<p>De Commissie aanvaardt deze aanbeveling. Zij zal bij de beoordeling van programmawijzigingen "
         "systematisch vragen naar het onderliggende netwerkplan en deze vraag opnemen in haar checklist voor de "
         "programmering na 2027.</p>",
         "<h3>Aanbevelingen 2 en 3 – Gegevens over het gebruik</h3>",
         "<p>De Commissie behandelt deze aanbevelingen samen.</p>",
         "<p>De Commissie aanvaardt aanbeveling 2. Zij zal in het kader van de voorbereiding van het "
         "wetgevingsvoorstel voor het volgende meerjarig financieel kader een resultaatindicator voor het "
         "aantal gebruikers overwegen en de gegevensbehoefte met de lidstaten afstemmen.</p>",
         "<p>De Commissie aanvaardt aanbeveling 3 gedeeltelijk. Zij zal de beheersautoriteiten aanmoedigen om "
         "tellingen uit te voeren en daarvoor een methodologische handleiding opstellen, maar zij kan geen "
         "verplichting opleggen die in de verordening niet is voorzien; de subsidievoorwaarden worden door de "
         "lidstaten vastgesteld.</p>",
         "<h3>Aanbeveling 5 – Onderhoud borgen</h3>",
         "<p>De Commissie aanvaardt deze aanbeveling. Zij merkt op dat zij al bij de beoordeling van grote "
         "projecten de financiële duurzaamheid, met inbegrip van de onderhoudskosten, toetst en zal die toets "
         "voortaan uitdrukkelijk in haar beoordelingsverslag vermelden.</p>",
         "<h3>Aanbeveling 4 – Verkeersveiligheidsaudits</h3>",
         "<p>De Commissie aanvaardt deze aanbeveling niet. Het toepassingsgebied van Richtlijn 2008/96/EG is bij "
         "de herziening van 2019 bewust beperkt gehouden; een verplichting buiten dat wegennet zou afbreuk doen aan "
         "het subsidiariteitsbeginsel. De Commissie zal de lidstaten wel wijzen op de bestaande vrijwillige "
         "richtsnoeren.</p>"]
    B.story_pdf("".join(h), CSS, NAME + "_response.pdf", D)
    B.stamp(NAME + "_response.pdf", "NL – Antwoorden van de Commissie – speciaal verslag 14/2026", "{n}",
            F["Regular"], skip_first=False)


def expected():
    B.write_expected(NAME, [
        ("1", "De Commissie moet bij de beoordeling van programmawijzigingen en",
         "systematisch vragen naar het onderliggende netwerkplan", "agrees"),
        ("2", "De Commissie moet voor de periode na 2027 een gemeenschappelijke",
         "De Commissie aanvaardt aanbeveling 2.", "agrees"),
        ("3", "De Commissie moet de lidstaten ertoe verplichten voor elk fietsproject",
         "De Commissie aanvaardt aanbeveling 3 gedeeltelijk.", "partly"),
        ("4", "De Commissie moet een verkeersveiligheidsaudit verplicht stellen voor alle",
         "afbreuk doen aan het subsidiariteitsbeginsel", "disagrees"),
        ("5", "De Commissie moet bij de beoordeling van grote projecten controleren",
         "met inbegrip van de onderhoudskosten, toetst", "agrees"),
        ("6", "De lidstaten zouden hun telgegevens over fietsverkeer openbaar moeten", None, "unanswered"),
    ], ["deel van de losse trajecten in latere fasen"],
        "ECA special report: Aanbeveling 1-6 in boxes; Samenvatting VI, paragraph 06 ('zou ... moeten') and the "
        "quoted 2021 recommendation are not recommendations. Commission replies 1 agrees; 2 and 3 in one joint "
        "section (2 accepted, 3 partly: guidance but no obligation); 5 before 4; 5 accepted and 'already does it' "
        "(agrees); 4 not accepted (disagrees); 6 is addressed to the member states and gets no reply (the "
        "introduction's general statement is no reply). Replies to paragraphs 04 and 08 answer no recommendation.")


if __name__ == "__main__":
    advice()
    response()
    expected()
