"""Round 145 (nl): the ADVIES of the (invented) LEERLINGENRAAD of a Dutch secondary school to its school management
on the concept phone policy and break rules; its seven recommendations are a LETTERED LIST a)-g) with hanging letters
under '3 Wat wij adviseren', after the pupils' survey whose questions are lettered A-E in a ruled table; answered by
the SCHOOL MANAGEMENT's letter to the pupils, with INLINE BOLD LABELS ('Advies a.', 'Adviezen c en b.') in another
order, one paragraph answering two recommendations with different verdicts.

Advice (reportlab, sans, teal rule and headings, metadata and survey tables, running head from p. 2, 'pagina n van
m'): the participation rules paraphrased with 'moet' (trap), the concept policy quoted as imperatives ('Leg je
telefoon bij binnenkomst in het telefoonhotel ...', trap), survey questions lettered A-E (trap), 'Wij adviseren niet
om de telefoon in de onderbouw ook in de pauzes toe te staan' (trap), a closing line naming 'de adviezen a) en d)'
(trap). Response (reportlab, 'pagina n'), labels in the order a, e, c+b, d, f: a agrees, e agrees, c partly + b
disagrees in one paragraph, d agrees, f noted; g unanswered; the introduction and the closing answer nothing. All
bodies, places, people, figures and reference numbers invented; the national agreement on phones named as context
only.

Run: /tmp/blind145nl/bin/python tests/docs/src/blind145/gen_nl_leerlingenraad_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b145nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

NAME = "blind145_nl_leerlingenraad"
FS = B.tmp_fonts()
for key, suf in (("Regular", ""), ("Bold", "-B"), ("Italic", "-I"), ("Bold Italic", "-BI")):
    pdfmetrics.registerFont(TTFont("S" + suf, FS[key]))
addMapping("S", 0, 0, "S")
addMapping("S", 1, 0, "S-B")
addMapping("S", 0, 1, "S-I")
addMapping("S", 1, 1, "S-BI")

INK = colors.HexColor("#0f6b6b")
LINE = colors.HexColor("#9cc9c9")
GREY = colors.HexColor("#555555")
BODY = ParagraphStyle("body", fontName="S", fontSize=9.5, leading=13.6, spaceAfter=5)
SMALL = ParagraphStyle("small", fontName="S", fontSize=8, leading=10.5, textColor=GREY)
TITLE = ParagraphStyle("t", fontName="S-B", fontSize=15, leading=19, textColor=INK, spaceAfter=4)
H2 = ParagraphStyle("h2", fontName="S-B", fontSize=11, leading=15, textColor=INK, spaceBefore=8, spaceAfter=3,
                    keepWithNext=True)
QUOTE = ParagraphStyle("q", parent=BODY, fontName="S-I", leftIndent=8 * mm, rightIndent=6 * mm, textColor=GREY,
                       spaceAfter=3)
ITEM = ParagraphStyle("item", parent=BODY, leftIndent=8 * mm, bulletIndent=1 * mm, bulletFontName="S-B",
                      spaceAfter=4)
CELL = ParagraphStyle("cell", fontName="S", fontSize=8.5, leading=11.2)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="S-B")
HEADC = ParagraphStyle("headc", parent=CELL, fontName="S-B", textColor=colors.white)


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
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e6f2f2"))]))
    return t


def survey():
    rows = [["", "Vraag", "Ja", "Nee"],
            ["A", "Vind je het goed dat telefoons niet meer in de les gebruikt worden?", "64%", "36%"],
            ["B", "Gebruikte je vorig schooljaar je telefoon in de pauzes?", "81%", "19%"],
            ["C", "Kijk je op je telefoon om te zien of er roosterwijzigingen zijn?", "72%", "28%"],
            ["D", "Heb je dit schooljaar je telefoon weleens moeten inleveren?", "23%", "77%"],
            ["E", "Is er in de pauze genoeg te doen op school?", "29%", "71%"]]
    data = [[P(c, HEADC if i == 0 else (CELLB if j == 0 else CELL)) for j, c in enumerate(r)]
            for i, r in enumerate(rows)]
    t = Table(data, colWidths=[8 * mm, 130 * mm, 16 * mm, 16 * mm], repeatRows=1)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
                           ("BACKGROUND", (0, 0), (-1, 0), INK), ("TOPPADDING", (0, 0), (-1, -1), 3),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return t


RECS = [
    ("a)", "Hang in elk lokaal en in de aula een scherm met het actuele rooster en de roosterwijzigingen van de "
           "dag, zodat niemand daarvoor zijn telefoon nodig heeft."),
    ("b)", "Richt voor de leerlingen van de bovenbouw een telefoonzone in, bijvoorbeeld in de mediatheek, waar zij "
           "in de pauzes hun telefoon mogen gebruiken."),
    ("c)", "Geef een ingeleverde telefoon dezelfde dag terug na het laatste lesuur van de leerling zelf, ook als het "
           "de derde keer is, in plaats van pas om 16.30 uur."),
    ("d)", "Zorg voor meer te doen in de pauzes, zoals tafeltennistafels op het plein, gezelschapsspellen in de "
           "aula en een open muzieklokaal."),
    ("e)", "Laat leerlingen die hun telefoon om een medische reden nodig hebben, zoals een glucosesensor, die altijd "
           "bij zich houden, en regel dat via de mentor zonder dat de hele klas het hoeft te weten."),
    ("f)", "Betrek de leerlingenraad bij de evaluatie van de nieuwe regels na een halfjaar, en deel de uitkomsten "
           "met alle leerlingen in de schoolkrant."),
    ("g)", "Spreek ook met de docenten af dat zij hun telefoon tijdens de les niet voor privézaken gebruiken, zodat "
           "de regel voor iedereen in het lokaal geldt."),
]


def advice_story():
    s = [P("Leerlingenraad Stedelijk Lyceum De Vaart - Vaartweg 60, 1617 KP Hoornwerd - "
           "leerlingenraad@devaart.example", SMALL),
         Spacer(1, 4), rule(), Spacer(1, 6),
         P("Advies over het concept-telefoonbeleid en de pauzeregels 2027-2028", TITLE),
         P("Van de leerlingenraad aan de schoolleiding", SMALL),
         Spacer(1, 5),
         meta_table([("Aan", "mevrouw drs. M.J. Hofstede-Bakker, rector, en de teamleiders onder- en bovenbouw"),
                     ("Kenmerk en datum", "LLR-2027-04, 11 maart 2027"),
                     ("Leerlingenraad", "Noor el Idrissi (5 vwo, voorzitter), Daan Vermeulen (4 havo, secretaris), "
                      "Sem Bakker, Priya Ramkisoen, Julia Kok, Thijs van Rooij, Lina Haddou"),
                     ("Gevraagd op", "2 februari 2027, door de rector")]),
         Spacer(1, 4),
         P("1 Waarom dit advies", H2),
         P("De schoolleiding heeft ons op 2 februari gevraagd om advies over het concept-telefoonbeleid dat na de "
           "zomer ingaat. Volgens het medezeggenschapsreglement moet de schoolleiding de leerlingenraad horen "
           "voordat zij een voorstel over schoolregels aan de medezeggenschapsraad voorlegt, en moet zij "
           "schriftelijk laten weten wat zij met ons advies doet. Sinds de landelijke afspraak uit 2024 zijn "
           "telefoons op onze school al uit de klas; het concept gaat verder en regelt ook de pauzes en het "
           "inleveren. In het concept staat onder meer:"),
         P("'Leg je telefoon bij binnenkomst in het telefoonhotel van het lokaal. Wie zijn telefoon toch gebruikt, "
           "levert hem in bij de conciërge en kan hem om 16.30 uur ophalen. Bij de derde keer moet een ouder de "
           "telefoon komen ophalen.'", QUOTE),
         P("2 Wat wij deden", H2),
         P("Wij hebben in februari een enquête gehouden onder alle 1.140 leerlingen; 612 leerlingen vulden hem in, "
           "uit alle leerjaren. Daarnaast spraken wij in de pauzes met ongeveer veertig leerlingen en met de twee "
           "conciërges. De belangrijkste uitkomsten:"),
         survey(),
         Spacer(1, 3),
         P("Opvallend is dat de meeste leerlingen de regel in de les wel goed vinden, maar zich zorgen maken over de "
           "pauzes, omdat daar nu weinig anders te doen is (vraag E). Veel onderbouwers schreven dat zij juist meer "
           "met elkaar praten sinds de telefoons weg zijn. Wij adviseren niet om de telefoon in de onderbouw ook in "
           "de pauzes toe te staan."),
         P("3 Wat wij adviseren", H2),
         P("De leerlingenraad adviseert de schoolleiding het volgende:")]
    s += [Paragraph(t, ITEM, bulletText=n) for n, t in RECS]
    s += [P("4 Tot slot", H2),
          P("Wij vinden het goed dat de school de leerlingen zo vroeg betrekt bij deze regels. Als de schoolleiding "
            "maar een paar dingen tegelijk kan doen, vragen wij om eerst de adviezen a) en d) op te pakken, omdat "
            "die voor alle leerlingen het verschil maken."),
          Spacer(1, 4),
          P("Hoornwerd, 11 maart 2027<br/>Noor el Idrissi, voorzitter - Daan Vermeulen, secretaris")]
    return s


def response_story():
    return [
        P("Stedelijk Lyceum De Vaart - schoolleiding - Vaartweg 60, 1617 KP Hoornwerd", SMALL),
        Spacer(1, 4), rule(), Spacer(1, 6),
        P("Reactie op het advies van de leerlingenraad", TITLE),
        Spacer(1, 3),
        meta_table([("Aan", "de leerlingenraad, t.a.v. Noor el Idrissi en Daan Vermeulen"),
                    ("Ons kenmerk", "SL/2027-061"),
                    ("Datum", "2 april 2027"),
                    ("Betreft", "uw advies LLR-2027-04 over het concept-telefoonbeleid en de pauzeregels")]),
        Spacer(1, 6),
        P("Beste leden van de leerlingenraad,"),
        P("Dank jullie wel voor het advies. Wij zijn onder de indruk van de enquête: zo'n hoge respons halen wij met "
          "onze eigen peilingen zelden. Hieronder lees je per advies wat wij ermee doen. Het concept is op een "
          "aantal punten aangepast."),
        P("<b>Advies a.</b> Dit nemen we over. Na de meivakantie hangt in elk lokaal een scherm dat de "
          "dagroosterwijzigingen toont, en in de aula komt een groot scherm bij de ingang."),
        P("<b>Advies e.</b> Akkoord. Wie zijn telefoon om medische redenen nodig heeft, houdt hem bij zich. De mentor "
          "regelt dit met de ouders en zet een notitie in het leerlingvolgsysteem, zodat de docenten het weten; "
          "klasgenoten merken daar niets van."),
        P("<b>Adviezen c en b.</b> Een ingeleverde telefoon krijg je voortaan terug na je laatste lesuur, zoals "
          "jullie vragen, en niet meer om 16.30 uur. Bij de derde keer in een schooljaar blijven wij wel vragen dat "
          "een ouder de telefoon komt ophalen, omdat wij dan ook met thuis in gesprek willen. Een telefoonzone voor "
          "de bovenbouw komt er niet. Ook oudere leerlingen hebben baat bij een pauze zonder scherm, en de "
          "mediatheek blijft een stille plek voor wie daar wil werken."),
        P("<b>Advies d.</b> Graag. De ouderraad betaalt twee tafeltennistafels voor het plein, en vanaf september is "
          "het muzieklokaal in de grote pauze open onder toezicht van een onderwijsassistent. Spellen voor de aula "
          "mogen jullie zelf uitzoeken, tot een bedrag van 300 euro."),
        P("<b>Advies f.</b> Hoe wij de nieuwe regels evalueren, bespreken wij in het nieuwe schooljaar met de "
          "medezeggenschapsraad. Wij nemen jullie voorstel daarin mee, maar kunnen nu nog niet zeggen of het een "
          "aparte evaluatie wordt of een onderdeel van de jaarlijkse tevredenheidspeiling."),
        P("Het aangepaste concept ligt op 14 april ter instemming voor bij de medezeggenschapsraad. Daarna horen "
          "alle leerlingen en ouders via de mentor en de nieuwsbrief wat er verandert."),
        Spacer(1, 4),
        P("Met vriendelijke groet,<br/>drs. M.J. Hofstede-Bakker, rector<br/>namens de schoolleiding"),
    ]


def advice():
    build(advice_story(), NAME + "_advice.pdf", "x", "x", "x", of_m=9)
    import pymupdf
    m = len(pymupdf.open(B.out(NAME + "_advice.pdf")))
    build(advice_story(), NAME + "_advice.pdf", "Leerlingenraad Stedelijk Lyceum De Vaart - advies concept-"
          "telefoonbeleid en pauzeregels - LLR-2027-04", "Advies over het concept-telefoonbeleid en de pauzeregels "
          "2027-2028", "Leerlingenraad Stedelijk Lyceum De Vaart", of_m=m)


def response():
    build(response_story(), NAME + "_response.pdf", "Stedelijk Lyceum De Vaart - reactie op advies LLR-2027-04 - "
          "SL/2027-061", "Reactie op het advies van de leerlingenraad", "Schoolleiding Stedelijk Lyceum De Vaart")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        ("a", "Hang in elk lokaal en in de aula een scherm",
         "Na de meivakantie hangt in elk lokaal een scherm", "agrees"),
        ("b", "Richt voor de leerlingen van de bovenbouw een telefoonzone in,",
         "Een telefoonzone voor de bovenbouw komt er niet", "disagrees"),
        ("c", "Geef een ingeleverde telefoon dezelfde dag terug na het laatste lesuur",
         "blijven wij wel vragen dat een ouder de telefoon komt ophalen", "partly"),
        ("d", "Zorg voor meer te doen in de pauzes, zoals tafeltennistafels",
         "De ouderraad betaalt twee tafeltennistafels voor het plein", "agrees"),
        ("e", "Laat leerlingen die hun telefoon om een medische reden nodig hebben,",
         "zet een notitie in het leerlingvolgsysteem", "agrees"),
        ("f", "Betrek de leerlingenraad bij de evaluatie van de nieuwe regels",
         "kunnen nu nog niet zeggen of het een aparte evaluatie wordt", "noted"),
        ("g", "Spreek ook met de docenten af dat zij hun telefoon", None, "unanswered"),
    ], ["zo'n hoge respons halen wij met onze eigen peilingen zelden",
        "ligt op 14 april ter instemming voor bij de medezeggenschapsraad"],
        "Advice: the ADVICE of a Dutch secondary school's pupils' council (leerlingenraad) to the school management "
        "on the concept phone policy and break rules; the seven recommendations are a LETTERED LIST a)-g) with "
        "hanging letters under '3 Wat wij adviseren'. Traps: the participation rules paraphrased with 'moet', the "
        "concept policy quoted as imperatives ('Leg je telefoon bij binnenkomst in het telefoonhotel ...'), a survey "
        "table whose questions are lettered A-E, 'Wij adviseren niet om de telefoon in de onderbouw ook in de pauzes "
        "toe te staan', a closing line naming 'de adviezen a) en d)'. Response: the school management's LETTER to "
        "the pupils with INLINE BOLD LABELS in the order a, e, c+b, d, f: a agrees (screens after the May holiday), "
        "e agrees (via the mentor and a note in the pupil system), ONE paragraph 'Adviezen c en b' = c partly (phone "
        "back after the pupil's last lesson, but the third time a parent still has to collect it) + b disagrees (no "
        "phone zone for the upper years), d agrees (two table-tennis tables, music room open), f noted (to be "
        "discussed with the participation council, no commitment). g (teachers not using their phones in class) is "
        "never answered. The introduction and the closing (participation council on 14 April) answer nothing.")
    print("written", NAME)
