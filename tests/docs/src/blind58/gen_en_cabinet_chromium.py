"""Round 58 (EN): a South African-style statutory advisory council's ADVISORY REPORT TO CABINET and the STATEMENT ON
THE CABINET MEETING that decided on it.
Advice: 'Advisory Report to Cabinet No. 2 of 2026: Reducing non-revenue water in municipal water services' of the
(invented) National Water Security Advisory Council (genre of South African government advisory reports and Cabinet
memoranda: sections in capitals numbered 1-8 with decimal paragraphs 1.1, 2.3 ... in a hanging number column,
Purpose / Background / Legislative and policy framework / Findings / Options considered / Recommendations /
Implications; the recommendations are paragraphs 6.1-6.7, each a full sentence with its own subject and 'should').
Response: 'Statement on the Cabinet meeting of Wednesday, 24 June 2026' (genre of the South African Government's
post-Cabinet statements: A. Issues in the environment, B. Cabinet decisions with numbered paragraphs 'Cabinet
approved ...', 'Cabinet did not support ...', 'Cabinet noted ...', C. Bills, D. Appointments, E. Messages), answering
the recommendations in prose without their numbers and in another order. Recommendations: 6.1-6.7. Traps: every
paragraph in the document is numbered the same way; findings with 'should'; the Constitution and the Water Services
Act quoted ('must', 'has a duty'); the Council's 2025 recommendation quoted; options A-C; a table; the Council's own
undertakings in section 7. Chromium headless --print-to-pdf, A4, cleaned Liberation Sans via @font-face, ligatures
off; page numbers stamped with PyMuPDF. All content is invented (the Constitution of the Republic of South Africa,
1996, and the Water Services Act 108 of 1997 are real; what is said about them is not to be relied on).

Run:  /tmp/blind58en/bin/python tests/docs/src/blind58/gen_en_cabinet_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b58en as H

NAME = "blind58_en_cabinet"
TMP = "/tmp/blind58en_cabinet"

RECS = [
    ("6.1", "The Department of Water and Sanitation should establish a national Non-Revenue Water Reduction "
            "Programme with a dedicated programme office and a ten-year mandate, reporting to Cabinet every year."),
    ("6.2", "National Treasury should introduce, from the 2027/28 financial year, a performance-based Water Loss "
            "Reduction Grant for all water services authorities, with allocations linked to verified reductions "
            "in physical losses."),
    ("6.3", "A minimum of 8 per cent of each water services authority's equitable share allocation should be "
            "ring-fenced for the maintenance and renewal of water infrastructure."),
    ("6.4", "Every water services authority should publish a quarterly non-revenue water dashboard, in a standard "
            "format set by the Department, from 1 July 2027."),
    ("6.5", "The Minister of Finance should request the Financial and Fiscal Commission to advise on a national "
            "framework for cost-reflective bulk and retail water tariffs."),
    ("6.6", "The Department, together with organised local government, should create a national register of "
            "accredited water loss specialists and train 2 000 municipal plumbers and artisans by 2030."),
    ("6.7", "Legislation should be introduced to make tampering with, or illegally connecting to, municipal water "
            "infrastructure an offence with penalties comparable to those for the theft of electricity "
            "infrastructure."),
]


def fontface():
    css = ""
    for st, w, f in (("normal", 400, "Regular"), ("normal", 700, "Bold"), ("italic", 400, "Italic"),
                     ("italic", 700, "BoldItalic")):
        css += ("@font-face { font-family: 'CleanSans'; font-style: %s; font-weight: %d; src: url('file://%s'); }\n"
                % (st, w, H.clean_font("LiberationSans-%s.ttf" % f)))
    return css


CSS = """
@page { size: 210mm 297mm; margin: 20mm 22mm 22mm 22mm; }
body { font-family: 'CleanSans'; font-size: 10.2pt; line-height: 1.38; font-variant-ligatures: none;
       font-feature-settings: 'liga' 0, 'clig' 0; color: #111; }
h1 { font-size: 15pt; margin: 0 0 4pt 0; color: #1b4d3e; }
h2 { font-size: 10.5pt; margin: 13pt 0 6pt 0; text-transform: uppercase; color: #1b4d3e; }
h3 { font-size: 10.2pt; margin: 8pt 0 4pt 0; font-style: italic; font-weight: 400; }
.np { display: grid; grid-template-columns: 11mm 1fr; margin: 0 0 6pt 0; text-align: justify; }
.np .n { color: #333; }
.q { margin: 2pt 12mm 6pt 11mm; font-style: italic; text-align: justify; }
.band { border-top: 3pt solid #1b4d3e; border-bottom: 1pt solid #1b4d3e; padding: 6pt 0 8pt 0; margin-bottom: 10pt; }
.small { font-size: 8.8pt; color: #444; }
table { border-collapse: collapse; margin: 4pt 0 8pt 11mm; font-size: 9pt; }
td, th { border: 0.6pt solid #777; padding: 2pt 6pt; text-align: left; vertical-align: top; }
th { background: #e3eee9; }
p { margin: 0 0 7pt 0; text-align: justify; }
.sig { margin-top: 14pt; }
"""


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + fontface() + CSS +
            "</style></head><body>" + body + "</body></html>")


def np(n, t):
    return "<div class='np'><span class='n'>%s</span><div>%s</div></div>\n" % (n, t)


def advice():
    b = """<div class='band'><div class='small'>NATIONAL WATER SECURITY ADVISORY COUNCIL</div>
<h1>Advisory Report to Cabinet No. 2 of 2026</h1>
<div style='font-size:12pt'>Reducing non-revenue water in municipal water services</div>
<div class='small' style='margin-top:4pt'>Submitted to the Minister of Water and Sanitation for tabling in Cabinet,
14 May 2026</div></div>
<h2>1. Purpose</h2>
""" + np("1.1", "The purpose of this report is to advise Cabinet on measures to reduce non-revenue water in "
                "municipal water services, as Cabinet requested at its meeting of 3 September 2025.") + \
        np("1.2", "Non-revenue water is the difference between the volume of water put into a distribution system "
                  "and the volume that is billed to consumers. It includes physical losses through leaks and bursts, "
                  "and commercial losses through illegal connections, faulty meters and billing errors.") + \
        "<h2>2. Background</h2>" + \
        np("2.1", "The national level of non-revenue water has risen from 37 per cent in 2015 to 47 per cent in "
                  "2025. About a third of all water supplied by municipalities is lost before it reaches a "
                  "consumer, at a cost estimated at R9,9 billion a year.") + \
        np("2.2", "In its first advisory report (No. 1 of 2025), the Council recommended that \"the Department "
                  "should complete the national audit of bulk water meters by March 2026\". The audit was "
                  "completed in February 2026 and its results inform this report.") + \
        "<h2>3. Legislative and policy framework</h2>" + \
        np("3.1", "Section 154(1) of the Constitution provides:") + \
        "<div class='q'>The national government and provincial governments, by legislative and other measures, "\
        "must support and strengthen the capacity of municipalities to manage their own affairs, to exercise "\
        "their powers and to perform their functions.</div>" + \
        np("3.2", "Under section 11(1) of the Water Services Act, 1997, every water services authority has a duty "
                  "to all consumers or potential consumers in its area of jurisdiction to progressively ensure "
                  "efficient, affordable, economical and sustainable access to water services.") + \
        np("3.3", "The equitable share is an unconditional allocation to local government under section 227 of the "
                  "Constitution. Municipalities decide how it is spent through their own budgets.") + \
        "<h2>4. Findings</h2>" + \
        np("4.1", "Physical losses account for roughly two thirds of non-revenue water. Most are caused by ageing "
                  "pipes and by pressure that is too high at night.") + \
        np("4.2", "Only 41 of the 144 water services authorities have a current water conservation and demand "
                  "management strategy. Municipalities should, under the regulations, measure the water supplied "
                  "to each supply zone, but fewer than half do so.") + \
        np("4.3", "Existing conditional grants fund new infrastructure far more readily than the repair of "
                  "existing networks. Repairs should have been prioritised in the last two grant cycles, but were "
                  "not.") + \
        np("4.4", "The losses vary widely between provinces, as Table 1 shows.") + \
        """<table><tr><th>Province (sample)</th><th>Non-revenue water 2025</th><th>Change since 2015</th></tr>
<tr><td>Province A</td><td>38%</td><td>+4 points</td></tr>
<tr><td>Province B</td><td>52%</td><td>+13 points</td></tr>
<tr><td>Province C</td><td>61%</td><td>+17 points</td></tr>
<tr><td>National</td><td>47%</td><td>+10 points</td></tr></table>""" + \
        np("4.5", "There are too few qualified plumbers and water loss technicians in municipalities. In 58 "
                  "municipalities, leak repairs take more than 48 hours on average.") + \
        "<h2>5. Options considered</h2>" + \
        np("5.1", "<b>Option A: Status quo.</b> Municipalities remain solely responsible, with support from "
                  "existing grants. Losses are expected to keep rising.") + \
        np("5.2", "<b>Option B: National take-over of distribution networks.</b> This would require "
                  "constitutional amendment and is not considered feasible.") + \
        np("5.3", "<b>Option C: A national programme with incentives, transparency and enforcement.</b> This "
                  "is the Council's preferred option and is the basis of the recommendations that follow.") + \
        "<h2>6. Recommendations</h2>" + \
        "<p>Having considered the options, the Council recommends the measures set out below.</p>" + \
        "<h3>Institutional arrangements</h3>" + np(*RECS[0]) + \
        "<h3>Funding</h3>" + np(*RECS[1]) + np(*RECS[2]) + \
        "<h3>Transparency and pricing</h3>" + np(*RECS[3]) + np(*RECS[4]) + \
        "<h3>Skills and enforcement</h3>" + np(*RECS[5]) + np(*RECS[6]) + \
        "<h2>7. Implications</h2>" + \
        np("7.1", "<b>Financial.</b> The programme office and the grant would cost an estimated R1,2 billion in "
                  "the first year, rising to R3,5 billion a year by 2029/30. Savings to municipalities are "
                  "estimated at R4 billion a year once losses fall by ten percentage points.") + \
        np("7.2", "<b>Consultation.</b> The Council consulted National Treasury, the Department of Cooperative "
                  "Governance, organised local government and the water boards. The Council will publish a "
                  "summary of the consultation on its website.") + \
        "<h2>8. Approval</h2>" + \
        np("8.1", "This report was approved by the Council at its meeting of 29 April 2026.") + \
        "<div class='sig'>Professor Thandiwe Mokoena-Hlatshwayo<br>Chairperson: National Water Security Advisory "\
        "Council</div>"
    return page(b)


def response():
    b = """<div class='band'><div class='small'>GOVERNMENT COMMUNICATION AND INFORMATION SYSTEM</div>
<h1>Statement on the Cabinet meeting of Wednesday, 24 June 2026</h1></div>
<p>Cabinet met on Wednesday, 24 June 2026, at the Union Buildings in Tshwane.</p>
<h2>A. Issues in the environment</h2>
""" + np("1.", "<b>Youth Month.</b> Cabinet commemorated the 50th anniversary of the 16 June 1976 student "
                "uprising and thanked the thousands of young people who took part in the national commemoration. "
                "Cabinet called on young people to register for the 2026 local government elections.") + \
        np("2.", "<b>Winter readiness.</b> Cabinet was briefed on measures to protect vulnerable households "
                 "during the winter months, including the distribution of blankets and the opening of additional "
                 "shelters in all metropolitan municipalities.") + \
        "<h2>B. Cabinet decisions</h2>" + \
        np("1.", "<b>Report of the National Water Security Advisory Council on non-revenue water</b>") + \
        np("1.1", "Cabinet considered the second advisory report of the National Water Security Advisory Council "
                  "and thanked the Council for its work. Cabinet agreed that the loss of almost half of the water "
                  "supplied by municipalities is unacceptable in a water-scarce country.") + \
        np("1.2", "Cabinet approved the introduction of a performance-based grant to reward municipalities that "
                  "reduce water losses. The grant will first be piloted in 20 municipalities from the 2027/28 "
                  "financial year, and will be extended to other municipalities only after an evaluation of the "
                  "pilot.") + \
        np("1.3", "Cabinet approved the establishment of a National Non-Revenue Water Reduction Programme in the "
                  "Department of Water and Sanitation. The Minister of Water and Sanitation will report to Cabinet "
                  "on its progress annually.") + \
        np("1.4", "Cabinet did not support the proposal that part of the equitable share be ring-fenced for "
                  "water infrastructure, as the equitable share is an unconditional allocation to which "
                  "municipalities are entitled under the Constitution. However, Cabinet approved that all water "
                  "services authorities be required to publish their water losses every quarter in a standard "
                  "format from July 2027.") + \
        np("1.5", "Cabinet further approved that the Minister of Justice and Constitutional Development, together "
                  "with the Minister of Water and Sanitation, prepare amendments to criminalise the vandalism of "
                  "water infrastructure and illegal connections, for submission to Cabinet before the end of the "
                  "year.") + \
        np("1.6", "Cabinet noted the Council's views on the pricing of water. The matter will be considered by "
                  "the Minister of Finance in the preparation of the 2027 Budget.") + \
        np("2.", "<b>National Strategy on Pedestrian Safety</b>") + \
        np("2.1", "Cabinet approved the National Strategy on Pedestrian Safety, which aims to halve pedestrian "
                  "deaths on national and provincial roads by 2035.") + \
        "<h2>C. Bills</h2>" + \
        np("1.", "Cabinet approved the publication of the Marine Spatial Planning Amendment Bill of 2026 for "
                 "public comment. The Bill aligns the marine spatial planning process with the country's "
                 "international obligations.") + \
        "<h2>D. Appointments</h2>" + \
        "<p>All appointments are subject to the verification of qualifications and the relevant security "\
        "clearance.</p>" + \
        np("1.", "Ms Nomvula Dlamini-Pretorius as Chief Executive Officer of the Ingwe Water Board.") + \
        np("2.", "Mr Johannes van Rooyen as Director-General of the Department of Small Business Development.") + \
        "<h2>E. Messages</h2>" + \
        np("1.", "<b>Condolences.</b> Cabinet conveyed its condolences to the family and friends of the former "
                 "Deputy Minister of Health, Dr Lerato Maseko, who passed away on 19 June 2026.") + \
        "<p class='sig'>Enquiries: Mr Sipho Ndlovu, Acting Cabinet Spokesperson</p>"
    return page(b)


NOTES = ("South African-style pair: the (invented) National Water Security Advisory Council's advisory report to "
         "Cabinet on municipal water losses, answered by the Government's statement on the Cabinet meeting that "
         "decided on it. Recommendations: paragraphs 6.1-6.7 under '6. Recommendations', grouped under four "
         "italic sub-headings, each a full sentence with its own subject and 'should' (starts_with = the sentence, "
         "number omitted). Traps: EVERY paragraph is numbered the same way (1.1-8.1); findings 4.2-4.3 with "
         "'should' / 'should have been'; section 154(1) of the Constitution quoted ('must support'); section "
         "11(1) of the Water Services Act ('has a duty'); the Council's 2025 recommendation quoted in 2.2; options "
         "A-C in bold (C preferred); Table 1; the Council's own undertaking in 7.2. The Cabinet statement answers "
         "in prose under 'B. Cabinet decisions' item 1 (paragraphs 1.1-1.6), without recommendation numbers, in "
         "the order 6.2, 6.1, 6.3+6.4, 6.7, 6.5. Key: 6.2 grant approved but piloted in 20 municipalities first "
         "(partly); 6.1 programme approved (agrees); one paragraph: 6.3 'did not support' ring-fencing the "
         "equitable share (disagrees) + 6.4 quarterly publication approved (agrees); 6.7 amendments to "
         "criminalise vandalism and illegal connections approved (agrees); 6.5 'Cabinet noted the Council's "
         "views on the pricing of water', left to the Minister of Finance (noted); 6.6 (register of specialists, "
         "training of 2 000 plumbers) unanswered. Unmatched: A. Issues in the environment (Youth Month, winter), "
         "B.2 pedestrian safety, C. Bills, D. Appointments, E. Messages (paragraph 1.1, a general welcome of the "
         "report, answers no single recommendation but is not listed).")


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.chromium_pdf(src, H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), footer="{n}", size=9)
    H.stamp(H.out(NAME + "_response.pdf"), footer="{n}", size=9)
    sw = lambda k, n=10: " ".join(RECS[k - 1][1].split()[:n])
    recs = [
        {"number": "6.1", "starts_with": sw(1),
         "reply_contains": "Cabinet approved the establishment of a National Non-Revenue Water Reduction Programme",
         "verdict": "agrees"},
        {"number": "6.2", "starts_with": sw(2),
         "reply_contains": "The grant will first be piloted in 20 municipalities", "verdict": "partly"},
        {"number": "6.3", "starts_with": sw(3),
         "reply_contains": "Cabinet did not support the proposal that part of the equitable share",
         "verdict": "disagrees"},
        {"number": "6.4", "starts_with": sw(4),
         "reply_contains": "required to publish their water losses every quarter", "verdict": "agrees"},
        {"number": "6.5", "starts_with": sw(5),
         "reply_contains": "Cabinet noted the Council's views on the pricing of water", "verdict": "noted"},
        {"number": "6.6", "starts_with": sw(6), "reply_contains": None, "verdict": "unanswered"},
        {"number": "6.7", "starts_with": sw(7),
         "reply_contains": "prepare amendments to criminalise the vandalism of water infrastructure",
         "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, ["Cabinet commemorated the 50th anniversary of the 16 June 1976",
                                  "measures to protect vulnerable households during the winter months",
                                  "Cabinet approved the National Strategy on Pedestrian Safety",
                                  "publication of the Marine Spatial Planning Amendment Bill",
                                  "conveyed its condolences to the family and friends"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b58en.py"), NAME)) and 1)
