"""Round 131 (nl): the ADVIES of an (invented) municipal KLACHTADVIESCOMMISSIE SOCIAAL DOMEIN on a complaint about
a late Wmo decision, its seven recommendations LETTERED a.-g. under 'Aanbevelingen' after the complaint's numbered
parts and the commission's judgment per part; answered by the college's BESLISSING OP DE KLACHT, a letter to the
complainant with INLINE LABELS ('Aanbeveling c: niet overgenomen.') in another order, 'd en e' in one paragraph,
f never answered.

Advice (fpdf2, 2-3 p., serif, wine-red headings, running head from p. 2, 'blad n'): the complaint's parts numbered
1-4 (trap), the Awb paraphrased with 'moet' (trap), an opinion 'gegrond / ongegrond' per part (trap: findings), the
commission's 2024 advice quoted as an imperative (trap), a closing line naming 'aanbevelingen a en c' (trap).
Response (fpdf2, 2 p.): a agrees, b partly, g disagrees, c disagrees, 'd en e' (d noted, e agrees); f unanswered;
the judgment on 'klachtonderdeel 3', the apology and the paragraph on the Nationale ombudsman answer nothing. All
bodies, places, people, figures and reference numbers invented; the Awb and the Wmo 2015 are named as context only.

Run: /tmp/blind131nl/bin/python tests/docs/src/blind131/gen_nl_klachtadvies_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b131nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind131_nl_klachtadvies"
FS = B.tmp_fonts()
WINE = (122, 30, 52)
GREY = (95, 95, 95)
LH = 5.0


class Doc(FPDF):
    head = ""
    foot = "{n}"

    def header(self):
        if self.page_no() > 1 and self.head:
            self.set_y(10)
            self.set_font("S", "I", 7.4)
            self.set_text_color(*GREY)
            self.cell(0, 4, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*WINE)
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
    pdf.set_creation_date(datetime.datetime(2026, 4, 9, tzinfo=datetime.timezone.utc))
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.head, pdf.foot = head, foot
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        pdf.add_font("S", style, FS[key])
    pdf.set_margins(25, 16, 25)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def para(pdf, text, size=9.6, style="", gap=2.0, indent=0, align="J", markdown=False):
    pdf.set_font("S", style, size)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - indent, LH, text, align=align,
                   new_x="LMARGIN", new_y="NEXT", markdown=markdown)
    pdf.ln(gap)


def item(pdf, label, text, gap=1.6):
    pdf.set_font("S", "", 9.6)
    y = pdf.get_y()
    pdf.set_x(pdf.l_margin + 3)
    pdf.cell(7, LH, label)
    pdf.set_xy(pdf.l_margin + 10, y)
    pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - 10, LH, text, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def h2(pdf, text, size=10.8):
    if pdf.will_page_break(22):
        pdf.add_page()
    pdf.ln(1.6)
    pdf.set_font("S", "B", size)
    pdf.set_text_color(*WINE)
    pdf.cell(0, 6.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.5)


def small(pdf, text):
    pdf.set_font("S", "", 8.2)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(0, 4.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)


def advice():
    pdf = new("Klachtadviescommissie Sociaal Domein Brakelveen - advies KAC-2026-014", "blad {n}",
              "Advies klacht KAC-2026-014", "Klachtadviescommissie Sociaal Domein gemeente Brakelveen")
    small(pdf, "Klachtadviescommissie Sociaal Domein gemeente Brakelveen\nPostbus 310, 7940 AJ Brakelveen")
    pdf.ln(4)
    small(pdf, "Aan het college van burgemeester en wethouders van Brakelveen\nKenmerk: KAC-2026-014\n"
               "Brakelveen, 17 maart 2026")
    pdf.ln(5)
    pdf.set_font("S", "B", 14)
    pdf.set_text_color(*WINE)
    pdf.multi_cell(0, 7, "Advies over de klacht van mevrouw T. Hoekstra-Brink over de behandeling van haar aanvraag "
                   "voor een traplift", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    h2(pdf, "1. De klacht")
    para(pdf, "Mevrouw Hoekstra-Brink (hierna: klaagster) meldde zich op 4 juni 2025 bij het Wmo-loket voor een "
         "traplift. Zij kreeg pas op 21 november 2025 een beschikking. Zij klaagt erover dat:")
    item(pdf, "1.", "zij na haar melding bijna zeven weken niets van de gemeente hoorde;")
    item(pdf, "2.", "de beslistermijn ruim is overschreden zonder dat zij daarover werd geïnformeerd;")
    item(pdf, "3.", "de consulent tijdens het gesprek bij haar thuis onvriendelijk was;")
    item(pdf, "4.", "zij de consulent in september en oktober telefonisch niet kon bereiken.", gap=3)
    h2(pdf, "2. Verloop van de procedure")
    para(pdf, "De commissie ontving de klacht op 8 januari 2026. Op 19 februari 2026 hoorde zij klaagster, haar zoon, "
         "de betrokken consulent en de teamleider Wmo. Het verslag van de hoorzitting is bij dit advies gevoegd.")
    h2(pdf, "3. Beoordeling")
    para(pdf, "Volgens de Wmo 2015 moet het college binnen zes weken na de melding een onderzoek afronden, en op grond "
         "van de Algemene wet bestuursrecht moet een beschikking binnen de wettelijke termijn worden gegeven. Het "
         "bestuursorgaan moet de aanvrager berichten als die termijn niet wordt gehaald. Aan die regels toetst de "
         "commissie de klachtonderdelen 1 en 2; bij 3 en 4 kijkt zij naar de eisen van behoorlijk bestuur.")
    para(pdf, "Klachtonderdeel 1 is gegrond. De melding werd pas na 48 dagen bevestigd, omdat zij in een gedeelde "
         "mailbox bleef liggen. Klachtonderdeel 2 is gegrond. De beslistermijn werd met ruim elf weken overschreden; "
         "klaagster ontving geen enkel bericht. Klachtonderdeel 3 is ongegrond. De lezingen van het gesprek lopen "
         "uiteen en de commissie kan niet vaststellen wat er is gezegd. Klachtonderdeel 4 is gegrond. De consulent "
         "was in die periode twee maanden afwezig zonder dat haar dossiers werden overgedragen.")
    para(pdf, "Het is niet de eerste keer dat de commissie op de bereikbaarheid van het Wmo-team wijst. In haar advies "
         "van 2024 (KAC-2024-031) schreef zij al:")
    para(pdf, "'Zorg dat bij afwezigheid van een consulent de dossiers binnen een week worden overgedragen.'",
         style="I", indent=10)
    para(pdf, "Het college nam dat advies destijds over. De commissie stelt vast dat het in dit geval niet is gebeurd.")
    h2(pdf, "4. Oordeel")
    para(pdf, "De commissie is van oordeel dat de klacht op de onderdelen 1, 2 en 4 gegrond is en op onderdeel 3 "
         "ongegrond. Klaagster heeft daardoor ruim vier maanden langer dan nodig op haar traplift gewacht, en de "
         "trap in haar woning in die tijd slechts met hulp van haar zoon kunnen gebruiken.")
    h2(pdf, "5. Aanbevelingen")
    para(pdf, "Omdat de klacht vooral laat zien hoe het werk is georganiseerd, doet de commissie het college de "
         "volgende aanbevelingen:")
    recs = [
        ("a.", "Bevestig elke melding voor een Wmo-voorziening binnen vijf werkdagen schriftelijk, met de naam en het "
               "directe telefoonnummer van de consulent."),
        ("b.", "Zorg dat het gesprek bij de inwoner thuis uiterlijk drie weken na de melding plaatsvindt."),
        ("c.", "Bied klaagster een tegemoetkoming van 350 euro aan voor de kosten die haar familie maakte voor de "
               "tijdelijke huur van een trapstoel."),
        ("d.", "Stel een vast telefonisch spreekuur in waarop inwoners hun consulent elke werkdag rechtstreeks kunnen "
               "bereiken."),
        ("e.", "Houd bij hoe vaak de beslistermijn wordt overschreden en rapporteer daarover elk halfjaar aan de "
               "gemeenteraad."),
        ("f.", "Maak met de leveranciers van hulpmiddelen afspraken over een maximale levertijd van vier weken na "
               "de beschikking."),
        ("g.", "Laat klachten over het Wmo-team voortaan in eerste aanleg behandelen door een medewerker van een "
               "andere afdeling, niet door de teamleider Wmo."),
    ]
    for lab, t in recs:
        item(pdf, lab, t)
    pdf.ln(1)
    para(pdf, "De commissie vraagt het college om binnen zes weken op de klacht te beslissen en haar een afschrift van "
         "die beslissing te sturen. Zij hecht in het bijzonder aan de aanbevelingen a en c, omdat die klaagster "
         "rechtstreeks raken.")
    pdf.ln(2)
    para(pdf, "Klachtadviescommissie Sociaal Domein\nmr. P.W. (Pieter) Assink, voorzitter\n"
              "S. (Selma) Oukili, secretaris", align="L")
    pdf.output(B.out(NAME + "_advice.pdf"))


def label(pdf, lab, text, gap=2.2):
    pdf.set_font("S", "", 9.6)
    pdf.multi_cell(0, LH, f"**{lab}** {text}", align="J", new_x="LMARGIN", new_y="NEXT", markdown=True)
    pdf.ln(gap)


def response():
    pdf = new("Gemeente Brakelveen - beslissing op klacht - ZW/KL/2026/0142", "pagina {n}",
              "Beslissing op uw klacht", "Gemeente Brakelveen")
    small(pdf, "Gemeente Brakelveen - college van burgemeester en wethouders\nPostbus 1000, 7940 AA Brakelveen")
    pdf.ln(4)
    small(pdf, "Mevrouw T. Hoekstra-Brink\nLindelaan 27\n7942 KP Brakelveen\n\nDatum: 14 april 2026\n"
               "Ons kenmerk: ZW/KL/2026/0142\nAfschrift aan: Klachtadviescommissie Sociaal Domein\n"
               "Onderwerp: beslissing op uw klacht")
    pdf.ln(5)
    para(pdf, "Geachte mevrouw Hoekstra-Brink,")
    para(pdf, "Op 8 januari 2026 diende u een klacht in over de manier waarop wij uw aanvraag voor een traplift "
         "hebben behandeld. De Klachtadviescommissie Sociaal Domein heeft u op 19 februari gehoord en ons op 17 maart "
         "advies gegeven. In deze brief leest u wat wij met uw klacht en met het advies doen.")
    h2(pdf, "Onze beslissing")
    para(pdf, "Wij nemen het oordeel van de commissie over. Wij verklaren uw klacht gegrond voor zover het gaat om het "
         "uitblijven van een bevestiging, het overschrijden van de termijn en de slechte bereikbaarheid. "
         "Klachtonderdeel 3 verklaren wij ongegrond; wij hebben wel met de consulent besproken hoe u het gesprek "
         "hebt ervaren.")
    para(pdf, "Het spijt ons oprecht dat u zo lang hebt moeten wachten. Wij bieden u daarvoor namens het college "
         "onze excuses aan. De wethouder zorg neemt binnenkort contact met u op voor een persoonlijk gesprek, als u "
         "dat op prijs stelt.")
    h2(pdf, "Wat wij met de aanbevelingen doen")
    para(pdf, "De commissie heeft ons ook een aantal aanbevelingen gedaan over de werkwijze van het Wmo-team. Die "
         "gaan niet alleen over uw situatie, maar wij lichten ze hier graag toe.")
    label(pdf, "Aanbeveling a: overgenomen.", "Vanaf 1 mei 2026 krijgt iedere inwoner binnen vijf werkdagen een "
          "ontvangstbevestiging met de contactgegevens van de eigen consulent. De gedeelde mailbox is inmiddels "
          "opgeheven.")
    label(pdf, "Aanbeveling b: deels overgenomen.", "Wij streven ernaar het gesprek thuis binnen vier weken te voeren. "
          "Een termijn van drie weken is met de huidige bezetting niet haalbaar; wij willen niets beloven wat wij "
          "niet kunnen waarmaken.")
    label(pdf, "Aanbeveling g: niet overgenomen.", "Wij vinden het belangrijk dat een klacht eerst wordt opgepakt "
          "door de mensen die het werk doen, zodat zij ervan leren. Wij houden vast aan de eerstelijns behandeling "
          "door het team zelf. Komt een inwoner er daar niet uit, dan blijft de weg naar de commissie open.")
    label(pdf, "Aanbeveling c: niet overgenomen.", "Wij begrijpen dat uw familie kosten heeft gemaakt, maar de "
          "klachtprocedure is niet bedoeld voor een financiële vergoeding. Wij zien daarom geen ruimte om u de "
          "genoemde 350 euro toe te kennen. Wilt u een schadevergoeding vragen, dan kunt u een verzoek indienen bij "
          "de afdeling Juridische Zaken.")
    label(pdf, "Aanbevelingen d en e: in behandeling en overgenomen.", "Of er een vast telefonisch spreekuur komt, "
          "bekijken wij in het onderzoek naar de bereikbaarheid van het Wmo-loket dat nu loopt; de uitkomsten "
          "verwachten wij eind 2026. Het bijhouden van termijnoverschrijdingen nemen wij wel direct over: de raad "
          "ontvangt vanaf dit najaar elk halfjaar een overzicht.")
    h2(pdf, "Niet eens met deze beslissing?")
    para(pdf, "Bent u het niet eens met de manier waarop wij uw klacht hebben behandeld, dan kunt u zich wenden tot "
         "de Nationale ombudsman. Dat kan tot een jaar na de datum van deze brief, via de website of per post.")
    para(pdf, "Met vriendelijke groet,\nburgemeester en wethouders van Brakelveen,\n\nde secretaris, E.J. Postma\n"
              "de burgemeester, A.M. de Haan-Veldkamp", align="L")
    pdf.output(B.out(NAME + "_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        (1, "Bevestig elke melding voor een Wmo-voorziening binnen vijf werkdagen",
         "krijgt iedere inwoner binnen vijf werkdagen een ontvangstbevestiging", "agrees"),
        (2, "Zorg dat het gesprek bij de inwoner thuis uiterlijk",
         "Een termijn van drie weken is met de huidige bezetting", "partly"),
        (3, "Bied klaagster een tegemoetkoming van 350 euro aan",
         "zien daarom geen ruimte om u de genoemde", "disagrees"),
        (4, "Stel een vast telefonisch spreekuur in waarop inwoners",
         "bekijken wij in het onderzoek naar de bereikbaarheid", "noted"),
        (5, "Houd bij hoe vaak de beslistermijn wordt overschreden",
         "Het bijhouden van termijnoverschrijdingen nemen wij wel direct over", "agrees"),
        (6, "Maak met de leveranciers van hulpmiddelen afspraken over een", None, "unanswered"),
        (7, "Laat klachten over het Wmo-team voortaan in eerste aanleg",
         "Wij houden vast aan de eerstelijns behandeling", "disagrees"),
    ], ["In deze brief leest u wat wij met uw klacht",
        "wij hebben wel met de consulent besproken",
        "Wij bieden u daarvoor namens het college onze excuses aan",
        "kunt u zich wenden tot de Nationale ombudsman"],
        "Advice: a municipal complaints advisory committee's advice on a complaint about a late Wmo decision; the seven "
        "recommendations are LETTERED a.-g. under '5. Aanbevelingen'. Traps: the complaint's parts numbered 1.-4., the "
        "Wmo 2015 and the Awb paraphrased with 'moet', the judgment per part ('Klachtonderdeel 1 is gegrond ...'), the "
        "committee's 2024 advice quoted as an imperative, the overall opinion under '4. Oordeel', and a closing line "
        "naming 'de aanbevelingen a en c'. Response: the college's decision on the complaint, a letter to the "
        "complainant; 'Onze beslissing' (judgment per part, naming 'Klachtonderdeel 3') and an apology answer nothing; "
        "then INLINE LABELS in another order: a agrees (confirmation within five working days from 1 May), b partly "
        "(four weeks, not three), g disagrees (keeps first-line handling by the team), c disagrees (no room for the "
        "350 euro), 'Aanbevelingen d en e' in ONE paragraph (d noted: studied in the ongoing review, results end "
        "2026; e agrees: half-yearly overview to the council). f (delivery times of suppliers) is never answered. "
        "The closing on the Nationale ombudsman answers nothing.")
