"""Round 60 (nl): a VERSLAG VAN DE PROVINCIALE OMGEVINGSAMBTENAAR (POA) in a Flemish appeal against an
omgevingsvergunning (a joinery workshop with a new shed next to a brook), answered by the BESLUIT VAN DE DEPUTATIE
of the province, which decides the appeal and says where it follows the POA's proposal and where it departs from it.

Advice: provincial band, a case-data table (dossier, Omgevingsloket number, aanvrager, beroepsindieners, ligging,
bestreden beslissing, hoorzitting), 1 Voorwerp, 2 Procedure (statutory terms with 'moet'), 3 Adviezen (a ruled table
of the advisory bodies), 4 Beroepsgrieven ('Grief 1'-'Grief 3' run-ins, the appellants' 'vragen dat ...'), the
college's conditions of first instance quoted as a numbered list, 5 Beoordeling (5.1-5.5, findings with 'moet' and
'zou ... moeten'), and 6 Voorstel van beslissing: a lead-in 'De provinciale omgevingsambtenaar stelt de deputatie
voor:' followed by points in the Belgian legal numbering '1°' ... '7°' (each an infinitive clause ending in ';').
Numbers: 1-7 (the ° numbers).
Response: Besluit van de deputatie (vergadering, 'De deputatie,' 'Gelet op ...' preamble, 'Overwegende ...' with
1 Procedure, 2 Verslag POA, 3 Beoordeling by theme in the order 3, 2+5 (one paragraph: 2 agrees, 5 disagrees), 6,
7, 1; then the appellants' claim on the value of their house, and BESLUIT 'Artikel 1'-'Artikel 4' (conditions
restated, appeal to the Raad voor Vergunningsbetwistingen). 4 (green screen) unanswered. Engine: LibreOffice Writer
headless from HTML (ligature-free DejaVu copies 'B60NL Sans/Serif'), header and page numbers of the advice stamped
with PyMuPDF.

Run: /tmp/blind60nl/bin/python tests/docs/src/blind60/gen_nl_deputatie_libreoffice.py   (needs soffice)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b60nl as B  # noqa: E402

NAME = "blind60_nl_deputatie"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B60NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})
GREEN = "#00703c"
PALE = "#e3f1e8"


def page(body, fam, size="9.2pt", margins="20mm 22mm 20mm 22mm"):
    css = (f"@page {{ size: 210mm 297mm; margin: {margins}; }}\n"
           f"body {{ font-family: '{fam}'; font-size: {size}; }}\n"
           f"p {{ margin-top: 0; margin-bottom: 4pt; text-align: justify; }}\n"
           f"li {{ margin-bottom: 2pt; }}\n"
           f"h1 {{ font-family: 'B60NL Sans'; font-size: 14pt; margin-top: 0; margin-bottom: 3pt; color: {GREEN}; }}\n"
           f"h2 {{ font-family: 'B60NL Sans'; font-size: 10.4pt; margin-top: 8pt; margin-bottom: 3pt; "
           f"color: {GREEN}; }}\n"
           f"h3 {{ font-family: 'B60NL Sans'; font-size: 9.2pt; margin-top: 6pt; margin-bottom: 2pt; }}\n"
           f".s {{ font-size: 8.2pt; }}\n.k {{ font-size: 7.8pt; color: #555555; }}\n"
           f".pt {{ margin-left: 9mm; text-indent: -7mm; }}\n"
           f".c {{ text-align: center; }}\n")
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + css + "</style></head><body>" + body
            + "</body></html>")


def grid(rows, w=(26, 74), border=0):
    out = f"<table width='100%' cellpadding='2' cellspacing='0' border='{border}'>"
    for k, v in rows:
        out += (f"<tr><td width='{w[0]}%' valign='top' bgcolor='{PALE}'><p class='s'><b>{k}</b></p></td>"
                f"<td width='{w[1]}%' valign='top'><p class='s'>{v}</p></td></tr>")
    return out + "</table><p> </p>"


def advice():
    b = ["<table width='100%' cellpadding='5' cellspacing='0' border='0'><tr>"
         f"<td bgcolor='{GREEN}'><p class='s'><font color='#ffffff'><b>PROVINCIE VLAAMS-BRABANT</b>  |  "
         "Directie Ruimte - Dienst Omgevingsvergunningen, cel Beroepen</font></p></td></tr></table><p> </p>",
         "<h1>Verslag van de provinciale omgevingsambtenaar</h1>",
         "<p class='k'>opgesteld overeenkomstig artikel 63 van het Omgevingsvergunningsdecreet van 25 april 2014</p>",
         grid([("Dossiernummer", "BER-OMV-2025-0917"),
               ("Omgevingsloket", "OMV_2025184533"),
               ("Aanvrager", "Schrijnwerkerij Vandessel bv, Kerkstraat 41, 3394 Meerdaal"),
               ("Beroepsindieners", "Ann Claes en Pieter Wuyts, Kerkstraat 45, 3394 Meerdaal (aanpalende buren)"),
               ("Voorwerp", "bouwen van een loods van 1.180 m2 en exploiteren van een houtbewerkingsbedrijf "
                            "(ingedeelde inrichting klasse 2, rubriek 19.3.2 b)"),
               ("Bestreden beslissing", "college van burgemeester en schepenen van Meerdaal, 14 oktober 2025: "
                                        "vergunning verleend onder voorwaarden"),
               ("Hoorzitting", "20 januari 2026"),
               ("Verslag", "28 januari 2026, Elke Vanhove, provinciale omgevingsambtenaar")]),
         "<h2>1. Voorwerp van de aanvraag</h2>",
         "<p>De aanvraag betreft de bouw van een nieuwe loods achter de bestaande werkplaats en de exploitatie van "
         "een houtbewerkingsbedrijf met een geïnstalleerd vermogen van 310 kW. De bestaande werkplaats van 420 m2 "
         "wordt afgebroken. Het bedrijf wil in de loods zagen, schaven, frezen en lakken en aan de achterzijde een "
         "strook van 2.000 m2 gebruiken voor de opslag van hout in open lucht. Het perceel grenst aan de oostzijde "
         "aan de tuinen van de woningen Kerkstraat 43 tot 49 en aan de zuidzijde aan de Molenbeek, een "
         "onbevaarbare waterloop van tweede categorie.</p>",
         "<h2>2. Procedure en ontvankelijkheid</h2>",
         "<p>Het beroep werd op 12 november 2025 ingesteld door derden-belanghebbenden. Volgens artikel 55 van "
         "het Omgevingsvergunningsdecreet moet een beroep worden ingesteld binnen een termijn van dertig dagen na "
         "de aanplakking van de beslissing; de aanplakking gebeurde op 20 oktober 2025. Het beroep is tijdig en "
         "bevat de vereiste gegevens. De deputatie moet over het beroep beslissen binnen zestig dagen na de "
         "hoorzitting, zodat de beslissingstermijn verstrijkt op 21 maart 2026.</p>",
         "<h2>3. Adviezen</h2>",
         "<table width='100%' cellpadding='3' cellspacing='0' border='1'>"
         f"<tr><td bgcolor='{PALE}' width='44%'><p class='s'><b>Adviesinstantie</b></p></td>"
         f"<td bgcolor='{PALE}' width='18%'><p class='s'><b>Datum</b></p></td>"
         f"<td bgcolor='{PALE}' width='38%'><p class='s'><b>Advies</b></p></td></tr>"
         "<tr><td><p class='s'>Vlaamse Milieumaatschappij (watertoets)</p></td><td><p class='s'>4 december "
         "2025</p></td><td><p class='s'>voorwaardelijk gunstig</p></td></tr>"
         "<tr><td><p class='s'>Hulpverleningszone Oost Vlaams-Brabant</p></td><td><p class='s'>28 november "
         "2025</p></td><td><p class='s'>voorwaardelijk gunstig</p></td></tr>"
         "<tr><td><p class='s'>Provinciale omgevingsvergunningscommissie (POVC)</p></td><td><p class='s'>13 "
         "januari 2026</p></td><td><p class='s'>voorwaardelijk gunstig</p></td></tr>"
         "<tr><td><p class='s'>Gemeentelijke omgevingsambtenaar Meerdaal</p></td><td><p class='s'>2 december "
         "2025</p></td><td><p class='s'>gunstig</p></td></tr></table><p> </p>",
         "<h2>4. Beroepsgrieven</h2>",
         "<p><b>Grief 1 - geluidshinder.</b> De beroepsindieners stellen dat de machines tot in hun woonkamer "
         "hoorbaar zullen zijn. Zij vragen dat de loods minstens twintig meter van de perceelsgrens wordt "
         "ingeplant.</p>",
         "<p><b>Grief 2 - verkeer.</b> Volgens de beroepsindieners zal het vrachtverkeer door de smalle Kerkstraat "
         "toenemen, langs de ingang van de gemeentelijke basisschool.</p>",
         "<p><b>Grief 3 - waterhuishouding.</b> De beroepsindieners wijzen erop dat de tuinen langs de Molenbeek "
         "in de winter van 2023-2024 twee keer onder water stonden.</p>",
         "<p>Het college verleende de vergunning onder de volgende voorwaarden:</p>",
         "<ol><li><p>de voorwaarden uit het advies van de Hulpverleningszone Oost Vlaams-Brabant worden strikt "
         "nageleefd;</p></li>"
         "<li><p>het lakken gebeurt uitsluitend in een afgesloten spuitcabine met filterinstallatie;</p></li>"
         "<li><p>het hemelwater van de daken wordt opgevangen in een hemelwaterput van 20.000 liter.</p></li></ol>",
         "<h2>5. Beoordeling</h2>",
         "<h3>5.1 Planologische verenigbaarheid</h3>",
         "<p>Het perceel ligt volgens het gewestplan Leuven deels in woongebied en deels in een zone voor "
         "ambachtelijke bedrijven en kmo's. De loods ligt volledig in de bedrijvenzone. Een ambachtelijk "
         "houtbewerkingsbedrijf is in die zone toegelaten. De opslagstrook ligt voor ongeveer de helft in het "
         "woongebied.</p>",
         "<h3>5.2 Watertoets</h3>",
         "<p>De zuidelijke helft van het perceel is effectief overstromingsgevoelig. De VMM adviseert "
         "voorwaardelijk gunstig voor de loods, op voorwaarde dat die op minstens 0,30 m boven het maaiveld wordt "
         "gebouwd. Over de opslag van hout in open lucht langs de Molenbeek zegt het advies niets. Opgeslagen hout "
         "kan bij overstroming afdrijven en de doorstroming van de waterloop belemmeren. Volgens artikel 8 van het "
         "decreet integraal waterbeleid moet de vergunningverlenende overheid erover waken dat geen schadelijk "
         "effect ontstaat.</p>",
         "<h3>5.3 Hinder</h3>",
         "<p>De geluidsstudie bij de aanvraag berekent een specifiek geluid van 41 dB(A) aan de gevel van de "
         "woning Kerkstraat 45, bij gesloten poorten. Met open poorten loopt dat op tot 52 dB(A). De "
         "milieukwaliteitsnormen van Vlarem II moeten in elk geval worden nageleefd. Een inplanting op twintig "
         "meter van de perceelsgrens, zoals de beroepsindieners vragen, is binnen de bedrijvenzone niet mogelijk. "
         "De huidige werkplaats zou volgens de buren al jaren met open poorten werken; dat kon ter plaatse niet "
         "worden vastgesteld.</p>",
         "<h3>5.4 Mobiliteit</h3>",
         "<p>Het bedrijf verwacht zes tot acht leveringen per dag met vrachtwagens. De Industrieweg sluit op 150 "
         "meter van het perceel aan op de gewestweg N253; via die weg is de school niet te passeren. De Kerkstraat "
         "is 5,20 meter breed en heeft geen fietspaden.</p>",
         "<h3>5.5 Goede ruimtelijke ordening</h3>",
         "<p>Met een kroonlijsthoogte van 7,50 meter past de loods in de schaal van de omgeving. De overgang naar "
         "de tuinen van de woningen is echter abrupt: tussen de loods en de perceelsgrens blijft een strook van "
         "zes meter, nu verhard. Met een aantal voorwaarden is de aanvraag aanvaardbaar.</p>",
         "<h2>6. Voorstel van beslissing</h2>",
         "<p>Het beroep is ontvankelijk en gedeeltelijk gegrond. De provinciale omgevingsambtenaar stelt de "
         "deputatie voor:</p>",
         "<p class='pt'>1°  de omgevingsvergunning te verlenen voor de loods en de exploitatie van de "
         "schrijnwerkerij, maar te weigeren voor de buitenopslag van hout in de strook van vijftien meter langs "
         "de Molenbeek;</p>",
         "<p class='pt'>2°  als bijzondere voorwaarde op te leggen dat alle zaag-, schaaf- en freesmachines "
         "uitsluitend in de gesloten loods worden gebruikt, met gesloten poorten tijdens de werking;</p>",
         "<p class='pt'>3°  de exploitatie te beperken tot werkdagen van 7 tot 19 uur en elke activiteit op "
         "zaterdag, zondag en feestdagen te verbieden;</p>",
         "<p class='pt'>4°  op te leggen dat langs de oostelijke perceelsgrens een groenscherm van minstens vijf "
         "meter breed met streekeigen beplanting wordt aangelegd, uiterlijk in het eerste plantseizoen na de "
         "ingebruikname;</p>",
         "<p class='pt'>5°  op te leggen dat de exploitant binnen zes maanden na de ingebruikname een akoestisch "
         "onderzoek door een erkend deskundige voorlegt aan de gemeentelijke milieudienst;</p>",
         "<p class='pt'>6°  het aantal vrachtwagenbewegingen te beperken tot tien per dag en alle leveringen "
         "uitsluitend via de Industrieweg te laten verlopen;</p>",
         "<p class='pt'>7°  het college van burgemeester en schepenen te verzoeken om in de Kerkstraat, tussen de "
         "school en de Industrieweg, een zone 30 in te voeren.</p>",
         "<p> </p><p class='s'>Leuven, 28 januari 2026<br/>Elke Vanhove<br/>provinciale omgevingsambtenaar</p>"]
    B.soffice_pdf(page("".join(b), "B60NL Sans"), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Provincie Vlaams-Brabant  |  Verslag POA  |  BER-OMV-2025-0917  |  Meerdaal, "
            "Kerkstraat 41", "blz. {n}/{m}", SANS["Regular"])


def response():
    b = ["<p class='c'><b>PROVINCIE VLAAMS-BRABANT</b></p>",
         "<p class='c'>Uittreksel uit de notulen van de deputatie</p>",
         "<p class='c'>Vergadering van donderdag 5 maart 2026</p>",
         "<p class='s'>Aanwezig: Tine Mertens, voorzitter; Jef Lauwers, Sara Bogaerts, Luc Dewitte, Nora Jacobs, "
         "gedeputeerden; Bart Smets, provinciegriffier.</p>",
         "<p> </p>",
         f"<table width='100%' cellpadding='4' cellspacing='0' border='0'><tr><td bgcolor='{PALE}'>"
         "<p><b>Omgevingsvergunning - beroep - BER-OMV-2025-0917 - Meerdaal, Kerkstraat 41 - Schrijnwerkerij "
         "Vandessel bv - loods en houtbewerkingsbedrijf</b></p></td></tr></table><p> </p>",
         "<p><b>De deputatie,</b></p>",
         "<p>Gelet op het decreet van 25 april 2014 betreffende de omgevingsvergunning, inzonderheid de artikelen "
         "52 tot en met 67;</p>",
         "<p>Gelet op het besluit van de Vlaamse Regering van 27 november 2015 tot uitvoering van dat decreet;</p>",
         "<p>Gelet op het beroep van Ann Claes en Pieter Wuyts van 12 november 2025 tegen de beslissing van het "
         "college van burgemeester en schepenen van Meerdaal van 14 oktober 2025;</p>",
         "<p>Gelet op het verslag van de provinciale omgevingsambtenaar van 28 januari 2026;</p>",
         "<p>Gehoord de beroepsindieners, de aanvrager en zijn raadsman op de hoorzitting van 20 januari 2026;</p>",
         "<p><b>Overwegende hetgeen volgt:</b></p>",
         "<h3>1. Procedure</h3>",
         "<p>Het beroepschrift werd tijdig en met een beveiligde zending ingediend. De dossiervergoeding van 100 "
         "euro werd betaald. Het beroep is ontvankelijk.</p>",
         "<h3>2. Verslag van de provinciale omgevingsambtenaar</h3>",
         "<p>De deputatie heeft kennis genomen van het verslag en maakt de feitelijke en juridische beschrijving "
         "ervan tot de hare. Voor de beoordeling wijkt zij op enkele punten af van het voorstel, zoals hieronder "
         "gemotiveerd.</p>",
         "<h3>3. Beoordeling</h3>",
         "<p><i>Exploitatie-uren.</i> De deputatie volgt het voorstel van de omgevingsambtenaar slechts "
         "gedeeltelijk. De werkdagen worden beperkt van 7 tot 19 uur, en op zon- en feestdagen is elke activiteit "
         "verboden. Op zaterdag laat de deputatie activiteit toe van 8 tot 12 uur, omdat het bedrijf dan "
         "bestellingen meegeeft aan klanten; machines mogen op zaterdag niet worden gebruikt.</p>",
         "<p><i>Geluid.</i> De deputatie sluit zich aan bij het voorstel om de bewerkingsmachines alleen in de "
         "gesloten loods te laten werken: de geluidsstudie toont dat de normen van Vlarem II alleen met gesloten "
         "poorten gehaald worden. Een bijkomend akoestisch onderzoek na de ingebruikname acht de deputatie "
         "daarentegen overbodig. De geluidsstudie bij de aanvraag is recent en volledig, en de toezichthouders "
         "kunnen bij klachten altijd metingen laten uitvoeren. Die voorwaarde wordt dan ook niet opgelegd.</p>",
         "<p><i>Vrachtverkeer.</i> Om de schoolomgeving te ontlasten legt de deputatie op dat er hoogstens tien "
         "vrachtwagens per dag komen en dat zij het perceel alleen via de Industrieweg bereiken en verlaten.</p>",
         "<p><i>Snelheid in de Kerkstraat.</i> Een snelheidsregime op een gemeenteweg valt buiten het voorwerp "
         "van dit beroep en buiten de bevoegdheid van de deputatie. Zij bezorgt een afschrift van dit besluit aan "
         "het college van burgemeester en schepenen, dat over deze suggestie kan oordelen.</p>",
         "<p><i>Opslag langs de Molenbeek.</i> De deputatie treedt de omgevingsambtenaar bij: afdrijvend hout kan "
         "bij hoog water de Molenbeek verstoppen. De opslag in open lucht in de zuidelijke strook wordt "
         "geweigerd; de aanvrager kan het hout in de loods of ten noorden ervan stockeren.</p>",
         "<p><i>Waardevermindering.</i> De beroepsindieners vrezen dat hun woning minder waard wordt. Dat is een "
         "burgerrechtelijke kwestie, waarover de deputatie zich in een vergunningsprocedure niet uitspreekt.</p>",
         "<p><b>BESLUIT:</b></p>",
         "<p><b>Artikel 1.</b> Het beroep van Ann Claes en Pieter Wuyts is ontvankelijk en gedeeltelijk "
         "gegrond.</p>",
         "<p><b>Artikel 2.</b> De omgevingsvergunning wordt verleend voor de bouw van de loods en de exploitatie "
         "van het houtbewerkingsbedrijf, onder de voorwaarden 1 tot 3 van het college en de volgende bijkomende "
         "voorwaarden: a) de bewerkingsmachines worden alleen binnen gebruikt, met gesloten poorten; b) "
         "exploitatie op werkdagen van 7 tot 19 uur en op zaterdag van 8 tot 12 uur zonder machines; c) ten "
         "hoogste tien vrachtwagens per dag, uitsluitend via de Industrieweg.</p>",
         "<p><b>Artikel 3.</b> De omgevingsvergunning wordt geweigerd voor de opslag van hout in open lucht in de "
         "strook van vijftien meter langs de Molenbeek.</p>",
         "<p><b>Artikel 4.</b> Tegen dit besluit kan beroep worden ingesteld bij de Raad voor "
         "Vergunningsbetwistingen binnen vijfenveertig dagen na de betekening of de aanplakking.</p>",
         "<p> </p>",
         "<table width='100%' cellpadding='2' cellspacing='0' border='0'><tr>"
         "<td width='50%'><p class='s'>Namens de deputatie,<br/>de provinciegriffier<br/><br/>Bart Smets</p></td>"
         "<td width='50%'><p class='s'><br/>de voorzitter<br/><br/>Tine Mertens</p></td></tr></table>"]
    B.soffice_pdf(page("".join(b), "B60NL Serif", "9.4pt", "22mm 24mm 20mm 24mm"), NAME + "_response.pdf")


def expected():
    B.write_expected(NAME, [
        ("1", "de omgevingsvergunning te verlenen voor de loods en de exploitatie van",
         "De deputatie treedt de omgevingsambtenaar bij: afdrijvend hout", "agrees"),
        ("2", "als bijzondere voorwaarde op te leggen dat alle zaag-, schaaf- en",
         "De deputatie sluit zich aan bij het voorstel", "agrees"),
        ("3", "de exploitatie te beperken tot werkdagen van 7 tot 19 uur",
         "De deputatie volgt het voorstel van de omgevingsambtenaar slechts gedeeltelijk", "partly"),
        ("4", "op te leggen dat langs de oostelijke perceelsgrens een groenscherm van",
         None, "unanswered"),
        ("5", "op te leggen dat de exploitant binnen zes maanden na de ingebruikname",
         "Een bijkomend akoestisch onderzoek na de ingebruikname acht de deputatie daarentegen overbodig",
         "disagrees"),
        ("6", "het aantal vrachtwagenbewegingen te beperken tot tien per dag en",
         "legt de deputatie op dat er hoogstens tien vrachtwagens", "agrees"),
        ("7", "het college van burgemeester en schepenen te verzoeken om in de Kerkstraat",
         "Een snelheidsregime op een gemeenteweg valt buiten het voorwerp", "noted"),
    ], ["Het beroepschrift werd tijdig en met een beveiligde zending ingediend",
        "Dat is een burgerrechtelijke kwestie, waarover de deputatie",
        "Tegen dit besluit kan beroep worden ingesteld bij de Raad"],
        "VERSLAG VAN DE PROVINCIALE OMGEVINGSAMBTENAAR (Flemish province, appeal against an omgevingsvergunning; "
        "the municipality Meerdaal, the firm, the people and the figures are invented; the Omgevingsvergunnings"
        "decreet of 25 April 2014, its implementing order, Vlarem II, the decreet integraal waterbeleid and the "
        "Raad voor Vergunningsbetwistingen are real, what is said of them is not to be relied on). The seven "
        "recommendations are the points '1°'-'7°' of 6 Voorstel van beslissing after the lead-in 'De provinciale "
        "omgevingsambtenaar stelt de deputatie voor:', each an infinitive clause ending in ';' (numbers are the ° "
        "numbers). Not recommendations: the case-data table, the statutory terms in 2 ('moet ... worden "
        "ingesteld', 'moet ... beslissen'), the table of advisory bodies, the run-in 'Grief 1'-'Grief 3' with "
        "the appellants' request ('Zij vragen dat ...'), the college's conditions of first instance as a numbered "
        "list 1.-3., 5.2 and 5.3 findings ('moet ... waken', 'moeten ... worden nageleefd', 'zou ... werken'), the "
        "opening sentence of 6 ('Het beroep is ontvankelijk en gedeeltelijk gegrond'). Response: BESLUIT VAN DE "
        "DEPUTATIE (extract of the minutes: 'De deputatie,' 'Gelet op ...', 'Overwegende hetgeen volgt:', 3 "
        "Beoordeling as italic run-in themes, then BESLUIT 'Artikel 1'-'Artikel 4'); the replies name no point "
        "numbers, order 3, 2+5, 6, 7, 1: 3 partly (Saturday morning allowed, 'slechts gedeeltelijk'); ONE "
        "paragraph 'Geluid': 2 agrees ('sluit zich aan bij het voorstel') + 5 disagrees (extra acoustic study "
        "'overbodig', 'wordt ... niet opgelegd'); 6 agrees (ten lorries, Industrieweg); 7 noted (outside the "
        "appeal, copy sent to the college); 1 agrees ('treedt de omgevingsambtenaar bij'). 4 (green screen) "
        "UNANSWERED. The procedure paragraph, the 'Waardevermindering' paragraph (answers the appellants, not the "
        "POA) and Artikel 4 (appeal) answer nothing; Articles 2 and 3 restate decisions already given in the "
        "Beoordeling and are not separate replies.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)
