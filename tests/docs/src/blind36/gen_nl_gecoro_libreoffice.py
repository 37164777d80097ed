"""Round 36 (nl, Flemish municipality): an (invented) advice of the GECORO (gemeentelijke commissie voor ruimtelijke
ordening) of Kortemeer on the draft RUP 'Stationsomgeving Oost' after the openbaar onderzoek, answered by the
GEMEENTERAADSBESLUIT that adopts the plan (Flemish decision format: Aanwezig, Motivering with Voorgeschiedenis /
Feiten en context / Juridische grond / Adviezen / Argumentatie, then Besluit with Artikel 1-4). Advice: A4, municipal
letterhead, a 'Samenstelling' table of members present, the objections grouped in themes 1-5, each with
'Samenvatting bezwaren' and a 'Standpunt GECORO' that rules them (on)gegrond (traps), the deputatie's and the
Departement Omgeving's advice quoted (traps: another body's requests), VCRO articles, a table of objections per
theme, a vote count, and the recommendations only in the final 'Advies': three UNNUMBERED dash bullets after 'op
voorwaarde dat' and four after 'De GECORO beveelt daarnaast aan:' (numbered 1-7 in document order). Response: the
Argumentatie answers by subject, in another order, with one paragraph covering the green buffer (agrees) and the
parking (disagrees); a paragraph on planbaten and planschade answers nothing; the Brouwerij recommendation is not
answered. Engine: LibreOffice Writer headless from HTML, header and 'pagina N van M' stamped with PyMuPDF (DejaVu
copies without GSUB).

Run: /tmp/blind36nl/bin/python tests/docs/src/blind36/gen_nl_gecoro_libreoffice.py (needs soffice)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b36nl as B  # noqa: E402

NAME = "blind36_nl_gecoro"
F = B.nolig_fonts()

CSS = """<style>
@page { size: 21cm 29.7cm; margin: 2.5cm 2.3cm 2.1cm 2.3cm; }
body { font-family: 'B36NL Sans'; font-size: 9.4pt; }
h1 { font-family: 'B36NL Sans'; font-size: 15pt; color: #7a1f2b; margin-bottom: 2pt; }
h2 { font-family: 'B36NL Sans'; font-size: 11.5pt; color: #7a1f2b; margin-top: 10pt; margin-bottom: 3pt; }
h3 { font-family: 'B36NL Sans'; font-size: 9.8pt; margin-top: 6pt; margin-bottom: 2pt; }
p { margin-top: 0; margin-bottom: 5pt; text-align: justify; }
td, th { font-family: 'B36NL Sans'; font-size: 8.4pt; vertical-align: top; }
th { background: #7a1f2b; color: #ffffff; text-align: left; }
.small { font-size: 8pt; color: #555555; text-align: left; }
.q { margin-left: 1cm; font-style: italic; }
.dash { margin-left: 0.8cm; text-indent: -0.4cm; margin-bottom: 3pt; text-align: left; }
.art { margin-left: 0.4cm; }
.l { text-align: left; }
</style>"""


def tbl(head, rows, widths, border=1):
    h = [f"<table border='{border}' cellpadding='3' cellspacing='0' width='100%'><tr>"]
    h += [f"<th width='{w}%'>{c}</th>" for c, w in zip(head, widths)]
    h.append("</tr>")
    for r in rows:
        h.append("<tr>" + "".join(f"<td width='{w}%'>{c}</td>" for c, w in zip(r, widths)) + "</tr>")
    h.append("</table><p></p>")
    return "".join(h)


def advice():
    h = ["<!doctype html><html lang='nl'><head><meta charset='utf-8'>", CSS, "</head><body>"]
    h.append("<p class='small'><b>GEMEENTE KORTEMEER</b> | Gemeentelijke commissie voor ruimtelijke ordening | "
             "Marktplein 1, 9185 Kortemeer</p>"
             "<h1>Advies van de GECORO</h1><p><b>Ontwerp van ruimtelijk uitvoeringsplan 'Stationsomgeving Oost' "
             "- advies na openbaar onderzoek</b></p>"
             "<p class='small'>Zitting van 12 maart 2026 | ons kenmerk GECORO/2026/04 | aan de gemeenteraad van "
             "Kortemeer</p>")
    h.append("<h2>1. Samenstelling</h2>" + tbl(
        ["", "Leden"],
        [["Aanwezig", "Lut Verhaeghe (voorzitter), Jan De Coninck (ondervoorzitter), Sofie Van Acker, Pieter "
                      "Maes, Hilde Claeys, Koen Dierickx, Ann Vermeulen, Tom Bracke, Nadia El Amrani, Wim Desmet"],
         ["Verontschuldigd", "Frank Lootens"],
         ["Secretaris", "Els Van den Berghe, omgevingsambtenaar (zonder stemrecht)"]], [22, 78]))
    h.append("<h2>2. Situering</h2><p>De gemeenteraad stelde op 25 september 2025 het ontwerp-RUP "
             "'Stationsomgeving Oost' voorlopig vast. Het plan herbestemt 6,8 hectare rond het station tot een zone "
             "voor gemengd wonen, een zone voor pendelparking en een parkzone langs de Kortebeek. Het openbaar "
             "onderzoek liep van 14 oktober tot en met 12 december 2025. Overeenkomstig artikel 2.2.21, § 6, van de "
             "Vlaamse Codex Ruimtelijke Ordening (VCRO) bundelt en onderzoekt de GECORO de adviezen, bezwaren en "
             "opmerkingen en brengt zij binnen negentig dagen na het einde van het openbaar onderzoek een "
             "gemotiveerd advies uit.</p>")
    h.append("<h2>3. Ontvangen adviezen</h2><p>De <b>deputatie van de provincie Oost-Vlaanderen</b> adviseerde "
             "op 4 december 2025 gunstig. Zij vraagt om 'de dichtheid in de zone voor gemengd wonen te motiveren "
             "in het licht van het provinciaal beleidskader' en om 'de watertoets te actualiseren'. Het "
             "<b>Departement Omgeving</b> adviseerde voorwaardelijk gunstig en vraagt dat 'de voorschriften voor de "
             "parkzone een verbod op verharding bevatten'. De GECORO neemt kennis van deze adviezen; de "
             "planvormer heeft ze verwerkt in de aangepaste toelichtingsnota.</p>")
    h.append("<h2>4. Bezwaren en opmerkingen</h2><p>Er werden 61 bezwaarschriften ingediend, waarvan één "
             "petitie met 212 handtekeningen. De GECORO heeft ze in vijf thema's ondergebracht.</p>" + tbl(
        ["Thema", "Onderwerp", "Aantal bezwaren", "Standpunt GECORO"],
        [["1", "Bouwhoogte en schaal", "23", "gegrond"], ["2", "Groen en water", "14", "gedeeltelijk gegrond"],
         ["3", "Parkeren en verkeer", "17", "gedeeltelijk gegrond"], ["4", "Inspraak en procedure", "5",
                                                                       "ongegrond"],
         ["5", "Oude Brouwerij", "2", "gegrond"]], [10, 44, 18, 28]))
    h.append("<h3>Thema 1 - Bouwhoogte en schaal</h3><p><i>Samenvatting bezwaren.</i> Bewoners van de "
             "Molenstraat vrezen dat bouwblokken van vijf bouwlagen hun tuinen in de schaduw zetten en niet passen "
             "bij de bestaande rijwoningen.</p><p><i>Standpunt GECORO.</i> De bezwaren zijn gegrond. De "
             "bezonningsstudie toont dat de tuinen aan de oostzijde van de Molenstraat in de winter vanaf 14 uur "
             "volledig in de schaduw liggen. Een overgang in schaal zou hier moeten worden afgedwongen in de "
             "voorschriften zelf.</p>")
    h.append("<h3>Thema 2 - Groen en water</h3><p><i>Samenvatting bezwaren.</i> De natuurvereniging en "
             "omwonenden vragen meer ruimte voor de Kortebeek, die in 2021 en 2024 buiten haar oevers trad.</p>"
             "<p><i>Standpunt GECORO.</i> De bezwaren zijn gedeeltelijk gegrond. De parkzone is ruim genoeg, maar "
             "de groenbuffer langs de beek staat enkel in de toelichtingsnota en heeft zo geen bindende kracht. "
             "Het bezwaar dat de hele parkzone als natuurgebied moet worden bestemd, is ongegrond.</p>")
    h.append("<h3>Thema 3 - Parkeren en verkeer</h3><p><i>Samenvatting bezwaren.</i> Handelaars vragen meer "
             "parkeerplaatsen; bewoners vrezen juist extra autoverkeer in de Stationsstraat door de pendelparking "
             "van 420 plaatsen.</p><p><i>Standpunt GECORO.</i> De bezwaren over de verkeersdruk zijn gegrond. Uit "
             "de tellingen van NMBS blijkt dat op weekdagen gemiddeld 265 wagens op de bestaande parking staan. De "
             "bezwaren van de handelaars zijn ongegrond.</p>")
    h.append("<h3>Thema 4 - Inspraak en procedure</h3><p>Enkele indieners stellen dat de infovergadering te laat "
             "werd aangekondigd. De GECORO stelt vast dat de bekendmaking voldeed aan artikel 2.2.21, § 2, VCRO. "
             "De bezwaren zijn ongegrond. Wel merkt de commissie op dat veel bewoners zich niet gehoord voelen.</p>")
    h.append("<h3>Thema 5 - Oude Brouwerij</h3><p>De eigenaar van de site 'Oude Brouwerij' en een buur stellen "
             "dat de herbestemming van deze site nog niet rijp is, omdat het erfgoedonderzoek niet is afgerond. "
             "De GECORO volgt dit: de bezwaren zijn gegrond.</p>")
    h.append("<h2>5. Advies</h2><p>De GECORO heeft het advies besproken en gestemd. Het advies werd aangenomen "
             "met 9 stemmen voor en 1 onthouding.</p><p>De GECORO verleent een <b>gunstig advies</b> over het "
             "ontwerp-RUP 'Stationsomgeving Oost', op voorwaarde dat:</p>")
    for t in ("de bouwhoogte in de zone voor gemengd wonen langs de Molenstraat in de stedenbouwkundige "
              "voorschriften wordt beperkt tot drie bouwlagen;",
              "de groenbuffer van vijftien meter langs de Kortebeek als verordenend voorschrift wordt opgenomen, "
              "met een verbod op verharding;",
              "het aantal parkeerplaatsen in de zone voor pendelparking wordt teruggebracht van 420 naar 300."):
        h.append(f"<p class='dash'>-&#160;&#160;{t}</p>".replace("&#160;", " "))
    h.append("<p>De GECORO beveelt daarnaast aan:</p>")
    for t in ("vóór de eerste omgevingsvergunning een mobiliteitsstudie te laten uitvoeren voor de Stationsstraat "
              "en de Molenstraat;",
              "de bewoners van de Molenstraat actief te betrekken bij het ontwerp van het openbaar domein;",
              "samen met Infrabel een fietstunnel onder de spoorweg ter hoogte van de Veldstraat te onderzoeken;",
              "de site 'Oude Brouwerij' uit het plangebied te lichten tot het erfgoedonderzoek is afgerond."):
        h.append(f"<p class='dash'>-  {t}</p>")
    h.append("<p></p><p class='small'>Namens de GECORO,<br>Els Van den Berghe, secretaris &#124; Lut Verhaeghe, "
             "voorzitter</p></body></html>")
    B.soffice_pdf("".join(h), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "GECORO Kortemeer | Advies RUP Stationsomgeving Oost | GECORO/2026/04",
            "pagina {n} van {m}", F["Regular"])


def response():
    h = ["<!doctype html><html lang='nl'><head><meta charset='utf-8'>", CSS.replace("#7a1f2b", "#1f4e79"),
         "</head><body>"]
    h.append("<p class='small'><b>GEMEENTE KORTEMEER</b> | Uittreksel uit de notulen van de gemeenteraad</p>"
             "<h1>Gemeenteraad - zitting van 28 april 2026</h1>"
             "<p class='small'>Aanwezig: Bart Goossens, voorzitter; Marleen De Smet, burgemeester; Dirk "
             "Rombaut, Inge Van Damme, Yusuf Kaya, schepenen; 18 raadsleden; Greet Hanssens, algemeen directeur"
             "</p>")
    h.append("<h2>12. Ruimtelijk uitvoeringsplan 'Stationsomgeving Oost' - definitieve vaststelling</h2>"
             "<p><b>Beslissing:</b> goedgekeurd met 17 stemmen voor, 4 tegen en 2 onthoudingen.</p>")
    h.append("<h2>Motivering</h2><h3>Voorgeschiedenis</h3><p class='l'>- Gemeenteraadsbesluit van 25 september 2025 "
             "over de voorlopige vaststelling.<br>- Openbaar onderzoek van 14 oktober tot en met 12 december "
             "2025.<br>- Advies van de GECORO van 12 maart 2026.</p>"
             "<h3>Feiten en context</h3><p>Het RUP moet de omgeving van het station omvormen tot een "
             "levendige en groene woonwijk met een goede aansluiting op het openbaar vervoer. Na het openbaar "
             "onderzoek heeft de planvormer het plan aangepast; de aanpassingen staan in bijlage 3.</p>"
             "<h3>Juridische grond</h3><p class='l'>Vlaamse Codex Ruimtelijke Ordening, artikelen 2.2.18 tot en met "
             "2.2.25.<br>Decreet over het lokaal bestuur van 22 december 2017, artikel 40.</p>"
             "<h3>Adviezen</h3><p>Het advies van de GECORO is gunstig onder voorwaarden. De gemeenteraad "
             "behandelt het hieronder per onderwerp.</p>")
    h.append("<h3>Argumentatie</h3>"
             "<p><i>Mobiliteit.</i> De gemeenteraad deelt de bezorgdheid over de verkeersdruk in de "
             "Stationsstraat. Een volledige mobiliteitsstudie vóór de eerste vergunning zou het project echter "
             "minstens een jaar vertragen. Het college laat in de plaats daarvan in het najaar van 2026 een "
             "verkeerstelling en een beperkte verkeersanalyse uitvoeren voor de Stationsstraat; de Molenstraat "
             "valt daarbuiten.</p>"
             "<p><i>Schaal van de bebouwing.</i> De gemeenteraad volgt de GECORO. Artikel 3.2 van de "
             "stedenbouwkundige voorschriften is zo aangepast dat langs de Molenstraat maximaal drie bouwlagen "
             "zijn toegelaten; verder van de straat blijven vijf bouwlagen mogelijk.</p>"
             "<p><i>Groen, water en parkeren.</i> De groenbuffer van vijftien meter is als verordenend voorschrift "
             "opgenomen in het nieuwe artikel 5.1, met een verbod op elke vorm van verharding. De vraag om de "
             "pendelparking te verkleinen tot 300 plaatsen volgt de gemeenteraad niet: NMBS en De Lijn rekenen "
             "op een groei van het aantal pendelaars met een derde tegen 2035, en een te kleine parking zou het "
             "parkeren naar de omliggende woonstraten verschuiven.</p>"
             "<p><i>Fietsverbinding.</i> Het college heeft Infrabel al in januari 2026 om een haalbaarheidsstudie "
             "voor een fietstunnel aan de Veldstraat gevraagd; die studie is lopende.</p>"
             "<p><i>Betrokkenheid van de bewoners.</i> De gemeenteraad neemt kennis van deze aanbeveling. Het "
             "ontwerp van het openbaar domein is geen onderdeel van het RUP; het college zal de aanbeveling "
             "meenemen wanneer het ontwerp later wordt opgestart.</p>"
             "<p><i>Planbaten en planschade.</i> De herbestemming van de zone voor pendelparking kan aanleiding "
             "geven tot planschade voor twee percelen. Het register van de percelen waarvoor een planbatenheffing "
             "verschuldigd kan zijn, is als bijlage 5 bij dit besluit gevoegd.</p>")
    h.append("<h2>Besluit</h2>"
             "<p class='art'><b>Artikel 1.</b> De gemeenteraad neemt kennis van het advies van de GECORO van 12 "
             "maart 2026 en van de bezwaren en opmerkingen uit het openbaar onderzoek.</p>"
             "<p class='art'><b>Artikel 2.</b> De gemeenteraad stelt het ruimtelijk uitvoeringsplan "
             "'Stationsomgeving Oost' definitief vast, met de aanpassingen opgenomen in bijlage 3.</p>"
             "<p class='art'><b>Artikel 3.</b> Het register van de percelen met mogelijke planbaten en planschade "
             "wordt vastgesteld (bijlage 5).</p>"
             "<p class='art'><b>Artikel 4.</b> Het college van burgemeester en schepenen wordt belast met de "
             "bekendmaking van dit besluit overeenkomstig artikel 2.2.23 VCRO.</p>")
    h.append("<p></p><p class='small'>Namens de gemeenteraad,<br>Greet Hanssens, algemeen directeur &#124; Bart "
             "Goossens, voorzitter van de gemeenteraad<br>Voor eensluidend uittreksel, Kortemeer, 30 april 2026"
             "</p></body></html>")
    B.soffice_pdf("".join(h), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Kortemeer | Gemeenteraad 28 april 2026 | punt 12",
            "{n}/{m}", F["Regular"])


def expected():
    recs = [
        ("1", "de bouwhoogte in de zone voor gemengd wonen langs de Molenstraat",
         "De gemeenteraad volgt de GECORO. Artikel 3.2 van de", "agrees"),
        ("2", "de groenbuffer van vijftien meter langs de Kortebeek als verordenend voorschrift",
         "opgenomen in het nieuwe artikel 5.1", "agrees"),
        ("3", "het aantal parkeerplaatsen in de zone voor pendelparking wordt teruggebracht",
         "de pendelparking te verkleinen tot 300 plaatsen volgt de gemeenteraad niet", "disagrees"),
        ("4", "vóór de eerste omgevingsvergunning een mobiliteitsstudie te laten uitvoeren",
         "een verkeerstelling en een beperkte verkeersanalyse uitvoeren", "partly", ["disagrees"]),
        ("5", "de bewoners van de Molenstraat actief te betrekken bij het ontwerp",
         "De gemeenteraad neemt kennis van deze aanbeveling", "noted"),
        ("6", "samen met Infrabel een fietstunnel onder de spoorweg ter hoogte",
         "al in januari 2026 om een haalbaarheidsstudie", "agrees"),
        ("7", "de site 'Oude Brouwerij' uit het plangebied te lichten", None, "unanswered"),
    ]
    unmatched = ["kan aanleiding geven tot planschade voor twee percelen"]
    notes = ("Flemish GECORO advice after the openbaar onderzoek (LibreOffice): the recommendations are only in the "
             "final section '5. Advies' as unnumbered dash bullets, three conditions after 'gunstig advies ... op "
             "voorwaarde dat:' and four after 'De GECORO beveelt daarnaast aan:', numbered 1-7 in document order. "
             "Traps: members table, VCRO articles, the deputatie's and Departement Omgeving's quoted requests, a "
             "themes table with 'gegrond/ongegrond', the per-theme 'Standpunt GECORO' rulings ('zou hier moeten "
             "worden afgedwongen'), a vote count. Response: gemeenteraadsbesluit (uittreksel uit de notulen); "
             "the Argumentatie answers by subject in the order 4, 1, 2+3, 6, 5: 4 a traffic count and limited "
             "analysis instead of a full study, Molenstraat left out (partly, also disagrees); 1 'volgt de GECORO' "
             "(agrees); one paragraph 'Groen, water en parkeren' with 2 buffer in artikel 5.1 (agrees) and 3 parking "
             "reduction 'volgt de gemeenteraad niet' (disagrees); 6 Infrabel already asked in January (agrees, "
             "already doing it); 5 'neemt kennis', later (noted). 7 (Oude Brouwerij out of the plan) is not "
             "mentioned: unanswered. 'Planbaten en planschade' answers nothing (unmatched); the Besluit articles "
             "1-4 are decisions, not replies.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()
    sys.exit(0 if B.check(NAME) else 1)
