"""Round 31 (nl): the management letter of the external auditor (invented firm Van Riemsdijk Accountants) after the
interim audit 2025 of an invented municipality, Brakeldonk, answered by the college's raadsinformatiebrief. Advice:
letter head with kenmerk, a footnote, a summary table listing the six codes 2025-01 .. 2025-06 with subject and
priority only, a bulleted list of positive observations, then per finding a numbered section '4.N Subject (code)'
with run-in labels 'Bevinding', 'Risico' and 'Aanbeveling 2025-0N' (numbers are the codes), and a ruled table of
EARLIER recommendations (2022-04 .. 2024-03, quoted in full with a status 'Opgevolgd / Deels opgevolgd / Niet
opgevolgd') whose header row repeats over the page break. Response: raadsinformatiebrief with a registration
table, 'Aanleiding' and 'Kernboodschap', replies under subject headings without codes in the order 02, 01, 03+06
(one section, two verdicts, 'De tweede aanbeveling' referring to 06 by position), 04; 05 unanswered; sections on
the earlier recommendations, the costs (small table) and the follow-up answer nothing. Engine: LibreOffice Writer
headless from a hand-written flat ODT (.fodt): header and 'pagina N van M' footer on every page, real footnotes."""
import os
import re
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(__file__))
import _b31nl as B  # noqa: E402

NAME = "blind31_nl_managementletter"
ACC = "#8a3b12"

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
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.17cm" fo:line-height="128%"/>
  <style:text-properties style:font-name="{font}" fo:font-size="10pt" fo:language="nl" fo:country="NL"
   fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Footnote" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.05cm"
  fo:line-height="115%"/><style:text-properties fo:font-size="7.5pt"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="PL">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.0cm"
   fo:margin-bottom="1.0cm" fo:margin-left="2.4cm" fo:margin-right="2.4cm">
   <style:footnote-sep style:width="0.02cm" style:distance-before-sep="0.15cm" style:distance-after-sep="0.1cm"
    style:adjustment="left" style:rel-width="30%" style:color="#777777"/>
  </style:page-layout-properties>
  <style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.5cm"
   fo:border-bottom="0.5pt solid {acc}" fo:padding-bottom="0.1cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="Hd" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans"
  fo:font-size="7.5pt" fo:color="#555555"/></style:style>
 <style:style style:name="Ft" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="7.5pt" fo:color="#555555"/></style:style>
 <style:style style:name="Meta" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans"
  fo:font-size="8pt" fo:color="#555555"/></style:style>
 <style:style style:name="Logo" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.05cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="15pt" fo:font-weight="bold"
  fo:color="{acc}"/></style:style>
 <style:style style:name="T1" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm"
  fo:margin-bottom="0.3cm" fo:line-height="115%"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="16pt" fo:font-weight="bold"
  fo:color="{acc}"/></style:style>
 <style:style style:name="H2" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.45cm"
  fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="11.5pt" fo:font-weight="bold"
  fo:color="{acc}"/></style:style>
 <style:style style:name="H3" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm"
  fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Li" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.7cm"
  fo:text-indent="-0.5cm" fo:margin-bottom="0.08cm"/></style:style>
 <style:style style:name="Rec" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.4cm"
  fo:padding="0.15cm" fo:border-left="2.5pt solid {acc}" fo:background-color="#f7efe9"/></style:style>
 <style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.06cm"
  fo:line-height="118%"/><style:text-properties fo:font-size="8.8pt"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="A" style:family="text"><style:text-properties fo:font-weight="bold" fo:color="{acc}"/>
 </style:style>
 <style:style style:name="Tab" style:family="table"><style:table-properties style:width="16.2cm" table:align="left"
  fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"/></style:style>
 <style:style style:name="Cw" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm"
  fo:border="0.5pt solid #c9a995"/></style:style>
 <style:style style:name="Cn" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm"
  fo:border="none"/></style:style>
 <style:style style:name="Cs" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm"
  fo:background-color="#ecd9cc" fo:border="0.5pt solid #c9a995"/></style:style>
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


class Doc:
    def __init__(self):
        self.parts = []
        self.cols = []
        self.ntab = 0
        self.nfn = 0

    def inline(self, t):
        """**bold**, _italic_, [[accent bold]] and [^footnote text] in plain text."""
        notes = []

        def keep(m):
            notes.append(m.group(1))
            return f"\u0001{len(notes) - 1}\u0001"
        t = re.sub(r"\[\^(.+?)\]", keep, t)
        t = escape(t)
        t = re.sub(r"\*\*(.+?)\*\*", r'<text:span text:style-name="B">\1</text:span>', t)
        t = re.sub(r"\[\[(.+?)\]\]", r'<text:span text:style-name="A">\1</text:span>', t)
        t = re.sub(r"(?<![\w])_(.+?)_(?![\w])", r'<text:span text:style-name="I">\1</text:span>', t)

        def note(m):
            self.nfn += 1
            body = escape(notes[int(m.group(1))])
            return (f'<text:note text:id="ftn{self.nfn}" text:note-class="footnote"><text:note-citation>{self.nfn}'
                    f'</text:note-citation><text:note-body><text:p text:style-name="Footnote">{body}</text:p>'
                    f'</text:note-body></text:note>')
        t = re.sub("\u0001(\\d+)\u0001", note, t)
        return t.replace("\n", "<text:line-break/>")

    def p(self, t, style="Standard"):
        self.parts.append(f'<text:p text:style-name="{style}">{self.inline(t)}</text:p>')

    def h2(self, t):
        self.p(t, "H2")

    def h3(self, t):
        self.p(t, "H3")

    def li(self, lab, t):
        self.parts.append(f'<text:p text:style-name="Li">{escape(lab)}<text:tab/>{self.inline(t)}</text:p>')

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

    def xml(self, title, header, footer, font):
        return (HEAD.format(title=escape(title), header=escape(header), footer=escape(footer), acc=ACC, font=font,
                            colstyles="\n".join(self.cols))
                + "\n".join(self.parts) + TAIL)


def convert(xml, pdfname):
    tmp = tempfile.mkdtemp(prefix="b31nlml")
    src = os.path.join(tmp, pdfname.replace(".pdf", ".fodt"))
    with open(src, "w", encoding="utf-8") as f:
        f.write(xml)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to", "pdf",
                    "--outdir", tmp, src], check=True, capture_output=True)
    shutil.copy(os.path.join(tmp, pdfname), B.out(pdfname))
    shutil.rmtree(tmp)


FINDINGS = [
    ("2025-01", "Contractbeheer en aanbestedingen",
     "Bij 7 van de 40 onderzochte inkopen boven 50.000 euro kon de afdeling Inkoop niet aantonen dat de Europese "
     "aanbestedingsregels zijn gevolgd. In vier gevallen ging het om contracten die stilzwijgend waren verlengd. Een "
     "centraal overzicht van contracten, looptijden en verlengingsopties ontbreekt; elke afdeling houdt een eigen "
     "lijst bij.",
     "Onrechtmatige uitgaven die tot een fout in de rechtmatigheidsverantwoording leiden, en contracten die "
     "ongemerkt doorlopen.",
     "Wij bevelen aan om een centraal contractenregister in te richten waarin alle contracten boven 50.000 euro "
     "worden vastgelegd, met looptijd, verlengingsopties en een signaal zes maanden voor de einddatum."),
    ("2025-02", "Rechtmatigheid maatwerkvoorzieningen sociaal domein",
     "De gemeente betaalde in 2025 tot en met september 31,4 miljoen euro aan zorgaanbieders voor Wmo- en "
     "jeugdvoorzieningen. De afdeling Sociaal Domein controleert of er een geldige beschikking is, maar niet of de "
     "gefactureerde zorg ook werkelijk is geleverd. Bij de interim-controle waren voor deze lasten nog geen "
     "materiële controles uitgevoerd.",
     "Betalingen voor zorg die niet of niet volledig is geleverd. Gezien de omvang van deze lasten kan dit leiden "
     "tot een onzekerheid in de rechtmatigheidsverantwoording 2025.",
     "Wij bevelen aan om de controle op de maatwerkvoorzieningen uit te breiden met een materiële controle bij ten "
     "minste vijf zorgaanbieders per jaar, gekozen op basis van een risicoanalyse."),
    ("2025-03", "Autorisaties in het financiële systeem",
     "Op 1 oktober 2025 hadden 23 gebruikers nog rechten in het financiële systeem terwijl zij niet meer bij de "
     "gemeente werkten of van functie waren veranderd. Twee medewerkers van het team Financiën konden zowel "
     "crediteuren aanmaken als betalingen klaarzetten.",
     "Onbevoegde of onjuiste betalingen die niet tijdig worden opgemerkt.",
     "Wij bevelen aan om de autorisaties in het financiële systeem ten minste elk kwartaal te laten beoordelen door "
     "de budgethouders en de uitkomst van die beoordeling vast te leggen."),
    ("2025-04", "Parameters grondexploitaties",
     "De gemeente heeft vijf actieve grondexploitaties met een boekwaarde van samen 18,6 miljoen euro. Het college "
     "stelt de kosten- en opbrengstenstijging jaarlijks zelf vast. Voor 2025 ging het college uit van een "
     "opbrengstenstijging van 3,5 procent, terwijl de grondprijzen in de regio in dezelfde periode nagenoeg gelijk "
     "bleven.",
     "Een te optimistisch resultaat op de grondexploitaties, waardoor een verliesvoorziening te laat wordt getroffen.",
     "Wij bevelen aan om de parameters voor de grondexploitaties voortaan ter vaststelling aan de gemeenteraad voor "
     "te leggen."),
    ("2025-05", "Afrekening subsidies",
     "Van de 64 subsidies boven 25.000 euro over 2023 en 2024 waren er op 1 november 2025 nog 19 niet vastgesteld. "
     "Het subsidiesysteem kan een signaal geven wanneer een verantwoording te laat is, maar die functie staat uit.",
     "Subsidies die te hoog worden vastgesteld of niet worden teruggevorderd, en een onvolledige verantwoording in "
     "de jaarrekening.",
     "Wij bevelen aan om alle subsidies over 2023 en 2024 vóór de jaarrekeningcontrole vast te stellen en de "
     "termijnbewaking in het subsidiesysteem aan te zetten."),
    ("2025-06", "Functiescheiding in de salarisadministratie",
     "Mutaties in de salarisadministratie, zoals een nieuw rekeningnummer of een toelage, worden door één "
     "medewerker ingevoerd en niet door een tweede medewerker gecontroleerd. Wij hebben in onze steekproef geen "
     "onjuiste betalingen aangetroffen.",
     "Onjuiste of onrechtmatige salarisbetalingen die niet worden ontdekt.",
     "Wij bevelen aan om elke mutatie in de salarisadministratie door een tweede medewerker te laten controleren "
     "(vier-ogenprincipe), voordat de salarisrun plaatsvindt."),
]

EARLIER = [
    ("2022-04", "Leg in een procesbeschrijving vast hoe de gemeente leges voor omgevingsvergunningen berekent en "
                "controleert.", "**Opgevolgd.** De procesbeschrijving is in 2024 vastgesteld en wordt toegepast."),
    ("2023-02", "Stel een actueel inkoopbeleid vast dat aansluit op de Aanbestedingswet 2012 en de Gids "
                "Proportionaliteit.", "**Opgevolgd.** Het inkoopbeleid is op 14 maart 2024 vastgesteld. De naleving "
                "laat nog te wensen over (zie 2025-01)."),
    ("2023-05", "Leg de uitgangspunten van de verbijzonderde interne controle vast in een jaarlijks controleplan.",
     "**Opgevolgd.** Het controleplan 2025 is op 11 februari 2025 door de directie vastgesteld."),
    ("2024-01", "Voer een frauderisicoanalyse uit voor het sociaal domein en leg de uitkomsten vast.",
     "**Deels opgevolgd.** De analyse is in oktober 2025 opgesteld, maar nog niet door het college besproken."),
    ("2024-02", "Zorg dat de btw-compensatiefondsopgave per kwartaal door een tweede medewerker wordt gecontroleerd.",
     "**Opgevolgd.** Sinds het tweede kwartaal van 2024."),
    ("2024-03", "Bereken de voorziening voor wachtgeldverplichtingen van gewezen wethouders op basis van actuele "
                "gegevens.", "**Niet opgevolgd.** De gemeente verwacht dit bij de jaarrekening 2025 af te ronden."),
]


def advice():
    d = Doc()
    d.p("Van Riemsdijk Accountants N.V.", "Logo")
    d.p("Havenweg 14 \u00b7 5201 AB \u2019s-Hertogenbosch \u00b7 Postbus 1180 \u00b7 5200 BE \u2019s-Hertogenbosch", "Meta")
    d.p("")
    d.p("Aan het college van burgemeester en wethouders en de gemeenteraad van de gemeente Brakeldonk\nPostbus 50\n"
        "5460 AB Brakeldonk")
    d.table([3.0, 13.2], [["**Datum**", "18 december 2025"], ["**Ons kenmerk**", "VRA/2025/0712-ML"],
                          ["**Behandeld door**", "drs. J.P. Valkenier RA"],
                          ["**Betreft**", "Managementletter interim-controle 2025"]],
            styles=[["Cn", "Cn"]] * 4)
    d.p("Managementletter 2025", "T1")
    d.p("Geacht college, geachte leden van de raad,")
    d.h2("1 Inleiding")
    d.p("Als accountant van de gemeente Brakeldonk controleren wij de jaarrekening 2025. In oktober en november 2025 "
        "voerden wij de interim-controle uit. Daarbij hebben wij de opzet, het bestaan en de werking van de interne "
        "beheersing getoetst bij de belangrijkste processen. In deze managementletter rapporteren wij onze "
        "bevindingen en doen wij aanbevelingen om de beheersing te verbeteren.[^Wij rapporteren op grond van "
        "artikel 213, vierde lid, van de Gemeentewet en artikel 5 van het Besluit accountantscontrole decentrale "
        "overheden. De controleopdracht is vastgelegd in de opdrachtbevestiging van 3 maart 2025, kenmerk "
        "VRA/2025/0131.]")
    d.p("Een managementletter bevat geen oordeel over de jaarrekening. Ons oordeel volgt in het accountantsverslag "
        "en de controleverklaring bij de jaarrekening 2025, naar verwachting in juni 2026. Wij hebben onze "
        "bevindingen op 2 december 2025 besproken met de concerncontroller en het hoofd Financiën. Wij verzoeken "
        "het college om vóór 1 maart 2026 schriftelijk op onze aanbevelingen te reageren.")
    d.h2("2 Samenvatting")
    d.p("De tabel geeft een overzicht van de bevindingen uit deze managementletter. De prioriteit geeft aan hoe "
        "snel opvolging naar ons oordeel nodig is: _hoog_ vóór de jaarrekeningcontrole 2025, _midden_ in de loop "
        "van 2026, _laag_ uiterlijk bij de interim-controle 2026.")
    rows = [["**Nr.**", "**Onderwerp**", "**Prioriteit**"]]
    prio = {"2025-01": "Hoog", "2025-02": "Hoog", "2025-03": "Midden", "2025-04": "Midden", "2025-05": "Laag",
            "2025-06": "Midden"}
    rows += [[c, s, prio[c]] for c, s, *_ in FINDINGS]
    d.table([2.2, 11.0, 3.0], rows, header=True)
    d.p("Van de zes aanbevelingen uit eerdere jaren die nog openstonden, zijn er vier volledig opgevolgd. Hoofdstuk "
        "5 geeft de stand van zaken.")
    d.h2("3 Algemeen beeld")
    d.p("De interne beheersing van de gemeente Brakeldonk is op hoofdlijnen op orde. Het college stelt sinds het "
        "boekjaar 2023 zelf een rechtmatigheidsverantwoording op; dat vraagt een sluitende interne controle op alle "
        "processen met financiële gevolgen. Wij zagen in 2025 op een aantal punten duidelijke vooruitgang:")
    d.li("\u2022", "de verbijzonderde interne controle is volgens het controleplan uitgevoerd en goed gedocumenteerd;")
    d.li("\u2022", "de aansluiting tussen de belastingadministratie en de financiële administratie is maandelijks "
                   "gemaakt, zonder onverklaarde verschillen;")
    d.li("\u2022", "het college heeft de verantwoordingsgrens voor de rechtmatigheidsverantwoording tijdig "
                   "vastgesteld op 1 procent van de lasten.")
    d.p("Deze werkwijze verdient het om te worden vastgehouden. Tegelijk zijn er processen waar de beheersing nog "
        "niet toereikend is. Die bespreken wij in hoofdstuk 4.")
    d.h2("4 Bevindingen en aanbevelingen")
    for i, (code, subj, bev, risk, rec) in enumerate(FINDINGS, 1):
        d.h3(f"4.{i} {subj} ({code})")
        d.p(f"**Bevinding.** {bev}")
        d.p(f"**Risico.** {risk}")
        d.p(f"[[Aanbeveling {code}]]\n{rec}", "Rec")
    d.h2("5 Opvolging van aanbevelingen uit eerdere jaren")
    d.p("In onze eerdere managementletters deden wij onder meer de volgende aanbevelingen. Wij hebben nagegaan of "
        "het college deze heeft opgevolgd.")
    rows = [["**Nr.**", "**Aanbeveling uit eerdere managementletter**", "**Stand van zaken november 2025**"]]
    rows += [[c, t, s] for c, t, s in EARLIER]
    d.table([1.9, 7.6, 6.7], rows, header=True)
    d.h2("6 Overige onderwerpen")
    d.p("**Fraude en naleving.** Wij hebben bij de interim-controle geen signalen van fraude aangetroffen. De "
        "frauderisicoanalyse voor het sociaal domein ligt nog bij het college (zie 2024-01).")
    d.p("**Informatiebeveiliging.** De gemeente heeft over 2024 de ENSIA-verantwoording tijdig ingediend. Wij "
        "hebben de uitkomsten daarvan niet zelf gecontroleerd.")
    d.p("**Vooruitblik.** Met ingang van het boekjaar 2026 verandert de verslaggeving over de rechtmatigheid op "
        "een aantal punten. Wij lichten dit graag toe in de audit- en rekeningencommissie.")
    d.p("Wij danken de medewerkers van de gemeente voor hun medewerking tijdens de interim-controle.")
    d.p("Hoogachtend,\nVan Riemsdijk Accountants N.V.\n\ndrs. J.P. Valkenier RA")
    convert(d.xml("Managementletter 2025 gemeente Brakeldonk", "Van Riemsdijk Accountants \u00b7 Managementletter "
                  "interim-controle 2025 \u00b7 gemeente Brakeldonk", "VRA/2025/0712-ML \u00b7 ", "Liberation Serif"),
            NAME + "_advice.pdf")


def response():
    d = Doc()
    d.p("Gemeente Brakeldonk", "Logo")
    d.p("Raadsinformatiebrief", "T1")
    d.table([4.0, 12.2], [
        ["**Onderwerp**", "Reactie op de managementletter 2025 van de accountant"],
        ["**Portefeuillehouder**", "wethouder M. Tijhuis (Financiën)"],
        ["**Datum**", "17 februari 2026"],
        ["**Kenmerk**", "RIB 2026-014"],
        ["**Bijlage**", "Managementletter interim-controle 2025 (VRA/2025/0712-ML)"],
    ], styles=[["Cs", "Cw"]] * 5)
    d.h2("Aanleiding")
    d.p("Op 18 december 2025 ontving u de managementletter van onze accountant over de interim-controle "
        "2025.[^De managementletter is ook gepubliceerd in het raadsinformatiesysteem, onder de vergadering van de "
        "audit- en rekeningencommissie.] De accountant vraagt het college om op zijn aanbevelingen te reageren. Met "
        "deze brief doen wij dat.")
    d.h2("Kernboodschap")
    d.p("Het college herkent het beeld dat de accountant schetst: de interne beheersing is op hoofdlijnen op orde, "
        "maar op een aantal punten moet het beter. De meeste verbeteringen zijn al in gang gezet. Bij de "
        "grondexploitaties kiezen wij een andere weg dan de accountant voorstelt.")
    d.h2("Reactie op de aanbevelingen")
    d.h3("Zorg in het sociaal domein")
    d.p("Het college deelt de analyse van de accountant. Zonder controle op de levering van zorg kunnen wij niet "
        "aantonen dat het geld voor Wmo en jeugdhulp rechtmatig is besteed. Samen met de vijf andere gemeenten in "
        "de regio laten wij daarom vanaf 2026 materiële controles uitvoeren door het regionale inkoopbureau "
        "Zorgregio Maasland.")
    d.p("Een controle bij vijf zorgaanbieders per jaar is voor een gemeente van onze omvang echter niet op te "
        "brengen. Wij beginnen in 2026 met drie aanbieders, gekozen op basis van een risicoanalyse, en bekijken in "
        "2027 of uitbreiding nodig is.")
    d.h3("Contracten")
    d.p("Het college neemt deze aanbeveling over. Het contractenregister wordt per 1 april 2026 ingericht in de "
        "inkoopmodule van het financiële systeem. Alle lopende contracten boven 50.000 euro worden vóór 1 juli "
        "2026 ingevoerd. De contractbeheerder krijgt zes maanden voor de einddatum automatisch bericht.")
    d.h3("Toegang tot systemen en salarismutaties")
    d.p("De accountant doet twee aanbevelingen over de toegang tot onze systemen. Het college heeft kennisgenomen "
        "van de eerste, over het periodiek beoordelen van gebruikersrechten. De huidige software maakt zo\u2019n "
        "beoordeling per kwartaal bewerkelijk. Wij zullen bezien hoe wij de aanbeveling kunnen betrekken bij de "
        "aanbesteding van een nieuw financieel systeem, die voor 2027 is voorzien. De 23 gebruikers die ten "
        "onrechte nog toegang hadden, zijn inmiddels verwijderd.")
    d.p("De tweede aanbeveling is al uitgevoerd. Sinds 1 november 2025 controleert een tweede medewerker van de "
        "afdeling HR elke mutatie voordat de salarisrun start. Dat wordt in het salarissysteem vastgelegd.")
    d.h3("Grondexploitaties")
    d.p("Het college hecht aan een goede informatiepositie van de raad. U wordt via de paragraaf grondbeleid en de "
        "jaarlijkse Meerjarenprognose Grondexploitaties geïnformeerd over de gebruikte parameters en de risico\u2019s. "
        "Het vaststellen van de parameters is op grond van de Financiële verordening gemeente Brakeldonk 2023 een "
        "bevoegdheid van het college, en het college ziet geen aanleiding om dat te veranderen. Overigens is de "
        "opbrengstenstijging voor 2026 bijgesteld naar 2 procent.")
    d.h2("Aanbevelingen uit eerdere jaren")
    d.p("Van de aanbevelingen uit eerdere jaren stonden er volgens de accountant nog twee open. De "
        "frauderisicoanalyse voor het sociaal domein is op 20 januari 2026 in het college besproken en is daarmee "
        "volledig opgevolgd. De voorziening voor wachtgeld van gewezen wethouders wordt bij de jaarrekening 2025 "
        "opnieuw berekend.")
    d.h2("Financiële gevolgen")
    d.p("De kosten van de maatregelen in deze brief zijn:")
    d.table([10.2, 3.0, 3.0], [
        ["**Maatregel**", "**2026**", "**Structureel**"],
        ["Materiële controles via Zorgregio Maasland", "\u20ac 48.000", "\u20ac 48.000"],
        ["Inrichting contractenregister", "\u20ac 12.500", "\u2013"],
        ["Extra controle salarismutaties (0,2 fte)", "\u20ac 14.000", "\u20ac 14.000"],
    ], header=True)
    d.p("Deze kosten worden gedekt binnen de bestaande budgetten van de afdelingen Financiën en Sociaal Domein.")
    d.h2("Vervolg")
    d.p("Wij informeren u bij de jaarrekening 2025 over de voortgang. De audit- en rekeningencommissie bespreekt "
        "deze brief op 9 maart 2026.")
    d.p("Met vriendelijke groet,\nhet college van burgemeester en wethouders van Brakeldonk,\n\nde secretaris,"
        "                          de burgemeester,\nir. H.W. Damen                          drs. C.A. Ruijgrok")
    convert(d.xml("Raadsinformatiebrief RIB 2026-014", "Gemeente Brakeldonk \u00b7 Raadsinformatiebrief RIB 2026-014 "
                  "\u00b7 Reactie op de managementletter 2025", "", "Liberation Sans"), NAME + "_response.pdf")


RECS = [
    ("2025-01", "Wij bevelen aan om een centraal contractenregister in te richten", "Het contractenregister wordt "
     "per 1 april 2026 ingericht", "agrees"),
    ("2025-02", "Wij bevelen aan om de controle op de maatwerkvoorzieningen uit", "Wij beginnen in 2026 met drie "
     "aanbieders", "partly"),
    ("2025-03", "Wij bevelen aan om de autorisaties in het financiële systeem", "betrekken bij de aanbesteding van "
     "een nieuw financieel systeem", "noted"),
    ("2025-04", "Wij bevelen aan om de parameters voor de grondexploitaties voortaan", "het college ziet geen "
     "aanleiding om dat te veranderen", "disagrees"),
    ("2025-05", "Wij bevelen aan om alle subsidies over 2023 en 2024", None, "unanswered"),
    ("2025-06", "Wij bevelen aan om elke mutatie in de salarisadministratie door", "Sinds 1 november 2025 controleert "
     "een tweede medewerker", "agrees"),
]
UNMATCHED = ["is op 20 januari 2026 in het college besproken",
             "worden gedekt binnen de bestaande budgetten van de afdelingen",
             "De audit- en rekeningencommissie bespreekt deze brief"]
NOTES = ("External auditor's management letter after the interim audit of a municipality (LibreOffice Writer from "
         "hand-written flat ODT; running header, real footnotes, 'pagina N van M') answered by the college's "
         "raadsinformatiebrief. Advice: letter head with a borderless Datum/Ons kenmerk/Betreft table (kenmerk "
         "VRA/2025/0712-ML, opdrachtbevestiging VRA/2025/0131 in the footnote, Gemeentewet artikel 213), a summary "
         "table that lists the six codes 2025-01..2025-06 with subject and priority only (no recommendation text), "
         "an 'Algemeen beeld' with bulleted positive observations ('verdient het om te worden vastgehouden'), then "
         "sections '4.N Subject (2025-0N)' each with run-in bold 'Bevinding.' and 'Risico.' paragraphs and a shaded "
         "box labelled 'Aanbeveling 2025-0N' holding the recommendation ('Wij bevelen aan om ...'); numbers are the "
         "codes. Chapter 5 is a ruled table of SIX EARLIER recommendations 2022-04..2024-03 quoted in full, phrased "
         "as imperatives, each with a status 'Opgevolgd / Deels opgevolgd / Niet opgevolgd' (header row repeated "
         "over the page break): no current recommendations. Response: raadsinformatiebrief with a shaded "
         "registration table, 'Aanleiding' (footnote) and 'Kernboodschap' (no replies), then 'Reactie op de "
         "aanbevelingen' with subject headings and NO codes, order 02, 01, 03+06, 04: 02 'deelt de analyse' but "
         "three providers instead of five (partly); 01 'neemt deze aanbeveling over' (agrees); one section "
         "'Toegang tot systemen en salarismutaties' with 03 'heeft kennisgenomen ... zullen bezien ... betrekken "
         "bij de aanbesteding' (noted, despite the removal of 23 users, which answers the finding) and 'De tweede "
         "aanbeveling is al uitgevoerd' = 06 four-eyes check on salary mutations (agrees), identified only by "
         "content; 04 'ziet geen aanleiding om dat te veranderen' after a friendly opening (disagrees). 05 "
         "(subsidies) is not answered. 'Aanbevelingen uit eerdere jaren' (2024-01 and 2024-03 by content), "
         "'Financiële gevolgen' (cost table) and 'Vervolg' answer no current recommendation.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)
