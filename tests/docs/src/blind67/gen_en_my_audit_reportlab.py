"""Round 67 (EN): a MALAYSIAN-STYLE AUDITOR-GENERAL'S REPORT chapter (genre of the Auditor-General's Report
Series on federal ministries: numbered paragraphs 1.1, 1.4.1.1 ..., the audited ministry's FEEDBACK printed in
boxes after the findings, and the recommendations as numbered sub-paragraphs at the end of the chapter) and the
MINISTRY'S STATEMENT OF ACTION TAKEN, a Secretary-General's letter with an enclosure, paragraph by paragraph.
Advice: National Audit Department, Auditor-General's Report 2025 Series 2, chapter 4 'Ministry of Rural
Infrastructure: Management of the Rural Water Supply Programme', A4, 3 p.: a key-points box with a paraphrase
('The Ministry needs to ...'), paragraphs 4.1-4.6 with hanging multi-level numbers in a number column, a
project table, boxed 'Ministry's feedback' after findings (the ministry's own promises, inside the advice),
Treasury Instructions ('shall be made within 14 days'), the 2019 report's recommendation quoted, a bold finding
('should have imposed'); the seven recommendations are sub-paragraphs 4.6.1-4.6.7 (verb phrases without
'should') after 'it is recommended that the Ministry ... take the following actions:'.
Response: the Secretary-General's letter (ref., 'YBhg. Dato'', intro, closing with the service motto) and an
'Enclosure: Status of action taken' where each block has a bold paragraph reference, 'Action taken:' and a
'Status:' line, in the order 4.6.4, 4.6.1+4.6.2 (one block, two statuses), 4.6.7, 4.6.3, 4.6.6; 4.6.5 is not
answered; a block on paragraph 4.4.2 (disputing a figure) and the letter's intro and closing answer nothing.
reportlab platypus, cleaned Liberation Sans/Serif, invariant=1. All names, bodies, people, places and figures
are invented (the Ministry of Rural Infrastructure, the states of Sabak and Lendu); the Audit Act 1957 and the
Treasury Instructions are named, but what is said about them is not to be relied on.

Run:  /tmp/blind67en/bin/python tests/docs/src/blind67/gen_en_my_audit_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b67en as H
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, KeepTogether

NAME = "blind67_en_my_audit"
for nm, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
              ("LSI", "LiberationSans-Italic.ttf"), ("LSBI", "LiberationSans-BoldItalic.ttf"),
              ("SR", "LiberationSerif-Regular.ttf"), ("SRB", "LiberationSerif-Bold.ttf"),
              ("SRI", "LiberationSerif-Italic.ttf"), ("SRBI", "LiberationSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")
pdfmetrics.registerFontFamily("SR", normal="SR", bold="SRB", italic="SRI", boldItalic="SRBI")

NAVY = colors.HexColor("#14365d")
GOLD = colors.HexColor("#f7f0d6")
BODY = ParagraphStyle("b", fontName="LS", fontSize=9.5, leading=13, alignment=4)
NUM = ParagraphStyle("n", parent=BODY, fontName="LSB", alignment=0)
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=10.5, leading=14, textColor=NAVY, alignment=0)
TIT = ParagraphStyle("t", fontName="LSB", fontSize=15, leading=19, textColor=NAVY, spaceAfter=3)
SM = ParagraphStyle("sm", fontName="LS", fontSize=8.6, leading=11.4)
SMB = ParagraphStyle("smb", parent=SM, fontName="LSB")
CELLH = ParagraphStyle("ch", parent=SM, fontName="LSB", textColor=colors.white)
# letter
L = ParagraphStyle("l", fontName="SR", fontSize=11, leading=14.5, spaceAfter=7, alignment=4)
LB = ParagraphStyle("lb", parent=L, fontName="SRB", alignment=0)
LC = ParagraphStyle("lc", parent=L, alignment=1, fontName="SRB")

RECS = [
    ("4.6.1", "Verify the number of households to be served by each project through a joint site survey with the "
              "District Office before the project is approved for funding."),
    ("4.6.2", "Impose liquidated ascertained damages on every contractor that fails to complete the works by the "
              "contract completion date, and recover the amounts due from the 14 contractors identified in this "
              "audit."),
    ("4.6.3", "Hand over each completed scheme to the state water operator within three months of the "
              "certificate of practical completion, together with its as-built drawings."),
    ("4.6.4", "Install a bulk water meter at every completed scheme so that the volume supplied and the water "
              "lost can be measured."),
    ("4.6.5", "Establish a central register of all rural water supply schemes showing their location, capacity, "
              "operator and physical condition."),
    ("4.6.6", "Review, together with the Ministry of Finance, the formula for allocating maintenance funds so "
              "that each state receives an amount based on the number of schemes it operates."),
    ("4.6.7", "Train the engineers at the state offices in contract management and in the monitoring of project "
              "progress on site."),
]


def P(t, s=BODY):
    return Paragraph(t, s)


def np(n, t, head=False, indent=0):
    """A numbered paragraph: number in a left column, text beside it."""
    nw = (13 + indent) * mm
    return Table([[P(n, NUM if not head else H1), P(t, H1 if head else BODY)]],
                 colWidths=[nw, 170 * mm - nw], hAlign="LEFT",
                 style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 5 if not head else 3)])


def feedback(date, paras):
    cells = [[P("<b>Ministry's Feedback</b> (received on %s)" % date, SMB)]] + [[P(x, SM)] for x in paras]
    t = Table(cells, colWidths=[150 * mm], hAlign="RIGHT",
              style=[("BOX", (0, 0), (-1, -1), 0.8, NAVY), ("BACKGROUND", (0, 0), (-1, -1), GOLD),
                     ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                     ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)])
    return KeepTogether([t, Spacer(1, 6)])


def advice(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title="Auditor-General's Report 2025 Series 2",
                            author="National Audit Department")
    s = []
    band = Table([[P("<font color='white'><b>AUDITOR-GENERAL'S REPORT 2025 SERIES 2</b></font>", SM),
                   P("<font color='white'>Activities of the Federal Ministries and Departments</font>",
                     ParagraphStyle("r", parent=SM, alignment=2))]],
                 colWidths=[85 * mm, 85 * mm],
                 style=[("BACKGROUND", (0, 0), (-1, -1), NAVY), ("TOPPADDING", (0, 0), (-1, -1), 5),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 5)])
    s += [band, Spacer(1, 8), P("4. MINISTRY OF RURAL INFRASTRUCTURE", TIT),
          P("Management of the Rural Water Supply Programme", ParagraphStyle("st", parent=TIT, fontSize=12.5,
                                                                            leading=16, textColor=colors.black)),
          Spacer(1, 6)]
    kp = Table([[P("<b>KEY POINTS</b>", SMB)],
                [P("<b>Why was this audit carried out?</b> The Rural Water Supply Programme received an allocation "
                   "of RM412.6 million under the Eleventh and Twelfth Plans to bring treated water to 38,500 rural "
                   "households in the states of Sabak and Lendu.", SM)],
                [P("<b>What was found?</b> Of the 64 projects completed between 2021 and 2024, 17 were finished "
                   "more than six months late, 9 served fewer households than planned, and 22 had not been handed "
                   "over to the state water operator.", SM)],
                [P("<b>What needs to be done?</b> The Ministry needs to improve its project planning, its "
                   "management of contracts and its monitoring of completed schemes. Seven recommendations are "
                   "made at paragraph 4.6.", SM)]],
               colWidths=[170 * mm],
               style=[("BOX", (0, 0), (-1, -1), 1, NAVY), ("LINEBELOW", (0, 0), (0, 0), 0.6, NAVY),
                      ("LEFTPADDING", (0, 0), (-1, -1), 7), ("TOPPADDING", (0, 0), (-1, -1), 3),
                      ("BOTTOMPADDING", (0, 0), (-1, -1), 3)])
    s += [kp, Spacer(1, 9)]
    s += [np("4.1", "INTRODUCTION", head=True),
          np("4.1.1", "The Rural Water Supply Programme is implemented by the Water Infrastructure Division of the "
                      "Ministry of Rural Infrastructure (the Ministry) through its state offices. Completed schemes "
                      "are handed over to the state water operator, which operates and maintains them."),
          np("4.2", "AUDIT OBJECTIVE", head=True),
          np("4.2.1", "The audit was carried out to assess whether the programme was managed efficiently and "
                      "effectively and achieved its intended objectives."),
          np("4.3", "AUDIT SCOPE AND METHODOLOGY", head=True),
          np("4.3.1", "The audit covered the years 2021 to 2024. Files of 31 of the 64 completed projects were "
                      "examined, site visits were made to 24 schemes, and 412 households were interviewed. The "
                      "audit did not examine the quality of treated water, which is monitored by the Ministry of "
                      "Health, and no recommendation is made on it."),
          np("4.4", "AUDIT FINDINGS", head=True),
          np("4.4.1", "<b>Planning of projects.</b> Under the programme guidelines, the number of households to "
                      "be served shall be confirmed before a project is approved. For 9 projects the number was "
                      "taken from a 2015 estimate; on site, 1,930 of the 4,410 households listed had already "
                      "been connected to the state network or had moved away."),
          np("4.4.2", "<b>Progress of works.</b> Table 4.1 shows the status of the projects completed in the "
                      "period of the audit.")]
    th = [P(x, CELLH) for x in ("State", "Projects completed", "Completed late (over 6 months)",
                                "Not handed over", "Households served")]
    rows = [["Sabak", "38", "10", "13", "14,260"], ["Lendu", "26", "7", "9", "9,875"],
            ["Total", "64", "17", "22", "24,135"]]
    tb = Table([th] + [[P(c, SMB if r[0] == "Total" else SM) for c in r] for r in rows],
               colWidths=[28 * mm, 30 * mm, 40 * mm, 30 * mm, 30 * mm], hAlign="RIGHT",
               style=[("BACKGROUND", (0, 0), (-1, 0), NAVY), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                      ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2),
                      ("BOTTOMPADDING", (0, 0), (-1, -1), 3)])
    s += [KeepTogether([P("Table 4.1: Status of Completed Projects, 2021-2024",
                          ParagraphStyle("cap", parent=SMB, alignment=1)), Spacer(1, 2), tb,
                        P("Source: Water Infrastructure Division, Ministry of Rural Infrastructure",
                          ParagraphStyle("src", parent=SM, fontName="LSI", fontSize=7.8, alignment=2))]),
          Spacer(1, 6),
          np("4.4.3", "Under clause 40 of the contract, the contractor shall pay liquidated ascertained damages "
                      "(LAD) for each day of delay. LAD was not imposed on 14 contractors. <b>The Ministry should "
                      "have imposed LAD amounting to RM2.86 million.</b>"),
          feedback("14 March 2026", [
              "The delays were caused mainly by the late relocation of utilities by third parties and by heavy "
              "rain in the monsoon season of 2022. Extensions of time were being considered for 6 contractors.",
              "The Ministry will ensure that LAD is calculated for the remaining contractors."]),
          np("4.4.4", "Under the Treasury Instructions, payment for works shall be made within 14 days of the "
                      "receipt of a complete claim. For 41 of the 212 claims examined, payment took more than 30 "
                      "days."),
          np("4.4.5", "<b>Handing over and operation of schemes.</b> Of the 22 schemes not handed over, 15 had "
                      "been completed for more than a year. The state water operator told the audit team that it "
                      "could not accept schemes without as-built drawings and test results. None of the 24 "
                      "schemes visited had a bulk meter, so the water lost could not be measured."),
          feedback("14 March 2026", [
              "The Ministry has held meetings with the state water operator in Sabak and agreed on a checklist "
              "for the handing over of schemes."]),
          np("4.4.6", "The Auditor-General's Report 2019 recommended that the Ministry \"carry out a needs study "
                      "before approving new schemes and keep a complete record of the schemes it has built\". The "
                      "audit found that this recommendation had been only partly implemented."),
          np("4.4.7", "<b>Maintenance funding.</b> Maintenance funds of RM6.2 million a year are shared equally "
                      "between the two states, although Sabak operates 61 per cent of the schemes. Officers in "
                      "Sabak said: \"We should not have to choose between repairing a pump and paying the "
                      "electricity bill.\""),
          np("4.5", "OVERALL CONCLUSION", head=True),
          np("4.5.1", "Overall, the programme increased access to treated water for 24,135 households. However, "
                      "weaknesses in planning, contract management and the handing over of completed schemes "
                      "reduced its effectiveness and value for money."),
          np("4.6", "RECOMMENDATIONS", head=True),
          np("", "In order to address the weaknesses found and to ensure that the "
                      "objectives of the programme are achieved, it is recommended that the Ministry of Rural "
                      "Infrastructure take the following actions:")]
    for n, t in RECS:
        s.append(np(n, t, indent=4))
    s += [Spacer(1, 4),
          np("", "Under section 9 of the Audit Act 1957 this chapter was referred to the Ministry before "
                 "publication; its feedback has been taken into account.")]

    def deco(c, d):
        c.saveState()
        c.setFont("LS", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(20 * mm, 10 * mm, "National Audit Department")
        c.drawRightString(190 * mm, 10 * mm, "%d" % (c.getPageNumber() + 40))
        c.restoreState()
    doc.build(s, onFirstPage=deco, onLaterPages=deco)


def response(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=22 * mm, topMargin=18 * mm,
                            bottomMargin=20 * mm, title="Statement of action taken", author="KLB")
    s = [P("KEMENTERIAN PRASARANA LUAR BANDAR", ParagraphStyle("k", parent=LC, fontSize=10, spaceAfter=0)),
         P("MINISTRY OF RURAL INFRASTRUCTURE", ParagraphStyle("k2", parent=LC, fontSize=12, spaceAfter=0)),
         P("Aras 9, Blok F, Pusat Pentadbiran Kerajaan, 62591 Seri Angsana", ParagraphStyle("a", parent=L,
           alignment=1, fontSize=9, spaceAfter=2)),
         Table([[""]], colWidths=[163 * mm], style=[("LINEABOVE", (0, 0), (-1, -1), 1.2, NAVY)]),
         Table([[P("Ruj. Kami: KLB.100-4/2/7 Jld. 3 (12)", ParagraphStyle("r1", parent=L, fontSize=10)),
                 P("Tarikh: 18 Jun 2026", ParagraphStyle("r2", parent=L, fontSize=10, alignment=2))]],
               colWidths=[100 * mm, 63 * mm]),
         P("YBhg. Dato' Seri Haji Kamarul Ariffin bin Idris<br/>Auditor-General of Malaysia<br/>National Audit "
           "Department", ParagraphStyle("ad", parent=L, alignment=0)),
         P("YBhg. Dato' Seri,"),
         P("<b>STATEMENT OF ACTION TAKEN: AUDITOR-GENERAL'S REPORT 2025 SERIES 2, CHAPTER 4 - MANAGEMENT OF THE "
           "RURAL WATER SUPPLY PROGRAMME</b>", LB),
         P("With respect, I refer to the above matter.", L),
         P("2. The Ministry thanks the National Audit Department for its thorough examination of the programme, "
           "which has brought treated water to more than twenty-four thousand families in the two states. The "
           "status of the action taken on each recommendation is set out in the enclosure, as required by the "
           "Treasury circular on the follow-up of audit reports.", L),
         P("3. The Ministry has also briefed the Public Accounts Committee on 9 June 2026, and the minutes of that "
           "briefing will be forwarded to your Department separately.", L),
         P("Thank you.", L),
         P("<b>\"BERKHIDMAT UNTUK NEGARA\"</b>", L),
         P("Saya yang menjalankan amanah,", L), Spacer(1, 8),
         P("(DATO' HAJAH ROSNAH BINTI ABDUL MANAF)<br/>Secretary-General<br/>Ministry of Rural Infrastructure",
           ParagraphStyle("sg", parent=LB, fontSize=10.5)),
         Spacer(1, 14),
         P("ENCLOSURE: STATUS OF ACTION TAKEN", ParagraphStyle("e", parent=LC, fontSize=11.5, spaceBefore=4))]

    def block(ref, action, status):
        st = [P(ref, ParagraphStyle("bref", parent=LB, fontName="LSB", fontSize=9.8, textColor=NAVY,
                                   spaceAfter=3))]
        for a in action:
            st.append(P(a, ParagraphStyle("ba", parent=L, fontSize=10.5, spaceAfter=4)))
        st.append(P(status, ParagraphStyle("bs", parent=L, fontSize=10.5, spaceAfter=11)))
        return KeepTogether(st)

    s += [block("Paragraph 4.6.4 (bulk water meters)",
                ["<b>Action taken:</b> Bulk meters have been installed at all 64 completed schemes under a "
                 "variation order to the maintenance contract, and readings are now sent to the state offices "
                 "each month."], "<b>Status:</b> Completed (April 2026)"),
          block("Paragraphs 4.6.1 and 4.6.2 (planning of projects; liquidated ascertained damages)",
                ["<b>Action taken (4.6.1):</b> From 1 January 2026, no project is submitted for approval until a "
                 "joint site survey with the District Office has been signed by both parties. The programme "
                 "guidelines have been amended accordingly.",
                 "<b>Action taken (4.6.2):</b> LAD notices have been issued to 8 of the 14 contractors and "
                 "RM1.12 million has been deducted from their final payments. For the remaining 6 contractors, "
                 "extensions of time have been granted because the delays were not caused by them, so no LAD "
                 "will be recovered in those cases."],
                "<b>Status:</b> 4.6.1 - Completed. 4.6.2 - Partially completed."),
          block("Paragraph 4.6.7 (training of engineers)",
                ["<b>Action taken:</b> Twenty-six engineers attended a five-day course on contract management "
                 "and site supervision at the Public Works training institute in May 2026. A second intake is "
                 "scheduled for October 2026."], "<b>Status:</b> In progress (on schedule)"),
          block("Paragraph 4.6.3 (handing over of completed schemes)",
                ["<b>Action taken:</b> The Ministry cannot accept a fixed period for the handing over, because "
                 "the state water operator accepts a scheme only after its own inspection and the Ministry has "
                 "no power to require it to do so sooner. The checklist agreed with the operator will continue "
                 "to be used."], "<b>Status:</b> Not agreed"),
          block("Paragraph 4.6.6 (maintenance funding formula)",
                ["<b>Action taken:</b> The allocation of maintenance funds is decided by the Ministry of Finance. "
                 "The Ministry has forwarded the recommendation to the Budget Division for its consideration in "
                 "the preparation of the 2027 Budget."], "<b>Status:</b> Referred to the Ministry of Finance"),
          block("Other matters: paragraph 4.4.2 (Table 4.1)",
                ["The Ministry's records show that 23 schemes, not 22, were awaiting handing over at 31 December "
                 "2024, as one scheme in Lendu was completed on that date. The Ministry requests that the figure "
                 "be noted for the follow-up audit."], "<b>Status:</b> For information")]

    def deco(c, d):
        c.saveState()
        c.setFont("LS", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawCentredString(105 * mm, 10 * mm, "KLB.100-4/2/7 Jld. 3 (12)  |  %d" % c.getPageNumber())
        c.restoreState()
    doc.build(s, onFirstPage=deco, onLaterPages=deco)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=10: " ".join(dict(RECS)[k].split()[:n])
    recs = [
        {"number": "4.6.1", "starts_with": sw("4.6.1"),
         "reply_contains": "no project is submitted for approval until a joint site survey",
         "verdict": "agrees"},
        {"number": "4.6.2", "starts_with": sw("4.6.2"),
         "reply_contains": "so no LAD will be recovered in those cases",
         "verdict": "partly"},
        {"number": "4.6.3", "starts_with": sw("4.6.3"),
         "reply_contains": "The Ministry cannot accept a fixed period for the handing over",
         "verdict": "disagrees"},
        {"number": "4.6.4", "starts_with": sw("4.6.4", 9),
         "reply_contains": "Bulk meters have been installed at all 64 completed schemes",
         "verdict": "agrees"},
        {"number": "4.6.5", "starts_with": sw("4.6.5"), "reply_contains": None, "verdict": "unanswered"},
        {"number": "4.6.6", "starts_with": sw("4.6.6"),
         "reply_contains": "forwarded the recommendation to the Budget Division for its consideration",
         "verdict": "noted"},
        {"number": "4.6.7", "starts_with": sw("4.6.7"),
         "reply_contains": "Twenty-six engineers attended a five-day course on contract management",
         "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, [
        "thanks the National Audit Department for its thorough examination",
        "briefed the Public Accounts Committee on 9 June 2026",
        "The Ministry's records show that 23 schemes, not 22",
    ], "Advice: a chapter of a Malaysian-style Auditor-General's Report (Series 2, federal ministries): a navy "
       "band, a KEY POINTS box ('What needs to be done? The Ministry needs to improve its project planning ... "
       "Seven recommendations are made at paragraph 4.6'), then paragraphs with HANGING MULTI-LEVEL NUMBERS in a "
       "number column (4.1 INTRODUCTION ... 4.4.1-4.4.7 findings, 4.5 OVERALL CONCLUSION, 4.6 RECOMMENDATIONS). "
       "The seven recommendations are the sub-paragraphs 4.6.1-4.6.7 (numbers expected as '4.6.1' etc.), "
       "imperative verb phrases WITHOUT 'should' ('Verify ...', 'Impose ...', 'Hand over ...', 'Install ...', "
       "'Establish ...', 'Review, together with ...', 'Train ...') after an unnumbered lead-in 'it is "
       "recommended that the Ministry of Rural Infrastructure take the following actions:'. Traps: two boxed "
       "'Ministry's Feedback' panels INSIDE the advice ('The Ministry will ensure that LAD is calculated ...'), "
       "programme guidelines ('shall be confirmed'), contract clause 40 ('the contractor shall pay'), a bold "
       "finding 'The Ministry should have imposed LAD amounting to RM2.86 million', the Treasury Instructions "
       "('payment ... shall be made within 14 days'), the Auditor-General's Report 2019's recommendation quoted "
       "('carry out a needs study'), an officer quoted ('We should not have to choose'), a project table, 'no "
       "recommendation is made on it' (water quality), and a closing unnumbered paragraph on section 9 of the "
       "Audit Act 1957. Response: the Secretary-General's letter (Malay letterhead, 'Ruj. Kami', 'YBhg. Dato' "
       "Seri,', paragraphs 2-3, the motto 'BERKHIDMAT UNTUK NEGARA') and an 'ENCLOSURE: STATUS OF ACTION TAKEN' "
       "with blocks headed 'Paragraph 4.6.x (topic)', an 'Action taken:' paragraph and a 'Status:' line, in the "
       "order 4.6.4, 4.6.1+4.6.2, 4.6.7, 4.6.3, 4.6.6, other: 4.6.4 'Completed' (agrees); ONE block "
       "'Paragraphs 4.6.1 and 4.6.2' with 'Action taken (4.6.1)' (joint site survey, 'Completed': agrees) and "
       "'Action taken (4.6.2)' (LAD on 8 of 14, extensions for 6, 'Partially completed': partly); 4.6.7 'In "
       "progress (on schedule)' (agrees); 4.6.3 'cannot accept a fixed period', 'Not agreed' (disagrees); 4.6.6 "
       "'decided by the Ministry of Finance ... forwarded', 'Referred to the Ministry of Finance' (noted); 4.6.5 "
       "(central register) unanswered. Unmatched: letter paragraph 2 (thanks), paragraph 3 (Public Accounts "
       "Committee briefing), and 'Other matters: paragraph 4.4.2' disputing a figure in Table 4.1.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
