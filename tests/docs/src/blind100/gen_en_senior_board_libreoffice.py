"""Round 100 (EN): a US county SENIOR SERVICES ADVISORY BOARD'S ANNUAL REPORT AND RECOMMENDATIONS to the Board of
County Commissioners (numbered paragraphs 1.1-3.4, the seven recommendations are paragraphs 4.1-4.7 of section 4)
answered by the County Administrator's STAFF RESPONSE MEMORANDUM to the Commissioners under subject headings (NO
paragraph numbers). LibreOffice Writer headless from HTML, US Letter, DejaVu; letterhead table with a dark cell,
ruled memo block; header and 'Page N of M' stamped from page 2. All bodies, people, places and figures invented; the
Older Americans Act is named as context only.
Run:  /tmp/blind100en/bin/python tests/docs/src/blind100/gen_en_senior_board_libreoffice.py
"""
import os, sys, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b100en as H

NAME = "blind100_en_senior_board"
R = H.clean_font("DejaVuSans.ttf")
CSS = """
@page { size: 8.5in 11in; margin: 0.9in 0.9in 0.9in 0.9in; }
body { font-family: 'DejaVu Sans'; font-size: 9.5pt; }
h1 { font-size: 15pt; color: #3b2f63; }
h2 { font-size: 11pt; color: #3b2f63; margin-top: 10pt; }
p { margin: 0 0 5pt 0; }
td { vertical-align: top; }
"""


def pn(n, t):
    return f"<table width='100%' cellpadding='2'><tr><td width='8%'>{n}</td><td>{t}</td></tr></table>"


ADVICE = ("""
<table width="100%" cellpadding="6"><tr><td width="70%"><b>WESTBROOK COUNTY</b><br/>Senior Services Advisory Board<br/>
<font size="2">1200 Courthouse Square, Harlan Falls, OR 97455</font></td>
<td bgcolor="#3b2f63"><font color="#ffffff"><b>Annual Report and Recommendations<br/>Fiscal Year 2025</b></font></td></tr></table>
<h1>Annual Report and Recommendations to the Board of County Commissioners</h1>
<p>Adopted by the Advisory Board on January 21, 2026. Chair: Dolores Whitcomb. Vice Chair: Raymond Ochoa.</p>
<h2>1. Introduction</h2>
""" + pn("1.1", "The Senior Services Advisory Board is established by County Ordinance 2009-14 to advise the Board of "
              "County Commissioners on the needs of residents aged 60 and over. Under the Ordinance, the Advisory Board "
              "must submit an annual report with recommendations by January 31 of each year.")
    + pn("1.2", "As the designated advisory council of the Area Agency on Aging, the Board also reviews the Area Plan "
                "required under the Older Americans Act.")
    + "<h2>2. The year in review</h2>"
    + pn("2.1", "Westbrook County's population aged 65 and over grew to 23,600 in 2025, or 27 percent of all residents, "
                "the highest share in the state's northern region.")
    + pn("2.2", "The Harlan Falls Senior Center served 1,940 individuals. Attendance surveys show that 38 percent of "
                "working caregivers cannot reach the center before it closes at 4 p.m.")
    + pn("2.3", "The home-delivered meals program delivered 96,400 meals. The waiting list in the north county, around "
                "Pine Hollow and Acker, reached 57 people in October, with an average wait of eleven weeks.")
    + "<h2>3. Findings</h2>"
    + pn("3.1", "Reports of suspected elder financial abuse to Adult Protective Services rose by 22 percent. No County "
                "staff member is responsible for prevention and community education.")
    + pn("3.2", "Paratransit fares rose from $2.00 to $3.50 in July 2025. Riders told us that the County should not "
                "balance the transit budget on the people who can least afford it.")
    + pn("3.3", "Many seniors do not know they may defer property taxes under the state program; only 112 households in "
                "the county are enrolled.")
    + pn("3.4", "In its 2023 report the Board recommended that 'the County should publish information on senior services "
                "in languages other than English'. We welcome the Spanish translation of the County website that followed.")
    + "<h2>4. Recommendations</h2><p>The Advisory Board respectfully recommends that the Board of County Commissioners:</p>"
    + pn("4.1", "Extend the opening hours of the Harlan Falls Senior Center to 7 p.m. on two weekdays.")
    + pn("4.2", "Fund a second home-delivered meals route serving Pine Hollow and Acker in fiscal year 2027.")
    + pn("4.3", "Direct the Assessor and Treasurer to run an outreach campaign on the state property tax deferral program for seniors.")
    + pn("4.4", "Create a full-time elder abuse prevention coordinator position within the Health and Human Services Department.")
    + pn("4.5", "Restore the senior paratransit fare to $2.00 per trip from July 1, 2026.")
    + pn("4.6", "Publish a printed Senior Services Directory each year and distribute it through libraries, pharmacies and clinics.")
    + pn("4.7", "Install benches and shelters at the twenty busiest bus stops used by older riders.")
    + """<h2>5. Closing</h2><p>The Advisory Board thanks County staff for their support and asks to present this report at
the Commissioners' work session in February.</p>""")

RESPONSE = """
<table width="100%" cellpadding="6"><tr><td width="70%"><b>WESTBROOK COUNTY</b><br/>Office of the County Administrator</td>
<td bgcolor="#3b2f63"><font color="#ffffff"><b>MEMORANDUM</b></font></td></tr></table>
<table width="100%" cellpadding="3" border="1" cellspacing="0">
<tr><td width="18%"><b>TO</b></td><td>Board of County Commissioners</td></tr>
<tr><td><b>FROM</b></td><td>Marcus Fenwick, County Administrator</td></tr>
<tr><td><b>DATE</b></td><td>March 11, 2026</td></tr>
<tr><td><b>RE</b></td><td>Staff response to the Senior Services Advisory Board's FY 2025 recommendations</td></tr></table>
<h2>Background</h2>
<p>At the February 17 work session the Board asked staff to respond to the Advisory Board's annual report before
budget deliberations begin. This memorandum gives staff's position on each subject; the Advisory Board chair has
received a copy.</p>
<h2>Senior Services Directory</h2>
<p>Staff support this. A printed directory will be produced each fall from fiscal year 2027 and distributed through
the library branches, clinics and participating pharmacies; the cost of about $9,000 is included in the proposed budget.</p>
<h2>Home-delivered meals</h2>
<p>The proposed FY 2027 budget includes $118,000 for a second route serving Pine Hollow and Acker, which would clear the
north county waiting list.</p>
<h2>Elder abuse prevention and paratransit fares</h2>
<p>Staff agree that prevention work needs a clear owner. Rather than a new full-time position, we propose to assign
prevention and community education to an existing Adult Protective Services social worker at half time. Staff do not
recommend restoring the $2.00 paratransit fare; the July 2025 increase was required to maintain service levels, and
the existing low-income fare program remains available to seniors who qualify.</p>
<h2>Senior Center hours</h2>
<p>Evening opening would require additional security and a second shift of staff at an estimated $74,000 a year. With
current budget constraints, staff cannot support later opening at this time.</p>
<h2>Property tax deferral</h2>
<p>The deferral program is administered by the state Department of Revenue. Staff have shared the Advisory Board's
concern with the Assessor and Treasurer, who are independently elected, for their consideration.</p>
<h2>Area Plan update</h2>
<p>Separately, the Area Agency on Aging will hold two public hearings on its draft 2026-2029 Area Plan in May; dates will
be posted on the County website.</p>
<h2>Recommended action</h2>
<p>No action is required today. Staff recommend that the Board receive this memorandum and consider the budget items
during FY 2027 budget deliberations.</p>
"""


def render(body, suffix, header):
    d = f"/tmp/{NAME}_lo"
    os.makedirs(d, exist_ok=True)
    hp = os.path.join(d, f"{NAME}_{suffix}.html")
    open(hp, "w", encoding="utf-8").write(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{body}</body></html>")
    H.soffice_pdf(hp, d)
    pdf = H.out(f"{NAME}_{suffix}.pdf")
    shutil.copy(os.path.join(d, f"{NAME}_{suffix}.pdf"), pdf)
    H.stamp(pdf, header=header, footer="Page {n} of {N}", skip_first=True, fontfile=R)


def main():
    render(ADVICE, "advice", "Westbrook County Senior Services Advisory Board | Annual Report FY 2025")
    render(RESPONSE, "response", "Westbrook County | County Administrator | Staff response memorandum")
    recs = [
        {"number": 1, "starts_with": "Extend the opening hours of the Harlan Falls Senior Center",
         "reply_contains": "staff cannot support later opening at this time", "verdict": "disagrees"},
        {"number": 2, "starts_with": "Fund a second home-delivered meals route serving Pine Hollow and Acker",
         "reply_contains": "includes $118,000 for a second route serving", "verdict": "agrees"},
        {"number": 3, "starts_with": "Direct the Assessor and Treasurer to run an outreach campaign",
         "reply_contains": "who are independently elected, for their consideration", "verdict": "noted"},
        {"number": 4, "starts_with": "Create a full-time elder abuse prevention coordinator position",
         "reply_contains": "Rather than a new full-time position, we propose", "verdict": "partly"},
        {"number": 5, "starts_with": "Restore the senior paratransit fare to $2.00 per trip",
         "reply_contains": "Staff do not recommend restoring the $2.00 paratransit fare", "verdict": "disagrees"},
        {"number": 6, "starts_with": "Publish a printed Senior Services Directory each year and distribute",
         "reply_contains": "A printed directory will be produced each fall", "verdict": "agrees"},
        {"number": 7, "starts_with": "Install benches and shelters at the twenty busiest bus stops",
         "reply_contains": None, "verdict": "unanswered"}]
    unmatched = ["asked staff to respond to the Advisory Board's annual report",
                 "will hold two public hearings on its draft 2026-2029 Area Plan",
                 "Staff recommend that the Board receive this memorandum"]
    notes = ("Advice: a US county SENIOR SERVICES ADVISORY BOARD'S ANNUAL REPORT; the seven recommendations are NUMBERED "
             "PARAGRAPHS 4.1-4.7 of section 4, after numbered paragraphs 1.1-3.4. Traps: Ordinance 2009-14 ('must submit "
             "an annual report'), Older Americans Act, figures, findings 3.1-3.4 ('the County should not balance the "
             "transit budget'), the 2023 recommendation quoted ('the County should publish information'). Response: "
             "County Administrator's STAFF RESPONSE MEMORANDUM under subject headings, NO numbers, order 4.6, 4.2, "
             "4.4+4.5, 4.1, 4.3: directory (6 agrees); meals route budgeted (2 agrees); ONE section 'Elder abuse "
             "prevention and paratransit fares' = half-time existing worker (4 partly) + fare not restored (5 "
             "disagrees); hours not at this time (1 disagrees); shared with Assessor and Treasurer (3 noted); 4.7 "
             "(benches) unanswered. Unmatched: Background, 'Area Plan update', Recommended action.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
