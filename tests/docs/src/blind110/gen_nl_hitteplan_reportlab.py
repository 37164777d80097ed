"""Round 110 (nl): the EVALUATIE HITTEPLAN ZOMER 2026 of a Dutch GGD (public health service) for the municipality of
Oudervaart, answered by the college's RAADSINFORMATIEBRIEF, by subject, WITHOUT numbers.

Advice (reportlab, serif, red rule, italic running head from p. 2, 'blz. n'): a figures table, numbered CONCLUSIONS
5.1-5.4 (traps, with 'moet', the 2023 advice quoted, art. 6.1 Arbobesluit, KNMI dates), recommendations as the
PARAGRAPH NUMBERS 6.1-6.7 of section '6 Aanbevelingen' (expected 1-7). Response order 6.4, 6.2+6.6, 6.1, 6.7, 6.3;
6.5 unanswered. All invented.

Run: /tmp/blind110nl/bin/python tests/docs/src/blind110/gen_nl_hitteplan_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b110nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind110_nl_hitteplan"
F = B.tmp_fonts("B110NL Serif", B.SERIF_FILES)
pdfmetrics.registerFont(TTFont("R", F["Regular"]))
pdfmetrics.registerFont(TTFont("RB", F["Bold"]))
pdfmetrics.registerFont(TTFont("RI", F["Italic"]))
pdfmetrics.registerFontFamily("R", normal="R", bold="RB", italic="RI", boldItalic="RB")
RED = colors.HexColor("#a3241b")
P = ParagraphStyle("p", fontName="R", fontSize=10, leading=14, spaceAfter=6)
H = ParagraphStyle("h", parent=P, fontName="RB", fontSize=12, textColor=RED, spaceBefore=8, keepWithNext=1)
T = ParagraphStyle("t", parent=P, fontName="RB", fontSize=16, leading=20, textColor=RED)
S = ParagraphStyle("s", parent=P, fontSize=8.5, leading=11)
N = ParagraphStyle("n", parent=P, leftIndent=30, firstLineIndent=-30)
C = ParagraphStyle("c", parent=P, spaceAfter=0, fontSize=9.5, leading=12.5)


def deco(head, footer_fmt):
    def draw(c, doc):
        c.saveState()
        c.setStrokeColor(RED)
        c.setLineWidth(2.5)
        if doc.page == 1:
            c.line(56, 812, 539, 812)
        c.setFillColor(colors.grey)
        c.setFont("RI", 8)
        if doc.page > 1:
            c.drawString(56, 810, head)
            c.setLineWidth(0.5)
            c.line(56, 805, 539, 805)
        c.setFont("R", 8)
        c.drawRightString(539, 30, footer_fmt.format(n=doc.page))
        c.restoreState()
    return draw


CONCL = [
    ("5.1", "Het hitteplan is in 2026 drie keer geactiveerd (24-29 juni, 14-21 juli en 9-12 augustus). De "
            "activering verliep snel, maar de taakverdeling tussen gemeente, GGD en thuiszorg was niet overal "
            "duidelijk. Een hitteplan moet volgens de landelijke handreiking een vaste contactpersoon per "
            "organisatie noemen; dat ontbrak."),
    ("5.2", "Het belrondje bij alleenwonende ouderen bereikte 312 mensen. Dat is minder dan een derde van de "
            "ouderen boven de 80 die alleen wonen. Veel ouderen waren niet bekend bij de wijkteams."),
    ("5.3", "Er waren op hittedagen te weinig koele plekken: alleen de bibliotheek aan de Markt was langer open. "
            "In ons advies van 2023 schreven wij al: 'Elke wijk moet binnen tien minuten lopen een koele plek "
            "hebben.' Dat is nog niet gerealiseerd."),
    ("5.4", "Gemeentelijke buitenmedewerkers werkten op de heetste dagen volgens de gewone roosters. Op grond van "
            "artikel 6.1 van het Arbobesluit moet de werkgever maatregelen treffen tegen hittebelasting; de "
            "afdeling Buitendienst heeft dit zelf goed opgepakt."),
]
RECS = [
    ("6.1", "Stel vóór 1 mei 2027 een vast hitteteam in met per organisatie een benoemde contactpersoon en een "
            "plaatsvervanger.",
     "Het team komt in april bijeen om het plan door te nemen en evalueert na elke hitteperiode kort."),
    ("6.2", "Wijs in elke wijk minstens één koele plek aan, zoals een buurthuis of bibliotheek, die op dagen met "
            "code oranje tot 21.00 uur open is.",
     "Maak de locaties bekend via de gemeentelijke website, de huis-aan-huiskrant en de wijkteams."),
    ("6.3", "Breid het belrondje uit naar alle alleenwonende inwoners van 75 jaar en ouder en werk daarvoor "
            "samen met de huisartsen en de thuiszorg.",
     "Gebruik een eenvoudig belscript en laat vrijwilligers van de Zonnebloem en de ouderenbond meebellen."),
    ("6.4", "Plaats in het centrum, bij de speelplaatsen en langs de wandelroutes in het Vaartpark openbare "
            "drinkwaterpunten.",
     "Op warme dagen zagen wij veel mensen zonder water bij de speeltuinen; een tappunt kost weinig."),
    ("6.5", "Neem schaduw en groen op als vast criterium bij de herinrichting van schoolpleinen en "
            "kinderopvanglocaties.",
     "Schoolpleinen met veel verharding werden in juli 48 graden aan het oppervlak."),
    ("6.6", "Verleng op hittedagen de openingstijden van openluchtbad De Vaart tot 21.00 uur en verlaag dan het "
            "tarief voor kinderen.",
     "Het bad is 's avonds het koelste openbare verblijf voor gezinnen zonder tuin of airco."),
    ("6.7", "Onderzoek samen met de woningcorporaties welke huurwoningen het sterkst opwarmen en maak afspraken "
            "over zonwering.",
     "Vooral bovenwoningen in de Schepenbuurt en de Molenwijk werden binnen ondraaglijk warm."),
]


def advice():
    s = [Paragraph("GGD Regio Lingewaarde - afdeling Gezondheid en Milieu", S),
         Paragraph("Evaluatie Hitteplan Oudervaart zomer 2026", T),
         Paragraph("Aan het college van burgemeester en wethouders van de gemeente Oudervaart<br/>"
                   "Kenmerk GGD-GM/2026/0417 - Lingen, 30 september 2026", S), Spacer(1, 8),
         Paragraph("1 Aanleiding", H),
         Paragraph("De gemeente Oudervaart heeft sinds 2023 een lokaal hitteplan. Het college heeft de GGD gevraagd "
                   "het plan na de zomer van 2026 te evalueren. Die zomer telde volgens het KNMI twee officiële "
                   "hittegolven en negentien tropische dagen in De Bilt; in Oudervaart werd op 18 juli 37,4 graden "
                   "gemeten.", P),
         Paragraph("2 Werkwijze", H),
         Paragraph("Wij hebben gesproken met medewerkers van de gemeente, de thuiszorgorganisaties Thuis aan de Vaart "
                   "en ZorgPlus, twee huisartsenpraktijken, de wijkteams en de ouderenbond. Daarnaast hebben wij de "
                   "meldingen bij de GGD en de huisartsenpost over de periode juni tot en met augustus geanalyseerd "
                   "en een korte enquête uitgezet onder 214 inwoners.", P),
         Paragraph("3 Cijfers", H)]
    rows = [["", "2024", "2025", "2026"], ["Activeringen hitteplan", "1", "2", "3"],
            ["Tropische dagen (De Bilt)", "9", "14", "19"], ["Ouderen gebeld in belrondje", "140", "205", "312"],
            ["Hittegerelateerde consulten huisartsenpost", "38", "51", "87"], ["Koele plekken met verlengde opening", "0", "1", "1"]]
    t = Table([[Paragraph(c, C) for c in r] for r in rows], colWidths=[250, 70, 70, 70])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f3dcd9"))]))
    s += [t, Spacer(1, 6),
          Paragraph("4 Wat goed ging", H),
          Paragraph("De waarschuwing van het Nationaal Hitteplan werd steeds binnen een dag doorgezet naar de "
                    "partners. De buitendienst paste zelf de werktijden aan en begon om 6.00 uur. Scholen en "
                    "kinderopvang ontvingen tijdig de hittetips. De ouderenbond heeft in juli op eigen initiatief "
                    "waterflesjes uitgedeeld op de markt.", P),
          Paragraph("5 Conclusies", H)]
    s += [Paragraph(f"{n}&nbsp;&nbsp;&nbsp;{t}".replace("&nbsp;", " "), N) for n, t in CONCL]
    s += [Paragraph("6 Aanbevelingen", H),
          Paragraph("Op basis van deze conclusies doet de GGD de volgende aanbevelingen voor het hitteplan 2027.", P)]
    for n, r, toel in RECS:
        s.append(Paragraph(f"<b>{n}</b>    {r} {toel}", N))
    s += [Paragraph("7 Tot slot", H),
          Paragraph("De GGD is graag bereid het hitteteam in 2027 te ondersteunen en de evaluatie na de zomer "
                    "opnieuw uit te voeren. Wij verzoeken u ons uiterlijk 1 februari 2027 te laten weten wat u met "
                    "deze aanbevelingen doet.", P),
          Paragraph("Drs. Hanneke Veldkamp, arts maatschappij en gezondheid<br/>Jeroen Sliedrecht, "
                    "adviseur gezondheid en milieu", P)]
    doc = SimpleDocTemplate(B.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=56, rightMargin=56,
                            topMargin=60, bottomMargin=56, title="Evaluatie Hitteplan Oudervaart 2026")
    d = deco("GGD Regio Lingewaarde - Evaluatie Hitteplan Oudervaart zomer 2026", "blz. {n}")
    doc.build(s, onFirstPage=d, onLaterPages=d)


def response():
    s = [Paragraph("Gemeente Oudervaart", T),
         Paragraph("Raadsinformatiebrief", H),
         Paragraph("Aan de leden van de gemeenteraad<br/>Datum: 12 januari 2027 - Kenmerk RIB 2027-004<br/>"
                   "Onderwerp: reactie op de evaluatie van het Hitteplan zomer 2026 door de GGD<br/>"
                   "Portefeuillehouder: wethouder M.A. (Miriam) Oostveen", S), Spacer(1, 8),
         Paragraph("Geachte raadsleden,", P),
         Paragraph("In september heeft de GGD Regio Lingewaarde het gemeentelijke hitteplan geëvalueerd. Met deze "
                   "brief informeren wij u over de uitkomsten en over de keuzes die het college daarop maakt. "
                   "Wij danken de GGD en alle partners voor hun inzet tijdens een uitzonderlijk warme zomer.", P),
         Paragraph("Drinkwater in de openbare ruimte", H),
         Paragraph("Dit voorstel hebben wij direct overgenomen. In oktober en november zijn twaalf tappunten "
                   "geplaatst, onder meer bij de speeltuinen in het Vaartpark en op de Markt. Zij werken van april "
                   "tot en met oktober.", P),
         Paragraph("Koele plekken en langere openingstijden", H),
         Paragraph("Het college wil inwoners op hittedagen een koele plek bieden, maar een locatie in elke wijk "
                   "is met het huidige aantal beheerders niet haalbaar. Wij wijzen daarom voor 2027 drie koele "
                   "plekken aan: de bibliotheek, buurthuis De Schakel en het Molenhuis, die bij code oranje tot "
                   "21.00 uur open zijn. Het openluchtbad 's avonds langer openstellen en goedkoper maken doen wij "
                   "niet; de exploitant heeft daarvoor geen badmeesters beschikbaar en het college ziet geen "
                   "ruimte in de begroting voor de extra kosten.", P),
         Paragraph("Organisatie van het hitteplan", H),
         Paragraph("Wij zijn het met de GGD eens dat de taakverdeling scherper moet. Per 1 maart 2027 werkt de "
                   "gemeente met een hitteteam waarin elke partner een vaste contactpersoon en een vervanger "
                   "heeft; de eerste bijeenkomst staat gepland op 8 april.", P),
         Paragraph("Woningen die sterk opwarmen", H),
         Paragraph("De signalen over bovenwoningen nemen wij serieus. Wij zullen het onderwerp agenderen in het "
                   "overleg over de prestatieafspraken met de corporaties in het najaar. Of daar afspraken over "
                   "zonwering uit voortkomen, kunnen wij nu niet zeggen.", P),
         Paragraph("Bereik van kwetsbare ouderen", H),
         Paragraph("Het belrondje wordt in 2027 uitgebreid tot alle alleenwonenden vanaf 75 jaar. De huisartsen "
                   "en Thuis aan de Vaart leveren daarvoor adressen aan met toestemming van de betrokkenen, en de "
                   "ouderenbond levert vijftien vrijwillige bellers.", P),
         Paragraph("Evenementen in de zomer", H),
         Paragraph("Los van de evaluatie melden wij u dat de vergunningvoorwaarden voor zomerevenementen worden "
                   "aangevuld met een verplicht hitteprotocol voor organisatoren, zoals afgesproken met de "
                   "veiligheidsregio.", P),
         Paragraph("Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd. Na de zomer van 2027 ontvangt "
                   "u opnieuw een korte terugblik.", P),
         Paragraph("Hoogachtend,<br/>burgemeester en wethouders van Oudervaart,<br/>de secretaris, "
                   "drs. P.J. van Dalen - de burgemeester, A.C. Mulderij", P)]
    doc = SimpleDocTemplate(B.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=62, rightMargin=62,
                            topMargin=60, bottomMargin=56, title="RIB 2027-004")
    d = deco("Gemeente Oudervaart - raadsinformatiebrief RIB 2027-004", "pagina {n}")
    doc.build(s, onFirstPage=d, onLaterPages=d)


def expected():
    recs = [
        (1, "Stel vóór 1 mei 2027 een vast hitteteam in",
         "Per 1 maart 2027 werkt de gemeente met een hitteteam", "agrees"),
        (2, "Wijs in elke wijk minstens één koele plek aan",
         "Wij wijzen daarom voor 2027 drie koele plekken aan", "partly"),
        (3, "Breid het belrondje uit naar alle alleenwonende inwoners",
         "Het belrondje wordt in 2027 uitgebreid tot alle alleenwonenden", "agrees"),
        (4, "Plaats in het centrum, bij de speelplaatsen en langs de wandelroutes",
         "In oktober en november zijn twaalf tappunten geplaatst", "agrees"),
        (5, "Neem schaduw en groen op als vast criterium", None, "unanswered"),
        (6, "Verleng op hittedagen de openingstijden van openluchtbad De Vaart",
         "Het openluchtbad 's avonds langer openstellen en goedkoper maken doen wij niet", "disagrees"),
        (7, "Onderzoek samen met de woningcorporaties welke huurwoningen het sterkst opwarmen",
         "Wij zullen het onderwerp agenderen in het overleg over de prestatieafspraken", "noted"),
    ]
    unmatched = ["Wij danken de GGD en alle partners voor hun inzet",
                 "aangevuld met een verplicht hitteprotocol voor organisatoren",
                 "Na de zomer van 2027 ontvangt u opnieuw een korte terugblik"]
    notes = ("Dutch GGD evaluation of a municipal hitteplan (reportlab, 2-3 p., serif, red rule, running head from p. "
             "2, 'blz. n'): a figures table, numbered CONCLUSIONS 5.1-5.4 as traps ('moet' from the handreiking, the "
             "2023 advice quoted with 'moet', art. 6.1 Arbobesluit 'moet', KNMI dates), a 'Wat goed ging' section; "
             "recommendations the PARAGRAPH NUMBERS 6.1-6.7 of '6 Aanbevelingen' (expected 1-7 = 6.1-6.7), each "
             "with a one-sentence explanation. Response: college's raadsinformatiebrief with subject heads, NO "
             "numbers, order 6.4, 6.2+6.6, 6.1, 6.7, 6.3; 'Koele plekken en langere openingstijden' = 6.2 partly "
             "(three koele plekken, not one per wijk) + 6.6 disagrees (openluchtbad); 6.4 agrees (done); 6.1 agrees; "
             "6.7 noted (agenderen); 6.3 agrees; 6.5 (schoolpleinen) unanswered; the opening thanks, 'Evenementen in "
             "de zomer' and the closing answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()
