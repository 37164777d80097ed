"""Round 102 (EN): an Ontario public library's external ACCESSIBILITY AUDIT by a consultant, seven recommendations in
BOXED 'Recommendation N' panels after two-column findings, answered by the CEO's MANAGEMENT RESPONSE AND ACTION PLAN
(a board report whose table 'Rec. | Management response | Lead | Target date' cites the numbers). Chromium headless
--print-to-pdf, Letter, cleaned DejaVu via @font-face, ligatures off, fresh --user-data-dir; header and 'Page N of M'
stamped from page 2. All bodies, people, places and figures invented; the Accessibility for Ontarians with
Disabilities Act, 2005 and its standards are named as context only.
Run:  /tmp/blind102en/bin/python tests/docs/src/blind102/gen_en_library_access_chromium.py
"""
import os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b102en as H

NAME = "blind102_en_library_access"
R = H.clean_font("DejaVuSans.ttf")
B = H.clean_font("DejaVuSans-Bold.ttf")
CSS = f"""
@font-face {{ font-family: DV; src: url(file://{R}); }}
@font-face {{ font-family: DV; font-weight: bold; src: url(file://{B}); }}
@page {{ size: Letter; margin: 20mm 18mm 22mm 18mm; }}
body {{ font-family: DV; font-size: 9.6pt; line-height: 1.45; font-variant-ligatures: none; color: #1b1b1b; }}
h1 {{ font-size: 16pt; color: #8a3b12; margin: 0 0 4pt 0; }}
h2 {{ font-size: 10.8pt; color: #8a3b12; margin: 10pt 0 3pt 0; break-after: avoid; }}
.cols {{ column-count: 2; column-gap: 8mm; }}
.cols p {{ margin: 0 0 6pt 0; }}
.rec {{ border: 1.2pt solid #8a3b12; border-left: 5pt solid #8a3b12; background: #fbf1ea; padding: 5pt 8pt;
        margin: 0 0 6pt 0; break-inside: avoid; }}
.rec b {{ color: #8a3b12; }}
.meta {{ font-size: 8.5pt; color: #555; border-top: 2px solid #8a3b12; border-bottom: 1px solid #aaa; padding: 4pt 0;
         margin-bottom: 8pt; }}
table {{ border-collapse: collapse; width: 100%; font-size: 8.8pt; }}
td, th {{ border: 1px solid #999; padding: 4pt 5pt; vertical-align: top; text-align: left; }}
th {{ background: #f0dccd; }}
tr {{ break-inside: avoid; }}
.memo td {{ border: none; padding: 1pt 6pt 1pt 0; }}
"""


def html(body):
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{body}</body></html>"


def render(body, pdf, head):
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False, encoding="utf-8") as fh:
        fh.write(html(body)); p = fh.name
    H.chromium_pdf(p, pdf); os.unlink(p)
    H.stamp(pdf, header=head, footer="Page {n} of {N}", skip_first=True, fontfile=R)


ADVICE = """
<div class="meta">Riverbend Public Library Board | Accessibility Audit of Library Facilities and Services | Final report, January 2026</div>
<h1>Accessibility Audit of Library Facilities and Services</h1>
<p><b>Prepared for the Riverbend Public Library Board</b><br>Clearpath Access Consulting Inc., Kingston, Ontario.
Lead auditor: Marguerite Oduya, CAHP</p>
<h2>1. Scope and method</h2>
<div class="cols">
<p>The Board engaged Clearpath in September 2025 to audit the four branches (Central, Eastview, Millbrook and
Pine Lake) and the Library's public services against the Accessibility for Ontarians with Disabilities Act, 2005
and its Integrated Accessibility Standards. Site visits took place between 6 and 24 October 2025.</p>
<p>Under the Design of Public Spaces standards, a new or redeveloped service counter must include at least one
accessible section; existing counters need not be altered until they are replaced. The audit nonetheless reports on
all counters, since patrons experience the building as it is.</p>
<p>We interviewed 19 staff, held two focus groups with 23 patrons with disabilities and their caregivers, and
reviewed the Library's Multi-Year Accessibility Plan 2021-2025 and its complaint log.</p>
</div>
<h2>2. Findings</h2>
<div class="cols">
<p><b>2.1 Entrances.</b> Central and Pine Lake have automatic doors. At Eastview and Millbrook the main doors are
manual and need a push of about 38 N, well above the level most wheelchair users can manage.</p>
<p><b>2.2 Service desks.</b> All four circulation desks are between 1,050 and 1,100 mm high. A patron using a
wheelchair cannot see staff or sign a form across them.</p>
<p><b>2.3 Self-checkout.</b> The eight kiosks leased in 2023 rely on a touch screen with no tactile keypad and no
audio output. Two focus group participants said they no longer borrow on their own.</p>
<p><b>2.4 Parking.</b> The Millbrook branch shares a parking lot with the Township arena. It has one accessible
space, about 60 m from the library door, and it is often used by arena visitors.</p>
<p><b>2.5 Training.</b> Staff complete accessible customer service training when hired, as the standards require.
Only 7 of the 19 staff we interviewed remembered it. Staff should feel confident offering help, not only be
permitted to.</p>
<p><b>2.6 Earlier advice.</b> The 2019 facilities review said that "the Library should install an elevator at the
Millbrook branch". This was completed in 2021 and is not repeated here. Patrons praised the Library's large-print
and audiobook collections.</p>
</div>
<h2>3. Recommendations</h2>
<p>The recommendations below are listed in the order of the findings, not in order of priority. Estimated costs are
in Appendix B.</p>
<div class="rec"><b>Recommendation 1</b><br>Install automatic door operators at the main entrances of the Eastview and
Millbrook branches.</div>
<div class="rec"><b>Recommendation 2</b><br>Lower a section of the circulation desk at every branch to a height of no
more than 865 mm, with knee clearance.</div>
<div class="rec"><b>Recommendation 3</b><br>Replace the self-checkout kiosks with models that have a tactile keypad
and audio output with a headphone jack.</div>
<div class="rec"><b>Recommendation 4</b><br>Establish a home delivery service for patrons who cannot visit a branch
because of disability or illness.</div>
<div class="rec"><b>Recommendation 5</b><br>Require all public service staff to repeat accessible customer service
training every two years, and not only when hired.</div>
<div class="rec"><b>Recommendation 6</b><br>Work with the Township to provide at least two accessible parking spaces
next to the Millbrook library entrance.</div>
<div class="rec"><b>Recommendation 7</b><br>Create a standing advisory panel of patrons with disabilities to review
new services and renovations before they are launched.</div>
<h2>4. Conclusion</h2>
<p>The Library is ahead of many systems of its size. Recommendations 1 and 3 would make the greatest difference to
independent use, and we suggest that the Board consider them first when it sets its 2026 capital budget.</p>
"""

RESPONSE = """
<div class="meta">Riverbend Public Library | Report to the Board | Report No. RPL-2026-11 | For information</div>
<h1>Accessibility Audit: Management Response and Action Plan</h1>
<table class="memo">
<tr><td><b>To</b></td><td>Chair and Members, Riverbend Public Library Board</td></tr>
<tr><td><b>From</b></td><td>Dana Kowalczyk, Chief Executive Officer</td></tr>
<tr><td><b>Meeting</b></td><td>March 18, 2026</td></tr>
</table>
<h2>Background</h2>
<p>Clearpath Access Consulting presented its final audit report to the Board in January. This report gives
management's response, with a lead and a target date wherever an action is planned. Staff thank the focus group
participants for their candour.</p>
<h2>Management response</h2>
<table>
<tr><th style="width:12%">Rec.</th><th>Management response</th><th style="width:15%">Lead</th><th style="width:14%">Target date</th></tr>
<tr><td>5</td><td>Agreed. A two-year refresher cycle will be written into the staff training policy,
starting with all public service staff this spring.</td><td>Manager, People and Culture</td><td>June 30, 2026</td></tr>
<tr><td>3</td><td>Not accepted. The kiosks are under lease until 2029 and replacing them early would cost
about $96,000. Staff will instead offer assisted checkout at every desk and will revisit the specification when the
lease is retendered.</td><td>Manager, Technology</td><td>n/a</td></tr>
<tr><td>1 and 6</td><td>The Eastview door operator was installed in February 2026 and Millbrook's will follow
when the vestibule floor is replaced this summer. The parking lot belongs to the Township; we have
forwarded the auditor's comments to the Township's Accessibility Advisory Committee for its consideration.</td><td>Manager,
Facilities</td><td>Sept. 30, 2026</td></tr>
<tr><td>4</td><td>Agreed, and already under way. The Books on Wheels pilot begins in April with volunteers from
the Friends of the Library, for up to 40 patrons.</td><td>Manager, Community Services</td><td>April 1, 2026</td></tr>
<tr><td>2</td><td>Accepted for Central and Eastview only, where desks will be rebuilt during the 2026 renovations.
At Millbrook and Pine Lake a lowered desk will be fitted when the existing counters reach end of life.</td><td>Manager,
Facilities</td><td>Dec. 31, 2026</td></tr>
</table>
<h2>Staffing update</h2>
<p>The Board will recall that the Millbrook branch manager, Harold Pettigrew, retires in May after 31 years of
service. Recruitment for the position closes on April 10.</p>
<h2>Recommendation</h2>
<p>That the Board receive report RPL-2026-11 for information, and direct the CEO to include progress on the action
plan in the quarterly operations report.</p>
"""


if __name__ == "__main__":
    render(ADVICE, H.out(NAME + "_advice.pdf"), "Riverbend Public Library Board - Accessibility Audit - Clearpath Access Consulting")
    render(RESPONSE, H.out(NAME + "_response.pdf"), "Report RPL-2026-11 - Accessibility Audit: Management Response and Action Plan")
    Rr = [
        {"number": 1, "starts_with": "Install automatic door operators at the main entrances of the Eastview",
         "reply_contains": "The Eastview door operator was installed in February 2026", "verdict": "agrees"},
        {"number": 2, "starts_with": "Lower a section of the circulation desk at every branch",
         "reply_contains": "Accepted for Central and Eastview only, where desks will be rebuilt", "verdict": "partly"},
        {"number": 3, "starts_with": "Replace the self-checkout kiosks with models that have a tactile keypad",
         "reply_contains": "The kiosks are under lease until 2029", "verdict": "disagrees"},
        {"number": 4, "starts_with": "Establish a home delivery service for patrons who cannot visit",
         "reply_contains": "The Books on Wheels pilot begins in April", "verdict": "agrees"},
        {"number": 5, "starts_with": "Require all public service staff to repeat accessible customer service training",
         "reply_contains": "A two-year refresher cycle will be written into the staff training policy",
         "verdict": "agrees"},
        {"number": 6, "starts_with": "Work with the Township to provide at least two accessible parking spaces",
         "reply_contains": "forwarded the auditor's comments to the Township's Accessibility Advisory Committee",
         "verdict": "noted"},
        {"number": 7, "starts_with": "Create a standing advisory panel of patrons with disabilities",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    U = ["Staff thank the focus group participants for their candour",
         "the Millbrook branch manager, Harold Pettigrew, retires in May",
         "direct the CEO to include progress on the action plan"]
    H.write_expected(NAME, Rr, U,
                     "Advice: Ontario public library accessibility audit by a consultant; recs = BOXED 'Recommendation "
                     "1'...'7' panels after two-column findings 2.1-2.6. Traps: AODA Design of Public Spaces 'must "
                     "include', 'Staff should feel confident', 2019 review quoted ('the Library should install an "
                     "elevator'), 38 N and 865 mm figures, conclusion naming 1 and 3. Response: CEO's board report with "
                     "a table 'Rec. | Management response | Lead | Target date' citing numbers, order 5, 3, 1+6, 4, 2. "
                     "ONE row '1 and 6' = Eastview door done, Millbrook this summer (1 agrees) + parking forwarded to "
                     "the Township's committee (6 noted). Refresher cycle (5 agrees); kiosks not accepted (3 "
                     "disagrees); Books on Wheels pilot (4 agrees); desks at two branches only (2 partly); 7 "
                     "(advisory panel of patrons) unanswered. Nothing: Background, 'Staffing update', the report's "
                     "own Recommendation (motion).")
    sys.exit(H.main([NAME]))
