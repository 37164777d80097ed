"""Round 142 (nl): the ADVICE of an (invented) regional Q-TEAM (independent quality team for solar and wind projects
in an energy region) to a municipality on the sketch design of a solar park of a local energy cooperative; its seven
recommendations are paragraphs with BOLD LEAD-INS ('Zichtlijn.', 'Randen.', ...) under 'Ons advies', after the
team's observations under 'Wat wij zagen' with bold lead-ins in exactly the same style; answered by the COOPERATIVE'S
LETTER, which refers to the recommendations by ORDINAL ('uw eerste advies', 'het vijfde advies') in another order,
with one paragraph answering two with different verdicts.

Advice (fpdf2, sans, green side band on p. 1, running head from p. 2, 'pagina n van m'): the regional energy
strategy's rule with 'moet' (trap), the team's 2024 advice on the search area quoted as an imperative ('Bundel
zonnevelden langs ...', carried out, trap), bold-lead-in observations (trap), 'Wij adviseren niet om het park op te
splitsen in twee kleinere velden' (trap), a closing line naming the sight line and the height (trap). Response
(fpdf2, 'pagina n'): 1 agrees, 4 agrees, 2 partly + 3 disagrees in one paragraph, 6 partly, 5 noted; 7 unanswered;
the answer to the municipality's question on grid capacity and the introduction and closing answer nothing. All
bodies, places, people, figures and reference numbers invented; rules named as context only.

Run: /tmp/blind142nl/bin/python tests/docs/src/blind142/gen_nl_qteam_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b142nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind142_nl_qteam"
FS = B.tmp_fonts()
INK = (46, 110, 58)
GREY = (95, 95, 95)
LH = 5.0


class Doc(FPDF):
    head = ""
    of_m = False

    def header(self):
        if self.page_no() > 1 and self.head:
            self.set_y(10)
            self.set_font("S", "", 7.4)
            self.set_text_color(*GREY)
            self.cell(0, 4, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*INK)
            self.set_line_width(0.3)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.set_y(21)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("S", "", 7.6)
        self.set_text_color(*GREY)
        t = f"pagina {self.page_no()} van {{nb}}" if self.of_m else f"pagina {self.page_no()}"
        self.cell(0, 5, t, align="R")
        self.set_text_color(0, 0, 0)


def new(head, title, author, of_m=False):
    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 12, 1, tzinfo=datetime.timezone.utc))
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.head = head
    pdf.of_m = of_m
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        pdf.add_font("S", style, FS[key])
    pdf.set_margins(24, 16, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def width(pdf):
    return pdf.w - pdf.l_margin - pdf.r_margin


def para(pdf, text, size=9.5, style="", gap=2.2, align="J", color=(0, 0, 0), indent=0, md=False):
    pdf.set_font("S", style, size)
    pdf.set_text_color(*color)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(width(pdf) - indent, LH, text, align=align, new_x="LMARGIN", new_y="NEXT", markdown=md)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(gap)


def lead(pdf, label, text):
    """A paragraph with a bold lead-in (observations and recommendations alike)."""
    para(pdf, f"**{label}** {text}", md=True)


def h2(pdf, text):
    pdf.ln(1.5)
    para(pdf, text, size=11, style="B", gap=1.2, align="L", color=INK)


def advice():
    pdf = new("Q-team Zon en Wind Regio Lindeveen - advies schetsontwerp Zonnepark Hooge Weeren - QZW 26-09",
              "Advies schetsontwerp Zonnepark Hooge Weeren", "Q-team Zon en Wind Regio Lindeveen", of_m=True)
    pdf.set_fill_color(*INK)
    pdf.rect(0, 0, 9, pdf.h, style="F")
    para(pdf, "Q-team Zon en Wind Regio Lindeveen", size=13, style="B", color=INK, align="L", gap=0.5)
    para(pdf, "onafhankelijk kwaliteitsteam van de energieregio Lindeveen - secretariaat: Stationsplein 6, 6741 KT "
         "Lindeveen", size=8, color=GREY, align="L", gap=4)
    para(pdf, "Aan het college van burgemeester en wethouders van Oudervaart\nt.a.v. mevrouw drs. J. Rietkerk, "
         "projectleider energietransitie", align="L", gap=3)
    para(pdf, "Lindeveen, 9 april 2026 - advies QZW 26-09 - uw kenmerk OV/ENE/2026-031 - onderwerp: schetsontwerp "
         "Zonnepark Hooge Weeren, Oudervaart", size=8.3, color=GREY, align="L", gap=3)
    para(pdf, "Geacht college,", align="L")
    para(pdf, "U vroeg ons te adviseren over het schetsontwerp van Zonnepark Hooge Weeren, een zonneveld van "
         "ongeveer 24 hectare op landbouwgrond ten zuiden van de Weerdseweg. Initiatiefnemer is de coöperatie "
         "Oudervaart Opgewekt, die het park samen met de grondeigenaar wil ontwikkelen en de inwoners van "
         "Oudervaart voor de helft eigenaar wil maken. Het Q-team bezocht het terrein op 25 maart 2026 en sprak met "
         "de coöperatie, het ontwerpbureau en twee omwonenden.")
    h2(pdf, "Kader")
    para(pdf, "In de Regionale Energiestrategie Lindeveen is afgesproken dat elk zonneveld groter dan vijf hectare "
         "een landschappelijk inpassingsplan moet hebben en dat het ontwerp aan het Q-team moet worden voorgelegd "
         "voordat de gemeente over de vergunning beslist. In ons advies over het zoekgebied Weeren schreven wij in "
         "2024:")
    para(pdf, "'Bundel zonnevelden langs de spoorlijn en de provinciale weg en houd het open komgebied rond "
         "Oud-Weeren vrij.'", style="I", color=GREY, indent=10, align="L")
    para(pdf, "De locatie van Hooge Weeren ligt binnen die bundelingszone; aan dat advies is dus voldaan.")
    h2(pdf, "Wat wij zagen")
    lead(pdf, "Landschap.", "Het terrein ligt in een open, rationeel verkaveld polderlandschap, met aan de "
         "noordkant het bebouwingslint van de Weerdseweg en aan de zuidkant de dijk langs de Vaart.")
    lead(pdf, "Ontwerp.", "Het schetsontwerp legt de panelen in lange zuidgerichte rijen over het hele terrein, "
         "omzoomd door een doorlopende haag van beuk en meidoorn.")
    lead(pdf, "Omgeving.", "De omwonenden die wij spraken zijn niet tegen het park, maar vrezen dat het zicht op de "
         "kerktoren van Oud-Weeren verdwijnt.")
    para(pdf, "Wij adviseren niet om het park op te splitsen in twee kleinere velden, zoals in de buurt is "
         "voorgesteld: twee velden vragen meer randen, meer hekwerk en meer ruimte, zonder dat het landschap daar "
         "beter van wordt.")
    h2(pdf, "Ons advies")
    lead(pdf, "Zichtlijn.", "Houd de zichtlijn vanaf de Weerdseweg naar de kerktoren van Oud-Weeren open door daar "
         "een strook van veertig meter zonder panelen te laten.")
    lead(pdf, "Randen.", "Omring het park niet met een doorlopende haag, maar wissel hagen af met open stukken met "
         "een lage wal en een ruige berm.")
    lead(pdf, "Hoogte.", "Beperk de hoogte van de panelen tot 1,80 meter boven het maaiveld, zodat het park vanaf "
         "de dijk niet als een dichte wand oogt.")
    lead(pdf, "Water.", "Gebruik de oude slotenstructuur als drager van het ontwerp en graaf de gedempte sloot "
         "langs de kavelgrens weer open.")
    lead(pdf, "Medegebruik.", "Leg een wandelpad door het park aan dat aansluit op het klompenpad tussen "
         "Oudervaart en Oud-Weeren.")
    lead(pdf, "Bodem en natuur.", "Zaai onder en tussen de panelen een kruidenrijk grasland in en beheer dat met "
         "schapen of door twee keer per jaar te maaien en af te voeren.")
    lead(pdf, "Na de looptijd.", "Leg nu al vast hoe het terrein na de looptijd van 25 jaar wordt opgeruimd en "
         "weer geschikt gemaakt voor de landbouw.")
    h2(pdf, "Tot slot")
    para(pdf, "Het Q-team ziet in Hooge Weeren een kansrijk plan, dat met deze aanpassingen een voorbeeld voor de "
         "regio kan worden. Voor ons wegen de zichtlijn en de hoogte van de panelen het zwaarst. Wij zien het "
         "uitgewerkte ontwerp graag terug voordat de aanvraag wordt ingediend.")
    para(pdf, "Met vriendelijke groet,\nnamens het Q-team Zon en Wind Regio Lindeveen,\n\nir. W.F. Scholten-Baars, "
         "voorzitter (landschapsarchitect)\nB. Haverkamp MSc, secretaris", align="L")
    pdf.output(B.out(NAME + "_advice.pdf"))


def response():
    pdf = new("Coöperatie Oudervaart Opgewekt U.A. - reactie op advies Q-team QZW 26-09",
              "Reactie op het advies van het Q-team over Zonnepark Hooge Weeren", "Coöperatie Oudervaart Opgewekt")
    para(pdf, "Coöperatie Oudervaart Opgewekt U.A.", size=13, style="B", color=INK, align="L", gap=0.5)
    para(pdf, "Kerkstraat 21, 6745 BR Oudervaart - info@oudervaartopgewekt.example - KvK 80112233", size=8,
         color=GREY, align="L", gap=4)
    para(pdf, "Gemeente Oudervaart\nt.a.v. mevrouw drs. J. Rietkerk\nPostbus 40\n6745 ZG Oudervaart", align="L", gap=3)
    para(pdf, "Oudervaart, 18 mei 2026 - ons kenmerk OO/ZHW/026 - onderwerp: reactie op het advies van het Q-team "
         "(QZW 26-09) over Zonnepark Hooge Weeren", size=8.3, color=GREY, align="L", gap=3)
    para(pdf, "Beste mevrouw Rietkerk,", align="L")
    para(pdf, "Met belangstelling hebben wij het advies van het Q-team gelezen. Wij hebben het besproken met ons "
         "ontwerpbureau, met de grondeigenaar en op de ledenavond van 7 mei, waar ruim zestig leden aanwezig waren. "
         "Hieronder leest u hoe wij met de adviezen omgaan; wij volgen daarbij niet de volgorde van het Q-team, maar "
         "beginnen met de punten die de indeling van het park bepalen.")
    para(pdf, "Uw eerste advies nemen wij over. In het nieuwe ontwerp loopt vanaf de Weerdseweg een strook van "
         "veertig meter breed zonder panelen, in de as van de kerktoren. Wij verliezen daarmee ongeveer 1,1 hectare, "
         "die wij deels terugwinnen aan de oostkant.")
    para(pdf, "Ook het vierde advies volgen wij. De sloot langs de westelijke kavelgrens wordt weer gegraven, en de "
         "rijen panelen volgen nu de richting van de bestaande kavelsloten, zodat de verkaveling herkenbaar blijft.")
    para(pdf, "Het tweede en het derde advies gaan allebei over hoe het park er vanaf de randen uitziet. De randen "
         "passen wij voor een deel aan: aan de noord- en de oostkant blijft een haag nodig om de tuinen aan de "
         "Weerdseweg af te schermen, maar aan de zuid- en de westkant komt een lage wal met een ruige berm in plaats "
         "van een haag. Het verlagen van de panelen naar 1,80 meter doen wij niet. Bij die hoogte kunnen de schapen "
         "niet onder de panelen grazen en moeten de rijen verder uit elkaar, wat ongeveer een vijfde van de "
         "opbrengst kost; de panelen blijven daarom 2,40 meter hoog, "
         "en de wal aan de dijkkant moet het beeld verzachten.")
    para(pdf, "Het zesde advies nemen wij gedeeltelijk over. In de randzone en in de zichtlijn zaaien wij een "
         "kruidenrijk mengsel in, dat twee keer per jaar wordt gemaaid. Onder de panelen komt een gewoon "
         "grasmengsel, dat door de schapen van een boer uit Oud-Weeren wordt begraasd.")
    para(pdf, "Het vijfde advies, over een wandelpad, hebben wij genoteerd. De grondeigenaar heeft nog bezwaren "
         "tegen openbare toegang tot het park; wij gaan daarover na de zomer met hem en met de vereniging die het "
         "klompenpad beheert in gesprek.")
    h2(pdf, "Uw vraag over de netaansluiting")
    para(pdf, "U vroeg ons ook naar de stand van zaken bij de netbeheerder. Wij hebben een transportindicatie voor "
         "achttien megawatt gekregen, met een aansluiting op het onderstation Lindeveen-Zuid in 2028.")
    para(pdf, "Wij sturen het aangepaste ontwerp in juni aan de gemeente en aan het Q-team en dienen daarna de "
         "aanvraag voor de omgevingsvergunning in. Voor vragen kunt u mij altijd bellen.")
    para(pdf, "Met vriendelijke groet,\n\nnamens het bestuur van Coöperatie Oudervaart Opgewekt,\nGerrit-Jan Pasman, "
         "voorzitter", align="L")
    pdf.output(B.out(NAME + "_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        ("1", "Houd de zichtlijn vanaf de Weerdseweg naar de kerktoren van",
         "een strook van veertig meter breed zonder panelen", "agrees"),
        ("2", "Omring het park niet met een doorlopende haag, maar wissel",
         "De randen passen wij voor een deel aan", "partly"),
        ("3", "Beperk de hoogte van de panelen tot 1,80 meter boven",
         "de panelen blijven daarom 2,40 meter hoog", "disagrees"),
        ("4", "Gebruik de oude slotenstructuur als drager van het ontwerp en",
         "De sloot langs de westelijke kavelgrens wordt weer gegraven", "agrees"),
        ("5", "Leg een wandelpad door het park aan dat aansluit op",
         "De grondeigenaar heeft nog bezwaren tegen openbare toegang", "noted"),
        ("6", "Zaai onder en tussen de panelen een kruidenrijk grasland in",
         "Onder de panelen komt een gewoon grasmengsel", "partly"),
        ("7", "Leg nu al vast hoe het terrein na de looptijd", None, "unanswered"),
    ], ["een transportindicatie voor achttien megawatt gekregen",
        "Wij sturen het aangepaste ontwerp in juni aan de gemeente"],
        "Advice: the letter of a regional Q-TEAM (independent quality team for solar and wind projects of an energy "
        "region) to a municipality on the sketch design of a cooperative's solar park; the seven recommendations are "
        "paragraphs with BOLD LEAD-INS ('Zichtlijn.', 'Randen.', 'Hoogte.', 'Water.', 'Medegebruik.', 'Bodem en "
        "natuur.', 'Na de looptijd.') under 'Ons advies' (numbered 1-7 here in reading order). Traps: the regional "
        "energy strategy's rule with 'moet', the team's 2024 advice quoted as an imperative ('Bundel zonnevelden "
        "...', carried out), observations under 'Wat wij zagen' with bold lead-ins in exactly the same style, 'Wij "
        "adviseren niet om het park op te splitsen in twee kleinere velden', a closing line naming the sight line and "
        "the height. Response: the COOPERATIVE'S LETTER to the municipality, referring to the recommendations by "
        "ORDINAL in another order: 'Uw eerste advies nemen wij over' (1 agrees), 'Ook het vierde advies volgen wij' "
        "(4 agrees), ONE paragraph = 2 partly (hedges on two sides, wall elsewhere) + 3 disagrees (panels stay 2.40 "
        "m), 6 partly (herb-rich only in the edge zone), 5 noted ('hebben wij genoteerd', landowner objects). 7 "
        "(restoring the land after 25 years) is never answered. The introduction, the answer on grid capacity and "
        "the closing answer nothing.")
    print("written", NAME)
