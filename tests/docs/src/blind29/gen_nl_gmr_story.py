"""Round 29 (nl): advice of the gemeenschappelijke medezeggenschapsraad (GMR, art. 11 WMS) of an invented
primary-school board, Stichting Openbaar Onderwijs Waardlanden, on its draft strategic plan 2026-2030. Numbered
'Conclusies' 1-4 and a WMS article list come first; the six recommendations are Roman I-VI in a two-column table
(numeral in a coloured cell on the left, bold text right), each followed by an unbolded explanation. Response: the
College van Bestuur's reactie as a memo with a three-column table 'Advies GMR | Reactie College van Bestuur |
Aanpassing plan' that runs over a page break, rows in the order Algemeen, II, I, IV, 'III en V', VI, paraphrasing
the advice (never quoting); 'Algemeen' answers nothing. Engine: PyMuPDF Story (DejaVu copies without GSUB, so no
ligatures; header and 'pagina N' stamped after layout)."""
import os
import sys

import pymupdf

sys.path.insert(0, os.path.dirname(__file__))
import _b29nl as B  # noqa: E402

NAME = "blind29_nl_gmr"
SYS = "/usr/share/fonts/truetype/dejavu/"
FD = "/tmp/b29nl_fonts/"
FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")


def nolig_fonts():
    from fontTools.ttLib import TTFont
    os.makedirs(FD, exist_ok=True)
    for f in FILES:
        font = TTFont(SYS + f)
        if "GSUB" in font:
            del font["GSUB"]
        font.save(FD + f)


CSS = """
@font-face { font-family: DV; src: url(DejaVuSans.ttf); }
@font-face { font-family: DV; src: url(DejaVuSans-Bold.ttf); font-weight: bold; }
@font-face { font-family: DV; src: url(DejaVuSans-Oblique.ttf); font-style: italic; }
body { font-family: DV; font-size: 9.3pt; line-height: 1.4; }
p { margin: 0 0 5pt 0; }
h1 { font-weight: bold; font-size: 16pt; margin: 4pt 0 6pt 0; color: #0b5d7a; }
h2 { font-weight: bold; font-size: 11pt; margin: 10pt 0 4pt 0; color: #0b5d7a; }
td { font-size: 8.8pt; padding: 3pt 5pt 3pt 5pt; vertical-align: top; }
th { font-size: 8.8pt; padding: 3pt 5pt 3pt 5pt; text-align: left; background-color: #d6e9f0; }
.num { background-color: #0b5d7a; color: #ffffff; font-weight: bold; font-size: 12pt; text-align: center; }
.meta { font-size: 8pt; color: #444444; }
ol, ul { margin: 0 0 4pt 0; }
li { margin: 0 0 3pt 0; }
"""


def render(fname, html, head, title):
    story = pymupdf.Story(html=html, user_css=CSS, archive=pymupdf.Archive(FD))
    w = pymupdf.DocumentWriter(B.out(fname))
    rect = pymupdf.paper_rect("a4")
    where = rect + (60, 66, -60, -60)
    more = 1
    while more:
        dev = w.begin_page(rect)
        more, _ = story.place(where)
        story.draw(dev)
        w.end_page()
    w.close()
    doc = pymupdf.open(B.out(fname))
    for i, pg in enumerate(doc):
        pg.insert_font(fontname="dv", fontfile=FD + "DejaVuSans.ttf")
        pg.draw_line((60, 48), (535, 48), color=(0.04, 0.36, 0.48), width=0.8)
        pg.insert_text((60, 44), head, fontsize=7.5, fontname="dv", color=(0.3, 0.3, 0.3))
        t = f"pagina {i + 1}"
        pg.insert_text((535 - pymupdf.get_text_length(t, "helv", 7.5), 812), t, fontsize=7.5, fontname="dv")
    doc.set_metadata({"title": title, "producer": "PyMuPDF Story", "creationDate": "", "modDate": ""})
    doc.subset_fonts()
    tmp = B.out(fname) + ".tmp"
    doc.save(tmp, garbage=3, deflate=True, no_new_id=True)
    doc.close()
    os.replace(tmp, B.out(fname))


def rec(num, bold, expl):
    return (f'<table width="100%" style="margin-bottom:6pt"><tr><td class="num" width="9%">{num}</td>'
            f'<td style="background-color:#eef5f8"><b>{bold}</b><br/>{expl}</td></tr></table>')


ADVICE = f"""
<p class="meta">Gemeenschappelijke medezeggenschapsraad Stichting Openbaar Onderwijs Waardlanden<br/>
Aan: het College van Bestuur &#183; Datum: 21 oktober 2025 &#183; Kenmerk: GMR-2025-014</p>
<h1>Advies over het concept-strategisch beleidsplan &#8216;Samen wijzer 2026-2030&#8217;</h1>
<p>Op 2 september 2025 vroeg het College van Bestuur (CvB) de GMR om advies over het concept-strategisch
beleidsplan. De GMR heeft op grond van artikel 11, onder a, van de Wet medezeggenschap op scholen (WMS) adviesrecht
over de vaststelling of wijziging van de hoofdlijnen van het meerjarig financieel beleid en over het
onderwijskundig beleid. Het plan geldt voor de zeventien scholen van de stichting.</p>
<h2>1. Hoe wij tot dit advies kwamen</h2>
<p>De GMR besprak het plan in twee vergaderingen, met een delegatie van het CvB op 30 september. Wij vroegen de
medezeggenschapsraden (MR'en) van alle scholen om een reactie; twaalf MR'en reageerden. Ook spraken wij met de
directeurenraad.</p>
<h2>2. Conclusies</h2>
<ol>
<li>Het plan is helder geschreven en de vier ambities worden breed gedragen.</li>
<li>De financiële paragraaf ontbreekt grotendeels; de GMR kan de haalbaarheid daardoor slecht beoordelen.</li>
<li>De werkdruk van leraren komt in het plan alleen zijdelings aan bod.</li>
<li>Ouders en leerlingen zijn bij de totstandkoming nauwelijks betrokken.</li>
</ol>
<h2>3. Ons advies</h2>
<p>De GMR adviseert positief over de hoofdlijnen van het plan, met de volgende zes aanbevelingen.</p>
{rec("I", "Voeg een meerjarenraming toe waaruit blijkt hoe elke ambitie van het plan wordt bekostigd.",
     "Zonder cijfers kunnen MR'en en GMR het plan niet aan de begroting toetsen.")}
{rec("II", "Schrap het voornemen om de kleine scholen in Ouderkerk en Lexmond te laten fuseren.",
     "Het plan noemt die fusie als uitgangspunt, terwijl er nog geen fusie-effectrapportage is gemaakt.")}
{rec("III", "Reserveer per school een vast aantal uren per week voor overleg over werkdruk.",
     "Leraren noemen de werkdruk het grootste knelpunt; het plan geeft hiervoor geen concrete maatregel.")}
{rec("IV", "Laat elke MR zelf bepalen hoe de ouderbetrokkenheid op de eigen school wordt georganiseerd.",
     "Het plan schrijft een stichtingsbrede ouderpanelstructuur voor, terwijl scholen heel verschillend zijn.")}
{rec("V", "Betrek leerlingen van groep 7 en 8 bij de jaarlijkse evaluatie van het plan.",
     "Leerlingen zijn ervaringsdeskundigen; op drie scholen bestaat al een leerlingenraad.")}
{rec("VI", "Bespreek de voortgang van het plan ieder half jaar met de GMR aan de hand van een voortgangsrapportage.",
     "Zo kan de GMR haar rol als gesprekspartner waarmaken.")}
<h2>4. Tot slot</h2>
<p>De GMR verzoekt het CvB om, zoals het medezeggenschapsreglement voorschrijft (artikel 14), binnen zes weken
schriftelijk te reageren en daarbij aan te geven welke aanbevelingen worden overgenomen.</p>
<p>Namens de GMR,<br/>K. van Rijswijk-Adema, voorzitter<br/>S. Öztürk, secretaris</p>
"""

ROWS = [
    ("Algemeen", "Het CvB dankt de GMR en de MR'en voor de zorgvuldige bespreking. De reactie is besproken in de "
     "directeurenraad van 11 november 2025. Het plan wordt op 9 december door de raad van toezicht goedgekeurd.",
     "n.v.t."),
    ("II Fusie kleine scholen", "Het CvB neemt dit advies niet over. De leerlingaantallen in Ouderkerk en Lexmond "
     "dalen al vijf jaar; zonder samenvoeging dreigt een van beide scholen onder de opheffingsnorm te komen. "
     "De fusie-effectrapportage wordt in 2026 opgesteld, maar het voornemen blijft in het plan staan.",
     "Geen; wel een voetnoot over de fusietoets."),
    ("I Meerjarenraming", "Het CvB neemt dit advies over. Een raming per ambitie wordt als bijlage 3 aan het plan "
     "toegevoegd en ieder jaar met de begroting geactualiseerd.", "Bijlage 3 toegevoegd."),
    ("IV Ouderbetrokkenheid", "Het CvB neemt kennis van dit advies. De wijze waarop ouders worden betrokken is een "
     "onderwerp dat met de MR'en in het kader van het schoolplan nader wordt uitgewerkt; het CvB neemt daar "
     "nu geen standpunt over in.", "Geen."),
    ("III en V Werkdruk en leerlingen", "Over de werkdruk: het CvB erkent het knelpunt, maar een vast aantal uren "
     "per school past niet bij de verschillen tussen scholen. Elke school krijgt wel werkdrukmiddelen waarover "
     "het team zelf beslist, met een minimum van twee overlegmomenten per maand. Over de leerlingen: dat doen wij "
     "al op de drie scholen met een leerlingenraad, en vanaf schooljaar 2026-2027 op alle scholen.",
     "Paragraaf 4.2 en 5.1 aangepast."),
    ("VI Voortgang", "Het CvB onderschrijft de strekking van dit advies. In plaats van een aparte halfjaarlijkse "
     "rapportage wordt de voortgang opgenomen in het jaarverslag en in de bestuursrapportage van juni, die "
     "beide met de GMR worden besproken.", "Paragraaf 6 aangepast."),
]


def response_html():
    rows = "".join(f"<tr><td width='22%'><b>{a}</b></td><td>{b}</td><td width='20%'>{c}</td></tr>" for a, b, c in ROWS)
    intro = ("<p>Het plan &#8216;Samen wijzer 2026-2030&#8217; is in de afgelopen maanden met veel betrokkenen "
             "besproken: met de directeuren in drie studiemiddagen, met leraren in een digitale peiling (ruim 400 "
             "respondenten) en met de raad van toezicht in zijn vergadering van september. Het advies van de GMR "
             "is de laatste stap in dit traject. In deze memo leest u per onderdeel hoe het CvB met het advies "
             "omgaat en welke aanpassingen in het plan zijn aangebracht. De volgorde van de tabel volgt de "
             "bespreking in de directeurenraad, niet de nummering van het advies.</p>"
             "<p>In de tabel hieronder geeft de linkerkolom het onderwerp en het nummer van het advies, de middelste "
             "kolom de reactie van het CvB en de rechterkolom de wijziging in het plan. Waar het CvB een advies "
             "niet of niet volledig volgt, geeft het de redenen, zoals artikel 14 van het medezeggenschapsreglement "
             "vraagt.</p>")
    return f"""
<p class="meta">Stichting Openbaar Onderwijs Waardlanden &#183; College van Bestuur</p>
<h1>Memo: reactie op het GMR-advies over &#8216;Samen wijzer 2026-2030&#8217;</h1>
<table width="100%" style="margin-bottom:8pt">
<tr><td width="22%"><b>Aan</b></td><td>Gemeenschappelijke medezeggenschapsraad</td></tr>
<tr><td><b>Van</b></td><td>drs. E.J. Blankevoort, voorzitter College van Bestuur</td></tr>
<tr><td><b>Datum</b></td><td>25 november 2025</td></tr>
<tr><td><b>Kenmerk</b></td><td>CvB-2025-188 (uw kenmerk GMR-2025-014)</td></tr>
</table>
{intro}
<h2>Achtergrond</h2>
<p>Het huidige strategisch beleidsplan loopt af op 31 juli 2026. Het nieuwe plan beschrijft vier ambities: sterk
basisonderwijs, kansengelijkheid, duurzame inzetbaarheid van personeel en samenwerking in de wijk. Sinds de
adviesaanvraag is de tekst op onderdelen aangepast na de peiling onder leraren; die wijzigingen staan los van het
GMR-advies en zijn in een apart overzicht aan de directeuren gestuurd. De begroting 2026 en de meerjarenbegroting
worden in december aan de raad van toezicht voorgelegd.</p>
<p>Het CvB heeft het advies besproken in zijn vergadering van 4 november en daarna in de directeurenraad. In beide
vergaderingen is ook gekeken naar de gevolgen van elke aanbeveling voor de planning en de begroting.</p>
<h2>Reactie per onderdeel</h2>
<table width="100%" border="1" style="border-collapse:collapse">
<tr><th>Advies GMR</th><th>Reactie College van Bestuur</th><th>Aanpassing plan</th></tr>
{rows}
</table>
<p style="margin-top:8pt">Het CvB hoopt dat de GMR hiermee voldoende is geïnformeerd en is graag bereid de reactie
in de vergadering van 2 december toe te lichten.</p>
"""


RECS = [
    ("I", "Voeg een meerjarenraming toe waaruit blijkt hoe elke ambitie", "Een raming per ambitie wordt als bijlage "
     "3", "agrees"),
    ("II", "Schrap het voornemen om de kleine scholen in Ouderkerk en", "de leerlingaantallen in Ouderkerk en "
     "Lexmond dalen al", "disagrees"),
    ("III", "Reserveer per school een vast aantal uren per week voor", "met een minimum van twee overlegmomenten per "
     "maand", "partly"),
    ("IV", "Laat elke MR zelf bepalen hoe de ouderbetrokkenheid op de", "het CvB neemt daar nu geen standpunt over in",
     "noted"),
    ("V", "Betrek leerlingen van groep 7 en 8 bij de jaarlijkse", "vanaf schooljaar 2026-2027 op alle scholen",
     "agrees"),
    ("VI", "Bespreek de voortgang van het plan ieder half jaar met", "In plaats van een aparte halfjaarlijkse "
     "rapportage", "partly", ["agrees"]),
]
UNMATCHED = ["besproken in de directeurenraad van 11 november 2025"]
NOTES = ("GMR (WMS) advice on a school board's strategic plan (PyMuPDF Story; stamped running header and 'pagina N'): "
         "numbered 'Conclusies' 1.-4. (an HTML ordered list) before 'Ons advies', then six recommendations I-VI in "
         "two-cell tables (white numeral in a coloured cell, bold text, plain explanation); WMS article references "
         "and a request to answer within six weeks are no recommendations. Response: the CvB's memo (Aan/Van/Datum/"
         "Kenmerk table), two intro paragraphs and an 'Achtergrond' section that answer nothing, then a ruled "
         "three-column table that runs over the page break, rows by subject in the order Algemeen, II, I, IV, "
         "'III en V', VI with the numeral only in the first cell; only paraphrase, never a quote. II 'neemt dit "
         "advies niet over' (disagrees); I 'neemt dit advies over' (agrees); IV 'neemt kennis ... geen standpunt' "
         "(noted); the 'III en V' row holds two verdicts (III: no fixed hours but team budget and two meetings a "
         "month = partly; V: already on three schools, all from 2026-2027 = agrees); VI 'onderschrijft de "
         "strekking' but via the annual report instead of a half-yearly report (partly, also agrees). The "
         "'Algemeen' row answers nothing.")

if __name__ == "__main__":
    nolig_fonts()
    render(NAME + "_advice.pdf", ADVICE, "GMR Stichting Openbaar Onderwijs Waardlanden \u00b7 advies GMR-2025-014",
           "Advies GMR strategisch beleidsplan")
    render(NAME + "_response.pdf", response_html(), "College van Bestuur \u00b7 memo CvB-2025-188",
           "Reactie CvB op GMR-advies")
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)
