"""Round 144 (EN): a schools inspectorate's REPORT ON A COUNCIL'S PROPOSAL to close a rural primary school (a
statutory report in a school closure consultation), answered by the council's CONSULTATION REPORT, whose section on
the inspectorate's report QUOTES each point in italics and answers it under 'Council response:', in another order,
one point left out.
The advice: sections NUMBERED 1-4 with paragraphs numbered 1.1-4.3 (trap); the seven recommendations are UNNUMBERED
SENTENCES IN RUNNING TEXT ('The council should ...', 'The council needs to ...', 'It should also ...', 'Inspectors
would also expect the council to ...', 'In addition, ...', 'Finally, ...'). Traps: the Act paraphrased ('must have
special regard', 'must consider'); the council's educational benefits statement numbered (i)-(iv); parents' and
pupils' views ('the council should have asked them before ...', 'should keep the school open'); 'Inspectors do not
recommend any change to the proposed date'.
The response: the consultation report's introduction and summary of written responses (nothing); then, under 'The
Inspectorate's report', quoted points in the order running costs (agrees), educational benefits (agrees), travel
plan (agrees), alternatives (disagrees), community impact, own update but no independent study (partly),
mothballing (noted); 'Next steps' (nothing); the children's views never (unanswered).
Chromium headless --print-to-pdf, A4, cleaned Liberation Sans / Serif via @font-face, ligatures off; header and
'Page N of M' stamped from page 2. The Schools (Consultation) (Scotland) Act 2010 is named as context only (what is
said of it is paraphrased and not to be relied on); all bodies, people, places, schools, figures and references are
invented.
Run:  /tmp/blind144en/bin/python tests/docs/src/blind144/gen_en_school_proposal_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b144en as H

NAME = "blind144_en_school_proposal"
CSS = """<style>
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
@page { size: A4; margin: 20mm 22mm 22mm 22mm; }
body { font-family: F; font-size: %(s)s; line-height: 1.4; color: #1a1a1a; margin: 0; font-variant-ligatures: none; }
h1 { font-size: 14.5pt; color: %(c)s; margin: 4pt 0 6pt 0; }
h2 { font-size: 11pt; color: %(c)s; margin: 11pt 0 4pt 0; break-after: avoid; }
p { margin: 0 0 6pt 0; }
p.n { padding-left: 26pt; text-indent: -26pt; }
p.n b { display: inline-block; width: 26pt; text-indent: 0; }
.meta { color: #555; font-size: 8.8pt; }
.band { background: %(c)s; color: white; font-weight: bold; padding: 5pt 8pt; font-size: 10pt; }
ul { margin: 0 0 6pt 26pt; padding-left: 14pt; }
li { margin: 0 0 2pt 0; }
.q { margin: 8pt 0 3pt 14pt; padding-left: 8pt; border-left: 2.5pt solid %(bg)s; font-style: italic; }
.r { margin: 0 0 6pt 14pt; padding-left: 10pt; }
table.t { border-collapse: collapse; width: 100%%; margin: 2pt 0 8pt 0; font-size: 9.2pt; }
table.t th { background: %(bg)s; text-align: left; padding: 3pt 5pt; }
table.t td { border-bottom: 0.6pt solid #bbb; padding: 3pt 5pt; vertical-align: top; }
</style>"""


def doc(body, fam, size, colour, bg):
    r, b, i = (H.clean_font(f"Liberation{fam}-{s}.ttf") for s in ("Regular", "Bold", "Italic"))
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
            f"{CSS % {'r': r, 'b': b, 'i': i, 's': size, 'c': colour, 'bg': bg}}</head><body>{body}</body></html>")


def render(html, pdf):
    tmp = tempfile.mkdtemp(prefix="blind144en_html_")
    try:
        p = os.path.join(tmp, "doc.html")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(p, pdf)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def n(num, text):
    return f"<p class='n'><b>{num}</b>{text}</p>"


def advice():
    body = f"""
<div class='band'>INSPECTORATE OF EDUCATION</div>
<p class='meta'>Report by the Inspectorate of Education under the Schools (Consultation) (Scotland) Act 2010 &#183;
Ref. IE/SC/25/031 &#183; 4 November 2025</p>
<h1>Report on the proposal by Strathlachan Council to close Ballinmore Primary School and extend the catchment area
of Glenorran Primary School</h1>
<h2>1. Introduction</h2>
{n("1.1", "Strathlachan Council published its proposal paper on 18 August 2025. The consultation ran until 3 October "
          "2025. Ballinmore Primary School is a rural school with 11 pupils in one multi-composite class; it has "
          "been operating at under 30 per cent of capacity since 2019. The council proposes that the school closes "
          "on 30 June 2026 and that its pupils transfer to Glenorran Primary School, nine miles away.")}
{n("1.2", "The Act says, in summary, that when a council proposes to close a rural school it must have special regard "
          "to the likely effect on the local community and on travel, and must consider whether there is a "
          "reasonable alternative to closure. Inspectors must report on the educational aspects of the proposal.")}
{n("1.3", "Two inspectors visited both schools on 23 and 24 September. They met pupils, parents, staff, the parent "
          "councils, community council members and council officers, and they considered the 87 written responses.")}
<h2>2. Consultation process</h2>
{n("2.1", "The council followed the required process. Parents and community members told inspectors that the council "
          "should have asked them for their ideas before the proposal was published, and many said the council "
          "should keep the school open because new houses are planned at Ballinmore Farm.")}
{n("2.2", "Children at Ballinmore were worried about the bus journey and about losing their friends in the village. "
          "Children at Glenorran were mostly positive about new classmates.")}
<h2>3. Educational aspects of the proposal</h2>
{n("3.1", "The proposal paper sets out four educational benefits: (i) a larger peer group for learning and play; (ii) "
          "more specialist teaching in music, PE and modern languages; (iii) a wider range of after-school clubs; "
          "and (iv) fewer changes of teacher than at Ballinmore, where there have been four headteachers in five "
          "years.")}
{n("3.2", "Inspectors agree that there are potential educational benefits for the children of Ballinmore, but the "
          "paper describes them in general terms. The council should set out more clearly how the educational "
          "benefits it claims will be achieved at Glenorran, including the class sizes and class structure that "
          "the children would join.")}
{n("3.3", "Glenorran Primary School is a good school with space for the extra pupils. Parents at Ballinmore do not "
          "yet know how the school day would change for their children. The council needs to give fuller "
          "consideration to reasonable alternatives to closure, including a shared headteacher and a federation "
          "with Glenorran, and to explain why it has rejected them.")}
{n("3.4", "Travel is the concern most often raised. The council should provide a detailed travel plan for the "
          "children who would travel to Glenorran, including journey times in winter conditions and escort "
          "arrangements on the single-track road. It should also assess more fully the likely effect of closure on "
          "the Ballinmore community, commissioning an independent community impact study that looks in particular "
          "at the loss of the school hall as a meeting place.")}
{n("3.5", "The proposal paper says that the running cost per pupil at Ballinmore is 19,800 pounds. Inspectors would "
          "also expect the council to correct the financial information in the paper, since the figures for "
          "property costs do not match the council's published accounts for 2024/25.")}
<h2>4. Summary</h2>
{n("4.1", "In addition, the council should consider mothballing Ballinmore Primary School for a fixed period "
          "instead of closing it, so that the effect of the new housing on the school roll can be seen.")}
{n("4.2", "Finally, the council should make sure that the views of the children at both schools are reported in "
          "full in its consultation report, and not only summarised.")}
{n("4.3", "If the council addresses these points, inspectors consider that the proposal could deliver educational "
          "benefits for the children of both schools. Inspectors do not recommend any change to the proposed "
          "date of closure should the council decide to proceed.")}
<p class='meta'>Inspectorate of Education &#183; Lochside House, 14 Carrick Street, Inverlachan IV9 3RX &#183;
Lead inspector: Fiona MacCorquodale</p>
"""
    render(doc(body, "Sans", "9.9pt", "#2d4f7c", "#c7d3e3"), H.out(NAME + "_advice.pdf"))


def response():
    body = """
<p class='meta'>STRATHLACHAN COUNCIL &#183; Education and Learning Services &#183; Consultation report, published
25 November 2025</p>
<h1>Consultation report: proposal to close Ballinmore Primary School</h1>
<h2>1. Purpose of this report</h2>
<p>This report has been prepared under the Schools (Consultation) (Scotland) Act 2010. It summarises the
consultation, responds to the issues raised and sets out the council's review of the proposal. It will be considered
by the Education Committee on 11 December 2025.</p>
<h2>2. Summary of written responses</h2>
<table class='t'><tr><th>Respondents</th><th>Number</th><th>Main issues raised</th></tr>
<tr><td>Parents and carers</td><td>29</td><td>Travel, the bus route, the future housing at Ballinmore Farm</td></tr>
<tr><td>Community members</td><td>46</td><td>Loss of the hall, community life, the timing of the consultation</td></tr>
<tr><td>Staff and others</td><td>12</td><td>Staffing, transition support</td></tr></table>
<h2>3. The Inspectorate's report and the council's response</h2>
<p>The Inspectorate's report of 4 November 2025 is reproduced in full at Appendix 4. The council has considered each
of the points made by inspectors, which are quoted below with the council's response.</p>
<p class='q'>"Inspectors would also expect the council to correct the financial information in the paper."</p>
<p class='r'><b>Council response:</b> The council accepts that the property costs in the proposal paper were taken
from an earlier draft of the accounts. A corrected financial statement is at Appendix 2; the revised running cost
per pupil at Ballinmore is 18,950 pounds.</p>
<p class='q'>"The council should set out more clearly how the educational benefits it claims will be achieved at
Glenorran."</p>
<p class='r'><b>Council response:</b> Agreed. Section 5 of this report now describes, class by class, how the
pupils from Ballinmore would be placed at Glenorran, including the proposed P1-P3 and P4-P7 composite classes of
no more than 22 pupils.</p>
<p class='q'>"The council should provide a detailed travel plan for the children who would travel to Glenorran."</p>
<p class='r'><b>Council response:</b> A detailed travel plan has been drawn up with the council's transport team
and is included as Appendix 3. The longest journey would be 31 minutes, and a trained escort will travel on every
journey.</p>
<p class='q'>"The council needs to give fuller consideration to reasonable alternatives to closure."</p>
<p class='r'><b>Council response:</b> The council considered the options of a shared headteacher and of a federation
in its options appraisal of 2024, which was summarised in the proposal paper, and it remains of the view that
neither would address the very small peer group. It does not intend to carry out a further appraisal of
alternatives.</p>
<p class='q'>"It should also assess more fully the likely effect of closure on the Ballinmore community."</p>
<p class='r'><b>Council response:</b> Officers have updated the community impact assessment, following meetings
with the community council and the hall committee, and the council will lease the school hall to the community at a
nominal rent if the school closes. The council does not consider that an independent study would add enough to
justify the cost and delay.</p>
<p class='q'>"In addition, the council should consider mothballing Ballinmore Primary School for a fixed period."</p>
<p class='r'><b>Council response:</b> The council has noted the Inspectorate's comment about mothballing. Members
of the Education Committee will be able to consider this option when they take their decision.</p>
<h2>4. Next steps</h2>
<p>The Education Committee will decide whether to proceed with the proposal on 11 December 2025. If it decides to
close the school, the decision must be notified to Scottish Ministers, who may call it in within six weeks. Copies of
this report are available at Ballinmore and Glenorran Primary Schools, the Inverlachan service point and on the
council's website. For further information, contact Alasdair Boyd-Ramsay, Schools Estate Manager.</p>
"""
    render(doc(body, "Serif", "10pt", "#5b3a6e", "#c9b6d6"), H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Inspectorate of Education - Ballinmore Primary School proposal - "
            "IE/SC/25/031", footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Strathlachan Council - Consultation report - Ballinmore "
            "Primary School", footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "The council should set out more clearly how the educational benefits",
         "reply_contains": "how the pupils from Ballinmore would be placed at Glenorran",
         "verdict": "agrees"},
        {"number": 2, "starts_with": "The council needs to give fuller consideration to reasonable alternatives",
         "reply_contains": "It does not intend to carry out a further appraisal",
         "verdict": "disagrees"},
        {"number": 3, "starts_with": "The council should provide a detailed travel plan for the children",
         "reply_contains": "a trained escort will travel on every journey",
         "verdict": "agrees"},
        {"number": 4, "starts_with": "It should also assess more fully the likely effect of closure",
         "reply_contains": "Officers have updated the community impact assessment",
         "verdict": "partly"},
        {"number": 5, "starts_with": "Inspectors would also expect the council to correct the financial information",
         "reply_contains": "A corrected financial statement is at Appendix 2",
         "verdict": "agrees"},
        {"number": 6, "starts_with": "In addition, the council should consider mothballing Ballinmore Primary School",
         "reply_contains": "The council has noted the Inspectorate's comment about mothballing",
         "verdict": "noted"},
        {"number": 7, "starts_with": "Finally, the council should make sure that the views of the children",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["Loss of the hall, community life, the timing of the consultation",
                 "who may call it in within six weeks"]
    notes = ("Advice: a schools inspectorate's REPORT ON A COUNCIL'S PROPOSAL to close a rural primary school. "
             "Sections NUMBERED 1-4 with paragraphs numbered 1.1-4.3; the seven recommendations are UNNUMBERED "
             "SENTENCES IN RUNNING TEXT, several in one paragraph (3.4 holds two): 'The council should set out "
             "...', 'The council needs to give fuller consideration ...', 'The council should provide ...', 'It "
             "should also assess ...', 'Inspectors would also expect the council to correct ...', 'In addition, "
             "the council should consider mothballing ...', 'Finally, the council should make sure ...'. Traps: "
             "the Act paraphrased ('must have special regard', 'must consider', 'Inspectors must report'); the "
             "council's four benefits numbered (i)-(iv); parents' views ('the council should have asked them', "
             "'should keep the school open'); 'Inspectors do not recommend any change to the proposed date'. "
             "Response: the council's CONSULTATION REPORT; sections 1-2 and a table of respondents (nothing); "
             "section 3 QUOTES each point in italics, abridged, with 'Council response:', in the order 5, 1, 3, 2, "
             "4, 6: corrected financial statement (5 agrees); 'Agreed', class placement described (1 agrees); "
             "travel plan with escort (3 agrees); no further appraisal of alternatives (2 disagrees); impact "
             "assessment updated by officers but no independent study (4 partly); mothballing 'noted', left to "
             "members (6 noted); 'Next steps' (nothing); 7, the children's views reported in full, never quoted or "
             "answered (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
