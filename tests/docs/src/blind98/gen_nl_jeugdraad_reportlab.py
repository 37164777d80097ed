"""Round 98 (nl): the ADVIES of a Flemish municipal JEUGDRAAD on the ontwerp-FUIFREGLEMENT, answered by the
COLLEGEBESLISSING (besluit van het college van burgemeester en schepenen: Aanleiding, Juridische grond, Argumentatie,
Besluit with artikels).

Advice (reportlab, sans, orange letterhead band, running head from p. 2, 'pagina n'): Decreet lokaal jeugdbeleid
'moet', the ontwerp's art. 9 'moet', a survey table, findings 'Vaststelling 1-3', the 2022 advice quoted; the
recommendations NUMBERED 1-7 in a ruled TABLE Nr. / Art. ontwerp / Voorstel van de jeugdraad. Response cites the
numbers ('voorstel 4'), order 4, 1+6, 7, 2, 5; 3 unanswered. All invented.

Run: /tmp/blind98nl/bin/python tests/docs/src/blind98/gen_nl_jeugdraad_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b98nl as B  # noqa: E402
from reportlab.lib.colors import HexColor, white  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind98_nl_jeugdraad"
F = B.tmp_fonts()
pdfmetrics.registerFont(TTFont("S", F["Regular"]))
pdfmetrics.registerFont(TTFont("SB", F["Bold"]))
pdfmetrics.registerFont(TTFont("SI", F["Italic"]))
pdfmetrics.registerFontFamily("S", normal="S", bold="SB", italic="SI", boldItalic="SB")
OR = HexColor("#c8590f")
P = ParagraphStyle("p", fontName="S", fontSize=9.5, leading=13, spaceAfter=6)
H1 = ParagraphStyle("h1", fontName="SB", fontSize=14, leading=18, textColor=OR, spaceAfter=6)
H2 = ParagraphStyle("h2", fontName="SB", fontSize=10.5, leading=14, textColor=OR, spaceBefore=8, spaceAfter=4)
SM = ParagraphStyle("sm", fontName="S", fontSize=8.5, leading=11)
SMB = ParagraphStyle("smb", fontName="SB", fontSize=8.5, leading=11, textColor=white)
Q = ParagraphStyle("q", parent=P, leftIndent=18, fontName="SI")


def deco(head, band):
    def f(c, doc):
        c.saveState()
        if doc.page == 1 and band:
            c.setFillColor(OR)
            c.rect(0, A4[1] - 1.2 * cm, A4[0], 1.2 * cm, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont("SB", 10)
            c.drawString(2 * cm, A4[1] - 0.75 * cm, band)
        elif doc.page > 1:
            c.setFont("S", 7.5)
            c.setFillColor(HexColor("#555555"))
            c.drawString(2 * cm, A4[1] - 1.2 * cm, head)
        c.setFont("S", 7.5)
        c.setFillColor(HexColor("#555555"))
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, "pagina %d" % doc.page)
        c.restoreState()
    return f


def build(fn, story, head, band):
    doc = SimpleDocTemplate(B.out(fn), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2.4 * cm,
                            bottomMargin=2 * cm, title=head, author="invented")
    doc.build(story, onFirstPage=deco(head, band), onLaterPages=deco(head, band))


def p(t, st=P):
    return Paragraph(t, st)


def table(rows, widths):
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, HexColor("#999999")),
                           ("BACKGROUND", (0, 0), (-1, 0), OR), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return t


# ---------------------------------------------------------------- advice
A = [p("Jeugdraad Herzele-Oost - p/a Jeugddienst, Marktplein 3, 9550 Herzele-Oost", SM), Spacer(1, 6),
     p("Advies over het ontwerp-fuifreglement", H1),
     p("Advies JR/2026/02 - goedgekeurd op de algemene vergadering van 12 maart 2026 - 21 stemgerechtigde leden "
       "aanwezig, 19 voor, 2 onthoudingen", SM), Spacer(1, 6),
     p("1. Adviesvraag", H2),
     p("Op 9 februari 2026 vroeg schepen van Jeugd Lotte Verhaeghe de jeugdraad om advies over het "
       "ontwerp-fuifreglement dat het huidige reglement van 2018 moet vervangen. Het Decreet lokaal jeugdbeleid "
       "bepaalt dat het lokaal bestuur de jeugd moet betrekken bij beslissingen die haar aanbelangen; de jeugdraad "
       "is daarvoor het erkende inspraakorgaan. We kregen vier weken om te adviseren en hebben het ontwerp besproken "
       "in de werkgroep Fuiven (zes leden, drie vergaderingen) en op de algemene vergadering."),
     p("2. Wat we vaststellen", H2),
     p("We bevroegen in februari de 24 erkende jeugdverenigingen over hun fuiven van 2023 tot en met 2025. "
       "Achttien verenigingen antwoordden."),
     table([[p("Gegeven", SMB), p("2023", SMB), p("2024", SMB), p("2025", SMB)],
            [p("Fuiven door jeugdverenigingen", SM), p("31", SM), p("27", SM), p("22", SM)],
            [p("Gemiddeld aantal bezoekers", SM), p("340", SM), p("310", SM), p("265", SM)],
            [p("Fuiven met verlies", SM), p("6", SM), p("9", SM), p("11", SM)],
            [p("Aanvragen geweigerd wegens laattijdigheid", SM), p("2", SM), p("4", SM), p("5", SM)]],
           [7 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm]),
     Spacer(1, 6),
     p("<b>Vaststelling 1.</b> Het aantal fuiven daalt en steeds meer fuiven draaien verlies. De vaste kosten "
       "(zaalhuur, stewards, opruimploeg) wegen zwaarder bij kleinere fuiven."),
     p("<b>Vaststelling 2.</b> Artikel 9 van het ontwerp bepaalt dat de organisator per 100 personen van de "
       "zaalcapaciteit een erkende steward moet inzetten. Voor zaal De Schakel (800 personen) zijn dat er acht, ook "
       "als er maar 250 bezoekers verwacht worden."),
     p("<b>Vaststelling 3.</b> Verenigingen plannen hun fuiven vaak pas na de start van het werkjaar in september. "
       "Een aanvraagtermijn van acht weken (artikel 5) is voor fuiven in oktober en november moeilijk haalbaar."),
     p("In ons advies van 2022 over het evenementenloket schreven we al: <i>'Het loket moet voor "
       "jeugdverenigingen eenvoudig en snel blijven; een fuif aanvragen mag geen maanden duren.'</i> Het college "
       "antwoordde toen dat het loket 'binnen de wettelijke termijnen' zou werken. De politiezone Dender-Oost "
       "vraagt zelf minstens drie weken voor haar advies over een fuif; de brandweer vraagt er twee."),
     p("3. Voorstellen van de jeugdraad", H2),
     p("De jeugdraad geeft een gunstig advies over het ontwerp, op voorwaarde dat het college rekening houdt met "
       "de volgende zeven voorstellen. De nummers verwijzen naar dit advies, de artikels naar het ontwerp."),
     table([[p("Nr.", SMB), p("Art.", SMB), p("Voorstel van de jeugdraad", SMB)],
            [p("1", SM), p("5", SM), p("Breng de termijn om een fuif aan te vragen terug van acht naar vier weken, "
                                        "zodat verenigingen na de start van het werkjaar nog kunnen plannen.", SM)],
            [p("2", SM), p("9", SM), p("Koppel het aantal verplichte stewards aan het verwachte aantal bezoekers "
                                        "en niet aan de capaciteit van de zaal.", SM)],
            [p("3", SM), p("12", SM), p("Schaf de waarborg van 500 euro af voor erkende jeugdverenigingen die de "
                                         "voorbije drie jaar geen schade veroorzaakten.", SM)],
            [p("4", SM), p("14", SM), p("Behoud het einduur van 3 uur in zaal De Schakel in plaats van het "
                                         "voorgestelde einduur van 2 uur.", SM)],
            [p("5", SM), p("-", SM), p("Richt een uitleendienst op met een fuifkoffer: geluidsmeter, "
                                        "polsbandjes, EHBO-kit en fluohesjes voor de stewards.", SM)],
            [p("6", SM), p("17", SM), p("Stel erkende jeugdverenigingen vrij van de retributie voor de "
                                         "gemeentelijke opruimploeg na de fuif.", SM)],
            [p("7", SM), p("-", SM), p("Evalueer het reglement elk jaar samen met de jeugdraad en pas het zo "
                                        "nodig aan.", SM)]],
           [1.2 * cm, 1.4 * cm, 14 * cm]),
     Spacer(1, 6),
     p("4. Toelichting", H2),
     p("Bij voorstel 2: een fuif van 250 bezoekers in zaal De Schakel moet volgens het ontwerp acht stewards "
       "inzetten; dat zijn er vijf meer dan voor dezelfde fuif in de kleinere zaal Ter Beke. Bij voorstel 4: het "
       "vroegere einduur verplaatst de bezoekers volgens ons naar fuiven in de buurgemeenten, waar het einduur "
       "4 uur is. Bij voorstel 6: de retributie bedraagt volgens artikel 17 van het ontwerp 350 euro per fuif, "
       "ongeacht het aantal bezoekers."),
     p("De jeugdraad vraagt het college om dit advies te agenderen en ons binnen de twee maanden schriftelijk te "
       "laten weten wat het ermee doet, zoals artikel 6 van ons huishoudelijk reglement voorziet."),
     Spacer(1, 8),
     p("Voor de jeugdraad,<br/>Jonas De Mulder, voorzitter - Amber Claeys, secretaris", P)]
build(NAME + "_advice.pdf", A, "Jeugdraad Herzele-Oost - advies JR/2026/02 - ontwerp-fuifreglement",
      "JEUGDRAAD HERZELE-OOST")

# ---------------------------------------------------------------- response
R = [p("Gemeente Herzele-Oost - College van burgemeester en schepenen", SM), Spacer(1, 6),
     p("Uittreksel uit de beslissingen van het college van burgemeester en schepenen", H1),
     p("Zitting van 20 april 2026 - aanwezig: Bert Van Hove, burgemeester; Lotte Verhaeghe, Kris Baert, "
       "Sofie Lambrecht, schepenen; Ilse De Wolf, algemeen directeur", SM), Spacer(1, 4),
     p("<b>Onderwerp: fuifreglement - standpunt over het advies van de jeugdraad</b>"),
     p("Aanleiding en context", H2),
     p("Het college keurde op 2 februari 2026 het ontwerp van een nieuw fuifreglement goed en legde het voor "
       "advies voor aan de jeugdraad. De jeugdraad bezorgde op 13 maart 2026 een voorwaardelijk gunstig advies. "
       "Het college dankt de jeugdraad voor de grondige bevraging van de verenigingen."),
     p("Juridische grond", H2),
     p("Het Decreet over het lokaal bestuur, artikel 56, over de bevoegdheden van het college. De beslissing van "
       "de gemeenteraad van 24 april 2023 over de erkenning van de adviesraden. Het definitieve reglement wordt "
       "voorgelegd aan de gemeenteraad van 26 mei 2026."),
     p("Argumentatie", H2),
     p("<b>Voorstel 4 (einduur).</b> Het college volgt de jeugdraad: het einduur in zaal De Schakel blijft "
       "3 uur, mits een geluidsbegrenzer van 95 dB(A) vanaf 1 uur. Artikel 14 wordt in die zin aangepast."),
     p("<b>Voorstellen 1 en 6 (termijn en opruimploeg).</b> De aanvraagtermijn in artikel 5 wordt ingekort tot "
       "vier weken; de dienst Evenementen bevestigde dat de adviezen van politie en brandweer daarbinnen passen. "
       "Een vrijstelling van de retributie voor de opruimploeg kan het college daarentegen niet toestaan: de "
       "kosten van de ploeg worden al voor de helft gedragen door de gemeente en een vrijstelling zou andere "
       "organisatoren ongelijk behandelen. Artikel 17 blijft ongewijzigd."),
     p("<b>Voorstel 7 (evaluatie).</b> Het college engageert zich om het reglement jaarlijks in oktober samen "
       "met de werkgroep Fuiven van de jeugdraad te evalueren; de eerste evaluatie vindt plaats in oktober 2027."),
     p("<b>Voorstel 2 (stewards).</b> Het college deelt de analyse, maar wil de veiligheid niet uit het oog "
       "verliezen. Voor fuiven met minder dan 300 verwachte bezoekers geldt voortaan één steward per 100 "
       "verwachte bezoekers; voor grotere fuiven blijft de zaalcapaciteit de maatstaf, zoals de politiezone "
       "adviseerde."),
     p("<b>Voorstel 5 (fuifkoffer).</b> Het college neemt kennis van de vraag naar een uitleendienst. De "
       "jeugddienst zal de kosten en het beheer ervan onderzoeken met het oog op de budgetronde van 2027; een "
       "beslissing volgt later."),
     p("Besluit", H2),
     p("<b>Artikel 1.</b> Het college neemt het advies van de jeugdraad over op de punten en op de wijze zoals "
       "vermeld in de argumentatie en past het ontwerp-fuifreglement aan."),
     p("<b>Artikel 2.</b> Het aangepaste ontwerp wordt geagendeerd op de gemeenteraad van 26 mei 2026."),
     p("<b>Artikel 3.</b> Een afschrift van deze beslissing wordt bezorgd aan de voorzitter van de jeugdraad, "
       "aan de jeugddienst en aan de dienst Evenementen."),
     Spacer(1, 8),
     p("Namens het college, (get.) Ilse De Wolf, algemeen directeur - Bert Van Hove, burgemeester", SM),
     p("Voor eensluidend uittreksel, Herzele-Oost, 22 april 2026", SM)]
build(NAME + "_response.pdf", R, "Collegebeslissing 20 april 2026 - fuifreglement", "GEMEENTE HERZELE-OOST")

B.write_expected(NAME, [
    (1, "Breng de termijn om een fuif aan te vragen terug", "De aanvraagtermijn in artikel 5 wordt ingekort tot vier weken",
     "agrees"),
    (2, "Koppel het aantal verplichte stewards aan het verwachte aantal bezoekers",
     "geldt voortaan één steward per 100 verwachte bezoekers", "partly"),
    (3, "Schaf de waarborg van 500 euro af voor erkende jeugdverenigingen", None, "unanswered"),
    (4, "Behoud het einduur van 3 uur in zaal De Schakel", "het einduur in zaal De Schakel blijft 3 uur",
     "agrees"),
    (5, "Richt een uitleendienst op met een fuifkoffer: geluidsmeter, polsbandjes", 
     "neemt kennis van de vraag naar een uitleendienst", "noted"),
    (6, "Stel erkende jeugdverenigingen vrij van de retributie voor de",
     "Een vrijstelling van de retributie voor de opruimploeg kan", "disagrees"),
    (7, "Evalueer het reglement elk jaar samen met de jeugdraad", "engageert zich om het reglement jaarlijks in oktober",
     "agrees"),
], ["dankt de jeugdraad voor de grondige bevraging van de verenigingen",
    "Het Decreet over het lokaal bestuur, artikel 56",
    "Een afschrift van deze beslissing wordt bezorgd aan de voorzitter"],
    "Flemish jeugdraad advice on the ontwerp-fuifreglement (reportlab, orange band letterhead, running head, "
    "'pagina n'); traps: Decreet lokaal jeugdbeleid 'moet', art. 9 'moet' in Vaststelling 2, a survey table, "
    "Vaststelling 1-3, the 2022 advice quoted with 'moet', police/fire terms, 'Toelichting' 'Bij voorstel n' after the "
    "table, a closing request; recommendations NUMBERED 1-7 in a ruled TABLE Nr. / Art. / Voorstel (imperatives). "
    "Response: collegebeslissing (Aanleiding en context, Juridische grond, Argumentatie with bold run-ins 'Voorstel n', "
    "Besluit art. 1-3), order 4, 1+6, 7, 2, 5; 'Voorstellen 1 en 6' = 1 agrees (four weeks) + 6 disagrees (no "
    "exemption); 4 agrees; 7 agrees (engageert zich); 2 partly (under 300 visitors only); 5 noted (neemt kennis, "
    "budget 2027); 3 (waarborg) unanswered. 'Aanleiding en context', 'Juridische grond' and Besluit art. 3 answer "
    "nothing (Besluit art. 1 and 2 are general).")
print("written", NAME)
