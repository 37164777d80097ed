"""Round 110 (EN): an Ontario city's ACCESSIBILITY ADVISORY COMMITTEE report on MOBILITY DEVICES ON PUBLIC TRANSIT,
seven recommendations CODED M1-M7 as run-in paragraphs in a TWO-COLUMN (CSS columns) body, answered by the General
Manager of Transit Services' MEMORANDUM to the committee, by subject headings and WITHOUT the codes. Chromium headless
--print-to-pdf, Letter, cleaned DejaVu via @font-face, ligatures off, fresh --user-data-dir; purple letterhead with a
grey rule, boxed 'By the numbers' panel spanning the columns; header and 'Page N of M' stamped from page 2. All
bodies, people, places and figures invented; the Accessibility for Ontarians with Disabilities Act, 2005 is named as
context only (what is said of it here is not to be relied on).
Run:  /tmp/blind110en/bin/python tests/docs/src/blind110/gen_en_mobility_devices_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b110en as H

NAME = "blind110_en_mobility_devices"
CSS = """
@font-face { font-family: DV; src: url('file://%s'); }
@font-face { font-family: DV; font-weight: bold; src: url('file://%s'); }
@page { size: Letter; margin: 19mm 18mm 20mm 18mm; }
body { font-family: DV; font-size: 9.4pt; line-height: 1.42; font-variant-ligatures: none;
       font-feature-settings: "liga" 0, "clig" 0; color: #1d1d1d; }
.lh { border-bottom: 3px solid #8a8a8a; padding-bottom: 6px; margin-bottom: 6px; }
.lh .org { font-size: 16pt; font-weight: bold; color: #4b2c7a; }
.lh .sub { font-size: 8.6pt; color: #555; }
h1 { font-size: 15pt; margin: 10px 0 4px 0; color: #4b2c7a; }
h2 { font-size: 10.8pt; margin: 10px 0 5px 0; color: #4b2c7a; break-after: avoid; }
p { margin: 0 0 7px 0; }
.cols { column-count: 2; column-gap: 9mm; }
.box { border: 1.5px solid #4b2c7a; background: #f3effa; padding: 6px 10px; margin: 6px 0 10px 0; font-size: 8.8pt; }
.rec { margin: 0 0 7px 0; padding-left: 8px; border-left: 3px solid #4b2c7a; break-inside: avoid; }
.meta { font-size: 8.4pt; color: #444; }
.memo td { padding: 1px 10px 1px 0; font-size: 9pt; vertical-align: top; }
"""


def page(body):
    css = CSS % (H.clean_font("DejaVuSans.ttf"), H.clean_font("DejaVuSans-Bold.ttf"))
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>"


RECS = [
    ("M1", "Amend the Transit Accessibility Policy so that mobility scooters up to 80 cm wide and 150 kg with a rider are accepted on every conventional bus route."),
    ("M2", "Issue a free Mobility Device Transit Card, valid for five years, to show that a rider's device has been measured and approved for travel."),
    ("M3", "Allow riders using mobility devices to board and leave through the rear doors of low-floor buses on all routes."),
    ("M4", "Clear snow and ice from bus stop landing pads and the curb ramps next to them within 24 hours of the end of a snowfall on all frequent routes."),
    ("M5", "Give every bus operator hands-on training in securing mobility devices and in deploying the ramp within the next twelve months."),
    ("M6", "Fund a pilot of 20 public charging points for mobility devices at City facilities, including the two transit terminals."),
    ("M7", "Report each year to the Accessibility Advisory Committee on the number of riders refused boarding because of their mobility device, by route."),
]


def advice():
    recs = "".join(f"<p class='rec'><b>{c}</b> &nbsp;{t}</p>".replace("&nbsp;", " ") for c, t in RECS)
    return page(f"""
<div class="lh"><div class="org">City of Lakeport</div>
<div class="sub">Accessibility Advisory Committee &middot; Report AAC-2026-03 &middot; February 9, 2026</div></div>
<h1>Getting On Board: Mobility Devices on Lakeport Transit</h1>
<p class="meta">Report of the Accessibility Advisory Committee to the Transit Commission. Chair: Ms Gail Petrovic. Prepared with the assistance of the Accessibility Coordinator, Mr Owen Baptiste.</p>
<div class="box"><b>By the numbers (2025)</b><br/>
1,940 trips a month by riders using wheelchairs or scooters &middot; 312 reports of a rider left at the stop &middot; 41% of those involved a scooter judged &ldquo;too large&rdquo; &middot; 6 of 118 buses with a ramp fault on an average day &middot; 23 respondents to our survey said they had stopped using transit altogether</div>
<div class="cols">
<h2>1. Background</h2>
<p>In June 2025 the Transit Commission asked the Committee (motion TC-2025-47) to look at why riders who use mobility devices are being left at stops and what should change. We held two public sessions, rode six routes with riders, and received 87 written submissions.</p>
<p>The Integrated Accessibility Standards under the Accessibility for Ontarians with Disabilities Act, 2005 require conventional transit providers to deploy ramps on request and to ensure that operators are trained. Transit providers must also not charge a fare to a support person who accompanies a person with a disability. These duties already apply and are not the subject of our recommendations.</p>
<p>Our 2019 report recommended that &ldquo;the City should replace all high-floor buses by 2024&rdquo;. The last high-floor bus was retired in 2023, and we thank the Commission for that.</p>
<h2>2. What we found</h2>
<p><b>Size rules.</b> The current policy accepts &ldquo;wheelchairs and mobility aids that fit safely in the securement area&rdquo;, leaving each operator to decide. Riders told us that the same scooter is accepted on one bus and refused on the next. Operators said they should not have to make that call at the curb. A clear published limit, and a way for riders to prove their device fits, would end most disputes.</p>
<p><b>At the stop and on the bus.</b> Many stops are blocked by snow banks for days after a storm, and several operators admitted they had never secured a scooter in service. Some riders asked to use the rear doors, which are wider; the Committee heard mixed views on whether that would be safe.</p>
<p><b>Range and charging.</b> Scooter batteries run down in the cold, and there is nowhere to recharge on a long trip. We do not suggest that the City should supply or repair devices, which is a provincial program.</p>
<h2>3. Recommendations</h2>
<p>The Committee recommends that the Transit Commission:</p>
{recs}
<p>M1, M2 and M5 can be delivered within the 2026 operating budget. The Committee asks for a written response by the end of April 2026.</p>
<p class="meta">Gail Petrovic, Chair, on behalf of the Accessibility Advisory Committee</p>
</div>""")


def response():
    return page("""
<div class="lh"><div class="org">City of Lakeport</div>
<div class="sub">Transit Services &middot; Memorandum</div></div>
<table class="memo">
<tr><td><b>To:</b></td><td>Chair and Members, Accessibility Advisory Committee</td></tr>
<tr><td><b>From:</b></td><td>Nadia Cheung, General Manager, Transit Services</td></tr>
<tr><td><b>Date:</b></td><td>April 21, 2026</td></tr>
<tr><td><b>Re:</b></td><td>Response to &ldquo;Getting On Board&rdquo; (AAC-2026-03)</td></tr>
</table>
<h2>Introduction</h2>
<p>The Transit Commission received your report on March 4, 2026 and directed staff to respond in writing. I would like to thank the Committee, and in particular the riders who travelled with us on the ride-alongs, for a report that has already changed how we work.</p>
<h2>Operators and boarding</h2>
<p>All 212 operators will have completed a half-day practical course on ramps and securement by December 2026; the first 60 finished it in March, and it is now part of training for every new hire. We have looked carefully at rear-door boarding, but our bus manufacturer and our health and safety committee both advise that the securement areas are designed to be reached from the front ramp, and we are not prepared to change the boarding arrangement.</p>
<h2>How large a device can be</h2>
<p>The Commission approved an updated policy on March 18: scooters up to 80 cm wide and 150 kg including the rider are now accepted on all our routes, and the limits are printed on the website and at both terminals.</p>
<h2>Charging points</h2>
<p>Staff do not recommend funding charging points from the transit budget. We have shared the idea with Facilities Management, but there is no plan to install them.</p>
<h2>Proof that a device fits</h2>
<p>From June, riders will be able to have their device measured at the Customer Service Centre and receive a sticker for the device confirming that it meets the limits. The sticker will be free, but it will be valid for three years rather than the longer period proposed, because devices are often modified.</p>
<h2>Winter access to stops</h2>
<p>Clearing stop pads and curb ramps is a Roads Operations service. Your request has been passed to the Winter Maintenance Service Review now under way, which will report to Council in the fall; any change to response times will depend on the 2027 budget.</p>
<h2>Update on the Fares Strategy</h2>
<p>The Committee may also wish to know that consultation on the Fares Strategy 2027-2030 opens on May 11. We would welcome a deputation from the Committee on the proposed low-income pass.</p>
<h2>Closing</h2>
<p>Staff will be pleased to attend your June meeting to answer questions. For further information please contact Owen Baptiste at extension 2290.</p>
""")


def main():
    tmp = "/tmp/blind110en_chrome_out"
    os.makedirs(tmp, exist_ok=True)
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(src, H.out(f"{NAME}_{kind}.pdf"))
    F = H.clean_font("DejaVuSans.ttf")
    H.stamp(H.out(NAME + "_advice.pdf"), header="City of Lakeport - Accessibility Advisory Committee - Getting On Board (AAC-2026-03)",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    H.stamp(H.out(NAME + "_response.pdf"), header="City of Lakeport - Transit Services - Memorandum of April 21, 2026",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    recs = [
        {"number": 1, "starts_with": "Amend the Transit Accessibility Policy so that mobility scooters up",
         "reply_contains": "The Commission approved an updated policy on March 18", "verdict": "agrees"},
        {"number": 2, "starts_with": "Issue a free Mobility Device Transit Card, valid for five years",
         "reply_contains": "valid for three years rather than the longer period proposed", "verdict": "partly"},
        {"number": 3, "starts_with": "Allow riders using mobility devices to board and leave through",
         "reply_contains": "we are not prepared to change the boarding arrangement", "verdict": "disagrees"},
        {"number": 4, "starts_with": "Clear snow and ice from bus stop landing pads",
         "reply_contains": "Your request has been passed to the Winter Maintenance Service Review", "verdict": "noted"},
        {"number": 5, "starts_with": "Give every bus operator hands-on training in securing mobility devices",
         "reply_contains": "will have completed a half-day practical course on ramps and securement", "verdict": "agrees"},
        {"number": 6, "starts_with": "Fund a pilot of 20 public charging points for mobility devices",
         "reply_contains": "Staff do not recommend funding charging points from the transit budget", "verdict": "disagrees"},
        {"number": 7, "starts_with": "Report each year to the Accessibility Advisory Committee on the number",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["for a report that has already changed how we work",
                 "consultation on the Fares Strategy 2027-2030 opens on May 11",
                 "Staff will be pleased to attend your June meeting"]
    notes = ("Advice: Ontario city Accessibility Advisory Committee report AAC-2026-03 to the Transit Commission, in TWO CSS "
             "COLUMNS; recs CODED M1-M7 as run-in paragraphs with a left rule after 'The Committee recommends that the "
             "Transit Commission:'; traps: motion TC-2025-47, AODA Integrated Accessibility Standards 'require' / 'must also "
             "not charge', 2019 report quoted ('the City should replace all high-floor buses by 2024'), 'By the numbers' box, "
             "bold run-in finding labels, 'what should change', 'Operators said they should not have to', 'We do not suggest "
             "that the City should supply', closing line citing 'M1, M2 and M5'. Response: General Manager's MEMORANDUM by "
             "subject headings, NO codes, order M5+M3, M1, M6, M2, M4: ONE section 'Operators and boarding' = all operators "
             "trained by December (5 agrees) + rear-door boarding refused (3 disagrees); policy limits approved (1 agrees); "
             "no charging points (6 disagrees); free sticker valid three not five years (2 partly); snow clearing passed to "
             "the winter maintenance review (4 noted); 7 (annual report on refusals) unanswered; introduction, Fares Strategy "
             "update, closing (nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
