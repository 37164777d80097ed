"""Round 74 (EN): an English DESIGN REVIEW PANEL REPORT (genre of the letters that independent design review panels
send after reviewing a development scheme before a planning application: a confidentiality line, a ruled table of
meeting details, a 'Summary', 'Key recommendations' as a NUMBERED list in a shaded box at the front, then
'Detailed comments' under themes that restate the panel's views at length, the local plan policy cited, the
panel's earlier advice recalled) answered by the applicant's DESIGN AND ACCESS STATEMENT ADDENDUM, 'Section 4:
Response to the Design Review Panel' (genre: an architect's document with decimal-numbered sub-sections by theme,
each quoting the panel's comment in italics in its own words and then the design team's response, drawing
references, a consultation section and a conclusion).
Advice: Harrowgate Design Review Panel, report of the formal review of 12 February 2026, Former Dairy Site, Mill
Lane, Ashcombe, A4, 2 p.; key recommendations 1-7.
Response: Lyle Marsh Architects for Oakfield Living Ltd, Design and Access Statement Addendum, March 2026,
Section 4, 2 p.; order 1, 5, 4+2 (one sub-section), 3, 6; 7 (a further review before submission) is not answered.
reportlab platypus, cleaned Liberation Sans/Serif, invariant=1. The panel, the council, the site, the companies,
the people, the policies and all figures are invented.

Run:  /tmp/blind74en/bin/python tests/docs/src/blind74/gen_en_design_review_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b74en as H
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether

NAME = "blind74_en_design_review"
for fam, base in (("LS", "LiberationSans"), ("LR", "LiberationSerif")):
    for suf, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
        pdfmetrics.registerFont(TTFont(fam + suf, H.clean_font("%s-%s.ttf" % (base, f))))
    pdfmetrics.registerFontFamily(fam, normal=fam, bold=fam + "B", italic=fam + "I", boldItalic=fam + "BI")

SLATE = colors.Color(0.20, 0.27, 0.36)
SHADE = colors.Color(0.90, 0.93, 0.95)
BODY = ParagraphStyle("b", fontName="LS", fontSize=9.8, leading=13.6, spaceAfter=6)
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=12, leading=16, textColor=SLATE, spaceBefore=8, spaceAfter=5,
                    keepWithNext=1)
H2 = ParagraphStyle("h2", fontName="LSB", fontSize=10, leading=14, spaceBefore=4, spaceAfter=3, keepWithNext=1)
SM = ParagraphStyle("sm", fontName="LS", fontSize=8.8, leading=11.5)
SMB = ParagraphStyle("smb", parent=SM, fontName="LSB")
TITLE = ParagraphStyle("t", fontName="LSB", fontSize=18, leading=22, textColor=SLATE, spaceAfter=4)
NUM = ParagraphStyle("n", parent=BODY, leftIndent=7 * mm, firstLineIndent=-7 * mm, spaceAfter=4)
QUO = ParagraphStyle("q", parent=BODY, fontName="LSI", leftIndent=8 * mm, textColor=colors.Color(0.25, 0.25, 0.25))
RB = ParagraphStyle("rb", parent=BODY, fontName="LR", fontSize=10.5, leading=14.5, spaceAfter=7)
RH = ParagraphStyle("rh", fontName="LSB", fontSize=11, leading=15, textColor=colors.Color(0.55, 0.15, 0.12),
                    spaceBefore=7, spaceAfter=4, keepWithNext=1)
RQ = ParagraphStyle("rq", parent=RB, fontName="LRI", leftIndent=8 * mm, rightIndent=6 * mm, fontSize=10)

RECS = [
    "Reduce the corner building on Mill Lane from six storeys to four, so that it does not compete with the "
    "listed mill.",
    "Realign the main pedestrian route so that it follows the line of the old mill race from Mill Lane to the "
    "riverside path.",
    "Make at least 40 per cent of the homes dual aspect, with priority for the family homes facing the railway.",
    "Replace the two surface parking courts at the centre of the site with a landscaped square, and provide "
    "parking on street.",
    "Use the red brick and clay tile of the mill buildings rather than the buff brick and grey slate now "
    "proposed.",
    "Submit an energy statement with the application showing how the homes will meet the council's net zero "
    "operational carbon target.",
    "Bring the scheme back to the panel for a further review before the planning application is submitted.",
]


def P(t, s=BODY):
    return Paragraph(t, s)


def on_page_a(c, doc):
    c.saveState()
    c.setFont("LS", 8)
    c.setFillColor(colors.Color(0.35, 0.35, 0.35))
    c.drawString(20 * mm, 287 * mm, "Harrowgate Design Review Panel  |  Former Dairy Site, Mill Lane, Ashcombe")
    c.drawRightString(190 * mm, 287 * mm, "CONFIDENTIAL")
    c.drawCentredString(105 * mm, 12 * mm, "%d" % doc.page)
    c.restoreState()


def on_page_r(c, doc):
    c.saveState()
    c.setFont("LS", 8)
    c.setFillColor(colors.Color(0.35, 0.35, 0.35))
    c.drawString(20 * mm, 287 * mm, "Former Dairy Site, Mill Lane  |  Design and Access Statement Addendum")
    c.drawRightString(190 * mm, 287 * mm, "Lyle Marsh Architects")
    c.drawString(20 * mm, 12 * mm, "LMA-2291-DAS-A  |  Rev B  |  March 2026")
    c.drawRightString(190 * mm, 12 * mm, "%d" % (doc.page + 17))
    c.restoreState()


def advice(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title="Design review: Former Dairy Site, Mill Lane, Ashcombe",
                            author="Harrowgate Design Review Panel")
    s = [P("Harrowgate Design Review Panel", ParagraphStyle("o", parent=SMB, fontSize=10, textColor=SLATE)),
         P("Report of Formal Review Meeting: Former Dairy Site, Mill Lane, Ashcombe", TITLE),
         P("This report is confidential to the applicant and the local planning authority until a planning "
           "application is submitted, when it may be made public.", SM), Spacer(1, 5)]
    rows = [("Date", "12 February 2026, Ashcombe Town Hall and site visit"),
            ("Scheme", "142 homes (96 houses, 46 flats) with a community hall, on 4.1 hectares"),
            ("Applicant", "Oakfield Living Ltd; architects Lyle Marsh Architects; landscape Fenwick Studio"),
            ("Local planning authority", "Ashcombe District Council"),
            ("Panel", "Prof. Miriam Stayt (chair, architect), Gideon Pell (landscape), Ruth Okafor (urban "
                      "design), Colm Hurley (sustainability engineer)"),
            ("Type of review", "Formal review (second review; pre-application workshop held 9 October 2025)")]
    t = Table([[P(k, SMB), P(v, SM)] for k, v in rows], colWidths=[42 * mm, 128 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.Color(0.6, 0.65, 0.7)),
                           ("BACKGROUND", (0, 0), (0, -1), SHADE), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, Spacer(1, 4), P("Summary", H1),
          P("The panel welcomes the return of this long-vacant site to use and supports the overall approach of a "
            "walkable neighbourhood around the retained mill buildings. Since the workshop the scheme has improved, "
            "in particular in the treatment of the riverside. However, the corner building is still too tall, the "
            "centre of the site is dominated by parking, and the scheme does not yet draw enough on the character "
            "of the mill. With the changes below, this could be an exemplary scheme for the district.")]
    box = [P("Key recommendations", ParagraphStyle("kr", parent=H2, textColor=SLATE, fontSize=11))]
    box += [P("%d.&nbsp;&nbsp;%s" % (i + 1, r), NUM) for i, r in enumerate(RECS)]
    bt = Table([[box]], colWidths=[170 * mm])
    bt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SHADE), ("BOX", (0, 0), (-1, -1), 1, SLATE),
                            ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                            ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s += [Spacer(1, 4), bt, Spacer(1, 4), P("Detailed comments", H1),
          P("Context and heritage", H2),
          P("The Grade II listed mill and its chimney are the heart of the site and should remain its most "
            "visible landmark. Policy DM12 of the Ashcombe Local Plan says that development affecting a heritage "
            "asset must preserve or enhance its setting, and the council's conservation officer shares our "
            "concern. At six storeys the corner building rises above the mill's eaves and closes the view of the "
            "chimney from Mill Lane; a building of four storeys would keep that view."),
          P("At the workshop we advised that the riverside should be public open space rather than private "
            "gardens. This has been done, and the new riverside park is a real asset."),
          P("Layout, movement and parking", H2),
          P("The layout is generally legible, but the main pedestrian route now runs along the estate road. The "
            "line of the old mill race, still visible as a shallow depression, offers a more direct and more "
            "characterful link from Mill Lane to the riverside path. The two parking courts at the centre of the "
            "site, with 58 spaces between them, create a dead space where the scheme most needs a focus; the "
            "panel would like to see a landscaped square there, with parking distributed along the streets."),
          P("Homes and amenity", H2),
          P("Only 22 per cent of the homes are dual aspect. The family houses along the railway in particular have "
            "single-aspect living rooms facing the tracks. Homes of this kind should have a choice of outlook and "
            "cross ventilation, and the National Design Guide makes the same point."),
          P("Architecture and materials", H2),
          P("The buff brick and grey slate proposed could be found on any estate. The mill's red brick, clay tile "
            "and cast-iron details give the site its identity, and a simpler palette drawn from them would bind "
            "new and old together."),
          P("Sustainability", H2),
          P("The applicant told us that the homes will be 'fabric first' with air source heat pumps, which is "
            "encouraging. The panel could not, however, assess the energy strategy, as no figures were "
            "presented. The council declared a climate emergency in 2021 and its target is that new homes should "
            "be net zero in operation."),
          P("Next steps", H2),
          P("The panel is available to review the scheme again. This report reflects the panel's views on the "
            "information presented on the day; it is advice to the local planning authority and does not bind "
            "it."),
          Spacer(1, 6), P("<i>Prof. Miriam Stayt, Chair, 19 February 2026</i>")]
    doc.build(s, onFirstPage=on_page_a, onLaterPages=on_page_a)


def response(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title="Design and Access Statement Addendum, Section 4",
                            author="Lyle Marsh Architects")
    s = [P("4  Response to the Design Review Panel", ParagraphStyle("rt", parent=TITLE, fontSize=17,
                                                                      textColor=colors.Color(0.55, 0.15, 0.12))),
         P("4.1  Introduction", RH),
         P("The scheme was presented to the Harrowgate Design Review Panel on 12 February 2026, its second review "
           "following the pre-application workshop in October 2025. The applicant and the design team are "
           "grateful to the panel for its positive and detailed advice, which has informed a number of changes "
           "to the scheme since February. This section explains how the panel's comments have been addressed, "
           "theme by theme; drawing references are to the application drawings listed in Appendix A.", RB),
         P("4.2  Height and massing", RH),
         P("The panel felt that the corner building competed with the listed mill and closed the view of the "
           "chimney from Mill Lane.", RQ),
         P("The corner building has been reduced from six storeys to five, and its top floor set back by 2.5 "
           "metres (drawings 2291-PL-210 and 211). Verified views (Appendix C, views 3 and 4) show that the "
           "chimney is now seen clear of the roofline from Mill Lane. A further reduction to four storeys would "
           "remove eight homes, including six of the affordable flats, and is not proposed.", RB),
         P("4.3  Materials", RH),
         P("The panel asked for a palette drawn from the mill.", RQ),
         P("The buff brick and grey slate have been replaced throughout by a red multi-stock brick and "
           "plain clay tile, selected with the conservation officer from samples on site in March. Cast-iron "
           "style balustrades echo the mill's details (material schedule, drawing 2291-PL-400).", RB),
         P("4.4  Layout, movement and parking", RH),
         P("The panel suggested a landscaped square in place of the central parking courts and a pedestrian "
           "route along the former mill race.", RQ),
         P("The main pedestrian route has been realigned along the course of the former mill race, which will be "
           "expressed as a swale with a footpath beside it, linking Mill Lane to the riverside path in a straight "
           "line (drawing 2291-PL-105). The central parking courts are retained. The highway authority has told "
           "us that it will not adopt streets with the amount of on-street parking the panel's approach would "
           "need, and without them the scheme cannot meet the council's parking standard. The courts have "
           "instead been broken up with trees and a shared surface (landscape drawing FS-L-02).", RB),
         P("4.5  Homes and amenity", RH),
         P("The panel recommended more dual-aspect homes, especially along the railway.", RQ),
         P("The design team has noted the panel's comment on dual aspect. The proportion of dual-aspect homes "
           "will be reviewed as the internal layouts are developed at the detailed design stage.", RB),
         P("4.6  Sustainability", RH),
         P("An Energy and Sustainability Statement by Calder Energy Consultants is submitted with the application "
           "(document LMA-2291-ES). It shows that with a fabric-first approach, air source heat pumps and roof "
           "mounted solar panels on all houses, the homes will achieve net zero regulated operational carbon, in "
           "line with the council's target.", RB),
         P("4.7  Community consultation", RH),
         P("A public exhibition was held at Ashcombe Library on 6 and 7 March 2026 and was attended by 184 "
           "people; 61 feedback forms were returned. The Statement of Community Involvement describes the "
           "comments received and the applicant's responses.", RB),
         P("4.8  Conclusion", RH),
         P("The design team believes that the amended scheme responds positively to the panel's advice and "
           "that it will create a distinctive new neighbourhood that respects the setting of the listed mill. "
           "The applicant looks forward to continuing to work with the council.", RB)]
    doc.build(s, onFirstPage=on_page_r, onLaterPages=on_page_r)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=12: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "reduced from six storeys to five, and its top floor", "verdict": "partly"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "The main pedestrian route has been realigned along the course",
         "verdict": "agrees"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "The design team has noted the panel's comment on dual aspect",
         "verdict": "noted"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "The central parking courts are retained", "verdict": "disagrees"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "have been replaced throughout by a red multi-stock brick",
         "verdict": "agrees"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "An Energy and Sustainability Statement by Calder Energy Consultants",
         "verdict": "agrees"},
        {"number": "7", "starts_with": sw(7), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, [
        "grateful to the panel for its positive and detailed advice",
        "A public exhibition was held at Ashcombe Library",
        "believes that the amended scheme responds positively to the panel's advice",
    ], "Advice: an English design review panel report (running head with 'CONFIDENTIAL', a ruled meeting-details "
       "table, 'Summary', then 'Key recommendations' as a NUMBERED list 1.-7. in a shaded, framed box at the front, "
       "then 'Detailed comments' under theme sub-heads and 'Next steps'; bare page numbers). The recommendations "
       "are the seven numbered imperatives in the box; the detailed comments restate most of them at length "
       "without numbers ('a building of four storeys would keep that view', 'the panel would like to see a "
       "landscaped square there'). Traps: the confidentiality line; the summary; the listed mill 'should remain its "
       "most visible landmark'; Policy DM12 ('must preserve or enhance its setting'); the workshop's advice on the "
       "riverside ('should be public open space ... This has been done'); 'Homes of this kind should have a choice "
       "of outlook' and the National Design Guide; the council's target ('new homes should be net zero'); 'does "
       "not bind it'. Response: Section 4 of an architect's Design and Access Statement Addendum (sub-sections "
       "4.1-4.8 by theme, page numbers 18-19 of the document, each with the panel's comment paraphrased in "
       "italics, then the design team's response; drawing references), order 1, 5, 4+2, 3, 6: 4.2 six storeys "
       "to five, 'A further reduction to four storeys ... is not proposed' (1 partly); 4.3 red brick and clay tile "
       "(5 agrees); ONE sub-section 4.4 = route realigned along the mill race (2 agrees) + 'The central parking "
       "courts are retained', the highway authority's refusal to adopt (4 disagrees); 4.5 'The design team has "
       "noted the panel's comment on dual aspect', to be reviewed later (3 noted); 4.6 energy statement submitted "
       "(6 agrees); 7 (a further review before submission) is not answered. Unmatched: 4.1 Introduction, 4.7 "
       "Community consultation, 4.8 Conclusion.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
