"""Round 39 (nl, Caribbean Netherlands): an (invented) ADVIES of the SER Bonaire (Sociaal-Economische Raad
Bonaire) on the draft 'Eilandsverordening vakantieverhuur Bonaire 2026', answered in paragraph 7 'Advisering en
consultatie' of the TOELICHTING of the ontwerp-eilandsverordening that the Bestuurscollege sends to the Eilandsraad
(a section of another document, pages numbered 9-10). Advice: A4, a SER letterhead, an advice number and a
meta block, the composition of the council (table), a table of vacation-rental figures 2019-2025, findings with
'moet', two recommendations as bold 'De SER adviseert ...' paragraphs in '4. Algemene adviezen', and five more as
cells of an article-by-article table 'Artikel | Ontwerp | Advies SER' where other rows say 'Geen opmerkingen.' or
agree with the draft; a closing paragraph reports a minority view of the employers' members (a trap). Response:
section 7.1 answers in the order 1, 3+4 (one paragraph: 75 instead of 90 nights: partly; registration number in
every advertisement: agrees), 5 and 2 under 'Leges' (lower fee considered for the legesverordening 2027: noted;
earmarking refused: disagrees), 7 (evaluation after two years with the SER: agrees); 6 (fines and a warning) is
unanswered; 7.2 on the internetconsultatie answers nothing. Engine: fpdf2 (DejaVu, no text shaping).

Run: /tmp/blind39nl/bin/python tests/docs/src/blind39/gen_nl_serbonaire_fpdf2.py"""
import datetime
import os
import sys

from fpdf import FPDF
from fpdf.fonts import FontFace

sys.path.insert(0, os.path.dirname(__file__))
import _b39nl as B  # noqa: E402

NAME = "blind39_nl_serbonaire"
DV = "/usr/share/fonts/truetype/dejavu/"
BLUE = (0, 84, 147)
PALE = (226, 238, 247)
GREY = (95, 95, 95)
HS = FontFace(emphasis="BOLD", fill_color=PALE)


class Doc(FPDF):
    head = ""
    foot = ""
    page_offset = 0
    first_plain = True
    serif = False

    def __init__(self, serif=False):
        super().__init__(format="A4")
        self.serif = serif
        pre = "DejaVuSerif" if serif else "DejaVuSans"
        for st, f in (("", pre + ".ttf"), ("B", pre + "-Bold.ttf"),
                      ("I", pre + ("-Italic.ttf" if serif else "-Oblique.ttf")),
                      ("BI", pre + ("-BoldItalic.ttf" if serif else "-BoldOblique.ttf"))):
            self.add_font("dv", st, DV + f)
        self.set_margins(22, 24, 22)
        self.set_auto_page_break(True, 22)
        self.alias_nb_pages()
        self.set_creation_date(datetime.datetime(2026, 4, 20, tzinfo=datetime.timezone.utc))

    def header(self):
        if self.first_plain and self.page_no() == 1:
            return
        self.set_font("dv", "", 7.5)
        self.set_text_color(*GREY)
        self.set_xy(self.l_margin, 12)
        self.cell(0, 4, self.head)
        self.set_draw_color(*BLUE)
        self.line(self.l_margin, 17, 210 - self.r_margin, 17)
        self.set_text_color(0, 0, 0)
        self.set_y(24)

    def footer(self):
        self.set_y(-14)
        self.set_font("dv", "", 7.5)
        self.set_text_color(*GREY)
        if self.page_offset:
            self.cell(0, 4, f"- {self.page_no() + self.page_offset} -", align="C")
        else:
            self.cell(0, 4, self.foot, align="L")
            self.set_x(self.l_margin)
            self.cell(0, 4, f"{self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def hd(self, t, size=10.5, color=BLUE):
        self.ln(2)
        if self.get_y() > 250:
            self.add_page()
        self.set_font("dv", "B", size)
        self.set_text_color(*color)
        self.multi_cell(0, 5.8, t)
        self.set_text_color(0, 0, 0)
        self.ln(0.8)

    def p(self, t, size=9, style="", indent=0, h=4.8):
        self.set_font("dv", style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(0, h, t, align="J", markdown=True)
        self.ln(1.6)


def advice():
    d = Doc()
    d.head = "SER Bonaire | Advies SER-BON 2026/04 | Ontwerp-eilandsverordening vakantieverhuur"
    d.foot = "SER Bonaire | Kaya Grandi 18, Kralendijk | secretariaat@serbonaire.org"
    d.add_page()
    d.set_fill_color(*BLUE)
    d.rect(0, 0, 210, 30, "F")
    d.set_xy(22, 9)
    d.set_text_color(255, 255, 255)
    d.set_font("dv", "B", 17)
    d.cell(0, 8, "SER Bonaire", new_x="LMARGIN", new_y="NEXT")
    d.set_font("dv", "", 8.5)
    d.set_x(22)
    d.cell(0, 5, "Sociaal-Economische Raad Bonaire | Konseho Sosio-Ekonómiko Boneiru", new_x="LMARGIN",
           new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_y(38)
    d.set_font("dv", "B", 13)
    d.cell(0, 7, "ADVIES", new_x="LMARGIN", new_y="NEXT")
    rows = [("Nummer", "SER-BON 2026/04"), ("Datum", "14 april 2026"),
            ("Aan", "het Bestuurscollege van het openbaar lichaam Bonaire, t.a.v. de gedeputeerde van Economie"),
            ("Onderwerp", "ontwerp-Eilandsverordening vakantieverhuur Bonaire 2026"),
            ("Adviesaanvraag", "brief van 3 maart 2026, kenmerk BC/ECO/2026/118"),
            ("Grondslag", "artikel 2 van de Eilandsverordening Sociaal-Economische Raad Bonaire")]
    for k, v in rows:
        y = d.get_y()
        d.set_fill_color(*PALE)
        d.set_font("dv", "B", 8.6)
        d.multi_cell(36, 5, k, fill=True, new_x="RIGHT", new_y="TOP")
        d.set_font("dv", "", 8.6)
        d.multi_cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
        d.set_y(max(d.get_y(), y + 5))
    d.ln(3)
    d.hd("1. Adviesaanvraag")
    d.p("Bij brief van 3 maart 2026 heeft het Bestuurscollege de SER Bonaire gevraagd te adviseren over de "
        "ontwerp-Eilandsverordening vakantieverhuur Bonaire 2026. De verordening voert een registratieplicht in voor "
        "iedereen die woonruimte aan toeristen verhuurt, beperkt de verhuur van de eigen hoofdverblijfplaats tot 60 "
        "nachten per kalenderjaar en geeft het Bestuurscollege de bevoegdheid een bestuurlijke boete op te leggen. "
        "De SER heeft het advies voorbereid in de commissie Economie en Arbeid en op 9 april 2026 in een openbare "
        "vergadering vastgesteld.")
    d.hd("2. Samenstelling van de raad")
    d.set_font("dv", "", 8.4)
    with d.table(col_widths=(40, 80, 46), text_align="LEFT", line_height=4.6,
                 headings_style=HS) as t:
        for r in (("Geleding", "Leden", "Aanwezig 9 april"),
                  ("Werkgevers", "R. Statia, M. Janga-Thode, P. Winklaar", "3"),
                  ("Werknemers", "E. Martijn, J. Frans-Cicilia, A. Emerencia", "2"),
                  ("Onafhankelijke leden", "dr. L. Tromp (voorzitter), mr. S. Abraham", "2")):
            row = t.row()
            for c in r:
                row.cell(c)
    d.ln(3)
    d.hd("3. Algemene beschouwing")
    d.p("Het aantal vakantiewoningen op Bonaire is sinds 2019 meer dan verdubbeld. Tegelijk is de huur van een "
        "woning voor een lokale werknemer sterk gestegen. De SER deelt de analyse van het Bestuurscollege dat de "
        "woningmarkt voor inwoners onder druk staat door de groei van de vakantieverhuur.")
    d.set_font("dv", "", 8.4)
    with d.table(col_widths=(50, 38, 38, 40), text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
                 line_height=4.6, headings_style=HS) as t:
        for r in (("Jaar", "Vakantiewoningen", "Via platforms", "Gem. huur (USD)"),
                  ("2019", "1.140", "62 %", "980"), ("2022", "1.870", "71 %", "1.210"),
                  ("2025", "2.515", "78 %", "1.485")):
            row = t.row()
            for c in r:
                row.cell(c)
    d.set_font("dv", "", 7.6)
    d.set_text_color(*GREY)
    d.cell(0, 5, "Tabel 1. Vakantieverhuur en huurniveau Bonaire (bron: CBS, Tourism Corporation Bonaire).",
           new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(2)
    d.p("Een verordening moet volgens de SER uitvoerbaar zijn voor kleine verhuurders en handhaafbaar voor het "
        "openbaar lichaam. Het registratiesysteem dat het ontwerp veronderstelt, bestaat nog niet; het openbaar "
        "lichaam heeft op dit moment twee toezichthouders voor alle economische verordeningen samen.")
    d.hd("4. Algemene adviezen")
    d.p("**De SER adviseert het Bestuurscollege de verordening pas in werking te laten treden nadat het digitale "
        "registratiesysteem volledig operationeel is.** Een registratieplicht zonder werkend systeem leidt tot "
        "rechtsonzekerheid voor verhuurders en tot handhaving die niet mogelijk is.")
    d.p("**De SER adviseert bovendien een deel van de opbrengst van de leges te bestemmen voor de bouw van "
        "betaalbare woningen voor lokale werknemers.** Zo draagt de vakantieverhuur bij aan de oplossing van het "
        "probleem dat zij mede veroorzaakt.")
    d.hd("5. Artikelsgewijze opmerkingen")
    d.p("In de onderstaande tabel geeft de SER per artikel zijn opmerkingen en advies.")
    d.set_font("dv", "", 8.3)
    rows = [("Artikel", "Ontwerp", "Advies SER"),
            ("Art. 1", "Begripsbepalingen.", "Geen opmerkingen."),
            ("Art. 3, lid 2", "De eigen hoofdverblijfplaats mag ten hoogste 60 nachten per kalenderjaar aan "
             "toeristen worden verhuurd.", "Verhoog het maximum van 60 naar 90 verhuurnachten per kalenderjaar. "
             "Veel inwoners verhuren hun woning tijdens hun eigen vakantie in Nederland of Colombia."),
            ("Art. 5", "Registratieplicht; het Bestuurscollege verstrekt een registratienummer.",
             "Schrijf voor dat het registratienummer in elke advertentie wordt vermeld, ook op internetplatforms."),
            ("Art. 7", "Leges voor de registratie: USD 350 per vakantiewoning per jaar.",
             "Stel voor verhuurders met één vakantiewoning een lager legestarief vast."),
            ("Art. 8", "Melding van het aantal verhuurnachten voor 1 februari.",
             "De SER kan zich in deze bepaling vinden."),
            ("Art. 9", "Bestuurlijke boete van ten hoogste USD 5.000.",
             "Maak de hoogte van de boete afhankelijk van het aantal eerdere overtredingen en laat een eerste "
             "overtreding met een waarschuwing afdoen."),
            ("Art. 12", "Evaluatie binnen vijf jaar na inwerkingtreding.",
             "Evalueer de verordening binnen twee jaar na inwerkingtreding en betrek de SER bij de evaluatie.")]
    with d.table(col_widths=(24, 66, 76), text_align="LEFT", line_height=4.5, headings_style=HS) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    d.ln(3)
    d.hd("6. Slotopmerking")
    d.p("Het advies is unaniem vastgesteld, met uitzondering van het advies bij artikel 3, tweede lid. De "
        "werkgeversleden zijn van mening dat een maximum voor de eigen hoofdverblijfplaats geheel moet vervallen, "
        "omdat de verhuur van de eigen woning de woningmarkt niet belast. De SER is graag bereid dit advies "
        "mondeling toe te lichten.")
    d.ln(2)
    d.p("Namens de SER Bonaire,", h=4.6)
    d.p("dr. L. Tromp, voorzitter            drs. K. Mercera, secretaris", h=4.6)
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc(serif=True)
    d.first_plain = False
    d.page_offset = 8
    d.head = "Ontwerp-Eilandsverordening vakantieverhuur Bonaire 2026 - Toelichting"
    d.add_page()
    d.p("gegevens uit het registratiesysteem worden alleen gebruikt voor de uitvoering van deze verordening en "
        "voor de heffing van de toeristenbelasting. Zij worden niet langer bewaard dan vijf jaar na beëindiging van "
        "de registratie.", size=9.6, h=5)
    d.hd("6. Uitvoering en handhaving", size=11, color=(0, 0, 0))
    d.p("De registratie verloopt via een digitaal loket van het openbaar lichaam. De verhuurder vermeldt daarin het "
        "adres, het aantal slaapplaatsen en, bij verhuur van de eigen hoofdverblijfplaats, het "
        "inschrijvingsnummer in de basisadministratie persoonsgegevens. Na registratie ontvangt de verhuurder een "
        "registratienummer dat gedurende de looptijd van de registratie gelijk blijft.", size=9.6, h=5)
    d.p("Het toezicht op de naleving wordt uitgeoefend door de toezichthouders van de unit Economische Zaken. "
        "Zij kunnen advertenties op internetplatforms vergelijken met het register en zo nodig een woning bezoeken. "
        "Bij overtreding kan het Bestuurscollege een last onder dwangsom of een bestuurlijke boete opleggen "
        "(artikelen 9 en 10). Het Bestuurscollege stelt beleidsregels vast over de hoogte van de boete.", size=9.6,
        h=5)
    d.p("De Inspectie SZW en de Belastingdienst Caribisch Nederland hebben aangegeven dat de registratiegegevens "
        "ook voor hun toezicht van belang zijn. Het Bestuurscollege zal daarover in 2027 afspraken maken.", size=9.6,
        h=5)
    d.hd("7. Advisering en consultatie", size=11, color=(0, 0, 0))
    d.hd("7.1 Advies SER Bonaire", size=10, color=(0, 0, 0))
    d.p("Het ontwerp is op 3 maart 2026 voor advies voorgelegd aan de Sociaal-Economische Raad Bonaire (SER). Het "
        "advies van de SER (SER-BON 2026/04) is op 14 april 2026 ontvangen. Het Bestuurscollege dankt de SER voor "
        "het zorgvuldige advies en gaat hieronder in op de belangrijkste punten.", size=9.6, h=5)
    d.p("__Inwerkingtreding.__ De SER adviseert de verordening pas in werking te laten treden als het "
        "registratiesysteem werkt. Het Bestuurscollege volgt dit advies. Artikel 15 is zo aangepast dat de "
        "verordening in werking treedt op een bij eilandsbesluit te bepalen tijdstip, nadat het digitale loket "
        "is getest; naar verwachting is dat 1 juli 2027.", size=9.6, h=5)
    d.p("__Maximum aantal nachten en registratienummer (artikelen 3 en 5).__ Het Bestuurscollege begrijpt dat "
        "inwoners hun woning tijdens hun eigen vakantie willen verhuren, maar een maximum van 90 nachten gaat de "
        "woningmarkt te veel belasten. Het maximum is daarom verhoogd naar 75 nachten per kalenderjaar. Het voorstel "
        "om het registratienummer in elke advertentie te laten vermelden neemt het Bestuurscollege over; dit is "
        "opgenomen in artikel 5, derde lid, en geldt ook voor internetplatforms.", size=9.6, h=5)
    d.p("__Leges.__ Het Bestuurscollege heeft begrip voor de wens van de SER om kleine verhuurders minder te laten "
        "betalen. Of een lager tarief voor verhuurders met één woning mogelijk is, wordt bezien bij het opstellen van "
        "de Legesverordening 2027. Het advies om een deel van de legesopbrengst te bestemmen voor betaalbare "
        "woningen kan het Bestuurscollege niet volgen. Op grond van de Wet financiën openbare lichamen Bonaire, Sint "
        "Eustatius en Saba mogen de opbrengsten van leges de kosten van de dienstverlening niet overschrijden; de "
        "leges zijn dus geen middel om woningbouw te bekostigen.", size=9.6, h=5)
    d.p("__Evaluatie (artikel 12).__ Conform het advies is de evaluatietermijn teruggebracht naar twee jaar. De SER "
        "en de Tourism Corporation Bonaire worden bij de evaluatie betrokken.", size=9.6, h=5)
    d.hd("7.2 Internetconsultatie", size=10, color=(0, 0, 0))
    d.p("Het ontwerp is van 10 maart tot en met 7 april 2026 in consultatie gegeven op de website van het "
        "openbaar lichaam, in het Nederlands, Papiaments en Engels. Er kwamen 214 reacties binnen, waarvan 131 van "
        "verhuurders. Een groot deel van de reacties vroeg om een overgangstermijn voor bestaande verhuurders. Het "
        "Bestuurscollege heeft daarom in artikel 14 een overgangstermijn van zes maanden opgenomen voor verhuurders "
        "die op 1 januari 2026 al vakantiewoningen verhuurden.", size=9.6, h=5)
    d.hd("8. Financiële gevolgen", size=11, color=(0, 0, 0))
    d.p("De kosten van het registratiesysteem worden geraamd op USD 185.000 eenmalig en USD 60.000 per jaar. Deze "
        "kosten worden gedekt uit de leges. Voor de handhaving worden twee toezichthouders aangesteld.", size=9.6,
        h=5)
    d.hd("9. Overgangsrecht en inwerkingtreding", size=11, color=(0, 0, 0))
    d.p("Voor verhuurders die op 1 januari 2026 al een vakantiewoning verhuurden, geldt de overgangstermijn van "
        "artikel 14. Zij moeten hun woning binnen zes maanden na inwerkingtreding registreren.", size=9.6, h=5)
    d.output(B.out(NAME + "_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("1", "De SER adviseert het Bestuurscollege de verordening pas in werking",
         "Het Bestuurscollege volgt dit advies", "agrees"),
        ("2", "De SER adviseert bovendien een deel van de opbrengst van de leges",
         "kan het Bestuurscollege niet volgen", "disagrees"),
        ("3", "Verhoog het maximum van 60 naar 90 verhuurnachten per kalenderjaar",
         "Het maximum is daarom verhoogd naar 75 nachten", "partly"),
        ("4", "Schrijf voor dat het registratienummer in elke advertentie wordt vermeld",
         "neemt het Bestuurscollege over; dit is opgenomen in artikel 5", "agrees"),
        ("5", "Stel voor verhuurders met één vakantiewoning een lager legestarief vast",
         "wordt bezien bij het opstellen van de Legesverordening 2027", "noted"),
        ("6", "Maak de hoogte van de boete afhankelijk van het aantal",
         None, "unanswered"),
        ("7", "Evalueer de verordening binnen twee jaar na inwerkingtreding en betrek",
         "Conform het advies is de evaluatietermijn teruggebracht naar twee jaar", "agrees"),
    ]
    unmatched = ["Er kwamen 214 reacties binnen, waarvan 131 van verhuurders"]
    notes = ("SER Bonaire advice on a draft island ordinance: meta block, composition table, figures table, a "
             "finding with 'moet'; recommendations 1-2 as bold 'De SER adviseert ...' paragraphs in '4. Algemene "
             "adviezen', 3-7 as imperative cells of the article table (art. 3 lid 2, 5, 7, 9, 12) where the rows "
             "for art. 1 ('Geen opmerkingen.') and art. 8 ('kan zich ... vinden') are not recommendations; the "
             "employers' minority view in '6. Slotopmerking' is not one either. Reply: paragraph 7 of the "
             "Toelichting of the ontwerp-eilandsverordening (pages 9-10), italic run-in subjects: 1 'volgt dit "
             "advies' (agrees); 3 75 instead of 90 nights (partly) and 4 'neemt ... over' (agrees) in one "
             "paragraph; under 'Leges' 5 'wordt bezien' for the Legesverordening 2027 (noted) and 2 'kan ... niet "
             "volgen' (disagrees); 7 'Conform het advies' two years (agrees); 6 (fines/warning, art. 9) unanswered; "
             "7.2 Internetconsultatie and 8 Financiële gevolgen answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)
    sys.exit(0 if B.check(NAME) else 1)
