"""Round 56 (EN): a UK standards body's review and the Government's response letter with an annex. Advice: a review
by the Committee on Standards in Public Life, 'Standards in Arm's-Length Bodies: Board Appointments and Conflicts
of Interest' (genre of CSPL reviews: Chair's foreword, the Seven Principles of Public Life as a numbered list of
'Holders of public office should ...', chapters of numbered paragraphs 1.1 ..., shaded 'Best practice N' boxes
addressed to the bodies themselves, and the recommendations ONLY in a closing ruled table 'No. | Recommendation |
Responsible body'). Response: the (invented) Minister for the Cabinet Office's letter to the Chair with an 'Annex:
Government response to the recommendations' under subject headings only (no numbers), in another order. Recommendations:
1-7 (the table). Traps: the Seven Principles 1-7 ('should'), the foreword's summary ('ministers should explain'),
best practice 1-3 in boxes ('should'), the Governance Code's 'must' and the Public Bodies Act 2011, the Committee's
2019 recommendation quoted, a table of appointment figures. LibreOffice Writer headless from HTML, A4, Liberation
Sans; page numbers stamped with PyMuPDF. All content is invented (the Committee, the Seven Principles, the Governance
Code, the Business Appointment Rules and the Act are real; the review, the people and the figures are not).

Run:  /tmp/blind56en/bin/python tests/docs/src/blind56/gen_en_cspl_libreoffice.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b56en as H

NAME = "blind56_en_cspl"
TMP = "/tmp/blind56en_lo_out"

CSS = """
@page { size: 210mm 297mm; margin: 22mm 24mm 20mm 24mm; }
body { font-family: 'Liberation Sans'; font-size: 10.5pt; }
p { margin-top: 0; margin-bottom: 7pt; text-align: justify; }
h1 { font-family: 'Liberation Sans'; font-size: 15pt; color: #5b2a86; margin-top: 0; margin-bottom: 6pt; }
h2 { font-family: 'Liberation Sans'; font-size: 12pt; color: #5b2a86; margin-top: 12pt; margin-bottom: 6pt; }
h3 { font-family: 'Liberation Sans'; font-size: 10.5pt; margin-top: 10pt; margin-bottom: 4pt; }
td, th { font-family: 'Liberation Sans'; font-size: 9.5pt; vertical-align: top; }
th { background: #e6dcef; }
.small { font-size: 9pt; }
.right { text-align: right; }
"""

RECS = [
    ("The Cabinet Office should amend the Governance Code on Public Appointments so that a minister who appoints a "
     "candidate whom the advisory assessment panel did not judge appointable must publish the reasons for that "
     "decision.", "Cabinet Office"),
    ("The Government should place the Commissioner for Public Appointments on a statutory footing, with the power "
     "to open an investigation into any appointment on the Commissioner's own initiative.", "Government"),
    ("Each sponsor department should publish on GOV.UK a single annual register of the interests of the board "
     "members of all its arm's-length bodies.", "Sponsor departments"),
    ("The Commissioner for Public Appointments should audit a sample of appointment campaigns each year and report "
     "the results to Parliament.", "Commissioner for Public Appointments"),
    ("The Cabinet Office should issue model guidance on conflicts of interest for the boards of arm's-length "
     "bodies, and boards should be required to adopt it.", "Cabinet Office"),
    ("Sponsor departments should include an assessment of the chair's leadership on ethical standards in the annual "
     "appraisal of every chair of an arm's-length body.", "Sponsor departments"),
    ("The Government should extend the Business Appointment Rules to the chairs and chief executives of all "
     "arm's-length bodies with an annual budget of more than £50 million.", "Government"),
]


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" + body +
            "</body></html>")


def numbered(n, t):
    return '<table width="100%%" cellpadding="0" cellspacing="0" style="margin-bottom:6pt"><tr valign="top"><td width="9%%" valign="top" ' \
           'style="font-size:10.5pt">%s</td><td style="font-size:10.5pt; text-align: justify">%s</td></tr></table>' \
           % (n, t)


def bp(n, t):
    return ('<table width="100%%" cellpadding="6" cellspacing="0" style="border:1px solid #5b2a86; '
            'margin: 4pt 0 10pt 0"><tr><td bgcolor="#efe9f5" style="font-size:10pt"><b>Best practice %d</b><br>%s'
            '</td></tr></table>' % (n, t))


def advice():
    principles = [
        ("Selflessness", "Holders of public office should act solely in terms of the public interest."),
        ("Integrity", "Holders of public office must avoid placing themselves under any obligation to people or "
                      "organisations that might try inappropriately to influence them in their work."),
        ("Objectivity", "Holders of public office must act and take decisions impartially, fairly and on merit."),
        ("Accountability", "Holders of public office are accountable to the public for their decisions and "
                           "actions and must submit themselves to the scrutiny necessary to ensure this."),
        ("Openness", "Holders of public office should act and take decisions in an open and transparent manner."),
        ("Honesty", "Holders of public office should be truthful."),
        ("Leadership", "Holders of public office should exhibit these principles in their own behaviour."),
    ]
    b = ['<p align="right" class="small">Committee on Standards in Public Life</p>',
         "<h1>Standards in Arm's-Length Bodies: Board Appointments and Conflicts of Interest</h1>",
         "<p style='text-align:left'><b>A Review by the Committee on Standards in Public Life</b><br>November 2026</p>",
         "<h2>Chair's foreword</h2>",
         "<p>Arm's-length bodies spend more than £200 billion of public money a year, and the people who sit on "
         "their boards take decisions that matter to millions. Our review found much good practice, but also "
         "appointments made against the advice of selection panels without explanation, registers of interests "
         "that are hard to find, and a regulator of appointments whose powers depend on goodwill. Our central "
         "conclusion is that ministers should explain their choices in public and that the rules should be "
         "enforced by someone independent of them.</p>",
         "<p>I am grateful to the 41 organisations and individuals who gave evidence.</p>",
         "<p style='text-align:left'><b>Lord Ashworth of Kelby</b><br>Chair, Committee on Standards in Public Life</p>",
         "<h2>The Seven Principles of Public Life</h2>",
         "<p>The Principles apply to anyone who works as a public office-holder, including all those appointed to "
         "the boards of arm's-length bodies.</p>"]
    for i, (k, t) in enumerate(principles, 1):
        b.append(numbered("%d." % i, "<b>%s</b> - %s" % (k, t)))
    b += ["<h2>Chapter 1: Appointments to boards</h2>",
          numbered("1.1", "Ministers appoint the chairs and members of the boards of some 300 arm's-length bodies. "
                          "The Governance Code on Public Appointments states that the minister must consult the "
                          "Commissioner for Public Appointments before appointing a candidate whom the advisory "
                          "assessment panel has not judged appointable."),
          numbered("1.2", "The Code was used in this way four times in 2024-25, against once in the preceding five "
                          "years. In none of these cases were the reasons published."),
          '<table width="70%" border="1" cellpadding="4" cellspacing="0" align="center" style="margin-bottom:8pt">'
          "<tr><th>Year</th><th>Regulated appointments</th><th>Appointed against panel advice</th></tr>"
          "<tr><td>2022-23</td><td>1,012</td><td>0</td></tr><tr><td>2023-24</td><td>968</td><td>1</td></tr>"
          "<tr><td>2024-25</td><td>1,047</td><td>4</td></tr></table>",
          numbered("1.3", "In our 2019 report we recommended that the Commissioner's role be strengthened. That "
                          "recommendation was only partly taken up: the Commissioner is still appointed by Order in "
                          "Council and has no power to open an investigation without a complaint."),
          bp(1, "Boards should publish a skills matrix and use it to set the criteria for every new appointment."),
          "<h2>Chapter 2: Managing conflicts of interest</h2>",
          numbered("2.1", "Every body we examined has a register of interests, but 38 of the 60 registers we "
                          "sampled were more than a year out of date, and a member of the public would need to "
                          "search the websites of dozens of bodies to find them."),
          numbered("2.2", "Policies on conflicts differ widely. Some boards require a member to leave the room "
                          "when a conflicting item is discussed; others only record the interest in the minutes. "
                          "Boards should have reviewed their policies after the 2023 revision of the Code of "
                          "Conduct for Board Members of Public Bodies, but most have not."),
          bp(2, "The chair should discuss each member's declared interests with them when they join the board and "
                "at least once a year thereafter."),
          bp(3, "Boards should record in the minutes how each declared conflict was managed."),
          "<h2>Chapter 3: Oversight and enforcement</h2>",
          numbered("3.1", "Under the Public Bodies Act 2011, ministers may abolish, merge or modify certain bodies "
                          "by order. The Act says nothing about standards, which are left to the Codes and to "
                          "sponsor departments."),
          numbered("3.2", "Former chairs and chief executives of large bodies regularly take up posts with "
                          "companies that deal with their former body. Unlike civil servants and ministers, they are "
                          "not subject to the Business Appointment Rules."),
          "<h2>Chapter 4: Recommendations</h2>",
          "<p>Our recommendations are set out below, with the body responsible for each. The best practice in "
          "Chapters 1 and 2 is addressed to the boards themselves.</p>",
          '<table width="100%" border="1" cellpadding="5" cellspacing="0">'
          '<tr><th width="7%">No.</th><th width="68%">Recommendation</th><th width="25%">Responsible body</th></tr>']
    for i, (t, who) in enumerate(RECS, 1):
        b.append("<tr><td>%d</td><td>%s</td><td>%s</td></tr>" % (i, t, who))
    b.append("</table>")
    return page("\n".join(b))


def response():
    b = ['<p align="right" class="small"><b>Cabinet Office</b><br>70 Whitehall<br>London SW1A 2AS</p>',
         "<p style='text-align:left'>Lord Ashworth of Kelby<br>Chair, Committee on Standards in Public Life</p>",
         "<p>17 March 2027</p>",
         "<p>Dear Lord Ashworth,</p>",
         "<p><b>Standards in Arm's-Length Bodies: the Government's response</b></p>",
         "<p>Thank you for the Committee's review, which I have read with great interest. The Government shares "
         "the Committee's commitment to the Seven Principles of Public Life and recognises the contribution that "
         "thousands of board members make, often for little or no remuneration.</p>",
         "<p>The Government's response to the Committee's recommendations is set out in the annex to this letter. "
         "I am placing a copy of this letter in the Libraries of both Houses.</p>",
         "<p>Yours sincerely,</p><p style='text-align:left'><b>Rt Hon Alan Mercer MP</b><br>Minister for the Cabinet Office</p>",
         '<h2 style="page-break-before: always">Annex: Government response to the recommendations</h2>',
         "<h3>Transparency of interests</h3>",
         "<p>The Government agrees that the interests of board members should be easy to find. From April 2027 each "
         "department will publish on GOV.UK one annual register covering all of its arm's-length bodies, in a "
         "common format set by the Cabinet Office.</p>",
         "<p>The Cabinet Office will also publish model guidance on conflicts of interest for boards in the spring. "
         "The Government does not, however, propose to make its adoption mandatory. Bodies differ greatly in size "
         "and function, and each board will remain responsible for its own policy, which must take the model into "
         "account.</p>",
         "<h3>Appointments against the advice of the panel</h3>",
         "<p>The Government accepts this recommendation. The Governance Code will be amended by April 2027 so that, "
         "where a minister appoints a candidate not found appointable, a statement of the minister's reasons is "
         "published at the same time as the appointment.</p>",
         "<h3>The Commissioner for Public Appointments</h3>",
         "<p>The Government has considered carefully the case for placing the Commissioner on a statutory footing "
         "and has concluded that it is not necessary. The Commissioner's independence is secured by the Order in "
         "Council, and the Commissioner can already investigate any complaint. The Government will not therefore "
         "bring forward legislation.</p>",
         "<h3>Audits of appointment campaigns</h3>",
         "<p>The Committee's proposal for an annual audit of a sample of campaigns is addressed to the "
         "Commissioner, whose programme of work is a matter for the Commissioner to decide independently.</p>",
         "<h3>Business appointments</h3>",
         "<p>The Government agrees that chairs of the larger arm's-length bodies should be covered by the Business "
         "Appointment Rules and will extend the Rules to them from October 2027. It does not agree that the Rules "
         "should apply to chief executives, whose contracts of employment already restrict the posts they may take "
         "up after leaving.</p>",
         "<h3>Best practice for boards</h3>",
         "<p>The Government welcomes the best practice set out in the review and has drawn it to the attention of "
         "the chairs of all arm's-length bodies.</p>",
         "<h3>Other matters</h3>",
         "<p>Separately, the Government will consult in the summer on updating the Code of Conduct for Board "
         "Members of Public Bodies, which was last revised in 2023.</p>"]
    return page("\n".join(b))


NOTES = ("UK standards-body pair: a review by the Committee on Standards in Public Life, 'Standards in Arm's-Length "
         "Bodies: Board Appointments and Conflicts of Interest', answered by the (invented) Minister for the Cabinet "
         "Office's letter to the Chair with an 'Annex: Government response to the recommendations'. "
         "Recommendations: ONLY in the closing ruled table 'No. | Recommendation | Responsible body' of Chapter 4, "
         "rows 1-7. Traps: the Seven Principles of Public Life as a numbered list 1.-7. ('Holders of public office "
         "should ...', 'must'), the Chair's foreword ('ministers should explain their choices'), numbered paragraphs "
         "1.1-3.2, shaded 'Best practice 1-3' boxes ('Boards should ...', 'The chair should ...'), the Governance "
         "Code's 'must consult', the Public Bodies Act 2011, the 2019 recommendation quoted in 1.3, 'should have "
         "reviewed their policies', the appointments table. The annex has subject headings only, no numbers and no "
         "quotations, in the order 3+5, 1, 2, 4, 7. Key: one section 'Transparency of interests': 3 one annual "
         "register per department on GOV.UK (agrees) + 5 model guidance published but 'does not, however, propose "
         "to make its adoption mandatory' (partly); 1 'accepts this recommendation' (agrees); 2 'concluded that it "
         "is not necessary', 'will not therefore bring forward legislation' (disagrees); 4 addressed to the "
         "Commissioner, 'a matter for the Commissioner to decide independently' (noted); 7 chairs covered, chief "
         "executives not (partly); 6 (appraisal of chairs) unanswered. Unmatched: the letter itself (thanks, "
         "Libraries of both Houses), 'Best practice for boards' (answers the best practice, not a recommendation), "
         "'Other matters' (the Code of Conduct consultation).")


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.soffice_pdf(src, TMP)
        os.replace(os.path.join(TMP, NAME + "_" + part + ".pdf"), H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), footer="{n}", skip_first=True, size=9)
    H.stamp(H.out(NAME + "_response.pdf"), footer="{n}", skip_first=True, size=9)
    sw = lambda k, n=10: " ".join(RECS[k - 1][0].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "a statement of the minister's reasons is published", "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "The Government will not therefore bring forward legislation", "verdict": "disagrees"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "one annual register covering all of its arm's-length bodies", "verdict": "agrees"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "a matter for the Commissioner to decide independently", "verdict": "noted"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "does not, however, propose to make its adoption mandatory", "verdict": "partly"},
        {"number": "6", "starts_with": sw(6), "reply_contains": None, "verdict": "unanswered"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "It does not agree that the Rules should apply to chief executives",
         "verdict": "partly"},
    ]
    H.write_expected(NAME, recs, ["I am placing a copy of this letter in the Libraries",
                                  "has drawn it to the attention of the chairs",
                                  "will consult in the summer on updating the Code of Conduct"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b56en.py"), NAME)) and 1)
