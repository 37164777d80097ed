"""Round 104 (EN): an English city's DISABILITY ACCESS FORUM wayfinding and access audit of the city centre,
seven recommendations as numbered rows of a ruled TABLE 'No. | Recommendation | Priority' after lettered findings,
answered by the council's RESPONSE SCHEDULE: a table 'Rec. | Council response | Status' citing the numbers.
reportlab platypus, A4, cleaned DejaVu, invariant; a blue letterhead band, a shaded 'Audit route' box; header and
'Page N of M' stamped from page 2. All bodies, people, places and figures invented; the Equality Act 2010 and
BS 8300 are named as context only (what is said of them here is not to be relied on).
Run:  /tmp/blind104en/bin/python tests/docs/src/blind104/gen_en_wayfinding_audit_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b104en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "blind104_en_wayfinding_audit"
BLUE = colors.HexColor("#1f4e79")
pdfmetrics.registerFont(TTFont("DV", H.clean_font("DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", H.clean_font("DejaVuSans-Bold.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DV", boldItalic="DVB")
B = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12.5, spaceAfter=5)
C = ParagraphStyle("c", parent=B, fontSize=8.8, leading=11, spaceAfter=0)
H1 = ParagraphStyle("h1", parent=B, fontName="DVB", fontSize=15, leading=19, textColor=BLUE, spaceAfter=8)
H2 = ParagraphStyle("h2", parent=B, fontName="DVB", fontSize=11, leading=14, textColor=BLUE, spaceBefore=6)
W = ParagraphStyle("w", parent=B, fontName="DVB", textColor=colors.white, spaceAfter=0)


def band(l, r):
    t = Table([[Paragraph(l, W), Paragraph(r, W)]], colWidths=[110 * mm, 60 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), BLUE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return t


def grid(rows, widths, head_bg="#dde7f1"):
    t = Table([[Paragraph(c, C) for c in r] for r in rows], colWidths=[w * mm for w in widths], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8aa4c0")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(head_bg)),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def build(path, story):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, invariant=1, title="", author="")
    doc.build(story)


def advice(path):
    s = [band("HALLAMFORD DISABILITY ACCESS FORUM<br/>Working with Hallamford City Council since 1996",
              "Audit report HDAF/26/01<br/>January 2026"), Spacer(1, 8),
         Paragraph("City Centre Wayfinding and Access Audit 2025", H1),
         Paragraph("Report to Hallamford City Council, Place Directorate", B),
         Paragraph("1. Introduction", H2),
         Paragraph("Between 6 and 31 October 2025, eighteen members of the Hallamford Disability Access Forum walked, "
                   "wheeled and travelled the main routes through the city centre, recording every barrier they met. "
                   "The audit teams included wheelchair users, people who are blind or partially sighted, Deaf members, "
                   "people with learning disabilities and older people with limited mobility. This report sets out what "
                   "they found and what we recommend the Council does next.", B),
         Paragraph("Under the Equality Act 2010 a local authority must make reasonable adjustments so that disabled "
                   "people are not put at a substantial disadvantage, and it must have due regard to the public sector "
                   "equality duty. BS 8300 gives guidance on accessible signs and routes. This audit does not offer a "
                   "legal opinion on whether the Council meets those duties.", B)]
    box = Table([[Paragraph("<b>Audit route</b><br/>Railway station - Kingsway - Market Street - Guildhall Square - "
                            "Bus station - Castle Quarter car park. Length 3.2 km; 41 crossing points; 57 signs; 6 "
                            "public toilets; 212 barriers recorded, of which 64 rated severe.", C)]],
                colWidths=[170 * mm])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef3f8")),
                             ("BOX", (0, 0), (-1, -1), 0.8, BLUE), ("TOPPADDING", (0, 0), (-1, -1), 6),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s += [box, Spacer(1, 6), Paragraph("2. Findings", H2)]
    for f in [
        "<b>A.</b> Most fingerpost signs date from 2004. Their lettering is small, the contrast is poor, and eleven of "
        "the 14 signs point to places that no longer exist, including the former Tourist Information Centre.",
        "<b>B.</b> Of the 41 crossing points, 23 uncontrolled crossings on the Kingsway and Market Street route have no "
        "tactile paving, or paving that is broken or laid the wrong way. Blind members described these as the most "
        "frightening part of the route.",
        "<b>C.</b> There is no audible information at the bus station or in the car parks. Members said that visitors "
        "should not have to ask strangers which stand their bus leaves from.",
        "<b>D.</b> The Council's website has no map of step-free routes, accessible toilets or Blue Badge parking, and "
        "the nearest Changing Places toilet is at the Wyvern Retail Park, 4 miles from the centre.",
        "<b>E.</b> Advertising boards, cafe furniture and displays on the footway in the pedestrianised zone caused more "
        "recorded barriers (47) than any other single cause.",
    ]:
        s.append(Paragraph(f, B))
    s.append(Paragraph("Our last audit, in 2018, recommended that \"the Council should review the city centre signage "
                       "strategy within two years\". A review was started in 2020 but was paused during the pandemic "
                       "and has not resumed.", B))
    s.append(Paragraph("3. Recommendations", H2))
    s.append(Paragraph("The Forum makes the following recommendations to Hallamford City Council. Priorities: 1 = "
                       "within 12 months, 2 = within 24 months.", B))
    s.append(grid([
        ["<b>No.</b>", "<b>Recommendation</b>", "<b>Priority</b>"],
        ["1", "Replace the 14 city centre fingerpost signs with signs that meet current contrast and letter-height "
              "guidance, and remove those that point to closed destinations.", "1"],
        ["2", "Install correctly laid tactile paving at all 23 uncontrolled crossings on the Kingsway and Market "
              "Street route.", "1"],
        ["3", "Provide audio announcements or talking signs at the bus station and in the three council car parks.",
         "2"],
        ["4", "Publish an accessible online map of step-free routes, accessible toilets and Blue Badge bays by "
              "December 2026.", "1"],
        ["5", "Ban advertising boards from the footway throughout the pedestrianised zone.", "1"],
        ["6", "Provide a Changing Places toilet in the city centre, preferably in the Guildhall.", "2"],
        ["7", "Involve the Access Forum at the design stage of every public realm scheme in the city centre.", "1"],
    ], [14, 138, 18]))
    s += [Spacer(1, 8), Paragraph("4. Thanks", H2),
          Paragraph("The Forum thanks the Council's Highways team for providing maps and crossing data, and the "
                    "volunteers who took part in the audit in poor weather. We would welcome a response within three "
                    "months.", B),
          Paragraph("Joanne Whitlock, Chair, Hallamford Disability Access Forum", B)]
    build(path, s)


def response(path):
    s = [band("HALLAMFORD CITY COUNCIL<br/>Place Directorate - Highways and Transport",
              "Response schedule<br/>23 March 2026"), Spacer(1, 8),
         Paragraph("City Centre Wayfinding and Access Audit 2025: Council Response", H1),
         Paragraph("The Council is grateful to the members of the Access Forum who gave their time to this detailed "
                   "audit. The schedule below sets out the Council's response to each recommendation. It was agreed "
                   "by the Cabinet Member for Transport and Public Realm on 19 March 2026.", B),
         grid([
             ["<b>Rec.</b>", "<b>Council response</b>", "<b>Status</b>"],
             ["4 and 6", "A step-free routes map is being produced with the Forum's input and will be published on "
                         "the Council website in November 2026. The Council recognises the need for a Changing "
                         "Places toilet in the centre and will look at whether the Guildhall refurbishment could "
                         "include one when the project is scoped next year.", "In progress / Under review"],
             ["1", "New fingerposts meeting current guidance were ordered in February, and the eleven signs to "
                   "closed destinations were taken down on 9 March 2026.", "Completed in part; installation by July"],
             ["5", "The Council does not propose a ban. Our street cafe and A-board licensing policy already limits "
                   "each business to one board placed against the building line, and we will enforce it more "
                   "firmly.", "Not accepted"],
             ["2", "Tactile paving will be relaid at the nine crossings rated severe during 2026-27. The remaining "
                   "crossings will be added to the highways maintenance programme as funding allows.",
              "Partially accepted"],
             ["3", "We have discussed audio information with the bus station operator and do not plan to install "
                   "talking signs, as real-time information is now available through the Hallamford Travel app.",
              "Not accepted"],
         ], [20, 118, 32]),
         Spacer(1, 8),
         Paragraph("Other accessibility works", H2),
         Paragraph("Separately, the lifts at Castle Quarter multi-storey car park will be replaced between June and "
                   "September 2026. A temporary shuttle will run to the ground floor during the works.", B),
         Paragraph("Officers will report progress against this schedule to the Access Forum's meeting in October "
                   "2026. Please contact Amir Haddad, Accessible Transport Officer, with any questions.", B)]
    build(path, s)


def main():
    advice(H.out(NAME + "_advice.pdf")); response(H.out(NAME + "_response.pdf"))
    F = H.clean_font("DejaVuSans.ttf")
    H.stamp(H.out(NAME + "_advice.pdf"), header="Hallamford Disability Access Forum - City Centre Wayfinding and Access Audit 2025",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    H.stamp(H.out(NAME + "_response.pdf"), header="Hallamford City Council - Response schedule - March 2026",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    recs = [
        dict(number=1, starts_with="Replace the 14 city centre fingerpost signs with signs that meet",
             reply_contains="New fingerposts meeting current guidance were ordered in February", verdict="agrees"),
        dict(number=2, starts_with="Install correctly laid tactile paving at all 23 uncontrolled crossings",
             reply_contains="relaid at the nine crossings rated severe during 2026-27", verdict="partly"),
        dict(number=3, starts_with="Provide audio announcements or talking signs at the bus station",
             reply_contains="do not plan to install talking signs", verdict="disagrees"),
        dict(number=4, starts_with="Publish an accessible online map of step-free routes, accessible toilets",
             reply_contains="A step-free routes map is being produced with the Forum's input", verdict="agrees"),
        dict(number=5, starts_with="Ban advertising boards from the footway throughout the pedestrianised zone",
             reply_contains="The Council does not propose a ban", verdict="disagrees"),
        dict(number=6, starts_with="Provide a Changing Places toilet in the city centre",
             reply_contains="will look at whether the Guildhall refurbishment could include one", verdict="noted"),
        dict(number=7, starts_with="Involve the Access Forum at the design stage of every",
             reply_contains=None, verdict="unanswered"),
    ]
    H.write_expected(NAME, recs, [
        "grateful to the members of the Access Forum who gave their time",
        "the lifts at Castle Quarter multi-storey car park will be replaced",
        "Officers will report progress against this schedule"],
        "Advice: English city Disability Access Forum wayfinding and access audit HDAF/26/01; recs are rows 1-7 of a "
        "ruled TABLE 'No. | Recommendation | Priority' (priority column holds 1/2 too); traps: Equality Act 2010 'must "
        "make reasonable adjustments', BS 8300, 'Audit route' box, lettered findings A-E ('visitors should not have to "
        "ask strangers'), 2018 audit quoted ('the Council should review the city centre signage strategy'). Response: "
        "RESPONSE SCHEDULE table 'Rec. | Council response | Status' citing numbers, order 4+6, 1, 5, 2, 3: ONE row '4 "
        "and 6' = map in November 2026 (4 agrees) + Changing Places to be looked at in the Guildhall scoping (6 noted); "
        "signs ordered and old ones removed (1 agrees); no A-board ban (5 disagrees); nine severe crossings only (2 "
        "partly); no talking signs (3 disagrees); 7 (design-stage involvement) unanswered; intro, 'Other accessibility "
        "works' car park lifts, closing report-back (nothing).")
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
