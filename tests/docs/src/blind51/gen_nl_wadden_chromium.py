"""Round 51 (nl): an (invented) ADVIES of the WADDENADVIESRAAD on sediment, salt marshes and fairway dredging in the
Wadden Sea; recommendations 1-7 as rows of a TABLE 'Nr. | Aanbeveling | Gericht aan | Termijn' in chapter 4, after a
Samenvatting with short differently worded bullets, the minister's three adviesvragen, a table of dredging figures,
a quoted recommendation of advice 2019/03 and 'moet'-findings. Answered by the GEANNOTEERDE AGENDA of the Bestuurlijk
Overleg Waddengebied (agendapunt 4 holds the proposed reaction; other agendapunten answer nothing). Engine: headless
Chromium --print-to-pdf (CSS @page margin boxes; ligature-free DejaVu copies). Answer key: README-nl.md.

Run: /tmp/blind51nl/bin/python tests/docs/src/blind51/gen_nl_wadden_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b51nl as B  # noqa: E402

NAME = "blind51_nl_wadden"
F = B.nolig_fonts()
SERIF = B.nolig_fonts("B51NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def fonts(fam, paths):
    css = ""
    for stl, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                        "Bold Italic": ("bold", "italic")}.items():
        css += (f"@font-face {{ font-family: {fam}; src: url(file://{paths[stl]}); font-weight: {w}; "
                f"font-style: {s}; }}\n")
    return css


BASE = fonts("B51", F) + fonts("B51S", SERIF) + """
html { font-family: B51; font-size: 9.2pt; line-height: 1.5; font-variant-ligatures: none; }
p { margin: 0 0 2.4mm 0; text-align: justify; }
table { border-collapse: collapse; }
"""

ADV_CSS = BASE + """
@page { size: A4; margin: 25mm 22mm 22mm 24mm;
  @top-left { content: "Waddenadviesraad"; font-family: B51; font-size: 7.5pt; color: #1f5f7a; }
  @top-right { content: "Advies 2026/02 | Slib in beweging"; font-family: B51; font-size: 7.5pt; color: #666; }
  @bottom-left { content: "WAR/2026/014"; font-family: B51; font-size: 7pt; color: #888; }
  @bottom-right { content: "pagina " counter(page) " van " counter(pages); font-family: B51; font-size: 7.5pt; } }
@page :first { @top-left { content: none; } @top-right { content: none; } }
.lh { border-bottom: 1.5pt solid #1f5f7a; padding-bottom: 3mm; display: flex; justify-content: space-between; }
.lh .n { font-family: B51S; font-size: 18pt; color: #1f5f7a; }
.lh .a { font-size: 7.4pt; color: #555; text-align: right; line-height: 1.35; }
.addr { margin: 6mm 0 4mm 0; font-size: 8.6pt; }
table.meta td { font-size: 8pt; padding: 0.4mm 3mm 0.4mm 0; vertical-align: top; }
table.meta td:first-child { color: #1f5f7a; width: 26mm; }
h1 { font-family: B51S; font-size: 17pt; margin: 6mm 0 1mm 0; color: #123; }
.sub { font-size: 10pt; color: #444; margin-bottom: 4mm; }
.sum { background: #e9f2f5; padding: 3mm 4mm; margin: 2mm 0 4mm 0; }
.sum ul { margin: 1mm 0 0 0; padding-left: 5mm; } .sum li { margin-bottom: 0.8mm; }
h2 { font-size: 11.5pt; color: #1f5f7a; margin: 6mm 0 2mm 0; break-after: avoid; }
h3 { font-size: 9.5pt; margin: 4mm 0 1.5mm 0; break-after: avoid; }
ol.q { margin: 0 0 3mm 0; padding-left: 6mm; } ol.q li { margin-bottom: 1mm; font-style: italic; }
table.g { font-size: 8.2pt; width: 100%; margin: 2mm 0 1mm 0; }
table.g td, table.g th { border-bottom: 0.5pt solid #9bb; padding: 1mm 2mm; text-align: right; }
table.g td:first-child, table.g th:first-child { text-align: left; }
table.g th { border-bottom: 1pt solid #1f5f7a; }
.quote { margin: 2mm 10mm 3mm 10mm; padding-left: 3mm; border-left: 2pt solid #bbb; color: #333; font-style: italic; }
table.rec { width: 100%; font-size: 8.4pt; margin-top: 2mm; }
table.rec th { background: #1f5f7a; color: white; text-align: left; padding: 1.5mm 2mm; }
table.rec td { border-bottom: 0.6pt solid #9bb; padding: 1.8mm 2mm; vertical-align: top; }
table.rec td.n { font-weight: bold; color: #1f5f7a; width: 8mm; }
table.rec td.a { width: 30mm; } table.rec td.t { width: 20mm; }
table.rec tr { break-inside: avoid; }
"""

RES_CSS = BASE + """
@page { size: A4; margin: 26mm 24mm 22mm 24mm;
  @top-left { content: "Bestuurlijk Overleg Waddengebied"; font-family: B51; font-size: 7.5pt; color: #333; }
  @top-right { content: "Geannoteerde agenda 26 maart 2026"; font-family: B51; font-size: 7.5pt; color: #333; }
  @bottom-center { content: counter(page) "/" counter(pages); font-family: B51; font-size: 8pt; } }
@page :first { @top-left { content: none; } @top-right { content: none; } }
.kop { font-size: 8pt; color: #444; margin-bottom: 5mm; }
.kop b { font-size: 12pt; color: #000; display: block; margin-bottom: 1mm; }
h1 { font-size: 14pt; margin: 0 0 1mm 0; }
table.m td { font-size: 8.4pt; padding: 0.3mm 4mm 0.3mm 0; vertical-align: top; }
.ap { margin-top: 5mm; border-top: 0.8pt solid #000; padding-top: 1.5mm; break-inside: auto; }
.ap .t { font-weight: bold; font-size: 10pt; }
.ap .t span { display: inline-block; width: 9mm; }
.lbl { font-weight: bold; display: inline-block; width: 24mm; vertical-align: top; }
.row { margin: 1.2mm 0 1.2mm 9mm; display: flex; }
.row .v { flex: 1; text-align: justify; }
.ann p { margin-left: 0; }
.sub { font-style: italic; margin: 2.5mm 0 1mm 0; }
"""


def advice():
    h = [f"<html><head><meta charset='utf-8'><style>{ADV_CSS}</style></head><body>"]
    h.append("<div class='lh'><div class='n'>Waddenadviesraad</div><div class='a'>Postbus 1014, 8900 CA Leeuwarden"
             "<br/>058 230 41 00<br/>secretariaat@waddenadviesraad.nl</div></div>")
    h.append("<div class='addr'>Aan de minister van Infrastructuur en Waterstaat en de minister van Landbouw, "
             "Visserij, Voedselzekerheid en Natuur<br/>Postbus 20901<br/>2500 EX Den Haag</div>")
    h.append("<table class='meta'><tr><td>Datum</td><td>12 februari 2026</td></tr><tr><td>Ons kenmerk</td>"
             "<td>WAR/2026/014</td></tr><tr><td>Uw kenmerk</td><td>IENW/BSK-2025/20731</td></tr><tr><td>Onderwerp"
             "</td><td>Advies 2026/02 'Slib in beweging'</td></tr></table>")
    h.append("<h1>Slib in beweging</h1><div class='sub'>Advies over sediment, kwelders en het onderhoud van "
             "vaargeulen in de Waddenzee</div>")
    h.append("<div class='sum'><p><b>Samenvatting</b></p><p>De Waddenzee verandert sneller dan het beheer. Er "
             "wordt elk jaar meer gebaggerd om de veerdiensten varend te houden, terwijl op andere plekken slib "
             "nodig is om kwelders te laten meegroeien met de zeespiegel. De raad vindt dat het Rijk baggeren en "
             "natuurherstel als één opgave moet zien. In het kort:</p><ul>"
             "<li>één sedimentplan voor de hele Waddenzee;</li><li>slib eerst inzetten als bouwstof;</li>"
             "<li>meer en langjarig geld voor metingen;</li><li>duidelijke regie per kombergingsgebied;</li>"
             "<li>eilanders en vissers vanaf het begin aan tafel;</li><li>toetsbare doelen voor kwelders;</li>"
             "<li>een andere vaarroute of ander schip voor Ameland verkennen.</li></ul></div>")
    h.append("<h2>1. Aanleiding en adviesvraag</h2>")
    h.append("<p>Bij brief van 3 oktober 2025 (kenmerk IENW/BSK-2025/20731) vroeg de minister van Infrastructuur "
             "en Waterstaat de raad om advies, mede namens de minister van LVVN. De adviesaanvraag bevatte drie "
             "vragen:</p>")
    h.append("<ol class='q'><li>Hoe kan het onderhoud van de vaargeulen naar de eilanden beter aansluiten bij de "
             "natuurlijke dynamiek van de Waddenzee?</li><li>Welke kansen ziet de raad om gebaggerd sediment nuttig "
             "te gebruiken?</li><li>Hoe kan de samenwerking tussen Rijk, regio en gebruikers worden verbeterd?"
             "</li></ol>")
    h.append("<p>De raad sprak met Rijkswaterstaat Noord-Nederland, de drie Waddenprovincies, de "
             "veerdiensten, Natuurmonumenten, It Fryske Gea en vissers van Wierum en Harlingen, en bezocht op "
             "14 november 2025 de kwelderwerken bij Holwerd.</p>")
    h.append("<h2>2. Meer baggeren, minder resultaat</h2>")
    h.append("<table class='g'><tr><th>Vaargeul (baggervolume, x 1.000 m³)</th><th>2021</th><th>2023</th>"
             "<th>2025</th></tr><tr><td>Holwerd - Ameland</td><td>1.620</td><td>2.140</td><td>2.385</td></tr>"
             "<tr><td>Lauwersoog - Schiermonnikoog</td><td>410</td><td>455</td><td>530</td></tr>"
             "<tr><td>Harlingen - Vlieland/Terschelling</td><td>980</td><td>1.010</td><td>1.190</td></tr>"
             "<tr><td>Totaal</td><td>3.010</td><td>3.605</td><td>4.105</td></tr></table>")
    h.append("<p style='font-size:7.8pt'><i>Tabel 1. Bron: Rijkswaterstaat, Baggerjaarverslag Waddenzee 2025.</i></p>")
    h.append("<p>Het gebaggerde zand en slib wordt nu vrijwel volledig verspreid op verspreidingsvakken naast de "
             "geul, vanwaar een deel binnen enkele weken terugstroomt. Rijkswaterstaat stelt zelf vast dat de "
             "huidige verspreidingsvergunning, die loopt tot 2029, niet is afgestemd op de snelle aanzanding bij "
             "Holwerd en eerder herzien moet worden. Volgens het Baggerjaarverslag is 11 procent van het sediment "
             "in 2025 nuttig toegepast.</p>")
    h.append("<h2>3. Kwelders en regie</h2>")
    h.append("<h3>3.1 Kwelders</h3>")
    h.append("<p>Kwelders zijn de kraamkamer van het wad en vormen een natuurlijke buffer voor de dijken. Hun "
             "areaal is de laatste tien jaar ongeveer gelijk gebleven, maar de kwaliteit is wisselend. In advies "
             "2019/03 schreef de raad al:</p>")
    h.append("<p class='quote'>'Stel een kwelderherstelprogramma op met jaarlijkse doelen per kwelder en zorg "
             "voor een vaste financiering.'</p>")
    h.append("<p>Dat advies is deels opgevolgd: er kwam een programma, maar zonder jaarlijkse doelen. De "
             "instandhoudingsdoelen uit het Natura 2000-beheerplan Waddenzee zijn nu zo algemeen geformuleerd dat "
             "niet kan worden vastgesteld of ze worden gehaald.</p>")
    h.append("<h3>3.2 Regie en betrokkenheid</h3>")
    h.append("<p>Voor de Waddenzee gelden de Omgevingswet (onder meer artikel 2.43 over het rijksbeleid voor het "
             "Waddengebied), de Agenda voor het Waddengebied 2050 en het Programma Wadden. Taken zijn verdeeld "
             "over twee ministeries, drie provincies, achttien gemeenten en drie waterschappen. Bij de keuze voor "
             "een nieuwe geul bij Ameland in 2024 voelden eilanders en vissers zich pas laat gehoord; de gemeente "
             "Ameland moest volgens de raad eerder betrokken worden. Ook het monitoringprogramma is versnipperd en "
             "wordt grotendeels met projectgeld betaald, dat in 2027 afloopt.</p>")
    h.append("<h2>4. Aanbevelingen</h2>")
    h.append("<p>Op grond van het voorgaande doet de raad de volgende aanbevelingen.</p>")
    rows = [
        ("Stel vóór 2027 een integraal sedimentplan op voor de hele Waddenzee, waarin baggeren, verspreiden en "
         "kwelderaanleg als één systeem worden behandeld.", "minister van IenW", "eind 2026"),
        ("Gebruik gebaggerd slib zo veel mogelijk voor kwelderherstel en dijkversterking, en leg die "
         "voorkeursvolgorde vast in de nieuwe verspreidingsvergunning.", "minister van IenW", "2026"),
        ("Verhoog het budget voor de monitoring van de slibdynamiek structureel tot ten minste 4 miljoen euro per "
         "jaar.", "ministers van IenW en LVVN", "begroting 2027"),
        ("Wijs per kombergingsgebied één bestuurlijk trekker aan die verantwoordelijk is voor de samenhang tussen "
         "bereikbaarheid en natuur.", "ministers, provincies", "2026"),
        ("Betrek eilandbewoners en vissers vanaf de start bij keuzes over vaargeulen, via een vast omgevingsberaad "
         "per eiland.", "minister van IenW", "doorlopend"),
        ("Maak de natuurdoelen voor kwelders uit het Natura 2000-beheerplan meetbaar per kombergingsgebied en "
         "rapporteer daar jaarlijks over.", "minister van LVVN", "2027"),
        ("Laat onderzoeken of de veerdienst Holwerd - Ameland op termijn een andere route of een ander type schip "
         "kan gebruiken, zodat minder gebaggerd hoeft te worden.", "minister van IenW", "2028"),
    ]
    h.append("<table class='rec'><tr><th>Nr.</th><th>Aanbeveling</th><th>Gericht aan</th><th>Termijn</th></tr>")
    for i, (t, a, w) in enumerate(rows, 1):
        h.append(f"<tr><td class='n'>{i}</td><td>{t}</td><td class='a'>{a}</td><td class='t'>{w}</td></tr>")
    h.append("</table>")
    h.append("<p style='margin-top:6mm'>De raad is graag bereid dit advies toe te lichten.</p>")
    h.append("<p>Hoogachtend,<br/>namens de Waddenadviesraad,</p><p>drs. Geertje Hoekstra, voorzitter<br/>"
             "ir. Maarten de Boer, secretaris</p>")
    h.append("</body></html>")
    B.chromium_pdf("".join(h), NAME + "_advice.pdf")


def ap(n, title, rows, extra=""):
    s = f"<div class='ap'><div class='t'><span>{n}.</span>{title}</div>"
    for lbl, v in rows:
        s += f"<div class='row'><div class='lbl'>{lbl}</div><div class='v'>{v}</div></div>"
    return s + extra + "</div>"


def response():
    h = [f"<html><head><meta charset='utf-8'><style>{RES_CSS}</style></head><body>"]
    h.append("<div class='kop'><b>Bestuurlijk Overleg Waddengebied</b>Rijk - provincies Fryslân, Groningen en "
             "Noord-Holland - Waddengemeenten - waterschappen</div>")
    h.append("<h1>Geannoteerde agenda</h1>")
    h.append("<table class='m'><tr><td>Datum</td><td>donderdag 26 maart 2026, 13.30 - 16.00 uur</td></tr>"
             "<tr><td>Locatie</td><td>Provinciehuis Fryslân, Leeuwarden, zaal Harlingen</td></tr>"
             "<tr><td>Voorzitter</td><td>minister van Infrastructuur en Waterstaat</td></tr>"
             "<tr><td>Kenmerk</td><td>BOW-2026-01/ann</td></tr></table>")
    h.append(ap(1, "Opening en vaststelling van de agenda", [("Doel", "Vaststellen.")]))
    h.append(ap(2, "Verslag Bestuurlijk Overleg 18 november 2025", [
        ("Doel", "Vaststellen."),
        ("Annotatie", "Het verslag is op 5 december 2025 rondgestuurd. Er zijn geen opmerkingen ontvangen. "
                      "Actiepunt 2025-11/3 (pilot slibvang Koehool) is afgerond.")]))
    h.append(ap(3, "Voortgang Programma Wadden", [
        ("Doel", "Ter informatie."),
        ("Annotatie", "De voortgangsrapportage over 2025 laat zien dat 31 van de 44 maatregelen op schema "
                      "liggen. Vertraging zit vooral in de vergunningverlening voor vismigratierivieren en in de "
                      "aanbesteding van de kwelderwerken Noord-Groningen.")]))
    ann = (
        "<div class='ann'><p class='sub'>Integraal sedimentplan en hergebruik van slib (aanbevelingen 1 en 2)</p>"
        "<p>De ministers nemen de aanbeveling voor een integraal sedimentplan over. Rijkswaterstaat werkt het "
        "plan samen met de provincies uit; het is eind 2026 gereed en wordt onderdeel van het Programma Wadden. "
        "Het nuttig toepassen van slib krijgt in dat plan een prominente plaats, maar een vaste voorkeursvolgorde "
        "in de verspreidingsvergunning vinden de ministers niet verstandig: de beschikbaarheid van geschikte "
        "locaties wisselt sterk per jaar. Zij stellen voor een streefwaarde van 25 procent nuttig gebruik in het "
        "sedimentplan op te nemen, in plaats van een harde eis in de vergunning.</p>"
        "<p class='sub'>Regie per kombergingsgebied (aanbeveling 4)</p>"
        "<p>Een extra bestuurlijk trekker per kombergingsgebied voegt naar het oordeel van Rijk en regio weinig "
        "toe en maakt de bestuurlijke drukte eerder groter. De afspraken uit de Agenda voor het Waddengebied "
        "2050 en de rol van het Regiecollege Waddengebied blijven het uitgangspunt. Deze aanbeveling wordt "
        "daarom niet overgenomen.</p>"
        "<p class='sub'>Monitoring (aanbeveling 3)</p>"
        "<p>De ministers erkennen dat de monitoring kwetsbaar is zolang zij op projectgeld draait. Vanaf 2027 "
        "wordt 1,6 miljoen euro per jaar structureel vrijgemaakt uit de begroting van IenW. Een verhoging tot 4 "
        "miljoen euro past niet binnen de huidige begrotingskaders; bij de voorjaarsbesluitvorming 2027 wordt "
        "bezien of er meer ruimte is.</p>"
        "<p class='sub'>Natuurdoelen kwelders (aanbeveling 6)</p>"
        "<p>LVVN is hier al mee bezig. In de actualisatie van het Natura 2000-beheerplan Waddenzee, die in het "
        "najaar van 2026 ter inzage gaat, worden de doelen voor kwelders per kombergingsgebied uitgedrukt in "
        "hectares en vegetatietypen. Over de voortgang wordt jaarlijks gerapporteerd in de Staat van het Wad.</p>"
        "<p class='sub'>Veerdienst Ameland (aanbeveling 7)</p>"
        "<p>De ministers nemen kennis van deze aanbeveling. De concessie voor de veerdienst naar Ameland loopt "
        "in 2029 af; de suggestie van de raad wordt betrokken bij de voorbereiding van de nieuwe concessie.</p>"
        "</div>")
    h.append(ap(4, "Advies Waddenadviesraad 'Slib in beweging' (WAR/2026/014)", [
        ("Doel", "Bespreken van de voorgestelde reactie van de ministers op het advies."),
        ("Stukken", "4a Advies 2026/02 van 12 februari 2026; 4b concept-reactiebrief (volgt)."),
        ("Annotatie", "De Waddenadviesraad adviseert over het sedimentbeheer in de Waddenzee. Hieronder staat per "
                      "onderwerp de voorgestelde reactie, zoals die ambtelijk met de provincies is afgestemd.")],
        ann + "<div class='row'><div class='lbl'>Voorstel</div><div class='v'>Het BO stemt in met de "
              "voorgestelde reactie. De ministers zenden de reactie uiterlijk 30 april 2026 aan de raad en "
              "informeren de Tweede Kamer.</div></div>"))
    h.append(ap(5, "Kwelderwerken Noord-Friesland Buitendijks", [
        ("Doel", "Besluiten."),
        ("Annotatie", "Het Wetterskip Fryslân vraagt het BO in te stemmen met de verlenging van de "
                      "beheerovereenkomst kwelderwerken tot en met 2031. De kosten (0,9 miljoen euro per jaar) "
                      "worden gedeeld volgens de bestaande verdeelsleutel."),
        ("Voorstel", "Instemmen met verlenging van de beheerovereenkomst tot en met 2031.")]))
    h.append(ap(6, "Rondvraag en sluiting", [("Doel", "-")]))
    h.append("<p style='margin-top:6mm;font-size:8pt;color:#555'>Secretariaat BO Waddengebied: "
             "bo-wadden@minienw.nl</p>")
    h.append("</body></html>")
    B.chromium_pdf("".join(h), NAME + "_response.pdf")


def expected():
    recs = [
        ("1", "Stel vóór 2027 een integraal sedimentplan op voor de hele Waddenzee",
         "De ministers nemen de aanbeveling voor een integraal sedimentplan over", "agrees"),
        ("2", "Gebruik gebaggerd slib zo veel mogelijk voor kwelderherstel en dijkversterking",
         "een vaste voorkeursvolgorde in de verspreidingsvergunning vinden de ministers niet verstandig",
         "partly", ["disagrees"]),
        ("3", "Verhoog het budget voor de monitoring van de slibdynamiek structureel",
         "Vanaf 2027 wordt 1,6 miljoen euro per jaar structureel vrijgemaakt", "partly"),
        ("4", "Wijs per kombergingsgebied één bestuurlijk trekker aan die verantwoordelijk",
         "Deze aanbeveling wordt daarom niet overgenomen", "disagrees"),
        ("5", "Betrek eilandbewoners en vissers vanaf de start bij keuzes over vaargeulen", None, "unanswered"),
        ("6", "Maak de natuurdoelen voor kwelders uit het Natura 2000-beheerplan meetbaar",
         "LVVN is hier al mee bezig", "agrees"),
        ("7", "Laat onderzoeken of de veerdienst Holwerd - Ameland op termijn",
         "wordt betrokken bij de voorbereiding van de nieuwe concessie", "noted"),
    ]
    B.write_expected(NAME, recs, [
        "31 van de 44 maatregelen op schema", "verlenging van de beheerovereenkomst kwelderwerken tot en met 2031"],
        "Waddenadviesraad advice: recommendations are the seven numbered rows of the table in chapter 4; the "
        "Samenvatting bullets, the three adviesvragen, the quoted 2019/03 advice and the findings are not. "
        "Geannoteerde agenda: agendapunt 4 answers, in another order: 1 agrees (sedimentplan taken over) and 2 "
        "partly (re-use yes, but no fixed order in the permit; a target instead) in ONE paragraph under "
        "'(aanbevelingen 1 en 2)'; 4 disagrees; 3 partly (1.6 of the 4 million); 6 agrees (already doing it); 7 "
        "noted (taken into the new concession); 5 (omgevingsberaad per eiland) unanswered. Agendapunten 3 and 5 "
        "answer nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    sys.exit(0 if B.check(NAME) else 1)
