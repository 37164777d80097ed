"""Round 47 (EN): a higher-education quality agency's institutional review report (QAA Quality Enhancement
Review-style) by the invented Higher Education Quality Agency on the invented University of Wenlow: coloured cover
block, 'About this review', a judgement box, 'Key findings' with three lists - 'Features of good practice'
(commendations), 'Recommendations' (UNNUMBERED bullets under two lead-ins with different deadlines, in a shaded box)
and 'Affirmations' (actions already under way, no recommendations) - then detailed findings in numbered paragraphs
1.1-3.6 with 'should' findings, a table of feedback turnaround, the previous review's recommendation quoted and
closed; answered by a university committee paper (Senate paper SEN/26/52, decision note: purpose, action required,
background, responses grouped by lead area in another order with 'Accept' / 'Accept in part' / 'Not accepted' /
'Already in place' / 'Noted' labels, one block covering two recommendations with different answers, one
recommendation missing, sections on affirmations and resources). Chromium headless --print-to-pdf, A4, cleaned
Liberation fonts, ligatures off; running header and page numbers stamped with PyMuPDF. All content (agency,
university, colleges, people, figures) is invented.

Run:  /tmp/blind47en/bin/python tests/docs/src/blind47/gen_en_qer_chromium.py   (needs chromium)
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b47en as H

NAME = "blind47_en_qer"
TMP = "/tmp/b47en/qer"

R = {1: "develop and implement a consistent approach to the moderation of assessment on programmes delivered by "
        "partner colleges, including sampling by the University's own staff;",
     2: "ensure that external examiners' reports are shared with student representatives and considered at "
        "programme committees, with the resulting actions recorded;",
     3: "review the terms of reference of the Academic Partnerships Committee so that it reports directly to "
        "Senate rather than through the Education Committee.",
     4: "set institutional targets for the return of assessment feedback to students, and report performance "
        "against them to Senate annually;",
     5: "require postgraduate research students who teach to complete initial training in assessment and "
        "feedback before they mark any summative work;",
     6: "evaluate the impact of the Student Success Framework on the continuation rates of students from "
        "under-represented groups."}


def fonts():
    css = ""
    for fam, base in (("LS", "LiberationSans"), ("LR", "LiberationSerif")):
        for st, w, s in (("Regular", "normal", "normal"), ("Bold", "bold", "normal"), ("Italic", "normal", "italic"),
                         ("BoldItalic", "bold", "italic")):
            css += "@font-face {font-family: %s; src: url(file://%s); font-weight: %s; font-style: %s;}\n" % (
                fam, H.clean_font("%s-%s.ttf" % (base, st)), w, s)
    return css


CSS = """
html {font-family: LS; font-size: 10pt; line-height: 1.42; font-variant-ligatures: none;}
h1 {font-size: 14pt; color: #0b6e69; margin: 12pt 0 6pt 0;}
h2 {font-size: 11pt; color: #0b6e69; margin: 9pt 0 4pt 0;}
p {margin: 0 0 5pt 0;}
ul {margin: 2pt 0 6pt 0; padding-left: 16pt;}
li {margin-bottom: 3pt;}
.n {display: flex; margin: 0 0 5pt 0;}
.n > span:first-child {flex: 0 0 30pt;}
.n > span:last-child {flex: 1;}
.cover {background: #0b6e69; color: white; padding: 14mm 12mm; margin: -2mm 0 8mm 0;}
.cover .ag {font-size: 11pt; font-weight: bold; letter-spacing: 1pt;}
.cover .t {font-size: 22pt; font-weight: bold; margin: 10mm 0 3mm 0;}
.cover .s {font-size: 13pt;}
.judg {border: 2px solid #0b6e69; padding: 6pt 9pt; margin: 8pt 0;}
.recbox {background: #e6f2f1; border-left: 5px solid #0b6e69; padding: 6pt 10pt; margin: 6pt 0 8pt 0;}
table {border-collapse: collapse; width: 100%; font-size: 9pt; margin: 4pt 0 8pt 0;}
th, td {border: 1px solid #999; padding: 2pt 5pt; text-align: left;}
th {background: #0b6e69; color: white;}
td.r {text-align: right;}
.paper {font-family: LS;}
.ptab td {border: 1px solid #777; font-size: 9.5pt; vertical-align: top;}
.ptab td.k {background: #eeeeee; font-weight: bold; width: 32%;}
.lab {font-weight: bold;}
"""


def html_doc(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page {size: A4; margin: 20mm 20mm 18mm 20mm;}"
            + fonts() + CSS + "</style></head><body>" + body + "</body></html>")


def n(num, t):
    return "<div class='n'><span>%s</span><span>%s</span></div>" % (num, t)


def advice():
    b = ["<div class='cover'><div class='ag'>HIGHER EDUCATION QUALITY AGENCY</div>",
         "<div class='t'>Quality Enhancement Review</div><div class='s'>University of Wenlow</div>",
         "<div style='margin-top:6mm'>Final report | May 2026</div></div>",
         "<h1>About this review</h1>",
         "<p>This is a report of a Quality Enhancement Review (QER) conducted by the Higher Education Quality Agency "
         "at the University of Wenlow. The review took place on 10 to 12 March 2026 and was conducted by a team of "
         "four reviewers: Professor Janet Oduya (chair), Dr Samuel Pryce, Ms Kirsty Lamb and Mr Arun Deshpande "
         "(student reviewer). The review team considered the University's self-evaluation, 212 documents and the "
         "views of 87 staff, students and partner representatives.</p>",
         "<p>The review covers the University's own provision and the programmes it validates at three partner "
         "colleges: Marrowfield College, Wenlow College of Art and the Eastcote Institute of Technology, which "
         "together teach 2,940 of the University's 16,400 students.</p>",
         "<div class='judg'><b>Judgement.</b> The QER team has <b>confidence</b> that the University of Wenlow is "
         "meeting the baseline regulatory requirements for quality and standards, and that it has effective "
         "arrangements for the enhancement of the student learning experience.</div>",
         "<h1>Key findings</h1>",
         "<h2>Features of good practice</h2>",
         "<p>The QER team identified the following features of good practice:</p>",
         "<ul><li>the Peer Assisted Learning scheme, led by students in every school, which has reached 71 per cent "
         "of first-year students;</li>"
         "<li>the University's use of programme-level data dashboards, which are shared with every programme team "
         "and student representative;</li>"
         "<li>the joint appointment of link tutors with Marrowfield College, who teach at both institutions.</li></ul>",
         "<h2>Recommendations</h2>",
         "<div class='recbox'><p>The QER team makes the following recommendations. "
         "The team recommends that, by the start of the 2026-27 academic year, the University:</p>",
         "<ul><li>%s</li><li>%s</li><li>%s</li></ul>" % (R[1], R[2], R[3]),
         "<p>The team recommends that, by the end of the 2026-27 academic year, the University:</p>",
         "<ul><li>%s</li><li>%s</li><li>%s</li></ul></div>" % (R[4], R[5], R[6]),
         "<h2>Affirmations</h2>",
         "<p>The QER team affirms the following actions that the University is already taking:</p>",
         "<ul><li>the replacement of the student records system, due to be completed in August 2026, which will "
         "allow marks from partner colleges to be recorded directly;</li>"
         "<li>the review of the academic misconduct regulations in response to the use of generative artificial "
         "intelligence tools.</li></ul>",
         "<h1>Detailed findings</h1>",
         "<h2>1 Academic standards and partnerships</h2>",
         n("1.1", "Programmes at the partner colleges are approved by the University through its validation "
                  "process and are subject to the same regulations as the University's own programmes. The team "
                  "saw approval reports for all 19 validated programmes."),
         n("1.2", "Moderation at the partner colleges is carried out by college staff and confirmed by external "
                  "examiners. The University's academic regulations state that moderation should follow the "
                  "University's assessment policy, but the team found three different sampling practices across "
                  "the colleges and no sampling by University staff since 2023."),
         n("1.3", "The previous review in 2020 recommended that the University strengthen its oversight of "
                  "partner colleges' admissions. The University has since introduced joint admissions panels, "
                  "and the team considers that recommendation to have been addressed."),
         n("1.4", "External examiners' reports are received by the Quality Office and responses are sent to the "
                  "examiners. Student representatives told the team that they had never seen an external examiner's "
                  "report, and programme committee minutes seldom record any discussion of them."),
         n("1.5", "The Academic Partnerships Committee reports to the Education Committee, which reports to Senate. "
                  "Partnership matters reached Senate in only two of the last nine meetings. Senate should, in the "
                  "team's view, have clearer line of sight of the risks in collaborative provision."),
         "<h2>2 The student learning experience</h2>",
         n("2.1", "The University's assessment policy states that feedback should normally be returned within 20 "
                  "working days, but no institutional target is set and performance is not collected centrally. "
                  "The figures collected by the Students' Union are shown in Table 1."),
         "<table><tr><th>Faculty</th><th>Assessments sampled</th><th>Feedback within 20 working days</th>"
         "<th>National Student Survey: feedback (% agree)</th></tr>"
         "<tr><td>Arts and Humanities</td><td class='r'>412</td><td class='r'>88%</td><td class='r'>79</td></tr>"
         "<tr><td>Business and Law</td><td class='r'>655</td><td class='r'>61%</td><td class='r'>68</td></tr>"
         "<tr><td>Health and Life Sciences</td><td class='r'>703</td><td class='r'>74%</td><td class='r'>72</td></tr>"
         "<tr><td>Science and Engineering</td><td class='r'>590</td><td class='r'>66%</td><td class='r'>70</td></tr>"
         "</table><p style='font-size:8.5pt'>Table 1 Timeliness of feedback, semester 1 2025-26 (Students' Union "
         "audit).</p>",
         n("2.2", "About 240 postgraduate research students teach or mark each year. Training is offered by the "
                  "Doctoral College but is optional, and the team met students who had marked examination scripts "
                  "without any training."),
         n("2.3", "The Student Success Framework, introduced in 2024, provides personal tutoring, transition support "
                  "and targeted bursaries. The University has not yet assessed whether it has affected "
                  "continuation, although the framework's own plan says it should be evaluated after two years."),
         "<h2>3 Enhancement</h2>",
         n("3.1", "The team found a strong culture of enhancement, supported by the annual Learning and Teaching "
                  "Conference and by small grants for staff projects. Staff should be encouraged to share the "
                  "outcomes of those projects more widely, and the University may wish to publish them.")]
    return html_doc("".join(b))


def response():
    b = ["<div class='paper'>",
         "<p style='font-size:12pt'><b>UNIVERSITY OF WENLOW</b></p>",
         "<p><b>SENATE</b> &nbsp; 17 June 2026 &nbsp; Paper SEN/26/52</p>".replace("&nbsp;", " "),
         "<p style='font-size:14pt; margin-top:6pt'><b>Quality Enhancement Review 2026: response to the review "
         "team's recommendations</b></p>",
         "<table class='ptab'><tr><td class='k'>Author</td><td>Professor Helen Castell, Pro Vice-Chancellor "
         "(Education)</td></tr><tr><td class='k'>Purpose</td><td>For decision</td></tr><tr><td class='k'>Action "
         "required</td><td>Senate is asked to approve the University's responses to the QER recommendations set out "
         "in section 3, for submission to the Higher Education Quality Agency by 30 June 2026.</td></tr>"
         "<tr><td class='k'>Previously considered by</td><td>Education Committee, 3 June 2026</td></tr></table>",
         "<h2>1 Summary</h2>",
         "<p>The University received the final QER report on 20 May 2026. The review team expressed confidence in "
         "the University's arrangements. This paper proposes the University's response to each recommendation, "
         "grouped by the lead area responsible.</p>",
         "<h2>2 Background</h2>",
         "<p>The Agency requires a published action plan within six weeks of the final report and a follow-up "
         "report after twelve months. Leads were asked to propose responses in consultation with the Students' "
         "Union.</p>",
         "<h2>3 Proposed responses</h2>",
         "<p class='lab'>3.1 Academic Partnerships (lead: Director of Academic Partnerships)</p>",
         "<p><i>Moderation at partner colleges; reporting line of the Academic Partnerships Committee.</i> "
         "<b>Accept</b> (moderation): a common moderation protocol for all three colleges will apply from "
         "September 2026, with University staff sampling at least 10 per cent of scripts on each validated "
         "module. <b>Not accepted</b> (committee structure): Education Committee considers that routing "
         "partnership business through it gives Senate better-prepared advice, and instead proposes that a "
         "collaborative provision risk report is added to Senate's standing agenda each term.</p>",
         "<p class='lab'>3.2 Education and Student Experience (lead: Pro Vice-Chancellor (Education))</p>",
         "<p><i>Assessment feedback targets.</i> <b>Accept in part.</b> A target of 90 per cent of feedback within "
         "20 working days will be set from 2026-27, and faculty performance will be collected each semester. "
         "Performance will be reported to Education Committee, which will include it in its annual report to "
         "Senate rather than in a separate report.</p>",
         "<p><i>Student Success Framework.</i> <b>Noted.</b> The framework is being evaluated as part of the "
         "monitoring of the University's Access and Participation Plan, which is overseen by the Access and "
         "Participation Steering Group; that group will decide whether a separate evaluation of continuation is "
         "needed.</p>",
         "<p class='lab'>3.3 Doctoral College (lead: Dean of the Doctoral College)</p>",
         "<p><i>Training for postgraduate research students who teach.</i> <b>Already in place.</b> Since January "
         "2026 the Doctoral College has made its 'Teaching and Assessing' course a condition of any teaching or "
         "marking contract; 164 students have completed it so far.</p>",
         "<h2>4 Good practice and affirmations</h2>",
         "<p>The Learning and Teaching Conference in September 2026 will include a session on the Peer Assisted "
         "Learning scheme and the data dashboards. The new student records system remains on schedule for August "
         "2026.</p>",
         "<h2>5 Resource implications</h2>",
         "<p>The additional moderation sampling will require about 0.6 FTE of academic time, to be met within the "
         "Academic Partnerships budget. No other resource implications have been identified.</p>",
         "<h2>6 Recommendation to Senate</h2>",
         "<p>Senate is invited to approve the responses in section 3 and to delegate approval of the detailed "
         "action plan to the Pro Vice-Chancellor (Education).</p>",
         "</div>"]
    return html_doc("".join(b))


def build(html, pdf, header, footer, skip_first):
    os.makedirs(TMP, exist_ok=True)
    hp = os.path.join(TMP, os.path.basename(pdf).replace(".pdf", ".html"))
    with open(hp, "w", encoding="utf-8") as fh:
        fh.write(html)
    H.chromium_pdf(hp, pdf)
    H.stamp(pdf, header=header, footer=footer, skip_first=skip_first)


NOTES = ("Quality Enhancement Review-style report of the invented Higher Education Quality Agency on the invented "
         "University of Wenlow: cover block, About this review, judgement box ('confidence'), Key findings with "
         "'Features of good practice' (three bullets, a trap), 'Recommendations' in a shaded box - six UNNUMBERED "
         "bullets under two lead-ins ('The team recommends that, by the start of the 2026-27 academic year, the "
         "University:' / '... by the end of the 2026-27 academic year ...'), numbered 1-6 in document order, each "
         "opening with a bare verb - and 'Affirmations' (two actions already under way, a trap); detailed findings "
         "1.1-3.1 with 'moderation should follow the University's assessment policy' (1.2), the 2020 review's "
         "recommendation quoted and closed (1.3), 'Senate should ... have clearer line of sight' (1.5), 'feedback "
         "should normally be returned within 20 working days' (2.1), Table 1 of feedback timeliness, 'it should be "
         "evaluated after two years' (2.3), 'Staff should be encouraged' / 'may wish to publish' (3.1). Response: "
         "Senate paper SEN/26/52 (decision note) with responses by lead area in the order 1+3, 4, 6, 5. Key: block "
         "3.1 covers 1 'Accept', common moderation protocol with 10 per cent sampling (agrees) and 3 'Not "
         "accepted', committee stays under Education Committee, risk report on Senate's agenda instead (disagrees); "
         "4 'Accept in part', target set but reported through Education Committee's annual report (partly); 6 "
         "'Noted', left to the Access and Participation Steering Group (noted); 5 'Already in place', course "
         "compulsory since January 2026 (agrees); 2 external examiners' reports to student representatives "
         "unanswered. Unmatched: section 4 on good practice and affirmations, section 5 resource implications.")


def expected():
    sw = lambda k: " ".join(R[k].split()[:10])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "a common moderation protocol for all three colleges", "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2), "reply_contains": None, "verdict": "unanswered"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "routing partnership business through it gives Senate better-prepared advice",
         "verdict": "disagrees"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "A target of 90 per cent of feedback within", "verdict": "partly"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "a condition of any teaching or marking contract", "verdict": "agrees"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "that group will decide whether a separate evaluation", "verdict": "noted"},
    ]
    H.write_expected(NAME, recs, ["will include a session on the Peer Assisted Learning scheme",
                                  "will require about 0.6 FTE of academic time"], NOTES)


if __name__ == "__main__":
    build(advice(), H.out(NAME + "_advice.pdf"), "HEQA | Quality Enhancement Review | University of Wenlow | May 2026",
          "{n}", True)
    build(response(), H.out(NAME + "_response.pdf"), "Senate 17 June 2026 - SEN/26/52 - Open",
          "Page {n} of {N}", False)
    expected()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b47en.py"), NAME)) and 1)
