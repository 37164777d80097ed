"""Blind round 11, pair 7: advies van de Afdeling advisering van de Raad van State + nader rapport.

Engine: fpdf2 (see fp_common.py), Liberation Serif.
Run from the repository root:
    /tmp/blind11env/bin/python tests/docs/src/blind11/pair7_raadvanstate.py
Writes tests/docs/blind11_nl_nader_rapport_advice.pdf and tests/docs/blind11_nl_nader_rapport_response.pdf.
"""

from fp_common import Doc

TITEL = ("het voorstel van wet tot wijziging van de Drinkwaterwet in verband met regels over de leveringszekerheid "
         "van drinkwater bij droogte en tekorten (Wet leveringszekerheid drinkwater)")


def advice():
    d = Doc(family="serif", running=None, footer="{n}", size=11, left=28, right=28)
    d.add_page()
    d.set_font("body", "", 10)
    d.cell(80, 5, "No. W17.24.00318/IV")
    d.cell(0, 5, "'s-Gravenhage, 12 februari 2025", align="R", new_x="LMARGIN", new_y="NEXT")
    d.gap(8)
    d.set_font("body", "B", 12)
    d.multi_cell(0, 5.6, "Advies Afdeling advisering Raad van State", new_x="LMARGIN", new_y="NEXT")
    d.gap(4)
    d.p("Bij Kabinetsmissive van 4 november 2024, no. 2024002417, heeft Uwe Majesteit, op voordracht van de Minister "
        "van Infrastructuur en Waterstaat, bij de Afdeling advisering van de Raad van State ter overweging aanhangig "
        "gemaakt " + TITEL + ", met memorie van toelichting.")
    d.p("Het wetsvoorstel geeft de minister de bevoegdheid om bij een dreigend tekort aan drinkwater een rangorde "
        "vast te stellen voor de levering aan verschillende groepen afnemers. Drinkwaterbedrijven worden verplicht "
        "een leveringsplan op te stellen, en grootverbruikers met een jaarverbruik van meer dan 10.000 kubieke meter "
        "moeten een besparingsplan maken en kunnen worden verplicht hun verbruik tijdelijk te beperken.")
    d.p("De Afdeling advisering van de Raad van State maakt opmerkingen over de noodzaak van het voorstel, de "
        "verhouding tot het eigendomsrecht, de uitvoerbaarheid, de delegatie van de rangorde en de evaluatie. In "
        "verband daarmee is aanpassing wenselijk van de toelichting en van het wetsvoorstel.")

    d.h2("1. Inhoud van het wetsvoorstel", before=3)
    d.p("De drinkwatervoorziening staat onder druk. Door langere perioden van droogte, een groeiende bevolking en "
        "een toenemende vraag van de industrie nadert de vraag in delen van het land de capaciteit van de "
        "drinkwaterbedrijven. In de zomer van 2022 moesten twee drinkwaterbedrijven afnemers oproepen zuinig te zijn. "
        "Het wetsvoorstel beoogt te voorkomen dat een tekort leidt tot ongecoördineerde maatregelen. Daartoe "
        "introduceert het drie instrumenten: een door de minister vast te stellen rangorde van afnemers, een "
        "leveringsplan per drinkwaterbedrijf en een besparingsplan voor grootverbruikers. Bij een dreigend tekort kan "
        "de minister grootverbruikers verplichten hun verbruik met ten hoogste 30 procent te beperken.")

    d.h2("2. Noodzaak van het voorstel")
    d.p("__a. Verhouding tot bestaande bevoegdheden__", after=1)
    d.p("De toelichting stelt dat het bestaande instrumentarium tekortschiet om een tekort aan drinkwater het hoofd "
        "te bieden. Zij gaat echter niet in op de bevoegdheden die de Waterwet en de Wet veiligheidsregio's al "
        "bieden. Zo kan op grond van de Waterwet bij watertekort een verdringingsreeks worden toegepast, en kan de "
        "voorzitter van de veiligheidsregio in een crisis noodbevelen geven. Zonder een vergelijking met die "
        "bevoegdheden kan niet worden beoordeeld of het voorstel noodzakelijk is.")
    d.p("De Afdeling adviseert in de toelichting dragend te motiveren waarom de bestaande bevoegdheden op grond van "
        "de Waterwet en de Wet veiligheidsregio's niet volstaan.")
    d.p("__b. Reikwijdte van het besparingsplan__", after=1)
    d.p("De plicht om een besparingsplan op te stellen geldt voor ieder bedrijf met een jaarverbruik van meer dan "
        "10.000 kubieke meter. Volgens de toelichting gaat het om ongeveer 4.200 bedrijven, van wie het merendeel "
        "middelgrote ondernemingen in de voedingsmiddelenindustrie en de zorg. De toelichting maakt niet duidelijk "
        "welke bijdrage deze bedrijven aan het voorkomen van een tekort kunnen leveren: ruim zeventig procent van het "
        "zakelijke verbruik komt voor rekening van circa 300 bedrijven. De lasten voor de overige bedrijven staan "
        "daarmee niet in verhouding tot de opbrengst.")
    d.p("De Afdeling adviseert de verplichting tot het opstellen van een besparingsplan te beperken tot "
        "grootverbruikers met een jaarverbruik van meer dan 100.000 kubieke meter.")

    d.h2("3. Verhouding tot het eigendomsrecht")
    d.p("Een verplichte beperking van het verbruik kan voor bedrijven leiden tot productieverlies en daarmee tot "
        "aanzienlijke schade. Een dergelijke beperking is een regulering van eigendom in de zin van artikel 1 van "
        "het Eerste Protocol bij het Europees Verdrag voor de Rechten van de Mens (EP EVRM). De toelichting gaat "
        "niet in op de vraag of de beperking een 'fair balance' treft tussen het algemeen belang en de belangen van "
        "de getroffen bedrijven, en het voorstel bevat geen regeling voor schadevergoeding.")
    d.p("De Afdeling adviseert in de toelichting nader in te gaan op de verhouding van de verbruiksbeperking tot "
        "artikel 1 EP EVRM en in het voorstel te voorzien in een specifieke regeling voor nadeelcompensatie.")

    d.h2("4. Uitvoerbaarheid")
    d.p("Het voorstel treedt in werking op een bij koninklijk besluit te bepalen tijdstip. Volgens de toelichting "
        "wordt gestreefd naar inwerkingtreding op 1 juli 2025. Uit de consultatie blijkt dat de drinkwaterbedrijven "
        "en de Inspectie Leefomgeving en Transport betwijfelen of de leveringsplannen en de bijbehorende "
        "registratie van grootverbruikers binnen die termijn kunnen worden opgesteld. Vewin, de vereniging van "
        "drinkwaterbedrijven, schat dat daarvoor ten minste achttien maanden nodig zijn.")
    d.p("Gelet hierop adviseert de Afdeling om het voorstel niet eerder in werking te laten treden dan 1 januari "
        "2027.")

    d.h2("5. Delegatie van de rangorde")
    d.p("De rangorde van afnemers wordt op grond van het voorgestelde artikel 5b bij algemene maatregel van bestuur "
        "vastgesteld. Deze rangorde bepaalt welke afnemers bij een tekort als eerste worden beperkt en raakt daarmee "
        "aan grondrechten en aan de belangen van grote groepen burgers en bedrijven. Volgens vaste lijn van de "
        "Afdeling horen de hoofdelementen van een regeling in de wet zelf te worden opgenomen. Dat geldt in het "
        "bijzonder voor keuzes die zo ingrijpend zijn als deze.")
    d.p("De Afdeling adviseert de hoofdelementen van de rangorde in de wet zelf op te nemen.")

    d.h2("6. Evaluatie")
    d.p("Het voorstel introduceert nieuwe bevoegdheden die diep kunnen ingrijpen in de bedrijfsvoering van "
        "afnemers, terwijl onzeker is hoe vaak en in welke omvang zij zullen worden toegepast. Het voorstel bevat "
        "geen bepaling over de evaluatie van de werking en de effecten van de wet.")
    d.p("De Afdeling adviseert in het voorstel een evaluatiebepaling op te nemen.")

    d.gap(3)
    d.p("De Afdeling advisering van de Raad van State heeft een aantal opmerkingen bij het voorstel en adviseert "
        "daarmee rekening te houden voordat het voorstel bij de Tweede Kamer der Staten-Generaal wordt ingediend.")
    d.gap(4)
    d.p("De vice-president van de Raad van State,", after=10)
    return d.save("blind11_nl_nader_rapport_advice.pdf")


def response():
    d = Doc(family="serif", running="Nader rapport Wet leveringszekerheid drinkwater", footer="{n}", size=11,
            left=28, right=28)
    d.add_page()
    d.set_font("body", "", 10)
    d.multi_cell(0, 5, "Aan de Koning", new_x="LMARGIN", new_y="NEXT")
    d.gap(6)
    d.set_font("body", "B", 12)
    d.multi_cell(0, 5.6, "Nader rapport inzake " + TITEL, align="L", new_x="LMARGIN", new_y="NEXT")
    d.gap(4)
    d.p("Blijkens de mededeling van de Directeur van Uw kabinet van 4 november 2024, no. 2024002417, machtigde "
        "Uwe Majesteit de Afdeling advisering van de Raad van State haar advies inzake het bovenvermelde voorstel "
        "van wet rechtstreeks aan mij te doen toekomen. Dit advies, gedateerd 12 februari 2025, no. "
        "W17.24.00318/IV, bied ik U hierbij aan.")
    d.p("Het advies van de Afdeling advisering van de Raad van State (hierna: de Afdeling) geeft aanleiding tot de "
        "volgende opmerkingen. Op de beschrijving van de inhoud van het wetsvoorstel in punt 1 van het advies wordt "
        "hieronder niet afzonderlijk ingegaan.")

    d.h2("1. Noodzaak van het voorstel", before=3)
    d.p("__a. Verhouding tot bestaande bevoegdheden__", after=1)
    d.p("De Afdeling adviseert in de toelichting dragend te motiveren waarom de bevoegdheden op grond van de "
        "Waterwet en de Wet veiligheidsregio's niet volstaan. Naar aanleiding van dit advies is aan paragraaf 2 van "
        "de memorie van toelichting een vergelijking met die bevoegdheden toegevoegd. Daarin is uiteengezet dat de "
        "verdringingsreeks van de Waterwet ziet op de verdeling van oppervlaktewater en niet op de levering van "
        "drinkwater aan afnemers, en dat noodbevelen pas kunnen worden gegeven als de crisis zich al voordoet. Het "
        "voorstel beoogt juist maatregelen in de fase die daaraan voorafgaat.")
    d.p("__b. Reikwijdte van het besparingsplan__", after=1)
    d.p("De Afdeling adviseert de verplichting tot het opstellen van een besparingsplan te beperken tot "
        "grootverbruikers met een jaarverbruik van meer dan 100.000 kubieke meter. Dit advies is niet overgenomen. "
        "Juist in de regio's waar het tekort het eerst dreigt, in het oosten en zuiden van het land, wordt een "
        "groot deel van het zakelijke verbruik gevormd door middelgrote bedrijven. Een besparingsplan vraagt van "
        "deze bedrijven bovendien een beperkte inspanning; er komt een eenvoudig model beschikbaar. De toelichting "
        "is op dit punt verduidelijkt.")

    d.h2("2. Verhouding tot het eigendomsrecht")
    d.p("De Afdeling adviseert in de toelichting nader in te gaan op de verhouding van de verbruiksbeperking tot "
        "artikel 1 EP EVRM en te voorzien in een specifieke regeling voor nadeelcompensatie. Aan het eerste deel "
        "van dit advies is gevolg gegeven: in paragraaf 5.3 van de toelichting is uiteengezet waarom de beperking, "
        "die tijdelijk is en ten hoogste 30 procent van het verbruik betreft, een redelijk evenwicht treft. Een "
        "specifieke regeling voor nadeelcompensatie acht de regering niet nodig. De algemene regeling van titel 4.5 "
        "van de Algemene wet bestuursrecht biedt getroffen bedrijven voldoende mogelijkheid om onevenredige schade "
        "vergoed te krijgen.")

    d.h2("3. Delegatie van de rangorde")
    d.p("De Afdeling adviseert de hoofdelementen van de rangorde in de wet zelf op te nemen. De regering heeft dit "
        "advies zorgvuldig overwogen, maar blijft bij de keuze om de rangorde bij algemene maatregel van bestuur "
        "vast te stellen. De rangorde moet snel kunnen worden aangepast wanneer de omstandigheden daarom vragen, "
        "bijvoorbeeld wanneer nieuwe inzichten over de kwetsbaarheid van bepaalde afnemers beschikbaar komen. Een "
        "wetswijziging zou daarvoor te veel tijd vergen. Om de betrokkenheid van het parlement te waarborgen is in "
        "artikel 5b wel een voorhangprocedure opgenomen.")

    d.h2("4. Uitvoerbaarheid")
    d.p("De regering deelt niet de opvatting dat de drinkwaterbedrijven hun leveringsplannen niet tijdig kunnen "
        "opstellen; de meeste bedrijven beschikken al over een concept. Om ieder risico voor de uitvoering uit te "
        "sluiten, is het advies van de Afdeling niettemin gevolgd. In de toelichting is opgenomen dat het voorstel "
        "niet eerder in werking zal treden dan 1 januari 2027.")

    d.h2("5. Evaluatie")
    d.p("De regering neemt kennis van het advies om in het voorstel een evaluatiebepaling op te nemen. Of een "
        "afzonderlijke evaluatiebepaling nodig is, wordt bezien in samenhang met de evaluatie van de Drinkwaterwet "
        "als geheel, die voor 2027 is voorzien. Daarbij zal ook worden bezien of de nieuwe bevoegdheden in die "
        "evaluatie kunnen worden meegenomen.")

    d.h2("6. Ambtshalve wijzigingen")
    d.p("Van de gelegenheid is gebruik gemaakt om enkele ambtshalve wijzigingen aan te brengen. In artikel 5d is de "
        "termijn voor het indienen van een besparingsplan verlengd van drie naar zes maanden. Daarnaast zijn in de "
        "toelichting enkele verwijzingen geactualiseerd en redactionele verbeteringen aangebracht.")

    d.gap(3)
    d.p("Ik moge U verzoeken, mede namens de Minister van Justitie en Veiligheid, het hierbij gevoegde gewijzigde "
        "voorstel van wet en de gewijzigde memorie van toelichting aan de Tweede Kamer der Staten-Generaal te "
        "zenden.")
    d.gap(4)
    d.p("De Minister van Infrastructuur en Waterstaat,", after=10)
    return d.save("blind11_nl_nader_rapport_response.pdf")


if __name__ == "__main__":
    print(advice(), response())
