"""Round 63 (EN): a regional civil-aviation SAFETY OVERSIGHT AUDIT REPORT (genre of the audits of a State's
oversight system by protocol questions and audit areas, findings coded by area) and the STATE'S CORRECTIVE ACTION
PLAN (CAP) submitted in reply.
Advice: Regional Aviation Safety Oversight Organisation (RASOO), 'Safety Oversight Audit of the Republic of
Marendia - Final Report', 3 p.: 1. Introduction (the State 'is required to submit a corrective action plan'),
2. Audit results with an effective-implementation table by audit area, 3. Findings and recommendations, one
shaded box per finding coded 'LEG/01', 'ORG/01', 'PEL/01', 'PEL/02', 'OPS/01', 'OPS/02', 'AIR/01', 'AGA/01',
each with 'PQ reference', a 'Finding:' paragraph and a 'Recommendation:' paragraph - except OPS/02 (resolved
during the audit: no recommendation); an 'Observation OBS/01' box that is not a finding; 4. Next steps.
Response: the Civil Aviation Authority of Marendia's CAP: cover letter, 'General comments', then one ruled
table 'Finding | State position | Corrective action | Responsible | Target date' in the order ORG/01,
PEL/01+PEL/02 (one row, two positions), AIR/01, AGA/01, LEG/01, OBS/01; OPS/01 has no row.
Traps: the Annex 19 standard quoted ('shall establish'), the 2019 audit's recommendation quoted, findings that
say 'should have', 'The State may wish to consider' in the observation, the 60-day CAP duty, OPS/02 with 'No
recommendation', the EI table. reportlab platypus, A4, cleaned Liberation Sans; invariant=1. All content is
invented (RASOO, Marendia, its Authority, airports, people and figures); the Chicago Convention and its Annexes
are real, but what is said about them is not to be relied on.

Run:  /tmp/blind63en/bin/python tests/docs/src/blind63/gen_en_aviation_cap_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b63en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, KeepTogether

NAME = "blind63_en_aviation_cap"
for nm, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
              ("LSI", "LiberationSans-Italic.ttf"), ("LSBI", "LiberationSans-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")

BLUE = colors.HexColor("#1f3f73")
BODY = ParagraphStyle("b", fontName="LS", fontSize=10, leading=13.5, spaceAfter=6)
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=12, leading=16, textColor=BLUE, spaceBefore=8, spaceAfter=5)
TIT = ParagraphStyle("tit", fontName="LSB", fontSize=18, leading=23, textColor=BLUE, spaceAfter=6)
SUB = ParagraphStyle("sub", fontName="LS", fontSize=10.5, leading=14, spaceAfter=4)
CELL = ParagraphStyle("cell", fontName="LS", fontSize=8.8, leading=11.2)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="LSB")
CELLH = ParagraphStyle("cellh", parent=CELL, fontName="LSB", textColor=colors.white)
BOXP = ParagraphStyle("bx", parent=BODY, fontSize=9.5, leading=12.8, spaceAfter=4)

RECS = {
    "LEG/01": "Marendia should amend the Civil Aviation Act 2011 so that the CAAM has the power to suspend or "
              "revoke certificates and to impose administrative penalties without first referring the case to "
              "the Minister.",
    "ORG/01": "Marendia should recruit sufficient qualified inspectors to fill the 14 vacant posts in the "
              "CAAM's Flight Standards Directorate and establish a salary scale for technical staff that is "
              "separate from the general civil service scale.",
    "PEL/01": "The CAAM should establish a documented procedure for the designation, training and surveillance "
              "of designated medical examiners.",
    "PEL/02": "The CAAM should ensure that the language proficiency of pilots and air traffic controllers is "
              "assessed by a testing body that is independent of the training organisation.",
    "OPS/01": "The CAAM should plan the surveillance of air operators on the basis of safety risk, carry it out "
              "in accordance with an annual programme and keep records of each inspection and its follow-up.",
    "AIR/01": "The CAAM should develop and implement a procedure for the review and approval of aircraft "
              "maintenance programmes, including amendments proposed by operators.",
    "AGA/01": "Marendia should ensure that the runway end safety areas at Port Laran International Airport meet "
              "the minimum dimensions or that mitigation measures approved by the CAAM are in place.",
}
FINDINGS = [
    ("LEG/01", "Primary aviation legislation", "1.023",
     "Under the Civil Aviation Act 2011 the CAAM may only recommend the suspension of a certificate to the "
     "Minister. In the two cases reviewed the decision took 7 and 11 months. Enforcement action should have "
     "been taken within days."),
    ("ORG/01", "Qualified technical personnel", "2.103",
     "Of 31 inspector posts in the Flight Standards Directorate, 14 were vacant. Four inspectors left for "
     "industry in 2025. Salaries are set on the general civil service scale and are less than half those "
     "offered by operators."),
    ("PEL/01", "Designated medical examiners", "3.211",
     "The CAAM has designated nine medical examiners. There is no procedure for their selection, training or "
     "surveillance, and none of the nine had been visited since designation."),
    ("PEL/02", "Language proficiency testing", "3.245",
     "Language proficiency tests for pilots are conducted by the flight training organisation that trained "
     "the candidate. The 2019 audit recommended that \"the CAAM should approve an independent testing "
     "service\"; the CAAM informed the audit team that this was under review."),
    ("OPS/01", "Surveillance of air operators", "4.301",
     "The CAAM carried out 23 inspections of its five air operators in 2025, but there was no surveillance "
     "programme and no record of follow-up for 16 of them."),
    ("OPS/02", "Operations manual acceptance", "4.117",
     "Two operations manual amendments had been accepted without a checklist. The CAAM issued a checklist "
     "during the on-site activity and the finding was resolved. No recommendation is made."),
    ("AIR/01", "Maintenance programmes", "5.093",
     "There is no procedure for approving maintenance programmes. Amendments submitted by operators are "
     "filed without technical review."),
    ("AGA/01", "Runway end safety areas", "8.405",
     "The runway end safety area at the southern end of runway 17/35 at Port Laran International Airport is "
     "60 metres long, against a minimum of 90 metres."),
]


def P(t, s=BODY):
    return Paragraph(t, s)


def deco_adv(c, doc):
    c.saveState()
    c.setFont("LS", 7.5)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(20 * mm, 287 * mm, "RASOO  -  Safety Oversight Audit of the Republic of Marendia  -  Final Report")
    c.drawRightString(190 * mm, 287 * mm, "RESTRICTED")
    c.drawCentredString(105 * mm, 10 * mm, "- %d -" % doc.page)
    c.restoreState()


def deco_rsp(c, doc):
    c.saveState()
    c.setFont("LS", 7.5)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(15 * mm, 10 * mm, "CAAM  |  CAP/RASOO/2025-11  |  Revision 0  |  16 April 2026")
    c.drawRightString(195 * mm, 10 * mm, "Page %d of 1" % doc.page)
    c.restoreState()


def finding_box(code, title, pq, text):
    rows = [[P("<b>Finding %s</b>  -  %s" % (code, title), BOXP)],
            [P("<i>PQ reference:</i> %s" % pq, BOXP)],
            [P("<b>Finding:</b> " + text, BOXP)]]
    if code in RECS:
        rows.append([P("<b>Recommendation:</b> " + RECS[code], BOXP)])
    return Table(rows, colWidths=[170 * mm], style=[
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f1")),
        ("BACKGROUND", (0, 1), (-1, -1), colors.HexColor("#f3f6fb")),
        ("BOX", (0, 0), (-1, -1), 0.7, BLUE), ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])


def advice(path):
    s = [P("Regional Aviation Safety Oversight Organisation (RASOO)", SUB),
         P("Safety Oversight Audit of the Republic of Marendia", TIT),
         P("Final Report  -  Audit conducted 3 to 12 November 2025  -  Report date 20 February 2026", SUB),
         Spacer(1, 4),
         P("1. Introduction", H1),
         P("1.1 The audit was carried out under the Memorandum of Understanding between RASOO and the Republic of "
           "Marendia of 2022. The audit team of five assessed the State's capability for safety oversight in "
           "six audit areas, using 412 protocol questions (PQs)."),
         P("1.2 Annex 19 to the Convention on International Civil Aviation, Standard 3.1.1, provides that "
           "\"Each State shall establish a State Safety Programme for the management of safety in the State.\" "
           "The audit did not cover the State Safety Programme, which will be assessed in 2027."),
         P("1.3 Under the Memorandum of Understanding, the State is required to submit a corrective action plan "
           "for each finding within 60 days of receiving this report."),
         P("2. Audit results", H1),
         P("2.1 The overall effective implementation (EI) of the critical elements of a safety oversight system "
           "in Marendia is 61.4 per cent. Results by audit area are shown in the table below.")]
    rows = [["Audit area", "PQs assessed", "Satisfactory", "EI (%)"],
            ["LEG - Primary legislation and regulations", "38", "27", "71.1"],
            ["ORG - Civil aviation organisation", "22", "12", "54.5"],
            ["PEL - Personnel licensing", "61", "40", "65.6"],
            ["OPS - Aircraft operations", "97", "55", "56.7"],
            ["AIR - Airworthiness", "108", "70", "64.8"],
            ["AGA - Aerodromes and ground aids", "86", "49", "57.0"]]
    t = Table([[P(x, CELLH) for x in rows[0]]] + [[P(x, CELL) for x in r] for r in rows[1:]],
              colWidths=[80 * mm, 28 * mm, 28 * mm, 24 * mm], hAlign="LEFT", style=[
                  ("BACKGROUND", (0, 0), (-1, 0), BLUE), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                  ("VALIGN", (0, 0), (-1, -1), "TOP")])
    s += [t, Spacer(1, 6),
          P("3. Findings and recommendations", H1),
          P("3.1 Each finding below identifies a protocol question that was not satisfactorily implemented. A "
            "recommendation follows each finding unless the finding was resolved during the audit.")]
    for f in FINDINGS:
        s += [KeepTogether([finding_box(*f)]), Spacer(1, 5)]
    obs = Table([[P("<b>Observation OBS/01</b>  -  not a finding", BOXP)],
                 [P("The CAAM's website does not publish the list of certificated operators. The State may wish "
                    "to consider publishing it, as most States in the region do.", BOXP)]],
                colWidths=[170 * mm], style=[("BOX", (0, 0), (-1, -1), 0.7, colors.grey),
                                             ("LEFTPADDING", (0, 0), (-1, -1), 6)])
    s += [obs, Spacer(1, 4),
          P("4. Next steps", H1),
          P("4.1 RASOO will assess the corrective action plan and may carry out a validation mission to verify "
            "its implementation. The EI will be updated when corrective actions have been validated."),
          P("4.2 The audit team thanks the Director General and the staff of the CAAM for their cooperation.")]
    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                          bottomMargin=18 * mm, invariant=1, title="Safety Oversight Audit of Marendia",
                          author="RASOO")
    d.build(s, onFirstPage=deco_adv, onLaterPages=deco_adv)


def response(path):
    s = [P("CIVIL AVIATION AUTHORITY OF MARENDIA", ParagraphStyle("o", parent=SUB, fontName="LSB", textColor=BLUE)),
         P("Office of the Director General  |  Aviation House, Port Laran", SUB),
         Spacer(1, 6),
         P("Ref: CAAM/DG/114/2026  -  16 April 2026", BODY),
         P("The Executive Director<br/>Regional Aviation Safety Oversight Organisation", BODY),
         P("<b>Corrective Action Plan - RASOO Safety Oversight Audit of November 2025</b>", BODY),
         P("Dear Executive Director,", BODY),
         P("Please find below the corrective action plan of the Republic of Marendia in response to the Final "
           "Report of 20 February 2026. The plan was approved by the Minister of Transport on 10 April 2026. The "
           "CAAM thanks the audit team for a thorough and constructive audit."),
         P("<b>General comments</b>", BODY),
         P("The CAAM is encouraged that the overall EI has risen from 48.2 per cent at the 2019 audit. A new "
           "Director of Flight Standards took office in January 2026, and a quality manager now tracks every "
           "corrective action monthly.")]
    rows = [
        ("ORG/01", "Accepted in part",
         "The Ministry of Finance has approved 10 new inspector posts, and recruitment of 8 inspectors will be "
         "completed by December 2026. A separate salary scale for technical staff cannot be introduced outside "
         "the 2027 civil service pay reform; a retention allowance of 30 per cent will be paid instead.",
         "DG / HR", "Dec 2026"),
        ("PEL/01<br/>PEL/02", "PEL/01: Accepted<br/>PEL/02: Not accepted",
         "A procedure for the designation, training and surveillance of medical examiners (CAAM-PEL-07) was "
         "issued on 2 March 2026, and all nine examiners will be audited this year. The CAAM does not agree that "
         "testing by the training organisation compromises the result: tests are recorded and a CAAM inspector "
         "reviews a sample of 20 per cent. The present arrangement will therefore continue.",
         "Licensing", "Jun 2026"),
        ("AIR/01", "Accepted",
         "Procedure CAAM-AIR-12 for the technical review and approval of maintenance programmes, with a "
         "checklist, was adopted on 15 March 2026. All five operators' programmes will be re-approved under "
         "it.", "Airworthiness", "Sep 2026"),
        ("AGA/01", "Noted",
         "Runway 17/35 is operated by Port Laran Airport Company under a concession. The CAAM has asked the "
         "company to submit a study of options, including declared distances and arresting systems, and will "
         "decide on the action required when it is received.", "Aerodromes", "To be determined"),
        ("LEG/01", "Accepted in part",
         "A bill amending the Civil Aviation Act 2011 will give the Director General power to suspend and "
         "revoke certificates, and is due before Parliament in October 2026. Administrative penalties will "
         "remain a decision of the Minister, on the advice of the CAAM, as required by the Constitution.",
         "Legal Affairs", "Mar 2027"),
        ("OBS/01", "-",
         "Although not a finding, the list of certificated air operators was placed on the CAAM website on "
         "1 April 2026.", "Communications", "Completed"),
    ]
    head = ["Finding", "State position", "Corrective action", "Responsible", "Target date"]
    data = [[P(x, CELLH) for x in head]] + [[P(r[0], CELLB), P(r[1], CELLB), P(r[2], CELL), P(r[3], CELL),
                                             P(r[4], CELL)] for r in rows]
    t = Table(data, colWidths=[17 * mm, 27 * mm, 85 * mm, 28 * mm, 23 * mm], repeatRows=1, hAlign="LEFT",
              style=[("BACKGROUND", (0, 0), (-1, 0), BLUE), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                     ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 4)])
    s += [Spacer(1, 4), t, Spacer(1, 8),
          P("The CAAM will report progress to RASOO every six months and would welcome a validation mission "
            "in the second half of 2027."),
          P("Yours faithfully,"),
          P("Captain Elena Varro<br/>Director General of Civil Aviation")]
    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=16 * mm,
                          bottomMargin=18 * mm, invariant=1, title="Corrective Action Plan", author="CAAM")
    d.build(s, onFirstPage=deco_rsp, onLaterPages=deco_rsp)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=10: " ".join(RECS[k].split()[:n])
    recs = [
        {"number": "LEG/01", "starts_with": sw("LEG/01"),
         "reply_contains": "Administrative penalties will remain a decision of the Minister", "verdict": "partly"},
        {"number": "ORG/01", "starts_with": sw("ORG/01"),
         "reply_contains": "a retention allowance of 30 per cent will be paid instead", "verdict": "partly"},
        {"number": "PEL/01", "starts_with": sw("PEL/01"),
         "reply_contains": "was issued on 2 March 2026, and all nine examiners", "verdict": "agrees"},
        {"number": "PEL/02", "starts_with": sw("PEL/02"),
         "reply_contains": "The present arrangement will therefore continue", "verdict": "disagrees"},
        {"number": "OPS/01", "starts_with": sw("OPS/01"), "reply_contains": None, "verdict": "unanswered"},
        {"number": "AIR/01", "starts_with": sw("AIR/01"),
         "reply_contains": "All five operators' programmes will be re-approved under it", "verdict": "agrees"},
        {"number": "AGA/01", "starts_with": sw("AGA/01"),
         "reply_contains": "will decide on the action required when it is received", "verdict": "noted"},
    ]
    H.write_expected(NAME, recs, [
        "The plan was approved by the Minister of Transport",
        "The CAAM is encouraged that the overall EI has risen",
        "placed on the CAAM website on 1 April 2026",
        "would welcome a validation mission in the second half",
    ], "Advice: regional civil-aviation safety oversight audit report. Recommendations are the 'Recommendation:' "
       "paragraphs inside shaded finding boxes coded by audit area (LEG/01, ORG/01, PEL/01, PEL/02, OPS/01, "
       "AIR/01, AGA/01 - the number is the code); finding OPS/02 has no recommendation ('No recommendation is "
       "made'); 'Observation OBS/01 - not a finding' ('The State may wish to consider publishing it'). Traps: "
       "numbered paragraphs 1.1-4.2, Annex 19 Standard 3.1.1 quoted ('shall establish'), the 2019 audit's "
       "recommendation quoted inside PEL/02's finding ('the CAAM should approve an independent testing "
       "service'), 'Enforcement action should have been taken within days', the 60-day CAP duty, the EI table. "
       "Response: the CAAM's corrective action plan - cover letter, 'General comments', one ruled table "
       "'Finding | State position | Corrective action | Responsible | Target date' in the order ORG/01, "
       "PEL/01+PEL/02, AIR/01, AGA/01, LEG/01, OBS/01: ORG/01 'Accepted in part' (8 inspectors, no separate "
       "scale but a retention allowance: partly); ONE row for PEL/01 'Accepted' (procedure issued: agrees) and "
       "PEL/02 'Not accepted' (testing by the training organisation continues: disagrees); AIR/01 'Accepted' "
       "(agrees); AGA/01 'Noted' (airport company's study awaited: noted); LEG/01 'Accepted in part' (power to "
       "suspend given, penalties stay with the Minister: partly); OPS/01 has no row (unanswered). Unmatched: the "
       "cover letter, 'General comments', the OBS/01 row and the closing paragraph.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
