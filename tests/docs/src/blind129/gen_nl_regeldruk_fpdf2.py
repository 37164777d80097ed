"""Round 129 (nl): the ADVIES of an (invented) national ADVIESCOLLEGE on regulatory burden about a CONCEPTWETSVOORSTEL
on the registration of room-rental intermediaries, its seven recommendations UNNUMBERED BULLETS under two lead-ins
('Over het wetsvoorstel:' four, 'Over de invoering:' three) in the closing 'Dictum'; answered by the MEMORIE VAN
TOELICHTING's paragraph '9.2 Adviescollege', which names them by ORDINAL ('Het eerste advies', 'Het vijfde en het
zesde advies') in another order, between '9.1 Internetconsultatie', '9.3 Autoriteit Persoonsgegevens' and '10.
Financiële gevolgen'.

Advice (fpdf2, 2 p., green headings, running head from p. 2, 'blz. n'): the college's four toetsvragen numbered
1.-4. (trap), the Huisvestingswet paraphrased with 'moet' and article 4 of the draft with 'moet' (traps), findings
'Het college constateert ...', its 2023 advice quoted as an imperative (trap), a closing line naming 'het tweede en
het derde advies' (trap). Response (fpdf2, 2 p.): ordinals in the order 1 agrees, 4 partly, 2 partly, 3 disagrees,
5 agrees + 6 noted in one paragraph; 7 unanswered. All bodies, people, figures and reference numbers invented; the
Huisvestingswet 2014 and the Handelsregisterwet 2007 are named as context only.

Run: /tmp/blind129nl/bin/python tests/docs/src/blind129/gen_nl_regeldruk_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b129nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind129_nl_regeldruk"
FS = B.tmp_fonts()
GREEN = (28, 94, 62)
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
    pdf.set_creation_date(datetime.datetime(2026, 6, 1, tzinfo=datetime.timezone.utc))
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.head, pdf.foot = head, foot
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        pdf.add_font("S", style, FS[key])
    pdf.set_margins(26, 16, 26)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def para(pdf, text, size=9.8, style="", gap=1.8, indent=0):
    pdf.set_font("S", style, size)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - indent, LH, text, markdown=True, align="J",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def hanging(pdf, label, text, width=7, size=9.8, gap=1.4):
    if pdf.will_page_break(2 * LH):
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_font("S", "", size)
    pdf.set_xy(pdf.l_margin + 2, y)
    pdf.cell(width, LH, label)
    pdf.set_xy(pdf.l_margin + width + 2, y)
    para(pdf, text, size=size, indent=width + 2, gap=gap)


def h2(pdf, text, size=11.5):
    if pdf.will_page_break(22):
        pdf.add_page()
    pdf.ln(1.5)
    pdf.set_font("S", "B", size)
    pdf.set_text_color(*GREEN)
    pdf.cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.6)


WET = [
    "Onderbouw in de memorie van toelichting waarom de bestaande gemeentelijke vergunningplicht voor "
    "kamerverhuur niet volstaat.",
    "Beperk de registratieplicht tot bemiddelaars die per jaar meer dan tien kamers bemiddelen.",
    "Laat de registratie verlopen via het Handelsregister in plaats van via een nieuw landelijk register.",
    "Schrap de verplichting om elk kwartaal een overzicht van alle gesloten huurovereenkomsten aan te leveren.",
]
INVOERING = [
    "Geef bemiddelaars ten minste twaalf maanden tussen de bekendmaking en de inwerkingtreding van de wet.",
    "Stel samen met de brancheverenigingen een handreiking op voor kleine bemiddelaars en zzp'ers.",
    "Evalueer de regeldruk drie jaar na de inwerkingtreding en voer daarvoor vooraf een nulmeting uit.",
]


def advice():
    pdf = new("Adviescollege Regeldruk en Uitvoerbaarheid - advies ARU/26/014 - Wet registratie bemiddelaars "
              "kamerverhuur", "blz. {n}", "Advies Wet registratie bemiddelaars kamerverhuur",
              "Adviescollege Regeldruk en Uitvoerbaarheid")
    pdf.set_font("S", "", 8)
    pdf.set_text_color(*GREY)
    pdf.cell(0, 4, "Adviescollege Regeldruk en Uitvoerbaarheid", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    pdf.set_font("S", "", 8.8)
    for line in ("Aan de minister van Volkshuisvesting en Ruimtelijke Ordening", "Datum: 14 januari 2026",
                 "Kenmerk: ARU/26/014",
                 "Betreft: advies over het conceptwetsvoorstel Wet registratie bemiddelaars kamerverhuur"):
        pdf.cell(0, 4.6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    para(pdf, "Geachte minister,")
    para(pdf, "Bij brief van 20 november 2025 heeft u het Adviescollege Regeldruk en Uitvoerbaarheid gevraagd te "
         "adviseren over het conceptwetsvoorstel Wet registratie bemiddelaars kamerverhuur. Het wetsvoorstel "
         "verplicht iedereen die bedrijfsmatig kamers bemiddelt, zich te registreren en gegevens over de "
         "bemiddelde huurovereenkomsten aan te leveren.")
    h2(pdf, "1. Toetskader")
    para(pdf, "Het college toetst elk voorstel aan vier vragen:", gap=1.0)
    for i, t in enumerate(["Is er een taak voor de overheid en is regelgeving nodig?",
                           "Is er een minder belastend alternatief?",
                           "Is het voorstel werkbaar voor de doelgroep?",
                           "Zijn de gevolgen voor de regeldruk volledig en juist in beeld gebracht?"], 1):
        hanging(pdf, f"{i}.", t, gap=0.6)
    pdf.ln(1)
    h2(pdf, "2. Inhoud van het voorstel")
    para(pdf, "Op grond van de Huisvestingswet 2014 moet een gemeente die een vergunning voor kamerverhuur invoert, "
         "dat in haar huisvestingsverordening regelen. Dat hebben op dit moment 61 gemeenten gedaan. Het "
         "wetsvoorstel voegt daar een landelijke laag aan toe. Volgens artikel 4 van het concept moet de "
         "bemiddelaar zich vóór de eerste bemiddeling laten registreren, en moet hij elk kwartaal een overzicht van "
         "de gesloten overeenkomsten aanleveren.")
    h2(pdf, "3. Bevindingen")
    para(pdf, "Het college constateert dat de toelichting niet duidelijk maakt welk probleem de gemeentelijke "
         "vergunningen laten liggen. De regeldruk wordt in het concept geraamd op 3,2 miljoen euro per jaar, maar "
         "die raming gaat uit van 2.400 bemiddelaars; volgens de Kamer van Koophandel zijn er ruim 6.000 "
         "ondernemingen die kamers bemiddelen, van wie de helft eenmanszaken.")
    para(pdf, "Het college constateert verder dat een nieuw landelijk register gegevens vraagt die voor een groot "
         "deel al in het Handelsregister staan. Een kwartaalrapportage is voor kleine bemiddelaars zwaar in "
         "verhouding tot het aantal overeenkomsten dat zij sluiten.")
    para(pdf, "In zijn advies over de Wet goed verhuurderschap schreef het college in 2023 al:")
    para(pdf, "'Maak voor kleine verhuurders gebruik van gegevens die de overheid al heeft.'", style="I", indent=8)
    para(pdf, "Het college ziet in het huidige voorstel weinig terug van die benadering.")
    h2(pdf, "4. Dictum")
    para(pdf, "Het college adviseert het wetsvoorstel niet in te dienen, tenzij met de volgende adviezen rekening "
         "wordt gehouden.")
    para(pdf, "Over het wetsvoorstel:", style="B", gap=1.0)
    for t in WET:
        hanging(pdf, "\u2022", t)
    pdf.ln(1)
    para(pdf, "Over de invoering:", style="B", gap=1.0)
    for t in INVOERING:
        hanging(pdf, "\u2022", t)
    pdf.ln(1)
    para(pdf, "Het college hecht in het bijzonder aan het tweede en het derde advies: die bepalen het grootste deel "
         "van de regeldruk voor kleine bemiddelaars.")
    para(pdf, "Hoogachtend,\nAdviescollege Regeldruk en Uitvoerbaarheid\ndr. M.C. Veldhuis-Amrani, voorzitter\n"
         "ir. T. Brouwers, secretaris", gap=0)
    pdf.output(B.out(NAME + "_advice.pdf"))


def response():
    pdf = new("Memorie van toelichting - Wet registratie bemiddelaars kamerverhuur - hoofdstuk 9 en 10", "blz. {n}",
              "Memorie van toelichting (uittreksel)", "Ministerie van Volkshuisvesting en Ruimtelijke Ordening")
    pdf.set_font("S", "B", 13)
    pdf.multi_cell(0, 6.5, "Regels over de registratie van bemiddelaars bij de verhuur van kamers (Wet registratie "
                   "bemiddelaars kamerverhuur)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("S", "I", 10)
    pdf.cell(0, 5, "Memorie van toelichting (uittreksel: hoofdstukken 9 en 10)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    h2(pdf, "9. Advies en consultatie")
    h2(pdf, "9.1 Internetconsultatie", size=10.2)
    para(pdf, "Het concept is van 3 november tot en met 15 december 2025 ter consultatie voorgelegd. Er kwamen 148 "
         "reacties binnen, waarvan 97 van particulieren, 31 van bemiddelaars en 20 van gemeenten en "
         "belangenorganisaties. De meeste reacties gingen over de kosten van registratie.")
    h2(pdf, "9.2 Adviescollege Regeldruk en Uitvoerbaarheid", size=10.2)
    para(pdf, "Het college heeft op 14 januari 2026 geadviseerd het wetsvoorstel niet in te dienen, tenzij met zeven "
         "adviezen rekening wordt gehouden. Hieronder wordt op die adviezen ingegaan.")
    para(pdf, "Het eerste advies betreft de noodzaak van een landelijke regeling. Naar aanleiding daarvan is "
         "paragraaf 2.3 toegevoegd, waarin aan de hand van de ervaringen in zes gemeenten wordt toegelicht waarom "
         "een lokale vergunning bemiddelaars die in meerdere gemeenten actief zijn, niet bereikt.")
    para(pdf, "Het vierde advies is gedeeltelijk overgenomen. De rapportage over gesloten overeenkomsten blijft "
         "bestaan, maar hoeft nog maar eens per halfjaar te worden ingediend in plaats van elk kwartaal.")
    para(pdf, "Het tweede advies is eveneens deels gevolgd. Er komt een vrijstelling voor bemiddelaars die minder "
         "dan vijf kamers per jaar bemiddelen. Een grens van tien zou volgens de gemeenten juist de malafide "
         "bemiddelaars buiten beeld laten, die hun activiteiten bewust klein houden.")
    para(pdf, "Het derde advies is niet overgenomen. Het Handelsregister bevat niet de gegevens over de bemiddelde "
         "panden die gemeenten voor de handhaving nodig hebben, en de Handelsregisterwet 2007 biedt geen grondslag "
         "om die gegevens daar op te nemen. Er komt daarom een afzonderlijk register, dat wel de "
         "KvK-gegevens automatisch overneemt.")
    para(pdf, "Het vijfde en het zesde advies gaan over de invoering. De regering neemt de termijn van twaalf "
         "maanden over: de wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip, niet eerder dan "
         "een jaar na publicatie in het Staatsblad. Of er een handreiking komt, wordt nog met de "
         "brancheverenigingen besproken; daarover is nog geen besluit genomen.")
    h2(pdf, "9.3 Autoriteit Persoonsgegevens", size=10.2)
    para(pdf, "De Autoriteit Persoonsgegevens heeft op 2 februari 2026 geadviseerd de bewaartermijn van de gegevens "
         "in het register te beperken. De bewaartermijn is teruggebracht van tien naar vijf jaar (artikel 9, "
         "derde lid).")
    h2(pdf, "10. Financiële gevolgen")
    para(pdf, "De uitvoering van het register kost naar verwachting 1,1 miljoen euro eenmalig en 0,6 miljoen euro "
         "per jaar. Die kosten worden gedekt uit de begroting van het ministerie. Op basis van de bijgestelde "
         "aantallen wordt de regeldruk nu geraamd op 4,9 miljoen euro per jaar, waarvan 2,1 miljoen euro "
         "eenmalig.")
    para(pdf, "De minister van Volkshuisvesting en Ruimtelijke Ordening,\nR.A. Doornbos-Kuiper", gap=0)
    pdf.output(B.out(NAME + "_response.pdf"))


def expected():
    recs = [
        (1, "Onderbouw in de memorie van toelichting waarom de bestaande gemeentelijke vergunningplicht",
         "paragraaf 2.3 toegevoegd, waarin aan de hand van de ervaringen", "agrees"),
        (2, "Beperk de registratieplicht tot bemiddelaars die per jaar meer dan",
         "Er komt een vrijstelling voor bemiddelaars die minder dan vijf", "partly"),
        (3, "Laat de registratie verlopen via het Handelsregister in plaats van",
         "Er komt daarom een afzonderlijk register", "disagrees"),
        (4, "Schrap de verplichting om elk kwartaal een overzicht van alle",
         "hoeft nog maar eens per halfjaar te worden ingediend", "partly"),
        (5, "Geef bemiddelaars ten minste twaalf maanden tussen de bekendmaking en",
         "De regering neemt de termijn van twaalf maanden over", "agrees"),
        (6, "Stel samen met de brancheverenigingen een handreiking op voor kleine",
         "daarover is nog geen besluit genomen", "noted"),
        (7, "Evalueer de regeldruk drie jaar na de inwerkingtreding en voer", None, "unanswered"),
    ]
    unmatched = ["Er kwamen 148 reacties binnen, waarvan 97 van particulieren",
                 "De bewaartermijn is teruggebracht van tien naar vijf jaar",
                 "De uitvoering van het register kost naar verwachting 1,1 miljoen euro"]
    notes = ("Advice: the ADVIES of an invented national ADVIESCOLLEGE on regulatory burden about a "
             "conceptwetsvoorstel on room-rental intermediaries (fpdf2, 2 p., a letter); the seven recommendations "
             "are UNNUMBERED BULLETS of imperatives in the closing 'Dictum', under two bold lead-ins ('Over het "
             "wetsvoorstel:' four, 'Over de invoering:' three). Traps: the four toetsvragen numbered 1.-4., the "
             "Huisvestingswet and article 4 of the draft paraphrased with 'moet', findings 'Het college constateert "
             "...' with figures, the 2023 advice quoted as an imperative ('Maak voor kleine verhuurders gebruik "
             "...'), 'adviseert het wetsvoorstel niet in te dienen, tenzij' (the overall dictum, not one of the "
             "seven), a closing line naming 'het tweede en het derde advies'. Response: the MEMORIE VAN TOELICHTING's "
             "chapter 9; under '9.2' the replies name the advice by ORDINAL in the order first (agrees: paragraph "
             "2.3 added), fourth (partly: half-yearly instead of quarterly), second (partly: threshold five, not "
             "ten), third (disagrees: a separate register), fifth and sixth in ONE paragraph (fifth agrees: not "
             "before a year after publication; sixth noted: still being discussed, no decision). '9.1 "
             "Internetconsultatie', '9.3 Autoriteit Persoonsgegevens' and '10. Financiële gevolgen' (figures) "
             "answer nothing; the seventh (evaluation after three years with a baseline) is never answered: "
             "unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()
