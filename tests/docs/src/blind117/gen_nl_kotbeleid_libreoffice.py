"""Round 117 (nl): the ADVIES of a Flemish STEDELIJKE STUDENTENRAAD (the city's advisory council of students) on the
city's ontwerp-kotbeleidsplan (student rooms: quality label, rents, deposit, fire safety, bicycle parking), answered
by a LETTER of the schepen on behalf of the college with INLINE VERDICT LABELS per theme ('Kotlabel - gedeeltelijk
akkoord.').

Advice (LibreOffice headless from a flat ODF text document, .fodt; serif body, sans headings, 3 p., letterhead table
with a dark-red name cell, 'Het kot in cijfers' table, native header from p. 2 and footer 'pagina n van m'): the
Vlaamse Codex Wonen 'moet' (trap), the survey's four questions as a numbered list 1.-4. (trap), the raad's 2023
advice quoted with 'moet' (realised; trap), 'We besluiten dat'; recommendations are the middle cells of an UNNUMBERED
THREE-COLUMN TABLE 'Thema / Wat we vragen / Prioriteit' (seven rows; expected 1-7 in row order); closing line naming
the topics 'kotlabel' and 'huurwaarborg'.
Response: letter of the schepen van Wonen en Studentenzaken (2 p.): introduction (nothing), bold run-in labels by
theme with a verdict word, in the order 2, 4, 1, 7, 3+5 ('Waarborgfonds en fietsenstalling - niet akkoord.' covering
two); 6 (information in English for international students) unanswered; 'Stand van zaken' (figures) and 'Varia'
answer nothing. All invented.

Run: /tmp/blind117nl/bin/python tests/docs/src/blind117/gen_nl_kotbeleid_libreoffice.py"""
import os
import re
import sys
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(__file__))
import _b117nl as B  # noqa: E402

NAME = "blind117_nl_kotbeleid"
F = B.tmp_fonts()
FR = B.tmp_fonts("B117NL Serif", B.SERIF_FILES)
FAM = "B117NL Sans"
SER = "B117NL Serif"
RED = "#7d1f2a"

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')


def pstyle(name, size="10pt", bold=False, italic=False, color=None, before="0cm", after="0.2cm", lh="138%",
           extra="", keep=False, font=SER):
    tp = f'style:font-name="{font}" fo:font-size="{size}"'
    if bold:
        tp += ' fo:font-weight="bold"'
    if italic:
        tp += ' fo:font-style="italic"'
    if color:
        tp += f' fo:color="{color}"'
    kp = ' fo:keep-with-next="always"' if keep else ""
    return (f'<style:style style:name="{name}" style:family="paragraph"><style:paragraph-properties '
            f'fo:margin-top="{before}" fo:margin-bottom="{after}" fo:line-height="{lh}"{kp} {extra}/>'
            f'<style:text-properties {tp} fo:language="nl" fo:country="BE" fo:hyphenate="false"/></style:style>')


STYLES = "".join([
    pstyle("Body", size="9.8pt"), pstyle("Small", size="8.2pt", after="0cm", lh="125%", font=FAM),
    pstyle("SmallW", size="8.2pt", after="0cm", lh="125%", color="#ffffff", font=FAM),
    pstyle("OrgW", size="13pt", bold=True, after="0cm", lh="120%", color="#ffffff", font=FAM),
    pstyle("Title", size="17pt", bold=True, after="0.08cm", lh="120%", color=RED, font=FAM),
    pstyle("Sub", size="10pt", italic=True, color="#555555", after="0.4cm"),
    pstyle("H1", size="11.3pt", bold=True, color=RED, before="0.35cm", after="0.12cm", keep=True, font=FAM),
    pstyle("Quote", size="9.8pt", italic=True, color="#444444", extra='fo:margin-left="0.8cm" fo:margin-right="0.8cm"'),
    pstyle("Item", size="9.8pt", after="0.08cm"), pstyle("Cell", size="8.8pt", after="0cm", lh="128%"),
    pstyle("CellS", size="8.4pt", after="0cm", lh="125%", font=FAM),
    pstyle("CellB", size="8.4pt", bold=True, after="0cm", lh="125%", font=FAM),
    pstyle("CellBW", size="8.4pt", bold=True, after="0cm", lh="125%", font=FAM, color="#ffffff"),
    pstyle("Head", size="7.5pt", color="#666666", after="0cm", lh="115%", font=FAM),
    pstyle("Addr", size="9.8pt", after="0cm"),
    '<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>',
    '<style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>',
    '<text:list-style style:name="LNum"><text:list-level-style-number text:level="1" style:num-format="1" '
    'style:num-suffix="."><style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
    '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.75cm" '
    'fo:text-indent="-0.55cm" fo:margin-left="0.75cm"/></style:list-level-properties>'
    '</text:list-level-style-number></text:list-style>',
])

AUTO = f"""<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm"
fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.3cm" fo:margin-right="2.2cm"/>
<style:header-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-bottom="0.5cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.4cm"/></style:footer-style>
</style:page-layout>
<style:style style:name="First" style:family="paragraph" style:parent-style-name="Body" style:master-page-name="FirstPage"/>
<style:style style:name="Foot" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
<style:text-properties style:font-name="{FAM}" fo:font-size="7.6pt" fo:color="#666666"/></style:style>
<style:style style:name="Tab" style:family="table"><style:table-properties style:width="16.5cm" table:align="left"
fo:margin-top="0cm" fo:margin-bottom="0.35cm"/></style:style>
<style:style style:name="TabF" style:family="table"><style:table-properties style:width="11.5cm" table:align="left"
fo:margin-top="0.1cm" fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="TabR" style:family="table"><style:table-properties style:width="16.5cm" table:align="left"
fo:margin-top="0.15cm" fo:margin-bottom="0.35cm"/></style:style>
<style:style style:name="ColA" style:family="table-column"><style:table-column-properties style:column-width="3.3cm"/></style:style>
<style:style style:name="ColB" style:family="table-column"><style:table-column-properties style:column-width="10.9cm"/></style:style>
<style:style style:name="ColC" style:family="table-column"><style:table-column-properties style:column-width="2.3cm"/></style:style>
<style:style style:name="ColF1" style:family="table-column"><style:table-column-properties style:column-width="8.5cm"/></style:style>
<style:style style:name="ColF2" style:family="table-column"><style:table-column-properties style:column-width="3cm"/></style:style>
<style:style style:name="ColL1" style:family="table-column"><style:table-column-properties style:column-width="7cm"/></style:style>
<style:style style:name="ColL2" style:family="table-column"><style:table-column-properties style:column-width="9.5cm"/></style:style>
<style:style style:name="CG" style:family="table-cell"><style:table-cell-properties fo:background-color="{RED}"
fo:padding="0.25cm" style:vertical-align="middle"/></style:style>
<style:style style:name="CL" style:family="table-cell"><style:table-cell-properties fo:background-color="#f3e9e4"
fo:padding="0.25cm" style:vertical-align="middle"/></style:style>
<style:style style:name="CR" style:family="table-cell"><style:table-cell-properties fo:padding="0.09cm"
fo:border-bottom="0.5pt solid {RED}"/></style:style>
<style:style style:name="CH" style:family="table-cell"><style:table-cell-properties fo:padding="0.09cm"
fo:background-color="#f3e9e4" fo:border-bottom="0.5pt solid {RED}"/></style:style>
<style:style style:name="CHR" style:family="table-cell"><style:table-cell-properties fo:padding="0.09cm"
fo:background-color="{RED}"/></style:style>"""


def inline(t):
    t = escape(t)
    t = re.sub(r"\*\*(.+?)\*\*", r'<text:span text:style-name="B">\1</text:span>', t)
    return re.sub(r"\*(.+?)\*", r'<text:span text:style-name="I">\1</text:span>', t)


def P(t, st="Body"):
    return f'<text:p text:style-name="{st}">{inline(t)}</text:p>'


def H(t):
    return f'<text:h text:style-name="H1" text:outline-level="1">{inline(t)}</text:h>'


def LIST(items, style="LNum"):
    return (f'<text:list text:style-name="{style}">' +
            "".join(f'<text:list-item>{P(i, "Item")}</text:list-item>' for i in items) + "</text:list>")


def cell(content, st):
    return f'<table:table-cell table:style-name="{st}" office:value-type="string">{content}</table:table-cell>'


def letterhead(left, right):
    l = "".join(P(x, st) for x, st in left)
    r = "".join(P(x, "Small") for x in right)
    return ('<table:table table:name="Kop" table:style-name="Tab"><table:table-column table:style-name="ColL1"/>'
            '<table:table-column table:style-name="ColL2"/>'
            f'<table:table-row>{cell(l, "CG")}{cell(r, "CL")}</table:table-row></table:table>')


def figtable(rows):
    out = ['<table:table table:name="Cijfers" table:style-name="TabF"><table:table-column table:style-name="ColF1"/>'
           '<table:table-column table:style-name="ColF2"/>']
    for i, (a, b) in enumerate(rows):
        cs, ps = ("CH", "CellB") if i == 0 else ("CR", "CellS")
        out.append(f'<table:table-row>{cell(P(a, ps), cs)}{cell(P(b, ps), cs)}</table:table-row>')
    return "".join(out) + "</table:table>"


def rectable(rows):
    out = ['<table:table table:name="Voorstellen" table:style-name="TabR"><table:table-column table:style-name="ColA"/>'
           '<table:table-column table:style-name="ColB"/><table:table-column table:style-name="ColC"/>'
           '<table:table-header-rows><table:table-row>'
           f'{cell(P("Thema", "CellBW"), "CHR")}{cell(P("Wat we vragen", "CellBW"), "CHR")}'
           f'{cell(P("Prioriteit", "CellBW"), "CHR")}</table:table-row></table:table-header-rows>']
    for a, b, c in rows:
        out.append(f'<table:table-row>{cell(P(a, "CellB"), "CR")}{cell(P(b, "Cell"), "CR")}'
                   f'{cell(P(c, "CellS"), "CR")}</table:table-row>')
    return "".join(out) + "</table:table>"


def fodt(title, head, body, date):
    foot = ('<text:p text:style-name="Foot">pagina <text:page-number text:select-page="current">1</text:page-number>'
            ' van <text:page-count>1</text:page-count></text:p>')
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{escape(title)}</dc:title><meta:creation-date>{date}T10:00:00</meta:creation-date>
</office:meta>
<office:font-face-decls><style:font-face style:name="{FAM}" svg:font-family="'{FAM}'"/>
<style:font-face style:name="{SER}" svg:font-family="'{SER}'"/></office:font-face-decls>
<office:styles>{STYLES}</office:styles>
<office:automatic-styles>{AUTO}</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="FirstPage" style:page-layout-name="pm1" style:next-style-name="Standard">
<style:footer>{foot}</style:footer></style:master-page>
<style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p text:style-name="Head">{escape(head)}</text:p></style:header>
<style:footer>{foot}</style:footer></style:master-page>
</office:master-styles>
<office:body><office:text><text:p text:style-name="First"/>{body}</office:text></office:body></office:document>"""


ADVICE_BODY = "".join([
    letterhead([("Stedelijke Studentenraad", "OrgW"), ("Gelmbeke", "OrgW"),
                ("p/a Dienst Studentenzaken, Hallestraat 9, 9380 Gelmbeke", "SmallW")],
               ["Aan het college van burgemeester en schepenen van de stad Gelmbeke", "Datum: 21 oktober 2026",
                "Kenmerk: SSR/2026/05", "Betreft: advies over het ontwerp van kotbeleidsplan 2027-2032"]),
    P("Een goed kot is geen geluk", "Title"),
    P("Advies van de Stedelijke Studentenraad over het ontwerp van kotbeleidsplan 2027-2032", "Sub"),
    H("1. Waarom dit advies"),
    P("Op 9 september 2026 vroeg de schepen van Wonen en Studentenzaken de Stedelijke Studentenraad om advies over "
      "het ontwerp van kotbeleidsplan 2027-2032. Het plan bepaalt hoe de stad de komende zes jaar omgaat met de "
      "kwaliteit, de prijs en de ligging van studentenkamers. De studentenraad telt veertien studenten van de "
      "universiteitscampus en de hogeschool, onder wie twee internationale studenten, en een waarnemer van elke "
      "onderwijsinstelling."),
    P("Volgens de Vlaamse Codex Wonen moet elke studentenkamer voldoen aan minimale kwaliteitsnormen. De stad "
      "controleert dat met het conformiteitsattest, en sinds 2020 kunnen verhuurders daarnaast vrijwillig een "
      "kotlabel aanvragen dat ook brandveiligheid en de huurovereenkomst toetst. Het ontwerp bouwt op die twee "
      "instrumenten verder."),
    H("2. Wat studenten ons vertelden"),
    P("In september hielden we een online bevraging, die door 1.146 studenten werd ingevuld. We stelden hun vier "
      "vragen:"),
    LIST(["Hoeveel betaal je per maand voor je kot, zonder kosten?",
          "Heeft je kot een conformiteitsattest of een kotlabel, en weet je wat dat betekent?",
          "Hoeveel huurwaarborg moest je betalen, en kon je dat zelf?",
          "Wat zou jouw kot het meest verbeteren?"]),
    P("De antwoorden zijn duidelijk. De huurprijzen stijgen veel sneller dan de studietoelagen, veel studenten weten "
      "niet of hun kot in orde is, en voor wie een studietoelage krijgt, is een waarborg van twee maanden huur een "
      "echte drempel. Op de laatste vraag noemden de meeste studenten een veilige fietsenstalling en een "
      "verhuurder die reageert als er iets stuk is."),
    figtable([("Het kot in cijfers", "2026"), ("Studentenkamers in Gelmbeke", "6.350"),
              ("Gemiddelde huurprijs per maand (2023: 445 euro)", "515 euro"),
              ("Kamers met een conformiteitsattest", "71 %"), ("Kamers met een kotlabel", "38 %"),
              ("Studenten met een studietoelage (bevraging)", "27 %")]),
    P("Bron: kotdatabank van de stad en eigen bevraging, september 2026.", "Small"),
    P(""),
    P("In ons advies over het vorige kotbeleidsplan, in 2023, schreven we:"),
    P("'De stad moet een meldpunt openen waar studenten problemen met hun kot kunnen melden, ook anoniem.'", "Quote"),
    P("Dat is gebeurd: het Kotmeldpunt bestaat sinds september 2024 en wordt goed gebruikt. We besluiten dat het "
      "ontwerp de juiste richting kiest, maar op het vlak van betaalbaarheid en informatie te voorzichtig blijft."),
    H("3. Onze voorstellen"),
    P("We zetten onze voorstellen op een rij in de tabel hieronder. De volgorde volgt de hoofdstukken van het "
      "ontwerp en zegt niets over het belang; de kolom prioriteit geeft aan wat voor studenten het zwaarst weegt."),
    rectable([
        ("Kotlabel", "Maak het kotlabel verplicht voor alle studentenkamers die via de kotdatabank van de stad "
                     "worden aangeboden, met een overgangstermijn van twee jaar voor bestaande kamers.", "hoog"),
        ("Huurprijs", "Publiceer elk jaar een richtprijs per type kamer, zodat studenten kunnen nagaan of de "
                      "gevraagde huur redelijk is.", "hoog"),
        ("Huurwaarborg", "Richt een stedelijk waarborgfonds op dat de huurwaarborg voorschiet voor studenten met "
                         "een studietoelage.", "hoog"),
        ("Brandveiligheid", "Laat de brandweer elk kot controleren dat voor het eerst wordt aangeboden, nog vóór de "
                            "eerste verhuring.", "middel"),
        ("Fietsen", "Verplicht bij nieuwe kotgebouwen een overdekte en afsluitbare fietsenstalling met één plaats "
                    "per kamer.", "middel"),
        ("Internationale studenten", "Informeer internationale studenten in het Engels over hun rechten en "
                                     "plichten als huurder, ook via de onthaaldagen van de onderwijsinstellingen.",
         "middel"),
        ("Overleg", "Organiseer elk jaar een kotoverleg met studenten, verhuurders en de onderwijsinstellingen "
                    "om de uitvoering van het plan op te volgen.", "laag"),
    ]),
    H("4. Toelichting bij enkele voorstellen"),
    P("Een verplicht kotlabel is volgens ons de beste manier om slechte koten uit de markt te halen. Verhuurders met "
      "een kotlabel hebben nu al een voordeel in de kotdatabank, maar dat volstaat niet: het aandeel gelabelde koten "
      "groeit nauwelijks. Met een overgangstermijn krijgen verhuurders de tijd om de nodige werken uit te voeren."),
    P("Een richtprijs geeft studenten en ouders een houvast. Andere studentensteden in Vlaanderen werken al met een "
      "huurprijsbarometer. Voor de huurwaarborg denken we aan een fonds dat het bedrag voorschiet en dat de student "
      "in kleine maandelijkse bedragen terugbetaalt."),
    P("Internationale studenten kennen de Vlaamse huurregels niet en tekenen soms een contract dat ze niet kunnen "
      "lezen. Ze melden zich ook zelden bij het Kotmeldpunt."),
    H("5. Tot slot"),
    P("We vragen het college in het bijzonder om werk te maken van de voorstellen over het kotlabel en de "
      "huurwaarborg: daar is het verschil voor studenten het grootst. We lichten ons advies graag toe op de "
      "commissie Wonen."),
    P("Voor de Stedelijke Studentenraad,"),
    P("Lotte Vermeiren, voorzitter – Jonas Declercq, secretaris"),
])

RESPONSE_BODY = "".join([
    letterhead([("Stad Gelmbeke", "OrgW"), ("Dienst Wonen en Studentenzaken", "SmallW"),
                ("Hallestraat 9, 9380 Gelmbeke", "SmallW")],
               ["Uw bericht van: 21 oktober 2026", "Uw kenmerk: SSR/2026/05", "Ons kenmerk: WON/2026/3371",
                "Contact: Elke Van Damme, dienst Wonen, 09 555 41 20"]),
    P("Stedelijke Studentenraad Gelmbeke", "Addr"),
    P("t.a.v. Lotte Vermeiren, voorzitter", "Addr"),
    P("Hallestraat 9", "Addr"),
    P("9380 Gelmbeke", "Addr"),
    P(""),
    P("Gelmbeke, 18 december 2026"),
    P("**Betreft: antwoord op uw advies over het kotbeleidsplan 2027-2032**"),
    P("Beste Lotte, beste leden van de studentenraad,"),
    P("Namens het college van burgemeester en schepenen dank ik jullie voor het advies van 21 oktober en voor de "
      "uitgebreide bevraging. Het college besprak het advies in zijn zitting van 2 december, en de gemeenteraad keurde "
      "het kotbeleidsplan op 16 december goed. Hieronder lees je per thema wat we met jullie voorstellen doen."),
    P("**Richtprijs per kamertype – akkoord.** Vanaf het academiejaar 2027-2028 publiceert de stad jaarlijks een "
      "huurprijsbarometer met een richtprijs per type kamer, op basis van de gegevens in de kotdatabank. De barometer "
      "komt op de website en in de kotgids."),
    P("**Brandveiligheid – akkoord.** Vanaf 1 februari 2027 voert de hulpverleningszone bij elk nieuw aangemeld kot een "
      "brandpreventiecontrole uit, nog voor het kot in de kotdatabank verschijnt. De kosten draagt de verhuurder."),
    P("**Kotlabel – gedeeltelijk akkoord.** Voor kamers in nieuwe of grondig verbouwde kotgebouwen wordt het kotlabel "
      "verplicht vanaf 1 september 2028. Voor bestaande kamers blijft het vrijwillig; we verhogen wel de premie voor "
      "verhuurders die het label aanvragen. Een algemene verplichting zou volgens de dienst Wonen honderden kamers in "
      "één keer van de markt halen."),
    P("**Jaarlijks kotoverleg – in overweging.** Het idee spreekt ons aan, maar de universiteit en de hogeschool "
      "organiseren nu al elk een eigen huisvestingsoverleg. We bekijken met hen of die overlegmomenten kunnen "
      "samengaan en laten jullie voor de zomer weten wat daaruit komt."),
    P("**Waarborgfonds en fietsenstalling – niet akkoord.** Een stedelijk waarborgfonds richten we niet op. Studenten "
      "met een beperkt inkomen kunnen al bij het OCMW een waarborg aanvragen, en we willen geen tweede loket naast dat "
      "van het OCMW. Wat de fietsen betreft: de norm in de stedenbouwkundige verordening van 2024 blijft één "
      "fietsplaats per twee kamers. Een strengere norm zou kleine kotprojecten in de binnenstad onmogelijk maken."),
    P("**Stand van zaken**", "Body"),
    P("Op 1 december 2026 telde de kotdatabank 4.812 kamers, waarvan 1.930 met een kotlabel. Het Kotmeldpunt ontving "
      "dit jaar tot nu toe 187 meldingen, vooral over vocht en over de teruggave van de huurwaarborg."),
    P("**Varia**", "Body"),
    P("De stad organiseert op 24 september 2027 opnieuw het studentenwelkom op de Grote Markt. We nodigen de "
      "studentenraad graag uit om er met een eigen stand aanwezig te zijn."),
    P("Met vriendelijke groeten,"),
    P("Pieter-Jan Goossens"),
    P("schepen van Wonen en Studentenzaken, namens het college van burgemeester en schepenen"),
])


def expected():
    recs = [
        (1, "Maak het kotlabel verplicht voor alle studentenkamers die via de kotdatabank",
         "verplicht vanaf 1 september 2028. Voor bestaande kamers blijft het vrijwillig", "partly"),
        (2, "Publiceer elk jaar een richtprijs per type kamer, zodat studenten",
         "publiceert de stad jaarlijks een huurprijsbarometer", "agrees"),
        (3, "Richt een stedelijk waarborgfonds op dat de huurwaarborg voorschiet voor",
         "Een stedelijk waarborgfonds richten we niet op", "disagrees"),
        (4, "Laat de brandweer elk kot controleren dat voor het eerst wordt",
         "voert de hulpverleningszone bij elk nieuw aangemeld kot een brandpreventiecontrole uit", "agrees"),
        (5, "Verplicht bij nieuwe kotgebouwen een overdekte en afsluitbare fietsenstalling",
         "blijft één fietsplaats per twee kamers", "disagrees"),
        (6, "Informeer internationale studenten in het Engels over hun rechten en", None, "unanswered"),
        (7, "Organiseer elk jaar een kotoverleg met studenten, verhuurders en de",
         "We bekijken met hen of die overlegmomenten kunnen samengaan", "noted"),
    ]
    unmatched = ["de gemeenteraad keurde het kotbeleidsplan op 16 december goed",
                 "telde de kotdatabank 4.812 kamers, waarvan 1.930 met een kotlabel",
                 "organiseert op 24 september 2027 opnieuw het studentenwelkom"]
    notes = ("Stedelijke Studentenraad Gelmbeke (Flemish city's student advisory council), advies SSR/2026/05 'Een goed "
             "kot is geen geluk' on the ontwerp-kotbeleidsplan 2027-2032 (3 p., LibreOffice from .fodt, serif body, "
             "letterhead table with a dark-red cell, 'Het kot in cijfers' table, native header from p. 2, 'pagina n "
             "van m'). Traps: the Vlaamse Codex Wonen 'moet', the survey's four questions as a numbered list 1.-4., "
             "the 2023 advice quoted with 'moet' (realised), 'We besluiten dat', a chapter 'Toelichting bij enkele "
             "voorstellen' that explains three of them again without recommending anything new, a closing line naming "
             "'de voorstellen over het kotlabel en de huurwaarborg'. Recommendations: the middle cells of an "
             "UNNUMBERED THREE-COLUMN TABLE 'Thema / Wat we vragen / Prioriteit' under a dark-red header row, seven rows "
             "(expected 1-7 in row order). Response: LETTER of the schepen van Wonen en Studentenzaken for the college "
             "with bold INLINE VERDICT LABELS per theme ('– akkoord.', '– gedeeltelijk akkoord.', '– in "
             "overweging.', '– niet akkoord.'), no numbers, in the order 2, 4, 1, 7, 3+5. 2 agrees "
             "(huurprijsbarometer from 2027-2028). 4 agrees (fire-safety check from 1 February 2027 before listing). "
             "1 partly (mandatory only for new or renovated buildings from 1 September 2028). 7 noted ('in "
             "overweging', to be looked at with the institutions, answer before the summer). 'Waarborgfonds en "
             "fietsenstalling – niet akkoord.' covers two: 3 disagrees (no city fund, the OCMW already helps) and 5 "
             "disagrees (the norm stays one place per two rooms). 6 (information in English) is not answered. The "
             "introduction, 'Stand van zaken' (figures) and 'Varia' (studentenwelkom) answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.fodt_pdf(fodt("Advies kotbeleidsplan 2027-2032", "Stedelijke Studentenraad Gelmbeke - advies SSR/2026/05 - "
                    "ontwerp-kotbeleidsplan 2027-2032", ADVICE_BODY, "2026-10-21"), NAME + "_advice.pdf")
    B.fodt_pdf(fodt("Antwoord op het advies van de studentenraad", "Stad Gelmbeke - WON/2026/3371 - antwoord op "
                    "advies SSR/2026/05", RESPONSE_BODY, "2026-12-18"), NAME + "_response.pdf")
    expected()
