"""Round 57 (nl): a SIGNALERING of the COMMISSIE GENETISCHE MODIFICATIE (COGEM) on field trials with genetically
modified trees, sent with an aanbiedingsbrief to the state secretary of Infrastructuur en Waterstaat, answered by
the state secretary's KAMERBRIEF 'Reactie op de COGEM-signalering' (with a section on another subject).

Advice: page 1 is the aanbiedingsbrief (COGEM letterhead, Aan/Datum/Kenmerk/Onderwerp block) whose summary
paraphrases three of the points ('doet de COGEM onder meer de aanbeveling ...'), then the signalering itself:
1 Aanleiding, 2 Huidig kader (the Besluit ggo milieubeheer 2013: 'moet ... melden'; the COGEM's own 2019 advice
quoted: 'adviseerde de COGEM ...'), a table of field trials with GM trees in Europe, 3 Aandachtspunten with findings
('zou ... moeten') and SIX UNNUMBERED recommendation sentences inside plain paragraphs ('De COGEM adviseert om ...',
'Daarnaast beveelt de COGEM aan om ...', 'Ook adviseert de COGEM ...', 'Tot slot geeft de COGEM in overweging om
...'); numbers are their order 1-6. Response: Kamerbrief in Rijksoverheid style (address block, Datum/Betreft, a
right-hand column with kenmerk), paragraphs under theme headings in another order: 'Vergunningvoorschriften' (2
agrees), 'Nazorg na afloop van de proef' (ONE paragraph: 1 partly - three years, not five - and 4 agrees),
'Registratie van proeflocaties' (3 disagrees), 'Europese regelgeving' (5 noted); 6 (informing residents) not
answered; 'Aanleiding', 'Stand van zaken nieuwe genomische technieken' and the closing answer nothing. Engine:
LibreOffice Writer headless from HTML (HTML (StarWriter) filter), running header and page numbers stamped with
PyMuPDF; ligature-free DejaVu copies.

Run: /tmp/blind57nl/bin/python tests/docs/src/blind57/gen_nl_cogem_libreoffice.py   (needs soffice)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b57nl as B  # noqa: E402

NAME = "blind57_nl_cogem"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B57NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})
GREEN = "#3c7a3a"
RIJK = "#154273"


def page(body, fam, size="9.4pt", color=GREEN, margins="24mm 24mm 22mm 24mm"):
    css = (f"@page {{ size: 210mm 297mm; margin: {margins}; }}\n"
           f"body {{ font-family: '{fam}'; font-size: {size}; }}\n"
           f"p {{ margin-top: 0; margin-bottom: 5pt; }}\n"
           f"h1 {{ font-family: 'B57NL Sans'; font-size: 15pt; margin-top: 0; margin-bottom: 3pt; color: {color}; }}\n"
           f"h2 {{ font-family: 'B57NL Sans'; font-size: 10.6pt; margin-top: 9pt; margin-bottom: 3pt; "
           f"color: {color}; }}\n"
           f"h3 {{ font-family: 'B57NL Sans'; font-size: 9.4pt; margin-top: 6pt; margin-bottom: 2pt; }}\n"
           f".s {{ font-size: 8pt; }}\n.k {{ font-size: 8pt; color: #555555; }}\n")
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + css + "</style></head><body>" + body
            + "</body></html>")


def meta(rows, w=(22, 78)):
    out = "<table width='100%' cellpadding='1' cellspacing='0' border='0'>"
    for k, v in rows:
        out += (f"<tr><td width='{w[0]}%' valign='top'><p class='k'><b>{k}</b></p></td>"
                f"<td width='{w[1]}%' valign='top'><p class='k'>{v}</p></td></tr>")
    return out + "</table><p> </p>"


def table(rows, widths):
    out = "<table width='100%' cellpadding='3' cellspacing='0' border='1' bordercolor='#a8c5a6'>"
    for i, r in enumerate(rows):
        out += "<tr>"
        for w, c in zip(widths, r):
            bg = " bgcolor='#e3efe2'" if i == 0 else ""
            out += f"<td width='{w}%' valign='top'{bg}><p class='s'>{'<b>' + c + '</b>' if i == 0 else c}</p></td>"
        out += "</tr>"
    return out + "</table>"


def advice():
    b = ["<p><font color='#3c7a3a' size='5'><b>COGEM</b></font><br/>"
         "<span class='k'>Commissie Genetische Modificatie</span></p><p> </p>",
         meta([("Aan", "de staatssecretaris van Infrastructuur en Waterstaat<br/>Postbus 20901<br/>2500 EX Den Haag"),
               ("Datum", "21 april 2026"), ("Kenmerk", "CGM/260421-02"),
               ("Onderwerp", "Signalering 'Veldproeven met genetisch gemodificeerde bomen'")]),
         "<p>Geachte staatssecretaris,</p>",
         "<p>Hierbij bied ik u de signalering 'Veldproeven met genetisch gemodificeerde bomen: aandachtspunten voor de "
         "vergunningverlening' aan. De COGEM heeft deze signalering op eigen initiatief opgesteld, omdat de eerste "
         "aanvraag voor een veldproef met genetisch gemodificeerde (gg-)populieren in Nederland wordt verwacht.</p>",
         "<p>Bomen verschillen op een aantal punten wezenlijk van de eenjarige gewassen waarvoor het huidige kader is "
         "ontworpen: zij leven lang, bloeien pas na enkele jaren en kunnen na het kappen opnieuw uitlopen. In de "
         "signalering doet de COGEM onder meer de aanbeveling de nazorg na een proef te verlengen, de bloei te "
         "beheersen en in Europees verband te werken aan een gemeenschappelijk beoordelingskader.</p>",
         "<p>Hoogachtend,</p><p> </p>",
         "<p>prof. dr. ir. W.G. Hendriksen-Vos<br/>Voorzitter van de COGEM</p>",
         "<p style='page-break-before: always'> </p>",
         "<h1>Veldproeven met genetisch gemodificeerde bomen</h1>",
         "<p class='k'>Aandachtspunten voor de vergunningverlening &ndash; COGEM signalering CGM/260421-02</p>",
         "<h2>1 Aanleiding</h2>",
         "<p>Onderzoekers in verschillende Europese landen werken aan populieren en berken met een gewijzigde "
         "houtsamenstelling, bijvoorbeeld voor de productie van biobrandstoffen. Een Nederlands onderzoeksinstituut "
         "heeft aangekondigd in 2027 een veldproef met gg-populieren te willen uitvoeren. De COGEM signaleert in dit "
         "document welke eigenschappen van bomen bij de risicobeoordeling en de vergunningverlening aandacht "
         "vragen.</p>",
         "<h2>2 Huidig kader</h2>",
         "<p>Veldproeven met genetisch gemodificeerde organismen vallen onder het Besluit genetisch gemodificeerde "
         "organismen milieubeheer 2013. De vergunninghouder moet na afloop van de proef gedurende een jaar "
         "controleren of er nog planten opslaan, en moet elke vondst melden aan Bureau GGO. Dat kader is ontworpen "
         "voor eenjarige gewassen als maïs en aardappel.</p>",
         "<p>De COGEM heeft zich eerder over bomen uitgesproken. In haar advies over een proef met gg-populieren in een "
         "kas (CGM/190321-01) adviseerde de COGEM <i>bij populieren een isolatieafstand van 500 meter tot wilde "
         "verwanten aan te houden</i>. Die proef is nooit naar het veld verplaatst.</p>",
         "<p class='s'><b>Tabel 1</b> Veldproeven met gg-bomen in de Europese Unie, 2010-2025</p>",
         table([("Boomsoort", "Aantal proeven", "Landen", "Langste duur"),
                ("Populier", "23", "BE, DE, ES, FR, SE", "9 jaar"),
                ("Berk", "4", "FI, SE", "6 jaar"),
                ("Eucalyptus", "2", "ES, PT", "4 jaar"),
                ("Den", "1", "SE", "5 jaar")], (30, 20, 30, 20)),
         "<p class='k'>Bron: EU-register van kennisgevingen (SNIF), bewerking COGEM</p>",
         "<h2>3 Aandachtspunten</h2>",
         "<h3>Opslag na afloop van de proef</h3>",
         "<p>Populieren lopen na het kappen uit vanaf de stobbe en de wortels. In Zweedse en Belgische proeven werden "
         "tot vier jaar na het rooien nog nieuwe scheuten gevonden. Eén jaar nazorg is voor bomen daarom te kort. De "
         "COGEM adviseert om de monitoringsperiode na beëindiging van een veldproef met gg-bomen te verlengen van "
         "één jaar naar ten minste vijf jaar. Ook adviseert de COGEM om aanvragers te verplichten bij de aanvraag "
         "een plan in te dienen voor het verwijderen van stobben en wortelstelsels, inclusief de controle daarop.</p>",
         "<h3>Bloei en verspreiding</h3>",
         "<p>Populieren bloeien meestal pas na vijf tot acht jaar, maar onder gunstige omstandigheden eerder. Stuifmeel "
         "en pluis kunnen zich over kilometers verspreiden. Een proef die langer dan vier jaar duurt, zou volgens de "
         "COGEM daarom rekening moeten houden met bloei. Daarnaast beveelt de COGEM aan om in de vergunning voor te "
         "schrijven dat bloeiende bomen vóór de zaadzetting worden verwijderd, of dat de bloei op een andere wijze "
         "wordt voorkomen.</p>",
         "<h3>Registratie</h3>",
         "<p>Omdat bomen lang na afloop van een proef kunnen opslaan, is het van belang dat later nog bekend is waar "
         "een proef heeft plaatsgevonden. Nu is die informatie alleen te vinden in de afzonderlijke vergunningen. De "
         "COGEM adviseert de staatssecretaris daarom om een centraal register bij te houden van de locaties waar "
         "gg-bomen hebben gestaan, zodat opslag ook na jaren kan worden herkend.</p>",
         "<h3>Europees kader en communicatie</h3>",
         "<p>De Europese richtsnoeren voor de milieurisicobeoordeling gaan vooral uit van eenjarige gewassen. Lidstaten "
         "beoordelen meerjarige gewassen daardoor verschillend. De COGEM beveelt aan om bij de Europese Commissie te "
         "pleiten voor een gemeenschappelijk beoordelingskader voor meerjarige gg-gewassen, waaronder bomen. Proeven "
         "met bomen zijn bovendien langer en beter zichtbaar in het landschap dan proeven met eenjarige gewassen. Tot "
         "slot geeft de COGEM in overweging om omwonenden van een proefveld vooraf schriftelijk te informeren over de "
         "aard en de duur van de proef.</p>",
         "<p class='k'>Deze signalering is vastgesteld in de vergadering van de COGEM van 8 april 2026.</p>"]
    B.soffice_pdf(page("".join(b), "B57NL Serif"), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "COGEM signalering CGM/260421-02 - Veldproeven met genetisch gemodificeerde bomen",
            "{n}", SANS["Regular"], skip_first=True, margin=68)


def response():
    b = ["<p><font color='#154273' size='4'><b>Ministerie van Infrastructuur en Waterstaat</b></font></p><p> </p>",
         "<table width='100%' cellpadding='0' cellspacing='0' border='0'><tr>"
         "<td width='70%' valign='top'><p class='k'>&gt; Retouradres Postbus 20901 2500 EX Den Haag</p>"
         "<p>De Voorzitter van de Tweede Kamer<br/>der Staten-Generaal<br/>Postbus 20018<br/>2500 EA Den Haag</p><p> </p>"
         "<p class='k'><b>Datum</b> 2 juli 2026<br/><b>Betreft</b> Reactie op de COGEM-signalering over veldproeven "
         "met gg-bomen</p></td>"
         "<td width='30%' valign='top'><p class='k'><b>Directoraat-Generaal Milieu en Internationaal</b><br/>"
         "Directie Bodem, Ruimte en Stoffen</p><p class='k'><b>Ons kenmerk</b><br/>IENW/BSK-2026/184402</p>"
         "<p class='k'><b>Bijlage(n)</b><br/>1</p></td></tr></table><p> </p>",
         "<p>Geachte voorzitter,</p>",
         "<h3>Aanleiding</h3>",
         "<p>Op 21 april 2026 heeft de Commissie Genetische Modificatie (COGEM) mij de signalering 'Veldproeven met "
         "genetisch gemodificeerde bomen' aangeboden. Ik stuur u de signalering hierbij toe. Ik ben de COGEM "
         "erkentelijk dat zij tijdig, nog voordat een aanvraag is ingediend, aandacht vraagt voor de bijzondere "
         "eigenschappen van bomen. In deze brief geef ik mijn reactie; daarnaast informeer ik u over de stand van "
         "zaken rond de Europese regels voor nieuwe genomische technieken.</p>",
         "<h3>Vergunningvoorschriften</h3>",
         "<p>Ik heb Bureau GGO gevraagd in iedere vergunning voor een veldproef met bomen een voorschrift op te nemen "
         "dat de vergunninghouder verplicht bloeiende bomen te verwijderen voordat zaad wordt gevormd. Een "
         "modelvoorschrift daarvoor is inmiddels opgesteld.</p>",
         "<h3>Nazorg na afloop van de proef</h3>",
         "<p>Ik deel de analyse van de COGEM dat één jaar nazorg voor bomen te kort is. Ik verleng de nazorgperiode "
         "voor bomen via een wijziging van de Regeling ggo milieubeheer tot drie jaar, met de mogelijkheid van "
         "verlenging wanneer in het derde jaar nog opslag wordt gevonden. Een vaste termijn van vijf jaar vind ik voor "
         "alle proeven niet proportioneel. Aanvragers moeten voortaan wel bij de aanvraag een plan voor het "
         "verwijderen van stobben en wortels indienen; dat wordt een indieningsvereiste.</p>",
         "<h3>Registratie van proeflocaties</h3>",
         "<p>Een apart register van proeflocaties acht ik niet nodig. De coördinaten van iedere proeflocatie zijn al "
         "openbaar via het vergunningenregister van Bureau GGO, en blijven daar na afloop van de proef vindbaar. Een "
         "tweede register zou alleen extra beheerlasten opleveren.</p>",
         "<h3>Europese regelgeving</h3>",
         "<p>Het pleidooi voor een Europees beoordelingskader voor meerjarige gewassen neem ik ter kennisgeving aan. De "
         "Europese Autoriteit voor voedselveiligheid werkt op dit moment aan nieuwe richtsnoeren; ik wacht af of "
         "meerjarige gewassen daarin een plaats krijgen voordat ik bepaal of Nederland daar in Brussel aandacht voor "
         "vraagt.</p>",
         "<h3>Stand van zaken nieuwe genomische technieken</h3>",
         "<p>Over de Europese verordening voor planten verkregen met nieuwe genomische technieken is in de triloog "
         "een voorlopig akkoord bereikt. Ik informeer uw Kamer na de formele stemming in de Raad over de gevolgen voor "
         "de Nederlandse regelgeving en de planning van de implementatie.</p>",
         "<h3>Tot slot</h3>",
         "<p>Ik zal de COGEM vragen haar signalering over een jaar te betrekken bij haar trendanalyse, zodat zichtbaar "
         "wordt hoe de voorschriften in de praktijk uitwerken.</p>",
         "<p>Hoogachtend,</p>",
         "<p>DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT - OPENBAAR VERVOER EN MILIEU,</p><p> </p>",
         "<p>drs. M.J. Oosterhuis-Kalff</p>"]
    B.soffice_pdf(page("".join(b), "B57NL Sans", "9.3pt", RIJK, "22mm 26mm 22mm 26mm"), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Ministerie van Infrastructuur en Waterstaat  -  Datum 2 juli 2026  -  Kenmerk "
            "IENW/BSK-2026/184402", "Pagina {n} van {m}", SANS["Regular"], skip_first=True, margin=74)


def expected():
    B.write_expected(NAME, [
        ("1", "om de monitoringsperiode na beëindiging van een veldproef met gg-bomen te",
         "Een vaste termijn van vijf jaar vind ik voor", "partly"),
        ("2", "om in de vergunning voor te schrijven dat bloeiende bomen vóór de",
         "Een modelvoorschrift daarvoor is inmiddels opgesteld", "agrees"),
        ("3", "om een centraal register bij te houden van de locaties waar",
         "Een apart register van proeflocaties acht ik niet nodig", "disagrees"),
        ("4", "om aanvragers te verplichten bij de aanvraag een plan in te dienen",
         "wortels indienen; dat wordt een indieningsvereiste", "agrees"),
        ("5", "om bij de Europese Commissie te pleiten voor een gemeenschappelijk beoordelingskader",
         "neem ik ter kennisgeving aan", "noted"),
        ("6", "om omwonenden van een proefveld vooraf schriftelijk te informeren over de",
         None, "unanswered"),
    ], ["Ik stuur u de signalering hierbij toe",
        "een voorlopig akkoord bereikt",
        "over een jaar te betrekken bij haar trendanalyse"],
        "COGEM signalering (the Commissie Genetische Modificatie is real; the signalering CGM/260421-02, the 2019 "
        "advice CGM/190321-01, the planned trial, the table figures and all people are invented) on field trials "
        "with GM trees, with its aanbiedingsbrief as page 1. The six recommendations are UNNUMBERED sentences inside "
        "plain paragraphs of '3 Aandachtspunten' ('De COGEM adviseert om ...', 'Ook adviseert de COGEM om ...', "
        "'Daarnaast beveelt de COGEM aan om ...', 'De COGEM adviseert de staatssecretaris daarom om ...', 'De COGEM "
        "beveelt aan om ...', 'Tot slot geeft de COGEM in overweging om ...'); numbers are their order 1-6, "
        "starts_with is the clause after the lead-in. Not recommendations: the cover letter's summary ('doet de "
        "COGEM onder meer de aanbeveling de nazorg na een proef te verlengen, ...'), the legal duties of the Besluit "
        "ggo milieubeheer 2013 ('moet ... controleren', 'moet elke vondst melden'), the 2019 advice quoted in "
        "italics ('adviseerde de COGEM bij populieren een isolatieafstand ... aan te houden'), table 1, the finding "
        "'zou volgens de COGEM daarom rekening moeten houden met bloei' and 'is het van belang dat ...'. Response: "
        "the state secretary's Kamerbrief under theme headings without numbers, order 2, 1+4, 3, 5: "
        "'Vergunningvoorschriften' 2 agrees; 'Nazorg na afloop van de proef' ONE paragraph 1 partly (three years "
        "plus extension, a fixed five years 'niet proportioneel') + 4 agrees (removal plan becomes an "
        "indieningsvereiste); 'Registratie van proeflocaties' 3 disagrees; 'Europese regelgeving' 5 noted ('neem ik "
        "ter kennisgeving aan', waits for EFSA guidance); 6 (informing residents) UNANSWERED. 'Aanleiding', 'Stand "
        "van zaken nieuwe genomische technieken' and 'Tot slot' answer nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)
