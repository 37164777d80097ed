"""Round 120 (EN): an English police force area's STOP AND SEARCH COMMUNITY SCRUTINY PANEL, whose volunteers review
body-worn video of searches, writes its QUARTERLY SCRUTINY REPORT. The recommendations are ACTION POINTS coded
AP1-AP7, each a card with a code badge, the action, and 'For:' / 'By:' fields; before them a table of FINDINGS coded
F1-F6 (the same look, no asks), figure tiles, Code A of the Police and Criminal Evidence Act 1984 paraphrased with
'must', last quarter's action point quoted by its code ('2025-Q3/AP4', done) and a closing line that names 'AP2 and
AP4'. One action point is addressed to the Police and Crime Commissioner's office, not the force.
Answered by the force's reply in a form new to the rounds: a MEMORANDUM from the Head of Local Policing (topic run-in
headings, codes named only for the two points refused or put off) followed by the attached pages of the revised
STOP AND SEARCH PROCEDURE, version 3.0: a document control table, a version history, and a CHANGES IN VERSION 3.0
table 'Section / Change / Source' in which three rows name the Panel's action points in the Source column among
rows from other sources; replies therefore split between the memo and the change log; the action point for the
Commissioner's office never answered.
Chromium headless --print-to-pdf, A4, cleaned Liberation Sans (report) and DejaVu Sans Condensed (memo and
procedure) via @font-face, ligatures off, fresh --user-data-dir; header and 'Page N of M' stamped from page 2. All
bodies, people, places, figures and references invented; the Police and Criminal Evidence Act 1984 and its Code A
are named as context only (what is said of them here is paraphrased and not to be relied on).
Run:  /tmp/blind120en/bin/python tests/docs/src/blind120/gen_en_stop_search_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b120en as H

NAME = "blind120_en_stop_search"

FONTS = """
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
"""
BASE = """
body { font-family: F; color: #1c1c1c; margin: 0; font-variant-ligatures: none;
       font-feature-settings: "liga" 0, "clig" 0; }
p { margin: 0 0 2.4mm 0; }
h2, h3 { break-after: avoid; }
"""
CSS_ADV = BASE + """
@page { size: A4; margin: 16mm 19mm 19mm 19mm; }
body { font-size: 10pt; line-height: 1.45; }
.band { background: #2b2f5c; color: #fff; padding: 5mm 6mm 4.5mm 6mm; margin-bottom: 4mm; }
.band .o { font-size: 8.6pt; color: #c9cdf0; letter-spacing: 0.2mm; }
.band .t { font-size: 19pt; font-weight: bold; line-height: 1.15; margin: 1.2mm 0 1mm 0; }
.band .d { font-size: 8.6pt; color: #e4e6f7; }
h2 { font-size: 12.5pt; color: #2b2f5c; margin: 5mm 0 2mm 0; padding-bottom: 0.8mm; border-bottom: 0.5mm solid #d6a21e; }
.tiles { display: flex; gap: 3mm; margin: 1mm 0 3mm 0; }
.tile { flex: 1; border: 0.3mm solid #c9cbe0; border-top: 1.4mm solid #d6a21e; padding: 2mm 3mm; }
.tile .v { font-size: 17pt; font-weight: bold; color: #2b2f5c; }
.tile .k { font-size: 8pt; line-height: 1.25; color: #333; }
.law { background: #f1f2f8; border-left: 1.2mm solid #2b2f5c; padding: 2.5mm 4mm 0.5mm 4mm; margin: 2mm 0 3mm 0;
       font-size: 9.4pt; }
table.f { border-collapse: collapse; width: 100%; font-size: 9.2pt; margin: 1mm 0 3mm 0; }
table.f td, table.f th { border-bottom: 0.25mm solid #c9cbe0; padding: 1.4mm 2mm; vertical-align: top; text-align: left; }
table.f th { background: #f1f2f8; }
table.f td.c { font-weight: bold; color: #2b2f5c; width: 9mm; }
.card { border: 0.35mm solid #c9cbe0; border-left: 2.2mm solid #d6a21e; margin: 0 0 2.6mm 0; padding: 2.2mm 4mm 1.6mm 4mm;
        break-inside: avoid; display: flex; gap: 4mm; }
.card .code { font-weight: bold; font-size: 13pt; color: #2b2f5c; width: 11mm; flex: none; }
.card .txt { flex: 1; }
.card .txt p { margin-bottom: 1.2mm; }
.card .meta { font-size: 8.4pt; color: #555; }
.sig { margin-top: 4mm; }
"""
CSS_RSP = BASE + """
@page { size: A4; margin: 16mm 19mm 19mm 19mm; }
body { font-size: 9.7pt; line-height: 1.45; }
.crest { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 0.8mm solid #2b2f5c;
         padding-bottom: 2mm; margin-bottom: 3mm; }
.crest .n { font-size: 15pt; font-weight: bold; color: #2b2f5c; }
.crest .m { font-size: 10pt; letter-spacing: 0.6mm; color: #2b2f5c; }
.mark { text-align: center; font-size: 8.5pt; font-weight: bold; letter-spacing: 0.5mm; color: #444; margin-bottom: 2mm; }
table.hd { border-collapse: collapse; font-size: 9.5pt; margin-bottom: 4mm; width: 100%; }
table.hd td { padding: 0.7mm 2mm 0.7mm 0; vertical-align: top; }
table.hd td.k { font-weight: bold; width: 22mm; }
h3 { font-size: 10pt; margin: 3.2mm 0 1mm 0; color: #2b2f5c; }
.proc { break-before: page; }
.ptitle { background: #2b2f5c; color: #fff; padding: 3.5mm 5mm; margin-bottom: 4mm; }
.ptitle .a { font-size: 8.5pt; color: #c9cdf0; }
.ptitle .b { font-size: 15pt; font-weight: bold; }
h2 { font-size: 11.5pt; color: #2b2f5c; margin: 4mm 0 1.5mm 0; }
table.t { border-collapse: collapse; width: 100%; font-size: 8.8pt; margin: 1mm 0 3mm 0; }
table.t td, table.t th { border: 0.25mm solid #9a9cb8; padding: 1.2mm 2mm; vertical-align: top; text-align: left; }
table.t th { background: #e3e5f1; }
"""


def page(css, fonts, body):
    r, b, i = (H.clean_font(f) for f in fonts)
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><style>{FONTS % {'r': r, 'b': b, 'i': i}}"
            f"{css}</style></head><body>{body}</body></html>")


def card(code, text, who, when):
    return (f"<div class='card'><div class='code'>{code}</div><div class='txt'><p>{text}</p>"
            f"<div class='meta'>For: {who} &#183; By: {when}</div></div></div>\n")


def advice():
    body = """
<div class='band'><div class='o'>MARDALE STOP AND SEARCH COMMUNITY SCRUTINY PANEL</div>
<div class='t'>Quarterly scrutiny report<br>October to December 2025</div>
<div class='d'>Report SSP 2025/4 &#183; Agreed by the Panel on 20 January 2026 &#183; Published 22 January 2026</div></div>
<h2>About the Panel</h2>
<p>The Panel is a group of fourteen volunteers from across the Mardale police area. Each quarter we look at a sample of
stop and search records and body-worn video, chosen at random by the Panel and not by the police, and we grade each
encounter as Good, Needs improvement or Poor. We are independent of Mardale Constabulary. We report to the Chief
Constable and to the Police and Crime Commissioner, and we publish every report.</p>
<h2>This quarter in numbers</h2>
<div class='tiles'>
<div class='tile'><div class='v'>1,284</div><div class='k'>stop and searches in the quarter</div></div>
<div class='tile'><div class='v'>21%</div><div class='k'>led to something being found</div></div>
<div class='tile'><div class='v'>48</div><div class='k'>body-worn video clips reviewed by the Panel</div></div>
<div class='tile'><div class='v'>22 / 19 / 7</div><div class='k'>graded Good / Needs improvement / Poor</div></div>
</div>
<div class='law'><p><b>The law in brief.</b> Under Code A of the Police and Criminal Evidence Act 1984, an officer must
have reasonable grounds for suspicion before searching someone, and must tell the person, among other things, the
officer's name and station, what they are looking for, the grounds for the search, and that they are entitled to a
record of it.</p></div>
<h2>What we found</h2>
<table class='f'>
<tr><th>Ref.</th><th>Finding</th></tr>
<tr><td class='c'>F1</td><td>In 9 of the 48 clips the officer did not give their name or station.</td></tr>
<tr><td class='c'>F2</td><td>In 11 clips the camera was switched on only after the search had begun. In 3 of these the
grounds could not be heard at all.</td></tr>
<tr><td class='c'>F3</td><td>Only 14 of the 48 people searched were offered a record of the search there and then.</td></tr>
<tr><td class='c'>F4</td><td>In 6 clips involving people under 18 the only ground recorded was the smell of cannabis.
Nothing was found in 5 of them.</td></tr>
<tr><td class='c'>F5</td><td>Officers in Dunmore district were courteous and explained the grounds well: 12 of the 13
Dunmore clips were graded Good.</td></tr>
<tr><td class='c'>F6</td><td>The monthly figures the force publishes are not broken down by district or by ethnicity,
so the Panel could not compare one area with another.</td></tr>
</table>
<p>Of the five action points in our July to September report, four have been completed. Action point 2025-Q3/AP4,
"publish the Panel's reports on the force website within one month of receipt", was completed in November, and
this report will be the first to appear there on time. The fifth, on handcuffing during searches, is still open.</p>
<h2>Action points for this quarter</h2>
<p>The Panel agreed the following action points at its meeting on 20 January 2026. Each is addressed to the person
named under "For".</p>
""" + card("AP1", "Add a refresher on the information officers must give at the start of a search to the spring "
           "2026 officer safety training for all response officers.", "Head of Learning and Development",
           "spring 2026 training") + \
        card("AP2", "Require officers to switch on body-worn video before any stop and search begins, and to record "
             "the reason in the search record whenever this does not happen.", "Chief Superintendent, Local "
             "Policing", "31 March 2026") + \
        card("AP3", "Give every person searched a receipt on the spot, on paper or by text message, with a QR code "
             "linking to the complaints form.", "Chief Superintendent, Local Policing", "30 June 2026") + \
        card("AP4", "Stop searching people under 18 where the smell of cannabis is the only ground, and issue "
             "guidance to officers to that effect.", "Chief Constable", "31 March 2026") + \
        card("AP5", "Invite two Panel members each quarter to observe a full shift with the Dunmore district team, so "
             "that the good practice there can be shared.", "Dunmore District Commander", "from April 2026") + \
        card("AP6", "Publish the monthly stop and search figures broken down by district and by ethnicity, within "
             "six weeks of the end of each month.", "Head of Performance", "30 June 2026") + \
        card("AP7", "Fund training for Panel members in reviewing body-worn video, including the legal grounds for a "
             "search, from the Commissioner's community fund.", "Office of the Police and Crime Commissioner",
             "31 May 2026") + """
<h2>What happens next</h2>
<p>We have asked for a written response by 6 March 2026. The Panel thanks the six officers who attended our December
meeting to talk through their own clips. We will follow up AP2 and AP4 at our meeting on 16 April 2026.</p>
<div class='sig'><b>Marcus Oyelowo</b><br>Chair, Mardale Stop and Search Community Scrutiny Panel<br>
<span style='font-size:8.6pt;color:#555'>scrutiny.panel@mardale-ssp.example.org.uk</span></div>
"""
    return page(CSS_ADV, ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"),
                body)


def response():
    body = """
<div class='crest'><div class='n'>Mardale Constabulary</div><div class='m'>MEMORANDUM</div></div>
<div class='mark'>OFFICIAL</div>
<table class='hd'>
<tr><td class='k'>From</td><td>Chief Superintendent Rachel Annan, Head of Local Policing</td></tr>
<tr><td class='k'>To</td><td>Marcus Oyelowo, Chair, Stop and Search Community Scrutiny Panel</td></tr>
<tr><td class='k'>Copy</td><td>Office of the Police and Crime Commissioner</td></tr>
<tr><td class='k'>Date</td><td>5 March 2026</td></tr>
<tr><td class='k'>Subject</td><td>Panel report SSP 2025/4 and Stop and Search Procedure, version 3.0</td></tr>
</table>
<p>Thank you for the Panel's report for October to December 2025, which the Force Stop and Search Board discussed on
24 February. I attach the relevant pages of version 3.0 of our Stop and Search Procedure (PRO-0417), which comes into
force on 1 April 2026. Where a change in it responds to the Panel, the change log says so in its Source column.</p>
<h3>Training</h3>
<p>This spring's officer safety training for response officers now opens with a 40-minute session on what a person
has to be told when they are stopped and searched, using three of the clips the Panel reviewed, with faces blurred.
All 410 response officers will attend between 13 April and 26 June 2026.</p>
<h3>Receipts</h3>
<p>Here we can go only part of the way. Officers do not carry printers, so paper receipts cannot be handed over at
the scene. From 1 June the search record app will send a receipt by text message instead (section 5.3). People who
have no mobile phone will still be told how to get a copy from any police station.</p>
<h3>Searches of children</h3>
<p>The Board discussed AP4 at length and has not accepted it. The smell of cannabis can in law be enough for
reasonable grounds, and a blanket rule for one age group would leave officers unsure of their powers. What we have
done instead is to require a supervisor to review every search of a child where that was the only ground (section
6.4), and I will share the first three months of those reviews with the Panel.</p>
<h3>Published figures</h3>
<p>On AP6, breaking the monthly figures down by both district and ethnicity raises real questions about small numbers
and the risk of identifying individuals. I have asked the force's Data Protection Officer to advise, and the
Information Governance Board will consider the request at its meeting in May. I am not able to give a commitment
before then.</p>
<p>I would welcome the Panel's views on version 3.0 at your April meeting, which Chief Inspector Derek Fane and I will
both attend.</p>
<p style='margin-top:4mm'><b>Rachel Annan</b><br>Chief Superintendent, Head of Local Policing</p>

<div class='proc'>
<div class='ptitle'><div class='a'>MARDALE CONSTABULARY &#183; PROCEDURE PRO-0417 &#183; OFFICIAL</div>
<div class='b'>Stop and Search Procedure (extract)</div></div>
<h2>1 Document control</h2>
<table class='t'>
<tr><th style='width:40mm'>Owner</th><td>Head of Local Policing</td></tr>
<tr><th>Version</th><td>3.0</td></tr>
<tr><th>Approved by</th><td>Force Stop and Search Board, 24 February 2026</td></tr>
<tr><th>Effective date</th><td>1 April 2026</td></tr>
<tr><th>Next review</th><td>31 March 2027, or sooner if the law or national guidance changes</td></tr>
</table>
<h2>2 Version history</h2>
<table class='t'>
<tr><th style='width:18mm'>Version</th><th style='width:30mm'>Date</th><th>Summary</th></tr>
<tr><td>1.0</td><td>May 2021</td><td>First issue, replacing the separate search and body-worn video guidance notes.</td></tr>
<tr><td>2.0</td><td>September 2023</td><td>Rewritten for the search record app on officers' mobile devices.</td></tr>
<tr><td>3.0</td><td>April 2026</td><td>See the table of changes below.</td></tr>
</table>
<h2>3 Changes in version 3.0</h2>
<table class='t'>
<tr><th style='width:16mm'>Section</th><th>Change</th><th style='width:38mm'>Source</th></tr>
<tr><td>2.3</td><td>Definitions brought into line with the fields of the search record app.</td><td>Internal review</td></tr>
<tr><td>4.2</td><td>Body-worn video must be switched on before the officer first speaks to the person to be searched.
If it is not, the officer must record why in the search record.</td><td>Scrutiny Panel, AP2</td></tr>
<tr><td>5.3</td><td>A receipt is sent by text message at the end of the search, with a link to the online complaints
form (from 1 June 2026).</td><td>Scrutiny Panel, AP3 (in part)</td></tr>
<tr><td>6.4</td><td>A sergeant or above reviews within 72 hours every search of a person under 18 where the smell of
cannabis was the only ground recorded.</td><td>Stop and Search Board</td></tr>
<tr><td>7.1</td><td>Contact details for the force's legal services and the out-of-hours duty inspector updated.</td>
<td>Internal review</td></tr>
<tr><td>8.1</td><td>Up to two members of the Scrutiny Panel may accompany the Dunmore district team for one full shift
each quarter, by arrangement with the district inspector.</td><td>Scrutiny Panel, AP5</td></tr>
<tr><td>9.2</td><td>Kit list for searches by firearms officers moved to the armed policing manual.</td>
<td>Armed Policing Unit</td></tr>
</table>
<p style='font-size:8.6pt;color:#555'>Sections 4 to 9 of the procedure follow in the full document, available to staff
on the force intranet and to the public on request.</p>
</div>
"""
    return page(CSS_RSP, ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf",
                          "DejaVuSansCondensed-Oblique.ttf"), body)


def main():
    tmp = tempfile.mkdtemp(prefix="blind120en_html_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(src, H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Mardale Stop and Search Community Scrutiny Panel - SSP 2025/4",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Mardale Constabulary - OFFICIAL - reply to SSP 2025/4",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSansCondensed.ttf"))
    recs = [
        {"number": 1, "starts_with": "Add a refresher on the information officers must give at the",
         "reply_contains": "All 410 response officers will attend between 13 April and 26 June",
         "verdict": "agrees"},
        {"number": 2, "starts_with": "Require officers to switch on body-worn video before any stop and",
         "reply_contains": "must be switched on before the officer first speaks to the person",
         "verdict": "agrees"},
        {"number": 3, "starts_with": "Give every person searched a receipt on the spot, on paper",
         "reply_contains": "so paper receipts cannot be handed over at the scene",
         "verdict": "partly"},
        {"number": 4, "starts_with": "Stop searching people under 18 where the smell of cannabis is",
         "reply_contains": "The Board discussed AP4 at length and has not accepted it",
         "verdict": "disagrees"},
        {"number": 5, "starts_with": "Invite two Panel members each quarter to observe a full shift",
         "reply_contains": "may accompany the Dunmore district team for one full shift",
         "verdict": "agrees"},
        {"number": 6, "starts_with": "Publish the monthly stop and search figures broken down by district",
         "reply_contains": "I am not able to give a commitment before then",
         "verdict": "noted"},
        {"number": 7, "starts_with": "Fund training for Panel members in reviewing body-worn video, including",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["which the Force Stop and Search Board discussed on 24 February",
                 "I would welcome the Panel's views on version 3.0",
                 "Rewritten for the search record app on officers' mobile devices",
                 "Definitions brought into line with the fields of the search record app",
                 "Kit list for searches by firearms officers moved"]
    notes = ("Advice: an English police area's STOP AND SEARCH COMMUNITY SCRUTINY PANEL quarterly report SSP 2025/4. "
             "Recommendations: ACTION POINTS coded AP1-AP7, each a bordered card with the code in a badge column, "
             "an imperative (Add, Require, Give, Stop, Invite, Publish, Fund) and a 'For: ... By: ...' line; AP7 "
             "is addressed to the Police and Crime Commissioner's office, not to the force. Traps: figure tiles; "
             "Code A of PACE 1984 paraphrased in a box with 'must'; a table of FINDINGS coded F1-F6 that asks "
             "nothing; last quarter's 'Action point 2025-Q3/AP4' quoted (done, same code as this quarter's AP4); "
             "closing 'We will follow up AP2 and AP4'. Response: a MEMORANDUM from the Head of Local Policing with "
             "run-in topic headings (Training, Receipts, Searches of children, Published figures), codes named only "
             "for AP4 and AP6, then the attached pages of the revised STOP AND SEARCH PROCEDURE v3.0: document "
             "control and version history tables, and a 'Changes in version 3.0' table 'Section / Change / Source' "
             "whose Source column names 'Scrutiny Panel, AP2', 'AP3 (in part)' and 'AP5' among rows from other "
             "sources (section numbers are not action point numbers). Verdicts: AP1 training session added, all "
             "response officers between 13 April and 26 June 2026 (memo, no code) = agrees; AP2 camera on before the "
             "officer first speaks, reason recorded otherwise (change log 4.2) = agrees; AP3 text-message receipt "
             "from 1 June, 'paper receipts cannot be handed over at the scene', no QR code (memo and change log "
             "5.3) = partly; AP4 'has not accepted it', supervisor review instead (memo; change log 6.4 sourced to "
             "the Board) = disagrees; AP5 two members may join the Dunmore team one shift a quarter (change log 8.1) "
             "= agrees; AP6 passed to the Data Protection Officer and the Information Governance Board in May, "
             "'not able to give a commitment' = noted; AP7 (the Commissioner's fund) never mentioned, the Office "
             "only copied in = unanswered. Sections answering nothing: the memo's opening and closing, document "
             "control, version history, change log rows 2.3, 7.1 and 9.2.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
