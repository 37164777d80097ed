"""Round 37 (nl, Belgian federal): an (invented) TOEZICHTONDERZOEK report of the Vast Comité van Toezicht op de
politiediensten (Comité P) on the use of bodycams by the local police, answered by a ministerial OMZENDBRIEF
(circular GPI 113 of the ministers of Binnenlandse Zaken and Justitie to governors, mayors and police chiefs) that
says in its introduction it implements the report. Advice: A4, cover block with dossier number, 'Synthese' with
numbered findings (traps: 'moeten', a table of zones and activations, WPA articles 25/2-25/8, an earlier 2021
recommendation of the Comité quoted), seven UNNUMBERED recommendations each in a framed paragraph with the small
label 'AANBEVELING' (numbered 1-7 in document order), addressed to different actors (korpschefs, ministers, the
Federale Politie, the Kamer). Response: the circular's numbered chapters in another order: 3 'Transparantie' (7
agrees), 4 'Activering' (1 agrees), 5 'Bewaring en raadpleging' (3 partly + 4 disagrees in one chapter), 6
'Informeren van de betrokkene' (2 agrees), 7 'Opleiding' (5 referred to the Academies: noted); 6 (COC resources, to
the Kamer) unanswered; chapter 8 'Aankoop via het raamcontract' answers nothing. Engine: LibreOffice Writer
headless from HTML, header and page numbers stamped with PyMuPDF (DejaVu copies without GSUB).

Run: /tmp/blind37nl/bin/python tests/docs/src/blind37/gen_nl_comitep_libreoffice.py (needs soffice)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b37nl as B  # noqa: E402

NAME = "blind37_nl_comitep"
F = B.nolig_fonts()

CSS = """<style>
@page { size: 21cm 29.7cm; margin: 2.4cm 2.2cm 2.0cm 2.2cm; }
body { font-family: 'B37NL Sans'; font-size: 9.3pt; }
h1 { font-family: 'B37NL Sans'; font-size: 16pt; color: #1b3a6b; margin-bottom: 2pt; }
h2 { font-family: 'B37NL Sans'; font-size: 11.5pt; color: #1b3a6b; margin-top: 10pt; margin-bottom: 3pt; }
h3 { font-family: 'B37NL Sans'; font-size: 9.8pt; margin-top: 6pt; margin-bottom: 2pt; }
p { margin-top: 0; margin-bottom: 5pt; text-align: justify; }
td, th { font-family: 'B37NL Sans'; font-size: 8.4pt; vertical-align: top; }
th { background: #1b3a6b; color: #ffffff; text-align: left; }
.small { font-size: 8pt; color: #555555; text-align: left; }
.q { margin-left: 1cm; font-style: italic; }
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


def rec(text):
    return ("<table border='1' cellpadding='5' cellspacing='0' width='100%' bordercolor='#1b3a6b'><tr>"
            "<td bgcolor='#e8eef7'><p class='l'><font size='1' color='#1b3a6b'><b>AANBEVELING</b></font></p>"
            f"<p class='l'><b>{text}</b></p></td></tr></table><p></p>")


def advice():
    h = ["<!doctype html><html lang='nl'><head><meta charset='utf-8'>", CSS, "</head><body>"]
    h.append("<p class='small'><b>VAST COMITÉ VAN TOEZICHT OP DE POLITIEDIENSTEN</b><br/>Leuvenseweg 48 bus 6, 1000 "
             "Brussel</p><h1>Toezichtonderzoek naar het gebruik van bodycams door de lokale politie</h1>"
             "<p class='small'>Dossier 2025/PO/0317 | goedgekeurd door het Vast Comité P op 24 februari 2026 | "
             "overgezonden aan de Bijzondere commissie belast met de begeleiding van het Vast Comité P</p>")
    h.append("<h2>1. Aanleiding en onderzoeksvragen</h2>"
             "<p>Sinds de wet van 21 maart 2018 kunnen politiediensten bodycams zichtbaar gebruiken (artikelen 25/2 "
             "tot 25/8 van de wet op het politieambt, hierna WPA). In 2024 beschikten 118 van de 184 politiezones "
             "over bodycams. Het Comité ontving in 2023 en 2024 samen 212 klachten waarin bodycambeelden een rol "
             "speelden. Het onderzoek beantwoordt drie vragen: (1) wanneer activeren politiemensen de bodycam; (2) "
             "hoe worden burgers geïnformeerd; (3) hoe worden de beelden bewaard en geraadpleegd?</p>"
             "<p>Het Comité bezocht twaalf politiezones, analyseerde 340 interventieverslagen en sprak met 61 "
             "politiemensen, korpschefs en magistraten.</p>")
    h.append("<h2>2. Vaststellingen</h2><h3>2.1 Activering</h3>"
             "<p>Elk van de twaalf zones hanteert een eigen dienstnota. In vier zones staat de bodycam bij elke "
             "interventie aan, in vijf zones alleen bij 'dreigende escalatie', in drie zones beslist de "
             "politieman zelf. Een politieman verklaarde: 'Bij een aanhouding moet je eerst je handen vrij hebben, "
             "de camera komt daarna.'</p>"
             + tbl(["Politiezone (type)", "Bodycams", "Activeringen 2024", "Klachten met beelden"],
                   [["Zone A (stedelijk)", "140", "9.412", "31"], ["Zone B (stedelijk)", "96", "5.870", "18"],
                    ["Zone C (landelijk)", "22", "640", "2"], ["Zone D (gemengd)", "48", "2.115", "7"]],
                   [40, 18, 22, 20]))
    h.append(rec("Leg in een nationale richtlijn vast in welke situaties de bodycam verplicht moet worden "
                 "geactiveerd, zodat de praktijk niet langer per politiezone verschilt."))
    h.append("<h3>2.2 Informeren van de burger</h3>"
             "<p>Artikel 25/3 WPA vereist een mondelinge waarschuwing, tenzij de omstandigheden dat niet toelaten. "
             "In 41 procent van de bekeken interventies werd geen waarschuwing gegeven en ook niet vermeld waarom. "
             "De politiemensen zouden die uitzondering in het verslag moeten motiveren.</p>")
    h.append(rec("Zorg ervoor dat de burger vooraf mondeling wordt gewaarschuwd dat hij wordt gefilmd, en dat "
                 "het ontbreken van die waarschuwing in het verslag wordt gemotiveerd."))
    h.append("<h3>2.3 Bewaring en raadpleging</h3>"
             "<p>De beelden worden in de meeste zones de wettelijk maximale twaalf maanden bewaard, ook wanneer "
             "zij voor geen enkel onderzoek nodig zijn. Slechts vijf zones houden een logboek bij van wie de "
             "beelden raadpleegt. In zeven zones bekijken politiemensen de beelden voordat zij hun "
             "proces-verbaal opstellen, wat de onafhankelijke waarde van hun verklaring aantast.</p>"
             "<p>Het Comité herinnert aan zijn aanbeveling uit het jaarverslag 2021: 'Ontwikkel een uniform "
             "beheer van beeldmateriaal voor alle camera's van de politie.' Die aanbeveling werd nog niet "
             "uitgevoerd.</p>")
    h.append(rec("Beperk de bewaartermijn van beelden die niet nodig zijn voor een gerechtelijk of tuchtrechtelijk "
                 "onderzoek tot dertig dagen en houd van elke raadpleging een logboek bij."))
    h.append(rec("Verbied politiemensen hun eigen opnames te bekijken voordat zij hun proces-verbaal of "
                 "verslag hebben opgesteld, behalve met toestemming van de magistraat."))
    h.append("<h3>2.4 Opleiding en toezicht</h3>"
             "<p>De opleiding over de bodycam bestaat in de meeste zones uit een instructie van een halve dag bij "
             "de levering van de toestellen. De vijf politiescholen besteden er in de basisopleiding geen "
             "aandacht aan. Het Controleorgaan op de politionele informatie (COC) controleert het gebruik van "
             "camera's, maar beschikt daarvoor over twee voltijdse medewerkers.</p>")
    h.append(rec("Neem het gebruik van de bodycam op in de basisopleiding van de politiescholen, met praktijkoefeningen "
                 "over activering, waarschuwing en verslaggeving."))
    h.append(rec("De Kamer onderzoekt best of het COC over voldoende middelen beschikt om het gebruik van "
                 "bodycams in alle politiezones effectief te controleren."))
    h.append("<h3>2.5 Transparantie</h3><p>Geen enkele zone publiceert cijfers over het gebruik van de bodycam. "
             "Burgers en gemeenteraden hebben dus geen zicht op de inzet ervan.</p>")
    h.append(rec("Publiceer jaarlijks per politiezone het aantal bodycams, het aantal activeringen en het aantal "
                 "klachten waarin beelden werden gebruikt."))
    h.append("<h2>3. Besluit</h2><p>Het Comité stelt vast dat de bodycam een nuttig instrument is, maar dat het "
             "gebruik ervan te veel verschilt tussen de zones. Het Comité zal over achttien maanden een "
             "opvolgingsonderzoek uitvoeren.</p><p class='small'>Voor het Vast Comité P, Kris Vanhoutte, "
             "voorzitter</p></body></html>")
    B.soffice_pdf("".join(h), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Comité P | Toezichtonderzoek bodycams lokale politie | 2025/PO/0317",
            "{n}/{m}", F["Regular"])


def response():
    h = ["<!doctype html><html lang='nl'><head><meta charset='utf-8'>", CSS, "</head><body>"]
    h.append("<p class='small'><b>FEDERALE OVERHEIDSDIENST BINNENLANDSE ZAKEN<br/>FEDERALE OVERHEIDSDIENST "
             "JUSTITIE</b></p><p class='l'><b>5 JUNI 2026. - Omzendbrief GPI 113 betreffende het gebruik van "
             "bodycams door de politiediensten</b></p>"
             "<p class='l'>Aan de Dames en Heren Provinciegouverneurs,<br/>Aan de Dames en Heren Burgemeesters,<br/>"
             "Aan de Dames en Heren Voorzitters van de politiecolleges,<br/>Aan de Dames en Heren Korpschefs van "
             "de lokale politie,<br/>Aan de Heer Commissaris-generaal van de federale politie,</p>")
    h.append("<h2>1. Inleiding</h2><p>Deze omzendbrief geeft uitvoering aan het toezichtonderzoek van het Vast "
             "Comité P naar het gebruik van bodycams door de lokale politie (dossier 2025/PO/0317). Hij geldt "
             "voor alle politiezones en voor de federale politie.</p>"
             "<h2>2. Wettelijk kader</h2><p>Het gebruik van bodycams wordt geregeld door de artikelen 25/1 tot "
             "25/8 van de wet op het politieambt. Deze omzendbrief wijzigt dat kader niet.</p>")
    h.append("<h2>3. Transparantie</h2><p>Elke korpschef bezorgt vanaf 2027 vóór 31 maart aan de politieraad en "
             "aan de Directie van de relaties met de lokale politie het aantal bodycams, het aantal activeringen en "
             "het aantal klachten waarin beelden werden gebruikt. De federale overheid maakt die cijfers per zone "
             "openbaar op haar website.</p>")
    h.append("<h2>4. Activering</h2><p>De bijlage bij deze omzendbrief bevat een lijst van situaties waarin de "
             "bodycam verplicht wordt ingeschakeld, waaronder elke bestuurlijke of gerechtelijke aanhouding en "
             "elk gebruik van dwang. Zonale dienstnota's mogen die lijst aanvullen, maar niet inperken.</p>")
    h.append("<h2>5. Bewaring en raadpleging van de beelden</h2><p>Vanaf 1 januari 2027 houdt elke zone een "
             "elektronisch logboek bij van elke raadpleging van beelden, met vermelding van de persoon, de datum en "
             "het doel. Wij leggen evenwel geen kortere bewaartermijn op dan de twaalf maanden die de wet toelaat: "
             "klachten en tuchtprocedures worden vaak pas maanden na de feiten ingediend. Wij kiezen er evenmin "
             "voor het bekijken van de eigen opnames vóór het opstellen van het proces-verbaal te verbieden; een "
             "dergelijk verbod zou de juistheid van de vaststellingen niet ten goede komen. Het proces-verbaal "
             "vermeldt voortaan wel uitdrukkelijk of de verbalisant de beelden vooraf heeft bekeken.</p>")
    h.append("<h2>6. Informeren van de betrokkene</h2><p>De politieman waarschuwt de betrokkene vooraf mondeling "
             "dat hij wordt gefilmd. Is dat door de omstandigheden niet mogelijk, dan vermeldt het "
             "interventieverslag de reden waarom de waarschuwing ontbrak. De korpschefs zien erop toe dat dit "
             "in de zonale controles wordt opgenomen.</p>")
    h.append("<h2>7. Opleiding</h2><p>De inhoud van de basisopleiding wordt vastgesteld in overleg met de "
             "politiescholen. Wij hebben de vraag van het Comité om het gebruik van de bodycam daarin op te nemen "
             "voorgelegd aan het Overlegplatform van de politiescholen, dat ons tegen eind 2026 een voorstel zal "
             "doen.</p>")
    h.append("<h2>8. Aankoop via het raamcontract</h2><p>Politiezones die nog geen bodycams hebben, kunnen die "
             "aankopen via het federale raamcontract FORCMS-BC-078, dat tot 2029 loopt en ook de "
             "opslagsoftware omvat. Aankopen buiten het raamcontract moeten voldoen aan de technische "
             "minimumvereisten van bijlage 2.</p>")
    h.append("<h2>9. Inwerkingtreding</h2><p>Deze omzendbrief treedt in werking op 1 september 2026.</p>"
             "<p class='l'>De Minister van Binnenlandse Zaken,<br/>E. DE GROOTE<br/><br/>De Minister van "
             "Justitie,<br/>M. LAMBRECHTS</p></body></html>")
    B.soffice_pdf("".join(h), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Omzendbrief GPI 113 - bodycams", "{n}/{m}", F["Regular"])


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("1", "Leg in een nationale richtlijn vast in welke situaties de bodycam",
         "bevat een lijst van situaties waarin de bodycam verplicht wordt ingeschakeld", "agrees"),
        ("2", "Zorg ervoor dat de burger vooraf mondeling wordt gewaarschuwd",
         "De politieman waarschuwt de betrokkene vooraf mondeling", "agrees"),
        ("3", "Beperk de bewaartermijn van beelden die niet nodig zijn voor",
         "Wij leggen evenwel geen kortere bewaartermijn op", "partly"),
        ("4", "Verbied politiemensen hun eigen opnames te bekijken voordat zij",
         "Wij kiezen er evenmin voor het bekijken van de eigen opnames", "disagrees"),
        ("5", "Neem het gebruik van de bodycam op in de basisopleiding",
         "voorgelegd aan het Overlegplatform van de politiescholen", "noted", ("partly",)),
        ("6", "De Kamer onderzoekt best of het COC over voldoende middelen",
         None, "unanswered"),
        ("7", "Publiceer jaarlijks per politiezone het aantal bodycams, het aantal activeringen",
         "De federale overheid maakt die cijfers per zone openbaar", "agrees"),
    ]
    unmatched = ["kunnen die aankopen via het federale raamcontract FORCMS-BC-078"]
    notes = ("Comité P toezichtonderzoek with seven UNNUMBERED recommendations in framed boxes labelled only "
             "'AANBEVELING' (1-7 in document order), addressed to different actors; 6 is addressed to the Kamer. "
             "Reply = omzendbrief GPI 113 of two ministers, chapters in another order: 3 Transparantie (7: agrees), "
             "4 Activering (1: list of mandatory situations: agrees), 5 Bewaring en raadpleging (3: logbook yes, no "
             "thirty-day term: partly; 4: no ban on viewing own footage, only a mention in the PV: disagrees), 6 "
             "Informeren (2: agrees), 7 Opleiding (5: passed to the platform of police schools: noted, also "
             "partly); 6 (COC resources) unanswered; chapter 8 (raamcontract) answers nothing, chapters 1, 2 and 9 "
             "neither. Traps: numbered research questions (1)-(3), table of zones, WPA articles, the 2021 "
             "recommendation quoted ('Ontwikkel een uniform beheer ...'), 'zouden ... moeten motiveren'.")
    B.write_expected(NAME, recs, unmatched, notes)
    sys.exit(0 if B.check(NAME) else 1)
