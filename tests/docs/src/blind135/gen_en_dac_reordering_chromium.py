"""Round 135 (EN): a Church of England DIOCESAN ADVISORY COMMITTEE's LETTER OF ADVICE on a parish church reordering,
answered by the PAROCHIAL CHURCH COUNCIL's RESPONSE STATEMENT (a two-column table quoting each point, letters
dropped, in another order).
The advice: seven points (a)-(g) in a tinted BOX 'The Committee's advice', each an imperative. Traps: a numbered
list 1.-4. of the Committee's findings at the site visit, the Faculty Jurisdiction Rules 2015 paraphrased ('must be
accompanied'), Historic England's letter quoted ('should be retained'), 'The Committee does not recommend ...' on the
chancel screen, a closing naming 'points (a) and (c)'.
The response: introduction (nothing); a table 'DAC advice (as quoted) | PCC response' with the points quoted in the
order (d), (a), (c), (b), (g), (e); (f) never mentioned; a closing request to the DAC (nothing).
Chromium headless --print-to-pdf, A4, cleaned Liberation Serif (advice) and Liberation Sans (response) via
@font-face, ligatures off; header and 'Page N of M' stamped from page 2. All bodies, people, places, figures and
references invented; the Faculty Jurisdiction Rules 2015 are named as context only (what is said of them is
paraphrased and not to be relied on).
Run:  /tmp/blind135en/bin/python tests/docs/src/blind135/gen_en_dac_reordering_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b135en as H

NAME = "blind135_en_dac_reordering"
CSS = """<style>
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
@page { size: A4; margin: 22mm 22mm 22mm 22mm; }
body { font-family: F; font-size: %(s)s; line-height: 1.4; color: #1b1b1b; margin: 0; font-variant-ligatures: none; }
h1 { font-size: 16pt; color: %(c)s; margin: 0 0 4pt 0; }
h2 { font-size: 12pt; color: %(c)s; margin: 12pt 0 4pt 0; break-after: avoid; }
p { margin: 0 0 7pt 0; }
.meta { color: #555; font-size: 9pt; }
.head { border-bottom: 1.2pt solid %(c)s; padding-bottom: 5pt; margin-bottom: 9pt; }
ol { margin: 0 0 7pt 0; padding-left: 20pt; } li { margin-bottom: 3pt; }
.box { border: 1pt solid %(c)s; background: #f4efe6; padding: 6pt 10pt 2pt 10pt; margin: 4pt 0 9pt 0; }
.box h3 { margin: 0 0 5pt 0; font-size: 11pt; color: %(c)s; }
table.pts { border-collapse: collapse; margin: 0 0 5pt 0; }
table.pts td { vertical-align: top; padding: 0 0 5pt 0; }
table.pts td.l { width: 24pt; font-weight: bold; }
blockquote { margin: 0 0 7pt 18pt; font-style: italic; }
table.resp { width: 100%%; border-collapse: collapse; font-size: 9.5pt; margin: 4pt 0 10pt 0; }
table.resp th { background: #e6e9ef; text-align: left; }
table.resp th, table.resp td { border: 0.7pt solid #8c8c8c; padding: 4pt 6pt; vertical-align: top; }
table.resp td.q { width: 42%%; font-style: italic; }
tr { break-inside: avoid; }
</style>"""


def doc(body, fam, size, colour):
    r, b, i = (H.clean_font(f"Liberation{fam}-{s}.ttf") for s in ("Regular", "Bold", "Italic"))
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
            f"{CSS % {'r': r, 'b': b, 'i': i, 's': size, 'c': colour}}</head><body>{body}</body></html>")


POINTS = [
    ("a", "Revise the Statement of Needs to explain why the servery and WC cannot be placed in the existing north "
          "vestry."),
    ("b", "Retain the two pews at the west end of the south aisle and reuse the ends of the pews removed as panelling "
          "for the servery front."),
    ("c", "Replace the proposed frameless glazed screen under the tower arch with a timber-framed screen set back "
          "behind the arch mouldings."),
    ("d", "Commission an archaeological watching brief for the excavation of the drainage run from the WC to the "
          "churchyard boundary."),
    ("e", "Obtain a bat survey before any work is carried out in the roof void above the north vestry."),
    ("f", "Submit a lighting scheme with a lux plan and sample fittings, with a colour temperature no cooler than "
          "3000 K, for the Committee to see."),
    ("g", "Keep the font in its historic position by the south door rather than moving it to the chancel as "
          "proposed."),
]


def advice():
    pts = "".join(f"<tr><td class='l'>({k})</td><td>{t}</td></tr>" for k, t in POINTS)
    body = f"""
<div class='head'><p class='meta'>DIOCESE OF WENDLEBURY &#183; DIOCESAN ADVISORY COMMITTEE FOR THE CARE OF CHURCHES</p>
<p class='meta'>Church House, 4 Minster Yard, Wendlebury WB1 2QT</p></div>
<p class='meta'>Our ref. DAC/2025/0412 &#183; 9 April 2025</p>
<p>The Revd Canon Alison Marsh-Pemberton<br>The Vicarage, Thornbury Parva<br>and the Churchwardens, St Michael and All
Angels</p>
<h1>St Michael and All Angels, Thornbury Parva: proposed reordering of the west end</h1>
<p>Dear Canon Marsh-Pemberton,</p>
<p>Thank you for the parish's proposals, received on 3 February 2025, for the removal of six pews at the west end of
the nave and south aisle, a servery and an accessible WC in the base of the tower, a glazed screen under the tower
arch, new LED lighting and the relocation of the font. Members of the Committee, with the Archdeacon of Thornbury,
the Ven. Ruth Allingham, visited the church on 12 March 2025. The proposals were considered at the Committee's
meeting on 2 April 2025.</p>
<h2>What the Committee found</h2>
<ol>
<li>The church is listed Grade II*; the west end retains a complete set of 1868 pews by a local joiner.</li>
<li>The parish's case for a WC and refreshment facilities is strong: the church is used for a toddler group, a
lunch club and concerts, and the nearest public toilet is a mile away.</li>
<li>The drainage run will cross part of the churchyard where burials are recorded from the seventeenth century.</li>
<li>Bat droppings were seen in the north vestry during the visit.</li>
</ol>
<p>Under the Faculty Jurisdiction Rules 2015, as the Committee understands them, a petition for works of this kind
must be accompanied by a statement of significance and a statement of needs. Historic England, consulted informally,
wrote on 20 March that &#8220;a representative group of the 1868 pews should be retained in situ&#8221;. The Committee
shares that view.</p>
<div class='box'><h3>The Committee's advice</h3>
<p>The Committee supports the principle of the scheme and offers the following advice:</p>
<table class='pts'>{pts}</table>
</div>
<p>Some parishioners at the visit suggested that the Victorian chancel screen might also be taken down to open up
the east end. The Committee does not recommend this; the screen is an important part of the church's
significance and is not included in the present proposals.</p>
<p>Once points (a) and (c) have been addressed, the Committee expects to be able to issue a Notification of Advice
recommending the proposals for approval by the Chancellor. The DAC Secretary, Mr Tobias Wentworth-Oyelaran, will be
glad to advise on the faculty petition.</p>
<p>Yours sincerely,</p>
<p>Dr Helen Castellane-Brooke<br>Chair, Diocesan Advisory Committee</p>
"""
    return doc(body, "Serif", "10.5pt", "#5b2a4e")


RESP = [
    ("d", "Commission an archaeological watching brief for the excavation of the drainage run ...",
     "Done. Ashby &amp; Tey Heritage have been engaged, and the watching brief is written into the contract "
     "specification for the drainage works."),
    ("a", "Revise the Statement of Needs to explain why the servery and WC cannot be placed in the north vestry.",
     "The Statement of Needs has been revised (version 3, May 2025). A new section shows that the vestry floor is "
     "40 cm below the nave, with no level route and no room for a turning circle."),
    ("c", "Replace the proposed frameless glazed screen under the tower arch with a timber-framed screen ...",
     "After much discussion the PCC has decided to keep the frameless design. A timber frame would cut across "
     "the view of the west window from the nave, which is the main reason for having a glass screen at all."),
    ("b", "Retain the two pews at the west end of the south aisle and reuse the ends ...",
     "The PCC will keep one pew rather than two at the west end of the south aisle, to leave space for a "
     "wheelchair user. The ends of the removed pews will be reused on the servery front as the DAC suggests."),
    ("g", "Keep the font in its historic position by the south door ...",
     "The PCC is not persuaded on this point. Baptisms now take place in the main Sunday service, and the font "
     "will move to the chancel step as originally proposed so that the congregation can see them."),
    ("e", "Obtain a bat survey before any work is carried out in the roof void ...",
     "The PCC notes this advice. No work to the vestry roof void is planned at present; should that change, a "
     "survey will be considered at the time."),
]


def response():
    rows = "".join(f"<tr><td class='q'>&#8220;{q}&#8221;</td><td>{a}</td></tr>" for _, q, a in RESP)
    body = f"""
<div class='head'><p class='meta'>PAROCHIAL CHURCH COUNCIL OF ST MICHAEL AND ALL ANGELS, THORNBURY PARVA</p></div>
<h1>Response to the Diocesan Advisory Committee's advice of 9 April 2025</h1>
<p class='meta'>DAC ref. DAC/2025/0412 &#183; Agreed by the PCC on 20 May 2025 &#183; To be submitted with the faculty
petition</p>
<p>The PCC is grateful to the Committee and to the Archdeacon for their visit and for the care with which the
proposals were considered. At its meeting on 20 May 2025 the PCC went through the advice point by point, with the
architect, Ms Rachel Ndiaye-Holm, present. The PCC's responses are set out below.</p>
<table class='resp'>
<tr><th>DAC advice (as quoted)</th><th>PCC response</th></tr>
{rows}
</table>
<p>The revised drawings (revision D) and the updated Statement of Significance accompany this response. The PCC
would be grateful if the Committee could consider the revised scheme at its June meeting, so that the petition can be
lodged before the summer.</p>
<p>Signed on behalf of the PCC:<br>Canon Alison Marsh-Pemberton, Chair &#183; Graham Fairweather and Susan
Okonkwo-Lowe, Churchwardens</p>
"""
    return doc(body, "Sans", "10pt", "#27466e")


def main():
    tmp = tempfile.mkdtemp(prefix="blind135en_html_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(src, H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Wendlebury DAC - DAC/2025/0412 - Thornbury Parva",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="PCC of St Michael and All Angels, Thornbury Parva - Response to DAC",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": "a", "starts_with": "Revise the Statement of Needs to explain why the servery",
         "reply_contains": "The Statement of Needs has been revised (version 3, May 2025)",
         "verdict": "agrees"},
        {"number": "b", "starts_with": "Retain the two pews at the west end of the south",
         "reply_contains": "The PCC will keep one pew rather than two", "verdict": "partly"},
        {"number": "c", "starts_with": "Replace the proposed frameless glazed screen under the tower arch",
         "reply_contains": "the PCC has decided to keep the frameless design", "verdict": "disagrees"},
        {"number": "d", "starts_with": "Commission an archaeological watching brief for the excavation of the",
         "reply_contains": "the watching brief is written into the contract specification", "verdict": "agrees"},
        {"number": "e", "starts_with": "Obtain a bat survey before any work is carried out",
         "reply_contains": "No work to the vestry roof void is planned at present",
         "verdict": "noted"},
        {"number": "f", "starts_with": "Submit a lighting scheme with a lux plan and sample fittings",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "g", "starts_with": "Keep the font in its historic position by the south door",
         "reply_contains": "The PCC is not persuaded on this point", "verdict": "disagrees"},
    ]
    unmatched = ["went through the advice point by point, with the architect",
                 "The revised drawings (revision D) and the updated Statement",
                 "so that the petition can be lodged before the summer"]
    notes = ("Advice: a Church of England DIOCESAN ADVISORY COMMITTEE's LETTER OF ADVICE on a Grade II* church's west-"
             "end reordering; seven points LETTERED (a)-(g), each an imperative, in a tinted BOX headed 'The "
             "Committee's advice' after 'The Committee supports the principle of the scheme and offers the following "
             "advice:'. Traps: a numbered list 1.-4. of what the Committee found (findings), the Faculty Jurisdiction "
             "Rules 2015 paraphrased ('must be accompanied'), Historic England quoted ('should be retained in situ'), "
             "'The Committee does not recommend this' on the chancel screen, a closing naming 'points (a) and (c)'. "
             "Response: the PCC's RESPONSE STATEMENT: introduction (nothing); a two-column table 'DAC advice (as "
             "quoted) | PCC response', the points QUOTED (often shortened with '...') WITHOUT their letters, in the "
             "order d (watching brief commissioned: agrees), a (Statement of Needs revised: agrees), c 'decided to "
             "keep the frameless design' (disagrees), b one pew kept not two, pew ends reused (partly), g 'not "
             "persuaded', the font moves to the chancel (disagrees), e 'notes this advice', survey considered if "
             "work is planned (noted); closing request to the June meeting and signatures (nothing). Point f "
             "(lighting scheme) is never mentioned (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
