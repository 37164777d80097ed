"""Round 130 (EN): an NHS regional CLINICAL SENATE'S INDEPENDENT CLINICAL REVIEW of a proposal to centralise
hyper-acute stroke care, answered by the integrated care board's Chief Medical Officer's LETTER QUOTING each
recommendation in italics ('The Senate recommended: ...') before 'Our response', in another order.
The advice's seven recommendations are a NUMBERED LIST 1.-7. whose numbering runs on across two sub-headings
('Before public consultation' 1-4, 'Before implementation' 5-7), the list running over the page break. Traps: the
commissioner's four numbered 'key lines of enquiry' (questions), the Senate's numbered conclusions ('Conclusion
C1'-'C3'), national guidance paraphrased ('should be treated in a hyper-acute stroke unit'), a quoted recommendation of
the 2019 regional stroke review, and a closing line naming 'recommendations 2 and 7'.
The response: opening, then quotes in the order 3, 1, 4, 7, 2, 6 (3 and 1 agreed, 4 in part, 7 and 2 declined, 6
deferred to the 2026/27 planning round); 5 (repatriation with the neighbouring board) is never quoted or answered; a
paragraph on the business case's 'section 5' and the closing answer nothing.
Chromium headless --print-to-pdf, A4, cleaned Liberation Sans (review) and Liberation Serif (letter) via @font-face,
ligatures off, fresh --user-data-dir; header and 'Page N of M' stamped from page 2. All bodies, people, places,
figures and references invented; national guidance is paraphrased as context only and not to be relied on.
Run:  /tmp/blind130en/bin/python tests/docs/src/blind130/gen_en_clinical_senate_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b130en as H

NAME = "blind130_en_clinical_senate"
FACES = """
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
"""
BASE = """
@page { size: A4; margin: 22mm 23mm 22mm 23mm; }
body { font-family: F; color: #1c1c1c; margin: 0; font-variant-ligatures: none;
       font-feature-settings: "liga" 0, "clig" 0; font-size: %(s)s; line-height: 1.42; }
p { margin: 0 0 2.6mm 0; }
h1 { font-size: 19pt; line-height: 1.2; margin: 1mm 0 2mm 0; color: %(c)s; }
h2 { font-size: 12.5pt; margin: 5mm 0 1.8mm 0; color: %(c)s; break-after: avoid; }
h3 { font-size: 10.8pt; margin: 3mm 0 1.2mm 0; font-style: italic; break-after: avoid; }
.meta { font-size: 8.8pt; color: #555; }
.band { background: %(c)s; color: white; padding: 2mm 3mm; font-size: 9pt; font-weight: bold; margin-bottom: 3mm; }
ol { margin: 0 0 2.5mm 0; padding-left: 8mm; }
ol li { margin-bottom: 1.6mm; }
.concl { border-left: 3px solid #999; padding-left: 3mm; margin: 0 0 2.4mm 0; }
blockquote { font-style: italic; margin: 0 0 1.6mm 0; padding: 0 0 0 4mm; border-left: 2px solid #c9c9c9; color: #333; }
"""


def doc(body, regular, bold, italic, size, colour):
    faces = FACES % {"r": H.clean_font(regular), "b": H.clean_font(bold), "i": H.clean_font(italic)}
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><style>{faces}"
            f"{BASE % {'s': size, 'c': colour}}</style></head><body>{body}</body></html>")


def advice():
    body = """
<div class='band'>SOUTH PENNINE AND VALE CLINICAL SENATE</div>
<h1>Independent Clinical Review: Hyper-acute stroke services in Wrexford and the Calder Valley</h1>
<p class='meta'>Final report &#183; 6 November 2025 &#183; Review panel chair: Dr Imogen Sallis-Fenwick, consultant stroke
physician &#183; Senate reference SPVCS/CR/25-09</p>

<h2>1. Background</h2>
<p>Wrexford and Calder Valley Integrated Care Board asked the Clinical Senate to review its proposal to bring all
hyper-acute stroke care for a population of 780,000 into a single unit at Wrexford Royal Infirmary, closing the
admitting unit at Calder General Hospital. Patients would continue to receive rehabilitation close to home. The
review panel of eleven clinicians and two lay members met on 30 September and 14 October 2025 and visited both
sites.</p>
<p>National clinical guidance says that people with a suspected stroke should be treated in a hyper-acute stroke unit
as quickly as possible. In 2019 the regional stroke review recommended that "the two units should work towards a
single rota"; that recommendation was not taken forward at the time and is not repeated here.</p>

<h2>2. Key lines of enquiry</h2>
<p>The ICB asked the Senate to consider four questions:</p>
<ol>
<li>Is there a clear clinical case for change?</li>
<li>Will the proposed model improve outcomes for patients?</li>
<li>Is the proposed model safe for people living furthest from Wrexford?</li>
<li>Can the proposed model be staffed?</li>
</ol>

<h2>3. Conclusions</h2>
<p class='concl'><b>Conclusion C1.</b> The panel agreed that there is a clear clinical case for change. Neither unit
currently treats enough patients to sustain specialist expertise, and only 46 per cent of patients reach a stroke
unit within four hours.</p>
<p class='concl'><b>Conclusion C2.</b> The single-site model is likely to improve outcomes for most patients, but the
evidence on travel times from the upper Calder Valley is incomplete.</p>
<p class='concl'><b>Conclusion C3.</b> Workforce remains the greatest risk to the proposal.</p>

<h2>4. Recommendations</h2>
<p>The Senate supports the proposal in principle and makes seven recommendations to the ICB.</p>
<h3>Before public consultation</h3>
<ol>
<li>Model ambulance journey times from the furthest settlements in the upper Calder Valley, at winter peak demand,
and publish the results with the consultation document.</li>
<li>Retain a 24-hour thrombolysis service at Calder General Hospital until the Wrexford unit has met its national
performance targets for six consecutive months.</li>
<li>Set out a workforce plan showing how a consultant-led rota of at least eight stroke consultants will be filled,
including the use of joint posts.</li>
<li>Include the cost of travel for patients' families in the consultation document, together with a proposal for
transport support for those on low incomes.</li>
</ol>
<h3>Before implementation</h3>
<ol start='5'>
<li>Agree with the neighbouring Northmoor Integrated Care Board how patients from the border villages will be
repatriated to local rehabilitation beds.</li>
<li>Establish an early supported discharge service in all three places of the ICB area before the new unit opens.</li>
<li>Bring the proposal back to the Senate for a second review before the decision-making business case is
finalised.</li>
</ol>

<h2>5. Closing remarks</h2>
<p>The panel thanks the clinicians, managers and patient representatives who gave evidence. In the panel's view,
recommendations 2 and 7 are the most important to the safety of the proposal. This report is advisory; decisions on
the proposal rest with the ICB.</p>
"""
    return doc(body, "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf", "10pt",
               "#005a70")


def response():
    body = """
<p class='meta'>WREXFORD AND CALDER VALLEY INTEGRATED CARE BOARD &#183; Office of the Chief Medical Officer &#183;
Harbour House, Wrexford</p>
<p>15 January 2026</p>
<p>Dr Imogen Sallis-Fenwick<br>Chair, Independent Clinical Review Panel<br>South Pennine and Vale Clinical Senate</p>
<p><b>Hyper-acute stroke services - response to the Senate's review SPVCS/CR/25-09</b></p>
<p>Dear Dr Sallis-Fenwick,</p>
<p>On behalf of the ICB, thank you and the panel for a careful and constructive review. The Board discussed your
report in public on 11 December 2025, and I am pleased to set out our response below. I have quoted each
recommendation before our reply.</p>

<blockquote>The Senate recommended: "Set out a workforce plan showing how a consultant-led rota of at least eight stroke
consultants will be filled."</blockquote>
<p><b>Our response.</b> We agree. A workforce plan, developed with both trusts and the regional workforce team, is
now an appendix to the pre-consultation business case and includes two joint posts with Northmoor.</p>

<blockquote>The Senate recommended: "Model ambulance journey times from the furthest settlements in the upper Calder
Valley, at winter peak demand."</blockquote>
<p><b>Our response.</b> Agreed. The ambulance service has completed this modelling using January and February
data, and the results will be published in full alongside the consultation.</p>

<blockquote>The Senate recommended: "Include the cost of travel for patients' families in the consultation document,
together with a proposal for transport support."</blockquote>
<p><b>Our response.</b> The consultation document will show estimated travel costs for families from each part of the
area. We are not able to fund a new transport support scheme, but we will signpost families to the existing
Healthcare Travel Costs Scheme and to community transport.</p>

<blockquote>The Senate recommended: "Bring the proposal back to the Senate for a second review before the
decision-making business case is finalised."</blockquote>
<p><b>Our response.</b> We do not intend to seek a second Senate review. The timetable does not allow for it, and the
proposal will instead pass through NHS England's formal assurance process, which includes clinical scrutiny.</p>

<blockquote>The Senate recommended: "Retain a 24-hour thrombolysis service at Calder General Hospital until the
Wrexford unit has met its national performance targets."</blockquote>
<p><b>Our response.</b> After careful discussion with both stroke teams, we have decided not to do this. Running a
separate overnight thrombolysis rota would draw the same small group of specialists across two sites and would
itself put the new unit at risk.</p>

<blockquote>The Senate recommended: "Establish an early supported discharge service in all three places of the ICB
area before the new unit opens."</blockquote>
<p><b>Our response.</b> We recognise the value of early supported discharge. Funding for the two places without a
service will be considered in the 2026/27 planning round, and we cannot yet say whether it will be in place
before opening.</p>

<p>You may also wish to know that section 5 of the pre-consultation business case has been rewritten to reflect the
Senate's conclusions on the case for change.</p>
<p>Thank you again for the panel's work. I would be glad to meet you before the consultation opens in the
spring.</p>
<p>Yours sincerely,</p>
<p>Dr Kwame Ashby-Rhodes<br>Chief Medical Officer</p>
"""
    return doc(body, "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
               "11pt", "#1d3557")


def main():
    tmp = tempfile.mkdtemp(prefix="blind130en_html_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(src, H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="South Pennine and Vale Clinical Senate - SPVCS/CR/25-09",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Wrexford and Calder Valley ICB - Response to SPVCS/CR/25-09",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "Model ambulance journey times from the furthest settlements in the",
         "reply_contains": "The ambulance service has completed this modelling", "verdict": "agrees"},
        {"number": 2, "starts_with": "Retain a 24-hour thrombolysis service at Calder General Hospital",
         "reply_contains": "we have decided not to do this", "verdict": "disagrees"},
        {"number": 3, "starts_with": "Set out a workforce plan showing how a consultant-led rota",
         "reply_contains": "is now an appendix to the pre-consultation business case", "verdict": "agrees"},
        {"number": 4, "starts_with": "Include the cost of travel for patients' families in the",
         "reply_contains": "We are not able to fund a new transport support scheme", "verdict": "partly"},
        {"number": 5, "starts_with": "Agree with the neighbouring Northmoor Integrated Care Board how patients",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 6, "starts_with": "Establish an early supported discharge service in all three places",
         "reply_contains": "will be considered in the 2026/27 planning round", "verdict": "noted"},
        {"number": 7, "starts_with": "Bring the proposal back to the Senate for a second review",
         "reply_contains": "We do not intend to seek a second Senate review", "verdict": "disagrees"},
    ]
    unmatched = ["The Board discussed your report in public on 11 December 2025",
                 "section 5 of the pre-consultation business case has been rewritten",
                 "glad to meet you before the consultation opens"]
    notes = ("Advice: an NHS CLINICAL SENATE'S INDEPENDENT CLINICAL REVIEW of a proposal to centralise hyper-acute "
             "stroke care. The seven recommendations are a NUMBERED LIST 1.-7. whose numbering runs on across two "
             "italic sub-headings ('Before public consultation' 1-4, 'Before implementation' 5-7). Traps: four "
             "numbered 'key lines of enquiry' (questions, same list style), bordered 'Conclusion C1'-'C3' "
             "paragraphs, national guidance paraphrased ('should be treated'), the 2019 regional review's "
             "recommendation quoted ('should work towards a single rota', not repeated), a closing naming "
             "'recommendations 2 and 7'. Response: the ICB Chief Medical Officer's LETTER QUOTING each recommendation "
             "(shortened) in italics after 'The Senate recommended:' before a bold 'Our response.', in the order 3 "
             "(workforce plan now an appendix: agrees), 1 (modelling completed, to be published: agrees), 4 (travel "
             "costs shown, no new transport scheme: partly), 7 (no second Senate review: disagrees), 2 (no interim "
             "thrombolysis at Calder General: disagrees), 6 (funding 'will be considered in the 2026/27 planning "
             "round': noted); 5 (repatriation with the Northmoor ICB) is never quoted or answered (unanswered). The "
             "opening, the paragraph on the business case's 'section 5' and the closing answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
