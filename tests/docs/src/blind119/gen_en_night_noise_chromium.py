"""Round 119 (EN): an English AIRPORT CONSULTATIVE COMMITTEE's advice on the airport's draft Noise Action Plan, written
as the Chair's LETTER to the airport's managing director: the seven asks are UNNUMBERED sentences in running prose
under run-in subject sub-headings, each with a different verb ('The Committee urges the airport to ...', 'We would also
ask that ...', 'The Committee recommends that ...', 'We suggest that ...', 'The airport should ...', 'Members would like
the airport to ...', 'Last, the Committee invites the airport to ...'), two in one paragraph, one running across the
page break; among findings with figures, a planning condition quoted with 'shall not exceed', a numbered list of the
questions members put at the meeting, the Committee's earlier advice quoted, a residents' call the Committee declines
to support, and an annex listing the members present. Answered by the airport company's ANNUAL NOISE REPORT 2025: key
figure tiles, chapters on night flights, complaints and track keeping (the answer on fines sits in the TRACK KEEPING
chapter, not in the response chapter), then '5 Our response to the Consultative Committee' by theme without numbers,
one section answering two asks, one ask never mentioned, and 'Looking ahead'.
Chromium headless --print-to-pdf, A4, cleaned Liberation Sans (letter) and DejaVu Sans (report) via @font-face,
ligatures off, fresh --user-data-dir; header and 'Page N of M' stamped from page 2. All bodies, people, places,
figures and references invented; section 35 of the Civil Aviation Act 1982 is named as context only.
Run:  /tmp/blind119en/bin/python tests/docs/src/blind119/gen_en_night_noise_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b119en as H

NAME = "blind119_en_night_noise"

FONTS = """
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
"""
BASE = """
body { font-family: F; color: #1b1b1b; margin: 0; font-variant-ligatures: none;
       font-feature-settings: "liga" 0, "clig" 0; }
p { margin: 0 0 2.6mm 0; }
h2, h3 { break-after: avoid; }
"""
CSS_ADV = BASE + """
@page { size: A4; margin: 18mm 22mm 20mm 22mm; }
body { font-size: 10.5pt; line-height: 1.42; }
.lh { display: flex; justify-content: space-between; border-bottom: 0.8mm solid #35507a; padding-bottom: 3mm;
      margin-bottom: 6mm; }
.lh .name { font-size: 15pt; font-weight: bold; color: #35507a; line-height: 1.2; }
.lh .est { font-size: 7.5pt; color: #666; margin-top: 1mm; }
.lh .side { font-size: 7.8pt; color: #444; text-align: right; line-height: 1.35; }
.refs { display: flex; justify-content: space-between; font-size: 9.5pt; margin-bottom: 5mm; }
.addr { margin-bottom: 5mm; line-height: 1.35; }
.subj { font-weight: bold; margin: 4mm 0 4mm 0; }
h3 { font-size: 10.5pt; margin: 4mm 0 1.5mm 0; color: #35507a; }
h4 { font-size: 10.5pt; font-style: italic; font-weight: normal; margin: 3mm 0 1mm 0; }
ol { margin: 0 0 3mm 0; padding-left: 8mm; } li { margin-bottom: 1mm; }
.sig { margin-top: 6mm; line-height: 1.35; }
.cc { font-size: 8.8pt; color: #444; margin-top: 5mm; }
table.m { border-collapse: collapse; width: 100%; font-size: 9pt; margin-top: 2mm; }
table.m td, table.m th { border-bottom: 0.2mm solid #bbb; padding: 1.2mm 2mm; text-align: left; vertical-align: top; }
table.m th { background: #e6ebf3; }
.annex { break-before: page; }
"""
CSS_RSP = BASE + """
@page { size: A4; margin: 14mm 17mm 18mm 17mm; }
body { font-size: 9.6pt; line-height: 1.45; }
.cover { background: #0f5e54; color: #fff; padding: 6mm 7mm 5mm 7mm; margin-bottom: 5mm; }
.cover .o { font-size: 9pt; color: #bfe3dc; letter-spacing: 0.3mm; }
.cover .t { font-size: 21pt; font-weight: bold; line-height: 1.15; margin: 1.5mm 0; }
.cover .d { font-size: 8.5pt; color: #dff1ed; }
h2 { font-size: 13pt; color: #0f5e54; margin: 5mm 0 2mm 0; border-bottom: 0.4mm solid #0f5e54; padding-bottom: 0.8mm; }
h3 { font-size: 10.3pt; margin: 3.5mm 0 1.2mm 0; color: #333; }
.tiles { display: flex; gap: 3mm; margin: 2mm 0 4mm 0; }
.tile { flex: 1; background: #e5f2ef; padding: 2.5mm 3mm; border-top: 1.2mm solid #0f5e54; }
.tile .v { font-size: 16pt; font-weight: bold; color: #0f5e54; }
.tile .k { font-size: 7.8pt; color: #333; line-height: 1.25; }
table.d { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 1mm 0 3mm 0; }
table.d td, table.d th { border: 0.2mm solid #9bb; padding: 1mm 2mm; text-align: right; }
table.d th { background: #e5f2ef; } table.d td:first-child, table.d th:first-child { text-align: left; }
.note { font-size: 8.2pt; color: #555; }
.intro { background: #f3f3f3; border-left: 1.2mm solid #0f5e54; padding: 2.5mm 4mm 0.5mm 4mm; margin-bottom: 3mm; }
"""


def page(css, fonts, body):
    r, b, i = (H.clean_font(f) for f in fonts)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{FONTS % {'r': r, 'b': b, 'i': i}}{css}"
            f"</style></head><body>{body}</body></html>")


def advice():
    body = """
<div class='lh'><div><div class='name'>Kestrel Moor Airport<br>Consultative Committee</div>
<div class='est'>An airport consultative committee under section 35 of the Civil Aviation Act 1982</div></div>
<div class='side'>Chair: Councillor Douglas Ferrier<br>Secretary: Helen Oyelaran<br>c/o Democratic Services,
Moorbridge Borough Council<br>Town Hall, Moorbridge KM1 2TT<br>kmacc@moorbridge.example.gov.uk</div></div>
<div class='refs'><div>Our ref: KMACC/26/004</div><div>28 January 2026</div></div>
<div class='addr'>Ms Priya Lockhart<br>Managing Director<br>Kestrel Moor Airport Ltd<br>Terminal Building<br>Kestrel
Moor KM7 1AP</div>
<p>Dear Ms Lockhart,</p>
<div class='subj'>Draft Noise Action Plan 2026-2030: the Committee's advice</div>
<p>Thank you, and your Head of Environment, Tom Sadler, for presenting the draft Noise Action Plan to the Committee on
15 January. Members welcomed the chance to comment before the public consultation closes. This letter sets out the
Committee's advice. It was agreed at that meeting by 17 votes to none, with the three airline representatives
abstaining. Residents' groups also sent us 46 written comments, which we have shared with your team.</p>
<h3>What we heard</h3>
<p>Members noted that movements between 23.30 and 06.00 rose from 1,412 in 2019 to 2,215 in 2025, and that the draft
plan forecasts 2,550 by 2030. Noise complaints rose from 640 to 1,930 over the same period, and 58 per cent of them
came from Hollins Green and Sallow End, under the westerly departure route.</p>
<p>We also noted the condition attached to the 2012 planning permission for the terminal extension, which states that
"the number of aircraft movements between 23.30 and 06.00 shall not exceed 2,600 in any calendar year". The draft plan
treats that figure as something to grow towards. The Committee regards it as a ceiling.</p>
<p>At the meeting members put three questions to the airport, which Mr Sadler answered on the day:</p>
<ol>
<li>How many night movements in 2025 were by aircraft of quota count 2 or above? (182.)</li>
<li>How many homes have been insulated under the current scheme since 2014? (412.)</li>
<li>Why did the Sallow End noise monitor stop recording in August 2025? (It was taken down during roadworks and has
not been put back.)</li>
</ol>
<p>We are pleased that the airport acted on the Committee's advice on the last plan, when we asked you to "publish
flight track data within 24 hours of each flight". The WebTrak service has been widely used and welcomed.</p>
<h3>Our advice</h3>
<h4>Night flights</h4>
<p>The Committee urges the airport to set a voluntary limit of 2,000 night movements a year for the life of the plan,
and to write that limit into the final Noise Action Plan. We would also ask that aircraft of quota count 2 and above be
banned altogether between 23.30 and 06.00 from the start of the winter 2026/27 season.</p>
<p>The Committee does not, however, support the call from the Sallow End Residents' Association for a complete ban on
night flights. Several members pointed out that the freight and mail flights keep some 140 people in work, and that a
complete ban would move those flights to other airports rather than end them.</p>
<h4>Noise insulation</h4>
<p>The insulation scheme has not been reviewed since 2014, and its grant of &pound;3,000 no longer pays for double
glazing in a typical semi-detached house. The Committee recommends that the scheme be extended to every home inside
the 60 dB daytime noise contour, and that the grant be raised to &pound;6,000 per home.</p>
<h4>Monitoring and enforcement</h4>
<p>We suggest that permanent noise monitors be installed at Hollins Green and Sallow End, where residents report the
most disturbance, and that their readings be shown live on WebTrak.</p>
<p>Track keeping has improved, but 4.1 per cent of departures still left the noise preferential routes in 2025. The
airport should fine airlines for every departure that leaves the routes without a safety reason, and pay the fines
into the Community Fund.</p>
<h4>Community engagement</h4>
<p>Many residents told us that they had never met anyone from the airport and did not know that the Committee
existed. Members would like the airport to hold a public meeting on noise once a year in each of the three council
areas, with your Head of Environment present to answer questions.</p>
<p>Last, the Committee invites the airport to commission an independent review of the way it handles noise
complaints, and to report the findings to this Committee by the end of 2026.</p>
<p>We would be grateful for a written response before the final plan goes to your board in April, in particular on
the night limit and the insulation grant. Members would be happy to comment on a revised draft.</p>
<div class='sig'>Yours sincerely,<br><br><b>Councillor Douglas Ferrier</b><br>Chair, Kestrel Moor Airport
Consultative Committee</div>
<div class='cc'>cc: Chief Executives of Moorbridge Borough Council, Fenwick District Council and Sallowdale District
Council (the airport's shareholders)</div>
<div class='annex'><h3>Annex: members present on 15 January 2026</h3>
<table class='m'><tr><th>Member</th><th>Representing</th></tr>
<tr><td>Cllr Douglas Ferrier (Chair)</td><td>Moorbridge Borough Council</td></tr>
<tr><td>Cllr Ann Whitlow</td><td>Fenwick District Council</td></tr>
<tr><td>Cllr Rashid Karim</td><td>Sallowdale District Council</td></tr>
<tr><td>Cllr Joan Pettigrew</td><td>Hollins Green Parish Council</td></tr>
<tr><td>Mr Keith Armitage</td><td>Sallow End Residents' Association</td></tr>
<tr><td>Ms Leonie Barraclough</td><td>Kestrel Moor Chamber of Commerce</td></tr>
<tr><td>Three airline representatives</td><td>Airline Operators' Committee (abstained)</td></tr>
<tr><td>Ten further members</td><td>Parish councils, passenger and business groups</td></tr>
</table>
<p style='font-size:8.8pt;color:#444;margin-top:3mm'>The Committee meets four times a year. Agendas, minutes and
letters are published on the Moorbridge Borough Council website.</p></div>
"""
    return page(CSS_ADV, ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"), body)


def response():
    body = """
<div class='cover'><div class='o'>KESTREL MOOR AIRPORT</div><div class='t'>Annual Noise Report 2025</div>
<div class='d'>Published April 2026 by the Environment Team, Kestrel Moor Airport Ltd</div></div>
<h2>1 The year in numbers</h2>
<div class='tiles'>
<div class='tile'><div class='v'>2,215</div><div class='k'>movements between 23.30 and 06.00 (2024: 2,104)</div></div>
<div class='tile'><div class='v'>1,930</div><div class='k'>noise complaints, from 611 people</div></div>
<div class='tile'><div class='v'>95.9%</div><div class='k'>departures on the noise preferential routes</div></div>
<div class='tile'><div class='v'>38</div><div class='k'>homes insulated in 2025</div></div></div>
<h2>2 Night flights</h2>
<p>Night movements continued to grow in 2025, mainly because two parcel carriers added a second daily rotation. Mail
and freight flights made up 61 per cent of night movements; the rest were late-running passenger flights.</p>
<table class='d'><tr><th>Night movements (23.30-06.00)</th><th>2019</th><th>2022</th><th>2023</th><th>2024</th>
<th>2025</th></tr>
<tr><td>Passenger</td><td>702</td><td>611</td><td>790</td><td>842</td><td>864</td></tr>
<tr><td>Mail and freight</td><td>710</td><td>1,098</td><td>1,206</td><td>1,262</td><td>1,351</td></tr>
<tr><td>Total</td><td>1,412</td><td>1,709</td><td>1,996</td><td>2,104</td><td>2,215</td></tr></table>
<h2>3 Complaints</h2>
<p>We received 1,930 complaints from 611 people. Ten households made 44 per cent of them. The largest share came from
Hollins Green (33 per cent) and Sallow End (25 per cent). Every complaint received a reply, and 91 per cent were
answered within ten working days.</p>
<h2>4 Track keeping</h2>
<p>Of 31,480 departures, 95.9 per cent stayed within the noise preferential routes, up from 94.6 per cent in 2024.
Most departures that left the routes did so in poor weather or on instruction from air traffic control.</p>
<p>The Consultative Committee has asked us to fine airlines for every departure that leaves the routes. We have
decided not to introduce fines. Experience at other airports is that fines set at a level airlines will accept make
little difference to track keeping, and the airlines with the worst records are those we most depend on for night
freight. Instead, from July 2026 we will publish a quarterly league table of each airline's track keeping, and
discuss the bottom three at the Flight Operations Committee.</p>
<h2>5 Our response to the Consultative Committee</h2>
<div class='intro'><p>In January the Kestrel Moor Airport Consultative Committee sent us its advice on the draft Noise
Action Plan 2026-2030. The final plan was approved by our board on 22 April 2026. This section explains how the plan
responds to the Committee's advice. Track keeping is covered in section 4.</p></div>
<h3>A limit on night flights</h3>
<p>The final plan sets a voluntary limit on night movements for the first time. It is set at 2,300 a year, not the
2,000 the Committee proposed: a limit of 2,000 would mean turning away mail and freight flights that already operate
from Kestrel Moor.</p>
<p>From 25 October 2026, the first day of the winter season, aircraft of quota count 2 and above will not be permitted
to take off or land between 23.30 and 06.00.</p>
<h3>Noise insulation</h3>
<p>We have redrawn the boundary of the scheme along the 60 dB daytime contour, which brings 1,140 more homes into it.
We cannot also double the grant. It will rise to &pound;4,000 per home from 1 June 2026, and we will look at it
again in 2028.</p>
<h3>Noise monitors</h3>
<p>Two new permanent monitors, at Hollins Green and at Sallow End, will be in place by the end of July 2026, and their
readings will appear live on WebTrak alongside the flight tracks.</p>
<h3>Meeting residents</h3>
<p>We attend all four of the Committee's meetings each year and hold monthly drop-in sessions at the terminal. We will
talk to the three councils about whether yearly public meetings in each area would reach more people, and will come
back to the Committee on this.</p>
<h2>6 Looking ahead</h2>
<p>We expect about 2,240 night movements in 2026. The next Annual Noise Report will be published in April 2027.
Comments on this report are welcome at noise@kestrelmoorairport.example.co.uk.</p>
<p class='note'>Figures for 2019-2024 are as published in earlier reports. Night movements are counted from 23.30 to
05.59 inclusive.</p>
"""
    return page(CSS_RSP, ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"), body)


def main():
    tmp = tempfile.mkdtemp(prefix="blind119en_html_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(src, H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Kestrel Moor Airport Consultative Committee - KMACC/26/004",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Kestrel Moor Airport - Annual Noise Report 2025",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))
    recs = [
        {"number": 1, "starts_with": "The Committee urges the airport to set a voluntary limit of",
         "reply_contains": "It is set at 2,300 a year, not the", "verdict": "partly"},
        {"number": 2, "starts_with": "We would also ask that aircraft of quota count 2 and",
         "reply_contains": "will not be permitted to take off or land", "verdict": "agrees"},
        {"number": 3, "starts_with": "The Committee recommends that the scheme be extended to every home",
         "reply_contains": "We cannot also double the grant", "verdict": "partly"},
        {"number": 4, "starts_with": "We suggest that permanent noise monitors be installed at Hollins Green",
         "reply_contains": "Two new permanent monitors, at Hollins Green and at Sallow End", "verdict": "agrees"},
        {"number": 5, "starts_with": "The airport should fine airlines for every departure that leaves",
         "reply_contains": "We have decided not to introduce fines", "verdict": "disagrees"},
        {"number": 6, "starts_with": "Members would like the airport to hold a public meeting on",
         "reply_contains": "will come back to the Committee on this", "verdict": "noted"},
        {"number": 7, "starts_with": "Last, the Committee invites the airport to commission an independent review",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["mainly because two parcel carriers added a second daily rotation",
                 "Ten households made 44 per cent of them",
                 "Of 31,480 departures, 95.9 per cent stayed within",
                 "The final plan was approved by our board on 22 April 2026",
                 "We expect about 2,240 night movements in 2026"]
    notes = ("Advice: an English AIRPORT CONSULTATIVE COMMITTEE's advice on the airport's draft Noise Action Plan "
             "2026-2030, as the Chair's LETTER (letterhead, refs, addressee, subject line, signature, cc, annex of "
             "members present). The seven asks are UNNUMBERED sentences in running prose under the heading 'Our "
             "advice' and italic subject sub-headings, each with another verb: 1 'The Committee urges the airport to "
             "set a voluntary limit of 2,000 night movements ...' and 2 'We would also ask that aircraft of quota "
             "count 2 and above be banned ...' in ONE paragraph; 3 'The Committee recommends that the scheme be "
             "extended ... and that the grant be raised to GBP 6,000'; 4 'We suggest that permanent noise monitors "
             "be installed ...'; 5 'The airport should fine airlines ...' after a finding in the same paragraph; 6 "
             "'Members would like the airport to hold a public meeting ...' after a finding; 7 'Last, the Committee "
             "invites the airport to commission an independent review ...'. Traps: 'What we heard' findings with "
             "figures; the 2012 planning condition quoted ('shall not exceed 2,600'); a NUMBERED list 1-3 of "
             "questions members put, with answers; the earlier advice quoted ('publish flight track data within 24 "
             "hours', done); 'The Committee does not, however, support the call ... for a complete ban' (declined, "
             "no recommendation); closing asking for a response 'in particular on the night limit and the "
             "insulation grant'. Response: the airport's ANNUAL NOISE REPORT 2025: figure tiles, '2 Night flights' "
             "with a table, '3 Complaints', '4 Track keeping' which HOLDS THE REPLY TO 5 ('The Consultative "
             "Committee has asked us to fine airlines ... We have decided not to introduce fines', a league table "
             "instead = disagrees), then '5 Our response to the Consultative Committee' by theme without numbers: "
             "'A limit on night flights' answers 1 (limit 2,300 'not the 2,000 the Committee proposed' = partly) "
             "and 2 (QC2 and above not permitted 23.30-06.00 from 25 October 2026 = agrees); 'Noise insulation' "
             "(boundary on the 60 dB contour, but 'We cannot also double the grant', GBP 4,000 = 3 partly); 'Noise "
             "monitors' (4 agrees); 'Meeting residents' ('will talk to the three councils ... will come back to the "
             "Committee on this' = 6 noted); the independent review of complaints handling (7) is never mentioned "
             "(unanswered; the '3 Complaints' chapter gives figures and reply times only). Order of replies: 5, "
             "1+2, 3, 4, 6. Chapters 1-3, the section 5 introduction and '6 Looking ahead' answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
