"""Round 64 (nl): a RAPPORT of the RATHENAU INSTITUUT (the Dutch technology-assessment institute) on data-driven
early detection of debts in municipalities, answered by a Tweede Kamer LIJST VAN VRAGEN EN ANTWOORDEN (the standing
committee's written questions on the report and the minister's answers, printed as a Kamerstuk).

Advice: institute report, 2 p.: title block, a shaded 'Samenvatting' paraphrasing three recommendations, 1 Inleiding
(the Kamer's request, the Wgs duty 'moeten ... oppakken'), 2 Hoe werkt vroegsignalering? (a ruled table of signals
per source), 3 Wat we zagen (a professional's quote 'Je moet als gemeente durven aanbellen' in a pull-quote box, the
AVG's 'moet ... kunnen uitleggen', the institute's 2021 recommendation quoted as an imperative and reported as
partly followed), 4 Aanbevelingen: an intro sentence, then seven recommendations with LARGE ORANGE NUMERALS in a
hanging column, each a bold sentence (forms: 'zou ... moeten', 'Wij bevelen ... aan', 'Wij raden ... aan',
'De Tweede Kamer kan ... vragen', an imperative, 'Wij adviseren', 'Het is raadzaam') followed by an explanatory
sentence in regular type; 5 Verantwoording.
Response: Kamerstuk (Tweede Kamer der Staten-Generaal, vergaderjaar, dossier number, 'LIJST VAN VRAGEN EN
ANTWOORDEN', 'Vastgesteld ...' with the committee's standard opening), questions 1-8 with a hanging number, each
followed by 'Antwoord'. Order: 1 (figures; nothing), 2 (the minister's reaction; nothing), then 2, 1+7 (one answer:
partly / agrees), 4, 6, 3, and 8 (cost of the research; nothing); 5 unanswered.
Engine: reportlab platypus (DejaVu, `invariant=1`).

Run: /tmp/blind64nl/bin/python tests/docs/src/blind64/gen_nl_rathenau_reportlab.py"""
import os
import sys

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Frame, KeepTogether, PageTemplate, Paragraph, BaseDocTemplate, Spacer, Table,
                                TableStyle)

sys.path.insert(0, os.path.dirname(__file__))
import _b64nl as B  # noqa: E402

rl_config.invariant = 1
NAME = "blind64_nl_rathenau"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf"), ("SE", "DejaVuSerif.ttf"), ("SEB", "DejaVuSerif-Bold.ttf"),
              ("SEI", "DejaVuSerif-Italic.ttf"), ("SEBI", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")
pdfmetrics.registerFontFamily("SE", normal="SE", bold="SEB", italic="SEI", boldItalic="SEBI")

INK = colors.HexColor("#1d3b4f")
ORANGE = colors.HexColor("#e8603c")
PALE = colors.HexColor("#fbeee9")
GREY = colors.HexColor("#5a5a5a")


def st(size=9.3, lead=13.8, fam="DS", **kw):
    return ParagraphStyle(fam + str(size) + str(lead) + str(sorted(kw.items())), fontName=fam, fontSize=size,
                          leading=lead, **kw)


S = {
    "b": st(9.0, 13.6, "DS", spaceAfter=5),
    "h": st(12.4, 16, "DSB", spaceBefore=9, spaceAfter=3, textColor=INK),
    "kind": st(8.4, 11, "DSB", textColor=ORANGE, spaceAfter=3),
    "title": st(22, 26, "DSB", textColor=INK, spaceAfter=3),
    "sub": st(11, 15, "DS", textColor=GREY, spaceAfter=10),
    "box": st(8.8, 13, "DS", spaceAfter=3),
    "boxh": st(9.8, 13, "DSB", textColor=INK, spaceAfter=3),
    "pull": st(11, 15, "DSI", textColor=ORANGE),
    "pulls": st(7.6, 10, "DS", textColor=GREY),
    "num": st(22, 24, "DSB", textColor=ORANGE),
    "rec": st(9.3, 13.6, "DSB", textColor=INK, spaceAfter=2),
    "recx": st(8.8, 13, "DS", textColor=GREY),
    "cell": st(7.9, 10.3, "DS"),
    "cellr": st(7.9, 10.3, "DS", alignment=2),
    "cellh": st(7.9, 10.3, "DSB", textColor=colors.white),
    "cellhr": st(7.9, 10.3, "DSB", textColor=colors.white, alignment=2),
    "cap": st(7.4, 10, "DS", textColor=GREY, spaceAfter=6),
    "q": st(9, 13.4, "DSI", leftIndent=9 * mm, rightIndent=8 * mm, textColor=GREY, spaceAfter=5),
    # response
    "ks": st(9.4, 13.6, "SE", spaceAfter=6),
    "ksc": st(9.4, 13.6, "SE", spaceAfter=6, alignment=1),
    "kt": st(12, 16, "SEB", spaceAfter=6),
    "kh": st(8.4, 11.4, "SE", textColor=GREY),
    "kq": st(9.4, 13.6, "SEI"),
    "ka": st(9.4, 13.6, "SE", spaceAfter=3),
    "kal": st(9.4, 13.6, "SEB"),
    "kn": st(9.4, 13.6, "SEB"),
}
S["h"].keepWithNext = 1


def adv_deco(c, doc):
    c.saveState()
    w, h = A4
    c.setFillColor(ORANGE)
    c.rect(0, h - 9 * mm, w, 2.2 * mm, stroke=0, fill=1)
    c.setFont("DSB", 8.4)
    c.setFillColor(INK)
    c.drawString(20 * mm, h - 16 * mm, "Rathenau Instituut")
    c.setFont("DS", 7.4)
    c.setFillColor(GREY)
    c.drawRightString(w - 20 * mm, h - 16 * mm, "Rekenen op hulp  |  Vroegsignalering van schulden met data")
    c.drawRightString(w - 20 * mm, 11 * mm, f"{doc.page}")
    c.restoreState()


def res_deco(c, doc):
    c.saveState()
    w, h = A4
    c.setFont("SE", 8.4)
    c.setFillColor(colors.black)
    c.drawString(25 * mm, h - 15 * mm, "Tweede Kamer, vergaderjaar 2025-2026, 36 812, nr. 4")
    c.drawRightString(w - 25 * mm, h - 15 * mm, f"{doc.page}")
    c.setLineWidth(0.4)
    c.line(25 * mm, h - 17 * mm, w - 25 * mm, h - 17 * mm)
    c.restoreState()


def rec(n, bold, expl):
    t = Table([[Paragraph(str(n), S["num"]), [Paragraph(bold, S["rec"]), Paragraph(expl, S["recx"])]]],
              colWidths=(14 * mm, 156 * mm))
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 7), ("LINEBELOW", (0, 0), (-1, -1), 0.3, PALE)]))
    return KeepTogether(t)


def advice():
    doc = BaseDocTemplate(B.out(NAME + "_advice.pdf"), pagesize=A4, title="Rekenen op hulp",
                          author="Rathenau Instituut")
    fr = Frame(20 * mm, 18 * mm, 170 * mm, 254 * mm, id="f", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=adv_deco)])
    f = [Paragraph("RAPPORT", S["kind"]),
         Paragraph("Rekenen op hulp", S["title"]),
         Paragraph("Vroegsignalering van schulden met data in Nederlandse gemeenten", S["sub"])]
    box = Table([[Paragraph("Samenvatting", S["boxh"])],
                 [Paragraph("Gemeenten krijgen steeds meer signalen over betalingsachterstanden van inwoners en "
                            "gebruiken daarvoor soms risicomodellen. Dat helpt om mensen eerder te bereiken, maar "
                            "roept vragen op over privacy en uitlegbaarheid. Wij pleiten onder meer voor duidelijke "
                            "wettelijke grenzen, openheid over de gebruikte modellen en een eerlijk eerste gesprek "
                            "met inwoners. Hoofdstuk 4 bevat onze aanbevelingen.", S["box"])]],
                colWidths=(170 * mm,))
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE), ("LEFTPADDING", (0, 0), (-1, -1), 9),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 9), ("TOPPADDING", (0, 0), (0, 0), 8),
                             ("BOTTOMPADDING", (0, -1), (-1, -1), 7)]))
    f += [box, Spacer(1, 4),
          Paragraph("1  Inleiding", S["h"]),
          Paragraph("De vaste commissie voor Sociale Zaken en Werkgelegenheid van de Tweede Kamer vroeg het "
                    "Rathenau Instituut in 2025 om in kaart te brengen hoe gemeenten data gebruiken om schulden "
                    "vroeg op te sporen. Sinds de wijziging van de Wet gemeentelijke schuldhulpverlening in 2021 "
                    "moeten gemeenten signalen van woningcorporaties, energie- en drinkwaterbedrijven en "
                    "zorgverzekeraars over betalingsachterstanden oppakken en inwoners binnen korte tijd hulp "
                    "aanbieden. Steeds meer gemeenten combineren die signalen met eigen gegevens.", S["b"]),
          Paragraph("Wij spraken met 38 professionals in twaalf gemeenten, met inwoners die een signaal kregen, en "
                    "met de Vereniging van Nederlandse Gemeenten (VNG). Daarnaast analyseerden wij de "
                    "registraties van vroegsignalen in 2024 en 2025.", S["b"]),
          Paragraph("2  Hoe werkt vroegsignalering?", S["h"]),
          Paragraph("Een schuldeiser meldt een achterstand bij de gemeente, die de inwoner daarna benadert met een "
                    "brief, een telefoontje of een huisbezoek. Tabel 1 laat zien waar de signalen vandaan komen.",
                    S["b"])]
    data = [["Bron van het signaal", "2024", "2025", "Bereikt"],
            ["Energiebedrijven", "61.400", "58.900", "41%"],
            ["Woningcorporaties", "44.100", "47.300", "52%"],
            ["Zorgverzekeraars", "38.800", "42.600", "37%"],
            ["Drinkwaterbedrijven", "22.700", "21.900", "39%"],
            ["Totaal", "167.000", "170.700", "43%"]]
    rows = []
    for i, r in enumerate(data):
        if i == 0:
            rows.append([Paragraph(r[0], S["cellh"])] + [Paragraph(c, S["cellhr"]) for c in r[1:]])
        else:
            rows.append([Paragraph(r[0], S["cell"])] + [Paragraph(c, S["cellr"]) for c in r[1:]])
    tab = Table(rows, colWidths=(88 * mm, 26 * mm, 26 * mm, 26 * mm))
    tab.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), INK), ("LINEBELOW", (0, 1), (-1, -2), 0.3, GREY),
                             ("LINEABOVE", (0, -1), (-1, -1), 0.9, INK), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("TOPPADDING", (0, 0), (-1, -1), 2.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2)]))
    f += [tab, Spacer(1, 2),
          Paragraph("Tabel 1. Vroegsignalen per bron en het aandeel inwoners dat daadwerkelijk werd bereikt "
                    "(twaalf onderzochte gemeenten, opgehoogd).", S["cap"]),
          Paragraph("3  Wat we zagen", S["h"]),
          Paragraph("Vier van de twaalf gemeenten gebruiken een risicomodel dat bepaalt welke inwoners het eerst "
                    "worden benaderd. Medewerkers kunnen meestal niet zeggen welke gegevens het model gebruikt. "
                    "Inwoners weten vaak niet waarom de gemeente contact opneemt; sommigen voelen zich "
                    "gecontroleerd.", S["b"])]
    pull = Table([[Paragraph("'Je moet als gemeente durven aanbellen, ook als iemand de brief niet "
                             "beantwoordt.'", S["pull"])],
                  [Paragraph("schuldhulpverlener in een middelgrote gemeente", S["pulls"])]],
                 colWidths=(130 * mm,), hAlign="CENTER")
    pull.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.2, ORANGE), ("LINEBELOW", (0, -1), (-1, -1), 1.2,
                                                                                ORANGE),
                              ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, -1), (-1, -1), 5)]))
    f += [pull, Spacer(1, 6),
          Paragraph("Volgens de Algemene verordening gegevensbescherming (AVG) moet een gemeente aan een inwoner "
                    "kunnen uitleggen welke persoonsgegevens zij verwerkt en waarom. In de praktijk blijkt dat "
                    "lastig zodra signalen worden gecombineerd. In ons rapport over digitale dienstverlening uit "
                    "2021 schreven wij al:", S["b"]),
          Paragraph("'Zorg ervoor dat iedere inwoner die met een algoritme te maken krijgt, altijd een mens kan "
                    "spreken.'", S["q"]),
          Paragraph("Die aanbeveling is deels opgevolgd: negen van de twaalf gemeenten noemen in hun brief een "
                    "contactpersoon, maar niet altijd met een direct telefoonnummer.", S["b"]),
          Paragraph("4  Aanbevelingen", S["h"]),
          Paragraph("Vroegsignalering kan mensen helpen voordat schulden uit de hand lopen. Om het vertrouwen van "
                    "inwoners te behouden, doen wij de volgende aanbevelingen.", S["b"]), Spacer(1, 3),
          rec(1, "Het kabinet zou in de Wet gemeentelijke schuldhulpverlening moeten vastleggen welke gegevens "
                 "gemeenten voor vroegsignalering mogen combineren.",
              "Nu verschilt dat per gemeente en is het voor inwoners niet te volgen."),
          rec(2, "Wij bevelen de minister van SZW aan om gemeenten te verplichten hun risicomodellen voor "
                 "vroegsignalering op te nemen in het Algoritmeregister.",
              "Dan kunnen raadsleden, journalisten en inwoners zien welke modellen er zijn."),
          rec(3, "Wij raden gemeenten aan om inwoners bij het eerste contact uit te leggen op welk signaal zij "
                 "worden benaderd.",
              "Dat voorkomt wantrouwen en maakt het gesprek over hulp makkelijker."),
          rec(4, "De Tweede Kamer kan de minister vragen om jaarlijks te rapporteren over het bereik en de effecten "
                 "van vroegsignalering.",
              "Nu is niet bekend hoeveel mensen na een signaal echt geholpen zijn."),
          rec(5, "Investeer in de digitale vaardigheden van schuldhulpverleners, zodat zij de uitkomst van een "
                 "model kritisch kunnen beoordelen.",
              "Deze aanbeveling richt zich tot gemeenten en de beroepsvereniging."),
          rec(6, "Wij adviseren de VNG een modelprotocol op te stellen voor het bewaren en vernietigen van "
                 "signalen die niet tot hulp leiden.",
              "Gemeenten hanteren nu bewaartermijnen van drie maanden tot vijf jaar."),
          rec(7, "Het is raadzaam dat de minister voor 2028 een onafhankelijke evaluatie laat uitvoeren van de "
                 "koppeling met gegevens van energie- en drinkwaterbedrijven.",
              "Die koppeling is het meest omvangrijk en raakt de meeste huishoudens."),
          Paragraph("5  Verantwoording", S["h"]),
          Paragraph("Dit onderzoek is uitgevoerd door dr. S. Boukhari, M. van Leeuwen MSc en dr. ir. T. Haverkamp. "
                    "Een begeleidingscommissie met vertegenwoordigers van gemeenten, de Nederlandse Schuldhulproute "
                    "en twee hoogleraren las een eerdere versie. Het Rathenau Instituut is verantwoordelijk voor de "
                    "inhoud. Den Haag, april 2026.", S["b"])]
    doc.build(f)


def qa(n, q, a):
    t = Table([[Paragraph(str(n), S["kn"]), [Paragraph(q, S["kq"]), Spacer(1, 4), Paragraph("Antwoord", S["kal"])]
                + [Paragraph(x, S["ka"]) for x in a]]],
              colWidths=(12 * mm, 148 * mm))
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 9)]))
    return t


def response():
    doc = BaseDocTemplate(B.out(NAME + "_response.pdf"), pagesize=A4, title="Lijst van vragen en antwoorden",
                          author="Tweede Kamer der Staten-Generaal")
    fr = Frame(25 * mm, 20 * mm, 160 * mm, 252 * mm, id="f", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=res_deco)])
    f = [Paragraph("Tweede Kamer der Staten-Generaal", S["kh"]),
         Paragraph("Vergaderjaar 2025-2026", S["kh"]), Spacer(1, 8),
         Paragraph("36 812  Vroegsignalering van schulden", S["kt"]),
         Paragraph("Nr. 4  LIJST VAN VRAGEN EN ANTWOORDEN", S["kt"]),
         Paragraph("Vastgesteld 24 juni 2026", S["ks"]),
         Paragraph("De vaste commissie voor Sociale Zaken en Werkgelegenheid heeft een aantal vragen voorgelegd aan "
                   "de Minister van Sociale Zaken en Werkgelegenheid over het rapport 'Rekenen op hulp' van het "
                   "Rathenau Instituut (Kamerstuk 36 812, nr. 3). De Minister heeft deze vragen beantwoord bij brief "
                   "van 22 juni 2026. Vragen en antwoorden zijn hierna afgedrukt.", S["ks"]),
         Paragraph("De voorzitter van de commissie,<br/>Van den Broek-Sels", S["ks"]),
         Paragraph("De griffier van de commissie,<br/>Terpstra", S["ks"]), Spacer(1, 6),
         qa(1, "Hoeveel gemeenten gebruiken op dit moment een risicomodel om te bepalen welke inwoners met een "
               "vroegsignaal het eerst worden benaderd?",
            ["Uit de Monitor Vroegsignalering 2025 blijkt dat 61 van de 342 gemeenten zo'n model gebruiken. Het "
             "gaat vooral om grotere gemeenten."]),
         qa(2, "Wanneer ontvangt de Kamer een reactie van het kabinet op het rapport?",
            ["Met deze antwoorden geef ik mijn reactie op de aanbevelingen die aan mij zijn gericht. Een aparte "
             "kabinetsreactie volgt niet."]),
         qa(3, "Bent u bereid gemeenten te verplichten hun risicomodellen in het Algoritmeregister op te nemen?",
            ["Ja. Ik neem deze aanbeveling over en regel de verplichting in de algemene maatregel van bestuur die "
             "in het najaar in consultatie gaat."]),
         qa(4, "Hoe reageert u op de aanbevelingen van het Rathenau Instituut over een wettelijke basis voor het "
               "combineren van gegevens en over een evaluatie van de koppeling met energie- en "
               "drinkwaterbedrijven?",
            ["Ik deel de wens om duidelijk te maken welke gegevens gemeenten mogen combineren. Ik leg dat vast in "
             "het Besluit gemeentelijke schuldhulpverlening en niet in de wet zelf, zodat de lijst sneller kan "
             "worden aangepast. Een onafhankelijke evaluatie van de koppeling met energie- en drinkwaterbedrijven "
             "laat ik in 2027 uitvoeren; de uitkomsten stuur ik uw Kamer toe."]),
         qa(5, "Bent u bereid de Kamer jaarlijks te informeren over het bereik en de effecten van vroegsignalering?",
            ["Nee. Een aparte jaarlijkse rapportage acht ik niet nodig. De Monitor Vroegsignalering verschijnt al "
             "elk jaar en is openbaar; ik wijs uw Kamer daar bij verschijning op."]),
         qa(6, "Wat vindt u van het voorstel voor een modelprotocol over het bewaren en vernietigen van signalen?",
            ["Die aanbeveling richt zich tot de VNG. Ik heb er kennis van genomen en zal het onderwerp agenderen in "
             "het bestuurlijk overleg met de VNG in september."]),
         qa(7, "Moeten inwoners niet altijd te horen krijgen waarom de gemeente contact met hen opneemt?",
            ["Ik onderschrijf dat. In de nieuwe Handreiking vroegsignalering staat dat de gemeente bij het eerste "
             "contact vertelt van welke schuldeiser het signaal afkomstig is."]),
         qa(8, "Wat heeft het onderzoek van het Rathenau Instituut gekost?",
            ["Het onderzoek is uitgevoerd binnen het reguliere werkprogramma van het Rathenau Instituut en heeft "
             "geen aanvullende kosten met zich meegebracht."])]
    doc.build(f)


def expected():
    B.write_expected(NAME, [
        (1, "Het kabinet zou in de Wet gemeentelijke schuldhulpverlening moeten vastleggen",
         "Ik leg dat vast in het Besluit gemeentelijke schuldhulpverlening", "partly"),
        (2, "Wij bevelen de minister van SZW aan om gemeenten te verplichten",
         "Ik neem deze aanbeveling over en regel de verplichting", "agrees"),
        (3, "Wij raden gemeenten aan om inwoners bij het eerste contact",
         "Ik onderschrijf dat. In de nieuwe Handreiking vroegsignalering", "agrees"),
        (4, "De Tweede Kamer kan de minister vragen om jaarlijks te rapporteren",
         "Een aparte jaarlijkse rapportage acht ik niet nodig", "disagrees"),
        (5, "Investeer in de digitale vaardigheden van schuldhulpverleners, zodat zij de", None, "unanswered"),
        (6, "Wij adviseren de VNG een modelprotocol op te stellen voor het",
         "Ik heb er kennis van genomen en zal het onderwerp agenderen", "noted"),
        (7, "Het is raadzaam dat de minister voor 2028 een onafhankelijke evaluatie",
         "laat ik in 2027 uitvoeren; de uitkomsten stuur ik", "agrees"),
    ], [
        "61 van de 342 gemeenten zo'n model gebruiken",
        "Een aparte kabinetsreactie volgt niet",
        "geen aanvullende kosten met zich meegebracht",
    ], "RAPPORT 'Rekenen op hulp' of the RATHENAU INSTITUUT on data-driven early detection of debts in municipalities "
       "(asked for by the Tweede Kamer committee), answered by the Kamerstuk LIJST VAN VRAGEN EN ANTWOORDEN: the "
       "committee's written questions on the report and the minister's answers. The Wet gemeentelijke "
       "schuldhulpverlening, the AVG and the Algoritmeregister are real; the research, people, figures, the "
       "Kamerstuk number and the quoted 2021 recommendation are invented. The seven recommendations stand in 4 "
       "Aanbevelingen with LARGE ORANGE NUMERALS 1-7 in a hanging column, each a bold sentence followed by a "
       "regular explanatory sentence; forms vary ('zou ... moeten vastleggen', 'Wij bevelen ... aan', 'Wij raden "
       "gemeenten aan', 'De Tweede Kamer kan de minister vragen', the imperative 'Investeer', 'Wij adviseren de "
       "VNG', 'Het is raadzaam'). Not recommendations: the Samenvatting paraphrase ('Wij pleiten onder meer voor'), "
       "the Wgs duty ('moeten gemeenten signalen ... oppakken'), Tabel 1, the pull quote 'Je moet als gemeente "
       "durven aanbellen', the AVG's 'moet een gemeente ... kunnen uitleggen', the 2021 recommendation quoted as an "
       "imperative ('Zorg ervoor dat iedere inwoner ... altijd een mens kan spreken') and reported as partly "
       "followed. Response: Kamerstuk heading, the committee's standard opening, questions 1-8 each with "
       "'Antwoord'; the questions paraphrase the recommendations. Order: Q1 (number of municipalities; nothing), "
       "Q2 (no separate cabinet reaction; nothing), Q3 = 2 agrees ('Ik neem deze aanbeveling over'), Q4 = ONE "
       "answer: 1 partly (in the Besluit, not in the law itself) + 7 agrees (evaluation in 2027), Q5 = 4 disagrees "
       "('Nee. Een aparte jaarlijkse rapportage acht ik niet nodig'), Q6 = 6 noted (aimed at the VNG, 'Ik heb er "
       "kennis van genomen', to be put on the agenda), Q7 = 3 agrees ('Ik onderschrijf dat'), Q8 (cost of the "
       "research; nothing); 5 (digital skills of debt counsellors) UNANSWERED.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)
