"""Round 49 (nl): an (invented) GGD INSPECTIERAPPORT KINDEROPVANG (jaarlijks onderzoek of a kinderdagverblijf) with
the 'Advies aan de gemeente' per overtreding, answered by the municipality's HANDHAVINGSBESLUIT (beschikking to the
houder: last onder dwangsom / aanwijzing). Engine: fpdf2 (DejaVu, no text shaping, so no ligatures).
Answer key: README-nl.md.

Run: /tmp/blind49nl/bin/python tests/docs/src/blind49/gen_nl_kinderopvang_fpdf2.py"""
import os
import sys

from fpdf import FPDF

sys.path.insert(0, os.path.dirname(__file__))
import _b49nl as B  # noqa: E402

NAME = "blind49_nl_kinderopvang"
DV = "/usr/share/fonts/truetype/dejavu/"
GGD = (0, 112, 120)
GEM = (30, 60, 120)


class Doc(FPDF):
    def __init__(self, head, foot, color, serif=False):
        super().__init__(format="A4")
        self.head, self.foot, self.color = head, foot, color
        base = "DejaVuSerif" if serif else "DejaVuSans"
        it = "Italic" if serif else "Oblique"
        for stl, f in (("", base + ".ttf"), ("B", base + "-Bold.ttf"), ("I", f"{base}-{it}.ttf"),
                       ("BI", f"{base}-Bold{it}.ttf")):
            self.add_font("dv", stl, DV + f)
        self.add_font("ds", "", DV + "DejaVuSans.ttf")
        self.add_font("ds", "B", DV + "DejaVuSans-Bold.ttf")
        self.set_margins(20, 22, 20)
        self.set_auto_page_break(True, 20)

    def header(self):
        if self.page_no() > 1:
            self.set_font("ds", "", 7.3)
            self.set_text_color(90)
            self.set_y(10)
            self.cell(85, 5, self.head[0])
            self.cell(85, 5, self.head[1], align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*self.color)
            self.line(20, 15.5, 190, 15.5)
            self.set_draw_color(0)
            self.set_y(21)
            self.set_text_color(0)

    def footer(self):
        self.set_y(-13)
        self.set_font("ds", "", 7.3)
        self.set_text_color(90)
        self.cell(85, 5, self.foot[0])
        self.cell(85, 5, self.foot[1].format(n=self.page_no(), nb="{nb}"), align="R")
        self.set_text_color(0)

    def p(self, t, stl="", size=9, indent=0, h=4.5, align="J"):
        self.set_font("dv", stl, size)
        self.set_x(20 + indent)
        self.multi_cell(170 - indent, h, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=True)
        self.ln(1.3)

    def hd(self, t, size=10.5):
        self.ln(1.2)
        if self.get_y() + 18 > self.page_break_trigger:
            self.add_page()
        self.set_text_color(*self.color)
        self.p(t, "B", size, align="L")
        self.set_text_color(0)

    def kv(self, rows, w=44, size=8.4):
        for k, v in rows:
            self.set_font("ds", "B", size)
            self.set_x(20)
            self.cell(w, 4.7, k)
            self.set_font("ds", "", size)
            self.multi_cell(170 - w, 4.7, v, new_x="LMARGIN", new_y="NEXT")

    def table(self, head, rows, widths, size=8, fill=(225, 240, 241)):
        self.set_font("ds", "B", size)
        self.set_fill_color(*fill)
        with self.table_ctx(widths, size) as t:
            r = t.row()
            for h in head:
                r.cell(h)
            for row in rows:
                r = t.row()
                for c in row:
                    r.cell(c)
        self.ln(2)

    def table_ctx(self, widths, size):
        self.set_font("ds", "", size)
        return super().table(col_widths=widths, text_align="LEFT", line_height=4.2, first_row_as_headings=True,
                             headings_style=__import__("fpdf").FontFace(emphasis="BOLD", fill_color=(225, 240, 241)),
                             borders_layout="HORIZONTAL_LINES", padding=1)


def advice():
    d = Doc(("GGD Hollands Kroonland | Inspectierapport", "KDV De Boomhut, LRK 204711835"),
            ("Inspectierapport KDV De Boomhut, jaarlijks onderzoek 2026", "Pagina {n} van {nb}"), GGD)
    d.add_page()
    d.set_fill_color(*GGD)
    d.rect(0, 0, 210, 7, "F")
    d.set_font("ds", "B", 15)
    d.set_text_color(*GGD)
    d.set_y(14)
    d.cell(0, 7, "GGD Hollands Kroonland", new_x="LMARGIN", new_y="NEXT")
    d.set_font("ds", "", 8)
    d.set_text_color(90)
    d.cell(0, 4.5, "Afdeling Toezicht Kinderopvang | Postbus 1180, 1800 BD Kroonmeer | toezichtkinderopvang@ggdhk.nl",
           new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(7)
    d.set_font("ds", "B", 17)
    d.cell(0, 8, "Inspectierapport", new_x="LMARGIN", new_y="NEXT")
    d.set_font("ds", "", 11)
    d.cell(0, 6, "Kinderdagverblijf (KDV) - Jaarlijks onderzoek 2026", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.kv((("Naam voorziening", "Kinderdagverblijf De Boomhut"),
          ("Adres", "Lijsterbeslaan 14, 1823 KT Hoogmeer"),
          ("Registratienummer LRK", "204711835"),
          ("Houder", "Stichting Kinderopvang Het Klavertje (KvK 41239077)"),
          ("Toezichthouder", "GGD Hollands Kroonland, inspecteur kinderopvang M. Ouderkerk"),
          ("In opdracht van", "gemeente Hoogmeer"),
          ("Datum inspectie", "3 februari 2026 (onaangekondigd)"),
          ("Concept vastgesteld", "17 februari 2026"),
          ("Zienswijze houder", "2 maart 2026"),
          ("Definitief rapport", "9 maart 2026"),
          ("Kenmerk", "GGD-HK/TK/2026/0412")))
    d.ln(3)
    d.hd("1  Algemene gegevens en beschouwing")
    d.p("De GGD voert in opdracht van de gemeente Hoogmeer het toezicht uit op de kinderopvang. Tijdens een "
        "jaarlijks onderzoek beoordeelt de toezichthouder of de houder voldoet aan de Wet kinderopvang en de "
        "daarbij behorende regelgeving. Dit rapport beschrijft de bevindingen van het onderzoek van 3 februari 2026 "
        "en geeft per overtreding een advies aan het college van burgemeester en wethouders, dat bevoegd is om te "
        "handhaven.")
    d.p("Kinderdagverblijf De Boomhut heeft drie stamgroepen (twee babygroepen en een peutergroep) en is "
        "geregistreerd voor 44 kindplaatsen. Op de dag van de inspectie waren 37 kinderen en 7 beroepskrachten "
        "aanwezig. De sfeer op de groepen was overwegend ontspannen; de beroepskrachten kennen de kinderen goed en "
        "reageren sensitief op hun signalen. Tegelijk zagen wij dat het kinderdagverblijf sinds het najaar van 2025 "
        "kampt met een hoog verloop en veel invalkrachten. Dat verklaart een deel van de overtredingen.")
    d.p("Bij het jaarlijks onderzoek 2025 stelde de toezichthouder twee overtredingen vast. Het rapport van toen "
        "luidde op dit punt: *'Bied de houder een herstelaanbod aan voor de overtreding rond het "
        "mentorschap.'* De houder heeft die overtreding binnen de termijn hersteld; het mentorschap voldoet nu.")
    d.hd("2  Overzicht getoetste inspectie-items")
    d.table(("Domein", "Getoetste voorwaarden", "Resultaat"),
            (("Registratie, wijzigingen en administratie", "4", "voldoet"),
             ("Pedagogisch klimaat", "6", "voldoet niet (1)"),
             ("Personeel en groepen", "9", "voldoet niet (2)"),
             ("Veiligheid en gezondheid", "7", "voldoet niet (2)"),
             ("Accommodatie", "3", "voldoet"),
             ("Ouderrecht", "5", "voldoet")), (90, 45, 35))
    d.p("Figuur 1. Resultaat per domein; tussen haakjes het aantal overtredingen.", "I", 7.8)
    d.hd("3  Bevindingen per domein")
    d.p("**Pedagogisch klimaat.** Het pedagogisch beleidsplan beschrijft niet hoe de stamgroepen op woensdag en "
        "vrijdag worden samengevoegd en welke activiteiten dan buiten de stamgroep plaatsvinden. Artikel 8 lid 2 "
        "van het Besluit kwaliteit kinderopvang bepaalt dat het beleidsplan dit moet beschrijven. Conclusie: aan "
        "deze voorwaarde wordt niet voldaan (overtreding 1).")
    d.p("**Personeel en groepen.** Twee invalkrachten die sinds januari 2026 werkzaam zijn, waren op de dag van de "
        "inspectie niet gekoppeld aan de houder in het Personenregister kinderopvang. Volgens artikel 1.50 lid 2 "
        "van de Wet kinderopvang moet iedere persoon die werkzaam is bij een kindercentrum, voorafgaand aan de "
        "werkzaamheden ingeschreven en gekoppeld zijn (overtreding 2). Daarnaast werd op de babygroep Uiltjes "
        "tussen 12.45 en 14.15 uur de beroepskracht-kindratio niet nageleefd: één beroepskracht voor zes kinderen "
        "jonger dan één jaar, waar er twee nodig waren. De houder had in de dagen voorafgaand aan de inspectie "
        "vaker dezelfde bezetting (overtreding 3).")
    d.p("**Veiligheid en gezondheid.** Op de peutergroep was tijdens de inspectie geen volwassene aanwezig met een "
        "geldig certificaat voor kinder-EHBO; het certificaat van de vaste beroepskracht was in december 2025 "
        "verlopen. De houder heeft diezelfde middag een beroepskracht met een geldig certificaat ingeroosterd en de "
        "herhalingscursus ingepland (overtreding 4). Verder kent het kinderdagverblijf wel een meldcode "
        "huiselijk geweld en kindermishandeling, maar de houder bevordert de kennis en het gebruik ervan "
        "onvoldoende: twee van de vijf bevraagde beroepskrachten wisten niet wie de aandachtsfunctionaris is "
        "(overtreding 5).")
    d.p("Zienswijze van de houder (samengevat): de houder herkent de bevindingen, wijst op de krapte op de "
        "arbeidsmarkt en meldt dat de ontbrekende koppelingen in het Personenregister inmiddels gedeeltelijk zijn "
        "gemaakt. De houder vraagt de gemeente om bij de handhaving rekening te houden met de genomen maatregelen.")
    d.hd("4  Advies aan de gemeente")
    d.p("Op grond van de bevindingen adviseert de GGD het college van burgemeester en wethouders van Hoogmeer als "
        "volgt. Het advies per overtreding volgt de Landelijke handhavingsstrategie kinderopvang; de nummers "
        "verwijzen naar de overtredingen in hoofdstuk 3.")
    d.table(("Nr.", "Voorwaarde", "Advies aan de gemeente"),
            (("1", "Pedagogisch beleidsplan, art. 8 lid 2 Besluit kwaliteit kinderopvang",
              "Handhaven: geef de houder een aanwijzing om het pedagogisch beleidsplan aan te vullen met het "
              "samenvoegen van stamgroepen, met een hersteltermijn van zes weken."),
             ("2", "Inschrijving en koppeling Personenregister, art. 1.50 lid 2 Wet kinderopvang",
              "Handhaven met een last onder dwangsom, zodat iedere medewerker vóór aanvang van de werkzaamheden "
              "gekoppeld is in het Personenregister kinderopvang."),
             ("3", "Beroepskracht-kindratio, art. 7 lid 2 Besluit kwaliteit kinderopvang",
              "Leg direct een last onder dwangsom op voor het naleven van de beroepskracht-kindratio op alle "
              "groepen, gezien de herhaling en het risico voor de jongste kinderen."),
             ("4", "Kinder-EHBO, art. 11 lid 2 Besluit kwaliteit kinderopvang",
              "Niet handhaven: de houder heeft de overtreding tijdens de inspectie hersteld; beoordeel dit punt "
              "opnieuw bij het volgende jaarlijks onderzoek."),
             ("5", "Meldcode huiselijk geweld, art. 1.51a Wet kinderopvang",
              "Handhaven met een schriftelijke waarschuwing en de houder vragen binnen acht weken de kennis van de "
              "meldcode aantoonbaar te vergroten.")), (10, 55, 105))
    d.p("Naast het advies per overtreding geeft de GGD de gemeente het volgende in overweging.")
    d.p("**6.** Laat de GGD binnen drie maanden na het verstrijken van de hersteltermijnen een nader onderzoek "
        "uitvoeren naar de overtredingen 1, 2 en 3, zodat tijdig duidelijk is of de houder de overtredingen heeft "
        "opgeheven.", indent=0)
    d.p("**7.** Wij adviseren de gemeente de genomen handhavingsbesluiten tijdig te vermelden in het Landelijk "
        "Register Kinderopvang, zodat ouders kunnen zien welke maatregelen zijn getroffen.")
    d.hd("5  Verantwoording")
    d.p("Het onderzoek bestond uit een observatie op de drie groepen, gesprekken met de locatiemanager en vijf "
        "beroepskrachten en een documentenonderzoek (beleidsplan, roosters van week 3 tot en met 5, "
        "presentielijsten, certificaten). De toezichthouder heeft het rapport opgesteld volgens het Model "
        "Inspectierapport Kinderopvang 2026. De houder kan binnen vijf werkdagen na ontvangst van het definitieve "
        "rapport zijn zienswijze laten opnemen; daarvan is gebruikgemaakt.")
    d.p("Kroonmeer, 9 maart 2026\n\nM. Ouderkerk, inspecteur kinderopvang\nnamens de directeur publieke gezondheid "
        "van GGD Hollands Kroonland", align="L")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc(("Gemeente Hoogmeer", "Besluit handhaving KDV De Boomhut"),
            ("Zaaknummer Z/26/018844", "pagina {n} van {nb}"), GEM, serif=True)
    d.add_page()
    d.set_font("ds", "B", 16)
    d.set_text_color(*GEM)
    d.set_y(14)
    d.cell(0, 8, "gemeente Hoogmeer", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.set_font("ds", "", 7.5)
    d.set_xy(135, 14)
    d.multi_cell(55, 3.6, "Raadhuisplein 1\nPostbus 10\n1820 AA Hoogmeer\ntelefoon 14 0228\nwww.hoogmeer.nl",
                 new_x="LMARGIN", new_y="NEXT")
    d.set_y(40)
    d.set_font("ds", "", 7)
    d.set_text_color(110)
    d.cell(0, 4, "Retouradres: Postbus 10, 1820 AA Hoogmeer", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.set_font("dv", "", 9.5)
    d.multi_cell(90, 4.8, "Aangetekend en per e-mail\nStichting Kinderopvang Het Klavertje\nt.a.v. het bestuur\n"
                 "Postbus 204\n1820 AE Hoogmeer", new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.kv((("Datum", "30 maart 2026"), ("Ons kenmerk", "Z/26/018844 - U/26/07731"),
          ("Behandeld door", "J. Verstoep, team Handhaving Wonen en Welzijn"),
          ("Onderwerp", "besluit handhaving kinderdagverblijf De Boomhut (LRK 204711835)")), w=32)
    d.ln(4)
    d.p("Geacht bestuur,", size=9.5)
    d.p("Op 3 februari 2026 heeft de GGD Hollands Kroonland in onze opdracht een jaarlijks onderzoek gedaan bij "
        "uw kinderdagverblijf De Boomhut. Het definitieve inspectierapport van 9 maart 2026 ontving u eerder. In "
        "deze brief leest u welke maatregelen wij nemen. Wij hebben daarbij uw zienswijze en het advies van de GGD "
        "betrokken.", size=9.5)
    d.hd("Beroepskracht-kindratio: last onder dwangsom", 10)
    d.p("Wij leggen u een last onder dwangsom op. Vanaf de dag na verzending van dit besluit zet u op elke groep "
        "voldoende beroepskrachten in volgens de rekenregels van het Besluit kwaliteit kinderopvang. Voor elke "
        "geconstateerde dag waarop u dat niet doet, verbeurt u een dwangsom van € 750, tot een maximum van "
        "€ 15.000. Wij nemen dit besluit zonder begunstigingstermijn: het gaat om een herhaalde overtreding bij de "
        "jongste kinderen.", size=9.5)
    d.hd("Personenregister kinderopvang", 10)
    d.p("Uit uw zienswijze en onze eigen controle van 24 maart blijkt dat één van de twee invalkrachten inmiddels "
        "gekoppeld is. Een last onder dwangsom vinden wij daarom op dit moment niet evenredig. Wij geven u een "
        "aanwijzing: binnen twee weken is iedere medewerker die bij De Boomhut werkt, gekoppeld aan uw organisatie. "
        "Blijkt bij een hercontrole dat dit niet zo is, dan volgt alsnog een last onder dwangsom.", size=9.5)
    d.hd("Pedagogisch beleidsplan en meldcode", 10)
    d.p("Wij nemen het advies over het pedagogisch beleidsplan over. U krijgt een aanwijzing om het beleidsplan "
        "binnen zes weken aan te vullen met een beschrijving van het samenvoegen van de stamgroepen en de "
        "activiteiten buiten de stamgroep. Voor de meldcode wijken wij af van de GGD. Uw organisatie heeft op "
        "16 maart een verplichte scholing over de meldcode gegeven aan alle beroepskrachten, en de naam van de "
        "aandachtsfunctionaris hangt op elke groep. Wij zien daarom af van een waarschuwing en nemen geen "
        "handhavingsmaatregel voor deze overtreding.", size=9.5)
    d.hd("Kinder-EHBO", 10)
    d.p("De overtreding rond het certificaat voor kinder-EHBO hebt u op de dag van de inspectie zelf opgeheven. "
        "Conform het advies van de GGD handhaven wij hierop niet.", size=9.5)
    d.hd("Vervolg", 10)
    d.p("Of en wanneer de GGD een nader onderzoek doet, bepalen wij na afloop van de termijnen uit dit besluit. "
        "De suggestie van de GGD om dat binnen drie maanden te doen, nemen wij daarbij in overweging.", size=9.5)
    d.hd("Wettelijk kader", 10)
    d.p("Dit besluit is gebaseerd op de artikelen 1.65 en 1.66 van de Wet kinderopvang, artikel 5:32 van de "
        "Algemene wet bestuursrecht en de Beleidsregels handhaving kinderopvang Hoogmeer 2024. Bij het bepalen van "
        "de hoogte van de dwangsom zijn wij uitgegaan van bijlage 2 van die beleidsregels.", size=9.5)
    d.hd("Bent u het niet eens met dit besluit?", 10)
    d.p("Dan kunt u binnen zes weken na de dag van verzending bezwaar maken bij het college van burgemeester en "
        "wethouders. Het bezwaar schort de werking van dit besluit niet op. U kunt daarnaast de voorzieningenrechter "
        "van de rechtbank Noord-Holland om een voorlopige voorziening vragen.", size=9.5)
    d.p("Met vriendelijke groet,\nburgemeester en wethouders van Hoogmeer,\n\nde secretaris,          de "
        "burgemeester,\nmr. A.C. Hofland          drs. P.L. de Groot-Mulder", size=9.5, align="L")
    d.output(B.out(NAME + "_response.pdf"))


def expected():
    recs = [
        ("1", "Handhaven: geef de houder een aanwijzing om het pedagogisch beleidsplan",
         "Wij nemen het advies over het pedagogisch beleidsplan over", "agrees"),
        ("2", "Handhaven met een last onder dwangsom, zodat iedere medewerker",
         "Een last onder dwangsom vinden wij daarom op dit moment niet evenredig", "partly"),
        ("3", "Leg direct een last onder dwangsom op voor het naleven",
         "Wij nemen dit besluit zonder begunstigingstermijn", "agrees"),
        ("4", "Niet handhaven: de houder heeft de overtreding tijdens de inspectie hersteld",
         "Conform het advies van de GGD handhaven wij hierop niet", "agrees"),
        ("5", "Handhaven met een schriftelijke waarschuwing en de houder vragen",
         "Voor de meldcode wijken wij af van de GGD", "disagrees"),
        ("6", "Laat de GGD binnen drie maanden na het verstrijken",
         "nemen wij daarbij in overweging", "noted", ["partly"]),
        ("7", "Wij adviseren de gemeente de genomen handhavingsbesluiten tijdig te vermelden", None, "unanswered"),
    ]
    unmatched = ["Dit besluit is gebaseerd op de artikelen 1.65 en 1.66",
                 "Dan kunt u binnen zes weken na de dag van verzending bezwaar maken"]
    notes = ("GGD inspection report (jaarlijks onderzoek) of a kinderdagverblijf with the advice to the municipality "
             "per violation in a three-column table (nr. 1-5) plus two further advices 6-7 as bold-numbered "
             "paragraphs. Traps: the 2025 report's imperative quoted, 'moet' in legal findings, an overview table "
             "of domains, the houder's zienswijze. Reply: the municipality's HANDHAVINGSBESLUIT letter to the "
             "houder in the order 3, 2, 1+5, 4, 6: last onder dwangsom without grace period (3 agrees); aanwijzing "
             "instead of a dwangsom for the Personenregister (2 partly); ONE section 'Pedagogisch beleidsplan en "
             "meldcode' taking over 1 (agrees) and deviating on 5, no warning (disagrees); no enforcement on "
             "EHBO 'conform het advies' (4 agrees); the nader onderzoek is decided later, the suggestion 'in "
             "overweging' (6 noted, partly acceptable); 7 (publication in the LRK) unanswered. Unmatched: "
             "'Wettelijk kader' and the bezwaar clause.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()
    sys.exit(0 if B.check(NAME) else 1)
