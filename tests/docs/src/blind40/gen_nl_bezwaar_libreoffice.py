"""Round 40 (nl, Netherlands): an (invented) advice of the Commissie bezwaarschriften of the gemeente Aldenstede on
one objection against the refusal of a Wmo stairlift, answered by the college's BESLISSING OP BEZWAAR (letter to the
objector). Engine: LibreOffice Writer headless from HTML; header and page numbers stamped with PyMuPDF
(ligature-free DejaVu copies from the helper). Answer key: README-nl.md.

Run: /tmp/blind40nl/bin/python tests/docs/src/blind40/gen_nl_bezwaar_libreoffice.py (needs soffice)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b40nl as B  # noqa: E402

NAME = "blind40_nl_bezwaar"
F = B.nolig_fonts()
SERIF = B.nolig_fonts("B40NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})
HEAD = ("<html><head><meta charset='utf-8'><style>body { font-family: '%s'; font-size: 11pt; line-height: 130%%; } "
        "p { margin-top: 0; margin-bottom: 6pt; } h3 { font-size: 10.5pt; margin-bottom: 3pt; } "
        "td { font-size: 9pt; vertical-align: top; }</style></head><body>")


def advice():
    h = [HEAD % "B40NL Serif"]
    h.append("<p style='font-size:15pt'><b>Commissie bezwaarschriften</b></p><p style='font-size:9pt'>gemeente "
             "Aldenstede</p><p style='font-size:16pt'><b>ADVIES</b></p>")
    h.append("<table width='100%' cellpadding='2'><tr><td width='30%'>Zaaknummer</td><td>BZ-2025-0388</td></tr>"
             "<tr><td>Bezwaarde</td><td>mevrouw H.G. Kuipers-de Wit, Aldenstede</td></tr>"
             "<tr><td>Verweerder</td><td>het college van burgemeester en wethouders</td></tr>"
             "<tr><td>Bestreden besluit</td><td>besluit van 12 november 2025, afwijzing traplift (Wmo 2015)</td></tr>"
             "<tr><td>Hoorzitting</td><td>27 januari 2026 (kamer 2: mr. L. de Graaf, voorzitter; drs. F. Oosting; "
             "A. Yildiz)</td></tr><tr><td>Datum advies</td><td>10 februari 2026</td></tr></table>")
    h.append("<h3>1. Verloop van de procedure</h3><p>Bezwaarde heeft op 4 september 2025 een melding gedaan op grond "
             "van artikel 2.3.2 van de Wet maatschappelijke ondersteuning 2015. Na een keukentafelgesprek op 30 "
             "september 2025 heeft het college bij besluit van 12 november 2025 de aanvraag voor een traplift "
             "afgewezen, omdat verhuizing naar een gelijkvloerse woning als goedkopere adequate oplossing werd "
             "gezien. Bij brief van 15 december 2025 heeft bezwaarde bezwaar gemaakt. Het bezwaar is tijdig "
             "ingediend (artikel 6:7 Awb). Het college heeft de beslistermijn van artikel 7:10 Awb met vier weken "
             "verdaagd.</p>")
    h.append("<h3>2. Standpunt van bezwaarde</h3><p>Bezwaarde stelt dat het college niet heeft onderzocht of "
             "verhuizen voor haar, gezien haar leeftijd (84) en haar sociale netwerk in de wijk, wel redelijk is. "
             "Volgens haar moet de gemeente ook kijken naar haar gezondheid; bij het bezwaar heeft zij een brief van "
             "haar huisarts van 8 december 2025 gevoegd. Zij heeft het verslag van het keukentafelgesprek nooit "
             "ontvangen.</p>")
    h.append("<h3>3. De hoorzitting</h3><p>Ter hoorzitting is bezwaarde verschenen, bijgestaan door mr. T. "
             "Hendriks van Hendriks Sociaal Recht. Namens het college waren aanwezig de heer R. Vos, Wmo-consulent, "
             "en mevrouw D. Lammers, jurist. De heer Vos verklaarde dat bij elke aanvraag voor een traplift eerst "
             "wordt bekeken of verhuizen mogelijk is, omdat een traplift gemiddeld 7.800 euro kost en een "
             "verhuiskostenvergoeding 3.250 euro. Er staan in Aldenstede op dit moment 41 gelijkvloerse "
             "seniorenwoningen leeg of binnenkort beschikbaar. Mevrouw Lammers gaf aan dat het verslag van het "
             "keukentafelgesprek volgens de werkinstructie moet worden toegestuurd, maar dat dit in 2025 door "
             "personeelstekort niet altijd is gebeurd.</p>")
    h.append("<h3>4. Overwegingen van de commissie</h3><p>4.1 Het college heeft volgens de Verordening "
             "maatschappelijke ondersteuning Aldenstede 2022 (artikel 12) de mogelijkheid om verhuizing als "
             "goedkoopste adequate voorziening aan te merken. Het college had daarbij echter moeten onderzoeken of "
             "verhuizen in dit geval een redelijke oplossing is. Dat onderzoek ontbreekt in het dossier.</p>"
             "<p>4.2 De brief van de huisarts is pas in bezwaar overgelegd. Het college heeft daarop geen medisch "
             "advies laten uitbrengen.</p><p>4.3 De commissie merkt op dat het college de verdaagde beslistermijn "
             "niet heeft gehaald.</p>")
    h.append("<h3>5. Advies</h3><p>De commissie adviseert het college:</p>"
             "<p>a. het bezwaar ontvankelijk en gegrond te verklaren;<br>"
             "b. het besluit van 12 november 2025 te herroepen en de traplift alsnog toe te kennen;<br>"
             "c. de kosten van rechtsbijstand in bezwaar te vergoeden op grond van artikel 7:15 Awb.</p>")
    h.append("<h3>6. Overige aanbevelingen</h3><p>Los van deze zaak geeft de commissie het college het volgende in "
             "overweging. Stuur iedere aanvrager binnen twee weken na het keukentafelgesprek het verslag toe, zodat "
             "deze het kan controleren. Daarnaast adviseert de commissie de beleidsregel over verhuizing als "
             "goedkopere oplossing aan te vullen met criteria voor leeftijd, gezondheid en sociaal netwerk. Ten "
             "slotte beveelt de commissie aan om bij het verdagen van de beslistermijn direct een nieuwe "
             "datum voor de hoorzitting te plannen.</p>"
             "<p>Aldus vastgesteld op 10 februari 2026.</p><p>mr. L. de Graaf, voorzitter<br>mr. S. Bakker, "
             "secretaris</p>")
    h.append("</body></html>")
    B.soffice_pdf("".join(h), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Commissie bezwaarschriften Aldenstede | Advies BZ-2025-0388",
            "blad {n} van {m}", F["Regular"])


def response():
    h = [HEAD % "B40NL Sans"]
    h.append("<p style='font-size:14pt;color:#1d5e3b'><b>Gemeente Aldenstede</b></p>"
             "<p style='font-size:8pt'>Postbus 40 | 7130 AA Aldenstede | 14 0544</p><p> </p>")
    h.append("<p>Mevrouw H.G. Kuipers-de Wit<br>Vlasakker 17<br>7131 KL Aldenstede</p>")
    h.append("<table width='100%'><tr><td>Datum: 3 maart 2026</td><td>Zaaknummer: BZ-2025-0388</td></tr>"
             "<tr><td colspan='2'>Onderwerp: beslissing op uw bezwaar tegen de afwijzing van een traplift</td></tr></table>")
    h.append("<p>Geachte mevrouw Kuipers,</p><p>U heeft bezwaar gemaakt tegen ons besluit van 12 november 2025. "
             "Wij hebben uw bezwaar voorgelegd aan de Commissie bezwaarschriften. In deze brief leest u wat wij "
             "hebben besloten. Het advies van de commissie sturen wij mee.</p>")
    h.append("<h3>Onze beslissing</h3><p>Wij volgen het advies van de commissie op het belangrijkste punt: wij "
             "verklaren uw bezwaar gegrond. De kosten van rechtsbijstand vergoeden wij echter niet. Wij hebben ons "
             "besluit namelijk herzien op grond van de brief van uw huisarts, die u pas in bezwaar heeft gestuurd; "
             "van een aan ons te wijten onrechtmatigheid is daarom geen sprake.</p>"
             "<p>Ons besluit van 12 november 2025 trekken wij in. Wij kennen de traplift nog niet direct toe: een "
             "onafhankelijk arts van Argonaut Advies beoordeelt eerst of verhuizen voor u medisch verantwoord is. "
             "Binnen acht weken ontvangt u daarover een nieuw besluit.</p>")
    h.append("<h3>Aanbevelingen van de commissie</h3><p>De commissie heeft ons ook enkele algemene aanbevelingen "
             "gedaan. Sinds 1 maart 2026 ontvangt iedere aanvrager het verslag van het gesprek binnen tien "
             "werkdagen. Het voorstel om de beleidsregel over verhuizing aan te vullen betrekken wij bij de "
             "evaluatie van de Beleidsregels Wmo in 2027.</p>")
    h.append("<h3>Persoonsgebonden budget</h3><p>Wilt u de traplift straks liever zelf inkopen? Dan kunt u bij de "
             "Wmo-consulent een persoonsgebonden budget aanvragen.</p>")
    h.append("<h3>Bent u het niet eens met deze beslissing?</h3><p>Dan kunt u binnen zes weken na de "
             "verzenddatum beroep instellen bij de rechtbank Gelderland. Dat kan digitaal via "
             "rechtspraak.nl.</p><p>Met vriendelijke groet,<br>burgemeester en wethouders van Aldenstede,</p>"
             "<p>de secretaris, drs. J.M. Veldkamp<br>de burgemeester, mr. C.A. Brink</p>")
    h.append("</body></html>")
    B.soffice_pdf("".join(h), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Aldenstede | Beslissing op bezwaar BZ-2025-0388",
            "pagina {n} van {m}", F["Regular"])


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("a", "het bezwaar ontvankelijk en gegrond te verklaren", "wij verklaren uw bezwaar gegrond. De kosten", "agrees"),
        ("b", "het besluit van 12 november 2025 te herroepen en",
         "Wij kennen de traplift nog niet direct toe", "partly"),
        ("c", "de kosten van rechtsbijstand in bezwaar te vergoeden op grond",
         "De kosten van rechtsbijstand vergoeden wij echter niet", "disagrees"),
        ("d", "Stuur iedere aanvrager binnen twee weken na het keukentafelgesprek",
         "Sinds 1 maart 2026 ontvangt iedere aanvrager het verslag", "agrees"),
        ("e", "de beleidsregel over verhuizing als goedkopere oplossing aan te vullen",
         "betrekken wij bij de evaluatie van de Beleidsregels Wmo", "noted"),
        ("f", "om bij het verdagen van de beslistermijn direct een nieuwe", None, "unanswered"),
    ]
    unmatched = ["Dan kunt u bij de Wmo-consulent een persoonsgebonden budget"]
    notes = ("Objection-committee advice on one case: case data table, procedure history with Awb articles "
             "(6:7, 7:10), the objector's position with 'moet', the hearing report and considerations 4.1-4.3 ('had ... moeten') are not "
             "recommendations. Recommendations: dictum a.-c. under '5. Advies' (infinitive clauses after 'De "
             "commissie adviseert het college:') and three unlabelled sentences in '6. Overige aanbevelingen' "
             "(imperative, 'adviseert ... aan te vullen', 'beveelt aan om'), lettered d-f here in order. Reply: "
             "beslissing op bezwaar letter: a gegrond (agrees) and c costs refused (disagrees) in one paragraph; "
             "b decision withdrawn but stairlift not granted yet, new medical assessment (partly); d already since 1 "
             "March (agrees); e taken along in the 2027 evaluation (noted); f (scheduling the hearing) unanswered; "
             "'Persoonsgebonden budget' answers nothing.")
    B.write_expected(NAME, recs, unmatched, notes)
    sys.exit(0 if B.check(NAME) else 1)
