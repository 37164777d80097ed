"""Round 100 (EN): a local Healthwatch ENTER AND VIEW VISIT REPORT on a care home (England), seven recommendations
in a ruled TABLE 'No. | Recommendation | Why', after 'What we observed' findings, answered by the care home
manager's PROVIDER RESPONSE LETTER citing the numbers. reportlab platypus, A4, cleaned DejaVu, invariant=1; header
and 'Page N of M' stamped from page 2. All bodies, people, places and figures invented; the Health and Social Care
Act 2012 and CQC Regulation 9 are named as context only.
Run:  /tmp/blind100en/bin/python tests/docs/src/blind100/gen_en_healthwatch_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b100en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

NAME = "blind100_en_healthwatch"
pdfmetrics.registerFont(TTFont("DV", H.clean_font("DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", H.clean_font("DejaVuSans-Bold.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DV", boldItalic="DVB")
PINK = colors.HexColor("#8a1f5a")
body = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=13.5, spaceAfter=6)
cell = ParagraphStyle("c", parent=body, fontSize=8.8, leading=11.6, spaceAfter=0)
small = ParagraphStyle("s", parent=body, fontSize=8, leading=10.5, textColor=colors.HexColor("#555555"))
h1 = ParagraphStyle("h1", fontName="DVB", fontSize=16, leading=20, textColor=PINK, spaceAfter=6)
h2 = ParagraphStyle("h2", fontName="DVB", fontSize=11.5, leading=15, textColor=PINK, spaceBefore=8, spaceAfter=4)


def P(t, s=body):
    return Paragraph(t, s)


def build(path, story, head):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=22 * mm, invariant=1, title=head, author="Healthwatch Wexcombe")
    doc.build(story)
    H.stamp(path, header=head, footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))


def advice():
    info = Table([[P("<b>Service</b>", cell), P("Larkfield House Care Home, 14 Mill Lane, Ashby Wexcombe WX7 2JD", cell)],
                  [P("<b>Provider</b>", cell), P("Brightwater Care Homes Ltd", cell)],
                  [P("<b>Date of visit</b>", cell), P("Tuesday 4 November 2025, 10.00 to 14.30", cell)],
                  [P("<b>Authorised representatives</b>", cell), P("Gillian Marsh (lead), Tunde Okafor, Brenda Fielding", cell)],
                  [P("<b>Type of visit</b>", cell), P("Announced Enter and View visit", cell)]],
                 colWidths=[45 * mm, 121 * mm])
    info.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f6e6ef")),
                              ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#bbbbbb")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s = [P("Healthwatch Wexcombe", ParagraphStyle("lh", parent=small, fontName="DVB", textColor=PINK, fontSize=10)),
         P("Enter and View Report: Larkfield House Care Home", h1), info, Spacer(1, 8),
         P("About Enter and View", h2),
         P("Healthwatch Wexcombe is the independent champion for people who use health and social care services in "
           "Wexcombe. Under the Health and Social Care Act 2012, local Healthwatch authorised representatives may enter "
           "and view premises where publicly funded care is provided. Providers must allow entry and must respond to a "
           "report within 20 working days. An Enter and View visit is not an inspection; it reports what people told us "
           "and what we saw on one day."),
         P("Summary", h2),
         P("Larkfield House is a 46-bed home for older people, 18 of whom live with dementia. On the day of our visit 41 "
           "people were living at the home. We spoke with 16 residents, 7 relatives and 9 members of staff, and observed "
           "the lunchtime meal in both dining rooms. Residents were overwhelmingly positive about the kindness of staff, "
           "and the home was clean and free of odours."),
         P("What we observed", h2),
         P("<b>Meals.</b> Lunch in the Garden Room was calm and well supported. In the first-floor dining room, four "
           "residents waited more than 25 minutes for help with eating, and the menu board showed the previous day's "
           "meals. Relatives said choice should be offered at the table rather than the day before."),
         P("<b>Activities.</b> The activities coordinator works 20 hours a week. There were no planned activities on the "
           "first floor on the afternoon of our visit, and two residents told us they had not been outside since the "
           "summer."),
         P("<b>Communication with families.</b> Relatives valued the monthly newsletter but three said they had learned "
           "of a fall only at their next visit. Care plans must reflect each person's needs and preferences under "
           "Regulation 9 of the CQC fundamental standards, but relatives did not know they could ask to see them."),
         P("<b>Environment.</b> Signage on the first floor is small and the corridors look alike. The garden is "
           "attractive but the door to it is kept locked and residents must ask staff to open it."),
         P("In our 2023 report on this home we recommended that 'the home should review the visiting hours at "
           "weekends'; this was done, and open visiting now applies every day."),
         P("Recommendations", h2),
         P("We make the following recommendations to Brightwater Care Homes Ltd and the manager of Larkfield House."),
         ]
    recs = [
        ("1", "Provide additional staff support at lunchtime in the first-floor dining room so that no resident waits for help with eating.", "Observation, 4 residents waited over 25 minutes"),
        ("2", "Offer residents a visual choice of meals at the table, using show plates or picture menus.", "Residents and relatives"),
        ("3", "Increase the activities coordinator's hours and publish a weekly activities plan for each floor.", "No activities seen on the first floor"),
        ("4", "Contact the named relative on the same day after any fall or other significant incident.", "Three relatives"),
        ("5", "Tell residents and relatives how they can see and contribute to care plans.", "Regulation 9; relatives unaware"),
        ("6", "Keep the garden door unlocked during daylight hours so that residents can go outside freely.", "Door locked on visit"),
        ("7", "Improve dementia-friendly signage on the first floor, including contrasting colours and pictorial signs.", "Corridors look alike"),
    ]
    rows = [[P("<b>No.</b>", cell), P("<b>Recommendation</b>", cell), P("<b>Based on</b>", cell)]]
    rows += [[P(a, cell), P(b, cell), P(c, small)] for a, b, c in recs]
    t = Table(rows, colWidths=[12 * mm, 112 * mm, 42 * mm], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f6e6ef")),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, Spacer(1, 8),
          P("Acknowledgements", h2),
          P("Healthwatch Wexcombe thanks the residents, relatives and staff of Larkfield House for their welcome. This "
            "report will be shared with the provider, Wexcombe County Council's commissioning team and the Care Quality "
            "Commission, and published on our website with the provider's response."),
          P("Healthwatch Wexcombe, Unit 3, The Old Post Office, Wexcombe WX1 4AB. Report published 2 December 2025.", small)]
    build(H.out(NAME + "_advice.pdf"), s, "Healthwatch Wexcombe | Enter and View Report: Larkfield House | December 2025")


def response():
    s = [P("BRIGHTWATER CARE HOMES", ParagraphStyle("lh", parent=h1, fontSize=13, textColor=colors.HexColor("#20506e"))),
         P("Larkfield House, 14 Mill Lane, Ashby Wexcombe WX7 2JD | Registered manager: Sandra Kowalczyk", small),
         Spacer(1, 10),
         P("Gillian Marsh<br/>Enter and View Lead<br/>Healthwatch Wexcombe<br/>Unit 3, The Old Post Office<br/>Wexcombe WX1 4AB"),
         P("18 December 2025"),
         P("<b>Provider response: Enter and View visit of 4 November 2025</b>"),
         P("Dear Ms Marsh,"),
         P("Thank you for your report and for the care your team took in speaking with our residents and their families. "
           "I have shared it with our staff and with the residents' and relatives' meeting on 9 December, and I am pleased "
           "to set out our response below."),
         P("<b>Recommendation 4.</b> Our falls policy has been changed with effect from 1 December 2025: the nurse or "
           "senior carer in charge now telephones the named relative on the same day after any fall, and this is "
           "recorded on the incident form."),
         P("<b>Recommendation 1.</b> We agree. From 24 November a second carer has been rostered to the first-floor "
           "dining room from 12.00 to 13.30, and the deputy manager checks mealtimes twice a week."),
         P("<b>Recommendations 3 and 6.</b> We will increase the activities coordinator's hours from 20 to 30 a week from "
           "January, but we are not able to add a separate plan for each floor; one weekly plan will be displayed on both "
           "floors. We have considered carefully whether the garden door could be left unlocked, but several residents "
           "are at risk if they leave the building unaccompanied, and the door will therefore remain locked; staff will "
           "offer a daily garden walk instead."),
         P("<b>Recommendation 7.</b> We have noted this. Signage will be considered as part of Brightwater's "
           "refurbishment programme for 2026-27, which is decided by the regional property team."),
         P("<b>Recommendation 2.</b> Picture menus were introduced in both dining rooms on 1 December, and show plates "
           "are now offered at the table at lunch and tea."),
         P("<b>Staffing and inspection.</b> You may wish to know that the home was inspected by the Care Quality "
           "Commission in September 2025; the report, rated Good in all five areas, is displayed in reception."),
         P("Please do not hesitate to contact me if you would like to discuss any part of this response. We would be "
           "glad to welcome Healthwatch Wexcombe back to Larkfield House in the spring."),
         P("Yours sincerely,"), Spacer(1, 6),
         P("Sandra Kowalczyk<br/>Registered Manager, Larkfield House")]
    build(H.out(NAME + "_response.pdf"), s, "Larkfield House | Provider response to Healthwatch Wexcombe")


def main():
    advice(); response()
    recs = [
        {"number": 1, "starts_with": "Provide additional staff support at lunchtime in the first-floor dining room",
         "reply_contains": "a second carer has been rostered to the first-floor", "verdict": "agrees"},
        {"number": 2, "starts_with": "Offer residents a visual choice of meals at the table",
         "reply_contains": "Picture menus were introduced in both dining rooms", "verdict": "agrees"},
        {"number": 3, "starts_with": "Increase the activities coordinator's hours and publish a weekly activities plan",
         "reply_contains": "we are not able to add a separate plan for each floor", "verdict": "partly"},
        {"number": 4, "starts_with": "Contact the named relative on the same day after any",
         "reply_contains": "now telephones the named relative on the same day", "verdict": "agrees"},
        {"number": 5, "starts_with": "Tell residents and relatives how they can see and contribute",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 6, "starts_with": "Keep the garden door unlocked during daylight hours so that",
         "reply_contains": "the door will therefore remain locked; staff will offer", "verdict": "disagrees"},
        {"number": 7, "starts_with": "Improve dementia-friendly signage on the first floor, including contrasting colours",
         "reply_contains": "Signage will be considered as part of Brightwater's refurbishment programme", "verdict": "noted"}]
    unmatched = ["Thank you for your report and for the care your team took",
                 "rated Good in all five areas, is displayed in reception",
                 "glad to welcome Healthwatch Wexcombe back to Larkfield House"]
    notes = ("Advice: a local Healthwatch ENTER AND VIEW VISIT REPORT on a care home; seven recommendations numbered 1-7 in "
             "a ruled TABLE 'No. | Recommendation | Based on'. Traps: visit details table, Health and Social Care Act 2012 "
             "('Providers must allow entry and must respond'), findings in bold run-in paragraphs ('choice should be "
             "offered', Regulation 9 'Care plans must reflect'), the 2023 recommendation quoted ('the home should review "
             "the visiting hours'), figures (46 beds, 25 minutes). Response: PROVIDER RESPONSE LETTER with bold run-in "
             "'Recommendation N.' labels, CITES numbers, order 4, 1, 3+6, 7, 2: same-day call already in force (4 agrees); "
             "second carer (1 agrees); ONE paragraph 'Recommendations 3 and 6' = 30 hours but one plan (3 partly) + door "
             "stays locked (6 disagrees); signage noted for refurbishment programme (7 noted); picture menus introduced (2 "
             "agrees); 5 (care plans) unanswered. Unmatched: opening thanks, 'Staffing and inspection' (CQC rating), closing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
