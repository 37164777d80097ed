"""Round 107 (EN): a US city's STREET PERFORMANCE TASK FORCE final report on BUSKING in the Riverwalk district,
seven recommendations as BOLD SENTENCES (unnumbered) each followed by a short rationale, answered by the City
Manager's MEMORANDUM to the Mayor and Council replying by subject (no numbers). Chromium headless --print-to-pdf,
US Letter, cleaned DejaVu via @font-face, ligatures off, fresh --user-data-dir; two-column findings block, green
left sidebar rule; header and 'Page N of M' stamped from page 2. All bodies, people, places, figures and code
sections invented.
Run:  /tmp/blind107en/bin/python tests/docs/src/blind107/gen_en_busking_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b107en as H

NAME = "blind107_en_busking"
CSS = """
@font-face { font-family: DV; src: url('file://%s'); }
@font-face { font-family: DV; font-weight: bold; src: url('file://%s'); }
@page { size: Letter; margin: 0.8in 0.85in 0.8in 0.85in; }
body { font-family: DV; font-size: 9.8pt; line-height: 1.4; font-variant-ligatures: none;
       font-feature-settings: "liga" 0, "clig" 0; color: #202020; }
.top { border-bottom: 3px solid #2e7d32; padding-bottom: 6px; }
.top .city { font-size: 15pt; font-weight: bold; color: #2e7d32; }
.top .sub { font-size: 8.8pt; color: #555; }
h1 { font-size: 16pt; margin: 14px 0 2px 0; }
h2 { font-size: 11.5pt; color: #2e7d32; margin: 14px 0 6px 0; }
.cols { column-count: 2; column-gap: 22px; }
.cols p { margin: 0 0 8px 0; }
.rec { border-left: 4px solid #2e7d32; padding: 2px 0 2px 12px; margin: 0 0 10px 0; }
.rec p { margin: 0 0 4px 0; }
table.memo td { padding: 2px 10px 2px 0; vertical-align: top; }
"""


def page(body):
    css = CSS % (H.clean_font("DejaVuSans.ttf"), H.clean_font("DejaVuSans-Bold.ttf"))
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>"


ADVICE = """
<div class="top"><div class="city">City of Harlan Falls</div>
<div class="sub">Street Performance Task Force &middot; established by Council Resolution 2025-114 &middot; Final Report, March 9, 2026</div></div>
<h1>Making Room for Street Performance</h1>
<p>Final report of the Street Performance Task Force to the Mayor and City Council. Chair: Delphine Okafor. Members: two performers, two Riverwalk business owners, a resident of the Mill District, and staff liaisons from the Police Department and the Office of Arts and Culture.</p>
<h2>1. Why we were asked to look at this</h2>
<p>In 2019 the Council resolved that "the City should support street arts as part of a lively downtown." Since then the number of performers in the Riverwalk district has roughly doubled, and so have the complaints. Under City Code section 9-14.3 a performer must obtain an annual permit ($75) and must not perform within 20 feet of a building entrance. The Task Force met eight times between October 2025 and February 2026, held two listening sessions attended by 140 people, and surveyed 61 performers and 88 businesses.</p>
<h2>2. What we found</h2>
<div class="cols">
<p>Only 37 annual permits were issued in 2025, while staff counted more than 110 different performers. Most performers told us the $75 fee and the trip to City Hall put them off, not the rules themselves.</p>
<p>The Police Department issued 46 citations under section 9-14.3 in 2025. A citation is a misdemeanor, and two performers told us they lost other work because of a record. Officers told us they should not have to spend patrol time on this.</p>
<p>Complaints from businesses were mostly about volume: 71% of the 212 complaints logged by 311 concerned amplified sound, and nearly all of them came from the six blocks between Front Street and Cannery Lane.</p>
<p>Performers and businesses both said the rules are hard to find and harder to understand. The only written guidance is the Code itself and a 2014 flyer that still names the old permit office.</p>
</div>
<h2>3. Recommendations</h2>
<p>The Task Force makes the following recommendations to the Mayor and Council. They are intended to be taken together, and we ask for a written response by May 1, 2026.</p>
<div class="rec"><p><b>The City should replace the annual busking permit with a free online registration that can be completed in one visit.</b></p>
<p>Registration would still give the City a name and contact for each performer, which is what the permit was meant to do.</p></div>
<div class="rec"><p><b>Designate twelve performance pitches in the Riverwalk district and mark them on the sidewalk.</b></p>
<p>Marked pitches would spread performers out and keep entrances clear; the Task Force has suggested locations in Appendix B.</p></div>
<div class="rec"><p><b>Permit amplified sound up to 80 decibels at 10 feet between 10 a.m. and 8 p.m.</b></p>
<p>A clear number is easier to follow and to enforce than the current ban on anything "unreasonably loud."</p></div>
<div class="rec"><p><b>Create a Street Performance Liaison position within the Office of Arts and Culture.</b></p>
<p>One named person would answer questions from performers and businesses and would handle most disputes before they reach the police.</p></div>
<div class="rec"><p><b>Publish a plain-language code of conduct for performers, written together with performers and businesses.</b></p>
<p>The code should cover sharing pitches, volume, blocking the sidewalk and collecting money.</p></div>
<div class="rec"><p><b>End the use of criminal citations for street performance violations and rely on warnings and civil fines instead.</b></p>
<p>This would require an amendment to section 9-14.3, which the City Attorney has told us is straightforward.</p></div>
<div class="rec"><p><b>Hold an annual Riverwalk street performance weekend in partnership with the Downtown Alliance.</b></p>
<p>A showcase would give the public a positive picture of street performance and could be funded in part by sponsors.</p></div>
<h2>4. Closing</h2>
<p>We thank everyone who came to the listening sessions. The Task Force does not recommend any change to the 20-foot rule, which most businesses and performers told us works well.</p>
<p>Delphine Okafor, Chair, Street Performance Task Force</p>
"""

RESPONSE = """
<div class="top"><div class="city">City of Harlan Falls</div>
<div class="sub">Office of the City Manager &middot; 400 Main Street &middot; Harlan Falls</div></div>
<h1 style="font-size:14pt">Memorandum</h1>
<table class="memo">
<tr><td><b>To:</b></td><td>Mayor Ruth Castellano and Members of the City Council</td></tr>
<tr><td><b>From:</b></td><td>Gregory Anand, City Manager</td></tr>
<tr><td><b>Date:</b></td><td>April 27, 2026</td></tr>
<tr><td><b>Re:</b></td><td>Response to the Street Performance Task Force final report</td></tr>
</table>
<h2>Background</h2>
<p>The Task Force was created by Council in September 2025 and presented its final report on March 9. I want to thank Ms. Okafor and the members for a thorough piece of work produced entirely by volunteers. This memorandum sets out the administration's position on the report, so that Council can give direction at the May 12 work session.</p>
<h2>Administration response</h2>
<p><b>Guidance for performers.</b> We agree. The Office of Arts and Culture will convene a working group of performers and Riverwalk merchants in May and publish a short, illustrated code of conduct online and in print before the end of July.</p>
<p><b>Permits.</b> Staff support moving to a free registration. The online form has already been built on the City's licensing portal and will go live on June 1, 2026; the $75 fee will be waived from that date while the Code amendment is prepared.</p>
<p><b>Sound and enforcement.</b> The administration is not prepared to allow amplification at the level proposed. Eighty decibels is above what the 2022 Noise Ordinance allows for any other use downtown, and the complaints data point the other way; the existing standard will remain. On enforcement, however, we agree with the Task Force: the City Attorney will bring an ordinance to Council in June that replaces criminal citations under section 9-14.3 with a written warning followed by a civil fine.</p>
<p><b>Performance locations.</b> We support the idea in part. Public Works will mark six pitches on the widest sections of the Riverwalk as a one-year pilot rather than the twelve proposed, and we will report back on how they are used before deciding on more.</p>
<p><b>Staffing.</b> A dedicated liaison post would cost about $68,000 a year. We will consider this request alongside other requests in the FY2027 budget process and cannot commit to it now.</p>
<h2>Other items</h2>
<p>Separately, Council asked in February for an update on the Cannery Lane sidewalk café permits. The revised café guidelines will be brought to the Planning Commission on May 20.</p>
<p>Staff are available to answer questions at the work session. Please contact Assistant City Manager Hollis Pryor with any requests for further information in the meantime.</p>
"""


def main():
    for kind, body in (("advice", ADVICE), ("response", RESPONSE)):
        html = f"/tmp/blind107en_html/{NAME}_{kind}.html"
        with open(html, "w", encoding="utf-8") as fh:
            fh.write(page(body))
        H.chromium_pdf(html, H.out(f"{NAME}_{kind}.pdf"))
    F = H.clean_font("DejaVuSans.ttf")
    H.stamp(H.out(NAME + "_advice.pdf"), header="City of Harlan Falls - Street Performance Task Force - Final Report",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    H.stamp(H.out(NAME + "_response.pdf"), header="City of Harlan Falls - City Manager memorandum, April 27, 2026",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    recs = [
        dict(number=1, starts_with="The City should replace the annual busking permit with a free",
             reply_contains="Staff support moving to a free registration", verdict="agrees"),
        dict(number=2, starts_with="Designate twelve performance pitches in the Riverwalk district and mark",
             reply_contains="mark six pitches on the widest sections of the Riverwalk", verdict="partly"),
        dict(number=3, starts_with="Permit amplified sound up to 80 decibels at 10 feet",
             reply_contains="not prepared to allow amplification at the level proposed", verdict="disagrees"),
        dict(number=4, starts_with="Create a Street Performance Liaison position within the Office of",
             reply_contains="We will consider this request alongside other requests", verdict="noted"),
        dict(number=5, starts_with="Publish a plain-language code of conduct for performers, written together",
             reply_contains="publish a short, illustrated code of conduct online", verdict="agrees"),
        dict(number=6, starts_with="End the use of criminal citations for street performance violations",
             reply_contains="replaces criminal citations under section 9-14.3 with a written warning",
             verdict="agrees"),
        dict(number=7, starts_with="Hold an annual Riverwalk street performance weekend in partnership with",
             reply_contains=None, verdict="unanswered"),
    ]
    H.write_expected(NAME, recs, [
        "produced entirely by volunteers",
        "update on the Cannery Lane sidewalk café permits",
        "Please contact Assistant City Manager Hollis Pryor"],
        "Advice: US city Street Performance Task Force final report on busking in the Riverwalk district; recs are "
        "BOLD UNNUMBERED SENTENCES in left-ruled blocks under '3. Recommendations', each followed by a plain "
        "rationale (numbers 1-7 = order); traps: Council Resolution 2025-114, 2019 resolution quoted ('the City "
        "should support street arts'), City Code section 9-14.3 'must obtain an annual permit', two-column findings "
        "('they should not have to spend patrol time'), 'The code should cover ...' rationale, closing 'does not "
        "recommend any change to the 20-foot rule'. Response: City Manager's MEMORANDUM with To/From table, "
        "replies under bold subject labels, NO numbers, order 5, 1, 3+6, 2, 4: code of conduct (5 agrees); free "
        "registration live June 1 (1 agrees); ONE paragraph 'Sound and enforcement' = 80 dB refused (3 disagrees) + "
        "civil fines ordinance in June (6 agrees); six pitches pilot instead of twelve (2 partly); liaison post to "
        "FY2027 budget (4 noted); 7 (performance weekend) unanswered; Background thanks, 'Other items' café "
        "permits, closing contact (nothing).")
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
