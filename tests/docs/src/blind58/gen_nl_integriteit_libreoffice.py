"""Round 58 (nl): the JAARVERSLAG of a municipality's VERTROUWENSPERSOON INTEGRITEIT POLITIEKE AMBTSDRAGERS
(the person a council appoints to advise councillors, aldermen and commissieleden on integrity questions; her yearly
report goes to the mayor and the PRESIDIUM of the council), answered in the presidium's BESLUITENLIJST (the minutes
of decisions of the next presidium meeting, a ruled table per agenda item).

Advice: memo head (Aan / Van / Datum / Onderwerp table), 1 Mijn rol (art. 170 lid 2 Gemeentewet: 'De burgemeester
bevordert ...', the gedragscode's duty 'moeten ... melden'), 2 Cijfers with a ruled table of consultations, 3 Wat mij
opviel (bulleted observations with 'zou ... moeten'), 4 Terugblik: last year's three recommendations quoted in
italics with what happened ('Vorig jaar adviseerde ik ...'), 5 Mijn aanbevelingen voor 2026: one lead-in sentence
and a LETTERED Writer list a.-g. of infinitive clauses ('Ik beveel het presidium aan om:'), then a closing
paragraph. Response: 'Besluitenlijst presidium gemeenteraad' with Aanwezig/Afwezig lines and a ruled table 'Nr. |
Onderwerp | Besluit / afspraak | Actie' for five agenda items; item 3 (the report) holds numbered decision points
3.1-3.6 that name the recommendations by letter only sometimes: 3.1 thanks (no reply), 3.2 g partly (once a year,
not twice), 3.3 a agrees, 3.4 ONE point b agrees + c disagrees, 3.5 e noted (mayor's competence, waits for the VNG
model), 3.6 d partly (voluntary, not a duty); f unanswered. Items 1 (opening), 2 (besluitenlijst), 4 (planning of
the kadernota debate) and 5 (rondvraag) answer nothing. Engine: LibreOffice Writer headless from HTML (HTML
(StarWriter) filter), running header and page numbers stamped with PyMuPDF; ligature-free DejaVu copies.

Run: /tmp/blind58nl/bin/python tests/docs/src/blind58/gen_nl_integriteit_libreoffice.py   (needs soffice)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b58nl as B  # noqa: E402

NAME = "blind58_nl_integriteit"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B58NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})
WINE = "#7a1f3d"
BLUE = "#1d4f7a"


def page(body, fam, size="9.4pt", color=WINE, margins="22mm 24mm 22mm 24mm"):
    css = (f"@page {{ size: 210mm 297mm; margin: {margins}; }}\n"
           f"body {{ font-family: '{fam}'; font-size: {size}; }}\n"
           f"p {{ margin-top: 0; margin-bottom: 5pt; }}\n"
           f"li {{ margin-bottom: 3pt; }}\n"
           f"h1 {{ font-family: 'B58NL Sans'; font-size: 15pt; margin-top: 0; margin-bottom: 3pt; color: {color}; }}\n"
           f"h2 {{ font-family: 'B58NL Sans'; font-size: 10.6pt; margin-top: 9pt; margin-bottom: 3pt; "
           f"color: {color}; }}\n"
           f"h3 {{ font-family: 'B58NL Sans'; font-size: 9.4pt; margin-top: 6pt; margin-bottom: 2pt; }}\n"
           f".s {{ font-size: 8.2pt; }}\n.k {{ font-size: 8pt; color: #555555; }}\n")
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + css + "</style></head><body>" + body
            + "</body></html>")


def meta(rows, w=(18, 82)):
    out = "<table width='100%' cellpadding='2' cellspacing='0' border='0'>"
    for k, v in rows:
        out += (f"<tr><td width='{w[0]}%' valign='top'><p class='s'><b>{k}</b></p></td>"
                f"<td width='{w[1]}%' valign='top'><p class='s'>{v}</p></td></tr>")
    return out + "</table><p> </p>"


def table(rows, widths, border="#b9a0a8", head="#f1e6ea"):
    out = f"<table width='100%' cellpadding='4' cellspacing='0' border='1' bordercolor='{border}'>"
    for i, r in enumerate(rows):
        out += "<tr>"
        for w, c in zip(widths, r):
            bg = f" bgcolor='{head}'" if i == 0 else ""
            out += f"<td width='{w}%' valign='top'{bg}><p class='s'>{'<b>' + c + '</b>' if i == 0 else c}</p></td>"
        out += "</tr>"
    return out + "</table>"


def advice():
    b = ["<p><font color='#7a1f3d' size='4'><b>Gemeente Rijnsterwaarde</b></font><br/>"
         "<span class='k'>Vertrouwenspersoon integriteit politieke ambtsdragers</span></p><p> </p>",
         "<h1>Jaarverslag 2025</h1>",
         "<p class='k'>Vertrouwenspersoon integriteit voor raadsleden, wethouders en commissieleden</p><p> </p>",
         meta([("Aan", "de burgemeester en het presidium van de gemeenteraad van Rijnsterwaarde"),
               ("Van", "mr. drs. E.J. (Esther) Wolthuis, vertrouwenspersoon integriteit"),
               ("Datum", "2 februari 2026"),
               ("Onderwerp", "Jaarverslag 2025 en aanbevelingen voor 2026")]),
         "<h2>1 Mijn rol</h2>",
         "<p>Op grond van artikel 170, tweede lid, van de Gemeentewet bevordert de burgemeester de bestuurlijke "
         "integriteit van de gemeente. De raad heeft in 2023 besloten daarnaast een externe vertrouwenspersoon aan te "
         "stellen, bij wie raadsleden, wethouders en commissieleden (burgerleden) vertrouwelijk terecht kunnen met "
         "vragen over integriteit. Ik ben geen onderzoeker en geen klachtinstantie: wie een vermoeden van een "
         "integriteitsschending heeft, moet dat volgens de Gedragscode integriteit politieke ambtsdragers 2023 bij de "
         "burgemeester melden.</p>",
         "<p>Dit is mijn derde jaarverslag. Het bevat geen informatie die tot personen of fracties herleidbaar is.</p>",
         "<h2>2 Cijfers</h2>",
         "<p>In 2025 hebben 19 ambtsdragers mij benaderd, in totaal 27 keer. Tabel 1 geeft een overzicht naar "
         "onderwerp.</p>",
         "<p class='s'><b>Tabel 1</b> Contacten met de vertrouwenspersoon in 2025, naar onderwerp</p>",
         table([("Onderwerp", "Raadsleden", "Wethouders", "Burgerleden", "Totaal"),
                ("Nevenfuncties en belangen", "6", "2", "4", "12"),
                ("Omgang met vertrouwelijke informatie", "4", "1", "0", "5"),
                ("Sociale media en omgangsvormen", "5", "0", "1", "6"),
                ("Geschenken en uitnodigingen", "2", "1", "1", "4")], (40, 15, 15, 15, 15)),
         "<p> </p>",
         "<h2>3 Wat mij opviel</h2>",
         "<ul>"
         "<li><p>Vragen over nevenfuncties kwamen vaak van burgerleden. Zij hoeven hun nevenfuncties niet openbaar te "
         "maken, maar nemen wel deel aan de beraadslaging in de commissies.</p></li>"
         "<li><p>Het register van nevenfuncties van raadsleden was in september 2025 bij zeven raadsleden niet "
         "actueel. Een raadslid zou wijzigingen binnen een maand moeten doorgeven.</p></li>"
         "<li><p>Discussies op sociale media werden in 2025 harder van toon. De gedragscode zegt daar niets over.</p>"
         "</li>"
         "<li><p>Het gesprek over integriteit in de raad beperkte zich tot de eenmalige bijeenkomst bij de installatie "
         "in 2022.</p></li>"
         "</ul>",
         "<h2>4 Terugblik op mijn aanbevelingen van vorig jaar</h2>",
         "<p>Vorig jaar adviseerde ik onder meer <i>de vertrouwenspersoon op te nemen in het introductieprogramma voor "
         "nieuwe raadsleden</i>. Dat is gebeurd. Ook adviseerde ik <i>de regels voor het aannemen van geschenken te "
         "verduidelijken</i>; de griffie heeft daarvoor in mei 2025 een notitie opgesteld. Mijn advies om <i>een "
         "vast agendapunt integriteit in het seniorenconvent in te voeren</i> is niet overgenomen, omdat het "
         "seniorenconvent in 2025 is opgeheven.</p>",
         "<h2>5 Mijn aanbevelingen voor 2026</h2>",
         "<p>Op grond van mijn ervaringen in 2025 beveel ik het presidium aan om:</p>",
         "<ol type='a'>"
         "<li><p>de Gedragscode integriteit politieke ambtsdragers in 2026 te actualiseren en daarin regels op te "
         "nemen over het gebruik van sociale media door ambtsdragers;</p></li>"
         "<li><p>jaarlijks een integriteitsbijeenkomst te organiseren voor raad, college en burgerleden, met een "
         "dilemmasessie onder leiding van een externe gespreksleider;</p></li>"
         "<li><p>het register van nevenfuncties van raadsleden twee keer per jaar door de griffie te laten controleren "
         "op volledigheid;</p></li>"
         "<li><p>burgerleden te verplichten hun nevenfuncties te melden en die te publiceren op dezelfde wijze als bij "
         "raadsleden;</p></li>"
         "<li><p>een protocol vast te stellen voor de behandeling van vermoedens van integriteitsschendingen door "
         "raadsleden, met daarin wie over een onderzoek beslist;</p></li>"
         "<li><p>de fracties te vragen bij de kandidaatstelling voor de raadsverkiezingen van 2026 een "
         "integriteitsgesprek met iedere kandidaat te voeren;</p></li>"
         "<li><p>de vertrouwenspersoon twee keer per jaar uit te nodigen voor een gesprek met het presidium.</p></li>"
         "</ol>",
         "<p>Ik ben graag bereid deze aanbevelingen in het presidium toe te lichten. Tot slot dank ik de griffier en "
         "de burgemeester voor de goede samenwerking in het afgelopen jaar.</p>",
         "<p>Esther Wolthuis</p>"]
    B.soffice_pdf(page("".join(b), "B58NL Serif"), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Vertrouwenspersoon integriteit politieke ambtsdragers - Jaarverslag 2025",
            "{n}/{m}", SANS["Regular"], skip_first=True, margin=68)


def response():
    items = [
        ("1", "Opening en mededelingen",
         "De voorzitter opent de vergadering om 16.30 uur. Zij meldt dat de fractie van Lokaal Rijnsterwaarde vanaf "
         "1 maart wordt vertegenwoordigd door de heer Van Ommeren als plaatsvervangend fractievoorzitter.", "-"),
        ("2", "Besluitenlijst presidium van 3 februari 2026",
         "De besluitenlijst wordt zonder wijzigingen vastgesteld.", "-"),
        ("3", "Jaarverslag 2025 vertrouwenspersoon integriteit",
         "Mevrouw Wolthuis licht het jaarverslag toe. Het presidium besluit als volgt:"
         "<br/>3.1 Het presidium dankt de vertrouwenspersoon voor het heldere verslag en voor haar inzet in 2025. Het "
         "verslag wordt ter informatie aan de raad gezonden."
         "<br/>3.2 De vertrouwenspersoon wordt voortaan eenmaal per jaar uitgenodigd, bij de bespreking van het "
         "jaarverslag. Een tweede vast gesprek acht het presidium niet nodig; de vertrouwenspersoon kan zelf om een "
         "gesprek vragen als zij daar aanleiding toe ziet."
         "<br/>3.3 Het presidium neemt aanbeveling a over. De griffie legt vóór de zomer een geactualiseerde "
         "gedragscode voor, met een paragraaf over sociale media."
         "<br/>3.4 In november wordt een integriteitsbijeenkomst met dilemmasessie gehouden, met een externe "
         "gespreksleider; dit wordt een jaarlijkse bijeenkomst. Een halfjaarlijkse controle van het "
         "nevenfunctieregister door de griffie wijst het presidium af: raadsleden blijven zelf verantwoordelijk voor "
         "de juistheid van hun opgave."
         "<br/>3.5 Het presidium neemt kennis van aanbeveling e. Het vaststellen van een meldprotocol is een "
         "bevoegdheid van de burgemeester; zij wacht de nieuwe modelregeling van de VNG af, die in het najaar wordt "
         "verwacht."
         "<br/>3.6 Burgerleden wordt gevraagd hun nevenfuncties bij de griffie op te geven, zodat die op de website "
         "kunnen worden vermeld. Een verplichting vergt een wijziging van de Verordening op de raadscommissies; het "
         "presidium kiest vooralsnog voor een vrijwillige opgave.",
         "Griffie: concept-gedragscode vóór 1 juli; bijeenkomst november"),
        ("4", "Planning kadernotadebat",
         "De algemene beschouwingen over de kadernota worden gehouden op 25 juni 2026. De spreektijd wordt "
         "vastgesteld op basis van de zetelverdeling, met een minimum van vijf minuten per fractie.",
         "Griffie: spreektijdenschema"),
        ("5", "Rondvraag en sluiting",
         "De heer Bakker vraagt of de raadszaal vóór de zomer wordt voorzien van nieuwe microfoons. De griffier "
         "zegt toe dit na te gaan bij Facilitaire Zaken. De voorzitter sluit de vergadering om 17.40 uur.",
         "Griffier"),
    ]
    rows = [("Nr.", "Onderwerp", "Besluit / afspraak", "Actie")] + items
    b = ["<p><font color='#1d4f7a' size='4'><b>Gemeenteraad Rijnsterwaarde</b></font><br/>"
         "<span class='k'>Griffie</span></p><p> </p>",
         "<h1>Besluitenlijst presidium</h1>",
         meta([("Datum", "dinsdag 3 maart 2026, 16.30 uur, kamer 2.14 stadhuis"),
               ("Aanwezig", "mevrouw A.M. Derksen-Vogel (burgemeester, voorzitter), de heren Bakker, Chaouch en "
                            "Lindeboom en mevrouw Schut (fractievoorzitters), de heer R. Overdijk (griffier, "
                            "notulist)"),
               ("Afwezig", "mevrouw Kroeze (met kennisgeving)"),
               ("Gast", "bij agendapunt 3: mevrouw mr. drs. E.J. Wolthuis, vertrouwenspersoon integriteit")]),
         table(rows, (6, 18, 53, 23), border="#9fb3c8", head="#e3ebf3"),
         "<p> </p>",
         "<p class='k'>Vastgesteld in de vergadering van het presidium van 7 april 2026.</p>",
         "<p class='k'>De voorzitter, A.M. Derksen-Vogel<br/>De griffier, R. Overdijk</p>"]
    B.soffice_pdf(page("".join(b), "B58NL Sans", "9.2pt", BLUE, "20mm 22mm 22mm 22mm"), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Besluitenlijst presidium gemeenteraad Rijnsterwaarde - 3 maart 2026",
            "pagina {n} van {m}", SANS["Regular"], skip_first=True, margin=62)


def expected():
    B.write_expected(NAME, [
        ("a", "de Gedragscode integriteit politieke ambtsdragers in 2026 te actualiseren en",
         "Het presidium neemt aanbeveling a over", "agrees"),
        ("b", "jaarlijks een integriteitsbijeenkomst te organiseren voor raad, college en burgerleden",
         "dit wordt een jaarlijkse bijeenkomst", "agrees"),
        ("c", "het register van nevenfuncties van raadsleden twee keer per jaar",
         "nevenfunctieregister door de griffie wijst het presidium af", "disagrees"),
        ("d", "burgerleden te verplichten hun nevenfuncties te melden en die te",
         "het presidium kiest vooralsnog voor een vrijwillige opgave", "partly"),
        ("e", "een protocol vast te stellen voor de behandeling van vermoedens van",
         "Het presidium neemt kennis van aanbeveling e", "noted"),
        ("f", "de fracties te vragen bij de kandidaatstelling voor de raadsverkiezingen van",
         None, "unanswered"),
        ("g", "de vertrouwenspersoon twee keer per jaar uit te nodigen voor een",
         "Een tweede vast gesprek acht het presidium niet nodig", "partly"),
    ], ["Zij meldt dat de fractie van Lokaal Rijnsterwaarde vanaf",
        "De besluitenlijst wordt zonder wijzigingen vastgesteld",
        "Het presidium dankt de vertrouwenspersoon voor het heldere verslag",
        "De algemene beschouwingen over de kadernota worden gehouden",
        "of de raadszaal vóór de zomer wordt voorzien van nieuwe microfoons"],
        "JAARVERSLAG 2025 of the (invented) municipality Rijnsterwaarde's vertrouwenspersoon integriteit politieke "
        "ambtsdragers (art. 170 lid 2 Gemeentewet is real; all people, figures and local regulations are invented), "
        "addressed to the mayor and the presidium of the council. The seven recommendations are the LETTERED "
        "Writer list a.-g. (infinitive clauses) after 'Op grond van mijn ervaringen in 2025 beveel ik het presidium "
        "aan om:' in 5 Mijn aanbevelingen voor 2026; numbers are the letters. Not recommendations: the memo head, the "
        "legal basis and the gedragscode's duty ('moet dat ... bij de burgemeester melden'), table 1 of "
        "consultations, the bulleted observations in 3 ('zou wijzigingen binnen een maand moeten doorgeven'), last "
        "year's recommendations quoted in italics inside sentences in 4 ('Vorig jaar adviseerde ik onder meer de "
        "vertrouwenspersoon op te nemen in het introductieprogramma ...', 'Ook adviseerde ik ...', 'Mijn advies om "
        "...') and the offer to explain. Response: the presidium's BESLUITENLIJST (a decision list, not a letter): "
        "memo head with Aanwezig/Afwezig/Gast, a ruled table 'Nr. | Onderwerp | Besluit / afspraak | Actie' with "
        "five agenda items; item 3 holds decision points 3.1-3.6 in the order (thanks), g, a, b+c, e, d, naming a "
        "recommendation's letter only in 3.3 and 3.5: 3.2 g partly (once a year instead of twice); 3.3 a agrees; "
        "3.4 ONE point b agrees (a yearly meeting with an external facilitator) + c disagrees (a half-yearly check "
        "of the register 'wijst het presidium af'); 3.5 e noted ('neemt kennis van', the mayor's competence, waits "
        "for the VNG model); 3.6 d partly (asked to report, published, but voluntary instead of a duty). f (talks "
        "with candidates) UNANSWERED. Items 1 (opening, a change of deputy group leader), 2 (besluitenlijst "
        "adopted), 3.1 (thanks; the report sent to the council), 4 (planning of the kadernota debate) and 5 "
        "(rondvraag on microphones) answer nothing; the Actie column repeats a and b in short form "
        "('concept-gedragscode vóór 1 juli; bijeenkomst november').")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)
