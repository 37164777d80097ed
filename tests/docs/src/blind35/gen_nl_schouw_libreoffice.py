"""Round 35 (nl, gemeente): an (invented) TOEGANKELIJKHEIDSSCHOUW report of the Adviesraad Inclusie Oosterzand on
the town hall and the station square, answered by the municipality's ACTIELIJST (a memo with one table
'Nr. | Wat doen we | Wie | Wanneer | Status', sorted by department, not by code). Advice: a report with coded
findings+advice per location in tables 'Code | Wat wij zagen | Ons advies' (S1-S3 Stadskantoor, P1-P3
Stationsplein) and one general recommendation A1 in a closing box; traps: a table 'Wat goed gaat' without advice, a
table of the 2023 schouw's points with status (codes 2023-1 ... 2023-3, imperatives), the VN-verdrag Handicap art. 9
and Bbl articles, findings with 'moet'. Response: memo header, intro, table rows in the order S2, 'S1 en S3' (one
row, two verdicts), A1, P2, P1, and an extra row on a parking place at the library (answers nothing); P3 has no
row. Engine: LibreOffice Writer headless from HTML (DejaVu copies without GSUB installed as 'B35NL Sans'); header
and page numbers stamped with PyMuPDF.

Run: /tmp/blind35nl/bin/python tests/docs/src/blind35/gen_nl_schouw_libreoffice.py (needs soffice)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b35nl as B  # noqa: E402

NAME = "blind35_nl_schouw"
F = B.nolig_fonts()

CSS = """<style>
@page { size: 21cm 29.7cm; margin: 2.4cm 2.2cm 2cm 2.2cm; }
body { font-family: 'B35NL Sans'; font-size: 9.5pt; }
h1 { font-family: 'B35NL Sans'; font-size: 17pt; color: #6a2c70; }
h2 { font-family: 'B35NL Sans'; font-size: 12pt; color: #6a2c70; margin-top: 10pt; }
p { margin-top: 0; margin-bottom: 5pt; }
td, th { font-family: 'B35NL Sans'; font-size: 8.6pt; vertical-align: top; }
th { background: #6a2c70; color: #ffffff; text-align: left; }
.small { font-size: 8pt; color: #555555; }
</style>"""


def tbl(head, rows, widths):
    h = ["<table border='1' cellpadding='4' cellspacing='0' width='100%'><tr>"]
    h += [f"<th width='{w}%'>{c}</th>" for c, w in zip(head, widths)]
    h.append("</tr>")
    for r in rows:
        h.append("<tr>" + "".join(f"<td width='{w}%'>{c}</td>" for c, w in zip(r, widths)) + "</tr>")
    h.append("</table><p></p>")
    return "".join(h)


def advice():
    h = ["<!doctype html><html lang='nl'><head><meta charset='utf-8'>", CSS, "</head><body>"]
    h.append("<p class='small'>ADVIESRAAD INCLUSIE OOSTERZAND</p><h1>Schouwrapport toegankelijkheid 2026</h1>"
             "<p><b>Stadskantoor en Stationsplein</b></p><p class='small'>Schouw uitgevoerd op 14 januari 2026 | "
             "Rapport vastgesteld op 5 februari 2026 | Aan: college van burgemeester en wethouders van Oosterzand"
             "</p>")
    h.append("<h2>1. Waarom deze schouw</h2><p>De Adviesraad Inclusie adviseert het college gevraagd en "
             "ongevraagd over het sociaal domein en over toegankelijkheid. Nederland heeft het VN-verdrag "
             "Handicap geratificeerd. Artikel 9 van dat verdrag verplicht overheden om gebouwen en openbare ruimte "
             "toegankelijk te maken. Elke twee jaar schouwen wij een deel van de gemeente. Dit jaar gingen twaalf "
             "ervaringsdeskundigen, met een rolstoel, scootmobiel, blindengeleidehond of rollator, door het "
             "Stadskantoor en over het Stationsplein.</p>")
    h.append("<h2>2. Wat goed gaat</h2>" + tbl(
        ["Locatie", "Wat wij zagen"],
        [["Stadskantoor", "De balie heeft een verlaagd deel en een ringleiding die werkt."],
         ["Stadskantoor", "De invalidentoilet op de begane grond is ruim en schoon."],
         ["Stationsplein", "De nieuwe fietsenstalling heeft brede paden en goede verlichting."]], [25, 75]))
    h.append("<h2>3. Wat er met de vorige schouw is gedaan</h2><p>In 2023 schouwden wij het centrum. Van de "
             "toen gegeven adviezen is het volgende terechtgekomen:</p>" + tbl(
        ["Nr. 2023", "Advies 2023", "Stand nu"],
        [["2023-1", "Verlaag de stoepranden bij de oversteek Marktstraat.", "Uitgevoerd"],
         ["2023-2", "Plaats rustbanken op de route naar het gezondheidscentrum.", "Twee van de vier geplaatst"],
         ["2023-3", "Maak de website van de gemeente voorleesbaar.", "Uitgevoerd"]], [14, 56, 30]))
    h.append("<h2>4. Stadskantoor</h2><p>Het Stadskantoor is in 1978 gebouwd en in 2012 verbouwd. Een "
             "gebouw met een publieksfunctie moet volgens het Besluit bouwwerken leefomgeving (artikel 4.212) "
             "toegankelijk zijn voor rolstoelgebruikers. Op drie punten zagen wij knelpunten.</p>" + tbl(
        ["Code", "Wat wij zagen", "Ons advies"],
        [["S1", "De hoofdingang heeft een zware draaideur. Rolstoelgebruikers moeten bellen en wachten.",
          "Vervang de handmatige zijdeur naast de draaideur door een automatische schuifdeur."],
         ["S2", "De bewegwijzering naar de balie is klein en heeft weinig contrast.",
          "Breng bij de ingang en in de hal grote borden met hoog contrast en pictogrammen aan."],
         ["S3", "De raadzaal op de eerste verdieping is alleen via een trap bereikbaar; de lift stopt er niet.",
          "Maak de publieke tribune van de raadzaal bereikbaar met een lift of plateaulift."]], [10, 45, 45]))
    h.append("<h2>5. Stationsplein</h2><p>Het Stationsplein is in handen van de gemeente; het station en de "
             "perrons zijn van ProRail en NS. Blinde en slechtziende deelnemers raakten op het plein de weg kwijt. "
             "Een geleidelijn moet volgens de CROW-richtlijn aansluiten op de looproute naar het station.</p>" + tbl(
        ["Code", "Wat wij zagen", "Ons advies"],
        [["P1", "De geleidelijn stopt midden op het plein en sluit niet aan op de ingang van het station.",
          "Trek de geleidelijn door tot aan de stationsingang en de bushalte."],
         ["P2", "De lift naar perron 2 was tijdens de schouw buiten gebruik en is dat volgens reizigers vaak.",
          "Spreek ProRail aan op de beschikbaarheid van de lift naar perron 2."],
         ["P3", "Bij de taxistandplaats ontbreekt een verlaagde stoeprand.",
          "Verlaag de stoeprand bij de taxistandplaats en de Kiss and Ride."]], [10, 45, 45]))
    h.append("<h2>6. Algemeen advies</h2><table border='1' cellpadding='6' cellspacing='0' width='100%'><tr>"
             "<td bgcolor='#f1e6f2'><p><b>A1</b></p><p><b>Betrek de adviesraad vooraf bij elk ontwerp voor de "
             "herinrichting van openbare ruimte en gemeentelijke gebouwen.</b></p><p>Veel knelpunten ontstaan "
             "doordat ervaringsdeskundigen pas na de uitvoering meekijken. Aanpassen achteraf is duurder.</p>"
             "</td></tr></table><p></p>")
    h.append("<h2>7. Tot slot</h2><p>Wij vragen het college binnen drie maanden te laten weten wat het met deze "
             "adviezen doet. Wij danken de medewerkers van Facilitaire Zaken voor hun hulp tijdens de schouw.</p>"
             "<p>Namens de Adviesraad Inclusie Oosterzand,<br>Gerda Hofstede-Bakker, voorzitter</p>")
    h.append("</body></html>")
    B.soffice_pdf("".join(h), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Adviesraad Inclusie Oosterzand | Schouwrapport toegankelijkheid 2026",
            "pagina {n} van {m}", F["Regular"])


def response():
    h = ["<!doctype html><html lang='nl'><head><meta charset='utf-8'>", CSS, "</head><body>"]
    h.append("<p class='small'>GEMEENTE OOSTERZAND</p><h1>Memo</h1>"
             "<p><b>Aan:</b> Adviesraad Inclusie Oosterzand<br><b>Van:</b> wethouder Zorg en Welzijn, mede namens "
             "de wethouder Openbare Ruimte<br><b>Datum:</b> 22 april 2026<br><b>Kenmerk:</b> Z/26/041877<br>"
             "<b>Onderwerp:</b> Actielijst naar aanleiding van het Schouwrapport toegankelijkheid 2026</p><hr>")
    h.append("<p>Beste leden van de adviesraad,</p><p>Hartelijk dank voor uw schouwrapport. Het college heeft "
             "uw adviezen besproken met Facilitaire Zaken en met het team Openbare Ruimte. In de actielijst "
             "hieronder leest u per advies wat wij doen, wie dat doet en wanneer. De lijst is geordend per "
             "afdeling.</p>")
    h.append("<h2>Actielijst</h2>" + tbl(
        ["Nr.", "Wat doen we", "Wie", "Wanneer", "Status"],
        [["S2", "Nieuwe borden met hoog contrast en pictogrammen zijn besteld bij de vaste leverancier.",
          "Facilitaire Zaken", "mei 2026", "In uitvoering"],
         ["S1 en S3", "S1: de zijdeur wordt vervangen door een automatische schuifdeur; de opdracht is gegund. "
                      "S3: een lift of plateaulift naar de tribune is in het monumentale trappenhuis niet "
                      "inpasbaar. Wij doen dit niet. Wel worden raadsvergaderingen live uitgezonden en kan de "
                      "commissievergadering naar de begane grond worden verplaatst als iemand daarom vraagt.",
          "Facilitaire Zaken", "S1: juli 2026<br>S3: -", "S1: gepland<br>S3: niet mogelijk"],
         ["A1", "Vanaf 1 juni 2026 is een toets door de adviesraad een vaste stap in het projectplan van elk "
                "herinrichtingsproject.", "Alle afdelingen", "juni 2026", "Afgesproken"],
         ["P2", "De lift op het station valt onder ProRail. Wij hebben uw advies doorgestuurd aan ProRail en "
                "vragen in het regulier overleg om een reactie.", "Openbare Ruimte", "-", "Doorgestuurd"],
         ["P1", "De geleidelijn nemen wij mee in het ontwerp voor de herinrichting van het Stationsplein "
                "(uitvoering 2028). Tot die tijd passen wij de bestaande lijn niet aan.", "Openbare Ruimte",
          "2028", "Later"],
         ["-", "Extra: op verzoek van een inwoner is de gehandicaptenparkeerplaats bij de bibliotheek "
               "verbreed.", "Openbare Ruimte", "maart 2026", "Gereed"]], [9, 51, 14, 12, 14]))
    h.append("<p>Wij nodigen u graag uit voor de oplevering van de nieuwe ingang van het Stadskantoor.</p>"
             "<p>Met vriendelijke groet,<br><br>Sanne Wiersma-de Jong<br>wethouder Zorg en Welzijn</p>")
    h.append("</body></html>")
    B.soffice_pdf("".join(h), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Oosterzand | Memo Z/26/041877", "{n}/{m}", F["Regular"])


RECS = [
    ("S1", "Vervang de handmatige zijdeur naast de draaideur door een automatische",
     "de zijdeur wordt vervangen door een automatische schuifdeur", "agrees"),
    ("S2", "Breng bij de ingang en in de hal grote borden",
     "Nieuwe borden met hoog contrast en pictogrammen zijn besteld", "agrees"),
    ("S3", "Maak de publieke tribune van de raadzaal bereikbaar met een lift",
     "in het monumentale trappenhuis niet inpasbaar", "disagrees", ["partly"]),
    ("P1", "Trek de geleidelijn door tot aan de",
     "Tot die tijd passen wij de bestaande lijn niet aan", "partly", ["noted"]),
    ("P2", "Spreek ProRail aan op de beschikbaarheid van de lift",
     "Wij hebben uw advies doorgestuurd aan ProRail", "noted", ["agrees"]),
    ("P3", "Verlaag de stoeprand bij de taxistandplaats en de Kiss and Ride", None, "unanswered"),
    ("A1", "Betrek de adviesraad vooraf bij elk ontwerp voor de herinrichting",
     "is een toets door de adviesraad een vaste stap", "agrees"),
]
UNMATCHED = [
    "de gehandicaptenparkeerplaats bij de bibliotheek verbreed",
]
NOTES = ("Round 35 (nl). Advice: an invented toegankelijkheidsschouw report of the Adviesraad Inclusie Oosterzand "
         "(LibreOffice from HTML, header and 'pagina N van M' stamped). The recommendations are the 'Ons advies' "
         "cells of two tables, coded S1-S3 (Stadskantoor) and P1-P3 (Stationsplein), plus a boxed general advice "
         "A1; numbered by their codes. Traps: the 'Wat goed gaat' table, the 2023 schouw's advice table (codes "
         "2023-1..3, imperatives, with status), VN-verdrag art. 9, Bbl art. 4.212, 'moet' in findings, the closing "
         "'Wij vragen het college binnen drie maanden'. Response: a memo with an ACTIELIJST table ordered by "
         "department: S2 (signs ordered: agrees), 'S1 en S3' in ONE row (S1 automatic door: agrees; S3 lift 'niet "
         "inpasbaar ... Wij doen dit niet', with live streaming as alternative: disagrees, also partly), A1 (fixed "
         "step from 1 June 2026: agrees), P2 (ProRail's matter, passed on: noted), P1 (only in the 2028 redesign, "
         "nothing until then: partly, also noted). P3 (lowered kerb at the taxi rank) has no row. The extra row "
         "(parking place at the library) answers nothing.")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)
