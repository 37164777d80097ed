"""Round 83 (nl, Flemish): the VERZWAARD ADVIES of the MEDISCHE RAAD of a public hospital (ziekenhuisvereniging van
publiek recht) on the board's plan to concentrate the maternity ward on one campus, answered by the RAAD VAN
BESTUUR's BESLISSING with a response table citing the advice's paragraph numbers.

Advice: (invented) Medische Raad of AZ Vlietdal, 'Verzwaard advies over de concentratie van de materniteit op
campus Vliet' (2 p., sans, a letterhead table, running head and 'n / m' stamped); EVERY paragraph numbered 1-24
(hanging numbers in a two-column borderless table), the recommendations are paragraphs 17-23 under 'IV. Advies'
(numbers are the paragraph numbers); traps: the gecoördineerde ziekenhuiswet (art. 137, 'moet ... vragen'), the
board's decision of 27 January quoted, a birth-figures table, conclusions numbered 12-16 in the same way ('De
Medische Raad stelt vast ...'), the 2022 advice quoted ('Investeer eerst in de verloskamers ...'), 'zou ...
moeten', paragraph 24 on procedure.
Response: 'Beslissing van de raad van bestuur' of 19 May 2026 (2 p., serif, running head, page numbers stamped):
'1. Voorgeschiedenis' (nothing); a ruled table 'Randnr. | Standpunt raad van bestuur' in the order 18, '19 en 20',
23, 17, 22 (21 missing): 18 partly (two half-days instead of four), ONE row '19 en 20' = 19 disagrees (no second
neonatologist on call) + 20 agrees (midwives in the steering group), 23 disagrees (parking), 17 agrees (closure
postponed), 22 noted (network consultation); '3. Overleg met de Medische Raad' on the procedure (nothing);
'4. Besluit en bekendmaking' (nothing); 21 (ambulance planning) unanswered.
Engine: LibreOffice Writer headless from HTML (ligature-free DejaVu copies under /tmp; head and page numbers stamped
with PyMuPDF).

The gecoördineerde wet op de ziekenhuizen of 10 July 2008, the Medische Raad and its verzwaard advies are real, but
what the documents say of them is not to be relied on; AZ Vlietdal, its campuses, people, figures and dates are
invented.

Run: /tmp/blind83nl/bin/python tests/docs/src/blind83/gen_nl_medische_raad_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b83nl as B  # noqa: E402

NAME = "blind83_nl_medische_raad"
SANS = B.tmp_fonts()
SERIF = B.tmp_fonts("B83NL Serif", B.SERIF_FILES)


def head(fam, accent):
    return """<html><head><meta charset="utf-8"><style>
@page { size: 21cm 29.7cm; margin: 2.0cm 2.0cm 1.9cm 2.2cm; }
body { font-family: '%(f)s'; font-size: 9.3pt; }
p { margin-top: 0; margin-bottom: 0.2cm; text-align: left; line-height: 130%%; }
h1 { font-family: '%(f)s'; font-size: 14.5pt; color: %(a)s; margin-bottom: 0.1cm; }
h2 { font-family: '%(f)s'; font-size: 10.6pt; color: %(a)s; margin-top: 0.35cm; margin-bottom: 0.1cm; }
td { font-family: '%(f)s'; font-size: 9.1pt; vertical-align: top; }
th { font-family: '%(f)s'; font-size: 8.8pt; text-align: left; }
.small { font-size: 7.8pt; color: #555555; }
</style></head><body>""" % {"f": fam, "a": accent}


N = [0]


def rn(text):
    """One numbered paragraph: the number in a narrow column, the text beside it."""
    N[0] += 1
    return (f'<table width="100%" cellpadding="2" cellspacing="0"><tr><td width="6%" valign="top"><b>{N[0]}.</b></td>'
            f'<td width="94%" valign="top"><p>{text}</p></td></tr></table>\n')


ADVIES = [
    "De Medische Raad adviseert de sluiting van de materniteit op campus Heide uit te stellen tot de verbouwing van "
    "de verloskamers op campus Vliet volledig is opgeleverd.",
    "De Medische Raad adviseert op campus Heide een raadpleging prenatale zorg te behouden met ten minste vier "
    "dagdelen per week, bemand door gynaecologen en vroedvrouwen.",
    "De Medische Raad adviseert vanaf de concentratie een tweede kinderarts-neonatoloog van wacht te voorzien, zodat "
    "er 's nachts altijd een neonatoloog binnen twintig minuten aanwezig kan zijn.",
    "De Medische Raad adviseert de hoofdvroedvrouwen van beide campussen als volwaardige leden op te nemen in de "
    "stuurgroep die de verhuizing voorbereidt.",
    "De Medische Raad adviseert de aanrijtijden van de ziekenwagens naar campus Vliet vooraf te laten toetsen door "
    "de hulpverleningszone en de resultaten aan de raad te bezorgen.",
    "De Medische Raad adviseert binnen het ziekenhuisnetwerk Scheldevallei te onderzoeken of de dienst pediatrie "
    "mee naar campus Vliet moet verhuizen.",
    "De Medische Raad adviseert het parkeren op campus Vliet gratis te maken voor ouders van pasgeborenen die op de "
    "dienst neonatologie zijn opgenomen.",
]


def advice():
    N[0] = 0
    h = head("B83NL Sans", "#5b2a86")
    h += """
<table width="100%" cellpadding="4" cellspacing="0"><tr>
<td width="60%"><p><font size="5" color="#5b2a86"><b>AZ Vlietdal</b></font><br>
<span class="small">ziekenhuisvereniging van publiek recht &middot; campus Vliet &middot; campus Heide</span></p></td>
<td width="40%" bgcolor="#efe9f5"><p class="small"><b>Medische Raad</b><br>Vlietlaan 40, 9200 Vlietdal<br>
medischeraad@azvlietdal.example<br>Kenmerk MR/2026/011<br>Datum 24 maart 2026</p></td></tr></table>
<p class="small">Aan de raad van bestuur van AZ Vlietdal, ter attentie van de voorzitter, de heer Dirk Lemmens, en de
algemeen directeur, mevrouw An Verstraeten</p>
<h1>Verzwaard advies over de concentratie van de materniteit op campus Vliet</h1>
<h2>I. Adviesvraag en procedure</h2>
"""
    h += rn("Op 27 januari 2026 besliste de raad van bestuur in principe 'de materniteit van campus Heide vanaf 1 "
            "september 2026 onder te brengen op campus Vliet'. Bij brief van 3 februari 2026 vroeg de algemeen "
            "directeur de Medische Raad om advies.")
    h += rn("Volgens artikel 137 van de gecoördineerde wet op de ziekenhuizen moet de beheerder voor de sluiting of "
            "verplaatsing van een dienst het verzwaard advies van de Medische Raad vragen. Wijkt de beheerder van "
            "het advies af, dan volgt een overlegprocedure.")
    h += rn("De Medische Raad besprak het dossier in zijn vergaderingen van 24 februari en 17 maart 2026. Hij hoorde "
            "de diensthoofden gynaecologie, pediatrie en anesthesie, de hoofdvroedvrouwen en de verpleegkundig "
            "directeur.")
    h += "<h2>II. Het dossier</h2>\n"
    h += rn("Het ziekenhuis telt twee materniteiten op elf kilometer van elkaar. Campus Heide heeft vier verloskamers "
            "en geen neonatale intensieve zorg; campus Vliet heeft zes verloskamers en een N*-dienst.")
    h += ('<table width="80%" border="1" cellpadding="3" cellspacing="0"><tr bgcolor="#e6dcef"><th>Bevallingen</th>'
          '<th>2023</th><th>2024</th><th>2025</th></tr>'
          '<tr><td>Campus Vliet</td><td>1.312</td><td>1.296</td><td>1.340</td></tr>'
          '<tr><td>Campus Heide</td><td>498</td><td>451</td><td>417</td></tr>'
          '<tr><td>Totaal</td><td>1.810</td><td>1.747</td><td>1.757</td></tr></table>\n'
          '<p class="small">Tabel 1. Aantal bevallingen per campus (bron: medische registratie AZ Vlietdal).</p>\n')
    for t in (
        "Met minder dan 500 bevallingen per jaar is de materniteit van campus Heide op termijn moeilijk te bemannen. "
        "Twee van de vijf gynaecologen van campus Heide gaan in 2027 met pensioen.",
        "De verloskamers van campus Vliet worden verbouwd. De oplevering was gepland in juni 2026, maar de aannemer "
        "meldt een vertraging van enkele maanden.",
        "De kinderartsen van beide campussen vormen één associatie. Zij verzorgen vandaag één wachtlijn voor beide "
        "campussen samen.",
        "Voor veel gezinnen uit het zuiden van de regio wordt de reistijd naar de materniteit langer dan een half "
        "uur, zeker met het openbaar vervoer.",
        "In zijn advies van 2022 over het masterplan schreef de Medische Raad: 'Investeer eerst in de verloskamers "
        "van campus Vliet en beslis pas daarna over de toekomst van campus Heide.' Dat advies werd toen gevolgd.",
        "De gemeenteraad van Heide nam op 9 maart 2026 een motie aan tegen de sluiting. De Medische Raad laat zich "
        "in dit advies uitsluitend leiden door de kwaliteit en veiligheid van de zorg.",
        "Het personeel van campus Heide kreeg in februari een infosessie. De vroedvrouwen vragen vooral duidelijkheid "
        "over hun uurroosters en hun verplaatsingen.",
    ):
        h += rn(t)
    h += "<h2>III. Conclusies</h2>\n"
    for t in (
        "De Medische Raad stelt vast dat de concentratie medisch verantwoord is en de kwaliteit van de zorg op "
        "termijn ten goede komt.",
        "De Medische Raad stelt vast dat de planning te krap is zolang de verloskamers van campus Vliet niet klaar "
        "zijn.",
        "De Medische Raad stelt vast dat een hoger aantal bevallingen op één campus ook een zwaardere nachtwacht "
        "voor de kinderartsen betekent.",
        "De Medische Raad stelt vast dat de prenatale opvolging dicht bij huis zou moeten blijven voor gezinnen uit "
        "het zuiden van de regio.",
        "De Medische Raad stelt vast dat de vroedvrouwen tot nu toe weinig bij de voorbereiding betrokken zijn.",
    ):
        h += rn(t)
    h += "<h2>IV. Advies</h2>\n"
    h += ("<p>De Medische Raad geeft een gunstig advies over de concentratie van de materniteit op campus Vliet, "
          "onder de volgende voorwaarden en aanbevelingen.</p>\n")
    for t in ADVIES:
        h += rn(t)
    assert N[0] == 23, N[0]  # the recommendations are paragraphs 17-23
    h += "<h2>V. Slotbepaling</h2>\n"
    h += rn("Dit advies werd goedgekeurd met elf stemmen voor en twee onthoudingen. De Medische Raad verwacht een "
            "schriftelijk en gemotiveerd antwoord en is bereid tot overleg over elk punt van dit advies.")
    h += "<p><br>Voor de Medische Raad,<br>dr. Pieter Maes, voorzitter &middot; dr. Els Baert, secretaris</p>\n"
    h += "</body></html>"
    B.soffice_pdf(h, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "AZ Vlietdal | Medische Raad | Verzwaard advies MR/2026/011", "{n} / {m}",
            SANS["Regular"])


ROWS = [
    ("18", "De raad van bestuur deelt de bekommernis om de prenatale zorg dicht bij huis te houden. Op campus Heide "
           "blijft een raadpleging prenatale zorg open, maar met twee dagdelen per week: meer is met de beschikbare "
           "gynaecologen niet haalbaar. Wij bekijken in 2027 of uitbreiding mogelijk is."),
    ("19 en 20", "Een tweede kinderarts-neonatoloog van wacht kan het ziekenhuis niet financieren; de raad van "
                 "bestuur gaat hier niet op in en vraagt de associatie kinderartsen om binnen de bestaande wachtlijn "
                 "een regeling uit te werken. De hoofdvroedvrouwen van beide campussen maken daarentegen vanaf de "
                 "volgende vergadering deel uit van de stuurgroep, met stemrecht."),
    ("23", "Gratis parkeren voor ouders van opgenomen pasgeborenen wordt niet ingevoerd. De parking wordt uitgebaat "
           "door een externe concessiehouder; ouders kunnen wel een weekabonnement aan verminderd tarief krijgen, "
           "zoals nu al voor alle langdurig opgenomen patiënten geldt."),
    ("17", "Akkoord. De verhuizing wordt uitgesteld tot de verbouwde verloskamers zijn opgeleverd en gekeurd; de "
           "nieuwe streefdatum is 1 januari 2027."),
    ("22", "De raad van bestuur neemt kennis van deze aanbeveling. De vraag wordt geagendeerd op het strategisch "
           "comité van het ziekenhuisnetwerk Scheldevallei; het netwerk beslist daarover in het najaar."),
]


def response():
    h = head("B83NL Serif", "#1f4e5f")
    h += """
<p><font size="4" color="#1f4e5f"><b>AZ Vlietdal</b></font><br><span class="small">ziekenhuisvereniging van publiek
recht &middot; raad van bestuur</span></p>
<h1>Beslissing van de raad van bestuur</h1>
<table width="100%" cellpadding="3" cellspacing="0"><tr><td width="25%"><b>Zitting</b></td><td>19 mei 2026</td></tr>
<tr><td><b>Agendapunt</b></td><td>5. Materniteit: antwoord op het verzwaard advies van de Medische Raad
(MR/2026/011)</td></tr><tr><td><b>Aanwezig</b></td><td>D. Lemmens (voorzitter), zeven bestuurders, A. Verstraeten
(algemeen directeur, raadgevend)</td></tr></table>
<h2>1. Voorgeschiedenis</h2>
<p>Op 27 januari 2026 nam de raad van bestuur een principebeslissing over de concentratie van de materniteit. De
Medische Raad bracht op 24 maart 2026 een gunstig advies onder voorwaarden uit. De directie bereidde een antwoord
voor na gesprekken met de diensthoofden en de hoofdvroedvrouwen op 14 en 28 april.</p>
<h2>2. Standpunt over de aanbevelingen</h2>
<p>Hieronder volgt het standpunt van de raad van bestuur, met de randnummers van het advies.</p>
<table width="100%" border="1" cellpadding="4" cellspacing="0">
<tr bgcolor="#dbe8ec"><th width="14%">Randnr.</th><th width="86%">Standpunt raad van bestuur</th></tr>
"""
    for n, t in ROWS:
        h += f"<tr><td valign=\"top\"><b>{n}</b></td><td valign=\"top\"><p>{t}</p></td></tr>\n"
    h += """</table>
<h2>3. Overleg met de Medische Raad</h2>
<p>Omdat de raad van bestuur op enkele punten van het advies afwijkt, nodigt hij het bureau van de Medische Raad uit
voor het overleg dat de wet voorschrijft. Dat overleg vindt plaats op 2 juni 2026 in aanwezigheid van de
hoofdarts.</p>
<h2>4. Besluit en bekendmaking</h2>
<p>De raad van bestuur bevestigt de concentratie van de materniteit op campus Vliet, met inachtneming van het
voorgaande, en belast de algemeen directeur met de uitvoering. Deze beslissing wordt meegedeeld aan de Medische
Raad, de ondernemingsraad en de gemeentebesturen van Vlietdal en Heide.</p>
<p><br>Voor de raad van bestuur,<br>An Verstraeten, algemeen directeur &middot; Dirk Lemmens, voorzitter</p>
</body></html>"""
    B.soffice_pdf(h, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "AZ Vlietdal | Raad van bestuur 19 mei 2026 | agendapunt 5", "pagina {n}",
            SERIF["Regular"])


RECS = [
    ("17", "De Medische Raad adviseert de sluiting van de materniteit op campus Heide",
     "De verhuizing wordt uitgesteld tot de verbouwde verloskamers zijn opgeleverd", "agrees"),
    ("18", "De Medische Raad adviseert op campus Heide een raadpleging prenatale zorg",
     "maar met twee dagdelen per week", "partly"),
    ("19", "De Medische Raad adviseert vanaf de concentratie een tweede kinderarts-neonatoloog",
     "de raad van bestuur gaat hier niet op in", "disagrees"),
    ("20", "De Medische Raad adviseert de hoofdvroedvrouwen van beide campussen als volwaardige",
     "maken daarentegen vanaf de volgende vergadering deel uit van de stuurgroep", "agrees"),
    ("21", "De Medische Raad adviseert de aanrijtijden van de ziekenwagens naar campus",
     None, "unanswered"),
    ("22", "De Medische Raad adviseert binnen het ziekenhuisnetwerk Scheldevallei te onderzoeken",
     "De vraag wordt geagendeerd op het strategisch comité", "noted"),
    ("23", "De Medische Raad adviseert het parkeren op campus Vliet gratis",
     "Gratis parkeren voor ouders van opgenomen pasgeborenen wordt niet ingevoerd", "disagrees"),
]
UNMATCHED = [
    "De directie bereidde een antwoord voor na gesprekken met de diensthoofden",
    "nodigt hij het bureau van de Medische Raad uit",
    "Deze beslissing wordt meegedeeld aan de Medische Raad, de ondernemingsraad",
]
NOTES = ("Flemish public hospital: the Medische Raad's verzwaard advies on concentrating the maternity ward, answered "
         "by the board's decision with a response table. Advice: EVERY paragraph numbered 1-24 (hanging numbers in a "
         "borderless two-column table); the recommendations are paragraphs 17-23 under 'IV. Advies', each opening "
         "'De Medische Raad adviseert ...' (numbers are the paragraph numbers); conclusions 12-16 numbered the same "
         "way ('De Medische Raad stelt vast ...', 'zou ... moeten blijven'); traps: art. 137 of the hospital law "
         "'moet ... vragen', the board's decision of 27 January quoted, a births table, the 2022 advice quoted "
         "('Investeer eerst in de verloskamers ...'), a municipal motion, a procedural paragraph 24. Response: "
         "'1. Voorgeschiedenis' (nothing); table 'Randnr. | Standpunt raad van bestuur' in the order 18, '19 en 20', "
         "23, 17, 22: 18 partly (two half-days instead of four); ONE row '19 en 20' = 19 disagrees ('gaat hier niet "
         "op in') + 20 agrees; 23 disagrees (a cheaper subscription instead); 17 agrees ('Akkoord.', new date); 22 "
         "noted ('neemt kennis van', network decides); '3. Overleg met de Medische Raad' and '4. Besluit en "
         "bekendmaking' (nothing); 21 (ambulance travel times) unanswered.")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
