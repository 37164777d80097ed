"""Round 48 (nl): an (invented) ADVIES of a municipal COMMISSIE NAAMGEVING OPENBARE RUIMTE (street-naming committee)
on the names for a new housing area and a cycle bridge: letterhead, meta block, a boxed 'Advies in het kort'
(summary repeating the codes), the Verordening naamgeving en nummering ('moeten', trap), a table of existing names in
the BAG (trap), the committee's own 2023 advice quoted as an imperative (trap), the residents' petition quoted and
rejected (trap); recommendations coded N1-N5 (one per location, bold code + imperative) and O1-O2 ('Overige
adviezen', a 'beveelt aan' sentence and a question). Answered by the internal COLLEGEVOORSTEL of the municipality
(form table, beslispunten, Argumenten 1.1-1.4 / Kanttekeningen / Financien / Communicatie). Engine: fpdf2 (DejaVu,
no text shaping, so no ligatures). Answer key: README-nl.md.

Run: /tmp/blind48nl/bin/python tests/docs/src/blind48/gen_nl_straatnaam_fpdf2.py"""
import os
import sys

from fpdf import FPDF

sys.path.insert(0, os.path.dirname(__file__))
import _b48nl as B  # noqa: E402

NAME = "blind48_nl_straatnaam"
DV = "/usr/share/fonts/truetype/dejavu/"
RED = (150, 30, 45)
GREY = (70, 70, 70)


class Doc(FPDF):
    def __init__(self, head, foot, color=RED, serif=False, first_head=False):
        super().__init__(format="A4")
        self.head, self.foot, self.color, self.first_head = head, foot, color, first_head
        base = "DejaVuSerif" if serif else "DejaVuSans"
        it = "Italic" if serif else "Oblique"
        for stl, f in (("", base + ".ttf"), ("B", base + "-Bold.ttf"), ("I", f"{base}-{it}.ttf"),
                       ("BI", f"{base}-Bold{it}.ttf")):
            self.add_font("dv", stl, DV + f)
        self.add_font("ds", "", DV + "DejaVuSans.ttf")
        self.add_font("ds", "B", DV + "DejaVuSans-Bold.ttf")
        self.set_margins(22, 22, 22)
        self.set_auto_page_break(True, 20)

    def header(self):
        if self.page_no() > 1 or self.first_head:
            self.set_font("ds", "", 7.5)
            self.set_text_color(90)
            self.set_y(11)
            self.cell(83, 5, self.head[0])
            self.cell(83, 5, self.head[1], align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*self.color)
            self.line(22, 16.5, 188, 16.5)
            self.set_draw_color(0)
            self.set_y(22)
            self.set_text_color(0)

    def footer(self):
        self.set_y(-14)
        self.set_font("ds", "", 7.5)
        self.set_text_color(90)
        self.cell(0, 5, self.foot.format(n=self.page_no(), nb="{nb}"), align="R")
        self.set_text_color(0)

    def p(self, t, stl="", size=9.2, indent=0, h=4.6, align="J", markdown=False):
        self.set_font("dv", stl, size)
        self.set_x(22 + indent)
        self.multi_cell(166 - indent, h, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=markdown)
        self.ln(1.4)

    def hang(self, mark, t, indent=12, size=9.2, stl="", w=11):
        self.set_font("dv", "B", size)
        if self.get_y() + 12 > self.page_break_trigger:
            self.add_page()
        y = self.get_y()
        self.set_x(22 + indent - w - 1)
        self.cell(w, 4.6, mark)
        self.set_font("dv", stl, size)
        self.set_xy(22 + indent, y)
        self.multi_cell(166 - indent, 4.6, t, new_x="LMARGIN", new_y="NEXT", align="J", markdown=True)
        self.ln(1.4)

    def hd(self, t, size=10.5):
        self.ln(1.5)
        if self.get_y() + 16 > self.page_break_trigger:
            self.add_page()
        self.set_text_color(*self.color)
        self.p(t, "B", size, align="L")
        self.set_text_color(0)


def advice():
    d = Doc(("Commissie Naamgeving Openbare Ruimte Dalmerveen", "Advies CNOR 2026-02"), "pagina {n} van {nb}")
    d.add_page()
    d.set_font("ds", "B", 14)
    d.set_text_color(*RED)
    d.cell(0, 7, "Commissie Naamgeving Openbare Ruimte", new_x="LMARGIN", new_y="NEXT")
    d.set_font("ds", "", 8)
    d.set_text_color(*GREY)
    d.cell(0, 4.5, "gemeente Dalmerveen | secretariaat: team Geo-informatie, Postbus 40, 7940 AA Dalmerveen",
           new_x="LMARGIN", new_y="NEXT")
    d.set_draw_color(*RED)
    d.set_line_width(0.6)
    d.line(22, d.get_y() + 1.5, 188, d.get_y() + 1.5)
    d.set_line_width(0.2)
    d.set_text_color(0)
    d.ln(7)
    d.set_font("ds", "", 8.6)
    for k, v in (("Aan", "het college van burgemeester en wethouders van Dalmerveen"),
                 ("Datum", "12 maart 2026"),
                 ("Ons kenmerk", "CNOR 2026-02 / Z.25-08817"),
                 ("Uw verzoek", "brief van 15 januari 2026, team Ruimtelijke Ontwikkeling"),
                 ("Onderwerp", "advies straatnamen De Kolkakkers fase 2 en fietsbrug Oude Vaart")):
        d.set_font("ds", "B", 8.6)
        d.cell(30, 4.8, k)
        d.set_font("ds", "", 8.6)
        d.multi_cell(136, 4.8, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.p("Geacht college,")
    d.p("U vroeg ons om advies over de namen voor de openbare ruimte in fase 2 van de woonwijk De Kolkakkers en "
        "voor de nieuwe fietsbrug over de Oude Vaart. De commissie besprak uw verzoek in haar vergaderingen van "
        "5 februari en 5 maart 2026 en bezocht op 19 februari het plangebied. Hieronder leest u ons advies.")
    # box
    d.set_fill_color(246, 234, 236)
    d.set_draw_color(*RED)
    y0 = d.get_y()
    d.set_font("ds", "B", 9)
    d.set_x(22)
    d.cell(166, 6, "  Advies in het kort", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_font("ds", "", 8.6)
    for t in ("N1  ontsluitingsweg: Tichelwerkerslaan",
              "N2  straat deelgebied A: Kolkakker",
              "N3  fietsbrug: Johanna Brinkhuisbrug",
              "N4  bestaand pad: naam Kerkpad behouden",
              "N5  woonerven deelgebied C: Steenoven en Droogloods",
              "O1 en O2  onderborden bij persoonsnamen; commissie eerder betrekken"):
        d.set_x(22)
        d.cell(166, 4.8, "    " + t, fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_x(22)
    d.cell(166, 2, "", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.rect(22, y0, 166, d.get_y() - y0)
    d.set_draw_color(0)
    d.ln(4)
    d.hd("1  Toetsingskader")
    d.p("Wij toetsen voorstellen aan de Verordening naamgeving en nummering Dalmerveen 2019. Artikel 4 van die "
        "verordening bepaalt dat namen van de openbare ruimte in de woonplaats uniek moeten zijn, goed uitspreekbaar "
        "en niet verwarrend voor hulpdiensten. Namen van personen moeten volgens artikel 5 verwijzen naar iemand die "
        "ten minste vijf jaar overleden is. Daarnaast hanteert de commissie het uitgangspunt dat namen aansluiten "
        "bij de geschiedenis of het landschap van de plek.")
    d.p("In ons advies 2023-04 over fase 1 van De Kolkakkers schreven wij: 'Kies een thema dat past bij de "
        "steenfabriek die hier tot 1968 stond.' Het college heeft dat advies overgenomen; de straten in fase 1 "
        "dragen namen uit de baksteenindustrie (Vormerij, Ringoven, Kleiputweg). Ook in fase 2 sluiten wij daarbij "
        "aan.")
    d.hd("2  Bestaande namen in de Basisregistratie Adressen en Gebouwen")
    d.p("Om verwarring te voorkomen hebben wij nagegaan welke namen in de gemeente al op elkaar lijken. De "
        "volgende namen zijn voor dit advies van belang:")
    d.set_font("ds", "B", 8)
    d.set_fill_color(240, 240, 240)
    w = (44, 38, 30, 54)
    for c, x in zip(("Naam in de BAG", "Woonplaats", "Adressen", "Opmerking"), w):
        d.cell(x, 6, c, border=1, fill=True)
    d.ln()
    d.set_font("ds", "", 8)
    for r in (("Kolkweg", "Dalmerveen", "38", "buitengebied, 2,5 km"),
              ("Kolkstraat", "Ter Aa", "112", "andere woonplaats"),
              ("Tichelaarspad", "Ter Aa", "9", "andere woonplaats"),
              ("Kerkpad", "Dalmerveen", "0", "voetpad, geen adressen"),
              ("Steenovenweg", "-", "-", "komt niet voor")):
        for c, x in zip(r, w):
            d.cell(x, 5.5, c, border=1)
        d.ln()
    d.ln(3)
    d.p("Uit de tabel blijkt dat de naam Kolkweg al in de woonplaats Dalmerveen voorkomt. De commissie heeft dit "
        "gewogen: de Kolkweg ligt in het buitengebied, ruim 2,5 kilometer van het plangebied, en de uitgang "
        "'-akker' verschilt duidelijk van '-weg'.")
    d.hd("3  Advies per locatie")
    d.p("Wij adviseren per locatie als volgt; de codes verwijzen naar de plankaart bij uw verzoek.")
    d.hang("N1", "**Geef de nieuwe ontsluitingsweg van de Stationsstraat naar de Vormerij de naam "
                 "Tichelwerkerslaan.** Tichelwerkers waren de arbeiders die de stenen vormden en bakten. De naam "
                 "past in het thema van fase 1 en is eenduidig.")
    d.hang("N2", "**Noem de straat in deelgebied A, langs de oude kleiput, Kolkakker.** Dit is de historische "
                 "veldnaam van het perceel, die al op de kadastrale minuut van 1832 staat. Met deze naam houdt "
                 "de wijk zijn herkomst vast.")
    d.hang("N3", "**Noem de fietsbrug over de Oude Vaart Johanna Brinkhuisbrug.** Johanna Brinkhuis-Meijer "
                 "(1904-1987) was de eerste vrouwelijke wethouder van Dalmerveen en zette zich in voor het "
                 "behoud van de Oude Vaart. Zo krijgt ook een vrouw uit de lokale geschiedenis een plaats in de "
                 "openbare ruimte; van de 412 straatnamen in de gemeente verwijzen er nu 23 naar een persoon, "
                 "van wie 2 vrouwen.")
    d.hang("N4", "**Houd de naam Kerkpad aan voor het bestaande voetpad dat door het plangebied loopt, ook als het "
                 "pad wordt verbreed.** Het pad is eeuwenoud en bij de bewoners bekend onder deze naam.")
    d.hang("N5", "**Geef de twee woonerven in deelgebied C de namen Steenoven en Droogloods.** Beide namen "
                 "verwijzen naar gebouwen van de voormalige steenfabriek.")
    d.p("Een groep van 46 bewoners van fase 1 vroeg ons per petitie: 'Noem de nieuwe straat naar de "
        "voetbalvereniging VV Kolkakkers.' De commissie volgt die wens niet: de verordening staat geen namen van "
        "verenigingen of bedrijven toe, en de vereniging bestaat pas sinds 2024.")
    d.hd("4  Overige adviezen")
    d.hang("O1", "De commissie beveelt het college aan om bij elk straatnaambord met een persoonsnaam een "
                 "onderbord te plaatsen met een korte toelichting op wie de persoon was.")
    d.hang("O2", "Wil het college overwegen de commissie voortaan al te betrekken wanneer het stedenbouwkundig "
                 "plan wordt opgesteld, en niet pas als de straten zijn getekend?")
    d.p("Bij de huidige werkwijze moeten wij namen zoeken voor een indeling die al vastligt. Eerdere betrokkenheid "
        "zou het ook mogelijk maken om oude veldnamen in het ontwerp zichtbaar te maken.")
    d.ln(2)
    d.p("Wij zijn graag bereid ons advies toe te lichten.")
    d.p("Met vriendelijke groet,")
    d.ln(2)
    d.set_font("dv", "", 9)
    d.cell(83, 4.6, "drs. H.J. (Henk) Wolters")
    d.cell(83, 4.6, "M. (Mirjam) Oosterhof-Bakker", new_x="LMARGIN", new_y="NEXT")
    d.cell(83, 4.6, "voorzitter")
    d.cell(83, 4.6, "secretaris", new_x="LMARGIN", new_y="NEXT")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc(("Gemeente Dalmerveen | Collegevoorstel", "Zaaknummer Z.25-08817"), "{n}/{nb}", color=(30, 70, 120),
            first_head=True)
    d.add_page()
    d.set_font("ds", "B", 15)
    d.set_text_color(30, 70, 120)
    d.cell(0, 8, "Collegevoorstel", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(1)
    rows = (("Onderwerp", "Namen openbare ruimte De Kolkakkers fase 2 en fietsbrug Oude Vaart"),
            ("Zaaknummer", "Z.25-08817"), ("Collegevergadering", "14 april 2026"),
            ("Portefeuillehouder", "wethouder J.W. (Jan-Willem) Kamphuis"),
            ("Team / steller", "Geo-informatie / R. (Roos) Dijkhuis, tel. 14 0591"),
            ("Openbaar", "ja, na besluitvorming"), ("Paraaf teamleider", "MvdB  8-4-2026"))
    for k, v in rows:
        d.set_font("ds", "B", 8.4)
        d.set_fill_color(232, 238, 246)
        d.cell(42, 6, " " + k, border=1, fill=True)
        d.set_font("ds", "", 8.4)
        d.cell(124, 6, " " + v, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.hd("Beslispunten", 10)
    d.p("Het college besluit:")
    for n, t in (("1.", "de volgende namen vast te stellen: Tichelwerkerslaan, Kleiputstraat, Steenoven en "
                        "Johanna Brinkhuisbrug, overeenkomstig de plankaart in bijlage 1;"),
                 ("2.", "de naam Kerkpad te handhaven voor het bestaande voetpad;"),
                 ("3.", "het besluit bekend te maken in het Gemeenteblad en de namen op te nemen in de BAG;"),
                 ("4.", "de Commissie Naamgeving Openbare Ruimte per brief over dit besluit te informeren.")):
        d.hang(n, t, indent=8, w=6)
    d.hd("Inleiding", 10)
    d.p("In fase 2 van De Kolkakkers worden vanaf het derde kwartaal van 2026 ongeveer 180 woningen gebouwd. "
        "Voordat de eerste omgevingsvergunningen worden verleend, moeten de straten een naam hebben, zodat de "
        "woningen een adres krijgen. Op 12 maart 2026 bracht de Commissie Naamgeving Openbare Ruimte (CNOR) haar "
        "advies uit (bijlage 2).")
    d.hd("Beoogd effect", 10)
    d.p("Eenduidige adressen voor bewoners en hulpdiensten, met namen die passen bij de geschiedenis van de plek.")
    d.hd("Argumenten", 10)
    d.hang("1.1", "**De ontsluitingsweg krijgt de naam Tichelwerkerslaan, zoals de commissie adviseert.** De naam "
                  "sluit aan bij de namen in fase 1 en is in de gemeente nergens in gebruik.", w=8)
    d.hang("1.2", "**Brug en woonerven.** Wij nemen de naam Johanna Brinkhuisbrug over. De familie "
                  "Brinkhuis heeft laten weten dat zij zich vereerd voelt en geen bezwaar heeft. Voor de "
                  "woonerven ligt het anders: alleen het oostelijke erf krijgt een eigen naam, Steenoven. Het "
                  "westelijke erf telt maar zes woningen, die wij nummeren aan de Tichelwerkerslaan; een aparte "
                  "naam Droogloods is daar dus niet nodig.", w=8)
    d.hang("1.3", "**Het Kerkpad blijft het Kerkpad.** Dat was in het stedenbouwkundig plan al het "
                  "uitgangspunt; de verbreding tot 3 meter verandert daar niets aan.", w=8)
    d.hang("1.4", "**Betrekken van de commissie bij het ontwerp.** Het college heeft kennisgenomen van de wens "
                  "van de commissie om eerder aan tafel te zitten. Wij nemen die mee bij de evaluatie van de "
                  "Verordening naamgeving en nummering, die voor 2027 op de planning staat.", w=8)
    d.hd("Kanttekeningen", 10)
    d.hang("1.1", "**Het college wijkt af van het advies voor deelgebied A.** De meldkamer van de "
                  "Veiligheidsregio heeft ons in het vooroverleg gewezen op het risico van verwarring tussen "
                  "Kolkakker en de bestaande Kolkweg bij spraakherkenning en mondelinge meldingen. Wij vinden dat "
                  "zwaarder wegen dan de historische veldnaam en kiezen daarom voor Kleiputstraat. De veldnaam "
                  "Kolkakker komt terug op het informatiebord bij de kleiput.", w=8)
    d.hd("Financiën", 10)
    d.p("De kosten van straatnaamborden (11 borden, inclusief palen en plaatsing) bedragen ongeveer 4.800 euro "
        "en komen ten laste van de grondexploitatie De Kolkakkers.")
    d.hd("Communicatie", 10)
    d.p("De toekomstige kopers ontvangen via de ontwikkelaar Bouwcombinatie Vaartzicht een brief met hun nieuwe "
        "adres. Over de naam van de brug verschijnt een bericht in de gemeentelijke nieuwsrubriek; de onthulling "
        "van het naambord is voorzien bij de opening van de brug in september 2026.")
    d.hd("Bijlagen", 10)
    d.p("1. Plankaart namen De Kolkakkers fase 2\n2. Advies CNOR 2026-02 van 12 maart 2026\n3. Conceptbesluit "
        "en tekst voor het Gemeenteblad", align="L")
    d.output(B.out(NAME + "_response.pdf"))


def expected():
    recs = [
        ("N1", "Geef de nieuwe ontsluitingsweg van de Stationsstraat naar de Vormerij",
         "De ontsluitingsweg krijgt de naam Tichelwerkerslaan, zoals de commissie adviseert", "agrees"),
        ("N2", "Noem de straat in deelgebied A, langs de oude kleiput, Kolkakker",
         "Het college wijkt af van het advies voor deelgebied A", "disagrees"),
        ("N3", "Noem de fietsbrug over de Oude Vaart Johanna Brinkhuisbrug",
         "Wij nemen de naam Johanna Brinkhuisbrug over", "agrees"),
        ("N4", "Houd de naam Kerkpad aan voor het bestaande voetpad",
         "Het Kerkpad blijft het Kerkpad", "agrees"),
        ("N5", "Geef de twee woonerven in deelgebied C de namen Steenoven en Droogloods",
         "alleen het oostelijke erf krijgt een eigen naam, Steenoven", "partly"),
        ("O1", "De commissie beveelt het college aan om bij elk straatnaambord", None, "unanswered"),
        ("O2", "Wil het college overwegen de commissie voortaan al te betrekken",
         "Wij nemen die mee bij de evaluatie van de Verordening", "noted", ["partly"]),
    ]
    unmatched = ["De kosten van straatnaamborden (11 borden, inclusief palen en plaatsing)",
                 "De toekomstige kopers ontvangen via de ontwikkelaar Bouwcombinatie Vaartzicht"]
    notes = ("Advice letter of the Commissie Naamgeving Openbare Ruimte Dalmerveen (CNOR 2026-02); a boxed 'Advies "
             "in het kort' repeats all codes in short form (trap); Verordening art. 4/5 with 'moeten', the 2023 "
             "advice quoted as an imperative, a BAG table and a petition's imperative (traps). Recommendations N1-N5 "
             "(bold code + imperative) and O1-O2 (a 'beveelt aan' sentence and a question). Reply: COLLEGEVOORSTEL "
             "with beslispunten, Argumenten 1.1-1.4 and Kanttekeningen 1.1, in the order N1, N3+N5, N4, O2, N2. "
             "N1 adopted (agrees); ONE argument 1.2 adopts the bridge name (N3 agrees) and names only one of two "
             "woonerven (N5 partly); N4 'Het Kerkpad blijft het Kerkpad', already the starting point (agrees); O2 "
             "'heeft kennisgenomen', taken along in the 2027 evaluation (noted, partly acceptable); N2 "
             "Kleiputstraat instead of Kolkakker because of the emergency room (disagrees); O1 (onderborden) "
             "unanswered. Unmatched: Financien and Communicatie.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()
    sys.exit(0 if B.check(NAME) else 1)
