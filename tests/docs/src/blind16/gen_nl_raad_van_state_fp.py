"""Blind round 16 (nl), pair blind16_nl_raad_van_state — fpdf2.

Advice: advies van de Afdeling advisering van de Raad van State (No. W12.25.00187/III) over het voorstel van wet
'Wet directe financiering kinderopvang': letterhead on page 1, 'Aan de Koning', a summary paragraph, points
1. (content only), 2. a./b., 3.-7., each closing with 'De Afdeling adviseert …' (one 'Gelet hierop adviseert de
Afdeling …'), page-foot footnotes, running header with the number and '- N -' page numbers, then the dictum
('… adviseert het voorstel bij de Tweede Kamer der Staten-Generaal in te dienen, maar eerst …'), which is no
recommendation.
Response: the nader rapport of the minister of SZW, following the advice's numbering and headings, each point
summarised in italics and answered ('De toelichting is aangevuld', 'Aan dit advies is gevolg gegeven', 'Het
advies is niet overgenomen', kennisname + bezien, a partial follow-up), and '8. Ambtshalve wijzigingen'.

Run from the repository root (venv outside the repo):
    python3 -m venv /tmp/blind16nlenv && /tmp/blind16nlenv/bin/pip install reportlab fpdf2 pymupdf fonttools
    /tmp/blind16nlenv/bin/python tests/docs/src/blind16/gen_nl_raad_van_state_fp.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _nl_b16 import DOCS, fpdf_doc_class  # noqa: E402

NAME = "blind16_nl_raad_van_state"
Doc = fpdf_doc_class()
NR = "No. W12.25.00187/III"
WET = ("het voorstel van wet tot wijziging van de Wet kinderopvang en enkele andere wetten in verband met de "
       "invoering van directe financiering van kinderopvang aan kinderopvangorganisaties (Wet directe financiering "
       "kinderopvang)")


def letterhead(pdf) -> None:
    pdf.set_font("serif", "B", 15)
    pdf.set_text_color(30, 30, 30)
    pdf.cell(0, 7, "RAAD VAN STATE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("serif", "I", 10)
    pdf.cell(0, 5, "Afdeling advisering", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(60)
    pdf.line(pdf.l_margin, pdf.get_y() + 2, pdf.l_margin + 60, pdf.get_y() + 2)
    pdf.ln(12)


def advice() -> None:
    pdf = Doc(header_text=NR, footer_text="- {page} -", family="serif", size=11)
    pdf.set_title("Advies Raad van State W12.25.00187/III")
    pdf.add_page()
    letterhead(pdf)
    pdf.set_font("serif", "", 11)
    pdf.cell(90, 5, NR)
    pdf.cell(0, 5, "\u2019s-Gravenhage, 8 oktober 2025", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.para("Aan de Koning", after=5)
    pdf.para(f"Bij Kabinetsmissive van 12 juni 2025, no. 2025001234, heeft Uwe Majesteit, op voordracht van de "
             f"Minister van Sociale Zaken en Werkgelegenheid, bij de Afdeling advisering van de Raad van State ter "
             f"overweging aanhangig gemaakt {WET}, met memorie van toelichting.")
    pdf.para("Het voorstel vervangt de kinderopvangtoeslag door een stelsel waarin de overheid de kosten van "
             "kinderopvang rechtstreeks aan de kinderopvangorganisatie betaalt. Ouders betalen nog slechts een "
             "beperkte eigen bijdrage, ongeacht hun inkomen. Het voorstel beoogt de problemen met terugvorderingen "
             "in het toeslagenstelsel te be\u00ebindigen en de arbeidsparticipatie van ouders te vergroten.")
    pdf.para("De Afdeling advisering van de Raad van State onderschrijft het belang van een eenvoudiger stelsel "
             "en heeft begrip voor de wens om ouders niet langer bloot te stellen aan hoge terugvorderingen. Zij "
             "maakt echter opmerkingen over de onderbouwing van de effecten van het voorstel, de beschikbaarheid "
             "van kinderopvang, de uitvoerbaarheid, de regeling van de gegevensverwerking, de positie van de "
             "gastouderopvang, het overgangsrecht en de toepassing in Caribisch Nederland. In verband daarmee is "
             "aanpassing van de toelichting en het voorstel wenselijk.", after=4)

    pdf.heading("1.  Inhoud van het voorstel", size=11, family="serif")
    pdf.para("Op grond van de Wet kinderopvang ontvangen werkende ouders thans een inkomensafhankelijke "
             "kinderopvangtoeslag, die de Belastingdienst/Toeslagen vooraf als voorschot uitkeert en achteraf "
             "vaststelt. Het voorstel regelt dat de Dienst Uitvoering Onderwijs (DUO) met ingang van 1 januari "
             "2028 de kosten van kinderopvang tot een wettelijk vastgestelde maximum uurprijs rechtstreeks aan de "
             "kinderopvangorganisatie vergoedt. De ouder betaalt een eigen bijdrage van 4 procent van de "
             "maximum uurprijs. De arbeidseis blijft gehandhaafd: alleen ouders die werken of een traject naar "
             "werk volgen, komen in aanmerking.\u00b9 De hoogte van de maximum uurprijs en de eigen bijdrage "
             "worden bij algemene maatregel van bestuur vastgesteld.")
    pdf.note("\u00b9", "Voorgesteld artikel 1.50, eerste lid, Wet kinderopvang; memorie van toelichting, paragraaf 2.1.")

    pdf.heading("2.  Doel en effecten van het voorstel", size=11, family="serif")
    pdf.para("__a.  Arbeidsparticipatie__", after=1)
    pdf.para("De toelichting noemt het vergroten van de arbeidsparticipatie, met name van ouders met een laag of "
             "middeninkomen, als een van de hoofddoelen van het voorstel. Volgens het Centraal Planbureau leidt "
             "het voorstel echter tot een toename van het aantal gewerkte uren van slechts 0,2 procent, terwijl "
             "de structurele extra uitgaven ongeveer \u20ac 2,9 miljard per jaar bedragen.\u00b2 Een groot deel "
             "van die uitgaven komt terecht bij ouders met een hoog inkomen, die ook in het huidige stelsel al "
             "gebruikmaken van kinderopvang. De toelichting gaat op deze verhouding niet in en bespreekt evenmin "
             "gerichtere alternatieven, zoals een verhoging van de toeslag voor de lagere inkomens.")
    pdf.note("\u00b2", "CPB Notitie \u2018Doorrekening varianten financiering kinderopvang\u2019, 14 maart 2025, p. 9.")
    pdf.para("De Afdeling adviseert in de toelichting nader in te gaan op de verhouding tussen de verwachte "
             "effecten op de arbeidsparticipatie en de structurele kosten van het voorstel, en daarbij ook "
             "gerichtere alternatieven te betrekken.", after=3)
    pdf.para("__b.  Beschikbaarheid van kinderopvang__", after=1)
    pdf.para("Als de eigen bijdrage van ouders daalt, zal de vraag naar kinderopvang toenemen. De sector kampt nu "
             "al met een personeelstekort en in een deel van het land met wachtlijsten. De toelichting erkent "
             "dat de toegenomen vraag niet overal kan worden opgevangen, maar analyseert niet wat dit betekent "
             "voor ouders die geen plaats kunnen vinden. Het risico bestaat dat vooral ouders in gebieden met "
             "schaarste, vaak ook ouders met een lager inkomen, van het voorstel weinig merken.")
    pdf.para("De Afdeling adviseert in de toelichting de gevolgen van het voorstel voor de beschikbaarheid van "
             "kinderopvangplaatsen te analyseren en in het voorstel een verplichting op te nemen om jaarlijks "
             "aan de Staten-Generaal te rapporteren over de wachtlijsten.", after=3)

    pdf.heading("3.  Uitvoerbaarheid", size=11, family="serif")
    pdf.para("DUO heeft in de uitvoeringstoets aangegeven dat de bouw van het nieuwe betaalsysteem ten minste drie "
             "jaar vergt en dat de voorziene datum van 1 januari 2028 \u2018zeer krap\u2019 is. Tegelijk moet "
             "de Belastingdienst/Toeslagen de kinderopvangtoeslag over de laatste jaren nog vaststellen. De "
             "ervaringen met eerdere stelselwijzigingen leren dat een te vroege invoering grote gevolgen kan "
             "hebben voor burgers. Een invoeringsdatum die bij wet vastligt, vergroot de druk op de "
             "uitvoeringsorganisaties om een systeem in gebruik te nemen dat nog niet gereed is.")
    pdf.para("De Afdeling adviseert in het voorstel te bepalen dat de overgang naar directe financiering niet "
             "eerder plaatsvindt dan nadat DUO heeft bevestigd dat de uitvoering gereed is, en de toelichting "
             "daarop aan te passen.", after=3)

    pdf.heading("4.  Verwerking van persoonsgegevens", size=11, family="serif")
    pdf.para("Voor de toets op de arbeidseis moet DUO gegevens verwerken over de arbeidssituatie van beide ouders, "
             "waaronder gegevens uit de polisadministratie van UWV. Het voorstel bevat daarvoor een algemene "
             "grondslag en laat de nadere regeling over aan een algemene maatregel van bestuur. Op grond van "
             "de Algemene verordening gegevensbescherming moeten de doeleinden van de verwerking, de categorie\u00ebn "
             "van gegevens en de bewaartermijnen echter voldoende duidelijk bij of krachtens de wet zijn "
             "bepaald.\u00b3 Gelet op de omvang van de verwerking en het aantal betrokkenen gaat het hier om "
             "hoofdelementen die in de wet zelf thuishoren.")
    pdf.note("\u00b3", "Artikel 6, eerste lid, onderdeel e, en derde lid, AVG; zie ook aanwijzing 2.19 van de "
                       "Aanwijzingen voor de regelgeving.")
    pdf.para("De Afdeling adviseert de verwerking van het burgerservicenummer en van gegevens over de "
             "arbeidssituatie van ouders, de doeleinden daarvan en de bewaartermijnen in de wet zelf te regelen.",
             after=3)

    pdf.heading("5.  Gastouderopvang", size=11, family="serif")
    pdf.para("Het voorstel brengt gastouderopvang onder hetzelfde financieringsregime als kindercentra, met een "
             "eigen maximum uurprijs. Gastouderopvang verschilt echter wezenlijk van opvang in een kindercentrum: "
             "de gastouder is veelal zelfstandige, de kosten zijn lager en de ouder sluit de overeenkomst met "
             "een gastouderbureau. De toelichting maakt niet duidelijk of het voorstel voor deze vorm van opvang "
             "tot de beoogde vereenvoudiging leidt, en evenmin hoe wordt voorkomen dat gastouders de sector "
             "verlaten.")
    pdf.para("Gelet hierop adviseert de Afdeling om in de toelichting te motiveren waarom gastouderopvang onder "
             "hetzelfde regime wordt gebracht als kindercentra, of het voorstel op dit punt te heroverwegen.",
             after=3)

    pdf.heading("6.  Overgangsrecht", size=11, family="serif")
    pdf.para("Het voorstel bevat geen overgangsrecht voor ouders die over 2027, het laatste jaar van het "
             "toeslagenstelsel, nog een definitieve toekenning van de kinderopvangtoeslag ontvangen. Die "
             "vaststelling vindt plaats in 2028 en 2029, wanneer het nieuwe stelsel al geldt. Ouders kunnen dan "
             "geconfronteerd worden met een terugvordering over het oude stelsel terwijl zij in het nieuwe "
             "stelsel al een eigen bijdrage betalen.")
    pdf.para("De Afdeling adviseert te voorzien in overgangsrecht voor ouders die over het jaar 2027 nog "
             "kinderopvangtoeslag ontvangen of moeten terugbetalen, en de toelichting op dit punt aan te vullen.",
             after=3)

    pdf.heading("7.  Caribisch Nederland", size=11, family="serif")
    pdf.para("Het voorstel geldt niet voor Bonaire, Sint Eustatius en Saba, waar sinds 1 januari 2025 de Wet "
             "kinderopvang BES van toepassing is. De toelichting vermeldt dit, maar motiveert niet waarom het "
             "nieuwe stelsel daar niet wordt ingevoerd, terwijl de doelstellingen van het voorstel in Caribisch "
             "Nederland evenzeer relevant zijn.")
    pdf.para("De Afdeling adviseert in de toelichting te motiveren waarom het voorstel niet geldt voor Caribisch "
             "Nederland en te bezien of een vergelijkbare regeling voor de openbare lichamen in de rede ligt.",
             after=5)

    pdf.para("De Afdeling advisering van de Raad van State heeft een aantal opmerkingen bij het voorstel en "
             "adviseert het voorstel bij de Tweede Kamer der Staten-Generaal in te dienen, maar eerst rekening te "
             "houden met hetgeen hiervoor is opgemerkt.", after=8)
    pdf.para("De vice-president van de Raad van State,", after=12, align="L")
    pdf.para("M.J.A. Verheij-Smits", align="L")
    pdf.output(str(DOCS / f"{NAME}_advice.pdf"))


def response() -> None:
    pdf = Doc(header_text="Nader rapport \u2013 Wet directe financiering kinderopvang", footer_text="- {page} -",
              family="serif", size=11)
    pdf.set_title("Nader rapport Wet directe financiering kinderopvang")
    pdf.add_page()
    pdf.set_font("sans", "B", 9)
    pdf.cell(0, 5, "Ministerie van Sociale Zaken en Werkgelegenheid", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("serif", "B", 12)
    pdf.multi_cell(0, 6, "Nader rapport inzake " + WET, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.para("Blijkens de mededeling van de Directeur van Uw kabinet van 12 juni 2025, no. 2025001234, machtigde "
             "Uwe Majesteit de Afdeling advisering van de Raad van State haar advies inzake het bovenvermelde "
             "voorstel van wet rechtstreeks aan mij te doen toekomen. Dit advies, gedateerd 8 oktober 2025, "
             "no. W12.25.00187/III, bied ik U hierbij aan.")
    pdf.para("Het advies van de Afdeling advisering van de Raad van State (hierna: de Afdeling) geeft aanleiding "
             "tot de volgende opmerkingen. Daarbij wordt de nummering van het advies aangehouden.", after=4)

    def point(head, summary, reply):
        if head:
            pdf.heading(head, size=11, family="serif", before=2)
        pdf.para("__" + summary + "__")
        for r in reply:
            pdf.para(r)

    pdf.heading("2.  Doel en effecten van het voorstel", size=11, family="serif")
    point("a.  Arbeidsparticipatie",
          "De Afdeling wijst erop dat het verwachte effect op het aantal gewerkte uren beperkt is in verhouding tot "
          "de structurele kosten, en adviseert daarop in de toelichting nader in te gaan, ook in het licht van "
          "gerichtere alternatieven.",
          ["De toelichting is aangevuld. In paragraaf 3.2 wordt nu uiteengezet dat het voorstel niet alleen "
           "beoogt de arbeidsparticipatie te vergroten, maar vooral de onzekerheid en de terugvorderingen van "
           "het toeslagenstelsel weg te nemen. Die onzekerheid weerhoudt juist ouders met een lager inkomen "
           "ervan meer uren te gaan werken. Ook de door de Afdeling genoemde alternatieven, waaronder een "
           "hogere toeslag voor de lagere inkomens, zijn in de toelichting besproken en gewogen."])
    point("b.  Beschikbaarheid van kinderopvang",
          "De Afdeling adviseert de gevolgen voor de beschikbaarheid van kinderopvangplaatsen te analyseren en "
          "een jaarlijkse rapportageverplichting over de wachtlijsten in het voorstel op te nemen.",
          ["Naar aanleiding van dit advies is in paragraaf 4.3 van de toelichting een analyse opgenomen van de "
           "verwachte groei van de vraag per regio en van de maatregelen die de regering samen met de sector "
           "neemt om het personeelstekort te verminderen.",
           "Een wettelijke rapportageverplichting neemt de regering niet op. De Tweede Kamer wordt al jaarlijks "
           "ge\u00efnformeerd via de voortgangsbrief kinderopvang; in die brief zal voortaan ook een overzicht "
           "van de wachtlijsten per regio worden opgenomen."])
    point("3.  Uitvoerbaarheid",
          "De Afdeling adviseert de overgang naar directe financiering afhankelijk te maken van de bevestiging "
          "van DUO dat de uitvoering gereed is.",
          ["Aan dit advies is gevolg gegeven. Artikel XV bepaalt nu dat het tijdstip van inwerkingtreding bij "
           "koninklijk besluit wordt vastgesteld, nadat DUO en de Belastingdienst/Toeslagen in een gezamenlijke "
           "gereedheidsverklaring hebben bevestigd dat de uitvoering gereed is. De toelichting is daarop "
           "aangepast (paragraaf 6)."])
    point("4.  Verwerking van persoonsgegevens",
          "De Afdeling adviseert de verwerking van het burgerservicenummer en van gegevens over de arbeidssituatie "
          "van ouders, de doeleinden en de bewaartermijnen in de wet zelf te regelen.",
          ["Het advies is niet overgenomen. Artikel 1.55 van het voorstel bepaalt welke instanties gegevens aan "
           "DUO verstrekken en voor welk doel. Dat biedt naar het oordeel van de regering een voldoende "
           "kenbare grondslag. De categorie\u00ebn van gegevens en de bewaartermijnen zijn technisch van "
           "aard en moeten kunnen worden aangepast wanneer de bronnen bij UWV en de Belastingdienst wijzigen; "
           "regeling bij algemene maatregel van bestuur ligt daarom meer voor de hand. De toelichting gaat hier "
           "in paragraaf 7 uitgebreider op in."])
    point("5.  Gastouderopvang",
          "De Afdeling vraagt te motiveren waarom gastouderopvang onder hetzelfde regime valt als kindercentra.",
          ["De regering heeft kennisgenomen van de opmerkingen van de Afdeling over de gastouderopvang. De "
           "sector is op dit moment in overleg met het ministerie over een eigen kwaliteitskader. De regering zal "
           "de uitkomsten van dat overleg afwachten en zal daarna bezien of een afzonderlijke regeling voor "
           "gastouderopvang nodig is."])
    point("6.  Overgangsrecht",
          "De Afdeling adviseert te voorzien in overgangsrecht voor ouders die over 2027 nog kinderopvangtoeslag "
          "ontvangen of moeten terugbetalen.",
          ["Het voorstel is in lijn met het advies aangevuld met een overgangsbepaling (artikel XIV). Daarin is "
           "geregeld dat terugvorderingen over 2027 in termijnen kunnen worden voldaan, zonder dat dit gevolgen "
           "heeft voor de eigen bijdrage in het nieuwe stelsel. De toelichting is op dit punt eveneens "
           "aangevuld."])
    point("7.  Caribisch Nederland",
          "De Afdeling adviseert te motiveren waarom het voorstel niet in Caribisch Nederland geldt en te bezien of "
          "een vergelijkbare regeling in de rede ligt.",
          ["In paragraaf 9 van de toelichting is nu gemotiveerd waarom het voorstel niet voor Caribisch Nederland "
           "geldt. Een vergelijkbare regeling voor de openbare lichamen acht de regering op dit moment echter "
           "niet opportuun. De Wet kinderopvang BES is pas kort van kracht en de openbare lichamen hebben "
           "gevraagd eerst de ervaringen daarmee af te wachten."])
    pdf.heading("8.  Ambtshalve wijzigingen", size=11, family="serif", before=2)
    pdf.para("Van de gelegenheid is gebruikgemaakt om enkele redactionele verbeteringen in het voorstel en de "
             "toelichting aan te brengen. Daarnaast is in artikel 1.52 verduidelijkt dat de eigen bijdrage ook "
             "verschuldigd is over uren die wel zijn afgenomen maar door ziekte van het kind niet zijn gebruikt.",
             after=5)
    pdf.para("Ik moge U hierbij verzoeken het hierbij gevoegde gewijzigde voorstel van wet en de gewijzigde "
             "memorie van toelichting aan de Tweede Kamer der Staten-Generaal te zenden.", after=8)
    pdf.para("De Minister van Sociale Zaken en Werkgelegenheid,", after=12, align="L")
    pdf.para("E.C. van Dongen-Hartman", align="L")
    pdf.output(str(DOCS / f"{NAME}_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    print("written", NAME)
