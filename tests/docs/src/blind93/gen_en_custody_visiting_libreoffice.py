"""Round 93 (EN): an English police area's INDEPENDENT CUSTODY VISITING PANEL ANNUAL REPORT to the Police and Crime
Commissioner (recommendations as NUMBERED PARAGRAPHS 6.1-6.7 of section 6, among numbered paragraphs throughout)
answered by the MINUTES of the Commissioner's Accountability and Performance Board, one minute citing the paragraph
numbers. LibreOffice Writer headless from HTML, A4, DejaVu; header and 'Page N of M' stamped. All invented.
Run:  /tmp/blind93en/bin/python tests/docs/src/blind93/gen_en_custody_visiting_libreoffice.py
"""
import os, sys, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b93en as H

NAME = "blind93_en_custody_visiting"
R = H.clean_font("DejaVuSans.ttf")
CSS = """
@page { size: 21cm 29.7cm; margin-top: 2.2cm; margin-bottom: 2cm; margin-left: 2cm; margin-right: 2cm; }
body { font-family: 'DejaVu Sans'; font-size: 9.5pt; }
h1 { font-family: 'DejaVu Sans'; font-size: 17pt; color: #243c6b; }
h2 { font-family: 'DejaVu Sans'; font-size: 11.5pt; color: #243c6b; margin-top: 10pt; }
p { margin-top: 0; margin-bottom: 5pt; }
td, th { font-family: 'DejaVu Sans'; font-size: 8.8pt; vertical-align: top; }
.s { font-size: 8pt; color: #555555; }
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
    H.stamp(pdf, header=header, footer="Page {n} of {N}", fontfile=R)


def np_(n, t):
    return f"<p>{n}&#32;&#32;{t}</p>".replace("&#32;&#32;", "  ")


def advice():
    body = "<p class='s'>OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR MERCIA VALE</p>"
    body += "<h1>Independent Custody Visiting Scheme: Annual Report 2025/26</h1>"
    body += "<p class='s'>Presented to the Commissioner by the Panel Chair, Gillian Okafor, on 3 June 2026.</p>"
    body += "<h2>1. Introduction</h2>"
    body += np_("1.1", "Section 51 of the Police Reform Act 2002 provides that every local policing body must make "
                "arrangements for detainees to be visited by independent custody visitors. Visitors check on the "
                "rights, entitlements and wellbeing of people held in police custody and report what they find.")
    body += np_("1.2", "Mercia Vale has 38 volunteer visitors who make unannounced visits in pairs to the custody "
                "suites at Kingsmead, Oldbury Cross and Fenwick. The scheme also forms part of the United Kingdom's "
                "National Preventive Mechanism under OPCAT.")
    body += "<h2>2. Visits in 2025/26</h2>"
    body += np_("2.1", "Visitors made 204 visits and spoke to 1,126 of the 1,478 detainees present. Table 1 shows the "
                "figures by suite.")
    body += ("<table border='1' cellpadding='4' cellspacing='0' width='85%'><tr bgcolor='#dde4f2'><th>Suite</th>"
             "<th>Visits</th><th>Detainees present</th><th>Spoken to</th><th>Issues raised</th></tr>"
             "<tr><td>Kingsmead</td><td>96</td><td>742</td><td>561</td><td>88</td></tr>"
             "<tr><td>Oldbury Cross</td><td>71</td><td>498</td><td>379</td><td>64</td></tr>"
             "<tr><td>Fenwick</td><td>37</td><td>238</td><td>186</td><td>21</td></tr></table>")
    body += "<p class='s'>Table 1: Visits by custody suite, 1 April 2025 to 31 March 2026</p>"
    body += "<h2>3. Last year's recommendations</h2>"
    body += np_("3.1", "In our 2024/25 report we said that \"the force should review interpreter response times at "
                "Oldbury Cross\". Average waits have fallen from 3 hours 40 minutes to 2 hours 10 minutes, and we "
                "regard that recommendation as closed.")
    body += "<h2>4. Detainee welfare</h2>"
    body += np_("4.1", "PACE Code C, paragraph 8.6, provides that detainees must be offered at least two light meals "
                "and one main meal in any 24-hour period. Visitors found this was met in all but four cases.")
    body += np_("4.2", "Detainees held for more than 24 hours told visitors on 31 occasions that they had not been "
                "offered a shower. Several visitors also reported that women had to ask a male officer for "
                "menstrual products, which some found embarrassing.")
    body += np_("4.3", "Since the closure of the Harlow Street suite in 2023, detainees arrested in the east of the "
                "county are driven up to 40 minutes to Kingsmead. Some officers told visitors that transfers should "
                "be avoided where possible, but no alternative exists.")
    body += "<h2>5. The Panel</h2>"
    body += np_("5.1", "Twelve visitors left in the year and only five joined. The Panel's age profile is high: 29 of "
                "38 visitors are over 60. CCTV recordings of cells are kept for 90 days, but visitors could not "
                "confirm that footage had been kept in two cases they raised.")
    body += "<h2>6. Recommendations</h2>"
    recs = [
        ("6.1", "The Commissioner should recruit at least six additional custody visitors in 2026/27, giving "
                "priority to applicants under 30 and from the east of the county."),
        ("6.2", "The Chief Constable should ensure that every detainee held for more than 24 hours is offered a "
                "shower and a change of clothing."),
        ("6.3", "The Commissioner should commission an independent audit of the retention of custody CCTV "
                "footage in all three suites."),
        ("6.4", "The force should reopen the Harlow Street custody suite, at least at weekends, to reduce "
                "transfer times for detainees from the east."),
        ("6.5", "The Chief Constable should make menstrual products available in every cell without detainees "
                "having to ask for them."),
        ("6.6", "The Commissioner should publish the Panel's quarterly reports on the OPCC website within one "
                "month of each quarter's end."),
        ("6.7", "The force should provide written information and reading material in the five languages most "
                "often needed by detainees."),
    ]
    for n, t in recs:
        body += np_(n, t)
    body += "<h2>7. Thanks</h2>"
    body += np_("7.1", "The Panel thanks the custody sergeants and detention officers for their courtesy, and the "
                "Scheme Administrator, Paul Hennessy, for his support throughout the year.")
    render(body, "advice", "Mercia Vale Independent Custody Visiting Scheme - Annual Report 2025/26")


def response():
    items = [
        ("31/26", "Apologies and declarations of interest",
         "Apologies were received from the Deputy Chief Constable. No interests were declared."),
        ("32/26", "Independent Custody Visiting Annual Report 2025/26: Harlow Street",
         "The Chief Constable explained that the Harlow Street building has been sold and that a weekend custody "
         "facility would cost about £1.2 million a year. The Board agreed that reopening a suite in the east is "
         "not affordable, and the force will instead review how quickly transfers are arranged."),
        ("33/26", "Annual Report: detainee welfare (Recommendations 6.2 and 6.5)",
         "The Head of Criminal Justice confirmed that since 1 July showers and clean clothing have been offered to "
         "everyone held beyond 24 hours, and that this is now recorded on the custody record. Menstrual products are "
         "now offered to all female detainees at booking-in and a pack is handed over on request at any time, but "
         "the force will not place them in cells because of ligature risks."),
        ("34/26", "Annual Report: recruitment of visitors (Recommendation 6.1)",
         "The Commissioner reported that a recruitment campaign with the county's colleges and the Eastgate "
         "mosque began in August and that nine new visitors have been appointed and are in training."),
        ("35/26", "Annual Report: publication (Recommendation 6.6)",
         "The Commissioner noted the Panel's request and asked the Chief Executive to discuss the timing of "
         "publication with the Panel Chair before a decision is taken."),
        ("36/26", "Annual Report: CCTV (Recommendation 6.3)",
         "The Board noted the Panel's concerns about CCTV retention. The Commissioner will consider whether an "
         "audit can be funded when the 2027/28 budget is prepared."),
        ("37/26", "Force performance: 101 call handling",
         "The Board received the quarterly 101 report. The average time to answer non-emergency calls fell to "
         "4 minutes 12 seconds in the quarter."),
        ("38/26", "Date of next meeting",
         "The next meeting will be held on Thursday 10 December 2026 at 10.00 in the Shire Hall committee room."),
    ]
    body = "<p class='s'>OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR MERCIA VALE</p>"
    body += "<h1 style='font-size:14pt'>Accountability and Performance Board: Minutes</h1>"
    body += ("<p class='s'>Meeting held on 24 September 2026 at the Shire Hall, Kingsmead. Present: Alan Whitcombe "
             "(Police and Crime Commissioner, in the chair), Chief Constable Sarah Devereux, Claire Ashdown (Chief "
             "Executive, OPCC), Chief Superintendent Mark Bell (Head of Criminal Justice).</p>")
    body += "<table border='0' cellpadding='4' cellspacing='0' width='100%'>"
    for n, h, t in items:
        body += (f"<tr><td width='12%'><b>{n}</b></td><td><b>{h}</b><br/>{t}</td></tr>")
    body += "</table>"
    body += "<p class='s'>Signed as a correct record: ......................... Chair</p>"
    render(body, "response", "Accountability and Performance Board - 24 September 2026 - Minutes")


advice()
response()
H.write_expected(NAME, [
    {"number": 1, "starts_with": "The Commissioner should recruit at least six additional custody visitors",
     "reply_contains": "nine new visitors have been appointed and are in training", "verdict": "agrees"},
    {"number": 2, "starts_with": "The Chief Constable should ensure that every detainee held for",
     "reply_contains": "showers and clean clothing have been offered to everyone held", "verdict": "agrees"},
    {"number": 3, "starts_with": "The Commissioner should commission an independent audit of the retention",
     "reply_contains": "The Commissioner will consider whether an audit can be funded", "verdict": "noted"},
    {"number": 4, "starts_with": "The force should reopen the Harlow Street custody suite",
     "reply_contains": "reopening a suite in the east is not affordable", "verdict": "disagrees"},
    {"number": 5, "starts_with": "The Chief Constable should make menstrual products available in every cell",
     "reply_contains": "the force will not place them in cells", "verdict": "partly"},
    {"number": 6, "starts_with": "The Commissioner should publish the Panel's quarterly reports on the OPCC",
     "reply_contains": "asked the Chief Executive to discuss the timing of publication", "verdict": "noted"},
    {"number": 7, "starts_with": "The force should provide written information and reading material",
     "reply_contains": None, "verdict": "unanswered"},
], ["Apologies were received from the Deputy Chief Constable",
    "The Board received the quarterly 101 report",
    "The next meeting will be held on Thursday 10 December"],
    "advice: numbered paragraphs 6.1-6.7 of section 6 'Recommendations' among numbered paragraphs 1.1-7.1; traps: "
    "s. 51 Police Reform Act 2002 'must make arrangements', OPCAT, last year's quoted 'the force should review "
    "interpreter response times', PACE Code C para 8.6 'must be offered', 'transfers should be avoided', visits table. "
    "Response: minutes 31/26-38/26; order 6.4 (by subject, no number), 6.2+6.5, 6.1, 6.6, 6.3 (numbers cited); ONE "
    "minute 'Recommendations 6.2 and 6.5' = showers done (6.2 agrees) + products at booking, not in cells (6.5 partly); "
    "6.7 (languages) unanswered; Apologies, 101 call handling, Date of next meeting (nothing).")
sys.exit(H.main([NAME]))
