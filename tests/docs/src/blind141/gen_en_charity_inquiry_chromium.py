"""Round 141 (EN): a charity regulator's STATUTORY INQUIRY REPORT into a coastal rescue charity, answered by the
trustees' STATEMENT published on the charity's website, under THEMED HEADINGS in another order, PARAPHRASING the
advice, with one paragraph answering two recommendations with different verdicts.
The advice: sections with plain headings; the issues under investigation NUMBERED 1-3; the seven recommendations as
UNNUMBERED ROWS of a TABLE 'Area | What the trustees should do' in the section 'Our advice to the trustees'. Traps:
the numbered issues; the governing document quoted ('the trustees must meet at least four times a year'); the
Charities Act paraphrased ('trustees must act in the charity's interests'); 'We do not recommend that the charity be
wound up'; the direction already complied with (accounts filed); 'Issues for the wider sector' bullets with 'all
charities should'.
The response: introduction (nothing); board recruitment (agrees); conflicts policy (agrees); one paragraph under
'Money and payments': two signatories (agrees) and recovery of only the 21,600 pounds for work not done (partly);
the boathouse will not be sold (disagrees); the fundraiser's agreement noted, to be looked at in 2027 (noted);
closing (nothing); six-monthly progress reports never (unanswered).
Chromium headless --print-to-pdf, A4, cleaned Liberation Sans / Serif via @font-face, ligatures off; header and
'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented; the Charities Act
2011 is named as context only (what is said of it is paraphrased and not to be relied on).
Run:  /tmp/blind141en/bin/python tests/docs/src/blind141/gen_en_charity_inquiry_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b141en as H

NAME = "blind141_en_charity_inquiry"
CSS = """<style>
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
@page { size: A4; margin: 20mm 21mm 22mm 21mm; }
body { font-family: F; font-size: %(s)s; line-height: 1.4; color: #1c1c1c; margin: 0; font-variant-ligatures: none; }
h1 { font-size: 16pt; color: %(c)s; margin: 0 0 4pt 0; }
h2 { font-size: 11.8pt; color: %(c)s; margin: 10pt 0 4pt 0; break-after: avoid; }
p { margin: 0 0 6pt 0; }
ol, ul { margin: 0 0 6pt 0; padding-left: 18pt; }
li { margin: 0 0 3pt 0; }
.meta { color: #555; font-size: 9pt; }
.band { background: %(c)s; color: #fff; padding: 6pt 8pt; margin-bottom: 9pt; font-size: 9pt; }
table { border-collapse: collapse; width: 100%%; margin: 4pt 0 8pt 0; font-size: 9.2pt; }
th, td { border: 0.6pt solid #9aa5ad; padding: 3.5pt 5pt; text-align: left; vertical-align: top; }
th { background: %(bg)s; }
td.area { font-weight: bold; width: 24%%; }
</style>"""


def doc(body, fam, size, colour, bg):
    r, b, i = (H.clean_font(f"Liberation{fam}-{s}.ttf") for s in ("Regular", "Bold", "Italic"))
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
            f"{CSS % {'r': r, 'b': b, 'i': i, 's': size, 'c': colour, 'bg': bg}}</head><body>{body}</body></html>")


def render(html, pdf):
    tmp = tempfile.mkdtemp(prefix="blind141en_html_")
    try:
        p = os.path.join(tmp, "doc.html")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(p, pdf)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


ADVICE = [
    ("Governance", "The trustees should appoint at least three new trustees with financial and legal experience, "
                   "through open recruitment, by 30 June 2026."),
    ("Conflicts of interest", "The trustees should adopt a written conflicts of interest policy and keep a register "
                              "of interests that is reviewed at every board meeting."),
    ("Financial controls", "The trustees should require two signatories, neither of them connected to the payee, "
                           "for every payment of more than 500 pounds."),
    ("Connected party payments", "The trustees should take steps to recover the 38,400 pounds paid to Penrock Marine "
                                 "Services Ltd for maintenance work that the charity cannot show was done."),
    ("Reserves", "The trustees should sell the former boathouse at Gull Point and use the proceeds to rebuild the "
                 "charity's reserves to at least six months of running costs."),
    ("Fundraising", "The trustees should review the charity's agreement with its professional fundraiser, Coastline "
                    "Giving Ltd, and publish the fees paid under it each year."),
    ("Reporting to us", "The trustees should send the Regulator a written progress report every six months until "
                        "each of these actions has been completed."),
]


def advice():
    trs = "".join(f"<tr><td class='area'>{a}</td><td>{b}</td></tr>" for a, b in ADVICE)
    body = """
<div class='band'>OFFICE OF THE CHARITY REGULATOR &#183; Inquiry report &#183; Case CR/INQ/2024/0388</div>
<h1>Saltmarsh Bay Inshore Rescue Fund (registered charity 1147302): inquiry report</h1>
<p class='meta'>Published 11 November 2025 &#183; Inquiry opened 4 June 2024 &#183; Investigations Manager: Ms Rhiannon
Castellane-Hughes</p>
<h2>The charity</h2>
<p>The Saltmarsh Bay Inshore Rescue Fund was registered in 2012. It operates an independent inshore rescue boat
from a station at Saltmarsh Harbour, crewed by 26 volunteers, and had an income of 412,000 pounds in 2023, most of it
from donations and legacies. Its governing document provides that \"the trustees must meet at least four times a
year\"; they met twice in 2022 and once in 2023.</p>
<h2>Background and issues under investigation</h2>
<p>We opened an inquiry after the charity failed to file its accounts for 2022 and a former volunteer raised concerns
about payments to a company owned by the then chair. The inquiry examined:</p>
<ol>
<li>whether the trustees managed conflicts of interest properly;</li>
<li>whether the charity's funds were properly controlled and applied;</li>
<li>whether the trustees complied with their duties to file accounts and returns.</li>
</ol>
<h2>Findings</h2>
<p>Under the Charities Act 2011, in summary, trustees must act in the charity's interests and must not benefit from
it without authority. Between 2020 and 2023 the charity paid 61,900 pounds to Penrock Marine Services Ltd, owned by
the former chair, Mr Dennis Trevail. No conflict was declared and no other quotes were sought. For 38,400 pounds of
this we found no evidence that the work was carried out. Payments were authorised by a single signatory, usually the
former chair himself.</p>
<p>The charity's free reserves had fallen to about six weeks of running costs by March 2024. It owns a former
boathouse at Gull Point, valued at 180,000 pounds, which is used for storage. Some supporters told us that the
charity must never sell its historic property; that is a matter for the trustees.</p>
<p>The charity uses a professional fundraiser, which retained 41 per cent of the money raised by street collections in
2023. This is within the law but is not explained to donors.</p>
<h2>Regulatory action taken</h2>
<p>In July 2024 we directed the trustees to file the overdue accounts for 2022 and 2023; these were filed in
October 2024. Mr Trevail resigned as chair and trustee in August 2024. We do not recommend that the charity be wound
up: its rescue service is valued locally and its remaining trustees have cooperated with the inquiry.</p>
<h2>Our advice to the trustees</h2>
<p>We have given the trustees the following advice and guidance. We will monitor how they act on it.</p>
<table><tr><th>Area</th><th>What the trustees should do</th></tr>""" + trs + """</table>
<h2>Issues for the wider sector</h2>
<ul>
<li>All charities should have a conflicts of interest policy, however small they are.</li>
<li>Trustees should never allow one person to authorise payments to himself or herself.</li>
</ul>
"""
    render(doc(body, "Sans", "9.6pt", "#0f4c5c", "#dfeaed"), H.out(NAME + "_advice.pdf"))


def response():
    body = """
<div class='band'>SALTMARSH BAY INSHORE RESCUE &#183; News &#183; Statement from the Board of Trustees</div>
<h1>Our response to the Charity Regulator's inquiry report</h1>
<p class='meta'>Posted 2 December 2025 by the Chair of Trustees, Mrs Morwenna Pascoe-Latham</p>
<p>The Regulator's report, published last month, describes a period in the charity's history of which none of us
is proud. We are grateful to the Regulator's staff for their patience, and above all to our volunteer crew, who
kept the boat on service throughout. This statement explains what the new board is doing.</p>
<h2>Our board</h2>
<p>We advertised openly in September and three new trustees joined us in November: a chartered accountant, a
solicitor and a retired harbour master. A fourth place remains open for a younger member of the community.</p>
<p>Every trustee has signed a declaration of interests. We now have a written policy on conflicts, and the
register is the first item on the agenda of every meeting.</p>
<h2>Money and payments</h2>
<p>Since January no payment over 500 pounds can be made without two independent signatures, and our bank has
been instructed accordingly. On the payments to Penrock Marine Services, our solicitors advise that part of the
work was in fact done. We have issued a claim for the 21,600 pounds for which there are no invoices or records,
but we do not intend to pursue the balance.</p>
<h2>The Gull Point boathouse</h2>
<p>The board has decided not to sell the boathouse. It holds our relief boat and tractor, and renting equivalent
space would cost more than the sale would earn. We will rebuild our reserves over three years through a legacy
appeal instead.</p>
<h2>Fundraising</h2>
<p>The board has taken note of the Regulator's comments about our professional fundraiser. Our agreement with
Coastline Giving runs until March 2027, and we will look at it again before then.</p>
<h2>Thank you</h2>
<p>If you have questions about this statement, please write to the Chair at the station. Your support keeps the
boat at sea.</p>
"""
    render(doc(body, "Serif", "10.2pt", "#b5341f", "#f6e3df"), H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Office of the Charity Regulator - Inquiry report CR/INQ/2024/0388",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Saltmarsh Bay Inshore Rescue - Statement from the Board",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "The trustees should appoint at least three new trustees with",
         "reply_contains": "three new trustees joined us in November",
         "verdict": "agrees"},
        {"number": 2, "starts_with": "The trustees should adopt a written conflicts of interest policy",
         "reply_contains": "Every trustee has signed a declaration of interests",
         "verdict": "agrees"},
        {"number": 3, "starts_with": "The trustees should require two signatories, neither of them connected",
         "reply_contains": "can be made without two independent signatures",
         "verdict": "agrees"},
        {"number": 4, "starts_with": "The trustees should take steps to recover the 38,400 pounds",
         "reply_contains": "we do not intend to pursue the balance",
         "verdict": "partly"},
        {"number": 5, "starts_with": "The trustees should sell the former boathouse at Gull Point",
         "reply_contains": "The board has decided not to sell the boathouse",
         "verdict": "disagrees"},
        {"number": 6, "starts_with": "The trustees should review the charity's agreement with its professional",
         "reply_contains": "The board has taken note of the Regulator's comments",
         "verdict": "noted"},
        {"number": 7, "starts_with": "The trustees should send the Regulator a written progress report",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["kept the boat on service throughout",
                 "Your support keeps the boat at sea"]
    notes = ("Advice: a charity regulator's STATUTORY INQUIRY REPORT into a coastal rescue charity (the Charities Act "
             "2011 named as context). Plain headings; the issues under investigation NUMBERED 1-3; seven "
             "recommendations as UNNUMBERED ROWS of a TABLE 'Area | What the trustees should do' (Governance, "
             "Conflicts of interest, Financial controls, Connected party payments, Reserves, Fundraising, Reporting "
             "to us), each 'The trustees should ...'. Traps: the numbered issues; the governing document quoted "
             "('the trustees must meet at least four times a year'); the Act paraphrased ('trustees must act in the "
             "charity's interests'); supporters' 'must never sell its historic property'; the direction to file "
             "accounts, already complied with; 'We do not recommend that the charity be wound up'; 'Issues for "
             "the wider sector' bullets ('All charities should ...', 'Trustees should never ...'). Response: the "
             "trustees' STATEMENT on the charity's website under THEMED HEADINGS, PARAPHRASING, in another order: "
             "introduction (nothing); 'Our board' three new trustees (1 agrees) and a separate paragraph on the "
             "conflicts policy and register (2 agrees); ONE paragraph under 'Money and payments' answering 3 (two "
             "signatures, agrees) and 4 (claim for 21,600 pounds only, 'do not intend to pursue the balance', "
             "partly); 'The Gull Point boathouse' 'decided not to sell' (5 disagrees); 'Fundraising' 'has taken "
             "note', to look again before 2027 (6 noted); 'Thank you' (nothing); 7, six-monthly progress reports "
             "to the Regulator, never mentioned (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
