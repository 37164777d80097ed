"""Round 85 (nl, Dutch): the ONGEVRAAGD ADVIES of a WIJKRAAD (elected neighbourhood council with a right of advice in a
Dutch city) on keeping the neighbourhood clean, green and playable, answered by the college's REACTIEBRIEF grouped by
'Wat we al doen / Wat we gaan doen / Wat we (nog) niet doen'.

Advice: (invented) Wijkraad Schepenbuurt, Rijnstede, 'Ongevraagd advies Schoon, heel en groen in de Schepenbuurt',
WR-SB 2026-02 (2 p., sans, a letterhead table, a shaded 'In het kort' box, a table of complaints, every paragraph
NUMBERED 1-18); the seven recommendations are PARAGRAPHS 12-18 under '3. Ons advies' (numbers 1-7 = 12-18); traps:
paragraphs 1-11 numbered the same way (facts, findings), the Verordening wijkraden art. 9 ('moet ... reageren'), the
2022 advice quoted ('Zorg voor minstens een speelplek per 500 kinderen.'), 'zou ... moeten', the afvalbeleidsplan.
Response: letter of the college (2 p., serif, letterhead, 'pagina n'), citing '(punt NN)', grouped by verdict, order
13, 12, 14, 16+17, 15: intro (nothing); 13 agrees (already done in April); 12 agrees; 14 partly (autumn only); ONE
paragraph = 16 disagrees (no wijkbudget) + 17 noted (Bomenplan); 15 disagrees; a section on the Schepenstraat
reconstruction (nothing); closing (nothing); 18 (a fixed wijkregisseur) unanswered.
Engine: LibreOffice Writer headless from HTML (ligature-free DejaVu copies under /tmp via tmp_fonts(); head and page
numbers stamped with PyMuPDF).

Wijkraden with a right of advice exist in several Dutch cities, but what the documents say of them is not to be
relied on; Rijnstede, the Schepenbuurt, its wijkraad, people, figures and dates are invented.

Run: /tmp/blind85nl/bin/python tests/docs/src/blind85/gen_nl_wijkraad_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b85nl as B  # noqa: E402

NAME = "blind85_nl_wijkraad"
SANS = B.tmp_fonts()
SERIF = B.tmp_fonts("B85NL Serif", B.SERIF_FILES)


def head(fam, accent):
    return """<html><head><meta charset="utf-8"><style>
@page { size: 21cm 29.7cm; margin: 2.0cm 2.0cm 1.9cm 2.2cm; }
body { font-family: '%(f)s'; font-size: 9.4pt; }
p { margin-top: 0; margin-bottom: 0.2cm; line-height: 130%%; }
h1 { font-family: '%(f)s'; font-size: 15pt; color: %(a)s; margin-bottom: 0.1cm; }
h2 { font-family: '%(f)s'; font-size: 10.8pt; color: %(a)s; margin-top: 0.3cm; margin-bottom: 0.1cm; }
td { font-family: '%(f)s'; font-size: 9.2pt; vertical-align: top; }
th { font-family: '%(f)s'; font-size: 8.8pt; text-align: left; }
.small { font-size: 7.8pt; color: #555555; }
</style></head><body>""" % {"f": fam, "a": accent}


def np(num, text):
    return (f'<table width="100%" cellpadding="2" cellspacing="0"><tr><td width="6%" valign="top"><b>{num}.</b></td>'
            f'<td width="94%" valign="top"><p>{text}</p></td></tr></table>\n')


FACTS = [
    "De Schepenbuurt is een vooroorlogse wijk met ruim 4.300 inwoners, van wie bijna 900 kinderen jonger dan "
    "twaalf jaar. De wijk heeft weinig openbaar groen en smalle straten.",
    "De wijkraad heeft in november en december 2025 een enquête gehouden onder bewoners, waarop 412 mensen "
    "reageerden, en heeft twee wijkschouwen gelopen met bewoners en de buitendienst van de gemeente.",
    "Volgens artikel 9 van de Verordening wijkraden Rijnstede 2023 moet het college binnen acht weken schriftelijk "
    "reageren op een ongevraagd advies van een wijkraad.",
    "In 2022 adviseerde de wijkraad over het speelruimtebeleid: 'Zorg voor minstens een speelplek per 500 "
    "kinderen.' Dat advies is destijds gedeeltelijk overgenomen.",
]
FINDINGS = [
    "Bijplaatsingen van afval naast de containers zijn de grootste ergernis: 71 procent van de respondenten noemt "
    "dit. Rond de drie containers aan de Schepenstraat ligt vrijwel dagelijks afval.",
    "De speeltoestellen op het Kerkpleintje zijn in 2024 deels afgekeurd en afgezet. Kinderen spelen nu op straat.",
    "De winkelstraat wordt eens per week geveegd. In het najaar zou dat volgens winkeliers vaker moeten, omdat "
    "bladeren en zwerfafval zich dan ophopen.",
    "Over hondenpoep op grasvelden en in speeltuinen komen veel klachten binnen; de uitlaatstrook langs het spoor "
    "wordt weinig gebruikt.",
    "Bewoners willen zelf kleine verbeteringen kunnen doen, zoals geveltuinen en plantenbakken, maar weten niet "
    "waar zij geld kunnen aanvragen.",
    "In elf straten staat geen enkele boom. Het Bomenplan Rijnstede 2024 noemt de Schepenbuurt een wijk met "
    "hittestress, maar bevat voor de wijk nog geen concrete plantlocaties.",
    "Het afvalbeleidsplan 2023-2027 gaat uit van een ondergrondse container op hoogstens 125 meter van elke woning; "
    "in het noorden van de wijk wordt die afstand op veel plaatsen overschreden.",
]
ADV = [
    "Plaats in het noorden van de Schepenbuurt vier extra ondergrondse containers voor restafval, zodat elke woning "
    "binnen 125 meter van een container ligt.",
    "Vervang de afgekeurde speeltoestellen op het Kerkpleintje nog in 2026, in overleg met de kinderen uit de "
    "buurt.",
    "Verhoog de veegfrequentie in de winkelstraat naar twee keer per week, het hele jaar door.",
    "Stel een verbod in voor honden op alle grasvelden en in alle speeltuinen van de wijk en handhaaf daar "
    "actief op.",
    "Stel de wijkraad jaarlijks een wijkbudget van 25.000 euro ter beschikking voor kleine initiatieven van "
    "bewoners, waarover de wijkraad zelf beslist.",
    "Plant in elk van de elf straten zonder bomen minimaal drie bomen en leg dat vast in de uitvoering van het "
    "Bomenplan.",
    "Wijs de wijkraad een vaste contactpersoon bij de gemeente toe die de adviezen van de wijkraad intern "
    "volgt.",
]


def advice():
    h = head("B85NL Sans", "#0b6b6b")
    h += """
<table width="100%" cellpadding="3" cellspacing="0"><tr>
<td width="60%"><font size="5" color="#0b6b6b"><b>Wijkraad Schepenbuurt</b></font><br><span class="small">Wijkcentrum
De Schakel &middot; Schepenstraat 41 &middot; 2411 KP Rijnstede</span></td>
<td width="40%" align="right"><span class="small">Kenmerk WR-SB 2026-02<br>Rijnstede, 9 februari 2026<br>Aan het
college van burgemeester en wethouders</span></td></tr></table>
<hr>
<h1>Ongevraagd advies: Schoon, heel en groen in de Schepenbuurt</h1>
<table width="100%" border="1" cellpadding="5" cellspacing="0" bgcolor="#e3f1f1"><tr><td>
<p><b>In het kort.</b> Bewoners van de Schepenbuurt zijn gehecht aan hun wijk, maar ergeren zich aan afval, kapotte
speelplekken en het gebrek aan groen. De wijkraad doet zeven voorstellen over afval, spelen, vegen, honden, een
wijkbudget, bomen en de samenwerking met de gemeente.</p></td></tr></table>
<h2>1. Aanleiding</h2>
"""
    h += "".join(np(i + 1, t) for i, t in enumerate(FACTS))
    h += """<h2>2. Wat wij zagen en hoorden</h2>
<table width="80%" border="1" cellpadding="3" cellspacing="0">
<tr bgcolor="#cfe6e6"><th>Meldingen openbare ruimte</th><th>2023</th><th>2024</th><th>2025</th></tr>
<tr><td>Afval naast containers</td><td>318</td><td>402</td><td>455</td></tr>
<tr><td>Speelvoorzieningen</td><td>12</td><td>29</td><td>31</td></tr>
<tr><td>Hondenpoep</td><td>64</td><td>71</td><td>88</td></tr></table>
<p></p>
"""
    h += "".join(np(i + 5, t) for i, t in enumerate(FINDINGS))
    h += "<h2>3. Ons advies</h2>\n<p>De wijkraad adviseert het college:</p>\n"
    h += "".join(np(i + 12, t) for i, t in enumerate(ADV))
    h += """<p>De wijkraad gaat graag met de wethouder in gesprek over dit advies.</p>
<p>Met vriendelijke groet,<br>namens de Wijkraad Schepenbuurt,<br>Fatima el Amrani, voorzitter<br>Joost Verhagen,
secretaris</p>
</body></html>"""
    B.soffice_pdf(h, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Wijkraad Schepenbuurt - ongevraagd advies WR-SB 2026-02", "{n} / {m}",
            SANS["Regular"])


def response():
    h = head("B85NL Serif", "#7a1f1f")
    h += """
<p><font size="5" color="#7a1f1f"><b>Gemeente Rijnstede</b></font><br><span class="small">Postbus 2000 &middot; 2400
AA Rijnstede &middot; telefoon 14 0172</span></p>
<hr>
<table width="100%" cellpadding="2" cellspacing="0"><tr>
<td width="55%"><p>Wijkraad Schepenbuurt<br>t.a.v. mevrouw F. el Amrani<br>Schepenstraat 41<br>2411 KP Rijnstede</p></td>
<td width="45%"><p class="small">Datum: 31 maart 2026<br>Ons kenmerk: 2026-0088123<br>Uw kenmerk: WR-SB 2026-02<br>
Onderwerp: reactie op uw ongevraagd advies<br>Contactpersoon: A. Kramer, wijkmanager</p></td></tr></table>
<p>Geachte mevrouw El Amrani,</p>
<p>Op 9 februari 2026 ontvingen wij uw ongevraagd advies 'Schoon, heel en groen in de Schepenbuurt'. Wij zijn blij
met de betrokkenheid van de wijkraad en met de enquête onder 412 bewoners, die ons een goed beeld geeft van wat er
in de wijk leeft. Hieronder leest u wat wij met uw voorstellen doen.</p>
<h2>Wat we al doen</h2>
<p>De speeltoestellen op het Kerkpleintje (punt 13) zijn begin maart vervangen. Kinderen van basisschool De Wilg
hebben meegekozen; het nieuwe klimtoestel en de schommels zijn op 21 maart feestelijk in gebruik genomen.</p>
<h2>Wat we gaan doen</h2>
<p>Wij plaatsen dit jaar de vier extra ondergrondse containers in het noorden van de wijk (punt 12). De locaties
worden in mei met omwonenden besproken; de plaatsing volgt in het vierde kwartaal van 2026.</p>
<p>Ook zien wij dat de winkelstraat meer aandacht nodig heeft (punt 14). Wij vegen de straat vanaf september twee
keer per week, maar alleen in de herfstmaanden september tot en met december. Voor de rest van het jaar is een
wekelijkse veegbeurt volgens onze metingen voldoende.</p>
<h2>Wat we (nog) niet doen</h2>
<p>Een eigen wijkbudget waarover de wijkraad zelf beslist (punt 16) past niet in de Verordening wijkraden en kunnen
wij u daarom niet toekennen; bewoners kunnen voor kleine initiatieven wel terecht bij het stedelijke Initiatievenfonds.
Uw voorstel voor bomen in de elf straten zonder bomen (punt 17) nemen wij in overweging bij het opstellen van de
uitvoeringsagenda van het Bomenplan, die na de zomer verschijnt; of alle straten geschikt zijn, hangt af van kabels
en leidingen in de grond.</p>
<p>Een hondenverbod op alle grasvelden (punt 15) nemen wij niet over. Honden zijn in de speeltuinen al verboden;
een verbod op alle grasvelden zou hondenbezitters in een wijk met weinig groen geen plek meer laten. Wel zetten
de handhavers in april en mei extra in op het opruimen van hondenpoep.</p>
<h2>Herinrichting Schepenstraat</h2>
<p>Tot slot informeren wij u over de herinrichting van de Schepenstraat. Het voorlopig ontwerp wordt op 14 april
gepresenteerd in wijkcentrum De Schakel; de uitvoering staat gepland voor 2027. Wij nodigen de wijkraad van harte uit
om mee te denken over het definitieve ontwerp.</p>
<p>Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd en gaan graag met u in gesprek tijdens het
eerstvolgende wijkoverleg met de wethouder.</p>
<p>Met vriendelijke groet,<br>burgemeester en wethouders van Rijnstede,</p>
<p>de secretaris, drs. K.L. Brouwer&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;de burgemeester, mr. J. Ouweneel</p>
</body></html>""".replace("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;", " | ")
    B.soffice_pdf(h, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Rijnstede - reactie op ongevraagd advies Wijkraad Schepenbuurt",
            "pagina {n}", SERIF["Regular"])


RECS = [
    (1, "Plaats in het noorden van de Schepenbuurt vier extra ondergrondse containers",
     "Wij plaatsen dit jaar de vier extra ondergrondse containers", "agrees"),
    (2, "Vervang de afgekeurde speeltoestellen op het Kerkpleintje nog in 2026",
     "op het Kerkpleintje (punt 13) zijn begin maart vervangen", "agrees"),
    (3, "Verhoog de veegfrequentie in de winkelstraat naar twee keer per week",
     "maar alleen in de herfstmaanden september tot en met december", "partly"),
    (4, "Stel een verbod in voor honden op alle grasvelden",
     "Een hondenverbod op alle grasvelden (punt 15) nemen wij niet over", "disagrees"),
    (5, "Stel de wijkraad jaarlijks een wijkbudget van 25.000 euro ter beschikking",
     "kunnen wij u daarom niet toekennen", "disagrees"),
    (6, "Plant in elk van de elf straten zonder bomen minimaal drie bomen",
     "nemen wij in overweging bij het opstellen van de uitvoeringsagenda", "noted"),
    (7, "Wijs de wijkraad een vaste contactpersoon bij de gemeente toe", None, "unanswered"),
]
UNMATCHED = [
    "Wij zijn blij met de betrokkenheid van de wijkraad",
    "Het voorlopig ontwerp wordt op 14 april gepresenteerd",
    "tijdens het eerstvolgende wijkoverleg met de wethouder",
]
NOTES = ("Advice: ongevraagd advies WR-SB 2026-02 of the (invented) Wijkraad Schepenbuurt, Rijnstede; every paragraph "
         "numbered 1-18, the seven recommendations are PARAGRAPHS 12-18 under '3. Ons advies' after 'De wijkraad "
         "adviseert het college:' (numbers 1-7 = 12-18). Traps: facts 1-4 and findings 5-11 numbered the same way; "
         "the Verordening wijkraden art. 9 'moet ... reageren'; the 2022 advice quoted ('Zorg voor minstens een "
         "speelplek per 500 kinderen.'); 'zou ... vaker moeten'; the Bomenplan and afvalbeleidsplan (125 m); a "
         "complaints table; an 'In het kort' box naming the themes. Response: the college's letter grouped 'Wat we "
         "al doen / Wat we gaan doen / Wat we (nog) niet doen', citing '(punt NN)', order 13, 12, 14, 16+17, 15: "
         "intro (nothing); 13 agrees (already replaced in March); 12 agrees; 14 partly (autumn only); ONE paragraph "
         "= 16 disagrees (no wijkbudget) + 17 noted ('nemen wij in overweging'); 15 disagrees; 'Herinrichting "
         "Schepenstraat' (nothing); closing (nothing); 18 (fixed contact person) unanswered.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
