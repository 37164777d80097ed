"""Round 26 (EN): NI Commissioner for Children and Young People (NICCY) rights-based review with
addressee-coded recommendations + joint DE/EA response by theme. PyMuPDF Story (cleaned Liberation
fonts: no GSUB, no NBSP/soft-hyphen cmap). Header and 'Page N of M' stamped. All content invented."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b26en as H
import pymupdf as fitz

NAME = "blind26_en_niccy"
CSS = """
@font-face {font-family: LS; src: url(LiberationSans-Regular.ttf);}
@font-face {font-family: LS; src: url(LiberationSans-Bold.ttf); font-weight: bold;}
@font-face {font-family: LS; src: url(LiberationSans-Italic.ttf); font-style: italic;}
body {font-family: LS; font-size: 10.5pt; line-height: 1.35;}
p {margin: 0 0 7pt 0;}
h1 {font-size: 17pt; color: #6a1b6e; margin: 0 0 8pt 0;}
h2 {font-size: 13pt; color: #6a1b6e; margin: 12pt 0 6pt 0;}
h3 {font-size: 11pt; margin: 8pt 0 4pt 0;}
.rec {background-color: #f1e4f2; padding: 5pt; margin: 4pt 0 8pt 0;}
.small {font-size: 8.5pt;}
.q {font-style: italic; margin-left: 14pt;}
"""

ADVICE = """
<p class="small"><b>NICCY</b> Northern Ireland Commissioner for Children and Young People</p>
<h1>Getting There: A Rights-Based Review of Home-to-School Transport for Children with Special Educational Needs</h1>
<p><b>Statutory report under Article 7(4) of the Commissioner for Children and Young People (Northern Ireland) Order 2003</b></p>
<p>June 2025</p>
<h2>Commissioner's Foreword</h2>
<p>Every morning, around 11,500 children with special educational needs travel to school on transport arranged by the
Education Authority. For many of them the journey works well. But over the past two years my office has received a
growing number of calls from parents whose children were left without transport at the start of term, spent more than
two hours a day on the bus, or travelled with staff who had not been trained to support them.</p>
<p>This review sets out what children, young people and their parents told us, and what must change. I expect the
Department of Education and the Education Authority to respond to each recommendation within three months, as the
2003 Order requires.</p>
<p><i>Chris McAleavey, Commissioner for Children and Young People</i></p>
<h2>1. Introduction and methodology</h2>
<p>1.1 The review examined the arrangements for home-to-school transport for children with a statement of special
educational needs between September 2023 and March 2025. We analysed data provided by the Education Authority (EA),
held focus groups with 46 children and young people in five special schools, surveyed 612 parents and interviewed EA
transport managers, school principals and drivers.</p>
<p>1.2 The review applies the UN Convention on the Rights of the Child, in particular Articles 3 (best interests), 12
(the right to be heard), 23 (children with disabilities) and 28 (education).<sup>1</sup></p>
<p>1.3 Recommendations are addressed to the Department of Education (DE), the Education Authority (EA) and the
Department for Infrastructure (DfI), and are numbered by the body to which they are addressed.</p>
<h2>2. Getting a place on transport</h2>
<p>2.1 In September 2024, 318 children with a statement who were eligible for transport had no transport in place on
the first day of term; 41 of them were still without it four weeks later. Parents described having to give up work or
keep their child at home.</p>
<p>2.2 The EA told us that late decisions on school placements are the main cause. However, 122 of the 318 children had
been in the same school the previous year.</p>
<div class="rec"><p><b>Recommendation EA1</b><br/>The Education Authority should ensure that transport for every
eligible child who remains in the same school is confirmed to parents by 30 June each year.</p></div>
<p>2.3 The eligibility criteria in the Department's Home to School Transport Policy (Circular 1996/41) have not been
revised for children with special educational needs since 2009. Children in mainstream schools with learning support
centres are assessed under the general distance criteria unless the statement names transport as a need.</p>
<div class="rec"><p><b>Recommendation DE1</b><br/>The Department of Education should review the home-to-school
transport policy, in consultation with children and parents, so that eligibility is based on the individual needs of
the child rather than distance alone.</p></div>
<h2>3. The journey</h2>
<p>3.1 One in five children in our sample travelled for more than 75 minutes each way. Several children told us they
were \u201ctired before school even starts\u201d. Journey times are not monitored routinely.</p>
<div class="rec"><p><b>Recommendation EA2</b><br/>The Education Authority should set a maximum journey time for children
with special educational needs and publish data on journey times each year.</p></div>
<p>3.2 Escorts (transport assistants) are not present on all routes carrying children with complex needs. Of the
escorts we spoke to, fewer than half had received training in the use of emergency medication or in supporting
children with autism.</p>
<div class="rec"><p><b>Recommendation EA3</b><br/>The Education Authority should ensure that all drivers and escorts
transporting children with special educational needs complete accredited training before they start work.</p></div>
<p>3.3 Many special schools are on roads without safe drop-off areas. At two schools we visited, buses stopped on a
busy main road.</p>
<div class="rec"><p><b>Recommendation DfI1</b><br/>The Department for Infrastructure should carry out a road safety
assessment at the entrance of every special school by the end of 2026.</p></div>
<h2>4. Listening to children and parents</h2>
<p>4.1 Parents said that it was very difficult to contact the EA transport team and that complaints went unanswered
for weeks. Children told us that nobody had asked them about their journey.</p>
<div class="rec"><p><b>Recommendation EA4</b><br/>The Education Authority should establish a dedicated transport
helpline for parents of children with special educational needs, open from 7.30am on school days.</p></div>
<div class="rec"><p><b>Recommendation DE2</b><br/>The Department of Education should ensure that the views of children
with special educational needs are sought when transport arrangements are reviewed, and that this is set out in
guidance.</p></div>
<h2>5. Conclusion</h2>
<p>5.1 The right of children with disabilities to an education is not fulfilled if they cannot get to school safely,
on time and ready to learn. Under Article 7(4) of the 2003 Order, the bodies to which recommendations are addressed
must inform the Commissioner of the action they propose to take within three months.</p>
<p class="small"><sup>1</sup> UN Committee on the Rights of the Child, General Comment No. 9 (2006) on the rights of
children with disabilities, paragraphs 64-69.</p>
"""

RESPONSE = """
<p class="small"><b>Department of Education</b> | Rathgael House, 43 Balloo Road, Bangor BT19 7PR<br/>
<b>Education Authority</b> | 40 Academy Street, Belfast BT1 2NQ</p>
<p>Ms Chris McAleavey<br/>Commissioner for Children and Young People<br/>Equality House, 7-9 Shaftesbury Square<br/>
Belfast BT2 7DP</p>
<p>19 September 2025</p>
<p>Dear Commissioner,</p>
<h2>Joint response of the Department of Education and the Education Authority to \u201cGetting There\u201d</h2>
<p>Thank you for your report on home-to-school transport for children with special educational needs. The Department
and the Authority have agreed to respond jointly, as most of the issues you raise cross our respective
responsibilities. We are grateful to the children, young people and parents who shared their experiences with your
office.</p>
<p>We have grouped our response by theme rather than by recommendation number.</p>
<h3>Planning transport before the start of term</h3>
<p class="q">\u201cThe Education Authority should ensure that transport for every eligible child who remains in the
same school is confirmed to parents by 30 June each year.\u201d</p>
<p><b>Accepted.</b> The Authority has introduced a rolling renewal process for children continuing in the same
school. Parents will receive written confirmation of transport by 30 June, starting in June 2026.</p>
<p>The Authority does not accept that 318 children were \u201cwithout transport\u201d on the first day of term: in 204
of these cases a mileage allowance had been offered to the family pending a route. It nevertheless recognises that
this was not an adequate substitute for many families.</p>
<h3>Eligibility</h3>
<p>The Department will include the eligibility of children with special educational needs in the wider review of
home-to-school transport policy which the Minister announced in March 2025. Any change to the distance criteria will
depend on the outcome of that review and on the resources available, and the Department cannot commit at this stage
to moving to an assessment based on individual need alone. Children and parents will be consulted in 2026.</p>
<h3>Safety and training</h3>
<p><b>Recommendation EA3 \u2013 Accepted in principle.</b> All new escorts have completed a mandatory induction since
January 2025, which includes autism awareness. Accredited training in emergency medication will be provided for
escorts on routes where a child has a care plan requiring it; it is not practicable to require accredited training
for every driver before they start work, as many routes are operated by contracted taxi firms.</p>
<p><b>Recommendation EA2 \u2013 Not accepted.</b> The Authority considers that a single maximum journey time would
be unworkable in rural areas, where some children attend the only suitable special school in the county. It will,
however, publish average journey times by school from 2026.</p>
<h3>Communication with families and children</h3>
<p>The Authority already operates a dedicated special educational needs transport line, which opened in September
2024 and is staffed from 7.30am to 6pm on school days. We will make sure that it is more widely advertised to parents.</p>
<p>On seeking the views of children, the Department agrees that children should have a say in how their journey is
organised. Revised guidance for transport reviews, to be issued by March 2026, will require children's views to be
recorded as part of every annual review of a statement.</p>
<h3>Other matters</h3>
<p>The Authority has appointed a Head of SEN Transport, who took up post in August 2025 and will be the point of
contact for your office. We would be pleased to meet you to discuss progress in early 2026.</p>
<p>Yours sincerely,</p>
<p><b>Dr Aidan Harkin</b><br/>Permanent Secretary, Department of Education</p>
<p><b>Siobhan Corrigan</b><br/>Chief Executive, Education Authority</p>
"""


def build(html, path, header):
    arch = fitz.Archive(H.CLEAN)
    for f in ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"):
        H.clean_font(f)
    story = fitz.Story(html=html, user_css=CSS, archive=arch)
    mediabox = fitz.paper_rect("a4")
    where = mediabox + (62, 64, -62, -64)
    writer = fitz.DocumentWriter(path)
    more = True
    while more:
        dev = writer.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
    writer.close()
    H.stamp(path, header=header, footer="Page {n} of {N}", skip_first=False,
            fontfile=H.clean_font("LiberationSans-Regular.ttf"), size=8)


def main():
    build("<body>" + ADVICE + "</body>", H.out(NAME + "_advice.pdf"),
          "NICCY  |  Getting There: Home-to-School Transport for Children with SEN")
    build("<body>" + RESPONSE + "</body>", H.out(NAME + "_response.pdf"),
          "DE / EA joint response to NICCY \u2013 Getting There")
    recs = [
        {"number": "EA1", "starts_with": "The Education Authority should ensure that transport for every eligible child",
         "reply_contains": "Parents will receive written confirmation of transport by 30 June",
         "verdict": "agrees"},
        {"number": "DE1", "starts_with": "The Department of Education should review the home-to-school transport policy",
         "reply_contains": "cannot commit at this stage to moving to an assessment", "verdict": "partly",
         "also": ["noted"]},
        {"number": "EA2", "starts_with": "The Education Authority should set a maximum journey time",
         "reply_contains": "a single maximum journey time would be unworkable in rural areas",
         "verdict": "disagrees", "also": ["partly"]},
        {"number": "EA3", "starts_with": "The Education Authority should ensure that all drivers and escorts",
         "reply_contains": "Accredited training in emergency medication will be provided for escorts",
         "verdict": "partly"},
        {"number": "DfI1", "starts_with": "The Department for Infrastructure should carry out a road safety assessment",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "EA4", "starts_with": "The Education Authority should establish a dedicated transport helpline",
         "reply_contains": "already operates a dedicated special educational needs transport line",
         "verdict": "agrees"},
        {"number": "DE2", "starts_with": "The Department of Education should ensure that the views of children",
         "reply_contains": "Revised guidance for transport reviews, to be issued by March 2026",
         "verdict": "agrees"},
    ]
    unmatched = [
        "have agreed to respond jointly, as most of the issues you raise",
        "has appointed a Head of SEN Transport, who took up post in August 2025",
    ]
    notes = ("NI Commissioner for Children and Young People statutory review (PyMuPDF Story, running header and 'Page N "
             "of M' stamped, numbered paragraphs 1.1-5.1, one footnote). Seven recommendations in shaded boxes labelled "
             "by ADDRESSEE CODE ('Recommendation EA1', 'DE1', 'EA2', 'EA3', 'DfI1', 'EA4', 'DE2'), interleaved, each "
             "'The <body> should ...'; the foreword's 'what must change' and 'I expect ... to respond' and paragraph "
             "1.3 ('Recommendations are addressed to ...') are not recommendations. Response: joint DE/EA letter "
             "'grouped by theme rather than by recommendation number'; only EA3 and EA2 are cited by code (in that "
             "order, bold 'Recommendation EA3 - Accepted in principle.' / 'EA2 - Not accepted.'); EA1 is answered by "
             "a QUOTED recommendation in italics followed by 'Accepted.' and a paragraph disputing the '318 children' "
             "characterisation (still agrees); DE1 (eligibility), EA4 (helpline 'already operates' = agrees) and DE2 "
             "(children's views, date) are answered by theme without code or quote; EA3 accepted in principle but "
             "limited to some routes (partly); EA2 rejected but journey-time data will be published (disagrees, also "
             "partly); DfI1 (addressed to another department) is not answered at all; opening paragraph and 'Other "
             "matters' (Head of SEN Transport) are unmatched.")
    H.write_expected(NAME, recs, unmatched, notes)
    errs = H.check(NAME)
    print(NAME, "OK" if not errs else errs)


if __name__ == "__main__":
    main()
