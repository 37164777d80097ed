"""Round 137 (nl): the ADVIES of the (invented) OUDERCOMMISSIE of a childcare centre on the provider's proposed changes
for 2027 (hourly rate, groups, settling-in, meals), its seven recommendations UNNUMBERED BULLETS under 'Ons advies',
after the results of a parents' survey given as bullets in exactly the same style; answered by the provider's LETTER
that paraphrases BY THEME with bold INLINE LABELS ('Uurprijs.', 'Vaste gezichten.', ...) in another order, one
paragraph answering two recommendations with different verdicts (one recommendation never answered).

Advice (fpdf2, sans, plum headings, running head from p. 2, 'blz. n'): the Wet kinderopvang paraphrased with 'moet'
(trap), the survey bullets (trap), the committee's 2024 advice quoted as an imperative (carried out, trap), 'Wij
adviseren u niet om' (trap), a closing line naming 'de uurprijs en de extra dagen' (trap). Response (fpdf2):
2 agrees, 1 partly, 3 disagrees, 5 agrees + 6 partly (one paragraph), 4 noted; 7 unanswered; introduction,
'Planning' and closing answer nothing. All bodies, places, people, figures and reference numbers invented; laws named
as context only.

Run: /tmp/blind137nl/bin/python tests/docs/src/blind137/gen_nl_oudercommissie_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b137nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind137_nl_oudercommissie"
FS = B.tmp_fonts()
PLUM = (98, 38, 92)
GREY = (95, 95, 95)
LH = 5.0


class Doc(FPDF):
    head = ""

    def header(self):
        if self.page_no() > 1 and self.head:
            self.set_y(10)
            self.set_font("S", "", 7.4)
            self.set_text_color(*GREY)
            self.cell(0, 4, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*PLUM)
            self.set_line_width(0.3)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.set_y(21)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("S", "", 7.6)
        self.set_text_color(*GREY)
        self.cell(0, 5, f"blz. {self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)


def new(head, title, author):
    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 10, 2, tzinfo=datetime.timezone.utc))
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.head = head
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        pdf.add_font("S", style, FS[key])
    pdf.set_margins(24, 16, 24)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def width(pdf):
    return pdf.w - pdf.l_margin - pdf.r_margin


def para(pdf, text, size=9.6, style="", gap=2.2, align="J", color=(0, 0, 0), indent=0, markdown=False):
    pdf.set_font("S", style, size)
    pdf.set_text_color(*color)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(width(pdf) - indent, LH, text, align=align, new_x="LMARGIN", new_y="NEXT", markdown=markdown)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(gap)


def h2(pdf, text):
    pdf.ln(1.5)
    pdf.set_font("S", "B", 11.2)
    pdf.set_text_color(*PLUM)
    pdf.multi_cell(width(pdf), 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def bullet(pdf, text):
    y = pdf.get_y()
    pdf.set_font("S", "B", 9.6)
    pdf.set_text_color(*PLUM)
    pdf.set_xy(pdf.l_margin + 2, y)
    pdf.cell(4, LH, "\u2022")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("S", "", 9.6)
    pdf.set_xy(pdf.l_margin + 7, y)
    pdf.multi_cell(width(pdf) - 7, LH, text, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.4)


def advice():
    pdf = new("Oudercommissie Kindcentrum De Notenbalk - advies OC-NB 2026/04 - wijzigingen 2027",
              "Advies oudercommissie wijzigingen 2027", "Oudercommissie Kindcentrum De Notenbalk")
    para(pdf, "Oudercommissie Kindcentrum De Notenbalk - Stichting Kinderopvang Eemdal - Lindelaan 7, 3866 KR "
         "Aldermeer", size=8, color=GREY, align="L", gap=3)
    pdf.set_font("S", "B", 15.5)
    pdf.set_text_color(*PLUM)
    pdf.multi_cell(width(pdf), 7.5, "Advies over de voorgenomen wijzigingen per 1 januari 2027", align="L", new_x="LMARGIN",
                   new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    para(pdf, "Aan de directeur-bestuurder van Stichting Kinderopvang Eemdal, mevrouw drs. A. Kramer - kenmerk "
         "OC-NB 2026/04 - Aldermeer, 24 september 2026", size=8, color=GREY, align="L", gap=2)
    pdf.set_draw_color(*PLUM)
    pdf.set_line_width(0.6)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(3)
    h2(pdf, "Waarom dit advies")
    para(pdf, "Op 28 augustus 2026 legde u de oudercommissie vier voorgenomen wijzigingen voor: een hogere uurprijs, "
         "een nieuwe indeling van de babygroepen, andere afspraken over wennen en extra dagen, en het vervangen van "
         "de warme lunch door een broodmaaltijd. Volgens de Wet kinderopvang moet de houder de oudercommissie om "
         "advies vragen over onder meer de prijs, het pedagogisch beleid en de voeding, en moet hij schriftelijk "
         "motiveren als hij een advies niet volgt. De commissie vertegenwoordigt de ouders van de 96 kinderen die "
         "De Notenbalk opvangt.")
    h2(pdf, "Wat de ouders ons vertelden")
    para(pdf, "Wij hielden in september een korte enquête onder alle ouders; 61 gezinnen vulden haar in. De "
         "belangrijkste uitkomsten:")
    bullet(pdf, "Bijna drie op de vier ouders vinden een stijging van de uurprijs met 85 cent te veel, omdat de "
                "toeslag maar voor een deel meestijgt.")
    bullet(pdf, "Ouders van baby's noemen de vele wisselende invalkrachten in het voorjaar van 2026 hun grootste "
                "zorg.")
    bullet(pdf, "Veel ouders nemen af en toe een extra dag af en ervaren de toeslag van 10 procent daarop als "
                "een boete.")
    para(pdf, "In ons advies van 2024 schreven wij:", gap=1)
    para(pdf, "'Zet het pedagogisch beleidsplan in gewone taal op de website en maak er een korte samenvatting "
         "van.'", style="I", color=GREY, indent=9)
    para(pdf, "Dat is in 2025 gebeurd; wij komen daar niet op terug. Wij adviseren u niet om de openingstijd in de "
         "ochtend te vervroegen naar 7.00 uur, zoals een paar ouders vroegen: de behoefte is klein en het vraagt "
         "een extra dienst.")
    h2(pdf, "Ons advies")
    para(pdf, "De oudercommissie geeft een positief advies over de nieuwe groepsindeling en een negatief advies "
         "over de uurprijs zoals die nu is voorgesteld. Concreet adviseren wij het volgende:")
    bullet(pdf, "Verhoog de uurprijs voor dagopvang in 2027 niet verder dan de maximum uurprijs waarover ouders "
                "kinderopvangtoeslag krijgen.")
    bullet(pdf, "Zorg dat iedere baby per week door niet meer dan drie vaste pedagogisch medewerkers wordt "
                "opgevangen, ook tijdens vakanties.")
    bullet(pdf, "Schaf de toeslag van 10 procent op incidentele extra dagen af, zodat ouders daarvoor het gewone "
                "uurtarief betalen.")
    bullet(pdf, "Onderzoek samen met de oudercommissie of de warme lunch tegen een kleine bijdrage van ouders kan "
                "blijven bestaan.")
    bullet(pdf, "Laat nieuwe kinderen ten minste twee dagdelen kosteloos wennen voordat het contract ingaat.")
    bullet(pdf, "Informeer ouders ten minste acht weken van tevoren over iedere wijziging in de groep of de vaste "
                "medewerkers van hun kind.")
    bullet(pdf, "Hang het meest recente inspectierapport van de GGD ook op papier op in de hal van het "
                "kindcentrum.")
    h2(pdf, "Tot slot")
    para(pdf, "Voor de ouders wegen de uurprijs en de extra dagen het zwaarst. Wij ontvangen graag binnen vier weken "
         "uw schriftelijke reactie en zijn beschikbaar voor een toelichting.")
    para(pdf, "Met vriendelijke groet,\nnamens de oudercommissie,\nSanne Verhoef, voorzitter\nMehmet Yildiz, "
         "secretaris", align="L")
    pdf.output(B.out(NAME + "_advice.pdf"))


def response():
    pdf = new("Stichting Kinderopvang Eemdal - reactie op advies OC-NB 2026/04", "Reactie op advies oudercommissie",
              "Stichting Kinderopvang Eemdal")
    para(pdf, "Stichting Kinderopvang Eemdal - Bestuursbureau - Stationsweg 40, 3862 AB Aldermeer", size=8,
         color=GREY, align="L", gap=3)
    para(pdf, "Aan de oudercommissie van Kindcentrum De Notenbalk\nt.a.v. mevrouw S. Verhoef, voorzitter",
         align="L", gap=2)
    para(pdf, "Ons kenmerk: KE/DB/2026-314     Datum: 15 oktober 2026\nOnderwerp: uw advies over de wijzigingen per "
         "1 januari 2027", size=9, align="L", gap=4)
    para(pdf, "Beste Sanne,")
    para(pdf, "Dank voor jullie heldere advies en voor de moeite die jullie in de enquête hebben gestoken. Ik heb "
         "het advies besproken met de locatiemanager en het managementteam. Hieronder lees je per onderwerp wat "
         "wij ermee doen.")
    para(pdf, "**Vaste gezichten.** Hier zijn wij het helemaal mee eens. Vanaf januari werkt elke babygroep met "
         "een vast team van drie medewerkers en een vaste invalkracht, ook in de schoolvakanties.", markdown=True)
    para(pdf, "**Uurprijs.** Wij hebben de berekening opnieuw bekeken. De uurprijs wordt 11,45 euro in plaats van "
         "de voorgestelde 11,80 euro. Dat ligt nog 22 cent boven de maximum uurprijs, omdat de cao-lonen per 1 "
         "januari fors stijgen; verder kunnen wij niet gaan.", markdown=True)
    para(pdf, "**Extra dagen.** De toeslag op een losse extra dag blijft bestaan. Extra dagen vragen om extra "
         "planning en soms om een invalkracht, en die kosten willen wij niet over alle ouders verdelen.",
         markdown=True)
    para(pdf, "**Wennen en wisselingen.** Nieuwe kinderen mogen voortaan twee ochtenden gratis komen wennen; dat "
         "nemen wij zo over. Over wijzigingen in de groep of het team laten wij ouders minimaal vier weken "
         "vooraf weten; acht weken lukt niet, omdat wij personeelswisselingen vaak pas kort van tevoren kennen.",
         markdown=True)
    para(pdf, "**Lunch.** Wij hebben kennisgenomen van de wens om de warme lunch te houden. Het managementteam "
         "besluit in het voorjaar over het voedingsbeleid van alle locaties; jullie advies nemen wij daarin mee.",
         markdown=True)
    para(pdf, "**Planning.** De nieuwe prijzen staan vanaf 1 november in het ouderportaal. De jaarlijkse "
         "ouderavond is op 26 november om 19.30 uur.", markdown=True)
    para(pdf, "Ik kijk uit naar ons volgende overleg.")
    para(pdf, "Hartelijke groet,\n\ndrs. Anouk Kramer\ndirecteur-bestuurder", align="L")
    pdf.output(B.out(NAME + "_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        (1, "Verhoog de uurprijs voor dagopvang in 2027 niet verder dan",
         "De uurprijs wordt 11,45 euro in plaats van", "partly"),
        (2, "Zorg dat iedere baby per week door niet meer dan",
         "Hier zijn wij het helemaal mee eens", "agrees"),
        (3, "Schaf de toeslag van 10 procent op incidentele extra dagen af",
         "De toeslag op een losse extra dag blijft bestaan", "disagrees"),
        (4, "Onderzoek samen met de oudercommissie of de warme lunch tegen",
         "Wij hebben kennisgenomen van de wens om", "noted"),
        (5, "Laat nieuwe kinderen ten minste twee dagdelen kosteloos wennen",
         "mogen voortaan twee ochtenden gratis komen wennen", "agrees"),
        (6, "Informeer ouders ten minste acht weken van tevoren over iedere",
         "laten wij ouders minimaal vier weken vooraf weten", "partly"),
        (7, "Hang het meest recente inspectierapport van de GGD ook op", None, "unanswered"),
    ], ["Dank voor jullie heldere advies en voor de moeite",
        "De jaarlijkse ouderavond is op 26 november",
        "Ik kijk uit naar ons volgende overleg"],
        "Advice: a childcare centre's parents' committee (oudercommissie) advises the provider on its proposed changes "
        "for 2027; the seven recommendations are UNNUMBERED BULLETS (imperatives) under 'Ons advies'. Traps: the "
        "results of a parents' survey as three bullets in exactly the same style, the Wet kinderopvang paraphrased "
        "with 'moet', the committee's 2024 advice quoted as an imperative (carried out), 'Wij adviseren u niet om de "
        "openingstijd in de ochtend te vervroegen', a positive/negative advice sentence before the list, a closing "
        "line naming 'de uurprijs en de extra dagen'. Response: the director's letter paraphrasing BY THEME with "
        "bold INLINE LABELS in another order: 'Vaste gezichten.' = 2 agrees, 'Uurprijs.' = 1 partly (11.45 instead "
        "of 11.80, still above the maximum), 'Extra dagen.' = 3 disagrees, 'Wennen en wisselingen.' ONE paragraph = "
        "5 agrees + 6 partly (four weeks, not eight), 'Lunch.' = 4 noted (decided in spring). 7 (GGD report on paper "
        "in the hall) is never answered. Introduction, 'Planning.' and closing answer nothing.")
    print("written", NAME)
