"""Round 56 (nl): a PRIMAIRE BEOORDELING of an (invented) MEDISCH-ETHISCHE TOETSINGSCOMMISSIE (METC) on a
WMO research dossier (home-based intravenous antibiotics for children), answered by the investigator's
BEANTWOORDING PRIMAIRE BEOORDELING (the rebuttal letter that goes back with the revised documents).

Advice: letter with METC letterhead, Datum/Ons kenmerk/Betreft block, a table of the submitted documents with
their ABR codes (A1, B1, C1, E1, E2, F1, H1, K1), the 'Besluit' (oordeel aangehouden; WMO article 2), an
'Algemene beschouwing' with legal duties ('moet', art. 4 WMO), the committee's own earlier remark on the pilot
quoted as an imperative, 'Vragen ter verduidelijking' lettered a.-c. (questions, not recommendations), then
'Opmerkingen' numbered 1.-8. straight through three sub-headings per document (Protocol (C1), Informatie en
toestemming (E1, E2, F1), Overig) - the eight recommendations - and a 'Ter informatie' dash list of legal duties.
Response: the investigator's letter with an introduction, answers to the questions a.-c., headings per document
in another order (E-documents first), bold 'Opmerking N' lines with 'Reactie:' paragraphs, 'Opmerkingen 5 en 6'
in one paragraph with two verdicts, remark 7 (insurance) not answered, a change of research team and a list of
revised documents that answer nothing. Engine: fpdf2 (DejaVu, no text shaping, so no ligatures).

Run: /tmp/blind56nl/bin/python tests/docs/src/blind56/gen_nl_metc_fpdf2.py"""
import os
import sys

from fpdf import FPDF

sys.path.insert(0, os.path.dirname(__file__))
import _b56nl as B  # noqa: E402

NAME = "blind56_nl_metc"
DV = "/usr/share/fonts/truetype/dejavu/"
TEAL = (0, 95, 105)
GREY = (90, 90, 90)
WINE = (120, 30, 60)


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
        self.fam = "sa" if kind == "adv" else "se"
        self.set_margins(25, 22, 25)
        self.set_auto_page_break(True, 22)
        self.alias_nb_pages()

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("sa", "", 7.2)
        self.set_text_color(*GREY)
        self.set_y(11)
        if self.kind == "adv":
            self.cell(0, 4, "METC Regio Oostland  |  ons kenmerk METC-O 26/118  |  NL-OOST-2026-0412",
                      new_x="LMARGIN", new_y="NEXT")
        else:
            self.cell(0, 4, "THUIS-KIND  -  Beantwoording primaire beoordeling METC-O 26/118",
                      new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0)
        self.set_y(22)

    def footer(self):
        self.set_y(-14)
        self.set_font("sa", "", 7.2)
        self.set_text_color(*GREY)
        if self.kind == "adv":
            self.cell(0, 4, f"Pagina {self.page_no()} van {{nb}}", align="R")
        else:
            self.cell(80, 4, "Ziekenhuis De Lindenhof - afdeling Kindergeneeskunde")
            self.cell(80, 4, f"{self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0)

    def p(self, t, stl="", size=9.3, indent=0, h=4.8, align="J", after=2.2, color=None, fam=None):
        self.set_font(fam or self.fam, stl, size)
        if color:
            self.set_text_color(*color)
        self.set_x(25 + indent)
        self.multi_cell(160 - indent, h, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=True)
        self.set_text_color(0)
        self.ln(after)

    def hd(self, t, size=10.5, color=TEAL, before=2.5):
        self.ln(before)
        if self.get_y() + 22 > self.page_break_trigger:
            self.add_page()
        self.p(t, "B", size, align="L", color=color, after=1.4, fam="sa")

    def item(self, lab, t, lw=8, size=9.3, h=4.8, after=1.8):
        """Hanging number, text beside it."""
        if self.get_y() + 12 > self.page_break_trigger:
            self.add_page()
        y = self.get_y()
        self.set_font(self.fam, "", size)
        self.set_xy(25, y)
        self.cell(lw, h, lab)
        self.set_xy(25 + lw, y)
        self.multi_cell(160 - lw, h, t, new_x="LMARGIN", new_y="NEXT", align="J", markdown=True)
        self.ln(after)


def letterhead(d, title, lines):
    d.set_fill_color(*TEAL)
    d.rect(25, 16, 4, 18, "F")
    d.set_xy(32, 16)
    d.set_font("sa", "B", 12.5)
    d.set_text_color(*TEAL)
    d.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "", 7.6)
    d.set_text_color(*GREY)
    for ln in lines:
        d.set_x(32)
        d.cell(0, 3.8, ln, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(8)


def meta(d, rows, lw=30):
    for k, v in rows:
        d.set_font("sa", "B", 8.4)
        d.set_text_color(*GREY)
        d.cell(lw, 4.6, k)
        d.set_text_color(0)
        d.set_font("sa", "", 8.4)
        d.multi_cell(160 - lw, 4.6, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)


def advice():
    d = Doc("adv")
    d.add_page()
    letterhead(d, "Medisch-ethische Toetsingscommissie Regio Oostland",
               ["Erkend door de CCMO  |  Postbus 2317, 7400 CH Zwolhaven  |  secretariaat@metc-oostland.nl"])
    d.set_font("sa", "", 9)
    for ln in ("Ziekenhuis De Lindenhof", "T.a.v. dr. M.A. Verbeek, hoofdonderzoeker", "Afdeling Kindergeneeskunde",
               "Postbus 901", "7411 AB Zwolhaven"):
        d.cell(0, 4.4, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(7)
    meta(d, [("Datum", "14 april 2026"), ("Ons kenmerk", "METC-O 26/118"),
             ("Dossier", "NL-OOST-2026-0412 (ToetsingOnline)"),
             ("Betreft", "Primaire beoordeling van het onderzoek 'Thuis starten met intraveneuze antibiotica bij "
                         "kinderen met een gecompliceerde urineweginfectie' (THUIS-KIND)")])
    d.p("Geachte dr. Verbeek,", align="L")
    d.p("De Medisch-ethische Toetsingscommissie Regio Oostland heeft het bovengenoemde onderzoek besproken in haar "
        "plenaire vergadering van 8 april 2026. U was bij de bespreking aanwezig om vragen van de commissie te "
        "beantwoorden. De commissie heeft de volgende documenten beoordeeld.")
    rows = [("Code", "Document", "Versie", "Datum"),
            ("A1", "Aanbiedingsbrief", "-", "2 maart 2026"),
            ("B1", "ABR-formulier", "1", "2 maart 2026"),
            ("C1", "Onderzoeksprotocol", "1.0", "26 februari 2026"),
            ("E1", "Informatiebrief voor ouders", "1.0", "26 februari 2026"),
            ("E2", "Informatiebrief voor kinderen van 12 tot 16 jaar", "1.0", "26 februari 2026"),
            ("F1", "Toestemmingsformulier ouders en kind", "1.0", "26 februari 2026"),
            ("H1", "Verzekeringscertificaat", "-", "19 januari 2026"),
            ("K1", "CV hoofdonderzoeker", "-", "12 januari 2026")]
    cols = (14, 92, 18, 36)
    d.set_font("sa", "B", 8.2)
    d.set_fill_color(*TEAL)
    d.set_text_color(255)
    for w, t in zip(cols, rows[0]):
        d.cell(w, 5.4, " " + t, fill=True)
    d.ln()
    d.set_text_color(0)
    d.set_font("sa", "", 8.2)
    d.set_draw_color(180)
    for r in rows[1:]:
        for w, t in zip(cols, r):
            d.cell(w, 5.0, " " + t, border="B")
        d.ln()
    d.ln(4)
    d.hd("Besluit")
    d.p("De commissie kan nog geen positief oordeel geven. Zij houdt haar oordeel aan totdat u de vragen en "
        "opmerkingen in deze brief naar tevredenheid hebt beantwoord. Op grond van artikel 2 van de Wet "
        "medisch-wetenschappelijk onderzoek met mensen (WMO) mag het onderzoek niet starten zolang er geen "
        "positief oordeel is. U ontvangt binnen acht weken na ontvangst van uw volledige beantwoording een besluit; "
        "die termijn is opgeschort zolang de beantwoording uitblijft.")
    d.hd("Algemene beschouwing")
    d.p("De commissie vindt de onderzoeksvraag relevant. Kinderen met een gecompliceerde urineweginfectie liggen nu "
        "gemiddeld zes dagen in het ziekenhuis, terwijl een deel van hen na twee dagen thuis verder behandeld zou "
        "kunnen worden. Omdat het onderzoek minderjarigen betreft, gelden de aanvullende eisen van artikel 4 WMO: "
        "het onderzoek moet ook de deelnemende kinderen zelf tot voordeel kunnen strekken en de risico's en de "
        "belasting moeten in verhouding staan tot dat voordeel. De commissie is van oordeel dat aan die eisen in "
        "beginsel kan worden voldaan.")
    d.p("Wel is de commissie er nog niet van overtuigd dat de belasting voor het kind zo laag mogelijk is gehouden. "
        "In haar oordeel over uw pilotonderzoek (METC-O 23/057) schreef de commissie al:")
    d.p("'Beperk de belasting van het kind tot wat voor de beantwoording van de onderzoeksvraag strikt nodig is.'",
        "I", indent=10, color=GREY)
    d.p("Dat uitgangspunt geldt onverkort voor dit vervolgonderzoek. Het protocol zou daarnaast duidelijker moeten "
        "maken wie de thuisbehandeling medisch verantwoordt: het ziekenhuis of de thuiszorgorganisatie.")
    d.hd("Vragen ter verduidelijking")
    d.p("De commissie ontvangt graag een antwoord op de volgende vragen. Een aanpassing van de documenten is daarvoor "
        "niet nodig.")
    for lab, t in (("a.", "Hoe worden kinderen geworven die via de huisartsenpost binnenkomen en niet via de "
                          "spoedeisende hulp?"),
                   ("b.", "Wat gebeurt er met de restanten van het bloed dat voor de zorg is afgenomen?"),
                   ("c.", "Waarom is gekozen voor een leeftijdsgrens van drie maanden?")):
        d.item(lab, t)
    d.hd("Opmerkingen")
    d.p("Bij de volgende opmerkingen vraagt de commissie u de documenten aan te passen of een toelichting te geven.")
    d.hd("Protocol (C1)", 9.6, color=WINE, before=1)
    d.item("1.", "Beperk de primaire uitkomstmaat tot behandelfalen binnen dertig dagen na de start van de "
                 "behandeling en benoem de secundaire uitkomstmaten in het protocol uitdrukkelijk als verkennend.")
    d.item("2.", "Neem in het protocol een stopregel op en laat een onafhankelijke Data Safety Monitoring Board de "
                 "veiligheidsgegevens beoordelen nadat de eerste veertig kinderen zijn geïncludeerd.")
    d.item("3.", "Beperk het aantal extra bloedafnames voor het onderzoek tot ten hoogste twee per kind en combineer "
                 "deze zo veel mogelijk met afnames die voor de zorg toch al nodig zijn.")
    d.hd("Informatie en toestemming (E1, E2, F1)", 9.6, color=WINE, before=1)
    d.item("4.", "Herschrijf de informatiebrief voor kinderen van 12 tot 16 jaar op taalniveau B1 en laat de nieuwe "
                 "tekst beoordelen door een panel van jongeren uit die leeftijdsgroep.")
    d.item("5.", "Vermeld in de informatiebrief voor ouders dat zij tijdens de thuisbehandeling dag en nacht een vast "
                 "telefoonnummer van de kinderafdeling kunnen bellen.")
    d.item("6.", "Bied de ouders een vergoeding aan voor de reiskosten en parkeerkosten van de drie extra "
                 "controlebezoeken die het onderzoek met zich meebrengt.")
    d.hd("Overig", 9.6, color=WINE, before=1)
    d.item("7.", "Laat de verrichter bevestigen dat de proefpersonenverzekering ook de thuisfase van de behandeling "
                 "dekt en leg een aangepast verzekeringscertificaat over.")
    d.item("8.", "Overweeg de resultaten van het onderzoek na afloop in begrijpelijke taal te delen met de gezinnen "
                 "die hebben deelgenomen.")
    d.hd("Ter informatie")
    d.p("Op de volgende punten hoeft u niet te reageren.")
    for t in ("- Ernstige ongewenste voorvallen moeten binnen vijftien dagen via ToetsingOnline worden gemeld.",
              "- Substantiële wijzigingen na het positieve oordeel moeten als amendement ter beoordeling worden "
              "voorgelegd.",
              "- De start en het einde van het onderzoek meldt u binnen acht weken via ToetsingOnline."):
        d.p(t, indent=4, after=0.8, align="L")
    d.ln(2)
    d.p("Wij verzoeken u uw beantwoording, met de aangepaste documenten in een versie met zichtbare wijzigingen en een "
        "schone versie, via ToetsingOnline in te dienen. Voor vragen kunt u contact opnemen met het secretariaat.")
    d.p("Met vriendelijke groet,\nnamens de Medisch-ethische Toetsingscommissie Regio Oostland,", align="L")
    d.p("prof. dr. H.J. Ruitenbeek, voorzitter\nmr. S. Ouali, ambtelijk secretaris", align="L")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("res")
    d.add_page()
    letterhead(d, "Ziekenhuis De Lindenhof",
               ["Afdeling Kindergeneeskunde  |  Postbus 901, 7411 AB Zwolhaven  |  Onderzoeksbureau Kinderen"])
    d.set_font("se", "", 9)
    for ln in ("Medisch-ethische Toetsingscommissie Regio Oostland", "T.a.v. het ambtelijk secretariaat",
               "Postbus 2317", "7400 CH Zwolhaven"):
        d.cell(0, 4.4, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(7)
    meta(d, [("Datum", "19 mei 2026"), ("Uw kenmerk", "METC-O 26/118"), ("Dossier", "NL-OOST-2026-0412"),
             ("Betreft", "Beantwoording primaire beoordeling THUIS-KIND")])
    d.p("Geachte leden van de commissie,", align="L")
    d.p("Hartelijk dank voor de zorgvuldige beoordeling van ons onderzoek en voor de gelegenheid die wij op 8 april "
        "kregen om het toe te lichten. Hieronder vindt u onze beantwoording. Waar wij documenten hebben aangepast, "
        "hebben wij de wijzigingen geel gemarkeerd; alle nieuwe versies staan in het overzicht aan het einde van "
        "deze brief.")
    d.hd("Antwoorden op de vragen a tot en met c", 10)
    d.p("**a.** Kinderen die via de huisartsenpost worden ingestuurd, komen altijd binnen via de spoedeisende hulp "
        "van ons ziekenhuis; zij worden dus op dezelfde manier benaderd. **b.** De restanten worden na de "
        "standaardtermijn van zes weken vernietigd en niet voor onderzoek gebruikt. **c.** Jonger dan drie "
        "maanden is volgens de landelijke richtlijn altijd opname nodig.")
    d.hd("Informatiebrieven en toestemming (E1, E2, F1)", 10)
    d.p("**Opmerking 4 - informatiebrief jongeren**", align="L", after=0.6)
    d.p("Reactie: de informatiebrief voor 12- tot 16-jarigen is volledig herschreven op taalniveau B1. Zes jongeren "
        "van het jongerenpanel van ons ziekenhuis hebben de tekst gelezen; hun suggesties over de uitleg van de "
        "infuuslijn zijn verwerkt (E2, versie 1.1).")
    d.p("**Opmerkingen 5 en 6 - informatie en vergoeding voor ouders**", align="L", after=0.6)
    d.p("Reactie: in de informatiebrief voor ouders staat nu op de eerste pagina het 24-uursnummer van de "
        "kinderafdeling, met de uitleg wanneer ouders moeten bellen (E1, versie 1.1). Een vergoeding voor reis- en "
        "parkeerkosten nemen wij niet op. Twee van de drie controlebezoeken vallen samen met de poliklinische "
        "controle die ook buiten het onderzoek plaatsvindt, en voor het derde bezoek komt een verpleegkundige bij "
        "het gezin thuis. Ouders maken voor het onderzoek dus geen extra reiskosten.")
    d.hd("Onderzoeksprotocol (C1)", 10)
    d.p("**Opmerking 2 - veiligheidsbewaking**", align="L", after=0.6)
    d.p("Reactie: wij hebben een onafhankelijke DSMB ingesteld, bestaande uit een kinderarts-infectioloog, een "
        "kinderarts-nefroloog en een statisticus, geen van drieën verbonden aan ons ziekenhuis. Het charter is "
        "toegevoegd als bijlage bij het protocol. De eerste tussentijdse beoordeling vindt plaats na inclusie van "
        "zestig kinderen in plaats van veertig: bij veertig kinderen zijn naar verwachting te weinig gevallen van "
        "behandelfalen om een zinvolle afweging te maken. De stopregel staat in paragraaf 9.4.")
    d.p("**Opmerking 1 - uitkomstmaten**", align="L", after=0.6)
    d.p("Reactie: conform uw opmerking is de primaire uitkomstmaat nu uitsluitend behandelfalen binnen dertig dagen. "
        "De overige uitkomstmaten staan in paragraaf 8.2 onder het kopje 'verkennende uitkomstmaten'.")
    d.p("**Opmerking 3 - bloedafnames**", align="L", after=0.6)
    d.p("Reactie: wij hebben het aantal onderzoeksafnames niet teruggebracht naar twee. Voor de bepaling van de "
        "spiegel van het antibioticum zijn drie afnames op vaste momenten nodig; met twee afnames kan de "
        "farmacokinetische vraag niet worden beantwoord. Alle drie de afnames vinden wel plaats via de infuuslijn "
        "die er al ligt, zodat het kind niet extra wordt geprikt. Wij vragen de commissie dit punt in dat licht "
        "opnieuw te bezien.")
    d.hd("Overige punten", 10)
    d.p("**Opmerking 8 - terugkoppeling aan gezinnen**", align="L", after=0.6)
    d.p("Reactie: wij nemen deze suggestie ter harte. Of en in welke vorm wij de resultaten met de gezinnen delen, "
        "bespreken wij na afloop met de oudervereniging; in de documenten is hierover nu niets opgenomen.")
    d.p("**Wijziging onderzoeksteam**", align="L", after=0.6)
    d.p("Los van uw opmerkingen melden wij dat dr. R. Haddou, kinderarts, per 1 mei 2026 als tweede onderzoeker "
        "aan het team is toegevoegd. Haar CV is bijgevoegd als K2.")
    d.hd("Overzicht van de ingediende documenten", 10)
    for t in ("C1  Onderzoeksprotocol, versie 1.1 (19 mei 2026), met DSMB-charter",
              "E1  Informatiebrief voor ouders, versie 1.1 (19 mei 2026)",
              "E2  Informatiebrief voor kinderen van 12 tot 16 jaar, versie 1.1 (19 mei 2026)",
              "K2  CV dr. R. Haddou"):
        d.p(t, indent=4, after=0.6, align="L", size=8.8)
    d.ln(2)
    d.p("Wij hopen hiermee alle punten naar tevredenheid te hebben beantwoord en zien uw oordeel met belangstelling "
        "tegemoet.", align="L")
    d.p("Met vriendelijke groet,\n\ndr. M.A. Verbeek\nhoofdonderzoeker THUIS-KIND", align="L")
    d.output(B.out(NAME + "_response.pdf"))


def expected():
    B.write_expected(NAME, [
        ("1", "Beperk de primaire uitkomstmaat tot behandelfalen binnen dertig dagen na",
         "conform uw opmerking is de primaire uitkomstmaat nu uitsluitend", "agrees"),
        ("2", "Neem in het protocol een stopregel op en laat een onafhankelijke",
         "vindt plaats na inclusie van zestig kinderen in plaats van veertig", "partly"),
        ("3", "Beperk het aantal extra bloedafnames voor het onderzoek tot ten hoogste",
         "wij hebben het aantal onderzoeksafnames niet teruggebracht naar twee", "disagrees"),
        ("4", "Herschrijf de informatiebrief voor kinderen van 12 tot 16 jaar",
         "is volledig herschreven op taalniveau B1", "agrees"),
        ("5", "Vermeld in de informatiebrief voor ouders dat zij tijdens de thuisbehandeling",
         "staat nu op de eerste pagina het 24-uursnummer van de kinderafdeling", "agrees"),
        ("6", "Bied de ouders een vergoeding aan voor de reiskosten en parkeerkosten",
         "Een vergoeding voor reis- en parkeerkosten nemen wij niet op", "disagrees"),
        ("7", "Laat de verrichter bevestigen dat de proefpersonenverzekering ook de thuisfase",
         None, "unanswered"),
        ("8", "Overweeg de resultaten van het onderzoek na afloop in begrijpelijke taal",
         "bespreken wij na afloop met de oudervereniging", "noted"),
    ], ["Kinderen die via de huisartsenpost worden ingestuurd, komen altijd binnen",
        "als tweede onderzoeker aan het team is toegevoegd"],
        "METC primaire beoordeling (invented committee METC Regio Oostland, ons kenmerk METC-O 26/118) of a WMO "
        "dossier on home-based IV antibiotics for children (THUIS-KIND). The eight recommendations are the numbered "
        "'Opmerkingen' 1.-8. running straight through three sub-headings per document ('Protocol (C1)', 'Informatie "
        "en toestemming (E1, E2, F1)', 'Overig'), each an imperative with a hanging number; 8 is a soft 'Overweeg "
        "...'. Not recommendations: the table of submitted documents with ABR codes A1-K1, the 'Besluit' (oordeel "
        "aangehouden, artikel 2 WMO), the 'Algemene beschouwing' with 'moet' duties (artikel 4 WMO) and the finding "
        "'Het protocol zou daarnaast duidelijker moeten maken ...', the committee's own earlier remark on the pilot "
        "quoted as an imperative ('Beperk de belasting van het kind ...'), the 'Vragen ter verduidelijking' a.-c. "
        "(questions, no change asked) and the 'Ter informatie' dash list of legal duties. Response: the "
        "investigator's 'Beantwoording primaire beoordeling' letter, grouped per document in another order (E "
        "first, then C1 in the order 2, 1, 3, then 'Overige punten'), bold 'Opmerking N - subject' lines with "
        "'Reactie:' paragraphs: 4 agrees; 'Opmerkingen 5 en 6' in ONE paragraph: 5 agrees (24-hour number added) + "
        "6 disagrees (no travel allowance); 2 partly (DSMB yes, first review after sixty instead of forty "
        "children); 1 agrees; 3 disagrees (three samples kept, taken through the existing line; asks the committee "
        "to reconsider); 8 noted ('nemen deze suggestie ter harte', decision later, nothing in the documents). "
        "7 (insurance covering the home phase) UNANSWERED. The introduction, the answers to the questions a.-c. "
        "(unmatched), the 'Wijziging onderzoeksteam' (unmatched), the list of revised documents and the closing "
        "answer no recommendation.")


if __name__ == "__main__":
    advice()
    response()
    expected()
