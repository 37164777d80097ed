"""Round 123 (nl): the REPORT of an EXTERNAL COMMISSION ON BESTUURSCULTUUR that the gemeenteraad asked to look into
the working relations between raad, college and ambtelijke organisatie after a difficult year; its seven
recommendations are UNNUMBERED EN-DASH BULLETS in imperative form under three ADDRESSEE sub-headings ('Aan de
gemeenteraad', 'Aan het college en de burgemeester', 'Aan de griffie en de ambtelijke organisatie'); answered by a
RAADSINFORMATIEBRIEF signed jointly by the burgemeester (for the college) and the griffier (for the presidium),
grouped by WHO ACTS, in another order, by paraphrase only, one paragraph answering two recommendations.

Advice (fpdf2, sans, 2 p., dark-red headings, running head from p. 2, 'pagina n'): an earlier dash list
'Wat wij zagen' (findings, trap), interview quotes, the Gemeentewet paraphrased with 'moet' (trap), 'De commissie
concludeert' paragraphs (trap), a recommendation of the 2019 rekenkamer report quoted as an imperative (trap), a
closing line naming 'de eerste twee aanbevelingen aan de raad' (trap). Response (fpdf2, 2 p.): 'Aanleiding'
(nothing); 'Wat het college doet' = 4 and 5; 'Wat de raad doet' = 1, then 2 and 3 in ONE paragraph; 'Wat de
ambtelijke organisatie doet' = 7; 'Kosten' and 'Vervolg' (nothing); 6 never answered. Verdicts: 1 agrees, 2 partly,
3 disagrees, 4 agrees, 5 noted, 6 unanswered, 7 partly. All bodies, places, people, figures and reference numbers
invented; the Gemeentewet is named as context only.

Run: /tmp/blind123nl/bin/python tests/docs/src/blind123/gen_nl_bestuurscultuur_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b123nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind123_nl_bestuurscultuur"
FS = B.tmp_fonts()
RED = (128, 28, 36)
GREY = (95, 95, 95)
LH = 5.0


class Doc(FPDF):
    head = ""
    foot = "{n}"

    def header(self):
        if self.page_no() > 1 and self.head:
            self.set_y(10)
            self.set_font("S", "", 7.4)
            self.set_text_color(*GREY)
            self.cell(0, 4, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*RED)
            self.set_line_width(0.3)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.set_y(21)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("S", "", 7.6)
        self.set_text_color(*GREY)
        self.cell(0, 5, self.foot.format(n=self.page_no(), m="{nb}"), align="R")
        self.set_text_color(0, 0, 0)


def new(head, foot, title, author):
    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 7, 1, tzinfo=datetime.timezone.utc))
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.head, pdf.foot = head, foot
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        pdf.add_font("S", style, FS[key])
    pdf.set_margins(25, 16, 25)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def para(pdf, text, size=9.4, style="", gap=1.8, align="L"):
    pdf.set_font("S", style, size)
    pdf.multi_cell(0, LH, text, markdown=True, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def h2(pdf, text, size=11.5):
    if pdf.will_page_break(22):
        pdf.add_page()
    pdf.ln(1.5)
    pdf.set_font("S", "B", size)
    pdf.set_text_color(*RED)
    pdf.cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.6)


def h3(pdf, text):
    if pdf.will_page_break(16):
        pdf.add_page()
    pdf.ln(0.8)
    pdf.set_font("S", "B", 9.6)
    pdf.cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.3)


def dashes(pdf, rows, style=""):
    pdf.set_font("S", style, 9.4)
    for text in rows:
        pdf.set_x(pdf.l_margin + 2)
        pdf.cell(5, LH, "\u2013")
        pdf.multi_cell(0, LH, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.0)
    pdf.ln(0.8)


def quote(pdf, text):
    pdf.set_x(pdf.l_margin + 8)
    pdf.set_font("S", "I", 9.0)
    pdf.set_text_color(70, 70, 70)
    pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - 16, LH, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1.6)


def advice():
    pdf = new("Commissie Bestuurscultuur Wolderbeek - eindrapport 'Elkaar weer vinden' - CBW-2026-01", "pagina {n}",
              "Elkaar weer vinden", "Commissie Bestuurscultuur Wolderbeek")
    pdf.set_y(17)
    pdf.set_font("S", "B", 8)
    pdf.set_text_color(*RED)
    pdf.cell(0, 5, "COMMISSIE BESTUURSCULTUUR WOLDERBEEK", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    pdf.set_font("S", "B", 19)
    pdf.multi_cell(0, 8.5, "Elkaar weer vinden", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 11)
    pdf.multi_cell(0, 6, "Onderzoek naar de verhoudingen tussen raad, college en ambtelijke organisatie van de "
                   "gemeente Wolderbeek", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    para(pdf, "Eindrapport aan de gemeenteraad van Wolderbeek - kenmerk CBW-2026-01 - 27 maart 2026", size=8,
         gap=4)
    h2(pdf, "1  Opdracht en werkwijze")
    para(pdf, "Na de val van een wethouder in juni 2025 en een reeks integriteitsmeldingen besloot de gemeenteraad "
         "van Wolderbeek op 10 juli 2025 een onafhankelijke commissie in te stellen. De raad vroeg ons om te "
         "onderzoeken hoe de verhoudingen tussen raad, college en ambtelijke organisatie zijn, hoe zij zo geworden "
         "zijn en wat er nodig is om weer goed samen te werken. Wij spraken in vier maanden met 52 mensen: "
         "raadsleden, wethouders, de burgemeester, de griffie, de gemeentesecretaris en medewerkers van alle "
         "afdelingen. Ook bestudeerden wij de verslagen van raad en commissies van de afgelopen drie jaar.")
    para(pdf, "De Gemeentewet bepaalt dat de burgemeester de bestuurlijke integriteit van de gemeente bevordert; hij "
         "moet daarover ook verantwoording afleggen aan de raad. De raad heeft daarnaast een eigen rol: hij moet de "
         "kaders stellen en het college controleren. Wij hebben die rollen als uitgangspunt genomen.")
    h2(pdf, "2  Wat wij zagen")
    para(pdf, "Uit de gesprekken en de stukken komt een beeld naar voren dat door bijna iedereen wordt herkend:")
    dashes(pdf, [
        "Raadsleden wantrouwen de informatie van het college en stellen veel schriftelijke vragen: 412 in 2025, "
        "tegen 180 in 2022.",
        "Het vragenhalfuur aan het begin van elke raadsvergadering is uitgegroeid tot een podium voor persoonlijke "
        "aanvallen.",
        "Ambtenaren voelen zich klem zitten tussen raadsleden die hen rechtstreeks benaderen en wethouders die "
        "dat niet willen.",
        "Raad en college spreken elkaar bijna alleen nog in formele vergaderingen.",
    ])
    para(pdf, "Een raadslid zei ons:")
    quote(pdf, "'Ik lees een raadsvoorstel tegenwoordig eerst op wat er niet in staat. Dat is geen manier van "
          "werken, maar ik weet niet hoe het anders moet.'")
    para(pdf, "Een medewerker van het sociaal domein:")
    quote(pdf, "'Als ik een raadslid te woord sta, krijg ik de volgende dag een vraag van mijn wethouder waarom ik "
          "dat heb gedaan.'")
    h2(pdf, "3  Conclusies")
    para(pdf, "De commissie concludeert dat de problemen in Wolderbeek niet bij een persoon of een partij liggen. "
         "Zij zijn gegroeid uit een reeks incidenten waarin ieder vanuit de eigen rol handelde, maar niemand de "
         "verhouding als geheel bewaakte.")
    para(pdf, "De commissie concludeert verder dat eerdere adviezen te weinig zijn opgevolgd. De rekenkamer "
         "schreef in 2019 al: 'Maak afspraken over de informatievoorziening aan de raad en leg die vast in een "
         "protocol.' Dat protocol is er gekomen, maar niemand kon ons zeggen waar het te vinden is.")
    para(pdf, "Tegelijk zagen wij veel goede wil. Iedereen met wie wij spraken wil dat het beter gaat, en bijna "
         "iedereen is bereid daar zelf iets voor te doen.")
    h2(pdf, "4  Aanbevelingen")
    para(pdf, "Onze aanbevelingen zijn gericht aan de partijen die het verschil moeten maken. Wij hebben ze bewust "
         "beperkt gehouden.")
    h3(pdf, "Aan de gemeenteraad")
    dashes(pdf, [
        "Stel voor de zomer van 2027 een gedragscode op voor de omgang van raadsleden met elkaar, met het college "
        "en met ambtenaren, en wijs een vertrouwenspersoon voor raadsleden aan.",
        "Organiseer twee keer per jaar een bijeenkomst van raad en college buiten het gemeentehuis, onder leiding "
        "van een externe begeleider, zonder besluiten en zonder pers.",
        "Schaf het vragenhalfuur aan het begin van de raadsvergadering af en geef vragen van raadsleden een plaats "
        "in de commissievergaderingen.",
    ])
    h3(pdf, "Aan het college en de burgemeester")
    dashes(pdf, [
        "Bespreek ten minste eens per kwartaal in het college hoe de samenwerking met de raad verloopt en doe "
        "daarvan kort verslag aan het presidium.",
        "Voeg bij elk raadsvoorstel waarin het college afwijkt van het ambtelijk advies dat advies als bijlage "
        "toe, zodat de raad de afweging kan volgen.",
    ])
    h3(pdf, "Aan de griffie en de ambtelijke organisatie")
    dashes(pdf, [
        "Zorg dat nieuwe raadsleden binnen drie maanden na hun installatie een introductieprogramma volgen over "
        "rollen, verantwoordelijkheden en de omgang met ambtenaren.",
        "Wijs per afdeling een vaste contactpersoon aan die technische vragen van raadsleden binnen vijf werkdagen "
        "beantwoordt, zodat raadsleden niet zelf de weg in het gemeentehuis hoeven te zoeken.",
    ])
    h2(pdf, "5  Tot slot")
    para(pdf, "Alle aanbevelingen hangen samen, maar de eerste twee aanbevelingen aan de raad vragen het snelst om "
         "een besluit. De commissie biedt aan om over een jaar terug te komen en met raad en college te bekijken "
         "wat er is veranderd.")
    para(pdf, "De Commissie Bestuurscultuur Wolderbeek,\nprof. dr. Annelies van der Wiel (voorzitter), drs. Henk "
         "Bosveld, mr. Yasmina El Khatib")
    pdf.output(B.out(NAME + "_advice.pdf"))


def response():
    pdf = new("Gemeente Wolderbeek - raadsinformatiebrief 2026-058", "{n}/{m}", "Raadsinformatiebrief 2026-058",
              "Gemeente Wolderbeek")
    pdf.set_font("S", "B", 15)
    pdf.set_text_color(*RED)
    pdf.cell(0, 8, "Gemeente Wolderbeek", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("S", "B", 12)
    pdf.cell(0, 7, "Raadsinformatiebrief", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    pdf.set_font("S", "", 8.6)
    for k, v in (("Nummer", "2026-058"), ("Datum", "2 juni 2026"), ("Van", "de burgemeester, namens het college, "
                 "en de griffier, namens het presidium"), ("Onderwerp", "Opvolging eindrapport Commissie "
                 "Bestuurscultuur 'Elkaar weer vinden'")):
        pdf.cell(26, 4.8, k)
        pdf.multi_cell(0, 4.8, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    h2(pdf, "Aanleiding", 10.8)
    para(pdf, "Op 27 maart 2026 ontving uw raad het eindrapport van de Commissie Bestuurscultuur. Het rapport is in "
         "de raadsvergadering van 21 april besproken; alle fracties herkenden zich in het beeld. College en "
         "presidium hebben daarna samen bekeken wat ieder met de aanbevelingen doet. In deze brief leest u het "
         "resultaat, geordend naar wie aan zet is.")
    h2(pdf, "Wat het college doet", 10.8)
    para(pdf, "Vanaf juli 2026 staat de samenwerking met de raad elk kwartaal op de agenda van het college. De "
         "burgemeester informeert het presidium daarna mondeling en in een korte notitie over wat besproken is.")
    para(pdf, "De commissie vraagt ook om ambtelijke adviezen mee te sturen als het college daarvan afwijkt. Het "
         "college begrijpt de wens van de raad om de afweging te kunnen volgen. Het wil wel eerst nagaan wat "
         "dit betekent voor de ruimte voor vrije advisering binnen de organisatie. Wij nemen deze "
         "vraag mee naar de evaluatie van de werkwijze met raadsvoorstellen in het voorjaar van 2027 en "
         "bespreken haar dan met het presidium.")
    h2(pdf, "Wat de raad doet", 10.8)
    para(pdf, "Het presidium heeft een werkgroep van vier raadsleden gevraagd een gedragscode op te stellen. De raad "
         "kan de code in maart 2027 vaststellen, ruim voor de zomer. Als vertrouwenspersoon voor raadsleden is "
         "mevrouw Ineke Schutrups bereid gevonden, die deze rol ook bij twee buurgemeenten vervult.")
    para(pdf, "Over de bijeenkomsten buiten het gemeentehuis en het vragenhalfuur heeft het presidium de "
         "fractievoorzitters geraadpleegd. Een gezamenlijke bijeenkomst van raad en college komt er, maar eens "
         "per jaar, in september, en met de burgemeester als gespreksleider. Het vragenhalfuur blijft bestaan. "
         "Een meerderheid van de fracties wil dit middel niet kwijt; wel spreekt de raad af dat vragen over "
         "personen niet in het vragenhalfuur thuishoren.")
    h2(pdf, "Wat de ambtelijke organisatie doet", 10.8)
    para(pdf, "Elke afdeling krijgt per 1 september 2026 een vaste contactpersoon voor raadsleden. De termijn van "
         "vijf werkdagen is voor vragen die uitzoekwerk vragen niet haalbaar; wij hanteren tien werkdagen en "
         "laten de griffie bijhouden hoe vaak die termijn wordt gehaald.")
    h2(pdf, "Kosten", 10.8)
    para(pdf, "Het onderzoek van de commissie kostte 86.400 euro, binnen het door uw raad beschikbaar gestelde "
         "budget van 90.000 euro. Voor de uitvoering van deze brief is in 2026 en 2027 jaarlijks 18.500 euro nodig, "
         "vooral voor de vertrouwenspersoon en de bijeenkomst van raad en college.")
    h2(pdf, "Vervolg", 10.8)
    para(pdf, "Wij gaan graag in op het aanbod van de commissie om over een jaar terug te komen. Wij informeren uw "
         "raad in het voorjaar van 2027 opnieuw over de stand van zaken.")
    para(pdf, "De burgemeester van Wolderbeek,\nmr. Jacob Hoogterp\n\nDe griffier,\nSanne Dijkstra-Mulder")
    pdf.output(B.out(NAME + "_response.pdf"))


def expected():
    recs = [
        (1, "Stel voor de zomer van 2027 een gedragscode op voor", "kan de code in maart 2027 vaststellen",
         "agrees"),
        (2, "Organiseer twee keer per jaar een bijeenkomst van raad en college",
         "maar eens per jaar, in september, en met de burgemeester", "partly"),
        (3, "Schaf het vragenhalfuur aan het begin van de raadsvergadering af",
         "Een meerderheid van de fracties wil dit middel niet kwijt", "disagrees"),
        (4, "Bespreek ten minste eens per kwartaal in het college hoe",
         "staat de samenwerking met de raad elk kwartaal op de agenda", "agrees"),
        (5, "Voeg bij elk raadsvoorstel waarin het college afwijkt van het",
         "Wij nemen deze vraag mee naar de evaluatie", "noted"),
        (6, "Zorg dat nieuwe raadsleden binnen drie maanden na hun installatie", None, "unanswered"),
        (7, "Wijs per afdeling een vaste contactpersoon aan die technische vragen",
         "wij hanteren tien werkdagen en laten de griffie bijhouden", "partly"),
    ]
    unmatched = ["College en presidium hebben daarna samen bekeken wat ieder",
                 "Het onderzoek van de commissie kostte 86.400 euro",
                 "Wij gaan graag in op het aanbod van de commissie"]
    notes = ("Advice: the final report of an external commission on bestuurscultuur in a municipality (fpdf2, "
             "2 p.); the seven recommendations are UNNUMBERED EN-DASH BULLETS in imperative form under three "
             "ADDRESSEE sub-headings of chapter 4 (raad 1-3, college and burgemeester 4-5, griffie and ambtelijke "
             "organisatie 6-7). Traps: an earlier en-dash list 'Wat wij zagen' (findings), interview quotes, the "
             "Gemeentewet paraphrased with 'moet', 'De commissie concludeert' paragraphs, the 2019 rekenkamer "
             "recommendation quoted as an imperative, a closing line naming 'de eerste twee aanbevelingen aan de "
             "raad'. Response: a raadsinformatiebrief signed by the burgemeester and the griffier, grouped by WHO "
             "ACTS, paraphrase only, order 4, 5, 1, 2+3, 7: quarterly college talk = 4 agrees; official advice "
             "attached = 5 noted (understood, not now, taken to the 2027 evaluation; the 'niet mee' sentence "
             "no decision yet); code of conduct and confidential adviser = "
             "1 agrees (March 2027, before the summer); ONE paragraph for 2 and 3: meeting once a year, chaired by "
             "the mayor = 2 partly, 'Het vragenhalfuur blijft bestaan' = 3 disagrees; contact person yes but ten "
             "working days = 7 partly; 'Aanleiding', 'Kosten' (figures) and 'Vervolg' answer nothing; 6 "
             "(introduction programme for new councillors) never answered: unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()
