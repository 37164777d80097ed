"""Round 82 (nl): the JAARADVIES PROGRAMMABELEID of the PBO (programmabeleidbepalend orgaan) of a lokale publieke
omroep, answered in the NOTULEN of the omroep's BESTUURSVERGADERING (minutes: presence, agenda items, decisions,
an action list).

Advice: (invented) PBO of Stichting Omroep Hooglanden, 'Jaaradvies programmabeleid 2026' (2-3 p., sans, a title
band, a side column 'Kerncijfers', the recommendations as shaded BOXES labelled 'Advies 1'-'Advies 7' spread over
theme sections); traps: the Mediawet's 'moet' (representative PBO), a listening/viewing figures table, the PBO's
2024 advice quoted ('Breid de sportverslaggeving uit ...'), findings 'Het PBO stelt vast', 'zou ... moeten',
a box 'Wat goed gaat' with bullets, dates and times.
Response: 'Notulen bestuursvergadering' of 9 April 2026 (2 p., sans, presence table, numbered agenda items, an
action list table), item 4 citing 'Advies N' in another order: 3 agrees (already adopted); ONE paragraph 'Advies 1
en 5' = 1 agrees + 5 disagrees; 6 partly (internships, no editorial team); 2 partly (livestream yes, radio only a
summary); 4 noted; items 1-2 opening/minutes, 3 the municipal grant and 5 rondvraag/sluiting answer nothing;
7 (public PBO meetings) unanswered.
Engine: headless Chromium --print-to-pdf (ligature-free DejaVu copies under /tmp via @font-face; running head and
page numbers stamped with PyMuPDF).

The Mediawet 2008 and the PBO of local public broadcasters are real, but what the documents say of them is not to be
relied on; Omroep Hooglanden, the gemeente Hooglanden, people, figures and dates are invented.

Run: /tmp/blind82nl/bin/python tests/docs/src/blind82/gen_nl_pbo_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b82nl as B  # noqa: E402

NAME = "blind82_nl_pbo"
SANS = B.tmp_fonts()


def css(accent):
    faces = ""
    for s, w, st in (("Regular", 400, "normal"), ("Bold", 700, "normal"), ("Italic", 400, "italic"),
                     ("Bold Italic", 700, "italic")):
        faces += (f"@font-face {{ font-family: 'B82S'; src: url('file://{SANS[s]}'); font-weight: {w}; "
                  f"font-style: {st}; }}\n")
    return faces + """
@page { size: A4; margin: 22mm 20mm 20mm 20mm; }
body { font-family: 'B82S'; font-size: 9.4pt; line-height: 1.45; color: #1b1b1b; }
h1 { font-size: 16pt; margin: 0 0 1mm 0; }
h2 { font-size: 11pt; margin: 5mm 0 2mm 0; color: ACC; }
p { margin: 0 0 2.3mm 0; }
.band { background: ACC; color: white; padding: 5mm 6mm; margin-bottom: 5mm; }
.band .sub { font-size: 9pt; }
.wrap { display: flex; gap: 6mm; }
.main { flex: 1; }
.side { flex: 0 0 48mm; background: #f1eef7; padding: 3mm; font-size: 8.2pt; align-self: flex-start; }
.side table td { border: none; padding: 0.6mm 0; }
.box { background: #efe8f8; border-left: 2.2pt solid ACC; padding: 2mm 3mm; margin: 1mm 0 3mm 0;
       break-inside: avoid; }
.box .lab { font-weight: 700; color: ACC; display: block; font-size: 8.6pt; }
.good { border: 0.6pt solid #999; padding: 2mm 3mm; margin: 2mm 0 3mm 0; }
table.fig { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm 0; font-size: 8.4pt; }
table.fig td, table.fig th { border: 0.5pt solid #999; padding: 1mm 2mm; text-align: left; }
table.fig th { background: #e6e0f0; }
table.meta { border-collapse: collapse; font-size: 8.6pt; margin-bottom: 3mm; }
table.meta td { padding: 0.6mm 3mm 0.6mm 0; vertical-align: top; }
.small { font-size: 8pt; color: #555; }
.item { font-weight: 700; margin-top: 3mm; }
""".replace("ACC", accent)


def page(style, body):
    return f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><style>{style}</style></head><body>{body}" \
           f"</body></html>"


ADV = {
    1: "Zend elke werkdag om 12.00 uur een kort regionaal nieuwsbulletin van vijf minuten uit, ook in de "
       "zomerperiode.",
    2: "Breng de vergaderingen van de gemeenteraad voortaan integraal en live via radio en livestream, met "
       "ondertiteling van de opnames achteraf.",
    3: "Stel een redactiestatuut op dat de onafhankelijkheid van de nieuwsredactie tegenover bestuur, gemeente en "
       "adverteerders vastlegt.",
    4: "Ruim wekelijks zendtijd in voor een programma van en voor inwoners met een migratieachtergrond, in "
       "samenwerking met het Taalcafé Hooglanden.",
    5: "Beperk de herhalingen in de avondprogrammering tot hooguit een derde van de zendtijd tussen 18.00 en 23.00 "
       "uur.",
    6: "Zet samen met de mbo-opleiding Media en Vormgeving een jongerenredactie op die maandelijks een eigen "
       "programma maakt.",
    7: "Maak de vergaderingen van het PBO openbaar en publiceer de verslagen binnen vier weken op de website van de "
       "omroep.",
}


def box(n):
    return f"<div class='box'><span class='lab'>Advies {n}</span>{ADV[n]}</div>"


def advice():
    body = f"""
<div class="band"><h1>Jaaradvies programmabeleid 2026</h1>
<div class="sub">Programmabeleidbepalend orgaan (PBO) van Stichting Omroep Hooglanden &middot; vastgesteld op 17 maart
2026</div></div>
<div class="wrap"><div class="main">
<h2>1. Inleiding</h2>
<p>Het programmabeleidbepalend orgaan (PBO) van Omroep Hooglanden adviseert het bestuur elk jaar over het
programmabeleid. De Mediawet 2008 bepaalt dat een lokale publieke omroep een PBO moet hebben dat representatief is voor
de belangrijkste maatschappelijke, culturele, godsdienstige en geestelijke stromingen in de gemeente. Het PBO telt op dit
moment negen leden, onder wie vertegenwoordigers van de sportverenigingen, de kerken, de ouderenbonden, het onderwijs en
de ondernemersvereniging.</p>
<p>Dit advies is gebaseerd op een luisteronderzoek van december 2025, op vier bijeenkomsten van het PBO en op een
gesprek met de hoofdredacteur en de coördinator vrijwilligers op 24 februari 2026.</p>
</div>
<div class="side"><b>Kerncijfers 2025</b><table>
<tr><td>Vrijwilligers</td><td>64</td></tr><tr><td>Betaalde krachten</td><td>2,4 fte</td></tr>
<tr><td>Uren eigen radio per week</td><td>58</td></tr><tr><td>Bereik radio per week</td><td>11.200</td></tr>
<tr><td>Volgers sociale media</td><td>9.850</td></tr><tr><td>Budget gemeente</td><td>&euro; 148.000</td></tr>
</table></div></div>
<h2>2. Bereik en waardering</h2>
<table class="fig"><tr><th>Programma</th><th>Bereik per week 2024</th><th>Bereik per week 2025</th>
<th>Rapportcijfer 2025</th></tr>
<tr><td>Ochtendprogramma Hooglanden Wakker</td><td>6.100</td><td>6.600</td><td>7,4</td></tr>
<tr><td>Sport op Zaterdag</td><td>3.900</td><td>4.700</td><td>7,9</td></tr>
<tr><td>Het Raadhuisplein (politiek)</td><td>1.200</td><td>1.050</td><td>6,8</td></tr>
<tr><td>Avondprogrammering (muziek, herhalingen)</td><td>2.800</td><td>2.300</td><td>6,1</td></tr></table>
<div class="good"><b>Wat goed gaat</b><br/>&bull; Het ochtendprogramma groeit en wordt goed gewaardeerd.<br/>
&bull; In ons advies van 2024 schreven wij: 'Breid de sportverslaggeving uit naar het amateurvoetbal.' Dat is gebeurd;
het bereik van Sport op Zaterdag steeg met bijna twintig procent.<br/>
&bull; De website wordt sinds de vernieuwing van oktober 2025 dagelijks bijgewerkt.</div>
<h2>3. Nieuws en informatie</h2>
<p>Het PBO stelt vast dat de omroep buiten het ochtendprogramma nauwelijks nieuws brengt. Tussen 10.00 uur en het einde
van de middag horen luisteraars geen lokale berichten, en in de zomer valt de nieuwsvoorziening zes weken helemaal
stil. Een lokale omroep zou juist in die periode de plek moeten zijn waar inwoners horen wat er in hun dorp gebeurt.</p>
{box(1)}
<p>De verslaggeving van de gemeenteraad is beperkt tot een samenvatting in Het Raadhuisplein op de vrijdag na de
vergadering. Inwoners die een debat willen volgen, moeten nu naar het gemeentehuis of naar de livestream van de
gemeente, die geen toelichting geeft.</p>
{box(2)}
<p>Het PBO heeft signalen ontvangen dat adverteerders en een wethouder contact opnamen met de redactie over de inhoud
van berichten. De redactie heeft daar correct mee omgegaan, maar er is geen vastgelegde afspraak over wie waarover
beslist.</p>
{box(3)}
<h2>4. Programmering en diversiteit</h2>
<p>Ongeveer veertien procent van de inwoners van Hooglanden heeft een migratieachtergrond. Die groep komt in de
programma's vrijwel niet aan bod, terwijl het Taalcafé Hooglanden heeft laten weten graag mee te werken.</p>
{box(4)}
<p>Het bereik van de avond daalt. Uit de zendschema's blijkt dat in 2025 bijna zestig procent van de avonduren uit
herhalingen bestond.</p>
{box(5)}
<p>De gemiddelde leeftijd van de vrijwilligers is 57 jaar. Jongeren onder de 25 luisteren weinig en maken nog minder
programma's.</p>
{box(6)}
<h2>5. Werkwijze van het PBO</h2>
<p>Het PBO vergadert nu besloten. Inwoners weten daardoor niet dat zij hun wensen bij het PBO kwijt kunnen.</p>
{box(7)}
<h2>6. Tot slot</h2>
<p>Het PBO vraagt het bestuur om binnen acht weken te laten weten welke adviezen het overneemt. Wij bespreken de
reactie graag in onze vergadering van juni.</p>
<p>Namens het PBO,<br/>drs. Anouk Terpstra, voorzitter</p>
"""
    B.chromium_pdf(page(B_css_adv, body), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Omroep Hooglanden | PBO | Jaaradvies programmabeleid 2026", "pagina {n} van {m}",
            SANS["Regular"])


def response():
    body = """
<p class="small">Stichting Omroep Hooglanden &middot; Postbus 77 &middot; 7811 AB Hooglanden</p>
<h1 style="color:#234f2e">Notulen bestuursvergadering</h1>
<p class="small">Vergadering van 9 april 2026, 19.30 uur, studio Kerkstraat 14 | vastgesteld op 14 mei 2026</p>
<table class="meta"><tr><td><b>Aanwezig</b></td><td>Jan-Willem Bosma (voorzitter), Ellen Kruiswijk (secretaris),
Freek Lubbers (penningmeester), Nadia el Idrissi (programmering), Theo Wassink (techniek)</td></tr>
<tr><td><b>Namens de redactie</b></td><td>Marloes Veenstra (hoofdredacteur), bij agendapunt 4</td></tr>
<tr><td><b>Afwezig</b></td><td>geen</td></tr><tr><td><b>Notulist</b></td><td>Ellen Kruiswijk</td></tr></table>

<p class="item">1. Opening en vaststelling agenda</p>
<p>De voorzitter opent de vergadering om 19.32 uur en heet in het bijzonder de hoofdredacteur welkom. De agenda wordt
ongewijzigd vastgesteld.</p>
<p class="item">2. Notulen van 12 maart 2026</p>
<p>De notulen worden na één tekstuele correctie vastgesteld. Actiepunt 2026-03 (nieuwe zendmast Westerveld) is
afgerond.</p>
<p class="item">3. Financi&euml;n: subsidie gemeente 2026</p>
<p>De penningmeester meldt dat de gemeente de subsidiebeschikking voor 2026 heeft verstuurd. Het bedrag van
&euro; 152.500 is iets hoger dan vorig jaar door de indexering. Het bestuur neemt de beschikking voor kennisgeving aan
en vraagt de penningmeester de begroting in mei bij te stellen.</p>
<p class="item">4. Jaaradvies programmabeleid 2026 van het PBO</p>
<p>De voorzitter dankt het PBO voor het heldere advies. Het bestuur bespreekt de adviezen met de hoofdredacteur en
besluit als volgt.</p>
<p><b>Advies 3.</b> Het bestuur merkt op dat het redactiestatuut inmiddels in de vergadering van 12 februari is
vastgesteld; het statuut wordt deze maand op de website gezet. Hiermee is aan het advies voldaan.</p>
<p><b>Advies 1 en 5.</b> Het bestuur neemt het voorstel voor een middagbulletin over: vanaf 1 juni zendt de omroep op
werkdagen om 12.00 uur vijf minuten lokaal nieuws uit, ook in de zomer, gemaakt door twee vaste vrijwilligers. Over de
avond is het bestuur het met het PBO oneens: zonder herhalingen kan de avond niet gevuld worden met het huidige aantal
vrijwilligers. Het bestuur handhaaft daarom de huidige avondprogrammering.</p>
<p><b>Advies 6.</b> Een aparte jongerenredactie is volgens de hoofdredacteur voorlopig te hoog gegrepen. Wel biedt de
omroep vanaf september vier stageplaatsen aan studenten van de mbo-opleiding, die bijdragen leveren aan het
ochtendprogramma.</p>
<p><b>Advies 2.</b> De livestream van de raadsvergaderingen wordt in overleg met de griffie op het eigen kanaal
uitgezonden, met een verslaggever die toelichting geeft. Integrale uitzending op de radio gaat het bestuur te ver;
op de radio blijft het bij een samenvatting.</p>
<p><b>Advies 4.</b> Het bestuur neemt kennis van het advies en vraagt de coördinator vrijwilligers om na de zomer met
het Taalcafé te verkennen wat mogelijk is. Een besluit volgt later.</p>
<p>De secretaris stuurt het PBO een brief met deze besluiten (actiepunt 2026-07).</p>
<p class="item">5. Rondvraag en sluiting</p>
<p>Theo Wassink meldt dat de noodstroomvoorziening van de studio op 20 april wordt getest; de uitzending loopt die
ochtend via de reservelijn. Niemand heeft verder iets voor de rondvraag. De voorzitter sluit de vergadering om
21.05 uur.</p>
<p class="item">Actielijst</p>
<table class="fig"><tr><th>Nr.</th><th>Actie</th><th>Wie</th><th>Wanneer</th></tr>
<tr><td>2026-05</td><td>Begroting 2026 bijstellen</td><td>penningmeester</td><td>mei 2026</td></tr>
<tr><td>2026-06</td><td>Redactiestatuut publiceren</td><td>secretaris</td><td>april 2026</td></tr>
<tr><td>2026-07</td><td>Brief aan het PBO met de besluiten</td><td>secretaris</td><td>april 2026</td></tr></table>
"""
    B.chromium_pdf(page(css("#234f2e"), body), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Stichting Omroep Hooglanden | Notulen bestuursvergadering 9 april 2026",
            "{n}/{m}", SANS["Regular"])


B_css_adv = css("#5b2d82")

RECS = [
    (1, "Zend elke werkdag om 12.00 uur een kort regionaal nieuwsbulletin",
     "Het bestuur neemt het voorstel voor een middagbulletin over", "agrees"),
    (2, "Breng de vergaderingen van de gemeenteraad voortaan integraal en live",
     "op de radio blijft het bij een samenvatting", "partly"),
    (3, "Stel een redactiestatuut op dat de onafhankelijkheid van de nieuwsredactie",
     "inmiddels in de vergadering van 12 februari is vastgesteld", "agrees"),
    (4, "Ruim wekelijks zendtijd in voor een programma van en voor",
     "vraagt de coördinator vrijwilligers om na de zomer", "noted"),
    (5, "Beperk de herhalingen in de avondprogrammering tot hooguit een derde",
     "Het bestuur handhaaft daarom de huidige avondprogrammering", "disagrees"),
    (6, "Zet samen met de mbo-opleiding Media en Vormgeving een jongerenredactie op",
     "biedt de omroep vanaf september vier stageplaatsen aan studenten", "partly"),
    (7, "Maak de vergaderingen van het PBO openbaar en publiceer de verslagen", None, "unanswered"),
]
UNMATCHED = [
    "De agenda wordt ongewijzigd vastgesteld",
    "de gemeente de subsidiebeschikking voor 2026 heeft verstuurd",
    "noodstroomvoorziening van de studio op 20 april wordt getest",
]
NOTES = ("Local public broadcaster: the PBO's annual programme-policy advice, answered in the minutes of the "
         "board meeting. Advice: shaded BOXES 'Advies 1'-'Advies 7' spread over theme sections 3-5 after finding "
         "paragraphs; traps: Mediawet 'moet ... hebben', a figures side column and reach table, the 2024 advice "
         "quoted ('Breid de sportverslaggeving uit ...') in a 'Wat goed gaat' box, 'Het PBO stelt vast', 'zou ... "
         "moeten', 'moeten nu naar het gemeentehuis', a closing asking for an answer in eight weeks. Response: "
         "minutes with agenda items; item 4 with bold 'Advies N.' labels in the order 3, 1+5, 6, 2, 4: 3 agrees "
         "(statute already adopted); ONE paragraph 'Advies 1 en 5' = 1 agrees + 5 disagrees; 6 partly (four "
         "internships, no youth editorial team); 2 partly (livestream, radio only a summary); 4 noted ('neemt kennis "
         "... verkennen'); items 1, 3 (municipal grant) and 5 (rondvraag) answer nothing; 7 (public PBO meetings) "
         "unanswered.")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
