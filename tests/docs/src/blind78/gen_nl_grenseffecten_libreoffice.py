"""Round 78 (nl): a GRENSEFFECTENRAPPORTAGE (an annual cross-border impact assessment by a university-based
knowledge centre, dossier by dossier), answered by the minister's KAMERBRIEF 'Kabinetsreactie' to the Tweede Kamer.

Advice: (invented) Kenniscentrum Grenseffecten Nederrijn, 'Grenseffectenrapportage 2026', 3 p., sans: a
'Belangrijkste bevindingen' list, a table of grensarbeiders, EU-Verordening 883/2004 and the belastingverdrag
('moet'), an ex-ante dossier on a bill with 'zou ... moeten', a 'Opvolging aanbevelingen 2025' table quoting last
year's recommendations, and per dossier a shaded box 'Aanbevelingen' with bold codes 1a, 1b, 2a, 2b, 3a, 3b, 4a.
Response: Kamerbrief (2 p., serif) with theme headings in another order: intro (nothing), Arbeidsmarkt = 2a agrees,
Belastingen en thuiswerken = 1b noted, ONE section 'Openbaar vervoer' = 3b agrees + 3a disagrees, Informatie = 1a
agrees, Zorg = 4a partly, Actieagenda Grensregio's and closing (nothing); 2b unanswered.
Engine: LibreOffice Writer headless from HTML (ligature-free DejaVu copies 'B78NL Sans' / 'B78NL Serif'; head and
page numbers stamped with PyMuPDF).

Run: /tmp/blind78nl/bin/python tests/docs/src/blind78/gen_nl_grenseffecten_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b78nl as B  # noqa: E402

NAME = "blind78_nl_grenseffecten"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B78NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def head(fam, accent):
    return """<html><head><meta charset="utf-8"><style>
@page { size: 21cm 29.7cm; margin: 2.2cm 2.3cm 2.0cm 2.3cm; }
body { font-family: '%(f)s'; font-size: 9.4pt; }
p { margin-top: 0; margin-bottom: 0.2cm; text-align: justify; line-height: 130%%; }
h1 { font-size: 17pt; color: %(a)s; margin-bottom: 0.1cm; }
h2 { font-size: 11.5pt; color: %(a)s; margin-top: 0.35cm; margin-bottom: 0.12cm; }
h3 { font-size: 9.8pt; margin-top: 0.25cm; margin-bottom: 0.08cm; }
td { font-size: 8.6pt; padding: 0.08cm 0.15cm; vertical-align: top; }
li { font-size: 9.4pt; margin-bottom: 0.08cm; text-align: justify; }
.small { font-size: 8pt; color: #555555; }
</style></head><body>""" % {"f": fam, "a": accent}


def box(items):
    rows = "".join(f"<tr><td width='8%'><p><b>{c}</b></p></td><td><p>{t}</p></td></tr>" for c, t in items)
    return ('<table border="0" cellspacing="0" cellpadding="5" width="100%" bgcolor="#e8eef7">'
            f'<tr><td colspan="2"><p><b>Aanbevelingen</b></p></td></tr>{rows}</table><p></p>')


def advice():
    h = head("B78NL Sans", "#1c4587") + """
<p class="small">KENNISCENTRUM GRENSEFFECTEN NEDERRIJN &#8195; Radboud-Kleefse leerstoel grensregio's &#8195; februari 2026</p>
<h1>Grenseffectenrapportage 2026</h1>
<p><i>Effecten van wet- en regelgeving voor inwoners en werkgevers in de grensregio Nederrijn</i></p>
<h2>Belangrijkste bevindingen</h2>
<ul>
<li>Het aantal grensarbeiders tussen de regio Arnhem-Nijmegen en de Kreis Kleve groeide in 2025 met 6 procent.</li>
<li>Grensarbeiders die thuiswerken lopen nog steeds aan tegen onduidelijke regels voor belasting en sociale zekerheid.</li>
<li>Duitse verpleegkundigen wachten gemiddeld zeven maanden op erkenning van hun diploma.</li>
<li>Er rijdt nog altijd geen rechtstreekse bus tussen Nijmegen en Kleef op zondag.</li>
</ul>
<h2>1 Inleiding</h2>
<p>Deze rapportage brengt jaarlijks in kaart hoe Nederlandse, Duitse en Europese regels uitpakken voor mensen die
over de grens wonen, werken of zorg ontvangen. Zij volgt de methode van de landelijke grenseffectenrapportages en
richt zich tot de Nederlandse ministeries, de Duitse deelstaat Nordrhein-Westfalen en de regio. De aanbevelingen
staan bij elk dossier in een kader.</p>
<table border="1" cellspacing="0" width="70%" bordercolor="#9e9e9e">
<tr bgcolor="#1c4587"><td><p><font color="#ffffff"><b>Richting</b></font></p></td><td><p><font color="#ffffff"><b>2023</b></font></p></td><td><p><font color="#ffffff"><b>2024</b></font></p></td><td><p><font color="#ffffff"><b>2025</b></font></p></td></tr>
<tr><td><p>NL wonen, DE werken</p></td><td><p>4.180</p></td><td><p>4.310</p></td><td><p>4.520</p></td></tr>
<tr><td><p>DE wonen, NL werken</p></td><td><p>7.950</p></td><td><p>8.240</p></td><td><p>8.790</p></td></tr>
<tr><td><p>Totaal</p></td><td><p>12.130</p></td><td><p>12.550</p></td><td><p>13.310</p></td></tr>
</table>
<p class="small">Bron: eigen bewerking van CBS- en IT.NRW-gegevens; cijfers afgerond.</p>
<h2>2 Dossier 1: Thuiswerken over de grens</h2>
<p>Volgens Verordening (EG) nr. 883/2004 moet een grensarbeider in beginsel worden verzekerd in het land waar hij
werkt. Werkt hij structureel 25 procent of meer in het woonland, dan verschuift de verzekering. Sinds de
kaderovereenkomst van 2023 geldt onder voorwaarden een grens van 50 procent, maar het belastingverdrag tussen
Nederland en Duitsland kent een eigen regeling. Wie op dinsdag thuiswerkt, moet die dag voor de belasting soms in het
woonland aangeven. Werkgevers weten vaak niet welke regel geldt en nemen uit voorzorg geen grensarbeiders meer aan
die thuis willen werken.</p>
""" + box([("1a", "Richt één digitale rekenhulp in waarmee grensarbeiders en werkgevers voor belasting en sociale "
                  "zekerheid samen kunnen zien wat thuiswerken betekent."),
           ("1b", "Maak met Duitsland afspraken om de thuiswerkregels in het belastingverdrag gelijk te trekken met "
                  "de grens van 50 procent voor de sociale zekerheid.")]) + """
<h2>3 Dossier 2: Erkenning van diploma's in de zorg</h2>
<p>Ziekenhuizen aan beide kanten van de grens hebben tekorten aan verpleegkundigen. Een Duitse verpleegkundige moet
voor inschrijving in het BIG-register een erkenningsprocedure doorlopen die gemiddeld zeven maanden duurt. In die
tijd mag zij niet zelfstandig werken. Een ziekenhuisdirecteur in Nijmegen zei ons: <i>'Er zou eigenlijk een
snelle route moeten zijn voor mensen die op tien kilometer afstand zijn opgeleid.'</i></p>
""" + box([("2a", "Verkort de erkenningsprocedure voor verpleegkundigen met een Duits diploma tot ten hoogste drie "
                  "maanden door een standaardvergelijking van de opleidingen vast te stellen."),
           ("2b", "Bied grensarbeiders in de zorg een vergoeding voor de taaltoets Nederlands die voor de "
                  "erkenning vereist is.")]) + """
<h2>4 Dossier 3: Openbaar vervoer</h2>
<p>De buslijn Nijmegen-Kleef rijdt op werkdagen elk uur, maar niet op zondag en niet na 20.00 uur. Reizigers
kunnen geen kaartje voor de hele reis kopen: op de grens moet worden overgestapt van het ene tariefsysteem naar
het andere. De concessie aan Nederlandse zijde loopt in 2028 af.</p>
""" + box([("3a", "Stel rijksgeld beschikbaar om de buslijn Nijmegen-Kleef in de jaren tot de nieuwe concessie ook "
                  "op zondag en in de avond te laten rijden."),
           ("3b", "Zorg dat reizigers vanaf 2027 met één betaalmiddel, zoals betalen met de bankpas, over de grens "
                  "kunnen reizen.")]) + """
<h2>5 Dossier 4: Ex ante: het wetsvoorstel Zorgverzekering buitenland</h2>
<p>Het kabinet werkt aan een wetsvoorstel dat de vergoeding van zorg in het buitenland beperkt tot het Nederlandse
tarief. Voor inwoners van de grensregio zou het wetsvoorstel een uitzondering moeten bevatten, omdat het dichtstbijzijnde
ziekenhuis voor hen soms in Duitsland ligt. De memorie van toelichting noemt de grensregio niet.</p>
""" + box([("4a", "Neem in het wetsvoorstel een uitzondering op voor zorg in een ziekenhuis binnen dertig kilometer "
                  "van de woonplaats van de verzekerde.")]) + """
<h2>6 Opvolging aanbevelingen 2025</h2>
<table border="1" cellspacing="0" width="100%" bordercolor="#9e9e9e">
<tr bgcolor="#dddddd"><td><p><b>Aanbeveling 2025</b></p></td><td><p><b>Stand van zaken</b></p></td></tr>
<tr><td><p>'Zorg voor een grensinformatiepunt met spreekuren in Kleef.'</p></td><td><p>Uitgevoerd sinds mei 2025.</p></td></tr>
<tr><td><p>'Erken Duitse rijbewijzen voor heftrucks.'</p></td><td><p>In behandeling bij het ministerie van SZW.</p></td></tr>
<tr><td><p>'Pas de regels voor kinderopvangtoeslag aan voor ouders die in Duitsland werken.'</p></td><td><p>Niet opgevolgd.</p></td></tr>
</table>
<p></p>
<p>Het kenniscentrum bespreekt deze rapportage in april met de regio en met de ministeries.</p>
</body></html>"""
    B.soffice_pdf(h, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Grenseffectenrapportage 2026  |  Kenniscentrum Grenseffecten Nederrijn", "{n}",
            SANS["Regular"])


def response():
    h = head("B78NL Serif", "#000000") + """
<p class="small" style="text-align: left">&gt; Retouradres Postbus 20011 2500 EA Den Haag</p>
<p style="text-align: left">Aan de Voorzitter van de Tweede Kamer der Staten-Generaal<br>Postbus 20018<br>2500 EA Den Haag</p>
<p></p>
<table border="0" cellspacing="0" width="100%"><tr><td width="22%"><p class="small">Datum</p></td><td><p>17 april 2026</p></td></tr>
<tr><td><p class="small">Betreft</p></td><td><p>Kabinetsreactie Grenseffectenrapportage 2026 Nederrijn</p></td></tr>
<tr><td><p class="small">Kenmerk</p></td><td><p>2026-0000219874</p></td></tr></table>
<p></p>
<p>Geachte voorzitter,</p>
<p>Met deze brief stuur ik u, mede namens de minister van Financiën, de minister van Volksgezondheid, Welzijn en
Sport en de staatssecretaris van Infrastructuur en Waterstaat, de reactie van het kabinet op de
Grenseffectenrapportage 2026 van het Kenniscentrum Grenseffecten Nederrijn. Het rapport laat opnieuw zien hoe
regels die in Den Haag of Berlijn logisch zijn, in de grensregio kunnen knellen.</p>
<h3>Arbeidsmarkt en diploma's</h3>
<p>Het kabinet onderschrijft dat zeven maanden wachten te lang is. De minister van VWS stelt voor de zomer een
standaardvergelijking vast van de Nederlandse en de Duitse opleiding tot verpleegkundige. Daarmee kan de procedure
voor deze groep worden teruggebracht tot uiterlijk twaalf weken.</p>
<h3>Belastingen en thuiswerken</h3>
<p>Het belastingverdrag met Duitsland is in 2024 voor het laatst gewijzigd. Het kabinet heeft kennisgenomen van de
wens om de thuiswerkregels gelijk te trekken. Of dat mogelijk is, hangt af van de Duitse inzet; de minister van
Financiën brengt het onderwerp in bij het eerstvolgende verdragsoverleg, zonder daar nu een uitkomst aan te
verbinden.</p>
<h3>Openbaar vervoer over de grens</h3>
<p>Vanaf de dienstregeling 2027 kunnen reizigers in alle grensoverschrijdende bussen en treinen in Gelderland
inchecken met hun bankpas; de staatssecretaris heeft daarover afspraken gemaakt met de provincie en de
vervoerders. Daarmee wordt deze aanbeveling uitgevoerd.</p>
<p>Het kabinet ziet geen aanleiding om rijksgeld in te zetten voor extra ritten op de lijn Nijmegen-Kleef. Het
regionale busvervoer is de verantwoordelijkheid van de provincie als concessieverlener, en de provincie kan bij de
nieuwe concessie zelf kiezen voor meer ritten.</p>
<h3>Informatie voor grensarbeiders</h3>
<p>Het kabinet neemt de aanbeveling over een digitale rekenhulp over. De Belastingdienst en de SVB ontwikkelen samen
met de Duitse Rentenversicherung een rekenmodule die in 2027 beschikbaar komt via de grensinformatiepunten.</p>
<h3>Zorg in het buitenland</h3>
<p>Het kenniscentrum vraagt aandacht voor de grensregio in het wetsvoorstel Zorgverzekering buitenland. Het kabinet
neemt een uitzondering op voor spoedeisende zorg en voor zorg die in Nederland niet binnen de treeknorm beschikbaar
is, maar kiest niet voor een algemene uitzondering op basis van afstand, omdat die moeilijk uitvoerbaar is.</p>
<h3>Actieagenda Grensregio's</h3>
<p>In de bijlage vindt u de voortgang van de Actieagenda Grensregio's 2024-2027. Van de achttien acties zijn er
elf afgerond. De volgende voortgangsrapportage ontvangt u in het najaar.</p>
<p>Tot slot dank ik het kenniscentrum voor zijn werk. Het kabinet blijft de grenseffectenrapportages gebruiken bij
het maken van nieuwe wetten.</p>
<p></p>
<p>De minister van Binnenlandse Zaken en Koninkrijksrelaties,</p>
<p><br>drs. P.J. Wolterbeek-Aydin</p>
</body></html>"""
    B.soffice_pdf(h, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Kabinetsreactie Grenseffectenrapportage 2026", "Pagina {n} van {m}",
            SERIF["Regular"])


RECS = [
    ("1a", "Richt één digitale rekenhulp in waarmee grensarbeiders en werkgevers",
     "Het kabinet neemt de aanbeveling over een digitale rekenhulp over", "agrees"),
    ("1b", "Maak met Duitsland afspraken om de thuiswerkregels in het belastingverdrag",
     "heeft kennisgenomen van de wens om de thuiswerkregels gelijk te trekken", "noted"),
    ("2a", "Verkort de erkenningsprocedure voor verpleegkundigen met een Duits diploma",
     "Het kabinet onderschrijft dat zeven maanden wachten te lang is", "agrees"),
    ("2b", "Bied grensarbeiders in de zorg een vergoeding voor de taaltoets", None, "unanswered"),
    ("3a", "Stel rijksgeld beschikbaar om de buslijn Nijmegen-Kleef in de jaren",
     "Het kabinet ziet geen aanleiding om rijksgeld in te zetten", "disagrees"),
    ("3b", "Zorg dat reizigers vanaf 2027 met één betaalmiddel, zoals betalen",
     "Daarmee wordt deze aanbeveling uitgevoerd", "agrees"),
    ("4a", "Neem in het wetsvoorstel een uitzondering op voor zorg in",
     "kiest niet voor een algemene uitzondering op basis van afstand", "partly"),
]
UNMATCHED = [
    "Het rapport laat opnieuw zien hoe regels die in Den Haag",
    "De volgende voortgangsrapportage ontvangt u in het najaar",
    "Tot slot dank ik het kenniscentrum voor zijn werk",
]
NOTES = ("GRENSEFFECTENRAPPORTAGE (annual cross-border impact assessment of a knowledge centre) answered by the "
         "minister's KAMERBRIEF 'Kabinetsreactie'. Verordening (EG) 883/2004, the BIG-register and the "
         "Nederland-Duitsland belastingverdrag are real, what is said of them is not to be relied on; the "
         "Kenniscentrum Grenseffecten Nederrijn, figures and people are invented. Recommendations: shaded boxes "
         "'Aanbevelingen' after each dossier with bold codes 1a, 1b, 2a, 2b, 3a, 3b, 4a in a narrow left cell "
         "(numbers are the codes). Traps: 'Belangrijkste bevindingen' bullets; a table of grensarbeiders; "
         "883/2004's 'moet ... worden verzekerd', 'moet die dag ... aangeven', 'moet ... doorlopen', 'moet worden "
         "overgestapt' as findings; a director's quote 'zou eigenlijk ... moeten zijn'; the ex-ante 'zou het "
         "wetsvoorstel een uitzondering moeten bevatten' (paraphrase of 4a in the body); table 'Opvolging "
         "aanbevelingen 2025' quoting LAST year's recommendations as imperatives. Kamerbrief with h3 theme headings "
         "in another order: intro (nothing); 'Arbeidsmarkt en diploma's' = 2a agrees (twelve weeks, which is "
         "within the three months asked); 'Belastingen en thuiswerken' = 1b noted; ONE section 'Openbaar vervoer "
         "over de grens' = 3b agrees (first paragraph) + 3a disagrees (second, a provincial matter); 'Informatie "
         "voor grensarbeiders' = 1a agrees; 'Zorg in het buitenland' = 4a partly (exceptions, but not by "
         "distance); 'Actieagenda Grensregio's' and the thanks (nothing); 2b (taaltoets) unanswered.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
