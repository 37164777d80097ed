"""Round 65 (nl): an ADVIES of the Belgian RAADGEVEND COMITÉ VOOR BIO-ETHIEK (the federal bioethics advisory
committee) on extending newborn screening with genome sequencing, asked for by the Flemish minister, answered by a
VERSLAG of the Vlaams Parlement's committee (a 'gedachtewisseling' with the minister, in reported speech).

Advice: committee opinion, 3 p.: full-width title block (Advies nr. 92, date, the request), then the body in TWO
COLUMNS: Adviesvraag (the minister's three questions 1.-3.), I Context (the decree's 'moet ... voldoen', a pilot's
figures), II Ethische beschouwingen (the parents' 'moeten vrij kunnen kiezen', the WHO's own recommendation
reported, the committee's 2016 advice quoted with 'Er moet ...'), III Standpunten (a minority's 'zou ... niet
mogen'), IV Aanbevelingen: lead-in and seven items a)-g) with BOLD LETTERS, each a sentence (imperatives 'Beperk',
'Voorzie'; 'Het Comité beveelt aan', 'adviseert', 'vraagt dat', 'mogen niet ... bewaard', 'beveelt de federale
overheid aan'), a closing paragraph and signatures.
Response: Vlaams Parlement Stuk (stuk number, 'VERSLAG namens de Commissie ... uitgebracht door', the committee's
make-up), 1 Uiteenzetting door de minister (reported speech: d partly, a agrees, c disagrees, ONE paragraph b
partly + e agrees), 2 Vragen en opmerkingen van de leden (nothing), 3 Antwoorden van de minister (cost: nothing; f
noted), 4 Repliek (nothing); g unanswered.
Engine: fpdf2 (DejaVu, no text shaping, so no ligatures; `text_columns` for the two-column body; fixed creation
date).

Run: /tmp/blind65nl/bin/python tests/docs/src/blind65/gen_nl_bioethiek_fpdf2.py"""
import datetime
import os
import sys

from fpdf import FPDF

sys.path.insert(0, os.path.dirname(__file__))
import _b65nl as B  # noqa: E402

NAME = "blind65_nl_bioethiek"
DV = "/usr/share/fonts/truetype/dejavu/"
TEAL = (0, 96, 100)
GREY = (90, 90, 90)
PALE = (231, 241, 241)


class Doc(FPDF):
    def __init__(self, kind):
        super().__init__(format="A4")
        self.kind = kind
        self.set_creation_date(datetime.datetime(2026, 5, 20, 9, 0, 0, tzinfo=datetime.timezone.utc))
        for stl, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                       ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("sa", stl, DV + f)
        for stl, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf"),
                       ("BI", "DejaVuSerif-BoldItalic.ttf")):
            self.add_font("se", stl, DV + f)
        self.lm = 18 if kind == "adv" else 24
        self.tw = 210 - 2 * self.lm
        self.set_margins(self.lm, 22, self.lm)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages()

    def header(self):
        if self.kind == "adv":
            self.set_xy(self.lm, 9)
            self.set_font("sa", "B", 7.6)
            self.set_text_color(*TEAL)
            self.cell(self.tw / 2, 4, "Raadgevend Comité voor Bio-ethiek", align="L")
            self.set_font("sa", "", 7.2)
            self.set_text_color(*GREY)
            self.cell(self.tw / 2, 4, "Advies nr. 92 van 16 maart 2026", align="R")
            self.set_draw_color(*TEAL)
            self.line(self.lm, 14, 210 - self.lm, 14)
        else:
            self.set_xy(self.lm, 10)
            self.set_font("se", "", 8)
            self.set_text_color(0)
            self.cell(self.tw / 2, 4, "Stuk 2317 (2025-2026) - Nr. 1", align="L")
            self.cell(self.tw / 2, 4, str(self.page_no()), align="R")
            self.set_draw_color(0)
            self.line(self.lm, 15, 210 - self.lm, 15)
        self.set_text_color(0)
        self.set_y(22)

    def footer(self):
        if self.kind == "adv":
            self.set_y(-13)
            self.set_font("sa", "", 7.2)
            self.set_text_color(*GREY)
            self.cell(0, 4, f"{self.page_no()}/{{nb}}", align="R")
        else:
            self.set_y(-13)
            self.set_font("se", "", 7.2)
            self.set_text_color(*GREY)
            self.cell(0, 4, "Vlaams Parlement - 1011 Brussel - 02 552 11 11 - www.vlaamsparlement.be", align="C")
        self.set_text_color(0)


def adv_text(cols, d, t, stl="", size=9.2, color=(0, 0, 0), after=1.6, align="J", indent=0.0):
    d.set_font("sa", stl, size)
    d.set_text_color(*color)
    with cols.paragraph(text_align=align, bottom_margin=after, first_line_indent=indent) as par:
        par.write(text=t)
    d.set_text_color(0)


def advice():
    d = Doc("adv")
    d.add_page()
    d.set_fill_color(*TEAL)
    d.rect(d.lm, 20, d.tw, 24, style="F")
    d.set_xy(d.lm + 5, 23)
    d.set_text_color(255, 255, 255)
    d.set_font("sa", "B", 9)
    d.cell(d.tw - 10, 5, "ADVIES NR. 92 VAN 16 MAART 2026", new_x="LMARGIN", new_y="NEXT")
    d.set_x(d.lm + 5)
    d.set_font("sa", "B", 13)
    d.multi_cell(d.tw - 10, 6, "betreffende de uitbreiding van de neonatale screening met genoomsequencing",
                 new_x="LMARGIN", new_y="NEXT", align="L")
    d.set_text_color(0)
    d.set_y(48)
    d.set_font("sa", "", 8)
    d.set_fill_color(*PALE)
    d.multi_cell(d.tw, 4.4, "Adviesaanvraag van de Vlaamse minister van Welzijn, Volksgezondheid en Gezin van 2 mei "
                 "2025. Het advies werd voorbereid in de beperkte commissie 2025/2 en goedgekeurd in de plenaire "
                 "vergadering van 16 maart 2026.", fill=True, padding=(2, 3, 2, 3), new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    with d.text_columns(ncols=2, gutter=7, text_align="J", line_height=1.38) as cols:
        def h(t):
            adv_text(cols, d, t, "B", 9.6, TEAL, after=1.4, align="L")

        def p(t, **kw):
            adv_text(cols, d, t, **kw)

        h("Adviesvraag")
        p("De minister legde het Comité drie vragen voor:")
        p("1. Is het ethisch verantwoord om bij pasgeborenen het genoom te sequencen in het kader van het "
          "bevolkingsonderzoek?", align="L", indent=0)
        p("2. Onder welke voorwaarden kan dat gebeuren?", align="L")
        p("3. Welke waarborgen zijn nodig voor de bewaring van de gegevens?", align="L", after=3)
        h("I. Context")
        p("Het Vlaamse bevolkingsonderzoek naar aangeboren aandoeningen bij pasgeborenen screent vandaag met de "
          "hielprik op negentien aandoeningen. Volgens het decreet van 21 november 2003 betreffende het preventieve "
          "gezondheidsbeleid moet elk bevolkingsonderzoek voldoen aan voorwaarden van wetenschappelijke "
          "onderbouwing, kwaliteit en toegankelijkheid. Het proefproject Genoom@Start in twee Vlaamse ziekenhuizen "
          "onderzocht sinds 2023 het genoom van 3.140 pasgeborenen op 310 aandoeningen; bij 27 kinderen werd een "
          "behandelbare aandoening gevonden die met de hielprik niet was opgespoord.")
        p("Het screeningscentrum bewaart de resultaten van de hielprik vandaag vijf jaar. Voor genoomgegevens "
          "bestaat nog geen specifieke regeling; de algemene verordening gegevensbescherming is van toepassing, "
          "en volgens die verordening moet de verwerking van genetische gegevens op een uitdrukkelijke grondslag "
          "berusten. Het proefproject bewaarde de ruwe gegevens in afwachting van een beslissing van de "
          "minister.")
        p("Het Comité hoorde voor dit advies twee kinderartsen, een klinisch geneticus, de coördinator van het "
          "proefproject, een jurist gespecialiseerd in gezondheidsrecht en twee vertegenwoordigers van "
          "ouderverenigingen. Zij wezen er onder meer op dat ouders in de dagen na de geboorte weinig ruimte "
          "hebben om een weloverwogen keuze te maken, en dat de vroedvrouwen de toestemming voor de hielprik nu "
          "al in korte tijd moeten toelichten.", after=3)
        h("II. Ethische beschouwingen")
        p("Genoomsequencing levert veel meer informatie op dan nodig is om een behandelbare aandoening te vinden. "
          "Het recht van het kind om later zelf te beslissen over informatie over zijn genoom weegt daarbij "
          "zwaar. Ouders moeten vrij kunnen kiezen zonder dat een weigering gevolgen heeft voor de klassieke "
          "hielprik. De Wereldgezondheidsorganisatie beveelt van oudsher aan alleen te screenen op aandoeningen "
          "waarvoor een aanvaarde behandeling bestaat; het Comité sluit zich bij dat uitgangspunt aan.")
        p("In zijn advies nr. 66 van 2016 over genetische tests schreef het Comité al: 'Er moet een duidelijk "
          "onderscheid blijven tussen screening en diagnostiek.' Dat onderscheid staat hier opnieuw onder druk, "
          "omdat eenmaal verzamelde gegevens later voor andere vragen kunnen worden gebruikt.")
        p("Ook de rechtvaardigheid verdient aandacht. Een positieve uitslag leidt tot bevestigende tests en soms "
          "tot langdurige opvolging. Wanneer die kosten voor een deel bij de ouders terechtkomen, dreigt de "
          "screening voor sommige gezinnen een last te worden in plaats van een hulp. Het Comité stelt ten slotte "
          "vast dat de lijst van aandoeningen in andere landen snel is gegroeid zodra de techniek beschikbaar "
          "was, zonder dat daarover telkens een ethische afweging werd gemaakt.", after=3)
        h("III. Standpunten")
        p("De leden zijn het erover eens dat een beperkte uitbreiding ethisch verdedigbaar is. Een minderheid van "
          "de leden is van oordeel dat de sequencing zich zou moeten beperken tot een vooraf vastgelegd panel van "
          "genen en dat het volledige genoom nooit zou mogen worden geanalyseerd. De meerderheid acht een "
          "gefilterde analyse van het volledige genoom aanvaardbaar, mits de hieronder vermelde voorwaarden "
          "worden nageleefd.", after=3)
        h("IV. Aanbevelingen")
        p("Op grond van deze overwegingen formuleert het Comité de volgende aanbevelingen.")
        recs = [
            ("a)", "Beperk de genoomsequencing bij pasgeborenen tot aandoeningen die op de kinderleeftijd "
                   "behandelbaar zijn en waarvoor een bewezen behandeling bestaat."),
            ("b)", "Het Comité beveelt aan de ouders al tijdens de zwangerschap en afzonderlijk van de klassieke "
                   "hielprik om toestemming te vragen voor de genoomsequencing."),
            ("c)", "De ruwe genoomgegevens mogen niet langer dan nodig worden bewaard: het Comité adviseert ze "
                   "na de analyse te vernietigen en alleen de resultaten te bewaren."),
            ("d)", "Het Comité vraagt dat een onafhankelijke ethische begeleidingscommissie elke uitbreiding van "
                   "de lijst van aandoeningen vooraf beoordeelt."),
            ("e)", "Voorzie in kosteloze genetische counseling voor alle ouders bij wier kind een afwijking wordt "
                   "vastgesteld."),
            ("f)", "Het Comité beveelt de federale overheid aan de terugbetaling van bevestigende genetische "
                   "tests door de verplichte ziekteverzekering te regelen."),
            ("g)", "Het Comité adviseert om vijf jaar na de start een breed maatschappelijk debat te organiseren "
                   "over een verdere uitbreiding van de screening."),
        ]
        for lab, t in recs:
            d.set_font("sa", "B", 9.2)
            d.set_text_color(*TEAL)
            with cols.paragraph(text_align="J", bottom_margin=1.8) as par:
                par.write(text=lab + " ")
                d.set_font("sa", "", 9.2)
                d.set_text_color(0)
                par.write(text=t)
            d.set_text_color(0)
        p("Het Comité is bereid zijn advies toe te lichten aan de minister en aan het Vlaams Parlement.", after=4)
        p("De covoorzitters,", align="L", after=0.5)
        p("Prof. dr. Anne-Sophie Claeys", align="L", after=0.2)
        p("Prof. dr. Walter Devriendt", align="L", after=2.5)
        p("Het advies werd goedgekeurd met eenparigheid van stemmen, met uitzondering van de punten c) en d), die "
          "met een meerderheid van twintig tegen drie stemmen werden aangenomen.", size=7.6, color=GREY)
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("res")
    d.add_page()

    def p(t, stl="", size=9.3, after=2.4, align="J", indent=0, fam="se"):
        d.set_font(fam, stl, size)
        d.set_x(d.lm + indent)
        d.multi_cell(d.tw - indent, 5.0, t, new_x="LMARGIN", new_y="NEXT", align=align)
        d.ln(after)

    def h(t):
        d.ln(1.5)
        p(t, "B", 10, after=1.2, align="L")

    d.set_font("se", "B", 9)
    d.cell(0, 5, "Zitting 2025-2026", new_x="LMARGIN", new_y="NEXT")
    d.set_font("se", "", 9)
    d.cell(0, 5, "5 mei 2026", new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    p("VERSLAG", "B", 13, after=1, align="L")
    p("namens de Commissie voor Welzijn, Volksgezondheid en Gezin uitgebracht door Hanne Vermeulen over de "
      "gedachtewisseling over advies nr. 92 van het Raadgevend Comité voor Bio-ethiek over de uitbreiding van de "
      "neonatale screening met genoomsequencing", "", 10, after=4, align="L")
    d.set_fill_color(238, 238, 238)
    d.set_font("se", "", 7.8)
    d.multi_cell(d.tw, 4.0, "Samenstelling van de commissie:\nVoorzitter: Koen Van der Auwera.\nVaste leden: Sara "
                 "Bultynck, Dirk Callewaert, Hanne Vermeulen, Bram Lenaerts, Yasmina El Amrani, Tine Goemaere, "
                 "Wout Peeters, Ilse Stroobants, Lotte Verhaegen.\nPlaatsvervangers: Ruben Decoster, Nathalie "
                 "Pieters, Jonas Van Dooren.", fill=True, padding=(2, 3, 2, 3), new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    p("Op 23 april 2026 hield de commissie een gedachtewisseling met Vlaams minister van Welzijn, Volksgezondheid "
      "en Gezin Jeroen De Wilde over het advies van het Raadgevend Comité voor Bio-ethiek. Het advies werd aan de "
      "leden bezorgd als bijlage bij de agenda.")
    h("1. Uiteenzetting door de minister")
    p("Minister Jeroen De Wilde dankt het Comité voor het grondige advies, dat hij zelf had gevraagd. De Vlaamse "
      "Regering heeft op 3 april 2026 beslist het bevolkingsonderzoek vanaf 1 januari 2027 stapsgewijs uit te "
      "breiden met genoomsequencing. De minister overloopt wat de regering met de aanbevelingen doet.")
    p("Voor de opvolging van de lijst van aandoeningen kiest de regering niet voor een nieuwe commissie. De "
      "bestaande Vlaamse werkgroep bevolkingsonderzoek krijgt die taak en wordt daarvoor uitgebreid met twee "
      "ethici en een vertegenwoordiger van de ouderverenigingen. Een aparte onafhankelijke commissie zou volgens "
      "de minister tot dubbel werk leiden.")
    p("De regering volgt het Comité in de keuze om alleen te screenen op aandoeningen die op de kinderleeftijd "
      "behandelbaar zijn. De lijst telt bij de start 74 aandoeningen en wordt gepubliceerd op de website van het "
      "Agentschap Zorg en Gezondheid.")
    p("Op één punt wijkt de regering bewust af van het advies. De ruwe genoomgegevens worden tien jaar bewaard in "
      "een beveiligde databank van het screeningscentrum, zodat bij nieuwe behandelingen een heranalyse mogelijk "
      "blijft. De minister erkent het risico dat het Comité beschrijft, maar acht het voordeel voor de kinderen "
      "groter; toegang tot de gegevens kan alleen met toestemming van de ouders.")
    p("Wat de ouders betreft, zal de toestemming voor de sequencing afzonderlijk van die voor de klassieke "
      "hielprik worden gevraagd, maar op de kraamafdeling en niet al tijdens de zwangerschap: de vroedvrouwen "
      "zien daar in de praktijk geen haalbare weg. Ouders bij wie een afwijking wordt vastgesteld, krijgen "
      "kosteloos genetische counseling in een van de centra voor menselijke erfelijkheid; die kosten neemt de "
      "Vlaamse overheid volledig voor haar rekening.")
    h("2. Vragen en opmerkingen van de leden")
    p("Sara Bultynck vraagt wat de uitbreiding zal kosten en hoe die kosten zich verhouden tot de opbrengsten van "
      "een vroege behandeling. Zij wil ook weten of het proefproject in de twee ziekenhuizen wordt voortgezet tot "
      "de uitbreiding start.")
    p("Dirk Callewaert verwijst naar de minderheid binnen het Comité die het volledige genoom niet wil laten "
      "analyseren. Hij vraagt hoe de minister aan die bezwaren tegemoetkomt. Yasmina El Amrani vraagt of de "
      "terugbetaling van bevestigende tests al geregeld is.")
    h("3. Antwoorden van de minister")
    p("Minister Jeroen De Wilde antwoordt dat de kostprijs wordt geraamd op 4,2 miljoen euro per jaar bij volledige "
      "uitrol. Het proefproject loopt door tot eind 2026. De analyse blijft gefilterd: het laboratorium kijkt "
      "alleen naar de genen die bij de 74 aandoeningen horen.")
    p("Over de terugbetaling van bevestigende tests merkt de minister op dat die aanbeveling aan de federale "
      "overheid is gericht. Hij neemt er akte van en zal het punt agenderen op de eerstvolgende Interministeriële "
      "Conferentie Volksgezondheid.")
    h("4. Repliek")
    p("Sara Bultynck dankt de minister voor zijn antwoorden en kondigt aan dat haar fractie de uitrol op de voet "
      "zal volgen. Dirk Callewaert betreurt de keuze voor de bewaartermijn van tien jaar.")
    d.ln(3)
    p("De verslaggever,                                   De voorzitter,", align="L", after=0.5)
    p("Hanne Vermeulen                                   Koen Van der Auwera", align="L")
    d.output(B.out(NAME + "_response.pdf"))


def expected():
    B.write_expected(NAME, [
        ("a", "Beperk de genoomsequencing bij pasgeborenen tot aandoeningen die op de kinderleeftijd",
         "De regering volgt het Comité in de keuze om", "agrees"),
        ("b", "Het Comité beveelt aan de ouders al tijdens de zwangerschap",
         "op de kraamafdeling en niet al tijdens de zwangerschap", "partly"),
        ("c", "De ruwe genoomgegevens mogen niet langer dan nodig worden bewaard",
         "Op één punt wijkt de regering bewust af van het advies", "disagrees"),
        ("d", "Het Comité vraagt dat een onafhankelijke ethische begeleidingscommissie elke uitbreiding",
         "Een aparte onafhankelijke commissie zou volgens de minister", "partly"),
        ("e", "Voorzie in kosteloze genetische counseling voor alle ouders bij wier",
         "krijgen kosteloos genetische counseling in een van de centra", "agrees"),
        ("f", "Het Comité beveelt de federale overheid aan de terugbetaling van",
         "Hij neemt er akte van en zal het punt agenderen", "noted"),
        ("g", "Het Comité adviseert om vijf jaar na de start een breed", None, "unanswered"),
    ], [
        "Op 23 april 2026 hield de commissie een gedachtewisseling",
        "Sara Bultynck vraagt wat de uitbreiding zal kosten",
        "de kostprijs wordt geraamd op 4,2 miljoen euro",
        "Dirk Callewaert betreurt de keuze voor de bewaartermijn",
    ], "ADVIES nr. 92 of the Belgian RAADGEVEND COMITÉ VOOR BIO-ETHIEK on extending newborn screening with genome "
       "sequencing (asked for by the Flemish minister), answered by a VERSLAG of the Vlaams Parlement's committee "
       "on a gedachtewisseling with the minister, in reported speech. The decree of 21 November 2003 on preventive "
       "health policy is real; the pilot, figures, people, stuk number and the quoted 2016 advice are invented. "
       "The body stands in TWO COLUMNS under a full-width title band; the seven recommendations are items a)-g) "
       "with bold teal letters in IV Aanbevelingen (numbers are the letters); forms: imperative 'Beperk', 'Het "
       "Comité beveelt aan', 'mogen niet ... worden bewaard: het Comité adviseert', 'Het Comité vraagt dat', "
       "imperative 'Voorzie in', 'beveelt de federale overheid aan', 'Het Comité adviseert om'. Not "
       "recommendations: the minister's three questions 1.-3., the decree's 'moet ... voldoen', the pilot figures, "
       "'Ouders moeten vrij kunnen kiezen', the WHO's own recommendation ('beveelt van oudsher aan'), the 2016 "
       "advice quoted ('Er moet een duidelijk onderscheid blijven'), the minority's 'zou ... moeten beperken' / "
       "'nooit zou mogen', the lead-in, the closing offer and the vote note. Response: Vlaams Parlement stuk, "
       "committee make-up, introduction (nothing); 1 Uiteenzetting: d partly (the existing working group extended "
       "with ethicists, no separate independent commission), a agrees ('De regering volgt het Comité'), c "
       "disagrees ('wijkt de regering bewust af', raw data kept ten years), ONE paragraph: b partly (separate "
       "consent, but on the maternity ward, not during pregnancy) + e agrees (free counselling); 2 members' "
       "questions (nothing); 3 answers: cost (nothing), f noted (federal, 'neemt er akte van', put on the IMC "
       "agenda); 4 Repliek (nothing); g (public debate after five years) UNANSWERED.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)
