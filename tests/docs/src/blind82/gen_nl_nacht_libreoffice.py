"""Round 82 (nl): the NACHTADVIES of a NACHTBURGEMEESTER (the independent foundation that speaks for the city's
nightlife) to the college van B&W, answered by the college's ACTIEPLAN NACHTLEVEN (an action plan table in A4
landscape: action number, what we do, link to the advice, who, when).

Advice: (invented) Stichting Nacht Halderveen, nachtburgemeester Jelle Hofstra, 'Nachtadvies 2026 - Ruimte voor de
nacht' (2-3 p., sans, letterhead table, running head), the recommendations as CODES N1-N7 in a ruled two-column
table 'Code | Aanbeveling' under '5. Aanbevelingen'; traps: the APV's 'moet ... gesloten zijn' (art. 2:30), the
Alcoholwet, a figures table (visitors, reports of nuisance 2023-2025), the Horecanota 2019 quoted ('Handhaaf
strikt ...'), findings as bullets, 'zou ... moeten', a conclusion 'De nacht is geen probleem'.
Response: 'Actieplan Nachtleven 2026-2027' of the college (2 p., A4 landscape, sans) with an introduction, a ruled
table of actions A1-A8 (own numbers) with a column 'Advies' citing the codes, in another order: A1 cites N3 (agrees);
A2 cites N1 (partly: three venues, one year); A3 cites N4 and N6 in ONE row (N4 agrees, N6 disagrees); A4 cites N5
(agrees); A5 is the municipality's own action (camera surveillance, nothing); A6 cites N2 (noted: passed to the
province); a section 'Financiën' (nothing) and 'Tot slot' (nothing); N7 (annual night monitor) unanswered.
Engine: LibreOffice Writer headless from HTML (ligature-free DejaVu copies under /tmp/b82nl_fonts, FONTCONFIG_FILE;
head and page numbers stamped with PyMuPDF).

The Alcoholwet, the APV and nachtburgemeesters are real, but what the documents say of them is not to be relied on;
Halderveen, Stichting Nacht Halderveen, people, figures and dates are invented.

Run: /tmp/blind82nl/bin/python tests/docs/src/blind82/gen_nl_nacht_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b82nl as B  # noqa: E402

NAME = "blind82_nl_nacht"
SANS = B.tmp_fonts()


def head(accent, landscape=False):
    size = "29.7cm 21cm" if landscape else "21cm 29.7cm"
    margin = "1.7cm 2.0cm 1.5cm 2.2cm" if landscape else "2.0cm 2.0cm 1.8cm 2.2cm"
    return """<html><head><meta charset="utf-8"><style>
@page { size: %(s)s; margin: %(m)s; }
body { font-family: 'B82NL Sans'; font-size: 9.3pt; }
p { margin-top: 0; margin-bottom: 0.2cm; text-align: left; line-height: 130%%; }
h1 { font-family: 'B82NL Sans'; font-size: 15pt; color: %(a)s; margin-bottom: 0.1cm; }
h2 { font-family: 'B82NL Sans'; font-size: 10.8pt; color: %(a)s; margin-top: 0.35cm; margin-bottom: 0.1cm; }
td { font-family: 'B82NL Sans'; font-size: 8.6pt; vertical-align: top; }
th { font-family: 'B82NL Sans'; font-size: 8.6pt; text-align: left; }
li { font-size: 9.3pt; margin-bottom: 0.1cm; }
.small { font-size: 7.8pt; color: #555555; }
</style></head><body>""" % {"a": accent, "s": size, "m": margin}


ADVIES = [
    ("N1", "Geef vijf horecazaken in het centrum bij wijze van proef voor twee jaar een vergunning om 24 uur per "
           "dag open te zijn."),
    ("N2", "Laat in het weekend de laatste bus van het station naar de wijken om 03.00 uur vertrekken in plaats van "
           "om 01.15 uur."),
    ("N3", "Zet een gemeentelijk nachtteam van straatcoaches in dat op vrijdag- en zaterdagnacht van 23.00 tot "
           "05.00 uur op straat aanspreekbaar is."),
    ("N4", "Plaats op het Stationsplein een openbaar toilet dat de hele nacht open is en ook toegankelijk is voor "
           "rolstoelgebruikers."),
    ("N5", "Wijs bij de afdeling Vergunningen een vast aanspreekpunt nacht aan voor organisatoren van "
           "nachtevenementen en clubavonden."),
    ("N6", "Schaf de leges af voor ontheffingen van het sluitingsuur die culturele instellingen en jongerencentra "
           "aanvragen."),
    ("N7", "Laat elk jaar een nachtmonitor uitvoeren naar veiligheid, bezoekersaantallen, economische betekenis en "
           "overlast in de nacht."),
]


def advice():
    a = "#2b2a6b"
    h = head(a)
    h += """<table border="0" cellspacing="0" cellpadding="4" width="100%"><tr>
<td width="60%" bgcolor="#2b2a6b"><font size="5" color="#ffffff"><b>Nacht Halderveen</b></font><br/>
<font color="#ffffff">Stichting Nacht Halderveen | nachtburgemeester</font></td>
<td width="40%" bgcolor="#e9e8f4"><span class="small"><b>Aan</b> het college van burgemeester en wethouders van
Halderveen<br/><b>Datum</b> 20 januari 2026<br/><b>Kenmerk</b> NH-2026-01<br/><b>Van</b> Jelle Hofstra,
nachtburgemeester</span></td></tr></table>
<h1>Nachtadvies 2026: Ruimte voor de nacht</h1>
<p class="small">Ongevraagd advies van de nachtburgemeester over het nachtleven in Halderveen</p>
<h2>1. Waarom dit advies</h2>
<p>Halderveen heeft een levendig centrum met ruim veertig horecazaken, twee clubs, een poppodium en een groeiend
aantal studenten. Toch sluit de stad vroeg. De Algemene Plaatselijke Verordening bepaalt in artikel 2:30 dat een
horecabedrijf in het centrum moet gesloten zijn tussen 04.00 en 07.00 uur, en daarbuiten al vanaf 02.00 uur. De
Alcoholwet verbiedt de verkoop van alcohol aan jongeren onder de achttien jaar; dat blijft vanzelfsprekend overeind.
Sinds de instelling van de stichting in 2024 sprak de nachtburgemeester met ondernemers, bewoners, politie, het
jongerenwerk, de studentenverenigingen en de vervoerder. Dit advies is het resultaat van die gesprekken.</p>
<h2>2. De nacht in cijfers</h2>
<table border="1" cellspacing="0" cellpadding="3" width="100%">
<tr bgcolor="#e9e8f4"><th></th><th>2023</th><th>2024</th><th>2025</th></tr>
<tr><td>Bezoekers centrum vrijdag- en zaterdagnacht (gemiddeld, na 23.00 uur)</td><td>3.900</td><td>4.300</td>
<td>4.800</td></tr>
<tr><td>Meldingen van geluidsoverlast na 01.00 uur</td><td>412</td><td>388</td><td>351</td></tr>
<tr><td>Geweldsincidenten in het uitgaansgebied</td><td>57</td><td>49</td><td>52</td></tr>
<tr><td>Ontheffingen sluitingsuur verleend</td><td>18</td><td>23</td><td>31</td></tr></table>
<p class="small">Bron: gemeente Halderveen, politie basisteam Halderveen-Oost; bewerking Stichting Nacht Halderveen.</p>
<h2>3. Wat wij zagen</h2>
<ul>
<li>Bij het sluitingsuur van 02.00 uur stromen alle bezoekers tegelijk naar buiten. Juist dan ontstaan de meeste
incidenten en de meeste overlast.</li>
<li>Wie na 01.15 uur naar huis wil, is aangewezen op de taxi of de fiets. Veel jongeren fietsen na het stappen
door het donkere buitengebied.</li>
<li>Organisatoren van evenementen worden voor één evenement door gemiddeld vier verschillende ambtenaren gebeld.</li>
<li>Er is 's nachts in het centrum geen openbaar toilet; wildplassen is de meest gemelde ergernis van bewoners.</li>
</ul>
<h2>4. Eerder beleid</h2>
<p>In de Horecanota 2019 schreef het college: 'Handhaaf strikt op de sluitingstijden en sta geen ontheffingen toe
zonder noodzaak.' Die lijn heeft de overlast niet verminderd, omdat de piek bij het sluitingsuur bleef. Een stad die
wil groeien als studentenstad zou de nacht moeten zien als een deel van het economische en culturele leven, en niet
alleen als een bron van overlast. De nacht is geen probleem dat opgelost moet worden, maar een kwaliteit die ruimte
verdient.</p>
<h2>5. Aanbevelingen</h2>
<p>De nachtburgemeester beveelt het college het volgende aan:</p>
<table border="1" cellspacing="0" cellpadding="4" width="100%">
<tr bgcolor="#2b2a6b"><th width="10%"><font color="#ffffff">Code</font></th>
<th width="90%"><font color="#ffffff">Aanbeveling</font></th></tr>
"""
    for code, t in ADVIES:
        h += f"<tr><td><b>{code}</b></td><td>{t}</td></tr>\n"
    h += """</table>
<p></p>
<h2>6. Tot slot</h2>
<p>De nachtburgemeester bespreekt dit advies graag met het college en met de raadscommissie Bestuur. Wij vragen het
college om vóór de zomer te laten weten welke aanbevelingen het overneemt, en bieden aan mee te denken over de
uitwerking.</p>
<p>Met nachtelijke groet,<br/>Jelle Hofstra, nachtburgemeester van Halderveen</p>
</body></html>"""
    B.soffice_pdf(h, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Stichting Nacht Halderveen | Nachtadvies 2026 | NH-2026-01", "{n} / {m}",
            SANS["Regular"])


ACTIES = [
    ("A1", "Nachtteam straatcoaches",
     "Wij nemen dit advies over. Vanaf 1 september 2026 loopt een nachtteam van vier straatcoaches op vrijdag- en "
     "zaterdagnacht door het centrum. Het team wordt ingehuurd via het jongerenwerk.", "N3",
     "Openbare orde en veiligheid", "september 2026"),
    ("A2", "Proef met ruimere openingstijden",
     "Wij willen ervaring opdoen met langere openingstijden, maar stap voor stap. Het college start met een proef "
     "van één jaar met drie zaken in plaats van vijf. Na de proef volgt een evaluatie met bewoners en politie.", "N1",
     "Vergunningen, Openbare orde", "proef 2027"),
    ("A3", "Stationsplein en ontheffingen",
     "Op het Stationsplein komt in 2027 een openbaar toilet dat ook 's nachts geopend is en voor rolstoelgebruikers "
     "toegankelijk is. Het afschaffen van de leges voor ontheffingen van het sluitingsuur vindt het college "
     "niet wenselijk: de leges dekken de kosten van de behandeling en gelden voor iedere aanvrager gelijk.",
     "N4, N6", "Openbare ruimte, Financiën", "2027"),
    ("A4", "Eén loket voor de nacht",
     "Bij Vergunningen wordt een vaste contactpersoon nacht aangewezen. Organisatoren hebben vanaf 1 juli 2026 "
     "één aanspreekpunt voor alle vragen.", "N5", "Vergunningen", "juli 2026"),
    ("A5", "Cameratoezicht uitgaansgebied",
     "De burgemeester verlengt het cameratoezicht op de Grote Markt en in de Vismarktstraat met twee jaar, zoals "
     "al besloten na de evaluatie van 2025.", "-", "Openbare orde en veiligheid", "2026-2027"),
    ("A6", "Openbaar vervoer in de nacht",
     "De dienstregeling is een zaak van de provincie als concessieverlener. Het college brengt de wens van een "
     "latere laatste bus onder de aandacht van de provincie bij het overleg over de nieuwe concessie.", "N2",
     "Mobiliteit", "overleg najaar 2026"),
]


def response():
    a = "#7a1f3d"
    h = head(a, landscape=True)
    h += """<table border="0" cellspacing="0" cellpadding="2" width="100%"><tr>
<td width="70%"><font size="4" color="#7a1f3d"><b>Gemeente Halderveen</b></font><br/>
<span class="small">College van burgemeester en wethouders | vastgesteld op 24 maart 2026</span></td>
<td width="30%" align="right"><span class="small">Zaaknummer Z/26/004512</span></td></tr></table>
<h1>Actieplan Nachtleven 2026-2027</h1>
<h2>Inleiding</h2>
<p>Het college wil dat Halderveen ook 's avonds en 's nachts een aantrekkelijke en veilige stad is. In januari
ontvingen wij het Nachtadvies van de nachtburgemeester. Wij hebben het advies besproken met de politie, de
horecaondernemers en de wijkraden. Dit actieplan beschrijft wat wij de komende twee jaar doen. In de kolom 'Advies'
staat op welke aanbeveling van de nachtburgemeester een actie een antwoord is.</p>
<h2>Acties</h2>
<table border="1" cellspacing="0" cellpadding="4" width="100%">
<tr bgcolor="#f3e3e9"><th width="5%">Nr.</th><th width="17%">Actie</th><th width="50%">Wat gaan we doen</th>
<th width="7%">Advies</th><th width="12%">Wie</th><th width="9%">Wanneer</th></tr>
"""
    for row in ACTIES:
        h += "<tr>" + "".join(f"<td>{c}</td>" for c in (f"<b>{row[0]}</b>",) + row[1:]) + "</tr>\n"
    h += """</table>
<h2>Financiën</h2>
<p>De kosten van het nachtteam bedragen ongeveer 96.000 euro per jaar en worden gedekt uit het budget Veiligheid
in de begroting 2026. Voor het toilet op het Stationsplein is een investering van 140.000 euro nodig, die wij in
de voorjaarsnota opnemen.</p>
<h2>Tot slot</h2>
<p>Het college stuurt dit actieplan ter informatie aan de gemeenteraad en aan de nachtburgemeester. Wij rapporteren
over de voortgang in de jaarrekening 2026 en blijven graag in gesprek met de Stichting Nacht Halderveen.</p>
</body></html>"""
    B.soffice_pdf(h, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Halderveen | Actieplan Nachtleven 2026-2027",
            "pagina {n} van {m}", SANS["Regular"])


RECS = [
    (1, "Geef vijf horecazaken in het centrum bij wijze van proef",
     "start met een proef van één jaar met drie zaken", "partly"),
    (2, "Laat in het weekend de laatste bus van het station",
     "brengt de wens van een latere laatste bus onder de aandacht", "noted"),
    (3, "Zet een gemeentelijk nachtteam van straatcoaches in dat op",
     "Vanaf 1 september 2026 loopt een nachtteam van vier straatcoaches", "agrees"),
    (4, "Plaats op het Stationsplein een openbaar toilet dat de hele nacht",
     "Op het Stationsplein komt in 2027 een openbaar toilet", "agrees"),
    (5, "Wijs bij de afdeling Vergunningen een vast aanspreekpunt nacht aan",
     "Bij Vergunningen wordt een vaste contactpersoon nacht aangewezen", "agrees"),
    (6, "Schaf de leges af voor ontheffingen van het sluitingsuur die",
     "vindt het college niet wenselijk", "disagrees"),
    (7, "Laat elk jaar een nachtmonitor uitvoeren naar veiligheid, bezoekersaantallen", None, "unanswered"),
]
UNMATCHED = [
    "Wij hebben het advies besproken met de politie",
    "verlengt het cameratoezicht op de Grote Markt",
    "De kosten van het nachtteam bedragen ongeveer 96.000 euro",
    "stuurt dit actieplan ter informatie aan de gemeenteraad",
]
NOTES = ("Nachtburgemeester's unsolicited night-life advice, answered by the college's action plan. Advice: CODES "
         "N1-N7 in a ruled table 'Code | Aanbeveling' under '5. Aanbevelingen'; traps: APV art. 2:30 'moet gesloten "
         "zijn', the Alcoholwet, a figures table 2023-2025, findings as bullets ('Wat wij zagen'), the Horecanota "
         "2019 quoted ('Handhaaf strikt ...'), 'zou de nacht moeten zien', 'De nacht is geen probleem ...'. "
         "Response: A4 landscape action table A1-A6 with a column 'Advies' citing the codes, in the order N3, N1, "
         "N4+N6, N5, (own action), N2: A1 = N3 agrees; A2 = N1 partly (three venues, one year); ONE row A3 = N4 agrees "
         "+ N6 disagrees ('niet wenselijk'); A4 = N5 agrees; A5 camera surveillance (nothing); A6 = N2 noted (passed "
         "to the province); Inleiding, Financiën and Tot slot (nothing); N7 (night monitor) unanswered.")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
