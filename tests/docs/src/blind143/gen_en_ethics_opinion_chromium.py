"""Round 143 (EN): a health research ethics committee's PROVISIONAL OPINION LETTER on a clinical trial application,
answered by the Chief Investigator's RESPONSE LETTER, which QUOTES each request by its code and answers it under
'Response:', in another order, one request left out.
The advice: a letter with the committee's 'Summary of discussion at the meeting' under topic headings NUMBERED 1-5
(trap), then 'Further information or changes required' with the seven requests CODED by document: P1, P2
(protocol), I1, I2, I3 (participant information sheet), C1 (consent form), D1 (data management). Traps: the numbered
discussion points; 'The Committee did not recommend changing the primary outcome'; the governance arrangements
paraphrased ('research must not begin until a favourable opinion'); the standard conditions ('the sponsor must
notify ...'), a list of approved documents.
The response: introduction (nothing); P2 stopping rule added (agrees); P1 blood samples reduced to four, not three
(partly); I1 rewritten (agrees); I3 cooling-off kept at 24 hours (disagrees); C1 separate consent form not adopted
(disagrees); I2 lay summary (agrees); closing (nothing); D1 never (unanswered).
Chromium headless --print-to-pdf, A4, cleaned Liberation Serif / Sans via @font-face, ligatures off; header and
'Page N of M' stamped from page 2. All bodies, people, places, trial names and references invented; the governance
arrangements are paraphrased and not to be relied on.
Run:  /tmp/blind143en/bin/python tests/docs/src/blind143/gen_en_ethics_opinion_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b143en as H

NAME = "blind143_en_ethics_opinion"
CSS = """<style>
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
@page { size: A4; margin: 20mm 22mm 22mm 22mm; }
body { font-family: F; font-size: %(s)s; line-height: 1.38; color: #1a1a1a; margin: 0; font-variant-ligatures: none; }
h1 { font-size: 14pt; color: %(c)s; margin: 6pt 0 6pt 0; }
h2 { font-size: 11pt; color: %(c)s; margin: 10pt 0 4pt 0; break-after: avoid; }
h3 { font-size: 10pt; margin: 7pt 0 2pt 0; break-after: avoid; }
p { margin: 0 0 6pt 0; }
.meta { color: #555; font-size: 8.8pt; }
.addr { text-align: right; font-size: 9pt; color: #333; }
.logo { font-size: 12pt; font-weight: bold; color: %(c)s; border-bottom: 1.5pt solid %(c)s; padding-bottom: 3pt; }
table.req { border-collapse: collapse; width: 100%%; margin: 2pt 0 8pt 0; }
table.req td { border-top: 0.6pt solid #b9b9b9; padding: 4pt 6pt 4pt 0; vertical-align: top; }
table.req td.code { width: 34pt; font-weight: bold; color: %(c)s; }
ul { margin: 0 0 6pt 0; padding-left: 18pt; }
li { margin: 0 0 2pt 0; }
.q { margin: 0 0 3pt 16pt; padding-left: 8pt; border-left: 2pt solid %(bg)s; font-style: italic; }
.r { margin: 0 0 9pt 16pt; }
</style>"""


def doc(body, fam, size, colour, bg):
    r, b, i = (H.clean_font(f"Liberation{fam}-{s}.ttf") for s in ("Regular", "Bold", "Italic"))
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
            f"{CSS % {'r': r, 'b': b, 'i': i, 's': size, 'c': colour, 'bg': bg}}</head><body>{body}</body></html>")


def render(html, pdf):
    tmp = tempfile.mkdtemp(prefix="blind143en_html_")
    try:
        p = os.path.join(tmp, "doc.html")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(p, pdf)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


REQS = [
    ("P1", "Please reduce the number of study visits at which research blood samples are taken from six to three, "
           "or justify each additional sample in the protocol."),
    ("P2", "The protocol should include a stopping rule for the trial if two or more serious adverse events "
           "related to the injection occur within the first 40 participants."),
    ("I1", "The participant information sheet needs to be rewritten in plain English, at a reading age of about "
           "twelve, with technical terms such as 'platelet-rich plasma' explained."),
    ("I2", "Please tell participants in the information sheet how they will be informed of the results of the "
           "study, and offer them a lay summary."),
    ("I3", "Please allow a period of at least 48 hours between giving a potential participant the information "
           "sheet and taking consent."),
    ("C1", "Consent to the optional genetic sub-study should be sought on a separate consent form rather than by "
           "an initialled box on the main form."),
    ("D1", "Please confirm who will have access to identifiable data at the coordinating centre and state that "
           "it will be destroyed five years after the end of the study."),
]


def advice():
    reqs = "".join(f"<tr><td class='code'>{c}</td><td>{t}</td></tr>" for c, t in REQS)
    body = """
<div class='logo'>Health Research Authority for the Northern Region &#183; Wendover Hills Research Ethics Committee</div>
<p class='addr'>Level 3, Calloway House, 18 Mercer Street, Haldon HL2 4PW<br>Telephone 0300 555 0147</p>
<p>Professor Declan Ashworth-Mensah<br>Chief Investigator, Department of Orthopaedic Surgery<br>Haldon Royal
Infirmary</p>
<p class='meta'>14 October 2025 &#183; REC reference: 25/NR/0316 &#183; IRAS project ID: 348812</p>
<h1>Study title: PRP-KNEE: a randomised controlled trial of platelet-rich plasma injection compared with saline in
adults with knee osteoarthritis</h1>
<p>Dear Professor Ashworth-Mensah,</p>
<p>Thank you for attending the meeting of the Committee on 8 October 2025 with Dr Rhiannon Kaur-Whitfield, the
trial manager, to discuss your application.</p>
<h2>Provisional opinion</h2>
<p>The Committee would be content to give a favourable ethical opinion of the research, subject to receiving a
complete response to the request for further information set out below. Under the governance arrangements for
health and social care research, in summary, research must not begin until a favourable opinion has been given
and the conditions attached to it are met.</p>
<h2>Summary of discussion at the meeting</h2>
<h3>1. Social or scientific value; scientific design</h3>
<p>Members agreed that the question is important and that a placebo-controlled trial is justified, because the use
of platelet-rich plasma has grown in private practice without good evidence. Some members asked whether pain at six
months is the right primary outcome. Having heard your explanation, the Committee did not recommend changing the
primary outcome.</p>
<h3>2. Recruitment arrangements and access to health information</h3>
<p>Participants will be identified from the orthopaedic waiting list. Members noted that many potential
participants are older people and that the information sheet, at fourteen pages, is long and technical.</p>
<h3>3. Care and protection of research participants</h3>
<p>Members were concerned that six research blood samples over twelve months may be a burden, and noted that the
protocol does not say when the trial would be stopped for safety reasons.</p>
<h3>4. Informed consent process</h3>
<p>You told the Committee that consent would be taken at the same clinic visit at which the information sheet is
given, in some cases within an hour.</p>
<h3>5. Confidentiality and data</h3>
<p>Members noted that identifiable data will be sent to the coordinating centre in Northgate.</p>
<h2>Further information or changes required</h2>
<p>The Committee asks you to respond to each of the following points, quoting its reference:</p>
<table class='req'>""" + reqs + """</table>
<p>When submitting a response, please send revised documents with the changes highlighted and a covering letter.
The Committee has delegated authority to the Chair and one member to confirm the final opinion.</p>
<h2>Standard conditions of a favourable opinion</h2>
<p>For information, a favourable opinion will be subject to the standard conditions, which include that the sponsor
must notify the Committee of any substantial amendment, and must submit an annual progress report and a final
report within a year of the end of the study.</p>
<h2>Documents reviewed</h2>
<ul><li>Protocol, version 1.2, 2 September 2025</li><li>Participant information sheet, version 1.0, 2 September
2025</li><li>Consent form, version 1.0, 2 September 2025</li><li>Letter from sponsor (Haldon Royal Infirmary NHS
Trust), 4 September 2025</li></ul>
<p>Yours sincerely,</p>
<p>Dr Morwenna Tregear-Adeyemi<br>Chair, Wendover Hills Research Ethics Committee</p>
"""
    render(doc(body, "Sans", "9.7pt", "#243f73", "#dfe5f0"), H.out(NAME + "_advice.pdf"))


ANSWERS = [
    ("P2", "The stopping rule has been added as section 9.4 of the protocol, exactly as the Committee proposed. The "
           "independent data monitoring committee will review every serious adverse event within 72 hours."),
    ("P1", "We have cut the research blood samples to four: at baseline and at one, three and twelve months. The "
           "sample at three months measures the inflammatory markers for our main secondary outcome, and the "
           "reasons for keeping it are now explained in section 7.2; a reduction to three samples would not allow "
           "us to answer that question."),
    ("I1", "We have rewritten the information sheet with the help of our patient advisory group. It is now seven "
           "pages long, and the Flesch reading ease score has risen from 38 to 71."),
    ("I3", "We have not extended the period to 48 hours. Most participants travel long distances to the clinic, and "
           "an extra visit to sign a consent form would be a burden. Potential participants will instead receive the "
           "information sheet by post at least 24 hours before their clinic appointment, and may take it home "
           "and be contacted later if they want more time."),
    ("C1", "We respectfully ask the Committee to accept the initialled box. Our sponsor's standard template, "
           "agreed with its patient panel, uses an optional box, and participants can decline the sub-study without "
           "any effect on the main trial. We have made the box clearer and moved it to the end of the form."),
    ("I2", "A new section, 'What will happen to the results?', explains that every participant will be sent a "
           "lay summary when the trial ends, and that results will be posted on the trial website."),
]


def response():
    q = dict(REQS)
    items = ""
    for code, text in ANSWERS:
        items += (f"<h3>{code}</h3><p class='q'>Committee request: \"{q[code]}\"</p>"
                  f"<p class='r'><b>Response:</b> {text}</p>")
    body = """
<div class='logo'>Haldon Royal Infirmary NHS Trust &#183; Department of Orthopaedic Surgery</div>
<p class='addr'>Haldon Royal Infirmary, Castle Road, Haldon HL1 3ER</p>
<p>Dr Morwenna Tregear-Adeyemi<br>Chair, Wendover Hills Research Ethics Committee</p>
<p class='meta'>3 November 2025 &#183; REC reference: 25/NR/0316 &#183; IRAS project ID: 348812</p>
<h1>PRP-KNEE: response to the provisional opinion of 14 October 2025</h1>
<p>Dear Dr Tregear-Adeyemi,</p>
<p>Thank you for the Committee's letter and for the helpful discussion at the meeting. Dr Kaur-Whitfield and I have
considered each point with the sponsor, and our responses follow, in the order in which we have dealt with them.
Revised documents with tracked changes are enclosed.</p>
""" + items + """
<p>We hope that these responses and the revised documents will enable the Committee to confirm a favourable
opinion. We would be glad to discuss any point by telephone with the Chair.</p>
<p>Yours sincerely,</p>
<p>Professor Declan Ashworth-Mensah<br>Chief Investigator</p>
<p class='meta'>Enclosures: protocol v1.3; participant information sheet v2.0; consent form v1.1 (all dated 31 October
2025)</p>
"""
    render(doc(body, "Serif", "10pt", "#5a2a27", "#c9a9a6"), H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Wendover Hills REC - 25/NR/0316 - Provisional opinion",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="PRP-KNEE - Response to provisional opinion - 25/NR/0316",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": "P1", "starts_with": "Please reduce the number of study visits at which research blood samples",
         "reply_contains": "We have cut the research blood samples to four",
         "verdict": "partly"},
        {"number": "P2", "starts_with": "The protocol should include a stopping rule for the trial",
         "reply_contains": "The stopping rule has been added as section 9.4 of the protocol",
         "verdict": "agrees"},
        {"number": "I1", "starts_with": "The participant information sheet needs to be rewritten in plain English",
         "reply_contains": "We have rewritten the information sheet with the help",
         "verdict": "agrees"},
        {"number": "I2", "starts_with": "Please tell participants in the information sheet how they will be informed",
         "reply_contains": "every participant will be sent a lay summary when the trial ends",
         "verdict": "agrees"},
        {"number": "I3", "starts_with": "Please allow a period of at least 48 hours between giving",
         "reply_contains": "We have not extended the period to 48 hours",
         "verdict": "disagrees"},
        {"number": "C1", "starts_with": "Consent to the optional genetic sub-study should be sought on a separate",
         "reply_contains": "We respectfully ask the Committee to accept the initialled box",
         "verdict": "disagrees"},
        {"number": "D1", "starts_with": "Please confirm who will have access to identifiable data at the coordinating",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["Revised documents with tracked changes are enclosed",
                 "We would be glad to discuss any point by telephone with the Chair"]
    notes = ("Advice: a health research ethics committee's PROVISIONAL OPINION LETTER on a clinical trial "
             "application to the Chief Investigator. 'Summary of discussion at the meeting' under topic headings "
             "NUMBERED 1-5 on the same themes; then 'Further information or changes required' with seven requests "
             "CODED by document in a two-column list: P1, P2 (protocol), I1, I2, I3 (information sheet), C1 "
             "(consent form), D1 (data), in mixed wording ('Please reduce ...', 'The protocol should ...', '... "
             "needs to be rewritten', '... should be sought'). Traps: the numbered discussion points; 'the "
             "Committee did not recommend changing the primary outcome'; the governance arrangements paraphrased "
             "('research must not begin until a favourable opinion has been given'); the standard conditions ('the "
             "sponsor must notify the Committee'); the request to quote references and send revised documents; the "
             "list of documents reviewed. Response: the Chief Investigator's LETTER QUOTING each request under its "
             "code with 'Response:', in another order: introduction (nothing); P2 stopping rule added (agrees); P1 "
             "samples cut to four, not three, one justified (partly); I1 rewritten (agrees); I3 not extended to 48 "
             "hours, sheet posted 24 hours ahead instead (disagrees); C1 'We respectfully ask the Committee to "
             "accept the initialled box' (disagrees); I2 lay summary to every participant (agrees); closing "
             "(nothing); D1, access to and destruction of identifiable data, neither quoted nor answered "
             "(unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
