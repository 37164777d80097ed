"""Round 109 (EN): an Australian city's HOMELESSNESS ADVISORY COMMITTEE review of its WINTER COLD WEATHER RESPONSE
(overnight shelter, alerts, outreach), seven recommendations as BOLD SENTENCES inside the findings paragraphs (no
numbers or labels), answered by the officers' IMPLEMENTATION ACTION PLAN, a table 'Theme / What we will do / Status
/ By when' replying by subject (no numbers). Chromium headless --print-to-pdf, A4, cleaned DejaVu via @font-face,
ligatures off, fresh --user-data-dir; navy band with an orange rule, floated 'What we heard' sidebar; header and
'Page N of M' stamped from page 2. All bodies, people, places and figures invented; the Public Health and Wellbeing
Act 2008 (Vic) is named as context only (what is said of it here is not to be relied on).
Run:  /tmp/blind109en/bin/python tests/docs/src/blind109/gen_en_cold_weather_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b109en as H

NAME = "blind109_en_cold_weather"
CSS = """
@font-face { font-family: DV; src: url('file://%s'); }
@font-face { font-family: DV; font-weight: bold; src: url('file://%s'); }
@page { size: A4; margin: 20mm 19mm 20mm 19mm; }
body { font-family: DV; font-size: 9.6pt; line-height: 1.42; font-variant-ligatures: none;
       font-feature-settings: "liga" 0, "clig" 0; color: #1d1d1d; }
.band { background: #1b2f5b; color: #fff; padding: 10px 14px; border-bottom: 5px solid #e07a1f; }
.band .org { font-size: 15pt; font-weight: bold; }
.band .sub { font-size: 8.6pt; }
h1 { font-size: 15.5pt; margin: 14px 0 4px 0; color: #1b2f5b; }
h2 { font-size: 11.2pt; margin: 14px 0 6px 0; color: #1b2f5b; border-bottom: 1px solid #e07a1f; break-after: avoid; }
p { margin: 0 0 8px 0; }
.side { float: right; width: 34%%; margin: 0 0 10px 14px; background: #fdf1e6; border-left: 4px solid #e07a1f;
        padding: 8px 10px; font-size: 8.6pt; }
.side p { margin: 0 0 5px 0; }
.meta { font-size: 8.6pt; color: #444; }
table.t { border-collapse: collapse; width: 100%%; font-size: 9pt; }
table.t th { background: #1b2f5b; color: #fff; text-align: left; padding: 4px 6px; }
table.t td { border: 1px solid #aab4c8; padding: 5px 6px; vertical-align: top; }
"""


def page(body):
    css = CSS % (H.clean_font("DejaVuSans.ttf"), H.clean_font("DejaVuSans-Bold.ttf"))
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>"


def advice():
    return page("""
<div class="band"><div class="org">City of Kurrajong Heights</div>
<div class="sub">Homelessness Advisory Committee &middot; Winter Cold Weather Response Review &middot; 23 February 2026</div></div>
<h1>Warm, Safe, Open: Review of the 2025 Cold Weather Response</h1>
<p class="meta">A report of the Homelessness Advisory Committee to Council. Chair: Ms Leanne Goodwin. Members: Cr Daniel Tran, Mr Peter Kostas (Kurrajong Community Kitchen), Aunty Joy Marshall (community Elder), Sgt Belinda Hayes (Victoria Police, observer), Ms Ruth Abernethy (Northside Housing Partnership). Secretariat: Community Wellbeing Unit.</p>
<div class="side"><p><b>What we heard</b></p>
<p>42 people with lived experience of sleeping rough were interviewed in September and October 2025.</p>
<p>31 said they had not used the shelter on at least one freezing night because of the opening hours.</p>
<p>18 said they stayed away because they could not bring their dog.</p>
<p>&ldquo;You have to be out by seven, in the dark, in the cold. Where do you go?&rdquo;</p>
<p>Service providers: 11 organisations took part in two workshops.</p></div>
<h2>1. Why we did this review</h2>
<p>Council asked the Committee at its meeting of 26 August 2025 (Item 7.3) to review the City's response to the winter of 2025, the coldest in the region for fourteen years, during which two people who were sleeping rough were taken to hospital with hypothermia.</p>
<p>The Homelessness Strategy 2022-2026 commits the City to the principle that &ldquo;no one should have to sleep rough in Kurrajong Heights on a freezing night&rdquo;. Under the Public Health and Wellbeing Act 2008 every council must also prepare a municipal public health and wellbeing plan, and the current plan lists cold weather as a key risk.</p>
<h2>2. When the response is activated</h2>
<p>The cold weather response is activated when the Bureau of Meteorology forecasts an overnight minimum of 0 degrees or below. In 2025 that happened on 23 nights, but on a further 31 nights the minimum was between 1 and 3 degrees, and outreach workers reported people in clear distress. <b>Council should activate the cold weather response whenever the forecast overnight minimum is 3 degrees or below.</b></p>
<p>Outreach workers and services often learned of an activation late in the afternoon, by email, after their clients had left for the day. <b>Set up a text message alert to outreach workers and service providers by midday on every activation day.</b></p>
<h2>3. The overnight shelter</h2>
<p>The Hardy Street shelter has 24 beds and opens from 9 pm to 7 am. Average occupancy was 15 on activation nights. Providers told us that people should be able to come in earlier, when the temperature first drops, and that a 7 am exit leaves them outside at the coldest hour. <b>Extend the opening hours of the Hardy Street shelter on activation nights to 6 pm until 9 am.</b></p>
<p>The shelter does not accept animals or shopping trolleys. For many people a dog is their only companion and their belongings are all they own. <b>Allow people to bring their pets and their belongings into the shelter, with a secure area for each.</b></p>
<p>The northern suburbs of Greenvale and Mickleham Rise are more than an hour's walk from Hardy Street, and outreach workers found people sleeping in parks there on most activation nights. <b>Open and fund a second overnight shelter in the northern suburbs from the 2026 winter, at Council's own cost if necessary.</b></p>
<h2>4. Funding and information</h2>
<p>The response cost $212,000 in 2025, of which the State contributed $40,000 through a one-off grant. Homelessness services are a State responsibility, and the Committee believes the State Government should share the cost on a continuing basis. <b>Seek recurrent funding from the State Government for the cold weather response, through the Department of Families, Fairness and Housing.</b></p>
<p>Very little is known about who uses the shelter and who does not. Records are kept on paper and are not analysed. <b>Publish a short report on the use of the cold weather response after each winter, including numbers of people sheltered and turned away.</b></p>
<h2>5. Conclusion</h2>
<p>The Committee thanks the staff and volunteers who kept the shelter open through a very hard winter. The response works, but it starts too late and closes too early, and it does not reach everyone who needs it. We ask Council to consider the proposals above before the 2026 winter begins on 1 June. We do not suggest that the City should take over the running of the shelter from its current operator, Hearth Community Services.</p>
<p class="meta">Leanne Goodwin, Chair, on behalf of the Homelessness Advisory Committee</p>
""")


def response():
    return page("""
<div class="band"><div class="org">City of Kurrajong Heights</div>
<div class="sub">Community Wellbeing &middot; Cold Weather Response Implementation Plan 2026 &middot; Council Meeting 28 April 2026, Item 9.2</div></div>
<h1>Cold Weather Response: Implementation Plan 2026</h1>
<h2>Purpose</h2>
<p>This plan sets out how officers will act on the Homelessness Advisory Committee's review, Warm, Safe, Open, ahead of the 2026 winter. Officers thank the Committee and the people with lived experience who shared their stories.</p>
<h2>Actions</h2>
<table class="t"><tr><th style="width:19%%">Theme</th><th>What we will do</th><th style="width:13%%">Status</th><th style="width:13%%">By when</th></tr>
<tr><td>Alerts to services</td><td>A text message alert will go to all registered outreach workers and services before 12 noon on each activation day. The service was tested with eleven agencies in March.</td><td>Done</td><td>April 2026</td></tr>
<tr><td>When the response starts</td><td>The activation trigger has been changed to a forecast minimum of 3 degrees or below, and the Chief Executive Officer approved the change under delegation on 2 April 2026.</td><td>Done</td><td>2 April 2026</td></tr>
<tr><td>Shelter hours and a second shelter</td><td>Hearth Community Services has agreed to open the Hardy Street shelter from 7 pm to 8 am on activation nights; a 6 pm opening is not possible with the current staffing. Officers do not recommend that Council open or fund a second shelter in the north this year, as this lies outside Council's role and budget, but will keep the need under review.</td><td>Agreed</td><td>1 June 2026</td></tr>
<tr><td>Pets and belongings</td><td>Four outdoor kennels and lockable storage cages will be installed in the Hardy Street courtyard so guests can bring dogs and belongings with them.</td><td>In progress</td><td>31 May 2026</td></tr>
<tr><td>State funding</td><td>Officers will consider including the request for ongoing State funding in Council's advocacy priorities, which are due for review in the second half of the year.</td><td>Under consideration</td><td>-</td></tr>
</table>
<h2>Community Grants Program 2026</h2>
<p>Separately, Council is advised that the Community Grants Program 2026 closed on 13 March with 87 applications. Recommendations for funding will be presented to the May Council meeting.</p>
<h2>Officer declaration</h2>
<p>No officer involved in the preparation of this report has declared a conflict of interest. For enquiries, contact Marcus Liddell, Manager Community Wellbeing, on 03 9405 7712.</p>
""")


def main():
    tmp = "/tmp/blind109en_chrome_out"
    os.makedirs(tmp, exist_ok=True)
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html.replace("%%", "%"))
        H.chromium_pdf(src, H.out(f"{NAME}_{kind}.pdf"))
    F = H.clean_font("DejaVuSans.ttf")
    H.stamp(H.out(NAME + "_advice.pdf"), header="City of Kurrajong Heights - Homelessness Advisory Committee - Warm, Safe, Open",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    H.stamp(H.out(NAME + "_response.pdf"), header="City of Kurrajong Heights - Cold Weather Response Implementation Plan 2026",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    recs = [
        {"number": 1, "starts_with": "Council should activate the cold weather response whenever the forecast",
         "reply_contains": "The activation trigger has been changed to a forecast minimum", "verdict": "agrees"},
        {"number": 2, "starts_with": "Extend the opening hours of the Hardy Street shelter on",
         "reply_contains": "a 6 pm opening is not possible with the current staffing", "verdict": "partly"},
        {"number": 3, "starts_with": "Allow people to bring their pets and their belongings into",
         "reply_contains": "Four outdoor kennels and lockable storage cages will be installed", "verdict": "agrees"},
        {"number": 4, "starts_with": "Open and fund a second overnight shelter in the northern",
         "reply_contains": "this lies outside Council's role and budget", "verdict": "disagrees"},
        {"number": 5, "starts_with": "Set up a text message alert to outreach workers and",
         "reply_contains": "The service was tested with eleven agencies in March", "verdict": "agrees"},
        {"number": 6, "starts_with": "Seek recurrent funding from the State Government for the cold",
         "reply_contains": "Officers will consider including the request for ongoing State funding", "verdict": "noted"},
        {"number": 7, "starts_with": "Publish a short report on the use of the cold",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["sets out how officers will act on the Homelessness Advisory Committee's review",
                 "Community Grants Program 2026 closed on 13 March with 87 applications",
                 "No officer involved in the preparation of this report has declared"]
    notes = ("Advice: Australian city Homelessness Advisory Committee review of the 2025 winter cold weather response; recs "
             "are BOLD SENTENCES closing findings paragraphs, no numbers or labels (numbers 1-7 = order in the text); traps: "
             "Item 7.3, Homelessness Strategy quoted ('no one should have to sleep rough'), Public Health and Wellbeing Act "
             "2008 'every council must also prepare', floated 'What we heard' sidebar with figures and a quotation, "
             "'people should be able to come in earlier', 'the State Government should share the cost', conclusion 'We do "
             "not suggest that the City should take over'. Response: IMPLEMENTATION ACTION PLAN table 'Theme / What we will "
             "do / Status / By when' by subject, NO numbers, order 5, 1, 2+4, 3, 6: text alerts done (5 agrees); trigger "
             "changed under delegation (1 agrees); ONE row 'Shelter hours and a second shelter' = 7 pm to 8 am instead of "
             "6 pm to 9 am (2 partly) + no second shelter (4 disagrees); kennels and storage cages (3 agrees); State "
             "funding to be considered for advocacy priorities (6 noted); 7 (annual usage report) unanswered; Purpose, "
             "Community Grants Program, officer declaration (nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
