"""Round 90 (EN): a Canadian (British Columbia) municipality's COMPLAINTS HANDLING SYSTEMS REVIEW by an invented
provincial review office (continuously NUMBERED PARAGRAPHS; the recommendations are paragraphs 17-23 of a
'Recommendations' section, after findings and analysis in paragraphs 1-16) answered by the CHIEF ADMINISTRATIVE OFFICER'S LETTER
citing the paragraph numbers. Chromium headless --print-to-pdf, US Letter, cleaned DejaVu via @font-face, ligatures off,
fresh --user-data-dir; grid with a left sidebar on page 1, stamped header from page 2 and page numbers. Bodies, people
and figures invented.
Run:  /tmp/blind90en/bin/python tests/docs/src/blind90/gen_en_complaints_chromium.py
"""
import os, sys, tempfile, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b90en as H

NAME = "blind90_en_complaints"
F = {k: H.clean_font(v) for k, v in (("r", "DejaVuSans.ttf"), ("b", "DejaVuSans-Bold.ttf"), ("i", "DejaVuSans-Oblique.ttf"))}
CSS = """
@font-face { font-family: DV; src: url('file://%(r)s'); }
@font-face { font-family: DV; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: DV; font-style: italic; src: url('file://%(i)s'); }
@page { size: Letter; margin: 20mm 18mm 18mm 18mm; }
body { font-family: DV; font-size: 9.3pt; line-height: 1.42; color: #1a1a1a; font-variant-ligatures: none; }
h1 { font-size: 16pt; color: #0d4a6b; margin: 0 0 2pt 0; } h2 { font-size: 10.8pt; color: #0d4a6b; margin: 10pt 0 3pt 0; }
.kick { font-size: 8pt; font-weight: bold; letter-spacing: 1px; color: #0d4a6b; }
.meta { font-size: 8.4pt; color: #555; border-bottom: 2px solid #0d4a6b; padding-bottom: 5pt; margin-bottom: 8pt; }
.grid { display: flex; gap: 14pt; } .side { flex: 0 0 31%%; background: #e6f0f5; padding: 7pt; font-size: 8.4pt; }
.main { flex: 1; }
p.n { margin: 0 0 5pt 0; } p.n b.num { display: inline-block; width: 20pt; }
blockquote { font-style: italic; margin: 4pt 14pt; }
.lh { border-bottom: 3px solid #0d4a6b; padding-bottom: 6pt; margin-bottom: 12pt; }
"""


def page(body):
    return "<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + (CSS % F) + "</style></head><body>" + body + "</body></html>"


def paras(start, items):
    return "".join(f"<p class='n'><b class='num'>{start + i}</b>{t}</p>" for i, t in enumerate(items))


FIND1 = [
    "The District of Cedar Narrows asked this Office in October 2025 to review how it receives, handles and learns from "
    "complaints. This report sets out what we found and what we recommend. It is not an investigation of any individual "
    "complaint.",
    "We reviewed the District's complaints policy (Policy ADM-14, adopted 2017), its customer service bylaw, 600 complaint "
    "files from 2024 and 2025, and the records of its service request system. We interviewed 23 staff and held two focus "
    "groups with residents who had complained.",
    "The District has about 48,000 residents and 410 staff. It received 1,274 complaints in 2025, excluding routine service "
    "requests such as missed garbage pickups.",
    "Section 12 of the provincial Ombudsperson Act gives residents a right to complain to the provincial Ombudsperson once "
    "local processes are exhausted. Nothing in this report limits that right.",
]
FIND2 = [
    "Policy ADM-14 defines a complaint narrowly, as a written expression of dissatisfaction addressed to the Corporate "
    "Officer. In practice most complaints arrive by telephone, at the counter or through the online request form, and these "
    "are not recorded as complaints at all.",
    "The policy says staff should acknowledge a complaint within five business days and respond within 30. In our sample 62 "
    "percent of written complaints met the acknowledgment standard and 48 percent met the response standard.",
    "There is no second stage. A resident who is unhappy with the department's answer may write to Council, and 37 did so in "
    "2025; Council referred every one back to the same department.",
    "Complaint information is held in four systems. No one in the District can say how many complaints a department receives "
    "or what they are about.",
    "Staff told us they had received no training on complaints since 2019. Several front-line staff said that a complaint "
    "should be passed to a supervisor as soon as a resident raises their voice.",
    "The 2018 internal audit of customer service recommended that \"the District should adopt a single customer relationship "
    "system for all departments\". A system was purchased in 2021 but is used only by Engineering and Bylaw Services.",
    "Residents in the focus groups said that they were rarely told what had changed as a result of their complaint. Two said "
    "they had given up complaining.",
]
RECS = [
    "That the District adopt a new complaints policy that defines a complaint broadly, whatever the channel it arrives by.",
    "That the District introduce a second stage of internal review, conducted by a senior manager independent of the department "
    "complained about.",
    "That all complaints be recorded in the customer relationship system already used by Engineering and Bylaw Services.",
    "That the District appoint a complaints coordinator in the Corporate Services department to oversee the process.",
    "That the District train all front-line and supervisory staff in complaint handling within 12 months and repeat the "
    "training every three years.",
    "That the Chief Administrative Officer report to Council annually on complaint numbers, timeliness, outcomes and the "
    "improvements made as a result.",
    "That the District publish plain-language information on how to complain, in English and the three other languages most "
    "spoken in the District.",
]

ADV = page(f"""
<div class='kick'>OFFICE OF THE LOCAL GOVERNMENT SERVICE REVIEWER, BRITISH COLUMBIA</div>
<h1>Listening and Learning: A Review of Complaints Handling at the District of Cedar Narrows</h1>
<div class='meta'>Systems Review Report No. 2026-03 &middot; May 19, 2026 &middot; Reviewer: Dr. Priya Vandermeer</div>
<div class='grid'><div class='side'><b>About this review</b><br/>A systems review looks at how an organization handles
complaints in general. It does not decide individual cases. The District had 30 days to comment on a draft of this report,
and its comments are reflected in paragraphs 13 and 16.<br/><br/><b>In numbers</b><br/>1,274 complaints in 2025<br/>600 files
reviewed<br/>48 percent answered within 30 days<br/>4 separate record systems</div>
<div class='main'><h2>Introduction</h2>{paras(1, FIND1)}<h2>What we found</h2>{paras(5, FIND2)}</div></div>
<h2>Analysis</h2>
{paras(12, [
    "A good complaints system is easy to use, treats people fairly, resolves complaints early and uses what it learns. "
    "Measured against those principles, the District's system falls short on each count.",
    "The District told us in its comments on the draft that the narrow definition was intended to keep routine service "
    "requests out of the complaints process. We accept that aim, but it can be achieved without excluding complaints made by "
    "telephone or in person.",
    "Without a second stage, a resident's only route is to the provincial Ombudsperson, which adds delay for the resident and "
    "cost for the District. Most comparable municipalities have a two-stage process.",
    "Without one record system the District cannot see patterns. A complaint about a missed snow-plow route in one year "
    "should inform the following year's plowing plan; at present it cannot.",
    "The District also told us that a dedicated coordinator post could not be funded in 2026. We have taken that into account "
    "in the timing of our recommendations but not in their substance.",
])}
<h2>Recommendations</h2>
<p>The Reviewer makes the following recommendations. Under section 9 of the review terms agreed with the District, the District
must respond in writing within 90 days and state for each recommendation whether it accepts it.</p>
{paras(17, RECS)}
<h2>Conclusion</h2>
<p>The District's staff were open and helpful throughout this review, and many of them already handle complaints well.
The recommendations in paragraphs 17 to 23 would turn good individual practice into a system. This Office will follow
up on the District's progress in 12 months.</p>
""")

RSP = page("""
<div class='lh'><div class='kick'>DISTRICT OF CEDAR NARROWS</div>
<div style='font-size:8.4pt;color:#555'>Office of the Chief Administrative Officer &middot; 2100 Harbourview Road, Cedar Narrows, BC</div></div>
<p>August 12, 2026</p>
<p>Dr. Priya Vandermeer<br/>Office of the Local Government Service Reviewer<br/>Victoria, BC</p>
<p><b>Re: Systems Review Report No. 2026-03, Complaints Handling at the District of Cedar Narrows</b></p>
<p>Dear Dr. Vandermeer:</p>
<p>Thank you for your report and for the constructive way in which your team worked with District staff over the past
several months. Council received the report at its regular meeting of July 21, 2026, and directed me to send you this
response.</p>
<p><b>Paragraph 19.</b> We accept this recommendation. The customer relationship system will be rolled out to all remaining
departments in two phases, with the final phase complete by March 31, 2027.</p>
<p><b>Paragraph 17.</b> Accepted. A revised complaints policy was adopted by Council on July 21, 2026 and took effect on
August 1. It covers complaints made in writing, online, by telephone and in person.</p>
<p><b>Paragraphs 18 and 20.</b> The District agrees that residents need a second stage, and the new policy provides that a
director from another department will review any complaint a resident asks to have reconsidered. We are not able to
accept the recommendation to create a complaints coordinator position. Council has set a freeze on new permanent positions
for the 2027 budget year, and the coordination duties will be shared among existing Corporate Services staff.</p>
<p><b>Paragraph 23.</b> We will publish a plain-language guide on the District website in English only this fall.
Translation into other languages will be considered once we have assessed demand through the library and settlement
services.</p>
<p><b>Paragraph 22.</b> Council has asked staff to consider annual reporting as part of the wider corporate performance
report that is under development, and will decide on its form and content when that report comes forward in 2027.</p>
<p>Separately, you may wish to know that the District has begun a review of its customer service bylaw, which dates from
2009, and expects to bring a new bylaw to Council early next year.</p>
<p>We would be pleased to meet your staff when you follow up on our progress next year. Please contact Corporate Officer
Daniel Okonkwo-Reyes if you need anything further.</p>
<p>Yours truly,</p>
<p>Marguerite Lindqvist<br/>Chief Administrative Officer</p>
<p style='font-size:8pt;color:#555'>cc: Mayor and Council; Director of Corporate Services</p>
""")

work = tempfile.mkdtemp(prefix="blind90en_chr_")
try:
    for kind, html in (("advice", ADV), ("response", RSP)):
        hp = os.path.join(work, f"{NAME}_{kind}.html")
        open(hp, "w", encoding="utf-8").write(html)
        pdf = H.out(f"{NAME}_{kind}.pdf")
        H.chromium_pdf(hp, pdf)
        if kind == "advice":
            H.stamp(pdf, header="Complaints Handling at the District of Cedar Narrows  |  Systems Review Report No. 2026-03",
                    footer="Page {n} of {N}", fontfile=F["r"], skip_first=True)
        else:
            H.stamp(pdf, footer="{n}", fontfile=F["r"])
finally:
    shutil.rmtree(work, ignore_errors=True)

H.write_expected(NAME, [
    {"number": 17, "starts_with": "That the District adopt a new complaints policy that defines",
     "reply_contains": "A revised complaints policy was adopted by Council on July 21, 2026", "verdict": "agrees"},
    {"number": 18, "starts_with": "That the District introduce a second stage of internal review",
     "reply_contains": "a director from another department will review any complaint", "verdict": "agrees",
     "also": ["partly"]},
    {"number": 19, "starts_with": "That all complaints be recorded in the customer relationship system",
     "reply_contains": "will be rolled out to all remaining departments in two phases", "verdict": "agrees"},
    {"number": 20, "starts_with": "That the District appoint a complaints coordinator in the Corporate Services",
     "reply_contains": "We are not able to accept the recommendation to create", "verdict": "disagrees"},
    {"number": 21, "starts_with": "That the District train all front-line and supervisory staff",
     "reply_contains": None, "verdict": "unanswered"},
    {"number": 22, "starts_with": "That the Chief Administrative Officer report to Council annually on complaint",
     "reply_contains": "Council has asked staff to consider annual reporting", "verdict": "noted"},
    {"number": 23, "starts_with": "That the District publish plain-language information on how to complain",
     "reply_contains": "publish a plain-language guide on the District website in English only", "verdict": "partly"},
], ["Thank you for your report and for the constructive way",
    "has begun a review of its customer service bylaw, which dates from",
    "We would be pleased to meet your staff when you follow up"],
   "Advice: BC provincial review office's systems review of a district's complaints handling, 2 p., Chromium; paragraphs "
   "numbered continuously 1-23; the seven recommendations are PARAGRAPHS 17-23 'That the District ...' of the "
   "'Recommendations' section (numbers are paragraph numbers, so 'number' here is 17-23). Traps: sidebar 'In numbers', "
   "Ombudsperson Act s 12, 'staff should acknowledge a complaint within five business days', 'a complaint should be passed "
   "to a supervisor', the 2018 internal audit's 'the District should adopt a single customer relationship system' quoted, "
   "'should inform the following year's plowing plan', section 9 'must respond in writing within 90 days', 'paragraphs 17 "
   "to 23' in the conclusion, 'paragraphs 13 and 16' in the sidebar. Response: CAO's letter citing 'Paragraph NN.' in bold, "
   "order 19, 17, 18+20, 23, 22. ONE paragraph 'Paragraphs 18 and 20' = second-stage review by another department's "
   "director (18 agrees) + no coordinator position (20 disagrees). English-only guide (23 partly). Annual reporting to be "
   "considered (22 noted). 21 (training) unanswered. Thanks/opening, customer service bylaw review, closing (nothing).")
sys.exit(H.main([NAME]))
