"""Round 134 (EN): a Canadian (Ontario) regional transit RIDER ADVISORY COMMITTEE's comments on the draft bus
NETWORK REDESIGN, answered by a STAFF REPORT to the Transit Commission that names the recommendations by ORDINAL.
The advice: seven recommendations coded RAC-1 to RAC-7, each a card with the code in a tinted left-hand cell and the
text beside it, split under three sub-headings (Frequency and coverage; Accessibility; Fares and information).
Traps: a numbered list 1.-5. of what riders told us (findings), a ridership table, the Accessibility for Ontarians
with Disabilities Act, 2005 paraphrased ('must'), the Committee's 2022 recommendation quoted ('should'), 'The
Committee is not asking ...', a closing naming 'RAC-2 and RAC-4'.
The response: staff report TC-25-041 with its own 'Recommendation' (THAT the Commission receive ...; nothing),
background with ridership figures (nothing), analysis by ordinals in another order: fifth, first, 'second and
third' in one paragraph, sixth, fourth; the seventh is never answered; financial implications (nothing).
Chromium headless --print-to-pdf, US Letter, cleaned Liberation Sans (advice) and Liberation Serif (report) via
@font-face, ligatures off; header and 'Page N of M' stamped from page 2. All bodies, people, places, figures and
references invented; the AODA 2005 is named as context only (what is said of it is paraphrased and not to be relied
on).
Run:  /tmp/blind134en/bin/python tests/docs/src/blind134/gen_en_transit_riders_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b134en as H

NAME = "blind134_en_transit_riders"
CSS = """<style>
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
@page { size: 8.5in 11in; margin: 0.8in 0.85in 0.8in 0.85in; }
body { font-family: F; font-size: %(s)s; line-height: 1.4; color: #1b1b1b; margin: 0; font-variant-ligatures: none; }
h1 { font-size: 17pt; color: %(c)s; margin: 0 0 4pt 0; }
h2 { font-size: 12.5pt; color: %(c)s; margin: 13pt 0 4pt 0; }
h3 { font-size: 10.5pt; margin: 10pt 0 4pt 0; color: #333; border-bottom: 0.8pt solid #bbb; padding-bottom: 2pt; }
p { margin: 0 0 7pt 0; }
.meta { color: #555; font-size: 9pt; }
.top { border-top: 5pt solid %(c)s; padding-top: 6pt; }
ol { margin: 0 0 7pt 0; padding-left: 20pt; } li { margin-bottom: 3pt; }
h2, h3 { break-after: avoid; page-break-after: avoid; }
table.card { width: 100%%; border-collapse: collapse; margin: 0 0 7pt 0; break-inside: avoid; }
table.card td { vertical-align: top; padding: 5pt 7pt; border: 0.8pt solid #c9d6cf; }
table.card td.code { width: 52pt; background: #e3efe8; color: %(c)s; font-weight: bold; }
table.data { border-collapse: collapse; margin: 2pt 0 9pt 0; font-size: 9.5pt; }
table.data th, table.data td { border-bottom: 0.6pt solid #999; padding: 2pt 9pt 2pt 0; text-align: left; }
table.data td.n { text-align: right; }
.sig { margin-top: 10pt; }
</style>"""


def doc(body, fam, size, colour):
    r, b, i = (H.clean_font(f"Liberation{fam}-{s}.ttf") for s in ("Regular", "Bold", "Italic"))
    return (f"<!DOCTYPE html><html lang='en-CA'><head><meta charset='utf-8'>"
            f"{CSS % {'r': r, 'b': b, 'i': i, 's': size, 'c': colour}}</head><body>{body}</body></html>")


def card(code, text):
    return f"<table class='card'><tr><td class='code'>{code}</td><td>{text}</td></tr></table>"


def advice():
    body = f"""
<div class='top'><p class='meta'>LAKEHEAD REGIONAL TRANSIT &#183; RIDER ADVISORY COMMITTEE</p></div>
<h1>Comments on the Draft Bus Network Redesign</h1>
<p class='meta'>Approved by the Committee on May 14, 2025 &#183; RAC Memo 2025-03 &#183; To: Chair and Members,
Lakehead Regional Transit Commission &#183; From: Amira Delacroix-Whitfield, Chair</p>

<h2>Purpose</h2>
<p>The Rider Advisory Committee (RAC) is made up of twelve volunteer riders appointed by the Commission. In March
2025 staff asked the Committee for its views on the draft Bus Network Redesign, which would replace the present 24
routes with 17 routes from September 2025. This memo sets out what we heard from riders and what we recommend.</p>

<h2>What riders told us</h2>
<p>The Committee held four pop-up sessions at the Cumberland Street, Westfort and Lakeshore Mall terminals and ran an
online survey with 1,284 responses. In summary:</p>
<ol>
<li>Most riders welcome faster, more direct routes along the main corridors.</li>
<li>Riders in Hillcrest and Northwood fear losing a bus within walking distance of home.</li>
<li>Sunday service is the most frequent complaint, especially from shift workers.</li>
<li>Riders with disabilities find the next-day booking rule for Specialized Transit hard to live with.</li>
<li>Many riders do not know that transfers are free for 90 minutes.</li>
</ol>
<table class='data'>
<tr><th>Corridor</th><th>Weekday boardings 2024</th><th>Change since 2019</th></tr>
<tr><td>Lakeshore</td><td class='n'>6,420</td><td class='n'>+11%</td></tr>
<tr><td>Memorial&#8211;Red River</td><td class='n'>5,180</td><td class='n'>+4%</td></tr>
<tr><td>Hillcrest&#8211;Northwood</td><td class='n'>1,090</td><td class='n'>&#8722;9%</td></tr>
</table>
<p>In 2022 the Committee advised that the network review &#8220;should keep every household within 400 metres of a
bus stop&#8221;. The draft meets that standard for 93 per cent of households, and we acknowledge the progress.</p>

<h2>Our recommendations</h2>
<h3>Frequency and coverage</h3>
{card("RAC-1", "Run the new Lakeshore frequent route every 15 minutes on Sundays, as on Saturdays, from the first day "
      "of the new network.")}
{card("RAC-2", "Keep a fixed bus route through Hillcrest and Northwood at least every 30 minutes on weekdays, "
      "rather than replacing it entirely with on-demand service.")}
{card("RAC-3", "Install a shelter and a bench at every stop with more than 50 boardings a day, starting with the "
      "new transfer points created by the redesign.")}
<h3>Accessibility</h3>
<p>Under the Accessibility for Ontarians with Disabilities Act, 2005 and its transportation standard, as the
Committee understands them, a conventional transit provider must provide audible and visual announcements of
stops. Lakehead Transit does so on 61 of its 78 buses.</p>
{card("RAC-4", "Allow Specialized Transit riders to book trips on the same day, when space is available, instead of "
      "requiring every trip to be booked by 5 p.m. the day before.")}
{card("RAC-5", "Fit automated audible and visual next-stop announcements to every bus in the fleet before the new "
      "network begins, or as soon as possible after.")}
<h3>Fares and information</h3>
<p>The Committee is not asking the Commission to freeze fares in 2026. We accept that costs have risen.</p>
{card("RAC-6", "Introduce fare capping on the PayLake smart card, so that no rider pays more in a week or a month "
      "than the price of a weekly or monthly pass.")}
{card("RAC-7", "Print pocket timetables and route maps for every route in the new network and make them available "
      "at libraries, community centres and on buses.")}

<h2>Closing</h2>
<p>Of these, the Committee regards RAC-2 and RAC-4 as the most important to riders. Members would be glad to attend
the Commission meeting at which staff report back.</p>
<p class='sig'>Amira Delacroix-Whitfield<br>Chair, Rider Advisory Committee</p>
"""
    return doc(body, "Sans", "10pt", "#1d6b45")


def response():
    body = """
<div class='top'><p class='meta'>LAKEHEAD REGIONAL TRANSIT COMMISSION &#183; STAFF REPORT</p></div>
<h1>Response to the Rider Advisory Committee on the Bus Network Redesign</h1>
<p class='meta'>Report No. TC-25-041 &#183; Meeting date: June 18, 2025 &#183; Prepared by: Corwin Osei-Lindqvist,
Manager, Service Planning &#183; Submitted by: Hélène Marchetti, General Manager</p>

<h2>Recommendation</h2>
<p>THAT the Commission receive Report TC-25-041 for information; AND THAT staff be directed to share this report
with the Rider Advisory Committee.</p>

<h2>Background</h2>
<p>The final Bus Network Redesign was approved by the Commission on May 28, 2025 and will take effect on September
7, 2025. Ridership in 2024 reached 5.9 million trips, 97 per cent of the 2019 level. The Rider Advisory Committee's
memo of May 14 contained seven recommendations. Staff have considered each of them, and this report responds in
the order in which they affect the launch of the new network.</p>

<h2>Analysis</h2>
<p>The Committee's fifth recommendation is already under way. The remaining 17 buses without automated
announcements will be retrofitted over the summer, and all buses will have audible and visual next-stop
announcements by the September 7 launch.</p>
<p>Staff agree with the first recommendation. Sunday service on the Lakeshore frequent route will operate every 15
minutes from September 7, matching Saturday service, within the approved service hours.</p>
<p>The second and third recommendations both concern the outer neighbourhoods. Route 9 will be kept as a fixed
route through Hillcrest and Northwood, but only hourly on weekdays; evening and weekend trips will be served by
the on-demand zone, as the approved plan sets out. On shelters, staff will review the stops with more than 50
daily boardings when the 2026 capital budget is prepared and will report back at that time; no shelters beyond
those already planned can be committed now.</p>
<p>Staff support the sixth recommendation in part. A weekly fare cap will be added to the PayLake card from January
2026. A monthly cap cannot be offered until the card system is upgraded, which is not expected before 2028.</p>
<p>Staff do not recommend adopting the fourth recommendation. Specialized Transit vehicles are fully booked a day
ahead on most weekdays, and same-day booking would be unfair to riders who plan ahead. Next-day booking will
therefore remain in place, although the booking deadline will move from 5 p.m. to 7 p.m. in October.</p>

<h2>Financial implications</h2>
<p>The Sunday frequency increase costs an estimated $312,000 a year and is funded within the 2025 operating budget.
The bus retrofits cost $148,500 and are funded from the provincial gas tax reserve.</p>

<h2>Conclusion</h2>
<p>Staff thank the members of the Rider Advisory Committee for their work and look forward to their continued
advice as the new network settles in.</p>
"""
    return doc(body, "Serif", "10.5pt", "#1f3e70")


def main():
    tmp = tempfile.mkdtemp(prefix="blind134en_html_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(src, H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Lakehead Regional Transit - Rider Advisory Committee - RAC Memo 2025-03",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Lakehead Regional Transit Commission - Report TC-25-041",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "Run the new Lakeshore frequent route every 15 minutes on Sundays",
         "reply_contains": "Sunday service on the Lakeshore frequent route will operate every 15 minutes",
         "verdict": "agrees"},
        {"number": 2, "starts_with": "Keep a fixed bus route through Hillcrest and Northwood at least",
         "reply_contains": "but only hourly on weekdays; evening and weekend trips",
         "verdict": "partly"},
        {"number": 3, "starts_with": "Install a shelter and a bench at every stop with more",
         "reply_contains": "will review the stops with more than 50 daily boardings",
         "verdict": "noted"},
        {"number": 4, "starts_with": "Allow Specialized Transit riders to book trips on the same day",
         "reply_contains": "Next-day booking will therefore remain in place",
         "verdict": "disagrees"},
        {"number": 5, "starts_with": "Fit automated audible and visual next-stop announcements to every bus",
         "reply_contains": "will be retrofitted over the summer, and all buses",
         "verdict": "agrees"},
        {"number": 6, "starts_with": "Introduce fare capping on the PayLake smart card, so that",
         "reply_contains": "A monthly cap cannot be offered until the card system",
         "verdict": "partly"},
        {"number": 7, "starts_with": "Print pocket timetables and route maps for every route in",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["THAT the Commission receive Report TC-25-041 for information",
                 "Ridership in 2024 reached 5.9 million trips",
                 "costs an estimated $312,000 a year and is funded",
                 "look forward to their continued advice as the new network"]
    notes = ("Advice: an Ontario regional transit RIDER ADVISORY COMMITTEE's memo on a draft bus network redesign; "
             "seven recommendations coded RAC-1 to RAC-7, each a CARD with the code in a tinted left-hand cell and "
             "the imperative text beside it, split under three sub-headings (Frequency and coverage RAC-1-3, "
             "Accessibility RAC-4-5, Fares and information RAC-6-7). Traps: a numbered list 1.-5. of what riders "
             "told us (findings), a corridor boardings table, the Committee's 2022 advice quoted ('should keep every "
             "household within 400 metres'), the AODA 2005 paraphrased ('must provide audible and visual "
             "announcements'), 'The Committee is not asking the Commission to freeze fares', a closing naming "
             "'RAC-2 and RAC-4'. Response: a STAFF REPORT TC-25-041 with its own 'THAT the Commission receive ...' "
             "recommendation (nothing), Background with ridership figures (nothing), then Analysis naming the "
             "Committee's recommendations ONLY BY ORDINAL, never by code, in another order: fifth (all buses "
             "retrofitted by launch: agrees), first (15-minute Sunday service: agrees), 'The second and third "
             "recommendations' in ONE paragraph: route 9 kept but only hourly, evenings and weekends on-demand (2 "
             "partly) and shelters to be reviewed with the 2026 capital budget, nothing committed (3 noted), sixth "
             "'support ... in part', weekly cap yes, monthly cap not before 2028 (partly), fourth 'do not recommend "
             "adopting', next-day booking stays, deadline moved to 7 p.m. (disagrees). Financial implications "
             "(figures) and the conclusion's thanks answer nothing; the seventh (pocket timetables) is never "
             "mentioned (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
