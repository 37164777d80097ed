"""Round 40 (nl, Netherlands): an (invented) IGJ report of an unannounced supervisory visit to a nursing home
('Rapport van het toezichtbezoek'), answered by the care provider's VERBETERPLAN, a table Nr. / Norm / Maatregel /
Eigenaar / Gereed sent by the raad van bestuur. Engine: reportlab (DejaVu, no shaping; 'pagina N van M' by a
two-pass canvas). Answer key: README-nl.md.

Run: /tmp/blind40nl/bin/python tests/docs/src/blind40/gen_nl_igj_reportlab.py"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, KeepTogether

sys.path.insert(0, os.path.dirname(__file__))
import _b40nl as B  # noqa: E402

NAME = "blind40_nl_igj"
DV = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("dv", DV + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("dvb", DV + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("dvi", DV + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFontFamily("dv", normal="dv", bold="dvb", italic="dvi", boldItalic="dvb")
BLAUW = colors.HexColor("#154273")
LICHT = colors.HexColor("#dce3ea")
P = ParagraphStyle("p", fontName="dv", fontSize=9, leading=12.6, spaceAfter=5)
SM = ParagraphStyle("sm", parent=P, fontSize=8, leading=10.5, spaceAfter=0)
H1 = ParagraphStyle("h1", parent=P, fontName="dvb", fontSize=13, leading=16, textColor=BLAUW, spaceBefore=8,
                    spaceAfter=5)
H2 = ParagraphStyle("h2", parent=P, fontName="dvb", fontSize=10, leading=13, spaceBefore=6, spaceAfter=3)
BUL = ParagraphStyle("b", parent=P, leftIndent=10, bulletIndent=0, spaceAfter=2)


def numbered(header, footer):
    class NC(canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                self.setFont("dv", 7.5)
                self.setFillColor(colors.HexColor("#555555"))
                if self._pageNumber > 1:
                    self.drawString(20 * mm, 287 * mm, header)
                    self.setStrokeColor(BLAUW)
                    self.setLineWidth(0.5)
                    self.line(20 * mm, 285.5 * mm, 190 * mm, 285.5 * mm)
                self.drawString(20 * mm, 10 * mm, footer)
                self.drawRightString(190 * mm, 10 * mm, f"pagina {self._pageNumber} van {n}")
                super().showPage()
            super().save()
    return NC


def tab(rows, widths, head=True, style=SM):
    data = [[Paragraph(c, style) if isinstance(c, str) else c for c in r] for r in rows]
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1 if head else 0)
    ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa7b5")),
          ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    if head:
        ts.append(("BACKGROUND", (0, 0), (-1, 0), LICHT))
    t.setStyle(TableStyle(ts))
    return t


def advice():
    s = []
    logo = Table([[Paragraph("<font color='white'><b>Inspectie Gezondheidszorg en Jeugd</b></font><br/>"
                             "<font color='white' size='8'>Ministerie van Volksgezondheid, Welzijn en Sport</font>",
                             ParagraphStyle("l", parent=P, fontSize=11, leading=14))]],
                 colWidths=[80 * mm], style=[("BACKGROUND", (0, 0), (-1, -1), BLAUW), ("LEFTPADDING", (0, 0), (-1, -1), 6)])
    s += [logo, Spacer(1, 10)]
    s.append(Paragraph("Rapport van het toezichtbezoek", ParagraphStyle("t", parent=H1, fontSize=18, leading=22)))
    s.append(Paragraph("Stichting Zorgkring Wiltingen, locatie De Hazelaar te Brakelveen", H2))
    s.append(tab([["Datum bezoek", "3 maart 2026 (onaangekondigd)"], ["Soort bezoek", "Risicogericht toezicht verpleeghuiszorg"],
                  ["Zaaknummer", "IGJ-2026-014387"], ["Datum rapport", "14 april 2026"],
                  ["Inspecteurs", "drs. M.A. Terpstra, A. Benali MSc"]], [45, 115], head=False))
    s.append(Paragraph("1. Waarom bezocht de inspectie De Hazelaar?", H1))
    s.append(Paragraph("De inspectie ziet erop toe dat zorgaanbieders goede en veilige zorg leveren, zoals de Wet "
                       "kwaliteit, klachten en geschillen zorg (Wkkgz) en de Wet zorg en dwang (Wzd) vragen. In december "
                       "2025 ontving de inspectie twee meldingen over medicatie-incidenten op de afdeling Berkenlaan. "
                       "Bij het vorige bezoek, op 9 mei 2023, stelde de inspectie al een maatregel vast: "
                       "<i>'Zorg dat de medicatieoverdracht bij ontslag uit het ziekenhuis dezelfde dag wordt "
                       "gecontroleerd door een apotheker.'</i> Die maatregel is inmiddels uitgevoerd.", P))
    s.append(Paragraph("2. Samenvatting", H1))
    s.append(Paragraph("<b>Wat gaat goed</b>", P))
    for b in ("Medewerkers kennen de bewoners goed en zijn betrokken.", "De huiskamers zijn rustig en huiselijk ingericht.",
              "De ondersteuning door de specialist ouderengeneeskunde is goed geregeld."):
        s.append(Paragraph(b, BUL, bulletText="•"))
    s.append(Paragraph("<b>Wat moet beter</b>", P))
    for b in ("zorgleefplannen en de evaluatie ervan;", "veilig werken met medicatie;",
              "onvrijwillige zorg volgens de Wzd;", "de bezetting in de nacht;", "leren van incidenten."):
        s.append(Paragraph(b, BUL, bulletText="•"))
    s.append(Paragraph("3. Wat zag de inspectie?", H1))
    s.append(Paragraph("De inspectie toetste aan het toetsingskader 'Verpleeghuiszorg 2024'. Onderstaande tabel geeft "
                       "per norm het oordeel.", P))
    rows = [["Norm", "Omschrijving", "Oordeel"],
            ["1.2", "Het zorgleefplan is actueel en met de cliënt besproken", "voldoet niet"],
            ["1.4", "Afspraken over levenseinde zijn vastgelegd", "voldoet grotendeels niet"],
            ["2.1", "Risicovolle medicatie wordt dubbel gecontroleerd", "voldoet grotendeels niet"],
            ["2.3", "Medicatie wordt juist bewaard", "voldoet grotendeels"],
            ["3.2", "Onvrijwillige zorg volgens het stappenplan Wzd", "voldoet niet"],
            ["4.1", "Voldoende en deskundig personeel, ook 's nachts", "voldoet grotendeels niet"],
            ["5.2", "De zorgaanbieder leert van incidenten", "voldoet grotendeels niet"],
            ["6.1", "Er is een cliëntenraad die gehoord wordt", "voldoet"]]
    s.append(tab(rows, [16, 110, 40]))
    s.append(Spacer(1, 6))
    s.append(Paragraph("3.1 Zorgleefplan", H2))
    s.append(Paragraph("Van de acht ingeziene zorgleefplannen waren er vijf langer dan een half jaar niet geëvalueerd. "
                       "Een zorgleefplan moet binnen zes weken na opname met de cliënt of diens vertegenwoordiger worden "
                       "besproken. Bij drie bewoners ontbrak een afspraak over reanimatie; bij één bewoner stond in het "
                       "dossier 'wel reanimeren' en op de overdrachtslijst 'niet reanimeren'.", P))
    s.append(Paragraph("3.2 Medicatieveiligheid", H2))
    s.append(Paragraph("Insuline en opiaten werden op twee van de drie afdelingen niet dubbel gecontroleerd. De "
                       "temperatuur van de medicijnkoelkast op de Berkenlaan werd niet geregistreerd; op 3 maart was "
                       "deze 11,4 °C. De zorgaanbieder zou volgens de eigen procedure een tweede medewerker moeten "
                       "laten aftekenen.", P))
    s.append(Paragraph("3.3 Onvrijwillige zorg, personeel en incidenten", H2))
    s.append(Paragraph("Bij twee bewoners werd een sensor met camerabeeld gebruikt zonder dat het stappenplan van "
                       "artikel 10 Wzd was doorlopen en zonder dat de Wzd-functionaris was betrokken. In de nacht "
                       "werken op drie afdelingen met samen 46 bewoners twee medewerkers, van wie één op niveau 2. "
                       "In 2025 werden 212 MIC-meldingen gedaan (2024: 168); de inspectie vond geen analyse van trends "
                       "en geen verslag aan de raad van bestuur.", P))
    s.append(Paragraph("4. Wat verwacht de inspectie van u?", H1))
    s.append(Paragraph("De inspectie verwacht dat u de onderstaande verbetermaatregelen neemt. Stuur de inspectie "
                       "binnen zes weken na dagtekening van dit rapport een verbeterplan. De inspectie kan een nieuw "
                       "bezoek brengen om te toetsen of de verbeteringen zijn doorgevoerd.", P))
    recs = [["Norm", "Verbetermaatregel"],
            ["1.2", "Zorg dat elk zorgleefplan binnen zes weken na opname met de cliënt of vertegenwoordiger is "
                    "besproken en ten minste elk half jaar wordt geëvalueerd."],
            ["1.4", "Leg voor iedere bewoner een eenduidige afspraak over reanimatie vast en zorg dat dossier en "
                    "overdrachtslijst met elkaar overeenkomen."],
            ["2.1", "Voer op alle afdelingen een dubbele controle in bij het klaarzetten en toedienen van insuline en "
                    "opiaten."],
            ["2.3", "Registreer dagelijks de temperatuur van alle medicijnkoelkasten en leg vast wat medewerkers doen "
                    "bij een afwijking."],
            ["3.2", "Pas bij elke vorm van onvrijwillige zorg het stappenplan Wzd toe en betrek de Wzd-functionaris "
                    "vóór de inzet van camerabewaking."],
            ["4.1", "Zet in de nacht per afdeling ten minste één medewerker op niveau 3 of hoger in."],
            ["5.2", "Analyseer de MIC-meldingen elk kwartaal op trends en bespreek de uitkomsten met de raad van bestuur."]]
    s.append(KeepTogether(tab(recs, [16, 150])))
    s.append(Spacer(1, 6))
    s.append(Paragraph("5. Hoe gaat het verder?", H1))
    s.append(Paragraph("Dit rapport wordt op grond van artikel 44 van de Gezondheidswet openbaar gemaakt op "
                       "igj.nl, vier weken na verzending. U kon op de conceptversie reageren; uw reactie van 2 april "
                       "2026 heeft geleid tot een feitelijke aanpassing in paragraaf 3.3.", P))
    doc = SimpleDocTemplate(B.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, title="Rapport toezichtbezoek De Hazelaar")
    doc.build(s, canvasmaker=numbered("IGJ | Rapport toezichtbezoek De Hazelaar | IGJ-2026-014387",
                                      "Inspectie Gezondheidszorg en Jeugd | Postbus 2518 | 6401 DA Heerlen"))


def response():
    s = []
    s.append(Paragraph("<b>Zorgkring Wiltingen</b>", ParagraphStyle("z", parent=P, fontSize=15, leading=18,
                                                                     textColor=colors.HexColor("#2f7a4a"))))
    s.append(Paragraph("wonen, zorg en welzijn in de Wiltingerwaard", SM))
    s.append(Spacer(1, 12))
    s.append(tab([["Aan", "Inspectie Gezondheidszorg en Jeugd, t.a.v. drs. M.A. Terpstra"],
                  ["Van", "Raad van bestuur Stichting Zorgkring Wiltingen"], ["Datum", "22 mei 2026"],
                  ["Uw kenmerk", "IGJ-2026-014387"], ["Onderwerp", "Verbeterplan De Hazelaar"]], [30, 136], head=False))
    s.append(Spacer(1, 8))
    s.append(Paragraph("Geachte mevrouw Terpstra,", P))
    s.append(Paragraph("Hierbij ontvangt u het verbeterplan voor locatie De Hazelaar. Het plan is opgesteld met de "
                       "teamleiders, de specialist ouderengeneeskunde en de Wzd-functionaris, en besproken met de "
                       "cliëntenraad op 12 mei. In de tabel staat per norm wat wij doen, wie eigenaar is en wanneer de "
                       "maatregel gereed is.", P))
    rows = [["Nr.", "Norm", "Maatregel", "Eigenaar", "Gereed"],
            ["1", "2.1 / 2.3", "De dubbele controle bij insuline en opiaten is sinds 1 april op alle drie de "
             "afdelingen ingevoerd via de digitale aftekenlijst. De koelkasttemperatuur wordt sinds de verbouwing "
             "continu digitaal gemeten met een alarm naar de nachtdienst; een extra dagelijkse handmatige registratie "
             "voeren wij daarom niet in.", "manager zorg", "gereed"],
            ["2", "5.2", "Vanaf het tweede kwartaal maakt de kwaliteitsadviseur elk kwartaal een trendanalyse van de "
             "MIC-meldingen, die in het overleg van de raad van bestuur wordt besproken.", "kwaliteitsadviseur",
             "1 juli 2026"],
            ["3", "1.2", "Alle lopende zorgleefplannen worden vóór 1 september besproken met bewoner of "
             "vertegenwoordiger; de halfjaarlijkse evaluatie wordt als vaste taak in de planning van de "
             "EVV'ers opgenomen.", "teamleiders", "1 september 2026"],
            ["4", "3.2", "De Wzd-functionaris beoordeelt vanaf nu elke nieuwe inzet van camerabewaking vooraf. "
             "Voor de bestaande sensoren doorlopen wij het stappenplan pas bij de eerstvolgende evaluatie van het "
             "zorgleefplan.", "Wzd-functionaris", "doorlopend"],
            ["5", "4.1", "Wij hebben uw verwachting over de nachtbezetting met de ondernemingsraad besproken. Gezien "
             "de arbeidsmarkt in de regio nemen wij dit punt mee in de herziening van het strategisch "
             "personeelsplan 2027.", "raad van bestuur", "2027"],
            ["6", "overig", "De huiskamers op de tweede verdieping worden in het najaar opnieuw ingericht met "
             "steun van de Vrienden van De Hazelaar.", "facilitair", "december 2026"]]
    s.append(tab(rows, [9, 17, 92, 26, 22]))
    s.append(Spacer(1, 8))
    s.append(Paragraph("Wij informeren u uiterlijk 1 oktober over de voortgang. Voor vragen kunt u contact opnemen "
                       "met de secretaris van de raad van bestuur, mevrouw J. Hoekstra.", P))
    s.append(Paragraph("Met vriendelijke groet,<br/><br/>drs. P.W. van Ommeren<br/>voorzitter raad van bestuur", P))
    doc = SimpleDocTemplate(B.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, title="Verbeterplan De Hazelaar")
    doc.build(s, canvasmaker=numbered("Zorgkring Wiltingen | Verbeterplan De Hazelaar",
                                      "Stichting Zorgkring Wiltingen | Dijkweg 4 | Brakelveen"))


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("1.2", "Zorg dat elk zorgleefplan binnen zes weken na opname", "Alle lopende zorgleefplannen worden vóór 1 september besproken", "agrees"),
        ("1.4", "Leg voor iedere bewoner een eenduidige afspraak over reanimatie vast", None, "unanswered"),
        ("2.1", "Voer op alle afdelingen een dubbele controle in bij", "sinds 1 april op alle drie de afdelingen ingevoerd", "agrees"),
        ("2.3", "Registreer dagelijks de temperatuur van alle medicijnkoelkasten en leg",
         "een extra dagelijkse handmatige registratie voeren wij daarom niet in", "disagrees", ("partly",)),
        ("3.2", "Pas bij elke vorm van onvrijwillige zorg het stappenplan Wzd", "Voor de bestaande sensoren doorlopen wij het stappenplan pas", "partly"),
        ("4.1", "Zet in de nacht per afdeling ten minste één medewerker", "nemen wij dit punt mee in de herziening", "noted"),
        ("5.2", "Analyseer de MIC-meldingen elk kwartaal op trends en bespreek", "maakt de kwaliteitsadviseur elk kwartaal een trendanalyse", "agrees"),
    ]
    unmatched = ["De huiskamers op de tweede verdieping worden in het najaar"]
    notes = ("IGJ supervisory-visit report: the norm-code table of judgements in chapter 3 (same codes, 'voldoet "
             "niet'), findings with 'moet' / 'zou ... moeten', the 2023 measure quoted as an imperative and the "
             "'Wat moet beter' bullets are not recommendations; the seven recommendations are the rows of the "
             "'Norm / Verbetermaatregel' table in chapter 4, labelled by norm code. Reply: verbeterplan table in "
             "another order: row 1 covers 2.1 (introduced: agrees) and 2.3 (continuous digital monitoring, no daily "
             "manual log: disagrees, also partly); 5.2 agrees; 1.2 agrees; 3.2 only for new camera use (partly); "
             "4.1 discussed with the OR, taken along in the 2027 staffing plan (noted); 1.4 (reanimation "
             "agreements) unanswered; row 6 (living rooms) answers nothing.")
    B.write_expected(NAME, recs, unmatched, notes)
    sys.exit(0 if B.check(NAME) else 1)
