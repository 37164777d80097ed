"""Round 57 (nl): an ADVIES of the LANDELIJK ORGAAN WETENSCHAPPELIJKE INTEGRITEIT (LOWI) on a request about the
initial judgment (aanvankelijk oordeel) of an (invented) university's College van Bestuur on an integrity
complaint, answered by the College's DEFINITIEF OORDEEL (the final decision the board takes after the LOWI advice,
in which it says whether and where it follows the advice).

Advice: LOWI letterhead, 'ADVIES' title with case number and a parties block, 1 Verloop van de procedure (dates),
2 De klacht (complaint parts numbered 1-3, not recommendations), 3 Het aanvankelijk oordeel (the CWI's earlier
advice quoted: 'adviseerde het College ...', a trap), 4 Het verzoek, 5 Overwegingen (the norms of the Nederlandse
gedragscode wetenschappelijke integriteit paraphrased with 'moeten', findings 'had ... moeten'), a small table of
the overlapping passages, 6 Advies: 'Het LOWI adviseert het College van Bestuur:' lettered a.-d. (decision
points), 7 Aanbevelingen: 'Het LOWI beveelt het College daarnaast aan:' continuing e.-g. (procedure), then the
duty of the College to take a final judgment (Klachtenregeling) - a legal duty, not a recommendation.
Response: the Definitief oordeel: letterhead, addressees, 'Het College van Bestuur,' 1 Procedure, 2 Overwegingen
per complaint part and per theme in another order (b, a+c in one paragraph: follows a, deviates from c; d partly;
g agrees; e noted), f (decision term) unanswered, a paragraph on publication and one on the respondent's request
for anonymity that answer nothing, then 3 Besluit with articles. Engine: fpdf2 (DejaVu, no text shaping, so no
ligatures).

Run: /tmp/blind57nl/bin/python tests/docs/src/blind57/gen_nl_lowi_fpdf2.py"""
import os
import sys

from fpdf import FPDF

sys.path.insert(0, os.path.dirname(__file__))
import _b57nl as B  # noqa: E402

NAME = "blind57_nl_lowi"
DV = "/usr/share/fonts/truetype/dejavu/"
NAVY = (24, 46, 92)
GREY = (95, 95, 95)
RED = (150, 30, 40)


class Doc(FPDF):
    def __init__(self, kind):
        super().__init__(format="A4")
        self.kind = kind
        for stl, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                       ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("sa", stl, DV + f)
        for stl, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf"),
                       ("BI", "DejaVuSerif-BoldItalic.ttf")):
            self.add_font("se", stl, DV + f)
        self.fam = "se" if kind == "adv" else "sa"
        self.lm = 28 if kind == "adv" else 24
        self.tw = 210 - 2 * self.lm
        self.set_margins(self.lm, 24, self.lm)
        self.set_auto_page_break(True, 22)
        self.alias_nb_pages()

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("sa", "", 7.2)
        self.set_text_color(*GREY)
        self.set_y(12)
        if self.kind == "adv":
            self.cell(0, 4, "LOWI advies 2026-11", align="L")
            self.set_x(self.lm)
            self.cell(0, 4, "Universiteit van Zuidwaard", align="R", new_x="LMARGIN", new_y="NEXT")
        else:
            self.cell(0, 4, "Universiteit van Zuidwaard  -  College van Bestuur  -  Definitief oordeel CWI-2025-07",
                      new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0)
        self.set_y(24)

    def footer(self):
        self.set_y(-15)
        self.set_font("sa", "", 7.2)
        self.set_text_color(*GREY)
        if self.kind == "adv":
            self.cell(0, 4, f"- {self.page_no()} -", align="C")
        else:
            self.cell(self.tw / 2, 4, "Vertrouwelijk")
            self.cell(self.tw / 2, 4, f"Pagina {self.page_no()} van {{nb}}", align="R")
        self.set_text_color(0)

    def p(self, t, stl="", size=9.6, indent=0, h=5.0, align="J", after=2.4, color=None, fam=None):
        self.set_font(fam or self.fam, stl, size)
        if color:
            self.set_text_color(*color)
        self.set_x(self.lm + indent)
        self.multi_cell(self.tw - indent, h, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=True)
        self.set_text_color(0)
        self.ln(after)

    def hd(self, t, size=10.6, color=NAVY, before=3):
        self.ln(before)
        if self.get_y() + 22 > self.page_break_trigger:
            self.add_page()
        self.p(t, "B", size, align="L", color=color, after=1.2, fam="sa")

    def item(self, lab, t, lw=8, size=9.6, h=5.0, after=1.8, stl=""):
        if self.get_y() + 12 > self.page_break_trigger:
            self.add_page()
        y = self.get_y()
        self.set_font(self.fam, stl, size)
        self.set_xy(self.lm, y)
        self.cell(lw, h, lab)
        self.set_xy(self.lm + lw, y)
        self.multi_cell(self.tw - lw, h, t, new_x="LMARGIN", new_y="NEXT", align="J", markdown=True)
        self.ln(after)


def advice():
    d = Doc("adv")
    d.add_page()
    d.set_fill_color(*NAVY)
    d.rect(28, 16, 154, 1.2, "F")
    d.set_xy(28, 19)
    d.set_font("sa", "B", 13)
    d.set_text_color(*NAVY)
    d.cell(0, 6, "LOWI", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "", 7.8)
    d.set_text_color(*GREY)
    d.cell(0, 4, "Landelijk Orgaan Wetenschappelijke Integriteit  |  Amsterdam", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(10)
    d.set_font("sa", "B", 15)
    d.cell(0, 7, "ADVIES", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "", 9.5)
    d.cell(0, 5, "LOWI 2026-11, uitgebracht op 3 juni 2026", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    for k, v in (("inzake", "het verzoek van dr. A.M. (Anouk) Terpstra, hierna: verzoekster,"),
                 ("betreffende", "het aanvankelijk oordeel van het College van Bestuur van de Universiteit van "
                                 "Zuidwaard van 14 januari 2026 op haar klacht tegen"),
                 ("", "prof. dr. H.J. (Hendrik) Coolsma, hierna: beklaagde.")):
        d.set_font("sa", "B", 8.8)
        d.cell(24, 4.8, k)
        d.set_font("sa", "", 8.8)
        d.multi_cell(130, 4.8, v, new_x="LMARGIN", new_y="NEXT", align="L")
    d.ln(3)

    d.hd("1  Verloop van de procedure")
    d.p("Verzoekster diende op 2 april 2025 een klacht in bij de vertrouwenspersoon wetenschappelijke integriteit van "
        "de Universiteit van Zuidwaard (hierna: de universiteit). De Commissie Wetenschappelijke Integriteit van de "
        "universiteit (hierna: de CWI) bracht op 18 november 2025 advies uit. Het College van Bestuur (hierna: het "
        "College) nam op 14 januari 2026 een aanvankelijk oordeel. Verzoekster heeft het LOWI op 20 februari 2026 "
        "verzocht om advies. Het LOWI heeft partijen op 12 mei 2026 gehoord; beklaagde werd bijgestaan door zijn "
        "advocaat, mr. R. Baaijens.")

    d.hd("2  De klacht")
    d.p("De klacht heeft betrekking op het artikel 'Sediment transport in managed realignment sites' (2023), waarvan "
        "beklaagde eerste auteur is, en bestaat uit drie onderdelen:")
    for n, t in (("1.", "beklaagde heeft verzoekster ten onrechte niet als co-auteur vermeld, hoewel zij de "
                        "veldmetingen in 2021 heeft uitgevoerd;"),
                 ("2.", "beklaagde heeft in paragraaf 2 van het artikel passages uit het proefschrift van verzoekster "
                        "(2020) overgenomen zonder bronvermelding;"),
                 ("3.", "beklaagde heeft de ruwe meetgegevens na haar vertrek niet beschikbaar gesteld.")):
        d.item(n, t, lw=7)

    d.hd("3  Het aanvankelijk oordeel")
    d.p("De CWI adviseerde het College de klacht op alle drie de onderdelen ongegrond te verklaren. Zij overwoog dat de "
        "overeenkomsten in paragraaf 2 'gangbare formuleringen in het vakgebied' betreffen. Het College heeft dit "
        "advies in zijn aanvankelijk oordeel integraal overgenomen.")

    d.hd("4  Het verzoek")
    d.p("Verzoekster kan zich met het aanvankelijk oordeel niet verenigen voor zover het de onderdelen 1 en 2 betreft. "
        "Klachtonderdeel 3 ligt niet meer voor: de gegevens zijn inmiddels via het datarepository van de faculteit "
        "beschikbaar.")

    d.hd("5  Overwegingen van het LOWI")
    d.p("**Klachtonderdeel 1 (auteurschap).** Volgens de Nederlandse gedragscode wetenschappelijke integriteit (2018) "
        "moeten als auteur worden vermeld degenen die een wezenlijke bijdrage hebben geleverd aan de opzet, de "
        "uitvoering of de interpretatie van het onderzoek. Uit de stukken blijkt dat verzoekster de metingen heeft "
        "verricht volgens een protocol dat beklaagde had opgesteld, en dat zij in de dankbetuiging is genoemd. Het "
        "LOWI acht dat geen wezenlijke bijdrage in de zin van de Gedragscode en komt tot hetzelfde oordeel als het "
        "College.")
    d.p("**Klachtonderdeel 2 (overname van tekst).** Het LOWI heeft de beide teksten laten vergelijken. Tabel 1 geeft "
        "de uitkomst.")
    # small table
    d.set_font("sa", "B", 8.2)
    d.set_fill_color(225, 230, 240)
    cols = (44, 40, 40, 30)
    for w, t in zip(cols, ("Passage in het artikel", "Bron (proefschrift)", "Overeenkomst", "Bronvermelding")):
        d.cell(w, 6, t, border=1, fill=True)
    d.ln(6)
    d.set_font("sa", "", 8.2)
    for row in (("2.1, alinea 2 (112 woorden)", "3.2, p. 41", "vrijwel letterlijk", "nee"),
                ("2.2, alinea 1 (86 woorden)", "3.4, p. 47", "vrijwel letterlijk", "nee"),
                ("2.3, alinea 3 (40 woorden)", "5.1, p. 88", "geparafraseerd", "ja")):
        for w, t in zip(cols, row):
            d.cell(w, 5.4, t, border=1)
        d.ln(5.4)
    d.ln(3)
    d.p("Het LOWI volgt de CWI niet in haar oordeel dat het om gangbare formuleringen gaat. Het gaat om bijna tweehonderd "
        "woorden die in samenhang vrijwel letterlijk zijn overgenomen. Beklaagde had de bron moeten vermelden. Wel "
        "weegt het LOWI mee dat de passages de beschrijving van het studiegebied betreffen en niet de kern van de "
        "bevindingen, en dat beklaagde promotor van verzoekster was.")
    d.p("**Procedure.** Het LOWI stelt vast dat de CWI partijen niet heeft gehoord, maar alleen schriftelijk heeft "
        "bevraagd, en dat het aanvankelijk oordeel ruim tien weken na het advies van de CWI is genomen. De "
        "Klachtenregeling van de universiteit schrijft een termijn van zes weken voor.")

    d.hd("6  Advies")
    d.p("Gelet op het voorgaande adviseert het LOWI het College van Bestuur:")
    for n, t in (("a.", "het aanvankelijk oordeel te handhaven voor zover klachtonderdeel 1 daarin ongegrond is "
                        "verklaard;"),
                 ("b.", "het aanvankelijk oordeel te herzien voor zover klachtonderdeel 2 daarin ongegrond is verklaard, "
                        "en dit klachtonderdeel alsnog gegrond te verklaren;"),
                 ("c.", "daarbij vast te stellen dat de gegrondverklaring van klachtonderdeel 2 geen schending van de "
                        "wetenschappelijke integriteit oplevert, maar een niet-integere onderzoekspraktijk van geringe "
                        "ernst;"),
                 ("d.", "beklaagde op te dragen bij het tijdschrift een correctie in te dienen waarin het proefschrift "
                        "van verzoekster als bron wordt vermeld, en de versie van het artikel in de universitaire "
                        "repository van een notitie over deze correctie te voorzien.")):
        d.item(n, t, lw=7)

    d.hd("7  Aanbevelingen")
    d.p("Het LOWI beveelt het College daarnaast aan:")
    for n, t in (("e.", "de CWI te vragen partijen in klachtzaken in beginsel mondeling te horen, in elk geval wanneer "
                        "de feiten tussen hen in geschil zijn;"),
                 ("f.", "ervoor te zorgen dat het aanvankelijk oordeel voortaan binnen de termijn van de "
                        "Klachtenregeling wordt genomen, en partijen tijdig te informeren wanneer die termijn niet kan "
                        "worden gehaald;"),
                 ("g.", "in de promotieregeling op te nemen dat promotoren bij publicaties die voortbouwen op een "
                        "proefschrift met de promovendus afspraken maken over auteurschap en bronvermelding.")):
        d.item(n, t, lw=7)
    d.p("Het College is op grond van artikel 8 van de Klachtenregeling verplicht binnen zes weken na ontvangst van dit "
        "advies een definitief oordeel te nemen, en moet daarbij gemotiveerd aangeven waarom het eventueel van dit "
        "advies afwijkt. Het LOWI publiceert dit advies geanonimiseerd op zijn website.", size=9.2)
    d.ln(4)
    d.p("Aldus vastgesteld door prof. mr. C.E. van Dalfsen-Rijke (voorzitter), prof. dr. T. Okkema en dr. J.P. "
        "Wesseling (leden), bijgestaan door mr. S. Dibbets (secretaris).", stl="I", size=8.8)
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("res")
    d.add_page()
    d.set_fill_color(*RED)
    d.rect(24, 15, 14, 14, "F")
    d.set_xy(41, 15.5)
    d.set_font("sa", "B", 12)
    d.cell(0, 6, "Universiteit van Zuidwaard", new_x="LMARGIN", new_y="NEXT")
    d.set_x(41)
    d.set_font("sa", "", 8)
    d.set_text_color(*GREY)
    d.cell(0, 4, "College van Bestuur", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(10)
    for k, v in (("Aan", "dr. A.M. Terpstra en prof. dr. H.J. Coolsma (beiden per aangetekende post)"),
                 ("Afschrift", "Landelijk Orgaan Wetenschappelijke Integriteit; Commissie Wetenschappelijke Integriteit"),
                 ("Datum", "9 juli 2026"), ("Kenmerk", "CvB/2026/1187"),
                 ("Onderwerp", "Definitief oordeel klacht CWI-2025-07")):
        d.set_font("sa", "B", 8.6)
        d.cell(26, 4.8, k)
        d.set_font("sa", "", 8.6)
        d.multi_cell(136, 4.8, v, new_x="LMARGIN", new_y="NEXT", align="L")
    d.ln(6)
    d.set_font("sa", "B", 13)
    d.cell(0, 7, "DEFINITIEF OORDEEL", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.p("Het College van Bestuur van de Universiteit van Zuidwaard,", stl="I")

    d.hd("1  Procedure", color=RED)
    d.p("Bij aanvankelijk oordeel van 14 januari 2026 heeft het College de klacht van dr. Terpstra (hierna: klaagster) "
        "tegen prof. Coolsma (hierna: beklaagde) ongegrond verklaard. Op verzoek van klaagster heeft het LOWI op 3 juni "
        "2026 advies uitgebracht. Het College heeft beide partijen in de gelegenheid gesteld op het advies te "
        "reageren; beklaagde heeft dat bij brief van 22 juni 2026 gedaan, klaagster heeft afgezien van een reactie.")

    d.hd("2  Overwegingen", color=RED)
    d.p("**2.1  Auteurschap.** Het College ziet in het advies geen aanleiding om anders te oordelen over "
        "klachtonderdeel 1. Het blijft bij zijn aanvankelijk oordeel dat dit onderdeel ongegrond is; het LOWI komt "
        "langs dezelfde weg tot die conclusie.")
    d.p("**2.2  Overname van tekst.** Het College sluit zich aan bij de vergelijking die het LOWI heeft laten maken en "
        "verklaart klachtonderdeel 2 alsnog gegrond. Het College wijkt echter af van het advies voor zover het LOWI "
        "deze gedraging kwalificeert als een niet-integere onderzoekspraktijk van geringe ernst. Bijna tweehonderd "
        "woorden zonder bronvermelding overnemen uit het proefschrift van een eigen promovendus is naar het oordeel van "
        "het College plagiaat, en daarmee een schending van de wetenschappelijke integriteit. Dat de passages het "
        "studiegebied beschrijven, maakt dat niet anders.")
    d.p("**2.3  Maatregelen.** Beklaagde wordt opgedragen binnen twee maanden bij het tijdschrift een correctie in te "
        "dienen waarin de herkomst van de passages wordt vermeld. Een aparte notitie bij de versie in de "
        "repository vindt het College niet nodig: de repository neemt de gecorrigeerde versie van het tijdschrift "
        "automatisch over. Beklaagde heeft laten weten de correctie al te hebben voorbereid.")
    d.p("**2.4  Promotiebegeleiding.** Het College heeft het College voor Promoties gevraagd in de promotieregeling "
        "vast te leggen dat promotor en promovendus schriftelijke afspraken maken over auteurschap en bronvermelding "
        "bij publicaties die op het proefschrift voortbouwen. De gewijzigde regeling treedt op 1 januari 2027 in "
        "werking.")
    d.p("**2.5  Werkwijze van de CWI.** De opmerkingen van het LOWI over het horen van partijen heeft het College "
        "doorgestuurd aan de CWI. De CWI is onafhankelijk in haar werkwijze; zij zal deze opmerkingen betrekken bij "
        "de evaluatie van haar reglement die voor het voorjaar van 2027 is gepland.")
    d.p("**2.6  Verzoek van beklaagde.** Beklaagde heeft het College gevraagd de uitkomst niet binnen de faculteit "
        "bekend te maken. Het College deelt de uitkomst alleen met de decaan, die als werkgever een eigen "
        "verantwoordelijkheid heeft. Over eventuele arbeidsrechtelijke gevolgen beslist het College afzonderlijk.")
    d.p("**2.7  Openbaarmaking.** Het College publiceert een geanonimiseerde samenvatting van dit oordeel in het "
        "jaarverslag wetenschappelijke integriteit over 2026.")

    d.hd("3  Besluit", color=RED)
    d.p("Het College van Bestuur besluit:")
    for n, t in (("I.", "klachtonderdeel 1 is ongegrond;"),
                 ("II.", "klachtonderdeel 2 is gegrond; de gedraging is een schending van de wetenschappelijke "
                         "integriteit;"),
                 ("III.", "beklaagde dient binnen twee maanden na dagtekening een correctie bij het tijdschrift in;"),
                 ("IV.", "klachtonderdeel 3 behoeft geen bespreking meer.")):
        d.item(n, t, lw=10)
    d.ln(3)
    d.p("Tegen dit definitief oordeel kan geen bezwaar worden gemaakt bij het LOWI. Het College van Bestuur,", size=9)
    d.ln(6)
    d.p("prof. dr. E.M. Hazelhoff-Brink, rector magnificus", size=9, after=0.5)
    d.p("drs. K. Oudejans, voorzitter", size=9)
    d.output(B.out(NAME + "_response.pdf"))


def expected():
    B.write_expected(NAME, [
        ("a", "het aanvankelijk oordeel te handhaven voor zover klachtonderdeel 1 daarin",
         "Het blijft bij zijn aanvankelijk oordeel dat dit onderdeel ongegrond", "agrees"),
        ("b", "het aanvankelijk oordeel te herzien voor zover klachtonderdeel 2 daarin",
         "verklaart klachtonderdeel 2 alsnog gegrond", "agrees"),
        ("c", "daarbij vast te stellen dat de gegrondverklaring van klachtonderdeel 2 geen",
         "Het College wijkt echter af van het advies", "disagrees"),
        ("d", "beklaagde op te dragen bij het tijdschrift een correctie in te",
         "Een aparte notitie bij de versie in de repository", "partly"),
        ("e", "de CWI te vragen partijen in klachtzaken in beginsel mondeling te",
         "zal deze opmerkingen betrekken bij de evaluatie van haar reglement", "noted"),
        ("f", "ervoor te zorgen dat het aanvankelijk oordeel voortaan binnen de termijn",
         None, "unanswered"),
        ("g", "in de promotieregeling op te nemen dat promotoren bij publicaties die",
         "De gewijzigde regeling treedt op 1 januari 2027 in werking", "agrees"),
    ], ["klaagster heeft afgezien van een reactie",
        "Het College deelt de uitkomst alleen met de decaan",
        "publiceert een geanonimiseerde samenvatting van dit oordeel"],
        "LOWI advice (Landelijk Orgaan Wetenschappelijke Integriteit; advice LOWI 2026-11, the university, parties "
        "and members invented) on a request against the initial judgment of the (invented) Universiteit van "
        "Zuidwaard on a complaint about authorship and copied text. The seven recommendations are the lettered "
        "decision points a.-d. under '6 Advies' ('Gelet op het voorgaande adviseert het LOWI het College van "
        "Bestuur:') and the lettered e.-g. continuing under '7 Aanbevelingen' ('Het LOWI beveelt het College "
        "daarnaast aan:'), all infinitive clauses; numbers are the letters. Not recommendations: the complaint "
        "parts 1.-3. (hanging numbers), the CWI's earlier advice ('adviseerde het College de klacht ... ongegrond te "
        "verklaren'), the Gedragscode norm paraphrased with 'moeten als auteur worden vermeld', the finding 'Beklaagde "
        "had de bron moeten vermelden', the table of passages, the Klachtenregeling's six-week term and the "
        "closing duty 'verplicht ... een definitief oordeel te nemen, en moet daarbij ...'. Response: the "
        "College's DEFINITIEF OORDEEL, 'Overwegingen' 2.1-2.7 with bold run-in titles and no letters: 2.1 a agrees "
        "(keeps its judgment on part 1); 2.2 ONE paragraph b agrees (part 2 'alsnog gegrond') + c disagrees ('wijkt "
        "echter af van het advies': plagiarism, a breach of integrity); 2.3 d partly (correction within two months "
        "yes, repository note not needed); 2.4 g agrees (promotieregeling amended from 1 January 2027); 2.5 e noted "
        "(passed to the independent CWI for its 2027 evaluation); f (deciding within the term) UNANSWERED. The "
        "procedure paragraph, 2.6 (the respondent's request not to disclose), 2.7 (publication in the annual "
        "report) and the Besluit articles I.-IV. answer no recommendation of their own (the Besluit repeats 2.1-2.3 "
        "in short form).")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)
