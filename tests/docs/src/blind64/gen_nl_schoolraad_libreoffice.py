"""Round 64 (nl): an ADVIES of the SCHOOLRAAD of a Flemish secondary school (the participation council of parents,
staff, pupils and the local community under the Participatiedecreet of 2 April 2004) on the draft SCHOOLREGLEMENT
2026-2027, answered by an UITTREKSEL UIT HET VERSLAG of the school board's RAAD VAN BESTUUR (a vzw), agenda item
with 'Voorgeschiedenis', 'Bespreking' and a 'Besluit' in articles.

Advice: schoolraad form, 2 p.: header band (Advies 2026-02), a meta table (Aan / Adviesvraag / Vergadering /
Contact), 1 Context (the decree's 'moet ... om advies vragen', the huishoudelijk reglement's 'moet ... motiveren'),
Tabel 1 of the council's make-up and vote per geleding, 2 Voorbereiding (the leerlingenraad's 'moet', the council's
2024 advice quoted as an imperative and reported as done), 3 Algemene beoordeling ('gunstig advies': a judgment), 4
Adviezen per artikel: a ruled TABLE Nr. / Artikel ontwerp / Advies van de schoolraad / Stemming with rows 1-7 (the
advice sentences start 'De schoolraad adviseert', 'vraagt om', 'stelt voor', an imperative, 'raadt aan'), 5 a
MINORITY VIEW of the staff members ('vinden dat ... moet blijven'), signatures.
Response: uittreksel (vzw letterhead, Aanwezig / Verontschuldigd, agendapunt 5), Voorgeschiedenis, Bespreking (2
answered there only), Besluit with Artikel 1-6: art. 1 adopts the reglement (answers nothing), art. 2 = 4, art. 3 =
1 + 6 (one article: disagrees / agrees), art. 4 = 3, art. 5 = 7, art. 6 the notification (answers nothing); 5
unanswered.
Engine: LibreOffice Writer headless from HTML (ligature-free DejaVu copies 'B64NL Sans/Serif'), running heads and
page numbers stamped with PyMuPDF.

Run: /tmp/blind64nl/bin/python tests/docs/src/blind64/gen_nl_schoolraad_libreoffice.py   (needs soffice)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b64nl as B  # noqa: E402

NAME = "blind64_nl_schoolraad"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B64NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})
PLUM = "#6b2a5e"
PALE = "#f3ebf1"


def page(body, fam, size="9.2pt", margins="22mm 22mm 22mm 22mm"):
    css = (f"@page {{ size: 210mm 297mm; margin: {margins}; }}\n"
           f"body {{ font-family: '{fam}'; font-size: {size}; }}\n"
           f"p {{ margin-top: 0; margin-bottom: 4pt; text-align: left; }}\n"
           f"h1 {{ font-family: 'B64NL Sans'; font-size: 14pt; margin-top: 0; margin-bottom: 3pt; color: {PLUM}; }}\n"
           f"h2 {{ font-family: 'B64NL Sans'; font-size: 10.4pt; margin-top: 9pt; margin-bottom: 3pt; "
           f"color: {PLUM}; }}\n"
           f".s {{ font-size: 8.2pt; margin-bottom: 0; }}\n.k {{ font-size: 7.8pt; color: #555555; }}\n"
           f".q {{ margin-left: 9mm; margin-right: 9mm; font-style: italic; }}\n"
           f".sh {{ font-family: 'B64NL Sans'; font-weight: bold; margin-top: 8pt; margin-bottom: 2pt; }}\n"
           f".art {{ margin-left: 18mm; text-indent: -18mm; }}\n")
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + css + "</style></head><body>" + body
            + "</body></html>")


def cell(t, w=None, bg=None, b=False):
    wa = f" width='{w}'" if w else ""
    ba = f" bgcolor='{bg}'" if bg else ""
    t = f"<b>{t}</b>" if b else t
    return f"<td{wa}{ba} valign='top'><p class='s'>{t}</p></td>"


def rec_row(n, art, text, vote):
    return "<tr>" + cell(f"{n}", "6%", b=True) + cell(art, "17%") + cell(text, "61%") + cell(vote, "16%") + "</tr>"


def advice():
    b = [f"<table width='100%' cellpadding='6' cellspacing='0' border='0'><tr><td bgcolor='{PLUM}'>"
         "<p class='s'><font color='#ffffff'><b>SCHOOLRAAD</b><br/>Sint-Amandusinstituut Heiveld</font></p></td>"
         f"<td bgcolor='{PLUM}'><p class='s' align='right'><font color='#ffffff'>Advies 2026-02</font></p></td>"
         "</tr></table><p> </p>",
         "<h1>Advies over het ontwerp van schoolreglement 2026-2027</h1>",
         f"<table width='100%' cellpadding='3' cellspacing='0' border='0'>"
         "<tr>" + cell("Aan", "26%", PALE, True) + cell("het schoolbestuur, vzw KSO Heiveld-Leie", None, PALE)
         + "</tr><tr>" + cell("Adviesvraag", None, PALE, True)
         + cell("brief van de directie namens het schoolbestuur van 3 maart 2026", None, PALE)
         + "</tr><tr>" + cell("Vergadering", None, PALE, True)
         + cell("21 april 2026 (12 van de 12 leden aanwezig)", None, PALE)
         + "</tr><tr>" + cell("Contact", None, PALE, True)
         + cell("Katrien Declercq, voorzitter, schoolraad@sintamandus-heiveld.be", None, PALE) + "</tr></table>",
         "<h2>1. Context</h2>",
         "<p>Volgens het decreet betreffende participatie op school van 2 april 2004 moet het schoolbestuur de "
         "schoolraad om advies vragen over het schoolreglement. Ons huishoudelijk reglement bepaalt bovendien: "
         "wijkt het schoolbestuur af van een advies, dan moet het dat binnen dertig dagen schriftelijk motiveren. "
         "De schoolraad bestaat uit drie leden per geleding. Tabel 1 geeft de samenstelling en de stemming over "
         "dit advies als geheel.</p>",
         "<table width='80%' cellpadding='2' cellspacing='0' border='1'>"
         "<tr>" + cell("Geleding", "40%", PALE, True) + cell("Leden", "15%", PALE, True)
         + cell("Voor", "15%", PALE, True) + cell("Tegen", "15%", PALE, True) + cell("Onthouding", "15%", PALE, True)
         + "</tr><tr>" + cell("Ouders") + cell("3") + cell("3") + cell("0") + cell("0")
         + "</tr><tr>" + cell("Personeel") + cell("3") + cell("2") + cell("0") + cell("1")
         + "</tr><tr>" + cell("Leerlingen") + cell("3") + cell("3") + cell("0") + cell("0")
         + "</tr><tr>" + cell("Lokale gemeenschap") + cell("3") + cell("3") + cell("0") + cell("0")
         + "</tr></table>",
         "<p class='k'>Tabel 1. Samenstelling van de schoolraad en stemming over het advies</p>",
         "<h2>2. Voorbereiding</h2>",
         "<p>Elke geleding heeft het ontwerp vooraf besproken met haar achterban. De leerlingenraad bevroeg 412 "
         "leerlingen; volgens de leerlingenraad moet de school vooral uitleggen waarom regels er zijn. De "
         "ouderraad bracht een schriftelijke nota in over de schoolkosten.</p>",
         "<p>Vorig jaar adviseerde de schoolraad:</p>",
         "<p class='q'>'Maak de bijdrageregeling voor 1 juni bekend aan alle ouders.'</p>",
         "<p>Dat advies is opgevolgd: de bijdrageregeling 2025-2026 stond op 20 mei 2025 op Smartschool.</p>",
         "<h2>3. Algemene beoordeling</h2>",
         "<p>De schoolraad geeft een gunstig advies over het ontwerp van schoolreglement 2026-2027. Het ontwerp is "
         "beter leesbaar dan het huidige reglement. Bij zeven artikelen formuleert de schoolraad een advies; die "
         "staan in de tabel hieronder.</p>",
         "<h2>4. Adviezen per artikel</h2>",
         "<table width='100%' cellpadding='3' cellspacing='0' border='1'>"
         "<tr>" + cell("Nr.", "6%", PALE, True) + cell("Artikel ontwerp", "17%", PALE, True)
         + cell("Advies van de schoolraad", "61%", PALE, True) + cell("Stemming", "16%", PALE, True) + "</tr>",
         rec_row(1, "Art. 12 Gsm en andere toestellen",
                 "De schoolraad adviseert om het gsm-verbod niet te laten gelden tijdens de middagpauze voor "
                 "leerlingen van de derde graad. Zij kunnen zo leren verantwoord met hun toestel om te gaan.",
                 "8 voor, 3 tegen, 1 onthouding"),
         rec_row(2, "Art. 15 Afwezigheden",
                 "De schoolraad vraagt om ouders bij elke ongewettigde afwezigheid nog dezelfde dag via Smartschool "
                 "te verwittigen.", "unaniem"),
         rec_row(3, "Art. 21 Bijdrageregeling",
                 "De schoolraad stelt voor de maximumfactuur voor uitstappen in de eerste graad te verlagen tot 120 "
                 "euro per schooljaar.", "unaniem"),
         rec_row(4, "Art. 28 Orde- en tuchtmaatregelen",
                 "De schoolraad adviseert om bij een preventieve schorsing altijd een begeleidingsgesprek met het "
                 "CLB aan te bieden.", "unaniem"),
         rec_row(5, "Art. 30 Klachten",
                 "Neem in het schoolreglement een vast aanspreekpunt voor klachten op dat los staat van de directie.",
                 "11 voor, 1 onthouding"),
         rec_row(6, "Art. 34 Kledij en uiterlijk",
                 "De schoolraad raadt aan het verbod op hoofddeksels te beperken tot de praktijklessen en de "
                 "lessen lichamelijke opvoeding.", "9 voor, 3 tegen"),
         rec_row(7, "Algemeen",
                 "De schoolraad vraagt het schoolbestuur om naast het volledige reglement ook een verkorte versie in "
                 "eenvoudige taal voor leerlingen te publiceren.", "unaniem"),
         "</table>",
         "<h2>5. Minderheidsstandpunt</h2>",
         "<p>Drie leden van de geleding personeel stemden tegen advies 6. Zij vinden dat het verbod op "
         "hoofddeksels in het hele gebouw moet blijven gelden, omdat leerkrachten anders per lokaal andere regels "
         "moeten handhaven. De schoolraad neemt dit standpunt op zoals het huishoudelijk reglement voorschrijft.</p>",
         "<p> </p><p>Voor de schoolraad,</p>",
         "<p>Katrien Declercq, voorzitter<br/>Bram Vanhoutte, secretaris</p>"]
    B.soffice_pdf(page("".join(b), "B64NL Sans"), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Schoolraad Sint-Amandusinstituut Heiveld  |  Advies 2026-02 schoolreglement",
            "{n}/{m}", SANS["Regular"])


def response():
    b = ["<table width='100%' cellpadding='0' cellspacing='0' border='0'><tr><td width='62%'>"
         f"<p><font color='{PLUM}' size='4'><b>vzw KSO Heiveld-Leie</b></font><br/><font size='1'>Katholiek "
         "Secundair Onderwijs Heiveld-Leie  -  schoolbestuur van het Sint-Amandusinstituut en het "
         "Sint-Jozefsinstituut</font></p></td><td><p class='k'>Kerkstraat 14<br/>8830 Heiveld<br/>"
         "ondernemingsnummer 0412.558.906</p></td></tr></table><p> </p>",
         "<h1>Uittreksel uit het verslag van de raad van bestuur</h1>",
         "<p class='s'><b>Vergadering van 19 mei 2026</b></p>",
         "<p class='s'>Aanwezig: Luc Verhaeghe, voorzitter; Annick Desmet; Pieter Vandenberghe; Griet Coussement; "
         "zuster Hilde Maes; Jan Lievens, algemeen directeur (adviserend)<br/>Verontschuldigd: Marc Defoort</p>"
         "<p> </p>",
         "<p class='sh'>Agendapunt 5. Schoolreglement 2026-2027 Sint-Amandusinstituut - advies van de schoolraad</p>",
         "<p><b>Voorgeschiedenis</b></p>",
         "<p>De directie legde het ontwerp van schoolreglement namens het schoolbestuur op 3 maart 2026 voor aan "
         "de schoolraad. Het advies 2026-02 van de schoolraad van 21 april 2026 werd aan de leden bezorgd. De "
         "pedagogische begeleidingsdienst heeft het ontwerp juridisch nagekeken.</p>",
         "<p><b>Bespreking</b></p>",
         "<p>De algemeen directeur licht het advies toe. De raad waardeert het werk van de schoolraad en de "
         "bevraging door de leerlingenraad. Over het dagelijks verwittigen van ouders bij ongewettigde "
         "afwezigheid neemt de raad kennis van het voorstel; de directie bekijkt eerst met de leverancier van "
         "Smartschool wat technisch mogelijk is en komt daar in het najaar op terug.</p>",
         "<p>Over het gsm-gebruik wordt lang gesproken. Verschillende leden wijzen op de ervaringen van andere "
         "scholen met een verbod gedurende de hele schooldag.</p>",
         "<p><b>Besluit</b></p>",
         "<p>De raad van bestuur beslist met eenparigheid van stemmen:</p>",
         "<p class='art'><b>Artikel 1.</b>\tHet schoolreglement 2026-2027 van het Sint-Amandusinstituut wordt "
         "vastgesteld zoals gevoegd bij dit verslag, met de wijzigingen in de artikelen hieronder.</p>",
         "<p class='art'><b>Artikel 2.</b>\tIn artikel 28 van het schoolreglement wordt toegevoegd dat de school "
         "de leerling en de ouders bij elke preventieve schorsing een gesprek met het CLB voorstelt. Het advies "
         "van de schoolraad wordt hierin gevolgd.</p>",
         "<p class='art'><b>Artikel 3.</b>\tHet gsm-verbod blijft gelden voor alle leerlingen gedurende de hele "
         "schooldag, ook tijdens de middagpauze; de raad volgt het advies hierover niet, omdat een uitzondering "
         "voor de derde graad in de praktijk niet te controleren is. Het verbod op hoofddeksels geldt voortaan "
         "alleen in de praktijklessen en de lessen LO, zoals de schoolraad voorstelt.</p>",
         "<p class='art'><b>Artikel 4.</b>\tDe maximumfactuur voor uitstappen in de eerste graad wordt verlaagd "
         "van 150 naar 135 euro per schooljaar. Een verdere verlaging tot het door de schoolraad gevraagde bedrag "
         "is niet haalbaar zonder de meerdaagse uitstap te schrappen.</p>",
         "<p class='art'><b>Artikel 5.</b>\tDe directie maakt tegen 1 september 2026 een verkorte versie van het "
         "schoolreglement in eenvoudige taal, samen met de leerlingenraad.</p>",
         "<p class='art'><b>Artikel 6.</b>\tDe secretaris bezorgt dit uittreksel aan de voorzitter van de "
         "schoolraad; het geldt als gemotiveerd antwoord op het advies.</p>",
         "<p> </p><p>Voor eensluidend uittreksel,</p>",
         "<table width='100%' cellpadding='0' cellspacing='0' border='0'><tr><td width='50%'><p>Annick Desmet<br/>"
         "secretaris</p></td><td><p>Luc Verhaeghe<br/>voorzitter</p></td></tr></table>"]
    B.soffice_pdf(page("".join(b), "B64NL Serif", "9.4pt", "22mm 24mm 22mm 24mm"), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "vzw KSO Heiveld-Leie  |  Raad van bestuur 19 mei 2026", "pagina {n} van {m}",
            SERIF["Regular"])


def expected():
    B.write_expected(NAME, [
        (1, "De schoolraad adviseert om het gsm-verbod niet te laten gelden",
         "de raad volgt het advies hierover niet", "disagrees"),
        (2, "De schoolraad vraagt om ouders bij elke ongewettigde afwezigheid nog",
         "neemt de raad kennis van het voorstel", "noted"),
        (3, "De schoolraad stelt voor de maximumfactuur voor uitstappen in de",
         "wordt verlaagd van 150 naar 135 euro per schooljaar", "partly"),
        (4, "De schoolraad adviseert om bij een preventieve schorsing altijd een",
         "bij elke preventieve schorsing een gesprek met het CLB voorstelt", "agrees"),
        (5, "Neem in het schoolreglement een vast aanspreekpunt voor klachten op", None, "unanswered"),
        (6, "De schoolraad raadt aan het verbod op hoofddeksels te beperken",
         "geldt voortaan alleen in de praktijklessen en de lessen LO", "agrees"),
        (7, "De schoolraad vraagt het schoolbestuur om naast het volledige reglement",
         "maakt tegen 1 september 2026 een verkorte versie", "agrees"),
    ], [
        "De pedagogische begeleidingsdienst heeft het ontwerp juridisch nagekeken",
        "wordt vastgesteld zoals gevoegd bij dit verslag",
        "De secretaris bezorgt dit uittreksel aan de voorzitter",
    ], "ADVIES 2026-02 of the SCHOOLRAAD of an invented Flemish secondary school (Sint-Amandusinstituut Heiveld; "
       "parents, staff, pupils and local community under the Participatiedecreet of 2 April 2004) on the draft "
       "schoolreglement 2026-2027, answered by an UITTREKSEL UIT HET VERSLAG of the raad van bestuur of the school "
       "board (vzw KSO Heiveld-Leie). The decree is real; the school, board, people, figures, the huishoudelijk "
       "reglement and the quoted 2024 advice are invented. The seven recommendations stand ONLY in a ruled TABLE "
       "Nr. / Artikel ontwerp / Advies van de schoolraad / Stemming (numbers 1-7 from the table), in different "
       "forms ('De schoolraad adviseert om', 'vraagt om', 'stelt voor', the imperative 'Neem ... op', 'raadt aan', "
       "'vraagt het schoolbestuur om'), some with a second, motivating sentence. Not recommendations: the "
       "decree's 'moet het schoolbestuur de schoolraad om advies vragen', the huishoudelijk reglement's 'moet het "
       "dat ... motiveren', Tabel 1 (make-up and vote), the leerlingenraad's 'moet de school vooral uitleggen', the "
       "2024 advice quoted as an imperative ('Maak de bijdrageregeling voor 1 juni bekend') and reported as done, "
       "3 Algemene beoordeling ('gunstig advies': a judgment), and 5 Minderheidsstandpunt (staff members 'vinden "
       "dat het verbod ... moet blijven gelden'). Response: minutes excerpt, agendapunt 5 with Voorgeschiedenis, "
       "Bespreking and Besluit in articles: 2 noted, answered only in the Bespreking ('neemt de raad kennis van het "
       "voorstel', the director looks into it); art. 2 = 4 agrees (CLB talk at every preventive suspension); ONE "
       "article 3: 1 disagrees (the phone ban stays all day, 'de raad volgt het advies hierover niet') + 6 agrees "
       "(headwear ban only in practical lessons and PE); art. 4 = 3 partly (135 euro, not 120); art. 5 = 7 agrees "
       "(short version by 1 September); 5 (a complaints contact separate from the management) UNANSWERED. "
       "Voorgeschiedenis, art. 1 (the reglement adopted) and art. 6 (notification) answer no recommendation.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)
