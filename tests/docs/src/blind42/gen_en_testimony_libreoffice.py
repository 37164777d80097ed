"""Round 42 (EN): a US state oversight commission report (invented Missouri Commission on State Government
Performance, Report 26-02, on the 911 system) with findings, bold run-in 'Recommendation N:' paragraphs at the ends of
chapters and a summary table repeating the recommendations, answered by the WRITTEN TESTIMONY of the (invented)
director of the state Office of Emergency Communications before a House committee, which takes up the Commission's
recommendations in another order among other matters. LibreOffice Writer headless from HTML, US Letter; running header
and page numbers stamped with PyMuPDF. All content (commission, office, people, report number, figures) is invented.

Run:  /tmp/blind42en/bin/python tests/docs/src/blind42/gen_en_testimony_libreoffice.py   (needs soffice)
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b42en as H

NAME = "blind42_en_testimony"
TMP = "/tmp/b42en/testimony"

CSS = """
@page { size: 21.59cm 27.94cm; margin: 2.3cm 2.3cm 2.2cm 2.3cm; }
body { font-family: 'Liberation Serif'; font-size: 11pt; }
p { margin-top: 0; margin-bottom: 6pt; }
h1 { font-family: 'Liberation Sans'; font-size: 19pt; color: #7a1f1f; }
h2 { font-family: 'Liberation Sans'; font-size: 13pt; color: #7a1f1f; margin-top: 10pt; }
h3 { font-family: 'Liberation Sans'; font-size: 11pt; }
td, th { font-family: 'Liberation Sans'; font-size: 9pt; vertical-align: top; }
th { background: #efdcdc; text-align: left; }
"""

R = {1: "The Governor and General Assembly should establish a State 911 Board with authority to set statewide "
        "standards and to allocate state 911 funds to answering points.",
     2: "The General Assembly should require every public safety answering point to be fully operational on Next "
        "Generation 911 by July 1, 2028.",
     3: "The General Assembly should raise the monthly 911 fee on wireless lines from 40 cents to $1.00 and index "
        "it to inflation.",
     4: "The General Assembly should require answering points serving fewer than 20,000 residents to consolidate "
        "into regional centers by 2030.",
     5: "The Office of Emergency Communications should adopt minimum training and certification standards for "
        "all 911 telecommunicators.",
     6: "The Office of Emergency Communications should publish call-answer times for every answering point each "
        "year, in a form the public can compare.",
     7: "The Office of Emergency Communications and the Department of Mental Health should agree a protocol for "
        "transferring behavioral health calls from 911 to 988."}


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" + body +
            "</body></html>")


def rec(n):
    return "<p style='margin-left:0.8cm'><b>Recommendation %d:</b> %s</p>" % (n, R[n])


def advice():
    h = ["<p style='font-family:Liberation Sans'><b>MISSOURI COMMISSION ON STATE GOVERNMENT PERFORMANCE</b><br>"
         "Report 26-02 | February 2026</p>",
         "<h1>Answering the Call:<br>Modernizing Missouri's 911 System</h1>",
         "<p><i>Letter from the Chair.</i> When a Missourian dials 911, the call is answered by one of 183 public "
         "safety answering points, run by counties, cities and districts with very different resources. Over the "
         "past year the Commission heard from 64 witnesses at three public hearings. This report sets out what we "
         "found and seven recommendations to the Governor, the General Assembly and the Office of Emergency "
         "Communications. - Theresa Valdivia-Park, Chair</p>",
         "<h2>Executive Summary</h2>",
         "<p>Missouri is one of the last states without a statewide body responsible for 911. Funding depends on a "
         "patchwork of local sales taxes and a wireless fee that has not changed since 2018. Small answering points "
         "struggle to recruit and keep staff, and callers in rural counties wait longer for an answer. The "
         "Commission finds that the system should be governed, funded and measured as one system.</p>",
         "<h2>Finding 1: Governance is fragmented</h2>",
         "<p>No state agency has authority over the 183 answering points. The Office of Emergency Communications "
         "(OEC), created in 2019, administers grants but cannot set binding standards. In 2021 the State Auditor "
         "recommended that 'the Department of Public Safety should seek statutory authority to collect performance "
         "data from answering points'. That authority has not been sought.</p>",
         "<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr><th>Population served</th><th>Answering "
         "points</th><th>Median staff</th><th>Calls answered in 15 seconds</th></tr>"
         "<tr><td>Under 20,000</td><td>97</td><td>5</td><td>83%</td></tr>"
         "<tr><td>20,000 to 99,999</td><td>61</td><td>14</td><td>89%</td></tr>"
         "<tr><td>100,000 and over</td><td>25</td><td>58</td><td>92%</td></tr></table>",
         "<p style='font-size:9pt'>Table 1: Answering points by population served, 2025 (source: OEC survey)</p>",
         rec(1), rec(4),
         "<h2>Finding 2: Technology and funding are falling behind</h2>",
         "<p>Only 38 answering points can receive text messages and none can receive video. The national standard "
         "(NENA i3) should be the basis of any upgrade. The wireless fee of 40 cents per month raised $31.6 million "
         "in 2025, about 44% of estimated operating costs; the remainder comes from local general funds.</p>",
         rec(2), rec(3),
         "<h2>Finding 3: Workforce and performance</h2>",
         "<p>Telecommunicators in Missouri need no state certification. Turnover averaged 27% in 2025. Several "
         "witnesses told us that 911 staff handle calls from people in mental health crisis without training or a "
         "way to transfer the call to the 988 lifeline. Answer-time data is collected by some answering points but "
         "is not published.</p>",
         rec(5), rec(6), rec(7),
         "<h2>Summary of Recommendations</h2>",
         "<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr><th>No.</th><th>Addressed to</th>"
         "<th>Subject</th><th>Requires legislation</th></tr>"
         "<tr><td>1</td><td>Governor, General Assembly</td><td>State 911 Board</td><td>Yes</td></tr>"
         "<tr><td>2</td><td>General Assembly</td><td>NG911 deadline</td><td>Yes</td></tr>"
         "<tr><td>3</td><td>General Assembly</td><td>Wireless fee</td><td>Yes</td></tr>"
         "<tr><td>4</td><td>General Assembly</td><td>Consolidation of small answering points</td><td>Yes</td></tr>"
         "<tr><td>5</td><td>OEC</td><td>Training and certification</td><td>No</td></tr>"
         "<tr><td>6</td><td>OEC</td><td>Public answer-time data</td><td>No</td></tr>"
         "<tr><td>7</td><td>OEC, Department of Mental Health</td><td>911 to 988 transfers</td><td>No</td></tr></table>",
         "<p style='font-size:9pt'>Commission members: Theresa Valdivia-Park (Chair), Rep. Dale Hutchins, Sen. "
         "Marisol Greer, Franklin Okafor, Joan Petrakis, Wendell Stroud. Executive Director: Amos Lindqvist.</p>"]
    return page("".join(h))


def response():
    h = ["<p style='text-align:center'><b>WRITTEN TESTIMONY OF<br>CAROLYN BRANDT-OYELARAN, DIRECTOR<br>OFFICE OF "
         "EMERGENCY COMMUNICATIONS<br>MISSOURI DEPARTMENT OF PUBLIC SAFETY</b></p>",
         "<p style='text-align:center'>Before the House Special Committee on Public Safety Communications<br>"
         "Hearing on HB 2214 and the Report of the Commission on State Government Performance<br>March 10, 2026</p>",
         "<p>Chairman Wexford, Ranking Member Alcott and members of the Committee, thank you for the opportunity to "
         "testify. I will briefly describe the work of my office over the past year and then give the Department's "
         "views on the Commission's report.</p>",
         "<h3>The Year in Review</h3>",
         "<p>In calendar year 2025 the Office awarded $12.4 million in equipment grants to 71 answering points, "
         "completed the statewide GIS address database and opened our second regional training center in Cape "
         "Girardeau.</p>",
         "<h3>Training standards</h3>",
         "<p>The Commission's fifth recommendation asks us to set training and certification standards. I am pleased "
         "to say this is already done: the rule at 11 CSR 10-12 took effect on January 1, 2026, and all "
         "telecommunicators must hold state certification within 12 months of hire.</p>",
         "<h3>Next Generation 911</h3>",
         "<p>The Department strongly supports a firm deadline for NG911, as the Commission proposes. HB 2214 as "
         "introduced sets July 1, 2028, and with the current grant round we expect every answering point to meet it.</p>",
         "<h3>Governance and consolidation</h3>",
         "<p>On the Commission's first and fourth recommendations, our views differ. We agree that Missouri needs "
         "a statewide body, but we favor an advisory 911 Board that sets standards while funding decisions remain "
         "with the Office. We cannot support mandatory consolidation of small answering points: local "
         "knowledge is an asset in rural counties, and we would rather offer incentive grants to those that choose "
         "to merge.</p>",
         "<h3>Behavioral health calls</h3>",
         "<p>We welcome the recommendation on 988. My office and the Department of Mental Health signed a "
         "memorandum of understanding on February 12, and a transfer protocol will be piloted in six counties "
         "from May.</p>",
         "<h3>Funding</h3>",
         "<p>The level of the wireless fee is a policy decision for this General Assembly. The Department takes no "
         "position on the amount in the Commission's third recommendation, but we stand ready to provide the "
         "Committee with revenue estimates for any option.</p>",
         "<p>Thank you again, Mr. Chairman. I would be happy to answer the Committee's questions.</p>"]
    return page("".join(h))


NOTES = ("State oversight commission report: seven bold run-in 'Recommendation N:' paragraphs (1-7) at the ends of "
         "three findings, out of document order (1, 4 / 2, 3 / 5, 6, 7); traps: Chair's letter ('seven "
         "recommendations'), 'the system should be governed ... as one system', 2021 State Auditor recommendation "
         "quoted, Table 1, NENA i3 'should', and a closing Summary of Recommendations table (numbers and subjects "
         "only). The Director's written testimony before a House committee answers by topic, without numbers except "
         "ordinal words, in the order 5, 2, 1+4, 7, 3: certification rule already in effect (5 agrees); NG911 "
         "deadline supported (2 agrees); one paragraph on the first and fourth: advisory board without funding "
         "authority (1 partly), mandatory consolidation not supported (4 disagrees); 988 protocol piloted (7 "
         "agrees); fee level for the General Assembly, no position (3 noted); 6 (publish answer times) unanswered. "
         "'The Year in Review' answers nothing.")


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, html in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(html)
        H.soffice_pdf(src, TMP)
        os.replace(os.path.join(TMP, NAME + "_" + part + ".pdf"), H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), header="Answering the Call | Report 26-02 | February 2026",
            footer="{n}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Testimony of Director Brandt-Oyelaran | March 10, 2026",
            footer="Page {n} of {N}")
    sw = lambda n: " ".join(R[n].split()[:10])
    recs = [
        {"number": "1", "starts_with": sw(1), "reply_contains": "we favor an advisory 911 Board that sets standards",
         "verdict": "partly"},
        {"number": "2", "starts_with": sw(2), "reply_contains": "The Department strongly supports a firm deadline for NG911",
         "verdict": "agrees"},
        {"number": "3", "starts_with": sw(3), "reply_contains": "The Department takes no position on the amount",
         "verdict": "noted"},
        {"number": "4", "starts_with": sw(4), "reply_contains": "We cannot support mandatory consolidation of small answering points",
         "verdict": "disagrees"},
        {"number": "5", "starts_with": sw(5), "reply_contains": "the rule at 11 CSR 10-12 took effect",
         "verdict": "agrees"},
        {"number": "6", "starts_with": sw(6), "reply_contains": None, "verdict": "unanswered"},
        {"number": "7", "starts_with": sw(7), "reply_contains": "a transfer protocol will be piloted in six counties",
         "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, ["awarded $12.4 million in equipment grants to 71 answering points"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b42en.py"), NAME)) and 1)
