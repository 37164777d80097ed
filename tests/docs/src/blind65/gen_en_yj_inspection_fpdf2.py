"""Round 65 (EN): an INSPECTION OF YOUTH JUSTICE SERVICES by a probation inspectorate (genre of HM Inspectorate
of Probation's local youth justice inspections in England and Wales, with ratings per standard and
recommendations grouped by the body addressed) and the local partnership's POST-INSPECTION IMPROVEMENT PLAN (a
landscape table with a short cover note).
Advice: HM Inspectorate of Youth and Adult Probation (invented name), 'An inspection of youth justice services in
Dunmore', May 2026, 3 p.: a Chief Inspector's foreword with a paraphrase ('the partnership needs to get a grip on
...'), a ruled ratings table (standards 1.1-3.2 with Good / Requires improvement, a numbering trap), then
'Recommendations' numbered 1.-7. straight through four bold addressee lead-ins ('The Dunmore Youth Justice Service
should:' 1-3, 'The Youth Justice Management Board should:' 4-5, 'Dunmore City Council Children's Services
should:' 6, 'The Dunmore and Wensley Integrated Care Board should:' 7), a two-column 'Strengths / Areas for
improvement' table with 'should', section 39 of the Crime and Disorder Act 1998 paraphrased, the 2021
recommendation quoted, a child quoted.
Response: Dunmore Youth Justice Partnership, 'Post-inspection improvement plan', landscape, 2 p.: a cover note,
one ruled table 'Ref | Inspection recommendation (summary) | Partnership response | Actions | Lead | By' with rows
A-F in the order 3, 1, 4+5, 2, 6 + 'Resettlement policy' and 'Case recording' rows that answer none; 7 (speech and
language therapist, ICB) has no row; a closing 'Monitoring' paragraph.
fpdf2, A4, cleaned Liberation Sans; fixed creation date. All names, bodies, people and figures are invented; the
Crime and Disorder Act 1998 is real, but what is said about it is not to be relied on.

Run:  /tmp/blind65en/bin/python tests/docs/src/blind65/gen_en_yj_inspection_fpdf2.py
"""
import os, sys
from datetime import datetime, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b65en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind65_en_yj_inspection"
PURPLE = (84, 38, 110)

GROUPS = [
    ("The Dunmore Youth Justice Service should:", [
        "improve the quality of assessment and planning for keeping other people safe, so that every plan sets "
        "out contingency arrangements for each identified risk",
        "ensure that every child being considered for an out-of-court disposal has a full assessment of their "
        "needs before the disposal is decided",
        "develop an education, training and employment offer for children above school age, with a specialist "
        "worker based in the team",
    ]),
    ("The Youth Justice Management Board should:", [
        "review its membership so that health, education and the police are represented at a senior level at "
        "every meeting",
        "commission an analysis of the over-representation of Black and mixed heritage children in the youth "
        "justice cohort, and act on its findings",
    ]),
    ("Dunmore City Council Children's Services should:", [
        "ensure that children known to both youth justice and children's social care have a single joint plan, "
        "reviewed at least every three months",
    ]),
    ("The Dunmore and Wensley Integrated Care Board should:", [
        "fund a speech and language therapist for the Youth Justice Service for at least three days a week.",
    ]),
]
RECS = [r for _, g in GROUPS for r in g]


class Doc(FPDF):
    def __init__(self, orientation, head, foot):
        super().__init__(orientation=orientation, format="A4", unit="mm")
        for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
            self.add_font("LS", st, H.clean_font("LiberationSans-%s.ttf" % f))
        self.head = head
        self.foot = foot
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, 18)
        self.set_creation_date(datetime(2026, 5, 20, 9, 0, tzinfo=timezone.utc))

    def header(self):
        if self.page_no() > 1:
            self.set_y(9)
            self.set_font("LS", "", 7.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 4, self.head, align="R")
            self.set_text_color(0, 0, 0)
            self.set_y(18)

    def footer(self):
        self.set_y(-12)
        self.set_font("LS", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, self.foot % self.page_no(), align="L")
        self.set_text_color(0, 0, 0)

    def p(self, t, style="", size=9.8, lh=4.9, after=2.6, indent=0):
        self.set_font("LS", style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, lh, t, new_x="LMARGIN", new_y="NEXT", align="L", markdown=True)
        self.ln(after)

    def hd(self, t, size=13):
        self.ln(1.5)
        self.set_font("LS", "B", size)
        self.set_text_color(*PURPLE)
        self.multi_cell(0, 6.5, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1.2)

    def item(self, n, t):
        y = self.get_y()
        self.set_font("LS", "B", 9.8)
        self.set_x(self.l_margin + 4)
        self.cell(8, 4.9, "%d." % n)
        self.set_xy(self.l_margin + 12, y)
        self.set_font("LS", "", 9.8)
        self.multi_cell(self.epw - 12, 4.9, t, new_x="LMARGIN", new_y="NEXT", align="L")
        self.ln(1.6)


def advice(path):
    d = Doc("portrait", "An inspection of youth justice services in Dunmore  |  May 2026",
            "HM Inspectorate of Youth and Adult Probation  |  %d")
    d.add_page()
    d.set_fill_color(*PURPLE)
    d.rect(0, 0, 210, 30, style="F")
    d.set_fill_color(255, 255, 255)
    d.set_xy(20, 8)
    d.set_text_color(255, 255, 255)
    d.set_font("LS", "B", 9)
    d.cell(0, 5, "HM INSPECTORATE OF YOUTH AND ADULT PROBATION", new_x="LMARGIN", new_y="NEXT")
    d.set_x(20)
    d.set_font("LS", "B", 17)
    d.cell(0, 9, "An inspection of youth justice services in Dunmore", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_y(34)
    d.p("Inspection of youth justice services  |  Fieldwork: 9 to 13 March 2026  |  Published: 21 May 2026",
        size=9, after=3)
    d.hd("Foreword")
    d.p("This inspection is part of our programme of youth justice service inspections. We have inspected and "
        "rated Dunmore Youth Justice Service (YJS) across three broad areas: the arrangements for organisational "
        "delivery of the service, the quality of work done with children sentenced by the courts, and the "
        "quality of out-of-court disposal work.")
    d.p("Overall, Dunmore YJS was rated as **Requires improvement**. Staff know the children well and relationships "
        "are strong, but work to keep other people safe is not good enough, and too many older children have "
        "nothing to do during the day. In short, the partnership needs to get a grip on risk and on education, "
        "and its Board needs the right people in the room.")
    d.p("Under section 39 of the Crime and Disorder Act 1998, the local authority must establish a youth offending "
        "team, and the police, probation and health bodies must take part in it. In Dunmore, health attendance at "
        "the Board has been poor.")
    d.p("Marcus Ellery, HM Chief Inspector of Youth and Adult Probation", style="I", size=9.4, after=3)
    d.hd("Ratings")
    head = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=PURPLE)
    d.set_font("LS", "", 9)
    with d.table(col_widths=(18, 100, 42), width=160, align="LEFT", line_height=4.6, text_align="LEFT",
                 headings_style=head, padding=1.4) as t:
        r = t.row()
        for c in ("", "Dunmore Youth Justice Service", "Score 17/36"):
            r.cell(c)
        for row in (("", "Overall rating", "Requires improvement"),
                    ("1.", "Organisational delivery", ""),
                    ("1.1", "Governance and leadership", "Requires improvement"),
                    ("1.2", "Staff", "Good"),
                    ("1.3", "Partnerships and services", "Requires improvement"),
                    ("1.4", "Information and facilities", "Good"),
                    ("2.", "Court disposals", ""),
                    ("2.1", "Assessment", "Requires improvement"),
                    ("2.2", "Planning", "Requires improvement"),
                    ("2.3", "Implementation and delivery", "Good"),
                    ("3.", "Out-of-court disposals", ""),
                    ("3.1", "Assessment", "Inadequate"),
                    ("3.2", "Planning", "Requires improvement")):
            r = t.row()
            for c in row:
                r.cell(c)
    d.ln(4)
    d.hd("Recommendations")
    d.p("As a result of our inspection findings, we have made seven recommendations that we believe, if "
        "implemented, will have a positive impact on the quality of youth justice services in Dunmore. This will "
        "improve the lives of the children in contact with youth justice services, and better protect the public.")
    n = 0
    for lead, items in GROUPS:
        d.p(lead, style="B", after=1.4)
        for t in items:
            n += 1
            d.item(n, t)
        d.ln(1)
    d.hd("Summary of findings")
    d.p("Our key findings about the partnership's work are set out below.", after=2)
    head2 = FontFace(emphasis="BOLD", fill_color=(233, 225, 240))
    d.set_font("LS", "", 9)
    with d.table(col_widths=(85, 85), line_height=4.6, text_align="LEFT", headings_style=head2,
                 padding=1.6) as t:
        r = t.row()
        r.cell("Strengths")
        r.cell("Areas for improvement")
        for a, b in (("Case managers know their children well and build trusting relationships with them.",
                      "Plans to keep other people safe did not set out what should happen if risk increased."),
                     ("The YJS has a stable, experienced and well-trained workforce.",
                      "Out-of-court decisions were often made on the basis of a short screening tool alone."),
                     ("Victims are contacted promptly and their views inform plans.",
                      "Children above school age should have had more help into education or work."),
                     ("Reparation projects are varied and valued by the community.",
                      "Senior health and education leaders rarely attend the Board.")):
            r = t.row()
            r.cell(a)
            r.cell(b)
    d.ln(4)
    d.hd("1. Organisational delivery")
    d.p("The Youth Justice Management Board is chaired by the Director of Children's Services. In the last year, "
        "health was represented at two of six meetings, and education at three. The Board has a clear strategy, "
        "but it has not tested whether partners deliver what they have promised.")
    d.p("In our 2021 inspection we recommended that the Board \"should ensure that the voice of the child "
        "informs the design of services\". This has been achieved: a children's panel now meets each quarter.")
    d.p("Black and mixed heritage children make up 31 per cent of the YJS cohort but 14 per cent of Dunmore's "
        "10 to 17 population. The Board knows this but has no plan to address it.")
    d.hd("2. Court disposals and 3. Out-of-court disposals")
    d.p("We inspected 24 court disposals and 19 out-of-court disposals. In 11 of the 19 out-of-court cases, the "
        "decision was taken after a short screening tool alone, without a full assessment. One child told us: "
        "\"They should have asked me what was going on at home before they decided anything.\"")
    d.p("Nine of the 24 children sentenced by the courts had a speech, language or communication need, but the "
        "YJS has no access to a speech and language therapist. We do not make a recommendation about the YJS's "
        "premises, which are good.")
    d.p("We ask the partnership to send us an improvement plan within eight weeks of publication.", style="I")
    d.output(path)


ROWS = [
    ("A", "Education, training and employment offer for children above school age (recommendation 3)",
     "Accepted",
     "A specialist ETE worker joined the YJS on 1 May 2026, funded by the Virtual School. Every child above "
     "school age now has an ETE plan agreed within ten days.",
     "Head of Service", "Done; review Dec 2026"),
    ("B", "Plans to keep other people safe (recommendation 1)",
     "Accepted",
     "All case managers will complete contingency planning training by July. The practice lead will audit ten "
     "plans a month and report the results to the Board.",
     "Practice Lead", "July 2026"),
    ("C", "Board membership; over-representation analysis (recommendations 4 and 5)",
     "4: Accepted. 5: Not accepted.",
     "4: New terms of reference agreed on 2 June 2026 name the ICB Director of Nursing, the Assistant Chief "
     "Constable and the Director of Education as members. 5: The Board already commissioned a disproportionality "
     "review in 2025 and will not commission a further analysis; it will monitor the 2025 action plan instead.",
     "Board Chair", "June 2026"),
    ("D", "Assessment before out-of-court decisions (recommendation 2)",
     "Partially accepted",
     "Every child will have a full assessment where the screening tool shows any welfare or safety concern. For "
     "community resolutions with no concerns, screening alone will remain the basis of the decision.",
     "Out-of-Court Panel Chair", "September 2026"),
    ("E", "Joint plans for children known to youth justice and social care (recommendation 6)",
     "Under review",
     "Children's Services will consider a single joint plan as part of the Family Help reforms starting in 2027. "
     "No decision has yet been made.",
     "Director of Children's Services", "To be confirmed"),
    ("F", "Resettlement policy (not a recommendation)",
     "For information",
     "The resettlement policy will be refreshed to reflect the opening of the new secure school in the region.",
     "Head of Service", "October 2026"),
    ("G", "Case recording (area for improvement in the Summary)",
     "For information",
     "Case recording guidance has been reissued and a new template for contact records is in use from 1 June.",
     "Team Managers", "June 2026"),
]


def response(path):
    d = Doc("landscape", "Dunmore Youth Justice Partnership  |  Post-inspection improvement plan",
            "Dunmore Youth Justice Partnership  |  Improvement plan v1.2, 15 July 2026  |  Page %d")
    d.add_page()
    d.set_fill_color(*PURPLE)
    d.rect(0, 0, 297, 5, style="F")
    d.set_fill_color(255, 255, 255)
    d.set_y(12)
    d.set_font("LS", "B", 9)
    d.set_text_color(*PURPLE)
    d.cell(0, 5, "DUNMORE YOUTH JUSTICE PARTNERSHIP", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("LS", "B", 16)
    d.cell(0, 9, "Post-inspection improvement plan", new_x="LMARGIN", new_y="NEXT")
    d.set_font("LS", "", 9.5)
    d.cell(0, 5, "Response to 'An inspection of youth justice services in Dunmore' (published 21 May 2026)",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.p("This plan was agreed by the Youth Justice Management Board at its meeting on 2 July 2026. It sets out "
        "the partnership's response to the inspection and the actions we will take. The Board thanks the "
        "inspectors and the children and families who spoke to them.", size=9.5)
    head = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=PURPLE)
    d.set_font("LS", "", 8.8)
    with d.table(col_widths=(9, 55, 30, 110, 35, 28), line_height=4.4, text_align="LEFT",
                 headings_style=head, padding=1.5) as t:
        r = t.row()
        for c in ("Ref", "Inspection recommendation (summary)", "Partnership response", "Actions", "Lead", "By"):
            r.cell(c)
        for row in ROWS:
            r = t.row()
            for c in row:
                r.cell(c)
    d.ln(4)
    d.p("**Monitoring.** Progress against this plan will be reported to every Board meeting by the Head of "
        "Service, and an update will be shared with the Inspectorate after six months.", size=9.5)
    d.output(path)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=10: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "will complete contingency planning training by July", "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2, 12),
         "reply_contains": "screening alone will remain the basis of the decision", "verdict": "partly"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "A specialist ETE worker joined the YJS on 1 May 2026", "verdict": "agrees"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "New terms of reference agreed on 2 June 2026", "verdict": "agrees"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "will not commission a further analysis", "verdict": "disagrees"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "as part of the Family Help reforms starting in 2027", "verdict": "noted"},
        {"number": "7", "starts_with": sw(7), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, [
        "agreed by the Youth Justice Management Board at its meeting on 2 July 2026",
        "opening of the new secure school in the region",
        "a new template for contact records is in use",
        "Progress against this plan will be reported to every Board meeting",
    ], "Advice: a youth justice inspection report (HM Inspectorate of Probation genre). Foreword with a "
       "paraphrase ('In short, the partnership needs to get a grip on risk and on education ...'), section 39 of "
       "the Crime and Disorder Act 1998 paraphrased ('must establish'), a ruled ratings table whose standards are "
       "numbered 1., 1.1-1.4, 2., 2.1-2.3, 3., 3.1-3.2 (numbering trap); then 'Recommendations': an intro "
       "sentence ('we have made seven recommendations') and items 1.-7. numbered straight through four bold "
       "addressee lead-ins ('The Dunmore Youth Justice Service should:' 1-3; 'The Youth Justice Management Board "
       "should:' 4-5; 'Dunmore City Council Children's Services should:' 6; 'The Dunmore and Wensley Integrated "
       "Care Board should:' 7), the starts_with being the item's own text. Traps after them: a two-column "
       "'Strengths | Areas for improvement' table ('should have had more help'), the 2021 recommendation quoted "
       "('should ensure that the voice of the child'), a child quoted ('They should have asked me'), 'We do not "
       "make a recommendation about the YJS's premises', the request for an improvement plan. Response: a "
       "landscape improvement plan, cover note + ONE ruled table 'Ref | Inspection recommendation (summary) | "
       "Partnership response | Actions | Lead | By', rows A-G lettered by the partnership (not the "
       "recommendation numbers, which appear only in brackets in the summary column), in the order 3, 1, 4+5, 2, "
       "6: A (3) Accepted (agrees); B (1) Accepted (agrees); ONE row C for 4 and 5, '4: Accepted. 5: Not "
       "accepted.': new Board terms of reference (agrees) + no further disproportionality analysis (disagrees); "
       "D (2) 'Partially accepted', full assessment only where screening shows a concern (partly); E (6) 'Under "
       "review', Family Help reforms, no decision (noted); 7 (speech and language therapist, addressed to the ICB) "
       "has no row (unanswered). Unmatched: the cover note, row F 'Resettlement policy (not a recommendation)', "
       "row G 'Case recording (area for improvement in the Summary)' and the closing 'Monitoring' paragraph.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
