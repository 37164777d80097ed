"""Round 127 (EN): an Irish county council's LOCAL TRAVELLER ACCOMMODATION CONSULTATIVE COMMITTEE's submission on the
council's Draft Traveller Accommodation Programme 2026-2030, answered by the CHIEF EXECUTIVE'S REPORT on the
submissions received. The advice's seven recommendations are UNNUMBERED sentences ('The Committee recommends that ...',
'The Committee further recommends that ...') under sub-headings that follow the draft Programme's chapters, one running
across the page break. Traps: the Housing (Traveller Accommodation) Act 1998 paraphrased ('shall prepare', 'must
consult'), the draft Programme quoted ('will seek to deliver'), a numbered list of FINDINGS, the Committee's 2019 advice
quoted ('should appoint', done), and a closing line naming 'Chapters 4 and 5'. The Chief Executive's report lists the
submissions (S01-S06), then a ruled table with its OWN references 3.1-3.7 ('Issue raised' / 'Chief Executive's
response' / 'Recommendation'), rows in another order and mixed with other submitters' issues; one row answers two
recommendations (caretakers and quarterly figures); the tenants' forum is never answered.
LibreOffice Writer headless from HTML, A4, Liberation Sans (submission) and Liberation Serif (report); header and 'Page
N of M' stamped from page 2. All bodies, people, places, figures and references invented; the Housing (Traveller
Accommodation) Act 1998 is named as context only (what is said of it here is paraphrased and not to be relied on).
Run:  /tmp/blind127en/bin/python tests/docs/src/blind127/gen_en_traveller_tap_libreoffice.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b127en as H

NAME = "blind127_en_traveller_tap"
STYLE = """<style>
@page { size: 21cm 29.7cm; margin: 2.2cm 2.3cm 2.2cm 2.3cm; }
body { font-family: '%(f)s'; font-size: %(s)s; }
h1 { font-family: '%(f)s'; font-size: 17pt; margin-top: 0.1cm; margin-bottom: 0.15cm; color: %(c)s; }
h2 { font-family: '%(f)s'; font-size: 12.5pt; margin-top: 0.45cm; margin-bottom: 0.15cm; color: %(c)s; }
h3 { font-family: '%(f)s'; font-size: 10.5pt; font-style: italic; margin-top: 0.3cm; margin-bottom: 0.1cm; }
p { margin-top: 0; margin-bottom: 0.22cm; line-height: 122%%; }
p.meta { color: #555555; font-size: 9.5pt; }
li { margin-bottom: 0.1cm; line-height: 118%%; }
td { font-family: '%(f)s'; font-size: 9.5pt; vertical-align: top; }
th { font-family: '%(f)s'; font-size: 9.5pt; text-align: left; background: #e4ece4; }
</style>"""


def doc(body, font, colour, size):
    return (f"<!DOCTYPE html><html lang='en-IE'><head><meta charset='utf-8'>"
            f"{STYLE % {'f': font, 's': size, 'c': colour}}</head><body>{body}</body></html>")


def advice():
    b = """
<p class='meta'>KILBRANNAGH COUNTY COUNCIL &#183; LOCAL TRAVELLER ACCOMMODATION CONSULTATIVE COMMITTEE</p>
<h1>Submission on the Draft Traveller Accommodation Programme 2026-2030</h1>
<p class='meta'>Agreed at the meeting of the Committee held on 12 November 2025 &#183; Ref. LTACC/2025/06 &#183;
Chairperson: Cllr Aoife Gilheaney</p>

<h2>1. Introduction</h2>
<p>The Local Traveller Accommodation Consultative Committee (the Committee) brings together elected members, officials
of the Council's Housing Directorate and five representatives of the Traveller community in the county. This
submission sets out the Committee's views on the Draft Traveller Accommodation Programme 2026-2030 (the Draft
Programme), which went on public display on 6 October 2025.</p>
<p>Under the Housing (Traveller Accommodation) Act 1998, a housing authority shall prepare and adopt an accommodation
programme for the Travellers in its area, and it must consult the local consultative committee while doing so. The
Committee welcomes the fact that it was given an early sight of the Draft Programme this year.</p>
<p>In 2019 the Committee advised that the Council \"should appoint a dedicated Traveller liaison officer\". A liaison
officer was appointed in 2021, and members from every part of the county spoke highly of her work.</p>

<h2>2. What the Committee found</h2>
<p>The Draft Programme states that the Council \"will seek to deliver 46 units of Traveller accommodation over the
five years\". In reviewing it, the Committee noted the following:</p>
<ol>
<li>the 2024 annual count recorded 132 Traveller families in the county, 17 of them living on unauthorised
roadside sites;</li>
<li>only 19 of the 38 units in the previous programme were delivered, and none of the six group housing schemes;</li>
<li>the Ballycarran halting site (11 bays) has had no major works since 2008, and two day houses there are
empty because of damp;</li>
<li>there is no transient accommodation anywhere in the county, although families travel through it every summer;</li>
<li>the Council drew down 41 per cent of the capital grant allocated to it for Traveller accommodation in 2024.</li>
</ol>

<h2>3. The Committee's recommendations</h2>
<h3>Chapter 3 of the Draft Programme: assessment of need</h3>
<p>The annual count is a snapshot taken on a single day, and families who are sharing or doubled up with relatives
are often missed. The Committee recommends that the Council carry out a new assessment of accommodation need in 2026,
working with local Traveller organisations, rather than rely on the figures of the 2024 count.</p>

<h3>Chapter 4: accommodation targets</h3>
<p>Group housing is the form of accommodation most often requested by the families we represent. The Committee
recommends that the target for Traveller-specific group housing be raised from 12 to 20 units over the life of the
Programme.</p>
<p>The Committee further recommends that the refurbishment of the Ballycarran halting site be brought forward from
2028 to 2026, so that all eleven bays are rewired and the two empty day houses are rebuilt before another winter is
spent in them.</p>

<h3>Chapter 5: transient accommodation</h3>
<p>Each summer between 20 and 30 families pass through the north of the county on their way to fairs and family
gatherings, and at present they have nowhere to stop lawfully. The Committee recommends that the Council provide a
transient site with at least eight bays in the north of the county by the end of 2027.</p>

<h3>Chapter 6: management and maintenance</h3>
<p>Residents at all three halting sites told us that repairs are slow and that nobody is on site when problems arise.
The Committee recommends that a caretaker be employed for every halting site of more than ten bays, working at least
three days a week on the site itself.</p>
<p>The Committee also recommends that the Council publish, every quarter, the number of units delivered against the
annual target and the share of the capital grant drawn down, so that progress can be seen by all.</p>

<h3>Chapter 7: consultation and participation</h3>
<p>Residents should not have to wait for a new programme to be asked their views. The Committee recommends that the
Council set up a Traveller tenants' forum, open to every household in Council-provided Traveller accommodation, that
meets at least twice a year with the Director of Housing.</p>

<h2>4. Closing</h2>
<p>The Committee regards its recommendations under Chapters 4 and 5 as the most pressing. Members thank the Senior
Executive Officer and the liaison officer for their help in preparing this submission.</p>
<p><i>Cllr Aoife Gilheaney, Chairperson, on behalf of the Committee</i></p>
"""
    return doc(b, "Liberation Sans", "#2f5d3a", "10pt")


SUBMISSIONS = [
    ("S01", "Kilbrannagh Traveller Support Group"),
    ("S02", "Cloncurry Road Residents' Association"),
    ("S03", "Local Traveller Accommodation Consultative Committee"),
    ("S04", "Department of Housing, Local Government and Heritage (Traveller Accommodation Unit)"),
    ("S05", "Two individual Traveller households (names withheld)"),
    ("S06", "Dromkeel Community Council"),
]

ROWS = [
    ("3.1", "S02, S06", "Objection to the proposed group housing scheme at Cloncurry Road on grounds of traffic and "
     "the capacity of the local school.",
     "The site is zoned for residential use and any scheme will be subject to the Part 8 planning process, where "
     "traffic and school capacity will be assessed in full. Residents will be consulted before any design is "
     "finalised.", "No change."),
    ("3.2", "S03, S05", "Bring the refurbishment of the Ballycarran halting site forward to 2026.",
     "The Chief Executive accepts that the condition of the site, and of the two vacant day houses in particular, "
     "cannot wait until 2028. A funding application was made to the Department in December 2025, and rewiring will "
     "start in May 2026.", "Amend Table 4.2 to show the Ballycarran works in 2026."),
    ("3.3", "S01, S03", "Raise the target for Traveller-specific group housing from 12 to 20 units.",
     "Two sites capable of taking group housing are in Council ownership, and a third would have to be bought. Given "
     "the time needed for land acquisition and planning, a target of 20 units is not achievable within the "
     "Programme period. The target of 12 units is retained, and will be revisited at the mid-term review.",
     "No change."),
    ("3.4", "S01, S03", "Carry out a new assessment of accommodation need, with Traveller organisations.",
     "Agreed. A full needs assessment will be carried out between March and June 2026 with the Support Group and the "
     "Traveller representatives on the Committee, and its results will be reported to the Housing Strategic Policy "
     "Committee.", "Amend section 3.4 to provide for a needs assessment in 2026."),
    ("3.5", "S03", "Caretakers for the larger halting sites; quarterly reporting of delivery and grant drawdown.",
     "A full-time caretaker will be appointed for Ballycarran from April 2026. Glenmore and Rathbeg, each with fewer "
     "bays, will share a caretaker two days a week, and this arrangement will be reviewed after twelve months. A "
     "progress report on units delivered and grant drawdown will go to each quarterly meeting of the Committee and be "
     "published on the Council's website from the second quarter of 2026.",
     "Amend section 6.2 (caretaking) and add a new section 8.3 (progress reporting)."),
    ("3.6", "S01, S03, S05", "Provide a transient site in the north of the county.",
     "The Chief Executive notes the need described in the submissions. No suitable site has been identified to date, "
     "and transient provision is best planned on a regional basis. The matter will be raised with the neighbouring "
     "authorities at the regional Traveller accommodation forum and considered again at the mid-term review.",
     "No change at this stage."),
    ("3.7", "S04", "Capital funding should be sought earlier in each year so that allocations are fully drawn down.",
     "The Council will submit its full capital programme to the Department by the end of February each year, "
     "starting in 2026.", "Amend section 8.1."),
]


def response():
    subs = "".join(f"<tr><td width='12%'>{a}</td><td>{b}</td></tr>" for a, b in SUBMISSIONS)
    rows = "".join(f"<tr valign='top'><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td></tr>"
                   for a, b, c, d, e in ROWS)
    b = f"""
<p class='meta'>KILBRANNAGH COUNTY COUNCIL &#183; HOUSING DIRECTORATE</p>
<h1>Chief Executive's Report on Submissions</h1>
<p><b>Draft Traveller Accommodation Programme 2026-2030</b><br/>To the Cathaoirleach and Members of Kilbrannagh
County Council &#183; Meeting of 9 February 2026 &#183; Report No. HD/TAP/26/02</p>

<h2>1. Introduction</h2>
<p>The Draft Programme was on public display from 6 October to 17 November 2025 and was advertised in two local
newspapers and on the Council's consultation portal. Six written submissions were received by the closing date. This
report summarises the issues raised, sets out the Chief Executive's response to each and recommends the amendments
to be made before the Programme is adopted.</p>

<h2>2. List of submissions received</h2>
<table border='1' cellpadding='3' cellspacing='0' width='100%'>{subs}</table>

<h2>3. Summary of issues raised and the Chief Executive's response</h2>
<p>Where the same issue was raised in more than one submission, it is dealt with once. Issues are set out in the
order in which they were received.</p>
<table border='1' cellpadding='4' cellspacing='0' width='100%'>
<tr><th width='7%'>Ref.</th><th width='11%'>Sub. no.</th><th width='22%'>Issue raised</th><th width='40%'>Chief
Executive's response</th><th width='20%'>Recommendation</th></tr>
{rows}
</table>

<h2>4. Recommendation to the Members</h2>
<p>Having considered the submissions, it is recommended that the Members adopt the Traveller Accommodation Programme
2026-2030 with the amendments shown in the final column of section 3. An annual progress review will be brought to
the Council each March.</p>
<p><i>Fionnuala Dempsey-Rourke, Chief Executive</i></p>
"""
    return doc(b, "Liberation Serif", "#2f5d3a", "10.5pt")


def main():
    tmp = tempfile.mkdtemp(prefix="blind127en_lo_out_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.soffice_pdf(src, tmp)
        shutil.move(os.path.join(tmp, f"{NAME}_{kind}.pdf"), H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Kilbrannagh LTACC - Submission on the Draft TAP 2026-2030",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Kilbrannagh County Council - Chief Executive's Report HD/TAP/26/02",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "The Committee recommends that the Council carry out a new assessment",
         "reply_contains": "full needs assessment will be carried out between March and June",
         "verdict": "agrees"},
        {"number": 2, "starts_with": "The Committee recommends that the target for Traveller-specific group housing",
         "reply_contains": "a target of 20 units is not achievable within the Programme period",
         "verdict": "disagrees"},
        {"number": 3, "starts_with": "The Committee further recommends that the refurbishment of the Ballycarran",
         "reply_contains": "rewiring will start in May 2026", "verdict": "agrees"},
        {"number": 4, "starts_with": "The Committee recommends that the Council provide a transient site",
         "reply_contains": "considered again at the mid-term review", "verdict": "noted"},
        {"number": 5, "starts_with": "The Committee recommends that a caretaker be employed for every halting site",
         "reply_contains": "will share a caretaker two days a week", "verdict": "partly"},
        {"number": 6, "starts_with": "The Committee also recommends that the Council publish, every quarter",
         "reply_contains": "published on the Council's website from the second quarter of 2026",
         "verdict": "agrees"},
        {"number": 7, "starts_with": "The Committee recommends that the Council set up a Traveller tenants' forum",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["Six written submissions were received by the closing date",
                 "will be subject to the Part 8 planning process",
                 "submit its full capital programme to the Department by the end of February",
                 "An annual progress review will be brought to the Council each March"]
    notes = ("Advice: an Irish county council's LOCAL TRAVELLER ACCOMMODATION CONSULTATIVE COMMITTEE's submission on the "
             "Draft Traveller Accommodation Programme 2026-2030; the Housing (Traveller Accommodation) Act 1998 "
             "paraphrased ('shall prepare and adopt', 'must consult'); the Committee's 2019 advice quoted ('should "
             "appoint ... liaison officer', done); the Draft Programme quoted ('will seek to deliver 46 units'); FINDINGS "
             "1.-5. as a numbered list; the seven recommendations are UNNUMBERED sentences 'The Committee recommends "
             "that ...' / 'further recommends' / 'also recommends' under italic sub-headings named after the Draft "
             "Programme's Chapters 3-7, one of them running across the page break (1 new needs assessment in 2026, 2 "
             "group housing target 12 to 20, 3 Ballycarran refurbishment brought forward to 2026, 4 transient site in "
             "the north by 2027, 5 caretaker for every site over ten bays, 6 quarterly publication of delivery and "
             "grant drawdown, 7 Traveller tenants' forum); closing names 'Chapters 4 and 5'. Response: the CHIEF "
             "EXECUTIVE'S REPORT on submissions: introduction, a list of submissions S01-S06, then a ruled table with "
             "its OWN references 3.1-3.7 (Ref. / Sub. no. / Issue raised / Chief Executive's response / "
             "Recommendation), mixed with other submitters' issues and in the order 3 (3.2 'accepts', works from May "
             "2026: agrees), 2 (3.3 'not achievable', target retained, 'No change': disagrees), 1 (3.4 'Agreed.': "
             "agrees), 5+6 in one row 3.5 (a full-time caretaker only for Ballycarran, the two smaller sites share one: "
             "5 partly; quarterly progress report published from Q2 2026: 6 agrees), 4 (3.6 'notes the need', regional "
             "forum, mid-term review, 'No change at this stage': noted); 7 (tenants' forum) never answered "
             "(unanswered). The introduction, row 3.1 (residents' objection), row 3.7 (the Department's point) and "
             "section 4 (recommendation to adopt) answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
