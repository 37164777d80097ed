"""Round 57 (EN): US Section 106 FORMAL COMMENTS of the Advisory Council on Historic Preservation after termination of
consultation, and the federal agency head's response documenting the final decision (36 CFR 800.7(c)(4)).
Advice: the ACHP Chairman's transmittal letter followed by 'Comments of the Advisory Council on Historic Preservation
on the Proposed Removal of Tallow Creek Lock and Dam No. 4' (genre of ACHP formal comments: Roman-numbered sections
Background / Consultation / Findings / Recommendations; findings lettered; the recommendations a numbered list of
verb clauses after the lead-in 'the ACHP recommends that FIWA:'). Response: the (invented) Federal Inland Waterways
Administration Administrator's letter 'Response to ACHP Comments and Final Decision' (a summary of the decision, then
'Consideration of the ACHP's Comments' under subject headings, citing some recommendations by number and some only
by content, in another order). Recommendations: 1-7. Traps: the transmittal letter's summary, the regulation quoted
('shall'), lettered findings with 'should have', the consulting parties' requests listed, the ACHP's 2025 letter
quoted, the timeline list. Chromium headless --print-to-pdf, US Letter, cleaned Liberation Serif/Sans via
@font-face, ligatures off; page numbers stamped with PyMuPDF. All content is invented (the ACHP, the National
Historic Preservation Act and 36 CFR part 800 are real; the agency, the project, the people and the figures are not).

Run:  /tmp/blind57en/bin/python tests/docs/src/blind57/gen_en_achp_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b57en as H

NAME = "blind57_en_achp"
TMP = "/tmp/blind57en_achp"

RECS = [
    "reconsider the Partial Retention Alternative, under which the lock chamber, the lock walls and the "
    "lockkeeper's house would be kept while only the dam's movable gates and spillway are removed, and adopt it "
    "unless FIWA finds that it would not meet the flood-risk objectives of the project;",
    "complete Historic American Engineering Record documentation at Level I for the lock, the dam and the "
    "surviving operating machinery, and have it accepted by the National Park Service before any demolition work "
    "begins;",
    "salvage both original miter gate operating mechanisms and the 1911 lock control stand, and offer them on "
    "long-term loan to a museum or historical organization able to display them;",
    "fund and develop, together with the Harmon County Historical Society and the Osage Bend Tribe, an interpretive "
    "trail with wayside exhibits on the history of navigation at the site;",
    "prepare an unanticipated discoveries plan in consultation with the Kentucky SHPO and the Tribe, and provide for "
    "a qualified archaeologist to monitor all ground-disturbing work within 300 feet of the river bank;",
    "offer the lockkeeper's house for transfer to a non-federal party, with preservation covenants recorded in the "
    "deed, for a period of at least 12 months before any decision to demolish it;",
    "review its procedures for carrying out Section 106 for waterway projects so that consulting parties are "
    "involved before alternatives are eliminated, and report to the ACHP on the outcome of that review within one "
    "year;",
]


def fonts():
    css = ""
    for fam, base in (("LSe", "LiberationSerif"), ("LS", "LiberationSans")):
        for st, w, s in (("Regular", "normal", "normal"), ("Bold", "bold", "normal"),
                         ("Italic", "normal", "italic"), ("BoldItalic", "bold", "italic")):
            css += "@font-face {font-family: %s; src: url(file://%s); font-weight: %s; font-style: %s;}\n" % (
                fam, H.clean_font("%s-%s.ttf" % (base, st)), w, s)
    return css


CSS = """
@page {size: Letter; margin: 0.9in 1in 0.9in 1in;}
html {font-family: LSe; font-size: 11.5pt; line-height: 1.3; font-variant-ligatures: none; color: #000;}
p {margin: 0 0 8pt 0; text-align: justify;}
.lh {text-align: center; font-family: LS; color: #1d3557; border-bottom: 1.5px solid #1d3557; padding-bottom: 6pt;
     margin-bottom: 14pt;}
.lh .n {font-size: 15pt; font-weight: bold; letter-spacing: 1pt;}
.lh .a {font-size: 8.5pt; margin-top: 3pt;}
h1 {font-family: LS; font-size: 12.5pt; text-align: center; margin: 6pt 0 12pt 0; line-height: 1.35;}
h2 {font-family: LS; font-size: 11pt; margin: 12pt 0 6pt 0;}
ol.recs {margin: 0 0 8pt 0; padding-left: 26pt;}
ol.recs li {margin-bottom: 5pt; text-align: justify;}
ul {margin: 0 0 8pt 0; padding-left: 22pt;}
li {margin-bottom: 3pt;}
.find {margin-left: 22pt; text-indent: -22pt;}
.fl {display: inline-block; width: 22pt; text-indent: 0;}
blockquote {margin: 0 28pt 8pt 28pt; font-size: 10.5pt;}
.sig {margin-top: 18pt;}
.small {font-size: 9.5pt;}
.pb {page-break-before: always;}
"""


def page(body, title):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>%s</title><style>%s%s</style></head>"
            "<body>%s</body></html>" % (title, fonts(), CSS, body))


def advice():
    recs = "".join("<li>%s</li>" % r for r in RECS)
    b = """
<div class="lh"><div class="n">ADVISORY COUNCIL ON HISTORIC PRESERVATION</div>
<div class="a">Preserving America's Heritage</div></div>
<p>June 18, 2026</p>
<p>The Honorable Marcus D. Whitford<br>Administrator<br>Federal Inland Waterways Administration<br>
Washington, DC 20590</p>
<p>Ref: Proposed Removal of Tallow Creek Lock and Dam No. 4, Harmon County, Kentucky</p>
<p>Dear Administrator Whitford:</p>
<p>On April 9, 2026, the Federal Inland Waterways Administration (FIWA) terminated consultation under Section 106 of
the National Historic Preservation Act regarding the proposed removal of Tallow Creek Lock and Dam No. 4. Pursuant to
36 CFR &sect; 800.7(c), the Advisory Council on Historic Preservation (ACHP) hereby transmits its formal comments.
In brief, the ACHP believes that FIWA has not given adequate consideration to an alternative that would keep the
most significant parts of the lock, and that the loss of this historic property should, at the very least, be
offset by documentation, salvage and public interpretation. Our comments were adopted by a panel of ACHP members
following a public meeting held in Harmonsburg on May 21, 2026.</p>
<p>As you know, the regulations require that you take these comments into account in reaching a final decision
and that you provide us with a summary of that decision.</p>
<p class="sig">Sincerely,</p>
<p>Rosalind K. Ambrose<br>Chairman</p>
<p class="small">Enclosure</p>

<h1 class="pb">COMMENTS OF THE ADVISORY COUNCIL ON HISTORIC PRESERVATION<br>ON THE PROPOSED REMOVAL OF
TALLOW CREEK LOCK AND DAM NO. 4<br>HARMON COUNTY, KENTUCKY</h1>
<h2>I. BACKGROUND</h2>
<p>Tallow Creek Lock and Dam No. 4 was completed in 1911 and is one of three surviving locks of the original
Tallow Creek slack-water navigation. The lock was closed to traffic in 1987. FIWA, which owns the structure,
proposes to remove the lock and dam to eliminate a public safety hazard, restore fish passage and reduce long-term
maintenance costs estimated at $640,000 per year. The property was determined eligible for listing in the National
Register of Historic Places in 2019 for its association with the history of river commerce and as an example of
early concrete lock engineering.</p>
<h2>II. CONSULTATION</h2>
<p>FIWA initiated consultation in 2024 with the Kentucky State Historic Preservation Officer (SHPO), the Osage
Bend Tribe, the Harmon County Historical Society, the Tallow Creek Paddlers' Association and Harmon County. The ACHP
entered the consultation in January 2025. In our letter of March 3, 2025, we advised FIWA that &ldquo;the draft
alternatives analysis should be shared with consulting parties before any alternative is eliminated.&rdquo; That
did not occur. During consultation, the consulting parties asked FIWA to:</p>
<ul><li>keep the lock walls as a public overlook;</li>
<li>restore the lockkeeper's house for use as a visitor center;</li>
<li>fund a survey of the river bank for archaeological sites before any work begins.</li></ul>
<p>The regulations at 36 CFR &sect; 800.7(c)(4) provide:</p>
<blockquote>&ldquo;The head of the agency shall take into account the Council's comments in reaching a final
decision on the undertaking. &hellip; The head of the agency shall document this decision and may not delegate his or
her responsibilities pursuant to section 106.&rdquo;</blockquote>
<h2>III. FINDINGS</h2>
<p class="find"><span class="fl">A.</span>The removal of the lock and dam would be an adverse effect on a historic property
that cannot be fully mitigated.</p>
<p class="find"><span class="fl">B.</span>FIWA eliminated the Partial Retention Alternative in 2024 on the basis of a
cost estimate that was not shared with consulting parties. FIWA should have made that estimate available so that
the parties could comment on it.</p>
<p class="find"><span class="fl">C.</span>The river bank between the lock and the former mill race has a high potential
for archaeological sites, including sites of importance to the Osage Bend Tribe.</p>
<p class="find"><span class="fl">D.</span>There is strong public interest in the history of the navigation, shown by
the 214 written comments received at and after the public meeting.</p>
<h2>IV. RECOMMENDATIONS</h2>
<p>In light of these findings, and in order to avoid, minimize or mitigate the adverse effects of the undertaking,
the ACHP recommends that FIWA:</p>
<ol class="recs">%s</ol>
<p>The ACHP appreciates the cooperation of FIWA staff and of all consulting parties, and stands ready to assist
FIWA in carrying out these recommendations.</p>
""" % recs
    return page(b, "ACHP Comments - Tallow Creek Lock and Dam No. 4")


def response():
    b = """
<div class="lh"><div class="n">FEDERAL INLAND WATERWAYS ADMINISTRATION</div>
<div class="a">Office of the Administrator &middot; Washington, DC 20590</div></div>
<p>July 30, 2026</p>
<p>Ms. Rosalind K. Ambrose<br>Chairman<br>Advisory Council on Historic Preservation<br>Washington, DC 20001</p>
<p>Re: Response to ACHP Comments and Final Decision, Tallow Creek Lock and Dam No. 4, Harmon County, Kentucky</p>
<p>Dear Chairman Ambrose:</p>
<p>Thank you for the comments of the Advisory Council on Historic Preservation dated June 18, 2026. As required by
36 CFR &sect; 800.7(c)(4), I have personally considered them, together with the record of consultation, and this
letter documents my final decision and the reasons for it.</p>
<h2>Summary of the decision</h2>
<p>FIWA will proceed with the removal of Tallow Creek Lock and Dam No. 4 in 2027 and 2028, subject to the
measures described below. Work in the river will be limited to the low-flow season from July to October.</p>
<h2>Consideration of the ACHP's comments</h2>
<p><b>Alternatives.</b> FIWA has carefully re-examined the Partial Retention Alternative. Our hydraulic model shows
that the retained lock walls would raise the 100-year flood level at Harmonsburg by 0.8 feet. FIWA has therefore
decided to proceed with full removal of the structure, as proposed in the environmental assessment. The revised
cost estimate and the model results were sent to all consulting parties on July 2, 2026.</p>
<p><b>Archaeology.</b> We accept Recommendation 5. An unanticipated discoveries plan was agreed with the SHPO and
the Tribe on July 14, 2026, and an archaeologist meeting the Secretary of the Interior's Professional
Qualification Standards will be present during all excavation near the bank.</p>
<p><b>Recording and interpretation.</b> FIWA will fund the interpretive trail and wayside exhibits proposed by the
ACHP and has set aside $185,000 for this purpose; the Harmon County Historical Society and the Tribe have agreed to
draft the text of the exhibits. As to salvage, the 1911 control stand and the downstream miter gate mechanism will
be removed and loaned to the Harmon County River Museum. The upstream mechanism is too badly corroded to be moved
safely and will be documented in place instead.</p>
<p><b>Documentation.</b> HAER Level I recording of the lock, the dam and the machinery has begun. No demolition
work will start until the National Park Service has accepted the documentation.</p>
<p><b>Agency procedures.</b> FIWA notes the ACHP's comments on the timing of consultation. FIWA's Federal
Preservation Officer will take them into account when the agency's environmental procedures are next revised.</p>
<p><b>Other matters.</b> The fish passage monitoring program required by the U.S. Fish and Wildlife Service will
start in the spring after removal. The Tallow Creek Paddlers' Association has asked for a put-in at the former lock
landing, and FIWA is discussing this request with Harmon County.</p>
<p>I am grateful to the ACHP members who took part in the public meeting in Harmonsburg and to your staff for
their assistance throughout this consultation. A copy of this letter is being sent to each consulting party.</p>
<p class="sig">Sincerely,</p>
<p>Marcus D. Whitford<br>Administrator</p>
<p class="small">cc: Kentucky State Historic Preservation Officer; Tribal Historic Preservation Officer, Osage Bend
Tribe; Harmon County Historical Society; Tallow Creek Paddlers' Association; Harmon County Judge/Executive</p>
"""
    return page(b, "FIWA response to ACHP comments - Tallow Creek Lock and Dam No. 4")


NOTES = ("US Section 106 pair: the ACHP's formal comments after the (invented) Federal Inland Waterways Administration "
         "terminated consultation on removing a historic lock and dam, answered by the Administrator's letter "
         "documenting the final decision under 36 CFR 800.7(c)(4). Recommendations: a numbered list 1.-7. of verb "
         "clauses after the lead-in 'the ACHP recommends that FIWA:' in section IV (starts_with = the clause "
         "without the lead-in). Traps: the Chairman's transmittal letter with a prose summary ('should, at the "
         "very least, be offset by documentation ...'), the regulations ('shall take into account'), the ACHP's "
         "2025 letter quoted ('should be shared'), the consulting parties' requests as bullets, lettered findings "
         "A.-D. ('should have made that estimate available'). The reply letter has subject headings in the order "
         "1, 5, 4+3, 2, 7, only 5 cited by number. Key: 1 'decided to proceed with full removal' (disagrees); 5 'We "
         "accept Recommendation 5' (agrees); one paragraph: 4 trail funded (agrees) + 3 one mechanism and the "
         "control stand loaned, the upstream one 'documented in place instead' (partly); 2 HAER recording begun, "
         "no demolition before acceptance (agrees); 7 'FIWA notes', taken into account when procedures are next "
         "revised (noted); 6 (transfer of the lockkeeper's house) unanswered. Unmatched: the opening paragraph, "
         "'Summary of the decision', 'Other matters' (fish passage, paddlers' put-in), the thanks, the cc list.")


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.chromium_pdf(src, H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), footer="{n}", skip_first=True, size=9)
    H.stamp(H.out(NAME + "_response.pdf"), footer="{n}", skip_first=True, size=9)
    sw = lambda k, n=10: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "decided to proceed with full removal of the structure", "verdict": "disagrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "HAER Level I recording of the lock, the dam", "verdict": "agrees"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "will be documented in place instead", "verdict": "partly"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "has set aside $185,000 for this purpose", "verdict": "agrees"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "An unanticipated discoveries plan was agreed with the SHPO", "verdict": "agrees"},
        {"number": "6", "starts_with": sw(6), "reply_contains": None, "verdict": "unanswered"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "when the agency's environmental procedures are next revised", "verdict": "noted"},
    ]
    H.write_expected(NAME, recs, ["Work in the river will be limited to the low-flow season",
                                  "The fish passage monitoring program required by",
                                  "has asked for a put-in at the former lock landing",
                                  "A copy of this letter is being sent to each consulting party"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b57en.py"), NAME)) and 1)
