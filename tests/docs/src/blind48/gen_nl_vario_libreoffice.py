"""Round 48 (nl): an (invented) ADVIES of VARIO (Vlaamse Adviesraad voor Innoveren en Ondernemen) on the reform of
Flemish innovation support for SMEs: letterhead, advice number and date block, a shaded 'Kernboodschappen' box that
paraphrases the recommendations (trap), a figures table, the decree with 'moet' (trap), VARIO's own 2022 advice and
the SERV's advice quoted (traps), and SIX UNNUMBERED recommendations in running prose under '3 Aanbevelingen' (bold
'VARIO beveelt aan' / 'VARIO vraagt' sentences, an imperative, a question, a closing 'pleit ervoor'), numbered 1-6 in
document order. Answered by a SECTION OF ANOTHER DOCUMENT: chapter 5 'Opvolging van adviezen en aanbevelingen' of
the minister's Beleids- en begrotingstoelichting (Vlaams Parlement stuk, pages 41-42), with sections on the
Rekenhof and the SERV as well. Engine: LibreOffice Writer headless from HTML (ligature-free DejaVu copies; header and
page numbers stamped with PyMuPDF). Answer key: README-nl.md.

Run: /tmp/blind48nl/bin/python tests/docs/src/blind48/gen_nl_vario_libreoffice.py (needs soffice)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b48nl as B  # noqa: E402

NAME = "blind48_nl_vario"
F = B.nolig_fonts()
SERIF = B.nolig_fonts("B48NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})
PURPLE = "#5b2a86"


def page(body, fam, size="9.4pt", color=PURPLE):
    return ("<html><head><meta charset='utf-8'><style>@page { margin: 2.4cm 2.2cm 2cm 2.3cm; } "
            "body { font-family: '%s'; font-size: %s; } "
            "p { margin-top: 0; margin-bottom: 5pt; font-family: '%s'; } "
            "h2 { font-size: 11.5pt; color: %s; font-family: '%s'; margin-top: 9pt; margin-bottom: 3pt; } "
            "h3 { font-size: 9.8pt; color: %s; font-family: '%s'; margin-top: 6pt; margin-bottom: 2pt; } "
            "td, th { vertical-align: top; font-size: 8.6pt; font-family: '%s'; }</style></head><body>%s"
            "</body></html>" % (fam, size, fam, color, fam, color, fam, fam, body))


def J(t):
    return f"<p align='justify'>{t}</p>"


def stamp_offset(pdfname, header, first_page_no, fontfile, header_right=None):
    """Running header on every page and a centred page number starting at first_page_no (PyMuPDF)."""
    import pymupdf
    path = B.out(pdfname)
    doc = pymupdf.open(path)
    font = pymupdf.Font(fontfile=fontfile)
    for i, pg in enumerate(doc):
        w, h = pg.rect.width, pg.rect.height
        pg.insert_font(fontname="b48", fontfile=fontfile)
        pg.insert_text((62, 34), header, fontname="b48", fontsize=7.5, color=(0.3, 0.3, 0.3))
        if header_right:
            tw = font.text_length(header_right, fontsize=7.5)
            pg.insert_text((w - 62 - tw, 34), header_right, fontname="b48", fontsize=7.5, color=(0.3, 0.3, 0.3))
        pg.draw_line((62, 39), (w - 62, 39), color=(0.5, 0.5, 0.5), width=0.4)
        t = str(first_page_no + i)
        tw = font.text_length(t, fontsize=8.5)
        pg.insert_text(((w - tw) / 2, h - 26), t, fontname="b48", fontsize=8.5)
    doc.save(path + ".tmp", garbage=3, deflate=True)
    doc.close()
    os.replace(path + ".tmp", path)


def advice():
    b = []
    b.append(f"<p style='font-size:15pt; color:{PURPLE}'><b>VARIO</b><br/><span style='font-size:8pt; "
             "color:#444'>Vlaamse Adviesraad voor Innoveren en Ondernemen | Koning Albert II-laan 35 bus 13, "
             "1030 Brussel | www.vario.be</span></p>")
    b.append("<p><br/></p>")
    b.append("<table width='100%' cellpadding='2'><tr><td width='22%'><b>Advies</b></td><td>2026/05</td></tr>"
             "<tr><td><b>Datum</b></td><td>20 mei 2026</td></tr><tr><td><b>Adviesvraag</b></td><td>eigen initiatief"
             "</td></tr><tr><td><b>Bestemmeling</b></td><td>Vlaams minister van Economie, Innovatie en Industrie"
             "</td></tr></table>")
    b.append(f"<p style='font-size:16pt; color:{PURPLE}'><br/><b>Eenvoudiger, sneller, sterker: de hervorming "
             "van de innovatiesteun voor kmo's</b></p>")
    b.append("<table width='100%' cellpadding='8' cellspacing='0' bgcolor='#eee7f4'><tr><td>"
             "<p><b>Kernboodschappen</b></p>"
             "<p>VARIO steunt de hervorming, maar vraagt om één loket en hogere steun voor de kleinste bedrijven. "
             "Snelle beslissingen en goede opvolging van de effecten zijn minstens even belangrijk als het "
             "budget. En laat kmo's gebruikmaken van de kennis van de hogescholen.</p></td></tr></table>")
    b.append("<h2>1 Situering</h2>")
    b.append(J("Het Agentschap Innoveren en Ondernemen (VLAIO) ondersteunt kmo's met verschillende instrumenten. "
               "De belangrijkste zijn de kmo-portefeuille, waarmee een onderneming advies en opleiding kan laten "
               "subsidiëren, de kmo-groeisubsidie en de steun voor ontwikkelingsprojecten. De Vlaamse Regering "
               "keurde op 13 maart 2026 in eerste lezing een ontwerpbesluit goed dat deze instrumenten "
               "hervormt. VARIO brengt hierover op eigen initiatief advies uit."))
    b.append(J("Volgens artikel 12 van het decreet van 16 maart 2016 betreffende het economisch ondersteuningsbeleid "
               "moet de Vlaamse Regering de steunpercentages per instrument vastleggen en moet zij het beleid "
               "periodiek evalueren. Dat kader blijft ongewijzigd."))
    b.append("<h2>2 Analyse</h2>")
    b.append(J("De cijfers van VLAIO laten zien dat het aantal aanvragen stijgt, maar dat de doorlooptijd ook "
               "toeneemt:"))
    b.append("<table width='100%' border='1' cellpadding='3' cellspacing='0'><tr><th bgcolor='#eee7f4'>Jaar</th>"
             "<th bgcolor='#eee7f4'>aanvragen</th><th bgcolor='#eee7f4'>goedgekeurd</th>"
             "<th bgcolor='#eee7f4'>gemiddelde doorlooptijd (dagen)</th><th bgcolor='#eee7f4'>steun (mln. euro)"
             "</th></tr><tr><td>2023</td><td>1.412</td><td>986</td><td>71</td><td>118,4</td></tr>"
             "<tr><td>2024</td><td>1.598</td><td>1.041</td><td>84</td><td>124,9</td></tr>"
             "<tr><td>2025</td><td>1.733</td><td>1.102</td><td>97</td><td>129,3</td></tr></table>")
    b.append("<p><br/></p>")
    b.append(J("In zijn advies 2022/07 over de kmo-portefeuille schreef VARIO: <i>'Maak de aanvraagprocedure "
               "digitaal en beperk de bewijsstukken tot het strikt noodzakelijke.'</i> Dat is intussen gebeurd, "
               "en de tevredenheid van de ondernemers over de portefeuille is sindsdien gestegen."))
    b.append(J("Ook de SERV heeft zich over het ontwerpbesluit uitgesproken. De SERV vraagt vooral aandacht voor "
               "de administratieve lasten en de rechtszekerheid bij terugvorderingen. VARIO sluit zich daarbij "
               "aan, maar legt in dit advies andere accenten."))
    b.append(J("Uit de gesprekken die VARIO voerde met ondernemers, blijkt dat de kleinste bedrijven het meest "
               "worstelen met de versnippering van de instrumenten. Zij weten vaak niet waar ze terecht kunnen en "
               "haken af. Een onderneming zou op één plaats een overzicht moeten krijgen van alle steun waarop "
               "ze recht heeft."))
    b.append("<h2>3 Aanbevelingen</h2>")
    b.append("<h3>3.1 Eén instrument, één loket</h3>")
    b.append(J("De hervorming brengt al meer samenhang, maar de kmo-portefeuille en de kmo-groeisubsidie blijven "
               "aparte regelingen met eigen formulieren. <b>VARIO beveelt aan de kmo-portefeuille en de "
               "kmo-groeisubsidie samen te voegen tot één instrument met één aanvraagloket bij VLAIO.</b> Zo "
               "daalt de drempel voor de kleinste bedrijven."))
    b.append("<h3>3.2 Steunpercentages</h3>")
    b.append(J("Het ontwerpbesluit houdt het steunpercentage voor ontwikkelingsprojecten op 35 procent voor "
               "kleine ondernemingen en 25 procent voor middelgrote. Voor een kleine onderneming is het "
               "resterende risico vaak te groot. <b>VARIO vraagt het steunpercentage voor kleine ondernemingen bij "
               "ontwikkelingsprojecten op te trekken tot 50 procent.</b> Dat blijft binnen de grenzen van de "
               "Europese groepsvrijstellingsverordening."))
    b.append("<h3>3.3 Snelheid en opvolging</h3>")
    b.append(J("Een doorlooptijd van bijna honderd dagen is voor een kmo die een opportuniteit wil grijpen te "
               "lang. <b>Waarom legt de Vlaamse Regering geen maximale beslissingstermijn van zestig dagen vast "
               "in het besluit?</b> Een termijn geeft ondernemers zekerheid en dwingt tot een efficiënte "
               "organisatie."))
    b.append(J("<b>Monitor de effecten van de hervorming jaarlijks en publiceer de resultaten in een open "
               "dashboard.</b> Daarin horen minstens het aantal aanvragen, de doorlooptijd, het bereik bij "
               "kleine ondernemingen en de spreiding over de sectoren."))
    b.append("<h3>3.4 Middelen en kennis</h3>")
    b.append(J("Een hervorming mag geen verdoken besparing zijn. <b>VARIO vraagt de Vlaamse Regering om de "
               "middelen voor innovatiesteun aan kmo's in de meerjarenbegroting minstens op het niveau van 2026 "
               "te houden.</b>"))
    b.append(J("Ten slotte pleit VARIO ervoor de hogescholen structureel te betrekken bij de begeleiding van "
               "kmo's, bijvoorbeeld via de TETRA-projecten, zodat ook bedrijven zonder eigen "
               "onderzoeksafdeling toegang krijgen tot praktijkgericht onderzoek."))
    b.append("<p><br/>Voor VARIO,</p>")
    b.append("<table width='100%'><tr><td>Leen Verhaegen<br/>directeur</td><td>prof. dr. Bart Desmedt<br/>"
             "voorzitter</td></tr></table>")
    B.soffice_pdf(page("".join(b), "B48NL Sans"), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "VARIO | Advies 2026/05 | Hervorming innovatiesteun kmo's", "{n}/{m}",
            F["Regular"], skip_first=True)


def response():
    b = []
    b.append(J("De steun voor deelname aan internationale beurzen wordt in 2027 gericht op de groeimarkten uit de "
               "exportstrategie. Flanders Investment & Trade brengt hierover in het voorjaar van 2027 verslag "
               "uit aan de commissie Economie."))
    b.append("<h2>5 Opvolging van adviezen en aanbevelingen</h2>")
    b.append(J("In dit hoofdstuk geef ik aan hoe ik ben omgegaan met de adviezen en aanbevelingen die het voorbije "
               "jaar over mijn beleidsdomein zijn uitgebracht, zoals gevraagd in de resolutie van 4 december "
               "2019 over de opvolging van adviezen van de strategische adviesraden."))
    b.append("<h3>5.1 Rekenhof: audit van de subsidieverlening aan onderzoekscentra</h3>")
    b.append(J("Het Rekenhof heeft in zijn rapport van februari 2026 gevraagd de beheersovereenkomsten met de "
               "strategische onderzoekscentra te voorzien van meetbare doelstellingen. De nieuwe overeenkomsten "
               "voor 2027-2031, die ik in het najaar aan de Vlaamse Regering voorleg, bevatten per centrum "
               "vijf kernprestatie-indicatoren met streefwaarden."))
    b.append("<h3>5.2 VARIO-advies 2026/05 over de hervorming van de innovatiesteun voor kmo's</h3>")
    b.append(J("VARIO heeft op eigen initiatief een advies uitgebracht over het ontwerpbesluit tot hervorming van "
               "de kmo-steun. De Vlaamse Regering heeft het besluit op 10 juli 2026 definitief goedgekeurd en "
               "daarbij rekening gehouden met het advies, zoals hieronder toegelicht."))
    b.append("<p><b>Steunpercentage.</b> Het steunpercentage voor kleine ondernemingen bij ontwikkelingsprojecten "
             "is verhoogd van 35 naar 45 procent. Een verdere verhoging tot het door VARIO gevraagde niveau zou "
             "bij een gelijk budget het aantal gesteunde projecten met bijna een vijfde verminderen.</p>")
    b.append("<p><b>Eén loket.</b> De kmo-portefeuille en de kmo-groeisubsidie worden vanaf 1 januari 2027 "
             "samengevoegd tot de 'kmo-groeiportefeuille', met één digitaal aanvraagloket bij VLAIO. Daarmee "
             "volg ik het advies van VARIO volledig.</p>")
    b.append("<p><b>Doorlooptijd en monitoring.</b> VLAIO publiceert vanaf 2027 jaarlijks een open dashboard "
             "met het aantal aanvragen, de doorlooptijd en het bereik per sector en per grootteklasse. Een "
             "bindende beslissingstermijn in het besluit is daarentegen niet opportuun: bij een onvolledig "
             "dossier of een piek in de aanvragen zou een vaste termijn leiden tot meer weigeringen. VLAIO "
             "hanteert wel een interne streeftermijn, waarover het dashboard rapporteert.</p>")
    b.append("<p><b>Budget.</b> Ik neem kennis van de vraag van VARIO over het budget voor innovatiesteun aan "
             "kmo's. Het budget wordt vastgelegd in de meerjarenraming, die de Vlaamse Regering bij elke "
             "begrotingsopmaak opnieuw afweegt; voor 2027 is het opgenomen onder begrotingsartikel "
             "HB0-1HAC2AA-WT.</p>")
    b.append("<h3>5.3 SERV-advies over het ontwerpbesluit kmo-steun</h3>")
    b.append(J("De SERV vroeg om een duidelijke regeling voor terugvorderingen. Het definitieve besluit bepaalt "
               "nu dat een terugvordering alleen mogelijk is bij een ernstige tekortkoming en na een voorafgaande "
               "ingebrekestelling met een hersteltermijn van dertig dagen. De administratieve lasten worden "
               "gemeten in de regeldrukmeting die het Kenniscentrum Vlaamse Steden en de Dienst Wetsmatiging in "
               "2027 uitvoeren."))
    b.append("<h3>5.4 Expertencommissie Open Science: eindrapport</h3>")
    b.append(J("De expertencommissie adviseerde de verplichte open publicatie van onderzoeksresultaten "
               "uit te breiden naar alle door het FWO gefinancierde projecten. Deze uitbreiding is opgenomen in "
               "het nieuwe FWO-reglement, dat op 1 oktober 2026 in werking treedt."))
    b.append("<h2>6 Begrotingstabellen per beleidsdoelstelling</h2>")
    b.append(J("De tabellen hieronder geven per beleidsdoelstelling de vastleggings- en vereffeningskredieten "
               "voor 2027, met de vergelijking ten opzichte van de aangepaste begroting 2026."))
    b.append("<table width='100%' border='1' cellpadding='3' cellspacing='0'><tr><th>Artikel</th>"
             "<th>VAK 2026 (x 1.000 euro)</th><th>VAK 2027 (x 1.000 euro)</th><th>VEK 2027 (x 1.000 euro)</th></tr>"
             "<tr><td>HB0-1HAC2AA-WT</td><td>131.220</td><td>134.870</td><td>128.410</td></tr>"
             "<tr><td>HB0-1HAC2AB-WT</td><td>48.900</td><td>49.300</td><td>47.150</td></tr>"
             "<tr><td>HB0-1HAC2AC-WT</td><td>22.615</td><td>22.615</td><td>21.980</td></tr>"
             "<tr><td>HB0-1HAC2AD-WT</td><td>9.480</td><td>10.200</td><td>9.960</td></tr>"
             "<tr><td>HB0-1HAC2AE-WT</td><td>61.300</td><td>58.750</td><td>60.020</td></tr>"
             "<tr><td>HB0-1HAC2AF-WT</td><td>3.125</td><td>3.125</td><td>3.125</td></tr>"
             "<tr><td><b>Totaal</b></td><td><b>276.640</b></td><td><b>278.860</b></td><td><b>270.645</b></td></tr>"
             "</table>")
    b.append("<p><br/></p>")
    b.append(J("De stijging van de vastleggingskredieten op artikel HB0-1HAC2AA-WT volgt uit de indexering en uit "
               "de overheveling van 1,9 miljoen euro vanuit artikel HB0-1HAC2AE-WT, waar de uitdovende "
               "regeling voor strategische transformatiesteun wordt aangerekend. De vereffeningskredieten liggen "
               "lager dan de vastleggingen omdat ontwikkelingsprojecten in schijven worden uitbetaald."))
    B.soffice_pdf(page("".join(b), "B48NL Serif", "9.6pt", "#000000"), NAME + "_response.pdf")
    stamp_offset(NAME + "_response.pdf", "Stuk 14 (2026-2027) - Nr. 7", 41, SERIF["Regular"],
                 header_right="Vlaams Parlement")


def expected():
    recs = [
        ("1", "VARIO beveelt aan de kmo-portefeuille en de kmo-groeisubsidie samen te voegen",
         "Daarmee volg ik het advies van VARIO volledig", "agrees"),
        ("2", "VARIO vraagt het steunpercentage voor kleine ondernemingen bij ontwikkelingsprojecten",
         "is verhoogd van 35 naar 45 procent", "partly"),
        ("3", "Waarom legt de Vlaamse Regering geen maximale beslissingstermijn van zestig dagen",
         "Een bindende beslissingstermijn in het besluit is daarentegen niet opportuun", "disagrees"),
        ("4", "Monitor de effecten van de hervorming jaarlijks en publiceer de resultaten",
         "VLAIO publiceert vanaf 2027 jaarlijks een open dashboard", "agrees"),
        ("5", "VARIO vraagt de Vlaamse Regering om de middelen voor innovatiesteun",
         "Ik neem kennis van de vraag van VARIO over het budget", "noted"),
        ("6", "Ten slotte pleit VARIO ervoor de hogescholen structureel te betrekken", None, "unanswered"),
    ]
    unmatched = ["vijf kernprestatie-indicatoren met streefwaarden",
                 "een terugvordering alleen mogelijk is bij een ernstige tekortkoming",
                 "Deze uitbreiding is opgenomen in het nieuwe FWO-reglement"]
    notes = ("VARIO advies 2026/05 (own initiative) on the reform of Flemish innovation support for SMEs: "
             "letterhead, meta table, shaded 'Kernboodschappen' box paraphrasing the advice (trap), decree art. 12 "
             "with 'moet' (trap), a VLAIO figures table, VARIO's 2022 imperative quoted and carried out (trap), the "
             "SERV's advice summarised (trap), 'zou ... moeten' finding (trap). Six UNNUMBERED recommendations in "
             "'3 Aanbevelingen', numbered 1-6 in document order: 1 'VARIO beveelt aan' (one loket), 2 'VARIO vraagt' "
             "(50%), 3 a QUESTION 'Waarom legt de Vlaamse Regering geen maximale beslissingstermijn ...?', 4 an "
             "imperative (dashboard), 5 'VARIO vraagt' (budget), 6 'Ten slotte pleit VARIO ervoor' (hogescholen). "
             "Reply: a SECTION of another document, chapter 5 of the minister's Beleids- en begrotingstoelichting "
             "(Vlaams Parlement stuk, pages 41-42); section 5.2 with bold run-in themes in the order 2, 1, 4+3, 5: "
             "45 instead of 50 percent (2 partly); merged 'kmo-groeiportefeuille' with one loket, 'volg ik het "
             "advies van VARIO volledig' (1 agrees); ONE paragraph 'Doorlooptijd en monitoring': yearly open "
             "dashboard (4 agrees) and 'Een bindende beslissingstermijn ... niet opportuun' (3 disagrees); "
             "'Ik neem kennis' of the budget request (5 noted); 6 (hogescholen/TETRA) unanswered. Unmatched: 5.1 "
             "(Rekenhof), 5.3 (SERV), 5.4 (open science) and the budget tables of chapter 6.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()
    sys.exit(0 if B.check(NAME) else 1)
