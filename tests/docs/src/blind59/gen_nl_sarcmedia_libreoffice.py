"""Round 59 (nl): an ADVIES of the Flemish SECTORRAAD MEDIA of SARC (Strategische Adviesraad Cultuur, Jeugd, Sport
en Media) on a VOORONTWERP VAN DECREET amending the media decree for the regional television broadcasters, set out
as an ARTIKELSGEWIJZE BESPREKING, answered by a PERSBERICHT of the Flemish minister of Media after the Vlaamse
Regering's principiële goedkeuring of the amended draft.

Advice: SARC letter head with Aan/Datum/Kenmerk, 1 Situering (the statutory duty to ask advice: 'moet ... advies
inwinnen'), 2 Algemene bemerkingen with a numbered list of four 'krachtlijnen' of the draft and ONE bold
recommendation sentence inside a paragraph, 3 Artikelsgewijze bespreking: sub-headings 'Artikel 3 -
Erkenningsgebieden' ... 'Artikel 19 - Inwerkingtreding', each quoting the draft article in italics (legal duties
'moet', 'moeten') and then the Sectorraad's comment whose recommendation sentence is set in BOLD inside the
paragraph ('De Sectorraad adviseert om ...', '... vraagt om ...', '... beveelt aan ...'); non-bold 'De Sectorraad
stelt vast' / 'begrijpt' sentences beside them. Numbers: the seven bold sentences in order 1-7 (unnumbered).
Response: PERSBERICHT (Vlaamse Regering band, date, headline, bold lead, body, sub-heads 'Wat verandert er?', 'Wat
met het advies van de Sectorraad Media?', 'Volgende stappen', a minister's quote, a 'Meer info' contact block) in the
order 2, 7, 4+5 (one paragraph: 4 agrees, 5 noted), 1, 3; 6 (one integrated report) unanswered. Engine: LibreOffice
Writer headless from HTML (ligature-free DejaVu copies 'B59NL Sans/Serif'), header and page numbers of the advice
stamped with PyMuPDF.

Run: /tmp/blind59nl/bin/python tests/docs/src/blind59/gen_nl_sarcmedia_libreoffice.py   (needs soffice)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b59nl as B  # noqa: E402

NAME = "blind59_nl_sarcmedia"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B59NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})
ORANGE = "#c4501a"
YELLOW = "#ffe615"


def page(body, fam, size="9.4pt", color=ORANGE, margins="22mm 24mm 22mm 24mm"):
    css = (f"@page {{ size: 210mm 297mm; margin: {margins}; }}\n"
           f"body {{ font-family: '{fam}'; font-size: {size}; }}\n"
           f"p {{ margin-top: 0; margin-bottom: 5pt; text-align: justify; }}\n"
           f"li {{ margin-bottom: 3pt; }}\n"
           f"h1 {{ font-family: 'B59NL Sans'; font-size: 14.5pt; margin-top: 0; margin-bottom: 3pt; color: {color}; }}\n"
           f"h2 {{ font-family: 'B59NL Sans'; font-size: 10.8pt; margin-top: 9pt; margin-bottom: 3pt; "
           f"color: {color}; }}\n"
           f"h3 {{ font-family: 'B59NL Sans'; font-size: 9.4pt; margin-top: 7pt; margin-bottom: 2pt; }}\n"
           f".s {{ font-size: 8.2pt; }}\n.k {{ font-size: 8pt; color: #555555; }}\n"
           f".q {{ font-style: italic; margin-left: 8mm; margin-right: 6mm; color: #444444; }}\n")
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + css + "</style></head><body>" + body
            + "</body></html>")


def meta(rows, w=(16, 84)):
    out = "<table width='100%' cellpadding='2' cellspacing='0' border='0'>"
    for k, v in rows:
        out += (f"<tr><td width='{w[0]}%' valign='top'><p class='k'>{k}</p></td>"
                f"<td width='{w[1]}%' valign='top'><p class='s'>{v}</p></td></tr>")
    return out + "</table><p> </p>"


def art(title, quote, comment):
    return f"<h3>{title}</h3><p class='q'>{quote}</p><p>{comment}</p>"


def advice():
    b = ["<p class='k'><b>SARC</b> | Strategische Adviesraad Cultuur, Jeugd, Sport en Media | Sectorraad Media</p>",
         "<h1>Advies over het voorontwerp van decreet tot wijziging van het Mediadecreet wat betreft de regionale "
         "televisieomroepen</h1>",
         meta([("Aan", "de Vlaamse minister van Media"), ("Datum", "27 maart 2026"),
               ("Kenmerk", "SARC/SRM/2026/05"), ("Goedkeuring", "Sectorraad Media, 24 maart 2026")]),
         "<h2>1. Situering</h2>",
         "<p>Op 20 februari 2026 vroeg de minister de Sectorraad Media om advies over het voorontwerp van decreet "
         "dat de erkenning, de opdracht en de financiering van de regionale televisieomroepen hervormt. Volgens het "
         "decreet van 30 april 2009 betreffende de strategische adviesraden moet de Vlaamse Regering over een "
         "voorontwerp van decreet het advies van de bevoegde strategische adviesraad inwinnen. De minister vroeg "
         "het advies binnen dertig dagen.</p>",
         "<h2>2. Algemene bemerkingen</h2>",
         "<p>Het voorontwerp steunt op vier krachtlijnen:</p>",
         "<ol><li><p>een nieuwe verdeling van de erkenningsgebieden;</p></li>"
         "<li><p>een scherper omschreven opdracht van algemeen belang;</p></li>"
         "<li><p>een werkingssubsidie op basis van prestatieafspraken;</p></li>"
         "<li><p>een structurele samenwerking met de openbare omroep.</p></li></ol>",
         "<p>De Sectorraad steunt de doelstelling om de regionale informatievoorziening te versterken. De "
         "regionale omroepen bereiken samen dagelijks 1,1 miljoen kijkers en zijn in veel gemeenten de enige "
         "professionele nieuwsbron. De Sectorraad stelt wel vast dat de memorie van toelichting nauwelijks ingaat "
         "op de gevolgen voor de 640 personeelsleden van de omroepen. <b>De Sectorraad vraagt om vóór de "
         "definitieve goedkeuring een impactanalyse te laten uitvoeren naar de gevolgen voor de werkgelegenheid "
         "bij de regionale omroepen.</b></p>",
         "<h2>3. Artikelsgewijze bespreking</h2>",
         art("Artikel 3 - Erkenningsgebieden",
             "'De Vlaamse Regering deelt het Nederlandse taalgebied in vijf erkenningsgebieden in, die samenvallen "
             "met de provincies. Per erkenningsgebied wordt één regionale televisieomroep erkend.'",
             "De Sectorraad begrijpt dat de Vlaamse Regering schaalvoordelen zoekt, maar vreest dat een provinciale "
             "zender de band met de kijker verliest. De huidige zenders werken met herkenbare regio's die niet met de "
             "provinciegrenzen samenvallen. <b>De Sectorraad adviseert om de huidige tien erkenningsgebieden te "
             "behouden en de omroepen vrij te laten om zelf samen te werken.</b>"),
         art("Artikel 5 - Opdracht",
             "'De regionale televisieomroep moet dagelijks een nieuwsuitzending aanbieden en moet zijn programma's "
             "toegankelijk maken voor personen met een auditieve beperking.'",
             "De Sectorraad stelt vast dat de toegankelijkheid in het voorontwerp niet verder wordt uitgewerkt. "
             "Vandaag is slechts een derde van de nieuwsuitzendingen ondertiteld. <b>De Sectorraad vraagt om in "
             "artikel 5 op te nemen dat elke nieuwsuitzending binnen 24 uur ondertiteld online beschikbaar "
             "is.</b>"),
         art("Artikel 8 - Financiering",
             "'De werkingssubsidie bedraagt jaarlijks 12,4 miljoen euro en wordt over de erkende omroepen verdeeld "
             "op basis van prestatieafspraken.'",
             "Sinds 2019 is de werkingssubsidie niet geïndexeerd, terwijl de loonkosten met ruim 20 procent "
             "stegen. <b>De Sectorraad beveelt aan de werkingssubsidie jaarlijks aan te passen aan de "
             "gezondheidsindex, zoals bij andere gesubsidieerde mediaorganisaties.</b>"),
         art("Artikel 12 - Samenwerking met de openbare omroep",
             "'De regionale televisieomroepen en de VRT moeten samenwerken op het vlak van nieuwsgaring, "
             "archivering en technologie.'",
             "De samenwerking met de VRT verloopt vandaag via losse afspraken die elk jaar opnieuw worden "
             "onderhandeld. <b>De Sectorraad adviseert om die samenwerking vast te leggen in één kaderovereenkomst "
             "met een looptijd van vijf jaar.</b>"),
         art("Artikel 15 - Rapportering en toezicht",
             "'De regionale televisieomroep bezorgt jaarlijks een activiteitenverslag, een financieel verslag en een "
             "verslag over de prestatieafspraken aan de Vlaamse Regulator voor de Media.'",
             "De kleinste omroepen hebben minder dan twintig personeelsleden; drie afzonderlijke verslagen zijn voor "
             "hen een zware last. <b>De Sectorraad vraagt om de drie verslagen te vervangen door één geïntegreerd "
             "jaarverslag volgens een vast model.</b>"),
         art("Artikel 19 - Inwerkingtreding",
             "'Dit decreet treedt in werking op 1 januari 2027.'",
             "De omroepen moeten hun structuur, hun personeel en hun contracten aanpassen. <b>De Sectorraad "
             "adviseert de inwerkingtreding uit te stellen tot 1 januari 2028, zodat de omroepen een volledig jaar "
             "hebben om zich voor te bereiden.</b>"),
         "<h2>4. Besluit</h2>",
         "<p>De Sectorraad Media geeft een voorwaardelijk gunstig advies over het voorontwerp, onder voorbehoud van "
         "de opmerkingen hierboven. Hij is bereid zijn advies toe te lichten in de commissie Media van het Vlaams "
         "Parlement.</p>",
         "<p class='s'>Ilse Verschueren, voorzitter Sectorraad Media<br/>Bart De Meulenaere, secretaris</p>"]
    B.soffice_pdf(page("".join(b), "B59NL Serif"), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "SARC | Sectorraad Media | Advies SARC/SRM/2026/05 regionale televisieomroepen",
            "blz. {n}/{m}", SANS["Regular"])


def response():
    b = ["<table width='100%' cellpadding='6' cellspacing='0' border='0'><tr>"
         f"<td bgcolor='{YELLOW}'><p class='s'><b>VLAAMSE REGERING</b></p>"
         "<p class='s'>Persbericht van Vlaams minister van Media Jelle Van Robaeys</p></td></tr></table><p> </p>",
         "<p class='k'>Brussel, vrijdag 8 mei 2026</p>",
         "<h1>Vlaamse Regering hervormt regionale televisie: tien zenders blijven, meer geld vanaf 2027</h1>",
         "<p><b>De Vlaamse Regering heeft vandaag het voorontwerp van decreet over de regionale televisieomroepen "
         "principieel goedgekeurd. Vlaanderen houdt tien regionale zenders, die meer middelen en een duidelijkere "
         "opdracht krijgen. Minister Van Robaeys paste het voorontwerp aan na het advies van de Sectorraad Media en "
         "overleg met de sector.</b></p>",
         "<p>De regionale omroepen zijn voor veel Vlamingen de eerste bron van nieuws over hun eigen gemeente. "
         "Tegelijk staan hun advertentie-inkomsten onder druk door de internationale platformen. Met de hervorming "
         "wil de Vlaamse Regering hun toekomst voor minstens tien jaar veiligstellen.</p>",
         "<p class='q'>'Lokaal nieuws is geen luxe, het is de lijm van onze gemeenschappen. Met deze hervorming "
         "kiezen we voor sterke regionale zenders, dicht bij de mensen,' zegt minister Van Robaeys.</p>",
         "<h2>Wat met het advies van de Sectorraad Media?</h2>",
         "<p>Het oorspronkelijke voorontwerp voorzag in vijf provinciale zenders. Na het advies van de Sectorraad "
         "Media kiest de Vlaamse Regering ervoor om de tien bestaande erkenningsgebieden te behouden. Zenders die "
         "willen samenwerken of fuseren, kunnen dat op eigen initiatief.</p>",
         "<p>Het decreet treedt zoals gepland op 1 januari 2027 in werking. Een later startmoment, zoals de "
         "Sectorraad voorstelde, zou de nieuwe erkenningen een jaar vertragen; daar kiest de Vlaamse Regering niet "
         "voor. De omroepen krijgen wel tot 30 juni 2027 de tijd om hun statuten aan te passen.</p>",
         "<p>De werkingssubsidie van 12,4 miljoen euro wordt voortaan jaarlijks geïndexeerd, zoals de Sectorraad "
         "vroeg. Voor de samenwerking met de VRT wijst de minister erop dat die in de beheersovereenkomst van de "
         "openbare omroep wordt geregeld, die dit najaar opnieuw wordt onderhandeld. De suggestie van een "
         "kaderovereenkomst van vijf jaar neemt hij mee naar die onderhandelingen.</p>",
         "<p>Op vraag van de Sectorraad laat het departement Cultuur, Jeugd en Media tegen september een "
         "impactanalyse uitvoeren naar de werkgelegenheid bij de regionale omroepen. De resultaten worden aan het "
         "Vlaams Parlement bezorgd.</p>",
         "<p>Voor de toegankelijkheid gaat de Vlaamse Regering minder ver dan de Sectorraad. Elke nieuwsuitzending "
         "moet voortaan ondertiteld online staan, maar binnen 48 uur in plaats van 24 uur, omdat de kleinere "
         "zenders de ondertiteling anders niet kunnen betalen.</p>",
         "<h2>Volgende stappen</h2>",
         "<p>Het voorontwerp gaat nu voor advies naar de Raad van State. Daarna volgt de definitieve goedkeuring "
         "door de Vlaamse Regering en de indiening bij het Vlaams Parlement, naar verwachting in het najaar.</p>",
         "<h2>Meer info</h2>",
         "<p class='s'>Lotte Declercq, woordvoerder minister Van Robaeys<br/>0470 00 00 00  |  "
         "lotte.declercq@vlaanderen.example</p>"]
    B.soffice_pdf(page("".join(b), "B59NL Sans", "9.4pt", ORANGE, "18mm 24mm 20mm 24mm"), NAME + "_response.pdf")


def expected():
    B.write_expected(NAME, [
        ("1", "De Sectorraad vraagt om vóór de definitieve goedkeuring een impactanalyse",
         "tegen september een impactanalyse uitvoeren naar de werkgelegenheid", "agrees"),
        ("2", "De Sectorraad adviseert om de huidige tien erkenningsgebieden te behouden",
         "kiest de Vlaamse Regering ervoor om de tien bestaande erkenningsgebieden te behouden", "agrees"),
        ("3", "De Sectorraad vraagt om in artikel 5 op te nemen dat",
         "maar binnen 48 uur in plaats van 24 uur", "partly"),
        ("4", "De Sectorraad beveelt aan de werkingssubsidie jaarlijks aan te passen",
         "wordt voortaan jaarlijks geïndexeerd, zoals de Sectorraad vroeg", "agrees"),
        ("5", "De Sectorraad adviseert om die samenwerking vast te leggen in één kaderovereenkomst",
         "neemt hij mee naar die onderhandelingen", "noted"),
        ("6", "De Sectorraad vraagt om de drie verslagen te vervangen door",
         None, "unanswered"),
        ("7", "De Sectorraad adviseert de inwerkingtreding uit te stellen tot 1 januari 2028",
         "daar kiest de Vlaamse Regering niet voor", "disagrees"),
    ], ["Lokaal nieuws is geen luxe, het is de lijm",
        "Het voorontwerp gaat nu voor advies naar de Raad van State",
        "lotte.declercq@vlaanderen.example"],
        "ADVIES of the Flemish Sectorraad Media of SARC (the advice, its figures and people are invented; the "
        "decreet van 30 april 2009 betreffende de strategische adviesraden is real, what is said of it is not to "
        "be relied on) on a voorontwerp van decreet on the regional television broadcasters, set out as an "
        "ARTIKELSGEWIJZE BESPREKING. The seven recommendations are the BOLD sentences inside paragraphs: one in 2 "
        "Algemene bemerkingen, six in 3 under 'Artikel N - Title' sub-headings (numbers are their order 1-7; "
        "starts_with keeps the 'De Sectorraad adviseert/vraagt/beveelt aan' lead-in). Not recommendations: the "
        "statutory duty ('moet ... het advies ... inwinnen'), the numbered list of four 'krachtlijnen', the draft "
        "articles quoted in italics ('moet dagelijks een nieuwsuitzending aanbieden', 'moeten samenwerken'), the "
        "plain 'De Sectorraad stelt vast / begrijpt' sentences, the 4 Besluit ('voorwaardelijk gunstig advies'). "
        "Response: PERSBERICHT of the minister (yellow 'VLAAMSE REGERING' band, headline, bold lead, a quote of the "
        "minister, sub-heads 'Wat met het advies van de Sectorraad Media?', 'Volgende stappen', 'Meer info'); "
        "replies as plain paragraphs naming no article or number, in the order 2, 7, 4+5, 1, 3: 2 agrees (ten "
        "areas kept); 7 disagrees ('daar kiest de Vlaamse Regering niet voor', only statutes get until mid-2027); "
        "ONE paragraph: 4 agrees (indexation) + 5 noted (a matter for the VRT's beheersovereenkomst, 'neemt hij "
        "mee'); 1 agrees (impact analysis by September); 3 partly (48 instead of 24 hours). 6 (one integrated "
        "report) UNANSWERED. The lead, the background paragraph, the minister's quote, 'Volgende stappen' and the "
        "'Meer info' contact answer nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)
