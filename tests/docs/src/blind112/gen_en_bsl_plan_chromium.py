"""Round 112 (EN): a Scottish council's DEAF COMMUNITY ADVISORY GROUP advice on the council's BRITISH SIGN LANGUAGE
(BSL) LOCAL PLAN, seven recommendations as an UNNUMBERED BULLET LIST of full imperative sentences after 'The Advisory
Group recommends that the Council should:', the list RUNNING ACROSS THE PAGE BREAK, answered by the council's
'YOU SAID, WE DID' community update: a two-column grid of paraphrases ('You said') and replies ('What we are doing'),
in another order, one row covering two recommendations and one recommendation left out. Chromium headless
--print-to-pdf, A4, cleaned Liberation Sans via @font-face, ligatures off, fresh --user-data-dir; navy band with a
yellow rule, numbered findings 'What Deaf people told us' (not recommendations), 'BSL in Invercleugh' fact panel;
header and 'Page N of M' stamped from page 2. All bodies, people, places and figures invented; the British Sign
Language (Scotland) Act 2015 is named as context only (what is said of it here is not to be relied on).
Run:  /tmp/blind112en/bin/python tests/docs/src/blind112/gen_en_bsl_plan_chromium.py
"""
import os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b112en as H

NAME = "blind112_en_bsl_plan"
CSS = """
@font-face { font-family: LSans; src: url('file://%s'); }
@font-face { font-family: LSans; font-weight: bold; src: url('file://%s'); }
@font-face { font-family: LSans; font-style: italic; src: url('file://%s'); }
@page { size: A4; margin: 16mm 20mm 19mm 20mm; }
body { font-family: LSans; font-size: 10pt; line-height: 1.4; font-variant-ligatures: none;
       font-feature-settings: "liga" 0, "clig" 0; color: #1b1b1b; }
.band { background: #1d2f5e; color: #fff; padding: 10px 14px 8px 14px; border-bottom: 4px solid #f2c230; margin-bottom: 12px; }
.band .org { font-size: 16pt; font-weight: bold; }
.band .sub { font-size: 9pt; }
h1 { font-size: 15pt; color: #1d2f5e; margin: 6px 0 6px 0; }
h2 { font-size: 11.5pt; color: #1d2f5e; margin: 10px 0 5px 0; border-bottom: 1px solid #f2c230; padding-bottom: 2px; break-after: avoid; }
p { margin: 0 0 6px 0; }
.meta { font-size: 8.8pt; color: #444; }
ol.find { margin: 2px 0 8px 0; padding-left: 22px; }
ol.find li { margin-bottom: 2px; }
ul.recs { margin: 4px 0 10px 0; padding-left: 20px; list-style: square; }
ul.recs li { margin-bottom: 7px; }
ul.recs li::marker { color: #1d2f5e; }
.panel { float: right; width: 60mm; margin: 0 0 8px 12px; background: #fdf6dc; border-left: 4px solid #f2c230;
         padding: 6px 9px; font-size: 9pt; line-height: 1.4; }
.panel b { color: #1d2f5e; }
table.ysd { border-collapse: collapse; width: 100%%; margin: 6px 0 10px 0; }
table.ysd th { background: #1d2f5e; color: #fff; text-align: left; padding: 5px 7px; font-size: 10pt; }
table.ysd td { vertical-align: top; padding: 6px 7px; border-bottom: 1px solid #c9cfdd; font-size: 9.8pt; }
table.ysd td.said { width: 36%%; background: #eef1f7; font-style: italic; }
table.ysd tr { break-inside: avoid; }
"""


def page(body):
    css = CSS % (H.clean_font("LiberationSans-Regular.ttf"), H.clean_font("LiberationSans-Bold.ttf"),
                 H.clean_font("LiberationSans-Italic.ttf"))
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>"


def advice():
    return page("""
<div class="band"><div class="org">Invercleugh Deaf Community Advisory Group</div>
<div class="sub">Advice to Invercleugh Council on the BSL Local Plan 2024-2030 &middot; Paper DCAG/26/01 &middot; 26 January 2026</div></div>
<h1>Seeing Us: BSL users and Council services</h1>
<p class="meta">Prepared by the Advisory Group's members with the support of Morag Lindsay, Equalities Officer. This paper is also available as a BSL video.</p>
<h2>Who we are</h2>
<div class="panel"><b>BSL in Invercleugh</b><br/>
BSL users known to the Council: about 310<br/>
Registered BSL/English interpreters living in the area: 4<br/>
Interpreter bookings by the Council in 2025: 142<br/>
Council web pages with BSL video: 3</div>
<p>The Deaf Community Advisory Group was set up by Invercleugh Council in 2019. It has eleven members, nine of them Deaf BSL users, and meets in BSL with interpreters for the Council officers who attend. The Group advises the Council on its BSL Local Plan and on anything else that affects Deaf people who use BSL.</p>
<p>The British Sign Language (Scotland) Act 2015 requires listed public authorities to publish BSL plans, and the Council published its current plan in October 2024. Under the Equality Act 2010 public bodies must also make reasonable adjustments for disabled people. This paper is about day-to-day life with the Council, not about those duties.</p>
<p>This is not our first advice to the Council. In 2021 we advised that &ldquo;the Council should provide BSL interpretation at all meetings of the full Council&rdquo;, and interpreters have been booked for every full Council meeting since.</p>
<h2>How we gathered views</h2>
<p>Between September and December 2025 we held four signed community meetings, in Invercleugh, Kilbride Mains, Auchenlea and online, attended by 87 Deaf people, and we received 41 signed video responses through our online form.</p>
<h2>What Deaf people told us</h2>
<ol class="find">
<li>Interpreters are often not booked. People turn up for a housing or social work appointment and are asked to write notes or to bring a family member, sometimes a child, to interpret.</li>
<li>The only way to contact the Council without hearing is email, and replies can take a week. Several people said the Council should have known that email in English is hard for many BSL users.</li>
<li>Almost all information on the Council's website is in written English. Only three pages have a BSL video, and two of those are out of date.</li>
<li>Front-line staff are friendly but do not know how to book an interpreter or how to work with one.</li>
<li>Deaf tenants in Council houses have waited months for visual smoke alarms and doorbells, and some have paid for them themselves.</li>
<li>Deaf young people have nowhere to meet each other since the youth club in Kilbride Mains closed in 2023.</li>
</ol>
<p>We do not think the Council should create a separate Deaf-only customer service counter; Deaf people want to use the same services as everyone else, in their own language.</p>
<h2>Our recommendations</h2>
<p>The Advisory Group recommends that the Council should:</p>
<ul class="recs">
<li>Book a qualified BSL/English interpreter for every face-to-face appointment that a Deaf BSL user has with Council services, including housing, social work and council tax, and never ask a child to interpret.</li>
<li>Introduce a video relay service so that Deaf people can contact the customer contact centre in BSL from 8 am to 6 pm on every weekday.</li>
<li>Translate the Council's twenty most used web pages, including council tax, bin collections and school enrolment, into BSL videos with English subtitles.</li>
<li>Offer free Level 1 BSL classes, in working time, to every member of Council staff who works directly with the public.</li>
<li>Fit a visual smoke alarm and a flashing doorbell, at no cost to the tenant, in every Council house let to a Deaf tenant within four weeks of a request.</li>
<li>Fund a Deaf-led youth club for young BSL users aged 11 to 18, working with the Invercleugh Deaf Society.</li>
<li>Report to the Advisory Group once a year, in BSL as well as in English, on progress with every action in the BSL Local Plan.</li>
</ul>
<p>We see the first three as the most important for the coming year. The Advisory Group would be glad to meet the Communities Committee to present this paper in BSL.</p>
<p class="meta">Signed on behalf of the Advisory Group by its Convener, Iain Ferrie, and Vice-Convener, Shona McAuley</p>
""")


def response():
    return page("""
<div class="band"><div class="org">Invercleugh Council</div>
<div class="sub">Communities and Equalities &middot; BSL Local Plan 2024-2030 &middot; Community update, May 2026</div></div>
<h1>You said, we did: our response to the Deaf Community Advisory Group</h1>
<p class="meta">Approved by the Communities Committee on 28 April 2026 &middot; A BSL version of this update is on the Council's website</p>
<p>In January the Deaf Community Advisory Group gave us its paper <i>Seeing Us</i>, based on meetings with 87 Deaf people. We are very grateful to everyone who shared their experiences. On 3 March we held a signed drop-in session at Invercleugh Library, attended by 58 people, to talk about what the Council could change. The table below sets out what the Group told us and what we are doing about it.</p>
<table class="ysd">
<tr><th>You said</th><th>What we are doing</th></tr>
<tr><td class="said">Deaf tenants wait too long for visual smoke alarms and doorbells, and some pay for them.</td>
<td>We agree. From 1 April 2026 Housing Services fits both free of charge, within 20 working days of a request, in any Council home where a Deaf person lives. Tenants who paid for their own equipment since 2023 can claim the cost back.</td></tr>
<tr><td class="said">Interpreters should be booked for every appointment, and children should never be asked to interpret.</td>
<td>All services now book interpreters through one central team, and a new instruction to staff makes clear that a child must never be asked to interpret. We have signed a contract with a second interpreting agency so that bookings can be met at short notice.</td></tr>
<tr><td class="said">It should be possible to contact the Council in BSL, both by reading our website in BSL and by calling us in BSL.</td>
<td>Twenty BSL videos, chosen with the Group, will be filmed by a Deaf-led company and published on the website by March 2027, with English subtitles. We will also open a video relay line to the contact centre in June, but only from 10 am to 4 pm on weekdays at first, because there are not enough interpreters in the area to cover a longer day.</td></tr>
<tr><td class="said">All front-line staff should learn BSL.</td>
<td>We cannot fund Level 1 classes in working time for all of the 1,400 staff who deal with the public. Instead, Deaf awareness e-learning will become mandatory for front-line staff from September 2026, and each service will have a named member of staff trained to book and work with interpreters.</td></tr>
<tr><td class="said">Deaf young people need a youth club of their own.</td>
<td>We understand why this matters. Youth Services will discuss the idea with the Invercleugh Deaf Society and look at possible external funding, but no money has been set aside for it at present.</td></tr>
</table>
<h2>Other things we have done</h2>
<p>During Deaf Awareness Week in May we ran free taster sessions in BSL for 64 residents, and the monthly signed story time at Invercleugh Library now runs in Auchenlea too. Action 12 of our BSL Local Plan, on signed tours at the Tolbooth Museum, was completed in February.</p>
<h2>Contact us</h2>
<p>You can contact the Equalities team by email or by text message, or ask at any library for a BSL appointment to be booked. We will meet the Advisory Group again in the autumn.</p>
""")


def main():
    tmp = tempfile.mkdtemp(prefix="blind112en_html_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(src, H.out(f"{NAME}_{kind}.pdf"))
    F = H.clean_font("LiberationSans-Regular.ttf")
    H.stamp(H.out(NAME + "_advice.pdf"), header="Invercleugh Deaf Community Advisory Group - Seeing Us (DCAG/26/01)",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    H.stamp(H.out(NAME + "_response.pdf"), header="Invercleugh Council - You said, we did - BSL Local Plan community update",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    recs = [
        {"number": 1, "starts_with": "Book a qualified BSL/English interpreter for every face-to-face appointment",
         "reply_contains": "All services now book interpreters through one central team", "verdict": "agrees"},
        {"number": 2, "starts_with": "Introduce a video relay service so that Deaf people can contact",
         "reply_contains": "but only from 10 am to 4 pm on weekdays at first", "verdict": "partly"},
        {"number": 3, "starts_with": "Translate the Council's twenty most used web pages, including council tax",
         "reply_contains": "published on the website by March 2027", "verdict": "agrees"},
        {"number": 4, "starts_with": "Offer free Level 1 BSL classes, in working time, to every",
         "reply_contains": "We cannot fund Level 1 classes in working time", "verdict": "disagrees"},
        {"number": 5, "starts_with": "Fit a visual smoke alarm and a flashing doorbell, at no cost",
         "reply_contains": "Housing Services fits both free of charge, within 20 working days", "verdict": "agrees"},
        {"number": 6, "starts_with": "Fund a Deaf-led youth club for young BSL users aged 11",
         "reply_contains": "no money has been set aside for it at present", "verdict": "noted"},
        {"number": 7, "starts_with": "Report to the Advisory Group once a year, in BSL as well",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["we held a signed drop-in session at Invercleugh Library",
                 "ran free taster sessions in BSL for 64 residents",
                 "ask at any library for a BSL appointment to be booked"]
    notes = ("Advice: Scottish council Deaf Community Advisory Group paper DCAG/26/01 on the council's BSL Local Plan; recs "
             "are an UNNUMBERED square-BULLET LIST of seven full imperative sentences after 'The Advisory Group recommends "
             "that the Council should:', the list RUNNING ACROSS THE PAGE BREAK; traps: 'BSL in Invercleugh' fact panel, "
             "BSL (Scotland) Act 2015 'requires', Equality Act 2010 'public bodies must also make reasonable adjustments', "
             "the Group's 2021 advice quoted ('the Council should provide BSL interpretation at all meetings'), numbered "
             "FINDINGS 1-6 'What Deaf people told us' ('the Council should have known'), 'We do not think the Council should "
             "create a separate Deaf-only customer service counter', closing line 'the first three'. Response: 'YOU SAID, WE "
             "DID' community update, a two-column grid 'You said' (paraphrase, italic) / 'What we are doing', order 5, 1, "
             "3+2, 4, 6: alarms and doorbells fitted free within 20 working days (5 agrees); central interpreter booking, "
             "never a child (1 agrees); ONE row on contacting the Council in BSL = twenty videos by March 2027 (3 agrees) + "
             "video relay only 10 am to 4 pm (2 partly); Level 1 classes for all refused, e-learning instead (4 disagrees); "
             "youth club discussed, no money set aside (6 noted); 7 (yearly report in BSL) unanswered; introduction with the "
             "drop-in session, 'Other things we have done' naming 'Action 12' of the plan, 'Contact us' (nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
