"""Round 59 (nl): an ADVIES of the RAAD VOOR DE NEDERLANDSE TAAL EN LETTEREN (the advisory council of the
Nederlandse Taalunie) on the ontwerp-Meerjarenbeleidsplan 2027-2031, answered by a NOTA AAN HET COMITE VAN
MINISTERS from the Algemeen Secretariaat (an agenda note proposing, point by point, how the advice is processed in
the final plan, with 'Voorstel:' lines and a 'Gevraagde beslissing').

Advice: title block, Inleiding (the treaty's division of tasks: 'Het Comité van Ministers stelt ... vast'), a
numbered list of three 'ontwikkelingen', Algemene beschouwingen with bold findings and the Raad's 2021 advice quoted
('De Taalunie moet ...'), then 'Advies per onderdeel': a RULED TABLE of seven rows with the plan's paragraph
numbers '§ 2.1' ... '§ 5.2' in column 1, the draft's content in column 2 and the recommendation in column 3 ('De Raad
adviseert'); the recommendations are UNNUMBERED (numbers 1-7 are their order), the § numbers are the plan's. A
closing paragraph ('De Raad is bereid ...') is no recommendation. Response: agenda note (Vergadering / Agendapunt /
Opgesteld door block), 1 Inleiding, 2 Verwerking per onderdeel with bold '§' headings in the order 3.2, 2.4+4.3,
5.2, 3.5, 2.1, each ending in an italic 'Voorstel:' line; 4.1 (literary translation) unanswered; 3 Eigen
wijzigingen, 4 Financiële gevolgen and 5 Gevraagde beslissing answer nothing. Engine: reportlab platypus (DejaVu;
reportlab does no shaping, so no ligatures), invariant=1.

Run: /tmp/blind59nl/bin/python tests/docs/src/blind59/gen_nl_taalunie_reportlab.py"""
import os
import sys

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, os.path.dirname(__file__))
import _b59nl as B  # noqa: E402

rl_config.invariant = 1
NAME = "blind59_nl_taalunie"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf"), ("SE", "DejaVuSerif.ttf"), ("SEB", "DejaVuSerif-Bold.ttf"),
              ("SEI", "DejaVuSerif-Italic.ttf"), ("SEBI", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")
pdfmetrics.registerFontFamily("SE", normal="SE", bold="SEB", italic="SEI", boldItalic="SEBI")

RED = colors.HexColor("#b3262e")
GREY = colors.HexColor("#5c5c5c")
LIGHT = colors.HexColor("#f6e9ea")


def st(size=9.4, lead=13.6, fam="DS", **kw):
    return ParagraphStyle(fam + str(size) + str(lead) + str(sorted(kw.items())), fontName=fam, fontSize=size,
                          leading=lead, **kw)


S = {
    "b": st(9.2, 13.6, "SE", spaceAfter=5, alignment=4),
    "t": st(15, 19, "DSB", textColor=RED, spaceAfter=3),
    "ts": st(9.6, 13, "DS", textColor=GREY, spaceAfter=10),
    "h": st(10.8, 14, "DSB", textColor=RED, spaceBefore=9, spaceAfter=4),
    "li": st(9.2, 13.6, "SE", leftIndent=7 * mm, firstLineIndent=-5 * mm, spaceAfter=3, alignment=4),
    "q": st(8.8, 12.8, "SEI", leftIndent=8 * mm, rightIndent=6 * mm, spaceAfter=5, textColor=GREY),
    "cell": st(8.1, 10.8, "DS"), "cellb": st(8.1, 10.8, "DSB"), "cellh": st(8.1, 10.8, "DSB",
                                                                             textColor=colors.white),
    "small": st(7.8, 10.6, "DS", textColor=GREY, spaceAfter=2),
    "rb": st(9.4, 13.8, "DS", spaceAfter=5, alignment=4),
    "rh": st(10.6, 14, "DSB", spaceBefore=9, spaceAfter=4),
    "rh2": st(9.4, 13, "DSB", textColor=RED, spaceBefore=6, spaceAfter=3),
    "rv": st(9.2, 13.4, "DSI", spaceAfter=6, leftIndent=5 * mm, textColor=colors.HexColor("#333333")),
    "rli": st(9.4, 13.8, "DS", leftIndent=7 * mm, firstLineIndent=-5 * mm, spaceAfter=3, alignment=4),
}
for _k in ("h", "rh", "rh2"):
    S[_k].keepWithNext = 1


def adv_deco(c, doc):
    c.saveState()
    w, h = A4
    c.setFillColor(RED)
    c.rect(0, h - 8 * mm, w, 8 * mm, stroke=0, fill=1)
    c.setFont("DS", 7.4)
    c.setFillColor(GREY)
    if doc.page > 1:
        c.drawString(22 * mm, h - 14 * mm, "Raad voor de Nederlandse Taal en Letteren  |  Advies over het "
                     "ontwerp-Meerjarenbeleidsplan 2027-2031")
    c.drawRightString(w - 22 * mm, 12 * mm, f"{doc.page}")
    c.drawString(22 * mm, 12 * mm, "Nederlandse Taalunie  |  RNTL-advies 2026/1")
    c.restoreState()


def res_deco(c, doc):
    c.saveState()
    w, h = A4
    c.setFont("DS", 7.4)
    c.setFillColor(GREY)
    c.drawString(25 * mm, h - 13 * mm, "CM 2026/2  -  agendapunt 4  -  openbaar")
    c.drawRightString(w - 25 * mm, 12 * mm, f"pagina {doc.page}")
    c.setStrokeColor(RED)
    c.setLineWidth(0.6)
    c.line(25 * mm, h - 15 * mm, w - 25 * mm, h - 15 * mm)
    c.restoreState()


ROWS = [
    ("§ 2.1", "Het Nederlands in het onderwijs",
     "De Taalunie ondersteunt de onderwijsministers met een gezamenlijke leesagenda.",
     "Neem in het plan een meetbaar doel op voor de leesvaardigheid van vijftienjarigen in Nederland en "
     "Vlaanderen, met een tussenmeting in 2029."),
    ("§ 2.4", "Nederlands als tweede taal",
     "De Taalunie verkent samenwerking tussen aanbieders van NT2-onderwijs.",
     "Breng de NT2-leermiddelen die Nederland, Vlaanderen en Suriname nu elk apart ontwikkelen samen in één "
     "gratis toegankelijke databank."),
    ("§ 3.2", "Taal en technologie",
     "Het plan noemt open taaldata een aandachtspunt, zonder budget.",
     "Stel jaarlijks minstens 1,5 miljoen euro beschikbaar voor open Nederlandstalige taaldata en "
     "spraakcorpora, zodat ook taalmodellen het Nederlands goed beheersen."),
    ("§ 3.5", "Spelling en Woordenlijst",
     "Een herziening van de Woordenlijst Nederlandse Taal is gepland voor 2030.",
     "Zie af van een volledige herziening van de Woordenlijst in 2030 en beperk u tot een doorlopende "
     "digitale actualisering."),
    ("§ 4.1", "Literatuur en vertaling",
     "De vertaalsubsidies blijven op het niveau van 2026.",
     "Verhoog het budget voor vertalingen van Nederlandstalige literatuur naar andere talen met ten minste "
     "een kwart."),
    ("§ 4.3", "Suriname en het Caribisch gebied",
     "Suriname is geassocieerd lid; de Caribische delen van het Koninkrijk worden niet genoemd.",
     "Geef Suriname en de Caribische delen van het Koninkrijk een vaste zetel in de stuurgroepen van alle "
     "programma's van het plan."),
    ("§ 5.2", "Evaluatie",
     "Het plan wordt na afloop, in 2032, geëvalueerd.",
     "Laat de uitvoering halverwege, in 2029, door een onafhankelijke commissie evalueren en maak die "
     "evaluatie openbaar."),
]


def advice():
    doc = SimpleDocTemplate(B.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm, title="Advies RNTL 2026/1",
                            author="Raad voor de Nederlandse Taal en Letteren", creator="reportlab")
    P = Paragraph
    f = [P("Raad voor de Nederlandse Taal en Letteren", S["ts"]),
         P("Sterk Nederlands, ook over vijf jaar", S["t"]),
         P("Advies over het ontwerp-Meerjarenbeleidsplan 2027-2031 van de Nederlandse Taalunie  |  RNTL-advies "
           "2026/1  |  Den Haag, 6 mei 2026", S["ts"]),
         P("Inleiding", S["h"]),
         P("Het Comité van Ministers vroeg de Raad op 12 februari 2026 om advies over het "
           "ontwerp-Meerjarenbeleidsplan 2027-2031. Volgens het Verdrag inzake de Nederlandse Taalunie stelt het "
           "Comité van Ministers het beleid vast en moet het Algemeen Secretariaat het uitvoeren; de Raad "
           "adviseert het Comité gevraagd en ongevraagd. De Raad sprak voor dit advies met leraren, vertalers, "
           "uitgevers, taaltechnologen en vertegenwoordigers uit Suriname, Aruba, Curaçao en Sint Maarten.",
           S["b"]),
         P("Het ontwerp verschijnt in een tijd van drie ontwikkelingen die de Raad zwaar laat wegen:", S["b"]),
         P("1.&nbsp;&nbsp;&nbsp;de leesvaardigheid van jongeren in Nederland en Vlaanderen daalt al tien jaar;",
           S["li"]),
         P("2.&nbsp;&nbsp;&nbsp;taalmodellen en spraaktechnologie worden vooral met Engelstalige data getraind;",
           S["li"]),
         P("3.&nbsp;&nbsp;&nbsp;het aantal volwassenen dat het Nederlands als tweede taal leert, groeit sterk.",
           S["li"]),
         P("Algemene beschouwingen", S["h"]),
         P("<b>Het ontwerp is breed, maar weinig concreet.</b> Van de 34 voornemens hebben er slechts negen een "
           "meetbaar doel of een datum. Een plan dat vijf jaar moet sturen, zou duidelijker moeten maken wat er "
           "in 2031 bereikt moet zijn.", S["b"]),
         P("<b>De samenwerking met Suriname en het Caribisch gebied blijft vrijblijvend.</b> Het Nederlands is "
           "daar de taal van onderwijs en bestuur, maar de programma's worden vrijwel uitsluitend in Den Haag en "
           "Brussel bedacht. De Raad schreef hierover in zijn advies van 2021:", S["b"]),
         P("'De Taalunie moet het hele taalgebied als vertrekpunt nemen en niet alleen de twee grootste "
           "lidstaten.'", S["q"]),
         P("Dat advies werd destijds onderschreven, maar heeft in het ontwerp weinig sporen nagelaten.", S["b"]),
         P("Advies per onderdeel", S["h"]),
         P("In de onderstaande tabel volgt de Raad de indeling van het ontwerp. De eerste kolom verwijst naar de "
           "paragraaf van het ontwerp, de tweede vat samen wat het ontwerp voorstelt en de derde bevat het advies "
           "van de Raad.", S["b"])]
    data = [[P("Ontwerp", S["cellh"]), P("Wat het ontwerp voorstelt", S["cellh"]),
             P("De Raad adviseert", S["cellh"])]]
    for par, title, draft, adv in ROWS:
        data.append([P(f"<b>{par}</b><br/>{title}", S["cell"]), P(draft, S["cell"]), P(adv, S["cell"])])
    t = Table(data, colWidths=(33 * mm, 54 * mm, 79 * mm), repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), RED), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#d9b3b6")),
        ("BACKGROUND", (2, 1), (2, -1), LIGHT),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]))
    f += [t, Spacer(1, 3 * mm),
          P("Tabel 1. Advies van de Raad per paragraaf van het ontwerp-Meerjarenbeleidsplan.", S["small"]),
          P("Tot slot", S["h"]),
          P("De Raad waardeert de open manier waarop het Algemeen Secretariaat het ontwerp heeft voorbereid. Hij "
            "is bereid het Comité ook bij de uitwerking van de jaarplannen te adviseren en ziet de reactie van het "
            "Comité met belangstelling tegemoet.", S["b"]),
          P("Namens de Raad voor de Nederlandse Taal en Letteren,<br/>Marijke Dehaene, voorzitter<br/>"
            "Roy Kromosoeto, secretaris", S["b"])]
    doc.build(f, onFirstPage=adv_deco, onLaterPages=adv_deco)


def response():
    doc = SimpleDocTemplate(B.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm, title="Nota CM 2026/2 agendapunt 4",
                            author="Algemeen Secretariaat Nederlandse Taalunie", creator="reportlab")
    P = Paragraph
    meta = Table([[P("<b>Nota aan het Comité van Ministers</b>", st(12, 16, "DSB", textColor=RED)), ""],
                  [P("Vergadering", S["cell"]), P("Comité van Ministers, Brussel, 23 juni 2026", S["cell"])],
                  [P("Agendapunt", S["cell"]), P("4 (ter beslissing)", S["cell"])],
                  [P("Onderwerp", S["cell"]),
                   P("Verwerking van het advies van de Raad voor de Nederlandse Taal en Letteren in het "
                     "Meerjarenbeleidsplan 2027-2031", S["cellb"])],
                  [P("Opgesteld door", S["cell"]), P("Algemeen Secretariaat, afdeling Beleid", S["cell"])],
                  [P("Bijlagen", S["cell"]), P("RNTL-advies 2026/1; Meerjarenbeleidsplan 2027-2031, versie 3",
                                               S["cell"])]],
                 colWidths=(32 * mm, 128 * mm))
    meta.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("LINEBELOW", (0, 0), (-1, 0), 0.8, RED),
                              ("LINEBELOW", (0, -1), (-1, -1), 0.8, RED), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("BOTTOMPADDING", (0, 0), (-1, 0), 6), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    f = [meta, Spacer(1, 4 * mm),
         P("1. Inleiding", S["rh"]),
         P("Op 6 mei 2026 bracht de Raad voor de Nederlandse Taal en Letteren advies uit over het "
           "ontwerp-Meerjarenbeleidsplan. Het Algemeen Secretariaat heeft het advies besproken met de "
           "beleidsambtenaren van de lidstaten in de vergadering van de Raad van Bestuur van 2 juni. Deze nota "
           "geeft per onderdeel aan hoe het Algemeen Secretariaat voorstelt met het advies om te gaan. De "
           "volgorde volgt de prioriteiten van het plan, niet de tabel van de Raad.", S["rb"]),
         P("2. Verwerking per onderdeel", S["rh"]),
         P("§ 3.2 Taal en technologie", S["rh2"]),
         P("Het Algemeen Secretariaat deelt de zorg dat het Nederlands in taalmodellen achterblijft. In de "
           "begroting 2027 is echter geen ruimte voor 1,5 miljoen euro per jaar. Door het programma "
           "Taalmaterialen te herschikken kan vanaf 2027 jaarlijks 1 miljoen euro naar open taaldata en "
           "spraakcorpora gaan. Een hoger bedrag vraagt een bijdrage van de lidstaten buiten de reguliere "
           "dotatie.", S["rb"]),
         P("Voorstel: het advies gedeeltelijk overnemen; jaarlijks 1 miljoen euro in het plan opnemen.", S["rv"]),
         P("§ 2.4 Nederlands als tweede taal en § 4.3 Suriname en het Caribisch gebied", S["rh2"]),
         P("De voorgestelde NT2-databank sluit goed aan bij de verkenning in het ontwerp. Het plan krijgt een "
           "nieuw voornemen: in 2028 staat een gezamenlijke, gratis databank met NT2-leermiddelen online, "
           "beheerd door het Instituut voor de Nederlandse Taal. Een vaste zetel voor Suriname en de Caribische "
           "delen van het Koninkrijk in alle stuurgroepen acht het Algemeen Secretariaat niet werkbaar; de "
           "Caribische landen zijn geen partij bij het Verdrag en de stuurgroepen zijn klein gehouden. Wel wordt "
           "het bestaande Caribisch Taalplatform twee keer per jaar bij de programma's betrokken.", S["rb"]),
         P("Voorstel: het advies over de NT2-databank overnemen; het advies over de stuurgroepen niet overnemen.",
           S["rv"]),
         P("§ 5.2 Evaluatie", S["rh2"]),
         P("Een tussentijdse evaluatie maakt bijsturing mogelijk voordat het volgende plan wordt voorbereid. In "
           "2029 laat het Algemeen Secretariaat de uitvoering door een externe commissie evalueren; het rapport "
           "wordt samen met een reactie van het Comité gepubliceerd.", S["rb"]),
         P("Voorstel: het advies overnemen en § 5.2 van het plan aanpassen.", S["rv"]),
         P("§ 3.5 Spelling en Woordenlijst", S["rh2"]),
         P("Over de vorm van een volgende herziening van de Woordenlijst adviseert de Spellingcommissie; het "
           "Comité beslist daarover pas na haar advies, dat eind 2027 wordt verwacht. Het advies van de Raad "
           "wordt aan de Spellingcommissie doorgegeven.", S["rb"]),
         P("Voorstel: kennisnemen van dit onderdeel van het advies; het plan blijft op dit punt ongewijzigd.",
           S["rv"]),
         P("§ 2.1 Het Nederlands in het onderwijs", S["rh2"]),
         P("Het plan neemt als doel op dat het aandeel vijftienjarigen dat het basisniveau leesvaardigheid niet "
           "haalt in 2031 met een derde is gedaald, in Nederland en in Vlaanderen. De tussenmeting in 2029 "
           "gebeurt met de gegevens van het internationale PISA-onderzoek.", S["rb"]),
         P("Voorstel: het advies overnemen; § 2.1 aanvullen met een streefcijfer.", S["rv"]),
         P("3. Eigen wijzigingen in het plan", S["rh"]),
         P("Los van het advies stelt het Algemeen Secretariaat voor het voornemen over een gezamenlijke "
           "terminologiebank voor juridische termen te schrappen, omdat Nederland en België die inmiddels elk "
           "zelf ontwikkelen.", S["rb"]),
         P("4. Financiële gevolgen", S["rh"]),
         P("De voorstellen in deze nota passen binnen de begroting 2027, met uitzondering van de databank, die in "
           "2027 en 2028 eenmalig 240 000 euro kost. Dat bedrag wordt gedekt uit de reserve voor projecten.",
           S["rb"]),
         P("5. Gevraagde beslissing", S["rh"]),
         P("Het Comité van Ministers wordt gevraagd:", S["rb"]),
         P("a.&nbsp;&nbsp;&nbsp;in te stemmen met de voorstellen in deze nota;", S["rli"]),
         P("b.&nbsp;&nbsp;&nbsp;het Meerjarenbeleidsplan 2027-2031 in de aangepaste versie vast te stellen;",
           S["rli"]),
         P("c.&nbsp;&nbsp;&nbsp;de voorzitter te vragen de Raad schriftelijk over de verwerking van zijn advies "
           "te informeren.", S["rli"])]
    doc.build(f, onFirstPage=res_deco, onLaterPages=res_deco)


def expected():
    B.write_expected(NAME, [
        ("1", "Neem in het plan een meetbaar doel op voor de leesvaardigheid",
         "in 2031 met een derde is gedaald", "agrees"),
        ("2", "Breng de NT2-leermiddelen die Nederland, Vlaanderen en Suriname nu elk",
         "in 2028 staat een gezamenlijke, gratis databank met NT2-leermiddelen online", "agrees"),
        ("3", "Stel jaarlijks minstens 1,5 miljoen euro beschikbaar voor open Nederlandstalige taaldata",
         "kan vanaf 2027 jaarlijks 1 miljoen euro naar open taaldata", "partly"),
        ("4", "Zie af van een volledige herziening van de Woordenlijst in 2030",
         "Het advies van de Raad wordt aan de Spellingcommissie doorgegeven", "noted"),
        ("5", "Verhoog het budget voor vertalingen van Nederlandstalige literatuur naar andere talen",
         None, "unanswered"),
        ("6", "Geef Suriname en de Caribische delen van het Koninkrijk een vaste zetel",
         "acht het Algemeen Secretariaat niet werkbaar", "disagrees"),
        ("7", "Laat de uitvoering halverwege, in 2029, door een onafhankelijke commissie evalueren",
         "laat het Algemeen Secretariaat de uitvoering door een externe commissie evalueren", "agrees"),
    ], ["De volgorde volgt de prioriteiten van het plan, niet de tabel",
        "een gezamenlijke terminologiebank voor juridische termen te schrappen",
        "eenmalig 240 000 euro kost",
        "het Meerjarenbeleidsplan 2027-2031 in de aangepaste versie vast te stellen"],
        "ADVIES of the Raad voor de Nederlandse Taal en Letteren (the Taalunie's advisory council; the advice, its "
        "figures and people are invented; the Verdrag inzake de Nederlandse Taalunie is real) on the "
        "ontwerp-Meerjarenbeleidsplan 2027-2031. The seven recommendations stand ONLY in the third column ('De Raad "
        "adviseert') of a ruled table whose first column carries the PLAN's paragraph numbers '§ 2.1' ... '§ 5.2' "
        "with a title and whose second column summarises the draft; they are unnumbered, so numbers are their "
        "order 1-7. Not recommendations: the treaty's division of tasks ('moet het Algemeen Secretariaat het "
        "uitvoeren'), the numbered list of three 'ontwikkelingen', bold findings in the Algemene beschouwingen "
        "('zou duidelijker moeten maken'), the 2021 advice quoted ('De Taalunie moet ...'), column 2 of the table, "
        "the closing offer. Response: NOTA AAN HET COMITE VAN MINISTERS (agenda-note header table), sections 1-5 "
        "of its own; in section 2 bold headings with the § numbers and titles of the table (not recommendation "
        "numbers), each ending with an italic 'Voorstel:' line, in the order 3, 2+6, 7, 4, 1: 3 partly (1 million "
        "instead of 1.5); ONE item '§ 2.4 ... en § 4.3 ...': 2 agrees (databank in 2028) + 6 disagrees ('niet "
        "werkbaar', 'niet overnemen'); 7 agrees; 4 noted (a matter for the Spellingcommissie, 'kennisnemen', plan "
        "unchanged); 1 agrees. 5 (translation budget) UNANSWERED. 1 Inleiding, 3 Eigen wijzigingen, 4 Financiële "
        "gevolgen and 5 Gevraagde beslissing (a.-c.) answer nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)
