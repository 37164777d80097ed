"""Round 124 (EN): an English housing association's TENANT SCRUTINY PANEL review of damp and mould repairs,
answered by the Board's RAG ACTION PLAN. Each recommendation is a ruled BLOCK: a large number in the left cell and
three labelled lines 'What we recommend:' / 'Who:' / 'By when:' on the right. Traps: the Social Housing (Regulation)
Act 2023 paraphrased ('must investigate', 'must'), 'What we found' Finding 1-5 in bold lead-ins, figures, the panel's
2024 recommendation quoted ('should', done), the policy's own 'should' quoted, a closing line naming recommendations
1, 2 and 6. The response is a table 'Panel rec. | Board decision | What we will do | Lead' whose status cells read
'GREEN - Agreed' / 'AMBER - Agreed in part' / 'RED - Not agreed', rows in the order 6, 1, 3 and 4 (one row), 2, 5, a
row of the Board's own ('Board action'), and none for 7; its introduction and 'Monitoring' answer nothing.
reportlab platypus, A4, cleaned Liberation Sans (review) and DejaVu Sans (response), invariant=1; header and 'Page N
of M' stamped from page 2. All bodies, people, places, figures and references invented; the Social Housing
(Regulation) Act 2023 is named as context only (what is said of it here is paraphrased and not to be relied on).
Run:  /tmp/blind124en/bin/python tests/docs/src/blind124/gen_en_tenant_scrutiny_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b124en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, KeepTogether

NAME = "blind124_en_tenant_scrutiny"
TEAL = colors.HexColor("#0f6b6b")
PALE = colors.HexColor("#e6f2f2")


def fonts():
    for fam, files in (("LS", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf")),
                       ("DV", ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"))):
        pdfmetrics.registerFont(TTFont(fam, H.clean_font(files[0])))
        pdfmetrics.registerFont(TTFont(fam + "-B", H.clean_font(files[1])))
        pdfmetrics.registerFont(TTFont(fam + "-I", H.clean_font(files[2])))
        pdfmetrics.registerFontFamily(fam, normal=fam, bold=fam + "-B", italic=fam + "-I", boldItalic=fam + "-B")


def styles(fam, size):
    body = ParagraphStyle("b", fontName=fam, fontSize=size, leading=size * 1.4, spaceAfter=2.2 * mm)
    return {
        "body": body,
        "small": ParagraphStyle("s", parent=body, fontSize=size - 1, leading=(size - 1) * 1.35, spaceAfter=0),
        "h1": ParagraphStyle("h1", parent=body, fontName=fam + "-B", fontSize=18, leading=22, textColor=TEAL,
                             spaceAfter=1.5 * mm),
        "h2": ParagraphStyle("h2", parent=body, fontName=fam + "-B", fontSize=12, leading=15, textColor=TEAL,
                             spaceBefore=3 * mm, spaceAfter=1.5 * mm),
        "sub": ParagraphStyle("sub", parent=body, fontSize=9, textColor=colors.HexColor("#555555")),
        "num": ParagraphStyle("n", parent=body, fontName=fam + "-B", fontSize=22, leading=24, textColor=TEAL,
                              alignment=1),
        "cell": ParagraphStyle("c", parent=body, fontSize=size - 1, leading=(size - 1) * 1.32, spaceAfter=0),
    }


def rec_block(S, n, what, who, when):
    rows = [[Paragraph(str(n), S["num"]),
             [Paragraph("<b>What we recommend:</b> " + what, S["cell"]), Spacer(1, 1.2 * mm),
              Paragraph("<b>Who:</b> " + who, S["cell"]), Paragraph("<b>By when:</b> " + when, S["cell"])]]]
    t = Table(rows, colWidths=[16 * mm, 150 * mm])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, TEAL), ("BACKGROUND", (0, 0), (0, 0), PALE),
                           ("LINEAFTER", (0, 0), (0, 0), 0.6, TEAL), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("TOPPADDING", (0, 0), (-1, -1), 2.2 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.4 * mm),
                           ("LEFTPADDING", (1, 0), (1, 0), 3 * mm)]))
    return KeepTogether([t, Spacer(1, 2.6 * mm)])


def advice():
    S = styles("LS", 10)
    P = lambda t, s="body": Paragraph(t, S[s])
    st = [P("Thornfield Homes Tenant Scrutiny Panel", "sub"),
          P("Damp and mould: from first call to fixed", "h1"),
          P("Scrutiny review 2026/1 &#183; presented to the Thornfield Homes Board on 9 June 2026 &#183; Panel chair: "
            "Maureen Fairley", "sub"),
          P("Why we chose this review", "h2"),
          P("Damp and mould was the subject tenants raised most often at our 2025 open meetings. Thornfield Homes owns "
            "6,240 homes across Kelsall and the Wyre valley. Between April 2025 and March 2026 it logged 412 reports of "
            "damp or mould, 61 of them from households with a child under five."),
          P("The Social Housing (Regulation) Act 2023 changed the ground rules. As we understand it, a landlord must "
            "investigate a reported hazard within fixed time limits and must keep the tenant informed; the Panel does not "
            "offer a legal view. Thornfield's own Damp and Mould Policy (2024) says that a surveyor should attend "
            "'as soon as reasonably practicable'."),
          P("This is our second review. In our 2024 review of empty homes we recommended that Thornfield should "
            "photograph every home before it is re-let; that is now done."),
          P("How we did it", "h2"),
          P("Six panel members read 40 case files chosen at random, listened to 25 recorded calls, interviewed the Head "
            "of Repairs and two surveyors, and spoke to 18 tenants who had reported damp in the last year."),
          P("What we found", "h2"),
          P("<b>Finding 1: waits are long.</b> The median wait from first call to surveyor's visit was 23 working days; "
            "in 9 of the 40 files it was more than 40."),
          P("<b>Finding 2: tenants are left in the dark.</b> In 31 files there was no written record of what the "
            "surveyor had found or what would be done."),
          P("<b>Finding 3: mould comes back.</b> Eleven homes were reported again within a year of treatment."),
          P("<b>Finding 4: tone matters.</b> In 7 of the 25 calls the adviser suggested the tenant dry clothes outside or "
            "open windows before any inspection had taken place."),
          P("<b>Finding 5: late works cost tenants.</b> Tenants told us of ruined bedding, clothing and extra heating "
            "costs while waiting for works."),
          P("Our recommendations", "h2"),
          P("The Panel makes seven recommendations to the Board."),
          rec_block(S, 1, "Book a surveyor's inspection within ten working days of every damp or mould report.",
                    "Head of Repairs", "October 2026"),
          rec_block(S, 2, "Give every tenant a written note of the surveyor's findings and the works agreed, within five "
                    "working days of the visit.", "Head of Repairs", "October 2026"),
          rec_block(S, 3, "Lend a dehumidifier free of charge to any household waiting for damp or mould works.",
                    "Tenancy Services Manager", "Winter 2026/27"),
          rec_block(S, 4, "Return to every treated home three months after mould treatment to check that the mould "
                    "has not come back.", "Head of Repairs", "From January 2027"),
          rec_block(S, 5, "Pay tenants a set amount of 25 pounds a week for every week that agreed works run late.",
                    "Director of Finance", "April 2027"),
          rec_block(S, 6, "Train all contact centre advisers not to give lifestyle advice before a home has been "
                    "inspected.", "Customer Services Manager", "December 2026"),
          rec_block(S, 7, "Publish damp and mould figures every quarter on the website and in Thornfield News.",
                    "Head of Performance", "First report July 2027"),
          P("What happens next", "h2"),
          P("The Board is asked to respond within three months. Recommendations 1, 2 and 6 are the ones tenants told us "
            "matter most. The Panel thanks the repairs team for its openness during the review."),
          ]
    doc = SimpleDocTemplate(H.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm, title="Damp and mould: from first call to fixed",
                            author="Thornfield Homes Tenant Scrutiny Panel", invariant=1)
    doc.build(st)


def response():
    S = styles("DV", 9.5)
    P = lambda t, s="body": Paragraph(t, S[s])
    C = lambda t: Paragraph(t, S["cell"])
    st = [P("Thornfield Homes", "sub"),
          P("Board response and action plan", "h1"),
          P("Scrutiny review 2026/1: Damp and mould &#183; agreed by the Board on 15 September 2026", "sub"),
          P("The Board received the Panel's review at its June meeting and thanks the seven tenants who gave more "
            "than 300 hours to it. Since then reports have continued at about 35 a month. The table below sets out "
            "the Board's decision on each recommendation."),
          Spacer(1, 1.5 * mm)]
    G, A, R = (colors.HexColor(c) for c in ("#d8efd8", "#fbe8c4", "#f6d2d2"))
    rows = [[C("<b>Panel rec.</b>"), C("<b>Board decision</b>"), C("<b>What we will do</b>"), C("<b>Lead</b>")],
            [C("6"), C("GREEN - Agreed"),
             C("All advisers will complete a new module, 'Listening first', by the end of November 2026, and call "
               "scripts will drop any mention of drying clothes or ventilation before a visit."),
             C("Customer Services Manager")],
            [C("1"), C("GREEN - Agreed"),
             C("From 1 October 2026 the repairs system books an inspection slot within ten working days automatically, "
               "and a senior surveyor reviews every case that misses it."),
             C("Head of Repairs")],
            [C("3 and 4"), C("GREEN - Agreed (3)<br/>AMBER - Agreed in part (4)"),
             C("Forty dehumidifiers have been bought and can be borrowed from 1 November 2026. We will revisit treated "
               "homes after six months rather than three, because mould seldom shows again in the drier months."),
             C("Tenancy Services Manager; Head of Repairs")],
            [C("2"), C("AMBER - Agreed in part"),
             C("Tenants will receive the surveyor's findings by text or letter, but within ten working days of the "
               "visit, as works orders need to be priced first."),
             C("Head of Repairs")],
            [C("5"), C("RED - Not agreed"),
             C("The Board has decided not to introduce a fixed weekly payment. Claims for damaged belongings will still "
               "be considered case by case under the Compensation Policy."),
             C("Director of Finance")],
            [C("Board action"), C("GREEN - New"),
             C("Humidity sensors will be fitted in 150 homes with a history of damp, as a pilot paid for from the "
               "Warm Homes grant."),
             C("Asset Manager")]]
    t = Table(rows, colWidths=[20 * mm, 34 * mm, 86 * mm, 26 * mm], repeatRows=1)
    ts = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8aa")), ("BACKGROUND", (0, 0), (-1, 0), PALE),
          ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1.6 * mm),
          ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8 * mm)]
    for i, c in ((1, G), (2, G), (3, G), (4, A), (5, R), (6, G)):
        ts.append(("BACKGROUND", (1, i), (1, i), c))
    t.setStyle(TableStyle(ts))
    st += [t, Spacer(1, 3 * mm),
           P("Monitoring", "h2"),
           P("The Customer Experience Committee will receive a progress report in March 2027, and the Panel will be "
             "invited to test the changes through a follow-up review in autumn 2027."),
           P("Signed on behalf of the Board: Graham Ashworth, Chair, Thornfield Homes")]
    doc = SimpleDocTemplate(H.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm, title="Board response and action plan",
                            author="Thornfield Homes", invariant=1)
    doc.build(st)


def main():
    fonts()
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Thornfield Homes Tenant Scrutiny Panel - Review 2026/1",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Thornfield Homes - Board response to scrutiny review 2026/1",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))
    recs = [
        {"number": 1, "starts_with": "Book a surveyor's inspection within ten working days of every damp",
         "reply_contains": "books an inspection slot within ten working days automatically", "verdict": "agrees"},
        {"number": 2, "starts_with": "Give every tenant a written note of the surveyor's findings",
         "reply_contains": "as works orders need to be priced first", "verdict": "partly"},
        {"number": 3, "starts_with": "Lend a dehumidifier free of charge to any household waiting",
         "reply_contains": "Forty dehumidifiers have been bought and can be borrowed", "verdict": "agrees"},
        {"number": 4, "starts_with": "Return to every treated home three months after mould treatment",
         "reply_contains": "revisit treated homes after six months rather than three", "verdict": "partly"},
        {"number": 5, "starts_with": "Pay tenants a set amount of 25 pounds a week",
         "reply_contains": "decided not to introduce a fixed weekly payment", "verdict": "disagrees"},
        {"number": 6, "starts_with": "Train all contact centre advisers not to give lifestyle advice",
         "reply_contains": "All advisers will complete a new module, 'Listening first'", "verdict": "agrees"},
        {"number": 7, "starts_with": "Publish damp and mould figures every quarter on the website",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["gave more than 300 hours to it",
                 "Humidity sensors will be fitted in 150 homes",
                 "will receive a progress report in March 2027"]
    notes = ("Advice: an English housing association's Tenant Scrutiny Panel review; the Social Housing (Regulation) "
             "Act 2023 paraphrased ('must investigate', 'must keep'); the landlord's policy quoted ('should attend'); "
             "the Panel's 2024 recommendation quoted ('should photograph', done); 'What we found' with bold lead-ins "
             "'Finding 1:'-'Finding 5:' (findings); the seven recommendations as ruled BLOCKS, a large number in a "
             "shaded left cell and three labelled lines 'What we recommend:' / 'Who:' / 'By when:'; closing "
             "'Recommendations 1, 2 and 6 are the ones tenants told us matter most'. Response: the Board's RAG action "
             "plan; an introduction with figures (nothing); a table 'Panel rec. | Board decision | What we will do | "
             "Lead' with status cells 'GREEN - Agreed', 'AMBER - Agreed in part', 'RED - Not agreed', rows in the "
             "order 6, 1, '3 and 4', 2, 5: 6 new training module (agrees); 1 inspection within ten working days from "
             "1 October 2026 (agrees); the row '3 and 4': forty dehumidifiers (3 agrees), revisit after six months "
             "rather than three (4 partly); 2 findings sent but within ten days rather than five (partly); 5 'decided "
             "not to introduce a fixed weekly payment' (disagrees); a row 'Board action' (humidity sensors, the "
             "Board's own; nothing); 7 has no row (unanswered); 'Monitoring' (nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
