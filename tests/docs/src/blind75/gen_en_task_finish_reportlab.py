"""Round 75 (EN): an English district council's OVERVIEW AND SCRUTINY TASK AND FINISH GROUP final report
(genre: a member-led scrutiny review with terms of reference, method, evidence, a table, findings in numbered
paragraphs 3.1 ..., and the group's recommendations as indented bold 'That Cabinet ...' sentences among the
findings, unnumbered) answered by a CABINET REPORT of the portfolio holder ('Response to the Task and Finish Group'
with the report's own 'Recommendations' to Cabinet, background, the response by theme, financial, legal and
equality implications).
Advice: Hallowmere District Council, 'Spend a Penny: public toilet provision in Hallowmere', January 2026, A4, 3 p.
Response: Report to Cabinet, 11 March 2026, agenda item 9, A4, 2 p.; order 3, 2, 1+4 (one paragraph), 6, 7; 5 (a
map of toilets) is not answered.
reportlab platypus, cleaned Liberation Sans, invariant=1. The council, the places, the people and all figures are
invented (the Public Health Act 1936 and the Local Government Act 2000 are real; what is said of them here is not
to be relied on).

Run:  /tmp/blind75en/bin/python tests/docs/src/blind75/gen_en_task_finish_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b75en as H
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

NAME = "blind75_en_task_finish"
for suf, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
    pdfmetrics.registerFont(TTFont("LS" + suf, H.clean_font("LiberationSans-%s.ttf" % f)))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")

TEAL = colors.Color(0.0, 0.38, 0.42)
BODY = ParagraphStyle("b", fontName="LS", fontSize=10.5, leading=14.5, spaceAfter=7)
NUM = ParagraphStyle("n", parent=BODY, leftIndent=11 * mm, firstLineIndent=-11 * mm)
ITEM = ParagraphStyle("i", parent=BODY, leftIndent=17 * mm, firstLineIndent=-6 * mm, spaceAfter=3)
REC = ParagraphStyle("r", parent=BODY, fontName="LSB", leftIndent=22 * mm, rightIndent=8 * mm)
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=13, leading=17, textColor=TEAL, spaceBefore=9, spaceAfter=6,
                    keepWithNext=1)
T = ParagraphStyle("t", fontName="LSB", fontSize=20, leading=25, textColor=TEAL, spaceAfter=4)
SUB = ParagraphStyle("s", fontName="LS", fontSize=12, leading=16, spaceAfter=10)
SM = ParagraphStyle("sm", fontName="LS", fontSize=9.5, leading=12)
SMB = ParagraphStyle("smb", parent=SM, fontName="LSB")
QU = ParagraphStyle("q", parent=BODY, fontName="LSI", leftIndent=22 * mm, rightIndent=8 * mm)


def foot(label):
    def f(c, d):
        c.saveState()
        c.setFont("LS", 8.5)
        c.setFillColor(colors.grey)
        c.drawString(20 * mm, 12 * mm, label)
        c.drawRightString(190 * mm, 12 * mm, "Page %d" % d.page)
        c.restoreState()
    return f


def build(path, story, label):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=22 * mm, title=label, author="Hallowmere District Council",
                            creator="reportlab", producer="reportlab")
    doc.build(story, onFirstPage=foot(label), onLaterPages=foot(label))


def n(num, text):
    return Paragraph("%s %s" % (num, text), NUM) if num else Paragraph(text, ITEM)


def advice():
    s = [Paragraph("Hallowmere District Council", SUB),
         Paragraph("Spend a Penny: public toilet provision in Hallowmere", T),
         Paragraph("Final report of the Public Toilets Task and Finish Group to the Overview and Scrutiny "
                   "Committee, January 2026", SUB),
         Table([[Paragraph("Chair", SMB), Paragraph("Councillor Maureen Ashdown", SM)],
                [Paragraph("Members", SMB), Paragraph("Councillors Pete Farrow, Imran Sadiq, Lucy Tennant and "
                                                       "Graham Wyle", SM)],
                [Paragraph("Scrutiny officer", SMB), Paragraph("Dan Keeley, Democratic Services", SM)],
                [Paragraph("Evidence sessions", SMB), Paragraph("Four sessions, 9 September to 2 December 2025",
                                                                 SM)]],
               colWidths=[40 * mm, 130 * mm],
               style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                 ("BACKGROUND", (0, 0), (0, -1), colors.Color(0.88, 0.94, 0.94)),
                                 ("VALIGN", (0, 0), (-1, -1), "TOP")])),
         Spacer(1, 6),
         Paragraph("1. Introduction and terms of reference", H1),
         n("1.1", "The Overview and Scrutiny Committee set up the group on 17 July 2025 after the Cabinet's budget "
                  "proposals raised the possibility of closing some of the council's public toilets. The group was "
                  "asked to:"),
         n("", "(a) establish how many toilets are open to the public in the district and who runs them;"),
         n("", "(b) hear from residents, businesses, disability groups and the town councils; and"),
         n("", "(c) make recommendations to Cabinet on the future of the service."),
         n("1.2", "There is no statutory duty on a district council to provide public toilets. Section 87 of the "
                  "Public Health Act 1936 gives councils a power to provide them and to charge for their use. Under "
                  "the Local Government Act 2000 the Cabinet must respond to this report within two months of "
                  "receiving it."),
         n("1.3", "The group is grateful to everyone who gave evidence, and in particular to the Hallowmere Access "
                  "Group and the Quayside Traders' Association."),
         Paragraph("2. The service today", H1),
         n("2.1", "The council runs six public toilets. Two of them charge 40p a visit; the others are free. The "
                  "net cost of the service in 2024/25 was £312,000, of which cleaning was £198,000."),
         Table([[Paragraph(x, SMB) for x in ("Site", "Opening hours", "Charge", "Visits 2024/25")]] +
               [[Paragraph(x, SM) for x in r] for r in (
                   ("Market Street, Hallowmere", "7am to 7pm", "40p", "118,400"),
                   ("Quayside, Port Elmet", "8am to 8pm (summer)", "40p", "96,200"),
                   ("Bus Station, Hallowmere", "6am to 10pm", "Free", "141,900"),
                   ("Church Lane, Wyckham", "8am to 6pm", "Free", "22,600"),
                   ("Recreation Ground, Thorpe Ash", "9am to 5pm", "Free", "9,800"),
                   ("Beach Road car park, Port Elmet", "Easter to October", "Free", "64,300"))],
               colWidths=[62 * mm, 42 * mm, 22 * mm, 34 * mm],
               style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                 ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.94, 0.94))])),
         Spacer(1, 4),
         Paragraph("<i>Table 1: council-run public toilets</i>", SM), Spacer(1, 6),
         n("2.2", "The 2019 review of the service recommended that 'the council should consider charging at all of "
                  "its sites'. That recommendation was not taken up, and the group does not revisit it."),
         Paragraph("3. Findings and recommendations", H1),
         Paragraph("<i>Keeping the toilets open</i>", BODY),
         n("3.1", "Every witness told us that the toilets matter far more than their cost suggests. Older residents, "
                  "people with bowel conditions, parents with small children and outdoor workers plan their trips "
                  "around them. One resident told us: 'If the Bus Station toilets shut, I stop coming into town.'"),
         n("3.2", "The group does not accept that closures would save the full running cost, because the Quayside "
                  "and Beach Road sites serve the visitor economy on which Port Elmet depends. We therefore recommend:"),
         Paragraph("That Cabinet keeps all six council-run public toilets open until at least March 2029 and "
                   "closes none of them without a further review by this Committee.", REC),
         Paragraph("<i>Using the toilets that already exist</i>", BODY),
         n("3.3", "Many cafés, pubs and shops already let people use their toilets. In Selbury, where the county's "
                  "first community toilet scheme started in 2022, 31 businesses take part, each paid a small fee "
                  "and marked by a sticker in the window. Traders told us they would join if the council paid "
                  "towards cleaning and supplies."),
         Paragraph("That Cabinet sets up a Community Toilet Scheme paying each participating business £600 a "
                   "year to let the public use its toilets without buying anything.", REC),
         n("3.4", "Residents also told us that nobody knows where the toilets are. A visitor to Port Elmet has no "
                  "way to find the Beach Road toilets from the Quayside, and the council's web page lists only "
                  "three sites."),
         Paragraph("That Cabinet publishes a map of every toilet open to the public in the district, on the "
                   "council website and in the visitor guide, and keeps it up to date.", REC),
         Paragraph("<i>Access for disabled people</i>", BODY),
         n("3.5", "There is no Changing Places toilet in the district. The nearest is 19 miles away in Selbury. The "
                  "Hallowmere Access Group told us that families with a disabled member should not have to cut "
                  "short a day out because there is nowhere to change an adult in safety and dignity. New "
                  "buildings of certain kinds must now include a Changing Places toilet, but the rule does not "
                  "reach existing public toilets."),
         Paragraph("That Cabinet provides a Changing Places toilet in Hallowmere town centre by the end of 2027, "
                   "using the government's capital funding where it can.", REC),
         Paragraph("<i>Charging</i>", BODY),
         n("3.6", "The 40p charge raised £61,000 in 2024/25, but the coin machines cost £14,000 to maintain and "
                  "break down often. Visits to Market Street fell by a fifth when the charge was introduced, and "
                  "several witnesses felt that a charge should never be made for a basic need."),
         Paragraph("That Cabinet removes the 40p charge at the Market Street and Quayside toilets from April "
                   "2026.", REC),
         Paragraph("<i>Working with partners</i>", BODY),
         n("3.7", "The county council, as highway and transport authority, plans bus routes and park-and-ride "
                  "sites without any reference to toilets. Bus drivers told us they have no toilet at the end of "
                  "three rural routes."),
         Paragraph("That Cabinet asks the county council to include public toilets in its next Local Transport "
                   "Plan, starting with the ends of rural bus routes.", REC),
         n("3.8", "Two town councils, Port Elmet and Wyckham, told us they might take on the running of a local "
                  "toilet if the council helped with the first years' costs. The group welcomes this, but makes no "
                  "recommendation on it because the discussions are at an early stage."),
         Paragraph("<i>Following up</i>", BODY),
         n("3.9", "Scrutiny reviews are only as good as what happens after them. The group's review of grass "
                  "cutting in 2023 was never reported on again."),
         Paragraph("That Cabinet reports to the Overview and Scrutiny Committee on progress with these "
                   "recommendations within twelve months of its response.", REC),
         Paragraph("4. Conclusion", H1),
         n("4.1", "The group asks the Overview and Scrutiny Committee to endorse this report and to refer it to "
                  "Cabinet for a response. The Committee approved the report on 20 January 2026."),
         ]
    build(H.out(NAME + "_advice.pdf"), s, "Public Toilets Task and Finish Group - Final report")


def response():
    s = [Table([[Paragraph("<b>Hallowmere District Council</b>", SM), Paragraph("Agenda item 9", SMB)],
                [Paragraph("Report to Cabinet", SM), Paragraph("11 March 2026", SM)],
                [Paragraph("Report of the Cabinet Member for Neighbourhoods, Councillor Rachel Oduya", SM),
                 Paragraph("Key decision: Yes", SM)],
                [Paragraph("Wards affected: All", SM), Paragraph("Open report", SM)]],
               colWidths=[120 * mm, 50 * mm],
               style=TableStyle([("BOX", (0, 0), (-1, -1), 0.8, TEAL), ("VALIGN", (0, 0), (-1, -1), "TOP")])),
         Spacer(1, 10),
         Paragraph("Response to the Public Toilets Task and Finish Group", T),
         Paragraph("1. Purpose of the report", H1),
         n("1.1", "To set out the Cabinet's response to the final report of the Public Toilets Task and Finish "
                  "Group, which the Overview and Scrutiny Committee referred to Cabinet on 20 January 2026."),
         Paragraph("2. Recommendations", H1),
         n("2.1", "That Cabinet approves the response to the group's report set out in section 4."),
         n("2.2", "That Cabinet thanks the members of the group for a thorough and well-evidenced review."),
         Paragraph("3. Background", H1),
         n("3.1", "The group held four evidence sessions and heard from 27 witnesses. Its report makes seven "
                  "recommendations to Cabinet. Officers from Environmental Services and Economic Development have "
                  "considered each of them with the Cabinet Member."),
         Paragraph("4. The Cabinet's response", H1),
         n("4.1", "<b>Changing Places.</b> The Cabinet shares the group's view that the lack of a Changing Places "
                  "toilet is the most serious gap in the service. A bid for £180,000 has been made to the "
                  "government's capital fund, and the Bus Station site has been chosen because it is already "
                  "staffed from 6am. Subject to the bid, the new facility will open in autumn 2027."),
         n("4.2", "<b>Businesses opening their toilets to the public.</b> The Cabinet will launch a community scheme "
                  "in June 2026. Participating businesses will receive £600 a year and a window sticker, and the "
                  "Quayside Traders' Association has offered to recruit the first members."),
         n("4.3", "<b>Market Street and Quayside.</b> The Cabinet can give the assurance the group asks for at five "
                  "of the six sites, which will stay open under the council until March 2029. The Quayside toilets "
                  "will instead pass to Port Elmet Town Council in April 2027, with a three-year grant towards "
                  "running costs, so no further review of that site by the Committee is planned. The charge at "
                  "Market Street and Quayside will remain at 40p: without its income the council could not "
                  "afford to keep every site open, and new contactless machines will end the breakdowns the "
                  "group describes."),
         n("4.4", "<b>Transport planning.</b> The Leader has written to the county council's Cabinet Member for "
                  "Highways and Transport to pass on the group's request. The content of the Local Transport "
                  "Plan is a decision for the county council, which expects to consult on its next plan in 2027."),
         n("4.5", "<b>Reporting back.</b> The Cabinet Member will bring a progress report to the Overview and "
                  "Scrutiny Committee in March 2027, and will attend the meeting to answer questions."),
         Paragraph("5. Financial implications", H1),
         n("5.1", "The community scheme will cost up to £18,000 a year for 30 businesses and will be met from the "
                  "Environmental Services budget. The Changing Places toilet depends on the capital bid; any "
                  "shortfall will be reported to Cabinet before work starts."),
         Paragraph("6. Legal implications", H1),
         n("6.1", "The council provides public toilets under a power, not a duty. A transfer of the Quayside "
                  "toilets will need a lease and a funding agreement with the town council."),
         Paragraph("7. Equality implications", H1),
         n("7.1", "An equality impact assessment has been completed and is available from Democratic Services. "
                  "It finds a positive impact for disabled people and for older residents."),
         Paragraph("Contact officer: Sally Brennan, Head of Environmental Services, telephone 01632 960 418", SM),
         ]
    build(H.out(NAME + "_response.pdf"), s, "Cabinet, 11 March 2026 - Item 9")


RECS = [
    ("1", "That Cabinet keeps all six council-run public toilets open until at least",
     "will stay open under the council until March 2029", "partly"),
    ("2", "That Cabinet sets up a Community Toilet Scheme paying each participating business",
     "The Cabinet will launch a community scheme in June 2026", "agrees"),
    ("3", "That Cabinet publishes a map of every toilet open to the public", None, "unanswered"),
    ("4", "That Cabinet provides a Changing Places toilet in Hallowmere town centre by",
     "the new facility will open in autumn 2027", "agrees"),
    ("5", "That Cabinet removes the 40p charge at the Market Street and Quayside",
     "The charge at Market Street and Quayside will remain at 40p", "disagrees"),
    ("6", "That Cabinet asks the county council to include public toilets in its",
     "is a decision for the county council, which expects to consult", "noted"),
    ("7", "That Cabinet reports to the Overview and Scrutiny Committee on progress with",
     "will bring a progress report to the Overview and Scrutiny Committee", "agrees"),
]

if __name__ == "__main__":
    advice()
    response()
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["To set out the Cabinet's response to the final report",
                      "That Cabinet approves the response to the group's report",
                      "The group held four evidence sessions and heard from 27 witnesses",
                      "will cost up to £18,000 a year for 30 businesses",
                      "A transfer of the Quayside toilets will need a lease",
                      "An equality impact assessment has been completed"],
                     "Advice: a district council's overview and scrutiny task and finish group final report "
                     "(details table, numbered paragraphs 1.1-4.1, terms of reference (a)-(c), a table of sites, "
                     "italic sub-themes). The seven recommendations are UNNUMBERED indented bold sentences "
                     "'That Cabinet ...' standing between the numbered findings, numbers 1-7 by order. Traps: the "
                     "terms of reference '(c) make recommendations to Cabinet'; 'the Cabinet must respond ... within "
                     "two months'; the 2019 review's quoted recommendation 'the council should consider charging'; "
                     "the Access Group's 'should not have to cut short a day out'; building rules 'must now "
                     "include'; witnesses' 'a charge should never be made'; 3.8 town councils ('makes no "
                     "recommendation'); 4.1 'asks the Committee to endorse this report'. Response: a Cabinet report "
                     "(header table, its OWN '2. Recommendations' 'That Cabinet approves ...' which answer nothing), "
                     "section 4 paragraphs with bold run-in titles, order 4, 2, 1+5, 6, 7: Changing Places bid, "
                     "autumn 2027 (4 agrees); scheme in June 2026 at £600 (2 agrees); ONE paragraph 4.3 'Market "
                     "Street and Quayside' = five of six sites kept to 2029, Quayside transferred and no further "
                     "review (1 partly) + 'The charge ... will remain at 40p' (5 disagrees); Local Transport Plan "
                     "'a decision for the county council', letter sent (6 noted); progress report March 2027 (7 "
                     "agrees); 3 (a map of toilets) is not answered. Unmatched: purpose, the report's own "
                     "recommendations, background, financial, legal and equality implications.")
    sys.exit(H.main([NAME]))
