"""Round 116 (nl): the ADVIES of a BEWONERSKLANKBORDGROEP WARMTENET (residents the gemeente set up for the switch of
one neighbourhood from natural gas to a heat network) on the concept-Wijkuitvoeringsplan, answered by the gemeente's
PERSBERICHT (press release) when the college adopts the plan: a lead, a quote from the wethouder, bold run-in
subheads by theme, no numbers, and a 'Noot voor de redactie'.

Advice (LibreOffice headless from a flat ODF text document, .fodt; sans, 3 p., a letterhead table with a dark-green
cell, 'Enquête' table, native header from p. 2 and footer 'blad n van m'): the warmtewet and the Transitievisie
'moeten' (traps), residents' questions as a numbered list 1.-5. (trap), the group's 2025 advice quoted with 'moet'
(realised; trap), 'Wij concluderen'; recommendations are DASH-LIST ITEMS (infinitive clauses, no numbers) in TWO
LISTS under two chapters, 'Wij adviseren het college daarom om:' (four) and 'Verder adviseren wij:' (three),
expected 1-7; closing line naming 'de eerste twee adviezen'. Response: a PERSBERICHT (2 p.): headline and lead
(nothing), the wethouder quoted, bold subheads in the order 5, 1, 3, 2, 6, 4 (4 cut by the page
break); 7 unanswered; 'Hoe nu verder', 'Noot
voor de redactie' and 'Over het warmtenet Oosterpolder' answer nothing. All invented.

Run: /tmp/blind116nl/bin/python tests/docs/src/blind116/gen_nl_warmtenet_libreoffice.py"""
import os
import re
import sys
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(__file__))
import _b116nl as B  # noqa: E402

NAME = "blind116_nl_warmtenet"
F = B.tmp_fonts()
FAM = "B116NL Sans"
GREEN = "#1e5b47"

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')


def pstyle(name, size="10pt", bold=False, italic=False, color=None, before="0cm", after="0.2cm", lh="138%",
           extra="", keep=False):
    tp = f'style:font-name="{FAM}" fo:font-size="{size}"'
    if bold:
        tp += ' fo:font-weight="bold"'
    if italic:
        tp += ' fo:font-style="italic"'
    if color:
        tp += f' fo:color="{color}"'
    kp = ' fo:keep-with-next="always"' if keep else ""
    return (f'<style:style style:name="{name}" style:family="paragraph"><style:paragraph-properties '
            f'fo:margin-top="{before}" fo:margin-bottom="{after}" fo:line-height="{lh}"{kp} {extra}/>'
            f'<style:text-properties {tp} fo:language="nl" fo:country="NL" fo:hyphenate="false"/></style:style>')


STYLES = "".join([
    pstyle("Body"), pstyle("Small", size="8.2pt", after="0cm", lh="125%"),
    pstyle("SmallW", size="8.2pt", after="0cm", lh="125%", color="#ffffff"),
    pstyle("OrgW", size="13pt", bold=True, after="0cm", lh="120%", color="#ffffff"),
    pstyle("Title", size="17pt", bold=True, after="0.08cm", lh="120%", color=GREEN),
    pstyle("Sub", size="10pt", italic=True, color="#555555", after="0.4cm"),
    pstyle("H1", size="11.5pt", bold=True, color=GREEN, before="0.35cm", after="0.12cm", keep=True),
    pstyle("Run", size="10pt", bold=True, before="0.25cm", after="0.05cm", keep=True),
    pstyle("Quote", size="10pt", italic=True, color="#444444", extra='fo:margin-left="0.8cm" fo:margin-right="0.8cm"'),
    pstyle("Item", after="0.1cm"), pstyle("Cell", size="8.6pt", after="0cm", lh="125%"),
    pstyle("CellB", size="8.6pt", bold=True, after="0cm", lh="125%"),
    pstyle("Head", size="7.5pt", color="#666666", after="0cm", lh="115%"),
    pstyle("Kicker", size="9pt", bold=True, color=GREEN, after="0.25cm"),
    '<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>',
    '<style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>',
    '<text:list-style style:name="LDash"><text:list-level-style-bullet text:level="1" text:bullet-char="\u2013">'
    '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
    '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.65cm" '
    'fo:text-indent="-0.5cm" fo:margin-left="0.65cm"/></style:list-level-properties>'
    '</text:list-level-style-bullet></text:list-style>',
    '<text:list-style style:name="LNum"><text:list-level-style-number text:level="1" style:num-format="1" '
    'style:num-suffix="."><style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
    '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.75cm" '
    'fo:text-indent="-0.55cm" fo:margin-left="0.75cm"/></style:list-level-properties>'
    '</text:list-level-style-number></text:list-style>',
])

AUTO = f"""<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm"
fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.4cm" fo:margin-right="2.3cm"/>
<style:header-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-bottom="0.5cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.4cm"/></style:footer-style>
</style:page-layout>
<style:style style:name="First" style:family="paragraph" style:parent-style-name="Body" style:master-page-name="FirstPage"/>
<style:style style:name="Foot" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/>
<style:text-properties style:font-name="{FAM}" fo:font-size="7.6pt" fo:color="#666666"/></style:style>
<style:style style:name="Tab" style:family="table"><style:table-properties style:width="16.3cm" table:align="left"
fo:margin-top="0cm" fo:margin-bottom="0.35cm"/></style:style>
<style:style style:name="TabF" style:family="table"><style:table-properties style:width="11cm" table:align="left"
fo:margin-top="0.1cm" fo:margin-bottom="0.35cm"/></style:style>
<style:style style:name="CG" style:family="table-cell"><style:table-cell-properties fo:background-color="{GREEN}"
fo:padding="0.25cm" style:vertical-align="middle"/></style:style>
<style:style style:name="CL" style:family="table-cell"><style:table-cell-properties fo:background-color="#e6efe9"
fo:padding="0.25cm" style:vertical-align="middle"/></style:style>
<style:style style:name="CR" style:family="table-cell"><style:table-cell-properties fo:padding="0.07cm"
fo:border-bottom="0.5pt solid {GREEN}"/></style:style>
<style:style style:name="CH" style:family="table-cell"><style:table-cell-properties fo:padding="0.07cm"
fo:background-color="#e6efe9" fo:border-bottom="0.5pt solid {GREEN}"/></style:style>"""


def inline(t):
    t = escape(t)
    t = re.sub(r"\*\*(.+?)\*\*", r'<text:span text:style-name="B">\1</text:span>', t)
    return re.sub(r"\*(.+?)\*", r'<text:span text:style-name="I">\1</text:span>', t)


def P(t, st="Body"):
    return f'<text:p text:style-name="{st}">{inline(t)}</text:p>'


def H(t):
    return f'<text:h text:style-name="H1" text:outline-level="1">{inline(t)}</text:h>'


def LIST(items, style="LDash"):
    return (f'<text:list text:style-name="{style}">' +
            "".join(f'<text:list-item>{P(i, "Item")}</text:list-item>' for i in items) + "</text:list>")


def letterhead(left, right):
    l = "".join(P(x, st) for x, st in left)
    r = "".join(P(x, "Small") for x in right)
    return ('<table:table table:name="Kop" table:style-name="Tab"><table:table-column/><table:table-column/>'
            f'<table:table-row><table:table-cell table:style-name="CG" office:value-type="string">{l}'
            f'</table:table-cell><table:table-cell table:style-name="CL" office:value-type="string">{r}'
            '</table:table-cell></table:table-row></table:table>')


def figtable(rows):
    out = ['<table:table table:name="Enquete" table:style-name="TabF"><table:table-column/><table:table-column/>']
    for i, (a, b) in enumerate(rows):
        cs, ps = ("CH", "CellB") if i == 0 else ("CR", "Cell")
        out.append(f'<table:table-row><table:table-cell table:style-name="{cs}" office:value-type="string">'
                   f'{P(a, ps)}</table:table-cell><table:table-cell table:style-name="{cs}" '
                   f'office:value-type="string">{P(b, ps)}</table:table-cell></table:table-row>')
    return "".join(out) + "</table:table>"


def fodt(title, head, body):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{escape(title)}</dc:title><meta:creation-date>2026-11-01T10:00:00</meta:creation-date>
</office:meta>
<office:font-face-decls><style:font-face style:name="{FAM}" svg:font-family="'{FAM}'"/></office:font-face-decls>
<office:styles>{STYLES}</office:styles>
<office:automatic-styles>{AUTO}</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="FirstPage" style:page-layout-name="pm1" style:next-style-name="Standard">
<style:footer><text:p text:style-name="Foot">blad <text:page-number text:select-page="current">1</text:page-number> van
<text:page-count>1</text:page-count></text:p></style:footer></style:master-page>
<style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p text:style-name="Head">{escape(head)}</text:p></style:header>
<style:footer><text:p text:style-name="Foot">blad <text:page-number text:select-page="current">1</text:page-number> van
<text:page-count>1</text:page-count></text:p></style:footer></style:master-page>
</office:master-styles>
<office:body><office:text><text:p text:style-name="First"/>{body}</office:text></office:body></office:document>"""


ADVICE_BODY = "".join([
    letterhead([("Bewonersklankbordgroep", "OrgW"), ("Warmtenet Oosterpolder", "OrgW"),
                ("p/a Buurthuis De Schakel, Berkenlaan 2, Aarlesloot", "SmallW")],
               ["Aan het college van burgemeester en wethouders van Aarlesloot", "Datum: 3 november 2026",
                "Kenmerk: KBG-WO 2026-03", "Betreft: advies concept-Wijkuitvoeringsplan Oosterpolder"]),
    P("Eerst betaalbaar, dan aardgasvrij", "Title"),
    P("Advies over het concept-Wijkuitvoeringsplan Oosterpolder aardgasvrij", "Sub"),
    H("1. Inleiding"),
    P("Op 15 september 2026 vroeg het college de bewonersklankbordgroep om advies over het concept-"
      "Wijkuitvoeringsplan Oosterpolder. Het plan beschrijft hoe de 1.180 woningen in de wijk tussen 2028 en 2031 "
      "van het aardgas af gaan en worden aangesloten op een warmtenet. De klankbordgroep bestaat sinds 2025 uit "
      "veertien bewoners: eigenaar-bewoners, huurders van Oosterwoon en twee ondernemers uit het winkelcentrum."),
    P("Volgens de gemeentelijke Transitievisie Warmte moeten bewoners in elke wijk vooraf worden betrokken bij de "
      "keuze voor een warmteoplossing. Op grond van de nieuwe warmtewet moeten warmtebedrijven bovendien hun "
      "tarieven laten toetsen door de toezichthouder. Die regels staan niet ter discussie; ons advies gaat over "
      "wat de gemeente zelf in de hand heeft."),
    H("2. Wat bewoners ons vroegen"),
    P("Wij hielden twee wijkavonden en een enquête onder alle huishoudens. Op de wijkavonden kwamen steeds dezelfde "
      "vragen terug:"),
    LIST(["Wat kost de aansluiting mij, en moet ik dat ineens betalen?",
          "Wordt mijn energierekening hoger dan nu?",
          "Wat gebeurt er als ik niet mee wil doen?",
          "Wie betaalt de nieuwe kookplaat en de aanpassingen in de meterkast?",
          "Wat als het warmtebedrijf failliet gaat?"], "LNum"),
    P("Uitkomsten van de enquête (612 van de 1.180 huishoudens vulden hem in):"),
    figtable([("Enquête oktober 2026", "aandeel"), ("Positief over aardgasvrij wonen", "58 %"),
              ("Bang voor hogere woonlasten", "71 %"), ("Kan 2.500 euro niet ineens betalen", "44 %"),
              ("Vertrouwt het warmtebedrijf", "31 %"), ("Wil eerst onafhankelijk advies", "66 %")]),
    P("In ons eerste advies van maart 2025 schreven wij:"),
    P("'De gemeente moet eerst zorgen dat de woningen goed geïsoleerd zijn, voordat zij bewoners vraagt over te "
      "stappen.'", "Quote"),
    P("Dat advies is overgenomen. Met de isolatieaanpak van 2025 en 2026 zijn ruim 400 woningen beter geïsoleerd, "
      "en de klankbordgroep is daar tevreden over."),
    H("3. Betaalbaarheid"),
    P("Het concept-plan gaat uit van een aansluitbijdrage van 4.950 euro per woning, te betalen bij aansluiting. "
      "Daarnaast moeten bewoners zelf de aanpassingen in huis betalen: een afgifteset, een nieuwe groep in de "
      "meterkast en in de meeste gevallen een elektrische kookplaat. De gemeente schat die kosten op 1.500 tot 3.000 "
      "euro per woning."),
    P("Voor veel bewoners is dat te veel. Bijna de helft van de huishoudens kan 2.500 euro niet ineens betalen, en "
      "in de wijk wonen relatief veel ouderen met een klein pensioen. Bewoners zijn ook bang dat de "
      "warmterekening na een paar jaar hoger uitvalt dan de gasrekening nu. Wij concluderen dat betaalbaarheid "
      "voor de wijk de belangrijkste voorwaarde is, en dat het concept-plan die voorwaarde nog niet waarmaakt."),
    P("Wij adviseren het college daarom om:"),
    LIST(["de aansluitbijdrage voor eigenaar-bewoners te maximeren op 2.500 euro per woning, met een renteloze "
          "lening voor wie dat bedrag niet ineens kan betalen;",
          "in de afspraken met het warmtebedrijf een garantie op te nemen dat bewoners nooit meer betalen dan bij "
          "een gemiddelde gasrekening, ook na 2030;",
          "huishoudens met een laag inkomen volledig te ontzien bij de kosten van de aanpassingen in de woning, zoals "
          "de afgifteset en een nieuwe kookplaat;",
          "met woningcorporatie Oosterwoon afspraken te maken zodat huurders er in woonlasten per saldo niet op "
          "achteruitgaan."]),
    H("4. Proces en vertrouwen"),
    P("Het vertrouwen in het warmtebedrijf is laag: minder dan een derde van de bewoners vertrouwt het. Bewoners "
      "krijgen nu alle informatie van het warmtebedrijf zelf, dat er belang bij heeft dat zij zich aansluiten. Wie "
      "twijfelt, weet niet bij wie hij terecht kan voor een eerlijk advies."),
    P("Het concept-plan legt de grens voor de keuze voor het warmtenet bij 50 procent instemming van de "
      "woningeigenaren. Dat betekent dat bijna de helft van de eigenaren kan worden verplicht tot iets waar zij niet "
      "voor hebben gekozen. Ook vrezen wij dat de klankbordgroep na de vaststelling van het plan wordt opgeheven, "
      "terwijl de moeilijkste fase dan nog moet beginnen."),
    P("Verder adviseren wij:"),
    LIST(["een onafhankelijke energiecoach aan te stellen die bewoners adviseert los van het warmtebedrijf;",
          "de keuze voor het warmtenet pas definitief te maken als ten minste 70 procent van de woningeigenaren "
          "heeft ingestemd;",
          "de klankbordgroep tot de oplevering van het net te laten bestaan en haar een eigen budget te geven voor "
          "onafhankelijke deskundigen."]),
    H("5. Tot slot"),
    P("Wij vragen het college vooral de eerste twee adviezen over betaalbaarheid serieus te nemen. Zonder "
      "betaalbaarheid komt er geen draagvlak, en zonder draagvlak geen warmtenet. Wij lichten ons advies graag toe."),
    P("Namens de bewonersklankbordgroep Warmtenet Oosterpolder,"),
    P("Gerda Mulderij, voorzitter"), P("Youssef Amrani, secretaris"),
])

RESPONSE_BODY = "".join([
    letterhead([("Gemeente Aarlesloot", "OrgW"), ("Persbericht", "SmallW")],
               ["Datum: 8 december 2026", "Nummer: PB-2026-214", "Onderwerp: Wijkuitvoeringsplan Oosterpolder",
                "Embargo: geen"]),
    P("PERSBERICHT", "Kicker"),
    P("Warmtenet Oosterpolder: aansluiting kost eigenaren maximaal 2.500 euro", "Title"),
    P("**Het college van Aarlesloot heeft dinsdag het Wijkuitvoeringsplan Oosterpolder vastgesteld. Daarmee is de "
      "weg vrij voor de aanleg van een warmtenet voor 1.180 woningen. In het plan zijn verschillende adviezen van de "
      "bewonersklankbordgroep verwerkt, maar niet alle.**"),
    P("'De klankbordgroep heeft ons de afgelopen maanden scherp gehouden, en dat is goed,' zegt wethouder Energie "
      "Ruud Brandsma. 'Betaalbaarheid staat voorop. Op een paar punten kiezen wij een andere weg, en dat leg ik ook "
      "graag uit op de wijkavond.'"),
    P("Onafhankelijk advies aan de keukentafel", "Run"),
    P("Vanaf maart 2027 kunnen bewoners gratis een afspraak maken met een energiecoach van het Regionaal "
      "Energieloket. De coach werkt niet voor het warmtebedrijf en komt op verzoek thuis langs."),
    P("Aansluitbijdrage omlaag", "Run"),
    P("Eigenaar-bewoners betalen voor de aansluiting nooit meer dan 2.500 euro, in plaats van de 4.950 euro uit het "
      "concept-plan. Wie dat bedrag niet ineens kan betalen, kan een renteloze lening afsluiten bij het "
      "Stimuleringsfonds, met een looptijd van tien jaar."),
    P("Extra steun bij een laag inkomen", "Run"),
    P("Huishoudens met een inkomen tot 130 procent van het sociaal minimum krijgen een vergoeding van maximaal 1.500 "
      "euro voor de aanpassingen in huis, zoals een inductiekookplaat. De klankbordgroep vroeg om een volledige "
      "vergoeding; dat vindt het college niet verantwoord, omdat de kosten per woning sterk verschillen."),
    P("Geen prijsgarantie", "Run"),
    P("Een garantie dat bewoners nooit meer betalen dan met gas, kan de gemeente niet geven. De warmtetarieven worden "
      "landelijk begrensd, en de gemeente heeft daar geen zeggenschap over. 'Ik ga niets beloven wat ik niet kan "
      "waarmaken,' aldus Brandsma. 'Wel volgen we de tarieven en maken we ze elk jaar openbaar.'"),
    P("Instemming blijft de helft", "Run"),
    P("Het college houdt vast aan de grens uit de Transitievisie: het warmtenet wordt aangelegd als ten minste de "
      "helft van de eigenaren instemt. Een hogere grens betekent volgens het college dat een kleine groep de hele "
      "wijk kan tegenhouden."),
    P("Huurders", "Run"),
    P("Over de woonlasten van huurders gaat de gemeente in het voorjaar van 2027 in gesprek met de corporatie en de "
      "huurdersvereniging. Afspraken over huur en servicekosten zijn aan Oosterwoon zelf."),
    P("Hoe nu verder", "Run"),
    P("De aanleg van het net begint naar verwachting in september 2027 in het noordelijke deel van de wijk. Alle "
      "bewoners krijgen in januari een brief met een uitnodiging voor de wijkavond van 28 januari 2027 in buurthuis "
      "De Schakel."),
    P("Noot voor de redactie, niet voor publicatie", "Run"),
    P("Voor meer informatie kunt u contact opnemen met de afdeling Communicatie, telefoon 0599 123 456, of "
      "pers@aarlesloot.example. Wethouder Brandsma is donderdag tussen 10 en 12 uur beschikbaar voor interviews."),
    P("Over het warmtenet Oosterpolder", "Run"),
    P("Het warmtenet gebruikt restwarmte van de papierfabriek aan het Winschoterdiep en een grote warmtepomp als "
      "reserve. Het net wordt aangelegd en beheerd door Warmtebedrijf Noordoost, een bedrijf van de gemeente en "
      "twee buurgemeenten.", "Body"),
])


def expected():
    recs = [
        (1, "de aansluitbijdrage voor eigenaar-bewoners te maximeren op 2.500 euro",
         "een renteloze lening afsluiten bij het Stimuleringsfonds", "agrees"),
        (2, "in de afspraken met het warmtebedrijf een garantie op te nemen",
         "Ik ga niets beloven wat ik niet kan waarmaken", "disagrees"),
        (3, "huishoudens met een laag inkomen volledig te ontzien bij de kosten",
         "een vergoeding van maximaal 1.500 euro voor de aanpassingen", "partly"),
        (4, "met woningcorporatie Oosterwoon afspraken te maken zodat huurders er",
         "Afspraken over huur en servicekosten zijn aan Oosterwoon zelf", "noted"),
        (5, "een onafhankelijke energiecoach aan te stellen die bewoners adviseert",
         "een energiecoach van het Regionaal Energieloket", "agrees"),
        (6, "de keuze voor het warmtenet pas definitief te maken als",
         "houdt vast aan de grens uit de Transitievisie", "disagrees"),
        (7, "de klankbordgroep tot de oplevering van het net te laten bestaan", None, "unanswered"),
    ]
    unmatched = ["begint naar verwachting in september 2027 in het noordelijke deel",
                 "kunt u contact opnemen met de afdeling Communicatie",
                 "gebruikt restwarmte van de papierfabriek aan het Winschoterdiep"]
    notes = ("Bewonersklankbordgroep Warmtenet Oosterpolder (gemeente Aarlesloot), advies KBG-WO 2026-03 on the "
             "concept-Wijkuitvoeringsplan aardgasvrij (3 p., LibreOffice from .fodt, letterhead table with a green "
             "cell, 'Enquête' table, native header from p. 2, 'blad n van m'). Traps: the Transitievisie and the "
             "warmtewet 'moeten', the residents' questions as a numbered list 1.-5. ('moet ik dat ineens betalen?'), "
             "the 2025 advice quoted with 'moet' (realised), 'Wij concluderen', a closing line naming 'de eerste twee "
             "adviezen'. Recommendations are unnumbered DASH-LIST ITEMS (infinitive clauses) in TWO LISTS: 'Wij "
             "adviseren het college daarom om:' with four (chapter 3) and 'Verder adviseren wij:' with three (chapter "
             "4); expected 1-7 in that order. Response: the gemeente's PERSBERICHT: headline, bold lead, a quote of "
             "the wethouder (nothing), then bold run-in subheads by theme, no numbers, in the order 5, 1, 3, 2, 6, 4. "
             "5 agrees (free energiecoach of the Regionaal Energieloket, not working for the warmtebedrijf). 1 agrees "
             "(max 2.500 euro, interest-free loan). 3 partly (up to 1.500 euro for incomes to 130 % of the minimum; "
             "full compensation refused). 2 disagrees ('kan de gemeente niet geven', 'Ik ga niets beloven ...'). 6 "
             "disagrees ('houdt vast aan de grens', 50 %). 4 noted (talks with corporatie and huurdersvereniging in "
             "spring 2027; agreements are up to Oosterwoon; the reply is cut mid-sentence by the page break). 7 (keep the klankbordgroep with its own budget) is not "
             "answered. 'Hoe nu verder', 'Noot voor de redactie' and 'Over het warmtenet Oosterpolder' answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.fodt_pdf(fodt("Advies Wijkuitvoeringsplan Oosterpolder",
                    "Bewonersklankbordgroep Warmtenet Oosterpolder - advies KBG-WO 2026-03", ADVICE_BODY),
               NAME + "_advice.pdf")
    B.fodt_pdf(fodt("Persbericht Warmtenet Oosterpolder", "Gemeente Aarlesloot - persbericht PB-2026-214",
                    RESPONSE_BODY), NAME + "_response.pdf")
    expected()
