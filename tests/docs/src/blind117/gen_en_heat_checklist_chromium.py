"""Round 117 (EN): a US county COMMISSION ON AGING's LETTER to the Board of Supervisors before the heat season, its seven
recommendations an UNNUMBERED CHECKLIST (empty tick-boxes drawn in CSS, no glyph in the text layer), each item a
sentence opening with a BOLD imperative clause; answered by the county emergency services' HEAT READINESS TRACKER, a
printed DASHBOARD of action cards (own codes HR-01 ... HR-12, source tag, status chip, progress bar, 'Update:' text)
GROUPED BY STATUS (Complete, On track, Partial, Under review, Not proceeding) two cards to a row, so the replies run in
another order and sit beside cards from other sources (an after-action review, Public Health) that answer nothing;
one checklist item has no card.
Chromium headless --print-to-pdf, A4; cleaned Liberation Serif (letter) and DejaVu Sans / DejaVu Sans Condensed
(tracker) via @font-face, ligatures off, fresh --user-data-dir; the letter with a plum letterhead rule, three stat
tiles and a boxed checklist; the tracker with an orange heat banner, four summary tiles, coloured status headings and
chips; header and 'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented;
the Older Americans Act and the Americans with Disabilities Act are named as context only (what is said of them here
is not to be relied on).
Run:  /tmp/blind117en/bin/python tests/docs/src/blind117/gen_en_heat_checklist_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b117en as H

NAME = "blind117_en_heat_checklist"
PLUM = "#5a2d5f"

CSS_ADV = """
@font-face { font-family: LSE; src: url('file://%(r)s'); }
@font-face { font-family: LSE; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: LSE; font-style: italic; src: url('file://%(i)s'); }
@page { size: A4; margin: 16mm 20mm 18mm 20mm; }
body { font-family: LSE; font-size: 11pt; line-height: 1.4; color: #161616; margin: 0; font-variant-ligatures: none;
       font-feature-settings: "liga" 0, "clig" 0; }
.lh { border-bottom: 1.2mm solid PLUM; padding-bottom: 2.5mm; margin-bottom: 5mm; display: flex;
      justify-content: space-between; align-items: flex-end; }
.lh .n { font-size: 16pt; font-weight: bold; color: PLUM; letter-spacing: 0.2mm; }
.lh .a { font-size: 8.5pt; text-align: right; color: #444; line-height: 1.35; }
p { margin: 0 0 3mm 0; }
h2 { font-size: 12pt; color: PLUM; margin: 5mm 0 2mm 0; }
.re { font-weight: bold; margin: 4mm 0 4mm 0; }
.tiles { display: flex; gap: 4mm; margin: 1mm 0 4mm 0; }
.tile { flex: 1; border: 0.3mm solid #c9b8cb; border-top: 1.4mm solid PLUM; padding: 2.5mm 3mm; font-size: 9pt;
        line-height: 1.3; }
.tile b { display: block; font-size: 18pt; color: PLUM; margin-bottom: 1mm; }
ol.q { margin: 0 0 3mm 0; padding-left: 8mm; }
ol.q li { margin-bottom: 1mm; font-style: italic; }
.check { border: 0.5mm solid PLUM; background: #f7f1f7; padding: 4mm 5mm 2mm 5mm; margin: 2mm 0 4mm 0;
         break-inside: avoid; }
.check .t { font-size: 10pt; font-weight: bold; color: PLUM; letter-spacing: 0.3mm; margin-bottom: 3mm; }
.item { display: flex; align-items: flex-start; margin-bottom: 3mm; }
.box { flex: 0 0 4.2mm; height: 4.2mm; border: 0.45mm solid #222; background: #fff; margin: 0.9mm 3.5mm 0 0; }
.it { flex: 1; }
.sig { margin-top: 6mm; }
.small { font-size: 9pt; color: #444; }
""".replace("PLUM", PLUM)

CSS_RSP = """
@font-face { font-family: DV; src: url('file://%(r)s'); }
@font-face { font-family: DV; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: DVC; src: url('file://%(cr)s'); }
@font-face { font-family: DVC; font-weight: bold; src: url('file://%(cb)s'); }
@page { size: A4; margin: 17mm 13mm 16mm 13mm; }
body { font-family: DVC; font-size: 8.9pt; line-height: 1.38; color: #1b1b1b; margin: 0;
       font-variant-ligatures: none; font-feature-settings: "liga" 0, "clig" 0; }
.banner { background: #c2571a; color: #fff; padding: 4mm 5mm 3.5mm 5mm; }
.banner .k { font-family: DV; font-size: 8pt; font-weight: bold; letter-spacing: 0.5mm; }
.banner .t { font-family: DV; font-size: 17pt; font-weight: bold; margin: 1mm 0 1mm 0; }
.banner .s { font-size: 8.8pt; }
.sum { display: flex; gap: 3mm; margin: 4mm 0 2mm 0; }
.sum div { flex: 1; background: #f4f1ee; padding: 2.5mm 3mm; font-size: 8.2pt; }
.sum b { display: block; font-family: DV; font-size: 16pt; color: #c2571a; }
.intro { margin: 2mm 0 3mm 0; }
.grp { font-family: DV; font-weight: bold; font-size: 10pt; margin: 4mm 0 2mm 0; padding-left: 2.5mm;
       border-left: 2mm solid var(--c); color: #222; break-after: avoid; }
.row { display: flex; gap: 4mm; break-inside: avoid; margin-bottom: 3mm; }
.card { flex: 1; border: 0.3mm solid #cfcac4; border-top: 1.2mm solid var(--c); padding: 2.5mm 3mm;
        background: #fff; }
.card.empty { border: none; background: none; }
.meta { display: flex; justify-content: space-between; font-size: 7.6pt; color: #555; margin-bottom: 1mm; }
.card h3 { font-family: DV; font-size: 9.6pt; margin: 0 0 1.5mm 0; line-height: 1.25; }
.chip { display: inline-block; font-size: 7.4pt; font-weight: bold; color: #fff; background: var(--c);
        padding: 0.3mm 2mm; border-radius: 2mm; margin-bottom: 1.5mm; }
.bar { height: 1.6mm; background: #ebe7e2; margin: 0 0 2mm 0; }
.bar i { display: block; height: 100%%; background: var(--c); }
.card p { margin: 0 0 1mm 0; }
.foot { font-size: 7.8pt; color: #444; border-top: 0.3mm solid #cfcac4; padding-top: 2mm; margin-top: 3mm; }
"""


def doc(css, body):
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>"


CHECK = [
    ("Keep every cooling center open until 10 p.m.",
     " on heat warning days, instead of closing at 7 p.m. as most of them do now."),
    ("Offer free round-trip rides to cooling centers",
     " through Dial-a-Ride for any resident aged 60 or older on heat warning days."),
    ("Start an opt-in call-check program",
     " so that older adults who live alone receive a telephone call on every heat warning day."),
    ("Give out 500 portable air conditioners a year",
     " to low-income renters aged 65 or older, with free installation by County contractors."),
    ("Require operators of County-funded senior housing",
     " to keep at least one common room cooled to 80\u00b0F or below during heat waves."),
    ("Send heat alerts by text message and landline robocall",
     " in English, Spanish, Vietnamese and Tagalog."),
    ("Report back to the Commission each October",
     " on how many people used the cooling centers, the rides and the call-check program that summer."),
]


def advice():
    css = CSS_ADV % {"r": H.clean_font("LiberationSerif-Regular.ttf"), "b": H.clean_font("LiberationSerif-Bold.ttf"),
                     "i": H.clean_font("LiberationSerif-Italic.ttf")}
    items = "".join(f"<div class='item'><div class='box'></div><div class='it'><b>{a}</b>{b}</div></div>"
                    for a, b in CHECK)
    body = f"""
<div class='lh'><div class='n'>MARLOW COUNTY<br>COMMISSION ON AGING</div>
<div class='a'>c/o Department of Adult and Aging Services<br>1400 Harlan Avenue, Suite 210<br>Port Marlow, CA 95999</div></div>
<p>February 17, 2026</p>
<p>The Honorable Rosa Delgado-Reyes, Chair<br>and Members of the Board of Supervisors<br>County of Marlow<br>
County Government Center, Port Marlow</p>
<p class='re'>Re: Ready before the heat &ndash; the Commission's checklist for summer 2026</p>
<p>Dear Chair Delgado-Reyes and Members of the Board:</p>
<p>Last summer was the hottest on record in the Marlow Valley, and older residents paid the highest price. At its
meeting of February 11, 2026, the Commission on Aging voted 13&ndash;0 to send you this letter. It sets out what we
learned in summer 2025 and the steps we believe the County should take before the next heat season begins.</p>
<h2>What we learned in summer 2025</h2>
<div class='tiles'><div class='tile'><b>11</b>heat warning days between June and September</div>
<div class='tile'><b>1,930</b>visits to County cooling centers, 41% by people aged 60 or older</div>
<div class='tile'><b>37</b>emergency room visits for heat illness by residents aged 65 or older</div></div>
<p>Commissioners visited six cooling centers during the August heat wave and held listening sessions at the Eastfield
and Alder Creek senior centers. We found the centers well run and the staff kind, but most of them closed at 7 p.m.,
when indoor temperatures in older apartment buildings were still climbing. Many of the people most at risk do not
drive, and some did not know the centers existed.</p>
<p>The questions older residents asked us most often were these:</p>
<ol class='q'>
<li>Where is the nearest cooling center, and is it open tonight?</li>
<li>Can someone take me there if I don't drive?</li>
<li>Will my small dog be allowed in with me?</li>
<li>Who will check on me if nobody answers my phone?</li>
</ol>
<p>We also remind the Board of the rules that frame this work. Under the federal Older Americans Act our Area Agency
on Aging must give priority to older adults with the greatest economic and social need, and under the Americans with
Disabilities Act every cooling center must be accessible to people with disabilities.</p>
<p>In 2023 the Commission recommended that &ldquo;the County should open cooling centers whenever the National Weather
Service issues an excessive heat warning.&rdquo; The Board adopted that recommendation, and it is now part of the
County's Heat Response Plan. We thank you for it.</p>
<h2>Our checklist for the County</h2>
<p>We ask the Board to direct staff to work through the checklist below, and to have as much of it as possible in place
before the heat season starts on June 1, 2026.</p>
<div class='check'><div class='t'>BEFORE THE HEAT: A CHECKLIST FOR MARLOW COUNTY</div>{items}</div>
<p>Some members also wanted the County to build a new senior center in Eastfield. We agree that one is needed, but it
could not be ready before summer, so we have left it out of this letter and will raise it in our budget letter in the
fall.</p>
<p>The first three items on the checklist are the ones we would put first: they cost the least and reach the most
people. Commissioners would be glad to meet with County staff at any time to help.</p>
<div class='sig'><p>Respectfully,</p><p><b>Harold Lindqvist</b><br>Chair, Marlow County Commission on Aging</p>
<p class='small'>cc: County Executive Officer; Director, Office of Emergency Services; Director, Adult and Aging
Services; Public Health Officer</p></div>
"""
    return doc(css, body)


GROUPS = [
    ("Complete", "#2e7d4f", [
        ("HR-03", "Commission on Aging letter, Feb. 2026", "Call-check program for older adults living alone", 100,
         "Launched April 6, 2026 and run by Adult and Aging Services volunteers. 212 residents enrolled so far; calls "
         "go out by 10 a.m. on every heat warning day, and a welfare visit follows if three calls go unanswered."),
        ("HR-09", "2025 After-Action Review", "Backup generator at Eastside Library cooling center", 100,
         "Generator installed and tested March 19, 2026. The library can now stay open as a cooling center during a "
         "power outage."),
    ]),
    ("On track", "#2f6db3", [
        ("HR-02", "Commission on Aging letter, Feb. 2026", "Free Dial-a-Ride trips to cooling centers", 70,
         "The Board approved a fare waiver on March 24 (Resolution 2026-041). Free round trips for riders 60 and over "
         "on heat warning days start June 1, 2026; drivers have been briefed."),
        ("HR-11", "Public Health", "Cooling center signs and map", 60,
         "New outdoor signs ordered for all nine sites. An online map showing opening hours will go live in May."),
    ]),
    ("Partial", "#c98a12", [
        ("HR-01", "Commission on Aging letter, Feb. 2026", "Longer cooling center hours", 50,
         "The four library cooling centers will stay open until 10 p.m. on heat warning days. The five community "
         "centers will close at 8 p.m.: Parks and Recreation does not have the evening staff to keep them open later."),
        ("HR-06", "Commission on Aging letter, Feb. 2026", "Multilingual heat alerts", 40,
         "Text and landline alerts in English and Spanish begin May 15. Our alert vendor cannot add Vietnamese or "
         "Tagalog until its contract is renewed in 2027."),
    ]),
    ("Under review", "#6d6d6d", [
        ("HR-05", "Commission on Aging letter, Feb. 2026", "Cooling standard in County-funded senior housing", 10,
         "Referred to County Counsel and the Housing Authority to advise whether a cooling standard can be made a "
         "condition of County funding. Nothing will change this summer while that advice is pending."),
    ]),
    ("Not proceeding", "#a3302a", [
        ("HR-04", "Commission on Aging letter, Feb. 2026", "Portable air conditioners for older renters", 0,
         "The County will not buy or install portable air conditioners. Staff will instead refer eligible residents to "
         "the Marlow Valley Power summer bill assistance program and to the federally funded energy assistance "
         "program."),
    ]),
]


def card(code, src, title, pct, text, c):
    return (f"<div class='card' style='--c:{c}'><div class='meta'><span>{code}</span><span>Source: {src}</span></div>"
            f"<h3>{title}</h3><span class='chip'>{pct}% of milestones</span>"
            f"<div class='bar'><i style='width:{max(pct, 2)}%'></i></div><p><b>Update:</b> {text}</p></div>")


def response():
    css = CSS_RSP % {"r": H.clean_font("DejaVuSans.ttf"), "b": H.clean_font("DejaVuSans-Bold.ttf"),
                     "cr": H.clean_font("DejaVuSansCondensed.ttf"), "cb": H.clean_font("DejaVuSansCondensed-Bold.ttf")}
    rows = ""
    for name, c, cards in GROUPS:
        rows += f"<div class='grp' style='--c:{c}'>{name} ({len(cards)})</div>"
        cs = [card(*x, c) for x in cards]
        if len(cs) == 1:
            cs.append("<div class='card empty'></div>")
        rows += "<div class='row'>" + "".join(cs) + "</div>"
    body = f"""
<div class='banner'><div class='k'>COUNTY OF MARLOW &middot; OFFICE OF EMERGENCY SERVICES</div>
<div class='t'>Heat Readiness Tracker, Summer 2026</div>
<div class='s'>Status as of April 30, 2026 &middot; Prepared for the Board of Supervisors meeting of May 12, 2026,
agenda item 14 &middot; Lead: Dana Whitcombe, Emergency Services Manager</div></div>
<div class='sum'><div><b>12</b>actions tracked for summer 2026</div><div><b>4</b>complete</div>
<div><b>5</b>on track or partly delivered</div><div><b>3</b>under review or not proceeding</div></div>
<p class='intro'>This tracker brings together the actions the County is taking before the 2026 heat season, whatever
their source: the Commission on Aging's letter of February 17, 2026, the after-action review of the 2025 heat season
and the Public Health Department's own plan. Actions are grouped by status. Eight of the twelve are shown below; the
other four (HR-07, HR-08, HR-10 and HR-12) concern staff training and are reported to the Board separately.</p>
{rows}
<div class='foot'><b>How to read this tracker.</b> Status is set by the lead department. The bar shows the share of
each action's milestones completed by April 30. The next update will be published on June 30, 2026. Questions:
Office of Emergency Services, (555) 014-2270, oes@marlowcounty.example.gov</div>
"""
    return doc(css, body)


def main():
    tmp = tempfile.mkdtemp(prefix="blind117en_html_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(src, H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Marlow County Commission on Aging - Letter to the Board of Supervisors, February 17, 2026",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="County of Marlow - Heat Readiness Tracker, status as of April 30, 2026",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSansCondensed.ttf"))
    recs = [
        {"number": 1, "starts_with": "Keep every cooling center open until 10 p.m. on heat warning",
         "reply_contains": "The five community centers will close at 8 p.m.", "verdict": "partly"},
        {"number": 2, "starts_with": "Offer free round-trip rides to cooling centers through Dial-a-Ride",
         "reply_contains": "The Board approved a fare waiver on March 24", "verdict": "agrees"},
        {"number": 3, "starts_with": "Start an opt-in call-check program so that older adults who",
         "reply_contains": "Launched April 6, 2026 and run by Adult and Aging Services",
         "verdict": "agrees"},
        {"number": 4, "starts_with": "Give out 500 portable air conditioners a year to low-income renters",
         "reply_contains": "The County will not buy or install portable air conditioners",
         "verdict": "disagrees"},
        {"number": 5, "starts_with": "Require operators of County-funded senior housing to keep at least",
         "reply_contains": "Nothing will change this summer while that advice is pending",
         "verdict": "noted"},
        {"number": 6, "starts_with": "Send heat alerts by text message and landline robocall in English",
         "reply_contains": "cannot add Vietnamese or Tagalog until its contract is renewed",
         "verdict": "partly"},
        {"number": 7, "starts_with": "Report back to the Commission each October on how many people",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["Generator installed and tested March 19, 2026",
                 "New outdoor signs ordered for all nine sites",
                 "concern staff training and are reported to the Board separately",
                 "The next update will be published on June 30, 2026"]
    notes = ("Advice: US county COMMISSION ON AGING's LETTER to the Board of Supervisors ('Re: Ready before the heat'); "
             "recs are an UNNUMBERED CHECKLIST of seven items in a framed box 'BEFORE THE HEAT: A CHECKLIST FOR MARLOW "
             "COUNTY', each with an empty tick-box drawn in CSS (no glyph) and a sentence opening with a BOLD "
             "imperative clause ('Keep every cooling center open until 10 p.m.' + ' on heat warning days, ...'); "
             "traps: three stat tiles (11, 1,930, 37), a NUMBERED list 1-4 of residents' QUESTIONS, the Older "
             "Americans Act 'must give priority' and the ADA 'every cooling center must be accessible', the 2023 "
             "recommendation quoted ('the County should open cooling centers whenever ...', adopted), a senior center "
             "'we have left it out of this letter', closing 'The first three items on the checklist are the ones we "
             "would put first'. Response: the county OES's HEAT READINESS TRACKER, a printed DASHBOARD of cards with "
             "their OWN codes HR-01...HR-12, a 'Source:' tag, a title, a '% of milestones' chip and bar and an "
             "'Update:' text, GROUPED BY STATUS two cards to a row, so the order is 3, 2, 1+6, 5, 4: Complete: HR-03 "
             "call-check launched April 6, 212 enrolled (3 agrees); On track: HR-02 fare waiver approved, free rides "
             "from June 1 (2 agrees); Partial: HR-01 libraries to 10 p.m. but 'The five community centers will close "
             "at 8 p.m.' (1 partly), HR-06 English and Spanish from May 15, 'cannot add Vietnamese or Tagalog until "
             "its contract is renewed in 2027' (6 partly); Under review: HR-05 referred to County Counsel and the "
             "Housing Authority, 'Nothing will change this summer' (5 noted); Not proceeding: HR-04 'will not buy or "
             "install portable air conditioners', referral to bill assistance instead (4 disagrees); 7 (report back "
             "each October) has no card (unanswered); the summary tiles, the intro, HR-09 generator (after-action "
             "review), HR-11 signs and map (Public Health) and the footer answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
