"""Round 50 (nl): an (invented) ONDERZOEKSRAPPORT of the INSPECTIE VEILIGHEID DEFENSIE (IVD) on an accident with an
armoured vehicle during a night exercise; numbered conclusions C1-C5 (trap), a quoted 2023 IVD recommendation (trap),
and recommendations 1-6 under addressee sub-headings ('Aan de Commandant Landstrijdkrachten', 'Aan de directeur
DMO', 'Aan de Secretaris-Generaal'). Answered by the VERSLAG (minutes) of a meeting of the Defensie
Veiligheidsberaad: agenda items, discussion, 'Besluit:' lines and an actiepuntenlijst. Engine: LibreOffice Writer
headless from HTML (header and page numbers stamped with PyMuPDF; ligature-free DejaVu copies). Answer key:
README-nl.md.

Run: /tmp/blind50nl/bin/python tests/docs/src/blind50/gen_nl_ivd_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b50nl as B  # noqa: E402

NAME = "blind50_nl_ivd"
F = B.nolig_fonts()
SERIF = B.nolig_fonts("B50NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def page(body, fam, size="9.4pt", color="#154273"):
    return ("<html><head><meta charset='utf-8'><style>@page { margin: 2.4cm 2.2cm 2cm 2.5cm; } "
            "body { font-family: '%s'; font-size: %s; } "
            "p { margin-top: 0; margin-bottom: 5pt; font-family: '%s'; } "
            "h2 { font-size: 11.5pt; color: %s; font-family: '%s'; margin-top: 10pt; margin-bottom: 3pt; } "
            "h3 { font-size: 9.6pt; font-style: italic; font-family: '%s'; margin-top: 6pt; margin-bottom: 2pt; } "
            "td, th { vertical-align: top; font-size: 8.6pt; font-family: '%s'; }</style></head><body>%s"
            "</body></html>" % (fam, size, fam, color, fam, fam, fam, body))


def J(t, extra=""):
    return f"<p align='justify' {extra}>{t}</p>"


def num(lab, t, ind="0.9cm"):
    return f"<p align='justify' style='margin-left:{ind}; text-indent:-{ind}'><b>{lab}</b>&#9;{t}</p>"


def advice():
    b = []
    b.append("<p align='center'><font size='2' color='#154273'>&#9632;</font><br/><font size='2'>Inspectie "
             "Veiligheid Defensie<br/>Ministerie van Defensie</font></p><br/>")
    b.append("<p><font size='6' color='#154273'><b>Te weinig zicht in het donker</b></font></p>")
    b.append("<p><font size='3'>Onderzoek naar het ongeval met een pantserwielvoertuig tijdens oefening Noordster "
             "op 14 oktober 2025</font></p>")
    b.append("<table width='100%' cellpadding='2' border='0'>"
             "<tr><td width='26%'><b>Rapportnummer</b></td><td>IVD 2026-02</td></tr>"
             "<tr><td><b>Vastgesteld</b></td><td>2 maart 2026</td></tr>"
             "<tr><td><b>Opdrachtgever</b></td><td>de minister van Defensie (artikel 3 Instellingsbesluit IVD)</td></tr>"
             "<tr><td><b>Betrokken eenheid</b></td><td>45 Pantserinfanteriebataljon, 43 Gemechaniseerde "
             "Brigade</td></tr></table>")
    b.append("<h2>Samenvatting</h2>")
    b.append(J("In de nacht van 14 oktober 2025 kantelde tijdens oefening Noordster op het oefenterrein "
               "Ermelose Heide een pantserwielvoertuig van het type Boxer in een greppel. Twee militairen raakten "
               "gewond, van wie één ernstig. De bestuurder reed met een restlichtversterker over een route die "
               "overdag niet was verkend. De inspectie concludeert dat de risico's van nachtrijden bij de "
               "voorbereiding van de oefening wel bekend waren, maar niet tot maatregelen hebben geleid."))
    b.append("<h2>1. Aanleiding en werkwijze</h2>")
    b.append(J("De minister heeft de inspectie op 17 oktober 2025 gevraagd het ongeval te onderzoeken. De "
               "inspectie sprak met 23 betrokkenen, bestudeerde het oefenplan, de risico-inventarisatie en de "
               "meldingen in het registratiesysteem AMIS, en bezocht het oefenterrein bij daglicht en in het donker. "
               "Conform artikel 7 van het Instellingsbesluit zijn de betrokken commandanten in de gelegenheid gesteld "
               "op het conceptrapport te reageren (wederhoor)."))
    b.append("<h2>2. Bevindingen</h2>")
    b.append("<table width='100%' cellpadding='3' border='1' cellspacing='0'>"
             "<tr><th align='left'>Jaar</th><th align='right'>Ongevallen Boxer</th><th align='right'>waarvan "
             "'s nachts</th><th align='right'>Bijna-ongevallen gemeld</th></tr>"
             "<tr><td>2023</td><td align='right'>9</td><td align='right'>4</td><td align='right'>11</td></tr>"
             "<tr><td>2024</td><td align='right'>12</td><td align='right'>7</td><td align='right'>8</td></tr>"
             "<tr><td>2025</td><td align='right'>14</td><td align='right'>9</td><td align='right'>6</td></tr>"
             "</table><p><font size='1'><i>Tabel 1. Bron: AMIS, bewerking IVD.</i></font></p>")
    b.append(J("Het aantal ongevallen stijgt, terwijl het aantal gemelde bijna-ongevallen daalt. Dat wijst niet op "
               "veiliger rijden, maar op minder melden. De bestuurders gaven aan dat een melding 'veel papierwerk "
               "oplevert en niets verandert'. Het oefenplan vermeldde nachtrijden als risico met de maatregel 'extra "
               "alertheid'. Volgens het Handboek Veilig Oefenen moet een route die in het donker wordt bereden "
               "eerst bij daglicht zijn verkend; dat is niet gebeurd."))
    b.append(J("In haar rapport IVD 2023-05 over een ongeval met een Fennek deed de inspectie al de aanbeveling: "
               "<i>'Zorg dat instructeurs die nachtrijden begeleiden zelf een actuele bevoegdheid hebben.'</i> "
               "Die aanbeveling is in 2024 uitgevoerd en speelde bij dit ongeval geen rol. De stoelbevestiging van "
               "de achterste zitplaatsen in de Boxer bleek bij het kantelen los te schieten; de fabrikant had "
               "daarover in 2022 een servicebulletin uitgebracht dat niet is verwerkt."))
    b.append("<h2>3. Conclusies</h2>")
    for lab, t in (("C1", "De risico's van nachtrijden waren bekend maar zijn niet vertaald in concrete maatregelen."),
                   ("C2", "De route is niet bij daglicht verkend, in strijd met het Handboek Veilig Oefenen."),
                   ("C3", "Bijna-ongevallen worden structureel te weinig gemeld; de meldcultuur is zwak."),
                   ("C4", "Het servicebulletin over de stoelbevestiging is niet door DMO verwerkt."),
                   ("C5", "De Tweede Kamer is over de opvolging van eerdere IVD-rapporten wisselend "
                          "geïnformeerd.")):
        b.append(num(lab, t))
    b.append("<h2>4. Aanbevelingen</h2>")
    b.append(J("De inspectie doet de volgende aanbevelingen. Zij verzoekt de betrokkenen om binnen drie maanden "
               "aan te geven hoe zij daaraan uitvoering geven."))
    b.append("<h3>Aan de Commandant Landstrijdkrachten</h3>")
    b.append(num("1.", "Zorg ervoor dat in de risico-inventarisatie van iedere oefening met nachtrijden "
                       "concrete, controleerbare maatregelen staan in plaats van algemene aanwijzingen."))
    b.append(num("2.", "Stel bij nachtrijden met restlichtversterkers de aanwezigheid van een rij-instructeur "
                       "in het voertuig verplicht tot de bestuurder ten minste 40 nachtelijke rijuren heeft."))
    b.append(num("3.", "Vereenvoudig het melden van bijna-ongevallen, bijvoorbeeld met een korte meldapp, en "
                       "koppel binnen vier weken terug wat met een melding is gedaan."))
    b.append("<h3>Aan de directeur Defensie Materieel Organisatie</h3>")
    b.append(num("4.", "Voer het servicebulletin over de stoelbevestiging vóór 1 juli 2026 op alle Boxer-"
                       "voertuigen uit en rapporteer de voortgang aan de inspectie."))
    b.append(num("5.", "Richt een vlootbreed systeem in waarin servicebulletins van fabrikanten centraal worden "
                       "geregistreerd en bewaakt."))
    b.append("<h3>Aan de Secretaris-Generaal</h3>")
    b.append(num("6.", "Informeer de Tweede Kamer halfjaarlijks over de stand van de opvolging van alle "
                       "aanbevelingen van de inspectie."))
    b.append("<br/><p>Den Haag, 2 maart 2026<br/>De Inspecteur Veiligheid Defensie,<br/><br/>lt-gen b.d. "
             "R.C. Spaans</p>")
    B.soffice_pdf(page("".join(b).replace("&#9;", " "), "B50NL Sans"), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Inspectie Veiligheid Defensie | IVD 2026-02 | Te weinig zicht in het donker",
            "pagina {n} van {m}", F["Regular"])


def response():
    b = []
    b.append("<p><font size='2'>Ministerie van Defensie | Bestuursstaf | Directie Veiligheid</font></p>")
    b.append("<p><font size='5'><b>Verslag</b></font><br/><font size='3'>31e vergadering Defensie "
             "Veiligheidsberaad (DVB)</font></p>")
    b.append("<table width='100%' cellpadding='2' border='0'>"
             "<tr><td width='22%'><b>Datum</b></td><td>9 april 2026, 10.00-12.00 uur, Kalvermarkt, zaal 4.12</td></tr>"
             "<tr><td><b>Voorzitter</b></td><td>plv. Secretaris-Generaal (mr. J.W. Hoekstra)</td></tr>"
             "<tr><td><b>Aanwezig</b></td><td>plv. CLAS, plv. CZSK, plv. CLSK, plv. CDS, directeur DMO, directeur "
             "Veiligheid, hoofd Arbo en Milieu CLAS</td></tr>"
             "<tr><td><b>Verslag</b></td><td>maj. A. de Graaf (secretaris DVB)</td></tr>"
             "<tr><td><b>Kenmerk</b></td><td>BS2026011872</td></tr></table><br/>")
    b.append("<h2>1. Opening en vaststellen agenda</h2>")
    b.append(J("De voorzitter opent de vergadering. De agenda wordt ongewijzigd vastgesteld. Het verslag van de "
               "30e vergadering wordt met een redactionele wijziging vastgesteld."))
    b.append("<h2>2. Jaarplan Veiligheid 2027</h2>")
    b.append(J("Directeur Veiligheid licht de opzet van het Jaarplan Veiligheid 2027 toe. Nieuw is een "
               "defensiebrede campagne over vermoeidheid bij langdurige inzet. De leden vragen om de planning van de "
               "campagne af te stemmen op de oefenkalender van de operationele commando's. <b>Besluit:</b> het DVB "
               "stemt in met de opzet; het concept-jaarplan wordt in de 32e vergadering besproken."))
    b.append("<h2>3. IVD-rapport 2026-02 'Te weinig zicht in het donker'</h2>")
    b.append(J("De voorzitter memoreert dat het rapport op 2 maart aan de minister is aangeboden en dat de "
               "inspectie binnen drie maanden een reactie verwacht. Het DVB bespreekt de aanbevelingen per "
               "thema; de reactie aan de inspectie wordt op basis van dit verslag opgesteld."))
    b.append("<h3>Voorbereiding van oefeningen</h3>")
    b.append(J("De plv. CLAS onderschrijft de conclusie dat 'extra alertheid' geen maatregel is. Vanaf 1 mei "
               "2026 bevat elke risico-inventarisatie voor nachtelijke oefeningen een vaste checklist met "
               "controleerbare maatregelen, die door de oefenleider wordt afgetekend. <b>Besluit:</b> "
               "aanbeveling 1 wordt overgenomen."))
    b.append("<h3>Nachtrijden en melden</h3>")
    b.append(J("Over de rij-instructeur wordt uitvoerig gesproken. De plv. CLAS wijst erop dat er onvoldoende "
               "instructeurs zijn om bij elke rit met restlichtversterkers een instructeur mee te laten rijden. "
               "Het DVB kiest voor een begeleide periode van 20 nachtelijke rijuren in plaats van 40, aangevuld met "
               "simulatortraining. Voor het melden is de meldapp VeiligDoen sinds februari in pilot bij 43 Mechbrig; "
               "die wordt in het najaar landmachtbreed ingevoerd, met een terugkoppeling binnen vier weken als "
               "vaste norm. <b>Besluit:</b> aanbeveling 2 wordt deels overgenomen, aanbeveling 3 wordt "
               "overgenomen."))
    b.append("<h3>Materieel</h3>")
    b.append(J("De directeur DMO meldt dat het servicebulletin over de stoelbevestiging is besproken met de "
               "fabrikant en met OCCAR, dat het Boxer-programma namens de deelnemende landen beheert. Over de "
               "planning van de aanpassing wordt in OCCAR-verband besloten; DMO kan nog geen datum toezeggen. Een "
               "apart vlootbreed registratiesysteem acht DMO niet doelmatig: servicebulletins worden al in het "
               "configuratiebeheer van elk wapensysteem geregistreerd, en een extra systeem voegt daar volgens DMO "
               "niets aan toe. <b>Besluit:</b> het DVB neemt kennis van de stand van zaken rond het "
               "servicebulletin; aanbeveling 5 wordt niet overgenomen."))
    b.append("<h2>4. Rondvraag en sluiting</h2>")
    b.append(J("De plv. CZSK vraagt aandacht voor de onderbezetting bij de veiligheidsfunctionarissen van de "
               "vloot. De voorzitter zegt toe dit in de 32e vergadering te agenderen. Niets meer aan de orde zijnde "
               "sluit de voorzitter de vergadering om 11.50 uur."))
    b.append("<h2>Actiepunten</h2>")
    b.append("<table width='100%' cellpadding='3' border='1' cellspacing='0'>"
             "<tr><th align='left' width='14%'>Nr.</th><th align='left'>Actie</th><th align='left' width='16%'>"
             "Wie</th><th align='left' width='16%'>Gereed</th></tr>"
             "<tr><td>31-01</td><td>Concept-jaarplan Veiligheid 2027 agenderen</td><td>dir. Veiligheid</td>"
             "<td>32e DVB</td></tr>"
             "<tr><td>31-02</td><td>Reactie aan de IVD opstellen op basis van agendapunt 3</td><td>dir. "
             "Veiligheid</td><td>29 mei 2026</td></tr>"
             "<tr><td>31-03</td><td>Checklist nachtelijke oefeningen vaststellen</td><td>plv. CLAS</td>"
             "<td>1 mei 2026</td></tr>"
             "<tr><td>31-04</td><td>Bezetting veiligheidsfunctionarissen vloot agenderen</td><td>secretaris</td>"
             "<td>32e DVB</td></tr></table>")
    B.soffice_pdf(page("".join(b), "B50NL Serif", "9.6pt", "#333333"), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Verslag 31e vergadering DVB | 9 april 2026 | Dep. Vertrouwelijk niet van "
            "toepassing", "{n}", SERIF["Regular"])


def expected():
    recs = [
        ("1", "Zorg ervoor dat in de risico-inventarisatie van iedere oefening",
         "bevat elke risico-inventarisatie voor nachtelijke oefeningen een vaste checklist", "agrees"),
        ("2", "Stel bij nachtrijden met restlichtversterkers de aanwezigheid van een rij-instructeur",
         "kiest voor een begeleide periode van 20 nachtelijke rijuren", "partly"),
        ("3", "Vereenvoudig het melden van bijna-ongevallen, bijvoorbeeld met een korte meldapp",
         "die wordt in het najaar landmachtbreed ingevoerd", "agrees"),
        ("4", "Voer het servicebulletin over de stoelbevestiging vóór 1 juli 2026",
         "Over de planning van de aanpassing wordt in OCCAR-verband besloten", "noted", ["partly"]),
        ("5", "Richt een vlootbreed systeem in waarin servicebulletins van fabrikanten",
         "Een apart vlootbreed registratiesysteem acht DMO niet doelmatig", "disagrees"),
        ("6", "Informeer de Tweede Kamer halfjaarlijks over de stand van", None, "unanswered"),
    ]
    unmatched = ["Nieuw is een defensiebrede campagne over vermoeidheid bij langdurige inzet"]
    notes = (
        "Inspectie Veiligheid Defensie report IVD 2026-02 'Te weinig zicht in het donker' (Boxer accident in a night "
        "exercise): centred Rijksoverheid-style logo, meta table, Samenvatting, a figures table, a 'moet' norm from "
        "the Handboek Veilig Oefenen, a quoted and completed 2023 IVD recommendation 'Zorg dat instructeurs ...' "
        "(trap), numbered conclusions C1-C5 (trap), then recommendations 1.-6. under italic addressee sub-headings "
        "(CLAS 1-3, DMO 4-5, SG 6). Reply: VERSLAG (minutes) of the 31st meeting of the Defensie Veiligheidsberaad, "
        "serif, attendees table, agenda items with 'Besluit:' lines and an actiepunten table: item 3 discusses the "
        "report per theme: checklist from 1 May (1 agrees); ONE paragraph 'Nachtrijden en melden' with 20 instead "
        "of 40 hours (2 partly) and the meldapp rolled out with four-week feedback (3 agrees); servicebulletin left "
        "to OCCAR, no date (4 noted, also partly); no separate fleet-wide system (5 disagrees); 6 (half-yearly "
        "reporting to the Tweede Kamer) unanswered. Unmatched: item 2 'Jaarplan Veiligheid 2027' (and the "
        "rondvraag).")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()
    sys.exit(0 if B.check(NAME) else 1)
