"""Round 115 (nl): the ADVIES of a municipal COMITÉ 4 EN 5 MEI (the committee that organises the local
Remembrance Day and looks after the war memorial) on the redesign of the town square where the memorial stands,
answered by the BURGEMEESTER's LETTER, which takes the recommendations by ORDINAL ('Uw derde advies'), in another
order, one paragraph answering two.

Advice (fpdf2, serif, 2 p., a bronze top band and a thin black rule, running head from p. 2, 'blz. n/m'): on p. 1 a
framed, shaded SUMMARY BOX 'Onze adviezen in het kort' holds the seven recommendations as a NUMBERED list 1.-7.; the
body after it ('Toelichting') explains: the instellingsbesluit 'moet' (trap), the memorial's history with figures,
the 1995 raadsbesluit quoted with 'moet' (trap), the four parts of the ceremony as a numbered list 1.-4. (trap), a
question from the inloopavond with 'moet' (trap), a conclusion ('Het comité concludeert ...'; trap), and run-in
'Plaats en ruimte (adviezen 1 en 3).' paragraphs that explain but do not repeat the recommendations (trap); closing
line citing 'de adviezen 1, 3 en 6'. Response: letterhead, opening, replies by ORDINAL in the order 3, 1, 2+5, 6, 4;
7 unanswered; 'inspraak' figures, the planning (the 2027 ceremony at the church), the 5 mei festival and the closing
answer nothing.
All invented.

Run: /tmp/blind115nl/bin/python tests/docs/src/blind115/gen_nl_dodenherdenking_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b115nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind115_nl_dodenherdenking"
F = B.tmp_fonts("B115NL Serif", B.SERIF_FILES)
BRONZE = (134, 98, 48)
SHADE = (246, 241, 232)
GREY = (90, 90, 90)
LH = 5.0


class Doc(FPDF):
    head = ""
    foot = ""

    def header(self):
        if self.page_no() == 1:
            self.set_fill_color(*BRONZE)
            self.rect(0, 0, self.w, 5, style="F")
            self.set_y(14)
        else:
            self.set_font("R", "I", 7.6)
            self.set_text_color(*GREY)
            self.cell(0, 4, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(0, 0, 0)
            self.set_line_width(0.2)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.ln(6)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("R", "", 7.6)
        self.set_text_color(*GREY)
        self.cell(0, 5, self.foot.format(n=self.page_no(), m="{nb}"), align="C")
        self.set_text_color(0, 0, 0)


def new(head, foot, date):
    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(*date, tzinfo=datetime.timezone.utc))
    pdf.head, pdf.foot = head, foot
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        pdf.add_font("R", style, F[key])
    pdf.set_margins(25, 16, 25)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def h(pdf, text, size=11, before=3.5):
    pdf.ln(before)
    pdf.set_font("R", "B", size)
    pdf.set_text_color(*BRONZE)
    pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.6)


def p(pdf, text, style="", size=9.6, md=False, after=2.4, lh=LH):
    pdf.set_font("R", style, size)
    pdf.multi_cell(0, lh, text, new_x="LMARGIN", new_y="NEXT", align="L", markdown=md)
    pdf.ln(after)


def item(pdf, label, text, indent=5, width=7, after=1.2):
    pdf.set_x(pdf.l_margin + indent)
    pdf.set_font("R", "", 9.6)
    pdf.cell(width, LH, label)
    pdf.multi_cell(0, LH, text, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(after)


RECS = [
    "Laat het monument op zijn huidige plek midden op het Raadhuisplein staan.",
    "Laat het monument tijdens de werkzaamheden restaureren door een gespecialiseerde natuursteenrestaurateur.",
    "Houd op 4 mei rond het monument een vrije ruimte voor ten minste vijfhonderd mensen, zonder terrassen.",
    "Voeg aan het monument de namen toe van de inwoners van Valkendaal die in de oorlog zijn omgekomen.",
    "Plaats bij het monument een informatiezuil over de razzia van november 1944.",
    "Verhoog de jaarlijkse bijdrage aan het comité van 3.500 naar 6.000 euro.",
    "Betrek het comité bij de keuze van de verlichting en de beplanting rond het monument.",
]


def box(pdf):
    x0, w = pdf.l_margin, pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font("R", "", 9.6)
    inner = w - 8 - 7
    hts = [pdf.multi_cell(inner, LH, r, dry_run=True, output="HEIGHT") for r in RECS]
    total = 7 + 4 + sum(hts) + 1.4 * len(RECS) - 0.5
    y0 = pdf.get_y()
    pdf.set_fill_color(*SHADE)
    pdf.set_draw_color(*BRONZE)
    pdf.set_line_width(0.5)
    pdf.rect(x0, y0, w, total, style="DF")
    pdf.set_xy(x0 + 4, y0 + 3)
    pdf.set_font("R", "B", 10.5)
    pdf.set_text_color(*BRONZE)
    pdf.cell(0, 6, "Onze adviezen in het kort", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1.5)
    for i, r in enumerate(RECS, 1):
        pdf.set_x(x0 + 4)
        pdf.set_font("R", "B", 9.6)
        pdf.cell(7, LH, f"{i}.")
        pdf.set_font("R", "", 9.6)
        pdf.multi_cell(inner, LH, r, new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.ln(1.4)
    pdf.set_y(y0 + total + 5)


def advice():
    pdf = new("Comité 4 en 5 mei Valkendaal - advies C45-2026/03 - monument en Raadhuisplein", "blz. {n}/{m}",
              (2026, 10, 8))
    pdf.set_font("R", "B", 15)
    pdf.cell(0, 7, "Comité 4 en 5 mei Valkendaal", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("R", "", 8.6)
    pdf.set_text_color(*GREY)
    pdf.cell(0, 4.4, "ingesteld door de burgemeester van Valkendaal - secretariaat: Kabinet, Raadhuisplein 1, "
             "5271 BK Valkendaal", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    pdf.line(pdf.l_margin, pdf.get_y() + 2, pdf.w - pdf.r_margin, pdf.get_y() + 2)
    pdf.ln(6)
    pdf.set_font("R", "", 8.8)
    for k, v in (("Aan", "de burgemeester van Valkendaal"), ("Datum", "8 oktober 2026"),
                 ("Kenmerk", "C45-2026/03"), ("Betreft", "advies over het oorlogsmonument en de herinrichting van "
                                                        "het Raadhuisplein")):
        pdf.set_font("R", "B", 8.8)
        pdf.cell(22, 4.6, k)
        pdf.set_font("R", "", 8.8)
        pdf.cell(0, 4.6, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("R", "B", 16)
    pdf.cell(0, 8, "Een plek om stil te staan", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("R", "I", 10)
    pdf.cell(0, 5.5, "Advies over het oorlogsmonument bij de herinrichting van het Raadhuisplein",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    p(pdf, "Het college wil het Raadhuisplein opnieuw inrichten: minder parkeerplaatsen, meer bomen, ruimte voor "
           "terrassen en een nieuwe toegang tot de parkeergarage. In het ontwerp verhuist het oorlogsmonument naar "
           "een nieuwe herdenkingstuin aan de Kerkhoflaan. U vroeg ons op 2 juli 2026 om advies. Hieronder vindt u "
           "eerst onze adviezen en daarna de toelichting.")
    pdf.ln(1)
    box(pdf)

    h(pdf, "Toelichting")
    h(pdf, "Waarom het comité adviseert", size=10, before=0.5)
    p(pdf, "Het comité organiseert sinds 1987 de dodenherdenking op 4 mei en de viering van de bevrijding op 5 mei "
           "in Valkendaal. Volgens het instellingsbesluit moet de burgemeester het comité horen over alles wat het "
           "oorlogsmonument en de herdenking betreft. Het comité telt zeven leden, onder wie een nabestaande, een "
           "leraar en een lid van de historische vereniging Oud-Valkendaal.")
    h(pdf, "Het monument", size=10, before=0.5)
    p(pdf, "Het monument, een bronzen beeld van een vrouw met een kind op een sokkel van hardsteen, werd op 4 mei "
           "1949 onthuld. Het herinnert aan de razzia van 11 november 1944, waarbij 64 mannen uit Valkendaal werden "
           "weggevoerd; negentien van hen kwamen niet terug. Het beeld staat sinds de onthulling midden op het "
           "plein, recht tegenover de ingang van het oude raadhuis, waar de mannen toen werden verzameld.")
    p(pdf, "In 1995, toen het plein de vorige keer werd vernieuwd, besloot de gemeenteraad: 'Het monument moet voor "
           "iedereen vrij toegankelijk blijven en wordt niet verplaatst zonder het comité te horen.' Dat besluit "
           "geldt nog steeds. De sokkel vertoont inmiddels scheuren en het brons is op meerdere plaatsen verkleurd.")
    h(pdf, "De herdenking nu", size=10, before=0.5)
    p(pdf, "Ieder jaar komen er op 4 mei tussen de vierhonderd en vijfhonderd mensen naar het plein. De herdenking "
           "kent vier onderdelen:", after=1.2)
    for i, t in enumerate(["de stille tocht vanaf de Sint-Martinuskerk, om 19.30 uur;",
                           "twee minuten stilte om 20.00 uur, na het signaal Taptoe;",
                           "de kranslegging door de burgemeester, nabestaanden en verenigingen;",
                           "het voorlezen van een gedicht door een leerling van groep 8."], 1):
        item(pdf, f"{i}.", t)
    pdf.ln(1.2)
    p(pdf, "De kosten van de herdenking en de viering van 5 mei bedroegen in 2026 ongeveer 5.800 euro. De gemeente "
           "draagt daar 3.500 euro aan bij; de rest betaalt het comité uit giften en uit een reserve die in 2027 op "
           "is.")
    h(pdf, "Wat wij hoorden", size=10, before=0.5)
    p(pdf, "Op de inloopavond van 17 september over het ontwerp kwamen ongeveer 85 inwoners. Veel van hen spraken "
           "ons aan over het monument. De vraag die we het vaakst hoorden was: 'Waarom moet het monument wijken "
           "voor een terras?' Ook vertelden meerdere mensen dat zij pas bij het lezen van het boek van de "
           "historische vereniging hoorden dat ook vier inwoners die als dwangarbeider omkwamen, nergens worden "
           "genoemd.")
    p(pdf, "Het comité concludeert dat het ontwerp het monument vooral ziet als een object dat ergens moet staan, en "
           "te weinig als de plek waar Valkendaal elk jaar samenkomt.")
    h(pdf, "Toelichting bij de adviezen", size=10, before=0.5)
    p(pdf, "**Plaats en ruimte (adviezen 1 en 3).** De herdenkingstuin aan de Kerkhoflaan is te klein voor de "
           "herdenking en ligt uit het zicht. De plek midden op het plein heeft een betekenis: daar stonden de "
           "mannen op 11 november 1944. Het ontwerp zet op het plein terrassen voor ongeveer 220 zitplaatsen.", md=True)
    p(pdf, "**Het monument zelf (adviezen 2 en 5).** Het beeld is van brons en de sokkel van hardsteen; herstel "
           "vraagt vakmanschap. Jongeren weten steeds minder van de razzia; bezoekers buiten 4 mei vinden bij het "
           "monument nu geen enkele uitleg.", md=True)
    p(pdf, "**Namen (advies 4).** De historische vereniging heeft 23 namen gevonden van inwoners die in de oorlog om "
           "het leven kwamen, onder wie de negentien weggevoerde mannen. Nu staat er op het monument alleen een "
           "jaartal.", md=True)
    p(pdf, "**Middelen en samenwerking (adviezen 6 en 7).** De bijdrage van de gemeente is sinds 2011 niet "
           "verhoogd. Bij de vorige vernieuwing van het plein werd het comité pas betrokken toen de lantaarnpalen "
           "al waren besteld.", md=True)
    h(pdf, "Tot slot")
    p(pdf, "Wij vragen u vooral aandacht voor de adviezen 1, 3 en 6. Wij lichten dit advies graag mondeling toe, "
           "en zijn bereid mee te denken bij de verdere uitwerking van het ontwerp.")
    pdf.ln(2)
    p(pdf, "Namens het Comité 4 en 5 mei Valkendaal,\nHenk Verduyn, voorzitter\nMargriet Aalbers-Tjon, secretaris")
    pdf.output(B.out(NAME + "_advice.pdf"))


def response():
    pdf = new("Gemeente Valkendaal - burgemeester - BUR/2026/4471", "blz. {n}/{m}", (2026, 11, 12))
    pdf.set_font("R", "B", 13)
    pdf.set_text_color(*BRONZE)
    pdf.cell(0, 6, "Gemeente Valkendaal", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(*GREY)
    pdf.set_font("R", "", 8.6)
    pdf.cell(0, 4.4, "De burgemeester", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(8)
    p(pdf, "Comité 4 en 5 mei Valkendaal\nt.a.v. de heer H. Verduyn, voorzitter\np/a Kabinet, Raadhuisplein 1\n"
           "5271 BK Valkendaal", size=9.4, after=6)
    for k, v in (("Datum", "12 november 2026"), ("Ons kenmerk", "BUR/2026/4471"), ("Uw kenmerk", "C45-2026/03"),
                 ("Onderwerp", "uw advies over het oorlogsmonument en het Raadhuisplein")):
        pdf.set_font("R", "B", 8.8)
        pdf.cell(26, 4.6, k)
        pdf.set_font("R", "", 8.8)
        pdf.cell(0, 4.6, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    p(pdf, "Geachte heer Verduyn, beste leden van het comité,")
    p(pdf, "Hartelijk dank voor uw advies van 8 oktober 2026. Het heeft in het college tot een goed gesprek geleid, "
           "en ook tot een aantal wijzigingen in het ontwerp. Het college heeft het definitief ontwerp voor het "
           "Raadhuisplein op 10 november vastgesteld. In deze brief laat ik u weten wat wij met uw adviezen doen.")
    p(pdf, "Op het ontwerp kwamen 46 reacties binnen, waarvan 31 over het monument. Dat onderstreept hoe belangrijk "
           "deze plek voor veel inwoners is.")
    p(pdf, "Uw derde advies neem ik graag over. Op 4 mei mogen de terrassen op het plein vanaf 18.00 uur niet "
           "worden gebruikt; dat nemen wij als voorschrift op in alle terrasvergunningen. Rond het monument is dan "
           "plaats voor ongeveer zeshonderd mensen.")
    p(pdf, "Het eerste advies, over de plek van het monument, heeft ons het meest beziggehouden. Het monument blijft "
           "op het Raadhuisplein en gaat dus niet naar de Kerkhoflaan. Midden op het plein kan het echter niet "
           "blijven staan, omdat daar de nieuwe toegang tot de parkeergarage komt. Het krijgt een plaats aan de "
           "oostzijde van het plein, onder de lindebomen, ongeveer twintig meter van de huidige plek en nog altijd "
           "met zicht op het oude raadhuis.")
    p(pdf, "Uw tweede en vijfde advies gaan over het monument zelf. Het beeld en de sokkel worden in het voorjaar van "
           "2027 gerestaureerd door een erkend atelier voor brons en natuursteen, voordat het monument op zijn "
           "nieuwe plek wordt gezet. Ook komt er naast het monument een informatiezuil over de gebeurtenissen van "
           "november 1944. De tekst stellen wij graag samen met het comité en de historische vereniging op.")
    p(pdf, "Over het zesde advies het volgende. Ik begrijp dat de kosten van de herdenking zijn gestegen en dat de "
           "reserve van het comité opraakt. Toch ziet het college geen ruimte om de jaarlijkse bijdrage te "
           "verhogen; de begroting 2027 laat dat niet toe. Wij houden de bijdrage op het huidige bedrag.")
    p(pdf, "Het vierde advies vraagt zorgvuldigheid. Namen op een monument zijn blijvend, en een vergeten of "
           "verkeerde naam doet nabestaanden pijn. Ik heb de gemeentearchivaris gevraagd om samen met de historische "
           "vereniging na te gaan of de lijst volledig en juist is. Daarna neemt het college een besluit; ik "
           "verwacht dat eind 2027.")
    p(pdf, "De werkzaamheden aan het plein beginnen op 11 januari 2027 en duren ongeveer tien maanden. De "
           "dodenherdenking van 4 mei 2027 vindt daarom eenmalig plaats bij de Sint-Martinuskerk. Mijn kabinet "
           "neemt hierover contact met u op.")
    p(pdf, "Ook het bevrijdingsfestival op 5 mei 2027 kan niet op het plein worden gehouden. De organisatie heeft "
           "inmiddels toestemming gekregen om uit te wijken naar het Stadspark, met een podium bij de vijver.")
    p(pdf, "Ik dank u nogmaals voor uw betrokkenheid en voor al het werk dat het comité elk jaar verzet. Ik zie uit "
           "naar de herdenking van volgend jaar.")
    p(pdf, "Met vriendelijke groet,", after=8)
    p(pdf, "mr. A.C. (Anneke) de Wolff-Brenninkmeijer\nburgemeester van Valkendaal", after=6)
    p(pdf, "Een afschrift van deze brief gaat ter informatie naar de gemeenteraad.", style="I", size=8.6)
    pdf.output(B.out(NAME + "_response.pdf"))


def expected():
    recs = [
        (1, "Laat het monument op zijn huidige plek midden op het Raadhuisplein staan.",
         "Het krijgt een plaats aan de oostzijde van het plein", "partly"),
        (2, "Laat het monument tijdens de werkzaamheden restaureren door een gespecialiseerde natuursteenrestaurateur.",
         "gerestaureerd door een erkend atelier voor brons en natuursteen", "agrees"),
        (3, "Houd op 4 mei rond het monument een vrije ruimte voor",
         "Uw derde advies neem ik graag over", "agrees"),
        (4, "Voeg aan het monument de namen toe van de inwoners van Valkendaal",
         "Ik heb de gemeentearchivaris gevraagd", "noted"),
        (5, "Plaats bij het monument een informatiezuil over de razzia van november 1944.",
         "De tekst stellen wij graag samen met het comité", "agrees"),
        (6, "Verhoog de jaarlijkse bijdrage aan het comité van 3.500 naar 6.000 euro.",
         "Wij houden de bijdrage op het huidige bedrag", "disagrees"),
        (7, "Betrek het comité bij de keuze van de verlichting en de beplanting", None, "unanswered"),
    ]
    unmatched = ["Op het ontwerp kwamen 46 reacties binnen, waarvan 31 over het monument",
                 "De werkzaamheden aan het plein beginnen op 11 januari 2027",
                 "Ook het bevrijdingsfestival op 5 mei 2027 kan niet",
                 "Ik dank u nogmaals voor uw betrokkenheid"]
    notes = ("Dutch municipal COMITÉ 4 EN 5 MEI, advies C45-2026/03 'Een plek om stil te staan' to the burgemeester "
             "on the war memorial in the redesign of the Raadhuisplein (fpdf2, 2 p., serif, bronze top band, running "
             "head from p. 2, 'blz. n/m' centred). Recommendations: a NUMBERED list 1.-7. inside a framed, shaded "
             "SUMMARY BOX 'Onze adviezen in het kort' on p. 1, BEFORE the body (expected 1-7 in order). The body "
             "('Toelichting') is all traps: the instellingsbesluit 'moet', the memorial's history with figures, the "
             "1995 raadsbesluit quoted with 'moet', the four parts of the ceremony as a numbered list 1.-4., costs, "
             "a question from the inloopavond with 'moet', a conclusion ('Het comité concludeert ...'), run-in "
             "paragraphs 'Plaats en ruimte (adviezen 1 en 3).', 'Het monument zelf (adviezen 2 en 5).', 'Namen "
             "(advies 4).', 'Middelen en samenwerking (adviezen 6 en 7).' that explain without restating, and a "
             "closing line citing 'de adviezen 1, 3 en 6'. Response: the BURGEMEESTER's LETTER BY ORDINAL, order 3, "
             "1, 2+5, 6, 4: 'Uw derde advies neem ik graag over' = 3 agrees (terraces closed from 18.00 on 4 May); "
             "'Het eerste advies' = 1 partly (stays on the plein, not in the middle: the east side, twenty metres "
             "away); 'Uw tweede en vijfde advies' = 2 agrees (restoration by an atelier in spring 2027) + 5 agrees "
             "(information column, text with the comité); 'het zesde advies' = 6 disagrees (no room in the 2027 "
             "budget, contribution unchanged); 'Het vierde advies' = 4 noted (archivaris and historische vereniging "
             "check the names, decision end 2027); 7 (comité involved in lighting and planting) unanswered. The "
             "opening, the inspraak figures (46 reacties, 31), the planning (works from 11 January 2027, the 2027 "
             "ceremony at the church), the bevrijdingsfestival moved to the Stadspark, the closing and the afschrift "
             "line answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()
