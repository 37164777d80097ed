"""Round 55 (nl): an (invented) AUDITRAPPORT of the Belgian ALGEMENE INSPECTIE VAN DE FEDERALE POLITIE EN VAN DE
LOKALE POLITIE (AIG), a thematic audit of reception and complaint handling in the (invented) politiezone Vlasland:
title block with reference AIG/AUD/2026/017, a shaded Samenvatting that paraphrases the recommendations, numbered
audit questions 1-3, a normenkader with legal duties ('moet', wet op het politieambt, wet op de AIG), findings
labelled V.1-V.5 in the margin (two small tables, mystery calls and complaint figures), the AIG's 2021
recommendation quoted as an imperative (already carried out), then chapter 4 'Aanbevelingen' with seven
recommendations labelled R.1-R.7 in a MARGIN column, each followed by a grey 'Prioriteit ... | Gericht aan ...' line,
and a chapter 5 asking for an action plan within three months (a request, no recommendation).
Answered by the korpschef's NOTA AAN HET POLITIECOLLEGE (agenda item of the police college, with a 'Voorstel van
beslissing'): a general appreciation that disputes one figure, section 3 'Standpunt per aanbeveling' with subject
headings carrying the codes in another order (R.7, R.1, R.3 + R.4 in one section with different verdicts, R.2, R.6),
R.5 not answered, a section on another matter (the move of a wijkpost) and the proposed decision.
Engine: fpdf2 (DejaVu, no text shaping). Answer key: README-nl.md.

Run: /tmp/blind55nl/bin/python tests/docs/src/blind55/gen_nl_aig_fpdf2.py"""
import os
import sys

from fpdf import FPDF

sys.path.insert(0, os.path.dirname(__file__))
import _b55nl as B  # noqa: E402

NAME = "blind55_nl_aig"
DV = "/usr/share/fonts/truetype/dejavu/"
NAVY = (22, 45, 90)
GREY = (95, 95, 95)


class Doc(FPDF):
    def __init__(self, kind):
        super().__init__(format="A4")
        self.kind = kind
        for stl, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                       ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("sa", stl, DV + f)
        for stl, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf")):
            self.add_font("se", stl, DV + f)
        self.set_margins(24, 24, 24)
        self.set_auto_page_break(True, 22)
        self.alias_nb_pages()

    def header(self):
        if self.kind == "adv" and self.page_no() > 1:
            self.set_font("sa", "", 7.3)
            self.set_text_color(*NAVY)
            self.set_y(11)
            self.cell(80, 4, "AIG - Thematische audit onthaal en klachtbehandeling")
            self.set_text_color(*GREY)
            self.cell(82, 4, "PZ Vlasland  |  AIG/AUD/2026/017", align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*NAVY)
            self.line(24, 16, 186, 16)
            self.set_text_color(0)
            self.set_y(24)
        if self.kind == "res" and self.page_no() > 1:
            self.set_font("se", "I", 7.5)
            self.set_text_color(*GREY)
            self.set_y(11)
            self.cell(0, 4, "Nota aan het politiecollege - zitting van 18 juni 2026 - agendapunt 4",
                      new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0)
            self.set_y(24)

    def footer(self):
        self.set_y(-14)
        self.set_font("sa" if self.kind == "adv" else "se", "", 7.3)
        self.set_text_color(*GREY)
        if self.kind == "adv":
            self.cell(100, 4, "Vertrouwelijk tot de bekendmaking door de AIG")
            self.cell(62, 4, f"{self.page_no()}/{{nb}}", align="R")
        else:
            self.cell(0, 4, f"pagina {self.page_no()} van {{nb}}", align="C")
        self.set_text_color(0)

    def p(self, t, stl="", size=9.4, indent=0, h=4.9, align="J", fam="sa", after=2.2, color=None):
        self.set_font(fam, stl, size)
        if color:
            self.set_text_color(*color)
        self.set_x(24 + indent)
        self.multi_cell(162 - indent, h, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=True)
        self.set_text_color(0)
        self.ln(after)

    def hd(self, t, size=11, fam="sa", color=NAVY):
        self.ln(2.5)
        if self.get_y() + 24 > self.page_break_trigger:
            self.add_page()
        self.p(t, "B", size, align="L", fam=fam, color=color, after=1.6)

    def label(self, lab, t, h=4.9, size=9.4, lw=13, after=1.2):
        """Hanging label in the left margin column, text beside it."""
        if self.get_y() + 14 > self.page_break_trigger:
            self.add_page()
        y = self.get_y()
        self.set_font("sa", "B", size)
        self.set_text_color(*NAVY)
        self.set_xy(24, y)
        self.cell(lw, h, lab)
        self.set_text_color(0)
        self.set_font("sa", "", size)
        self.set_xy(24 + lw, y)
        self.multi_cell(162 - lw, h, t, new_x="LMARGIN", new_y="NEXT", align="J", markdown=True)
        self.ln(after)

    def table(self, cols, rows, size=8.4, x=37):
        if self.get_y() + 5.6 * len(rows) + 3 > self.page_break_trigger:
            self.add_page()
        self.set_font("sa", "B", size)
        self.set_fill_color(*NAVY)
        self.set_text_color(255)
        self.set_x(x)
        for w, t in zip(cols, rows[0]):
            self.cell(w, 5.6, t, border=0, fill=True)
        self.ln()
        self.set_text_color(0)
        self.set_font("sa", "", size)
        self.set_draw_color(170)
        for r in rows[1:]:
            self.set_x(x)
            for i, (w, t) in enumerate(zip(cols, r)):
                self.cell(w, 5.4, t, border="B", align="L" if i == 0 else "R")
            self.ln()
        self.ln(2.5)


def advice():
    d = Doc("adv")
    d.add_page()
    d.set_fill_color(*NAVY)
    d.rect(0, 0, 210, 44, "F")
    d.set_text_color(255)
    d.set_font("sa", "B", 8.2)
    d.set_xy(24, 10)
    d.cell(0, 4, "ALGEMENE INSPECTIE VAN DE FEDERALE POLITIE EN VAN DE LOKALE POLITIE", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "", 8.2)
    d.set_x(24)
    d.cell(0, 4.5, "Directie Audit", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "B", 17)
    d.set_xy(24, 22)
    d.cell(0, 8, "Onthaal en klachtbehandeling", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "", 10)
    d.set_x(24)
    d.cell(0, 6, "Thematische audit in de politiezone Vlasland (zonenummer 5921)", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.set_y(50)
    d.set_font("sa", "", 8.2)
    for k, v in (("Referentie", "AIG/AUD/2026/017"), ("Datum", "21 april 2026"), ("Status", "Eindrapport"),
                 ("Bestemmelingen", "de korpschef en het politiecollege van de politiezone Vlasland; ter informatie "
                                    "de minister van Binnenlandse Zaken")):
        d.set_x(24)
        d.set_font("sa", "B", 8.2)
        d.cell(32, 4.6, k)
        d.set_font("sa", "", 8.2)
        d.multi_cell(130, 4.6, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    y = d.get_y()
    d.set_fill_color(232, 237, 246)
    d.rect(24, y, 162, 33, "F")
    d.set_xy(28, y + 2.5)
    d.set_font("sa", "B", 9.2)
    d.cell(0, 5, "Samenvatting", new_x="LMARGIN", new_y="NEXT")
    d.set_x(28)
    d.set_font("sa", "", 8.8)
    d.multi_cell(154, 4.6, "Het onthaal van de politiezone Vlasland is vriendelijk, maar niet overal even goed "
                           "bereikbaar en niet eenvormig georganiseerd. Klachten worden niet altijd geregistreerd en "
                           "klachten over leidinggevenden worden binnen de eigen lijn behandeld. De AIG doet zeven "
                           "aanbevelingen: over een eenvormige werkwijze aan het onthaal, ruimere openingsuren, de "
                           "registratie en de onafhankelijke behandeling van klachten, opleiding, afspraken met het "
                           "parket en een klachtenformulier op de website.", new_x="LMARGIN", new_y="NEXT", align="J")
    d.set_y(y + 37)
    d.hd("1. Opdracht en aanpak")
    d.p("De AIG voert deze audit uit op grond van artikel 5 van de wet van 15 mei 2007 op de Algemene Inspectie van "
        "de federale politie en van de lokale politie, als onderdeel van haar jaarprogramma 2025-2026 over de "
        "dienstverlening aan de burger. De politiezone Vlasland omvat de gemeenten Wevelbeke, Ooststrate en "
        "Kortemere (samen 61.400 inwoners) en telt een hoofdcommissariaat en vier wijkposten.")
    d.p("De audit beantwoordt drie vragen:")
    for i, t in enumerate(("Is het onthaal van de zone bereikbaar en eenvormig georganiseerd?",
                           "Worden klachten van burgers volledig geregistreerd en correct behandeld?",
                           "Stuurt de zone op de kwaliteit van het onthaal en de klachtbehandeling?"), 1):
        d.label(f"{i}.", t, lw=8, after=0.6)
    d.ln(1.5)
    d.p("Het auditteam voerde tussen november 2025 en februari 2026 23 interviews, analyseerde 412 klachtdossiers "
        "uit de jaren 2023-2025 en deed 40 testoproepen en 12 testbezoeken (mystery calls en mystery visits).")
    d.hd("2. Normenkader")
    d.p("Artikel 14 van de wet van 5 augustus 1992 op het politieambt belast de politie met de dienstverlening aan "
        "de burger. Het onthaal moet volgens de Omzendbrief over de minimale normen van het onthaal in elke zone "
        "dagelijks bereikbaar zijn. De korpschef moet bovendien elke klacht laten registreren en de klager binnen "
        "een redelijke termijn informeren over het gevolg. Klachten die op een strafbaar feit wijzen, moeten aan "
        "het parket worden gemeld.")
    d.hd("3. Vaststellingen")
    d.label("V.1", "**Het onthaal verschilt per post.** Elke wijkpost hanteert eigen afspraken over de openingsuren, "
                   "het opnemen van aangiftes en de doorverwijzing naar de recherche. Een schriftelijke procedure "
                   "bestaat alleen in het hoofdcommissariaat.")
    d.label("V.2", "**De bereikbaarheid schiet tekort.** Het hoofdcommissariaat is op werkdagen open tot 18.00 uur; "
                   "de wijkposten sluiten om 16.00 uur. Bij de testoproepen bleef 38 procent van de oproepen na "
                   "twee minuten onbeantwoord:")
    d.table((60, 30, 30), [("Testoproepen (40)", "aantal", "aandeel"), ("beantwoord binnen 1 minuut", "17", "43 %"),
                           ("beantwoord binnen 2 minuten", "8", "20 %"), ("niet beantwoord na 2 minuten", "15",
                                                                           "38 %")])
    d.label("V.3", "**Niet elke klacht wordt geregistreerd.** Van de klachten die burgers mondeling aan het onthaal "
                   "uiten, komt volgens de onthaalmedewerkers zelf hooguit de helft in het register. Het register "
                   "telde de volgende klachten:")
    d.table((60, 25, 25, 25), [("Klachten in het register", "2023", "2024", "2025"),
                               ("houding en bejegening", "41", "47", "52"), ("verkeer en boetes", "33", "29", "35"),
                               ("optreden bij interventies", "24", "31", "27"), ("totaal", "128", "139", "151")])
    d.label("V.4", "**Klachten over leidinggevenden blijven in de lijn.** Een klacht over een inspecteur wordt "
                   "behandeld door diens eigen commissaris. In 9 van de 14 dossiers over leidinggevenden "
                   "behandelde de rechtstreeks leidinggevende de klacht zelf.")
    d.label("V.5", "**Er is geen sturing op klachten.** Het politiecollege ontvangt alleen in het jaarverslag een "
                   "totaalcijfer. Met het parket bestaan geen afspraken over klachten waarin een strafbaar feit "
                   "wordt aangekaart.")
    d.p("In haar vorige auditrapport over deze zone (2021) schreef de AIG al:")
    d.p("'Voer een centraal klachtenregister in voor het hele korps.'", "I", indent=12, color=GREY)
    d.p("Die aanbeveling is uitgevoerd: sinds 2022 gebruikt het korps een centraal digitaal register. De AIG stelt "
        "vast dat het register zelf goed werkt, maar dat het niet volledig wordt gevoed (V.3).")
    d.hd("4. Aanbevelingen")
    d.p("Op basis van deze vaststellingen formuleert de AIG de volgende aanbevelingen. De prioriteit geeft aan hoe "
        "dringend de AIG de uitvoering acht: hoog betekent binnen zes maanden, midden binnen twaalf maanden.")
    recs = (("R.1", "Stel een schriftelijke onthaalprocedure op die voor het hoofdcommissariaat en alle wijkposten "
                    "geldt, met afspraken over aangiftes, doorverwijzing en terugkoppeling.", "hoog", "de korpschef"),
            ("R.2", "Verleng de openingsuren van het onthaal in het hoofdcommissariaat op werkdagen tot 22.00 uur en "
                    "zorg dat de telefoon binnen een minuut wordt opgenomen.", "midden", "de korpschef en het "
                                                                                      "politiecollege"),
            ("R.3", "Registreer elke klacht, ook een mondelinge klacht aan het onthaal, in het centrale register en "
                    "bevestig de ontvangst aan de klager.", "hoog", "de korpschef"),
            ("R.4", "Laat klachten over leidinggevenden behandelen door een dienst die buiten de hiërarchische lijn "
                    "van de betrokkene staat.", "hoog", "de korpschef"),
            ("R.5", "Organiseer voor alle onthaalmedewerkers een opleiding klachtbehandeling en herhaal die om de "
                    "twee jaar.", "midden", "de korpschef"),
            ("R.6", "Maak met de procureur des Konings een schriftelijk protocol over klachten die op een strafbaar "
                    "feit kunnen wijzen.", "midden", "de korpschef"),
            ("R.7", "Bied op de website van de zone een klachtenformulier aan dat de klager een ontvangstbevestiging "
                    "met een dossiernummer geeft.", "midden", "de korpschef"))
    for lab, t, prio, aan in recs:
        d.label(lab, "**" + t + "**", after=0.4)
        d.set_x(37)
        d.set_font("sa", "", 7.8)
        d.set_text_color(*GREY)
        d.cell(0, 4.2, f"Prioriteit: {prio}   |   Gericht aan: {aan}", new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0)
        d.ln(2.2)
    d.hd("5. Opvolging")
    d.p("De AIG verzoekt de korpschef haar binnen drie maanden na ontvangst van dit rapport een actieplan te "
        "bezorgen, goedgekeurd door het politiecollege. In het voorjaar van 2027 voert de AIG een opvolgingsaudit "
        "uit.")
    d.ln(3)
    d.p("Voor de Algemene Inspectie,", align="L", after=0.5)
    d.p("E. Dumortier, inspecteur-generaal", "B", align="L", after=0.5)
    d.p("M. Claeys, auditor, en J. Haesaert, auditor", align="L")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("res")
    d.add_page()
    d.set_font("sa", "B", 13)
    d.set_text_color(20, 70, 60)
    d.cell(0, 6, "POLITIEZONE VLASLAND", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "", 8.2)
    d.set_text_color(*GREY)
    d.cell(0, 4.5, "Wevelbeke - Ooststrate - Kortemere   |   Korpsleiding", new_x="LMARGIN", new_y="NEXT")
    d.set_draw_color(20, 70, 60)
    d.set_line_width(0.6)
    d.line(24, d.get_y() + 1.5, 186, d.get_y() + 1.5)
    d.set_line_width(0.2)
    d.set_text_color(0)
    d.ln(6)
    d.set_font("se", "B", 14)
    d.cell(0, 7, "NOTA AAN HET POLITIECOLLEGE", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    for k, v in (("Zitting", "18 juni 2026"), ("Agendapunt", "4"), ("Opsteller", "HCP K. Vermeersch, korpschef"),
                 ("Dossier", "AIG/AUD/2026/017"),
                 ("Betreft", "Auditrapport van de AIG over onthaal en klachtbehandeling - standpunt van het korps en "
                             "actieplan")):
        d.set_font("se", "B", 8.8)
        d.cell(30, 4.8, k)
        d.set_font("se", "", 8.8)
        d.multi_cell(132, 4.8, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    fam = "se"

    def h(t):
        d.hd(t, 10.5, fam, color=(20, 70, 60))

    def p(t, **kw):
        d.p(t, fam=fam, size=9.6, h=5.0, **kw)

    h("1. Context")
    p("Op 21 april 2026 ontving het korps het eindrapport van de thematische audit die de Algemene Inspectie (AIG) "
      "tussen november 2025 en februari 2026 in onze zone uitvoerde. De AIG vraagt binnen drie maanden een door het "
      "politiecollege goedgekeurd actieplan. Deze nota geeft het standpunt van het korps per aanbeveling en legt het "
      "actieplan ter goedkeuring voor.")
    h("2. Algemene appreciatie")
    p("Het korps herkent zich in het grootste deel van de vaststellingen en dankt de AIG voor het grondige werk. Wel "
      "betwist het korps het cijfer van 38 procent onbeantwoorde testoproepen: elf van de vijftien oproepen vielen "
      "tijdens de storing van de telefooncentrale op 9 december 2025, die door de leverancier is bevestigd.")
    h("3. Standpunt per aanbeveling")
    h("3.1 Klachtenformulier op de website (R.7)")
    p("Het formulier staat sinds 1 juni 2026 online op de website van de zone. De klager krijgt automatisch een "
      "bevestiging per e-mail met een dossiernummer. De aanbeveling is daarmee uitgevoerd.")
    h("3.2 Eén werkwijze aan het onthaal (R.1)")
    p("Het korps is het met de AIG eens dat de verschillen tussen de posten niet te verantwoorden zijn. De dienst "
      "Operationele Ondersteuning schrijft een procedure uit die vanaf 1 september 2026 in alle vijf posten geldt, "
      "met een vaste checklist voor aangiftes en een terugbelafspraak bij doorverwijzing.")
    h("3.3 Registratie en behandeling van klachten (R.3 en R.4)")
    p("Mondeling geuite klachten worden vanaf heden door de onthaalmedewerker zelf in het register ingevoerd; de "
      "klager ontvangt een ontvangstbewijs. De teamchefs controleren maandelijks steekproefsgewijs of dat gebeurt.")
    p("Voor klachten over leidinggevenden acht het korps een aparte behandeling buiten de lijn niet nodig. De "
      "dienst Intern Toezicht rapporteert al rechtstreeks aan de korpschef, die bij elke klacht over een "
      "leidinggevende beslist wie het onderzoek voert. Een bijkomende dienst zou in een korps van onze omvang "
      "vooral extra administratie opleveren.")
    h("3.4 Openingsuren van het onthaal (R.2)")
    p("Het onthaal van het hoofdcommissariaat blijft vanaf oktober op werkdagen open tot 20.00 uur. Langer open "
      "blijven is met de huidige personeelsformatie niet haalbaar; na 20.00 uur blijft de burger terecht bij de "
      "interventiedienst via het noodnummer 101. De telefoon wordt vanaf dezelfde datum doorgeschakeld naar een "
      "tweede lijn wanneer een oproep na dertig seconden niet is opgenomen.")
    h("3.5 Afspraken met het parket (R.6)")
    p("Dit punt hangt af van het parket. De korpschef heeft de procureur des Konings op 12 mei om overleg gevraagd; "
      "een antwoord is er nog niet. Het korps wacht dat overleg af en informeert het college over de uitkomst.")
    h("4. Andere punten")
    p("Los van de audit meldt de korpschef dat de verhuis van de wijkpost Kortemere naar het nieuwe administratief "
      "centrum is uitgesteld tot maart 2027, omdat de aannemer de werken pas in september kan opleveren.")
    h("5. Voorstel van beslissing")
    p("Het politiecollege:")
    for t in ("1. neemt kennis van het auditrapport AIG/AUD/2026/017 en van deze nota;",
              "2. keurt het actieplan in bijlage goed;",
              "3. belast de korpschef met de bezorging van het actieplan aan de AIG vóór 21 juli 2026."):
        p(t, indent=6, after=0.8, align="L")
    d.ln(3)
    p("HCP K. Vermeersch\nKorpschef", align="L")
    p("Bijlage: actieplan audit AIG 2026 (7 acties)", stl="I", align="L")
    d.output(B.out(NAME + "_response.pdf"))


def expected():
    B.write_expected(NAME, [
        ("R.1", "Stel een schriftelijke onthaalprocedure op die voor het hoofdcommissariaat en alle",
         "procedure uit die vanaf 1 september 2026 in alle vijf posten geldt", "agrees"),
        ("R.2", "Verleng de openingsuren van het onthaal in het hoofdcommissariaat op werkdagen",
         "blijft vanaf oktober op werkdagen open tot 20.00 uur", "partly"),
        ("R.3", "Registreer elke klacht, ook een mondelinge klacht aan het onthaal,",
         "worden vanaf heden door de onthaalmedewerker zelf in het register ingevoerd", "agrees"),
        ("R.4", "Laat klachten over leidinggevenden behandelen door een dienst die buiten",
         "acht het korps een aparte behandeling buiten de lijn niet nodig", "disagrees"),
        ("R.5", "Organiseer voor alle onthaalmedewerkers een opleiding klachtbehandeling en herhaal die",
         None, "unanswered"),
        ("R.6", "Maak met de procureur des Konings een schriftelijk protocol over klachten",
         "heeft de procureur des Konings op 12 mei om overleg gevraagd", "noted"),
        ("R.7", "Bied op de website van de zone een klachtenformulier aan dat",
         "Het formulier staat sinds 1 juni 2026 online", "agrees"),
    ], ["betwist het korps het cijfer van 38 procent onbeantwoorde testoproepen",
        "de verhuis van de wijkpost Kortemere naar het nieuwe administratief centrum"],
        "AIG (Belgian police inspectorate) thematic audit AIG/AUD/2026/017 of the invented politiezone Vlasland on "
        "reception and complaint handling. Seven recommendations in chapter 4, labelled R.1-R.7 in a MARGIN column, "
        "bold imperative text (the starts_with), each followed by a grey 'Prioriteit: ... | Gericht aan: ...' line. "
        "Not recommendations: the shaded Samenvatting that paraphrases all seven, the audit questions 1.-3., the "
        "normenkader with 'moet' duties (wet op het politieambt, omzendbrief), the findings V.1-V.5 in the same "
        "margin layout, the two tables (test calls, complaints 2023-2025), the AIG's 2021 recommendation quoted in "
        "italics ('Voer een centraal klachtenregister in ...', already carried out) and chapter 5's request for an "
        "action plan within three months. Response: the korpschef's nota aan het politiecollege (zitting 18 juni "
        "2026, agendapunt 4). Section 3 'Standpunt per aanbeveling' with subject headings carrying the codes in the "
        "order R.7 agrees (form online since 1 June), R.1 agrees (one procedure from 1 September), 'R.3 en R.4' in "
        "one section: R.3 agrees (first paragraph) + R.4 disagrees (second paragraph: 'niet nodig'), R.2 partly "
        "(open till 20.00 instead of 22.00), R.6 noted (depends on the parket, consultation asked, awaiting "
        "answer); R.5 (training) UNANSWERED. Section 2 disputes the 38 percent figure (unmatched), section 4 'Andere "
        "punten' on moving a wijkpost (unmatched); sections 1 Context and 5 Voorstel van beslissing answer nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()
