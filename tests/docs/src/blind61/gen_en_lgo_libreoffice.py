"""Round 61 (EN): a LOCAL GOVERNMENT OMBUDSMAN'S PUBLIC REPORT on a complaint (genre of the Local Government and
Social Care Ombudsman's section 30 reports, England) and the COUNCIL'S LETTER to the Ombudsman confirming the
action taken after Cabinet considered the report.
Advice: Local Public Services Ombudsman, 'Report on an investigation into complaint reference 24 018 772 against
Brackenfield Borough Council' - 'The Ombudsman's role', a ruled 'Report summary' box (subject, finding, the
section 31(2) duty and a SHORT paraphrase of the remedy), then paragraphs numbered 1.-19. under 'The complaint',
'Legal and administrative background', 'How we considered this complaint', 'What I found', 'Conclusions',
'Recommendations' and 'Decision'. The seven recommendations are UNNUMBERED lower-case bullets in two lists inside
paragraphs 16 and 17, 'Within one month of the date of this report, the Council should:' (3 bullets) and 'Within
three months of the date of this report, the Council should:' (4 bullets); numbers are positions 1-7.
Response: the Chief Executive's letter to the Ombudsman with bold subject headings, in another order, one
paragraph answering two recommendations with different verdicts, one recommendation unanswered, and paragraphs on
the statutory notice and the Cabinet meeting that answer none.
Traps: the summary's paraphrase of the remedy, section 31(2) ('must consider the report'), the suitability rules
('must not', 'no more than six weeks'), 'our guidance on remedies', 'should have' conclusions, 'should provide us
with evidence', the Decision paragraph ('should take the action identified in paragraphs 16 and 17').
LibreOffice Writer headless from HTML ('HTML (StarWriter)' filter), A4, Liberation Sans, borderless tables
for the hanging paragraph numbers, a ruled table for the summary box; footers stamped with PyMuPDF. All content is
invented (the Ombudsman, the council, Ms Y, people and figures); the Local Government Act 1974, the Housing Act
1996 and the 2003 suitability order are real but what is said about them is not to be relied on.

Run:  /tmp/blind61en/bin/python tests/docs/src/blind61/gen_en_lgo_libreoffice.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b61en as H

NAME = "blind61_en_lgo"
TMP = "/tmp/blind61en_lgo"

RECS = [
    "apologise to Ms Y in writing for the faults identified in this report, in line with our guidance on "
    "remedies;",
    "pay Ms Y £1,600 for the 16 weeks she and her children spent in unsuitable bed and breakfast "
    "accommodation;",
    "pay Ms Y £350 for the distress and uncertainty caused by the delay in deciding her request for a review;",
    "review the cases of all families with children who have been in bed and breakfast accommodation for more "
    "than six weeks, and move them to suitable accommodation;",
    "remind housing officers that a request to review the suitability of accommodation must be decided within "
    "eight weeks;",
    "introduce a weekly report to the Head of Housing listing every family with children in bed and breakfast "
    "for more than four weeks;",
    "assess whether it has enough self-contained temporary accommodation for families and share its "
    "conclusions with us.",
]

CSS = """
@page { size: 210mm 297mm; margin: 20mm 22mm 20mm 22mm; }
body { font-family: 'Liberation Sans'; font-size: 10.5pt; }
p { font-family: 'Liberation Sans'; font-size: 10.5pt; margin-top: 0; margin-bottom: 6pt; }
td { font-family: 'Liberation Sans'; font-size: 10.5pt; vertical-align: top; }
li { font-family: 'Liberation Sans'; font-size: 10.5pt; margin-bottom: 3pt; }
.tt { font-family: 'Liberation Sans'; font-size: 17pt; font-weight: bold; color: #6a1b4d; margin-bottom: 4pt; }
.st { font-family: 'Liberation Sans'; font-size: 11.5pt; color: #6a1b4d; margin-bottom: 10pt; }
.h { font-family: 'Liberation Sans'; font-size: 12.5pt; font-weight: bold; color: #6a1b4d; margin-top: 10pt;
     margin-bottom: 5pt; }
.box td, .box p { font-size: 9.8pt; }
.lt p { font-family: 'Liberation Serif'; font-size: 11.5pt; text-align: justify; margin-bottom: 8pt; }
.lt .b { font-family: 'Liberation Sans'; font-weight: bold; font-size: 11pt; margin-top: 6pt; margin-bottom: 3pt; }
.lh { font-family: 'Liberation Sans'; font-size: 15pt; font-weight: bold; color: #0d4d2b; margin-bottom: 0; }
.la { font-family: 'Liberation Sans'; font-size: 8.5pt; color: #333333; margin-bottom: 14pt; }
"""


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" + body +
            "</body></html>")


_n = [0]


def np(t, extra=""):
    _n[0] += 1
    return ("<table width='100%%' cellpadding='1' cellspacing='0' border='0'><tr><td valign='top' width='7%%'>"
            "<p>%d.</p></td><td valign='top' width='93%%'><p>%s</p>%s</td></tr></table>" % (_n[0], t, extra))


def advice():
    _n[0] = 0
    b = ["<p class='tt'>Report by the Local Public Services Ombudsman</p>",
         "<p class='st'>Investigation into a complaint against Brackenfield Borough Council<br>"
         "(reference number: 24 018 772)<br>14 January 2026</p>",
         "<p class='h'>The Ombudsman's role</p>",
         "<p>We independently and impartially investigate complaints about councils and some other public bodies. "
         "We decide whether there was fault and whether it caused injustice. We normally name neither the person "
         "who complained nor the officers involved; in this report the complainant is called Ms Y.</p>",
         "<table class='box' width='100%' cellpadding='6' cellspacing='0' border='1' bgcolor='#f4e9f0'>"
         "<tr><td><p><b>Report summary</b></p>"
         "<p><b>Housing - homelessness</b><br>Ms Y complained that the Council left her and her two children in "
         "bed and breakfast accommodation for 16 weeks and took five months to decide her request for a review "
         "of its suitability.</p>"
         "<p><b>Finding</b><br>Fault found causing injustice and recommendations made.</p>"
         "<p><b>Recommendations</b><br>The Council must consider the report and confirm within three months the "
         "action it has taken or proposes to take. The Council should consider the report at its full Council, "
         "Cabinet or other appropriately delegated committee of elected members and we will require evidence of "
         "this. (Local Government Act 1974, section 31(2), as amended)</p>"
         "<p>In summary, the Council should apologise to Ms Y, make payments to her totalling £1,950, review "
         "the cases of other families in bed and breakfast and improve how it monitors such placements.</p>"
         "</td></tr></table><p></p>",
         "<p class='h'>The complaint</p>",
         np("Ms Y complained that the Council placed her and her two children, then aged 4 and 7, in a single room "
            "in bed and breakfast accommodation with shared kitchen and bathroom for 16 weeks."),
         np("She also complained that the Council took five months to decide her request for a review of the "
            "suitability of that accommodation."),
         "<p class='h'>Legal and administrative background</p>",
         np("Where a council has reason to believe an applicant may be homeless, eligible and in priority need, "
            "it must secure interim accommodation. (Housing Act 1996, section 188)"),
         np("Bed and breakfast accommodation is not suitable for families with children, and a council must not "
            "use it for them unless no other accommodation is available, and then for no more than six weeks. "
            "(Homelessness (Suitability of Accommodation) (England) Order 2003)"),
         np("An applicant may ask for a review of the suitability of accommodation offered. The council must "
            "notify the applicant of its decision within eight weeks. (Housing Act 1996, section 202)"),
         np("Our guidance on remedies says that, where a family has been left in unsuitable accommodation, we "
            "will normally recommend a payment of between £100 and £200 for each week of the placement."),
         "<p class='h'>How we considered this complaint</p>",
         np("We spoke to Ms Y and considered the Council's records. Ms Y and the Council had an opportunity to "
            "comment on a draft of this report, and we considered their comments before making a final "
            "decision."),
         "<p class='h'>What I found</p>",
         np("The Council accepted the main housing duty towards Ms Y on 3 June 2024 and placed the family at the "
            "Station Hotel, Brackenfield. The placement lasted from 3 June to 23 September 2024."),
         np("The Council's records show no evidence that officers looked for self-contained accommodation after "
            "the first week. Its officers told us they had 41 families in bed and breakfast at the time, 19 of "
            "them for more than six weeks."),
         np("Ms Y asked for a review of suitability on 14 June 2024. The Council decided it on 11 November 2024, "
            "nearly 22 weeks later, by which time the family had moved."),
         np("Ms Y told us that her younger child's asthma worsened during the placement and that her older child "
            "missed 23 school days because of the journey. She said the Council should have told her how long "
            "the placement was likely to last."),
         "<p class='h'>Conclusions</p>",
         np("The Council should have moved the family to suitable accommodation within six weeks. Its failure to "
            "do so for the remaining ten weeks was fault. The Council says that it does not accept that the "
            "first six weeks of the placement were unsuitable; we do not agree, because it did not show that no "
            "other accommodation was available."),
         np("The delay in deciding the review was fault. It caused Ms Y distress and uncertainty."),
         np("We are concerned that other families may have been affected in the same way. That is why we make "
            "the service improvement recommendations below."),
         "<p class='h'>Recommendations</p>",
         np("The Council must consider the report and confirm within three months the action it has taken or "
            "proposes to take. The Council should consider the report at its full Council, Cabinet or other "
            "appropriately delegated committee of elected members and we will require evidence of this. (Local "
            "Government Act 1974, section 31(2), as amended)"),
         np("Within one month of the date of this report, the Council should:",
            "<ul>" + "".join("<li><p>%s</p></li>" % r for r in RECS[:3]) + "</ul>"),
         np("Within three months of the date of this report, the Council should:",
            "<ul>" + "".join("<li><p>%s</p></li>" % r for r in RECS[3:]) + "</ul>"),
         np("The Council should provide us with evidence it has complied with the above actions."),
         "<p class='h'>Decision</p>",
         np("I have completed my investigation. I have found fault by the Council which caused injustice to Ms Y. "
            "The Council should take the action identified in paragraphs 16 and 17 to remedy that injustice."),
         "<p><i>Amanda Greer, Local Public Services Ombudsman</i></p>"]
    return page("".join(b))


def response():
    b = ["<div class='lt'><p class='lh'>Brackenfield Borough Council</p>",
         "<p class='la'>Office of the Chief Executive, Civic Centre, Market Square, Brackenfield BK1 4HQ<br>"
         "Our ref: CE/LPSO/24018772</p>",
         "<p>Amanda Greer<br>Local Public Services Ombudsman<br>PO Box 2218<br>Northampton NN1 9XQ</p>",
         "<p>13 March 2026</p>",
         "<p>Dear Ms Greer,</p>",
         "<p><b>Your report on complaint 24 018 772 - confirmation of action taken</b></p>",
         "<p>I write following the meeting of the Council's Cabinet on 10 March 2026, which considered your "
         "report of 14 January 2026. A copy of the Cabinet decision notice is enclosed as evidence that the report "
         "was considered by elected members.</p>",
         "<p>As the Act requires, the Council published a notice about the report in the Brackenfield Courier "
         "on 22 January 2026 and made copies available at the Civic Centre for three weeks.</p>",
         "<p><b>Families in bed and breakfast</b></p>",
         "<p>Cabinet considered carefully whether to carry out a further review of every family in bed and "
         "breakfast for more than six weeks. The placement of each of these families has already been reviewed "
         "by a senior officer under the Council's temporary accommodation procedure, most recently in January. "
         "The Council does not accept this recommendation and will not be repeating that exercise.</p>",
         "<p><b>Payments to Ms Y</b></p>",
         "<p>The Council has paid Ms Y £350 in recognition of the delay in deciding her review. It has also "
         "paid her £1,000 for the ten weeks after the first six. As the Council explained in its comments on your "
         "draft report, it maintains that no other accommodation was available in the first six weeks, and it "
         "has therefore not made a payment for that period.</p>",
         "<p><b>Monitoring of placements</b></p>",
         "<p>Since 2 February 2026 the Head of Housing has received a weekly list of every family with children "
         "who has been in bed and breakfast for more than four weeks, with the action being taken for each.</p>",
         "<p><b>Apology</b></p>",
         "<p>The Cabinet Member for Housing wrote to Ms Y on 9 February 2026 to apologise for the faults "
         "identified in your report. A copy of the letter is enclosed.</p>",
         "<p><b>Supply of temporary accommodation</b></p>",
         "<p>Cabinet noted your recommendation on the supply of self-contained accommodation. The question will "
         "be considered as part of the review of the Council's Housing Strategy, which is due to begin in the "
         "autumn, and we will write to you again when that review is complete.</p>",
         "<p>Should you require any further information, please contact the Council's Monitoring Officer, "
         "Mr Graham Tull.</p>",
         "<p>Yours sincerely,</p><p>Rachel Osei<br>Chief Executive</p>",
         "<p style='font-size:9.5pt'>Enclosures: Cabinet decision notice, 10 March 2026; letter of apology to "
         "Ms Y</p></div>"]
    return page("".join(b))


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.soffice_pdf(src, TMP)
        os.replace(os.path.join(TMP, NAME + "_" + part + ".pdf"), H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), footer="Final report  |  {n}", size=8)
    H.stamp(H.out(NAME + "_response.pdf"), footer="Page {n} of {N}", size=8)
    sw = lambda k, n=10: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "wrote to Ms Y on 9 February 2026 to apologise", "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "has therefore not made a payment for that period", "verdict": "partly"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "paid Ms Y £350 in recognition of the delay", "verdict": "agrees"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "will not be repeating that exercise", "verdict": "disagrees"},
        {"number": "5", "starts_with": sw(5), "reply_contains": None, "verdict": "unanswered"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "the Head of Housing has received a weekly list", "verdict": "agrees"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "Cabinet noted your recommendation on the supply", "verdict": "noted"},
    ]
    H.write_expected(NAME, recs, [
        "I write following the meeting of the Council's Cabinet",
        "published a notice about the report in the Brackenfield Courier",
        "please contact the Council's Monitoring Officer, Mr Graham Tull",
    ], "Advice: local government ombudsman's public report (section 30 genre). The seven recommendations are "
       "UNNUMBERED lower-case bullets ('apologise ...', 'pay ...', 'pay ...', 'review ...', 'remind ...', "
       "'introduce ...', 'assess ...') in two lists inside numbered paragraphs 16 ('Within one month of the date "
       "of this report, the Council should:') and 17 ('Within three months ...'); numbers are positions 1-7. Traps: "
       "'The Ombudsman's role', the ruled 'Report summary' box with the section 31(2) duty ('must consider the "
       "report') and a one-sentence paraphrase of the remedy ('In summary, the Council should apologise ...'), "
       "paragraphs 1.-19. in a hanging column, the statutory background ('must secure', 'must not use it ... no "
       "more than six weeks', 'must notify'), 'Our guidance on remedies', Ms Y's 'should have told her', the "
       "conclusions ('should have moved the family'), paragraph 15 repeating section 31(2), paragraph 18 ('should "
       "provide us with evidence'), the Decision ('should take the action identified in paragraphs 16 and 17'). "
       "Response: the Chief Executive's letter with bold subject headings, no numbers, in the order 4, 2+3, 6, 1, "
       "7: 4 'does not accept this recommendation and will not be repeating that exercise' (disagrees); one "
       "paragraph for 2 and 3: 3 £350 paid (agrees) + 2 £1,000 for ten weeks, 'not made a payment' for the first "
       "six (partly); 6 weekly list since 2 February (agrees); 1 apology sent (agrees); 7 'Cabinet noted ... will "
       "be considered as part of the review of the Council's Housing Strategy' (noted); 5 (remind officers of the "
       "eight-week review deadline) unanswered. Unmatched: the Cabinet-meeting paragraph, the statutory notice "
       "paragraph, the contact line.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
