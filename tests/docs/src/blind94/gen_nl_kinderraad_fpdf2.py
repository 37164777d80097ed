"""Round 94 (nl): the ADVIES of a KINDERGEMEENTERAAD on the municipality's Speelruimteplan, answered by the
burgemeester's LETTER to the children (subject headings, paraphrase only, no numbers anywhere).

Advice: Kindergemeenteraad Lindeveen (fpdf2, sans, orange top band, 'In het kort' box, running head, 'pagina n van
m'): findings as bold-lead sentences under 'Wat we hebben gezien' (Warenwetbesluit 'moet', the 2023 kinderraad quoted
with 'moet', article 3 of the reglement), the seven recommendations as UNNUMBERED BOLD SENTENCES each with a plain
explanation. Response: letter of the burgemeester, order 3, 1, 6+7, 2, 4; 5 unanswered. Everything is invented.

Run: /tmp/blind94nl/bin/python tests/docs/src/blind94/gen_nl_kinderraad_fpdf2.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b94nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind94_nl_kinderraad"
F = B.tmp_fonts()
ORANGE = (222, 110, 30)


class Doc(FPDF):
    head = ""

    def header(self):
        if self.page_no() == 1:
            self.set_fill_color(*ORANGE)
            self.rect(0, 0, 210, 14, "F")
            return
        self.set_font("S", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(20, 9)
        self.cell(0, 4, self.head)
        self.set_draw_color(*ORANGE)
        self.line(20, 14, 190, 14)
        self.set_y(22)

    def footer(self):
        self.set_y(-14)
        self.set_font("S", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"pagina {self.page_no()} van {{nb}}", align="R")


def new(head):
    d = Doc(format="A4")
    d.head = head
    d.add_font("S", "", F["Regular"])
    d.add_font("S", "B", F["Bold"])
    d.add_font("S", "I", F["Italic"])
    d.set_margins(20, 22, 20)
    d.set_auto_page_break(True, 20)
    d.alias_nb_pages()
    d.add_page()
    d.set_text_color(20, 20, 20)
    return d


def para(d, t, size=10, style="", after=2.5, indent=0):
    d.set_font("S", style, size)
    d.set_x(20 + indent)
    d.multi_cell(170 - indent, 5.2, t, markdown=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(after)


def head(d, t, size=12.5):
    d.ln(2)
    d.set_font("S", "B", size)
    d.set_text_color(*ORANGE)
    d.multi_cell(170, 7, t, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(20, 20, 20)
    d.ln(1)


def advice():
    d = new("Kindergemeenteraad Lindeveen - Advies over het Speelruimteplan - KGR 2025/02")
    d.set_font("S", "B", 18)
    d.set_y(22)
    d.cell(0, 9, "Kindergemeenteraad Lindeveen", new_x="LMARGIN", new_y="NEXT")
    d.set_font("S", "", 12)
    d.cell(0, 7, "Ons advies over het Speelruimteplan Lindeveen 2026-2030", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.set_fill_color(253, 236, 222)
    y = d.get_y()
    d.rect(20, y, 170, 31, "F")
    d.set_xy(24, y + 2)
    d.set_font("S", "B", 9)
    d.cell(0, 5, "In het kort", new_x="LMARGIN", new_y="NEXT")
    d.set_font("S", "", 9)
    for t in ("Aan: het college van burgemeester en wethouders van Lindeveen",
              "Kenmerk: KGR 2025/02  -  Datum: 6 november 2025",
              "Gemaakt door: de 15 leden van de kindergemeenteraad (groep 7 en 8), met hulp van de griffie",
              "Vastgesteld in de vergadering van 29 oktober 2025 in de raadzaal"):
        d.set_x(24)
        d.multi_cell(160, 5, t, new_x="LMARGIN", new_y="NEXT")
    d.set_y(y + 36)
    head(d, "Waarom dit advies?")
    para(d, "De gemeente Lindeveen maakt een nieuw Speelruimteplan. Daarin staat waar de speeltuinen komen, welke "
         "toestellen er staan en hoeveel geld er is. Wethouder Van Riel heeft ons in september gevraagd wat wij "
         "ervan vinden. Volgens artikel 3 van het Reglement Kindergemeenteraad mag de kinderraad het college over "
         "alles adviseren wat kinderen in Lindeveen aangaat. Dat hebben we gedaan.")
    para(d, "We hebben in oktober zes speeltuinen bezocht, een enquête gehouden op onze scholen (412 kinderen deden "
         "mee) en gepraat met de speeltuinvereniging De Klimop en met een medewerker van de buitendienst.")
    head(d, "Wat we hebben gezien")
    para(d, "**Er is weinig te doen voor oudere kinderen.** Bijna alle speeltuinen hebben toestellen voor kleine "
         "kinderen. Van de kinderen van 10 jaar en ouder zegt 61 procent dat er in hun wijk niets voor hen is.")
    para(d, "**Rond de speeltuinen ligt veel zwerfafval.** In vier van de zes speeltuinen vonden we blikjes, "
         "plastic en hondenpoep. In de speeltuin aan de Bremlaan staat maar één prullenbak en die zat vol.")
    para(d, "**De toestellen zijn meestal goed onderhouden.** Volgens het Warenwetbesluit attractie- en "
         "speeltoestellen moet ieder speeltoestel veilig zijn en regelmatig worden gecontroleerd. De medewerker van "
         "de buitendienst vertelde dat dit elke maand gebeurt. Daar zijn we blij mee.")
    para(d, "**Een oud advies is nog niet uitgevoerd.** De kinderraad van 2023 schreef: 'Er moet een watertappunt "
         "komen in het Julianapark, want in de zomer is het daar heel heet.' Dat watertappunt is er nog steeds niet.")
    para(d, "**Kinderen in een rolstoel kunnen bijna nergens spelen.** Alleen de speeltuin bij De Horst heeft een "
         "schommel die geschikt is voor kinderen in een rolstoel.")
    head(d, "Ons advies")
    para(d, "Wij geven het college de volgende adviezen. Onder elk advies leggen we uit waarom.")
    recs = [
        ("Maak in elke wijk een speelplek voor kinderen van 10 tot 14 jaar, met bijvoorbeeld een klimrek, een "
         "pannakooi of een plek om te chillen.",
         "Oudere kinderen gaan nu vaak op straat of bij de supermarkt hangen. Een eigen plek is veiliger en leuker."),
        ("Zet bij alle speeltuinen genoeg prullenbakken neer en laat ze in de zomer vaker legen.",
         "Dan blijft de speeltuin schoon en hoeven kinderen niet tussen het afval te spelen."),
        ("Laat kinderen uit de buurt meebeslissen over nieuwe speeltoestellen voordat die worden gekocht.",
         "Kinderen weten zelf het beste waarmee ze willen spelen. Dat kan bijvoorbeeld met een stemming op school."),
        ("Leg een veilig fietspad aan van de wijk De Horst naar het Sportpark Noord.",
         "Veel kinderen fietsen naar voetbal of hockey over de Provincialeweg. Daar rijden auto's hard."),
        ("Zorg dat in elke speeltuin minstens één toestel staat waar kinderen in een rolstoel mee kunnen spelen.",
         "Iedereen moet mee kunnen doen, ook kinderen met een beperking."),
        ("Plaats in het Julianapark eindelijk een watertappunt en een overdekte plek om te schuilen.",
         "In de zomer is het daar erg heet en bij regen kun je nergens heen."),
        ("Houd het grasveld aan de Meidoornstraat vrij om te spelen en bouw daar geen huizen.",
         "Het is het enige grote veld in de wijk waar je kunt voetballen en vliegeren."),
    ]
    for bold, why in recs:
        para(d, bold, style="B", after=0.5)
        para(d, why, size=9.5, style="I", after=3)
    head(d, "Tot slot")
    para(d, "We hopen dat het college onze adviezen overneemt. We horen graag vóór de kerstvakantie wat u ermee "
         "doet. U mag ons ook uitnodigen om het uit te leggen.")
    para(d, "Namens de Kindergemeenteraad Lindeveen,\nFenna de Groot (kinderburgemeester) en Milan Acar (voorzitter "
         "van de vergadering)")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = new("Gemeente Lindeveen - BUR/2025/1893")
    d.set_y(22)
    d.set_font("S", "B", 15)
    d.cell(0, 8, "Gemeente Lindeveen", new_x="LMARGIN", new_y="NEXT")
    d.set_font("S", "", 8.5)
    d.set_text_color(90, 90, 90)
    d.multi_cell(170, 4.6, "De burgemeester\nAan de leden van de Kindergemeenteraad Lindeveen\nOns kenmerk: BUR/2025/1893"
                 "  -  Uw kenmerk: KGR 2025/02\nDatum: 15 december 2025\nOnderwerp: jullie advies over het "
                 "Speelruimteplan", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(20, 20, 20)
    d.ln(5)
    para(d, "Beste leden van de kindergemeenteraad,")
    para(d, "Wat een mooi en duidelijk advies hebben jullie gemaakt! Ik heb het met veel plezier gelezen, en de "
         "wethouders ook. Jullie hebben goed werk gedaan met de enquête onder meer dan vierhonderd kinderen. In deze "
         "brief vertel ik wat wij met jullie adviezen doen, zoals jullie hebben gevraagd nog vóór de kerstvakantie.")
    head(d, "Meebeslissen over speeltoestellen", 11)
    para(d, "Dit vinden wij een heel goed idee. Vanaf volgend jaar vragen wij bij elke nieuwe speeltuin eerst aan de "
         "kinderen uit de buurt welke toestellen zij willen. Dat doen we samen met de basisscholen.")
    head(d, "Speelplekken voor oudere kinderen", 11)
    para(d, "Jullie hebben gelijk dat er te weinig is voor kinderen van 10 jaar en ouder. Wij kunnen niet in alle "
         "wijken tegelijk beginnen. In 2026 maken we eerst in drie wijken een plek voor oudere kinderen: in De Horst, "
         "in Kerkebuurt en in Molenveld. De andere wijken volgen later, als er weer geld is.")
    head(d, "Het Julianapark en het grasveld aan de Meidoornstraat", 11)
    para(d, "Het watertappunt in het Julianapark komt er in het voorjaar; het is al besteld. Een overdekte schuilplek "
         "komt er voorlopig niet, omdat het park een beschermd monument is en een dak daar niet past. Over het "
         "grasveld heb ik minder goed nieuws. De gemeenteraad heeft al besloten dat daar woningen worden gebouwd, "
         "omdat veel gezinnen in Lindeveen een huis zoeken. Dat besluit draaien wij niet terug. Wel komt er in het "
         "nieuwe woonwijkje een kleiner speelveld.")
    head(d, "Prullenbakken", 11)
    para(d, "Goed nieuws: dit is al gebeurd. Na jullie bezoek heeft de buitendienst in november twintig extra "
         "prullenbakken neergezet, ook bij de Bremlaan. In de zomer worden ze voortaan twee keer per week geleegd.")
    head(d, "Het fietspad naar het Sportpark Noord", 11)
    para(d, "De Provincialeweg is van de provincie, niet van de gemeente. Ik heb jullie vraag daarom doorgestuurd naar "
         "de gedeputeerde voor Verkeer en ook aan de wethouder gegeven die ons nieuwe fietsplan schrijft. Wat daaruit "
         "komt, weet ik nog niet.")
    head(d, "Jullie bezoek aan de gemeenteraad", 11)
    para(d, "Op 12 februari mogen jullie een raadsvergadering bijwonen en daar vijf minuten spreken. De griffie stuurt "
         "jullie juf of meester binnenkort een uitnodiging met alle informatie over die avond.")
    para(d, "Nogmaals bedankt voor jullie inzet. Ik wens jullie alvast hele fijne feestdagen en een goed nieuwjaar!")
    para(d, "Hartelijke groet,\n\nmr. H.A. (Hanneke) Vos\nburgemeester van Lindeveen")
    d.output(B.out(NAME + "_response.pdf"))


advice()
response()
B.write_expected(NAME, [
    (1, "Maak in elke wijk een speelplek voor kinderen van 10",
     "In 2026 maken we eerst in drie wijken", "partly"),
    (2, "Zet bij alle speeltuinen genoeg prullenbakken neer en laat ze",
     "twintig extra prullenbakken neergezet, ook bij de Bremlaan", "agrees"),
    (3, "Laat kinderen uit de buurt meebeslissen over nieuwe speeltoestellen",
     "Dit vinden wij een heel goed idee", "agrees"),
    (4, "Leg een veilig fietspad aan van de wijk De Horst naar",
     "Ik heb jullie vraag daarom doorgestuurd naar de gedeputeerde", "noted"),
    (5, "Zorg dat in elke speeltuin minstens één toestel staat waar kinderen", None, "unanswered"),
    (6, "Plaats in het Julianapark eindelijk een watertappunt en een overdekte plek",
     "Het watertappunt in het Julianapark komt er in het voorjaar", "partly"),
    (7, "Houd het grasveld aan de Meidoornstraat vrij om te spelen",
     "Dat besluit draaien wij niet terug", "disagrees"),
], ["Wat een mooi en duidelijk advies hebben jullie gemaakt",
    "Op 12 februari mogen jullie een raadsvergadering bijwonen",
    "Ik wens jullie alvast hele fijne feestdagen"],
    "Advice: Kindergemeenteraad Lindeveen, 'Wat we hebben gezien' as bold-lead sentences (Warenwetbesluit 'moet', the "
    "2023 kinderraad quoted with 'moet', article 3 of the reglement, enquête figures), then 'Ons advies' as seven "
    "UNNUMBERED BOLD SENTENCES each with an italic 'why' line. Response: burgemeester's letter to the children, "
    "subject headings, paraphrase only, no numbers; order 3, 1, 6+7, 2, 4; 'Het Julianapark en het grasveld aan de "
    "Meidoornstraat' = 6 partly (tap yes, shelter no) + 7 disagrees (raad decided on housing); 1 partly (three "
    "wijken first); 2 agrees (a deed already done); 3 agrees; 4 noted (passed to the provincie); 5 unanswered; the "
    "opening, 'Jullie bezoek aan de gemeenteraad' and the closing answer nothing.")
