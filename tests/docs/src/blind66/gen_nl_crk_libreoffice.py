"""Round 66 (nl): an ADVIES of a municipal COMMISSIE RUIMTELIJKE KWALITEIT (the successor of the welstands- and
monumentencommissie under the Omgevingswet) on a draft amendment of the omgevingsplan with its beeldkwaliteitskader,
answered by the college's NOTA VAN WIJZIGINGEN (the amended plan: what changes in the regels and the
beeldkwaliteitskader before the raad adopts it).

Advice: CRK advice, 3 p.: meeting record header (vergadering, aanwezig, plan, aanvrager), Aanleiding (the plan's
regel quoted: 'mag niet meer bedragen dan'), Procedure (the Omgevingswet duty 'moet ... advies vragen'), a ruled
table of building volumes per deelgebied, Beoordeling per deelgebied A-C ('De commissie waardeert', 'zou ...
moeten', the commission's own 2023 advice quoted and reported as followed), a bold conclusion 'akkoord met
aanbevelingen' (not a recommendation), then the recommendations ONLY in a ruled table 'Code | Onderwerp |
Aanbeveling van de commissie' with codes A1, A2, B1, B2, B3, C1, C2; signature.
Response: 'Nota van zienswijzen en wijzigingen' of the college: 1 Inleiding (nothing), 2 Zienswijzen (a summary of
three zienswijzen: nothing), 3 Advies Commissie Ruimtelijke Kwaliteit with prose blocks per code, each 'Reactie'
and 'Wijziging' lines, in another order: C1 (agrees), 'B1 en B2' (ONE block: B2 agrees, B1 disagrees), A2
(partly: 4 m instead of 4,5 m), A1 (agrees), B3 (noted: left to the uitwerking); C2 unanswered; 4 Ambtshalve
wijzigingen numbered 1-3 (nothing).
Engine: LibreOffice Writer headless from HTML (ruled HTML tables; running head and page numbers stamped with
PyMuPDF).

Run: /tmp/blind66nl/bin/python tests/docs/src/blind66/gen_nl_crk_libreoffice.py   (needs soffice)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b66nl as B  # noqa: E402

NAME = "blind66_nl_crk"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B66NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})
OCHRE = "#7a5a12"
PALE = "#f3eddc"


def page(body, fam, size="9.2pt", margins="22mm 22mm 22mm 22mm"):
    css = (f"@page {{ size: 210mm 297mm; margin: {margins}; }}\n"
           f"body {{ font-family: '{fam}'; font-size: {size}; }}\n"
           f"p {{ margin-top: 0; margin-bottom: 5pt; text-align: justify; }}\n"
           f"h1 {{ font-family: 'B66NL Sans'; font-size: 14pt; margin-top: 0; margin-bottom: 4pt; color: {OCHRE}; }}\n"
           f"h2 {{ font-family: 'B66NL Sans'; font-size: 10.6pt; margin-top: 9pt; margin-bottom: 3pt; "
           f"color: {OCHRE}; }}\n"
           f"h3 {{ font-family: 'B66NL Sans'; font-size: 9.4pt; margin-top: 6pt; margin-bottom: 2pt; }}\n"
           f".s {{ font-size: 8.2pt; margin-bottom: 0; text-align: left; }}\n"
           f".k {{ font-size: 7.8pt; color: #555555; }}\n"
           f".q {{ margin-left: 9mm; margin-right: 9mm; font-style: italic; }}\n"
           f".w {{ margin-left: 9mm; }}\n")
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + css + "</style></head><body>" + body
            + "</body></html>")


def cell(t, w=None, bg=None, b=False):
    wa = f" width='{w}'" if w else ""
    ba = f" bgcolor='{bg}'" if bg else ""
    t = f"<b>{t}</b>" if b else t
    return f"<td{wa}{ba} valign='top'><p class='s'>{t}</p></td>"


def advice():
    recs = [
        ("A1", "Kadewand", "Handhaaf de bestaande kademuur met de hardstenen afdekking als doorgaande lijn langs het "
                           "hele havenbekken en leg dit vast als eis in het beeldkwaliteitskader."),
        ("A2", "Plinten", "De commissie adviseert de plinten langs de kade een verdiepingshoogte van ten minste 4,5 "
                          "meter te geven, zodat zij later ook voor werken of voorzieningen geschikt zijn."),
        ("B1", "Hoogteaccent", "Verlaag de maximale bouwhoogte van het hoogteaccent aan de Sluisweg van 40 naar 30 "
                               "meter, zodat de zichtlijn op de toren van de Havenkerk behouden blijft."),
        ("B2", "Dakvorm", "Sta op de noordelijke bouwblokken alleen platte daken toe, in combinatie met daktuinen of "
                          "zonnepanelen die vanaf de kade niet zichtbaar zijn."),
        ("B3", "Gevelmateriaal", "De commissie vraagt het college om voor de gevels in deelgebied B baksteen in "
                                 "aardetinten voor te schrijven en glad plaatmateriaal uit te sluiten."),
        ("C1", "Parkeren", "Breng het gebouwde parkeren onder in een gebouwde voorziening onder het binnenterrein, in "
                           "plaats van in een halfverdiepte garage met een blinde gevel aan de Veerstraat."),
        ("C2", "Openbare ruimte", "Het verdient aanbeveling om in het beeldkwaliteitskader ook eisen op te nemen "
                                  "voor bomen, bestrating en verlichting in de openbare ruimte."),
    ]
    rows = "".join("<tr>" + cell(c, "9%", None, True) + cell(o, "19%") + cell(t) + "</tr>" for c, o, t in recs)
    b = ["<p class='s'><font color='" + OCHRE + "'><b>GEMEENTE BREDERWIJK</b></font><br/>"
         "Commissie Ruimtelijke Kwaliteit</p><p class='s'> </p>",
         "<h1>Advies over het ontwerp van de wijziging van het omgevingsplan 'Havenkwartier Oost' en het "
         "beeldkwaliteitskader</h1>",
         "<table width='100%' cellpadding='3' cellspacing='0' border='0'>"
         "<tr>" + cell("Vergadering", "24%", PALE, True) + cell("5 februari 2026, openbare vergadering, "
                                                                 "stadskantoor", None, PALE)
         + "</tr><tr>" + cell("Aanwezig", None, PALE, True)
         + cell("ir. M. (Margot) Lindeboom, voorzitter; B. Achterberg, architect; drs. S. Vrolijk, "
                "landschapsarchitect; ing. T. Hermsen, erfgoeddeskundige; L. de Jong, burgerlid; secretaris: "
                "R. Okkerse", None, PALE)
         + "</tr><tr>" + cell("Plan", None, PALE, True)
         + cell("Ontwerp-wijziging omgevingsplan 'Havenkwartier Oost' met bijlage 4 Beeldkwaliteitskader, versie "
                "december 2025", None, PALE)
         + "</tr><tr>" + cell("Aangevraagd door", None, PALE, True)
         + cell("college van burgemeester en wethouders, team Ruimte en Wonen", None, PALE)
         + "</tr><tr>" + cell("Kenmerk", None, PALE, True) + cell("CRK 2026-014", None, PALE) + "</tr></table>",
         "<h2>1. Aanleiding</h2>",
         "<p>Het college wil het voormalige haventerrein ten oosten van het centrum transformeren tot een gemengd "
         "woon- en werkgebied met circa 620 woningen. Daarvoor wordt het omgevingsplan gewijzigd. De ontwerpregels "
         "bepalen onder meer: 'De bouwhoogte van hoofdgebouwen mag niet meer bedragen dan 24 meter, met uitzondering "
         "van het hoogteaccent ter plaatse van de aanduiding \"hoogteaccent\", waar ten hoogste 40 meter is "
         "toegestaan.' Het beeldkwaliteitskader verdeelt het gebied in drie deelgebieden: A De Kade, B Noordelijke "
         "blokken en C Veerstraat.</p>",
         "<h2>2. Procedure</h2>",
         "<p>Op grond van het omgevingsplan moet het college advies vragen aan de commissie voordat het een "
         "beeldkwaliteitskader vaststelt of aan de raad voorlegt. De commissie heeft het plan op 8 januari 2026 "
         "in een vooroverleg besproken met de stedenbouwkundige en de projectleider, en op 5 februari 2026 in een "
         "openbare vergadering behandeld. Twee omwonenden hebben daar ingesproken.</p>",
         "<table width='100%' cellpadding='3' cellspacing='0' border='1'>"
         "<tr>" + cell("Deelgebied", "34%", PALE, True) + cell("Woningen", "18%", PALE, True)
         + cell("Bedrijfsruimte (m2 bvo)", "24%", PALE, True) + cell("Maximale bouwhoogte", "24%", PALE, True)
         + "</tr><tr>" + cell("A De Kade") + cell("210") + cell("3.400") + cell("18 m")
         + "</tr><tr>" + cell("B Noordelijke blokken") + cell("330") + cell("900") + cell("24 m; accent 40 m")
         + "</tr><tr>" + cell("C Veerstraat") + cell("80") + cell("1.600") + cell("15 m")
         + "</tr></table>",
         "<p class='k'>Tabel 1. Programma per deelgebied volgens het ontwerp (december 2025)</p>",
         "<h2>3. Beoordeling</h2>",
         "<h3>Algemeen</h3>",
         "<p>De commissie waardeert de zorgvuldige analyse van de havengeschiedenis in hoofdstuk 2 van het "
         "beeldkwaliteitskader. De hoofdopzet, met een doorgaande kade, gesloten bouwblokken en een groen "
         "binnengebied, is overtuigend. In haar advies over het ontwikkelkader van 2023 schreef de commissie: "
         "'Maak het water overal aan de kade beleefbaar en voorkom private tuinen aan het water.' Dat uitgangspunt "
         "is in het ontwerp goed verwerkt.</p>",
         "<h3>Deelgebied A De Kade</h3>",
         "<p>De bestaande kademuur met zijn hardstenen afdekking is het belangrijkste element dat aan de havenfunctie "
         "herinnert. In het ontwerp wordt de muur op twee plaatsen onderbroken voor trappen naar het water. De "
         "plinten zijn ontworpen met een hoogte van 3,2 meter, wat alleen geschikt is voor wonen. Een levendige "
         "kade zou op termijn ook ruimte moeten bieden aan andere functies.</p>",
         "<h3>Deelgebied B Noordelijke blokken</h3>",
         "<p>Het hoogteaccent van 40 meter aan de Sluisweg staat precies in de zichtlijn vanaf de Veerbrug naar de "
         "toren van de Havenkerk, een rijksmonument. De commissie heeft de visualisaties van het ontwerp bekeken en "
         "stelt vast dat de toren vanaf de brug niet meer zichtbaar zal zijn. Het kader laat daarnaast zowel "
         "kappen als platte daken toe, en voor de gevels ook plaatmateriaal, wat de samenhang van de blokken "
         "onder druk zet.</p>",
         "<h3>Deelgebied C Veerstraat</h3>",
         "<p>De halfverdiepte parkeergarage geeft aan de Veerstraat een blinde gevel van ruim 60 meter. Dat staat "
         "op gespannen voet met de ambitie van een levendige straat. Het beeldkwaliteitskader beperkt zich tot de "
         "gebouwen; de openbare ruimte wordt in een later stadium uitgewerkt.</p>",
         "<h2>4. Conclusie en advies</h2>",
         "<p><b>De commissie beoordeelt het ontwerp als 'akkoord met aanbevelingen'.</b> Zij verzoekt het college "
         "de onderstaande aanbevelingen te verwerken voordat het plan aan de raad wordt voorgelegd.</p>",
         "<table width='100%' cellpadding='4' cellspacing='0' border='1'>"
         "<tr>" + cell("Code", "9%", PALE, True) + cell("Onderwerp", "19%", PALE, True)
         + cell("Aanbeveling van de commissie", None, PALE, True) + "</tr>" + rows + "</table>",
         "<p class='s'> </p>",
         "<p>De commissie wil het aangepaste beeldkwaliteitskader graag opnieuw zien voordat het wordt "
         "vastgesteld.</p>",
         "<p class='s'>Namens de Commissie Ruimtelijke Kwaliteit,</p><p class='s'> </p>"
         "<p class='s'>ir. M. Lindeboom, voorzitter</p><p class='s'>R. Okkerse, secretaris</p>"]
    B.soffice_pdf(page("".join(b), "B66NL Sans"), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Commissie Ruimtelijke Kwaliteit Brederwijk  |  CRK 2026-014", "{n}/{m}",
            SANS["Regular"])


def blok(title, reactie, wijziging):
    return (f"<h3>{title}</h3><p><i>Reactie:</i> {reactie}</p>"
            f"<p class='w'><i>Wijziging:</i> {wijziging}</p>")


def response():
    b = ["<p class='s'><b>Gemeente Brederwijk</b></p><p class='s'>Bijlage 2 bij raadsvoorstel 2026-031</p>"
         "<p class='s'> </p>",
         "<h1>Nota van zienswijzen en wijzigingen</h1>",
         "<p><b>Wijziging omgevingsplan 'Havenkwartier Oost' en Beeldkwaliteitskader Havenkwartier Oost</b></p>",
         "<h2>1. Inleiding</h2>",
         "<p>Het ontwerp van de wijziging van het omgevingsplan heeft van 8 januari tot en met 18 februari 2026 ter "
         "inzage gelegen. In deze nota geeft het college aan hoe het de ingediende zienswijzen en het advies van de "
         "Commissie Ruimtelijke Kwaliteit heeft gewogen en welke wijzigingen het de raad voorstelt ten opzichte "
         "van het ontwerp.</p>",
         "<h2>2. Zienswijzen</h2>",
         "<p>Er zijn drie zienswijzen ingediend, waarvan twee door bewoners van de Veerstraat en een door de "
         "Stichting Oud Brederwijk. De indieners maken zich zorgen over de verkeersdruk op de Veerstraat en over de "
         "hoogte van de nieuwbouw. Deze zienswijzen zijn samengevat en beantwoord in bijlage 2a; zij leiden niet "
         "tot andere wijzigingen dan die in paragraaf 3 en 4.</p>",
         "<h2>3. Advies Commissie Ruimtelijke Kwaliteit</h2>",
         "<p>De commissie heeft op 5 februari 2026 advies uitgebracht (kenmerk CRK 2026-014). Het college reageert "
         "hieronder per aanbeveling.</p>",
         blok("C1 - Parkeren",
              "Het college neemt deze aanbeveling over. Uit een nadere studie blijkt dat een garage onder het "
              "binnenterrein technisch mogelijk is; de meerkosten worden gedekt uit de grondexploitatie.",
              "artikel 6.4 van de regels en paragraaf 5.3 van het beeldkwaliteitskader worden zo aangepast dat "
              "parkeren alleen onder het binnenterrein is toegestaan."),
         blok("B1 en B2 - Hoogteaccent en dakvorm",
              "Voor de noordelijke blokken wordt de aanbeveling over de dakvorm integraal gevolgd: alleen platte "
              "daken met daktuinen of zonnepanelen zijn nog toegestaan. Het hoogteaccent van 40 meter handhaaft "
              "het college wel. Het accent is nodig om het woningbouwprogramma en de sociale huur haalbaar te "
              "houden, en de toren van de Havenkerk blijft vanaf de Sluisbrug en het Havenplein goed zichtbaar. "
              "Het college volgt de commissie op dit punt dus niet.",
              "paragraaf 4.2 van het beeldkwaliteitskader (dakvorm deelgebied B). De maximale bouwhoogte in "
              "artikel 4.3 blijft ongewijzigd."),
         blok("A2 - Plinten",
              "Het college onderschrijft het doel van een flexibele plint, maar kiest voor een minimale "
              "verdiepingshoogte van 4 meter in plaats van 4,5 meter. Een hogere plint gaat ten koste van een "
              "bouwlaag en daarmee van circa twintig woningen.",
              "artikel 3.2 lid 3 van de regels: 'De verdiepingshoogte van de begane grond bedraagt ten minste 4 "
              "meter.'"),
         blok("A1 - Kadewand",
              "Akkoord. De kademuur blijft over de volle lengte behouden; de trappen naar het water worden als "
              "uitsparing in de muur ontworpen, zodat de hardstenen afdekking doorloopt.",
              "paragraaf 3.1 van het beeldkwaliteitskader wordt aangevuld met een eis voor de kademuur."),
         blok("B3 - Gevelmateriaal",
              "Het college heeft kennisgenomen van deze aanbeveling. De materiaalkeuze wordt per bouwblok "
              "uitgewerkt in het kader van de omgevingsvergunningen; de commissie wordt dan opnieuw om advies "
              "gevraagd. Het college ziet er nu van af om baksteen voor te schrijven.",
              "geen."),
         "<h2>4. Ambtshalve wijzigingen</h2>",
         "<p>Naast de hiervoor genoemde wijzigingen stelt het college de volgende ambtshalve wijzigingen voor:</p>",
         "<p class='w'>1. In artikel 1.1 wordt de begripsbepaling 'kade' toegevoegd.</p>",
         "<p class='w'>2. De verbeelding wordt aangepast aan de nieuwe kadastrale grens langs de Sluisweg.</p>",
         "<p class='w'>3. In de toelichting wordt het akoestisch onderzoek van januari 2026 opgenomen.</p>",
         "<h2>5. Vervolg</h2>",
         "<p>Het college stelt de raad voor de wijziging van het omgevingsplan met inachtneming van deze nota vast "
         "te stellen in de vergadering van 14 april 2026.</p>"]
    B.soffice_pdf(page("".join(b), "B66NL Serif", "9.4pt", "22mm 24mm 22mm 24mm"), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Nota van zienswijzen en wijzigingen  |  Havenkwartier Oost", "pagina {n} van {m}",
            SANS["Regular"])


def expected():
    B.write_expected(NAME, [
        ("A1", "Handhaaf de bestaande kademuur met de hardstenen afdekking als doorgaande",
         "De kademuur blijft over de volle lengte behouden", "agrees"),
        ("A2", "De commissie adviseert de plinten langs de kade een verdiepingshoogte",
         "kiest voor een minimale verdiepingshoogte van 4 meter", "partly"),
        ("B1", "Verlaag de maximale bouwhoogte van het hoogteaccent aan de Sluisweg",
         "Het hoogteaccent van 40 meter handhaaft het college wel", "disagrees"),
        ("B2", "Sta op de noordelijke bouwblokken alleen platte daken toe",
         "de aanbeveling over de dakvorm integraal gevolgd", "agrees"),
        ("B3", "De commissie vraagt het college om voor de gevels in",
         "Het college heeft kennisgenomen van deze aanbeveling", "noted"),
        ("C1", "Breng het gebouwde parkeren onder in een gebouwde voorziening onder",
         "Uit een nadere studie blijkt dat een garage onder", "agrees"),
        ("C2", "Het verdient aanbeveling om in het beeldkwaliteitskader ook eisen op", None, "unanswered"),
    ], [
        "heeft van 8 januari tot en met 18 februari 2026",
        "Er zijn drie zienswijzen ingediend, waarvan twee door bewoners",
        "In artikel 1.1 wordt de begripsbepaling 'kade' toegevoegd",
        "met inachtneming van deze nota vast te stellen",
    ], "ADVIES of a municipal COMMISSIE RUIMTELIJKE KWALITEIT (Omgevingswet successor of the welstandscommissie) on "
       "a draft amendment of the omgevingsplan and its beeldkwaliteitskader, answered by the college's NOTA VAN "
       "ZIENSWIJZEN EN WIJZIGINGEN (bijlage to the raadsvoorstel: the amended plan). Gemeente, plan, people, figures, "
       "kenmerken and the quoted 2023 advice are invented. The seven recommendations stand ONLY in a ruled table "
       "'Code | Onderwerp | Aanbeveling van de commissie' at the end, codes A1, A2, B1, B2, B3, C1, C2 (numbers are "
       "the codes); forms: imperatives 'Handhaaf', 'Verlaag', 'Sta ... toe', 'Breng ... onder', 'De commissie "
       "adviseert', 'De commissie vraagt het college om', 'Het verdient aanbeveling om'. Not recommendations: the "
       "meeting table, the draft regel quoted ('mag niet meer bedragen dan'), the plan's duty 'moet het college "
       "advies vragen', Tabel 1 of the programme, 'De commissie waardeert', the 2023 advice quoted as an imperative "
       "('Maak het water ... beleefbaar') and reported as done, 'zou op termijn ... moeten bieden', 'stelt vast', "
       "the bold conclusion 'akkoord met aanbevelingen' and 'Zij verzoekt het college de onderstaande aanbevelingen "
       "te verwerken' (lead-in), the wish to see the plan again. Response: 1 Inleiding and 2 Zienswijzen (nothing), "
       "3 blocks headed by code with 'Reactie:' and 'Wijziging:' lines: C1 agrees ('neemt deze aanbeveling over'); "
       "ONE block 'B1 en B2': B2 agrees ('integraal gevolgd') + B1 disagrees ('handhaaft het college wel ... volgt "
       "de commissie op dit punt dus niet'); A2 partly (4 m instead of 4,5 m); A1 agrees ('Akkoord.'); B3 noted "
       "('heeft kennisgenomen', left to the permits, 'ziet er nu van af' to prescribe it); C2 (openbare ruimte) "
       "UNANSWERED; 4 Ambtshalve wijzigingen 1.-3. and 5 Vervolg (nothing).")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)
