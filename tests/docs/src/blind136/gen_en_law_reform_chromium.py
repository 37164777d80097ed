"""Round 136 (EN): a small island jurisdiction's LAW REFORM COMMISSION REPORT on neighbour disputes about trees and
hedges, answered by the GOVERNMENT RESPONSE laid before the legislature, which QUOTES each recommendation under its
number, grouped in three parts in another order.
The advice: seven recommendations, each a shaded box labelled 'Recommendation n', spread over chapters 3-5 of the
report between discussion. Traps: the consultation paper's numbered 'Proposal 1'-'Proposal 3' quoted ('should be
able to'), the existing Boundaries Act paraphrased ('must'), the English and Scottish statutes named as context,
'The Commission does not recommend a statutory right to light for gardens', a summary sentence naming
'Recommendations 1 and 3'.
The response: foreword (nothing); Part A Jurisdiction and powers: 1 supported (agrees), 3 not supported (disagrees),
6 not accepted (disagrees); Part B Process and cost: 2 supported in part (partly), 4 supported (agrees); Part C
Information: 5 noted (noted); right to light remark and next steps (nothing); 7 never (unanswered).
Chromium headless --print-to-pdf, A4, cleaned Liberation Serif (report) and Liberation Sans (response) via
@font-face, ligatures off; header and 'Page N of M' stamped from page 2. All bodies, people, places, figures and
references invented; the Anti-social Behaviour Act 2003 and the High Hedges (Scotland) Act 2013 are named as
context only.
Run:  /tmp/blind136en/bin/python tests/docs/src/blind136/gen_en_law_reform_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b136en as H

NAME = "blind136_en_law_reform"
CSS = """<style>
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
@page { size: A4; margin: 22mm 22mm 22mm 22mm; }
body { font-family: F; font-size: %(s)s; line-height: 1.4; color: #1b1b1b; margin: 0; font-variant-ligatures: none; }
h1 { font-size: 17pt; color: %(c)s; margin: 0 0 4pt 0; }
h2 { font-size: 12pt; color: %(c)s; margin: 12pt 0 4pt 0; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 9pt 0 3pt 0; break-after: avoid; }
p { margin: 0 0 7pt 0; }
.meta { color: #555; font-size: 9pt; }
.head { border-bottom: 1.2pt solid %(c)s; padding-bottom: 5pt; margin-bottom: 9pt; }
.rec { background: #e9eef4; border-left: 3pt solid %(c)s; padding: 5pt 9pt 5pt 9pt; margin: 3pt 0 9pt 0;
       break-inside: avoid; }
.rec .l { font-weight: bold; display: block; margin-bottom: 2pt; color: %(c)s; }
blockquote { margin: 0 0 7pt 18pt; font-style: italic; }
.q { margin: 2pt 0 4pt 0; padding: 4pt 8pt; border: 0.7pt solid #a7a7a7; font-style: italic; font-size: 9.5pt;
     break-inside: avoid; }
.resp { margin: 0 0 9pt 0; }
.st { font-weight: bold; }
</style>"""


def doc(body, fam, size, colour):
    r, b, i = (H.clean_font(f"Liberation{fam}-{s}.ttf") for s in ("Regular", "Bold", "Italic"))
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
            f"{CSS % {'r': r, 'b': b, 'i': i, 's': size, 'c': colour}}</head><body>{body}</body></html>")


RECS = {
    1: "The Commission recommends that a new Act give the Land Tribunal jurisdiction to decide disputes between "
       "neighbours about trees and hedges on adjoining land.",
    2: "Before applying to the Tribunal, a neighbour should be required to attempt mediation through the Community "
       "Mediation Service, except where a tree presents an urgent danger.",
    3: "The Tribunal should have power to order that a tree be felled, and not only cut back, where no lesser order "
       "would resolve the problem.",
    4: "The fee for an application to the Tribunal should not exceed 150 pounds and should be waived for applicants "
       "who receive income support.",
    5: "Orders of the Tribunal about trees and hedges should be entered on a public register that can be searched "
       "by intending buyers of land.",
    6: "Trees protected by a tree preservation order should be within the Tribunal's jurisdiction, with the planning "
       "authority joined as a party to the application.",
    7: "The Minister should review the operation of the new Act five years after it comes into force and lay a "
       "report of the review before the Carrow Island Assembly.",
}


def box(n):
    return f"<div class='rec'><span class='l'>Recommendation {n}</span>{RECS[n]}</div>"


def advice():
    body = f"""
<div class='head'><p class='meta'>LAW REFORM COMMISSION OF THE ISLE OF CARROW</p></div>
<h1>Trees, Hedges and Neighbours</h1>
<p class='meta'>Report No. 58 &#183; LRC(C) 58/2025 &#183; Presented to the Attorney General, 14 May 2025</p>
<h2>1 Summary</h2>
<p>Disputes about trees and hedges are among the most bitter that neighbours have. On the Island they can at present
be resolved only by negotiation or by an action in nuisance in the High Court, which is slow and costly. This report
proposes a simple statutory scheme. Its core is set out in Recommendations 1 and 3; the rest concern how the scheme
should work in practice.</p>
<h2>2 The present law and the consultation</h2>
<p>The Boundaries Act 1962 deals with walls and fences only. As the Commission reads it, a person who builds a
boundary wall must give the neighbour one month's notice, but the Act says nothing about trees or hedges. In England
and Wales, Part 8 of the Anti-social Behaviour Act 2003 deals with high hedges, and in Scotland the High Hedges
(Scotland) Act 2013 does the same; both are mentioned here for comparison only.</p>
<p>Our Consultation Paper No. 41 (2024) put forward three proposals:</p>
<blockquote>Proposal 1: A neighbour should be able to apply to an independent body when a hedge over two metres high
blocks light to a dwelling.<br>Proposal 2: Applications should be made to the planning authority.<br>Proposal 3:
No fee should be charged.</blockquote>
<p>We received 212 responses. Most supported Proposal 1 but said it was too narrow, because many complaints concern
single trees rather than hedges. The planning authority itself opposed Proposal 2.</p>
<h2>3 Who should decide</h2>
<p>We consider that a judicial body with experience of land is better placed than the planning authority to weigh
the interests of neighbours. The Land Tribunal already sits in property cases and can hold site visits.</p>
{box(1)}
<p>Most consultees who had been in a dispute said that a meeting with a neutral person early on would have helped.
The Community Mediation Service resolved 61 of the 88 neighbour cases it took on in 2024.</p>
{box(2)}
<h2>4 What the Tribunal could order</h2>
<p>Cutting back will usually be enough. But in a few cases, such as a conifer planted a metre from a kitchen window,
only removal will do, and the Tribunal should not be left without a remedy.</p>
{box(3)}
<p>Several consultees asked for a right to light for gardens, so that a neighbour could object to any tree that
shades a lawn. The Commission does not recommend a statutory right to light for gardens: it would reach far beyond
the disputes that concern us and would affect ordinary planting across the Island.</p>
<p>Many of the trees that cause disputes are protected. At present the owner of a protected tree needs the planning
authority's consent to cut it, and a neighbour has no say.</p>
{box(6)}
<h2>5 Cost, information and review</h2>
<p>A fee keeps out trivial claims, but the High Court fee of 616 pounds is beyond many households.</p>
{box(4)}
<p>Buyers often learn of a dispute only after moving in. A register would also help the Tribunal to be consistent.</p>
{box(5)}
{box(7)}
<p>The Commission thanks the members of its advisory group, chaired by Mr Justice Corlett (retired), and all who
responded to the consultation.</p>
<p>Judge Anne Kewley-Faragher, Chair &#183; Mr Robert Quayle-Ashdown &#183; Ms Priya Callister, Commissioners</p>
"""
    return doc(body, "Serif", "10.3pt", "#1f3f66")


def response():
    body = """
<div class='head'><p class='meta'>ISLE OF CARROW GOVERNMENT &#183; ATTORNEY GENERAL'S CHAMBERS</p></div>
<h1>Government Response to Law Reform Commission Report No. 58, Trees, Hedges and Neighbours</h1>
<p class='meta'>GD 2025/0117 &#183; Laid before the Carrow Island Assembly, October 2025</p>
<p>The Government is grateful to the Commission for a clear and practical report, and to everyone who took part in
the consultation. Officers of the Attorney General's Chambers and the Department of Environment, Food and Planning
have considered each recommendation. Our responses are grouped below under three headings; each
recommendation is quoted from the report, in most cases shortened.</p>
<h2>Part A: Jurisdiction and powers</h2>
<h3>Recommendation 1</h3>
<div class='q'>A new Act should give the Land Tribunal jurisdiction to decide disputes between neighbours about trees
and hedges on adjoining land.</div>
<p class='resp'><span class='st'>Supported.</span> A Trees and Hedges (Neighbours) Bill will be drafted for
introduction in the 2026-27 session, and the Land Tribunal's rules will be amended to provide for these
applications.</p>
<h3>Recommendation 3</h3>
<div class='q'>The Tribunal should have power to order that a tree be felled, and not only cut back ...</div>
<p class='resp'><span class='st'>Not supported.</span> The Government is concerned that a power to fell healthy trees
would be at odds with its tree-planting targets. The Bill will allow the Tribunal to order reduction in height or
spread, however severe, but not removal.</p>
<h3>Recommendation 6</h3>
<div class='q'>Trees protected by a tree preservation order should be within the Tribunal's jurisdiction ...</div>
<p class='resp'><span class='st'>Not accepted.</span> Works to protected trees will remain a matter for the planning
authority alone, which already consults neighbours on applications to cut them.</p>
<h2>Part B: Process and cost</h2>
<h3>Recommendation 2</h3>
<div class='q'>Before applying to the Tribunal, a neighbour should be required to attempt mediation ...</div>
<p class='resp'><span class='st'>Supported in part.</span> Applicants will have to show that they have offered
mediation to the other party, but the Government does not think it right to bar an application where the other
party refuses to take part. The urgent danger exception will be included.</p>
<h3>Recommendation 4</h3>
<div class='q'>The fee for an application to the Tribunal should not exceed 150 pounds ...</div>
<p class='resp'><span class='st'>Supported.</span> The fee will be set at 120 pounds, with a full waiver for anyone
receiving income support or employment and support allowance.</p>
<h2>Part C: Information</h2>
<h3>Recommendation 5</h3>
<div class='q'>Orders of the Tribunal about trees and hedges should be entered on a public register ...</div>
<p class='resp'><span class='st'>Noted.</span> The Government will look at this idea as part of its wider review of
conveyancing searches, which is due to report in 2027.</p>
<h2>Other matters</h2>
<p>The Government agrees with the Commission that there should be no new right to light for gardens, and will make no
such provision in the Bill.</p>
<p>A draft of the Bill will be published for comment in spring 2026. Enquiries about this response may be sent to the
Legislative Drafting Office, Government Buildings, Harbour Road, Port Carrow.</p>
"""
    return doc(body, "Sans", "10pt", "#3b4b1f")


def main():
    tmp = tempfile.mkdtemp(prefix="blind136en_html_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(src, H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Law Reform Commission of the Isle of Carrow - Report No. 58",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="GD 2025/0117 - Government Response to LRC Report No. 58",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "The Commission recommends that a new Act give the Land Tribunal",
         "reply_contains": "A Trees and Hedges (Neighbours) Bill will be drafted", "verdict": "agrees"},
        {"number": 2, "starts_with": "Before applying to the Tribunal, a neighbour should be required",
         "reply_contains": "Applicants will have to show that they have offered mediation", "verdict": "partly"},
        {"number": 3, "starts_with": "The Tribunal should have power to order that a tree be",
         "reply_contains": "a power to fell healthy trees would be at odds", "verdict": "disagrees"},
        {"number": 4, "starts_with": "The fee for an application to the Tribunal should not exceed",
         "reply_contains": "The fee will be set at 120 pounds", "verdict": "agrees"},
        {"number": 5, "starts_with": "Orders of the Tribunal about trees and hedges should be entered",
         "reply_contains": "will look at this idea as part of its wider review", "verdict": "noted"},
        {"number": 6, "starts_with": "Trees protected by a tree preservation order should be within",
         "reply_contains": "Works to protected trees will remain a matter for the planning authority",
         "verdict": "disagrees"},
        {"number": 7, "starts_with": "The Minister should review the operation of the new Act five",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["Our responses are grouped below under three headings",
                 "will make no such provision in the Bill",
                 "A draft of the Bill will be published for comment in spring 2026"]
    notes = ("Advice: a small island jurisdiction's LAW REFORM COMMISSION REPORT No. 58 'Trees, Hedges and Neighbours'; "
             "seven recommendations each in a shaded BOX LABELLED 'Recommendation n', spread through chapters 3-5 "
             "between discussion and not in numerical order on the page (1, 2, 3, 6, 4, 5, 7). Traps: the "
             "consultation paper's 'Proposal 1'-'Proposal 3' quoted ('should be able to apply', 'should be made', "
             "'should be charged'); the Boundaries Act 1962 paraphrased ('must give the neighbour one month's "
             "notice'); the Anti-social Behaviour Act 2003 and High Hedges (Scotland) Act 2013 named as context; 'The "
             "Commission does not recommend a statutory right to light for gardens'; the summary naming "
             "'Recommendations 1 and 3'. Response: GOVERNMENT RESPONSE laid before the legislature, each "
             "recommendation QUOTED (mostly shortened with '...') under 'Recommendation n', with a bold status "
             "opening the reply, grouped in Parts A (1, 3, 6), B (2, 4), C (5): 1 'Supported', Bill to be drafted "
             "(agrees); 3 'Not supported', reduction but not removal (disagrees); 6 'Not accepted' (disagrees); 2 "
             "'Supported in part', mediation offered but not required (partly); 4 'Supported', fee 120 pounds "
             "(agrees); 5 'Noted', wider review of conveyancing searches (noted); foreword, right-to-light remark "
             "and next steps (nothing). Recommendation 7 (five-year review) is never answered (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
