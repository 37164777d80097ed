"""Round 95 (EN): an Australian (NSW) regional council's CEMETERIES ADVISORY COMMITTEE REPORT on the draft Cemeteries
Master Plan (recommendations as decimally NUMBERED PARAGRAPHS 6.1-6.7 of a 'Recommendations' section, among numbered
findings) answered by an item in the General Manager's weekly COUNCILLOR INFORMATION BULLETIN, by subject, without
numbers. LibreOffice Writer headless from HTML, A4, DejaVu; header and 'Page N of M' stamped. All invented.
Run:  /tmp/blind95en/bin/python tests/docs/src/blind95/gen_en_cemeteries_libreoffice.py
"""
import os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b95en as H

NAME = "blind95_en_cemeteries"
R = H.clean_font("DejaVuSans.ttf")
CSS = """
@page { size: 21cm 29.7cm; margin-top: 2.2cm; margin-bottom: 2cm; margin-left: 2.2cm; margin-right: 2.2cm; }
body { font-family: 'DejaVu Sans'; font-size: 9.5pt; }
h1 { font-family: 'DejaVu Sans'; font-size: 16pt; color: #24566b; }
h2 { font-family: 'DejaVu Sans'; font-size: 11.5pt; color: #24566b; margin-top: 10pt; }
h3 { font-family: 'DejaVu Sans'; font-size: 10pt; color: #24566b; margin-top: 8pt; }
p, li { font-family: 'DejaVu Sans'; font-size: 9.5pt; }
td, th { font-family: 'DejaVu Sans'; font-size: 8.8pt; vertical-align: top; }
.s { font-size: 8pt; color: #555555; }
"""

ADVICE = """
<table width='100%' cellpadding='6' style='border-bottom: 2px solid #24566b'><tr>
<td width='70%'><p class='s'>BURRAWANG SHIRE COUNCIL</p><h1>Cemeteries Advisory Committee</h1>
<p><b>Report to Council on the draft Cemeteries Master Plan 2026-2046</b></p></td>
<td width='30%'><p class='s'>Committee meeting 17 March 2026<br>Chair: Cr Janet Pullen<br>Report ref: CAC 2026/02</p></td>
</tr></table>
<h2>1. Purpose</h2>
<p>1.1 This report gives Council the Committee's advice on the draft Cemeteries Master Plan 2026-2046, which was
placed on public exhibition from 2 February to 2 March 2026. Under its terms of reference the Committee should meet
quarterly and advise Council on the management, planning and heritage of the Shire's five cemeteries.</p>
<h2>2. Background</h2>
<p>2.1 Council is the cemetery operator for Wattle Flat, Bellbird, Coolangatta Road, Mount Irvine and Tarlo Creek
cemeteries. As a cemetery operator, Council must comply with the Cemeteries and Crematoria Act 2013 and the
operator's code of practice, including the requirement to keep an accurate register of every interment.</p>
<p>2.2 The previous master plan (2016) recommended that "Council should acquire land adjoining Wattle Flat Cemetery
for future expansion". The land was purchased in 2019 and is the subject of Stage 1 of the draft plan.</p>
<h2>3. Capacity</h2>
<table width='100%' border='1' cellpadding='4' cellspacing='0'>
<tr><th>Cemetery</th><th>Burials 2021-2025</th><th>Remaining plots</th><th>Estimated years remaining</th></tr>
<tr><td>Wattle Flat (incl. 2019 land)</td><td>312</td><td>1,460</td><td>22</td></tr>
<tr><td>Bellbird (lawn section)</td><td>88</td><td>64</td><td>4</td></tr>
<tr><td>Coolangatta Road</td><td>41</td><td>210</td><td>25</td></tr>
<tr><td>Mount Irvine and Tarlo Creek</td><td>9</td><td>closed except reserved</td><td>n/a</td></tr>
</table>
<h2>4. Findings</h2>
<p>4.1 Demand for cremation memorialisation has grown: 58 per cent of 2025 services were cremations, but Council
has only 96 niches, all at Bellbird, and 81 are taken.</p>
<p>4.2 The Committee received 27 written submissions. Eleven asked for a natural or bush burial option, which is
not available anywhere in the region.</p>
<p>4.3 The pioneer section at Bellbird, with graves from 1861, is listed in the Local Environmental Plan but has
no State listing. Several families with reserved rights asked that it be reopened.</p>
<p>4.4 Burial registers before 1975 exist only on paper in the Council chambers and are fragile.</p>
<h2>5. Fees</h2>
<p>5.1 Interment fees rose 6.5 per cent in 2025/26. The Committee notes that fees should reflect the full cost of
providing the service, as the Office of Local Government's pricing guidelines require, and that the draft plan
assumes a further 4 per cent rise each year.</p>
<h2>6. Recommendations</h2>
<p>The Committee recommends:</p>
<p>6.1 That Council establish a natural burial area at Wattle Flat Cemetery within Stage 1 of the master plan.</p>
<p>6.2 That Council reopen the pioneer section of Bellbird Cemetery to burials by holders of reserved rights.</p>
<p>6.3 That Council hold interment and memorial fees at 2025/26 levels for the 2026/27 financial year.</p>
<p>6.4 That Council build a columbarium wall of at least 400 niches at Wattle Flat Cemetery by June 2028.</p>
<p>6.5 That Council digitise all burial registers and publish them online with a searchable map of graves.</p>
<p>6.6 That Council nominate the Bellbird pioneer section for listing on the State Heritage Register.</p>
<p>6.7 That Council provide an annual budget of $45,000 for the repair of unsafe and damaged headstones.</p>
<h2>7. Next meeting</h2>
<p>7.1 The Committee will next meet on 16 June 2026 and would welcome a report on Council's decisions before then.</p>
<p class='s'>Cr Janet Pullen, Chair, Cemeteries Advisory Committee</p>
"""

RESPONSE = """
<table width='100%' cellpadding='6' style='border-bottom: 2px solid #24566b'><tr>
<td width='65%'><p class='s'>BURRAWANG SHIRE COUNCIL</p><h1>Councillor Information Bulletin</h1></td>
<td width='35%'><p class='s'>No. 2026/19<br>Week ending 22 May 2026<br>From the General Manager, Tom Eagleson</p></td>
</tr></table>
<p>This bulletin is for the information of Councillors. Items are not for decision and do not need to be raised at
the Council meeting unless a Councillor requests it.</p>
<h2>Item 1. Cemeteries Master Plan: response to the Advisory Committee</h2>
<p>Councillors will recall the Cemeteries Advisory Committee's report on the exhibited master plan. Staff have
considered the Committee's advice and the revised plan will be reported to the June Ordinary Meeting. In summary:</p>
<h3>Registers and records</h3>
<p>The digitisation of the burial registers has been funded from the 2025/26 records budget. All registers back to
1861 were scanned in April, and the online search with a map of grave locations will be launched on Council's
website in July.</p>
<h3>Natural burial</h3>
<p>Staff support this. A natural burial area of about 0.8 hectares has been added to Stage 1 at Wattle Flat in the
revised plan, with native planting in place of headstones.</p>
<h3>Fees and memorialisation</h3>
<p>It is not proposed to hold fees at current levels. The draft Operational Plan, now on exhibition, includes the 4
per cent increase, which is needed to cover the cost of the Stage 1 works. The revised plan does include a
columbarium at Wattle Flat, but in two stages: 200 niches will be built in 2027/28, with a further 200 only if
demand continues to grow.</p>
<h3>Bellbird pioneer section</h3>
<p>The pioneer section will remain closed to new interments. Ground-penetrating radar in 2024 found unmarked graves
throughout the section, and staff consider that further burials there cannot be carried out safely.</p>
<h3>Heritage listing</h3>
<p>The Committee's suggestion of a State nomination has been referred to Council's heritage adviser, and a decision on whether to
nominate the section can be made once the Shire-wide heritage study is complete.</p>
<h2>Item 2. Library hours over the winter school holidays</h2>
<p>Burrawang and Tarlo libraries will open until 7pm on Tuesdays and Thursdays from 30 June to 11 July 2026 for the
holiday reading program. There is no additional cost.</p>
<h2>Contact</h2>
<p>For more information on any item, Councillors should contact the Executive Assistant to the General Manager on
02 4800 3311.</p>
"""


def render(body, suffix, header):
    d = f"/tmp/{NAME}_lo"
    os.makedirs(d, exist_ok=True)
    hp = os.path.join(d, f"{NAME}_{suffix}.html")
    open(hp, "w", encoding="utf-8").write(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{body}</body></html>")
    H.soffice_pdf(hp, d)
    pdf = H.out(f"{NAME}_{suffix}.pdf")
    shutil.copy(os.path.join(d, f"{NAME}_{suffix}.pdf"), pdf)
    H.stamp(pdf, header=header, footer="Page {n} of {N}", fontfile=R)


def main():
    render(ADVICE, "advice", "Burrawang Shire Council - Cemeteries Advisory Committee - CAC 2026/02")
    render(RESPONSE, "response", "Councillor Information Bulletin 2026/19 - not for decision")
    recs = [
        {"number": 1, "starts_with": "That Council establish a natural burial area at Wattle Flat Cemetery",
         "reply_contains": "A natural burial area of about 0.8 hectares has been added", "verdict": "agrees"},
        {"number": 2, "starts_with": "That Council reopen the pioneer section of Bellbird Cemetery",
         "reply_contains": "The pioneer section will remain closed to new interments", "verdict": "disagrees"},
        {"number": 3, "starts_with": "That Council hold interment and memorial fees at 2025/26 levels",
         "reply_contains": "It is not proposed to hold fees at current levels", "verdict": "disagrees"},
        {"number": 4, "starts_with": "That Council build a columbarium wall of at least 400 niches",
         "reply_contains": "200 niches will be built in 2027/28", "verdict": "partly"},
        {"number": 5, "starts_with": "That Council digitise all burial registers and publish them online",
         "reply_contains": "The digitisation of the burial registers has been funded", "verdict": "agrees"},
        {"number": 6, "starts_with": "That Council nominate the Bellbird pioneer section for listing",
         "reply_contains": "has been referred to Council's heritage adviser", "verdict": "noted"},
        {"number": 7, "starts_with": "That Council provide an annual budget of $45,000 for the repair",
         "reply_contains": None, "verdict": "unanswered"}]
    unmatched = ["Items are not for decision and do not need to be raised",
                 "will open until 7pm on Tuesdays and Thursdays",
                 "Councillors should contact the Executive Assistant to the General Manager"]
    notes = ("Advice: an Australian (NSW) shire's Cemeteries Advisory Committee report on a draft master plan; every "
             "paragraph decimally numbered, recommendations = paragraphs 6.1-6.7 after 'The Committee recommends:' (each "
             "'That Council ...'). Traps: terms of reference 'the Committee should meet quarterly', Cemeteries and "
             "Crematoria Act 2013 'must comply', the 2016 master plan quoted ('Council should acquire land'), capacity "
             "table, findings 4.1-4.4, 5.1 'fees should reflect the full cost', 7.1 next meeting. Response: an item in the "
             "General Manager's Councillor Information Bulletin with subheadings by subject, NO numbers, order 5, 1, 3+4, "
             "2, 6: registers digitised (5 agrees); natural burial added (1 agrees); ONE subsection 'Fees and "
             "memorialisation' = fees not held (3 disagrees) + 200 not 400 niches (4 partly); pioneer section stays "
             "closed (2 disagrees); State listing referred to the heritage adviser (6 noted); 7 (headstone budget) unanswered. Unmatched: bulletin preamble, Item 2 library hours, "
             "Contact.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
