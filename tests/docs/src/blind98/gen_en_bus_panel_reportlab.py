"""Round 98 (EN): an English combined authority's BUS PASSENGER PANEL ADVICE NOTE on the refresh of the Bus Service
Improvement Plan (numbered paragraphs; seven CODED recommendations BP1-BP7 as bold labels in a two-column table under
each theme) answered by a TRANSPORT COMMITTEE BOARD PAPER (numbered paragraphs citing the codes, one paragraph for
two). reportlab platypus, A4, cleaned DejaVu, invariant=1; header and 'Page N of M' stamped. All bodies, people,
places and figures invented; the Transport Act 2000 is named as context only.
Run:  /tmp/blind98en/bin/python tests/docs/src/blind98/gen_en_bus_panel_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b98en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

NAME = "blind98_en_bus_panel"
pdfmetrics.registerFont(TTFont("DV", H.clean_font("DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", H.clean_font("DejaVuSans-Bold.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DV", boldItalic="DVB")
RED = colors.HexColor("#8a1c2b")
body = ParagraphStyle("b", fontName="DV", fontSize=9.4, leading=13.4, spaceAfter=5)
small = ParagraphStyle("s", parent=body, fontSize=8, leading=10.5, textColor=colors.HexColor("#555555"))
h1 = ParagraphStyle("h1", fontName="DVB", fontSize=15, leading=19, textColor=RED, spaceAfter=4)
h2 = ParagraphStyle("h2", fontName="DVB", fontSize=10.8, leading=14, textColor=RED, spaceBefore=8, spaceAfter=4)
cell = ParagraphStyle("c", parent=body, fontSize=8.8, leading=11.8, spaceAfter=0)
cellb = ParagraphStyle("cb", parent=cell, fontName="DVB", textColor=RED)


def P(t, s=body):
    return Paragraph(t, s)


def num(n, t):
    tb = Table([[P(n, small), P(t)]], colWidths=[12 * mm, 152 * mm])
    tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return tb


def rec(code, t):
    tb = Table([[P(code, cellb), P(t, cell)]], colWidths=[16 * mm, 148 * mm])
    tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f6eced")),
                            ("LINEBEFORE", (0, 0), (0, 0), 2.5, RED), ("TOPPADDING", (0, 0), (-1, -1), 5),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return [tb, Spacer(1, 5)]


def letterhead(title, sub):
    return [P("NORTH MERSEY AND WIRRALDALE COMBINED AUTHORITY", ParagraphStyle("lh", parent=small, fontName="DVB", textColor=RED)),
            Spacer(1, 4), P(title, h1), P(sub, small),
            Table([[""]], colWidths=[164 * mm], style=[("LINEABOVE", (0, 0), (-1, -1), 1.2, RED)]), Spacer(1, 4)]


def build(path, story, head):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=23 * mm, rightMargin=23 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, invariant=1, title=head, author="NMWCA")
    doc.build(story)
    H.stamp(path, header=head, footer="Page {n} of {N}", skip_first=True,
            fontfile=H.clean_font("DejaVuSans.ttf"))


def advice():
    s = letterhead("Bus Passenger Panel: Advice Note 2026/1",
                   "Advice to the Transport Committee on the refresh of the Bus Service Improvement Plan (BSIP) | "
                   "Agreed by the Panel on 14 January 2026 | Chair: Gwen Ashworth")
    s += [P("1. Purpose and background", h2),
          num("1.1", "The Bus Passenger Panel is made up of twelve bus users recruited from across the six districts. "
              "Its terms of reference ask it to advise the Transport Committee on any matter affecting passengers, and "
              "the Committee has asked for the Panel's view before the refreshed BSIP is published in June 2026."),
          num("1.2", "The Authority must review its BSIP at least annually under section 138A of the Transport Act 2000 "
              "and must publish the refreshed plan. This note is our contribution to that review. It is based on four "
              "Panel meetings, two mystery-travel exercises on 31 routes and a survey of 1,206 passengers."),
          num("1.3", "Last year the Panel said that 'the Authority should install real-time displays at all stops "
              "with more than 200 boardings a day'. We welcome the 84 displays installed since then and make no further "
              "recommendation on that point."),
          P("2. Reliability and information", h2),
          num("2.1", "Passengers told us that reliability matters more to them than any other aspect of the service. "
              "In our survey 61 per cent said a bus had failed to turn up at least once in the previous month, and on "
              "the 31 routes we travelled 14 per cent of journeys left more than five minutes late."),
          num("2.2", "Operators already report punctuality to the Authority each month under the Enhanced Partnership, "
              "but the figures are published only as an annual average. A passenger cannot see how the route they "
              "actually use is performing. Figures should be simple and should not need a spreadsheet to read."),
          ] + rec("BP1", "Publish monthly punctuality and lost-mileage figures for every route on the Authority's "
                  "website, within six weeks of the end of each month.") + [
          num("2.3", "When a bus is cancelled, information at the stop and in the app is often wrong. Nine of our "
              "mystery travellers waited for a 'ghost bus' that the app still showed as due."),
          ] + rec("BP2", "Require operators, through the Enhanced Partnership scheme, to remove cancelled journeys "
                  "from real-time feeds within ten minutes of the decision to cancel.") + [
          P("3. Fares and tickets", h2),
          num("3.1", "The national single-fare cap is due to rise to £3 on 1 April 2026. The Panel's finding is that "
              "multi-operator tickets are still poorly understood: only 22 per cent of survey respondents knew that the "
              "Wirraldale Day Rider is valid on every operator."),
          ] + rec("BP3", "Introduce a local weekly cap of £18 on contactless payments across all operators, and "
                  "promote the Day Rider on every bus and at every staffed interchange.") + [
          ] + rec("BP4", "Extend the half-fare concession for care leavers from age 21 to age 25.") + [
          P("4. Accessibility and safety", h2),
          num("4.1", "Wheelchair users described being passed by full buses with the wheelchair space occupied by "
              "buggies. Drivers must already ask other passengers to move under the conduct regulations, but several "
              "told our members they did not feel able to."),
          ] + rec("BP5", "Fund a disability awareness refresher for every bus driver in the Combined Authority area "
                  "by March 2027, designed with disabled passengers.") + [
          num("4.2", "Women and young people told us that the walk to and from the stop matters as much as the "
              "journey itself. Lighting at interchanges is the responsibility of the districts."),
          ] + rec("BP6", "Keep the Lowfield and Stanhope Road interchanges staffed until the last departure, rather "
                  "than closing the travel shops at 19:00 as proposed in the draft plan.") + [
          P("5. Involving passengers", h2),
          num("5.1", "The Panel's own role should not be overlooked. Our members serve for two years and receive "
              "travel expenses only."),
          ] + rec("BP7", "Give the Panel a standing place on the Enhanced Partnership Board, with the right to speak "
                  "but not to vote.") + [
          num("5.2", "We would be grateful for the Committee's response to each of these recommendations before the "
              "refreshed BSIP is published. The Panel will next meet on 11 March 2026."),
          Spacer(1, 6), P("Gwen Ashworth, Chair, Bus Passenger Panel", small)]
    build(H.out(NAME + "_advice.pdf"), s, "Bus Passenger Panel | Advice Note 2026/1 | BSIP refresh")


def response():
    s = letterhead("Transport Committee, 19 March 2026: Item 7",
                   "Response to the Bus Passenger Panel's Advice Note 2026/1 | Report of the Director of Transport "
                   "Strategy | Status: for decision | Wards affected: all")
    s += [P("Recommendation", h2),
          num("1.", "That the Committee approves the responses set out in section 3 of this report and asks the Director "
              "to write to the Chair of the Bus Passenger Panel accordingly."),
          P("Background", h2),
          num("2.1", "The Panel's advice note was received on 16 January 2026 and was discussed informally with the "
              "Chair on 24 February. Officers thank the Panel members for the time they gave to the mystery-travel "
              "exercise, which has also been shared with the operators."),
          P("Response to the advice", h2),
          num("3.1", "<b>BP5 (driver training).</b> Agreed. A refresher module has been commissioned from Wirraldale "
              "College and will be delivered to every driver by February 2027; two Panel members have agreed to help "
              "design it."),
          num("3.2", "<b>BP2 (cancelled journeys).</b> Agreed. A ten-minute standard for removing cancelled trips from "
              "the feeds will be written into the Enhanced Partnership scheme variation that goes to consultation in May."),
          num("3.3", "<b>BP1 and BP6.</b> Monthly route-level punctuality will be published on the website from July "
              "2026, using the data operators already supply, so this recommendation is accepted in full. Officers "
              "are not able to support keeping the two travel shops open in the evening: evening sales have fallen "
              "by 70 per cent since 2019 and the saving of £96,000 a year is already assumed in the budget. Help "
              "points and the contact centre will remain available until the last departure."),
          num("3.4", "<b>BP3 (fares).</b> A weekly contactless cap will be introduced from September 2026, but at £21 "
              "rather than £18, since a lower cap would need revenue support the Authority does not have. The Day "
              "Rider will be promoted on all vehicles as the Panel suggests."),
          num("3.5", "<b>BP7 (the Panel's role).</b> The membership of the Enhanced Partnership Board is set by the "
              "scheme and any change needs the agreement of the operators. Officers will raise the Panel's request at "
              "the next Board meeting and report back; no view is taken at this stage."),
          P("Financial and legal implications", h2),
          num("4.1", "The driver training is funded from the BSIP revenue grant for 2026/27. The national fare cap "
              "grant ends in March 2027 and future funding for the Enhanced Partnership is not yet confirmed."),
          P("Conclusion", h2),
          num("5.1", "The Committee is asked to note the continuing value of the Panel's work and to approve the "
              "responses above. Contact officer: Rhys Penhaligon, Head of Bus Strategy."),
          ]
    build(H.out(NAME + "_response.pdf"), s, "Transport Committee | 19 March 2026 | Item 7")


def main():
    advice(); response()
    recs = [
        {"number": 1, "starts_with": "Publish monthly punctuality and lost-mileage figures for every route",
         "reply_contains": "Monthly route-level punctuality will be published on the website", "verdict": "agrees"},
        {"number": 2, "starts_with": "Require operators, through the Enhanced Partnership scheme, to remove cancelled",
         "reply_contains": "A ten-minute standard for removing cancelled trips", "verdict": "agrees"},
        {"number": 3, "starts_with": "Introduce a local weekly cap of £18 on contactless payments",
         "reply_contains": "A weekly contactless cap will be introduced from September 2026", "verdict": "partly"},
        {"number": 4, "starts_with": "Extend the half-fare concession for care leavers from age",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 5, "starts_with": "Fund a disability awareness refresher for every bus driver",
         "reply_contains": "A refresher module has been commissioned from Wirraldale College", "verdict": "agrees"},
        {"number": 6, "starts_with": "Keep the Lowfield and Stanhope Road interchanges staffed until",
         "reply_contains": "not able to support keeping the two travel shops open", "verdict": "disagrees"},
        {"number": 7, "starts_with": "Give the Panel a standing place on the Enhanced Partnership",
         "reply_contains": "Officers will raise the Panel's request at the next Board meeting",
         "verdict": "noted"}]
    unmatched = ["Officers thank the Panel members for the time they gave",
                 "The national fare cap grant ends in March 2027",
                 "asked to note the continuing value of the Panel's work"]
    notes = ("Advice: an English combined authority's Bus Passenger Panel advice note on the BSIP refresh, paragraphs "
             "1.1-5.2 in a number column; the seven recommendations are CODED BP1-BP7 in shaded boxes with a red rule "
             "(code left, text right) under themed headings, BP3 and BP4 back to back. Traps: s. 138A 'must review its "
             "BSIP at least annually', last year's advice quoted ('the Authority should install real-time displays'), "
             "findings with figures, 'Figures should be simple', 'Drivers must already ask', 'The Panel's own role "
             "should not be overlooked', the £3 national cap date. Response: a Transport Committee BOARD PAPER with "
             "numbered paragraphs and bold run-in codes, order BP5, BP2, BP1+BP6, BP3, BP7: training commissioned "
             "(BP5 agrees); scheme variation (BP2 agrees); ONE paragraph 'BP1 and BP6' = monthly figures from July "
             "2026 (BP1 agrees) + travel shops not kept open (BP6 disagrees); £21 cap not £18 (BP3 partly); raised "
             "with the EP Board, no view (BP7 noted); BP4 (care leavers) unanswered. Unmatched: Background, Financial "
             "and legal implications, Conclusion (the report's own 'Recommendation' para 1 also answers nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
