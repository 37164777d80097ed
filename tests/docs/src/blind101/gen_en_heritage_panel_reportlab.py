"""Round 101 (EN): an Australian shire's HERITAGE ADVISORY PANEL ADVICE NOTE on a draft heritage precinct appraisal,
seven recommendations LETTERED (a)-(g) after numbered findings, answered by the strategic planning officers' SCHEDULE
OF CHANGES (a table 'Ref | Panel advice | Officer response | Change to draft' citing the letters). reportlab
platypus, A4, cleaned DejaVu, invariant=1; header and 'Page N of M' stamped from page 2. All bodies, people, places
and figures invented; the Planning and Environment Act 1987 and the Heritage Act 2017 are named as context only.
Run:  /tmp/blind101en/bin/python tests/docs/src/blind101/gen_en_heritage_panel_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b101en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

NAME = "blind101_en_heritage_panel"
pdfmetrics.registerFont(TTFont("DV", H.clean_font("DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", H.clean_font("DejaVuSans-Bold.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DV", boldItalic="DVB")
OCHRE = colors.HexColor("#7a4a12")
body = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=13.5, spaceAfter=6)
num = ParagraphStyle("n", parent=body, leftIndent=9 * mm, firstLineIndent=-9 * mm)
let = ParagraphStyle("l", parent=body, leftIndent=16 * mm, firstLineIndent=-7 * mm)
cell = ParagraphStyle("c", parent=body, fontSize=8.4, leading=11, spaceAfter=0)
small = ParagraphStyle("s", parent=body, fontSize=8, leading=10.5, textColor=colors.HexColor("#555555"))
h1 = ParagraphStyle("h1", fontName="DVB", fontSize=15, leading=19, textColor=OCHRE, spaceAfter=6)
h2 = ParagraphStyle("h2", fontName="DVB", fontSize=11, leading=14, textColor=OCHRE, spaceBefore=8, spaceAfter=4)


def P(t, s=body):
    return Paragraph(t, s)


def build(path, story, head, pagesize=A4):
    doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=22 * mm, invariant=1, title=head, author="Kilmore Ridge Shire Council")
    doc.build(story)
    H.stamp(path, header=head, footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))


def advice():
    meta = Table([[P("<b>Advice note</b>", cell), P("HAP 2026/03", cell), P("<b>Meeting</b>", cell), P("12 February 2026", cell)],
                  [P("<b>Subject</b>", cell), P("Draft Quarry Street Precinct Heritage Appraisal (Amendment C142)", cell),
                   P("<b>Panel chair</b>", cell), P("Dr Helen Vasiliou", cell)]],
                 colWidths=[24 * mm, 72 * mm, 24 * mm, 50 * mm])
    meta.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f3eadc")),
                              ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#f3eadc")),
                              ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#b9a48a")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s = [P("KILMORE RIDGE SHIRE COUNCIL", ParagraphStyle("lh", parent=small, fontName="DVB", textColor=OCHRE, fontSize=10)),
         P("Heritage Advisory Panel", small),
         P("Heritage Advice Note: Draft Quarry Street Precinct Heritage Appraisal", h1), meta, Spacer(1, 8),
         P("1. Purpose", h2),
         P("1.1 This note gives the Panel's advice on the draft Quarry Street Precinct Heritage Appraisal "
           "prepared by Lanyon Heritage Consultants for the Council in December 2025. The draft is intended to support "
           "Planning Scheme Amendment C142, which would apply a Heritage Overlay (HO218) to the precinct.", num),
         P("1.2 Under the Planning and Environment Act 1987, a planning authority must have regard to any significant "
           "effects of an amendment on the environment, including the cultural heritage of the area. The Panel is "
           "advisory only; it has no decision-making role under the Act or under the Heritage Act 2017.", num),
         P("2. What the Panel found", h2),
         P("2.1 The appraisal is thorough and well illustrated. The field survey covered 64 properties between "
           "Quarry Street, Wattle Lane and the railway reserve, and the historical overview draws on rate books from "
           "1879 to 1921.", num),
         P("2.2 The proposed boundary stops at the Wattle Lane kerb. The former Mechanics' Institute (1891) and the "
           "pair of miners' cottages at 2-4 Wattle Lane lie just outside it, although they share the precinct's "
           "history and materials.", num),
         P("2.3 Places are described one by one, but the draft does not say which are significant and which are "
           "contributory. Without gradings, owners and planners cannot tell what the overlay protects. Owners should "
           "be able to read the appraisal and know where their property stands.", num),
         P("2.4 The draft proposes external paint controls for eleven places. The Panel notes that paint controls are "
           "seldom used in the shire and were not applied in the Bendell Road precinct in 2019.", num),
         P("2.5 The draft dates the Quarry Street bridge to 1912. The Shire's own engineering records and a plaque on "
           "the western abutment give 1887; the 1912 works were a widening.", num),
         P("2.6 Surface finds of bottle glass and clay pipe were reported on the former quarry workers' camp site at "
           "the northern end of the precinct. The draft does not deal with below-ground heritage.", num),
         P("2.7 In its advice note HAP 2021/07 on the Bendell Road precinct, the Panel said that \"the Council should "
           "prepare design guidelines before the overlay is applied\". That advice was taken up in part, and the "
           "Panel does not repeat it here.", num),
         P("3. Advice", h2),
         P("3.1 The Panel advises that the Council:", num),
         P("(a) extend the precinct boundary to take in the former Mechanics' Institute and the cottages at 2-4 "
           "Wattle Lane;", let),
         P("(b) grade every place in the precinct as significant, contributory or non-contributory and publish the "
           "gradings as a schedule to the appraisal;", let),
         P("(c) apply external paint controls to every significant place in the precinct, not only the eleven places "
           "listed in the draft;", let),
         P("(d) correct the construction date of the Quarry Street bridge to 1887 and describe the 1912 widening "
           "separately;", let),
         P("(e) commission a separate archaeological assessment of the former quarry workers' camp site before the "
           "amendment is exhibited;", let),
         P("(f) add a statement of significance for the precinct as a whole, in the standard what, how and why "
           "format;", let),
         P("(g) offer owners of significant places two years of free advice from a heritage adviser once the overlay "
           "takes effect.", let),
         P("3.2 The Panel would be glad to review the revised appraisal before exhibition. Items (a), (b) and (f) are "
           "in the Panel's view the most important.", num),
         P("4. Panel members present", h2),
         P("Dr Helen Vasiliou (chair), Mark Tindall, Cr Rosa Fenwick, Yvonne Haddad, Peter Oakes. Apologies: Lachlan Burke. "
           "Officer in attendance: Simone Arkwright, Strategic Planner (Heritage).", body),
         P("The Panel's advice notes are published on the Council's website with the minutes of the Panel meeting.", small)]
    build(H.out(NAME + "_advice.pdf"), s, "Heritage Advisory Panel - Advice Note HAP 2026/03")


def response():
    s = [P("KILMORE RIDGE SHIRE COUNCIL", ParagraphStyle("lh", parent=small, fontName="DVB", textColor=OCHRE, fontSize=10)),
         P("Strategic Planning - Amendment C142", small),
         P("Schedule of Changes: Response to Heritage Advisory Panel Advice Note HAP 2026/03", h1),
         P("Prepared by Simone Arkwright, Strategic Planner (Heritage), for the Planning Committee meeting of 24 March 2026.", small),
         P("Introduction", h2),
         P("This schedule records how officers have responded to each item of the Panel's advice on the draft "
           "appraisal, and the resulting changes to the version proposed for exhibition. Officers thank the Panel for "
           "a careful and constructive review, which has improved the document considerably.")]
    hdr = [P("<b>Ref</b>", cell), P("<b>Panel advice</b>", cell), P("<b>Officer response</b>", cell), P("<b>Change to draft</b>", cell)]
    rows = [hdr,
            [P("(d)", cell), P("Bridge date", cell),
             P("Agreed. The engineering file has been checked and the date is now shown as 1887, with the 1912 "
               "widening described in its own paragraph.", cell), P("Section 4.3 and Table 2 amended.", cell)],
            [P("(a)", cell), P("Extend boundary to Wattle Lane", cell),
             P("Agreed. Both owners were contacted in March and the boundary has been redrawn to include the "
               "Institute and the two cottages.", cell), P("Map 1 and HO218 schedule amended.", cell)],
            [P("(b) and (e)", cell), P("Gradings; archaeology of camp site", cell),
             P("On (b), officers support grading in principle, but gradings will be published for significant "
               "places only at exhibition; contributory and non-contributory gradings will follow in the 2027 "
               "review. On (e), officers note the Panel's concern. The cost of an assessment is not in the current "
               "budget, and the matter has been referred to the Capital Works Committee for consideration in "
               "the 2027-28 budget round.", cell), P("New Appendix C (significant places).", cell)],
            [P("(f)", cell), P("Precinct statement of significance", cell),
             P("Agreed. Lanyon Heritage has drafted a precinct-wide statement of significance, which now opens "
               "Chapter 5.", cell), P("Chapter 5 amended.", cell)],
            [P("(c)", cell), P("Paint controls", cell),
             P("Not supported. Officers do not recommend extending paint controls beyond the places named in the "
               "draft; doing so would be inconsistent with other precincts and would add permit applications "
               "without clear benefit.", cell), P("No change.", cell)]]
    t = Table(rows, colWidths=[18 * mm, 34 * mm, 88 * mm, 30 * mm], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e7d6bd")),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9a8468")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, Spacer(1, 6),
          P("Community submissions received before exhibition", h2),
          P("Separately from the Panel's advice, nine written comments were received from residents during the "
            "informal engagement period. Most concerned car parking on Quarry Street and the timing of footpath "
            "works, which are outside the scope of the amendment and have been passed to the Infrastructure team."),
          P("Next steps", h2),
          P("Subject to the Planning Committee's endorsement, officers will seek authorisation from the Minister to "
            "exhibit Amendment C142 in May 2026. The revised appraisal will be sent to Panel members ahead of "
            "exhibition, as the Panel requested.")]
    build(H.out(NAME + "_response.pdf"), s, "Amendment C142 - Schedule of Changes (HAP 2026/03)")


def expected():
    R = [
        dict(number=1, starts_with="extend the precinct boundary to take in the former Mechanics' Institute",
             reply_contains="boundary has been redrawn to include the Institute", verdict="agrees"),
        dict(number=2, starts_with="grade every place in the precinct as significant, contributory or non-contributory",
             reply_contains="gradings will be published for significant places only at exhibition", verdict="partly"),
        dict(number=3, starts_with="apply external paint controls to every significant place in the precinct",
             reply_contains="do not recommend extending paint controls beyond the places", verdict="disagrees"),
        dict(number=4, starts_with="correct the construction date of the Quarry Street bridge to 1887",
             reply_contains="The engineering file has been checked", verdict="agrees"),
        dict(number=5, starts_with="commission a separate archaeological assessment of the former quarry workers' camp site",
             reply_contains="referred to the Capital Works Committee for consideration", verdict="noted"),
        dict(number=6, starts_with="add a statement of significance for the precinct as a whole",
             reply_contains="has drafted a precinct-wide statement of significance", verdict="agrees"),
        dict(number=7, starts_with="offer owners of significant places two years of free advice",
             reply_contains=None, verdict="unanswered"),
    ]
    U = ["Officers thank the Panel for a careful and constructive review",
         "nine written comments were received from residents",
         "seek authorisation from the Minister to exhibit Amendment C142"]
    H.write_expected(NAME, R, U,
        "Advice: Kilmore Ridge Shire Heritage Advisory Panel advice note HAP 2026/03 on a draft heritage precinct "
        "appraisal (Australia), recs LETTERED (a)-(g) under paragraph 3.1 'The Panel advises that the Council:' after "
        "numbered findings 1.1-2.7; traps: Planning and Environment Act 1987 'must have regard', 'Owners should be able "
        "to read', 2021 advice quoted ('the Council should prepare design guidelines'), paragraph 3.2 naming (a), (b), "
        "(f), dates and figures. Response: officers' schedule of changes TABLE citing letters, order d, a, b+e, f, c: "
        "(d) agreed, (a) agreed, ONE row '(b) and (e)' = significant places only (b partly) + referred to Capital Works "
        "Committee (e noted), (f) agreed, (c) 'Not supported' (disagrees); (g) free advice unanswered; Introduction, "
        "'Community submissions', 'Next steps' answer nothing.")


if __name__ == "__main__":
    advice(); response(); expected()
    sys.exit(H.main([NAME]))
