"""Round 101 (EN): a New Zealand district museum's EXTERNAL COLLECTIONS CARE REVIEW (consultant's report to the
museum's Trust Board), seven recommendations as numbered rows 1-7 of a 'Priority actions' TABLE (No. | Action |
Timeframe | Priority) beside a SIDEBAR of key findings, answered by the museum director's TRUST BOARD PAPER
(management response citing 'Action N'). Chromium headless --print-to-pdf, A4, cleaned DejaVu via @font-face,
ligatures off, fresh --user-data-dir; header and 'Page N of M' stamped from page 2. All bodies, people, places and
figures invented; the Protected Objects Act 1975 is named as context only.
Run:  /tmp/blind101en/bin/python tests/docs/src/blind101/gen_en_museum_review_chromium.py
"""
import os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b101en as H

NAME = "blind101_en_museum_review"
R = H.clean_font("DejaVuSans.ttf")
B = H.clean_font("DejaVuSans-Bold.ttf")
CSS = f"""
@font-face {{ font-family: DV; src: url(file://{R}); }}
@font-face {{ font-family: DV; font-weight: bold; src: url(file://{B}); }}
@page {{ size: A4; margin: 20mm 18mm 22mm 18mm; }}
body {{ font-family: DV; font-size: 9.8pt; line-height: 1.45; font-variant-ligatures: none; color: #1b1b1b; }}
h1 {{ font-size: 16pt; color: #5b2a6e; margin: 0 0 4pt 0; }}
h2 {{ font-size: 10.5pt; color: #5b2a6e; margin: 10pt 0 3pt 0; break-after: avoid; }}
.pa {{ break-inside: avoid; }}
.grid {{ display: grid; grid-template-columns: 52mm 1fr; column-gap: 7mm; }}
.side {{ background: #f1eaf4; border-top: 3px solid #5b2a6e; padding: 6pt 8pt; font-size: 8.6pt; align-self: start; }}
.side p {{ margin: 0 0 6pt 0; }}
.meta {{ font-size: 8.5pt; color: #555; border-top: 2px solid #5b2a6e; border-bottom: 1px solid #aaa; padding: 4pt 0; margin-bottom: 8pt; }}
table {{ border-collapse: collapse; width: 100%; font-size: 9pt; }}
td, th {{ border: 1px solid #999; padding: 4pt 6pt; vertical-align: top; text-align: left; }}
th {{ background: #e4d7ea; }}
.cover td {{ border: none; padding: 1pt 6pt 1pt 0; }}
"""


def html(body):
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{body}</body></html>"


def render(body, pdf, head):
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False, encoding="utf-8") as fh:
        fh.write(html(body)); p = fh.name
    H.chromium_pdf(p, pdf); os.unlink(p)
    H.stamp(pdf, header=head, footer="Page {n} of {N}", skip_first=True, fontfile=R)


ADVICE = """
<div class="meta">Waituna District Museum Trust Board | Commissioned review | January 2026</div>
<h1>Review of Collections Care and Storage</h1>
<p><b>Waituna District Museum, Kaitoke Street, Waituna</b><br>Reviewer: Moana Ruatapu-Hayes, Collections Consult Aotearoa</p>
<div class="grid">
<div class="side">
<p><b>Key findings</b></p>
<p><b>F1.</b> Relative humidity in the basement store exceeded 70% on 41 days between June and October 2025.</p>
<p><b>F2.</b> About 2,300 of an estimated 9,800 photographs have catalogue records.</p>
<p><b>F3.</b> Collections work depends on one full-time curator and eleven volunteers.</p>
<p><b>F4.</b> The 2018 review said that "the Trust should install a dehumidifier in the basement"; one was installed in 2019 and has been out of service since 2024.</p>
<p><b>F5.</b> The main store's sprinkler system was last tested in 2022.</p>
</div>
<div>
<h2>1. Scope and method</h2>
<p>The Trust Board asked for an independent review of how the Museum cares for and stores its collections of about
24,000 objects and 9,800 photographs. I visited the Museum on 3 and 4 December 2025, inspected the three stores, read
the collection policies and interviewed the director, the curator, four volunteers and two Board members.</p>
<h2>2. Overall assessment</h2>
<p>The Museum should be proud of the care its small team gives to the collection, often with little money. Display
standards are good. The risks are concentrated in storage, in the records, and in the reliance on a single member of
staff who holds much of the knowledge of the collection.</p>
<p>Under the Protected Objects Act 1975, newly found taonga tūturu must be notified to the Ministry; the Museum's
procedures for this are sound and I make no recommendation about them.</p>
<h2>3. Storage environment</h2>
<p>The basement store is the Museum's largest and least stable space. The textile and costume collection, about 1,100
items, is kept there in archival boxes on open shelving. Mould was found on two boxes during the visit. The mezzanine
store has air conditioning and space for the textiles if the archive boxes now kept there are moved off site.</p>
<h2>4. Records and documentation</h2>
<p>Object records are in a database installed in 2016. The photographic collection is the weakest area (F2), and the
absence of a deaccession policy means that the Board has no agreed basis for disposing of duplicate or damaged items.</p>
</div>
</div>
<div class="pa"><h2>5. Priority actions</h2>
<p>I recommend the following actions to the Trust Board, in order of priority within each timeframe.</p>
<table>
<tr><th style="width:8mm">No.</th><th>Action</th><th style="width:28mm">Timeframe</th><th style="width:18mm">Priority</th></tr>
<tr><td>1</td><td>Move the textile and costume collection from the basement store to the mezzanine store.</td><td>Within 6 months</td><td>High</td></tr>
<tr><td>2</td><td>Install continuous temperature and humidity loggers in all three stores and review the readings monthly.</td><td>Within 6 months</td><td>High</td></tr>
<tr><td>3</td><td>Complete a full inventory of the photographic collection by June 2027.</td><td>By June 2027</td><td>Medium</td></tr>
<tr><td>4</td><td>Create a permanent half-time collections registrar position to reduce reliance on one person.</td><td>2026-27 budget</td><td>High</td></tr>
<tr><td>5</td><td>Adopt a written deaccession policy approved by the Trust Board.</td><td>Within 12 months</td><td>Medium</td></tr>
<tr><td>6</td><td>Replace the sprinkler system in the main store with an inert gas fire suppression system.</td><td>Within 3 years</td><td>Medium</td></tr>
<tr><td>7</td><td>Prepare a disaster response and salvage plan and train all staff and volunteers in it.</td><td>Within 12 months</td><td>High</td></tr>
</table></div>
<h2>6. Closing remarks</h2>
<p>None of these actions requires the Museum to close or to restrict access. I would be happy to discuss the report
with the Board. I thank the director, Tom Kereama, and the staff and volunteers for their help during the visit.</p>
<p style="font-size:8.5pt;color:#555">Moana Ruatapu-Hayes, Collections Consult Aotearoa, 19 January 2026</p>
"""

RESPONSE = """
<div class="meta">Waituna District Museum Trust Board | Meeting of 17 March 2026 | Agenda item 6</div>
<h1>Board Paper: Collections Care Review, Management Response</h1>
<table class="cover">
<tr><td><b>Author</b></td><td>Tom Kereama, Director</td></tr>
<tr><td><b>Purpose</b></td><td>For decision</td></tr>
<tr><td><b>Attachments</b></td><td>A: Review of Collections Care and Storage (January 2026)</td></tr>
</table>
<h2>Purpose</h2>
<p>This paper presents management's response to the external review of collections care received in January, and seeks
the Board's endorsement of the work programme that follows from it. Staff have welcomed the review and found the
reviewer's visit useful.</p>
<h2>Action 2: Environmental monitoring</h2>
<p>Management accepts this action. Twelve wireless loggers were purchased in February with a grant from the Waituna
Community Trust, and monthly readings will be reported to the Collections Committee from April.</p>
<h2>Action 7: Disaster preparedness</h2>
<p>Management notes the reviewer's advice. Waituna District Council is reviewing its civil defence plans for council
facilities this year, and we will consider the scope of a museum salvage plan once that review reports.</p>
<h2>Actions 4 and 6: Staffing and fire protection</h2>
<p>Both actions carry significant cost. On staffing, the Board's budget cannot support a permanent position, but
management proposes a fixed-term registrar at 0.3 FTE for two years from July, funded from the Collections Reserve.
On fire protection, an inert gas system has been priced at about $480,000. Management does not recommend this
change at this time; the existing sprinkler system was serviced and tested in February and meets the
building's fire report.</p>
<h2>Action 1: Textile storage</h2>
<p>Completed. The textile and costume collection was moved to the mezzanine in the week of 9 March, after archive boxes
were transferred to the District Council's records facility. The two mould-affected boxes have been treated.</p>
<h2>Action 3: Photographic inventory</h2>
<p>Management supports the inventory but considers June 2027 unrealistic with current volunteer numbers. We propose a
target of June 2028, with progress reported to each Board meeting.</p>
<h2>Visitor numbers and exhibitions</h2>
<p>For information, visits in the December to February quarter totalled 6,420, up 9% on the same period last year,
helped by the Waituna Shearing exhibition.</p>
<h2>Recommendation</h2>
<p style="break-before: avoid">That the Trust Board receive the review, endorse the management response set out in this paper, and ask the
Director to report progress in September 2026.</p>
"""


def expected():
    Rr = [
        dict(number=1, starts_with="Move the textile and costume collection from the basement store",
             reply_contains="moved to the mezzanine in the week of 9 March", verdict="agrees"),
        dict(number=2, starts_with="Install continuous temperature and humidity loggers in all three stores",
             reply_contains="Twelve wireless loggers were purchased in February", verdict="agrees"),
        dict(number=3, starts_with="Complete a full inventory of the photographic collection by June 2027",
             reply_contains="We propose a target of June 2028", verdict="partly"),
        dict(number=4, starts_with="Create a permanent half-time collections registrar position",
             reply_contains="proposes a fixed-term registrar at 0.3 FTE for two years", verdict="partly"),
        dict(number=5, starts_with="Adopt a written deaccession policy approved by the Trust Board",
             reply_contains=None, verdict="unanswered"),
        dict(number=6, starts_with="Replace the sprinkler system in the main store with an inert gas",
             reply_contains="Management does not recommend this change at this time", verdict="disagrees"),
        dict(number=7, starts_with="Prepare a disaster response and salvage plan and train all staff",
             reply_contains="we will consider the scope of a museum salvage plan", verdict="noted"),
    ]
    U = ["Staff have welcomed the review and found the reviewer's visit useful",
         "visits in the December to February quarter totalled 6,420",
         "ask the Director to report progress in September 2026"]
    H.write_expected(NAME, Rr, U,
        "Advice: external collections care review of a New Zealand district museum for its Trust Board; recs = rows "
        "1-7 of a 'Priority actions' TABLE (No. | Action | Timeframe | Priority) in section 5; traps: SIDEBAR key "
        "findings F1-F5 (F4 quotes the 2018 review 'the Trust should install a dehumidifier'), 'The Museum should be "
        "proud', Protected Objects Act 1975 'must be notified', sections 1-6. Response: director's Trust Board paper "
        "citing 'Action N' headings, order 2, 7, 4+6, 1, 3: loggers bought (2 agrees), considered after the council "
        "review (7 noted), ONE section 'Actions 4 and 6' = 0.3 FTE fixed-term (4 partly) + inert gas 'not at this time' "
        "(6 disagrees), moved already (1 agrees), June 2028 not 2027 (3 partly); 5 (deaccession policy) unanswered; "
        "Purpose, 'Visitor numbers and exhibitions', the paper's own 'Recommendation' answer nothing.")


if __name__ == "__main__":
    render(ADVICE, H.out(NAME + "_advice.pdf"), "Waituna District Museum - Review of Collections Care and Storage")
    render(RESPONSE, H.out(NAME + "_response.pdf"), "Waituna District Museum Trust Board - Item 6")
    expected()
    sys.exit(H.main([NAME]))
