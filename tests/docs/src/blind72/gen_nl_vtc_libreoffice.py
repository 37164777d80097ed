"""Round 72 (nl): an AANBEVELING of the VLAAMSE TOEZICHTCOMMISSIE voor de verwerking van persoonsgegevens (VTC) to
the lokale besturen and the Vlaamse Regering on smart cameras and sensors in public space, answered by an
OMZENDBRIEF of the Flemish minister of Binnenlands Bestuur to the gemeentebesturen (the ministerial circular that
tells local authorities what is expected of them).

Advice: 'Aanbeveling nr. 2026/02 van 17 maart 2026' (invented), 2 p.: a meta table, the VTC's 'Gelet op' block and
'brengt op eigen initiatief de volgende aanbeveling uit:', I Voorwerp, II Context (a survey with Tabel 1), III
Juridisch kader (AVG articles 35 and 37: 'moet', the decree of 18 July 2008), IV Vaststellingen in numbered
paragraphs 1-6 ('moeten', 'zou ... moeten', the VTC's 2021 advice quoted), V Aanbevelingen: 'De VTC beveelt de
lokale besturen aan:' a)-e) and 'De VTC beveelt de Vlaamse Regering aan:' f)-g), lower-case infinitive clauses
ending in ';' (numbers are the letters); VI Opvolging (the VTC 'zal ... evalueren').
Response: 'Omzendbrief KB/ABB 2026/3', 2 p.: addressees, 1 Inleiding and 2 Toepassingsgebied en regelgeving
(nothing); 3 Wat verwacht ik van de lokale besturen?: 3.1 Informatie en bewaring = ONE paragraph e agrees
(pictograms and website) + c disagrees (no general 72-hour term); 3.2 Register = b partly (obligatory, but only
for devices processing personal data and not necessarily published); 3.3 Effectbeoordeling = a agrees; 4
Ondersteuning: g noted (to the evaluation of the Decreet over het lokaal bestuur), f partly (template yes, no
model register); 5 Inwerkingtreding en opheffing, 6 Contact (nothing); d (purpose limitation in supplier
contracts) unanswered.
Engine: LibreOffice Writer headless from HTML (ligature-free DejaVu copies; running head and page numbers stamped
with PyMuPDF).

Run: /tmp/blind72nl/bin/python tests/docs/src/blind72/gen_nl_vtc_libreoffice.py   (needs soffice)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b72nl as B  # noqa: E402

NAME = "blind72_nl_vtc"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B72NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})
PURPLE = "#4b2a6b"
PALE = "#efeaf3"
YEL = "#fff4c2"


def page(body, fam, size="9.2pt", margins="20mm 22mm 20mm 22mm", col=PURPLE):
    css = (f"@page {{ size: 210mm 297mm; margin: {margins}; }}\n"
           f"body {{ font-family: '{fam}'; font-size: {size}; }}\n"
           f"p {{ margin-top: 0; margin-bottom: 4pt; text-align: justify; }}\n"
           f"h1 {{ font-family: 'B72NL Sans'; font-size: 14pt; color: {col}; margin-top: 0; margin-bottom: 3pt; }}\n"
           f"h2 {{ font-family: 'B72NL Sans'; font-size: 10.4pt; color: {col}; margin-top: 9pt; margin-bottom: 3pt; }}\n"
           f"h3 {{ font-family: 'B72NL Sans'; font-size: 9.4pt; margin-top: 7pt; margin-bottom: 2pt; }}\n"
           f".s {{ font-size: 8.2pt; margin-bottom: 0; text-align: left; }}\n"
           f".k {{ font-size: 7.8pt; color: #555555; }}\n"
           f".q {{ margin-left: 9mm; margin-right: 9mm; font-style: italic; }}\n"
           f".n {{ margin-left: 8mm; text-indent: -8mm; margin-bottom: 4pt; }}\n"
           f".l {{ margin-left: 8mm; text-indent: -6mm; margin-bottom: 3pt; }}\n"
           f".c {{ text-align: center; margin-bottom: 6pt; }}\n"
           f".al {{ text-align: left; }}\n")
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + css + "</style></head><body>" + body
            + "</body></html>")


def cell(t, w=None, bg=None, b=False):
    wa = f" width='{w}'" if w else ""
    ba = f" bgcolor='{bg}'" if bg else ""
    t = f"<b>{t}</b>" if b else t
    return f"<td{wa}{ba} valign='top'><p class='s'>{t}</p></td>"


def table(rows, widths, head=True, shade_first_col=False, border=1):
    out = []
    for i, r in enumerate(rows):
        out.append("<tr>" + "".join(
            cell(c, w, PALE if ((head and i == 0) or (shade_first_col and j == 0)) else None,
                 (head and i == 0) or (shade_first_col and j == 0))
            for j, (c, w) in enumerate(zip(r, widths))) + "</tr>")
    return (f"<table width='100%' cellpadding='4' cellspacing='0' border='{border}' "
            "style='border-collapse: collapse'>" + "".join(out) + "</table>")


def advice():
    b = []
    b.append("<p class='k'>VLAAMSE TOEZICHTCOMMISSIE VOOR DE VERWERKING VAN PERSOONSGEGEVENS</p>")
    b.append("<h1>Aanbeveling nr. 2026/02 van 17 maart 2026</h1>")
    b.append("<p><b>betreffende het gebruik van slimme camera's en sensoren in de openbare ruimte door lokale "
             "besturen</b></p>")
    b.append(table([
        ["Referentie", "VTC/AANB/2026/02"],
        ["Initiatief", "eigen initiatief (artikel 10/5 van het decreet van 18 juli 2008)"],
        ["Bestemmelingen", "de lokale besturen; de Vlaamse Regering"],
        ["Rapporteur", "mevrouw Els Verstraeten, lid"],
    ], ["26%", "74%"], head=False, shade_first_col=True))
    b.append("<p></p>")
    b.append("<p>De Vlaamse Toezichtcommissie voor de verwerking van persoonsgegevens (hierna: de VTC),</p>")
    b.append("<p class='l'>&ndash;&nbsp;&nbsp;gelet op de Verordening (EU) 2016/679 van 27 april 2016 (algemene "
             "verordening gegevensbescherming, hierna: AVG);</p>".replace("&nbsp;", " "))
    b.append("<p class='l'>&ndash;  gelet op het decreet van 18 juli 2008 betreffende het elektronische "
             "bestuurlijke gegevensverkeer, inzonderheid artikel 10/5;</p>")
    b.append("<p class='l'>&ndash;  gelet op het verslag van mevrouw Els Verstraeten;</p>")
    b.append("<p>brengt op eigen initiatief de volgende aanbeveling uit:</p>")

    b.append("<h2>I. Voorwerp</h2>")
    b.append("<p>Steeds meer steden en gemeenten plaatsen in de openbare ruimte camera's en sensoren die meer doen "
             "dan beelden opnemen. Zij tellen voetgangers en fietsers, meten de drukte op markten en evenementen of "
             "herkennen afwijkend gedrag. Deze aanbeveling gaat over het gebruik van die toepassingen door lokale "
             "besturen voor andere doeleinden dan politionele opdrachten. Het gebruik van camera's door de "
             "politiediensten, dat geregeld wordt door de federale camerawet, valt buiten haar bestek.</p>")

    b.append("<h2>II. Context</h2>")
    b.append("<p>In het najaar van 2025 heeft de VTC een bevraging gehouden bij de Vlaamse gemeenten. 214 "
             "gemeenten antwoordden. Tabel 1 geeft de belangrijkste resultaten.</p>")
    b.append(table([
        ["Vraag", "Ja", "Nee", "Weet niet"],
        ["Gebruikt uw bestuur slimme camera's of sensoren?", "96", "112", "6"],
        ["Zo ja: werd een effectbeoordeling uitgevoerd?", "31", "52", "13"],
        ["Zo ja: is er een overzicht van alle toestellen?", "22", "68", "6"],
        ["Zo ja: worden de gegevens bij de leverancier bewaard?", "58", "19", "19"],
    ], ["58%", "14%", "14%", "14%"]))
    b.append("<p class='k'><i>Tabel 1. Bevraging van de VTC bij de Vlaamse gemeenten (n = 214), aantallen "
             "gemeenten.</i></p>")

    b.append("<h2>III. Juridisch kader</h2>")
    b.append("<p>Wanneer een verwerking waarschijnlijk een hoog risico inhoudt voor de rechten en vrijheden van "
             "natuurlijke personen, moet de verwerkingsverantwoordelijke vooraf een "
             "gegevensbeschermingseffectbeoordeling uitvoeren (artikel 35 AVG). Elke overheidsinstantie moet "
             "bovendien een functionaris voor gegevensbescherming aanwijzen (artikel 37 AVG). Het decreet van 18 "
             "juli 2008 vertrouwt de VTC het toezicht op de naleving van die regels door de Vlaamse en lokale "
             "overheden toe.</p>")

    b.append("<h2>IV. Vaststellingen</h2>")
    for n, t in (
            ("1.", "Slechts een derde van de gemeenten die slimme toestellen gebruiken, heeft vooraf een "
                   "effectbeoordeling uitgevoerd. Vaak werd een proefproject opgestart zonder enige analyse, dat "
                   "daarna ongemerkt een blijvende toepassing werd."),
            ("2.", "De meeste gemeenten hebben geen volledig overzicht van de toestellen op hun grondgebied. "
                   "Toestellen worden aangekocht door verschillende diensten en soms door een intergemeentelijk "
                   "samenwerkingsverband."),
            ("3.", "Bij een derde van de toepassingen worden ruwe beelden opgeslagen, hoewel het doel alleen "
                   "tellingen vereist. Een gemeente zou in zulke gevallen alleen geaggregeerde gegevens moeten "
                   "bijhouden."),
            ("4.", "In de bekeken contracten behoudt de leverancier vaak het recht om de gegevens te gebruiken om "
                   "zijn eigen algoritmen te verbeteren."),
            ("5.", "Burgers weten zelden dat zij worden geteld of gevolgd. Op de gemeentelijke websites ontbreekt "
                   "meestal elke informatie."),
            ("6.", "De VTC herinnert eraan dat zij in haar advies van 2021 over het lokaal bestuur al schreef: "
                   "'Lokale besturen moeten weten welke persoonsgegevens zij in de openbare ruimte verwerken.' Die "
                   "vaststelling blijft actueel.")):
        b.append(f"<p class='n'>{n}&nbsp;&nbsp;&nbsp;{t}</p>".replace("&nbsp;", " "))

    b.append("<h2>V. Aanbevelingen</h2>")
    b.append("<p>Gelet op het voorgaande beveelt de VTC de lokale besturen aan:</p>")
    for n, t in (
            ("a)", "een gegevensbeschermingseffectbeoordeling uit te voeren vóór elke ingebruikname van een slimme "
                   "camera of sensor, ook wanneer het om een tijdelijk proefproject gaat;"),
            ("b)", "een openbaar register bij te houden van alle slimme camera's en sensoren op hun grondgebied, "
                   "met vermelding van het doel, de bewaartermijn en de verantwoordelijke dienst;"),
            ("c)", "beelden zoveel mogelijk aan de bron te anonimiseren en ruwe beelden in geen geval langer dan "
                   "72 uur te bewaren;"),
            ("d)", "in de overeenkomsten met leveranciers uitdrukkelijk te bepalen dat de gegevens niet voor "
                   "eigen doeleinden van de leverancier mogen worden gebruikt;"),
            ("e)", "de burgers zowel ter plaatse, met duidelijke pictogrammen, als via de gemeentelijke website "
                   "te informeren over de toestellen en hun doel.")):
        b.append(f"<p class='l'>{n}  {t}</p>")
    b.append("<p>De VTC beveelt de Vlaamse Regering aan:</p>")
    for n, t in (
            ("f)", "de lokale besturen een sjabloon voor de effectbeoordeling en een modelregister ter "
                   "beschikking te stellen;"),
            ("g)", "in de regelgeving over het lokaal bestuur een uitdrukkelijke grondslag op te nemen voor het "
                   "gebruik van slimme sensoren die persoonsgegevens verwerken.")):
        b.append(f"<p class='l'>{n}  {t}</p>")

    b.append("<h2>VI. Opvolging</h2>")
    b.append("<p>De VTC zal de opvolging van deze aanbeveling in 2028 evalueren met een nieuwe bevraging. Zij "
             "behoudt zich het recht voor om in individuele dossiers een onderzoek in te stellen.</p>")
    b.append("<p>Brussel, 17 maart 2026.</p>")
    b.append("<p class='al'>De secretaris,<br/>Koen Demuynck</p><p class='al'>De voorzitter,<br/>Annelies Van Roy</p>")
    B.soffice_pdf(page("".join(b), "B72NL Sans", "9.1pt"), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "VTC  |  Aanbeveling nr. 2026/02  |  Slimme camera's en sensoren", "{n}/{m}",
            SANS["Regular"])


def response():
    b = []
    b.append("<p class='k'>VLAAMSE OVERHEID  |  Agentschap Binnenlands Bestuur</p>")
    b.append("<h1>Omzendbrief KB/ABB 2026/3</h1>")
    b.append("<p><b>Slimme camera's en sensoren in de openbare ruimte</b></p>")
    b.append(table([
        ["Datum", "2 juni 2026"],
        ["Aan", "de colleges van burgemeester en schepenen; de gemeenteraden; de raden voor maatschappelijk "
                "welzijn"],
        ["Ter informatie aan", "de provinciegouverneurs; de Vereniging van Vlaamse Steden en Gemeenten"],
        ["Contact", "team Lokaal Bestuur, Havenlaan 88, 1000 Brussel"],
    ], ["26%", "74%"], head=False, shade_first_col=True))
    b.append("<p></p><p class='al'>Geachte mevrouw de burgemeester,<br/>Geachte heer de burgemeester,<br/>Geachte "
             "schepenen,<br/>Geachte raadsleden,</p>")

    b.append("<h2>1. Inleiding</h2>")
    b.append("<p>Steden en gemeenten zetten steeds vaker slimme camera's en sensoren in om de drukte te meten, "
             "het verkeer te sturen of evenementen veilig te laten verlopen. Dat biedt kansen, maar het raakt ook "
             "aan de privacy van de inwoners. De Vlaamse Toezichtcommissie heeft op 17 maart 2026 een aanbeveling "
             "uitgebracht over dit onderwerp. Met deze omzendbrief wil ik u duidelijkheid geven over wat ik van u "
             "verwacht.</p>")

    b.append("<h2>2. Toepassingsgebied en regelgeving</h2>")
    b.append("<p>Deze omzendbrief geldt voor alle toestellen die een lokaal bestuur in de openbare ruimte "
             "plaatst of laat plaatsen en die gegevens over personen kunnen vastleggen. Camera's die de politie "
             "gebruikt, vallen er niet onder. U blijft als verwerkingsverantwoordelijke zelf gebonden aan de "
             "algemene verordening gegevensbescherming; deze omzendbrief voegt daar geen nieuwe verplichtingen "
             "aan toe, maar geeft aan hoe ik de regels toegepast wil zien.</p>")

    b.append("<h2>3. Wat verwacht ik van de lokale besturen?</h2>")
    b.append("<h3>3.1 Informatie en bewaring</h3>")
    b.append("<p>Inwoners hebben het recht te weten dat zij worden geteld of gefilmd. Ik vraag u daarom bij elk "
             "toestel een pictogram aan te brengen en op uw website per toestel het doel en de verantwoordelijke "
             "dienst te vermelden; op dat punt volg ik de Toezichtcommissie volledig. Een vaste maximale "
             "bewaartermijn voor ruwe beelden leg ik u daarentegen niet op. Welke termijn nodig is, hangt af van "
             "het doel, en een algemene grens van drie dagen zou bijvoorbeeld de analyse van incidenten op "
             "grote evenementen onmogelijk maken. Ik reken er wel op dat u de termijn per toepassing motiveert.</p>")
    b.append("<h3>3.2 Register</h3>")
    b.append("<p>Ik vraag elk bestuur om een register bij te houden van de slimme toestellen op zijn grondgebied. "
             "Dat register moet alleen de toestellen bevatten die persoonsgegevens verwerken; zuivere "
             "meetapparatuur, zoals luchtkwaliteitssensoren, hoeft u er niet in op te nemen. Het register moet op "
             "eenvoudig verzoek worden voorgelegd, maar u bent niet verplicht het op uw website te publiceren.</p>")
    b.append("<h3>3.3 Effectbeoordeling</h3>")
    b.append("<p>Voor slimme camera's en sensoren die personen kunnen herkennen of volgen, gaat de "
             "Toezichtcommissie ervan uit dat er een hoog risico is. Ik sluit mij daarbij aan: voer de "
             "effectbeoordeling uit voordat een toestel in gebruik wordt genomen, dus ook voor een test van enkele "
             "weken. Betrek daarbij tijdig uw functionaris voor gegevensbescherming.</p>")

    b.append("<h2>4. Ondersteuning door de Vlaamse overheid</h2>")
    b.append("<p>De Toezichtcommissie vraagt de Vlaamse Regering om een uitdrukkelijke decretale grondslag voor "
             "het gebruik van slimme sensoren. Ik neem die suggestie mee in de evaluatie van het Decreet over het "
             "lokaal bestuur, die in 2027 van start gaat. Of een wijziging nodig is, zal uit die evaluatie "
             "moeten blijken.</p>")
    b.append("<p>Het Agentschap Binnenlands Bestuur stelt in het najaar van 2026 een sjabloon voor de "
             "effectbeoordeling ter beschikking, dat samen met de Vereniging van Vlaamse Steden en Gemeenten "
             "wordt opgesteld. Een modelregister komt er niet: de vorm van het register laat ik aan de besturen "
             "zelf over.</p>")

    b.append("<h2>5. Inwerkingtreding en opheffing</h2>")
    b.append("<p>Deze omzendbrief treedt in werking op de dag van zijn publicatie in het Belgisch Staatsblad. "
             "Omzendbrief BB 2019/2 over camera's in gemeentelijke gebouwen wordt opgeheven.</p>")
    b.append("<h2>6. Contact</h2>")
    b.append("<p>Met vragen over deze omzendbrief kunt u terecht bij het team Lokaal Bestuur van het Agentschap "
             "Binnenlands Bestuur.</p>")
    b.append("<p>Met de meeste hoogachting,</p><p class='al'>Hilde Van Laere<br/>Vlaams minister van Binnenlands Bestuur</p>")
    B.soffice_pdf(page("".join(b), "B72NL Serif", "9.4pt", "22mm 22mm 22mm 24mm", col="#2b3a67"),
                  NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Omzendbrief KB/ABB 2026/3  |  Slimme camera's en sensoren in de openbare "
                                    "ruimte", "pagina {n} van {m}", SANS["Regular"])


def expected():
    B.write_expected(NAME, [
        ("a", "een gegevensbeschermingseffectbeoordeling uit te voeren vóór elke ingebruikname van een",
         "voer de effectbeoordeling uit voordat een toestel in gebruik wordt genomen", "agrees"),
        ("b", "een openbaar register bij te houden van alle slimme camera's",
         "u bent niet verplicht het op uw website te publiceren", "partly"),
        ("c", "beelden zoveel mogelijk aan de bron te anonimiseren en ruwe",
         "maximale bewaartermijn voor ruwe beelden leg ik u daarentegen niet op", "disagrees"),
        ("d", "in de overeenkomsten met leveranciers uitdrukkelijk te bepalen dat de", None, "unanswered"),
        ("e", "de burgers zowel ter plaatse, met duidelijke pictogrammen, als via",
         "op dat punt volg ik de Toezichtcommissie volledig", "agrees"),
        ("f", "de lokale besturen een sjabloon voor de effectbeoordeling en een",
         "Een modelregister komt er niet", "partly"),
        ("g", "in de regelgeving over het lokaal bestuur een uitdrukkelijke grondslag",
         "Ik neem die suggestie mee in de evaluatie", "noted"),
    ], [
        "Met deze omzendbrief wil ik u duidelijkheid geven",
        "Camera's die de politie gebruikt, vallen er niet onder",
        "Omzendbrief BB 2019/2 over camera's in gemeentelijke gebouwen wordt opgeheven",
        "kunt u terecht bij het team Lokaal Bestuur",
    ], "AANBEVELING of the VLAAMSE TOEZICHTCOMMISSIE (VTC) on smart cameras and sensors, answered by an OMZENDBRIEF "
       "of the Flemish minister of Binnenlands Bestuur to the local authorities. The VTC, the AVG (articles 35 "
       "and 37), the decree of 18 July 2008, the Decreet over het lokaal bestuur, the Agentschap Binnenlands "
       "Bestuur, the VVSG and the federal camerawet are real; the recommendation nr. 2026/02, its survey and "
       "2021 advice, the omzendbrief KB/ABB 2026/3 (and BB 2019/2), the minister and all people and figures are "
       "invented. The seven recommendations are the lettered infinitive clauses a)-e) after 'beveelt de VTC de "
       "lokale besturen aan:' and f)-g) after 'De VTC beveelt de Vlaamse Regering aan:' (numbers are the "
       "letters). Not recommendations: the 'gelet op' dashes, I Voorwerp, Tabel 1, the AVG duties in III "
       "('moet'), the numbered findings 1.-6. in IV ('zou ... moeten bijhouden', the 2021 advice quoted: "
       "'Lokale besturen moeten weten ...'), VI Opvolging ('zal ... evalueren'). Response: 1 Inleiding and 2 "
       "Toepassingsgebied (nothing); 3.1 ONE paragraph = e agrees (pictograms and website: 'volg ik de "
       "Toezichtcommissie volledig') + c disagrees (no fixed maximum term such as three days); 3.2 = b partly "
       "(register obligatory, but only for devices processing personal data and not necessarily published); "
       "3.3 = a agrees (also for a test of a few weeks); 4 = g noted (taken into the 2027 evaluation of the "
       "decree), then f partly (template yes, no model register); 5 and 6 (nothing); d (supplier contracts) "
       "UNANSWERED.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    sys.exit(B.main([NAME]))
