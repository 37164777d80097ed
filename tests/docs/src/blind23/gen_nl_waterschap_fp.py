"""Blind round 23 (nl): rapport van de rekenkamercommissie van een (verzonnen) waterschap over de sturing op een
dijkversterking, met aanbevelingen gecodeerd A1-A3 (aan het algemeen bestuur) en D1-D4 (aan het dagelijks
bestuur) als vette codes voor alinea's; en het voorstel van het dagelijks bestuur aan het algemeen bestuur
('AB-voorstel') met beslispunten die de A-aanbevelingen beantwoorden en een tabel met de reactie op de
D-aanbevelingen, waarin D4 ontbreekt.
Engine: fpdf2, A4, Liberation fonts.
Run: /tmp/blind23nl/bin/python tests/docs/src/blind23/gen_nl_waterschap_fp.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _b23nl as H

NAME = "blind23_nl_waterschap"
T = "Vinger aan de dijk"
SUB = "Onderzoek naar de sturing op de dijkversterking Lingedijk-Oost"
R = {
    "A1": "Stel een kaderstellende notitie grote projecten vast waarin staat bij welke afwijkingen in geld, "
          "tijd en scope het dagelijks bestuur het algemeen bestuur vooraf om een besluit vraagt.",
    "A2": "Vraag het dagelijks bestuur om voor elk project boven 10 miljoen euro ieder kwartaal een "
          "voortgangsrapportage met een actuele risicoparagraaf aan het algemeen bestuur te sturen.",
    "A3": "Richt een vaste auditcommissie uit het algemeen bestuur op die de grote projecten namens het "
          "bestuur volgt en de voortgangsrapportages voorbespreekt.",
    "D1": "Leg de uitgangspunten voor de raming van onvoorziene kosten vast en pas die toe op alle projecten "
          "uit het Hoogwaterbeschermingsprogramma.",
    "D2": "Maak in de voortgangsrapportages zichtbaar welk deel van de kosten wordt gesubsidieerd en welk deel "
          "voor rekening van het waterschap zelf komt.",
    "D3": "Laat na afronding van de Lingedijk-Oost een onafhankelijke evaluatie uitvoeren naar de oorzaken "
          "van de kostenstijging en de lessen voor volgende projecten.",
    "D4": "Betrek bewoners en grondeigenaren langs de dijk eerder en structureel bij keuzes over het "
          "ontwerp en de uitvoering.",
}


def rec(code):
    return f"<b>{code}</b>   {R[code]}"


def advice():
    return [
        ("cover", [("Rekenkamercommissie Waterschap Lingebroek", 12, True, 6), ("Rapport", 12, False, 80),
                   (T, 26, True, 4), (SUB, 14, False, 4), ("Tiel, november 2025", 11, False, 18),
                   ("Vastgesteld door de rekenkamercommissie op 4 november 2025. Het rapport wordt aangeboden "
                    "aan het algemeen bestuur van Waterschap Lingebroek.", 9.5, False, 160)]),
        ("toc", "Inhoud"),
        ("h1", "Samenvatting"),
        ("p", "Waterschap Lingebroek versterkt sinds 2021 zeven kilometer dijk langs de Linge. Het project "
              "Lingedijk-Oost werd begroot op 48 miljoen euro en zou in 2025 klaar zijn. Inmiddels zijn de "
              "verwachte kosten gestegen tot 71 miljoen euro en is de oplevering verschoven naar 2028. De "
              "rekenkamercommissie onderzocht hoe het algemeen bestuur (AB) en het dagelijks bestuur (DB) op het "
              "project hebben gestuurd."),
        ("box", "Hoofdconclusie",
         "Het algemeen bestuur heeft onvoldoende grip gehad op de dijkversterking. Het kreeg de kostenstijgingen "
         "laat en in stukken te zien, zonder een kader dat vooraf bepaalde wanneer het bestuur zelf moest "
         "beslissen. Het dagelijks bestuur rapporteerde wel, maar vooral over de voortgang van het werk en "
         "nauwelijks over risico's en de verdeling van de kosten tussen subsidie en eigen middelen."),
        ("p", "De rekenkamercommissie doet drie aanbevelingen aan het algemeen bestuur en vier aan het dagelijks "
              "bestuur. Zij zijn opgenomen in hoofdstuk 5."),
        ("h1", "1  Inleiding"),
        ("p", "De rekenkamercommissie van Waterschap Lingebroek onderzoekt de doelmatigheid, doeltreffendheid "
              "en rechtmatigheid van het beleid en de bedrijfsvoering van het waterschap.[[1]] Zij kiest haar "
              "onderwerpen zelf. De keuze voor de Lingedijk-Oost volgt op vragen uit het algemeen bestuur bij de "
              "behandeling van de jaarrekening 2024, toen bleek dat het project voor de derde keer duurder "
              "werd."),
        ("p", "De centrale onderzoeksvraag luidt: <i>In hoeverre zijn het algemeen en het dagelijks bestuur in "
              "staat geweest om te sturen op de kosten, planning en kwaliteit van de dijkversterking "
              "Lingedijk-Oost?</i> Het onderzoek beslaat de periode van het voorbereidingsbesluit in 2019 tot en "
              "met de tweede bestuursrapportage van 2025."),
        ("p", "Voor het onderzoek zijn de bestuursstukken en de projectdossiers bestudeerd en zijn veertien "
              "interviews gehouden met bestuurders, ambtenaren, de aannemer en de Programmadirectie "
              "Hoogwaterbeschermingsprogramma (HWBP).[[2]] Het DB heeft het feitelijke deel van het rapport "
              "op juistheid gecontroleerd (ambtelijk wederhoor)."),
        ("notes", [(1, "Artikel 51a Waterschapswet en de Verordening rekenkamercommissie Waterschap Lingebroek "
                       "2020."),
                   (2, "Het HWBP is een samenwerking van Rijk en waterschappen; het programma subsidieert in "
                       "beginsel 90 procent van de kosten van sobere en doelmatige dijkversterkingen.")]),
        ("h1", "2  Het project in cijfers"),
        ("table", [0.22, 0.2, 0.2, 0.38], ["Moment", "Raming", "Oplevering", "Belangrijkste oorzaak"],
         [["Voorbereidingsbesluit 2019", "EUR 48 mln", "2025", "-"],
          ["Projectplan 2021", "EUR 55 mln", "2026", "Extra grondonderzoek, kabels en leidingen"],
          ["Jaarrekening 2023", "EUR 63 mln", "2027", "Stijging bouwkosten, stikstofprocedure"],
          ["Bestuursrapportage 2025", "EUR 71 mln", "2028", "Instabiele ondergrond bij Asperen"]]),
        ("p", "De stijging van 23 miljoen euro komt voor ongeveer twee derde voor rekening van het HWBP. Het "
              "overige deel, circa 8 miljoen euro, betaalt het waterschap zelf, omdat een deel van de extra "
              "kosten niet als sober en doelmatig werd aangemerkt. Dat bedrag werd pas in de jaarrekening 2024 "
              "zichtbaar."),
        ("h1", "3  Sturing door het algemeen bestuur"),
        ("p", "Het AB stelde in 2019 het voorbereidingskrediet vast en in 2021 het uitvoeringskrediet. Daarna "
              "kwam het project alleen nog aan de orde in de reguliere bestuursrapportages en de jaarrekening. "
              "Er is geen kader dat bepaalt bij welke overschrijding het AB opnieuw moet besluiten. De "
              "kredietverhogingen van 2023 en 2025 werden als onderdeel van de begrotingswijziging voorgelegd, "
              "zonder afzonderlijk voorstel."),
        ("p", "Veel AB-leden gaven in de interviews aan dat zij de rapportages moeilijk konden beoordelen. Een "
              "aantal leden pleitte voor een kleine groep uit het AB die zich in het project verdiept. Andere "
              "leden vonden dat ieder AB-lid zelf verantwoordelijk is voor de controle en wezen een "
              "tussenlaag af."),
        ("h1", "4  Sturing door het dagelijks bestuur"),
        ("p", "Het DB stuurde het project via een ambtelijk opdrachtgever en een projectteam. De post "
              "onvoorzien werd bij de Lingedijk-Oost op 7 procent gezet, terwijl bij een vergelijkbaar project "
              "in hetzelfde waterschap 15 procent werd gehanteerd. Er is geen vastgelegde werkwijze voor het "
              "bepalen van die post."),
        ("p", "De voortgangsrapportages van het projectteam waren uitgebreid, maar maakten niet duidelijk welk "
              "deel van de meerkosten door het HWBP wordt vergoed. Bewoners langs de dijk werden pas bij de "
              "vergunningaanvraag geïnformeerd over de keuze voor een damwand bij Asperen, wat leidde tot "
              "zienswijzen en vertraging van ruim een half jaar."),
        ("h1", "5  Conclusies en aanbevelingen"),
        ("p", "De rekenkamercommissie concludeert dat het algemeen bestuur zijn kaderstellende en controlerende "
              "rol bij de Lingedijk-Oost slechts beperkt heeft kunnen vervullen. Om dat bij volgende projecten "
              "te voorkomen, doet zij de volgende aanbevelingen."),
        ("h2", "Aanbevelingen aan het algemeen bestuur"),
        ("p", rec("A1")), ("p", rec("A2")), ("p", rec("A3")),
        ("h2", "Aanbevelingen aan het dagelijks bestuur"),
        ("p", rec("D1")), ("p", rec("D2")), ("p", rec("D3")), ("p", rec("D4")),
        ("p", "De rekenkamercommissie zal over twee jaar nagaan wat met deze aanbevelingen is gedaan."),
        ("small", "Rekenkamercommissie Waterschap Lingebroek: drs. H.J. van Wijhe (voorzitter), ir. B. Kok-Visser, "
                  "mr. T. Aydın. Secretaris: L. Vermeulen MSc."),
    ]


def response():
    return [
        ("p", "<b>Waterschap Lingebroek</b>\nVoorstel aan het algemeen bestuur"),
        ("table", [0.3, 0.7], ["Onderdeel", ""],
         [["Vergadering AB", "28 januari 2026, agendapunt 7"],
          ["Kenmerk", "WL/2025/14722"],
          ["Portefeuillehouder", "heemraad J.W. Bosman"],
          ["Onderwerp", "Rapport rekenkamercommissie 'Vinger aan de dijk' en bestuurlijke reactie"]]),
        ("h2", "Beslispunten"),
        ("p", "Het dagelijks bestuur stelt het algemeen bestuur voor te besluiten:"),
        ("np", "1.", "kennis te nemen van het rapport 'Vinger aan de dijk' van de rekenkamercommissie;"),
        ("np", "2.", "aanbeveling A1 over te nemen en het dagelijks bestuur op te dragen een kaderstellende "
                     "notitie grote projecten uiterlijk in de AB-vergadering van juni 2026 ter vaststelling "
                     "voor te leggen;"),
        ("np", "3.", "aanbeveling A2 over te nemen met dien verstande dat de rapportage niet ieder kwartaal maar "
                     "halfjaarlijks wordt verstrekt, gelijktijdig met de bestuursrapportages;"),
        ("np", "4.", "aanbeveling A3 niet over te nemen;"),
        ("np", "5.", "in te stemmen met de reactie van het dagelijks bestuur op de aanbevelingen D1 tot en met "
                     "D4, zoals opgenomen in de tabel in dit voorstel."),
        ("h2", "Aanleiding"),
        ("p", "Op 4 november 2025 heeft de rekenkamercommissie haar rapport over de sturing op de "
              "dijkversterking Lingedijk-Oost vastgesteld. Het dagelijks bestuur heeft op 18 november 2025 "
              "bestuurlijk wederhoor gegeven. Het rapport en de bestuurlijke reactie liggen nu ter bespreking "
              "voor."),
        ("h2", "Toelichting"),
        ("p", "Het dagelijks bestuur herkent zich in het beeld dat het algemeen bestuur te laat en te versnipperd "
              "is geïnformeerd. Wij nemen daarvoor de verantwoordelijkheid. Met een kaderstellende notitie "
              "weet het algemeen bestuur vooraf wanneer het aan zet is; de notitie zal onder meer een "
              "grens van 10 procent of 2 miljoen euro bevatten."),
        ("p", "Over de frequentie van de rapportages verschillen wij van mening met de rekenkamercommissie. Een "
              "kwartaalrapportage naast de twee bestuursrapportages en de jaarrekening leidt tot een stapeling "
              "van documenten die het overzicht eerder vermindert. De halfjaarlijkse rapportage krijgt wel "
              "een afzonderlijke risicoparagraaf per project."),
        ("p", "Een auditcommissie uit het algemeen bestuur achten wij niet wenselijk. De controle is een taak "
              "van het voltallige algemeen bestuur; een commissie die namens het bestuur meekijkt, brengt het "
              "risico mee dat de overige leden minder betrokken raken. Bovendien vergadert de commissie "
              "Watersystemen al over de projecten uit het HWBP. Het dagelijks bestuur is wel bereid twee keer "
              "per jaar een technische sessie te organiseren."),
        ("h2", "Reactie op de aanbevelingen aan het dagelijks bestuur"),
        ("table", [0.1, 0.62, 0.28], ["Nr.", "Reactie dagelijks bestuur", "Planning"],
         [["D1", "Overgenomen. Het DB stelt een werkwijze voor de post onvoorzien vast, gebaseerd op de "
                 "landelijke richtlijn van het HWBP. Bij projecten met een complexe ondergrond geldt een hogere "
                 "opslag.", "Vaststelling DB maart 2026"],
          ["D2", "Overgenomen; dit is al in gang gezet. Vanaf de eerste bestuursrapportage 2026 wordt per "
                 "project het subsidiabele en het niet-subsidiabele deel apart vermeld.", "Gereed"],
          ["D3", "Het DB neemt kennis van deze aanbeveling. Of een onafhankelijke evaluatie meerwaarde heeft "
                 "naast de verplichte eindevaluatie van het HWBP, bezien wij na afronding van het project.",
           "Besluit na oplevering (2028)"]]),
        ("h2", "Financiële consequenties"),
        ("p", "Het opstellen van de kaderstellende notitie en de aanpassing van de rapportages worden binnen de "
              "bestaande formatie uitgevoerd. Aan dit voorstel zijn geen directe financiële gevolgen "
              "verbonden."),
        ("h2", "Communicatie"),
        ("p", "Na het besluit van het algemeen bestuur worden het rapport, dit voorstel en het besluit "
              "gepubliceerd op de website van het waterschap. De rekenkamercommissie ontvangt een afschrift."),
        ("p", "Het dagelijks bestuur van Waterschap Lingebroek,\n\nde secretaris-directeur,     de dijkgraaf,\n"
              "ing. R. Schuurman             mr. E.A. de Vries-Hogendoorn"),
    ]


EXPECTED = {
    "recommendations": [
        {"number": "A1", "starts_with": "Stel een kaderstellende notitie grote projecten vast waarin staat",
         "reply_contains": "notitie grote projecten uiterlijk in de AB-vergadering van juni 2026",
         "verdict": "agrees"},
        {"number": "A2", "starts_with": "Vraag het dagelijks bestuur om voor elk project boven 10 miljoen euro",
         "reply_contains": "aanbeveling A2 over te nemen met dien verstande", "verdict": "partly"},
        {"number": "A3", "starts_with": "Richt een vaste auditcommissie uit het algemeen bestuur op",
         "reply_contains": "Een auditcommissie uit het algemeen bestuur achten wij niet wenselijk",
         "verdict": "disagrees"},
        {"number": "D1", "starts_with": "Leg de uitgangspunten voor de raming van onvoorziene kosten vast",
         "reply_contains": "stelt een werkwijze voor de post onvoorzien vast", "verdict": "agrees"},
        {"number": "D2", "starts_with": "Maak in de voortgangsrapportages zichtbaar welk deel van de kosten",
         "reply_contains": "het subsidiabele en het niet-subsidiabele deel apart vermeld", "verdict": "agrees"},
        {"number": "D3", "starts_with": "Laat na afronding van de Lingedijk-Oost een onafhankelijke evaluatie",
         "reply_contains": "Het DB neemt kennis van deze aanbeveling", "verdict": "noted"},
        {"number": "D4", "starts_with": "Betrek bewoners en grondeigenaren langs de dijk eerder en structureel",
         "reply_contains": None, "verdict": "unanswered"},
    ],
    "unmatched_replies_contain": [
        "kennis te nemen van het rapport 'Vinger aan de dijk'",
        "heeft op 18 november 2025 bestuurlijk wederhoor gegeven",
        "Aan dit voorstel zijn geen directe financiële gevolgen verbonden",
        "worden het rapport, dit voorstel en het besluit gepubliceerd",
    ],
    "notes": "Local audit committee of an (invented) water board, fpdf2. The advice has a 'Samenvatting' with a "
             "shaded 'Hoofdconclusie' box (a conclusion, not a recommendation), a cost table, and in chapter 5 "
             "seven recommendations as paragraphs opening with a bold code: A1-A3 under 'Aanbevelingen aan het "
             "algemeen bestuur', D1-D4 under 'Aanbevelingen aan het dagelijks bestuur'; numbers are the codes. "
             "The response is not a letter but a board proposal ('Voorstel aan het algemeen bestuur') with a "
             "metadata table, numbered 'Beslispunten' 1.-5. whose numbers do NOT correspond to the "
             "recommendations (beslispunt 2 = A1, 3 = A2, 4 = A3, 1 and 5 answer nothing themselves), a "
             "'Toelichting' giving the reasons in prose without codes (A1 grens, A2 frequency, A3 "
             "auditcommissie), and a table 'Nr. / Reactie dagelijks bestuur / Planning' with rows D1-D3 only; "
             "D4 (involving residents) has no row and is unanswered. Verdicts: A1 agrees, A2 partly ('over te "
             "nemen met dien verstande dat' halfjaarlijks instead of per kwartaal), A3 disagrees (beslispunt 'niet "
             "over te nemen' plus 'achten wij niet wenselijk'; the offered technical sessions do not make it "
             "partly), D1 agrees, D2 agrees ('al in gang gezet', planning 'Gereed'), D3 noted ('neemt kennis "
             "van ... bezien wij na afronding'). Sections 'Aanleiding', 'Financiële consequenties' and "
             "'Communicatie' answer nothing.",
}

if __name__ == "__main__":
    kw = dict(header=f"Rekenkamercommissie Waterschap Lingebroek  -  {T}", footer="{page}", title=f"{T} - {SUB}",
              accent=(0, 90, 120), family="serif", size=11)
    H.build(H.fp_render, advice(), f"{NAME}_advice.pdf", **kw)
    kw.update(header="Voorstel aan het algemeen bestuur  -  WL/2025/14722  -  AB 28 januari 2026",
              footer=lambda n: f"Pagina {n} van {{nb}}", family="sans", size=10, accent=(0, 90, 120),
              title="Voorstel AB rapport Vinger aan de dijk")
    H.build(H.fp_render, response(), f"{NAME}_response.pdf", **kw)
    (H.DOCS / f"{NAME}.expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")
    sys.exit(0 if H.check(NAME) else 1)
