"""Round 30 (nl): the final report of a Commissie van wijzen that evaluated the working methods of the Provinciale
Staten of an invented province, Zuiderwaard, answered by the Presidium's Statenvoorstel. Advice: a summary listing
the recommendations in short form, a quoted recommendation of the 2019 evaluation, findings 3.1-3.4 in a two-column
section, a numbered list of three 'dilemma's', then the seven recommendations A-G as rows of a ruled two-column
table (letter | bold recommendation + italic explanation) that breaks across a page. Response: a Statenvoorstel with
a registration table, numbered 'Beslispunten' 1-4, 'Aanleiding', then '3. Reactie op de aanbevelingen' with
sub-sections 3.1-3.5 in the order D, A+B, C, F, E (G unanswered), a financial table and planning that answer
nothing, and an 'Ontwerpbesluit' repeating the beslispunten. Engine: LibreOffice Writer headless from hand-written
flat ODT (.fodt), so the running header and 'pagina N van M' footer appear on every page."""
import os
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(__file__))
import _b30nl as B  # noqa: E402

NAME = "blind30_nl_statenvoorstel"
GREEN = "#2e6b30"

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
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.16cm" fo:line-height="130%"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt" fo:language="nl" fo:country="NL"
   fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="PL">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.1cm"
   fo:margin-bottom="1.1cm" fo:margin-left="2.3cm" fo:margin-right="2.3cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.5cm"
   fo:border-bottom="0.5pt solid {green}" fo:padding-bottom="0.1cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="Hd" style:family="paragraph"><style:text-properties fo:font-size="7.5pt" fo:color="#555555"/></style:style>
 <style:style style:name="Ft" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/>
  <style:text-properties fo:font-size="7.5pt" fo:color="#555555"/></style:style>
 <style:style style:name="Meta" style:family="paragraph"><style:text-properties fo:font-size="8pt" fo:color="#555555"/></style:style>
 <style:style style:name="T1" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.3cm" fo:line-height="115%"/>
  <style:text-properties fo:font-size="17pt" fo:font-weight="bold" fo:color="{green}"/></style:style>
 <style:style style:name="H2" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="11.5pt" fo:font-weight="bold" fo:color="{green}"/></style:style>
 <style:style style:name="H3" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Li" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.7cm" fo:text-indent="-0.5cm" fo:margin-bottom="0.08cm"/></style:style>
 <style:style style:name="Q" style:family="paragraph"><style:paragraph-properties fo:margin-left="1cm" fo:margin-right="1cm"/>
  <style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.08cm" fo:line-height="120%"/>
  <style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="CellL" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="14pt" fo:font-weight="bold" fo:color="#ffffff"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="G" style:family="text"><style:text-properties fo:font-weight="bold" fo:color="{green}"/></style:style>
 <style:style style:name="Tab" style:family="table"><style:table-properties style:width="16.4cm" table:align="left"
  fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"/></style:style>
 <style:style style:name="Cg" style:family="table-cell"><style:table-cell-properties fo:background-color="{green}"
  fo:padding="0.12cm" fo:border="0.5pt solid #9bb59c"/></style:style>
 <style:style style:name="Cw" style:family="table-cell"><style:table-cell-properties fo:padding="0.12cm"
  fo:border="0.5pt solid #9bb59c"/></style:style>
 <style:style style:name="Cs" style:family="table-cell"><style:table-cell-properties fo:padding="0.12cm"
  fo:background-color="#e4efe4" fo:border="0.5pt solid #9bb59c"/></style:style>
 <style:style style:name="Sec2" style:family="section"><style:section-properties>
  <style:columns fo:column-count="2" fo:column-gap="0.7cm"/></style:section-properties></style:style>
{colstyles}
 <style:style style:name="P1" style:family="paragraph" style:master-page-name="MP"/>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="MP" style:page-layout-name="PL">
  <style:header><text:p text:style-name="Hd">{header}</text:p></style:header>
  <style:footer><text:p text:style-name="Ft">{footer}pagina <text:page-number text:select-page="current">1</text:page-number> van <text:page-count>1</text:page-count></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
<text:p text:style-name="P1"/>
"""
TAIL = "</office:text></office:body></office:document>\n"


def inline(t):
    """**bold**, _italic_ and [[green bold]] in escaped text."""
    import re
    t = escape(t)
    t = re.sub(r"\*\*(.+?)\*\*", r'<text:span text:style-name="B">\1</text:span>', t)
    t = re.sub(r"\[\[(.+?)\]\]", r'<text:span text:style-name="G">\1</text:span>', t)
    t = re.sub(r"(?<![\w])_(.+?)_(?![\w])", r'<text:span text:style-name="I">\1</text:span>', t)
    return t.replace("\n", "<text:line-break/>")


class Doc:
    def __init__(self):
        self.parts = []
        self.cols = []
        self.ntab = 0

    def p(self, t, style="Standard"):
        self.parts.append(f'<text:p text:style-name="{style}">{inline(t)}</text:p>')

    def h2(self, t):
        self.p(t, "H2")

    def h3(self, t):
        self.p(t, "H3")

    def li(self, lab, t):
        self.parts.append(f'<text:p text:style-name="Li">{escape(lab)}<text:tab/>{inline(t)}</text:p>')

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
                ps = "".join(f'<text:p text:style-name="{ps_}">{inline(pt)}</text:p>'
                             for ps_, pt in ((pp if isinstance(pp, tuple) else ("Cell", pp)) for pp in paras))
                x.append(f'<table:table-cell table:style-name="{st}" office:value-type="string">{ps}'
                         f'</table:table-cell>')
            x.append("</table:table-row>")
            if header and ri == 0:
                x.append("</table:table-header-rows>")
        x.append("</table:table>")
        self.parts.append("".join(x))

    def section2(self, build):
        self.parts.append('<text:section text:style-name="Sec2" text:name="Twee">')
        build()
        self.parts.append("</text:section>")

    def xml(self, title, header, footer):
        return (HEAD.format(title=escape(title), header=escape(header), footer=escape(footer), green=GREEN,
                            colstyles="\n".join(self.cols))
                + "\n".join(self.parts) + TAIL)


def convert(xml, pdfname):
    tmp = tempfile.mkdtemp(prefix="b30nlsv")
    src = os.path.join(tmp, pdfname.replace(".pdf", ".fodt"))
    with open(src, "w", encoding="utf-8") as f:
        f.write(xml)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to", "pdf",
                    "--outdir", tmp, src], check=True, capture_output=True)
    shutil.copy(os.path.join(tmp, pdfname), B.out(pdfname))
    shutil.rmtree(tmp)


RECS_TXT = [
    ("A", "Vervang de vier vaste Statencommissies door twee commissies, één voor Ruimte en één voor Samenleving "
          "en Bestuur.",
     "Vier commissies vragen van kleine fracties dat zij op vier avonden per maand aanwezig zijn. Twee bredere "
     "commissies geven ruimte voor meer samenhang."),
    ("B", "Verplaats de Statenvergaderingen naar de avond, zodat Statenleden met een baan overdag minder verlof "
          "hoeven op te nemen.",
     "Van de Statenleden die een baan hebben, zegt twee derde dat het combineren moeilijk is."),
    ("C", "Verhoog de fractievergoeding met 25 procent per fractie, zodat ook kleine fracties een "
          "fractiemedewerker kunnen aanstellen.",
     "Fracties met één of twee zetels kunnen nu geen medewerker betalen en steunen volledig op vrijwilligers."),
    ("D", "Bied elk nieuw Statenlid binnen drie maanden na de installatie een verplicht inwerkprogramma aan, met "
          "een mentor uit een andere fractie.",
     "Nieuwe leden zeggen dat zij het eerste jaar vooral bezig waren met het leren kennen van procedures."),
    ("E", "Vraag Gedeputeerde Staten om het informatieprotocol zo aan te passen dat Statenleden technische vragen "
          "binnen tien werkdagen beantwoord krijgen.",
     "Technische vragen blijven nu gemiddeld 23 werkdagen liggen; het protocol noemt geen termijn."),
    ("F", "Stel een digitaal inwonerspanel in dat voor elke grote Statenbeslissing wordt geraadpleegd.",
     "Zo horen de Staten ook de inwoners die niet naar een inspreekavond komen."),
    ("G", "Laat de nieuwe werkwijze na twee jaar opnieuw evalueren door een externe commissie.",
     "Een nieuwe werkwijze heeft tijd nodig; een evaluatie na twee jaar voorkomt dat zij ongemerkt verwatert."),
]


def advice():
    d = Doc()
    d.p("Provinciale Staten van Zuiderwaard \u00b7 Eindrapport Commissie van wijzen \u00b7 januari 2026", "Meta")
    d.p("De Staten aan zet", "T1")
    d.p("Evaluatie van de werkwijze van Provinciale Staten 2023\u20132025, uitgevoerd in opdracht van Provinciale "
        "Staten (Statenbesluit PS2025-044 van 2 april 2025)", "Meta")
    d.h2("Samenvatting")
    d.p("Provinciale Staten van Zuiderwaard werken sinds 2023 met vier vaste commissies en een maandelijkse "
        "Statenvergadering op woensdagmiddag. De commissie stelt vast dat de Staten hun kaderstellende en "
        "controlerende rol goed willen vervullen, maar dat het vergaderritme zwaar is, vooral voor kleine fracties "
        "en voor leden met een baan. In het kort adviseert de commissie:")
    for lab, t in (("A", "twee commissies in plaats van vier;"), ("B", "vergaderen in de avond;"),
                   ("C", "meer geld voor fractieondersteuning;"), ("D", "een inwerkprogramma met mentor;"),
                   ("E", "snellere antwoorden op technische vragen;"), ("F", "een inwonerspanel;"),
                   ("G", "een nieuwe evaluatie na twee jaar.")):
        d.li(lab, t)
    d.p("De volledige tekst van de aanbevelingen staat in hoofdstuk 5.")
    d.h2("1 Opdracht en werkwijze")
    d.p("Op 2 april 2025 stelden Provinciale Staten een Commissie van wijzen in, bestaande uit mr. H.A. "
        "Bakhuizen-Tol (voorzitter, oud-burgemeester), prof. dr. R. Oudejans (hoogleraar bestuurskunde) en W. de "
        "Ruiter (oud-griffier van een andere provincie). De commissie sprak met alle fracties, met Gedeputeerde "
        "Staten, de griffie en de ambtelijke organisatie. Een enquête onder de 47 Statenleden werd door 39 leden "
        "ingevuld. Ook bezocht de commissie zes vergaderingen.")
    d.h2("2 Wat er sinds 2019 is veranderd")
    d.p("De vorige evaluatie, door de werkgroep-Van Dalen in 2019, deed acht aanbevelingen. De meeste daarvan zijn "
        "uitgevoerd. Eén aanbeveling kreeg nauwelijks vervolg. Die luidde:")
    d.p("\u2018Geef fracties meer tijd voor het voorbereiden van Statenvergaderingen door stukken ten minste drie "
        "weken vooraf te verspreiden.\u2019 (aanbeveling 4, evaluatie 2019)", "Q")
    d.p("In 2025 werden de stukken voor een Statenvergadering gemiddeld zestien dagen vooraf verspreid.")
    d.h2("3 Bevindingen")

    def bev():
        d.h3("3.1 Vergaderdruk")
        d.p("Een Statenlid besteedt gemiddeld 21 uur per week aan het Statenwerk; bij fracties met één zetel is "
            "dat 29 uur. In 2025 waren er 94 vergaderingen van commissies, werkgroepen en de Staten zelf. De "
            "commissie stelt vast dat vooral de vier commissievergaderingen per maand als zwaar worden ervaren.")
        d.h3("3.2 Combinatie met werk")
        d.p("Zeventig procent van de Statenleden heeft naast het Statenwerk een betaalde baan. Zij nemen voor de "
            "woensdagmiddag verlof op of werken die uren in het weekend in. Twee leden noemden dit als reden om in "
            "2027 niet opnieuw kandidaat te staan.")
        d.h3("3.3 Ondersteuning")
        d.p("De fractievergoeding bestaat uit een vaste voet van \u20ac 9.400 per fractie per jaar en \u20ac "
            "2.150 per zetel. Grote fracties hebben een fractiemedewerker; de vijf kleinste fracties niet. De "
            "griffie (elf fte) krijgt waardering, maar heeft weinig tijd voor inhoudelijke ondersteuning.")
        d.h3("3.4 Informatie van Gedeputeerde Staten")
        d.p("Het informatieprotocol tussen GS en PS dateert van 2016. Statenleden ontvangen veel informatie, maar "
            "vinden het lastig om snel antwoord te krijgen op een technische vraag. Ambtenaren wachten daarvoor op "
            "toestemming van de gedeputeerde.")
    d.section2(bev)
    d.h2("4 Drie dilemma\u2019s")
    d.p("Bij het opstellen van haar advies liep de commissie tegen drie dilemma\u2019s aan:")
    d.li("1.", "Meer debat of meer efficiency? Minder vergaderingen geven lucht, maar ook minder podium.")
    d.li("2.", "Gelijke behandeling of maatwerk? Kleine fracties hebben meer steun nodig, maar alle fracties "
               "hebben dezelfde taken.")
    d.li("3.", "Vertegenwoordigen of participeren? Inwoners betrekken kan de rol van het Statenlid versterken, "
               "maar ook uithollen.")
    d.p("De commissie heeft bij elk dilemma een keuze gemaakt, maar beseft dat Provinciale Staten daar anders over "
        "kunnen denken. Bij het eerste dilemma kiest zij voor minder, maar beter voorbereide vergaderingen. Bij het "
        "tweede kiest zij voor extra steun aan kleine fracties, omdat de democratische functie van een fractie niet "
        "afhangt van het aantal zetels. Bij het derde kiest zij voor een aanvullende rol van inwoners: het "
        "Statenlid blijft degene die beslist. In de gesprekken met de fracties bleken de meningen hierover sterk "
        "uiteen te lopen, ook binnen fracties.")
    d.h2("5 Aanbevelingen")
    d.p("Op grond van haar bevindingen doet de commissie Provinciale Staten de volgende zeven aanbevelingen. Bij "
        "elke aanbeveling staat een korte toelichting.")
    rows = [[[("CellL", lab)], [("Cell", f"**{txt}**"), ("Cell", f"_Toelichting: {expl}_")]]
            for lab, txt, expl in RECS_TXT]
    d.table([1.4, 15.0], rows, styles=[["Cg", "Cw"] for _ in rows])
    d.h2("6 Tot slot")
    d.p("De commissie dankt alle Statenleden, de griffie en de ambtelijke organisatie voor hun openheid. De "
        "commissie is graag bereid haar rapport in een informatiebijeenkomst toe te lichten.")
    d.p("Zuiderwaard, 19 januari 2026\nmr. H.A. Bakhuizen-Tol, voorzitter\nprof. dr. R. Oudejans\nW. de Ruiter")
    convert(d.xml("Eindrapport Commissie van wijzen De Staten aan zet", "Commissie van wijzen \u00b7 De Staten aan "
                  "zet \u00b7 evaluatie werkwijze Provinciale Staten Zuiderwaard", "Eindrapport januari 2026 \u00b7 "),
            NAME + "_advice.pdf")


def response():
    d = Doc()
    d.p("Provincie Zuiderwaard", "Meta")
    d.p("Statenvoorstel", "T1")
    d.table([5.0, 11.4], [
        ["**Registratienummer**", "PS2026-017"],
        ["**Datum voorstel**", "10 februari 2026"],
        ["**Indiener**", "Presidium van Provinciale Staten"],
        ["**Behandeling**", "Statencommissie Bestuur en Middelen, 4 maart 2026"],
        ["**Vergadering Provinciale Staten**", "18 maart 2026"],
        ["**Onderwerp**", "Vervolg op het eindrapport van de Commissie van wijzen \u2018De Staten aan zet\u2019"],
    ], styles=[["Cs", "Cw"]] * 6)
    d.h2("Beslispunten")
    d.li("1.", "Kennis te nemen van het eindrapport \u2018De Staten aan zet\u2019 van de Commissie van wijzen;")
    d.li("2.", "In te stemmen met de reactie van het Presidium op de aanbevelingen, zoals verwoord in paragraaf 3 "
               "van dit voorstel;")
    d.li("3.", "De griffier opdracht te geven vóór 1 juli 2026 een gewijzigd Reglement van orde voor te leggen;")
    d.li("4.", "Voor de uitvoering met ingang van 2027 een bedrag van \u20ac 64.500 per jaar beschikbaar te stellen "
               "en dit te verwerken in de begroting 2027.")
    d.h2("1. Aanleiding")
    d.p("Op 2 april 2025 hebben Provinciale Staten een Commissie van wijzen ingesteld om de werkwijze van de Staten "
        "te evalueren. De commissie heeft haar eindrapport op 19 januari 2026 aangeboden. Het Presidium heeft het "
        "rapport besproken in de fractievoorzittersraad van 27 januari en 3 februari 2026. Dit voorstel bevat de "
        "reactie van het Presidium op de zeven aanbevelingen.")
    d.h2("2. Beoogd effect")
    d.p("Een werkwijze die Statenleden in staat stelt hun rol goed te vervullen, ook als zij een baan hebben of tot "
        "een kleine fractie behoren.")
    d.h2("3. Reactie op de aanbevelingen")
    d.p("Het Presidium onderschrijft het beeld dat de commissie schetst. Het bespreekt de aanbevelingen hieronder "
        "niet in de volgorde van het rapport, maar begint met wat al in gang is gezet.")
    d.h3("3.1 Inwerkprogramma (aanbeveling D)")
    d.p("Het Presidium stelt voor deze aanbeveling over te nemen; zij is grotendeels al uitgevoerd. Sinds de "
        "installatie van drie nieuwe Statenleden in september 2025 volgt elk nieuw lid een inwerkprogramma van de "
        "griffie. Het koppelen van een mentor uit een andere fractie is daar vanaf nu een vast onderdeel van.")
    d.h3("3.2 Vergaderstructuur (aanbevelingen A en B)")
    d.p("Het Presidium neemt het advies over om het aantal commissies te verminderen. Vanaf september 2026 zijn er "
        "twee commissies: Ruimte, en Samenleving en Bestuur. De griffier verwerkt dit in het nieuwe Reglement van "
        "orde.")
    d.p("Het voorstel om de Statenvergadering naar de avond te verplaatsen, neemt het Presidium niet over. In de "
        "fractievoorzittersraad bleek een ruime meerderheid de vergadering overdag te willen houden, onder meer "
        "vanwege de reistijd in onze uitgestrekte provincie en de bereikbaarheid voor publiek met het openbaar "
        "vervoer. De commissievergaderingen vinden al in de avond plaats.")
    d.h3("3.3 Fractieondersteuning (aanbeveling C)")
    d.p("Het Presidium deelt de analyse dat kleine fracties moeite hebben het werk bij te houden. Een verhoging met "
        "een kwart gaat het Presidium echter te ver, omdat dit vooral de grote fracties ten goede komt. Het "
        "Presidium stelt voor de vaste voet per fractie met 10 procent te verhogen en daarnaast een gedeelde "
        "fractiemedewerker via de griffie beschikbaar te stellen voor fracties met één of twee zetels.")
    d.h3("3.4 Inwonerspanel (aanbeveling F)")
    d.p("Het Presidium ziet geen aanleiding om een eigen digitaal panel van de Staten op te richten. Gedeputeerde "
        "Staten beschikken al over het Zuiderwaards Peilpanel, en de participatie bij grote besluiten is geregeld "
        "in de Participatieverordening 2024. Statenleden kunnen via de griffie vragen in het Peilpanel laten "
        "opnemen.")
    d.h3("3.5 Informatie van Gedeputeerde Staten (aanbeveling E)")
    d.p("Deze aanbeveling gaat over de werkwijze van Gedeputeerde Staten, waarover het Presidium niet beslist. Het "
        "Presidium heeft de aanbeveling op 27 januari met de commissaris van de Koning besproken. GS zullen bezien "
        "of een termijn in het informatieprotocol kan worden opgenomen, en informeren de Staten daarover vóór het "
        "zomerreces.")
    d.h2("4. Financiële consequenties")
    d.p("De kosten zijn in de onderstaande tabel weergegeven. De kosten voor 2026 worden gedekt binnen het budget "
        "van de griffie.")
    d.table([9.4, 3.5, 3.5], [
        ["**Maatregel**", "**2026**", "**vanaf 2027**"],
        ["Verhoging vaste voet fractievergoeding", "\u2013", "\u20ac 13.200"],
        ["Gedeelde fractiemedewerker (0,6 fte)", "\u20ac 18.000", "\u20ac 43.800"],
        ["Inwerkprogramma en mentoraat", "\u20ac 4.500", "\u20ac 7.500"],
        ["**Totaal**", "**\u20ac 22.500**", "**\u20ac 64.500**"],
    ], header=True)
    d.h2("5. Planning")
    d.li("\u2013", "4 maart 2026: bespreking in de Statencommissie Bestuur en Middelen;")
    d.li("\u2013", "18 maart 2026: besluitvorming in Provinciale Staten;")
    d.li("\u2013", "juni 2026: gewijzigd Reglement van orde ter vaststelling aan de Staten;")
    d.li("\u2013", "september 2026: start van de nieuwe commissiestructuur.")
    d.p("Het Presidium van Provinciale Staten van Zuiderwaard,\nJ.M. van Oosterzee-Lamberts, voorzitter\n"
        "drs. P.K. Wijnbergen, griffier")
    d.h2("Ontwerpbesluit")
    d.p("Provinciale Staten van Zuiderwaard, gelezen het voorstel van het Presidium van 10 februari 2026, "
        "registratienummer PS2026-017;")
    d.p("**besluiten:**")
    d.li("1.", "kennis te nemen van het eindrapport van de Commissie van wijzen;")
    d.li("2.", "in te stemmen met de reactie van het Presidium op de aanbevelingen;")
    d.li("3.", "de griffier te vragen een gewijzigd Reglement van orde voor te bereiden;")
    d.li("4.", "de benodigde middelen te verwerken in de begroting 2027.")
    d.p("Aldus vastgesteld in de openbare vergadering van 18 maart 2026.\nDe griffier,            De voorzitter,")
    convert(d.xml("Statenvoorstel PS2026-017", "Provincie Zuiderwaard \u00b7 Statenvoorstel PS2026-017 \u00b7 "
                  "Vervolg rapport Commissie van wijzen", ""), NAME + "_response.pdf")


RECS = [
    ("A", "Vervang de vier vaste Statencommissies door twee commissies", "neemt het advies over om het aantal "
     "commissies te verminderen", "agrees"),
    ("B", "Verplaats de Statenvergaderingen naar de avond, zodat Statenleden met", "Het voorstel om de "
     "Statenvergadering naar de avond te verplaatsen", "disagrees"),
    ("C", "Verhoog de fractievergoeding met 25 procent per fractie, zodat", "Een verhoging met een kwart gaat het "
     "Presidium echter te ver", "partly"),
    ("D", "Bied elk nieuw Statenlid binnen drie maanden na de installatie", "volgt elk nieuw lid een "
     "inwerkprogramma van de griffie", "agrees"),
    ("E", "Vraag Gedeputeerde Staten om het informatieprotocol zo aan te passen", "de aanbeveling op 27 januari met de "
     "commissaris van de Koning besproken", "noted"),
    ("F", "Stel een digitaal inwonerspanel in dat voor elke grote Statenbeslissing", "ziet geen aanleiding om een "
     "eigen digitaal panel", "disagrees"),
    ("G", "Laat de nieuwe werkwijze na twee jaar opnieuw evalueren", None, "unanswered"),
]
UNMATCHED = ["gelezen het voorstel van het Presidium van 10 februari 2026",
             "worden gedekt binnen het budget van de griffie",
             "september 2026: start van de nieuwe commissiestructuur"]
NOTES = ("Provincial Commissie van wijzen evaluation (LibreOffice Writer from hand-written flat ODT, header and "
         "'pagina N van M' on every page) answered by the Presidium's Statenvoorstel. Advice: a Samenvatting that "
         "lists the recommendations A-G in short form (hanging letters), a quoted recommendation of the 2019 "
         "evaluation ('aanbeveling 4, evaluatie 2019'), 'De commissie stelt vast' findings 3.1-3.4 in a two-column "
         "section, a numbered list of three 'dilemma's' phrased as questions, then '5 Aanbevelingen' as a ruled "
         "two-column table (white letter on a green cell | bold recommendation + italic 'Toelichting') that breaks "
         "across the page; the full text is in the table only. Response: Statenvoorstel with a registration table, "
         "numbered 'Beslispunten' 1.-4. (one of them 'in te stemmen met de reactie van het Presidium op de "
         "aanbevelingen', no verdicts), 'Aanleiding', 'Beoogd effect', then '3. Reactie op de aanbevelingen' with "
         "numbered sub-sections citing the letters in brackets, order D, A+B, C, F, E: D 'stelt voor ... over te "
         "nemen; grotendeels al uitgevoerd' (agrees), A 'neemt het advies over' and B 'neemt het Presidium niet "
         "over' in one section (two verdicts), C 'deelt de analyse ... gaat echter te ver', 10 instead of 25 "
         "percent (partly), F 'ziet geen aanleiding' (disagrees), E matter for GS, discussed with the CdK, 'GS "
         "zullen bezien' (noted). G (new evaluation) is not answered. 'Financiële consequenties' with a cost table, "
         "'Planning' dash list and an 'Ontwerpbesluit' repeating the beslispunten answer nothing.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)
