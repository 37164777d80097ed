"""Round 51 (nl): an (invented) consultation ADVIES of the COLLEGE VAN PROCUREURS-GENERAAL (Openbaar Ministerie) on a
draft bill extending the strafbeschikking and its digital service; recommendations are UNNUMBERED sentences in running
prose ('Het College adviseert ...', 'Het OM beveelt aan ...', 'Het College vraagt u ...', 'geeft in overweging') inside
numbered sections with sub-paragraphs, among quoted draft articles (Sv/Sr article numbers), a table of expected case
numbers, an earlier OM advice quoted and a closing summary that repeats some points. Answered by the MEMORIE VAN
ANTWOORD to the Eerste Kamer (Kamerstuk C: fractie questions, the government's answers), where only some answers
concern the OM advice. Engine: LibreOffice Writer headless from HTML (header and page numbers stamped with PyMuPDF;
ligature-free DejaVu copies). Answer key: README-nl.md.

Run: /tmp/blind51nl/bin/python tests/docs/src/blind51/gen_nl_om_advies_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b51nl as B  # noqa: E402

NAME = "blind51_nl_om_advies"
F = B.nolig_fonts()
SERIF = B.nolig_fonts("B51NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def page(body, fam, size="9.4pt", color="#000000"):
    return ("<html><head><meta charset='utf-8'><style>@page { margin: 2.5cm 2.3cm 2.1cm 2.5cm; } "
            "body { font-family: '%s'; font-size: %s; } "
            "p { margin-top: 0; margin-bottom: 5pt; font-family: '%s'; } "
            "h2 { font-size: 10.5pt; color: %s; font-family: '%s'; margin-top: 10pt; margin-bottom: 3pt; } "
            "h3 { font-size: 9.4pt; font-style: italic; font-family: '%s'; margin-top: 6pt; margin-bottom: 2pt; } "
            "td, th { vertical-align: top; font-size: 8.6pt; font-family: '%s'; }</style></head><body>%s"
            "</body></html>" % (fam, size, fam, color, fam, fam, fam, body))


def J(t, extra=""):
    return f"<p align='justify' {extra}>{t}</p>"


def Q(t):
    return f"<p align='justify' style='margin-left:1cm; margin-right:1cm'><i>{t}</i></p>"


def advice():
    b = []
    b.append("<table width='100%' border='0' cellpadding='1'><tr><td width='55%'></td><td><font size='3'><b>"
             "Openbaar Ministerie</b></font><br/><font size='2'>Parket-Generaal<br/>College van "
             "procureurs-generaal</font></td></tr></table><br/>")
    b.append("<table width='100%' border='0' cellpadding='1'><tr><td width='55%'>Aan de minister van Justitie en "
             "Veiligheid<br/>t.a.v. Directie Wetgeving en Juridische Zaken<br/>Postbus 20301<br/>2500 EH Den Haag"
             "</td><td><font size='1'><b>Datum</b> 21 januari 2026<br/><b>Ons kenmerk</b> PaG/BJZ/61237<br/>"
             "<b>Uw kenmerk</b> 6512044<br/><b>Contactpersoon</b> mr. R.F. Oudshoorn<br/><b>Bijlage(n)</b> -"
             "</font></td></tr></table><br/>")
    b.append("<p><b>Onderwerp: advies consultatieversie Wet uitbreiding strafbeschikking en digitale "
             "afdoening</b></p>")
    b.append(J("Geachte minister,"))
    b.append(J("Bij brief van 14 november 2025 heeft u het College van procureurs-generaal gevraagd te adviseren "
               "over het consultatievoorstel voor de Wet uitbreiding strafbeschikking en digitale afdoening. Het "
               "College brengt hierbij advies uit, mede op basis van reacties van de parketten, het Parket Centrale "
               "Verwerking Openbaar Ministerie (CVOM) en het Centraal Justitieel Incassobureau (CJIB)."))
    b.append("<h2>1. Strekking van het voorstel</h2>")
    b.append(J("Het voorstel verruimt de bevoegdheid van de officier van justitie om zelf een straf op te leggen "
               "(artikel 257a Wetboek van Strafvordering). Volgens het voorgestelde artikel 257a, eerste lid, Sv "
               "kan een strafbeschikking voortaan worden uitgevaardigd:"))
    b.append(Q("'ter zake van overtredingen en misdrijven waarop naar de wettelijke omschrijving gevangenisstraf "
               "van niet meer dan acht jaren is gesteld.'"))
    b.append(J("Nu geldt een grens van zes jaar. Daarnaast maakt het voorstel het mogelijk de strafbeschikking "
               "digitaal uit te reiken via de Berichtenbox van MijnOverheid (voorgesteld artikel 257d, tweede lid, "
               "Sv). De toelichting stelt dat de rechtspraak hierdoor 'met ongeveer 9.000 zaken per jaar moet "
               "worden ontlast'."))
    b.append("<h2>2. Reikwijdte</h2>")
    b.append(J("2.1 Het College onderschrijft het doel van het voorstel: zaken sneller en dichter bij het feit "
               "afdoen. De strafbeschikking heeft zich sinds 2008 bewezen als een effectief instrument. In 2024 "
               "werden 212.400 strafbeschikkingen uitgevaardigd, waarvan 7,8 procent leidde tot verzet."))
    b.append(J("2.2 Tegelijk wijst het College op de aard van de zaken die onder de nieuwe grens vallen, zoals "
               "verduistering in dienstbetrekking (artikel 322 Sr) en bepaalde vormen van witwassen. Dit zijn "
               "zaken waarin het strafproces een duidelijke publieke functie heeft en de rechter een zichtbare rol "
               "moet houden. Het College adviseert de reikwijdte van de strafbeschikking niet uit te breiden tot "
               "misdrijven met een strafmaximum van meer dan zes jaar."))
    b.append("<h2>3. Digitale uitreiking</h2>")
    b.append(J("3.1 Digitale uitreiking kan de doorlooptijd verkorten en kosten besparen. Uit de pilot bij het "
               "CJIB in 2024 blijkt echter dat 23 procent van de berichten in de Berichtenbox niet binnen veertien "
               "dagen werd geopend. De verzettermijn van veertien dagen begint volgens het voorstel te lopen op de "
               "dag van verzending. Het College adviseert de verzettermijn bij digitale uitreiking pas te laten "
               "ingaan op het moment dat de verdachte het bericht heeft geopend."))
    b.append(J("3.2 Een deel van de verdachten is digitaal minder vaardig of heeft geen DigiD. Het OM beveelt aan "
               "in de memorie van toelichting uitdrukkelijk aandacht te besteden aan deze groep en een papieren "
               "alternatief te waarborgen."))
    b.append(J("3.3 Voor de inning van geldboetes verstuurt het CJIB nu herinneringen per post. In ons advies "
               "van 2022 over de Wet herziening tenuitvoerlegging merkten wij al op:"))
    b.append(Q("'Het verdient aanbeveling dat het CJIB ook digitaal mag aanmanen, zodra de wettelijke basis "
               "daarvoor is gelegd.'"))
    b.append(J("Die basis ontbreekt nog steeds. Het College adviseert daarom het CJIB in dit wetsvoorstel een "
               "uitdrukkelijke grondslag te geven voor het versturen van herinneringen via de Berichtenbox."))
    b.append("<h2>4. Uitvoering en gevolgen voor de werklast</h2>")
    b.append(J("4.1 Het OM verwacht dat het voorstel tot de volgende verschuivingen leidt:"))
    b.append("<table width='90%' border='1' cellpadding='3' cellspacing='0'>"
             "<tr><th align='left'>Zaakstroom (per jaar)</th><th>huidig</th><th>na invoering</th></tr>"
             "<tr><td>Strafbeschikkingen OM</td><td align='right'>212.400</td><td align='right'>221.000</td></tr>"
             "<tr><td>Dagvaardingen politierechter</td><td align='right'>48.900</td><td align='right'>40.300"
             "</td></tr><tr><td>Verzetzaken</td><td align='right'>16.600</td><td align='right'>19.200</td></tr>"
             "<tr><td>Extra fte OM (structureel)</td><td align='right'>-</td><td align='right'>58</td></tr>"
             "</table><p><font size='1'><i>Tabel 1. Bron: OM, impactanalyse december 2025.</i></font></p>")
    b.append(J("4.2 Het OM kan de extra zaken niet binnen de bestaande capaciteit opvangen. Het College vraagt u "
               "de structurele meerkosten voor het OM, geraamd op 6,4 miljoen euro per jaar, volledig te "
               "compenseren."))
    b.append(J("4.3 De invoering vraagt aanpassing van de systemen van OM, CJIB en politie. Het OM beveelt aan de "
               "invoering gefaseerd te laten verlopen, te beginnen met de arrondissementen Oost-Brabant en "
               "Noord-Holland, zodat de ervaringen kunnen worden benut."))
    b.append("<h2>5. Evaluatie</h2>")
    b.append(J("Artikel V van het voorstel bepaalt dat de wet binnen vijf jaar na inwerkingtreding wordt "
               "geëvalueerd. Het College geeft in overweging dit artikel aan te vullen met een horizonbepaling, "
               "zodat de verruiming vervalt als de evaluatie geen duidelijke winst laat zien."))
    b.append("<h2>6. Tot slot</h2>")
    b.append(J("Samengevat staat het College positief tegenover digitale afdoening, maar plaatst het kritische "
               "kanttekeningen bij de verruiming van de strafmaxima, de verzettermijn en de financiering. Het "
               "College is graag bereid het advies nader toe te lichten."))
    b.append(J("Hoogachtend,"))
    b.append(J("<br/>mr. J.H. van Dalen<br/>voorzitter College van procureurs-generaal"))
    B.soffice_pdf(page("".join(b), "B51NL Sans"), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Openbaar Ministerie | Parket-Generaal | PaG/BJZ/61237",
            "Pagina {n} van {m}", F["Regular"])


def vraag(t):
    return J(t)


def antw(t):
    return J(t)


def response():
    b = []
    b.append("<p><font size='4'><b>Eerste Kamer der Staten-Generaal</b></font></p>")
    b.append("<p>Vergaderjaar 2026-2027</p><hr/>")
    b.append("<table width='100%' border='0' cellpadding='2'><tr><td width='14%'><b>36 812</b></td><td><b>"
             "Wijziging van het Wetboek van Strafvordering en het Wetboek van Strafrecht in verband met de "
             "uitbreiding van de strafbeschikking en de digitale afdoening van strafzaken (Wet uitbreiding "
             "strafbeschikking en digitale afdoening)</b></td></tr>"
             "<tr><td><b>C</b></td><td><b>MEMORIE VAN ANTWOORD</b><br/>Ontvangen 9 maart 2027</td></tr></table>")
    b.append(J("De regering dankt de leden van de vaste commissie voor Justitie en Veiligheid voor hun inbreng in "
               "het voorlopig verslag. Hieronder worden de vragen beantwoord in de volgorde van het verslag. "
               "Waar dat de leesbaarheid dient, zijn vragen samengenomen."))
    b.append("<h2>1. Algemeen</h2>")
    b.append(vraag("De leden van de VVD-fractie vragen hoeveel strafbeschikkingen het OM de afgelopen jaren heeft "
                   "uitgevaardigd en hoe vaak daartegen verzet werd gedaan."))
    b.append(antw("In 2025 werden 218.300 strafbeschikkingen uitgevaardigd; in 8,1 procent van de gevallen werd "
                  "verzet gedaan. Deze aantallen zijn de afgelopen vijf jaar stabiel gebleven. Bij ongeveer de "
                  "helft van de verzetzaken volgt een veroordeling door de rechter."))
    b.append("<h2>2. Advisering en consultatie</h2>")
    b.append(vraag("De leden van de GroenLinks-PvdA-fractie merken op dat het College van procureurs-generaal "
                   "kritisch heeft geadviseerd. Zij vragen de regering aan te geven hoe met het advies over de "
                   "reikwijdte en de verzettermijn is omgegaan."))
    b.append(antw("De regering heeft het advies over de reikwijdte gevolgd. In het wetsvoorstel zoals dat bij de "
                  "Tweede Kamer is ingediend, is de grens van zes jaar gehandhaafd; misdrijven met een hoger "
                  "strafmaximum blijven aan de rechter voorbehouden. Het advies om de verzettermijn te laten "
                  "ingaan op het moment van openen is niet één op één overgenomen, omdat dat moment technisch "
                  "niet betrouwbaar is vast te stellen. Wel begint de termijn bij digitale uitreiking nu pas op "
                  "de vijfde dag na verzending te lopen, en ontvangt de verdachte na zeven dagen een herinnering "
                  "per sms of e-mail."))
    b.append(vraag("De leden van de fractie van het CDA vragen of mensen zonder DigiD niet tussen wal en schip "
                   "vallen."))
    b.append(antw("Nee. Mede naar aanleiding van het advies van het OM is de memorie van toelichting op dit punt "
                  "aangevuld (Kamerstukken II 2025/26, 36 812, nr. 3, paragraaf 4.3). Wie geen gebruik maakt van "
                  "de Berichtenbox, ontvangt de strafbeschikking zoals nu op papier. Digitale uitreiking is een "
                  "aanvulling, geen vervanging."))
    b.append(vraag("De leden van de fractie van JA21 vragen naar de financiële gevolgen voor het OM."))
    b.append(antw("Het OM heeft de structurele meerkosten geraamd op 6,4 miljoen euro per jaar. Na overleg met "
                  "het OM is daarvan 4,5 miljoen euro structureel aan de begroting van het OM toegevoegd. Het "
                  "restant moet volgens de regering kunnen worden opgevangen door de besparing op dagvaardingen "
                  "en de digitale verwerking."))
    b.append("<h2>3. Invoering en evaluatie</h2>")
    b.append(vraag("De leden van de SP-fractie vragen of de regering bereid is een horizonbepaling op te nemen, "
                   "zoals ook het College van procureurs-generaal had gesuggereerd."))
    b.append(antw("De regering acht een horizonbepaling niet wenselijk. Een wet die na vijf jaar vervalt, geeft "
                  "onzekerheid bij de uitvoering en maakt investeringen in systemen minder rendabel. De "
                  "evaluatie na vijf jaar (artikel V) biedt voldoende gelegenheid om zo nodig bij te sturen."))
    b.append(vraag("De leden van de fractie van D66 vragen hoe de invoering wordt voorbereid."))
    b.append(antw("De wet treedt in werking bij koninklijk besluit. De regering heeft kennisgenomen van de "
                  "suggestie van het OM om te beginnen in twee arrondissementen. Of de invoering gefaseerd "
                  "verloopt, wordt in het najaar van 2027 met de ketenpartners bepaald."))
    b.append("<h2>4. Overig</h2>")
    b.append(vraag("De leden van de PVV-fractie vragen of de wet ook gevolgen heeft voor Caribisch Nederland."))
    b.append(antw("Nee. Het Wetboek van Strafvordering BES kent geen strafbeschikking. Deze wet is daarom niet "
                  "van toepassing op Bonaire, Sint Eustatius en Saba."))
    b.append(J("<br/>De minister van Justitie en Veiligheid,<br/><br/>M.C. Hoogendijk-Prins"))
    B.soffice_pdf(page("".join(b), "B51NL Serif", "9.6pt"), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Eerste Kamer, vergaderjaar 2026-2027, 36 812, C",
            "{n}", F["Regular"], skip_first=False)


def expected():
    recs = [
        ("1", "Het College adviseert de reikwijdte van de strafbeschikking niet uit te breiden",
         "De regering heeft het advies over de reikwijdte gevolgd", "agrees"),
        ("2", "Het College adviseert de verzettermijn bij digitale uitreiking pas te laten ingaan",
         "is niet één op één overgenomen", "partly", ["disagrees"]),
        ("3", "Het OM beveelt aan in de memorie van toelichting uitdrukkelijk aandacht",
         "is de memorie van toelichting op dit punt aangevuld", "agrees"),
        ("4", "Het College adviseert daarom het CJIB in dit wetsvoorstel een uitdrukkelijke grondslag",
         None, "unanswered"),
        ("5", "Het College vraagt u de structurele meerkosten voor het OM",
         "daarvan 4,5 miljoen euro structureel aan de begroting", "partly"),
        ("6", "Het OM beveelt aan de invoering gefaseerd te laten verlopen",
         "Of de invoering gefaseerd verloopt, wordt in het najaar", "noted"),
        ("7", "Het College geeft in overweging dit artikel aan te vullen",
         "De regering acht een horizonbepaling niet wenselijk", "disagrees"),
    ]
    B.write_expected(NAME, recs, ["In 2025 werden 218.300 strafbeschikkingen uitgevaardigd",
                                  "Het Wetboek van Strafvordering BES kent geen strafbeschikking"],
                     "OM advice (letter of the College van procureurs-generaal): seven UNNUMBERED recommendation "
                     "sentences in running prose, numbered 1-7 in document order (2.2, 3.1, 3.2, 3.3, 4.2, 4.3, "
                     "5); the quoted draft article, the toelichting's 'moet worden ontlast', the quoted 2022 advice "
                     "('Het verdient aanbeveling ...'), the table and the closing summary are not. Memorie van "
                     "antwoord (Eerste Kamer, fractie questions): ONE answer covers 1 (agrees, six-year limit kept) "
                     "and 2 (partly: not taken over literally, term starts on day five plus a reminder); 3 agrees "
                     "(MvT supplemented); 5 partly (4.5 of 6.4 million); 7 disagrees (no horizon clause); 6 noted "
                     "(took note, decided later); 4 (CJIB digital reminders) unanswered. The answers on the numbers "
                     "of strafbeschikkingen and on Caribisch Nederland answer nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    sys.exit(0 if B.check(NAME) else 1)
