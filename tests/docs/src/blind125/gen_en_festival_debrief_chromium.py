"""Round 125 (EN): an English district council's SAFETY ADVISORY GROUP post-event DEBRIEF of a music festival, answered
by the organiser's ACTION LOG printed from a SPREADSHEET. The advice sets out each functional area as a two-column grid
'What went well' | 'Even better if': the seven unnumbered 'Even better if' bullets (imperatives) are the
recommendations, the 'What went well' bullets beside them are findings; one area's right-hand cell is 'No points
raised.'. Traps: the Licensing Act 2003 paraphrased ('must'), a premises licence condition quoted ('must not exceed'),
a numbered list of key figures, the SAG's 2024 point quoted inside a 'What went well' bullet ('should scan'), a closing
line naming 'the first and fifth' points. The response is a landscape spreadsheet print with column letters A-G and
row numbers 1-8 (row numbers are no recommendation numbers), rows in another order by the organiser's own refs
AL-01...AL-06, one row answering two points (welfare tent and water), a row of the organiser's own (not from the SAG),
and no row for the Chalk Lane car park.
Chromium headless --print-to-pdf, A4 portrait (debrief) and A4 landscape (log), cleaned Liberation Sans (debrief) and
DejaVu Sans (log) via @font-face, ligatures off, fresh --user-data-dir; header and 'Page N of M' stamped from page 2.
All bodies, people, places, figures and references invented; the Licensing Act 2003 is named as context only (what is
said of it here is paraphrased and not to be relied on).
Run:  /tmp/blind125en/bin/python tests/docs/src/blind125/gen_en_festival_debrief_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b125en as H

NAME = "blind125_en_festival_debrief"
FONTS = """
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
"""
BASE = """
body { font-family: F; color: #1a1a1a; margin: 0; font-variant-ligatures: none;
       font-feature-settings: "liga" 0, "clig" 0; }
p { margin: 0 0 2.2mm 0; }
h2, h3 { break-after: avoid; }
"""
CSS_ADV = BASE + """
@page { size: A4; margin: 18mm 20mm 20mm 20mm; }
body { font-size: 10pt; line-height: 1.4; }
.band { background: #243e63; color: white; padding: 4mm 5mm; margin-bottom: 4mm; }
.band .o { font-size: 9pt; letter-spacing: 0.5mm; }
.band .t { font-size: 17pt; font-weight: bold; margin: 1mm 0; }
.band .s { font-size: 10pt; }
table.meta { font-size: 9pt; border-collapse: collapse; margin-bottom: 3mm; }
table.meta td { padding: 0.4mm 4mm 0.4mm 0; }
h2 { font-size: 12pt; color: #243e63; margin: 4mm 0 1.6mm 0; }
h3 { font-size: 10.5pt; margin: 3.5mm 0 1.2mm 0; }
table.grid { width: 100%; border-collapse: collapse; margin: 0 0 2mm 0; break-inside: avoid; font-size: 9.5pt; }
table.grid th { width: 50%; text-align: left; padding: 1.2mm 2mm; color: white; }
table.grid th.w { background: #3f7d4e; }
table.grid th.e { background: #b5651d; }
table.grid td { vertical-align: top; border: 0.3mm solid #bbb; padding: 1.5mm 2mm; }
table.grid ul { margin: 0; padding-left: 4.5mm; }
table.grid li { margin-bottom: 1.2mm; }
ol.fig { margin: 0 0 2mm 0; padding-left: 7mm; }
.note { font-size: 9pt; color: #444; border-left: 1mm solid #243e63; padding-left: 3mm; }
"""
CSS_RSP = BASE + """
@page { size: A4 landscape; margin: 16mm 12mm 16mm 12mm; }
body { font-size: 8.6pt; line-height: 1.3; }
.top { font-size: 12pt; font-weight: bold; margin-bottom: 1mm; }
.sub { font-size: 8.6pt; color: #333; margin-bottom: 3mm; }
table.xl { border-collapse: collapse; width: 100%; table-layout: fixed; }
table.xl td, table.xl th { border: 0.2mm solid #b7b7b7; padding: 0.9mm 1.4mm; vertical-align: top; }
table.xl th.col { background: #e9e9e9; color: #555; font-weight: normal; text-align: center; font-size: 7.6pt;
                  padding: 0.3mm; }
table.xl td.rn { background: #e9e9e9; color: #555; text-align: center; font-size: 7.6pt; width: 7mm; }
table.xl tr.hd td { font-weight: bold; background: #dde7f3; }
td.g { background: #d8ecd2; } td.a { background: #fbe7c1; } td.r { background: #f4cccc; } td.b { background: #dde2ea; }
.tab { margin-top: 3mm; font-size: 7.8pt; color: #333; }
.tab span { border: 0.2mm solid #999; border-top: none; padding: 0.6mm 3mm; background: white; font-weight: bold; }
.tab span.off { font-weight: normal; color: #777; background: #eee; }
"""


def page(css, fonts, body):
    r, b, i = (H.clean_font(f) for f in fonts)
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><style>{FONTS % {'r': r, 'b': b, 'i': i}}"
            f"{css}</style></head><body>{body}</body></html>")


def grid(well, better):
    w = "".join(f"<li>{x}</li>" for x in well)
    b = "".join(f"<li>{x}</li>" for x in better) if better else "<p>No points raised.</p>"
    bb = f"<ul>{b}</ul>" if better else b
    return (f"<table class='grid'><tr><th class='w'>What went well</th><th class='e'>Even better if</th></tr>"
            f"<tr><td><ul>{w}</ul></td><td>{bb}</td></tr></table>")


def advice():
    b = f"""
<div class='band'><div class='o'>FERNLEIGH DISTRICT COUNCIL &#183; SAFETY ADVISORY GROUP</div>
<div class='t'>Post-event debrief: Brackenhurst Fields Festival 2025</div>
<div class='s'>Event held 18&#8211;20 July 2025 at Brackenhurst Fields, near Lower Brackenhurst</div></div>
<table class='meta'><tr><td><b>SAG reference</b></td><td>SAG/25/014</td><td><b>Debrief meeting</b></td><td>9 September 2025</td></tr>
<tr><td><b>Report issued</b></td><td>2 October 2025</td><td><b>Chair</b></td><td>Marian Oduya, Head of Community Safety</td></tr></table>

<h2>1. About this report</h2>
<p>The Safety Advisory Group (SAG) brings together the Council, the police, the fire and rescue service, the
ambulance service and the highway authority to advise event organisers on public safety. The SAG is not a regulator
and has no powers of its own: responsibility for a safe event rests with the organiser, Brackenhurst Fields Festival
Ltd. Under the Licensing Act 2003 the premises licence holder must promote the licensing objectives, and the licence
for this site requires that music noise <i>"must not exceed 65 dB LAeq,15min at the nearest noise-sensitive
premises"</i>. This report records what the partners and the organiser said at the multi-agency debrief on
9 September 2025, and the points the SAG would like the organiser to take forward for 2026.</p>

<h2>2. The event in figures</h2>
<ol class='fig'>
<li>Peak attendance on Saturday was 21,400, against a licensed capacity of 24,000.</li>
<li>The campsite held 8,950 people on Friday and Saturday nights.</li>
<li>The medical provider treated 312 patients; 9 were taken to hospital.</li>
<li>The Council received 41 noise complaints, 29 of them after 22:00 on Saturday.</li>
<li>Police recorded 17 crimes on site, compared with 26 in 2024.</li>
</ol>

<h2>3. Debrief by functional area</h2>
<p>For each area the partners were asked what went well and what would have made the event even better. The
points in the right-hand column are the SAG's advice to the organiser.</p>

<h3>3.1 Traffic and transport</h3>
{grid(["The new one-way system on Brackenhurst Lane kept queues off the A413 on Friday afternoon.",
       "Bus operator Vale Coaches ran 140 shuttle journeys with no breakdowns."],
      ["Run the return shuttle buses from the festival site to Oakham Road station until 00:30 on Friday and "
       "Saturday, so that they meet the last trains to Fernleigh and Ashby.",
       "Open the overflow car park on Chalk Lane from 10:00 rather than 14:00 on Friday, with stewards at the "
       "A413 junction from the time it opens."])}

<h3>3.2 Crowd management</h3>
{grid(["Wristband scanning at the main gate, which the SAG asked for after the 2024 event (<i>&quot;the organiser "
       "should scan every wristband on entry&quot;</i>), worked well and cut queueing times.",
       "The egress plan for the main stage was followed and the arena cleared in 38 minutes."],
      ["Increase the number of stewards at the main stage front-of-stage barrier from 12 to 20 during "
       "headline sets."])}

<h3>3.3 Medical and welfare</h3>
{grid(["The medical provider's field hospital was well placed and well run.",
       "Welfare staff and the Fernleigh Street Angels worked closely together in the arena."],
      ["Place a second welfare tent next to the campsite, staffed through the night until 04:00 on each night "
       "of the event.",
       "Provide free drinking water refill points at a ratio of at least one tap per 2,000 people, including "
       "in the campsite and the car parks."])}

<h3>3.4 Food safety and traders</h3>
{grid(["All 46 food traders had a food hygiene rating of 4 or 5.",
       "Gas safety checks were complete before the gates opened."], [])}

<h3>3.5 Noise</h3>
{grid(["Monitoring was carried out every 15 minutes at three off-site points, as planned.",
       "The sound engineers responded quickly when asked to turn down the second stage."],
      ["Lower the off-site noise limit at the Lower Brackenhurst monitoring point from 65 dB to 60 dB after "
       "22:00, and publish the readings on the festival website each morning."])}

<h3>3.6 Communications with residents</h3>
{grid(["The residents' newsletter went out three weeks before the event."],
      ["Set up a residents' hotline that is staffed for the whole event period, and print its number on a "
       "leaflet delivered to every household within 2 km of the site."])}

<h2>4. Next steps</h2>
<p>The SAG asks the organiser to send an action log in response to this report by 30 November 2025. The SAG will
review progress at its meeting on 12 March 2026, when it will look in particular at the first and fifth of the
points above. Nothing in this report removes the organiser's own duties under its licence and under health and
safety law.</p>
<p class='note'>Fernleigh District Council, Community Safety Team, Council Offices, Market Street, Fernleigh FN4 2QT.
sag@fernleigh.gov.example</p>
"""
    return page(CSS_ADV, ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"), b)


ROWS = [
    ("Ref", "Area", "SAG point (summary)", "Our response", "Status", "Owner", "Target date", "hd"),
    ("AL-01", "Medical &amp; welfare", "Second welfare tent by campsite, open to 04:00; water refill points 1 per "
     "2,000 incl. campsite",
     "Campsite welfare tent: agreed. A second tent with its own team from Fernleigh Street Angels will open from "
     "20:00 to 04:00 on all three nights. Water: we are looking at this with our water contractor as part of the "
     "2026 site plan and have made no decision yet; mains capacity in the campsite is limited.",
     "Agreed / Under review", "Ops Director", "Site plan Apr 2026", "a"),
    ("AL-02", "Residents", "Residents' hotline for the whole event; number on leaflet within 2 km",
     "Agreed. A hotline will be staffed from build day to the end of the get-out, and the number will be on the "
     "leaflet going to about 3,100 households.", "Agreed", "Community Liaison", "Jun 2026", "g"),
    ("AL-03", "Transport", "Return shuttles to Oakham Road station until 00:30 Fri/Sat",
     "Agreed. Vale Coaches contract extended; last departure from site 00:35 on Friday and Saturday to meet the "
     "00:52 and 01:05 trains.", "Agreed", "Transport Manager", "Contract signed", "g"),
    ("AL-04", "Crowd", "Front-of-stage barrier stewards 12 to 20 for headliners",
     "Agreed in part. We will raise the number to 16. Our crowd safety adviser's view is that 20 cannot work "
     "safely within the 2.2 m pit, so we will not go beyond 16.", "Partly agreed", "Head of Security", "Jul 2026", "a"),
    ("AL-05", "Noise", "Off-site limit 60 dB after 22:00 at Lower Brackenhurst; publish readings daily",
     "Not accepted. The 65 dB limit is the one set in our premises licence, and the Council's noise officer "
     "found no breach in 2025. We will keep to the licence limit and send the full readings to the Council after "
     "the event, as now.", "Not accepted", "Production", "n/a", "r"),
    ("AL-06", "Entry", "Own action (not from SAG debrief)",
     "Add a third wristband scanning lane at the main gate for Friday arrivals between 14:00 and 18:00.",
     "Own action", "Ticketing", "Jul 2026", "b"),
]


def response():
    head = "".join(f"<th class='col'>{c}</th>" for c in " ABCDEFG")
    widths = "<col style='width:7mm'><col style='width:13mm'><col style='width:23mm'><col style='width:50mm'>" \
             "<col><col style='width:25mm'><col style='width:26mm'><col style='width:25mm'>"
    rows = []
    for n, r in enumerate(ROWS, 1):
        cls = " class='hd'" if r[7] == "hd" else ""
        st = "" if r[7] == "hd" else f" class='{r[7]}'"
        cells = "".join(f"<td{st if k == 4 else ''}>{v}</td>" for k, v in enumerate(r[:7]))
        rows.append(f"<tr{cls}><td class='rn'>{n}</td>{cells}</tr>")
    for n in range(len(ROWS) + 1, len(ROWS) + 3):
        rows.append(f"<tr><td class='rn'>{n}</td>" + "<td style='height:4mm'></td>" * 7 + "</tr>")
    b = f"""
<div class='top'>Brackenhurst Fields Festival Ltd &#8212; SAG debrief action log 2025</div>
<div class='sub'>Response to Fernleigh District Council Safety Advisory Group debrief report SAG/25/014 (2 October 2025).
File: BFF_SAG_actions_2025.xlsx &#183; Sheet: Actions &#183; Printed 24/11/2025 by T. Whitlock, Operations Director</div>
<table class='xl'>{widths}<tr>{head}</tr>{''.join(rows)}</table>
<div class='tab'><span>Actions</span><span class='off'>Closed 2024</span><span class='off'>Lists</span></div>
"""
    return page(CSS_RSP, ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"), b)


def main():
    tmp = tempfile.mkdtemp(prefix="blind125en_html_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(src, H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Fernleigh SAG - Brackenhurst Fields Festival 2025 debrief",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="BFF_SAG_actions_2025.xlsx - Actions",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))
    recs = [
        {"number": 1, "starts_with": "Run the return shuttle buses from the festival site to Oakham",
         "reply_contains": "Vale Coaches contract extended; last departure from site 00:35", "verdict": "agrees"},
        {"number": 2, "starts_with": "Open the overflow car park on Chalk Lane from 10:00",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 3, "starts_with": "Increase the number of stewards at the main stage front-of-stage barrier",
         "reply_contains": "20 cannot work safely within the 2.2 m pit", "verdict": "partly"},
        {"number": 4, "starts_with": "Place a second welfare tent next to the campsite, staffed through",
         "reply_contains": "A second tent with its own team from Fernleigh Street Angels",
         "verdict": "agrees"},
        {"number": 5, "starts_with": "Provide free drinking water refill points at a ratio of at least",
         "reply_contains": "with our water contractor as part of the 2026 site plan", "verdict": "noted"},
        {"number": 6, "starts_with": "Lower the off-site noise limit at the Lower Brackenhurst monitoring point",
         "reply_contains": "We will keep to the licence limit", "verdict": "disagrees"},
        {"number": 7, "starts_with": "Set up a residents' hotline that is staffed for the whole event",
         "reply_contains": "from build day to the end of the get-out", "verdict": "agrees"},
    ]
    unmatched = ["Add a third wristband scanning lane at the main gate"]
    notes = ("Advice: an English district council's SAFETY ADVISORY GROUP post-event DEBRIEF of a music festival; the "
             "Licensing Act 2003 paraphrased ('must promote') and a licence condition quoted ('must not exceed 65 dB'); "
             "a numbered list 1.-5. of key FIGURES (no recommendations); each functional area a two-column grid 'What "
             "went well' (findings) | 'Even better if' (the recommendations, seven UNNUMBERED imperative bullets over "
             "five areas: 1 shuttles until 00:30, 2 Chalk Lane car park from 10:00, 3 barrier stewards 12 to 20, 4 "
             "campsite welfare tent, 5 water refill points, 6 noise limit 60 dB and daily readings, 7 residents' "
             "hotline); the SAG's 2024 point quoted inside a 'What went well' bullet ('should scan every wristband', "
             "done); 'Food safety and traders' with 'No points raised.'; closing 'the first and fifth of the points "
             "above'. Response: a landscape SPREADSHEET print (column letters A-G, row numbers 1-9 that are no "
             "recommendation numbers, refs AL-01-AL-06, coloured status cells), rows by area in another order: AL-01 "
             "answers 4 and 5 in one cell ('Campsite welfare tent: agreed.' 4 agrees; water 'looking at this ... no "
             "decision yet' 5 noted); AL-02 hotline agreed (7 agrees); AL-03 shuttles to 00:35 (1 agrees); AL-04 16 "
             "not 20 stewards (3 partly); AL-05 'Not accepted', keeps the licence's 65 dB, readings only to the "
             "Council after the event (6 disagrees); AL-06 'Own action (not from SAG debrief)' wristband lane (answers "
             "nothing); no row for the Chalk Lane car park (2 unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
