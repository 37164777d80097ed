"""Round 126 (EN): an Ontario-style school board's SPECIAL EDUCATION ADVISORY COMMITTEE (SEAC) report to the Board on
the annual review of the Special Education Plan, answered by a section of the adopted SPECIAL EDUCATION PLAN itself
('Section 3: SEAC recommendations and the Board's response'). The advice is in NUMBERED PARAGRAPHS 1.-19. in a number
column, grouped under lettered headings; seven of them (7, 9, 11, 12, 14, 16, 17) carry a recommendation ('SEAC
recommends that the Board ...'), so recommendation numbers are NOT paragraph numbers. Traps: Regulation 464/97
paraphrased ('may make recommendations') and the board's duty to review the plan ('must'), findings paragraphs with
figures, the 2025 recommendation quoted ('should post', done), a paragraph of QUESTIONS (a)-(c) from members, a
closing paragraph naming 'paragraphs 9 and 16'. The plan's table has a 'SEAC report para.' column holding PARAGRAPH
numbers, rows in another order (9, 14, 7, 11, 12, 16) with a Status column; paragraph 17 (training) has no row; a
Board-initiated row, the introduction and 'Other changes to the Plan' answer nothing.
LibreOffice Writer headless from HTML, US Letter, Liberation Sans (SEAC report) and Liberation Serif (plan); header and
'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented; Ontario Regulation
464/97 is named as context only (what is said of it here is paraphrased and not to be relied on).
Run:  /tmp/blind126en/bin/python tests/docs/src/blind126/gen_en_seac_libreoffice.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b126en as H

NAME = "blind126_en_seac"
STYLE = """<style>
@page { size: 21.59cm 27.94cm; margin: 2.0cm 2.2cm 2.0cm 2.2cm; }
body { font-family: '%(f)s'; font-size: %(s)s; }
h1 { font-family: '%(f)s'; font-size: 18pt; margin-top: 0.1cm; margin-bottom: 0.1cm; color: %(c)s; }
h2 { font-family: '%(f)s'; font-size: 12pt; margin-top: 0.4cm; margin-bottom: 0.12cm; color: %(c)s; }
p { margin-top: 0; margin-bottom: 0.2cm; line-height: 118%%; }
p.meta { color: #555555; font-size: 9.5pt; }
td { font-family: '%(f)s'; font-size: %(s)s; vertical-align: top; }
td.n { font-weight: bold; color: %(c)s; }
th { font-family: '%(f)s'; font-size: 9.5pt; text-align: left; background: #dfe7f1; }
</style>"""


def doc(body, font, colour, size):
    return (f"<!DOCTYPE html><html lang='en-CA'><head><meta charset='utf-8'>"
            f"{STYLE % {'f': font, 's': size, 'c': colour}}</head><body>{body}</body></html>")


SECTIONS = [
    ("A. About this report", [
        "The Special Education Advisory Committee (SEAC) of the Grand Pines District School Board has twelve members: "
        "representatives of nine local associations, two trustees and one member at large. This report gives SEAC's "
        "advice on the annual review of the Board's Special Education Plan for 2026-27.",
        "Under Ontario Regulation 464/97, a SEAC may make recommendations to the board on any matter affecting the "
        "establishment, development and delivery of special education programs and services. The Board must review "
        "its Special Education Plan every year and must consider SEAC's recommendations before it approves the "
        "plan.",
        "SEAC met seven times between September 2025 and February 2026, heard from staff in each department, and "
        "ran an online survey of families that drew 612 responses.",
        "In 2025 SEAC recommended that the Board \"should post the Special Education Plan in plain language on its "
        "website\". A plain-language version was posted in October 2025, and families tell us it is much easier to "
        "use."]),
    ("B. Support for students with autism", [
        "The number of students with an autism identification has risen from 1,310 to 1,745 in four years, while the "
        "number of itinerant autism resource teachers has stayed at eleven. Schools told us they often wait six weeks "
        "or more for a first visit.",
        "Families described good work by individual teachers, but support that depends too much on the school a "
        "child happens to attend.",
        "SEAC recommends that the Board hire six additional itinerant autism resource teachers for the 2026-27 "
        "school year, so that each can support no more than 120 students."]),
    ("C. Assessments", [
        "The median wait for a psychoeducational assessment is now 14 months, and some students wait more than two "
        "years. Without an assessment, some families cannot get the support their child needs.",
        "SEAC recommends that the Board reduce the wait for a psychoeducational assessment to no more than six months "
        "by June 2027, and publish the length of the waiting list each term."]),
    ("D. Transitions, accessibility and communication", [
        "Transitions into secondary school were the concern raised most often in our survey. At present, a written "
        "transition plan is usually started only in Grade 8.",
        "SEAC recommends that every student with an Individual Education Plan have a written transition plan for the "
        "move to secondary school from the start of Grade 7.",
        "SEAC recommends that the Board include accessible play structures at Cedar Ridge, Millbrook, Northgate and "
        "Willow Bend public schools in the 2026-27 capital plan.",
        "One family in five who answered our survey speaks a language other than English or French at home.",
        "SEAC recommends that the Board publish the Parents' Guide to Special Education in Arabic, Punjabi, Tagalog, "
        "Spanish and Ukrainian by the start of the 2026-27 school year."]),
    ("E. Modified school days and staff training", [
        "In the fall of 2025, 143 students with special education needs attended school for only part of the day on "
        "a modified schedule. For 38 of them the arrangement lasted more than two months.",
        "SEAC recommends that the Board report to SEAC each term the number of students on modified days and how long "
        "each arrangement has lasted, and that no modified day last longer than 20 school days without a review "
        "meeting with the family.",
        "SEAC recommends that all educational assistants receive at least two days of training in crisis prevention "
        "and de-escalation before the end of the 2026 calendar year."]),
    ("F. Other matters and closing", [
        "Members also asked three questions, to which we would welcome answers at a future meeting: (a) how many "
        "students are waiting for a place in a specialized class; (b) how the Board decides where new specialized "
        "classes will open; and (c) when the new student information system will record accommodations.",
        "SEAC asks the Board to give priority to the recommendations in paragraphs 9 and 16. We thank the "
        "superintendent and staff for their openness throughout the year."]),
]


def advice():
    rows, n = "", 0
    for head, paras in SECTIONS:
        rows += f"<tr><td colspan='2'><h2>{head}</h2></td></tr>"
        for t in paras:
            n += 1
            rows += f"<tr valign='top'><td class='n' width='7%' valign='top'><b>{n}.</b></td><td width='93%' valign='top'>{t}</td></tr>"
    b = f"""
<p class='meta'>GRAND PINES DISTRICT SCHOOL BOARD &#183; SPECIAL EDUCATION ADVISORY COMMITTEE</p>
<h1>Report of the Special Education Advisory Committee on the 2026-27 Special Education Plan</h1>
<p class='meta'>Presented to the Board of Trustees, regular meeting of March 10, 2026 &#183; Report SEAC-2026-01 &#183;
Chair: Marguerite Doucette-Ahmed</p>
<table border='0' cellpadding='3' cellspacing='0' width='100%'>{rows}</table>
<p><i>Marguerite Doucette-Ahmed, Chair, on behalf of the Special Education Advisory Committee</i></p>
"""
    return doc(b, "Liberation Sans", "#1d4f7a", "10pt")


TABLE = [
    ("9", "Assessment wait of no more than six months by June 2027; publish the waiting list each term.",
     "The 2026-27 budget adds two psychologist positions. Staff expect to meet the six-month target by June 2027, and "
     "the length of the waiting list will be posted on the Board's website at the end of each term.", "Accepted"),
    ("14", "Parents' Guide to Special Education in five further languages.",
     "Translations into all five languages have been commissioned and will be posted by August 31, 2026, together "
     "with an audio version in English and French.", "Accepted"),
    ("7", "Six additional itinerant autism resource teachers.",
     "The Board has approved two additional positions from September 2026, bringing the team to thirteen. Further "
     "positions will be considered in the 2027-28 budget if enrolment continues to rise.", "Accepted in part"),
    ("11", "Written transition plan from the start of Grade 7.",
     "From September 2026 transition planning will begin at the first IEP review in Grade 7 for every student with "
     "an IEP. The IEP template has been updated accordingly.", "Accepted"),
    ("12", "Accessible play structures at four schools in the 2026-27 capital plan.",
     "Play structures are not eligible for the Board's renewal funding, and the capital plan for 2026-27 has been "
     "set. The Board will not add these projects, but school councils may apply to the Community Partnerships Fund.",
     "Not accepted"),
    ("16", "Termly report on modified school days; review meeting after 20 school days.",
     "Referred to the Safe and Accepting Schools review now under way. Staff will look at what data can be reported "
     "and will bring options to SEAC in the winter of 2027; no change to practice is being made at this stage.",
     "Under review"),
    ("-", "Board-initiated: transportation for students in specialized classes.",
     "A new protocol limits ride times for students in specialized classes to 60 minutes each way from September "
     "2026.", "New"),
]


def response():
    rows = "".join(f"<tr valign='top'><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in TABLE)
    b = f"""
<p class='meta'>GRAND PINES DISTRICT SCHOOL BOARD</p>
<h1>Special Education Plan 2026-27</h1>
<p class='meta'>Approved by the Board of Trustees, April 14, 2026 &#183; Section 3 of 14</p>
<h2>Section 3: SEAC recommendations and the Board's response</h2>
<p>Each year the Board reviews its Special Education Plan with its Special Education Advisory Committee. SEAC's report
on the 2026-27 plan was received by the Board on March 10, 2026. The table below sets out each recommendation, the
Board's response and its status. Recommendations are identified by the paragraph of SEAC's report in which they
appear, and are grouped by the department responsible.</p>
<table border='1' cellpadding='4' cellspacing='0' width='100%'>
<tr><th width='10%'>SEAC report para.</th><th width='26%'>Recommendation (summary)</th><th width='48%'>Board
response</th><th width='16%'>Status</th></tr>
{rows}
</table>
<h2>Other changes to the Plan this year</h2>
<p>Section 7 (Early Identification) has been rewritten to reflect the new Kindergarten screening tool, and Section 11
(Specialized Equipment) now lists the equipment loan process for students who move between schools. The Plan will
next be reviewed with SEAC between September 2026 and February 2027.</p>
"""
    return doc(b, "Liberation Serif", "#1d4f7a", "10pt")


def main():
    tmp = tempfile.mkdtemp(prefix="blind126en_lo_out_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.soffice_pdf(src, tmp)
        shutil.move(os.path.join(tmp, f"{NAME}_{kind}.pdf"), H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Grand Pines DSB - SEAC Report SEAC-2026-01",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Grand Pines DSB - Special Education Plan 2026-27",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "SEAC recommends that the Board hire six additional itinerant autism",
         "reply_contains": "The Board has approved two additional positions from September 2026",
         "verdict": "partly"},
        {"number": 2, "starts_with": "SEAC recommends that the Board reduce the wait for a psychoeducational",
         "reply_contains": "Staff expect to meet the six-month target by June 2027", "verdict": "agrees"},
        {"number": 3, "starts_with": "SEAC recommends that every student with an Individual Education Plan",
         "reply_contains": "transition planning will begin at the first IEP review", "verdict": "agrees"},
        {"number": 4, "starts_with": "SEAC recommends that the Board include accessible play structures",
         "reply_contains": "The Board will not add these projects", "verdict": "disagrees"},
        {"number": 5, "starts_with": "SEAC recommends that the Board publish the Parents' Guide to Special Education",
         "reply_contains": "Translations into all five languages have been commissioned", "verdict": "agrees"},
        {"number": 6, "starts_with": "SEAC recommends that the Board report to SEAC each term",
         "reply_contains": "Referred to the Safe and Accepting Schools review now under way",
         "verdict": "noted"},
        {"number": 7, "starts_with": "SEAC recommends that all educational assistants receive at least two days",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["limits ride times for students in specialized classes to 60 minutes",
                 "has been rewritten to reflect the new Kindergarten screening tool"]
    notes = ("Advice: an Ontario-style school board's SPECIAL EDUCATION ADVISORY COMMITTEE report on the annual review "
             "of the Special Education Plan, in NUMBERED PARAGRAPHS 1.-19. in a number column under headings A.-F.; "
             "Regulation 464/97 paraphrased ('may make recommendations') and the Board's duty ('must review ... must "
             "consider'); the 2025 recommendation quoted ('should post ... in plain language', done); findings "
             "paragraphs with figures; paragraph 18 asks three QUESTIONS (a)-(c); the seven recommendations are "
             "paragraphs 7, 9, 11, 12, 14, 16, 17, each 'SEAC recommends that ...' (1 six autism resource teachers, 2 "
             "assessment wait six months, 3 transition plan from Grade 7, 4 accessible play structures, 5 Parents' "
             "Guide in five languages, 6 termly modified-day report and 20-day review, 7 two days of de-escalation "
             "training for EAs), so recommendation numbers are NOT paragraph numbers; closing paragraph 19 names "
             "'paragraphs 9 and 16'. Response: Section 3 of the adopted SPECIAL EDUCATION PLAN, a ruled table 'SEAC "
             "report para.' / summary / Board response / Status, rows by PARAGRAPH number in the order 9, 14, 7, 11, "
             "12, 16, then '-': para 9 Accepted (2 agrees); 14 Accepted (5 agrees); 7 two positions not six, 'Accepted "
             "in part' (1 partly); 11 Accepted (3 agrees); 12 'Not accepted' (4 disagrees); 16 'Referred ... Under "
             "review' (6 noted); paragraph 17 has no row (7 unanswered). The introduction, the Board-initiated "
             "transportation row and 'Other changes to the Plan this year' answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
