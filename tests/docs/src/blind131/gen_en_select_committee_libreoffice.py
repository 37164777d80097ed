"""Round 131 (EN): a New Zealand parliamentary SELECT COMMITTEE's INQUIRY REPORT, answered by the GOVERNMENT RESPONSE
presented to the House, a two-column table quoting each recommendation (reworded, unnumbered) in another order.
The advice: UNNUMBERED 'We recommend to the Government that it …' sentences in bold, at the end of paragraphs under
topic sub-headings (two in one paragraph; the text runs over a page break). Traps: the Act paraphrased ('must'),
the terms of reference as a numbered list, submitters' asks quoted ('should'), a minority view that asks something
the committee does not, a table of submission figures, a closing naming 'our first and fifth recommendations'.
The response: introduction (nothing); rows in the order 3, 1, 5, 4, 2 and 7 (one row), and a row 'Other matters
raised by the Committee' (nothing); recommendation 6 is never answered.
LibreOffice Writer headless from HTML, A4, Liberation Serif (report) and Liberation Sans (response); header and
'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented.
Run:  /tmp/blind131en/bin/python tests/docs/src/blind131/gen_en_select_committee_libreoffice.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b131en as H

NAME = "blind131_en_select_committee"
STYLE = """<style>
@page { size: 21cm 29.7cm; margin: 2.2cm 2.4cm 2.2cm 2.4cm; }
body { font-family: '%(f)s'; font-size: %(s)s; }
h1 { font-family: '%(f)s'; font-size: 17pt; margin-top: 0.1cm; margin-bottom: 0.15cm; color: %(c)s; }
h2 { font-family: '%(f)s'; font-size: 12.5pt; margin-top: 0.35cm; margin-bottom: 0.12cm; color: %(c)s; }
p { margin-top: 0; margin-bottom: 0.22cm; line-height: 125%%; }
p.meta { color: #555555; font-size: 9pt; }
td { font-family: '%(f)s'; font-size: %(t)s; vertical-align: top; }
th { font-family: '%(f)s'; font-size: %(t)s; text-align: left; }
li { margin-bottom: 0.06cm; }
</style>"""


def doc(body, font, colour, size, tsize):
    return (f"<!DOCTYPE html><html lang='en-NZ'><head><meta charset='utf-8'>"
            f"{STYLE % {'f': font, 's': size, 'c': colour, 't': tsize}}</head><body>{body}</body></html>")


def advice():
    body = """
<p class='meta'>Report of the Social Services and Community Committee &#183; I.14C &#183; November 2025</p>
<h1>Inquiry into the accessibility of public playgrounds</h1>
<h2>Terms of reference</h2>
<p>On 12 March 2025 the committee resolved to inquire into the accessibility of public playgrounds. Our terms of
reference were to examine:</p>
<ol>
<li>how many public playgrounds can be used by disabled children and their whanau;</li>
<li>what guidance councils use when they design or renew a playground;</li>
<li>how central government funds and supports that work.</li>
</ol>
<p>We received 164 written submissions and heard 38 submitters in person in Wellington, Rotorua and Invercargill.</p>
<table width='70%' cellpadding='3' cellspacing='0' border='1'>
<tr><th>Submitters</th><th>Number</th></tr>
<tr><td>Individuals and families</td><td>121</td></tr>
<tr><td>Councils and council bodies</td><td>27</td></tr>
<tr><td>Disability and play organisations</td><td>16</td></tr></table>
<h2>The legal framework</h2>
<p>Under the Building Act 2004, buildings open to the public must provide reasonable access for disabled people.
Most submitters told us, however, that playground equipment and surfacing are not buildings for this purpose, and
that no standard applies to them at all. We agree that this is a gap.</p>
<h2>Guidance for councils</h2>
<p>Councils do not lack goodwill, but they lack a shared reference point. Several submitters asked that the Ministry
"should simply copy the Australian guide". We do not think that goes far enough, as climate and materials differ.
<b>We recommend to the Government that it publish national design guidance for inclusive playgrounds by the end of
2026, developed with disabled children and their families.</b></p>
<p>We heard that councils seldom count how many of their playgrounds are accessible. <b>We recommend to the
Government that it ask every territorial authority to report the number of accessible playgrounds in its annual
report.</b> <b>We also recommend to the Government that it fund an independent audit of a sample of 200 playgrounds
as a baseline.</b></p>
<h2>Funding</h2>
<p>Submitters from smaller districts said that a single accessible playground can cost more than a whole year's parks
renewal budget. Rubber surfacing alone was quoted at up to $450 per square metre.</p>
<p><b>We recommend to the Government that it establish a contestable inclusive play fund of $12 million over three
years, open to councils and community groups.</b> We would expect councils to match the fund at least dollar for
dollar.</p>
<p>Some submitters wanted the fund to cover school playgrounds as well. We did not hear enough evidence on schools to
make a recommendation about them, and leave that to a future inquiry.</p>
<h2>Changing places and facilities</h2>
<p>A playground is of little use to a family if there is no toilet their child can use nearby. <b>We recommend to the
Government that it amend the Building Code acceptance solutions to include full changing places facilities at
large destination playgrounds.</b></p>
<h2>Information for families</h2>
<p>Families told us that they often drive to a playground only to find that it does not suit their child. <b>We
recommend to the Government that it fund a national online map of accessible playgrounds, maintained with
councils.</b> <b>We further recommend to the Government that it review the inquiry's recommendations with the
disability sector two years after its response.</b></p>
<h2>Minority view</h2>
<p>The Green Party members consider that accessible design should be made mandatory for every new public playground
through regulation. The committee as a whole does not make that recommendation.</p>
<h2>Conclusion</h2>
<p>We thank all who made submissions. We see our first and fifth recommendations as the foundation for the rest.</p>
<p>Hon Tamsin Waaka-Bristow<br>Chairperson</p>
"""
    return doc(body, "Liberation Serif", "#1b4d3e", "11pt", "10pt")


def row(left, right):
    return (f"<tr><td width='42%' bgcolor='#eef3f1'><i>{left}</i></td><td width='58%'>{right}</td></tr>")


def response():
    body = f"""
<p class='meta'>J.1 &#183; Presented to the House of Representatives in accordance with Standing Order 256</p>
<h1>Government Response to the Report of the Social Services and Community Committee on its Inquiry into the
accessibility of public playgrounds</h1>
<h2>Introduction</h2>
<p>The Government welcomes the committee's report and thanks the many families who shared their experience. This
response sets out the Government's position on the committee's recommendations.</p>
<table width='100%' cellpadding='5' cellspacing='0' border='1'>
<tr><th bgcolor='#d9e4df'>Recommendation</th><th bgcolor='#d9e4df'>Government response</th></tr>
{row("Fund an independent audit of 200 playgrounds as a baseline.",
     "Accepted. The Office for Disability Issues will commission the audit in the 2026/27 year, and the results "
     "will be published.")}
{row("Publish national design guidance for inclusive playgrounds.",
     "Accepted. The Ministry of Housing and Urban Development will lead the guidance with a reference group of "
     "disabled young people; a draft will be released for consultation in August 2026.")}
{row("Amend the Building Code acceptance solutions for changing places facilities.",
     "Not accepted at this time. The Building Code work programme is fully committed until 2028, and the "
     "Government prefers to encourage these facilities through the design guidance rather than regulate.")}
{row("Establish a contestable inclusive play fund of $12 million.",
     "Accepted in part. Budget 2026 provides $4.5 million over three years for a pilot fund, open to councils "
     "only. A wider fund will depend on what the pilot shows.")}
{row("Ask territorial authorities to report accessible playgrounds; review the recommendations in two years.",
     "The Government does not intend to add a new reporting requirement for councils, which already report on "
     "many matters in their annual reports. On a later review, the Government will consider whether a "
     "two-year review with the disability sector is needed once the pilot fund has run.")}
{row("Other matters raised by the Committee",
     "The Government has noted the minority view and the committee's remarks on school playgrounds, which "
     "the Ministry of Education will consider separately.")}
</table>
<p style='margin-top:0.4cm'>Hon Rawiri Ellison-Tate<br>Minister for Disability Issues</p>
"""
    return doc(body, "Liberation Sans", "#1b4d3e", "10.5pt", "9.5pt")


def main():
    tmp = tempfile.mkdtemp(prefix="blind131en_lo_out_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.soffice_pdf(src, tmp)
        shutil.move(os.path.join(tmp, f"{NAME}_{kind}.pdf"), H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Social Services and Community Committee - I.14C",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Government Response - J.1",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "We recommend to the Government that it publish national design guidance",
         "reply_contains": "will lead the guidance with a reference group", "verdict": "agrees"},
        {"number": 2, "starts_with": "We recommend to the Government that it ask every territorial authority",
         "reply_contains": "does not intend to add a new reporting requirement", "verdict": "disagrees"},
        {"number": 3, "starts_with": "We also recommend to the Government that it fund an",
         "reply_contains": "will commission the audit in the 2026/27 year", "verdict": "agrees"},
        {"number": 4, "starts_with": "We recommend to the Government that it establish a contestable",
         "reply_contains": "Budget 2026 provides $4.5 million over three years", "verdict": "partly"},
        {"number": 5, "starts_with": "We recommend to the Government that it amend the Building",
         "reply_contains": "The Building Code work programme is fully committed", "verdict": "disagrees"},
        {"number": 6, "starts_with": "We recommend to the Government that it fund a national",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 7, "starts_with": "We further recommend to the Government that it review the",
         "reply_contains": "will consider whether a two-year review with the disability sector",
         "verdict": "noted"},
    ]
    unmatched = ["thanks the many families who shared their experience",
                 "the Ministry of Education will consider separately"]
    notes = ("Advice: a New Zealand SELECT COMMITTEE INQUIRY REPORT with UNNUMBERED bold 'We recommend to the "
             "Government that it ...' sentences at the end of paragraphs under topic sub-headings ('We also "
             "recommend', 'We further recommend'; two to a paragraph twice). Traps: terms of reference as a numbered "
             "list, a submitters table, the Building Act paraphrased ('must'), submitters quoted ('should simply "
             "copy the Australian guide'), a school playgrounds paragraph that declines to recommend, a minority "
             "view ('should be made mandatory'), a closing naming 'our first and fifth recommendations'. Response: "
             "the GOVERNMENT RESPONSE, a two-column table quoting each recommendation reworded and unnumbered, in "
             "the order 3 (audit, Accepted: agrees), 1 (guidance, Accepted: agrees), 5 (Building Code, 'Not "
             "accepted at this time': disagrees), 4 (fund, 'Accepted in part', $4.5m pilot: partly), then one row "
             "for 2 and 7 (2 no new reporting requirement: disagrees; 7 'will consider whether a two-year review ... is needed': noted); 6 "
             "(online map) has no row (unanswered). The introduction and the 'Other matters' row answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
