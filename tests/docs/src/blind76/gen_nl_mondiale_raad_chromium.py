"""Round 76 (nl): the ADVIES of a Flemish municipality's MONDIALE RAAD (gemeentelijke adviesraad voor
internationale samenwerking) on the draft beleidsnota, answered by the BESLUIT of the college van burgemeester en
schepenen in the Flemish decision format (Aanleiding en context / Juridische grond / Adviezen / Argumentatie /
Financiele gevolgen / Besluit, Artikel 1-3).

Advice: (invented) Mondiale Raad Oudewaarde, 2 p.: the decree's and the statutes' duties; a dash list of
'vaststellingen' (findings); the 2020 advice quoted; the recommendations as seven DASH ITEMS after 'De Mondiale
Raad stelt het college voor om:' (infinitive clauses, numbers by order); a closing paraphrase.
Response: 'Uittreksel uit de notulen' of the college, zitting 7 september 2026, 2 p.: Aanleiding, Juridische grond,
Adviezen (nothing); Argumentatie paragraphs by subject in another order: 1 partly (50.000, not 60.000), 3 agrees,
ONE paragraph 2 disagrees + 4 agrees, 6 noted, 5 disagrees; Financiele gevolgen (nothing); Besluit Artikel 1 'neemt
kennis van het advies' (about the whole advice), 2 and 3 (nothing); 7 (a Raad member on each visit) unanswered.
Engine: headless Chromium --print-to-pdf (ligature-free DejaVu copies via @font-face; @page margin boxes are not
used, page numbers stamped with PyMuPDF).

Run: /tmp/blind76nl/bin/python tests/docs/src/blind76/gen_nl_mondiale_raad_chromium.py   (needs chromium)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b76nl as B  # noqa: E402

NAME = "blind76_nl_mondiale_raad"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B76NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def css(fam, files):
    faces = "".join(
        f"@font-face {{ font-family: '{fam}'; src: url('file://{files[s]}'); font-weight: {w}; font-style: {st}; }}\n"
        for s, w, st in (("Regular", "normal", "normal"), ("Bold", "bold", "normal"), ("Italic", "normal", "italic"),
                         ("Bold Italic", "bold", "italic")))
    return faces + """
@page { size: A4; margin: 22mm 22mm 20mm 22mm; }
body { font-family: '%s'; font-size: 9.6pt; line-height: 1.42; color: #111; }
p { margin: 0 0 6pt 0; text-align: justify; }
h1 { font-size: 17pt; margin: 0 0 4pt 0; color: #6a1b9a; }
h2 { font-size: 11pt; margin: 12pt 0 4pt 0; color: #6a1b9a; }
ul.dash { list-style: none; padding-left: 7mm; margin: 2pt 0 8pt 0; }
ul.dash li { position: relative; margin-bottom: 4pt; text-align: justify; }
ul.dash li:before { content: "-"; position: absolute; left: -6mm; }
.q { font-style: italic; margin: 4pt 12mm 8pt 12mm; }
.meta { font-size: 8.2pt; color: #555; margin-bottom: 10pt; }
.band { background: #6a1b9a; color: #fff; padding: 6pt 8pt; font-weight: bold; font-size: 9pt; margin-bottom: 12pt; }
.art { font-weight: bold; margin: 6pt 0 2pt 0; }
""" % fam


def advice():
    h = "<html><head><meta charset='utf-8'><style>" + css("B76NL Sans", SANS) + """</style></head><body>
<div class="band">MONDIALE RAAD OUDEWAARDE &#8212; gemeentelijke adviesraad voor internationale samenwerking</div>
<h1>Advies over de ontwerp-beleidsnota internationale samenwerking 2026-2031</h1>
<p class="meta">Algemene vergadering van 18 juni 2026 &#183; goedgekeurd bij consensus &#183; contact:
mondialeraad@oudewaarde.example</p>
<h2>1. Context</h2>
<p>Het college van burgemeester en schepenen vroeg op 12 mei 2026 het advies van de Mondiale Raad over de
ontwerp-beleidsnota internationale samenwerking 2026-2031. Volgens het Decreet over het lokaal bestuur betrekt het
gemeentebestuur de inwoners bij het beleid; de statuten van de Mondiale Raad bepalen dat het college de raad moet
raadplegen over elke beleidsnota die internationale samenwerking of de partnerwerking met Mbal&#233;-Sud raakt.</p>
<p>De Mondiale Raad telt 23 leden: vertegenwoordigers van vierdepijlerorganisaties, scholen, de Wereldwinkel en
inwoners met roots in het Zuiden. Het advies werd voorbereid in een werkgroep die drie keer samenkwam.</p>
<h2>2. Vaststellingen</h2>
<p>Bij de lezing van de ontwerp-beleidsnota stelt de Mondiale Raad het volgende vast:</p>
<ul class="dash">
<li>het budget voor internationale samenwerking stijgt van 0,41 naar 0,45 procent van de exploitatie-uitgaven, maar
blijft ver onder de internationale norm van 0,7 procent;</li>
<li>de partnerwerking met Mbal&#233;-Sud draait al twaalf jaar en kreeg in 2025 een positieve evaluatie;</li>
<li>de vierdepijlerorganisaties moeten hun subsidieaanvraag nu telkens voor 1 maart indienen, ook voor projecten
die pas in het najaar starten;</li>
<li>de gemeente voert een klimaatplan uit, maar de klimaatsteun aan de partnergemeente wordt uit het budget voor
ontwikkelingssamenwerking betaald.</li>
</ul>
<p>In zijn advies over de vorige beleidsnota schreef de Mondiale Raad in 2020:</p>
<p class="q">'De gemeente zou haar eigen aankopen moeten afstemmen op wat zij in haar beleid over eerlijke handel
belooft.'</p>
<p>Dat punt is sindsdien slechts gedeeltelijk opgevolgd: koffie en thee op het gemeentehuis zijn eerlijk, de
werkkleding van de technische diensten niet.</p>
<h2>3. Advies</h2>
<p>De Mondiale Raad geeft een gunstig advies over de ontwerp-beleidsnota en stelt het college voor om:</p>
<ul class="dash">
<li>het budget voor de partnerwerking met Mbal&#233;-Sud te verhogen van 40.000 naar 60.000 euro per jaar, zodat het
waterproject in de wijk Kossodo kan worden afgewerkt;</li>
<li>de projectsubsidies voor vierdepijlerorganisaties twee keer per jaar open te stellen in plaats van een keer;</li>
<li>bij de aankoop van werkkleding voor het gemeentepersoneel criteria voor eerlijke handel in het bestek op te
nemen;</li>
<li>elk jaar een publieke infoavond te organiseren over de besteding van de middelen voor internationale
samenwerking;</li>
<li>de Mondiale Raad een eigen werkingsbudget van 2.500 euro per jaar toe te kennen voor sensibilisering;</li>
<li>de klimaatsteun aan de partnergemeente voortaan te betalen uit het budget van het klimaatplan en niet meer uit
dat van ontwikkelingssamenwerking;</li>
<li>bij elk bestuurlijk bezoek aan de partnergemeente een lid van de Mondiale Raad uit te nodigen.</li>
</ul>
<p>Kort samengevat vraagt de Mondiale Raad meer middelen voor de partnerwerking, een soepelere subsidieregeling,
een consequent aankoopbeleid en meer openheid en betrokkenheid.</p>
<p>Voor de Mondiale Raad,<br>Els Wouters, voorzitter &#8195; Kwame Mensah, ondervoorzitter</p>
</body></html>"""
    B.chromium_pdf(h, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Mondiale Raad Oudewaarde  |  Advies beleidsnota internationale samenwerking",
            "{n} / {m}", SANS["Regular"])


def response():
    h = "<html><head><meta charset='utf-8'><style>" + css("B76NL Serif", SERIF) + """
h1, h2, .meta, .art { font-family: 'B76NL Sans'; } h1 { font-size: 14pt; } </style></head><body>
<p class="meta">GEMEENTE OUDEWAARDE &#183; Uittreksel uit de notulen van het college van burgemeester en schepenen
&#183; zitting van 7 september 2026</p>
<p class="meta">Aanwezig: Lieve Claeys, burgemeester-voorzitter; Johan Peeters, Sara Vermeulen, Dirk Maes, Nadia
Haddouchi, schepenen; Koen De Wilde, algemeen directeur</p>
<h1>Punt 23. Internationale samenwerking - beleidsnota 2026-2031 - advies Mondiale Raad - kennisname en
definitieve vaststelling ontwerp - goedkeuring</h1>
<h2>Aanleiding en context</h2>
<p>Op 12 mei 2026 vroeg het college het advies van de Mondiale Raad over de ontwerp-beleidsnota. Het advies werd
ontvangen op 22 juni 2026. De beleidsnota wordt na dit besluit aan de gemeenteraad voorgelegd.</p>
<h2>Juridische grond</h2>
<p>Het Decreet over het lokaal bestuur van 22 december 2017, in het bijzonder artikel 56 over de bevoegdheden van
het college en artikel 304 over de inspraak van de burgers. De gemeenteraadsbeslissing van 24 april 2019 tot
goedkeuring van de statuten van de Mondiale Raad.</p>
<h2>Adviezen</h2>
<p>Gunstig advies van de dienst Financien van 28 augustus 2026 over de budgettaire ruimte. Advies van de Mondiale
Raad van 18 juni 2026, als bijlage bij dit besluit.</p>
<h2>Argumentatie</h2>
<p>Het college waardeert de betrokkenheid van de Mondiale Raad en gaat hieronder in op de voorstellen uit het
advies.</p>
<p><b>Partnerwerking.</b> Het college verhoogt de jaarlijkse bijdrage voor de partnerwerking met Mbal&#233;-Sud
naar 50.000 euro vanaf 2027. Een verhoging tot het gevraagde bedrag past niet binnen het meerjarenplan; het
waterproject wordt daardoor een jaar later afgewerkt.</p>
<p><b>Aankoopbeleid.</b> De aankoopdienst neemt vanaf de volgende opdracht voor werkkleding een gunningscriterium
op voor eerlijke handel en een duurzaamheidslabel. De opdracht wordt in het voorjaar van 2027 opnieuw in de markt
gezet.</p>
<p><b>Subsidies en informatie aan de inwoners.</b> De indiendatum van 1 maart blijft behouden: een tweede ronde
vraagt een bijkomende beoordeling door de Mondiale Raad en de dienst, en het aantal aanvragen is daarvoor te klein.
Het college gaat wel akkoord om jaarlijks in oktober een open infoavond in het cultuurcentrum te houden over de
besteding van de middelen.</p>
<p><b>Klimaatsteun.</b> Het college neemt akte van dit voorstel. De financiering van de klimaatsteun wordt bekeken
bij de actualisering van het klimaatplan in 2027, samen met de klimaatambtenaar.</p>
<p><b>Werkingsbudget.</b> Een afzonderlijk werkingsbudget voor de Mondiale Raad wordt niet toegekend. De
sensibiliseringsacties van de raad kunnen zoals nu worden betaald uit het algemene budget van de dienst
Internationale Samenwerking, op voorstel van het dagelijks bestuur van de raad.</p>
<h2>Financiele gevolgen</h2>
<p>De bijkomende uitgaven worden voorzien bij de aanpassing van het meerjarenplan 2026-2031, beleidsitem 0160.
Visum van de financieel directeur niet vereist.</p>
<h2>Besluit</h2>
<p class="art">Artikel 1</p>
<p>Het college neemt kennis van het advies van de Mondiale Raad van 18 juni 2026.</p>
<p class="art">Artikel 2</p>
<p>Het college stelt de ontwerp-beleidsnota internationale samenwerking 2026-2031 definitief vast, zoals aangepast
volgens de argumentatie, en legt haar voor aan de gemeenteraad van 29 september 2026.</p>
<p class="art">Artikel 3</p>
<p>Dit besluit wordt aan de Mondiale Raad bezorgd.</p>
<p>Namens het college,<br>Koen De Wilde, algemeen directeur &#8195; Lieve Claeys, burgemeester</p>
</body></html>"""
    B.chromium_pdf(h, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Oudewaarde  |  Collegebesluit 7 september 2026, punt 23",
            "pagina {n} van {m}", SANS["Regular"])


RECS = [
    (1, "het budget voor de partnerwerking met Mbalé-Sud te verhogen van",
     "naar 50.000 euro vanaf 2027", "partly"),
    (2, "de projectsubsidies voor vierdepijlerorganisaties twee keer per jaar open",
     "De indiendatum van 1 maart blijft behouden", "disagrees"),
    (3, "bij de aankoop van werkkleding voor het gemeentepersoneel criteria voor",
     "een gunningscriterium op voor eerlijke handel", "agrees"),
    (4, "elk jaar een publieke infoavond te organiseren over de besteding",
     "jaarlijks in oktober een open infoavond in het cultuurcentrum", "agrees"),
    (5, "de Mondiale Raad een eigen werkingsbudget van 2.500 euro per",
     "Een afzonderlijk werkingsbudget voor de Mondiale Raad wordt niet toegekend", "disagrees"),
    (6, "de klimaatsteun aan de partnergemeente voortaan te betalen uit het",
     "Het college neemt akte van dit voorstel", "noted"),
    (7, "bij elk bestuurlijk bezoek aan de partnergemeente een lid van", None, "unanswered"),
]
UNMATCHED = [
    "Het advies werd ontvangen op 22 juni 2026",
    "artikel 304 over de inspraak van de burgers",
    "Visum van de financieel directeur niet vereist",
    "Dit besluit wordt aan de Mondiale Raad bezorgd",
]
NOTES = ("ADVIES of a Flemish municipality's MONDIALE RAAD (adviesraad voor internationale samenwerking) on the draft "
         "beleidsnota, answered by the college's BESLUIT ('Uittreksel uit de notulen', Flemish format: Aanleiding en "
         "context / Juridische grond / Adviezen / Argumentatie / Financiele gevolgen / Besluit). The Decreet over het "
         "lokaal bestuur is real (the article numbers cited are not to be relied on); Oudewaarde, Mbale-Sud, the "
         "council, figures and people are invented. Recommendations: seven DASH items (infinitive clauses) after "
         "'... stelt het college voor om:', numbered here by order; before them a dash list of four "
         "'vaststellingen' (findings, one with 'moeten ... indienen'). Traps: the statutes' 'moet raadplegen', the "
         "2020 advice quoted ('zou ... moeten afstemmen'), 'Kort samengevat vraagt de Mondiale Raad ...'. Besluit: "
         "Aanleiding, Juridische grond, Adviezen (nothing); Argumentatie by bold run-in subjects in the order 1 "
         "(partly: 50.000, not 60.000), 3 (agrees), ONE paragraph 'Subsidies en informatie aan de inwoners' = 2 "
         "disagrees + 4 agrees ('gaat wel akkoord'), 6 noted ('neemt akte ... wordt bekeken'), 5 disagrees; "
         "Financiele gevolgen (nothing); Artikel 1 'neemt kennis van het advies' concerns the whole advice, not a "
         "noted verdict; Artikel 2 and 3 (nothing); 7 (a member on official visits) unanswered.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
