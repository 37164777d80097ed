"""Round 130 (EN): an independent EXAMINER'S REPORT on a parish NEIGHBOURHOOD DEVELOPMENT PLAN, answered by the
district council's DECISION STATEMENT, a table with a 'Ref.' column keyed by the examiner's codes.
The advice is in NUMBERED PARAGRAPHS 1.1-6.3; the seven recommendations are recommended modifications coded PM1-PM7
in a shaded two-column box set after the paragraph that reasons them (one, PM6, a suggestion to the district council
that is not a modification). Traps: the basic conditions paraphrased ('must'), paragraphs finding 'No modification
is needed', a representation quoted ('the plan should allocate'), a numbered list of the basic conditions, the
referendum area finding, and a closing line naming 'PM1, PM3 and PM4'.
The response: a table in code order PM1-PM6 (PM1, PM2, PM5 accepted; PM3 accepted with amendment; PM4 not accepted;
PM6 to the Local Plan review), a row of the council's own modification 'C1', and a referendum paragraph; PM7
(factual corrections in chapter 2) has no row.
LibreOffice Writer headless from HTML, A4, Liberation Serif (report) and Liberation Sans (statement); header and
'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented; the Town and Country
Planning Act 1990 and the Neighbourhood Planning (General) Regulations 2012 are named as context only (what is said
of them here is paraphrased and not to be relied on).
Run:  /tmp/blind130en/bin/python tests/docs/src/blind130/gen_en_plan_examiner_libreoffice.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b130en as H

NAME = "blind130_en_plan_examiner"
STYLE = """<style>
@page { size: 21cm 29.7cm; margin: 2.2cm 2.3cm 2.2cm 2.3cm; }
body { font-family: '%(f)s'; font-size: %(s)s; }
h1 { font-family: '%(f)s'; font-size: 17pt; margin-top: 0.1cm; margin-bottom: 0.15cm; color: %(c)s; }
h2 { font-family: '%(f)s'; font-size: 12.5pt; margin-top: 0.4cm; margin-bottom: 0.12cm; color: %(c)s; }
p { margin-top: 0; margin-bottom: 0.22cm; line-height: 125%%; }
p.meta { color: #555555; font-size: 9pt; }
td { font-family: '%(f)s'; font-size: %(t)s; vertical-align: top; }
li { margin-bottom: 0.08cm; }
</style>"""


def doc(body, font, colour, size, tsize):
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
            f"{STYLE % {'f': font, 's': size, 'c': colour, 't': tsize}}</head><body>{body}</body></html>")


def pm(code, text):
    return (f"<table width='100%' cellpadding='5' cellspacing='0' bgcolor='#e8eef4' style='margin-bottom:0.25cm'>"
            f"<tr><td width='12%'><b>{code}</b></td><td width='88%'>{text}</td></tr></table>")


def advice():
    body = f"""
<p class='meta'>REPORT TO ASHCOMBE DISTRICT COUNCIL &#183; Examination ref. ADC/NP/MF/2025</p>
<h1>Marston Fettle Neighbourhood Development Plan 2025-2040: Report of the Independent Examination</h1>
<p class='meta'>Examiner: Catriona Ellery-Banks BA MRTPI &#183; Report date: 3 November 2025</p>

<h2>1. Introduction</h2>
<p>1.1 Marston Fettle Parish Council, as the qualifying body, submitted its neighbourhood plan to Ashcombe District
Council in June 2025. I was appointed with the agreement of the Parish Council to examine the plan. I am independent
of both councils and have no interest in any land affected by the plan.</p>
<p>1.2 I considered the plan by written representations and visited the parish unaccompanied on 9 September 2025. I
did not consider a hearing necessary.</p>

<h2>2. The basic conditions</h2>
<p>2.1 Under the Town and Country Planning Act 1990, as amended, a neighbourhood plan must meet the basic conditions
before it can proceed to a referendum. In summary, the plan must:</p>
<ol>
<li>have regard to national policies and advice issued by the Secretary of State;</li>
<li>contribute to the achievement of sustainable development;</li>
<li>be in general conformity with the strategic policies of the development plan;</li>
<li>be compatible with retained EU obligations and human rights requirements.</li>
</ol>
<p>2.2 It is not my role to decide whether the plan could be improved in other ways. Where I recommend modifications
they are set out in shaded boxes, numbered PM1 onwards, and are needed to meet the basic conditions unless I say
otherwise.</p>

<h2>3. Housing policies</h2>
<p>3.1 Policy H1 restricts all new homes in the parish to people with a local connection. Such a blanket restriction
goes well beyond what the strategic policies of the Ashcombe Local Plan allow and is not justified by the evidence in
the housing needs survey.</p>
{pm("PM1", "Modify Policy H1 so that the local connection requirement applies only to affordable homes on rural "
           "exception sites, and delete the second sentence of paragraph 5.4.")}
<p>3.2 Policy H2 (housing mix) is supported by the 2024 housing needs survey, which found that 38 per cent of
households expecting to move wanted a home with two bedrooms or fewer. No modification is needed.</p>
<p>3.3 One representation argued that "the plan should allocate land north of Church Lane for twenty homes". The plan
is not required to allocate sites, and I make no recommendation on this point.</p>

<h2>4. Environment and design</h2>
<p>4.1 Policy E1 designates six Local Green Spaces. Five are clearly special to the community. Fieldgate Paddock,
however, is an extensive tract of farmland of about 9 hectares and does not meet the national test of being local in
character and not an extensive tract of land.</p>
{pm("PM2", "Delete Fieldgate Paddock from Policy E1 and from the Local Green Space map, and renumber the remaining "
           "spaces.")}
<p>4.2 Policy D2 says that development that does not follow the Marston Fettle Design Code \"will not be
permitted\". The code is helpful guidance, but the policy as worded is too rigid to be applied to every proposal.</p>
{pm("PM3", 'Replace the words "will not be permitted" in Policy D2 with "should have regard to the Marston Fettle '
           'Design Code, proportionate to the scale of the proposal".')}

<h2>5. Transport and community facilities</h2>
<p>5.1 Policy T3 sets minimum parking standards of three spaces for every home with three or more bedrooms. No
local evidence has been provided to justify departing from the County Council's standards, which the Local Plan
adopts.</p>
{pm("PM4", "Delete Policy T3 and its supporting text, paragraphs 7.8 to 7.11.")}
<p>5.2 Policy C1, which protects the village hall, the Fettle Arms and the primary school, meets the basic conditions.
No modification is needed.</p>
<p>5.3 The settlement boundary in Policy S1 is drawn on a map at too small a scale for a decision maker to tell on which
side of the line a particular plot lies.</p>
{pm("PM5", "Show the settlement boundary on an inset map at a scale of 1:2,500, with property boundaries visible.")}
<p>5.4 Several representations expressed concern that the village's allocation of 45 homes in the Local Plan is too
low to sustain the primary school. That is not a matter the neighbourhood plan can change. The following is not a
modification needed to meet the basic conditions but a suggestion to the District Council:</p>
{pm("PM6", "The District Council should consider, in its forthcoming Local Plan review, whether the housing "
           "requirement for Marston Fettle remains appropriate.")}
<p>5.5 Chapter 2 of the plan contains some factual errors: the parish has 27 listed buildings, not 23, and the
conservation area was designated in 1974, not 1981.</p>
{pm("PM7", "Correct the number of listed buildings and the date of the conservation area designation in chapter 2, "
           "and update the list of sources in Appendix B.")}

<h2>6. Conclusions</h2>
<p>6.1 I am satisfied that, if modified as set out above, the plan meets the basic conditions and the other legal
requirements.</p>
<p>6.2 I have considered whether the referendum area should extend beyond the parish boundary. I see no reason for
it to do so.</p>
<p>6.3 I congratulate the steering group on a clearly written plan. Of my modifications, PM1, PM3 and PM4 are the most
significant.</p>
<p><i>Catriona Ellery-Banks, Independent Examiner</i></p>
"""
    return doc(body, "Liberation Serif", "#2c4a6b", "11pt", "10.5pt")


def response():
    rows = [
        ("PM1", "Policy H1", "Accepted. The local connection requirement now applies to affordable homes on rural "
                              "exception sites only, and the second sentence of paragraph 5.4 is deleted."),
        ("PM2", "Policy E1", "Accepted. Fieldgate Paddock has been removed from the policy and the map, and the "
                              "spaces renumbered LGS1 to LGS5."),
        ("PM3", "Policy D2", "Accepted with amendment. Policy D2 now reads \"should demonstrate how the design "
                              "responds to the Marston Fettle Design Code\"; the Parish Council asked for stronger "
                              "wording than the examiner's, and the District Council agrees."),
        ("PM4", "Policy T3", "Not accepted. The District Council disagrees with the examiner: the parish's survey of "
                              "on-street parking, submitted late, supports local standards. Policy T3 is retained, and "
                              "the Council will invite representations on this decision for six weeks."),
        ("PM5", "Policy S1", "Accepted. A new inset map 3A shows the settlement boundary at the scale "
                              "recommended."),
        ("PM6", "Local Plan", "Noted. This is not a modification to the plan. The housing requirement for the "
                              "village will be looked at when the Local Plan review begins in 2027."),
        ("C1", "Whole plan", "Council modification: paragraph numbers and cross-references updated throughout "
                             "following the changes above."),
    ]
    trs = "".join(f"<tr><td><b>{a}</b></td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    body = f"""
<p class='meta'>ASHCOMBE DISTRICT COUNCIL &#183; PLANNING POLICY &#183; Council Offices, Mill Road, Ashcombe</p>
<h1>Marston Fettle Neighbourhood Development Plan: Decision Statement</h1>
<p class='meta'>Neighbourhood Planning (General) Regulations 2012, regulation 18 &#183; Published 8 December 2025</p>
<h2>1. Summary</h2>
<p>Following the independent examination of the Marston Fettle Neighbourhood Development Plan, Ashcombe District
Council has considered each of the examiner's recommendations and the reasons for them, in consultation with Marston
Fettle Parish Council. This statement sets out the Council's decisions, as approved by the Cabinet Member for
Planning on 2 December 2025.</p>
<h2>2. Decisions on the examiner's recommendations</h2>
<table width='100%' cellpadding='4' cellspacing='0' border='1' bordercolor='#8899aa'>
<tr bgcolor='#dde5ee'><td width='10%'><b>Ref.</b></td><td width='17%'><b>Policy / section</b></td>
<td width='73%'><b>Council's decision and reasons</b></td></tr>
{trs}
</table>
<h2>3. Referendum</h2>
<p>Subject to the outcome of the consultation on Policy T3, the District Council intends that a referendum be held in
the parish of Marston Fettle on 19 March 2026. The referendum area will be the neighbourhood area.</p>
<p>Copies of this statement, the examiner's report and the plan as modified can be seen at the Council Offices and at
Marston Fettle village hall.</p>
<p><i>Hugh Penrose-Adeyemi, Planning Policy Manager</i></p>
"""
    return doc(body, "Liberation Sans", "#34511f", "10pt", "9.5pt")


def main():
    tmp = tempfile.mkdtemp(prefix="blind130en_lo_out_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.soffice_pdf(src, tmp)
        shutil.move(os.path.join(tmp, f"{NAME}_{kind}.pdf"), H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Marston Fettle Neighbourhood Plan - Examiner's Report",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="Ashcombe District Council - Decision Statement",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "Modify Policy H1 so that the local connection requirement applies",
         "reply_contains": "now applies to affordable homes on rural exception sites only", "verdict": "agrees"},
        {"number": 2, "starts_with": "Delete Fieldgate Paddock from Policy E1 and from the",
         "reply_contains": "Fieldgate Paddock has been removed from the policy", "verdict": "agrees"},
        {"number": 3, "starts_with": "Replace the words \"will not be permitted\" in Policy D2",
         "reply_contains": "asked for stronger wording than the examiner's", "verdict": "partly"},
        {"number": 4, "starts_with": "Delete Policy T3 and its supporting text, paragraphs 7.8",
         "reply_contains": "The District Council disagrees with the examiner", "verdict": "disagrees"},
        {"number": 5, "starts_with": "Show the settlement boundary on an inset map at a",
         "reply_contains": "A new inset map 3A shows the settlement boundary", "verdict": "agrees"},
        {"number": 6, "starts_with": "The District Council should consider, in its forthcoming Local Plan",
         "reply_contains": "will be looked at when the Local Plan review begins",
         "verdict": "noted"},
        {"number": 7, "starts_with": "Correct the number of listed buildings and the date",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["paragraph numbers and cross-references updated throughout",
                 "a referendum be held in the parish of Marston Fettle on 19 March 2026",
                 "approved by the Cabinet Member for Planning on 2 December 2025"]
    notes = ("Advice: an independent EXAMINER'S REPORT on a parish NEIGHBOURHOOD DEVELOPMENT PLAN in NUMBERED "
             "PARAGRAPHS 1.1-6.3. The seven recommendations are recommended modifications CODED PM1-PM7 in shaded "
             "two-column boxes after the paragraphs that reason them; PM6 is a suggestion to the district council "
             "('should consider ...'), not a modification. Traps: the basic conditions paraphrased ('must') in a "
             "numbered list of four, paragraphs finding 'No modification is needed' (H2, C1), a representation "
             "quoted ('the plan should allocate land north of Church Lane', no recommendation), the referendum area "
             "finding, a closing naming 'PM1, PM3 and PM4'. Response: the district council's DECISION STATEMENT, a "
             "ruled TABLE with a 'Ref.' column in code order: PM1 Accepted (agrees), PM2 Accepted (agrees), PM3 "
             "'Accepted with amendment', different wording (partly), PM4 'Not accepted', Policy T3 retained "
             "(disagrees), PM5 Accepted (agrees), PM6 'Noted', to the Local Plan review in 2027 (noted); PM7 "
             "(factual corrections in chapter 2) has no row (unanswered). The summary, the council's own "
             "modification row 'C1' and the referendum section answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
