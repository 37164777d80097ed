"""Round 96 (EN): a US state DEMENTIA SERVICES ADVISORY COUNCIL'S ANNUAL REPORT to the Governor and Legislature
(recommendations as roman-numbered items (i)-(vii) after 'The Council recommends that the State:') answered by the
MINUTES of the Council's next meeting, in which the Department's deputy commissioner gives the Department's response
(agenda items, replies by subject, no numbers). LibreOffice Writer headless from HTML, US Letter, DejaVu; letterhead
table; header stamped from page 2 on the report, header and 'Page N of M' on both. All invented; statutes and the
federal BOLD Act are named as context only.
Run:  /tmp/blind96en/bin/python tests/docs/src/blind96/gen_en_dementia_council_libreoffice.py
"""
import os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b96en as H

NAME = "blind96_en_dementia_council"
R = H.clean_font("DejaVuSans.ttf")
CSS = """
@page { size: 8.5in 11in; margin: 0.8in 0.85in 0.8in 0.85in; }
body { font-family: 'DejaVu Sans'; font-size: 9.5pt; }
h1 { font-family: 'DejaVu Sans'; font-size: 15pt; color: #2d4a22; }
h2 { font-family: 'DejaVu Sans'; font-size: 11pt; color: #2d4a22; margin-top: 9pt; }
p, li { font-family: 'DejaVu Sans'; font-size: 9.5pt; }
td, th { font-family: 'DejaVu Sans'; font-size: 8.8pt; vertical-align: top; }
"""

ADVICE = """
<table width="100%" cellpadding="6" style="border-bottom: 2px solid #2d4a22"><tr>
<td width="22%" style="background:#2d4a22; color:#ffffff"><b>NH</b><br><font size="1">DSAC</font></td>
<td><font size="2">STATE OF NEW HAMPSHIRE<br>DEMENTIA SERVICES ADVISORY COUNCIL</font><br>
<font size="1">c/o Bureau of Elderly and Adult Services, Concord</font></td></tr></table>
<h1>2026 Annual Report to the Governor and the General Court</h1>
<p><font size="1">Submitted June 30, 2026 | Chair: Dr. Evelyn Marchetti | Vice Chair: Thomas Aubuchon</font></p>
<h2>Introduction</h2>
<p>The Dementia Services Advisory Council was created by statute in 2019 to advise the Governor, the General Court and
the Department of Health and Human Services on services for people living with Alzheimer's disease and related
dementias and their caregivers. The statute provides that the Council shall submit an annual report by July 1 of
each year. This is the Council's seventh report.</p>
<p>An estimated 27,400 Granite Staters aged 65 and older live with Alzheimer's disease, and about 46,000 unpaid
caregivers provide an estimated 68 million hours of care a year.</p>
<table width="100%" border="1" cellspacing="0" cellpadding="4">
<tr style="background:#e3ecdf"><th>Data highlights</th><th>2023</th><th>2025</th></tr>
<tr><td>Residents 65+ with Alzheimer's (estimate)</td><td>25,900</td><td>27,400</td></tr>
<tr><td>Respite vouchers issued</td><td>1,140</td><td>1,310</td></tr>
<tr><td>Home care aides with any dementia training</td><td>38%</td><td>44%</td></tr>
<tr><td>Average wait for a memory clinic appointment</td><td>5.5 months</td><td>7 months</td></tr></table>
<h2>Progress since the 2025 report</h2>
<p>Last year the Council recommended that "the Department should publish a State Dementia Plan every five years".
The Department published the State Dementia Plan 2026-2030 in February, and the Council thanks the staff involved.
The Council also notes that federal funding under the BOLD Act now supports two public health dementia projects in
the State.</p>
<h2>What we heard</h2>
<p>The Council held listening sessions in Berlin, Keene, Manchester and Portsmouth. Caregivers told us that they
should not have to choose between keeping a job and caring for a parent or spouse. Younger families affected by
early-onset dementia said that most programs are closed to them because they are under 60. Home care agencies
reported high staff turnover and said that aides are often sent to clients with dementia without any preparation.</p>
<p>Families in the North Country described driving more than two hours to a memory clinic, and several said that
their primary care practice did not know where to refer them. State rules require a licensed home health care
provider to train its staff, but they do not say what the training must cover.</p>
<h2>Recommendations</h2>
<p>The Council recommends that the State:</p>
<p style="margin-left:0.35in">(i)&#8195;Fund a dementia care specialist position in each of the ten regional public
health networks, to connect families with services after a diagnosis.</p>
<p style="margin-left:0.35in">(ii)&#8195;Require every home care aide employed by a licensed agency to complete at
least four hours of dementia-specific training before working alone with a client.</p>
<p style="margin-left:0.35in">(iii)&#8195;Extend the respite care voucher program to caregivers of people under 60 who
have been diagnosed with early-onset dementia.</p>
<p style="margin-left:0.35in">(iv)&#8195;Add a cognitive impairment screen to the Medicaid long-term services
assessment used to set care plans.</p>
<p style="margin-left:0.35in">(v)&#8195;Run a statewide public awareness campaign on the early signs of dementia and
the value of an early diagnosis.</p>
<p style="margin-left:0.35in">(vi)&#8195;Establish a statewide dementia registry, linked to hospital and Medicaid data,
to plan services.</p>
<p style="margin-left:0.35in">(vii)&#8195;Create a full-time State Dementia Coordinator position within the Bureau of
Elderly and Adult Services.</p>
<h2>Council membership</h2>
<p>The Council has seventeen members appointed under the statute, including two legislators, representatives of the
Alzheimer's Association, home care, long-term care, primary care and three family caregivers. Meetings are open to
the public and are held on the third Wednesday of every other month.</p>
"""

RESPONSE = """
<table width="100%" cellpadding="6" style="border-bottom: 2px solid #2d4a22"><tr>
<td width="22%" style="background:#2d4a22; color:#ffffff"><b>NH</b><br><font size="1">DSAC</font></td>
<td><font size="2">STATE OF NEW HAMPSHIRE<br>DEMENTIA SERVICES ADVISORY COUNCIL</font></td></tr></table>
<h1>Minutes of the Regular Meeting, September 16, 2026</h1>
<p><font size="1">Location: Walker Building, Room 100, Concord, and by video | Present: 14 members (quorum) |
Department: Deputy Commissioner Janine Okafor; Bureau Administrator Paul Strand | Recorder: Lisa Bergeron</font></p>
<h2>1. Call to order and approval of minutes</h2>
<p>Chair Marchetti called the meeting to order at 1:02 p.m. Members approved the minutes of July 15, 2026, as
amended to correct the spelling of a guest speaker's name (motion Aubuchon, second Dr. Rheault; unanimous).</p>
<h2>2. Department response to the 2026 Annual Report</h2>
<p>Deputy Commissioner Okafor thanked the Council for its report and presented the Department's response.</p>
<p>On public awareness, the Department has agreed with the Alzheimer's Association to run a joint campaign on early
signs and early diagnosis. Radio, social media and pharmacy materials will be launched in November, National
Family Caregivers Month.</p>
<p>On respite for younger families, she reported that the age limit for respite vouchers was removed on July 1, 2026,
and that 37 families caring for a person with early-onset dementia have received vouchers since then.</p>
<p>On home care, the Department has filed a rule requiring dementia training for aides of licensed agencies, with a
four-hour minimum before unsupervised visits, to take effect January 1, 2027. However, the Department will not
change the Medicaid assessment: adding a new screen would require federal approval and retraining of every
assessor, and the current tool already records memory concerns. Mr. Aubuchon expressed disappointment with that
position.</p>
<p>On data, the Deputy Commissioner said that a registry raises privacy and cost questions. The Department will ask
its Health Data Governance Committee to look at the idea and will share that committee's view with the Council
next year; no decision has been taken.</p>
<p>On regional specialists, the Governor's budget request for the next biennium will include funding for four
specialist positions, in the North Country, Lakes Region, Monadnock and Seacoast networks, as a pilot. The
Department will evaluate the pilot before any expansion to all ten networks.</p>
<p>Members asked questions about the timing of the training rule and the pilot. Dr. Rheault asked that the
Department return in March with an update.</p>
<h2>3. Presentation: Memory Café network</h2>
<p>Grace Whitlock of the Tri-County Community Action Program described the 23 Memory Cafés now meeting across the
state and the volunteer training program that supports them. Members discussed how the cafés could be listed in
the 211 directory.</p>
<h2>4. Public comment and adjournment</h2>
<p>There was no public comment. The next meeting will be held on November 18, 2026. The meeting adjourned at 2:47
p.m. Respectfully submitted, Lisa Bergeron.</p>
"""


def render(body, suffix, header, skip_first):
    d = f"/tmp/{NAME}_lo"
    os.makedirs(d, exist_ok=True)
    hp = os.path.join(d, f"{NAME}_{suffix}.html")
    open(hp, "w", encoding="utf-8").write(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{body}</body></html>")
    H.soffice_pdf(hp, d)
    pdf = H.out(f"{NAME}_{suffix}.pdf")
    shutil.copy(os.path.join(d, f"{NAME}_{suffix}.pdf"), pdf)
    H.stamp(pdf, header=header, footer="Page {n} of {N}", skip_first=skip_first, fontfile=R)


def main():
    render(ADVICE, "advice", "Dementia Services Advisory Council - 2026 Annual Report", True)
    render(RESPONSE, "response", "DSAC minutes, September 16, 2026 - approved November 18, 2026", False)
    recs = [
        {"number": 1, "starts_with": "Fund a dementia care specialist position in each of the ten",
         "reply_contains": "will include funding for four specialist positions", "verdict": "partly"},
        {"number": 2, "starts_with": "Require every home care aide employed by a licensed agency",
         "reply_contains": "has filed a rule requiring dementia training for aides", "verdict": "agrees"},
        {"number": 3, "starts_with": "Extend the respite care voucher program to caregivers of people under 60",
         "reply_contains": "the age limit for respite vouchers was removed", "verdict": "agrees"},
        {"number": 4, "starts_with": "Add a cognitive impairment screen to the Medicaid long-term services",
         "reply_contains": "the Department will not change the Medicaid assessment", "verdict": "disagrees"},
        {"number": 5, "starts_with": "Run a statewide public awareness campaign on the early signs",
         "reply_contains": "has agreed with the Alzheimer's Association to run a joint campaign",
         "verdict": "agrees"},
        {"number": 6, "starts_with": "Establish a statewide dementia registry, linked to hospital and Medicaid",
         "reply_contains": "will ask its Health Data Governance Committee to look at", "verdict": "noted"},
        {"number": 7, "starts_with": "Create a full-time State Dementia Coordinator position within the Bureau",
         "reply_contains": None, "verdict": "unanswered"}]
    unmatched = ["Chair Marchetti called the meeting to order at 1:02",
                 "described the 23 Memory Cafés now meeting across the state",
                 "There was no public comment. The next meeting will be held"]
    notes = ("Advice: a US state (New Hampshire) Dementia Services Advisory Council's annual report to the Governor and "
             "General Court, letterhead table; recommendations ROMAN-NUMBERED (i)-(vii) indented paragraphs after 'The "
             "Council recommends that the State:'. Traps: statute 'the Council shall submit an annual report', data "
             "highlights table, last year's recommendation quoted ('the Department should publish a State Dementia "
             "Plan', done), BOLD Act, 'they should not have to choose', State rules on training 'must cover', "
             "Council membership section. Response: MINUTES of the next Council meeting, agenda item 2 'Department "
             "response' in paragraphs by subject ('On public awareness', 'On respite', ...), NO numbers, order v, iii, "
             "ii+iv, vi, i: joint awareness campaign (v agrees); respite age limit removed July 1 (iii agrees); ONE "
             "paragraph 'On home care' = training rule filed (ii agrees) + Medicaid assessment not changed (iv "
             "disagrees); registry referred to the Health Data Governance Committee, no decision (vi noted); four "
             "specialists as a pilot, not ten (i partly); vii (State Dementia Coordinator) unanswered. Unmatched: call "
             "to order and minutes, Memory Cafe presentation, public comment and adjournment.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
