"""Round 32 (EN): the report of an Irish county-level citizens' assembly (invented 'Kilbarra Citizens' Assembly on
Town Centre Living and Active Travel'), with eight ballot-passed recommendations coded by theme (A1-A3, B1-B2,
C1-C3) and their vote shares, and the Chief Executive's report to the elected members that answers them as a
list of VERDICT GROUPS (Category 1 implement, 2 implement in modified form, 3 matters for other bodies, 4 not
proposed). PyMuPDF Story, A4, cleaned Liberation/DejaVu fonts; the report's 'How the Assembly worked' part in two
columns, a foreword box, a ballot-results table; running header and page numbers stamped. All content (county,
council, assembly, people, figures) invented.

Run:  /tmp/blind32en/bin/python tests/docs/src/blind32/gen_en_citizens_assembly_story.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b32en as H
import warnings
warnings.filterwarnings("ignore")
import fitz

NAME = "blind32_en_citizens_assembly"

CSS = """
@font-face {font-family: DS; src: url(DejaVuSans.ttf);}
@font-face {font-family: DS; src: url(DejaVuSans-Bold.ttf); font-weight: bold;}
@font-face {font-family: DS; src: url(DejaVuSans-Oblique.ttf); font-style: italic;}
@font-face {font-family: LR; src: url(LiberationSerif-Regular.ttf);}
@font-face {font-family: LR; src: url(LiberationSerif-Bold.ttf); font-weight: bold;}
@font-face {font-family: LR; src: url(LiberationSerif-Italic.ttf); font-style: italic;}
body {font-family: LR; font-size: 10.4pt; line-height: 1.32;}
p {margin: 0 0 5pt 0;}
h1 {font-family: DS; font-size: 18pt; color: #0b6e4f; margin: 0 0 4pt 0;}
h2 {font-family: DS; font-size: 12pt; color: #0b6e4f; margin: 11pt 0 4pt 0;}
h3 {font-family: DS; font-size: 9.8pt; margin: 8pt 0 3pt 0;}
ul li {margin-bottom: 2pt;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 0.6pt solid #8aa99b; padding: 3pt; vertical-align: top; font-family: DS; font-size: 8.2pt;
        text-align: left;}
th {background-color: #dcefe6;}
p.small {font-family: DS; font-size: 7.8pt;}
p.code {font-family: DS; font-size: 9.4pt; font-weight: bold; color: #0b6e4f; margin: 7pt 0 1pt 0;}
p.rec {margin: 0 0 2pt 18pt; font-weight: bold;}
p.vote {margin: 0 0 5pt 18pt; font-family: DS; font-size: 8pt; color: #555555;}
p.cat {font-family: DS; font-size: 10.4pt; font-weight: bold; color: #ffffff; background-color: #0b6e4f;
       padding: 3pt; margin: 10pt 0 4pt 0;}
p.item {margin: 0 0 5pt 0;}
"""

TITLE = """
<p class="small"><b>KILBARRA CITIZENS' ASSEMBLY</b> &#183; Convened by Kilbarra County Council</p>
<h1>Report and Recommendations</h1>
<p style="font-family: DS; font-size: 12.5pt"><b>Town Centre Living and Active Travel in Kilbarra Town</b></p>
<p class="small">Presented to the Cathaoirleach and Members of Kilbarra County Council &#183; February 2026</p>
"""

FOREWORD = """
<h3 style="color: #0b6e4f; margin-top: 0">Chairperson's foreword</h3>
<p>Over four weekends in the autumn of 2025, forty members of the public, chosen at random to reflect the people
of County Kilbarra, met in the Ballroom of the Market House to consider how Kilbarra town might become a better
place to live in and to move around. Most had never attended a council meeting. All of them listened, argued,
changed their minds and, in the end, voted.</p>
<p>The recommendations in this report are theirs. I ask the Council to give them the serious consideration
that the members gave to the question put to them. - <i>Dr Eimear Cassidy-Walsh, Independent Chairperson</i></p>
"""

HOW = """
<h2>1. How the Assembly worked</h2>
<p>The Assembly was established by resolution of Kilbarra County Council on 12 May 2025. Its terms of reference
asked it to consider "what measures would make Kilbarra town centre a more attractive place in which to live,
and how people of all ages could travel to and within the town safely and sustainably", and to make
recommendations to the Council.</p>
<p>Members were selected by an independent research company through random household invitations, stratified
by age, gender, area of residence and housing tenure. Of the 43 members selected, 40 attended every weekend.
Members received an honorarium and travel expenses, and childcare was provided on site.</p>
<p>The Assembly heard from 22 speakers, including Council engineers and planners, the Transport Authority,
the Kilbarra Chamber of Commerce, disability advocates, a public health specialist, and residents of towns that
have pedestrianised their main streets. Members also walked and cycled the main routes into the town with
Council staff.</p>
<p>On the final weekend, members drafted the ballot themselves in facilitated groups. Each proposal was put to
a secret ballot, and a proposal became a recommendation of the Assembly if more than 55 per cent of the members
voting supported it. Eight proposals passed; three did not.</p>
<h2>2. What we heard</h2>
<p>Members heard that the population living within the town centre has fallen by a third since 2002, while
the number of vacant units above shops has risen to an estimated 214. Many members were struck by evidence
that a large share of car journeys within the town are under two kilometres, and that the two secondary schools
generate severe congestion each morning.</p>
<p>Members repeatedly returned to the view that the Council should communicate more clearly about what it is
already doing. Several said they had not known that a town centre plan was being prepared. This view was not
put to a ballot, but members asked that it be recorded here.</p>
"""

RECS = """
<h2>3. The Assembly's recommendations</h2>
<p>The recommendations are grouped under the three themes the members identified. Each carries the code used on
the ballot paper. The share of members voting in favour is shown beneath each recommendation.</p>
<h3>Theme A: Streets and public space</h3>
<p class="code">A1</p>
<p class="rec">That the Council pedestrianise Main Street between Market Square and Bridge Street on a permanent
basis by 2028, with access for deliveries before 11 a.m. and for people with disabilities at all times.</p>
<p class="vote">In favour 31 &#183; Against 8 &#183; Abstained 1 (78%)</p>
<p class="code">A2</p>
<p class="rec">That the speed limit be reduced to 30 km/h on all roads within the town's built-up area,
including the approach roads from the bypass.</p>
<p class="vote">In favour 27 &#183; Against 12 &#183; Abstained 1 (68%)</p>
<p class="code">A3</p>
<p class="rec">That the Council provide at least 150 secure, covered bicycle parking spaces in the town centre,
including at the bus station, the library and the swimming pool.</p>
<p class="vote">In favour 37 &#183; Against 3 (93%)</p>
<h3>Theme B: Getting around</h3>
<p class="code">B1</p>
<p class="rec">That the Kilbarra town bus service run every 20 minutes on weekdays, with a service on Sundays
and public holidays, and that it serve the hospital and the business park.</p>
<p class="vote">In favour 38 &#183; Against 2 (95%)</p>
<p class="code">B2</p>
<p class="rec">That a continuous, segregated cycle route be built linking the town centre with the railway station
and the two secondary schools.</p>
<p class="vote">In favour 34 &#183; Against 5 &#183; Abstained 1 (85%)</p>
<h3>Theme C: Living in the town centre</h3>
<p class="code">C1</p>
<p class="rec">That the Council set up a dedicated team to contact the owner of every vacant property above a shop
in the town centre within two years and to offer advice on grants for conversion.</p>
<p class="vote">In favour 39 &#183; Against 1 (98%)</p>
<p class="code">C2</p>
<p class="rec">That the Council waive development contributions for the conversion of vacant upper floors in the
town centre to homes.</p>
<p class="vote">In favour 30 &#183; Against 9 &#183; Abstained 1 (75%)</p>
<p class="code">C3</p>
<p class="rec">That the Council use its compulsory purchase powers to acquire properties in the town centre that
have been vacant for more than five years.</p>
<p class="vote">In favour 25 &#183; Against 14 &#183; Abstained 1 (63%)</p>
<h2>4. Proposals not supported</h2>
<p>The following proposals were put to the ballot but did not reach the threshold of 55 per cent. They are not
recommendations of the Assembly and are recorded for transparency only.</p>
<table>
<tr><th width="70%">Proposal</th><th width="30%">In favour</th></tr>
<tr><td>A town centre congestion charge on weekdays between 8 a.m. and 6 p.m.</td><td>15 (38%)</td></tr>
<tr><td>Removal of all on-street parking from Main Street and Church Street</td><td>19 (48%)</td></tr>
<tr><td>A ban on new drive-through outlets within the town boundary</td><td>21 (53%)</td></tr>
</table>
<p></p>
<h2>5. Next steps</h2>
<p>Under its terms of reference, the Assembly's report is presented to the Members of Kilbarra County Council.
The Council has undertaken to respond to each recommendation in a report of the Chief Executive within three
months, and to publish that response. Members of the Assembly have asked to be told what happens to their
recommendations.</p>
<h2>Appendix: Ballot results</h2>
<table>
<tr><th width="12%">Code</th><th width="56%">Short title</th><th width="16%">In favour</th>
<th width="16%">Result</th></tr>
<tr><td>A1</td><td>Pedestrianise Main Street</td><td>78%</td><td>Passed</td></tr>
<tr><td>A2</td><td>30 km/h in the built-up area</td><td>68%</td><td>Passed</td></tr>
<tr><td>A3</td><td>Secure bicycle parking</td><td>93%</td><td>Passed</td></tr>
<tr><td>B1</td><td>Town bus every 20 minutes</td><td>95%</td><td>Passed</td></tr>
<tr><td>B2</td><td>Segregated cycle route</td><td>85%</td><td>Passed</td></tr>
<tr><td>C1</td><td>Vacant property team</td><td>98%</td><td>Passed</td></tr>
<tr><td>C2</td><td>Waive development contributions</td><td>75%</td><td>Passed</td></tr>
<tr><td>C3</td><td>Compulsory purchase of long-term vacant properties</td><td>63%</td><td>Passed</td></tr>
</table>
"""

RESPONSE = """
<p class="small" style="color: #1d3f72"><b>KILBARRA COUNTY COUNCIL</b> &#183; COMHAIRLE CONTAE CHILL BHARRA</p>
<p class="small">Report No. 14/2026 &#183; Ordinary Meeting of the Council, 11 May 2026 &#183; Agenda item 7</p>
<h1 style="color: #1d3f72">Chief Executive's Report on the Recommendations of the Kilbarra Citizens'
Assembly</h1>
<h2 style="color: #1d3f72">1. Purpose of report</h2>
<p>This report sets out the Chief Executive's response to the recommendations of the Kilbarra Citizens' Assembly
on Town Centre Living and Active Travel, whose report was presented to the Members at the February meeting of the
Council. The Council undertook, when it established the Assembly, to respond to each recommendation within
three months.</p>
<h2 style="color: #1d3f72">2. Approach</h2>
<p>Each recommendation has been assessed by the relevant Director of Services against the Council's statutory
functions, the Kilbarra Town Centre First Plan now in preparation, and the resources available in the 2026
budget and the draft capital programme for 2026-2028. The recommendations have been placed in one of four
categories, and are discussed below by category rather than in the order of the Assembly's report.</p>
<table>
<tr><th width="58%">Category</th><th width="42%">Recommendations</th></tr>
<tr><td>1. To be implemented</td><td>A3, C1</td></tr>
<tr><td>2. To be implemented in a modified form</td><td>A1, B2</td></tr>
<tr><td>3. Matters for other bodies</td><td>B1</td></tr>
<tr><td>4. Not proposed for implementation</td><td>A2, C3</td></tr>
</table>
<p></p>
<h2 style="color: #1d3f72">3. Response to the recommendations</h2>
<p class="cat">Category 1: To be implemented</p>
<p class="item"><b>A3 Bicycle parking.</b> The Active Travel Office will install 160 covered stands at 11
locations, including the bus station, the library and the leisure centre, by the end of 2026, funded from the
Council's active travel allocation.</p>
<p class="item"><b>C1 Vacant properties above shops.</b> The Council has already begun this work. A Town
Regeneration Officer and the Vacant Homes Officer were assigned to the town centre in March 2026 and have written
to the owners of 96 of the 214 vacant upper floors identified. The remaining owners will be contacted by the end
of 2027.</p>
<p class="cat">Category 2: To be implemented in a modified form</p>
<p class="item"><b>A1 Main Street.</b> The Chief Executive supports the objective but does not recommend
committing to permanent pedestrianisation before its effects on trade and on access have been tested. It is
proposed instead to pedestrianise Main Street on Saturdays and daily from June to September 2027 as a trial, to be
evaluated with the Chamber of Commerce and the Disability Access Forum before any permanent scheme is brought
through the Part 8 planning process.</p>
<p class="item"><b>B2 Cycle route.</b> The section between the town centre and the railway station will be
designed in 2026 and built in 2027. The link to the two secondary schools requires land on the Ardnagross Road
that is not in public ownership and cannot be included in the current capital programme; it will be
reconsidered in the next programme.</p>
<p class="cat">Category 3: Matters for other bodies</p>
<p class="item"><b>B1 Town bus service.</b> The Council has no statutory role in the planning or funding of
public bus services, which are a matter for the Transport Authority. The recommendation has been forwarded to
the Authority, with a copy of the Assembly's report, for consideration in its review of the regional bus
network.</p>
<p class="cat">Category 4: Not proposed for implementation</p>
<p class="item"><b>A2 Speed limits.</b> The Chief Executive does not propose a 30 km/h limit on all roads in the
built-up area. The approach roads carry heavy goods traffic to the business park and were designed for 50 km/h,
and national guidance advises against limits that do not match the road environment. The existing 30 km/h
zones at the four schools and in the town centre will remain.</p>
<p class="item"><b>C3 Compulsory purchase.</b> The Council will continue to use compulsory purchase where
engagement with an owner has failed, as it did at Abbey Lane in 2024. A general policy of acquiring every
property vacant for five years would expose the Council to costs it could not meet, and is not recommended.</p>
<h2 style="color: #1d3f72">4. Feedback to Assembly members</h2>
<p>At the request of the Assembly members, a copy of this report will be sent to each of them, and they will be
invited to an information evening with the Chief Executive and Directors of Services in June 2026.</p>
<h2 style="color: #1d3f72">5. Financial implications</h2>
<p>The measures in Categories 1 and 2 are estimated to cost EUR 1.9 million over 2026-2028, of which EUR 1.4
million is expected from national active travel and town regeneration funding. Provision will be sought in the
2027 and 2028 budgets for the balance.</p>
<h2 style="color: #1d3f72">6. Recommendation</h2>
<p>It is recommended that the Members note this report and approve the proposed response to the recommendations
of the Kilbarra Citizens' Assembly.</p>
<p><b>Declan Furlong-Hayes</b><br/>Chief Executive<br/>28 April 2026</p>
"""


def archive():
    for f in ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
              "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        H.clean_font(f)
    return fitz.Archive(H.CLEAN)


def story(html):
    return fitz.Story(html="<body>" + html + "</body>", user_css=CSS, archive=archive())


def flow(writer, st, page, rects_first, rects_later, dev=None):
    """Place story st into rects (columns) page by page; returns after the story is exhausted."""
    more = True
    rects = rects_first
    while more:
        if dev is None:
            dev = writer.begin_page(page)
        for r in rects:
            more, filled = st.place(r)
            st.draw(dev)
            if not more:
                break
        last = filled
        writer.end_page()
        dev = None
        rects = rects_later
    return last


def build_advice(path):
    page = fitz.paper_rect("a4")
    L, R, T, B = 58, page.width - 58, 62, page.height - 58
    gap = 18
    mid = (L + R) / 2
    writer = fitz.DocumentWriter(path)
    dev = writer.begin_page(page)
    s0 = story(TITLE)
    _, filled = s0.place(fitz.Rect(L, T, R, T + 120))
    s0.draw(dev)
    y = fitz.Rect(filled).y1 + 12
    sf = story(FOREWORD)
    box = fitz.Rect(L + 10, y + 8, R - 10, y + 240)
    _, filled = sf.place(box)
    sf.draw(dev)
    fb = fitz.Rect(filled)
    box_rect = fitz.Rect(L, y, R, fb.y1 + 8)
    y = box_rect.y1 + 12
    # two columns for 'How the Assembly worked' and 'What we heard'
    s1 = story(HOW)
    cols = [fitz.Rect(L, y, mid - gap / 2, B), fitz.Rect(mid + gap / 2, y, R, B)]
    more = True
    first = True
    while more:
        for r in cols:
            more, _ = s1.place(r)
            s1.draw(dev)
            if not more:
                break
        writer.end_page()
        if more:
            dev = writer.begin_page(page)
            cols = [fitz.Rect(L, T, mid - gap / 2, B), fitz.Rect(mid + gap / 2, T, R, B)]
    s2 = story(RECS)
    flow(writer, s2, page, [fitz.Rect(L, T, R, B)], [fitz.Rect(L, T, R, B)])
    writer.close()
    doc = fitz.open(path)
    p0 = doc[0]
    shape = p0.new_shape()
    shape.draw_rect(box_rect)
    shape.finish(color=(0.04, 0.43, 0.31), fill=(0.90, 0.96, 0.93), width=0.8)
    shape.commit(overlay=False)
    doc.saveIncr()
    doc.close()
    H.stamp(path, header="Kilbarra Citizens' Assembly  |  Report and Recommendations  |  February 2026",
            footer="{n}", skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"), size=7.5)


def build_response(path):
    page = fitz.paper_rect("a4")
    L, R, T, B = 62, page.width - 62, 66, page.height - 62
    writer = fitz.DocumentWriter(path)
    body = story(RESPONSE)
    flow(writer, body, page, [fitz.Rect(L, T, R, B)], [fitz.Rect(L, T, R, B)])
    writer.close()
    doc = fitz.open(path)
    p0 = doc[0]
    p0.draw_rect(fitz.Rect(0, 0, page.width, 34), color=None, fill=(0.11, 0.25, 0.45))
    doc.saveIncr()
    doc.close()
    H.stamp(path, header="Report No. 14/2026  |  Kilbarra Citizens' Assembly: Chief Executive's response",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"), size=7.5)


def main():
    build_advice(H.out(NAME + "_advice.pdf"))
    build_response(H.out(NAME + "_response.pdf"))
    recs = [
        {"number": "A1", "starts_with": "That the Council pedestrianise Main Street between Market Square and",
         "reply_contains": "pedestrianise Main Street on Saturdays and daily from June to September",
         "verdict": "partly"},
        {"number": "A2", "starts_with": "That the speed limit be reduced to 30 km/h",
         "reply_contains": "does not propose a 30 km/h limit on all roads", "verdict": "disagrees"},
        {"number": "A3", "starts_with": "That the Council provide at least 150 secure, covered bicycle parking",
         "reply_contains": "will install 160 covered stands at 11 locations", "verdict": "agrees"},
        {"number": "B1", "starts_with": "That the Kilbarra town bus service run every 20 minutes",
         "reply_contains": "The recommendation has been forwarded to the Authority", "verdict": "noted"},
        {"number": "B2", "starts_with": "That a continuous, segregated cycle route be built linking the",
         "reply_contains": "The link to the two secondary schools requires land", "verdict": "partly"},
        {"number": "C1", "starts_with": "That the Council set up a dedicated team to contact the owner",
         "reply_contains": "The Council has already begun this work", "verdict": "agrees"},
        {"number": "C2", "starts_with": "That the Council waive development contributions for the conversion",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "C3", "starts_with": "That the Council use its compulsory purchase powers to acquire",
         "reply_contains": "would expose the Council to costs it could not meet", "verdict": "disagrees"},
    ]
    unmatched = ["invited to an information evening with the Chief Executive"]
    notes = ("Irish county-level citizens' assembly report (invented Kilbarra County Council; PyMuPDF Story, A4, "
             "3 p.): title block, a shaded 'Chairperson's foreword' box, sections 1-2 ('How the Assembly worked', "
             "'What we heard') in TWO COLUMNS, then full width; stamped running header from page 2 and bare page "
             "numbers. Eight ballot-passed recommendations coded by theme - A1, A2, A3 (Streets and public "
             "space), B1, B2 (Getting around), C1, C2, C3 (Living in the town centre) - each a green code line "
             "above an indented bold 'That the Council ...' / 'That the ... be ...' sentence and a vote line "
             "'In favour 31 - Against 8 - Abstained 1 (78%)'. Traps: the foreword ('I ask the Council to give them the "
             "serious consideration'); the terms of reference quoted; the members' view 'that the Council should "
             "communicate more clearly', 'not put to a ballot'; section 4 'Proposals not supported' (a table of "
             "three failed ballot proposals, 'not recommendations of the Assembly'); 'Next steps'; an Appendix "
             "ballot-results table repeating the codes with short titles. Response: the Chief Executive's "
             "report No. 14/2026 to the elected Members (a blue band on page 1, 'Page N of M' from page 2), "
             "answering as a list of VERDICT GROUPS - a summary table 'Category | Recommendations' and four "
             "white-on-green category bars with bold run-in items: Category 1 'To be implemented' A3 (160 "
             "stands = agrees) and C1 ('The Council has already begun this work' = agrees); Category 2 'To be "
             "implemented in a modified form' A1 (Saturday and summer trial instead of permanent "
             "pedestrianisation = partly) and B2 (station section built, schools link deferred = partly); "
             "Category 3 'Matters for other bodies' B1 (bus services are for the Transport Authority, "
             "'forwarded to the Authority' = noted); Category 4 'Not proposed for implementation' A2 (no "
             "town-wide 30 km/h = disagrees) and C3 (no general compulsory purchase policy, 'is not recommended' "
             "= disagrees). C2 (waiving development contributions) appears nowhere in the response "
             "(unanswered). Section 4 'Feedback to Assembly members' (information evening) answers no "
             "recommendation (unmatched); 'Purpose', 'Approach', 'Financial implications' and '6. Recommendation' "
             "('It is recommended that the Members note this report') are furniture.")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
