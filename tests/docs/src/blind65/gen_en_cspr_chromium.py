"""Round 65 (EN): a LOCAL CHILD SAFEGUARDING PRACTICE REVIEW (genre of the reviews commissioned in England by the
safeguarding partners under the Children Act 2004 and Working Together to Safeguard Children, with findings,
learning and recommendations to the partnership) and the SAFEGUARDING PARTNERS' PUBLISHED RESPONSE to it.
Advice: Northmoor Safeguarding Children Partnership, 'Local Child Safeguarding Practice Review: Child M',
independent reviewer, June 2026, 3 p.: numbered paragraphs 1.1-5.3, a 'Summary of findings' table (Findings 1-5,
short forms that are not recommendations), MARGIN NOTES ('Learning point', 'Practice note') in a shaded left
column beside the text with 'should', each finding closing with a bold run-in label 'Recommendation N:' (1-7;
two after finding 2 and two after finding 4), 'Working Together' paraphrased ('must be held'), a practitioner
quoted, the 2023 review's recommendation quoted.
Response: the three safeguarding partners' response, a title band then TWO CSS COLUMNS with subject headings in
the order 5, 2, 3+6, 1, 7; 4 (audit of neglect cases) unanswered; 'Our response', 'Sharing the learning', 'Child
M's family' and the closing on monitoring answer nothing.
Chromium headless --print-to-pdf, A4, cleaned Liberation Sans/Serif via @font-face, ligatures off; footers stamped
with PyMuPDF. All names, bodies, people and figures are invented; the Children Act 2004 and Working Together to
Safeguard Children 2023 are real, but what is said about them is not to be relied on.

Run:  /tmp/blind65en/bin/python tests/docs/src/blind65/gen_en_cspr_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b65en as H

NAME = "blind65_en_cspr"
TMP = "/tmp/blind65en_cspr"

RECS = [
    "The Partnership should seek assurance from the Integrated Care Board that health visitors are told within "
    "five working days when a family with a child under one moves into Northmoor.",
    "The Partnership should ask Northmoor Council to change its procedure so that a transfer-in child protection "
    "conference is always held within 15 working days of the family's arrival.",
    "The Partnership should publish multi-agency guidance on engaging fathers and male carers, including men who "
    "are not the subject of a referral.",
    "The Partnership should commission a multi-agency audit, within six months, of cases in which neglect was "
    "first identified by a school.",
    "The Partnership should ask Northmoor Police to ensure that domestic abuse notifications reach a child's "
    "school before the start of the next school day.",
    "The Partnership should ensure that interpreters used in child protection work are always independent of the "
    "family and its community.",
    "The Partnership should ask the Department for Education to clarify how GP records are transferred when a "
    "child subject to a plan changes practice.",
]


def fontface():
    css = ""
    for fam, base in (("CSans", "LiberationSans"), ("CSerif", "LiberationSerif")):
        for st, w, f in (("normal", 400, "Regular"), ("normal", 700, "Bold"), ("italic", 400, "Italic"),
                         ("italic", 700, "BoldItalic")):
            css += ("@font-face { font-family: '%s'; font-style: %s; font-weight: %d; src: url('file://%s'); }\n"
                    % (fam, st, w, H.clean_font("%s-%s.ttf" % (base, f))))
    return css


CSS = """
@page { size: 210mm 297mm; margin: 17mm 16mm 20mm 16mm; }
body { font-family: 'CSans'; font-size: 9.7pt; line-height: 1.4; font-variant-ligatures: none;
       font-feature-settings: 'liga' 0, 'clig' 0; color: #1a1a1a; margin: 0; }
p { margin: 0 0 6pt 0; }
.mast { border-top: 6pt solid #b3541e; padding-top: 6pt; margin-bottom: 10pt; }
.mast .org { font-weight: 700; color: #b3541e; font-size: 9.5pt; }
.mast h1 { font-size: 20pt; margin: 4pt 0 2pt 0; }
.mast .sub { font-size: 10pt; color: #444; }
h2 { font-size: 12.5pt; color: #b3541e; margin: 10pt 0 5pt 0; }
.row { display: grid; grid-template-columns: 40mm 1fr; column-gap: 6mm; }
.side { font-size: 8.3pt; line-height: 1.3; background: #f1ece7; border-left: 2pt solid #b3541e;
        padding: 3pt 5pt; align-self: start; margin-bottom: 6pt; }
.side b { color: #b3541e; display: block; }
.np { display: grid; grid-template-columns: 9mm 1fr; }
.np .n { font-weight: 700; color: #555; }
.rec { margin: 2pt 0 8pt 0; }
table.sum { border-collapse: collapse; width: 100%; font-size: 8.8pt; margin-bottom: 8pt; }
table.sum th { background: #b3541e; color: #fff; text-align: left; padding: 3pt 5pt; }
table.sum td { border: 0.6pt solid #bbb; padding: 3pt 5pt; vertical-align: top; }
/* response */
.band { background: #24496b; color: #fff; padding: 10pt 12pt; margin-bottom: 10pt; }
.band .org { font-size: 9pt; font-weight: 700; letter-spacing: 0.5pt; }
.band h1 { font-size: 17pt; margin: 5pt 0 3pt 0; line-height: 1.2; }
.cols { column-count: 2; column-gap: 8mm; font-family: 'CSerif'; font-size: 10.2pt; }
.cols h3 { font-family: 'CSans'; font-size: 10.5pt; color: #24496b; margin: 8pt 0 3pt 0; break-after: avoid; }
.cols p { text-align: justify; }
.sig { column-span: all; margin-top: 10pt; font-size: 9pt; display: grid; grid-template-columns: 1fr 1fr 1fr;
       column-gap: 6mm; border-top: 0.8pt solid #24496b; padding-top: 6pt; }
"""


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + fontface() + CSS +
            "</style></head><body>" + body + "</body></html>")


def row(side, body):
    return "<div class='row'><div>%s</div><div>%s</div></div>" % (
        ("<div class='side'>%s</div>" % side) if side else "", body)


def np(n, t):
    return "<div class='np'><div class='n'>%s</div><p>%s</p></div>" % (n, t)


def rec(k):
    return "<p class='rec'><b>Recommendation %d:</b> %s</p>" % (k, RECS[k - 1])


def advice():
    b = ["<div class='mast'><div class='org'>NORTHMOOR SAFEGUARDING CHILDREN PARTNERSHIP</div>"
         "<h1>Local Child Safeguarding Practice Review: Child M</h1>"
         "<div class='sub'>Independent reviewer: Dr Alison Kerr  |  Published June 2026</div></div>",
         "<h2>1. Introduction</h2>",
         row("", np("1.1", "Child M was nine months old when she was admitted to hospital in March 2025 with a "
                           "fractured skull and injuries of different ages. Her father was later convicted of "
                           "causing her serious harm. The family had moved to Northmoor from another local authority "
                           "area five months earlier, when M and her brother were subject to child protection "
                           "plans.") +
             np("1.2", "The safeguarding partners commissioned this review under section 16F of the Children Act "
                       "2004. Its purpose is to learn how agencies work together, not to apportion blame.")),
         "<h2>2. Summary of findings</h2>",
         "<table class='sum'><tr><th>Finding</th><th>In brief</th></tr>"
         "<tr><td>1</td><td>Health visitors did not know the family had arrived.</td></tr>"
         "<tr><td>2</td><td>The transfer of the child protection plans was slow and incomplete.</td></tr>"
         "<tr><td>3</td><td>M's father was invisible to most of the professionals involved.</td></tr>"
         "<tr><td>4</td><td>Information about domestic abuse and neglect reached the school late or not at all."
         "</td></tr>"
         "<tr><td>5</td><td>A family friend interpreted for M's mother at key meetings.</td></tr></table>",
         "<h2>3. Findings and recommendations</h2>",
         row("<b>Learning point</b>Records should follow the child, not wait to be asked for.",
             np("3.1", "<b>Finding 1.</b> The previous authority's health visiting team sent M's records to the "
                       "family's new GP, but no one told the Northmoor health visiting service. The first home "
                       "visit took place eleven weeks after the move.") + rec(1)),
         row("<b>Practice note</b>Working Together 2023 says that a transfer-in conference must be held when a "
             "child subject to a plan moves area.",
             np("3.2", "<b>Finding 2.</b> The transfer-in conference took place 34 working days after the family "
                       "arrived. By then, the plan from the previous authority had lapsed, and the core group had "
                       "not met. M's GP practice did not receive her records for seven weeks, because the "
                       "previous practice waited for a request.") + rec(2) + rec(7)),
         row("<b>Learning point</b>Practitioners should ask who else lives in or visits the home.",
             np("3.3", "<b>Finding 3.</b> M's father was seen by a professional only twice in five months. A "
                       "social worker told the review: \"We should have asked more about him, but he was never in "
                       "when we called, and he was not on our referral.\"") + rec(3)),
         row("",
             np("3.4", "<b>Finding 4.</b> The police attended two domestic abuse incidents at the home. In both "
                       "cases the school was told three days later. The school had already raised concerns about "
                       "the older child's hunger and clothing, but these were recorded as separate, low-level "
                       "concerns.") + rec(4) + rec(5)),
         row("<b>Practice note</b>In 2023 the review of Child J recommended that \"agencies should use "
             "professional interpreters in all safeguarding meetings\". This was not followed here.",
             np("3.5", "<b>Finding 5.</b> M's mother speaks limited English. At two core group meetings, a family "
                       "friend who was close to the father interpreted for her.") + rec(6)),
         "<h2>4. Good practice</h2>",
         row("", np("4.1", "The emergency department's paediatric liaison nurse recognised the pattern of "
                           "injuries quickly and made a referral within the hour. We make no recommendation about "
                           "the hospital's response.")),
         "<h2>5. Conclusion</h2>",
         row("", np("5.1", "M's injuries were not predictable, but they might have been prevented had agencies "
                           "known more about her father and acted on the earlier signs of neglect.") +
             np("5.2", "The safeguarding partners are required to publish the review and their response to it.") +
             np("5.3", "I thank the practitioners who took part, and M's mother, who met me twice."))]
    return page("".join(b))


def response():
    b = ["<div class='band'><div class='org'>NORTHMOOR SAFEGUARDING CHILDREN PARTNERSHIP</div>"
         "<h1>Safeguarding partners' response to the Local Child Safeguarding Practice Review: Child M</h1>"
         "<div>June 2026</div></div>",
         "<div class='cols'>",
         "<h3>Our response</h3>",
         "<p>Northmoor Council, the Northmoor and Fenby Integrated Care Board and Northmoor Police, as the three "
         "safeguarding partners, accept the findings of this review. We are deeply sorry for the harm that M "
         "suffered, and we thank Dr Kerr and the practitioners who gave their time to it.</p>",
         "<h3>Domestic abuse notifications</h3>",
         "<p>Northmoor Police now send notifications of domestic abuse incidents involving children to schools by "
         "7.30 am on the next school day. The first three months of the new process were checked in May, and 96 per "
         "cent of notifications met the deadline.</p>",
         "<h3>Moving between areas</h3>",
         "<p>The partners do not support a local rule requiring a transfer-in conference within 15 working days. "
         "The national timescale already applies, and a separate Northmoor timescale would confuse practitioners "
         "who work across borders. Instead, compliance with the existing timescale will be reported to the "
         "partnership every quarter.</p>",
         "<h3>Working with the whole family</h3>",
         "<p>New guidance, 'Seeing the men in children's lives', was published on 12 May 2026 and is now part of "
         "the partnership's core training. On interpreters, all partners will use professional interpreters for "
         "child protection conferences and core groups. For unplanned home visits, where an interpreter cannot "
         "be found quickly, a telephone service or a family member may still be used, and practitioners will "
         "record why.</p>",
         "<h3>Health visiting</h3>",
         "<p>The Integrated Care Board is considering how health visitors are told about families moving into the "
         "area as part of its review of the child health information service contract, which will report in "
         "2027.</p>",
         "<h3>Records when a child changes GP</h3>",
         "<p>The Director of Children's Services wrote to the Department for Education on 3 June 2026, with the "
         "support of the three partners, asking for the statutory guidance to be clarified.</p>",
         "<h3>Sharing the learning</h3>",
         "<p>A seven-minute briefing on the review has been circulated to all agencies, and two practitioner "
         "learning events will be held in September.</p>",
         "<h3>Child M's family</h3>",
         "<p>M's mother was offered the chance to read the report before publication, and her views on it are "
         "reflected in the final version. M and her brother are now living with their maternal grandparents.</p>",
         "<p>Progress on this response will be overseen by the partnership's Quality Assurance Subgroup, which "
         "will report to the safeguarding partners in December 2026.</p>",
         "</div>",
         "<div class='sig'><div><b>Sarah Whitlock</b><br/>Director of Children's Services, Northmoor Council</div>"
         "<div><b>Dr Imran Qureshi</b><br/>Chief Nursing Officer, Northmoor and Fenby ICB</div>"
         "<div><b>Chief Superintendent Paul Brennan</b><br/>Northmoor Police</div></div>"]
    return page("".join(b))


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.chromium_pdf(src, H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), footer="LCSPR Child M  |  Northmoor Safeguarding Children Partnership  |  "
            "Page {n} of {N}", size=8)
    H.stamp(H.out(NAME + "_response.pdf"), footer="Northmoor Safeguarding Children Partnership  |  {n}", size=8)
    sw = lambda k, n=10: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "as part of its review of the child health information service contract",
         "verdict": "noted"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "do not support a local rule requiring a transfer-in conference",
         "verdict": "disagrees"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "New guidance, 'Seeing the men in children's lives', was published",
         "verdict": "agrees"},
        {"number": "4", "starts_with": sw(4), "reply_contains": None, "verdict": "unanswered"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "by 7.30 am on the next school day", "verdict": "agrees"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "a telephone service or a family member may still be used",
         "verdict": "partly"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "asking for the statutory guidance to be clarified", "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, [
        "We are deeply sorry for the harm that M suffered",
        "two practitioner learning events will be held in September",
        "M's mother was offered the chance to read the report",
        "overseen by the partnership's Quality Assurance Subgroup",
    ], "Advice: a Local Child Safeguarding Practice Review (England, Children Act 2004 s.16F genre) by an "
       "independent reviewer. Numbered paragraphs 1.1-5.3 in a number column; a 'Summary of findings' table "
       "(Findings 1-5 in brief, no recommendations); chapter 3 in a two-column grid with MARGIN NOTES in a shaded "
       "left column ('Learning point' / 'Practice note', with 'should', 'must be held' from Working Together, and "
       "the 2023 Child J review's recommendation quoted) beside the body; each finding ('Finding N.' in bold) "
       "closes with bold run-in labels 'Recommendation N:' (1 after finding 1; 2 and 7 after finding 2 - so 7 "
       "stands before 3; 3 after finding 3; 4 and 5 after finding 4; 6 after finding 5). Traps: a social worker "
       "quoted ('We should have asked more about him'), 'We make no recommendation about the hospital's "
       "response', 'The safeguarding partners are required to publish the review'. Response: the three "
       "safeguarding partners' published response, a title band then TWO CSS COLUMNS of subject headings "
       "without numbers, in the order 5, 2, 3+6, 1, 7: 5 notifications by 7.30 am (agrees); 2 'do not support a "
       "local rule' (disagrees); ONE section 'Working with the whole family': 3 guidance published (agrees) + 6 "
       "professional interpreters for conferences and core groups but a family member may still be used on "
       "unplanned visits (partly); 1 'is considering ... will report in 2027' (noted); 7 letter to the "
       "Department for Education sent (agrees); 4 (audit of neglect cases first identified by a school) "
       "unanswered. Unmatched: 'Our response' (accepts the findings, apology), 'Sharing the learning', 'Child "
       "M's family' and the closing paragraph on the Quality Assurance Subgroup.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
