"""Round 128 (EN): an Australian-style state's COMMISSIONER FOR WIDENING ACCESS TO TERTIARY EDUCATION, annual report to
the Minister, answered by a MINISTERIAL STATEMENT in the Legislative Assembly as printed in the HANSARD (the Official
Report), with members' questions after it.
The advice's seven recommendations are a NUMBERED LIST 1.-7. after 'I recommend that:', lower-case clauses ending in
';', each closed by its addressee in brackets, the list running across the page break. Traps: the (invented) Tertiary
Education (Access) Act 2019 paraphrased ('must report', 'may make recommendations'), the 2019 TARGETS as a numbered
list 1.-3. with 'should', a figures table, last year's recommendation quoted ('should publish', done), findings, and a
closing line naming 'recommendations 1 and 5'. The Hansard reply is by ORDINALS in the Minister's statement in another
order (third, first, second, fifth, fourth); the sixth is answered only inside the Minister's answer to a member's
question that names 'recommendation 6'; the seventh is never answered; the Speaker's lines, the statement's opening, a
member's question naming 'recommendation 2' (no reply) and a question and answer on college funding answer nothing.
LibreOffice Writer headless from HTML, A4, Liberation Sans (report) and Liberation Serif (Hansard); header and 'Page N of
M' stamped from page 2. All bodies, people, places, figures and references invented (the Act and the state too).
Run:  /tmp/blind128en/bin/python tests/docs/src/blind128/gen_en_access_hansard_libreoffice.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b128en as H

NAME = "blind128_en_access_hansard"
STYLE = """<style>
@page { size: 21cm 29.7cm; margin: 2.2cm 2.3cm 2.2cm 2.3cm; }
body { font-family: '%(f)s'; font-size: %(s)s; }
h1 { font-family: '%(f)s'; font-size: 17pt; margin-top: 0.1cm; margin-bottom: 0.15cm; color: %(c)s; }
h2 { font-family: '%(f)s'; font-size: 12.5pt; margin-top: 0.45cm; margin-bottom: 0.15cm; color: %(c)s; }
h3 { font-family: '%(f)s'; font-size: 11pt; margin-top: 0.35cm; margin-bottom: 0.1cm; }
p { margin-top: 0; margin-bottom: 0.22cm; line-height: 125%%; }
p.meta { color: #555555; font-size: 9.5pt; }
p.sp { margin-bottom: 0.28cm; }
li { margin-bottom: 0.14cm; line-height: 122%%; }
td { font-family: '%(f)s'; font-size: 9.5pt; vertical-align: top; }
th { font-family: '%(f)s'; font-size: 9.5pt; text-align: left; background: #e6e0ef; }
</style>"""


def doc(body, font, colour, size):
    return (f"<!DOCTYPE html><html lang='en-AU'><head><meta charset='utf-8'>"
            f"{STYLE % {'f': font, 's': size, 'c': colour}}</head><body>{body}</body></html>")


def advice():
    b = """
<p class='meta'>COMMISSIONER FOR WIDENING ACCESS TO TERTIARY EDUCATION</p>
<h1>Annual Report 2025: Opening the Door Wider</h1>
<p class='meta'>Report to the Minister for Skills and Tertiary Education under section 14 of the Tertiary Education
(Access) Act 2019 &#183; Ref. CWA/AR/2025 &#183; 28 November 2025 &#183; Commissioner: Dr Fiona Achterberg</p>

<h2>1. My role</h2>
<p>The Tertiary Education (Access) Act 2019 created the office of Commissioner to hold the State's universities,
TAFE institutes and the Government to account for widening access. Under section 14 of the Act the Commissioner must
report to the Minister each year and may make recommendations, which the Minister must table in the Legislative
Assembly within six sitting days.</p>
<p>In last year's report I recommended that the Tertiary Funding Council "should publish the number of care-experienced
entrants each year". The first figures were published in June 2025, and I thank the Council for them.</p>

<h2>2. The targets</h2>
<p>When the Act was passed, the Government set three targets for 2030:</p>
<ol>
<li>Students from the 20 per cent most disadvantaged areas should make up 20 per cent of all university entrants.</li>
<li>Every care-experienced student who meets the minimum entry requirements should receive an offer.</li>
<li>The completion gap between the most and least disadvantaged students should be halved.</li>
</ol>

<h2>3. What the figures show</h2>
<table border='1' cellpadding='4' cellspacing='0' width='100%'>
<tr><th>Measure</th><th>2019</th><th>2023</th><th>2024</th><th>Target 2030</th></tr>
<tr><td>Entrants from most disadvantaged areas</td><td>13.8%</td><td>16.9%</td><td>17.2%</td><td>20%</td></tr>
<tr><td>Care-experienced entrants</td><td>310</td><td>455</td><td>470</td><td>-</td></tr>
<tr><td>Entrants via college articulation</td><td>2,940</td><td>3,380</td><td>3,150</td><td>-</td></tr>
<tr><td>Part-time entrants aged over 25</td><td>7,820</td><td>6,110</td><td>5,640</td><td>-</td></tr>
</table>
<p style='margin-top: 0.3cm'>Progress towards the first target has slowed, and the number of students moving from TAFE institutes into degree
courses fell for the first time in a decade. Part-time study by older learners has fallen by more than a quarter
since 2019, and no target covers it. Students told me that the living-cost bursary of $2,000 a year has not kept pace
with rents, and that those who leave care after the age of 25 lose their support entirely.</p>

<h2>4. My recommendations</h2>
<p>Having regard to these findings, I recommend that:</p>
<ol>
<li>the care-experienced student bursary be extended to students up to the age of 30 from the 2026 academic year
(Government);</li>
<li>1,000 additional funded university places be provided in 2026 for students moving from TAFE institutes into degree
courses (Government);</li>
<li>the Tertiary Funding Council publish access data for each institution and each course every year
(Funding Council);</li>
<li>a new target for part-time and mature learners be set by the end of 2026 (Government);</li>
<li>the living-cost bursary for students from low-income households be raised to $2,500 a year (Government);</li>
<li>the rules that prevent people seeking asylum from receiving student support be reviewed (Government);</li>
<li>the Tertiary Funding Council report on the retention of students from disadvantaged areas, by institution, by 2027
(Funding Council).</li>
</ol>

<h2>5. Closing</h2>
<p>I ask the Minister to respond to recommendations 1 and 5 before the State Budget is framed. I am grateful to the
students, staff and institutions who contributed to this report.</p>
<p><i>Dr Fiona Achterberg, Commissioner for Widening Access to Tertiary Education</i></p>
"""
    return doc(b, "Liberation Sans", "#4a2d7a", "10.5pt")


def response():
    b = """
<p class='meta'>LEGISLATIVE ASSEMBLY &#183; PARLIAMENTARY DEBATES (HANSARD) &#183; PROOF</p>
<h1>Tuesday, 17 March 2026</h1>
<h2>Ministerial Statement: Commissioner for Widening Access, Annual Report 2025</h2>
<p class='sp'><b>The SPEAKER:</b> I call the Minister for Skills and Tertiary Education.</p>
<p class='sp'><b>Hon. C. BRIGHTWATER (Minister for Skills and Tertiary Education):</b> I rise to inform the House of the
Government's response to the annual report of the Commissioner for Widening Access, which I tabled on 3 February. I
thank Dr Achterberg and her small team for a thorough and challenging report.</p>
<p class='sp'>I will begin with the Commissioner's third recommendation, because it costs the least and matters a great
deal. The Funding Council has agreed that from this December it will publish access figures for every institution and
every course, so that students and families can compare them.</p>
<p class='sp'>On the first recommendation, I am pleased to tell the House that the care-experienced bursary will be open
to students up to the age of 30 from the 2026 academic year. No young person who has been in care should lose support
simply because they came to study later.</p>
<p class='sp'>The second recommendation asked for 1,000 additional places for students coming from TAFE. The Government
will fund 600 additional articulation places this year, and we will look at the demand before deciding on next
year's number.</p>
<p class='sp'>I turn to the fifth recommendation. I understand why the Commissioner has made it, but we are not in a
position to raise the living-cost bursary this year. It will remain at $2,000, and our priority will be the hardship
funds that institutions already run.</p>
<p class='sp'>On the fourth recommendation, the Government does not believe that a separate target for part-time and
mature learners is the right approach. We will not be setting one; instead we will keep part-time study under review
through the existing performance agreements.</p>
<p class='sp'><b>The SPEAKER:</b> Questions on the statement.</p>
<p class='sp'><b>Ms R. OKONEDO (Harbour East):</b> The Minister said nothing about recommendation 6. Will he accept that
people seeking asylum who have won a university place should be able to take it up?</p>
<p class='sp'><b>Hon. C. BRIGHTWATER:</b> I thank the member for her question. The rules on eligibility for student
support are complex and touch on Commonwealth law. I have asked my department for advice on the options and will
report back to the House later in the year.</p>
<p class='sp'><b>Mr D. PELLINGHAM (Coorabin):</b> The House has heard about recommendation 2. Can the Minister tell us how
the TAFE institutes themselves will be funded next year?</p>
<p class='sp'><b>Hon. C. BRIGHTWATER:</b> TAFE funding for 2027 will be set out in the Budget in the usual way, and I do
not intend to anticipate it today.</p>
<p class='sp'><b>The SPEAKER:</b> The time for questions on the statement has expired.</p>
"""
    return doc(b, "Liberation Serif", "#2b2b2b", "11pt")


def main():
    tmp = tempfile.mkdtemp(prefix="blind128en_lo_out_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.soffice_pdf(src, tmp)
        shutil.move(os.path.join(tmp, f"{NAME}_{kind}.pdf"), H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Commissioner for Widening Access - Annual Report 2025",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Legislative Assembly - Hansard - Tuesday, 17 March 2026 - Proof",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "the care-experienced student bursary be extended to students up to",
         "reply_contains": "the care-experienced bursary will be open to students", "verdict": "agrees"},
        {"number": 2, "starts_with": "1,000 additional funded university places be provided in 2026",
         "reply_contains": "will fund 600 additional articulation places this year", "verdict": "partly"},
        {"number": 3, "starts_with": "the Tertiary Funding Council publish access data for each institution",
         "reply_contains": "publish access figures for every institution and every course", "verdict": "agrees"},
        {"number": 4, "starts_with": "a new target for part-time and mature learners be set",
         "reply_contains": "We will not be setting one; instead", "verdict": "disagrees"},
        {"number": 5, "starts_with": "the living-cost bursary for students from low-income households be raised",
         "reply_contains": "we are not in a position to raise the living-cost bursary", "verdict": "disagrees"},
        {"number": 6, "starts_with": "the rules that prevent people seeking asylum from receiving student support",
         "reply_contains": "I have asked my department for advice on the options", "verdict": "noted"},
        {"number": 7, "starts_with": "the Tertiary Funding Council report on the retention of students",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["I rise to inform the House of the Government's response",
                 "Can the Minister tell us how the TAFE institutes",
                 "TAFE funding for 2027 will be set out in the Budget",
                 "The time for questions on the statement has expired"]
    notes = ("Advice: an Australian-style state's COMMISSIONER FOR WIDENING ACCESS TO TERTIARY EDUCATION, annual report "
             "to the Minister; the (invented) Tertiary Education (Access) Act 2019 paraphrased ('must report', 'may make "
             "recommendations', 'must table'); last year's recommendation quoted ('should publish ... care-experienced "
             "entrants', done); the 2019 TARGETS as a numbered list 1.-3. with 'should' (no recommendations); a figures "
             "table; findings. The seven recommendations are a NUMBERED LIST 1.-7. after 'I recommend that:', "
             "lower-case clauses each closed by its addressee in brackets, running across the page break (1 "
             "care-experienced bursary to age 30, 2 1,000 articulation places, 3 access data per institution and "
             "course, 4 target for part-time and mature learners, 5 bursary raised to $2,500, 6 review asylum seekers' "
             "student support rules, 7 retention report by 2027); closing names 'recommendations 1 and 5'. Response: "
             "the HANSARD of a MINISTERIAL STATEMENT with members' questions, by ORDINALS in the order third (Funding "
             "Council will publish from December: agrees), first (bursary open to 30: agrees), second (600 places: "
             "partly), fifth ('not in a position to raise', stays $2,000: disagrees), fourth ('We will not be setting "
             "one': disagrees); the sixth answered only in the Minister's answer to a member's question naming "
             "'recommendation 6' ('asked my department for advice ... report back': noted); the seventh never "
             "answered (unanswered). The Speaker's lines, the statement's opening, a member's question naming "
             "'recommendation 2' about TAFE funding and its answer answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
