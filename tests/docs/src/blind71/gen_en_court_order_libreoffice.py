"""Round 71 (EN): a US STATE SUPREME COURT ADVISORY COMMITTEE'S REPORT ON RULES OF PROCEDURE (genre of the
standing advisory committees that propose amendments to a state supreme court's rules: a caption with the
administrative file number, an introduction, background, a summary paraphrase, each recommendation under a
numbered heading naming the rule, a sentence 'The committee recommends amending Rule ...', the proposed
amendment with deletions struck through and additions underlined, a member's minority statement and 'matters
considered but not recommended') answered by the COURT'S ORDER PROMULGATING AMENDMENTS (the caption 'IN SUPREME
COURT', recitals on the report and the public comment period, 'IT IS HEREBY ORDERED THAT:' with numbered
paragraphs, 'BY THE COURT', then the court's MEMORANDUM explaining where it departs from the committee and a
justice's separate opinion 'dissenting in part').
Advice: State of Allegheny, Supreme Court Advisory Committee on the Rules of Juvenile Protection Procedure,
'Final Report and Recommendations', ADM10-8042, January 15, 2026, US Letter, 3 p.; recommendations 1-7 under
numbered headings.
Response: 'Order Promulgating Amendments to the Rules of Juvenile Protection Procedure', June 24, 2026, with the
memorandum and a dissent in part, 2 p.; order 2, 4+6 (one paragraph), 3, 1, 5; 7 (further study of family
treatment courts) is not answered.
LibreOffice Writer headless from HTML (US Letter, Liberation Serif), page numbers stamped with PyMuPDF. The Indian
Child Welfare Act of 1978 is real (what is said of it here is not to be relied on); the State of Allegheny, its
court, justices, committee, rules, comments and figures are invented.

Run:  /tmp/blind71en/bin/python tests/docs/src/blind71/gen_en_court_order_libreoffice.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b71en as H

NAME = "blind71_en_court_order"
TMP = "/tmp/blind71en_court_order"

RECS = [
    "The committee recommends amending Rule 27.03 to permit any party, participant, or witness to appear at a "
    "hearing by interactive video on request, without a showing of good cause.",
    "The committee recommends amending Rule 25.02 to require the court to appoint counsel for every child aged "
    "ten or older who is the subject of a juvenile protection matter.",
    "The committee recommends amending Rule 33.01 to shorten the time for filing a permanency petition from "
    "twelve months to nine months after placement for every child under eight years of age.",
    "The committee recommends amending Rule 30.01 to require that notice of an emergency protective care hearing "
    "be given to the child's tribe by telephone or electronic mail as well as by mail.",
    "The committee recommends that the State Court Administrator develop statewide forms written in plain "
    "language for parents who are not represented by counsel, available in English, Spanish, and Somali.",
    "The committee recommends amending Rule 8.04 to give foster parents access to the portions of the court file "
    "that concern the child's health and education.",
    "The committee recommends that the court direct it to study the use of family treatment courts in juvenile "
    "protection matters and to report its findings by December 31, 2027.",
]

CSS = """
@page { size: 8.5in 11in; margin: 1in 1in 1in 1in; }
p { font-family: 'Liberation Serif'; font-size: 12pt; margin-top: 0; margin-bottom: 8pt; line-height: 122%;
    text-align: justify; }
.c { text-align: center; margin-bottom: 2pt; }
.cb { text-align: center; font-weight: bold; margin-bottom: 2pt; }
.h { font-weight: bold; margin-top: 10pt; margin-bottom: 6pt; text-align: left; }
.hc { font-weight: bold; text-align: center; margin-top: 12pt; margin-bottom: 8pt; }
.rule { margin-left: 0.5in; margin-right: 0.3in; font-size: 11pt; }
.in { text-indent: 0.5in; }
.it { margin-left: 0.5in; text-indent: -0.3in; }
.sm { font-size: 10.5pt; }
.sp { margin-bottom: 12pt; font-size: 6pt; }
td p { text-align: left; font-size: 10.5pt; margin-bottom: 2pt; }
"""


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" + body +
            "</body></html>")


def caption(title_lines):
    return ("<p class='cb'>STATE OF ALLEGHENY</p><p class='cb'>IN SUPREME COURT</p><p class='cb'>ADM10-8042</p>"
            "<p class='sp'></p>" + "".join("<p class='cb'>%s</p>" % t for t in title_lines[:-1]) +
            "<p class='cb' style='margin-bottom: 16pt'>%s</p>" % title_lines[-1])


def rec(no, title, k, why, rule):
    return ("<p class='h'>%d. %s</p>" % (no, title) + "<p class='in'>%s %s</p>" % (RECS[k - 1], why) +
            "<p class='sm'><i>Proposed amendment:</i></p><p class='rule'>%s</p>" % rule)


def advice():
    b = ["<p class='cb'>STATE OF ALLEGHENY</p><p class='cb'>SUPREME COURT</p>",
         "<p class='cb'>ADVISORY COMMITTEE ON THE RULES OF JUVENILE PROTECTION PROCEDURE</p>",
         "<p class='sp'></p><p class='cb'>FINAL REPORT AND RECOMMENDATIONS</p>",
         "<p class='c'>File No. ADM10-8042</p><p class='c'>January 15, 2026</p><p class='sp'></p>",
         "<p class='hc'>Introduction</p>",
         "<p class='in'>By order dated March 4, 2025, the Supreme Court directed the Advisory Committee on the Rules "
         "of Juvenile Protection Procedure to review the rules in light of the experience of remote hearings, "
         "recent changes to the law on permanency, and comments received from the bar. The committee met six times "
         "between April and November 2025 and now respectfully submits its final report.</p>",
         "<p class='in'>In summary, the committee proposes amendments that would allow remote participation more "
         "freely, extend appointed counsel to younger children, speed up permanency for young children, improve "
         "notice to tribes, and open part of the court file to foster parents. Each recommendation is set out "
         "below with the proposed amendment; deletions are shown by strikeout and additions by underline.</p>",
         "<p class='hc'>Background</p>",
         "<p class='in'>Rule 25.02 currently provides that \"the court shall appoint counsel for a child who is "
         "twelve years of age or older.\" For a younger child, appointment is discretionary. Where an Indian child "
         "is involved, the Indian Child Welfare Act of 1978 provides that the party seeking placement must notify "
         "the child's tribe by registered mail.</p>",
         "<p class='in'>Juvenile protection filings have risen in each of the last three years:</p>",
         "<table width='70%' border='1' cellpadding='3' cellspacing='0' align='center'>"
         "<tr><td><p><b>Year</b></p></td><td><p><b>Petitions filed</b></p></td><td><p><b>Children involved</b></p>"
         "</td></tr><tr><td><p>2023</p></td><td><p>2,914</p></td><td><p>4,870</p></td></tr>"
         "<tr><td><p>2024</p></td><td><p>3,106</p></td><td><p>5,212</p></td></tr>"
         "<tr><td><p>2025</p></td><td><p>3,388</p></td><td><p>5,644</p></td></tr></table>",
         "<p class='sp'></p>",
         "<p class='in'>In its 2019 report, the committee recommended that \"the court should adopt a uniform "
         "permanency timeline for all counties,\" and the court adopted that recommendation in 2020. Several "
         "district judges told the committee that hearings should not be continued merely because a parent "
         "cannot travel to the courthouse.</p>",
         "<p class='hc'>Recommendations</p>",
         rec(1, "Remote Appearance (Rule 27.03)", 1,
             "Remote hearings during 2021-2024 reduced continuances by nearly a third.",
             "27.03 Appearance by Interactive Video. <s>Upon a showing of good cause, the court may</s> <u>The "
             "court shall, on request,</u> permit a party, participant, or witness to appear by interactive video."),
         rec(2, "Appointment of Counsel for Children (Rule 25.02)", 2,
             "Children of ten and eleven are often able to express clear views about placement.",
             "25.02 Appointment of Counsel. Subd. 1. The court shall appoint counsel for a child who is <s>twelve"
             "</s> <u>ten</u> years of age or older."),
         rec(3, "Permanency Timelines (Rule 33.01)", 3,
             "Young children form attachments quickly, and delay is especially harmful to them.",
             "33.01 Timing. <u>For a child under eight years of age, the permanency petition shall be filed no "
             "later than nine months after placement.</u>"),
         rec(4, "Notice to Tribes (Rule 30.01)", 4,
             "Mailed notice frequently arrives after the hearing has taken place.",
             "30.01 Notice. Subd. 2. Notice shall be given to the child's tribe by mail <u>and by telephone or "
             "electronic mail</u>."),
         rec(5, "Forms for Self-Represented Parents", 5,
             "This recommendation does not require an amendment to the rules.", "(No rule amendment.)"),
         rec(6, "Access by Foster Parents (Rule 8.04)", 6,
             "Foster parents are often unable to obtain information needed for the child's care.",
             "8.04 Access to Records. <u>Subd. 4. A foster parent may inspect the portions of the court file "
             "concerning the child's health and education.</u>"),
         rec(7, "Family Treatment Courts", 7,
             "Eleven counties now operate such courts under differing local practices.", "(No rule amendment.)"),
         "<p class='hc'>Minority Statement</p>",
         "<p class='in'>Judge Marcus T. Feld does not join Recommendation 2. In his view, the appointment of counsel "
         "for children under twelve should remain within the discretion of the court, which can appoint a guardian "
         "ad litem in any case.</p>",
         "<p class='hc'>Matters Considered but Not Recommended</p>",
         "<p class='in'>The committee considered, but does not recommend, a rule requiring that every hearing be "
         "recorded by video. The committee also discussed whether parents should be able to file documents by "
         "text message and concluded that the question should await the court's e-filing project.</p>",
         "<p class='sp'></p><p>Respectfully submitted,<br/>Hon. Patricia L. Nguyen, Chair<br/>Advisory "
         "Committee on the Rules of Juvenile Protection Procedure</p>"]
    return page("".join(b))


def response():
    b = [caption(["ORDER PROMULGATING AMENDMENTS TO THE RULES OF", "JUVENILE PROTECTION PROCEDURE"]),
         "<p class='in'>The Supreme Court Advisory Committee on the Rules of Juvenile Protection Procedure filed a "
         "report on January 15, 2026, recommending amendments to the Rules of Juvenile Protection Procedure. By "
         "order filed February 3, 2026, we opened a public comment period, and we received eleven comments from "
         "judges, county attorneys, the State Public Defender, and tribal representatives.</p>",
         "<p class='in'>We have carefully considered the committee's report and the comments. We adopt most of the "
         "proposed amendments, with the modifications explained in the accompanying memorandum.</p>",
         "<p class='in'>Based on all the files, records, and proceedings herein,</p>",
         "<p class='in'>IT IS HEREBY ORDERED THAT:</p>",
         "<p class='it'>1.&#8194;The attached amendments to the Rules of Juvenile Protection Procedure are "
         "prescribed and promulgated.</p>",
         "<p class='it'>2.&#8194;The amendments shall govern all juvenile protection matters pending on or "
         "commenced on or after January 1, 2027.</p>",
         "<p class='it'>3.&#8194;The advisory committee comments are included for convenience and do not "
         "reflect court approval of the statements made in them.</p>",
         "<p>Dated: June 24, 2026</p>",
         "<p style='margin-left: 3.2in; text-align: left'>BY THE COURT:<br/><br/>Lorraine B. Castellano<br/>Chief "
         "Justice</p>",
         "<p class='hc'>MEMORANDUM</p>",
         "<p class='in'>The amendments that we adopt today are, for the most part, those proposed by the committee. "
         "We write to explain the instances in which we have departed from its proposals.</p>",
         "<p class='in'><i>Counsel for children.</i> The committee proposed that the mandatory appointment of "
         "counsel be extended to children aged ten and eleven. Several county attorneys and the State Public "
         "Defender commented that the proposal would require about 600 additional appointments each year, for "
         "which no funding has been provided. We are not persuaded that a mandatory rule is warranted at this time "
         "and we decline to adopt the proposed amendment to Rule 25.02. A district court retains its discretion "
         "to appoint counsel for a younger child in an appropriate case.</p>",
         "<p class='in'><i>Rules 8.04 and 30.01.</i> We adopt the proposed amendment to Rule 30.01 without change. "
         "As to Rule 8.04, we agree that foster parents need information about a child's health, but we are "
         "concerned that open access to educational records would conflict with federal privacy law. Amended Rule "
         "8.04 therefore permits a foster parent to inspect health information only, and access to educational "
         "records remains subject to a motion and an order of the court.</p>",
         "<p class='in'><i>Permanency timelines.</i> We agree that delay is especially harmful to very young "
         "children, but several judges noted that services for parents in rural counties often cannot begin "
         "within the first two months. We have therefore adopted the nine-month timeline in Rule 33.01 only for "
         "children under five years of age.</p>",
         "<p class='in'><i>Remote appearance.</i> Amended Rule 27.03 is adopted as the committee proposed. The "
         "court shall permit appearance by interactive video on request, and need not find good cause.</p>",
         "<p class='in'><i>Statewide forms.</i> The committee's recommendation on forms for self-represented "
         "parents is directed to the State Court Administrator rather than to the rules, and we express no view on "
         "it. We refer it to the State Court Administrator for consideration in the court's forms program.</p>",
         "<p class='in'>We thank the members of the committee for their careful work, and the commenters for "
         "their thoughtful submissions.</p>",
         "<p class='hc'>DISSENT</p>",
         "<p class='in'>HENNESSY, Justice (dissenting in part).</p>",
         "<p class='in'>I join the order except in one respect. I would adopt the committee's proposed amendment "
         "to Rule 25.02. A ten-year-old who is removed from home has as much at stake as a twelve-year-old, and "
         "the cost of counsel is modest compared with the cost of a placement that fails.</p>",
         "<p class='in'>OKAFOR, Justice (dissenting in part).</p>",
         "<p class='in'>I join in the dissent of Justice Hennessy.</p>"]
    return page("".join(b))


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.soffice_pdf(src, TMP)
        os.replace(os.path.join(TMP, NAME + "_" + part + ".pdf"), H.out(NAME + "_" + part + ".pdf"))
    serif = H.clean_font("LiberationSerif-Regular.ttf")
    H.stamp(H.out(NAME + "_advice.pdf"), footer="{n}", fontfile=serif, size=10)
    H.stamp(H.out(NAME + "_response.pdf"), footer="{n}", fontfile=serif, size=10)
    sw = lambda k, n=12: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "Amended Rule 27.03 is adopted as the committee proposed", "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "we decline to adopt the proposed amendment to Rule 25.02", "verdict": "disagrees"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "adopted the nine-month timeline in Rule 33.01 only for children under five",
         "verdict": "partly"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "We adopt the proposed amendment to Rule 30.01 without change", "verdict": "agrees"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "We refer it to the State Court Administrator for consideration", "verdict": "noted"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "permits a foster parent to inspect health information only", "verdict": "partly"},
        {"number": "7", "starts_with": sw(7), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, [
        "we opened a public comment period, and we received eleven comments",
        "shall govern all juvenile protection matters pending on or commenced",
        "We thank the members of the committee for their careful work",
        "I would adopt the committee's proposed amendment to Rule 25.02",
    ], "Advice: a US state supreme court advisory committee's final report on rules of procedure (centred caption "
       "with the file number ADM10-8042, centred bold section titles, serif body). The seven recommendations stand "
       "under bold numbered headings '1. Remote Appearance (Rule 27.03)' ... '7. Family Treatment Courts', each "
       "the first sentence of the paragraph below ('The committee recommends amending Rule ...' / 'The committee "
       "recommends that ...'), followed by a reason and an italic 'Proposed amendment:' with the rule text, "
       "deletions struck through and additions underlined (5 and 7: '(No rule amendment.)'). Traps: the "
       "introduction's summary ('In summary, the committee proposes amendments that would ...'), Rule 25.02 "
       "quoted ('the court shall appoint counsel ...'), the Indian Child Welfare Act ('must notify the child's "
       "tribe'), the filings table, the committee's 2019 recommendation quoted ('the court should adopt a "
       "uniform permanency timeline', adopted in 2020), district judges' 'hearings should not be continued', the "
       "rule texts with 'shall', a Minority Statement ('should remain within the discretion of the court') and "
       "'Matters Considered but Not Recommended' ('should be able to file documents by text message'). Response: "
       "the court's order (caption, recitals, 'IT IS HEREBY ORDERED THAT:' 1.-3., 'BY THE COURT'), then a "
       "MEMORANDUM in paragraphs with italic run-in subjects and no recommendation numbers, then a DISSENT; "
       "order 2, 4+6, 3, 1, 5: 'Counsel for children.' 'we decline to adopt the proposed amendment to Rule "
       "25.02' (2 disagrees); ONE paragraph 'Rules 8.04 and 30.01.': Rule 30.01 'without change' (4 agrees) and "
       "Rule 8.04 health information only, education records on motion (6 partly); 'Permanency timelines.' nine "
       "months only for children under five instead of eight (3 partly); 'Remote appearance.' 'adopted as the "
       "committee proposed' (1 agrees); 'Statewide forms.' 'we express no view on it. We refer it to the State "
       "Court Administrator for consideration' (5 noted); the study of family treatment courts (7) is not "
       "answered. Unmatched: the recitals, the ordering paragraphs 1.-3., the memorandum's opening and thanks, "
       "and the dissent in part of Justices Hennessy and Okafor ('I would adopt the committee's proposed "
       "amendment to Rule 25.02': a minority view, not the court's reply).")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
