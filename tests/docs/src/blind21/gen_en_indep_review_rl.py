"""Blind round 21 (English): independent review of a public body (12 recommendations in themes) + government
response with a table per theme. reportlab."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _b21en import DOCS, build, rl_render  # noqa: E402

NAME = "blind21_en_indep_review"

R = {
    1: "The Agency should publish a single, plain-English statement of its purpose and priorities, agreed with "
       "the Department, and review it every three years.",
    2: "The Department should replace the current framework document with a shorter agreement that sets out which "
       "decisions are reserved to Ministers and which are for the Agency's board.",
    3: "The Agency's board should include at least two non-executive members with direct experience of running a "
       "small or medium-sized haulage business.",
    4: "The Agency should introduce an online booking system for vehicle tests that allows operators to book, "
       "move and cancel tests without contacting a call centre.",
    5: "The Agency should set and publish a service standard for the time taken to process an operator licence "
       "application, and report performance against it every quarter.",
    6: "The Agency should publish its performance against the service standard for each traffic area, not only as "
       "a national average.",
    7: "The Department should consult on giving the Agency powers to impose fixed financial penalties on operators "
       "for minor record-keeping offences.",
    8: "The Agency should target roadside enforcement checks on operators with a poor compliance history, using its "
       "operator compliance risk score.",
    9: "The Agency should share enforcement data with the police and with local authorities through a secure data "
       "platform by the end of 2026.",
    10: "The Agency should move from annual to three-yearly fee reviews, and consult operators on a fee structure "
        "that reflects the cost of each service.",
    11: "The Agency should develop a workforce plan that addresses the shortage of vehicle examiners, including a "
        "funded apprenticeship route.",
    12: "HM Treasury and the Department should allow the Agency to retain surplus fee income in one year for "
        "investment in its digital services in the next.",
}
THEMES = [("Theme A: Purpose and governance", [1, 2, 3]),
          ("Theme B: Services to operators", [4, 5, 6]),
          ("Theme C: Enforcement", [7, 8, 9]),
          ("Theme D: Funding and people", [10, 11, 12])]

adv = [
    ("cover", [("Department for Transport", 12, True, 10),
               ("Independent Review of the Commercial Vehicle Standards Agency", 24, True, 80),
               ("Final report of the review team", 14, False, 16),
               ("Led by Dame Helen Okafor DBE", 12, False, 30),
               ("Presented to the Secretary of State for Transport, November 2024", 11, False, 60)]),
    ("toc", "Contents"),
    ("h1", "Foreword"),
    ("p", "The Commercial Vehicle Standards Agency (the Agency) touches the working life of every haulier, coach "
          "operator and bus company in Great Britain. It licenses operators, tests their vehicles and enforces the "
          "rules that keep heavy vehicles safe on our roads. When it works well, nobody notices. Over the past five "
          "years, too many operators have noticed."),
    ("p", "I was asked by the Secretary of State in January 2024 to review the Agency's purpose, governance, "
          "efficiency and effectiveness, as part of the Cabinet Office's programme of public body reviews. My "
          "review team and I heard from more than 400 operators, trade bodies, staff and partners. I am grateful "
          "to all of them."),
    ("p", "This report makes twelve recommendations in four themes. Taken together they are intended to give the "
          "Agency a clearer purpose, simpler relationships with the Department, better digital services and a "
          "sustainable workforce. None of them requires primary legislation except recommendation 7."),
    ("h1", "Summary of recommendations"),
] + [blk for title, nums in THEMES for blk in
     ([("h3", title)] + [("np", f"{n}.", R[n]) for n in nums])] + [
    ("h1", "1. Purpose and governance"),
    ("p", "1.1 The Agency was formed in 2014 from the merger of two predecessor bodies. Its framework document has "
          "been amended eleven times and now runs to 64 pages. Board members and senior officials told us that "
          "it was not always clear whether a decision belonged to the Agency or to the Department.[[1]]"),
    ("p", "1.2 We found that the Agency's stated purpose differs between its framework document, its business "
          "plan and its website. Operators were uncertain whether the Agency's role is primarily to support the "
          "industry or to regulate it. In our view it must do both, but it needs to say so clearly."),
    ("p", "1.3 The board has strong financial and public sector experience, but no current member has run a "
          "haulage or passenger transport business. Several trade bodies felt this left the board without an "
          "understanding of the pressures facing small operators."),
    ("notes", [(1, "Framework document between the Department for Transport and the Commercial Vehicle Standards "
                   "Agency, version 12, April 2023.")]),
    ("p", "<b>Recommendation 1:</b> " + R[1]),
    ("p", "<b>Recommendation 2:</b> " + R[2]),
    ("p", "<b>Recommendation 3:</b> " + R[3]),
    ("h1", "2. Services to operators"),
    ("p", "2.1 Booking a vehicle test still depends largely on telephone and email. In 2023/24 the Agency's call "
          "centre handled 310,000 calls, of which about 40% concerned test bookings. Average waiting times on the "
          "telephone exceeded 20 minutes in the winter months."),
    ("p", "2.2 Operator licence applications take on average nine weeks to process, but the range is wide: in "
          "one traffic area the average was five weeks, in another fourteen. The Agency does not publish any "
          "service standard, so applicants cannot plan with confidence."),
    ("p", "<b>Recommendation 4:</b> " + R[4]),
    ("p", "<b>Recommendation 5:</b> " + R[5]),
    ("p", "<b>Recommendation 6:</b> " + R[6]),
    ("h1", "3. Enforcement"),
    ("p", "3.1 Roadside checks remain the Agency's most visible activity. We found that the proportion of checks "
          "resulting in a prohibition has fallen, which suggests that checks are not always targeted at the "
          "operators most likely to be non-compliant. The Agency's enforcement approach is, in the words of one "
          "operator, 'stop the lorry you can see, not the lorry you should'."),
    ("p", "3.2 Minor record-keeping offences can currently be dealt with only through a referral to a traffic "
          "commissioner or a prosecution, which is slow and costly for all concerned. Information about "
          "non-compliant operators is not shared routinely with police forces or trading standards."),
    ("p", "<b>Recommendation 7:</b> " + R[7]),
    ("p", "<b>Recommendation 8:</b> " + R[8]),
    ("p", "<b>Recommendation 9:</b> " + R[9]),
    ("h1", "4. Funding and people"),
    ("p", "4.1 The Agency is funded mainly by fees, which are reviewed every year. Each review takes several months "
          "of staff time and creates uncertainty for operators. Surplus fee income must be surrendered to the "
          "Consolidated Fund at the end of each year, which discourages investment."),
    ("p", "4.2 The Agency has 130 vacancies for vehicle examiners, about 14% of the establishment. Recruitment is "
          "difficult because the pay offered is below that of dealerships and fleet workshops."),
    ("p", "<b>Recommendation 10:</b> " + R[10]),
    ("p", "<b>Recommendation 11:</b> " + R[11]),
    ("p", "<b>Recommendation 12:</b> " + R[12]),
    ("h1", "Annex: Terms of reference"),
    ("p", "The review was conducted in line with the Cabinet Office guidance on public body reviews. It considered "
          "the Agency's purpose, governance, efficiency and effectiveness, and whether its functions should "
          "continue to be delivered by an executive agency."),
]

rows_a = [["Recommendation", "Government response"],
          ["<b>1</b> Single statement of purpose and priorities",
           "<b>Accepted.</b> The Agency and the Department have agreed a statement of purpose, which will be "
           "published with the Agency's 2025/26 business plan and reviewed every three years."],
          ["<b>2</b> Replace the framework document",
           "<b>Accepted.</b> A new framework agreement of under 20 pages will be in place by April 2026. The "
           "Government does not share the review's view that the division of responsibilities has been unclear in "
           "practice, but agrees that a shorter document will help."],
          ["<b>3</b> Board members with haulage experience",
           "<b>Not accepted.</b> The Government is grateful for this recommendation but is not persuaded that "
           "places on the board should be reserved for a particular sector. Appointments will continue to be made "
           "on merit through open competition, and industry views are already heard through the Agency's "
           "Operator Forum."]]
rows_b = [["Recommendation", "Government response"],
          ["<b>4</b> Online booking for vehicle tests",
           "<b>Accepted.</b> This has already been delivered: the Agency's online booking service went live for all "
           "operators in September 2024."],
          ["<b>5 and 6</b> Service standard for operator licences; performance by traffic area",
           "<b>Recommendation 5 accepted; recommendation 6 accepted in part.</b> A service standard of eight weeks "
           "will be published from April 2025 and reported quarterly. Performance will be reported for each "
           "traffic area once a year, rather than every quarter, because quarterly figures for the smaller areas "
           "are too volatile to be meaningful."]]
rows_c = [["Recommendation", "Government response"],
          ["<b>9</b> Data sharing with police and local authorities",
           "<b>Accepted in principle.</b> The Agency will develop the platform, subject to funding being secured "
           "at the next Spending Review; the end-2026 date cannot be confirmed until then."],
          ["<b>7</b> Fixed penalties for record-keeping offences",
           "<b>Noted.</b> The Government notes this recommendation and will consider whether to consult on new "
           "powers when parliamentary time allows, taking account of the views of the traffic commissioners."],
          ["<b>8</b> Risk-based targeting of roadside checks",
           "<b>Accepted.</b> From April 2025 at least 70% of roadside checks will be directed at operators with an "
           "amber or red compliance risk score."]]
rows_d = [["Recommendation", "Government response"],
          ["<b>10</b> Three-yearly fee reviews",
           "<b>Not accepted.</b> The Government considers that the current annual arrangements are sufficient to "
           "keep fees aligned with costs and does not propose to change the review cycle. It will, however, publish "
           "an indicative three-year fee path alongside each annual review."],
          ["<b>11</b> Workforce plan for vehicle examiners",
           "<b>Accepted.</b> The Agency will publish a workforce plan by December 2025, including a vehicle examiner "
           "apprenticeship funded from the apprenticeship levy."],
          ["<b>12</b> Retention of surplus fee income",
           "<b>Noted.</b> HM Treasury and the Department will consider this as part of the next review of the "
           "Agency's financial framework. No change is proposed at present."]]

resp = [
    ("cover", [("Department for Transport", 12, True, 10),
               ("Government response to the Independent Review of the Commercial Vehicle Standards Agency", 22,
                True, 80),
               ("Presented to Parliament by the Secretary of State for Transport by Command of His Majesty",
                11, False, 30),
               ("March 2025", 11, False, 8),
               ("CP 1287", 11, False, 8)]),
    ("h1", "Introduction"),
    ("p", "The Government welcomes the Independent Review of the Commercial Vehicle Standards Agency, led by Dame "
          "Helen Okafor, and thanks the review team and everyone who contributed to it. The review is a thorough "
          "and constructive account of an organisation that matters greatly to the road transport industry."),
    ("p", "The Government's response to each of the twelve recommendations is set out in the tables below, "
          "grouped by the review's four themes. Of the twelve recommendations, the Government accepts six in full, "
          "accepts two in part or in principle, notes two and does not accept two."),
    ("h2", "Theme A: Purpose and governance"),
    ("table", [0.3, 0.7], rows_a),
    ("h2", "Theme B: Services to operators"),
    ("table", [0.3, 0.7], rows_b),
    ("h2", "Theme C: Enforcement"),
    ("table", [0.3, 0.7], rows_c),
    ("h2", "Theme D: Funding and people"),
    ("table", [0.3, 0.7], rows_d),
    ("h1", "Classification of the Agency"),
    ("p", "The review also considered whether the Agency should remain an executive agency of the Department. The "
          "Government agrees with the review's conclusion that it should, and no change to its classification "
          "is proposed."),
    ("h1", "Next steps"),
    ("p", "The Agency will report progress on the accepted recommendations in its annual report and accounts. The "
          "Department will publish an implementation update one year after this response."),
]

expected = {
    "recommendations": [
        {"number": "1", "starts_with": "The Agency should publish a single, plain-English statement of its purpose",
         "reply_contains": "have agreed a statement of purpose, which will be published",
         "verdict": "agrees"},
        {"number": "2", "starts_with": "The Department should replace the current framework document with a shorter",
         "reply_contains": "does not share the review's view that the division of responsibilities",
         "verdict": "agrees"},
        {"number": "3", "starts_with": "The Agency's board should include at least two non-executive members",
         "reply_contains": "is not persuaded that places on the board should be reserved",
         "verdict": "disagrees"},
        {"number": "4", "starts_with": "The Agency should introduce an online booking system for vehicle tests",
         "reply_contains": "This has already been delivered: the Agency's online booking service",
         "verdict": "agrees"},
        {"number": "5", "starts_with": "The Agency should set and publish a service standard for the time taken",
         "reply_contains": "A service standard of eight weeks will be published from April 2025",
         "verdict": "agrees"},
        {"number": "6", "starts_with": "The Agency should publish its performance against the service standard for "
                                       "each traffic area",
         "reply_contains": "Performance will be reported for each traffic area once a year",
         "verdict": "partly"},
        {"number": "7", "starts_with": "The Department should consult on giving the Agency powers to impose fixed",
         "reply_contains": "will consider whether to consult on new powers when parliamentary time allows",
         "verdict": "noted"},
        {"number": "8", "starts_with": "The Agency should target roadside enforcement checks on operators with a poor",
         "reply_contains": "at least 70% of roadside checks will be directed at operators",
         "verdict": "agrees"},
        {"number": "9", "starts_with": "The Agency should share enforcement data with the police and with local "
                                       "authorities",
         "reply_contains": "subject to funding being secured at the next Spending Review",
         "verdict": "partly"},
        {"number": "10", "starts_with": "The Agency should move from annual to three-yearly fee reviews",
         "reply_contains": "considers that the current annual arrangements are sufficient",
         "verdict": "disagrees"},
        {"number": "11", "starts_with": "The Agency should develop a workforce plan that addresses the shortage",
         "reply_contains": "will publish a workforce plan by December 2025",
         "verdict": "agrees"},
        {"number": "12", "starts_with": "HM Treasury and the Department should allow the Agency to retain surplus",
         "reply_contains": "will consider this as part of the next review of the Agency's financial framework",
         "verdict": "noted"},
    ],
    "unmatched_replies_contain": ["no change to its classification is proposed",
                                  "will publish an implementation update one year after this response"],
    "notes": "UK independent (public body) review of a fictional executive agency and the Government's command-paper "
             "response; reportlab, A4, one footnote. Twelve recommendations (the larger pair of the round) in four "
             "themes: a front 'Summary of recommendations' lists them 1.-12. with hanging numbers under italic "
             "theme sub-headings, and the chapters repeat each verbatim as a bold run-in 'Recommendation N:' "
             "paragraph after numbered body paragraphs '1.1' etc.; the foreword mentions 'recommendation 7'. The "
             "response has one two-column table per theme whose first column gives the number and a SHORT "
             "paraphrase (not the review's text) and whose second column opens with a bold status; 5 and 6 share "
             "one row with different statuses; in Theme C the order is 9, 7, 8. 2: accepted while disputing the "
             "review's view (agrees). 3: grateful, 'not persuaded' (disagrees). 4: already delivered (agrees). 6: "
             "'accepted in part' - annual instead of quarterly (partly). 9: 'accepted in principle' subject to "
             "Spending Review funding (partly). 7 and 12: 'Noted' + will consider (noted). 10: 'current annual "
             "arrangements are sufficient ... does not propose' with a small concession (disagrees). The "
             "'Classification of the Agency' and 'Next steps' sections answer no recommendation; the introduction's "
             "tally is not a reply.",
}

if __name__ == "__main__":
    build(rl_render, adv, f"{NAME}_advice.pdf", header="Independent Review of the Commercial Vehicle Standards "
                                                      "Agency", footer="{page}", accent=(0.0, 0.35, 0.3),
          font="Serif", size=10.5, title="Independent Review of the Commercial Vehicle Standards Agency")
    build(rl_render, resp, f"{NAME}_response.pdf", header="Government response to the Independent Review of the "
                                                        "CVSA", footer="{page}", accent=(0.0, 0.35, 0.3),
          font="Sans", size=10, title="Government response to the Independent Review of the CVSA")
    (DOCS / f"{NAME}.expected.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n",
                                                encoding="utf-8")
    print("wrote", NAME)
