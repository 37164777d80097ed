"""Round 100 (nl): the ADVIES of the OMGEVINGSRAAD of a windpark (residents, farmers, the exploitant and the
municipalities round one table) to Gedeputeerde Staten on the ontwerp-regeling omgevingsfonds and hinder, answered by
a GS-BRIEF to the omgevingsraad with a REACTIETABEL (Nr. | Advies in het kort | Reactie GS) citing the numbers.

Advice (LibreOffice from HTML, serif, letterhead table, stamped head from p. 2 and 'Pagina n van m'): Activiteitenbesluit
art. 3.14a 'moet', the 2022 convenant quoted with 'moet', a complaints table, 'Bevindingen' as a lettered list a-d,
the recommendations 'Advies 1.'-'Advies 7.' BOLD RUN-IN LABELS, one paragraph each. Response: letter + table, order 2,
3+4 (one row), 1, 6, 5; 7 (weidevogels) unanswered. All invented.

Run: /tmp/blind100nl/bin/python tests/docs/src/blind100/gen_nl_omgevingsraad_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b100nl as B  # noqa: E402

NAME = "blind100_nl_omgevingsraad"
F = B.tmp_fonts("B100NL Serif", B.SERIF_FILES)
FAM = "B100NL Serif"

STYLE = """<style>body { font-family: '%s'; font-size: 10pt; } h1 { font-size: 15pt; } h2 { font-size: 11.5pt; }
td, th { font-family: '%s'; font-size: 9pt; vertical-align: top; } p { margin-bottom: 6pt; }</style>""" % (FAM, FAM)

ADV = """<html><head><meta charset="utf-8">%s</head><body>
<table width="100%%" cellpadding="4"><tr><td width="60%%"><font size="5"><b>Omgevingsraad Windpark De Drie Polders</b></font><br>
p/a Dorpshuis De Schakel, Polderweg 2, 8256 RK Westerdijk</td><td width="40%%">Aan Gedeputeerde Staten van Flevoland-Noord<br>
Datum: 2 juni 2026<br>Kenmerk: ORDP-2026-03<br>Onderwerp: advies ontwerp-regeling omgevingsfonds en hinder</td></tr></table>
<hr>
<h1>Advies over de ontwerp-regeling Omgevingsfonds en hinderaanpak Windpark De Drie Polders</h1>
<p>Geacht college,</p>
<p>In uw brief van 14 april 2026 vraagt u de omgevingsraad om advies over de ontwerp-regeling voor het omgevingsfonds
en over de aanpak van hinder van het windpark, dat sinds oktober 2025 met 24 turbines in bedrijf is. In de
omgevingsraad zitten vertegenwoordigers van de dorpen Westerdijk, Oosterpolder en Kraggenburg-Zuid, van LTO, van de
exploitant Drie Polders Wind BV en van de gemeenten. Dit advies is op 28 mei 2026 vastgesteld; de vertegenwoordiger
van de exploitant heeft zich bij advies 4 van stemming onthouden.</p>
<h2>1. Het kader</h2>
<p>Volgens artikel 3.14a van het Activiteitenbesluit moet een windturbine worden stilgezet als de slagschaduw op een
woning langer duurt dan het toegestane aantal minuten. In het convenant van 2022 staat: <i>'De exploitant moet de
omgeving ruimhartig laten meedelen in de opbrengst.'</i> De ontwerp-regeling werkt dat uit met een omgevingsbijdrage van
€ 0,40 per geproduceerde MWh.</p>
<h2>2. Meldingen van hinder</h2>
<table border="1" cellpadding="3" cellspacing="0" width="80%%"><tr><th>Soort melding (okt. 2025 - apr. 2026)</th><th>Aantal</th><th>Afgehandeld</th></tr>
<tr><td>Geluid, vooral 's nachts</td><td>74</td><td>41</td></tr><tr><td>Slagschaduw</td><td>29</td><td>25</td></tr>
<tr><td>Verlichting (obstakellichten)</td><td>18</td><td>18</td></tr><tr><td>Overig</td><td>9</td><td>7</td></tr></table>
<h2>3. Bevindingen</h2>
<p>a. Ruim de helft van de meldingen over geluid komt uit Oosterpolder, waar de afstand tot de dichtstbijzijnde turbine
560 meter is.<br>b. Het meldpunt van de exploitant is alleen op werkdagen tot 17.00 uur bereikbaar.<br>
c. De metingen worden nu uitgevoerd door het bureau dat ook de vergunningaanvraag heeft opgesteld.<br>
d. Het bedrag van € 0,40 per MWh ligt onder het landelijke gemiddelde van de Code van de windsector.</p>
<h2>4. Advies</h2>
<p>Op grond hiervan geeft de omgevingsraad u het volgende advies.</p>
<p><b>Advies 1.</b> Stel de omgevingsbijdrage vast op minimaal € 0,50 per MWh en indexeer haar jaarlijks met de
consumentenprijsindex.</p>
<p><b>Advies 2.</b> Laat de geluids- en slagschaduwmetingen voortaan uitvoeren door een bureau dat onafhankelijk is
van de exploitant.</p>
<p><b>Advies 3.</b> Zorg voor een meldpunt voor hinder dat ook 's avonds en in het weekend bereikbaar is.</p>
<p><b>Advies 4.</b> Leg de exploitant de plicht op de turbines bij Oosterpolder 's nachts in een stillere modus te
laten draaien.</p>
<p><b>Advies 5.</b> Geef omwonenden binnen 1,5 kilometer de kans om voor ten minste 25 procent financieel te
participeren in het windpark.</p>
<p><b>Advies 6.</b> Betrek de omgevingsraad bij de keuze van de locatie voor het nieuwe transformatorstation.</p>
<p><b>Advies 7.</b> Laat onderzoeken wat de gevolgen van het windpark zijn voor de weidevogels in de Oosterpolder.</p>
<h2>5. Tot slot</h2>
<p>De omgevingsraad vergadert weer op 8 september 2026. Wij vragen u om voor die datum te reageren, zodat uw reactie
daar besproken kan worden. Het verslag van de vergadering van 28 mei is als bijlage bijgevoegd.</p>
<p>Hoogachtend,<br>namens de Omgevingsraad Windpark De Drie Polders,<br><br>mr. A.W. (Anneke) Hoekstra, onafhankelijk voorzitter</p>
</body></html>""" % STYLE
B.soffice_pdf(ADV, NAME + "_advice.pdf")
B.stamp(NAME + "_advice.pdf", "Omgevingsraad Windpark De Drie Polders - advies ORDP-2026-03", "Pagina {n} van {m}",
        F["Regular"])

RES = """<html><head><meta charset="utf-8">%s</head><body>
<table width="100%%" cellpadding="4"><tr><td width="55%%"><font size="5"><b>Provincie Flevoland-Noord</b></font><br>
Gedeputeerde Staten</td><td width="45%%">Omgevingsraad Windpark De Drie Polders<br>t.a.v. mr. A.W. Hoekstra, voorzitter<br>
Datum: 25 augustus 2026<br>Kenmerk: 2026-0412871<br>Uw kenmerk: ORDP-2026-03</td></tr></table>
<hr>
<p><b>Onderwerp: reactie op uw advies over het omgevingsfonds en de hinderaanpak</b></p>
<p>Geachte mevrouw Hoekstra,</p>
<p>Wij danken de omgevingsraad voor het heldere advies van 2 juni 2026. Het is goed dat bewoners, agrariërs, de
exploitant en de gemeenten samen aan tafel zitten. Hieronder reageren wij per advies; de volgorde volgt de stappen van
de uitvoering.</p>
<table border="1" cellpadding="4" cellspacing="0" width="100%%">
<tr><th width="8%%">Nr.</th><th width="32%%">Advies in het kort</th><th width="60%%">Reactie Gedeputeerde Staten</th></tr>
<tr><td>2</td><td>Onafhankelijke metingen</td><td>Overgenomen. Vanaf 1 juli 2026 voert een door de provincie
aangewezen onderzoeksbureau de metingen uit; de exploitant betaalt de kosten.</td></tr>
<tr><td>3 en 4</td><td>Meldpunt en nachtelijke geluidsmodus</td><td>Het meldpunt is sinds 1 augustus ook
's avonds tot 22.00 uur en in het weekend bereikbaar. Een nachtelijke stille modus kunnen wij de exploitant niet
opleggen: de turbines voldoen aan de geluidsnormen, zodat daarvoor geen juridische grond bestaat. Wij zijn daarom niet
voornemens deze verplichting op te leggen.</td></tr>
<tr><td>1</td><td>Hoogte omgevingsbijdrage</td><td>Wij houden vast aan € 0,40 per MWh, maar nemen de jaarlijkse
indexering over in de definitieve regeling, met ingang van 2027.</td></tr>
<tr><td>6</td><td>Locatie transformatorstation</td><td>De locatie wordt gekozen door de netbeheerder. Wij hebben
uw wens aan de netbeheerder doorgegeven en zullen bezien of de omgevingsraad kan worden gehoord.</td></tr>
<tr><td>5</td><td>Financiële participatie 25 procent</td><td>Het convenant gaat uit van tien procent lokaal eigendom
en de exploitant heeft dat aanbod al gedaan. Een hoger percentage zien wij niet als haalbaar; dit advies nemen wij
niet over.</td></tr>
</table>
<p></p>
<p><b>Stand van zaken zonnepark Kraggenburg-Zuid</b><br>U vroeg in de vergadering van 28 mei ook naar het zonnepark
bij Kraggenburg-Zuid. De vergunning voor dat park is in juli verleend; de bouw begint naar verwachting in het
voorjaar van 2027.</p>
<p>Wij zien uit naar de verdere samenwerking en zijn graag aanwezig bij uw vergadering op 8 september.</p>
<p>Hoogachtend,<br>Gedeputeerde Staten van Flevoland-Noord,<br><br>de secretaris, drs. P. Kuipers<br>de voorzitter, J.M. van der Laan</p>
</body></html>""" % STYLE
B.soffice_pdf(RES, NAME + "_response.pdf")
B.stamp(NAME + "_response.pdf", "Provincie Flevoland-Noord - kenmerk 2026-0412871", "Pagina {n} van {m}", F["Regular"])

B.write_expected(NAME, [
    (1, "Stel de omgevingsbijdrage vast op minimaal € 0,50 per MWh",
     "nemen de jaarlijkse indexering over in de definitieve regeling", "partly"),
    (2, "Laat de geluids- en slagschaduwmetingen voortaan uitvoeren door een bureau",
     "aangewezen onderzoeksbureau de metingen uit", "agrees"),
    (3, "Zorg voor een meldpunt voor hinder dat ook 's avonds",
     "Het meldpunt is sinds 1 augustus ook", "agrees"),
    (4, "Leg de exploitant de plicht op de turbines bij Oosterpolder",
     "Wij zijn daarom niet voornemens deze verplichting op te leggen", "disagrees"),
    (5, "Geef omwonenden binnen 1,5 kilometer de kans om voor ten minste",
     "Een hoger percentage zien wij niet als haalbaar", "disagrees"),
    (6, "Betrek de omgevingsraad bij de keuze van de locatie",
     "uw wens aan de netbeheerder doorgegeven en zullen bezien", "noted"),
    (7, "Laat onderzoeken wat de gevolgen van het windpark zijn voor", None, "unanswered"),
], ["Het is goed dat bewoners, agrariërs, de exploitant",
    "De vergunning voor dat park is in juli verleend",
    "zijn graag aanwezig bij uw vergadering op 8 september"],
    "Advice: advice of a windpark omgevingsraad to Gedeputeerde Staten, 2 p., LibreOffice from HTML (serif), "
    "letterhead table, stamped head and 'Pagina n van m'; recommendations BOLD RUN-IN LABELS 'Advies 1.'-'Advies 7.' "
    "in section 4; traps: Activiteitenbesluit art. 3.14a 'moet', the 2022 convenant quoted with 'moet', a complaints "
    "table, Bevindingen a.-d., 'van stemming onthouden bij advies 4'. Response: GS letter with a reactietabel Nr. | "
    "Advies in het kort | Reactie GS citing the numbers, order 2, 3+4, 1, 6, 5; row '3 en 4' = 3 agrees (meldpunt "
    "evenings and weekends since 1 August) + 4 disagrees (no legal ground); 2 agrees ('Overgenomen'); 1 partly "
    "(0.40 kept, indexation adopted); 6 noted (passed to the netbeheerder, 'zullen bezien'); 5 disagrees; 7 "
    "(weidevogels) unanswered; the thanks, the zonnepark paragraph and the closing answer nothing.")
print("written", NAME)
