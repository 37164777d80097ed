"""Round 61 (nl): an ADVIES of BRUPARTNERS (the economic and social council of the Brussels-Capital Region) on a draft
ordinance creating a retraining fund for shortage occupations, answered by the MEMORIE VAN TOELICHTING of the
ordinance bill as tabled in the Brussels Parliament, whose part 'Adviezen' discusses the council's points.

Advice: Brupartners title block (advice number, requester, dates), 'Inleiding' (the duty to consult: 'moet ...
raadplegen'; the draft summarised), a ruled table of shortage occupations, 'Advies' with 'I. Algemene
beschouwingen' and 'II. Artikelsgewijze beschouwingen' (run-in 'Artikel 3', 'Artikel 5', ...); the seven
recommendations are UNNUMBERED plain sentences INSIDE paragraphs, opened by 'Brupartners vraagt / dringt erop aan /
pleit ervoor / beveelt aan' (numbers 1-7 in document order). Traps: the council's own earlier advice quoted ('De lijst
... moet jaarlijks ... worden besproken'), 'Brupartners is verheugd', 'stelt vast', 'neemt er akte van', the quoted
draft article 5 ('moet ... voltooien'), a DIVERGENT view of the employers' and the workers' organisations ('zou ...
moeten gelden'), 'Artikel 8: geen opmerkingen'.
Response: parliamentary document A-412/1 (ONTWERP VAN ORDONNANTIE, MEMORIE VAN TOELICHTING): I. Algemene toelichting
(answers nothing), II. Adviezen, 1. Advies van Brupartners with paragraphs in the order 4, 2+3 (one paragraph: 2
partly, 3 agrees), 7 (noted), 1 (disagrees), 5 (disagrees); 2. Advies van de Raad van State (answers nothing); III.
Commentaar bij de artikelen, where 'Artikel 7' describes the employer premium without answering 6 (unanswered).
Engine: LibreOffice Writer headless from HTML (ligature-free DejaVu copies 'B61NL Sans/Serif'), running head and
page numbers stamped with PyMuPDF.

Run: /tmp/blind61nl/bin/python tests/docs/src/blind61/gen_nl_brupartners_libreoffice.py   (needs soffice)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b61nl as B  # noqa: E402

NAME = "blind61_nl_brupartners"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B61NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})
ORANGE = "#e2631d"
PALE = "#fbe9de"


def page(body, fam, size="9.2pt", margins="22mm 22mm 22mm 22mm", hcol=ORANGE):
    css = (f"@page {{ size: 210mm 297mm; margin: {margins}; }}\n"
           f"body {{ font-family: '{fam}'; font-size: {size}; }}\n"
           f"p {{ margin-top: 0; margin-bottom: 4pt; text-align: justify; }}\n"
           f"h1 {{ font-family: 'B61NL Sans'; font-size: 14pt; margin-top: 0; margin-bottom: 3pt; color: {hcol}; }}\n"
           f"h2 {{ font-family: 'B61NL Sans'; font-size: 10.6pt; margin-top: 9pt; margin-bottom: 3pt; "
           f"color: {hcol}; }}\n"
           f"h3 {{ font-family: 'B61NL Sans'; font-size: 9.4pt; margin-top: 6pt; margin-bottom: 2pt; }}\n"
           f".s {{ font-size: 8.2pt; }}\n.k {{ font-size: 7.8pt; color: #555555; }}\n"
           f".q {{ margin-left: 10mm; margin-right: 8mm; font-style: italic; }}\n"
           f".c {{ text-align: center; }}\n")
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + css + "</style></head><body>" + body
            + "</body></html>")


def advice():
    b = [f"<table width='100%' cellpadding='5' cellspacing='0' border='0'><tr><td bgcolor='{ORANGE}'>"
         "<p class='s'><font color='#ffffff'><b>BRUPARTNERS</b>  |  Economische en Sociale Raad voor het Brussels "
         "Hoofdstedelijk Gewest</font></p></td></tr></table><p> </p>",
         "<h1>ADVIES</h1>",
         "<p align='left'><b>Voorontwerp van ordonnantie tot oprichting van een Brussels Omscholingsfonds voor "
         "knelpuntberoepen</b></p>",
         f"<table width='100%' cellpadding='2' cellspacing='0' border='0'>"
         f"<tr><td width='30%' bgcolor='{PALE}'><p class='s'><b>Aanvrager</b></p></td><td width='70%'><p class='s'>"
         "de Brusselse minister van Werk en Beroepsopleiding</p></td></tr>"
         f"<tr><td bgcolor='{PALE}'><p class='s'><b>Aanvraag ontvangen op</b></p></td><td><p class='s'>12 januari "
         "2026</p></td></tr>"
         f"<tr><td bgcolor='{PALE}'><p class='s'><b>Behandeld door</b></p></td><td><p class='s'>commissie Werk en "
         "Opleiding</p></td></tr>"
         f"<tr><td bgcolor='{PALE}'><p class='s'><b>Advies uitgebracht door</b></p></td><td><p class='s'>de Raad "
         "van Brupartners op 19 februari 2026</p></td></tr>"
         f"<tr><td bgcolor='{PALE}'><p class='s'><b>Referentie</b></p></td><td><p class='s'>A-2026-011-BRUPARTNERS"
         "</p></td></tr></table><p> </p>",
         "<h2>Inleiding</h2>",
         "<p>Op grond van de ordonnantie van 8 september 1994 houdende oprichting van de Economische en Sociale "
         "Raad voor het Brussels Hoofdstedelijk Gewest moet de regering Brupartners raadplegen over elk ontwerp "
         "van ordonnantie dat het economisch beleid of het werkgelegenheidsbeleid aanbelangt.</p>",
         "<p>Het voorontwerp richt bij Actiris een fonds op dat werkzoekenden tijdens een opleiding voor een "
         "knelpuntberoep een omscholingspremie van 350 euro per maand toekent, en dat werkgevers een premie "
         "geeft wanneer zij na de opleiding een begunstigde aanwerven. Het jaarlijkse budget bedraagt 18 miljoen "
         "euro. De regering stelt de lijst van de beroepen vast waarvoor de premie geldt. De tabel geeft de "
         "beroepen met de meeste openstaande vacatures in 2025.</p>",
         "<table width='90%' cellpadding='3' cellspacing='0' border='1'>"
         f"<tr><td bgcolor='{PALE}'><p class='s'><b>Knelpuntberoep</b></p></td><td bgcolor='{PALE}'>"
         "<p class='s'><b>Openstaande vacatures 2025</b></p></td><td bgcolor='{PALE}'><p class='s'><b>Gemiddelde "
         "invullingsduur (dagen)</b></p></td></tr>".replace("{PALE}", PALE),
         "<tr><td><p class='s'>Verpleegkundige</p></td><td><p class='s'>1.940</p></td><td><p class='s'>112</p>"
         "</td></tr>",
         "<tr><td><p class='s'>Elektrotechnicus</p></td><td><p class='s'>860</p></td><td><p class='s'>97</p></td>"
         "</tr>",
         "<tr><td><p class='s'>Boekhouder</p></td><td><p class='s'>720</p></td><td><p class='s'>81</p></td></tr>",
         "<tr><td><p class='s'>Buschauffeur</p></td><td><p class='s'>410</p></td><td><p class='s'>75</p></td></tr>"
         "</table>",
         "<p class='k'>Bron: view.brussels, analyse van de knelpuntberoepen 2025.</p>",
         "<h2>Advies</h2>",
         "<h3>I. Algemene beschouwingen</h3>",
         "<p>Brupartners is verheugd over een instrument dat werkzoekenden aanzet tot een opleiding in een "
         "beroep met goede kansen op werk. Het stelt vast dat de premie een antwoord kan bieden op het "
         "inkomensverlies dat veel werkzoekenden van een lange opleiding weerhoudt.</p>",
         "<p>In zijn advies van 20 april 2023 over het Brussels plan voor werkgelegenheid schreef Brupartners al: "
         "</p>",
         "<p class='q'>'De lijst van de knelpuntberoepen moet jaarlijks met de sociale partners worden "
         "besproken.'</p>",
         "<p>Het voorontwerp gaat een stap verder, maar laat de vaststelling van de lijst aan de regering. De "
         "sociale partners zitten in het beheerscomité van Actiris en kennen de noden van de sectoren het best. "
         "Brupartners vraagt dat het beheerscomité van Actiris, en niet de regering, jaarlijks de lijst vastlegt "
         "van de beroepen die recht geven op de premie.</p>",
         "<p>Brupartners neemt er akte van dat het budget voor 2027 is ingeschreven. Een opleiding voor een "
         "knelpuntberoep duurt echter vaak meer dan een jaar, en werkzoekenden en opleidingscentra hebben "
         "zekerheid nodig. Brupartners dringt erop aan het budget van het fonds voor ten minste vijf jaar vast te "
         "leggen in een meerjarenplan. Daarnaast pleit Brupartners ervoor het fonds na drie jaar door een "
         "onafhankelijke instantie te laten evalueren, met aandacht voor de duurzaamheid van de "
         "tewerkstelling.</p>",
         "<h3>II. Artikelsgewijze beschouwingen</h3>",
         "<p><b>Artikel 3.</b> Het artikel beperkt de premie tot werkzoekenden die bij Actiris zijn ingeschreven. "
         "Werkzoekenden die een leefloon ontvangen, zijn niet altijd bij Actiris ingeschreven. Brupartners vraagt "
         "ook de werkzoekenden die bij een OCMW zijn ingeschreven uitdrukkelijk als begunstigden op te "
         "nemen.</p>",
         "<p><b>Artikel 5.</b> Het artikel luidt: 'De werkzoekende moet de opleiding binnen achttien maanden "
         "voltooien.' Voor wie een opleiding met een deeltijdse baan combineert, is die termijn kort. Brupartners "
         "beveelt aan de termijn te verlengen tot vierentwintig maanden voor wie de opleiding combineert met een "
         "deeltijdse betrekking.</p>",
         "<p><b>Artikel 7.</b> De werkgeverspremie bedraagt 2.000 euro per aanwerving. De werkgeversorganisaties "
         "zijn van mening dat de premie ook zou moeten gelden voor een aanwerving met een uitzendovereenkomst; de "
         "werknemersorganisaties delen dat standpunt niet. Brupartners vraagt de werkgeverspremie te koppelen aan "
         "een arbeidsovereenkomst van onbepaalde duur van ten minste halftijds.</p>",
         "<p><b>Artikel 8.</b> Brupartners heeft geen opmerkingen bij dit artikel.</p>",
         "<p><b>Artikel 9.</b> Het artikel staat Actiris toe gegevens over de begunstigden uit te wisselen met de "
         "andere gewestelijke diensten voor arbeidsbemiddeling. Een overeenkomst tussen de diensten biedt daarvoor "
         "weinig rechtszekerheid. Brupartners vraagt de gegevensuitwisseling met de VDAB en Le Forem in een "
         "samenwerkingsakkoord te regelen.</p>",
         "<p> </p><p class='s'>Brussel, 19 februari 2026<br/>Voor de Raad van Brupartners,<br/>de voorzitter, "
         "Annelies Goossens</p>"]
    B.soffice_pdf(page("".join(b), "B61NL Sans"), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Brupartners  |  A-2026-011-BRUPARTNERS  |  Omscholingsfonds knelpuntberoepen",
            "{n}/{m}", SANS["Regular"])


def response():
    b = ["<p class='c'><b>BRUSSELS HOOFDSTEDELIJK PARLEMENT</b></p>",
         "<table width='100%' cellpadding='2' cellspacing='0' border='0'><tr>"
         "<td width='50%'><p class='s'>GEWONE ZITTING 2025-2026</p></td>"
         "<td width='50%'><p class='s' align='right'>24 APRIL 2026</p></td></tr></table>",
         "<p class='c'><b>A-412/1 - 2025/2026</b></p>",
         "<hr/>",
         "<p class='c'><b>ONTWERP VAN ORDONNANTIE</b></p>",
         "<p class='c'><b>tot oprichting van een Brussels Omscholingsfonds voor knelpuntberoepen</b></p>",
         "<hr/>",
         "<p class='c'><b>Memorie van toelichting</b></p>",
         "<h3>I. Algemene toelichting</h3>",
         "<p>In het Brussels Hoofdstedelijk Gewest blijven duizenden vacatures lang openstaan, terwijl het "
         "werkloosheidspercentage bij de hoogste van het land blijft. Dit ontwerp wil werkzoekenden financieel "
         "ondersteunen wanneer zij een opleiding volgen voor een beroep waarin werkgevers moeilijk personeel "
         "vinden. Het kadert in de strategie Go4Brussels 2030.</p>",
         "<h3>II. Adviezen</h3>",
         "<p><b>1. Advies van Brupartners</b></p>",
         "<p>Brupartners bracht op 19 februari 2026 advies uit (A-2026-011-BRUPARTNERS). De regering dankt de "
         "sociale partners voor hun constructieve opmerkingen en heeft het ontwerp op meerdere punten "
         "aangepast.</p>",
         "<p>Artikel 3 werd in die zin aangevuld: wie een leefloon ontvangt en bij een OCMW als werkzoekende is "
         "ingeschreven, komt voortaan uitdrukkelijk in aanmerking voor de premie.</p>",
         "<p>Wat de financiering betreft, schrijft de regering het budget van het fonds in voor de periode 2027 "
         "tot 2029. Een vastlegging voor vijf jaar past niet in het meerjarige begrotingstraject van het Gewest; "
         "de regering zal het budget bij de evaluatie opnieuw bekijken. Die evaluatie komt er zoals gevraagd: "
         "het nieuwe artikel 12 bepaalt dat een externe instantie het fonds na drie jaar evalueert.</p>",
         "<p>De regering neemt akte van het voorstel om de uitwisseling van gegevens met de VDAB en Le Forem in "
         "een samenwerkingsakkoord op te nemen. Zij zal dit voorleggen aan het overleg tussen de drie "
         "gewestelijke diensten voor arbeidsbemiddeling.</p>",
         "<p>Het advies om de vaststelling van de lijst van knelpuntberoepen aan het beheerscomité van Actiris "
         "toe te vertrouwen, wordt niet gevolgd. De keuze van de beroepen heeft budgettaire gevolgen waarvoor de "
         "regering verantwoordelijk blijft. Zij stelt de lijst vast op basis van de jaarlijkse analyse van "
         "view.brussels.</p>",
         "<p>Ook de termijn van achttien maanden in artikel 5 blijft ongewijzigd. De meeste opleidingen duren "
         "minder dan een jaar, en artikel 5, paragraaf 2, staat al een verlenging toe bij ziekte of "
         "overmacht.</p>",
         "<p><b>2. Advies van de Raad van State</b></p>",
         "<p>De Raad van State, afdeling Wetgeving, bracht op 2 april 2026 advies 79.104/1 uit. Aan de "
         "opmerkingen van de Raad over de machtiging aan de regering in artikel 4 is tegemoetgekomen.</p>",
         "<h3>III. Commentaar bij de artikelen</h3>",
         "<p><b>Artikel 1.</b> Dit artikel regelt een aangelegenheid bedoeld in artikel 39 van de Grondwet.</p>",
         "<p><b>Artikel 2.</b> Dit artikel omschrijft de begrippen werkzoekende, knelpuntberoep en "
         "erkende opleiding.</p>",
         "<p><b>Artikel 7.</b> Dit artikel regelt de premie voor de werkgever die een begunstigde na de opleiding "
         "aanwerft. De premie wordt in twee schijven uitbetaald, de tweede na zes maanden tewerkstelling.</p>",
         "<p><b>Artikel 12.</b> Dit artikel voorziet in de evaluatie van het fonds.</p>",
         "<p> </p><p class='s'>De Minister van Werk en Beroepsopleiding,<br/><br/>Karim El Amrani</p>"]
    B.soffice_pdf(page("".join(b), "B61NL Serif", "9.3pt", "18mm 23mm 18mm 23mm", hcol="#003d7a"),
                  NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "A-412/1 - 2025/2026", "{n}", SERIF["Regular"])


def expected():
    B.write_expected(NAME, [
        (1, "Brupartners vraagt dat het beheerscomité van Actiris, en niet de regering,",
         "Actiris toe te vertrouwen, wordt niet gevolgd", "disagrees"),
        (2, "Brupartners dringt erop aan het budget van het fonds voor ten",
         "Een vastlegging voor vijf jaar past niet in het meerjarige begrotingstraject", "partly"),
        (3, "Daarnaast pleit Brupartners ervoor het fonds na drie jaar door een",
         "een externe instantie het fonds na drie jaar evalueert", "agrees"),
        (4, "Brupartners vraagt ook de werkzoekenden die bij een OCMW zijn ingeschreven",
         "komt voortaan uitdrukkelijk in aanmerking voor de premie", "agrees"),
        (5, "Brupartners beveelt aan de termijn te verlengen tot vierentwintig maanden voor",
         "Ook de termijn van achttien maanden in artikel 5 blijft ongewijzigd", "disagrees"),
        (6, "Brupartners vraagt de werkgeverspremie te koppelen aan een arbeidsovereenkomst van onbepaalde",
         None, "unanswered"),
        (7, "Brupartners vraagt de gegevensuitwisseling met de VDAB en Le Forem in",
         "De regering neemt akte van het voorstel", "noted"),
    ], ["Het kadert in de strategie Go4Brussels 2030",
        "De regering dankt de sociale partners voor hun constructieve opmerkingen",
        "Aan de opmerkingen van de Raad over de machtiging",
        "De premie wordt in twee schijven uitbetaald"],
        "ADVIES A-2026-011-BRUPARTNERS of BRUPARTNERS, the economic and social council of the Brussels-Capital Region, "
        "on a draft ordinance creating a retraining fund for shortage occupations (the fund, the figures, the people, "
        "the document numbers and the quoted 2023 advice are invented; the ordinance of 8 September 1994 and article "
        "39 of the Constitution are real, but what is said of them is not to be relied on). The seven "
        "recommendations are UNNUMBERED plain sentences inside paragraphs, in 'I. Algemene beschouwingen' (1-3) and "
        "'II. Artikelsgewijze beschouwingen' under run-in 'Artikel 3/5/7/9' (4-7), opened by 'Brupartners vraagt / "
        "dringt erop aan / pleit ervoor / beveelt aan' (numbers 1-7 in document order; 3 begins 'Daarnaast pleit "
        "Brupartners ervoor'). Not recommendations: the duty to consult ('moet ... raadplegen'), the table of "
        "shortage occupations, 'is verheugd', 'stelt vast', the quoted 2023 advice ('De lijst ... moet jaarlijks "
        "... worden besproken'), 'neemt er akte van', the quoted draft article 5 ('moet ... voltooien'), the "
        "divergent view of the employers' organisations ('zou ook moeten gelden'), 'Artikel 8: geen opmerkingen'. "
        "Response: MEMORIE VAN TOELICHTING of the ordinance bill A-412/1 in the Brussels Parliament, 'II. Adviezen' "
        "'1. Advies van Brupartners' in prose naming no numbers, order 4, 2+3, 7, 1, 5: 4 agrees (article 3 "
        "extended to OCMW-registered jobseekers); ONE paragraph on financing: 2 partly (budget for 2027-2029, not "
        "five years) + 3 agrees (external evaluation after three years, new article 12); 7 noted ('neemt akte van "
        "het voorstel', passed on to the consultation of the three employment services); 1 disagrees ('wordt niet "
        "gevolgd'); 5 disagrees (eighteen months unchanged). 6 (employer premium only for an open-ended contract of "
        "at least half-time) UNANSWERED, although 'III. Commentaar bij de artikelen' describes article 7 (the premium "
        "paid in two instalments) without a word on the contract type. 'I. Algemene toelichting', the thanks, "
        "'2. Advies van de Raad van State' and the article commentary answer nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)
