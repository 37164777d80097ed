"""Round 72 (EN): a US STATE ADMINISTRATIVE LAW JUDGE'S PROPOSAL FOR DECISION in a utility rate case (genre of the
ALJ's recommended decision to a public utility commission: a docket caption, a summary, procedural history, the
statutory standard quoted, a revenue requirement table, the issues under roman headings with each party's
position and the ALJ's analysis, the recommendations as UNNUMBERED sentences 'The ALJ recommends that the
Commission ...' closing each issue, and proposed findings of fact and ordering paragraphs) answered by the
COMMISSION'S FINAL ORDER (genre of the commission's order on the PFD: caption, an opening that adopts the PFD
'except as discussed below', a discussion under lettered issue headings in its own order, a paragraph on the
exceptions, findings of fact, ordering paragraphs, the commissioners' signatures).
Advice: State of Cascadia, State Office of Administrative Hearings, SOAH Docket No. 473-26-0815, PUC Docket No.
58214, 'Proposal for Decision', Application of Cedar Basin Water Company for Authority to Change Rates, February
27, 2026, US Letter, 3 p.; recommendations 1-7 by order.
Response: Public Utility Commission of Cascadia, 'Order', PUC Docket No. 58214, May 14, 2026, 2 p.; order 5,
3+4 (one section), 2, 1, 7; 6 (inclining block rates) is not answered.
LibreOffice Writer headless from HTML (US Letter, Liberation Serif), page numbers stamped with PyMuPDF. The State of
Cascadia, its Commission, SOAH, the ALJ, the utility, the parties, the statute and all figures are invented.

Run:  /tmp/blind72en/bin/python tests/docs/src/blind72/gen_en_puc_order_libreoffice.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b72en as H

NAME = "blind72_en_puc_order"
TMP = "/tmp/blind72en_puc_order"

RECS = [
    "The ALJ recommends that the Commission authorize a return on equity of 9.60 percent, within a capital "
    "structure of 52 percent equity and 48 percent debt.",
    "The ALJ recommends that the Commission allow Cedar Basin to recover $412,600 in rate-case expenses through "
    "a surcharge collected over 36 months.",
    "The ALJ recommends that the Commission include the $6.8 million advanced metering project for the Pine "
    "Hollow system in rate base.",
    "The ALJ recommends that the Commission require Cedar Basin to file quarterly reports on boil-water notices "
    "and main breaks in the Pine Hollow system for two years.",
    "The ALJ recommends that the Commission approve a single consolidated tariff for the Cedar Basin and Pine "
    "Hollow systems, phased in over three years.",
    "The ALJ recommends that the Commission approve Cedar Basin's proposed inclining block rate structure for "
    "residential customers, with three usage tiers.",
    "The ALJ recommends that the Commission direct Cedar Basin to propose a low-income customer assistance "
    "program in its next base-rate case.",
]

CSS = """
@page { size: 8.5in 11in; margin: 1in 1in 1in 1in; }
p { font-family: 'Liberation Serif'; font-size: 12pt; margin-top: 0; margin-bottom: 8pt; line-height: 125%;
    text-align: justify; }
.c { text-align: center; margin-bottom: 2pt; }
.cb { text-align: center; font-weight: bold; margin-bottom: 2pt; }
.h { font-weight: bold; margin-top: 10pt; margin-bottom: 6pt; text-align: left; }
.h2 { font-weight: bold; margin-top: 6pt; margin-bottom: 5pt; text-align: left; margin-left: 0.5in; }
.in { text-indent: 0.5in; }
.it { margin-left: 0.5in; text-indent: -0.3in; }
.q { margin-left: 0.6in; margin-right: 0.6in; font-size: 11pt; }
td p { text-align: left; font-size: 10.5pt; margin-bottom: 1pt; }
td.r p { text-align: right; }
"""


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" + body +
            "</body></html>")


def caption(right):
    return ("<table width='100%' cellpadding='3' style='border-collapse: collapse; margin-bottom: 14pt'><tr>"
            "<td width='48%' style='border-right: 1px solid #000; border-bottom: 1px solid #000'><p>APPLICATION OF "
            "CEDAR BASIN WATER COMPANY FOR AUTHORITY TO CHANGE RATES</p></td><td width='4%'></td>"
            "<td width='48%'><p>" + right + "</p></td></tr></table>")


def P(t, cls="in"):
    return "<p class='%s'>%s</p>" % (cls, t)


def advice():
    b = ["<p class='cb'>SOAH DOCKET NO. 473-26-0815</p><p class='cb'>PUC DOCKET NO. 58214</p>",
         caption("BEFORE THE STATE OFFICE OF ADMINISTRATIVE HEARINGS<br>STATE OF CASCADIA"),
         "<p class='cb' style='margin-top: 16pt; margin-bottom: 12pt'>PROPOSAL FOR DECISION</p>",
         "<p class='h'>I. SUMMARY</p>",
         P("Cedar Basin Water Company (Cedar Basin) seeks an increase of $4.9 million, or 18.2 percent, in its "
           "annual revenue requirement. For the reasons discussed below, the Administrative Law Judge (ALJ) "
           "concludes that Cedar Basin has shown a need for an increase of $3.7 million. In short, the ALJ "
           "proposes a somewhat lower return than Cedar Basin requested, a single tariff for its two systems, "
           "and closer reporting on the Pine Hollow system."),
         "<p class='h'>II. PROCEDURAL HISTORY AND APPLICABLE LAW</p>",
         P("Cedar Basin filed its application on July 1, 2025. The Commission referred the case to the State "
           "Office of Administrative Hearings on July 18, 2025. Commission Staff (Staff), the Office of Public "
           "Utility Counsel (OPUC), and the Pine Hollow Ratepayers Association (PHRA) intervened. The hearing on "
           "the merits was held on December 8 through 11, 2025, and the record closed on January 23, 2026."),
         P("Cascadia Water Code section 13.183(a) provides:"),
         P("The commission shall fix overall revenues at a level that will permit the utility a reasonable "
           "opportunity to earn a reasonable return on its invested capital used and useful in providing service "
           "to the public, and that will preserve the financial integrity of the utility.", "q"),
         P("Cedar Basin bears the burden of proving that its proposed rates are just and reasonable. The "
           "utility must show that each item of invested capital it seeks to include in rate base is used and "
           "useful."),
         "<table width='80%' align='center' cellpadding='3' border='1' style='border-collapse: collapse'>"
         "<tr><td><p><b>Revenue requirement ($ million)</b></p></td><td class='r'><p><b>Cedar Basin</b></p></td>"
         "<td class='r'><p><b>Staff</b></p></td><td class='r'><p><b>ALJ</b></p></td></tr>"
         "<tr><td><p>Operating expenses</p></td><td class='r'><p>19.42</p></td><td class='r'><p>18.86</p></td>"
         "<td class='r'><p>19.05</p></td></tr>"
         "<tr><td><p>Depreciation</p></td><td class='r'><p>3.11</p></td><td class='r'><p>2.94</p></td>"
         "<td class='r'><p>3.02</p></td></tr>"
         "<tr><td><p>Return on rate base</p></td><td class='r'><p>9.33</p></td><td class='r'><p>7.98</p></td>"
         "<td class='r'><p>8.96</p></td></tr>"
         "<tr><td><p><b>Total</b></p></td><td class='r'><p><b>31.86</b></p></td><td class='r'><p><b>29.78</b></p>"
         "</td><td class='r'><p><b>31.03</b></p></td></tr></table>",
         "<p class='c' style='margin-top: 4pt; margin-bottom: 10pt; font-size: 10pt'>Table 1: Revenue "
         "requirement, by party</p>",
         "<p class='h'>III. RATE OF RETURN</p>",
         P("Cedar Basin requested a return on equity of 10.25 percent, relying on a discounted cash flow analysis "
           "of a proxy group of eight water utilities. Staff recommended 9.20 percent and argued that the "
           "Commission should give no weight to Cedar Basin's risk premium model. The ALJ finds that both "
           "witnesses' ranges overlap at about 9.5 to 9.7 percent. " + RECS[0]),
         "<p class='h'>IV. RATE-CASE EXPENSES</p>",
         P("Cedar Basin seeks $412,600 in expenses for this proceeding, most of it for outside counsel and "
           "consultants. OPUC argued that expenses for the unsuccessful risk premium testimony should be "
           "disallowed. The ALJ is not persuaded that those expenses were unreasonable when incurred. " +
           RECS[1]),
         "<p class='h'>V. RATE BASE</p>",
         P("The advanced metering project replaced 9,400 meters in the Pine Hollow system in 2025. PHRA contends "
           "that the new meters have produced billing errors and that the project should not be included in rate "
           "base until those errors are corrected. The evidence shows that the meters are installed and are "
           "being used to bill customers. " + RECS[2]),
         P("PHRA also presented evidence of 31 boil-water notices in the Pine Hollow system in the test year, "
           "compared with 4 in the Cedar Basin system. " + RECS[3]),
         "<p class='h'>VI. RATE DESIGN</p>",
         P("Cedar Basin proposes to move the two systems to a single tariff. Staff supports consolidation but "
           "urged a phase-in to avoid rate shock for Cedar Basin customers. " + RECS[4]),
         P("Cedar Basin also proposes to replace its uniform volumetric rate with three tiers, which OPUC "
           "supports as a conservation measure. " + RECS[5]),
         P("OPUC asked the ALJ to order a low-income discount in this proceeding. There is no evidence in the "
           "record of the cost of such a program or of the number of customers who would qualify. " + RECS[6]),
         "<p class='h'>VII. PROPOSED FINDINGS OF FACT</p>",
         "<p class='it'>1. Cedar Basin is a water utility serving approximately 38,500 connections in Alder and "
         "Lyle Counties.</p>",
         "<p class='it'>2. Cedar Basin's test year ended March 31, 2025.</p>",
         "<p class='it'>3. A return on equity of 9.60 percent is consistent with the returns of comparable water "
         "utilities.</p>",
         "<p class='it'>4. The advanced meters in the Pine Hollow system are installed and in service.</p>",
         "<p class='h'>VIII. PROPOSED ORDERING PARAGRAPHS</p>",
         "<p class='it'>1. Cedar Basin's application is granted to the extent consistent with this Order.</p>",
         "<p class='it'>2. Cedar Basin shall file tariffs consistent with this Order within 20 days.</p>",
         "<p style='margin-top: 14pt'>SIGNED February 27, 2026.</p>",
         "<p style='margin-bottom: 0'>__________________________</p><p style='margin-bottom: 0'>MARISOL "
         "ECHEVERRIA</p><p>ADMINISTRATIVE LAW JUDGE<br>STATE OFFICE OF ADMINISTRATIVE HEARINGS</p>"]
    return page("".join(b))


def response():
    b = ["<p class='cb'>PUC DOCKET NO. 58214</p><p class='cb'>SOAH DOCKET NO. 473-26-0815</p>",
         caption("PUBLIC UTILITY COMMISSION<br>OF CASCADIA"),
         "<p class='cb' style='margin-top: 16pt; margin-bottom: 12pt'>ORDER</p>",
         P("This Order addresses the application of Cedar Basin Water Company to change its rates. The "
           "Commission adopts the proposal for decision (PFD), including its findings of fact and conclusions of "
           "law, except as discussed in this Order."),
         "<p class='h'>I. Discussion</p>",
         "<p class='h2'>A. Consolidated Tariff</p>",
         P("The Commission agrees with the ALJ that a single tariff for both systems will spread the cost of "
           "necessary investment across a larger customer base, and it approves the consolidated tariff with a "
           "three-year phase-in as the ALJ proposed."),
         "<p class='h2'>B. Pine Hollow System</p>",
         P("The Commission does not adopt the PFD's treatment of the advanced metering project. Meters that "
           "produce billing errors are not providing reliable service, and the Commission excludes the $6.8 "
           "million project from rate base until Cedar Basin demonstrates, in a compliance filing, that the "
           "errors have been corrected. Given the number of boil-water notices in the test year, the Commission "
           "also requires Cedar Basin to report to the Commission every quarter for two years on boil-water "
           "notices and main breaks in the Pine Hollow system."),
         "<p class='h2'>C. Rate-Case Expenses</p>",
         P("The Commission agrees that Cedar Basin's rate-case expenses were reasonable, but it finds that a "
           "36-month surcharge would place too heavy a burden on customers who are also absorbing the base-rate "
           "increase. Cedar Basin may recover the full amount through a surcharge over 60 months instead."),
         "<p class='h2'>D. Return on Equity</p>",
         P("No party filed exceptions on the return on equity. The Commission adopts the ALJ's recommended return "
           "of 9.60 percent and the proposed capital structure."),
         "<p class='h2'>E. Customer Assistance</p>",
         P("The Commission shares the concern of OPUC about affordability. Whether Cedar Basin should offer a "
           "low-income program, and how it would be funded, raises questions common to all water utilities, and "
           "the Commission will take up the question in Project No. 57990, its rulemaking on water affordability, "
           "rather than in this docket."),
         "<p class='h2'>F. Exceptions</p>",
         P("The Commission has considered all exceptions and replies to exceptions filed by the parties. Any "
           "exception not expressly addressed in this Order is denied."),
         "<p class='h'>II. Ordering Paragraphs</p>",
         "<p class='it'>1. Cedar Basin's application is granted to the extent provided in this Order and is "
         "otherwise denied.</p>",
         "<p class='it'>2. Within 20 days of the date of this Order, Cedar Basin must file tariffs that conform to "
         "this Order.</p>",
         "<p class='it'>3. All other motions and requests for entry of specific findings of fact or conclusions "
         "of law, not expressly granted, are denied.</p>",
         "<p style='margin-top: 14pt'>Signed at Olympia, Cascadia, the 14th day of May 2026.</p>",
         "<p style='margin-bottom: 0'>PUBLIC UTILITY COMMISSION OF CASCADIA</p>",
         "<p style='margin-bottom: 0; margin-top: 8pt'>DANIEL R. OSTERHAUT, CHAIRMAN</p>",
         "<p style='margin-bottom: 0'>KATHRYN ABARA, COMMISSIONER</p>",
         "<p>LEON FAIRWEATHER, COMMISSIONER</p>"]
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
    H.stamp(H.out(NAME + "_response.pdf"), footer="PUC Docket No. 58214      Order      Page {n} of {N}",
            fontfile=serif, size=9)
    sw = lambda k, n=12: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "The Commission adopts the ALJ's recommended return of 9.60 percent", "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "recover the full amount through a surcharge over 60 months instead",
         "verdict": "partly"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "does not adopt the PFD's treatment of the advanced metering project",
         "verdict": "disagrees"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "requires Cedar Basin to report to the Commission every quarter", "verdict": "agrees"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "approves the consolidated tariff with a three-year phase-in", "verdict": "agrees"},
        {"number": "6", "starts_with": sw(6), "reply_contains": None, "verdict": "unanswered"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "will take up the question in Project No. 57990", "verdict": "noted"},
    ]
    H.write_expected(NAME, recs, [
        "This Order addresses the application of Cedar Basin Water Company",
        "has considered all exceptions and replies to exceptions filed by the parties",
        "is granted to the extent provided in this Order and is otherwise denied",
        "not expressly granted, are denied",
        "Signed at Olympia, Cascadia, the 14th day of May 2026",
    ], "Advice: a US state ALJ's proposal for decision in a water utility rate case (US Letter, serif, centred "
       "docket numbers, a two-cell caption, roman section headings I.-VIII., a revenue requirement table). The "
       "seven recommendations are UNNUMBERED sentences 'The ALJ recommends that the Commission ...' closing the "
       "paragraph on each issue, numbers 1-7 by order (rate of return, rate-case expenses, rate base, "
       "boil-water reporting, consolidated tariff, inclining blocks, low-income program). Traps: the "
       "summary's paraphrase ('In short, the ALJ proposes a somewhat lower return ...'), Water Code section "
       "13.183(a) quoted ('The commission shall fix overall revenues'), 'The utility must show ... used and "
       "useful', Table 1, Staff's 'the Commission should give no weight', PHRA's 'should not be included in rate "
       "base', OPUC's request for a low-income discount, proposed findings of fact 1.-4. (one restating the "
       "9.60 percent) and proposed ordering paragraphs 1.-2. Response: the Commission's Order (caption, "
       "'adopts the proposal for decision ... except as discussed in this Order', Discussion A.-F. in its own "
       "order, ordering paragraphs 1.-3., signatures), no recommendation numbers; order 5, 3+4, 2, 1, 7: A "
       "consolidated tariff 'as the ALJ proposed' (5 agrees); ONE section 'B. Pine Hollow System' = the metering "
       "project excluded from rate base, 'does not adopt the PFD's treatment' (3 disagrees) and quarterly "
       "reports for two years (4 agrees); C 60 months instead of 36 (2 partly); D 'adopts the ALJ's recommended "
       "return of 9.60 percent' (1 agrees); E the low-income program referred to the rulemaking Project No. "
       "57990 'rather than in this docket' (7 noted); 6 (inclining block rates) is not answered. Unmatched: the "
       "opening paragraph, F Exceptions, the ordering paragraphs, the place and date of signature.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
