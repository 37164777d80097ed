"""Round 41 (EN): a Victorian-style planning panel report on a planning scheme amendment (invented Marrabel Planning
Scheme Amendment C214) with imperative numbered recommendations in the executive summary, repeated at the end of each
chapter, answered by an officer report in a council meeting agenda ('Consideration of Panel Report') with its own
officer recommendation. LibreOffice Writer headless from HTML, A4; running header and page numbers stamped with
PyMuPDF. All content (council, amendment, panel members, submitters, figures) is invented; the Planning and
Environment Act 1987 is cited by name and section number only.

Run:  /tmp/blind41en/bin/python tests/docs/src/blind41/gen_en_panel_libreoffice.py   (needs soffice)
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b41en as H

NAME = "blind41_en_panel"
TMP = "/tmp/b41en/panel"

CSS = """
@page { size: 21cm 29.7cm; margin: 2.2cm 2cm 2cm 2cm; }
body { font-family: 'Liberation Sans'; font-size: 10pt; }
p { margin-top: 0; margin-bottom: 5pt; }
h1 { font-size: 17pt; color: #00558c; } h2 { font-size: 12pt; color: #00558c; margin-top: 9pt; }
h3 { font-size: 10.5pt; }
td, th { font-family: 'Liberation Sans'; font-size: 9pt; vertical-align: top; }
th { background: #d9e8f2; text-align: left; }
"""

R = {1: "Amend Schedule 12 to the Design and Development Overlay to reduce the mandatory maximum building height "
        "in Precinct 3 from 21 metres to 18 metres.",
     2: "Amend Schedule 12 to the Design and Development Overlay to make the 4 metre upper level setback along "
        "Hyde Street a discretionary requirement.",
     3: "Delete the proposed Heritage Overlay HO318 from 42-48 Station Street.",
     4: "Amend Schedule 3 to the Parking Overlay so that the reduced car parking rates apply only to land within "
        "400 metres of Marrabel Station.",
     5: "Update the Marrabel Activity Centre Structure Plan (2024) to include the revised precinct boundaries shown "
        "in Figure 4 of this Report.",
     6: "Prepare a Development Contributions Plan for the Marrabel Activity Centre before any further rezoning "
        "within the centre.",
     7: "Investigate the heritage significance of the former Drill Hall at 7 Quarry Road and, if warranted, seek "
        "interim heritage controls."}


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" + body +
            "</body></html>")


def ol(nums):
    return "".join("<p style='margin-left:1cm; text-indent:-0.8cm'>%d.&#9;%s</p>" % (n, R[n]) for n in nums)


def advice():
    h = ["<p><b>Planning Panels Victoria</b></p>",
         "<h1>Marrabel Planning Scheme<br>Amendment C214 Marrabel Activity Centre</h1>",
         "<p>Panel Report<br>Planning and Environment Act 1987</p>",
         "<p>17 November 2025</p>",
         "<p>How will this report be used?<br>This is a brief description of how this report will be used for the "
         "benefit of people unfamiliar with the planning system. The planning authority must consider this report "
         "before deciding whether or not to adopt the Amendment (section 27(1) of the Planning and Environment Act "
         "1987). For more information, see the Planning Panels website.</p>",
         "<p>Fiona Draycott, Chair<br>Anil Suresh, Member</p>",
         "<p>[2025] PPV 131</p>",
         "<h2>Executive summary</h2>",
         "<p>Marrabel Planning Scheme Amendment C214 (the Amendment) seeks to implement the Marrabel Activity Centre "
         "Structure Plan (2024). It applies Schedule 12 to the Design and Development Overlay (DDO12), a new Heritage "
         "Overlay (HO318) and Schedule 3 to the Parking Overlay (PO3). The Amendment was exhibited from 3 March to "
         "14 April 2025 and received 63 submissions.</p>",
         "<p>Key issues raised in submissions included building heights, the loss of on-street parking, heritage "
         "and the cost of infrastructure. The Panel considers that the Amendment is well founded and strategically "
         "justified, and that it should proceed subject to addressing the more specific issues raised in "
         "submissions, as discussed in this Report.</p>",
         "<h3>Recommendations</h3>",
         "<p>Based on the reasons set out in this Report, the Panel recommends that Marrabel Planning Scheme "
         "Amendment C214 be adopted as exhibited subject to the following:</p>",
         ol([1, 2, 3, 4, 5]),
         "<p>The Panel makes the following further recommendations:</p>",
         ol([6, 7]),
         "<h2>1 Introduction</h2>",
         "<p>The Panel was appointed on 9 June 2025 under section 153 of the Act. It held a Directions Hearing on "
         "7 July 2025 and a Hearing over four days from 15 September 2025. The Panel inspected the centre "
         "unaccompanied on 12 September 2025.</p>",
         "<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr><th>Precinct</th><th>Exhibited "
         "height (DDO12)</th><th>Council's Part B position</th><th>Panel preferred</th></tr>"
         "<tr><td>1 Station Street core</td><td>24 m (mandatory)</td><td>24 m</td><td>24 m</td></tr>"
         "<tr><td>2 Hyde Street</td><td>15 m (discretionary)</td><td>15 m</td><td>15 m</td></tr>"
         "<tr><td>3 Quarry Road</td><td>21 m (mandatory)</td><td>21 m</td><td>18 m</td></tr></table>",
         "<p>Table 1: Building heights</p>",
         "<h2>2 Built form</h2>",
         "<p>Submitters 14, 22 and 41 argued that 21 metres in Precinct 3 would overwhelm the single storey "
         "dwellings to the east. The Council's urban design expert, Mr Holt, accepted that the interface should be "
         "better managed. Planning Practice Note 60 states that mandatory controls should be the exception; the "
         "Panel agrees that they are justified here, but at a lower height.</p>",
         "<p>The Panel recommends:</p>", ol([1, 2]),
         "<h2>3 Heritage</h2>",
         "<p>The owner of 42-48 Station Street (Submitter 37) called evidence that the shopfronts have been "
         "substantially altered since 1978. The Panel was not persuaded that the buildings meet the threshold of "
         "local significance. Several submitters referred to the former Drill Hall, which was not assessed in the "
         "2023 Heritage Study.</p>",
         "<p>The Panel recommends:</p>", ol([3]),
         "<p>The Panel recommends further:</p>", ol([7]),
         "<h2>4 Car parking and infrastructure</h2>",
         "<p>The exhibited PO3 would reduce parking rates across the whole centre. The Department of Transport and "
         "Planning (Submitter 5) supported reduced rates near the station. The Panel agrees that the rates should "
         "be linked to walking distance. Council advised that infrastructure would be funded from its capital works "
         "program; the Panel does not think this is a sustainable approach.</p>",
         "<p>The Panel recommends:</p>", ol([4, 5]), "<p>The Panel recommends further:</p>", ol([6]),
         "<p>Appendix A: Submitters to the Amendment (not reproduced). Appendix B: Document list (not "
         "reproduced).</p>"]
    return page("".join(h))


def response():
    h = ["<p><b>MARRABEL CITY COUNCIL</b><br>Ordinary Council Meeting - Agenda - Tuesday 24 February 2026</p>",
         "<h2>10. PLANNING AND PLACE REPORTS</h2>",
         "<h2>10.2 Amendment C214 Marrabel Activity Centre - Consideration of Panel Report</h2>",
         "<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr><td>Director:</td><td>Kirsten Mallory, "
         "Director Planning and Place</td></tr><tr><td>Author:</td><td>Tomasz Lewicki, Coordinator Strategic "
         "Planning</td></tr><tr><td>Attachments:</td><td>1. Panel Report (circulated separately)<br>2. Amendment "
         "documentation as adopted</td></tr></table>",
         "<h3>Purpose</h3>",
         "<p>This report presents the findings of the independent Planning Panel and seeks Council's decision on "
         "whether to adopt Amendment C214 with changes.</p>",
         "<h3>Discussion</h3>",
         "<p><i>Building height in Precinct 3 (Panel Recommendation 1)</i><br>Officers support the Panel's "
         "recommendation. The 18 metre limit has been included in the adopted version of DDO12.</p>",
         "<p><i>Car parking (Panel Recommendation 4)</i><br>Supported. PO3 has been revised so that the reduced "
         "rates apply only within the 400 metre walkable catchment of the station, as mapped by the Panel.</p>",
         "<p><i>Heritage (Panel Recommendations 3 and 7)</i><br>Officers do not support the deletion of HO318. "
         "The 2023 Heritage Study found the Station Street shopfronts to be the most intact interwar group in the "
         "municipality, and it is recommended that Council adopt the Amendment with HO318 applied and ask the "
         "Minister for Planning to approve it in that form. The former Drill Hall will be assessed: a heritage "
         "consultant has been engaged and a request for interim controls will follow if the assessment supports it.</p>",
         "<p><i>Upper level setback on Hyde Street (Panel Recommendation 2)</i><br>Officers partly support this "
         "recommendation. The setback has been made discretionary for lots with a frontage of less than 10 metres "
         "but remains mandatory for larger sites, where the amenity impacts are greatest.</p>",
         "<p><i>Development contributions (Panel Recommendation 6)</i><br>Officers note the Panel's view. The "
         "preparation of a Development Contributions Plan will be considered after the State Government completes "
         "its review of infrastructure contributions, which is expected in late 2026.</p>",
         "<h3>Financial and resource implications</h3>",
         "<p>The cost of the Panel hearing was $38,450, which was met from the Strategic Planning operating "
         "budget. The heritage assessment of the Drill Hall is estimated at $9,800.</p>",
         "<h3>Community consultation</h3>",
         "<p>All 63 submitters have been notified that the Panel Report is publicly available and that Council "
         "will consider it at this meeting.</p>",
         "<h3>Officer Recommendation</h3>",
         "<p>That Council:</p>",
         "<p>1. Having considered the Panel Report under section 27 of the Planning and Environment Act 1987, "
         "adopts Amendment C214 with the changes shown in Attachment 2.</p>",
         "<p>2. Submits the adopted Amendment to the Minister for Planning for approval.</p>",
         "<p>3. Advises submitters of Council's decision.</p>"]
    return page("".join(h))


NOTES = ("Planning panel report (Victoria style): the recommendations are the seven numbered IMPERATIVES ('Amend ...', "
         "'Delete ...', 'Update ...', 'Prepare ...', 'Investigate ...') in the Executive summary: 1-5 under 'the Panel "
         "recommends that ... Amendment C214 be adopted as exhibited subject to the following:' and 6-7 under "
         "'further recommendations'; each is REPEATED at the end of chapters 2-4 (same numbers, different order, "
         "7 before 6 and 4-5). Traps: the 'How will this report be used?' box with section 27(1), '[2025] PPV 131', "
         "the height table with a 'Panel preferred' column, Planning Practice Note 60 ('mandatory controls should "
         "be the exception'), 'The Panel considers ... it should proceed', submitter numbers, appendix lines. The "
         "council agenda item answers by italic topic headings with 'Panel Recommendation N', in another order "
         "1, 4, 3+7, 2, 6: supported (1 agrees, 4 agrees); ONE heading 'Panel Recommendations 3 and 7': HO318 not "
         "deleted (3 disagrees), Drill Hall to be assessed (7 agrees); setback discretionary only for narrow lots (2 "
         "partly); DCP 'note the Panel's view', to be considered later (6 noted); 5 (update the Structure Plan) is "
         "never answered. 'Financial and resource implications' answers nothing; the Officer Recommendation "
         "('That Council: 1. ... adopts') is the report's own recommendation, not a reply.")


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, html in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(html)
        H.soffice_pdf(src, TMP)
        os.replace(os.path.join(TMP, NAME + "_" + part + ".pdf"), H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), header="Marrabel Planning Scheme Amendment C214 | Panel Report | 17 November 2025",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Ordinary Council Meeting Agenda - 24 February 2026",
            footer="Page {n}")
    recs = [
        {"number": "1", "starts_with": "Amend Schedule 12 to the Design and Development Overlay to reduce",
         "reply_contains": "The 18 metre limit has been included in the adopted version", "verdict": "agrees"},
        {"number": "2", "starts_with": "Amend Schedule 12 to the Design and Development Overlay to make",
         "reply_contains": "discretionary for lots with a frontage of less than 10 metres", "verdict": "partly"},
        {"number": "3", "starts_with": "Delete the proposed Heritage Overlay HO318 from 42-48 Station Street",
         "reply_contains": "Officers do not support the deletion of HO318", "verdict": "disagrees"},
        {"number": "4", "starts_with": "Amend Schedule 3 to the Parking Overlay so that the reduced",
         "reply_contains": "apply only within the 400 metre walkable catchment", "verdict": "agrees"},
        {"number": "5", "starts_with": "Update the Marrabel Activity Centre Structure Plan (2024) to include",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "6", "starts_with": "Prepare a Development Contributions Plan for the Marrabel Activity Centre",
         "reply_contains": "will be considered after the State Government completes its review", "verdict": "noted"},
        {"number": "7", "starts_with": "Investigate the heritage significance of the former Drill Hall",
         "reply_contains": "a heritage consultant has been engaged and a request", "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, ["The cost of the Panel hearing was $38,450"], NOTES)


if __name__ == "__main__":
    main()
    r = H.check(NAME)
    print(NAME, "OK" if not r else r)
