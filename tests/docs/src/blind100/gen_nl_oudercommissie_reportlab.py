"""Round 100 (nl): the ADVIESBRIEF of the OUDERCOMMISSIE of a kindcentrum (Wet kinderopvang, gevraagd advies on the
houder's voorgenomen wijzigingen 2027), answered by the houder's REACTIEBRIEF (directeur-bestuurder), paraphrase only.

Advice (reportlab, sans, orange top band letterhead, running head from p. 2, 'pagina n'): survey findings with
percentages, Wet kinderopvang art. 1.60 'moet', the 2025 advice quoted with 'moet', the houder's plan quoted; the
recommendations are UNNUMBERED BOLD SENTENCES inside paragraphs under subject headings ('Wij adviseren ...').
Response: letter, no numbers, order 3, 1+2, 6, 4, 7; 5 (ouderportaal in English) unanswered. All invented.

Run: /tmp/blind100nl/bin/python tests/docs/src/blind100/gen_nl_oudercommissie_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b100nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind100_nl_oudercommissie"
F = B.tmp_fonts()
pdfmetrics.registerFont(TTFont("S", F["Regular"]))
pdfmetrics.registerFont(TTFont("SB", F["Bold"]))
pdfmetrics.registerFont(TTFont("SI", F["Italic"]))
pdfmetrics.registerFontFamily("S", normal="S", bold="SB", italic="SI", boldItalic="SB")
ORANGE = colors.HexColor("#c8601a")

body = ParagraphStyle("b", fontName="S", fontSize=9.8, leading=13.8, spaceAfter=7)
h2 = ParagraphStyle("h2", fontName="SB", fontSize=11, leading=14, textColor=ORANGE, spaceBefore=8, spaceAfter=4)
small = ParagraphStyle("s", parent=body, fontSize=8.2, leading=11)
quote = ParagraphStyle("q", parent=body, fontName="SI", leftIndent=20, rightIndent=20)
P = lambda t, s=body: Paragraph(t, s)  # noqa: E731


def deco(head, org):
    def on_page(c, doc):
        c.saveState()
        if doc.page == 1:
            c.setFillColor(ORANGE)
            c.rect(0, A4[1] - 62, A4[0], 62, fill=1, stroke=0)
            c.setFillColor(colors.white)
            c.setFont("SB", 14)
            c.drawString(56, A4[1] - 36, org)
            c.setFont("S", 8.5)
            c.drawString(56, A4[1] - 50, "Kindcentrum De Boomgaard  |  Fruitweg 12, 6681 KL Heteren-Oost")
        else:
            c.setFont("S", 7.5)
            c.setFillColor(colors.HexColor("#555555"))
            c.drawString(56, A4[1] - 34, head)
        c.setFont("S", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawRightString(A4[0] - 56, 28, "pagina %d" % doc.page)
        c.restoreState()
    return on_page


def build(pdfname, story, head, org):
    doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=60, rightMargin=60, topMargin=86,
                            bottomMargin=52, title=head)
    f = deco(head, org)
    doc.build(story, onFirstPage=f, onLaterPages=f)


adv = [
    P("Stichting Kinderopvang Lingedal<br/>t.a.v. mevrouw drs. H.J. Verweij, directeur-bestuurder<br/>Postbus 214<br/>"
      "6680 AE Heteren-Oost", small),
    Spacer(1, 6),
    P("Heteren-Oost, 14 september 2026<br/>Ons kenmerk: OC-DB/2026-04<br/>Onderwerp: advies oudercommissie over de "
      "voorgenomen wijzigingen per 1 januari 2027", small),
    Spacer(1, 4),
    P("Geachte mevrouw Verweij,"),
    P("Op 3 juli 2026 heeft u de oudercommissie van Kindcentrum De Boomgaard om advies gevraagd over het voornemen "
      "om per 1 januari 2027 het uurtarief, de openingstijden en het pedagogisch werkplan te wijzigen. Op grond van "
      "artikel 1.60 van de Wet kinderopvang moet de houder de oudercommissie in de gelegenheid stellen advies uit te "
      "brengen over deze onderwerpen, en moet de houder schriftelijk en gemotiveerd reageren als hij van het advies "
      "afwijkt. Wij hebben uw voorstel besproken in onze vergadering van 2 september 2026 en daarvoor ook een korte "
      "enquête onder de ouders gehouden. Hieronder leest u per onderwerp onze bevindingen en ons advies."),
    P("De enquête", h2),
    P("Van de 118 gezinnen met een kind op de dagopvang of de bso hebben er 71 de vragenlijst ingevuld (60 procent). "
      "De uitkomsten geven wij hieronder kort weer; de volledige tabel is als bijlage bij deze brief gevoegd."),
    Table([["Vraag", "Eens", "Oneens", "Geen mening"],
           ["Verhoging uurtarief is redelijk", "18%", "69%", "13%"],
           ["Sluiten om 18.00 uur is werkbaar", "22%", "71%", "7%"],
           ["Ik ken de vaste gezichten op de groep", "41%", "52%", "7%"],
           ["Ik word op tijd over wijzigingen ingelicht", "35%", "55%", "10%"]],
          colWidths=[230, 60, 60, 80],
          style=TableStyle([("FONT", (0, 0), (-1, -1), "S", 8.6), ("FONT", (0, 0), (-1, 0), "SB", 8.6),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f6e3d3")),
                            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999"))])),
    Spacer(1, 8),
    P("Uurtarief", h2),
    P("U stelt voor het uurtarief voor de dagopvang te verhogen van € 10,25 naar € 11,01, een stijging van 7,4 procent. "
      "De maximum uurprijs voor de kinderopvangtoeslag stijgt in 2027 naar verwachting met 4,8 procent. Ouders met een "
      "middeninkomen gaan er daardoor per maand fors op achteruit; in de enquête noemt 69 procent de verhoging niet "
      "redelijk. <b>Wij adviseren de verhoging van het uurtarief te beperken tot de indexatie van de maximum "
      "uurprijs.</b> Daarbij merken wij op dat de stichting in 2025 een positief resultaat had."),
    P("Openingstijden", h2),
    P("Volgens het voorstel sluit het kindcentrum vanaf 2027 op vrijdag om 18.00 uur in plaats van 18.30 uur. Veel "
      "ouders werken in de zorg of reizen naar Arnhem en Nijmegen en halen hun kind pas na zessen op. "
      "<b>Wij adviseren de sluitingstijd van 18.30 uur op alle dagen te handhaven.</b> Als het om personeelskosten "
      "gaat, denken wij graag mee over een andere oplossing."),
    P("Vaste gezichten en invalkrachten", h2),
    P("In ons advies van 2025 schreven wij al: <i>'De stichting moet zorgen dat kinderen zo veel mogelijk dezelfde "
      "medewerkers zien.'</i> De regel van de vaste gezichten is in de wet vastgelegd, maar bij ziekte worden nog "
      "steeds wisselende uitzendkrachten ingezet. Ouders merken dat hun kind daar onrustig van wordt. "
      "<b>Wij adviseren voor elke groep een vaste invalkracht aan te stellen.</b>"),
    P("Informatie aan ouders", h2),
    P("In het pedagogisch werkplan staat dat 'ouders tijdig moeten worden ingelicht over wijzigingen'. In de praktijk "
      "hoorden ouders soms pas een week van tevoren over een nieuw rooster of een samengevoegde groep. "
      "<b>Wij adviseren ouders minstens twee maanden vooraf te informeren over roosterwijzigingen.</b> Verder is het "
      "ouderportaal alleen in het Nederlands te gebruiken, terwijl ruim tien gezinnen het Nederlands niet goed "
      "beheersen. <b>Wij adviseren het ouderportaal ook in het Engels beschikbaar te maken.</b>"),
    P("Wachtlijst", h2),
    P("Op 1 september 2026 stonden 46 kinderen op de wachtlijst voor de dagopvang. Ouders met een tweede kind krijgen "
      "nu geen plek op de groep waar hun oudste al zit, zodat zij twee kindcentra moeten combineren. "
      "<b>Wij adviseren broertjes en zusjes voorrang te geven op de wachtlijst.</b>"),
    P("Buitenruimte", h2),
    P("De buitenspeelplaats is in 2009 aangelegd. Bij de inspectie van de GGD in maart 2026 is geconstateerd dat twee "
      "toestellen niet meer voldoen; die zijn inmiddels verwijderd. <b>Wij adviseren de buitenspeelplaats vóór de zomer "
      "van 2027 te vernieuwen.</b> Ouders willen hier graag bij helpen, bijvoorbeeld met een klusdag."),
    P("Tot slot", h2),
    P("Wij zien uw schriftelijke reactie graag binnen de termijn van zes weken tegemoet, zoals in artikel 8 van ons "
      "reglement is afgesproken. Wij bedanken de locatiemanager, mevrouw Kroes, voor de open gesprekken."),
    P("Met vriendelijke groet,<br/><br/>namens de oudercommissie Kindcentrum De Boomgaard,<br/>"
      "Jeroen van Dalsum, voorzitter<br/>Samira el Idrissi, secretaris"),
]
build(NAME + "_advice.pdf", adv, "Advies oudercommissie De Boomgaard - wijzigingen 2027 - OC-DB/2026-04",
      "Oudercommissie Kindcentrum De Boomgaard")

res = [
    P("Oudercommissie Kindcentrum De Boomgaard<br/>t.a.v. de heer J. van Dalsum, voorzitter<br/>Fruitweg 12<br/>"
      "6681 KL Heteren-Oost", small),
    Spacer(1, 6),
    P("Heteren-Oost, 19 oktober 2026<br/>Kenmerk: SKL/DB/2026-311<br/>Uw kenmerk: OC-DB/2026-04<br/>"
      "Onderwerp: reactie op uw advies over de wijzigingen per 1 januari 2027", small),
    Spacer(1, 4),
    P("Geachte heer Van Dalsum, beste leden van de oudercommissie,"),
    P("Hartelijk dank voor uw zorgvuldige advies van 14 september en voor de moeite die u heeft genomen om zoveel "
      "ouders te raadplegen. Het bestuur heeft uw advies op 12 oktober besproken met de locatiemanager en de "
      "centrale ondernemingsraad. In deze brief laat ik u per onderwerp weten wat wij ermee doen."),
    P("Ten eerste de vaste gezichten op de groep. U heeft gelijk dat wisselende uitzendkrachten onrust geven. "
      "Sinds 1 oktober heeft elke groep van De Boomgaard een eigen vaste invalkracht in dienst; ouders hebben "
      "hierover inmiddels een bericht via het portaal gekregen."),
    P("Dan het tarief en de openingstijden. Wij begrijpen de zorgen over de kosten, maar de loonkosten stijgen in "
      "2027 door de nieuwe cao met ruim zes procent. Wij hebben de verhoging teruggebracht naar 5,9 procent; verder "
      "beperken tot de indexatie van de maximum uurprijs is financieel niet verantwoord. De sluitingstijd op vrijdag "
      "hebben wij op uw advies heroverwogen: het kindcentrum blijft ook op vrijdag tot 18.30 uur open."),
    P("Over de wachtlijst kan ik u helaas geen ander antwoord geven dan vorig jaar. Wij plaatsen kinderen op volgorde "
      "van inschrijfdatum, en voor alle locaties geldt dezelfde regeling. Voorrang voor broertjes en zusjes zou "
      "andere gezinnen op achterstand zetten; wij nemen dit onderdeel van uw advies daarom niet over."),
    P("De locatiemanager zal roosterwijzigingen voortaan ten minste twee maanden van tevoren aan ouders bekendmaken. "
      "Deze afspraak gaat in op 1 januari 2027 en wordt opgenomen in het pedagogisch werkplan."),
    P("De vernieuwing van de buitenspeelplaats neem ik mee in de afweging voor de meerjarenbegroting, die het bestuur "
      "in december vaststelt. Ik kan u nu nog niet zeggen of daar in 2027 ruimte voor is. Het aanbod van ouders om "
      "te helpen waarderen wij zeer."),
    P("Graag maak ik van deze gelegenheid gebruik om u te informeren over de verbouwing van de keuken. In de "
      "herfstvakantie wordt de keuken van de bso vervangen; de opvang gaat in die week gewoon door in het speellokaal "
      "van basisschool De Peppel."),
    P("Ik hoop u hiermee voldoende te hebben geïnformeerd en kijk uit naar ons overleg op 11 november. Mocht u vragen "
      "hebben over deze brief, dan kunt u contact opnemen met mevrouw Kroes."),
    P("Met vriendelijke groet,<br/><br/>drs. H.J. Verweij<br/>directeur-bestuurder Stichting Kinderopvang Lingedal"),
]
build(NAME + "_response.pdf", res, "Stichting Kinderopvang Lingedal - SKL/DB/2026-311", "Stichting Kinderopvang Lingedal")

B.write_expected(NAME, [
    (1, "Wij adviseren de verhoging van het uurtarief te beperken", "Wij hebben de verhoging teruggebracht naar 5,9 procent",
     "partly"),
    (2, "Wij adviseren de sluitingstijd van 18.30 uur op alle dagen",
     "het kindcentrum blijft ook op vrijdag tot 18.30 uur open", "agrees"),
    (3, "Wij adviseren voor elke groep een vaste invalkracht aan te stellen",
     "elke groep van De Boomgaard een eigen vaste invalkracht in dienst", "agrees"),
    (4, "Wij adviseren ouders minstens twee maanden vooraf te informeren",
     "roosterwijzigingen voortaan ten minste twee maanden van tevoren", "agrees"),
    (5, "Wij adviseren het ouderportaal ook in het Engels beschikbaar", None, "unanswered"),
    (6, "Wij adviseren broertjes en zusjes voorrang te geven op de wachtlijst",
     "wij nemen dit onderdeel van uw advies daarom niet over", "disagrees"),
    (7, "Wij adviseren de buitenspeelplaats vóór de zomer van 2027 te vernieuwen",
     "neem ik mee in de afweging voor de meerjarenbegroting", "noted"),
], ["Hartelijk dank voor uw zorgvuldige advies van 14 september",
    "In de herfstvakantie wordt de keuken van de bso vervangen",
    "kijk uit naar ons overleg op 11 november"],
    "Advice: adviesbrief of a kinderopvang oudercommissie, 2 p., reportlab; recommendations UNNUMBERED BOLD SENTENCES "
    "inside paragraphs under subject headings, all 'Wij adviseren ...'. Traps: Wet kinderopvang art. 1.60 'moet' (twice), "
    "survey table, the 2025 advice quoted with 'moet', the werkplan quoted with 'moeten', GGD inspection finding, "
    "art. 8 reglement. Response: the directeur-bestuurder's letter, no numbers, paraphrase, order 3, 1+2, 6, 4, 7; "
    "'Dan het tarief en de openingstijden' = 1 partly (5.9% not indexation) + 2 agrees (stays open till 18.30); "
    "3 agrees (done since 1 October); 6 disagrees; 4 agrees (from 1 January 2027); 7 noted (meerjarenbegroting); "
    "5 (portal in English) unanswered; opening thanks, the kitchen renovation and the closing answer nothing.")
print("written", NAME)
