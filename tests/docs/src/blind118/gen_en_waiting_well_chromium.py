"""Round 118 (EN): a Welsh health board's AUTISTIC ADULTS ADVISORY PANEL's report of FIVE PEOPLE'S STORIES of hospital
and dental appointments; the seven recommendations are UNNUMBERED 'We recommend that ...' sentences in a tinted
'What would have helped' strip at the end of four stories (two of them holding two) and one closing section, while one
story (a good experience) ends 'We make no recommendation from Mo's story'. Answered by the health board's WEB PAGE
'Our response to Waiting well' printed to PDF: site navigation, breadcrumb, contents links, grey 'You told us' boxes
paraphrasing the asks followed by 'What we are doing', in another order, one box for two recommendations, one
recommendation never mentioned, and parts that answer nothing (other work, figures, contact, feedback, footer).
Chromium headless --print-to-pdf, A4, cleaned DejaVu Sans (report) and Liberation Sans (web page) via @font-face,
ligatures off, fresh --user-data-dir; header and 'Page N of M' stamped from page 2. All bodies, people, places,
figures and references invented; the Welsh Government's Code of Practice on the Delivery of Autism Services is named
as context only (what is said of it here is not to be relied on).
Run:  /tmp/blind118en/bin/python tests/docs/src/blind118/gen_en_waiting_well_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b118en as H

NAME = "blind118_en_waiting_well"
TEAL = "#1d5c63"

FONTS = """
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
"""
BASE = """
@page { size: A4; margin: 16mm 19mm 18mm 19mm; }
body { font-family: F; color: #1a1a1a; margin: 0; font-variant-ligatures: none;
       font-feature-settings: "liga" 0, "clig" 0; }
p { margin: 0 0 2.6mm 0; }
h2, h3 { break-after: avoid; }
.told, .help { break-inside: avoid; }
"""
CSS_ADV = BASE + """
body { font-size: 10pt; line-height: 1.45; }
.top { background: #1d5c63; color: #fff; padding: 5mm 6mm; margin-bottom: 5mm; }
.top .n { font-size: 15pt; font-weight: bold; } .top .s { font-size: 8.5pt; color: #cfe3e5; }
h1 { font-size: 18pt; color: #1d5c63; margin: 0 0 1mm 0; line-height: 1.2; }
.sub { font-size: 9pt; color: #555; margin-bottom: 4mm; }
h2 { font-size: 12pt; color: #1d5c63; margin: 5mm 0 2mm 0; }
.story { border-top: 0.6mm solid #1d5c63; padding-top: 2mm; margin-top: 5mm; break-inside: avoid; }
.story h3 { font-size: 11pt; margin: 0 0 1.5mm 0; }
.quote { font-style: italic; color: #1d5c63; margin-left: 6mm; }
.help { background: #e6f1ef; border-left: 1.6mm solid #5fa59b; padding: 2.5mm 4mm 1mm 4mm; margin-top: 2mm; }
.help .l { font-size: 8pt; font-weight: bold; letter-spacing: 0.3mm; color: #2f6f66; margin-bottom: 1mm; }
.help p { font-weight: bold; }
ol { margin: 0 0 3mm 0; padding-left: 7mm; } li { margin-bottom: 1mm; }
.small { font-size: 8.5pt; color: #555; }
"""
CSS_RSP = BASE + """
body { font-size: 10.2pt; line-height: 1.45; }
.url { font-size: 7.5pt; color: #777; margin-bottom: 2mm; }
.bar { display: flex; justify-content: space-between; align-items: center; border-bottom: 0.5mm solid #1d5c63;
       padding-bottom: 2mm; }
.bar .logo { font-weight: bold; font-size: 13pt; color: #1d5c63; }
.bar .nav { font-size: 8.5pt; color: #333; }
.bar .nav span { margin-left: 5mm; }
.crumb { font-size: 8pt; color: #555; margin: 2.5mm 0 4mm 0; }
h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 1.5mm 0; }
.meta { font-size: 8.5pt; color: #555; margin-bottom: 4mm; }
.toc { border: 0.3mm solid #ccd; padding: 2mm 4mm; margin-bottom: 4mm; font-size: 9pt; }
.toc a { color: #1d5c63; text-decoration: underline; display: block; }
h2 { font-size: 13.5pt; margin: 6mm 0 2mm 0; color: #1d5c63; }
.told { background: #eeeeee; border-left: 1.5mm solid #888; padding: 2.5mm 4mm 0.5mm 4mm; margin-bottom: 2.5mm; }
.told .l { font-weight: bold; font-size: 9pt; margin-bottom: 0.5mm; }
h3 { font-size: 10.5pt; margin: 2mm 0 1.5mm 0; }
.help { border: 0.3mm solid #ccc; padding: 2.5mm 4mm; margin-top: 6mm; font-size: 9pt; }
.btn { display: inline-block; border: 0.3mm solid #1d5c63; padding: 0.5mm 4mm; margin-right: 3mm; color: #1d5c63; }
.foot { margin-top: 5mm; background: #1d5c63; color: #fff; font-size: 8pt; padding: 3mm 4mm; }
"""


def page(css, fonts, body):
    r, b, i = (H.clean_font(f) for f in fonts)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{FONTS % {'r': r, 'b': b, 'i': i}}{css}"
            f"</style></head><body>{body}</body></html>")


def help_(*recs):
    return ("<div class='help'><div class='l'>WHAT WOULD HAVE HELPED</div>" +
            "".join(f"<p>{t}</p>" for t in recs) + "</div>")


def advice():
    body = f"""
<div class='top'><div class='n'>Autistic Adults Advisory Panel</div>
<div class='s'>Bae Tywi University Health Board &middot; Panel report AAP/2026/1 &middot; January 2026</div></div>
<h1>Waiting well: autistic adults' experiences of hospital and dental appointments</h1>
<div class='sub'>A report to the Health Board's Executive Director of Nursing and Patient Experience</div>
<h2>About this report</h2>
<p>The Panel is a group of fourteen autistic adults who advise the Health Board on its services. Between June and
November 2025 we collected the experiences of 58 autistic people who had used the Board's hospitals or community
dental clinics in the previous year. With their permission, we tell five of those stories here. Names have been
changed.</p>
<p>Four things came up again and again:</p>
<ol>
<li>Waiting rooms were the hardest part of the visit for 41 of the 58 people.</li>
<li>Most people did not know what to expect before they arrived.</li>
<li>Staff were kind, but few knew what reasonable adjustments they were allowed to make.</li>
<li>People who had been treated well often could not say why it had gone well.</li>
</ol>
<p>The Welsh Government's Code of Practice on the Delivery of Autism Services says that health boards must make
services accessible to autistic people. We are not asking the Board to do anything the Code does not already expect;
we are describing what that looks like from our side of the reception desk.</p>
<p>This is our second report. In 2023 we said that &quot;outpatient clinics should let people bring a support person
into the consulting room&quot;, and that is now the rule in every clinic.</p>
<div class='story'><h3>Rhian's outpatient appointment</h3>
<p>Rhian waited 70 minutes in the main outpatient hall at Ysbyty Glan Tywi, under bright lights and next to a
television. By the time she was called she could not speak, and the appointment was rebooked. Her letter had not said
which entrance to use or who she would be seeing.</p>
<p class='quote'>&quot;If I could have sat in the car and had a text, I would have been fine.&quot;</p>
{help_("We recommend that the Health Board offers every autistic patient a quiet place to wait, or the choice to "
       "wait outside and be called in by text message.",
       "We also recommend that appointment letters include a photograph of the entrance and the name of the "
       "clinician the patient will see.")}
</div>
<div class='story'><h3>Dafydd's dental check-up</h3>
<p>Dafydd had not been to a dentist for eleven years. His first appointment at a community dental clinic lasted
fifteen minutes; he spent most of it getting used to the chair and left without an examination.</p>
{help_("We recommend that community dental clinics offer autistic adults a longer first appointment, of at least "
       "30 minutes, when they ask for one.")}
</div>
<div class='story'><h3>Mo's blood test</h3>
<p>Mo's GP surgery rang the phlebotomy clinic in advance. Mo was given the first appointment of the day, the nurse
explained each step before doing it, and the lights were dimmed.</p>
<p class='quote'>&quot;They should do it like this everywhere. It took five minutes.&quot;</p>
<p>We make no recommendation from Mo's story. We include it because it shows that small changes, made by people who
know they are allowed to make them, are often enough.</p>
</div>
<div class='story'><h3>Ceri's stay on a ward</h3>
<p>Ceri spent four nights on a surgical ward. Each new shift asked her the same questions, and on the second night a
nurse took her ear defenders away because they were &quot;not allowed on the ward&quot;. Nobody had been told she was
autistic.</p>
{help_("We recommend that the Health Board adds an autism alert to the electronic patient record, with the patient's "
       "consent, so that ward staff can see it.",
       "We recommend that autistic patients on wards be allowed to keep their own ear defenders, headphones and comfort "
       "items at the bedside.")}
</div>
<div class='story'><h3>Jamie's night in the Emergency Department</h3>
<p>Jamie came to the Emergency Department with a broken wrist and spent six hours in a corridor beside the ambulance
entrance. Staff offered a chair in the relatives' room, but it was needed for a family within the hour.</p>
{help_("We recommend that the Emergency Department at Ysbyty Glan Tywi sets aside a low-stimulus cubicle for autistic "
       "patients.")}
</div>
<h2>Across all services</h2>
<p>Almost every story included a moment at a reception desk or on the telephone that went wrong. Finally, we recommend
that all reception and booking staff complete the Panel's autism awareness module by March 2027.</p>
<h2>What happens next</h2>
<p>We would like to hear back on the first and last of these by the summer. The Panel meets every second month, and
members are happy to help test any changes.</p>
<p class='small'>Autistic Adults Advisory Panel, c/o Patient Experience Team, Bae Tywi University Health Board, Ty Afon,
Llanfeirion. The stories in this report are shared with the permission of the people who told them.</p>
"""
    return page(CSS_ADV, ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"), body)


def response():
    body = """
<div class='url'>baetywi.example.nhs.wales/get-involved/autistic-adults-advisory-panel/our-response-to-waiting-well</div>
<div class='bar'><div class='logo'>Bae Tywi University Health Board</div>
<div class='nav'><span>Our services</span><span>Visiting</span><span>Get involved</span><span>Contact</span>
<span>Cymraeg</span></div></div>
<div class='crumb'>Home &rsaquo; Get involved &rsaquo; Autistic Adults Advisory Panel &rsaquo; Our response to Waiting
well</div>
<h1>Our response to Waiting well</h1>
<div class='meta'>Published 14 April 2026 by the Patient Experience Team</div>
<p>In January the Autistic Adults Advisory Panel sent us its report Waiting well, built on the experiences of 58
autistic people. Our Executive Director of Nursing and Patient Experience, Gwenllian Morris, met the Panel on 9 March
to talk it through. This page sets out what we are doing about each of the things the Panel asked for.</p>
<div class='toc'><b>On this page</b>
<a>Dental appointments</a><a>Waiting rooms and appointment letters</a><a>Comfort items on wards</a>
<a>Telling staff that a patient is autistic</a><a>The Emergency Department</a><a>Other things we are doing</a>
<a>Contact us</a></div>
<h2>Dental appointments</h2>
<div class='told'><div class='l'>You told us</div><p>A first dental appointment of fifteen minutes is not long enough
for many autistic adults.</p></div>
<h3>What we are doing</h3>
<p>From 1 June 2026 every community dental clinic will offer a 40-minute first appointment to any autistic adult who
asks for one. Patients can ask when they book, or their GP can ask for them on the referral.</p>
<h2>Waiting rooms and appointment letters</h2>
<div class='told'><div class='l'>You told us</div><p>Busy waiting areas are overwhelming, and letters do not tell you
what to expect when you arrive.</p></div>
<h3>What we are doing</h3>
<p>Quiet waiting rooms are now open in outpatients at all three of our hospitals. From 1 July any patient can choose
to wait in their car or outside, and we will send a text when the clinician is ready to see them.</p>
<p>New-style appointment letters will carry a photograph of the entrance to use from May. We cannot promise to name
the clinician in the letter, because clinics are often reallocated on the day; the letter will give the name of the
clinic's lead nurse instead.</p>
<h2>Comfort items on wards</h2>
<div class='told'><div class='l'>You told us</div><p>Patients were asked to give up ear defenders and other items that
help them cope.</p></div>
<h3>What we are doing</h3>
<p>They should never have been taken away. New guidance issued to every ward on 2 March makes clear that patients may
keep ear defenders, headphones and comfort items with them at all times.</p>
<h2>Telling staff that a patient is autistic</h2>
<div class='told'><div class='l'>You told us</div><p>Ward staff did not know that a patient was autistic.</p></div>
<h3>What we are doing</h3>
<p>An alert on the electronic record is something we would like too, but the patient record system is run nationally
and we cannot change it ourselves. We have passed the Panel's advice to the national digital team and will tell the
Panel what they say. Until then, patients can ask for a hospital passport to be kept with their notes.</p>
<h2>The Emergency Department</h2>
<div class='told'><div class='l'>You told us</div><p>The Emergency Department is loud and bright, and there is nowhere
quiet to wait.</p></div>
<h3>What we are doing</h3>
<p>We have looked hard at this, and we will not be keeping a cubicle aside. The department sees up to 230 patients a
day in space built for 120, and a cubicle kept empty means a patient waiting in an ambulance outside. Staff will go on
using whichever space is quietest at the time.</p>
<h2>Other things we are doing</h2>
<p>Sensory maps of all three hospitals, showing the quietest routes and the loudest areas, will be on this website by
the end of May. We are also recruiting two autistic people to join our Patient Experience Committee.</p>
<p>In 2025 the Patient Experience Team received 1,240 compliments and 312 complaints. Fourteen of those complaints were
about the care of autistic patients, and all fourteen have now been answered.</p>
<h2>Contact us</h2>
<p>If you would like this page in another format, or want to talk to us about your own experience, email
patient.experience@baetywi.example.nhs.wales or call 01267 000 418.</p>
<div class='help'>Was this page helpful? <span class='btn'>Yes</span><span class='btn'>No</span>
<br>Page last updated: 14 April 2026</div>
<div class='foot'>Accessibility statement &middot; Privacy &middot; Cookie settings &middot; &copy; Bae Tywi University
Health Board</div>
"""
    return page(CSS_RSP, ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"), body)


def main():
    tmp = tempfile.mkdtemp(prefix="blind118en_html_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(src, H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Autistic Adults Advisory Panel - Waiting well (AAP/2026/1)",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="Our response to Waiting well - Bae Tywi University Health Board",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "We recommend that the Health Board offers every autistic patient",
         "reply_contains": "we will send a text when the clinician is ready", "verdict": "agrees"},
        {"number": 2, "starts_with": "We also recommend that appointment letters include a photograph of",
         "reply_contains": "We cannot promise to name the clinician in the letter", "verdict": "partly"},
        {"number": 3, "starts_with": "We recommend that community dental clinics offer autistic adults a",
         "reply_contains": "will offer a 40-minute first appointment", "verdict": "agrees"},
        {"number": 4, "starts_with": "We recommend that the Health Board adds an autism alert",
         "reply_contains": "We have passed the Panel's advice to the national digital team",
         "verdict": "noted"},
        {"number": 5, "starts_with": "We recommend that autistic patients on wards be allowed to",
         "reply_contains": "New guidance issued to every ward on 2 March", "verdict": "agrees"},
        {"number": 6, "starts_with": "We recommend that the Emergency Department at Ysbyty Glan Tywi",
         "reply_contains": "we will not be keeping a cubicle aside", "verdict": "disagrees"},
        {"number": 7, "starts_with": "Finally, we recommend that all reception and booking staff complete",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["This page sets out what we are doing about each",
                 "Sensory maps of all three hospitals, showing the quietest routes",
                 "received 1,240 compliments and 312 complaints",
                 "want to talk to us about your own experience",
                 "Was this page helpful?"]
    notes = ("Advice: Welsh health board's AUTISTIC ADULTS ADVISORY PANEL report 'Waiting well' (AAP/2026/1) told "
             "through FIVE PEOPLE'S STORIES; recs are UNNUMBERED bold sentences in tinted 'WHAT WOULD HAVE HELPED' "
             "strips at the end of four stories (Rhian: 1 'We recommend that the Health Board offers ...' and 2 'We "
             "also recommend that appointment letters ...'; Dafydd: 3; Ceri: 4 and 5; Jamie: 6) and 7 inside a "
             "paragraph of 'Across all services' after a finding ('Finally, we recommend that all reception ...'). "
             "Traps: Mo's story ends 'We make no recommendation from Mo's story' after a quote 'They should do it "
             "like this everywhere'; Rhian's quote; a NUMBERED list 1-4 of things that came up; the Code of Practice "
             "'health boards must make services accessible'; the 2023 advice quoted ('outpatient clinics should let "
             "people bring a support person ...', done); closing 'the first and last of these by the summer'. "
             "Response: a health board WEB PAGE printed to PDF (URL line, site navigation, breadcrumb, 'On this "
             "page' links, 'Was this page helpful?', footer), sections with a grey 'You told us' box PARAPHRASING the "
             "ask, then 'What we are doing'; order 3, 1+2, 5, 4, 6: 3 40-minute first appointment from 1 June 2026 "
             "(agrees); ONE section 'Waiting rooms and appointment letters': quiet rooms open, text when the "
             "clinician is ready from 1 July (1 agrees) and photo of the entrance from May but 'We cannot promise to "
             "name the clinician', lead nurse instead (2 partly); 5 guidance of 2 March, patients may keep ear "
             "defenders (agrees); 4 record run nationally, 'passed the Panel's advice to the national digital team "
             "and will tell the Panel what they say' (noted); 6 'we will not be keeping a cubicle aside' (disagrees); "
             "7 (reception staff training) never mentioned (unanswered). Intro, 'Other things we are doing' "
             "(sensory maps, recruiting, complaint figures 1,240 / 312 / fourteen), 'Contact us', feedback box and "
             "footer answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
