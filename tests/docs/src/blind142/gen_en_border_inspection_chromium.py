"""Round 142 (EN): an independent border inspectorate's INSPECTION REPORT on border controls at a ferry port,
answered by the government department's published RESPONSE, which QUOTES each recommendation it answers ('Recommendation
3: "..."') followed by its answer, verdict first in varied wording.
The advice: a foreword, 'Key findings' NUMBERED 1-7 and, in a separate section, seven recommendations NUMBERED 1-7 under
'The Border Security Agency should:'. Traps: the findings numbered exactly like the recommendations; the Chief
Inspector's 2022 recommendation quoted ('the Agency should publish its staffing model for each port'); the
Immigration Act 1971 paraphrased ('must be examined by an immigration officer'); 'We do not recommend that the Agency
return to examining every freight driver manually'; the port operator's own 'must' in its licence.
The response: introduction (nothing); recommendations 1-6 quoted in order, each with an answer: 1 accepted (agrees),
2 partially accepted, two e-gates replaced and two repaired (partly), 3 accepted (agrees), 4 accepted (agrees),
5 not accepted (disagrees), 6 'notes', a matter for the port operator (noted); closing (nothing); 7, quarterly data on
clandestine entrants, never quoted nor answered (unanswered).
Chromium headless --print-to-pdf, A4, cleaned Liberation Sans / Serif via @font-face, ligatures off; header and
'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented; the Immigration Act
1971 is named as context only (what is said of it is paraphrased and not to be relied on).
Run:  /tmp/blind142en/bin/python tests/docs/src/blind142/gen_en_border_inspection_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b142en as H

NAME = "blind142_en_border_inspection"
CSS = """<style>
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
@page { size: A4; margin: 20mm 22mm 22mm 22mm; }
body { font-family: F; font-size: %(s)s; line-height: 1.4; color: #1a1a1a; margin: 0; font-variant-ligatures: none; }
h1 { font-size: 16pt; color: %(c)s; margin: 0 0 4pt 0; }
h2 { font-size: 11.8pt; color: %(c)s; margin: 11pt 0 4pt 0; break-after: avoid; }
h3 { font-size: 10.2pt; color: %(c)s; margin: 9pt 0 3pt 0; break-after: avoid; }
p { margin: 0 0 6pt 0; }
ol, ul { margin: 0 0 6pt 0; padding-left: 20pt; }
li { margin: 0 0 4pt 0; }
.meta { color: #555; font-size: 9pt; }
.top { border-top: 4pt solid %(c)s; padding-top: 6pt; margin-bottom: 8pt; font-size: 9pt; letter-spacing: 0.5pt; }
.sig { font-style: italic; }
.rec { border-left: 2.5pt solid %(c)s; background: %(bg)s; padding: 4pt 8pt; margin: 0 0 5pt 0; }
.ans { margin: 0 0 10pt 0; }
</style>"""


def doc(body, fam, size, colour, bg):
    r, b, i = (H.clean_font(f"Liberation{fam}-{s}.ttf") for s in ("Regular", "Bold", "Italic"))
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
            f"{CSS % {'r': r, 'b': b, 'i': i, 's': size, 'c': colour, 'bg': bg}}</head><body>{body}</body></html>")


def render(html, pdf):
    tmp = tempfile.mkdtemp(prefix="blind142en_html_")
    try:
        p = os.path.join(tmp, "doc.html")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(p, pdf)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


RECS = [
    "Publish, by 31 March 2026, a staffing model for the Port of Kestrelmouth that sets out the number of officers "
    "needed on each shift at peak and off-peak times.",
    "Replace the four e-gates in the Eastern Terminal that were out of service for more than 40 per cent of the "
    "inspection period.",
    "Ensure that every freight vehicle selected by the targeting system is searched, and record the reason whenever a "
    "selected vehicle is released without a search.",
    "Provide a private interview room in the passenger terminal for vulnerable travellers and potential victims of "
    "trafficking.",
    "Introduce mandatory refresher training on safeguarding children for all frontline officers at the port every "
    "two years.",
    "Review, with the port operator, the arrangements for holding coaches in the arrivals lanes so that passengers "
    "are not kept on board for more than 90 minutes.",
    "Publish quarterly data on the number of clandestine entrants detected at the port and on the outcome of each "
    "case.",
]


def advice():
    recs = "".join(f"<li>{r}</li>" for r in RECS)
    body = """
<div class='top'>INDEPENDENT CHIEF INSPECTOR OF BORDER SERVICES &#183; Report ICIBS/2025/06</div>
<h1>An inspection of border controls at the Port of Kestrelmouth</h1>
<p class='meta'>March to May 2025 &#183; Laid before Parliament on 9 October 2025 &#183; Chief Inspector: Mr Alastair
Ferrand-Okafor</p>
<h2>Foreword</h2>
<p>Kestrelmouth is the third busiest ferry port in the country, handling 2.3 million passengers and 410,000 freight
vehicles a year on routes to four continental ports. This inspection looked at how the Border Security Agency
examines passengers and freight, how it protects vulnerable people, and whether it has the staff it needs.</p>
<p>In my 2022 report on the southern ports I recommended that \"the Agency should publish its staffing model for each
port\". Three years later it still has not done so for Kestrelmouth, and officers on the ground could not tell us how
their shift numbers were decided. I was, however, impressed by the commitment of frontline staff, many of whom work
long hours in poor conditions.</p>
<p class='sig'>Alastair Ferrand-Okafor, Independent Chief Inspector of Border Services</p>
<h2>Key findings</h2>
<ol>
<li>The Agency has 214 officers at the port against a complement of 251; vacancies are highest on night shifts.</li>
<li>Four of the nine e-gates in the Eastern Terminal were out of service for more than 40 per cent of the
inspection period, causing queues of up to two hours.</li>
<li>Of 1,860 freight vehicles selected for search by the targeting system in April 2025, 517 were released without
a search and with no reason recorded.</li>
<li>There is no private room in the passenger terminal where officers can speak to a traveller who may be a victim
of trafficking.</li>
<li>Only 38 per cent of frontline officers had completed safeguarding training in the past three years.</li>
<li>Coach passengers were kept on board in the arrivals lanes for up to three hours on busy days.</li>
<li>The Agency does not publish any port-level data on clandestine entrants.</li>
</ol>
<h2>Background</h2>
<p>Under the Immigration Act 1971, in summary, a person arriving in the country must be examined by an immigration
officer, and it is the Agency that carries out this examination at Kestrelmouth. The port itself is run by
Kestrelmouth Port Holdings Ltd, whose licence says that the operator must provide the Agency with adequate
accommodation and lanes for its controls.</p>
<p>Since 2023 the Agency has relied on a risk-based targeting system to decide which freight vehicles to search.
We do not recommend that the Agency return to examining every freight driver manually: the evidence we saw shows that
targeting finds more clandestine entrants for the same effort, provided selected vehicles are actually searched.</p>
<h2>Recommendations</h2>
<p>The Border Security Agency should:</p>
<ol>""" + recs + """</ol>
<p>The Chief Inspector will review the Agency's progress against these recommendations in 2026.</p>
"""
    render(doc(body, "Sans", "9.7pt", "#1d3b6a", "#e4eaf3"), H.out(NAME + "_advice.pdf"))


ANSWERS = [
    ("The Department accepts this recommendation.",
     "A staffing model for Kestrelmouth has been drafted and will be published alongside those for the other "
     "southern ports in the first quarter of 2026. It will show minimum officer numbers for each shift pattern, "
     "including night shifts."),
    ("Partially accepted.",
     "Two of the four e-gates are at the end of their service life and will be replaced by the end of January 2026. "
     "The other two have had new cameras fitted under the maintenance contract and are performing reliably; we do not "
     "consider that replacing them would be value for money."),
    ("Accepted.",
     "Since July 2025 no selected vehicle can be cleared on the targeting system until an officer has recorded either "
     "the outcome of the search or a reason from a fixed list, and compliance is checked weekly by the port's "
     "Higher Officers."),
    ("Accepted.",
     "Kestrelmouth Port Holdings has agreed to convert a former office next to the immigration hall, and the new "
     "room will open in December 2025. Officers will be able to use it for welfare conversations and for referrals "
     "under the National Referral Mechanism."),
    ("Not accepted.",
     "All frontline officers already complete the Agency's safeguarding e-learning module on appointment, and a "
     "separate two-yearly course would take officers away from the controls. Instead, safeguarding will be covered "
     "in the annual operational briefing that every officer attends, and the Department considers this sufficient."),
    ("The Department notes this recommendation.",
     "The holding of coaches in the arrivals lanes is primarily a matter for the port operator, which controls the "
     "lanes and the booking of coach arrivals. We have shared the report with Kestrelmouth Port Holdings and will "
     "discuss it at the next meeting of the Port Users' Group."),
]


def response():
    items = ""
    for i, ((verdict, text), rec) in enumerate(zip(ANSWERS, RECS), 1):
        items += (f"<h3>Recommendation {i}</h3><div class='rec'>\"{rec}\"</div>"
                  f"<p class='ans'><b>{verdict}</b> {text}</p>")
    body = """
<div class='top'>DEPARTMENT OF HOME AFFAIRS &#183; Policy paper &#183; Published 27 November 2025</div>
<h1>Response to the Independent Chief Inspector of Border Services' report: An inspection of border controls at
the Port of Kestrelmouth</h1>
<p class='meta'>Presented by the Minister of State for Border Security, Ms Harriet Oyelaran-Finch</p>
<p>The Department thanks the Independent Chief Inspector for his report and welcomes his recognition of the
dedication of Border Security Agency officers at Kestrelmouth, who kept the border secure through a summer of record
passenger numbers. The Department has considered each recommendation carefully and sets out its response below.</p>
""" + items + """
<h2>Conclusion</h2>
<p>The Department remains committed to a border that is both secure and efficient, and will continue to work
constructively with the Chief Inspector. Progress on the accepted recommendations will be reported to the Agency's
Executive Board every six months.</p>
"""
    render(doc(body, "Serif", "10.2pt", "#22423a", "#e7efec"), H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Independent Chief Inspector of Border Services - ICIBS/2025/06",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Department of Home Affairs - Response to ICIBS/2025/06",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "Publish, by 31 March 2026, a staffing model for the Port",
         "reply_contains": "will be published alongside those for the other southern ports",
         "verdict": "agrees"},
        {"number": 2, "starts_with": "Replace the four e-gates in the Eastern Terminal that were",
         "reply_contains": "we do not consider that replacing them would be value for money",
         "verdict": "partly"},
        {"number": 3, "starts_with": "Ensure that every freight vehicle selected by the targeting system",
         "reply_contains": "or a reason from a fixed list",
         "verdict": "agrees"},
        {"number": 4, "starts_with": "Provide a private interview room in the passenger terminal for",
         "reply_contains": "has agreed to convert a former office next to the immigration hall",
         "verdict": "agrees"},
        {"number": 5, "starts_with": "Introduce mandatory refresher training on safeguarding children for all",
         "reply_contains": "a separate two-yearly course would take officers away from the controls",
         "verdict": "disagrees"},
        {"number": 6, "starts_with": "Review, with the port operator, the arrangements for holding coaches",
         "reply_contains": "is primarily a matter for the port operator",
         "verdict": "noted"},
        {"number": 7, "starts_with": "Publish quarterly data on the number of clandestine entrants detected",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["kept the border secure through a summer of record passenger numbers",
                 "will be reported to the Agency's Executive Board every six months"]
    notes = ("Advice: an independent border inspectorate's INSPECTION REPORT on border controls at a ferry port (the "
             "Immigration Act 1971 named as context). A foreword; 'Key findings' NUMBERED 1-7; a background section; "
             "seven recommendations NUMBERED 1-7 in the imperative under 'The Border Security Agency should:'. "
             "Traps: the key findings numbered exactly like the recommendations and on the same themes; the Chief "
             "Inspector's 2022 recommendation quoted in the foreword ('the Agency should publish its staffing model "
             "for each port'); the Act paraphrased ('must be examined by an immigration officer'); the port "
             "operator's licence ('the operator must provide'); 'We do not recommend that the Agency return to "
             "examining every freight driver manually'. Response: the department's published RESPONSE QUOTING each "
             "recommendation under 'Recommendation N' and answering it, verdict first in varied wording, in the "
             "advice's order: introduction (nothing); 1 'accepts' (agrees); 2 'Partially accepted', two of four "
             "e-gates replaced, the others repaired (partly); 3 'Accepted' (agrees); 4 'Accepted' (agrees); 5 'Not "
             "accepted', annual briefing instead (disagrees); 6 'notes this recommendation', a matter for the port "
             "operator (noted); conclusion (nothing); 7, quarterly data on clandestine entrants, neither quoted nor "
             "answered (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
