"""Round 97 (nl): the INSPECTIEVERSLAG of a (Flemish) inspectiedienst civiele veiligheid on the response times of a
hulpverleningszone, answered by an UITTREKSEL UIT DE NOTULEN VAN DE ZONERAAD (agenda items, discussion, decision).

Advice (reportlab, sans, red band letterhead, running head, 'p. n'): KB 10 november 2006 art. 4 'moet', Wet 15 mei
2007 art. 22, a table of response times, Vaststellingen V1-V4, the 2021 inspection quoted with 'moet'; the
recommendations CODED R-01..R-07 in a RULED TABLE Code / Aanbeveling / Prioriteit. Response: minutes of the zoneraad;
agendapunt 4 cites the codes, order R-03, R-01+R-05, R-06, R-02, R-07; R-04 unanswered. All invented.

Run: /tmp/blind97nl/bin/python tests/docs/src/blind97/gen_nl_brandweerzone_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b97nl as B  # noqa: E402
from reportlab.lib.colors import HexColor, white  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind97_nl_brandweerzone"
F = B.tmp_fonts()
pdfmetrics.registerFont(TTFont("S", F["Regular"]))
pdfmetrics.registerFont(TTFont("SB", F["Bold"]))
pdfmetrics.registerFont(TTFont("SI", F["Italic"]))
pdfmetrics.registerFontFamily("S", normal="S", bold="SB", italic="SI", boldItalic="SB")
RED = HexColor("#a3201c")
P = ParagraphStyle("p", fontName="S", fontSize=9.5, leading=13, spaceAfter=6)
H1 = ParagraphStyle("h1", fontName="SB", fontSize=14, leading=18, textColor=RED, spaceAfter=6)
H2 = ParagraphStyle("h2", fontName="SB", fontSize=10.5, leading=14, textColor=RED, spaceBefore=8, spaceAfter=4)
SM = ParagraphStyle("sm", fontName="S", fontSize=8.5, leading=11)
SMB = ParagraphStyle("smb", fontName="SB", fontSize=8.5, leading=11, textColor=white)


def deco(head, band):
    def f(c, doc):
        c.saveState()
        if doc.page == 1 and band:
            c.setFillColor(RED)
            c.rect(0, A4[1] - 1.1 * cm, A4[0], 1.1 * cm, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont("SB", 10)
            c.drawString(2 * cm, A4[1] - 0.7 * cm, band)
        else:
            c.setFont("S", 7.5)
            c.setFillColor(HexColor("#555555"))
            c.drawString(2 * cm, A4[1] - 1.2 * cm, head)
        c.setFont("S", 7.5)
        c.setFillColor(HexColor("#555555"))
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, "p. %d" % doc.page)
        c.restoreState()
    return f


def build(fn, story, head, band):
    doc = SimpleDocTemplate(B.out(fn), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2.3 * cm,
                            bottomMargin=2 * cm, title=head, author="invented")
    doc.build(story, onFirstPage=deco(head, band), onLaterPages=deco(head, band))


def p(t, st=P):
    return Paragraph(t, st)


def table(rows, widths, head_bg=RED):
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, HexColor("#999999")),
                           ("BACKGROUND", (0, 0), (-1, 0), head_bg), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return t


# ---------------------------------------------------------------- advice
A = []
A.append(p("Inspectiedienst Civiele Veiligheid - Afdeling Toezicht Hulpverleningszones", SM))
A.append(Spacer(1, 6))
A.append(p("Inspectieverslag Hulpverleningszone Dender-Schelde Oost: tijdige en adequate hulp", H1))
A.append(p("Referentie ICV/INS/2026/017 - Brussel, 3 maart 2026 - Inspecteurs: ir. Katrien Dewulf, kapitein "
           "Pieter Van Acker", SM))
A.append(Spacer(1, 4))
A.append(p("1. Opdracht en werkwijze", H2))
A.append(p("Op grond van artikel 22 van de wet van 15 mei 2007 betreffende de civiele veiligheid heeft de "
           "Inspectiedienst tussen september en december 2025 een thematische inspectie uitgevoerd bij de "
           "Hulpverleningszone Dender-Schelde Oost (hierna: de zone). De inspectie spitste zich toe op de snelste "
           "adequate hulp en de opkomsttijden bij dringende interventies. Wij analyseerden de interventiegegevens van "
           "2024 en 2025, bezochten zes van de negen posten en spraken met de zonecommandant, de "
           "postoversten en twintig vrijwillige en beroepsbrandweerlieden."))
A.append(p("Het koninklijk besluit van 10 november 2006 bepaalt in artikel 4 dat de zone voor elk punt van haar "
           "grondgebied de snelste adequate hulp moet organiseren en dat de eerste ploeg binnen de vastgestelde "
           "opkomsttijd ter plaatse moet zijn. De zone moet die opkomsttijden jaarlijks rapporteren aan de zoneraad."))
A.append(p("2. Vaststellingen", H2))
A.append(p("<b>V1.</b> In 2025 haalde de zone de norm voor de eerste uitruk bij 81 procent van de dringende "
           "interventies, tegenover 88 procent in 2023. De daling doet zich vooral voor overdag op weekdagen."))
A.append(p("<b>V2.</b> De posten Lede-Noord en Oudegem steunen overdag bijna volledig op vrijwilligers die "
           "buiten de gemeente werken. Tussen 8 en 17 uur was de post Oudegem in 2025 op 96 werkdagen niet "
           "bemand."))
A.append(p("<b>V3.</b> De alarmeringsgegevens van het hulpcentrum 112 en de eigen registratie van de zone sluiten "
           "niet op elkaar aan; voor 14 procent van de interventies ontbreekt het tijdstip van vertrek."))
A.append(p("<b>V4.</b> De aanbeveling uit ons verslag van 2021, 'de zone moet een schriftelijk "
           "beschikbaarheidsreglement voor vrijwilligers vaststellen', is slechts gedeeltelijk uitgevoerd: er is "
           "een ontwerp, maar het werd nooit aan de zoneraad voorgelegd."))
rows = [[p("Post", SMB), p("Interventies 2025", SMB), p("Binnen norm", SMB), p("Bemanning overdag", SMB)],
        [p("Aalst-Centrum", SM), p("2.114", SM), p("91 %", SM), p("beroeps", SM)],
        [p("Lede-Noord", SM), p("688", SM), p("72 %", SM), p("vrijwilligers", SM)],
        [p("Oudegem", SM), p("402", SM), p("64 %", SM), p("vrijwilligers", SM)],
        [p("Wichelen", SM), p("517", SM), p("83 %", SM), p("gemengd", SM)]]
A.append(table(rows, [4.2 * cm, 3.6 * cm, 3.2 * cm, 4.6 * cm]))
A.append(p("Tabel 1. Opkomsttijden eerste uitruk per post (bron: interventieregister van de zone).", SM))
A.append(p("3. Conclusie", H2))
A.append(p("De zone beschikt over gemotiveerd personeel en goed materieel, maar de dagbezetting in de landelijke "
           "posten is kwetsbaar geworden. Zonder bijsturing zal het aandeel interventies binnen de norm verder "
           "dalen. De Inspectiedienst formuleert daarom de volgende aanbevelingen. Conform artikel 23 van de wet "
           "verwachten wij binnen vier maanden een reactie van de zoneraad."))
A.append(p("4. Aanbevelingen", H2))
recs = [
    ("R-01", "Stel het beschikbaarheidsreglement voor vrijwilligers uiterlijk in juni 2026 vast in de zoneraad, "
             "met minimale wachtbeurten overdag per post.", "hoog"),
    ("R-02", "Onderzoek of de posten Lede-Noord en Oudegem overdag kunnen worden samengevoegd tot één "
             "dagpost met beroepspersoneel.", "hoog"),
    ("R-03", "Breng de registratie van vertrektijden in overeenstemming met de gegevens van het hulpcentrum 112 "
             "en controleer die maandelijks.", "middel"),
    ("R-04", "Sluit met de aangrenzende zones een akkoord over automatische bijstand in de grensgebieden.",
     "middel"),
    ("R-05", "Verhoog de vergoeding voor vrijwilligers die overdag een wachtbeurt in de kazerne opnemen.",
     "middel"),
    ("R-06", "Rapporteer de opkomsttijden per post elk kwartaal aan de zoneraad in plaats van jaarlijks.",
     "laag"),
    ("R-07", "Betrek de gemeenten bij de werving van vrijwilligers onder hun eigen personeel, met afspraken "
             "over vrijstelling tijdens de diensturen.", "laag"),
]
rows = [[p("Code", SMB), p("Aanbeveling", SMB), p("Prioriteit", SMB)]]
for code, txt, pr in recs:
    rows.append([p("<b>%s</b>" % code, SM), p(txt, SM), p(pr, SM)])
t = table(rows, [1.6 * cm, 11.6 * cm, 2.2 * cm])
t.setStyle(TableStyle([("BACKGROUND", (0, 1), (-1, -1), HexColor("#fbeeee"))]))
A.append(t)
A.append(Spacer(1, 6))
A.append(p("5. Opvolging", H2))
A.append(p("De Inspectiedienst zal de uitvoering van deze aanbevelingen in het voorjaar van 2027 opvolgen. De "
           "zone moet daartoe uiterlijk op 31 januari 2027 een stand van zaken bezorgen. Dit verslag wordt ook "
           "bezorgd aan de gouverneur van de provincie Oost-Vlaanderen en aan de burgemeesters van de zone."))
A.append(p("Katrien Dewulf, inspecteur-generaal a.i.", SM))
build(NAME + "_advice.pdf", A, "Inspectiedienst Civiele Veiligheid - ICV/INS/2026/017",
      "INSPECTIEDIENST CIVIELE VEILIGHEID")

# ---------------------------------------------------------------- response
R = []
R.append(p("Hulpverleningszone Dender-Schelde Oost", H1))
R.append(p("Uittreksel uit de notulen van de zoneraad - zitting van 24 april 2026", H2))
R.append(p("Aanwezig: Jan De Bruyne, voorzitter; de burgemeesters van Aalst, Lede, Wichelen, Wetteren en "
           "Laarne; kolonel Stefaan Verhaegen, zonecommandant; Ann Pieters, zonesecretaris. Verontschuldigd: de "
           "burgemeester van Berlare.", SM))
R.append(p("<b>Agendapunt 1. Goedkeuring notulen.</b> De notulen van de zitting van 27 maart 2026 worden zonder "
           "opmerkingen goedgekeurd met eenparigheid van stemmen."))
R.append(p("<b>Agendapunt 2. Jaarrekening 2025.</b> De financieel beheerder licht de jaarrekening toe. De "
           "zone sluit af met een overschot van 412.000 euro, vooral door later geleverde voertuigen. De zoneraad "
           "keurt de jaarrekening goed en bezorgt ze aan de gouverneur."))
R.append(p("<b>Agendapunt 3. Aankoop van een hoogwerker.</b> Het punt wordt verdaagd naar de zitting van mei."))
R.append(p("<b>Agendapunt 4. Inspectieverslag ICV/INS/2026/017 - standpunt van de zoneraad.</b>"))
R.append(p("De zonecommandant stelt het verslag voor. Hij onderschrijft de vaststellingen grotendeels, maar wijst "
           "erop dat 2025 een jaar was met uitzonderlijk veel stormschade. Na bespreking neemt de zoneraad het "
           "volgende standpunt in."))
R.append(p("<i>R-03 (registratie vertrektijden).</i> De koppeling met het hulpcentrum 112 is sinds 1 april 2026 "
           "actief. De dienst operaties controleert de vertrektijden voortaan elke maand en meldt afwijkingen aan "
           "de postoversten. De zoneraad stemt in met deze werkwijze."))
R.append(p("<i>R-01 en R-05 (vrijwilligers).</i> Het beschikbaarheidsreglement wordt geagendeerd op de zitting "
           "van 26 juni 2026 en bevat per post een minimum van twee wachtbeurten overdag; de zoneraad keurt deze "
           "timing vandaag goed. Een hogere vergoeding voor wachtbeurten overdag acht de zoneraad echter niet "
           "aangewezen: de gemeentelijke dotaties voor 2026 liggen vast en de zone kiest ervoor de bestaande "
           "vergoedingen niet te wijzigen."))
R.append(p("<i>R-06 (rapportering).</i> De zoneraad wil de opkomsttijden vaker opvolgen, maar een "
           "kwartaalrapportering per post vraagt te veel handwerk zolang het nieuwe registratiesysteem niet volledig "
           "loopt. Er komt voorlopig een halfjaarlijks overzicht; kwartaalcijfers volgen zodra dat mogelijk is."))
R.append(p("<i>R-02 (dagpost).</i> Over een eventuele samenvoeging van Lede-Noord en Oudegem wordt nu geen "
           "beslissing genomen. De zoneraad neemt kennis van deze aanbeveling en vraagt de zonecommandant de "
           "gevolgen voor personeel en gebouwen in kaart te brengen in het kader van het meerjarenplan."))
R.append(p("<i>R-07 (werving via de gemeenten).</i> De burgemeesters engageren zich om in hun eigen gemeentebestuur "
           "actief vrijwilligers te werven. Het model van vrijstellingsregeling van de stad Aalst wordt door alle "
           "gemeenten van de zone overgenomen tegen 1 september 2026."))
R.append(p("<b>Besluit:</b> met eenparigheid van stemmen. De zonesecretaris bezorgt dit uittreksel aan de "
           "Inspectiedienst Civiele Veiligheid."))
R.append(p("<b>Agendapunt 5. Varia.</b> Er zijn geen punten. De voorzitter dankt de leden en sluit de zitting "
           "om 21.40 uur."))
R.append(Spacer(1, 8))
R.append(p("Voor eensluidend uittreksel, Aalst, 29 april 2026. Ann Pieters, zonesecretaris - Jan De Bruyne, "
           "voorzitter", SM))
build(NAME + "_response.pdf", R, "HVZ Dender-Schelde Oost - zoneraad 24 april 2026", "")

B.write_expected(NAME, [
    (1, "Stel het beschikbaarheidsreglement voor vrijwilligers uiterlijk in juni 2026",
     "de zoneraad keurt deze timing vandaag goed", "agrees"),
    (2, "Onderzoek of de posten Lede-Noord en Oudegem overdag kunnen",
     "De zoneraad neemt kennis van deze aanbeveling", "noted"),
    (3, "Breng de registratie van vertrektijden in overeenstemming met de",
     "De koppeling met het hulpcentrum 112 is sinds 1 april 2026 actief", "agrees"),
    (4, "Sluit met de aangrenzende zones een akkoord over automatische", None, "unanswered"),
    (5, "Verhoog de vergoeding voor vrijwilligers die overdag een wachtbeurt",
     "acht de zoneraad echter niet aangewezen", "disagrees"),
    (6, "Rapporteer de opkomsttijden per post elk kwartaal aan de",
     "Er komt voorlopig een halfjaarlijks overzicht", "partly"),
    (7, "Betrek de gemeenten bij de werving van vrijwilligers onder",
     "De burgemeesters engageren zich om in hun eigen gemeentebestuur", "agrees"),
], [
    "worden zonder opmerkingen goedgekeurd met eenparigheid van stemmen",
    "De zone sluit af met een overschot van 412.000 euro",
    "De voorzitter dankt de leden en sluit de zitting",
], "Flemish inspectieverslag of an invented Inspectiedienst Civiele Veiligheid on a hulpverleningszone's response "
   "times (reportlab, red band letterhead, running head from p. 2, 'p. n'). Traps: KB 10 november 2006 art. 4 'moet', "
   "wet 15 mei 2007 art. 22/23, a table of response times, bold Vaststellingen V1-V4, the 2021 recommendation quoted "
   "with 'moet', 'De zone moet ... 31 januari 2027' in Opvolging. Recommendations CODED R-01..R-07 in a ruled table "
   "Code / Aanbeveling / Prioriteit. Response: uittreksel uit de notulen van de zoneraad; agendapunt 4 answers by code "
   "in italic run-in labels, order R-03, R-01+R-05, R-06, R-02, R-07. 'R-01 en R-05' = R-01 agrees (reglement on 26 "
   "June) + R-05 disagrees (no higher allowance); R-03 agrees (done since 1 April); R-06 partly (half-yearly, not "
   "quarterly); R-02 noted; R-07 agrees; R-04 (automatische bijstand) unanswered. Agendapunten 1, 2 and the closing "
   "in 5 answer nothing (agendapunt 3 too, a one-liner).")
