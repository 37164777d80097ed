"""Round 137 (EN): an INDEPENDENT GOVERNANCE REVIEW of an English county football association by a governance
consultancy, answered by the association BOARD's RESPONSE, which groups the recommendations under headings by
OUTCOME ('What we have accepted', 'What we have accepted with changes', 'What we have not accepted', 'What we will
consider further'), each a paraphrase with its code in brackets, in another order.
The advice: seven recommendations CODED by theme, G1-G3 (Board), S1-S2 (Safeguarding), F1-F2 (Finance), each in a
bordered box inside its chapter, after KEY FINDINGS numbered 1-6. Traps: the Code for Sports Governance paraphrased
('must have at least 30 per cent'), the 2019 review quoted ('the Board should appoint a Senior Independent
Director'), 'We do not recommend that the Association merge with ...', a closing naming 'G1 and S1'.
The response: chair's introduction (nothing); accepted: S1 full-time safeguarding officer (agrees), G3 papers and
minutes published (agrees); accepted with changes: G1 eleven directors, two independent (partly); not accepted: G2
term limits rejected by Council (disagrees), F2 Holloway Lane kept (disagrees); further consideration: F1 audit
committee noted until independents are in post (noted); merger remark and closing (nothing); S2 never (unanswered).
Chromium headless --print-to-pdf, A4, cleaned Liberation Sans (review) and Liberation Serif (response) via
@font-face, ligatures off; header and 'Page N of M' stamped from page 2. All bodies, people, places, figures and
references invented; the Code for Sports Governance is named as context only (what is said of it is paraphrased and
not to be relied on).
Run:  /tmp/blind137en/bin/python tests/docs/src/blind137/gen_en_sports_governance_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b137en as H

NAME = "blind137_en_sports_governance"
CSS = """<style>
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
@page { size: A4; margin: 20mm 22mm 22mm 22mm; }
body { font-family: F; font-size: %(s)s; line-height: 1.4; color: #1b1b1b; margin: 0; font-variant-ligatures: none; }
h1 { font-size: 16pt; color: %(c)s; margin: 0 0 4pt 0; }
h2 { font-size: 12pt; color: %(c)s; margin: 11pt 0 4pt 0; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 9pt 0 3pt 0; break-after: avoid; }
p { margin: 0 0 6pt 0; }
.meta { color: #555; font-size: 9pt; }
.head { border-bottom: 1.2pt solid %(c)s; padding-bottom: 5pt; margin-bottom: 9pt; }
.rec { border: 1pt solid %(c)s; padding: 4pt 9pt 4pt 9pt; margin: 3pt 0 8pt 0; break-inside: avoid; }
.rec b { color: %(c)s; }
ol { margin: 0 0 7pt 0; padding-left: 18pt; }
li { margin-bottom: 3pt; }
blockquote { margin: 0 0 7pt 18pt; font-style: italic; }
.item { margin: 0 0 7pt 0; }
</style>"""


def doc(body, fam, size, colour):
    r, b, i = (H.clean_font(f"Liberation{fam}-{s}.ttf") for s in ("Regular", "Bold", "Italic"))
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
            f"{CSS % {'r': r, 'b': b, 'i': i, 's': size, 'c': colour}}</head><body>{body}</body></html>")


RECS = {
    "G1": "Reduce the Board from fourteen to nine directors, of whom at least three should be independent "
          "non-executive directors appointed on merit after open advertisement.",
    "G2": "Limit directors to a maximum of three terms of three years, and apply the limit to current directors "
          "from the 2026 Annual General Meeting.",
    "G3": "Publish Board papers and minutes on the Association's website within four weeks of each meeting, with "
          "confidential items removed.",
    "S1": "Appoint a paid, full-time Designated Safeguarding Officer reporting directly to the Chief Executive, in "
          "place of the present volunteer role.",
    "S2": "Make completion of the annual club safeguarding self-assessment a condition of affiliation for every "
          "club from the 2026-27 season.",
    "F1": "Establish an Audit and Risk Committee chaired by an independent director with recognised financial "
          "experience.",
    "F2": "Sell or lease the Holloway Lane ground, which lost 38,400 pounds in 2024, and reinvest the proceeds in "
          "grassroots facilities.",
}


def box(code):
    return f"<div class='rec'><b>Recommendation {code}.</b> {RECS[code]}</div>"


def render(html, pdf):
    tmp = tempfile.mkdtemp(prefix="blind137en_html_")
    try:
        p = os.path.join(tmp, "doc.html")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(p, pdf)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def advice():
    body = f"""
<div class='head'><p class='meta'>CALDER WHITLOCK GOVERNANCE PARTNERS &#183; for the Board of Eastmoor County
Football Association Ltd</p></div>
<h1>Independent Governance Review of Eastmoor County Football Association</h1>
<p class='meta'>Report CWGP/EMFA/2025 &#183; Lead reviewer: Ms Priya Raghunathan &#183; June 2025</p>
<h2>1 Introduction</h2>
<p>The Board of Eastmoor County FA commissioned this review in January 2025, after a dispute over the election of
the Chair and a qualified opinion in the 2023 accounts. We interviewed 31 directors, staff, Council members and club
officials, surveyed 412 affiliated clubs (38 per cent responded) and read ten years of Board papers. Where we refer
to the Code for Sports Governance, it is for context: as we understand it, a body funded at the higher tiers must
have at least 30 per cent of each gender on its Board, and must publish information about its structure and
finances.</p>
<h2>2 Key findings</h2>
<ol>
<li>The Board has fourteen members, twelve of them elected by the Council of club delegates; none is
independent.</li>
<li>Four directors have served for more than fifteen years, one for twenty-six.</li>
<li>Board minutes are not published, and clubs told us they learn of decisions from local newspapers.</li>
<li>Safeguarding is led by a volunteer officer who works about ten hours a week and had 214 open referrals in
March.</li>
<li>Only 61 per cent of clubs completed the voluntary safeguarding self-assessment in 2024.</li>
<li>The Finance Committee is made up of three directors, none with a finance qualification, and the Holloway Lane
ground has run at a loss for five years.</li>
</ol>
<h2>3 The Board and its members</h2>
<p>The 2019 review by the national association recommended that &#8220;the Board should appoint a Senior
Independent Director&#8221;. That was done in 2020, but the post lapsed when its holder was elected Chair in 2023.
A Board of fourteen is too large to hold the executive to account and too inward-looking to bring in new skills.</p>
{box('G1')}
<p>Long service brings experience, but our interviews show that it has also made the Board reluctant to
change.</p>
{box('G2')}
{box('G3')}
<h2>4 Safeguarding</h2>
<p>The volunteer safeguarding officer is highly committed, but no single volunteer can manage a caseload of this
size, and several referrals had waited more than eight weeks for a first response.</p>
{box('S1')}
<p>Clubs that complete the self-assessment have welfare officers in post and up-to-date checks far more often
than those that do not.</p>
{box('S2')}
<h2>5 Finance and assets</h2>
<p>The qualified opinion in 2023 related to the valuation of the Holloway Lane ground. The Finance Committee has
no member who could challenge the auditors on such a point.</p>
{box('F1')}
{box('F2')}
<p>Some clubs suggested that the Association should merge with the neighbouring Westmoor County FA to save costs.
We do not recommend that the Association merge with Westmoor County FA: the savings would be small and the two
counties' leagues are organised very differently.</p>
<h2>6 Conclusion</h2>
<p>Eastmoor County FA runs football well for 412 clubs and some 23,000 players, but its governance has not kept
pace. G1 and S1 are the changes we regard as essential; the others would build on them. We would be glad to
discuss the report with the Board and the Council.</p>
<p class='meta'>Priya Raghunathan, Calder Whitlock Governance Partners</p>
"""
    render(doc(body, "Sans", "10pt", "#0f4c81"), H.out(NAME + "_advice.pdf"))


def response():
    body = """
<div class='head'><p class='meta'>EASTMOOR COUNTY FOOTBALL ASSOCIATION LTD &#183; County Ground, Mill Lane,
Brackley Moor</p></div>
<h1>Board Response to the Independent Governance Review</h1>
<p class='meta'>Approved by the Board on 9 September 2025 and reported to the Council on 23 September 2025</p>
<h2>Introduction from the Chair</h2>
<p>The Board asked for an honest review, and we have received one. I thank Ms Raghunathan and her team, and the
many club officials who gave their time. The Board discussed every recommendation at a special meeting in August,
and some of our decisions needed the approval of the Council, which owns our Articles of Association. We set out
below what we have decided.</p>
<h2>What we have accepted</h2>
<p class='item'><b>A full-time Designated Safeguarding Officer (S1).</b> The post was advertised in July and
Ms Carys Pemberton took it up on 1 September. She reports directly to the Chief Executive, and our former volunteer
officer has kindly agreed to stay on as her deputy.</p>
<p class='item'><b>Openness about Board business (G3).</b> From the October meeting, papers and minutes will be
placed on our website within twenty-eight days, with any confidential matters taken out.</p>
<h2>What we have accepted with changes</h2>
<p class='item'><b>A smaller Board with independent members (G1).</b> The Council agreed to reduce the Board to
eleven directors, two of them independent, from the 2026 AGM. A Board of nine would leave too few places for the
leagues and the youth and women's game, which the Council was not willing to give up.</p>
<h2>What we have not accepted</h2>
<p class='item'><b>Limits on terms of office (G2).</b> A resolution to introduce term limits was put to the Council
on 23 September and fell, with 41 votes for and 57 against. The Board will not bring it back this year.</p>
<p class='item'><b>The future of Holloway Lane (F2).</b> The ground is the home of county cup finals and of our
disability football programme. The Board has decided to keep it, and will instead seek a partner to run the bar
and the second pitch so that its losses are reduced.</p>
<h2>What we will consider further</h2>
<p class='item'><b>An Audit and Risk Committee (F1).</b> The Board has noted this proposal. It will return to it
once the two independent directors are appointed, as one of them would be needed to chair such a committee.</p>
<p>We were pleased that the review did not support a merger with our neighbours, a question that has taken up much
time at recent meetings.</p>
<p>The Board will report on progress to the Council at each of its meetings in the coming year.</p>
<p>Graham Ollerenshaw<br>Chair, Eastmoor County Football Association</p>
"""
    render(doc(body, "Serif", "11pt", "#7a1f1f"), H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Independent Governance Review - Eastmoor County FA - CWGP/EMFA/2025",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Eastmoor County FA - Board Response to the Governance Review",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": "G1", "starts_with": "Reduce the Board from fourteen to nine directors, of whom",
         "reply_contains": "agreed to reduce the Board to eleven directors, two of them independent",
         "verdict": "partly"},
        {"number": "G2", "starts_with": "Limit directors to a maximum of three terms of three years",
         "reply_contains": "The Board will not bring it back this year", "verdict": "disagrees"},
        {"number": "G3", "starts_with": "Publish Board papers and minutes on the Association's website within",
         "reply_contains": "will be placed on our website within twenty-eight days", "verdict": "agrees"},
        {"number": "S1", "starts_with": "Appoint a paid, full-time Designated Safeguarding Officer reporting directly",
         "reply_contains": "Ms Carys Pemberton took it up on 1 September", "verdict": "agrees"},
        {"number": "S2", "starts_with": "Make completion of the annual club safeguarding self-assessment a condition",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "F1", "starts_with": "Establish an Audit and Risk Committee chaired by an independent director",
         "reply_contains": "It will return to it once the two independent directors are appointed",
         "verdict": "noted"},
        {"number": "F2", "starts_with": "Sell or lease the Holloway Lane ground, which lost 38,400",
         "reply_contains": "The Board has decided to keep it", "verdict": "disagrees"},
    ]
    unmatched = ["some of our decisions needed the approval of the Council",
                 "a question that has taken up much time at recent meetings",
                 "will report on progress to the Council at each of its meetings"]
    notes = ("Advice: an INDEPENDENT GOVERNANCE REVIEW of an English county football association by a consultancy "
             "(the Code for Sports Governance named as context); seven recommendations CODED by theme G1-G3, S1-S2, "
             "F1-F2, each in a bordered box 'Recommendation Xn.' inside its chapter between discussion, after KEY "
             "FINDINGS numbered 1.-6. Traps: the Code paraphrased ('must have at least 30 per cent of each "
             "gender'); the 2019 review quoted ('the Board should appoint a Senior Independent Director'); clubs' "
             "merger suggestion ('should merge') and 'We do not recommend that the Association merge with Westmoor "
             "County FA'; conclusion 'G1 and S1 are the changes we regard as essential'. Response: the Board's "
             "RESPONSE grouped under OUTCOME headings ('What we have accepted', '... accepted with changes', '... "
             "not accepted', '... will consider further'), each item a bold paraphrase with its code in brackets, "
             "in the order S1, G3, G1, G2, F2, F1: Chair's introduction (nothing); S1 officer appointed (agrees); "
             "G3 papers and minutes within twenty-eight days (agrees); G1 eleven directors, two independent "
             "(partly); G2 term limits rejected by the Council (disagrees); F2 'decided to keep' the ground "
             "(disagrees); F1 'noted', to return once independents are appointed (noted); merger remark and "
             "closing (nothing). S2 (safeguarding self-assessment as a condition of affiliation) is never answered "
             "(unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
