"""Round 129 (EN): an English borough's independent DESIGN REVIEW PANEL letter of advice on a mixed housing and
health centre scheme at pre-application stage, answered by the architects' DESIGN REVIEW RESPONSE STATEMENT submitted
with the planning application.
The advice's seven recommendations are UNNUMBERED sentences ('The panel recommends that ...', 'We recommend that ...')
inside running paragraphs under four topic sub-headings, one running over the page break. Traps: the three numbered
questions the council's officers put to the panel, the National Planning Policy Framework and Local Plan policy DM4
paraphrased ('should be refused', 'should respond positively'), praise and findings in bold ('The panel strongly
supports the retention of the tannery chimney'), a 'Summary' paragraph, and a closing line naming 'the first and third
of our recommendations'. The response quotes panel comments in shaded boxes ('Panel comment') each followed by 'Design
team response', in another order (2, 4, 1, 3, 5, 6), with one quoted comment that was praise (the chimney) and a list
of drawings revised (PL-104 rev C ...); the seventh recommendation (return to the panel) is never answered.
Chromium headless --print-to-pdf, A4, cleaned Liberation Sans (panel letter) and Liberation Serif (statement) via
@font-face, ligatures off; header and 'Page N of M' stamped from page 2. All bodies, people, places, figures and
references invented; the NPPF is named as context only (what is said of it here is paraphrased and not to be relied
on).
Run:  /tmp/blind129en/bin/python tests/docs/src/blind129/gen_en_design_review_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b129en as H

NAME = "blind129_en_design_review"
FONTS = """
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
"""
BASE = """
body { font-family: F; color: #1c1c1c; margin: 0; font-variant-ligatures: none;
       font-feature-settings: "liga" 0, "clig" 0; }
p { margin: 0 0 2.6mm 0; }
h2, h3 { break-after: avoid; }
"""
CSS_ADV = BASE + """
@page { size: A4; margin: 20mm 22mm 22mm 22mm; }
body { font-size: 10.4pt; line-height: 1.5; }
.logo { font-size: 15pt; font-weight: bold; color: #8a3b12; letter-spacing: 0.3mm; }
.logo span { font-weight: normal; color: #555; font-size: 10pt; }
.addr { margin: 6mm 0 5mm 0; font-size: 10pt; }
.refs { font-size: 9.2pt; color: #444; border-top: 0.3mm solid #8a3b12; border-bottom: 0.3mm solid #8a3b12;
        padding: 1.5mm 0; margin-bottom: 4mm; }
h2 { font-size: 12pt; color: #8a3b12; margin: 5mm 0 1.8mm 0; }
ol { margin: 0 0 3mm 0; padding-left: 7mm; }
li { margin-bottom: 1mm; }
"""
CSS_RSP = BASE + """
@page { size: A4; margin: 20mm 22mm 22mm 22mm; }
body { font-size: 10.6pt; line-height: 1.42; }
.firm { font-size: 9pt; letter-spacing: 0.6mm; color: #555; }
.title { font-size: 18pt; font-weight: bold; margin: 2mm 0 1mm 0; }
.meta { font-size: 9.5pt; color: #444; margin-bottom: 5mm; }
h2 { font-size: 12.5pt; margin: 5mm 0 2mm 0; border-bottom: 0.3mm solid #999; padding-bottom: 0.6mm; }
.pc { background: #eceff3; border-left: 1.2mm solid #5b6b80; padding: 2mm 4mm; margin: 3mm 0 1.5mm 0;
      font-style: italic; break-inside: avoid; }
.pc b { font-style: normal; }
.dt { margin: 0 0 3mm 5.2mm; }
.item { break-inside: avoid; }
table { border-collapse: collapse; width: 100%; font-size: 9.6pt; margin-top: 1mm; }
td, th { border: 0.3mm solid #999; padding: 1.2mm 2mm; text-align: left; vertical-align: top; }
th { background: #eceff3; }
"""


def page(css, fam, body):
    f = {"r": H.clean_font(fam + "-Regular.ttf"), "b": H.clean_font(fam + "-Bold.ttf"),
         "i": H.clean_font(fam + "-Italic.ttf")}
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><style>{FONTS % f}{css}</style></head>"
            f"<body>{body}</body></html>")


def advice():
    body = """
<div class='logo'>Wexley Design Review Panel <span>&#183; an independent panel hosted by Wexley Borough Council</span></div>
<div class='addr'>Ms Harriet Okafor-Lane<br>Principal Planning Officer, Wexley Borough Council<br>Civic Centre, Market Row, Wexley WX1 4DA</div>
<div class='refs'>Our ref. WDRP/25/031 &#183; Review date: 12 November 2025 &#183; Letter issued 19 November 2025<br>
Scheme: Former Tannery Yard, Marlow Street &#8211; 112 homes, a health centre and public space (pre-application)<br>
Applicant: Corvell Homes Ltd &#183; Architects: Hale Nkemelu Architects</div>

<p>Dear Ms Okafor-Lane,</p>
<p>Thank you for referring this scheme to the panel. The review was chaired by Robert Castellane and attended by four
panel members with experience of architecture, landscape, urban design and sustainable construction. We visited the
site in the morning and heard a presentation from the design team in the afternoon. Your officers asked us to
consider three questions:</p>
<ol>
<li>Is the height and massing appropriate to the conservation area edge along Marlow Street?</li>
<li>Does the layout create safe and attractive streets for residents and visitors to the health centre?</li>
<li>Is the scheme's approach to energy and carbon ambitious enough for a flagship town centre site?</li>
</ol>

<h2>Summary</h2>
<p>This is a welcome and generally thoughtful proposal for a difficult, long-vacant site. <b>The panel strongly
supports the retention of the tannery chimney as the focal point of the new square.</b> However, we think the
scheme is too tall on its northern edge, too dominated by cars and not yet ambitious enough on energy. The National
Planning Policy Framework makes clear that development that is not well designed should be refused, and Local Plan
policy DM4 says that new buildings should respond positively to local character. With the changes below, we believe
the scheme can meet that test.</p>

<h2>Height and massing</h2>
<p>Block C rises to seven storeys directly opposite the two-storey terraces of Marlow Street, which lie in the
conservation area. Views from the churchyard showed it breaking the skyline above the church roof. The panel
recommends that the height of Block C be reduced from seven storeys to no more than five along Marlow Street.
Elsewhere, the stepping of Blocks A and B down towards the river works well.</p>
<p>The health centre is the building most of the public will use, yet it is entered from the car park at the back.
We recommend that the main entrance of the health centre face Marlow Street rather than the car park.</p>

<h2>Streets and public space</h2>
<p>The proposed street through the site links Marlow Street to Tanner's Lane and would inevitably attract through
traffic. The panel recommends that the through route for cars be closed and that the new street be laid out as a home
zone shared by people on foot, on bikes and in cars.</p>
<p>A row of six mature plane trees runs along the eastern boundary. They are among the few assets the site already
has, and the current plan removes four of them for a parking court. We recommend that all six mature plane trees along
the eastern boundary be retained and the parking court moved.</p>

<h2>Homes</h2>
<p>The panel welcomed the generous balconies and the mix of family homes. However, 14 of the flats in Blocks A and C
are single-aspect and face north, with no direct sunlight at any time of year. The panel recommends that single-aspect
north-facing flats be designed out of the scheme altogether.</p>

<h2>Energy and carbon</h2>
<p>The design team's energy strategy relies largely on rooftop solar panels and meets, but does not go beyond, the
current Building Regulations. For a site of this prominence we would expect more. We recommend that the applicant
commit to a fabric-first approach aiming for a space heating demand of 15 kWh per square metre per year, with
air-source heat pumps in place of the proposed gas boilers in the health centre.</p>
<p>Finally, given the number of changes we are suggesting, the panel recommends that the design team return to the
panel for a second review before the planning application is submitted.</p>

<h2>Closing</h2>
<p>The first and third of our recommendations are, in our view, the most important for the scheme's success. The panel
is happy to discuss this letter with officers and the design team.</p>
<p>Yours sincerely,</p>
<p><b>Robert Castellane</b><br>Chair, Wexley Design Review Panel</p>
"""
    return page(CSS_ADV, "LiberationSans", body)


def response():
    body = """
<div class='firm'>HALE NKEMELU ARCHITECTS &#183; FOR CORVELL HOMES LTD</div>
<div class='title'>Former Tannery Yard, Marlow Street: Design Review Response Statement</div>
<div class='meta'>Document HNA-1187-DRR &#183; Revision A &#183; 27 January 2026 &#183; Submitted with the full planning
application to Wexley Borough Council</div>

<h2>1. Purpose of this statement</h2>
<p>The scheme was presented to the Wexley Design Review Panel on 12 November 2025. This statement sets out how the
design has developed since then. Below, each of the panel's main comments is quoted in a shaded box, followed by the
design team's response. Where a comment has led to a change, the drawings concerned are listed in section 3.</p>

<h2>2. Panel comments and responses</h2>
<div class='item'><div class='pc'><b>Panel comment:</b> The main entrance of the health centre should face Marlow Street.</div>
<p class='dt'><b>Design team response:</b> Agreed. The health centre now has its principal entrance and reception on
Marlow Street, set back behind a small forecourt with seating and cycle stands. The car park entrance is kept as a
secondary door for staff and patients arriving by car.</p></div>

<div class='item'><div class='pc'><b>Panel comment:</b> All six plane trees on the eastern boundary should be kept.</div>
<p class='dt'><b>Design team response:</b> Agreed. The parking court has been moved to the south-west corner of the
site, and all six trees are now retained with root protection areas shown on the landscape plan.</p></div>

<div class='item'><div class='pc'><b>Panel comment:</b> Block C is too tall opposite the Marlow Street terraces.</div>
<p class='dt'><b>Design team response:</b> We have considered this carefully but have kept Block C at seven storeys.
Lowering it would cost 16 homes, including 6 affordable homes, and would make the scheme unviable. Instead the top
floor has been set back by three metres and clad in a darker material so that it recedes in views from the
churchyard.</p></div>

<div class='item'><div class='pc'><b>Panel comment:</b> The new street should be closed to through traffic and laid out as a home
zone.</div>
<p class='dt'><b>Design team response:</b> Through traffic will be prevented by removable bollards at the midpoint of
the street, which will remain open to emergency and refuse vehicles. The highway authority has however asked that the
street keep a conventional footway and carriageway, so it will not be laid out as a home zone.</p></div>

<div class='item'><div class='pc'><b>Panel comment:</b> Single-aspect north-facing flats should be removed.</div>
<p class='dt'><b>Design team response:</b> The number of single-aspect north-facing flats has been reduced from 14 to
4 by replanning the cores of Blocks A and C. The remaining four are studio flats on the lower floors of Block C, where
corner windows could not be added without harming the conservation area frontage.</p></div>

<div class='item'><div class='pc'><b>Panel comment:</b> The energy strategy should go beyond the Building Regulations.</div>
<p class='dt'><b>Design team response:</b> The fabric-first target and heat pumps for the health centre will be
looked at again during the detailed design stage, once the health centre's operator has been confirmed. No commitment
can be given at this point, and the submitted energy strategy is unchanged.</p></div>

<div class='item'><div class='pc'><b>Panel comment:</b> The retention of the tannery chimney is strongly supported.</div>
<p class='dt'><b>Design team response:</b> We are grateful for the panel's support. A structural survey has confirmed
that the chimney can be repaired, and it will be lit at night as the centrepiece of Tannery Square.</p></div>

<h2>3. Drawings revised</h2>
<table>
<tr><th>Drawing</th><th>Title</th><th>Change</th></tr>
<tr><td>PL-104 rev C</td><td>Ground floor plan</td><td>Health centre entrance; parking court moved</td></tr>
<tr><td>PL-210 rev B</td><td>Block C elevations</td><td>Top floor set back; darker cladding</td></tr>
<tr><td>PL-301 rev B</td><td>Typical upper floor plans</td><td>Cores replanned in Blocks A and C</td></tr>
<tr><td>LA-002 rev D</td><td>Landscape general arrangement</td><td>Trees retained; bollards; forecourt</td></tr>
</table>
"""
    return page(CSS_RSP, "LiberationSerif", body)


def main():
    tmp = tempfile.mkdtemp(prefix="blind129en_html_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(src, H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Wexley Design Review Panel - WDRP/25/031 Former Tannery Yard",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Hale Nkemelu Architects - HNA-1187-DRR Design Review Response "
            "Statement Rev A", footer="Page {n} of {N}", skip_first=True,
            fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "The panel recommends that the height of Block C be reduced",
         "reply_contains": "have kept Block C at seven storeys", "verdict": "disagrees"},
        {"number": 2, "starts_with": "We recommend that the main entrance of the health centre face",
         "reply_contains": "now has its principal entrance and reception on Marlow Street", "verdict": "agrees"},
        {"number": 3, "starts_with": "The panel recommends that the through route for cars be closed",
         "reply_contains": "prevented by removable bollards at the midpoint of the street", "verdict": "partly"},
        {"number": 4, "starts_with": "We recommend that all six mature plane trees along the eastern boundary",
         "reply_contains": "all six trees are now retained with root protection areas", "verdict": "agrees"},
        {"number": 5, "starts_with": "The panel recommends that single-aspect north-facing flats be designed out",
         "reply_contains": "has been reduced from 14 to 4 by replanning", "verdict": "partly"},
        {"number": 6, "starts_with": "We recommend that the applicant commit to a fabric-first approach",
         "reply_contains": "will be looked at again during the detailed design stage", "verdict": "noted"},
        {"number": 7, "starts_with": "the panel recommends that the design team return to the panel",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["This statement sets out how the design has developed since then",
                 "A structural survey has confirmed that the chimney can be repaired",
                 "Top floor set back; darker cladding"]
    notes = ("Advice: an English borough's independent DESIGN REVIEW PANEL letter of advice at pre-application stage "
             "(Former Tannery Yard: 112 homes and a health centre). Seven UNNUMBERED recommendation sentences inside "
             "running paragraphs under four topic sub-headings ('The panel recommends that ...' / 'We recommend that "
             "...'; 'Finally, the panel recommends ...'), the 'Homes'/'Energy' part near the page break. Traps: the "
             "officers' three numbered QUESTIONS, a 'Summary' with a BOLD praise finding (the tannery chimney), the "
             "NPPF and Local Plan policy DM4 paraphrased ('should be refused', 'should respond positively'), findings "
             "with figures (14 north-facing flats), closing 'The first and third of our recommendations'. Response: "
             "the architects' DESIGN REVIEW RESPONSE STATEMENT quoting each comment (reworded) in a shaded 'Panel "
             "comment:' box followed by 'Design team response:', in the order 2, 4, 1, 3, 5, 6 and a praise box: 2 "
             "entrance on Marlow Street (agrees); 4 all six trees retained (agrees); 1 'have kept Block C at seven "
             "storeys' (disagrees); 3 bollards stop through traffic but 'will not be laid out as a home zone' "
             "(partly); 5 reduced from 14 to 4 (partly); 6 'looked at again during the detailed design stage ... No "
             "commitment' (noted); 7 (second review before submission) never answered (unanswered). The purpose "
             "section, the chimney box and the 'Drawings revised' table answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
