"""Blind round 13: New Zealand select committee inquiry report + Government Response as a table (fpdf2).

Makes tests/docs/blind13_en_nz_select_advice.pdf and _response.pdf.
Run from the repository root with a venv that has fpdf2 (not the project's); needs fonts-liberation:
    /tmp/blind13enenv/bin/python tests/docs/src/blind13/gen_en_nz_select_fp.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _en_helpers import DOCS, fp_doc_class
from fpdf.fonts import FontFace

Doc = fp_doc_class()

RECS = [
    "require all state and state-integrated schools to record attendance electronically for each half-day and "
    "report it to the Ministry of Education every week, using a single national standard",
    "publish attendance data for each school every term, in a form that protects the privacy of individual "
    "students",
    "introduce a graduated response framework that sets out what schools must do when a student has missed 5, 10 "
    "and 15 days in a term",
    "fund the Attendance Service according to the number of chronically absent students in each region, rather "
    "than through the current fixed-value contracts",
    "maintain funding for free and healthy school lunches at current levels until an evaluation of their effect "
    "on attendance has been completed",
    "require the Ministry of Education to evaluate, by the end of 2026, whether prosecuting parents under the "
    "Education and Training Act 2020 improves attendance",
    "work with iwi, Pacific communities and community organisations to co-design local attendance initiatives, "
    "with dedicated funding for at least five pilot areas",
]
TITLE = "Inquiry into school attendance"


def advice() -> None:
    d = Doc(fmt="A4", family="serif", size=11, header_text=f"{TITLE}    I.6A",
            footer_text="{page}")
    d.add_page()
    # cover
    d.set_fill_color(0, 70, 80)
    d.rect(0, 0, d.w, 95, style="F")
    d.set_text_color(255)
    d.set_xy(24, 40)
    d.set_font("sans", "B", 26)
    d.multi_cell(160, 12, TITLE, new_x="LMARGIN", new_y="NEXT")
    d.set_x(24)
    d.set_font("sans", "", 13)
    d.multi_cell(160, 7, "Report of the Education and Workforce Committee", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.set_y(120)
    d.para("Fifty-fourth Parliament\n(Hon Rachel Tūhoe-Marsh, Chairperson)\nMay 2025", family="sans", size=12,
           align="L")
    d.set_y(250)
    d.para("Presented to the House of Representatives", family="sans", size=10, align="L", after=0)
    d.para("I.6A", family="sans", style="B", size=10, align="L")
    d.first_page_plain = True
    d.add_page()
    # contents
    d.heading("Contents", size=15)
    for line, p in [("Recommendations", 2), ("About the inquiry", 3), ("Attendance has fallen sharply", 3),
                    ("Knowing who is missing school", 3), ("Responding early and consistently", 3),
                    ("The Attendance Service", 3), ("Working with whānau and communities", 4),
                    ("ACT Party differing view", 4), ("Green Party differing view", 4),
                    ("Appendix A: Committee procedure", 5), ("Appendix B: Committee members", 5)]:
        d.set_font("sans", "", 10.5)
        d.cell(140, 6.5, line)
        d.cell(0, 6.5, str(p), align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.heading("Recommendations", size=15)
    d.para("The Education and Workforce Committee has conducted an inquiry into school attendance, and "
           "recommends that the House take note of its report.")
    d.para("We recommend to the Government that it:")
    for i, r in enumerate(RECS, 1):
        d.hanging(f"{i}.", r + ("." if i == len(RECS) else ";" if i < len(RECS) - 1 else "; and"), width=8,
                  after=1.6)
    d.add_page()
    d.heading("About the inquiry")
    d.para("On 12 June 2024 we resolved to hold an inquiry into school attendance. Our terms of reference asked "
           "us to examine the causes of the fall in attendance since 2015, how well schools, the Ministry of "
           "Education and the Attendance Service respond when students stop coming to school, and what could be "
           "done differently. We received 412 written submissions and heard 96 submitters in Wellington, Ōtautahi "
           "Christchurch and Kaitaia. We thank everyone who shared their experiences, especially the students and "
           "whānau who spoke to us.")
    d.heading("Attendance has fallen sharply")
    d.para("In Term 2 2024 only 47 per cent of students attended school regularly, meaning they were present "
           "more than 90 per cent of the time. Ten years earlier the figure was close to 70 per cent. Chronic "
           "absence, missing more than 30 per cent of school time, affected roughly one student in ten, and "
           "considerably more among Māori and Pacific students and in schools serving the most disadvantaged "
           "communities.")
    d.para("Submitters told us that there is no single cause. Illness, anxiety, cost of living pressures, "
           "housing moves and a sense that school is not relevant all play a part. Several principals also said "
           "that expectations of attendance had shifted among families since the pandemic.")
    d.heading("Knowing who is missing school")
    d.para("We were surprised to learn how difficult it is to get an accurate national picture. Schools use "
           "different student management systems and code absences in different ways, and some data reach the "
           "Ministry months after the event. Without timely data, neither schools nor the Attendance Service can "
           "act early. We therefore see a strong case for one standard for recording attendance, collected "
           "frequently enough to be useful.")
    d.para("Parents and boards of trustees also told us that they want to know how their school compares with "
           "others. We think that publishing attendance data for each school every term, as long as individual "
           "students cannot be identified, would help communities hold schools and the Government to account.")
    d.heading("Responding early and consistently")
    d.para("What happens when a student starts missing school varies widely. Some schools contact whānau on the "
           "first unexplained absence; others refer a student to the Attendance Service only after many weeks. "
           "We heard support for clear, nationally consistent steps, although several principals warned that "
           "rigid rules could produce box-ticking rather than genuine engagement with families.")
    d.heading("The Attendance Service")
    d.para("The Attendance Service is delivered by 80 providers under contracts with the Ministry. Providers told "
           "us their funding bears little relation to the number of students they are asked to support; one "
           "provider in Northland had a caseload more than three times that of a provider in a comparable urban "
           "area. We consider that funding should follow need.")
    d.para("Free school lunches were raised by many submitters as an incentive to attend. The evidence on their "
           "effect on attendance is mixed, and an evaluation is under way. We do not think the programme should "
           "be reduced before its results are known.")
    d.para("We also heard differing views on prosecuting parents. Prosecutions are rare, slow and, according to "
           "some submitters, counter-productive; others see them as a necessary last resort. There is little "
           "New Zealand evidence either way, which is why we think the question should be evaluated.")
    d.heading("Working with whānau and communities")
    d.para("The most promising approaches we saw were local. In Porirua, a partnership between schools, a Pacific "
           "health provider and a church youth group had lifted regular attendance by 11 percentage points in a "
           "year. Iwi in Te Tai Tokerau described similar work. Such initiatives rely on short-term grants and "
           "goodwill. We would like the Government to support them more deliberately and to learn from them.")
    d.heading("ACT Party differing view")
    d.para("ACT supports most of the recommendations but does not support recommendation 4. The Attendance Service "
           "should be funded for results, not for caseload, and providers that fail to return students to school "
           "should lose their contracts.")
    d.heading("Green Party differing view")
    d.para("The Green Party considers that the report does not go far enough on the causes of absence, in "
           "particular child poverty and housing insecurity, and that the Government should extend free school "
           "lunches to every school.")
    d.add_page()
    d.heading("Appendix A: Committee procedure")
    d.para("We resolved to initiate this inquiry on 12 June 2024 and called for submissions, with a closing date "
           "of 9 August 2024. We heard oral evidence between 29 August and 21 November 2024 and deliberated on "
           "the inquiry in February and March 2025. We were advised by the Ministry of Education and the "
           "Education Review Office.")
    d.heading("Appendix B: Committee members")
    d.para("Hon Rachel Tūhoe-Marsh (Chairperson)\nGrant Pomare (Deputy Chairperson)\nSione Lauina\nHelen Dravitzki\n"
           "Hon Paul Kereama\nMeredith Vanstone\nAroha Whitcombe\nDavid Ngan", align="L")
    d.output(str(DOCS / "blind13_en_nz_select_advice.pdf"))


def response() -> None:
    d = Doc(fmt="A4", family="sans", size=10,
            header_text="Government Response to the Education and Workforce Committee: Inquiry into school "
                        "attendance", footer_text="{page}")
    d.first_page_plain = False
    d.add_page()
    d.set_font("sans", "B", 17)
    d.multi_cell(0, 8, "Government Response to the Report of the Education and Workforce Committee on its "
                       "Inquiry into school attendance", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para("Presented to the House of Representatives in accordance with Standing Order 256", style="I")
    d.heading("Introduction", size=12)
    d.para("The Government has carefully considered the report of the Education and Workforce Committee on its "
           "inquiry into school attendance, presented to the House on 22 May 2025. The Government thanks the "
           "Committee and the many students, whānau, teachers and providers who made submissions.")
    d.para("Improving attendance is one of the Government's targets: by 2030, 80 per cent of students should be "
           "present more than 90 per cent of the time. The Attendance Action Plan released in 2024 sets out how "
           "the Government intends to reach that target, and many of the Committee's recommendations align with "
           "work already under way.")
    d.para("The Government's response to each of the Committee's recommendations is set out in the table below.")
    d.heading("Response to recommendations", size=12)
    rows = [
        ("1", RECS[0],
         "The Government accepts this recommendation. From Term 1 2026 all schools will be required to submit "
         "attendance data daily through the Ministry's attendance data platform, using one national coding "
         "standard, which goes further than the weekly reporting the Committee proposed."),
        ("2", RECS[1],
         "Accepted. The Ministry of Education has published attendance data for individual schools each term "
         "since Term 2 2024, with small numbers suppressed to protect privacy, and will continue to do so."),
        ("3", RECS[2],
         "The Government accepts this recommendation in part. A Stepped Attendance Response will be required of "
         "all schools from 2026, setting out the actions expected as absence increases. However, the Government "
         "does not intend to prescribe fixed day thresholds in legislation; schools will set them within "
         "guidance issued by the Ministry."),
        ("4", RECS[3],
         "The Government does not accept this recommendation. Attendance Service contracts were re-let in 2024 "
         "and run until 30 June 2027. Changing the funding basis mid-contract would disrupt services to students. "
         "Performance measures have been added to the new contracts."),
        ("5", RECS[4],
         "The Government notes this recommendation. Funding for the healthy school lunches programme is "
         "considered through the annual Budget process, and the Committee's views will be taken into account "
         "alongside the findings of the evaluation when they are available."),
        ("6 and 7", "6. " + RECS[5] + "\n7. " + RECS[6],
         "The Government accepts recommendation 6. The Ministry of Education will complete an evaluation of "
         "attendance prosecutions by December 2026 and publish its findings.\n"
         "Recommendation 7 is accepted in principle. The Government will fund three community-led attendance "
         "pilots from 2026, co-designed with iwi and Pacific providers; a further expansion will depend on what "
         "the pilots show."),
    ]
    d.set_font("sans", "", 9)
    d.set_draw_color(120)
    with d.table(col_widths=(14, 62, 86), text_align=("LEFT", "LEFT", "LEFT"), line_height=4.6,
                 repeat_headings=1, headings_style=FontFace(emphasis="BOLD", fill_color=(220, 232, 234)),
                 first_row_as_headings=True,
                 padding=1.6) as t:
        hdr = t.row()
        for h in ("No.", "Committee recommendation", "Government response"):
            hdr.cell(h)
        for n, rec, resp in rows:
            r = t.row()
            r.cell(n)
            r.cell(rec[0].upper() + rec[1:] if not rec[0].isdigit() else rec)
            r.cell(resp)
    d.set_font("sans", "", 10)
    d.ln(4)
    d.heading("Other matters raised in the report", size=12)
    d.para("The report records differing views of the ACT Party and the Green Party. The Government has "
           "considered those views. Extending free school lunches to every school is not affordable in the "
           "current fiscal environment.")
    d.heading("Conclusion", size=12)
    d.para("The Government again thanks the Committee for its work. Lifting attendance requires schools, whānau, "
           "communities and government agencies to work together, and the Ministry of Education will report "
           "publicly on progress against the attendance target each term.")
    d.ln(6)
    d.para("Hon Miriama Colbert\nMinister of Education", align="L")
    d.output(str(DOCS / "blind13_en_nz_select_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    print("wrote blind13_en_nz_select_advice.pdf and _response.pdf")
