"""Round 69 (EN): an NHS CLINICAL SENATE INDEPENDENT CLINICAL REVIEW (genre of the clinical senates' reviews of
proposals for service change in England, asked for by a commissioner before NHS England's assurance: review
details, a summary of advice with a numbered list of recommendations, 'further observations' that are not
recommendations, the terms of reference as numbered questions, the four tests, and the panel's findings) and
the INTEGRATED CARE BOARD'S BOARD PAPER answering it (a cover sheet with the board's own 'Recommendation: The
Board is asked to: a) NOTE ... b) APPROVE ...', then numbered sections 1-6, the replies grouped by theme in
section 3 with an 'ICB position:' label before each).
Advice: South Coast Clinical Senate, 'Independent clinical review: proposed reconfiguration of hyper-acute stroke
services in Wessex Vale', final report, 12 May 2026, A4, 3 p.: a review details table, the Senate Chair's
foreword (paraphrase), '2 Summary of advice' with recommendations 1.-7. ('The ICB should ...', the only place
where they stand) and 'Further observations' bullets ('The Panel suggests that the ICB may wish to ...'), the
terms of reference as four numbered questions, the four tests as bullets ('must demonstrate'), the National
Clinical Guideline for Stroke quoted ('should be admitted'), the Senate's 2021 advice quoted, a travel-time
table, findings with 'should', and next steps ('asks to be informed').
Response: NHS Wessex Vale Integrated Care Board, board meeting in public, 2 July 2026, agenda item 9, 3 p.: cover
sheet table with the board's own lettered 'Recommendation', sections 1 Purpose, 2 Background, 3 Response to the
Clinical Senate's recommendations (3.1 recommendation 3, 3.2 recommendation 1, 3.3 recommendations 2 AND 6 with
'Recommendation 2 accepted; recommendation 6 noted.', 3.4 recommendation 5, 3.5 recommendation 4), 4 Financial
implications, 5 Equality and quality impact, 6 Next steps; recommendation 7 is not answered.
LibreOffice Writer headless from HTML (--infilter="HTML (StarWriter)"), Liberation Sans, header and page
numbers stamped with PyMuPDF. NHS England, clinical senates, integrated care boards, the four tests and the
National Clinical Guideline for Stroke are real; the South Coast Clinical Senate, Wessex Vale, the hospitals,
trusts, people and figures are invented, and what is said about the guidance is not to be relied on.

Run:  /tmp/blind69en/bin/python tests/docs/src/blind69/gen_en_clinical_senate_libreoffice.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b69en as H

NAME = "blind69_en_clinical_senate"
TMP = "/tmp/blind69en_clinical_senate"

RECS = [
    "The ICB should model ambulance conveyance times from the most rural parts of Wessex Vale, including Ashby "
    "Forest and the Marl Valley, before the proposal goes to public consultation.",
    "The ICB should set out how the hyper-acute stroke unit at Kingsmead will be staffed by stroke consultants "
    "24 hours a day, seven days a week, with a realistic recruitment timetable.",
    "The ICB should commission an independent assessment of the impact of the proposal on the emergency "
    "department at Portlow General Hospital.",
    "The ICB should ensure that early supported discharge is available in all three places before the new "
    "model of care goes live.",
    "The ICB should agree a repatriation protocol so that patients return to their local hospital within 72 "
    "hours of the end of their hyper-acute care.",
    "The ICB should develop a single stroke workforce plan across the two acute trusts, including the training "
    "of advanced clinical practitioners.",
    "The ICB should involve stroke survivors with aphasia in the design of the consultation, and produce all "
    "consultation materials in an accessible format.",
]
BLUE = "#005eb8"
CSS = """
@page { size: 210mm 297mm; margin: 20mm 19mm 20mm 19mm; }
p { font-family: 'Liberation Sans'; font-size: 9.8pt; margin-top: 0; margin-bottom: 5pt; }
td { vertical-align: top; }
.org { font-family: 'Liberation Sans'; font-size: 10pt; font-weight: bold; color: #005eb8; margin-bottom: 1pt; }
.kind { font-family: 'Liberation Sans'; font-size: 9pt; color: #425563; margin-bottom: 10pt; }
.tit { font-family: 'Liberation Sans'; font-size: 18pt; font-weight: bold; color: #003087; margin-bottom: 3pt; }
.st { font-family: 'Liberation Sans'; font-size: 10.5pt; margin-bottom: 9pt; }
.h1 { font-family: 'Liberation Sans'; font-size: 13pt; font-weight: bold; color: #005eb8; margin-top: 9pt; margin-bottom: 4pt; }
.h2 { font-family: 'Liberation Sans'; font-size: 10.5pt; font-weight: bold; margin-top: 6pt; margin-bottom: 3pt; }
.cell { font-family: 'Liberation Sans'; font-size: 8.8pt; margin-bottom: 1pt; }
.cap { font-family: 'Liberation Sans'; font-size: 8.8pt; font-weight: bold; margin-bottom: 2pt; }
.q { font-family: 'Liberation Sans'; font-size: 9.6pt; font-style: italic; margin-left: 10mm; margin-right: 10mm; }
.rc { font-family: 'Liberation Sans'; font-size: 9.8pt; margin-bottom: 3pt; }
.pos { font-family: 'Liberation Sans'; font-size: 9.8pt; font-weight: bold; color: #003087; margin-bottom: 3pt; }
"""


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" + body +
            "</body></html>")


def table(rows, widths, head=True, shade_first_col=False):
    h = ["<table width='100%' cellpadding='4' cellspacing='0' border='1' bordercolor='#aeb7bd'>"]
    h.append("<colgroup>" + "".join("<col width='%d*'>" % w for w in widths) + "</colgroup>")
    for i, r in enumerate(rows):
        h.append("<tr>")
        if len(r) == 4 and r[2] == "" and r[3] == "":
            h.append("<td bgcolor='#e8edee'><p class='cell'><b>%s</b></p></td><td colspan='3'><p class='cell'>%s</p>"
                     "</td></tr>" % (r[0], r[1]))
            continue
        for j, c in enumerate(r):
            if head and i == 0:
                h.append("<td bgcolor='%s'><p class='cell' style='color:#ffffff'><b>%s</b></p></td>" % (BLUE, c))
            elif shade_first_col and j == 0:
                h.append("<td bgcolor='#e8edee'><p class='cell'><b>%s</b></p></td>" % c)
            else:
                h.append("<td><p class='cell'>%s</p></td>" % c)
        h.append("</tr>")
    h.append("</table>")
    return "".join(h)


def advice():
    b = ["<p class='org'>South Coast Clinical Senate</p>",
         "<p class='kind'>Independent clinical review  |  Final report</p>",
         "<p class='tit'>Proposed reconfiguration of hyper-acute stroke services in Wessex Vale</p>",
         "<p class='st'>Review requested by NHS Wessex Vale Integrated Care Board  |  12 May 2026</p>",
         table([["Clinical Senate Chair", "Dr Ruth Amberley"], ["Review Panel Chair", "Professor Iain Dowsett, "
                "consultant stroke physician"], ["Panel", "11 members, none employed in Wessex Vale"],
                ["Panel meeting", "17 April 2026, with site visits on 9 and 10 April"]], [30, 70], head=False,
               shade_first_col=True),
         "<p class='h1'>1 Foreword</p>",
         "<p>Clinical senates give independent clinical advice to commissioners on proposals for major service "
         "change. This report sets out the Review Panel's advice on the ICB's proposal to concentrate hyper-acute "
         "stroke care on two sites. The Panel has made seven recommendations, which address travel times, "
         "staffing, the knock-on effect on Portlow General Hospital, rehabilitation and engagement. I am "
         "grateful to the clinicians and patients who gave their time to the Panel.</p>",
         "<p class='h1'>2 Summary of advice</p>",
         "<p>The Panel supports the clinical case for moving from three acute stroke units to two hyper-acute "
         "stroke units at Kingsmead Hospital and St Aldhelm's Hospital. It considers that the proposal would "
         "improve outcomes for most patients, provided that the following recommendations are addressed.</p>",
         "<p class='h2'>Recommendations</p>",
         "<table width='100%' cellpadding='2' cellspacing='0' border='0'><colgroup><col width='6*'><col width='94*'>"
         "</colgroup>"]
    for i, r in enumerate(RECS, 1):
        b.append("<tr><td valign='top'><p class='rc'><b>%d.</b></p></td><td valign='top'><p class='rc'>%s</p>"
                 "</td></tr>" % (i, r))
    b += ["</table>",
          "<p class='h2'>Further observations</p>",
          "<p>The following points are not formal recommendations:</p>",
          "<ul><li><p>The Panel suggests that the ICB may wish to consider a telemedicine link between Portlow's "
          "emergency department and the hyper-acute units.</p></li>"
          "<li><p>The Panel noted the strong support for the proposal among stroke clinicians in all three "
          "hospitals.</p></li></ul>",
          "<p class='h1'>3 Background and scope</p>",
          "<p>Stroke care in Wessex Vale is currently provided by acute stroke units at Kingsmead Hospital, St "
          "Aldhelm's Hospital and Portlow General Hospital. Only Kingsmead admits patients around the clock, and "
          "none of the three units meets the national standards for hyper-acute care at weekends. Under the "
          "proposal, Portlow General Hospital would stop admitting patients with a suspected stroke.</p>",
          "<p>The ICB asked the Panel four questions:</p>",
          "<ol><li><p>Is there a clear clinical evidence base for the proposed model?</p></li>"
          "<li><p>Can the proposed units be staffed safely?</p></li>"
          "<li><p>What would be the impact on other services, including emergency departments?</p></li>"
          "<li><p>Have patients and clinicians been involved in developing the proposal?</p></li></ol>",
          "<p>NHS England's guidance on service change states that proposals must demonstrate that they meet "
          "the four tests:</p>",
          "<ul><li><p>strong public and patient engagement;</p></li>"
          "<li><p>consistency with current and prospective need for patient choice;</p></li>"
          "<li><p>a clear, clinical evidence base; and</p></li>"
          "<li><p>support for the proposals from clinical commissioners.</p></li></ul>",
          "<p class='h1'>4 Findings of the Panel</p>",
          "<p class='h2'>4.1 Clinical evidence</p>",
          "<p>The National Clinical Guideline for Stroke states that patients with a suspected acute stroke "
          "should be admitted directly to a hyper-acute stroke unit and assessed by a stroke specialist without "
          "delay. The evidence from reconfigurations elsewhere in England is that concentrating care on fewer "
          "sites reduces mortality, provided that travel times remain acceptable.</p>",
          "<p class='h2'>4.2 Travel times</p>",
          "<p>The ICB's modelling uses average travel times by car. The Panel was concerned that this understates "
          "the time from a call to arrival for patients in the most rural areas.</p>",
          "<p class='cap'>Table 1: Median time from call to arrival at hospital (minutes), ICB modelling</p>",
          table([["Place", "Current", "Proposed"], ["Kingsmead and district", "38", "38"],
                 ["St Aldhelm's and the coast", "44", "44"], ["Portlow and the Marl Valley", "41", "63"]],
                [50, 25, 25]),
          "<p></p>",
          "<p class='h2'>4.3 Workforce</p>",
          "<p>There are 9.4 whole-time equivalent stroke consultants across the three hospitals, against 14 needed "
          "for two hyper-acute units. In 2021 the Senate advised that \"a reduction to two units should only be "
          "considered once the workforce gaps have been closed\". The gaps have narrowed but not closed, and the "
          "Panel heard that the consultant rota at Kingsmead should be seen as fragile.</p>",
          "<p class='h2'>4.4 Impact on other services</p>",
          "<p>Portlow General Hospital would continue to receive patients whose stroke is not recognised by the "
          "ambulance crew, and patients with stroke mimics. Its emergency department staff told the Panel that "
          "they had not been involved in the modelling.</p>",
          "<p class='h2'>4.5 Rehabilitation and engagement</p>",
          "<p>Early supported discharge is available in two of the three places. Patients who are repatriated "
          "for rehabilitation currently wait a median of five days for a bed in their local hospital. The Panel "
          "met four stroke survivors, two of whom have aphasia; they described the ICB's engagement materials as "
          "hard to follow.</p>",
          "<p class='h1'>5 Next steps</p>",
          "<p>The Senate asks to be informed of the ICB's response to this report, and will share the report "
          "with NHS England's regional assurance team.</p>"]
    return page("".join(b))


def response():
    b = ["<p class='org' style='text-align:right'>NHS Wessex Vale Integrated Care Board</p>",
         "<p class='kind' style='text-align:right'>Board meeting in public</p>",
         table([["Meeting date", "2 July 2026", "Agenda item", "9"],
                ["Report title", "Hyper-acute stroke services: response to the Clinical Senate review", "", ""],
                ["Executive lead", "Dr Kofi Brennan-Asare, Chief Medical Officer", "Purpose", "Decision"],
                ["Recommendation", "The Board is asked to: a) NOTE the final report of the South Coast Clinical "
                 "Senate; b) APPROVE the ICB's response to the Senate's recommendations set out in section 3; c) "
                 "AGREE that public consultation begins on 5 October 2026, subject to NHS England's stage 2 "
                 "assurance.", "", ""],
                ["Conflicts of interest", "None identified", "Previously considered by", "Executive Committee, "
                 "16 June 2026"]], [18, 42, 18, 22], head=False, shade_first_col=True),
         "<p class='h1'>1. Purpose</p>",
         "<p>This paper sets out the ICB's response to the independent clinical review of the proposed "
         "reconfiguration of hyper-acute stroke services, carried out by the South Coast Clinical Senate, and "
         "asks the Board to approve it.</p>",
         "<p class='h1'>2. Background</p>",
         "<p>The Board approved the pre-consultation business case for a two-site model of hyper-acute stroke "
         "care in January 2026 and asked the Clinical Senate for an independent review, as NHS England's "
         "assurance process requires. The Senate's final report was received on 12 May 2026. Its overall "
         "conclusion is that the clinical case for change is strong.</p>",
         "<p class='h1'>3. Response to the Clinical Senate's recommendations</p>",
         "<p>The Senate made seven recommendations. The ICB's response to each is set out below, grouped by "
         "theme.</p>",
         "<p class='h2'>3.1 Portlow General Hospital (Senate recommendation 3)</p>",
         "<p class='pos'>ICB position: Accepted in part.</p>",
         "<p>The ICB agrees that the effect on Portlow's emergency department must be understood before a "
         "decision is made. The assessment will, however, be carried out by the joint clinical modelling group "
         "of the two acute trusts, with emergency department clinicians from Portlow as members, rather than by "
         "an external body; its findings will be reviewed by the regional urgent and emergency care team.</p>",
         "<p class='h2'>3.2 Travel times (Senate recommendation 1)</p>",
         "<p class='pos'>ICB position: Accepted.</p>",
         "<p>The ambulance service has modelled call-to-door times for 14 rural localities, including Ashby "
         "Forest and the Marl Valley, using its own response data for 2024 and 2025. The results are at Appendix "
         "B. The start of consultation has been moved from July to October so that they can be included in the "
         "consultation document.</p>",
         "<p class='h2'>3.3 Workforce (Senate recommendations 2 and 6)</p>",
         "<p class='pos'>ICB position: Recommendation 2 accepted; recommendation 6 noted.</p>",
         "<p>Kingsmead Hospital NHS Trust has agreed a plan to recruit four additional stroke consultants by "
         "April 2028, and a consultant will be on site or on call for the hyper-acute unit at all times from the "
         "first day of the new model; the rota has been reviewed by the regional stroke network. A single "
         "workforce plan across both trusts is a matter for the Wessex Vale Provider Collaborative, whose board "
         "will consider the Senate's proposal at its September meeting.</p>",
         "<p class='h2'>3.4 Repatriation (Senate recommendation 5)</p>",
         "<p class='pos'>ICB position: Accepted.</p>",
         "<p>The medical directors of the three trusts signed a repatriation protocol on 16 June 2026. It sets a "
         "standard of 72 hours, and performance against it will be reported to the ICB's Quality Committee every "
         "month.</p>",
         "<p class='h2'>3.5 Early supported discharge (Senate recommendation 4)</p>",
         "<p class='pos'>ICB position: Not accepted.</p>",
         "<p>Early supported discharge will be extended to the Marl Valley in 2028, when the community therapy "
         "team is fully staffed. The ICB does not consider it right to hold back the benefits of hyper-acute "
         "care for the whole population until then, and the new model will go live as planned in April 2027.</p>",
         "<p class='h1'>4. Financial implications</p>",
         "<p>The response adds £1.9 million a year to the recurrent cost of the proposal, mainly for consultant "
         "posts. This is within the envelope agreed in the medium-term financial plan.</p>",
         "<p class='h1'>5. Equality and quality impact</p>",
         "<p>The equality and quality impact assessment has been updated to reflect the travel-time modelling. "
         "The main impact remains on older people living in rural areas, which the repatriation protocol will "
         "help to mitigate.</p>",
         "<p class='h1'>6. Next steps</p>",
         "<p>Subject to the Board's approval, this response will be sent to the Clinical Senate and published "
         "on the ICB's website. The stage 2 assurance meeting with NHS England is scheduled for 8 September "
         "2026.</p>"]
    return page("".join(b))


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.soffice_pdf(src, TMP)
        os.replace(os.path.join(TMP, NAME + "_" + part + ".pdf"), H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), header="South Coast Clinical Senate  |  Hyper-acute stroke services in "
            "Wessex Vale", footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), footer="Board meeting in public, 2 July 2026  |  Item 9  |  {n}")
    sw = lambda k, n=12: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "The ambulance service has modelled call-to-door times for 14 rural localities",
         "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "has agreed a plan to recruit four additional stroke consultants",
         "verdict": "agrees"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "rather than by an external body",
         "verdict": "partly"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "does not consider it right to hold back the benefits",
         "verdict": "disagrees"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "signed a repatriation protocol on 16 June 2026",
         "verdict": "agrees"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "is a matter for the Wessex Vale Provider Collaborative",
         "verdict": "noted"},
        {"number": "7", "starts_with": sw(7), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, [
        "This paper sets out the ICB's response to the independent clinical review",
        "approved the pre-consultation business case for a two-site model",
        "adds £1.9 million a year to the recurrent cost",
        "The equality and quality impact assessment has been updated",
        "The stage 2 assurance meeting with NHS England is scheduled",
    ], "Advice: an NHS clinical senate's independent clinical review of a proposed stroke reconfiguration. The "
       "seven recommendations stand ONLY in '2 Summary of advice' under the sub-heading 'Recommendations', as a "
       "numbered list 1.-7. in a borderless two-column table (bold numbers in the left cell), each 'The ICB "
       "should ...'. Traps: a review details table, the foreword's paraphrase ('The Panel has made seven "
       "recommendations, which address ...'), 'Further observations' bullets introduced as 'not formal "
       "recommendations' ('The Panel suggests that the ICB may wish to consider ...'), the ICB's four questions "
       "as a numbered list 1.-4., NHS England's four tests ('proposals must demonstrate') as bullets, the "
       "National Clinical Guideline for Stroke ('should be admitted directly'), the Senate's 2021 advice quoted "
       "('should only be considered once the workforce gaps have been closed'), a travel-time table, 'should be "
       "seen as fragile', and '5 Next steps' ('The Senate asks to be informed'). Response: an ICB board paper: a "
       "cover sheet table whose 'Recommendation' row is the BOARD's ('The Board is asked to: a) NOTE ... b) "
       "APPROVE ... c) AGREE ...'), then sections 1.-6.; in section 3 sub-sections by theme naming the "
       "recommendations in brackets, each with a bold 'ICB position:' line, in the order 3, 1, 2+6, 5, 4: 3.1 "
       "'Accepted in part.', assessment by the trusts' own modelling group 'rather than by an external body' (3 "
       "partly); 3.2 'Accepted.', conveyance modelling done and consultation moved (1 agrees); 3.3 ONE "
       "sub-section 'Workforce (Senate recommendations 2 and 6)' with 'Recommendation 2 accepted; "
       "recommendation 6 noted.': consultant recruitment and cover (2 agrees), the single workforce plan 'a "
       "matter for the Wessex Vale Provider Collaborative' (6 noted); 3.4 'Accepted.', protocol signed (5 "
       "agrees); 3.5 'Not accepted.', go-live not held back for early supported discharge (4 disagrees); 7 "
       "(stroke survivors with aphasia, accessible materials) unanswered. Unmatched: sections 1 (Purpose), 2 "
       "(Background), 4 (Financial implications), 5 (Equality and quality impact) and 6 (Next steps); the cover "
       "sheet's own 'Recommendation' is the board's, not a reply.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
