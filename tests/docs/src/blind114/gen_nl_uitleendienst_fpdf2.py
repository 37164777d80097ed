"""Round 114 (nl): the ADVIES of a Flemish municipal CULTUURRAAD on the draft reglement and retributie of the
gemeentelijke UITLEENDIENST (tents, podium elements, tables, nadar barriers lent to verenigingen), answered by an
UITTREKSEL UIT DE NOTULEN van the college van burgemeester en schepenen whose 'Argumentatie' takes the
recommendations one by one with bold INLINE LABELS ('Aanbeveling b (reservatietermijn): gevolgd.').

Advice (fpdf2, serif, 3 p., a rust-coloured side bar and name block, a rates table, running head from p. 2, 'blz. n
van m'): the cultuurraad's statuten 'moet' (trap), the rates table, quotes from verenigingen as a dash list ('We
moeten ...'; trap), 'Vaststellingen' as a NUMBERED list 1.-5. (findings, trap), the cultuurraad's 2022 advice on the
zaalverhuur quoted with 'moet' (followed; trap); recommendations as LOWER-CASE LETTERED INFINITIVE CLAUSES a)-g)
after 'Wij vragen het college om:', the list running across the page break between e) and f) (expected 1-7 = a-g);
closing line asking attention for 'de punten a en g'. Response: Aanwezig, Onderwerp, Feiten en context, Juridische
grond, Adviezen (nothing), Argumentatie with labels b, a, 'c en e' (one paragraph, two verdicts), f, d; g
unanswered; Financiële gevolgen and Besluit 'Artikel 1.-3.' answer nothing. All invented.

Run: /tmp/blind114nl/bin/python tests/docs/src/blind114/gen_nl_uitleendienst_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b114nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402
from fpdf.fonts import FontFace  # noqa: E402

NAME = "blind114_nl_uitleendienst"
F = B.tmp_fonts("B114NL Serif", B.SERIF_FILES)
RUST = (158, 64, 32)
CREAM = (248, 240, 232)
GREY = (95, 95, 95)
LH = 5.0


class Doc(FPDF):
    head = ""
    foot = ""
    bar = True

    def header(self):
        if self.bar:
            self.set_fill_color(*RUST)
            self.rect(0, 0, 7, self.h, style="F")
        if self.page_no() > 1:
            self.set_font("R", "I", 7.6)
            self.set_text_color(*GREY)
            self.cell(0, 4, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*RUST)
            self.set_line_width(0.3)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.ln(6)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("R", "", 7.6)
        self.set_text_color(*GREY)
        self.cell(0, 5, self.foot.format(n=self.page_no(), m="{nb}"), align="R")
        self.set_text_color(0, 0, 0)


def new(head, foot, bar=True):
    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 10, 20, tzinfo=datetime.timezone.utc))
    pdf.head, pdf.foot, pdf.bar = head, foot, bar
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        pdf.add_font("R", style, F[key])
    pdf.set_margins(24, 16, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def h(pdf, text, size=11.2, before=3.5, color=RUST):
    pdf.ln(before)
    pdf.set_font("R", "B", size)
    pdf.set_text_color(*color)
    pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.6)


def p(pdf, text, style="", size=9.5, md=False, after=2.4, lh=LH):
    pdf.set_font("R", style, size)
    pdf.multi_cell(0, lh, text, new_x="LMARGIN", new_y="NEXT", align="L", markdown=md)
    pdf.ln(after)


def item(pdf, label, text, indent=5, width=8, after=1.2, color=(0, 0, 0), bold=False):
    pdf.set_x(pdf.l_margin + indent)
    pdf.set_font("R", "B" if bold else "", 9.5)
    pdf.set_text_color(*color)
    pdf.cell(width, LH, label)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("R", "", 9.5)
    pdf.multi_cell(0, LH, text, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(after)


RECS = [
    ("a)", "erkende verenigingen het materiaal ook in de toekomst gratis te laten ontlenen, en enkel een vergoeding "
           "te vragen voor de levering en de ophaling;"),
    ("b)", "de reservatietermijn te verlengen, zodat verenigingen materiaal tot twaalf maanden vooraf kunnen "
           "reserveren, wat voor jaarlijkse evenementen zoals kermissen en kerstmarkten nodig is;"),
    ("c)", "de waarborg voor podiumelementen op 100 euro te houden voor verenigingen die de voorbije drie jaar geen "
           "schade aan ontleend materiaal hebben veroorzaakt;"),
    ("d)", "een online reservatiesysteem uit te bouwen waarop verenigingen zelf de beschikbaarheid van het materiaal "
           "kunnen raadplegen en een aanvraag kunnen indienen;"),
    ("e)", "ook feitelijke verenigingen en buurtcomités toe te laten tegen het tarief voor erkende verenigingen, op "
           "voorwaarde dat hun activiteit openbaar en niet-commercieel is;"),
    ("f)", "jaarlijks een vorming te organiseren over het veilig opbouwen van feesttenten en podia, open voor alle "
           "vrijwilligers van verenigingen die materiaal ontlenen;"),
    ("g)", "minstens één afhaalmoment per week op zaterdagvoormiddag te voorzien, zodat vrijwilligers het materiaal "
           "niet tijdens de werkuren moeten komen ophalen."),
]


def advice():
    pdf = new("Cultuurraad Kerkevelde - advies 2026-05 - reglement uitleendienst", "blz. {n} van {m}")
    pdf.set_font("R", "B", 16)
    pdf.set_text_color(*RUST)
    pdf.cell(0, 8, "Cultuurraad Kerkevelde", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("R", "", 8.6)
    pdf.set_text_color(*GREY)
    pdf.cell(0, 4.4, "Adviesraad voor cultuur en verenigingsleven - secretariaat: Cultuurdienst, Marktplein 3, "
             "2292 Kerkevelde", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(7)
    pdf.set_font("R", "B", 8.6)
    pdf.cell(0, 4.6, "ADVIES 2026-05", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("R", "B", 14.5)
    pdf.multi_cell(0, 7, "Ontwerp van reglement en retributie voor de gemeentelijke uitleendienst",
                   new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_font("R", "I", 9.4)
    pdf.multi_cell(0, 5, "Gevraagd advies aan het college van burgemeester en schepenen, goedgekeurd op de algemene "
                   "vergadering van 16 september 2026", new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(2)

    h(pdf, "1. Adviesvraag")
    p(pdf, "Op 24 juni 2026 vroeg het college de cultuurraad om advies over het ontwerp van een nieuw reglement en "
           "een retributie voor de gemeentelijke uitleendienst. Volgens artikel 4 van onze statuten moet het college "
           "de cultuurraad raadplegen over elk reglement dat het verenigingsleven rechtstreeks raakt. De termijn van "
           "dertig dagen werd wegens het zomerreces in onderling overleg verlengd.")
    p(pdf, "Het dagelijks bestuur van de cultuurraad bereidde dit advies voor. Op 9 september organiseerden we een "
           "bevraging bij de aangesloten verenigingen; 41 van de 68 verenigingen antwoordden. Het advies werd op de "
           "algemene vergadering van 16 september met 23 stemmen voor en 2 onthoudingen goedgekeurd.")

    h(pdf, "2. Wat het ontwerp voorstelt")
    p(pdf, "De uitleendienst van de technische dienst leent al meer dan twintig jaar feesttenten, podiumelementen, "
           "tafels, banken en nadarhekken uit aan verenigingen, scholen en buurtcomités. Erkende verenigingen "
           "ontleenden tot nu toe gratis. Het ontwerp voert voor hen een retributie in en verhoogt de vergoeding voor "
           "levering en ophaling. Verder bepaalt het ontwerp dat de ontlener zelf instaat voor het opbouwen en "
           "afbreken, en dat een tent pas wordt uitgeleend als twee vrijwilligers van de vereniging een "
           "instructiemoment hebben gevolgd.")
    pdf.set_font("R", "", 8.6)
    hd = FontFace(emphasis="BOLD", fill_color=CREAM)
    with pdf.table(col_widths=(58, 30, 32, 32), width=152, align="LEFT", line_height=4.5, text_align="LEFT",
                   headings_style=hd, borders_layout="HORIZONTAL_LINES") as t:
        for r in [("Materiaal", "Nu (erkend)", "Ontwerp (erkend)", "Ontwerp (andere)"),
                  ("Feesttent 6 x 12 m, per ontlening", "gratis", "60 euro", "180 euro"),
                  ("Podiumelement 2 x 1 m", "gratis", "4 euro", "12 euro"),
                  ("Tafel met twee banken", "gratis", "1 euro", "3 euro"),
                  ("Nadarhek", "gratis", "0,50 euro", "1,50 euro"),
                  ("Levering en ophaling", "50 euro", "75 euro", "120 euro"),
                  ("Waarborg podiumelementen", "100 euro", "250 euro", "250 euro")]:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(4)

    h(pdf, "3. Wat de verenigingen ons vertelden")
    p(pdf, "In de bevraging konden de verenigingen hun ervaringen met de uitleendienst kwijt. Enkele reacties, "
           "zoals we ze ontvingen:")
    for q in ["'Voor ons jaarlijks mosselfestijn hebben we twee tenten en twintig tafels nodig. Met het nieuwe "
              "tarief kost ons dat meer dan we op de avond verdienen.' (toneelvereniging)",
              "'We moeten nu al twee vrijwilligers verlof laten nemen om de tent op een dinsdagochtend op te "
              "halen.' (harmonie)",
              "'De mensen van de technische dienst zijn altijd behulpzaam en het materiaal is proper.' "
              "(wijkcomité)",
              "'Een tent opzetten is geen kinderspel. Vorig jaar waaide er bij een buurgemeente een tent weg.' "
              "(jeugdhuis)",
              "'Voor ons straatfeest moesten we als buurtcomité het volle tarief betalen, terwijl iedereen in de "
              "straat welkom is.' (buurtcomité Kapelwijk)"]:
        item(pdf, "-", q, indent=4, width=5, after=0.8)
    pdf.ln(1.6)
    p(pdf, "We legden het ontwerp ook naast de reglementen van vier buurgemeenten. Drie ervan laten erkende "
           "verenigingen gratis ontlenen en rekenen alleen de levering aan; de vierde vraagt een forfait van 25 "
           "euro per ontlening. Nergens bedraagt de waarborg voor podiumelementen meer dan 150 euro.")

    h(pdf, "4. Vaststellingen")
    p(pdf, "Uit de bevraging en de bespreking op de algemene vergadering komen vijf vaststellingen naar voren:")
    for n, t in [("1.", "Een retributie voor erkende verenigingen is nieuw. Voor kleine verenigingen met een jaarlijks "
                        "eetfestijn loopt de rekening al snel op tot 150 à 200 euro per activiteit."),
                 ("2.", "Reserveren kan volgens het ontwerp slechts drie maanden vooraf. Grote evenementen worden "
                        "veel vroeger gepland."),
                 ("3.", "De waarborg voor podiumelementen stijgt van 100 naar 250 euro, ook voor verenigingen die nooit "
                        "schade veroorzaakten."),
                 ("4.", "Feitelijke verenigingen en buurtcomités betalen het tarief voor andere ontleners, hoewel zij "
                        "vaak het buurtleven dragen."),
                 ("5.", "Het materiaal kan enkel op weekdagen tussen 8 en 16 uur worden afgehaald.")]:
        item(pdf, n, t, indent=4, width=7, after=0.8)
    pdf.ln(1.6)
    p(pdf, "In ons advies 2022-03 over het reglement voor de zaalverhuur schreven we: 'Het gemeentebestuur moet de "
           "tarieven voor verenigingen indexeren en niet verhogen.' Het college volgde dat advies toen, en we stellen "
           "vast dat de zalen sindsdien beter bezet zijn.")
    p(pdf, "Dat de ontlener zelf opbouwt en afbreekt, is voor de meeste verenigingen geen probleem: zij doen "
           "dat nu al. Het instructiemoment vinden we een goede zaak.")
    p(pdf, "We begrijpen dat de gemeente de kosten van de uitleendienst beter in kaart wil brengen: het materiaal is "
           "verouderd en de vervanging van vier feesttenten kost volgens de nota ongeveer 38.000 euro.")

    h(pdf, "5. Advies")
    p(pdf, "De cultuurraad geeft een voorwaardelijk gunstig advies over het ontwerp. Wij vragen het college om:")
    for n, t in RECS:
        item(pdf, n, t, indent=4, width=7, after=1.4, color=RUST, bold=True)
    pdf.ln(1.5)

    h(pdf, "6. Tot slot")
    p(pdf, "De cultuurraad vraagt bijzondere aandacht voor de punten a en g, die voor de kleinere verenigingen het "
           "zwaarst doorwegen. Wij zijn graag bereid het aangepaste ontwerp nog eens te bekijken voor het naar de "
           "gemeenteraad gaat.")
    pdf.ln(3)
    p(pdf, "Voor de cultuurraad,", after=1)
    p(pdf, "Lieve Van Damme, voorzitter          Koen Verhaegen, secretaris", style="I")
    pdf.output(B.out(NAME + "_advice.pdf"))


def response():
    pdf = new("Gemeente Kerkevelde - uittreksel notulen college 14 oktober 2026 - uitleendienst", "blz. {n}/{m}",
              bar=False)
    pdf.set_font("R", "B", 15)
    pdf.cell(0, 7, "Gemeente Kerkevelde", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("R", "", 8.6)
    pdf.set_text_color(*GREY)
    pdf.cell(0, 4.4, "Marktplein 1, 2292 Kerkevelde", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(5)
    pdf.set_fill_color(236, 236, 236)
    pdf.set_font("R", "B", 10.5)
    pdf.multi_cell(0, 6.2, "Uittreksel uit de notulen van het college van burgemeester en schepenen\nZitting van "
                   "14 oktober 2026", fill=True, new_x="LMARGIN", new_y="NEXT", align="C", padding=(2, 3, 2, 3))
    pdf.ln(3)
    pdf.set_font("R", "", 8.6)
    pdf.multi_cell(0, 4.4, "Aanwezig: Marc De Smedt, burgemeester-voorzitter; Els Peeters, Johan Wouters, Sarah "
                   "El Amrani, Dirk Luyten, schepenen; Veerle Janssens, algemeen directeur.\nVerontschuldigd: Tom "
                   "Claes, schepen.", new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(3)
    p(pdf, "Uitleendienst - reglement en retributie - advies van de cultuurraad - standpunt en voorlegging aan de "
           "gemeenteraad", style="B", size=10.2)

    h(pdf, "Feiten en context", size=10.2)
    p(pdf, "De uitleendienst beschikt over 12 feesttenten, 60 podiumelementen, 80 tafels met banken en 150 "
           "nadarhekken. In 2025 waren er 412 ontleningen, waarvan 298 door erkende verenigingen. De kosten van de "
           "dienst, inclusief personeel en transport, bedroegen 64.500 euro. Het college keurde op 17 juni 2026 een "
           "ontwerp van reglement goed en legde dat voor advies voor aan de cultuurraad en de jeugdraad.")
    h(pdf, "Juridische grond", size=10.2)
    p(pdf, "Het Decreet over het lokaal bestuur, in het bijzonder de artikelen over de bevoegdheden van het college en "
           "de gemeenteraad. Het gemeenteraadsbesluit van 28 maart 2019 over de erkenning van verenigingen.")
    h(pdf, "Adviezen", size=10.2)
    p(pdf, "Advies 2026-05 van de cultuurraad van 18 september 2026: voorwaardelijk gunstig. Advies van de jeugdraad "
           "van 11 september 2026: gunstig, zonder opmerkingen. Visum van de financieel directeur van 2 oktober "
           "2026: gunstig.")

    h(pdf, "Argumentatie", size=10.2)
    p(pdf, "Het college dankt de cultuurraad voor het grondige advies en de bevraging bij de verenigingen. Het gaat "
           "als volgt in op de aanbevelingen.")
    replies = [
        ("Aanbeveling b (reservatietermijn): gevolgd.", " Het reglement laat reservaties voortaan toe tot twaalf "
         "maanden voor de activiteit. Aanvragen die meer dan drie maanden vooraf binnenkomen, worden wel pas "
         "definitief bevestigd na de maandelijkse planning van de technische dienst."),
        ("Aanbeveling a (gratis ontlenen): gedeeltelijk gevolgd.", " Het college houdt vast aan een retributie, omdat "
         "de kosten van de uitleendienst anders volledig door de gemeente gedragen blijven. Erkende verenigingen "
         "krijgen wel drie gratis ontleningen per kalenderjaar; pas vanaf de vierde ontlening geldt het "
         "verenigingstarief. De vergoeding voor levering en ophaling wordt 60 euro in plaats van 75 euro."),
        ("Aanbevelingen c en e.", " Het college verkiest één waarborg voor alle ontleners en behoudt het bedrag van "
         "250 euro voor podiumelementen; een gedifferentieerde waarborg is administratief niet werkbaar en de "
         "herstelling van één element kost tot 600 euro. Het voorstel om feitelijke verenigingen en buurtcomités "
         "gelijk te stellen met erkende verenigingen neemt het college integraal over; artikel 3 van het reglement "
         "wordt daartoe aangevuld."),
        ("Aanbeveling f (vorming): gevolgd.", " In het voorjaar van 2027 organiseert de technische dienst samen met "
         "de cultuurdienst een eerste vorming 'Veilig opbouwen', die daarna elk jaar in maart terugkomt."),
        ("Aanbeveling d (online reserveren): meegenomen.", " In het kader van het meerjarenplan onderzoekt de dienst "
         "ICT de aankoop van één reservatieplatform voor zalen en materiaal. Het college neemt daarover een "
         "beslissing bij de aanpassing van het meerjarenplan in het najaar van 2027."),
    ]
    for lab, txt in replies:
        p(pdf, f"**{lab}**{txt}", md=True, after=2.6)

    h(pdf, "Financiële gevolgen", size=10.2)
    p(pdf, "Op basis van de ontleningen van 2025 en de drie gratis ontleningen levert de retributie naar schatting "
           "9.400 euro per jaar op. De ontvangsten worden geboekt op actie 2.3.1 'Een sterk verenigingsleven' van "
           "het meerjarenplan 2026-2031.")

    h(pdf, "Besluit", size=10.2)
    for n, t in [("Artikel 1.", "Het college neemt kennis van de adviezen van de cultuurraad en de jeugdraad en "
                                "sluit zich aan bij de argumentatie hierboven."),
                 ("Artikel 2.", "Het aangepaste ontwerp van reglement en retributie wordt ter goedkeuring voorgelegd "
                                "aan de gemeenteraad van 18 november 2026."),
                 ("Artikel 3.", "De cultuurraad, de jeugdraad en de technische dienst worden van deze beslissing op "
                                "de hoogte gebracht.")]:
        item(pdf, n, t, indent=0, width=18, after=1.0, bold=True)
    pdf.ln(4)
    p(pdf, "Namens het college,", after=1)
    p(pdf, "Veerle Janssens, algemeen directeur          Marc De Smedt, burgemeester", style="I", after=3)
    p(pdf, "Voor eensluidend uittreksel, Kerkevelde, 15 oktober 2026", size=8.4)
    pdf.output(B.out(NAME + "_response.pdf"))


def expected():
    recs = [
        (1, "erkende verenigingen het materiaal ook in de toekomst gratis te laten ontlenen",
         "pas vanaf de vierde ontlening geldt het verenigingstarief", "partly"),
        (2, "de reservatietermijn te verlengen, zodat verenigingen materiaal tot twaalf maanden",
         "laat reservaties voortaan toe tot twaalf maanden voor de activiteit", "agrees"),
        (3, "de waarborg voor podiumelementen op 100 euro te houden",
         "verkiest één waarborg voor alle ontleners en behoudt het bedrag", "disagrees"),
        (4, "een online reservatiesysteem uit te bouwen waarop verenigingen zelf",
         "onderzoekt de dienst ICT de aankoop van één reservatieplatform", "noted"),
        (5, "ook feitelijke verenigingen en buurtcomités toe te laten tegen het tarief",
         "neemt het college integraal over; artikel 3 van het reglement", "agrees"),
        (6, "jaarlijks een vorming te organiseren over het veilig opbouwen",
         "een eerste vorming 'Veilig opbouwen', die daarna elk jaar", "agrees"),
        (7, "minstens één afhaalmoment per week op zaterdagvoormiddag te voorzien", None, "unanswered"),
    ]
    unmatched = ["In 2025 waren er 412 ontleningen, waarvan 298",
                 "Het gemeenteraadsbesluit van 28 maart 2019 over de erkenning",
                 "Advies van de jeugdraad van 11 september 2026: gunstig",
                 "levert de retributie naar schatting 9.400 euro per jaar op",
                 "wordt ter goedkeuring voorgelegd aan de gemeenteraad van 18 november 2026"]
    notes = ("Flemish municipal CULTUURRAAD, advies 2026-05 to the college van burgemeester en schepenen on the draft "
             "reglement and retributie of the gemeentelijke UITLEENDIENST (fpdf2, 3 p., serif, rust side bar, a "
             "'Nu / Ontwerp' rates table, running head from p. 2, 'blz. n van m'). Traps: the statuten's 'moet', "
             "quotes from verenigingen as a dash list ('We moeten nu al ...'), "
             "'Vaststellingen' as a NUMBERED list 1.-5. (findings), the 2022 advice on the zaalverhuur quoted with "
             "'moet' (followed), the 38.000 euro figure; recommendations as LOWER-CASE LETTERED INFINITIVE CLAUSES "
             "a)-g) after 'Wij vragen het college om:', the list running across the page break between e) and f) "
             "(expected 1-7 = "
             "a-g); closing line asking attention for 'de punten a en g'. Response: an UITTREKSEL UIT DE NOTULEN "
             "of the college (Aanwezig, Onderwerp, Feiten en context, Juridische grond, Adviezen: nothing) whose "
             "Argumentatie answers with bold INLINE LABELS in the order b, a, 'c en e', f, d: b agrees ('gevolgd', "
             "twelve months); a partly ('gedeeltelijk gevolgd': the retributie stays, three free loans a year, "
             "delivery 60 instead of 75 euro); the paragraph 'Aanbevelingen c en e.' = c disagrees (one waarborg of "
             "250 euro for all) + e agrees (feitelijke verenigingen and buurtcomités at the erkend tariff, "
             "'integraal over'); f agrees (yearly training from spring 2027); d noted ('meegenomen': ICT looks "
             "into a platform, decision at the 2027 meerjarenplan change); g (Saturday pick-up) unanswered. Feiten "
             "en context (figures), Juridische grond, Adviezen (the jeugdraad), Financiële gevolgen (figures, "
             "'actie 2.3.1') and Besluit 'Artikel 1.-3.' (artikel 1 'neemt kennis van de adviezen') answer "
             "nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()
