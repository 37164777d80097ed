"""Round 66 (EN): a US CITY AUDITOR'S PERFORMANCE AUDIT (genre of the audit reports of an elected or appointed
municipal auditor under a city charter, with findings and numbered recommendations to city officials) and the
CITY MANAGER'S MANAGEMENT RESPONSE MEMORANDUM with its response table.
Advice: City of Port Alder, Office of the City Auditor, 'Audit Report 2026-04: Fleet Services - Preventive
Maintenance and Vehicle Replacement', April 2026, US Letter, 3 p.: a two-cell 'Audit highlights' panel (why /
what we found / what we recommend, a paraphrase of the recommendations), the City Code quoted ('shall respond in
writing'), a fleet table, 'Finding 1'-'Finding 3' headings, and the seven recommendations numbered 1.-7. through
three shaded, bordered 'Recommendations' BOXES (1-2, 3-5, 6-7) addressed to different officials; a 'Status of
prior audit recommendations' table quoting the 2019 audit, a technician quoted, 'We did not audit fuel card
use and make no recommendation about it'.
Response: memorandum TO/FROM/DATE/SUBJECT, an introduction, then a ruled table 'Rec. | Management response |
Action plan | Responsible | Target date' in the order 6, 2, 3+4 (one row '3, 4'), 1, 7; 5 has no row;
'Additional comments' and the cc line answer nothing.
LibreOffice Writer headless from HTML (HTML (StarWriter) filter), Liberation Sans/Serif; header and page numbers
stamped with PyMuPDF. All names, bodies, people, places and figures are invented (Port Alder, its code and its
officials).

Run:  /tmp/blind66en/bin/python tests/docs/src/blind66/gen_en_city_auditor_libreoffice.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b66en as H

NAME = "blind66_en_city_auditor"
TMP = "/tmp/blind66en_city_auditor"

RECS = [
    "The Fleet Services Manager should schedule preventive maintenance for each vehicle on the basis of the "
    "engine hours or mileage recorded in the fleet system, not on calendar intervals alone.",
    "The Fleet Services Manager should report overdue preventive maintenance to each department director every "
    "month.",
    "The Finance Director should establish a vehicle replacement fund to which each department contributes "
    "annually, based on the expected life of its vehicles.",
    "The City Manager should adopt written replacement criteria, combining age, mileage and repair costs, for "
    "each class of vehicle.",
    "The Fleet Services Manager should dispose of the 46 vehicles we identified as underused, or document why "
    "each one must be kept.",
    "The Fleet Services Manager should require technicians to record their labor hours against each work order "
    "in the fleet system.",
    "The Fleet Services Manager should compare the shop's labor rate with the rates of outside vendors every two "
    "years and publish the results.",
]

CSS = """
@page { size: 216mm 279mm; margin: 20mm 20mm 20mm 20mm; }
p { font-family: 'Liberation Serif'; font-size: 11pt; margin-top: 0; margin-bottom: 6pt; }
td { vertical-align: top; }
.org { font-family: 'Liberation Sans'; font-size: 10pt; font-weight: bold; color: #1d4e89; margin-bottom: 2pt; }
.tit { font-family: 'Liberation Sans'; font-size: 18pt; font-weight: bold; margin-bottom: 3pt; }
.st { font-family: 'Liberation Sans'; font-size: 11pt; margin-bottom: 10pt; }
.h1 { font-family: 'Liberation Sans'; font-size: 13pt; font-weight: bold; color: #1d4e89; margin-top: 10pt;
      margin-bottom: 5pt; }
.h2 { font-family: 'Liberation Sans'; font-size: 11pt; font-weight: bold; margin-top: 8pt; margin-bottom: 4pt; }
.hl { font-family: 'Liberation Sans'; font-size: 9.5pt; margin-bottom: 4pt; }
.hlh { font-family: 'Liberation Sans'; font-size: 9.5pt; font-weight: bold; color: #1d4e89; margin-bottom: 2pt; }
.cell { font-family: 'Liberation Sans'; font-size: 9pt; margin-bottom: 1pt; }
.bh { font-family: 'Liberation Sans'; font-size: 10pt; font-weight: bold; color: #1d4e89; margin-bottom: 4pt; }
.bi { font-family: 'Liberation Serif'; font-size: 10.5pt; margin-bottom: 4pt; }
.memo { font-family: 'Liberation Sans'; font-size: 10.5pt; margin-bottom: 2pt; }
"""


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" + body +
            "</body></html>")


def box(items):
    rows = "".join("<tr><td width='7%%' valign='top'><p class='bi'><b>%d.</b></p></td><td valign='top'><p class='bi'>%s</p></td></tr>"
                   % (k, RECS[k - 1]) for k in items)
    return ("<table width='100%%' cellpadding='7' cellspacing='0' border='1' bordercolor='#1d4e89' "
            "bgcolor='#e8eff8'><tr><td><p class='bh'>Recommendations</p>"
            "<table width='100%%' cellpadding='1' cellspacing='0' border='0'>%s</table></td></tr></table><p></p>"
            % rows)


def table(head, rows, widths, bg="#1d4e89"):
    h = "".join("<td width='%d%%' bgcolor='%s'><p class='cell'><font color='#ffffff'><b>%s</b></font></p></td>"
                % (w, bg, c) for c, w in zip(head, widths))
    r = "".join("<tr>" + "".join("<td valign='top'><p class='cell'>%s</p></td>" % c for c in row) + "</tr>" for row in rows)
    return ("<table width='100%%' cellpadding='4' cellspacing='0' border='1' bordercolor='#9aa9bb'><tr>%s</tr>%s"
            "</table>" % (h, r))


def advice():
    b = ["<p class='org'>CITY OF PORT ALDER  |  OFFICE OF THE CITY AUDITOR</p>",
         "<p class='tit'>Fleet Services: Preventive Maintenance and Vehicle Replacement</p>",
         "<p class='st'>Audit Report 2026-04  |  April 2026  |  Maria Delgado, CPA, CIA, City Auditor</p>",
         "<table width='100%' cellpadding='8' cellspacing='0' border='1' bordercolor='#9aa9bb'><tr>"
         "<td width='38%' bgcolor='#1d4e89'><p class='hlh'><font color='#ffffff'>AUDIT HIGHLIGHTS</font></p>"
         "<p class='hl'><font color='#ffffff'><b>Why we did this audit.</b> The City owns 612 vehicles and pieces "
         "of equipment with a replacement value of $58 million. Fleet Services spent $9.7 million on maintenance "
         "in fiscal year 2025.</font></p></td>"
         "<td bgcolor='#f3f6fa'><p class='hlh'>What we found</p>"
         "<p class='hl'>Preventive maintenance was overdue for 38 percent of vehicles. The City has no funded plan "
         "for replacing vehicles, and the average age of its fleet has risen from 7.2 to 10.4 years since 2018.</p>"
         "<p class='hlh'>What we recommend</p>"
         "<p class='hl'>We make seven recommendations to improve maintenance scheduling, to put vehicle "
         "replacement on a sound financial footing, and to make better use of the shop's labor.</p></td></tr>"
         "</table><p></p>",
         "<p class='h1'>Background</p>",
         "<p>Fleet Services, a division of the Public Works Department, maintains vehicles for 14 departments from "
         "a central shop and two satellite shops. It has 41 employees, including 29 technicians.</p>",
         "<p>This audit was included in the Fiscal Year 2026 Audit Plan approved by the City Council. Section "
         "2-114 of the City Code provides that \"the City Manager shall respond in writing to each recommendation "
         "of the City Auditor within 30 days, stating whether management agrees and what action it will "
         "take.\"</p>",
         table(["Department", "Vehicles and equipment", "Average age (years)"],
               [["Police", "214", "6.1"], ["Fire", "58", "12.9"], ["Public Works", "171", "13.4"],
                ["Parks and Recreation", "96", "11.8"], ["All other departments", "73", "9.0"],
                ["Total", "612", "10.4"]], [50, 25, 25]),
         "<p class='hl'><i>Table 1: City fleet by department, June 30, 2025</i></p>",
         "<p class='h1'>Finding 1: Preventive maintenance is often late</p>",
         "<p>Fleet Services schedules preventive maintenance every six months for every vehicle, whatever its use. "
         "A patrol car driven 3,000 miles a month and a parks truck driven 200 miles a month are serviced on the "
         "same cycle. On June 30, 2025, 233 vehicles were overdue, 61 of them by more than 90 days.</p>",
         "<p>Department directors were not told which of their vehicles were overdue. One technician told us: "
         "\"We should have the parts on the shelf before the truck comes in, but we never know when it is "
         "coming.\"</p>",
         box([1, 2]),
         "<p class='h1'>Finding 2: Vehicles are kept long past their useful life</p>",
         "<p>The City has no written criteria for deciding when a vehicle should be replaced, and no fund from "
         "which to replace it. Replacement depends on each department's budget in each year. As a result, the "
         "City spent $1.4 million in fiscal year 2025 repairing 88 vehicles whose repair costs already exceeded "
         "their value.</p>",
         "<p>At the same time, we identified 46 vehicles that were driven fewer than 2,000 miles in the year. "
         "Industry guidance suggests that vehicles used this little should be reassigned or sold.</p>",
         box([3, 4, 5]),
         "<p class='h1'>Finding 3: The shop does not know what its labor costs</p>",
         "<p>Technicians record the parts used on each work order, but not the hours worked. Fleet Services "
         "therefore cannot tell whether its hourly rate of $118, charged to departments, covers its costs or "
         "compares well with outside vendors.</p>",
         box([6, 7]),
         "<p class='h1'>Status of prior audit recommendations</p>",
         "<p>Our 2019 audit of Fleet Services made three recommendations. Their status is shown in Table 2.</p>",
         table(["2019 recommendation", "Status"],
               [["Fleet Services should implement a fleet management information system.", "Implemented"],
                ["Fleet Services should establish a parts inventory count each year.", "Implemented"],
                ["Public Works should review the take-home vehicle policy.", "Not implemented"]], [75, 25]),
         "<p class='hl'><i>Table 2: Status of 2019 recommendations</i></p>",
         "<p class='h1'>Objectives, scope and methodology</p>",
         "<p>We conducted this performance audit in accordance with generally accepted government auditing "
         "standards. Our objectives were to determine whether preventive maintenance is performed on time and "
         "whether the City replaces vehicles cost-effectively. We reviewed fleet system data for fiscal years "
         "2021 to 2025 and interviewed staff in seven departments. We did not audit fuel card use and make no "
         "recommendation about it.</p>"]
    return page("".join(b))


def response():
    rows = [
        ["6", "<b>Agree.</b>", "Entry of labor hours on every work order became mandatory in the fleet system on "
         "June 1, 2026; the system will not close a work order without it.", "Fleet Services Manager",
         "Implemented"],
        ["2", "<b>Disagree.</b>", "Department directors already have real-time access to the list of overdue "
         "vehicles through the fleet dashboard launched in March 2026. A monthly report would duplicate "
         "it, and management does not plan to produce one.", "-", "-"],
        ["3, 4", "<b>3: Under review.</b><br/><b>4: Agree.</b>", "3: A replacement fund requires Council action "
         "and new contributions from the General Fund. Finance will present options to Council during the FY2028 "
         "budget process. 4: Administrative Regulation 5.12, Vehicle Replacement Criteria, was signed by the "
         "City Manager on May 15, 2026.", "Finance Director; City Manager", "3: Spring 2027<br/>4: Implemented"],
        ["1", "<b>Partially agree.</b>", "Heavy equipment and fire apparatus will be moved to scheduling by "
         "engine hours by December 2026. Light vehicles will remain on a six-month cycle, because most of them "
         "do not transmit mileage to the fleet system.", "Fleet Services Manager", "December 31, 2026"],
        ["7", "<b>Agree.</b>", "A labor rate study comparing the shop with three outside vendors will be "
         "completed in FY2027 and posted on the City website, and repeated every second year.",
         "Fleet Services Manager", "June 30, 2027"],
    ]
    widths = [7, 15, 46, 16, 16]
    head = ["Rec.", "Management response", "Action plan", "Responsible", "Target date"]
    b = ["<p class='org'>CITY OF PORT ALDER</p>",
         "<p class='tit'>MEMORANDUM</p>",
         "<table width='100%' cellpadding='2' cellspacing='0' border='0'>"
         "<tr><td width='14%'><p class='memo'><b>TO:</b></p></td><td><p class='memo'>Maria Delgado, City Auditor"
         "</p></td></tr>"
         "<tr><td><p class='memo'><b>FROM:</b></p></td><td><p class='memo'>James O'Rourke, City Manager</p>"
         "</td></tr>"
         "<tr><td><p class='memo'><b>DATE:</b></p></td><td><p class='memo'>May 22, 2026</p></td></tr>"
         "<tr><td><p class='memo'><b>SUBJECT:</b></p></td><td><p class='memo'>Management Response to Audit Report "
         "2026-04, Fleet Services</p></td></tr></table>",
         "<hr/>",
         "<p>Thank you for the opportunity to respond to your audit of Fleet Services. Management appreciates the "
         "professionalism of your staff and the constructive discussions held during the audit. Our responses "
         "and action plans are set out in the table below, in order of priority.</p>",
         table(head, rows, widths),
         "<p></p>",
         "<p class='h2'>Additional comments</p>",
         "<p>Management notes that most of the audit period preceded the appointment of a new Fleet Services "
         "Manager in January 2026, who has already begun a reorganization of the shop's work scheduling.</p>",
         "<p>Please contact Deputy City Manager Angela Brooks if you need further information.</p>",
         "<p class='memo'>cc: Angela Brooks, Deputy City Manager; Tom Velasquez, Director of Public Works</p>"]
    return page("".join(b))


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.soffice_pdf(src, TMP)
        os.replace(os.path.join(TMP, NAME + "_" + part + ".pdf"), H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), header="Audit Report 2026-04  |  Fleet Services",
            footer="Office of the City Auditor  |  Page {n} of {N}", skip_first=True, size=8)
    H.stamp(H.out(NAME + "_response.pdf"), footer="Page {n}", size=8)
    sw = lambda k, n=10: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "Light vehicles will remain on a six-month cycle",
         "verdict": "partly"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "A monthly report would duplicate it, and management does not plan",
         "verdict": "disagrees"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "Finance will present options to Council during the FY2028 budget process",
         "verdict": "noted"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "Administrative Regulation 5.12, Vehicle Replacement Criteria, was signed",
         "verdict": "agrees"},
        {"number": "5", "starts_with": sw(5, 12), "reply_contains": None, "verdict": "unanswered"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "the system will not close a work order without it",
         "verdict": "agrees"},
        {"number": "7", "starts_with": sw(7, 11),
         "reply_contains": "A labor rate study comparing the shop with three outside vendors",
         "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, [
        "Management appreciates the professionalism of your staff",
        "preceded the appointment of a new Fleet Services Manager",
        "Please contact Deputy City Manager Angela Brooks",
    ], "Advice: a US city auditor's performance audit (genre of the audit reports of a municipal auditor under a "
       "city charter/code, US Letter). Page 1 has a two-cell 'AUDIT HIGHLIGHTS' panel ('What we recommend: We "
       "make seven recommendations to improve maintenance scheduling ...', a paraphrase, no recommendation); "
       "section 2-114 of the City Code quoted ('the City Manager shall respond in writing to each "
       "recommendation'); a fleet table; headings 'Finding 1'-'Finding 3'; the seven recommendations numbered "
       "1.-7. straight through three shaded, bordered 'Recommendations' BOXES closing the findings (1-2, 3-5, "
       "6-7), each opening with its addressee ('The Fleet Services Manager should', 'The Finance Director "
       "should', 'The City Manager should'). Traps: a technician quoted ('We should have the parts on the "
       "shelf'), 'Industry guidance suggests that vehicles used this little should be reassigned or sold', "
       "'no written criteria for deciding when a vehicle should be replaced', a 'Status of prior audit "
       "recommendations' table quoting the 2019 audit ('Fleet Services should implement ...'), 'We did not "
       "audit fuel card use and make no recommendation about it'. Response: the City Manager's memorandum "
       "(TO/FROM/DATE/SUBJECT), an introduction, then ONE ruled table 'Rec. | Management response | Action plan "
       "| Responsible | Target date' in the order 6, 2, 3+4, 1, 7: 6 'Agree.' (agrees); 2 'Disagree.' (a "
       "dashboard already exists; disagrees); ONE row '3, 4' with '3: Under review. 4: Agree.': the "
       "replacement fund left to the FY2028 budget process and Council (3 noted) + Administrative Regulation "
       "5.12 signed (4 agrees); 1 'Partially agree.', heavy equipment only, light vehicles stay on a six-month "
       "cycle (partly); 7 'Agree.' (agrees); 5 (dispose of 46 underused vehicles) has no row (unanswered). "
       "Unmatched: the introduction, 'Additional comments' (new manager), the contact line and cc.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
