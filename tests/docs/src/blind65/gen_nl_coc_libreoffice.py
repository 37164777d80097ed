"""Round 65 (nl): a CONTROLEVERSLAG of the Belgian CONTROLEORGAAN OP DE POLITIONELE INFORMATIE (COC, the supervisory
body for police information processing) on a local police zone's use of cameras and ANPR, answered by the
KORPSCHEF's cover letter with the zone's ACTIEPLAN as a table.

Advice: COC report, 3 p.: navy title band, a meta table (Referentie / Datum / Gericht aan / Afschrift), 1 Context
en werkwijze (the WGB's supervisory basis, the duties 'moet ... worden opgenomen' and 'mogen ... bewaard'), 2
Vaststellingen 2.1-2.7 with a camera table and, after the findings they follow from, seven SHADED KADERS headed
'Aanbeveling 1'-'Aanbeveling 6' (the last one, 'Aanbeveling 7', in 3 Slotbeschouwing, addressed to the
politieraad); the COC's 2019 recommendation quoted and reported as followed, a finding 'zou ... moeten', the legal
independence of the DPO, a summarising paraphrase ('vraagt het COC vooral aandacht voor'), the procedural demand
for an action plan within three months.
Response: letter of the korpschef (letterhead, Uw kenmerk / Ons kenmerk / Datum row, 'Betreft'), then 'Actieplan'
as a ruled table Nr. / Aanbeveling COC (kort) / Standpunt zone / Actie / Trekker / Timing in another order: 2
(Akkoord), '1 en 6' (ONE row: 1 Gedeeltelijk akkoord + 6 Akkoord), 5 (Niet akkoord), 7 (Kennisname), 3 (Akkoord),
'DIO19007' (the previous report's recommendation: nothing); 4 (DPO) unanswered; the letter's introduction, the
new camera regulation and the closing answer nothing.
Engine: LibreOffice Writer headless from HTML (ligature-free DejaVu copies 'B65NL Sans/Serif'), running heads and
page numbers stamped with PyMuPDF.

Run: /tmp/blind65nl/bin/python tests/docs/src/blind65/gen_nl_coc_libreoffice.py   (needs soffice)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b65nl as B  # noqa: E402

NAME = "blind65_nl_coc"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B65NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})
NAVY = "#1f2f5a"
PALE = "#e6ebf4"
KADER = "#dfe6f2"


def page(body, fam, size="9.2pt", margins="22mm 20mm 22mm 20mm"):
    css = (f"@page {{ size: 210mm 297mm; margin: {margins}; }}\n"
           f"body {{ font-family: '{fam}'; font-size: {size}; }}\n"
           f"p {{ margin-top: 0; margin-bottom: 5pt; text-align: justify; }}\n"
           f"h1 {{ font-family: 'B65NL Sans'; font-size: 13.5pt; margin-top: 0; margin-bottom: 4pt; color: {NAVY}; }}\n"
           f"h2 {{ font-family: 'B65NL Sans'; font-size: 10.6pt; margin-top: 9pt; margin-bottom: 3pt; "
           f"color: {NAVY}; }}\n"
           f"h3 {{ font-family: 'B65NL Sans'; font-size: 9.4pt; margin-top: 6pt; margin-bottom: 2pt; }}\n"
           f".s {{ font-size: 8.0pt; margin-bottom: 0; text-align: left; }}\n"
           f".k {{ font-size: 7.8pt; color: #555555; }}\n"
           f".q {{ margin-left: 9mm; margin-right: 9mm; font-style: italic; }}\n")
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + css + "</style></head><body>" + body
            + "</body></html>")


def cell(t, w=None, bg=None, b=False):
    wa = f" width='{w}'" if w else ""
    ba = f" bgcolor='{bg}'" if bg else ""
    t = f"<b>{t}</b>" if b else t
    return f"<td{wa}{ba} valign='top'><p class='s'>{t}</p></td>"


def kader(n, text):
    return (f"<table width='100%' cellpadding='7' cellspacing='0' border='0'><tr><td bgcolor='{KADER}'>"
            f"<p class='s'><font color='{NAVY}'><b>Aanbeveling {n}</b></font></p>"
            f"<p style='margin-bottom:0; text-align:left'>{text}</p></td></tr></table><p class='s'> </p>")


def advice():
    b = [f"<table width='100%' cellpadding='7' cellspacing='0' border='0'><tr><td bgcolor='{NAVY}'>"
         "<p class='s'><font color='#ffffff'><b>CONTROLEORGAAN OP DE POLITIONELE INFORMATIE</b><br/>"
         "Toezichthoudende autoriteit voor de politionele informatie</font></p></td>"
         f"<td bgcolor='{NAVY}' width='28%'><p class='s' align='right'><font color='#ffffff'><b>CONTROLEVERSLAG</b>"
         "<br/>DIO25012</font></p></td></tr></table><p class='s'> </p>",
         "<h1>Controle van de verwerking van camerabeelden en ANPR-gegevens door de politiezone Leiedal-Noord "
         "(PZ 5463)</h1>",
         "<table width='100%' cellpadding='3' cellspacing='0' border='0'>"
         "<tr>" + cell("Referentie", "22%", PALE, True) + cell("DIO25012", None, PALE)
         + "</tr><tr>" + cell("Datum", None, PALE, True) + cell("27 januari 2026", None, PALE)
         + "</tr><tr>" + cell("Gericht aan", None, PALE, True)
         + cell("de korpschef van de politiezone Leiedal-Noord", None, PALE)
         + "</tr><tr>" + cell("Afschrift", None, PALE, True)
         + cell("de voorzitter van het politiecollege; de procureur des Konings West-Vlaanderen", None, PALE)
         + "</tr></table>",
         "<h2>1. Context en werkwijze</h2>",
         "<h3>1.1 Wettelijk kader</h3>",
         "<p>Het COC houdt toezicht op de verwerking van persoonsgegevens door de politiediensten op grond van "
         "titel 7 van de wet van 30 juli 2018 betreffende de bescherming van natuurlijke personen met betrekking "
         "tot de verwerking van persoonsgegevens (WGB). Elke verwerking van camerabeelden en ANPR-gegevens moet "
         "worden opgenomen in het register van de verwerkingsactiviteiten van de zone. Gegevens van ANPR-camera's "
         "mogen volgens de wet op het politieambt ten hoogste twaalf maanden worden bewaard.</p>",
         "<h3>1.2 Werkwijze</h3>",
         "<p>Het COC kondigde de controle aan bij brief van 2 september 2025. Op 14 en 15 oktober 2025 bezochten "
         "twee leden van de dienst onderzoeken de zone. Zij spraken met de korpschef, de diensthoofden "
         "interventie, recherche en informatiebeheer en met de functionaris voor gegevensbescherming, en zij "
         "raadpleegden de logbestanden van het cameraplatform over de periode van 1 april tot 30 september 2025. "
         "De zone kreeg op 8 december 2025 de gelegenheid om op het ontwerpverslag te reageren; haar opmerkingen "
         "zijn in dit verslag verwerkt.</p>",
         "<h2>2. Vaststellingen</h2>",
         "<h3>2.1 Camerapark</h3>",
         "<p>De zone beheert vier soorten camera's. Tabel 1 geeft per soort het aantal, de ingestelde "
         "bewaartermijn en de vermelding in het register.</p>",
         "<table width='100%' cellpadding='3' cellspacing='0' border='1'>"
         "<tr>" + cell("Soort camera", "34%", PALE, True) + cell("Aantal", "12%", PALE, True)
         + cell("Ingestelde bewaartermijn", "27%", PALE, True) + cell("Opgenomen in register", "27%", PALE, True)
         + "</tr><tr>" + cell("Vaste camera's Marktplein") + cell("14") + cell("60 dagen") + cell("ja")
         + "</tr><tr>" + cell("Vaste ANPR-camera's") + cell("22") + cell("12 maanden") + cell("ja")
         + "</tr><tr>" + cell("Mobiele ANPR-camera's") + cell("5") + cell("12 maanden") + cell("neen")
         + "</tr><tr>" + cell("Bodycams") + cell("38") + cell("30 dagen") + cell("neen")
         + "</tr></table>",
         "<p class='k'>Tabel 1. Camerapark van de politiezone op 15 oktober 2025</p>",
         "<h3>2.2 Toegang tot de ANPR-gegevens</h3>",
         "<p>Op het ogenblik van de controle hadden 61 medewerkers toegang tot de ANPR-databank, onder wie "
         "administratieve medewerkers en leden van de verkeersdienst die de gegevens niet voor hun opdracht "
         "nodig hebben. In zijn vorig verslag (DIO19007) beval het COC de zone aan 'de toegangsrechten tot de "
         "ANPR-databank jaarlijks te herzien'. De zone heeft dat sindsdien elk jaar gedaan, maar de herziening "
         "beperkt zich tot het schrappen van vertrokken personeelsleden.</p>",
         kader(1, "Het COC beveelt de korpschef aan de toegang tot de ANPR-gegevens te beperken tot de "
                  "medewerkers die ze voor hun opdracht nodig hebben en de lijst van gemachtigden elk kwartaal "
                  "te herzien."),
         "<h3>2.3 Logging</h3>",
         "<p>Het cameraplatform registreert wie beelden bekijkt en wanneer, maar niet waarom. Bij 212 van de 530 "
         "onderzochte raadplegingen kon de zone achteraf niet aantonen in het kader van welk dossier de beelden "
         "werden bekeken. Een logbestand zou een controle achteraf mogelijk moeten maken; dat is nu niet het "
         "geval.</p>",
         kader(2, "De zone dient bij elke raadpleging van camerabeelden de reden en het notitie- of "
                  "dossiernummer vast te leggen in het logbestand."),
         "<h3>2.4 Register van de verwerkingsactiviteiten</h3>",
         "<p>Het register vermeldt de vaste camera's, maar niet de vijf mobiele ANPR-camera's die sinds begin "
         "2025 bij controleacties worden ingezet, en evenmin de bodycams (tabel 1).</p>",
         kader(3, "Het COC vraagt de zone het register van de verwerkingsactiviteiten aan te vullen met de vijf "
                  "mobiele ANPR-camera's en de bodycams."),
         "<h3>2.5 Functionaris voor gegevensbescherming</h3>",
         "<p>De functionaris voor gegevensbescherming van de zone is tegelijk hoofd van de dienst "
         "informatiebeheer, die zelf de meeste verwerkingen uitvoert. De WGB vereist dat de functionaris zijn "
         "taken onafhankelijk kan uitoefenen en niet over zijn eigen verwerkingen oordeelt.</p>",
         kader(4, "Het COC beveelt aan een functionaris voor gegevensbescherming aan te stellen die niet "
                  "tegelijk de dienst informatiebeheer van de zone leidt."),
         "<h3>2.6 Bewaartermijn op het Marktplein</h3>",
         "<p>De beelden van de vaste camera's op het Marktplein worden zestig dagen bewaard. De zone kon niet "
         "aantonen waarom deze termijn nodig is; in de onderzochte periode werden slechts vier keer beelden "
         "opgevraagd die ouder waren dan dertig dagen.</p>",
         kader(5, "Het COC beveelt aan de beelden van de vaste camera's op het Marktplein na dertig dagen "
                  "automatisch te wissen, tenzij ze voor een lopend onderzoek nodig zijn."),
         "<h3>2.7 Kennis van de regels</h3>",
         "<p>Van de 23 bevraagde medewerkers konden er negen de geldende bewaartermijnen niet noemen. Een "
         "opleiding over het cameragebruik werd voor het laatst in 2021 gegeven.</p>",
         kader(6, "Het is aangewezen dat de zone alle medewerkers met toegang tot camerabeelden jaarlijks "
                  "opleidt over de toegangs- en bewaarregels."),
         "<h2>3. Slotbeschouwing</h2>",
         "<p>De zone zet camera's en ANPR op een doordachte manier in en werkte tijdens de controle volledig "
         "mee. Samengevat vraagt het COC vooral aandacht voor de toegang, de logging en de bewaartermijnen. Het "
         "gebruik van ANPR-camera's wordt op het niveau van de zone nog niet geëvalueerd, hoewel de gemeenten er "
         "sinds 2022 fors in hebben geïnvesteerd.</p>",
         kader(7, "Het COC raadt de politieraad aan in het zonaal veiligheidsplan op te nemen hoe en wanneer het "
                  "gebruik van de ANPR-camera's wordt geëvalueerd."),
         "<p>Het COC verzoekt de korpschef binnen drie maanden na ontvangst van dit verslag een actieplan te "
         "bezorgen. Het COC kan een opvolgingscontrole uitvoeren.</p>",
         "<p>Voor het Controleorgaan,</p>",
         "<table width='100%' cellpadding='0' cellspacing='0' border='0'><tr><td width='50%'><p>Els Vanhaverbeke"
         "<br/>lid-raadsheer</p></td><td><p>Pieter-Jan Goossens<br/>voorzitter</p></td></tr></table>"]
    B.soffice_pdf(page("".join(b), "B65NL Sans"), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "COC  |  Controleverslag DIO25012  |  PZ Leiedal-Noord", "{n}/{m}",
            SANS["Regular"])


def response():
    b = ["<table width='100%' cellpadding='0' cellspacing='0' border='0'><tr><td width='60%'>"
         f"<p class='s'><font color='{NAVY}'><b>POLITIEZONE LEIEDAL-NOORD</b></font><br/>"
         "Wevelheide - Ooigem-Leie - Sint-Baafs-Heule<br/>Korpschef</p></td>"
         "<td><p class='s'>Stationsstraat 41<br/>8570 Wevelheide<br/>korpschef@pzleiedalnoord.be</p></td>"
         "</tr></table><p class='s'> </p>",
         "<p style='text-align:left'>Controleorgaan op de politionele informatie<br/>Leuvenseweg 48<br/>1000 Brussel</p>",
         "<table width='100%' cellpadding='2' cellspacing='0' border='0'><tr>"
         + cell("<b>uw kenmerk</b><br/>DIO25012") + cell("<b>ons kenmerk</b><br/>KC/2026/0147")
         + cell("<b>datum</b><br/>23 april 2026") + cell("<b>bijlagen</b><br/>1") + "</tr></table>",
         "<p class='s'> </p>",
         "<p><b>Betreft: actieplan naar aanleiding van uw controleverslag DIO25012</b></p>",
         "<p>Geachte heer Voorzitter,</p>",
         "<p>Wij ontvingen uw controleverslag over de verwerking van camerabeelden en ANPR-gegevens op 29 januari "
         "2026. Het verslag werd besproken op het politiecollege van 3 maart en op de politieraad van 19 maart "
         "2026. Zoals gevraagd bezorg ik u hieronder het actieplan van de zone. Het actieplan werd opgesteld door "
         "een werkgroep onder leiding van de directeur operaties.</p>",
         "<p>Los van uw verslag heeft de zone in februari een nieuw camerareglement opgesteld, dat door de drie "
         "gemeenteraden werd goedgekeurd en op de website van de zone is gepubliceerd.</p>",
         "<h2>Actieplan</h2>",
         "<table width='100%' cellpadding='3' cellspacing='0' border='1'>"
         "<tr>" + cell("Nr.", "7%", PALE, True) + cell("Aanbeveling COC (kort)", "18%", PALE, True)
         + cell("Standpunt zone", "14%", PALE, True) + cell("Actie", "37%", PALE, True)
         + cell("Trekker", "12%", PALE, True) + cell("Timing", "12%", PALE, True) + "</tr>"
         "<tr>" + cell("2", b=True) + cell("Reden van raadpleging loggen") + cell("Akkoord")
         + cell("In de beeldviewer wordt een verplicht veld voor reden en dossiernummer toegevoegd; zonder "
                "invulling opent de viewer niet. Maandelijkse steekproef door de dienst informatiebeheer.")
         + cell("Dienst ICT") + cell("1 mei 2026") + "</tr>"
         "<tr>" + cell("1 en 6", b=True) + cell("Toegang tot ANPR-gegevens; opleiding")
         + cell("1: gedeeltelijk akkoord<br/>6: akkoord")
         + cell("De toegang is beperkt van 61 tot 24 gebruikers. De lijst wordt halfjaarlijks herzien en niet "
                "elk kwartaal: voor een kleine dienst is dat een te zware belasting. Alle gebruikers volgen "
                "vanaf dit jaar een jaarlijkse opleiding; de eerste sessie vindt plaats in juni.")
         + cell("Directeur operaties") + cell("juni 2026") + "</tr>"
         "<tr>" + cell("5", b=True) + cell("Bewaartermijn Marktplein") + cell("Niet akkoord")
         + cell("De zone behoudt de termijn van zestig dagen. Klachten over feiten op het Marktplein komen vaak "
                "pas na vier tot zes weken binnen, zeker na de jaarmarkt en de kermis.")
         + cell("-") + cell("-") + "</tr>"
         "<tr>" + cell("7", b=True) + cell("Evaluatie van ANPR in het zonaal veiligheidsplan")
         + cell("Kennisname")
         + cell("Deze aanbeveling is gericht aan de politieraad. De raad heeft ze op 19 maart besproken en "
                "doorverwezen naar de voorbereiding van het volgende zonaal veiligheidsplan.")
         + cell("Politieraad") + cell("-") + "</tr>"
         "<tr>" + cell("3", b=True) + cell("Register aanvullen") + cell("Akkoord")
         + cell("Het register is op 12 februari 2026 aangevuld met de mobiele ANPR-camera's en de bodycams; een "
                "kopie gaat als bijlage mee.")
         + cell("DPO") + cell("uitgevoerd") + "</tr>"
         "<tr>" + cell("DIO19007", b=True) + cell("Jaarlijkse herziening toegangsrechten (vorig verslag)")
         + cell("Uitgevoerd")
         + cell("De herziening over 2025 werd in december afgerond en voortaan gekoppeld aan de halfjaarlijkse "
                "herziening hierboven.")
         + cell("Dienst informatiebeheer") + cell("doorlopend") + "</tr>"
         "</table>",
         "<p class='s'> </p>",
         "<p>Voor bijkomende inlichtingen kunt u terecht bij hoofdcommissaris Bart Vercruysse, directeur "
         "operaties. Wij houden u op de hoogte van de uitvoering van dit plan.</p>",
         "<p>Met de meeste hoogachting,</p>",
         "<p>Hoofdcommissaris Sofie Lambrecht<br/>Korpschef</p>",
         "<p class='k'>Bijlage: uittreksel uit het register van de verwerkingsactiviteiten (versie 12 februari "
         "2026)</p>"]
    B.soffice_pdf(page("".join(b), "B65NL Serif", "9.2pt", "20mm 20mm 22mm 20mm"), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "PZ Leiedal-Noord  |  KC/2026/0147", "pagina {n} van {m}", SANS["Regular"])


def expected():
    B.write_expected(NAME, [
        (1, "Het COC beveelt de korpschef aan de toegang tot de ANPR-gegevens",
         "De lijst wordt halfjaarlijks herzien en niet elk kwartaal", "partly"),
        (2, "De zone dient bij elke raadpleging van camerabeelden de reden",
         "verplicht veld voor reden en dossiernummer toegevoegd", "agrees"),
        (3, "Het COC vraagt de zone het register van de verwerkingsactiviteiten aan",
         "Het register is op 12 februari 2026 aangevuld", "agrees"),
        (4, "Het COC beveelt aan een functionaris voor gegevensbescherming aan te stellen", None, "unanswered"),
        (5, "Het COC beveelt aan de beelden van de vaste camera's op",
         "De zone behoudt de termijn van zestig dagen", "disagrees"),
        (6, "Het is aangewezen dat de zone alle medewerkers met toegang",
         "Alle gebruikers volgen vanaf dit jaar een jaarlijkse opleiding", "agrees"),
        (7, "Het COC raadt de politieraad aan in het zonaal veiligheidsplan",
         "doorverwezen naar de voorbereiding van het volgende zonaal veiligheidsplan", "noted"),
    ], [
        "Zoals gevraagd bezorg ik u hieronder het actieplan",
        "heeft de zone in februari een nieuw camerareglement opgesteld",
        "De herziening over 2025 werd in december afgerond",
        "Voor bijkomende inlichtingen kunt u terecht bij hoofdcommissaris",
    ], "CONTROLEVERSLAG of the Belgian CONTROLEORGAAN OP DE POLITIONELE INFORMATIE (COC) on a local police zone's "
       "cameras and ANPR, answered by the KORPSCHEF's letter with the zone's ACTIEPLAN as a table. The WGB of 30 "
       "July 2018 and the wet op het politieambt are real; the zone, municipalities, people, figures, references "
       "and the quoted 2019 recommendation are invented. The seven recommendations stand in SHADED KADERS headed "
       "'Aanbeveling 1'-'Aanbeveling 7', each after the findings it follows from (1-6 in chapter 2, 7 in the "
       "Slotbeschouwing, addressed to the politieraad); forms: 'Het COC beveelt (de korpschef) aan', 'De zone "
       "dient', 'Het COC vraagt de zone', 'Het is aangewezen dat', 'Het COC raadt de politieraad aan'. Not "
       "recommendations: the legal duties ('moet worden opgenomen in het register', 'mogen ... ten hoogste twaalf "
       "maanden worden bewaard'), Tabel 1, the 2019 recommendation quoted ('de toegangsrechten ... jaarlijks te "
       "herzien') and reported as followed, 'zou een controle achteraf mogelijk moeten maken', the WGB's "
       "independence requirement for the DPO, the summary 'Samengevat vraagt het COC vooral aandacht voor', the "
       "procedural request for an action plan within three months. Response: letter, then a ruled table Nr. / "
       "Aanbeveling COC (kort) / Standpunt zone / Actie / Trekker / Timing, rows in another order: 2 agrees "
       "('Akkoord'); ONE row '1 en 6': 1 partly ('gedeeltelijk akkoord', half-yearly instead of quarterly) + 6 "
       "agrees; 5 disagrees ('Niet akkoord', keeps sixty days); 7 noted ('Kennisname', the politieraad referred it "
       "to the next plan); 3 agrees (done); row DIO19007 (the previous report's recommendation) answers nothing; 4 "
       "(independent DPO) UNANSWERED. The introduction, the new camera regulation and the closing answer nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)
