"""Round 104 (EN): an Australian shire's ROAD SAFETY ADVISORY COMMITTEE review of the School Crossing Supervisor
Program, seven recommendations as lower-case ROMAN NUMERALS (i)-(vii) in a bordered box after TWO-COLUMN findings,
answered by an OFFICER REPORT to the Ordinary Council Meeting ('Officer comment' under subject headings, NO
numbers). Chromium headless --print-to-pdf (fresh --user-data-dir), A4, cleaned DejaVu via @font-face, ligatures
off; a green title band, a figures sidebar; header and 'Page N of M' stamped from page 2. All bodies, people, places
and figures invented; the Road Safety Rules and the state funding arrangement are named as context only.
Run:  /tmp/blind104en/bin/python tests/docs/src/blind104/gen_en_school_crossings_chromium.py
"""
import os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b104en as H

NAME = "blind104_en_school_crossings"
R = H.clean_font("DejaVuSans.ttf"); B = H.clean_font("DejaVuSans-Bold.ttf")
CSS = f"""
@page {{ size: A4; margin: 20mm 19mm 20mm 19mm; }}
@font-face {{ font-family: 'DV'; src: url('file://{R}'); font-weight: normal; }}
@font-face {{ font-family: 'DV'; src: url('file://{B}'); font-weight: bold; }}
body {{ font-family: 'DV'; font-size: 9.4pt; line-height: 1.4; font-variant-ligatures: none; }}
.band {{ background: #2e5d34; color: #fff; padding: 10px 14px; }}
.band b {{ font-size: 14pt; }}
h1 {{ font-size: 14.5pt; color: #2e5d34; margin: 12px 0 6px 0; }}
h2 {{ font-size: 11pt; color: #2e5d34; margin: 12px 0 4px 0; }}
p {{ margin: 0 0 6px 0; }}
.cols {{ column-count: 2; column-gap: 18px; }}
.side {{ float: right; width: 36%; margin: 0 0 8px 12px; background: #edf4ee; border-left: 4px solid #2e5d34;
         padding: 8px 10px; font-size: 8.6pt; }}
.recs {{ border: 1.5px solid #2e5d34; padding: 8px 12px; margin: 8px 0; }}
.recs ol {{ list-style-type: lower-roman; margin: 4px 0 0 0; padding-left: 26px; }}
.recs li {{ margin-bottom: 5px; }}
table.meta td {{ padding: 2px 8px 2px 0; vertical-align: top; }}
"""

ADVICE = """
<div class="band"><b>SHIRE OF WATTLE CREEK</b><br/>Road Safety Advisory Committee</div>
<h1>Review of the School Crossing Supervisor Program 2025</h1>
<p>Report to Council, adopted by the Road Safety Advisory Committee on 12 February 2026.</p>
<div class="side"><b>Program at a glance (2025)</b><br/>Supervised crossings: 17<br/>Schools served: 12<br/>Supervisors
employed: 21 (casual)<br/>Sessions unstaffed because of absence: 146<br/>Program cost: $612,000, of which the state
contributed $168,000 (27%)</div>
<h2>1. Why we reviewed the program</h2>
<p>School crossing supervisors have helped children cross roads near Wattle Creek schools since 1972. In 2025 the
Committee received repeated reports of crossings left unstaffed in the morning, and the principals of two schools
asked for new crossings. Council asked the Committee to review the program before the 2026-27 budget. We
surveyed all 21 supervisors, met the principals of the 12 schools served, and counted traffic at six sites.</p>
<p>The Road Safety Rules require drivers to stop at a children's crossing when the flags are displayed and to
remain stopped while anyone is on the crossing. Supervisors have no power to enforce those rules, and the
Committee does not suggest that they should.</p>
<h2>2. What we found</h2>
<div class="cols">
<p><b>Absences.</b> In 2025, 146 supervised sessions went ahead without a supervisor because no relief was
available. Most gaps were on Monday mornings and during the winter months.</p>
<p><b>Demand.</b> Traffic counts at Banksia Road Primary School and St Brigid's Primary School show more than 200
children crossing each morning on roads carrying over 600 vehicles an hour, above the threshold in the
state guidelines.</p>
<p><b>Pay and recruitment.</b> Supervisors are paid at Band 1 of the Council's enterprise agreement. Three
supervisors left in 2025 for better-paid casual work, and one crossing was vacant for eleven weeks.</p>
<p><b>Funding.</b> The state's contribution has fallen from 50 percent of costs in 2012 to 27 percent today. A
2019 report by this Committee said that "the Council should lobby for a return to equal funding", and that
remains our view.</p>
<p><b>Safety equipment.</b> Supervisors told us that their jackets are not waterproof and that several had not
received new uniforms for over five years. Four crossings still have static rather than electronic 40 km/h
school zone signs.</p>
<p><b>Training.</b> Supervisors receive training when they start but there has been no refresher training since
2020. Most said that they would welcome it.</p>
</div>
<div class="recs"><b>Recommendations</b><br/>The Committee recommends that Council:
<ol>
<li>Establish a relief pool of at least six trained supervisors to cover absences, starting in Term 2, 2026.</li>
<li>Approve new supervised crossings at Banksia Road Primary School and at St Brigid's Primary School.</li>
<li>Move supervisors from Band 1 to Band 2 of the enterprise agreement to help recruitment and retention.</li>
<li>Advocate to the state government for a return to a 50 percent share of program costs.</li>
<li>Supply waterproof high-visibility jackets and wet-weather gear to every supervisor before winter.</li>
<li>Install flashing electronic 40 km/h school zone signs at the four crossings that still have static signs.</li>
<li>Hold an annual refresher training day for all school crossing supervisors.</li>
</ol></div>
<p>The Committee thanks Council's supervisors, the school principals and the Wattle Creek Police for their help
with this review.</p>
<p>Cr Janelle Moffatt, Chair, Road Safety Advisory Committee</p>
"""

RESPONSE = """
<div class="band"><b>SHIRE OF WATTLE CREEK</b><br/>Ordinary Council Meeting, 24 March 2026</div>
<h1>Item 9.4  School Crossing Supervisor Program Review: Officer Response</h1>
<table class="meta"><tr><td><b>Author</b></td><td>Darren Kells, Coordinator Traffic and Road Safety</td></tr>
<tr><td><b>Directorate</b></td><td>Infrastructure and Assets</td></tr>
<tr><td><b>Attachment</b></td><td>Road Safety Advisory Committee report (12 February 2026)</td></tr></table>
<h2>Purpose</h2>
<p>This report presents officers' response to the Road Safety Advisory Committee's review of the School Crossing
Supervisor Program, so that Council can consider the Committee's advice ahead of the draft 2026-27 budget.</p>
<h2>Officer comment</h2>
<p><b>Uniforms and wet-weather gear.</b> New waterproof jackets, trousers and hats were issued to all 21
supervisors at a toolbox meeting on 3 March 2026, well ahead of winter.</p>
<p><b>Signage and state funding.</b> Officers support replacing the remaining static school zone signs: the draft
budget includes $96,000 to install electronic signs at all four crossings during the September school holidays.
The question of the state's share of program costs is a matter for the sector as a whole; officers will pass
the Committee's concerns to the Municipal Association for its next budget submission.</p>
<p><b>Supervisor pay.</b> Classification of casual roles is set by the enterprise agreement, which runs until
June 2028. Officers do not recommend regrading supervisors outside the bargaining process.</p>
<p><b>Relief cover.</b> Officers agree that absences are the program's main weakness. Recruitment of a relief pool
of six supervisors has begun, and the first relief staff will be trained by the end of April.</p>
<p><b>New crossings.</b> Officers recommend a new supervised crossing at Banksia Road Primary School from Term 3.
At St Brigid's, officers propose to install a raised pedestrian platform in place of a supervised crossing,
since the site has a lower traffic speed.</p>
<h2>Other matters: school drop-off parking</h2>
<p>Council will also be aware of complaints about parking during school drop-off in Hovell Street. A separate
report on a trial of ten-minute parking limits will come to the April meeting.</p>
<h2>Officer recommendation</h2>
<p>That Council notes this report and refers the budget items above to the draft 2026-27 budget for
consideration.</p>
"""


def render(body, pdf):
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False, encoding="utf-8") as fh:
        fh.write(f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{body}</body></html>")
    H.chromium_pdf(fh.name, pdf)
    os.unlink(fh.name)


def main():
    a, r = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    render(ADVICE, a); render(RESPONSE, r)
    H.stamp(a, header="Shire of Wattle Creek - Road Safety Advisory Committee - School Crossing Supervisor Program Review",
            footer="Page {n} of {N}", skip_first=True, fontfile=R)
    H.stamp(r, header="Shire of Wattle Creek - Ordinary Council Meeting 24 March 2026 - Item 9.4",
            footer="Page {n} of {N}", skip_first=True, fontfile=R)
    recs = [
        dict(number=1, starts_with="Establish a relief pool of at least six trained supervisors",
             reply_contains="Recruitment of a relief pool of six supervisors has begun", verdict="agrees"),
        dict(number=2, starts_with="Approve new supervised crossings at Banksia Road Primary School",
             reply_contains="install a raised pedestrian platform in place of a supervised crossing",
             verdict="partly"),
        dict(number=3, starts_with="Move supervisors from Band 1 to Band 2 of the enterprise agreement",
             reply_contains="Officers do not recommend regrading supervisors outside the bargaining process",
             verdict="disagrees"),
        dict(number=4, starts_with="Advocate to the state government for a return to a 50 percent",
             reply_contains="will pass the Committee's concerns to the Municipal Association", verdict="noted"),
        dict(number=5, starts_with="Supply waterproof high-visibility jackets and wet-weather gear to every supervisor",
             reply_contains="were issued to all 21 supervisors at a toolbox meeting", verdict="agrees"),
        dict(number=6, starts_with="Install flashing electronic 40 km/h school zone signs at the four",
             reply_contains="the draft budget includes $96,000 to install electronic signs", verdict="agrees"),
        dict(number=7, starts_with="Hold an annual refresher training day for all school crossing supervisors",
             reply_contains=None, verdict="unanswered"),
    ]
    H.write_expected(NAME, recs, [
        "This report presents officers' response to the Road Safety Advisory Committee's",
        "complaints about parking during school drop-off in Hovell Street",
        "refers the budget items above to the draft 2026-27 budget"],
        "Advice: Australian shire Road Safety Advisory Committee review of the School Crossing Supervisor Program; recs "
        "are a lower-roman (i)-(vii) list in a bordered box after 'The Committee recommends that Council:'; traps: "
        "'Program at a glance' sidebar, Road Safety Rules 'require drivers to stop', 'does not suggest that they should', "
        "two-column findings with bold run-in labels, 2019 report quoted ('the Council should lobby for a return to "
        "equal funding'), 40 km/h, Band 1. Response: OFFICER REPORT to the Ordinary Council Meeting, 'Officer comment' "
        "by bold subject labels, NO numbers, order v, vi+iv, iii, i, ii: gear already issued (v agrees); ONE paragraph "
        "'Signage and state funding' = $96,000 for electronic signs (vi agrees) + funding concern passed to the "
        "Municipal Association (iv noted); no regrading (iii disagrees); relief pool recruiting (i agrees); Banksia "
        "crossing but a raised platform at St Brigid's (ii partly); vii (refresher training) unanswered; Purpose, "
        "'Other matters: school drop-off parking', Officer recommendation (nothing).")
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
