"""Round 25 (English): Commonwealth Ombudsman own-motion investigation report (recommendations in one numbered
list) and the agency's response letter answering by paragraph. Engine: PyMuPDF Story with cleaned Liberation
fonts (no NBSP/soft-hyphen cmap entries, no GSUB ligatures); header and page numbers stamped with PyMuPDF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b25en as H
import pymupdf

for st in ('Regular', 'Bold', 'Italic'):
    H.clean_font('Sans', st)
    H.clean_font('Serif', st)
CSS = '''
@font-face { font-family: S; src: url(B25Sans-Regular.ttf); }
@font-face { font-family: S; src: url(B25Sans-Bold.ttf); font-weight: bold; }
@font-face { font-family: S; src: url(B25Sans-Italic.ttf); font-style: italic; }
@font-face { font-family: R; src: url(B25Serif-Regular.ttf); }
@font-face { font-family: R; src: url(B25Serif-Bold.ttf); font-weight: bold; }
@font-face { font-family: R; src: url(B25Serif-Italic.ttf); font-style: italic; }
body { font-family: S; font-size: 10pt; line-height: 1.35; }
h1 { font-family: S; font-size: 19pt; color: #1d3f6e; margin: 0 0 8pt 0; }
h2 { font-family: S; font-size: 13pt; color: #1d3f6e; margin: 12pt 0 5pt 0; }
p { margin: 0 0 6pt 0; }
ol { margin: 0 0 6pt 0; }
li { margin: 0 0 5pt 0; }
.n { font-size: 8pt; }
.letter { font-family: R; font-size: 10.5pt; }
'''


def render(html, path):
    story = pymupdf.Story(html=html, user_css=CSS, archive=pymupdf.Archive(H.FONTDIR))
    w = pymupdf.DocumentWriter(path)
    more = True
    while more:
        dev = w.begin_page(pymupdf.paper_rect('a4'))
        more, _ = story.place(pymupdf.Rect(62, 60, 533, 780))
        story.draw(dev); w.end_page()
    w.close()


ADVICE = '''<body>
<p class="n">Commonwealth Ombudsman</p>
<h1>Lost in the queue: Services Australia's handling of requests to review Carer Payment decisions</h1>
<p><b>Own motion investigation report</b> | Report No. 04/2025 | November 2025</p>
<p>Report by the Commonwealth Ombudsman, Iain Anstruther-Kerr, under the <i>Ombudsman Act 1976</i></p>
<h2>Executive summary</h2>
<p>1. This own motion investigation examined how Services Australia (the agency) manages requests for an internal
review of decisions about Carer Payment. Between 1 July 2023 and 30 June 2024 the agency received 9,842 such
requests. The median time to finalise a review was 71 days, against the agency's own service standard of 49 days.</p>
<p>2. We found that reviews were held in a single national queue with no triage, that customers were rarely told
how long they would wait, and that payments were not routinely continued while a review was pending even where the
legislation allowed it.<sup>1</sup></p>
<p>3. The agency co-operated fully with the investigation. We made 7 recommendations, which are listed below. The
agency's response is at Appendix A.</p>
<h2>Recommendations</h2>
<p>The Ombudsman recommends that Services Australia:</p>
<ol>
<li>introduce triage of Carer Payment review requests within five business days of receipt, so that customers
experiencing financial hardship are prioritised</li>
<li>tell each customer in writing, when their review request is acknowledged, the expected time to finalise it</li>
<li>publish quarterly data on the number of review requests received and finalised and the median time taken</li>
<li>continue payment pending review in every case where section 131 of the Social Security (Administration) Act
1999 allows it, unless there is a documented reason not to</li>
<li>seek amendment of the legislation so that an internal review must be finalised within 60 days</li>
<li>update its Operational Blueprint guidance on Carer Payment reviews to reflect the findings of this report</li>
<li>report to the Office on its progress in implementing these recommendations within 12 months</li>
</ol>
<h2>Part 1: Background</h2>
<p>4. Carer Payment is an income support payment for people who provide constant care to a person with a disability
or medical condition. A customer who disagrees with a decision may ask for it to be reviewed by an Authorised
Review Officer (ARO), and then by the Administrative Review Tribunal.</p>
<p>5. Complaints to the Office about Carer Payment review delays rose from 112 in 2021-22 to 436 in 2023-24. In
October 2024 the Ombudsman decided to investigate on his own motion.</p>
<h2>Part 2: What we found</h2>
<p>6. All review requests enter one national queue and are allocated in date order. The agency told us that it does
not record whether a customer is in financial hardship when a review is requested.</p>
<p>7. Of the 60 files we examined, only 9 contained any advice to the customer about how long the review would take.
Several customers told us they had called the agency more than ten times.</p>
<p>8. Section 131 allows the agency to continue payment while a review is pending. In 41 of the 60 files, payment
was stopped and not resumed until the review was finalised. In 27 of those, the decision was later set aside.</p>
<p>9. Unlike some other jurisdictions, Commonwealth social security law sets no time limit for internal review. This
is a matter for the Parliament, but the agency is well placed to advise the Government on it.</p>
<h2>Part 3: Conclusion</h2>
<p>10. The Office considers that the delays, and the failure to continue payment, amount to unreasonable
administrative action under section 15 of the Ombudsman Act. We acknowledge that the agency has recently recruited
additional review officers.</p>
<p class="n">_____________<br/>1 Social Security (Administration) Act 1999, s 131. Continuation of payment is
discretionary.</p>
</body>'''

RESPONSE = '''<body class="letter">
<p><b>Services Australia</b><br/>Office of the Chief Executive Officer<br/>PO Box 7788, Canberra BC ACT 2610</p>
<p>Mr Iain Anstruther-Kerr<br/>Commonwealth Ombudsman<br/>GPO Box 442<br/>Canberra ACT 2601</p>
<p>12 November 2025</p>
<p>Dear Mr Anstruther-Kerr</p>
<p><b>Own motion investigation into the handling of Carer Payment review requests</b></p>
<p>Thank you for the opportunity to respond to the draft report of your own motion investigation. The agency
appreciates the constructive way in which your Office conducted the investigation and acknowledges the impact that
delays in reviews have had on carers, who are among our most vulnerable customers.</p>
<p>Since 1 July 2025 we have recruited 140 additional Authorised Review Officers, and the median time to finalise a
Carer Payment review fell to 52 days in the September quarter.</p>
<p>The agency agrees with recommendation 1. A hardship triage step was introduced on 6 October 2025 and every new
request is now triaged within five business days, with requests flagged for hardship allocated first.</p>
<p>In relation to recommendation 2, this is already our practice for requests lodged online, where customers receive
an estimated finalisation date in their acknowledgement. We will extend the same advice to requests lodged by phone
and in person from February 2026. The agency agrees.</p>
<p>The agency agrees in part with recommendation 3. We will publish the number of review requests received and
finalised each quarter in our annual performance data, but timeliness data will be published annually rather than
quarterly, because quarterly medians are volatile.</p>
<p>The agency does not agree with recommendation 4. Continuation of payment is a discretion that must be exercised
case by case, and a presumption in favour of continuing payment could create debts for customers whose review is
unsuccessful. We will, however, remind review officers of the discretion.</p>
<p>Recommendation 5 concerns a matter of legislative policy, which is for the Government and the Department of Social
Services. The agency has provided your report to the Department and notes the recommendation.</p>
<p>Recommendation 7 is agreed. The agency will provide a progress report to your Office by 30 November 2026.</p>
<p>We thank your Office again for its work. If you would like to discuss this response, please contact Ms Anh Nguyen-Ward,
General Manager, Review and Appeals Division.</p>
<p>Yours sincerely</p>
<p>Helena Strathmore-Boyd<br/>Chief Executive Officer</p>
</body>'''

if __name__ == '__main__':
    a, r = H.out('cwo', 'advice'), H.out('cwo', 'response')
    render(ADVICE, a); render(RESPONSE, r)
    H.stamp(a, 'Commonwealth Ombudsman | Own motion investigation report 04/2025', 'Page {n} of {m}', first=False)
    H.stamp(r, None, '{n}', first=False)
    H.write_expected('cwo', [
        ('1', 'introduce triage of Carer Payment review requests within five business days',
         'hardship triage step was introduced on 6 October 2025', 'agrees'),
        ('2', 'tell each customer in writing, when their review request is acknowledged',
         'extend the same advice to requests lodged by phone', 'agrees'),
        ('3', 'publish quarterly data on the number of review requests received',
         'timeliness data will be published annually rather than quarterly', 'partly'),
        ('4', 'continue payment pending review in every case where section 131',
         'a presumption in favour of continuing payment could create debts', 'disagrees'),
        ('5', 'seek amendment of the legislation so that an internal review must',
         'concerns a matter of legislative policy, which is for the Government', 'noted'),
        ('6', 'update its Operational Blueprint guidance on Carer Payment reviews to reflect',
         None, 'unanswered'),
        ('7', 'report to the Office on its progress in implementing these recommendations',
         'provide a progress report to your Office by 30 November 2026', 'agrees'),
    ], ['appreciates the constructive way in which your Office conducted',
        'recruited 140 additional Authorised Review Officers',
        'If you would like to discuss this response, please contact'],
        'Commonwealth Ombudsman own motion report (PyMuPDF Story, cleaned fonts, stamped header and "Page N of M"): '
        'the seven recommendations are one ordered list 1.-7. of lower-case verb phrases under "The Ombudsman '
        'recommends that Services Australia:" in the executive summary, surrounded by numbered body paragraphs 1.-10. '
        '(paragraph numbers collide with recommendation numbers); paragraph 9 "a matter for the Parliament" is not a '
        'recommendation. Response: a CEO letter with NO headings, one paragraph per recommendation with run-in '
        'references ("The agency agrees with recommendation 1", "In relation to recommendation 2" with the verdict at '
        'the end after "already our practice", "agrees in part with recommendation 3", "does not agree with '
        'recommendation 4" then a softening "We will, however, remind", "Recommendation 5 concerns ... notes", '
        '"Recommendation 7 is agreed"); 6 skipped (unanswered); opening, the 140-officers context paragraph and '
        'the closing answer nothing.')
    H.report('blind25_en_cwo')
