"""blind24_nl_awti: an (invented) AWTI advice on research infrastructure and the cabinet's reaction (Kamerbrief OCW
mede namens EZ). Engine: LibreOffice Writer headless from HTML (header/footer divs, PAGE field)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _b24nl import check, lo_build, out, write_expected  # noqa: E402

NAME = "blind24_nl_awti"

CSS_A = """
body { font-family: 'Liberation Serif'; font-size: 11pt; }
p { margin-top: 0; margin-bottom: 6pt; line-height: 130%; }
p.title { font-family: 'Liberation Sans'; font-size: 24pt; font-weight: bold; color: #6b2c5f; margin-bottom: 4pt; }
p.sub { font-family: 'Liberation Sans'; font-size: 14pt; color: #6b2c5f; margin-bottom: 14pt; }
p.meta { font-family: 'Liberation Sans'; font-size: 9pt; color: #666666; }
h1 { font-family: 'Liberation Sans'; font-size: 15pt; color: #6b2c5f; margin-top: 14pt; margin-bottom: 6pt; }
h2 { font-family: 'Liberation Sans'; font-size: 12pt; margin-top: 10pt; margin-bottom: 4pt; }
h3 { font-family: 'Liberation Sans'; font-size: 11pt; font-style: italic; font-weight: normal; }
p.boxtitle { font-family: 'Liberation Sans'; font-size: 11pt; color: #6b2c5f; margin-bottom: 3pt; }
p.boxp { margin-bottom: 3pt; }
p.cell { font-size: 10pt; margin-bottom: 0; }
p.fn { font-size: 8.5pt; margin-bottom: 1pt; }
p.small { font-size: 9pt; }
p.hdr, p.ftr { font-family: 'Liberation Sans'; font-size: 8pt; color: #777777; }
"""

advice = [
    ("meta", ["Adviesraad voor wetenschap, technologie en innovatie", "Advies | september 2025"]),
    ("title", "Gebouwd om te blijven"),
    ("sub", "Naar een duurzame financiering van onderzoeksinfrastructuur in Nederland"),
    ("p", "<i>Aan de minister van Onderwijs, Cultuur en Wetenschap en de minister van Economische Zaken. "
          "Kenmerk AWTI/2025/117, Den Haag, 18 september 2025.</i>"),
    ("h1", "Samenvatting"),
    ("p", "Nederland investeert aanzienlijk in onderzoeksinfrastructuur: telescopen, cohortstudies, "
          "rekencentra, cleanrooms en biobanken. Maar geld voor de bouw is iets anders dan geld voor het beheer. "
          "Veel voorzieningen worden met een eenmalige subsidie gerealiseerd en raken daarna in financiële nood. "
          "Technici vertrekken, apparatuur veroudert en de toegang voor onderzoekers van buiten de eigen instelling "
          "blijft beperkt."),
    ("p", "De raad doet zeven adviezen. Vijf zijn gericht aan het kabinet en gaan over structurele middelen, een "
          "vaste planningscyclus, levensduurkosten, technisch personeel en internationale samenwerking. Twee "
          "adviezen richten zich tot de kennisinstellingen zelf en gaan over openheid en bundeling. De adviezen "
          "staan in hoofdstuk 4; hoofdstuk 2 en 3 bevatten de analyse."),
    ("h1", "1  Aanleiding en vraagstelling"),
    ("p", "De raad heeft dit advies op eigen initiatief opgesteld. Aanleiding waren signalen uit het veld dat "
          "meerdere voorzieningen die in de periode 2015-2020 met middelen uit de Nationale Roadmap zijn "
          "gebouwd, na afloop van de subsidie niet meer volledig operationeel zijn.<sup>1</sup> De raad heeft zich "
          "de vraag gesteld hoe de financiering van onderzoeksinfrastructuur zo kan worden ingericht dat "
          "investeringen renderen over de gehele levensduur."),
    ("p", "Voor dit advies heeft de raad 34 gesprekken gevoerd met beheerders, onderzoekers, bestuurders en "
          "financiers, een enquête uitgezet onder 112 voorzieningen en de financieringsstelsels van Denemarken, "
          "Zwitserland en het Verenigd Koninkrijk vergeleken."),
    ("h1", "2  De kosten komen na de bouw"),
    ("p", "Uit de enquête blijkt dat de jaarlijkse exploitatiekosten van een gemiddelde voorziening tussen de 8 en "
          "15 procent van de bouwkosten bedragen. Over een levensduur van vijftien jaar zijn de exploitatiekosten "
          "daarmee hoger dan de investering zelf. Toch vraagt slechts een kwart van de financiers bij de aanvraag "
          "naar een exploitatieplan."),
    ("table", ["Type voorziening", "Aantal in enquête", "Exploitatie gedekt na subsidie"],
     [["Rekenen en data", "27", "61%"], ["Biobanken en cohorten", "22", "38%"],
      ["Grote apparatuur (fysica, chemie)", "31", "55%"], ["Observatoria en veldstations", "18", "29%"],
      ["Overig", "14", "47%"]], [0.5, 0.2, 0.3]),
    ("small", "Tabel 1. Mate waarin exploitatiekosten na afloop van de bouwsubsidie structureel zijn gedekt. "
              "Bron: AWTI-enquête 2025 (n = 112)."),
    ("p", "Het gevolg is dat instellingen exploitatie financieren uit de eerste geldstroom, ten koste van "
          "onderwijs en onderzoek, of dat voorzieningen worden afgeschaald. Zeventien respondenten meldden dat "
          "hun voorziening in de afgelopen drie jaar minder uren beschikbaar was door personeelstekort."),
    ("h1", "3  Mensen maken de infrastructuur"),
    ("p", "Technisch en wetenschappelijk ondersteunend personeel is de ruggengraat van iedere voorziening. De "
          "raad constateert dat deze groep weinig loopbaanperspectief heeft: er is geen erkende functieladder, "
          "technici worden zelden genoemd in publicaties en hun contracten volgen vaak de looptijd van de "
          "subsidie.<sup>2</sup> In het buitenland zijn betere voorbeelden te vinden; in Zwitserland bestaat sinds "
          "2019 een landelijk loopbaanpad voor research software engineers en beheerders."),
    ("p", "Daarnaast is veel infrastructuur feitelijk alleen toegankelijk voor de eigen onderzoeksgroep. "
          "Tarieven voor externe gebruikers zijn vaak niet openbaar en bedrijven weten niet waar zij terecht "
          "kunnen. Ook zijn sommige voorzieningen te groot voor één land, zoals de volgende generatie "
          "neutronenbronnen en exascale rekenkracht."),
    ("fn", ["<sup>1</sup> Zie Bijlage B voor de lijst van voorzieningen die de raad heeft benaderd.",
            "<sup>2</sup> Van de 112 voorzieningen noemt 71 procent het behoud van technici als grootste risico."]),
    ("h1", "4  Adviezen"),
    ("p", "Op basis van de analyse komt de raad tot de volgende adviezen. De adviezen I tot en met V zijn gericht "
          "aan het kabinet, de adviezen VI en VII aan de universiteiten, de umc's en NWO."),
    ("h2", "Aan het kabinet"),
    ("box", "Advies I", ["Reserveer op de rijksbegroting een structureel budget voor de exploitatie van "
                         "grootschalige onderzoeksinfrastructuur van ten minste 150 miljoen euro per jaar."]),
    ("p", "Incidentele middelen uit fondsen zijn geschikt voor de bouw, maar niet voor de exploitatie. Een vast "
          "budget geeft beheerders de zekerheid die nodig is om personeel te behouden."),
    ("box", "Advies II", ["Stel een nationale roadmap voor onderzoeksinfrastructuur vast die elke vier jaar "
                          "wordt herzien en koppel financieringsbesluiten aan die roadmap."]),
    ("box", "Advies III", ["Eis bij iedere aanvraag voor publieke financiering een exploitatie- en "
                           "afschrijvingsplan voor de gehele levensduur van de voorziening."]),
    ("p", "Zo'n plan maakt de totale kosten zichtbaar en dwingt aanvragers en financiers om vooraf na te denken "
          "over afbouw of vervanging."),
    ("box", "Advies IV", ["Versterk de positie van technisch personeel bij onderzoeksinfrastructuur, in het "
                          "bijzonder door:",
                          "a) met de sociale partners een erkend loopbaanpad in de cao op te nemen;",
                          "b) in de beoordeling van aanvragen technici als mede-aanvrager te erkennen."]),
    ("box", "Advies V", ["Verken met België, Duitsland en de Scandinavische landen gezamenlijke investeringen "
                         "in voorzieningen die voor één land te groot zijn."]),
    ("h2", "Aan de kennisinstellingen"),
    ("box", "Advies VI", ["Maak de toegang tot voorzieningen voor externe onderzoekers en bedrijven "
                          "transparant en publiceer de tarieven."]),
    ("box", "Advies VII", ["Bundel het beheer van kleinere voorzieningen in regionale of thematische centra "
                           "met gedeeld technisch personeel."]),
    ("h1", "5  Tot besluit"),
    ("p", "De raad realiseert zich dat deze adviezen geld kosten in een periode waarin de kennisbegroting onder "
          "druk staat. Hij wijst er echter op dat verwaarlozing van bestaande infrastructuur op termijn duurder "
          "is dan onderhoud. De raad is graag bereid zijn advies nader toe te lichten."),
    ("sp",),
    ("p", "Prof. dr. A.C. Wintermans, voorzitter<br/>Dr. S. el Idrissi, algemeen secretaris"),
]

CSS_R = CSS_A.replace("#6b2c5f", "#154273").replace("'Liberation Serif'", "'Liberation Sans'")

response = [
    ("meta", ["Ministerie van Onderwijs, Cultuur en Wetenschap", "&gt; Retouradres Postbus 16375 2500 BJ Den Haag"]),
    ("p", "De Voorzitter van de Tweede Kamer der Staten-Generaal<br/>Postbus 20018<br/>2500 EA Den Haag"),
    ("table", ["Datum", "Betreft"],
     [["12 december 2025", "Kabinetsreactie op het AWTI-advies 'Gebouwd om te blijven'"]], [0.3, 0.7]),
    ("p", "<font size=\"2\">Ons kenmerk 52081947 | Uw kenmerk AWTI/2025/117 | Bijlage 1</font>"),
    ("p", "Geachte voorzitter,"),
    ("p", "Hierbij ontvangt u, mede namens de minister van Economische Zaken, de reactie van het kabinet op het "
          "advies 'Gebouwd om te blijven' van de Adviesraad voor wetenschap, technologie en innovatie (AWTI). Het "
          "kabinet dankt de raad voor een helder en goed onderbouwd advies over een onderwerp dat in het "
          "wetenschapsbeleid te weinig aandacht krijgt."),
    ("h2", "Beleidscontext"),
    ("p", "Het advies verschijnt op een moment dat de rijksbegroting voor onderwijs en wetenschap voor de "
          "komende jaren is vastgesteld. Het kabinet heeft in het hoofdlijnenakkoord gekozen voor een beperkte "
          "groei van de kennisbegroting. Binnen die ruimte wil het kabinet bestaande voorzieningen beter benutten "
          "voordat nieuwe worden gebouwd. Die lijn sluit goed aan bij de analyse van de raad."),
    ("h2", "Reactie op de adviezen"),
    ("p", "<b>Een vaste cyclus (advies II).</b> Het kabinet neemt dit advies over. De Nationale Roadmap "
          "Grootschalige Onderzoeksfaciliteiten wordt vanaf 2026 elke vier jaar herijkt door een onafhankelijke "
          "commissie, en investeringsbesluiten van NWO worden voortaan aan de roadmap gekoppeld."),
    ("p", "<b>Structurele middelen (advies I).</b> Het kabinet deelt de analyse van de raad dat exploitatie "
          "het zwakke punt is, maar niet de conclusie dat daarvoor een apart budget op de rijksbegroting nodig "
          "is. De middelen die instellingen via de eerste geldstroom ontvangen, zijn mede bedoeld voor "
          "infrastructuur. Een nieuw geoormerkt budget van 150 miljoen euro acht het kabinet daarom niet "
          "opportuun."),
    ("p", "<b>Levensduurkosten (advies III).</b> Het kabinet onderschrijft het advies in beginsel. Een "
          "exploitatie- en afschrijvingsplan wordt per 1 januari 2027 verplicht, maar alleen voor aanvragen met "
          "een investering boven 5 miljoen euro; voor kleinere aanvragen zou de administratieve last niet in "
          "verhouding staan tot de opbrengst."),
    ("p", "<b>Technisch personeel (advies IV).</b> Het kabinet herkent het beeld dat de raad schetst. Afspraken "
          "over loopbaanpaden zijn echter een zaak van de sociale partners in het hoger onderwijs. Het kabinet "
          "heeft kennisgenomen van het advies en brengt het onder de aandacht van de cao-partijen; over de "
          "erkenning van technici in de beoordeling gaat NWO zelf."),
    ("p", "<b>Openheid en bundeling (adviezen VI en VII).</b> Deze twee adviezen zijn gericht aan de "
          "kennisinstellingen. Het kabinet steunt ze wel en heeft ze besproken in het bestuurlijk overleg met "
          "Universiteiten van Nederland, de NFU en NWO. De instellingen hebben toegezegd uiterlijk medio 2026 "
          "de tarieven voor externe gebruikers openbaar te maken. Over regionale of thematische centra "
          "willen zij eerst de ervaringen van de proeftuin in Twente afwachten; het kabinet volgt dat met "
          "belangstelling."),
    ("h2", "Tot slot"),
    ("p", "Onderzoeksinfrastructuur is een gemeenschappelijke verantwoordelijkheid van overheid, "
          "kennisinstellingen en bedrijfsleven. Het kabinet zal uw Kamer in de voortgangsbrief over het "
          "wetenschapsbeleid van het voorjaar van 2026 informeren over de uitwerking van deze reactie."),
    ("sp",),
    ("p", "De minister van Onderwijs, Cultuur en Wetenschap,<br/><br/>drs. R.J. Sandbergen"),
]

expected = {
    "recommendations": [
        {"number": "I", "starts_with": "Reserveer op de rijksbegroting een structureel budget voor de exploitatie",
         "reply_contains": "Een nieuw geoormerkt budget van 150 miljoen euro acht",
         "verdict": "disagrees"},
        {"number": "II", "starts_with": "Stel een nationale roadmap voor onderzoeksinfrastructuur vast die elke vier",
         "reply_contains": "wordt vanaf 2026 elke vier jaar herijkt", "verdict": "agrees"},
        {"number": "III", "starts_with": "Eis bij iedere aanvraag voor publieke financiering een exploitatie-",
         "reply_contains": "maar alleen voor aanvragen met een investering boven", "verdict": "partly"},
        {"number": "IV", "starts_with": "Versterk de positie van technisch personeel bij onderzoeksinfrastructuur",
         "reply_contains": "brengt het onder de aandacht van de cao-partijen", "verdict": "noted"},
        {"number": "V", "starts_with": "Verken met België, Duitsland en de Scandinavische landen gezamenlijke",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "VI", "starts_with": "Maak de toegang tot voorzieningen voor externe onderzoekers en bedrijven",
         "reply_contains": "de tarieven voor externe gebruikers openbaar te maken", "verdict": "agrees",
         "also": ["noted"]},
        {"number": "VII", "starts_with": "Bundel het beheer van kleinere voorzieningen in regionale",
         "reply_contains": "willen zij eerst de ervaringen van de proeftuin", "verdict": "noted"},
    ],
    "unmatched_replies_contain": [
        "Het kabinet dankt de raad voor een helder en goed onderbouwd advies",
        "Het kabinet heeft in het hoofdlijnenakkoord gekozen voor een beperkte",
        "Onderzoeksinfrastructuur is een gemeenschappelijke verantwoordelijkheid van overheid",
    ],
    "notes": ("Invented AWTI advice (LibreOffice from HTML, serif body, header/footer from LO's header divs) and the "
              "cabinet's Kamerbrief. Recommendations are shaded boxes 'Advies I' ... 'Advies VII' (Roman numerals) "
              "under two addressee sub-headings in chapter 4; IV has sub-points a) and b) that belong to it; some "
              "boxes are followed by unboxed explanation. The summary paraphrases the seven adviezen by theme and "
              "a table in ch. 2 is data. The reply answers with bold run-in labels in the cabinet's own words plus "
              "Roman numbers in parentheses, order II, I, III, IV, VI+VII in ONE paragraph (aimed at the "
              "institutions; the cabinet relays their commitments: VI tariffs published = agrees, also noted; VII "
              "they wait for a pilot = noted). I: 'deelt de analyse ... maar niet de conclusie ... niet "
              "opportuun' (disagrees); III 'in beginsel ... maar alleen boven 5 miljoen' (partly); IV sociale "
              "partners, 'kennisgenomen' (noted); V (international co-investment) is never answered. Opening "
              "paragraph, 'Beleidscontext' and 'Tot slot' are unmatched."),
}

if __name__ == "__main__":
    lo_build(out(f"{NAME}_advice.pdf"), advice, "AWTI  |  Gebouwd om te blijven  |  september 2025",
             "Adviesraad voor wetenschap, technologie en innovatie  -  {PAGE}", CSS_A, box_bg="#f1e8ef")
    lo_build(out(f"{NAME}_response.pdf"), response, "Ministerie van OCW  |  Ons kenmerk 52081947",
             "Pagina {PAGE}", CSS_R, box_bg="#dde7f2")
    write_expected(NAME, expected)
    sys.exit(0 if check(NAME) else 1)
