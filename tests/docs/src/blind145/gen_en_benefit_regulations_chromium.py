"""Round 145 (EN): an independent social security advisory board's REPORT ON DRAFT REGULATIONS referred to it by
the Secretary of State, answered by the Secretary of State's STATEMENT laid before Parliament with the regulations,
'showing the extent to which effect has been given to the recommendations', in numbered paragraphs under THEME
HEADINGS that PARAPHRASE the recommendations, in another order, one paragraph answering two with different verdicts,
one recommendation left out.
The advice: paragraphs NUMBERED 1.1-5.2 under sections 1-5 (trap); the seven recommendations as UNNUMBERED BULLETS
after 'It recommends that the Secretary of State:', each opening with a verb in the third person ('delays ...',
'exempts ...'). Traps: the Act paraphrased ('must refer', 'must lay ... a statement'); the Department's explanatory
memorandum quoted ('claimants ... must attend an in-person review every four weeks'); respondents quoted ('the
Department should scrap ...'); the Board's 2019 report quoted ('the Department should publish ...'); the Board's
CONCLUSIONS lettered (a)-(d); 'The Board does not recommend that the regulations be withdrawn'.
The response: introduction (nothing); 'Timing' (1 disagrees); 'Good reason' (3 agrees); 'Parents and carers' (2
partly); 'Monitoring and evaluation' ONE paragraph: independent evaluation (6 agrees), sanction statistics by
disability and sex but not yet ethnicity (4 partly); 'Travel costs' (5 noted); 'Expected hours', on which the Board
made no recommendation (unmatched); conclusion (nothing); 7, consulting disability organisations on the claimant
commitment, never (unanswered).
Chromium headless --print-to-pdf, A4, cleaned Liberation Serif / Sans via @font-face, ligatures off; header and
'Page N of M' stamped from page 2. The Social Security Administration Act 1992 is named as context only (what is
said of it is paraphrased and not to be relied on); the Board, the Department, the regulations, the trial areas,
people, figures and references are invented.
Run:  /tmp/blind145en/bin/python tests/docs/src/blind145/gen_en_benefit_regulations_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b145en as H

NAME = "blind145_en_benefit_regulations"
CSS = """<style>
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
@page { size: A4; margin: 20mm 23mm 22mm 23mm; }
body { font-family: F; font-size: %(s)s; line-height: 1.4; color: #1b1b1b; margin: 0; font-variant-ligatures: none; }
h1 { font-size: 15pt; color: %(c)s; margin: 4pt 0 6pt 0; line-height: 1.25; }
h2 { font-size: 11pt; color: %(c)s; margin: 11pt 0 4pt 0; break-after: avoid; }
p { margin: 0 0 5.5pt 0; }
p.n { padding-left: 30pt; text-indent: -30pt; }
p.n span.no { display: inline-block; width: 30pt; text-indent: 0; color: #444; }
.meta { color: #555; font-size: 8.8pt; }
.band { background: %(c)s; color: #fff; padding: 6pt 9pt; font-size: 9pt; letter-spacing: 0.6pt; }
blockquote { margin: 2pt 24pt 6pt 54pt; font-style: italic; }
ul.recs { margin: 2pt 0 8pt 30pt; padding-left: 16pt; }
ul.recs li { margin-bottom: 4pt; }
ol.concl { list-style: none; margin: 2pt 0 6pt 30pt; padding: 0; }
ol.concl li { margin-bottom: 3pt; padding-left: 22pt; text-indent: -22pt; }
.addr { font-size: 9.2pt; }
</style>"""


def doc(body, fam, size, colour):
    r, b, i = (H.clean_font(f"Liberation{fam}-{s}.ttf") for s in ("Regular", "Bold", "Italic"))
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
            f"{CSS % {'r': r, 'b': b, 'i': i, 's': size, 'c': colour}}</head><body>{body}</body></html>")


def render(html, pdf):
    tmp = tempfile.mkdtemp(prefix="blind145en_html_")
    try:
        p = os.path.join(tmp, "doc.html")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(p, pdf)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def n(num, text):
    return f"<p class='n'><span class='no'>{num}</span>{text}</p>"


RECS = [
    "delays the start of four-weekly in-person reviews until the evaluation of the 2024 trial in Calderbridge and "
    "Ashmoor has been published;",
    "exempts claimants who are the main carer of a child under three from the in-person requirement, and allows "
    "them to take part by telephone or video instead;",
    "sets out in guidance what will count as good reason for missing a review, including the failure of public "
    "transport and short-notice childcare problems;",
    "monitors the effect of the change on sanction rates by ethnicity, disability and sex, and publishes the results "
    "every year;",
    "pays claimants' travel costs to reviews where the journey by public transport takes more than 90 minutes each "
    "way;",
    "commissions an independent evaluation of the policy, to report within 18 months of the regulations coming into "
    "force; and",
    "consults disability organisations on the revised wording of the claimant commitment before it is used.",
]


def advice():
    body = f"""
<div class='band'>INDEPENDENT SOCIAL SECURITY ADVISORY BOARD</div>
<p class='meta' style='margin-top:6pt'>Report presented to the Secretary of State for Employment and Welfare under
section 174(1) of the Social Security Administration Act 1992 &#183; ISSAB Report 31 &#183; 21 May 2025</p>
<h1>The Universal Credit (Work Search Reviews) (Amendment) Regulations 2025</h1>
<p class='meta'>Board members: Professor Annika Delacroix-Hume (Chair), Rhodri Kettleborough, Dr Sunita Varadarajan,
Bernard Oyelaran, Fiona MacAskill-Trent</p>

<h2>1. Introduction</h2>
{n('1.1', "The Secretary of State referred the draft regulations to the Board on 3 March 2025. As we understand the "
   "Act, the Secretary of State must refer most proposals for social security regulations to the Board and, when "
   "laying the regulations before Parliament, must lay with them a copy of our report and a statement showing the "
   "extent to which effect has been given to our recommendations and, where it has not, the reasons why.")}
{n('1.2', "We held a public consultation from 10 March to 11 April 2025 and received 46 responses, 29 of them from "
   "organisations. We also visited Jobcentres in Calderbridge and Ashmoor, where a version of the policy was "
   "trialled in 2024.")}

<h2>2. The proposals</h2>
{n('2.1', "The Department's explanatory memorandum describes the main change as follows:")}
<blockquote>"Claimants in the intensive work search group must attend an in-person review with their work coach every
four weeks. A claimant who fails to attend without good reason may be sanctioned."</blockquote>
{n('2.2', "At present most claimants in that group have an in-person review every three months, with telephone "
   "contact in between. The Department estimates that about 610,000 claimants will be affected and that the change "
   "will cost 48 million pounds a year to administer, mainly in work coach time.")}

<h2>3. What respondents told us</h2>
{n('3.1', "Most respondents accepted that more frequent contact with a work coach can help people into work. Many "
   "were concerned about the link to sanctions. One advice agency told us that &quot;the Department should scrap the "
   "whole idea until it knows whether it works&quot;; a parents' group said reviews &quot;must fit around the school "
   "day&quot;.")}
{n('3.2', "In rural areas the journey to a Jobcentre can be long. In the Ashmoor trial, 14 per cent of participants "
   "travelled more than 90 minutes each way by bus.")}

<h2>4. The Board's conclusions</h2>
{n('4.1', "Having considered the evidence, the Board has reached the following conclusions:")}
<ol class='concl'>
<li>(a) The policy aim of more regular, personal support is a reasonable one.</li>
<li>(b) The evidence from the 2024 trial has not yet been published, and the Department has not shown that the
trial reduced the time claimants spent out of work.</li>
<li>(c) The proposals bear most heavily on parents of young children and on disabled claimants living in rural
areas.</li>
<li>(d) The Department's equality analysis does not consider sanction rates by ethnicity.</li>
</ol>
{n('4.2', "In our 2019 report on the claimant commitment we said that &quot;the Department should publish sanction "
   "statistics broken down by protected characteristic&quot;. That has still not been done.")}
{n('4.3', "The Board does not recommend that the regulations be withdrawn. We have also considered the expected "
   "hours of work search, set at 35 hours a week, and make no recommendation on them in this report.")}

<h2>5. Recommendations</h2>
{n('5.1', "The Board supports the aim of the regulations. It recommends that the Secretary of State:")}
<ul class='recs'>{''.join(f'<li>{t}</li>' for t in RECS)}</ul>
{n('5.2', "We would be glad to discuss this report with officials, and we will review the effect of the regulations "
   "as part of our 2026 work programme.")}
<p style='margin-top:10pt'>Professor Annika Delacroix-Hume<br/>Chair, Independent Social Security Advisory Board</p>
"""
    render(doc(body, "Sans", "9.8pt", "#2b4a6f"), H.out(NAME + "_advice.pdf"))


def response():
    body = """
<p class='meta'>Presented to Parliament pursuant to section 174(2) of the Social Security Administration Act 1992
&#183; CP 1187 &#183; June 2025</p>
<h1>The Universal Credit (Work Search Reviews) (Amendment) Regulations 2025: Statement by the Secretary of State for
Employment and Welfare</h1>
<h2>Introduction</h2>
<p>1. The Secretary of State is grateful to the Independent Social Security Advisory Board for its report and to
everyone who responded to the Board's consultation. The Government has considered the report carefully, and this
statement sets out how it has responded.</p>
<p>2. Regular contact with a work coach is at the heart of Universal Credit. The regulations will help claimants who
are able to work to find a job more quickly, and the Government intends them to come into force on 3 November 2025.
</p>
<h2>Timing</h2>
<p>3. The Government does not consider that a delay is justified. The interim findings of the Calderbridge and
Ashmoor trial were considered in designing the policy, and the full evaluation will be published in the autumn,
before the regulations come into force. The new reviews will be introduced in stages, Jobcentre by Jobcentre, over
six months.</p>
<h2>Good reason</h2>
<p>4. The Government accepts this recommendation. Guidance to work coaches will list, as examples of good reason,
the cancellation or serious delay of a bus or train, a sudden problem with childcare and attending a medical
appointment. The guidance will be published before the regulations come into force.</p>
<h2>Parents and carers</h2>
<p>5. The Government accepts the principle behind the Board's recommendation but has decided to apply it more
narrowly. Main carers whose youngest child is under one will be able to attend their reviews by telephone or video.
Parents of older children will attend in person, but work coaches will offer appointments within school hours.</p>
<h2>Monitoring and evaluation</h2>
<p>6. An independent evaluation will be commissioned this summer and will report within 18 months of
implementation, as the Board proposed. The Department will also publish sanction rates by disability and by sex in its
quarterly statistics from the first release after the change. It is not yet able to publish reliable figures by
ethnicity, which is recorded for only 61 per cent of claimants, and will do so once recording has improved.</p>
<h2>Travel costs</h2>
<p>7. The Secretary of State has noted the Board's recommendation on travel costs. Claimants can already ask for help
with fares from the discretionary Jobcentre support fund, and the Department will keep the position under review
as the new reviews are rolled out.</p>
<h2>Expected hours</h2>
<p>8. The Board comments on the expected hours of work search. These are unchanged by the regulations, and work
coaches will continue to reduce them where a claimant has caring responsibilities or a health condition.</p>
<h2>Conclusion</h2>
<p>9. The Government believes that, with the changes described above, the regulations strike the right balance
between support and responsibility. The regulations, the Board's report and this statement have been laid before
Parliament together.</p>
<p style='margin-top:10pt'>Department for Employment and Welfare<br/>June 2025</p>
"""
    render(doc(body, "Serif", "9.9pt", "#3a3a3a"), H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="ISSAB Report 31 - Universal Credit (Work Search Reviews) (Amendment) "
            "Regulations 2025", footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Statement by the Secretary of State - CP 1187",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "delays the start of four-weekly in-person reviews until the evaluation",
         "reply_contains": "The Government does not consider that a delay is justified",
         "verdict": "disagrees"},
        {"number": 2, "starts_with": "exempts claimants who are the main carer of a child under three",
         "reply_contains": "has decided to apply it more narrowly",
         "verdict": "partly"},
        {"number": 3, "starts_with": "sets out in guidance what will count as good reason for missing",
         "reply_contains": "Guidance to work coaches will list, as examples of good reason",
         "verdict": "agrees"},
        {"number": 4, "starts_with": "monitors the effect of the change on sanction rates by ethnicity",
         "reply_contains": "It is not yet able to publish reliable figures by ethnicity",
         "verdict": "partly"},
        {"number": 5, "starts_with": "pays claimants' travel costs to reviews where the journey by public transport",
         "reply_contains": "has noted the Board's recommendation on travel costs",
         "verdict": "noted"},
        {"number": 6, "starts_with": "commissions an independent evaluation of the policy, to report within 18 months",
         "reply_contains": "An independent evaluation will be commissioned this summer",
         "verdict": "agrees"},
        {"number": 7, "starts_with": "consults disability organisations on the revised wording of the claimant "
                                     "commitment", "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["These are unchanged by the regulations, and work coaches will continue",
                 "intends them to come into force on 3 November 2025"]
    notes = ("Advice: an independent social security advisory board's REPORT ON DRAFT REGULATIONS referred to it by "
             "the Secretary of State. Paragraphs NUMBERED 1.1-5.2 under sections 1-5; the seven recommendations as "
             "UNNUMBERED BULLETS after 'It recommends that the Secretary of State:', each opening with a verb in the "
             "third person ('delays ...', 'exempts ...', 'sets out ...'). Traps: the Act paraphrased ('must refer', "
             "'must lay ... a statement'); the explanatory memorandum quoted ('Claimants ... must attend an in-person "
             "review every four weeks'); respondents quoted ('the Department should scrap the whole idea', 'must fit "
             "around the school day'); the Board's CONCLUSIONS LETTERED (a)-(d) on the same themes; its 2019 report "
             "quoted ('the Department should publish sanction statistics ...'); 'The Board does not recommend that "
             "the regulations be withdrawn'; expected hours considered but no recommendation made. Response: the "
             "Secretary of State's STATEMENT laid before Parliament, numbered paragraphs 1-9 under THEME HEADINGS "
             "that PARAPHRASE the recommendations, in another order: introduction (nothing); 'Timing' no delay (1 "
             "disagrees); 'Good reason' accepted (3 agrees); 'Parents and carers' principle accepted but only for a "
             "child under one (2 partly); 'Monitoring and evaluation' ONE paragraph: independent evaluation (6 "
             "agrees) and sanction rates by disability and sex but not yet by ethnicity (4 partly); 'Travel costs' "
             "noted, discretionary fund (5 noted); 'Expected hours', where no recommendation was made (unmatched); "
             "conclusion (nothing); 7, consulting disability organisations, never answered (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
