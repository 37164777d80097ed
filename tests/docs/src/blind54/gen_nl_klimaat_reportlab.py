"""Round 54 (nl): an (invented) ONGEVRAAGD ADVIES of the KLIMAATADVIESRAAD of the gemeente Waalvliet, KAR-2026-03,
on the revision of the Transitievisie Warmte: green title band, an 'In het kort' box that paraphrases the advice,
a table of neighbourhoods (planned vs. reached), 'moet' findings (Wet gemeentelijke instrumenten warmtetransitie),
survey figures, an earlier KAR recommendation (KAR-2024-02) quoted as an imperative, then section 4 'Onze adviezen'
with seven ROMAN-NUMBERED recommendations 'Advies I'-'Advies VII', each a bold title followed by an imperative and
an explanation; a closing request to react within three months. Answered by a STARTNOTITIE of the college to the
raad ('Startnotitie herijking Transitievisie Warmte', a procedural document with scope, planning, budget and
'Gevraagd besluit'): the scope list adopts IV, section 4 replies in another order (VII, II and V in one paragraph
with different verdicts, I partly, III only referred to the budget round), VI is not answered, and sections 5
(participation) and 6 (planning) answer nothing. Engine: reportlab (platypus, DejaVu, two-pass 'pagina N van M').
Answer key: README-nl.md.

Run: /tmp/blind54nl/bin/python tests/docs/src/blind54/gen_nl_klimaat_reportlab.py"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, os.path.dirname(__file__))
import _b54nl as B  # noqa: E402

NAME = "blind54_nl_klimaat"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf"), ("SE", "DejaVuSerif.ttf"), ("SEB", "DejaVuSerif-Bold.ttf"),
              ("SEI", "DejaVuSerif-Italic.ttf"), ("SEBI", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")
pdfmetrics.registerFontFamily("SE", normal="SE", bold="SEB", italic="SEI", boldItalic="SEBI")

GREEN = colors.HexColor("#2e7d32")
LGREEN = colors.HexColor("#e8f3e8")
RED = colors.HexColor("#b0182f")
GREY = colors.HexColor("#555555")


def st(size=9, lead=13, fam="DS", **kw):
    return ParagraphStyle(fam + str(size) + str(lead) + str(sorted(kw.items())), fontName=fam, fontSize=size,
                          leading=lead, **kw)


S = {
    "b": st(9.3, 13.8, spaceAfter=5),
    "h2": st(11, 15, "DSB", textColor=GREEN, spaceBefore=9, spaceAfter=3),
    "adv": st(9.6, 13.6, "DSB", textColor=GREEN, spaceBefore=5, spaceAfter=1),
    "rec": st(9.3, 13.8, "DSB", spaceAfter=2),
    "q": st(8.8, 12.6, "DSI", textColor=GREY, leftIndent=10 * mm, rightIndent=10 * mm, spaceAfter=5),
    "c": st(8, 10.6), "cb": st(8, 10.6, "DSB"), "w": st(8, 10.6, "DSB", textColor=colors.white),
    "box": st(8.8, 12.6, spaceAfter=2),
    "bl": st(8.8, 12.6, leftIndent=4 * mm, bulletIndent=0, spaceAfter=1.5),
    # response (serif body, sans headings)
    "rb": st(9.6, 14, "SE", spaceAfter=5, alignment=4),
    "rh2": st(10.8, 15, "DSB", textColor=RED, spaceBefore=9, spaceAfter=3),
    "rbl": st(9.6, 14, "SE", leftIndent=5 * mm, bulletIndent=0, spaceAfter=2),
    "rc": st(8.2, 11), "rcb": st(8.2, 11, "DSB"),
}


def p(t, s="b", **kw):
    return Paragraph(t, S[s], **kw)


def build(story_fn, path, deco):
    total = [0]
    for _ in range(2):
        doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm, topMargin=26 * mm,
                                bottomMargin=22 * mm, title="", author="")
        doc.build(story_fn(), onFirstPage=deco(total), onLaterPages=deco(total))
        total[0] = doc.page


def adv_deco(total):
    def draw(c, doc):
        c.saveState()
        W, H = A4
        if doc.page > 1:
            c.setFont("DS", 7.2)
            c.setFillColor(GREEN)
            c.drawString(24 * mm, H - 15 * mm, "Klimaatadviesraad Waalvliet")
            c.setFillColor(GREY)
            c.drawRightString(W - 24 * mm, H - 15 * mm, "Ongevraagd advies KAR-2026-03  |  Herijking "
                                                        "Transitievisie Warmte")
            c.setStrokeColor(GREEN)
            c.setLineWidth(0.6)
            c.line(24 * mm, H - 17 * mm, W - 24 * mm, H - 17 * mm)
        c.setFont("DS", 7.2)
        c.setFillColor(GREY)
        c.drawString(24 * mm, 13 * mm, "klimaatadviesraad@waalvliet.nl")
        c.drawRightString(W - 24 * mm, 13 * mm, f"pagina {doc.page} van {total[0]}")
        c.restoreState()
    return draw


def advice_story():
    band = Table([[p("<font color='white'><b>KLIMAATADVIESRAAD WAALVLIET</b></font>", "c")],
                  [Paragraph("<font color='white'>Ongevraagd advies</font>", st(9, 12, "DS"))],
                  [Paragraph("<font color='white'><b>Van papier naar wijk</b></font>", st(19, 23, "DSB"))],
                  [Paragraph("<font color='white'>Advies over de herijking van de Transitievisie Warmte</font>",
                             st(10.5, 14, "DS"))],
                  [Paragraph("<font color='white'>KAR-2026-03  |  28 april 2026  |  aan het college van burgemeester "
                             "en wethouders</font>", st(8, 11, "DS"))]],
                 colWidths=[162 * mm])
    band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), GREEN), ("LEFTPADDING", (0, 0), (-1, -1), 6 * mm),
                              ("TOPPADDING", (0, 0), (0, 0), 5 * mm), ("BOTTOMPADDING", (0, -1), (0, -1), 5 * mm)]))
    kort = Table([[p("<b>In het kort</b>", "box")],
                  [p("De warmtetransitie in Waalvliet loopt achter op de planning van 2021. De Klimaatadviesraad "
                     "ziet de herijking als kans om het roer om te gooien: meer zeggenschap voor bewoners per wijk, "
                     "een slimmere volgorde, een onafhankelijk loket, een open afweging tussen de "
                     "warmteoplossingen, bescherming van lage inkomens, jaarlijkse verantwoording en tijdige "
                     "afspraken over het stroomnet.", "box")]],
                 colWidths=[162 * mm])
    kort.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), LGREEN), ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm), ("TOPPADDING", (0, 0), (0, 0), 3 * mm),
                              ("BOTTOMPADDING", (0, -1), (0, -1), 3 * mm),
                              ("LINEBEFORE", (0, 0), (0, -1), 3, GREEN)]))
    rows = [[p("Wijk", "w"), p("Woningen", "w"), p("Aardgasvrij volgens TVW 2021", "w"), p("Stand april 2026", "w")],
            [p("Oude Haven", "c"), p("1.240", "c"), p("2026", "c"), p("onderzoek warmtenet gestopt", "c")],
            [p("Molenkamp", "c"), p("860", "c"), p("2027", "c"), p("31 woningen aardgasvrij", "c")],
            [p("Dijkzicht-Noord", "c"), p("2.110", "c"), p("2028", "c"), p("nog niet gestart", "c")],
            [p("Vliethof", "c"), p("640", "c"), p("2030", "c"), p("proef hybride warmtepompen (48)", "c")]]
    t = Table(rows, colWidths=[40 * mm, 24 * mm, 46 * mm, 52 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), GREEN), ("LINEBELOW", (0, 1), (-1, -1), 0.4, GREY),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s = [band, Spacer(1, 5 * mm), kort,
         p("1. Waarom dit advies", "h2"),
         p("De gemeenteraad stelde in december 2021 de Transitievisie Warmte (TVW) vast. Daarin staat voor vier "
           "wijken wanneer zij van het aardgas af zouden gaan. Het college heeft aangekondigd de visie in 2026 te "
           "herijken. De Klimaatadviesraad geeft daarover gevraagd en ongevraagd advies op grond van artikel 3 "
           "van de Verordening Klimaatadviesraad Waalvliet 2023. Dit advies is ongevraagd: wij willen onze "
           "aanbevelingen meegeven voordat de kaders voor de herijking vastliggen."),
         p("2. Wat wij zagen", "h2"),
         p("Van de planning uit 2021 is weinig terechtgekomen. De tabel laat de stand per wijk zien."),
         t, Spacer(1, 3 * mm),
         p("Op grond van de Wet gemeentelijke instrumenten warmtetransitie moet de gemeente de visie omzetten in "
           "een warmteprogramma dat per wijk aangeeft welke warmtevoorziening er komt. Een aanwijzing van een wijk "
           "moet volgens die wet worden voorbereid met de bewoners en de gebouweigenaren. De huidige TVW voldoet "
           "daar niet aan: de wijkindeling is ambtelijk gemaakt en bewoners hoorden in Oude Haven pas van het "
           "warmtenet toen het onderzoek al was vastgelopen."),
         p("In de enquête die de raad in februari 2026 hield onder 612 inwoners, zei 71 procent niet te weten "
           "wanneer de eigen wijk aan de beurt is. 58 procent noemde de kosten de grootste zorg; onder huurders "
           "met een inkomen tot 130 procent van het sociaal minimum was dat 79 procent."),
         p("In ons advies KAR-2024-02 schreven wij al:"),
         p("'Zorg voor één aanspreekpunt in het gemeentehuis voor alle vragen over isoleren en verduurzamen.'", "q"),
         p("Het college heeft dat advies overgenomen: sinds 2025 is er een duurzaamheidsadviseur bij het KCC. Dat "
           "is een goede eerste stap, maar bewoners zoeken vooral onafhankelijk advies aan de keukentafel."),
         p("3. Netcapaciteit", "h2"),
         p("Op het stroomnet in Waalvliet is volgens de netbeheerder sinds 2025 sprake van congestie in twee van de "
           "zes middenspanningsstations. Wijken die all-electric worden, moeten daarom rekening houden met "
           "wachttijden tot 2029 voor netverzwaring."),
         p("4. Onze adviezen", "h2")]
    advs = [
        ("I", "Zeggenschap per wijk",
         "Stel voor elke wijk samen met de bewoners een wijkuitvoeringsplan op, voordat de raad het tijdpad "
         "voor die wijk vaststelt.",
         "Een wijkuitvoeringsplan beschrijft de warmteoplossing, de kosten voor bewoners en de planning. Laat een "
         "bewonersgroep meebeslissen over de keuzes die er voor de wijk toe doen."),
        ("II", "Een slimmere volgorde",
         "Koppel de volgorde van de wijken aan de onderhoudsplanning van de woningcorporaties.",
         "Woningcorporatie Vlietwonen bezit 38 procent van de woningen. Als de overstap samenvalt met groot "
         "onderhoud, zijn de kosten en de overlast voor huurders het laagst."),
        ("III", "Een onafhankelijk energieloket",
         "Reserveer vanaf de begroting 2027 structureel 450.000 euro per jaar voor een onafhankelijk energieloket "
         "met energiecoaches aan huis.",
         "Het loket moet los staan van de gemeente en van leveranciers, zodat bewoners het advies vertrouwen."),
        ("IV", "Een open afweging",
         "Neem in de herijkte visie een openbaar afwegingskader op voor de keuze tussen een warmtenet, "
         "all-electric en hybride oplossingen.",
         "Maak daarin zichtbaar hoe maatschappelijke kosten, kosten voor bewoners en CO2-reductie worden gewogen."),
        ("V", "Bescherming van lage inkomens",
         "Garandeer huishoudens met een laag inkomen dat hun woonlasten na de overstap niet stijgen.",
         "Zonder die zekerheid zullen juist de huishoudens die het meest last hebben van hoge energierekeningen "
         "afhaken."),
        ("VI", "Jaarlijkse verantwoording",
         "Rapporteer jaarlijks aan de raad met een warmtemonitor over de voortgang per wijk.",
         "Neem in de monitor het aantal aardgasvrije woningen, de kosten en de tevredenheid van bewoners op."),
        ("VII", "Afspraken over het stroomnet",
         "Maak met netbeheerder Stedin bindende afspraken over de netcapaciteit in de wijken die all-electric "
         "worden.",
         "Zo voorkomt u dat bewoners een warmtepomp kopen die zij niet kunnen aansluiten."),
    ]
    for num, title, rec, expl in advs:
        s.append(KeepTogether([p(f"Advies {num} - {title}", "adv"), p(rec, "rec"), p(expl)]))
    s += [p("5. Tot slot", "h2"),
          p("De Klimaatadviesraad vraagt het college binnen drie maanden schriftelijk te reageren op dit advies. Wij "
            "lichten het graag toe in de commissie Ruimte en Duurzaamheid."),
          Spacer(1, 3 * mm),
          p("Namens de Klimaatadviesraad Waalvliet,<br/><br/>ir. F.A. (Femke) Hoogendam, voorzitter<br/>"
            "B. el Idrissi MSc, secretaris")]
    return s


def res_deco(total):
    def draw(c, doc):
        c.saveState()
        W, H = A4
        c.setFillColor(RED)
        c.rect(0, H - 9 * mm, 9 * mm, 9 * mm, stroke=0, fill=1)
        c.setFont("DS", 7.2)
        c.setFillColor(GREY)
        if doc.page == 1:
            c.setFont("DSB", 12)
            c.setFillColor(RED)
            c.drawString(24 * mm, H - 17 * mm, "gemeente Waalvliet")
        else:
            c.drawString(24 * mm, H - 15 * mm, "Startnotitie herijking Transitievisie Warmte")
            c.drawRightString(W - 24 * mm, H - 15 * mm, "Z/26/118204")
        c.setFont("DS", 7.2)
        c.setFillColor(GREY)
        c.drawRightString(W - 24 * mm, 13 * mm, f"{doc.page}/{total[0]}")
        c.restoreState()
    return draw


def response_story():
    meta = [[p("Onderwerp", "rcb"), p("Startnotitie herijking Transitievisie Warmte", "rc")],
            [p("Registratienummer", "rcb"), p("Z/26/118204", "rc")],
            [p("Portefeuillehouder", "rcb"), p("wethouder M. (Mariëlle) Stoop-Verweij, Duurzaamheid en Wonen", "rc")],
            [p("Datum collegebesluit", "rcb"), p("9 juni 2026", "rc")],
            [p("Behandeling", "rcb"), p("commissie Ruimte en Duurzaamheid 25 juni 2026; gemeenteraad 9 juli 2026",
                                        "rc")]]
    mt = Table(meta, colWidths=[40 * mm, 122 * mm])
    mt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, GREY), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    plan = [[p("Stap", "rcb"), p("Periode", "rcb")],
            [p("Vaststelling startnotitie door de raad", "rc"), p("juli 2026", "rc")],
            [p("Participatie: bewonersavonden en online reactiemogelijkheid", "rc"), p("september - oktober 2026",
                                                                                       "rc")],
            [p("Concept-herijkte visie en warmteprogramma", "rc"), p("januari 2027", "rc")],
            [p("Vaststelling door de raad", "rc"), p("april 2027", "rc")]]
    pt = Table(plan, colWidths=[110 * mm, 52 * mm])
    pt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, GREY), ("LINEBELOW", (0, 0), (-1, 0), 1, RED)]))
    return [Spacer(1, 4 * mm),
            Paragraph("Startnotitie", st(9, 12, "DS", textColor=GREY)),
            Paragraph("Herijking Transitievisie Warmte", st(17, 21, "DSB")),
            Spacer(1, 3 * mm), mt,
            p("1. Aanleiding", "rh2"),
            p("In 2021 heeft de raad de Transitievisie Warmte vastgesteld. De uitvoering loopt achter en de "
              "landelijke wetgeving is veranderd. Met deze startnotitie legt het college de kaders voor de herijking "
              "aan de raad voor: wat willen we bereiken, wat nemen we mee en hoe betrekken we inwoners.", "rb"),
            p("2. Wat willen we bereiken", "rh2"),
            p("De herijkte visie wordt tegelijk het eerste warmteprogramma van Waalvliet. Het doel blijft een "
              "aardgasvrije gemeente in 2050, met een haalbaar tijdpad voor de wijken tot 2035.", "rb"),
            p("3. Afbakening", "rh2"),
            p("Binnen de scope van de herijking vallen:", "rb"),
            p("een actualisatie van de wijkindeling en het tijdpad tot 2035;", "rbl", bulletText="-"),
            p("een afwegingskader waarmee voor elke wijk openbaar wordt gemaakt waarom gekozen wordt voor een "
              "warmtenet, een all-electric of een hybride oplossing, zoals de Klimaatadviesraad heeft "
              "aanbevolen;", "rbl", bulletText="-"),
            p("de uitwerking van het warmteprogramma voor de eerste twee wijken.", "rbl", bulletText="-"),
            p("Buiten de scope vallen de verduurzaming van het maatschappelijk vastgoed en de aanleg van het "
              "warmtenet Oude Haven; daarover neemt de raad afzonderlijke besluiten.", "rb"),
            p("4. Reactie op het advies van de Klimaatadviesraad", "rh2"),
            p("De Klimaatadviesraad heeft ons op 28 april 2026 ongevraagd geadviseerd (KAR-2026-03). Wij danken de "
              "raad voor het heldere advies. Het afwegingskader (advies IV) is hierboven al opgenomen in de scope. "
              "Op de andere adviezen gaan wij hieronder in.", "rb"),
            p("Over de capaciteit van het stroomnet voeren wij al overleg met Stedin. In de herijking leggen wij "
              "samen met Stedin per wijk vast wanneer de netverzwaring klaar is; die afspraken worden onderdeel van "
              "het warmteprogramma.", "rb"),
            p("De volgorde van de wijken stemmen wij in de herijking af op de meerjarenonderhoudsplanning van "
              "Vlietwonen, waarmee wij in de prestatieafspraken 2027 afspraken maken. Een garantie dat de woonlasten "
              "niet stijgen, kunnen wij als gemeente niet geven: de energieprijzen en de tarieven van warmtenetten "
              "liggen buiten onze invloed. Wij wijzen wel op de landelijke regelingen, zoals het Warmtefonds.", "rb"),
            p("Voor de eerste twee wijken, Molenkamp en Dijkzicht-Noord, stellen wij een wijkuitvoeringsplan op met "
              "een bewonersgroep. Voor de overige wijken doen wij dat pas wanneer zij aan de beurt zijn; het "
              "tijdpad voor die wijken stelt de raad vast in de herijkte visie zonder dat er al een wijkplan "
              "ligt.", "rb"),
            p("Het voorstel voor een onafhankelijk energieloket betrekken wij bij de voorbereiding van de begroting "
              "2027. Of daarvoor structureel middelen beschikbaar komen, is een afweging die de raad bij de "
              "begrotingsbehandeling maakt.", "rb"),
            p("5. Participatie", "rh2"),
            p("Inwoners, ondernemers en maatschappelijke organisaties kunnen van 1 september tot en met 13 oktober "
              "2026 reageren op de uitgangspunten. Wij organiseren in elke wijk een bewonersavond en een online "
              "vragenlijst. Een samenvatting van alle reacties en wat wij ermee doen, voegen wij bij het "
              "raadsvoorstel.", "rb"),
            p("6. Planning", "rh2"), pt,
            p("7. Financiën", "rh2"),
            p("De herijking wordt uitgevoerd binnen het bestaande budget van 180.000 euro in de programmabegroting "
              "2026 (programma 7, Duurzaamheid). Er zijn geen extra middelen nodig.", "rb"),
            p("8. Gevraagd besluit", "rh2"),
            p("Het college stelt de raad voor de startnotitie vast te stellen als kader voor de herijking van de "
              "Transitievisie Warmte.", "rb"),
            Spacer(1, 3 * mm),
            p("Burgemeester en wethouders van Waalvliet,<br/>de secretaris, drs. P.L. Haverkamp -  "
              "de burgemeester, J.W. Roodenburg", "rb")]


def expected():
    B.write_expected(NAME, [
        ("I", "Stel voor elke wijk samen met de bewoners een wijkuitvoeringsplan",
         "Voor de eerste twee wijken, Molenkamp en Dijkzicht-Noord", "partly"),
        ("II", "Koppel de volgorde van de wijken aan de onderhoudsplanning van",
         "stemmen wij in de herijking af op de meerjarenonderhoudsplanning", "agrees"),
        ("III", "Reserveer vanaf de begroting 2027 structureel 450.000 euro per jaar",
         "betrekken wij bij de voorbereiding van de begroting 2027", "noted"),
        ("IV", "Neem in de herijkte visie een openbaar afwegingskader op voor",
         "zoals de Klimaatadviesraad heeft aanbevolen", "agrees"),
        ("V", "Garandeer huishoudens met een laag inkomen dat hun woonlasten",
         "kunnen wij als gemeente niet geven", "disagrees"),
        ("VI", "Rapporteer jaarlijks aan de raad met een warmtemonitor over de", None, "unanswered"),
        ("VII", "Maak met netbeheerder Stedin bindende afspraken over de netcapaciteit",
         "leggen wij samen met Stedin per wijk vast", "agrees"),
    ], ["kunnen van 1 september tot en met 13 oktober 2026 reageren"],
        "Klimaatadviesraad Waalvliet, ongevraagd advies KAR-2026-03 on the revision of the Transitievisie Warmte. "
        "Seven ROMAN-numbered recommendations in section 4, each 'Advies I - <title>' followed by a bold imperative "
        "(the starts_with) and an explanation. Not recommendations: the 'In het kort' box paraphrasing them, the "
        "table of neighbourhoods, the 'moet' findings (Wgiw, netcapaciteit), the survey figures, the quoted "
        "earlier advice KAR-2024-02 ('Zorg voor één aanspreekpunt ...', already adopted) and the closing request to "
        "react within three months. Response: the college's Startnotitie (Z/26/118204): section 3 scope bullet "
        "adopts IV (agrees); section 4 replies in the order VII agrees (Stedin, per neighbourhood in the "
        "warmteprogramma), one paragraph II agrees (sequence aligned with Vlietwonen's maintenance) + V disagrees "
        "(no housing-cost guarantee; points to the Warmtefonds), I partly (wijkuitvoeringsplan only for the first "
        "two wijken), III noted (energy desk left to the budget round 2027, the raad decides); VI (yearly "
        "warmtemonitor) UNANSWERED. Sections 5 Participatie, 6 Planning, 7 Financiën and 8 Gevraagd besluit answer "
        "nothing.")


if __name__ == "__main__":
    build(advice_story, B.out(NAME + "_advice.pdf"), adv_deco)
    build(response_story, B.out(NAME + "_response.pdf"), res_deco)
    expected()
