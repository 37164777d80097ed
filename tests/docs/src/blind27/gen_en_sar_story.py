"""Round 27 (EN): Safeguarding Adults Review (Care Act 2014, s.44) by an independent reviewer for a
Safeguarding Adults Board + the Board's published response by theme, citing by ordinal and paraphrase.
PyMuPDF Story (cleaned Liberation fonts: no GSUB, no NBSP/soft-hyphen cmap); header and 'Page N of M'
stamped. All content (people, places, agencies' names, figures) invented."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b27en as H
import pymupdf as fitz

NAME = "blind27_en_sar"
CSS = """
@font-face {font-family: LS; src: url(LiberationSans-Regular.ttf);}
@font-face {font-family: LS; src: url(LiberationSans-Bold.ttf); font-weight: bold;}
@font-face {font-family: LS; src: url(LiberationSans-Italic.ttf); font-style: italic;}
body {font-family: LS; font-size: 10.5pt; line-height: 1.35;}
p {margin: 0 0 7pt 0;}
h1 {font-size: 18pt; color: #1f4e79; margin: 0 0 8pt 0;}
h2 {font-size: 13pt; color: #1f4e79; margin: 12pt 0 6pt 0;}
h3 {font-size: 11pt; margin: 8pt 0 4pt 0;}
.lp {background-color: #e4eef7; padding: 6pt; margin: 4pt 0 9pt 0;}
.rec {margin: 0 0 8pt 0;}
.small {font-size: 8.5pt; color: #555555;}
.q {font-style: italic; margin-left: 14pt;}
"""

ADVICE = """
<p class="small"><b>Kelmshire Safeguarding Adults Board</b></p>
<h1>Safeguarding Adults Review: Mr D</h1>
<p><b>A review under section 44 of the Care Act 2014</b></p>
<p>Independent reviewer: Margaret Holloway<br/>Presented to the Board: 9 September 2025<br/>Published: 4 November 2025</p>
<h2>1. Introduction</h2>
<p>1.1 Mr D was 67 when he died at his home in Thornbury Vale in January 2025. He lived alone in a privately rented
flat, had diabetes and chronic obstructive pulmonary disease, and had been known to adult social care, his GP practice,
the community nursing service and his landlord for several years. In the final months of his life his home became
severely cluttered and he repeatedly declined offers of help.</p>
<p>1.2 The Board's Safeguarding Adults Review subgroup decided in March 2025 that the criteria for a mandatory review
under section 44(1) of the Care Act 2014 were met, because Mr D had died, abuse or neglect (in the form of self-neglect)
was suspected, and there was concern that partner agencies could have worked together more effectively.</p>
<p>1.3 The review covers the period from 1 January 2023 to Mr D's death. It used a learning-together approach, with
two practitioner workshops attended by 23 staff from nine organisations. Mr D's sister contributed to the review, and the
reviewer is grateful to her.</p>
<h2>2. Summary of events</h2>
<p>2.1 Between January 2023 and December 2024, Mr D missed 19 of 26 appointments at his GP practice and the diabetes
clinic. Community nurses were unable to gain access on 11 occasions. Each missed contact was recorded, but no single
agency held the full picture.</p>
<p>2.2 A safeguarding concern was raised by Mr D's landlord in August 2024. Adult social care visited, found that Mr D
had capacity to decide whether to accept support, and closed the concern when he declined it. A mental capacity
assessment was recorded as a single line: "Mr D understands the risks and does not want help."</p>
<p>2.3 In November 2024 Mr D's benefits were suspended after he did not attend a reassessment appointment. From that
point he had no money for heating. He was found dead by a community nurse on 14 January 2025.</p>
<h2>3. Analysis</h2>
<h3>3.1 Self-neglect and the multi-agency protocol</h3>
<p>The Board's self-neglect protocol was published in 2023 following the review concerning Ms F. That review recommended
that "the Board should develop a multi-agency protocol for responding to self-neglect", and the Board did so. However,
none of the practitioners who worked with Mr D had used the protocol, and several were unaware of it.</p>
<div class="lp"><p><b>Learning point</b></p><p>Practitioners should consider whether a pattern of missed appointments, refused
visits and a deteriorating home environment indicates self-neglect, even when no single event seems serious.</p></div>
<h3>3.2 Mental capacity</h3>
<p>The capacity assessment in August 2024 did not consider whether Mr D could use and weigh the information about the
risks of cold and of stopping his medication. Practitioners told the review that they felt unable to return once a
person with capacity had declined help.</p>
<div class="lp"><p><b>Learning point</b></p><p>Respecting a person's right to make unwise decisions does not end the duty to
keep trying to engage. Practitioners should plan repeat contacts and record the reasons for a decision to close a
case.</p></div>
<h3>3.3 Disagreement between agencies</h3>
<p>In October 2024 the community nursing team asked adult social care to reopen the case. The request was declined and
there was no route for escalating the disagreement. Staff described a culture of "passing the referral back".</p>
<h3>3.4 Welfare benefits</h3>
<p>The suspension of Mr D's benefits was, in the reviewer's view, the event that most increased the risk to his life.
No agency in Kelmshire was told that his benefits had stopped.</p>
<h2>4. Conclusions</h2>
<p>4.1 Mr D's death was not predictable in its timing, but the risks to him were known to several agencies and were not
brought together. The reviewer concludes that the Board's self-neglect protocol is sound but is not embedded in
practice, and that the absence of an escalation route allowed a serious disagreement to go unresolved.</p>
<p>4.2 The reviewer makes seven recommendations. They are addressed to the Board, which is asked to seek assurance from
partner agencies on their implementation.</p>
<h2>5. Recommendations</h2>
<p class="rec"><b>Recommendation 1</b><br/>The Board should seek assurance from all partner agencies that the multi-agency
self-neglect protocol is included in induction and refresher training, and should audit its use within twelve months.</p>
<p class="rec"><b>Recommendation 2</b><br/>The Board should ask the Integrated Care Board to require GP practices to
review, with a named clinician, any adult with long-term conditions who misses three or more consecutive appointments.</p>
<p class="rec"><b>Recommendation 3</b><br/>Kelmshire Council should revise its guidance on mental capacity assessments for
adults who decline support, so that assessments address the specific decision and the risks involved, and are
reviewed by a senior practitioner.</p>
<p class="rec"><b>Recommendation 4</b><br/>The Board should write to the Department for Work and Pensions asking that
local authorities be notified when the benefits of an adult known to be at risk are suspended.</p>
<p class="rec"><b>Recommendation 5</b><br/>The Board should introduce a multi-agency escalation and resolution procedure, so
that disagreements between agencies about the response to a safeguarding concern can be resolved at a senior level
within ten working days.</p>
<p class="rec"><b>Recommendation 6</b><br/>The Board should invite the largest private landlords and letting agents in
Kelmshire to join its Partnership Forum and should publish guidance for landlords on raising safeguarding concerns.</p>
<p class="rec"><b>Recommendation 7</b><br/>The Board should hold an annual learning event on self-neglect, open to all
frontline practitioners, for at least the next three years.</p>
<p class="small">Appendix: terms of reference and methodology are available from the Board's business unit on request.</p>
"""

RESPONSE = """
<p class="small"><b>Kelmshire Safeguarding Adults Board</b></p>
<h1>Board response to the Safeguarding Adults Review concerning Mr D</h1>
<p>November 2025</p>
<h2>Statement from the Independent Chair</h2>
<p>On behalf of the Board, I want first to express our sympathy to Mr D's sister and to everyone who knew him. His death
was a tragedy, and the review shows that agencies in Kelmshire knew more about the risks he faced than any one of them
acted upon. The Board accepted the review at its meeting on 9 September 2025 and has agreed the response set out below.
We have grouped our response by theme; each partner named below has confirmed its agreement.</p>
<p><i>Dr Fiona Aldridge, Independent Chair, Kelmshire Safeguarding Adults Board</i></p>
<h2>Mental capacity</h2>
<p>The reviewer's third recommendation concerns capacity assessments for people who decline support. Kelmshire Council
accepts it in full. New practice guidance, "Capacity and Choice", was issued to all adult social care staff in October
2025; it requires every assessment to name the specific decision, and any decision to close a case after a refusal of
support must now be countersigned by a senior practitioner.</p>
<h2>Working together on self-neglect</h2>
<p>The first and fifth recommendations both concern how agencies work together, and the Board has taken them forward
together. All partners have confirmed that the self-neglect protocol now forms part of their induction, and the Board's
Quality Assurance subgroup will audit 30 cases in the autumn of 2026.</p>
<p>The Board has also agreed a Resolution and Escalation Protocol, which came into effect on 1 October 2025. It sets out
three stages, ending with a meeting of senior managers, but the Board considers that a fixed limit of ten working days
would not be workable for the most complex cases; the Protocol therefore sets a target of twenty working days.</p>
<h2>Missed appointments</h2>
<p>The Integrated Care Board has considered the proposal that GP practices review every adult with long-term conditions
who misses three or more consecutive appointments. It has concluded that a single mandatory rule for all practices
would not be proportionate, and it will not be introducing one. Practices will instead be encouraged to use the
existing "was not brought / did not attend" guidance.</p>
<h2>Landlords and letting agents</h2>
<p>Two housing associations and the Kelmshire Landlords' Association have joined the Partnership Forum, and a leaflet
for landlords on how to raise a concern will be published by March 2026.</p>
<h2>Welfare benefits</h2>
<p>The Independent Chair wrote to the Department for Work and Pensions on 2 October 2025 to share the review's findings.
Whether information about suspended benefits can be shared with local authorities is a matter for the Department and
for national policy; the Board has asked to be told of any response and will update partners when it is received.</p>
<h2>Learning events</h2>
<p>The Board agrees in principle with an annual learning event on self-neglect. The first event will take place in
March 2026; whether it continues beyond 2026 will depend on the Board's budget, which is agreed each year by the three
statutory partners.</p>
<h2>What has changed since Mr D's death</h2>
<p>Even before the review was completed, the community nursing service changed its procedure so that two failed visits
in a row now trigger a call to the patient's GP on the same day.</p>
<h2>Afterword</h2>
<p>Mr D's sister asked that this response include a few words from her: "My brother was a proud man who did not want to
be a burden. I hope that the next person in his position is not left alone with that pride."</p>
"""


def build(html, path, header):
    for f in ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"):
        H.clean_font(f)
    arch = fitz.Archive(H.CLEAN)
    story = fitz.Story(html=html, user_css=CSS, archive=arch)
    mediabox = fitz.paper_rect("a4")
    where = mediabox + (64, 66, -64, -64)
    writer = fitz.DocumentWriter(path)
    more = True
    while more:
        dev = writer.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
    writer.close()
    H.stamp(path, header=header, footer="Page {n} of {N}", skip_first=True,
            fontfile=H.clean_font("LiberationSans-Regular.ttf"), size=8)


def main():
    build("<body>" + ADVICE + "</body>", H.out(NAME + "_advice.pdf"),
          "Kelmshire SAB  |  Safeguarding Adults Review: Mr D  |  OFFICIAL")
    build("<body>" + RESPONSE + "</body>", H.out(NAME + "_response.pdf"),
          "Kelmshire SAB  |  Board response to the SAR concerning Mr D")
    recs = [
        {"number": "1", "starts_with": "The Board should seek assurance from all partner agencies that",
         "reply_contains": "will audit 30 cases in the autumn of 2026", "verdict": "agrees"},
        {"number": "2", "starts_with": "The Board should ask the Integrated Care Board to require",
         "reply_contains": "would not be proportionate, and it will not be introducing one",
         "verdict": "disagrees"},
        {"number": "3", "starts_with": "Kelmshire Council should revise its guidance on mental capacity assessments",
         "reply_contains": "must now be countersigned by a senior practitioner", "verdict": "agrees"},
        {"number": "4", "starts_with": "The Board should write to the Department for Work and Pensions",
         "reply_contains": "is a matter for the Department and for national policy", "verdict": "noted",
         "also": ["agrees"]},
        {"number": "5", "starts_with": "The Board should introduce a multi-agency escalation and resolution procedure",
         "reply_contains": "the Protocol therefore sets a target of twenty working days", "verdict": "partly",
         "also": ["agrees"]},
        {"number": "6", "starts_with": "The Board should invite the largest private landlords and letting agents",
         "reply_contains": "a leaflet for landlords on how to raise a concern", "verdict": "agrees"},
        {"number": "7", "starts_with": "The Board should hold an annual learning event on self-neglect",
         "reply_contains": "whether it continues beyond 2026 will depend on the Board's budget",
         "verdict": "partly"},
    ]
    unmatched = ["two failed visits in a row now trigger a call",
                 "I hope that the next person in his position"]
    notes = ("Safeguarding Adults Review under s.44 Care Act 2014 for a (fictional) Safeguarding Adults Board and the "
             "Board's published response (PyMuPDF Story, A4, header and 'Page N of M' stamped from page 2). Advice: "
             "short numbered paragraphs 1.1-4.2, sub-headed analysis 3.1-3.4 with shaded 'Learning point' boxes that "
             "read like recommendations ('Practitioners should consider ...') but are not; section 3.1 quotes an earlier "
             "review's recommendation; conclusions paragraph 4.2 counts the recommendations; section 5 lists "
             "'Recommendation 1'-'7' as bold label + line break + text, mostly 'The Board should ...'. Response: "
             "Independent Chair's statement, then theme headings with NO numbers except by ordinal, in another order: "
             "'Mental capacity' cites 'The reviewer's third recommendation' (accepted in full, agrees); 'Working "
             "together on self-neglect' cites 'The first and fifth recommendations' in ONE section, a paragraph each: "
             "1 done + audit (agrees), 5 protocol adopted but twenty working days instead of ten (partly, also agrees); "
             "'Missed appointments' answers 2 by paraphrase only - the ICB 'will not be introducing one' (disagrees); "
             "'Landlords and letting agents' answers 6 by paraphrase (agrees); 'Welfare benefits' - the letter was "
             "written (the letter itself is what 4 asked) but the substance is 'a matter for the Department' (noted, also "
             "agrees); 'Learning events' - 'agrees in principle', first event only, later years depend on budget "
             "(partly). 'What has changed since Mr D's death' and the sister's 'Afterword' answer nothing (unmatched).")
    H.write_expected(NAME, recs, unmatched, notes)
    errs = H.check(NAME)
    print(NAME, "OK" if not errs else errs)


if __name__ == "__main__":
    main()
