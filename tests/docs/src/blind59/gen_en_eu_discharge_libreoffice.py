"""Round 59 (EN): a European Parliament DISCHARGE RESOLUTION on an EU agency and the agency's FOLLOW-UP REPORT to it.
Advice: 'European Parliament resolution of 7 May 2026 with observations forming an integral part of the decision on
discharge in respect of the implementation of the budget of the European Union Agency for Inland Navigation Safety
(EUINS) for the financial year 2024' (genre of the European Parliament's 'Texts adopted' discharge resolutions on
the decentralised agencies: citations '- having regard to', recitals 'A.'-'C.' ('whereas'), then paragraphs 1.-20.
under run-in sub-headings, each opening with a capitalised verb: 'Notes', 'Notes with satisfaction', 'Acknowledges',
'Recalls', 'Welcomes', 'Reiterates' beside the recommendations 'Calls on the Agency to', 'Urges the Agency to',
'Asks the Agency to', 'Encourages the Agency to'; a closing 'Refers, for other observations ...'). Response:
'Follow-up to the European Parliament's observations in the discharge resolution for the financial year 2024'
(genre of the agencies' follow-up reports to the discharge authority: a covering letter from the Executive Director
citing Article 262 of the Financial Regulation, then a ruled table 'Para. | Observation of the discharge authority
| Measures taken by the Agency | Status' grouped under the agency's OWN headings, in another order, with rows on
paragraphs that are not recommendations). Recommendations: paragraphs 4, 7, 9, 11, 14, 16, 18 (numbers = paragraph
numbers). Traps: the recitals, 'Notes ...' paragraphs with figures and concerns, paragraph 6 recalling the
Financial Regulation's requirement, paragraph 13 quoting the previous year's call, the closing cross-reference.
LibreOffice Writer headless from HTML (--infilter="HTML (StarWriter)"), A4, Liberation Sans/Serif, borderless
tables for the hanging paragraph numbers, a ruled table in the response; page numbers stamped with PyMuPDF. All
content is invented (the European Parliament, the Court of Auditors, the Internal Audit Service, OLAF, EMAS and the
Financial Regulation are real; the agency, its figures and people are not).

Run:  /tmp/blind59en/bin/python tests/docs/src/blind59/gen_en_eu_discharge_libreoffice.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b59en as H

NAME = "blind59_en_eu_discharge"
TMP = "/tmp/blind59en_eu_discharge"

RECS = {
    4: "Calls on the Agency to reduce the level of carry-overs of committed appropriations, in particular for "
       "Titles II and III, and to report to the discharge authority on the measures taken;",
    7: "Urges the Agency to correct the weaknesses identified by the Court in its procurement procedures and to "
       "ensure that negotiated procedures without prior publication are used only where the conditions laid down "
       "in the Financial Regulation are met;",
    9: "Calls on the Agency to adopt a strategy for achieving gender balance at senior management level and to "
       "report to the discharge authority on its progress by the end of 2026;",
    11: "Calls on the Agency to publish on its website the CVs and declarations of interests of all members of its "
        "Management Board;",
    14: "Asks the Agency to explore with the other Union agencies and bodies located in Vienna the sharing of "
        "services, in particular in accounting, human resources and IT support, and to report on the savings "
        "achieved;",
    16: "Urges the Agency to set up, by the end of 2026, an external and confidential channel for reporting "
        "irregularities, in addition to its internal whistleblowing rules;",
    18: "Encourages the Agency to obtain registration under the EU Eco-Management and Audit Scheme (EMAS) by 2027;",
}

PARAS = [
    ("Budget and financial management", [
        (1, "Notes that, according to the Agency's statement of revenue and expenditure, its final budget for the "
            "financial year 2024 was EUR 38 412 000, representing an increase of 6.2 % compared with 2023; notes "
            "that the Agency's budget derives almost entirely from the Union budget;"),
        (2, "Notes with satisfaction that the budget monitoring efforts during the financial year 2024 resulted in "
            "a budget implementation rate of 98.7 % and a payment appropriations execution rate of 81.4 %;"),
        (3, "Notes that the level of carry-overs of committed appropriations was 31 % for Title II "
            "(administrative expenditure) and 44 % for Title III (operational expenditure); acknowledges that "
            "carry-overs may be partly justified by the multiannual nature of the Agency's operational projects;"),
        (4, None),
    ]),
    ("Procurement", [
        (5, "Notes from the Court's report that the Agency concluded a framework contract for IT services worth "
            "EUR 4 200 000 following a negotiated procedure without prior publication; notes that the Court "
            "considers that the conditions for the use of that procedure were not met and that the related "
            "payments of EUR 640 000 made in 2024 are irregular;"),
        (6, "Recalls that the Financial Regulation requires contracting authorities to use open or restricted "
            "procedures, except in the exceptional cases that it lists exhaustively;"),
        (7, None),
    ]),
    ("Staff policy", [
        (8, "Notes that, on 31 December 2024, the establishment plan was 96.8 % implemented, with 152 temporary "
            "agents appointed out of 157 authorised; notes with concern that only two of the Agency's nine senior "
            "managers are women;"),
        (9, None),
        (10, "Welcomes the adoption by the Agency of a policy on protecting the dignity of the person and "
             "preventing psychological and sexual harassment;"),
    ]),
    ("Prevention and management of conflicts of interest, and transparency", [
        (11, None),
        (12, "Notes that the Agency has adopted internal rules on whistleblowing based on the Commission's "
             "guidelines; notes that no reports were received in 2024;"),
        (13, "Recalls its call in its resolution on the 2023 discharge for the Agency \"to strengthen the "
             "protection of whistleblowers and to raise staff awareness of the existing rules\";"),
    ]),
    ("Internal control", [
        (14, None),
        (15, "Notes that the Commission's Internal Audit Service (IAS) issued an audit report on the Agency's "
             "grant management in 2024 containing one 'very important' recommendation; notes that the Agency has "
             "prepared an action plan to address it;"),
        (16, None),
    ]),
    ("Other comments", [
        (17, "Welcomes the Agency's efforts to reduce its carbon footprint, including the reduction of business "
             "travel by 23 % compared with 2019;"),
        (18, None),
        (19, "Notes that the number of followers of the Agency's social media accounts increased by 41 % in "
             "2024;"),
        (20, "Refers, for other observations of a cross-cutting nature accompanying its decision on discharge, to "
             "its resolution of 7 May 2026 on the performance, financial management and control of the "
             "agencies."),
    ]),
]

CSS = """
@page { size: 210mm 297mm; margin: 20mm 22mm 20mm 22mm; }
body { font-family: 'Liberation Serif'; font-size: 11pt; }
p { font-family: 'Liberation Serif'; font-size: 11pt; margin-top: 0; margin-bottom: 6pt; text-align: justify; }
.hdr { font-family: 'Liberation Sans'; font-size: 9pt; color: #333333; margin-bottom: 2pt; text-align: left; }
.ta { font-family: 'Liberation Sans'; font-size: 13pt; font-weight: bold; color: #1f3f8f; margin-bottom: 10pt; }
.title { font-family: 'Liberation Serif'; font-size: 12pt; font-weight: bold; margin-bottom: 10pt; }
.sh { font-family: 'Liberation Serif'; font-size: 11pt; font-style: italic; font-weight: bold; margin-top: 8pt;
      margin-bottom: 5pt; }
td { font-family: 'Liberation Serif'; font-size: 11pt; vertical-align: top; }
.rt td { font-family: 'Liberation Sans'; font-size: 8.5pt; }
.rh { font-family: 'Liberation Sans'; font-size: 10pt; font-weight: bold; margin-top: 8pt; margin-bottom: 4pt; }
.lt p { font-family: 'Liberation Sans'; font-size: 10pt; }
"""


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" + body +
            "</body></html>")


def hang(rows, w=9):
    h = "<table width='100%' cellpadding='2' cellspacing='0' border='0'>"
    for lab, t in rows:
        h += ("<tr><td valign='top' width='%d%%'><p>%s</p></td><td valign='top' width='%d%%'><p>%s</p></td></tr>" % (w, lab, 100 - w, t))
    return h + "</table>"


def advice():
    b = ["<p class='hdr'>European Parliament</p><p class='hdr'>2024-2029</p>",
         "<p class='ta'>TEXTS ADOPTED</p>",
         "<p class='hdr'><b>P10_TA(2026)0214</b></p>",
         "<p class='title'>Discharge 2024: European Union Agency for Inland Navigation Safety (EUINS)</p>",
         "<p><b>European Parliament resolution of 7 May 2026 with observations forming an integral part of the "
         "decision on discharge in respect of the implementation of the budget of the European Union Agency for "
         "Inland Navigation Safety (EUINS) for the financial year 2024 (2025/2114(DEC))</b></p>",
         "<p><i>The European Parliament,</i></p>",
         hang([("-", "having regard to its decision on discharge in respect of the implementation of the budget of "
                     "the European Union Agency for Inland Navigation Safety for the financial year 2024,"),
               ("-", "having regard to Rule 102 of and Annex V to its Rules of Procedure,"),
               ("-", "having regard to the report of the Committee on Budgetary Control (A10-0087/2026),")], 5),
         hang([("A.", "whereas, according to its statement of revenue and expenditure, the final budget of the "
                      "Agency for the financial year 2024 was EUR 38 412 000;"),
               ("B.", "whereas the Court of Auditors, in its report on the annual accounts of the Agency for the "
                      "financial year 2024, has stated that it has obtained reasonable assurance that the annual "
                      "accounts are reliable, but has issued a qualified opinion on the legality and regularity of "
                      "the underlying payments;"),
               ("C.", "whereas the Agency's staff should be able to report irregularities without fear of "
                      "retaliation;")], 5),
         ]
    for sh, rows in PARAS:
        b.append("<p class='sh'>%s</p>" % sh)
        b.append(hang([("%d." % n, t if t is not None else RECS[n]) for n, t in rows]))
    return page("".join(b))


def response():
    rows = [
        ("1. Governance, ethics and transparency", [
            ("11, 16", "Publication of CVs and declarations of interests of the Management Board; external "
                       "reporting channel",
             "The CVs and declarations of interests of all Management Board members have been published on the "
             "Agency's website since 16 March 2026. As regards an external reporting channel, the Agency's rules "
             "already allow staff to report directly to OLAF and to the European Ombudsman. The Agency considers "
             "that these arrangements give sufficient protection and does not plan to set up an additional "
             "external channel.", "Completed (11); not planned (16)"),
            ("15", "IAS audit on grant management",
             "Four of the five actions in the action plan agreed with the IAS have been closed. The last action, "
             "on ex post controls of grant beneficiaries, will be closed by December 2026.", "Ongoing"),
        ]),
        ("2. Financial management and procurement", [
            ("7", "Procurement weaknesses identified by the Court",
             "The Agency agrees with the Court's finding. The framework contract was terminated on 31 January "
             "2026 and replaced by a contract awarded through an open procedure. Every negotiated procedure is now "
             "subject to an ex ante check by the Financial Verification team.", "Completed"),
            ("4", "Carry-overs of committed appropriations",
             "Carry-overs under Title II fell to 19 % in 2025, following earlier launch of administrative "
             "procurement. Carry-overs under Title III reflect multiannual research projects that run across "
             "financial years, and the Agency does not consider that a further reduction would be appropriate "
             "for that Title.", "Partially completed"),
        ]),
        ("3. Human resources", [
            ("8", "Implementation of the establishment plan",
             "No action required. The establishment plan was 98.1 % implemented at the end of 2025.",
             "Not applicable"),
            ("9", "Gender balance at senior management level",
             "A Gender Equality Action Plan was adopted by the Executive Director in February 2026, with a target of "
             "at least 40 % women in senior management by 2028. Progress will be reported in the Consolidated "
             "Annual Activity Report.", "Ongoing"),
        ]),
        ("4. Environmental management", [
            ("18", "EMAS registration",
             "The Agency takes note of this observation. Its premises are rented from the host State, and "
             "registration depends on the landlord's cooperation. The feasibility of EMAS registration will be "
             "assessed in 2027.", "Under assessment"),
        ]),
    ]
    b = ["<div class='lt'>",
         "<p class='hdr'><b>EUINS</b> - European Union Agency for Inland Navigation Safety</p>",
         "<p class='hdr'>The Executive Director</p>",
         "<p style='text-align:right'>Vienna, 30 September 2026<br/>EUINS/ED/2026/0412</p>",
         "<p>Ms Katarzyna Wolska-Berg<br/>Chair of the Committee on Budgetary Control<br/>European Parliament</p>",
         "<p><b>Subject: Follow-up to the European Parliament's observations in the discharge resolution for the "
         "financial year 2024</b></p>",
         "<p>Dear Ms Wolska-Berg,</p>",
         "<p>In accordance with Article 262 of the Financial Regulation, I am pleased to send you the Agency's "
         "report on the measures taken in the light of the observations accompanying the discharge decision of 7 "
         "May 2026. The report is set out in the annex, following the structure of the Agency's work "
         "programme.</p>",
         "<p>The Agency remains at the disposal of the Committee for any further information.</p>",
         "<p>Yours sincerely,</p><p>Dr Henrik Vogel-Ansgar</p>",
         "</div>",
         "<p class='rh' style='page-break-before: always'>Annex: Measures taken by the Agency</p>"]
    for head, rs in rows:
        b.append("<p class='rh'>%s</p>" % head)
        b.append("<table class='rt' width='100%' border='1' cellpadding='4' cellspacing='0'>"
                 "<tr bgcolor='#dfe5f2'><td width='8%'><b>Para.</b></td><td width='24%'><b>Observation of the "
                 "discharge authority</b></td><td width='52%'><b>Measures taken by the Agency</b></td>"
                 "<td width='16%'><b>Status</b></td></tr>")
        for para, obs, meas, st in rs:
            b.append("<tr valign='top'><td valign='top'>%s</td><td valign='top'>%s</td><td valign='top'>%s</td><td valign='top'>%s</td></tr>" % (para, obs, meas, st))
        b.append("</table>")
    return page("".join(b))


NOTES = ("European Parliament discharge pair: the EP's resolution with observations accompanying the 2024 discharge "
         "of the (invented) European Union Agency for Inland Navigation Safety, answered by the Agency's follow-up "
         "report (covering letter + annex table). Recommendations: the seven numbered paragraphs that ask the "
         "Agency to act ('Calls on the Agency to' 4, 9, 11; 'Urges the Agency to' 7, 16; 'Asks the Agency to "
         "explore' 14; 'Encourages the Agency to' 18); numbers are the paragraph numbers. Not recommendations: "
         "the citations, recitals A.-C. (C. 'should be able to report'), the 'Notes', 'Notes with satisfaction', "
         "'Acknowledges', 'Welcomes' paragraphs, 6 'Recalls that the Financial Regulation requires', 13 quoting "
         "the 2023 call, 20 'Refers ...'. The annex table is grouped under the Agency's own headings, in the order "
         "11+16 (one row: 11 CVs published, agrees; 16 'does not plan to set up an additional external channel', "
         "disagrees), 15 (IAS, a 'Notes' paragraph: unmatched), 7 (agrees, contract terminated), 4 (Title II "
         "reduced, Title III not: partly), 8 ('No action required', unmatched), 9 (action plan adopted, agrees), "
         "18 ('takes note', feasibility to be assessed: noted); 14 (shared services in Vienna) unanswered. "
         "Unmatched also: the covering letter's two paragraphs.")


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.soffice_pdf(src, TMP)
        os.replace(os.path.join(TMP, NAME + "_" + part + ".pdf"), H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), footer="{n}", size=9)
    H.stamp(H.out(NAME + "_response.pdf"), footer="{n}/{N}", size=8)
    sw = lambda k, n=10: " ".join(RECS[k].split()[:n])
    recs = [
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "the Agency does not consider that a further reduction would be appropriate",
         "verdict": "partly"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "The framework contract was terminated on 31 January 2026", "verdict": "agrees"},
        {"number": "9", "starts_with": sw(9),
         "reply_contains": "A Gender Equality Action Plan was adopted by the Executive Director",
         "verdict": "agrees"},
        {"number": "11", "starts_with": sw(11),
         "reply_contains": "have been published on the Agency's website since 16 March 2026", "verdict": "agrees"},
        {"number": "14", "starts_with": sw(14), "reply_contains": None, "verdict": "unanswered"},
        {"number": "16", "starts_with": sw(16),
         "reply_contains": "does not plan to set up an additional external channel", "verdict": "disagrees"},
        {"number": "18", "starts_with": sw(18),
         "reply_contains": "The feasibility of EMAS registration will be assessed in 2027", "verdict": "noted"},
    ]
    H.write_expected(NAME, recs, ["I am pleased to send you the Agency's report",
                                  "Four of the five actions in the action plan",
                                  "The establishment plan was 98.1 % implemented",
                                  "remains at the disposal of the Committee"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b59en.py"), NAME)) and 1)
