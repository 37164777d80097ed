"""Round 31 (EN): an external governance review of a (invented) California-style unified school district's Board
of Education, with recommendations coded by domain (R-1, R-2, M-1 ... F-1), and the Board's resolution acting on
it ('WHEREAS ... NOW, THEREFORE, BE IT RESOLVED ... Section 1 ...') with an implementation exhibit.
LibreOffice Writer headless from HTML (--infilter="HTML (StarWriter)"), US Letter; header and page numbers
stamped with PyMuPDF. All content (district, consultants, people, figures) invented.

Run:  /tmp/blind31en/bin/python tests/docs/src/blind31/gen_en_school_board_libreoffice.py
"""
import os, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b31en as H

NAME = "blind31_en_school_board"
WORK = "/tmp/blind31en_lo"

CSS = """<style>
@page { size: 21.59cm 27.94cm; margin: 2.3cm 2.2cm 2.1cm 2.2cm; }
body { font-family: '%(font)s'; font-size: 10.5pt; }
p { margin-top: 0; margin-bottom: 6pt; }
h1 { font-family: 'Liberation Sans'; font-size: 19pt; color: #2b5d34; margin-bottom: 4pt; }
h2 { font-family: 'Liberation Sans'; font-size: 13pt; color: #2b5d34; margin-top: 12pt; margin-bottom: 5pt; }
h3 { font-family: 'Liberation Sans'; font-size: 10.5pt; margin-top: 8pt; margin-bottom: 3pt; }
td { font-family: '%(font)s'; font-size: 9.5pt; vertical-align: top; }
th { font-family: 'Liberation Sans'; font-size: 9pt; background: #dbe8dc; text-align: left; }
p.small { font-size: 8.5pt; }
p.rec { margin-left: 0.9cm; }
p.quote { margin-left: 1cm; margin-right: 1cm; font-style: italic; }
p.center { text-align: center; }
p.sec { text-indent: 1.2cm; text-align: justify; }
</style>
"""


def html(body, font):
    return ("<html><head><meta charset='utf-8'>" + CSS % {"font": font} + "</head><body>" + "\n".join(body) +
            "</body></html>")


def rec(code, text):
    return (f'<p><b><font color="#2b5d34">Recommendation {code}</font></b></p>'
            f'<p class="rec"><b>{text}</b></p>')


ADVICE = [
    '<p class="small"><font color="#2b5d34"><b>CARDINAL EDUCATION GOVERNANCE PARTNERS</b></font></p>',
    '<h1>Board Governance Review</h1>',
    '<p><b>Maple Hollow Unified School District Board of Education</b><br/>Final Report &#183; February 2026<br/>'
    'Reviewers: Dr. Loretta Banerjee-Shaw and Thomas R. Villanueva</p>',
    '<table width="100%" cellpadding="7" cellspacing="0" border="0"><tr>'
    '<td width="31%" valign="top" bgcolor="#eef4ee" style="border: 1px solid #2b5d34">'
    '<p><b><font face="Liberation Sans" color="#2b5d34">Review at a Glance</font></b></p>'
    '<p style="font-size: 8.5pt"><font face="Liberation Sans">Five trustees elected by area; superintendent in post since July '
    '2023</font></p>'
    '<p style="font-size: 8.5pt"><font face="Liberation Sans">9,840 students in 14 schools; general fund budget of $128 million'
    '</font></p>'
    '<p style="font-size: 8.5pt"><font face="Liberation Sans">38 interviews with trustees, cabinet members, principals, labor '
    'partners and parents</font></p>'
    '<p style="font-size: 8.5pt"><font face="Liberation Sans">14 board meetings observed, in person or on audio recording, between '
    'September and December 2025</font></p>'
    '<p style="font-size: 8.5pt"><font face="Liberation Sans">Governance survey of 212 staff and community members</font></p>'
    '<p style="font-size: 8.5pt"><font face="Liberation Sans">Seven recommendations in four domains</font></p>'
    '</td><td width="69%" valign="top">'
    '<h2>Introduction</h2>'
    '<p>In August 2025 the Board of Education of the Maple Hollow Unified School District engaged Cardinal '
    'Education Governance Partners to review how the Board governs. The engagement followed a year in which '
    'meetings regularly ran past midnight, two trustees publicly disagreed over the superintendent\'s contract, and '
    'the district\'s budget reserve fell to the state minimum of three percent.</p>'
    '<p>This report describes what we observed in four domains of governance, notes where the Board is already '
    'doing well, and makes seven recommendations. Each recommendation carries a code for its domain so that the '
    'Board can track its response. We have not examined the performance of individual trustees, staff or '
    'schools.</p>'
    '<p>We thank the trustees, Superintendent Dr. Anita Reyes-Holloway and her cabinet, and the many parents and '
    'staff who spoke to us candidly.</p>'
    '</td></tr></table>',
    '<h2>Overall Assessment</h2>',
    '<p>We rated each domain on the three-level scale used in our reviews (Emerging, Developing, Established). The '
    'ratings are our judgment and are not a measure of compliance with law.</p>',
    '<table width="100%" border="1" cellpadding="5" cellspacing="0">'
    '<tr><th>Domain</th><th>Rating</th><th>Recommendations</th></tr>'
    '<tr><td>Board roles and responsibilities</td><td>Developing</td><td>R-1, R-2</td></tr>'
    '<tr><td>Meetings and decision-making</td><td>Emerging</td><td>M-1, M-2, M-3</td></tr>'
    '<tr><td>Board-superintendent relations</td><td>Developing</td><td>S-1</td></tr>'
    '<tr><td>Fiscal oversight</td><td>Established</td><td>F-1</td></tr></table>',
    '<p></p>',
    '<h2>Domain 1: Board Roles and Responsibilities</h2>',
    '<h3>What we observed</h3>',
    '<p>Trustees described their role in very different ways. Three saw themselves mainly as representatives of '
    'their trustee areas; two described the Board as a body that sets direction and holds the superintendent '
    'accountable. Board Bylaw 9005 already provides that individual trustees "shall not give direction to district '
    'staff," yet principals told us they regularly receive requests from individual trustees. No trustee elected '
    'since 2022 has attended the state association\'s governance training.</p>',
    '<h3>Commendation</h3>',
    '<p><i>The Board is commended for adopting, in 2024, a Strategic Plan with measurable goals for literacy, '
    'attendance and graduation, and for receiving progress reports on those goals each quarter.</i></p>',
    '<h3>Recommendations</h3>',
    rec("R-1", "Adopt a board governance handbook that sets out the roles of the Board, individual trustees and the "
               "superintendent, and review it each December at the annual organizational meeting."),
    rec("R-2", "Require each trustee to complete at least 12 hours of governance training in each year of the term, "
               "including the state association's Masters in Governance program within the first two years."),
    '<h2>Domain 2: Meetings and Decision-Making</h2>',
    '<h3>What we observed</h3>',
    '<p>The 14 meetings we observed lasted on average 5 hours and 40 minutes. About 31 percent of meeting time was '
    'spent on items that, in most districts of this size, would be approved without discussion, such as warrants, '
    'field trips and the minutes. Items were often placed on the agenda by a single trustee the week before a '
    'meeting, leaving staff little time to prepare. Meetings are audio-recorded but not video-recorded, and parents '
    'who work evenings told us they cannot follow the Board\'s decisions. One trustee put it this way:</p>',
    '<p class="quote">"We should be spending our evenings on reading scores, not on whether the band can take a bus '
    'to Sacramento."</p>',
    '<h3>Recommendations</h3>',
    rec("M-1", "Use a consent agenda for routine items such as warrants, field trip approvals and minutes, with any "
               "trustee able to remove an item for separate discussion."),
    rec("M-2", "Amend Board Bylaw 9322 so that an item may be placed on the agenda only at the request of two "
               "trustees or the superintendent."),
    rec("M-3", "Livestream and archive video of all regular and special meetings, with closed captioning, beginning "
               "no later than the 2026-27 school year."),
    '<table width="100%" cellpadding="7" cellspacing="0" border="1" bgcolor="#f7f3e6"><tr><td>'
    '<p><b><font face="Liberation Sans">Promising practice: Cedar Ridge Unified</font></b></p>'
    '<p>The neighboring Cedar Ridge Unified School District holds a study session each quarter with no action items, '
    'devoted to one strategic goal. Trustees there told us these sessions changed the tone of their regular '
    'meetings. The Board may wish to consider a similar practice.</p></td></tr></table>',
    '<p></p>',
    '<h2>Domain 3: Board-Superintendent Relations</h2>',
    '<h3>What we observed</h3>',
    '<p>The superintendent\'s contract requires an annual evaluation "based on goals mutually agreed," but no goals '
    'were agreed for 2024-25, and the evaluation in closed session in June 2025 consisted of each trustee\'s '
    'individual comments. Both the superintendent and the trustees told us the process had damaged trust.</p>',
    '<h3>Recommendation</h3>',
    rec("S-1", "Adopt a written process and calendar for the superintendent's annual evaluation, based on goals "
               "agreed with the Board by September 30 of each year."),
    '<h2>Domain 4: Fiscal Oversight</h2>',
    '<h3>What we observed</h3>',
    '<p>The Board receives the interim financial reports required by law and asks informed questions about them. '
    'The independent auditor\'s management letter for 2024-25 contained two findings, and the auditor recommended '
    'that the district "reconcile associated student body accounts monthly at each high school." Staff have '
    'accepted that finding. However, the reports reach trustees only three days before the meeting, and no trustee '
    'has a background in public finance.</p>',
    '<h3>Commendation</h3>',
    '<p><i>The Board is commended for restoring a reserve above the state minimum in its 2025-26 adopted budget.'
    '</i></p>',
    '<h3>Recommendation</h3>',
    rec("F-1", "Establish a standing Audit and Finance Committee of two trustees and three community members with "
               "financial expertise, to review interim reports and the independent audit before they come to the "
               "Board."),
    '<h2>Next Steps</h2>',
    '<p>We suggest that the Board discuss this report at a study session open to the public and then respond to '
    'each recommendation by resolution, so that the community can see which recommendations the Board has '
    'accepted. Our engagement includes one follow-up visit in the fall of 2026.</p>',
    '<p class="small">Cardinal Education Governance Partners is an independent consultancy. This report was prepared '
    'under contract with the District (Agreement No. 2025-118) and reflects the reviewers\' professional judgment.'
    '</p>',
]


def sec(num, title, text):
    return f'<p class="sec"><b>Section {num}. {title}.</b> {text}</p>'


RESPONSE = [
    '<p class="center"><font face="Liberation Sans" size="2"><b>MAPLE HOLLOW UNIFIED SCHOOL DISTRICT</b><br/>'
    'BOARD OF EDUCATION</font></p>',
    '<p class="center"><b>RESOLUTION NO. 25-26/31</b></p>',
    '<p class="center"><b>A RESOLUTION OF THE BOARD OF EDUCATION RECEIVING THE BOARD GOVERNANCE REVIEW AND ACTING ON '
    'ITS RECOMMENDATIONS</b></p>',
    '<p class="sec">WHEREAS, in August 2025 the Board of Education (the "Board") engaged Cardinal Education '
    'Governance Partners to conduct an independent review of the Board\'s governance practices; and</p>',
    '<p class="sec">WHEREAS, the final report, entitled "Board Governance Review" and dated February 2026 (the '
    '"Review"), contains seven recommendations identified as R-1, R-2, M-1, M-2, M-3, S-1 and F-1; and</p>',
    '<p class="sec">WHEREAS, the Review was presented at a study session on March 3, 2026, which was held in the '
    'Maple Hollow High School library and livestreamed on the District\'s website as a one-time arrangement; and</p>',
    '<p class="sec">WHEREAS, members of the public addressed the Board on the Review at that study session and at the '
    'regular meeting of March 10, 2026, and several speakers asked that a student be seated on the Board; and</p>',
    '<p class="sec">WHEREAS, the Board wishes to respond to the Review publicly, as the reviewers suggested;</p>',
    '<p class="sec">NOW, THEREFORE, BE IT RESOLVED by the Board of Education of the Maple Hollow Unified School '
    'District as follows:</p>',
    sec(1, "Receipt of Review", "The Board receives and files the Review and thanks the reviewers and the trustees, "
        "staff and community members who took part in it."),
    sec(2, "Consent Agenda and Superintendent Evaluation", "The Board adopts Recommendations M-1 and S-1. Beginning "
        "with the regular meeting of April 14, 2026, the Superintendent shall place warrants, field trip approvals, "
        "minutes and other routine items on a consent calendar, and any trustee may ask that an item be considered "
        "separately. The Board President and the Superintendent shall bring a written evaluation procedure and "
        "calendar to the Board for approval by June 9, 2026, and the Board shall agree the Superintendent's goals "
        "for 2026-27 no later than September 30, 2026."),
    sec(3, "Governance Training", "The Board adopts Recommendation R-2 with the following modification: each "
        "trustee shall complete not fewer than six hours of governance training each calendar year, and shall "
        "report those hours at the annual organizational meeting. Participation in the Masters in Governance "
        "program is encouraged but shall not be required."),
    sec(4, "Agenda Requests", "The Board declines to adopt Recommendation M-2. The Board finds that the ability of "
        "each trustee, as the elected representative of a trustee area, to place an item on the agenda is an "
        "important means of responding to constituents. Board Bylaw 9322 shall remain unchanged."),
    sec(5, "Audit and Finance Committee", "Recommendation F-1 is referred to the Budget Advisory Committee, which "
        "shall study the composition, cost and legal status of such a committee and report its findings to the "
        "Board no later than June 9, 2026. Nothing in this Section establishes a committee of the Board."),
    sec(6, "Governance Handbook", "The Board adopts Recommendation R-1. The Board President and Vice President "
        "shall prepare a draft governance handbook, using the state association's model as a starting point, for "
        "adoption at the annual organizational meeting in December 2026, and the Board shall review the handbook "
        "at that meeting each year thereafter."),
    sec(7, "Student Board Member", "The Superintendent is directed to present options for a student board member, "
        "consistent with Education Code section 35012, for discussion at a regular meeting before the end of the "
        "2025-26 school year."),
    sec(8, "Effective Date", "This resolution shall take effect immediately upon its adoption."),
    '<p class="sec">PASSED AND ADOPTED by the Board of Education of the Maple Hollow Unified School District on '
    'March 24, 2026, by the following vote:</p>',
    '<p style="margin-left: 2.4cm">AYES: 4 &#160;&#160; NOES: 1 (Trustee Okafor) &#160;&#160; ABSENT: 0 '
    '&#160;&#160; ABSTAIN: 0</p>'.replace("&#160;", " "),
    '<table width="100%" cellpadding="4" cellspacing="0" border="0"><tr>'
    '<td width="50%"><p><br/>______________________________<br/>Gwendolyn Park-Ellison<br/>President, Board of '
    'Education</p></td>'
    '<td width="50%"><p><br/>______________________________<br/>Dr. Anita Reyes-Holloway<br/>Secretary to the '
    'Board and Superintendent</p></td></tr></table>',
    '<p></p>',
    '<p><b><font face="Liberation Sans">Exhibit A: Implementation Schedule</font></b></p>',
    '<table width="100%" border="1" cellpadding="4" cellspacing="0">'
    '<thead><tr><th>Review item</th><th>Board action</th><th>Responsible</th><th>Date</th></tr></thead>'
    '<tr><td>M-1</td><td>First consent calendar</td><td>Superintendent</td><td>April 14, 2026</td></tr>'
    '<tr><td>S-1</td><td>Evaluation procedure approved; goals agreed</td><td>Board President, Superintendent</td>'
    '<td>June 9, 2026; September 30, 2026</td></tr>'
    '<tr><td>F-1</td><td>Report of Budget Advisory Committee</td><td>Chief Business Official</td>'
    '<td>June 9, 2026</td></tr>'
    '<tr><td>R-2 (as modified)</td><td>Training hours reported</td><td>Each trustee</td><td>December 2026</td></tr>'
    '<tr><td>R-1</td><td>Handbook adopted</td><td>Board President, Vice President</td><td>December 2026</td></tr>'
    '<tr><td>Section 7</td><td>Student board member options</td><td>Superintendent</td><td>May 2026</td></tr>'
    '</table>',
]


def convert(body, stem, font, header, footer, skip_first):
    os.makedirs(WORK, exist_ok=True)
    src = os.path.join(WORK, NAME + "_" + stem + ".html")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(html(body, font))
    subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf",
                    "--outdir", WORK, src], check=True, capture_output=True)
    dst = H.out(f"{NAME}_{stem}.pdf")
    shutil.copy(os.path.join(WORK, NAME + "_" + stem + ".pdf"), dst)
    H.stamp(dst, header=header, footer=footer, skip_first=skip_first,
            fontfile=H.clean_font("LiberationSans-Regular.ttf"), size=8)


def main():
    convert(ADVICE, "advice", "Liberation Serif",
            "Board Governance Review  |  Maple Hollow Unified School District  |  Final Report, February 2026",
            "Cardinal Education Governance Partners  -  {n}", True)
    convert(RESPONSE, "response", "Liberation Serif", "Resolution No. 25-26/31  |  Board Governance Review",
            "Page {n} of {N}", False)
    recs = [
        {"number": "R-1", "starts_with": "Adopt a board governance handbook that sets out the roles",
         "reply_contains": "shall prepare a draft governance handbook, using the state association's model",
         "verdict": "agrees"},
        {"number": "R-2", "starts_with": "Require each trustee to complete at least 12 hours of governance",
         "reply_contains": "not fewer than six hours of governance training each calendar year",
         "verdict": "partly"},
        {"number": "M-1", "starts_with": "Use a consent agenda for routine items such as warrants",
         "reply_contains": "the Superintendent shall place warrants, field trip approvals, minutes",
         "verdict": "agrees"},
        {"number": "M-2", "starts_with": "Amend Board Bylaw 9322 so that an item may be placed",
         "reply_contains": "The Board declines to adopt Recommendation M-2", "verdict": "disagrees"},
        {"number": "M-3", "starts_with": "Livestream and archive video of all regular and special meetings",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "S-1", "starts_with": "Adopt a written process and calendar for the superintendent's annual",
         "reply_contains": "shall bring a written evaluation procedure and calendar to the Board",
         "verdict": "agrees"},
        {"number": "F-1", "starts_with": "Establish a standing Audit and Finance Committee of two trustees",
         "reply_contains": "Nothing in this Section establishes a committee of the Board", "verdict": "noted"},
    ]
    unmatched = ["thanks the reviewers and the trustees, staff and community members",
                 "present options for a student board member, consistent with Education Code"]
    notes = ("External governance review of a school district's Board of Education by a consultancy (LibreOffice "
             "Writer from HTML, US Letter; stamped running header from page 2 and footer 'Cardinal Education "
             "Governance Partners - N'). Page 1 has a shaded 'Review at a Glance' SIDEBAR cell beside the "
             "Introduction (a two-cell layout table). Seven recommendations coded by domain, each as a green bold "
             "line 'Recommendation R-1' followed by an indented bold sentence ('Adopt ...', 'Require ...', "
             "'Use ...', 'Amend ...', 'Livestream ...', 'Establish ...'): R-1, R-2 (roles), M-1, M-2, M-3 "
             "(meetings), S-1 (superintendent), F-1 (fiscal), under headings 'Recommendations' / "
             "'Recommendation'. Traps: an Overall Assessment table listing the codes per domain with ratings; "
             "italic 'Commendation' paragraphs ('The Board is commended for ...'); a quoted existing bylaw "
             "('shall not give direction'); a trustee's quotation ('We should be spending ...'); a 'Promising "
             "practice' box ('The Board may wish to consider'); the auditor's quoted recommendation on student "
             "body accounts; 'Next Steps' ('We suggest that the Board ... respond ... by resolution'). Response: "
             "a Board RESOLUTION: recitals 'WHEREAS, ...' (one lists all seven codes, one mentions that the study "
             "session was 'livestreamed ... as a one-time arrangement' - not a reply to M-3), 'NOW, THEREFORE, "
             "BE IT RESOLVED ... as follows:' and run-in bold 'Section N. Title.' paragraphs in another order: "
             "Section 2 adopts M-1 AND S-1 together (ONE section, both agrees), Section 3 adopts R-2 'with the "
             "following modification' - six hours, Masters in Governance not required (partly), Section 4 "
             "'declines to adopt Recommendation M-2' (disagrees), Section 5 refers F-1 to the Budget Advisory "
             "Committee for study, 'Nothing in this Section establishes a committee' (noted), Section 6 adopts "
             "R-1 (agrees); M-3 (livestreaming) is never acted on (unanswered). Section 1 (receipt and thanks) and "
             "Section 7 (student board member, raised in public comment) answer no recommendation (unmatched); "
             "Section 8 (effective date), the vote, the signature block and 'Exhibit A: Implementation Schedule' "
             "(a table repeating the codes M-1, S-1, F-1, R-2 (as modified), R-1 and 'Section 7') are furniture.")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
