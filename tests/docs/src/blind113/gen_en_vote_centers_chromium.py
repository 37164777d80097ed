"""Round 113 (EN): a US county ELECTIONS ADVISORY BOARD's post-election report on voters' experience at VOTE CENTERS,
seven recommendations with SECTION-DECIMAL labels 'Recommendation 2.1' ... 'Recommendation 4.3' in shaded blocks, each
after a matching 'Finding 2.1' block (findings are not recommendations), split across three numbered SECTIONS,
answered by the REGISTRAR OF VOTERS' response that QUOTES each recommendation (label and text) and follows it with
'Response:', one quote pair (3.1 and 3.2) answered together, one recommendation (4.3) never quoted nor answered.
Chromium headless --print-to-pdf, US Letter, cleaned DejaVu Serif (advice) and Liberation Sans (response) via
@font-face, ligatures off, fresh --user-data-dir; centred title block between double rules, 'At a glance' three-box
strip, numbered QUESTIONS from the Board of Supervisors' charge; header and 'Page N of M' stamped from page 2. All
bodies, people, places and figures invented; Section 203 of the Voting Rights Act of 1965 and the Americans with
Disabilities Act are named as context only (what is said of them here is not to be relied on).
Run:  /tmp/blind113en/bin/python tests/docs/src/blind113/gen_en_vote_centers_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b113en as H

NAME = "blind113_en_vote_centers"
NAVY = "#1f3352"
RED = "#a3282f"
CSS = """
@font-face { font-family: DSerif; src: url('file://%(sr)s'); }
@font-face { font-family: DSerif; font-weight: bold; src: url('file://%(sb)s'); }
@font-face { font-family: DSerif; font-style: italic; src: url('file://%(si)s'); }
@font-face { font-family: LSans; src: url('file://%(lr)s'); }
@font-face { font-family: LSans; font-weight: bold; src: url('file://%(lb)s'); }
@font-face { font-family: LSans; font-style: italic; src: url('file://%(li)s'); }
@page { size: Letter; margin: 17mm 21mm 19mm 21mm; }
body { font-family: %(fam)s; font-size: %(fs)s; line-height: 1.42; font-variant-ligatures: none;
       font-feature-settings: "liga" 0, "clig" 0; color: #1a1a1a; }
p { margin: 0 0 6px 0; }
.top { text-align: center; border-top: 3px double NAVY; border-bottom: 3px double NAVY; padding: 7px 0 6px 0; margin-bottom: 10px; }
.top .org { font-size: 10pt; letter-spacing: 2px; text-transform: uppercase; color: NAVY; font-weight: bold; }
.top h1 { font-size: 16pt; color: NAVY; margin: 5px 0 3px 0; }
.top .meta { font-size: 8.6pt; color: #444; }
h2 { font-size: 11.5pt; color: NAVY; margin: 11px 0 5px 0; break-after: avoid; }
.glance { display: flex; gap: 8px; margin: 6px 0 8px 0; }
.glance div { flex: 1; border-top: 3px solid RED; background: #f3f4f7; padding: 5px 7px; font-size: 8.8pt; line-height: 1.3; }
.glance b { display: block; font-size: 12.5pt; color: NAVY; }
ol.q { margin: 2px 0 7px 0; padding-left: 24px; }
.find { margin: 5px 0 5px 0; padding: 4px 8px; border-left: 3px solid #b9c0cc; font-size: 9.4pt; }
.rec { margin: 5px 0 9px 0; padding: 5px 9px; background: #edf1f8; border-left: 4px solid NAVY; break-inside: avoid; }
.rec b, .find b { color: NAVY; }
.lh { border-bottom: 2px solid NAVY; padding-bottom: 5px; margin-bottom: 10px; }
.lh .org { font-size: 14pt; font-weight: bold; color: NAVY; }
.lh .addr { font-size: 8.6pt; color: #444; }
table.memo td { padding: 1px 10px 1px 0; vertical-align: top; font-size: 9.8pt; }
.quote { margin: 8px 0 4px 0; padding: 5px 10px; background: #f1f1f1; font-style: italic; font-size: 9.6pt; border-left: 3px solid #999; break-inside: avoid; }
.resp { margin: 0 0 8px 0; }
"""


def page(body, serif=True):
    css = CSS % {"sr": H.clean_font("DejaVuSerif.ttf"), "sb": H.clean_font("DejaVuSerif-Bold.ttf"),
                 "si": H.clean_font("DejaVuSerif-Italic.ttf"), "lr": H.clean_font("LiberationSans-Regular.ttf"),
                 "lb": H.clean_font("LiberationSans-Bold.ttf"), "li": H.clean_font("LiberationSans-Italic.ttf"),
                 "fam": "DSerif" if serif else "LSans", "fs": "9.6pt" if serif else "10.2pt"}
    css = css.replace("NAVY", NAVY).replace("RED", RED)
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>"


RECS = {
    "2.1": "The Registrar of Voters should open at least two additional vote centers in the Lakeshore district before the June 2026 primary election.",
    "2.2": "The Registrar should publish live wait times for every vote center on the County elections website throughout each day of voting.",
    "3.1": "Replace the portable ramps at the six vote centers where our observers found them too steep for voters using wheelchairs.",
    "3.2": "Require that every accessible ballot-marking device is set up and tested by a trained poll worker before the vote center opens.",
    "4.1": "Raise the daily stipend for election workers from $185 to $250, with an additional $25 for workers who are bilingual.",
    "4.2": "Translate the voter information guide into Tagalog and Punjabi, in addition to the languages the County already provides.",
    "4.3": "Recruit high school students as election workers at every vote center, in partnership with the Tamarack Unified School District.",
}


def rec(n):
    return f"<div class='rec'><b>Recommendation {n}</b><br/>{RECS[n]}</div>"


def advice():
    return page(f"""
<div class="top"><div class="org">Tamarack County Elections Advisory Board</div>
<h1>In Line to Vote: Voters' Experience at Vote Centers in the November 4, 2025 Consolidated Election</h1>
<div class="meta">Report 2026-1 &middot; Adopted February 19, 2026 &middot; Submitted to the Board of Supervisors and the Registrar of Voters</div></div>
<h2>1. Introduction</h2>
<p>The Elections Advisory Board is a seven-member citizen body appointed by the Board of Supervisors. It observes each countywide election and advises the Supervisors and the Registrar of Voters on how elections are run. It has no authority over the conduct of elections, which is vested by state law in the Registrar.</p>
<p>Resolution 2025-212 of the Board of Supervisors asked us to answer three questions about the November 2025 election:</p>
<ol class="q">
<li>Where and why did voters wait longest to vote in person?</li>
<li>Could voters with disabilities vote privately and independently at every vote center?</li>
<li>Did the County have enough election workers, including workers who speak the languages voters need?</li>
</ol>
<div class="glance">
<div><b>41</b>vote centers open on Election Day</div>
<div><b>58</b>Board observer visits over eleven days</div>
<div><b>624</b>voters interviewed outside vote centers</div>
</div>
<p>Two federal laws frame our work. Section 203 of the Voting Rights Act of 1965 requires covered jurisdictions to provide election materials in certain minority languages, and under the Americans with Disabilities Act polling places must be accessible to voters with disabilities. We do not offer legal opinions on compliance with either.</p>
<p>In its 2023 report the Board recommended that &ldquo;the County should provide a curbside voting sign at every vote center&rdquo;. We are pleased that this was done in time for the 2024 election, and we found the signs in place at every center we visited.</p>
<h2>2. Wait times and vote center locations</h2>
<div class="find"><b>Finding 2.1</b> The median wait at 7 p.m. on Election Day was 74 minutes at the three Lakeshore vote centers, against 9 minutes countywide. Several voters said the County should have opened more centers in the district after the Lakeshore Mall site closed.</div>
{rec("2.1")}
<div class="find"><b>Finding 2.2</b> Voters had no way to know that centers a short drive away had no line. Some left without voting.</div>
{rec("2.2")}
<h2>3. Accessibility</h2>
<div class="find"><b>Finding 3.1</b> At six vote centers the portable ramp was steeper than the 1:12 slope in the County's own site checklist, and two voters using wheelchairs needed help to enter.</div>
{rec("3.1")}
<div class="find"><b>Finding 3.2</b> At 9 of the 41 vote centers the accessible ballot-marking device was not working when the doors opened at 7 a.m. At one site it was still in its case at 10 a.m.</div>
{rec("3.2")}
<h2>4. Election workers and language access</h2>
<div class="find"><b>Finding 4.1</b> The County recruited 68% of the bilingual election workers it planned for. Workers told us the $185 stipend for a day that often lasts fourteen hours is too low.</div>
{rec("4.1")}
<div class="find"><b>Finding 4.2</b> Observers met voters at four centers who read Tagalog or Punjabi but not English or Spanish, and who had no materials they could read.</div>
{rec("4.2")}
{rec("4.3")}
<p>Some members would prefer the County to move to all-mail elections with no in-person voting. The Board makes no recommendation on that question, which is for the state legislature.</p>
<h2>5. Conclusion</h2>
<p>The November election was well run in most respects, and the Board thanks the Registrar's staff and the more than 1,100 election workers who made it possible. We ask that the Registrar respond in writing to Recommendations 2.1, 3.1 and 3.2 before the June primary, and to the others within 90 days.</p>
<p style="font-size:8.8pt;color:#444">Dolores Achterberg, Chair &middot; Raymond Chu, Vice Chair &middot; Members: Aisha Bello, Gregory Lindqvist, Teresa Montoya, Hal Pedersen, Nguyen Thi Lan</p>
""")


def response():
    def q(n):
        return f"<div class='quote'>Recommendation {n}: {RECS[n]}</div>"
    return page(f"""
<div class="lh"><div class="org">Tamarack County Registrar of Voters</div>
<div class="addr">County Government Center, 500 Courthouse Square, Suite 110, Tamarack &middot; Elections Division</div></div>
<table class="memo">
<tr><td><b>Date:</b></td><td>April 9, 2026</td></tr>
<tr><td><b>To:</b></td><td>Dolores Achterberg, Chair, Tamarack County Elections Advisory Board</td></tr>
<tr><td><b>From:</b></td><td>Bernard K. Osei, Registrar of Voters</td></tr>
<tr><td><b>Subject:</b></td><td>Response to Report 2026-1, &ldquo;In Line to Vote&rdquo;</td></tr>
</table>
<p style="margin-top:8px">Thank you for the Board's report on the November 4, 2025 Consolidated Election. Turnout in that election was 38.6%, with 212,440 ballots cast, 71% of them by mail. This memorandum responds to each recommendation in turn; the text of each recommendation is quoted first.</p>
{q("2.1")}
<p class="resp"><b>Response:</b> Agreed. Two additional vote centers, at Lakeshore Community College and the Birch Street Recreation Center, will open for the June 2, 2026 primary, and the Lakeshore Library site will add a second check-in station.</p>
{q("2.2")}
<p class="resp"><b>Response:</b> We agree that voters need this information, but a live feed would require new equipment at every center that has not been budgeted. Beginning with the June primary, wait times will be posted on the elections website for all vote centers, updated every hour rather than in real time.</p>
{q("3.1")}
{q("3.2")}
<p class="resp"><b>Response:</b> Both recommendations have been implemented. The six ramps were replaced in March with modular ramps that meet the 1:12 slope. A revised opening checklist now requires the lead worker at each center to test the accessible ballot-marking device and sign it off by 6:30 a.m., and a field technician will check every center during the first hour of voting.</p>
{q("4.1")}
<p class="resp"><b>Response:</b> Election worker stipends are set by the Board of Supervisors, which raised them in 2024. I do not intend to ask the Supervisors for a further increase this year, and the stipend will remain $185 for the 2026 elections. We will instead recruit more bilingual workers through community organizations and County departments.</p>
{q("4.2")}
<p class="resp"><b>Response:</b> The Elections Division will look at the languages voters need as part of its 2026 language accessibility assessment, which will draw on census data and on requests received at vote centers. No decision has been made about adding languages to the guide.</p>
<h2 style="font-size:11pt">Other matters</h2>
<p>The Board's observers also mentioned that parking at the Elm Grove Senior Center filled by mid-morning. The senior center has agreed to reserve its overflow lot for voters on future election days.</p>
<p>I appreciate the Board's careful work and look forward to discussing this response at your May 21 meeting. Please contact Assistant Registrar Carmen Ruiz at the Elections Division with any questions.</p>
<p style="margin-top:10px">Bernard K. Osei<br/>Registrar of Voters</p>
<p style="font-size:8.6pt;color:#444">cc: Clerk of the Board of Supervisors; County Executive Officer</p>
""", serif=False)


def main():
    tmp = tempfile.mkdtemp(prefix="blind113en_html_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(src, H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Tamarack County Elections Advisory Board - Report 2026-1 - In Line to Vote",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSerif.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="Tamarack County Registrar of Voters - Response to Report 2026-1",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSans-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "The Registrar of Voters should open at least two additional vote",
         "reply_contains": "will open for the June 2, 2026 primary", "verdict": "agrees"},
        {"number": 2, "starts_with": "The Registrar should publish live wait times for every vote center",
         "reply_contains": "updated every hour rather than in real time", "verdict": "partly"},
        {"number": 3, "starts_with": "Replace the portable ramps at the six vote centers where",
         "reply_contains": "The six ramps were replaced in March with modular ramps", "verdict": "agrees"},
        {"number": 4, "starts_with": "Require that every accessible ballot-marking device is set up and tested",
         "reply_contains": "test the accessible ballot-marking device and sign it off by 6:30", "verdict": "agrees"},
        {"number": 5, "starts_with": "Raise the daily stipend for election workers from $185 to $250",
         "reply_contains": "I do not intend to ask the Supervisors for a further increase", "verdict": "disagrees"},
        {"number": 6, "starts_with": "Translate the voter information guide into Tagalog and Punjabi, in addition",
         "reply_contains": "No decision has been made about adding languages to the guide", "verdict": "noted"},
        {"number": 7, "starts_with": "Recruit high school students as election workers at every vote center",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["Turnout in that election was 38.6%, with 212,440 ballots cast",
                 "parking at the Elm Grove Senior Center filled by mid-morning",
                 "look forward to discussing this response at your May 21 meeting"]
    notes = ("Advice: US county Elections Advisory Board Report 2026-1 on voters' experience at vote centers in the November "
             "2025 election; recs are shaded blocks with SECTION-DECIMAL labels 'Recommendation 2.1' ... 'Recommendation "
             "4.3' (text on the next line), split across three numbered SECTIONS (2 Wait times, 3 Accessibility, 4 "
             "Election workers and language access), each after a matching 'Finding 2.1'-style block; traps: Board of "
             "Supervisors' Resolution 2025-212 with three numbered QUESTIONS, 'At a glance' strip, Voting Rights Act "
             "Section 203 'requires' and ADA 'polling places must be accessible', the Board's 2023 recommendation quoted "
             "('the County should provide a curbside voting sign'), FINDINGS labelled like the recs ('the County should "
             "have opened more centers'), all-mail elections 'The Board makes no recommendation', conclusion asking for "
             "responses to 'Recommendations 2.1, 3.1 and 3.2'. Response: Registrar of Voters' MEMORANDUM that QUOTES "
             "each recommendation (label and full text, grey italic) followed by 'Response:', order 2.1, 2.2, 3.1+3.2, "
             "4.1, 4.2: two more Lakeshore vote centers for the June 2 primary (2.1 agrees); wait times posted hourly, "
             "not live (2.2 partly); ONE response after quoting 3.1 and 3.2 = six ramps replaced in March (3.1 agrees) + "
             "device tested and signed off by 6:30 a.m. (3.2 agrees); stipend stays $185, no increase sought (4.1 "
             "disagrees); languages left to the 2026 language accessibility assessment, 'No decision has been made' "
             "(4.2 noted); 4.3 (high school student election workers) neither quoted nor answered (unanswered); "
             "opening with turnout 38.6% and 212,440 ballots, 'Other matters' on Elm Grove parking, closing (nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
