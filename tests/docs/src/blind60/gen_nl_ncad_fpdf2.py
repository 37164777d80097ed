"""Round 60 (nl): an ADVIES of the NATIONAAL COMITE ADVIES DIERPROEVENBELEID (NCad) on openness about animal
experiments, answered by the LETTER of the minister of Landbouw, Visserij, Voedselzekerheid en Natuur (LVVN) to the
NCad's chair (not to parliament), paragraphs without headings.

Advice: 'Samenvatting' (prose paraphrase), 1 Aanleiding (EU directive 2010/63 quoted: 'moeten ... bekendmaken'),
2 Uitgangspunten: a numbered list 1.-4. of the committee's principles, 3 Stand van zaken (a ruled table of numbers
of procedures 2021-2024, Wet op de dierproeven duties 'moet', findings 'zou ... moeten'; the NCad's own 2016 advice
quoted as an imperative), 4 Advies: the recommendations as ROMAN numerals 'I.'-'VII.' in a hanging margin column,
each a BOLD imperative sentence followed by a plain explanatory sentence; 5 Tot slot. Numbers: I-VII.
Response: letter (addressee block, Datum/Kenmerk/Onderwerp), paragraphs referring to the recommendations by number
in mixed ways ('Uw aanbevelingen II en III', 'Aanbeveling VI', 'Wat betreft de eerste aanbeveling', 'De zevende
aanbeveling', 'Advies V'), order II+III (one paragraph: II agrees, III disagrees), VI (partly), I (agrees), VII
(noted), V (agrees); IV (subsidy to the transparency agreement) unanswered; an introduction, a paragraph on the
Nationaal Plan proefdiervrije innovatie and the closing answer nothing. Engine: fpdf2 (DejaVu, no text shaping, so no
ligatures; fixed creation date).

Run: /tmp/blind60nl/bin/python tests/docs/src/blind60/gen_nl_ncad_fpdf2.py"""
import datetime
import os
import sys

from fpdf import FPDF

sys.path.insert(0, os.path.dirname(__file__))
import _b60nl as B  # noqa: E402

NAME = "blind60_nl_ncad"
DV = "/usr/share/fonts/truetype/dejavu/"
TEAL = (0, 104, 112)
GREY = (95, 95, 95)


class Doc(FPDF):
    def __init__(self, kind):
        super().__init__(format="A4")
        self.kind = kind
        self.set_creation_date(datetime.datetime(2026, 4, 2, 9, 0, 0, tzinfo=datetime.timezone.utc))
        for stl, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                       ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("sa", stl, DV + f)
        for stl, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf"),
                       ("BI", "DejaVuSerif-BoldItalic.ttf")):
            self.add_font("se", stl, DV + f)
        self.fam = "se" if kind == "adv" else "sa"
        self.lm = 24
        self.tw = 210 - 2 * self.lm
        self.set_margins(self.lm, 24, self.lm)
        self.set_auto_page_break(True, 24)
        self.alias_nb_pages()

    def header(self):
        if self.kind == "adv" and self.page_no() > 1:
            self.set_font("sa", "", 7.2)
            self.set_text_color(*GREY)
            self.set_y(12)
            self.cell(0, 4, "NCad  |  Advies 'Open over dierproeven'  |  april 2026")
            self.set_draw_color(*TEAL)
            self.line(self.lm, 17, 210 - self.lm, 17)
            self.set_draw_color(0)
            self.set_text_color(0)
            self.set_y(24)

    def footer(self):
        self.set_y(-15)
        self.set_font("sa", "", 7.2)
        self.set_text_color(*GREY)
        if self.kind == "adv":
            self.cell(0, 4, str(self.page_no()), align="R")
        else:
            self.cell(0, 4, f"Pagina {self.page_no()} van {{nb}}", align="R")
        self.set_text_color(0)

    def p(self, t, stl="", size=9.3, indent=0, h=4.9, align="J", after=2.4, color=None, fam=None):
        self.set_font(fam or self.fam, stl, size)
        if color:
            self.set_text_color(*color)
        self.set_x(self.lm + indent)
        self.multi_cell(self.tw - indent, h, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=True)
        self.set_text_color(0)
        self.ln(after)

    def hd(self, t, size=11, before=3):
        self.ln(before)
        if self.get_y() + 24 > self.page_break_trigger:
            self.add_page()
        self.p(t, "B", size, align="L", color=TEAL, after=1.6, fam="sa")

    def item(self, label, t, lw=12, size=9.3, stl=""):
        if self.get_y() + 14 > self.page_break_trigger:
            self.add_page()
        y = self.get_y()
        self.set_font("sa", "B", size)
        self.set_text_color(*TEAL)
        self.set_xy(self.lm, y)
        self.cell(lw, 4.9, label)
        self.set_text_color(0)
        self.set_font(self.fam, stl, size)
        self.set_xy(self.lm + lw, y)
        self.multi_cell(self.tw - lw, 4.9, t, new_x="LMARGIN", new_y="NEXT", align="J", markdown=True)
        self.ln(2.2)


def table(d, widths, rows, size=8.2):
    from fpdf.fonts import FontFace
    d.set_font("sa", "", size)
    d.set_draw_color(150, 180, 184)
    head = FontFace(emphasis="BOLD", fill_color=(222, 238, 240))
    with d.table(col_widths=widths, text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"), line_height=4.4,
                 borders_layout="HORIZONTAL_LINES", headings_style=head, width=d.tw, padding=1.2) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    d.set_draw_color(0)
    d.ln(1)


def advice():
    d = Doc("adv")
    d.add_page()
    d.set_fill_color(*TEAL)
    d.rect(0, 0, 210, 9, "F")
    d.ln(6)
    d.p("NATIONAAL COMITÉ ADVIES DIERPROEVENBELEID", "B", 9, align="L", color=TEAL, fam="sa", after=10)
    d.p("Open over dierproeven", "B", 20, h=9, align="L", fam="sa", after=1)
    d.p("Advies over transparantie in het dierproevenbeleid", "", 11, align="L", color=GREY, fam="sa", after=1)
    d.p("Utrecht, 2 april 2026", "", 9, align="L", color=GREY, fam="sa", after=7)
    d.hd("Samenvatting", before=0)
    d.p("Het publiek heeft recht op eerlijke informatie over dierproeven: waarom ze worden gedaan, hoeveel dieren "
        "erbij betrokken zijn en hoeveel ongerief zij ondervinden. Nederland publiceert al veel, maar versnipperd "
        "en vaak laat. Het NCad bepleit een landelijke databank, openbare jaarverslagen van instellingen en meer "
        "zicht op het toezicht. Daarnaast vraagt het comité aandacht voor de rol van alternatieven.")
    d.hd("1  Aanleiding")
    d.p("Het NCad adviseert de minister van LVVN gevraagd en ongevraagd over dierproeven en alternatieven. Dit "
        "advies is ongevraagd. Aanleiding is de evaluatie van richtlijn 2010/63/EU door de Europese Commissie, "
        "die in 2025 vaststelde dat de lidstaten de openheid zeer verschillend invullen. Artikel 43 van de "
        "richtlijn bepaalt:")
    d.p("'De lidstaten moeten de niet-technische samenvattingen van goedgekeurde projecten en eventuele "
        "bijwerkingen daarvan bekendmaken.'", "I", 9, indent=10, color=GREY)
    d.hd("2  Uitgangspunten")
    d.p("Het comité heeft zich bij dit advies laten leiden door vier uitgangspunten:")
    for i, t in enumerate(["Openheid is de regel; geheimhouding moet worden gemotiveerd.",
                           "Informatie moet begrijpelijk zijn voor een breed publiek.",
                           "De veiligheid van onderzoekers en dierverzorgers mag niet in gevaar komen.",
                           "Openheid mag instellingen geen onevenredige administratieve last opleggen."], 1):
        d.item(f"{i}.", t, lw=7)
    d.hd("3  Stand van zaken")
    d.p("Het aantal dierproeven in Nederland daalde de afgelopen jaren licht, maar het aandeel proeven met "
        "ernstig ongerief bleef gelijk (tabel 1).")
    table(d, (46, 18, 18, 18, 18), [
        ("Jaar", "2021", "2022", "2023", "2024"),
        ("Dierproeven (totaal)", "412.300", "398.900", "391.400", "384.700"),
        ("waarvan ernstig ongerief", "18.100", "17.600", "17.800", "17.400"),
        ("Niet-technische samenvattingen gepubliceerd", "612", "588", "601", "574"),
    ])
    d.p("Tabel 1. Dierproeven en gepubliceerde samenvattingen, 2021-2024 (bron: Zo Doende, bewerking NCad).", "",
        7.8, color=GREY, fam="sa", after=3)
    d.p("Op grond van de Wet op de dierproeven moet iedere instellingsvergunninghouder jaarlijks registreren "
        "hoeveel dierproeven hij verricht, en moet de Centrale Commissie Dierproeven (CCD) de niet-technische "
        "samenvattingen openbaar maken. Die samenvattingen verschijnen nu gemiddeld zeven maanden na de "
        "vergunning, als losse pdf-bestanden die niet doorzoekbaar zijn. Volgens de dierenbeschermings"
        "organisaties zou de overheid ook de resultaten van afgeronde projecten moeten publiceren. Retrospectieve "
        "beoordelingen, waarin achteraf wordt nagegaan hoeveel ongerief de dieren werkelijk ondervonden, worden "
        "niet gepubliceerd.")
    d.p("Het NCad wees al eerder op de noodzaak van meer samenhang. In zijn advies van 2016 schreef het comité: "
        "'Breng alle openbare informatie over dierproeven samen op één website.' Die website is er gekomen, maar "
        "bevat alleen de jaarcijfers.")
    d.p("Ook over het toezicht is weinig bekend. De NVWA inspecteert jaarlijks ongeveer honderd instellingen; "
        "over de bevindingen verschijnt alleen een korte passage in het jaarverslag. Incidenten met dieren, zoals "
        "een uitval van de klimaatregeling, worden niet centraal gemeld.")
    d.hd("4  Advies")
    d.p("Op grond van het voorgaande adviseert het NCad de minister als volgt.")
    recs = [
        ("I.", "**Verplicht iedere instellingsvergunninghouder om jaarlijks een openbaar verslag te publiceren over "
               "het aantal en de aard van zijn dierproeven.** Enkele universiteiten doen dit al vrijwillig; een "
               "wettelijke plicht maakt de informatie vergelijkbaar."),
        ("II.", "**Maak de niet-technische samenvattingen binnen drie maanden na de vergunning doorzoekbaar in één "
                "landelijke databank.** Zoeken op diersoort, doel en ernst van het ongerief moet mogelijk zijn."),
        ("III.", "**Publiceer ook de samenvattingen van de retrospectieve beoordelingen van projecten met ernstig "
                 "ongerief.** Alleen zo kan het publiek zien of de verwachtingen vooraf uitkwamen."),
        ("IV.", "**Ondersteun het Transparantieakkoord Dierproeven met een jaarlijkse bijdrage van 250.000 euro "
                "voor de periode 2027-2030.** Het akkoord, waarbij 41 organisaties zijn aangesloten, draait nu "
                "volledig op de contributies van de deelnemers."),
        ("V.", "**Vraag de CCD om jaarlijks te rapporteren over de gevallen waarin alternatieven een "
               "vergunningaanvraag hebben doen wijzigen.** Daarmee wordt zichtbaar wat het beginsel van "
               "vervanging, vermindering en verfijning in de praktijk oplevert."),
        ("VI.", "**Neem in de Wet op de dierproeven een meldplicht op voor incidenten met ernstig onverwacht "
                "ongerief voor de dieren.** Een centrale registratie maakt het mogelijk van incidenten te leren."),
        ("VII.", "**Vraag de NVWA om haar inspectierapporten over instellingen voor dierproeven openbaar te "
                 "maken.** Geanonimiseerde rapporten volstaan voor het doel van dit advies."),
    ]
    for lab, t in recs:
        d.item(lab, t)
    d.hd("5  Tot slot")
    d.p("Het NCad is graag bereid dit advies toe te lichten. Het comité zal in 2028 in zijn jaarverslag "
        "terugkijken op wat met dit advies is gedaan.")
    d.p("Prof. dr. Annelies Hofstede, voorzitter", "B", 9, fam="sa", after=0)
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("res")
    d.add_page()
    d.p("Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur", "B", 9.4, align="R", after=0)
    d.p("Directie Dierketens en Dierenwelzijn", "", 8.4, align="R", color=GREY, after=10)
    d.p("Nationaal Comité advies dierproevenbeleid\nt.a.v. de voorzitter, prof. dr. A. Hofstede\nPostbus 20401\n"
        "2500 EK  Den Haag", "", 9.2, align="L", after=8)
    y = d.get_y()
    for k, v in (("Datum", "16 juni 2026"), ("Kenmerk", "DGA-DDW / 26148720"),
                 ("Onderwerp", "Reactie op uw advies 'Open over dierproeven'")):
        d.set_font("sa", "", 8.6)
        d.set_text_color(*GREY)
        d.set_xy(d.lm, y)
        d.cell(26, 4.6, k)
        d.set_text_color(0)
        d.set_font("sa", "", 9.2)
        d.cell(0, 4.6, v)
        y += 5.2
    d.set_y(y + 6)
    d.p("Geachte mevrouw Hofstede,")
    d.p("Op 2 april 2026 ontving ik het ongevraagde advies van het NCad over transparantie in het "
        "dierproevenbeleid. Ik ben het comité erkentelijk voor dit heldere advies. Ik deel de opvatting dat "
        "openheid een voorwaarde is voor maatschappelijk vertrouwen in het onderzoek met dieren. In deze brief "
        "geef ik mijn reactie op uw aanbevelingen.")
    d.p("Uw aanbevelingen II en III gaan over de publicatie van de samenvattingen. De CCD bouwt op mijn verzoek "
        "een landelijke databank waarin alle niet-technische samenvattingen vanaf 1 januari 2027 binnen drie "
        "maanden na de vergunning te doorzoeken zijn, ook op diersoort en ernst van het ongerief. De "
        "samenvattingen van de retrospectieve beoordelingen ga ik niet publiceren. Zij bevatten details over "
        "afzonderlijke projecten die vaak herleidbaar zijn tot onderzoeksgroepen, en de veiligheid van die "
        "onderzoekers weegt voor mij zwaar. In de jaarcijfers neem ik wel op hoeveel projecten achteraf een "
        "hogere ernst kregen dan vooraf was ingeschat.")
    d.p("Aanbeveling VI vraagt om een wettelijke meldplicht voor incidenten. Een wetswijziging vergt ten minste "
        "drie jaar. Ik kies daarom voor een snellere weg: de CCD neemt vanaf 2027 in elke projectvergunning de "
        "standaardvoorwaarde op dat incidenten met ernstig onverwacht ongerief binnen vijf werkdagen aan de "
        "instantie voor dierenwelzijn en de CCD worden gemeld. Een meldplicht in de wet zelf voer ik op dit moment "
        "niet in.")
    d.p("Wat betreft de eerste aanbeveling: ik ben het met het NCad eens dat openbare jaarverslagen van "
        "instellingen de informatie vergelijkbaar maken. Ik zal deze verplichting opnemen in de eerstvolgende "
        "wijziging van het Dierproevenbesluit, met een model dat de instellingen samen met de CCD opstellen.")
    d.p("De zevende aanbeveling betreft de inspectierapporten van de NVWA. De NVWA beslist als toezichthouder "
        "zelf over de openbaarmaking van haar rapporten, binnen de kaders van de Wet open overheid. Ik heb uw "
        "advies onder de aandacht gebracht van de inspecteur-generaal, die mij heeft laten weten het te "
        "betrekken bij de herziening van het openbaarmakingsbeleid in 2027.")
    d.p("Advies V neem ik over. De CCD zal in haar jaarverslag over 2026 voor het eerst rapporteren over "
        "aanvragen die na toetsing op alternatieven zijn aangepast of ingetrokken.")
    d.p("Tot slot informeer ik u graag over de voortgang van het Nationaal Plan proefdiervrije innovatie. In 2026 "
        "zijn zes nieuwe publiek-private samenwerkingen gestart, en het budget voor validatie van proefdiervrije "
        "methoden is verhoogd tot 9 miljoen euro.")
    d.p("Ik zie uit naar de voortzetting van onze samenwerking.")
    d.p("Met vriendelijke groet,", after=10)
    d.p("de minister van Landbouw, Visserij, Voedselzekerheid en Natuur,", after=0)
    d.p("mr. R.A. van Dongen-Smit", "B", after=0)
    d.output(B.out(NAME + "_response.pdf"))


def expected():
    B.write_expected(NAME, [
        ("I", "Verplicht iedere instellingsvergunninghouder om jaarlijks een openbaar verslag te publiceren",
         "Ik zal deze verplichting opnemen in de eerstvolgende wijziging", "agrees"),
        ("II", "Maak de niet-technische samenvattingen binnen drie maanden na de vergunning",
         "De CCD bouwt op mijn verzoek een landelijke databank", "agrees"),
        ("III", "Publiceer ook de samenvattingen van de retrospectieve beoordelingen van projecten",
         "De samenvattingen van de retrospectieve beoordelingen ga ik niet publiceren", "disagrees"),
        ("IV", "Ondersteun het Transparantieakkoord Dierproeven met een jaarlijkse bijdrage van 250.000 euro",
         None, "unanswered"),
        ("V", "Vraag de CCD om jaarlijks te rapporteren over de gevallen waarin",
         "Advies V neem ik over", "agrees"),
        ("VI", "Neem in de Wet op de dierproeven een meldplicht op voor",
         "Een meldplicht in de wet zelf voer ik op dit moment", "partly"),
        ("VII", "Vraag de NVWA om haar inspectierapporten over instellingen voor dierproeven",
         "Ik heb uw advies onder de aandacht gebracht van de inspecteur-generaal", "noted"),
    ], ["Ik deel de opvatting dat openheid een voorwaarde is",
        "In 2026 zijn zes nieuwe publiek-private samenwerkingen gestart",
        "Ik zie uit naar de voortzetting van onze samenwerking"],
        "ADVIES of the NCad (Nationaal Comité advies dierproevenbeleid; the advice, its figures, people and the "
        "quoted 2016 advice are invented; richtlijn 2010/63/EU, the Wet op de dierproeven, the Dierproevenbesluit, "
        "the CCD, the NVWA and the Wet open overheid are real, what is said of them is not to be relied on). The "
        "seven recommendations stand under 4 Advies with ROMAN numerals 'I.'-'VII.' in a hanging margin column; "
        "each is a BOLD imperative sentence followed by a plain explanatory one; numbers are the numerals. Not "
        "recommendations: the Samenvatting ('bepleit', 'vraagt ... aandacht'), the quoted article 43 ('moeten ... "
        "bekendmaken'), the numbered 'Uitgangspunten' 1.-4. ('moet worden gemotiveerd', 'moet begrijpelijk "
        "zijn'), Table 1, the statutory duties ('moet ... registreren', 'moet de CCD ... openbaar maken'), the "
        "NGOs' view ('zou ... moeten publiceren'), the 2016 advice quoted as an imperative ('Breng alle openbare "
        "informatie ... samen'), 5 Tot slot. Response: LETTER of the minister of LVVN to the NCad's chair, no "
        "headings; paragraphs name the recommendations in mixed ways, order II+III, VI, I, VII, V: ONE paragraph "
        "'Uw aanbevelingen II en III': II agrees (databank, three months, from 2027) + III disagrees ('ga ik niet "
        "publiceren', only a count in the yearly figures); VI partly (standard permit condition instead of a "
        "statutory duty, 'voer ik op dit moment niet in'); I agrees ('de eerste aanbeveling', 'ben het ... eens', "
        "Dierproevenbesluit); VII noted ('De zevende aanbeveling', NVWA decides itself, passed on to the "
        "inspecteur-generaal); V agrees ('Advies V neem ik over'). IV (250,000 euro for the Transparantieakkoord) "
        "UNANSWERED. The introduction, the paragraph on the Nationaal Plan proefdiervrije innovatie ('Tot slot "
        "informeer ik u', budget 9 million) and the closing answer nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)
