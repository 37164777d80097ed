"""Round 35 (EN): an English NEIGHBOURHOOD PLAN EXAMINER'S REPORT answered by the local planning authority's
DECISION STATEMENT. The advice (an independent examiner's report on an invented parish's neighbourhood plan) has a
summary with the overall conclusion, numbered paragraphs, the Basic Conditions and legal references, findings with
'should', policy-by-policy assessment and seven recommended modifications 'PM1'-'PM7' in shaded boxes, plus a
closing 'Referendum' section with conclusions about the referendum area. The response is the District Council's
decision statement under Regulation 18: a heading block, a prose introduction and two ruled tables (modifications
accepted / modifications where the Council reached a different decision), one row covering PM3 and PM4 with
different decisions, PM7 missing, and a section on corrections the Council made itself. Chromium headless
--print-to-pdf from HTML, A4, cleaned Liberation fonts; running header/footer stamped with PyMuPDF. All content
(parish, district, examiner, policies, sites, figures) invented.

Run:  /tmp/blind35en/bin/python tests/docs/src/blind35/gen_en_np_exam_chromium.py
"""
import os, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b35en as H

NAME = "blind35_en_np_exam"


def css():
    fonts = ""
    for fam, f, extra in (("LS", "LiberationSans-Regular.ttf", ""),
                          ("LS", "LiberationSans-Bold.ttf", "font-weight:bold;"),
                          ("LS", "LiberationSans-Italic.ttf", "font-style:italic;"),
                          ("LR", "LiberationSerif-Regular.ttf", ""),
                          ("LR", "LiberationSerif-Bold.ttf", "font-weight:bold;"),
                          ("LR", "LiberationSerif-Italic.ttf", "font-style:italic;")):
        fonts += "@font-face{font-family:%s;src:url(file://%s);%s}\n" % (fam, H.clean_font(f), extra)
    return fonts + """
@page {size: A4; margin: 22mm 21mm 22mm 21mm;}
body {font-family: LS; font-size: 10.2pt; line-height: 1.38; font-variant-ligatures: none; color: #111;}
h1 {font-size: 19pt; color: #1d4f33; margin: 0 0 6pt 0; font-weight: bold;}
h2 {font-size: 12.5pt; color: #1d4f33; margin: 14pt 0 6pt 0; border-bottom: 1.2pt solid #1d4f33;}
h3 {font-size: 10.6pt; margin: 10pt 0 4pt 0;}
p {margin: 0 0 6pt 0;}
p.n {padding-left: 11mm; text-indent: -11mm;}
p.n span.no {display: inline-block; width: 11mm; text-indent: 0;}
div.pm {background: #e6efe6; border-left: 3pt solid #1d4f33; padding: 5pt 8pt; margin: 4pt 0 8pt 11mm;}
div.pm p {margin: 0 0 3pt 0;}
table {border-collapse: collapse; width: 100%; margin: 4pt 0 8pt 0;}
td, th {border: 0.7pt solid #555; padding: 4pt 5pt; vertical-align: top; font-size: 9.3pt; text-align: left;}
th {background: #d9d9d9;}
.cover {text-align: left; padding-top: 70mm; page-break-after: always;}
.small {font-size: 8.6pt; color: #333;}
.brk {page-break-before: always;}
"""


def pdf(html, path):
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "doc.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + css() + "</style></head><body>"
                     + html + "</body></html>")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        "--disable-background-networking", "--no-pdf-header-footer",
                        "--user-data-dir=" + os.path.join(d, "prof"), "--print-to-pdf=" + path,
                        "file://" + src], check=True, capture_output=True, timeout=120)


def n(no, text):
    return '<p class="n"><span class="no">%s</span>%s</p>' % (no, text)


def pm(code, text):
    return '<div class="pm"><p><b>%s</b></p><p>%s</p></div>' % (code, text)


PM = {
    "PM1": "Amend the settlement boundary on Map 3 to exclude the land north of Mill Lane (site KW/07), and "
           "delete the reference to that site in paragraph 5.6 of the supporting text.",
    "PM2": "Delete criterion (b) of Policy KW3 and replace it with: 'On sites of 10 or more dwellings, the mix of "
           "house sizes should reflect the most recent assessment of local housing need.'",
    "PM3": "Delete Fox Covert Paddock (LGS4) from Policy KW5 and from Map 5, and delete paragraph 6.11.",
    "PM4": "Delete Church Field (LGS6) from Policy KW5 and from Map 5, and delete paragraph 6.13.",
    "PM5": "Delete the parking standards table in Policy KW8 and replace it with a requirement that parking be "
           "provided in accordance with the County Council's adopted parking standards.",
    "PM6": "In Policy KW10, add the Kings Arms public house and the Old School Room to the list of community "
           "facilities, and number the list (i) to (vii).",
    "PM7": "Insert a new section 9, 'Monitoring and Review', committing the Parish Council to report on the use "
           "of the Plan's policies every two years and to consider a review within five years of the Plan being made.",
}

ADVICE = """
<div class="cover">
<p class="small" style="font-size:10pt">Report to North Dunsford District Council</p>
<h1>Kirkby Wendle Neighbourhood Development Plan 2025&ndash;2040</h1>
<p style="font-size:13pt">Report of the Independent Examination</p>
<p style="margin-top:30mm">Examiner: Helen Marchbank BA (Hons) MA MRTPI</p>
<p>Date of report: 14 April 2026</p>
<p class="small" style="margin-top:60mm">Neighbourhood Planning Independent Examiner Referral Service reference
NPIERS/0931</p>
</div>

<h2>Summary</h2>
<p>I have been appointed by North Dunsford District Council, with the agreement of Kirkby Wendle Parish Council,
to examine the Kirkby Wendle Neighbourhood Development Plan. The Plan covers the whole parish and contains twelve
policies on housing, design, green spaces, transport and community facilities.</p>
<p>My overall conclusion is that, subject to the modifications set out in this report, the Plan meets the Basic
Conditions and the other legal requirements, and can proceed to referendum. The modifications are needed mainly
to bring some policies into line with national policy and to make them clear enough to be applied with
confidence by decision-makers.</p>

<h2>1. Introduction</h2>
""" + n("1.1", "The Localism Act 2011 gave communities the power to prepare neighbourhood plans. Once made, a "
        "neighbourhood plan forms part of the development plan and is used to decide planning applications in "
        "the area, alongside the North Dunsford Local Plan 2018&ndash;2036.") + \
    n("1.2", "I am independent of the Parish Council and the District Council and have no interest in any land "
      "affected by the Plan. I held no hearing: I was satisfied that the written representations, 41 in all, and "
      "my unaccompanied visit to the parish on 3 March 2026 gave me the information I needed.") + \
    n("1.3", "My role is to consider whether the Plan meets the Basic Conditions set out in paragraph 8(2) of "
      "Schedule 4B to the Town and Country Planning Act 1990, as applied by section 38A of the Planning and "
      "Compulsory Purchase Act 2004. Under paragraph 10 of Schedule 4B I must recommend either that the Plan "
      "proceeds to referendum as submitted, that it proceeds with modifications, or that it does not proceed.") + \
    n("1.4", "The Basic Conditions are, in short, that the Plan should have regard to national policy, contribute "
      "to sustainable development, be in general conformity with the strategic policies of the development "
      "plan, and be compatible with retained EU obligations and human rights requirements.") + """
<h2>2. Consultation and procedural matters</h2>
""" + n("2.1", "The Consultation Statement shows a thorough process, including two surveys (a 38 per cent "
        "response rate in 2023) and drop-in events. The Regulation 14 consultation ran from 2 September to 14 "
        "October 2024. I am satisfied that the requirements of Regulations 14 and 15 of the Neighbourhood "
        "Planning (General) Regulations 2012 have been met.") + \
    n("2.2", "Several respondents asked me to allocate further sites for housing. That is not my role: I can "
      "only consider whether the Plan as submitted meets the Basic Conditions. The Parish Council should, "
      "however, be aware that the emerging Local Plan review may change the housing requirement for the parish.") + """
<h2>3. The policies of the Plan</h2>
<h3>Policy KW1: Settlement boundary</h3>
""" + n("3.1", "Policy KW1 defines a settlement boundary for Kirkby Wendle and supports development within it. "
        "The boundary generally follows the built edge, but it includes the land north of Mill Lane (site "
        "KW/07), an open field of about 1.9 hectares which the District Council's Strategic Housing Land "
        "Availability Assessment found unsuitable because of surface water flooding. Including it would imply "
        "support for development there without the evidence needed to justify it.") + \
    pm("PM1", PM["PM1"]) + """
<h3>Policy KW3: Housing mix</h3>
""" + n("3.2", "Criterion (b) requires at least 40 per cent of dwellings on sites of 10 or more to have two "
        "bedrooms or fewer. The only evidence for the figure is the 2023 village survey, in which 61 "
        "respondents said they wanted smaller homes. The Housing Needs Assessment (2024) supports a bias "
        "towards smaller homes but does not give a percentage, and the housing mix should be capable of "
        "responding to changing need over the plan period.") + \
    pm("PM2", PM["PM2"]) + """
<h3>Policy KW5: Local Green Spaces</h3>
""" + n("3.3", "Paragraph 106 of the National Planning Policy Framework (NPPF) allows Local Green Space to be "
        "designated only where the green space is in reasonably close proximity to the community it serves, is "
        "demonstrably special to a local community and holds a particular local significance, and is local in "
        "character and not an extensive tract of land. Policy KW5 designates seven spaces, LGS1 to LGS7.") + \
    n("3.4", "I am satisfied that LGS1 to LGS3, LGS5 and LGS7 meet these tests. Fox Covert Paddock (LGS4) is "
      "private grazing land with no public access; the evidence of its special significance is limited to "
      "views across it, which are already protected by Policy KW6. Church Field (LGS6), at 5.8 hectares, is in "
      "my judgement an extensive tract of land. Designation would therefore be inconsistent with national policy "
      "in both cases.") + \
    pm("PM3", PM["PM3"]) + pm("PM4", PM["PM4"]) + """
<h3>Policy KW6: Design and local character</h3>
""" + n("3.5", "Policy KW6 is well evidenced by the Kirkby Wendle Design Code (2024). I recommend no "
        "modification, although applicants should note that criteria (a) to (f) will be applied with "
        "judgement rather than as a checklist.") + """
<h3>Policy KW8: Parking</h3>
""" + n("3.6", "Policy KW8 sets minimum parking standards that are higher than the County Council's (three "
        "spaces for a three-bedroom dwelling rather than two). Paragraph 112 of the NPPF allows local standards "
        "only where there is clear and compelling justification. The Parish Council's traffic survey of 2023 "
        "records on-street parking pressure in two streets, but it does not justify a parish-wide departure.") + \
    pm("PM5", PM["PM5"]) + """
<h3>Policy KW10: Community facilities</h3>
""" + n("3.7", "Policy KW10 resists the loss of listed community facilities. The supporting text refers to "
        "the Kings Arms and the Old School Room as valued facilities, but the policy omits them, and the list "
        "is not numbered, which will make it difficult to refer to in decisions.") + \
    pm("PM6", PM["PM6"]) + """
<h3>Implementation</h3>
""" + n("3.8", "The Plan contains no commitment to monitoring. Although monitoring is not a Basic Condition, "
        "national guidance encourages it, and the Plan will become out of date quickly if the Local Plan review "
        "changes the strategic context.") + \
    pm("PM7", PM["PM7"]) + """
<h2>4. Referendum</h2>
""" + n("4.1", "I have considered whether the referendum area should be extended beyond the neighbourhood area. "
        "The Plan's policies affect only land within the parish, and no representation argued for an extension. "
        "I see no reason to extend the referendum area beyond the neighbourhood area.") + \
    n("4.2", "Subject to modifications PM1 to PM7, the Kirkby Wendle Neighbourhood Development Plan meets the "
      "Basic Conditions, is compatible with the European Convention on Human Rights and complies with the "
      "statutory requirements set out in paragraph 8(1) of Schedule 4B. It can proceed to referendum.") + \
    n("4.3", "I congratulate the Steering Group on a well-presented and locally distinctive Plan.") + """
<p style="margin-top:12pt">Helen Marchbank<br>Independent Examiner<br>14 April 2026</p>
"""


RESPONSE = """
<p style="text-align:right; font-size:15pt; color:#1d4f33; margin:0"><b>North Dunsford District Council</b></p>
<p class="small" style="text-align:right">Planning Policy &middot; Council Offices, Market Place, Dunsford DN4 2QA
&middot; planningpolicy@northdunsford.gov.example</p>
<h1 style="font-size:15pt; margin-top:12pt">Kirkby Wendle Neighbourhood Development Plan 2025&ndash;2040</h1>
<p style="font-size:12pt"><b>Decision Statement under Regulation 18(2) of the Neighbourhood Planning (General)
Regulations 2012</b></p>
<p class="small">Date of decision: 2 June 2026 &middot; Decision taken by: Cabinet Member for Planning and
Regeneration (Officer Decision Record ODR/PL/2026/044)</p>

<h2>1. Summary</h2>
<p>North Dunsford District Council has considered the Examiner's report of 14 April 2026 and the modifications
it recommends. The Council has decided to make most of the modifications as recommended, to make one with a
further change, and, in one case, to reach a different decision from the Examiner. Because of that different
decision the Council is required by paragraph 13 of Schedule 4B to the Town and Country Planning Act 1990 to
invite representations before deciding whether the Plan can proceed to referendum.</p>

<h2>2. Background</h2>
<p>Kirkby Wendle Parish Council submitted the Plan on 9 December 2025. It was publicised under Regulation 16
from 6 January to 17 February 2026 and Helen Marchbank was appointed to examine it. Paragraph 12 of Schedule 4B
requires the Council to consider each of the Examiner's recommendations and decide what action to take in
response to each.</p>

<h2>3. Decisions on the Examiner's recommended modifications</h2>
<p><b>Table 1: Modifications the Council will make as recommended</b></p>
<table>
<tr><th style="width:12%">Ref.</th><th style="width:30%">Policy / section</th><th style="width:18%">Council
decision</th><th>Reason</th></tr>
<tr><td>PM1</td><td>Policy KW1, Map 3 and para. 5.6 (land north of Mill Lane)</td><td>Accept</td><td>The Council
agrees that site KW/07 should be removed from within the settlement boundary given the surface water flood
risk identified in its own assessment.</td></tr>
<tr><td>PM5</td><td>Policy KW8 (parking standards)</td><td>Accept</td><td>Agreed. The County standards will be
referred to; the Parish Council's local concerns can be raised at application stage.</td></tr>
<tr><td>PM6</td><td>Policy KW10 (community facilities)</td><td>Accept</td><td>The Kings Arms and the Old School
Room will be added to the policy and the list numbered, as the Examiner recommends.</td></tr>
</table>

<p><b>Table 2: Modifications where the Council has made a further change or reached a different decision</b></p>
<table>
<tr><th style="width:12%">Ref.</th><th style="width:30%">Policy / section</th><th style="width:18%">Council
decision</th><th>Reason</th></tr>
<tr><td>PM3 and PM4</td><td>Policy KW5, Map 5 and paras. 6.11 and 6.13 (Local Green Spaces)</td><td>Accept PM3;
do not accept PM4</td><td>The Council agrees that Fox Covert Paddock does not meet the NPPF tests and will
remove it. It takes a different view on Church Field. The Parish Council has since supplied a survey showing
that the field is only 3.1 hectares, not 5.8, because the figure in the evidence base included the adjoining
allotments. At that size the Council does not regard it as an extensive tract of land, and Church Field
will therefore remain designated as LGS6. This is new evidence, and representations are invited on it (see
section 5).</td></tr>
<tr><td>PM2</td><td>Policy KW3(b) (housing mix)</td><td>Accept with a further change</td><td>The Council accepts
that the 40 per cent requirement should be deleted. It considers that the replacement wording should still
signal the clear local need for smaller homes, and will add: 'with a particular emphasis on homes with one or
two bedrooms'. In the Council's view this remains consistent with the Examiner's reasoning.</td></tr>
</table>

<h2>4. Other modifications made by the Council</h2>
<p>Under paragraph 12(6)(b) of Schedule 4B, the Council has also corrected errors that are not the subject of
any recommendation: paragraphs 5.3 to 5.9 have been renumbered, the Ordnance Survey licence number on all maps
has been updated, and an out-of-date link to the Design Code has been replaced.</p>

<h2>5. Next steps</h2>
<p>Representations on the Council's proposed decision on Church Field are invited for six weeks from 8 June to
20 July 2026. If, having considered them, the Council remains satisfied that the Plan meets the Basic
Conditions, a referendum will be held in the parish, provisionally on 1 October 2026. The referendum area will
be the neighbourhood area, as the Examiner advised.</p>
<p>This statement, the Examiner's report and the modified Plan can be viewed at the Council Offices and at
Kirkby Wendle Village Hall, and on the Council's website.</p>
<p style="margin-top:10pt">Signed: <i>R. Oyelaran-Finch</i><br>Rachel Oyelaran-Finch, Planning Policy
Manager, on behalf of North Dunsford District Council</p>
"""


def main():
    adv, rsp = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    pdf(ADVICE, adv)
    H.stamp(adv, header="Kirkby Wendle Neighbourhood Development Plan  -  Examiner's Report",
            footer="Page {n}", skip_first=True)
    pdf(RESPONSE, rsp)
    H.stamp(rsp, header=None, footer="North Dunsford District Council  |  Decision Statement  |  Page {n} of {N}")
    recs = [
        {"number": "PM1", "starts_with": "Amend the settlement boundary on Map 3 to exclude the land",
         "reply_contains": "site KW/07 should be removed from within the settlement boundary",
         "verdict": "agrees"},
        {"number": "PM2", "starts_with": "Delete criterion (b) of Policy KW3 and replace it with",
         "reply_contains": "with a particular emphasis on homes with one or two bedrooms",
         "verdict": "partly", "also": ["agrees"]},
        {"number": "PM3", "starts_with": "Delete Fox Covert Paddock (LGS4) from Policy KW5 and from Map 5",
         "reply_contains": "Fox Covert Paddock does not meet the NPPF tests", "verdict": "agrees"},
        {"number": "PM4", "starts_with": "Delete Church Field (LGS6) from Policy KW5 and from Map 5",
         "reply_contains": "Church Field will therefore remain designated as LGS6", "verdict": "disagrees"},
        {"number": "PM5", "starts_with": "Delete the parking standards table in Policy KW8 and replace it",
         "reply_contains": "The County standards will be referred to", "verdict": "agrees"},
        {"number": "PM6", "starts_with": "In Policy KW10, add the Kings Arms public house and",
         "reply_contains": "will be added to the policy and the list numbered", "verdict": "agrees"},
        {"number": "PM7", "starts_with": "Insert a new section 9, 'Monitoring and Review', committing the Parish",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["the Ordnance Survey licence number on all maps has been updated"]
    notes = ("English neighbourhood plan examiner's report answered by the district council's Regulation 18 "
             "decision statement (invented Kirkby Wendle parish, North Dunsford District Council; Chromium "
             "headless --print-to-pdf, A4, cover page, stamped running header and page numbers). Advice: seven "
             "recommended modifications coded 'PM1'-'PM7', each a bold code plus an imperative in a shaded box "
             "after hanging-numbered paragraphs 1.1-4.3 (numbers as printed, 'PM1' ... 'PM7'). Traps: paragraph "
             "numbers, legal references (paragraph 8(2) of Schedule 4B, section 38A, Regulations 14 and 15, "
             "NPPF paragraphs 106 and 112), the Basic Conditions paraphrased with 'should', findings with "
             "'should' ('The Parish Council should, however, be aware', 'the housing mix should be capable'), "
             "'I recommend no modification' on KW6, the summary's overall conclusion and the referendum section "
             "('I see no reason to extend the referendum area', 'It can proceed to referendum') which are "
             "conclusions, not modifications. Response: decision statement with Table 1 (accepted as "
             "recommended: PM1, PM5, PM6 = agrees) and Table 2 with ONE row 'PM3 and PM4' ('Accept PM3; do not "
             "accept PM4': Fox Covert Paddock removed = PM3 agrees; Church Field 'will therefore remain "
             "designated' on new evidence = PM4 disagrees) and PM2 'Accept with a further change' (40 per cent "
             "deleted but extra wording on smaller homes added = partly, also agrees). PM7 (monitoring section) "
             "has no row and is not mentioned (unanswered). Section '4. Other modifications made by the "
             "Council' (error corrections under paragraph 12(6)(b)) answers no recommendation (unmatched); "
             "summary, background and next steps are furniture.")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
