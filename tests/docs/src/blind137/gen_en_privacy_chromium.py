"""Round 137 (EN): a Canadian provincial INFORMATION AND PRIVACY COMMISSIONER's INVESTIGATION REPORT on a city's
licence plate recognition cameras in parking enforcement, answered by the CITY MANAGER's LETTER that refers to the
recommendations by ORDINALS ('your first recommendation'), in another order, one paragraph answering two with
different verdicts.
The advice: seven recommendations LETTERED (a)-(g) after the lead-in 'I recommend that the City:', completing it
with lower-case verb phrases, after four numbered FINDINGS ('Finding 1'-'Finding 4'). Traps: the Act paraphrased
('a public body must collect'), a 2021 guidance document quoted ('should complete a privacy impact assessment'),
'I do not recommend that the City discontinue the program', a conclusion naming '(a) and (f)'.
The response: introduction (nothing); second (b) PIA and summary published (agrees); first (a) 14 days instead of
48 hours (partly); sixth (f) declines to delete (disagrees); one paragraph third and fourth: (c) signs installed
(agrees), (d) vendor contract noted for the 2027 tender (noted); fifth (e) access to supervisors plus two analysts,
logging on (partly); closing (nothing); seventh (g) never (unanswered).
Chromium headless --print-to-pdf, Letter, cleaned Liberation Serif (report) and Liberation Sans (letter) via
@font-face, ligatures off; header and 'Page N of M' stamped from page 2. All bodies, people, places, figures and
references invented; the province's Freedom of Information and Protection of Privacy Act is named as context only.
Run:  /tmp/blind137en/bin/python tests/docs/src/blind137/gen_en_privacy_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b137en as H

NAME = "blind137_en_privacy"
CSS = """<style>
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
@page { size: Letter; margin: 22mm 24mm 22mm 24mm; }
body { font-family: F; font-size: %(s)s; line-height: 1.4; color: #1b1b1b; margin: 0; font-variant-ligatures: none; }
h1 { font-size: 16pt; color: %(c)s; margin: 0 0 4pt 0; }
h2 { font-size: 12pt; color: %(c)s; margin: 12pt 0 4pt 0; break-after: avoid; }
p { margin: 0 0 7pt 0; }
.meta { color: #555; font-size: 9pt; }
.head { border-bottom: 1.2pt solid %(c)s; padding-bottom: 5pt; margin-bottom: 9pt; }
.find { margin: 0 0 7pt 0; }
.find b { color: %(c)s; }
.item { margin: 0 0 5pt 0; padding-left: 22pt; text-indent: -22pt; }
.item span { display: inline-block; width: 22pt; text-indent: 0; }
blockquote { margin: 0 0 7pt 18pt; font-style: italic; }
</style>"""


def doc(body, fam, size, colour):
    r, b, i = (H.clean_font(f"Liberation{fam}-{s}.ttf") for s in ("Regular", "Bold", "Italic"))
    return (f"<!DOCTYPE html><html lang='en-CA'><head><meta charset='utf-8'>"
            f"{CSS % {'r': r, 'b': b, 'i': i, 's': size, 'c': colour}}</head><body>{body}</body></html>")


RECS = [
    ("a", "stop keeping images of licence plates that do not match a parking violation for more than 48 hours "
          "after they are captured;"),
    ("b", "complete a privacy impact assessment of the licence plate recognition program and publish a summary "
          "of it on the City's website;"),
    ("c", "post signs at the entrances of all municipal parking lots stating that licence plate recognition "
          "cameras are in use and where to find more information;"),
    ("d", "amend its contract with Vantrex Parking Systems so that the vendor may not use plate data for any "
          "purpose of its own, including product development;"),
    ("e", "limit access to the plate database to the six parking enforcement supervisors and keep an audit log "
          "of every search;"),
    ("f", "securely delete, within 30 days, all plate images collected before the date of this report, except "
          "those linked to a ticket that is still open;"),
    ("g", "report to my office in writing within six months on the steps it has taken to implement these "
          "recommendations."),
]


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
    items = "".join(f"<p class='item'><span>({k})</span>{t}</p>" for k, t in RECS)
    body = f"""
<div class='head'><p class='meta'>OFFICE OF THE INFORMATION AND PRIVACY COMMISSIONER</p></div>
<h1>Investigation Report P25-07: City of Port Callan, Licence Plate Recognition in Parking Enforcement</h1>
<p class='meta'>File INV-2024-0388 &#183; Commissioner: Margaret Ellery-Sandoval &#183; Issued September 16, 2025</p>
<h2>1 Summary</h2>
<p>In October 2024 a resident complained that the City of Port Callan was photographing every car parked on
downtown streets and keeping the pictures indefinitely. My office investigated under the Freedom of Information and
Protection of Privacy Act. As I read the Act, a public body must collect only the personal information that is
necessary for an operating program, and must protect it against unauthorized access; the Act is referred to here
for context only.</p>
<h2>2 Background</h2>
<p>Since 2022 the City's parking enforcement unit has used two vehicles fitted with cameras that read licence plates
and record the time and place of each read. The system is supplied and hosted by Vantrex Parking Systems. In 2024
the vehicles made 2.3 million reads; 41,200 led to a ticket. In 2021 my office issued guidance on surveillance
technology, which said that &#8220;public bodies should complete a privacy impact assessment before deploying any
technology that collects information about people in public places&#8221;.</p>
<h2>3 Findings</h2>
<p class='find'><b>Finding 1.</b> The City keeps every plate image for as long as the vendor's server has space;
the oldest image we found dated from March 2022.</p>
<p class='find'><b>Finding 2.</b> No privacy impact assessment was done before or after the program began.</p>
<p class='find'><b>Finding 3.</b> The vendor's contract allows it to use &#8220;anonymized operational data&#8221;
to improve its products, and the City could not say what this covers.</p>
<p class='find'><b>Finding 4.</b> Forty-one City employees, including staff outside parking enforcement, have
accounts that can search the database, and searches are not logged.</p>
<p>I found that the City's collection of plate reads that lead to a ticket is authorized, but that keeping
unmatched reads without limit, and the lack of controls on access, are not consistent with the Act.</p>
<h2>4 Recommendations</h2>
<p>I recommend that the City:</p>
{items}
<p>The complainant asked me to order an end to licence plate recognition. Enforcement of time limits is a
legitimate purpose, and a well-controlled system can meet it with less intrusion than officers chalking tires. I do
not recommend that the City discontinue the program.</p>
<h2>5 Conclusion</h2>
<p>Recommendations (a) and (f) address the most serious problem, the retention of millions of images of people who
did nothing wrong, and I ask the City to treat them as urgent. I thank the City's staff for their cooperation.</p>
<p class='meta'>Margaret Ellery-Sandoval, Information and Privacy Commissioner</p>
"""
    render(doc(body, "Serif", "10.5pt", "#3b2a6b"), H.out(NAME + "_advice.pdf"))


def response():
    body = """
<div class='head'><p class='meta'>CITY OF PORT CALLAN &#183; OFFICE OF THE CITY MANAGER &#183; 500 Harbour Street,
Port Callan</p></div>
<p>November 28, 2025</p>
<p>Margaret Ellery-Sandoval<br>Information and Privacy Commissioner</p>
<p><b>Re: Investigation Report P25-07, licence plate recognition in parking enforcement</b></p>
<p>Dear Commissioner,</p>
<p>Thank you for your report and for the constructive way in which your investigators worked with our staff.
Council received the report at its meeting of October 20 and directed me to reply on the City's behalf. I take the
recommendations below in the order in which our project team tackled them.</p>
<p>Your second recommendation has been carried out in full. Our privacy office completed the assessment on
October 31 with the help of an outside consultant, and a plain-language summary has been on the parking page of
the City's website since November 10.</p>
<p>On the first recommendation, the system has since November 3 automatically purged unmatched reads after
14 days rather than the 48 hours you proposed. Our parking supervisors need about two weeks of reads to deal with
disputes about vehicles that moved between checks, and we think this is a reasonable balance.</p>
<p>We regret that we cannot follow your sixth recommendation. Eleven parking tickets issued in 2023 and 2024 are
the subject of appeals before the Provincial Court, and the City Solicitor has advised that the older images may
be needed as evidence. The City will therefore keep the historic images until those appeals are finished, and will
review the position in 2027.</p>
<p>As for the third and fourth recommendations, new signs went up at the entrances of all nineteen municipal lots
in November, with a web address for more information. The contract with Vantrex runs until March 2027 and does not
allow the City to change its terms on its own; we have noted your concern about the use of data by the vendor and
will take it into account when the service is put out to tender.</p>
<p>Turning to the fifth recommendation, the number of accounts has been cut from forty-one to eight: the six
supervisors and two analysts in the finance department who reconcile ticket revenue. Every search is now recorded
in an audit log that our privacy office checks each month.</p>
<p>The City values the trust of residents and will continue to look for ways to make parking enforcement both
fair and respectful of privacy.</p>
<p>Yours truly,</p>
<p>Derek Oyelaran-Pike<br>City Manager</p>
"""
    render(doc(body, "Sans", "10.5pt", "#1f4e3d"), H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="OIPC Investigation Report P25-07 - City of Port Callan",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="City of Port Callan - response to Investigation Report P25-07",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": "a", "starts_with": "stop keeping images of licence plates that do not match",
         "reply_contains": "14 days rather than the 48 hours you proposed", "verdict": "partly"},
        {"number": "b", "starts_with": "complete a privacy impact assessment of the licence plate recognition",
         "reply_contains": "Your second recommendation has been carried out in full", "verdict": "agrees"},
        {"number": "c", "starts_with": "post signs at the entrances of all municipal parking lots",
         "reply_contains": "new signs went up at the entrances of all nineteen municipal lots",
         "verdict": "agrees"},
        {"number": "d", "starts_with": "amend its contract with Vantrex Parking Systems so that the vendor",
         "reply_contains": "take it into account when the service is put out to tender",
         "verdict": "noted"},
        {"number": "e", "starts_with": "limit access to the plate database to the six parking",
         "reply_contains": "two analysts in the finance department who reconcile ticket revenue",
         "verdict": "partly"},
        {"number": "f", "starts_with": "securely delete, within 30 days, all plate images collected before",
         "reply_contains": "We regret that we cannot follow your sixth recommendation", "verdict": "disagrees"},
        {"number": "g", "starts_with": "report to my office in writing within six months on",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["Council received the report at its meeting of October 20",
                 "in the order in which our project team tackled them",
                 "will continue to look for ways to make parking enforcement"]
    notes = ("Advice: a Canadian provincial INFORMATION AND PRIVACY COMMISSIONER's INVESTIGATION REPORT on a city's "
             "licence plate recognition cameras (the province's Freedom of Information and Protection of Privacy "
             "Act named as context); seven recommendations LETTERED (a)-(g), lower-case verb phrases completing "
             "'I recommend that the City:', after FINDINGS 'Finding 1.'-'Finding 4.'. Traps: the Act paraphrased "
             "('a public body must collect only'); the 2021 guidance quoted ('public bodies should complete a "
             "privacy impact assessment'); 'I do not recommend that the City discontinue the program'; conclusion "
             "'Recommendations (a) and (f) ... urgent'. Response: the City Manager's LETTER referring to the "
             "recommendations by ORDINALS in the order second, first, sixth, third+fourth, fifth: introduction "
             "(nothing); (b) 'carried out in full' (agrees); (a) purge after 14 days instead of 48 hours (partly); "
             "(f) 'We regret that we cannot follow' (disagrees); ONE paragraph 'third and fourth': (c) signs at all "
             "nineteen lots (agrees) and (d) contract cannot be changed, concern 'noted' for the tender (noted); (e) "
             "accounts cut to eight, six supervisors plus two finance analysts, audit log (partly); closing "
             "(nothing). (g) (report back within six months) is never answered (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
