"""Blind round 11, pair 2: Onderzoeksraad voor Veiligheid report + joint ministers' reaction.

Engine: fpdf2 (see fp_common.py). Run from the repository root:
    /tmp/blind11env/bin/python tests/docs/src/blind11/pair2_ovv.py
Writes tests/docs/blind11_nl_ovv_advice.pdf and tests/docs/blind11_nl_ovv_response.pdf.
"""

from fp_common import Doc


def advice():
    d = Doc(family="sans", running="Onderzoeksraad voor Veiligheid  |  Gas in de portiek", footer="{n}")
    d.add_page()
    d.set_font("body", "B", 22)
    d.multi_cell(0, 10, "Gas in de portiek", new_x="LMARGIN", new_y="NEXT")
    d.set_font("body", "", 13)
    d.multi_cell(0, 6.5, "Gasexplosies tijdens de renovatie van bewoonde portiekflats", new_x="LMARGIN", new_y="NEXT")
    d.gap(3)
    d.p("Den Haag, maart 2025", style="I")
    d.gap(2)
    d.h1("Samenvatting", size=14)
    d.p("Tussen januari 2021 en juni 2024 vonden in Nederland vier explosies plaats in portiekflats die op dat "
        "moment werden gerenoveerd terwijl de bewoners in hun woning bleven. Bij de explosie in de Zwanenburgstraat in "
        "Arnhem op 14 november 2023 kwamen twee bewoners om het leven en raakten zeven mensen gewond. In alle vier de "
        "gevallen ontstond een gaslek doordat bij werkzaamheden aan leidingen, kozijnen of gevels een bestaande "
        "binnenleiding werd geraakt of losgemaakt, zonder dat de uitvoerders wisten waar die leiding liep.")
    d.p("De Onderzoeksraad voor Veiligheid stelt vast dat het risico van geraakte gasleidingen bij renovatie bekend "
        "is, maar dat niemand in de keten van opdrachtgever, aannemer, onderaannemer en netbeheerder zich er "
        "eigenaar van voelt. Opdrachtgevers gaan ervan uit dat de aannemer de risico's beheerst, aannemers gaan uit "
        "van tekeningen die niet kloppen, en de netbeheerder wordt pas ingeschakeld als het gas al stroomt waar het "
        "niet hoort. De Raad doet daarom aanbevelingen aan de minister van Volkshuisvesting en Ruimtelijke Ordening, "
        "de minister van Klimaat en Groene Groei, Netbeheer Nederland en de brancheorganisaties van woningcorporaties "
        "en bouwbedrijven.")

    d.h1("1  Inleiding", size=14)
    d.p("De Onderzoeksraad voor Veiligheid (hierna: de Raad) besloot na de explosie in Arnhem een onderzoek in te "
        "stellen. Omdat de Raad kort daarvoor al meldingen had ontvangen over vergelijkbare voorvallen in Zaandam "
        "(2021), Heerlen (2022) en Groningen (2024), is het onderzoek breder opgezet dan het ene ongeval. De Raad "
        "wilde weten waarom deze explosies zich konden voordoen en wat er nodig is om herhaling te voorkomen.")
    d.p("Het onderzoek beantwoordt drie vragen:")
    d.item("1.", "Hoe ontstonden de gaslekken en waarom werden ze niet tijdig ontdekt?", indent=4, width=7)
    d.item("2.", "Hoe waren de verantwoordelijkheden voor gasveiligheid tijdens de renovatie verdeeld?", indent=4, width=7)
    d.item("3.", "Welke rol speelden regelgeving en toezicht?", indent=4, width=7)
    d.p("De Raad sprak met bewoners, medewerkers van vier woningcorporaties, zes bouwbedrijven, drie netbeheerders, "
        "de betrokken gemeenten, de Nederlandse Arbeidsinspectie en het Staatstoezicht op de Mijnen. Daarnaast liet "
        "de Raad in het laboratorium van een onafhankelijk instituut de geraakte leidingdelen onderzoeken.")

    d.h1("2  Wat er gebeurde in Arnhem", size=14)
    d.p("Het complex aan de Zwanenburgstraat telt 48 woningen in zes portieken en is in 1962 gebouwd. De eigenaar, "
        "woningcorporatie Rijnstad Wonen, liet het complex in 2023 isoleren en voorzien van nieuwe kozijnen. De "
        "bewoners bleven tijdens de werkzaamheden in hun woning wonen. De hoofdaannemer had het plaatsen van de "
        "kozijnen uitbesteed aan een onderaannemer, die op zijn beurt met twee zzp'ers werkte.")
    d.p("Op de ochtend van 14 november 2023 boorde een van de zzp'ers bij het verwijderen van een oude kozijnstijl "
        "in portiek 3 een gasleiding aan die, anders dan op de tekening van de corporatie stond aangegeven, in de "
        "buitenmuur was weggewerkt. Het gat was klein. De uitvoerder rook geen gas en de werkzaamheden gingen door. "
        "Rond 15.40 uur ontstond een explosie op de tweede verdieping, vermoedelijk door de thermostaat van een "
        "cv-ketel. Twee bewoners overleden, zeven mensen raakten gewond, onder wie een kind.")
    d.p("De tekeningen van het complex dateerden uit 1987 en waren sindsdien niet bijgewerkt, hoewel in de jaren "
        "negentig bij een eerdere renovatie de gasleidingen gedeeltelijk waren verlegd. In het bestek van de "
        "renovatie stond dat de aannemer de ligging van leidingen diende te controleren, maar niet hoe. De "
        "netbeheerder was niet bij de voorbereiding betrokken; de eerste melding bij de storingsdienst kwam binnen "
        "na de explosie.")

    d.h1("3  Analyse", size=14)
    d.h2("3.1  Onbekende leidingen")
    d.p("In alle vier de onderzochte gevallen liep de geraakte leiding anders dan de uitvoerders dachten. Bij "
        "portiekflats uit de jaren vijftig en zestig zijn binnenleidingen vaak meermaals aangepast, zonder dat die "
        "wijzigingen zijn vastgelegd. Er bestaat geen verplichting om de ligging van de gasbinnenleiding in bestaande "
        "woongebouwen vast te leggen of bij te houden. Ook het zogeheten klic-systeem, waarmee graafwerkzaamheden in "
        "de openbare ruimte worden gemeld, dekt leidingen in en aan gebouwen niet.")
    d.h2("3.2  Verdeelde verantwoordelijkheid")
    d.p("De Arbeidsomstandighedenwet legt de zorg voor veilig werken bij de werkgever, en het Bouwbesluit, "
        "inmiddels opgegaan in het Besluit bouwwerken leefomgeving, stelt eisen aan de gasinstallatie als "
        "eindresultaat. Geen van beide regelingen ziet op de veiligheid van bewoners tijdens de werkzaamheden. De "
        "opdrachtgever is nergens verplicht om de risico's voor bewoners in kaart te brengen. In de praktijk "
        "verschuift elke partij het risico naar de volgende schakel in de keten, tot het uiteindelijk bij de persoon "
        "met de boormachine ligt.")
    d.h2("3.3  Toezicht")
    d.p("Het toezicht op de veiligheid tijdens de bouw is versnipperd. De Nederlandse Arbeidsinspectie houdt "
        "toezicht op de bescherming van werknemers, niet op die van bewoners. Gemeenten houden toezicht op het "
        "bouwen zelf, maar kozijnvervanging en isolatie zijn vaak vergunningvrij, zodat de gemeente niet weet dat er "
        "gewerkt wordt. Het Staatstoezicht op de Mijnen ziet toe op de netbeheerders, tot aan de meter; achter de "
        "meter houdt zijn taak op.")

    d.h1("4  Conclusies", size=14)
    d.p("De Raad komt tot de volgende conclusies.")
    d.item("1.", "De vier explosies hadden een gemeenschappelijke oorzaak: werkzaamheden aan gebouwen waarvan niemand "
           "wist waar de gasleidingen liepen.", width=7)
    d.item("2.", "De veiligheid van bewoners tijdens renovatie is in de regelgeving een blinde vlek: zij vallen "
           "tussen de bescherming van werknemers en de eisen aan het eindresultaat in.", width=7)
    d.item("3.", "In de keten van opdrachtgever tot zzp'er voelt niemand zich eigenaar van het gasrisico.", width=7)
    d.item("4.", "Het toezicht kijkt naar delen van het probleem, niet naar het geheel.", width=7)

    d.h1("5  Aanbevelingen", size=14)
    d.p("Op grond van deze conclusies doet de Onderzoeksraad voor Veiligheid de volgende aanbevelingen.")
    d.p("**Aan de minister van Volkshuisvesting en Ruimtelijke Ordening:**", after=1.5)
    d.item("1.", "Verplicht opdrachtgevers van renovaties in bewoonde woongebouwen om vóór de start van de "
           "werkzaamheden de ligging van gasleidingen vast te stellen en de risico's voor bewoners in een "
           "veiligheidsplan te beschrijven.", width=7, bold_label=True)
    d.item("2.", "Zorg ervoor dat gemeenten op de hoogte zijn van renovaties in bewoonde gebouwen met een "
           "gasaansluiting, ook als de werkzaamheden vergunningvrij zijn, bijvoorbeeld door een meldplicht in het "
           "Besluit bouwwerken leefomgeving.", width=7, bold_label=True)
    d.p("**Aan de minister van Klimaat en Groene Groei:**", after=1.5)
    d.item("3.", "Breid de wettelijke taak van de netbeheerders uit, zodat zij op verzoek van een opdrachtgever "
           "voorafgaand aan renovaties de ligging van de gasleiding tot en met de meter aanwijzen en de "
           "aansluiting tijdelijk kunnen afsluiten.", width=7, bold_label=True)
    d.p("**Aan Netbeheer Nederland:**", after=1.5)
    d.item("4.", "Ontwikkel samen met de bouwsector een werkwijze waarmee de storingsdienst bij elke melding van "
           "gaslucht tijdens bouwwerkzaamheden binnen dertig minuten ter plaatse is.", width=7, bold_label=True)
    d.p("**Aan Aedes en Bouwend Nederland:**", after=1.5)
    d.item("5.", "Neem in de standaardcontracten voor renovatie op dat de aannemer ieder werk aan gevels, kozijnen "
           "of leidingen in een bewoond gebouw pas start na een gasveiligheidscheck, en zorg dat onderaannemers "
           "en zzp'ers daarover zijn geïnstrueerd.", width=7, bold_label=True)
    d.gap(2)
    d.p("__De Raad verzoekt de geadresseerden om binnen zes maanden na publicatie van dit rapport aan de Raad te "
        "laten weten hoe zij opvolging geven aan de aanbevelingen.__", size=9.5)
    return d.save("blind11_nl_ovv_advice.pdf")


def response():
    side = ["**Ministerie van Volkshuisvesting**", "**en Ruimtelijke Ordening**", "",
            "Turfmarkt 147", "2511 DP Den Haag", "Postbus 20011", "2500 EA Den Haag", "",
            "**Kenmerk**", "2025-0000211874", "", "**Uw kenmerk**", "-", "", "**Bijlage(n)**", "0"]
    d = Doc(family="sans", running=None, footer="Pagina {n} van {total}", sidebar=side, size=10)
    d.add_page()
    d.set_font("side", "", 8)
    d.set_xy(d.l_margin, 22)
    d.multi_cell(0, 3.8, "> Retouradres Postbus 20011 2500 EA Den Haag", new_x="LMARGIN", new_y="NEXT")
    d.gap(3)
    d.set_font("body", "", 10)
    d.multi_cell(0, 4.6, "Aan de Voorzitter van de Tweede Kamer\nder Staten-Generaal\nPostbus 20018\n2500 EA  DEN HAAG",
                 new_x="LMARGIN", new_y="NEXT")
    d.gap(8)
    d.set_font("side", "", 8.5)
    d.multi_cell(0, 4.4, "Datum      17 september 2025\nBetreft     Kabinetsreactie op het rapport 'Gas in de portiek' "
                 "van de Onderzoeksraad voor Veiligheid", new_x="LMARGIN", new_y="NEXT")
    d.gap(6)
    d.p("Op 20 maart 2025 heeft de Onderzoeksraad voor Veiligheid (hierna: de Raad) het rapport 'Gas in de portiek' "
        "gepubliceerd over gasexplosies tijdens de renovatie van bewoonde portiekflats. Met deze brief bied ik u, "
        "mede namens de minister van Klimaat en Groene Groei, de reactie van het kabinet op dit rapport aan.")
    d.p("Ik wil allereerst mijn medeleven uitspreken met de nabestaanden van de twee bewoners die in Arnhem om het "
        "leven kwamen, en met allen die bij deze explosies gewond raakten of hun woning kwijtraakten. Het rapport "
        "maakt pijnlijk duidelijk hoe kwetsbaar bewoners zijn als er in hun huis wordt gewerkt.")
    d.p("De Raad doet vijf aanbevelingen. De aanbevelingen 4 en 5 zijn gericht aan Netbeheer Nederland en aan "
        "Aedes en Bouwend Nederland; deze partijen reageren rechtstreeks aan de Raad. Deze brief gaat in op de "
        "aanbevelingen aan de minister van Volkshuisvesting en Ruimtelijke Ordening en aan de minister van Klimaat "
        "en Groene Groei.")

    d.h2("1. De conclusies van de Raad", before=2)
    d.p("Het kabinet onderschrijft de conclusie dat de veiligheid van bewoners tijdens renovatie onvoldoende is "
        "geborgd. Wel herken ik mij niet in de conclusie dat het toezicht slechts naar delen van het probleem kijkt. "
        "De Nederlandse Arbeidsinspectie, de gemeenten en het Staatstoezicht op de Mijnen werken sinds 2022 samen "
        "in het programma Veilig Verbouwen en wisselen signalen uit. Dat die samenwerking de explosies niet heeft "
        "voorkomen, betekent niet dat zij er niet is.")

    d.h2("2. Meer zicht op renovaties bij gemeenten")
    d.p("De Raad beveelt aan ervoor te zorgen dat gemeenten weten wanneer er in bewoonde gebouwen met een "
        "gasaansluiting wordt gerenoveerd, ook als daarvoor geen vergunning nodig is. Ik neem deze aanbeveling "
        "over. Ik zal het Besluit bouwwerken leefomgeving zo wijzigen dat renovaties in bewoonde woongebouwen van "
        "meer dan vier woningen vier weken voor de start bij de gemeente moeten worden gemeld. Het ontwerpbesluit "
        "gaat dit najaar in consultatie.")
    d.p("De Vereniging van Nederlandse Gemeenten heeft mij laten weten geen voorstander te zijn van een nieuwe "
        "meldplicht, omdat gemeenten vrezen dat zij daarmee een toezichtstaak krijgen waarvoor zij geen capaciteit "
        "hebben. Ik begrijp die zorg, maar zet de meldplicht toch door. De melding is in de eerste plaats bedoeld om "
        "gemeenten informatie te geven; zij bepalen zelf of en hoe zij daarop toezicht houden.")

    d.h2("3. Gasleidingen in kaart vóór de start van het werk")
    d.p("De eerste aanbeveling van de Raad is om opdrachtgevers te verplichten vóór de start van renovaties in "
        "bewoonde gebouwen de ligging van gasleidingen vast te stellen en de risico's voor bewoners in een "
        "veiligheidsplan te beschrijven. Ik neem deze aanbeveling in principe over. Een dergelijke verplichting "
        "raakt echter tienduizenden projecten per jaar, van grote corporaties tot verenigingen van eigenaars met "
        "een handvol woningen. Voordat ik een verplichting invoer, laat ik daarom een uitvoeringstoets doen naar de "
        "kosten en de uitvoerbaarheid, in het bijzonder voor kleine opdrachtgevers. Of en in welke vorm de "
        "verplichting er komt, hangt af van de uitkomst van die toets. Ik informeer uw Kamer daarover vóór de zomer "
        "van 2026.")

    d.h2("4. Een grotere rol voor de netbeheerders")
    d.p("De minister van Klimaat en Groene Groei onderschrijft het doel van de aanbeveling om de netbeheerders een "
        "rol te geven bij de voorbereiding van renovaties. Een uitbreiding van de wettelijke taak van de "
        "netbeheerders acht hij echter niet proportioneel. De netbeheerders staan door de energietransitie al voor "
        "een zeer grote opgave, en het aanwijzen van leidingen achter de voordeur is geen taak die past bij een "
        "gereguleerde netbeheerder. Bovendien kunnen opdrachtgevers nu al een tijdelijke afsluiting aanvragen. De "
        "minister van Klimaat en Groene Groei neemt deze aanbeveling daarom niet over. Hij zal de netbeheerders "
        "wel vragen de mogelijkheid van een tijdelijke afsluiting beter bekend te maken.")

    d.h2("5. Tot slot")
    d.p("Het kabinet dankt de Raad voor het zorgvuldige onderzoek. Wij zullen uw Kamer via de reguliere "
        "voortgangsrapportage over de bouwregelgeving op de hoogte houden van de uitvoering van de maatregelen in "
        "deze brief.")
    d.gap(6)
    d.p("De minister van Volkshuisvesting en Ruimtelijke Ordening,", after=14)
    d.p("drs. H.J. van Straelen")
    return d.save("blind11_nl_ovv_response.pdf")


if __name__ == "__main__":
    print(advice(), response())
