"""Round 92 (EN): an Irish county PUBLIC PARTICIPATION NETWORK'S SUBMISSION ON A DRAFT LOCAL ECONOMIC AND COMMUNITY PLAN
(recommendations as CODED items E1-E2, C1-C3, I1-I2 in framed boxes in a main column beside a shaded sidebar) answered by
the Local Community Development Committee's RESPONSE-TO-SUBMISSIONS TABLE citing the codes. Chromium headless
--print-to-pdf, A4, cleaned DejaVu via @font-face, ligatures off, fresh --user-data-dir; header stamped from page 2 and
'Page N of M'. Bodies, people and figures invented.
Run:  /tmp/blind92en/bin/python tests/docs/src/blind92/gen_en_lecp_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b92en as H

NAME = "blind92_en_lecp"
F = {k: H.clean_font(v) for k, v in (("r", "DejaVuSans.ttf"), ("b", "DejaVuSans-Bold.ttf"), ("i", "DejaVuSans-Oblique.ttf"))}
CSS = """<style>
@font-face { font-family: DV; src: url('file://%(r)s'); }
@font-face { font-family: DV; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: DV; font-style: italic; src: url('file://%(i)s'); }
@page { size: A4; margin: 20mm 16mm 20mm 16mm; }
body { font-family: DV; font-size: 9.4pt; line-height: 1.42; color: #1d1d1d; font-variant-ligatures: none; }
.top { border-bottom: 3px solid #0f6b5c; padding-bottom: 6px; margin-bottom: 10px; }
.top .k { font-size: 8pt; color: #0f6b5c; letter-spacing: 1px; } .top h1 { font-size: 17pt; margin: 3px 0; }
.wrap { display: flex; gap: 7mm; } .side { width: 30%%; background: #e6f2ef; padding: 8px 10px; font-size: 8.4pt; align-self: flex-start; }
.main { width: 70%%; } h2 { font-size: 11pt; color: #0f6b5c; margin: 10px 0 4px 0; } p { margin: 0 0 6px 0; }
.rec { border: 1px solid #0f6b5c; padding: 5px 8px; margin: 6px 0 8px 0; break-inside: avoid; }
.rec b { color: #0f6b5c; }
table { border-collapse: collapse; width: 100%%; } th, td { border: 0.6pt solid #7fa9a0; padding: 4px 6px; vertical-align: top; font-size: 8.8pt; }
th { background: #d5e9e4; text-align: left; } .meta { font-size: 8.2pt; color: #444; }
</style>""" % F

ADV = f"""<html><head><meta charset='utf-8'>{CSS}</head><body>
<div class='top'><div class='k'>KILBRANNAGH PUBLIC PARTICIPATION NETWORK</div>
<h1>Submission on the Draft Kilbrannagh Local Economic and Community Plan 2026-2032</h1>
<div class='meta'>Agreed by the PPN Plenary on 18 February 2026 &middot; Submitted to the Local Community Development Committee, 27 February 2026</div></div>
<div class='wrap'><div class='side'>
<p><b>About the PPN</b></p>
<p>Kilbrannagh PPN links 412 member groups in three pillars: community and voluntary, social inclusion and environmental.
Its representatives sit on the Local Community Development Committee (LCDC) and on four Strategic Policy Committees.</p>
<p><b>How we prepared this submission</b></p>
<p>Six municipal district meetings (86 groups), an online survey (214 replies) and a Linkage Group workshop on 9 February 2026.</p>
<p><b>Key figures</b></p>
<p>Population 2022: 96,480<br>Aged 65+: 17.8%%<br>Groups in rural areas: 63%%<br>Groups with no paid staff: 71%%</p>
</div><div class='main'>
<h2>1. Introduction</h2>
<p>The Local Government Reform Act 2014 requires each local authority to adopt a six-year Local Economic and Community
Plan, and the LCDC must prepare its community elements. The draft plan was published for consultation on 12 January
2026. This submission sets out what our members told us and what we ask the LCDC and the Council to change. Our
comments on the economic elements are offered to the Economic Development and Enterprise SPC as well.</p>
<h2>2. What our members told us</h2>
<p>Members welcomed the draft's vision but found its 94 actions hard to follow, with few targets. Many felt that the
previous plan was agreed and then forgotten: its mid-term review said that \u201cthe implementation of actions should be
tracked more systematically\u201d, yet no progress report was published after 2021. Groups in the north and west of the
county said rural isolation, transport and the cost of insurance should be central to the plan, and that social
enterprises must compete for the same small grants as sports clubs.</p>
<h2>3. Our recommendations</h2>
<p>Our recommendations are coded by theme: E for the economic elements, C for the community elements and I for
implementation. They are not in order of priority.</p>
<div class='rec'><b>E1</b> &nbsp;Include a specific objective on social enterprise, with a dedicated Social Enterprise
Development Officer in the Local Enterprise Office.</div>
<div class='rec'><b>E2</b> &nbsp;Commission an independent review of the occupancy and viability of the county's eleven
remote working hubs before new hubs are funded.</div>
<p>On the community side, members were clear that people cannot take part in a plan they cannot read. Of the 214
survey replies, 31 came from people whose first language is not English.</p>
<div class='rec'><b>C1</b> &nbsp;Publish a plain-English summary of the final plan, with versions in Irish, Polish, Ukrainian
and Easy-to-Read format.</div>
<div class='rec'><b>C2</b> &nbsp;Increase the number of PPN seats on the LCDC from three to five, so that each pillar and
the Linkage Groups are represented.</div>
<div class='rec'><b>C3</b> &nbsp;Fund a demand-responsive community transport service for the three upland municipal
districts from the plan's own budget.</div>
<p>Section 66C of the 2014 Act provides that the plan must be reviewed at least once during its six-year term. We
believe that is not enough on its own.</p>
<div class='rec'><b>I1</b> &nbsp;Publish an annual progress report with a small set of measurable indicators for each
high-level goal, starting in 2027.</div>
<div class='rec'><b>I2</b> &nbsp;Include an action on Traveller accommodation and inclusion, developed with the county's
Traveller Interagency Group.</div>
<h2>4. Conclusion</h2>
<p>The PPN is ready to help deliver the plan, and we ask to be involved in drafting the implementation plans
that should follow adoption. Items E1 and I1 matter most to our members. Contact: Aoife Brennan, PPN Co-ordinator.</p>
</div></div></body></html>"""

RSP = f"""<html><head><meta charset='utf-8'>{CSS}</head><body>
<div class='top'><div class='k'>KILBRANNAGH COUNTY COUNCIL &middot; LOCAL COMMUNITY DEVELOPMENT COMMITTEE</div>
<h1>Draft LECP 2026-2032: Response to Submission No. 41 (Kilbrannagh PPN)</h1>
<div class='meta'>Appendix 3 to the report to the LCDC meeting of 14 April 2026 &middot; Prepared by the LECP Support Unit</div></div>
<h2>1. Introduction</h2>
<p>Fifty-seven submissions were received during the public consultation, which closed on 27 February 2026. This appendix
sets out the LCDC's response to each item in the submission from the Kilbrannagh Public Participation Network and any
amendment to the draft plan that follows from it.</p>
<table>
<tr><th style='width:9%%'>Item</th><th style='width:62%%'>LCDC response</th><th>Amendment to draft plan</th></tr>
<tr><td>C1</td><td>Agreed. A plain-English summary will be published with the adopted plan, and the Irish, Polish,
Ukrainian and Easy-to-Read versions will follow within eight weeks.</td><td>New Action 5.9</td></tr>
<tr><td>E1, I1</td><td>The LCDC supports a specific objective on social enterprise, and one has been added, but a
dedicated officer post cannot be created within the Local Enterprise Office's current staffing; the existing business
advisers will take on this role. The request for yearly reporting is accepted in full: an annual progress report with
indicators for each goal will be published each June from 2027.</td><td>New Objective 2.4; new section 7.3</td></tr>
<tr><td>C3</td><td>Rural transport is primarily a matter for the National Transport Authority through TFI Local Link.
The LCDC will forward the PPN's proposal to the Authority and will consider it further in the mid-term review.</td><td>None</td></tr>
<tr><td>E2</td><td>Agreed. The Council has already commissioned Western Analytics to review hub occupancy; the review
is due in September 2026 and no new hub will be funded before it is completed.</td><td>Action 3.2 amended</td></tr>
<tr><td>C2</td><td>Not accepted. The composition of the LCDC is set by statute and ministerial guidelines, and the
three PPN seats reflect the balance required between public and private members.</td><td>None</td></tr>
</table>
<h2>2. Other matters</h2>
<p>Separately, the Strategic Environmental Assessment screening has been updated to reflect the amendments proposed
across all submissions, and no significant environmental effects have been identified.</p>
<h2>3. Next steps</h2>
<p>Subject to the LCDC's agreement, the amended plan will be considered by the Economic Development SPC on 5 May and
presented to the full Council for adoption on 8 June 2026.</p>
<p class='meta'>Siobhan Carrick, Chief Officer, Kilbrannagh LCDC</p>
</body></html>"""

work = tempfile.mkdtemp(prefix="b92en_lecp_")
try:
    for kind, html in (("advice", ADV), ("response", RSP)):
        hp = os.path.join(work, f"{NAME}_{kind}.html")
        open(hp, "w", encoding="utf-8").write(html.replace("&nbsp;", " "))
        pdf = H.out(f"{NAME}_{kind}.pdf")
        H.chromium_pdf(hp, pdf)
        hdr = ("Kilbrannagh PPN  |  Submission on the Draft LECP 2026-2032" if kind == "advice"
               else "Kilbrannagh LCDC  |  Response to Submission No. 41")
        H.stamp(pdf, header=hdr, footer="Page {n} of {N}", fontfile=F["r"], skip_first=True)
finally:
    shutil.rmtree(work, ignore_errors=True)

EXP = [
    dict(number=1, starts_with="Include a specific objective on social enterprise, with a dedicated",
         reply_contains="a dedicated officer post cannot be created", verdict="partly"),
    dict(number=2, starts_with="Commission an independent review of the occupancy and viability",
         reply_contains="has already commissioned Western Analytics to review hub occupancy", verdict="agrees"),
    dict(number=3, starts_with="Publish a plain-English summary of the final plan, with versions",
         reply_contains="A plain-English summary will be published with the adopted plan", verdict="agrees"),
    dict(number=4, starts_with="Increase the number of PPN seats on the LCDC from three",
         reply_contains="The composition of the LCDC is set by statute", verdict="disagrees"),
    dict(number=5, starts_with="Fund a demand-responsive community transport service for the three upland",
         reply_contains="will forward the PPN's proposal to the Authority", verdict="noted"),
    dict(number=6, starts_with="Publish an annual progress report with a small set of measurable",
         reply_contains="The request for yearly reporting is accepted in full", verdict="agrees"),
    dict(number=7, starts_with="Include an action on Traveller accommodation and inclusion, developed",
         reply_contains=None, verdict="unanswered"),
]
UNMATCHED = ["Fifty-seven submissions were received during the public consultation",
             "Strategic Environmental Assessment screening has been updated",
             "presented to the full Council for adoption on 8 June 2026"]
NOTES = ("Advice: Irish county Public Participation Network's submission on the draft Local Economic and Community Plan, "
         "Chromium, A4, shaded sidebar beside a main column; recommendations are CODED items E1, E2, C1, C2, C3, I1, I2 "
         "in framed boxes (numbers 1-7 by order); traps: the 2014 Act 'requires ... the LCDC must prepare', the "
         "previous plan's mid-term review quoted ('should be tracked more systematically'), 'should be central', "
         "'must compete', section 66C 'must be reviewed', 'Items E1 and I1 matter most', 'should follow adoption', "
         "key figures sidebar. Response: LCDC response table 'Item | LCDC response | Amendment' citing the codes, "
         "order C1, E1+I1, C3, E2, C2; ONE row 'E1, I1' = objective but no officer post (E1 partly) + annual report "
         "accepted (I1 agrees); C3 forwarded to the NTA, consider at mid-term (noted); E2 already commissioned "
         "(agrees); C2 not accepted (disagrees); I2 (Traveller accommodation) unanswered; Introduction, Other "
         "matters (SEA), Next steps answer nothing.")
H.write_expected(NAME, EXP, UNMATCHED, NOTES)
sys.exit(H.main([NAME]))
