"""Round 114 (nl): the ADVIES of a STRAATRAAD (a panel of people who were homeless) on the concept Regionaal Plan
Dak- en Thuisloosheid of a centrumgemeente, answered by the wethouder's LETTER BY THEME (bold sub-headings, no
numbers, another order, one theme answering two recommendations).

Advice (LibreOffice headless from a flat ODT, serif, 3 p., slate title block with a left rule, stamped head from
p. 2, 'blad n van m'): the Wmo-verordening 'moet' (trap), 'Wat wij hoorden' as a DASH list of quotes by guests ('Om
acht uur moet je eruit'; trap), findings with figures, the straatraad's 2024 advice quoted with 'moet' (realised;
trap); recommendations as UNNUMBERED '▸' BULLETS under a 'Wat wij adviseren' label at the end of each of three
chapters (2 + 3 + 2), the third chapter's list running across the page break inside its first bullet (expected 1-7
in order); closing naming topics. Response: opening, 'Het plan in het kort' with figures (nothing), themes in the
order 1, 3+5 (one theme), 6, 4, 2; 7 unanswered; 'Cijfers over 2025' (numbers of beds and nights; nothing) and the
closing answer nothing. All invented.

Run: /tmp/blind114nl/bin/python tests/docs/src/blind114/gen_nl_nachtopvang_libreoffice.py"""
import os
import sys
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(__file__))
import _b114nl as B  # noqa: E402

NAME = "blind114_nl_nachtopvang"
F = B.tmp_fonts("B114NL Serif", B.SERIF_FILES)
FAM = "B114NL Serif"
SLATE = "#2c3e66"

HEAD = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="{FAM}" svg:font-family="'{FAM}'" style:font-family-generic="roman"
  style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="lr-tb"/>
  <style:text-properties style:font-name="{FAM}" fo:font-size="10pt" fo:language="nl" fo:country="NL"
   fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.17cm" fo:line-height="136%"
   fo:orphans="2" fo:widows="2"/>
 </style:style>
 <style:style style:name="Small" style:family="paragraph" style:parent-style-name="Body">
  <style:text-properties fo:font-size="8.6pt" fo:color="#555555"/>
 </style:style>
 <style:style style:name="Org" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.05cm"/>
  <style:text-properties fo:font-size="9pt" fo:font-weight="bold" fo:color="{SLATE}" fo:letter-spacing="0.03cm"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.1cm" fo:margin-bottom="0.1cm" fo:padding-left="0.35cm"
   fo:border-left="0.12cm solid {SLATE}" fo:line-height="118%"/>
  <style:text-properties fo:font-size="17pt" fo:font-weight="bold" fo:color="{SLATE}"/>
 </style:style>
 <style:style style:name="Sub" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.15cm" fo:padding-left="0.35cm"
   fo:border-left="0.12cm solid {SLATE}"/>
  <style:text-properties fo:font-size="10pt" fo:font-style="italic" fo:color="#444444"/>
 </style:style>
 <style:style style:name="Meta" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.4cm" fo:padding-bottom="0.1cm"
   fo:border-bottom="0.03cm solid #9aa6c0"/>
  <style:text-properties fo:font-size="8.6pt" fo:color="#444444"/>
 </style:style>
 <style:style style:name="H1" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.14cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:color="{SLATE}"/>
 </style:style>
 <style:style style:name="Label" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.16cm" fo:margin-bottom="0.08cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="8.8pt" fo:font-weight="bold" fo:color="{SLATE}" fo:letter-spacing="0.02cm"/>
 </style:style>
 <style:style style:name="H2" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.08cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="10pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Item" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-bottom="0.12cm"/>
 </style:style>
 <style:style style:name="Quote" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-bottom="0.08cm"/>
  <style:text-properties fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Right" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end"/>
 </style:style>
 <text:list-style style:name="LRec">
  <text:list-level-style-bullet text:level="1" text:bullet-char="▸">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.9cm"
     fo:text-indent="-0.55cm" fo:margin-left="0.9cm"/>
   </style:list-level-properties>
   <style:text-properties fo:color="{SLATE}" style:font-name="{FAM}"/>
  </text:list-level-style-bullet>
 </text:list-style>
 <text:list-style style:name="LDash">
  <text:list-level-style-bullet text:level="1" text:bullet-char="–">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.8cm"
     fo:text-indent="-0.45cm" fo:margin-left="0.8cm"/>
   </style:list-level-properties>
   <style:text-properties style:font-name="{FAM}"/>
  </text:list-level-style-bullet>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2.1cm"
   fo:margin-bottom="2cm" fo:margin-left="2.4cm" fo:margin-right="2.3cm"/>
 </style:page-layout>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="Big" style:family="text">
  <style:text-properties fo:font-size="15pt" fo:font-weight="bold" fo:color="{SLATE}"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
"""
TAIL = "</office:text></office:body></office:document>\n"


def x(t):
    """Escape, then turn **bold** and _italic_ markers and line breaks into ODF spans."""
    t = escape(t)
    parts = t.split("**")
    t = "".join(f'<text:span text:style-name="B">{s}</text:span>' if i % 2 else s for i, s in enumerate(parts))
    parts = t.split("__")
    t = "".join(f'<text:span text:style-name="I">{s}</text:span>' if i % 2 else s for i, s in enumerate(parts))
    return t.replace("\n", "<text:line-break/>")


def p(text, style="Body"):
    return f'<text:p text:style-name="{style}">{x(text)}</text:p>\n'


def ul(items, lst="LRec", style="Item"):
    return (f'<text:list text:style-name="{lst}">'
            + "".join(f'<text:list-item><text:p text:style-name="{style}">{x(i)}</text:p></text:list-item>'
                      for i in items) + "</text:list>\n")


RECS1 = ["Houd de nachtopvang van november tot en met maart ook overdag open, zodat niemand om acht uur 's ochtends "
         "de kou in hoeft.",
         "Zorg voor afsluitbare kluisjes waarin gasten hun spullen overdag veilig kunnen achterlaten."]
RECS2 = ["Laat de eis van regiobinding los voor de eerste zes weken van de opvang, zodat niemand wordt weggestuurd "
         "voordat er een plek in een andere regio is geregeld.",
         "Maak het mogelijk dat gasten hun hond meenemen naar de nachtopvang, met een aparte ruimte voor de dieren.",
         "Geef iedereen die zich bij de centrale toegang meldt binnen drie werkdagen een briefadres, zodat een "
         "uitkering en een zorgverzekering kunnen worden geregeld."]
RECS3 = ["Spreek met de woningcorporaties af dat zij elk jaar minstens veertig woningen beschikbaar stellen voor "
         "mensen die uit de opvang doorstromen, met begeleiding aan huis zolang dat nodig is. Begin daarbij met de "
         "mensen die nu al langer dan een half jaar in de opvang verblijven.",
         "Betrek de straatraad bij de keuze van een nieuwe opvanglocatie en bij het programma van eisen voor het "
         "gebouw, want wij weten als geen ander wat zo'n gebouw nodig heeft."]

ADVICE = (HEAD
          + p("STRAATRAAD DIJKSTEDE", "Org")
          + p("Advies over het concept Regionaal Plan Dak- en Thuisloosheid 2027-2030", "Title")
          + p("'Een bed is pas het begin'", "Sub")
          + p("Aan het college van burgemeester en wethouders van Dijkstede, centrumgemeente voor de regio "
              "Dijkstede-Rivierland  |  12 oktober 2026  |  kenmerk SR-2026-02", "Meta")
          + p("Wie wij zijn", "H1")
          + p("De straatraad bestaat uit negen Dijkstedenaren die de afgelopen vijf jaar zelf op straat of in de "
              "opvang hebben geleefd. Wij worden ondersteund door een medewerker van de Stichting Onderdak "
              "Rivierland, maar schrijven onze adviezen zelf. Volgens de Verordening maatschappelijke ondersteuning "
              "moet het college de straatraad om advies vragen over plannen voor de opvang; dat gebeurde ook dit "
              "keer, en daar zijn wij blij mee.")
          + p("Voor dit advies spraken wij in augustus en september met 47 mensen: in de nachtopvang De Overloop, in "
              "inloop Het Anker, bij de maaltijd van de Pauluskerk en op straat. Ook spraken wij met medewerkers van "
              "de nachtopvang en van de centrale toegang.")
          + p("Wat wij hoorden", "H1")
          + p("Een paar uitspraken die wij vaak hoorden, in de woorden van de mensen zelf:")
          + ul(["'Om acht uur moet je eruit, ook als het vriest. Dan loop je de hele dag met je tassen door de stad.'",
                "'Ik heb een hond. Die laat ik niet achter, dus slaap ik in de auto.'",
                "'Zonder adres geen uitkering, en zonder uitkering geen kamer. Zo draai je rondjes.'",
                "'Ik woon al vier jaar in Dijkstede, maar omdat ik ingeschreven stond in een andere gemeente, moest "
                "ik eerst bewijzen dat ik hier hoor.'",
                "'De mensen in De Overloop doen hun best. Het is het systeem dat niet werkt.'"],
               lst="LDash", style="Quote")
          + p("1 De nachtopvang", "H1")
          + p("De Overloop heeft 48 bedden. In 2025 sliepen er gemiddeld 44 mensen per nacht; van december tot en met "
              "februari was de opvang bijna elke nacht vol. Om 8.00 uur moeten de gasten vertrekken, en pas om 21.00 "
              "uur gaat de deur weer open. Overdag kunnen zij terecht in Het Anker, maar dat is alleen op werkdagen "
              "tot 16.00 uur open en biedt plaats aan dertig mensen.")
          + p("Veel gasten sjouwen de hele dag al hun bezittingen mee. Wie iets achterlaat, is het vaak kwijt. Dat "
              "maakt het ook moeilijk om naar een sollicitatiegesprek of een afspraak bij de dokter te gaan.")
          + p("WAT WIJ ADVISEREN", "Label")
          + ul(RECS1)
          + p("2 De toegang", "H1")
          + p("Wie in de nachtopvang wil slapen, moet aantonen dat hij de afgelopen drie jaar minstens twee jaar in "
              "de regio heeft gewoond. Wie dat niet kan, wordt na drie nachten doorverwezen naar de eigen regio. In "
              "de praktijk betekent dat vaak: terug naar de straat. Volgens de medewerkers van de centrale toegang "
              "ging het in 2025 om 61 mensen.")
          + p("In ons eerste advies, in 2024, schreven wij: 'De gemeente moet bij vorst iedereen opvangen, met of "
              "zonder regiobinding.' Dat gebeurt nu: bij vorst geldt de winterkouderegeling voor iedereen. Daar zijn "
              "wij het college dankbaar voor.")
          + p("Ongeveer een op de acht mensen die wij spraken, heeft een hond. Geen van hen wil het dier achterlaten, "
              "en dus mijden zij de opvang. Ook zonder briefadres loopt alles vast: zonder adres is er geen uitkering "
              "en geen zorgverzekering, en de aanvraag duurt nu gemiddeld drie weken.")
          + p("De centrale toegang zelf is alleen op werkdagen van 9.00 tot 12.00 uur open. Wie zich op een "
              "vrijdagmiddag meldt, moet het weekend zien door te komen. Medewerkers doen hun best, maar hebben "
              "volgens eigen zeggen te weinig tijd voor een goed eerste gesprek. Een telefoonnummer voor het weekend "
              "is er niet.")
          + p("WAT WIJ ADVISEREN", "Label")
          + ul(RECS2)
          + p("3 Na de opvang", "H1")
          + p("Gasten verblijven gemiddeld zeven maanden in de opvang, terwijl de meesten na een paar weken klaar zijn "
              "om zelfstandig of begeleid te wonen. Het ontbreekt aan woningen. De proef met Housing First, waarbij "
              "twaalf mensen direct een eigen woning met begeleiding kregen, is volgens de eigen evaluatie van de "
              "gemeente geslaagd: elf van de twaalf wonen er na anderhalf jaar nog. Het concept-plan wil die proef "
              "voortzetten, maar noemt geen aantallen.")
          + p("Het concept-plan noemt een nieuwe opvanglocatie ter vervanging van De Overloop, maar zegt nog niet waar "
              "en wanneer. Ook is niet duidelijk of het aantal bedden gelijk blijft. Gasten vinden het belangrijk "
              "dat er kleinere slaapkamers komen, een rustige ruimte en een "
              "plek om te douchen en kleding te wassen.")
          + p("Wie wel een woning vindt, staat er vaak alleen voor. Van de mensen die in 2025 vanuit de opvang een "
              "eigen woning kregen, meldde zich volgens de centrale toegang een op de vijf binnen een jaar opnieuw. "
              "Begeleiding na de verhuizing is volgens ons net zo belangrijk als de woning zelf. Nu stopt die "
              "begeleiding vaak al na drie maanden.")
          + p("WAT WIJ ADVISEREN", "Label")
          + ul(RECS3)
          + p("Tot slot", "H1")
          + p("Wij vragen het college vooral om onze adviezen over de opvang overdag in de winter en over de "
              "regiobinding over te nemen. Wij lichten ons advies graag toe, en wij denken ook na de vaststelling van "
              "het plan graag mee.")
          + p("Namens de straatraad,\nRonnie Verhoef, voorzitter\nEsther Lammers, ondersteuner straatraad")
          + TAIL)

RESPONSE = (HEAD
            + p("**Gemeente Dijkstede**", "Right")
            + p("Wethouder Zorg en Welzijn\nPostbus 1200, 4700 AC Dijkstede", "Right")
            + p("Aan de Straatraad Dijkstede\nt.a.v. de heer R. Verhoef, voorzitter\np/a Stichting Onderdak "
                "Rivierland\nHavenstraat 14\n4701 BK Dijkstede")
            + p("Datum: 30 november 2026\nKenmerk: MO/2026/3318\nOnderwerp: reactie op uw advies over het Regionaal "
                "Plan Dak- en Thuisloosheid", "Meta")
            + p("Beste heer Verhoef, beste leden van de straatraad,")
            + p("Dank voor uw advies van 12 oktober. Het valt op hoeveel mensen u hebt gesproken, en de uitspraken "
                "die u hebt opgetekend, maken veel indruk. Het college heeft uw advies besproken op 17 november, en "
                "de regiogemeenten hebben het plan op 19 november besproken in het bestuurlijk overleg "
                "Dijkstede-Rivierland. In deze brief leest u wat wij met uw adviezen doen.")
            + p("Het plan in het kort", "H2")
            + p("Het Regionaal Plan Dak- en Thuisloosheid 2027-2030 heeft als doel dat niemand in de regio langer dan "
                "drie maanden in de opvang verblijft. De zes regiogemeenten trekken daarvoor jaarlijks samen 1,8 "
                "miljoen euro uit. De gemeenteraad van Dijkstede besluit op 21 januari 2027 over het plan.")
            + p("Overdag binnen in de winter", "H2")
            + p("Wij begrijpen goed dat het zwaar is om op een koude ochtend om acht uur op straat te staan. De "
                "Overloop gaat daarom overdag open op alle dagen waarop de winterkouderegeling geldt. De hele winter "
                "overdag openhouden is met het huidige personeel niet mogelijk. Wel verruimen wij in de maanden "
                "december tot en met februari de openingstijden van Het Anker tot 18.00 uur, ook op zaterdag.")
            + p("Regiobinding en briefadres", "H2")
            + p("Aan de regiobinding houden wij vast, ook in de eerste weken. Alle centrumgemeenten hanteren deze "
                "regel, en als Dijkstede die loslaat, verwachten wij dat mensen uit andere regio's hierheen worden "
                "verwezen. Wie geen binding heeft met onze regio, begeleiden wij met een warme overdracht naar de "
                "opvang in de eigen regio. Uw advies over het briefadres nemen wij wel volledig over: vanaf 1 "
                "februari 2027 krijgt iedereen die zich meldt binnen drie werkdagen een briefadres bij het "
                "Stadsloket.")
            + p("Wonen na de opvang", "H2")
            + p("Het college deelt uw zorg over de doorstroming. Een vaste afspraak over veertig woningen per jaar "
                "gaan wij echter niet maken. De corporaties hebben te maken met lange wachtlijsten en met andere "
                "groepen die met voorrang een woning nodig hebben, zoals statushouders en mensen die uit een "
                "instelling komen. Mensen die klaar zijn om de opvang te verlaten, kunnen zoals nu via de "
                "urgentieregeling een woning krijgen.")
            + p("Huisdieren", "H2")
            + p("Een aparte ruimte voor honden is in het huidige gebouw van De Overloop niet in te passen. De "
                "verbouwing van De Overloop staat gepland voor 2028. Wij laten de architect bekijken of een "
                "hondenruimte daarin mogelijk is, en komen daar dan bij u op terug.")
            + p("Kluisjes", "H2")
            + p("Dit advies is eenvoudig over te nemen, en dat doen wij ook. Vanaf januari 2027 staan er in De "
                "Overloop zestig afsluitbare kluisjes, waarin gasten hun spullen overdag kunnen laten.")
            + p("Cijfers over 2025", "H2")
            + p("Voor de volledigheid enkele cijfers. In 2025 meldden zich 386 mensen bij de centrale toegang. De "
                "Overloop was op 71 nachten vol, en op 23 nachten opende de gemeente extra bedden in Wijkcentrum "
                "Noord. Het aantal mensen dat langer dan een jaar in de opvang verbleef, daalde van 19 naar 14.")
            + p("Tot slot", "H2")
            + p("Ik nodig u graag uit voor een gesprek in januari, als de gemeenteraad over het plan heeft besloten. "
                "Mijn secretariaat neemt daarvoor contact met u op.")
            + p("Met vriendelijke groet,")
            + p("Anouk Brouwer-Sedney\nwethouder Zorg en Welzijn")
            + TAIL)


def expected():
    recs = [
        (1, "Houd de nachtopvang van november tot en met maart ook overdag open",
         "De hele winter overdag openhouden is met het huidige personeel niet mogelijk", "partly"),
        (2, "Zorg voor afsluitbare kluisjes waarin gasten hun spullen overdag",
         "staan er in De Overloop zestig afsluitbare kluisjes", "agrees"),
        (3, "Laat de eis van regiobinding los voor de eerste zes weken",
         "Aan de regiobinding houden wij vast, ook in de eerste weken", "disagrees"),
        (4, "Maak het mogelijk dat gasten hun hond meenemen naar de nachtopvang",
         "Wij laten de architect bekijken of een hondenruimte daarin mogelijk is", "noted"),
        (5, "Geef iedereen die zich bij de centrale toegang meldt binnen",
         "Uw advies over het briefadres nemen wij wel volledig over", "agrees"),
        (6, "Spreek met de woningcorporaties af dat zij elk jaar minstens",
         "veertig woningen per jaar gaan wij echter niet maken", "disagrees"),
        (7, "Betrek de straatraad bij de keuze van een nieuwe opvanglocatie", None, "unanswered"),
    ]
    unmatched = ["de uitspraken die u hebt opgetekend, maken veel indruk",
                 "De zes regiogemeenten trekken daarvoor jaarlijks samen 1,8 miljoen euro uit",
                 "In 2025 meldden zich 386 mensen bij de centrale toegang",
                 "Ik nodig u graag uit voor een gesprek in januari"]
    notes = ("Dutch STRAATRAAD (a panel of people who were homeless) advising the college of the centrumgemeente "
             "Dijkstede on the concept Regionaal Plan Dak- en Thuisloosheid 2027-2030 (LibreOffice headless from a "
             "flat ODT, 3 p., serif, slate title with a left rule, stamped head from p. 2, 'blad n van m'). Traps: "
             "the Wmo-verordening 'moet', 'Wat wij hoorden' as a DASH list of guests' quotes ('Om acht uur moet je "
             "eruit'), findings with figures (48 bedden, 61 mensen), the 2024 advice quoted with 'moet' and "
             "realised (winterkouderegeling); recommendations as UNNUMBERED '▸' BULLETS under a 'WAT WIJ "
             "ADVISEREN' label at the end of each of three chapters (1 De nachtopvang: 1-2; 2 De toegang: 3-5; 3 "
             "Na de opvang: 6-7), the last list running across the page break in the middle of 6 (expected 1-7 in "
             "order); closing "
             "naming topics. Response: the wethouder's LETTER BY THEME with bold sub-headings and no numbers, in "
             "the order 1, 3+5, 6, 4, 2: 'Overdag binnen in de winter' = 1 partly (open by day only under the "
             "winterkouderegeling, Het Anker longer); 'Regiobinding en briefadres' = 3 disagrees ('houden wij "
             "vast') + 5 agrees (briefadres within three working days from 1 February 2027); 'Wonen na de opvang' "
             "= 6 disagrees (no forty homes a year); 'Huisdieren' = 4 noted (the architect looks at it for the 2028 "
             "verbouwing, 'komen daar dan bij u op terug'); 'Kluisjes' = 2 agrees (sixty lockers from January "
             "2027); 7 (straatraad involved in the new location) unanswered. The opening, 'Het plan in het kort' "
             "(figures), 'Cijfers over 2025' and 'Tot slot' answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.fodt_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Straatraad Dijkstede - advies SR-2026-02 over het Regionaal Plan Dak- en "
            "Thuisloosheid", "blad {n} van {m}", F["Regular"])
    B.fodt_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Dijkstede - MO/2026/3318", "blad {n} van {m}", F["Regular"])
    expected()
