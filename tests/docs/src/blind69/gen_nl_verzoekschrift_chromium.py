"""Round 69 (nl): a parliamentary document of the VLAAMS PARLEMENT: the VERSLAG of the COMMISSIE VOOR
VERZOEKSCHRIFTEN on a citizens' petition (invented: school transport in special education), ending in the
committee's AANBEVELINGEN to the Vlaamse Regering, answered by the ANSWER OF THE VLAAMSE REGERING (a letter of the
Flemish minister of Education to the chair of the Parliament, published as the next number of the same stuk).

Advice: 'Stuk 412 (2025-2026) - Nr. 1', 3 p.: the Parliament's cover block (stuk number, date, title, 'Verslag
namens de Commissie voor Verzoekschriften uitgebracht door ...'), a composition box listing the committee's members,
1 Het verzoekschrift with the PETITIONERS' four demands numbered 1.-4. (not the committee's recommendations), 2
Hoorzitting (reported speech, 'moet een kind ... soms'), 3 Toelichting van de minister (the decree's 'moet ...
instaan'), 4 Bespreking (members' views, 'zou ... moeten', a member's proposal that the committee did not take
over), 5 Aanbevelingen: 'De Commissie voor Verzoekschriften beveelt de Vlaamse Regering aan om:' and SEVEN numbered
infinitive clauses 1.-7. (an HTML ordered list), 6 Stemming (unanimous; the Reglement's 'moet ... meedelen').
Response: 'Stuk 412 (2025-2026) - Nr. 2, Antwoord van de Vlaamse Regering', 2 p.: a letter WITHOUT headings and
without recommendation numbers, one paragraph per subject, in another order, each opening with a paraphrase:
introduction and a context paragraph (nothing), wheelchair-accessible vehicles (2 agrees), travel time (1 partly: a
target in a circular, not in the decree), ONE paragraph on escorts and a mileage allowance (3 agrees, 4 disagrees),
yearly report (7 agrees), planning before 15 July (5 noted: De Lijn asked to look into it), a conceptnota paragraph
(nothing) and the closing; 6 (a complaints desk) unanswered.
Engine: headless Chromium --print-to-pdf (@page margin boxes for the running head and page number; DejaVu copies
without GSUB via @font-face).

Run: /tmp/blind69nl/bin/python tests/docs/src/blind69/gen_nl_verzoekschrift_chromium.py   (needs chromium)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b69nl as B  # noqa: E402

NAME = "blind69_nl_verzoekschrift"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B69NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def fonts(fam, paths):
    css = ""
    for stl, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                        "Bold Italic": ("bold", "italic")}.items():
        css += (f"@font-face {{ font-family: {fam}; src: url(file://{paths[stl]}); font-weight: {w}; "
                f"font-style: {s}; }}\n")
    return css


BASE = fonts("S69", SANS) + fonts("R69", SERIF) + """
html { font-variant-ligatures: none; }
p { margin: 0 0 2.4mm 0; }
table { border-collapse: collapse; }
"""

CSS = BASE + """
@page { size: A4; margin: 20mm 20mm 20mm 20mm;
  @top-left { content: "Stuk 412 (2025-2026) - Nr. %NR%"; font-family: S69; font-size: 7.4pt; color: #444; }
  @top-right { content: counter(page); font-family: S69; font-size: 7.4pt; color: #444; }
  @bottom-right { content: "Vlaams Parlement - 1011 Brussel - 02 552 11 11 - www.vlaamsparlement.be";
    font-family: S69; font-size: 6.6pt; color: #777; } }
@page:first { @top-left { content: none; } @top-right { content: none; } }
body { font-family: R69; font-size: 9.2pt; line-height: 1.45; color: #111; text-align: justify; }
.cover { font-family: S69; border-top: 3pt solid #a6192e; padding-top: 3mm; margin-bottom: 5mm; }
.cover .vp { font-size: 11pt; font-weight: bold; color: #a6192e; letter-spacing: 0.6pt; }
.cover .stuk { font-size: 9pt; margin-top: 2mm; }
.cover .zit { font-size: 8pt; color: #555; }
.cover .tt { text-align: left; font-size: 15pt; font-weight: bold; line-height: 1.25; margin: 5mm 0 2mm 0; }
.cover .sub { font-size: 10pt; margin-bottom: 1mm; }
.samen { font-family: S69; font-size: 7.6pt; border: 0.6pt solid #999; padding: 2mm 3mm; margin: 3mm 0 5mm 0;
  text-align: left; }
.samen b { color: #a6192e; }
h2 { font-family: S69; font-size: 10pt; margin: 5mm 0 1.6mm 0; break-after: avoid; }
ol { margin: 0 0 2.4mm 0; padding-left: 7mm; }
ol li { margin-bottom: 1.2mm; }
.lh { font-family: S69; margin-bottom: 7mm; }
.to { font-family: S69; font-size: 9pt; margin: 4mm 0 6mm 0; text-align: left; }
.sig { margin-top: 6mm; text-align: left; }
"""


def advice():
    html = ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + CSS.replace("%NR%", "1")
            + "</style></head><body>"
            "<div class='cover'><div class='vp'>VLAAMS PARLEMENT</div>"
            "<div class='stuk'><b>Stuk 412 (2025-2026) - Nr. 1</b></div>"
            "<div class='zit'>Zitting 2025-2026 - 10 december 2025</div>"
            "<div class='tt'>Verzoekschrift over het leerlingenvervoer in het buitengewoon onderwijs</div>"
            "<div class='sub'>Verslag namens de Commissie voor Verzoekschriften uitgebracht door Els Van "
            "Gansbeke</div></div>"
            "<div class='samen'><b>Samenstelling van de commissie:</b> voorzitter: Bart De Keersmaecker; vaste "
            "leden: Els Van Gansbeke, Jelle Verhaeghe, Naima Bouzidi, Koen Lauwers, Sofie Meuleman, Tom Hendrickx, "
            "Lieve D'Haenens, Wim Sterckx; plaatsvervangers: Karel Ooms, Ilse Vervloet, Dirk Maes.</div>"
            "<h2>1. Het verzoekschrift</h2>"
            "<p>Het verzoekschrift werd op 4 juni 2025 ingediend door de vzw Ouders aan Boord en werd door 2.318 "
            "personen ondertekend. De indieners wijzen op de lange ritten en de onzekerheid bij het begin van het "
            "schooljaar voor kinderen en jongeren in het buitengewoon onderwijs. Zij vragen:</p>"
            "<ol><li>een maximale reistijd van 45 minuten per rit;</li>"
            "<li>een vaste begeleider per busrit;</li>"
            "<li>een vergoeding voor ouders die hun kind zelf naar school brengen;</li>"
            "<li>een onafhankelijke ombudspersoon voor het leerlingenvervoer.</li></ol>"
            "<h2>2. Hoorzitting</h2>"
            "<p>Op 8 oktober 2025 hoorde de commissie mevrouw Griet Coppens, voorzitter van de vzw Ouders aan Boord, "
            "en de heer Luc Van Dessel, directeur van een school voor buitengewoon basisonderwijs in Lier.</p>"
            "<p>Volgens mevrouw Coppens moet een kind van acht jaar met een motorische beperking soms twee uur per "
            "rit op de bus zitten. De planning van de ritten wordt pas in de laatste week van augustus bekend, "
            "waardoor ouders hun werk niet kunnen regelen. In veel busjes kan een rolstoel niet veilig worden "
            "vastgezet.</p>"
            "<p>De heer Van Dessel bevestigde dat de begeleiders op de bus goed hun best doen, maar niet zijn "
            "opgeleid om met epilepsie of met agressief gedrag om te gaan. Klachten van ouders komen nu bij de "
            "school terecht, die er weinig mee kan doen.</p>"
            "<h2>3. Toelichting van de minister</h2>"
            "<p>Een vertegenwoordiger van de Vlaamse minister van Onderwijs lichtte toe dat de Vlaamse Gemeenschap "
            "volgens het decreet basisonderwijs moet instaan voor het kosteloos vervoer van leerlingen naar de "
            "dichtstbijzijnde school van het gekozen type. De Lijn organiseert dat vervoer. In het schooljaar "
            "2024-2025 ging het om ruim 41.000 leerlingen en 2.900 ritten per dag. De gemiddelde reistijd bedroeg "
            "52 minuten; bij 14 procent van de ritten was dat meer dan 90 minuten.</p>"
            "<h2>4. Bespreking</h2>"
            "<p>Alle fracties erkennen het probleem. Naima Bouzidi vindt dat een kind nooit langer dan een uur op de "
            "bus zou moeten zitten. Koen Lauwers wijst op het tekort aan chauffeurs en begeleiders en waarschuwt "
            "voor beloften die De Lijn niet kan waarmaken.</p>"
            "<p>Tom Hendrickx stelt voor een aparte ombudsdienst voor het leerlingenvervoer op te richten. De "
            "commissie neemt dat voorstel niet over, omdat de Vlaamse Ombudsdienst al bevoegd is voor klachten over "
            "De Lijn.</p>"
            "<p>Sofie Meuleman vraagt aandacht voor ouders die het vervoer zelf regelen omdat de rit voor hun kind "
            "te zwaar is. Zij ontvangen daarvoor nu geen enkele tegemoetkoming.</p>"
            "<h2>5. Aanbevelingen</h2>"
            "<p>De commissie beslist het verzoekschrift met de volgende aanbevelingen over te zenden aan de Vlaamse "
            "Regering.</p>"
            "<p>De Commissie voor Verzoekschriften beveelt de Vlaamse Regering aan om:</p>"
            "<ol>"
            "<li>een maximale reistijd van 60 minuten per rit voor leerlingen in het buitengewoon onderwijs "
            "decretaal te verankeren;</li>"
            "<li>ervoor te zorgen dat alle voertuigen die vanaf 2027 voor het leerlingenvervoer worden ingezet, "
            "rolstoeltoegankelijk zijn;</li>"
            "<li>alle begeleiders op de bus een basisopleiding in eerste hulp en in het omgaan met "
            "gedragsproblemen te laten volgen;</li>"
            "<li>een kilometervergoeding toe te kennen aan ouders die hun kind zelf naar de school van het gekozen "
            "type brengen;</li>"
            "<li>de planning van de ritten uiterlijk op 15 juli aan de ouders en de scholen mee te delen;</li>"
            "<li>bij De Lijn één duidelijk klachtenmeldpunt voor het leerlingenvervoer in te richten, met een "
            "antwoordtermijn van tien werkdagen;</li>"
            "<li>het Vlaams Parlement jaarlijks te informeren over de gemiddelde en de maximale reistijden per "
            "school.</li></ol>"
            "<h2>6. Stemming</h2>"
            "<p>De aanbevelingen worden eenparig aangenomen door de 9 aanwezige leden. Volgens het Reglement van het "
            "Vlaams Parlement moet de Vlaamse Regering binnen drie maanden meedelen welk gevolg zij aan de "
            "aanbevelingen geeft.</p>"
            "<p class='sig'>Els Van Gansbeke, verslaggever<br/>Bart De Keersmaecker, voorzitter</p>"
            "</body></html>")
    B.chromium_pdf(html, NAME + "_advice.pdf")


def response():
    html = ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + CSS.replace("%NR%", "2")
            + "</style></head><body>"
            "<div class='cover'><div class='vp'>VLAAMS PARLEMENT</div>"
            "<div class='stuk'><b>Stuk 412 (2025-2026) - Nr. 2</b></div>"
            "<div class='zit'>Zitting 2025-2026 - 9 maart 2026</div>"
            "<div class='tt'>Verzoekschrift over het leerlingenvervoer in het buitengewoon onderwijs</div>"
            "<div class='sub'>Antwoord van de Vlaamse Regering</div></div>"
            "<div class='to'>Aan de heer Koen Vermeiren<br/>voorzitter van het Vlaams Parlement<br/>IJzerenkruisstraat "
            "99<br/>1000 Brussel</div>"
            "<p>Mijnheer de voorzitter,</p>"
            "<p>Op 10 december 2025 bezorgde u mij het verslag van de Commissie voor Verzoekschriften over het "
            "verzoekschrift van de vzw Ouders aan Boord. Met deze brief laat ik u weten welk gevolg de Vlaamse "
            "Regering aan de aanbevelingen van de commissie geeft.</p>"
            "<p>Vooraf wil ik benadrukken dat het leerlingenvervoer een van de grootste vervoersopdrachten in "
            "Vlaanderen is. Het budget steeg tussen 2020 en 2025 van 118 naar 163 miljoen euro per jaar, vooral "
            "door de stijgende loonkosten van chauffeurs.</p>"
            "<p>De commissie vraagt dat alle voertuigen rolstoeltoegankelijk worden. Vanaf 1 januari 2027 worden "
            "voor het leerlingenvervoer alleen nog voertuigen ingezet waarin een rolstoel veilig kan worden "
            "vastgezet. Die eis is opgenomen in het nieuwe bestek dat De Lijn in februari heeft gepubliceerd.</p>"
            "<p>De reistijd is voor veel ouders de grootste zorg, en terecht. Een decretale verankering van een "
            "maximale reistijd acht ik echter niet haalbaar, omdat de afstand tot de school van het gekozen type "
            "in landelijke gebieden soms te groot is. Wel neem ik vanaf het schooljaar 2026-2027 een streefnorm van "
            "60 minuten op in de omzendbrief over het leerlingenvervoer, en De Lijn moet elke rit die langer duurt "
            "motiveren.</p>"
            "<p>Wat de begeleiders betreft, kan ik de commissie volgen: vanaf het schooljaar 2026-2027 krijgt elke "
            "nieuwe begeleider een opleiding van twee dagen in eerste hulp en in het omgaan met "
            "gedragsproblemen, en de huidige begeleiders volgen die opleiding binnen twee jaar. Een "
            "kilometervergoeding voor ouders die hun kind zelf naar school brengen, voer ik daarentegen niet in. "
            "Het kosteloze vervoer is het aanbod van de overheid; een vergoeding zou een tweede systeem creëren "
            "dat moeilijk te controleren is.</p>"
            "<p>Ik zal het Vlaams Parlement vanaf 2027 elk jaar een overzicht bezorgen van de gemiddelde en de "
            "maximale reistijden per school, op basis van de ritgegevens van De Lijn.</p>"
            "<p>De ritplanning hangt af van de inschrijvingen, die vaak pas eind augustus definitief zijn. Ik heb De "
            "Lijn gevraagd te onderzoeken of een voorlopige planning eerder kan worden meegedeeld. Ik kom daarop "
            "terug zodra de resultaten van dat onderzoek bekend zijn.</p>"
            "<p>Tot slot wijs ik erop dat ik in het voorjaar een conceptnota over leerlingenvervoer op maat aan de "
            "Vlaamse Regering voorleg. Daarin komt ook de samenwerking met de vervoerregio's aan bod.</p>"
            "<p>Hoogachtend,</p>"
            "<p class='sig'>Pieter Decorte<br/>Vlaams minister van Onderwijs</p>"
            "</body></html>")
    B.chromium_pdf(html, NAME + "_response.pdf")


def expected():
    B.write_expected(NAME, [
        ("1", "een maximale reistijd van 60 minuten per rit voor leerlingen",
         "Een decretale verankering van een maximale reistijd acht ik", "partly"),
        ("2", "ervoor te zorgen dat alle voertuigen die vanaf 2027 voor",
         "Die eis is opgenomen in het nieuwe bestek", "agrees"),
        ("3", "alle begeleiders op de bus een basisopleiding in eerste hulp",
         "krijgt elke nieuwe begeleider een opleiding van twee dagen", "agrees"),
        ("4", "een kilometervergoeding toe te kennen aan ouders die hun kind",
         "voer ik daarentegen niet in", "disagrees"),
        ("5", "de planning van de ritten uiterlijk op 15 juli aan",
         "Ik heb De Lijn gevraagd te onderzoeken", "noted"),
        ("6", "bij De Lijn één duidelijk klachtenmeldpunt voor het leerlingenvervoer in", None, "unanswered"),
        ("7", "het Vlaams Parlement jaarlijks te informeren over de gemiddelde en",
         "vanaf 2027 elk jaar een overzicht bezorgen", "agrees"),
    ], [
        "Met deze brief laat ik u weten welk gevolg",
        "Het budget steeg tussen 2020 en 2025",
        "een conceptnota over leerlingenvervoer op maat",
    ], "VERSLAG of the Flemish Parliament's COMMISSIE VOOR VERZOEKSCHRIFTEN on a citizens' petition, with the "
       "committee's AANBEVELINGEN to the Vlaamse Regering, answered by the ANTWOORD VAN DE VLAAMSE REGERING (letter "
       "of the minister of Education to the Parliament's chair, published as Nr. 2 of the same stuk). The Vlaams "
       "Parlement, its Commissie voor Verzoekschriften, the Vlaamse Ombudsdienst, De Lijn and the decreet "
       "basisonderwijs are real; the petition, the vzw, people (members, minister, chair), stuk number, figures and "
       "the Reglement's three-month term as stated are invented. The seven recommendations are the numbered "
       "infinitive clauses 1.-7. after 'De Commissie voor Verzoekschriften beveelt de Vlaamse Regering aan om:' in "
       "'5. Aanbevelingen'; numbers are the list numbers. Not recommendations: the PETITIONERS' demands 1.-4. in "
       "'1. Het verzoekschrift' (similar subjects: travel time 45 min, escort, allowance, ombudsperson), the "
       "composition box, reported speech in the hearing ('moet een kind ... soms twee uur'), the decree's 'moet "
       "instaan', members' views ('zou moeten zitten'), a member's proposal the committee did NOT take over (own "
       "ombudsdienst), the Reglement's 'moet ... meedelen'. Response: a letter WITHOUT headings or numbers, one "
       "paragraph per subject opening with a paraphrase, in another order: introduction and budget context "
       "(nothing); 2 agrees (accessible vehicles from 2027 in the new bestek); 1 partly (no decree, a 60-minute "
       "target in the omzendbrief); ONE paragraph for 3 (agrees: two-day training) and 4 (disagrees: 'voer ik "
       "daarentegen niet in'); 7 agrees (yearly overview); 5 noted (De Lijn asked to look into an earlier "
       "planning); a conceptnota paragraph (nothing); 6 (complaints desk at De Lijn) UNANSWERED.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)
