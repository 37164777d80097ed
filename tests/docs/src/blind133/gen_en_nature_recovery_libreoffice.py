"""Round 133 (EN): an English LOCAL NATURE PARTNERSHIP's CONSULTATION RESPONSE to a county council's draft LOCAL
NATURE RECOVERY STRATEGY, answered by the council's CABINET REPORT on the consultation outcome.
The advice: seven UNNUMBERED 'We recommend that ...' sentences ('We also recommend ...', 'Finally, we recommend ...')
inside ordinary paragraphs under five headings, most of them in the middle of a paragraph. Traps: the Environment
Act 2021 paraphrased ('must prepare'), the council's consultation questions Q1-Q4, the findings of a members' survey as
a numbered list, the Partnership's 2023 letter quoted ('should appoint'), national guidance quoted ('should focus'),
a negated 'We do not recommend ...', a closing that singles out two of the recommendations by subject.
The response: a cabinet report: purpose, 'Recommendations to Cabinet' (a)-(c) (the report's own, answering nothing),
consultation figures (nothing), a table 'Point raised by the Partnership / Officer response / Change to strategy'
without numbers, rows in another order (funding; peat; open data and annual report in one row; farmers; species), a
financial implications section with figures (nothing); the recommendation to the district councils has no row.
LibreOffice Writer headless from HTML, A4, Liberation Sans (advice) and Liberation Serif (report); header and
'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented; the Environment
Act 2021 is named as context only (what is said of it is paraphrased and not to be relied on).
Run:  /tmp/blind133en/bin/python tests/docs/src/blind133/gen_en_nature_recovery_libreoffice.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b133en as H

NAME = "blind133_en_nature_recovery"
STYLE = """<style>
@page { size: 21cm 29.7cm; margin: 2.1cm 2.3cm 2.2cm 2.3cm; }
body { font-family: '%(f)s'; font-size: %(s)s; }
h1 { font-family: '%(f)s'; font-size: 16pt; margin-top: 0.1cm; margin-bottom: 0.15cm; color: %(c)s; }
h2 { font-family: '%(f)s'; font-size: 12pt; margin-top: 0.35cm; margin-bottom: 0.12cm; color: %(c)s; }
p { margin-top: 0; margin-bottom: 0.22cm; line-height: 128%%; }
p.meta { color: #555555; font-size: 9pt; }
td { font-family: '%(f)s'; font-size: %(t)s; vertical-align: top; }
th { font-family: '%(f)s'; font-size: %(t)s; text-align: left; background: #dfe9dc; }
li { margin-bottom: 0.06cm; }
</style>"""


def doc(body, font, colour, size, tsize):
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
            f"{STYLE % {'f': font, 's': size, 'c': colour, 't': tsize}}</head><body>{body}</body></html>")


def advice():
    body = """
<p class='meta'>BRACKENSHIRE LOCAL NATURE PARTNERSHIP &#183; Board response &#183; Ref. BLNP/25/031</p>
<h1>Response to the draft Brackenshire Local Nature Recovery Strategy</h1>
<p class='meta'>To: Nature Recovery Team, Brackenshire County Council, Shire Hall, Wendlebury &#183; From: Councillor
(retd) Margaret Oduya-Finch, Chair of the Partnership Board &#183; 26 August 2025</p>

<h2>1. Who we are and how we prepared this response</h2>
<p>The Brackenshire Local Nature Partnership brings together 46 organisations, among them farmers' groups, wildlife
trusts, water companies, the two national park authorities and the district councils. Under the Environment Act 2021
the responsible authority must prepare and publish a local nature recovery strategy for its area and must review and
republish it from time to time; the County Council is the responsible authority for Brackenshire. The Partnership
has no formal role in approving the strategy, but the council asked us to comment on its consultation draft of
June 2025.</p>
<p>The consultation asked four questions, which we have used to organise our thinking:</p>
<p>Q1. Does the statement of biodiversity priorities reflect what matters most in Brackenshire?<br/>
Q2. Is the local habitat map accurate and usable?<br/>
Q3. Will the strategy help land managers to take action?<br/>
Q4. How should progress be measured?</p>
<p>Before drafting this response we surveyed our member organisations. Of the 39 that replied:</p>
<ol>
<li>31 said the draft map was the most useful part of the strategy;</li>
<li>24 said the list of priority species was too long to act on;</li>
<li>18 said they did not know how the strategy would be paid for;</li>
<li>9 said they had been able to check the map against their own records.</li>
</ol>

<h2>2. The habitat map</h2>
<p>The map is a real achievement and members were impressed by the detail in the river corridors. Its value will
depend on whether people outside the council can use it in their own systems. We recommend that the council publish
the habitat opportunity map as open data, at field scale, at the same time as the final strategy, so that land
managers and planners can combine it with their own information.</p>
<p>We do not recommend any change to the boundaries of the lowland heath and chalk stream areas, which members found
well judged. The peat soils are another matter. The Wendle valley holds most of the county's lowland peat, which is
drying and losing carbon at a rate that the uplands do not share. We recommend that the strategy name the Wendle
valley peat soils as a priority area in their own right, rather than as part of the wider Uplands area, with
measures suited to wet farming on lowland peat.</p>

<h2>3. Working with land managers</h2>
<p>In our letter of March 2023, at the start of this work, we said that the council "should appoint a dedicated
officer for the strategy". We are glad that it did, and the officer's visits to farm clusters have been widely
praised. The draft, however, says little about how farmers will be involved once the strategy is published. We
recommend that the council set up a farmer-led advisory group that meets at least twice a year for as long as the
strategy is being delivered, with its own budget for expenses.</p>
<p>The national guidance says that strategies "should focus on a manageable number of priorities", and our survey
bears this out. The draft names 64 priority species. We also recommend that the list of priority species be reduced
to no more than 25, each with a named lead organisation that agrees to report on it.</p>

<h2>4. Funding and planning</h2>
<p>Eighteen of our members said they did not know how the strategy would be paid for. The draft lists potential
measures but is silent on money. We recommend that the strategy set out how delivery will be funded, including a
target for the share of biodiversity net gain income that is steered into the areas on the map.</p>
<p>The strategy will only change the pattern of development if the planning authorities use it. We recommend that
each district council adopt the strategy's map as a material consideration in planning decisions within twelve
months of publication, and say so in a published statement.</p>

<h2>5. Measuring progress</h2>
<p>Appendix C of the draft proposes eleven indicators, most of them drawn from existing surveys, and we support
them. What is missing is a commitment to report. Finally, we recommend that the council publish a short monitoring
report every year, using the Appendix C indicators, and present it to the Partnership Board.</p>

<h2>6. Closing</h2>
<p>The Board discussed this response at its meeting on 19 August 2025 and agreed it without a vote. Members would
single out what we have said about the open map and about funding as the most urgent points. We would be glad to
discuss any of them with officers before the strategy goes to Cabinet.</p>
<p>Margaret Oduya-Finch<br/>Chair, Brackenshire Local Nature Partnership</p>
"""
    return doc(body, "Liberation Sans", "#2e5d34", "10.5pt", "9.5pt")


def response():
    rows = (
        ("How delivery will be funded, including a target for net gain income",
         "Agreed. A new section 7 sets out funding sources, including a target that at least 60 per cent of "
         "off-site net gain credits sold in the county are in mapped areas.",
         "Yes: new section 7"),
        ("Wendle valley peat soils to be a priority area of their own",
         "We have not made this change. The peat soils will stay within the Uplands priority area, because "
         "the same landowners and advisers work across both and a separate area would split the advice they "
         "receive. Measures for wet farming have been added to the Uplands list instead.",
         "No (measures added)"),
        ("Open data for the habitat map, and a yearly monitoring report",
         "Agreed. The map will be released under the Open Government Licence on the county data portal when the "
         "strategy is published. Officers will also produce an annual progress statement each September, using "
         "the Appendix C indicators, and will present it to the Partnership.",
         "Yes: sections 5 and 8"),
        ("A farmer-led advisory group meeting at least twice a year",
         "Agreed in part. Rather than create a new body, the existing Land Managers' Forum will take on this role, "
         "meeting once a year on the strategy. No separate budget is proposed.",
         "Yes: section 6"),
        ("Reduce the priority species list to 25 with named leads",
         "The list reflects the evidence submitted by the county recorders and has not been changed for "
         "publication. Its length will be looked at again at the first review in 2028, when officers will "
         "discuss lead organisations with the Partnership.",
         "No"),
    )
    tr = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    body = f"""
<p class='meta'>BRACKENSHIRE COUNTY COUNCIL &#183; CABINET &#183; 12 November 2025 &#183; Agenda item 9</p>
<h1>Local Nature Recovery Strategy: consultation outcome and adoption</h1>
<p class='meta'>Report of the Director of Environment and Place &#183; Cabinet Member: Cllr Huw Petrakis-Lowe
&#183; Key decision ref. KD/2025/112 &#183; Wards affected: all</p>
<h2>1. Purpose of the report</h2>
<p>To report the outcome of the public consultation on the draft Local Nature Recovery Strategy, to set out the
changes made in response, and to seek approval to publish the final strategy.</p>
<h2>2. Recommendations to Cabinet</h2>
<p>Cabinet is recommended to:</p>
<p>(a) approve the Brackenshire Local Nature Recovery Strategy for publication in December 2025;<br/>
(b) delegate minor drafting changes to the Director of Environment and Place, in consultation with the Cabinet
Member;<br/>
(c) note the response to the Local Nature Partnership in section 4 of this report.</p>
<h2>3. The consultation</h2>
<p>In total 318 responses were received during the eight-week consultation, which closed on 29 August 2025: 241 from
individuals, 52 from organisations and 25 from parish and town councils. Two drop-in events were held in Wendlebury
and Castle Hadley. A full summary is in Appendix 1.</p>
<h2>4. Response to the Local Nature Partnership</h2>
<p>The Partnership's Board made a detailed response. Its points and the council's response are set out below.</p>
<table width='100%' cellpadding='4' cellspacing='0' border='1'>
<tr><th width='27%'>Point raised by the Partnership</th><th width='55%'>Officer response</th>
<th width='18%'>Change to strategy</th></tr>
{tr}
</table>
<p></p>
<h2>5. Financial implications</h2>
<p>Publication and monitoring will be met from the existing environment budget of &#163;84,000 a year. The
government grant for preparing the strategy, &#163;312,000 over three years, has been spent in full.</p>
<h2>6. Background papers</h2>
<p>Draft strategy (June 2025); consultation responses (Appendix 1); equality impact assessment (Appendix 2).</p>
<p>Contact officer: Dr Ines Maguire-Batt, Nature Recovery Manager</p>
"""
    return doc(body, "Liberation Serif", "#1f3f66", "11pt", "10pt")


def main():
    tmp = tempfile.mkdtemp(prefix="blind133en_lo_out_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.soffice_pdf(src, tmp)
        shutil.move(os.path.join(tmp, f"{NAME}_{kind}.pdf"), H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Brackenshire Local Nature Partnership - BLNP/25/031",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Brackenshire County Council - Cabinet 12 November 2025 - item 9",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "We recommend that the council publish the habitat opportunity map as",
         "reply_contains": "released under the Open Government Licence on the county data portal",
         "verdict": "agrees"},
        {"number": 2, "starts_with": "We recommend that the strategy name the Wendle valley peat soils",
         "reply_contains": "The peat soils will stay within the Uplands priority area",
         "verdict": "disagrees"},
        {"number": 3, "starts_with": "We recommend that the council set up a farmer-led advisory group",
         "reply_contains": "the existing Land Managers' Forum will take on this role",
         "verdict": "partly"},
        {"number": 4, "starts_with": "We also recommend that the list of priority species be reduced",
         "reply_contains": "will be looked at again at the first review in 2028",
         "verdict": "noted"},
        {"number": 5, "starts_with": "We recommend that the strategy set out how delivery will be funded",
         "reply_contains": "A new section 7 sets out funding sources, including a target",
         "verdict": "agrees"},
        {"number": 6, "starts_with": "We recommend that each district council adopt the strategy's map",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 7, "starts_with": "Finally, we recommend that the council publish a short monitoring report",
         "reply_contains": "will also produce an annual progress statement each September",
         "verdict": "agrees"},
    ]
    unmatched = ["approve the Brackenshire Local Nature Recovery Strategy for publication in December 2025",
                 "318 responses were received during the eight-week consultation",
                 "will be met from the existing environment budget"]
    notes = ("Advice: an English LOCAL NATURE PARTNERSHIP's consultation response to a county council's draft Local "
             "Nature Recovery Strategy; the seven recommendations are UNNUMBERED 'We recommend that ...' sentences "
             "('We also recommend ...', 'Finally, we recommend ...'), most in the middle of an ordinary paragraph, "
             "under headings 2-5. Traps: the Environment Act 2021 paraphrased ('must prepare'), the consultation "
             "questions Q1-Q4, a members' survey as a numbered list 1-4 (findings), the Partnership's 2023 letter "
             "quoted ('should appoint a dedicated officer'), national guidance quoted ('should focus'), 'We do not "
             "recommend any change to the boundaries', a closing singling out the map and funding points. Response: "
             "a CABINET REPORT; 'Recommendations to Cabinet' (a)-(c) are the report's own and answer nothing, as do "
             "the consultation figures and the financial implications. Section 4 is a table 'Point raised by the "
             "Partnership / Officer response / Change to strategy' with summaries and NO numbers, rows in another "
             "order: funding (rec 5, agrees), peat (rec 2, 'We have not made this change': disagrees), open data and "
             "annual report in ONE row (rec 1 agrees; rec 7 annual statement each September: agrees), farmer group "
             "(rec 3, existing forum once a year, no budget: partly), species list (rec 4, unchanged, to be looked "
             "at at the 2028 review: noted). Rec 6 (district councils and the map in planning) has no row "
             "(unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
