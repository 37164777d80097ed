"""Round 132 (EN): an Australian FISHERY MANAGEMENT ADVISORY COMMITTEE's (MAC) ADVICE on a fisheries authority's draft
management arrangements, answered by the Authority's DECISION LETTER to the MAC chair, by theme without numbers.
The advice: a ruled three-column TABLE 'Item / Draft arrangement / MAC recommendation', items 1-7, the recommendation
in the right-hand cell; the table runs over the page break. Traps: the Fisheries Management Act 1991 paraphrased
('must pursue'), the Authority's four questions to the MAC as a numbered list, a survey table of biomass by bed,
the MAC's 2022 advice quoted ('should close'), findings that are not recommendations, a list of matters on which the
MAC reached no view, the scientific member's dissent, a closing naming 'items 1 and 6'.
The response: a letter with bold run-in themes in another order: catch and carry-over (items 1 and 6 in one
paragraph), shell size (4), monitoring (3), closures (2), research (5), season dates (nothing), closing (nothing);
item 7 (levy) is never answered.
reportlab platypus, A4, cleaned Liberation Sans (advice) and Liberation Serif (letter), invariant=1; header and
'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented; the Fisheries
Management Act 1991 is named as context only (what is said of it is paraphrased and not to be relied on).
Run:  /tmp/blind132en/bin/python tests/docs/src/blind132/gen_en_fisheries_mac_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b132en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "blind132_en_fisheries_mac"
SEA = colors.HexColor("#0f4c5c")
PALE = colors.HexColor("#e4eff1")


def fonts():
    for fam, files in (("LS", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf")),
                       ("LF", ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                               "LiberationSerif-Italic.ttf"))):
        pdfmetrics.registerFont(TTFont(fam, H.clean_font(files[0])))
        pdfmetrics.registerFont(TTFont(fam + "-B", H.clean_font(files[1])))
        pdfmetrics.registerFont(TTFont(fam + "-I", H.clean_font(files[2])))
        pdfmetrics.registerFontFamily(fam, normal=fam, bold=fam + "-B", italic=fam + "-I", boldItalic=fam + "-B")


def styles(fam, size):
    body = ParagraphStyle("b", fontName=fam, fontSize=size, leading=size * 1.36, spaceAfter=2.2 * mm)
    return {
        "body": body,
        "h1": ParagraphStyle("h1", parent=body, fontName=fam + "-B", fontSize=16, leading=20, textColor=SEA),
        "h2": ParagraphStyle("h2", parent=body, fontName=fam + "-B", fontSize=12, leading=15, textColor=SEA,
                             spaceBefore=3 * mm, spaceAfter=1.4 * mm),
        "sub": ParagraphStyle("sub", parent=body, fontSize=9, textColor=colors.HexColor("#555555")),
        "li": ParagraphStyle("li", parent=body, leftIndent=12 * mm, bulletIndent=5 * mm, spaceAfter=1.2 * mm),
        "cell": ParagraphStyle("c", parent=body, fontSize=size - 1, leading=(size - 1) * 1.32, spaceAfter=0),
        "th": ParagraphStyle("t", parent=body, fontName=fam + "-B", fontSize=size - 1,
                             leading=(size - 1) * 1.32, spaceAfter=0, textColor=colors.white),
        "right": ParagraphStyle("r", parent=body, alignment=2),
    }


def table(rows, widths, head=True, zebra=False):
    t = Table(rows, colWidths=widths, repeatRows=1 if head else 0)
    st = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7c9aa1")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5)]
    if head:
        st.append(("BACKGROUND", (0, 0), (-1, 0), SEA))
    if zebra:
        for r in range(2, len(rows), 2):
            st.append(("BACKGROUND", (0, r), (-1, r), PALE))
    t.setStyle(TableStyle(st))
    return t


def advice():
    S = styles("LS", 10)
    f = []
    f.append(Paragraph("SOUTHERN WATERS FISHERIES AUTHORITY &#183; KESTREL STRAIT SCALLOP FISHERY MANAGEMENT "
                       "ADVISORY COMMITTEE (KSSMAC)", S["sub"]))
    f.append(Paragraph("MAC advice on the draft 2026 management arrangements", S["h1"]))
    f.append(Paragraph("Meeting 58, Port Ellerby, 5-6 August 2025 &#183; Ref. KSSMAC-ADV-2025-02 &#183; "
                       "Chair: Bronwyn Talbot-Ngata &#183; Dated 14 August 2025", S["sub"]))
    f.append(Paragraph("1. Purpose", S["h2"]))
    f.append(Paragraph(
        "The Authority asked the Committee for advice on its consultation paper SWFA-CP-25/07, which sets out draft "
        "management arrangements for the Kestrel Strait Scallop Fishery for the season opening in July 2026. The "
        "Fisheries Management Act 1991 sets the objectives the Authority must pursue, among them ecologically "
        "sustainable development and cost-effective management. The Committee's advice is not binding; the "
        "Authority's Commission makes the final decision.", S["body"]))
    f.append(Paragraph("The Authority put four questions to the Committee:", S["body"]))
    for i, q in enumerate(("Is the stock able to support a higher total allowable catch in 2026?",
                           "Are the existing bed closures still needed?",
                           "How should catches and discards be monitored on smaller boats?",
                           "Is the present cost-recovery levy fair across the fleet?"), 1):
        f.append(Paragraph(q, S["li"], bulletText=f"{i}."))
    f.append(Paragraph("2. Stock and fleet status", S["h2"]))
    f.append(Paragraph(
        "The independent dredge survey in May 2025 estimated the biomass of commercial-size scallops on the four "
        "surveyed beds as follows.", S["body"]))
    rows = [[Paragraph(x, S["th"]) for x in ("Bed", "Biomass 2024 (t)", "Biomass 2025 (t)", "Status")]]
    for r in (("Ellerby North", "5,870", "6,410", "Open"), ("Ellerby South", "3,120", "3,305", "Open"),
              ("Kestrel Bank", "940", "1,480", "Closed since 2023"), ("Morrow Patch", "2,260", "2,115", "Open")):
        rows.append([Paragraph(x, S["cell"]) for x in r])
    f.append(table(rows, [44 * mm, 34 * mm, 34 * mm, 50 * mm], zebra=True))
    f.append(Spacer(1, 3 * mm))
    f.append(Paragraph(
        "The Committee found that the stock as a whole is above its target reference point for the third year in "
        "a row. Recovery on Kestrel Bank is real but recent: the bed was closed after the Committee advised in "
        "2022 that the Authority \"should close the Kestrel Bank bed until the biomass exceeds 2,000 tonnes\", and "
        "that level has not yet been reached. Thirty-seven boats fished in 2025, eleven of them under 20 metres.",
        S["body"]))
    f.append(Paragraph(
        "Members also noted that discards of undersize scallops are reported only in paper logbooks, and that the "
        "levy is charged per boat regardless of how much quota a boat holds.", S["body"]))
    f.append(Paragraph("3. Advice on the draft arrangements", S["h2"]))
    f.append(Paragraph("The Committee's advice on each element of the draft is set out in the table below.",
                       S["body"]))
    rows = [[Paragraph(x, S["th"]) for x in ("Item", "Draft arrangement (SWFA-CP-25/07)", "MAC recommendation")]]
    for n, d, r in (
            ("1", "Total allowable catch of 2,650 tonnes (whole weight), up from 2,300 tonnes.",
             "Set the 2026 total allowable catch at 2,400 tonnes, a smaller increase that keeps a buffer while "
             "the Kestrel Bank bed recovers."),
            ("2", "Re-open Kestrel Bank for a limited season of eight weeks.",
             "Keep Kestrel Bank closed for a further three seasons, to the end of the 2028 season, and review it "
             "against the 2,000 tonne threshold each year."),
            ("3", "Electronic monitoring (cameras) on boats of 20 metres and over from July 2027.",
             "Require electronic monitoring on every boat in the fishery from 1 July 2026, with the Authority "
             "meeting the cost of installing the equipment."),
            ("4", "No change to the minimum shell size of 85 millimetres.",
             "Reduce the minimum shell size to 80 millimetres on the Ellerby beds, where growth rates are "
             "slower and most scallops mature at a smaller size."),
            ("5", "Annual independent dredge survey continues unchanged.",
             "Move the independent survey to a two-yearly cycle and use the savings to fund a study of scallop "
             "growth rates on each bed."),
            ("6", "No carry-over of uncaught quota between seasons.",
             "Allow quota holders to carry forward up to 10 per cent of their uncaught quota into the "
             "following season only."),
            ("7", "Cost-recovery levy unchanged at a flat rate per boat.",
             "Replace the flat per-boat levy with a levy charged per tonne of quota held, so that smaller "
             "operators pay a fairer share.")):
        rows.append([Paragraph(n, S["cell"]), Paragraph(d, S["cell"]), Paragraph(r, S["cell"])])
    f.append(table(rows, [14 * mm, 62 * mm, 86 * mm]))
    f.append(Spacer(1, 3 * mm))
    f.append(Paragraph("4. Matters on which the Committee reached no view", S["h2"]))
    for t in ("Recreational take: members were divided on whether a daily bag limit of 50 scallops is still right, "
              "and the Committee asks for more data before it advises.",
              "Season opening date: the Committee noted the draft but did not discuss it in detail."):
        f.append(Paragraph(t, S["li"], bulletText="\u2022"))
    f.append(Paragraph("5. Dissent", S["h2"]))
    f.append(Paragraph(
        "The scientific member, Dr Aurelio Banks, does not support item 4. In his view the shell size of 85 "
        "millimetres protects spawning stock across all beds and should not change until growth studies are done. "
        "All other items were agreed by consensus of the members present.", S["body"]))
    f.append(Paragraph("6. Closing", S["h2"]))
    f.append(Paragraph(
        "The Committee would ask the Authority to decide items 1 and 6 before quota is allocated in May 2026, so "
        "that operators can plan their season.", S["body"]))
    f.append(Paragraph("Bronwyn Talbot-Ngata, Chair, KSSMAC", S["body"]))
    doc = SimpleDocTemplate(H.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1,
                            title="KSSMAC advice on the draft 2026 management arrangements", author="KSSMAC")
    doc.build(f)


def response():
    S = styles("LF", 11)
    f = []
    f.append(Paragraph("SOUTHERN WATERS FISHERIES AUTHORITY", S["sub"]))
    f.append(Paragraph("Level 4, 18 Wharf Road, Port Ellerby &#183; Our ref. SWFA-D25/3316", S["sub"]))
    f.append(Spacer(1, 3 * mm))
    f.append(Paragraph("30 October 2025", S["right"]))
    f.append(Paragraph("Ms Bronwyn Talbot-Ngata<br/>Chair, Kestrel Strait Scallop Fishery Management Advisory "
                       "Committee", S["body"]))
    f.append(Paragraph("Dear Ms Talbot-Ngata,", S["body"]))
    f.append(Paragraph("<b>Kestrel Strait Scallop Fishery: 2026 management arrangements</b>", S["body"]))
    f.append(Paragraph(
        "Thank you for the Committee's advice of 14 August. The Commission met on 21 October and made its "
        "decisions on the 2026 arrangements, having weighed that advice together with 41 written submissions from "
        "industry, recreational fishers and the public. I set out the decisions below.", S["body"]))
    f.append(Paragraph(
        "<b>Catch and carry-over.</b> The Commission has set the 2026 total allowable catch at 2,400 tonnes, as the "
        "Committee proposed, and did not adopt the higher figure in the consultation paper. It has also agreed to "
        "let holders bring forward up to a tenth of their uncaught quota; this will apply for the first time to "
        "quota left at the end of the 2026 season.", S["body"]))
    f.append(Paragraph(
        "<b>Shell size.</b> The minimum size will stay at 85 millimetres on all beds. The Commission was not "
        "persuaded that a smaller size on the Ellerby beds would be consistent with a cautious approach, and it "
        "gave weight to the scientific member's concerns.", S["body"]))
    f.append(Paragraph(
        "<b>Monitoring.</b> Cameras will be compulsory on boats of 20 metres and over from 1 July 2026, a year "
        "earlier than the draft proposed. For the eleven smaller boats the Commission wants to see the results of "
        "a cost study first, and will not require cameras on them before 2028; the Authority will pay half the "
        "installation cost.", S["body"]))
    f.append(Paragraph(
        "<b>Closures.</b> Kestrel Bank will remain closed to the end of the 2028 season, with an annual check "
        "against the threshold. The proposal to re-open it for eight weeks has been withdrawn.", S["body"]))
    f.append(Paragraph(
        "<b>Research.</b> Whether the dredge survey should move to a longer cycle is a matter the Research "
        "Committee will look at when it drafts the next five-year research plan in 2026; the Commission has asked "
        "it to take the MAC's suggestion into account, but has made no decision.", S["body"]))
    f.append(Paragraph(
        "<b>Season dates.</b> For completeness, the season will open on 1 July 2026 and close on 31 March 2027, "
        "unchanged from 2025; 37 permits will be renewed on the usual terms.", S["body"]))
    f.append(Paragraph(
        "The Authority is grateful to members for their time and for the care they took over this advice. The "
        "next meeting of the Committee is expected in March 2026.", S["body"]))
    f.append(Paragraph("Yours sincerely,", S["body"]))
    f.append(Paragraph("Graham Osei-Whitlock<br/>General Manager, Fisheries Operations", S["body"]))
    doc = SimpleDocTemplate(H.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=26 * mm, rightMargin=26 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Kestrel Strait Scallop Fishery: 2026 management arrangements", author="SWFA")
    doc.build(f)


def main():
    fonts()
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="KSSMAC advice - KSSMAC-ADV-2025-02",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Southern Waters Fisheries Authority - SWFA-D25/3316",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "Set the 2026 total allowable catch at 2,400 tonnes",
         "reply_contains": "as the Committee proposed, and did not adopt the higher figure", "verdict": "agrees"},
        {"number": 2, "starts_with": "Keep Kestrel Bank closed for a further three seasons, to",
         "reply_contains": "Kestrel Bank will remain closed to the end of the 2028 season",
         "verdict": "agrees"},
        {"number": 3, "starts_with": "Require electronic monitoring on every boat in the fishery from",
         "reply_contains": "will not require cameras on them before 2028", "verdict": "partly"},
        {"number": 4, "starts_with": "Reduce the minimum shell size to 80 millimetres on the",
         "reply_contains": "The minimum size will stay at 85 millimetres on all beds", "verdict": "disagrees"},
        {"number": 5, "starts_with": "Move the independent survey to a two-yearly cycle and use",
         "reply_contains": "the Commission has asked it to take the MAC's suggestion into account",
         "verdict": "noted"},
        {"number": 6, "starts_with": "Allow quota holders to carry forward up to 10 per cent",
         "reply_contains": "let holders bring forward up to a tenth of their uncaught quota",
         "verdict": "agrees"},
        {"number": 7, "starts_with": "Replace the flat per-boat levy with a levy charged per",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["weighed that advice together with 41 written submissions",
                 "the season will open on 1 July 2026 and close on 31 March 2027",
                 "grateful to members for their time and for the care they took"]
    notes = ("Advice: an Australian FISHERY MANAGEMENT ADVISORY COMMITTEE's advice on an authority's draft season "
             "arrangements; the seven recommendations are the right-hand cells of a ruled three-column TABLE 'Item / "
             "Draft arrangement / MAC recommendation', items 1-7, imperative ('Set ...', 'Keep ...', 'Require ...'); "
             "the table runs over the page break; the middle column (the draft) is not a recommendation. Traps: the "
             "Fisheries Management Act paraphrased ('must pursue'), the Authority's four questions as a numbered "
             "list, a biomass table, the Committee's 2022 advice quoted ('should close the Kestrel Bank bed'), "
             "findings paragraphs, bullets on matters with no view, the scientific member's dissent on item 4 "
             "('should not change'), a closing asking for 'items 1 and 6' to be decided. Response: the Authority's "
             "DECISION LETTER by bold run-in THEMES, no numbers, in another order: 'Catch and carry-over' answers "
             "items 1 (2,400 t as proposed: agrees) and 6 (carry forward a tenth: agrees) in one paragraph; 'Shell "
             "size' item 4 (stays 85 mm: disagrees); 'Monitoring' item 3 (cameras from July 2026 only on boats of "
             "20 m and over, small boats not before 2028: partly); 'Closures' item 2 (closed to end of 2028: "
             "agrees); 'Research' item 5 (Research Committee to look at it, no decision: noted); item 7 (levy per "
             "tonne) never mentioned (unanswered). The opening (41 submissions), 'Season dates' (figures) and the "
             "closing thanks answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
