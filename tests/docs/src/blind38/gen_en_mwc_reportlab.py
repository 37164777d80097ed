"""Round 38 (EN): a Scottish MENTAL WELFARE COMMISSION-style local visit report on an adult acute psychiatric ward,
answered by the MINUTES of the health board's mental health clinical governance group at which the report was
discussed. The advice (invented Mental Welfare Commission visit to Ward 4, Invercraig Royal Hospital, NHS
Glenmorven) has the Commission's cover block, 'Where we visited', 'Who we met with', 'Commission visitors', a
'What we found' section with subheadings, recommendations as 'Recommendation N:' paragraphs (seven, all 'Managers /
Medical staff / The health board should ...') after findings that also use 'should', a note on the last visit's
recommendations, a 'Good practice' box, references to the Mental Health (Care and Treatment) (Scotland) Act 2003,
T2/T3 certificates and section 47 of the Adults with Incapacity (Scotland) Act 2000, then a 'Summary of
recommendations' repeating the seven, and the boilerplate 'Service response to recommendations'. The response is
minutes: attendance, items 1-6 with numbered minute paragraphs, the report discussed under item 4 in another order
(one paragraph with two recommendations and two outcomes), an action log table, an item that answers nothing, and
recommendation 7 not discussed. reportlab, A4, cleaned Liberation fonts. All content invented.

Run:  /tmp/blind38en/bin/python tests/docs/src/blind38/gen_en_mwc_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b38en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                KeepTogether)

NAME = "blind38_en_mwc"
TEAL = colors.HexColor("#2b5d7a")

for n, f in (("LS", "LiberationSans-Regular.ttf"), ("LS-B", "LiberationSans-Bold.ttf"),
             ("LS-I", "LiberationSans-Italic.ttf"), ("LS-BI", "LiberationSans-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(n, H.clean_font(f)))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LS-B", italic="LS-I", boldItalic="LS-BI")

BODY = ParagraphStyle("b", fontName="LS", fontSize=10.5, leading=14, spaceAfter=6)
SMALL = ParagraphStyle("s", parent=BODY, fontSize=9, leading=11.5)
H1 = ParagraphStyle("h1", parent=BODY, fontName="LS-B", fontSize=14, leading=18, textColor=TEAL, spaceBefore=10,
                    spaceAfter=6)
H2 = ParagraphStyle("h2", parent=BODY, fontName="LS-B", fontSize=11.5, leading=15, textColor=TEAL, spaceBefore=8,
                    spaceAfter=4)
REC = ParagraphStyle("r", parent=BODY, fontName="LS-B", leftIndent=8 * mm, spaceBefore=2, spaceAfter=8)
TITLE = ParagraphStyle("t", parent=BODY, fontName="LS-B", fontSize=20, leading=25, textColor=TEAL, spaceAfter=8)
MIN = ParagraphStyle("m", parent=BODY, leftIndent=12 * mm, firstLineIndent=-12 * mm)


def doc(path, on_page):
    d = BaseDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=22 * mm,
                        bottomMargin=22 * mm, title="", author="", creator="")
    fr = Frame(d.leftMargin, d.bottomMargin, d.width, d.height, id="f")
    d.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=on_page)])
    return d


REC_TEXT = [
    "Managers should ensure that care plans are person-centred, record the views of the individual, and are "
    "reviewed and updated at least monthly.",
    "Medical staff should ensure that all psychotropic medication is legally authorised on the appropriate T2 or T3 "
    "certificate, and managers should put in place a monthly audit of compliance.",
    "Managers should ensure that every patient is offered access to independent advocacy on admission and before "
    "each Mental Health Tribunal hearing.",
    "Managers should review the availability of occupational therapy staff so that structured activity is "
    "provided in the evenings and at weekends.",
    "Managers should review the locked door policy and ensure that informal patients are told, verbally and in "
    "writing, how they can leave the ward.",
    "The health board should prioritise the refurbishment of the ward's shower rooms and the provision of a "
    "quiet room for visits.",
    "Managers should ensure that copies of any power of attorney or guardianship order are held in the care record "
    "and that staff know who holds these powers.",
]


def rec(i):
    return Paragraph(f"Recommendation {i}:<br/>{REC_TEXT[i - 1]}", REC)


def advice():
    def on_page(c, d):
        c.saveState()
        c.setFont("LS", 8)
        c.setFillColor(colors.grey)
        if d.page > 1:
            c.drawString(22 * mm, A4[1] - 13 * mm, "Mental Welfare Commission for Scotland - Local visit report, "
                                                 "Ward 4, Invercraig Royal Hospital")
        c.drawRightString(A4[0] - 22 * mm, 12 * mm, f"{d.page}")
        c.restoreState()

    s = []
    band = Table([[Paragraph("<font color='white'><b>Mental Welfare Commission for Scotland</b></font>",
                             ParagraphStyle("x", parent=BODY, fontSize=13, leading=16))]],
                 colWidths=[166 * mm], style=[("BACKGROUND", (0, 0), (-1, -1), TEAL),
                                              ("TOPPADDING", (0, 0), (-1, -1), 8),
                                              ("BOTTOMPADDING", (0, 0), (-1, -1), 8)])
    s += [band, Spacer(1, 8 * mm),
          Paragraph("Report on unannounced visit to:", BODY),
          Paragraph("Invercraig Royal Hospital, Ward 4, Braeside Road, Invercraig IV9 4QT", TITLE),
          Paragraph("Date of visit: 3 February 2026", BODY),
          Spacer(1, 4 * mm),
          Paragraph("Where we visited", H1),
          Paragraph("Ward 4 is a 20-bedded mixed-sex adult acute admission ward in NHS Glenmorven. On the day of our "
                    "visit there were 21 patients, one of whom was sleeping in a room off the ward. Fourteen patients "
                    "were subject to detention under the Mental Health (Care and Treatment) (Scotland) Act 2003 "
                    "(the Mental Health Act).", BODY),
          Paragraph("We last visited this service in October 2024 and made recommendations on care planning and on "
                    "the recording of the legal authority for treatment. On this visit we wanted to follow up on "
                    "those recommendations and to hear how patients experience the ward since the move of the "
                    "intensive psychiatric care unit to the adjoining building.", BODY),
          Paragraph("Who we met with", H1),
          Paragraph("We met with and reviewed the care of eleven patients, nine of whom we met in person, and spoke "
                    "with two relatives. We spoke with the senior charge nurse, the clinical nurse manager, two "
                    "consultant psychiatrists, the occupational therapist and the advocacy worker.", BODY),
          Paragraph("Commission visitors", H1),
          Paragraph("Gillian Rennie, nursing officer; Dr Farhan Qureshi, medical officer; Moira Lamont, social work "
                    "officer", BODY),
          Paragraph("What people told us and what we found", H1),
          Paragraph("Care, treatment, support and participation", H2),
          Paragraph("Patients were mostly positive about the nursing staff, describing them as \"kind\" and "
                    "\"always there if you need them\". Several told us that they did not know what was in their care "
                    "plan. Of the eleven care plans we reviewed, only four recorded the patient's own views, and "
                    "five had not been reviewed for more than six weeks. Care plans should be a working document "
                    "that the patient recognises.", BODY),
          rec(1),
          Paragraph("Use of mental health and incapacity legislation", H2),
          Paragraph("Detention paperwork was in order. However, for three of the fourteen detained patients, "
                    "medication was being given that was not authorised on the T2 or T3 certificate; in one case "
                    "the certificate had expired a month earlier. We raised this with the responsible medical "
                    "officer on the day. This repeats a finding from our last visit, when we recommended that "
                    "\"the ward should introduce a system to check that all treatment is legally authorised\".", BODY),
          rec(2),
          Paragraph("Where a patient lacked capacity to consent to treatment for a physical condition, a certificate "
                    "under section 47 of the Adults with Incapacity (Scotland) Act 2000 was in place in both cases "
                    "we reviewed.", BODY),
          Paragraph("Rights and restrictions", H2),
          Paragraph("Patients told us that they had been offered advocacy, but several said this had happened only "
                    "after they asked. The advocacy service told us it is not routinely informed of tribunal "
                    "dates. Ward 4 operates a locked door, and the reasons are displayed at the entrance; however, "
                    "two informal patients did not know how they could leave the ward.", BODY),
          rec(3), rec(5),
          Paragraph("Activity and occupation", H2),
          Paragraph("The occupational therapist runs groups on weekday mornings, and patients valued these. There is "
                    "no structured activity after 4pm or at weekends, and patients described the evenings as "
                    "\"long and boring\". Nursing staff said they would like to do more but are not able to when "
                    "the ward is busy.", BODY),
          rec(4),
          Paragraph("The physical environment", H2),
          Paragraph("The ward is clean but tired. Two of the three shower rooms were out of use because of leaks, and "
                    "there is no private space where patients can meet visitors. We were told that a refurbishment "
                    "bid had been submitted in 2024 but not yet approved.", BODY),
          rec(6),
          Paragraph("Any other comments", H2),
          Paragraph("In two care records where a relative held a welfare power of attorney, there was no copy of the "
                    "document and staff were unsure of the powers granted.", BODY),
          rec(7),
          KeepTogether([Table([[Paragraph("<b>Good practice</b><br/>The ward's weekly \"what matters to you\" "
                                          "meeting, chaired by a peer support worker, is well attended and its "
                                          "actions are displayed on the ward notice board.", SMALL)]],
                              colWidths=[166 * mm], style=[("BOX", (0, 0), (-1, -1), 0.8, TEAL),
                                                           ("BACKGROUND", (0, 0), (-1, -1),
                                                            colors.HexColor("#e6eff4")),
                                                           ("TOPPADDING", (0, 0), (-1, -1), 6),
                                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 6)])]),
          Paragraph("Summary of recommendations", H1)]
    for i, t in enumerate(REC_TEXT, 1):
        s.append(Paragraph(f"Recommendation {i}:<br/>{t}", BODY))
    s += [Paragraph("Service response to recommendations", H1),
          Paragraph("The Commission requires a response to these recommendations within three months of the date "
                    "of this report. A copy of this report will be sent for information to Healthcare Improvement "
                    "Scotland.", BODY),
          Paragraph("Alison Ferrier<br/>Executive director (nursing)<br/>Report date: 26 March 2026", BODY)]
    doc(H.out(NAME + "_advice.pdf"), on_page).build(s)


def response():
    def on_page(c, d):
        c.saveState()
        c.setFont("LS", 8)
        c.setFillColor(colors.grey)
        c.drawString(22 * mm, A4[1] - 13 * mm, "NHS Glenmorven - MH&LD Clinical Governance Group - 12 May 2026")
        c.drawString(22 * mm, 12 * mm, "Approved minutes - OFFICIAL")
        c.drawRightString(A4[0] - 22 * mm, 12 * mm, f"Page {d.page}")
        c.restoreState()

    s = [Paragraph("NHS Glenmorven", ParagraphStyle("o", parent=BODY, fontName="LS-B", fontSize=13,
                                                   textColor=TEAL)),
         Paragraph("Mental Health and Learning Disability Services<br/>Clinical Governance Group", H2),
         Paragraph("Minutes of the meeting held on Tuesday 12 May 2026 at 2pm, via Microsoft Teams", BODY)]
    att = [["Present:", "Dr Ruaridh MacLeod, Associate Medical Director (Chair); Karen Baird, Head of Nursing; "
                        "Dr Priya Nair, Consultant Psychiatrist; Stuart Gow, Clinical Nurse Manager (Adult Acute); "
                        "Elaine Cossar, Lead Occupational Therapist; Iain Drummond, Senior Pharmacist"],
           ["In attendance:", "Leanne Watt, Clinical Governance Facilitator (minutes)"],
           ["Apologies:", "Fiona Harkness, General Manager"]]
    s.append(Table([[Paragraph(f"<b>{a}</b>", SMALL), Paragraph(b, SMALL)] for a, b in att],
                   colWidths=[30 * mm, 136 * mm], style=[("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(Spacer(1, 3 * mm))
    items = [
        ("1.", "Welcome and apologies", ["1.1 The Chair welcomed members. Apologies were noted as above."]),
        ("2.", "Minutes of the previous meeting (10 March 2026)",
         ["2.1 The minutes were approved as an accurate record."]),
        ("3.", "Matters arising and action log",
         ["3.1 Action 26/07 (observation policy training) is complete; 92% of registered nurses on the acute "
          "wards have now completed the module. The action was closed."]),
        ("4.", "Mental Welfare Commission local visit report - Ward 4, Invercraig Royal Hospital",
         ["4.1 SG presented the Commission's report of its unannounced visit on 3 February and the draft response, "
          "which must be returned to the Commission by 26 June. The Group discussed each recommendation in turn.",
          "4.2 SG reported that the locked door information had been addressed during the week of the visit: a "
          "leaflet is now given to every informal patient on admission and the policy was re-issued in February. "
          "The Group agreed that the response should state that this recommendation has been completed.",
          "4.3 On advocacy and weekend activity, the Group agreed that the advocacy service will be notified of "
          "every admission and every tribunal date through the ward clerk from June. EC explained that there is "
          "no funding for additional occupational therapy hours, and the Group did not support the reallocation "
          "of existing OT time from the community teams; weekend activity will therefore not be extended at "
          "present.",
          "4.4 The Group accepted the recommendation on care planning. A new person-centred care plan template "
          "will be introduced across all adult acute wards, with monthly review recorded in the multidisciplinary "
          "meeting notes.",
          "4.5 On consent to treatment, the Group agreed that the T2/T3 findings were unacceptable. ID confirmed "
          "that pharmacy will check every prescription chart against the certificates, but on a quarterly rather "
          "than monthly cycle, as pharmacy capacity does not allow a monthly audit.",
          "4.6 The refurbishment of the shower rooms and a visiting room are outside the remit of the Group. The "
          "Chair will refer the matter to the Capital Planning Group, which will consider it alongside other "
          "bids; no timescale can be given.",
          "4.7 The Group approved the draft response subject to these amendments."]),
        ("5.", "Ward 2 nurse staffing",
         ["5.1 KB reported that two newly qualified nurses will start on Ward 2 in September, which will reduce "
          "reliance on bank staff. The Group noted the update."]),
        ("6.", "Any other business", ["6.1 None. Date of next meeting: Tuesday 14 July 2026, 2pm."]),
    ]
    for no, title, paras in items:
        s.append(Paragraph(f"{no}&nbsp;&nbsp;{title}".replace("&nbsp;", " "), H2))
        for p in paras:
            n, t = p.split(" ", 1)
            s.append(Paragraph(f"{n}  {t}", BODY))
    s.append(Paragraph("Action log", H2))
    rows = [["No.", "Action", "Lead", "Due"],
            ["26/11", "Return response to the Mental Welfare Commission", "SG", "26/06/2026"],
            ["26/12", "Introduce person-centred care plan template (adult acute)", "KB", "31/08/2026"],
            ["26/13", "Quarterly T2/T3 prescription audit to begin", "ID", "30/06/2026"],
            ["26/14", "Refer Ward 4 refurbishment to Capital Planning Group", "RM", "30/05/2026"]]
    s.append(Table([[Paragraph(c, SMALL) for c in r] for r in rows], colWidths=[16 * mm, 100 * mm, 18 * mm,
                                                                             32 * mm],
                   style=[("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                          ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6eff4")),
                          ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc(H.out(NAME + "_response.pdf"), on_page).build(s)


def main():
    advice()
    response()
    recs = [
        {"number": "1", "starts_with": "Managers should ensure that care plans are person-centred, record the",
         "reply_contains": "A new person-centred care plan template will be introduced", "verdict": "agrees"},
        {"number": "2", "starts_with": "Medical staff should ensure that all psychotropic medication is legally",
         "reply_contains": "on a quarterly rather than monthly cycle", "verdict": "partly"},
        {"number": "3", "starts_with": "Managers should ensure that every patient is offered access to",
         "reply_contains": "notified of every admission and every tribunal date", "verdict": "agrees"},
        {"number": "4", "starts_with": "Managers should review the availability of occupational therapy staff",
         "reply_contains": "weekend activity will therefore not be extended at present", "verdict": "disagrees"},
        {"number": "5", "starts_with": "Managers should review the locked door policy and ensure",
         "reply_contains": "a leaflet is now given to every informal patient", "verdict": "agrees"},
        {"number": "6", "starts_with": "The health board should prioritise the refurbishment of the ward's",
         "reply_contains": "refer the matter to the Capital Planning Group, which will consider",
         "verdict": "noted"},
        {"number": "7", "starts_with": "Managers should ensure that copies of any power of attorney",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["two newly qualified nurses will start on Ward 2",
                 "92% of registered nurses on the acute wards"]
    notes = ("Scottish Mental Welfare Commission-style local visit report on an adult acute ward answered by the "
             "minutes of the health board's mental health clinical governance group (invented NHS Glenmorven, "
             "Invercraig Royal Hospital Ward 4; reportlab, A4, running header, page numbers). Advice: seven "
             "'Recommendation N:' paragraphs (1-7) in the 'What we found' sections, out of numeric order in the "
             "text (1, 2, 3, 5, 4, 6, 7) and repeated in document order under 'Summary of recommendations'; all "
             "'Managers / Medical staff / The health board should ...'. Traps: findings with 'should' ('Care plans "
             "should be a working document'), the last visit's recommendation quoted, the 'Good practice' box, "
             "legal references (Mental Health (Care and Treatment) (Scotland) Act 2003, T2/T3, section 47 AWI Act "
             "2000), the boilerplate 'Service response to recommendations' (a response is required within three "
             "months). Response: minutes with attendance table, items 1-6 and minute paragraphs 4.1-4.7, no "
             "recommendation numbers, order 5, 3+4, 1, 2, 6: leaflet and policy already done (5 agrees); ONE "
             "paragraph 4.3 with advocacy notification (3 agrees) and no extra OT, 'weekend activity will therefore "
             "not be extended' (4 disagrees); new care plan template (1 agrees); quarterly not monthly audit (2 "
             "partly); outside the Group's remit, referred to Capital Planning, no timescale (6 noted); 7 (power "
             "of attorney copies) not discussed (unanswered). Item 5 on Ward 2 staffing and item 3 answer nothing "
             "(unmatched); an action log table repeats some outcomes in short form.")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
