"""Round 99 (EN): an Australian (New South Wales) city council's WASTE AND RECYCLING COMMUNITY REFERENCE GROUP
ADVICE PAPER on the draft Waste Strategy (two-column body; the seven recommendations are BOLD SENTENCES 'We recommend
that Council ...' inside ordinary paragraphs, no numbers) answered by a Director's MEMO TO COUNCILLORS under subject
headings (NO numbers, by paraphrase, one section for two). Chromium headless --print-to-pdf, A4, cleaned DejaVu via
@font-face, ligatures off, fresh --user-data-dir; header and 'Page N of M' stamped from page 2. All bodies, people,
places and figures invented; the Waste Avoidance and Resource Recovery Act 2001 is named as context only.
Run:  /tmp/blind99en/bin/python tests/docs/src/blind99/gen_en_fogo_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b99en as H

NAME = "blind99_en_fogo"
R = H.clean_font("DejaVuSans.ttf")
B = H.clean_font("DejaVuSans-Bold.ttf")
I = H.clean_font("DejaVuSans-Oblique.ttf")
CSS = f"""
@font-face {{ font-family: DV; src: url(file://{R}); }}
@font-face {{ font-family: DV; font-weight: bold; src: url(file://{B}); }}
@font-face {{ font-family: DV; font-style: italic; src: url(file://{I}); }}
@page {{ size: A4; margin: 20mm 18mm 20mm 18mm; }}
body {{ font-family: DV; font-size: 9.2pt; line-height: 1.45; font-variant-ligatures: none; color: #1b1b1b; }}
h1 {{ font-size: 15pt; color: #4a6b1f; margin: 2pt 0 3pt 0; }}
h2 {{ font-size: 10.2pt; color: #4a6b1f; margin: 8pt 0 3pt 0; break-after: avoid; }}
.small {{ font-size: 7.8pt; color: #555; }}
.lh {{ border-bottom: 3pt solid #4a6b1f; padding-bottom: 6pt; margin-bottom: 8pt; }}
.cols {{ column-count: 2; column-gap: 16pt; }}
.box {{ background: #eef3e4; border: 1pt solid #9bb36b; padding: 7pt; font-size: 8.2pt; margin: 0 0 8pt 0; break-inside: avoid; }}
p {{ margin: 0 0 6pt 0; text-align: left; }}
.q {{ font-style: italic; border-left: 2.5pt solid #4a6b1f; padding: 2pt 0 2pt 8pt; margin: 4pt 0; }}
.memo td {{ padding: 1pt 10pt 1pt 0; font-size: 9pt; vertical-align: top; }}
.memo {{ border-top: 1pt solid #4a6b1f; border-bottom: 1pt solid #4a6b1f; margin: 4pt 0 10pt 0; width: 100%; }}
"""

ADVICE = """
<div class="lh"><div class="small">BELLINGARA CITY COUNCIL | WASTE AND RECYCLING COMMUNITY REFERENCE GROUP</div>
<h1>Advice Paper: Draft Waste Strategy 2026-2035</h1>
<div class="small">Adopted by the Reference Group on 4 February 2026 | Convenor: Priya Ramanathan | For the Council meeting of 24 March 2026</div></div>
<div class="box"><b>About the Reference Group.</b> The Waste and Recycling Community Reference Group has eleven community
members and two councillors. It advises Council on waste services under its Charter (2023). This paper answers
Council's request of 9 December 2025 for community advice on the draft Waste Strategy placed on public exhibition
until 20 February 2026.</div>
<div class="cols">
<h2>Context</h2>
<p>Bellingara's households put 41,600 tonnes of waste in the red-lid bin last year, of which audits show 46 per cent
was food and garden material. The State's target is to halve organics sent to landfill by 2030, and under the Waste
Avoidance and Resource Recovery Act 2001 councils must provide a food and garden organics service to households by
that date. The draft strategy proposes to meet that requirement and to change the frequency of red-lid collections.</p>
<p>Our members come from every ward, and between them they have tried every service in the draft: four of us took
part in the 2024 FOGO trial in Kurrawang, and two of us live in apartment buildings where there is no green bin at
all.</p>
<h2>Food and garden organics</h2>
<p>The trial in Kurrawang reduced red-lid tonnages by 38 per cent and contamination stayed below 3 per cent. Residents
told us that a weekly green bin was the main reason they were willing to take part. <b>We recommend that Council
introduce a weekly food and garden organics collection for every house in the city by July 2027.</b> The service
should be explained before it starts, not after.</p>
<p>Trial households were given a kitchen caddy and a roll of liners, and many said they would not have started
without them. <b>We recommend that Council supply every household with a free kitchen caddy and a
year's supply of compostable liners.</b></p>
<p>Residents of apartments are not covered by the draft at all. <b>We recommend that Council
include apartment buildings of up to 30 units in the organics service from its first year.</b></p>
<h2>The red-lid bin</h2>
<p>The draft proposes moving red-lid collections from weekly to fortnightly once the organics service starts. Large
families and households using nappies or continence products told us this would not work for them, and the NSW
councils that made the change first all report a rise in dumping in the first year. <b>We recommend that Council keep
the red-lid general waste collection weekly for at least the first two years of the new service.</b></p>
<h2>Drop-off and information</h2>
<p>In its 2022 advice the Group said that 'Council should extend the opening hours of the Coorabin Road centre so that
people who work on weekdays can use it'. Saturday opening followed in 2023, and it is well used. <b>We recommend that
Council open the Coorabin Road resource recovery centre on Sunday afternoons as well.</b></p>
<p>Residents want to know whether their effort makes a difference. Contamination figures are reported to the State
every year but are not published locally. <b>We recommend that Council publish recycling and organics contamination
rates for each suburb every year.</b></p>
<h2>Beyond Council's own services</h2>
<p>A large part of the glass in the yellow-lid bin is wine and spirit bottles, which are outside the container deposit
scheme. Only the State can change that. <b>We recommend that Council ask the NSW Government to extend the container
deposit scheme to wine and spirit bottles.</b></p>
<p>We thank Council's waste education staff for their help, and we would welcome the opportunity to discuss this
paper with councillors before the strategy is adopted. A response should reach the Group in time for its meeting on
15 April 2026.</p>
<p class="small">Priya Ramanathan, Convenor, on behalf of the Waste and Recycling Community Reference Group</p>
</div>
"""

RESPONSE = """
<div class="lh"><div class="small">BELLINGARA CITY COUNCIL | CITY SERVICES DIRECTORATE</div>
<h1>Memo to Councillors</h1></div>
<table class="memo">
<tr><td><b>To</b></td><td>The Mayor and all Councillors</td></tr>
<tr><td><b>From</b></td><td>Daniel Kerrigan, Director City Services</td></tr>
<tr><td><b>Date</b></td><td>17 March 2026</td></tr>
<tr><td><b>Subject</b></td><td>Community Reference Group advice on the draft Waste Strategy 2026-2035</td></tr>
</table>
<p>Councillors will recall that the Waste and Recycling Community Reference Group provided an advice paper on the draft
Waste Strategy in February. This memo sets out staff's position on that advice ahead of the Council meeting on
24 March, where the final strategy will be presented for adoption.</p>
<h2>Coorabin Road opening hours</h2>
<p>Sunday opening from 12 noon to 4 pm began on 1 March 2026 on a twelve-month basis, funded within the existing
budget, and early visitor numbers are encouraging.</p>
<h2>Kitchen caddies and liners</h2>
<p>The final strategy includes a caddy and a twelve-month supply of compostable liners for every household at the
start of the service, at a cost of about $690,000, which will be met from the Domestic Waste Management charge.</p>
<h2>Organics service and red-lid frequency</h2>
<p>Staff agree that an organics service should start in July 2027 for all houses, but propose that green bins be
collected fortnightly, alternating with the red-lid bin, as the weekly option would require four additional trucks.
The recommended strategy retains the change to fortnightly red-lid collections from July 2027; keeping both
collections weekly would add about $48 a year to every household's waste charge. Households with medical needs will
be able to apply for an additional red-lid bin at no cost.</p>
<h2>Container deposits</h2>
<p>The Group's suggestion regarding wine and spirit bottles is acknowledged. It will be referred to the regional waste
alliance, which is preparing a joint submission to the State's review of the scheme; Council has not formed a view of
its own.</p>
<h2>Reporting to residents</h2>
<p>Contamination results by suburb will be published each year in the Waste Services annual report, starting with the
2026-27 report, and staff will present the first results to the Reference Group.</p>
<h2>Landfill levy</h2>
<p>The State waste levy rises by 6.5 per cent on 1 July 2026. This has been allowed for in the draft Operational Plan
and does not affect the options set out in the strategy.</p>
<p>Please contact me if you would like a briefing before the Council meeting. A copy of this memo will be provided to
the Reference Group's Convenor.</p>
<p class="small">Daniel Kerrigan, Director City Services</p>
"""


def page(body):
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{body}</body></html>"


def render(html, pdf, header):
    d = f"/tmp/{NAME}_html"
    os.makedirs(d, exist_ok=True)
    hp = os.path.join(d, os.path.basename(pdf).replace(".pdf", ".html"))
    with open(hp, "w", encoding="utf-8") as fh:
        fh.write(page(html))
    H.chromium_pdf(hp, pdf)
    H.stamp(pdf, header=header, footer="Page {n} of {N}", skip_first=True, fontfile=R)


def main():
    render(ADVICE, H.out(NAME + "_advice.pdf"), "Bellingara City Council | Waste and Recycling CRG | Advice Paper, February 2026")
    render(RESPONSE, H.out(NAME + "_response.pdf"), "Bellingara City Council | Memo to Councillors | 17 March 2026")
    recs = [
        {"number": 1, "starts_with": "We recommend that Council introduce a weekly food and garden organics",
         "reply_contains": "propose that green bins be collected fortnightly, alternating with the red-lid bin",
         "verdict": "partly"},
        {"number": 2, "starts_with": "We recommend that Council supply every household with a free kitchen caddy",
         "reply_contains": "The final strategy includes a caddy and a twelve-month supply",
         "verdict": "agrees"},
        {"number": 3, "starts_with": "We recommend that Council include apartment buildings of up to 30 units",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 4, "starts_with": "We recommend that Council keep the red-lid general waste collection weekly",
         "reply_contains": "retains the change to fortnightly red-lid collections from July 2027",
         "verdict": "disagrees"},
        {"number": 5, "starts_with": "We recommend that Council open the Coorabin Road resource recovery centre",
         "reply_contains": "Sunday opening from 12 noon to 4 pm began", "verdict": "agrees"},
        {"number": 6, "starts_with": "We recommend that Council publish recycling and organics contamination rates",
         "reply_contains": "Contamination results by suburb will be published each year", "verdict": "agrees"},
        {"number": 7, "starts_with": "We recommend that Council ask the NSW Government to extend",
         "reply_contains": "It will be referred to the regional waste alliance", "verdict": "noted"}]
    unmatched = ["This memo sets out staff's position on that advice",
                 "The State waste levy rises by 6.5 per cent",
                 "Please contact me if you would like a briefing"]
    notes = ("Advice: an Australian (NSW) city council's Waste and Recycling Community Reference Group ADVICE PAPER in two "
             "columns with an 'About the Reference Group' box; the seven recommendations are BOLD SENTENCES 'We recommend "
             "that Council ...' inside ordinary paragraphs, no numbers. Traps: the WARR Act 2001 'councils must provide "
             "a food and garden organics service', 'The service should be explained before it starts', the 2022 advice "
             "quoted ('Council should extend the opening hours'), 'A response should reach the Group', trial figures. "
             "Response: a MEMO TO COUNCILLORS under subject headings, NO numbers, order 5, 2, 1+4, 7, 6: Sunday opening "
             "already began (5 agrees); caddies and liners in the strategy (2 agrees); ONE section 'Organics service and "
             "red-lid frequency' = organics from July 2027 but fortnightly (1 partly) + red-lid goes fortnightly anyway "
             "(4 disagrees); referred to the regional alliance, no view (7 noted); contamination by suburb published "
             "(6 agrees); 3 (apartments) unanswered. Unmatched: the introduction, 'Landfill levy', the closing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
