"""Round 91 (EN): a Scottish council's VISITOR LEVY FORUM'S FORMAL ADVICE ON THE DRAFT VISITOR LEVY SCHEME
(recommendations as UNNUMBERED BULLETS under 'The Forum advises the Council to:' in a two-column body) answered by the
Director of Finance's REPORT TO THE POLICY AND RESOURCES COMMITTEE with an 'Advice | Council response' TABLE that replies
by paraphrase, without numbers. Chromium headless --print-to-pdf, A4, cleaned DejaVu via @font-face, ligatures off,
fresh --user-data-dir; running header stamped from page 2 and 'Page N of M'. Bodies, people and figures invented.
Run:  /tmp/blind91en/bin/python tests/docs/src/blind91/gen_en_visitor_levy_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b91en as H

NAME = "blind91_en_visitor_levy"
F = {k: H.clean_font(v) for k, v in (("r", "DejaVuSans.ttf"), ("b", "DejaVuSans-Bold.ttf"), ("i", "DejaVuSans-Oblique.ttf"))}
CSS = """<style>
@font-face { font-family: DV; src: url('file://%(r)s'); }
@font-face { font-family: DV; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: DV; font-style: italic; src: url('file://%(i)s'); }
@page { size: A4; margin: 20mm 18mm 20mm 18mm; }
body { font-family: DV; font-size: 9.6pt; line-height: 1.45; color: #1b1b1b; font-variant-ligatures: none; }
.mast { background: #24435e; color: white; padding: 10px 14px; margin-bottom: 10px; }
.mast .k { font-size: 8pt; letter-spacing: 1px; } .mast h1 { font-size: 16pt; margin: 4px 0 2px 0; }
.cols { column-count: 2; column-gap: 8mm; }
h2 { font-size: 10.5pt; color: #24435e; margin: 10px 0 4px 0; break-after: avoid; }
p { margin: 0 0 6px 0; text-align: left; }
ul.adv { margin: 4px 0 8px 0; padding-left: 14px; } ul.adv li { margin-bottom: 5px; }
.pull { border-left: 3px solid #24435e; padding-left: 8px; font-style: italic; }
table { border-collapse: collapse; width: 100%%; } th, td { border: 0.6pt solid #8aa0b3; padding: 4px 6px; vertical-align: top; font-size: 8.8pt; }
th { background: #dfe8f0; text-align: left; } .meta { font-size: 8.3pt; color: #444; }
</style>""" % F

ADV = f"""<html><head><meta charset='utf-8'>{CSS}</head><body>
<div class='mast'><div class='k'>STRATHMORVEN VISITOR LEVY FORUM</div>
<h1>Formal Advice on the Draft Strathmorven Visitor Levy Scheme</h1>
<div>Submitted to Strathmorven Council under its consultation of 9 February 2026 &middot; 30 March 2026</div></div>
<div class='cols'>
<h2>About the Forum</h2>
<p>The Visitor Levy (Scotland) Act 2024 requires a local authority that introduces a visitor levy to establish a visitor
levy forum and to consult it about the scheme. Strathmorven Council set up this Forum in November 2025. It has fourteen
members: six accommodation providers, three tourism businesses, three community council nominees, a representative of
the national tourism agency and an elected member, who does not vote.</p>
<p>The Forum met five times between December 2025 and March 2026 and held two drop-in sessions for small providers in
Kinlochard and Port Ellen Bay. This document is the Forum's formal advice on the draft scheme published for
consultation on 9 February 2026.</p>
<h2>What we heard</h2>
<p>Most providers accept that a levy will be introduced and want it to be simple to run. Around 70 per cent of the
1,240 bed spaces in the council area are in businesses with fewer than ten rooms, most of which use an online booking
platform that cannot yet calculate a percentage charge.</p>
<p class='pull'>The Council's own tourism strategy of 2022 stated that \u201cany future visitor charge should be spent
where visitors are and seen to be spent there\u201d. The Forum agrees.</p>
<p>Community councils told us that visitors should contribute to the public toilets, car parks and paths they use, and
that residents must be able to see how the money is spent. Several providers said the Council should not use the levy
to replace existing budgets.</p>
<h2>The draft scheme</h2>
<p>The draft scheme proposes a rate of 5 per cent of the accommodation charge from 1 April 2027, monthly returns,
exemptions only where the Act requires them, and a general statement that proceeds will support the visitor economy.
Section 4 of the draft scheme lists possible uses but sets no shares. The Act requires the scheme to be introduced at
least eighteen months after it is made, and paragraph 6.2 of the draft says the Council will review it after three years.</p>
<h2>Small providers</h2>
<p>At the drop-in sessions providers raised three practical concerns. First, bookings taken before the scheme is made
but for stays after it starts will need to be re-priced, which many platforms cannot do automatically. Second, a
monthly return is a heavy burden for a business with two or three rooms that is open for only part of the year. Third,
several guest houses take a large share of their bookings from patients and families visiting the Royal Strathmorven
Infirmary, who they felt should not pay a tourism charge.</p>
<table>
<tr><th>Type of provider</th><th>Businesses</th><th>Bed spaces</th></tr>
<tr><td>Hotels (10+ rooms)</td><td>18</td><td>372</td></tr>
<tr><td>Guest houses and B&amp;Bs</td><td>64</td><td>401</td></tr>
<tr><td>Self-catering</td><td>121</td><td>296</td></tr>
<tr><td>Campsites and hostels</td><td>9</td><td>171</td></tr>
</table>
<p class='meta'>Table 1: Registered accommodation in Strathmorven, January 2026 (campsites counted by pitch)</p>
<h2>Other schemes</h2>
<p>The Forum looked at the schemes adopted or proposed by three other Scottish councils. Rates range from 4 to 5 per
cent; two of the three have capped the charge at a number of nights, and one publishes an annual spending statement
reviewed by its forum. None yet applies a flat charge to campsites, because the Act provides only for a percentage of
the accommodation charge. Members noted that a levy on a touring pitch of &pound;18 a night would raise very little
and cost almost as much to collect.</p>
<p>We also note that the Council is consulting separately on car parking charges at Loch Ardvane and the Falls of
Corrie. Those proposals are outside the Forum's remit and we express no view on them here.</p>
<h2>Our advice</h2>
<p>Having considered the draft scheme and the evidence above, the Forum advises the Council to:</p>
<ul class='adv'>
<li>exempt overnight stays by people attending hospital or receiving medical treatment in Strathmorven, and by their
carers;</li>
<li>set the rate at 4 per cent rather than the 5 per cent proposed in the draft scheme, at least for the first three
years;</li>
<li>provide accommodation providers with a single online portal for returns and payment, with quarterly rather than
monthly returns;</li>
<li>commit at least a quarter of net proceeds to public toilets, car parks and path maintenance at the places visitors
use most;</li>
<li>publish an annual statement of levy income and spending, audited and presented to the Forum each autumn;</li>
<li>cap the levy at seven consecutive nights in any one stay, so that longer working and family visits are not
penalised; and</li>
<li>ask the Scottish Government to allow a flat charge per pitch per night for campsites and motorhome stopovers
instead of a percentage.</li>
</ul>
<h2>Closing remarks</h2>
<p>The Forum is grateful to council officers for their support. We recognise that the decisions are the Council's. Our
members would welcome the chance to comment on the final scheme before it is made, and we will discuss the Council's
response at our meeting in June 2026.</p>
<p class='meta'>Morag Inglis, Chair, Strathmorven Visitor Levy Forum</p>
</div></body></html>"""

RSP = f"""<html><head><meta charset='utf-8'>{CSS}</head><body>
<div class='mast'><div class='k'>STRATHMORVEN COUNCIL &middot; POLICY AND RESOURCES COMMITTEE &middot; 19 MAY 2026</div>
<h1>Visitor Levy Scheme: Consultation Outcome and Response to the Visitor Levy Forum</h1>
<div>Report by the Director of Finance &middot; Agenda item 7 &middot; Report No. PR/26/052</div></div>
<h2>1. Purpose of report</h2>
<p>1.1 This report informs the Committee of the outcome of the public consultation on the draft visitor levy scheme and
sets out officers' proposed response to the formal advice submitted by the Visitor Levy Forum on 30 March 2026.</p>
<h2>2. Consultation responses</h2>
<p>2.1 The consultation ran from 9 February to 6 April 2026 and received 612 responses, of which 301 came from
residents, 187 from businesses and the remainder from visitors and organisations. A full analysis is in Appendix 1,
available in the Members' Library.</p>
<h2>3. Response to the Forum's advice</h2>
<p>3.1 Officers have considered each point of the Forum's advice. The proposed response is set out in the table below.</p>
<table>
<tr><th style='width:27%%'>Forum advice</th><th>Proposed Council response</th></tr>
<tr><td>Online returns and payment</td><td>Agreed. The Council will use the national online portal being procured with
other councils, and providers will submit returns each quarter.</td></tr>
<tr><td>Use of proceeds and reporting</td><td>The Council cannot commit a fixed share to particular assets before the
first year's income is known, but the scheme will list toilets, car parks and paths as priorities for spending. An
audited annual statement will be published each September and presented to the Forum.</td></tr>
<tr><td>Rate</td><td>Not accepted. A 5 per cent rate remains necessary to fund the investment plan; a lower rate would
reduce income by an estimated &pound;0.9 million a year.</td></tr>
<tr><td>Campsites and motorhomes</td><td>This is a matter for the Scottish Government. Officers will pass the Forum's
view to the Scottish Government through COSLA and keep the position under review.</td></tr>
<tr><td>Medical stays</td><td>Agreed. The final scheme will exempt stays for hospital treatment and by patients'
carers, on production of an appointment letter.</td></tr>
</table>
<h2>4. Financial implications</h2>
<p>4.1 Net income in the first full year is estimated at &pound;3.4 million after collection costs of
&pound;0.3 million. Start-up costs of &pound;180,000 will be met from the Transformation Fund.</p>
<h2>5. Recommendations</h2>
<p>5.1 The Committee is asked to note the consultation outcome and approve the amended draft scheme for making at
the Council meeting on 25 June 2026.</p>
<p class='meta'>Author: Fraser Muir, Revenues Manager &middot; Director of Finance: Alison Keddie</p>
</body></html>"""

work = tempfile.mkdtemp(prefix="blind91en_chr_")
try:
    for kind, html in (("advice", ADV), ("response", RSP)):
        hp = os.path.join(work, f"{NAME}_{kind}.html")
        open(hp, "w", encoding="utf-8").write(html)
        pdf = H.out(f"{NAME}_{kind}.pdf")
        H.chromium_pdf(hp, pdf)
        if kind == "advice":
            H.stamp(pdf, header="Strathmorven Visitor Levy Forum  |  Formal Advice on the Draft Scheme  |  30 March 2026",
                    footer="Page {n} of {N}", fontfile=F["r"], skip_first=True)
        else:
            H.stamp(pdf, header="Policy and Resources Committee  |  19 May 2026  |  Report No. PR/26/052",
                    footer="Page {n} of {N}", fontfile=F["r"], skip_first=True)
finally:
    shutil.rmtree(work, ignore_errors=True)

EXP = [
    dict(number=1, starts_with="exempt overnight stays by people attending hospital or receiving medical treatment",
         reply_contains="The final scheme will exempt stays for hospital treatment", verdict="agrees"),
    dict(number=2, starts_with="set the rate at 4 per cent rather than the 5", 
         reply_contains="A 5 per cent rate remains necessary to fund the investment plan", verdict="disagrees"),
    dict(number=3, starts_with="provide accommodation providers with a single online portal for returns and payment",
         reply_contains="will use the national online portal being procured with other councils", verdict="agrees"),
    dict(number=4, starts_with="commit at least a quarter of net proceeds to public toilets",
         reply_contains="cannot commit a fixed share to particular assets", verdict="partly"),
    dict(number=5, starts_with="publish an annual statement of levy income and spending, audited",
         reply_contains="An audited annual statement will be published each September", verdict="agrees"),
    dict(number=6, starts_with="cap the levy at seven consecutive nights in any one stay",
         reply_contains=None, verdict="unanswered"),
    dict(number=7, starts_with="ask the Scottish Government to allow a flat charge per pitch",
         reply_contains="will pass the Forum's view to the Scottish Government through COSLA", verdict="noted"),
]
UNMATCHED = ["informs the Committee of the outcome of the public consultation",
             "received 612 responses, of which 301 came from residents",
             "approve the amended draft scheme for making at the Council meeting"]
NOTES = ("Advice: Scottish council Visitor Levy Forum's formal advice on the draft visitor levy scheme (Visitor Levy "
         "(Scotland) Act 2024), Chromium, A4, two-column body under a masthead; recommendations are UNNUMBERED BULLETS "
         "(lower-case, ending ';') under 'the Forum advises the Council to:' (numbers 1-7 by order). Traps: the Act "
         "'requires ... to establish a visitor levy forum', the 2022 tourism strategy's 'any future visitor charge should "
         "be spent' quoted, 'visitors should contribute ... residents must be able to see', 'the Council should not use "
         "the levy to replace', draft scheme section 4 and paragraph 6.2, eighteen months, 5 per cent from 1 April 2027. "
         "Response: Director of Finance's committee report with a two-column 'Forum advice | Proposed Council response' "
         "TABLE by subject, no numbers, order 3, 4+5, 2, 7, 1. ONE row 'Use of proceeds and reporting' = no fixed share "
         "but priorities listed (4 partly) + audited statement each September (5 agrees). Rate not accepted (2 "
         "disagrees); campsite charge a matter for the Scottish Government, passed on via COSLA (7 noted). 6 (seven-night "
         "cap) unanswered. Purpose 1.1, consultation responses 2.1, recommendations to committee 5.1 (nothing); financial "
         "implications 4.1 also answers nothing.")

if __name__ == "__main__":
    H.write_expected(NAME, EXP, UNMATCHED, NOTES)
    sys.exit(H.main([NAME]))
