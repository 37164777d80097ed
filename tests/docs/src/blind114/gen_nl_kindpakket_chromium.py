"""Round 114 (nl): an ONGEVRAAGD ADVIES of a municipal CLIËNTENRAAD WERK EN INKOMEN on the Kindpakket (support in
kind for children in low-income households), answered in the VERSLAG (minutes) of the periodic overleg between the
cliëntenraad and the wethouder, in which the wethouder's answers are recorded under one agenda item, by content only.

Advice (Chromium headless, sans, plum top rule with a two-column name/meta head, a floated 'Het kindpakket nu' box,
stamped head from p. 2, 'pagina n/m'): the Participatiewet 'moet' (trap), the four questions put to parents as a
NUMBERED list 1.-4. (trap), findings as paragraphs with BOLD DECLARATIVE LEAD-INS ('Het bereik blijft achter.'),
the cliëntenraad's 2023 advice quoted with 'moet' (realised; trap); recommendations as paragraphs with BOLD
IMPERATIVE LEAD-INS in plum ('Maak één aanvraagformulier ...'), unnumbered, split over four sub-headings (expected
1-7 in order). Response: minutes with agenda items 1.-6.: opening and mededelingen (figures), verslag and actielijst
of the last meeting ('actiepunt 3', 'actiepunt 5'; trap), item 3 on the advice with the answers in the order 4, 1
(with a question from a member), 3, 6+2 (one paragraph), 5, then the cliëntenraad's reaction; 7 unanswered;
rondvraag (figures), actielijst table (Nr. 5, 8, 9) and sluiting answer nothing. All invented.

Run: /tmp/blind114nl/bin/python tests/docs/src/blind114/gen_nl_kindpakket_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b114nl as B  # noqa: E402

NAME = "blind114_nl_kindpakket"
F = B.tmp_fonts()
FAM = "B114NL Sans"
PLUM = "#6a2c70"
CSS = f"""<style>
@font-face {{ font-family: '{FAM}'; src: url('file://{F["Regular"]}'); }}
@font-face {{ font-family: '{FAM}'; font-weight: bold; src: url('file://{F["Bold"]}'); }}
@font-face {{ font-family: '{FAM}'; font-style: italic; src: url('file://{F["Italic"]}'); }}
@page {{ size: A4; margin: 18mm 21mm 17mm 21mm; }}
body {{ font-family: '{FAM}'; font-size: 9.4pt; line-height: 1.45; color: #1c1c1c;
       font-variant-ligatures: none; hyphens: manual; }}
.head {{ border-top: 5px solid {PLUM}; padding-top: 8px; display: flex; justify-content: space-between;
         margin-bottom: 14px; }}
.head .org {{ min-width: 88mm; font-size: 13pt; font-weight: bold; color: {PLUM}; line-height: 1.25; }}
.head .org span {{ display: block; font-size: 8.3pt; font-weight: normal; color: #555; }}
.head table {{ font-size: 8.2pt; border-collapse: collapse; }}
.head td {{ padding: 0 0 1px 10px; vertical-align: top; }}
.head td.k {{ color: #777; }}
.kicker {{ font-size: 8.5pt; font-weight: bold; color: {PLUM}; letter-spacing: 0.6px; }}
h1 {{ font-size: 17pt; margin: 2px 0 3px; line-height: 1.2; }}
.lede {{ font-size: 10pt; color: #444; margin: 0 0 12px; }}
h2 {{ font-size: 11.3pt; color: {PLUM}; margin: 13px 0 4px; break-after: avoid; }}
h3 {{ font-size: 9.8pt; margin: 10px 0 3px; break-after: avoid; border-bottom: 1px solid #d9c6dc;
      padding-bottom: 1px; }}
p {{ margin: 0 0 6px; }}
ol {{ margin: 2px 0 7px; padding-left: 22px; }}
li {{ margin-bottom: 1px; }}
b.r {{ color: {PLUM}; }}
.box {{ float: right; width: 60mm; margin: 2px 0 8px 12px; padding: 7px 9px; background: #f5eef6;
        border-left: 3px solid {PLUM}; font-size: 8.4pt; line-height: 1.4; }}
.box b {{ color: {PLUM}; }}
.box ul {{ margin: 3px 0 2px; padding-left: 14px; }}
.sign {{ margin-top: 12px; }}
/* minutes */
.mhead {{ background: {PLUM}; color: white; padding: 9px 12px; margin-bottom: 8px; }}
.mhead .t {{ font-size: 14pt; font-weight: bold; }}
.mhead .s {{ font-size: 9pt; }}
table.meta {{ font-size: 8.6pt; border-collapse: collapse; margin-bottom: 8px; }}
table.meta td {{ padding: 1px 12px 1px 0; vertical-align: top; }}
table.meta td.k {{ font-weight: bold; white-space: nowrap; }}
.item {{ display: flex; margin: 11px 0 3px; break-after: avoid; }}
.item .n {{ width: 9mm; font-weight: bold; color: {PLUM}; }}
.item .t {{ font-weight: bold; }}
.ib {{ margin-left: 9mm; }}
table.acts {{ border-collapse: collapse; width: 100%; font-size: 8.5pt; margin-left: 9mm; width: calc(100% - 9mm); }}
table.acts th {{ text-align: left; background: #f0e6f1; padding: 3px 6px; }}
table.acts td {{ padding: 3px 6px; border-bottom: 1px solid #ddd; vertical-align: top; }}
</style>"""


def f(lead, text, rec=False):
    cls = ' class="r"' if rec else ""
    return f"<p><b{cls}>{lead}</b> {text}</p>"


ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">{CSS}</head><body>
<div class="head"><div class="org">Cliëntenraad Werk en Inkomen<br>Lingehoven
<span>p/a Gemeentehuis, Postbus 40, 4190 AA Lingehoven</span></div>
<table><tr><td class="k">Aan</td><td>het college van burgemeester en wethouders</td></tr>
<tr><td class="k">Datum</td><td>5 oktober 2026</td></tr>
<tr><td class="k">Kenmerk</td><td>CR-WI 2026-04</td></tr>
<tr><td class="k">Onderwerp</td><td>ongevraagd advies Kindpakket</td></tr></table></div>

<div class="kicker">ONGEVRAAGD ADVIES</div>
<h1>Elk kind doet mee</h1>
<p class="lede">Advies van de cliëntenraad over het Kindpakket Lingehoven</p>

<div class="box"><b>Het kindpakket nu</b>
<ul><li>voor kinderen van 4 tot 18 jaar</li><li>huishoudens tot 120% van het sociaal minimum</li>
<li>schoolspullen: tot € 150 per jaar</li><li>sport en cultuur: tot € 300 per jaar, via de vereniging</li>
<li>kleding: tegoedbon van € 100</li><li>schoolkostenvergoeding: uitbetaling in oktober</li></ul></div>

<h2>Waarom dit advies</h2>
<p>De cliëntenraad behartigt de belangen van inwoners van Lingehoven met een uitkering of een laag inkomen.
Volgens de Participatiewet moet de gemeente cliënten en hun vertegenwoordigers betrekken bij het beleid; de
Verordening cliëntenparticipatie geeft ons het recht om gevraagd en ongevraagd advies te geven. Dit advies is
ongevraagd. De aanleiding is dat het college in 2027 de armoederegelingen wil herzien, en dat wij van ouders steeds
vaker horen dat het kindpakket moeilijk te vinden en lastig aan te vragen is.</p>
<p>In augustus en september spraken we met 34 ouders: op de inloop van de voedselbank, bij de taalcafés in de
bibliotheek en op twee scholen. We stelden hen vier vragen:</p>
<ol><li>Kent u het kindpakket, en hoe hebt u ervan gehoord?</li>
<li>Wat ging er goed en wat ging er mis bij de aanvraag?</li>
<li>Waar geeft u het tegoed aan uit, en wat mist u?</li>
<li>Wanneer in het jaar zijn de kosten voor uw kinderen het hoogst?</li></ol>
<p>Daarnaast hadden we gesprekken met twee consulenten inkomensondersteuning en met de coördinator van het
Jeugdfonds Lingehoven.</p>

<h2>Wat wij zien en wat wij adviseren</h2>
<h3>Aanvragen</h3>
{f("Het bereik blijft achter.", "In 2025 maakten 612 kinderen gebruik van het kindpakket. Volgens de armoedemonitor "
   "groeien in Lingehoven ongeveer 1.150 kinderen op in een huishouden met een laag inkomen. Ruim vier op de tien "
   "kinderen die recht hebben op het kindpakket, krijgen het dus niet.")}
{f("Drie loketten, drie formulieren.", "Ouders moeten het kindpakket, de schoolkostenregeling en het Jeugdfonds "
   "apart aanvragen, steeds met dezelfde bewijsstukken. Meerdere ouders vertelden dat zij na het eerste formulier "
   "zijn afgehaakt.")}
{f("Maak één aanvraagformulier voor het kindpakket, de schoolkostenregeling en het Jeugdfonds.", "Eén formulier, "
   "digitaal én op papier, met één keer de bewijsstukken, maakt de drempel een stuk lager.", rec=True)}
{f("Ken het kindpakket automatisch toe aan gezinnen met een bijstandsuitkering.", "De gemeente kent hun inkomen en "
   "hun kinderen al. Laat deze gezinnen niet opnieuw aantonen dat zij recht hebben, maar stuur hun het tegoed "
   "zonder aanvraag toe.", rec=True)}
<h3>Wie komt in aanmerking</h3>
{f("De grens van 120 procent is krap.", "Werkende ouders met een klein contract of een laag zzp-inkomen vallen er "
   "vaak net buiten, terwijl hun kosten niet lager zijn. Veel buurgemeenten hanteren inmiddels een ruimere grens.")}
{f("Verhoog de inkomensgrens voor het kindpakket van 120 naar 130 procent van het sociaal minimum.", "Zo bereikt "
   "het kindpakket ook de werkende armen, een groep die nu bijna nergens recht op heeft.", rec=True)}
<h3>Wat het kindpakket biedt</h3>
{f("Schoolspullen zijn duurder geworden.", "In groep 7 en 8 en in de brugklas wordt steeds vaker met een laptop "
   "gewerkt. Ouders kunnen die niet betalen van het tegoed van € 150; sommige kinderen maken hun huiswerk op de "
   "telefoon van een ouder.")}
{f("Voeg een laptop toe aan het kindpakket voor kinderen vanaf groep 7.", "Een eenvoudige laptop, eventueel "
   "gebruikt en opgeknapt, voorkomt dat kinderen achterop raken.", rec=True)}
{f("Laat het sporttegoed ook gelden voor zwemles en muziekles buiten een vereniging.", "Nu kan het tegoed alleen "
   "via een vereniging worden besteed. Zwemles wordt in Lingehoven echter door een particuliere zwemschool gegeven, "
   "en muziekles vaak door een zelfstandige docent.", rec=True)}
{f("De kosten pieken in augustus.", "Ouders noemden vrijwel allemaal de weken voor het nieuwe schooljaar als de "
   "duurste periode van het jaar: schoolspullen, een fiets, sportkleding, een schoolreis.")}
{f("Betaal de schoolkostenvergoeding uit in augustus, vóór het begin van het schooljaar.", "Nu komt het geld pas in "
   "oktober, en moeten ouders de kosten voorschieten of een lening afsluiten.", rec=True)}
<h3>Blijven volgen</h3>
<p>In ons advies van 2023 over de bijzondere bijstand schreven wij: 'De gemeente moet aanvragen binnen vier weken
afhandelen.' Dat is gelukt: de gemiddelde doorlooptijd is nu negentien dagen. Het helpt als de gemeente laat zien
wat er met een regeling bereikt wordt.</p>
{f("Rapporteer elk jaar aan de gemeenteraad hoeveel kinderen het kindpakket bereikt.", "Vermeld daarbij ook het "
   "aandeel van alle kinderen in een huishouden met een laag inkomen, zodat zichtbaar wordt of het bereik groeit.",
   rec=True)}

<h2>Tot slot</h2>
<p>Wij vragen het college om binnen zes weken te reageren. Graag bespreken wij dit advies ook in ons periodiek overleg
met de wethouder Sociaal Domein.</p>
<p class="sign">Met vriendelijke groet,<br>namens de Cliëntenraad Werk en Inkomen Lingehoven,<br>Fatma Bakir,
voorzitter &nbsp;&nbsp;·&nbsp;&nbsp; Jan-Willem Kooijman, secretaris</p>
</body></html>""".replace("&nbsp;", " ")

ITEMS = [
    ("1", "Opening en mededelingen", [
        "De voorzitter opent om 14.00 uur en heet iedereen welkom, in het bijzonder de nieuwe beleidsadviseur "
        "armoede, de heer De Graaf.",
        "Mededeling van de wethouder: de energietoeslag over 2026 is aan 1.480 huishoudens uitbetaald, ruim 200 meer "
        "dan vorig jaar."]),
    ("2", "Verslag en actielijst van het overleg van 7 september 2026", [
        "Het verslag wordt ongewijzigd vastgesteld. Actiepunt 3 (de nieuwe folder over de bijzondere bijstand) is "
        "afgerond; actiepunt 5 blijft staan."]),
    ("3", "Ongevraagd advies Kindpakket (CR-WI 2026-04)", [
        "De wethouder bedankt de cliëntenraad voor het advies. Het komt volgens haar precies op het goede moment, "
        "omdat het college de armoederegelingen voor 2027 herziet. Het college heeft op 27 oktober een reactie "
        "vastgesteld, die de wethouder mondeling toelicht; de schriftelijke reactie volgt deze week.",
        "Over laptops is het college het met de cliëntenraad eens. Vanaf het schooljaar 2027-2028 krijgen kinderen "
        "vanaf groep 7 via het kindpakket een laptop, die na drie jaar hun eigendom wordt. De gemeente werkt "
        "daarvoor samen met een leerwerkbedrijf dat gebruikte laptops opknapt.",
        "Ook het advies over één formulier neemt het college over. Per 1 april 2027 is er één aanvraag voor de drie "
        "regelingen, digitaal en op papier. Mevrouw Bakir vraagt of het papieren formulier ook in de bibliotheek "
        "komt te liggen. De heer De Graaf zegt dat toe.",
        "Voor de inkomensgrens kiest het college voor een tussenweg: de grens gaat per 1 januari 2027 naar 125 "
        "procent van het sociaal minimum. Een grens van 130 procent kost volgens de berekening van de afdeling "
        "€ 210.000 per jaar extra, en daarvoor is in de begroting geen ruimte.",
        "Over het eerder uitbetalen van de schoolkostenvergoeding en het automatisch toekennen zegt de wethouder het "
        "volgende. De uitbetaling blijft in oktober, omdat de gemeente pas na de teldatum van 1 oktober zeker weet op "
        "welke school een kind staat ingeschreven; uitbetalen in augustus leidde in het verleden tot veel "
        "terugvorderingen. Daar gaat het college dus niet in mee. Automatisch toekennen vindt het college een "
        "sympathisch idee, maar eerst moet worden uitgezocht of de gemeente de gegevens uit de bijstand daarvoor "
        "mag gebruiken. De afdeling laat dat juridisch onderzoeken; de uitkomst verwacht de wethouder in de zomer "
        "van 2027.",
        "Tot slot mag het sporttegoed vanaf 1 januari 2027 ook worden besteed bij een zwemschool of een "
        "zelfstandige muziekdocent, mits die bij de gemeente staat geregistreerd.",
        "De heer Kooijman zegt namens de cliëntenraad blij te zijn met de reactie, maar betreurt de keuze over de "
        "uitbetaling. De cliëntenraad bespreekt de schriftelijke reactie in zijn vergadering van 16 november."]),
    ("4", "Rondvraag", [
        "De heer Verbeek vraagt naar de wachttijd bij de schuldhulpverlening. De wethouder meldt dat die sinds de "
        "zomer is gedaald van zeven naar vier weken.",
        "Mevrouw Oosterhuis vraagt of de cliëntenraad mag meepraten over de nieuwe website van de gemeente. Dat "
        "wordt toegezegd."]),
]
ACTS = [("5", "Overzicht kwijtschelding gemeentelijke belastingen 2026 naar de cliëntenraad", "R. de Graaf",
         "januari 2027"),
        ("8", "Uitnodiging voor de werksessie over de nieuwe website", "secretaris gemeente", "december 2026"),
        ("9", "Data van het periodiek overleg in 2027 vaststellen", "secretarissen", "november 2026")]


def minutes_html():
    out = []
    for n, t, paras in ITEMS:
        out.append(f'<div class="item"><div class="n">{n}.</div><div class="t">{t}</div></div>')
        out.append('<div class="ib">' + "".join(f"<p>{x}</p>" for x in paras) + "</div>")
    out.append('<div class="item"><div class="n">5.</div><div class="t">Actielijst</div></div>')
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in ACTS)
    out.append('<table class="acts"><tr><th>Nr.</th><th>Actie</th><th>Wie</th><th>Gereed</th></tr>' + rows
               + "</table>")
    out.append('<div class="item"><div class="n">6.</div><div class="t">Sluiting</div></div>')
    out.append('<div class="ib"><p>De voorzitter sluit het overleg om 15.40 uur. Het volgende overleg is op 11 januari '
               "2027.</p></div>")
    return "\n".join(out)


RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">{CSS}</head><body>
<div class="mhead"><div class="t">Verslag periodiek overleg</div>
<div class="s">Cliëntenraad Werk en Inkomen Lingehoven en de wethouder Sociaal Domein</div></div>
<table class="meta">
<tr><td class="k">Datum</td><td>2 november 2026, 14.00-15.40 uur, gemeentehuis, kamer 2.14</td></tr>
<tr><td class="k">Aanwezig</td><td>cliëntenraad: F. Bakir (voorzitter), J.W. Kooijman (secretaris), H. Verbeek,
A. Oosterhuis, M. el Idrissi; gemeente: wethouder C. Vermeulen-Aksoy, R. de Graaf (beleidsadviseur armoede)</td></tr>
<tr><td class="k">Verslag</td><td>S. Dijkhuizen</td></tr>
<tr><td class="k">Status</td><td>vastgesteld in het overleg van 11 januari 2027</td></tr></table>
{minutes_html()}
</body></html>"""


def expected():
    recs = [
        (1, "Maak één aanvraagformulier voor het kindpakket, de schoolkostenregeling en",
         "Per 1 april 2027 is er één aanvraag voor de drie regelingen", "agrees"),
        (2, "Ken het kindpakket automatisch toe aan gezinnen met een bijstandsuitkering.",
         "De afdeling laat dat juridisch onderzoeken", "noted"),
        (3, "Verhoog de inkomensgrens voor het kindpakket van 120 naar 130 procent",
         "de grens gaat per 1 januari 2027 naar 125 procent", "partly"),
        (4, "Voeg een laptop toe aan het kindpakket voor kinderen vanaf groep 7.",
         "die na drie jaar hun eigendom wordt", "agrees"),
        (5, "Laat het sporttegoed ook gelden voor zwemles en muziekles",
         "ook worden besteed bij een zwemschool of een zelfstandige muziekdocent", "agrees"),
        (6, "Betaal de schoolkostenvergoeding uit in augustus, vóór het begin van het schooljaar.",
         "Daar gaat het college dus niet in mee", "disagrees"),
        (7, "Rapporteer elk jaar aan de gemeenteraad hoeveel kinderen het kindpakket bereikt.", None, "unanswered"),
    ]
    unmatched = ["de energietoeslag over 2026 is aan 1.480 huishoudens uitbetaald",
                 "Het verslag wordt ongewijzigd vastgesteld. Actiepunt 3",
                 "wachttijd bij de schuldhulpverlening",
                 "Overzicht kwijtschelding gemeentelijke belastingen 2026 naar de cliëntenraad",
                 "De voorzitter sluit het overleg om 15.40 uur"]
    notes = ("Dutch municipal CLIËNTENRAAD WERK EN INKOMEN, ongevraagd advies CR-WI 2026-04 'Elk kind doet mee' on "
             "the Kindpakket (Chromium, 2 p., sans, plum rule and two-column head, floated 'Het kindpakket nu' box, "
             "stamped head from p. 2, 'pagina n/m'). Traps: the Participatiewet 'moet', the four questions put to "
             "parents as a NUMBERED list 1.-4., findings as paragraphs with BOLD DECLARATIVE LEAD-INS ('Het bereik "
             "blijft achter.', 'Drie loketten, drie formulieren.', 'De grens van 120 procent is krap.', "
             "'Schoolspullen zijn duurder geworden.', 'De kosten pieken in augustus.'), the 2023 advice quoted "
             "with 'moet' and realised. Recommendations: UNNUMBERED paragraphs whose BOLD IMPERATIVE LEAD-IN (in "
             "plum) is the recommendation, spread over four sub-headings (Aanvragen: 1-2; Wie komt in aanmerking: "
             "3; Wat het kindpakket biedt: 4-6; Blijven volgen: 7); expected 1-7 in order. Response: the VERSLAG "
             "(minutes) of the periodiek overleg with the wethouder, agenda items 1.-6.; all answers under item 3, "
             "by content only, in the order 4, 1, 3, 6+2, 5: 4 agrees (laptop from groep 7 from school year "
             "2027-2028); 1 agrees ('neemt het college over', one form from 1 April 2027, a member's question about "
             "the library inside it); 3 partly (125 instead of 130 procent); one paragraph on 6 and 2 = 6 "
             "disagrees (payment stays in October, 'Daar gaat het college dus niet in mee') + 2 noted (sympathetic, "
             "legal study, result summer 2027); 5 agrees (zwemschool and zelfstandige muziekdocent from 1 January "
             "2027); 7 (yearly report to the raad) unanswered. Items 1 (energietoeslag figures), 2 ('Actiepunt 3', "
             "'actiepunt 5'), 4 Rondvraag (schuldhulp waiting time), 5 Actielijst (Nr. 5, 8, 9) and 6 Sluiting, and "
             "the cliëntenraad's own reaction closing item 3, answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Cliëntenraad Werk en Inkomen Lingehoven - ongevraagd advies CR-WI 2026-04 "
            "'Elk kind doet mee'", "pagina {n}/{m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Verslag periodiek overleg cliëntenraad Werk en Inkomen - wethouder Sociaal "
            "Domein - 2 november 2026", "pagina {n}/{m}", F["Regular"])
    expected()
