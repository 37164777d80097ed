"""Round 53 (nl): an (invented) ADVIES of the MIJNRAAD to the minister of Klimaat en Groene Groei on the amended
winningsplan for the gas field Zuidervlieter (letter form: letterhead, Datum/Ons kenmerk/Uw kenmerk/Onderwerp
block, a short Samenvatting, numbered sections with art. 34 and 36 Mijnbouwwet, the advice of SodM quoted with its
own 'adviseert', a TNO table of seismic hazard, a quoted passage of the Mijnraad's own 2023 advice, and a closing
conclusion 'kan worden ingestemd, mits ...'). The six recommendations are UNNUMBERED prose sentences inside the
paragraphs of section 4 ('De Mijnraad adviseert u ...', 'geeft u in overweging', one question 'Kunt u ...?',
'Voorts adviseert', 'Tot slot adviseert'); numbered 1-6 in reading order. Answered by the ONTWERP-INSTEMMINGSBESLUIT
of the minister (serif, decision form: 'Gelet op', 'BESLUIT', Artikel 1-6, then Toelichting with section 5
'Adviezen'): 5.1 on the Mijnraad answers in another order (3, 4, then 1 and 2 in one paragraph with different
verdicts, then 5 as a referral); 6 is not answered; 5.2 on the advice of the decentralised authorities answers
nothing. Engine: LibreOffice Writer headless from HTML (ligature-free DejaVu copies installed for fontconfig);
running header and page numbers stamped with PyMuPDF. Answer key: README-nl.md.

Run: /tmp/blind53nl/bin/python tests/docs/src/blind53/gen_nl_mijnraad_libreoffice.py   (needs soffice)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b53nl as B  # noqa: E402

NAME = "blind53_nl_mijnraad"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B53NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def page(body, fam, size="9.5pt", align="justify"):
    css = (f"@page {{ size: 210mm 297mm; margin: 24mm 22mm 22mm 25mm; }}\n"
           f"body {{ font-family: '{fam}'; font-size: {size}; }}\n"
           f"p {{ margin-top: 0; margin-bottom: 5pt; text-align: {align}; }}\n"
           f"h2 {{ font-family: '{fam}'; font-size: 10.5pt; margin-top: 9pt; margin-bottom: 3pt; color: #23446b; }}\n"
           f"h3 {{ font-family: '{fam}'; font-size: {size}; font-style: italic; margin-top: 6pt; "
           f"margin-bottom: 2pt; }}\n"
           f".s {{ font-size: 8pt; }}\n")
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + css + "</style></head><body>" + body
            + "</body></html>")


def advice():
    b = ["<table width='100%' cellpadding='0' cellspacing='0'><tr>"
         "<td width='62%' valign='top'><p style='font-size:17pt; color:#23446b'><b>Mijnraad</b></p></td>"
         "<td width='38%' valign='top'><p class='s'><font color='#555555'>Mijnraad<br>Postbus 20401<br>"
         "2500 EK Den Haag<br>secretariaat@mijnraad.nl</font></p></td></tr></table>",
         "<p> </p>",
         "<p style='text-align:left'>Aan de minister van Klimaat en Groene Groei<br>Postbus 20401<br>2500 EK Den Haag</p>",
         "<table width='100%' cellpadding='2' cellspacing='0'>"
         "<tr><td width='22%'><p class='s'><b>Datum</b></p></td><td><p class='s'>3 maart 2026</p></td></tr>"
         "<tr><td><p class='s'><b>Ons kenmerk</b></p></td><td><p class='s'>MR/2026/07</p></td></tr>"
         "<tr><td><p class='s'><b>Uw kenmerk</b></p></td><td><p class='s'>DGKE-WO / 26044112</p></td></tr>"
         "<tr><td><p class='s'><b>Onderwerp</b></p></td><td><p class='s'>Advies over het gewijzigde winningsplan "
         "Zuidervlieter</p></td></tr></table>",
         "<p> </p>",
         "<p>Geachte minister,</p>",
         "<p>Bij brief van 19 december 2025 heeft u de Mijnraad gevraagd te adviseren over het gewijzigde "
         "winningsplan voor het gasveld Zuidervlieter van Noordkust Gas B.V. Hieronder treft u ons advies aan.</p>",
         "<h2>Samenvatting</h2>",
         "<p>De Mijnraad acht de voorgenomen winning aanvaardbaar, mits de productie en de looptijd worden begrensd, "
         "er een meet- en regelprotocol komt, de nulmeting van gebouwen tijdig plaatsvindt en de afhandeling van "
         "kleine schades eenvoudiger wordt. Ook vraagt de raad aandacht voor samenloop met andere mijnbouw in "
         "het gebied.</p>",
         "<h2>1. Adviesaanvraag</h2>",
         "<p>Het winningsplan van 2019 ging uit van een productie van 0,6 miljard Nm3 per jaar tot 2032. Het "
         "gewijzigde plan voorziet in een hogere productie, tot 1,1 miljard Nm3 per jaar, en een looptijd tot "
         "2040. De gemeenten Westerkwartier-Noord en Dongerwolde liggen boven het veld.</p>",
         "<h2>2. Wettelijk kader</h2>",
         "<p>Op grond van artikel 34, derde lid, van de Mijnbouwwet moet een winningsplan de instemming van de "
         "minister hebben. De minister kan de instemming op grond van artikel 36, eerste lid, weigeren in het "
         "belang van de veiligheid van omwonenden, het voorkomen van schade aan gebouwen of infrastructuur, of het "
         "planmatig beheer van voorkomens. De Mijnraad adviseert op grond van artikel 105 van de Mijnbouwwet.</p>",
         "<h2>3. Adviezen van SodM en TNO</h2>",
         "<p>Staatstoezicht op de Mijnen (SodM) adviseert in zijn advies van 14 januari 2026 om het meet- en "
         "regelprotocol uit te breiden met een verplichte evaluatie na elke beving boven een magnitude van 2,0. "
         "TNO heeft de seismische dreiging en het risico opnieuw berekend.</p>",
         "<table width='100%' border='1' cellpadding='3' cellspacing='0'>"
         "<tr><td bgcolor='#dfe7f1'><p class='s'><b>Scenario (productie per jaar)</b></p></td>"
         "<td bgcolor='#dfe7f1'><p class='s'><b>Mmax</b></p></td>"
         "<td bgcolor='#dfe7f1'><p class='s'><b>PGV (mm/s, P50)</b></p></td>"
         "<td bgcolor='#dfe7f1'><p class='s'><b>Risicocategorie</b></p></td></tr>"
         "<tr><td><p class='s'>0,6 miljard Nm3 (huidig)</p></td><td><p class='s'>2,9</p></td>"
         "<td><p class='s'>4,1</p></td><td><p class='s'>I</p></td></tr>"
         "<tr><td><p class='s'>0,8 miljard Nm3</p></td><td><p class='s'>3,0</p></td>"
         "<td><p class='s'>5,3</p></td><td><p class='s'>I</p></td></tr>"
         "<tr><td><p class='s'>1,1 miljard Nm3 (aangevraagd)</p></td><td><p class='s'>3,2</p></td>"
         "<td><p class='s'>8,7</p></td><td><p class='s'>II</p></td></tr></table>",
         "<p class='s'><i>Tabel 1. Seismische dreiging en risico per scenario (TNO, januari 2026).</i></p>",
         "<h2>4. Beoordeling</h2>",
         "<h3>4.1 Productie en looptijd</h3>",
         "<p>Bij de aangevraagde productie valt het veld in risicocategorie II, waarvoor aanvullende maatregelen "
         "moeten worden genomen. Bij 0,8 miljard Nm3 blijft het risico in categorie I. De Mijnraad adviseert u in "
         "het instemmingsbesluit een maximaal productievolume van 0,8 miljard Nm3 per kalenderjaar op te nemen. "
         "Een lange looptijd vergroot bovendien de onzekerheid over bodemdaling in het kustgebied. Daarnaast geeft "
         "de Mijnraad u in overweging de looptijd van de winning te beperken tot 31 december 2035.</p>",
         "<p>In zijn advies over het winningsplan Oosterbroek (MR/2023/11) merkte de Mijnraad al op: <i>'Een "
         "productieplafond is alleen zinvol als het in het besluit zelf wordt vastgelegd en niet in een "
         "uitvoeringsafspraak met de exploitant.'</i></p>",
         "<h3>4.2 Bodemtrilling</h3>",
         "<p>Het winningsplan bevat een meet- en regelprotocol met drempelwaarden, maar dat protocol is niet "
         "bindend. De raad adviseert u om aan het besluit een bindend meet- en regelprotocol te verbinden waarin de "
         "productie wordt verlaagd zodra een beving met een magnitude van 1,5 of hoger wordt geregistreerd.</p>",
         "<h3>4.3 Gebouwen en schade</h3>",
         "<p>Volgens het plan start de nulmeting van gebouwen pas een jaar na het begin van de verhoogde productie. "
         "Zonder nulmeting is het voor bewoners moeilijk om later aan te tonen dat schade door de winning is "
         "ontstaan. Kunt u in het besluit bepalen dat de exploitant vóór de start van de verhoogde winning een "
         "nulmeting uitvoert bij alle gebouwen binnen het effectgebied?</p>",
         "<p>In 2025 werden bij de Commissie Mijnbouwschade 212 schademeldingen uit het gebied ingediend; de "
         "gemiddelde behandelduur was 11 maanden, ook voor schades van enkele honderden euro's. Voorts adviseert de "
         "Mijnraad u de Commissie Mijnbouwschade te vragen een vereenvoudigde procedure in te richten voor schades "
         "tot 5 000 euro.</p>",
         "<h3>4.4 Samenloop</h3>",
         "<p>Ten zuiden van het veld is zoutwinning bij Harlingerwiel voorzien. De effecten van beide "
         "activiteiten op de bodemdaling zijn nooit samen berekend. Tot slot adviseert de Mijnraad u de "
         "cumulatieve bodemdaling met de voorgenomen zoutwinning te laten onderzoeken voordat over die winning "
         "wordt besloten.</p>",
         "<h2>5. Conclusie</h2>",
         "<p>Alles overwegende is de Mijnraad van oordeel dat met het gewijzigde winningsplan kan worden ingestemd, "
         "mits met de bovenstaande punten rekening wordt gehouden.</p>",
         "<p>Hoogachtend,</p>",
         "<p>ir. G.H. Postma-de Wit<br>voorzitter Mijnraad</p>",
         "<p>dr. L.K. Ambergen<br>secretaris</p>"]
    B.soffice_pdf(page("".join(b), "B53NL Sans"), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Mijnraad  |  MR/2026/07  |  Advies winningsplan Zuidervlieter",
            "pagina {n} van {m}", SANS["Regular"], margin=62)


def response():
    b = ["<p style='font-size:8pt'><font color='#555555'>ONTWERP – ter inzage van 7 mei tot en met 17 juni "
         "2026</font></p>",
         "<p style='font-size:14pt'><b>Ontwerp-instemmingsbesluit winningsplan Zuidervlieter</b></p>",
         "<p>Besluit van de minister van Klimaat en Groene Groei van 28 april 2026, nr. DGKE-WO / 26088301, "
         "houdende instemming met het gewijzigde winningsplan Zuidervlieter</p>",
         "<p>De minister van Klimaat en Groene Groei,</p>",
         "<p>Gelet op de artikelen 34, 35 en 36 van de Mijnbouwwet en artikel 24 van het Mijnbouwbesluit;</p>",
         "<p>Gelet op de adviezen van Staatstoezicht op de Mijnen, TNO, de Mijnraad, de provincie Fryslân, de "
         "gemeenten Westerkwartier-Noord en Dongerwolde en het waterschap Noorderzijl;</p>",
         "<p style='text-align:center'><b>BESLUIT:</b></p>",
         "<p><b>Artikel 1</b><br>Ingestemd wordt met het gewijzigde winningsplan Zuidervlieter van Noordkust Gas "
         "B.V. van 2 september 2025, met inachtneming van de artikelen 2 tot en met 5.</p>",
         "<p><b>Artikel 2</b><br>De winning eindigt uiterlijk op 31 december 2040.</p>",
         "<p><b>Artikel 3</b><br>De productie bedraagt ten hoogste 0,9 miljard Nm3 per kalenderjaar.</p>",
         "<p><b>Artikel 4</b><br>De winning geschiedt overeenkomstig het meet- en regelprotocol in de bijlage bij "
         "dit besluit. Na een beving met een magnitude van 1,5 of hoger wordt de productie binnen 48 uur met ten "
         "minste 25 procent verlaagd.</p>",
         "<p><b>Artikel 5</b><br>De houder van de winningsvergunning voert binnen het effectgebied vóór 1 januari "
         "2027 een bouwkundige opname uit van alle gebouwen waarvan de eigenaar daarmee instemt.</p>",
         "<p><b>Artikel 6</b><br>Dit besluit treedt in werking met ingang van de dag na die van bekendmaking.</p>",
         "<p style='text-align:center'><b>TOELICHTING</b></p>",
         "<h2>1. Procedure</h2>",
         "<p>Op dit besluit is de uniforme openbare voorbereidingsprocedure van afdeling 3.4 van de Algemene wet "
         "bestuursrecht van toepassing. Eenieder kan tot en met 17 juni 2026 een zienswijze naar voren "
         "brengen.</p>",
         "<h2>2. Het gewijzigde winningsplan</h2>",
         "<p>Noordkust Gas B.V. wil de productie uit het veld verhogen van 0,6 naar ten hoogste 1,1 miljard Nm3 per "
         "jaar en de winning voortzetten tot 2040. De resterende winbare voorraad bedraagt volgens de houder "
         "9,4 miljard Nm3.</p>",
         "<h2>3. Veiligheid en bodembeweging</h2>",
         "<p>De verwachte bodemdaling in het diepste punt van de schotel neemt toe van 6 naar 9 centimeter in "
         "2050. Het waterschap heeft bevestigd dat het watersysteem die daling binnen de bestaande "
         "peilbesluiten kan opvangen.</p>",
         "<h2>4. Belangen van omwonenden</h2>",
         "<p>Tijdens de informatiebijeenkomsten in Dongerwolde en Westerburen op 10 en 12 februari 2026 "
         "spraken ruim 300 bewoners hun zorgen uit over schade aan woningen en over de onzekerheid over de duur van "
         "de winning.</p>",
         "<h2>5. Adviezen</h2>",
         "<p>De adviezen van SodM en TNO zijn verwerkt in paragraaf 3 en in het meet- en regelprotocol in de "
         "bijlage. Hieronder ga ik in op het advies van de Mijnraad en op de adviezen van de decentrale "
         "overheden.</p>",
         "<h3>5.1 Advies van de Mijnraad</h3>",
         "<p>De Mijnraad heeft op 3 maart 2026 geadviseerd. Ik neem het advies om het meet- en regelprotocol "
         "bindend te maken over; het protocol is als bijlage onderdeel van dit besluit en artikel 4 legt de "
         "drempel van 1,5 vast. Het advies van SodM over de evaluatie na een beving is in het protocol "
         "verwerkt.</p>",
         "<p>Ook de nulmeting wordt in het besluit geregeld: artikel 5 verplicht de exploitant de opname van de "
         "gebouwen af te ronden voordat de productie wordt verhoogd.</p>",
         "<p>De Mijnraad adviseert verder een plafond van 0,8 miljard Nm3 per jaar en geeft in overweging de "
         "looptijd te bekorten. Ik volg de Mijnraad in de keuze voor een plafond in het besluit, maar leg dat vast "
         "op 0,9 miljard Nm3: TNO heeft op mijn verzoek aanvullend berekend dat het risico bij die productie "
         "nog in categorie I blijft. Een einddatum in 2035 neem ik niet over. Bij een kortere looptijd blijft een "
         "deel van het gas in de grond terwijl de risico's niet wezenlijk afnemen; de winning mag daarom doorgaan "
         "tot 31 december 2040.</p>",
         "<p>De Commissie Mijnbouwschade is onafhankelijk in de inrichting van haar procedures. Ik heb het advies "
         "van de Mijnraad over kleine schades daarom aan de commissie doorgestuurd en laat het aan haar over "
         "hoe zij daarmee omgaat.</p>",
         "<h3>5.2 Adviezen van de decentrale overheden</h3>",
         "<p>De provincie, de gemeenten en het waterschap vragen om een gebiedsfonds voor de leefbaarheid van de "
         "dorpen boven het veld. Ik heb met Noordkust Gas B.V. afgesproken dat zij 4 miljoen euro in een fonds "
         "stort, dat door de provincie wordt beheerd. Het waterschap vraagt daarnaast om jaarlijkse rapportage van "
         "de bodemdaling bij de gemalen; die is opgenomen in het meet- en regelprotocol.</p>",
         "<p>De minister van Klimaat en Groene Groei,</p>",
         "<p><i>namens deze,</i><br>de directeur-generaal Klimaat en Energie,<br>drs. R.J. Oosterhuis</p>"]
    B.soffice_pdf(page("".join(b), "B53NL Serif", "9.8pt", "left"), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Ontwerp-instemmingsbesluit winningsplan Zuidervlieter  |  DGKE-WO / 26088301",
            "{n}", SERIF["Regular"], skip_first=False, margin=62)


def expected():
    B.write_expected(NAME, [
        ("1", "De Mijnraad adviseert u in het instemmingsbesluit een maximaal productievolume",
         "leg dat vast op 0,9 miljard Nm3", "partly"),
        ("2", "Daarnaast geeft de Mijnraad u in overweging de looptijd van",
         "Een einddatum in 2035 neem ik niet over", "disagrees"),
        ("3", "De raad adviseert u om aan het besluit een bindend",
         "Ik neem het advies om het meet- en regelprotocol bindend", "agrees"),
        ("4", "Kunt u in het besluit bepalen dat de exploitant vóór",
         "Ook de nulmeting wordt in het besluit geregeld", "agrees"),
        ("5", "Voorts adviseert de Mijnraad u de Commissie Mijnbouwschade te vragen",
         "laat het aan haar over hoe zij daarmee omgaat", "noted"),
        ("6", "Tot slot adviseert de Mijnraad u de cumulatieve bodemdaling met", None, "unanswered"),
    ], ["in een fonds stort, dat door de provincie wordt beheerd"],
        "Mijnraad advice letter MR/2026/07: six UNNUMBERED prose sentences in section 4, numbered 1-6 in reading "
        "order (1 'De Mijnraad adviseert u ...' and 2 'Daarnaast geeft de Mijnraad u in overweging ...' in one "
        "paragraph; 4 is a question 'Kunt u ...?'). Not recommendations: the Samenvatting paraphrase, art. 34/36 "
        "Mijnbouwwet ('moet'), SodM's quoted advice ('adviseert ... uit te breiden'), TNO table, the 'moeten' "
        "finding in 4.1, the quoted 2023 advice MR/2023/11 and the conclusion 'kan worden ingestemd, mits ...'. "
        "Ontwerp-instemmingsbesluit: Artikel 1-6 implement some points without naming them; the replies are in "
        "Toelichting 5.1 in the order 3, 4, then 1 and 2 in one paragraph: 3 agrees (binding protocol, threshold 1,5, "
        "art. 4); 4 agrees (nulmeting, art. 5); 1 partly (ceiling but 0,9 instead of 0,8); 2 disagrees (end date "
        "stays 2040); 5 noted (forwarded to the independent Commissie Mijnbouwschade); 6 (cumulative subsidence "
        "with salt mining) UNANSWERED. 5.2 (gebiedsfonds of the decentralised authorities) answers nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()
