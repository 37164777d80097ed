"""blind24_nl_ap_gemeente: Autoriteit Persoonsgegevens onderzoeksrapport to an (invented) municipality and the
college's raadsinformatiebrief. Engine: reportlab. Names, numbers and the municipality Westerkoog are invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _b24nl import check, out, rl_build, write_expected  # noqa: E402

NAME = "blind24_nl_ap_gemeente"

advice = [
    ("meta", ["Autoriteit Persoonsgegevens", "Postbus 93374, 2509 AJ Den Haag",
              "Ons kenmerk z2024-09183 | Datum 12 juni 2025 | Openbare versie"]),
    ("title", "Selectie op score"),
    ("sub", "Onderzoek naar het gebruik van een risicoscoremodel bij de controle op bijstandsuitkeringen door de "
            "gemeente Westerkoog"),
    ("h1", "Samenvatting"),
    ("p", "De gemeente Westerkoog gebruikt sinds 2021 een risicoscoremodel om te bepalen welke ontvangers van een "
          "bijstandsuitkering worden uitgenodigd voor een heronderzoek. De Autoriteit Persoonsgegevens (AP) heeft "
          "onderzocht of de verwerking van persoonsgegevens die daarbij plaatsvindt voldoet aan de Algemene "
          "verordening gegevensbescherming (AVG). Dat is op onderdelen niet het geval."),
    ("p", "De AP stelt vast dat de doeleinden van het model nergens zijn vastgelegd, dat het model variabelen "
          "gebruikt waarvan de noodzaak niet is aangetoond, dat inwoners niet weten dat hun gegevens op deze manier "
          "worden gebruikt en dat de gemeente het model sinds de invoering niet meer heeft getoetst. De AP doet in dit "
          "rapport zeven aanbevelingen aan het college van burgemeester en wethouders. Zij zijn per hoofdstuk "
          "genummerd en staan aan het eind van de hoofdstukken 3, 4 en 5."),
    ("p", "Dit onderzoek is geen handhavingsonderzoek. De AP heeft geen boete opgelegd en geen last onder "
          "dwangsom. Zij behoudt zich wel het recht voor om op een later moment handhavend op te treden als de "
          "gemeente het model in de huidige vorm opnieuw in gebruik neemt."),
    ("h1", "1  Inleiding"),
    ("h2", "1.1  Aanleiding"),
    ("p", "In het voorjaar van 2024 ontving de AP twee signalen over het risicoscoremodel van Westerkoog: een "
          "klacht van een inwoner die zonder opgaaf van redenen drie keer binnen twee jaar voor een heronderzoek "
          "was uitgenodigd, en vragen van een lid van de gemeenteraad over de variabelen in het model.<sup>1</sup> "
          "Naar aanleiding daarvan heeft de AP in september 2024 een onderzoek ingesteld."),
    ("h2", "1.2  Onderzoeksvragen"),
    ("p", "Het onderzoek moest antwoord geven op drie vragen:"),
    ("ol", [("1.", "Op welke grondslag en voor welke doeleinden verwerkt de gemeente persoonsgegevens in het model?"),
            ("2.", "Worden betrokkenen voldoende geïnformeerd en kunnen zij hun rechten uitoefenen?"),
            ("3.", "Heeft de gemeente passende maatregelen getroffen om de risico's van het model te beheersen?")]),
    ("h2", "1.3  Werkwijze"),
    ("p", "De AP heeft documenten opgevraagd bij de gemeente, waaronder de technische beschrijving van het model, de "
          "verwerkersovereenkomst met de leverancier en de gegevensbeschermingseffectbeoordeling (DPIA) uit 2020. "
          "Daarnaast zijn gesprekken gevoerd met medewerkers van de afdeling Werk en Inkomen, de functionaris "
          "voor gegevensbescherming (FG) en de leverancier. Het college heeft op 14 mei 2025 op het conceptrapport "
          "gereageerd; die reactie is waar nodig verwerkt."),
    ("h1", "2  Het risicoscoremodel"),
    ("p", "Het model kent aan iedere ontvanger van een bijstandsuitkering eens per kwartaal een score toe tussen 0 en "
          "100. Ontvangers met een score boven 70 komen op een lijst waaruit de handhavingsconsulenten een keuze "
          "maken. Daarnaast wordt elk kwartaal een aselecte steekproef van 40 dossiers getrokken. In 2024 werden "
          "412 heronderzoeken gestart, waarvan 318 op basis van de score."),
    ("table", ["Variabele", "Bron", "Aandeel in de score"],
     [["Duur van de uitkering", "Suite Sociaal Domein", "22%"],
      ["Samenstelling huishouden", "BRP", "18%"],
      ["Nationaliteit", "BRP", "9%"],
      ["Woonwijk (viercijferige postcode)", "BRP", "14%"],
      ["Eerdere terugvorderingen", "Suite Sociaal Domein", "25%"],
      ["Wijzigingen in opgegeven inkomsten", "Suite Sociaal Domein", "12%"]],
     [0.45, 0.3, 0.25]),
    ("small", "Tabel 1. Variabelen in het model (versie 2.3, peildatum 1 oktober 2024). Bron: leverancier."),
    ("p", "De gemeente kon niet aangeven waarom juist deze variabelen zijn gekozen. Volgens de leverancier zijn zij "
          "in 2020 afgeleid uit historische fraudedossiers van drie andere gemeenten. Een validatie op "
          "Westerkoogse gegevens heeft nooit plaatsgevonden."),
    ("h1", "3  Grondslag en doelbinding"),
    ("p", "De gemeente baseert de verwerking op artikel 6, eerste lid, onder e, AVG (taak van algemeen belang) in "
          "samenhang met artikel 53a van de Participatiewet. Die bepaling geeft het college de bevoegdheid om "
          "onderzoek te doen naar de juistheid van verstrekte gegevens. De AP acht deze grondslag in beginsel "
          "toereikend, maar dat ontslaat de gemeente niet van de plicht om de doeleinden welbepaald en "
          "uitdrukkelijk vast te leggen (artikel 5, eerste lid, onder b, AVG)."),
    ("p", "Uit de gesprekken blijkt dat de score in de praktijk ook wordt gebruikt voor andere doeleinden dan "
          "heronderzoek, zoals het plannen van huisbezoeken en het toewijzen van dossiers aan consulenten. "
          "Daarnaast gebruikt het model twee variabelen, nationaliteit en woonwijk, die kunnen leiden tot indirect "
          "onderscheid naar afkomst. De gemeente heeft niet aangetoond dat deze variabelen noodzakelijk zijn."),
    ("h3", "Aanbeveling 3.1"),
    ("p", "Stel vast voor welke doeleinden het risicoscoremodel mag worden gebruikt en leg die doeleinden vast in "
          "een openbaar collegebesluit. Gebruik voor andere doeleinden dient uitdrukkelijk te worden uitgesloten."),
    ("h3", "Aanbeveling 3.2"),
    ("p", "Verwijder de variabelen nationaliteit en woonwijk uit het model en onderzoek voor elk van de overige "
          "variabelen of zij noodzakelijk is voor het doel van de controle."),
    ("fn", ["<sup>1</sup> Schriftelijke vragen van het raadslid mevrouw J. Okkerse (fractie Westerkoog Lokaal), "
            "4 maart 2024.",
            "<sup>2</sup> Zie ook het normenkader algoritmes van de AP, versie 2023, paragraaf 4."]),
    ("h1", "4  Transparantie en rechten van betrokkenen"),
    ("p", "Op grond van de artikelen 13 en 14 AVG moeten betrokkenen worden geïnformeerd over de verwerking van "
          "hun gegevens. De aanvraagformulieren en de website van de gemeente vermelden niet dat een "
          "risicoscoremodel wordt gebruikt.<sup>2</sup> Ook in de brief waarmee iemand wordt uitgenodigd voor een "
          "heronderzoek ontbreekt iedere verwijzing naar de wijze van selectie. Ontvangers kunnen daardoor niet "
          "nagaan of zij door de score of door toeval zijn geselecteerd."),
    ("p", "In 2024 vroegen elf inwoners om inzage in hun gegevens. In zeven gevallen werd niet binnen de termijn "
          "van één maand beslist; in geen enkel geval is de risicoscore zelf verstrekt. De gemeente stelde dat de "
          "score geen persoonsgegeven is. De AP deelt dat standpunt niet: een score die aan een persoon wordt "
          "gekoppeld en gevolgen voor hem heeft, is een persoonsgegeven."),
    ("h3", "Aanbeveling 4.1"),
    ("p", "Informeer aanvragers van een bijstandsuitkering vooraf en in begrijpelijke taal over het gebruik van het "
          "model en over de gegevens die daarvoor worden verwerkt."),
    ("h3", "Aanbeveling 4.2"),
    ("p", "Vermeld in iedere uitnodiging voor een heronderzoek of de selectie het gevolg is van de risicoscore of "
          "van de aselecte steekproef."),
    ("h3", "Aanbeveling 4.3"),
    ("p", "Richt een procedure in waarmee betrokkenen hun risicoscore kunnen inzien en laten corrigeren, en beslis "
          "op verzoeken binnen de wettelijke termijn."),
    ("h1", "5  Risicobeheersing en toezicht"),
    ("p", "De DPIA dateert van vóór de invoering van het model en is sindsdien niet geactualiseerd, hoewel het "
          "model in 2022 en 2024 is aangepast. De FG is bij geen van beide aanpassingen betrokken. Evenmin is ooit "
          "onderzocht of het model bepaalde groepen vaker selecteert dan op grond van de feitelijke uitkomsten "
          "van heronderzoeken gerechtvaardigd is. De gemeenteraad is sinds 2021 niet over het model geïnformeerd."),
    ("h3", "Aanbeveling 5.1"),
    ("p", "Voer een nieuwe DPIA uit voordat het model opnieuw in gebruik wordt genomen en betrek daarbij de "
          "functionaris voor gegevensbescherming."),
    ("h3", "Aanbeveling 5.2"),
    ("p", "Laat het model jaarlijks door een onafhankelijke partij toetsen op onbedoeld onderscheid en informeer "
          "de gemeenteraad over de uitkomsten van die toets."),
    ("h1", "6  Tot slot"),
    ("p", "De AP stelt het op prijs dat de gemeente gedurende het onderzoek volledig heeft meegewerkt en het model "
          "in april 2025 vrijwillig heeft stilgezet. De AP zal de opvolging van dit rapport volgen en gaat ervan uit "
          "dat het college de gemeenteraad over zijn reactie informeert."),
    ("sp", 10),
    ("p", "<i>Autoriteit Persoonsgegevens, namens deze,</i><br/>mr. drs. H.W. Lindeboom<br/>directeur Toezicht "
          "Overheid"),
]

response = [
    ("meta", ["Gemeente Westerkoog | Postbus 120, 1760 AC Westerkoog"]),
    ("title", "Raadsinformatiebrief"),
    ("table", ["Onderwerp", "Reactie op het onderzoeksrapport van de Autoriteit Persoonsgegevens 'Selectie op score'"],
     [["Kenmerk", "RIB 2025-061 / Z.24-11870"], ["Datum", "8 juli 2025"],
      ["Portefeuillehouder", "wethouder E. Taselaar (Werk en Inkomen)"],
      ["Bijlage", "Onderzoeksrapport AP, 12 juni 2025 (z2024-09183)"]], [0.3, 0.7]),
    ("p", "Geachte leden van de raad,"),
    ("h2", "Aanleiding"),
    ("p", "Op 12 juni 2025 heeft de Autoriteit Persoonsgegevens (AP) het rapport 'Selectie op score' gepubliceerd. "
          "Daarin oordeelt de AP dat ons gebruik van een risicoscoremodel bij de controle op bijstandsuitkeringen "
          "op onderdelen niet voldoet aan de AVG. Met deze brief informeren wij u, zoals de AP vraagt, over onze "
          "reactie op de zeven aanbevelingen. Wij hebben het rapport met aandacht en ook met enige schaamte gelezen."),
    ("h2", "Wat wij al hebben gedaan"),
    ("p", "Het model staat sinds 15 april 2025 stil. Heronderzoeken worden sindsdien alleen nog gestart op basis "
          "van concrete signalen of de aselecte steekproef. Alle 318 inwoners die in 2024 op basis van de score "
          "zijn geselecteerd, hebben een persoonlijke brief gekregen met uitleg en excuses."),
    ("h2", "Doel en inhoud van het model"),
    ("p", "De AP vraagt ons in de eerste plaats om de doeleinden van het model vast te leggen (aanbeveling 3.1). "
          "Wij nemen deze aanbeveling over. Wij leggen de doeleinden vast in een collegebesluit dat wij "
          "uiterlijk 1 oktober 2025 publiceren in het Gemeenteblad; het gebruik voor huisbezoeken en "
          "dossierverdeling wordt daarin uitgesloten."),
    ("p", "Over de variabelen (aanbeveling 3.2) zijn wij het niet op alle punten met de AP eens. De nationaliteit "
          "is per 1 juli 2025 uit het model verwijderd. De woonwijk willen wij voorlopig handhaven, omdat "
          "die variabele volgens de leverancier het grootste voorspellende effect heeft; wij laten eerst de "
          "noodzaak ervan onderbouwen in de nieuwe DPIA. De overige variabelen laten wij op noodzaak toetsen."),
    ("h2", "Informatie aan inwoners"),
    ("p", "De aanbevelingen over het informeren van inwoners (4.1 en 4.2) nemen wij beide over. Vanaf 1 september "
          "2025 ontvangt iedere aanvrager bij de aanvraag een informatieblad op B1-niveau over het model en de "
          "gebruikte gegevens. Daarnaast vermeldt de uitnodigingsbrief voor een heronderzoek voortaan "
          "uitdrukkelijk hoe iemand is geselecteerd."),
    ("p", "Een aparte procedure voor inzage en correctie van de score (aanbeveling 4.3) richten wij niet in. "
          "Inwoners kunnen hun score opvragen via het bestaande AVG-verzoek; wij erkennen dat de score een "
          "persoonsgegeven is en zullen haar voortaan verstrekken. Correctie van de score zelf achten wij niet "
          "zinvol, omdat zij het rekenkundige resultaat is van onderliggende gegevens; correctie van die gegevens "
          "is al mogelijk. De behandeltermijnen gaan wij maandelijks bewaken."),
    ("h2", "Toetsing en verantwoording"),
    ("p", "De AP beveelt aan om vóór hergebruik een nieuwe DPIA uit te voeren (aanbeveling 5.1). Dat doen wij al: "
          "de nieuwe DPIA is in mei 2025 gestart onder leiding van de functionaris voor gegevensbescherming en "
          "het model gaat niet opnieuw in gebruik voordat die is afgerond."),
    ("p", "Een jaarlijkse toets door een externe partij (aanbeveling 5.2) nemen wij niet over. Voor een gemeente "
          "van onze omvang staan de kosten daarvan niet in verhouding tot het aantal heronderzoeken. "
          "Wij laten het model eens in de twee jaar toetsen door onze eigen concern-auditor en sturen u de "
          "rapportage daarvan toe."),
    ("h2", "Financiële gevolgen"),
    ("p", "De kosten van de nieuwe DPIA, de aanpassing van het model en het informatieblad bedragen naar "
          "schatting € 64.000. Deze kosten worden gedekt uit het budget uitvoering Participatiewet 2025."),
    ("h2", "Vervolg"),
    ("p", "Wij informeren u uiterlijk in december 2025 over de uitkomsten van de DPIA en over het besluit of het "
          "model in aangepaste vorm opnieuw wordt gebruikt. Wij zijn graag bereid deze brief in de commissie "
          "Samenleving toe te lichten."),
    ("sp", 8),
    ("p", "Met vriendelijke groet,<br/>burgemeester en wethouders van Westerkoog,"),
    ("p", "de secretaris,&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;de burgemeester,"
          "<br/>drs. M.A. Verhoef&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;mr. P. de Wilde-Ravesteijn"),
]

expected = {
    "recommendations": [
        {"number": "3.1", "starts_with": "Stel vast voor welke doeleinden het risicoscoremodel mag worden gebruikt",
         "reply_contains": "leggen de doeleinden vast in een collegebesluit dat wij",
         "verdict": "agrees"},
        {"number": "3.2", "starts_with": "Verwijder de variabelen nationaliteit en woonwijk uit het model",
         "reply_contains": "De woonwijk willen wij voorlopig handhaven", "verdict": "partly"},
        {"number": "4.1", "starts_with": "Informeer aanvragers van een bijstandsuitkering vooraf en in begrijpelijke taal",
         "reply_contains": "ontvangt iedere aanvrager bij de aanvraag een informatieblad",
         "verdict": "agrees"},
        {"number": "4.2", "starts_with": "Vermeld in iedere uitnodiging voor een heronderzoek of de selectie",
         "reply_contains": "vermeldt de uitnodigingsbrief voor een heronderzoek voortaan uitdrukkelijk",
         "verdict": "agrees"},
        {"number": "4.3", "starts_with": "Richt een procedure in waarmee betrokkenen hun risicoscore kunnen inzien",
         "reply_contains": "Correctie van de score zelf achten wij niet zinvol",
         "verdict": "partly", "also": ["disagrees"]},
        {"number": "5.1", "starts_with": "Voer een nieuwe DPIA uit voordat het model opnieuw",
         "reply_contains": "de nieuwe DPIA is in mei 2025 gestart", "verdict": "agrees"},
        {"number": "5.2", "starts_with": "Laat het model jaarlijks door een onafhankelijke partij toetsen",
         "reply_contains": "Een jaarlijkse toets door een externe partij", "verdict": "disagrees",
         "also": ["partly"]},
    ],
    "unmatched_replies_contain": [
        "Wij hebben het rapport met aandacht en ook met enige schaamte gelezen",
        "hebben een persoonlijke brief gekregen met uitleg en excuses",
        "Deze kosten worden gedekt uit het budget uitvoering Participatiewet",
        "Wij zijn graag bereid deze brief in de commissie",
    ],
    "notes": ("Autoriteit Persoonsgegevens investigation report to a municipal college and the college's "
              "raadsinformatiebrief to the council. Recommendations are imperatives under italic sub-headings "
              "'Aanbeveling 3.1' ... '5.2' (chapter-hierarchical numbers, 2+3+2) at the end of chapters 3-5; chapter 1 "
              "has numbered research questions 1.-3. and chapter 2 a variable table (not recommendations); the "
              "summary only says there are seven. The reply opens with a metadata table, an 'Aanleiding' and a "
              "'Wat wij al hebben gedaan' section (unmatched), then thematic headings citing the numbers in "
              "parentheses; 4.1 and 4.2 are answered in ONE paragraph ('(4.1 en 4.2) nemen wij beide over') with a "
              "sentence each. 3.2 keeps one of two variables (partly); 4.3 declines the procedure but concedes "
              "inzage (partly, also disagrees); 5.1 'Dat doen wij al' (agrees); 5.2 'nemen wij niet over' with an "
              "internal alternative (disagrees, also partly). 'Financiële gevolgen' and 'Vervolg' are unmatched."),
}

if __name__ == "__main__":
    rl_build(out(f"{NAME}_advice.pdf"), advice,
             "Autoriteit Persoonsgegevens  |  Onderzoeksrapport 'Selectie op score'  |  z2024-09183",
             "Openbaar  -  pagina {PAGE}", family="sans", accent=(0.0, 0.35, 0.45), box_bg=(0.9, 0.95, 0.96))
    rl_build(out(f"{NAME}_response.pdf"), response, "Raadsinformatiebrief RIB 2025-061  |  8 juli 2025",
             "Gemeente Westerkoog  -  pagina {PAGE}", family="serif", accent=(0.45, 0.1, 0.15),
             box_bg=(0.95, 0.93, 0.9))
    write_expected(NAME, expected)
    sys.exit(0 if check(NAME) else 1)
