"""Round 66 (EN): an EQUALITY COMMISSION'S INVESTIGATION REPORT on a public body (genre of the reports of
investigations under section 20 of the Equality Act 2006 into whether a body has committed unlawful acts, with
findings and recommendations) and the BODY'S RESPONSE AND ACTION PLAN, published by a fire and rescue authority.
Advice: Commission for Equality and Human Rights, 'Investigation into Severn Vale Fire and Rescue Service:
sexual harassment of women firefighters', June 2026, A4, 3 p.: a title band, a full-width executive summary with
key findings ('The Service should have acted ...') and an 'In short' paraphrase, then chapters 2-5 in TWO CSS
COLUMNS; the seven recommendations are bold run-in labels numbered by chapter 'Recommendation 2.1', '3.1',
'3.2', '4.1', '4.2', '4.3', '5.1' in left-ruled paragraphs; traps: the public sector equality duty paraphrased
('must have due regard'), the 2019 peer review's recommendation quoted, a firefighter quoted, a station table,
'We make no recommendation about ...', the Commission's powers ('may ... enter into an agreement').
Response: Severn Vale Fire and Rescue Authority, 'Our response and action plan', July 2026, 2 p.: the Chair's
foreword, then SIX numbered sections in the Authority's own numbering with the recommendation numbers in
brackets, in the order 2.1, 3.1+3.2, 4.2, (staff networks: none), 4.1, 5.1; 4.3 unanswered; 'Governance and
monitoring' answers nothing.
Chromium headless --print-to-pdf, A4, cleaned Liberation Sans/Serif via @font-face, ligatures off; footers
stamped with PyMuPDF. All names, bodies, people, places and figures are invented; the Equality Act 2006 and the
Equality Act 2010 are real, but what is said about them is not to be relied on.

Run:  /tmp/blind66en/bin/python tests/docs/src/blind66/gen_en_equality_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b66en as H

NAME = "blind66_en_equality"
TMP = "/tmp/blind66en_equality"

RECS = {
    "2.1": "The Service should introduce an independent and confidential route for reporting sexual harassment, "
           "run by an organisation outside the Service, by April 2027.",
    "3.1": "The Service should ensure that every complaint of harassment is investigated by a trained "
           "investigator from outside the complainant's station.",
    "3.2": "The Service should complete every harassment investigation within 60 days and tell the complainant "
           "the outcome, and the reasons for it, in writing.",
    "4.1": "The Fire Authority should commission an independent review of the culture of the Service's watch "
           "system and publish its findings in full.",
    "4.2": "The Service should provide separate changing, washing and sleeping facilities for women at all 22 of "
           "its stations by March 2028.",
    "4.3": "The Service should ensure that every station and watch manager completes training in preventing and "
           "responding to harassment within 12 months.",
    "5.1": "The Fire Authority should publish each year the number of harassment complaints made, upheld and "
           "not upheld, broken down by directorate.",
}


def fontface():
    css = ""
    for fam, base in (("CSans", "LiberationSans"), ("CSerif", "LiberationSerif")):
        for st, w, f in (("normal", 400, "Regular"), ("normal", 700, "Bold"), ("italic", 400, "Italic"),
                         ("italic", 700, "BoldItalic")):
            css += ("@font-face { font-family: '%s'; font-style: %s; font-weight: %d; src: url('file://%s'); }\n"
                    % (fam, st, w, H.clean_font("%s-%s.ttf" % (base, f))))
    return css


CSS = """
@page { size: 210mm 297mm; margin: 16mm 16mm 20mm 16mm; }
body { font-family: 'CSerif'; font-size: 10pt; line-height: 1.38; font-variant-ligatures: none;
       font-feature-settings: 'liga' 0, 'clig' 0; color: #1b1b1b; margin: 0; }
p { margin: 0 0 6pt 0; text-align: justify; }
.band { background: #3b2a6b; color: #fff; padding: 12pt 14pt 10pt 14pt; margin-bottom: 10pt;
        font-family: 'CSans'; }
.band .org { font-size: 8.5pt; font-weight: 700; letter-spacing: 0.6pt; }
.band h1 { font-size: 19pt; margin: 6pt 0 3pt 0; line-height: 1.15; }
.band .sub { font-size: 9.5pt; }
h2 { font-family: 'CSans'; font-size: 12pt; color: #3b2a6b; margin: 9pt 0 4pt 0; break-after: avoid; }
h3 { font-family: 'CSans'; font-size: 10pt; margin: 7pt 0 3pt 0; break-after: avoid; }
.summary { background: #efecf6; padding: 8pt 10pt; margin-bottom: 8pt; font-family: 'CSans'; font-size: 9.4pt; }
.summary ul { margin: 3pt 0 3pt 0; padding-left: 14pt; }
.summary li { margin-bottom: 2pt; }
.cols { column-count: 2; column-gap: 7mm; }
.rec { border-left: 2.5pt solid #3b2a6b; padding: 1pt 0 1pt 6pt; margin: 4pt 0 8pt 0; break-inside: avoid;
       text-align: left; }
.rec b { color: #3b2a6b; font-family: 'CSans'; }
table.st { border-collapse: collapse; width: 100%; font-family: 'CSans'; font-size: 8.3pt; margin: 3pt 0 3pt 0;
           break-inside: avoid; }
table.st th { background: #3b2a6b; color: #fff; text-align: left; padding: 2pt 4pt; }
table.st td { border-bottom: 0.5pt solid #b9b1d3; padding: 2pt 4pt; }
.cap { font-family: 'CSans'; font-size: 8pt; font-style: italic; margin: 4pt 0 2pt 0; }
table.st { margin-bottom: 8pt; }
/* response */
.rband { border-top: 7pt solid #b22222; padding-top: 8pt; margin-bottom: 8pt; font-family: 'CSans'; }
.rband .org { font-weight: 700; color: #b22222; font-size: 9.5pt; }
.rband h1 { font-size: 18pt; margin: 4pt 0 2pt 0; }
.fw { background: #f6eeee; padding: 8pt 10pt; margin-bottom: 6pt; font-style: italic; }
.r h2 { color: #b22222; border-bottom: 0.8pt solid #b22222; padding-bottom: 2pt; }
.r ul { margin: 2pt 0 6pt 0; padding-left: 16pt; }
.r li { margin-bottom: 2pt; }
.lab { font-family: 'CSans'; font-weight: 700; font-size: 9.2pt; color: #555; margin: 4pt 0 2pt 0; }
"""


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + fontface() + CSS +
            "</style></head><body>" + body + "</body></html>")


def rec(n):
    return "<p class='rec'><b>Recommendation %s</b> %s</p>" % (n, RECS[n])


def advice():
    b = ["<div class='band'><div class='org'>COMMISSION FOR EQUALITY AND HUMAN RIGHTS</div>"
         "<h1>Investigation into Severn Vale Fire and Rescue Service</h1>"
         "<div class='sub'>Sexual harassment of women firefighters  |  Report of an investigation under section 20 "
         "of the Equality Act 2006  |  June 2026</div></div>",
         "<h2>1. Executive summary</h2>",
         "<div class='summary'><p>We opened this investigation in May 2025 after a series of employment tribunal "
         "claims by women firefighters against Severn Vale Fire and Rescue Service. We have found that the "
         "Service, as employer, committed unlawful acts of harassment related to sex under section 26 of the "
         "Equality Act 2010, and that it failed to take all reasonable steps to prevent them.</p>"
         "<p><b>Key findings</b></p><ul>"
         "<li>Nine of the 31 women we interviewed had been sexually harassed at work since 2020; none had "
         "confidence in the Service's complaints process.</li>"
         "<li>Complaints were investigated by managers from the same station, and took on average 142 days.</li>"
         "<li>Eleven stations have no separate facilities for women.</li>"
         "<li>The Service should have acted on the warnings of its own 2019 peer review.</li></ul>"
         "<p>In short, the Service needs to make it safe for women to speak up, deal with complaints fairly and "
         "quickly, and change a culture that has tolerated harassment for too long. We make seven "
         "recommendations, set out in chapters 2 to 5.</p></div>",
         "<div class='cols'>",
         "<h2>2. Reporting harassment</h2>",
         "<p>The Service's only route for raising a concern is through the line manager or the station "
         "manager. Several women told us that the manager was either the harasser or a close friend of the "
         "harasser. One firefighter said: \"You should never have to report it to the man's best mate, but "
         "that is the only way in.\"</p>",
         "<p>Under section 149 of the Equality Act 2010, the Service must have due regard to the need to "
         "eliminate harassment. That duty cannot be met if harassment is not reported.</p>",
         rec("2.1"),
         "<h2>3. Handling of complaints</h2>",
         "<p>We reviewed the 23 complaints of harassment made between 2020 and 2025. In 19, the investigating "
         "officer worked at the same station as the person complained about. Only four complainants were told "
         "the outcome in writing.</p>",
         "<div style='break-inside: avoid'><p class='cap'>Table 1: Harassment complaints, 2020-2025</p>"
         "<table class='st'><tr><th>Outcome</th><th>Complaints</th><th>Average days</th></tr>"
         "<tr><td>Upheld</td><td>5</td><td>118</td></tr>"
         "<tr><td>Not upheld</td><td>12</td><td>151</td></tr>"
         "<tr><td>Withdrawn</td><td>6</td><td>149</td></tr></table></div>",
         rec("3.1"),
         "<p>The Service's grievance policy says that investigations should be completed within 28 days. None "
         "was.</p>",
         rec("3.2"),
         "<h2>4. Culture and working environment</h2>",
         "<p>In 2019 a peer review by the Chief Fire Officers' network recommended that \"the Service should "
         "review the watch system and its effect on inclusion\". No review took place. The watch system "
         "places the same small group of firefighters together for years, and we heard that it protects those "
         "who harass.</p>",
         rec("4.1"),
         "<p>Eleven of the 22 stations, most of them on-call stations, have shared dormitories and shower "
         "rooms. Women told us they changed in vehicle bays or in toilets.</p>",
         rec("4.2"),
         "<p>Fewer than a third of station and watch managers have had any training on harassment since "
         "their promotion.</p>",
         rec("4.3"),
         "<h2>5. Transparency and next steps</h2>",
         "<p>The Service does not report on harassment complaints to the Fire Authority or to the public, so "
         "members had no way of knowing the scale of the problem.</p>",
         rec("5.1"),
         "<p>We make no recommendation about the Service's recruitment of women, which has improved since "
         "2022. Under the Equality Act 2006 the Commission may enter into an agreement with the Service, or "
         "require it to prepare an action plan. We ask the Fire Authority to publish its response to this "
         "report within eight weeks.</p>",
         "</div>"]
    return page("".join(b))


def response():
    b = ["<div class='rband'><div class='org'>SEVERN VALE FIRE AND RESCUE AUTHORITY</div>"
         "<h1>Our response and action plan</h1>"
         "<div>Response to the Commission for Equality and Human Rights' investigation report  |  July 2026</div>"
         "</div><div class='r'>",
         "<h2>Foreword from the Chair of the Authority</h2>",
         "<div class='fw'><p>On behalf of the Authority I apologise unreservedly to every woman who has been "
         "harassed while serving this community. The report makes painful reading, and we accept its findings "
         "in full. This document sets out what we will do and, where we have chosen a different course, why. "
         "Councillor Helen Marsh, Chair</p></div>",
         "<h2>1. A safe place to speak up (Recommendation 2.1)</h2>",
         "<p>We have contracted Clearline Reporting Ltd to run a confidential telephone and online service, "
         "open to all staff from 1 February 2027. Reports will go to the Authority's Monitoring Officer, not to "
         "Service managers.</p>",
         "<h2>2. Fair and timely investigations (Recommendations 3.1 and 3.2)</h2>",
         "<p>From September 2026, all harassment complaints will be investigated by a panel of accredited "
         "investigators drawn from a neighbouring fire service and from the county council's HR service. No "
         "investigator will come from the complainant's station.</p>",
         "<p>We have set a target of 60 days for the completion of investigations. Complainants will be told "
         "the outcome in writing, but, on legal advice, the letter will not set out the reasons where these "
         "concern a colleague's disciplinary record.</p>",
         "<h2>3. Facilities fit for everyone (Recommendation 4.2)</h2>",
         "<p>The capital programme approved by the Authority on 30 June 2026 funds new facilities at all "
         "eleven stations that lack them, with the last works due to finish in December 2027.</p>",
         "<h2>4. Supporting our people</h2>",
         "<p>We will fund the Women in the Fire Service network to hold quarterly meetings in working time, "
         "and a menopause policy has been agreed with the representative bodies.</p>",
         "<h2>5. Understanding our culture (Recommendation 4.1)</h2>",
         "<p>We have considered this recommendation carefully. The Service's culture was examined by His "
         "Majesty's inspectors in 2025, and a staff survey with a 71 per cent response rate was completed in "
         "March 2026. The Authority has decided that a further external review would delay action without "
         "adding to what we know, and will not commission one. We will instead act on the survey's findings.</p>",
         "<h2>6. Transparency (Recommendation 5.1)</h2>",
         "<p>The Authority sees the value of reporting more openly. Because some directorates employ fewer than "
         "ten women, we have asked our Data Protection Officer for advice on whether figures could identify "
         "individuals, and the Authority will return to this question in the new year.</p>",
         "<h2>Governance and monitoring</h2>",
         "<p>Progress on this plan will be reported to every meeting of the Authority's Equality and People "
         "Committee, and we will share an update with the Commission after six months.</p>",
         "</div>"]
    return page("".join(b))


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.chromium_pdf(src, H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), footer="Commission for Equality and Human Rights  |  Investigation into "
            "Severn Vale Fire and Rescue Service  |  {n}", size=8)
    H.stamp(H.out(NAME + "_response.pdf"), footer="Severn Vale Fire and Rescue Authority  |  Page {n} of {N}",
            size=8)
    sw = lambda k, n=10: " ".join(RECS[k].split()[:n])
    recs = [
        {"number": "2.1", "starts_with": sw("2.1"),
         "reply_contains": "contracted Clearline Reporting Ltd to run a confidential telephone",
         "verdict": "agrees"},
        {"number": "3.1", "starts_with": sw("3.1", 11),
         "reply_contains": "a panel of accredited investigators drawn from a neighbouring fire service",
         "verdict": "agrees"},
        {"number": "3.2", "starts_with": sw("3.2"),
         "reply_contains": "the letter will not set out the reasons",
         "verdict": "partly"},
        {"number": "4.1", "starts_with": sw("4.1"),
         "reply_contains": "a further external review would delay action",
         "verdict": "disagrees"},
        {"number": "4.2", "starts_with": sw("4.2", 9),
         "reply_contains": "funds new facilities at all eleven stations that lack them",
         "verdict": "agrees"},
        {"number": "4.3", "starts_with": sw("4.3"), "reply_contains": None, "verdict": "unanswered"},
        {"number": "5.1", "starts_with": sw("5.1"),
         "reply_contains": "the Authority will return to this question in the new year",
         "verdict": "noted"},
    ]
    H.write_expected(NAME, recs, [
        "I apologise unreservedly to every woman who has been harassed",
        "fund the Women in the Fire Service network to hold quarterly meetings",
        "reported to every meeting of the Authority's Equality and People Committee",
    ], "Advice: an equality commission's report of an investigation under section 20 of the Equality Act 2006 "
       "into a fire and rescue service (genre of the statutory equality investigations of public bodies). A "
       "title band and a shaded full-width executive summary (key findings as bullets, one with 'The Service "
       "should have acted on the warnings of its own 2019 peer review'; 'In short, the Service needs to make it "
       "safe ... We make seven recommendations, set out in chapters 2 to 5'), then chapters 2-5 in TWO CSS "
       "COLUMNS. The seven recommendations are left-ruled paragraphs opening with bold run-in labels numbered "
       "by chapter: 'Recommendation 2.1', '3.1', '3.2', '4.1', '4.2', '4.3', '5.1' (numbers expected as '2.1' "
       "etc.; the chapter headings are numbered 1.-5.), all opening 'The Service should' or 'The Fire Authority "
       "should'. Traps: a firefighter quoted ('You should never have to report it'), section 149 of the "
       "Equality Act 2010 paraphrased ('must have due regard'), a complaints table, the grievance policy "
       "('investigations should be completed within 28 days'), the 2019 peer review's recommendation quoted "
       "('the Service should review the watch system'), 'We make no recommendation about the Service's "
       "recruitment of women', the Commission's powers and 'We ask the Fire Authority to publish its response "
       "within eight weeks'. Response: the Authority's 'Our response and action plan', a Chair's foreword "
       "('we accept its findings in full' - the findings, not the recommendations), then sections numbered 1.-6. "
       "in the Authority's own numbering with the recommendation numbers in brackets, in the order 2.1, "
       "3.1+3.2, 4.2, none, 4.1, 5.1: 1 independent reporting line contracted (agrees); ONE section 2 "
       "'(Recommendations 3.1 and 3.2)': external investigators (3.1 agrees) + 60 days and outcome in writing "
       "but not always the reasons (3.2 partly); 3 all eleven stations lacking facilities done by December "
       "2027 (agrees); 4 'Supporting our people' (no recommendation: unmatched; its number 4 collides with "
       "chapter 4); 5 'will not commission one' (4.1 disagrees, no verdict label); 6 'sees the value ... asked "
       "our Data Protection Officer ... will return to this question' (5.1 noted); 4.3 (manager training) "
       "unanswered. Unmatched: the foreword, section 4, 'Governance and monitoring'.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
