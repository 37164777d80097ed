"""Round 89 (EN): a West Australian shire's AQUATIC FACILITIES COMMUNITY REFERENCE GROUP FINAL REPORT (recommendations
LETTERED (a)-(g) in the first column of a two-column 'Recommendation | Why the Group makes it' TABLE, after numbered
findings) answered by an EXTRACT FROM THE MINUTES of an Ordinary Council Meeting (officer comment under subject
headings citing the letters, voting requirement and council resolution). LibreOffice Writer headless from HTML, A4,
DejaVu; stamped running header and 'Page N of M'. Bodies, people and figures invented.
Run:  /tmp/blind89en/bin/python tests/docs/src/blind89/gen_en_aquatic_libreoffice.py
"""
import os, sys, tempfile, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b89en as H

NAME = "blind89_en_aquatic"
STYLE = """<style>@page { size: 21cm 29.7cm; margin: 2cm 2.1cm 2cm 2.1cm; }
body { font-family: 'DejaVu Sans'; font-size: 9.5pt; } h1 { font-size: 16pt; color: #00507a; } h2 { font-size: 11pt; color: #00507a; }
td, th { font-size: 8.8pt; vertical-align: top; } th { background: #d6e9f3; }</style>"""

ADV = """<html><head><meta charset='utf-8'>""" + STYLE + """</head><body>
<p style='font-size:8pt; color:#00507a'><b>SHIRE OF BOORANDAH &middot; AQUATIC FACILITIES COMMUNITY REFERENCE GROUP</b></p>
<h1>Aquatic Facilities Review: Final Report to Council</h1>
<p style='font-size:8.5pt'>Adopted by the Reference Group on 11 February 2026 &middot; Chair: Bronwyn Kittle</p>
<h2>1. About the Reference Group</h2>
<p>Council established the Aquatic Facilities Community Reference Group in May 2025 (resolution OCM 2025/088) to advise on
the future of the Boorandah Memorial Pool, which opened in 1968, and on aquatic services across the Shire. The Group has
nine community members and met eight times. It held two public forums, received 412 survey responses and visited the
pools at Merredin, Narrogin and Esperance.</p>
<h2>2. What we found</h2>
<p>2.1 The Memorial Pool's 50 metre tank leaks about 40,000 litres a day, and the plant room was rated 'poor' in the 2024
condition audit. Under the Health (Aquatic Facilities) Regulations 2007 the pool must meet water quality and operational
standards, and it has continued to do so, at rising cost.</p>
<p>2.2 The pool is open from 1 November to 31 March. Families told us that the season is short for a town where the
weather is hot from October to April.</p>
<p>2.3 The pool has been run under a management contract since 2019. Several respondents felt the Shire had lost touch with
the facility, while others praised the contractor's lifeguards. Industry guidance says that a public pool should have a
qualified lifeguard on deck whenever it is open; that has been met.</p>
<p>2.4 The Shire's 2018 Sport and Recreation Plan said that &ldquo;the Shire should investigate a year-round aquatic facility
by 2025&rdquo;. No investigation has been done.</p>
<p>2.5 Entry costs $5.50 for a child. About a third of survey respondents with children said cost limits how often they
swim, and school swimming results in the Shire are below the State average.</p>
<h2>3. Our recommendations</h2>
<p>The Reference Group recommends that Council:</p>
<table border='1' cellpadding='5' cellspacing='0' width='100%'>
<tr><th width='55%'>Recommendation</th><th>Why the Group makes it</th></tr>
<tr><td>(a) keep the Memorial Pool open, with essential repairs only, until a replacement facility is operating.</td>
<td>Closing it early would leave the Shire without a pool for several summers.</td></tr>
<tr><td>(b) extend the pool season so that it runs from 1 October to 30 April each year.</td>
<td>See finding 2.2; the Group's survey showed strong support.</td></tr>
<tr><td>(c) plan and seek funding for a heated indoor program pool at the Boorandah Recreation Precinct.</td>
<td>Responds to the 2018 Plan and to demand for year-round lessons and hydrotherapy.</td></tr>
<tr><td>(d) remove entry fees for children under 12 years of age at the Memorial Pool.</td>
<td>See finding 2.5; estimated revenue forgone is about $38,000 a season.</td></tr>
<tr><td>(e) bring management of the Memorial Pool back in house when the current contract ends in 2027.</td>
<td>Would give the Shire direct control of staffing and programs.</td></tr>
<tr><td>(f) fund a learn-to-swim subsidy for every primary school student in Years 3 to 6.</td>
<td>See finding 2.5; would reach about 520 students a year.</td></tr>
<tr><td>(g) install shade sails over the toddler pool and the eastern lawn before next summer.</td>
<td>The most frequent request at both public forums.</td></tr>
</table>
<p>The Group does not recommend a particular site for any new facility; that is a matter for Council after the
feasibility work implied by recommendation (c).</p>
<h2>4. What the recommendations would cost</h2>
<p>Shire officers helped the Group with the indicative figures below. They are not budget estimates, and they exclude the
capital cost of any new facility, which would depend on its site and design.</p>
<table border='1' cellpadding='4' cellspacing='0' width='80%'>
<tr><th>Item</th><th>Indicative annual cost</th></tr>
<tr><td>Longer season (two extra months)</td><td>$55,000</td></tr>
<tr><td>Child entry revenue forgone</td><td>$38,000</td></tr>
<tr><td>Learn-to-swim subsidy</td><td>$31,000</td></tr>
<tr><td>Shade (one-off)</td><td>$46,000</td></tr>
</table>
<p>The Memorial Pool currently costs the Shire about $612,000 a year net of income, or roughly $21 per visit.</p>
<h2>4. Thanks</h2>
<p>The Group thanks Shire staff, the contractor and everyone who completed the survey.</p>
</body></html>"""

RSP = """<html><head><meta charset='utf-8'>""" + STYLE + """</head><body>
<p style='font-size:8pt'><b>SHIRE OF BOORANDAH</b></p>
<h1>Minutes: Ordinary Council Meeting, 24 March 2026 (extract)</h1>
<h2>11.3 Aquatic Facilities Community Reference Group: Final Report</h2>
<table border='1' cellpadding='4' cellspacing='0' width='100%'>
<tr><td width='30%'><b>File reference</b></td><td>REC/14/02</td></tr>
<tr><td><b>Author</b></td><td>Liam Prendergast, Manager Community Services</td></tr>
<tr><td><b>Disclosure of interest</b></td><td>Nil</td></tr>
</table>
<p><b>Purpose</b><br/>For Council to consider the Reference Group's final report and the officer's comments on each of its
recommendations. The Shire President thanked the Group's members, three of whom were in the public gallery.</p>
<p><b>Officer comment</b></p>
<p><i>Indoor program pool (c).</i> Officers support the intent but cannot recommend a commitment at this stage. The proposal
will be considered in the review of the Long Term Financial Plan, and officers will seek advice on State funding
eligibility before any feasibility study is commissioned.</p>
<p><i>School swimming (f).</i> A subsidy of $60 per student for Years 3 to 6 has been included in the draft 2026/27 budget,
and officers have written to the three primary schools to arrange bookings.</p>
<p><i>Season and management (b) and (e).</i> The contractor has agreed to open from 15 October, two weeks earlier than now,
at an extra cost of $21,000; opening in October and closing in April is not possible within current staffing. Officers do
not recommend bringing management in house: a new contract will be tendered in 2027, because the contract model has
delivered good lifeguard coverage and lower costs than the Shire could achieve itself.</p>
<p><i>Child entry (d).</i> Free entry for children is not supported. The Shire's fees and charges already include a
family season pass, and the loss of revenue could not be absorbed without reducing opening hours.</p>
<p><i>Shade (g).</i> Two shade sails were installed over the toddler pool in February using the minor works budget, and
the eastern lawn will follow in September.</p>
<p><b>Water quality compliance</b><br/>Separately, all 96 water samples taken at the Memorial Pool in the 2025/26
season met the required standards, as reported to the Department of Health.</p>
<p><b>Voting requirements</b>: Simple majority.</p>
<p><b>COUNCIL RESOLUTION 2026/041</b><br/>Moved Cr Doyle, seconded Cr Nguyen-Ashby. That Council receives the final report
of the Aquatic Facilities Community Reference Group, endorses the officer comments in this item, and disbands the Group with
its thanks. CARRIED 7/1</p>
</body></html>"""

work = tempfile.mkdtemp(prefix="blind89en_lo_")
try:
    for kind, html in (("advice", ADV), ("response", RSP)):
        hp = os.path.join(work, f"{NAME}_{kind}.html")
        open(hp, "w", encoding="utf-8").write(html)
        H.soffice_pdf(hp, work)
        pdf = H.out(f"{NAME}_{kind}.pdf")
        shutil.copy(os.path.join(work, f"{NAME}_{kind}.pdf"), pdf)
        if kind == "advice":
            H.stamp(pdf, header="Shire of Boorandah  |  Aquatic Facilities Review  |  Community Reference Group",
                    footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))
        else:
            H.stamp(pdf, header="Ordinary Council Meeting  |  24 March 2026  |  Minutes",
                    footer="Page {n} of {N}", fontfile=H.clean_font("DejaVuSans.ttf"))
finally:
    shutil.rmtree(work, ignore_errors=True)

H.write_expected(NAME, [
    {"number": 1, "starts_with": "keep the Memorial Pool open, with essential repairs only, until",
     "reply_contains": None, "verdict": "unanswered"},
    {"number": 2, "starts_with": "extend the pool season so that it runs from 1 October",
     "reply_contains": "The contractor has agreed to open from 15 October", "verdict": "partly"},
    {"number": 3, "starts_with": "plan and seek funding for a heated indoor program pool",
     "reply_contains": "will be considered in the review of the Long Term Financial Plan", "verdict": "noted"},
    {"number": 4, "starts_with": "remove entry fees for children under 12 years of age",
     "reply_contains": "Free entry for children is not supported", "verdict": "disagrees"},
    {"number": 5, "starts_with": "bring management of the Memorial Pool back in house when",
     "reply_contains": "a new contract will be tendered in 2027", "verdict": "disagrees"},
    {"number": 6, "starts_with": "fund a learn-to-swim subsidy for every primary school student",
     "reply_contains": "A subsidy of $60 per student for Years 3 to 6", "verdict": "agrees"},
    {"number": 7, "starts_with": "install shade sails over the toddler pool and the eastern lawn",
     "reply_contains": "Two shade sails were installed over the toddler pool in February", "verdict": "agrees"},
], ["For Council to consider the Reference Group's final report",
    "all 96 water samples taken at the Memorial Pool",
    "endorses the officer comments in this item, and disbands the Group"],
   "Advice: WA shire's aquatic facilities community reference group final report, 2 p.; the seven recommendations are "
   "LETTERED (a)-(g) lower-case clauses after 'The Reference Group recommends that Council:', in the first column of a "
   "'Recommendation | Why the Group makes it' TABLE (number = letter's position). Traps: numbered findings 2.1-2.5, Health "
   "(Aquatic Facilities) Regulations 2007 'must meet', 'a public pool should have a qualified lifeguard', the 2018 Plan's "
   "'the Shire should investigate a year-round aquatic facility' quoted, resolution OCM 2025/088, 'recommendation (c)' "
   "after the table. Response: minutes extract, officer comment under italic subject headings citing letters, order c, f, "
   "b+e, d, g. ONE paragraph 'Season and management (b) and (e)' = open from 15 October (b partly) + contract re-tendered, "
   "not in house (e disagrees). c noted (LTFP, State funding advice); d disagrees; f agrees (in draft budget); g agrees "
   "(installed). (a) keep the Memorial Pool open unanswered. Purpose, water quality compliance, council resolution (nothing).")
sys.exit(H.main([NAME]))
