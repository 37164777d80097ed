"""Round 33 (nl, Belgium/Flanders): an (invented) recommendation paper of Unia, the interfederal equality body, on the
accessibility of public transport in Flanders (De Lijn), answered by the Flemish minister of Mobility's ANSWER TO A
WRITTEN PARLIAMENTARY QUESTION (Vlaams Parlement, 'Schriftelijke vraag nr. 812 ... Antwoord'). Advice: first page
without running header and a coloured title block, a Samenvatting that counts the recommendations and names the
addressees, Writer footnotes (article 9 CRPD, the Flemish equal-treatment decree, the decree on basic accessibility),
a table of reports by type, an earlier Unia recommendation of 2019 quoted, findings with 'moet' and 'zou ... moeten',
and the seven recommendations only in the closing chapter as a borderless two-column table with large coloured
numbers '01'-'07' (the numbers are those labels), a bold lead sentence, an explanation and a grey addressee line.
Response: the parliamentary question (questioner, date, minister, title, a preamble that paraphrases Unia's report,
questions 1-7) and, after a page break, the minister's answer numbered 1-7 BY QUESTION: answer 1 (general) and 7
(budget) answer no recommendation; 2 answers 01, 3 answers 03+04 (one answer, two verdicts), 4 answers 07, 5 answers
02, 6 answers 06; 05 (participation of disability organisations) is not asked about and not answered. Engine:
LibreOffice Writer headless from a hand-written flat ODT (.fodt): first-page master without header, header and
'pagina N van M' on later pages, real footnotes."""
import os
import re
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(__file__))
import _b33nl as B  # noqa: E402

NAME = "blind33_nl_unia"

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{title}</dc:title></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:line-height="130%"/>
  <style:text-properties style:font-name="{font}" fo:font-size="{size}" fo:language="nl" fo:country="NL"
   fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Footnote" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.05cm"
  fo:line-height="115%" fo:margin-left="0.4cm" fo:text-indent="-0.4cm"/><style:text-properties fo:font-size="7.5pt"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="PL">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.1cm"
   fo:margin-bottom="1.0cm" fo:margin-left="{ml}cm" fo:margin-right="{mr}cm">
   <style:footnote-sep style:width="0.02cm" style:distance-before-sep="0.15cm" style:distance-after-sep="0.1cm"
    style:adjustment="left" style:rel-width="25%" style:color="#777777"/>
  </style:page-layout-properties>
  <style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.5cm"
   fo:border-bottom="0.5pt solid {acc}" fo:padding-bottom="0.1cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
 <style:page-layout style:name="PLF">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.4cm"
   fo:margin-bottom="1.0cm" fo:margin-left="{ml}cm" fo:margin-right="{mr}cm">
   <style:footnote-sep style:width="0.02cm" style:distance-before-sep="0.15cm" style:distance-after-sep="0.1cm"
    style:adjustment="left" style:rel-width="25%" style:color="#777777"/>
  </style:page-layout-properties>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="Hd" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans"
  fo:font-size="7.5pt" fo:color="#555555"/></style:style>
 <style:style style:name="Ft" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="7.5pt" fo:color="#555555"/></style:style>
 <style:style style:name="Meta" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans"
  fo:font-size="8pt" fo:color="#555555"/></style:style>
 <style:style style:name="Logo" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.05cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="13pt" fo:font-weight="bold"
  fo:color="{acc}"/></style:style>
 <style:style style:name="T1" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.1cm"
  fo:margin-bottom="0.15cm" fo:line-height="112%"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="19pt" fo:font-weight="bold"
  fo:color="{acc}"/></style:style>
 <style:style style:name="T2" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.3cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="12pt"/></style:style>
 <style:style style:name="H2" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.5cm"
  fo:margin-bottom="0.18cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="12pt" fo:font-weight="bold"
  fo:color="{acc}"/></style:style>
 <style:style style:name="H3" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.32cm"
  fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Li" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.7cm"
  fo:text-indent="-0.5cm" fo:margin-bottom="0.08cm"/></style:style>
 <style:style style:name="RLi" style:family="paragraph"><style:paragraph-properties fo:margin-left="1.0cm"
  fo:text-indent="-0.4cm" fo:margin-bottom="0.06cm" fo:padding-left="0.2cm" fo:border-left="2.2pt solid {acc}"/>
  <style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Rec" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.3cm"
  fo:margin-top="0.1cm" fo:margin-bottom="0.3cm" fo:padding-left="0.3cm" fo:border-left="2.2pt solid {acc}"/>
  <style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="RecK" style:family="paragraph" style:parent-style-name="Rec">
  <style:paragraph-properties fo:margin-bottom="0.06cm" fo:keep-with-next="always"/></style:style>
 <style:style style:name="Q" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.8cm"
  fo:margin-right="0.8cm"/><style:text-properties fo:font-style="italic" fo:color="#444444"/></style:style>
 <style:style style:name="Band" style:family="paragraph"><style:paragraph-properties fo:padding="0.35cm"
  fo:background-color="{band}" fo:margin-bottom="0.4cm"/></style:style>
 <style:style style:name="Box" style:family="paragraph"><style:paragraph-properties fo:padding="0.25cm"
  fo:background-color="{band}" fo:margin-bottom="0.3cm" fo:border="0.5pt solid {acc}"/>
  <style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.05cm"
  fo:line-height="118%"/><style:text-properties fo:font-size="8.6pt"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="A" style:family="text"><style:text-properties fo:font-weight="bold" fo:color="{acc}"/>
 </style:style>
 <style:style style:name="W" style:family="text"><style:text-properties fo:font-weight="bold" fo:color="#ffffff"/>
 </style:style>
 <style:style style:name="Tab" style:family="table"><style:table-properties style:width="{tw}cm" table:align="left"
  fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"/></style:style>
 <style:style style:name="Cw" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm"
  fo:border-bottom="0.5pt solid #9aa9a4" fo:border-top="none" fo:border-left="none" fo:border-right="none"/>
 </style:style>
 <style:style style:name="Cg" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm"
  fo:border="0.5pt solid #9aa9a4"/></style:style>
 <style:style style:name="Cn" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm"
  fo:border="none"/></style:style>
 <style:style style:name="Cs" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm"
  fo:background-color="{acc}" fo:border="0.5pt solid {acc}"/></style:style>
 <style:style style:name="Ct" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm"
  fo:background-color="{band}" fo:border="0.5pt solid #9aa9a4"/></style:style>
{colstyles}
 <style:style style:name="Num" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"
  fo:line-height="100%"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="22pt"
  fo:font-weight="bold" fo:color="{acc}"/></style:style>
 <style:style style:name="RecT" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm"
  fo:line-height="120%" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" fo:font-size="9.6pt"/>
 </style:style>
 <style:style style:name="RecB" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm"
  fo:line-height="122%"/><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Tag" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.05cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="7.8pt" fo:color="#666666"/></style:style>
 <style:style style:name="Ans" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.6cm"
  fo:text-indent="-0.6cm" fo:margin-bottom="0.22cm"/></style:style>
 <style:style style:name="AnsC" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.6cm"
  fo:margin-bottom="0.22cm"/></style:style>
 <style:style style:name="Caps" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.05cm"/>
  <style:text-properties fo:font-size="10.5pt" fo:font-weight="bold" fo:letter-spacing="0.03cm"/></style:style>
 <style:style style:name="Center" style:family="paragraph"><style:paragraph-properties fo:text-align="center"
  fo:margin-bottom="0.1cm"/></style:style>
 <style:style style:name="Rule" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm"
  fo:margin-bottom="0.4cm" fo:border-bottom="0.6pt solid #000000" fo:padding-bottom="0.05cm"/></style:style>
 <style:style style:name="PB" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="Cx" style:family="table-cell"><style:table-cell-properties fo:padding-top="0.18cm"
  fo:padding-bottom="0.18cm" fo:padding-left="0.05cm" fo:padding-right="0.15cm" fo:border-top="0.5pt solid #c9c3d9"
  fo:border-bottom="none" fo:border-left="none" fo:border-right="none"/></style:style>
 <style:style style:name="P1" style:family="paragraph" style:master-page-name="{first}"/>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="MP" style:page-layout-name="PL">
  <style:header><text:p text:style-name="Hd">{header}</text:p></style:header>
  <style:footer><text:p text:style-name="Ft">{footer}pagina <text:page-number text:select-page="current">1</text:page-number> van <text:page-count>1</text:page-count></text:p></style:footer>
 </style:master-page>
 <style:master-page style:name="First" style:page-layout-name="PLF" style:next-style-name="MP">
  <style:footer><text:p text:style-name="Ft">{footer}pagina <text:page-number text:select-page="current">1</text:page-number> van <text:page-count>1</text:page-count></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
<text:p text:style-name="P1"/>
"""
TAIL = "</office:text></office:body></office:document>\n"


class Doc:
    def __init__(self):
        self.parts = []
        self.cols = []
        self.ntab = 0
        self.nfn = 0

    def inline(self, t):
        """**bold**, _italic_, [[accent bold]], {{white bold}} and [^footnote text] in plain text."""
        notes = []

        def keep(m):
            notes.append(m.group(1))
            return f"\u0001{len(notes) - 1}\u0001"
        t = re.sub(r"\[\^(.+?)\]", keep, t)
        t = escape(t)
        t = re.sub(r"\*\*(.+?)\*\*", r'<text:span text:style-name="B">\1</text:span>', t)
        t = re.sub(r"\[\[(.+?)\]\]", r'<text:span text:style-name="A">\1</text:span>', t)
        t = re.sub(r"\{\{(.+?)\}\}", r'<text:span text:style-name="W">\1</text:span>', t)
        t = re.sub(r"(?<![\w])_(.+?)_(?![\w])", r'<text:span text:style-name="I">\1</text:span>', t)

        def note(m):
            self.nfn += 1
            body = escape(notes[int(m.group(1))])
            return (f'<text:note text:id="ftn{self.nfn}" text:note-class="footnote"><text:note-citation>{self.nfn}'
                    f'</text:note-citation><text:note-body><text:p text:style-name="Footnote">{body}</text:p></text:note-body></text:note>')
        t = re.sub("\u0001(\\d+)\u0001", note, t)
        return t.replace("\n", "<text:line-break/>")

    def p(self, t, style="Standard"):
        self.parts.append(f'<text:p text:style-name="{style}">{self.inline(t)}</text:p>')

    def h2(self, t):
        self.p(t, "H2")

    def h3(self, t):
        self.p(t, "H3")

    def li(self, lab, t, style="Li"):
        self.parts.append(f'<text:p text:style-name="{style}">{escape(lab)}<text:tab/>{self.inline(t)}</text:p>')

    def table(self, widths, rows, styles=None, header=False):
        self.ntab += 1
        n = f"Tb{self.ntab}"
        for i, w in enumerate(widths):
            self.cols.append(f' <style:style style:name="{n}.{i}" style:family="table-column">'
                             f'<style:table-column-properties style:column-width="{w}cm"/></style:style>')
        x = [f'<table:table table:name="{n}" table:style-name="Tab">']
        x += [f'<table:table-column table:style-name="{n}.{i}"/>' for i in range(len(widths))]
        for ri, r in enumerate(rows):
            if header and ri == 0:
                x.append("<table:table-header-rows>")
            x.append("<table:table-row>")
            for ci, c in enumerate(r):
                st = (styles[ri][ci] if styles else ("Cs" if header and ri == 0 else "Cw"))
                paras = c if isinstance(c, list) else [c]
                ps = "".join(f'<text:p text:style-name="Cell">{self.inline(pt)}</text:p>' for pt in paras)
                x.append(f'<table:table-cell table:style-name="{st}" office:value-type="string">{ps}'
                         f'</table:table-cell>')
            x.append("</table:table-row>")
            if header and ri == 0:
                x.append("</table:table-header-rows>")
        x.append("</table:table>")
        self.parts.append("".join(x))

    def xml(self, title, header, footer, font, acc, band, size="10pt", ml=2.5, mr=2.5, first="First"):
        return (HEAD.format(title=escape(title), header=escape(header), footer=escape(footer), acc=acc, band=band,
                            font=font, size=size, ml=ml, mr=mr, tw=round(21 - ml - mr, 2), first=first,
                            colstyles="\n".join(self.cols))
                + "\n".join(self.parts) + TAIL)


def convert(xml, pdfname):
    tmp = tempfile.mkdtemp(prefix="b33nlunia")
    src = os.path.join(tmp, pdfname.replace(".pdf", ".fodt"))
    with open(src, "w", encoding="utf-8") as f:
        f.write(xml)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to", "pdf",
                    "--outdir", tmp, src], check=True, capture_output=True)
    shutil.copy(os.path.join(tmp, pdfname), B.out(pdfname))
    shutil.rmtree(tmp)


def table2(d, widths, rows, cellstyle="Cx"):
    """A borderless table whose cells are lists of (paragraph style, text)."""
    d.ntab += 1
    n = f"Tb{d.ntab}"
    for i, w in enumerate(widths):
        d.cols.append(f' <style:style style:name="{n}.{i}" style:family="table-column">'
                      f'<style:table-column-properties style:column-width="{w}cm"/></style:style>')
    x = [f'<table:table table:name="{n}" table:style-name="Tab">']
    x += [f'<table:table-column table:style-name="{n}.{i}"/>' for i in range(len(widths))]
    for r in rows:
        x.append("<table:table-row>")
        for c in r:
            ps = "".join(f'<text:p text:style-name="{st}">{d.inline(t)}</text:p>' for st, t in c)
            x.append(f'<table:table-cell table:style-name="{cellstyle}" office:value-type="string">{ps}'
                     f'</table:table-cell>')
        x.append("</table:table-row>")
    x.append("</table:table>")
    d.parts.append("".join(x))


PURPLE = "#5b2a86"
LILAC = "#efe8f6"

RECS_TEXT = [
    ("01", "Maak een bindend toegankelijkheidsplan voor de haltes.",
     "Leg vast dat tegen 2032 minstens 80 procent van de haltes van het kernnet en het aanvullend net volledig "
     "toegankelijk is, met jaarlijkse tussentijdse doelen per vervoerregio. Maak de voortgang elk jaar openbaar.",
     "Aan: de Vlaamse Regering"),
    ("02", "Zorg ervoor dat elke oprijplaat werkt en ook wordt gebruikt.",
     "Controleer de oprijplaat bij de dagelijkse controle van elk voertuig en maak aan alle chauffeurs duidelijk dat "
     "zij de oprijplaat uitklappen zodra een reiziger erom vraagt.",
     "Aan: De Lijn"),
    ("03", "Schaf de aanvraagtermijn van 24 uur voor assistentie af.",
     "Reizigers met een handicap moeten net als andere reizigers spontaan kunnen vertrekken. Waar assistentie nodig "
     "blijft, volstaat een aanvraag van een uur vooraf.",
     "Aan: De Lijn en de Mobiliteitscentrale"),
    ("04", "Geef alle chauffeurs een verplichte opleiding over reizigers met een handicap.",
     "Ontwikkel die opleiding samen met ervaringsdeskundigen en herhaal ze minstens om de drie jaar.",
     "Aan: De Lijn"),
    ("05", "Betrek de organisaties van personen met een handicap structureel bij het openbaar vervoer.",
     "Geef hen een vaste, adviserende plaats in de vervoerregioraden en betrek hen bij de evaluatie van de "
     "vervoersplannen.",
     "Aan: de Vlaamse Regering"),
    ("06", "Maak elk Hoppinpunt toegankelijk, ook voor wie overstapt op vervoer op maat.",
     "Neem in de regionale mobiliteitsplannen concrete afspraken op over toegankelijke perrons, begeleidingslijnen en "
     "een toegankelijk alternatief voor de deelmobiliteit.",
     "Aan: de Vlaamse Regering en de vervoerregio\u2019s"),
    ("07", "Richt een onafhankelijk meldpunt op voor reizigers met een handicap.",
     "Dat meldpunt behandelt klachten die de vervoermaatschappij niet oplost, kan bemiddelen en rapporteert jaarlijks "
     "aan het Vlaams Parlement.",
     "Aan: de Vlaamse Regering"),
]


def advice():
    d = Doc()
    d.p("unia", "Logo")
    d.p("Interfederaal Centrum voor gelijke kansen \u00b7 Koningsstraat 138 \u00b7 1000 Brussel", "Meta")
    d.p("")
    d.p("[[Aanbeveling 2026/03]]\n**Instappen zonder drempels**\nAanbevelingen over de toegankelijkheid van het "
        "openbaar vervoer in Vlaanderen\n\nBrussel, 17 februari 2026", "Band")
    d.h2("Samenvatting")
    d.p("Wie met een rolstoel, een rollator of een blindengeleidehond de bus of de tram wil nemen, kan in Vlaanderen "
        "nog altijd niet zomaar vertrekken. Minder dan de helft van de haltes van De Lijn is volledig toegankelijk, "
        "oprijplaten werken niet altijd en assistentie moet een dag vooraf worden aangevraagd. In 2024 en 2025 ontving "
        "Unia 186 meldingen over het openbaar vervoer in Vlaanderen, bijna dubbel zoveel als in de twee jaren "
        "daarvoor.")
    d.p("Unia formuleert in deze publicatie zeven aanbevelingen, vier aan de Vlaamse Regering en drie aan De Lijn. U "
        "vindt ze samen in hoofdstuk 6.")
    d.h2("1 Waarom deze aanbeveling?")
    d.p("Unia is een onafhankelijke openbare instelling die discriminatie bestrijdt en gelijke kansen bevordert. Unia "
        "kan aanbevelingen richten aan alle overheden van het land.[^Samenwerkingsakkoord van 12 juni 2013 tussen de "
        "federale overheid, de gewesten en de gemeenschappen voor de oprichting van het Interfederaal Centrum voor "
        "gelijke kansen, artikel 3.] Unia is ook het onafhankelijk mechanisme dat toeziet op de uitvoering van het "
        "VN-Verdrag inzake de rechten van personen met een handicap.")
    d.p("Artikel 9 van dat verdrag verplicht de overheden om personen met een handicap op voet van gelijkheid met "
        "anderen toegang te geven tot het vervoer.[^VN-Verdrag inzake de rechten van personen met een handicap, New "
        "York, 13 december 2006, door Belgi\u00eb geratificeerd op 2 juli 2009.] Het Vlaamse gelijkekansen- en "
        "gelijkebehandelingsdecreet beschouwt de weigering om redelijke aanpassingen te voorzien als een vorm van "
        "discriminatie.[^Decreet van 10 juli 2008 houdende een kader voor het Vlaamse gelijkekansen- en "
        "gelijkebehandelingsbeleid, artikel 16.] Een vervoermaatschappij die een reiziger met een handicap niet "
        "meeneemt omdat de oprijplaat niet werkt, kan dus discrimineren.")
    d.h2("2 Wat horen we van reizigers?")
    d.p("Unia registreerde in 2024 en 2025 samen 186 meldingen over bus en tram in Vlaanderen. De meeste gaan over de "
        "haltes en de oprijplaten.")
    d.table([11.0, 2.5, 2.5], [
        ["**Onderwerp van de melding**", "**2024**", "**2025**"],
        ["Halte niet bereikbaar of niet toegankelijk", "27", "34"],
        ["Oprijplaat defect of niet uitgeklapt", "19", "25"],
        ["Assistentie niet of te laat geleverd", "15", "22"],
        ["Weigering om een reiziger mee te nemen", "9", "14"],
        ["Informatie aan de halte of aan boord niet toegankelijk", "8", "13"],
        ["**Totaal**", "**78**", "**108**"],
    ], styles=[["Ct", "Ct", "Ct"]] + [["Cw", "Cw", "Cw"]] * 6)
    d.p("Een reiziger uit Kortrijk schreef ons:")
    d.p("\u2018Ik moet elke rit de dag voordien aanvragen. Als mijn dokter een afspraak verzet, zit ik vast. Mijn "
        "buurvrouw stapt gewoon op.\u2019 (melding 2025/4471)", "Q")
    d.h2("3 Haltes")
    d.p("Volgens de halte-inventaris van De Lijn is 46 procent van de haltes volledig toegankelijk: de perronhoogte, "
        "de breedte en de geleidelijnen voldoen aan de Vlaamse richtlijnen. Tussen de vervoerregio\u2019s zijn de "
        "verschillen groot. Het decreet basisbereikbaarheid legt de zorg voor de haltes bij de wegbeheerders, meestal "
        "de gemeenten en soms het Agentschap Wegen en Verkeer.[^Decreet van 26 april 2019 betreffende de "
        "basisbereikbaarheid.] Er bestaat geen planning waaruit blijkt wanneer welke halte wordt aangepast.")
    d.p("In 2019 vroeg Unia al:")
    d.p("\u2018Stel een meerjarenplan op voor de aanpassing van alle haltes en maak de voortgang jaarlijks "
        "bekend.\u2019 (aanbeveling 2019/11)", "Q")
    d.p("Die aanbeveling is niet uitgevoerd. Een toegankelijke halte moet voor iedereen bereikbaar zijn; zolang de "
        "halte voor de deur dat niet is, heeft een toegankelijke bus voor veel reizigers weinig zin.")
    d.h2("4 Voertuigen, personeel en assistentie")
    d.p("Alle bussen van De Lijn zijn lagevloerbussen met een oprijplaat. Toch gaan 44 meldingen over een oprijplaat "
        "die niet werkte of die de chauffeur niet wilde uitklappen. Chauffeurs krijgen in hun basisopleiding een "
        "halve dag uitleg over reizigers met een handicap. Een bijscholing bestaat niet, en ervaringsdeskundigen zijn "
        "bij de opleiding niet betrokken.")
    d.p("Wie hulp nodig heeft om in of uit te stappen, moet die minstens 24 uur vooraf aanvragen bij de "
        "Mobiliteitscentrale. Bij de trein volstaat in de meeste stations een aanvraag van drie uur vooraf. De Lijn "
        "zou de aanvraagtermijn minstens moeten afstemmen op die van de trein, zodat reizigers die overstappen niet "
        "met twee verschillende regels te maken krijgen.")
    d.h2("5 Hoppinpunten, inspraak en klachten")
    d.p("Sinds 2022 organiseren de vervoerregio\u2019s het vervoer op maat. Op de Hoppinpunten kunnen reizigers "
        "overstappen tussen bus, tram, trein, deelfiets en deelauto. Een rolstoelgebruiker vindt op een Hoppinpunt "
        "zelden een toegankelijk alternatief voor de deelmobiliteit. In de vervoerregioraden zetelen de gemeenten, De "
        "Lijn en het Departement Mobiliteit en Openbare Werken, maar geen vertegenwoordigers van de reizigers.")
    d.p("Wie een klacht heeft, kan bij de klantendienst van De Lijn terecht. Melders vertellen ons dat zij vaak een "
        "standaardantwoord krijgen en dat er niets verandert. Unia kan meldingen behandelen en bemiddelen, maar kan "
        "geen bindende beslissingen nemen.")
    d.h2("6 Aanbevelingen")
    d.p("Op basis van deze vaststellingen doet Unia de volgende aanbevelingen.")
    rows = [[[("Num", n)], [("RecT", lead), ("RecB", expl), ("Tag", to)]] for n, lead, expl, to in RECS_TEXT]
    table2(d, [1.8, 14.2], rows)
    d.p("Unia bezorgt deze aanbevelingen aan de Vlaamse minister van Mobiliteit en Openbare Werken, aan De Lijn en "
        "aan de commissie Mobiliteit en Openbare Werken van het Vlaams Parlement. Unia zal in 2027 nagaan wat met de "
        "aanbevelingen is gebeurd.")
    d.p("\nVoor Unia,\n\nSarah Vanderlinden\ndirecteur")
    convert(d.xml("Unia Aanbeveling 2026/03 Instappen zonder drempels", "Unia \u00b7 Aanbeveling 2026/03 \u00b7 "
                  "Instappen zonder drempels", "Unia \u00b7 ", "Liberation Sans", PURPLE, LILAC, size="9.6pt",
                  ml=2.5, mr=2.5), NAME + "_advice.pdf")


GOLDEN = "#8a6d1f"
CREAM = "#f6f1e3"


def response():
    d = Doc()
    d.p("VLAAMS PARLEMENT", "Logo")
    d.p("", "Rule")
    d.p("SCHRIFTELIJKE VRAAG", "Caps")
    d.p("nr. 812")
    d.p("van **MARIEKE VERSTRAETE**")
    d.p("datum: 3 maart 2026")
    d.p("aan **ANNELIES DE BRUYCKER**\n**VLAAMS MINISTER VAN MOBILITEIT EN OPENBARE WERKEN**")
    d.p("", "Rule")
    d.p("**Toegankelijkheid openbaar vervoer \u2013 Aanbevelingen Unia**")
    d.p("Op 17 februari 2026 publiceerde Unia het rapport \u2018Instappen zonder drempels\u2019 over de "
        "toegankelijkheid van bus en tram in Vlaanderen. Unia ontving in 2024 en 2025 samen 186 meldingen, bijna het "
        "dubbele van de periode daarvoor. Minder dan de helft van de haltes zou volledig toegankelijk zijn. Unia vraagt "
        "onder meer een bindend plan voor de haltes, het afschaffen van de aanvraagtermijn van 24 uur voor "
        "assistentie en een onafhankelijk meldpunt.")
    d.p("Voor veel mensen met een beperking is de bus de enige manier om zelfstandig naar het werk, de dokter of de "
        "winkel te gaan. Ik had hierover dan ook graag de volgende vragen gesteld.")
    qs = ["Wat is uw algemene reactie op de vaststellingen van Unia? Herkent u het beeld dat Unia schetst?",
          "Bent u bereid om een bindend toegankelijkheidsplan voor de haltes op te stellen? Welk percentage van de "
          "haltes is vandaag volledig toegankelijk, per vervoerregio?",
          "Zal De Lijn de termijn van 24 uur voor het aanvragen van assistentie afschaffen? Hoe worden de chauffeurs "
          "vandaag opgeleid om reizigers met een handicap te helpen?",
          "Hoe staat u tegenover het voorstel van Unia om een onafhankelijk meldpunt op te richten?",
          "Hoeveel bussen en trams reden in 2025 met een defecte oprijplaat? Hoe wordt dat opgevolgd?",
          "Welke rol ziet u voor de vervoerregio\u2019s in de toegankelijkheid van de Hoppinpunten?",
          "Hoeveel middelen zijn er in 2026 voorzien voor de toegankelijkheid van haltes en voertuigen?"]
    for i, q in enumerate(qs, 1):
        d.li(f"{i}.", q, "Ans")
    d.p("", "PB")
    d.p("**ANNELIES DE BRUYCKER**\n**VLAAMS MINISTER VAN MOBILITEIT EN OPENBARE WERKEN**")
    d.p("", "Rule")
    d.p("ANTWOORD", "Caps")
    d.p("op vraag nr. 812 van 3 maart 2026\nvan **MARIEKE VERSTRAETE**")
    d.p("", "Rule")
    ans = [
        "Ik heb het rapport van Unia met veel aandacht gelezen. Het maakt duidelijk dat wie met een beperking de bus "
        "of de tram neemt, nog te vaak op hindernissen botst. Tegelijk wil ik erop wijzen dat er vooruitgang is "
        "geboekt: in 2019 was 31 procent van de haltes volledig toegankelijk, vandaag is dat 46 procent. Op 24 maart "
        "2026 heb ik het rapport besproken met de directeur-generaal van De Lijn en met vertegenwoordigers van Unia.",
        "Een bindend plan met jaarlijkse tussendoelen vind ik een goed instrument. Het Departement Mobiliteit en "
        "Openbare Werken werkt samen met de vervoerregio\u2019s een toegankelijkheidsplan uit dat ik dit najaar aan "
        "de Vlaamse Regering voorleg. Het streefcijfer van 80 procent neem ik over. De termijn niet: de aanpassing "
        "van een halte hangt meestal samen met de heraanleg van de weg, en veel gemeenten plannen die werken pas na "
        "2030. Ik kies daarom voor 2035 als einddatum. Het percentage toegankelijke haltes per vervoerregio vindt u "
        "in de bijlage.",
        "De Lijn brengt de termijn voor het aanvragen van assistentie op 1 september 2026 terug van 24 uur naar 3 uur "
        "vooraf, zoals bij de trein. Een volledige afschaffing is op dit moment niet haalbaar: assistentie vraagt "
        "vaak een tweede medewerker of een aangepast voertuig, en die moeten vooraf worden ingepland. De Lijn "
        "evalueert de nieuwe termijn na een jaar.",
        "Wat de opleiding betreft, volgt De Lijn de aanbeveling van Unia volledig. Vanaf oktober 2026 volgen alle "
        "chauffeurs een verplichte opleiding van een dag, die De Lijn samen met ervaringsdeskundigen heeft "
        "ontwikkeld. De opleiding wordt om de drie jaar herhaald en maakt voortaan deel uit van de basisopleiding.",
        "Ik ben geen voorstander van een bijkomend meldpunt. Reizigers kunnen vandaag terecht bij de klantendienst "
        "van De Lijn, die elke klacht binnen veertien dagen moet beantwoorden. Wie met dat antwoord niet tevreden is, "
        "kan zich wenden tot de Vlaamse Ombudsdienst, en bij discriminatie tot Unia zelf. Een nieuw meldpunt zou die "
        "kanalen niet versterken, maar de reiziger nog een loket meer opleveren. Wel vraag ik De Lijn om de klachten "
        "van reizigers met een handicap voortaan apart te registreren en daarover jaarlijks te rapporteren.",
        "In 2025 registreerde De Lijn 312 meldingen van een defecte oprijplaat, op een vloot van ongeveer 2.300 "
        "bussen en 400 trams. Ik deel de vaststelling van Unia dat een oprijplaat die niet werkt of niet wordt "
        "uitgeklapt, onaanvaardbaar is. Sinds januari 2026 hoort de oprijplaat bij de vertrekcontrole van elk "
        "voertuig, en een voertuig met een defecte oprijplaat rijdt niet uit. De Lijn heeft de chauffeurs er "
        "bovendien met een dienstnota aan herinnerd dat zij de oprijplaat bij elke vraag uitklappen.",
        "De Hoppinpunten worden ingericht door de gemeenten, binnen de afspraken die in de vervoerregioraad worden "
        "gemaakt. Het is aan de vervoerregio\u2019s om te bepalen hoe zij de toegankelijkheid van de Hoppinpunten en "
        "van het vervoer op maat in hun regionaal mobiliteitsplan opnemen. Ik heb de aanbeveling van Unia aan de "
        "voorzitters van de vijftien vervoerregioraden bezorgd.",
        "In de begroting 2026 is 14,2 miljoen euro voorzien voor de toegankelijke heraanleg van haltes, bovenop de "
        "middelen van de gemeenten en van het Agentschap Wegen en Verkeer. De Lijn investeert daarnaast 6,8 miljoen "
        "euro in de aanpassing van voertuigen en in de reizigersinformatie aan boord.",
    ]
    labels = ["1.", "2.", "3.", "", "4.", "5.", "6.", "7."]
    for lab, a in zip(labels, ans):
        if lab:
            d.li(lab, a, "Ans")
        else:
            d.p(a, "AnsC")
    d.h3("Bijlage: volledig toegankelijke haltes per vervoerregio (1 januari 2026)")
    regs = [("Antwerpen", "52"), ("Aalst", "41"), ("Brugge", "47"), ("Gent", "55"), ("Hasselt-Genk", "44"),
            ("Kempen", "38"), ("Kortrijk", "43"), ("Leuven", "50"), ("Limburg", "36"), ("Mechelen", "49"),
            ("Midwest", "39"), ("Oostende", "45"), ("Rivierenland", "42"), ("Vlaamse Rand", "40"),
            ("Waasland", "48")]
    d.table([10.0, 6.0], [["**Vervoerregio**", "**Aandeel haltes volledig toegankelijk (%)**"]] +
            [[a, b] for a, b in regs] + [["**Vlaanderen**", "**46**"]], header=True)
    convert(d.xml("Schriftelijke vraag 812 Toegankelijkheid openbaar vervoer - Aanbevelingen Unia", "Vlaams "
                  "Parlement \u00b7 schriftelijke vraag nr. 812 van 3 maart 2026 \u00b7 zitting 2025-2026",
                  "", "Liberation Serif", GOLDEN, CREAM, size="10pt", ml=2.6, mr=2.6), NAME + "_response.pdf")


RECS = [
    ("01", "Maak een bindend toegankelijkheidsplan voor de haltes.", "Ik kies daarom voor 2035 als einddatum",
     "partly"),
    ("02", "Zorg ervoor dat elke oprijplaat werkt en ook wordt gebruikt.",
     "een voertuig met een defecte oprijplaat rijdt niet uit", "agrees"),
    ("03", "Schaf de aanvraagtermijn van 24 uur voor assistentie af.",
     "terug van 24 uur naar 3 uur vooraf", "partly"),
    ("04", "Geef alle chauffeurs een verplichte opleiding over reizigers met een handicap.",
     "volgt De Lijn de aanbeveling van Unia volledig", "agrees"),
    ("05", "Betrek de organisaties van personen met een handicap structureel bij", None, "unanswered"),
    ("06", "Maak elk Hoppinpunt toegankelijk, ook voor wie overstapt op",
     "Het is aan de vervoerregio\u2019s om te bepalen hoe zij", "noted"),
    ("07", "Richt een onafhankelijk meldpunt op voor reizigers met een handicap.",
     "Ik ben geen voorstander van een bijkomend meldpunt", "disagrees"),
]
UNMATCHED = ["heb ik het rapport besproken met de directeur-generaal van De Lijn",
             "is 14,2 miljoen euro voorzien voor de toegankelijke heraanleg van haltes"]
NOTES = ("Belgium/Flanders: Unia recommendation paper 2026/03 on the accessibility of bus and tram in Flanders "
         "(LibreOffice Writer from hand-written flat ODT, sans) answered by the Flemish minister of Mobility's answer "
         "to a written parliamentary question of the Vlaams Parlement (serif). Advice: page 1 without running header, "
         "a lilac title block; Samenvatting that counts the recommendations ('zeven aanbevelingen, vier aan de "
         "Vlaamse Regering en drie aan De Lijn'); Writer footnotes citing the 2013 cooperation agreement (artikel 3), "
         "the CRPD (article 9 in the text) and two Flemish decrees (artikel 16); a table of reports 2024/2025; a "
         "quoted report and a quoted Unia recommendation of 2019 ('Stel een meerjarenplan op ...', aanbeveling "
         "2019/11) resembling 01; a finding 'De Lijn zou de aanvraagtermijn ... moeten afstemmen'. The seven "
         "recommendations stand only in chapter 6, as a borderless two-column table: a large purple number '01'-'07' "
         "(the number as printed), then a bold imperative lead sentence, an explanation and a grey 'Aan: ...' line. "
         "Response: 'SCHRIFTELIJKE VRAAG nr. 812' (questioner, date, minister, title, a preamble that paraphrases "
         "three recommendations, questions 1.-7.), then on a new page 'ANTWOORD op vraag nr. 812', answers numbered "
         "1.-7. by QUESTION, not by recommendation: 1 general (answers nothing); 2 answers 01: the 80 percent target "
         "taken over but 2035 instead of 2032 (partly); 3 answers 03 (24 to 3 hours, not abolished: partly) and, in "
         "an unnumbered second paragraph, 04 ('volgt De Lijn de aanbeveling van Unia volledig': agrees); 4 answers 07 "
         "('Ik ben geen voorstander van een bijkomend meldpunt': disagrees, with a small gesture); 5 answers 02 "
         "(vehicles with a broken ramp stay in the depot: agrees); 6 answers 06 ('Het is aan de vervoerregio's om te "
         "bepalen', passed on to the chairs: noted); 7 (budget) answers nothing. 05 (participation of disability "
         "organisations) is neither asked about nor answered. A bijlage table lists accessible stops per region.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)
