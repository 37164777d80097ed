"""Round 54 (nl): an (invented) ADVIES of the COMMISSIE REGIONAAL OVERLEG (CRO, art. 8.57 Wet luchtvaart) of the
regional airport Vennebroek on the concept-Hinderbeperkingsplan 2027-2031: letterhead, addressees (Gedeputeerde
Staten and the airport's directie), Datum/Kenmerk/Onderwerp table, NUMBERED PARAGRAPHS 1-14 (legal articles 8.43,
8.57 and 8.70 Wet luchtvaart with 'moet', figures on movements and complaints, a table of noise contours, the CRO's
2022 advice quoted as an imperative), with six recommendations in BOLD inside the paragraphs, labelled 'Advies 1'-
'Advies 6' (so the advice numbers differ from the paragraph numbers), and a closing table 'Overzicht van de
adviezen' listing only the subjects. Answered by the VERSLAG of a public INFORMATION EVENING in the village hall
(reported speech of the gedeputeerde and the airport director, 'Vragen uit de zaal'): another order, one paragraph of
the director answering 2 (agrees) and 3 (disagrees), isolation referred to the state secretary, the evaluation not
answered, and questions from the floor (parking, trauma helicopter) answering nothing. Engine: LibreOffice Writer
headless from HTML (sans advice, serif response; running header and page numbers stamped with PyMuPDF).
Answer key: README-nl.md.

Run: /tmp/blind54nl/bin/python tests/docs/src/blind54/gen_nl_cro_libreoffice.py   (needs soffice)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b54nl as B  # noqa: E402

NAME = "blind54_nl_cro"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B54NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def page(body, fam, size="9.5pt", align="justify", color="#1d4f91"):
    css = (f"@page {{ size: 210mm 297mm; margin: 24mm 22mm 22mm 25mm; }}\n"
           f"body {{ font-family: '{fam}'; font-size: {size}; }}\n"
           f"p {{ margin-top: 0; margin-bottom: 5pt; text-align: {align}; }}\n"
           f"p.n {{ margin-left: 9mm; text-indent: -9mm; }}\n"
           f"h2 {{ font-family: '{fam}'; font-size: 10.5pt; margin-top: 9pt; margin-bottom: 3pt; color: {color}; }}\n"
           f".s {{ font-size: 8pt; }}\n")
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + css + "</style></head><body>" + body
            + "</body></html>")


PARAS = []


def n(text):
    PARAS.append(text)
    return f"<p class='n'>{len(PARAS)}.&#9;{text}</p>"


def advice():
    PARAS.clear()
    b = ["<table width='100%' cellpadding='0' cellspacing='0'><tr>"
         "<td width='60%' valign='top'><p style='font-size:15pt; color:#1d4f91'><b>CRO Vennebroek</b></p>"
         "<p class='s'>Commissie Regionaal Overleg Luchthaven Vennebroek</p></td>"
         "<td width='40%' valign='top'><p class='s'><font color='#555555'>Secretariaat CRO<br>Postbus 1180<br>"
         "9400 BD Vennebroek<br>secretariaat@cro-vennebroek.nl</font></p></td></tr></table>",
         "<p> </p>",
         "<p style='text-align:left'>Aan Gedeputeerde Staten, t.a.v. de gedeputeerde Luchtvaart<br>"
         "en aan de directie van Luchthaven Vennebroek N.V.</p>",
         "<table width='100%' cellpadding='2' cellspacing='0'>"
         "<tr><td width='20%'><p class='s'><b>Datum</b></p></td><td><p class='s'>2 maart 2026</p></td></tr>"
         "<tr><td><p class='s'><b>Kenmerk</b></p></td><td><p class='s'>CRO-V 2026/03</p></td></tr>"
         "<tr><td><p class='s'><b>Onderwerp</b></p></td><td><p class='s'>Advies over het "
         "concept-Hinderbeperkingsplan 2027-2031</p></td></tr></table>",
         "<p> </p>",
         "<p>Geachte mevrouw Brouwer-Lanting, geachte heer Okkema,</p>",
         "<h2>Inleiding</h2>",
         n("Op 12 januari 2026 heeft de luchthaven de CRO het concept-Hinderbeperkingsplan 2027-2031 (hierna: het "
           "plan) voorgelegd. De CRO heeft het plan besproken in haar vergadering van 19 februari 2026, na een "
           "bijeenkomst met de bewonersdelegaties uit Oosterveen, Dalweg en Vennebroek-Zuid op 5 februari."),
         n("De CRO is ingesteld op grond van artikel 8.57 van de Wet luchtvaart. Zij moet de gelegenheid krijgen "
           "advies uit te brengen over aangelegenheden die de luchthaven en haar omgeving betreffen. In de CRO "
           "zijn de provincie, de gemeenten Vennebroek en Hooghalen, de luchthaven, de gebruikers en de "
           "omwonenden vertegenwoordigd. Dit advies is door alle geledingen gedragen, met uitzondering van "
           "advies 5, waarover de vertegenwoordiger van de gebruikers zich heeft onthouden."),
         "<h2>Het luchtverkeer en de hinder</h2>",
         n("In 2025 telde de luchthaven 36.840 vliegtuigbewegingen, waarvan 21.300 lesvluchten en oefenvluchten "
           "(touch-and-go). Het luchthavenbesluit van 2019, vastgesteld op grond van artikel 8.43 van de Wet "
           "luchtvaart, staat ten hoogste 42.000 bewegingen per jaar toe."),
         n("Het aantal klachten steeg van 1.870 in 2023 naar 4.112 in 2025, afkomstig van 389 verschillende "
           "melders. Ruim de helft van de klachten betrof oefenvluchten in het weekend; 22 procent betrof starts "
           "na 22.00 uur."),
         n("De geluidsbelasting rond de luchthaven is als volgt berekend:"),
         "<table width='80%' cellpadding='3' cellspacing='0' border='1'>"
         "<tr><td><p class='s'><b>Contour</b></p></td><td><p class='s'><b>Woningen 2019</b></p></td>"
         "<td><p class='s'><b>Woningen 2025</b></p></td></tr>"
         "<tr><td><p class='s'>56 dB(A) Lden</p></td><td><p class='s'>0</p></td><td><p class='s'>3</p></td></tr>"
         "<tr><td><p class='s'>48 dB(A) Lden</p></td><td><p class='s'>142</p></td><td><p class='s'>231</p></td>"
         "</tr><tr><td><p class='s'>40 dB(A) Lden</p></td><td><p class='s'>1.904</p></td><td><p class='s'>2.618"
         "</p></td></tr></table>",
         "<p> </p>",
         "<h2>Beoordeling van het plan</h2>",
         n("Het plan bevat goede maatregelen, zoals een voorkeursbaan bij westenwind en een hogere minimale "
           "vlieghoogte boven Oosterveen. Het plan moet echter ook de hinder van de oefenvluchten in het weekend "
           "aanpakken, en dat doet het nauwelijks: het beperkt alleen het aantal rondjes per vlucht."),
         n("Het weekend is voor omwonenden het moment van rust. De CRO vindt dat het plan daar een duidelijke "
           "grens moet trekken. <b>Advies 1: Sta op zondag geen oefenvluchten toe en beperk oefenvluchten op "
           "zaterdag tot 10.00-17.00 uur.</b>"),
         n("De luchthaven meet het geluid nu met één vast meetpunt aan de baankop en een mobiele meetpost. "
           "Omwonenden in Oosterveen en aan de Dalweg wonen onder de uitvliegroute en herkennen de berekende "
           "waarden niet. <b>Advies 2: Breid het geluidsmeetnet uit met twee vaste meetpunten, in Oosterveen en "
           "aan de Dalweg.</b>"),
         n("De luchthaven rapporteert eenmaal per jaar over de klachten. Melders horen daardoor pas na lange tijd "
           "wat er met hun klacht is gedaan. <b>Advies 3: Publiceer de klachtenrapportage voortaan elk kwartaal, "
           "uitgesplitst naar woonplaats en tijdstip.</b>"),
         n("Door de groei van het verkeer ligt het aantal woningen binnen de 48 dB(A) Lden-contour nu 63 procent "
           "hoger dan in 2019. Voor deze woningen bestaat geen isolatieregeling. In 2022 adviseerde de CRO "
           "al: 'Onderzoek de mogelijkheden voor een isolatieregeling samen met het Rijk.' Dat onderzoek is in 2024 "
           "afgerond, zonder vervolg. <b>Advies 4: Stel een regeling voor geluidsisolatie in voor de woningen "
           "binnen de 48 dB(A) Lden-contour.</b>"),
         n("Starts in de avond leiden tot de meeste klachten per vlucht. Het gaat vooral om oudere zakenjets. "
           "<b>Advies 5: Sta na 22.00 uur geen starts meer toe van toestellen uit de zwaarste geluidscategorie."
           "</b>"),
         n("Tot slot merkt de CRO op dat het plan vijf jaar beslaat, terwijl het verkeer snel verandert. "
           "<b>Advies 6: Evalueer het hinderbeperkingsplan na twee jaar samen met de CRO.</b>"),
         "<h2>Procedure</h2>",
         n("Het plan wordt volgens de planning door Gedeputeerde Staten vastgesteld in mei 2026. Artikel 8.70 van de "
           "Wet luchtvaart bepaalt dat het bevoegd gezag bij een wijziging van het luchthavenbesluit moet "
           "motiveren hoe met het advies van de CRO is omgegaan."),
         n("De CRO stelt het op prijs als u tijdens de informatiebijeenkomst voor omwonenden in mei toelicht wat u "
           "met dit advies doet."),
         "<h2>Overzicht van de adviezen</h2>",
         "<table width='100%' cellpadding='3' cellspacing='0' border='1'>"
         "<tr><td width='10%'><p class='s'><b>Nr.</b></p></td><td width='55%'><p class='s'><b>Onderwerp</b></p>"
         "</td><td><p class='s'><b>Gericht aan</b></p></td></tr>"
         "<tr><td><p class='s'>1</p></td><td><p class='s'>Oefenvluchten in het weekend</p></td>"
         "<td><p class='s'>GS en luchthaven</p></td></tr>"
         "<tr><td><p class='s'>2</p></td><td><p class='s'>Meetnet geluid</p></td><td><p class='s'>luchthaven</p>"
         "</td></tr>"
         "<tr><td><p class='s'>3</p></td><td><p class='s'>Klachtenrapportage</p></td><td><p class='s'>luchthaven</p>"
         "</td></tr>"
         "<tr><td><p class='s'>4</p></td><td><p class='s'>Isolatieregeling</p></td><td><p class='s'>GS</p></td></tr>"
         "<tr><td><p class='s'>5</p></td><td><p class='s'>Avondstarts</p></td><td><p class='s'>GS en luchthaven</p>"
         "</td></tr>"
         "<tr><td><p class='s'>6</p></td><td><p class='s'>Evaluatie</p></td><td><p class='s'>GS en luchthaven</p>"
         "</td></tr></table>",
         "<p> </p>",
         "<p style='text-align:left'>Met vriendelijke groet,<br>namens de Commissie Regionaal Overleg Luchthaven "
         "Vennebroek,</p>",
         "<p style='text-align:left'>mr. A.J. (Annelies) Wiersma-Kok, voorzitter</p>"]
    B.soffice_pdf(page("".join(b), "B54NL Sans", "9.3pt"), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "CRO Luchthaven Vennebroek  |  Advies concept-Hinderbeperkingsplan 2027-2031  |  "
            "CRO-V 2026/03", "{n} / {m}", SANS["Regular"], skip_first=True, margin=62)


def response():
    b = ["<p style='font-size:8pt; color:#555555; text-align:left'>Provincie en Luchthaven Vennebroek N.V.</p>",
         "<p style='font-size:15pt; text-align:left'><b>Verslag informatiebijeenkomst</b></p>",
         "<p style='font-size:11pt; text-align:left'>Hinderbeperkingsplan Luchthaven Vennebroek 2027-2031</p>",
         "<table width='100%' cellpadding='2' cellspacing='0'>"
         "<tr><td width='24%'><p class='s'><b>Datum</b></p></td><td><p class='s'>dinsdag 12 mei 2026, "
         "19.30-21.45 uur</p></td></tr>"
         "<tr><td><p class='s'><b>Locatie</b></p></td><td><p class='s'>Dorpshuis De Brink, Oosterveen</p></td></tr>"
         "<tr><td><p class='s'><b>Aanwezig</b></p></td><td><p class='s'>circa 140 bewoners; ir. W. "
         "Brouwer-Lanting (gedeputeerde Luchtvaart); drs. R. Okkema (directeur Luchthaven Vennebroek N.V.); "
         "mr. A.J. Wiersma-Kok (voorzitter CRO)</p></td></tr>"
         "<tr><td><p class='s'><b>Gespreksleiding</b></p></td><td><p class='s'>J. Tiemens</p></td></tr>"
         "<tr><td><p class='s'><b>Verslag</b></p></td><td><p class='s'>S. Mulder, Bureau Dorpsgesprek</p></td>"
         "</tr></table>",
         "<h2>1. Opening</h2>",
         "<p>De gespreksleider heet iedereen welkom. Gedeputeerde Staten hebben het hinderbeperkingsplan op 5 mei "
         "vastgesteld. Deze avond is bedoeld om toe te lichten wat er in het plan staat en wat er is gedaan met het "
         "advies van de Commissie Regionaal Overleg (CRO) van 2 maart. Daarna is er ruimte voor vragen. Het verslag "
         "wordt na twee weken op de websites van de provincie en de luchthaven geplaatst.</p>",
         "<h2>2. Toelichting door de gedeputeerde</h2>",
         "<p>Mevrouw Brouwer-Lanting bedankt de CRO voor het advies, dat volgens haar 'stevig maar redelijk' was. "
         "Zij licht twee onderwerpen toe waarover de provincie beslist.</p>",
         "<p>Over de oefenvluchten vertelt zij dat touch-and-go-vluchten op zondag vanaf 1 januari 2027 niet meer "
         "zijn toegestaan. Voor de zaterdag hebben Gedeputeerde Staten gekozen voor vliegtijden van 09.00 tot "
         "19.00 uur in plaats van de door de CRO gevraagde tijden: de vliegscholen kunnen anders hun opleidingen "
         "niet binnen de gestelde termijn afronden. Wel gaat het aantal oefenvluchten op zaterdag omlaag van 160 "
         "naar 120.</p>",
         "<p>Over geluidsisolatie zegt de gedeputeerde dat de provincie daarvoor geen wettelijke taak en geen "
         "budget heeft. Zij heeft het verzoek van de CRO voorgelegd aan de staatssecretaris van Infrastructuur en "
         "Waterstaat, die over het landelijke isolatiebeleid gaat, en wacht het antwoord af.</p>",
         "<h2>3. Toelichting door de luchthaven</h2>",
         "<p>De heer Okkema vertelt dat de luchthaven het meetnet dit najaar uitbreidt. In Oosterveen, bij de "
         "sporthal, en aan de Dalweg komen vaste meetpunten, waarvan de metingen live te volgen zijn via de "
         "website. Om de klachten elk kwartaal te publiceren, ziet de luchthaven geen reden: de jaarrapportage "
         "blijft de vorm, omdat kwartaalcijfers door het seizoen een vertekend beeld zouden geven.</p>",
         "<p>Verder heeft de luchthaven in de nieuwe tarieven en gebruiksregels vanaf 1 januari 2027 vastgelegd "
         "dat toestellen uit de zwaarste geluidscategorie na 22.00 uur niet meer mogen vertrekken. De "
         "zakenluchtvaart is daarover geïnformeerd.</p>",
         "<h2>4. Vragen uit de zaal</h2>",
         "<p><i>Een bewoner van de Dalweg vraagt of het parkeren van bezoekers in de berm tijdens de open dag van de "
         "luchthaven kan worden aangepakt.</i> De heer Okkema zegt toe dat de luchthaven dit jaar met de gemeente "
         "Vennebroek verkeersregelaars inzet en een extra parkeerterrein opent.</p>",
         "<p><i>Een bewoonster uit Oosterveen vraagt of de traumahelikopter ook onder de nieuwe regels valt.</i> "
         "De gedeputeerde antwoordt dat vluchten voor spoedeisende hulp buiten het plan vallen en altijd "
         "zijn toegestaan.</p>",
         "<p><i>Een bewoner uit Vennebroek-Zuid vraagt waarom de minimale vlieghoogte niet ook boven zijn wijk "
         "omhooggaat.</i> De heer Okkema legt uit dat de naderingsroute dat niet toelaat, maar dat de "
         "luchthaven het opneemt met de luchtverkeersleiding.</p>",
         "<h2>5. Afsluiting</h2>",
         "<p>Mevrouw Wiersma-Kok zegt namens de CRO dat de commissie tevreden is over een deel van de uitkomsten, "
         "maar teleurgesteld over de zaterdagen en de klachtenrapportage. De CRO bespreekt het plan opnieuw in "
         "haar vergadering van 18 juni. De gespreksleider sluit de bijeenkomst om 21.45 uur.</p>"]
    B.soffice_pdf(page("".join(b), "B54NL Serif", "9.6pt", "left", "#333333"), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Verslag informatiebijeenkomst Hinderbeperkingsplan  |  Oosterveen, 12 mei 2026",
            "Pagina {n} van {m}", SERIF["Regular"], skip_first=True, margin=62)


def expected():
    B.write_expected(NAME, [
        ("1", "Sta op zondag geen oefenvluchten toe en beperk oefenvluchten op",
         "hebben Gedeputeerde Staten gekozen voor vliegtijden van 09.00 tot", "partly"),
        ("2", "Breid het geluidsmeetnet uit met twee vaste meetpunten, in Oosterveen",
         "de luchthaven het meetnet dit najaar uitbreidt", "agrees"),
        ("3", "Publiceer de klachtenrapportage voortaan elk kwartaal, uitgesplitst naar woonplaats",
         "ziet de luchthaven geen reden", "disagrees"),
        ("4", "Stel een regeling voor geluidsisolatie in voor de woningen binnen",
         "heeft het verzoek van de CRO voorgelegd aan de staatssecretaris", "noted"),
        ("5", "Sta na 22.00 uur geen starts meer toe van toestellen",
         "in de nieuwe tarieven en gebruiksregels vanaf 1 januari 2027", "agrees"),
        ("6", "Evalueer het hinderbeperkingsplan na twee jaar samen met de CRO", None, "unanswered"),
    ], ["het parkeren van bezoekers in de berm tijdens de open dag"],
        "CRO Vennebroek advice CRO-V 2026/03 on the concept-Hinderbeperkingsplan 2027-2031. Numbered paragraphs 1-14; "
        "six recommendations in bold inside paragraphs 7-12, labelled 'Advies 1'-'Advies 6' (numbers are these "
        "labels, not the paragraph numbers). Not recommendations: art. 8.57/8.43/8.70 Wet luchtvaart ('moet'), the "
        "figures on movements and complaints, the contour table, the 'moet' sentences of paragraphs 6-7, the quoted "
        "2022 CRO advice ('Onderzoek de mogelijkheden ...'), the request to explain at the information evening, and "
        "the closing 'Overzicht van de adviezen' table (subjects only). Response: verslag of the information "
        "evening of 12 May 2026 (reported speech). Gedeputeerde: 1 partly (no touch-and-go on Sundays, but "
        "Saturday 09.00-19.00 instead of 10.00-17.00), 4 noted (no task or budget; passed to the state secretary, "
        "awaiting answer). Director, one paragraph: 2 agrees (fixed measuring points in Oosterveen and at the "
        "Dalweg) + 3 disagrees (complaint report stays yearly); next paragraph 5 agrees (rules from 1 January "
        "2027). 6 (evaluation after two years) UNANSWERED. 'Vragen uit de zaal' (parking during the open day, "
        "trauma helicopter, flight height over Vennebroek-Zuid), the opening and the closing answer nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()
