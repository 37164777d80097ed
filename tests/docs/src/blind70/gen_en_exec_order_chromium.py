"""Round 70 (EN): a US STATE GOVERNOR'S TASK FORCE FINAL REPORT (genre of the task forces set up by a governor's
executive order: a letter from the co-chairs, an executive summary with a table of coded recommendations by
short title, findings by part, the full recommendations in shaded boxes 'RECOMMENDATION A-1' ..., a minority
view and a member list) answered by the GOVERNOR'S EXECUTIVE ORDER (WHEREAS recitals, 'NOW, THEREFORE, I, ...
do hereby order and direct as follows:', numbered sections with titles, general provisions, the signature and
seal block).
Advice: State of Lincoln, Governor's Task Force on Wildfire Smoke and Public Health, 'Final Report', December
2025, US Letter, 3 p.: recommendations A-1 to A-3, B-1, B-2, C-1, C-2, each in full only in its box.
Response: Executive Order 26-04 'Protecting Lincoln Residents from Wildfire Smoke', 3 March 2026, 2 p.; sections
in the order B-2+C-2, A-1, C-1, B-1, A-3; A-2 (addressed to the Legislature) is not answered.
Chromium headless --print-to-pdf, cleaned Liberation Sans / Serif via @font-face, ligatures off, a fresh
--user-data-dir and no background services; page numbers stamped with PyMuPDF. The State of Lincoln, its
Governor, agencies, laws, people and figures are invented; the Air Quality Index is real (what is said of it
here is not to be relied on).

Run:  /tmp/blind70en/bin/python tests/docs/src/blind70/gen_en_exec_order_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b70en as H

NAME = "blind70_en_exec_order"
TMP = "/tmp/blind70en_exec_order"

RECS = {
    "A-1": "The Department of Health should establish a network of clean air centers, with at least one in every "
           "county, open whenever the Air Quality Index exceeds 150.",
    "A-2": "The Legislature should fund portable air cleaners for low-income households with a member who is over "
           "65, is pregnant, or has a chronic heart or lung condition.",
    "A-3": "Every public and private K-12 school should adopt a smoke-day protocol that moves recess, physical "
           "education and athletics indoors when the Air Quality Index exceeds 100.",
    "B-1": "The Department of Labor and Industries should adopt a permanent wildfire smoke rule for outdoor "
           "workers, requiring respirators above AQI 150 and a stop-work order above AQI 300.",
    "B-2": "The State should create an Office of Smoke Resilience in the Governor's Office, with a director and "
           "four staff, to coordinate smoke preparedness across agencies.",
    "C-1": "The Department of Ecology should expand the air monitoring network by at least 40 low-cost sensors, "
           "giving priority to rural and tribal communities without a regulatory monitor.",
    "C-2": "The Department of Health should issue smoke health advisories in at least the seven languages most "
           "commonly spoken in the state within two hours of an air quality alert.",
}


def fontface():
    css = ""
    for fam, base in (("CSans", "LiberationSans"), ("CSerif", "LiberationSerif")):
        for st, w, f in (("normal", 400, "Regular"), ("normal", 700, "Bold"), ("italic", 400, "Italic"),
                         ("italic", 700, "BoldItalic")):
            css += ("@font-face { font-family: '%s'; font-style: %s; font-weight: %d; src: url('file://%s'); }\n"
                    % (fam, st, w, H.clean_font("%s-%s.ttf" % (base, f))))
    return css


CSS = """
@page { size: 8.5in 11in; margin: 0.75in 0.85in 0.8in 0.85in; }
* { box-sizing: border-box; }
body { font-family: 'CSans'; font-size: 10pt; line-height: 1.38; font-variant-ligatures: none;
       font-feature-settings: 'liga' 0, 'clig' 0; color: #1a1a1a; margin: 0; }
p { margin: 0 0 6.5pt 0; }
.cover { background: #7a2e0e; color: #fff; padding: 14pt 16pt 12pt 16pt; margin-bottom: 12pt; }
.cover .s { font-size: 9pt; font-weight: 700; letter-spacing: 1pt; }
.cover .t { font-size: 19pt; font-weight: 700; margin: 5pt 0 3pt 0; line-height: 1.15; }
.cover .d { font-size: 10pt; }
h2 { font-size: 13pt; color: #7a2e0e; margin: 12pt 0 5pt 0; border-bottom: 1.2pt solid #d98c3f; padding-bottom: 2pt; }
h3 { font-size: 10.5pt; margin: 8pt 0 4pt 0; }
table.sum { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt 0; font-size: 8.8pt; }
table.sum th { background: #7a2e0e; color: #fff; text-align: left; padding: 3pt 5pt; }
table.sum td { border-bottom: 0.6pt solid #c9b8a8; padding: 3pt 5pt; vertical-align: top; }
.box { background: #fbefe2; border-left: 4pt solid #d98c3f; padding: 7pt 10pt 5pt 10pt; margin: 6pt 0 9pt 0;
       page-break-inside: avoid; }
.box .l { font-size: 8.6pt; font-weight: 700; color: #7a2e0e; letter-spacing: 0.8pt; margin-bottom: 2pt; }
.box p { margin: 0 0 2pt 0; font-weight: 700; }
.q { margin: 2pt 22pt 7pt 22pt; font-style: italic; }
.sig { font-size: 9pt; }
.mem { font-size: 8.8pt; columns: 2; }
"""

CSS_EO = """
@page { size: 8.5in 11in; margin: 0.8in 1in 0.85in 1in; }
body { font-family: 'CSerif'; font-size: 11.5pt; line-height: 1.42; font-variant-ligatures: none;
       font-feature-settings: 'liga' 0, 'clig' 0; color: #000; margin: 0; }
p { margin: 0 0 8pt 0; text-align: justify; }
.c { text-align: center; margin: 0; }
.seal { text-align: center; font-family: 'CSans'; font-size: 8pt; letter-spacing: 2pt; color: #444;
        border: 1pt solid #444; border-radius: 50%; width: 78pt; height: 78pt; margin: 0 auto 8pt auto;
        padding-top: 26pt; line-height: 1.3; box-sizing: border-box; }
.eo { text-align: center; font-weight: 700; font-size: 13pt; margin: 12pt 0 2pt 0; }
.tt { text-align: center; font-weight: 700; margin: 0 0 14pt 0; }
.w { text-indent: 0.5in; }
.sec { text-indent: 0.5in; }
.sub { margin-left: 0.5in; }
.sg { margin-left: 3.2in; text-align: left; }
"""


def page(body, css):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + fontface() + css +
            "</style></head><body>" + body + "</body></html>")


def box(code):
    return "<div class='box'><div class='l'>RECOMMENDATION %s</div><p>%s</p></div>" % (code, RECS[code])


def advice():
    b = ["<div class='cover'><div class='s'>STATE OF LINCOLN</div>"
         "<div class='t'>Governor's Task Force on Wildfire Smoke and Public Health</div>"
         "<div class='d'>Final Report to Governor Margaret A. Ostrander  |  December 2025</div></div>",
         "<h2>Letter from the Co-Chairs</h2>",
         "<p>Dear Governor Ostrander:</p>",
         "<p>On behalf of the members of the Task Force, we are pleased to submit our final report. Over ten "
         "months we met sixteen times, held listening sessions in Ashby, Coldwater and Fairhaven, and heard from "
         "farmworkers, school nurses, tribal air quality staff and county emergency managers.</p>",
         "<p>Our recommendations ask the State to give every resident somewhere to breathe clean air, to protect "
         "the people who work outdoors, and to tell the public about smoke quickly and in their own language. "
         "We believe they can be carried out within existing authorities, with one exception that requires the "
         "Legislature to act.</p>",
         "<p class='sig'>Dr. Helen Marsh, Health Officer, Kestrel County<br/>Raymond T. Okafor, Director, Lincoln "
         "Emergency Management Division<br/>Co-Chairs</p>",
         "<h2>Executive Summary</h2>",
         "<p>Wildfire smoke is now the largest source of fine particulate pollution in Lincoln in most summers. "
         "The Task Force was established by Executive Order 25-07 to recommend how the State should prepare for "
         "it. The table below lists our recommendations; each is set out in full in the body of the report.</p>",
         "<table class='sum'><tr><th>No.</th><th>Short title</th><th>Lead</th><th>Timeframe</th></tr>",
         "<tr><td>A-1</td><td>Clean air centers in every county</td><td>DOH</td><td>2026 season</td></tr>",
         "<tr><td>A-2</td><td>Portable air cleaners for vulnerable households</td><td>Legislature</td><td>2027 "
         "budget</td></tr>",
         "<tr><td>A-3</td><td>Smoke-day protocol in schools</td><td>Schools</td><td>2026-27 school year</td></tr>",
         "<tr><td>B-1</td><td>Permanent outdoor worker rule</td><td>L&amp;I</td><td>2027</td></tr>",
         "<tr><td>B-2</td><td>Office of Smoke Resilience</td><td>Governor</td><td>2026</td></tr>",
         "<tr><td>C-1</td><td>Expanded sensor network</td><td>Ecology</td><td>2026</td></tr>",
         "<tr><td>C-2</td><td>Multilingual smoke advisories</td><td>DOH</td><td>2026 season</td></tr></table>",
         "<h2>Background</h2>",
         "<p>Between 2000 and 2009 Lincoln averaged four days a year on which the Air Quality Index (AQI) for fine "
         "particles exceeded 100. Between 2016 and 2025 the average was nineteen, and in 2024 there were 31. "
         "Emergency department visits for asthma in the affected counties rose by 22 percent on smoke days.</p>",
         "<p>Federal AQI guidance advises that at levels above 150 everyone should reduce prolonged or heavy "
         "exertion outdoors. State law already provides that \"the department shall maintain a program to "
         "inform the public of air quality conditions\" (L.R.C. 70.94.020), but it sets no standard for how "
         "quickly or in which languages the public must be informed. The 2023 Smoke Readiness Plan stated that "
         "agencies \"should coordinate their public messages\"; in practice, the Task Force heard, they did "
         "not.</p>",
         "<h2>Part A: Protecting the Public</h2>",
         "<p>Most residents cannot filter the air in their own homes. Only nine of Lincoln's 27 counties "
         "operated a clean air center in 2025, and several of those closed at 6 p.m. on the worst days.</p>",
         box("A-1"),
         "<p>For people at higher risk, a portable air cleaner costing about $150 reduces indoor fine particles "
         "by half or more. Agencies cannot fund a program of this kind without an appropriation.</p>",
         box("A-2"),
         "<p>School districts make their own decisions on outdoor activity. Some cancel recess at AQI 100, "
         "others only at 200, and some have no policy at all. Parents told us that the inconsistency was "
         "confusing.</p>",
         box("A-3"),
         "<h2>Part B: Protecting Workers and Coordinating the Response</h2>",
         "<p>The emergency rule adopted by the Department of Labor and Industries in 2022 expires each October "
         "and must be readopted every summer. Employers and workers alike asked for a permanent rule.</p>",
         box("B-1"),
         "<p>Responsibility for smoke is spread across at least six agencies, none of which has it as a core "
         "function. The Task Force considered assigning coordination to an existing agency but concluded that "
         "a small dedicated office would be more effective.</p>",
         box("B-2"),
         "<h2>Part C: Knowing and Telling</h2>",
         "<p>The regulatory monitoring network has 22 stations, most in urban areas. Large parts of the "
         "eastern counties and four reservations have no monitor within 50 miles.</p>",
         box("C-1"),
         "<p>Smoke advisories are issued in English and Spanish, often the day after the smoke arrives. More "
         "than 60,000 households in Lincoln speak another language at home.</p>",
         box("C-2"),
         "<h2>Minority View</h2>",
         "<p>Two members would have preferred a statewide ban on all outdoor burning whenever the AQI exceeds "
         "100. The majority concluded that existing burn ban authority is sufficient.</p>",
         "<h2>Task Force Members</h2>",
         "<div class='mem'>Dr. Helen Marsh (Co-Chair)<br/>Raymond T. Okafor (Co-Chair)<br/>Linda Castaneda, "
         "Lincoln Farmworker Alliance<br/>Joel Whitebear, Tribal Air Quality Network<br/>Dr. Priya Ramaswamy, "
         "Lincoln Lung Association<br/>Tom Haverly, Associated General Contractors<br/>Susan Pryce, Lincoln "
         "School Nurses Organization<br/>Mark Dolan, Department of Ecology</div>"]
    return page("".join(b), CSS)


def response():
    b = ["<div class='seal'>STATE OF<br/>LINCOLN</div>",
         "<p class='c'><b>STATE OF LINCOLN</b></p>",
         "<p class='c'><b>OFFICE OF THE GOVERNOR</b></p>",
         "<p class='eo'>EXECUTIVE ORDER 26-04</p>",
         "<p class='tt'>PROTECTING LINCOLN RESIDENTS FROM WILDFIRE SMOKE</p>",
         "<p class='w'><b>WHEREAS</b>, wildfire smoke has become a recurring public health emergency in Lincoln, "
         "with 31 days of unhealthy air in 2024; and</p>",
         "<p class='w'><b>WHEREAS</b>, by Executive Order 25-07, I established the Governor's Task Force on "
         "Wildfire Smoke and Public Health, which delivered its final report on December 12, 2025; and</p>",
         "<p class='w'><b>WHEREAS</b>, the Task Force found that responsibility for smoke preparedness is "
         "divided among several agencies, and the Emergency Management Division already coordinates the "
         "State's response to other hazards under L.R.C. 38.52; and</p>",
         "<p class='w'><b>WHEREAS</b>, outdoor workers, children, older adults and people with chronic "
         "conditions bear the greatest burden of smoke exposure;</p>",
         "<p class='w'><b>NOW, THEREFORE</b>, I, Margaret A. Ostrander, Governor of the State of Lincoln, by "
         "virtue of the power vested in me by the Constitution and the statutes of the State of Lincoln, do "
         "hereby order and direct as follows:</p>",
         "<p class='sec'><b>Section 1. Coordination and public information.</b> (a) The Emergency Management "
         "Division of the Military Department shall coordinate the preparedness and response of state agencies "
         "to wildfire smoke, and shall convene a smoke coordination group of the agencies named in this order "
         "before May 1 of each year. The Task Force's recommendation to create a separate Office of Smoke "
         "Resilience is not adopted; its functions can be performed within existing agencies and resources.</p>",
         "<p class='sub'>(b) The Department of Health, in consultation with the Division, shall issue smoke "
         "health advisories in English and the six other languages most commonly spoken in the state within "
         "two hours of an air quality alert, beginning with the 2026 fire season.</p>",
         "<p class='sec'><b>Section 2. Clean air centers.</b> The Department of Health shall, in partnership "
         "with local health jurisdictions, designate and equip at least one clean air center in every county "
         "by June 1, 2026. Each center shall remain open, including overnight where needed, whenever the AQI in "
         "its county exceeds 150.</p>",
         "<p class='sec'><b>Section 3. Air monitoring.</b> The Department of Ecology shall deploy no fewer than "
         "40 additional low-cost sensors by October 1, 2026, placing them first in rural areas and, with the "
         "consent of the tribal governments concerned, on tribal lands that lack a regulatory monitor.</p>",
         "<p class='sec'><b>Section 4. Outdoor workers.</b> The Department of Labor and Industries shall begin "
         "rulemaking to adopt a permanent wildfire smoke rule, to take effect before the 2027 fire season. The "
         "rule shall require employers to provide respirators to outdoor workers when the AQI exceeds 150. I "
         "do not direct the Department to include a mandatory stop-work threshold; the rule shall instead "
         "require employers to reduce work intensity and provide additional rest breaks when the AQI exceeds "
         "300.</p>",
         "<p class='sec'><b>Section 5. Schools.</b> The Task Force's recommendation on a smoke-day protocol "
         "concerns matters within the authority of the Superintendent of Public Instruction and of local school "
         "boards. I request that the Superintendent consider issuing model guidance on outdoor activities "
         "during smoke events, and I encourage every school board to consider it.</p>",
         "<p class='sec'><b>Section 6. Reporting.</b> Each agency named in this order shall report its progress "
         "to the Office of the Governor by December 1, 2026, and annually thereafter.</p>",
         "<p class='sec'><b>Section 7. General provisions.</b> This order shall be implemented consistent with "
         "applicable law and subject to the availability of appropriations. It is not intended to, and does not, "
         "create any right or benefit, substantive or procedural, enforceable at law or in equity.</p>",
         "<p class='sec'>This Executive Order shall take effect immediately.</p>",
         "<p class='w'>Signed and sealed with the official seal of the State of Lincoln on this 3rd day of March, "
         "A.D., Two Thousand and Twenty-Six, at Fairhaven, Lincoln.</p>",
         "<p class='sg'>_______________________________<br/>MARGARET A. OSTRANDER<br/>Governor of Lincoln</p>",
         "<p>BY THE GOVERNOR:</p>",
         "<p>_______________________________<br/>Secretary of State</p>"]
    return page("".join(b), CSS_EO)


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.chromium_pdf(src, H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), footer="Governor's Task Force on Wildfire Smoke and Public Health  |  "
            "Final Report  |  {n}", size=7.5)
    H.stamp(H.out(NAME + "_response.pdf"), footer="Executive Order 26-04  |  Page {n} of {N}", size=7.5)
    sw = lambda k, n=12: " ".join(RECS[k].split()[:n])
    recs = [
        {"number": "A-1", "starts_with": sw("A-1"),
         "reply_contains": "designate and equip at least one clean air center in every county",
         "verdict": "agrees"},
        {"number": "A-2", "starts_with": sw("A-2"), "reply_contains": None, "verdict": "unanswered"},
        {"number": "A-3", "starts_with": sw("A-3"),
         "reply_contains": "I request that the Superintendent consider issuing model guidance",
         "verdict": "noted"},
        {"number": "B-1", "starts_with": sw("B-1"),
         "reply_contains": "I do not direct the Department to include a mandatory stop-work threshold",
         "verdict": "partly"},
        {"number": "B-2", "starts_with": sw("B-2"),
         "reply_contains": "to create a separate Office of Smoke Resilience is not adopted",
         "verdict": "disagrees"},
        {"number": "C-1", "starts_with": sw("C-1"),
         "reply_contains": "shall deploy no fewer than 40 additional low-cost sensors", "verdict": "agrees"},
        {"number": "C-2", "starts_with": sw("C-2"),
         "reply_contains": "English and the six other languages most commonly spoken", "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, [
        "which delivered its final report on December 12, 2025",
        "Each agency named in this order shall report its progress",
        "create any right or benefit, substantive or procedural",
        "Signed and sealed with the official seal of the State of Lincoln",
    ], "Advice: a US state governor's task force final report (US Letter, a coloured cover band). The seven "
       "recommendations stand in full ONLY in shaded boxes labelled 'RECOMMENDATION A-1' ... 'C-2' (codes by part: "
       "A-1 to A-3 under 'Part A', B-1 and B-2 under 'Part B', C-1 and C-2 under 'Part C'), each one bold sentence "
       "'X should ...'; numbers expected as the codes. Traps: the co-chairs' letter paraphrasing them ('Our "
       "recommendations ask the State to ...'), the Executive Summary's table 'No. | Short title | Lead | "
       "Timeframe' with the codes and short titles only, federal AQI guidance ('everyone should reduce ...'), the "
       "state statute quoted ('the department shall maintain a program'), the 2023 plan quoted ('should "
       "coordinate their public messages'), findings ('must be readopted every summer', 'concluded that a small "
       "dedicated office would be more effective'), a 'Minority View' ('would have preferred a statewide ban') "
       "and the member list. Response: the Governor's Executive Order 26-04: four WHEREAS recitals (the second "
       "names the Task Force's report; the third prepares the refusal of B-2 without naming it), 'NOW, "
       "THEREFORE, I, ... do hereby order and direct as follows:', Sections 1-7 with bold run-in titles, the "
       "signature and seal block; no verdict labels, codes never cited; order B-2+C-2, A-1, C-1, B-1, A-3: "
       "Section 1 ONE section for two recommendations: (a) the Emergency Management Division coordinates, 'The "
       "Task Force's recommendation to create a separate Office of Smoke Resilience is not adopted' (B-2 "
       "disagrees), (b) advisories in English and six other languages within two hours (C-2 agrees); Section 2 "
       "a clean air center in every county (A-1 agrees); Section 3 40 sensors (C-1 agrees); Section 4 permanent "
       "rule with respirators above AQI 150 but 'I do not direct the Department to include a mandatory "
       "stop-work threshold' (B-1 partly); Section 5 schools are for the Superintendent and school boards, 'I "
       "request that the Superintendent consider ...' (A-3 noted); A-2 (air cleaners, for the Legislature) is "
       "not answered. Unmatched: the WHEREAS recitals, Section 6 (reporting), Section 7 (general provisions), the "
       "effective date and the signing clause.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
