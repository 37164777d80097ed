"""Round 89 (EN): an Ontario city's consultant URBAN FOREST CANOPY ASSESSMENT (recommendations as UNNUMBERED BULLETS
'The City should ...' under 'Recommendations', after bulleted key findings) answered by a STAFF REPORT to Committee of
the Whole that replies by subject heading, no numbers. reportlab platypus, US Letter, cleaned DejaVu, invariant=1;
running header from page 2 and page number drawn on the canvas. Bodies, people and figures invented.
Run:  /tmp/blind89en/bin/python tests/docs/src/blind89/gen_en_urban_forest_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b89en as H
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph as P, Spacer, Table, TableStyle, ListFlowable, ListItem
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping

NAME = "blind89_en_urban_forest"
for suf, f in (("", "DejaVuSans.ttf"), ("-B", "DejaVuSans-Bold.ttf"), ("-I", "DejaVuSans-Oblique.ttf")):
    pdfmetrics.registerFont(TTFont("DV" + suf, H.clean_font(f)))
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DV-B"); addMapping("DV", 0, 1, "DV-I"); addMapping("DV", 1, 1, "DV-B")
GREEN = colors.HexColor("#2f5d2a")
body = ParagraphStyle("b", fontName="DV", fontSize=9.6, leading=13.6, spaceAfter=6)
h1 = ParagraphStyle("h1", fontName="DV-B", fontSize=17, leading=21, textColor=GREEN, spaceAfter=4)
h2 = ParagraphStyle("h2", fontName="DV-B", fontSize=11.5, leading=15, textColor=GREEN, spaceBefore=9, spaceAfter=4)
cell = ParagraphStyle("c", fontName="DV", fontSize=8.6, leading=11.2)
quote = ParagraphStyle("q", parent=body, leftIndent=12 * mm, fontName="DV-I")


def bullets(items):
    return ListFlowable([ListItem(P(t, body), leftIndent=14, value="\u2022") for t in items],
                        bulletType="bullet", start="\u2022", leftIndent=14, bulletFontName="DV")


def deco(head):
    def f(c, d):
        c.saveState(); c.setFont("DV", 7.5); c.setFillColor(colors.grey)
        if d.page > 1:
            c.drawString(20 * mm, letter[1] - 12 * mm, head)
        c.drawCentredString(letter[0] / 2, 10 * mm, str(d.page)); c.restoreState()
    return f


def advice():
    s = [P("LARCHMONT ARBORICULTURE CONSULTING LTD.", ParagraphStyle("k", fontName="DV-B", fontSize=8, textColor=GREEN)),
         P("City of Thornbury Landing: Urban Forest Canopy Assessment", h1),
         P("Final report to the Environmental Advisory Committee  &middot;  March 2026  &middot;  Project LAC-2025-117",
           ParagraphStyle("m", fontName="DV", fontSize=8.8, spaceAfter=8)),
         P("1. Introduction", h2),
         P("The City of Thornbury Landing retained Larchmont Arboriculture Consulting in June 2025 to measure the city's "
           "tree canopy, compare it with the targets of the 2015 Urban Forest Strategy and advise on the next ten years of "
           "urban forest management. We used 2024 leaf-on aerial imagery and LiDAR, a sample inventory of 2,400 street "
           "trees and interviews with Forestry, Planning, Engineering and Parks staff.", body),
         P("Under section 270(1), paragraph 7, of the Municipal Act, 2001, a municipality must adopt and maintain a policy "
           "on the manner in which it will protect and enhance the tree canopy and natural vegetation. The City's policy "
           "dates from 2018 and refers to the 2015 Strategy, which recommended that:", body),
         P("\u201cthe City should plant two trees for every public tree removed and should report on canopy every ten "
           "years.\u201d", quote),
         P("2. What we found", h2),
         bullets(["<b>Canopy cover is 24.6 per cent</b>, down from 26.1 per cent in 2014. Losses are concentrated in the "
                  "older subdivisions north of Highway 26, where emerald ash borer removed about 3,100 ash trees.",
                  "<b>Private land holds 61 per cent of the canopy.</b> The Private Tree By-law (By-law 2017-88) applies "
                  "only to trees of 30 cm diameter at breast height or more on lots over 0.5 ha.",
                  "<b>Street trees are pruned reactively.</b> The average interval between visits is eleven years; good "
                  "practice is that a street tree should be pruned every seven to eight years while young.",
                  "<b>New street trees fail early.</b> In 2025 one in five trees planted in new subdivisions was dead or "
                  "in poor condition within three years, usually because of compacted or shallow soil."]),
         Spacer(1, 4),
         Table([[P("<b>Area</b>", cell), P("<b>Canopy 2014</b>", cell), P("<b>Canopy 2024</b>", cell), P("<b>Change</b>", cell)],
                [P("North wards (1-3)", cell), P("29.4%", cell), P("25.8%", cell), P("-3.6", cell)],
                [P("Central wards (4-5)", cell), P("21.0%", cell), P("20.7%", cell), P("-0.3", cell)],
                [P("South wards (6-7)", cell), P("27.2%", cell), P("27.0%", cell), P("-0.2", cell)],
                [P("City", cell), P("26.1%", cell), P("24.6%", cell), P("-1.5", cell)]],
               colWidths=[55 * mm, 35 * mm, 35 * mm, 30 * mm],
               style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                 ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfeadb"))])),
         P("Table 1. Canopy cover by ward group, 2014 and 2024.", ParagraphStyle("cap", parent=cell, fontName="DV-I", spaceBefore=3)),
         P("3. Conclusions", h2),
         P("The 2015 Strategy's replacement rule has been met in most years, but it has not been enough to hold canopy at "
           "its 2014 level. Without changes, we estimate canopy cover will fall to about 22 per cent by 2035. Staff told us "
           "that the Forestry unit, which sits within Roads Operations, has no single person accountable for the urban "
           "forest. Developers should, in our view, carry more of the cost of the trees their projects remove.", body),
         P("4. Recommendations", h2),
         P("We make the following recommendations to the Committee for consideration by Council:", body),
         bullets(["The City should adopt a city-wide canopy target of 32 per cent by 2050 and report progress to Council "
                  "every five years.",
                  "The City should amend the Private Tree By-law so that it protects trees of 20 cm diameter or more "
                  "on all lots, whatever their size.",
                  "The City should move from reactive pruning to a seven-year block pruning cycle for all street trees.",
                  "The City should require developers to post a tree protection security for every retained tree on a "
                  "site under development, returned after two growing seasons.",
                  "The City should create a dedicated urban forestry section, led by a certified City Forester, "
                  "separate from Roads Operations.",
                  "The City should set a minimum soil volume of 15 cubic metres for every new street tree in its "
                  "engineering design standards.",
                  "The City should work with the two school boards to plant shade trees on school grounds in the "
                  "north wards."]),
         P("These recommendations would replace the 2015 Strategy's ten-year reporting cycle. We have not costed them in "
           "detail; an order-of-magnitude estimate is in Appendix B (not reproduced here).", body),
         P("Larchmont Arboriculture Consulting Ltd.  &middot;  Dana Whitfield, ISA Certified Arborist, Principal", body)]
    doc = SimpleDocTemplate(H.out(NAME + "_advice.pdf"), pagesize=letter, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, invariant=1, title="Urban Forest Canopy Assessment")
    f = deco("City of Thornbury Landing  |  Urban Forest Canopy Assessment  |  Larchmont Arboriculture Consulting")
    doc.build(s, onFirstPage=f, onLaterPages=f)


def response():
    t = ParagraphStyle("t", parent=body, fontSize=9.2)
    s = [P("CITY OF THORNBURY LANDING", ParagraphStyle("k", fontName="DV-B", fontSize=13, textColor=GREEN)),
         P("Staff Report to Committee of the Whole", ParagraphStyle("k2", fontName="DV", fontSize=9.5, spaceAfter=8)),
         Table([[P("<b>Report number</b>", t), P("OPS-2026-041", t)],
                [P("<b>Meeting date</b>", t), P("June 9, 2026", t)],
                [P("<b>From</b>", t), P("Marcus Oyelaran, Director of Operations", t)],
                [P("<b>Subject</b>", t), P("Response to the Urban Forest Canopy Assessment", t)]],
               colWidths=[40 * mm, 120 * mm],
               style=TableStyle([("LINEBELOW", (0, -1), (-1, -1), 1, GREEN), ("VALIGN", (0, 0), (-1, -1), "TOP")])),
         P("Purpose", h2),
         P("This report sets out the staff position on the consultant's canopy assessment, received by the Environmental "
           "Advisory Committee on April 2, 2026, and asks Committee to endorse the actions below for inclusion in the "
           "2027 budget process.", body),
         P("Street tree maintenance", h2),
         P("Staff agree that reactive pruning is no longer adequate. A seven-year grid pruning program has been included "
           "in the draft 2027 operating budget, starting with the north wards, and two additional arborist crews will be "
           "recruited in the first quarter of 2027.", body),
         P("Planting standards for new streets", h2),
         P("Engineering has already acted on this point. Revised Engineering Design Standards, approved by the Director "
           "in May, now require 15 cubic metres of uncompacted soil per boulevard tree, or soil cells where that is not "
           "possible, for all subdivision agreements signed after July 1.", body),
         P("Private trees and development", h2),
         P("Staff support widening the Private Tree By-law to all lot sizes, but propose a threshold of 25 cm rather than "
           "20 cm, which would more than double the number of applications and require a further by-law officer; a "
           "by-law amendment will come to Council in the fall. Staff do not support a separate tree security for each "
           "retained tree: landscape securities already taken under site plan agreements cover retained trees, and a "
           "second deposit would add cost to development without clear benefit. No change is proposed to that process.", body),
         P("Canopy target and reporting", h2),
         P("Staff recommend that Council adopt the 32 per cent canopy target and the five-year progress report, with "
           "the first report in 2031. The target will be written into the updated tree canopy policy required by the "
           "Municipal Act.", body),
         P("School grounds", h2),
         P("Planting on school property is a matter for the school boards. Staff will share the assessment with both "
           "boards and will raise shade tree planting at the next joint facilities meeting, without any commitment of City "
           "funds at this stage.", body),
         P("Emerald ash borer update", h2),
         P("For information, the ash removal program is now complete. The last 140 infested boulevard ash were removed "
           "in February, and stump grinding will finish by the end of June, within the approved budget.", body),
         P("Financial implications and recommendation", h2),
         P("The pruning program adds about $410,000 a year from 2027, subject to budget deliberations. It is recommended "
           "that Committee of the Whole receive this report for information and refer the costs to 2027 budget "
           "deliberations.", body),
         P("Respectfully submitted, Marcus Oyelaran, Director of Operations. Reviewed by Helen Brierley, CAO.", t)]
    doc = SimpleDocTemplate(H.out(NAME + "_response.pdf"), pagesize=letter, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, invariant=1, title="Staff Report OPS-2026-041")
    f = deco("Staff Report OPS-2026-041  |  Committee of the Whole  |  June 9, 2026")
    doc.build(s, onFirstPage=f, onLaterPages=f)


RECS = [
    dict(number=1, starts_with="The City should adopt a city-wide canopy target of 32 per cent",
         reply_contains="Staff recommend that Council adopt the 32 per cent canopy target", verdict="agrees"),
    dict(number=2, starts_with="The City should amend the Private Tree By-law so that it protects",
         reply_contains="propose a threshold of 25 cm rather than 20 cm", verdict="partly"),
    dict(number=3, starts_with="The City should move from reactive pruning to a seven-year",
         reply_contains="A seven-year grid pruning program has been included", verdict="agrees"),
    dict(number=4, starts_with="The City should require developers to post a tree protection security",
         reply_contains="Staff do not support a separate tree security for each retained tree", verdict="disagrees"),
    dict(number=5, starts_with="The City should create a dedicated urban forestry section, led by",
         reply_contains=None, verdict="unanswered"),
    dict(number=6, starts_with="The City should set a minimum soil volume of 15 cubic metres",
         reply_contains="now require 15 cubic metres of uncompacted soil per boulevard tree", verdict="agrees"),
    dict(number=7, starts_with="The City should work with the two school boards to plant",
         reply_contains="will raise shade tree planting at the next joint facilities meeting", verdict="noted"),
]
UNMATCHED = ["This report sets out the staff position on the consultant's canopy assessment",
             "the ash removal program is now complete",
             "refer the costs to 2027 budget deliberations"]
NOTES = ("Advice: consultant's urban forest canopy assessment for an Ontario city, 2 p.; the seven recommendations are "
         "UNNUMBERED BULLETS 'The City should ...' under '4. Recommendations'. Traps: Municipal Act s 270(1) para 7 'must "
         "adopt', the 2015 Strategy's 'the City should plant two trees' quoted, bulleted findings with bold lead-ins, 'a street "
         "tree should be pruned', 'Developers should ... carry more of the cost' in conclusions, canopy table. Response: staff "
         "report to Committee of the Whole by subject headings, no numbers; order 3, 6, 2+4, 1, 7. ONE section 'Private trees "
         "and development' = by-law threshold 25 cm not 20 (2 partly) + no separate tree security (4 disagrees). School grounds "
         "passed to the boards (7 noted). 5 (urban forestry section / City Forester) unanswered. Purpose, emerald ash borer "
         "update, financial implications (nothing).")

if __name__ == "__main__":
    advice(); response()
    H.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(H.main([NAME]))
