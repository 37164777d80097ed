"""Round 53 (nl): an (invented) LEEMTEBRIEF 2026 of the AUTORITEIT FINANCIELE MARKTEN to the minister of Financien
('Leemtes in wet- en regelgeving 2026'): letterhead, side column with Datum/Ons kenmerk, an opening paragraph that
summarises the seven points in other words, a table 'Opvolging leemtes 2025' (earlier proposals with their status,
one quoted as an imperative), then seven sections 'Leemte 1'-'Leemte 7', each with an 'Achtergrond' paragraph
(findings with 'moet', Wft/BW/Pensioenwet article numbers, figures) and a 'Voorstel' paragraph that holds the
recommendation ('Wij stellen voor ...', imperatives, one question). Answered by BIJLAGE 2 of the minister's
Kamerbrief, an A4-landscape matrix 'Appreciatie leemtes AFM 2026' (columns nr. / onderwerp / appreciatie /
toelichting) in another order, one row 'Leemtes 3 en 5' with two different appreciations, leemte 6 missing, and a
closing row on toezichtskosten that answers nothing. Engine: reportlab (platypus, DejaVu, two-pass 'pagina N van M').
Answer key: README-nl.md.

Run: /tmp/blind53nl/bin/python tests/docs/src/blind53/gen_nl_leemtebrief_reportlab.py"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, KeepTogether

sys.path.insert(0, os.path.dirname(__file__))
import _b53nl as B  # noqa: E402

NAME = "blind53_nl_leemtebrief"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")

BLUE = colors.HexColor("#1b3f8b")
LBLUE = colors.HexColor("#e8eef8")
GREY = colors.HexColor("#555555")


def st(size=9, lead=13, fam="DS", **kw):
    return ParagraphStyle(fam + str(size) + str(lead) + str(sorted(kw.items())), fontName=fam, fontSize=size,
                          leading=lead, **kw)


S = {
    "b": st(9.2, 13.6, spaceAfter=5),
    "h2": st(10.5, 14, "DSB", textColor=BLUE, spaceBefore=8, spaceAfter=2),
    "lab": st(8.6, 12, "DSB", textColor=GREY, spaceBefore=2, spaceAfter=1),
    "c": st(7.8, 10.4), "cb": st(7.8, 10.4, "DSB"), "ci": st(7.8, 10.4, "DSI"),
    "w": st(7.8, 10.4, "DSB", textColor=colors.white),
    "side": st(7, 9.6, textColor=GREY),
    "t": st(13, 17, "DSB", textColor=BLUE, spaceAfter=4),
    "r": st(8.6, 12.2, spaceAfter=4),
}


def p(t, s="b"):
    return Paragraph(t, S[s])


def build(story_fn, path, deco, pagesize=A4, left=25 * mm, right=22 * mm, top=26 * mm):
    total = [0]
    for _ in range(2):
        doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=left, rightMargin=right, topMargin=top,
                                bottomMargin=22 * mm, title="", author="")
        doc.build(story_fn(), onFirstPage=deco(total), onLaterPages=deco(total))
        total[0] = doc.page


# ----------------------------------------------------------------------------------------------- advice
def adv_deco(total):
    def draw(c, doc):
        c.saveState()
        W, H = A4
        x = W - 52 * mm
        if doc.page == 1:
            c.setFillColor(BLUE)
            c.rect(25 * mm, H - 24 * mm, 9 * mm, 9 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("DSB", 8)
            c.drawCentredString(29.5 * mm, H - 20.6 * mm, "AFM")
            c.setFillColor(BLUE)
            c.setFont("DSB", 10.5)
            c.drawString(37 * mm, H - 19 * mm, "Autoriteit Financiële Markten")
            c.setFont("DS", 7)
            c.setFillColor(GREY)
            y = H - 42 * mm
            for fnt, t in (("DSB", "Autoriteit Financiële Markten"), ("DS", "Postbus 11723"),
                           ("DS", "1001 GS Amsterdam"), ("DS", ""), ("DS", "Vijzelgracht 50"),
                           ("DS", "1017 HS Amsterdam"), ("DS", "www.afm.nl"), ("DS", ""), ("DSB", "Datum"),
                           ("DS", "12 februari 2026"), ("DS", ""), ("DSB", "Ons kenmerk"),
                           ("DS", "BST-AFM-26-0114"), ("DS", ""), ("DSB", "Betreft"),
                           ("DS", "Leemtes in wet- en"), ("DS", "regelgeving 2026"), ("DS", ""),
                           ("DSB", "Bijlage(n)"), ("DS", "geen")):
                c.setFont(fnt, 7)
                c.drawString(x, y, t)
                y -= 9.3
        else:
            c.setFont("DS", 7)
            c.setFillColor(GREY)
            c.drawString(x, H - 30 * mm, "Datum")
            c.drawString(x, H - 30 * mm - 9.3, "12 februari 2026")
            c.drawString(x, H - 30 * mm - 23, "Ons kenmerk")
            c.drawString(x, H - 30 * mm - 32.3, "BST-AFM-26-0114")
        c.setFont("DS", 7)
        c.setFillColor(GREY)
        c.drawString(x, 14 * mm, f"Pagina {doc.page} van {total[0]}")
        c.restoreState()
    return draw


LEEMTES = [
    ("Leemte 1 – Beleggingsreclame via sociale media",
     "In 2025 ontving de AFM 412 meldingen over zogenoemde finfluencers die tegen betaling beleggingsproducten "
     "aanprijzen, vaak cryptobeleggingen of hefboomproducten. Wie zo'n product aanprijst, moet volgens artikel 4:19 "
     "Wft correcte, duidelijke en niet-misleidende informatie geven, maar de AFM kan die personen niet "
     "identificeren: er bestaat geen register en de platforms verstrekken gegevens alleen op bevel van een rechter.",
     "Wij stellen voor een registratieplicht bij de AFM in te voeren voor natuurlijke personen en rechtspersonen "
     "die tegen vergoeding financiële producten aanprijzen via sociale media."),
    ("Leemte 2 – Achteraf betalen",
     "Aanbieders van achteraf-betalen-diensten vallen nog steeds onder de uitzondering van artikel 7:58, tweede lid, "
     "onder c, BW, omdat zij geen rente in rekening brengen. Het aantal gebruikers groeide tot 4,1 miljoen; 17 % "
     "van de jongeren tussen 18 en 25 jaar had in 2025 een betalingsachterstand bij zo'n dienst.",
     "Wij stellen voor de uitzondering voor renteloos kortlopend krediet te laten vervallen, zodat ook "
     "achteraf-betalen-diensten een kredietwaardigheidstoets moeten uitvoeren."),
    ("Leemte 3 – Boetes aan feitelijk leidinggevenden",
     "De AFM kan een boete opleggen aan een onderneming en, via artikel 5:1 Awb in samenhang met artikel 51 Sr, aan "
     "feitelijk leidinggevenden. In de praktijk moet de AFM dan per persoon een eigen overtreding aantonen; in "
     "drie zaken in 2024 en 2025 strandde dat bij de rechter.",
     "Geef de AFM een zelfstandige bevoegdheid om een bestuurlijke boete op te leggen aan bestuurders die "
     "ernstig tekortschieten in hun toezicht op de naleving van de Wft."),
    ("Leemte 4 – Gegevensuitwisseling met de Belastingdienst",
     "Bij onderzoek naar ongeoorloofde beleggingsaanbiedingen heeft de AFM vaak gegevens nodig die de Belastingdienst "
     "al heeft, zoals gegevens over rekeninghouders. Artikel 67 AWR verbiedt de Belastingdienst die gegevens te "
     "verstrekken, behalve in de gevallen die de Uitvoeringsregeling noemt; de AFM staat daar niet in.",
     "Wij stellen voor een wettelijke grondslag te scheppen waarmee de Belastingdienst gegevens over "
     "rekeninghouders aan de AFM mag verstrekken voor het toezicht op ongeoorloofde aanbiedingen."),
    ("Leemte 5 – Openbaarmaking van lasten onder dwangsom",
     "Artikel 1:97 Wft verplicht de AFM een boetebesluit openbaar te maken. Voor een last onder dwangsom geldt "
     "alleen een bevoegdheid (artikel 1:99 Wft), waarvan de AFM in 2025 in 9 van de 31 gevallen gebruikmaakte. "
     "Consumenten weten daardoor vaak niet dat een aanbieder zich niet aan de regels houdt.",
     "Wij stellen voor de openbaarmaking van een last onder dwangsom net als bij een boete verplicht te maken, "
     "met dezelfde uitzonderingen."),
    ("Leemte 6 – Zorgplicht van pensioenuitvoerders",
     "Met de overgang naar het nieuwe pensioenstelsel moeten deelnemers keuzes maken over onder meer de "
     "bedrag-ineens-optie. De zorgplicht van artikel 52a Pensioenwet ziet op keuzebegeleiding, maar niet op het "
     "signaleren van deelnemers die een voor hen ongunstige keuze dreigen te maken.",
     "Wij stellen voor de zorgplicht van pensioenuitvoerders zo uit te breiden dat zij deelnemers actief "
     "waarschuwen bij een keuze die hun pensioen aantoonbaar verlaagt."),
    ("Leemte 7 – Duurzaamheidsclaims bij beleggingsfondsen",
     "Onder de Sustainable Finance Disclosure Regulation (Verordening (EU) 2019/2088) houdt de AFM toezicht op "
     "informatie in prospectussen en periodieke rapportages, maar niet op reclame van distributeurs en "
     "vergelijkingssites. Uit een steekproef van 60 uitingen bleek een derde een groene claim te bevatten die niet "
     "in de fondsdocumentatie terugkwam.",
     "Is de minister bereid de AFM aan te wijzen als toezichthouder op duurzaamheidsclaims in alle uitingen "
     "over beleggingsfondsen, ook van distributeurs?"),
]


def advice_story():
    s = [Spacer(1, 10 * mm),
         p("De minister van Financiën<br/>t.a.v. de directeur Financiële Markten<br/>Postbus 20201<br/>"
           "2500 EE Den Haag"),
         Spacer(1, 8 * mm),
         p("<b>Betreft:</b> Leemtes in wet- en regelgeving 2026"),
         Spacer(1, 2 * mm),
         p("Geachte minister,"),
         p("Zoals elk jaar informeert de AFM u in deze brief over leemtes die zij in haar toezicht heeft "
           "vastgesteld. Het gaat dit jaar om zeven onderwerpen: de aanprijzing van beleggingen door finfluencers, "
           "achteraf betalen, de aansprakelijkheid van bestuurders, gegevens van de Belastingdienst, de "
           "openbaarheid van dwangsommen, de keuzebegeleiding in het nieuwe pensioenstelsel en groene claims van "
           "distributeurs. Wij lichten de leemtes hieronder toe en doen per leemte een voorstel."),
         p("Opvolging leemtes 2025", "h2"),
         p("In onze brief van 14 februari 2025 (kenmerk BST-AFM-25-0087) signaleerden wij vijf leemtes. De "
           "onderstaande tabel geeft de stand van zaken weer zoals de AFM die ziet.")]
    rows = [["Nr.", "Voorstel 2025", "Stand februari 2026"],
            ["2025-1", "Beperk de provisie op kortlopend krediet tot 1 % per maand.", "Opgenomen in wetsvoorstel "
             "Wijzigingswet financiële markten 2026 (Kamerstukken II 36 611)."],
            ["2025-2", "Verplicht beleggingsondernemingen tot het bijhouden van een klachtenregister.",
             "Geregeld per 1 januari 2026 (art. 4:17a Wft)."],
            ["2025-3", "Geef de AFM toegang tot het UBO-register zonder kosten.", "Toegezegd, nog niet geregeld."],
            ["2025-4", "Breng crowdfunding met leningen aan consumenten onder de Wck.", "Niet overgenomen."],
            ["2025-5", "Verhoog het maximum van de bestuurlijke boete voor marktmisbruik.", "In consultatie."]]
    t = Table([[p(c, "w" if r == 0 else ("cb" if i == 0 else "c")) for i, c in enumerate(row)]
               for r, row in enumerate(rows)], colWidths=[18 * mm, 56 * mm, 53 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), BLUE), ("LINEBELOW", (0, 1), (-1, -1), 0.3, GREY),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
    s += [t, Spacer(1, 2 * mm),
          p("Wij vragen in het bijzonder aandacht voor voorstel 2025-3: toegang tot het UBO-register is voor het "
            "toezicht op integere bedrijfsvoering onmisbaar."),
          p("Leemtes 2026", "h2"),
          p("Bij elke leemte beschrijven wij eerst de achtergrond en de knelpunten die wij in het toezicht "
            "tegenkomen, en daarna ons voorstel.")]
    for title, bg, vs in LEEMTES:
        s.append(KeepTogether([p(title, "h2"), p("Achtergrond", "lab"), p(bg), p("Voorstel", "lab"),
                               p(vs)]))
    s += [p("Tot slot", "h2"),
          p("De AFM is graag bereid de voorstellen met uw ministerie nader te bespreken. Een afschrift van deze "
            "brief zenden wij aan de president van De Nederlandsche Bank. Wij publiceren de brief op onze website "
            "nadat u deze aan de Tweede Kamer heeft gezonden."),
          p("Hoogachtend,"),
          Spacer(1, 5 * mm),
          p("Autoriteit Financiële Markten<br/><br/>drs. M.E. Harteveld-Ouali, voorzitter van het bestuur<br/>"
            "mr. J.P. Stoutjesdijk, lid van het bestuur")]
    return s


# ----------------------------------------------------------------------------------------------- response
def res_deco(total):
    def draw(c, doc):
        c.saveState()
        W, H = landscape(A4)
        c.setFillColor(colors.HexColor("#154273"))
        c.rect(W / 2 - 5 * mm, H - 16 * mm, 10 * mm, 16 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("DS", 8)
        c.drawString(W / 2 + 7 * mm, H - 10 * mm, "Ministerie van Financiën")
        c.setFont("DS", 6.8)
        c.setFillColor(GREY)
        c.drawString(20 * mm, H - 22 * mm, "Directie Financiële Markten")
        c.drawRightString(W - 20 * mm, H - 22 * mm, "Kenmerk 2026-0000184417")
        c.drawString(20 * mm, 11 * mm, "Bijlage 2 bij Kamerbrief over de leemtebrief 2026 van de AFM")
        c.drawRightString(W - 20 * mm, 11 * mm, f"Pagina {doc.page} van {total[0]}")
        c.restoreState()
    return draw


def response_story():
    s = [p("Bijlage 2 – Appreciatie leemtes AFM 2026", "t"),
         p("In deze bijlage geeft het kabinet per leemte uit de brief van de AFM van 12 februari 2026 zijn "
           "appreciatie. De volgorde volgt de planning van het wetgevingsprogramma; punten die in één wetsvoorstel "
           "samenkomen, zijn samen behandeld. Gebruikte appreciaties: <i>overnemen</i>, <i>deels overnemen</i>, "
           "<i>niet overnemen</i>, <i>nader bezien</i>.", "r"),
         Spacer(1, 2 * mm)]
    rows = [
        ("2", "Achteraf betalen", "Overnemen",
         "De herziene richtlijn consumentenkrediet (Richtlijn (EU) 2023/2225) verplicht de lidstaten deze "
         "uitzondering te schrappen. Het implementatiewetsvoorstel, dat in april 2026 naar de Raad van State gaat, "
         "brengt achteraf-betalen-diensten met ingang van 20 november 2026 onder de kredietregels, inclusief de "
         "kredietwaardigheidstoets."),
        ("7", "Duurzaamheidsclaims", "Niet overnemen",
         "Reclame van distributeurs en vergelijkingssites valt onder de Wet oneerlijke handelspraktijken, waarop de "
         "ACM toezicht houdt. Een tweede toezichthouder voor dezelfde uitingen leidt tot overlap. Het kabinet "
         "vraagt AFM en ACM wel hun samenwerkingsprotocol op dit punt aan te scherpen."),
        ("1", "Finfluencers", "Deels overnemen",
         "Het kabinet deelt de zorg van de AFM. Een registratieplicht voor iedereen die producten aanprijst, "
         "acht het kabinet niet uitvoerbaar. In de Wijzigingswet financiële markten 2028 komt wel een verplichting "
         "voor aanbieders om bij te houden welke personen zij betalen voor het aanprijzen van hun producten, "
         "zodat de AFM hen langs die weg kan achterhalen."),
        ("3 en 5", "Handhaving", "5: overnemen<br/>3: niet overnemen",
         "Het voorstel om ook lasten onder dwangsom verplicht openbaar te maken, wordt opgenomen in de "
         "Wijzigingswet financiële markten 2028. Een zelfstandige boetebevoegdheid jegens individuele "
         "bestuurders neemt het kabinet niet over: het bestaande instrumentarium, waaronder de "
         "betrouwbaarheidstoetsing, volstaat naar het oordeel van het kabinet. De drie genoemde uitspraken "
         "geven geen aanleiding tot een ander oordeel."),
        ("4", "Gegevens Belastingdienst", "Nader bezien",
         "Het verstrekken van fiscale gegevens raakt aan de fiscale geheimhoudingsplicht. De minister heeft de "
         "staatssecretaris van Financiën – Fiscaliteit gevraagd dit punt te betrekken bij de evaluatie van "
         "artikel 67 AWR die in 2027 is voorzien. Het kabinet neemt daarop nu geen standpunt in."),
        ("–", "Toezichtskosten", "–",
         "Los van de leemtes merkt het kabinet op dat de kostenontwikkeling van het toezicht aandacht vraagt. "
         "Met de AFM is afgesproken dat de begroting 2027 binnen het meerjarig kostenkader van 2023 blijft; "
         "de Kamer ontvangt in het najaar de jaarlijkse brief over de toezichtskosten."),
    ]
    data = [[p("Nr.", "w"), p("Onderwerp", "w"), p("Appreciatie", "w"), p("Toelichting", "w")]]
    for nr, onderwerp, ap, tl in rows:
        data.append([p(nr, "cb"), p(onderwerp, "c"), p(ap, "cb"), p(tl, "c")])
    t = Table(data, colWidths=[16 * mm, 38 * mm, 34 * mm, 169 * mm], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#154273")),
                           ("GRID", (0, 0), (-1, -1), 0.4, GREY), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 1), (0, -1), LBLUE),
                           ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)]))
    s += [t, Spacer(1, 4 * mm),
          p("Het kabinet informeert de Kamer in de volgende voortgangsbrief over het wetgevingsprogramma over de "
            "uitwerking van de punten die worden overgenomen.", "r")]
    return s


def expected():
    B.write_expected(NAME, [
        ("1", "Wij stellen voor een registratieplicht bij de AFM in te voeren",
         "verplichting voor aanbieders om bij te houden welke personen", "partly"),
        ("2", "Wij stellen voor de uitzondering voor renteloos kortlopend krediet",
         "brengt achteraf-betalen-diensten met ingang van 20 november 2026", "agrees"),
        ("3", "Geef de AFM een zelfstandige bevoegdheid om een bestuurlijke boete",
         "Een zelfstandige boetebevoegdheid jegens individuele bestuurders neemt het kabinet niet over",
         "disagrees"),
        ("4", "Wij stellen voor een wettelijke grondslag te scheppen waarmee",
         "Het kabinet neemt daarop nu geen standpunt in", "noted"),
        ("5", "Wij stellen voor de openbaarmaking van een last onder dwangsom",
         "ook lasten onder dwangsom verplicht openbaar te maken", "agrees"),
        ("6", "Wij stellen voor de zorgplicht van pensioenuitvoerders zo uit", None, "unanswered"),
        ("7", "Is de minister bereid de AFM aan te wijzen als toezichthouder",
         "Een tweede toezichthouder voor dezelfde uitingen leidt tot overlap", "disagrees"),
    ], ["begroting 2027 binnen het meerjarig kostenkader van 2023"],
        "AFM leemtebrief: seven sections 'Leemte 1'-'Leemte 7', each with 'Achtergrond' (findings with 'moet', "
        "article numbers, figures) and a 'Voorstel' paragraph holding the recommendation (five 'Wij stellen voor', "
        "one imperative 'Geef de AFM', one question 'Is de minister bereid ...?'). The opening paragraph "
        "summarising the seven subjects, the table of 2025 proposals (imperatives with their status) and the "
        "remark on proposal 2025-3 are not recommendations. Response: landscape matrix (Bijlage 2 of a Kamerbrief) "
        "in the order 2, 7, 1, '3 en 5', 4: 2 agrees ('Overnemen', CCD2 implementation); 7 disagrees ('Niet "
        "overnemen', ACM); 1 partly ('Deels overnemen': duty on providers instead of registration); row '3 en 5': "
        "5 agrees, 3 disagrees; 4 noted ('Nader bezien', referred to the state secretary, no position); 6 "
        "(pension duty of care) UNANSWERED. Row 'Toezichtskosten' answers nothing.")


if __name__ == "__main__":
    build(advice_story, B.out(NAME + "_advice.pdf"), adv_deco, right=58 * mm)
    build(response_story, B.out(NAME + "_response.pdf"), res_deco, pagesize=landscape(A4), left=20 * mm,
          right=20 * mm, top=28 * mm)
    expected()
