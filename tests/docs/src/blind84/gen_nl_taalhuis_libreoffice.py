"""Round 84 (nl, Dutch): the EVALUATIERAPPORT of a municipal TAALHUIS (basic-skills programme run by the library)
by a research bureau, answered in the VERSLAG of the STUURGROEP Taalhuis (minutes of a partners' meeting: agenda
items, 'Besloten', presence list).

Advice: (invented) Kompasvisie Onderzoek & Advies, 'Evaluatie Taalhuis Bergweide 2022-2025', commissioned by the
gemeente Bergweide (2 p., sans, a letterhead table, a summary box, a results table, stamped running head and
'n / m'); the seven recommendations are the numbered PARAGRAPHS 5.1-5.7 of section 5 (bold first sentence, then
explanation); traps: conclusions 4.1-4.5 numbered the same way, the Wet educatie en beroepsonderwijs ('moet ...
besteden'), the 2021 convenant quoted ('Zorg dat iedere deelnemer binnen vier weken een intake krijgt.'), 'zou ...
moeten', a results table by year, a summary that names the themes.
Response: 'Verslag stuurgroep Taalhuis Bergweide, 21 april 2026' (1 p., serif, presence table, numbered agenda items,
'Besloten:' lines; stamped head and 'pagina n'), citing the paragraph numbers in brackets, order 5.5, 5.2+5.4, 5.1,
5.7, 5.3: '1. Opening en mededelingen' (nothing); 5.5 agrees (college decided on 14 April); ONE paragraph on the
neighbourhoods and workplaces = 5.2 partly (fortnightly, Oosterkamp only) + 5.4 noted (taken to the employers'
platform, back in autumn); 5.1 agrees; 5.7 disagrees; 5.3 partly (16 instead of 24 hours); '3. Week van het lezen
en schrijven' (nothing); '4. Rondvraag en sluiting' (nothing); 5.6 (training for KCC and wijkteams) unanswered.
Engine: LibreOffice Writer headless from HTML (ligature-free DejaVu copies under /tmp via tmp_fonts()).

The Wet educatie en beroepsonderwijs and Taalhuizen are real, but what the documents say of them is not to be relied
on; Bergweide, Kompasvisie, the partners, people, figures and dates are invented.

Run: /tmp/blind84nl/bin/python tests/docs/src/blind84/gen_nl_taalhuis_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b84nl as B  # noqa: E402

NAME = "blind84_nl_taalhuis"
SANS = B.tmp_fonts()
SERIF = B.tmp_fonts("B84NL Serif", B.SERIF_FILES)


def head(fam, accent, size="9.4pt"):
    return """<html><head><meta charset="utf-8"><style>
@page { size: 21cm 29.7cm; margin: 2.1cm 2.0cm 1.9cm 2.2cm; }
body { font-family: '%(f)s'; font-size: %(s)s; }
p { margin-top: 0; margin-bottom: 0.2cm; text-align: left; line-height: 130%%; }
h1 { font-family: '%(f)s'; font-size: 15pt; color: %(a)s; margin-bottom: 0.1cm; }
h2 { font-family: '%(f)s'; font-size: 10.8pt; color: %(a)s; margin-top: 0.35cm; margin-bottom: 0.1cm; }
td { font-family: '%(f)s'; font-size: 9.1pt; vertical-align: top; }
th { font-family: '%(f)s'; font-size: 8.8pt; text-align: left; }
.small { font-size: 7.8pt; color: #555555; }
</style></head><body>""" % {"f": fam, "a": accent, "s": size}


def np(num, text):
    """A numbered paragraph: the number in a narrow column, the text beside it."""
    return (f'<table width="100%" cellpadding="2" cellspacing="0"><tr><td width="7%" valign="top"><b>{num}</b></td>'
            f'<td width="93%" valign="top"><p>{text}</p></td></tr></table>\n')


CONCL = [
    ("4.1", "Het Taalhuis bereikt vooral anderstaligen: zij vormen 78 procent van de deelnemers. Laaggeletterde "
            "autochtone inwoners worden nauwelijks bereikt."),
    ("4.2", "De centrale ligging in de bibliotheek werkt drempelverhogend voor inwoners van de wijken Oosterkamp en "
            "De Hoven, waar naar schatting de helft van de doelgroep woont."),
    ("4.3", "Het vrijwilligersbestand is kwetsbaar: de coördinatie rust op één medewerker van de bibliotheek die "
            "daarvoor acht uur per week beschikbaar heeft."),
    ("4.4", "Verwijzingen vanuit werkgevers ontbreken vrijwel geheel, terwijl een groot deel van de doelgroep "
            "werkt."),
    ("4.5", "Over het effect op langere termijn is weinig bekend, omdat deelnemers na afloop niet meer worden "
            "gevolgd."),
]

ADVIES = [
    ("5.1", "Verbreed het aanbod van het Taalhuis naar digitale vaardigheden en rekenen, naast lezen en schrijven.",
     "Veel vragen van deelnemers gaan over DigiD, toeslagen en bankzaken. Het aanbod sluit daar nu slecht op aan."),
    ("5.2", "Open naast de vestiging in de bibliotheek een wekelijks taalspreekuur in de wijken Oosterkamp en De "
            "Hoven.",
     "Een spreekuur in een buurthuis of op een basisschool verlaagt de drempel, zo blijkt ook uit ervaringen in "
     "andere gemeenten."),
    ("5.3", "Stel een betaalde coördinator vrijwilligers aan voor minimaal 24 uur per week.",
     "Met ruim negentig vrijwilligers is de huidige inzet van acht uur niet toereikend voor werving, begeleiding en "
     "scholing."),
    ("5.4", "Maak afspraken met werkgevers in de zorg, de schoonmaak en de logistiek over taaltrajecten op de "
            "werkvloer.",
     "Leren op het werk bereikt mensen die overdag niet naar de bibliotheek kunnen komen."),
    ("5.5", "Leg de financiering van het Taalhuis voor de periode 2027-2030 meerjarig vast in de "
            "subsidiebeschikking aan de bibliotheek.",
     "De jaarlijkse subsidie maakt het lastig om vrijwilligers en partners langer dan een jaar te binden."),
    ("5.6", "Laat medewerkers van het Klant Contact Centrum en de sociale wijkteams jaarlijks een training "
            "signaleren van laaggeletterdheid volgen.",
     "Zij spreken dagelijks inwoners die moeite hebben met formulieren, maar verwijzen zelden door."),
    ("5.7", "Meet het effect van de trajecten voortaan ook zes maanden na afloop, met een korte vervolgmeting bij "
            "deelnemers.",
     "Zo ontstaat zicht op de vraag of deelnemers hun vaardigheden blijven gebruiken."),
]


def advice():
    h = head("B84NL Sans", "#7a3b00")
    h += """
<table width="100%" cellpadding="3" cellspacing="0"><tr>
<td width="60%"><font size="5" color="#7a3b00"><b>Kompasvisie</b></font><br><span class="small">Onderzoek &amp;
Advies &middot; Stationsplein 8 &middot; 3811 MA Amersfoort</span></td>
<td width="40%" align="right"><span class="small">In opdracht van de gemeente Bergweide<br>Projectnummer KV-2025-118
<br>Eindrapport, 26 februari 2026</span></td></tr></table>
<hr>
<h1>Evaluatie Taalhuis Bergweide 2022-2025</h1>
<p><i>Bereik, werkwijze en resultaten van het Taalhuis in de Bibliotheek Bergweide</i></p>
<table width="100%" border="1" cellpadding="5" cellspacing="0" bgcolor="#f6ede3"><tr><td>
<p><b>Samenvatting.</b> Het Taalhuis heeft in vier jaar ruim 1.100 inwoners geholpen en steunt op een grote groep
betrokken vrijwilligers. Het bereik onder laaggeletterde inwoners met Nederlands als moedertaal blijft achter, de
coördinatie is kwetsbaar en over het effect op langere termijn is weinig bekend. Onze aanbevelingen gaan over het
aanbod, de plek van het Taalhuis in de wijken, de organisatie, werkgevers, financiering, doorverwijzing en
monitoring.</p></td></tr></table>
<h2>1. Aanleiding en vraagstelling</h2>
<p>Het Taalhuis Bergweide is in 2022 opgericht door de gemeente, de Bibliotheek Bergweide, het ROC Eemland en
Stichting Taalmaatjes. Bij de start spraken de partners in het convenant af: 'Zorg dat iedere deelnemer binnen vier
weken een intake krijgt.' De gemeente vroeg ons na vier jaar te onderzoeken of het Taalhuis zijn doelen bereikt en
wat er nodig is voor de periode na 2026.</p>
<h2>2. Werkwijze</h2>
<p>Wij analyseerden de registratie van het Taalhuis, voerden 31 interviews met deelnemers, vrijwilligers en
professionals, en organiseerden twee groepsgesprekken met partners. Op grond van de Wet educatie en beroepsonderwijs
moet de gemeente de middelen voor volwasseneneducatie besteden aan een aanbod dat past bij de regionale behoefte;
ook die afstemming hebben wij bekeken.</p>
<h2>3. Resultaten</h2>
<table width="90%" border="1" cellpadding="3" cellspacing="0">
<tr bgcolor="#ead7c3"><th>Jaar</th><th>Nieuwe deelnemers</th><th>Actieve vrijwilligers</th><th>Intake binnen vier
weken</th><th>Trajecten afgerond</th></tr>
<tr><td>2022</td><td>188</td><td>46</td><td>71%</td><td>102</td></tr>
<tr><td>2023</td><td>264</td><td>68</td><td>64%</td><td>171</td></tr>
<tr><td>2024</td><td>301</td><td>85</td><td>58%</td><td>196</td></tr>
<tr><td>2025</td><td>352</td><td>93</td><td>55%</td><td>224</td></tr></table>
<p class="small">Tabel 1. Kerncijfers Taalhuis Bergweide, bron: registratie Taalhuis, bewerking Kompasvisie.</p>
<p>Het aantal deelnemers groeide elk jaar, maar het aandeel intakes binnen vier weken daalde. Volgens de partners zou
een intake binnen twee weken eigenlijk de norm moeten zijn, omdat mensen anders afhaken.</p>
<h2>4. Conclusies</h2>
"""
    for n, t in CONCL:
        h += np(n, t)
    h += "<h2>5. Aanbevelingen</h2>\n"
    for n, first, rest in ADVIES:
        h += np(n, f"<b>{first}</b> {rest}")
    h += """<p><br>Kompasvisie Onderzoek &amp; Advies<br>drs. Evelien Kortekaas, dr. Samir El Idrissi</p>
</body></html>"""
    B.soffice_pdf(h, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Kompasvisie | Evaluatie Taalhuis Bergweide 2022-2025 | KV-2025-118", "{n} / {m}",
            SANS["Regular"])


def response():
    h = head("B84NL Serif", "#2d4a22", "9.8pt")
    h += """
<p><font size="4" color="#2d4a22"><b>Taalhuis Bergweide</b></font><br><span class="small">gemeente Bergweide
&middot; Bibliotheek Bergweide &middot; ROC Eemland &middot; Stichting Taalmaatjes</span></p>
<h1>Verslag stuurgroep Taalhuis</h1>
<table width="100%" cellpadding="3" cellspacing="0">
<tr><td width="22%"><b>Datum</b></td><td>21 april 2026, 14.00-16.00 uur, Bibliotheek Bergweide</td></tr>
<tr><td><b>Aanwezig</b></td><td>R. Hoekstra (wethouder, voorzitter), M. Dijkman (directeur Bibliotheek Bergweide),
J. Veldkamp (ROC Eemland), F. Aydin (Stichting Taalmaatjes), L. de Wit (beleidsadviseur gemeente,
verslag)</td></tr>
<tr><td><b>Afwezig</b></td><td>T. Smulders (UWV, met bericht)</td></tr></table>
<h2>1. Opening en mededelingen</h2>
<p>De voorzitter opent de vergadering en heet de nieuwe vertegenwoordiger van het ROC welkom. Het verslag van 9
februari wordt ongewijzigd vastgesteld. Mevrouw Dijkman meldt dat het Taalhuis vanaf mei ook op zaterdagochtend open
is.</p>
<h2>2. Evaluatie Taalhuis 2022-2025: reactie op de aanbevelingen</h2>
<p>Het eindrapport van Kompasvisie is vooraf aan de leden toegestuurd. De stuurgroep bespreekt de aanbevelingen en
legt per onderwerp vast wat de partners ermee doen. De nummers verwijzen naar paragraaf 5 van het rapport.</p>
<p><b>Financiering (5.5).</b> De wethouder deelt mee dat het college op 14 april heeft besloten de subsidie aan de
bibliotheek voor het Taalhuis vanaf 2027 voor vier jaar toe te kennen. De bibliotheek ontvangt de beschikking in
juni. Besloten: de stuurgroep stelt in het najaar een meerjarenplan op dat bij de beschikking aansluit.</p>
<p><b>Taal in de wijk en op het werk (5.2 en 5.4).</b> Een wekelijks spreekuur in twee wijken tegelijk is met de
huidige vrijwilligers niet op te brengen. Besloten: vanaf september start om de week een spreekuur in buurthuis De
Kamp in Oosterkamp; De Hoven volgt voorlopig niet. Over taaltrajecten op de werkvloer is de stuurgroep nog niet
uitgesproken: de heer Veldkamp legt het voorstel voor aan het werkgeversplatform van het ROC, en de stuurgroep komt
er in oktober op terug.</p>
<p><b>Aanbod (5.1).</b> De stuurgroep neemt deze aanbeveling over. Besloten: met ingang van het cursusjaar 2026-2027
biedt het Taalhuis ook cursussen digitale vaardigheden en rekenen aan, in samenwerking met het
Informatiepunt Digitale Overheid.</p>
<p><b>Effectmeting (5.7).</b> De leden vinden een tweede meting na zes maanden te belastend voor deelnemers, die vaak
moeilijk bereikbaar zijn. De stuurgroep neemt deze aanbeveling daarom niet over; de bestaande eindevaluatie aan het
slot van elk traject blijft de enige meting.</p>
<p><b>Coördinatie (5.3).</b> De bibliotheek krijgt ruimte voor een betaalde coördinator vrijwilligers, zij het
voor 16 uur per week in plaats van de voorgestelde 24 uur. Mevrouw Aydin vraagt aandacht voor de scholing van
nieuwe taalmaatjes; die valt onder de taken van de coördinator.</p>
<h2>3. Week van het lezen en schrijven</h2>
<p>In september organiseren de partners een open dag met een voorleesontbijt in de bibliotheek en een informatiemarkt
op het Raadhuisplein. Stichting Taalmaatjes verzorgt de werving van nieuwe vrijwilligers tijdens die week.</p>
<h2>4. Rondvraag en sluiting</h2>
<p>Er zijn geen vragen voor de rondvraag. De volgende vergadering is op 6 oktober 2026. De voorzitter dankt de
aanwezigen en sluit de vergadering om 15.50 uur.</p>
</body></html>"""
    B.soffice_pdf(h, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Taalhuis Bergweide | Verslag stuurgroep 21 april 2026", "pagina {n}",
            SERIF["Regular"])


RECS = [
    (1, "Verbreed het aanbod van het Taalhuis naar digitale vaardigheden en rekenen",
     "biedt het Taalhuis ook cursussen digitale vaardigheden en rekenen aan", "agrees"),
    (2, "Open naast de vestiging in de bibliotheek een wekelijks taalspreekuur",
     "vanaf september start om de week een spreekuur in buurthuis De Kamp", "partly"),
    (3, "Stel een betaalde coördinator vrijwilligers aan voor minimaal 24 uur",
     "voor 16 uur per week in plaats van de voorgestelde 24 uur", "partly"),
    (4, "Maak afspraken met werkgevers in de zorg, de schoonmaak en de logistiek",
     "legt het voorstel voor aan het werkgeversplatform van het ROC", "noted"),
    (5, "Leg de financiering van het Taalhuis voor de periode 2027-2030 meerjarig vast",
     "het college op 14 april heeft besloten de subsidie", "agrees"),
    (6, "Laat medewerkers van het Klant Contact Centrum en de sociale wijkteams", None, "unanswered"),
    (7, "Meet het effect van de trajecten voortaan ook zes maanden na afloop",
     "De stuurgroep neemt deze aanbeveling daarom niet over", "disagrees"),
]
UNMATCHED = [
    "heet de nieuwe vertegenwoordiger van het ROC welkom",
    "organiseren de partners een open dag met een voorleesontbijt",
    "sluit de vergadering om 15.50 uur",
]
NOTES = ("Advice: evaluation report of the (invented) Taalhuis Bergweide by a research bureau; the seven "
         "recommendations are the numbered PARAGRAPHS 5.1-5.7 of section 5 'Aanbevelingen' (bold first sentence + "
         "explanation; numbers 1-7 = 5.1-5.7). Traps: conclusions 4.1-4.5 numbered the same way; a summary box "
         "naming the themes; the 2021 convenant quoted ('Zorg dat iedere deelnemer binnen vier weken een intake "
         "krijgt.'); the Wet educatie en beroepsonderwijs 'moet ... besteden'; 'zou ... de norm moeten zijn'; a "
         "results table. Response: minutes of the stuurgroep with bold run-in subjects citing the numbers in "
         "brackets, order 5.5, 5.2+5.4, 5.1, 5.7, 5.3: '1. Opening en mededelingen' (nothing); 5.5 agrees (college "
         "decision of 14 April); ONE paragraph '(5.2 en 5.4)' = 5.2 partly (fortnightly, Oosterkamp only) + 5.4 "
         "noted (taken to the employers' platform, back in October); 5.1 agrees; 5.7 disagrees ('neemt deze "
         "aanbeveling daarom niet over'); 5.3 partly (16 instead of 24 hours); '3. Week van het lezen en "
         "schrijven' and '4. Rondvraag en sluiting' (nothing); 5.6 (training for KCC and wijkteams) unanswered.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
