"""Round 45 (nl): an (invented) RAPPORT of the VETERANENOMBUDSMAN on the aftercare of reservists after a deployment,
with a summary naming the recommendations in other words, Veteranenwet articles, a table of figures, a 2022
recommendation quoted as an imperative (trap), findings with 'zou moeten', and chapter 5 'Aanbevelingen' with
LETTERED recommendations a-g under two addressee lines (minister van Defensie a-e, Veteraneninstituut f) plus g for the
minister van VWS; answered by the VERSLAG VAN EEN SCHRIFTELIJK OVERLEG of the Tweede Kamer (Kamerstuk 30 139):
questions per fractie, each followed by the staatssecretaris's 'Antwoord', in fractie order (not the advice's
order), with numbered questions whose numbers collide with nothing in the advice. Engine: reportlab platypus
(DejaVu Serif/Sans, no shaping; header and folio drawn on the canvas, 'pagina N van M' by a two-pass build).
Answer key: README-nl.md.

Run: /tmp/blind45nl/bin/python tests/docs/src/blind45/gen_nl_veteranen_reportlab.py"""
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
import _b45nl as B  # noqa: E402

NAME = "blind45_nl_veteranen"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf"), ("DR", "DejaVuSerif.ttf"), ("DRB", "DejaVuSerif-Bold.ttf"),
              ("DRI", "DejaVuSerif-Italic.ttf"), ("DRBI", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")
pdfmetrics.registerFontFamily("DR", normal="DR", bold="DRB", italic="DRI", boldItalic="DRBI")

GREEN = colors.HexColor("#3d5a2a")
GREY = colors.HexColor("#333333")


def styles(fam, accent):
    b = ParagraphStyle("b" + fam, fontName=fam, fontSize=9.2, leading=13.2, spaceAfter=5, alignment=4)
    return {
        "b": b,
        "s": ParagraphStyle("s" + fam, parent=b, fontSize=8, leading=10.8, alignment=0),
        "h1": ParagraphStyle("h1" + fam, fontName=fam + "B", fontSize=17, leading=21, spaceAfter=6,
                             textColor=accent),
        "h2": ParagraphStyle("h2" + fam, fontName=fam + "B", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4,
                             textColor=accent),
        "h3": ParagraphStyle("h3" + fam, fontName=fam + "B", fontSize=9.2, leading=12.5, spaceBefore=5,
                             spaceAfter=2),
        "rec": ParagraphStyle("rec" + fam, parent=b, leftIndent=7 * mm, firstLineIndent=-7 * mm),
        "ans": ParagraphStyle("ans" + fam, parent=b, leftIndent=8 * mm),
        "c": ParagraphStyle("c" + fam, parent=b, alignment=1),
    }


def deco(head, foot, total, first=False):
    def draw(c, doc):
        c.saveState()
        c.setFont("DS", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        if doc.page > 1 or first:
            c.drawString(22 * mm, A4[1] - 13 * mm, head[0])
            if len(head) > 1:
                c.drawRightString(A4[0] - 22 * mm, A4[1] - 13 * mm, head[1])
            c.setStrokeColor(colors.HexColor("#999999"))
            c.setLineWidth(0.4)
            c.line(22 * mm, A4[1] - 14.5 * mm, A4[0] - 22 * mm, A4[1] - 14.5 * mm)
        t = foot.format(n=doc.page, m=total[0])
        if "{" in foot and foot.startswith("Tweede"):
            c.drawString(22 * mm, 11 * mm, t)
        else:
            c.drawRightString(A4[0] - 22 * mm, 11 * mm, t)
        c.restoreState()
    return draw


def tbl(rows, widths, fam="DS", size=8, shade="#e4ead9"):
    st = ParagraphStyle("t", fontName=fam, fontSize=size, leading=size * 1.3)
    stb = ParagraphStyle("tb", parent=st, fontName=fam + "B")
    data = [[Paragraph(c, stb if i == 0 else st) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(shade))]))
    return t


def build(pdfname, story_fn, head, foot, first=False):
    total = [0]
    for _ in range(2):
        doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                                topMargin=22 * mm, bottomMargin=20 * mm)
        d = deco(head, foot, total, first)
        doc.build(story_fn(), onFirstPage=d, onLaterPages=d)
        total[0] = doc.page


def advice_story():
    S = styles("DS", GREEN)
    s = []
    s.append(Paragraph("<font name='DSB' size='11' color='#3d5a2a'>De Veteranenombudsman</font><br/>"
                       "<font size='7.5'>Postbus 93122 | 2509 AC Den Haag | www.veteranenombudsman.nl</font>",
                       S["s"]))
    s.append(Spacer(1, 12 * mm))
    s.append(Paragraph("Terug, en dan?", S["h1"]))
    s.append(Paragraph("<b>Onderzoek naar de nazorg voor reservisten na een uitzending</b>", S["b"]))
    s.append(Paragraph("Rapportnummer 2026/004 | Den Haag, 22 januari 2026 | eigen onderzoek (artikel 12a Wet "
                       "Nationale ombudsman jo. artikel 2 Veteranenwet)", S["s"]))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("Samenvatting", S["h2"]))
    s.append(Paragraph("Reservisten gaan naast een civiele baan op uitzending. Na terugkeer vallen zij snel buiten "
                       "beeld: zij keren terug naar hun werkgever en hun gezin, vaak binnen enkele weken, en missen "
                       "de collectieve opvang die beroepsmilitairen in hun eenheid krijgen. De Veteranenombudsman "
                       "sprak met 38 reservisten die tussen 2021 en 2024 zijn uitgezonden, met hun werkgevers en "
                       "met medewerkers van Defensie en het Veteraneninstituut. Hij concludeert dat de nazorg voor "
                       "reservisten afhangt van toeval en eigen initiatief. Hij doet zeven aanbevelingen, over een "
                       "vast nagesprek, de zorgplicht na de actieve dienst, de werkgever, één aanspreekpunt, de "
                       "reiskosten, openheid over wachttijden en de toegang tot gespecialiseerde zorg.", S["b"]))
    s.append(Paragraph("1  Aanleiding en werkwijze", S["h2"]))
    s.append(Paragraph("De Veteranenombudsman ontving tussen 2022 en 2025 in totaal 61 klachten en signalen van "
                       "reservisten over de nazorg. Op grond van artikel 12a van de Wet Nationale ombudsman stelde "
                       "hij in april 2025 een eigen onderzoek in. Hij zond zijn bevindingen op 1 december 2025 voor "
                       "wederhoor aan de staatssecretaris van Defensie. De staatssecretaris herkent het beeld in "
                       "hoofdlijnen; haar reactie heeft tot enkele feitelijke correcties geleid.", S["b"]))
    s.append(Paragraph("2  Wat de wet vraagt", S["h2"]))
    s.append(Paragraph("Artikel 2 van de Veteranenwet legt de minister van Defensie een bijzondere zorgplicht op "
                       "voor de veteraan, die ook geldt nadat de veteraan de dienst heeft verlaten. Artikel 5 van "
                       "het Veteranenbesluit regelt de toegang tot het Landelijk Zorgsysteem voor Veteranen (LZV). "
                       "Voor reservisten geldt de Veteranenregeling, die in artikel 3 bepaalt dat de nazorg binnen "
                       "drie maanden na terugkeer wordt aangeboden. Een reservist is veteraan zodra hij tijdens een "
                       "inzet onder oorlogsomstandigheden of in een vredesmissie heeft gediend.", S["b"]))
    s.append(Paragraph("3  Bevindingen", S["h2"]))
    s.append(tbl([("Nazorg na terugkeer (38 gesproken reservisten)", "2021-2022", "2023-2024"),
                  ("nagesprek binnen zes weken gehad", "7 van 17", "9 van 21"),
                  ("geen nagesprek gehad", "6", "5"),
                  ("werkgever door Defensie geïnformeerd", "2", "4"),
                  ("zelf zorg gezocht buiten Defensie", "8", "11"),
                  ("wachttijd LZV langer dan 12 weken", "3", "6")], (96 * mm, 35 * mm, 35 * mm)))
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("Of een reservist na terugkeer een nagesprek krijgt, hangt af van de eenheid waarmee hij is "
                       "uitgezonden. Eén op de drie gesproken reservisten kreeg geen nagesprek. Reservisten die "
                       "kort na de uitzending hun contract beëindigden, vielen volgens Defensie buiten de "
                       "zorgplicht, terwijl artikel 2 van de Veteranenwet daarvoor geen grond biedt. Werkgevers "
                       "weten vaak niet dat hun medewerker op uitzending is geweest en kunnen signalen daardoor "
                       "niet plaatsen. Een reservist die hulp zoekt, wordt doorverwezen tussen het "
                       "Veteranenloket, het Reservistenbureau en de eigen eenheid.", S["b"]))
    s.append(Paragraph("Reservisten die ver van een LZV-instelling wonen, maken hoge reiskosten, die niet worden "
                       "vergoed. De wachttijden van het LZV worden niet openbaar gemaakt. Voor reservisten die "
                       "geen veteraan zijn, staat het LZV niet open; zij zijn aangewezen op de reguliere ggz, "
                       "waar de kennis van uitzendervaringen ontbreekt. Defensie zou de nazorg volgens de "
                       "Veteranenombudsman als één keten moeten organiseren, en niet als losse voorzieningen.",
                       S["b"]))
    s.append(Paragraph("4  Eerder advies", S["h2"]))
    s.append(Paragraph("In zijn rapport 2022/011 beval de Veteranenombudsman al aan: <i>\"Registreer van iedere "
                       "reservist de datum van terugkeer en het tijdstip van het nagesprek.\"</i> Defensie heeft "
                       "die aanbeveling in 2023 uitgevoerd; de registratie is op orde en wordt in dit rapport "
                       "gebruikt.", S["b"]))
    s.append(Paragraph("5  Aanbevelingen", S["h2"]))
    s.append(Paragraph("De Veteranenombudsman beveelt de minister van Defensie aan:", S["h3"]))
    recs = [
        ("a.", "Zorg ervoor dat iedere reservist binnen zes weken na terugkeer een persoonlijk nagesprek krijgt "
               "met een maatschappelijk werker van Defensie, ongeacht de eenheid waarmee hij is uitgezonden."),
        ("b.", "Leg in de Veteranenregeling vast dat de zorgplicht ook geldt voor reservisten die na de "
               "uitzending hun contract hebben beëindigd."),
        ("c.", "Informeer, met toestemming van de reservist, diens civiele werkgever over de uitzending en over "
               "de signalen waarop hij na terugkeer kan letten."),
        ("d.", "Maak het Veteranenloket het enige aanspreekpunt voor alle vragen van reservisten over zorg, "
               "uitkeringen en werk na de uitzending."),
        ("e.", "Vergoed de reiskosten van reservisten die zorg ontvangen bij een instelling van het LZV."),
    ]
    for n, t in recs:
        s.append(Paragraph(f"<b>{n}</b>  {t}", S["rec"]))
    s.append(Paragraph("De Veteranenombudsman beveelt het Veteraneninstituut aan:", S["h3"]))
    s.append(Paragraph("<b>f.</b>  Publiceer ieder kwartaal de wachttijden van het LZV voor intake en "
                       "behandeling.", S["rec"]))
    s.append(Paragraph("De Veteranenombudsman beveelt de minister van Volksgezondheid, Welzijn en Sport aan:",
                       S["h3"]))
    s.append(Paragraph("<b>g.</b>  Open de gespecialiseerde zorg van het LZV ook voor uitgezonden reservisten die "
                       "geen veteraan zijn.", S["rec"]))
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("De Veteranenombudsman verzoekt de staatssecretaris hem binnen drie maanden te berichten "
                       "over de opvolging van deze aanbevelingen. Het rapport wordt gezonden aan de Tweede Kamer.",
                       S["b"]))
    s.append(Paragraph("mr. drs. H.W. (Hendrik) Bosschaert<br/>Veteranenombudsman", S["s"]))
    return s


def response_story():
    S = styles("DR", GREY)
    s = []
    s.append(Paragraph("<font name='DRB' size='14'>Tweede Kamer der Staten-Generaal</font>", S["c"]))
    s.append(Paragraph("Vergaderjaar 2025-2026", S["c"]))
    s.append(Spacer(1, 3 * mm))
    s.append(tbl([("30 139", "Veteranenbeleid"), ("Nr. 318", "VERSLAG VAN EEN SCHRIFTELIJK OVERLEG")],
                 (25 * mm, 141 * mm), fam="DR", size=9, shade="#ffffff"))
    s.append(Paragraph("Vastgesteld 9 april 2026", S["s"]))
    s.append(Spacer(1, 2 * mm))
    s.append(Paragraph("De vaste commissie voor Defensie heeft een aantal vragen en opmerkingen voorgelegd aan de "
                       "staatssecretaris van Defensie over het rapport van de Veteranenombudsman 'Terug, en dan?' "
                       "van 22 januari 2026 (Kamerstuk 30 139, nr. 311). De vragen en opmerkingen zijn op 26 "
                       "februari 2026 aan de staatssecretaris voorgelegd. Bij brief van 3 april 2026 zijn zij "
                       "beantwoord.", S["b"]))
    s.append(Paragraph("De voorzitter van de commissie, Van Oosterhout<br/>De griffier van de commissie, Brandsma",
                       S["s"]))
    s.append(Paragraph("I  Vragen en opmerkingen vanuit de fracties en reactie van de staatssecretaris", S["h2"]))

    def q(n, t):
        s.append(Paragraph(f"{n}. {t}", S["b"]))

    def a(t):
        s.append(Paragraph("<b>Antwoord</b><br/>" + t, S["ans"]))

    s.append(Paragraph("Vragen en opmerkingen van de leden van de PVV-fractie", S["h3"]))
    q(1, "De leden van de PVV-fractie hebben met zorg kennisgenomen van het rapport. Zij vragen de "
         "staatssecretaris of het klopt dat reservisten die geen veteraan zijn, na een uitzending niet bij het "
         "LZV terechtkunnen. Is de staatssecretaris bereid daar verandering in te brengen?")
    a("Het klopt dat het LZV is ingericht voor veteranen. De toegang tot gespecialiseerde zorg voor "
      "niet-veteranen valt onder de verantwoordelijkheid van mijn collega van Volksgezondheid, Welzijn en Sport, "
      "aan wie de Veteranenombudsman deze aanbeveling ook heeft gericht. Ik heb haar gevraagd de aanbeveling te "
      "bezien in het kader van het Integraal Zorgakkoord; zij zal uw Kamer daarover zelf berichten.")
    s.append(Paragraph("Vragen en opmerkingen van de leden van de GroenLinks-PvdA-fractie", S["h3"]))
    q(2, "De leden van de GroenLinks-PvdA-fractie lezen dat Defensie reservisten die hun contract na de uitzending "
         "beëindigen, buiten de zorgplicht houdt. Hoe kan dat, gelet op artikel 2 van de Veteranenwet? En wat "
         "vindt de staatssecretaris van het voorstel om de civiele werkgever voortaan in te lichten?")
    a("De zorgplicht van de Veteranenwet geldt voor iedere veteraan, ook na het verlaten van de dienst. De "
      "uitvoeringspraktijk die de Veteranenombudsman beschrijft, is daarmee niet in overeenstemming. Ik pas de "
      "Veteranenregeling per 1 juli 2026 aan, zodat buiten twijfel staat dat reservisten met een beëindigd "
      "contract dezelfde nazorg krijgen. Het actief informeren van de werkgever ligt anders. Veel reservisten "
      "hechten eraan zelf te bepalen wat zij hun werkgever vertellen, ook als zij toestemming zouden kunnen "
      "geven. Ik kies er daarom niet voor dat Defensie de werkgever benadert; wel stel ik een folder "
      "beschikbaar die de reservist zelf aan zijn werkgever kan geven.")
    q(3, "Deze leden vragen ook hoeveel reservisten in 2025 zijn uitgezonden en hoeveel van hen veteraan zijn.")
    a("In 2025 zijn 412 reservisten uitgezonden, van wie 296 de veteranenstatus hebben verkregen. De overige "
      "reservisten namen deel aan oefeningen of inzet in het kader van de nationale taken.")
    s.append(Paragraph("Vragen en opmerkingen van de leden van de VVD-fractie", S["h3"]))
    q(4, "De leden van de VVD-fractie vinden het onaanvaardbaar dat een op de drie reservisten geen nagesprek "
         "krijgt. Wat gaat de staatssecretaris hieraan doen, en per wanneer?")
    a("Ik deel de opvatting van deze leden. Vanaf 1 september 2026 nodigt het Dienstencentrum Nazorg iedere "
      "teruggekeerde reservist binnen zes weken uit voor een persoonlijk gesprek met een maatschappelijk werker, "
      "los van de eenheid waarmee hij is uitgezonden. Daarvoor worden vier maatschappelijk werkers extra "
      "aangesteld.")
    s.append(Paragraph("Vragen en opmerkingen van de leden van de NSC-fractie", S["h3"]))
    q(5, "De leden van de NSC-fractie vragen of de staatssecretaris bereid is een einde te maken aan het "
         "doorverwijzen van reservisten tussen loketten.")
    a("Het Veteranenloket is al het centrale aanspreekpunt voor zorg en uitkeringen, en wordt dat vanaf dit "
      "jaar ook voor reservisten die geen veteraan zijn. Vragen over werk en re-integratie bij de civiele "
      "werkgever blijven echter bij het Reservistenbureau, dat de werkgevers kent en met hen afspraken maakt. "
      "Het loket verwijst daar voortaan zelf naar door, zodat de reservist niet opnieuw zijn verhaal hoeft te "
      "doen.")
    s.append(Paragraph("Vragen en opmerkingen van de leden van de CDA-fractie", S["h3"]))
    q(6, "De leden van de CDA-fractie vragen of de reiskosten naar een LZV-instelling voortaan worden vergoed, "
         "zoals de Veteranenombudsman aanbeveelt. Zo ja, per wanneer en wat zijn de kosten?")
    a("Ik begrijp de wens van deze leden. Een vergoeding van reiskosten voor alle LZV-cliënten kost naar een "
      "eerste schatting 1,8 miljoen euro per jaar, waarvoor binnen de begroting geen dekking is. Ik betrek dit "
      "punt bij de besluitvorming over de Voorjaarsnota 2027 en informeer uw Kamer daarna.")
    q(7, "Kan de staatssecretaris tot slot toezeggen dat de Kamer jaarlijks wordt geïnformeerd over de nazorg "
         "voor reservisten?")
    a("Ja. Ik neem vanaf 2027 een paragraaf over de nazorg voor reservisten op in de jaarlijkse "
      "Veteranennota.")
    return s


if __name__ == "__main__":
    build(NAME + "_advice.pdf", advice_story, ("De Veteranenombudsman", "Rapport 2026/004 | Terug, en dan?"),
          "pagina {n} van {m}")
    build(NAME + "_response.pdf", response_story, ("Tweede Kamer, vergaderjaar 2025-2026, 30 139, nr. 318",),
          "Tweede Kamer, vergaderjaar 2025-2026, 30 139, nr. 318 | {n}", first=False)
    recs = [
        ("a", "Zorg ervoor dat iedere reservist binnen zes weken na terugkeer",
         "nodigt het Dienstencentrum Nazorg iedere teruggekeerde reservist binnen", "agrees"),
        ("b", "Leg in de Veteranenregeling vast dat de zorgplicht ook geldt",
         "Ik pas de Veteranenregeling per 1 juli 2026 aan", "agrees"),
        ("c", "Informeer, met toestemming van de reservist, diens civiele werkgever",
         "Ik kies er daarom niet voor dat Defensie de werkgever benadert", "disagrees", ["partly"]),
        ("d", "Maak het Veteranenloket het enige aanspreekpunt voor alle vragen",
         "Vragen over werk en re-integratie bij de civiele werkgever blijven", "partly"),
        ("e", "Vergoed de reiskosten van reservisten die zorg ontvangen bij",
         "Ik betrek dit punt bij de besluitvorming over de Voorjaarsnota 2027", "noted"),
        ("f", "Publiceer ieder kwartaal de wachttijden van het LZV voor", None, "unanswered"),
        ("g", "Open de gespecialiseerde zorg van het LZV ook voor uitgezonden",
         "Ik heb haar gevraagd de aanbeveling te bezien", "noted"),
    ]
    unmatched = ["In 2025 zijn 412 reservisten uitgezonden",
                 "een paragraaf over de nazorg voor reservisten op in de jaarlijkse"]
    notes = ("Veteranenombudsman report 2026/004 'Terug, en dan?' on aftercare for reservists: letterhead, running "
             "header and 'pagina N van M', a Samenvatting naming the seven subjects in other words, Wet Nationale "
             "ombudsman / Veteranenwet / Veteranenbesluit articles, a table of figures, findings with 'zou ... "
             "moeten' and a recommendation of report 2022/011 quoted as an imperative and already carried out "
             "(trap); chapter 5 'Aanbevelingen' with LETTERED imperative recommendations a.-e. to the minister "
             "van Defensie, f. to the Veteraneninstituut and g. to the minister van VWS under three addressee "
             "lines; a closing 'verzoekt ... binnen drie maanden te berichten' (not a recommendation). Reply: "
             "VERSLAG VAN EEN SCHRIFTELIJK OVERLEG (Kamerstuk 30 139, nr. 318): numbered fractie questions 1-7 "
             "(numbers unrelated to the letters) each followed by 'Antwoord'; no letter is ever cited. Order g, "
             "b+c, a, d, e: PVV on g, referred to the VWS minister, 'gevraagd de aanbeveling te bezien' (noted); "
             "GroenLinks-PvdA answer 2 covers b (Veteranenregeling amended per 1 July 2026: agrees) and c "
             "('kies er daarom niet voor dat Defensie de werkgever benadert', only a folder: disagrees, partly "
             "acceptable) in ONE paragraph; VVD on a (from 1 September 2026: agrees); NSC on d (loket central for "
             "care and benefits, but work questions stay with the Reservistenbureau: partly); CDA on e (no "
             "funding, taken to the Voorjaarsnota 2027: noted); f (publish LZV waiting times, addressed to the "
             "Veteraneninstituut) unanswered. Question 3 (numbers deployed) and question 7 (yearly paragraph in "
             "the Veteranennota, a promise nobody recommended) answer no recommendation.")
    B.write_expected(NAME, recs, unmatched, notes)
    sys.exit(0 if B.check(NAME) else 1)
