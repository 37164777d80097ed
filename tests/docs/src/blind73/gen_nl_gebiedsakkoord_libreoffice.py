"""Round 73 (nl): the ADVIES of an independent provincial advisory committee on a peat-meadow area (veenweide),
answered by the BESTUURSOVEREENKOMST (covenant) that the province, the water board and two municipalities then
signed: considerans, articles, signatures and an article-by-article Toelichting.

Advice: 'Advies gebiedsaanpak Lage Weiden' (invented), 2-3 p.: 1 Aanleiding (the Omgevingswet's 'moet'), 2
Bevindingen with Tabel 1 (subsidence per polder) and findings ('zouden ... moeten'), the 2021 Veenweidevisie
quoted, 3 Adviezen as a ruled table 'Nr. | Advies | Gericht aan' 1-7 (numbers are those), 4 Tot slot.
Response: Bestuursovereenkomst, 2 p.: parties; 'Overwegende dat' a.-c. (paraphrases of the advice: nothing);
articles 1-6 (the answers sit in the Toelichting per article, in the order 3, 5+6 (one article: agrees +
disagrees), 1, 7, 4); 'Aldus overeengekomen' and signatures (nothing); 2 unanswered.
Engine: LibreOffice Writer headless from HTML (ligature-free DejaVu copies; running head stamped with PyMuPDF).

Run: /tmp/blind73nl/bin/python tests/docs/src/blind73/gen_nl_gebiedsakkoord_libreoffice.py   (needs soffice)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b73nl as B  # noqa: E402

NAME = "blind73_nl_gebiedsakkoord"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B73NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})
GREEN = "#3b6b2a"


def page(body, fam, size="9.4pt"):
    css = ("@page { size: 210mm 297mm; margin: 22mm 22mm 20mm 22mm; }\n"
           f"body {{ font-family: '{fam}'; font-size: {size}; }}\n"
           "p { margin-top: 0; margin-bottom: 5pt; text-align: justify; }\n"
           f"h1 {{ font-family: 'B73NL Sans'; font-size: 15pt; color: {GREEN}; margin-top: 0; margin-bottom: 3pt; }}\n"
           f"h2 {{ font-family: 'B73NL Sans'; font-size: 10.6pt; color: {GREEN}; margin-top: 10pt; margin-bottom: 3pt; }}\n"
           "h3 { font-size: 9.6pt; margin-top: 8pt; margin-bottom: 2pt; }\n"
           ".s { font-size: 8.4pt; margin-bottom: 0; text-align: left; }\n"
           ".k { font-size: 8pt; color: #555555; }\n"
           ".q { margin-left: 9mm; margin-right: 9mm; font-style: italic; }\n"
           ".l { margin-left: 8mm; text-indent: -6mm; margin-bottom: 3pt; }\n"
           ".c { text-align: center; }\n")
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + css + "</style></head><body>" + body
            + "</body></html>")


def cell(t, w=None, bg=None, b=False):
    wa = f" width='{w}'" if w else ""
    ba = f" bgcolor='{bg}'" if bg else ""
    t = f"<b>{t}</b>" if b else t
    return f"<td{wa}{ba} valign='top'><p class='s'>{t}</p></td>"


def advice():
    h = ["<p class='k'>ONAFHANKELIJKE ADVIESCOMMISSIE VEENWEIDE LAGE WEIDEN</p>",
         "<h1>Zakken of zorgen</h1>",
         "<p class='k'>Advies over de gebiedsaanpak Lage Weiden aan Gedeputeerde Staten van Veenmarke, het dagelijks "
         "bestuur van waterschap Rijn en Venen en de colleges van Weidevoort en Oudenmeer  |  14 november 2025</p>",
         "<h2>1 Aanleiding</h2>",
         "<p>Het veenweidegebied Lage Weiden daalt gemiddeld acht millimeter per jaar. Gedeputeerde Staten hebben "
         "de commissie in februari 2025 gevraagd te adviseren over een gezamenlijke aanpak van provincie, waterschap "
         "en gemeenten. Op grond van de Omgevingswet moet het waterschap het peilbesluit afstemmen op het "
         "omgevingsbeleid van de provincie; dat maakt een gezamenlijke aanpak ook juridisch noodzakelijk.</p>",
         "<h2>2 Bevindingen</h2>",
         "<p>De commissie sprak met 37 agrariërs, met natuurorganisaties en met de betrokken overheden. Tabel 1 toont "
         "de bodemdaling per polder.</p>",
         "<table border='1' cellpadding='4' cellspacing='0' width='100%'><tr>"
         + cell("Polder", "30%", "#e3ecdc", True) + cell("Oppervlakte (ha)", "23%", "#e3ecdc", True)
         + cell("Daling (mm/jaar)", "23%", "#e3ecdc", True) + cell("Agrarische bedrijven", "24%", "#e3ecdc", True)
         + "</tr><tr>" + cell("Bovenpolder") + cell("1.840") + cell("9") + cell("41") + "</tr><tr>"
         + cell("Lage Veen") + cell("2.310") + cell("11") + cell("36") + "</tr><tr>"
         + cell("Oudenmeerse polder") + cell("1.120") + cell("5") + cell("22") + "</tr></table>",
         "<p class='k'>Tabel 1. Bodemdaling en agrarische bedrijven per polder (bron: waterschap, 2024).</p>",
         "<p>De boeren in het gebied zijn bereid mee te werken, maar willen zekerheid over hun inkomen. De overheden "
         "zouden volgens hen beter moeten samenwerken en elkaar niet langer moeten tegenspreken. In de Veenweidevisie "
         "van 2021 stond al:</p>",
         "<p class='q'>‘Provincie, waterschap en gemeenten moeten één loket hebben voor de boer.’</p>",
         "<p>Dat loket is er nog altijd niet. Verder ontbreekt een gedeeld meetnet, waardoor elke overheid met eigen "
         "cijfers werkt.</p>",
         "<h2>3 Adviezen</h2>",
         "<p>De commissie komt tot de volgende zeven adviezen.</p>",
         "<table border='1' cellpadding='4' cellspacing='0' width='100%'><tr>"
         + cell("Nr.", "8%", "#e3ecdc", True) + cell("Advies", "70%", "#e3ecdc", True)
         + cell("Gericht aan", "22%", "#e3ecdc", True) + "</tr>"]
    recs = [
        ("1", "Verhoog in de Bovenpolder en Lage Veen het zomerpeil stapsgewijs tot twintig centimeter onder "
              "maaiveld, te beginnen in 2027.", "waterschap"),
        ("2", "Stel een vergoeding per hectare vast voor agrariërs die door het hogere peil inkomen derven, met "
              "een looptijd van ten minste vijftien jaar.", "provincie"),
        ("3", "Richt één gebiedsloket in waar agrariërs terechtkunnen voor alle vragen over peil, vergunningen en "
              "subsidies.", "alle partijen"),
        ("4", "Leg een gezamenlijk meetnet voor bodemdaling aan en maak de gegevens openbaar.", "waterschap en "
              "provincie"),
        ("5", "Wijs in het omgevingsplan zones aan waar natte teelten zoals lisdodde zonder nieuwe vergunning zijn "
              "toegestaan.", "gemeenten"),
        ("6", "Koop vrijwillig gronden aan in de Lage Veen tot een oppervlakte van 400 hectare, om ruimte te maken "
              "voor natuur en waterberging.", "provincie"),
        ("7", "Laat de voortgang elke twee jaar toetsen door een onafhankelijke commissie en maak de resultaten "
              "openbaar.", "alle partijen"),
    ]
    for n, a, g in recs:
        h.append("<tr>" + cell(n) + cell(a) + cell(g) + "</tr>")
    h += ["</table>",
          "<h2>4 Tot slot</h2>",
          "<p>De commissie beseft dat haar adviezen veel vragen van de agrariërs in Lage Weiden. Zonder een "
          "hoger peil zal de bodem echter blijven dalen, met hogere kosten voor wegen, dijken en woningen. De "
          "commissie is graag bereid het advies toe te lichten in de vergadering van Provinciale Staten.</p>",
          "<p style='text-align: left'>Namens de commissie,<br>ir. H.J. Bloemendaal-Ruys, voorzitter<br>drs. P. Ter Horst, secretaris</p>"]
    B.soffice_pdf(page("".join(h), "B73NL Sans"), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Adviescommissie Veenweide Lage Weiden  |  Zakken of zorgen  |  14 november 2025",
            "{n}/{m}", SANS["Regular"], margin=62)


def response():
    h = ["<h1 class='c'>BESTUURSOVEREENKOMST GEBIEDSAANPAK LAGE WEIDEN</h1>",
         "<p class='c'><i>2026-2035</i></p>",
         "<p><b>De ondergetekenden:</b></p>",
         "<p class='l'>1. de provincie Veenmarke, te dezen vertegenwoordigd door gedeputeerde A.M. Kuipers, handelend "
         "ter uitvoering van het besluit van Gedeputeerde Staten van 17 maart 2026;</p>",
         "<p class='l'>2. het waterschap Rijn en Venen, te dezen vertegenwoordigd door dijkgraaf J. Wolters;</p>",
         "<p class='l'>3. de gemeenten Weidevoort en Oudenmeer, te dezen vertegenwoordigd door hun burgemeesters;</p>",
         "<p>hierna gezamenlijk te noemen: Partijen;</p>",
         "<p><b>Overwegende dat:</b></p>",
         "<p class='l'>a. de bodem in Lage Weiden gemiddeld acht millimeter per jaar daalt;</p>",
         "<p class='l'>b. de Onafhankelijke Adviescommissie Veenweide Lage Weiden op 14 november 2025 advies heeft "
         "uitgebracht en daarin onder meer vraagt om een hoger zomerpeil, één gebiedsloket en een vergoeding "
         "voor agrariërs;</p>",
         "<p class='l'>c. Partijen hun inzet willen bundelen en daarover afspraken willen maken;</p>",
         "<p><b>Komen het volgende overeen:</b></p>",
         "<h3>Artikel 1 Gebiedsloket</h3>",
         "<p>Partijen openen uiterlijk op 1 september 2026 het Gebiedsloket Lage Weiden, dat wordt ondergebracht bij "
         "het waterschap. Elke partij stelt daarvoor ten minste één medewerker beschikbaar.</p>",
         "<h3>Artikel 2 Natte teelten en grondverwerving</h3>",
         "<p>De gemeenten wijzen in hun omgevingsplan zones aan voor natte teelten. De provincie verwerft geen "
         "gronden in de Lage Veen.</p>",
         "<h3>Artikel 3 Peilbeheer</h3>",
         "<p>Het waterschap verhoogt het zomerpeil in de Bovenpolder en de Lage Veen vanaf 2027 in drie stappen.</p>",
         "<h3>Artikel 4 Evaluatie</h3>",
         "<p>Partijen evalueren deze overeenkomst in 2030.</p>",
         "<h3>Artikel 5 Meetnet</h3>",
         "<p>De provincie en het waterschap stellen een plan voor een meetnet op.</p>",
         "<h3>Artikel 6 Geschillen en looptijd</h3>",
         "<p>Geschillen worden voorgelegd aan een bemiddelaar. Deze overeenkomst geldt tot en met 31 december 2035.</p>",
         "<h2>Toelichting</h2>",
         "<p><i>Artikel 1.</i> Met het gebiedsloket wordt het advies van de commissie volledig gevolgd. Eén loket was "
         "de meest gehoorde wens van de agrariërs tijdens de gesprekken.</p>",
         "<p><i>Artikel 2.</i> De gemeenten nemen het advies over natte teelten over en leggen de zones vast bij de "
         "eerstvolgende wijziging van het omgevingsplan. Grondaankoop van 400 hectare nemen Partijen daarentegen niet "
         "over: de provincie kiest voor ruil en extensivering, omdat aankoop de agrarische structuur van de Lage Veen "
         "zou aantasten.</p>",
         "<p><i>Artikel 3.</i> Het waterschap volgt het advies om het peil te verhogen, maar gaat niet verder dan "
         "dertig centimeter onder maaiveld. Bij twintig centimeter worden de percelen in de Lage Veen te nat voor "
         "beweiding.</p>",
         "<p><i>Artikel 4.</i> Partijen hebben kennisgenomen van het voorstel voor een tweejaarlijkse toets door een "
         "onafhankelijke commissie. Of die toets er komt, wordt bij de evaluatie in 2030 bezien.</p>",
         "<p><i>Artikel 5.</i> Het meetnet wordt aangelegd zoals de commissie adviseert, en de meetgegevens komen vanaf "
         "2027 als open data beschikbaar via het geoportaal van de provincie.</p>",
         "<p><i>Artikel 6.</i> Voor de bemiddeling wordt aangesloten bij de geschillenregeling van de Regionale "
         "Waterkaart.</p>",
         "<p>Aldus overeengekomen en in viervoud ondertekend te Weidevoort op 2 april 2026.</p>",
         "<table border='0' cellpadding='4' cellspacing='0' width='100%'><tr>"
         + cell("Provincie Veenmarke<br><br>A.M. Kuipers") + cell("Waterschap Rijn en Venen<br><br>J. Wolters")
         + cell("Gemeente Weidevoort<br><br>R. de Vries-Ong") + cell("Gemeente Oudenmeer<br><br>B. Haaksma")
         + "</tr></table>"]
    B.soffice_pdf(page("".join(h), "B73NL Serif", "9.2pt"), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Bestuursovereenkomst Gebiedsaanpak Lage Weiden 2026-2035",
            "pagina {n} van {m}", SANS["Regular"], margin=62)


def expected():
    B.write_expected(NAME, [
        ("1", "Verhoog in de Bovenpolder en Lage Veen het zomerpeil stapsgewijs",
         "maar gaat niet verder dan dertig centimeter onder maaiveld", "partly"),
        ("2", "Stel een vergoeding per hectare vast voor agrariërs die door", None, "unanswered"),
        ("3", "Richt één gebiedsloket in waar agrariërs terechtkunnen voor alle vragen",
         "wordt het advies van de commissie volledig gevolgd", "agrees"),
        ("4", "Leg een gezamenlijk meetnet voor bodemdaling aan en maak de gegevens openbaar",
         "komen vanaf 2027 als open data beschikbaar", "agrees"),
        ("5", "Wijs in het omgevingsplan zones aan waar natte teelten zoals lisdodde",
         "De gemeenten nemen het advies over natte teelten over", "agrees"),
        ("6", "Koop vrijwillig gronden aan in de Lage Veen tot een oppervlakte",
         "Grondaankoop van 400 hectare nemen Partijen daarentegen niet over", "disagrees"),
        ("7", "Laat de voortgang elke twee jaar toetsen door een onafhankelijke commissie",
         "Partijen hebben kennisgenomen van het voorstel", "noted"),
    ], [
        "Elke partij stelt daarvoor ten minste één medewerker beschikbaar",
        "Geschillen worden voorgelegd aan een bemiddelaar",
        "geschillenregeling van de Regionale Waterkaart",
        "Aldus overeengekomen en in viervoud ondertekend",
    ], "ADVIES of an independent provincial advisory committee on a peat-meadow area, answered by the "
       "BESTUURSOVEREENKOMST (covenant) between province, water board and two municipalities, whose articles are "
       "terse and whose verdicts stand in the article-by-article TOELICHTING. The Omgevingswet is real; the "
       "committee, the provincie Veenmarke, waterschap Rijn en Venen, Weidevoort, Oudenmeer, the Veenweidevisie "
       "2021, all people and figures are invented. Recommendations: the rows 1-7 of the ruled table 'Nr. | Advies "
       "| Gericht aan' in 3 Adviezen (numbers are those). Not recommendations: the Omgevingswet's 'moet', Tabel 1, "
       "'zouden ... beter moeten samenwerken', the 2021 visie quoted ('moeten één loket hebben'), 4 Tot slot. "
       "Response: parties and the considerans a.-c. (b paraphrases three recommendations: nothing); the articles "
       "1-6 restate the decisions (nothing on their own); the Toelichting answers per article in the order 3 agrees "
       "(art. 1), ONE paragraph 5 agrees + 6 disagrees (art. 2), 1 partly (thirty not twenty centimetres), 7 noted "
       "(art. 4, to the 2030 evaluation), 4 agrees (art. 5); art. 6 toelichting, 'Aldus overeengekomen' and the "
       "signatures (nothing); 2 (income compensation per hectare) UNANSWERED.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    sys.exit(B.main([NAME]))
