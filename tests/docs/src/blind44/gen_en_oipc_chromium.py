"""Round 44 (EN): a Canadian provincial Information and Privacy Commissioner's investigation report (BC-style
'Investigation Report F26-02') on unauthorized access ('snooping') to electronic health records at a regional
health authority: numbered sections 1.0-4.0, statutory sections quoted (s. 30 'must protect'), a 2019 report's
recommendation quoted, an access-audit table, and a closing 'Summary of findings and recommendations' where
numbered FINDINGS 1-5 precede numbered RECOMMENDATIONS 1-7 (numbers collide; recommendations addressed to the
health authority and one to the Ministry of Health). Answered by the health authority's President and CEO's
letter to the Commissioner, by topic in another order. Chromium headless --print-to-pdf, US Letter, cleaned
Liberation fonts, ligatures off; running header and 'Page N' stamped with PyMuPDF. All content is invented.

Run:  /tmp/blind44en/bin/python tests/docs/src/blind44/gen_en_oipc_chromium.py   (needs chromium)
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b44en as H

NAME = "blind44_en_oipc"
TMP = "/tmp/b44en/oipc"

R = {1: "Coastal Health should implement proactive, automated auditing of access to its clinical information "
        "system, including random audits and audits triggered by high-risk access patterns, by December 31, 2026.",
     2: "Coastal Health should limit region-wide access to the clinical information system to employees whose "
        "duties require it, and review all user access profiles at least annually.",
     3: "Coastal Health should notify each affected individual in writing within 30 days of confirming that "
        "their personal information was accessed without authority.",
     4: "The Ministry of Health should bring forward amendments to the Act to make wilful unauthorized access "
        "to personal health information an offence, with a maximum fine of not less than $100,000.",
     5: "Coastal Health should require every employee with access to the clinical information system to "
        "complete privacy training and sign a confidentiality undertaking each year.",
     6: "Coastal Health should publish an annual report on privacy breaches, including the number of "
        "unauthorized access incidents and the disciplinary outcomes.",
     7: "Coastal Health should retain audit logs of access to the clinical information system for at least "
        "ten years."}


def fonts():
    css = ""
    for fam, base in (("LS", "LiberationSans"), ("LR", "LiberationSerif")):
        for st, w, s in (("Regular", "normal", "normal"), ("Bold", "bold", "normal"), ("Italic", "normal", "italic"),
                         ("BoldItalic", "bold", "italic")):
            css += "@font-face {font-family: %s; src: url(file://%s); font-weight: %s; font-style: %s;}\n" % (
                fam, H.clean_font("%s-%s.ttf" % (base, st)), w, s)
    return css


CSS = """
html {font-family: LS; font-size: 10.2pt; line-height: 1.42; font-variant-ligatures: none;}
h1 {font-size: 17pt; color: #003a63; margin: 4pt 0 2pt 0;}
h2 {font-size: 11.5pt; color: #003a63; margin: 12pt 0 4pt 0; text-transform: uppercase;}
h3 {font-size: 10.2pt; margin: 8pt 0 3pt 0; font-style: italic;}
p {margin: 0 0 6pt 0;}
.np {display: flex; margin: 0 0 6pt 0;}
.np .n {width: 30pt; flex: none;}
.quote {margin: 4pt 30pt 8pt 30pt;}
.meta {border-top: 2px solid #003a63; border-bottom: 2px solid #003a63; padding: 4pt 0; margin: 8pt 0 10pt 0;
       font-size: 9.5pt;}
table {border-collapse: collapse; width: 85%; font-size: 9pt; margin: 4pt auto 2pt auto;}
th {background: #dce6ef; text-align: left; padding: 3pt 5pt; border: 1px solid #7d93a8;}
td {border: 1px solid #7d93a8; padding: 3pt 5pt;}
td.num {text-align: right;}
.cap {font-size: 8.5pt; text-align: center; margin-bottom: 8pt;}
ol.f, ol.r {margin: 2pt 0 8pt 0; padding-left: 22pt;}
ol li {margin-bottom: 5pt;}
.letterhead {font-family: LS; color: #0b5a3a; border-bottom: 1.5px solid #0b5a3a; padding-bottom: 6pt;
             margin-bottom: 14pt;}
.letter {font-family: LR; font-size: 11pt; line-height: 1.4;}
.letter p {margin: 0 0 8pt 0;}
.letter h4 {font-family: LR; font-size: 11pt; margin: 10pt 0 4pt 0; text-decoration: underline; font-weight: normal;}
"""


def html_doc(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page {size: Letter; margin: 24mm 24mm 22mm 24mm;}"
            + fonts() + CSS + "</style></head><body>" + body + "</body></html>")


def np(n, t):
    return "<div class='np'><div class='n'>[%d]</div><div>%s</div></div>" % (n, t)


def advice():
    b = ["<div style='color:#003a63; font-weight:bold; font-size:11pt'>OFFICE OF THE INFORMATION AND PRIVACY "
         "COMMISSIONER</div>",
         "<h1>INVESTIGATION REPORT F26-02</h1>",
         "<div style='font-size:12pt; font-weight:bold'>COASTAL REGIONAL HEALTH AUTHORITY: UNAUTHORIZED ACCESS TO "
         "ELECTRONIC HEALTH RECORDS</div>",
         "<div class='meta'>Miriam Okafor-Lindqvist<br>Information and Privacy Commissioner<br>April 14, 2026<br>"
         "CanLII Cite: 2026 OIPC 17<br>Quicklaw Cite: [2026] OIPC No. 17</div>",
         "<h2>Commissioner's message</h2>",
         "<p>Health records hold the most sensitive information that public bodies collect about us. When an "
         "employee looks at a neighbour's or a former partner's chart out of curiosity or spite, the harm to "
         "trust in the health system is real, whatever the motive. This report examines how one employee of the "
         "Coastal Regional Health Authority was able to view the records of 612 people over nearly three years "
         "before anyone noticed.</p>",
         "<h2>1.0 Purpose and scope of this report</h2>",
         np(1, "On July 22, 2025, the Coastal Regional Health Authority (Coastal Health) reported to my office "
               "that a unit clerk at Bayview General Hospital had accessed the electronic health records of 612 "
               "individuals without an authorized purpose between October 2022 and June 2025. I decided to "
               "investigate under s. 42(1)(a) of the <i>Freedom of Information and Protection of Privacy Act</i> "
               "(the Act)."),
         np(2, "This report considers whether Coastal Health met its duty under s. 30 of the Act to protect "
               "personal information in its custody, and whether it responded to the breach appropriately. It "
               "does not consider the conduct of the employee, which is the subject of a separate process."),
         "<h2>2.0 Issues</h2>",
         np(3, "The issues are: (1) whether Coastal Health made reasonable security arrangements against "
               "unauthorized access, as s. 30 of the Act requires; and (2) whether Coastal Health's response to "
               "the breach, including notification, was adequate."),
         "<h2>3.0 Analysis</h2>",
         "<h3>Reasonable security arrangements</h3>",
         np(4, "Section 30 of the Act reads:"),
         "<div class='quote'>30 A public body <b>must</b> protect personal information in its custody or under "
         "its control by making reasonable security arrangements against such risks as unauthorized collection, "
         "use, disclosure or disposal.</div>",
         np(5, "The clinical information system at Coastal Health gives 9,870 users region-wide access to patient "
               "records. Coastal Health audited access only when a patient complained. The clerk's access came to "
               "light when a patient asked for a record of who had viewed her chart. Table 1 shows audits "
               "carried out in the three years before the breach was found."),
         "<table><tr><th>Fiscal year</th><th>Users with region-wide access</th><th>Access audits completed</th>"
         "<th>Unauthorized accesses confirmed</th></tr>"
         "<tr><td>2022/23</td><td class='num'>9,144</td><td class='num'>31</td><td class='num'>4</td></tr>"
         "<tr><td>2023/24</td><td class='num'>9,502</td><td class='num'>27</td><td class='num'>6</td></tr>"
         "<tr><td>2024/25</td><td class='num'>9,870</td><td class='num'>35</td><td class='num'>5</td></tr></table>",
         "<div class='cap'>Table 1: Access audits at Coastal Health (source: Coastal Health)</div>",
         np(6, "In Investigation Report F19-04, my predecessor recommended that health authorities \"should "
               "conduct regular proactive audits of user access to electronic health records\". Coastal Health "
               "told us that it accepted that recommendation in 2019 but did not fund the audit software. An "
               "organization of Coastal Health's size should, in my view, have been able to detect a pattern of "
               "access of this scale within months, not years."),
         np(7, "Coastal Health's privacy training is part of orientation for new staff. The clerk completed it "
               "in 2014 and had not repeated it. Her confidentiality undertaking was signed once, on hire."),
         "<h3>Response to the breach</h3>",
         np(8, "Coastal Health contained the breach promptly: the clerk's access was suspended on June 30, 2025, "
               "the day the pattern was confirmed. However, notification letters were sent to affected "
               "individuals between 47 and 119 days after Coastal Health confirmed the access, and some letters "
               "did not say what information had been viewed."),
         np(9, "The Act contains no offence for an employee who wilfully accesses personal information without "
               "authority. Several other Canadian jurisdictions have created such an offence in their health "
               "information legislation."),
         "<h2>4.0 Summary of findings and recommendations</h2>",
         np(10, "I find that:"),
         "<ol class='f'>"
         "<li>Coastal Health did not make reasonable security arrangements against unauthorized access, "
         "contrary to s. 30 of the Act.</li>"
         "<li>Coastal Health did not audit access to its clinical information system proactively.</li>"
         "<li>Coastal Health gave region-wide access to far more users than needed it.</li>"
         "<li>Coastal Health's privacy training and confidentiality undertakings were not kept current.</li>"
         "<li>Coastal Health contained the breach promptly but did not notify affected individuals without "
         "unreasonable delay.</li></ol>",
         np(11, "I make the following recommendations:"),
         "<ol class='r'>" + "".join("<li><b>%s</b></li>" % R[n] for n in range(1, 8)) + "</ol>",
         np(12, "I ask Coastal Health to tell me within 60 days of the date of this report how it will respond "
                "to Recommendations 1 to 3 and 5 to 7, and I ask the Ministry of Health to do the same for "
                "Recommendation 4. I thank Coastal Health's staff for their cooperation with this investigation."),
         "<p style='margin-top:14pt'>April 14, 2026</p>",
         "<p>ORIGINAL SIGNED BY<br>Miriam Okafor-Lindqvist<br>Information and Privacy Commissioner</p>",
         "<p style='font-size:9pt'>OIPC File No.: F25-90113</p>"]
    return html_doc("".join(b))


def response():
    b = ["<div class='letterhead'><b style='font-size:14pt'>Coastal Regional Health Authority</b><br>"
         "Office of the President and Chief Executive Officer<br>"
         "<span style='font-size:9pt'>400 Harbourfront Way, Port Elgin | 604-555-0190</span></div>"
         "<div class='letter'>",
         "<p>June 9, 2026</p>",
         "<p>Miriam Okafor-Lindqvist<br>Information and Privacy Commissioner<br>Office of the Information and "
         "Privacy Commissioner<br>PO Box 9038, Stn Prov Govt</p>",
         "<p>Dear Commissioner Okafor-Lindqvist:</p>",
         "<p><b>Re: Investigation Report F26-02 (OIPC File F25-90113)</b></p>",
         "<p>Thank you for your report of April 14, 2026. As you requested, I am writing to set out how Coastal "
         "Health will respond to the recommendations directed to us. Our Board of Directors reviewed the report "
         "and this response at its meeting of May 28, 2026.</p>",
         "<p>I want to begin by apologizing, once again, to the 612 people whose records were viewed. The "
         "employee concerned is no longer employed by Coastal Health, and the matter has been reported to the "
         "RCMP and to her professional association.</p>",
         "<h4>Notifying affected individuals</h4>",
         "<p>We accept the recommendation on notification. Since January 2026 our Privacy Office has used a "
         "standard letter that tells individuals which parts of their record were viewed, and our breach "
         "procedure now sets a 30-day limit from confirmation to notification, monitored by the Chief Privacy "
         "Officer.</p>",
         "<h4>Auditing and access to the clinical information system</h4>",
         "<p>Coastal Health has signed a contract for automated access-monitoring software, which will run "
         "random and pattern-based audits across the system; it will be in production by November 2026. On "
         "access profiles, we have begun an annual review and removed region-wide access from 2,310 users. "
         "However, clinicians in our emergency, mental health and home care programs regularly treat patients "
         "from across the region, and we have concluded that region-wide access must remain the default for "
         "those programs; limiting it further would put patient care at risk.</p>",
         "<h4>Training and confidentiality undertakings</h4>",
         "<p>Annual privacy training became mandatory for all staff with system access on April 1, 2026, and "
         "access is now suspended automatically if the training and the annual confidentiality undertaking are "
         "not completed.</p>",
         "<h4>Public reporting</h4>",
         "<p>We have considered this recommendation carefully. Publishing disciplinary outcomes, even in "
         "aggregate, could identify individual employees in our smaller facilities, and our collective "
         "agreements limit what may be disclosed. For these reasons we will not be publishing a separate annual "
         "breach report. Breach statistics will continue to be reported to your office as required.</p>",
         "<h4>Recommendation 4</h4>",
         "<p>We note that Recommendation 4 is addressed to the Ministry of Health. We have shared your report "
         "with the Deputy Minister, and we would support an offence provision if the Ministry proposes one.</p>",
         "<p>Please contact our Chief Privacy Officer, Raj Bhandari, if you have any questions about this "
         "response.</p>",
         "<p>Sincerely,</p><p style='margin-top:18pt'>Dr. Lorne Achterberg<br>President and Chief Executive "
         "Officer</p>",
         "<p style='font-size:9.5pt'>cc: Deputy Minister of Health<br><span style='padding-left:22pt'>Chair, "
         "Board of Directors, Coastal Regional Health Authority</span></p>",
         "</div>"]
    return html_doc("".join(b))


NOTES = ("Provincial Information and Privacy Commissioner investigation report (BC-style, 'Investigation Report "
         "F26-02'): bracketed paragraph numbers [1]-[12], section 4.0 lists FINDINGS 1-5 ('I find that:') and then "
         "RECOMMENDATIONS 1-7 ('I make the following recommendations:') as bold numbered items, all 'X should ...'; "
         "4 is addressed to the Ministry of Health, the rest to Coastal Health. Traps: the numbered findings, s. 30 "
         "quoted ('must protect'), the 2019 Report F19-04 recommendation quoted ('should conduct regular "
         "proactive audits'), 'should, in my view, have been able to detect', Table 1, paragraph [12] asking for a "
         "response to 'Recommendations 1 to 3 and 5 to 7'. Response: the CEO's letter with underlined topic "
         "headings, no recommendation numbers except 4, order 3, 1+2, 5, 6, 4: notification accepted, 30-day limit "
         "(3 agrees); one paragraph on auditing and access: automated monitoring software by November 2026 (1 "
         "agrees), annual review and 2,310 users removed but region-wide access stays the default for three programs "
         "(2 partly); annual training mandatory since April 2026 (5 agrees); 'will not be publishing a separate "
         "annual breach report' (6 disagrees); Recommendation 4 addressed to the Ministry, report shared, would "
         "support (noted); 7 (ten-year log retention) unanswered. The apology paragraph (employee no longer "
         "employed, RCMP) answers no recommendation.")


def expected():
    sw = lambda n: " ".join(R[n].split()[:12])
    recs = [
        {"number": "1", "starts_with": sw(1), "reply_contains": "it will be in production by November 2026",
         "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2), "reply_contains": "region-wide access must remain the default for those programs",
         "verdict": "partly"},
        {"number": "3", "starts_with": sw(3), "reply_contains": "We accept the recommendation on notification",
         "verdict": "agrees"},
        {"number": "4", "starts_with": sw(4), "reply_contains": "We have shared your report with the Deputy Minister",
         "verdict": "noted"},
        {"number": "5", "starts_with": sw(5), "reply_contains": "Annual privacy training became mandatory for all staff",
         "verdict": "agrees"},
        {"number": "6", "starts_with": sw(6), "reply_contains": "we will not be publishing a separate annual breach report",
         "verdict": "disagrees"},
        {"number": "7", "starts_with": sw(7), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, ["has been reported to the RCMP and to her professional association"], NOTES)


def build(html, pdf, header):
    os.makedirs(TMP, exist_ok=True)
    hp = os.path.join(TMP, os.path.basename(pdf).replace(".pdf", ".html"))
    with open(hp, "w", encoding="utf-8") as fh:
        fh.write(html)
    H.chromium_pdf(hp, pdf)
    H.stamp(pdf, header=header, footer="{n}" if header else None, skip_first=True)


if __name__ == "__main__":
    build(advice(), H.out(NAME + "_advice.pdf"), "INVESTIGATION REPORT F26-02 - Information and Privacy Commissioner")
    build(response(), H.out(NAME + "_response.pdf"), "Coastal Regional Health Authority - response to Report F26-02")
    expected()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b44en.py"), NAME)) and 1)
