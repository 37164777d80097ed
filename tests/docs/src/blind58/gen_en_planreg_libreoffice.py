"""Round 58 (EN): an Irish-style PLANNING REGULATOR'S SUBMISSION on a draft county development plan and the CHIEF
EXECUTIVE'S REPORT on submissions.
Advice: the (invented) National Planning Oversight Office's letter-form submission to the (invented) Kilcarran County
Council on the Draft Kilcarran County Development Plan 2027-2033 (genre of the Irish planning regulator's
submissions on draft development plans: 'A Chara' letter, an explanation that RECOMMENDATIONS require action while
OBSERVATIONS ask for clarification, a summary list of key themes, sections per theme with the analysis, then shaded
boxes 'RECOMMENDATION N - Subject' whose text mostly opens 'Having regard to ..., the planning authority is required
to ...', and boxes 'OBSERVATION N - Subject' ('The planning authority is requested to clarify ...')). Response:
extract of 'Chief Executive's Report on Submissions Received' (genre of the section 12(4) report of an Irish chief
executive to the elected members: per submission, items headed 'NPOO Recommendation N - Subject' with the labelled
blocks 'Summary of submission:' / 'Chief Executive's Response:' / 'Chief Executive's Recommendation:', grouped by
the chapters of the draft plan, and other submissions). Recommendations: 1-7. Traps: the two observation boxes, the
explanation of recommendations and observations, the bullet summary of themes, the National Planning Framework's
NPO quoted, the Office's earlier advice on the Issues Paper quoted, the statutory duties ('must prepare'), the core
strategy table, findings with 'should'. LibreOffice Writer headless from HTML, A4, Liberation Sans; page numbers
stamped with PyMuPDF. All content is invented (the Planning and Development Act 2000 and the national guidelines
named are real; the Office, the council, the places and the figures are not, and what is said about the real texts
is not to be relied on).

Run:  /tmp/blind58en/bin/python tests/docs/src/blind58/gen_en_planreg_libreoffice.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b58en as H

NAME = "blind58_en_planreg"
TMP = "/tmp/blind58en_lo_out"

CSS = """
@page { size: 210mm 297mm; margin: 20mm 22mm 20mm 22mm; }
body { font-family: 'Liberation Sans'; font-size: 10pt; }
p { margin-top: 0; margin-bottom: 7pt; text-align: justify; }
h2 { font-family: 'Liberation Sans'; font-size: 12pt; color: #00576b; margin-top: 12pt; margin-bottom: 6pt; }
h3 { font-family: 'Liberation Sans'; font-size: 10.5pt; margin-top: 9pt; margin-bottom: 5pt; }
li { margin-bottom: 3pt; text-align: justify; }
td { font-family: 'Liberation Sans'; font-size: 9.5pt; vertical-align: top; }
.small { font-size: 8.5pt; color: #444444; }
.q { margin-left: 12mm; margin-right: 12mm; font-style: italic; }
"""

RECS = [
    ("Core strategy",
     "Having regard to the housing supply target methodology and the requirement that the core strategy be "
     "consistent with the regional spatial and economic strategy, the planning authority is required to revise "
     "the core strategy table (Table 2.4) so that the housing growth allocated to the settlements adds up to the "
     "county's housing supply target of 4,860 units for the plan period."),
    ("Residential zoning at Gortnaclohy, Kilcarran town",
     "Having regard to the principle of compact growth and the sequential approach to zoning, the planning "
     "authority is required to omit the New Residential zoning of approximately 31 ha of land at Gortnaclohy, on "
     "the western edge of Kilcarran town, and to zone those lands Strategic Reserve."),
    ("Employment land",
     "The planning authority is required to prepare, and to include in the Plan, an evidence-based assessment of "
     "the demand for and supply of employment land in each of the county's five main towns."),
    ("Rural housing",
     "Having regard to the Sustainable Rural Housing Guidelines for Planning Authorities (2005), the planning "
     "authority is required to amend Policy RH 4 so that the requirement to show a need to live in a rural area "
     "applies only in rural areas under strong urban influence, and to omit the local occupancy condition for "
     "all other rural areas."),
    ("National road network",
     "Having regard to the Spatial Planning and National Roads Guidelines for Planning Authorities (2012), the "
     "planning authority is required to omit Objective TR 12, which provides for a new junction on the N17 at "
     "Ballyroe."),
    ("Flood risk management",
     "Having regard to the Planning System and Flood Risk Management Guidelines (2009), the planning authority "
     "is required to omit the Enterprise and Employment zoning of lands at Mill Road, Carrowkeel, which lie in "
     "Flood Zone A."),
    ("Climate action",
     "The planning authority is required to include in Chapter 4 measurable targets for the reduction of "
     "transport emissions and a framework for monitoring them over the plan period."),
]

OBS = [
    ("Retail floorspace",
     "The planning authority is requested to clarify whether the 14,500 sq m of additional comparison retail "
     "floorspace identified for Kilcarran town is consistent with the County Retail Strategy of 2023."),
    ("Record of Protected Structures",
     "The planning authority is requested to clarify whether the 23 structures proposed for addition to the "
     "Record of Protected Structures will be added by way of this Plan or by a separate variation."),
]


def box(kind, n, title, text, shade):
    return ("<table width='100%%' cellpadding='7' cellspacing='0' style='border: 1px solid #00576b; "
            "background: %s'><tr><td><p style='margin-bottom:4pt'><b>%s %d - %s</b></p><p style='margin-bottom:0'>"
            "%s</p></td></tr></table><p style='margin-bottom:4pt'></p>\n" % (shade, kind, n, title, text))


def rec(n):
    return box("RECOMMENDATION", n, RECS[n - 1][0], RECS[n - 1][1], "#dcecef")


def obs(n):
    return box("OBSERVATION", n, OBS[n - 1][0], OBS[n - 1][1], "#f2f2f2")


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" + body +
            "</body></html>")


def advice():
    b = """<p class='small'><b>National Planning Oversight Office</b><br>Oifig Náisiúnta um Maoirseacht Pleanála<br>
Fourth Floor, Harcourt House, Dublin 2</p>
<p style='text-align:right'>Our ref: DP-KC-27-03<br>22 January 2026</p>
<p>Director of Services, Planning and Economic Development<br>Kilcarran County Council<br>County Buildings<br>
Kilcarran</p>
<p><b>Re: Draft Kilcarran County Development Plan 2027-2033</b></p>
<p>A Chara,</p>
<p>Thank you for your authority's work in preparing the Draft Kilcarran County Development Plan 2027-2033 (the
draft Plan). The Office has evaluated the draft Plan under the Planning and Development Act 2000, as amended (the
Act), and makes this submission accordingly.</p>
<p>The submission contains <b>recommendations</b> and <b>observations</b>. Recommendations concern clear
inconsistencies with the Act or with national and regional policy, and the planning authority is required to
implement or address them. Observations take the form of a request for further information, justification or
clarification, and do not require a change to the Plan.</p>
<p>Under section 12(4) of the Act, the chief executive must prepare a report on the submissions received and give
it to the elected members. Where the planning authority decides not to comply with a recommendation of the
Office, the chief executive must inform the Office and give the reasons.</p>
<h2>Summary</h2>
<p>The Office acknowledges the considerable work that has gone into the draft Plan, and in particular the strong
chapter on town centre regeneration. The key matters raised in this submission are:</p>
<ul><li>the consistency of the core strategy with the housing supply target;</li>
<li>the extent and location of new residential and employment zonings;</li>
<li>the approach to rural housing;</li>
<li>the protection of the national road network and the management of flood risk; and</li>
<li>the need for measurable climate action targets.</li></ul>
<h2>1. Core strategy and settlement strategy</h2>
<p>The draft Plan's housing supply target of 4,860 units is correctly derived. However, the core strategy table
allocates 5,390 units to settlements, an excess of 530 units, most of it in Kilcarran town and Ballyroe.</p>
<p style='text-align:center'><b>Table 1: Core strategy figures in the draft Plan</b></p>
<table width='80%' align='center' cellpadding='3' cellspacing='0' border='1'>
<tr><td><b>Settlement</b></td><td><b>Units allocated</b></td><td><b>Residential land zoned (ha)</b></td></tr>
<tr><td>Kilcarran town</td><td>2,310</td><td>78.4</td></tr>
<tr><td>Ballyroe</td><td>1,140</td><td>41.0</td></tr>
<tr><td>Carrowkeel</td><td>620</td><td>19.5</td></tr>
<tr><td>Other settlements</td><td>1,320</td><td>44.2</td></tr>
<tr><td><b>Total</b></td><td><b>5,390</b></td><td><b>183.1</b></td></tr></table>
<p></p>
""" + rec(1) + """
<h2>2. Compact growth and zoning</h2>
<p>National Policy Objective 3c of the National Planning Framework states:</p>
<p class='q'>Deliver at least 30% of all new homes that are targeted in settlements other than the five Cities and
their suburbs, within their existing built-up footprints.</p>
<p>In its submission on the Issues Paper, the Office advised that "the planning authority should prioritise the
regeneration of infill and brownfield sites in Kilcarran town before zoning greenfield land at its edge." The
lands at Gortnaclohy are 2.4 km from the town centre, are not served by footpaths or public lighting, and are not
needed to meet the housing supply target. Sequentially preferable lands should be zoned first.</p>
""" + rec(2) + """
<p>The draft Plan zones 96 ha for enterprise and employment uses but gives no evidence of the demand for that
land. The employment zonings should be justified by an assessment of need.</p>
""" + rec(3) + """
<h2>3. Rural housing</h2>
<p>Policy RH 4 applies the same local need criteria to every rural area of the county, including the remote
uplands west of Carrowkeel, where the population has declined by 9 per cent since 2011.</p>
""" + rec(4) + """
<h2>4. Retail and heritage</h2>
""" + obs(1) + obs(2) + """
<h2>5. National roads and flood risk</h2>
<p>The N17 between Kilcarran and Ballyroe carries over 11,000 vehicles a day. A new junction would reduce its
capacity and safety, and the draft Plan gives no exceptional reason for it.</p>
""" + rec(5) + """
<p>The Strategic Flood Risk Assessment shows that the lands at Mill Road, Carrowkeel, lie within Flood Zone A, and
no Justification Test has been carried out for them.</p>
""" + rec(6) + """
<h2>6. Climate action</h2>
<p>Chapter 4 of the draft Plan contains welcome policies on active travel, but it sets no targets, and the
monitoring chapter does not mention emissions.</p>
""" + rec(7) + """
<h2>7. Summary</h2>
<p>The Office requests that your authority address the recommendations and observations above. The Office is
available to meet your officials to discuss the submission before the chief executive's report is finalised.</p>
<p>Is mise le meas,</p>
<p>Orla Fennelly<br>Deputy Regulator and Director of Plans Evaluations</p>
"""
    return page(b)


def response():
    b = """<p class='small'>Kilcarran County Council / Comhairle Contae Chill Charráin</p>
<p style='font-size:15pt; color:#00576b'><b>Draft Kilcarran County Development Plan 2027-2033</b></p>
<p style='font-size:12pt; text-align:left'><b>Chief Executive's Report on Submissions Received</b><br>Volume 1 (extract):
Prescribed bodies</p>
<p class='small'>Prepared under section 12(4) of the Planning and Development Act 2000, as amended. April 2026</p>
<h2>1. Introduction</h2>
<p>The draft Plan was on public display from 5 December 2025 to 13 February 2026. A total of 486 written
submissions were received, 19 of them from prescribed bodies. This volume summarises the submissions of the
prescribed bodies and sets out the Chief Executive's response and recommendation on each issue raised.</p>
<h2>2. Submission DKCDP-0214: National Planning Oversight Office</h2>
<p>The Office's submission contains seven recommendations and two observations. They are addressed below in the
order of the chapters of the draft Plan to which they relate.</p>
<h3>Chapter 2 Core Strategy - NPOO Recommendation 1: Core strategy table</h3>
<p><b>Summary of submission:</b> The units allocated to settlements in Table 2.4 exceed the housing supply
target by 530 units.</p>
<p><b>Chief Executive's Response:</b> The allocation has been reviewed. Units have been reduced in Kilcarran town
and Ballyroe so that the total now matches the housing supply target exactly.</p>
<p><b>Chief Executive's Recommendation:</b> Amend Table 2.4 of the draft Plan as set out in Appendix A, so that
the total allocation is 4,860 units.</p>
<h3>Chapter 4 Climate Action - NPOO Recommendation 7: Climate action targets</h3>
<p><b>Chief Executive's Response:</b> The Chief Executive agrees that the Plan should contain measurable targets.
A target of a 30 per cent reduction in transport emissions by 2033, with two-yearly monitoring, will be
included.</p>
<p><b>Chief Executive's Recommendation:</b> Insert new Objective CA 9 and a new section 16.4 on emissions
monitoring, as set out in Appendix A.</p>
<h3>Chapter 5 Rural Housing - NPOO Recommendation 4: Policy RH 4</h3>
<p><b>Chief Executive's Response:</b> It is accepted that the need criteria should apply only in areas under strong
urban influence, and Policy RH 4 will be amended accordingly. However, the seven-year occupancy condition is
considered necessary to prevent the sale of rural houses as holiday homes and will be retained in all rural
areas.</p>
<p><b>Chief Executive's Recommendation:</b> Amend Policy RH 4 as set out in Appendix A. No change to the
occupancy condition.</p>
<h3>Chapter 9 Transport - NPOO Recommendation 5: Objective TR 12</h3>
<p><b>Chief Executive's Response:</b> The recommendation is noted. Objective TR 12 reflects a long-standing
objective of the Council supported by the Ballyroe Municipal District. The National Roads Agency has been asked
to state its position on the junction, and the Chief Executive will report further to the Members when its reply
is received.</p>
<p><b>Chief Executive's Recommendation:</b> Decision on Objective TR 12 deferred pending the views of the National
Roads Agency.</p>
<h3>Chapter 12 Land Use Zoning - NPOO Recommendations 2 and 3: Zoning</h3>
<p><b>Summary of submission:</b> The Office seeks the omission of the New Residential zoning at Gortnaclohy and
an assessment of employment land.</p>
<p><b>Chief Executive's Response:</b> The lands at Gortnaclohy are the only lands in Kilcarran town in single
ownership capable of delivering a new school site, and a footpath and lighting scheme has been approved for the
Gortnaclohy Road. The Chief Executive does not consider it appropriate to rezone these lands. An assessment of
employment land in each of the five main towns has been prepared with the Local Enterprise Office and will be
included in the Plan as Appendix 7.</p>
<p><b>Chief Executive's Recommendation:</b> No change to the zoning at Gortnaclohy. Insert the Employment Land
Assessment as new Appendix 7.</p>
<h3>NPOO Observation 1: Retail floorspace</h3>
<p><b>Chief Executive's Response:</b> The figure of 14,500 sq m is taken directly from Table 6 of the County
Retail Strategy 2023 and is therefore consistent with it.</p>
<p><b>Chief Executive's Recommendation:</b> No change.</p>
<h2>3. Submission DKCDP-0233: Kilcarran Public Participation Network</h2>
<p><b>Summary of submission:</b> The Network asks for a policy to provide a community centre in each of the
county's five main towns and for the Plan's maps to be published in an accessible format.</p>
<p><b>Chief Executive's Response:</b> Community facilities are addressed in Chapter 8. Accessible versions of the
maps will be made available on the Council's consultation portal at the next stage.</p>
<p><b>Chief Executive's Recommendation:</b> No change.</p>
<h2>4. Next steps</h2>
<p>The Members have 12 weeks from the receipt of this report to consider the draft Plan and the report. Any
material alterations will be put on public display for a further period of four weeks.</p>
"""
    return page(b)


NOTES = ("Irish-style planning pair: the (invented) National Planning Oversight Office's submission on the "
         "(invented) Draft Kilcarran County Development Plan 2027-2033, answered by the extract of the Chief "
         "Executive's Report on Submissions dealing with it. Recommendations: shaded boxes 'RECOMMENDATION N - "
         "Subject' (1-7 in document order), five of them opening 'Having "
         "regard to ...', two 'The planning authority is required to ...' (starts_with = the box text without "
         "its label line). Traps: two shaded 'OBSERVATION N' boxes (requests for clarification, which the letter "
         "itself says require no change), the paragraph explaining recommendations and observations ('is required "
         "to implement'), the section 12(4) duties ('must prepare', 'must inform'), the bullet summary of the "
         "key matters, NPO 3c quoted, the Office's Issues Paper advice quoted ('should prioritise'), findings with "
         "'should be zoned first' / 'should be justified', Table 1. The report takes the Office's items by chapter "
         "of the draft Plan: 1, 7, 4, 5, 2+3, then Observation 1. Key: 1 Table 2.4 amended to 4,860 units "
         "(agrees); 7 target and monitoring inserted (agrees); 4 need criteria limited but occupancy condition "
         "retained (partly); 5 'The recommendation is noted', decision deferred pending the roads agency "
         "(noted); one item 'Recommendations 2 and 3': 2 'does not consider it appropriate to rezone', no change "
         "(disagrees) + 3 assessment inserted as Appendix 7 (agrees); 6 (flood zone lands at Mill Road) "
         "unanswered. Unmatched: Introduction, the overview of the Office's submission, Observation 1, the Public "
         "Participation Network's submission, Next steps.")


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.soffice_pdf(src, TMP)
        os.replace(os.path.join(TMP, NAME + "_" + part + ".pdf"), H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), footer="Page {n} of {N}", size=8)
    H.stamp(H.out(NAME + "_response.pdf"), footer="{n}", size=9)
    sw = lambda k, n=10: " ".join(RECS[k - 1][1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "the total now matches the housing supply target exactly", "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "does not consider it appropriate to rezone these lands", "verdict": "disagrees"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "will be included in the Plan as Appendix 7", "verdict": "agrees"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "will be retained in all rural areas", "verdict": "partly"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "deferred pending the views of the National Roads Agency", "verdict": "noted"},
        {"number": "6", "starts_with": sw(6), "reply_contains": None, "verdict": "unanswered"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "A target of a 30 per cent reduction in transport emissions", "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, ["A total of 486 written submissions were received",
                                  "is taken directly from Table 6 of the County Retail Strategy",
                                  "asks for a policy to provide a community centre",
                                  "Any material alterations will be put on public display"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b58en.py"), NAME)) and 1)
