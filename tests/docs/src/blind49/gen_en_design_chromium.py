"""Round 49 (EN): a design review panel report (the genre of the independent design review panels that English
local planning authorities use at pre-application stage, e.g. Design South East / Design Council reports) by the
invented Southdown Places Review Panel on an invented 240-home scheme: confidential report letter, meeting details
table, scheme description, the planning authority's views (with 'should'), the previous review's recommendations
quoted, a summary paragraph, then 'Key recommendations' as unnumbered bullets (1-7 in document order), then detailed
comments with 'should' sentences and a 'Next steps' paragraph; answered by section 4 of the applicant's Design and
Access Statement Addendum ('Response to Design Review'), a table 'Panel comment / Design team response / Status'
(Incorporated / Partially incorporated / Not taken forward / Noted) in another order, one row answering two
recommendations with different statuses, one recommendation not answered, and rows on the process and on
community engagement that answer nothing. Chromium headless --print-to-pdf, A4, cleaned Liberation fonts via
@font-face; running header and page numbers stamped with PyMuPDF. All content (panel, council, applicant,
architects, site, people, figures) is invented.

Run:  /tmp/blind49en/bin/python tests/docs/src/blind49/gen_en_design_chromium.py   (needs chromium)
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b49en as H

NAME = "blind49_en_design"
TMP = "/tmp/b49en/design"

KEY = ["Reduce the height of the riverside block from ten to eight storeys, so that it sits below the "
       "ridge of St Anne's Church when seen from Castle Mound.",
       "Reconsider the basement car park and explore a single-level podium, which would free the central courtyard "
       "for deep planting.",
       "Make the route along the old gasworks wall a genuinely public street, open at all hours and adopted, "
       "rather than a gated private path.",
       "Increase the proportion of dual-aspect homes, which at present is only 41 per cent, and eliminate all "
       "north-facing single-aspect flats.",
       "Commit now to a clear strategy for the retained gasholder frame, including who will own and maintain it.",
       "Develop a simpler palette of two brick types in place of the five materials now shown.",
       "Bring forward the riverside park in the first phase of construction, so that early residents benefit from "
       "it."]


def fonts():
    css = ""
    for st, w, s in (("Regular", "normal", "normal"), ("Bold", "bold", "normal"), ("Italic", "normal", "italic"),
                     ("BoldItalic", "bold", "italic")):
        css += "@font-face {font-family: LS; src: url(file://%s); font-weight: %s; font-style: %s;}\n" % (
            H.clean_font("LiberationSans-%s.ttf" % st), w, s)
    return css


CSS = """
html {font-family: LS; font-size: 10pt; line-height: 1.42; font-variant-ligatures: none; color: #222;}
h1 {font-size: 15pt; color: #2e6b4f; margin: 6pt 0 6pt 0;}
h2 {font-size: 11pt; color: #2e6b4f; margin: 11pt 0 4pt 0; text-transform: uppercase; letter-spacing: 0.5pt;}
h3 {font-size: 10pt; margin: 8pt 0 3pt 0;}
p {margin: 0 0 6pt 0;}
ul {margin: 2pt 0 6pt 0; padding-left: 15pt;}
li {margin-bottom: 3pt;}
.lh {display: flex; justify-content: space-between; border-bottom: 3px solid #2e6b4f; padding-bottom: 4mm;
     margin-bottom: 4mm;}
.lh .n {font-size: 16pt; font-weight: bold; color: #2e6b4f;}
.lh .a {font-size: 8pt; text-align: right; color: #555;}
.conf {font-weight: bold; color: #a33; font-size: 9pt; letter-spacing: 1pt;}
table {border-collapse: collapse; width: 100%; font-size: 9pt; margin: 4pt 0 8pt 0;}
th, td {border: 1px solid #aaa; padding: 3pt 5pt; text-align: left; vertical-align: top;}
th {background: #2e6b4f; color: white;}
td.k {background: #e7f0ea; font-weight: bold; width: 26%;}
.box {background: #e7f0ea; border-left: 5px solid #2e6b4f; padding: 4pt 10pt 2pt 10pt; margin: 6pt 0 8pt 0;}
.st {font-weight: bold; white-space: nowrap;}
"""


def html_doc(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page {size: A4; margin: 20mm 19mm 18mm 19mm;}"
            + fonts() + CSS + "</style></head><body>" + body + "</body></html>")


def advice():
    b = ["<div class='lh'><div class='n'>Southdown Places Review Panel</div><div class='a'>Southdown Places CIC<br>"
         "14 Weavers Yard, Lewford LW2 3HD<br>reviews@southdownplaces.org.uk</div></div>",
         "<p class='conf'>CONFIDENTIAL</p>",
         "<h1>Report of Formal Review Meeting: Former Brackenhurst Gasworks, Quayside Road</h1>",
         "<table><tr><td class='k'>Date</td><td>Thursday 5 February 2026</td></tr>"
         "<tr><td class='k'>Location</td><td>Brackenhurst Town Hall, Committee Room 2, following a site visit</td></tr>"
         "<tr><td class='k'>Panel</td><td>Ruth Okonedo (chair), architect; Mark Tennant, landscape architect; "
         "Priya Lall, urban designer; Graham Ives, heritage consultant; Dr Sofia Brandt, sustainability engineer"
         "</td></tr>"
         "<tr><td class='k'>Presenting team</td><td>Calder Homes (applicant); Fenwick Lowe Architects; Openfield "
         "Landscape</td></tr>"
         "<tr><td class='k'>Also attending</td><td>Joanna Fry, principal planning officer, Brackenhurst Borough "
         "Council; Tom Reese, conservation officer</td></tr>"
         "<tr><td class='k'>Planning reference</td><td>PRE/25/0391 (pre-application)</td></tr></table>",
         "<h2>1. Project name and site address</h2>",
         "<p>Former Brackenhurst Gasworks, Quayside Road, Brackenhurst BK4 1QS. The 3.1 hectare site lies between the "
         "River Ouzel and the Quayside conservation area. It contains the Grade II listed frame of gasholder No. 2 "
         "and a length of nineteenth-century boundary wall.</p>",
         "<h2>2. Presenting team and scheme description</h2>",
         "<p>The proposal is for 240 homes (30 per cent affordable) in four blocks of four to ten storeys around a "
         "central courtyard above a basement car park of 168 spaces, with a riverside park of 0.6 hectares, a "
         "community room in the gasholder frame and a pedestrian route along the old gasworks wall. Construction is "
         "proposed in three phases over six years.</p>",
         "<h2>3. Planning authority's views</h2>",
         "<p>The council's officers support the principle of residential development. They consider that the tallest "
         "block should respect views of St Anne's Church from Castle Mound, identified in the Quayside Conservation "
         "Area Appraisal, and that the scheme should meet the borough's emerging policy DM14 on dual-aspect homes. "
         "They asked the panel to advise in particular on height, the public realm and the gasholder.</p>",
         "<h2>4. Previous review</h2>",
         "<p>The panel first reviewed the scheme on 18 September 2025, when the tallest block was fourteen storeys. "
         "Its report recommended then that the applicant <i>'reduce the height of the riverside block substantially "
         "and test it in verified views from Castle Mound'</i> and <i>'retain the gasholder frame as the centrepiece "
         "of the scheme'</i>. The reduction to ten storeys and the decision to keep the frame are welcome.</p>",
         "<h2>5. Summary</h2>",
         "<p>This is a much improved scheme and the panel supports the overall layout, the retention of the gasholder "
         "frame and the generous riverside park. However, several matters need further work before a planning "
         "application is submitted. The riverside block is still too tall in the key view; the basement adds cost and "
         "limits planting; and the wall route risks becoming a private path. Too many homes are single-aspect, and "
         "the future of the gasholder frame is uncertain. Our key recommendations are below.</p>",
         "<div class='box'><p><b>Key recommendations</b></p><ul>"
         + "".join("<li>%s</li>" % k for k in KEY) + "</ul></div>",
         "<h2>6. Detailed comments</h2>",
         "<h3>Massing and height</h3>",
         "<p>The verified view from Castle Mound shows the riverside block breaking the skyline above the church "
         "ridge by about two storeys. The other blocks sit comfortably. The upper floors of the riverside block "
         "should step back from the river frontage, which would also reduce overshadowing of the park in winter.</p>",
         "<h3>Landscape and public realm</h3>",
         "<p>The courtyard, at 38 by 52 metres, is a good size, but over a basement it can hold only shallow planting "
         "and no large trees. The wall route is the most important new connection in the scheme, linking Quayside "
         "Road to the river; the gates shown at each end would undermine it. Play space should be provided for older "
         "children as well as toddlers.</p>",
         "<h3>Homes</h3>",
         "<p>Of the 240 homes, 98 are dual-aspect (41 per cent) and 26 are north-facing single-aspect flats. Single-"
         "aspect homes facing north should be avoided in any case; dual aspect matters for daylight and for cross-"
         "ventilation in summer.</p>",
         "<h3>Heritage</h3>",
         "<p>The gasholder frame is a landmark and a community room within it is an exciting idea. The panel was not "
         "told who would own the frame, how its repainting every 15 to 20 years would be paid for, or when the "
         "community room would be delivered.</p>",
         "<h3>Architecture and materials</h3>",
         "<p>The five materials shown (two bricks, terracotta, zinc and timber cladding) compete with each other and "
         "with the frame. A calmer treatment would let the gasholder stand out.</p>",
         "<h3>Phasing</h3>",
         "<p>The riverside park is shown in phase 3, five or six years from the start on site.</p>",
         "<h2>7. Next steps</h2>",
         "<p>The panel would be pleased to review the scheme again before submission. This report is confidential to "
         "the applicant and the council until a planning application is submitted, when it may be published with the "
         "application documents.</p>",
         "<p style='margin-top:8mm; font-size:9pt; color:#555'>Southdown Places Review Panel reports are advisory; the "
         "panel's comments are made without prejudice to the council's determination of any planning application."
         "</p>"]
    return html_doc("".join(b))


def response():
    rows = [
        ("Process", "Second review, 5 February 2026; panel report received 19 February 2026.",
         "Following receipt of the report the design team held two workshops with council officers, on 3 and 17 "
         "March 2026, to agree the revisions set out below.", "-"),
        ("Height of riverside block",
         "Panel recommends reduction from ten to eight storeys to sit below the church ridge.",
         "The riverside block has been reduced to nine storeys, with the top two floors set back by 4.5 metres. "
         "Revised verified view VV3 shows the parapet now at the level of the church ridge rather than above it. A "
         "further reduction to eight storeys would remove 22 homes, including 7 affordable homes, and is not viable.",
         "Partially incorporated"),
        ("Homes: aspect",
         "Increase dual-aspect homes; no north-facing single-aspect flats.",
         "The core layout of blocks B and C has been redesigned with additional cores. Dual-aspect homes now make "
         "up 63 per cent of the total, and no single-aspect home faces north.", "Incorporated"),
        ("Gasholder frame and riverside park",
         "Strategy for the frame; riverside park in phase 1.",
         "A Heritage Management Plan (Appendix H) is submitted with the application: the frame will transfer to the "
         "Quayside Estate Management Company, funded by a service charge with a sinking fund for repainting. The "
         "riverside park cannot be brought forward to phase 1, because the remediation of the river frontage "
         "depends on the demolition of the existing retort house in phase 2; a temporary riverside walk will be "
         "opened during phase 1 instead.", "Incorporated / Not taken forward"),
        ("Basement car park",
         "Reconsider the basement; explore a single-level podium.",
         "The design team tested a podium option. It would raise the courtyard 3.2 metres above Quayside Road and "
         "create inactive frontages on two streets. The basement is therefore retained, but reduced to 120 spaces, "
         "which allows 1.2 metres of soil depth over about half of the courtyard for tree planting.",
         "Partially incorporated"),
        ("Wall route",
         "Public street, open at all hours and adopted.",
         "The applicant notes the panel's view. Whether the route is offered for adoption will be agreed with the "
         "highway authority under a section 38 agreement at a later stage and is outside the design team's "
         "control.", "Noted"),
        ("Community engagement",
         "-",
         "A third public exhibition was held at Quayside Library on 21 March 2026 and was attended by 186 people; "
         "feedback is reported in the Statement of Community Involvement.", "-"),
    ]
    tr = "".join("<tr><td><b>%s</b></td><td>%s</td><td>%s</td><td class='st'>%s</td></tr>" % r for r in rows)
    b = ["<div class='lh'><div class='n'>Fenwick Lowe Architects</div><div class='a'>for Calder Homes Ltd<br>"
         "Former Brackenhurst Gasworks, Quayside Road<br>Job no. 2231</div></div>",
         "<h1>Design and Access Statement Addendum</h1>",
         "<p><b>Revision C, April 2026 - submitted with planning application 26/00814/FUL</b></p>",
         "<h2>4. Response to Design Review</h2>",
         "<p>4.1 The scheme has been presented twice to the Southdown Places Review Panel. The design team is grateful "
         "for the panel's constructive comments. The table below summarises the panel's key recommendations from the "
         "second review and sets out how the scheme has responded. The panel's comments are summarised, not quoted; "
         "the full report is reproduced at Appendix D.</p>",
         "<p>4.2 Table 4.1: Response to the panel's second review</p>",
         "<table><tr><th style='width:17%'>Topic</th><th style='width:24%'>Panel comment (summary)</th>"
         "<th>Design team response</th><th style='width:13%'>Status</th></tr>" + tr + "</table>",
         "<p>4.3 The revised drawings listed in Schedule 1 of the Planning Statement supersede those presented to the "
         "panel. Section 5 of this Addendum describes the revised landscape proposals in more detail.</p>"]
    return html_doc("".join(b))


def build(html, pdf, header, footer, skip_first):
    os.makedirs(TMP, exist_ok=True)
    hp = os.path.join(TMP, os.path.basename(pdf).replace(".pdf", ".html"))
    with open(hp, "w", encoding="utf-8") as fh:
        fh.write(html)
    H.chromium_pdf(hp, pdf)
    H.stamp(pdf, header=header, footer=footer, skip_first=skip_first)


NOTES = ("Design review panel report (genre of the English independent design review panels) of the invented "
         "Southdown Places Review Panel on the former Brackenhurst Gasworks, 240 homes, pre-application PRE/25/0391. "
         "Traps: meeting details table, scheme description with figures, the planning authority's views ('the "
         "tallest block should respect views', 'should meet the borough's emerging policy DM14'), the previous "
         "review's recommendations quoted ('reduce the height of the riverside block substantially', 'retain the "
         "gasholder frame'), a summary restating the concerns, detailed comments with 'should' ('upper floors ... "
         "should step back', 'Play space should be provided', 'should be avoided in any case'), next steps. "
         "Recommendations: 'Key recommendations' box, seven unnumbered bullets, each an imperative (Reduce, "
         "Reconsider, Make, Increase, Commit, Develop, Bring forward), numbered 1-7 in document order. Response: "
         "section 4 of the applicant architects' Design and Access Statement Addendum, Table 4.1 Topic / Panel "
         "comment (summary) / Design team response / Status, in the order 1, 4, 5+7, 2, 3. Key: 1 reduced to nine "
         "storeys, eight 'not viable' ('Partially incorporated', partly); 4 dual aspect 63 per cent, none "
         "north-facing ('Incorporated', agrees); one row covers 5 Heritage Management Plan, management company "
         "(agrees) and 7 'cannot be brought forward to phase 1', temporary walk instead (disagrees, also partly); 2 "
         "podium tested, basement retained but reduced for planting ('Partially incorporated', partly); 3 'The "
         "applicant notes the panel's view', adoption a matter for the highway authority (noted); 6 two-brick palette "
         "unanswered. Unmatched: the 'Process' row (workshops with officers), the 'Community engagement' row (third "
         "exhibition).")


def expected():
    sw = lambda i: " ".join(KEY[i].split()[:10])
    recs = [
        {"number": "1", "starts_with": sw(0),
         "reply_contains": "A further reduction to eight storeys would remove 22 homes", "verdict": "partly"},
        {"number": "2", "starts_with": sw(1),
         "reply_contains": "The basement is therefore retained, but reduced to 120 spaces", "verdict": "partly"},
        {"number": "3", "starts_with": sw(2),
         "reply_contains": "The applicant notes the panel's view", "verdict": "noted", "also": ["disagrees"]},
        {"number": "4", "starts_with": sw(3),
         "reply_contains": "homes now make up 63 per cent of the total", "verdict": "agrees"},
        {"number": "5", "starts_with": sw(4),
         "reply_contains": "the frame will transfer to the Quayside Estate Management Company", "verdict": "agrees"},
        {"number": "6", "starts_with": sw(5), "reply_contains": None, "verdict": "unanswered"},
        {"number": "7", "starts_with": sw(6),
         "reply_contains": "The riverside park cannot be brought forward to phase 1", "verdict": "disagrees",
         "also": ["partly"]},
    ]
    H.write_expected(NAME, recs, ["held two workshops with council officers",
                                  "A third public exhibition was held at Quayside Library"], NOTES)


if __name__ == "__main__":
    build(advice(), H.out(NAME + "_advice.pdf"),
          "Southdown Places Review Panel | Former Brackenhurst Gasworks | 5 February 2026 | CONFIDENTIAL",
          "Page {n} of {N}", True)
    build(response(), H.out(NAME + "_response.pdf"),
          "Former Brackenhurst Gasworks - Design and Access Statement Addendum - Rev C - April 2026",
          "Fenwick Lowe Architects | 2231-FLA-RP-0004 | {n}", False)
    expected()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b49en.py"), NAME)) and 1)
