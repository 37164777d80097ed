"""Round 104 (EN): a Canadian city's MOBILE FOOD VENDING PILOT EVALUATION by its Business Licensing Advisory
Committee, seven recommendations with CODES MFV-1 to MFV-7 as bold run-in labels under topic headings, answered by
the Council DECISION LIST of a regular meeting (resolutions citing the codes). LibreOffice Writer headless from HTML,
A4, DejaVu; a letterhead table with a teal cell, a bordered 'Pilot at a glance' box; header and 'Page N of M'
stamped from page 2. All bodies, people, places and figures invented; the provincial food premises regulation is
named as context only.
Run:  /tmp/blind104en/bin/python tests/docs/src/blind104/gen_en_food_trucks_libreoffice.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b104en as H

NAME = "blind104_en_food_trucks"
CSS = """
@page { size: 21.59cm 27.94cm; margin: 2cm 2.2cm 2.1cm 2.2cm; }
body { font-family: 'DejaVu Sans'; font-size: 9.5pt; }
h1 { font-size: 14pt; color: #11605e; } h2 { font-size: 11pt; color: #11605e; margin-top: 10pt; }
p { margin: 0 0 5pt 0; } td { vertical-align: top; }
"""

ADVICE = """
<table width="100%" cellpadding="6"><tr><td width="64%"><b>CITY OF ASHGROVE</b><br/>Business Licensing Advisory
Committee<br/><font size="2">Report BLAC-2026-02 to Council</font></td>
<td bgcolor="#11605e"><font color="#ffffff"><b>Committee Report</b><br/>Mobile Food Vending Pilot<br/>February 23, 2026</font></td></tr></table>
<h1>Mobile Food Vending Pilot Program, 2024-2025 Seasons: Evaluation and Recommendations</h1>
<h2>Background</h2>
<p>In March 2024 Council approved a two-season pilot allowing licensed food trucks to operate at eight designated
sites on public land and on private lots with the owner's consent (By-law 2024-031). Council asked the Business
Licensing Advisory Committee to evaluate the pilot and report back before the 2026 season. This report is based on
permit data, an online survey that drew 1,874 responses, two meetings with vendors and a meeting with the
Downtown Ashgrove Business Improvement Area (BIA).</p>
<table width="100%" cellpadding="6" border="1" bordercolor="#7fb3b0"><tr><td bgcolor="#eaf4f3">
<b>Pilot at a glance</b><br/>Permits issued: 19 (2024), 27 (2025)<br/>Designated sites: 8, of which 3 in parks<br/>Survey
respondents who want the program to continue: 86%<br/>Complaints received: 41, of which 29 about parking and
litter<br/>Permit fee: $1,200 a season, plus fire inspection ($150) and health approval</td></tr></table>
<h2>What we found</h2>
<p>The pilot has been popular with residents and has brought activity to places that were quiet in the evenings,
especially the waterfront. Vendors were generally satisfied but told us that the application process is slow: a
new vendor must apply separately to Licensing, to Fire Prevention and to the Eastfield Health Unit, and in 2025 the
average time from first application to a permit was 47 days. The provincial food premises regulation requires
every truck to pass a health inspection each season, and nothing in this report would change that.</p>
<p>Restaurant owners in the BIA remain concerned about competition. The current by-law says that a truck must not
operate within 100 metres of the entrance of an open restaurant. In practice this rule rules out almost all of
Main Street, and several vendors argued that the distance should be halved. The Committee has heard both sides
and notes that other Ontario municipalities use distances from 25 to 100 metres.</p>
<p>Our 2023 report on patio licensing stated that "the City should review all seasonal business fees every three
years", and we note that the food truck fee has not been reviewed since the pilot began. Section 4.2 of the
by-law limits hours to 8 a.m. to 9 p.m. at all sites.</p>
<h2>Recommendations</h2>
<p>The Committee recommends that Council:</p>
<p><b>MFV-1 Program status.</b> Make the mobile food vending program permanent from the 2026 season and replace
the pilot by-law with a standing by-law.</p>
<p><b>MFV-2 Fees.</b> Reduce the seasonal permit fee from $1,200 to $600 for vendors based in Ashgrove.</p>
<p><b>MFV-3 Locations.</b> Add six new designated sites in parks, including Riverside Park, Lakeview Park and
Centennial Green.</p>
<p><b>MFV-4 Hours.</b> Extend permitted hours to 11 p.m. on Fridays and Saturdays at the waterfront and downtown
sites.</p>
<p><b>MFV-5 Distance from restaurants.</b> Replace the 100-metre separation from restaurant entrances with a
50-metre separation.</p>
<p><b>MFV-6 One-window application.</b> Direct staff to create a single online application for the vending
permit, the fire inspection and the health approval.</p>
<p><b>MFV-7 New vendors.</b> Reserve at least two spaces at each designated site for new and first-season local
vendors.</p>
<h2>Next steps</h2>
<p>Committee members would be pleased to attend Council when this report is considered. The Committee will
review the program again after the 2027 season.</p>
<p>Respectfully submitted,<br/>Priya Raman, Chair, Business Licensing Advisory Committee</p>
"""

RESPONSE = """
<table width="100%" cellpadding="6"><tr><td width="64%"><b>CITY OF ASHGROVE</b><br/>Office of the City Clerk</td>
<td bgcolor="#11605e"><font color="#ffffff"><b>Decision List</b><br/>Regular Meeting of Council<br/>April 20, 2026</font></td></tr></table>
<h1>Council Decision List: Regular Meeting of April 20, 2026</h1>
<p>This decision list is a summary of the decisions made by Council at its regular meeting held in Council
Chambers, 250 King Street West. It is not the official minutes, which will be presented for adoption at the next
regular meeting. Mayor D. Kowalczyk in the chair; all members present except Councillor Fontaine.</p>
<h2>Item 7.1  Report BLAC-2026-02, Mobile Food Vending Pilot Evaluation</h2>
<p><b>Decision 2026-118</b> (MFV-1). Moved by Councillor Osei, seconded by Councillor Lindqvist: THAT the mobile
food vending program be made permanent, and that staff bring forward a standing Mobile Food Vending By-law for
enactment before May 15, 2026. CARRIED.</p>
<p><b>Decision 2026-119</b> (MFV-6). THAT Council endorse the one-window approach and direct that a combined
online application for licensing, fire inspection and health approval be available from the 2027 season.
CARRIED.</p>
<p><b>Decision 2026-120</b> (MFV-3 and MFV-4). THAT three new park sites, at Riverside Park, Lakeview Park and
Centennial Green, be designated for 2026, and that no further park sites be added until the program is reviewed;
AND THAT hours at the waterfront and downtown sites be extended to 11 p.m. on Fridays and Saturdays. CARRIED,
as amended.</p>
<p><b>Decision 2026-121</b> (MFV-2). A motion to reduce the permit fee to $600 was LOST. The seasonal fee
remains at $1,200 and will be reviewed with all other user fees in the 2027 budget.</p>
<p><b>Decision 2026-122</b> (MFV-5). THAT the proposal on the distance from restaurant entrances be referred to
staff for consultation with the Downtown Ashgrove BIA, with a report back in the fall. CARRIED.</p>
<h2>Item 7.2  Tender T-26-09, Sidewalk Snow Clearing, 2026-2029</h2>
<p><b>Decision 2026-123</b>. THAT Tender T-26-09 for sidewalk snow clearing in Wards 2 and 3 be awarded to
Northline Grounds Inc. in the amount of $1,482,600 plus HST. CARRIED.</p>
<h2>Adjournment</h2>
<p>Council adjourned at 9:42 p.m. The next regular meeting of Council will be held on Monday, May 11, 2026 at
7:00 p.m.</p>
<p>Margaret Doyle, City Clerk</p>
"""


def main():
    tmp = tempfile.mkdtemp(prefix="b104en_lo_")
    for kind, body in (("advice", ADVICE), ("response", RESPONSE)):
        html = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(html, "w", encoding="utf-8") as fh:
            fh.write(f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{body}</body></html>")
        H.soffice_pdf(html, tmp)
        shutil.move(os.path.join(tmp, f"{NAME}_{kind}.pdf"), H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    F = H.clean_font("DejaVuSans.ttf")
    H.stamp(H.out(NAME + "_advice.pdf"), header="City of Ashgrove - BLAC-2026-02 - Mobile Food Vending Pilot Evaluation",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    H.stamp(H.out(NAME + "_response.pdf"), header="City of Ashgrove - Council Decision List - April 20, 2026",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    recs = [
        dict(number=1, starts_with="Make the mobile food vending program permanent from the 2026 season",
             reply_contains="staff bring forward a standing Mobile Food Vending By-law", verdict="agrees"),
        dict(number=2, starts_with="Reduce the seasonal permit fee from $1,200 to $600",
             reply_contains="A motion to reduce the permit fee to $600 was LOST", verdict="disagrees"),
        dict(number=3, starts_with="Add six new designated sites in parks, including Riverside Park",
             reply_contains="no further park sites be added until the program is reviewed", verdict="partly"),
        dict(number=4, starts_with="Extend permitted hours to 11 p.m. on Fridays and Saturdays",
             reply_contains="hours at the waterfront and downtown sites be extended", verdict="agrees"),
        dict(number=5, starts_with="Replace the 100-metre separation from restaurant entrances with a 50-metre",
             reply_contains="referred to staff for consultation with the Downtown Ashgrove BIA", verdict="noted"),
        dict(number=6, starts_with="Direct staff to create a single online application for the vending permit",
             reply_contains="Council endorse the one-window approach and direct that a combined", verdict="agrees"),
        dict(number=7, starts_with="Reserve at least two spaces at each designated site for new",
             reply_contains=None, verdict="unanswered"),
    ]
    H.write_expected(NAME, recs, [
        "This decision list is a summary of the decisions made by Council",
        "for sidewalk snow clearing in Wards 2 and 3",
        "Council adjourned at 9:42 p.m."],
        "Advice: Canadian city Business Licensing Advisory Committee report BLAC-2026-02 evaluating a food truck pilot; "
        "recs are 7 CODED bold run-in labels MFV-1 to MFV-7 with a topic word ('MFV-2 Fees.') after 'The Committee "
        "recommends that Council:'; traps: By-law 2024-031, 'Pilot at a glance' box, provincial regulation 'requires', "
        "by-law 'must not operate within 100 metres', 'the distance should be halved', 2023 patio report quoted ('the "
        "City should review all seasonal business fees'), Section 4.2 hours. Response: Council DECISION LIST with "
        "decisions citing codes in brackets, order 1, 6, 3+4, 2, 5: by-law made permanent (1 agrees); one-window from "
        "2027 (6 agrees); ONE Decision 2026-120 = three park sites not six (3 partly) + 11 p.m. hours (4 agrees); fee "
        "motion LOST (2 disagrees); distance referred to BIA consultation (5 noted); MFV-7 (reserved spaces) "
        "unanswered; preamble, Item 7.2 snow clearing tender, adjournment (nothing).")
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
