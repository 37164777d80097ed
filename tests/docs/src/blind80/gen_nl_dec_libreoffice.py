"""Round 80 (nl): the ADVIES of a DIEREXPERIMENTENCOMMISSIE (DEC, Wet op de dierproeven) on
an application for a projectvergunning, in the fixed form of such advices (A Algemene gegevens, B Beoordeling
procedure, C Beoordeling inhoud, D Ethische afweging, E Advies), answered by the Centrale Commissie Dierproeven's
BESLUIT (the licence decision letter to the applicant: Besluit, Procedure, Beoordeling, Leges, Bezwaar).

Advice: (invented) DEC Maas-Rijn, advice on aanvraag AVD2150020261187 of the (invented) Universiteit Maasveld on a
mouse model of chronic kidney damage, 3 p., sans, form tables: the Wet op de dierproeven's 'mag niet' / 'moet'
quoted, an animals-and-severity table, findings with 'zou ... moeten', the DEC's own earlier advice quoted, the
overall positive oordeel (a conclusion, not a recommendation); the recommendations as UNNUMBERED dash bullets, five
'voorwaarden' after 'De DEC adviseert de CCD de volgende voorwaarden aan de vergunning te verbinden:' and two
'aanbevelingen' to the applicant (numbers by order, 1-7).
Response: CCD besluit (2 p., serif letter), replying by subject WITHOUT numbers, in another order: Besluit and
Procedure (nothing), humane endpoint = 2 partly, ONE paragraph 'Looptijd en opzet' = 5 disagrees + 4 agrees,
organoids = 6 noted, pilot = 1 agrees, IvD report = 3 disagrees, Leges (nothing), Bezwaar (nothing); 7 unanswered.
Engine: LibreOffice Writer headless from HTML (ligature-free DejaVu copies under /tmp, FONTCONFIG_FILE; head and page
numbers stamped with PyMuPDF).

The Wet op de dierproeven and the CCD are real, but what the documents say of them is not to be relied on; DEC
Maas-Rijn, the university, the project, people, numbers and dates are invented.

Run: /tmp/blind80nl/bin/python tests/docs/src/blind80/gen_nl_dec_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b80nl as B  # noqa: E402

NAME = "blind80_nl_dec"
SANS = B.tmp_fonts()
SERIF = B.tmp_fonts("B80NL Serif", B.SERIF_FILES)


def head(fam, accent):
    return """<html><head><meta charset="utf-8"><style>
@page { size: 21cm 29.7cm; margin: 2.2cm 2.3cm 2.0cm 2.3cm; }
body { font-family: '%(f)s'; font-size: 9.4pt; }
p { margin-top: 0; margin-bottom: 0.18cm; text-align: justify; line-height: 128%%; }
h1, h2, h3 { font-family: '%(f)s'; }
h1 { font-size: 15pt; color: %(a)s; margin-bottom: 0.1cm; }
h2 { font-size: 11pt; color: %(a)s; margin-top: 0.3cm; margin-bottom: 0.1cm; }
h3 { font-size: 9.8pt; margin-top: 0.2cm; margin-bottom: 0.06cm; }
td { font-size: 8.8pt; vertical-align: top; }
li { font-size: 9.4pt; margin-bottom: 0.08cm; }
.small { font-size: 8pt; color: #555555; }
</style></head><body>""" % {"f": fam, "a": accent}


def form(rows, shade="#e6eef0"):
    h = '<table border="1" cellspacing="0" cellpadding="4" width="100%">'
    for a, b in rows:
        h += f'<tr><td width="32%" bgcolor="{shade}"><b>{a}</b></td><td>{b}</td></tr>'
    return h + "</table><p></p>"


VOORWAARDEN = [
    "De proeven in de categorie ernstig starten pas nadat de pilotstudie met twaalf dieren is geëvalueerd en de "
    "uitkomst met de Instantie voor Dierenwelzijn is besproken.",
    "Leg vooraf humane eindpunten vast, waaronder beëindiging van de proef bij een gewichtsverlies van 15 procent "
    "ten opzichte van het startgewicht.",
    "Laat de Instantie voor Dierenwelzijn elk halfjaar aan de DEC rapporteren over het werkelijke aantal gebruikte "
    "dieren en de ernst van de proeven.",
    "Gebruik mannelijke en vrouwelijke dieren in gelijke aantallen, tenzij de aanvrager vooraf onderbouwt waarom "
    "dat voor een deelproef niet zinvol is.",
    "Beperk de looptijd van de vergunning tot drie jaar in plaats van de gevraagde vijf jaar.",
]
AANBEVELINGEN = [
    "Onderzoek of nierorganoïden uit menselijke stamcellen in de tweede fase van het project een deel van de "
    "dierproeven kunnen vervangen.",
    "Publiceer de resultaten van het project ook als die negatief of niet eenduidig zijn, bijvoorbeeld via een "
    "open preprint-server.",
]


def advice():
    h = head("B80NL Sans", "#1e5b63")
    h += """<p class="small">DEC Maas-Rijn &#8212; Dierexperimentencommissie van de Stichting DEC Maas-Rijn</p>
<h1>Advies van de DEC aan de Centrale Commissie Dierproeven</h1>
<p>Aanvraag projectvergunning dierproeven &#8212; adviesnummer DEC-MR 2026-011</p>
<h2>A. Algemene gegevens over de procedure</h2>"""
    h += form([("Aanvraagnummer", "AVD2150020261187"),
               ("Titel van het project", "Chronische nierschade: een muismodel voor de rol van ontsteking bij "
                                          "fibrose"),
               ("Categorie", "fundamenteel onderzoek"),
               ("Vergunninghouder", "Universiteit Maasveld, Faculteit Geneeskunde"),
               ("Gevraagde looptijd", "vijf jaar"),
               ("Datum advies", "18 februari 2026")])
    h += """<h2>B. Beoordeling (adviesvraag en behandeling)</h2>
<p>De aanvraag werd op 8 januari 2026 door de CCD aan de DEC voorgelegd en besproken in de vergaderingen van 21
januari en 11 februari 2026. Op 23 januari heeft de DEC de aanvrager aanvullende vragen gesteld over de
groepsgrootte en over de pijnbestrijding; de antwoorden kwamen op 2 februari binnen. Geen van de leden heeft een
persoonlijk belang bij het project. De Instantie voor Dierenwelzijn (IvD) van de universiteit heeft de aanvraag
vooraf beoordeeld.</p>
<h2>C. Beoordeling (inhoud)</h2>
<h3>1. Wettelijke vereisten</h3>
<p>Artikel 10 van de Wet op de dierproeven bepaalt dat een dierproef niet mag worden verricht als het beoogde doel
ook kan worden bereikt zonder proefdieren of met minder ongerief. De aanvrager moet daarnaast aantonen dat het
aantal dieren niet groter is dan nodig. Het project valt binnen de doelen van artikel 10a van de wet.</p>
<h3>2. Het project</h3>
<p>Het project onderzoekt hoe een ontstekingsreactie bijdraagt aan de vorming van bindweefsel in de nier. Het
onderzoek kan op termijn leiden tot nieuwe behandelingen voor de circa 1,7 miljoen Nederlanders met chronische
nierschade. De onderzoeksgroep heeft ruime ervaring met het model.</p>
<table border="1" cellspacing="0" cellpadding="4" width="100%">
<tr><td bgcolor="#e6eef0"><b>Deelproef</b></td><td bgcolor="#e6eef0"><b>Dieren</b></td>
<td bgcolor="#e6eef0"><b>Ernst</b></td><td bgcolor="#e6eef0"><b>Duur per dier</b></td></tr>
<tr><td>1. pilotstudie ureterobstructie</td><td>12 muizen</td><td>matig / ernstig</td><td>21 dagen</td></tr>
<tr><td>2. tijdsverloop fibrose</td><td>144 muizen</td><td>matig</td><td>tot 28 dagen</td></tr>
<tr><td>3. remming ontsteking</td><td>192 muizen</td><td>ernstig</td><td>tot 28 dagen</td></tr>
<tr><td>Totaal</td><td>348 muizen</td><td></td><td></td></tr></table>
<p></p>
<h3>3. Vervanging, vermindering en verfijning</h3>
<p>De DEC is ervan overtuigd dat de vraag op dit moment niet volledig zonder dieren kan worden beantwoord; de
wisselwerking tussen immuuncellen en nierweefsel is in celkweek nog niet na te bootsen. De groepsgrootte is met een
poweranalyse onderbouwd. Wel stelt de DEC vast dat de aanvraag geen concrete criteria bevat om een dier uit de
proef te nemen. Ook zou de aanvrager beter moeten onderbouwen waarom in deelproef 3 alleen mannelijke dieren worden
gebruikt. Bij een eerder project van dezelfde groep adviseerde de DEC in 2022: 'Houd bij de ureterobstructie een
maximale duur van 21 dagen aan.' De aanvrager heeft die duur in deze aanvraag verlengd tot 28 dagen.</p>
<h2>D. Ethische afweging</h2>
<p>Het ongerief voor de dieren is aanzienlijk: een deel van de proeven valt in de categorie ernstig. Daar staat een
groot maatschappelijk belang tegenover. De DEC weegt mee dat de groep een goede staat van dienst heeft en dat de
resultaten tot nu toe openbaar zijn gemaakt. Alles afwegend is de DEC van oordeel dat het belang van het project het
ongerief van de dieren rechtvaardigt, mits aan de voorwaarden hieronder wordt voldaan.</p>
<h2>E. Advies</h2>
<p>Het oordeel van de DEC over de aanvraag is positief. De DEC adviseert de CCD de volgende voorwaarden aan de
vergunning te verbinden:</p><ul>"""
    h += "".join(f"<li>{t}</li>" for t in VOORWAARDEN)
    h += "</ul><p>Daarnaast geeft de DEC de aanvrager de volgende aanbevelingen mee:</p><ul>"
    h += "".join(f"<li>{t}</li>" for t in AANBEVELINGEN)
    h += """</ul><p>Het advies is met algemene stemmen vastgesteld.</p>
<p class="small">Maastricht, 18 februari 2026 &#8195; dr. H.M. (Hanneke) Coenen, voorzitter DEC Maas-Rijn &#8195;
W. Pieters, secretaris</p></body></html>"""
    B.soffice_pdf(h, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "DEC Maas-Rijn | Advies DEC-MR 2026-011 | AVD2150020261187", "{n} / {m}",
            SANS["Regular"])


def response():
    h = head("B80NL Serif", "#222222")
    h += """<table border="0" cellspacing="0" cellpadding="0" width="100%"><tr>
<td width="62%"><b>Centrale Commissie Dierproeven</b><br/><br/>Universiteit Maasveld<br/>Faculteit Geneeskunde<br/>
t.a.v. prof. dr. L.A. Janssen-Vos<br/>Postbus 5120<br/>6200 XM Maasveld</td>
<td width="38%" bgcolor="#eeeeee"><span class="small"><b>Datum</b> 20 maart 2026<br/><b>Onderwerp</b> Besluit
aanvraag projectvergunning<br/><b>Ons kenmerk</b> CCD-2026-04711<br/><b>Aanvraagnummer</b> AVD2150020261187<br/>
<b>Bijlagen</b> 1 (vergunning)</span></td></tr></table>
<p></p><p>Geachte mevrouw Janssen-Vos,</p>
<h2>Besluit</h2>
<p>Op 8 januari 2026 hebben wij uw aanvraag voor een projectvergunning ontvangen voor het project 'Chronische
nierschade: een muismodel voor de rol van ontsteking bij fibrose'. Wij hebben besloten de vergunning te verlenen.
De vergunning met de voorwaarden is als bijlage bij deze brief gevoegd.</p>
<h2>Procedure</h2>
<p>Wij hebben de aanvraag voor advies voorgelegd aan DEC Maas-Rijn. De DEC heeft op 18 februari 2026 advies
uitgebracht. U bent in de gelegenheid gesteld op het advies te reageren; van die mogelijkheid heeft u op 4 maart
gebruikgemaakt.</p>
<h2>Beoordeling</h2>
<p>Wij nemen het advies van de DEC in grote lijnen over, met de volgende kanttekeningen.</p>
<p><b>Humane eindpunten.</b> Wij verbinden aan de vergunning de voorwaarde dat u vooraf humane eindpunten vastlegt.
Voor het gewichtsverlies hanteren wij, in lijn met uw reactie en de literatuur over dit model, een grens van 20
procent in plaats van de door de DEC voorgestelde 15 procent, gecombineerd met een scorelijst voor gedrag en
uiterlijk.</p>
<p><b>Looptijd en opzet.</b> Een kortere looptijd dan gevraagd vinden wij niet nodig: het project is in drie
opeenvolgende deelproeven opgezet en een vergunning van vijf jaar is daarvoor gebruikelijk; wij verlenen de
vergunning dan ook voor vijf jaar. Wel nemen wij de voorwaarde over dat mannelijke en vrouwelijke dieren in gelijke
aantallen worden gebruikt, tenzij u vooraf onderbouwt waarom dat niet zinvol is.</p>
<p><b>Alternatieven.</b> Het advies van de DEC om te onderzoeken of organoïden een deel van de proeven kunnen
vervangen, is aan u gericht. Wij brengen het onder uw aandacht en nemen het niet op in de vergunning.</p>
<p><b>Pilotstudie.</b> Wij nemen het advies over om de ernstige proeven pas te starten nadat de pilotstudie is
geëvalueerd. Dit is als voorwaarde 3 in de vergunning opgenomen.</p>
<p><b>Rapportage.</b> Een halfjaarlijkse rapportage door de IvD aan de DEC nemen wij niet op. De IvD houdt volgens de
wet al toezicht op de uitvoering, en u rapporteert jaarlijks aan de NVWA over het aantal gebruikte dieren en de
werkelijke ernst. Een extra rapportage voegt daar naar ons oordeel weinig aan toe.</p>
<h2>Leges</h2>
<p>Voor de behandeling van uw aanvraag zijn leges verschuldigd van 1.214 euro. U ontvangt hiervoor een afzonderlijke
factuur.</p>
<h2>Bezwaar</h2>
<p>Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken bij de
Centrale Commissie Dierproeven. Vermeld in uw bezwaarschrift het kenmerk van deze brief.</p>
<p>Met vriendelijke groet,</p>
<p>de Centrale Commissie Dierproeven,<br/>namens deze,<br/>ir. M.J. (Maarten) Verbeek, hoofd vergunningverlening</p>
</body></html>"""
    B.soffice_pdf(h, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Centrale Commissie Dierproeven | CCD-2026-04711", "pagina {n} van {m}",
            SERIF["Regular"])


RECS = [
    (1, "De proeven in de categorie ernstig starten pas nadat de pilotstudie",
     "ernstige proeven pas te starten nadat de pilotstudie is geëvalueerd", "agrees"),
    (2, "Leg vooraf humane eindpunten vast, waaronder beëindiging van de proef",
     "een grens van 20 procent in plaats van", "partly"),
    (3, "Laat de Instantie voor Dierenwelzijn elk halfjaar aan de DEC rapporteren",
     "rapportage door de IvD aan de DEC nemen wij niet op", "disagrees"),
    (4, "Gebruik mannelijke en vrouwelijke dieren in gelijke aantallen, tenzij de aanvrager",
     "Wel nemen wij de voorwaarde over dat mannelijke", "agrees"),
    (5, "Beperk de looptijd van de vergunning tot drie jaar in plaats",
     "Een kortere looptijd dan gevraagd vinden wij niet nodig", "disagrees"),
    (6, "Onderzoek of nierorganoïden uit menselijke stamcellen in de tweede fase",
     "Wij brengen het onder uw aandacht", "noted"),
    (7, "Publiceer de resultaten van het project ook als die negatief of",
     None, "unanswered"),
]
UNMATCHED = [
    "Wij hebben besloten de vergunning te verlenen",
    "leges verschuldigd van 1.214 euro",
    "binnen zes weken na de datum van deze brief bezwaar maken",
]
NOTES = ("ADVIES of a DIEREXPERIMENTENCOMMISSIE (DEC) to the Centrale Commissie Dierproeven on an application for a "
         "projectvergunning, in the fixed form A-E, answered by the CCD's BESLUIT letter to the applicant. DEC "
         "Maas-Rijn, Universiteit Maasveld, the project, people and numbers are invented. Recommendations: UNNUMBERED "
         "bullets under 'E. Advies', five voorwaarden after 'De DEC adviseert de CCD de volgende voorwaarden aan de "
         "vergunning te verbinden:' and two aanbevelingen after 'Daarnaast geeft de DEC de aanvrager de volgende "
         "aanbevelingen mee:' (numbers by order, 1-7). Traps: form tables; Wet op de dierproeven art. 10 'mag niet' "
         "and 'De aanvrager moet ... aantonen'; an animals/severity table; 'zou ... beter moeten onderbouwen' as a "
         "finding; the DEC's 2022 advice quoted ('Houd bij de ureterobstructie een maximale duur van 21 dagen "
         "aan.'); the positive oordeel ('Het oordeel van de DEC over de aanvraag is positief') is a conclusion. "
         "Besluit letter by subject WITHOUT numbers, in another order: Besluit and Procedure (nothing; the licence "
         "is granted); 'Humane eindpunten' = 2 partly (20 instead of 15 percent); ONE paragraph 'Looptijd en "
         "opzet' = 5 disagrees (five years kept) + 4 agrees; 'Alternatieven' = 6 noted (brought to the applicant's "
         "attention, not in the licence); 'Pilotstudie' = 1 agrees; 'Rapportage' = 3 disagrees; Leges and Bezwaar "
         "(nothing); 7 (publish negative results) unanswered.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
