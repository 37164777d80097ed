"""Round 106 (EN): an Australian city's AUDIT AND RISK COMMITTEE internal audit report on PARKING ENFORCEMENT, seven
recommendations as CODED rows PE-01 to PE-07 of a ruled table with a risk rating column, answered by the
Director's MANAGEMENT COMMENTS letter whose paragraphs are headed with the codes. Chromium headless
--print-to-pdf, A4, cleaned DejaVu via @font-face, ligatures off, fresh --user-data-dir; slate title band, floated
'Audit at a glance' sidebar; header and 'Page N of M' stamped from page 2. All bodies, people, places and figures
invented; the Local Government Act 2020 and the Road Safety Act 1986 are named as context only.
Run:  /tmp/blind106en/bin/python tests/docs/src/blind106/gen_en_parking_audit_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b106en as H

NAME = "blind106_en_parking_audit"
CSS = """
@font-face { font-family: DV; src: url('file://%s'); }
@font-face { font-family: DV; font-weight: bold; src: url('file://%s'); }
@page { size: A4; margin: 20mm 18mm 20mm 18mm; }
body { font-family: DV; font-size: 9.6pt; line-height: 1.38; font-variant-ligatures: none;
       font-feature-settings: "liga" 0, "clig" 0; color: #1d1d1d; }
.band { background: #37474f; color: white; padding: 10px 14px; font-weight: bold; }
.band span { float: right; font-weight: normal; }
h1 { font-size: 17pt; color: #37474f; margin: 14px 0 4px 0; }
h2 { font-size: 11.5pt; color: #37474f; border-bottom: 1px solid #90a4ae; margin: 14px 0 6px 0; }
.side { float: right; width: 58mm; background: #eceff1; border-left: 4px solid #37474f; padding: 8px 10px;
        margin: 0 0 8px 12px; font-size: 8.8pt; }
table { border-collapse: collapse; width: 100%%; font-size: 9pt; }
td, th { border: 1px solid #90a4ae; padding: 5px 6px; vertical-align: top; text-align: left; }
th { background: #cfd8dc; }
.ref { font-weight: bold; white-space: nowrap; }
"""


def page(body):
    css = CSS % (H.clean_font("DejaVuSans.ttf"), H.clean_font("DejaVuSans-Bold.ttf"))
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>"


ADVICE = """
<div class="band">CITY OF MERRINDALE &middot; Audit and Risk Committee<span>Internal Audit Report IA 2025-26/04 &middot; 18 February 2026</span></div>
<h1>Parking Enforcement and Infringement Management</h1>
<p>Prepared by Corrigan Lowe Assurance, the City's internal auditor, and endorsed by the Audit and Risk Committee for referral to the Chief Executive Officer.</p>
<div class="side"><b>Audit at a glance</b><br>Infringements issued 2024-25: 48,210<br>Revenue: $4.9 million<br>Appeals lodged: 6,930<br>Infringements waived: 19.4%<br>Parking officers: 17 FTE<br>Overall rating: <b>Needs improvement</b></div>
<h2>1. Objective and scope</h2>
<p>The audit assessed whether the City's parking enforcement is carried out fairly, safely and efficiently, and whether the income it produces is properly controlled. It covered the period 1 July 2024 to 31 December 2025 and included the handling of internal reviews (appeals) of infringement notices. Under the Local Government Act 2020 the Council must maintain an Audit and Risk Committee and the CEO must ensure that appropriate internal controls are in place.</p>
<h2>2. Key findings</h2>
<p>F1. The handheld ticketing devices are eight years old and fail on average 11 times a week. Officers then write paper notices, which are keyed in later and in 3% of cases contain errors.</p>
<p>F2. Cash collected from 64 pay-and-display machines is counted by one officer, and we could not match the takings to the bank deposits for six of the 40 days we tested.</p>
<p>F3. Appeals are reviewed by the team leader of the same enforcement team that issued the notices. The 2021 audit recommended that "management should document the appeals process and the grounds for waiver"; this has been done, but the reviewer is not independent.</p>
<p>F4. Officers reported 23 incidents of verbal abuse and 4 of physical assault in 2025. Under the City's own safety procedure, officers should wear a high-visibility vest and carry a radio, but they have no other protection.</p>
<p>F5. Patrols follow habit rather than risk: school zones, where the Road Safety Act 1986 speed limits apply at set times, were patrolled on only 41 of 190 school days.</p>
<h2>3. Recommendations</h2>
<table>
<tr><th>Ref.</th><th>Recommendation</th><th>Risk</th><th>Finding</th></tr>
<tr><td class="ref">PE-01</td><td>Replace the handheld ticketing devices with a supported system that uploads notices in real time.</td><td>High</td><td>F1</td></tr>
<tr><td class="ref">PE-02</td><td>Issue body-worn cameras to all parking officers, with a written protocol for their use.</td><td>High</td><td>F4</td></tr>
<tr><td class="ref">PE-03</td><td>Reconcile the pay-and-display takings with bank deposits daily, with sign-off by a second officer.</td><td>High</td><td>F2</td></tr>
<tr><td class="ref">PE-04</td><td>Transfer the internal review of infringement appeals to an officer outside the enforcement team.</td><td>Medium</td><td>F3</td></tr>
<tr><td class="ref">PE-05</td><td>Adopt a risk-based patrol plan that covers every school zone on each school day.</td><td>Medium</td><td>F5</td></tr>
<tr><td class="ref">PE-06</td><td>Report the infringement waiver rate to the Audit and Risk Committee every six months.</td><td>Medium</td><td>F3</td></tr>
<tr><td class="ref">PE-07</td><td>Assess whether the enforcement service would be better delivered under contract.</td><td>Low</td><td>&ndash;</td></tr>
</table>
<h2>4. Next steps</h2>
<p>Management is asked to provide its comments and an implementation date for each recommendation by 30 April 2026. The Committee will track progress through its audit actions register, and any high-risk item not closed within twelve months will be reported to Council.</p>
<p>Andrea Nikolaidis, Independent Chair, Audit and Risk Committee</p>
"""

RESPONSE = """
<div class="band">CITY OF MERRINDALE<span>Our ref. CS/AUD/2026/17 &middot; 24 April 2026</span></div>
<p style="margin-top:14px">Ms Andrea Nikolaidis<br>Independent Chair, Audit and Risk Committee<br>City of Merrindale</p>
<p>Dear Ms Nikolaidis</p>
<p><b>Management comments: Internal Audit Report IA 2025-26/04, Parking Enforcement</b></p>
<p>Thank you for the report and for the constructive way in which Corrigan Lowe worked with the Local Laws team during fieldwork. Management accepts the overall rating and offers the following comments.</p>
<p><b>PE-03 (cash reconciliation).</b> Accepted. From 1 March 2026 the daily count is done by two officers and reconciled the next business day by Finance, who sign the reconciliation sheet.</p>
<p><b>PE-02 and PE-04 (officer safety; appeals).</b> We will issue cameras to the whole team by the end of July 2026, and a protocol has been drafted with the Health and Safety Committee. We do not propose to move internal reviews out of the unit. The number of appeals is too high for another area to absorb, and the documented procedure and the team leader's separate role give, in our view, sufficient independence.</p>
<p><b>PE-07 (service delivery model).</b> Management will take this question into account in the service review planned for 2027, but has formed no view on outsourcing at this stage.</p>
<p><b>PE-01 (ticketing devices).</b> This has been done: new devices from the State-wide panel contract went live on 2 February 2026 and send each notice to the infringement system as it is issued.</p>
<p><b>PE-05 (patrol planning).</b> A risk-based roster is being introduced, but with 17 officers we can cover each school zone at least twice a week, not every day. We will revisit this when the two vacant positions are filled.</p>
<p><b>Related matter.</b> You may also wish to know that the review of permit zones in Eastbank and Kooringa Heights begins in June, with community consultation in the spring.</p>
<p>Please contact Tomasz Brennan, Manager Local Laws, if the Committee would like anything further before its May meeting.</p>
<p>Yours sincerely</p>
<p>Leanne Ardley<br>Director City Services</p>
"""


def main():
    os.makedirs("/tmp/blind106en_html", exist_ok=True)
    for kind, body in (("advice", ADVICE), ("response", RESPONSE)):
        html = f"/tmp/blind106en_html/{NAME}_{kind}.html"
        with open(html, "w", encoding="utf-8") as fh:
            fh.write(page(body))
        H.chromium_pdf(html, H.out(f"{NAME}_{kind}.pdf"))
    F = H.clean_font("DejaVuSans.ttf")
    H.stamp(H.out(NAME + "_advice.pdf"), header="City of Merrindale - Internal Audit Report IA 2025-26/04",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    H.stamp(H.out(NAME + "_response.pdf"), header="City of Merrindale - CS/AUD/2026/17",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    recs = [
        dict(number=1, starts_with="Replace the handheld ticketing devices with a supported system that",
             reply_contains="new devices from the State-wide panel contract went live", verdict="agrees"),
        dict(number=2, starts_with="Issue body-worn cameras to all parking officers, with a written",
             reply_contains="We will issue cameras to the whole team", verdict="agrees"),
        dict(number=3, starts_with="Reconcile the pay-and-display takings with bank deposits daily, with",
             reply_contains="the daily count is done by two officers", verdict="agrees"),
        dict(number=4, starts_with="Transfer the internal review of infringement appeals to an officer",
             reply_contains="We do not propose to move internal reviews out of the unit", verdict="disagrees"),
        dict(number=5, starts_with="Adopt a risk-based patrol plan that covers every school zone",
             reply_contains="at least twice a week, not every day", verdict="partly"),
        dict(number=6, starts_with="Report the infringement waiver rate to the Audit and Risk Committee",
             reply_contains=None, verdict="unanswered"),
        dict(number=7, starts_with="Assess whether the enforcement service would be better delivered under",
             reply_contains="has formed no view on outsourcing at this stage", verdict="noted"),
    ]
    H.write_expected(NAME, recs, [
        "for the constructive way in which Corrigan Lowe worked",
        "the review of permit zones in Eastbank and Kooringa Heights",
        "if the Committee would like anything further before its May meeting"],
        "Advice: Australian city Audit and Risk Committee internal audit report IA 2025-26/04 on parking enforcement; "
        "recs are CODED rows PE-01 to PE-07 of a ruled table 'Ref. | Recommendation | Risk | Finding' (numbers 1-7 = "
        "PE-01..PE-07); traps: findings F1-F5 as numbered paragraphs, 'Audit at a glance' sidebar, Local Government "
        "Act 2020 'must maintain', 2021 audit quoted ('management should document the appeals process'), safety "
        "procedure 'officers should wear', Road Safety Act 1986, 'Next steps' asking for comments by 30 April. "
        "Response: Director's MANAGEMENT COMMENTS LETTER, paragraphs headed with the codes (cites), order PE-03, "
        "PE-02+PE-04, PE-07, PE-01, PE-05: two-officer count (3 agrees); ONE paragraph 'PE-02 and PE-04' = cameras by "
        "July (2 agrees) + reviews stay in the unit (4 disagrees); outsourcing left to the 2027 service review (7 "
        "noted); devices live since February, a deed done (1 agrees); twice a week, not daily (5 partly); PE-06 "
        "(waiver rate reporting) unanswered; opening thanks, 'Related matter' permit zones, closing contact "
        "(nothing).")
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
