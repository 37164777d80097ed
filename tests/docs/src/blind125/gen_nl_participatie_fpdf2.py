"""Round 125 (nl): the ADVIES of a municipal ADVIESCOMMISSIE PARTICIPATIE on the draft PARTICIPATIEVERORDENING,
commented ARTICLE BY ARTICLE: under sub-headings 'Artikel 3 - Reikwijdte' ... the seven recommendations are
paragraphs opened by a bold run-in 'Voorstel:' (two under article 4), most followed by an indented italic TEXT
PROPOSAL for the article (law-like 'moet' / 'vermeldt' sentences), among run-in 'Opmerking:' paragraphs that
propose nothing and articles with 'Geen opmerkingen.'; answered by the ARTIKELSGEWIJZE TOELICHTING of the
verordening as adopted, whose articles are RENUMBERED (a new article 2, so concept article 3 is now 4, and so on):
the replies stand inside the commentary on the articles, no heading names a recommendation.

Advice (fpdf2, sans, 2 p., green headings, running head from p. 2, 'blz. n'): the Wet versterking participatie op
decentraal niveau paraphrased with 'moet' (trap), the committee's three starting points as a numbered list 1.-3.
(trap), 'Opmerking:' paragraphs (trap), text proposals in law language (part of the recommendation), a closing line
naming 'de voorstellen bij artikel 4 en artikel 11' (trap). Response (fpdf2, 2 p.): 'Algemene toelichting' with
'Inspraak en advies' (nothing), article commentary 1, 2 (new), 4, 5, 7, 10, 14 (new); 6 never answered (article 12,
formerly 11, not commented on). Verdicts: 1 agrees, 2 disagrees, 3 partly, 4 agrees, 5 noted, 6 unanswered, 7
agrees. All bodies, places, people, figures and reference numbers invented; the Wet versterking participatie op
decentraal niveau, the Gemeentewet and the Awb are named as context only.

Run: /tmp/blind125nl/bin/python tests/docs/src/blind125/gen_nl_participatie_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b125nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind125_nl_participatie"
FS = B.tmp_fonts()
GREEN = (38, 96, 62)
GREY = (95, 95, 95)
LH = 5.0


class Doc(FPDF):
    head = ""
    foot = "{n}"

    def header(self):
        if self.page_no() > 1 and self.head:
            self.set_y(10)
            self.set_font("S", "", 7.4)
            self.set_text_color(*GREY)
            self.cell(0, 4, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*GREEN)
            self.set_line_width(0.3)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.set_y(21)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("S", "", 7.6)
        self.set_text_color(*GREY)
        self.cell(0, 5, self.foot.format(n=self.page_no()), align="R")
        self.set_text_color(0, 0, 0)


def new(head, foot, title, author):
    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 5, 1, tzinfo=datetime.timezone.utc))
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.head, pdf.foot = head, foot
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        pdf.add_font("S", style, FS[key])
    pdf.set_margins(25, 16, 25)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def para(pdf, text, size=9.5, style="", gap=1.8):
    pdf.set_font("S", style, size)
    pdf.multi_cell(0, LH, text, markdown=True, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def h2(pdf, text, size=11.5):
    if pdf.will_page_break(22):
        pdf.add_page()
    pdf.ln(1.5)
    pdf.set_font("S", "B", size)
    pdf.set_text_color(*GREEN)
    pdf.cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.6)


def h3(pdf, text):
    if pdf.will_page_break(18):
        pdf.add_page()
    pdf.ln(0.8)
    pdf.set_font("S", "B", 9.8)
    pdf.cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.3)


def proposal(pdf, text):
    pdf.set_x(pdf.l_margin + 9)
    pdf.set_font("S", "I", 9.0)
    pdf.set_draw_color(*GREEN)
    y0 = pdf.get_y()
    pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - 14, LH, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_line_width(0.6)
    pdf.line(pdf.l_margin + 6, y0 + 0.5, pdf.l_margin + 6, pdf.get_y() - 0.5)
    pdf.ln(1.8)


def item(pdf, n, text):
    pdf.set_font("S", "", 9.5)
    pdf.cell(7, LH, f"{n}.")
    pdf.multi_cell(0, LH, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)


def advice():
    pdf = new("Adviescommissie Participatie Leeuwenbroek - advies concept-Participatieverordening - ACP 2026-02",
              "blz. {n}", "Advies concept-Participatieverordening", "Adviescommissie Participatie Leeuwenbroek")
    pdf.set_font("S", "", 7.8)
    pdf.set_text_color(*GREY)
    pdf.cell(0, 4, "ADVIESCOMMISSIE PARTICIPATIE LEEUWENBROEK", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(*GREEN)
    pdf.set_line_width(0.8)
    pdf.line(25, pdf.get_y() + 1.5, 185, pdf.get_y() + 1.5)
    pdf.ln(6)
    pdf.set_text_color(*GREEN)
    pdf.set_font("S", "B", 16)
    pdf.multi_cell(0, 7.5, "Meedoen vastleggen", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("S", "", 10.5)
    pdf.multi_cell(0, 5.5, "Advies over de concept-Participatieverordening gemeente Leeuwenbroek",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    pdf.set_font("S", "", 7.8)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(0, 4.2, "Kenmerk ACP 2026-02 - 24 maart 2026 - aan het college van burgemeester en wethouders "
                   "van Leeuwenbroek", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)

    h2(pdf, "1  Aanleiding")
    para(pdf, "Op 3 februari 2026 vroeg het college ons om advies over de concept-Participatieverordening. Door de Wet "
         "versterking participatie op decentraal niveau moet de gemeenteraad in een verordening vastleggen hoe "
         "inwoners, bedrijven en organisaties betrokken worden bij de voorbereiding van beleid, en hoe zij de "
         "gemeente kunnen uitdagen een taak zelf over te nemen. De nieuwe verordening vervangt de Inspraakverordening "
         "Leeuwenbroek 2011.")
    para(pdf, "De commissie besprak het concept in twee vergaderingen en hield op 2 maart een open avond in "
         "wijkcentrum De Hoeksteen, waar 31 inwoners en vertegenwoordigers van vier dorpsraden kwamen. Wat daar werd "
         "gezegd, hebben wij in dit advies verwerkt.")

    h2(pdf, "2  Onze uitgangspunten")
    para(pdf, "De commissie heeft het concept gelezen vanuit drie uitgangspunten:")
    item(pdf, 1, "Participatie is er voor iedereen, niet alleen voor wie de weg naar het gemeentehuis al kent.")
    item(pdf, 2, "Inwoners horen vooraf te weten wat er met hun inbreng gebeurt en waarover zij niet meer kunnen "
         "meepraten.")
    item(pdf, 3, "Een regel die niemand naleeft, is slechter dan geen regel.")
    para(pdf, "Over het geheel zijn wij positief. Het concept is kort en leesbaar, en het uitdaagrecht krijgt een "
         "duidelijke plaats. Hieronder volgen onze opmerkingen en voorstellen per artikel. Wij volgen de nummering "
         "van het concept.")

    h2(pdf, "3  Opmerkingen en voorstellen per artikel")
    h3(pdf, "Artikel 1 - Begripsbepalingen")
    para(pdf, "Geen opmerkingen.")
    h3(pdf, "Artikel 3 - Reikwijdte")
    para(pdf, "**Opmerking:** het concept beperkt de verordening tot de voorbereiding van beleid. Bij de open avond "
         "bleek dat inwoners juist bij de uitvoering van projecten, zoals de herinrichting van een straat, het "
         "meest te zeggen hebben.")
    para(pdf, "**Voorstel:** breid de reikwijdte uit tot de uitvoering en de evaluatie van gemeentelijk beleid, en "
         "pas het eerste lid als volgt aan:")
    proposal(pdf, "'Deze verordening is van toepassing op de voorbereiding, de uitvoering en de evaluatie van "
             "gemeentelijk beleid.'")
    h3(pdf, "Artikel 4 - Participatieplan")
    para(pdf, "**Voorstel:** leg ieder participatieplan vier weken ter inzage voordat het traject begint, zodat "
         "inwoners kunnen reageren op de vraag hoe zij betrokken worden. Voeg daartoe een vierde lid toe:")
    proposal(pdf, "'Het college legt het participatieplan ten minste vier weken ter inzage voordat de participatie "
             "begint.'")
    para(pdf, "**Voorstel:** schrijf voor dat het participatieplan beschrijft hoe inwoners worden bereikt die minder "
         "digitaal vaardig zijn of het Nederlands niet goed beheersen, bijvoorbeeld door in het tweede lid toe te "
         "voegen:")
    proposal(pdf, "'Het plan vermeldt in elk geval op welke wijze inwoners worden bereikt die moeilijk bereikbaar "
             "zijn voor de gemeente.'")
    h3(pdf, "Artikel 5 - Rol van de raad")
    para(pdf, "**Opmerking:** wij waarderen dat de raad bij grote projecten zelf de kaders voor participatie "
         "vaststelt. Dit artikel hoeft wat ons betreft niet te veranderen.")
    h3(pdf, "Artikel 6 - Uitdaagrecht")
    para(pdf, "**Voorstel:** verkort de termijn waarbinnen het college op een uitdaagverzoek beslist van twaalf naar "
         "acht weken. Twaalf weken is lang voor een groep vrijwilligers die een buurthuis of een speeltuin wil "
         "overnemen, en de Algemene wet bestuursrecht gaat ook uit van acht weken.")
    proposal(pdf, "'Het college beslist binnen acht weken na ontvangst van het verzoek.'")
    h3(pdf, "Artikel 9 - Verslag")
    para(pdf, "**Opmerking:** het concept schrijft een verslag per participatietraject voor. Dat vinden wij goed.")
    para(pdf, "**Voorstel:** laat het college daarnaast elk jaar een participatieverslag aan de raad sturen, met een "
         "overzicht van alle trajecten, de uitdaagverzoeken en de klachten, zodat de raad kan zien of de "
         "verordening werkt.")
    h3(pdf, "Artikel 11 - Klachten")
    para(pdf, "**Voorstel:** wijs een onafhankelijk aanspreekpunt aan bij wie inwoners terechtkunnen als zij vinden "
         "dat een participatietraject niet volgens het participatieplan verloopt, voordat zij een formele klacht "
         "indienen. De gemeentelijke ombudsfunctie zou die rol kunnen vervullen.")

    h2(pdf, "4  Ontbrekend in het concept")
    para(pdf, "**Voorstel:** neem een evaluatiebepaling op, zodat de raad binnen twee jaar na de inwerkingtreding "
         "kan beoordelen of de verordening doet wat zij belooft:")
    proposal(pdf, "'Het college zendt de raad binnen twee jaar na de inwerkingtreding van deze verordening een "
             "verslag over de doeltreffendheid en de effecten ervan.'")

    h2(pdf, "5  Tot slot")
    para(pdf, "Wij hechten het meest aan de voorstellen bij artikel 4 en artikel 11, omdat die bepalen of ook stille "
         "inwoners hun stem laten horen. De commissie is graag bereid haar advies toe te lichten in de "
         "raadscommissie Bestuur.")
    para(pdf, "Adviescommissie Participatie Leeuwenbroek\nmr. Femke Oudshoorn, voorzitter\nYusuf Demir, secretaris")
    pdf.output(B.out(NAME + "_advice.pdf"))


def response():
    pdf = new("Gemeente Leeuwenbroek - bijlage bij raadsbesluit 2026-061 - toelichting Participatieverordening", "{n}",
              "Toelichting Participatieverordening Leeuwenbroek 2026", "Gemeente Leeuwenbroek")
    pdf.set_font("S", "", 7.8)
    pdf.set_text_color(*GREY)
    pdf.cell(0, 4, "GEMEENTE LEEUWENBROEK - BIJLAGE BIJ RAADSBESLUIT 2026-061", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(*GREEN)
    pdf.set_line_width(0.8)
    pdf.line(25, pdf.get_y() + 1.5, 185, pdf.get_y() + 1.5)
    pdf.ln(6)
    pdf.set_font("S", "B", 14)
    pdf.multi_cell(0, 7, "Toelichting bij de Participatieverordening Leeuwenbroek 2026", new_x="LMARGIN",
                   new_y="NEXT")
    pdf.ln(2)
    h2(pdf, "Algemene toelichting", 11)
    para(pdf, "Met deze verordening geeft de raad uitvoering aan de plicht om regels te stellen over participatie "
         "en over het uitdaagrecht. De verordening is bewust kort gehouden. Hoe een traject er in de praktijk uitziet, "
         "beschrijft het college in de handreiking 'Samen aan zet', die het college na de vaststelling van deze "
         "verordening publiceert.")
    h3(pdf, "Inspraak en advies")
    para(pdf, "Het concept lag van 3 februari tot en met 16 maart 2026 ter inzage. Er kwamen veertien reacties "
         "binnen, vooral over het uitdaagrecht. Daarnaast bracht de Adviescommissie Participatie een advies uit. "
         "Waar de vastgestelde tekst daardoor afwijkt van het concept, is dat hieronder bij het betreffende artikel "
         "toegelicht. Door het nieuwe artikel 2 zijn de artikelen 2 tot en met 11 van het concept vernummerd.")
    h2(pdf, "Artikelsgewijze toelichting", 11)
    h3(pdf, "Artikel 1 Begripsbepalingen")
    para(pdf, "Onder 'inwoner' vallen ook jongeren onder de achttien jaar. Een belanghebbende hoeft niet in de "
         "gemeente te wonen.")
    h3(pdf, "Artikel 2 Doel")
    para(pdf, "Dit artikel is nieuw. Het beschrijft in een zin waarom de gemeente participatie belangrijk vindt, "
         "zodat elk participatieplan daaraan kan worden getoetst.")
    h3(pdf, "Artikel 4 Reikwijdte")
    para(pdf, "Anders dan in het concept geldt de verordening nu ook voor de uitvoering en de evaluatie van beleid. "
         "Het eerste lid is overeenkomstig het advies van de adviescommissie aangepast. Het tweede lid sluit, zoals "
         "de wet toestaat, belastingen en spoedeisende besluiten uit.")
    h3(pdf, "Artikel 5 Participatieplan")
    para(pdf, "Het participatieplan wordt gepubliceerd op de gemeentelijke website zodra het traject begint. Het "
         "voorstel om elk plan eerst vier weken ter inzage te leggen, is niet overgenomen: dat zou ieder traject "
         "met een maand vertragen, ook wanneer het om een kleine ingreep gaat, en inwoners kunnen hun mening over "
         "de aanpak ook tijdens het traject geven.")
    para(pdf, "Het derde lid vraagt voortaan uitdrukkelijk aandacht voor inwoners die de gemeente moeilijk bereikt. "
         "Die verplichting geldt alleen voor plannen waarover de raad beslist; voor kleinere trajecten van het "
         "college volstaat een aanwijzing in de handreiking.")
    h3(pdf, "Artikel 7 Uitdaagrecht")
    para(pdf, "De beslistermijn op een uitdaagverzoek is op advies van de adviescommissie acht weken geworden. "
         "Het college kan die termijn eenmaal met vier weken verdagen, bijvoorbeeld wanneer een verzoek "
         "gevolgen heeft voor lopende contracten.")
    h3(pdf, "Artikel 10 Verslag")
    para(pdf, "Na elk traject stelt het college een verslag op, dat bij het besluit wordt gevoegd. Een jaarlijks "
         "overzicht voor de raad, zoals de adviescommissie voorstelde, is niet in de verordening opgenomen. Het "
         "college wil eerst ervaring opdoen en bekijkt bij de evaluatie of zo'n overzicht meerwaarde heeft.")
    h3(pdf, "Artikel 14 Evaluatie")
    para(pdf, "Dit artikel is op voorstel van de adviescommissie toegevoegd. Het college stuurt de raad uiterlijk in "
         "2028 een evaluatie, waarin ook de ervaringen van inwoners en dorpsraden worden betrokken.")
    h3(pdf, "Artikel 15 Inwerkingtreding en citeertitel")
    para(pdf, "De verordening treedt in werking op 1 juli 2026. De Inspraakverordening Leeuwenbroek 2011 vervalt op "
         "die datum; lopende inspraakprocedures worden volgens de oude regels afgerond.")
    pdf.output(B.out(NAME + "_response.pdf"))


def expected():
    recs = [
        (1, "breid de reikwijdte uit tot de uitvoering en de evaluatie",
         "geldt de verordening nu ook voor de uitvoering", "agrees"),
        (2, "leg ieder participatieplan vier weken ter inzage voordat het traject",
         "dat zou ieder traject met een maand vertragen", "disagrees"),
        (3, "schrijf voor dat het participatieplan beschrijft hoe inwoners worden bereikt",
         "voor kleinere trajecten van het college volstaat een aanwijzing", "partly"),
        (4, "verkort de termijn waarbinnen het college op een uitdaagverzoek beslist",
         "De beslistermijn op een uitdaagverzoek is op advies", "agrees"),
        (5, "laat het college daarnaast elk jaar een participatieverslag aan de raad",
         "bekijkt bij de evaluatie of zo'n overzicht meerwaarde heeft", "noted"),
        (6, "wijs een onafhankelijk aanspreekpunt aan bij wie inwoners terechtkunnen", None, "unanswered"),
        (7, "neem een evaluatiebepaling op, zodat de raad binnen twee jaar",
         "Dit artikel is op voorstel van de adviescommissie toegevoegd", "agrees"),
    ]
    unmatched = ["geeft de raad uitvoering aan de plicht om regels te stellen",
                 "Er kwamen veertien reacties binnen, vooral over het uitdaagrecht",
                 "ook jongeren onder de achttien jaar",
                 "Het beschrijft in een zin waarom de gemeente participatie",
                 "lopende inspraakprocedures worden volgens de oude regels afgerond"]
    notes = ("Advice: a municipal Adviescommissie Participatie on the draft participatieverordening, commented ARTICLE "
             "BY ARTICLE (fpdf2, 2 p.): under sub-headings 'Artikel 3 - Reikwijdte' ... the seven recommendations are "
             "paragraphs opened by a bold run-in 'Voorstel:' (1 under art. 3, 2 and 3 under art. 4, 4 under art. 6, 5 "
             "under art. 9, 6 under art. 11, 7 under 'Ontbrekend in het concept'), most followed by an indented "
             "italic text proposal in law language; starts_with is the text after 'Voorstel:'. Traps: the Wet "
             "versterking participatie paraphrased with 'moet', three starting points numbered 1.-3., run-in "
             "'Opmerking:' paragraphs that propose nothing, 'Geen opmerkingen.', a closing line naming 'de "
             "voorstellen bij artikel 4 en artikel 11'. Response: the ARTIKELSGEWIJZE TOELICHTING of the adopted "
             "verordening, articles RENUMBERED (new art. 2, concept art. 3 is now 4, 4 is 5, 6 is 7, 9 is 10, 11 is "
             "12, new art. 14); no heading names a recommendation. Art. 4 = 1 agrees (scope widened 'overeenkomstig "
             "het advies'); art. 5 first paragraph = 2 disagrees ('niet overgenomen', a month's delay), second "
             "paragraph = 3 partly (only for plans the council decides on); art. 7 = 4 agrees (eight weeks); art. "
             "10 = 5 noted (not included, looked at in the evaluation); art. 14 = 7 agrees (evaluation article "
             "added). 'Algemene toelichting', 'Inspraak en advies', art. 1, art. 2 and art. 15 answer nothing; art. "
             "12 (complaints, concept art. 11) is not commented on, so 6 (independent contact point) is unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()
