"""Round 55 (nl): an (invented) MYRIADOC of MYRIA, the Belgian Federaal Migratiecentrum, on family reunification
visas ('Gezinshereniging: wachten aan de andere kant'): title block, a 'Kernpunten' list that paraphrases the
recommendations, the legal frame (articles 10 and 12bis of the wet van 15 december 1980, 'moet'), a figures table,
numbered findings 3.1-3.4, Myria's 2022 recommendation quoted as an imperative (already carried out), then a framed
box 'Aanbevelingen van Myria' with seven numbered items, each opening with its ADDRESSEE in bold ('Aan de DVZ -',
'Aan de wetgever -', ...) before the recommendation's own text. Answered by the INTEGRAAL VERSLAG (CRIV) of a
committee of the Belgian Kamer van volksvertegenwoordigers: 'Samengevoegde vragen' of two members who paraphrase
Myria's recommendations in their questions, the staatssecretaris's one long answer (in another order: 3, 1 and 5
in one paragraph with different verdicts, 4, 7, 2; 6 not answered), the members' replieken, 'Het incident is
gesloten.', and a second, unrelated question on reception capacity. Engine: LibreOffice Writer headless from HTML
(import filter 'HTML (StarWriter)'; running header and page numbers stamped with PyMuPDF; ligature-free DejaVu
copies). Answer key: README-nl.md.

Run: /tmp/blind55nl/bin/python tests/docs/src/blind55/gen_nl_myria_libreoffice.py   (needs soffice)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b55nl as B  # noqa: E402

NAME = "blind55_nl_myria"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B55NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def page(body, fam, size="9.5pt", align="justify", color="#0b6e74"):
    css = (f"@page {{ size: 210mm 297mm; margin: 24mm 22mm 22mm 24mm; }}\n"
           f"body {{ font-family: '{fam}'; font-size: {size}; }}\n"
           f"p {{ margin-top: 0; margin-bottom: 5pt; text-align: {align}; }}\n"
           f"h1 {{ font-family: '{fam}'; font-size: 16pt; margin-top: 0; margin-bottom: 4pt; color: {color}; }}\n"
           f"h2 {{ font-family: '{fam}'; font-size: 11pt; margin-top: 10pt; margin-bottom: 3pt; color: {color}; }}\n"
           f"h3 {{ font-family: '{fam}'; font-size: 9.8pt; margin-top: 7pt; margin-bottom: 2pt; }}\n"
           f"li {{ margin-bottom: 3pt; }}\n"
           f".s {{ font-size: 8pt; }}\n")
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + css + "</style></head><body>" + body
            + "</body></html>")


RECS = [
    ("Aan de DVZ", "Beslis over een aanvraag tot gezinshereniging binnen zes maanden en laat de aanvrager bij elke "
                   "vertraging schriftelijk weten waarom."),
    ("Aan de FOD Buitenlandse Zaken", "Maak het mogelijk de visumaanvraag online in te dienen, zodat gezinsleden "
                                      "niet meer naar een ambassade in een buurland moeten reizen."),
    ("Aan de DVZ", "Vraag een DNA-test alleen als laatste middel, wanneer andere bewijzen van de gezinsband "
                   "ontbreken."),
    ("Aan de wetgever", "Schrap de inkomensvoorwaarde voor erkende vluchtelingen die binnen een jaar na hun "
                        "erkenning een aanvraag indienen."),
    ("Aan de DVZ", "Publiceer elk kwartaal de gemiddelde behandelingstermijn per type aanvraag op de website."),
    ("Aan de federale regering", "Voorzie in kosteloze juridische tweedelijnsbijstand voor gezinsleden die vanuit "
                                 "het buitenland een aanvraag voorbereiden."),
    ("Aan de DVZ en de FOD Buitenlandse Zaken", "Werk een spoedprocedure uit voor minderjarige kinderen die alleen "
                                                "in een derde land verblijven."),
]


def advice():
    td = "<td valign='top'><p class='s'>{}</p></td>"
    rows = "".join("<tr>" + "".join(td.format(c) for c in r) + "</tr>" for r in (
        ("<b>Visa gezinshereniging</b>", "<b>2023</b>", "<b>2024</b>", "<b>2025</b>"),
        ("aanvragen", "21.480", "23.915", "25.302"),
        ("beslissingen", "19.870", "20.144", "21.066"),
        ("waarvan weigeringen", "31 %", "34 %", "36 %"),
        ("gemiddelde behandelingstermijn", "7,1 maanden", "8,4 maanden", "9,6 maanden")))
    recs = "".join(f"<li><p><b>{a} -</b> {t}</p></li>" for a, t in RECS)
    b = ["<p style='font-size:8pt; color:#0b6e74'><b>MYRIA</b> | Federaal Migratiecentrum | Myriadoc 14 | april "
         "2026</p>",
         "<h1>Gezinshereniging: wachten aan de andere kant</h1>",
         "<p style='font-size:10.5pt; text-align:left'>Over de visumprocedure voor gezinsleden van wie in België "
         "verblijft</p>",
         "<table width='100%' cellpadding='6' cellspacing='0' bgcolor='#e6f2f2'><tr><td>"
         "<p><b>Kernpunten</b></p>"
         "<p class='s'>- De behandelingstermijn van een visum gezinshereniging is in drie jaar met een derde "
         "gestegen.<br>- Gezinsleden reizen vaak naar een ambassade in een ander land om hun aanvraag in te "
         "dienen.<br>- Myria vraagt kortere en voorspelbare termijnen, een online aanvraag, terughoudendheid met "
         "DNA-tests, een soepeler regime voor vluchtelingen, juridische bijstand en aandacht voor kinderen die "
         "alleen achterblijven.</p></td></tr></table>",
         "<h2>1. Het wettelijke kader</h2>",
         "<p>Artikel 10 van de wet van 15 december 1980 betreffende de toegang tot het grondgebied, het verblijf, "
         "de vestiging en de verwijdering van vreemdelingen geeft bepaalde familieleden van een derdelander met "
         "verblijfsrecht een recht op gezinshereniging. De Dienst Vreemdelingenzaken (DVZ) moet volgens artikel "
         "12bis van die wet beslissen binnen negen maanden na de indiening van de aanvraag; in complexe dossiers kan "
         "die termijn twee keer met drie maanden worden verlengd. De referentiepersoon moet in de regel over "
         "stabiele, regelmatige en toereikende bestaansmiddelen beschikken. Voor erkende vluchtelingen geldt die "
         "voorwaarde niet als de aanvraag binnen het jaar na de erkenning wordt ingediend voor de partner en de "
         "kinderen.</p>",
         "<p>Gezinsleden in het buitenland dienen hun aanvraag in bij de Belgische ambassade of het consulaat, of "
         "bij een extern dienstverlener die door de FOD Buitenlandse Zaken is aangeduid.</p>",
         "<h2>2. De cijfers</h2>",
         "<p>De DVZ bezorgde Myria de volgende gegevens over de visa gezinshereniging (type D):</p>",
         "<table width='86%' cellpadding='3' cellspacing='0' border='1'>" + rows + "</table>",
         "<p class='s'>Bron: DVZ, verwerking Myria. Termijn: van de indiening tot de beslissing.</p>",
         "<h2>3. Vaststellingen</h2>",
         "<h3>3.1 Termijnen lopen op</h3>",
         "<p>De gemiddelde termijn steeg van 7,1 naar 9,6 maanden. In 2025 overschreed 41 procent van de dossiers de "
         "wettelijke termijn van negen maanden. Aanvragers krijgen in die periode geen enkel bericht.</p>",
         "<h3>3.2 Reizen om een aanvraag in te dienen</h3>",
         "<p>In 17 landen is er geen Belgische post die visa behandelt. Gezinsleden uit bijvoorbeeld Eritrea en "
         "Somalië moeten naar Addis Abeba of Nairobi reizen, soms meermaals.</p>",
         "<h3>3.3 DNA-tests</h3>",
         "<p>In 2025 vroeg de DVZ in 2.310 dossiers een DNA-test, ook wanneer er een geldige geboorteakte was. Een "
         "test kost het gezin gemiddeld 680 euro per persoon.</p>",
         "<h3>3.4 Vluchtelingen en kinderen</h3>",
         "<p>Veel vluchtelingen halen de termijn van een jaar niet, omdat hun gezinsleden eerst documenten moeten "
         "verzamelen in een land in oorlog. Daarna moeten zij aan de inkomensvoorwaarde voldoen. Kinderen die "
         "alleen in een derde land achterblijven, wachten even lang als andere aanvragers.</p>",
         "<p>In zijn Jaarverslag Migratie 2022 schreef Myria al:</p>",
         "<p style='margin-left:12mm; margin-right:12mm'><i>'Voorzie bij de DVZ een vast aanspreekpunt voor "
         "advocaten en sociale diensten.'</i></p>",
         "<p>De DVZ richtte dat aanspreekpunt in 2023 op. Het wordt goed gebruikt, maar kan de termijnen zelf niet "
         "inkorten.</p>",
         "<h2>4. Aanbevelingen</h2>",
         "<table width='100%' cellpadding='8' cellspacing='0' border='1' bordercolor='#0b6e74' bgcolor='#f4fafa'>"
         "<tr><td><p><b>Aanbevelingen van Myria</b></p><ol>" + recs + "</ol></td></tr></table>",
         "<p> </p>",
         "<p>Myria bezorgt deze Myriadoc aan de bevoegde ministers en aan de Kamercommissie voor Binnenlandse "
         "Zaken. Myria is beschikbaar om de aanbevelingen toe te lichten.</p>"]
    B.soffice_pdf(page("".join(b), "B55NL Sans", "9.2pt"), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Myria - Myriadoc 14 - Gezinshereniging: wachten aan de andere kant", "{n}/{m}",
            SANS["Regular"], skip_first=True, margin=66)


def response():
    def sp(num, who, text):
        return f"<p><b>{num} {who}:</b> {text}</p>"

    b = ["<p style='font-size:8pt; text-align:left'>KAMER VAN VOLKSVERTEGENWOORDIGERS</p>",
         "<p style='font-size:15pt; text-align:left'><b>INTEGRAAL VERSLAG</b></p>",
         "<p style='font-size:10pt; text-align:left'>Commissie voor Binnenlandse Zaken, Veiligheid, Migratie en "
         "Bestuurszaken</p>",
         "<p style='font-size:10pt; text-align:left'>Woensdag 10 juni 2026<br>Namiddag</p>",
         "<p style='font-size:8pt; text-align:left'>CRIV 56 COM 412</p>",
         "<p> </p>",
         "<p><i>De openbare commissievergadering wordt geopend om 14.18 uur en voorgezeten door mevrouw Inge "
         "Wouters.</i></p>",
         "<h3>01 Samengevoegde vragen van</h3>",
         "<p style='text-align:left'>- Lotte Verbeke aan Anneleen Cools (Asiel en Migratie) over \"Het rapport van "
         "Myria over gezinshereniging\" (56004121C)<br>- Bram De Wolf aan Anneleen Cools (Asiel en Migratie) over "
         "\"De wachttijden voor visa gezinshereniging\" (56004188C)</p>",
         sp("01.01", "Lotte Verbeke (Vooruit)", "Mevrouw de staatssecretaris, Myria publiceerde in april een "
            "rapport over de visumprocedure voor gezinshereniging. Gezinnen wachten gemiddeld bijna tien maanden, "
            "en in vier op de tien dossiers wordt de wettelijke termijn overschreden. Myria doet zeven aanbevelingen, "
            "onder meer over een online aanvraag en over DNA-tests. Welke aanbevelingen zult u uitvoeren, en "
            "binnen welke termijn?"),
         sp("01.02", "Bram De Wolf (N-VA)", "Mevrouw de staatssecretaris, ik heb een andere invalshoek. Myria vraagt "
            "onder meer de inkomensvoorwaarde voor vluchtelingen te schrappen. Dat lijkt mij het omgekeerde van wat "
            "nodig is. Hoeveel aanvragen van erkende vluchtelingen waren er vorig jaar, en hoeveel daarvan werden "
            "binnen het jaar na de erkenning ingediend?"),
         sp("01.03", "Staatssecretaris Anneleen Cools", "Mevrouw Verbeke, mijnheer De Wolf, ik dank u voor uw vragen. "
            "Ik heb het rapport van Myria met veel aandacht gelezen en ik ga in op de belangrijkste punten."),
         "<p>Wat de DNA-tests betreft, heeft de DVZ haar werkwijze al aangepast. Sinds 1 maart vraagt de DVZ een "
         "DNA-test enkel nog wanneer geen enkel ander document de gezinsband kan aantonen. Het aantal tests zal dit "
         "jaar dan ook sterk dalen.</p>",
         "<p>Over de termijnen wil ik eerlijk zijn. Een termijn van zes maanden kan ik vandaag niet beloven: de DVZ "
         "behandelt meer dossiers dan ooit met hetzelfde personeel. Wel krijgt elke aanvrager vanaf september een "
         "bericht als het dossier na vijf maanden nog niet is afgerond, met de reden van de vertraging. Daarnaast "
         "zal de DVZ vanaf het derde kwartaal de gemiddelde termijnen per type aanvraag online zetten, en die "
         "cijfers elk kwartaal bijwerken.</p>",
         "<p>Mijnheer De Wolf, in 2025 waren er 4.870 aanvragen van gezinsleden van erkende vluchtelingen, waarvan "
         "3.120 binnen het jaar na de erkenning. De vrijstelling van de inkomensvoorwaarde in dat eerste jaar volstaat "
         "naar mijn mening. Op dat punt volg ik Myria niet: wie later een aanvraag indient, heeft tijd gehad om werk "
         "te zoeken, en de voorwaarde beschermt ook het gezin zelf.</p>",
         "<p>Voor kinderen die alleen in een derde land achterblijven, vraagt Myria een aparte procedure. Dat "
         "voorstel is sympathiek, maar vraagt een wetswijziging. Ik heb het voorgelegd aan de werkgroep die het "
         "nieuwe Migratiewetboek voorbereidt; die zal bekijken of en hoe het daarin past.</p>",
         "<p>Tot slot, de online aanvraag. De visumposten vallen onder de bevoegdheid van Buitenlandse Zaken. Ik heb "
         "het rapport aan mijn collega van Buitenlandse Zaken bezorgd en haar gevraagd de vraag van Myria mee te "
         "nemen bij de vernieuwing van het visumportaal.</p>",
         sp("01.04", "Lotte Verbeke (Vooruit)", "Mevrouw de staatssecretaris, ik ben blij met de stap over de "
            "DNA-tests en met de berichten aan de aanvragers. Het blijft wel wachten. Ik kom hier in het najaar op "
            "terug, wanneer de eerste kwartaalcijfers bekend zijn."),
         sp("01.05", "Bram De Wolf (N-VA)", "Ik dank u voor de cijfers, mevrouw de staatssecretaris. Ik ben tevreden "
            "dat u de inkomensvoorwaarde niet ter discussie stelt."),
         "<p><i>Het incident is gesloten.</i></p>",
         "<h3>02 Vraag van Karim Bouzid aan Anneleen Cools (Asiel en Migratie) over \"De wachtlijst voor de opvang "
         "van alleenstaande mannen\" (56004203C)</h3>",
         sp("02.01", "Karim Bouzid (PVDA-PTB)", "Mevrouw de staatssecretaris, hoeveel alleenstaande mannen staan er "
            "vandaag op de wachtlijst voor een opvangplaats, en hoeveel plaatsen komen er deze zomer bij?"),
         sp("02.02", "Staatssecretaris Anneleen Cools", "Mijnheer Bouzid, vandaag staan er 2.140 alleenstaande "
            "mannen op de wachtlijst. Tegen eind augustus openen twee nieuwe centra met samen 480 plaatsen."),
         "<p><i>Het incident is gesloten.</i></p>",
         "<p><i>De openbare commissievergadering wordt gesloten om 15.02 uur.</i></p>"]
    B.soffice_pdf(page("".join(b), "B55NL Sans", "9.4pt", "left", "#000000"), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "CRIV 56 COM 412                                                    10/06/2026",
            "{n}", SANS["Regular"], skip_first=True, margin=66)


def expected():
    B.write_expected(NAME, [
        ("1", "Beslis over een aanvraag tot gezinshereniging binnen zes maanden en laat",
         "krijgt elke aanvrager vanaf september een bericht", "partly"),
        ("2", "Maak het mogelijk de visumaanvraag online in te dienen, zodat gezinsleden",
         "het rapport aan mijn collega van Buitenlandse Zaken bezorgd", "noted"),
        ("3", "Vraag een DNA-test alleen als laatste middel, wanneer andere bewijzen",
         "enkel nog wanneer geen enkel ander document de gezinsband kan aantonen", "agrees"),
        ("4", "Schrap de inkomensvoorwaarde voor erkende vluchtelingen die binnen een jaar",
         "Op dat punt volg ik Myria niet", "disagrees"),
        ("5", "Publiceer elk kwartaal de gemiddelde behandelingstermijn per type aanvraag op",
         "zal de DVZ vanaf het derde kwartaal de gemiddelde termijnen", "agrees"),
        ("6", "Voorzie in kosteloze juridische tweedelijnsbijstand voor gezinsleden die vanuit het",
         None, "unanswered"),
        ("7", "Werk een spoedprocedure uit voor minderjarige kinderen die alleen in een",
         "de werkgroep die het nieuwe Migratiewetboek voorbereidt", "noted"),
    ], ["Ik kom hier in het najaar op terug",
        "vandaag staan er 2.140 alleenstaande mannen op de wachtlijst"],
        "Myria (Belgian Federaal Migratiecentrum) Myriadoc 14 on family-reunification visas. Seven recommendations "
        "1.-7. as an ordered list in a framed box 'Aanbevelingen van Myria' in section 4; each item opens with its "
        "ADDRESSEE in bold and a dash ('Aan de DVZ -', 'Aan de FOD Buitenlandse Zaken -', 'Aan de wetgever -', 'Aan "
        "de federale regering -', 'Aan de DVZ en de FOD Buitenlandse Zaken -'); the starts_with is the text after "
        "the addressee. Not recommendations: the shaded 'Kernpunten' box that paraphrases them ('Myria vraagt "
        "...'), the legal frame with 'moet' (art. 10 and 12bis of the wet van 15 december 1980), the figures table, "
        "findings 3.1-3.4 and Myria's 2022 recommendation quoted in italics ('Voorzie bij de DVZ een vast "
        "aanspreekpunt ...', already carried out). Response: Integraal Verslag CRIV 56 COM 412 of the Kamer "
        "committee for Binnenlandse Zaken (10 June 2026). Item 01, joined questions: the members' questions "
        "(01.01, 01.02) paraphrase recommendations 2, 3 and 4 but answer nothing; the staatssecretaris's answer "
        "(01.03 and the five paragraphs after it) in the order 3 agrees (DNA test only as a last resort since 1 "
        "March); one paragraph 1 partly (no six-month promise, but a message after five months) + 5 agrees "
        "(quarterly average terms online); 4 disagrees ('Op dat punt volg ik Myria niet'); 7 noted (passed to the "
        "working group on the new Migratiewetboek); 2 noted (a matter for Foreign Affairs, report passed on). 6 "
        "(free legal aid) UNANSWERED. The replieken 01.04 and 01.05, the procedural lines and item 02 (reception "
        "waiting list) answer nothing (one repliek phrase and item 02's answer listed as unmatched).")


if __name__ == "__main__":
    advice()
    response()
    expected()
