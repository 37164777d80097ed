"""Round 34 (nl, Rijk/zbo): an (invented) legislative advice of the Autoriteit Persoonsgegevens (AP) to the
staatssecretaris of SZW on a draft bill extending early debt signalling (consultation under artikel 36, vierde lid,
AVG), answered in the MEMORIE VAN TOELICHTING of the bill as submitted to the Tweede Kamer (Kamerstuk 36 914, nr. 3),
paragraph 6.2 'Autoriteit persoonsgegevens'. Advice: AP letterhead with an address block and a meta table, a
'Samenvatting' that repeats the points in other words and ends in the AP's overall dictum ('adviseert de procedure
niet voort te zetten, tenzij ...', not a recommendation), footnotes (AVG, HvJ EU, Kamerstukken), an earlier AP
advice of 2020 quoted, findings with 'eist' and 'zou ... moeten', and seven UNNUMBERED 'De AP adviseert ...'
sentences at the end of sections 1-7 (numbered 1..7 in document order); the closing 'Openbaarmaking' paragraph is
not a recommendation. Response: Kamerstuk layout (first-page title block, running header 'Tweede Kamer, vergaderjaar
2025-2026, 36 914, nr. 3' and page numbers), chapters 1-7 of the general part, of which only 6.2 answers the AP, by
theme in the order 2, 3, 1, 4+7 (one paragraph, two verdicts), 6; 5 (a new DPIA) is unanswered although paragraph 3
discusses privacy. 6.1 internetconsultatie, 6.3 ATR and 7 (entry into force, mentions the evaluation article)
answer nothing. Engine: LibreOffice Writer headless from a hand-written flat ODT (.fodt) with real footnotes."""
import os
import re
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(__file__))
import _b34nl as B  # noqa: E402

NAME = "blind34_nl_ap_wetgeving"

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
    tmp = tempfile.mkdtemp(prefix="b34nlap")
    src = os.path.join(tmp, pdfname.replace(".pdf", ".fodt"))
    with open(src, "w", encoding="utf-8") as f:
        f.write(xml)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to", "pdf",
                    "--outdir", tmp, src], check=True, capture_output=True)
    shutil.copy(os.path.join(tmp, pdfname), B.out(pdfname))
    shutil.rmtree(tmp)


AP_BLUE = "#1f4e79"
AP_BAND = "#eaf1f8"
KAMER = "#333333"


def advice():
    d = Doc()
    d.p("[[Autoriteit Persoonsgegevens]]", "Logo")
    d.p("Postbus 93374, 2509 AJ Den Haag\nHoge Nieuwstraat 8, 2514 EL Den Haag\nT 070 8888 500 \u2013 "
        "autoriteitpersoonsgegevens.nl", "Meta")
    d.p("")
    d.p("De Staatssecretaris van Sociale Zaken en Werkgelegenheid\nmevrouw drs. E.M. Verhagen-Smit\nPostbus 90801\n"
        "2509 LV  Den Haag".replace("  ", " "))
    d.p("")
    d.table([3.2, 12.8], [
        ["Datum", "9 april 2026"],
        ["Ons kenmerk", "z2026-00871"],
        ["Uw brief van", "12 februari 2026"],
        ["Uw kenmerk", "2026-0000031447"],
        ["Contactpersoon", "mr. L. Haverkamp"],
        ["Onderwerp", "**Advies over het concept voor de Wet verbreding vroegsignalering**"],
    ], styles=[["Cn", "Cn"]] * 6)
    d.p("Geachte mevrouw Verhagen-Smit,")
    d.p("Bij brief van 12 februari 2026 is de Autoriteit Persoonsgegevens (AP) op grond van artikel 36, vierde lid, "
        "van de Algemene verordening gegevensbescherming (AVG)[^Verordening (EU) 2016/679 van het Europees Parlement "
        "en de Raad van 27 april 2016 (Algemene verordening gegevensbescherming), PbEU 2016, L 119.] geraadpleegd over "
        "het concept voor het wetsvoorstel tot wijziging van de Wet gemeentelijke schuldhulpverlening in verband met "
        "de verbreding van de vroegsignalering van betalingsachterstanden (hierna: het concept).")
    d.h2("Samenvatting")
    d.p("Het concept verplicht telecomaanbieders, hypotheekverstrekkers en gemeentelijke belastingdiensten om "
        "betalingsachterstanden van hun klanten te melden aan het college van burgemeester en wethouders, zodat de "
        "gemeente vroegtijdig hulp kan aanbieden. De AP onderschrijft het doel van het concept: inwoners met "
        "beginnende schulden eerder bereiken. Wel heeft de AP op een aantal punten bezwaar. Zo is niet aangetoond dat "
        "de verbreding naar telecomaanbieders noodzakelijk is, zijn de te verstrekken gegevens niet in de wet zelf "
        "afgebakend en is de bewaartermijn van twaalf maanden niet onderbouwd. Daarnaast maakt de AP opmerkingen over "
        "het gebruik van het burgerservicenummer, de gegevensbeschermingseffectbeoordeling, de evaluatie en de "
        "informatie aan betrokkenen.")
    d.p("**Strekking.** De AP heeft bezwaar tegen het concept en adviseert de procedure niet voort te zetten, tenzij "
        "het bezwaar is weggenomen.", "Box")
    d.h2("Strekking van het concept")
    d.p("Sinds 1 januari 2021 melden energieleveranciers, drinkwaterbedrijven, woningverhuurders en "
        "zorgverzekeraars betalingsachterstanden aan de gemeente.[^Artikel 4a van de Wet gemeentelijke "
        "schuldhulpverlening en het Besluit gemeentelijke schuldhulpverlening, Stb. 2020, 362.] Het concept voegt "
        "daar drie categorie\u00ebn melders aan toe. Een melding bevat in elk geval naam, adres, geboortedatum en de "
        "hoogte van de achterstand. Het college mag de gegevens gebruiken om de betrokkene een hulpaanbod te doen en "
        "bewaart ze ten hoogste twaalf maanden. Welke gegevens verder worden gemeld, wordt bij ministeri\u00eble "
        "regeling bepaald.")
    d.h2("Advies")
    d.h3("1. Noodzaak van de verbreding naar telecomaanbieders")
    d.p("Artikel 5, eerste lid, onder c, van de AVG eist dat niet meer persoonsgegevens worden verwerkt dan nodig "
        "is voor het doel. Volgens de toelichting blijkt uit een pilot in drie gemeenten dat een achterstand bij een "
        "telecomaanbieder \u2018vaak een vroeg signaal\u2019 is. De toelichting noemt echter geen cijfers over het "
        "aantal meldingen dat tot hulp leidde, en maakt niet duidelijk waarom de bestaande melders onvoldoende zicht "
        "geven. De wetgever zou de noodzaak van een nieuwe categorie melders aan de hand van zulke gegevens moeten "
        "aantonen. De AP adviseert in de toelichting dragend te motiveren waarom de verbreding naar "
        "telecomaanbieders noodzakelijk is, en deze verbreding anders te schrappen.")
    d.h3("2. Afbakening van de gegevens")
    d.p("Op grond van artikel 6, derde lid, AVG moet de wettelijke grondslag voor een verwerking duidelijk en "
        "nauwkeurig zijn. Het Hof van Justitie heeft geoordeeld dat de regeling zelf de reikwijdte en de voorwaarden "
        "van de verwerking moet bepalen.[^HvJ EU 1 augustus 2022, C-184/20, ECLI:EU:C:2022:601, punt 69 en 70.] Het "
        "concept laat de keuze welke gegevens naast de basisgegevens worden gemeld over aan een ministeri\u00eble "
        "regeling. Dat betekent dat de kern van de inbreuk op de persoonlijke levenssfeer niet door de formele "
        "wetgever wordt bepaald. De AP adviseert de categorie\u00ebn van gegevens die de melders verstrekken "
        "uitputtend in de wet zelf op te nemen.")
    d.h3("3. Bewaartermijn")
    d.p("Het college mag een melding twaalf maanden bewaren, ook als de betrokkene niet reageert op het hulpaanbod. "
        "De toelichting onderbouwt die termijn niet. De AP merkt op dat zij al in haar advies over de huidige "
        "regeling adviseerde \u2018de bewaartermijn te beperken tot wat voor het doel strikt noodzakelijk "
        "is\u2019.[^Advies AP van 6 maart 2020, z2020-02114, onderdeel 4.] Een inwoner die een hulpaanbod afslaat, "
        "mag er in beginsel op rekenen dat de gemeente zijn gegevens niet langer dan nodig vasthoudt. De AP "
        "adviseert de bewaartermijn voor meldingen waarop de betrokkene niet reageert te beperken tot zes "
        "maanden.")
    d.h3("4. Gebruik van het burgerservicenummer")
    d.p("Volgens het concept vermelden de melders het burgerservicenummer (BSN) van de betrokkene, zodat de melding "
        "bij de juiste gemeente terechtkomt. Telecomaanbieders en hypotheekverstrekkers zijn geen overheidsorganen "
        "en verwerken het BSN nu niet of alleen voor een wettelijke fiscale plicht. De AP adviseert in het concept "
        "te bepalen dat melders het burgerservicenummer alleen gebruiken om de melding aan het juiste college te "
        "richten, en niet voor eigen doeleinden.")
    d.h3("5. Gegevensbeschermingseffectbeoordeling")
    d.p("Bij het concept is de gegevensbeschermingseffectbeoordeling (DPIA) gevoegd die in 2019 voor de huidige "
        "regeling is uitgevoerd. Die DPIA gaat niet in op de risico\u2019s van meldingen door telecomaanbieders en "
        "hypotheekverstrekkers, zoals het grotere aantal meldingen per huishouden. De AP adviseert een "
        "geactualiseerde DPIA uit te voeren die ook de nieuwe melders omvat, en de uitkomsten daarvan in de "
        "toelichting te verwerken.")
    d.h3("6. Evaluatie")
    d.p("De toelichting vermeldt dat de werking van de vroegsignalering \u2018in de reguliere monitor\u2019 wordt "
        "gevolgd. Het concept bevat geen evaluatiebepaling. Gezien de omvang van de nieuwe verwerkingen acht de AP "
        "een wettelijk verankerde evaluatie aangewezen. De AP adviseert een evaluatiebepaling op te nemen waarin de "
        "doeltreffendheid en de gevolgen voor de persoonlijke levenssfeer binnen drie jaar na inwerkingtreding "
        "worden onderzocht.")
    d.h3("7. Informatie aan betrokkenen")
    d.p("Een inwoner die door de gemeente wordt benaderd, weet vaak niet hoe de gemeente van zijn achterstand weet. "
        "Dat kan het vertrouwen in het hulpaanbod schaden. De artikelen 13 en 14 AVG bevatten algemene "
        "informatieplichten, maar zeggen niets over het moment waarop. De AP adviseert te waarborgen dat betrokkenen "
        "bij het eerste contact schriftelijk worden ge\u00efnformeerd over de herkomst van de gegevens en de "
        "bewaartermijn.")
    d.h2("Openbaarmaking van het advies")
    d.p("De AP is voornemens dit advies niet eerder dan na vier weken openbaar te maken op haar website. Behoudens "
        "tegenbericht gaat zij ervan uit dat er geen bezwaar bestaat tegen openbaarmaking.")
    d.p("Hoogachtend,\nAutoriteit Persoonsgegevens,")
    d.p("\n\nmr. A.J. Kooistra\nbestuurslid")
    return d.xml("Advies over het concept voor de Wet verbreding vroegsignalering", "Autoriteit Persoonsgegevens",
                 "Ons kenmerk z2026-00871 \u2013 ", "Liberation Sans", AP_BLUE, AP_BAND, size="9.6pt")


def response():
    d = Doc()
    d.p("**Tweede Kamer der Staten-Generaal**", "Caps")
    d.p("Vergaderjaar 2025\u20132026", "Meta")
    d.p("", "Rule")
    d.table([2.4, 13.6], [
        ["**36 914**", "**Wijziging van de Wet gemeentelijke schuldhulpverlening in verband met de verbreding van de "
                       "vroegsignalering van betalingsachterstanden (Wet verbreding vroegsignalering)**"],
        ["**Nr. 3**", "**MEMORIE VAN TOELICHTING**"],
    ], styles=[["Cn", "Cn"]] * 2)
    d.p("", "Rule")
    d.p("**I. ALGEMEEN**", "H2")
    d.h3("1. Inleiding")
    d.p("Dit wetsvoorstel breidt de vroegsignalering van schulden uit. Gemeenten krijgen sinds 2021 meldingen van "
        "vaste-lastenpartners als een inwoner een betalingsachterstand heeft. In 2025 leidden ruim 310.000 meldingen "
        "tot een hulpaanbod. Het wetsvoorstel voegt telecomaanbieders, hypotheekverstrekkers en gemeentelijke "
        "belastingdiensten toe aan de kring van melders. Het doel is dat inwoners met beginnende schulden eerder in "
        "beeld komen, v\u00f3\u00f3r zij met incasso\u2019s en beslagen te maken krijgen.")
    d.h3("2. Hoofdlijnen van het wetsvoorstel")
    d.p("De nieuwe melders melden een achterstand van ten minste \u20ac 100 die niet binnen 45 dagen na de "
        "vervaldatum is betaald. Het college gebruikt de melding uitsluitend om de inwoner een hulpaanbod te doen. "
        "Paragraaf 2.3 gaat in op de keuze voor telecomaanbieders: uit de pilot in Zaanvliet, Heerdam en Oost-Brabant "
        "bleek dat 38 procent van de huishoudens met een telecomachterstand bij geen van de bestaande melders in "
        "beeld was, en dat 61 procent van hen het hulpaanbod aannam.")
    d.h3("3. Verhouding tot de AVG")
    d.p("Het wetsvoorstel vormt de grondslag voor de verstrekking van persoonsgegevens door de melders en voor de "
        "verwerking daarvan door het college (artikel 6, eerste lid, onder c en e, AVG). De verwerking dient een "
        "gewichtig algemeen belang: het voorkomen van problematische schulden en de maatschappelijke kosten "
        "daarvan.[^Zie ook Kamerstukken II 2019/20, 35 316, nr. 3, p. 12.] De inbreuk op de persoonlijke "
        "levenssfeer is beperkt: er worden alleen contactgegevens en de hoogte van de achterstand gemeld, en de "
        "inwoner is vrij het hulpaanbod te weigeren.")
    d.h3("4. Uitvoering")
    d.p("De meldingen lopen via het bestaande Vroegsignaleringsplatform van Inlichtingenbureau. Gemeenten hebben "
        "aangegeven dat de uitbreiding leidt tot naar schatting 20 procent meer meldingen.")
    d.h3("5. Financi\u00eble gevolgen")
    d.p("Gemeenten ontvangen via het Gemeentefonds structureel \u20ac 14,5 miljoen voor de extra meldingen en "
        "hulpaanbiedingen. De kosten van aansluiting op het platform voor de nieuwe melders komen voor hun eigen "
        "rekening.")
    d.h3("6. Advies en consultatie")
    d.p("**6.1 Internetconsultatie**", "H3")
    d.p("Het concept is van 2 februari tot en met 16 maart 2026 opengesteld voor internetconsultatie. Er kwamen "
        "41 reacties binnen, waarvan 23 openbaar. Verschillende schuldhulporganisaties wezen erop dat de "
        "drempel van \u20ac 100 voor telecom te laag is; die drempel is gehandhaafd omdat juist kleine achterstanden "
        "een vroeg signaal geven.")
    d.p("**6.2 Autoriteit persoonsgegevens**", "H3")
    d.p("De Autoriteit persoonsgegevens (AP) heeft op 9 april 2026 over het concept geadviseerd.[^Advies AP van 9 "
        "april 2026, z2026-00871, te raadplegen via autoriteitpersoonsgegevens.nl.] Het advies heeft op "
        "verschillende punten tot aanpassing van het wetsvoorstel en de toelichting geleid. Hieronder wordt per "
        "onderwerp ingegaan op het advies.")
    d.p("_Afbakening van de gegevens._ De AP adviseerde de te verstrekken gegevens in de wet zelf op te nemen. Aan "
        "dit advies is gedeeltelijk gevolg gegeven. Artikel 4b, tweede lid, somt nu de categorie\u00ebn gegevens "
        "uitputtend op. De technische specificatie van die gegevens, zoals het berichtformaat, blijft bij "
        "ministeri\u00eble regeling geregeld, omdat die vaak moet worden aangepast.")
    d.p("_Bewaartermijn._ Het advies om de bewaartermijn te verkorten tot zes maanden is niet overgenomen. Uit de "
        "monitor blijkt dat een kwart van de inwoners pas na de tweede of derde melding ingaat op het hulpaanbod. "
        "Om die herhaalde meldingen met elkaar te kunnen verbinden, is een termijn van twaalf maanden nodig. De "
        "toelichting is op dit punt aangevuld (paragraaf 3).")
    d.p("_Noodzaak van de verbreding naar telecomaanbieders._ Naar aanleiding van het advies is de noodzaak van "
        "meldingen door telecomaanbieders uitvoeriger onderbouwd met de uitkomsten van de pilot; zie paragraaf 2.3. "
        "De regering is van oordeel dat deze verbreding daarmee voldoende is gemotiveerd.")
    d.p("_Burgerservicenummer en informatie aan inwoners._ De AP vroeg te regelen dat melders het BSN alleen "
        "gebruiken om de melding te adresseren. Het wetsvoorstel voorzag hier al in: artikel 4b, vijfde lid, "
        "beperkt het gebruik van het BSN tot het doen van de melding. Dat is in de toelichting nu uitdrukkelijk "
        "vermeld. Het advies van de AP om vast te leggen dat inwoners bij het eerste contact schriftelijk worden "
        "ge\u00efnformeerd, heeft de regering voor kennisgeving aangenomen. Hoe gemeenten hun inwoners informeren, "
        "laat de regering aan de colleges; de VNG neemt het punt mee in de handreiking vroegsignalering.")
    d.p("_Evaluatie._ Het advies om een evaluatiebepaling op te nemen is overgenomen, zij het met een langere "
        "termijn dan de AP voorstelde. Artikel IV bepaalt dat binnen vijf jaar na inwerkingtreding een verslag over "
        "de doeltreffendheid en de effecten in de praktijk aan de Staten-Generaal wordt gezonden. Een kortere termijn "
        "biedt te weinig zicht op het effect op de schuldenproblematiek.")
    d.p("**6.3 Adviescollege toetsing regeldruk**", "H3")
    d.p("Het Adviescollege toetsing regeldruk (ATR) heeft op 2 april 2026 geadviseerd het wetsvoorstel in te dienen "
        "nadat met zijn adviespunten rekening is gehouden. Op verzoek van het ATR is de berekening van de "
        "aansluitkosten voor kleine telecomaanbieders herzien; die bedragen nu gemiddeld \u20ac 3.200 eenmalig.")
    d.h3("7. Inwerkingtreding en evaluatie")
    d.p("De wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip, naar verwachting 1 juli 2027, "
        "zodat melders en gemeenten een half jaar hebben om zich voor te bereiden. Het nieuwe artikel IV regelt de "
        "wettelijke evaluatie van deze wet.")
    d.p("**II. ARTIKELSGEWIJS**", "H2")
    d.p("**Artikel I, onderdeel A (artikel 4b)**", "H3")
    d.p("Het eerste lid wijst de nieuwe melders aan. Het tweede lid bevat de limitatieve opsomming van de gegevens "
        "die zij verstrekken. Het vijfde lid regelt het doel waarvoor melders het BSN mogen gebruiken.")
    d.p("**Artikel IV**", "H3")
    d.p("Dit artikel bevat de evaluatiebepaling; zie paragraaf 6.2 van het algemeen deel.")
    d.p("")
    d.p("De Staatssecretaris van Sociale Zaken en Werkgelegenheid,\n\nE.M. Verhagen-Smit")
    return d.xml("Kamerstuk 36 914, nr. 3 \u2013 Memorie van toelichting",
                 "Tweede Kamer, vergaderjaar 2025\u20132026, 36 914, nr. 3", "", "Liberation Serif", KAMER,
                 "#f2f2f2", size="10pt", ml=3.0, mr=3.0)


RECS = [
    ("1", "De AP adviseert in de toelichting dragend te motiveren waarom",
     "de noodzaak van meldingen door telecomaanbieders uitvoeriger onderbouwd", "agrees"),
    ("2", "De AP adviseert de categorie\u00ebn van gegevens die de melders",
     "Aan dit advies is gedeeltelijk gevolg gegeven", "partly"),
    ("3", "De AP adviseert de bewaartermijn voor meldingen waarop de betrokkene",
     "Om die herhaalde meldingen met elkaar te kunnen verbinden", "disagrees"),
    ("4", "De AP adviseert in het concept te bepalen dat melders",
     "Het wetsvoorstel voorzag hier al in", "agrees"),
    ("5", "De AP adviseert een geactualiseerde DPIA uit te voeren", None, "unanswered"),
    ("6", "De AP adviseert een evaluatiebepaling op te nemen waarin de",
     "zij het met een langere termijn dan de AP voorstelde", "partly"),
    ("7", "De AP adviseert te waarborgen dat betrokkenen bij het eerste contact",
     "heeft de regering voor kennisgeving aangenomen", "noted"),
]
UNMATCHED = [
    "Er kwamen 41 reacties binnen, waarvan 23 openbaar",
    "geadviseerd het wetsvoorstel in te dienen nadat met zijn adviespunten",
    "naar verwachting 1 juli 2027",
]
NOTES = ("Round 34 (nl). Advice: an invented AP legislative advice (z2026-00871) to the staatssecretaris of SZW "
         "(LibreOffice .fodt, sans, letterhead, meta table, footnotes). Seven UNNUMBERED 'De AP adviseert ...' "
         "sentences close sections 1-7 of 'Advies' and are numbered 1-7 in document order. Traps: the Samenvatting "
         "paraphrases the points; the boxed 'Strekking' ('adviseert de procedure niet voort te zetten, tenzij het "
         "bezwaar is weggenomen') is the overall dictum, not a recommendation; 'eist', 'moet' and 'zou ... moeten "
         "aantonen' are findings; the 2020 AP advice is quoted in 3; 'Openbaarmaking' is not a recommendation. "
         "Response: memorie van toelichting, Kamerstuk 36 914 nr. 3 (serif, running header). Only 6.2 answers the "
         "AP, by italic run-in theme in the order 2 (partly: categories in the law, technical specification by "
         "regulation), 3 (disagrees: twelve months kept), 1 (agrees: motivation added), 4 (agrees: already in "
         "artikel 4b, vijfde lid) + 7 (noted: 'voor kennisgeving aangenomen', left to the colleges/VNG) in ONE "
         "paragraph, 6 (partly: five years instead of three). 5 (new DPIA) is not answered. Chapters 1-5, 6.1 "
         "internetconsultatie, 6.3 ATR, 7 and the artikelsgewijze toelichting answer nothing.")


if __name__ == "__main__":
    convert(advice(), NAME + "_advice.pdf")
    convert(response(), NAME + "_response.pdf")
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)
