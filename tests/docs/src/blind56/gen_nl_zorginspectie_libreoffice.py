"""Round 56 (nl): an INSPECTIEVERSLAG of the Flemish ZORGINSPECTIE on an (invented) woonzorgcentrum after an
unannounced inspection, answered by the facility's REACTIE OP HET INSPECTIEVERSLAG (the written reaction a
voorziening may send within the reaction period, which the inspectorate adds to the file).

Advice: title block, an identification table (erkenningsnummer, bedden, inspecteurs), an introduction that explains
the difference between TEKORTKOMINGEN (breaches of the erkenningsnormen, which must be remedied) and AANBEVELINGEN,
findings per theme 3.1-3.4 with a staffing table, shaded framed boxes 'Tekortkoming T1' / 'T2' ('moet', Woonzorgdecreet),
a 'Goede praktijk' box, the recommendation of the 2022 inspection quoted (carried out), and under each theme a small
'Aanbevelingen' heading with the recommendations coded A1-A7 in a borderless two-column table (code left, text
right); a Besluit that paraphrases what the codes are about. Response: the director's letter: introduction,
'1. Feitelijke correcties' (number of beds, unmatched), '2. Tekortkomingen' (T1, T2: unmatched), '3. Aanbevelingen'
per theme in another order (leefklimaat, valpreventie, medicatie, personeel), A3 and A4 in one paragraph with two
verdicts, A6 (gebruikersraad) not answered, closing. Engine: LibreOffice Writer headless from HTML (HTML
(StarWriter) filter), running header and page numbers stamped with PyMuPDF; ligature-free DejaVu copies.

Run: /tmp/blind56nl/bin/python tests/docs/src/blind56/gen_nl_zorginspectie_libreoffice.py   (needs soffice)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b56nl as B  # noqa: E402

NAME = "blind56_nl_zorginspectie"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B56NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})
GREEN = "#2d6a4f"


def page(body, fam, size="9.3pt", align="justify", color=GREEN):
    css = (f"@page {{ size: 210mm 297mm; margin: 24mm 22mm 22mm 24mm; }}\n"
           f"body {{ font-family: '{fam}'; font-size: {size}; }}\n"
           f"p {{ margin-top: 0; margin-bottom: 5pt; text-align: {align}; }}\n"
           f"h1 {{ font-family: 'B56NL Sans'; font-size: 17pt; margin-top: 0; margin-bottom: 3pt; color: {color}; }}\n"
           f"h2 {{ font-family: 'B56NL Sans'; font-size: 11pt; margin-top: 10pt; margin-bottom: 3pt; "
           f"color: {color}; }}\n"
           f"h3 {{ font-family: 'B56NL Sans'; font-size: 9.6pt; margin-top: 6pt; margin-bottom: 2pt; }}\n"
           f".s {{ font-size: 8pt; }}\n.k {{ font-size: 8.4pt; color: #2d6a4f; }}\n")
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + css + "</style></head><body>" + body
            + "</body></html>")


def table(rows, widths, head=True):
    out = "<table width='100%' cellpadding='3' cellspacing='0' border='1' bordercolor='#9bb8a8'>"
    for i, r in enumerate(rows):
        out += "<tr>"
        for w, c in zip(widths, r):
            bg = f" bgcolor='{GREEN}'" if head and i == 0 else ""
            txt = f"<font color='#ffffff'><b>{c}</b></font>" if head and i == 0 else c
            out += f"<td width='{w}%' valign='top'{bg}><p class='s'>{txt}</p></td>"
        out += "</tr>"
    return out + "</table><p> </p>"


def box(title, text, bg="#eef5f0"):
    return (f"<table width='100%' cellpadding='7' cellspacing='0' border='1' bordercolor='{GREEN}' bgcolor='{bg}'>"
            f"<tr><td><p><b>{title}</b></p><p>{text}</p></td></tr></table><p> </p>")


def recs(items):
    out = "<h3><i>Aanbevelingen</i></h3><table width='100%' cellpadding='2' cellspacing='0' border='0'>"
    for code, t in items:
        out += (f"<tr><td width='8%' valign='top'><p><b><font color='{GREEN}'>{code}</font></b></p></td>"
                f"<td width='92%' valign='top'><p>{t}</p></td></tr>")
    return out + "</table>"


def advice():
    b = ["<p class='k'>ZORGINSPECTIE  |  Departement Zorg  |  Vlaamse overheid</p>",
         "<h1>Inspectieverslag</h1>",
         "<p><b>Woonzorgcentrum Hof ter Linde, Meerbeke-Noord</b></p>",
         table([("Gegevens", ""),
                ("Voorziening", "Woonzorgcentrum Hof ter Linde, Lindedreef 14, 9412 Meerbeke-Noord"),
                ("Erkenningsnummer", "PE 4127"),
                ("Beheersinstantie", "vzw Zorggroep Linde"),
                ("Erkende capaciteit", "96 woongelegenheden, waarvan 24 op de afdeling De Boomgaard"),
                ("Inspectie", "3 en 4 februari 2026, onaangekondigd"),
                ("Inspecteurs", "L. Van Damme (teamleider) en K. Ceulemans"),
                ("Dossiernummer", "ZI-2026-00877")], (30, 70)),
         "<h2>1. Inleiding</h2>",
         "<p>Zorginspectie controleert of woonzorgcentra de erkenningsnormen naleven die op grond van het "
         "Woonzorgdecreet van 15 februari 2019 zijn vastgesteld. Dit verslag bevat de vaststellingen van de "
         "inspecteurs. Waar een erkenningsnorm niet wordt nageleefd, spreken we van een <b>tekortkoming</b>; de "
         "voorziening moet tekortkomingen wegwerken en het agentschap kan daarover een handhavingsbeslissing nemen. "
         "Daarnaast formuleren we <b>aanbevelingen</b>: die zijn niet afdwingbaar, maar wijzen op wat de kwaliteit "
         "van de zorg verder kan verbeteren.</p>",
         "<p>De inspectie richtte zich op vier thema's: medicatie, valpreventie en vrijheidsbeperking, personeel en "
         "vorming, en maaltijden en leefklimaat. De inspecteurs spraken met de directeur, de hoofdverpleegkundige, "
         "elf medewerkers en negen bewoners, en bekeken twaalf zorgdossiers.</p>",
         "<h2>2. Vaststellingen en aanbevelingen</h2>",
         "<h3>2.1 Medicatie</h3>",
         "<p>De medicatie wordt per afdeling door de verpleegkundigen van de nacht klaargezet in weekdozen. In drie "
         "van de twaalf dossiers kwam de toegediende medicatie niet overeen met het actuele medicatieschema. Een "
         "dubbele controle bij risicomedicatie gebeurt niet systematisch: op de afdeling De Boomgaard werd insuline "
         "op beide inspectiedagen door één verpleegkundige klaargezet en toegediend.</p>",
         box("Tekortkoming T1",
             "Het medicatieschema van drie bewoners was niet actueel. De erkenningsnormen bepalen dat het "
             "woonzorgcentrum voor elke bewoner moet beschikken over een actueel medicatieschema dat door de "
             "behandelend arts is ondertekend."),
         recs([("A1", "Laat de apotheek de medicatie voor alle bewoners geïndividualiseerd voorbereiden in "
                      "afgesloten zakjes per toedieningsmoment, in plaats van het klaarzetten in weekdozen op de "
                      "afdeling."),
               ("A2", "Voer een dubbele controle door een tweede zorgverlener in bij het klaarzetten en toedienen "
                      "van risicomedicatie zoals insuline, opiaten en bloedverdunners.")]),
         "<h3>2.2 Valpreventie en vrijheidsbeperking</h3>",
         "<p>In 2025 registreerde het woonzorgcentrum 212 valincidenten, waarvan 14 met een fractuur. Na een val "
         "wordt een incidentformulier ingevuld, maar in acht van de elf bekeken valincidenten volgde geen bespreking "
         "in het multidisciplinair team. Bij het vorige inspectiebezoek in 2022 werd aanbevolen:</p>",
         "<p><i>&quot;Evalueer het valpreventiebeleid jaarlijks met alle betrokken disciplines.&quot;</i></p>",
         "<p>Die evaluatie vond in 2024 en 2025 plaats. Bij twee bewoners werd een bedhek gebruikt zonder dat de "
         "beslissing in het zorgdossier was gemotiveerd.</p>",
         box("Tekortkoming T2",
             "Vrijheidsbeperkende maatregelen moeten worden genomen na overleg met de bewoner of zijn "
             "vertegenwoordiger en moeten in het zorgdossier worden gemotiveerd en periodiek geëvalueerd. Bij twee "
             "bewoners was dat niet het geval."),
         recs([("A3", "Stel een ergotherapeut aan als referentiepersoon valpreventie, met minstens een halftijdse "
                      "opdracht die volledig aan dat thema is besteed."),
               ("A4", "Bespreek elke val binnen 48 uur in het multidisciplinair team en noteer in het zorgdossier "
                      "welke maatregelen worden genomen.")]),
         "<h3>2.3 Personeel en vorming</h3>",
         table([("Functie (VTE)", "Norm", "Aanwezig", "Verschil"),
                ("Verpleegkundigen", "14,5", "13,8", "-0,7"),
                ("Zorgkundigen", "31,0", "32,4", "+1,4"),
                ("Personeel reactivering", "6,0", "5,2", "-0,8")], (40, 20, 20, 20)),
         "<p>De personeelsinzet voldoet globaal aan de norm. Het verschil bij de verpleegkundigen wordt volgens de "
         "directie in maart opgevangen door twee nieuwe aanwervingen. Van de zorgkundigen op De Boomgaard volgde "
         "minder dan de helft de afgelopen drie jaar een opleiding over dementie. Medewerkers gaven aan dat zij zich "
         "onvoldoende toegerust voelen bij onrustig gedrag in de late dienst.</p>",
         recs([("A5", "Bied alle zorgkundigen binnen twaalf maanden een opleiding aan over dementie en het omgaan "
                      "met onrustig en agressief gedrag.")]),
         "<h3>2.4 Maaltijden en leefklimaat</h3>",
         "<p>Sinds september 2025 werkt het woonzorgcentrum met een nieuwe maaltijdformule: de warme maaltijd wordt "
         "'s middags geserveerd, 's avonds is er een broodmaaltijd. Verschillende bewoners van De Boomgaard zeiden "
         "dat zij 's avonds liever warm eten, zoals zij thuis gewoon waren. De gebruikersraad werd niet bij de keuze "
         "voor de nieuwe formule betrokken.</p>",
         box("Goede praktijk",
             "Op elke afdeling kunnen bewoners overdag zelf hun koffie of thee nemen aan een open keukenhoek. "
             "Bewoners en familie noemen dat een belangrijk stuk huiselijkheid.", "#f6f6ee"),
         recs([("A6", "Betrek de gebruikersraad bij de evaluatie van de nieuwe maaltijdformule en neem de resultaten "
                      "op in het verslag van de gebruikersraad."),
               ("A7", "Zorg ervoor dat bewoners van de afdeling De Boomgaard ook 's avonds voor een warme maaltijd "
                      "kunnen kiezen.")]),
         "<h2>3. Besluit</h2>",
         "<p>Hof ter Linde biedt bewoners een warm en huiselijk leefklimaat. De tekortkomingen T1 en T2 moeten "
         "binnen drie maanden na ontvangst van dit verslag zijn weggewerkt; het agentschap kan een opvolgingsinspectie "
         "uitvoeren. De aanbevelingen gaan vooral over de veiligheid van de medicatie, de opvolging van valincidenten "
         "en de inspraak van bewoners.</p>",
         "<p>De voorziening kan binnen dertig dagen na ontvangst schriftelijk reageren op dit verslag. Die reactie "
         "wordt aan het dossier toegevoegd.</p>",
         "<p align='left' style='text-align:left'>Brussel, 2 maart 2026<br/>L. Van Damme, teamleider inspectie ouderenzorg</p>"]
    B.soffice_pdf(page("".join(b), "B56NL Sans"), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Zorginspectie - inspectieverslag WZC Hof ter Linde - ZI-2026-00877",
            "pagina {n}/{m}", SANS["Regular"], skip_first=True, margin=66)


def response():
    b = ["<p class='k'><b>vzw Zorggroep Linde</b>  |  Woonzorgcentrum Hof ter Linde  |  Lindedreef 14, "
         "9412 Meerbeke-Noord</p><p> </p>",
         "<p align='left' style='text-align:left'>Zorginspectie<br/>t.a.v. mevrouw L. Van Damme<br/>Koning Albert II-laan 35 bus 33<br/>1030 Brussel</p>"
         "<p> </p>",
         "<p>Meerbeke-Noord, 27 maart 2026</p>",
         "<p><b>Betreft: reactie op het inspectieverslag ZI-2026-00877</b></p>",
         "<p>Geachte mevrouw Van Damme,</p>",
         "<p>Wij danken u voor het inspectieverslag van 2 maart 2026 en voor de open gesprekken met onze "
         "medewerkers tijdens het bezoek. Het verslag is besproken in het directiecomité en met de raad van bestuur "
         "van de vzw. Hieronder vindt u onze reactie, die wij u vragen aan het dossier toe te voegen.</p>",
         "<h2>1. Feitelijke correcties</h2>",
         "<p>In de gegevenstabel staan 96 woongelegenheden. Sinds de verbouwing van de tweede verdieping in "
         "oktober 2025 zijn er dat 94, waarvan 24 op De Boomgaard; de erkenning werd in die zin aangepast.</p>",
         "<h2>2. Tekortkomingen</h2>",
         "<p>De medicatieschema's van alle bewoners werden tussen 5 en 20 februari door de coördinerend en "
         "raadgevend arts en de huisartsen nagekeken en opnieuw ondertekend. Voor de twee bewoners met een bedhek is "
         "de beslissing intussen met hun vertegenwoordigers besproken en in het zorgdossier gemotiveerd; een "
         "evaluatie volgt elke drie maanden.</p>",
         "<h2>3. Aanbevelingen</h2>",
         "<h3>Maaltijden op De Boomgaard</h3>",
         "<p>We hebben met de keuken een oplossing uitgewerkt binnen de bestaande bezetting. Vanaf 1 april kunnen "
         "de bewoners van De Boomgaard op drie avonden per week kiezen voor een warme maaltijd; op de andere avonden "
         "blijft de broodmaaltijd, aangevuld met soep. Een warme keuze op elke avond vraagt een extra keukenshift "
         "die wij vandaag niet kunnen financieren.</p>",
         "<h3>Valpreventie</h3>",
         "<p>Vanaf 1 maart wordt elke val binnen twee werkdagen besproken in het multidisciplinair overleg van de "
         "afdeling; de afspraken worden in het zorgdossier genoteerd en de hoofdverpleegkundige volgt dat maandelijks "
         "op. Een aparte halftijdse referentiepersoon valpreventie stellen wij niet aan. Onze twee ergotherapeuten "
         "nemen het thema samen op binnen hun huidige opdracht; een bijkomende aanwerving past niet in het "
         "personeelskader.</p>",
         "<h3>Medicatieveiligheid</h3>",
         "<p>Sinds 15 februari wordt insuline op alle afdelingen door een tweede verpleegkundige gecontroleerd voor "
         "de toediening. Voor opiaten en bloedverdunners voeren wij de dubbele controle niet in: in de nachtdienst "
         "is er per twee afdelingen maar één verpleegkundige aanwezig, zodat een tweede controle daar niet "
         "mogelijk is.</p>",
         "<p>Wat de voorbereiding van de medicatie betreft, hebben wij met onze huisapotheker afgesproken dat de "
         "apotheek vanaf juni voor alle bewoners geïndividualiseerde medicatievoorbereiding verzorgt. De weekdozen "
         "verdwijnen dan van de afdelingen.</p>",
         "<h3>Vorming</h3>",
         "<p>Wij nemen kennis van de aanbeveling over een opleiding voor alle zorgkundigen. Het vormingsplan voor "
         "2027 wordt in oktober door de raad van bestuur vastgelegd; of een opleiding voor alle zorgkundigen binnen "
         "het budget past, kunnen wij nu nog niet zeggen.</p>",
         "<h2>4. Tot slot</h2>",
         "<p>Wij zijn blij dat de inspecteurs het huiselijke leefklimaat in Hof ter Linde opmerkten. Voor vragen "
         "over deze reactie kunt u terecht bij de directeur.</p>",
         "<p>Met vriendelijke groeten,</p>",
         "<p align='left' style='text-align:left'>E. Goossens, directeur<br/>namens de raad van bestuur, M. De Clercq, voorzitter</p>"]
    B.soffice_pdf(page("".join(b), "B56NL Serif", "9.6pt"), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "WZC Hof ter Linde - reactie op het inspectieverslag ZI-2026-00877",
            "{n}/{m}", SANS["Regular"], skip_first=True, margin=66)


def expected():
    B.write_expected(NAME, [
        ("A1", "Laat de apotheek de medicatie voor alle bewoners geïndividualiseerd voorbereiden",
         "apotheek vanaf juni voor alle bewoners geïndividualiseerde medicatievoorbereiding verzorgt", "agrees"),
        ("A2", "Voer een dubbele controle door een tweede zorgverlener in bij",
         "Voor opiaten en bloedverdunners voeren wij de dubbele controle niet in", "partly"),
        ("A3", "Stel een ergotherapeut aan als referentiepersoon valpreventie, met minstens een",
         "Een aparte halftijdse referentiepersoon valpreventie stellen wij niet aan", "disagrees"),
        ("A4", "Bespreek elke val binnen 48 uur in het multidisciplinair team",
         "wordt elke val binnen twee werkdagen besproken", "agrees"),
        ("A5", "Bied alle zorgkundigen binnen twaalf maanden een opleiding aan over dementie",
         "Wij nemen kennis van de aanbeveling over een opleiding", "noted"),
        ("A6", "Betrek de gebruikersraad bij de evaluatie van de nieuwe maaltijdformule",
         None, "unanswered"),
        ("A7", "Zorg ervoor dat bewoners van de afdeling De Boomgaard ook",
         "op drie avonden per week kiezen voor een warme maaltijd", "partly"),
    ], ["Sinds de verbouwing van de tweede verdieping in oktober 2025",
        "De medicatieschema's van alle bewoners werden tussen 5 en 20 februari"],
        "Flemish Zorginspectie inspection report ZI-2026-00877 on the invented woonzorgcentrum Hof ter Linde. The "
        "seven recommendations are coded A1-A7 in borderless two-column tables (bold green code left, text right) "
        "under small italic 'Aanbevelingen' headings at the end of themes 2.1-2.4 (two, two, one, two). Not "
        "recommendations: the identification table, the introduction that explains tekortkomingen and "
        "aanbevelingen ('de voorziening moet tekortkomingen wegwerken'), the shaded framed boxes 'Tekortkoming T1' "
        "and 'T2' (breaches of the erkenningsnormen with 'moet', same look as a box of advice), the 2022 "
        "recommendation quoted in italics ('Evalueer het valpreventiebeleid jaarlijks ...', carried out), the "
        "staffing table, the 'Goede praktijk' box and the Besluit that paraphrases the themes of the "
        "recommendations and sets a three-month term for T1/T2. Response: the director's 'reactie op het "
        "inspectieverslag' letter without codes: '1. Feitelijke correcties' (94 instead of 96 places: unmatched), "
        "'2. Tekortkomingen' (T1 and T2 remedied: unmatched, although it is about medication and bed rails), then "
        "'3. Aanbevelingen' with subject headings in the order A7 partly (warm meal three evenings a week, not "
        "every evening), 'Valpreventie' ONE paragraph A4 agrees (each fall discussed within two working days) + A3 "
        "disagrees (no half-time referentiepersoon), 'Medicatieveiligheid' A2 partly (double check for insulin, "
        "not for opiates and anticoagulants) then A1 agrees (individualised preparation by the pharmacy from June), "
        "'Vorming' A5 noted ('Wij nemen kennis van', depends on the 2027 budget). A6 (gebruikersraad) UNANSWERED. "
        "Introduction and '4. Tot slot' answer nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()
