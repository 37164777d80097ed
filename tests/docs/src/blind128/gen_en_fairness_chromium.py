"""Round 128 (EN): an English city's independent FAIRNESS COMMISSION final report, answered by the council's EQUALITY
OBJECTIVES AND FAIRNESS STATEMENT 2026-2030, a policy document whose chapter 'Responding to the Fairness Commission'
answers the Commission by theme in unnumbered bullets.
The advice's seven recommendations are UNNUMBERED BOLD 'calls on' sentences ('The Commission calls on the Council to
...', 'We also call on ...', 'Finally, the Commission calls on ...') inside running paragraphs under three theme
headings, one theme running over the page break. Traps: a numbered list of the four QUESTIONS the Commission asked, a
'Kestlebury in numbers' box, the Equality Act 2010 paraphrased ('must have due regard'), a resident's quote ('The
council should be the first to pay properly'), a BOLD pull-quote finding that is no recommendation, and a closing line
naming 'the first and third themes'. The response's bullets come by theme in another order (housing, work, getting
around), one bullet answers the fifth and sixth calls together; the seventh call is never answered; the Leader's
foreword, the numbered equality OBJECTIVES 1-4 and 'Monitoring and review' answer nothing.
Chromium headless --print-to-pdf, A4, cleaned Liberation Sans (report) and Liberation Serif (statement) via @font-face,
ligatures off; header and 'Page N of M' stamped from page 2. All bodies, people, places, figures and references
invented; the Equality Act 2010 is named as context only (what is said of it here is paraphrased and not to be relied
on).
Run:  /tmp/blind128en/bin/python tests/docs/src/blind128/gen_en_fairness_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b128en as H

NAME = "blind128_en_fairness"
FONTS = """
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
"""
BASE = """
body { font-family: F; color: #1c1c1c; margin: 0; font-variant-ligatures: none;
       font-feature-settings: "liga" 0, "clig" 0; }
p { margin: 0 0 2.4mm 0; }
h2, h3 { break-after: avoid; }
"""
CSS_ADV = BASE + """
@page { size: A4; margin: 18mm 20mm 20mm 20mm; }
body { font-size: 10.2pt; line-height: 1.45; }
.band { background: #0f6e63; color: #fff; padding: 5mm 6mm; margin-bottom: 4mm; }
.band .o { font-size: 8.5pt; letter-spacing: 0.5mm; font-weight: bold; }
.band .t { font-size: 21pt; font-weight: bold; margin: 1.5mm 0 1mm 0; }
.band .s { font-size: 10pt; }
h2 { font-size: 13.5pt; color: #0f6e63; margin: 5mm 0 2mm 0; border-bottom: 0.4mm solid #0f6e63; padding-bottom: 0.8mm; }
ol.q { margin: 1mm 0 3mm 0; padding-left: 7mm; }
ol.q li { margin-bottom: 1mm; }
.box { background: #e8f3f1; padding: 3mm 5mm; margin: 2mm 0 4mm 0; font-size: 9.6pt; }
.box b.big { font-size: 13pt; color: #0f6e63; }
.pull { font-size: 13.5pt; font-weight: bold; color: #0f6e63; margin: 3mm 8mm; }
.quote { font-style: italic; margin: 2mm 8mm; color: #333; }
"""
CSS_RSP = BASE + """
@page { size: A4; margin: 22mm 24mm 22mm 24mm; }
body { font-size: 11pt; line-height: 1.42; }
.council { font-size: 9.5pt; font-weight: bold; letter-spacing: 0.4mm; color: #6a1b2b; }
.title { font-size: 17pt; font-weight: bold; margin: 2mm 0 1mm 0; color: #6a1b2b; }
.meta { font-size: 10pt; color: #444; margin-bottom: 5mm; }
h2 { font-size: 13pt; margin: 5mm 0 2mm 0; color: #6a1b2b; }
h3 { font-size: 11pt; margin: 3.5mm 0 1mm 0; }
ul { margin: 0 0 2mm 0; padding-left: 6mm; }
li { margin-bottom: 1.6mm; }
.obj { margin: 0 0 2mm 0; }
.obj b { color: #6a1b2b; }
"""


def page(css, fam, body):
    f = {"r": H.clean_font(fam + "-Regular.ttf"), "b": H.clean_font(fam + "-Bold.ttf"),
         "i": H.clean_font(fam + "-Italic.ttf")}
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><style>{FONTS % f}{css}</style></head>"
            f"<body>{body}</body></html>")


def advice():
    body = """
<div class='band'><div class='o'>KESTLEBURY FAIRNESS COMMISSION</div>
<div class='t'>Fair for Everyone</div>
<div class='s'>Final report to Kestlebury City Council &#183; October 2025 &#183; Chair: Professor Anjali Mercer-Hough</div></div>

<h2>About the Commission</h2>
<p>The Kestlebury Fairness Commission was set up by the City Council in March 2024 as an independent body. Its eleven
commissioners include residents, employers, trade unionists, faith leaders and two academics. Over eighteen months we
held fourteen public hearings, received 612 written contributions and spoke to more than 1,500 people in every ward of
the city. We set out to answer four questions:</p>
<ol class='q'>
<li>Who is being left behind in Kestlebury, and why?</li>
<li>Which of the city's inequalities have grown since 2015?</li>
<li>What can the Council change with the powers and money it already has?</li>
<li>What can employers and other partners do alongside it?</li>
</ol>
<div class='box'><b>Kestlebury in numbers.</b> <b class='big'>1 in 4</b> children live in poverty after housing costs.
<b class='big'>18,400</b> working residents earn less than the Real Living Wage. <b class='big'>9 years</b> is the gap in
healthy life expectancy between Eastgate and Hollins Park. <b class='big'>2,870</b> households are on the housing
register.</div>
<p>The Council already has legal duties here. Under the Equality Act 2010 it must have due regard to the need to
eliminate discrimination and advance equality of opportunity when it makes decisions. Our work goes wider than that
duty: we looked at poverty and at where people live, as well as at protected characteristics.</p>

<h2>Work and pay</h2>
<p>Low pay was the issue raised most often at our hearings. Around one job in five in the city pays less than the Real
Living Wage, and more than half of those jobs are in care, cleaning, hospitality and retail. Many of them are paid for,
directly or indirectly, by the Council.</p>
<p class='quote'>"The council should be the first to pay properly. If it won't, why would anyone else?" - a home care
worker at the Eastgate hearing</p>
<p>The Council pays its own staff at least the Real Living Wage but is not accredited, and its contracts do not require
it. <b>The Commission calls on the Council to become an accredited Living Wage employer by April 2026 and to require
the Real Living Wage in all its main contracts.</b> Employers told us they would welcome a shared standard for good
work. <b>We also call on the Council to launch a Kestlebury Good Employer Charter with local businesses, aiming for at
least 50 signatories in its first year.</b></p>

<h2>Housing and home</h2>
<p>One in three households in the city now rents privately, and the worst conditions we saw were in privately rented
homes in the four most deprived wards. Tenants described damp, broken heating and landlords who did not answer the
phone.</p>
<p class='pull'>One in four children in Kestlebury grows up in poverty, and for most of them housing costs are the
reason.</p>
<p>Licensing would give the Council a register of landlords and the power to set standards. <b>The Commission calls on
the Council to introduce a licensing scheme for every privately rented home in the four wards with the highest levels
of deprivation.</b> Tenants also told us that letting agents' fees and deposits keep them out of better homes.
<b>We call on the Council to set up a council-owned lettings agency that charges no fees to tenants.</b></p>

<h2>Getting around and getting on</h2>
<p>Young people leaving care told us that the cost of travel decides whether they can keep a job or a college place.
A single bus fare across the city costs £2.40. <b>The Commission calls on the Council to give free bus travel on city
services to every care leaver up to the age of 25.</b></p>
<p>Libraries were described again and again as the last free, warm and safe public space in many neighbourhoods. Five
of the nine branches now open fewer than four days a week. <b>We call on the Council to keep every one of the city's
nine libraries open at least five days a week.</b></p>
<p>Fairness will last only if someone is responsible for it. <b>Finally, the Commission calls on the Council to appoint
a Cabinet member for fairness and to publish a fairness report to full Council every year.</b></p>

<h2>Closing</h2>
<p>We hope the calls in the first and third themes can be taken up first, since they need little new money. We thank
everyone who came to a hearing or wrote to us.</p>
<p><i>Professor Anjali Mercer-Hough, Chair, on behalf of the Kestlebury Fairness Commission</i></p>
"""
    return page(CSS_ADV, "LiberationSans", body)


def response():
    body = """
<div class='council'>KESTLEBURY CITY COUNCIL</div>
<div class='title'>Equality Objectives and Fairness Statement 2026-2030</div>
<div class='meta'>Approved by Cabinet on 3 February 2026 &#183; Published under the Council's equality scheme</div>

<h2>Foreword by the Leader</h2>
<p>Kestlebury is a city of great strengths, but too many of our residents still do not share in them. This statement
sets out the equality objectives we will work towards over the next four years, and it gives our answer to the
Fairness Commission, whose members gave so much of their time to listen to the city. - Councillor Denise Oyelaran,
Leader of the Council</p>

<h2>Our equality objectives</h2>
<p class='obj'><b>Objective 1.</b> Close the gap in healthy life expectancy between our most and least deprived
wards.</p>
<p class='obj'><b>Objective 2.</b> Make our workforce reflect the city it serves at every grade by 2030.</p>
<p class='obj'><b>Objective 3.</b> Make every council service accessible to disabled residents, online and in
person.</p>
<p class='obj'><b>Objective 4.</b> Reduce the number of children growing up in poverty in the city.</p>

<h2>Responding to the Fairness Commission</h2>
<p>The Commission's final report, Fair for Everyone, was published in October 2025. Cabinet considered it in December,
and here is what we will do, theme by theme.</p>
<h3>Housing and home</h3>
<ul>
<li>Selective licensing will start in the Brookfield and Eastgate wards in autumn 2026, subject to the required
consultation. The other two wards will be looked at again once we have seen the scheme working for a year.</li>
<li>We will not set up a council-owned lettings agency. Our 2023 feasibility study found that such an agency would not
cover its costs in Kestlebury, and we will continue instead to fund the Kestlebury Tenants' Advice Centre.</li>
</ul>
<h3>Work and pay</h3>
<ul>
<li>From April 2026 the Council will be an accredited Living Wage employer, and every new contract worth more than
£100,000 will require contractors to pay the Real Living Wage.</li>
<li>We welcome the idea of a good employer charter and will explore it with the Chamber of Commerce during 2026. No
decision has been taken yet on its form or on who would run it.</li>
</ul>
<h3>Getting around and getting on</h3>
<ul>
<li>Care leavers aged up to 25 will travel free on all city bus services from September 2026. On libraries, we cannot
afford to open every branch five days a week: from April 2026 the five largest branches will open six days a week and
the four smallest will open on three days, with self-service hours on a fourth.</li>
</ul>

<h2>Monitoring and review</h2>
<p>The Equality and Diversity Board, chaired by the Chief Executive, will check progress on the four objectives twice a
year. The objectives will be reviewed in full in 2030.</p>
"""
    return page(CSS_RSP, "LiberationSerif", body)


def main():
    tmp = tempfile.mkdtemp(prefix="blind128en_html_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(src, H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Kestlebury Fairness Commission - Fair for Everyone",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Kestlebury City Council - Equality Objectives and Fairness "
            "Statement 2026-2030", footer="Page {n} of {N}", skip_first=True,
            fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "The Commission calls on the Council to become an accredited Living Wage",
         "reply_contains": "every new contract worth more than £100,000 will require contractors",
         "verdict": "agrees"},
        {"number": 2, "starts_with": "We also call on the Council to launch a Kestlebury Good",
         "reply_contains": "will explore it with the Chamber of Commerce during 2026", "verdict": "noted"},
        {"number": 3, "starts_with": "The Commission calls on the Council to introduce a licensing scheme",
         "reply_contains": "Selective licensing will start in the Brookfield and Eastgate wards",
         "verdict": "partly"},
        {"number": 4, "starts_with": "We call on the Council to set up a council-owned lettings",
         "reply_contains": "such an agency would not cover its costs in Kestlebury", "verdict": "disagrees"},
        {"number": 5, "starts_with": "The Commission calls on the Council to give free bus travel",
         "reply_contains": "will travel free on all city bus services from September 2026", "verdict": "agrees"},
        {"number": 6, "starts_with": "We call on the Council to keep every one of the city's",
         "reply_contains": "the five largest branches will open six days a week", "verdict": "partly"},
        {"number": 7, "starts_with": "Finally, the Commission calls on the Council to appoint a Cabinet member",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["Kestlebury is a city of great strengths, but too many",
                 "Make our workforce reflect the city it serves at every grade",
                 "Make every council service accessible to disabled residents",
                 "chaired by the Chief Executive, will check progress"]
    notes = ("Advice: an English city's independent FAIRNESS COMMISSION final report 'Fair for Everyone'; a numbered list "
             "of the four QUESTIONS it asked (no recommendations), a 'Kestlebury in numbers' box, the Equality Act 2010 "
             "paraphrased ('must have due regard'), a resident's quote ('The council should be the first to pay "
             "properly'), a BOLD pull-quote finding ('One in four children ...', no recommendation). The seven "
             "recommendations are UNNUMBERED BOLD 'calls on' sentences inside running paragraphs under three theme "
             "headings ('The Commission calls on the Council to ...', 'We also call on ...', 'Finally, the Commission "
             "calls on ...'): 1 accredited Living Wage employer and the Real Living Wage in main contracts, 2 Good "
             "Employer Charter with 50 signatories, 3 licensing of private rented homes in four wards, 4 council-owned "
             "lettings agency, 5 free bus travel for care leavers to 25, 6 all nine libraries open five days, 7 Cabinet "
             "member for fairness and an annual fairness report; closing names 'the first and third themes'. Response: "
             "the council's EQUALITY OBJECTIVES AND FAIRNESS STATEMENT 2026-2030, a policy document: Leader's foreword "
             "(nothing), numbered 'Objective 1.'-'4.' (nothing), then 'Responding to the Fairness Commission' with "
             "UNNUMBERED bullets by theme in another order (housing, work, getting around): 3 licensing in two of the "
             "four wards (partly); 4 'We will not set up' (disagrees); 1 accredited from April 2026 and new contracts "
             "over £100,000 (agrees); 2 'will explore it ... No decision has been taken yet' (noted); one bullet for 5 "
             "and 6: free travel from September 2026 (5 agrees), 'we cannot afford to open every branch five days a "
             "week', five branches six days and four on three (6 partly); 7 never answered (unanswered); 'Monitoring "
             "and review' (nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
