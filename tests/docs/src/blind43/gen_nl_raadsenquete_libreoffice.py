"""Round 43 (nl): the (invented) final report of the enquêtecommissie of the gemeenteraad of Veenwolde (raadsenquête,
art. 155a Gemeentewet) on the cost overrun of the project Stadshart, with numbered 'Conclusie N' paragraphs (findings
with 'had ... moeten'), a cost table, an earlier rekenkamer recommendation quoted, a summary listing four main
recommendations in short form, and eight recommendations in running text tagged at the END with '(aanbeveling N -
college)' / '(aanbeveling N - raad)'; answered by the college's raadsinformatiebrief with a bijlage matrix
'Aanbeveling | Standpunt college | Toelichting en planning' (labels Overnemen / Gedeeltelijk overnemen / Niet overnemen
/ Aan de raad). Engine: LibreOffice Writer headless from HTML (header and page numbers stamped with PyMuPDF;
ligature-free DejaVu copies from the helper). Answer key: README-nl.md.

Run: /tmp/blind43nl/bin/python tests/docs/src/blind43/gen_nl_raadsenquete_libreoffice.py (needs soffice)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b43nl as B  # noqa: E402

NAME = "blind43_nl_raadsenquete"
F = B.nolig_fonts()
SERIF = B.nolig_fonts("B43NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def page(body, fam, size="9.5pt"):
    return ("<html><head><meta charset='utf-8'><style>body { font-family: '%s'; font-size: %s; } "
            "p { margin-top: 0; margin-bottom: 6pt; } h2 { font-size: 12pt; color: #8a1c2b; } "
            "h3 { font-size: 10pt; } td, th { vertical-align: top; font-size: 8.5pt; }</style></head><body>%s"
            "</body></html>" % (fam, size, body))


def advice():
    b = []
    b.append("<p style='font-size:8pt; color:#8a1c2b'><b>GEMEENTERAAD VEENWOLDE</b> | Enquêtecommissie "
             "Stadshart</p><br>")
    b.append("<p style='font-size:20pt'><b>Gebouwd op drijfzand</b></p>")
    b.append("<p style='font-size:11pt'>Eindrapport van de enquêtecommissie naar de besluitvorming over en de "
             "uitvoering van het project Stadshart Veenwolde (2018-2025)</p>")
    b.append("<p style='font-size:8.5pt'>Aangeboden aan de gemeenteraad op 9 maart 2026 | Raadsstuk 2026-031 | "
             "Commissie: Ingrid Boomsma (voorzitter), Kees Roelofsen (ondervoorzitter), Fatma Yilmaz, "
             "Wouter de Haan, Anneke Schuurman | Griffie: mr. Joris Lammers</p><br>")
    b.append("<h2>Samenvatting</h2>")
    b.append("<p>De raad besloot in 2019 tot de herontwikkeling van het Stadshart, met een raming van 38,4 miljoen "
             "euro. De eindprognose bedraagt nu 61,7 miljoen euro. De commissie concludeert dat de raad zijn "
             "kaderstellende en controlerende rol niet heeft kunnen waarmaken, omdat hij te laat en te "
             "versnipperd werd geïnformeerd. De belangrijkste aanbevelingen in het kort:</p>")
    b.append("<ul><li>vaste voortgangsrapportages over grote projecten;</li><li>een Regeling grote projecten "
             "van de raad;</li><li>actief melden van overschrijdingen;</li><li>eigen deskundigheid voor de raad."
             "</li></ul>")
    b.append("<p>Alle aanbevelingen staan in hoofdstuk 6, bij de conclusies waaruit zij volgen.</p>")
    b.append("<h2>1. Opdracht en werkwijze</h2>")
    b.append("<p>De raad stelde op 30 januari 2025 een enquêtecommissie in op grond van artikel 155a van de "
             "Gemeentewet. De commissie bestudeerde ruim 4.200 documenten en hoorde 19 getuigen onder ede, onder "
             "wie de drie wethouders die het project in portefeuille hadden. De onderzoeksvraag luidde: hoe is de "
             "besluitvorming over het Stadshart verlopen, en heeft de raad zijn rol kunnen vervullen?</p>")
    b.append("<h2>2. Het verloop in cijfers</h2>")
    b.append("<table width='90%' border='1' cellpadding='3' style='border-collapse:collapse'>"
             "<tr><th>Moment</th><th>Besluit</th><th>Bedrag (mln euro)</th></tr>"
             "<tr><td>juni 2019</td><td>raming in startnotitie</td><td>38,4</td></tr>"
             "<tr><td>november 2021</td><td>uitvoeringskrediet</td><td>46,0</td></tr>"
             "<tr><td>oktober 2023</td><td>aanvullend krediet (geheim behandeld)</td><td>54,9</td></tr>"
             "<tr><td>december 2025</td><td>eindprognose</td><td>61,7</td></tr></table><br>")
    b.append("<h2>3. Eerdere waarschuwingen</h2>")
    b.append("<p>In 2020 beval de rekenkamercommissie al aan: 'Neem in elke raadsbrief over een groot project een "
             "risicoparagraaf op.' Het college nam die aanbeveling over, maar de commissie trof in de stukken over "
             "het Stadshart slechts twee keer zo'n paragraaf aan.</p>")
    b.append("<h2>4. De rol van het college</h2>")
    b.append("<p>Het college wist vanaf het voorjaar van 2022 dat de bodemsanering duurder zou uitvallen. Op grond "
             "van de actieve informatieplicht van artikel 169 van de Gemeentewet had het de raad toen moeten "
             "informeren; dat gebeurde pas in oktober 2023.</p>")
    b.append("<h2>5. De rol van de raad</h2>")
    b.append("<p>De raad stelde weinig vragen en nam genoegen met mondelinge toezeggingen. Raadsleden gaven in de "
             "verhoren aan dat zij zich afhankelijk voelden van de informatie van het college.</p>")
    b.append("<h2>6. Conclusies en aanbevelingen</h2>")
    b.append("<p><b>Conclusie 1.</b> De raad kreeg geen samenhangend beeld van de voortgang. Informatie kwam via "
             "losse raadsbrieven, mondelinge mededelingen en de jaarrekening. De commissie vindt dat het college "
             "over elk groot project ten minste twee keer per jaar een voortgangsrapportage aan de raad moet "
             "sturen, met daarin steeds dezelfde onderdelen: planning, financiën en risico's. (aanbeveling 1 - "
             "college)</p>")
    b.append("<p>Stel als raad een Regeling grote projecten vast waarin staat wanneer een project groot is en welke "
             "informatie de raad op welk moment ontvangt. (aanbeveling 2 - raad)</p>")
    b.append("<p><b>Conclusie 2.</b> Overschrijdingen werden pas gemeld als een nieuw krediet nodig was. Het "
             "college had de raad al in 2022 moeten laten weten dat de sanering duurder werd. Meld elke "
             "verwachte overschrijding van meer dan tien procent van het krediet binnen vier weken schriftelijk "
             "aan de raad. (aanbeveling 3 - college)</p>")
    b.append("<p><b>Conclusie 3.</b> De grondexploitatie Stadshart werd jaarlijks herzien door dezelfde ambtenaren "
             "die het project leidden. Laat de grondexploitatie van het Stadshart tot de afronding ieder jaar "
             "toetsen door een onafhankelijke externe partij. (aanbeveling 4 - college)</p>")
    b.append("<p><b>Conclusie 4.</b> De raad beschikte niet over eigen kennis om de stukken te wegen. Ga als raad "
             "na hoe u uw eigen deskundigheid versterkt, bijvoorbeeld met een griffie-adviseur voor grote "
             "projecten. (aanbeveling 5 - raad)</p>")
    b.append("<p><b>Conclusie 5.</b> Het aanvullend krediet van 2023 werd in beslotenheid behandeld, zonder dat "
             "duidelijk was waarom en tot wanneer de geheimhouding gold. Motiveer iedere oplegging van "
             "geheimhouding schriftelijk en vermeld daarbij de termijn waarna die vervalt. (aanbeveling 6 - "
             "college)</p>")
    b.append("<p>Evalueer de samenwerking met ontwikkelaar Veenhaven Vastgoed BV voordat de derde fase van het "
             "Stadshart wordt gegund. (aanbeveling 7 - college)</p>")
    b.append("<p>Agendeer de opvolging van deze aanbevelingen over een jaar opnieuw in de raad en vraag de "
             "rekenkamercommissie die opvolging te toetsen. (aanbeveling 8 - raad)</p>")
    b.append("<h2>7. Tot slot</h2>")
    b.append("<p>De commissie heeft het concept van dit rapport op 2 februari 2026 voor wederhoor aan het college "
             "en aan de gehoorde personen voorgelegd. Feitelijke correcties zijn verwerkt. De commissie verzoekt "
             "de raad het rapport op 26 maart 2026 te bespreken.</p>")
    B.soffice_pdf(page("".join(b), "B43NL Sans"), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Enquêtecommissie Stadshart | Gebouwd op drijfzand | Raadsstuk 2026-031",
            "{n}", F["Regular"])


def response():
    b = []
    b.append("<table width='100%'><tr><td><p style='font-size:15pt; color:#1d4e89'><b>gemeente Veenwolde</b></p>"
             "</td><td align='right'><p style='font-size:8pt'>Postbus 40<br>9200 AA Veenwolde<br>"
             "www.veenwolde.nl</p></td></tr></table>")
    b.append("<p style='font-size:13pt'><b>Raadsinformatiebrief</b></p>")
    b.append("<table width='100%' cellpadding='2'>"
             "<tr><td width='25%'>Aan</td><td>de gemeenteraad</td></tr>"
             "<tr><td>Datum</td><td>17 maart 2026</td></tr>"
             "<tr><td>Nummer</td><td>RIB 2026-014</td></tr>"
             "<tr><td>Portefeuillehouder</td><td>wethouder R. (Rutger) Mulder, Ruimtelijke ontwikkeling</td></tr>"
             "<tr><td>Onderwerp</td><td>Reactie college op het eindrapport 'Gebouwd op drijfzand'</td></tr>"
             "</table><br>")
    b.append("<p>Geachte leden van de raad,</p>")
    b.append("<p>Op 9 maart 2026 heeft de enquêtecommissie Stadshart haar eindrapport aan u aangeboden. Met deze "
             "brief geven wij, voorafgaand aan het raadsdebat van 26 maart, onze reactie. Het rapport is "
             "indringend. Wij erkennen dat de informatievoorziening over het Stadshart tekortschoot en dat de "
             "raad daardoor zijn rol niet goed kon spelen. Onze reactie op elke aanbeveling vindt u in de "
             "bijlage.</p>")
    b.append("<p><b>Over conclusie 5</b><br>Wij hechten eraan één punt recht te zetten. De geheimhouding op het "
             "aanvullend krediet van 2023 is niet door het college opgelegd om de raad buiten spel te zetten, "
             "maar op uitdrukkelijk verzoek van de provincie, die toen met ons over een bijdrage onderhandelde. "
             "Dat laat onverlet dat wij de motivering beter hadden moeten vastleggen.</p>")
    b.append("<p><b>Vervolg</b><br>Wij zullen de toezeggingen uit de bijlage opnemen in de lijst van "
             "toezeggingen en u in de Voorjaarsnota 2027 over de voortgang informeren.</p>")
    b.append("<p>Met vriendelijke groet,<br>burgemeester en wethouders van Veenwolde,<br>de secretaris, "
             "drs. M. (Maaike) Terpstra<br>de burgemeester, H.J. (Henk) Wiersma</p>")
    b.append("<p style='page-break-before: always; font-size:11pt'><b>Bijlage bij RIB 2026-014 - Reactie op de "
             "aanbevelingen van de enquêtecommissie</b></p>")
    rows = [
        ("2", "Aan de raad; het college steunt dit", "Wij zeggen toe u vóór 1 november 2026 een ambtelijk "
         "concept voor de regeling te leveren, zodat de raad die zelf kan vaststellen."),
        ("1 en 3", "1: Overnemen<br>3: Gedeeltelijk overnemen", "Vanaf het najaar van 2026 ontvangt u voor elk "
         "groot project halfjaarlijks een voortgangsrapportage met vaste onderdelen. Overschrijdingen melden wij "
         "actief, maar pas vanaf vijftien procent van het krediet en binnen zes weken; bij een lagere drempel "
         "zou de raad te vaak voor kleine afwijkingen worden gealarmeerd."),
        ("4", "Niet overnemen", "De grondexploitatie wordt al jaarlijks door de accountant beoordeeld bij de "
         "controle van de jaarrekening. Een extra toets door een andere partij voegt daar volgens ons weinig aan "
         "toe en kost circa 40.000 euro per jaar."),
        ("6", "Overnemen", "Sinds 1 maart 2026 bevat elk besluit tot geheimhouding een schriftelijke motivering en "
         "een vervaldatum. Dit is nu vaste werkwijze."),
        ("7", "Nader te bezien", "Het college neemt deze aanbeveling mee bij de voorbereiding van het besluit over "
         "fase 3, dat in 2027 wordt verwacht. Of een afzonderlijke evaluatie nodig is, bepalen wij dan."),
        ("5", "Aan de raad", "Deze aanbeveling is aan uw raad gericht. Het college laat de uitwerking graag aan de "
         "raad en de griffie over."),
    ]
    t = ("<table width='100%' border='1' cellpadding='4' style='border-collapse:collapse'>"
         "<tr style='background:#dbe5f1'><th width='14%'>Aanbeveling</th><th width='24%'>Standpunt college</th>"
         "<th>Toelichting en planning</th></tr>")
    for n, s_, tx in rows:
        t += f"<tr><td>{n}</td><td>{s_}</td><td>{tx}</td></tr>"
    t += "</table>"
    b.append(t)
    B.soffice_pdf(page("".join(b), "B43NL Serif"), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Veenwolde | RIB 2026-014 | Reactie op 'Gebouwd op drijfzand'",
            "pagina {n} van {m}", SERIF["Regular"], skip_first=True)


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("1", "De commissie vindt dat het college over elk", "ontvangt u voor elk groot project "
         "halfjaarlijks een voortgangsrapportage", "agrees"),
        ("2", "Stel als raad een Regeling grote projecten vast waarin", "u vóór 1 november 2026 een ambtelijk "
         "concept", "agrees", ["noted"]),
        ("3", "Meld elke verwachte overschrijding van meer dan tien procent", "pas vanaf vijftien procent van het "
         "krediet en binnen zes weken", "partly"),
        ("4", "Laat de grondexploitatie van het Stadshart tot de afronding", "Een extra toets door een andere "
         "partij voegt daar", "disagrees"),
        ("5", "Ga als raad na hoe u uw eigen deskundigheid", "laat de uitwerking graag aan de raad en de griffie "
         "over", "noted"),
        ("6", "Motiveer iedere oplegging van geheimhouding schriftelijk en vermeld daarbij", "bevat elk besluit "
         "tot geheimhouding een schriftelijke motivering", "agrees"),
        ("7", "Evalueer de samenwerking met ontwikkelaar Veenhaven Vastgoed BV voordat", "Of een afzonderlijke "
         "evaluatie nodig is, bepalen wij dan", "noted"),
        ("8", "Agendeer de opvolging van deze aanbevelingen over een jaar", None, "unanswered"),
    ]
    unmatched = ["op uitdrukkelijk verzoek van de provincie, die toen met ons",
                 "opnemen in de lijst van toezeggingen"]
    notes = ("Raadsenquête final report: a summary with four short-form bullets repeating 1, 2, 3 and 5 in "
             "other words (trap), art. 155a and 169 Gemeentewet, a cost table, the rekenkamercommissie's 2020 "
             "recommendation quoted as an imperative (trap), 'had ... moeten informeren' findings; in chapter 6 "
             "bold 'Conclusie N.' paragraphs (findings) with the eight recommendations in running text, each "
             "TAGGED AT THE END '(aanbeveling N - college/raad)'; 1 (broken across the page break) is worded 'De commissie vindt dat het college "
             "... moet sturen', 2, 7 and 8 are paragraphs of their own, 3-6 follow the conclusion in the same "
             "paragraph. Reply: raadsinformatiebrief (unmatched paragraph 'Over conclusie 5' disputing a finding, "
             "'Vervolg') + bijlage matrix 'Aanbeveling | Standpunt college | Toelichting en planning' in the order "
             "2, 1+3, 4, 6, 7, 5: 2 addressed to the raad but the college commits to a draft (agrees, also noted); "
             "row '1 en 3' with labels '1: Overnemen / 3: Gedeeltelijk overnemen' (agrees / partly: 15% and six "
             "weeks instead of 10% and four); 4 'Niet overnemen' (disagrees); 6 'Overnemen', already practice "
             "(agrees); 7 'Nader te bezien' (noted); 5 'Aan de raad', left to the raad (noted); 8 has no row "
             "(unanswered).")
    B.write_expected(NAME, recs, unmatched, notes)
    sys.exit(0 if B.check(NAME) else 1)
