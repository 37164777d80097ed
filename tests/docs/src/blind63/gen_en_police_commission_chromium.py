"""Round 63 (EN): a city POLICE OVERSIGHT COMMISSION'S POLICY REVIEW REPORT (genre of the civilian oversight
boards of US cities that review police policies and send policy recommendations to the chief) and the POLICE
CHIEF'S RESPONSE MEMORANDUM with a position per recommendation.
Advice: City of Harlow Bay Police Oversight Commission, 'Policy Review Report 2026-02: Body-Worn Camera
Activation and Release of Recordings', 3 p.: a summary paraphrasing the asks, 'Why we did this review', 'What
the current policy says' (General Order 4.14 and state law quoted), 'What we found' (bold run-in findings with
'should have', an audit table), 'What we heard', 'Our 2023 recommendation' (quoted), then 'Recommendations':
seven UNNUMBERED bullet items under the sub-headings 'Activation', 'Supervision', 'Release of recordings and
access' - numbered 1-7 by position - and 'What happens next' (the Chief 'must respond in writing within 60
days').
Response: Harlow Bay Police Department memorandum 'Department response to Policy Review Report 2026-02':
introduction, 'The Department's view of the findings', bold subject headings each with a 'Position:' line, in
the order 6, 1+2 (one section, 'Concur' and 'Do not concur'), 5, 3, 7; 4 (quarterly compliance reports)
unanswered; 'Other matters: Professional Standards staffing' and the closing answer nothing.
Traps: 'shall activate' and the state-law 'must be released', 'the officer should have activated', the 2023
recommendation quoted, a resident quoted ('The police should show us the tape'), 'We considered recommending ...
but decided against it', the 60-day duty. Chromium headless --print-to-pdf, US Letter, cleaned Liberation Sans via
@font-face, ligatures off; footers stamped with PyMuPDF. All content is invented (Harlow Bay, its Commission,
Department, people and figures).

Run:  /tmp/blind63en/bin/python tests/docs/src/blind63/gen_en_police_commission_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b63en as H

NAME = "blind63_en_police_commission"
TMP = "/tmp/blind63en_police_commission"

RECS = [
    "The Department should amend General Order 4.14 to require officers to activate their cameras when they "
    "are dispatched to a call, rather than on arrival.",
    "The Department should remove the provision that allows officers to mute the audio of their cameras while "
    "talking with other officers at a scene.",
    "Sergeants should review at least two randomly selected recordings for each officer under their command "
    "every month, and document each review.",
    "The Department should report its camera activation compliance rate to the Commission every quarter, by "
    "precinct.",
    "The City should release the recordings of every critical incident to the public within 45 days, with "
    "only the redactions that the law requires.",
    "The Department should give the Commission's investigators direct, read-only access to the video "
    "management system.",
    "The City Council should fund the replacement of the 140 cameras bought in 2019 before their warranty "
    "expires in 2027.",
]


def fontface():
    css = ""
    for st, w, f in (("normal", 400, "Regular"), ("normal", 700, "Bold"), ("italic", 400, "Italic"),
                     ("italic", 700, "BoldItalic")):
        css += ("@font-face { font-family: 'CSans'; font-style: %s; font-weight: %d; src: url('file://%s'); }\n"
                % (st, w, H.clean_font("LiberationSans-%s.ttf" % f)))
    return css


CSS = """
@page { size: 8.5in 11in; margin: 0.8in 0.9in 0.9in 0.9in; }
body { font-family: 'CSans'; font-size: 10.5pt; line-height: 1.4; font-variant-ligatures: none;
       font-feature-settings: 'liga' 0, 'clig' 0; color: #1a1a1a; }
p { margin: 0 0 7pt 0; }
.mast { border-top: 5pt solid #0b4f6c; padding-top: 8pt; margin-bottom: 10pt; }
.mast .city { font-size: 9pt; letter-spacing: 1pt; color: #0b4f6c; font-weight: 700; }
.mast h1 { font-size: 20pt; margin: 6pt 0 2pt 0; color: #0b4f6c; line-height: 1.15; }
.mast .sub { font-size: 11pt; color: #333; }
h2 { font-size: 13pt; color: #0b4f6c; margin: 14pt 0 5pt 0; }
h3 { font-size: 11pt; margin: 9pt 0 3pt 0; }
.summary { background: #e6f0f4; border-left: 4pt solid #0b4f6c; padding: 7pt 10pt; margin: 6pt 0 10pt 0; }
.quote { margin: 3pt 0.4in 8pt 0.4in; font-style: italic; }
ul.recs { margin: 2pt 0 6pt 0; padding-left: 16pt; }
ul.recs li { margin-bottom: 5pt; }
table.data { border-collapse: collapse; font-size: 9.5pt; margin: 4pt 0 10pt 0; }
table.data td, table.data th { border: 0.6pt solid #7a98a6; padding: 3pt 10pt; text-align: left; }
table.data th { background: #0b4f6c; color: #fff; }
/* memo */
.memo .dept { font-size: 15pt; font-weight: 700; color: #1c2b4a; letter-spacing: 0.5pt; }
.memo .office { font-size: 10pt; color: #444; margin-bottom: 10pt; }
.memo .mt { font-size: 16pt; font-weight: 700; letter-spacing: 3pt; border-bottom: 1.5pt solid #1c2b4a;
            padding-bottom: 4pt; margin: 8pt 0 8pt 0; }
.memo table.hdr td { padding: 1pt 10pt 1pt 0; vertical-align: top; font-size: 10.5pt; }
.memo table.hdr { margin-bottom: 8pt; }
.memo hr { border: 0; border-top: 1pt solid #1c2b4a; margin: 4pt 0 10pt 0; }
.memo h3 { font-size: 11pt; margin: 11pt 0 2pt 0; }
.memo .pos { font-weight: 700; margin-bottom: 3pt; }
"""


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + fontface() + CSS +
            "</style></head><body>" + body + "</body></html>")


def advice():
    li = lambda a, b: "<ul class='recs'>" + "".join("<li>%s</li>" % RECS[i] for i in range(a, b)) + "</ul>"
    b = ["<div class='mast'><div class='city'>CITY OF HARLOW BAY  |  POLICE OVERSIGHT COMMISSION</div>",
         "<h1>Body-Worn Camera Activation and Release of Recordings</h1>",
         "<div class='sub'>Policy Review Report 2026-02  |  Adopted by the Commission on March 12, 2026</div></div>",
         "<div class='summary'><b>Summary.</b> Cameras are switched on too late, supervisors rarely watch what "
         "they record, and the public waits months to see footage of the most serious incidents. Our main "
         "recommendations are that officers start recording earlier and that videos of critical incidents be "
         "released faster. We make seven recommendations in all.</div>",
         "<h2>Why we did this review</h2>",
         "<p>In 2025 the Commission's investigators closed 31 complaints in which a body-worn camera recording "
         "was missing, incomplete or muted. Under section 2-46 of the City Code, the Commission may review any "
         "Department policy and make recommendations to the Chief of Police.</p>",
         "<h2>What the current policy says</h2>",
         "<p>General Order 4.14, last revised in 2021, provides:</p>",
         "<p class='quote'>\"Officers shall activate their body-worn camera upon arrival at any call for service "
         "and shall not deactivate it until the contact has ended. Officers may mute audio when conferring with "
         "other officers.\"</p>",
         "<p>State law requires that a recording requested under the Public Records Act must be released within "
         "ten business days unless an exemption applies; an ongoing investigation is such an exemption, and the "
         "Department applies it to every critical incident.</p>",
         "<h2>What we found</h2>",
         "<p><b>Late activation.</b> In 9 of the 31 complaints, the officer should have activated the camera "
         "before arriving: the first seconds of the contact, often the most disputed, were not recorded.</p>",
         "<p><b>Muting.</b> In 6 complaints, audio was muted for more than five minutes, and in two of them the "
         "officers discussed the complainant while muted.</p>",
         "<p><b>Little supervision.</b> Sergeants reviewed recordings only after a complaint. We audited 200 "
         "randomly selected incidents from 2025:</p>",
         "<table class='data'><tr><th>Camera activated</th><th>Incidents</th><th>Share</th></tr>"
         "<tr><td>Before arrival</td><td>58</td><td>29%</td></tr>"
         "<tr><td>On arrival, as the policy requires</td><td>97</td><td>48.5%</td></tr>"
         "<tr><td>After the contact began</td><td>33</td><td>16.5%</td></tr>"
         "<tr><td>Not at all</td><td>12</td><td>6%</td></tr></table>",
         "<p><b>Slow release.</b> The Department released footage of the four critical incidents of 2025 after "
         "an average of 214 days.</p>",
         "<h2>What we heard</h2>",
         "<p>At our listening session in Eastgate on January 22, a resident told us: \"The police should show us "
         "the tape, not tell us what is on it.\" Officers told us that they need to discuss tactics without "
         "being recorded.</p>",
         "<h2>Our 2023 recommendation</h2>",
         "<p>Our Policy Review Report 2023-04 recommended that \"the Department adopt a progressive discipline "
         "matrix for camera violations\". The Department adopted such a matrix in 2024, and we make no further "
         "recommendation on discipline.</p>",
         "<h2>Recommendations</h2>",
         "<p>We considered recommending that cameras record for the whole of every shift, but decided against it "
         "because of the privacy of people in their homes. The Commission recommends the following:</p>",
         "<h3>Activation</h3>", li(0, 2),
         "<h3>Supervision</h3>", li(2, 4),
         "<h3>Release of recordings and access</h3>", li(4, 7),
         "<h2>What happens next</h2>",
         "<p>Under section 2-48 of the City Code, the Chief of Police must respond in writing to this report "
         "within 60 days. The Commission will publish the response and report on progress in its annual "
         "report.</p>",
         "<p>Chair: Lorraine Betancourt. Commissioners: Amir Haddad, Grace Oyelaran, Peter Vukovich, Dana "
         "Whitlock.</p>"]
    return page("".join(b))


def response():
    b = ["<div class='memo'><div class='dept'>HARLOW BAY POLICE DEPARTMENT</div>",
         "<div class='office'>Office of the Chief of Police  |  400 Civic Center Plaza, Harlow Bay</div>",
         "<div class='mt'>MEMORANDUM</div>",
         "<table class='hdr'><tr><td><b>TO:</b></td><td>Lorraine Betancourt, Chair, Police Oversight "
         "Commission</td></tr><tr><td><b>FROM:</b></td><td>Renata Olmos, Chief of Police</td></tr>"
         "<tr><td><b>CC:</b></td><td>Marcus Lindqvist, City Manager</td></tr>"
         "<tr><td><b>DATE:</b></td><td>May 8, 2026</td></tr>"
         "<tr><td><b>RE:</b></td><td>Department response to Policy Review Report 2026-02 (Body-Worn "
         "Cameras)</td></tr></table><hr>",
         "<p>Thank you for the Commission's report, which I received on March 13. This memorandum is the "
         "Department's response under section 2-48 of the City Code. My command staff and the Harlow Bay "
         "Police Officers' Association were consulted in preparing it.</p>",
         "<h3>The Department's view of the findings</h3>",
         "<p>The Department accepts that late activation is a problem. It does not agree that all nine of the "
         "complaints cited show a policy violation: in four of them the officer was flagged down on foot and "
         "had no time to activate the camera.</p>",
         "<h3>Access for Commission investigators</h3>",
         "<p class='pos'>Position: Concur</p>",
         "<p>Read-only accounts for the Commission's two investigators were created on April 20, with an audit "
         "log of every recording viewed.</p>",
         "<h3>Activation and muting</h3>",
         "<p class='pos'>Position: Concur (activation); Do not concur (muting)</p>",
         "<p>General Order 4.14 will be revised, effective July 1, so that cameras are switched on at dispatch. "
         "Training for all patrol officers will be completed in June.</p>",
         "<p>Officers must be able to discuss tactics and safety candidly with one another. Muting will "
         "therefore remain permitted, but officers will be required to state the reason aloud before they mute "
         "the audio, and a muted conversation may not include a member of the public.</p>",
         "<h3>Release of critical incident recordings</h3>",
         "<p class='pos'>Position: Partially concur</p>",
         "<p>Beginning with incidents after July 1, the Department will release critical incident recordings "
         "within 60 days. A 45-day deadline would not leave the District Attorney enough time to interview "
         "witnesses before they see the video.</p>",
         "<h3>Supervisory review of recordings</h3>",
         "<p class='pos'>Position: Partially concur</p>",
         "<p>Sergeants will review one randomly selected recording per officer each month, logged in the "
         "early intervention system. Two reviews per officer would take each sergeant some 14 hours a month, "
         "which current staffing cannot absorb.</p>",
         "<h3>Camera replacement</h3>",
         "<p class='pos'>Position: Referred to the City Manager</p>",
         "<p>Funding is a matter for the City Council. The Department has included the cost, about 280,000 "
         "dollars, in its budget request for fiscal year 2027, and the Council will take its decision in "
         "June.</p>",
         "<h3>Other matters: Professional Standards staffing</h3>",
         "<p>Two additional sergeants joined the Professional Standards Unit in April, reducing the average time "
         "to close an internal investigation from 148 to 97 days.</p>",
         "<p>I would welcome the opportunity to present this response at the Commission's June meeting.</p>",
         "<p style='margin-top:14pt'>Renata Olmos<br>Chief of Police</p></div>"]
    return page("".join(b))


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.chromium_pdf(src, H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), footer="Police Oversight Commission  |  Policy Review Report 2026-02  |  "
            "Page {n} of {N}", size=8)
    H.stamp(H.out(NAME + "_response.pdf"), footer="HBPD  |  Response to PRR 2026-02  |  {n}", size=8)
    sw = lambda k, n=10: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "so that cameras are switched on at dispatch", "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "Muting will therefore remain permitted, but officers will", "verdict": "disagrees"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "Sergeants will review one randomly selected recording per officer",
         "verdict": "partly"},
        {"number": "4", "starts_with": sw(4), "reply_contains": None, "verdict": "unanswered"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "A 45-day deadline would not leave the District Attorney", "verdict": "partly"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "Read-only accounts for the Commission's two investigators were created",
         "verdict": "agrees"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "the Council will take its decision in June", "verdict": "noted"},
    ]
    H.write_expected(NAME, recs, [
        "My command staff and the Harlow Bay Police Officers' Association",
        "in four of them the officer was flagged down",
        "Two additional sergeants joined the Professional Standards Unit",
        "present this response at the Commission's June meeting",
    ], "Advice: a city police oversight commission's policy review report. The seven recommendations are "
       "UNNUMBERED bullet items ('The Department should ...', 'Sergeants should ...', 'The City should ...', 'The "
       "City Council should ...') under the sub-headings 'Activation' (1-2), 'Supervision' (3-4) and 'Release of "
       "recordings and access' (5-7) after 'The Commission recommends the following:'; numbered 1-7 by "
       "position. Traps: the summary box ('Our main recommendations are that officers start recording earlier "
       "...', 'We make seven recommendations'), General Order 4.14 quoted ('shall activate'), state law ('must "
       "be released within ten business days'), 'the officer should have activated the camera before "
       "arriving', the audit table, a resident quoted ('The police should show us the tape'), the 2023 "
       "recommendation quoted ('that the Department adopt a progressive discipline matrix'), 'We considered "
       "recommending ... but decided against it', the Chief 'must respond in writing ... within 60 days'. "
       "Response: the Chief's memorandum with bold subject headings and 'Position:' lines in the order 6, 1+2, "
       "5, 3, 7: 6 'Concur', accounts created (agrees); ONE section 'Activation and muting' with 'Concur "
       "(activation); Do not concur (muting)': 1 cameras on at dispatch (agrees) + 2 muting remains permitted "
       "with a stated reason (disagrees); 5 'Partially concur', 60 days not 45 (partly); 3 'Partially concur', "
       "one recording not two (partly); 7 'Referred to the City Manager', a Council budget decision in June "
       "(noted); 4 (quarterly compliance reports to the Commission) unanswered. Unmatched: the introduction, "
       "'The Department's view of the findings', 'Other matters: Professional Standards staffing', the "
       "closing offer to present the response.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
