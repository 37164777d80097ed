"""Round 124 (EN): an English county's LOCAL ACCESS FORUM advice on the council's draft Rights of Way Improvement
Plan, answered by the officer's REPORT TO THE FORUM's next meeting. The advice is a ruled three-column table 'Draft
ref. | What the draft plan says | The Forum's advice' keyed by the draft's own action numbers: nine rows, the middle
column quoting the draft ('should', 'will', 'must'), two rows 'Supported; no change proposed.' and seven rows whose
right-hand cell recommends (imperatives). Traps: the Countryside and Rights of Way Act 2000 paraphrased ('must
consult', 'must have regard'), the council's three questions numbered 1-3, path figures, the Forum's 2019 advice
quoted, a closing line naming Actions 1.3 and 2.2. The response's numbered paragraphs 5.1-5.9 name the DRAFT'S action
numbers, never the Forum's, in the order 2.2, 4.3, 1.3, 2.4, then 3.2 and 4.1 in one paragraph; 5.1 is never named;
a paragraph on Actions 1.1 and 3.5 (supported, unchanged), the consultation figures and the timetable answer nothing.
LibreOffice Writer headless from HTML, A4, Liberation Sans (advice) and Liberation Serif (report); header and 'Page N
of M' stamped from page 2. All bodies, people, places, figures and references invented; the Countryside and Rights of
Way Act 2000 is named as context only (what is said of it here is paraphrased and not to be relied on).
Run:  /tmp/blind124en/bin/python tests/docs/src/blind124/gen_en_access_forum_libreoffice.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b124en as H

NAME = "blind124_en_access_forum"
STYLE = """<style>
@page { size: 21cm 29.7cm; margin: 2.0cm 2.1cm 2.0cm 2.1cm; }
body { font-family: '%(f)s'; font-size: %(s)s; }
h1 { font-family: '%(f)s'; font-size: 16pt; margin-top: 0.1cm; margin-bottom: 0.15cm; color: %(c)s; }
h2 { font-family: '%(f)s'; font-size: 12pt; margin-top: 0.4cm; margin-bottom: 0.12cm; color: %(c)s; }
p { margin-top: 0; margin-bottom: 0.18cm; line-height: 118%%; }
p.meta { color: #555555; font-size: 9pt; }
p.np { margin-left: 1.0cm; text-indent: -1.0cm; }
td { font-family: '%(f)s'; font-size: 9.5pt; vertical-align: top; }
th { font-family: '%(f)s'; font-size: 9.5pt; text-align: left; background: #dfe8d8; }
li { margin-bottom: 0.08cm; }
</style>"""


def doc(body, font, colour, size):
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
            f"{STYLE % {'f': font, 's': size, 'c': colour}}</head><body>{body}</body></html>")


ROWS = [
    ("Action 1.1", "The Council will keep the Definitive Map and Statement under continuous review.",
     "Supported; no change proposed."),
    ("Action 1.3", "Applications to add routes to the Definitive Map should be determined in the order received.",
     "Give priority to applications for routes that would link two settlements, and set a target to clear the "
     "backlog of 140 applications by 2031."),
    ("Action 2.2", "Stiles will be replaced with gaps or gates where possible.",
     "Replace 'where possible' with a firm target of 500 stiles removed by 2030, and report progress to the Forum "
     "each year."),
    ("Action 2.4", "Paths close to towns should have surfaces suited to the expected use.",
     "Include a programme to surface at least 20 miles of paths near towns for wheelchair and pushchair users."),
    ("Action 3.2", "The needs of horse riders and carriage drivers will be considered when schemes are designed.",
     "Commit to upgrading at least 12 footpaths to bridleway status where landowners agree."),
    ("Action 3.5", "The Council will work with Wealdmoor Highways on safe road crossings for path users.",
     "Supported; no change proposed."),
    ("Action 4.1", "Volunteers will continue to be encouraged to help maintain paths.",
     "Fund a volunteer path warden scheme with a paid coordinator for at least three years."),
    ("Action 4.3", "Information about path problems must be recorded on the Council's asset system.",
     "Publish the map of open path problems online and update it every month."),
    ("Action 5.1", "The Plan will be delivered within existing budgets and any external funding secured.",
     "Ring-fence the income from public path diversion orders for delivering the Plan."),
]


def advice():
    rows = "".join(f"<tr><td><b>{r}</b></td><td>{d}</td><td>{a}</td></tr>" for r, d, a in ROWS)
    b = f"""
<p class='meta'>WEALDMOOR LOCAL ACCESS FORUM</p>
<h1>Advice on the draft Rights of Way Improvement Plan 2026&#8211;2036</h1>
<p class='meta'>Agreed at the Forum meeting of 14 April 2026 &#183; Chair: Richard Pelling &#183; Secretary: c/o
Countryside Access Team, County Hall, Wealdmoor</p>

<h2>1. Introduction</h2>
<p>The Wealdmoor Local Access Forum is an independent advisory body of landowners, walkers, riders, cyclists and
disabled users. Under the Countryside and Rights of Way Act 2000 a highway authority must consult its local access
forum when it prepares or reviews a Rights of Way Improvement Plan, and must have regard to the forum's advice. We
are grateful for the chance to comment on the draft before it goes to Cabinet.</p>
<p>The Council asked us three questions:</p>
<ol>
<li>Does the draft Plan identify the right priorities?</li>
<li>Are the actions realistic within the resources available?</li>
<li>How should progress be reported?</li>
</ol>

<h2>2. The network today</h2>
<p>Wealdmoor has 2,870 miles of public rights of way, of which only 14 per cent are bridleways or byways open to
riders and cyclists. The Council's own survey found 1,960 stiles and 412 open path problems at March 2026, and 140
applications to add routes to the Definitive Map are waiting, the oldest from 2004.</p>
<p>In 2019 the Forum advised that the Council should publish an annual report on the first Plan. That report has
appeared every year since, and we have used it for this advice.</p>

<h2>3. Our advice, action by action</h2>
<p>The table below takes the draft's actions in turn. Where we support an action as drafted, we say so.</p>
<table width='100%' border='1' cellspacing='0' cellpadding='5'>
<col width='14%'><col width='38%'><col width='48%'>
<tr><th>Draft ref.</th><th>What the draft plan says</th><th>The Forum's advice</th></tr>
{rows}
</table>

<h2>4. Closing remarks</h2>
<p>Members were unanimous on Actions 1.3 and 2.2, which we regard as the test of whether the new Plan will change
anything on the ground. We would be glad to discuss this advice with officers before the Cabinet meeting.</p>
<p>Richard Pelling, Chair, on behalf of the Wealdmoor Local Access Forum</p>
"""
    return doc(b, "Liberation Sans", "#3d5a2a", "10pt")


def response():
    b = """
<p class='meta'>WEALDMOOR COUNTY COUNCIL &#183; WEALDMOOR LOCAL ACCESS FORUM, MEETING OF 7 JULY 2026</p>
<h1>Item 5: Response to the Forum's advice on the draft Rights of Way Improvement Plan</h1>
<p class='meta'>Report of the Countryside Access Manager &#183; For information</p>

<h2>Purpose</h2>
<p class='np'>5.1&#9;This report tells the Forum how its advice of 14 April 2026 has been taken into account in the
final Plan, which Cabinet approved on 23 June 2026.</p>
<p class='np'>5.2&#9;The public consultation drew 388 responses, 61 per cent of them from walkers. A summary of all
responses is published with the Cabinet papers.</p>

<h2>Changes made to the Plan</h2>
<p class='np'>5.3&#9;Action 2.2 (stiles). We have accepted the Forum's advice in full. The final Plan sets a target
of 500 stiles removed by 2030, and officers will bring a progress figure to the Forum's first meeting each year.</p>
<p class='np'>5.4&#9;Action 4.3 (path problems). Agreed. The online map of open path problems went live on 1 July
2026 and will be refreshed on the first working day of every month.</p>
<p class='np'>5.5&#9;Action 1.3 (Definitive Map applications). The final Plan now gives priority to routes that would
link two settlements. We have not set a date for clearing the backlog, as each case can take several years and
depends on the evidence submitted.</p>
<p class='np'>5.6&#9;Action 2.4 (surfaced paths). Surfacing on this scale would be funded from the Local Transport
Plan capital programme. The Council will consider the Forum's proposal when that programme is set in spring 2027;
no commitment can be made at this stage.</p>
<p class='np'>5.7&#9;Actions 3.2 and 4.1 (riders; volunteers). We have not included a numerical target for
bridleway upgrades, because each upgrade depends on a willing landowner and the Council cannot predict how many will
come forward. Nor is there funding for a paid coordinator post: volunteers will continue to be supported by the
existing ranger team.</p>

<h2>Actions unchanged</h2>
<p class='np'>5.8&#9;Actions 1.1 and 3.5, which the Forum supported as drafted, appear in the final Plan without
change.</p>

<h2>Next steps</h2>
<p class='np'>5.9&#9;The final Plan will be published on the Council's website in August 2026, and printed copies
will be placed in all libraries.</p>
<p>Contact: Helen Marsh, Countryside Access Manager</p>
"""
    return doc(b, "Liberation Serif", "#1f3d63", "10.5pt")


def main():
    tmp = tempfile.mkdtemp(prefix="blind124en_lo_out_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.soffice_pdf(src, tmp)
        shutil.move(os.path.join(tmp, f"{NAME}_{kind}.pdf"), H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Wealdmoor Local Access Forum - Advice on the draft ROWIP",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Wealdmoor Local Access Forum - 7 July 2026 - Item 5",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "Give priority to applications for routes that would link two settlements",
         "reply_contains": "We have not set a date for clearing the backlog", "verdict": "partly"},
        {"number": 2, "starts_with": "Replace 'where possible' with a firm target of 500 stiles",
         "reply_contains": "We have accepted the Forum's advice in full", "verdict": "agrees"},
        {"number": 3, "starts_with": "Include a programme to surface at least 20 miles of paths",
         "reply_contains": "will consider the Forum's proposal when that programme is set", "verdict": "noted"},
        {"number": 4, "starts_with": "Commit to upgrading at least 12 footpaths to bridleway status",
         "reply_contains": "We have not included a numerical target for bridleway upgrades", "verdict": "disagrees"},
        {"number": 5, "starts_with": "Fund a volunteer path warden scheme with a paid coordinator",
         "reply_contains": "Nor is there funding for a paid coordinator post", "verdict": "disagrees"},
        {"number": 6, "starts_with": "Publish the map of open path problems online and update it",
         "reply_contains": "went live on 1 July 2026 and will be refreshed", "verdict": "agrees"},
        {"number": 7, "starts_with": "Ring-fence the income from public path diversion orders",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["The public consultation drew 388 responses",
                 "which the Forum supported as drafted, appear in the final Plan",
                 "printed copies will be placed in all libraries"]
    notes = ("Advice: an English LOCAL ACCESS FORUM's advice on a draft Rights of Way Improvement Plan; the "
             "Countryside and Rights of Way Act 2000 paraphrased ('must consult', 'must have regard'); the Council's "
             "three QUESTIONS numbered 1.-3.; path figures; the Forum's 2019 advice quoted ('should publish an annual "
             "report', done); a ruled three-column TABLE 'Draft ref. | What the draft plan says | The Forum's advice' "
             "keyed by the draft's action numbers (Action 1.1 ... 5.1): the middle column quotes the draft ('will', "
             "'should', 'must'; no recommendations), Actions 1.1 and 3.5 'Supported; no change proposed.' (no "
             "recommendations), the seven other right-hand cells recommend in the imperative (1 = Action 1.3, 2 = "
             "2.2, 3 = 2.4, 4 = 3.2, 5 = 4.1, 6 = 4.3, 7 = 5.1); closing 'unanimous on Actions 1.3 and 2.2'. "
             "Response: an officer's report to the Forum, paragraphs 5.1-5.9 naming the DRAFT's action numbers with a "
             "subject in brackets, never the Forum's order; 5.1-5.2 purpose and consultation figures (nothing); 5.3 "
             "Action 2.2 'accepted ... in full' (2 agrees); 5.4 Action 4.3 'Agreed', map live (6 agrees); 5.5 Action "
             "1.3 priority given but no date for the backlog (1 partly); 5.6 Action 2.4 'will consider ... no "
             "commitment' (3 noted); 5.7 'Actions 3.2 and 4.1' in ONE paragraph: no bridleway target (4 disagrees), "
             "no funding for a paid coordinator (5 disagrees); 5.8 Actions 1.1 and 3.5 unchanged (nothing); Action "
             "5.1 never named (7 unanswered); 5.9 publication (nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
