"""Round 123 (EN): a Northern Ireland APPRENTICESHIPS ADVISORY FORUM's advice paper to a government department on
adult apprentices and small employers. The recommendations are the rows of a ruled TABLE 'Table 2: Our
recommendations' with a 'No.' column 1-7 and 'Priority' and 'By' columns. Traps: the Industrial Training (Northern
Ireland) Order 1984 paraphrased with 'must', an earlier ruled TABLE of starts by age group whose first column also
holds small numbers, a numbered list 1.-5. of what employers told the Forum, the Forum's 2023 recommendation quoted
('should simplify', done), a closing line naming 'the recommendations marked High'. Answered by the Minister's
LETTER BY THEME without headings or numbers, in the order 4, 1+2 (one paragraph, two verdicts), 5, 3, 6; 7 never
answered; an introduction citing 'Table 1 of your paper', a paragraph on the skills strategy consultation and a
closing answer nothing.
fpdf2, A4, cleaned Liberation Sans (advice) and DejaVu Serif (letter), fixed creation dates; header and 'Page N of
M' stamped from page 2. All bodies, people, places, figures and references invented; the Industrial Training
(Northern Ireland) Order 1984 is named as context only (what is said of it here is paraphrased and not to be relied
on).
Run:  /tmp/blind123en/bin/python tests/docs/src/blind123/gen_en_apprenticeships_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b123en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind123_en_apprenticeships"
GREEN = (20, 90, 60)
PALE = (226, 240, 232)


class Doc(FPDF):
    def __init__(self, date, fam):
        super().__init__(orientation="P", format="A4")
        self.set_creation_date(date)
        self.fam = fam
        for f, files in (("DS", ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf")),
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

    def para(self, t, size=10, style="", lh=5.0, after=2.4, indent=0):
        self.set_font(self.fam, style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.tw - indent, lh, t, new_x="LMARGIN", new_y="NEXT", align="L")
        self.ln(after)

    def head(self, t, size=12, before=3):
        if self.get_y() > self.h - 45:
            self.add_page()
        self.ln(before)
        self.set_font(self.fam, "B", size)
        self.set_text_color(*GREEN)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT", align="L")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def item(self, label, t, size=10, lh=5.0, gap=8, after=1.4):
        self.set_font(self.fam, "", size)
        y = self.get_y()
        if y + lh * 2 > self.h - self.b_margin:
            self.add_page()
            y = self.get_y()
        self.set_x(self.l_margin + 2)
        self.cell(gap, lh, label)
        self.set_xy(self.l_margin + 2 + gap, y)
        self.multi_cell(self.tw - gap - 2, lh, t, new_x="LMARGIN", new_y="NEXT", align="L")
        self.ln(after)

    def grid(self, widths, rows, size=9, align=None):
        self.set_font(self.fam, "", size)
        head = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=GREEN)
        with self.table(col_widths=widths, width=self.tw, text_align=align or "LEFT", line_height=4.6,
                        headings_style=head, borders_layout="ALL", padding=1.6) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.ln(3)


def advice():
    d = Doc(datetime.datetime(2026, 2, 24, 9, 0, tzinfo=datetime.timezone.utc), "LA")
    d.set_fill_color(*PALE)
    d.rect(0, 0, d.w, 40, style="F")
    d.set_xy(22, 12)
    d.set_font("LA", "B", 9)
    d.set_text_color(*GREEN)
    d.cell(0, 5, "APPRENTICESHIPS ADVISORY FORUM (NORTHERN IRELAND)", new_x="LMARGIN", new_y="NEXT")
    d.set_font("LA", "B", 17)
    d.cell(0, 9, "Advice Paper 3/2026: Adult Apprentices and Small Employers", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("LA", "", 9)
    d.cell(0, 5, "To the Minister for Skills and Enterprise. Agreed by the Forum on 19 February 2026.",
           new_x="LMARGIN", new_y="NEXT")
    d.set_y(46)
    P = d.para
    d.head("1. Purpose of this paper")
    P("The Forum brings together employers, trade unions, further education colleges and training providers to "
      "advise the Department for Skills and Enterprise on apprenticeships. This paper answers the Minister's "
      "request of September 2025 for advice on why so few adults and so few small firms take part, and what "
      "should be done about it.")
    P("The Industrial Training (Northern Ireland) Order 1984 sets the legal frame for the Department's training "
      "schemes: the Department must secure that training is available, and employers taking part must enter "
      "into a training agreement for each apprentice. Nothing in this paper would require a change to that "
      "Order.")
    d.head("2. The picture in 2024/25")
    P("Starts by adults have fallen for three years in a row while starts by young people have held steady.")
    d.grid((14, 70, 28, 28, 28), [
        ("No.", "Age group", "2022/23", "2023/24", "2024/25"),
        ("1", "16 to 18", "2,840", "2,910", "2,870"),
        ("2", "19 to 24", "2,150", "2,060", "2,020"),
        ("3", "25 and over", "2,690", "2,480", "2,310"),
    ])
    d.set_font("LA", "I", 8.5)
    d.cell(0, 4, "Table 1: Apprenticeship starts by age group (Forum analysis of Department data)",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    P("Firms with fewer than ten staff employ 31 per cent of private sector workers in Northern Ireland but took "
      "on only 12 per cent of new apprentices in 2024/25. Completion rates were 64 per cent overall and 52 per "
      "cent for apprentices aged 25 and over.")
    d.head("3. What employers told us")
    P("We met 46 employers in Belfast, Derry, Enniskillen and Newry in November 2025. Their main points were:")
    for i, t in enumerate([
        "Adults already in work cannot afford the drop in income that a full-time college block would bring.",
        "Small firms find the paperwork of the training agreement out of proportion to one apprentice.",
        "An apprentice who loses a job part way through has to start the framework again with a new employer.",
        "Some firms have enough work for an apprentice for six months of the year, but not for two years.",
        "Careers advice in schools rarely mentions apprenticeships at level 2.",
    ], 1):
        d.item(f"{i}.", t)
    d.ln(1)
    P("In 2023 the Forum recommended that the Department \"should simplify the training agreement for employers "
      "with fewer than ten staff\". A one-page agreement was introduced in January 2025; employers told us it had "
      "helped, but not enough on its own.")
    d.head("4. Our recommendations")
    P("The Forum recommends that the Department for Skills and Enterprise takes the actions in Table 2. Priority "
      "reflects the Forum's view of urgency; 'By' is the date by which we hope to see the change in place.")
    d.grid((12, 110, 22, 22), [
        ("No.", "Recommendation", "Priority", "By"),
        ("1", "Extend full funding of off-the-job training to apprentices aged 25 and over in all priority "
              "sectors, not only those under 25.", "High", "Sep 2026"),
        ("2", "Pay firms with fewer than ten staff a completion incentive of 1,500 pounds for each apprentice "
              "who finishes the programme.", "High", "Apr 2027"),
        ("3", "Allow apprentices who change employer to carry over the units they have completed instead of "
              "restarting the framework.", "High", "Sep 2026"),
        ("4", "Create shared apprenticeship schemes run by further education colleges, so that firms too small "
              "to offer a full programme can share an apprentice.", "Medium", "Sep 2027"),
        ("5", "Cut the minimum duration of level 2 apprenticeships from two years to eighteen months.",
         "Medium", "Sep 2027"),
        ("6", "Ask every post-primary school to give pupils in Year 12 at least one session on apprenticeships "
              "from an employer or a current apprentice.", "Medium", "Jun 2027"),
        ("7", "Publish completion rates by training provider and by sector every year, starting with "
              "the 2025/26 figures.", "Low", "Dec 2026"),
    ])
    d.set_font("LA", "I", 8.5)
    d.cell(0, 4, "Table 2: Our recommendations", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.head("5. Closing")
    P("The recommendations marked High are those the Forum believes would make the quickest difference. Members "
      "would be glad to meet officials to discuss any of them. The Forum thanks the employers, colleges and "
      "apprentices who gave their time to this work.")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc(datetime.datetime(2026, 5, 14, 9, 0, tzinfo=datetime.timezone.utc), "DS")
    d.set_font("DS", "B", 13)
    d.set_text_color(*GREEN)
    d.cell(0, 7, "Department for Skills and Enterprise", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("DS", "", 8.5)
    d.cell(0, 4.5, "Office of the Minister  |  Adelaide House, Belfast", new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.set_font("DS", "", 9.5)
    d.multi_cell(0, 4.8, "Mr Declan McCartan\nChair, Apprenticeships Advisory Forum", new_x="LMARGIN",
                 new_y="NEXT")
    d.ln(2)
    d.multi_cell(0, 4.8, "Our reference: MIN/SE/2026/0412\n12 May 2026", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    P = lambda t, **k: d.para(t, size=9.5, lh=4.9, after=2.6, **k)
    P("Dear Declan,")
    P("Advice Paper 3/2026: Adult Apprentices and Small Employers", style="B")
    P("Thank you for the Forum's advice, and for the care that went into it. Table 1 of your paper makes "
      "uncomfortable reading: the fall of 14 per cent in adult starts since 2022/23 is larger than any of us "
      "would wish, and I asked officials to treat your paper as a priority.")
    P("I have been struck by the case for colleges to act as the employer of last resort for the smallest firms. "
      "I do not think we should go straight to a scheme in every college area. Instead, South Western College "
      "will run a shared apprenticeship pilot from September 2027 with up to 40 apprentices, and we will decide "
      "on a wider roll-out once it has been evaluated.")
    P("On funding, I can confirm that we will extend full funding of off-the-job training to apprentices aged 25 "
      "and over in construction, engineering and health and social care from September 2026. The budget does "
      "not allow us to go further this year, and the other priority sectors will remain at the current rate for "
      "adults. I am also pleased to accept the Forum's proposal on a reward for small firms that see an "
      "apprentice through: from April 2027 firms with fewer than ten staff will receive 1,500 pounds for each "
      "apprentice who completes.")
    P("I have considered carefully the argument for shorter level 2 programmes. The evidence from employers in "
      "construction and care is that two years is the minimum needed to reach the occupational standard, and I "
      "have decided to keep the minimum duration as it is.")
    P("The Forum is right that an apprentice who loses a job should not lose the progress already made. From "
      "September 2026 the contract with training providers will require completed units to be recognised when "
      "an apprentice moves to a new employer, and officials will publish guidance for employers in August.")
    P("Careers education in post-primary schools is a matter for schools and the Education Authority rather than "
      "for my Department. I have drawn the Forum's advice to the attention of the Education Minister and will "
      "let you know of any response.")
    P("You will also wish to know that the consultation on the new Skills Strategy for Northern Ireland opens on "
      "1 June 2026 and runs for twelve weeks; I hope the Forum and its members will respond.")
    P("Thank you again for your work. My officials would be happy to meet the Forum in the autumn to report on "
      "progress.")
    P("Yours sincerely,")
    d.ln(4)
    P("Siobhan Keary MLA\nMinister for Skills and Enterprise")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Apprenticeships Advisory Forum - Advice Paper 3/2026",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="MIN/SE/2026/0412", footer="Page {n} of {N}", skip_first=True,
            fontfile=H.clean_font("DejaVuSerif.ttf"))
    recs = [
        {"number": 1, "starts_with": "Extend full funding of off-the-job training to apprentices aged 25",
         "reply_contains": "the other priority sectors will remain at the current rate", "verdict": "partly"},
        {"number": 2, "starts_with": "Pay firms with fewer than ten staff a completion incentive",
         "reply_contains": "from April 2027 firms with fewer than ten staff will receive",
         "verdict": "agrees"},
        {"number": 3, "starts_with": "Allow apprentices who change employer to carry over the units",
         "reply_contains": "will require completed units to be recognised when an apprentice moves",
         "verdict": "agrees"},
        {"number": 4, "starts_with": "Create shared apprenticeship schemes run by further education colleges",
         "reply_contains": "I do not think we should go straight to a scheme", "verdict": "partly"},
        {"number": 5, "starts_with": "Cut the minimum duration of level 2 apprenticeships from two years",
         "reply_contains": "have decided to keep the minimum duration as it is", "verdict": "disagrees"},
        {"number": 6, "starts_with": "Ask every post-primary school to give pupils in Year 12",
         "reply_contains": "I have drawn the Forum's advice to the attention", "verdict": "noted"},
        {"number": 7, "starts_with": "Publish completion rates by training provider and by sector every year",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["makes uncomfortable reading: the fall of 14 per cent",
                 "the consultation on the new Skills Strategy for Northern Ireland",
                 "happy to meet the Forum in the autumn"]
    notes = ("Advice: a Northern Ireland apprenticeships forum's advice paper to a department; the Industrial "
             "Training (Northern Ireland) Order 1984 paraphrased ('must secure', 'must enter'); a ruled Table 1 of "
             "starts by age group with a 'No.' column 1-3 (figures, not recommendations); completion figures; a "
             "numbered list 1.-5. of what employers told the Forum (findings); the 2023 recommendation quoted "
             "('should simplify the training agreement', done); the recommendations ONLY as rows of a ruled "
             "'Table 2: Our recommendations' (No. / Recommendation / Priority / By); closing 'The recommendations "
             "marked High'. Response: the Minister's letter, no headings, no numbers, no quotes, each reply by "
             "theme and paraphrase, in the order 4, 1+2, 5, 3, 6: introduction on 'Table 1 of your paper' and '14 "
             "per cent' (nothing); 4 a pilot at one college with up to 40 apprentices, not a scheme in every "
             "college area (partly); ONE paragraph answers 1 (full funding for adults in three sectors only, "
             "'the other priority sectors will remain at the current rate', partly) and 2 ('pleased to accept', "
             "1,500 pounds from April 2027, agrees); 5 'decided to keep the minimum duration as it is' "
             "(disagrees); 3 completed units recognised from September 2026 (agrees); 6 'a matter for schools and "
             "the Education Authority ... drawn to the attention of the Education Minister' (noted); 7 never "
             "answered (unanswered); the Skills Strategy consultation and the closing offer to meet (nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
