"""Round 60 (EN): an Isle of Man-style SELECT COMMITTEE OF TYNWALD report ending in the MOTION that Tynwald is
invited to pass, and the Government's response to the recommendations AS APPROVED BY TYNWALD.
Advice: 'Select Committee of Tynwald on the Funding of Residential Care: Report 2025-26', PP 2026/0031 (genre of the
reports of Tynwald select committees: a title block with the Parliamentary Paper number, the members, the terms of
reference as resolved by Tynwald, paragraphs numbered 1.-18. in a hanging column under headings, bold 'The
Committee concludes that ...' sentences, a fee table, and at the end a section 'Motion' - 'The Committee invites
Tynwald to resolve: That the Report ... be received and that the following recommendations be approved:' - with
the seven recommendations as 'Recommendation N' labels over 'The Department ... should ...' sentences).
Response: 'Government Response to the Recommendations of the Select Committee of Tynwald on the Funding of
Residential Care, as approved by Tynwald on 22 April 2026', GD 2026/0059 (genre of an Isle of Man Government
response laid before Tynwald: a short introduction, a ruled table 'No. | Recommendation (as approved) | Government
response | Status' grouped under lead-department band rows, one row for two recommendations, a 'Next steps' section).
Traps: the terms of reference ('to make recommendations'), the 2019 review's recommendation quoted ('should'), the
statutory duty quoted ('shall'), the committee's conclusions ('concludes that', 'should have'), the numbered
paragraphs, the fee table, the motion's first limb ('be received'), the response's note that Tynwald amended a
recommendation. LibreOffice Writer headless from HTML (--infilter="HTML (StarWriter)"), A4, Liberation
Serif/Sans; page numbers stamped with PyMuPDF. All content is invented (Tynwald, its select committees, the Council
of Ministers and the Treasury are real institutions; the committee, department, people and figures are not).

Run:  /tmp/blind60en/bin/python tests/docs/src/blind60/gen_en_tynwald_libreoffice.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b60en as H

NAME = "blind60_en_tynwald"
TMP = "/tmp/blind60en_tynwald"

RECS = [
    "The Department for Care and Community Services should publish, by October 2026, a single charging policy for "
    "residential and nursing care that explains in plain English what residents pay and why.",
    "The Treasury should introduce a deferred payment scheme so that no resident has to sell his or her home "
    "during his or her lifetime to pay for care.",
    "The Council of Ministers should consult on a cap of £85,000 on the lifetime cost of personal care paid "
    "by any individual.",
    "The Department should complete financial assessments within 28 days of receiving a complete application.",
    "The Treasury should raise the upper capital limit for assistance with care costs from £23,250 to "
    "£40,000 from April 2027.",
    "The Department should require every registered care home to publish the fees it charges self-funding "
    "residents and the fees it charges the Department.",
    "The Department should report to Tynwald each year on the number of residents funding their own care, "
    "average weekly fees and waiting times for financial assessment.",
]

CSS = """
@page { size: 210mm 297mm; margin: 20mm 22mm 20mm 22mm; }
body { font-family: 'Liberation Serif'; font-size: 11pt; }
p { font-family: 'Liberation Serif'; font-size: 11pt; margin-top: 0; margin-bottom: 6pt; text-align: justify; }
td { font-family: 'Liberation Serif'; font-size: 11pt; vertical-align: top; }
.c { text-align: center; }
.tt { font-family: 'Liberation Sans'; font-size: 15pt; font-weight: bold; text-align: center; margin-bottom: 4pt; }
.st { font-family: 'Liberation Sans'; font-size: 11pt; text-align: center; margin-bottom: 3pt; }
.h { font-family: 'Liberation Sans'; font-size: 11.5pt; font-weight: bold; margin-top: 10pt; margin-bottom: 5pt; }
.rl { font-family: 'Liberation Sans'; font-size: 10pt; font-weight: bold; margin-top: 6pt; margin-bottom: 1pt; }
.q { margin-left: 12mm; margin-right: 10mm; font-size: 10.5pt; }
.rt td { font-family: 'Liberation Sans'; font-size: 8.8pt; }
.rt p { font-family: 'Liberation Sans'; font-size: 8.8pt; text-align: left; margin-bottom: 2pt; }
"""


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" + body +
            "</body></html>")


def paras(rows):
    h = "<table width='100%' cellpadding='2' cellspacing='0' border='0'>"
    for n, t in rows:
        h += ("<tr><td valign='top' width='8%%'><p>%s</p></td><td valign='top' width='92%%'><p>%s</p></td></tr>"
              % (n, t))
    return h + "</table>"


def advice():
    b = ["<p class='st'>PP 2026/0031</p>",
         "<p class='tt'>SELECT COMMITTEE OF TYNWALD ON THE FUNDING OF RESIDENTIAL CARE</p>",
         "<p class='st'>REPORT 2025-26</p>",
         "<p class='c'><i>Members: Mrs J. M. Quirk MHK (Chair), Mr P. A. Kinvig MHK, Ms R. E. Corlett MLC</i></p>",
         "<p class='h'>Introduction</p>",
         paras([("1.", "At its sitting on 15 October 2024 Tynwald resolved: <i>\"That a Select Committee of three "
                       "Members be appointed to inquire into the arrangements for funding residential and nursing "
                       "care and to make recommendations.\"</i>"),
                ("2.", "The Committee took oral evidence in public from the Minister for Care and Community "
                       "Services, officers of the Treasury, three care home operators and the Carers' Forum, and "
                       "received 64 written submissions."),
                ("3.", "Section 21 of the Care Services Act 2018 provides that the Department shall assess the "
                       "resources of any person who asks it for help with the cost of residential care.")]),
         "<p class='h'>How residential care is paid for</p>",
         paras([("4.", "There are 912 residential and nursing care beds in the Island. Residents with capital "
                       "above £23,250 pay the full fee until their capital falls below that limit. Weekly fees "
                       "are shown below."),
                ]),
         "<table width='80%' cellpadding='3' cellspacing='0' border='1' align='center'>"
         "<tr><td><b>Type of placement</b></td><td><b>Department rate</b></td><td><b>Average self-funder fee"
         "</b></td></tr><tr><td>Residential care</td><td>£842</td><td>£1,094</td></tr>"
         "<tr><td>Nursing care</td><td>£1,126</td><td>£1,388</td></tr></table>",
         "<p></p>",
         paras([("5.", "Many witnesses told us that they did not understand the rules. The Department's guidance "
                       "runs to four separate leaflets, two of which contradict each other. <b>The Committee "
                       "concludes that the charging arrangements are neither clear nor fair.</b>"),
                ("6.", "Self-funding residents pay on average 30 per cent more than the Department pays for the same "
                       "room. Operators told us that the difference subsidises the Department's rate. Residents "
                       "and their families are not told this."),
                ("7.", "The Health and Social Care Review of 2019 recommended that <i>\"the Government should "
                       "develop a sustainable long-term funding model for social care within three years\"</i>. No "
                       "such model has yet been brought forward.")]),
         "<p class='h'>Homes, assessments and capital limits</p>",
         paras([("8.", "Of the 311 people who entered care in 2024-25, 74 sold their home to pay fees. Several "
                       "families had been told that a sale was the only option; the Department should have told "
                       "them about the interim arrangements that already exist."),
                ("9.", "Financial assessments took an average of 71 days in 2025. During that time residents "
                       "and homes did not know who would pay."),
                ("10.", "The capital limit of £23,250 has not changed since 2012. Had it risen with "
                        "earnings, it would now be about £33,000."),
                ("11.", "<b>The Committee concludes that a lifetime cap on care costs, of the kind debated in the "
                        "United Kingdom, deserves serious consideration in the Island.</b>"),
                ("12.", "We do not propose any change to the rates the Department pays to care homes; that is a "
                        "matter for the annual fee negotiation.")]),
         "<p class='h'>Motion</p>",
         paras([("13.", "The Committee invites Tynwald to resolve:")]),
         "<p class='q'><i>That the Report of the Select Committee of Tynwald on the Funding of Residential Care "
         "[PP 2026/0031] be received and that the following recommendations be approved:</i></p>"]
    for i, r in enumerate(RECS):
        b.append("<p class='rl' style='margin-left:12mm'>Recommendation %d</p><p class='q'>%s</p>" % (i + 1, r))
    b.append("<p></p><p class='c'><i>J. M. Quirk, Chair - 10 March 2026</i></p>")
    return page("".join(b))


ROWS = [
    ("band", "Department for Care and Community Services"),
    ("6", RECS[5], "The Department will make publication of fees a condition of registration for care homes "
     "from 1 January 2027. It will publish its own contracted rates each year. It does not intend to require "
     "homes to publish fees for individual rooms, which vary widely.", "Accepted in part"),
    ("1", RECS[0], "A single charging policy, tested with the Carers' Forum, was published on 30 September 2026 "
     "and replaces the four previous leaflets.", "Accepted - complete"),
    ("3", RECS[2], "The Council of Ministers notes the recommendation. The question of a cap will be considered "
     "in the long-term care funding review, due to report in 2028.", "Noted"),
    ("band", "Treasury"),
    ("2 and 5", RECS[1] + " / " + RECS[4],
     "The Treasury will introduce a statutory deferred payment scheme in the Budget of February 2027, with "
     "interest charged at the Treasury's cost of borrowing. Raising the capital limit to £40,000 would "
     "cost an estimated £2.3 million a year, and the Treasury is not able to support it in the current "
     "financial climate. The limit will instead be uprated with inflation.",
     "2: Accepted<br>5: Not accepted"),
    ("band", "Department for Care and Community Services"),
    ("7", RECS[6], "The Department does not consider a separate annual report to Tynwald necessary. The figures "
     "will continue to be published in the Department's annual report and accounts.", "Not accepted"),
]


def response():
    b = ["<p class='st'>GD 2026/0059</p>",
         "<p class='tt'>Government Response to the Recommendations of the Select Committee of Tynwald on the "
         "Funding of Residential Care</p>",
         "<p class='st'>as approved by Tynwald on 22 April 2026</p>",
         "<p class='h'>Introduction</p>",
         "<p>At its sitting on 22 April 2026 Tynwald received the Report of the Select Committee and approved its "
         "seven recommendations, Recommendation 4 having been amended on the motion of Mr Kinvig MHK to insert "
         "the words \"where practicable\".</p>",
         "<p>This document is laid before Tynwald by the Minister for Care and Community Services on behalf of the "
         "Council of Ministers. The Government is grateful to the Committee and to everyone who gave evidence.</p>",
         "<table class='rt' width='100%' cellpadding='4' cellspacing='0' border='1'>"
         "<tr><td width='8%' bgcolor='#d9d9d9'><b>No.</b></td><td width='32%' bgcolor='#d9d9d9'><b>Recommendation "
         "(as approved)</b></td><td width='44%' bgcolor='#d9d9d9'><b>Government response</b></td>"
         "<td width='16%' bgcolor='#d9d9d9'><b>Status</b></td></tr>"]
    for r in ROWS:
        if r[0] == "band":
            b.append("<tr><td colspan='4' bgcolor='#eeeeee'><p><b>Lead: %s</b></p></td></tr>" % r[1])
        else:
            b.append("<tr><td><p>%s</p></td><td><p>%s</p></td><td><p>%s</p></td><td><p><b>%s</b></p></td></tr>" % r)
    b.append("</table>")
    b += ["<p class='h'>Next steps</p>",
          "<p>The Minister will make a statement to Tynwald on the progress of the long-term care funding review "
          "at the October 2026 sitting.</p>",
          "<p>Department for Care and Community Services, Markwell House, Douglas - June 2026</p>"]
    return page("".join(b))


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.soffice_pdf(src, TMP)
        os.replace(os.path.join(TMP, NAME + "_" + part + ".pdf"), H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), footer="{n}", size=9)
    H.stamp(H.out(NAME + "_response.pdf"), header="GD 2026/0059", footer="Page {n} of {N}", size=8)
    sw = lambda k, n=10: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "A single charging policy, tested with the Carers' Forum", "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "will introduce a statutory deferred payment scheme in the Budget", "verdict": "agrees"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "The question of a cap will be considered", "verdict": "noted"},
        {"number": "4", "starts_with": sw(4), "reply_contains": None, "verdict": "unanswered"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "the Treasury is not able to support it", "verdict": "disagrees"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "It does not intend to require homes to publish fees", "verdict": "partly"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "does not consider a separate annual report to Tynwald necessary",
         "verdict": "disagrees"},
    ]
    H.write_expected(NAME, recs, [
        "Recommendation 4 having been amended on the motion of Mr Kinvig",
        "The Government is grateful to the Committee and to everyone",
        "The Minister will make a statement to Tynwald on the progress",
    ], "Advice: the seven recommendations stand ONLY in the closing 'Motion' section, after paragraph 13 'The "
       "Committee invites Tynwald to resolve:' and the italic first limb 'That the Report ... be received and "
       "that the following recommendations be approved:', each as a bold sans label 'Recommendation N' on its own "
       "line over an indented sentence 'The Department/Treasury/Council of Ministers should ...'. Traps: the "
       "paragraphs numbered 1.-13. in a hanging column, the terms of reference resolved by Tynwald ('to make "
       "recommendations'), section 21 quoted ('shall assess'), the fee table, the bold conclusions ('The "
       "Committee concludes that ...'), the 2019 review's recommendation quoted ('the Government should develop'), "
       "'the Department should have told them' (finding), 'We do not propose any change'. Response: GD paper with "
       "a ruled table 'No. | Recommendation (as approved) | Government response | Status' (each recommendation "
       "repeated in column 2) under band rows 'Lead: ...', in the order 6, 1, 3, '2 and 5', 7: 6 fees published "
       "but not per room ('Accepted in part', partly); 1 published ('Accepted - complete', agrees); 3 'notes ... "
       "will be considered in the long-term care funding review' ('Noted', noted); one row '2 and 5': 2 deferred "
       "payment scheme (agrees) + 5 capital limit 'not able to support it' (disagrees), status '2: Accepted / 5: "
       "Not accepted'; 7 'does not consider a separate annual report ... necessary' ('Not accepted', disagrees); "
       "4 (assessments within 28 days) unanswered - it is mentioned only in the introduction's note that Tynwald "
       "amended it, which is no reply. Unmatched: the two introduction paragraphs and 'Next steps'.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
