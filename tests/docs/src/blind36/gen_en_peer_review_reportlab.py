"""Round 36 (EN): an international REGULATORY PEER REVIEW MISSION REPORT answered by the host country's NATIONAL
ACTION PLAN. The advice (an invented international agency's 'Integrated Regulatory Peer Review' mission to an
invented State's radiation safety regulator) has a title block, mission data, an executive summary paraphrasing the
findings, modules 1-5 with numbered paragraphs, and issue tables in the agency's style: 'BASIS:' rows quoting the
agency's safety requirements ('shall', 'should'), then coded 'R1'-'R4' (recommendations) and 'S1'-'S3'
(suggestions) and one 'GP1' (good practice, not a recommendation); the previous mission's recommendation is quoted
as closed; an appendix table repeats the codes with short titles. The response is a national action plan: a short
introduction and a ruled matrix grouped by lead organisation (another order), one row covering R3 and S2 with
different positions, R2 missing, and a self-identified action that answers nothing. reportlab platypus, A4,
cleaned Liberation fonts; running header and footer drawn per page. All content invented.

Run:  /tmp/blind36en/bin/python tests/docs/src/blind36/gen_en_peer_review_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b36en as H
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether

NAME = "blind36_en_peer_review"

for nm, f in (("LS", "LiberationSans-Regular.ttf"), ("LS-B", "LiberationSans-Bold.ttf"),
              ("LS-I", "LiberationSans-Italic.ttf"), ("LS-BI", "LiberationSans-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
addMapping("LS", 0, 0, "LS"); addMapping("LS", 1, 0, "LS-B"); addMapping("LS", 0, 1, "LS-I")
addMapping("LS", 1, 1, "LS-BI")

BLUE = colors.HexColor("#0b4f8a")
LIGHT = colors.HexColor("#e8eef6")
body = ParagraphStyle("body", fontName="LS", fontSize=9.8, leading=13.4, spaceAfter=5)
small = ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=colors.HexColor("#444444"))
h1 = ParagraphStyle("h1", parent=body, fontName="LS-B", fontSize=17, leading=21, textColor=BLUE, spaceAfter=4)
h2 = ParagraphStyle("h2", parent=body, fontName="LS-B", fontSize=11.5, leading=15, textColor=BLUE, spaceBefore=9,
                    spaceAfter=4)
cell = ParagraphStyle("cell", parent=body, fontSize=8.7, leading=11.2, spaceAfter=0)
cellb = ParagraphStyle("cellb", parent=cell, fontName="LS-B")


def P(t, st=body):
    return Paragraph(t, st)


def para(no, t):
    return Table([[P(no), P(t)]], colWidths=[11 * mm, 155 * mm],
                 style=[("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)])


def issue(observation, rows):
    """Agency-style issue table: observation row, BASIS rows, then coded R/S/GP rows."""
    data = [[P("<b>Observation:</b> " + observation, cell), ""]]
    for code, text in rows:
        data.append([P("<b>%s</b>" % code, cellb), P(text, cell)])
    t = Table(data, colWidths=[22 * mm, 144 * mm])
    st = [("SPAN", (0, 0), (1, 0)), ("GRID", (0, 0), (-1, -1), 0.6, BLUE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("BACKGROUND", (0, 0), (-1, 0), LIGHT)]
    for i, (code, _) in enumerate(rows, start=1):
        if code[0] in "RSG" and not code.startswith("("):
            st.append(("BACKGROUND", (0, i), (0, i), LIGHT))
    t.setStyle(TableStyle(st))
    return KeepTogether([t, Spacer(1, 8)])


def advice_story():
    s = [P("INTERNATIONAL RADIATION SAFETY AGENCY", ParagraphStyle("ag", parent=body, fontName="LS-B", fontSize=9,
                                                                   textColor=BLUE)),
         Spacer(1, 4), P("INTEGRATED REGULATORY PEER REVIEW (IRPR) MISSION<br/>TO THE REPUBLIC OF TESSALY", h1),
         P("Tessaly Nuclear and Radiation Safety Authority (TNRSA), Velitsa, 9-20 March 2026", body),
         P("IRSA-NS-IRPR-2026/04  |  Final report, 12 June 2026", small), Spacer(1, 8)]
    mdata = [["Mission type", "Full-scope IRPR mission (second mission; previous mission 2017)"],
             ["Team leader", "Dr Ingrid Solvang-Mertz"],
             ["Deputy team leader", "Mr Kwabena Asare-Holt"],
             ["Reviewers", "11 senior regulators from 9 Member States; 2 IRSA staff"],
             ["Modules", "1 Government; 2 Regulatory body; 3 Authorization; 4 Inspection; 5 Emergency preparedness"]]
    t = Table([[P("<b>%s</b>" % a, cell), P(b, cell)] for a, b in mdata], colWidths=[40 * mm, 126 * mm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, Spacer(1, 6)]
    s.append(P("EXECUTIVE SUMMARY", h2))
    s.append(P("The team found that Tessaly has a regulatory framework for radiation safety that is broadly in line "
               "with IRSA safety standards and a regulatory body whose staff are committed and competent. TNRSA has "
               "made significant progress since 2017. The team identified a need for the Government to secure "
               "TNRSA's independence in staffing, for TNRSA to complete its management system, and for a stronger "
               "safety case before industrial radiography licences are renewed. The recommendations (R), "
               "suggestions (S) and good practice (GP) are set out in Modules 1 to 5 and listed in the Appendix."))
    s.append(P("1. RESPONSIBILITIES AND FUNCTIONS OF THE GOVERNMENT", h2))
    s.append(para("1.1", "The Radiation Protection and Nuclear Safety Act 2009 (Act No. 44/2009) establishes TNRSA as "
                  "a separate legal entity reporting to the Minister of Environment. TNRSA staff are civil servants "
                  "recruited through the Civil Service Agency, and TNRSA may not fill a vacancy without the Agency's "
                  "approval."))
    s.append(para("1.2", "The 2017 mission recommended that 'the Government should ensure that TNRSA has sufficient "
                  "financial resources to discharge its responsibilities' (2017 R2). TNRSA now has its own budget "
                  "line and this recommendation is closed."))
    s.append(issue("In 2025 TNRSA waited an average of seven months to fill technical vacancies; four inspector "
                   "posts were vacant during the mission.",
                   [("BASIS:", "GSR Part 1 (Rev. 1) Requirement 4 states that 'The government shall ensure that "
                     "the regulatory body is effectively independent in its safety related decision making.'"),
                    ("BASIS:", "GSR Part 1 (Rev. 1) para. 4.13 states that 'The regulatory body shall have "
                     "appropriately qualified and competent staff.'"),
                    ("R1", "<b>Recommendation:</b> The Government should ensure that the Act gives TNRSA the "
                     "authority to determine its own staffing and to recruit staff directly, independently of the "
                     "Civil Service Agency."),
                    ("S1", "<b>Suggestion:</b> The Government should consider adopting a national strategy for "
                     "the long-term management of disused sealed radioactive sources.")]))
    s.append(P("2. THE REGULATORY BODY", h2))
    s.append(para("2.1", "TNRSA has 96 staff in three departments. A management system manual was issued in 2022 but "
                  "covers only licensing; inspection, enforcement and emergency functions have no documented "
                  "processes. Staff told the team that practice differs between the two regional offices."))
    s.append(issue("TNRSA's management system does not yet cover all regulatory functions.",
                   [("BASIS:", "GSR Part 2 Requirement 6 states that 'The management system shall integrate all "
                     "its elements.'"),
                    ("R2", "<b>Recommendation:</b> TNRSA should complete and implement an integrated management "
                     "system covering all of its regulatory functions, including processes for inspection, "
                     "enforcement and emergency response.")]))
    s.append(P("3. AUTHORIZATION", h2))
    s.append(para("3.1", "TNRSA issues about 1,450 licences, renewed every five years for all practices regardless "
                  "of risk. Of the 38 licences for industrial radiography, 14 were renewed in 2024-2025 without a "
                  "current safety assessment. The team considers that renewal should rest on a demonstration of "
                  "safety, and that effort should follow risk."))
    s.append(issue("Licence renewal for high-risk practices is not based on an updated safety assessment, while "
                   "low-risk practices are renewed as often as high-risk ones.",
                   [("BASIS:", "GSR Part 3 Requirement 13 states that 'The regulatory body shall establish "
                     "requirements for safety assessment.'"),
                    ("R3", "<b>Recommendation:</b> TNRSA should require licensees for industrial radiography to "
                     "submit an updated safety assessment as a condition of licence renewal."),
                    ("S2", "<b>Suggestion:</b> TNRSA should consider applying a graded approach to the period of "
                     "validity of licences, with longer periods for low-risk practices.")]))
    s.append(P("4. REVIEW AND ASSESSMENT AND INSPECTION", h2))
    s.append(para("4.1", "Radiotherapy centres were inspected on average once every 3.4 years between 2021 and "
                  "2025; no inspection was unannounced. The table below shows inspections by practice."))
    it = [["Practice", "Facilities", "Inspections 2021-2025", "Unannounced"],
          ["Radiotherapy", "14", "21", "0"], ["Nuclear medicine", "22", "47", "0"],
          ["Industrial radiography", "38", "112", "9"], ["Diagnostic radiology", "610", "880", "0"]]
    t = Table(it, colWidths=[52 * mm, 30 * mm, 45 * mm, 30 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 8.6), ("FONT", (0, 0), (-1, 0), "LS-B", 8.6),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black), ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    s += [t, Spacer(1, 6)]
    s.append(issue("Inspection of radiotherapy facilities is infrequent and always announced.",
                   [("BASIS:", "GSR Part 1 (Rev. 1) para. 4.52 states that 'Inspections may be announced or "
                     "unannounced' and that the frequency 'should be commensurate with the radiation risks'."),
                    ("R4", "<b>Recommendation:</b> TNRSA should revise its inspection programme so that every "
                     "radiotherapy facility is inspected at least once every two years, including unannounced "
                     "inspections.")]))
    s.append(P("5. EMERGENCY PREPAREDNESS AND RESPONSE", h2))
    s.append(para("5.1", "Radiation portal monitors operated jointly by TNRSA and the Customs Administration at all "
                  "eleven border crossings detected three orphan sources in 2025. The team was impressed by this "
                  "arrangement. National exercises, however, have involved TNRSA alone."))
    s.append(issue("Arrangements with response organizations are not exercised together.",
                   [("BASIS:", "GSR Part 7 Requirement 25 states that 'The government shall ensure that "
                     "exercise programmes are developed and implemented.'"),
                    ("S3", "<b>Suggestion:</b> TNRSA should consider conducting a full-scale national exercise "
                     "with the Civil Protection Directorate and the health services at least every three years."),
                    ("GP1", "<b>Good practice:</b> The joint TNRSA-Customs portal monitor network, with shared "
                     "alarm procedures and training, is a good practice.")]))
    s.append(P("APPENDIX: SUMMARY OF RECOMMENDATIONS, SUGGESTIONS AND GOOD PRACTICE", h2))
    ap = [["Module", "Code", "Short title"], ["1", "R1", "Staffing independence"], ["1", "S1", "Strategy for disused sources"],
          ["2", "R2", "Integrated management system"], ["3", "R3", "Safety assessment at renewal (radiography)"],
          ["3", "S2", "Graded licence validity"], ["4", "R4", "Radiotherapy inspection frequency"],
          ["5", "S3", "National exercise"], ["5", "GP1", "Portal monitor network"]]
    t = Table(ap, colWidths=[20 * mm, 20 * mm, 100 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 8.6), ("FONT", (0, 0), (-1, 0), "LS-B", 8.6),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), LIGHT)]))
    s.append(t)
    s.append(Spacer(1, 6))
    s.append(P("The team invites the Government of Tessaly to request a follow-up mission within three to four "
               "years.", body))
    return s


def advice_page(c, doc):
    c.saveState()
    c.setFont("LS", 7.8)
    c.setFillColor(colors.HexColor("#555555"))
    if doc.page > 1:
        c.drawString(22 * mm, A4[1] - 12 * mm, "IRPR Mission to the Republic of Tessaly, March 2026")
        c.drawRightString(A4[0] - 22 * mm, A4[1] - 12 * mm, "IRSA-NS-IRPR-2026/04")
    c.drawCentredString(A4[0] / 2, 11 * mm, "%d" % doc.page)
    c.restoreState()


def response_story():
    W = landscape(A4)[0] - 36 * mm
    s = [P("REPUBLIC OF TESSALY", ParagraphStyle("rt", parent=body, fontName="LS-B", fontSize=9)),
         P("Ministry of Environment and Tessaly Nuclear and Radiation Safety Authority", small), Spacer(1, 4),
         P("National Action Plan in response to the IRPR mission of March 2026", h1),
         P("Approved by the TNRSA Board on 24 September 2026 and by the Minister of Environment on 2 October 2026. "
           "Reference TNRSA/INT/2026/311.", small), Spacer(1, 4),
         P("1. Introduction", h2),
         P("The Government of Tessaly thanks the International Radiation Safety Agency and the review team for the "
           "mission and its report. This plan sets out the actions that the Ministry and TNRSA will take. It is "
           "arranged by lead organisation. Progress will be reported to the TNRSA Board every six months and the "
           "plan will be the basis for the follow-up mission, which the Government intends to request for 2029."),
         P("2. Action matrix", h2)]
    hdr = ["Ref.", "Lead", "Position and planned action", "Target date", "Status"]
    rows = [
        ["R1", "Ministry of Environment", "Accepted in part. The draft amendment to Act No. 44/2009 will allow "
         "TNRSA to set its own establishment of posts within its budget. Recruitment will remain within the civil "
         "service framework, but TNRSA vacancies will be exempt from the Agency's central approval step.",
         "Bill to Parliament Q2 2027", "Drafting"],
        ["S1", "Ministry of Environment", "Noted. Policy for disused sources is part of the national radioactive "
         "waste programme, which is the responsibility of the Radioactive Waste Management Agency. The suggestion "
         "has been passed to that Agency and will be considered in the revision of the programme due in 2028.",
         "2028", "Referred"],
        ["R3 / S2", "TNRSA Licensing Department", "R3 accepted: from 1 January 2027 no industrial radiography "
         "licence will be renewed without an updated safety assessment, and Regulation 12/2019 will be amended "
         "accordingly. S2 is not accepted at this time: a uniform five-year period is set by the Act and TNRSA "
         "considers it a useful check on low-risk licensees, many of which change ownership.",
         "1 Jan 2027", "In progress"],
        ["R4", "TNRSA Inspection Department", "Accepted. The 2027 inspection plan provides for a two-year cycle "
         "for all radiotherapy facilities, with at least one in three inspections unannounced.",
         "2027 plan", "Planned"],
        ["S3", "TNRSA with Civil Protection Directorate", "Already implemented. A full-scale national exercise "
         "(KASTRA-26) with the Civil Protection Directorate and two regional hospitals took place on 14-15 "
         "October 2026. A three-year exercise cycle has been agreed.", "Done", "Completed"],
        ["SI-1", "TNRSA Director General", "Self-identified action: the public licensing register will be moved "
         "to the new e-government portal, so that licence status can be checked online.", "Q4 2027", "Planned"],
    ]
    data = [[P("<b>%s</b>" % h, cellb) for h in hdr]] + [[P(x, cell) for x in r] for r in rows]
    t = Table(data, colWidths=[18 * mm, 40 * mm, W - 18 * mm - 40 * mm - 30 * mm - 24 * mm, 30 * mm, 24 * mm],
              repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#666666")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2ef")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(t)
    s.append(Spacer(1, 8))
    s.append(P("3. Monitoring", h2))
    s.append(P("The TNRSA Quality Unit will keep this matrix up to date and publish it on the TNRSA website after "
               "each Board review. Contact: Ms Elena Draganova, Head of International Relations."))
    return s


def response_page(c, doc):
    c.saveState()
    w, h = landscape(A4)
    c.setFont("LS", 7.8)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(18 * mm, h - 11 * mm, "TNRSA  |  National Action Plan - IRPR 2026")
    c.drawRightString(w - 18 * mm, 9 * mm, "Page %d" % doc.page)
    c.restoreState()


def main():
    adv, rsp = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    d = SimpleDocTemplate(adv, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=18 * mm,
                          bottomMargin=18 * mm, title="IRPR Mission to the Republic of Tessaly",
                          author="International Radiation Safety Agency", invariant=1)
    d.build(advice_story(), onFirstPage=advice_page, onLaterPages=advice_page)
    d = SimpleDocTemplate(rsp, pagesize=landscape(A4), leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                          bottomMargin=16 * mm, title="National Action Plan - IRPR 2026", invariant=1)
    d.build(response_story(), onFirstPage=response_page, onLaterPages=response_page)
    recs = [
        {"number": "R1", "starts_with": "The Government should ensure that the Act gives TNRSA the authority",
         "reply_contains": "TNRSA vacancies will be exempt from the Agency's central approval step",
         "verdict": "partly"},
        {"number": "S1", "starts_with": "The Government should consider adopting a national strategy for the",
         "reply_contains": "The suggestion has been passed to that Agency",
         "verdict": "noted"},
        {"number": "R2", "starts_with": "TNRSA should complete and implement an integrated management system",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "R3", "starts_with": "TNRSA should require licensees for industrial radiography to submit",
         "reply_contains": "no industrial radiography licence will be renewed without an updated",
         "verdict": "agrees"},
        {"number": "S2", "starts_with": "TNRSA should consider applying a graded approach to the period",
         "reply_contains": "S2 is not accepted at this time", "verdict": "disagrees"},
        {"number": "R4", "starts_with": "TNRSA should revise its inspection programme so that every radiotherapy",
         "reply_contains": "The 2027 inspection plan provides for a two-year cycle",
         "verdict": "agrees"},
        {"number": "S3", "starts_with": "TNRSA should consider conducting a full-scale national exercise with",
         "reply_contains": "A three-year exercise cycle has been agreed", "verdict": "agrees"},
    ]
    unmatched = ["the public licensing register will be moved to the new e-government portal"]
    notes = ("International regulatory peer review mission report answered by the host State's national action "
             "plan (invented International Radiation Safety Agency, IRPR mission to the Republic of Tessaly, "
             "regulator TNRSA; reportlab, advice A4 portrait, response A4 landscape matrix; running header/footer "
             "drawn per page). Advice: coded 'R1'-'R4' (Recommendation) and 'S1'-'S3' (Suggestion) in the left "
             "column of ruled issue tables, in the order R1, S1, R2, R3, S2, R4, S3 (labels as printed); traps: "
             "'BASIS:' rows quoting requirements with 'shall'/'should' (GSR Part 1 Requirement 4, para. 4.13, "
             "4.52, GSR Part 2 Requirement 6, GSR Part 3 Requirement 13, GSR Part 7 Requirement 25), 'GP1' good "
             "practice in the same kind of row (not a recommendation), the 2017 mission's recommendation '2017 "
             "R2' quoted and closed, paragraph numbers 1.1-5.1, Act No. 44/2009, an inspection table, the "
             "executive summary paraphrasing the needs, 'renewal should rest on a demonstration of safety' "
             "(finding), the appendix table repeating all codes with short titles, the invitation to a "
             "follow-up mission. Response: action matrix grouped by lead organisation, order R1, S1, R3/S2, R4, "
             "S3, SI-1: R1 'Accepted in part' (own establishment but recruitment stays in the civil service = "
             "partly); S1 'Noted', passed to the waste agency (noted); ONE row 'R3 / S2' (R3 accepted = agrees; "
             "'S2 is not accepted at this time' = disagrees); R4 accepted (agrees); S3 'Already implemented' "
             "(agrees); R2 (integrated management system) has no row (unanswered); row 'SI-1' (self-identified "
             "action, online licensing register) answers nothing (unmatched).")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
