"""Round 43 (EN): a Gateway Review 3 (Investment Decision) report by the (invented) Government Projects Assurance
Authority on the (invented) Courts and Tribunals Administration's Unified Casework Programme: OFFICIAL-SENSITIVE
marking, review-details table, Delivery Confidence Assessment with its definitions, a 'Summary of report
recommendations' table (Ref. No. | Recommendation | Critical / Essential / Recommended), the urgency definitions
('should take action immediately'), a table of the previous Gate 2 recommendations with their status, and findings
sections 1-5 where each recommendation is repeated in bold. Answered by the Senior Responsible Owner's memo to the
Programme Board with a landscape-free action plan table ordered by workstream. reportlab platypus, A4, cleaned
Liberation fonts, protective marking and folio drawn on the canvas. All content is invented.

Run:  /tmp/blind43en/bin/python tests/docs/src/blind43/gen_en_gateway_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b43en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether

NAME = "blind43_en_gateway"
for nm, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
              ("LSI", "LiberationSans-Italic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSB")

NAVY = colors.HexColor("#1f2a5c")
GREY = colors.HexColor("#e6e8ef")
BODY = ParagraphStyle("b", fontName="LS", fontSize=9.6, leading=13, spaceAfter=5)
CELL = ParagraphStyle("c", fontName="LS", fontSize=8.8, leading=11.4)
CELLB = ParagraphStyle("cb", parent=CELL, fontName="LSB")
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=17, leading=21, spaceAfter=6, textColor=NAVY)
H2 = ParagraphStyle("h2", fontName="LSB", fontSize=12, leading=15, spaceBefore=8, spaceAfter=5, textColor=NAVY)
H3 = ParagraphStyle("h3", fontName="LSB", fontSize=10, leading=13, spaceBefore=4, spaceAfter=3)
SMALL = ParagraphStyle("sm", fontName="LS", fontSize=8, leading=10.5)

RECS = [
    ("1", "Confirm with HM Treasury and the Department's finance directorate a funding profile for 2026-27 to "
          "2028-29 before the Full Business Case is submitted.", "Critical"),
    ("2", "Appoint a full-time, permanent Programme Director with experience of delivering digital casework "
          "systems at scale.", "Critical"),
    ("3", "Re-baseline the integrated plan so that Crown Court go-live is not scheduled before the civil and "
          "family pilot has been evaluated.", "Critical"),
    ("4", "Strengthen the commercial strategy by negotiating break clauses and clear exit arrangements in the "
          "system integrator contract.", "Essential"),
    ("5", "Produce a benefits realisation plan that names an owner for each cash-releasing benefit and explains "
          "how baselines will be measured.", "Essential"),
    ("6", "Involve judicial office holders and court staff representatives in user acceptance testing, not only "
          "in design workshops.", "Recommended"),
    ("7", "Agree the transition-to-live-service plan with the Digital Operations directorate before the Gate 4 "
          "review.", "Recommended"),
]
R = {n: t for n, t, _ in RECS}


def grid(rows, widths, header=True, shade_first_col=False):
    t = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    st = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8a90a8")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    if header:
        st.append(("BACKGROUND", (0, 0), (-1, 0), GREY))
    if shade_first_col:
        st.append(("BACKGROUND", (0, 0), (0, -1), GREY))
    t.setStyle(TableStyle(st))
    return t


def P(t, st=CELL):
    return Paragraph(t, st)


def deco(title):
    def draw(c, doc):
        c.saveState()
        c.setFont("LSB", 8)
        c.setFillColor(colors.HexColor("#9b1c1c"))
        c.drawCentredString(A4[0] / 2, A4[1] - 11 * mm, "OFFICIAL-SENSITIVE")
        c.drawCentredString(A4[0] / 2, 12 * mm, "OFFICIAL-SENSITIVE")
        c.setFont("LS", 7.5)
        c.setFillColor(colors.HexColor("#444444"))
        if title:
            c.drawString(20 * mm, 7 * mm, title)
        c.drawRightString(A4[0] - 20 * mm, 7 * mm, "Page %d" % doc.page)
        c.restoreState()
    return draw


def advice(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title="Gateway Review 3: Investment Decision")
    s = [Paragraph("<font color='#1f2a5c'><b>Government Projects Assurance Authority</b></font>", H3),
         Paragraph("Gateway Review 3: Investment Decision", H1),
         Paragraph("Unified Casework Programme", ParagraphStyle("x", parent=H2, fontSize=14, leading=18)),
         Spacer(1, 2 * mm)]
    det = [["Version number:", "Final 1.0"], ["Date of issue to SRO:", "27 February 2026"],
           ["Department/Organisation:", "Courts and Tribunals Administration (CTA)"],
           ["Programme:", "Unified Casework Programme (UCP)"],
           ["Senior Responsible Owner (SRO):", "Harriet Obi-Lennox, Director of Digital Justice"],
           ["Gateway review dates:", "17 to 20 February 2026"],
           ["Review team leader:", "Malcolm Dearden"],
           ["Review team members:", "Priya Ramaswamy; Gordon Kettle"],
           ["GPAA reference:", "GPAA/0418/G3"]]
    s.append(grid([[P(a, CELLB), P(b)] for a, b in det], (58 * mm, 112 * mm), header=False, shade_first_col=True))
    s += [Spacer(1, 3 * mm),
          Paragraph("This report is an evaluation from an independent team of experienced practitioners, based on "
                    "information evaluated over a three to four day period and delivered to the SRO immediately at "
                    "the conclusion of the review. It is provided in confidence to the SRO, who is responsible for "
                    "its distribution.", SMALL),
          Paragraph("Delivery Confidence Assessment (DCA)", H2),
          Paragraph("<b>Delivery Confidence Assessment: AMBER/RED</b>", BODY),
          Paragraph("The review team finds that the Programme has made real progress since the Gate 2 review in "
                    "June 2024: the first release of the civil casework service is in live use at four county "
                    "court hearing centres and user feedback is positive. However, the Full Business Case (FBC) "
                    "rests on a funding profile that HM Treasury has not yet confirmed, the Programme has been "
                    "without a permanent Programme Director since October 2025, and the integrated plan schedules "
                    "Crown Court go-live in November 2026, before the civil and family pilot will have been "
                    "evaluated. The review team considers that the Programme should be commended for the quality "
                    "of its user research, but that the issues above need urgent attention before the investment "
                    "decision is taken.", BODY),
          Paragraph("The Delivery Confidence Assessment RAG status should use the definitions below.", SMALL)]
    dca = [[P("<b>RAG</b>"), P("<b>Criteria description</b>")],
           [P("Green"), P("Successful delivery of the project/programme to time, cost and quality appears highly "
                          "likely and there are no major outstanding issues that appear to threaten delivery.")],
           [P("Amber/Green"), P("Successful delivery appears probable; however, constant attention will be needed "
                                "to ensure risks do not materialise into major issues threatening delivery.")],
           [P("Amber"), P("Successful delivery appears feasible but significant issues already exist, requiring "
                          "management attention. These appear resolvable at this stage.")],
           [P("Amber/Red"), P("Successful delivery is in doubt, with major risks or issues apparent in a number of "
                              "key areas. Urgent action is needed to address these problems.")],
           [P("Red"), P("Successful delivery appears to be unachievable. The project/programme may need "
                        "re-baselining and/or its overall viability re-assessed.")]]
    s.append(grid(dca, (28 * mm, 142 * mm)))
    s.append(Paragraph("Summary of report recommendations", H2))
    s.append(Paragraph("The review team makes the following recommendations, which are prioritised using the "
                       "definitions below.", BODY))
    rows = [[P("<b>Ref. No.</b>"), P("<b>Recommendation</b>"), P("<b>Critical / Essential / Recommended</b>")]]
    rows += [[P(n), P(t), P(u)] for n, t, u in RECS]
    s.append(grid(rows, (18 * mm, 117 * mm, 35 * mm)))
    s.append(Spacer(1, 3 * mm))
    urg = [[P("<b>Critical (Do Now)</b>"), P("To increase the likelihood of a successful outcome it is of the "
                                             "greatest importance that the programme/project should take action "
                                             "immediately.")],
           [P("<b>Essential (Do By)</b>"), P("To increase the likelihood of a successful outcome the "
                                             "programme/project should take action in the near future. Whenever "
                                             "possible essential recommendations should be linked to project "
                                             "milestones.")],
           [P("<b>Recommended</b>"), P("The programme/project would benefit from the uptake of this "
                                       "recommendation.")]]
    s.append(grid(urg, (38 * mm, 132 * mm), header=False, shade_first_col=True))
    s.append(PageBreak())
    s.append(Paragraph("Background", H2))
    s.append(Paragraph("The Unified Casework Programme will replace eleven legacy case management systems used in "
                       "the civil, family and Crown courts with a single cloud-hosted casework service. The "
                       "Outline Business Case approved in July 2024 estimated whole-life costs of 412 million pounds "
                       "over ten years and cash-releasing benefits of 61 million pounds a year from 2029-30. The "
                       "draft FBC now puts whole-life costs at 468 million pounds.", BODY))
    fig = [[P("<b>Release</b>"), P("<b>Jurisdiction</b>"), P("<b>Planned go-live</b>"), P("<b>Status</b>")],
           [P("R1"), P("Civil (money claims)"), P("September 2025"), P("Live at 4 sites")],
           [P("R2"), P("Family (private law)"), P("April 2026"), P("In build")],
           [P("R3"), P("Crown Court"), P("November 2026"), P("In design")],
           [P("R4"), P("Tribunals (phase 1)"), P("2027-28"), P("Not started")]]
    s.append(grid(fig, (22 * mm, 55 * mm, 45 * mm, 48 * mm)))
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("Status of previous Gateway review recommendations", H2))
    s.append(Paragraph("The Gate 2 review (June 2024) made five recommendations. The review team's assessment of "
                       "progress is set out below.", BODY))
    prev = [[P("<b>Gate 2 ref.</b>"), P("<b>Recommendation</b>"), P("<b>Status</b>")],
            [P("G2.1"), P("Establish a Design Authority with judicial representation."), P("Complete")],
            [P("G2.2"), P("Develop a data migration strategy for the legacy systems."), P("Complete")],
            [P("G2.3"), P("Secure a permanent Programme Director before the FBC."), P("Not met - see Rec. 2")],
            [P("G2.4"), P("Agree a benefits management approach with the Portfolio Office."), P("Partly met")],
            [P("G2.5"), P("Test the market for a second systems integrator."), P("Overtaken by events")]]
    s.append(grid(prev, (24 * mm, 110 * mm, 36 * mm)))
    s.append(Paragraph("Findings and recommendations", H2))

    def finding(title, paras, recs):
        s.append(Paragraph(title, H3))
        for p in paras:
            s.append(Paragraph(p, BODY))
        for n in recs:
            s.append(Paragraph("<b>Recommendation %s: %s</b>" % (n, R[n]), BODY))

    finding("1. Policy and business need",
            ["The case for change remains strong. The legacy systems are out of support and the civil release "
             "has reduced the average time to issue a claim from nine days to two. Stakeholders told the review "
             "team that the Programme should not lose momentum.",
             "The draft FBC assumes capital funding of 96 million pounds in 2026-27 and 88 million pounds in "
             "2027-28. Neither figure has yet been agreed with HM Treasury, and the Department's own allocation "
             "letter covers 2026-27 only."], ["1"])
    finding("2. Governance, leadership and resourcing",
            ["The SRO is committed and well regarded. Since October 2025 the Programme Director role has been "
             "covered by an interim contractor on rolling three-month extensions. The Gate 2 review made a similar "
             "recommendation (G2.3); the review team regards the continued gap as the single largest risk to "
             "delivery."], ["2"])
    finding("3. Plan and delivery approach",
            ["The integrated plan runs the Crown Court release in parallel with the evaluation of the civil and "
             "family pilot. The review team heard that this was done to protect the November 2026 date agreed "
             "with the judiciary, but the evaluation would then report only after the Crown Court design is "
             "fixed."], ["3"])
    finding("4. Commercial and benefits",
            ["The system integrator contract is a single ten-year call-off with no break point before 2031. The "
             "review team was told that exit arrangements 'would be agreed later'.",
             "Cash-releasing benefits are presented at programme level only. Baselines are drawn from 2022-23 "
             "management information, which the finance business partner described as incomplete."], ["4", "5"])
    finding("5. Users, readiness for service and transition",
            ["User research with court users has been thorough. Judicial office holders have taken part in design "
             "workshops, but the user acceptance testing plan lists only Programme staff as testers.",
             "The Digital Operations directorate, which will run the live service, has not yet seen the "
             "transition plan. Its Director told the review team that the support model should be agreed well "
             "before Gate 4."], ["6", "7"])
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("Next Gateway review: Gate 4 (Readiness for Service), expected January 2027.", BODY))
    doc.build(s, onFirstPage=deco("GPAA/0418/G3  Unified Casework Programme  Gate 3 report"),
              onLaterPages=deco("GPAA/0418/G3  Unified Casework Programme  Gate 3 report"))


def response(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title="UCP Gate 3 action plan")
    s = [Paragraph("<font color='#1f2a5c'><b>Courts and Tribunals Administration</b></font>", H3),
         Paragraph("MEMORANDUM", H1)]
    hdr = [["To:", "Unified Casework Programme Board"],
           ["From:", "Harriet Obi-Lennox, Senior Responsible Owner"],
           ["Date:", "12 March 2026"],
           ["Subject:", "Gateway Review 3 - Programme response and action plan"],
           ["Paper:", "UCPB(26)07 - for decision"]]
    t = Table([[P(a, CELLB), P(b)] for a, b in hdr], colWidths=(25 * mm, 149 * mm))
    t.setStyle(TableStyle([("LINEBELOW", (0, -1), (-1, -1), 1, NAVY), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, Spacer(1, 4 * mm),
          Paragraph("1. Purpose", H3),
          Paragraph("This paper sets out the Programme's response to the Gate 3 review carried out on 17 to 20 "
                    "February and asks the Board to approve the action plan at Annex A, which will be returned to "
                    "the Government Projects Assurance Authority with the Full Business Case.", BODY),
          Paragraph("2. Delivery Confidence Assessment", H3),
          Paragraph("The review team rated the Programme Amber/Red. The Programme considers that this rating "
                    "understates the progress made on the civil release, but it accepts that the funding position "
                    "had to be resolved before the investment decision. The SRO will ask the Authority for a short "
                    "assurance of action plan review in June.", BODY),
          Paragraph("3. Recommendation to the Board", H3),
          Paragraph("The Board is asked to note the report and to approve the action plan below. Actions are "
                    "grouped by Programme workstream; the Gateway reference is shown in the first column.", BODY),
          Paragraph("Annex A - Gate 3 action plan", H2)]
    rows = [[P("<b>Gateway ref.</b>"), P("<b>Programme response and action</b>"), P("<b>Owner</b>"),
             P("<b>Due</b>")]]
    rows.append([P("<b>Workstream: Governance and people</b>", CELLB), "", "", ""])
    rows.append([P("Rec. 2"), P("<b>Accepted in part.</b> The interim Programme Director's contract has been "
                                "extended to March 2027 to give continuity through the Crown Court design. A "
                                "permanent appointment will be sought after FBC approval, not before it, as "
                                "recruitment would take at least six months."), P("SRO"), P("Mar 2027")])
    rows.append([P("<b>Workstream: Commercial and finance</b>", CELLB), "", "", ""])
    rows.append([P("Rec. 4 / Rec. 5"), P("<b>Rec. 4 - Accepted.</b> A break option at month 36 and a schedule of "
                                         "exit obligations have been agreed in principle with the supplier and "
                                         "will be in the contract variation.<br/><b>Rec. 5 - Noted.</b> Ownership "
                                         "of benefits is set by the Departmental Portfolio Office under the CTA "
                                         "benefits framework. The SRO has asked the Portfolio Office to consider "
                                         "the review team's comments in its annual benefits refresh."),
                 P("Commercial Lead / Portfolio Office"), P("May 2026")])
    rows.append([P("Rec. 1"), P("<b>Accepted - complete.</b> HM Treasury confirmed the capital profile for 2026-27 "
                                "to 2028-29 in its letter of 6 March 2026; the FBC has been updated to match."),
                 P("Finance Business Partner"), P("Done")])
    rows.append([P("<b>Workstream: Delivery</b>", CELLB), "", "", ""])
    rows.append([P("Rec. 3"), P("<b>Not accepted.</b> The Programme Board considered re-sequencing on 4 March. "
                                "Moving Crown Court go-live would add an estimated 14 million pounds of legacy "
                                "support costs. Go-live stays in November 2026, with an interim evaluation of the "
                                "pilot in July to inform the design."), P("Delivery Director"), P("Nov 2026")])
    rows.append([P("Rec. 6"), P("<b>Accepted - in hand.</b> Three district judges and two court managers have been "
                                "part of the UAT cycle 2 test team since 9 February, and the test plan has been "
                                "updated to show this."), P("Test Manager"), P("Ongoing")])
    rows.append([P("<b>Other actions</b>", CELLB), "", "", ""])
    rows.append([P("-"), P("The Programme will refresh its lessons log with the points raised in interviews and "
                           "share it with the Tribunals phase 1 team ahead of its own Gate 1 review."),
                 P("PMO Lead"), P("Apr 2026")])
    t = Table(rows, colWidths=(22 * mm, 100 * mm, 32 * mm, 20 * mm), repeatRows=1)
    st = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8a90a8")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("BACKGROUND", (0, 0), (-1, 0), GREY)]
    for i, r in enumerate(rows):
        if r[1] == "":
            st += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f3f4f8"))]
    t.setStyle(TableStyle(st))
    s += [t, Spacer(1, 5 * mm),
          Paragraph("Harriet Obi-Lennox<br/>Senior Responsible Owner, Unified Casework Programme", BODY)]
    doc.build(s, onFirstPage=deco("UCPB(26)07  Gate 3 response"), onLaterPages=deco("UCPB(26)07  Gate 3 response"))


def expected():
    sw = lambda n, k=10: " ".join(R[n].split()[:k])
    recs = [
        {"number": "1", "starts_with": sw("1"), "reply_contains": "HM Treasury confirmed the capital profile for 2026-27",
         "verdict": "agrees"},
        {"number": "2", "starts_with": sw("2"), "reply_contains": "A permanent appointment will be sought after FBC approval",
         "verdict": "partly", "also": ["disagrees"]},
        {"number": "3", "starts_with": sw("3"), "reply_contains": "Go-live stays in November 2026, with an interim evaluation",
         "verdict": "disagrees"},
        {"number": "4", "starts_with": sw("4"), "reply_contains": "A break option at month 36 and a schedule",
         "verdict": "agrees"},
        {"number": "5", "starts_with": sw("5"), "reply_contains": "has asked the Portfolio Office to consider the review",
         "verdict": "noted"},
        {"number": "6", "starts_with": sw("6"), "reply_contains": "Three district judges and two court managers",
         "verdict": "agrees"},
        {"number": "7", "starts_with": sw("7"), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, ["considers that this rating understates the progress made",
                                  "refresh its lessons log with the points raised"],
                     "Gateway Review 3 report: the seven recommendations are the rows of 'Summary of report "
                     "recommendations' (Ref. No. 1-7, imperatives, urgency Critical/Essential/Recommended), repeated "
                     "in bold as 'Recommendation N:' under findings 1-5. Traps: DCA definitions and urgency "
                     "definitions ('should take action immediately'), findings with 'should', release table R1-R4, "
                     "Gate 2 recommendations table G2.1-G2.5 with status. Response: SRO memo to the Programme Board "
                     "with an action plan table by workstream, order 2, 4+5, 1, 3, 6: 2 'Accepted in part' (interim "
                     "extended, permanent only after FBC: partly); one cell 'Rec. 4 / Rec. 5': 4 'Accepted' "
                     "(agrees), 5 'Noted', referred to the Portfolio Office (noted); 1 'Accepted - complete' "
                     "(agrees); 3 'Not accepted' (disagrees); 6 'Accepted - in hand', already testing (agrees); 7 "
                     "(transition plan) unanswered. The DCA paragraph and the 'Other actions' row (lessons log) "
                     "answer nothing.")


if __name__ == "__main__":
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    expected()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b43en.py"), NAME)) and 1)
