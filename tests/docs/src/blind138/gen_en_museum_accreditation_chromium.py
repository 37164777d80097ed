"""Round 138 (EN): a regional heritage council's MUSEUM ACCREDITATION PANEL's ASSESSMENT OUTCOME for a small town
museum, answered by the museum trust's RESPONSE TABLE ('The Panel's point | Our response | When'), which PARAPHRASES
each recommendation by theme, with no numbers, in another order, and has a first row that answers nothing.
The advice: seven recommendations as UNNUMBERED SENTENCES in the running text of three chapters ('The Panel
recommends that ...', 'it would be prudent for the Trust to ...', 'A documentation plan ... should be written ...',
'We recommend that ...', 'Step-free access ... should be provided ...'). Traps: an assessment summary table ('Met,
with recommendations'); the Accreditation Standard paraphrased ('must have a collections development policy'); the
2019 assessor's comment quoted ('should appoint a volunteer coordinator'); 'The Panel does not recommend that the
Trust employ a paid curator'; conclusion naming the priorities.
The response: introduction (nothing); first row on the award (nothing); access: portable ramp, no permanent one
(partly); monitoring installed (agrees); forward plan adopted (agrees); winter opening declined (disagrees);
documentation plan over ten years, not five (partly); financial trustee noted for the AGM (noted); closing
(nothing); the emergency plan never (unanswered).
Chromium headless --print-to-pdf, A4, cleaned Liberation Sans / Serif via @font-face, ligatures off; header and 'Page
N of M' stamped from page 2. All bodies, people, places, figures and references invented (the Accreditation Standard
is paraphrased as context only).
Run:  /tmp/blind138en/bin/python tests/docs/src/blind138/gen_en_museum_accreditation_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b138en as H

NAME = "blind138_en_museum_accreditation"
CSS = """<style>
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
@page { size: A4; margin: 22mm 22mm 22mm 22mm; }
body { font-family: F; font-size: %(s)s; line-height: 1.42; color: #1b1b1b; margin: 0; font-variant-ligatures: none; }
h1 { font-size: 16pt; color: %(c)s; margin: 0 0 4pt 0; }
h2 { font-size: 12pt; color: %(c)s; margin: 12pt 0 4pt 0; break-after: avoid; }
p { margin: 0 0 7pt 0; }
.meta { color: #555; font-size: 9pt; }
.head { border-bottom: 1.2pt solid %(c)s; padding-bottom: 5pt; margin-bottom: 9pt; }
table { border-collapse: collapse; width: 100%%; margin: 4pt 0 9pt 0; font-size: 9.5pt; }
th, td { border: 0.6pt solid #9a9a9a; padding: 3pt 5pt; text-align: left; vertical-align: top; }
th { background: %(bg)s; }
blockquote { margin: 0 0 7pt 18pt; font-style: italic; }
</style>"""


def doc(body, fam, size, colour, bg):
    r, b, i = (H.clean_font(f"Liberation{fam}-{s}.ttf") for s in ("Regular", "Bold", "Italic"))
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
            f"{CSS % {'r': r, 'b': b, 'i': i, 's': size, 'c': colour, 'bg': bg}}</head><body>{body}</body></html>")


def render(html, pdf):
    tmp = tempfile.mkdtemp(prefix="blind138en_html_")
    try:
        p = os.path.join(tmp, "doc.html")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(p, pdf)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def advice():
    body = """
<div class='head'><p class='meta'>WESTERN COUNTIES HERITAGE COUNCIL &#183; MUSEUM ACCREDITATION PANEL</p></div>
<h1>Accreditation Assessment Outcome: Brackwater Town Museum</h1>
<p class='meta'>Applicant: Brackwater Heritage Trust (registered charity 1093357) &#183; Return ACC/0457 &#183;
Panel meeting 8 July 2025 &#183; Outcome issued 21 July 2025 &#183; Assessor: Ms Harriet Oduya</p>
<table>
<tr><th style='width:42%'>Requirement area</th><th>Panel's assessment</th></tr>
<tr><td>Organisational health</td><td>Met, with recommendations</td></tr>
<tr><td>Managing collections</td><td>Met, with recommendations</td></tr>
<tr><td>Users and their experiences</td><td>Met, with recommendations</td></tr>
<tr><td>Outcome</td><td>Accreditation confirmed; next return due July 2028</td></tr>
</table>
<h2>1 Background</h2>
<p>Brackwater Town Museum occupies the former Corn Exchange, a listed building of 1838, and is run by a charitable
trust with one part-time manager and about sixty volunteers. It holds some 9,600 objects, mainly local history,
textiles from the town's lace industry and the Penhallow bequest of photographs. The Accreditation Standard, as we
paraphrase it, says that an accredited museum must have a collections development policy approved by its governing
body and must plan for the care of its collections; it is referred to here for context only.</p>
<p>At the Trust's last return in 2019 the assessor commented that <i>&#8220;the Trust should appoint a volunteer
coordinator to support the growing volunteer team&#8221;</i>. A coordinator was appointed in 2021 and the Panel was
impressed by the training records she keeps.</p>
<h2>2 Organisational health</h2>
<p>The Trust is well run and its accounts are in good order, but its forward plan expired in March 2025. The Panel
recommends that the Trust adopt a new forward plan covering at least three years, with a costed budget, before the
end of 2025. Since the treasurer stood down in 2024 no member of the board has financial qualifications, and it would
be prudent for the Trust to recruit at least one trustee with financial experience within the next twelve months.
Some volunteers told the assessor that the museum needs a professional curator. The Panel does not recommend that
the Trust employ a paid curator at this stage, given its income, and notes the support available from the county
museums development officer.</p>
<h2>3 Managing collections</h2>
<p>About 1,400 items from the Penhallow bequest are still uncatalogued eleven years after they arrived. A
documentation plan with yearly targets should be written to clear this backlog within five years. In the first-floor
textile store the assessor's meter read 72 per cent relative humidity, well above the level at which mould can grow,
and the Panel recommends that the Trust install continuous environmental monitoring in all its stores and act on
the readings. The museum has no emergency plan for its collections. The Trust should write a collections emergency
plan and test it with Brackwater fire station within a year.</p>
<h2>4 Users and their experiences</h2>
<p>Visitor numbers fell by 18 per cent in 2024, mostly because the museum is closed from November to March. We
recommend that the museum open on at least one weekend day each week throughout the winter, when families have fewest
places to go in the town. The ground-floor gallery can only be reached by three steps from the Market Street
entrance. Step-free access to that gallery should be provided through the courtyard door so that wheelchair users
no longer have to be turned away.</p>
<h2>5 Conclusion</h2>
<p>The Panel congratulates the trustees and volunteers on a lively and well-loved museum. The forward plan and the
emergency plan are the Panel's priorities, and the Trust's progress on them will be looked at in the next return.</p>
<p class='meta'>Dr Malcolm Restarick, Chair of the Museum Accreditation Panel &#183; 21 July 2025</p>
"""
    render(doc(body, "Serif", "10.5pt", "#7a2e12", "#f1e1d8"), H.out(NAME + "_advice.pdf"))


def response():
    body = """
<div class='head'><p class='meta'>BRACKWATER HERITAGE TRUST &#183; Brackwater Town Museum &#183; The Corn Exchange,
Market Street, Brackwater</p></div>
<h1>Our response to the Accreditation Panel</h1>
<p class='meta'>To: Museum Accreditation Panel, Western Counties Heritage Council &#183; Return ACC/0457 &#183;
Approved by the board of trustees on 9 September 2025</p>
<p>The trustees were delighted to receive the Panel's outcome letter and have shared it with all our volunteers.
We have gone through the Panel's comments at two board meetings and set out our response in the table below.</p>
<table>
<tr><th style='width:24%'>The Panel's point</th><th>Our response</th><th style='width:14%'>When</th></tr>
<tr><td>Accreditation confirmed</td><td>We are proud to remain an accredited museum and will mark this at our
autumn open evening for volunteers and Friends.</td><td>October 2025</td></tr>
<tr><td>Access to the ground-floor gallery</td><td>A permanent ramp at the courtyard door would need listed
building consent, which the district conservation officer has told us is unlikely. We have instead bought a
portable ramp, which staff put in place on request, and the courtyard door is now signed from Market
Street.</td><td>Done, August 2025</td></tr>
<tr><td>Humidity in the stores</td><td>Six wireless data loggers now record temperature and humidity in every
store, and a dehumidifier runs in the textile store. Readings are checked weekly by the collections
volunteer.</td><td>Done, September 2025</td></tr>
<tr><td>Forward plan</td><td>The board adopted our Forward Plan 2025-2028, with a budget for each year, on
9 September.</td><td>Done</td></tr>
<tr><td>Opening in winter</td><td>Sadly we cannot do this. Most of our volunteer stewards are away or unavailable
at weekends in winter, and heating the Corn Exchange for a few visitors would cost more than the museum takes. We
will keep the current season of April to October, with school visits by appointment all year.</td><td>-</td></tr>
<tr><td>The Penhallow backlog</td><td>A documentation plan has been written, but with the volunteer time we have we
can catalogue about 140 items a year, so the backlog will take ten years to clear rather than five.</td><td>Plan
in place; yearly review</td></tr>
<tr><td>Financial skills on the board</td><td>We have noted the Panel's comment. The board will talk about its
skills at the annual general meeting in March, when three trustees are due to stand down.</td><td>March
2026</td></tr>
</table>
<p>We thank Ms Oduya for a thorough and friendly assessment visit, and we look forward to showing the Panel our
progress at the next return.</p>
<p class='meta'>Gwen Tregarthen, Chair of Trustees, Brackwater Heritage Trust</p>
"""
    render(doc(body, "Sans", "10pt", "#1d4e6b", "#dce8f0"), H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Museum Accreditation Panel - ACC/0457 - Brackwater Town Museum",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Brackwater Heritage Trust - response to the Accreditation Panel",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "The Panel recommends that the Trust adopt a new forward plan",
         "reply_contains": "The board adopted our Forward Plan 2025-2028", "verdict": "agrees"},
        {"number": 2, "starts_with": "it would be prudent for the Trust to recruit at least one",
         "reply_contains": "The board will talk about its skills at the annual general meeting",
         "verdict": "noted"},
        {"number": 3, "starts_with": "A documentation plan with yearly targets should be written to clear",
         "reply_contains": "the backlog will take ten years to clear rather than five", "verdict": "partly"},
        {"number": 4, "starts_with": "the Panel recommends that the Trust install continuous environmental monitoring",
         "reply_contains": "Six wireless data loggers now record temperature and humidity", "verdict": "agrees"},
        {"number": 5, "starts_with": "The Trust should write a collections emergency plan and test it",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 6, "starts_with": "We recommend that the museum open on at least one weekend",
         "reply_contains": "Sadly we cannot do this. Most of our volunteer stewards", "verdict": "disagrees"},
        {"number": 7, "starts_with": "Step-free access to that gallery should be provided through the courtyard",
         "reply_contains": "We have instead bought a portable ramp", "verdict": "partly"},
    ]
    unmatched = ["will mark this at our autumn open evening",
                 "thank Ms Oduya for a thorough and friendly assessment visit"]
    notes = ("Advice: a regional heritage council's MUSEUM ACCREDITATION PANEL's ASSESSMENT OUTCOME for a small town "
             "museum (the Accreditation Standard paraphrased as context). The seven recommendations are UNNUMBERED "
             "SENTENCES inside the running text of chapters 2-4, numbered 1-7 here in page order: 1 'The Panel "
             "recommends that the Trust adopt a new forward plan', 2 'it would be prudent for the Trust to recruit' "
             "(mid-sentence), 3 passive 'A documentation plan ... should be written', 4 'the Panel recommends that the "
             "Trust install' (mid-sentence), 5 'The Trust should write a collections emergency plan', 6 'We recommend "
             "that the museum open', 7 passive 'Step-free access ... should be provided'. Traps: an assessment summary "
             "table ('Met, with recommendations'); the Standard paraphrased ('must have a collections development "
             "policy'); the 2019 assessor quoted ('the Trust should appoint a volunteer coordinator', done); "
             "volunteers' view and 'The Panel does not recommend that the Trust employ a paid curator'; conclusion "
             "naming the forward plan and emergency plan as priorities. Response: the trust's RESPONSE TABLE 'The "
             "Panel's point | Our response | When' paraphrasing each point by THEME, no numbers, in the order "
             "award, 7, 4, 1, 6, 3, 2: introduction (nothing); 'Accreditation confirmed' row (nothing); 7 portable "
             "ramp, no permanent ramp (partly); 4 data loggers (agrees); 1 forward plan adopted (agrees); 6 'Sadly we "
             "cannot do this' (disagrees); 3 plan written but ten years instead of five (partly); 2 'We have noted "
             "the Panel's comment', AGM (noted); closing (nothing). The emergency plan (5) is never answered "
             "(unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
