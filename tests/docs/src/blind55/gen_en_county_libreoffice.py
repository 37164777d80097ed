"""Round 55 (EN): a Kenyan county-government pair. Advice: a report of a SECTORAL COMMITTEE of the invented County
Assembly of Lowano on an inquiry into a stalled hospital project (genre of Kenyan county assembly committee reports:
preface with mandate and membership list, background, 'The Committee observed that-' (i)-(vi), 'the Committee
recommends THAT-' with lettered items (a)-(g), and an implementation matrix). Response: the county assembly's
HANSARD (Official Report) of a later sitting in which the Leader of Majority reads the County Executive's response
into the record ('First, ... Second, ...'), with communication from the Chair, a paper laid, a member's comment, a
notice of motion and the adjournment. Traps: Article 185(3) of the Constitution and the PFM Act duty, the numbered
membership list, observations (i)-(vi) with 'should have', the Auditor-General's recommendation quoted, a payments
table, the implementation matrix repeating the recommendations in short, a notice of motion 'urges the County
Executive to' in the response. LibreOffice Writer headless from HTML, A4, Liberation Serif; page numbers stamped
with PyMuPDF. All content (county, wards, people, contractor, figures) is invented; the Constitution of Kenya and the
Public Finance Management Act, 2012 are real, but what the documents say about them is not to be relied on.

Run:  /tmp/blind55en/bin/python tests/docs/src/blind55/gen_en_county_libreoffice.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b55en as H

NAME = "blind55_en_county"
TMP = "/tmp/blind55en_lo_out"

CSS = """
@page { size: 210mm 297mm; margin: 22mm 24mm 20mm 24mm; }
body { font-family: 'Liberation Serif'; font-size: 11.5pt; }
p { margin-top: 0; margin-bottom: 7pt; text-align: justify; }
h1 { font-family: 'Liberation Serif'; font-size: 13pt; text-align: center; margin-top: 0; margin-bottom: 4pt; }
h2 { font-family: 'Liberation Serif'; font-size: 11.5pt; margin-top: 10pt; margin-bottom: 5pt; }
td, th { font-family: 'Liberation Serif'; font-size: 10pt; vertical-align: top; }
th { background: #e4e4e4; }
.c { text-align: center; }
.rec { margin-left: 12mm; text-indent: -8mm; }
.obs { margin-left: 12mm; text-indent: -9mm; }
.small { font-size: 9pt; font-style: italic; }
"""

RECS = [
    ("a", "the County Executive Committee Member for Health Services submits to the Assembly, within sixty (60) days "
          "of the adoption of this Report, a revised work plan and costed completion schedule for the Maternity and "
          "Newborn Unit;"),
    ("b", "the County Executive terminates the contract with Mwanzo Builders Limited, calls up the performance bond "
          "and re-tenders the remaining works through open national tendering;"),
    ("c", "the County Public Service Board institutes disciplinary proceedings against the project engineer and the "
          "officers who certified payments for works not done;"),
    ("d", "the County Public Service Board recruits twenty-four (24) nursing officers and midwives for the Unit "
          "before it is commissioned;"),
    ("e", "the County Treasury ring-fences an allocation of KSh 52.3 million in the 2027/2028 budget estimates for "
          "the completion of the Unit;"),
    ("f", "the Department of Health Services installs a standby generator and piped oxygen in the existing maternity "
          "ward within ninety (90) days, as an interim measure; and"),
    ("g", "the County Executive Committee Member for Health Services submits quarterly reports to the Committee on "
          "the implementation of these recommendations."),
]


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" + body +
            "</body></html>")


def grid(rows, widths, right=()):
    h = "<table width='100%' cellpadding='4' cellspacing='0' border='1'>"
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        h += "<tr>" + "".join("<%s width='%d%%'%s>%s</%s>" % (
            tag, w, " align='right'" if (j in right and i) else "", x, tag)
            for j, (x, w) in enumerate(zip(r, widths))) + "</tr>"
    return h + "</table>"


def advice():
    b = ("<h1>COUNTY ASSEMBLY OF LOWANO</h1><p class='c'>THIRD ASSEMBLY - FOURTH SESSION</p>"
         "<h1>SECTORAL COMMITTEE ON HEALTH SERVICES</h1>"
         "<p class='c'><b>REPORT ON THE INQUIRY INTO THE STALLED MATERNITY AND NEWBORN UNIT AT LOWANO COUNTY "
         "REFERRAL HOSPITAL</b></p>"
         "<p class='c'>Clerk's Chambers, County Assembly Buildings, LOWANO - September 2026</p>")
    b += "<h2>1.0 PREFACE</h2><h2>1.1 Mandate of the Committee</h2>"
    b += ("<p>The Sectoral Committee on Health Services is established under Standing Order 191 of the County "
          "Assembly of Lowano Standing Orders. Article 185(3) of the Constitution of Kenya provides that a county "
          "assembly, while respecting the principle of the separation of powers, may exercise oversight over the "
          "county executive committee and any other county executive organs.</p>")
    b += "<h2>1.2 Committee Membership</h2><p>The Committee comprises the following Members:</p>"
    for i, m in enumerate(["Hon. Grace Achieng Odera, MCA - Chairperson", "Hon. Daniel Kiprop Tanui, MCA - Vice "
                           "Chairperson", "Hon. Mercy Wanjiru Gathoni, MCA", "Hon. Samuel Otieno Obura, MCA",
                           "Hon. Halima Abdi Noor, MCA", "Hon. Peter Mutua Kyalo, MCA", "Hon. Beatrice Nafula "
                           "Wekesa, MCA"], 1):
        b += "<p class='rec'>%d.&#9;%s</p>" % (i, m)
    b += "<h2>1.3 The Inquiry</h2>"
    b += ("<p>Following a Statement sought by the Member for Nyabera Ward on the stalled works, the Committee "
          "resolved on 3rd March 2026 to inquire into the project. It visited the site on 14th April 2026 and held "
          "meetings with the County Executive Committee Member (CECM) for Health Services, the Chief Officer, the "
          "County Director of Public Works and the contractor.</p>"
          "<p>On behalf of the Committee, and pursuant to Standing Order 199, it is my pleasant duty to table this "
          "Report and to recommend it to the House for adoption.</p>"
          "<p><b>Hon. Grace Achieng Odera, MCA<br>Chairperson, Sectoral Committee on Health Services</b></p>")
    b += "<h2>2.0 BACKGROUND</h2>"
    b += ("<p>In June 2021 the Department of Health Services awarded Mwanzo Builders Limited a contract of KSh "
          "248,700,000 for a 150-bed Maternity and Newborn Unit, to be completed within eighteen months. Works "
          "stalled in September 2024. The payments made are shown below.</p>")
    b += grid([("Financial year", "Certificates paid", "Amount paid (KSh)"), ("2021/2022", "2", "61,200,000"),
               ("2022/2023", "3", "83,950,000"), ("2023/2024", "2", "51,250,000"),
               ("Total", "7", "196,400,000")], (40, 25, 35), right=(1, 2))
    b += "<p></p><h2>3.0 COMMITTEE OBSERVATIONS</h2><p>The Committee observed that-</p>"
    for n, t in (("(i)", "payments of KSh 196.4 million, or 79 per cent of the contract sum, had been made for works "
                         "that the County Director of Public Works valued at 58 per cent complete, an overpayment of "
                         "about KSh 42.6 million;"),
                 ("(ii)", "the Department should have invoked the liquidated damages clause when the contractor "
                          "failed to complete the works in December 2022, but did not do so;"),
                 ("(iii)", "the existing 36-bed maternity ward handles about 620 deliveries a month and has no "
                           "standby generator; two newborns died during power outages in February 2026;"),
                 ("(iv)", "the Auditor-General, in the report on the County Executive for the financial year "
                          "2024/2025, recommended that \"the Accounting Officer should recover the overpayment from "
                          "the contractor or from the performance bond\", which had not been done;"),
                 ("(v)", "under the Public Finance Management Act, 2012, the accounting officer of a county "
                         "government entity shall ensure that its resources are used in a way that is lawful, "
                         "effective, efficient, economical and transparent; and"),
                 ("(vi)", "the Unit, once complete, will require at least 24 additional nursing officers and "
                          "midwives, for whom no budget provision has been made.")):
        b += "<p class='obs'>%s&#9;%s</p>" % (n, t)
    b += "<h2>4.0 COMMITTEE RECOMMENDATIONS</h2><p>Arising from the foregoing observations, the Committee " \
         "recommends THAT-</p>"
    for lab, t in RECS:
        b += "<p class='rec'>(%s)&#9;%s</p>" % (lab, t)
    b += "<h2>5.0 IMPLEMENTATION MATRIX</h2>"
    b += grid([("No.", "Recommendation (summary)", "Responsible", "Timeline"),
               ("1", "Revised work plan and completion schedule", "CECM Health Services", "60 days"),
               ("2", "Termination of contract and re-tendering", "County Executive", "90 days"),
               ("3", "Disciplinary proceedings", "County Public Service Board", "90 days"),
               ("4", "Recruitment of 24 nursing officers and midwives", "County Public Service Board",
                "Before commissioning"),
               ("5", "Ring-fenced allocation in the 2027/2028 budget", "County Treasury", "Budget cycle"),
               ("6", "Generator and piped oxygen in the existing ward", "Department of Health Services", "90 days"),
               ("7", "Quarterly reports to the Committee", "CECM Health Services", "Quarterly")], (7, 48, 27, 18))
    return page(b)


def response():
    b = ("<p class='small'>Disclaimer: The electronic version of the Official Hansard Report is for information "
         "purposes only. A certified version of this Report can be obtained from the Hansard Editor.</p>"
         "<h1>COUNTY ASSEMBLY OF LOWANO</h1><h1>OFFICIAL REPORT</h1>"
         "<p class='c'>Thursday, 19th November, 2026</p>"
         "<p class='c'>The House met at 2.30 p.m.</p>"
         "<p class='c'>[The Speaker (Hon. Peter Omondi Were) in the Chair]</p>"
         "<p class='c'><b>PRAYERS</b></p><p class='c'><b>COMMUNICATION FROM THE CHAIR</b></p>"
         "<p><b>Hon. Speaker:</b> Hon. Members, I wish to recognise in the Speaker's Gallery students and teachers "
         "from Kanyamwa Mixed Secondary School, who are here to learn about the work of the Assembly. On your "
         "behalf, and on my own behalf, I welcome them.</p>"
         "<p class='c'><b>PAPER LAID</b></p>"
         "<p><b>Hon. (Ms.) Jane Akinyi Otieno (Leader of Majority):</b> Hon. Speaker, I beg to lay the following "
         "Paper on the Table of the House: the Lowano County Fiscal Strategy Paper for the financial year "
         "2027/2028.</p>"
         "<p class='c'><b>STATEMENT</b></p>"
         "<p class='c'><b>RESPONSE OF THE COUNTY EXECUTIVE ON THE REPORT ON THE STALLED MATERNITY AND NEWBORN "
         "UNIT</b></p>"
         "<p><b>Hon. Speaker:</b> Leader of Majority.</p>"
         "<p><b>Hon. (Ms.) Jane Akinyi Otieno (Leader of Majority):</b> Thank you, Hon. Speaker. This House adopted "
         "the Report of the Sectoral Committee on Health Services on the stalled Maternity and Newborn Unit on 6th "
         "October 2026. I have received the following response from the CECM for Health Services, which I now "
         "read into the record:</p>"
         "<p>\"First, on the interim measures at the existing maternity ward, I am pleased to report that a 200 kVA "
         "standby generator was installed and commissioned on 2nd November 2026, and that oxygen has been piped to "
         "all 36 beds since 16th November 2026.</p>"
         "<p>Second, on staffing and funding, the County Public Service Board has advertised twelve posts of "
         "nursing officers and midwives in this financial year. The remaining twelve will be recruited in the "
         "financial year 2027/2028, subject to the wage bill ceiling. The County Treasury has included KSh 52.3 "
         "million for the completion of the Unit in the 2027/2028 budget estimates, as a ring-fenced "
         "allocation.</p>"
         "<p>Third, on the contract, the County Executive has not terminated the contract with Mwanzo Builders "
         "Limited. On the advice of the County Attorney, termination at this stage would expose the County to "
         "claims of about KSh 31 million. The contractor has instead signed a variation agreement under which the "
         "overpayment will be recovered from the remaining certificates.</p>"
         "<p>Fourth, the revised work plan and costed completion schedule is attached to this response. The Unit "
         "will be completed and handed over by 30th June 2027.</p>"
         "<p>Fifth, the Department has forwarded the Report to the County Public Service Board, which, as an "
         "independent body, will determine whether disciplinary proceedings are warranted against any "
         "officer.\"</p>"
         "<p>Hon. Speaker, I beg to lay the response on the Table of the House.</p>"
         "<p><b>Hon. Speaker:</b> Chairperson, Health Services.</p>"
         "<p><b>Hon. (Ms.) Grace Achieng Odera (Chairperson, Health Services Committee):</b> Thank you, Hon. "
         "Speaker. The Committee will make a further visit to the site in February 2027 and will report to the "
         "House on what it finds there.</p>"
         "<p><b>Hon. Speaker:</b> The response is committed to the Sectoral Committee on Health Services for "
         "follow-up. Next Order.</p>"
         "<p class='c'><b>NOTICE OF MOTION</b></p><p class='c'><b>CONSTRUCTION OF BODA BODA SHEDS IN ALL "
         "WARDS</b></p>"
         "<p><b>Hon. Samuel Otieno Obura (Nyabera Ward):</b> Hon. Speaker, I beg to give notice of the following "
         "Motion: THAT, aware that motorcycle taxi operators in Lowano County wait for passengers without shelter "
         "from sun and rain; this House urges the County Executive to construct boda boda sheds at the main "
         "market centres in all wards in the financial year 2027/2028.</p>"
         "<p class='c'><b>ADJOURNMENT</b></p>"
         "<p><b>Hon. Speaker:</b> Hon. Members, the time being 4.10 p.m., the House stands adjourned until Tuesday, "
         "24th November, 2026 at 2.30 p.m.</p>"
         "<p class='c'>The House rose at 4.10 p.m.</p>")
    return page(b)


NOTES = ("Kenyan county-government pair: report of the Sectoral Committee on Health Services of the invented County "
         "Assembly of Lowano on its inquiry into a stalled Maternity and Newborn Unit, answered by the county "
         "assembly's HANSARD (Official Report) of 19th November 2026, in which the Leader of Majority reads the "
         "County Executive's response into the record. Recommendations: lettered items (a)-(g) after 'the Committee "
         "recommends THAT-', each beginning with the body addressed ('the County Executive Committee Member ...', "
         "'the County Public Service Board ...'). Traps: Article 185(3) of the Constitution, the membership list "
         "1.-7., the Chairperson's 'recommend it to the House for adoption', the payments table, observations "
         "(i)-(vi) after 'The Committee observed that-' with 'should have invoked' and the PFM Act 'shall ensure', "
         "the Auditor-General's recommendation quoted in (iv), the implementation matrix 1-7 repeating the "
         "recommendations in short with other numbers. Response order: f, d+e, b, a, c, each a paragraph 'First, "
         "... Second, ...' inside the quoted response. Key: f generator commissioned and oxygen piped (agrees); one "
         "paragraph: d twelve posts now, twelve next year subject to the wage bill ceiling (partly) + e KSh 52.3 "
         "million ring-fenced in the 2027/2028 estimates (agrees); b 'has not terminated the contract', variation "
         "agreement instead (disagrees); a revised work plan attached, completion by 30th June 2027 (agrees); c "
         "forwarded to the independent County Public Service Board, which 'will determine whether' (noted); g "
         "quarterly reports unanswered. Unmatched: the Speaker's welcome of visiting students, the Fiscal Strategy "
         "Paper laid, the Chairperson's further site visit, the notice of motion on boda boda sheds ('this House "
         "urges the County Executive to'), the adjournment.")


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.soffice_pdf(src, TMP)
        os.replace(os.path.join(TMP, NAME + "_" + part + ".pdf"), H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), footer="{n}", skip_first=True,
            fontfile=H.clean_font("LiberationSerif-Regular.ttf"), size=9)
    H.stamp(H.out(NAME + "_response.pdf"), header="Thursday, 19th November, 2026                COUNTY "
            "ASSEMBLY OF LOWANO DEBATES", footer="{n}", skip_first=True,
            fontfile=H.clean_font("LiberationSerif-Regular.ttf"), size=9)
    sw = lambda i, n=11: " ".join(RECS[i][1].split()[:n])
    recs = [
        {"number": "a", "starts_with": sw(0),
         "reply_contains": "will be completed and handed over by 30th June 2027", "verdict": "agrees"},
        {"number": "b", "starts_with": sw(1),
         "reply_contains": "the County Executive has not terminated the contract", "verdict": "disagrees"},
        {"number": "c", "starts_with": sw(2),
         "reply_contains": "as an independent body, will determine whether disciplinary proceedings",
         "verdict": "noted"},
        {"number": "d", "starts_with": sw(3),
         "reply_contains": "The remaining twelve will be recruited in the financial year", "verdict": "partly"},
        {"number": "e", "starts_with": sw(4),
         "reply_contains": "in the 2027/2028 budget estimates, as a ring-fenced allocation", "verdict": "agrees"},
        {"number": "f", "starts_with": sw(5),
         "reply_contains": "standby generator was installed and commissioned on 2nd November", "verdict": "agrees"},
        {"number": "g", "starts_with": sw(6), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, ["students and teachers from Kanyamwa Mixed Secondary School",
                                  "will make a further visit to the site in February 2027",
                                  "this House urges the County Executive to construct boda boda sheds"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b55en.py"), NAME)) and 1)
