"""Round 50 (EN): an oversight body's annual performance review of a health professions regulator against its
Standards of Good Regulation (genre of the UK Professional Standards Authority's performance reviews), by the
invented Authority for Professional Regulation (APR) of the invented Council for Allied Health Practitioners (CAHP):
colour banner, 'At a glance' key facts, a table of the 18 Standards with Met / Not met, chapters with findings (some
with 'should'), the previous review's area for improvement quoted, a table of fitness to practise timeliness figures,
then 'Our recommendations' - 'We expect the CAHP to:' followed by seven lower-case roman-numbered items (i)-(vii)
ending in ';' - and a note that the next review will check them; answered by the CAHP's Council paper (paper number,
agenda item, Purpose, the paper's OWN 'Recommendation' that Council note the report, Background, Discussion by theme
in another order naming the items by number, one paragraph answering (ii) and (i) with different outcomes, (iii) not
answered, Resource implications and Equality sections answering nothing). fpdf2, A4, header()/footer(). All content
(bodies, standards, people, figures) is invented.

Run:  /tmp/blind50en/bin/python tests/docs/src/blind50/gen_en_perfreview_fpdf2.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b50en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind50_en_perfreview"
BLUE = (16, 72, 120)
PALE = (226, 236, 246)

REC = {"i": "reduce the median time from receipt of a concern to the final fitness to practise hearing from 131 "
            "weeks to below 104 weeks by March 2028;",
       "ii": "carry out and record a risk assessment of every new concern within five working days of receipt, and "
             "review it at each stage of the case;",
       "iii": "publish the outcome of each interim order review hearing on its online register within seven days "
              "of the hearing;",
       "iv": "commission an independent audit of its registration appeals process and publish the auditor's "
             "findings;",
       "v": "revise its Standards of Conduct, Performance and Ethics to cover registrants' use of social media and "
            "remote consultations;",
       "vi": "collect and publish equality data on the registrants who are referred to fitness to practise "
             "proceedings, by stage of the process;",
       "vii": "consult on removing the requirement for internationally qualified applicants to attend the practical "
              "assessment in person."}


class Doc(FPDF):
    def __init__(self, head, foot):
        super().__init__(format="A4")
        self.head, self.foot = head, foot
        for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
            self.add_font("LS", st, H.clean_font("LiberationSans-%s.ttf" % f))
        self.set_margins(20, 22, 20)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages()

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("LS", "", 7.8)
        self.set_text_color(90, 90, 90)
        self.set_y(11)
        self.cell(0, 4, self.head, new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(*BLUE)
        self.line(20, 16, 190, 16)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_y(-13)
        self.set_font("LS", "", 7.8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, self.foot, align="L")
        self.set_x(20)
        self.cell(0, 4, "Page %d of {nb}" % self.page_no(), align="R")
        self.set_text_color(0, 0, 0)

    def hd(self, t, size=12.5):
        self.ln(2)
        if self.get_y() > 250:
            self.add_page()
        self.set_font("LS", "B", size)
        self.set_text_color(*BLUE)
        self.multi_cell(0, 6.5, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def p(self, t, style="", size=10):
        self.set_font("LS", style, size)
        self.multi_cell(0, 5.1, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def para(self, n, t, ind=11, size=10):
        self.set_font("LS", "", size)
        y = self.get_y()
        if y > 262:
            self.add_page()
            y = self.get_y()
        self.cell(ind, 5.1, n)
        self.set_xy(self.l_margin + ind, y)
        self.multi_cell(0, 5.1, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def rows(self, data, widths, size=8.6, head=True):
        self.set_font("LS", "", size)
        with self.table(col_widths=widths, text_align="LEFT", line_height=4.6, first_row_as_headings=head,
                        headings_style=FontFace(emphasis="BOLD", fill_color=PALE), width=sum(widths),
                        align="LEFT") as t:
            for r in data:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.set_font("LS", "", 10)
        self.ln(3)


def advice(path):
    pdf = Doc("Performance Review 2025/26 - Council for Allied Health Practitioners", "Authority for Professional "
              "Regulation")
    pdf.add_page()
    pdf.set_fill_color(*BLUE)
    pdf.rect(0, 0, 210, 34, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(20, 10)
    pdf.set_font("LS", "B", 15)
    pdf.cell(0, 7, "Authority for Professional Regulation", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LS", "", 9)
    pdf.cell(0, 5, "Protecting the public by improving the regulation of health and care professionals",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(44)
    pdf.set_font("LS", "B", 19)
    pdf.multi_cell(0, 9, "Performance Review 2025/26\nCouncil for Allied Health Practitioners", new_x="LMARGIN",
                   new_y="NEXT")
    pdf.set_font("LS", "", 10)
    pdf.ln(2)
    pdf.p("Monitoring review covering 1 January 2025 to 31 December 2025. Published April 2026.")
    pdf.hd("At a glance")
    pdf.set_fill_color(*PALE)
    pdf.set_font("LS", "", 9.5)
    pdf.multi_cell(0, 5.2, "  Registrants: 117,400 in 12 professions\n  Annual registration fee: 98 pounds\n"
                           "  Concerns received in 2025: 1,286 (2024: 1,104)\n  Standards met: 16 of 18",
                   fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.hd("1. About this review")
    pdf.para("1.1", "We oversee the nine statutory bodies that regulate health and care professionals in the United "
                    "Kingdom. Each year we review how well each regulator is protecting the public against our 18 "
                    "Standards of Good Regulation. This is a monitoring review of the CAHP; we carried out a "
                    "targeted assessment of Standards 14 to 16 because of concerns raised in our last review.")
    pdf.para("1.2", "Table 1 summarises our decisions. The CAHP met 16 of the 18 Standards, compared with 15 last "
                    "year. It did not meet Standard 15 (timeliness of fitness to practise) or Standard 16 "
                    "(decisions are fair, proportionate and well reasoned).")
    pdf.rows([["Area", "Standards", "Met", "Not met"],
              ["General Standards", "1 - 5", "5", "0"],
              ["Guidance and Standards", "6 - 7", "2", "0"],
              ["Education and Training", "8 - 9", "2", "0"],
              ["Registration", "10 - 13", "4", "0"],
              ["Fitness to Practise", "14 - 18", "3", "2 (Standards 15 and 16)"]], (50, 35, 25, 60))
    pdf.set_font("LS", "I", 8.6)
    pdf.cell(0, 4, "Table 1. Standards of Good Regulation met, 2025/26", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.hd("2. Guidance and Standards")
    pdf.para("2.1", "The CAHP's Standards of Conduct, Performance and Ethics were last revised in 2019. Stakeholders "
                    "told us they do not address the growth of remote consultations since 2020. We found Standard 6 "
                    "met, but the CAHP should keep its standards under review as practice changes.")
    pdf.hd("3. Registration")
    pdf.para("3.1", "The CAHP processed 94 per cent of UK applications within ten working days. Internationally "
                    "qualified applicants waited a median of 19 weeks, partly because the practical assessment is "
                    "held only at one centre in Birmingham. We found Standards 10 to 13 met.")
    pdf.para("3.2", "Registration appeals rose from 41 to 77. Appellants told us the process was opaque. We did not "
                    "find that this amounted to a failure to meet Standard 12, but we will look at it again next "
                    "year.")
    pdf.hd("4. Fitness to Practise")
    pdf.para("4.1", "In our 2024/25 review we identified as an area for improvement that <quote>the CAHP should "
                    "reduce the backlog of cases older than 52 weeks</quote>. The backlog has fallen from 412 to 358 "
                    "cases, but the median time to a final hearing has continued to rise, as Table 2 shows."
                    .replace("<quote>", "'").replace("</quote>", "'"))
    pdf.rows([["Measure (median, weeks)", "2023", "2024", "2025"],
              ["Receipt of concern to investigating committee decision", "41", "47", "52"],
              ["Investigating committee decision to final hearing", "68", "76", "79"],
              ["Receipt of concern to final hearing", "109", "123", "131"],
              ["Receipt of concern to interim order decision", "3.1", "2.8", "2.6"]], (95, 25, 25, 25))
    pdf.set_font("LS", "I", 8.6)
    pdf.cell(0, 4, "Table 2. Fitness to practise timeliness, 2023-2025", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.para("4.2", "Delays of this length are not in the interests of patients or registrants, and we have again "
                    "found Standard 15 not met. In 14 of the 60 case files we audited there was no record of a risk "
                    "assessment when the concern was received, and in 9 of them the risk was not reviewed when new "
                    "information arrived. A regulator should identify serious risks at the outset.")
    pdf.para("4.3", "Interim orders are generally made quickly. However, the outcomes of interim order review "
                    "hearings took a median of 23 days to appear on the register, which limits the information "
                    "available to employers and the public.")
    pdf.para("4.4", "We were told that registrants from some ethnic groups are more likely to be referred by their "
                    "employers. The CAHP does not yet collect the data that would allow this to be tested.")
    pdf.hd("5. Our recommendations")
    pdf.para("5.1", "We have decided not to carry out a full periodic review this year. To address the Standards not "
                    "met and the concerns described above, we expect the CAHP to:")
    pdf.set_fill_color(*PALE)
    pdf.ln(1)
    for k, t in REC.items():
        y = pdf.get_y()
        if y > 255:
            pdf.add_page()
            y = pdf.get_y()
        pdf.set_font("LS", "", 10)
        pdf.set_x(pdf.l_margin + 11)
        pdf.cell(11, 5.3, "(%s)" % k, fill=True)
        pdf.set_xy(pdf.l_margin + 22, y)
        pdf.multi_cell(0, 5.3, t, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(pdf.l_margin + 11)
        pdf.cell(0, 1.5, "", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.para("5.2", "We will check the CAHP's progress against each of these in our 2026/27 review, and we ask the "
                    "CAHP to publish its response to this report.")
    pdf.output(path)


def response(path):
    pdf = Doc("Council, 24 June 2026 - Paper CAHP 42/26 - Public", "Council for Allied Health Practitioners")
    pdf.add_page()
    pdf.set_font("LS", "B", 16)
    pdf.set_text_color(*BLUE)
    pdf.cell(0, 8, "Council for Allied Health Practitioners", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(*BLUE)
    pdf.line(20, pdf.get_y() + 1, 190, pdf.get_y() + 1)
    pdf.ln(4)
    pdf.rows([["Council meeting", "24 June 2026 - public session"],
              ["Agenda item", "9"],
              ["Paper number", "CAHP 42/26"],
              ["Title", "Authority for Professional Regulation Performance Review 2025/26: our response"],
              ["Author", "Priya Castellano-Hurst, Director of Regulation"],
              ["Decision or noting", "For decision"]], (45, 125), size=9, head=False)
    pdf.hd("1. Purpose")
    pdf.p("This paper reports the outcome of the Authority's performance review for 2025/26 and proposes the "
          "Executive's response to the Authority's recommendations, for publication on our website.")
    pdf.hd("2. Recommendation")
    pdf.p("Council is asked to note the Authority's report and to approve the response set out in section 4 for "
          "publication.")
    pdf.hd("3. Background")
    pdf.p("The Authority found 16 of the 18 Standards met. Standards 15 and 16 were not met for the second year "
          "running. The Executive welcomes the review and acknowledges that the findings on fitness to practise "
          "reflect concerns Council has itself raised.")
    pdf.hd("4. Response to the Authority's recommendations")
    pdf.p("4.1 Fitness to practise. We accept recommendation (ii) in full: a structured risk assessment tool has "
          "been in use for all new concerns since 6 May 2026, and case reviews now record whether the assessment "
          "has been updated. On recommendation (i), we share the Authority's aim of reducing the time to a final "
          "hearing, but with the current caseload we do not believe a median below 104 weeks by March 2028 is "
          "achievable. We will set ourselves a target of 115 weeks by that date and review it after the new case "
          "management system is introduced.")
    pdf.p("4.2 Standards of Conduct, Performance and Ethics. Work on this is already well advanced. Revised standards "
          "covering online behaviour and remote care went out to consultation in April 2026, and we expect Council "
          "to approve them in December.")
    pdf.p("4.3 Registration appeals. Rather than commission an external audit, we will ask our internal auditors to "
          "review the appeals process as part of the 2026/27 audit plan, and will publish a summary of their "
          "findings.")
    pdf.p("4.4 International applicants. Council considered the in-person practical assessment in 2024 and decided "
          "to retain it as an important safeguard. We do not therefore propose to consult on removing it, although "
          "we will open a second assessment centre, in Glasgow, in 2027.")
    pdf.p("4.5 Equality data. The Executive has noted the Authority's recommendation (vi). It will be considered "
          "as part of the refresh of our Equality, Diversity and Inclusion strategy in 2027.")
    pdf.hd("5. Resource implications")
    pdf.p("The risk assessment tool and the additional case officers recruited in 2026 cost 410,000 pounds in "
          "2026/27, within the budget agreed by Council in March. The Glasgow centre will be funded from the 2027/28 "
          "capital programme.")
    pdf.hd("6. Equality implications")
    pdf.p("An equality impact assessment of the revised Standards of Conduct, Performance and Ethics was presented "
          "to the Policy Committee on 12 May 2026.")
    pdf.output(path)


NOTES = ("Performance review (genre of the UK Professional Standards Authority's reviews of health professions "
         "regulators) by the invented Authority for Professional Regulation of the invented Council for Allied "
         "Health Practitioners, and the CAHP's Council paper. Traps: 'At a glance' box, paragraphs 1.1-5.2 in a "
         "number column, Table 1 Standards met / not met, 'should' in findings (2.1 'should keep its standards under "
         "review', 4.2 'A regulator should identify serious risks'), last year's area for improvement quoted ('the "
         "CAHP should reduce the backlog'), Table 2 timeliness figures, 3.2 'we will look at it again', 5.1 the "
         "decision not to carry out a full review, 5.2 follow-up. Recommendations: 'we expect the CAHP to:' then "
         "seven lower-case items (i)-(vii) ending in ';' in a shaded block. Response: Council paper CAHP 42/26 with "
         "a details table, Purpose, the paper's own 'Recommendation' (Council to note and approve), Background, "
         "section 4 paragraphs 4.1-4.5 by theme in the order (ii)+(i), (v), (iv), (vii), (vi); only (i), (ii) and "
         "(vi) named. Key: one paragraph covers (ii) 'accept recommendation (ii) in full', tool in use since May 2026 "
         "(agrees) and (i) 'do not believe a median below 104 weeks', target of 115 weeks (partly); (v) revised "
         "standards already out to consultation (agrees); (iv) internal auditors instead of an external audit "
         "(partly); (vii) 'do not therefore propose to consult on removing it', second centre instead (disagrees); "
         "(vi) 'has noted', considered in 2027 strategy refresh (noted); (iii) interim order outcomes on the "
         "register unanswered. Unmatched: the paper's own Recommendation (Council to note and approve), 'Resource "
         "implications' (410,000 pounds), 'Equality implications' (equality impact assessment).")


def expected():
    sw = lambda k: " ".join(REC[k].rstrip(";").split()[:11])
    recs = [
        {"number": "i", "starts_with": sw("i"),
         "reply_contains": "we do not believe a median below 104 weeks", "verdict": "partly",
         "also": ["disagrees"]},
        {"number": "ii", "starts_with": sw("ii"), "reply_contains": "We accept recommendation (ii) in full",
         "verdict": "agrees"},
        {"number": "iii", "starts_with": sw("iii"), "reply_contains": None, "verdict": "unanswered"},
        {"number": "iv", "starts_with": sw("iv"),
         "reply_contains": "we will ask our internal auditors to review the appeals process", "verdict": "partly"},
        {"number": "v", "starts_with": sw("v"),
         "reply_contains": "Revised standards covering online behaviour and remote care", "verdict": "agrees"},
        {"number": "vi", "starts_with": sw("vi"),
         "reply_contains": "The Executive has noted the Authority's recommendation (vi)", "verdict": "noted"},
        {"number": "vii", "starts_with": sw("vii"),
         "reply_contains": "We do not therefore propose to consult on removing it", "verdict": "disagrees"},
    ]
    H.write_expected(NAME, recs, ["Council is asked to note the Authority's report",
                                  "cost 410,000 pounds in 2026/27",
                                  "was presented to the Policy Committee on 12 May 2026"], NOTES)


if __name__ == "__main__":
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    expected()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b50en.py"), NAME)) and 1)
