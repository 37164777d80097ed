"""Round 81 (EN): an INDEPENDENT REVIEW OF A BIOSECURITY INCURSION RESPONSE (genre: the review that a New Zealand
biosecurity agency commissions after an eradication response to a pest detection: executive summary with numbered
key findings, terms of reference (a)-(d), a timeline table, chapters on preparedness, the response and governance,
each chapter ending in a shaded box 'Recommendations' whose numbered items continue across the chapters: 1-2, 3-5,
6-7) answered by the agency's MANAGEMENT RESPONSE (a short published document signed by the chief executive: an
introduction, theme headings that cite the recommendation numbers in brackets, a section on the end of the response,
a closing).
Advice: Independent reviewers for the Border and Biosecurity Authority, 'Independent review of the response to the
Oriental fruit fly detections in Te Awaroa, 2025-26', 2 p.
Response: Border and Biosecurity Authority, 'Management response to the independent review', 1 p.; order 6, 3+4 (one
section), 1, 5, 2; 7 is not answered.
fpdf2, A4, cleaned DejaVu Sans/Serif, fixed creation date. The Biosecurity Act 1993 is real (what is said of it here
is not to be relied on); the Authority, Te Awaroa, the reviewers, people, dates and figures are invented.

Run:  /tmp/blind81en/bin/python tests/docs/src/blind81/gen_en_biosecurity_review_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b81en as H
from fpdf import FPDF

NAME = "blind81_en_biosecurity_review"
TEAL = (0, 92, 99)
PALE = (226, 239, 240)


class Doc(FPDF):
    def __init__(self, header_text, footer_text):
        super().__init__(format="A4")
        self.ht, self.ft = header_text, footer_text
        self.set_creation_date(datetime.datetime(2026, 10, 1, tzinfo=datetime.timezone.utc))
        for style, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
            self.add_font("S", style, H.clean_font(f))
        for style, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf")):
            self.add_font("R", style, H.clean_font(f))
        self.set_margins(22, 20, 22)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages()

    def header(self):
        if self.page_no() > 1 and self.ht:
            self.set_font("S", "", 7.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, self.ht, new_x="LMARGIN", new_y="NEXT", align="R")
            self.ln(3)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("S", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, self.ft.replace("{n}", str(self.page_no())), align="C")
        self.set_text_color(0, 0, 0)

    def h1(self, t):
        self.ln(2.5)
        self.set_font("S", "B", 12)
        self.set_text_color(*TEAL)
        self.multi_cell(0, 6.2, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def h2(self, t):
        self.ln(1)
        self.set_font("S", "B", 10)
        self.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(0.6)

    def p(self, t, size=9.8):
        self.set_font("R", "", size)
        self.multi_cell(0, 4.9, t, new_x="LMARGIN", new_y="NEXT", align="J", markdown=True)
        self.ln(1.8)

    def item(self, label, t, indent=8, font="R", size=9.8):
        self.set_font(font, "", size)
        x = self.l_margin
        self.set_x(x)
        self.cell(indent, 4.9, label)
        self.multi_cell(0, 4.9, t, new_x="LMARGIN", new_y="NEXT", align="J")
        self.ln(1)

    def box(self, title, items):
        w = self.w - self.l_margin - self.r_margin
        self.ln(1.5)
        self.set_fill_color(*TEAL)
        self.set_text_color(255, 255, 255)
        self.set_font("S", "B", 9.5)
        self.cell(w, 7, "  " + title, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_fill_color(*PALE)
        self.cell(w, 2, "", fill=True, new_x="LMARGIN", new_y="NEXT")
        for n, t in items:
            self.set_font("S", "B", 9.4)
            self.set_x(self.l_margin)
            self.cell(11, 5.2, "  %d." % n, fill=True)
            self.set_font("S", "", 9.4)
            self.multi_cell(w - 11, 5.2, t + "  ", fill=True, new_x="LMARGIN", new_y="NEXT")
            self.cell(w, 2, "", fill=True, new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def grid(self, rows, widths):
        self.set_font("S", "", 8.4)
        with self.table(col_widths=widths, text_align="LEFT", line_height=4.4,
                        headings_style=__import__("fpdf").fonts.FontFace(emphasis="BOLD", fill_color=PALE)) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.ln(2)


def advice():
    d = Doc("Independent review of the Te Awaroa fruit fly response", "{n} / {nb}")
    d.add_page()
    d.set_fill_color(*TEAL)
    d.rect(0, 0, d.w, 9, style="F")
    d.ln(6)
    d.set_font("S", "B", 9)
    d.set_text_color(*TEAL)
    d.cell(0, 5, "BORDER AND BIOSECURITY AUTHORITY  |  INDEPENDENT REVIEW", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.set_font("S", "B", 17)
    d.multi_cell(0, 8, "Independent review of the response to the Oriental fruit fly detections in Te Awaroa, "
                       "2025-26", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("S", "", 9.5)
    d.cell(0, 6, "Reviewers: Dr Sina Fa'alogo and Mark Tuhiwai  |  Final report, 30 September 2026",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.h1("Executive summary")
    d.p("On 6 December 2025 a single male Oriental fruit fly was found in a surveillance trap in a residential street "
        "in Te Awaroa. Two more flies were trapped in the following ten days. The Authority declared a Controlled "
        "Area around the finds and ran an eradication response until 14 May 2026, when the controls were lifted "
        "after three months without further detections. The response cost $9.8 million.")
    d.p("The response achieved its aim, and we commend the staff and volunteers who made that possible. Our key "
        "findings are:")
    for i, t in enumerate([
            "the response plan in use had not been exercised since 2019 and did not reflect the current structure "
            "of the Authority;",
            "trap checking fell behind for the first three weeks because too few trained staff were available;",
            "residents in the Controlled Area, a third of whom speak a language other than English at home, "
            "received clear written information only after nine days;",
            "the requirement to take home-grown fruit to fixed collection points was widely misunderstood and "
            "caused real hardship for older residents; and",
            "mana whenua were informed of decisions but were not asked to take part in making them."], 1):
        d.item("%d." % i, t)
    d.h1("1  Terms of reference")
    d.p("The Authority asked us to review (a) the readiness of the Authority for a fruit fly response, (b) the "
        "effectiveness of the surveillance and movement controls, (c) the Authority's engagement with the affected "
        "community and with mana whenua, and (d) the governance of the response. We interviewed 41 people and "
        "reviewed the response's records.")
    d.h1("2  Timeline")
    d.grid([["Date", "Event"],
             ["6 December 2025", "First fly found in a surveillance trap"],
             ["8 December 2025", "Controlled Area Notice issued; movement controls on fruit and vegetables"],
             ["15 December 2025", "Written information in five languages delivered to households"],
             ["17 December 2025", "Third and last fly found"],
             ["14 May 2026", "Controls lifted; eradication declared"]], (38, 128))
    d.h1("3  Preparedness")
    d.p("The Authority's fruit fly response plan was last exercised in 2019. A 2019 review recommended that \"the "
        "Authority should test its fruit fly plans with its partners every year\", but no exercise took place "
        "between 2020 and 2025. In the first three weeks of the response 18 per cent of scheduled trap checks were "
        "missed, because staff had to be trained on the job. Other agencies offered staff, but there was no "
        "arrangement for deploying them.")
    d.box("Recommendations", [
        (1, "Maintain a standing fruit fly response plan and exercise it at least every two years with regional "
            "councils, mana whenua and the horticulture industry."),
        (2, "Establish a reserve of trained field staff, drawn from the Authority and other government agencies, "
            "that can be deployed to trap checking within 72 hours of a detection.")])
    d.h1("4  The response in the community")
    d.p("Under the Biosecurity Act 1993 a Controlled Area Notice must describe the area and the restrictions that "
        "apply in it. The notice was issued within two days, but residents learned of the restrictions mainly "
        "from the news and from signs at the edge of the area. Community leaders told us that information should "
        "have been available in Samoan, Tongan, Hindi and Chinese from the first day.")
    d.p("Residents had to bag home-grown fruit and vegetables and take them to one of four collection points. Many "
        "older residents could not carry the bags, and some disposed of produce in household rubbish instead. "
        "Residents and two community gardens lost produce worth an estimated $310,000, for which no payment was "
        "offered.")
    d.box("Recommendations", [
        (3, "Provide residents of a Controlled Area with written information in at least five community languages "
            "within 48 hours of the area being declared."),
        (4, "Replace the requirement to take produce to fixed collection points with a free kerbside collection "
            "for the duration of the controls."),
        (5, "Reimburse residents and community gardens for the value of produce destroyed under the controls, "
            "through a simple claims process.")])
    d.h1("5  Governance")
    d.p("The response was governed by a group of senior Authority managers. Mana whenua representatives were "
        "briefed weekly but had no place in that group, and told us that they had been consulted only after "
        "decisions on the controls had been made. The Authority has not published a lessons-learned report for "
        "any of its last four responses.")
    d.box("Recommendations", [
        (6, "Agree with mana whenua at the start of every response how they will take part in its decisions, and "
            "record that agreement in the response plan."),
        (7, "Publish a lessons-learned report within three months of the end of every response that costs more "
            "than $1 million.")])
    d.p("We thank the people of Te Awaroa, the response staff and the Authority for their openness throughout this "
        "review.")
    return d


def response():
    d = Doc("", "Management response - page {n} of {nb}")
    d.add_page()
    d.set_draw_color(*TEAL)
    d.set_line_width(0.8)
    d.set_font("S", "B", 13)
    d.set_text_color(*TEAL)
    d.cell(0, 7, "Border and Biosecurity Authority", new_x="LMARGIN", new_y="NEXT")
    d.line(d.l_margin, d.get_y() + 1, d.w - d.r_margin, d.get_y() + 1)
    d.ln(5)
    d.set_font("S", "B", 15)
    d.multi_cell(0, 7.5, "Management response to the independent review of the Te Awaroa fruit fly response",
                 new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("S", "", 9)
    d.cell(0, 6, "Published 11 November 2026", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.h2("Introduction")
    d.p("The Authority commissioned this review in February 2026 so that it could learn from its first fruit fly "
        "response in six years, and it has published the report in full alongside this response. The reviewers' "
        "findings match much of what our own staff told us during the debriefs.")
    d.h2("Partnership with mana whenua (recommendation 6)")
    d.p("We acknowledge that mana whenua should have been involved earlier. How iwi and hapu take part in the "
        "governance of responses is one of the matters being discussed with iwi for the Authority's partnership "
        "framework, due in 2027, and we will consider this recommendation as part of that work.")
    d.h2("Information for residents and fruit disposal (recommendations 3 and 4)")
    d.p("Since July 2026 the Authority has kept ready-to-print notices in seven languages for every pest that "
        "could lead to a Controlled Area, and they can now be delivered within two days. We have considered a "
        "kerbside collection carefully, but we do not accept it: collection from every property would greatly "
        "increase the risk of infested fruit being moved, and the cost in a large area would be out of proportion. "
        "Instead, staff will collect bags from residents who cannot reach a collection point.")
    d.h2("Response planning (recommendation 1)")
    d.p("A revised fruit fly response plan was approved in August 2026 and will be exercised with regional "
        "councils, mana whenua and industry in March 2027, and every two years after that.")
    d.h2("The end of the response")
    d.p("Trapping in Te Awaroa continued at the higher density until 14 May 2026, and no further flies were found. "
        "New Zealand's freedom from Oriental fruit fly was confirmed to our trading partners in June.")
    d.h2("Compensation (recommendation 5)")
    d.p("The Authority does not intend to offer payment for home-grown produce. Compensation under the Act is "
        "designed for losses from the exercise of particular powers and not for produce of this kind, and a "
        "separate scheme would set a costly precedent for future responses.")
    d.h2("Field staff (recommendation 2)")
    d.p("We have trained a reserve of 60 Authority staff in trap checking, who can be deployed within 72 hours. We "
        "are not pursuing an arrangement with other government agencies at this stage, as the reserve now meets "
        "the needs of a response of the size seen in Te Awaroa.")
    d.h2("Closing")
    d.p("I want to thank the residents of Te Awaroa for their patience during five difficult months, and the "
        "reviewers for a careful and fair report.")
    d.ln(3)
    d.set_font("R", "", 9.8)
    d.multi_cell(0, 5, "Tania Ruawai\nChief Executive, Border and Biosecurity Authority", new_x="LMARGIN",
                 new_y="NEXT")
    return d


RECS = [
    (1, "Maintain a standing fruit fly response plan and exercise it at",
     "A revised fruit fly response plan was approved in August 2026", "agrees"),
    (2, "Establish a reserve of trained field staff, drawn from the Authority",
     "are not pursuing an arrangement with other government agencies", "partly"),
    (3, "Provide residents of a Controlled Area with written information in at",
     "kept ready-to-print notices in seven languages for every pest", "agrees"),
    (4, "Replace the requirement to take produce to fixed collection points",
     "a kerbside collection carefully, but we do not accept it", "disagrees"),
    (5, "Reimburse residents and community gardens for the value of produce destroyed",
     "does not intend to offer payment for home-grown produce", "disagrees"),
    (6, "Agree with mana whenua at the start of every response how",
     "we will consider this recommendation as part of that work", "noted"),
    (7, "Publish a lessons-learned report within three months of the end", None, "unanswered"),
]

if __name__ == "__main__":
    advice().output(H.out(NAME + "_advice.pdf"))
    response().output(H.out(NAME + "_response.pdf"))
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["so that it could learn from its first fruit fly response",
                      "freedom from Oriental fruit fly was confirmed to our trading partners",
                      "I want to thank the residents of Te Awaroa for their patience"],
                     "Advice: an independent review of a biosecurity eradication response (New Zealand genre): an "
                     "executive summary with numbered key findings 1.-5. (NOT recommendations), terms of reference "
                     "(a)-(d) inline, a timeline table with dates, and chapters 3-5 each ending in a shaded BOX "
                     "titled 'Recommendations' whose numbered items continue across the boxes (1-2, 3-5, 6-7), "
                     "imperatives ('Maintain ...', 'Establish ...'). Traps: a 2019 review's recommendation quoted "
                     "('the Authority should test its fruit fly plans with its partners every year'); 'a Controlled "
                     "Area Notice must describe the area' under the Biosecurity Act 1993; community leaders' "
                     "'information should have been available'; dollar figures. Response: a management response "
                     "with theme headings citing numbers in brackets, in the order 6, 3+4, 1, 5, 2: iwi partnership "
                     "framework due 2027, 'we will consider this recommendation as part of that work' (6 noted); "
                     "ONE section '(recommendations 3 and 4)' = notices ready in seven languages (3 agrees) + "
                     "kerbside collection 'we do not accept it', staff will collect from those who cannot reach a "
                     "point (4 disagrees); revised plan approved, exercise March 2027 (1 agrees); 'does not intend "
                     "to offer payment' (5 disagrees); a reserve of 60 Authority staff but 'not pursuing an "
                     "arrangement with other government agencies' (2 partly). 7 (lessons-learned reports) is not "
                     "answered. Unmatched: Introduction, 'The end of the response', Closing.")
    sys.exit(H.main([NAME]))
