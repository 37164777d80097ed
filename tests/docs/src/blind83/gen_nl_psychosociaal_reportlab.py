"""Round 83 (nl, Flemish): the VERSLAG of a COLLECTIEVE RISICOANALYSE PSYCHOSOCIALE RISICO'S by an external
prevention service (Codex over het welzijn op het werk) for a city department, answered by the employer's NOTA AAN
HET COMITE VOOR PREVENTIE EN BESCHERMING OP HET WERK (CPBW), a board paper for one agenda item.

Advice: (invented) Arbeo, externe dienst voor preventie en bescherming op het werk, report for the Dienst Openbaar
Domein of Stad Oudenrode (2 p., sans, a navy letterhead band, a grey framed sidebar 'Kerngegevens', a results table
by the five domains, running head, 'p. n/m'); measures as hanging CODES M1-M7 under three sub-headings 5.1 Primaire,
5.2 Secundaire and 5.3 Tertiaire preventie; traps: the Codex (art. I.3-1, 'moet ... uitvoeren'; art. I.3-5,
'moet ... meedelen'), a results table with percentages, findings V1-V5 with the same hanging layout, the 2021
analysis quoted ('Organiseer jaarlijks een teamdag ...'), 'zou ... moeten', dates.
Response: 'Nota aan het CPBW - agendapunt 4' (2 p., serif, a ruled heading block, 'Pagina n van m'), citing the
codes in another order: '1. Context' (nothing); 'Agressie op straat (M4 en M5)' = M4 agrees + M5 disagrees; 'M2' =
partly (monthly, no written report); 'M7' = noted; 'M1' = agrees; 'M6' = agrees; '3. Globaal preventieplan en
jaaractieplan 2027' (nothing); '4. Gevraagd aan het comité' (nothing); M3 (training for managers) unanswered.
Engine: reportlab platypus (DejaVu, invariant=1).

The Codex over het welzijn op het werk, the CPBW and external prevention services are real, but what the documents
say of them is not to be relied on; Arbeo, Stad Oudenrode, people, figures and dates are invented.

Run: /tmp/blind83nl/bin/python tests/docs/src/blind83/gen_nl_psychosociaal_reportlab.py"""
import os
import sys

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, os.path.dirname(__file__))
import _b83nl as B  # noqa: E402

rl_config.invariant = 1
NAME = "blind83_nl_psychosociaal"
DV = "/usr/share/fonts/truetype/dejavu/"
for n, f in (("S", "DejaVuSans.ttf"), ("S-B", "DejaVuSans-Bold.ttf"), ("S-I", "DejaVuSans-Oblique.ttf"),
             ("S-BI", "DejaVuSans-BoldOblique.ttf"), ("R", "DejaVuSerif.ttf"), ("R-B", "DejaVuSerif-Bold.ttf"),
             ("R-I", "DejaVuSerif-Italic.ttf"), ("R-BI", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(n, DV + f))
pdfmetrics.registerFontFamily("S", normal="S", bold="S-B", italic="S-I", boldItalic="S-BI")
pdfmetrics.registerFontFamily("R", normal="R", bold="R-B", italic="R-I", boldItalic="R-BI")

NAVY = colors.HexColor("#1d3557")
GREEN = colors.HexColor("#2d6a4f")


def styles(fam, accent, size=9.3):
    body = ParagraphStyle("b", fontName=fam, fontSize=size, leading=size * 1.42, spaceAfter=5)
    h = ParagraphStyle("h", fontName=fam + "-B", fontSize=10.8, leading=14, spaceBefore=7, spaceAfter=3,
                       keepWithNext=1, textColor=accent)
    h3 = ParagraphStyle("h3", fontName=fam + "-BI", fontSize=9.6, leading=13, spaceBefore=4, spaceAfter=2,
                        keepWithNext=1)
    small = ParagraphStyle("s", fontName=fam, fontSize=7.9, leading=10.4, textColor=colors.HexColor("#444444"))
    title = ParagraphStyle("t", fontName=fam + "-B", fontSize=15, leading=19, spaceAfter=3, textColor=accent)
    item = ParagraphStyle("i", parent=body, leftIndent=10 * mm, firstLineIndent=-10 * mm, spaceAfter=4)
    return body, h, h3, small, title, item


M = [
    ("M1", "Zorg ervoor dat elke groenploeg tijdens het maaiseizoen, van april tot oktober, uit minstens vier "
           "medewerkers bestaat, zodat één afwezige collega niet langer tot alleenwerk leidt."),
    ("M2", "Voer elke twee weken een vast overleg in tussen de diensthoofden en de ploegbazen, met een kort "
           "schriftelijk verslag dat in de refter wordt opgehangen."),
    ("M3", "Bied alle leidinggevenden van de dienst binnen twaalf maanden een opleiding van twee dagen aan over het "
           "voeren van functionerings- en verzuimgesprekken."),
    ("M4", "Stel een procedure op voor het melden en opvolgen van agressie van burgers tegen medewerkers op straat, "
           "met een vaste terugkoppeling aan de melder binnen vijf werkdagen."),
    ("M5", "Rust alle dienstvoertuigen van de wegen- en de groendienst uit met een noodknop die rechtstreeks met de "
           "meldkamer van de politiezone verbonden is."),
    ("M6", "Richt een opvangteam van getrainde collega's op dat medewerkers na een schokkende gebeurtenis, zoals een "
           "ernstig ongeval of een aanval, nog dezelfde dag opvangt."),
    ("M7", "Herhaal de risicoanalyse uiterlijk in 2028 en betrek daarbij ook de seizoenskrachten en de "
           "medewerkers met een tijdelijk contract."),
]


def advice():
    body, h, h3, small, title, item = styles("S", NAVY)

    def page(c, doc):
        c.saveState()
        if doc.page == 1:
            c.setFillColor(NAVY)
            c.rect(0, A4[1] - 28 * mm, A4[0], 28 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("S-B", 16)
            c.drawString(20 * mm, A4[1] - 14 * mm, "Arbeo")
            c.setFont("S", 8.3)
            c.drawString(20 * mm, A4[1] - 20 * mm, "Externe dienst voor preventie en bescherming op het werk")
            c.drawRightString(A4[0] - 20 * mm, A4[1] - 14 * mm, "Afdeling psychosociale aspecten")
            c.drawRightString(A4[0] - 20 * mm, A4[1] - 20 * mm, "Brusselsesteenweg 212, 9300 Oudenrode")
        else:
            c.setFont("S", 7.5)
            c.setFillColor(colors.HexColor("#555555"))
            c.drawString(20 * mm, A4[1] - 12 * mm, "Arbeo | Risicoanalyse psychosociale risico's | Stad Oudenrode, "
                                                   "Dienst Openbaar Domein | PSA-2026-0114")
            c.setStrokeColor(NAVY)
            c.line(20 * mm, A4[1] - 13.5 * mm, A4[0] - 20 * mm, A4[1] - 13.5 * mm)
        c.setFont("S", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawRightString(A4[0] - 20 * mm, 11 * mm, f"p. {doc.page}/2")
        c.drawString(20 * mm, 11 * mm, "Vertrouwelijk - bestemd voor de werkgever en het CPBW")
        c.restoreState()

    doc = SimpleDocTemplate(B.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=35 * mm, bottomMargin=18 * mm, title="Risicoanalyse psychosociale risico's",
                            author="Arbeo")
    s = []
    s.append(Paragraph("Verslag collectieve risicoanalyse psychosociale risico's", title))
    s.append(Paragraph("Stad Oudenrode - Dienst Openbaar Domein (wegendienst en groendienst)", h3))
    s.append(Spacer(1, 3))
    side = Table([[Paragraph("<b>Kerngegevens</b>", small)],
                  [Paragraph("Opdrachtgever: algemeen directeur Stad Oudenrode<br/>Dossier: PSA-2026-0114<br/>"
                             "Medewerkers: 146<br/>Ingevulde vragenlijsten: 112 (77 %)<br/>Focusgroepen: 6<br/>"
                             "Preventieadviseur: Lore Vermeiren<br/>Datum verslag: 9 maart 2026", small)]],
                 colWidths=[56 * mm])
    side.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eceff3")),
                              ("BOX", (0, 0), (-1, -1), 0.6, NAVY), ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
    intro = [Paragraph("1. Opdracht en kader", h), Paragraph(
        "Volgens artikel I.3-1 van de Codex over het welzijn op het werk moet de werkgever de situaties die tot "
        "psychosociale risico's kunnen leiden identificeren en de risico's evalueren. De algemeen directeur van "
        "Stad Oudenrode vroeg Arbeo op 14 oktober 2025 om die analyse uit te voeren voor de Dienst Openbaar Domein, "
        "na een stijging van het ziekteverzuim en twee klachten over de werksfeer. Artikel I.3-5 bepaalt dat de "
        "werkgever de resultaten en de voorgestelde maatregelen moet meedelen aan het comité voor preventie en "
        "bescherming op het werk (CPBW).", body)]
    two = Table([[intro, side]], colWidths=[110 * mm, 60 * mm])
    two.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)]))
    two.hAlign = "LEFT"
    s.append(two)
    s.append(Paragraph("2. Werkwijze", h))
    s.append(Paragraph(
        "Alle 146 medewerkers kregen in november 2025 een vragenlijst op papier of via de tablet van hun ploeg; 112 "
        "medewerkers vulden hem in. In december en januari volgden zes focusgroepen van zes tot acht deelnemers, "
        "apart voor ploegbazen, groenarbeiders, wegenarbeiders en administratieve medewerkers. De "
        "vertrouwenspersonen en de arbeidsgeneesheer werden afzonderlijk bevraagd. Antwoorden zijn anoniem "
        "verwerkt; groepen kleiner dan vijf personen rapporteren wij niet apart.", body))
    s.append(Paragraph("3. Resultaten", h))
    rows = [["Domein", "Gunstig", "Aandachtspunt", "Risico"],
            ["Arbeidsorganisatie", "38 %", "27 %", "35 %"],
            ["Arbeidsinhoud", "61 %", "24 %", "15 %"],
            ["Arbeidsvoorwaarden", "44 %", "31 %", "25 %"],
            ["Arbeidsomstandigheden", "52 %", "29 %", "19 %"],
            ["Interpersoonlijke relaties op het werk", "47 %", "21 %", "32 %"]]
    tab = Table(rows, colWidths=[70 * mm, 25 * mm, 30 * mm, 25 * mm])
    tab.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "S", 8.4), ("FONT", (0, 0), (-1, 0), "S-B", 8.4),
                             ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde3ec"))]))
    tab.hAlign = "LEFT"
    s += [tab, Paragraph("Tabel 1. Beoordeling per domein (n = 112), in procent van de respondenten.", small),
          Spacer(1, 4)]
    s.append(Paragraph("4. Vaststellingen", h))
    for n, t in (
        ("V1", "In het maaiseizoen werken groenploegen vaak met twee of drie medewerkers. Valt iemand uit, dan "
               "werkt een collega alleen langs drukke wegen. 41 % van de groenarbeiders noemt dit zijn grootste "
               "zorg."),
        ("V2", "Opdrachten komen sinds 2024 alleen nog via de tablet binnen. Ploegbazen zeggen dat zij hun "
               "diensthoofd zelden spreken en dat beslissingen hen pas achteraf bereiken."),
        ("V3", "Een op de drie medewerkers kreeg het voorbije jaar te maken met verbale agressie van "
               "weggebruikers of buurtbewoners; slechts een klein deel daarvan werd gemeld."),
        ("V4", "Leidinggevenden voelen zich onvoldoende toegerust voor moeilijke gesprekken. Een ploegbaas zei: "
               "'Ik ben vakman geworden, geen personeelschef.'"),
        ("V5", "Na het ongeval op de N47 in augustus 2025 kregen de betrokken collega's pas na drie weken een "
               "gesprek aangeboden."),
    ):
        s.append(Paragraph(f"<b>{n}</b> {t}", item))
    s.append(Paragraph(
        "Bij de vorige analyse, in 2021, stelde Arbeo voor: 'Organiseer jaarlijks een teamdag per ploeg.' Die "
        "teamdagen vonden in 2022 en 2023 plaats, maar zijn daarna stilgevallen. Het verzuim zou in een dienst van "
        "deze omvang rond 5 % moeten liggen; in 2025 bedroeg het 8,6 %.", body))
    s.append(Paragraph("5. Voorgestelde preventiemaatregelen", h))
    s.append(Paragraph(
        "Arbeo stelt de volgende maatregelen voor. Wij ordenen ze volgens het niveau van preventie, zoals de Codex "
        "dat doet.", body))
    s.append(Paragraph("5.1 Primaire preventie: de oorzaken wegnemen", h3))
    for code, t in M[:3]:
        s.append(Paragraph(f"<b>{code}</b> {t}", item))
    s.append(Paragraph("5.2 Secundaire preventie: schade voorkomen", h3))
    for code, t in M[3:5]:
        s.append(Paragraph(f"<b>{code}</b> {t}", item))
    s.append(Paragraph("5.3 Tertiaire preventie: schade beperken", h3))
    for code, t in M[5:]:
        s.append(Paragraph(f"<b>{code}</b> {t}", item))
    s.append(Paragraph("6. Verdere stappen", h))
    s.append(Paragraph(
        "De werkgever beslist welke maatregelen hij neemt en neemt ze op in het globaal preventieplan en het "
        "jaaractieplan. Arbeo licht dit verslag graag toe op de vergadering van het CPBW en bij een "
        "personeelsmoment van de dienst.", body))
    s.append(Spacer(1, 4))
    s.append(Paragraph("Lore Vermeiren<br/>preventieadviseur psychosociale aspecten, Arbeo", body))
    doc.build(s, onFirstPage=page, onLaterPages=page)


def response():
    body, h, h3, small, title, item = styles("R", GREEN, 9.6)

    def page(c, doc):
        c.saveState()
        c.setFont("R", 7.6)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(20 * mm, A4[1] - 12 * mm, "Stad Oudenrode | Nota aan het CPBW | vergadering 21 april 2026")
        c.setStrokeColor(GREEN)
        c.line(20 * mm, A4[1] - 13.5 * mm, A4[0] - 20 * mm, A4[1] - 13.5 * mm)
        c.drawRightString(A4[0] - 20 * mm, 11 * mm, f"Pagina {doc.page} van 2")
        c.restoreState()

    doc = SimpleDocTemplate(B.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=22 * mm, bottomMargin=18 * mm, title="Nota aan het CPBW agendapunt 4",
                            author="Stad Oudenrode")
    s = []
    s.append(Paragraph("STAD OUDENRODE", ParagraphStyle("x", fontName="R-B", fontSize=13, leading=16,
                                                        textColor=GREEN)))
    s.append(Paragraph("Nota aan het comité voor preventie en bescherming op het werk", title))
    meta = Table([["Vergadering", "21 april 2026"], ["Agendapunt", "4 - Risicoanalyse psychosociale risico's "
                                                                   "Dienst Openbaar Domein"],
                  ["Opgesteld door", "Bart Goossens, algemeen directeur, met de interne preventieadviseur"],
                  ["Bijlage", "Verslag Arbeo PSA-2026-0114 van 9 maart 2026"],
                  ["Gevraagd", "advies van het comité"]], colWidths=[32 * mm, 138 * mm])
    meta.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "R", 8.6), ("FONT", (0, 0), (0, -1), "R-B", 8.6),
                              ("LINEABOVE", (0, 0), (-1, 0), 0.8, GREEN), ("LINEBELOW", (0, -1), (-1, -1), 0.8, GREEN),
                              ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.grey)]))
    meta.hAlign = "LEFT"
    s += [meta, Spacer(1, 6)]
    s.append(Paragraph("1. Context", h))
    s.append(Paragraph(
        "Het verslag van de externe dienst werd op 9 maart 2026 aan de werkgever bezorgd en op 12 maart met de "
        "diensthoofden besproken. Het managementteam heeft de maatregelen op 7 april 2026 overlopen en legt in "
        "deze nota zijn standpunt voor aan het comité. De werkgever dankt de medewerkers die de vragenlijst "
        "invulden en aan de focusgroepen deelnamen.", body))
    s.append(Paragraph("2. Standpunt van de werkgever per maatregel", h))
    s.append(Paragraph("Agressie op straat (M4 en M5)", h3))
    s.append(Paragraph(
        "De werkgever neemt de vaststelling over agressie zeer ernstig. Een meldprocedure is intussen uitgewerkt "
        "met de politiezone en werd door het managementteam goedgekeurd; ze geldt vanaf 1 mei 2026 en de melder "
        "krijgt binnen vijf werkdagen nieuws. Een noodknop in elk voertuig voeren wij evenwel niet in: de "
        "politiezone heeft laten weten dat zij zulke meldingen niet rechtstreeks kan ontvangen, en de medewerkers "
        "beschikken al over een dienstgsm met een snelkeuzetoets. Wij kiezen daarom niet voor die investering.",
        body))
    s.append(Paragraph("M2 - Overleg tussen diensthoofden en ploegbazen", h3))
    s.append(Paragraph(
        "De werkgever erkent dat de informatie te weinig doorstroomt. Er komt een vast overleg tussen "
        "diensthoofden en ploegbazen, maar eenmaal per maand en niet om de twee weken, omdat de ploegbazen anders "
        "te vaak van het terrein weg zijn. Een schriftelijk verslag achten wij niet nodig; de ploegbazen brengen de "
        "afspraken mondeling over bij de start van de dag.", body))
    s.append(Paragraph("M7 - Herhaling van de analyse", h3))
    s.append(Paragraph(
        "Het voorstel om de analyse in 2028 te herhalen, met ook de seizoenskrachten, nemen wij mee bij de opmaak "
        "van het globaal preventieplan 2027-2031. Over het tijdstip en de reikwijdte beslist de werkgever op dat "
        "moment.", body))
    s.append(Paragraph("M1 - Bezetting van de groenploegen", h3))
    s.append(Paragraph(
        "Akkoord. Vanaf het maaiseizoen 2026 telt elke groenploeg minstens vier medewerkers; daarvoor worden twee "
        "seizoenskrachten extra aangeworven en worden de ploegen van de wegendienst in de zomer anders "
        "samengesteld.", body))
    s.append(Paragraph("M6 - Opvang na schokkende gebeurtenissen", h3))
    s.append(Paragraph(
        "De werkgever richt een opvangteam op. Acht medewerkers hebben zich kandidaat gesteld en volgen in juni de "
        "opleiding van de externe dienst. Het team wordt bij elk ernstig incident nog dezelfde dag ingeschakeld.",
        body))
    s.append(Paragraph("3. Globaal preventieplan en jaaractieplan 2027", h))
    s.append(Paragraph(
        "Los van deze analyse loopt het huidige globaal preventieplan eind 2026 af. De interne dienst bezorgt het "
        "comité in september een ontwerp van jaaractieplan 2027, waarin ook de resultaten van de "
        "brandveiligheidsaudit van het stadhuis worden verwerkt.", body))
    s.append(Paragraph("4. Gevraagd aan het comité", h))
    s.append(Paragraph(
        "Het comité wordt gevraagd advies uit te brengen over dit standpunt. Na het advies legt de algemeen "
        "directeur de maatregelen ter bekrachtiging voor aan het college van burgemeester en schepenen van 5 mei "
        "2026 en worden de medewerkers via de ploegbazen en het personeelsblad geïnformeerd.", body))
    doc.build(s, onFirstPage=page, onLaterPages=page)


RECS = [
    (1, "Zorg ervoor dat elke groenploeg tijdens het maaiseizoen, van april",
     "Vanaf het maaiseizoen 2026 telt elke groenploeg minstens vier medewerkers", "agrees"),
    (2, "Voer elke twee weken een vast overleg in tussen de diensthoofden",
     "maar eenmaal per maand en niet om de twee weken", "partly"),
    (3, "Bied alle leidinggevenden van de dienst binnen twaalf maanden een opleiding",
     None, "unanswered"),
    (4, "Stel een procedure op voor het melden en opvolgen van agressie",
     "Een meldprocedure is intussen uitgewerkt met de politiezone", "agrees"),
    (5, "Rust alle dienstvoertuigen van de wegen- en de groendienst uit",
     "Een noodknop in elk voertuig voeren wij evenwel niet in", "disagrees"),
    (6, "Richt een opvangteam van getrainde collega's op dat medewerkers na",
     "Acht medewerkers hebben zich kandidaat gesteld en volgen in juni", "agrees"),
    (7, "Herhaal de risicoanalyse uiterlijk in 2028 en betrek daarbij ook",
     "nemen wij mee bij de opmaak van het globaal preventieplan 2027-2031", "noted"),
]
UNMATCHED = [
    "Het managementteam heeft de maatregelen op 7 april 2026 overlopen",
    "de resultaten van de brandveiligheidsaudit van het stadhuis",
    "ter bekrachtiging voor aan het college van burgemeester en schepenen",
]
NOTES = ("Flemish collective psychosocial risk analysis by an external prevention service for a city department, "
         "answered by the employer's note to the CPBW (board paper). Advice: hanging CODES M1-M7 (numbers 1-7) under "
         "three sub-headings 5.1-5.3 (primary/secondary/tertiary prevention); traps: Codex art. I.3-1 'moet ... "
         "identificeren' and art. I.3-5 'moet meedelen', a results table in percentages, findings V1-V5 in the same "
         "hanging layout, the 2021 analysis quoted ('Organiseer jaarlijks een teamdag per ploeg.'), 'zou ... moeten "
         "liggen', a sidebar box. Response cites the codes in sub-headings in the order M4+M5, M2, M7, M1, M6: "
         "'1. Context' (nothing); ONE paragraph 'Agressie op straat (M4 en M5)' = M4 agrees (procedure from 1 May) + "
         "M5 disagrees ('voeren wij evenwel niet in'); M2 partly (monthly, no written report); M7 noted ('nemen wij "
         "mee ... beslist de werkgever op dat moment'); M1 agrees ('Akkoord.'); M6 agrees (a deed, no verdict word); "
         "'3. Globaal preventieplan en jaaractieplan 2027' and '4. Gevraagd aan het comité' (nothing); M3 "
         "(training for managers) unanswered.")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
