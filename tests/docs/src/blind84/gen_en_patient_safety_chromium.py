"""Round 84 (EN): the PATIENT SAFETY COMMISSIONER'S REPORT (England; genre: a statutory patient safety commissioner's
report on harm from a medicine, built on patients' testimony, with a sidebar of patients' voices and the
recommendations as a NUMBERED LIST 1-7 with a bold opening clause) answered by the DEPARTMENT OF HEALTH AND SOCIAL
CARE'S GOVERNMENT RESPONSE (ministerial foreword, 'Recommendation N: Title' headings with a status line, a joint
heading for two recommendations, a section on wider work, next steps).
Advice: Patient Safety Commissioner, 'Heard at last: the Dermaxane review', 17 June 2026, 2-3 p.
Response: DHSC, 'Government response to the Patient Safety Commissioner's Dermaxane review', 15 October 2026, 2 p.;
order 6, 3, 1+5, 2, 4; 7 unanswered.
Chromium headless --print-to-pdf (A4, cleaned DejaVu via @font-face, ligatures off, a fresh --user-data-dir); header
and page numbers stamped with PyMuPDF from page 2. The medicine, the review, people and figures are invented.

Run:  /tmp/blind84en/bin/python tests/docs/src/blind84/gen_en_patient_safety_chromium.py  (needs chromium)
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b84en as H

NAME = "blind84_en_patient_safety"


def css():
    faces = ""
    for fam, files in (("Sans", ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")),
                       ("Serif", ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"))):
        for f, w, s in zip(files, ("normal", "bold", "normal"), ("normal", "normal", "italic")):
            faces += ("@font-face { font-family: '%s'; src: url('file://%s'); font-weight: %s; font-style: %s; }\n"
                      % (fam, H.clean_font(f), w, s))
    return faces + """
@page { size: A4; margin: 20mm 18mm 20mm 18mm; }
* { font-variant-ligatures: none; font-feature-settings: "liga" 0, "clig" 0; }
body { font-family: 'Sans'; font-size: 9.4pt; line-height: 1.45; color: #1d1d1d; }
h1 { font-size: 19pt; margin: 0 0 1mm 0; color: #00594f; }
h2 { font-size: 11.5pt; margin: 5mm 0 2mm 0; color: #00594f; break-after: avoid; }
p { margin: 0 0 2.4mm 0; }
.top { border-bottom: 3pt solid #00594f; padding-bottom: 2mm; margin-bottom: 4mm; font-size: 8.5pt; color: #00594f; font-weight: bold; }
.side { float: right; width: 55mm; margin: 0 0 3mm 5mm; padding: 3mm; background: #e6f2f0; font-size: 8.2pt; }
.side p { font-style: italic; }
ol.recs { padding-left: 7mm; margin: 0 0 3mm 0; }
ol.recs li { margin-bottom: 2mm; }
.gov .top { border-bottom-color: #2c3e75; color: #2c3e75; }
.gov h1 { color: #2c3e75; font-size: 16pt; }
.gov h2 { color: #2c3e75; }
.gov h3 { font-size: 10pt; margin: 4mm 0 1mm 0; break-after: avoid; }
.status { font-weight: bold; color: #2c3e75; margin-bottom: 1.5mm; }
.fw { border-left: 2.5pt solid #2c3e75; padding-left: 4mm; font-family: 'Serif'; }
"""


ADVICE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>%s</style></head><body>
<div class="top">PATIENT SAFETY COMMISSIONER FOR ENGLAND</div>
<h1>Heard at last</h1>
<p style="font-size:11.5pt; margin-bottom:1mm">The Dermaxane review: patients' experience of harm from an acne medicine</p>
<p style="font-size:8.5pt; color:#555; margin-bottom:4mm">Published 17 June 2026 &middot; Report PSC/2026/02</p>

<div class="side"><b>In their words</b>
<p>&ldquo;I was sixteen. Nobody told my parents that it could affect my mood.&rdquo;</p>
<p>&ldquo;The GP said I should just stop taking it, as if that undid anything.&rdquo;</p>
<p>&ldquo;I have written to four different bodies. Each one told me it was a matter for another.&rdquo;</p>
</div>

<h2>Foreword</h2>
<p>Dermaxane has been prescribed to around 140,000 people in England since it was licensed in 2012, most of them
teenagers and young adults with severe acne. For many it worked. But over the past two years I have heard from more
than 600 patients and families who say that it changed their lives for the worse, and that when they raised the alarm
they were not listened to. This review is my answer to them. I am required by section 1 of the Medicines and Medical
Devices Act 2021 to promote the safety of patients and the importance of the views of patients, and I have tried to do
both here.</p>
<p><b>Dr Helena Marchbank-Oyelowo</b>, Patient Safety Commissioner</p>

<h2>What patients told us</h2>
<p>We held 41 listening sessions and received 612 written accounts. Three themes came up again and again: people were
not warned about psychiatric and sexual side effects before they started treatment; when they reported symptoms they
were not believed; and when treatment stopped, nobody followed them up. Several families of young people who died by
suicide while taking Dermaxane spoke to us. Their courage has shaped this report.</p>
<p>Clinicians we spoke to agreed that prescribers should discuss mood changes at every review, and the product licence
says that the prescriber must check for signs of depression before each repeat prescription. Our audit of 300 records
found that this was documented in only 31 per cent of cases.</p>

<h2>What we found</h2>
<p>The Medicines and Healthcare products Regulatory Agency (MHRA) reviewed Dermaxane in 2019 and recommended that
&ldquo;the patient information leaflet should be revised to describe the risk of persistent sexual dysfunction&rdquo;.
The leaflet was changed in 2021, but patients told us it is hard to read and is often not handed over when a
prescription is dispensed. There is no way to find and contact people who took Dermaxane years ago if new evidence
emerges, because there is no record of who they are outside individual GP systems.</p>
<p>No NHS service specialises in these side effects. Patients described being passed between dermatology, mental
health and sexual health clinics, and waiting on average 14 months for any assessment. Nor has anyone studied what
happens to patients in the long term: the manufacturer's post-authorisation study followed patients for only 12
weeks after treatment ended. Finally, we found that responsibility for medicines safety in local health systems is
unclear. Of the 42 integrated care boards, 11 could not tell us who was accountable for it.</p>
<p>Patients who were harmed have no route to financial help other than litigation, which can take ten years or more.
Under the Consumer Protection Act 1987, a claim must usually be brought within ten years of the product being supplied,
so many people are already out of time.</p>

<h2>Our recommendations</h2>
<p>I make seven recommendations to the Government, the MHRA and NHS England. I ask the Government to respond within
three months.</p>
<ol class="recs">
<li><b>Establish an interim redress payment scheme</b> for patients and families harmed by Dermaxane, open to
applications by April 2027, without the need to prove fault.</li>
<li><b>Require a signed annual risk acknowledgement form</b> for every patient prescribed Dermaxane, to be held in
the patient's record and reviewed at each prescription.</li>
<li><b>Create a national register of everyone prescribed Dermaxane</b> since 2012, so that they can be contacted if
new evidence about its effects emerges.</li>
<li><b>Fund a specialist assessment clinic in each NHS region</b> for patients who report lasting psychiatric or
sexual side effects after taking Dermaxane.</li>
<li><b>Require the marketing authorisation holder to fund an independent long-term study</b> following patients for at
least five years after their treatment ends.</li>
<li><b>Publish new patient information, co-produced with patients and families,</b> within six months of this report,
and make sure it is given with every prescription.</li>
<li><b>Appoint a named medicines safety lead in every integrated care board</b>, who reports to the board on
medicines safety at least once a year.</li>
</ol>
<h2>What happens next</h2>
<p>I will meet the families who contributed to this review again in December 2026 to hear whether anything has changed.
I will publish an assessment of the Government's response in my next annual report.</p>
</body></html>"""

RESPONSE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>%s</style></head><body class="gov">
<div class="top">DEPARTMENT OF HEALTH AND SOCIAL CARE</div>
<h1>Government response to the Patient Safety Commissioner's Dermaxane review</h1>
<p style="font-size:8.5pt; color:#555; margin-bottom:4mm">Published 15 October 2026</p>

<h2>Ministerial foreword</h2>
<p class="fw">I want to begin by thanking the patients and families who shared their experiences with the
Commissioner, often at great personal cost. Their accounts make for difficult reading, and I am sorry for the distress
that so many of them have described. This response sets out what the Government, the MHRA and NHS England will do.</p>
<p class="fw"><b>Karen Ashdown-Pryce MP</b>, Minister of State for Health and Secondary Care</p>

<h2>Our response to the recommendations</h2>
<h3>Recommendation 6: Patient information</h3>
<p class="status">Accepted</p>
<p>New patient information, written with the Commissioner's patient reference group, was published by the MHRA on 30
September 2026. From January 2027 pharmacies will be required to hand it over with every supply.</p>

<h3>Recommendation 3: National register</h3>
<p class="status">Accepted in part</p>
<p>We agree that patients who took Dermaxane must be reachable if new evidence emerges. Rather than build a separate
register, NHS England will use existing GP prescribing data to identify patients prescribed Dermaxane since 2018, the
earliest year for which complete data are held, and will be able to contact them through their practices.</p>

<h3>Recommendations 1 and 5: Redress and research</h3>
<p class="status">Recommendation 1 not accepted; recommendation 5 accepted</p>
<p>The Government has considered the case for an interim redress scheme carefully. We do not believe it would be right
to set up a scheme for a single medicine while the wider review of redress for patient harm is under way, and we will
not be establishing one at this time. We do accept the need for long-term evidence: the MHRA has required the
marketing authorisation holder to fund a five-year follow-up study, to be run by an independent academic team, and the
first participants will be recruited in spring 2027.</p>

<h3>Recommendation 2: Risk acknowledgement form</h3>
<p class="status">Not accepted</p>
<p>The MHRA, as the independent regulator, has considered an annual signed form and has concluded that it would add
little to the existing requirement for a documented discussion at each review. It does not intend to introduce one.</p>

<h3>Recommendation 4: Specialist clinics</h3>
<p class="status">Noted</p>
<p>NHS England will look at the need for specialist assessment as part of its review of services for rare adverse drug
reactions, which reports in 2027. No decision on new clinics has been taken.</p>

<h2>Wider work on medicines safety</h2>
<p>Separately from the Commissioner's review, the Yellow Card biobank pilot has now collected samples from 3,200
patients who reported suspected adverse reactions, and will be extended to all hospital trusts in England next year.</p>

<h2>Next steps</h2>
<p>We will publish an update on progress against the commitments in this document in twelve months' time. Any
questions about this response can be sent to the Department at medicinesafety.response@dhsc.example.gov.uk.</p>
</body></html>"""

RECS = [
    (1, "Establish an interim redress payment scheme for patients and families harmed",
     "we will not be establishing one at this time", "disagrees"),
    (2, "Require a signed annual risk acknowledgement form for every patient prescribed",
     "It does not intend to introduce one", "disagrees"),
    (3, "Create a national register of everyone prescribed Dermaxane since 2012",
     "use existing GP prescribing data to identify patients", "partly"),
    (4, "Fund a specialist assessment clinic in each NHS region for",
     "No decision on new clinics has been taken", "noted"),
    (5, "Require the marketing authorisation holder to fund an independent long-term study",
     "has required the marketing authorisation holder to fund a five-year follow-up study", "agrees"),
    (6, "Publish new patient information, co-produced with patients and families,",
     "was published by the MHRA on 30 September 2026", "agrees"),
    (7, "Appoint a named medicines safety lead in every integrated care board", None, "unanswered"),
]


def make(html, which, header, footer):
    tmp = tempfile.mkdtemp(prefix="blind84en_chr_")
    src = os.path.join(tmp, "%s_%s.html" % (NAME, which))
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(html % css())
    dst = H.out("%s_%s.pdf" % (NAME, which))
    H.chromium_pdf(src, dst)
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(dst, header=header, footer=footer, skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))
    return dst


if __name__ == "__main__":
    make(ADVICE, "advice", "Heard at last - The Dermaxane review - PSC/2026/02", "{n}")
    make(RESPONSE, "response", "Government response to the Dermaxane review", "Page {n} of {N}")
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["I want to begin by thanking the patients and families",
                      "the Yellow Card biobank pilot has now collected samples",
                      "We will publish an update on progress against the commitments"],
                     "Advice: the PATIENT SAFETY COMMISSIONER'S REPORT (England) on harm from an invented acne "
                     "medicine: a floated sidebar of patients' quotes ('The GP said I should just stop taking it'), "
                     "foreword ('required by section 1 of the Medicines and Medical Devices Act 2021'), 'prescribers "
                     "should discuss mood changes', 'the product licence says that the prescriber must check', the "
                     "MHRA's 2019 recommendation quoted ('the patient information leaflet should be revised'), "
                     "findings with figures (612 accounts, 31 per cent, 14 months, 11 of 42 ICBs), 'a claim must "
                     "usually be brought within ten years'; the recommendations are a NUMBERED LIST 1-7 after 'I make "
                     "seven recommendations', each opening with a bold imperative clause; 'What happens next'. "
                     "Response: DHSC GOVERNMENT RESPONSE with a ministerial foreword and headings 'Recommendation N: "
                     "Title' plus a status line, order 6, 3, 1+5, 2, 4: leaflet published 30 September 2026 (6 "
                     "agrees); existing GP data from 2018 instead of a register (3 partly); ONE heading "
                     "'Recommendations 1 and 5' with status 'Recommendation 1 not accepted; recommendation 5 "
                     "accepted' = no interim redress scheme 'at this time' (1 disagrees) + five-year study required "
                     "(5 agrees); MHRA 'does not intend to introduce one' (2 disagrees); clinics 'No decision ... has "
                     "been taken' (4 noted). 7 (ICB medicines safety lead) is not answered. Unmatched: ministerial "
                     "foreword, 'Wider work on medicines safety' (Yellow Card biobank), 'Next steps'.")
    sys.exit(H.main([NAME]))
