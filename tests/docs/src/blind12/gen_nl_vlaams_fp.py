"""Blind round 12, pair ``blind12_nl_vlaams``: a Flemish strategic advisory council's advice with lettered
recommendations (a)-(h) and a minister's answer to a written parliamentary question.

Engine: fpdf2, fonts Liberation Sans / Liberation Serif (system TTF, embedded as subsets); A4.
Run from the repository root with a Python that has fpdf2, e.g.
    /tmp/blind12env/bin/python tests/docs/src/blind12/gen_nl_vlaams_fp.py
Writes tests/docs/blind12_nl_vlaams_advice.pdf and tests/docs/blind12_nl_vlaams_response.pdf.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _fp import DOCS, Doc  # noqa: E402

RECS = [
    ("a", "de subsidie per kindplaats in de inkomensgerelateerde opvang vanaf 1 januari 2026 op te trekken tot het "
          "niveau dat de kostprijsstudie van 2024 aangeeft;"),
    ("b", "de 5.000 bijkomende kindplaatsen prioritair toe te wijzen aan gemeenten met een dekkingsgraad van minder "
          "dan 40 procent;"),
    ("c", "de kwalificatievereisten voor kinderbegeleiders tijdelijk te versoepelen voor zij-instromers die een "
          "erkend opleidingstraject volgen;"),
    ("d", "één centraal digitaal aanmeldingsloket uit te bouwen voor alle kinderopvanglocaties in Vlaanderen, in "
          "de plaats van de huidige lokale loketten;"),
    ("e", "de regeling voor flexibele en occasionele opvang grondig te evalueren en op basis daarvan bij te sturen;"),
    ("f", "de kindbegeleidersratio, zoals in het decreet vooropgesteld, tegen 2028 te verlagen van 1 op 8 naar 1 "
          "op 7;"),
    ("g", "de lokale besturen een versterkte regierol te geven in de planning van het aanbod, met de bijhorende "
          "middelen;"),
    ("h", "jaarlijks aan het Vlaams Parlement te rapporteren over de evolutie van de wachtlijsten, per gemeente en "
          "per type opvang."),
]


def advice():
    d = Doc(footer_text="SAR WGG - Advies 2025/04 - p. {page}", header_text="Advies kinderopvang - 27 februari 2025",
            family="sans", size=10.5)
    d.set_fill_color(230, 84, 30)
    d.rect(0, 0, 8, 297, style="F")
    d.set_font("sans", "B", 9)
    d.set_text_color(230, 84, 30)
    d.cell(0, 5, "STRATEGISCHE ADVIESRAAD VOOR WELZIJN, GEZONDHEID EN GEZIN", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(4)
    d.set_font("sans", "B", 19)
    d.multi_cell(0, 9, "Advies over de conceptnota 'Kinderopvang voor elk kind'", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sans", "", 10)
    d.cell(0, 6, "Advies 2025/04  -  Brussel, 27 februari 2025", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.heading("1. Situering", size=12.5, color=(230, 84, 30))
    d.para("Op 23 januari 2025 vroeg de Vlaamse minister bevoegd voor Welzijn de SAR WGG om advies over de "
           "conceptnota 'Kinderopvang voor elk kind'. De conceptnota schetst de krachtlijnen van een decretale "
           "hervorming van de kinderopvang voor baby's en peuters. De belangrijkste krachtlijnen zijn:")
    for k in ("de uitbreiding van het aanbod met 5.000 kindplaatsen met inkomensgerelateerde prijs tegen 2027;",
              "een nieuw financieringsmodel met een basissubsidie per kindplaats en toeslagen;",
              "maatregelen tegen het personeelstekort, waaronder een zij-instroomtraject;",
              "een hervorming van de aanmeldingsprocedure voor ouders."):
        d.para("-  " + k, indent=6, after=0.8)
    d.ln(1)
    d.para("De raad heeft dit advies voorbereid in een werkgroep met vertegenwoordigers van de organisatoren, de "
           "vakbonden, de gezinsorganisaties en de lokale besturen. Het advies werd unaniem goedgekeurd door de "
           "algemene raad.")
    d.heading("2. Algemene beoordeling", size=12.5, color=(230, 84, 30))
    d.para("De raad verwelkomt de conceptnota. Kinderopvang is een basisvoorziening die bijdraagt aan de "
           "ontwikkeling van kinderen, aan de combinatie van arbeid en gezin en aan de bestrijding van armoede. De "
           "sector staat al jaren onder druk: de werkingsmiddelen houden geen gelijke tred met de kosten, het "
           "personeelsverloop is hoog en in verschillende gemeenten vinden ouders geen plaats. Het is dan ook "
           "aangewezen dat de Vlaamse Regering structurele keuzes maakt. De raad stelt wel vast dat de conceptnota "
           "op een aantal punten vaag blijft, in het bijzonder wat de timing en de budgettaire onderbouwing betreft.")
    d.heading("3. Specifieke bemerkingen", size=12.5, color=(230, 84, 30))
    d.heading("3.1 Financiering", size=11, family="sans")
    d.para("De kostprijsstudie die Opgroeien in 2024 liet uitvoeren, toont aan dat de subsidie per kindplaats in "
           "de inkomensgerelateerde opvang gemiddeld 18 procent onder de werkelijke kostprijs ligt. Organisatoren "
           "compenseren dat door in te besparen op personeel en werkingsmiddelen of haken af. De raad vraagt dat de "
           "subsidie op korte termijn wordt opgetrokken. Daarnaast wijst de raad erop dat de nieuwe plaatsen vooral "
           "nodig zijn in gemeenten waar de dekkingsgraad het laagst ligt, zoals in delen van Limburg en de "
           "Antwerpse rand.")
    d.heading("3.2 Personeel", size=11, family="sans")
    d.para("Het tekort aan kinderbegeleiders is vandaag de belangrijkste rem op de uitbreiding van het aanbod. "
           "Meer dan 300 groepen zijn tijdelijk gesloten of werken met minder kinderen. De raad erkent dat "
           "kwalificaties belangrijk zijn voor de kwaliteit, maar stelt vast dat de huidige vereisten zij-instromers "
           "afschrikken. Tegelijk blijft de raad achter de verlaging van de kindbegeleidersratio staan, die in het "
           "decreet werd vooropgesteld en die de werkdruk op termijn moet verlichten.")
    d.heading("3.3 Toegankelijkheid", size=11, family="sans")
    d.para("Ouders moeten zich vandaag vaak bij verschillende lokale loketten en individuele opvanglocaties "
           "aanmelden, en weten niet waar zij op de wachtlijst staan. Kwetsbare gezinnen haken daardoor af. De "
           "flexibele en occasionele opvang, die bedoeld is voor ouders met onregelmatige uren of een "
           "opleidingstraject, wordt weinig gebruikt en is in veel gemeenten onbekend.")
    d.para("De dekkingsgraad verschilt sterk tussen de provincies, zoals de onderstaande tabel toont.")
    d.set_font("sans", "B", 9.5)
    d.set_fill_color(245, 220, 205)
    for w, h in ((60, "Provincie"), (45, "Dekkingsgraad 2024"), (45, "Gemeenten < 40 %")):
        d.cell(w, 6.5, h, border=1, fill=True)
    d.ln()
    d.set_font("sans", "", 9.5)
    for row in (("Antwerpen", "47 %", "21"), ("Limburg", "39 %", "24"), ("Oost-Vlaanderen", "52 %", "9"),
                ("Vlaams-Brabant", "55 %", "6"), ("West-Vlaanderen", "58 %", "4")):
        for w, c in zip((60, 45, 45), row):
            d.cell(w, 6, c, border=1)
        d.ln()
    d.cell(0, 5, "Bron: Opgroeien, jaarrapport kinderopvang 2024.", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.heading("3.4 Lokale regie en opvolging", size=11, family="sans")
    d.para("Lokale besturen kennen de noden van hun inwoners het best. De conceptnota geeft hun een beperkte rol. De "
           "raad meent dat een sterkere lokale regie nodig is, maar enkel als de lokale besturen daarvoor de "
           "nodige middelen krijgen. Ten slotte ontbreekt vandaag een betrouwbaar beeld van de wachtlijsten, "
           "waardoor het Vlaams Parlement de uitvoering van het beleid moeilijk kan opvolgen.")
    d.heading("3.5 Budgettaire onderbouwing", size=11, family="sans")
    d.para("De conceptnota raamt de kostprijs van de hervorming op 180 miljoen euro tegen 2027, maar geeft niet aan "
           "hoe dat bedrag over de jaren wordt gespreid en welk deel uit nieuwe middelen komt. De raad vraagt de "
           "Vlaamse Regering om bij de indiening van het voorontwerp van decreet een meerjarig financieel kader toe "
           "te voegen. Zonder dat kader kunnen organisatoren en lokale besturen niet plannen, en dreigen de "
           "doelstellingen van de hervorming een intentie te blijven. De raad merkt ook op dat de middelen voor de "
           "opleiding van kinderbegeleiders in de conceptnota niet worden vermeld, terwijl de hervorming zonder "
           "bijkomend personeel niet kan slagen. De raad verwijst in dat verband naar zijn advies 2023/11 over het "
           "personeelstekort in de zorg- en welzijnssector, waarin hij pleitte voor een gezamenlijke "
           "arbeidsmarktaanpak met de VDAB en de onderwijsverstrekkers.")
    d.add_page()
    d.heading("4. Aanbevelingen", size=12.5, color=(230, 84, 30))
    d.para("**De SAR WGG beveelt de Vlaamse Regering aan om:**")
    for letter, text in RECS:
        d.set_font("sans", "B", 10.5)
        y = d.get_y()
        d.set_x(d.l_margin + 3)
        d.cell(9, 5.3, f"({letter})")
        d.set_xy(d.l_margin + 12, y)
        d.set_font("sans", "", 10.5)
        d.multi_cell(d.epw - 12, 5.3, text, new_x="LMARGIN", new_y="NEXT")
        d.ln(1.6)
    d.ln(3)
    d.para("De raad is bereid dit advies verder toe te lichten.")
    d.para("Sofie Claeys, voorzitter\nKoen Van den Broeck, secretaris", align="L")
    d.output(str(DOCS / "blind12_nl_vlaams_advice.pdf"))


def response():
    d = Doc(footer_text="Vlaams Parlement - Schriftelijke vraag 612 - {page}", family="serif", size=11)
    d.set_font("sans", "B", 10)
    d.cell(0, 5, "VLAAMS PARLEMENT", new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.set_font("sans", "B", 12)
    d.cell(0, 6, "SCHRIFTELIJKE VRAAG", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sans", "", 10)
    d.ln(1)
    for line in ("nr. 612 van ELS VERMEULEN", "datum: 12 maart 2025",
                 "aan HILDE VERSTRAETEN", "VLAAMS MINISTER VAN WELZIJN, GEZIN EN ARMOEDEBESTRIJDING"):
        d.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.set_font("sans", "B", 11)
    d.cell(0, 6, "Kinderopvang - Advies SAR WGG", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para("Op 27 februari 2025 bracht de Strategische Adviesraad voor Welzijn, Gezondheid en Gezin (SAR WGG) een "
           "advies uit over de conceptnota 'Kinderopvang voor elk kind'. De raad verwelkomt de hervorming, maar "
           "formuleert acht aanbevelingen, onder meer over de financiering, het personeel en de aanmelding.")
    for i, q in enumerate((
            "Hoe staat u tegenover de aanbevelingen van de raad over de financiering van de kinderopvang en de "
            "verdeling van de nieuwe kindplaatsen?",
            "Welk gevolg geeft u aan de aanbevelingen over het personeel, in het bijzonder de kwalificatievereisten "
            "en de kindbegeleidersratio?",
            "Komt er een centraal aanmeldingsloket? Wat is de stand van zaken met betrekking tot de flexibele "
            "opvang?",
            "Welke rol ziet u voor de lokale besturen in de planning van het aanbod?",
            "Wanneer zal het voorontwerp van decreet bij het Vlaams Parlement worden ingediend?"), 1):
        d.para(f"{i}.  {q}", indent=4, after=1.2)
    d.ln(4)
    d.set_font("sans", "B", 10)
    d.cell(0, 5, "HILDE VERSTRAETEN", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 5, "VLAAMS MINISTER VAN WELZIJN, GEZIN EN ARMOEDEBESTRIJDING", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.set_font("sans", "B", 12)
    d.cell(0, 6, "ANTWOORD", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    answers = [
        "In de begrotingsaanpassing 2025 heeft de Vlaamse Regering 45 miljoen euro bijkomend ingeschreven voor de "
        "inkomensgerelateerde opvang. Daarmee wordt de subsidie per kindplaats vanaf 1 januari 2026 verhoogd. We "
        "bereiken daarmee niet volledig het niveau van de kostprijsstudie, maar overbruggen wel ongeveer twee derde "
        "van de kloof. Wat de verdeling van de nieuwe plaatsen betreft: dat is vandaag al zo. De programmatie van "
        "Opgroeien geeft voorrang aan gemeenten met een lage dekkingsgraad; in 2024 ging 61 procent van de nieuwe "
        "plaatsen naar gemeenten met een dekkingsgraad onder 40 procent.",
        "Ik hecht er sterk aan dat wie dagelijks met baby's en peuters werkt, over de nodige kwalificaties "
        "beschikt. Zij-instromers kunnen vandaag al aan de slag terwijl zij hun opleiding binnen drie jaar "
        "afronden, en zij krijgen daarvoor opleidingsverlof. Ik houd dan ook vast aan de huidige "
        "kwalificatievereisten.\nDe verlaging van de kindbegeleidersratio naar 1 op 7 blijft het doel van deze "
        "Vlaamse Regering. Gelet op het tekort aan kinderbegeleiders is 2028 echter niet haalbaar; we schuiven "
        "de timing op naar 2030 en voeren de verlaging in twee stappen in.",
        "Opgroeien bekijkt samen met de VVSG of en hoe de lokale loketten kunnen worden samengebracht in één "
        "centraal digitaal loket. We willen eerst de evaluatie van de lokale loketten afwachten, die in 2026 "
        "wordt afgerond; pas daarna neem ik hierover een beslissing.\nDe evaluatie van de flexibele en "
        "occasionele opvang is intussen opgestart. Het eindrapport wordt in het najaar van 2025 verwacht, waarna "
        "we de regeling zullen bijsturen waar dat nodig blijkt.",
        "De VVSG heeft in haar advies van januari laten weten dat de lokale besturen geen bijkomende regierol "
        "wensen op te nemen zolang de financiering daarvan niet volledig gegarandeerd is. Ik neem daar akte van. "
        "Een versterkte regierol voor de lokale besturen is voor deze legislatuur dan ook niet aan de orde; zij "
        "behouden hun huidige rol in het lokaal overleg kinderopvang.",
        "Het voorontwerp van decreet wordt na de adviezen van de SERV, de SAR WGG en de Raad van State nog voor "
        "het zomerreces van 2025 bij het Vlaams Parlement ingediend.",
    ]
    for i, a in enumerate(answers, 1):
        parts = a.split("\n")
        d.para(f"{i}.  {parts[0]}", after=2)
        for p in parts[1:]:
            d.para(p, indent=0, after=2)
    d.output(str(DOCS / "blind12_nl_vlaams_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
