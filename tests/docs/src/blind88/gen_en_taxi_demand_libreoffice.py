"""Round 88 (EN): an English district council's HACKNEY CARRIAGE UNMET DEMAND SURVEY by a transport consultancy
(recommendations = BOLD SENTENCES 'We recommend that the Council ...' inside the conclusions chapter, unnumbered)
answered by the Licensing Manager's LICENSING COMMITTEE REPORT with an ANNOTATED TABLE of the survey's recommendations
(summarised, with 'Officer comment' and 'Proposed action'). LibreOffice Writer headless from HTML, A4, DejaVu.
Bodies, people and figures invented.
Run:  /tmp/blind88en/bin/python tests/docs/src/blind88/gen_en_taxi_demand_libreoffice.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b88en as H

NAME = "blind88_en_taxi_demand"
STY = """<style>@page { size: 21cm 29.7cm; margin: 2.2cm 2cm 2.2cm 2cm; }
body { font-family: 'DejaVu Sans'; font-size: 9.5pt; } h1 { font-size: 16pt; color: #5b1f4a; } h2 { font-size: 11pt; color: #5b1f4a; }
td, th { font-size: 8.7pt; vertical-align: top; } th { background: #ead8e4; }</style>"""

ADV = """<html><head><meta charset='utf-8'>""" + STY + """</head><body>
<p style='font-size:8pt; color:#5b1f4a'><b>KESTREL TRANSPORT PLANNING LTD &middot; FOR ASHWORTH VALE DISTRICT COUNCIL</b></p>
<h1>Hackney Carriage Unmet Demand Survey 2026</h1>
<p>Final report &middot; June 2026 &middot; Survey period 9 February to 8 March 2026</p>
<h2>1 Introduction</h2>
<p>Ashworth Vale District Council limits the number of hackney carriage vehicle licences it issues; there are currently 64. Section 16 of
the Transport Act 1985 allows a licensing authority to refuse a licence to limit numbers only if it is satisfied that there is no
significant demand for hackney carriage services which is unmet. Department for Transport best practice guidance says authorities
that keep a limit should commission a survey at least every three years. The last survey, in 2022, concluded that there was no
significant unmet demand and recommended that</p>
<p style='margin-left:1cm'><i>'the Council should keep the limit under review and resurvey in 2025'.</i></p>
<p>This survey was delayed to 2026 by the Council's procurement timetable.</p>
<h2>2 Method</h2>
<p>We recorded 312 hours of video at the seven busiest ranks, carried out 640 on-street interviews, surveyed 19 key stakeholders
(including the Ashworth Vale Disability Forum and the Town Centre BID) and asked all licensed drivers to complete a questionnaire; 41
replied. The Index of Significance of Unmet Demand (ISUD) was calculated in the standard way. A value above 80 is usually treated as
significant.</p>
<h2>3 Findings</h2>
<table border='1' cellspacing='0' cellpadding='4' width='100%'>
<tr><th>Rank</th><th>Hours observed</th><th>Average passenger wait (min)</th><th>Share of hours with queue</th></tr>
<tr><td>Market Square</td><td>72</td><td>3.9</td><td>21%</td></tr>
<tr><td>Railway Station</td><td>72</td><td>6.4</td><td>34%</td></tr>
<tr><td>Bridge Street</td><td>48</td><td>1.2</td><td>6%</td></tr>
<tr><td>Other four ranks</td><td>120</td><td>0.8</td><td>4%</td></tr>
</table>
<p>The ISUD for the district is 61, below the level of significance. Delays are concentrated at the Railway Station on Friday and
Saturday nights after 23:00, when many drivers have finished work. Only 5 of the 64 vehicles are wheelchair accessible, and 14 of the
19 stakeholders said that a wheelchair user should expect to wait more than an hour for a hackney carriage at night. Passengers
interviewed rated driver conduct highly, but 38 per cent did not know that fares are set by the Council.</p>
<h2>4 Conclusions and recommendations</h2>
<p><b>Conclusion.</b> There is no significant unmet demand for hackney carriages in Ashworth Vale at present, and the Council may lawfully
keep its limit. The pattern of demand has nonetheless changed since 2022 and some groups are poorly served.</p>
<p>The limit itself is sound. <b>We recommend that the Council retain the current limit of 64 hackney carriage vehicle licences.</b>
Because the station delays are at night, <b>we recommend that the Council work with the railway operator to provide a marshalled
rank at the Railway Station on Friday and Saturday nights.</b> The rank at Bridge Street is under-used and close to the Market Square
rank. <b>We recommend that the Council relocate the Bridge Street rank to Castle Gate, near the new cinema.</b></p>
<p>The shortage of accessible vehicles is the most serious issue we found. <b>We recommend that the Council require every new or
replacement hackney carriage to be wheelchair accessible from April 2027.</b> In addition, <b>we recommend that the Council allow two
additional licences restricted to wheelchair accessible vehicles.</b> These would not affect our conclusion on unmet demand.</p>
<p>Passengers should be told how fares are set. <b>We recommend that the Council require the table of fares to be displayed in English
and in the two most spoken community languages in every vehicle.</b> Finally, because the pattern of demand is changing quickly, <b>we
recommend that the Council commission the next survey in 2028 rather than 2029.</b></p>
<h2>5 Limitations</h2>
<p>Video counts at two ranks were lost for three evenings because of camera faults; these hours were replaced with counts from the
following week. The driver questionnaire response rate was low.</p>
</body></html>"""

RSP = """<html><head><meta charset='utf-8'>""" + STY + """</head><body>
<p style='font-size:8pt'><b>ASHWORTH VALE DISTRICT COUNCIL</b></p>
<h1>Report to Licensing and Regulatory Committee</h1>
<table cellspacing='0' cellpadding='3'>
<tr><td><b>Date of meeting</b></td><td>15 October 2026</td></tr>
<tr><td><b>Report of</b></td><td>Licensing Manager (Priya Wainwright)</td></tr>
<tr><td><b>Title</b></td><td>Hackney Carriage Unmet Demand Survey 2026 - response to the survey's recommendations</td></tr>
<tr><td><b>Ward(s)</b></td><td>All</td></tr>
</table>
<h2>1. Summary</h2>
<p>This report presents officers' comments on the recommendations of the Hackney Carriage Unmet Demand Survey 2026 carried out by
Kestrel Transport Planning. The full survey is available on the Council's website and in the Members' Room.</p>
<h2>2. Officer comments on the survey recommendations</h2>
<table border='1' cellspacing='0' cellpadding='4' width='100%'>
<tr><th width='30%'>Survey recommendation (summarised)</th><th>Officer comment</th><th width='18%'>Proposed action</th></tr>
<tr><td>Accessible vehicles: all new and replacement vehicles to be wheelchair accessible; two extra licences for accessible vehicles</td>
<td>Officers support a fully accessible fleet in principle, but a requirement from April 2027 would fall hardest on drivers who have
just bought saloon vehicles; a phased requirement from April 2029 is proposed instead, subject to consultation with the trade. Two
restricted licences were advertised on 1 October 2026 and eleven applications have already been received.</td>
<td>Consult on 2029 date; grant two licences</td></tr>
<tr><td>Marshalled rank at the Railway Station</td><td>Officers have discussed this with Northline Rail, who are willing to share the
cost of a marshal for a six-month trial from December 2026.</td><td>Trial to start December 2026</td></tr>
<tr><td>Retain the limit of 64 vehicles</td><td>Agreed. The survey shows no significant unmet demand and officers recommend that the
numerical limit be kept.</td><td>No change</td></tr>
<tr><td>Fare tables in community languages</td><td>The English fare table will be redesigned to make clear that fares are set by
the Council. Officers are not persuaded that translated tables are needed in every vehicle; translations will be placed on the
Council's website only.</td><td>New fare table from January 2027</td></tr>
<tr><td>Date of the next survey</td><td>Officers do not consider that an earlier survey is justified given the cost of about 18,000
pounds and the clear result of this survey; the next survey should follow the usual three-year cycle.</td><td>Survey in 2029</td></tr>
</table>
<h2>3. Financial implications</h2>
<p>The marshal trial will cost about 9,500 pounds, shared equally with Northline Rail and met from the taxi licensing account. There
are no other direct costs in 2026-27.</p>
<h2>4. Recommendation to Committee</h2>
<p>That the Committee notes the survey and agrees the proposed actions in section 2.</p>
<p style='font-size:8.5pt'>Background papers: Hackney Carriage Unmet Demand Survey 2022. Contact officer: Priya Wainwright, Licensing Manager,
ext. 4417.</p>
</body></html>"""

work = tempfile.mkdtemp(prefix="blind88en_lo_")
try:
    for kind, html in (("advice", ADV), ("response", RSP)):
        hp = os.path.join(work, f"{NAME}_{kind}.html")
        open(hp, "w", encoding="utf-8").write(html)
        H.soffice_pdf(hp, work)
        pdf = H.out(f"{NAME}_{kind}.pdf")
        shutil.copy(os.path.join(work, f"{NAME}_{kind}.pdf"), pdf)
        if kind == "advice":
            H.stamp(pdf, header="Ashworth Vale Hackney Carriage Unmet Demand Survey 2026  |  Kestrel Transport Planning",
                    footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))
        else:
            H.stamp(pdf, header="Licensing and Regulatory Committee  |  15 October 2026  |  Agenda item 7",
                    footer="{n}", fontfile=H.clean_font("DejaVuSans.ttf"))
finally:
    shutil.rmtree(work, ignore_errors=True)

H.write_expected(NAME, [
    {"number": 1, "starts_with": "We recommend that the Council retain the current limit of 64",
     "reply_contains": "officers recommend that the numerical limit be kept", "verdict": "agrees"},
    {"number": 2, "starts_with": "we recommend that the Council work with the railway operator",
     "reply_contains": "willing to share the cost of a marshal", "verdict": "agrees"},
    {"number": 3, "starts_with": "We recommend that the Council relocate the Bridge Street rank",
     "reply_contains": None, "verdict": "unanswered"},
    {"number": 4, "starts_with": "We recommend that the Council require every new or replacement hackney carriage",
     "reply_contains": "a phased requirement from April 2029 is proposed instead", "verdict": "partly"},
    {"number": 5, "starts_with": "we recommend that the Council allow two additional licences",
     "reply_contains": "Two restricted licences were advertised on 1 October 2026", "verdict": "agrees"},
    {"number": 6, "starts_with": "We recommend that the Council require the table of fares",
     "reply_contains": "translations will be placed on the Council's website only", "verdict": "partly"},
    {"number": 7, "starts_with": "we recommend that the Council commission the next survey in 2028",
     "reply_contains": "do not consider that an earlier survey is justified", "verdict": "disagrees"},
], ["The full survey is available on the Council's website",
    "The marshal trial will cost about 9,500 pounds",
    "That the Committee notes the survey and agrees"],
   "Advice: English district council's hackney carriage unmet demand survey by a consultancy, LibreOffice from HTML, A4; recs = "
   "seven BOLD SENTENCES 'We recommend that the Council ...' inside prose paragraphs of '4 Conclusions and recommendations', "
   "unnumbered, two or three to a paragraph; traps: s 16 Transport Act 1985, DfT guidance 'should commission a survey', the "
   "2022 survey's 'the Council should keep the limit under review' quoted, rank table, ISUD, 'a wheelchair user should expect "
   "to wait', bold 'Conclusion.', 'Passengers should be told how fares are set'. Response: Licensing Committee report with an "
   "ANNOTATED TABLE 'Survey recommendation (summarised) | Officer comment | Proposed action', no numbers, order 4+5, 2, 1, 6, 7: "
   "ONE row 'Accessible vehicles' = phased 2029 not 2027 (4 partly) + two licences advertised (5 agrees); marshal trial (2 "
   "agrees); limit kept (1 agrees); English table yes, translations on the website only (6 partly); next survey 2029 not 2028 "
   "(7 disagrees); 3 (move Bridge Street rank) unanswered; Summary, Financial implications, Recommendation to Committee answer "
   "nothing.")
sys.exit(H.main([NAME]))
