"""Round 83 (EN): an English council's CITIZENS' JURY REPORT (genre: the report of a jury of residents chosen by
civic lottery, written with its facilitators: remit question, how the jury worked, 'What we heard' findings, then
seven recommendations, each in a ruled box with its level of support, and a note on what was discussed but not
recommended) answered by a CABINET REPORT of the council's Director of Place (a report-to-Cabinet cover table,
numbered paragraphs, 'Cabinet is recommended to ...', the response citing 'Jury recommendation N', financial and
legal implications, next steps).
Advice: Harrowfield Citizens' Jury, 'School Streets and Safer Journeys: the jury's report', August 2026, 3 p.
Response: Harrowfield Borough Council, report to Cabinet 14 October 2026, 2 p.; order 4, 1, 2+3, 7, 5; 6 unanswered.
LibreOffice Writer headless from HTML (A4, DejaVu from the system); footers stamped with PyMuPDF. The council, the
jury, the people and figures are invented; the Road Traffic Regulation Act 1984 and the Highway Code are real (what
is said of them here is not to be relied on).

Run:  /tmp/blind83en/bin/python tests/docs/src/blind83/gen_en_citizens_jury_libreoffice.py   (needs soffice)
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b83en as H

NAME = "blind83_en_citizens_jury"

CSS = """
body { font-family: 'DejaVu Sans'; font-size: 9.5pt; }
h1 { font-size: 17pt; color: #2d5f2e; margin-bottom: 2pt; }
h2 { font-size: 11.5pt; color: #2d5f2e; margin-top: 12pt; margin-bottom: 4pt; }
p { margin-top: 0; margin-bottom: 5pt; text-align: justify; line-height: 135%; }
li { margin-bottom: 3pt; }
td { font-size: 9pt; vertical-align: top; }
.meta td { background: #e8f0e4; padding: 3pt; }
.quote { margin-left: 14pt; font-style: italic; color: #333333; }
"""

def box(n, text, why, support):
    return ('<table width="100%%" border="1" cellpadding="6" cellspacing="0" style="border-collapse: collapse; '
            'margin-bottom: 6pt"><tr><td bgcolor="#f3f7f1"><p style="color:#2d5f2e"><b>Recommendation %d</b></p>'
            '<p><b>%s</b></p><p>%s</p><p><i>Support: %s</i></p></td></tr></table>' % (n, text, why, support))

RECBOXES = "".join(box(*r) for r in [
    (1, "Introduce a timed school street, closed to through traffic at drop-off and pick-up times, outside every "
        "primary school where the road layout allows it, beginning with the six schools with the highest car use.",
     "Closing the road for forty minutes at each end of the day was the change witnesses from other towns said made "
     "the biggest difference. Residents and blue badge holders would keep access.", "21 of 24 jurors"),
    (2, "Lower the speed limit to 20 mph on all residential roads within 800 metres of a school by September 2027.",
     "Most of the collisions we looked at happened on roads where the limit is 30 mph but traffic rarely needs to "
     "go that fast.", "22 of 24 jurors"),
    (3, "Employ enough school crossing patrol officers to staff every crossing point that had one in 2015, and pay "
        "them for a full hour at each end of the school day.",
     "In 2015 the borough had 27 patrolled crossings; today it has 12. Patrols are paid for 35 minutes, which "
     "makes the posts hard to fill.", "19 of 24 jurors"),
    (4, "Use camera enforcement, not signs alone, to stop parking on the zig-zag lines outside schools, and publish "
        "the number of penalty notices issued each term.",
     "Civil enforcement officers visit each school about once a month. Everyone knows when they are not there.",
     "20 of 24 jurors"),
    (5, "Give every Year 6 pupil cycle training to Bikeability Level 2 and offer free cycle hire for a term to "
        "families who cannot afford a bike.",
     "Only 41 per cent of Year 6 pupils received the training last year, and the take-up was lowest in the wards "
     "where fewest households own a bike.", "18 of 24 jurors"),
    (6, "Create a walking bus fund of 2,000 pounds per school each year so that parent volunteers can be trained, "
        "insured and equipped.",
     "Three walking buses stopped in 2025 because the volunteers could not get insurance in time.",
     "18 of 24 jurors"),
    (7, "Report back to the jurors within six months with a written account of what has been done about each "
        "recommendation, and present it at a public meeting.",
     "We gave our time in good faith and want to know what became of our work.", "24 of 24 jurors"),
])

ADVICE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>%s</style></head><body>
<p style="color:#2d5f2e; font-size:8.5pt"><b>HARROWFIELD CITIZENS' JURY 2026</b></p>
<h1>School Streets and Safer Journeys</h1>
<p style="font-size:12pt">The jury's report to Harrowfield Borough Council</p>
<table class="meta" width="100%%" cellpadding="3" cellspacing="2">
<tr><td width="30%%"><b>Commissioned by</b></td><td>Harrowfield Borough Council, Place Directorate</td></tr>
<tr><td><b>Sessions</b></td><td>Six Saturday sessions, 9 May to 13 June 2026, Harrowfield Civic Centre</td></tr>
<tr><td><b>Jurors</b></td><td>24 residents aged 16 to 81, chosen by civic lottery from 6,000 invited households</td></tr>
<tr><td><b>Facilitation</b></td><td>Open Assembly Partnership (independent of the council)</td></tr>
<tr><td><b>Published</b></td><td>August 2026</td></tr>
</table>

<h2>1. The question we were asked</h2>
<p>The council asked us: <i>"What should Harrowfield do to make the journey to school safer and healthier for
children, and what are we prepared to accept to achieve it?"</i> We were not asked to design schemes for particular
roads, and we have not done so. This report is written in our own words; the facilitators helped with layout only.</p>

<h2>2. How the jury worked</h2>
<p>Over six sessions we heard from 14 witnesses, including head teachers, the police road safety team, a bus operator,
a disability rights group, shop owners on Station Road and officers from two councils that have introduced school
streets. We walked the route to Ashby Lane Primary at 8.30 am on a school day. Each recommendation in section 4
needed the support of at least 75 per cent of jurors (18 of 24) in a secret vote on 13 June 2026.</p>

<h2>3. What we heard</h2>
<ul>
<li>Around the borough's 11 primary schools, 31 per cent of pupils arrive by car, although two thirds of them live
less than a mile away.</li>
<li>Police recorded 19 collisions involving a child walking or cycling within 800 metres of a school between 2021
and 2025; 14 of them were on roads with a 30 mph limit.</li>
<li>The Highway Code says that drivers should give way to pedestrians crossing a side road, but witnesses told us
that few drivers do so at school times.</li>
<li>Under section 122 of the Road Traffic Regulation Act 1984 the council must exercise its traffic powers so as to
secure the safe movement of traffic, including pedestrians. Officers told us that this duty does not by itself
require any particular measure.</li>
<li>The council's 2021 scrutiny review recommended that "the council should trial at least three school streets by
2023". Only one trial, at Ashby Lane, took place, and it ended after one term.</li>
</ul>
<p class="quote">"Children should be able to walk to school on their own by the age of ten. Mine can't, because I
wouldn't let her cross Mill Road." (a parent, session 3)</p>
<p>We also heard real worries. Shop owners fear losing passing trade, carers and disabled residents need to reach
their homes, and some parents drive because they go straight on to work. Our recommendations try to respect those
concerns.</p>

<h2>4. Our recommendations</h2>
<p>The seven recommendations below are the ones that reached the 75 per cent threshold. The number of jurors who
voted for each is shown beneath it.</p>
%s

<h2>5. What we discussed but did not recommend</h2>
<p>Some jurors wanted a ban on all private cars within 200 metres of every school gate for the whole school day.
This received the support of 15 of 24 jurors, below the threshold, and is not a recommendation of the jury. A
proposal for a borough-wide parking charge on school staff car parks received 6 votes.</p>

<h2>6. Thank you</h2>
<p>We thank the witnesses, the staff of the Civic Centre and the facilitators. Most of all we thank each other: we
did not always agree, but we listened.</p>
</body></html>""" % (CSS, RECBOXES)

RESPONSE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>%s</style></head><body>
<p style="font-size:8.5pt"><b>HARROWFIELD BOROUGH COUNCIL</b></p>
<table width="100%%" border="1" cellpadding="3" cellspacing="0" style="border-collapse: collapse">
<tr><td width="28%%" bgcolor="#eeeeee"><b>Report to</b></td><td>Cabinet</td></tr>
<tr><td bgcolor="#eeeeee"><b>Date of meeting</b></td><td>14 October 2026</td></tr>
<tr><td bgcolor="#eeeeee"><b>Report of</b></td><td>Director of Place</td></tr>
<tr><td bgcolor="#eeeeee"><b>Cabinet Member</b></td><td>Councillor Priya Nandakumar, Transport and Environment</td></tr>
<tr><td bgcolor="#eeeeee"><b>Title</b></td><td>Response to the Citizens' Jury on School Streets and Safer Journeys</td></tr>
<tr><td bgcolor="#eeeeee"><b>Wards affected</b></td><td>All</td></tr>
<tr><td bgcolor="#eeeeee"><b>Key decision</b></td><td>Yes (Forward Plan reference KD/2026/071)</td></tr>
</table>

<h2>1. Purpose of the report and recommendations to Cabinet</h2>
<p>1.1 In March 2026 Cabinet agreed to hold the borough's first citizens' jury. The jury met on six Saturdays in May
and June and published its report in August. This report proposes the council's response.</p>
<p>1.2 Cabinet is recommended to: (a) thank the jurors for their time and commitment; (b) approve the responses set
out in section 2; and (c) delegate to the Director of Place, in consultation with the Cabinet Member, the detailed
design of the schemes that follow from them.</p>

<h2>2. The council's response to the jury</h2>
<p><b>2.1 Jury recommendation 4 (parking on zig-zag lines).</b> Agreed. Two mobile enforcement cameras were
purchased in September and will operate outside schools from January 2027. The number of penalty notices issued at
school entrances will be published on the council's website at the end of every term.</p>
<p><b>2.2 Jury recommendation 1 (school streets).</b> Agreed in part. A timed school street will be introduced
outside the six schools with the highest car use from the start of the summer term 2027, under experimental traffic
orders. The council does not at this stage commit to a school street at every primary school: whether the scheme is
extended will depend on a review of the first six in summer 2028 and on the views of residents and businesses.</p>
<p><b>2.3 Jury recommendations 2 and 3 (speed limits and crossing patrols).</b> The council accepts the jury's
recommendation on speed. A 20 mph limit will apply on residential roads within 800 metres of every school from July
2027, ahead of the date the jury proposed. The council is not able to accept the recommendation on crossing patrols.
The service is not a statutory duty, and restoring 27 patrols paid for a full hour would cost around 310,000 pounds a
year, which cannot be found within the current budget. The 12 existing patrols will continue.</p>
<p><b>2.4 Jury recommendation 7 (reporting back).</b> Agreed. Officers will write to every juror by 30 April 2027
with an account of progress on each recommendation, and the Cabinet Member will present it at a public meeting.</p>
<p><b>2.5 Jury recommendation 5 (cycle training and cycle hire).</b> Officers will discuss the proposal with the
School Sport Partnership and with the bike library run by Harrowfield Community Transport. No decision on free cycle
hire has been taken; the options will be considered when the Active Travel Fund bid is prepared next spring.</p>

<h2>3. Financial and legal implications</h2>
<p>3.1 The Local Transport Plan capital allocation for 2026/27 is 1.84 million pounds, of which 420,000 pounds is
proposed for the measures in section 2. Revenue costs of camera enforcement are expected to be met from penalty
income within two years. Experimental traffic orders can remain in force for up to 18 months before a decision is
made on a permanent order.</p>

<h2>4. Consultation and next steps</h2>
<p>4.1 Ward councillors, head teachers and the Station Road Traders' Association were consulted on this report. An
equality impact assessment is available as a background paper.</p>
<p>4.2 Contact officer: Martin Oyelaran, Head of Highways and Transport, telephone 01632 960 418.</p>
</body></html>""" % CSS

RECS = [
    (1, "Introduce a timed school street, closed to through traffic at",
     "does not at this stage commit to a school street", "partly"),
    (2, "Lower the speed limit to 20 mph on all residential roads",
     "ahead of the date the jury proposed", "agrees"),
    (3, "Employ enough school crossing patrol officers to staff every crossing point",
     "is not able to accept the recommendation on crossing patrols", "disagrees"),
    (4, "Use camera enforcement, not signs alone, to stop parking on",
     "Two mobile enforcement cameras were purchased in September", "agrees"),
    (5, "Give every Year 6 pupil cycle training to Bikeability Level 2",
     "No decision on free cycle hire has been taken", "noted"),
    (6, "Create a walking bus fund of 2,000 pounds per school", None, "unanswered"),
    (7, "Report back to the jurors within six months with a written account",
     "Officers will write to every juror by 30 April 2027", "agrees"),
]


def make(html, which, footer):
    tmp = tempfile.mkdtemp(prefix="blind83en_lo_")
    src = os.path.join(tmp, "%s_%s.html" % (NAME, which))
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(html)
    H.soffice_pdf(src, tmp)
    dst = H.out("%s_%s.pdf" % (NAME, which))
    shutil.copy(os.path.join(tmp, "%s_%s.pdf" % (NAME, which)), dst)
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(dst, footer=footer, fontfile=H.clean_font("DejaVuSans.ttf"))
    return dst


if __name__ == "__main__":
    make(ADVICE, "advice", "Harrowfield Citizens' Jury 2026 - School Streets and Safer Journeys - page {n} of {N}")
    make(RESPONSE, "response", "Cabinet 14 October 2026 - Agenda item 7 - page {n}")
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["thank the jurors for their time and commitment",
                      "The Local Transport Plan capital allocation for 2026/27",
                      "Contact officer: Martin Oyelaran, Head of Highways and Transport"],
                     "Advice: an English council's CITIZENS' JURY report in the jury's own words: a shaded meta "
                     "table, the remit question, method (14 witnesses, 75 per cent threshold, 18 of 24), 'What we "
                     "heard' bullets (findings, not recommendations) with traps: 'The Highway Code says that drivers "
                     "should give way', 'section 122 of the Road Traffic Regulation Act 1984 the council must', the "
                     "2021 scrutiny review's recommendation quoted ('the council should trial at least three school "
                     "streets by 2023'), a parent's 'Children should be able to walk'; recommendations 1-7 each in a "
                     "ruled shaded BOX 'Recommendation N' + bold imperative sentence + reason + 'Support: N of 24 "
                     "jurors'; then 'What we discussed but did not recommend' (a car ban with 15 of 24 votes, 'not a "
                     "recommendation'). Response: a REPORT TO CABINET (cover table, numbered paragraphs) citing "
                     "'Jury recommendation N (subject)' in bold run-in labels, order 4, 1, 2+3, 7, 5: cameras bought, "
                     "from January 2027 (4 agrees); 'Agreed in part' six schools, 'does not at this stage commit' to "
                     "every school (1 partly); ONE paragraph 'Jury recommendations 2 and 3' = 20 mph from July 2027 "
                     "(2 agrees) + 'not able to accept the recommendation on crossing patrols' (3 disagrees); letter "
                     "to jurors by 30 April 2027 (7 agrees); discuss with partners, 'No decision ... has been taken', "
                     "considered next spring (5 noted). 6 (walking bus fund) is not answered. Unmatched: section 1 "
                     "purpose with 'Cabinet is recommended to' (a)-(c), section 3 financial and legal implications, "
                     "section 4 consultation and contact officer.")
    sys.exit(H.main([NAME]))
