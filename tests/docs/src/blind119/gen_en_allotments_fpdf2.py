"""Round 119 (EN): an English city council's ALLOTMENTS FORUM's advice on allotment rents and the allotments review:
background with the Allotments Act 1950 paraphrased ('must be let at ...'), the Forum's 2023 advice quoted, a
NUMBERED list 1.-5. of the survey QUESTIONS put to tenants, a table of survey results, a rents table, then 'Our
recommendations' as a plain NUMBERED LIST 1.-7. after the lead-in 'The Forum recommends that the Cabinet Member:',
running across the page break, and a closing line asking for a decision 'on recommendations 1 and 3'.
Answered by the council's RECORD OF DECISION TAKEN BY AN INDIVIDUAL CABINET MEMBER: a bordered form of fields
(reference, decision maker, date, subject, key decision), '1. DECISION' with the Cabinet Member's decisions (1)-(6)
that name no recommendation, '2. REASONS FOR THE DECISION' in paragraphs 2.1-2.6 naming the Forum's recommendations by
ORDINAL ('The Forum's first recommendation ...', 'On the second recommendation ...') in the order 1, 2, 3, 5, 7, 4,
so that each reply is split between a decision point and a reason; then sections that answer nothing: '3. ALTERNATIVE
OPTIONS CONSIDERED AND REJECTED' (rejections of options nobody recommended), consultation, financial implications,
declarations of interest, call-in. One recommendation is never mentioned.
fpdf2, A4, cleaned DejaVu Sans (advice) and Liberation Sans (decision record), fixed creation dates; header and 'Page
N of M' stamped from page 2. All bodies, people, places, figures and references invented; the Allotments Act 1950 is
named as context only (what is said of it here is paraphrased and not to be relied on).
Run:  /tmp/blind119en/bin/python tests/docs/src/blind119/gen_en_allotments_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b119en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind119_en_allotments"
GREEN = (52, 94, 48)
PALE = (233, 241, 228)
GREY = (225, 225, 225)


class Doc(FPDF):
    def __init__(self, date, fam):
        super().__init__(orientation="P", format="A4")
        self.set_creation_date(date)
        self.fam = fam
        for f, files in (("DV", ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")),
                         ("LA", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
                                 "LiberationSans-Italic.ttf"))):
            self.add_font(f, "", H.clean_font(files[0]))
            self.add_font(f, "B", H.clean_font(files[1]))
            self.add_font(f, "I", H.clean_font(files[2]))
        self.set_margins(22, 18, 22)
        self.set_auto_page_break(True, 22)
        self.add_page()

    @property
    def tw(self):
        return self.w - self.l_margin - self.r_margin

    def para(self, t, size=10, style="", lh=5.2, after=2.4, indent=0, markdown=False):
        self.set_font(self.fam, style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.tw - indent, lh, t, new_x="LMARGIN", new_y="NEXT", markdown=markdown)
        self.ln(after)

    def head(self, t, size=12, color=GREEN, before=2.5):
        if self.get_y() > self.h - 45:
            self.add_page()
        self.ln(before)
        self.set_font(self.fam, "B", size)
        self.set_text_color(*color)
        self.multi_cell(0, 6.2, t, new_x="LMARGIN", new_y="NEXT", align="L")
        self.set_text_color(0, 0, 0)
        self.ln(1.2)

    def item(self, label, t, size=10, lh=5.2, gap=9, after=1.6, style=""):
        self.set_font(self.fam, style, size)
        y = self.get_y()
        lines = self.multi_cell(self.tw - gap, lh, t, dry_run=True, output="LINES")
        if y + lh * min(len(lines), 2) > self.h - self.b_margin:
            self.add_page()
            y = self.get_y()
        self.set_x(self.l_margin + 1)
        self.cell(gap - 1, lh, label)
        self.set_xy(self.l_margin + gap, y)
        self.multi_cell(self.tw - gap, lh, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)


def advice():
    d = Doc(datetime.datetime(2026, 2, 10, 9, 0, tzinfo=datetime.timezone.utc), "DV")
    d.set_fill_color(*GREEN)
    d.rect(0, 0, d.w, 26, style="F")
    d.set_xy(d.l_margin, 7)
    d.set_text_color(255, 255, 255)
    d.set_font("DV", "B", 14)
    d.cell(d.tw, 6.5, "Brackenfield Allotments Forum", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 8.8)
    d.cell(d.tw, 5.5, "Site associations, the Federation of Allotment Holders and Brackenfield City Council",
           new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_y(34)
    d.set_font("DV", "B", 16)
    d.set_text_color(*GREEN)
    d.multi_cell(0, 7.5, "Allotment rents 2026/27 and the allotments review: advice to the Cabinet Member for "
                 "Parks, Leisure and Culture", new_x="LMARGIN", new_y="NEXT", align="L")
    d.set_text_color(90, 90, 90)
    d.set_font("DV", "", 8.8)
    d.ln(1)
    d.cell(0, 5, "Forum paper AF 26/02  |  10 February 2026  |  Agreed at the Forum meeting of 3 February 2026",
           new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(3)
    d.head("1. Background")
    d.para("The Allotments Forum brings together the chairs of the fourteen site associations, the Brackenfield "
           "Federation of Allotment Holders and officers of the Parks and Open Spaces service. The Council has asked "
           "the Forum for its view on the draft fees and charges for 2026/27, which propose a rise of 15 per cent in "
           "allotment rents, and on the first stage of the allotments review.")
    d.para("The Allotments Act 1950 says that allotments must be let at a rent that a tenant may reasonably be "
           "expected to pay. The Forum accepts that rents have to rise with costs; our concern is the size of the "
           "rise in a single year, and what tenants get for it.")
    d.para("In 2023 the Forum advised that \"the Council should offer a half plot to every new tenant who asks for "
           "one\". Half plots are now offered at every site and made up 38 per cent of new lettings in 2025.")
    d.head("2. What we asked tenants")
    d.para("In December 2025 the Forum sent a short survey to every tenant; 612 of the 1,480 tenants replied. We "
           "asked them:")
    for i, q in enumerate(["Could you afford a rent rise of 15 per cent next year?",
                           "Is the water supply on your site reliable in summer?",
                           "How long did you wait for your plot?",
                           "Have you ever received a non-cultivation notice, and was it fair?",
                           "What one improvement would you most like to see on your site?"], 1):
        d.item(f"{i}.", q, after=0.8)
    d.ln(1.5)
    d.para("The answers were clear. 69 per cent said they could not afford a rise of 15 per cent. At Gorse Lane and "
           "Millfield, 44 per cent said the water had failed at least once a month in summer 2025. The average "
           "wait for a plot was 19 months, while 46 plots at Station Road are too overgrown to let.")
    d.set_font("DV", "", 8.8)
    d.set_fill_color(255, 255, 255)
    with d.table(col_widths=(62, 36, 36, 32), text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"), line_height=5,
                 headings_style=FontFace(emphasis="BOLD", fill_color=PALE), borders_layout="HORIZONTAL_LINES",
                 width=166) as t:
        for row in (("Annual rent", "2025/26", "Draft 2026/27", "Plus 5 per cent"),
                    ("Full plot (250 square metres)", "\u00a388.00", "\u00a3101.20", "\u00a392.40"),
                    ("Half plot", "\u00a344.00", "\u00a350.60", "\u00a346.20"),
                    ("Full plot with concession", "\u00a344.00", "\u00a350.60", "\u00a346.20")):
            r = t.row()
            for c in row:
                r.cell(c)
    d.ln(3)
    d.head("3. Our recommendations")
    d.para("The Forum recommends that the Cabinet Member:")
    recs = [
        "Limit the rise in allotment rents for 2026/27 to 5 per cent, rather than the 15 per cent in the draft "
        "fees and charges.",
        "Extend the 50 per cent rent concession, now given to tenants who receive a means-tested benefit, to "
        "full-time students and apprentices.",
        "Replace the water pipework at Gorse Lane and Millfield before the start of the 2026 growing season.",
        "Clear the 46 overgrown plots at Station Road during the winter of 2026-27 and offer them as starter plots "
        "of a quarter of the usual size.",
        "Adopt a staged non-cultivation procedure, with a first warning after six weeks, a second inspection four "
        "weeks later, and notice to quit only if the plot fails both.",
        "Set aside \u00a310,000 a year for improvements to sites, to be spent on projects put forward by the site "
        "associations.",
        "Publish the waiting list for each site on the Council's website, and update it every quarter.",
    ]
    for i, r in enumerate(recs, 1):
        d.item(f"{i}.", r, after=2.2)
    d.head("4. Next steps")
    d.para("Rent notices for 2026/27 are due to be sent to tenants in March. The Forum therefore asks for a decision "
           "on recommendations 1 and 3 before then, and would welcome the chance to discuss the others with the "
           "Cabinet Member at its May meeting.")
    d.ln(2)
    d.para("Sue Ashworth\nChair, Brackenfield Allotments Forum", style="B")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc(datetime.datetime(2026, 3, 2, 15, 0, tzinfo=datetime.timezone.utc), "LA")
    d.set_font("LA", "B", 11)
    d.cell(0, 6, "BRACKENFIELD CITY COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("LA", "B", 13)
    d.cell(0, 7, "RECORD OF DECISION TAKEN BY AN INDIVIDUAL CABINET MEMBER", align="C", new_x="LMARGIN",
           new_y="NEXT")
    d.ln(3)
    d.set_draw_color(0, 0, 0)
    d.set_line_width(0.25)
    for label, value in (("Decision reference", "CMD/2026/041"),
                         ("Decision maker", "Councillor Lorraine Okafor, Cabinet Member for Parks, Leisure and "
                          "Culture"),
                         ("Date of decision", "2 March 2026"),
                         ("Subject", "Allotment rents 2026/27 and the response to the Allotments Forum's advice "
                          "(Forum paper AF 26/02)"),
                         ("Report of", "Head of Parks and Open Spaces"),
                         ("Key decision", "No"),
                         ("Exempt information", "None")):
        d.set_font("LA", "", 9.5)
        lines = d.multi_cell(d.tw - 48, 5, value, dry_run=True, output="LINES")
        h = 5 * len(lines) + 2
        y = d.get_y()
        d.set_fill_color(*GREY)
        d.set_font("LA", "B", 9.5)
        d.rect(d.l_margin, y, 48, h, style="DF")
        d.rect(d.l_margin + 48, y, d.tw - 48, h, style="D")
        d.set_xy(d.l_margin + 1.5, y + 1)
        d.cell(45, 5, label)
        d.set_font("LA", "", 9.5)
        d.set_xy(d.l_margin + 49.5, y + 1)
        d.multi_cell(d.tw - 51, 5, value, new_x="LMARGIN", new_y="NEXT")
        d.set_y(y + h)
    d.ln(3)

    def sec(t):
        d.head(t, size=10.5, color=(0, 0, 0), before=2)

    sec("1. DECISION")
    d.para("The Cabinet Member has decided:", size=9.8)
    for lab, t in (("(1)", "to set allotment rents for 2026/27 at the levels shown in Appendix 1, an increase of 10 "
                    "per cent on 2025/26;"),
                   ("(2)", "to keep the 50 per cent rent concession for tenants in receipt of a means-tested "
                    "benefit, without extending it to further groups;"),
                   ("(3)", "to approve capital spending of \u00a318,400 on new water pipework at Gorse Lane and "
                    "Millfield, to be completed by 31 March 2026;"),
                   ("(4)", "to adopt the staged non-cultivation procedure at Appendix 2 from 1 April 2026;"),
                   ("(5)", "to publish the waiting list for each allotment site on the Council's website from April "
                    "2026, updated every three months; and"),
                   ("(6)", "to ask the Head of Parks and Open Spaces to report by October 2026 on the options for "
                    "the overgrown plots at Station Road.")):
        d.item(lab, t, size=9.8, lh=5, gap=10, after=1)
    sec("2. REASONS FOR THE DECISION")
    for lab, t in (
            ("2.1", "The Forum's first recommendation was a rise of no more than 5 per cent. The Cabinet Member "
             "accepts that 15 per cent is too much in one year, but a rise of 5 per cent would leave the allotment "
             "service with a deficit of \u00a316,300. A rise of 10 per cent keeps the full-plot rent, at \u00a396.80, "
             "below the average of \u00a3112 charged by neighbouring councils."),
            ("2.2", "On the second recommendation, the Cabinet Member recognises that many students and apprentices "
             "have low incomes. The Council's concessions policy, however, links every discount to a means-tested "
             "benefit, and a separate category for allotments alone would be unfair to the users of other "
             "services. The concession will therefore not be extended."),
            ("2.3", "The pipework at both sites dates from the 1960s, and an inspection by the Council in January "
             "found the leaks and failures that tenants had described. The work has been brought forward so that it "
             "is finished before the growing season, as the Forum asked in its third recommendation."),
            ("2.4", "The procedure at Appendix 2 follows the Forum's fifth recommendation in full: a first warning "
             "after six weeks, a second inspection four weeks later, and notice to quit only where the plot fails "
             "both."),
            ("2.5", "Publishing the waiting lists, as the seventh recommendation proposes, costs nothing and will show "
             "applicants where plots are coming free soonest."),
            ("2.6", "Clearing the overgrown plots at Station Road would cost an estimated \u00a331,000, for which "
             "there is no budget in 2026/27. Officers will look at other ways of doing the work, including volunteer "
             "work days and the community payback scheme, and report back before any decision is taken.")):
        d.item(lab, t, size=9.8, lh=5, gap=10, after=1.6)
    sec("3. ALTERNATIVE OPTIONS CONSIDERED AND REJECTED")
    for lab, t in (("3.1", "Transferring the management of every site to its site association: rejected for now, "
                    "as only two of the fourteen associations said they were willing to take it on."),
                   ("3.2", "Introducing a deposit of \u00a350 for new tenants: rejected, as it would deter applicants "
                    "on low incomes.")):
        d.item(lab, t, size=9.8, lh=5, gap=10, after=1.6)
    sec("4. CONSULTATION")
    d.para("The Allotments Forum was consulted at its meeting on 3 February 2026, and its written advice is at "
           "Appendix 3. Councillors for the seven wards with allotment sites were informed on 12 February 2026.",
           size=9.8, lh=5)
    sec("5. FINANCIAL IMPLICATIONS")
    d.para("The increase in rents will raise about \u00a314,700 in 2026/27. The pipework is funded from the parks "
           "capital programme for 2025/26, which has an unallocated balance of \u00a342,000.", size=9.8, lh=5)
    sec("6. DECLARATIONS OF INTEREST AND DISPENSATIONS")
    d.para("None declared. No dispensation was granted.", size=9.8, lh=5)
    sec("7. CALL-IN")
    d.para("This decision may be called in by any five non-executive councillors until 5 pm on 10 March 2026, in "
           "line with the scrutiny procedure rules. If it is not called in, it may be implemented from 11 March "
           "2026.", size=9.8, lh=5)
    d.ln(2)
    d.para("Signed: L. Okafor, Cabinet Member for Parks, Leisure and Culture          Date: 2 March 2026\n"
           "Proper officer: J. Middlemiss, Head of Democratic Services", size=9.5, lh=5)
    d.para("Appendices: 1. Allotment rents 2026/27. 2. Non-cultivation procedure. 3. Allotments Forum paper AF "
           "26/02 (published with the Forum's papers, not reproduced here).", size=8.8, lh=4.6)
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Brackenfield Allotments Forum - AF 26/02",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="Record of decision CMD/2026/041", footer="Page {n} of {N}",
            skip_first=True)
    recs = [
        {"number": 1, "starts_with": "Limit the rise in allotment rents for 2026/27 to 5 per cent",
         "reply_contains": "but a rise of 5 per cent would leave the allotment service",
         "verdict": "partly"},
        {"number": 2, "starts_with": "Extend the 50 per cent rent concession, now given to tenants",
         "reply_contains": "The concession will therefore not be extended", "verdict": "disagrees"},
        {"number": 3, "starts_with": "Replace the water pipework at Gorse Lane and Millfield before the",
         "reply_contains": "The work has been brought forward so that it is finished",
         "verdict": "agrees"},
        {"number": 4, "starts_with": "Clear the 46 overgrown plots at Station Road during the winter",
         "reply_contains": "report back before any decision is taken", "verdict": "noted"},
        {"number": 5, "starts_with": "Adopt a staged non-cultivation procedure, with a first warning after",
         "reply_contains": "follows the Forum's fifth recommendation in full", "verdict": "agrees"},
        {"number": 6, "starts_with": "Set aside \u00a310,000 a year for improvements to sites, to be",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 7, "starts_with": "Publish the waiting list for each site on the Council's website",
         "reply_contains": "costs nothing and will show applicants where plots are coming free",
         "verdict": "agrees"},
    ]
    unmatched = ["only two of the fourteen associations said they were willing",
                 "Introducing a deposit of \u00a350 for new tenants",
                 "Councillors for the seven wards with allotment sites were informed",
                 "which has an unallocated balance of \u00a342,000",
                 "None declared. No dispensation was granted.",
                 "may be called in by any five non-executive councillors"]
    notes = ("Advice: an English city council's ALLOTMENTS FORUM paper AF 26/02 on rents for 2026/27 and the "
             "allotments review. Recommendations: a plain NUMBERED LIST 1.-7. under '3. Our recommendations' after "
             "the lead-in 'The Forum recommends that the Cabinet Member:', imperatives (Limit, Extend, Replace, "
             "Clear, Adopt, Set aside, Publish), the list running across the page break. Traps: numbered section "
             "headings 1.-4.; the Allotments Act 1950 paraphrased ('must be let at a rent ...'); the Forum's 2023 "
             "advice quoted ('the Council should offer a half plot ...', done); a NUMBERED list 1.-5. of the survey "
             "QUESTIONS; survey findings with figures; a rents table; closing 'asks for a decision on "
             "recommendations 1 and 3'. Response: RECORD OF DECISION TAKEN BY AN INDIVIDUAL CABINET MEMBER "
             "(CMD/2026/041): a bordered form of fields; '1. DECISION' points (1)-(6) naming no recommendation, in "
             "the order 1, 2, 3, 5, 7, 4; '2. REASONS FOR THE DECISION' paragraphs 2.1-2.6 naming the Forum's "
             "recommendations by ORDINAL ('The Forum's first recommendation', 'On the second recommendation', 'its "
             "third recommendation', 'the Forum's fifth recommendation', 'the seventh recommendation') except 2.6 "
             "(Station Road, by content only); each reply is split between a decision point and a reason paragraph, "
             "and the paragraph numbers 2.1-2.6 are not the recommendation numbers. Verdicts: 1 a 10 per cent rise, "
             "not 5 ('but a rise of 5 per cent would leave the allotment service with a deficit') = partly; 2 "
             "concession kept for benefits only, 'The concession will therefore not be extended' = disagrees; 3 "
             "pipework approved, to be finished by 31 March 2026 = agrees; 4 no budget, options report by October, "
             "'report back before any decision is taken' = noted; 5 procedure adopted, 'follows the Forum's fifth "
             "recommendation in full' = agrees; 6 (GBP 10,000 a year for site projects) never mentioned = "
             "unanswered; 7 waiting lists published from April, quarterly = agrees. '3. ALTERNATIVE OPTIONS "
             "CONSIDERED AND REJECTED' (self-management and a deposit, options nobody recommended), '4. "
             "CONSULTATION', '5. FINANCIAL IMPLICATIONS', '6. DECLARATIONS OF INTEREST AND DISPENSATIONS' and '7. "
             "CALL-IN' answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
