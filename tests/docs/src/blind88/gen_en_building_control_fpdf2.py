"""Round 88 (EN): an Irish NATIONAL BUILDING CONTROL OFFICE PEER REVIEW of a county council's building control
authority (recommendations LETTERED (A)-(G) in a shaded 'Improvement actions' box at the end, after numbered
observations) answered by an EXTRACT FROM THE COUNCIL'S SENIOR MANAGEMENT TEAM DECISION LOG (numbered decisions citing
the letters). fpdf2, A4, cleaned DejaVu, fixed creation date; colour band, running header from page 2, 'Page N of M'.
Bodies, people and figures invented.
Run:  /tmp/blind88en/bin/python tests/docs/src/blind88/gen_en_building_control_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b88en as H
from fpdf import FPDF

NAME = "blind88_en_building_control"
WHEN = datetime.datetime(2026, 10, 1, 9, 0, tzinfo=datetime.timezone.utc)


class Doc(FPDF):
    head = ""
    def header(self):
        if self.page_no() > 1:
            self.set_font("DV", "", 7.5); self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.head, new_x="LMARGIN", new_y="NEXT"); self.ln(3); self.set_text_color(0, 0, 0)
    def footer(self):
        self.set_y(-14); self.set_font("DV", "", 7.5); self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C"); self.set_text_color(0, 0, 0)


def new(head):
    d = Doc(format="A4"); d.head = head
    d.set_creation_date(WHEN); d.set_margins(22, 20, 22); d.set_auto_page_break(True, 20)
    d.add_font("DV", "", H.clean_font("DejaVuSans.ttf")); d.add_font("DV", "B", H.clean_font("DejaVuSans-Bold.ttf"))
    d.add_font("DV", "I", H.clean_font("DejaVuSans-Oblique.ttf"))
    d.add_page(); return d


def para(d, t, size=9.6, style=""):
    d.set_font("DV", style, size); d.multi_cell(0, 5.1, t, markdown=True, new_x="LMARGIN", new_y="NEXT"); d.ln(2)


def head(d, t):
    d.ln(1.5); d.set_font("DV", "B", 11.5); d.set_text_color(122, 62, 0)
    d.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT"); d.set_text_color(0, 0, 0); d.ln(1)


RECS = [
    "Inspect at least 15 per cent of new buildings notified to the authority, in line with the national target, by the end of 2027.",
    "Appoint a second chartered building surveyor so that the service does not depend on a single officer.",
    "Record every inspection on the national Building Control Management System on the day it is carried out.",
    "Adopt a written risk-based inspection policy, approved by the Director of Services, giving priority to multi-unit housing.",
    "Deal with all Disability Access Certificate applications within the statutory two months without seeking extensions.",
    "Publish an annual building control report setting out inspections, enforcement actions and dangerous structures.",
    "Transfer dangerous structures duties from the Roads section to the Building Control section.",
]
L = "ABCDEFG"


def advice():
    d = new("National Building Control Office  |  Peer Review BCR/2026/09  |  Kilmoyle County Council")
    d.set_fill_color(122, 62, 0); d.rect(0, 0, 210, 32, "F")
    d.set_xy(22, 8); d.set_text_color(255, 255, 255); d.set_font("DV", "B", 8.5)
    d.cell(0, 5, "NATIONAL BUILDING CONTROL OFFICE  -  LOCAL AUTHORITY PEER REVIEW PROGRAMME", new_x="LMARGIN", new_y="NEXT")
    d.set_x(22); d.set_font("DV", "B", 16); d.cell(0, 10, "Peer Review of Building Control Functions", new_x="LMARGIN", new_y="NEXT")
    d.set_x(22); d.set_font("DV", "", 9.5); d.cell(0, 5, "Kilmoyle County Council  |  Report BCR/2026/09  |  July 2026")
    d.set_text_color(0, 0, 0); d.set_y(40)
    head(d, "1. Scope of the review")
    para(d, "This peer review was carried out by a team of two building control officers from other authorities and one officer of "
            "the National Building Control Office, with a site visit on 21 and 22 May 2026. It examined how Kilmoyle County Council "
            "performs its functions under the Building Control Acts 1990 to 2014 and the Building Control Regulations 1997 to 2022. "
            "The review is part of a national programme agreed by the County and City Management Association; it is not an audit.")
    head(d, "2. Context")
    para(d, "Kilmoyle received 412 commencement notices in 2025, 46 per cent more than in 2022, mainly because of new housing around "
            "Ballykeel and Drumcarra. Article 20F of the 1997 Regulations requires a building control authority to determine an "
            "application for a Disability Access Certificate within two months, or within an extended period agreed with the "
            "applicant. Under section 3 of the Building Control Act 2007 a dangerous structure must be dealt with by the local "
            "authority under the Local Government (Sanitary Services) Act 1964.")
    head(d, "3. Observations")
    obs = [
        "3.1  The service is delivered by one chartered building surveyor and one technician. When the surveyor is on leave, no "
        "inspections take place.",
        "3.2  The authority inspected 9.6 per cent of new buildings in 2025. The national target is 12 to 15 per cent; the team "
        "considers that an authority should inspect more where multi-unit housing is being built.",
        "3.3  Inspection notes are kept on paper and entered on the national system in batches, sometimes weeks later.",
        "3.4  Of 58 Disability Access Certificate applications in 2025, 31 were extended by agreement with the applicant.",
        "3.5  Dangerous structures are handled by the Roads section, which has no building surveyor.",
    ]
    for o in obs:
        d.set_x(26); d.set_font("DV", "", 9.6); d.multi_cell(0, 5.1, o, new_x="LMARGIN", new_y="NEXT"); d.ln(1.5)
    para(d, "The 2021 peer review of a neighbouring authority noted that *'authorities should share surveyors across county "
            "boundaries where workloads are small'*. Kilmoyle has since joined a shared-service arrangement for fire safety "
            "certificates, which the team commends.")
    head(d, "4. Improvement actions")
    para(d, "The review team asks the authority to consider the following improvement actions and to tell the National Building "
            "Control Office within three months which it will take forward. Action (C) repeats a point made in our 2019 "
            "correspondence.")
    if d.get_y() + 92 > 277:
        d.add_page()
    d.set_fill_color(250, 238, 222); y0 = d.get_y(); d.rect(22, y0, 166, 86, "F"); d.set_y(y0 + 3)
    for l, r in zip(L, RECS):
        d.set_x(25); d.set_font("DV", "B", 9.4); d.cell(9, 5.1, f"({l})")
        d.set_font("DV", "", 9.4); d.multi_cell(150, 5.1, r, new_x="LMARGIN", new_y="NEXT"); d.ln(1.8)
    d.set_y(y0 + 90)
    head(d, "5. Acknowledgement")
    para(d, "The team thanks the Director of Services for Planning, Ms Niamh Corcoran, and the building control staff for their "
            "openness during the review.")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = new("Kilmoyle County Council  |  SMT decision log  |  extract")
    d.set_font("DV", "B", 13); d.set_text_color(122, 62, 0); d.cell(0, 7, "KILMOYLE COUNTY COUNCIL", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0); d.set_font("DV", "", 9.5)
    d.cell(0, 5, "Senior Management Team  -  Extract from decision log, meeting of 8 September 2026", new_x="LMARGIN", new_y="NEXT"); d.ln(3)
    d.set_font("DV", "", 8.8)
    rows = [("Item", "6 - NBCO Peer Review of Building Control Functions (BCR/2026/09)"),
            ("Present", "Chief Executive (chair); Directors of Services for Planning, Roads and Corporate Services; Head of Finance"),
            ("Presented by", "Niamh Corcoran, Director of Services, Planning")]
    for a, b in rows:
        d.set_font("DV", "B", 8.8); d.cell(30, 5.5, a, border=1)
        d.set_font("DV", "", 8.8); d.multi_cell(0, 5.5, b, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    para(d, "SMT considered the peer review report and the Director's note on it. The Director advised that the authority must "
            "reply to the National Building Control Office by 31 October 2026. The following decisions were made.")
    dec = [
        ("SMT/2026/141", "Action (B): agreed. Sanction will be sought from the Department for a second chartered building surveyor "
         "post, and recruitment through the Public Appointments Service will begin once sanction is received."),
        ("SMT/2026/142", "Actions (D) and (G): a written risk-based inspection policy has been drafted and was approved by the "
         "Director of Services on 2 September 2026. Dangerous structures will remain with the Roads section, which has the "
         "out-of-hours crews and plant to respond; SMT did not accept the transfer."),
        ("SMT/2026/143", "Action (A): SMT agreed a target of 12 per cent for 2027, the lower end of the national range, rising "
         "to 15 per cent only when the second surveyor is in post."),
        ("SMT/2026/144", "Action (C): already in place. Since 1 July 2026 inspectors record inspections on the tablet version of "
         "the national system while on site."),
        ("SMT/2026/145", "Action (F): not agreed at this time. Building control activity will continue to be reported in the "
         "Council's annual report and there will be no separate publication."),
        ("SMT/2026/146", "Any other business: the Head of Finance reported that the mid-year review of commercial rates income "
         "will be circulated to members of SMT next week."),
    ]
    for code, txt in dec:
        d.set_font("DV", "B", 9.4); d.cell(30, 5.1, code)
        d.set_font("DV", "", 9.4); d.multi_cell(0, 5.1, txt, new_x="LMARGIN", new_y="NEXT"); d.ln(2)
    para(d, "Actions: Director of Services, Planning, to draft the reply to the NBCO for the Chief Executive's signature. "
            "Next meeting 22 September 2026.", size=8.8, style="I")
    d.output(H.out(NAME + "_response.pdf"))


advice()
response()
H.write_expected(NAME, [
    {"number": 1, "starts_with": "Inspect at least 15 per cent of new buildings notified",
     "reply_contains": "SMT agreed a target of 12 per cent for 2027", "verdict": "partly"},
    {"number": 2, "starts_with": "Appoint a second chartered building surveyor so that the service",
     "reply_contains": "Sanction will be sought from the Department for a second", "verdict": "agrees"},
    {"number": 3, "starts_with": "Record every inspection on the national Building Control Management System",
     "reply_contains": "inspectors record inspections on the tablet version", "verdict": "agrees"},
    {"number": 4, "starts_with": "Adopt a written risk-based inspection policy, approved by the Director",
     "reply_contains": "a written risk-based inspection policy has been drafted and was approved", "verdict": "agrees"},
    {"number": 5, "starts_with": "Deal with all Disability Access Certificate applications within the statutory",
     "reply_contains": None, "verdict": "unanswered"},
    {"number": 6, "starts_with": "Publish an annual building control report setting out inspections",
     "reply_contains": "there will be no separate publication", "verdict": "disagrees"},
    {"number": 7, "starts_with": "Transfer dangerous structures duties from the Roads section",
     "reply_contains": "Dangerous structures will remain with the Roads section", "verdict": "disagrees"},
], ["The Director advised that the authority must reply",
    "mid-year review of commercial rates income will be circulated",
    "to draft the reply to the NBCO for the Chief Executive's signature"],
   "Advice: Irish National Building Control Office peer review of a county council's building control authority, fpdf2, A4; "
   "recs = LETTERED (A)-(G) imperatives in a shaded 'Improvement actions' box; traps: Article 20F 'requires', s 3 of the 2007 "
   "Act 'must be dealt with', numbered observations 3.1-3.5 ('an authority should inspect more'), the 2021 peer review's "
   "'authorities should share surveyors' quoted, 'Action (C) repeats a point made in our 2019 correspondence'. Response: SMT "
   "decision log extract, numbered decisions SMT/2026/141-146 citing letters, order B, D+G, A, C, F: second surveyor sanction "
   "sought (B agrees); ONE decision 'Actions (D) and (G)' = policy approved 2 September (D agrees) + dangerous structures stay "
   "with Roads (G disagrees); 12 per cent not 15 (A partly); tablet recording since 1 July (C agrees); no separate report (F "
   "disagrees); E (DAC within two months) unanswered; opening note, AOB decision on rates income, closing actions answer nothing.")
sys.exit(H.main([NAME]))
