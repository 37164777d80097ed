"""Round 126 (nl): the JAARVERSLAG LEERPLICHT EN RMC of a regional school-attendance bureau (a gemeenschappelijke
regeling of five gemeenten); its seven recommendations are a NUMBERED LIST 1.-7. with BOLD LEAD-IN TITLES, split over
three addressee sub-headings ('Aan de gemeenten', 'Aan de scholen en het samenwerkingsverband', 'Aan het algemeen
bestuur'), the list running across the page break; answered by the college of one member gemeente's BEANTWOORDING
VAN SCHRIFTELIJKE VRAGEN (art. 41 Reglement van orde) put by a council group: 'Vraag N' / 'Antwoord' pairs whose
numbers are the questions', not the recommendations'.

Advice (reportlab, sans, 3 p., teal rule, running head from p. 2, 'pagina n van m'): the Leerplichtwet paraphrased
with 'moet' (trap), a figures table (trap), a numbered list 1.-3. 'Ontwikkelingen' (findings, trap), last year's
recommendation quoted as an imperative (trap), a closing line naming 'de aanbevelingen 1, 4 en 6' (trap).
Response (reportlab, 2 p.): header table and introduction (nothing); Vraag 1 (figures, nothing); replies in the order
1, 3, 4+5 (one answer), 6, 2; Vraag 7 (agenda, nothing); 7 never answered. Verdicts: 1 agrees, 2 disagrees,
3 partly, 4 noted, 5 agrees, 6 partly, 7 unanswered. All bodies, places, people, figures and reference numbers
invented; the Leerplichtwet 1969 and the Wet passend onderwijs are named as context only.

Run: /tmp/blind126nl/bin/python tests/docs/src/blind126/gen_nl_leerplicht_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b126nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind126_nl_leerplicht"
FS = B.tmp_fonts()
for key, suf in (("Regular", ""), ("Bold", "-B"), ("Italic", "-I"), ("Bold Italic", "-BI")):
    pdfmetrics.registerFont(TTFont("S" + suf, FS[key]))
addMapping("S", 0, 0, "S")
addMapping("S", 1, 0, "S-B")
addMapping("S", 0, 1, "S-I")
addMapping("S", 1, 1, "S-BI")

TEAL = colors.HexColor("#14636b")
PALE = colors.HexColor("#e3f0f1")
GREY = colors.HexColor("#555555")
BODY = ParagraphStyle("body", fontName="S", fontSize=9.5, leading=13.8, spaceAfter=5)
ITEM = ParagraphStyle("item", parent=BODY, leftIndent=7 * mm, bulletIndent=0.5 * mm, bulletFontName="S-B",
                      spaceAfter=6)
SMALL = ParagraphStyle("small", fontName="S", fontSize=7.8, leading=10.5, textColor=GREY)
TITLE = ParagraphStyle("t", fontName="S-B", fontSize=18, leading=22, textColor=TEAL)
SUB = ParagraphStyle("s", fontName="S", fontSize=10.5, leading=14)
H2 = ParagraphStyle("h2", fontName="S-B", fontSize=11.5, leading=15, textColor=TEAL, spaceBefore=9, spaceAfter=3,
                    keepWithNext=True)
H3 = ParagraphStyle("h3", fontName="S-BI", fontSize=9.8, leading=13, spaceBefore=6, spaceAfter=3, keepWithNext=True)
QUOTE = ParagraphStyle("q", parent=BODY, fontName="S-I", leftIndent=8 * mm, rightIndent=8 * mm, textColor=GREY)
CELL = ParagraphStyle("cell", fontName="S", fontSize=8.5, leading=11)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="S-B")
QV = ParagraphStyle("qv", parent=BODY, fontName="S-B", spaceBefore=5, spaceAfter=2, keepWithNext=True)


def page_fn(head, foot):
    def fn(canv, doc):
        canv.saveState()
        canv.setFont("S", 7.2)
        canv.setFillColor(GREY)
        if doc.page > 1:
            canv.drawString(22 * mm, A4[1] - 12 * mm, head)
            canv.setStrokeColor(TEAL)
            canv.setLineWidth(0.5)
            canv.line(22 * mm, A4[1] - 13.5 * mm, A4[0] - 22 * mm, A4[1] - 13.5 * mm)
        canv.drawRightString(A4[0] - 22 * mm, 10 * mm, foot.format(n=doc.page, m=doc._b126_total))
        canv.restoreState()
    return fn


def build(story_fn, pdfname, head, title, foot, author):
    total = 0
    for _ in range(2):
        doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                                topMargin=19 * mm, bottomMargin=18 * mm, title=title, author=author,
                                creator="reportlab")
        doc._b126_total = total or "?"
        doc.build(story_fn(), onFirstPage=page_fn(head, foot), onLaterPages=page_fn(head, foot))
        total = doc.page


def rule():
    r = Table([[""]], colWidths=[166 * mm], rowHeights=[2.2])
    r.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), TEAL)]))
    return r


def item(n, lead, text):
    return Paragraph(f"<b>{lead}</b> {text}", ITEM, bulletText=f"{n}.")


def advice_story():
    s = [Paragraph("Regionaal Bureau Leerplicht en RMC Eemvliet", SMALL), Spacer(1, 3),
         Paragraph("Elke dag telt", TITLE),
         Paragraph("Jaarverslag leerplicht en RMC, schooljaar 2025-2026", SUB), Spacer(1, 3),
         Paragraph("Kenmerk RBL/2026/112 - 2 september 2026 - aan de colleges en gemeenteraden van Eemsterhout, "
                   "Kortenaar, Middelbeek, Oud-Vliedorp en Zwaansdijk", SMALL), Spacer(1, 5), rule()]
    s.append(Paragraph("1. Inleiding", H2))
    s.append(Paragraph(
        "Het Regionaal Bureau Leerplicht en RMC Eemvliet voert voor vijf gemeenten de Leerplichtwet 1969 uit en "
        "houdt jongeren tot 23 jaar zonder startkwalificatie in beeld. Volgens de wet moet het college jaarlijks "
        "aan de gemeenteraad en aan de minister verslag doen van het gevoerde beleid. Dit jaarverslag is daarvoor "
        "de basis. Het is opgesteld door de leerplichtambtenaren en RMC-consulenten van het bureau.", BODY))
    s.append(Paragraph(
        "De wet is helder over de rol van de school: een school moet ongeoorloofd verzuim van zestien uur of meer "
        "binnen vier lesweken melden bij de leerplichtambtenaar, en ouders moeten ervoor zorgen dat hun kind "
        "ingeschreven staat en de school geregeld bezoekt. Die plichten staan in dit verslag niet ter discussie; "
        "wij beschrijven hoe de praktijk ermee omgaat.", BODY))
    s.append(Paragraph("2. Cijfers", H2))
    rows = [["", "2024-2025", "2025-2026"],
            ["Leerplichtige leerlingen in de regio", "14.870", "14.925"],
            ["Meldingen ongeoorloofd verzuim", "1.412", "1.538"],
            ["Absoluut verzuimers (niet ingeschreven)", "17", "12"],
            ["Thuiszitters (langer dan vier weken)", "54", "61"],
            ["Vrijstellingen artikel 5 onder a", "88", "93"],
            ["Processen-verbaal", "46", "39"],
            ["Voortijdig schoolverlaters 18-23 jaar", "411", "436"]]
    data = [[Paragraph(c, CELLB if i == 0 or j == 0 else CELL) for j, c in enumerate(r)] for i, r in enumerate(rows)]
    t = Table(data, colWidths=[96 * mm, 35 * mm, 35 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), PALE), ("LINEBELOW", (0, 0), (-1, -1), 0.4, TEAL),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    s += [t, Spacer(1, 6)]
    s.append(Paragraph(
        "Het aantal verzuimmeldingen steeg met bijna negen procent. Het aantal thuiszitters nam toe van 54 naar 61; "
        "29 van hen zitten langer dan drie maanden thuis. De gemiddelde caseload van een leerplichtambtenaar lag "
        "dit jaar op 310 dossiers, tegen 265 twee jaar geleden.", BODY))
    s.append(Paragraph("3. Ontwikkelingen", H2))
    s.append(Paragraph("In het afgelopen schooljaar zagen wij drie ontwikkelingen:", BODY))
    s.append(Paragraph("Meer leerlingen verzuimen door psychische klachten en somberheid, vooral in de onderbouw "
                       "van het voortgezet onderwijs.", ITEM, bulletText="1."))
    s.append(Paragraph("Scholen melden verzuim vaak pas als de zestien uur ruim zijn overschreden, waardoor het "
                       "eerste gesprek te laat komt.", ITEM, bulletText="2."))
    s.append(Paragraph("Leerlingen met een deeltijdrooster vallen buiten de regeling leerlingenvervoer en blijven "
                       "daardoor soms helemaal thuis.", ITEM, bulletText="3."))
    s.append(Paragraph(
        "In het jaarverslag 2024-2025 deden wij de aanbeveling: <i>'Zorg voor een sluitende aanpak voor "
        "thuiszitters, met vaste afspraken tussen gemeente, school en jeugdhulp.'</i> Die aanbeveling is in alle "
        "vijf gemeenten besproken, maar de afspraken verschillen nog sterk per gemeente. Twee gemeenten werken "
        "inmiddels met een vast aanspreekpunt; daar zitten thuiszitters gemiddeld zeven weken korter thuis.",
        BODY))
    s.append(Paragraph(
        "Het samenwerkingsverband passend onderwijs heeft in maart 2026 een nieuw ondersteuningsplan vastgesteld. "
        "Daarin staat dat scholen meer maatwerk moeten bieden, maar niet hoe dat in het rooster wordt geregeld.",
        BODY))
    s.append(Paragraph("4. Wat het bureau deed", H2))
    s.append(Paragraph(
        "Het bureau voerde in 2025-2026 ruim 1.100 verzuimgesprekken met leerlingen en ouders. In 212 gevallen "
        "volgde een Halt-verwijzing of een zorgmelding; 39 keer maakte een leerplichtambtenaar proces-verbaal "
        "op. Het aantal processen-verbaal daalde, omdat wij vaker eerst een gesprek met de zorgcoördinator van de "
        "school voeren.", BODY))
    s.append(Paragraph(
        "Sinds januari 2026 houdt elke leerplichtambtenaar op een vaste dag spreekuur op school. Scholen waarderen "
        "dat: in de enquête onder zorgcoördinatoren gaf 84 procent aan dat de lijnen korter zijn geworden. Wel "
        "zien wij dat de spreekuren vooral op de grote scholen goed lopen; op de kleinere scholen komt het "
        "spreekuur vaak te vervallen omdat er geen leerlingen zijn aangemeld.", BODY))
    s.append(Paragraph(
        "Het RMC-team benaderde 436 jongeren zonder startkwalificatie. Met 251 van hen kwam een gesprek tot stand; "
        "118 jongeren gingen weer naar school of begonnen aan een leerwerktraject. Een deel van de overige "
        "jongeren werkt en wil geen hulp; van ongeveer 90 jongeren weten wij niet waar zij zijn, omdat zij "
        "verhuisd zijn of niet reageren. Die groep groeit al drie jaar. Met het UWV wisselen wij nu alleen "
        "eens per kwartaal een lijst uit.", BODY))
    s.append(Paragraph(
        "Een ouder van een leerling die vijf maanden thuiszat, vertelde ons: <i>'Iedereen was aardig, maar ik wist "
        "nooit wie er nu eigenlijk over ging.'</i> Dat beeld herkennen wij uit veel dossiers.", BODY))
    s.append(Paragraph(
        "Voor luxe verzuim, het ongeoorloofd op vakantie gaan buiten de schoolvakanties, kregen wij 64 meldingen, "
        "vooral rond de meivakantie. Dat aantal is al jaren ongeveer gelijk.", BODY))
    s.append(Paragraph("5. Aanbevelingen", H2))
    s.append(Paragraph("Op grond van deze cijfers en ontwikkelingen doen wij de volgende aanbevelingen.", BODY))
    s.append(Paragraph("Aan de gemeenten", H3))
    s.append(item(1, "Eén aanspreekpunt.",
                  "Wijs in elke gemeente één casusregisseur aan die bij elke thuiszitter binnen vier weken met "
                  "ouders, school en jeugdhulp om tafel zit en daarna de regie houdt tot de leerling weer naar "
                  "school gaat."))
    s.append(item(2, "Vervoer bij een deeltijdrooster.",
                  "Pas de verordening leerlingenvervoer zo aan dat ook leerlingen met een tijdelijk deeltijdrooster "
                  "recht hebben op vervoer, ook als zij maar een halve dag naar school gaan."))
    s.append(item(3, "Jeugdhulp in de school.",
                  "Financier vanaf 2027 een jeugdhulpverlener op elk van de vijf scholen voor voortgezet onderwijs "
                  "in de regio, zodat een leerling met psychische klachten binnen twee weken hulp krijgt."))
    s.append(Paragraph("Aan de scholen en het samenwerkingsverband", H3))
    s.append(item(4, "Eerder melden.",
                  "Meld ongeoorloofd verzuim al na acht uur binnen vier lesweken bij het verzuimloket van het "
                  "bureau, en niet pas bij de wettelijke grens van zestien uur, zodat de leerplichtambtenaar het "
                  "eerste gesprek kan voeren voordat het verzuim een patroon wordt. Leg deze afspraak vast in het "
                  "regionale verzuimprotocol, dat de scholen en het bureau samen beheren, en spreek af dat een "
                  "school bij elke melding ook aangeeft welke ondersteuning de leerling al heeft gekregen."))
    s.append(item(5, "Maatwerk in het rooster.",
                  "Maak het mogelijk dat een leerling die dreigt uit te vallen tijdelijk een aangepast rooster "
                  "volgt, deels met onderwijs op afstand, en leg per leerling vast wie dat rooster bewaakt en "
                  "wanneer het weer wordt opgebouwd."))
    s.append(Paragraph("Aan het algemeen bestuur", H3))
    s.append(item(6, "Capaciteit.",
                  "Breid de formatie van het bureau uit met 2,0 fte leerplichtambtenaar, zodat de caseload weer "
                  "onder de 250 dossiers per ambtenaar komt."))
    s.append(item(7, "Jongeren zonder startkwalificatie.",
                  "Stel samen met het UWV en de twee mbo-instellingen een gezamenlijk werkproces op waarmee jongeren "
                  "van 18 tot 23 jaar die uit beeld raken binnen drie maanden persoonlijk worden benaderd."))
    s.append(Paragraph("6. Tot slot", H2))
    s.append(Paragraph(
        "Wij danken de scholen, het samenwerkingsverband en de jeugdhulpaanbieders voor de goede samenwerking. "
        "De aanbevelingen 1, 4 en 6 bespreken wij graag als eerste in het portefeuillehoudersoverleg onderwijs "
        "van oktober 2026.", BODY))
    s.append(Paragraph("Mr. Femke Oosterbaan, coördinator Regionaal Bureau Leerplicht en RMC Eemvliet", BODY))
    return s


def response_story():
    s = [Paragraph("GEMEENTE EEMSTERHOUT", SMALL), Spacer(1, 2),
         Paragraph("Beantwoording schriftelijke vragen", TITLE), Spacer(1, 4)]
    meta = [["Vragen van", "N. Haddou (fractie Samen Eemsterhout)"],
            ["Ingekomen", "14 september 2026, ex artikel 41 Reglement van orde voor de raad"],
            ["Onderwerp", "Jaarverslag leerplicht en RMC 2025-2026"],
            ["Registratienummer", "2026-RV-0318"],
            ["Beantwoord", "6 oktober 2026"]]
    t = Table([[Paragraph(a, CELLB), Paragraph(b, CELL)] for a, b in meta], colWidths=[38 * mm, 128 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), PALE), ("GRID", (0, 0), (-1, -1), 0.4, TEAL),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, Spacer(1, 8)]
    s.append(Paragraph(
        "Het college van burgemeester en wethouders beantwoordt de vragen van mevrouw Haddou als volgt. De vragen "
        "zijn letterlijk overgenomen.", BODY))
    qa = [
        ("Vraag 1", "Het jaarverslag meldt 61 thuiszitters in de regio. Hoeveel daarvan wonen in Eemsterhout?",
         "Op 1 augustus 2026 woonden veertien van de thuiszitters in Eemsterhout, tegen elf een jaar eerder. Negen "
         "van hen zijn jonger dan veertien jaar."),
        ("Vraag 2", "Het bureau adviseert elke gemeente één casusregisseur voor thuiszitters aan te wijzen. Neemt het "
         "college dit over, en per wanneer?",
         "Ja. Vanaf 1 januari 2027 is een vaste casusregisseur van het sociaal team het aanspreekpunt voor elke "
         "thuiszitter in Eemsterhout. Hij of zij nodigt ouders, school en jeugdhulp binnen vier weken uit en blijft "
         "betrokken tot de leerling weer op school zit."),
        ("Vraag 3", "Is het college bereid om op elke school een eigen jeugdhulpverlener te financieren, zoals het "
         "bureau voorstelt?",
         "Gedeeltelijk. Wij financieren vanaf het schooljaar 2027-2028 een jeugdhulpverlener op de twee scholen "
         "voor voortgezet onderwijs in Eemsterhout zelf. Over de drie scholen in de andere gemeenten gaat dit "
         "college niet; wij leggen de vraag wel voor aan de regio."),
        ("Vraag 4", "Wat vindt het college van wat het bureau de scholen aanbeveelt: verzuim eerder melden en "
         "leerlingen een aangepast rooster bieden?",
         "Het eerder melden van verzuim is een zaak van de scholen en het samenwerkingsverband. Wij brengen het "
         "voorstel in bij het overleg met de schoolbesturen in november, maar nemen er zelf geen standpunt over "
         "in. Het aangepaste rooster steunen wij wel ten volle: het samenwerkingsverband heeft ons toegezegd per "
         "1 maart 2027 een roosterprotocol in te voeren, met per leerling een vaste mentor als bewaker."),
        ("Vraag 5", "Het bureau vraagt 2,0 fte extra leerplichtambtenaren. Gaat het college daarmee akkoord in het "
         "algemeen bestuur?",
         "Het college steunt een uitbreiding met 1,0 fte; de bijdrage van Eemsterhout stijgt daardoor met "
         "23.400 euro per jaar. Voor een volledige uitbreiding met 2,0 fte ziet het college in de begroting 2027 "
         "geen ruimte. Onze portefeuillehouder zal dit standpunt in het algemeen bestuur van 12 november "
         "inbrengen."),
        ("Vraag 6", "Leerlingen met een deeltijdrooster krijgen nu geen vervoer. Gaat het college de verordening "
         "aanpassen?",
         "Nee. Artikel 12 van de verordening geeft het college nu al de ruimte om in bijzondere gevallen af te "
         "wijken, en dat doen wij ook. In 2025-2026 kregen zo drie leerlingen toch vervoer. Een algemene "
         "aanspraak op vervoer voor een halve schooldag vinden wij te duur en organisatorisch niet haalbaar."),
        ("Vraag 7", "Wanneer kan de raad het jaarverslag bespreken?",
         "Het jaarverslag staat op de agenda van de commissie Samenleving van 22 oktober 2026. Het bureau "
         "geeft daar een korte toelichting."),
    ]
    for q, vraag, antwoord in qa:
        s.append(Paragraph(f"{q}", QV))
        s.append(Paragraph(f"<i>{vraag}</i>", BODY))
        s.append(Paragraph(f"<b>Antwoord</b><br/>{antwoord}", BODY))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Burgemeester en wethouders van Eemsterhout,<br/>de secretaris, drs. P.M. van Rijswijk<br/>"
                       "de burgemeester, J.A. Struik", BODY))
    return s


def expected():
    recs = [
        (1, "Wijs in elke gemeente één casusregisseur aan die bij",
         "een vaste casusregisseur van het sociaal team het aanspreekpunt", "agrees"),
        (2, "Pas de verordening leerlingenvervoer zo aan dat ook leerlingen",
         "Een algemene aanspraak op vervoer voor een halve schooldag", "disagrees"),
        (3, "Financier vanaf 2027 een jeugdhulpverlener op elk van de vijf",
         "Over de drie scholen in de andere gemeenten", "partly"),
        (4, "Meld ongeoorloofd verzuim al na acht uur binnen vier lesweken",
         "maar nemen er zelf geen standpunt over in", "noted"),
        (5, "Maak het mogelijk dat een leerling die dreigt uit te vallen",
         "Het aangepaste rooster steunen wij wel ten volle", "agrees"),
        (6, "Breid de formatie van het bureau uit met 2,0 fte",
         "Het college steunt een uitbreiding met 1,0 fte", "partly"),
        (7, "Stel samen met het UWV en de twee mbo-instellingen een", None, "unanswered"),
    ]
    unmatched = ["woonden veertien van de thuiszitters in Eemsterhout",
                 "staat op de agenda van de commissie Samenleving",
                 "beantwoordt de vragen van mevrouw Haddou als volgt"]
    notes = ("Advice: a regional school-attendance bureau's annual report (Jaarverslag leerplicht en RMC, reportlab, "
             "3 p.); the seven recommendations are a NUMBERED LIST 1.-7. with bold lead-in titles ('Eén "
             "aanspreekpunt.') split over three addressee sub-headings (gemeenten 1-3, scholen en "
             "samenwerkingsverband 4-5, algemeen bestuur 6-7), running across the page break. Traps: the "
             "Leerplichtwet paraphrased with 'moet', a figures table, a numbered list 1.-3. 'Ontwikkelingen' "
             "(findings), last year's recommendation quoted as an imperative ('Zorg voor een sluitende aanpak'), a "
             "closing line naming 'De aanbevelingen 1, 4 en 6'. Response: one member gemeente's BEANTWOORDING VAN "
             "SCHRIFTELIJKE VRAGEN (art. 41 RvO) of a council member: 'Vraag 1'-'Vraag 7' each with the question in "
             "italics and an 'Antwoord'; the question numbers are not recommendation numbers. Vraag 1 (figures for "
             "Eemsterhout) and Vraag 7 (agenda) answer nothing; Vraag 2 = 1 agrees (case director from 1 January "
             "2027); Vraag 3 = 3 partly (only the two schools in the gemeente itself); Vraag 4 = ONE answer for two: "
             "4 noted (a matter for the schools, put to the school boards without a position) and 5 agrees "
             "(timetable protocol from 1 March 2027); Vraag 5 = 6 partly (1.0 fte instead of 2.0); Vraag 6 = 2 "
             "disagrees (no change to the transport regulation, hardship clause suffices); 7 (UWV and mbo work "
             "process) never answered: unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    build(advice_story, NAME + "_advice.pdf", "Regionaal Bureau Leerplicht en RMC Eemvliet - jaarverslag 2025-2026 "
          "- RBL/2026/112", "Elke dag telt", "pagina {n} van {m}", "Regionaal Bureau Leerplicht en RMC Eemvliet")
    build(response_story, NAME + "_response.pdf", "Gemeente Eemsterhout - beantwoording schriftelijke vragen "
          "2026-RV-0318", "Beantwoording schriftelijke vragen", "{n}/{m}", "Gemeente Eemsterhout")
    expected()
