"""Round 147 (nl): the SELECTIEADVIES of an (invented) regional archaeological service to a municipality after an
archaeological desk study and auger survey for a new housing site; its seven recommendations are LETTERED a)-g)
hanging under '5 Selectieadvies', after the survey's conclusions lettered a)-e) in exactly the same hanging style
under '4 Conclusies'; answered by the college's formal SELECTIEBESLUIT ('gelet op', 'overwegende dat' with numbered
considerations, 'besluit' with ARTIKELEN), which never names the letters and follows its own order.

Advice (reportlab, sans, brown title rule and headings, metadata table, zone table, running head, 'pagina n van m'):
the Erfgoedwet and the omgevingsplan's rules paraphrased with 'moet' (trap), the municipal policy map of 2019 quoted
with 'moet' (trap), the contractor's own advice quoted as an imperative ('Geef zone C vrij ...', trap), conclusions
lettered a)-e) in the recommendations' style (trap), 'Wij adviseren niet om zone C ... vrij te geven' (trap), a
closing naming 'de onderdelen a en c' (trap). Response (reportlab, 'pagina n'): considerations 1-6 and articles 1-5:
b agrees (consideration 2 and article 2), c partly (consideration 3 and article 3: a 40 by 50 m grid only where the
pond is dug), d disagrees (consideration 4: the 500 m2 threshold is kept), e noted (consideration 5: passed to the
urban designer, no decision now), a agrees (article 1: trial trenches over at least 5 percent), g agrees (article 4:
finds to the provincial depot); f (an open day and a short publication) unanswered; consideration 1 (the survey was
done properly), consideration 6 (answering the 'we do not advise' sentence) and article 5 (objection) answer nothing
else. All bodies, places, people, figures and reference numbers invented; the Erfgoedwet and the omgevingsplan named
as context only.

Run: /tmp/blind147nl/bin/python tests/docs/src/blind147/gen_nl_selectieadvies_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b147nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

NAME = "blind147_nl_selectieadvies"
FS = B.tmp_fonts()
for key, suf in (("Regular", ""), ("Bold", "-B"), ("Italic", "-I"), ("Bold Italic", "-BI")):
    pdfmetrics.registerFont(TTFont("S" + suf, FS[key]))
addMapping("S", 0, 0, "S")
addMapping("S", 1, 0, "S-B")
addMapping("S", 0, 1, "S-I")
addMapping("S", 1, 1, "S-BI")

INK = colors.HexColor("#6b4423")
LINE = colors.HexColor("#cdb79e")
GREY = colors.HexColor("#555555")
BODY = ParagraphStyle("body", fontName="S", fontSize=9.5, leading=13.6, spaceAfter=5)
SMALL = ParagraphStyle("small", fontName="S", fontSize=8, leading=10.5, textColor=GREY)
TITLE = ParagraphStyle("t", fontName="S-B", fontSize=15, leading=19, textColor=INK, spaceAfter=4)
SUB = ParagraphStyle("sub", fontName="S", fontSize=9, leading=12, textColor=GREY, spaceAfter=6)
H2 = ParagraphStyle("h2", fontName="S-B", fontSize=11, leading=15, textColor=INK, spaceBefore=8, spaceAfter=3,
                    keepWithNext=True)
QUOTE = ParagraphStyle("q", parent=BODY, fontName="S-I", leftIndent=8 * mm, rightIndent=6 * mm, textColor=GREY,
                       spaceAfter=5)
CELL = ParagraphStyle("cell", fontName="S", fontSize=8.4, leading=11)
HEADC = ParagraphStyle("headc", parent=CELL, fontName="S-B", textColor=colors.white)
LETTER = ParagraphStyle("letter", parent=BODY, fontName="S-B", textColor=INK, spaceAfter=0)
HANG = ParagraphStyle("hang", parent=BODY, spaceAfter=0)
CENTER = ParagraphStyle("center", parent=BODY, fontName="S-B", alignment=1, spaceBefore=6, spaceAfter=6)
ART = ParagraphStyle("art", parent=BODY, fontName="S-B", spaceBefore=4, spaceAfter=1, keepWithNext=True)


def page_fn(head, of_m):
    def fn(canv, doc):
        canv.saveState()
        canv.setFont("S", 7.2)
        canv.setFillColor(GREY)
        if doc.page > 1:
            canv.drawString(20 * mm, A4[1] - 12 * mm, head)
            canv.setStrokeColor(INK)
            canv.setLineWidth(0.5)
            canv.line(20 * mm, A4[1] - 13.5 * mm, A4[0] - 20 * mm, A4[1] - 13.5 * mm)
        canv.drawRightString(A4[0] - 20 * mm, 10 * mm, f"pagina {doc.page} van {of_m}" if of_m else
                             f"pagina {doc.page}")
        canv.restoreState()
    return fn


def build(story, pdfname, head, title, author, of_m=None):
    doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=19 * mm, bottomMargin=18 * mm, title=title, author=author,
                            creator="reportlab")
    doc.build(story, onFirstPage=page_fn(head, of_m), onLaterPages=page_fn(head, of_m))


def P(t, s=BODY):
    return Paragraph(t, s)


def rule():
    r = Table([[""]], colWidths=[170 * mm], rowHeights=[2.2])
    r.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), INK)]))
    return r


def meta_table(rows):
    t = Table([[P(a, CELL), P(b, CELL)] for a, b in rows], colWidths=[34 * mm, 136 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f2ebe2"))]))
    return t


def hanging(items):
    """Lettered items with a hanging letter: conclusions and recommendations alike."""
    t = Table([[P(f"{k})", LETTER), P(v, HANG)] for k, v in items], colWidths=[9 * mm, 161 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    return t


def zones():
    rows = [["Zone", "Omvang", "Bodem", "Vondsten uit de boringen", "Verwachting"],
            ["A - es aan de Wolfskamp", "2,1 ha", "esdek van 60 tot 90 cm op een intacte podzol",
             "houtskool, aardewerk en vuursteen uit de late ijzertijd in 9 van de 34 boringen", "hoog"],
            ["B - voormalige zandwinning", "2,9 ha", "vergraven tot 1,8 m onder maaiveld, opgevuld met bouwzand",
             "geen", "laag"],
            ["C - dal van de Hessenbeek", "1,4 ha", "beekeerd en veen tot 1,2 m, gedeeltelijk ontwaterd",
             "een bewerkte hazelnootdop en houtresten in 2 boringen", "middelhoog"]]
    data = [[P(c, HEADC if i == 0 else CELL) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=[33 * mm, 19 * mm, 42 * mm, 50 * mm, 26 * mm], repeatRows=1)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
                           ("BACKGROUND", (0, 0), (-1, 0), INK), ("TOPPADDING", (0, 0), (-1, -1), 3),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return t


CONCL = [
    ("a", "In zone A is het esdek grotendeels intact. Onder het esdek liggen vrijwel zeker resten van een "
          "nederzetting uit de late ijzertijd; de vondsten concentreren zich in het noordelijke deel."),
    ("b", "In zone B zijn geen archeologische resten meer te verwachten. De bodem is bij de zandwinning in de jaren "
          "zestig tot onder het niveau van de oorspronkelijke podzol afgegraven."),
    ("c", "In zone C kunnen in het veen en de beekbedding resten bewaard zijn van jagers en verzamelaars uit de "
          "steentijd. Met het grid van het booronderzoek (40 bij 50 meter) is dat niet vast te stellen."),
    ("d", "Het plan voorziet in zone C een waterpartij van ongeveer 0,4 ha, tot 1,5 meter diep; elders in zone C "
          "wordt niet dieper dan 40 centimeter gegraven."),
    ("e", "Het vondstmateriaal uit de boringen ligt nu in de gemeentelijke opslag aan de Industrieweg, zonder "
          "klimaatbeheersing."),
]

RECS = [
    ("a", "Laat in zone A een proefsleuvenonderzoek uitvoeren over ten minste 5 procent van het oppervlak, voordat "
          "het stedenbouwkundig plan wordt vastgesteld. Zo kan de uitkomst nog in het ontwerp worden meegenomen."),
    ("b", "Geef zone B vrij van verdere archeologische verplichtingen; vervolgonderzoek levert daar niets meer op."),
    ("c", "Laat in zone C een aanvullend booronderzoek doen met een fijnmazig grid van 20 bij 25 meter, gericht op "
          "het veen en de oude beekbedding, over de hele zone."),
    ("d", "Neem voor de zones A en C in het omgevingsplan een archeologische regel op met een vrijstellingsgrens "
          "van 100 m² in plaats van de 500 m² die nu voor het buitengebied geldt."),
    ("e", "Overweeg om in zone A een strook van ongeveer 0,3 ha langs de oude esrand onbebouwd te laten, zodat een "
          "deel van het esdek met wat eronder ligt in de bodem bewaard blijft."),
    ("f", "Betrek de inwoners bij het onderzoek met een open dag tijdens het proefsleuvenonderzoek en een korte, "
          "goed leesbare publicatie over de resultaten."),
    ("g", "Breng het vondstmateriaal van het booronderzoek en van al het vervolgonderzoek onder in het provinciaal "
          "depot voor bodemvondsten, en niet in de gemeentelijke opslag."),
]


def advice():
    s = [P("Regionale Archeologische Dienst Oostermark - Brinkstraat 14, 7711 KC Harderveen - "
           "archeologie@rado.example", SMALL), Spacer(1, 3), rule(), Spacer(1, 5),
         P("Selectieadvies archeologie plangebied Wolfskamp-Zuid", TITLE),
         P("advies aan het college van burgemeester en wethouders van Harderveen", SUB),
         meta_table([("Aan", "het college van burgemeester en wethouders van Harderveen, t.a.v. de heer J. Brouwer, "
                             "projectleider Wolfskamp-Zuid"),
                     ("Van", "drs. A.M. Lamberink, regioarcheoloog"),
                     ("Kenmerk", "RAD-OM 2027-041"),
                     ("Datum", "8 april 2027"),
                     ("Onderzoek", "ArcheoPlan bv, bureauonderzoek en verkennend en karterend booronderzoek "
                                   "Wolfskamp-Zuid, rapport AP-2027-118")]),
         Spacer(1, 4),
         P("1 Aanleiding", H2),
         P("De gemeente wil op Wolfskamp-Zuid, aan de zuidrand van Harderveen, ongeveer 180 woningen bouwen. Het "
           "plangebied is 6,4 ha groot. Volgens de Erfgoedwet moet het bevoegd gezag bij een bodemingreep rekening "
           "houden met archeologische waarden, en op grond van het omgevingsplan moet voor ingrepen dieper dan 50 "
           "centimeter en groter dan 500 m² een archeologisch rapport worden overgelegd. Daarom liet de gemeente "
           "ArcheoPlan bv een bureauonderzoek en een booronderzoek uitvoeren. U vroeg ons om op basis daarvan een "
           "selectieadvies: welke delen van het plangebied moeten verder worden onderzocht, en hoe?"),
         P("2 Beleid", H2),
         P("Op de archeologische beleidskaart van Harderveen uit 2019 ligt het plangebied deels in een zone met een "
           "hoge verwachting. De toelichting bij de kaart zegt daarover:"),
         P("'Bij een hoge archeologische verwachting moet een booronderzoek altijd worden gevolgd door een "
           "proefsleuvenonderzoek, tenzij uit de boringen blijkt dat de bodem verstoord is.'", QUOTE),
         P("3 Resultaten van het onderzoek", H2),
         P("ArcheoPlan zette 96 boringen in drie zones. De tabel hieronder vat de resultaten samen."),
         zones(), Spacer(1, 6),
         P("ArcheoPlan komt voor zone C tot de conclusie:"),
         P("'Geef zone C vrij, omdat in de boringen geen vuursteen of aardewerk is aangetroffen.'", QUOTE),
         P("Wij delen die conclusie niet. In veen en beekafzettingen liggen resten van de steentijd vaak zo "
           "verspreid dat een grof boorgrid ze eenvoudig mist. De bewerkte hazelnootdop is daarvoor een "
           "aanwijzing."),
         P("4 Conclusies", H2),
         hanging(CONCL),
         P("5 Selectieadvies", H2),
         P("Op grond van het onderzoek en de beleidskaart adviseren wij het college als volgt."),
         hanging(RECS), Spacer(1, 4),
         P("Wij adviseren niet om zone C nu, zoals ArcheoPlan voorstelt, zonder aanvullend onderzoek vrij te geven. "
           "Ook een volledige opgraving van zone A is op dit moment niet nodig: eerst moet uit de proefsleuven "
           "blijken hoe groot en hoe gaaf de nederzetting is."),
         P("6 Tot slot", H2),
         P("Het proefsleuvenonderzoek in zone A en het booronderzoek in zone C kosten samen naar schatting 38.000 "
           "euro. Wij vragen u om de onderdelen a en c nog dit voorjaar in gang te zetten: dan ligt er na de zomer "
           "een onderbouwd beeld en hoeft de planning van de woningbouw niet te schuiven. Wij stellen de programma's "
           "van eisen graag samen met uw projectleider op."),
         Spacer(1, 4),
         P("drs. A.M. Lamberink, regioarcheoloog<br/>Regionale Archeologische Dienst Oostermark", SMALL)]
    build(s, NAME + "_advice.pdf", "Regionale Archeologische Dienst Oostermark - selectieadvies Wolfskamp-Zuid - "
          "RAD-OM 2027-041", "Selectieadvies archeologie plangebied Wolfskamp-Zuid",
          "Regionale Archeologische Dienst Oostermark", of_m=2)


def considerations():
    items = [
        "ArcheoPlan bv het bureauonderzoek en het booronderzoek heeft uitgevoerd volgens de geldende "
        "kwaliteitsnorm, en de regioarcheoloog het rapport AP-2027-118 heeft beoordeeld;",
        "het college het advies om zone B vrij te geven volgt, nu de bodem daar bij de zandwinning tot ruim onder "
        "de oorspronkelijke podzol is vergraven;",
        "in zone C alleen voor de waterpartij dieper dan 50 centimeter wordt gegraven; een fijnmazig booronderzoek "
        "over de hele zone daarom niet in verhouding staat tot de ingreep, en het college aanvullende boringen "
        "voorschrijft in een grid van 40 bij 50 meter, beperkt tot de zoekzone voor de waterpartij plus een rand "
        "van tien meter;",
        "het college de vrijstellingsgrens van 500 m² handhaaft, zoals in het hele buitengebied van Harderveen, "
        "omdat een lagere grens ook kleine bouwplannen van particulieren met onderzoekskosten zou belasten;",
        "de suggestie om een strook langs de esrand onbebouwd te laten wordt meegegeven aan de stedenbouwkundige "
        "die het ontwerp voor Wolfskamp-Zuid maakt; het college neemt daarover nu geen besluit;",
        "het college met de regioarcheoloog van oordeel is dat het onderzoek in zone C eerst moet worden afgerond "
        "voordat over die zone een besluit valt;",
    ]
    t = Table([[P(f"{i}.", HANG), P(v, BODY)] for i, v in enumerate(items, 1)], colWidths=[8 * mm, 162 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return t


ARTICLES = [
    ("Artikel 1 - Zone A", "Voor zone A wordt een proefsleuvenonderzoek voorgeschreven over ten minste 5 procent "
     "van het oppervlak van die zone. Het programma van eisen wordt vooraf ter beoordeling voorgelegd aan de "
     "regioarcheoloog. Het stedenbouwkundig plan wordt pas vastgesteld als de resultaten bekend zijn."),
    ("Artikel 2 - Zone B", "Zone B wordt vrijgegeven. Voor deze zone gelden geen verdere archeologische "
     "verplichtingen."),
    ("Artikel 3 - Zone C", "Voor zone C wordt een aanvullend booronderzoek voorgeschreven binnen de zoekzone voor "
     "de waterpartij, zoals omschreven onder overweging 3. Over de rest van zone C besluit het college na afloop "
     "van dat onderzoek."),
    ("Artikel 4 - Vondsten", "Het vondstmateriaal van het booronderzoek en van het vervolgonderzoek wordt "
     "overgedragen aan het provinciaal depot voor bodemvondsten in Dalhuizen. De gemeentelijke opslag wordt "
     "niet meer gebruikt voor archeologische vondsten."),
    ("Artikel 5 - Inwerkingtreding", "Dit besluit treedt in werking op de dag na verzending. Belanghebbenden kunnen "
     "binnen zes weken na die dag bezwaar maken bij het college."),
]


def response():
    s = [P("Gemeente Harderveen - college van burgemeester en wethouders - Postbus 40, 7710 AA Harderveen", SMALL),
         Spacer(1, 3), rule(), Spacer(1, 5),
         P("Selectiebesluit archeologie Wolfskamp-Zuid", TITLE),
         P("zaaknummer Z/27/004512 - verzonden 29 april 2027", SUB),
         P("Het college van burgemeester en wethouders van Harderveen,"),
         P("gelet op de Erfgoedwet en de regels over archeologie in het omgevingsplan van Harderveen;"),
         P("gezien het rapport AP-2027-118 van ArcheoPlan bv en het selectieadvies van de Regionale Archeologische "
           "Dienst Oostermark van 8 april 2027, kenmerk RAD-OM 2027-041;"),
         P("overwegende dat:"),
         considerations(), Spacer(1, 2),
         P("besluit:", CENTER)]
    for head, text in ARTICLES:
        s += [P(head, ART), P(text)]
    s += [Spacer(1, 6),
          P("Het college stuurt een afschrift van dit besluit aan de Regionale Archeologische Dienst Oostermark en "
            "dankt de regioarcheoloog voor het heldere advies."),
          Spacer(1, 4),
          P("Harderveen, 27 april 2027<br/>burgemeester en wethouders van Harderveen,<br/>mr. E.C. Dijkhuis, "
            "secretaris - H.J. ten Velde, burgemeester", SMALL)]
    build(s, NAME + "_response.pdf", "Gemeente Harderveen - selectiebesluit archeologie Wolfskamp-Zuid - "
          "Z/27/004512", "Selectiebesluit archeologie Wolfskamp-Zuid", "Gemeente Harderveen")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        ("a", "Laat in zone A een proefsleuvenonderzoek uitvoeren over ten minste",
         "Voor zone A wordt een proefsleuvenonderzoek voorgeschreven", "agrees"),
        ("b", "Geef zone B vrij van verdere archeologische verplichtingen; vervolgonderzoek",
         "het college het advies om zone B vrij te geven volgt", "agrees"),
        ("c", "Laat in zone C een aanvullend booronderzoek doen met een fijnmazig grid",
         "beperkt tot de zoekzone voor de waterpartij plus een rand", "partly"),
        ("d", "Neem voor de zones A en C in het omgevingsplan",
         "het college de vrijstellingsgrens van 500 m² handhaaft", "disagrees"),
        ("e", "Overweeg om in zone A een strook van ongeveer 0,3 ha",
         "wordt meegegeven aan de stedenbouwkundige die het ontwerp", "noted"),
        ("f", "Betrek de inwoners bij het onderzoek met een open dag", None, "unanswered"),
        ("g", "Breng het vondstmateriaal van het booronderzoek en van al het vervolgonderzoek",
         "overgedragen aan het provinciaal depot voor bodemvondsten in Dalhuizen", "agrees"),
    ], ["heeft uitgevoerd volgens de geldende kwaliteitsnorm",
        "het onderzoek in zone C eerst moet worden afgerond",
        "Belanghebbenden kunnen binnen zes weken na die dag bezwaar maken"],
        "Advice: the SELECTIEADVIES of a regional archaeological service to a municipality after a desk study and "
        "auger survey for a housing site; the seven recommendations are LETTERED a)-g) hanging under "
        "'5 Selectieadvies'. Traps: the Erfgoedwet and the omgevingsplan paraphrased with 'moet', the 2019 policy "
        "map quoted with 'moet', the contractor's advice quoted as an imperative ('Geef zone C vrij ...'), the "
        "conclusions lettered a)-e) under '4 Conclusies' in exactly the same hanging style, 'Wij adviseren niet om "
        "zone C ... vrij te geven', a closing naming 'de onderdelen a en c'. Response: the college's formal "
        "SELECTIEBESLUIT, 'overwegende dat' with numbered considerations 1-6 and 'besluit' with articles 1-5, "
        "never naming the letters: b agrees (consideration 2, article 2), c partly (consideration 3: a coarser "
        "grid only in the search zone of the pond; article 3), d disagrees (consideration 4: the 500 m2 threshold "
        "kept), e noted (consideration 5: passed to the urban designer, no decision now), a agrees (article 1: "
        "trial trenches over at least 5 percent), g agrees (article 4: finds to the provincial depot). f (an open "
        "day and a publication) is never answered. Consideration 1 (the survey was done properly), consideration "
        "6 (answering the 'we do not advise' sentence) and article 5 (objection period) answer nothing else.")
    print("written", NAME)
