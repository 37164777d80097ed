"""Round 74 (nl): a COUNTRY CHAPTER of the European Commission's annual RULE OF LAW REPORT (Rechtsstaatverslag,
landenhoofdstuk), answered by the Member State's CONTRIBUTION to the next year's report, which follows the
Commission's questionnaire and opens with a section on the follow-up of last year's recommendations.

Advice: 'Verslag over de rechtsstaat 2026 - Landenhoofdstuk over de situatie van de rechtsstaat in Nederland'
(content invented), 2-3 p.: 'Samenvatting' with seven UNNUMBERED bullet recommendations after 'Algemeen wordt
Nederland aanbevolen:' (numbers are their order); body sections I-IV with stakeholders' 'zou ... moeten', the
2025 recommendation quoted with its follow-up, European standards ('moeten'), footnote-style source lines.
Response: 'Bijdrage van Nederland aan het Verslag over de rechtsstaat 2027', 2 p.: an introduction (nothing);
'0. Opvolging van de aanbevelingen in het Verslag over de rechtsstaat 2026' with short paraphrased sub-headings in
another order: middelen rechtspraak = 2 agrees; lobby = 3 partly + 4 agrees in one answer; benoemingen Hoge Raad =
1 noted; SLAPP = 6 agrees; consultatie = 7 disagrees; then questionnaire answers I.A vraag 1 and II vraag 7 (nothing);
5 (public broadcaster funding) unanswered.
Engine: LibreOffice Writer headless from HTML (ligature-free DejaVu copies, running head and 'n/m' stamped).

Run: /tmp/blind74nl/bin/python tests/docs/src/blind74/gen_nl_rechtsstaat_libreoffice.py   (needs soffice)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b74nl as B  # noqa: E402

NAME = "blind74_nl_rechtsstaat"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B74NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})

HEAD = """<html><head><meta charset="utf-8"><style>
@page { size: 21cm 29.7cm; margin: 2.2cm 2.3cm 2cm 2.3cm; }
body { font-family: '%s'; font-size: %spt; }
p { margin-top: 0; margin-bottom: 0.2cm; text-align: justify; line-height: 130%%; }
h1 { font-family: 'B74NL Sans'; font-size: 15pt; color: #003399; margin-bottom: 0.15cm; }
h2 { font-family: 'B74NL Sans'; font-size: 11pt; color: #003399; margin-top: 0.35cm; margin-bottom: 0.15cm; }
h3 { font-family: 'B74NL Sans'; font-size: 9.6pt; margin-top: 0.25cm; margin-bottom: 0.1cm; }
li { text-align: justify; margin-bottom: 0.12cm; }
.src { font-size: 7.5pt; color: #555555; }
.q { font-style: italic; margin-left: 0.8cm; margin-right: 0.8cm; }
.vr { font-family: 'B74NL Sans'; font-weight: bold; font-size: 9pt; color: #333333; }
</style></head><body>"""


def advice():
    h = HEAD % ("B74NL Serif", "9.6") + """
<p style="font-family: 'B74NL Sans'; font-size: 8pt; color: #555555">EUROPESE COMMISSIE &#8195; Brussel, 8.7.2026 &#8195; SWD(2026) 718 final</p>
<p style="font-family: 'B74NL Sans'; font-size: 8pt">WERKDOCUMENT VAN DE DIENSTEN VAN DE COMMISSIE</p>
<h1>Verslag over de rechtsstaat 2026<br/>Landenhoofdstuk over de situatie van de rechtsstaat in Nederland</h1>
<h2>Samenvatting</h2>
<p>Het Nederlandse justitiële stelsel wordt nog steeds gekenmerkt door een zeer hoge mate van waargenomen
onafhankelijkheid. De werklast van de rechtspraak is echter verder gestegen en de doorlooptijden in
strafzaken zijn langer geworden. Het anticorruptiekader is over het algemeen doeltreffend, al ontbreken nog
regels voor lobbyactiviteiten. Het medialandschap is pluriform; journalisten worden vaker bedreigd.</p>
<p>Wat de opvolging van de aanbevelingen in het Verslag over de rechtsstaat 2025 betreft, heeft Nederland enige
vooruitgang geboekt bij de regels voor voormalige bewindspersonen en geen verdere vooruitgang geboekt bij de
regulering van lobbyactiviteiten.</p>
<p>Algemeen wordt Nederland aanbevolen:</p>
<ul>
<li>de procedure voor de benoeming van de leden van de Hoge Raad verder te versterken, met name door de rol van de Tweede Kamer bij de voordracht te herzien in het licht van de Europese normen;</li>
<li>te zorgen voor toereikende personele en financiële middelen voor de rechtspraak en het openbaar ministerie, om de doorlooptijden in strafzaken te verkorten;</li>
<li>regels vast te stellen voor contacten tussen lobbyisten en bewindspersonen, met inbegrip van een verplicht en openbaar lobbyregister;</li>
<li>het verbod op lobbywerk voor voormalige bewindspersonen uit te breiden tot een periode van twee jaar na hun aftreden;</li>
<li>een stabiele en meerjarige financiering van de publieke omroep te waarborgen die niet afhankelijk is van jaarlijkse politieke besluitvorming;</li>
<li>een wettelijk kader vast te stellen dat journalisten en maatschappelijke organisaties beschermt tegen kennelijk ongegronde of misbruik makende gerechtelijke procedures;</li>
<li>de termijnen van de internetconsultatie bij wetsvoorstellen wettelijk vast te leggen op ten minste acht weken.</li>
</ul>
<h2>I. Justitieel stelsel</h2>
<h3>Onafhankelijkheid</h3>
<p>De leden van de Hoge Raad worden benoemd bij koninklijk besluit uit een voordracht van de Tweede Kamer, die op
haar beurt een aanbeveling van de Hoge Raad zelf volgt. Volgens de Europese normen moeten rechters worden benoemd
op basis van objectieve criteria en zonder beslissende invloed van de politieke organen. Verschillende
belanghebbenden gaven aan dat de rol van de Tweede Kamer zou moeten worden beperkt tot een formele bevestiging.</p>
<p class="src">Bronnen: bijdrage van Nederland aan het Verslag over de rechtsstaat 2026, blz. 4; informatie ontvangen in
het kader van het landenbezoek aan Nederland.</p>
<h3>Kwaliteit en efficiëntie</h3>
<p>De gemiddelde doorlooptijd in strafzaken in eerste aanleg is gestegen van 197 dagen in 2023 tot 236 dagen in
2025. De Raad voor de rechtspraak meldt dat 180 rechtersplaatsen onvervuld zijn.</p>
<h2>II. Anticorruptiekader</h2>
<p>In het Verslag over de rechtsstaat 2025 werd Nederland aanbevolen <span class="q">\u2018de regels inzake
draaideurconstructies voor voormalige bewindspersonen te versterken\u2019</span>. Sinds 1 januari 2026 geldt een
lobbyverbod van één jaar voor voormalige bewindspersonen ten aanzien van hun eigen voormalige ministerie. Dat is
enige vooruitgang. Een lobbyregister bestaat nog niet; de regering heeft in 2024 een wetsvoorstel aangekondigd,
maar dat is nog niet ingediend. Volgens de Groep van Staten tegen Corruptie moeten contacten met lobbyisten
transparant zijn.</p>
<h2>III. Pluriformiteit en vrijheid van de media</h2>
<p>De publieke omroep wordt gefinancierd uit de rijksbegroting; de hoogte van de bijdrage wordt jaarlijks
vastgesteld. Mediaorganisaties vinden dat de financiering voor ten minste vijf jaar vast zou moeten liggen. Het
aantal bij PersVeilig gemelde bedreigingen van journalisten steeg van 199 in 2024 naar 241 in 2025. Nederland
moet de EU-richtlijn ter bescherming van personen die zich publiekelijk uitspreken uiterlijk op 7 mei 2026 in
nationaal recht omzetten.</p>
<h2>IV. Andere institutionele kwesties in verband met checks-and-balances</h2>
<p>Wetsvoorstellen worden in de regel via internet geconsulteerd. De consultatietermijn bedraagt gewoonlijk vier
weken, maar werd in 2025 bij zeventien voorstellen verkort tot twee weken of minder. Belanghebbenden merkten op
dat korte termijnen de inbreng van kleinere organisaties bemoeilijken.</p>
</body></html>"""
    B.soffice_pdf(h, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Verslag over de rechtsstaat 2026 - Landenhoofdstuk Nederland", "{n}/{m}",
            SANS["Regular"])


def response():
    h = HEAD % ("B74NL Sans", "9.4") + """
<p style="font-size: 8pt; color: #555555">Rijksoverheid | Ministerie van Binnenlandse Zaken en Koninkrijksrelaties | Ministerie van Justitie en Veiligheid</p>
<h1>Bijdrage van Nederland aan het Verslag over de rechtsstaat 2027</h1>
<p style="color: #555555">Ingediend op 16 januari 2027</p>
<h2>Inleiding</h2>
<p>Deze bijdrage volgt de indeling van de vragenlijst die de Europese Commissie op 4 november 2026 aan de
lidstaten heeft gestuurd. De informatie is verzameld bij de betrokken ministeries, de Raad voor de rechtspraak
en het College van procureurs-generaal, en geeft de stand van zaken per 31 december 2026 weer.</p>
<h2>0. Opvolging van de aanbevelingen in het Verslag over de rechtsstaat 2026</h2>
<p class="vr">Middelen voor rechtspraak en openbaar ministerie</p>
<p>Aan deze aanbeveling is gevolg gegeven. De rijksbegroting 2027 bevat een structurele verhoging van 145
miljoen euro voor de strafrechtketen, waarvan 60 miljoen euro voor de rechtspraak. Daarmee kunnen 120
rechters en 90 officieren van justitie extra worden aangesteld.</p>
<p class="vr">Lobbyactiviteiten en voormalige bewindspersonen</p>
<p>Het wetsvoorstel Transparantie lobbycontacten is op 3 oktober 2026 bij de Tweede Kamer ingediend. Het
voorziet in de openbaarmaking van de agenda's van bewindspersonen, maar niet in een verplicht lobbyregister;
de regering kiest voor een vrijwillig register dat in 2028 wordt geëvalueerd. Het lobbyverbod voor
voormalige bewindspersonen is met ingang van 1 januari 2027 verlengd tot twee jaar, zoals aanbevolen.</p>
<p class="vr">Benoeming van de leden van de Hoge Raad</p>
<p>De voordracht voor de benoeming van leden van de Hoge Raad is een bevoegdheid van de Tweede Kamer. De
regering heeft de aanbeveling ter kennis gebracht van de Kamer, die in het voorjaar van 2027 een
rondetafelgesprek over de procedure houdt. De regering wacht de uitkomst daarvan af.</p>
<p class="vr">Bescherming tegen misbruik van procesrecht</p>
<p>De Wet bescherming tegen onrechtmatige procedures is op 1 mei 2026 in werking getreden. Zij geldt ook voor
zaken zonder grensoverschrijdend karakter en biedt de rechter de mogelijkheid een vordering in een vroeg
stadium als kennelijk ongegrond af te wijzen.</p>
<p class="vr">Internetconsultatie</p>
<p>De regering ziet geen aanleiding de consultatietermijn wettelijk vast te leggen. De Aanwijzingen voor de
regelgeving schrijven een termijn van vier weken voor; van die termijn wordt alleen afgeweken als dat
gemotiveerd in de toelichting wordt vermeld. Een wettelijke termijn zou spoedwetgeving onnodig vertragen.</p>
<h2>I. Justitieel stelsel</h2>
<h3>A. Onafhankelijkheid</h3>
<p class="vr">Vraag 1. Benoeming en selectie van rechters, aanklagers en gerechtsbestuurders</p>
<p>In 2026 zijn 131 rechters in opleiding benoemd. De Landelijke Selectiecommissie Rechters heeft haar
selectieprocedure aangepast, zodat kandidaten met een andere juridische achtergrond beter kunnen instromen.</p>
<h2>II. Anticorruptiekader</h2>
<p class="vr">Vraag 7. Strafrechtelijke vervolging van corruptie</p>
<p>Het openbaar ministerie heeft in 2026 achtentwintig zaken van ambtelijke omkoping aan de rechter voorgelegd,
tegen tweeëntwintig in 2025. De Rijksrecherche kreeg er twaalf rechercheurs bij.</p>
</body></html>"""
    B.soffice_pdf(h, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Bijdrage van Nederland - Verslag over de rechtsstaat 2027",
            "pagina {n} van {m}", SANS["Regular"])


RECS = [
    (1, "de procedure voor de benoeming van de leden van de Hoge Raad",
     "De regering heeft de aanbeveling ter kennis gebracht van de Kamer", "noted"),
    (2, "te zorgen voor toereikende personele en financiële middelen voor de rechtspraak",
     "Aan deze aanbeveling is gevolg gegeven", "agrees"),
    (3, "regels vast te stellen voor contacten tussen lobbyisten en bewindspersonen",
     "de regering kiest voor een vrijwillig register", "partly"),
    (4, "het verbod op lobbywerk voor voormalige bewindspersonen uit te breiden tot",
     "verlengd tot twee jaar, zoals aanbevolen", "agrees"),
    (5, "een stabiele en meerjarige financiering van de publieke omroep te waarborgen", None, "unanswered"),
    (6, "een wettelijk kader vast te stellen dat journalisten en maatschappelijke organisaties beschermt",
     "De Wet bescherming tegen onrechtmatige procedures is op 1 mei 2026", "agrees"),
    (7, "de termijnen van de internetconsultatie bij wetsvoorstellen wettelijk vast te leggen",
     "De regering ziet geen aanleiding de consultatietermijn wettelijk vast te leggen", "disagrees"),
]
UNMATCHED = [
    "Deze bijdrage volgt de indeling van de vragenlijst",
    "In 2026 zijn 131 rechters in opleiding benoemd",
    "achtentwintig zaken van ambtelijke omkoping aan de rechter voorgelegd",
]
NOTES = ("COUNTRY CHAPTER of the European Commission's RULE OF LAW REPORT (Verslag over de rechtsstaat, landenhoofdstuk) "
         "answered by the Member State's CONTRIBUTION to the next year's report, which follows the Commission's "
         "questionnaire and opens with '0. Opvolging van de aanbevelingen'. The Commission, the report series, the "
         "Hoge Raad, the Tweede Kamer, GRECO, PersVeilig, the Raad voor de rechtspraak, the anti-SLAPP directive and "
         "the Aanwijzingen voor de regelgeving are real; the SWD number, all figures, dates, the Dutch laws 'Wet "
         "bescherming tegen onrechtmatige procedures' and 'Transparantie lobbycontacten' and everything the documents "
         "say are invented. Recommendations: seven UNNUMBERED bullets after 'Algemeen wordt Nederland aanbevolen:' in "
         "the Samenvatting (numbers are their order); the body repeats their subjects as findings. Traps: the 2025 "
         "recommendation quoted in II with its follow-up, 'Volgens de Europese normen moeten', stakeholders' 'zou ... "
         "moeten', GRECO's 'moeten', the directive's transposition duty ('moet ... omzetten'). Response: sub-headings "
         "without numbers in the order 2, 3+4 (ONE answer: voluntary register instead of a mandatory one = partly; "
         "two-year ban = agrees), 1 noted (a matter for the Tweede Kamer, passed on), 6 agrees, 7 disagrees; the "
         "introduction and the questionnaire answers to Vraag 1 and Vraag 7 answer nothing; 5 (public broadcaster "
         "funding) unanswered.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
