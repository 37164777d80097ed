"""Round 133 (EN): an English borough's CARERS' FORUM FEEDBACK on the council's draft Carers Strategy, answered by an
APPENDIX to the final strategy, 'How we responded to the Carers' Forum', grouped by OUTCOME.
The advice: three themes, each with a sub-heading 'What carers told us' (bullets: findings, not recommendations) and
a sub-heading 'What the Forum asks' (bullets: the seven asks, unnumbered, imperative 'Offer ...', 'Give ...'); the
third ask runs over the page break. Traps: the Care Act 2014 paraphrased ('must assess'), a carer quoted ('should
just pick up the phone'), the council's own draft commitment quoted ('should be able to'), a figures box, a negated
'We are not asking ...', a closing naming the two asks members voted first.
The response: an appendix with an introduction (nothing), three lists of bold-run-in bullets by outcome, 'What we
have changed' (emergency cover; assessment and contact in one bullet: asks 1 and 2; young carers in schools), 'What
we have not changed, and why' (Saturday sessions), 'What we will look at again' (carers' card), 'Other feedback'
with survey figures (nothing) and thanks (nothing); the ask on the council as an employer is never answered.
Chromium headless --print-to-pdf, A4, cleaned Liberation Sans (feedback) and Liberation Serif (appendix) via
@font-face, ligatures off; header and 'Page N of M' stamped from page 2. All bodies, people, places, figures and
references invented; the Care Act 2014 is named as context only (what is said of it is paraphrased and not to be
relied on).
Run:  /tmp/blind133en/bin/python tests/docs/src/blind133/gen_en_carers_forum_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b133en as H

NAME = "blind133_en_carers_forum"
CSS = """<style>
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
@page { size: 210mm 297mm; margin: 21mm 22mm 21mm 22mm; }
body { font-family: F; font-size: %(s)s; line-height: 1.4; color: #1d1d1d; margin: 0; font-variant-ligatures: none; }
h1 { font-size: 18pt; color: %(c)s; margin: 0 0 4pt 0; }
h2 { font-size: 13pt; color: %(c)s; margin: 14pt 0 4pt 0; border-bottom: 1.2pt solid %(c)s; padding-bottom: 2pt; }
h3 { font-size: 10.5pt; margin: 8pt 0 3pt 0; color: #333; text-transform: uppercase; letter-spacing: 0.5pt; }
p { margin: 0 0 7pt 0; }
.meta { color: #555; font-size: 9pt; }
.band { background: %(c)s; color: white; font-size: 9pt; letter-spacing: 0.5pt; padding: 4pt 7pt; margin-bottom: 9pt; }
ul { margin: 0 0 7pt 0; padding-left: 18pt; } li { margin-bottom: 3pt; }
ul.asks li::marker { color: %(c)s; }
ul.asks li { orphans: 1; widows: 1; }
h2, h3 { break-after: avoid; page-break-after: avoid; }
.facts { border: 0.8pt solid #999; background: #f4f1ea; padding: 5pt 9pt; margin: 6pt 0 9pt 0; font-size: 9.5pt; }
.facts p { margin: 0 0 2pt 0; }
q { font-style: italic; }
</style>"""


def doc(body, fam, size, colour):
    r, b, i = (H.clean_font(f"Liberation{fam}-{s}.ttf") for s in ("Regular", "Bold", "Italic"))
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
            f"{CSS % {'r': r, 'b': b, 'i': i, 's': size, 'c': colour}}</head><body>{body}</body></html>")


def advice():
    body = """
<div class='band'>KINGSMERE CARERS' FORUM &#183; FEEDBACK TO KINGSMERE BOROUGH COUNCIL</div>
<h1>Our feedback on the draft Carers Strategy 2026-2030</h1>
<p class='meta'>Agreed at the Forum's open meeting, 10 September 2025 &#183; Ref. KCF/FB/2025-02 &#183; Co-chairs:
Denise Okonkwo-Hale and Peter Llewellyn-Sharma</p>

<h2>About this feedback</h2>
<p>The Kingsmere Carers' Forum is an independent group of unpaid carers who look after a family member or friend.
We meet every month at the Linden Centre and online. The council asked us to comment on its draft Carers Strategy,
published on 2 July 2025. Forty-three carers took part in three workshops in July and August, and a further 58
answered our short questionnaire.</p>
<p>Under the Care Act 2014 a local authority must assess any carer who appears to need support, and must meet
eligible needs. The draft strategy itself says that every carer "should be able to get the right help at the right
time". We agree. Our feedback is about how that promise will be kept.</p>
<div class='facts'>
<p><b>Kingsmere in numbers (from the draft strategy)</b></p>
<p>About 14,600 unpaid carers live in the borough; 2,350 are known to adult social care.</p>
<p>612 carer's assessments were completed in 2024-25; the average wait was 71 days.</p>
<p>About 380 young carers are known to schools, probably fewer than half of the real number.</p>
</div>

<h2>1. Information and assessment</h2>
<h3>What carers told us</h3>
<ul>
<li>Most carers first heard they could ask for an assessment from another carer, not from the council.</li>
<li>Waits of three months or more were common, and carers were often not told when to expect a visit.</li>
<li>Calls to the contact centre are passed from team to team. One carer said: <q>The council should just pick up
the phone and call me back.</q></li>
</ul>
<h3>What the Forum asks</h3>
<ul class='asks'>
<li>Offer every carer an assessment within 28 days of asking, and confirm the date of the assessment to them in
writing.</li>
<li>Give each carer known to adult social care one named contact, with a direct phone number, instead of sending
them through the general contact centre.</li>
</ul>

<h2>2. Breaks and respite</h2>
<h3>What carers told us</h3>
<ul>
<li>The Saturday sessions at the Linden Centre, which closed in 2023, were the only regular break for many
carers of adults with a learning disability.</li>
<li>Carers who fell ill had nobody to step in. Several said they had gone into hospital late, or not at all, for
this reason.</li>
<li>Direct payments for breaks work well, but the paperwork puts many people off.</li>
</ul>
<h3>What the Forum asks</h3>
<ul class='asks'>
<li>Bring back the Saturday day sessions at the Linden Centre for adults with a learning disability, so that their
carers have a regular weekend break.</li>
<li>Set up an emergency respite scheme so that a carer who is suddenly ill or admitted to hospital can get
replacement care for the person they look after within 24 hours.</li>
</ul>
<p>We are not asking for more residential respite beds: carers told us the existing beds are rarely full.</p>

<h2>3. Money, work and recognition</h2>
<h3>What carers told us</h3>
<ul>
<li>Parking near hospitals, GP surgeries and day services is a large and regular cost.</li>
<li>Carers who work said their employers did not understand caring. Council staff said the same about the council.</li>
<li>Young carers said teachers often did not know about their caring role until something went wrong.</li>
</ul>
<h3>What the Forum asks</h3>
<ul class='asks'>
<li>Introduce a Kingsmere carers' card that gives free parking in council car parks and reduced prices at council
leisure centres, to recognise what carers do.</li>
<li>Make the council itself a carer-friendly employer, with at least five days of paid carers' leave a year for its
own staff and a staff carers' network.</li>
<li>Start a young carers' group in every secondary school in the borough, run jointly with the Kingsmere Young Carers
Service, so that young carers are identified earlier and have time with others like them.</li>
</ul>

<h2>Closing</h2>
<p>At our September meeting members voted on which asks matter most. Emergency respite came first and the carers'
card second. We look forward to seeing the final strategy and would welcome the chance to help write the action
plan that goes with it.</p>
<p>Denise Okonkwo-Hale and Peter Llewellyn-Sharma, Co-chairs</p>
"""
    return doc(body, "Sans", "10.5pt", "#8a3b12")


def response():
    body = """
<div class='band'>KINGSMERE BOROUGH COUNCIL &#183; CARERS STRATEGY 2026-2030 &#183; APPENDIX B</div>
<h1>How we responded to the Carers' Forum</h1>
<p class='meta'>Adult Social Care &#183; Published with the final strategy, approved by Cabinet on 4 December 2025
&#183; Document ASC/CS/26-30/B</p>
<p>The Kingsmere Carers' Forum sent us detailed feedback on the draft strategy in September 2025. We are very
grateful to the carers who gave up their time to take part. This appendix explains what we did with the Forum's
asks. The main strategy document shows each change in context.</p>

<h2>What we have changed</h2>
<ul>
<li><b>Emergency cover.</b> From April 2026 a new carers' emergency response service will arrange replacement care
within 24 hours when a registered carer is taken ill or admitted to hospital. Carers can register free of charge
with the Carers' Hub. (Strategy, section 4.3.)</li>
<li><b>Assessments and contact.</b> The strategy now promises that a carer's assessment will take place within 28
days of a request, with the date confirmed by letter or email. We have not been able to give every carer a named
worker: instead a dedicated Carers' Team will have its own direct line, answered from 9am to 5pm on weekdays,
so that carers no longer go through the main contact centre. (Sections 3.1 and 3.2.)</li>
<li><b>Young carers in schools.</b> We will start with young carers' groups in three secondary schools from
September 2026, run with the Young Carers Service, and decide whether to extend them after an evaluation in
summer 2027. (Section 5.2.)</li>
</ul>

<h2>What we have not changed, and why</h2>
<ul>
<li><b>Saturday sessions.</b> We understand how much these were valued, but the Saturday sessions at the Linden
Centre will not be restarted. The building is now the borough's community diagnostic hub, and the money has been
moved into direct payments for breaks, which we have made simpler to apply for. (Section 4.1.)</li>
</ul>

<h2>What we will look at again</h2>
<ul>
<li><b>Carers' card.</b> A card offering free parking and leisure discounts would cost more than the strategy's
budget allows. We will look at the idea again when the council sets its 2026-27 budget and will report back to
the Forum in March 2026.</li>
</ul>

<h2>Other feedback</h2>
<p>Alongside the Forum's feedback we received 412 responses to the online survey on the draft. Of these, 71 per cent
agreed with the strategy's five priorities and 18 per cent disagreed; the full results are in Appendix C.</p>
<p>Thank you again to the Forum's members for sharing their experience so openly. The Carers Partnership Board will
review progress on the strategy every six months, starting in June 2026.</p>
"""
    return doc(body, "Serif", "11pt", "#1d4e6b")


def main():
    tmp = tempfile.mkdtemp(prefix="blind133en_html_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(src, H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Kingsmere Carers' Forum - KCF/FB/2025-02",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Kingsmere Borough Council - Carers Strategy 2026-2030 - Appendix B",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "Offer every carer an assessment within 28 days of asking",
         "reply_contains": "promises that a carer's assessment will take place within 28 days",
         "verdict": "agrees"},
        {"number": 2, "starts_with": "Give each carer known to adult social care one named contact",
         "reply_contains": "We have not been able to give every carer a named worker",
         "verdict": "partly"},
        {"number": 3, "starts_with": "Bring back the Saturday day sessions at the Linden Centre",
         "reply_contains": "sessions at the Linden Centre will not be restarted", "verdict": "disagrees"},
        {"number": 4, "starts_with": "Set up an emergency respite scheme so that a carer who",
         "reply_contains": "a new carers' emergency response service will arrange replacement care",
         "verdict": "agrees"},
        {"number": 5, "starts_with": "Introduce a Kingsmere carers' card that gives free parking in",
         "reply_contains": "We will look at the idea again when the council sets",
         "verdict": "noted"},
        {"number": 6, "starts_with": "Make the council itself a carer-friendly employer, with at least",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 7, "starts_with": "Start a young carers' group in every secondary school in the",
         "reply_contains": "start with young carers' groups in three secondary schools",
         "verdict": "partly"},
    ]
    unmatched = ["we received 412 responses to the online survey on the draft",
                 "We are very grateful to the carers who gave up their time",
                 "The Carers Partnership Board will review progress on the strategy"]
    notes = ("Advice: an English borough CARERS' FORUM's feedback on the council's draft Carers Strategy; three "
             "themes, each with 'What carers told us' (bullets: findings, not recommendations) and 'What the Forum "
             "asks' (bullets: the seven asks, UNNUMBERED, imperative 'Offer ...', 'Give ...', 'Bring back ...'), "
             "asks 1-2, 3-4 and 5-7 split across the three themes; ask 3 runs over the page break. Traps: the Care Act 2014 paraphrased ('must "
             "assess'), the draft strategy quoted ('should be able to get the right help'), a figures box, a carer "
             "quoted ('The council should just pick up the phone'), 'We are not asking for more residential respite "
             "beds', a closing naming the two asks voted first (emergency respite, carers' card). Response: "
             "APPENDIX B to the final strategy, 'How we responded to the Carers' Forum', bullets with bold run-in "
             "topics, grouped by OUTCOME and in another order, no numbers: 'What we have changed': Emergency cover "
             "(ask 4, agrees), Assessments and contact in ONE bullet (ask 1 assessment within 28 days confirmed by "
             "letter: agrees; ask 2 no named worker, a Carers' Team direct line instead: partly), Young carers in "
             "schools (ask 7, three schools then evaluate: partly); 'What we have not changed, and why': Saturday "
             "sessions (ask 3, will not be restarted: disagrees); 'What we will look at again': Carers' card (ask "
             "5, with the 2026-27 budget: noted). The introduction, 'Other feedback' (survey figures) and the "
             "thanks answer nothing; ask 6 (the council as a carer-friendly employer) is never answered.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
