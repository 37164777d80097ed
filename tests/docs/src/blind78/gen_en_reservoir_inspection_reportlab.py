"""Round 78 (EN): a RESERVOIR INSPECTION REPORT under section 10 of the Reservoirs Act 1975 (genre: the periodic
inspection report an Inspecting Engineer of the All Reservoirs Panel writes on a large raised reservoir for its
undertaker: the appointment and scope, a details grid, the previous report's measures quoted and certified, findings
in numbered paragraphs, then the recommendations CODED in two classes, 'S1'-'S3' measures to be taken in the
interests of safety and 'M1'-'M4' recommendations as to maintenance, a bulleted list of matters to be watched by the
Supervising Engineer, the date for the safety measures and the next inspection) answered by the UNDERTAKER'S LETTER
to the Inspecting Engineer, copied to the enforcement authority (paragraphs with bold run-in subject words, in
another order, one paragraph on two recommendations, a notice of referral under section 19, other business).
Advice: Dr Helen Marsh, Inspecting Engineer, 'Hollin Brow Reservoir: Report of an inspection under section 10', 3 p.
Response: Calderbrook Water Services Ltd, letter of 19 January 2027, 2 p.; order M3, S2, S1 and M2 (one
paragraph), S3, M1; M4 is not answered.
reportlab platypus, A4, cleaned Liberation Sans/Serif, invariant=1. The Reservoirs Act 1975 and 'Floods and
Reservoir Safety' are real (what is said of them here is not to be relied on); the reservoir, the undertaker, the
engineers and all figures are invented.

Run:  /tmp/blind78en/bin/python tests/docs/src/blind78/gen_en_reservoir_inspection_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b78en as H
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

NAME = "blind78_en_reservoir_inspection"
for fam, base in (("LS", "LiberationSans"), ("LR", "LiberationSerif")):
    for suf, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
        pdfmetrics.registerFont(TTFont(fam + suf, H.clean_font("%s-%s.ttf" % (base, f))))
    pdfmetrics.registerFontFamily(fam, normal=fam, bold=fam + "B", italic=fam + "I", boldItalic=fam + "BI")

TEAL = colors.Color(0.05, 0.3, 0.35)
BODY = ParagraphStyle("b", fontName="LS", fontSize=10, leading=13.6, spaceAfter=6)
QU = ParagraphStyle("q", parent=BODY, fontName="LSI", leftIndent=16 * mm, rightIndent=10 * mm)
BUL = ParagraphStyle("bu", parent=BODY, leftIndent=16 * mm, firstLineIndent=-4 * mm, spaceAfter=3)
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=11, leading=14, textColor=TEAL, spaceBefore=6, spaceAfter=5,
                    keepWithNext=1)
H2 = ParagraphStyle("h2", fontName="LSBI", fontSize=10, leading=13, spaceBefore=3, spaceAfter=4, keepWithNext=1)
T = ParagraphStyle("t", fontName="LSB", fontSize=15, leading=19, textColor=TEAL, spaceAfter=4)
SM = ParagraphStyle("sm", fontName="LS", fontSize=9, leading=11.5)
SMB = ParagraphStyle("smb", parent=SM, fontName="LSB")
LET = ParagraphStyle("l", fontName="LR", fontSize=11, leading=14.6, spaceAfter=8)
LH = ParagraphStyle("lh", fontName="LSB", fontSize=16, leading=20, textColor=colors.Color(0.1, 0.25, 0.55))


def foot(label):
    def f(c, d):
        c.saveState()
        c.setFont("LS", 8)
        c.setFillColor(colors.grey)
        c.drawString(20 * mm, 11 * mm, label)
        c.drawRightString(190 * mm, 11 * mm, "%d" % d.page)
        c.restoreState()
    return f


def build(path, story, label, author):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=20 * mm, title=label, author=author, creator="reportlab",
                            producer="reportlab")
    doc.build(story, onFirstPage=foot(label), onLaterPages=foot(label))


def P(t, st=BODY):
    return Paragraph(t, st)


def num(k, t, st=BODY, w=12):
    tb = Table([[Paragraph(k, st), Paragraph(t, st)]], colWidths=[w * mm, (170 - w) * mm])
    tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return tb


def rec(code, t):
    return num("<b>%s</b>" % code, t, BODY, 14)


def advice():
    grid = [("Reservoir", "Hollin Brow Reservoir, near Oakenshaw, West Calder (grid ref. SE 0000 0000)"),
            ("Undertaker", "Calderbrook Water Services Ltd"),
            ("Type", "Impounding; earth embankment with puddle clay core, built 1889"),
            ("Height / capacity", "14.2 m above lowest natural ground / 412,000 cubic metres at top water level"),
            ("Designation", "High-risk reservoir"),
            ("Supervising Engineer", "Mr David Ashworth"),
            ("Date of inspection", "16 and 17 September 2026 (reservoir 0.3 m below top water level)"),
            ("Previous inspection", "September 2016, by Mr R. J. Penrose")]
    s = [P("RESERVOIRS ACT 1975", SMB), Spacer(1, 4),
         P("Hollin Brow Reservoir<br/>Report of an inspection under section 10", T),
         P("Dr Helen Marsh CEng, member of the All Reservoirs Panel (Inspecting Engineer)", SM), Spacer(1, 6),
         Table([[P(a, SMB), P(b, SM)] for a, b in grid], colWidths=[42 * mm, 128 * mm],
               style=[("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                      ("BACKGROUND", (0, 0), (0, -1), colors.Color(0.88, 0.94, 0.94))]),
         Spacer(1, 6),
         P("1. Appointment and scope", H1),
         num("1.1", "I was appointed by Calderbrook Water Services Ltd on 2 June 2026 to inspect Hollin Brow "
             "Reservoir under section 10 of the Reservoirs Act 1975. Section 10(3) requires the Inspecting "
             "Engineer to report on the measures which in his or her opinion ought to be taken in the interests "
             "of safety, and the undertaker must carry out those measures under the supervision of a qualified "
             "civil engineer. Those requirements are set by the Act and are not repeated as recommendations."),
         num("1.2", "I walked the embankment, the spillway and the downstream area, entered the valve tower and "
             "read the record kept under section 11, the Supervising Engineer's annual statements for 2017 to "
             "2025 and the 2019 assessment of drawdown capacity."),
         P("2. Previous report", H1),
         num("2.1", "The 2016 report recommended as a measure in the interests of safety:"),
         P("\u201cThe wave wall on the crest should be repaired along its full length and the open joints "
           "pointed with a mortar of appropriate strength.\u201d", QU),
         num("2.2", "A certificate under section 10(6) that this measure had been carried out was issued in "
             "May 2018. The wave wall is in good condition."),
         P("3. Findings", H1),
         num("3.1", "<i>Embankment.</i> The crest is level within 40 mm over its length and shows no sign of "
             "settlement. Three mature sycamores stand on the downstream face, the largest about 9 m below the "
             "crest. Their roots may open seepage paths through the shoulder, and a tree that falls in a gale "
             "would leave a hole in the face. Long grass on the lower third of the face hid part of it from view."),
         num("3.2", "<i>Seepage.</i> A wet area about 6 m long lies at the right-hand toe. Flows at the "
             "measuring weir were between 0.3 and 0.5 litres per second, clear, with no fines. The annual "
             "statements should have recorded these readings each year; they do so only from 2022."),
         num("3.3", "<i>Spillway.</i> The overflow is a masonry weir with a stepped channel. The capacity of the "
             "spillway has not been checked since the flood study of 1994, which used methods now superseded. "
             "The timber debris boom is broken at its left-hand end and silt and willow scrub lie in the lower "
             "channel."),
         num("3.4", "<i>Outlet works.</i> The bottom outlet valve was last operated in 2019 and could be opened "
             "only 15 per cent during the inspection. The drawdown assessment of 2019 assumed a fully open valve. "
             "The valve tower itself is sound, and I do not recommend any measure in relation to its structure."),
         num("3.5", "<i>Instruments and access.</i> The reservoir level is sent by telemetry every 15 minutes, "
             "but no alarm is raised when the level passes top water level. The access track to the valve tower "
             "is rutted and could not be driven in the wet conditions of the second day."),
         P("4. Recommendations", H1),
         P("Measures to be taken in the interests of safety (section 10(3)(c))", H2),
         rec("S1", "A flood study in accordance with <i>Floods and Reservoir Safety</i> (fourth edition, 2015) "
             "should be carried out to confirm that the spillway can pass the design flood, and any works found "
             "necessary should be designed and built under the supervision of a qualified civil engineer."),
         rec("S2", "The bottom outlet valve should be made fully operable and exercised through its full "
             "travel, and the capacity to draw down the reservoir in an emergency should be reassessed."),
         rec("S3", "The three sycamores on the downstream face should be felled, the root bowls excavated and "
             "the excavations backfilled with compacted clay under the supervision of a qualified civil "
             "engineer."),
         P("Recommendations as to maintenance", H2),
         rec("M1", "The grass on the embankment should be cut at least twice a year, and always before the "
             "Supervising Engineer's annual visit, so that both faces can be seen."),
         rec("M2", "The debris boom upstream of the spillway crest should be repaired and the spillway channel "
             "cleared of silt and scrub every autumn."),
         rec("M3", "The telemetry for the reservoir level should be extended to raise an alarm in the control "
             "room whenever the level rises more than 0.2 m above top water level."),
         rec("M4", "The access track to the valve tower should be resurfaced so that it can be driven by a "
             "maintenance vehicle in all weathers."),
         P("Matters to be watched by the Supervising Engineer", H2),
         P("\u2013 the seepage at the right-hand toe, with the flow and its clarity read monthly;", BUL),
         P("\u2013 the condition of the downstream face where the trees stand, until measure S3 is complete;", BUL),
         P("\u2013 the operation of the bottom outlet valve, at every visit.", BUL),
         P("5. Statements", H1),
         num("5.1", "I specify 31 October 2027 as the date by which the measures S1 to S3 are to be taken. The "
             "undertaker must keep the record under section 11 up to date, including the readings referred to in "
             "paragraph 3.2."),
         num("5.2", "In my opinion the next inspection should take place no later than September 2036, or "
             "sooner if the Supervising Engineer so advises."),
         Spacer(1, 4), P("Helen Marsh<br/>Inspecting Engineer<br/>21 October 2026", LET)]
    build(H.out(NAME + "_advice.pdf"), s, "Hollin Brow Reservoir - section 10 inspection report 2026 - HM/ARP/0426",
          "Dr Helen Marsh")


def response():
    s = [P("Calderbrook Water Services", LH),
         P("Reservoir Safety | Shawfield Operations Centre, Mill Lane, Shawfield SF3 7QT", SM), Spacer(1, 12),
         P("Dr Helen Marsh CEng<br/>Inspecting Engineer<br/>By email", LET),
         P("19 January 2027<br/>Our ref: RS/HB/2026-10", LET),
         P("Dear Dr Marsh,", LET),
         P("<b>Hollin Brow Reservoir: your report under section 10 of the Reservoirs Act 1975</b>", LET),
         P("Thank you for your report of 21 October 2026, which we received on 3 November. It was considered by "
           "our Asset Risk Board on 14 December, and I write to tell you how we intend to act on it. A copy of "
           "this letter goes to the enforcement authority.", LET),
         P("<b>Level alarm.</b> A high-level alarm was added to the telemetry outstation on 12 January 2027 and "
           "now reports to the Regional Control Centre here at Shawfield. It was tested with a simulated "
           "signal in the presence of Mr Ashworth.", LET),
         P("<b>Bottom outlet.</b> The valve has been freed and is now opened at each monthly visit. We are "
           "reluctant to open it through its whole travel while the upstream invert is silted, since that would "
           "send a slug of silt into Hollin Beck; we will do so once the silt has been removed in the summer. We "
           "do not, however, intend to commission a new drawdown study: the 2019 assessment was prepared to "
           "current guidance and its assumptions will hold once the valve is fully open.", LET),
         P("<b>Overflow channel and boom.</b> Tarrant Hydrology have been commissioned to carry out the flood "
           "study, with a report due in June 2027, and any works it shows to be needed will be designed under "
           "the supervision of a Panel engineer well before your date. The boom was repaired in December. We "
           "will clear the channel every second year rather than annually, because our own records show little "
           "silt reaching it in most years.", LET),
         P("<b>Trees.</b> We have taken advice from our own Panel engineer and from an arboriculturist, who "
           "consider that felling mature trees and excavating their roots would itself disturb the shoulder. We "
           "therefore give notice that we wish this recommendation to be referred to a referee under section 19 "
           "of the Act, and our solicitors will write separately.", LET),
         P("<b>Grass.</b> The mowing of our embankments is let under a regional land management contract that "
           "runs until March 2028. We have noted what you say about the frequency and will take it into "
           "account when the contract is re-let.", LET),
         P("<b>Other matters.</b> Mr Ashworth retires as Supervising Engineer at the end of March; Ms Karen "
           "Obi, also of our Reservoir Safety team, will be nominated in his place from 1 April 2027. The "
           "reservoir flood plan was updated in November following the changes to the downstream caravan park.",
           LET),
         P("I should be glad to meet you on site in the spring to go over the works programme.", LET),
         P("Yours sincerely,<br/><br/>Martin Greaves<br/>Head of Reservoir Safety, Calderbrook Water Services Ltd"
           "<br/><br/>cc: Reservoir Safety, enforcement authority; Mr D. Ashworth", LET)]
    build(H.out(NAME + "_response.pdf"), s, "Calderbrook Water Services Ltd  RS/HB/2026-10",
          "Calderbrook Water Services Ltd")


RECS = [
    ("S1", "A flood study in accordance with Floods and Reservoir Safety",
     "Tarrant Hydrology have been commissioned to carry out the flood study", "agrees"),
    ("S2", "The bottom outlet valve should be made fully operable and",
     "We do not, however, intend to commission a new drawdown study", "partly"),
    ("S3", "The three sycamores on the downstream face should be felled,",
     "we wish this recommendation to be referred to a referee", "disagrees"),
    ("M1", "The grass on the embankment should be cut at least twice",
     "will take it into account when the contract is re-let", "noted"),
    ("M2", "The debris boom upstream of the spillway crest should be repaired",
     "clear the channel every second year rather than annually", "partly"),
    ("M3", "The telemetry for the reservoir level should be extended to raise",
     "A high-level alarm was added to the telemetry outstation", "agrees"),
    ("M4", "The access track to the valve tower should be resurfaced so", None, "unanswered"),
]

if __name__ == "__main__":
    advice()
    response()
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["It was considered by our Asset Risk Board on 14 December",
                      "Mr Ashworth retires as Supervising Engineer at the end of March",
                      "I should be glad to meet you on site in the spring"],
                     "Advice: an Inspecting Engineer's report under section 10 of the Reservoirs Act 1975 (details "
                     "grid, numbered paragraphs 1.1-5.2 under headings). The seven recommendations are CODED in "
                     "two classes under '4. Recommendations': 'S1'-'S3' under the sub-heading 'Measures to be "
                     "taken in the interests of safety (section 10(3)(c))' and 'M1'-'M4' under 'Recommendations as "
                     "to maintenance', each a code in a hanging column with a 'should' sentence. Traps: 1.1 on what "
                     "section 10(3) 'requires' and what the undertaker 'must' do ('not repeated as "
                     "recommendations'); the 2016 measure quoted ('The wave wall on the crest should be "
                     "repaired'), certified; the finding 'The annual statements should have recorded these "
                     "readings'; 3.4 'I do not recommend any measure in relation to its structure'; the bulleted "
                     "'Matters to be watched by the Supervising Engineer' (items to watch, addressed to the "
                     "Supervising Engineer, not recommendations); 5.1 the date for S1-S3 and 'must keep the "
                     "record'; 5.2 'the next inspection should take place'. Response: the undertaker's letter, "
                     "paragraphs with bold run-in subject words and no codes, order M3, S2, S1+M2, S3, M1: level "
                     "alarm added (M3 agrees); valve freed, full travel later, 'do not, however, intend to "
                     "commission a new drawdown study' (S2 partly); ONE paragraph 'Overflow channel and boom' = "
                     "flood study commissioned (S1 agrees) + boom repaired but channel cleared every second year "
                     "rather than annually (M2 partly); referral to a referee under section 19 (S3 disagrees); "
                     "mowing contract, 'noted ... will take it into account when the contract is re-let' (M1 "
                     "noted); M4 (access track) is not answered. Unmatched: the opening paragraph, 'Other "
                     "matters' (change of Supervising Engineer, flood plan), the closing offer of a site meeting.")
    sys.exit(H.main([NAME]))
