"""Round 74 (EN): a US state maritime academy's BOARD OF VISITORS ANNUAL REPORT (genre of the statutory boards that
visit a service or maritime academy and report to the Governor and the Legislature: a title block, the statutory
charge quoted, a numbered list of the Board's activities, observations by topic under lettered side-heads,
commendations, the prior year's recommendations reviewed, a license-examination table, and the recommendations as
BULLETED items under 'The Board recommends that the Academy:' at the end of each topic) answered by the
SUPERINTENDENT'S MEMORANDUM (genre of the US military/maritime staff memorandum: 'MEMORANDUM FOR', 'SUBJECT:',
'References: (a) ... (b) ...', numbered paragraphs with run-in titles and lettered sub-paragraphs a., b., a point of
contact paragraph and a signature block).
Advice: Kestrel Point State Maritime Academy, Board of Visitors, 'Annual Report to the Governor and the
Legislature', December 2025, US Letter, 3 p.; seven bulleted recommendations under four topics, 1-7 by order.
Response: Memorandum of the Superintendent, 9 March 2026, 2 p.; order 7, 1, 2, 3+4 (one sub-paragraph), 6; 5
(publishing license examination pass rates) is not answered.
LibreOffice Writer headless from HTML, Liberation Serif/Sans; page numbers stamped with PyMuPDF. The Academy, the
State, its Code and departments, the Board, the ship, the companies, the people and all figures are invented.

Run:  /tmp/blind74en/bin/python tests/docs/src/blind74/gen_en_board_of_visitors_libreoffice.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b74en as H

NAME = "blind74_en_board_of_visitors"
TMP = "/tmp/blind74en_board_of_visitors"

RECS = [
    "Request capital funding in the fiscal year 2027 budget to replace the two main generators of the training "
    "ship Osprey State.",
    "Negotiate agreements with commercial shipping companies to provide sea-time berths for cadets in case the "
    "Osprey State cannot complete its 2026 summer cruise.",
    "Hire two additional licensed mental health counselors so that any cadet who asks for counseling can be seen "
    "within five working days.",
    "Adopt a written policy that limits watch-standing and military duty for cadets during final examination "
    "weeks.",
    "Publish on its website, for each graduating class, the first-time pass rate on the federal mariner license "
    "examination.",
    "Complete a seismic assessment of Harbor Hall before the contract for the residence hall renovation is "
    "awarded.",
    "Provide the Board with written quarterly reports on the status of each of its recommendations, in place of "
    "the single briefing at the annual meeting.",
]

CSS = """
@page { size: 8.5in 11in; margin: 0.9in 1in 0.9in 1in; }
p { font-family: 'Liberation Serif'; font-size: 11.5pt; margin-top: 0; margin-bottom: 7pt; line-height: 118%;
    text-align: justify; }
.t1 { font-family: 'Liberation Sans'; font-size: 10pt; font-weight: bold; text-align: center; margin-bottom: 2pt;
      color: #1d3557; }
.t2 { font-family: 'Liberation Sans'; font-size: 17pt; font-weight: bold; text-align: center; margin-bottom: 2pt;
      color: #1d3557; }
.t3 { font-family: 'Liberation Sans'; font-size: 10pt; text-align: center; margin-bottom: 16pt; }
.h1 { font-family: 'Liberation Sans'; font-weight: bold; font-size: 12.5pt; margin-top: 10pt; margin-bottom: 5pt;
      color: #1d3557; }
.h2 { font-family: 'Liberation Sans'; font-weight: bold; font-size: 11pt; margin-top: 8pt; margin-bottom: 4pt; }
.q { margin-left: 0.5in; margin-right: 0.5in; font-size: 10.5pt; font-style: italic; }
.lead { font-weight: bold; margin-bottom: 3pt; }
li p { margin-bottom: 3pt; }
td p { font-family: 'Liberation Sans'; font-size: 9.5pt; margin-bottom: 1pt; text-align: center; }
th p { font-family: 'Liberation Sans'; font-size: 9.5pt; font-weight: bold; margin-bottom: 1pt; text-align: center; }
.m { font-family: 'Liberation Serif'; font-size: 12pt; text-align: left; }
.mh { font-family: 'Liberation Serif'; font-size: 12pt; text-align: center; margin-bottom: 0; }
"""


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" + body +
            "</body></html>")


def bullets(*ks):
    return ("<p class='lead'>The Board recommends that the Academy:</p><ul>" +
            "".join("<li><p>%s</p></li>" % RECS[k - 1] for k in ks) + "</ul>")


def advice():
    b = ["<p class='t1'>KESTREL POINT STATE MARITIME ACADEMY</p>",
         "<p class='t2'>Report of the Board of Visitors</p>",
         "<p class='t3'>Annual Report to the Governor and the Legislature<br>December 2025</p>",
         "<p class='h1'>I. Introduction</p>",
         "<p>The Board of Visitors is established by section 12-408 of the State Education Code, which provides:</p>",
         "<p class='q'>The Board shall visit the Academy at least once each year and shall inquire into the state of "
         "morale and discipline, the curriculum, instruction, physical equipment, fiscal affairs and academic "
         "methods of the Academy. Within sixty days after its annual visit the Board shall submit a written report "
         "of its action, and of its views and recommendations, to the Governor and to the Legislature.</p>",
         "<p>During 2025 the Board carried out the following activities:</p>",
         "<ol><li><p>its annual visit to the Academy on 14 and 15 October 2025;</p></li>"
         "<li><p>a day at sea on the training ship Osprey State on 22 May 2025;</p></li>"
         "<li><p>meetings with the Cadet Regimental Staff, the Faculty Senate and the Academy's Foundation;</p></li>"
         "<li><p>a review of the Academy's budget request for fiscal year 2027.</p></li></ol>",
         "<p>The Board thanks the Superintendent, Rear Admiral Dana Whitcombe, and her staff for their openness. "
         "The Board commends the Academy for its 97 percent job placement rate, the highest in five years.</p>",
         "<p class='h1'>II. Observations and Recommendations</p>",
         "<p class='h2'>A. Training Ship</p>",
         "<p>The Osprey State is 41 years old. On the 2025 summer cruise both main generators failed, and the "
         "ship returned to port nine days early; 61 cadets had to complete their required sea days on a second "
         "voyage in August. The Chief Engineer told the Board that the generators should have been replaced during "
         "the 2022 shipyard period. Federal rules require every license candidate to complete at least 360 days of "
         "sea service, and the Academy must certify those days.</p>",
         bullets(1, 2),
         "<p class='h2'>B. Cadet Health and Wellness</p>",
         "<p>The counseling center has two counselors for 1,140 cadets. In the fall semester the average wait for "
         "a first appointment was 19 working days. Cadets told the Board that watch duties during examination "
         "weeks leave them too little sleep, and the Regimental Staff suggested that the duty roster should be "
         "lighter in those weeks. The Board's 2024 report recommended that the Academy open a peer support "
         "program; this was done in January 2025 and is well used.</p>",
         bullets(3, 4),
         "<p class='h2'>C. Academics</p>",
         "<p>The Board met with the Faculty Senate and reviewed the results of the federal mariner license "
         "examination, which graduates of the license programs must pass before they may sail as officers.</p>",
         "<table border='1' cellpadding='4' cellspacing='0' align='center' width='80%'>"
         "<tr><th><p>Class</p></th><th><p>Graduates</p></th><th><p>Deck, first-time pass</p></th>"
         "<th><p>Engine, first-time pass</p></th></tr>"
         "<tr><td><p>2023</p></td><td><p>251</p></td><td><p>84%</p></td><td><p>88%</p></td></tr>"
         "<tr><td><p>2024</p></td><td><p>263</p></td><td><p>79%</p></td><td><p>86%</p></td></tr>"
         "<tr><td><p>2025</p></td><td><p>270</p></td><td><p>81%</p></td><td><p>90%</p></td></tr></table>",
         "<p></p>",
         "<p>These results are good, but prospective students and their families cannot find them. The Board "
         "does not recommend any change to the license curriculum itself, which was reaccredited in 2024.</p>",
         bullets(5),
         "<p class='h2'>D. Facilities and Governance</p>",
         "<p>Harbor Hall, a residence hall built in 1958, is to be renovated in 2026. It has never had a seismic "
         "evaluation, and the State's facilities manual says that buildings of its age should be evaluated before "
         "major work. The Board also found that it learns of the Academy's progress on its recommendations only at "
         "its annual meeting, which makes its oversight difficult.</p>",
         bullets(6, 7),
         "<p class='h1'>III. Conclusion</p>",
         "<p>The Board finds the Academy well led and its cadets well trained. It will visit again in October 2026 "
         "and will report on the Academy's response to these recommendations.</p>",
         "<p>Respectfully submitted,<br>Captain Luis Arrendondo (ret.), Chair, for the Board of Visitors</p>"]
    return page("".join(b))


def response():
    b = ["<p class='mh'><b>KESTREL POINT STATE MARITIME ACADEMY</b><br>OFFICE OF THE SUPERINTENDENT<br>"
         "200 Academy Drive, Kestrel Point</p>",
         "<p class='m' style='text-align: right'>9 March 2026</p>",
         "<p class='m'>MEMORANDUM FOR Chair, Board of Visitors</p>",
         "<p class='m'>SUBJECT: Academy Response to the 2025 Annual Report of the Board of Visitors</p>",
         "<p class='m'>References: (a) Report of the Board of Visitors, December 2025<br>"
         "(b) State Education Code, section 12-408<br>(c) Academy Instruction 5300.2, Cadet Duty and Watch "
         "Standing</p>",
         "<p class='m'>1. Purpose. This memorandum provides the Academy's response to the recommendations in "
         "reference (a). The Academy is grateful to the Board for its visit in October and for the care with "
         "which its report was prepared.</p>",
         "<p class='m'>2. Reporting to the Board. Beginning in April 2026 I will send the Board a written status "
         "report each quarter, listing every open recommendation, the action taken and the next step. The annual "
         "briefing will continue.</p>",
         "<p class='m'>3. Training Ship.</p>",
         "<p class='m' style='margin-left: 0.4in'>a. Generators. The Governor's proposed budget for fiscal year "
         "2027 includes $6.8 million for the replacement of both main generators, to be installed during the "
         "2027 shipyard period.</p>",
         "<p class='m' style='margin-left: 0.4in'>b. Sea time. Agreements with Halvorsen Tankers, Bayline "
         "Container Services and North Coast Towing were signed in February and provide up to 120 sea-time berths "
         "if the 2026 cruise is cut short.</p>",
         "<p class='m'>4. Cadet Health and Wellness. The Academy shares the Board's concern. One additional "
         "counselor position has been funded and filled, and the average wait is now eleven working days; a "
         "second position is not in the budget and will be requested again next year. I have decided not to adopt "
         "a separate limit on duty during examination weeks, because reference (c) already allows the Commandant "
         "to reduce watch standing when the academic calendar requires it, and a fixed rule would leave the "
         "training ship and the campus watches short of qualified cadets.</p>",
         "<p class='m'>5. Harbor Hall. Seismic assessment of state buildings is carried out by the State "
         "Department of General Services, not by the Academy. The Department has been informed of the Board's "
         "recommendation and will decide the timing of the assessment.</p>",
         "<p class='m'>6. Other Matters. The Academy's regional accreditation visit will take place from 20 to 22 "
         "April 2026, and the Board will receive the team's report. Enrollment for fall 2026 stands at 412 "
         "confirmed first-year cadets, against a target of 400.</p>",
         "<p class='m'>7. Point of Contact. The point of contact for this memorandum is Commander Ellen Tsai, "
         "Chief of Staff, at (555) 620-1100.</p>",
         "<p class='m' style='margin-left: 3.2in'>DANA WHITCOMBE<br>Rear Admiral, USMS<br>Superintendent</p>",
         "<p class='m'>cc: Office of the Governor, Education Policy Advisor<br>Chair, Joint Legislative Committee on "
         "Higher Education</p>"]
    return page("".join(b))


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.soffice_pdf(src, TMP)
        os.replace(os.path.join(TMP, NAME + "_" + part + ".pdf"), H.out(NAME + "_" + part + ".pdf"))
    serif = H.clean_font("LiberationSerif-Regular.ttf")
    H.stamp(H.out(NAME + "_advice.pdf"), footer="{n}", fontfile=serif, size=10)
    H.stamp(H.out(NAME + "_response.pdf"), footer="{n}", fontfile=serif, size=10, skip_first=True)
    sw = lambda k, n=12: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "includes $6.8 million for the replacement of both main generators",
         "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "provide up to 120 sea-time berths if the 2026 cruise", "verdict": "agrees"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "a second position is not in the budget", "verdict": "partly"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "I have decided not to adopt a separate limit on duty",
         "verdict": "disagrees"},
        {"number": "5", "starts_with": sw(5), "reply_contains": None, "verdict": "unanswered"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "has been informed of the Board's recommendation and will decide",
         "verdict": "noted"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "I will send the Board a written status report each quarter",
         "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, [
        "grateful to the Board for its visit in October",
        "regional accreditation visit will take place from 20 to 22 April",
        "The point of contact for this memorandum is Commander Ellen Tsai",
    ], "Advice: a US state maritime academy's Board of Visitors annual report to the Governor and the "
       "Legislature (centred title block, roman-numbered sections, lettered topic side-heads A-D, bare page "
       "numbers). The seven recommendations are BULLETED items under the bold lead-in 'The Board recommends that "
       "the Academy:' closing each topic (A: 1, 2; B: 3, 4; C: 5; D: 6, 7), each beginning with a verb ('Request "
       "...', 'Negotiate ...', 'Hire ...'), no numbers; 1-7 by order. Traps: the statute quoted ('The Board shall "
       "visit ... shall submit a written report'); a numbered list 1.-4. of the Board's activities; a commendation; "
       "the Chief Engineer's 'should have been replaced'; federal rules ('must certify'); the Regimental Staff's "
       "'the duty roster should be lighter'; the 2024 report's recommendation (peer support, done); a license "
       "examination table; 'The Board does not recommend any change to the license curriculum'; the facilities "
       "manual's 'should be evaluated before major work'; the conclusion. Response: the Superintendent's "
       "memorandum (MEMORANDUM FOR / SUBJECT / References (a)-(c), numbered paragraphs 1-7 with run-in titles, "
       "sub-paragraphs a. and b., a signature block, cc), no recommendation numbers, order 7, 1, 2, 3+4, 6: 2. "
       "quarterly status reports (7 agrees); 3.a generators in the proposed budget (1 agrees); 3.b agreements for "
       "120 sea-time berths signed (2 agrees); ONE paragraph 4. = one counselor funded and filled, 'a second "
       "position is not in the budget' (3 partly) + 'I have decided not to adopt a separate limit on duty during "
       "examination weeks' (4 disagrees); 5. Harbor Hall, a matter for the State Department of General Services, "
       "'informed of the Board's recommendation' (6 noted); 5 (publishing license examination pass rates) is not "
       "answered. The memo's own paragraph numbers 2-5 and its letters a./b. and references (a)-(c) are not the "
       "Board's. Unmatched: 1. Purpose, 6. Other Matters (accreditation visit, enrollment), 7. Point of Contact.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
