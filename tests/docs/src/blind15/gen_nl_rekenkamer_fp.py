"""Blind round 15 (nl), pair blind15_nl_rekenkamer — fpdf2.

Advice: Rekenkamer Enschede, 'Uit de schulden, in beeld' (bestuurlijke nota on the municipal debt-help service):
cover, Inhoudsopgave with dotted leaders, Samenvatting, a normenkader table N1-N5, conclusions C1-C4 as bold
labels, and the recommendations A1-A6 in a ruled table 'Nr. | Aanbeveling | Conclusie' with group rows
'Aan het college' (A1-A5) and 'Aan de gemeenteraad' (A6); running header, 'pagina N' footer, page-foot footnotes.
Response: 'Bestuurlijke reactie en nawoord': the college's letter to the rekenkamer (letterhead, kenmerk block),
its replies under its own theme headings with the code in brackets, in the order A2, A1, A3, A5, A4 (A6 is for the
raad and is not answered), followed by the 'Nawoord van de rekenkamer' (answers nothing).

Run from the repository root (venv outside the repo):
    python3 -m venv /tmp/blind15nlenv && /tmp/blind15nlenv/bin/pip install reportlab fpdf2 pymupdf fonttools
    /tmp/blind15nlenv/bin/python tests/docs/src/blind15/gen_nl_rekenkamer_fp.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fpdf.fonts import FontFace  # noqa: E402

from _nl_b15 import DOCS, fpdf_doc_class  # noqa: E402

NAME = "blind15_nl_rekenkamer"
Doc = fpdf_doc_class()
GREEN = (0, 102, 94)

RECS_COLLEGE = [
    ("A1", "Stel meetbare doelen op voor de schuldhulpverlening en neem deze op in het beleidsplan 2026\u20132029, "
           "zodat de raad kan volgen of de hulp aan inwoners met schulden het beoogde effect heeft.", "C1"),
    ("A2", "Zorg ervoor dat iedere inwoner die zich meldt binnen de wettelijke termijn van vier weken een eerste "
           "gesprek krijgt, en bij een dreigende huisuitzetting binnen drie werkdagen.", "C2"),
    ("A3", "Maak met woningcorporaties, energieleveranciers en zorgverzekeraars afspraken over het tijdig melden "
           "van betalingsachterstanden en ga jaarlijks na of deze afspraken worden nagekomen.", "C2"),
    ("A4", "Neem twaalf maanden na afronding van een traject contact op met de inwoner om na te gaan of hij of zij "
           "schuldenvrij is gebleven, en gebruik die uitkomsten om de hulp te verbeteren.", "C3"),
    ("A5", "Breng de samenwerking met de vrijwilligersorganisaties onder in \u00e9\u00e9n convenant met een "
           "duidelijke taakverdeling en een gezamenlijke registratie van hulpvragen.", "C4"),
]
REC_RAAD = ("A6", "Vraag het college om jaarlijks bij de jaarstukken te rapporteren over de realisatie van de "
                  "doelen uit aanbeveling A1 en over de wachttijden voor een eerste gesprek.", "C1, C2")


def advice() -> None:
    pdf = Doc(header_text="Rekenkamer Enschede  |  Uit de schulden, in beeld  |  Bestuurlijke nota",
              footer_text="pagina {page}", family="serif", size=10.5)
    pdf.set_title("Uit de schulden, in beeld")
    pdf.set_author("Rekenkamer Enschede")
    # cover
    pdf.add_page()
    pdf.set_fill_color(*GREEN)
    pdf.rect(0, 0, 210, 120, style="F")
    pdf.set_text_color(255)
    pdf.set_xy(24, 28)
    pdf.set_font("sans", "B", 13)
    pdf.cell(0, 6, "Rekenkamer Enschede")
    pdf.set_xy(24, 62)
    pdf.set_font("sans", "B", 28)
    pdf.cell(0, 12, "Uit de schulden, in beeld")
    pdf.set_xy(24, 78)
    pdf.set_font("sans", "", 13)
    pdf.multi_cell(150, 6.5, align="L", text="Onderzoek naar de doeltreffendheid van de gemeentelijke schuldhulpverlening")
    pdf.set_text_color(0)
    pdf.set_xy(24, 240)
    pdf.set_font("sans", "", 10)
    pdf.multi_cell(120, 5.5, align="L", text="Bestuurlijke nota\n16 september 2025\nVastgesteld door de rekenkamer op 9 september 2025")
    # contents
    pdf.add_page()
    pdf.heading("Inhoudsopgave", size=16, color=GREEN)
    rows = [("", "Samenvatting", "3"), ("1", "Inleiding", "3"), ("1.1", "Aanleiding en onderzoeksvraag", "3"),
            ("1.2", "Normenkader", "3"), ("2", "Conclusies", "3"), ("3", "Aanbevelingen", "4"),
            ("4", "Bestuurlijke reactie en nawoord", "4")]
    pdf.set_font("sans", "", 10.5)
    for num, title, pg in rows:
        pdf.set_x(24)
        pdf.cell(12, 8, num)
        w = pdf.get_string_width(title)
        dots = "." * int((pdf.epw - 24 - w) / pdf.get_string_width("."))
        pdf.cell(pdf.epw - 24, 8, f"{title} {dots}")
        pdf.cell(12, 8, pg, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.para("De nota van bevindingen, met de feitelijke uitkomsten van het onderzoek, verschijnt als afzonderlijk "
             "document. Het college heeft de nota van bevindingen op 14 juli 2025 voor ambtelijk wederhoor "
             "ontvangen.", size=9.5, family="sans", align="L")
    pdf.set_y(200)
    pdf.set_font("sans", "", 8.5)
    pdf.set_text_color(90)
    pdf.multi_cell(0, 4.2, align="L", text="Rekenkamer Enschede\nmr. drs. H.A. Bosscher (voorzitter), dr. E. Nijhuis, "
                   "drs. R. Kamphuis RA\nOnderzoekers: L. ter Horst MSc, drs. F. Oude Wesselink\n\n"
                   "Postbus 20, 7500 AA Enschede\nrekenkamer@enschede.nl")
    pdf.set_text_color(0)
    # summary + chapter 1
    pdf.add_page()
    pdf.heading("Samenvatting", size=16, color=GREEN)
    pdf.para("Ruim 4.300 huishoudens in Enschede hebben problematische schulden. De gemeente geeft jaarlijks "
             "ongeveer \u20ac 6,8 miljoen uit aan schuldhulpverlening. De rekenkamer heeft onderzocht of die hulp "
             "inwoners daadwerkelijk uit de schulden helpt. Ons antwoord is dat de gemeente dat niet weet. Er zijn "
             "geen meetbare doelen, wachttijden worden niet volledig geregistreerd en na afronding van een traject "
             "verdwijnt de inwoner uit beeld. Wel zien wij dat inwoners die eenmaal in een traject zitten, de hulp "
             "als deskundig en betrokken ervaren.")
    pdf.para("Wij doen het college vijf aanbevelingen en de gemeenteraad \u00e9\u00e9n. Ze staan in hoofdstuk 3.")
    pdf.heading("1  Inleiding", size=14, color=GREEN)
    pdf.heading("1.1  Aanleiding en onderzoeksvraag", size=11.5)
    pdf.para("De raad heeft de rekenkamer in maart 2024 gevraagd onderzoek te doen naar de schuldhulpverlening. "
             "Aanleiding was de stijging van het aantal aanmeldingen na de energiecrisis en de vraag of de "
             "gemeente voldoet aan de Wet gemeentelijke schuldhulpverlening (Wgs).\u00b9 De centrale "
             "onderzoeksvraag luidt:")
    pdf.note("1", "Wet gemeentelijke schuldhulpverlening, Stb. 2012, 156, laatstelijk gewijzigd per 1 januari 2021 "
                  "(Stb. 2020, 255).")
    pdf.para("__In hoeverre draagt de schuldhulpverlening van de gemeente Enschede bij aan het duurzaam oplossen van "
             "schulden van inwoners, en in hoeverre is de raad daarover goed ge\u00efnformeerd?__", indent=8)
    pdf.para("Wij hebben documenten bestudeerd, 42 dossiers geanalyseerd en gesproken met medewerkers van het "
             "team Schuldhulpverlening, met vrijwilligersorganisaties en met twaalf inwoners. Het onderzoek "
             "beslaat de periode 2022\u20132024.")
    pdf.heading("1.2  Normenkader", size=11.5)
    pdf.para("Wij hebben de bevindingen getoetst aan de volgende normen:", after=1.5)
    with pdf.table(col_widths=(14, 148), text_align=("LEFT", "LEFT"), line_height=4.8,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(220, 235, 232)),
                   borders_layout="HORIZONTAL_LINES") as table:
        pdf.set_font("sans", "", 9.5)
        table.row(["Norm", "Omschrijving"])
        for code, txt in [
            ("N1", "Het college heeft concrete en meetbare doelen voor de schuldhulpverlening geformuleerd."),
            ("N2", "Inwoners krijgen binnen de wettelijke termijnen een eerste gesprek (artikel 4a Wgs)."),
            ("N3", "De gemeente signaleert betalingsachterstanden vroegtijdig en benadert inwoners actief."),
            ("N4", "De gemeente weet of inwoners na afronding van een traject schuldenvrij blijven."),
            ("N5", "De raad wordt periodiek en volledig ge\u00efnformeerd over de resultaten."),
        ]:
            table.row([code, txt])
    pdf.ln(3)
    # chapter 2
    pdf.heading("2  Conclusies", size=14, color=GREEN)
    pdf.para("**Hoofdconclusie.** De gemeente Enschede biedt inwoners met schulden deskundige hulp, maar weet niet "
             "of die hulp werkt. De raad kan daardoor zijn kaderstellende en controlerende rol niet goed vervullen.")
    for code, txt in [
        ("C1", "Het beleidsplan 2022\u20132025 bevat ambities, maar geen meetbare doelen. Norm N1 is niet gehaald; "
               "ook norm N5 is daardoor niet gehaald."),
        ("C2", "In 31 van de 42 onderzochte dossiers is de datum van aanmelding niet vastgelegd. Waar dat wel is "
               "gebeurd, duurde het in zes gevallen langer dan vier weken voor een eerste gesprek plaatsvond. De "
               "vroegsignalering werkt alleen voor huurachterstanden bij de twee grootste corporaties.\u00b2"),
        ("C3", "Na afronding van een traject volgt de gemeente inwoners niet. Hoeveel inwoners terugvallen, is "
               "onbekend (norm N4)."),
        ("C4", "De samenwerking met de vrijwilligersorganisaties steunt op persoonlijke contacten. Er zijn vier "
               "verschillende overeenkomsten en geen gedeelde registratie, zodat inwoners soms twee keer hun "
               "verhaal moeten doen."),
    ]:
        pdf.set_font("sans", "B", 10.5)
        pdf.set_text_color(*GREEN)
        pdf.cell(12, 5.5, code)
        pdf.set_text_color(0)
        pdf.set_font("serif", "", 10.5)
        pdf.multi_cell(pdf.epw - 12, 5.5, txt, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        if code == "C2":
            pdf.note("2", "Vroegsignalering is sinds 1 januari 2021 een wettelijke taak (artikel 3 Wgs en het "
                          "Besluit gegevensverwerking ten behoeve van vroegsignalering van schulden).")
    # chapter 3
    pdf.heading("3  Aanbevelingen", size=14, color=GREEN)
    pdf.para("Op basis van de conclusies doet de rekenkamer de volgende aanbevelingen. In de laatste kolom staat op "
             "welke conclusie een aanbeveling voortbouwt.", after=2)
    head = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=GREEN)
    group = FontFace(emphasis="BOLD", fill_color=(220, 235, 232))
    pdf.set_font("sans", "", 9.5)
    with pdf.table(col_widths=(14, 128, 20), text_align=("LEFT", "LEFT", "CENTER"), line_height=5,
                   headings_style=head, padding=1.6) as table:
        table.row(["Nr.", "Aanbeveling", "Conclusie"])
        r = table.row()
        r.cell("Aan het college", colspan=3, style=group)
        for code, txt, c in RECS_COLLEGE:
            table.row([code, txt, c])
        r = table.row()
        r.cell("Aan de gemeenteraad", colspan=3, style=group)
        table.row(list(REC_RAAD))
    pdf.ln(4)
    pdf.para("De aanbevelingen A1 en A6 hangen samen: meetbare doelen hebben pas zin als de raad er ook over "
             "wordt ge\u00efnformeerd.")
    pdf.heading("4  Bestuurlijke reactie en nawoord", size=14, color=GREEN)
    pdf.para("Het college heeft op 2 september 2025 gereageerd op deze bestuurlijke nota. De reactie en het nawoord "
             "van de rekenkamer zijn als afzonderlijk document bij deze nota gevoegd.")
    pdf.output(str(DOCS / f"{NAME}_advice.pdf"))


def response() -> None:
    pdf = Doc(header_text="", footer_text="{page}", family="sans", size=10, cover=False)
    pdf.set_title("Bestuurlijke reactie en nawoord - Uit de schulden, in beeld")
    pdf.set_author("Gemeente Enschede")
    pdf.set_auto_page_break(True, 26)
    pdf.add_page()
    pdf.set_font("sans", "B", 15)
    pdf.cell(0, 7, "Gemeente Enschede", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("sans", "", 8.5)
    pdf.set_text_color(90)
    pdf.cell(0, 5, "College van burgemeester en wethouders", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0)
    pdf.ln(8)
    y0 = pdf.get_y()
    pdf.set_font("sans", "", 10)
    pdf.multi_cell(90, 5, align="L", text="Rekenkamer Enschede\nt.a.v. de voorzitter\nPostbus 20\n7500 AA  Enschede")
    pdf.set_xy(128, y0)
    pdf.set_font("sans", "", 8)
    for k, v in [("Datum", "2 september 2025"), ("Ons kenmerk", "25.118.204 / SZ"),
                 ("Uw kenmerk", "RKE/2025/031"), ("Behandeld door", "mw. A. Beltman"),
                 ("Onderwerp", "Bestuurlijke reactie op het rekenkameronderzoek \u2018Uit de schulden, in beeld\u2019")]:
        pdf.set_x(128)
        pdf.set_font("sans", "B", 8)
        pdf.cell(0, 4, k, new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(128)
        pdf.set_font("sans", "", 8)
        pdf.multi_cell(58, 4, v, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.set_y(max(pdf.get_y(), y0 + 30) + 6)
    P = lambda t, **k: pdf.para(t, size=10, lh=5.2, **k)  # noqa: E731
    def H(t):
        if pdf.get_y() > pdf.page_break_trigger - 22:  # keep the heading with its paragraph
            pdf.add_page()
        pdf.heading(t, size=10.5, before=2, after=1)
    P("Geachte heer Bosscher,")
    P("Op 14 augustus 2025 ontvingen wij de bestuurlijke nota \u2018Uit de schulden, in beeld\u2019. Wij danken de "
      "rekenkamer voor het zorgvuldige onderzoek en voor de gelegenheid om te reageren. Het onderzoek komt op een "
      "goed moment: wij werken aan een nieuw beleidsplan schuldhulpverlening, dat wij begin 2026 aan uw raad "
      "willen voorleggen.")
    P("Wij herkennen ons in het beeld dat de rekenkamer schetst. Het is goed om te lezen dat inwoners de hulp van "
      "onze medewerkers waarderen. Tegelijk hebben wij onvoldoende zicht op de resultaten van die hulp. Uw "
      "aanbevelingen A1 tot en met A5 zijn aan ons gericht. Hieronder gaan wij op elk daarvan in, in de volgorde "
      "die voor ons het meest urgent is.")
    H("Wachttijden (A2)")
    P("Deze aanbeveling nemen wij over. Sinds 1 juli 2025 wordt iedere aanmelding met datum vastgelegd in het "
      "registratiesysteem, en het team is tijdelijk uitgebreid met twee consulenten. Meldingen van een dreigende "
      "huisuitzetting krijgen voorrang: de consulent neemt dezelfde dag contact op en het eerste gesprek vindt "
      "uiterlijk de derde werkdag plaats. Wij rapporteren de wachttijden vanaf 2026 per kwartaal.")
    H("Meetbare doelen (A1)")
    P("Wij onderschrijven het belang van meetbare doelen en nemen de aanbeveling gedeeltelijk over. In het "
      "beleidsplan 2026\u20132029 nemen wij doelen op voor het bereik, de wachttijden en het aantal afgeronde "
      "trajecten. Een doel voor het aantal inwoners dat schuldenvrij wordt, nemen wij niet op. Of een inwoner "
      "schuldenvrij wordt, hangt ook af van schuldeisers, inkomen en persoonlijke omstandigheden waarop de "
      "gemeente geen invloed heeft; een streefcijfer zou een vertekend beeld geven.")
    H("Vroegsignalering (A3)")
    P("Wij nemen kennis van deze aanbeveling. De vroegsignalering voeren wij uit samen met de andere "
      "Twentse gemeenten, op basis van het regionale convenant met de woningcorporaties, de drinkwaterbedrijven "
      "en de energieleveranciers. Afspraken met zorgverzekeraars zijn een regionale aangelegenheid. Wij zullen uw "
      "aanbeveling inbrengen in het regionaal overleg schuldhulpverlening Twente en bezien welke vervolgstappen "
      "daar mogelijk zijn.")
    H("Samenwerking met vrijwilligersorganisaties (A5)")
    P("Deze aanbeveling nemen wij niet over. De vrijwilligersorganisaties verschillen sterk in omvang en werkwijze "
      "en hechten aan hun zelfstandigheid; dat hebben zij ons in de gesprekken over uw rapport ook laten weten. "
      "E\u00e9n convenant en \u00e9\u00e9n registratie passen daar niet bij. Wij zien geen aanleiding om de vier "
      "bestaande overeenkomsten te vervangen. Wel houden wij voortaan twee keer per jaar een gezamenlijk overleg.")
    H("Nazorg (A4)")
    P("Ook deze aanbeveling nemen wij over. Vanaf 1 januari 2026 belt een consulent iedere inwoner twaalf maanden "
      "na afronding van het traject. De uitkomsten gebruiken wij om de hulp te verbeteren en nemen wij op in de "
      "jaarlijkse rapportage aan uw raad.")
    P("Wij zien het vervolg van dit onderzoek met belangstelling tegemoet.")
    P("Met vriendelijke groet,", after=1)
    P("burgemeester en wethouders van Enschede,", after=6)
    pdf.set_font("sans", "", 10)
    pdf.cell(80, 5, "de secretaris,")
    pdf.cell(0, 5, "de burgemeester,", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(80, 5, "drs. M.J. Scholten")
    pdf.cell(0, 5, "R.G. van Dijk", new_x="LMARGIN", new_y="NEXT")
    # nawoord
    pdf.add_page()
    pdf.heading("Nawoord van de rekenkamer", size=14, color=GREEN, before=0)
    pdf.para("De rekenkamer dankt het college voor zijn reactie. Wij stellen vast dat het college vier van de vijf "
             "aan hem gerichte aanbevelingen geheel of gedeeltelijk overneemt of daar stappen op zet. Dat de "
             "wachttijden inmiddels worden geregistreerd en dat inwoners na afronding worden benaderd, is een "
             "belangrijke verbetering.", size=10, lh=5.2)
    pdf.para("Het college neemt geen doel op voor het aantal inwoners dat schuldenvrij wordt. Wij begrijpen de "
             "overwegingen, maar wijzen erop dat de raad zonder zo\u2019n doel niet kan beoordelen of het geld goed "
             "wordt besteed. Ook betreuren wij dat het college de samenwerking met de vrijwilligers niet in "
             "\u00e9\u00e9n convenant wil vastleggen; inwoners blijven daardoor hun verhaal meer dan eens doen.",
             size=10, lh=5.2)
    pdf.para("Wij geven de raad in overweging het college bij de behandeling van het beleidsplan te vragen hoe het "
             "de resultaten van de schuldhulpverlening in beeld brengt. De rekenkamer zal over twee jaar nagaan "
             "wat er met de aanbevelingen is gedaan.", size=10, lh=5.2)
    pdf.output(str(DOCS / f"{NAME}_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
