"""Round 100 (EN): a New Zealand RESIDENTS' ASSOCIATION SUBMISSION on a district council's draft RESERVE MANAGEMENT
PLAN (seven 'decisions sought' coded DS1-DS7 in shaded boxes within a TWO-COLUMN body) answered by the HEARINGS
PANEL'S DELIBERATIONS REPORT, a table 'Submission point | Panel decision and reasons' citing the codes. Chromium
headless --print-to-pdf, A4, cleaned DejaVu via @font-face, ligatures off, fresh --user-data-dir; header and 'Page N
of M' stamped from page 2. All bodies, people, places and figures invented; the Reserves Act 1977 is named as
context only.
Run:  /tmp/blind100en/bin/python tests/docs/src/blind100/gen_en_reserve_plan_chromium.py
"""
import os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b100en as H

NAME = "blind100_en_reserve_plan"
R = H.clean_font("DejaVuSans.ttf")
B = H.clean_font("DejaVuSans-Bold.ttf")
CSS = f"""
@font-face {{ font-family: DV; src: url(file://{R}); }}
@font-face {{ font-family: DV; font-weight: bold; src: url(file://{B}); }}
@page {{ size: A4; margin: 20mm 18mm 22mm 18mm; }}
body {{ font-family: DV; font-size: 10pt; line-height: 1.5; font-variant-ligatures: none; color: #1b1b1b; }}
h1 {{ font-size: 16pt; color: #0b5d4b; margin: 0 0 4pt 0; }}
h2 {{ font-size: 10.5pt; color: #0b5d4b; margin: 10pt 0 3pt 0; }}
.cols {{ column-count: 2; column-gap: 8mm; }}
.ds {{ background: #e8f3ef; border-left: 4px solid #0b5d4b; padding: 5pt 7pt; margin: 6pt 0; break-inside: avoid; }}
.ds b {{ color: #0b5d4b; }}
.meta {{ font-size: 8.5pt; color: #555; border-top: 2px solid #0b5d4b; border-bottom: 1px solid #aaa; padding: 4pt 0; margin-bottom: 8pt; }}
table {{ border-collapse: collapse; width: 100%; }}
td, th {{ border: 1px solid #999; padding: 4pt 6pt; vertical-align: top; text-align: left; }}
th {{ background: #dfe8f2; }}
"""


def html(body):
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{body}</body></html>"


def render(body, pdf, head):
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False, encoding="utf-8") as fh:
        fh.write(html(body)); p = fh.name
    H.chromium_pdf(p, pdf); os.unlink(p)
    H.stamp(pdf, header=head, footer="Page {n} of {N}", skip_first=True, fontfile=R)


ADVICE = """
<h1>Submission on the Draft Pukeroa Domain Reserve Management Plan</h1>
<div class="meta">To: Tarawhiti District Council, Private Bag 3012, Tarawhiti 4180 | From: Pukeroa Bay Residents'
and Ratepayers' Association Inc. | Contact: Helen Rangi, Secretary | Date: 16 February 2026 | We wish to be heard.</div>
<div class="cols">
<h2>1. Introduction</h2>
<p>The Pukeroa Bay Residents' and Ratepayers' Association represents about 420 households in Pukeroa Bay and Oruanui.
This submission was approved at our general meeting on 10 February 2026, attended by 86 members.</p>
<p>The Domain is a recreation reserve classified under the Reserves Act 1977. The Council must prepare a management
plan for it and must give public notice of the draft and consider every submission. We thank the Council's parks
team for the open days held in December.</p>
<h2>2. About the Domain and our members</h2>
<p>Pukeroa Domain covers 14.6 hectares between the Pukeroa Stream mouth and Te Ahu Point. It includes the lower and
upper terraces, the grassed picnic area, the boat ramp, a playground renewed in 2021, and about 1.2 kilometres of
coastal cliff with mature pohutukawa. Many of our members have used the Domain for fifty years or more, and several
families helped to plant the stream margin in the 1990s with the Pukeroa School.</p>
<p>Our committee met the Council's parks planner, Sam Whitiora, on the Domain on 22 January 2026 to walk the areas
affected by the draft. We are grateful for the time he gave us, and the points below reflect what members saw that day
and what they have told us since. A short survey of members (212 replies) informed this submission.</p>
<h2>3. General comments</h2>
<p>We support the plan's vision of 'a coastal domain for everyone'. The Domain is busier every summer: the Council's
own counts recorded 2,900 visitors on Waitangi Day 2025, against 1,700 in 2019. The plan should say more about how
this growth will be managed. In our 2019 submission we asked that 'the Council should close the beach access road to
vehicles over summer', and that request remains relevant.</p>
<h2>4. Dogs</h2>
<p>The draft proposes to end off-leash exercise on the lower terrace. The terrace is the only level off-leash area in
the bay and is used by older residents every morning.</p>
<div class="ds"><b>DS1</b> Retain the off-leash dog exercise area on the lower terrace, with the present hours.</div>
<h2>5. Vehicles and parking</h2>
<p>Vehicles driven along the beach from the Domain ramp disturb nesting dotterels between September and March.</p>
<div class="ds"><b>DS2</b> Prohibit vehicle access to the beach through the Domain at all times, except for emergency and launching vehicles.</div>
<p>The plan also proposes to extend the car park by 40 spaces onto the grassed picnic area.</p>
<div class="ds"><b>DS5</b> Remove the proposed 40-space car park extension from the plan and keep the picnic area in grass.</div>
<h2>6. Planting and trees</h2>
<div class="ds"><b>DS3</b> Plant only locally sourced native species, eco-sourced from the Tarawhiti coast, in restoration areas.</div>
<div class="ds"><b>DS6</b> Add a policy protecting the pohutukawa on the cliff edge from pruning except for safety reasons.</div>
<h2>7. Events</h2>
<p>Large events have grown in number; eleven were held in the 2024-25 summer.</p>
<div class="ds"><b>DS4</b> Require any event expected to attract more than 500 people to be publicly notified 28 days in advance.</div>
<h2>8. Compliance</h2>
<p>Residents report freedom camping and fires on the reserve most summer weekends.</p>
<div class="ds"><b>DS7</b> Fund a ranger to patrol the Domain on summer weekends and public holidays.</div>
<h2>9. Other comments</h2>
<p>We support the draft's proposals for the playground, the stream margin walkway and the new interpretation panels,
and ask that the panels be developed with mana whenua. The draft's maps are hard to read at the scale printed, and the
final plan should include a larger map of the terraces.</p>
<h2>10. Conclusion</h2>
<p>We would be pleased to speak to this submission at the hearing, and thank the Council for the opportunity to
comment. Helen Rangi, Secretary, on behalf of the Committee.</p>
</div>
"""

RESPONSE = """
<h1>Deliberations Report: Draft Pukeroa Domain Reserve Management Plan</h1>
<div class="meta">Tarawhiti District Council | Hearings Panel: Cr Mere Tautahi (Chair), Cr Graham Lowe, Cr Anna Whitley |
Report to the Strategy and Policy Committee, 14 April 2026 | Submitter 37: Pukeroa Bay Residents' and Ratepayers' Association</div>
<h2>1. Purpose</h2>
<p>This report sets out the Hearings Panel's decisions on the submission of the Pukeroa Bay Residents' and Ratepayers'
Association (submitter 37), heard on 18 March 2026, and the reasons for them. The Panel's recommendations on all 64
submissions are in the full deliberations report, which will be adopted by the Committee on 14 April.</p>
<h2>2. Decisions on submission 37</h2>
<table>
<tr><th style="width:22%">Submission point</th><th>Panel decision and reasons</th></tr>
<tr><td>DS6 (pohutukawa)</td><td>Accepted. New Policy 6.4 protects the cliff-edge pohutukawa; pruning will be limited to works needed for public safety.</td></tr>
<tr><td>DS1 (dog exercise)</td><td>Accepted. The Panel was persuaded by the evidence of regular morning use, and the lower terrace will remain an off-leash area with the present hours.</td></tr>
<tr><td>DS2 and DS5 (vehicles and parking)</td><td>Accepted in part. Vehicle access to the beach through the Domain will be closed from 1 September to 31 March, the dotterel nesting season, but will remain open in winter for fishing. The Panel does not accept the removal of the car park extension: parking demand on peak days exceeds supply, and the extension is retained in the plan, with the picnic area relocated.</td></tr>
<tr><td>DS7 (ranger patrols)</td><td>Noted. Operational funding is outside the scope of a reserve management plan; the request has been referred to the Long Term Plan 2027-37 process for consideration.</td></tr>
<tr><td>DS3 (eco-sourcing)</td><td>Accepted. Policy 5.2 now requires all restoration planting to use plants eco-sourced from the Tarawhiti coast.</td></tr>
</table>
<h2>3. Other matters raised at the hearing</h2>
<p>At the hearing the submitter also spoke about the condition of the public toilets at the Domain. The block is due
for replacement under the Council's asset renewal programme in 2027 and is not a matter for the plan.</p>
<h2>4. Next steps</h2>
<p>Subject to adoption by the Committee, the final plan will be approved under the Reserves Act 1977 and published in
May 2026. Each submitter will receive a copy of this report and a letter explaining the decision.</p>
"""


def main():
    render(ADVICE, H.out(NAME + "_advice.pdf"), "Pukeroa Bay Residents' and Ratepayers' Association | Submission on the Draft Pukeroa Domain RMP")
    render(RESPONSE, H.out(NAME + "_response.pdf"), "Tarawhiti District Council | Hearings Panel deliberations | Submitter 37")
    recs = [
        {"number": 1, "starts_with": "Retain the off-leash dog exercise area on the lower terrace",
         "reply_contains": "the lower terrace will remain an off-leash area", "verdict": "agrees"},
        {"number": 2, "starts_with": "Prohibit vehicle access to the beach through the Domain at all times",
         "reply_contains": "closed from 1 September to 31 March, the dotterel nesting season", "verdict": "partly"},
        {"number": 3, "starts_with": "Plant only locally sourced native species, eco-sourced from the Tarawhiti",
         "reply_contains": "Policy 5.2 now requires all restoration planting to use", "verdict": "agrees"},
        {"number": 4, "starts_with": "Require any event expected to attract more than 500 people",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 5, "starts_with": "Remove the proposed 40-space car park extension from the plan",
         "reply_contains": "The Panel does not accept the removal of the car park extension", "verdict": "disagrees"},
        {"number": 6, "starts_with": "Add a policy protecting the pohutukawa on the cliff edge",
         "reply_contains": "New Policy 6.4 protects the cliff-edge pohutukawa", "verdict": "agrees"},
        {"number": 7, "starts_with": "Fund a ranger to patrol the Domain on summer weekends",
         "reply_contains": "referred to the Long Term Plan 2027-37 process for consideration", "verdict": "noted"}]
    unmatched = ["sets out the Hearings Panel's decisions on the submission of",
                 "The block is due for replacement under the Council's asset renewal programme",
                 "Each submitter will receive a copy of this report"]
    notes = ("Advice: a New Zealand residents' association SUBMISSION on a draft Reserve Management Plan, TWO-COLUMN body; "
             "seven decisions sought CODED DS1-DS7 in shaded boxes, NOT in code order in the document (DS1, DS2, DS5, DS3, "
             "DS6, DS4, DS7; numbers here follow the codes). Traps: Reserves Act 1977 ('must prepare a management plan'), "
             "visitor counts, 'The plan should say more', the 2019 submission quoted ('the Council should close the beach "
             "access road'), section numbers 1-10. Response: Hearings Panel DELIBERATIONS REPORT with a TABLE 'Submission "
             "point | Panel decision and reasons', CITES codes, order DS6, DS1, DS2+DS5, DS7, DS3: pohutukawa policy (6 "
             "agrees); off-leash kept (1 agrees); ONE row 'DS2 and DS5' = seasonal closure (2 partly) + car park retained "
             "(5 disagrees); ranger referred to LTP (7 noted); eco-sourcing (3 agrees); DS4 (events) unanswered. "
             "Unmatched: Purpose, 'Other matters raised at the hearing' (toilets), Next steps.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
