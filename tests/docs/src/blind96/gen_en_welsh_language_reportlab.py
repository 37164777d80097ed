"""Round 96 (EN): a WELSH LANGUAGE COMMISSIONER'S ASSURANCE REPORT on a Welsh county council's contact centre
(recommendations coded R1-R7 in a borderless two-column 'code | text' grid after the findings) answered by the
council's ACTION PLAN (a covering note, then an 'Ref. | Council action | Lead officer | By' table citing the codes).
reportlab platypus, A4, cleaned DejaVu, invariant=1; header from page 2 and 'Page N of M' stamped. All invented;
the Welsh Language (Wales) Measure 2011 is named as context only.
Run:  /tmp/blind96en/bin/python tests/docs/src/blind96/gen_en_welsh_language_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b96en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

NAME = "blind96_en_welsh_language"
R = H.clean_font("DejaVuSans.ttf")
B = H.clean_font("DejaVuSans-Bold.ttf")
pdfmetrics.registerFont(TTFont("DV", R))
pdfmetrics.registerFont(TTFont("DVB", B))
RED = colors.HexColor("#9b1b30")
body = ParagraphStyle("b", fontName="DV", fontSize=9.3, leading=13.2, spaceAfter=5)
small = ParagraphStyle("s", parent=body, fontSize=8, leading=10.5, textColor=colors.HexColor("#555555"))
h1 = ParagraphStyle("h1", fontName="DVB", fontSize=16, leading=20, textColor=RED, spaceAfter=4)
h2 = ParagraphStyle("h2", fontName="DVB", fontSize=11, leading=14, textColor=RED, spaceBefore=8, spaceAfter=4)
cell = ParagraphStyle("c", parent=body, fontSize=8.6, leading=11.5, spaceAfter=0)
cellb = ParagraphStyle("cb", parent=cell, fontName="DVB")


def P(t, s=body):
    return Paragraph(t, s)


def numbered(n, t):
    return Table([[P(n, small), P(t)]], colWidths=[12 * mm, 150 * mm],
                 style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])


ADV = [
    P("COMISIYNYDD Y GYMRAEG | WELSH LANGUAGE COMMISSIONER", small),
    P("Assurance report: Welsh language services at Penrhyd County Council's Customer Contact Centre", h1),
    P("Report reference CYG-SA-2026-07 | Published 12 February 2026 | Prepared under the Commissioner's general "
      "functions. This report does not contain a determination under section 77 of the Measure.", small),
    Spacer(1, 4),
    P("1. Introduction", h2),
    numbered("1.1", "Penrhyd County Council has been subject to Welsh language standards since 2016. Under the Welsh "
             "Language (Wales) Measure 2011 a body to which a compliance notice has been given must comply with the "
             "standards specified in it. Standard 8 requires the Council, where it has a telephone number for "
             "services, to deal with calls in Welsh if the caller so wishes."),
    numbered("1.2", "Between September and November 2025 the Commissioner's officers made 96 mystery-shopper calls to "
             "the Customer Contact Centre, examined 140 letters and automated messages, and interviewed eleven staff "
             "and managers. This report sets out what we found and seven recommendations for improvement."),
    P("2. Background", h2),
    numbered("2.1", "The Contact Centre at Llys Penrhyd handles about 310,000 calls a year for council tax, waste, "
             "housing repairs and highways. Callers hear a bilingual greeting and may press 1 for Welsh."),
    numbered("2.2", "In our 2021 review the Commissioner recommended that \"the Council should appoint a Welsh language "
             "champion in every front-line service\". The Council accepted that recommendation and champions are now "
             "in place in six of its eight services; we do not repeat it here."),
    P("3. Findings", h2),
    numbered("3.1", "<b>Finding 1.</b> Callers who chose the Welsh option were answered in Welsh in 61 of 96 calls "
             "(64%). In the remaining calls the caller was transferred, asked to wait for a call back or answered in "
             "English. Callers should not have to ask twice for a service they have already chosen."),
    numbered("3.2", "<b>Finding 2.</b> The Council does not record whether a caller prefers Welsh, so a caller's "
             "choice is lost when a case is passed to another department."),
    numbered("3.3", "<b>Finding 3.</b> Only 9 of the Centre's 42 advisers are able to hold a conversation in Welsh, "
             "and none of them works after 6 p.m., although the Centre is open until 8 p.m."),
    numbered("3.4", "<b>Finding 4.</b> Letters produced automatically by the housing repairs system were in English "
             "only in 23 of 40 cases. Recorded messages on two of the five service lines had not been updated since "
             "2019 and contained errors in the Welsh text."),
    numbered("3.5", "The online payment pages linked from the Contact Centre menu did not display any information about "
             "the Council's duties under its compliance notice. Staff told us that training in Welsh is offered only "
             "when a service has money left at the end of the year."),
    P("4. Recommendations", h2),
    numbered("4.1", "The Commissioner recommends that Penrhyd County Council:"),
]
RECS = [
    ("R1", "Record the language choice of every caller in its customer relationship management system, so that the "
           "choice follows the case to other departments, by 31 March 2027."),
    ("R2", "Recruit or train enough Welsh-speaking advisers to answer calls in Welsh throughout the Contact Centre's "
           "opening hours, including the evening shift."),
    ("R3", "Publish a summary of its compliance notice, and how to complain, on every page of the online payment "
           "system."),
    ("R4", "Commission an independent test of all recorded telephone messages and automated texts twice a year."),
    ("R5", "Ensure that every letter generated by the housing repairs system is issued bilingually, with the Welsh "
           "text first."),
    ("R6", "Set aside a ring-fenced annual budget for Welsh language training for front-line staff."),
    ("R7", "Report progress on these recommendations to its Governance and Audit Committee within six months of "
           "this report."),
]
grid = Table([[P(c, cellb), P(t, cell)] for c, t in RECS], colWidths=[14 * mm, 148 * mm])
grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEABOVE", (0, 0), (-1, 0), 1, RED),
                          ("LINEBELOW", (0, -1), (-1, -1), 1, RED), ("TOPPADDING", (0, 0), (-1, -1), 4),
                          ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
ADV += [grid, Spacer(1, 6),
        P("5. Next steps", h2),
        numbered("5.1", "We ask the Council to send us an action plan within three months. Nothing in this report "
                 "prevents the Commissioner from opening an investigation under section 71 of the Measure if a "
                 "complaint is received."),
        numbered("5.2", "The Commissioner thanks the Council's Customer Services Manager and the Contact Centre staff "
                 "for their co-operation."),
        Spacer(1, 8), P("Dafydd Pryce-Lewis, Head of Compliance, on behalf of the Welsh Language Commissioner", small)]

RSP = [
    P("PENRHYD COUNTY COUNCIL | CYNGOR SIR PENRHYD", small),
    P("Action plan in response to the Commissioner's assurance report CYG-SA-2026-07", h1),
    P("Customer Services | Version 1.0, approved by the Corporate Leadership Team on 5 May 2026 | Sent to the "
      "Commissioner on 8 May 2026", small),
    P("Covering note", h2),
    P("The Council welcomes the Commissioner's report on our Customer Contact Centre and is grateful for the careful "
      "mystery-shopper exercise behind it. This action plan has been agreed by the Corporate Leadership Team and "
      "the Cabinet Member for Customer Services, and sets out what we have done and what we will do."),
    P("Actions", h2),
]
ROWS = [
    ("Ref.", "Council action", "Lead officer", "By"),
    ("R5", "Done. The repairs system template was changed in April 2026 and all repair letters now go out in both "
           "languages with Welsh on the left or first. We checked a sample of 60 letters in late April.",
     "Head of Housing", "Complete"),
    ("R1", "Agreed. A language preference field will be added to the customer record in the upgrade of our customer "
           "relationship management system, and will be carried with each case when it is referred on.",
     "ICT Business Partner", "31 Mar 2027"),
    ("R3 and R4", "The compliance summary and a link to the complaints page have been added to the footer of each "
                  "payment page. We do not intend to commission external testing of messages: Welsh-speaking staff "
                  "from the Translation Unit will check every recorded message quarterly instead, at no extra cost.",
     "Digital Services Manager", "Complete / ongoing"),
    ("R6", "Training budgets are being reviewed as part of the medium-term financial plan. A ring-fenced sum will "
           "be considered alongside other pressures when Cabinet sets the 2027/28 budget.",
     "Head of People", "Feb 2027"),
    ("R2", "We accept the aim but cannot staff the evening shift in Welsh within current resources. From September "
           "2026 Welsh-speaking advisers will cover all calls between 9 a.m. and 5 p.m.; after 5 p.m. Welsh "
           "callers will be offered a call back the next working day.",
     "Customer Services Manager", "Sep 2026"),
]
t = Table([[P(c, cellb if i == 0 else cell) for c in row] for i, row in enumerate(ROWS)],
          colWidths=[18 * mm, 96 * mm, 28 * mm, 22 * mm], repeatRows=1)
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (-1, 0),
                       colors.HexColor("#f3e3e6")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
RSP += [t,
        P("Related work: Welsh in Education Strategic Plan", h2),
        P("Separately from this report, the Council's Welsh in Education Strategic Plan 2022-2032 is being reviewed "
          "this year. Its annual review will be reported to the Education Scrutiny Committee in July 2026 and does "
          "not form part of this action plan."),
        P("Contact", h2),
        P("Any questions about this action plan should be addressed to Catrin Mostyn, Customer Services Manager, "
          "Llys Penrhyd, Penrhyd. We would be happy to meet the Commissioner's officers to discuss progress.")]


def build(story, path, header):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, invariant=1, title=header)
    doc.build(story)
    H.stamp(path, header=header, footer="Page {n} of {N}", skip_first=True, fontfile=R)


def main():
    a, r = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    build(ADV, a, "Welsh Language Commissioner - Assurance report CYG-SA-2026-07")
    build(RSP, r, "Penrhyd County Council - Action plan, report CYG-SA-2026-07")
    recs = [
        {"number": 1, "starts_with": "Record the language choice of every caller in its customer",
         "reply_contains": "A language preference field will be added to the customer record",
         "verdict": "agrees"},
        {"number": 2, "starts_with": "Recruit or train enough Welsh-speaking advisers to answer calls",
         "reply_contains": "cannot staff the evening shift in Welsh within current resources",
         "verdict": "partly"},
        {"number": 3, "starts_with": "Publish a summary of its compliance notice, and how to complain",
         "reply_contains": "added to the footer of each payment page", "verdict": "agrees"},
        {"number": 4, "starts_with": "Commission an independent test of all recorded telephone messages",
         "reply_contains": "We do not intend to commission external testing of messages",
         "verdict": "disagrees", "also": ["partly"]},
        {"number": 5, "starts_with": "Ensure that every letter generated by the housing repairs system",
         "reply_contains": "all repair letters now go out in both languages", "verdict": "agrees"},
        {"number": 6, "starts_with": "Set aside a ring-fenced annual budget for Welsh language training",
         "reply_contains": "will be considered alongside other pressures when Cabinet sets", "verdict": "noted"},
        {"number": 7, "starts_with": "Report progress on these recommendations to its Governance and Audit",
         "reply_contains": None, "verdict": "unanswered"}]
    unmatched = ["The Council welcomes the Commissioner's report on our Customer Contact Centre",
                 "Welsh in Education Strategic Plan 2022-2032 is being reviewed",
                 "We would be happy to meet the Commissioner's officers"]
    notes = ("Advice: a Welsh Language Commissioner's assurance report on a county council's contact centre, every "
             "paragraph numbered 1.1-5.2; recommendations CODED R1-R7 in a borderless 'code | text' grid after "
             "'4.1 The Commissioner recommends that Penrhyd County Council:'. Traps: the 2011 Measure 'must comply "
             "with the standards', Standard 8, section 77 / section 71, the 2021 recommendation quoted ('the Council "
             "should appoint a Welsh language champion'), Findings 1-4 ('Callers should not have to ask twice'), "
             "paragraph 5.1 asking for an action plan. Response: the council's ACTION PLAN, covering note then an "
             "'Ref. | Council action | Lead officer | By' table citing codes, order R5, R1, R3+R4, R6, R2: bilingual "
             "repair letters done (R5 agrees); language field by March 2027 (R1 agrees); ONE row 'R3 and R4' = "
             "compliance summary added to payment pages (R3 agrees) + no external testing, internal quarterly checks "
             "instead (R4 disagrees, partly acceptable); training budget considered in 2027/28 budget (R6 noted); "
             "Welsh 9-5 only, evening call back (R2 partly); R7 (report to Governance and Audit Committee) unanswered. "
             "Unmatched: covering note, Welsh in Education Strategic Plan section, Contact.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
