"""Round 144 (EN): a state parliament's LEGISLATION SCRUTINY COMMITTEE's SCRUTINY REPORT on a government bill
(rights and liberties, delegated powers), answered by the Minister's LETTER to the committee chair, which refers to
the recommendations by ORDINAL ('the committee's second recommendation'), in another order, one paragraph answering
two with different verdicts, one recommendation left out.
The advice: paragraphs NUMBERED 2.1-2.12 under clause headings (trap), with the seven recommendations in shaded
BOXES labelled 'Recommendation 1' to 'Recommendation 7', each 'The committee recommends that ...'. Traps: the
committee's terms of reference and principles quoted ('legislation should not confer power to enter premises
without a warrant', 'should not reverse the onus of proof'); the Interpretation Act paraphrased ('must be tabled');
'The committee does not recommend any amendment to clause 22'; the committee's earlier report on the 2019 Bill
quoted ('the Minister should ...').
The response: introduction (nothing); 'second recommendation' (agrees); 'first and fifth recommendations' in ONE
paragraph: delegation limited to qualified officers (5 agrees), no warrant for entry (1 disagrees); 'fourth' lapse
after 180 rather than 90 days (partly); 'third' Henry VIII power narrowed but not only to adding pests (partly);
'sixth' merits review noted for the statutory review (noted); clause 22 compensation (no recommendation there);
closing (nothing); the seventh, on retrospective commencement, never (unanswered).
Chromium headless --print-to-pdf, A4, cleaned Liberation Serif / Sans via @font-face, ligatures off; header and
'Page N of M' stamped from page 2. All bodies, people, the state, its laws, the bill and its clauses, figures and
references are invented.
Run:  /tmp/blind144en/bin/python tests/docs/src/blind144/gen_en_bill_scrutiny_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b144en as H

NAME = "blind144_en_bill_scrutiny"
CSS = """<style>
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
@page { size: A4; margin: 20mm 22mm 22mm 22mm; }
body { font-family: F; font-size: %(s)s; line-height: 1.38; color: #1a1a1a; margin: 0; font-variant-ligatures: none; }
h1 { font-size: 14pt; color: %(c)s; margin: 4pt 0 6pt 0; }
h2 { font-size: 10.8pt; color: %(c)s; margin: 10pt 0 4pt 0; break-after: avoid; }
p { margin: 0 0 5.5pt 0; }
p.n { padding-left: 28pt; text-indent: -28pt; }
p.n b.no { display: inline-block; width: 28pt; text-indent: 0; font-weight: normal; color: #555; }
.meta { color: #555; font-size: 8.8pt; }
.crest { text-align: center; font-size: 9pt; letter-spacing: 1.5pt; color: %(c)s; border-bottom: 1pt solid %(c)s;
         padding-bottom: 4pt; margin-bottom: 6pt; }
.rec { background: %(bg)s; border-left: 3pt solid %(c)s; padding: 5pt 8pt; margin: 4pt 0 8pt 28pt;
       break-inside: avoid; }
.rec .lab { font-weight: bold; color: %(c)s; display: block; margin-bottom: 2pt; }
.tor { margin: 0 0 6pt 28pt; font-size: 9.3pt; }
.tor p { margin: 0 0 2pt 0; }
.addr { font-size: 9.2pt; }
</style>"""


def doc(body, fam, size, colour, bg):
    r, b, i = (H.clean_font(f"Liberation{fam}-{s}.ttf") for s in ("Regular", "Bold", "Italic"))
    return (f"<!DOCTYPE html><html lang='en-AU'><head><meta charset='utf-8'>"
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
    return f"<p class='n'><b class='no'>{num}</b>{text}</p>"


def rec(k, text):
    return f"<div class='rec'><span class='lab'>Recommendation {k}</span>{text}</div>"


def advice():
    body = f"""
<div class='crest'>PARLIAMENT OF WESTMERE &#183; LEGISLATIVE ASSEMBLY</div>
<p class='meta'>Legislation Scrutiny Committee &#183; Scrutiny Report No. 9 of 2025 &#183; Tabled 14 October 2025
&#183; 58th Parliament</p>
<h1>Biosecurity Amendment (Emergency Response) Bill 2025</h1>
<p class='meta'>Portfolio: Agriculture and Regional Development &#183; Introduced 2 September 2025 by the Hon. Priya
Wetherall-Mbeki MP, Minister for Agriculture and Regional Development</p>
<h2>Part 2: Examination of the Bill</h2>
{n("2.1", "The Bill amends the Biosecurity Act 2014 (Westmere) to give the department stronger powers to respond to "
          "outbreaks of serious pests and animal diseases, following the 2024 varroa mite incursion in the Upper "
          "Tallis district.")}
{n("2.2", "Under Standing Order 214 the committee reports on whether a bill has sufficient regard to the rights and "
          "liberties of individuals and to the institution of Parliament. The principles it applies include "
          "that:")}
<div class='tor'><p>(a) legislation should not confer power to enter premises without a warrant, except with
adequate justification;</p><p>(b) legislation should not reverse the onus of proof in criminal proceedings
without adequate justification;</p><p>(c) legislation should allow the delegation of administrative power only in
appropriate cases and to appropriate persons.</p></div>
<h2>Clause 14: entry without a warrant</h2>
{n("2.3", "Clause 14 allows an authorised officer to enter any place, including a dwelling, without consent or a "
          "warrant if the officer reasonably suspects that a prohibited pest is present. In its report on the "
          "Biosecurity Bill 2019 the committee said that &quot;the Minister should explain why a warrant cannot be "
          "obtained in time&quot;; the explanatory memorandum for this Bill does not do so.")}
{n("2.4", "The committee accepts that speed matters in an outbreak, but entry into a home is a serious intrusion.")}
{rec(1, "The committee recommends that clause 14 be amended so that entry to a dwelling without consent requires a "
        "warrant, except during an emergency declared under Part 5 of the Act.")}
<h2>Clauses 31 and 32: strict liability offences</h2>
{n("2.5", "Clauses 31 and 32 create strict liability offences for moving a regulated animal out of a control area, "
          "with maximum penalties of 500 penalty units for an individual. The explanatory memorandum states only "
          "that strict liability is &quot;necessary for effective enforcement&quot;.")}
{rec(2, "The committee recommends that the explanatory memorandum be amended to justify the strict liability "
        "offences in clauses 31 and 32, including the level of the maximum penalties.")}
<h2>Clause 40: amendment of the Act by regulation</h2>
{n("2.6", "Clause 40 allows regulations to amend Schedule 2 of the Act, which lists the prohibited matter to which "
          "most offences apply. As the Interpretation Act 1989 provides, a regulation must be tabled within 14 "
          "sitting days and may be disallowed, but a power to amend an Act by regulation weakens parliamentary "
          "control.")}
{rec(3, "The committee recommends that clause 40 be limited so that regulations may only add new pests and "
        "diseases to Schedule 2, and may not remove or change existing entries.")}
<h2>Clause 46: emergency orders</h2>
{n("2.7", "An emergency order under clause 46 may restrict movement and trade across a whole region. The Bill sets "
          "no time limit on an order, which may be renewed without any report to Parliament.")}
{rec(4, "The committee recommends that the Bill provide for an emergency order under clause 46 to lapse after 90 "
        "days unless it is extended by the Minister, with each extension tabled in the Assembly.")}
<h2>Clause 22: compensation</h2>
{n("2.8", "Clause 22 replaces the compensation scheme for destroyed stock. Submitters asked the committee to "
          "propose higher rates. Rates are a matter of policy, and the committee does not recommend any amendment "
          "to clause 22.")}
<h2>Clause 58: delegation</h2>
{n("2.9", "Clause 58 allows the chief executive to delegate any function under the Act, including the power to "
          "order the destruction of animals, to &quot;any person&quot;.")}
{rec(5, "The committee recommends that the power to delegate in clause 58 be limited to officers of the "
        "department with appropriate qualifications or experience.")}
<h2>Clause 63: review of decisions</h2>
{n("2.10", "Decisions to destroy animals, plants or property under clause 63 are subject only to internal review "
           "by the chief executive. Owners may lose a whole herd or orchard without independent review.")}
{rec(6, "The committee recommends that decisions under clause 63 be subject to merits review by the Westmere "
        "Civil and Administrative Tribunal.")}
<h2>Clause 2: commencement</h2>
{n("2.11", "Clause 2 provides that Part 3 is taken to have commenced on 1 July 2025, before the Bill was "
           "introduced. Part 3 contains the offences in clauses 31 and 32.")}
{rec(7, "The committee recommends that clause 2 be amended so that no offence applies to conduct that occurred "
        "before the Bill receives assent.")}
{n("2.12", "The committee draws these matters to the attention of the Assembly and asks the Minister to respond "
           "before the Bill is debated.")}
<p class='meta'>Jonathan Ashdown-Kaur MP, Chair &#183; Legislation Scrutiny Committee &#183; Parliament House,
Carrow Street, Westmere City</p>
"""
    render(doc(body, "Serif", "10pt", "#2f5233", "#e6efe3"), H.out(NAME + "_advice.pdf"))


def response():
    body = """
<p class='meta' style='text-align:right'>Minister for Agriculture and Regional Development<br/>Level 12, 1 William
Terrace, Westmere City<br/>Our ref: MC25/04417</p>
<p class='addr'>Mr Jonathan Ashdown-Kaur MP<br/>Chair, Legislation Scrutiny Committee<br/>Parliament House<br/>Carrow
Street, Westmere City</p>
<p class='addr'>6 November 2025</p>
<p>Dear Mr Ashdown-Kaur</p>
<p><b>Biosecurity Amendment (Emergency Response) Bill 2025: Scrutiny Report No. 9 of 2025</b></p>
<p>Thank you for the committee's report on the Bill, which I have read with care. The Government is grateful for the
committee's work, done in a short time, and for the constructive tone of the report. I intend to move amendments
during consideration in detail, and a revised explanatory memorandum will be tabled with them.</p>
<p>I accept the committee's second recommendation. The revised explanatory memorandum will explain why strict
liability is needed for the movement offences, compare the penalties with those in other states and set out the
defences that remain available.</p>
<p>The committee's first and fifth recommendations both concern the powers of authorised officers. I will move an
amendment so that functions under the Act can be delegated only to departmental officers who hold the qualifications
set by the chief executive. I am not persuaded, however, that a warrant should be needed to enter a dwelling outside a
declared emergency. Many incursions are found in backyard hives and gardens, and the hours needed to obtain a warrant
can allow a pest to spread. The safeguards in clause 15, including the requirement to give notice after entry, will
remain.</p>
<p>As to the fourth recommendation, I agree that an emergency order should not continue indefinitely. The amendments
will provide for an order to lapse after 180 days unless it is renewed, and for each renewal to be tabled. A period
of 90 days would be shorter than the breeding cycle of several of the pests concerned.</p>
<p>On the third recommendation, the power to amend Schedule 2 will be narrowed so that it cannot be used to change
an offence or a penalty. It will still be possible to remove an entry by regulation, because a pest that has been
eradicated should not remain subject to controls until Parliament next sits.</p>
<p>I note the committee's sixth recommendation on merits review. This will be considered as part of the statutory
review of the Act, which is due to begin in 2027.</p>
<p>The committee also recorded submitters' views on the rates of compensation under clause 22. The rates will be set
out in a public guideline and reviewed every two years.</p>
<p>I trust this information is of assistance to the committee, and I would be happy for this letter to be
published.</p>
<p>Yours sincerely</p>
<p>Hon. Priya Wetherall-Mbeki MP<br/>Minister for Agriculture and Regional Development</p>
"""
    render(doc(body, "Sans", "9.9pt", "#2f5233", "#e6efe3"), H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Legislation Scrutiny Committee - Scrutiny Report No. 9 of 2025",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Minister for Agriculture and Regional Development - MC25/04417",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "The committee recommends that clause 14 be amended so that entry",
         "reply_contains": "I am not persuaded, however, that a warrant should be needed",
         "verdict": "disagrees"},
        {"number": 2, "starts_with": "The committee recommends that the explanatory memorandum be amended to justify",
         "reply_contains": "I accept the committee's second recommendation",
         "verdict": "agrees"},
        {"number": 3, "starts_with": "The committee recommends that clause 40 be limited so that regulations",
         "reply_contains": "It will still be possible to remove an entry by regulation",
         "verdict": "partly"},
        {"number": 4, "starts_with": "The committee recommends that the Bill provide for an emergency order",
         "reply_contains": "provide for an order to lapse after 180 days",
         "verdict": "partly"},
        {"number": 5, "starts_with": "The committee recommends that the power to delegate in clause 58",
         "reply_contains": "delegated only to departmental officers who hold the qualifications",
         "verdict": "agrees"},
        {"number": 6, "starts_with": "The committee recommends that decisions under clause 63 be subject",
         "reply_contains": "I note the committee's sixth recommendation on merits review",
         "verdict": "noted"},
        {"number": 7, "starts_with": "The committee recommends that clause 2 be amended so that no offence",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["The rates will be set out in a public guideline",
                 "I would be happy for this letter to be published"]
    notes = ("Advice: a state parliament's LEGISLATION SCRUTINY COMMITTEE's SCRUTINY REPORT on a government bill. "
             "Paragraphs NUMBERED 2.1-2.12 under clause headings; the seven recommendations in shaded BOXES "
             "labelled 'Recommendation 1' to 'Recommendation 7', each 'The committee recommends that ...' (so "
             "starts_with must reach the clause number). Traps: the committee's principles quoted, lettered "
             "(a)-(c) ('legislation should not confer power to enter premises without a warrant'); the "
             "committee's 2019 report quoted ('the Minister should explain ...'); the Interpretation Act "
             "paraphrased ('must be tabled'); 'the committee does not recommend any amendment to clause 22'; 'asks "
             "the Minister to respond'. Response: the Minister's LETTER referring to recommendations by ORDINAL, in "
             "another order: introduction (nothing); 'I accept the committee's second recommendation' (2 agrees); "
             "'first and fifth recommendations' in ONE paragraph: delegation limited to qualified officers (5 "
             "agrees) but 'I am not persuaded ... that a warrant should be needed' (1 disagrees); 'the fourth "
             "recommendation' lapse after 180 rather than 90 days (4 partly); 'the third recommendation' power "
             "narrowed but removal of entries kept (3 partly); 'I note the committee's sixth recommendation', "
             "left to the statutory review (6 noted); the clause 22 compensation rates, where the committee made "
             "no recommendation (unmatched); closing (nothing); the seventh, on retrospective commencement, never "
             "mentioned (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
