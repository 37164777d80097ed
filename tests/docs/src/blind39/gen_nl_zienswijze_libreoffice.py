"""Round 39 (nl, municipality and joint arrangement): the (invented) ZIENSWIJZE of the gemeenteraad of Haverdonk
on the ontwerpbegroting 2027 of the gemeenschappelijke regeling Omgevingsdienst Kroondal (art. 35, derde lid, Wet
gemeenschappelijke regelingen), answered in the 'Nota van beantwoording zienswijzen' that the dagelijks bestuur
puts before the algemeen bestuur, a table covering the zienswijzen of ALL participating municipalities. Advice: A4,
the raadsbesluit on page 1 (numbered beslispunten 1.-3. that are not recommendations, considerations with
'Gelet op'), then the zienswijzebrief of the raad (signed by voorzitter and griffier) with numbered subject
headings, a table of the municipal contribution, a paragraph of praise and a finding with 'moet'; six UNNUMBERED
recommendations as sentences 'Wij verzoeken u ...' / 'Wij vragen u ...' inside running paragraphs. Response: a
ruled table 'Nr. | Gemeente | Zienswijze (samengevat) | Reactie dagelijks bestuur | Aanpassing' with rows for
Haverdonk, Lindewaard and Oosterbroek in the DB's own order: H1 covers indexation (3,6 instead of 3,2 percent:
partly) and the asbestos staff (disagrees) in one cell; reserve (agrees); reporting per municipality (agrees);
risk paragraph (noted); the early kaderbrief is unanswered; the Haverdonk praise row and the other municipalities'
rows answer no recommendation. Engine: LibreOffice Writer headless from HTML (ligature-free DejaVu copies),
header and page numbers stamped with PyMuPDF.

Run: /tmp/blind39nl/bin/python tests/docs/src/blind39/gen_nl_zienswijze_libreoffice.py (needs soffice)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b39nl as B  # noqa: E402

NAME = "blind39_nl_zienswijze"
F = B.nolig_fonts()

CSS = """<style>
@page { size: 21cm 29.7cm; margin: 2.4cm 2.2cm 2.0cm 2.2cm; }
body { font-family: 'B39NL Sans'; font-size: 9.5pt; }
h1 { font-family: 'B39NL Sans'; font-size: 15pt; color: #2a5d34; margin-bottom: 4pt; }
h2 { font-family: 'B39NL Sans'; font-size: 11pt; color: #2a5d34; margin-top: 10pt; margin-bottom: 3pt; }
h3 { font-family: 'B39NL Sans'; font-size: 9.8pt; margin-top: 7pt; margin-bottom: 2pt; }
p { margin-top: 0; margin-bottom: 5pt; text-align: justify; }
td, th { font-family: 'B39NL Sans'; font-size: 8.2pt; vertical-align: top; }
th { background: #2a5d34; color: #ffffff; text-align: left; }
.small { font-size: 8pt; color: #555555; text-align: left; }
.l { text-align: left; }
</style>"""


SIG = ("<table border='0' cellpadding='2' cellspacing='0' width='100%'><tr><td width='50%'><p class='l'>{a}<br/>"
       "drs. P.A. Scheepens</p></td><td width='50%'><p class='l'>{b}<br/>mr. C.J. Wolters-Bakker</p></td></tr>"
       "</table>")


def tbl(head, rows, widths):
    h = ["<table border='1' cellpadding='3' cellspacing='0' width='100%'><tr>"]
    h += [f"<th width='{w}%'>{c}</th>" for c, w in zip(head, widths)]
    h.append("</tr>")
    for r in rows:
        h.append("<tr>" + "".join(f"<td width='{w}%' valign='top'><p class='l'>{c}</p></td>" for c, w in zip(r, widths))
                 + "</tr>")
    h.append("</table><p></p>")
    return "".join(h)


def advice():
    h = ["<!doctype html><html lang='nl'><head><meta charset='utf-8'>", CSS, "</head><body>"]
    h.append("<p class='small'><b>GEMEENTERAAD HAVERDONK</b><br/>Raadsbesluit nr. 2026-041 | vergadering van 23 "
             "april 2026 | agendapunt 9</p>"
             "<h1>Zienswijze ontwerpbegroting 2027 Omgevingsdienst Kroondal</h1>"
             "<p>De raad van de gemeente Haverdonk;</p>"
             "<p>gelezen het voorstel van burgemeester en wethouders van 24 maart 2026, nr. 2026-0318;</p>"
             "<p>overwegende dat het dagelijks bestuur van de Omgevingsdienst Kroondal de ontwerpbegroting 2027 en "
             "de meerjarenraming 2028-2030 op 12 februari 2026 aan de raad heeft toegezonden;</p>"
             "<p>overwegende dat de gemeentelijke bijdrage aan de omgevingsdienst volgens de ontwerpbegroting "
             "stijgt met 9,4 procent, terwijl de kaderbrief 2027 uitging van 3,2 procent;</p>"
             "<p>gelet op artikel 35, derde lid, van de Wet gemeenschappelijke regelingen en artikel 26 van de "
             "Gemeenschappelijke regeling Omgevingsdienst Kroondal;</p>"
             "<p><b>besluit:</b></p>"
             "<p>1. kennis te nemen van de ontwerpbegroting 2027 en de meerjarenraming 2028-2030 van de "
             "Omgevingsdienst Kroondal;</p>"
             "<p>2. over de ontwerpbegroting de zienswijze naar voren te brengen die is verwoord in de bij dit "
             "besluit behorende brief aan het algemeen bestuur;</p>"
             "<p>3. de gevolgen van de ontwerpbegroting te verwerken in de eerste begrotingswijziging 2027 van de "
             "gemeente Haverdonk.</p>"
             "<p>Aldus besloten in de openbare vergadering van 23 april 2026.</p>"
             + SIG.format(a="De griffier,", b="De voorzitter,"))
    h.append("<p class='small' style='page-break-before: always'><b>GEMEENTERAAD HAVERDONK</b><br/>Postbus 45, "
             "5420 AA Haverdonk</p>"
             "<p class='l'>Aan het algemeen bestuur van de Omgevingsdienst Kroondal<br/>Postbus 1190<br/>5200 BD "
             "Kroonstad</p>"
             "<table border='0' cellpadding='1' cellspacing='0' width='100%'>"
             "<tr><td width='22%'><p class='small'>Datum</p></td><td><p class='l'>24 april 2026</p></td></tr>"
             "<tr><td><p class='small'>Ons kenmerk</p></td><td><p class='l'>RG/2026/0211</p></td></tr>"
             "<tr><td><p class='small'>Onderwerp</p></td><td><p class='l'><b>Zienswijze ontwerpbegroting 2027"
             "</b></p></td></tr></table><p></p>"
             "<p>Geacht algemeen bestuur,</p>"
             "<p>In zijn vergadering van 23 april 2026 heeft de raad van de gemeente Haverdonk uw ontwerpbegroting "
             "2027 besproken. Met deze brief brengen wij, op grond van artikel 35, derde lid, van de Wet "
             "gemeenschappelijke regelingen, onze zienswijze naar voren.</p>"
             "<h2>1. Algemeen</h2>"
             "<p>De raad waardeert de inzet van de omgevingsdienst. Sinds de invoering van de Omgevingswet worden "
             "vergunningen in onze gemeente gemiddeld binnen zes weken verleend, en de samenwerking met de "
             "ambtenaren van Haverdonk is goed. Die waardering spreken wij graag uit.</p>"
             "<h2>2. De gemeentelijke bijdrage</h2>"
             "<p>De bijdrage van Haverdonk stijgt volgens de ontwerpbegroting fors:</p>"
             + tbl(["Bijdrage Haverdonk", "2025 (rekening)", "2026 (begroting)", "2027 (ontwerp)"],
                   [["Basistaken", "€ 1.412.000", "€ 1.468.000", "€ 1.561.000"],
                    ["Plustaken (werkprogramma)", "€ 388.000", "€ 402.000", "€ 447.000"],
                    ["Totaal", "€ 1.800.000", "€ 1.870.000", "€ 2.008.000"]], [40, 20, 20, 20])
             + "<p>Een stijging van 9,4 procent in één jaar is voor onze gemeente niet op te vangen zonder "
             "bezuinigingen elders. In de kaderbrief 2027 van november 2025 ging u nog uit van een indexatie van "
             "3,2 procent. Wij verzoeken u de indexatie van de gemeentelijke bijdragen te beperken tot de in de "
             "kaderbrief 2027 genoemde 3,2 procent. Een groot deel van de stijging komt verder voort uit de "
             "uitbreiding met 4 fte voor toezicht op asbest. Wij vragen u de extra formatie van 4 fte voor "
             "asbesttoezicht te dekken binnen de bestaande begroting, bijvoorbeeld door de inhuur van externen "
             "terug te dringen.</p>"
             "<h2>3. Weerstandsvermogen en reserves</h2>"
             "<p>De algemene reserve van de omgevingsdienst bedraagt eind 2025 naar verwachting € 3,1 miljoen, "
             "ruim 9 procent van de begrotingsomvang. In de nota weerstandsvermogen staat dat de reserve maximaal 5 "
             "procent moet zijn. Wij verzoeken u de algemene reserve te maximeren op 5 procent van de "
             "begrotingsomvang en het meerdere naar rato terug te storten naar de deelnemende gemeenten.</p>"
             "<h2>4. Sturing en verantwoording</h2>"
             "<p>De raad kan nu niet zien hoeveel uren de omgevingsdienst werkelijk voor Haverdonk maakt. Wij "
             "vragen u in de jaarrekening per gemeente te rapporteren over de werkelijk bestede uren ten opzichte "
             "van het werkprogramma. Daarnaast mist de raad in de paragraaf risicobeheersing de financiële "
             "gevolgen van de overdracht van de bodemtaken door de provincie. Wij verzoeken u de risicoparagraaf "
             "aan te vullen met een kwantificering van de risico's van de bodemtaken.</p>"
             "<h2>5. Planning- en controlcyclus</h2>"
             "<p>De kaderbrief bereikte de raad dit jaar pas in november, toen onze eigen begroting al was "
             "vastgesteld. Wij vragen u de raden de kaderbrief voortaan uiterlijk 1 maart toe te sturen, zodat "
             "wij die kunnen betrekken bij onze voorjaarsnota.</p>"
             "<p>Wij vertrouwen erop dat u onze zienswijze betrekt bij de vaststelling van de begroting 2027 en "
             "zien uw reactie met belangstelling tegemoet.</p>"
             "<p>Hoogachtend,<br/>de raad van de gemeente Haverdonk,</p>"
             + SIG.format(a="de griffier,", b="de voorzitter,"))
    h.append("</body></html>")
    B.soffice_pdf("".join(h), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Gemeente Haverdonk | Raadsbesluit 2026-041 | Zienswijze ontwerpbegroting 2027 "
            "ODK", "pagina {n} van {m}", F["Regular"], skip_first=False)


def response():
    h = ["<!doctype html><html lang='nl'><head><meta charset='utf-8'>", CSS, "</head><body>"]
    h.append("<p class='small'><b>OMGEVINGSDIENST KROONDAL</b> | vergadering algemeen bestuur 2 juli 2026 | "
             "agendapunt 5b | bijlage 2</p>"
             "<h1>Nota van beantwoording zienswijzen ontwerpbegroting 2027</h1>"
             "<h2>1. Inleiding</h2>"
             "<p>Het dagelijks bestuur heeft de ontwerpbegroting 2027 op 12 februari 2026 aan de raden van de "
             "negen deelnemende gemeenten en aan Provinciale Staten gezonden. Zes raden en Provinciale Staten "
             "hebben een zienswijze ingediend; drie raden hebben laten weten geen zienswijze in te dienen. In deze "
             "nota geeft het dagelijks bestuur per zienswijze zijn reactie en het voorstel aan het algemeen "
             "bestuur. Zienswijzen over hetzelfde onderwerp zijn zoveel mogelijk samen behandeld; de volledige "
             "brieven zijn als bijlagen 3 tot en met 9 bijgevoegd.</p>"
             "<h2>2. Hoofdlijnen</h2>"
             "<p>Vrijwel alle zienswijzen gaan over de stijging van de bijdragen. Het dagelijks bestuur begrijpt "
             "die zorg, maar wijst erop dat de stijging voor een groot deel voortkomt uit de cao-ontwikkeling en "
             "uit wettelijke taken die de omgevingsdienst niet kan weigeren. Het dagelijks bestuur stelt het "
             "algemeen bestuur voor de begroting op een beperkt aantal punten aan te passen (kolom "
             "'Aanpassing').</p>"
             "<h2>3. Zienswijzen en reactie</h2>")
    rows = [
        ["H1", "Haverdonk", "Beperk de indexatie tot 3,2 procent uit de kaderbrief; dek de 4 fte "
         "asbesttoezicht binnen de bestaande begroting.",
         "Het dagelijks bestuur past de indexatie aan naar 3,6 procent, gelijk aan de loon- en prijsontwikkeling "
         "van het CPB voor 2027; 3,2 procent is niet meer toereikend. De uitbreiding voor asbesttoezicht blijft "
         "gehandhaafd: het gaat om een wettelijke taak die per 1 januari 2027 van de provincie overkomt en die "
         "niet binnen de bestaande formatie kan worden uitgevoerd.", "Ja, indexatie"],
        ["L1", "Lindewaard", "De gemeente wil de plustaken voor bouwtoezicht vanaf 2027 zelf uitvoeren.",
         "Uittreden uit plustaken kan volgens artikel 9 van de regeling met een opzegtermijn van twee jaar, dus "
         "per 1 januari 2029. Het dagelijks bestuur gaat hierover met Lindewaard in gesprek.", "Nee"],
        ["H2", "Haverdonk", "Maximeer de algemene reserve op 5 procent en stort het meerdere terug.",
         "Het dagelijks bestuur neemt deze zienswijze over. Bij de jaarrekening 2025 wordt het bedrag boven 5 "
         "procent, naar verwachting € 1,4 miljoen, naar rato van de bijdragen aan de gemeenten "
         "teruggestort.", "Ja"],
        ["O1", "Oosterbroek", "Zorg voor een betere bereikbaarheid van het klantcontactcentrum.",
         "Vanaf september 2026 is het klantcontactcentrum ook op dinsdagavond bereikbaar.", "Nee"],
        ["H3", "Haverdonk", "Rapporteer per gemeente over bestede uren ten opzichte van het werkprogramma.",
         "Akkoord. Vanaf de jaarrekening 2026 bevat de jaarrekening een bijlage met de bestede uren per "
         "deelnemer, uitgesplitst naar basistaken en plustaken.", "Ja"],
        ["H4", "Haverdonk", "Vul de risicoparagraaf aan met de risico's van de bodemtaken.",
         "De financiële omvang van de bodemtaken is pas bekend na de overdrachtsovereenkomst met de provincie. "
         "Het dagelijks bestuur neemt dit punt mee bij het opstellen van de kadernota 2028 en informeert de raden "
         "zodra de overeenkomst is gesloten.", "Nee"],
        ["H5", "Haverdonk", "Waardering voor de snelle vergunningverlening en de samenwerking.",
         "Het dagelijks bestuur dankt de raad van Haverdonk voor deze waardering en zal die aan de medewerkers "
         "overbrengen.", "Nee"],
        ["P1", "Provinciale Staten", "Leg de verdeling van de kosten van de bodemtaken vast vóór de overdracht.",
         "Het dagelijks bestuur stelt samen met Gedeputeerde Staten een verdeelsleutel op, die in de "
         "vergadering van het algemeen bestuur van oktober wordt voorgelegd.", "Nee"],
    ]
    h.append(tbl(["Nr.", "Gemeente", "Zienswijze (samengevat)", "Reactie dagelijks bestuur", "Aanpassing"], rows,
                 [6, 13, 27, 43, 11]))
    h.append("<h2>4. Financiële gevolgen</h2>"
             "<p>Door de verlaging van de indexatie van 4,1 naar 3,6 procent dalen de bijdragen van de deelnemers "
             "in 2027 met in totaal € 312.000. Het dagelijks bestuur dekt dit door de post onvoorzien te verlagen. "
             "De terugstorting uit de algemene reserve heeft geen gevolgen voor de begroting 2027.</p>"
             "<h2>5. Voorstel</h2>"
             "<p>Het dagelijks bestuur stelt het algemeen bestuur voor:</p>"
             "<p>1. kennis te nemen van de ingediende zienswijzen en van deze nota van beantwoording;<br/>"
             "2. de begroting 2027 vast te stellen met de wijzigingen uit kolom 'Aanpassing';<br/>"
             "3. de raden en Provinciale Staten een afschrift van deze nota te sturen.</p>")
    h.append("</body></html>")
    B.soffice_pdf("".join(h), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Omgevingsdienst Kroondal | AB 2 juli 2026 | agendapunt 5b, bijlage 2",
            "{n}/{m}", F["Regular"])


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("1", "Wij verzoeken u de indexatie van de gemeentelijke bijdragen te beperken",
         "past de indexatie aan naar 3,6 procent", "partly"),
        ("2", "Wij vragen u de extra formatie van 4 fte voor asbesttoezicht",
         "De uitbreiding voor asbesttoezicht blijft gehandhaafd", "disagrees"),
        ("3", "Wij verzoeken u de algemene reserve te maximeren op 5 procent",
         "Het dagelijks bestuur neemt deze zienswijze over", "agrees"),
        ("4", "Wij vragen u in de jaarrekening per gemeente te rapporteren over",
         "bevat de jaarrekening een bijlage met de bestede uren", "agrees"),
        ("5", "Wij verzoeken u de risicoparagraaf aan te vullen met een kwantificering",
         "neemt dit punt mee bij het opstellen van de kadernota 2028", "noted"),
        ("6", "Wij vragen u de raden de kaderbrief voortaan uiterlijk 1 maart",
         None, "unanswered"),
    ]
    unmatched = ["dankt de raad van Haverdonk voor deze waardering",
                 "Vanaf september 2026 is het klantcontactcentrum ook op dinsdagavond bereikbaar"]
    notes = ("Zienswijze of a gemeenteraad on the draft budget of a joint arrangement (Wgr art. 35): page 1 the "
             "raadsbesluit (beslispunten 1.-3. are decisions, not recommendations); then the raad's letter with "
             "numbered subject headings 1.-5., a contribution table, praise in '1. Algemeen' and six unnumbered "
             "'Wij verzoeken u ...' / 'Wij vragen u ...' sentences inside running paragraphs (numbered 1-6 in "
             "order). Reply: the DB's nota van beantwoording, a table with rows per municipality in its own codes "
             "(H1-H5 Haverdonk, L1 Lindewaard, O1 Oosterbroek, P1 Provinciale Staten): H1 answers 1 (3,6 instead of "
             "3,2 percent: partly) and 2 (asbestos staff 'blijft gehandhaafd': disagrees) in one cell; H2 = 3 "
             "('neemt deze zienswijze over': agrees); H3 = 4 ('Akkoord', from the jaarrekening 2026: agrees); H4 = "
             "5 (taken along for the kadernota 2028: noted); 6 (kaderbrief by 1 March) unanswered; H5 thanks for "
             "the praise and the L1/O1/P1 rows answer other bodies (unmatched).")
    B.write_expected(NAME, recs, unmatched, notes)
    sys.exit(0 if B.check(NAME) else 1)
