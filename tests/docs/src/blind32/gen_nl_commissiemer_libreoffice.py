"""Round 32 (nl): an (invented) toetsingsadvies of the Commissie voor de milieueffectrapportage (Commissie m.e.r.)
on the environmental impact report (MER) for a dike reinforcement of an invented water board, Waterschap Lingedelta,
answered by the dagelijks bestuur's proposal to the algemeen bestuur ('Voorstel aan het algemeen bestuur', a
decision note with Voorgesteld besluit / Inleiding / Beoogd effect / Argumenten / Kanttekeningen / Financien /
Communicatie). Advice: first page without running header, a tinted title block with date and project number, a
summary that already says 'De Commissie adviseert ... in een aanvulling' in plain text, a quoted recommendation of the
Commissie's earlier scoping advice, a footnote citing Annex IV of Directive 2011/92/EU, chapter 2 'essentiele
tekortkomingen' and chapter 3 'aanbevelingen'; the seven recommendations are UNNUMBERED bold paragraphs with a
coloured left rule, one with two dash sub-points (numbered 1..7 in document order); annex table with project
data and the working group. Response: decision note; its own argument numbering 3.1-3.5 answers in the order 2,
4+6 (one section, two verdicts), 3, 5, 1; 7 (greenhouse gases) unanswered; argument 1 (zienswijzen),
'Kanttekeningen', 'Financien' (table) and 'Communicatie' answer nothing. Engine: LibreOffice Writer headless from
a hand-written flat ODT (.fodt): first-page master without header, header and 'pagina N van M' on later pages,
real footnotes."""
import os
import re
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(__file__))
import _b32nl as B  # noqa: E402

NAME = "blind32_nl_commissiemer"

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
    tmp = tempfile.mkdtemp(prefix="b32nlmer")
    src = os.path.join(tmp, pdfname.replace(".pdf", ".fodt"))
    with open(src, "w", encoding="utf-8") as f:
        f.write(xml)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to", "pdf",
                    "--outdir", tmp, src], check=True, capture_output=True)
    shutil.copy(os.path.join(tmp, pdfname), B.out(pdfname))
    shutil.rmtree(tmp)


GREEN = "#1f6f5c"
MINT = "#e4f0ec"


def advice():
    d = Doc()
    d.p("Commissie voor de milieueffectrapportage", "Logo")
    d.p("Postbus 2345 \u00b7 3500 GH Utrecht \u00b7 Catharijnesingel 30 \u00b7 Utrecht", "Meta")
    d.p("")
    d.p("[[Toetsingsadvies over het milieueffectrapport]]\n"
        "**Dijkversterking Hemmerden\u2013Waalzijde**\n"
        "Waterschap Lingedelta\n\n27 januari 2026 / projectnummer 3719", "Band")
    d.h2("Samenvatting")
    d.p("Waterschap Lingedelta wil de Waaldijk tussen Hemmerden en Waalzijde over een lengte van 11,4 kilometer "
        "versterken, zodat de dijk tot 2075 voldoet aan de wettelijke norm voor waterveiligheid. Voor het "
        "projectbesluit is een milieueffectrapport (MER) opgesteld. Het algemeen bestuur van het waterschap heeft "
        "de Commissie voor de milieueffectrapportage (de Commissie) gevraagd het MER te toetsen.")
    d.p("De Commissie is positief over de manier waarop het MER de opgave en de varianten per dijkvak beschrijft. "
        "De kaarten en de effectentabellen zijn helder. Wel ontbreekt nog informatie die essentieel is voor het "
        "besluit. Het gaat om een alternatief voor het dijkvak bij Hemmerden waarbij de woningen achter de dijk "
        "kunnen blijven staan, en om de stikstofdepositie tijdens de aanleg. De Commissie adviseert deze informatie "
        "in een aanvulling op het MER te geven, voordat het waterschap een besluit neemt.")
    d.p("Daarnaast doet de Commissie in hoofdstuk 3 aanbevelingen voor het projectbesluit en de uitvoering. Die "
        "hoeven niet in een aanvulling te worden uitgewerkt.")
    d.h2("1 Oordeel over het MER")
    d.h3("1.1 Het voornemen")
    d.p("De dijk tussen Hemmerden en Waalzijde is in de landelijke beoordeling van 2023 afgekeurd op "
        "piping en stabiliteit. Het project maakt deel uit van het Hoogwaterbeschermingsprogramma. Het MER "
        "onderzoekt per dijkvak drie varianten: een binnenwaartse versterking, een buitenwaartse (rivierwaartse) "
        "versterking en een versterking met een damwand. In het voorkeursalternatief wordt de dijk over 9,0 "
        "kilometer binnenwaarts versterkt en over 2,4 kilometer met een damwand. In dijkvak 4 bij Hemmerden moeten "
        "daarvoor 17 woningen worden gesloopt.")
    d.h3("1.2 Het oordeel van de Commissie")
    d.p("Een MER moet de redelijke alternatieven beschrijven die de initiatiefnemer heeft onderzocht, en de "
        "belangrijkste redenen voor de gemaakte keuze.[^Richtlijn 2011/92/EU, zoals gewijzigd bij richtlijn "
        "2014/52/EU, bijlage IV, punt 2. Zie ook het advies van de Commissie over reikwijdte en detailniveau van 14 "
        "mei 2024, projectnummer 3719, paragraaf 3.2.] Voor het grootste deel van het traject doet het MER dat "
        "goed. Voor dijkvak 4 en voor de stikstofdepositie is de informatie echter onvolledig. De Commissie "
        "beschouwt dit als essenti\u00eble tekortkomingen: zonder deze informatie kan het milieubelang niet volwaardig "
        "worden meegewogen.")
    d.p("In haar advies over reikwijdte en detailniveau schreef de Commissie al:")
    d.p("\u2018Onderzoek voor dijkvak 4 ook een variant die de bebouwing achter de dijk zoveel mogelijk ontziet, en "
        "maak de afweging tussen de varianten navolgbaar.\u2019", "Q")
    d.p("Het MER noemt die variant, maar werkt haar niet uit.")
    d.h2("2 Essentiële tekortkomingen")
    d.h3("2.1 Een alternatief voor dijkvak 4 bij Hemmerden")
    d.p("In dijkvak 4 staan 17 woningen direct achter de dijk, waaronder de rijksmonumentale boerderij De Hoge Hof "
        "uit 1742. Het MER stelt dat een rivierwaartse versterking hier niet mogelijk is, omdat de uiterwaard deel "
        "uitmaakt van het Natura 2000-gebied Rijntakken en omdat de versterking de waterstand bij hoogwater zou "
        "verhogen. Het MER onderbouwt dat niet met berekeningen. Uit de gegevens van het waterschap blijkt dat de "
        "uiterwaard ter hoogte van Hemmerden ruim 600 meter breed is; een beperkte rivierwaartse verschuiving lijkt "
        "de Commissie daarom niet op voorhand uitgesloten.")
    d.p("De Commissie adviseert om in een aanvulling op het MER een alternatief voor dijkvak 4 uit te werken "
        "waarbij de dijk rivierwaarts wordt versterkt, en daarvan de gevolgen voor de woningen, de "
        "rivierwaterstanden en de natuur in de uiterwaard te beschrijven.", "Rec")
    d.h3("2.2 Stikstofdepositie tijdens de aanleg")
    d.p("De aanleg duurt naar verwachting vier jaar. Het MER berekent de stikstofdepositie met een verouderde versie "
        "van AERIUS Calculator en neemt het bouwverkeer op de openbare wegen buiten het werkterrein niet mee. Sinds "
        "de uitspraak van de Raad van State van 2 november 2022 over de bouwvrijstelling moet de depositie in de "
        "aanlegfase volledig worden beoordeeld.[^ABRvS 2 november 2022, ECLI:NL:RVS:2022:3159.] Op 300 meter van de "
        "dijk liggen stikstofgevoelige stroomdalgraslanden en glanshaverhooilanden.")
    d.p("De Commissie adviseert de stikstofdepositie tijdens de aanleg opnieuw te berekenen met de actuele versie "
        "van AERIUS Calculator, inclusief het bouwverkeer van en naar de dijk, en de gevolgen voor de "
        "stikstofgevoelige habitats in de Rijntakken te beoordelen.", "Rec")
    d.h2("3 Aanbevelingen voor het besluit en de uitvoering")
    d.h3("3.1 Natuur op en langs de dijk")
    d.p("Op het buitentalud van de dijk groeit over 3,4 hectare soortenrijk stroomdalgrasland, dat deel uitmaakt van "
        "het Natuurnetwerk Nederland. Het MER stelt voor dit grasland na oplevering op het nieuwe talud terug te "
        "brengen. Daardoor is het leefgebied van onder meer de kleine parelmoervlinder vier tot zes jaar lang "
        "kleiner dan nu.")
    d.p("De Commissie adviseert het verlies aan stroomdalgrasland te compenseren voordat de werkzaamheden in het "
        "betreffende dijkvak beginnen, en niet pas na oplevering.", "Rec")
    d.h3("3.2 Trillingen en zettingen")
    d.p("Binnen 50 meter van het werkterrein staan ongeveer 230 gebouwen, veel op staal gefundeerd. Het MER "
        "verwacht bij het trillen van damwanden geen schade, maar baseert dit op een bureaustudie zonder metingen in "
        "de ondergrond. Bij vergelijkbare projecten langs de Waal is wel schade ontstaan.")
    d.p("De Commissie adviseert om voor alle panden binnen 50 meter van de werkzaamheden een bouwkundige vooropname "
        "te laten maken en een meetplan voor trillingen op te stellen.", "Rec")
    d.h3("3.3 Landschap en cultuurhistorie")
    d.p("De Waaldijk is een van de oudste dijken van het rivierengebied. Het slingerende tracé, de wielen en de "
        "dijkhuizen op en langs de dijk zijn kenmerkend. Het MER beschrijft deze waarden goed, maar laat niet zien "
        "hoe ze na de versterking herkenbaar blijven.")
    d.p("De Commissie adviseert in het projectbesluit te laten zien hoe het historische karakter van de dijk "
        "behouden blijft, met in ieder geval:", "RecK")
    d.li("\u2013", "visualisaties vanaf de dijk en vanuit de polder, voor en na de versterking;", "RLi")
    d.li("\u2013", "een beschrijving van de manier waarop de wielen en de dijkhuizen worden ingepast.", "RLi")
    d.h3("3.4 Grondwater en kwel")
    d.p("Het MER verwacht dat de kwel in de polder achter de dijk niet toeneemt. Een damwand kan de "
        "grondwaterstroming echter veranderen. De onzekerheid daarover is groot, zoals het MER zelf erkent: de "
        "berekeningen gaan uit van een homogene ondergrond, terwijl de boringen zandbanen laten zien.")
    d.p("De Commissie adviseert een evaluatieprogramma op te stellen waarin de kwel en de grondwaterstanden in de "
        "polder tot vijf jaar na oplevering worden gemeten, met afspraken over maatregelen als de effecten groter "
        "zijn dan voorspeld.", "Rec")
    d.h3("3.5 Klimaat en materialen")
    d.p("Het waterschap wil in 2040 klimaatneutraal werken. Het MER vergelijkt de varianten niet op de uitstoot van "
        "broeikasgassen, terwijl een damwand van staal en een versterking met klei uit de regio op dit punt sterk "
        "kunnen verschillen.")
    d.p("De Commissie adviseert de uitstoot van broeikasgassen bij aanleg en onderhoud per variant te vergelijken en "
        "mee te wegen bij de uitwerking van het voorkeursalternatief.", "Rec")
    d.h2("Bijlage 1 Projectgegevens")
    d.table([4.3, 11.7], [
        ["**Initiatiefnemer**", "dagelijks bestuur van Waterschap Lingedelta"],
        ["**Bevoegd gezag**", "algemeen bestuur van Waterschap Lingedelta"],
        ["**Besluit**", "projectbesluit op grond van afdeling 5.2 van de Omgevingswet"],
        ["**Procedure**", "MER en ontwerp-projectbesluit ter inzage van 4 november tot en met 15 december 2025; "
                          "46 zienswijzen, door het bevoegd gezag aan de Commissie doorgestuurd"],
        ["**Werkgroep**", "ir. M.J. van Oostrum (voorzitter), dr. K.A. Bakker, ir. R.F. Smits, "
                          "drs. E. de Waal (secretaris)"],
        ["**Werkwijze**", "locatiebezoek op 18 november 2025; toetsing aan de wettelijke eisen en aan het advies "
                          "over reikwijdte en detailniveau"],
    ])
    convert(d.xml("Toetsingsadvies Dijkversterking Hemmerden-Waalzijde (3719)", "Commissie m.e.r. \u00b7 "
                  "Dijkversterking Hemmerden\u2013Waalzijde \u00b7 toetsingsadvies \u00b7 projectnummer 3719",
                  "", "Liberation Serif", GREEN, MINT), NAME + "_advice.pdf")


BLUE = "#1b4f8a"
PALEB = "#e6eef7"


def response():
    d = Doc()
    d.p("Waterschap Lingedelta", "Logo")
    d.p("Voorstel aan het algemeen bestuur", "T1")
    rows = [
        ["**Vergadering algemeen bestuur**", "25 maart 2026", "**Agendapunt**", "7"],
        ["**Registratienummer**", "2026.01844", "**Datum voorstel**", "3 maart 2026"],
        ["**Portefeuillehouder**", "heemraad A.J. Verwoerd", "**Commissie**", "Water en Veiligheid, 11 maart 2026"],
        ["**Onderwerp**", "Vaststelling projectbesluit Dijkversterking Hemmerden\u2013Waalzijde", "**Bijlagen**",
         "4"],
    ]
    d.table([4.0, 5.2, 2.8, 4.0], rows, styles=[["Ct", "Cg", "Ct", "Cg"]] * 4)
    d.h2("Voorgesteld besluit")
    d.li("1.", "Het projectbesluit Dijkversterking Hemmerden\u2013Waalzijde vast te stellen, inclusief het "
               "milieueffectrapport en de aanvulling daarop van 20 februari 2026 (bijlagen 1 en 2).")
    d.li("2.", "In te stemmen met de reactie op het toetsingsadvies van de Commissie voor de milieueffectrapportage, "
               "zoals beschreven onder argument 3 van dit voorstel.")
    d.li("3.", "In te stemmen met de Nota van beantwoording zienswijzen (bijlage 3).")
    d.h2("Inleiding")
    d.p("De Waaldijk tussen Hemmerden en Waalzijde voldoet niet aan de wettelijke norm. Op 4 november 2025 heeft het "
        "dagelijks bestuur het ontwerp-projectbesluit met het milieueffectrapport (MER) ter inzage gelegd. Het "
        "algemeen bestuur heeft de Commissie voor de milieueffectrapportage om een toetsingsadvies gevraagd. Dat "
        "advies is op 27 januari 2026 uitgebracht.[^Commissie voor de milieueffectrapportage, Dijkversterking "
        "Hemmerden\u2013Waalzijde. Toetsingsadvies over het milieueffectrapport, 27 januari 2026, projectnummer "
        "3719 (bijlage 4).] Met dit voorstel legt het dagelijks bestuur het projectbesluit ter vaststelling aan u "
        "voor.")
    d.h2("Beoogd effect")
    d.p("Een dijk die tot 2075 voldoet aan de norm voor waterveiligheid, zorgvuldig ingepast in het landschap en met "
        "zo min mogelijk hinder voor de omgeving.")
    d.h2("Argumenten")
    d.h3("1. Het projectbesluit is zorgvuldig voorbereid")
    d.p("Het ontwerp is in vier jaar tot stand gekomen, met elf bewonersavonden en een klankbordgroep per dijkvak. "
        "Op het ontwerp-projectbesluit zijn 46 zienswijzen ingediend. Deze hebben op negen punten tot een aanpassing "
        "van het besluit geleid; de Nota van beantwoording zienswijzen licht dat per zienswijze toe.")
    d.h3("2. Het MER is op het punt van stikstof aangevuld")
    d.p("De Commissie oordeelde dat het MER op twee punten essenti\u00eble informatie miste. Op \u00e9\u00e9n punt "
        "heeft het dagelijks bestuur het MER laten aanvullen; op het andere punt kiest het dagelijks bestuur een "
        "andere lijn dan de Commissie. Dat lichten wij hieronder toe.")
    d.h3("3. Reactie op het toetsingsadvies")
    d.p("**3.1 Stikstof.** De aanvulling van 20 februari 2026 bevat een nieuwe berekening met AERIUS Calculator "
        "2025, waarin ook het bouwverkeer op de openbare wegen is meegenomen. De hoogste tijdelijke depositie op "
        "stikstofgevoelige habitats bedraagt 0,41 mol per hectare per jaar. De passende beoordeling is daarop "
        "aangepast. Wij nemen dit advies daarmee volledig over.")
    d.p("**3.2 Monitoring tijdens en na de uitvoering.** Bouwkundige vooropnames en trillingsmetingen horen bij "
        "elke dijkversterking van Lingedelta tot de standaardaanpak. De aannemer laat voor elk gebouw binnen 50 "
        "meter een vooropname maken, en het meetplan trillingen maakt deel uit van het contract. Op dit punt "
        "hoeft het besluit dus niet te worden aangepast.")
    d.p("Het advies over de monitoring van kwel en grondwater nemen wij gedeeltelijk over. Wij meten de kwel en de "
        "grondwaterstanden op twintig plaatsen in de polder, maar tot drie jaar na oplevering in plaats van vijf. "
        "Alleen als de metingen dan nog afwijken van de verwachting, zetten wij de monitoring voort. Het "
        "maatregelenkader is opgenomen in artikel 9 van het projectbesluit.")
    d.p("**3.3 Natuurcompensatie.** Wij delen het doel om het verlies aan stroomdalgrasland zo kort mogelijk te laten "
        "duren. Voor 2,1 hectare kan het nieuwe grasland al in 2026 in de uiterwaard bij Waalzijde worden aangelegd, "
        "voordat het werk begint. De overige 1,3 hectare komt terug op het nieuwe dijktalud zelf en kan pas na "
        "oplevering worden ingezaaid, met maaisel uit de directe omgeving.")
    d.p("**3.4 Landschap en cultuurhistorie.** De beeldkwaliteit van de dijkzone wordt uitgewerkt in het "
        "beeldkwaliteitsplan dat de gemeente West-Lingewaard samen met de provincie opstelt. Wij hebben de "
        "aanbeveling van de Commissie aan de gemeente doorgegeven. Het waterschap zal de uitwerking volgen zodra het "
        "beeldkwaliteitsplan is vastgesteld.")
    d.p("**3.5 Dijkvak 4 Hemmerden.** Het dagelijks bestuur ziet geen aanleiding om een rivierwaarts alternatief "
        "voor dijkvak 4 alsnog uit te werken. Dit alternatief is in de verkenning (2021\u20132022) onderzocht en "
        "afgevallen, omdat het ruim zes hectare Natura 2000-gebied kost en de waterstand bij maatgevend hoogwater "
        "met 3 centimeter verhoogt. Rijkswaterstaat heeft laten weten zo\u2019n verhoging niet toelaatbaar te "
        "achten. Die afweging staat nu ook in hoofdstuk 2 van de aanvulling. Met de bewoners van de 17 woningen zijn "
        "afspraken gemaakt; 13 van hen hebben hun woning inmiddels aan het waterschap verkocht.")
    d.h2("Kanttekeningen")
    d.p("Tegen het projectbesluit staat beroep open bij de Afdeling bestuursrechtspraak van de Raad van State. De "
        "Vereniging Dorpsbelang Hemmerden heeft aangekondigd beroep in te stellen tegen de keuze voor dijkvak 4. "
        "Een beroep schorst de uitvoering niet, tenzij de voorzieningenrechter anders beslist.")
    d.h2("Financiën")
    d.table([9.0, 3.5, 3.5], [
        ["{{Kostenpost}}", "{{Bedrag (mln. euro)}}", "{{Dekking}}"],
        ["Voorbereiding en ontwerp", "11,2", "HWBP 90%"],
        ["Realisatie", "121,4", "HWBP 90%"],
        ["Grondverwerving en schadevergoeding", "16,0", "HWBP 90%"],
        ["**Totaal**", "**148,6**", ""],
    ], header=True)
    d.p("Het Hoogwaterbeschermingsprogramma vergoedt 90 procent van de kosten. De eigen bijdrage van het "
        "waterschap van 14,9 miljoen euro is opgenomen in de meerjarenbegroting 2026\u20132029.")
    d.h2("Communicatie")
    d.p("Na vaststelling wordt het projectbesluit bekendgemaakt in het Waterschapsblad en ligt het zes weken ter "
        "inzage. Alle indieners van een zienswijze krijgen persoonlijk bericht.")
    d.p("Het dagelijks bestuur van Waterschap Lingedelta,\n\nde secretaris-directeur,"
        "                              de dijkgraaf,\nmr. drs. L.M. Hoekstra                              "
        "ir. G.J. van Wijk")
    convert(d.xml("Voorstel AB 25 maart 2026 agendapunt 7 projectbesluit Hemmerden-Waalzijde", "Waterschap "
                  "Lingedelta \u00b7 algemeen bestuur 25 maart 2026 \u00b7 agendapunt 7 \u00b7 2026.01844",
                  "2026.01844 \u00b7 ", "Liberation Sans", BLUE, PALEB, size="9.5pt", ml=2.3, mr=2.3),
            NAME + "_response.pdf")


RECS = [
    ("1", "De Commissie adviseert om in een aanvulling op het MER",
     "ziet geen aanleiding om een rivierwaarts alternatief voor dijkvak 4", "disagrees"),
    ("2", "De Commissie adviseert de stikstofdepositie tijdens de aanleg opnieuw te berekenen",
     "Wij nemen dit advies daarmee volledig over", "agrees"),
    ("3", "De Commissie adviseert het verlies aan stroomdalgrasland te compenseren voordat",
     "De overige 1,3 hectare komt terug op het nieuwe dijktalud", "partly"),
    ("4", "De Commissie adviseert om voor alle panden binnen 50 meter",
     "horen bij elke dijkversterking van Lingedelta tot de standaardaanpak", "agrees"),
    ("5", "De Commissie adviseert in het projectbesluit te laten zien hoe",
     "Wij hebben de aanbeveling van de Commissie aan de gemeente doorgegeven", "noted"),
    ("6", "De Commissie adviseert een evaluatieprogramma op te stellen waarin de kwel",
     "tot drie jaar na oplevering in plaats van vijf", "partly"),
    ("7", "De Commissie adviseert de uitstoot van broeikasgassen bij aanleg en onderhoud", None, "unanswered"),
]
UNMATCHED = ["Het ontwerp is in vier jaar tot stand gekomen",
             "Vereniging Dorpsbelang Hemmerden heeft aangekondigd beroep in te stellen",
             "De eigen bijdrage van het waterschap van 14,9 miljoen euro",
             "Alle indieners van een zienswijze krijgen persoonlijk bericht"]
NOTES = ("Commissie m.e.r. toetsingsadvies on the environmental impact report of a water board's dike reinforcement "
         "(LibreOffice Writer from hand-written flat ODT, serif) answered by the dagelijks bestuur's decision note "
         "'Voorstel aan het algemeen bestuur' (sans). Advice: first page without running header, a tinted title "
         "block (date, 'projectnummer 3719'); the summary already says 'De Commissie adviseert deze informatie in "
         "een aanvulling op het MER te geven' in plain text (a summary of recommendations 1-2, not a "
         "recommendation of its own); 'Een MER moet ...' with a footnote on Annex IV of Directive 2011/92/EU; a "
         "quoted recommendation of the earlier scoping advice ('Onderzoek voor dijkvak 4 ook een variant ...') "
         "resembling 1; a footnote with an ECLI; chapter 2 'Essentiele tekortkomingen' (1-2) and chapter 3 "
         "'Aanbevelingen voor het besluit en de uitvoering' (3-7). The recommendations are UNNUMBERED bold "
         "paragraphs 'De Commissie adviseert ...' with a green left rule, numbered 1..7 in document order; 5 ends "
         "in two dash sub-points. Annex table with project data and working group. Response: registration table, "
         "'Voorgesteld besluit' 1-3, 'Inleiding' (footnote), 'Beoogd effect', 'Argumenten' 1-3; argument 3 has "
         "run-in bold subsections 3.1-3.5 by theme, order 2, 4+6, 3, 5, 1: 3.1 stikstof 'nemen dit advies daarmee "
         "volledig over' (agrees); 3.2 ONE section on monitoring: 4 pre-surveys and vibration plan are standard "
         "practice already (agrees) and, in its second paragraph, 6 'nemen wij gedeeltelijk over' three instead of "
         "five years (partly); 3.3 2.1 of 3.4 ha compensated before the works, the rest after (partly); 3.4 "
         "referred to the municipality's beeldkwaliteitsplan, 'aan de gemeente doorgegeven' (noted); 3.5 'ziet geen "
         "aanleiding om ... alsnog uit te werken' (disagrees, though the reasoning was added to the supplement). 7 "
         "(greenhouse gases) is not answered. Argument 1 (zienswijzen), argument 2 (a lead-in), 'Kanttekeningen' "
         "(appeal), 'Financien' (cost table) and 'Communicatie' answer nothing. The numbers 3.1-3.5 in the response "
         "are the note's own; the advice also has sections 3.1-3.5 with other contents (only 3.2 overlaps in part).")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)
