"""Round 112 (EN): a US city's DIGITAL EQUITY ADVISORY COMMITTEE annual recommendations report to the City Council,
seven recommendations as NUMBERED 'THAT the City Council ...' CLAUSES whose numbering CONTINUES ACROSS three
SUB-HEADINGS (Getting connected / Devices / Skills and affordability), answered by the CITY MANAGER's MEMORANDUM
(To/From/Date/Subject) with bold headings naming the recommendation numbers, in another order, one heading covering
two recommendations ('Recommendations 3 and 4'), one recommendation left out. LibreOffice Writer headless from HTML,
US Letter, Liberation Sans; slate letterhead table with a green cell, 'Key findings' numbered list and a 'By the
numbers' bordered cell (neither a recommendation); header and 'Page N of M' stamped from page 2. All bodies, people,
places, figures and city code sections invented; the federal Digital Equity Act of 2021 and the Affordable
Connectivity Program are named as context only (what is said of them here is not to be relied on).
Run:  /tmp/blind112en/bin/python tests/docs/src/blind112/gen_en_digital_equity_libreoffice.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b112en as H

NAME = "blind112_en_digital_equity"
SLATE = "#2e4057"
GREEN = "#3f7d20"
STYLE = """<style>
@page { size: 21.59cm 27.94cm; margin: 1.9cm 2.2cm 2cm 2.2cm; }
body { font-family: 'Liberation Sans'; font-size: 10pt; }
h1 { font-family: 'Liberation Sans'; font-size: 15pt; color: #2e4057; }
h2 { font-family: 'Liberation Sans'; font-size: 11.5pt; color: #2e4057; }
h3 { font-family: 'Liberation Sans'; font-size: 10.5pt; color: #3f7d20; }
p { margin-bottom: 0.18cm; }
</style>"""


def lh(left, right):
    return (f"<table width='100%' cellpadding='7' cellspacing='0'><tr><td bgcolor='{SLATE}' width='64%'>"
            f"<font color='#ffffff' size='4'><b>{left}</b></font></td><td bgcolor='{GREEN}' width='36%' align='right'>"
            f"<font size='2' color='#ffffff'>{right}</font></td></tr></table>")


def doc(body):
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{STYLE}</head><body>{body}</body></html>"


def rec(n, t):
    return f"<p style='margin-left:0.9cm; text-indent:-0.9cm'><b>{n}.</b>&#9;{t}</p>".replace("&#9;", " ")


def advice():
    return doc(f"""
{lh("City of Bellhaven", "Digital Equity Advisory Committee<br/>Report DEAC 2026-1")}
<h1>Connecting Every Household: Recommendations to the City Council, 2026</h1>
<p><font size="2" color="#444444">Adopted by the Committee on February 11, 2026 (vote 8-1) &middot; Chair: Marisa Okonkwo-Lund &middot; Staff liaison: Derek Fanshawe, Information Technology Department</font></p>
<h2>Introduction</h2>
<p>The Digital Equity Advisory Committee was created by the City Council in 2021 (Bellhaven Municipal Code section 2.68.020) to advise the Council on closing the gap between residents who can use the internet fully and those who cannot. Its nine members are appointed by the Council and include representatives of the Public Library, the school district, senior centers and neighborhood associations.</p>
<p>This is the Committee's fourth annual report. In 2024 the Committee recommended that &ldquo;the City should negotiate free Wi-Fi in all city buildings as part of the cable franchise renewal&rdquo;, and free Wi-Fi is now available in City Hall, the libraries and the recreation centers. The present report looks further, at homes and neighborhoods.</p>
<p>The federal Digital Equity Act of 2021 provides grants to states for digital equity plans, and the state's plan is expected to fund some local projects. The end of the federal Affordable Connectivity Program in 2024 left many Bellhaven households paying full price for home internet.</p>
<table width="100%" cellpadding="7" cellspacing="0" border="1" bordercolor="#9fb3c8"><tr><td bgcolor="#eef3f8">
<p><b>By the numbers (Committee survey, fall 2025)</b></p>
<p>Households without home broadband: 11.4% citywide, 23% in the Eastgate and Millrace neighborhoods &middot; Residents 65 and older who have never used a City online service: 41% &middot; Households that lost the ACP benefit: about 3,900</p></td></tr></table>
<h2>Key findings</h2>
<p>1. Cost, not availability, is the main barrier. Almost every address in Bellhaven can order broadband, but many families cannot afford it after the end of the ACP.</p>
<p>2. Many households rely on a phone alone. Residents told us that phones are fine for messages but not for homework, job applications or telehealth visits.</p>
<p>3. Older residents want help from a person. Several said the City should have kept in-person payment windows open until people were comfortable online.</p>
<p>4. Parks and public spaces are used as hot spots. Students sit outside the closed Eastgate branch library in the evenings to use its signal.</p>
<p>The Committee discussed whether the City should build and operate its own fiber network. Members did not agree, and we make no recommendation on municipal broadband in this report. The City Charter provides that surplus city property must be disposed of in accordance with the purchasing ordinance, which some members felt limits what can be done with old equipment.</p>
<h2>Recommendations</h2>
<p>The Committee respectfully recommends:</p>
<h3>Getting connected</h3>
{rec(1, "That the City Council direct staff to install free outdoor Wi-Fi in all 14 city parks that have a recreation center or a library branch by the end of 2027.")}
{rec(2, "That the City Council adopt a dig-once policy requiring empty conduit for fiber to be laid whenever a city street is opened for utility or road work.")}
<h3>Devices</h3>
{rec(3, "That the City Council fund a device lending program at the Bellhaven Public Library, offering laptops and mobile hotspots for loans of up to six weeks.")}
{rec(4, "That the City Council give retired city laptops and desktops, once wiped, to low-income households through a nonprofit refurbishing partner.")}
<h3>Skills and affordability</h3>
{rec(5, "That the City Council hire two full-time digital navigators to help residents sign up for low-cost internet plans and use City online services.")}
{rec(6, "That the City Council create a local broadband subsidy of $30 per month for households that lost the Affordable Connectivity Program benefit.")}
{rec(7, "That the City Council require every new multifamily building with 20 or more units to be wired for broadband to each unit before occupancy.")}
<h2>Closing</h2>
<p>Recommendations 2, 4 and 7 would cost the City little or nothing. Committee member Rowan Petrakis voted against the report because he believes the subsidy in Recommendation 6 should be larger. The Committee asks that the City Manager respond in writing before the Council adopts the FY 2026-27 budget.</p>
<p><font size="2" color="#444444">Marisa Okonkwo-Lund, Chair, Digital Equity Advisory Committee</font></p>
""")


def response():
    return doc(f"""
{lh("City of Bellhaven", "Office of the City Manager<br/>Memorandum CM 26-041")}
<table width="100%" cellpadding="2" cellspacing="0">
<tr><td width="14%"><b>TO:</b></td><td>Honorable Mayor and Members of the City Council</td></tr>
<tr><td><b>FROM:</b></td><td>Andrea Villaseñor, City Manager</td></tr>
<tr><td><b>DATE:</b></td><td>April 22, 2026</td></tr>
<tr><td><b>SUBJECT:</b></td><td>Staff response to the Digital Equity Advisory Committee report DEAC 2026-1</td></tr>
</table>
<hr/>
<h2>Background</h2>
<p>On March 3, 2026 the Digital Equity Advisory Committee presented its fourth annual report to the Council. This memorandum responds to the report's seven recommendations. It was prepared by the Information Technology, Public Works, Library and Finance departments, and it is consistent with Goal 4 of the City's 2025-2030 Strategic Plan, adopted by Resolution No. 2025-118.</p>
<h2>Staff response</h2>
<p><b>Recommendation 2: Dig-once policy.</b> Staff support this recommendation. Public Works has prepared a dig-once ordinance, which will come to Council for first reading on July 14, 2026, and the standard conditions for utility street-cut permits will be amended at the same time.</p>
<p><b>Recommendations 3 and 4: Devices.</b> The Library will launch a device lending program in September 2026 with 200 laptops and 150 hotspots, funded by a state digital equity grant of $190,000 that was awarded in March. Staff cannot recommend giving away retired city computers. They are leased rather than owned, and devices that leave the lease are destroyed under the City's data security standard, so there is no equipment to donate.</p>
<p><b>Recommendation 1: Wi-Fi in parks.</b> Staff agree with the aim but propose a smaller first phase. Outdoor Wi-Fi will be installed at the six parks in Eastgate and Millrace by December 2027; the remaining eight parks will follow only as future capital budgets allow.</p>
<p><b>Recommendation 6: Local broadband subsidy.</b> A subsidy of $30 a month for 3,900 households would cost about $1.4 million a year with no end date. Staff do not recommend it, and it has not been included in the proposed budget. Staff will instead promote the low-cost plans that providers already offer.</p>
<p><b>Recommendation 5: Digital navigators.</b> Staff see value in the idea. It will be considered alongside other requests in the FY 2027-28 budget process, and staff will watch for grant opportunities, but no positions are proposed at this time.</p>
<h2>Fiscal impact</h2>
<p>The actions above add about $68,000 to the proposed FY 2026-27 General Fund budget, mainly for park Wi-Fi equipment. Recommendation numbers in this memorandum follow the Committee's report.</p>
<h2>Council action</h2>
<p>Receive and file. No action is required tonight; the dig-once ordinance will return separately.</p>
<p><font size="2" color="#444444">Attachment: Report DEAC 2026-1 &middot; cc: Digital Equity Advisory Committee; City Attorney; Director of Public Works</font></p>
""")


def main():
    tmp = tempfile.mkdtemp(prefix="blind112en_lo_out_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.soffice_pdf(src, tmp)
        shutil.move(os.path.join(tmp, f"{NAME}_{kind}.pdf"), H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    F = H.clean_font("LiberationSans-Regular.ttf")
    H.stamp(H.out(NAME + "_advice.pdf"), header="City of Bellhaven - Digital Equity Advisory Committee - Report DEAC 2026-1",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    H.stamp(H.out(NAME + "_response.pdf"), header="City of Bellhaven - Office of the City Manager - Memorandum CM 26-041",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    recs = [
        {"number": 1, "starts_with": "That the City Council direct staff to install free outdoor Wi-Fi",
         "reply_contains": "the remaining eight parks will follow only as future capital budgets allow", "verdict": "partly"},
        {"number": 2, "starts_with": "That the City Council adopt a dig-once policy requiring empty conduit",
         "reply_contains": "will come to Council for first reading on July 14, 2026", "verdict": "agrees"},
        {"number": 3, "starts_with": "That the City Council fund a device lending program at the",
         "reply_contains": "with 200 laptops and 150 hotspots, funded by a state", "verdict": "agrees"},
        {"number": 4, "starts_with": "That the City Council give retired city laptops and desktops",
         "reply_contains": "Staff cannot recommend giving away retired city computers", "verdict": "disagrees"},
        {"number": 5, "starts_with": "That the City Council hire two full-time digital navigators",
         "reply_contains": "no positions are proposed at this time", "verdict": "noted"},
        {"number": 6, "starts_with": "That the City Council create a local broadband subsidy of $30",
         "reply_contains": "Staff do not recommend it, and it has not been included", "verdict": "disagrees"},
        {"number": 7, "starts_with": "That the City Council require every new multifamily building with 20",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["consistent with Goal 4 of the City's 2025-2030 Strategic Plan",
                 "add about $68,000 to the proposed FY 2026-27 General Fund budget",
                 "No action is required tonight"]
    notes = ("Advice: US city Digital Equity Advisory Committee annual report DEAC 2026-1 to the City Council; recs are "
             "NUMBERED 'That the City Council ...' CLAUSES 1-7 whose numbering CONTINUES ACROSS three green SUB-HEADINGS "
             "(Getting connected / Devices / Skills and affordability) after 'The Committee respectfully recommends:'; traps: "
             "Municipal Code 2.68.020, the Committee's 2024 recommendation quoted ('the City should negotiate free Wi-Fi in all "
             "city buildings'), Digital Equity Act of 2021 and the end of the ACP, 'By the numbers' bordered cell, numbered "
             "KEY FINDINGS 1-4 ('the City should have kept in-person payment windows open'), 'whether the City should build "
             "and operate its own fiber network ... we make no recommendation', City Charter 'must be disposed of', closing "
             "naming 'Recommendations 2, 4 and 7' and a dissent about 'Recommendation 6'. Response: CITY MANAGER MEMORANDUM "
             "CM 26-041 (TO/FROM/DATE/SUBJECT) with bold headings naming the numbers, order 2, 3+4, 1, 6, 5: dig-once "
             "ordinance to first reading July 14, 2026 (2 agrees); ONE paragraph 'Recommendations 3 and 4' = library lending "
             "of 200 laptops and 150 hotspots from September (3 agrees) + retired computers not given away (leased, destroyed) "
             "(4 disagrees); Wi-Fi in six parks by December 2027, the other eight only as budgets allow (1 partly); $30 "
             "subsidy not recommended, $1.4 million a year (6 disagrees); digital navigators to the FY 2027-28 budget "
             "process, no positions now (5 noted); 7 (broadband wiring in new multifamily buildings) unanswered; background "
             "with Goal 4 and Resolution No. 2025-118, fiscal impact with $68,000 and 'Recommendation numbers in this "
             "memorandum follow', council action 'Receive and file' (nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
