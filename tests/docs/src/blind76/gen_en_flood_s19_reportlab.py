"""Round 76 (EN): a LEAD LOCAL FLOOD AUTHORITY'S SECTION 19 FLOOD INVESTIGATION REPORT (genre: a county council's
report under section 19 of the Flood and Water Management Act 2010 on a flood event: the statutory duty, the event,
a rainfall table, causes by flow path, residents' accounts, the previous investigation quoted, then a ruled table
of recommended actions coded R1 ... R7 with the risk management authority responsible and a timescale, and next
steps) answered by a WATER COMPANY'S LETTER to the authority (letterhead, reference line, prose paragraphs without
headings or labels, in another order, one paragraph on two actions, a paragraph on its wider investment plan).
Advice: Ashworth County Council, 'Flood Investigation Report: Lower Brackley, 14-15 November 2025', A4, 3 p.
Response: Wendmoor Water Services Ltd, letter of 16 March 2026 to the Flood Risk Manager, A4, 2 p.; order R3,
R1, R5 and R2 (one paragraph), R7, R6; R4 is not answered.
reportlab platypus, cleaned Liberation Sans, invariant=1. The Flood and Water Management Act 2010 is real (what is
said of it here is not to be relied on); the council, the company, the places, the people and all figures are
invented.

Run:  /tmp/blind76en/bin/python tests/docs/src/blind76/gen_en_flood_s19_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b76en as H
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

NAME = "blind76_en_flood_s19"
for suf, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
    pdfmetrics.registerFont(TTFont("LS" + suf, H.clean_font("LiberationSans-%s.ttf" % f)))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")

BLUE = colors.Color(0.05, 0.3, 0.55)
BODY = ParagraphStyle("b", fontName="LS", fontSize=10.5, leading=14.5, spaceAfter=7)
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=12.5, leading=16, textColor=BLUE, spaceBefore=8, spaceAfter=5,
                    keepWithNext=1)
T = ParagraphStyle("t", fontName="LSB", fontSize=19, leading=24, textColor=BLUE, spaceAfter=4)
SUB = ParagraphStyle("s", fontName="LS", fontSize=12, leading=16, spaceAfter=10)
SM = ParagraphStyle("sm", fontName="LS", fontSize=9.3, leading=12)
SMB = ParagraphStyle("smb", parent=SM, fontName="LSB")
QU = ParagraphStyle("q", parent=BODY, fontName="LSI", leftIndent=12 * mm, rightIndent=10 * mm)
LH = ParagraphStyle("lh", fontName="LSB", fontSize=14, leading=18, textColor=colors.Color(0.1, 0.45, 0.4))


def foot(label):
    def f(c, d):
        c.saveState()
        c.setFont("LS", 8.5)
        c.setFillColor(colors.grey)
        c.drawString(20 * mm, 12 * mm, label)
        c.drawRightString(190 * mm, 12 * mm, "%d" % d.page)
        c.restoreState()
    return f


def build(path, story, label, author):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=22 * mm, title=label, author=author, creator="reportlab",
                            producer="reportlab")
    doc.build(story, onFirstPage=foot(label), onLaterPages=foot(label))


def P(t, st=BODY):
    return Paragraph(t, st)


def grid(data, widths, head=True):
    t = Table(data, colWidths=widths, repeatRows=1 if head else 0)
    st = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if head:
        st.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.86, 0.91, 0.96)))
    t.setStyle(TableStyle(st))
    return t


RTAB = [
    ("R1", "Increase the capacity of the surface water sewer in Church Street so that it can carry a 1 in 30 "
     "year storm without surcharging.", "Wendmoor Water", "2027-2029"),
    ("R2", "Install a non-return valve on the sewer outfall to the Brackley Brook to stop river water backing up "
     "into the sewer network.", "Wendmoor Water", "By October 2026"),
    ("R3", "Carry out a CCTV survey of the combined sewer between Mill Row and the pumping station and remove "
     "any blockages found.", "Wendmoor Water", "By March 2026"),
    ("R4", "Clear the trash screen on the Brackley Brook culvert inlet before and after every named storm.",
     "Environment Agency", "Ongoing"),
    ("R5", "Share sewer flow and pumping station alarm data with the LLFA in real time during flood events.",
     "Wendmoor Water", "By December 2026"),
    ("R6", "Offer property flood resilience surveys to the 23 homes that flooded internally.",
     "Ashworth County Council and Wendmoor Water", "2026"),
    ("R7", "Replace the gully grates on the B6120 Brackley Road with higher-capacity grates and clean them twice a "
     "year.", "Ashworth County Council (highway authority)", "2026/27"),
]


def advice():
    s = [P("ASHWORTH COUNTY COUNCIL - LEAD LOCAL FLOOD AUTHORITY", SMB), Spacer(1, 4),
         P("Flood Investigation Report", T),
         P("Lower Brackley, 14-15 November 2025 (Section 19, Flood and Water Management Act 2010)", SUB),
         grid([[P("Report reference", SMB), P("FIR-2025-07", SM)],
               [P("Status", SMB), P("Final, published 21 January 2026", SM)],
               [P("Properties flooded", SMB), P("23 homes internally, 4 businesses, 2 roads closed", SM)]],
              [45 * mm, 125 * mm], head=False),
         P("1. Introduction", H1),
         P("Section 19 of the Flood and Water Management Act 2010 provides that, on becoming aware of a flood in its "
           "area, a lead local flood authority must, to the extent that it considers it necessary or appropriate, "
           "investigate which risk management authorities have relevant flood risk management functions and "
           "whether each of those authorities has exercised, or is proposing to exercise, those functions. "
           "Ashworth County Council's threshold for an investigation is five or more homes flooded internally."),
         P("This report does not assign blame. Its purpose is to set out what happened, why, and which authority "
           "can act to reduce the risk in future."),
         P("2. The event", H1),
         P("A slow-moving band of rain crossed the county on the night of 14 November. The Brackley rain gauge "
           "recorded the following totals:"),
         grid([[P("Period", SMB), P("Rainfall (mm)", SMB), P("Approximate return period", SMB)],
               [P("1 hour (peak, 23:00-00:00)", SM), P("31.2", SM), P("1 in 40 years", SM)],
               [P("6 hours", SM), P("58.0", SM), P("1 in 35 years", SM)],
               [P("24 hours", SM), P("71.4", SM), P("1 in 25 years", SM)]],
              [70 * mm, 40 * mm, 60 * mm]),
         Spacer(1, 6),
         P("3. Causes", H1),
         P("Three flow paths combined. Water from the fields above Church Street entered the surface water sewer, "
           "which surcharged at 23:20. The Brackley Brook rose quickly and, with its level above the sewer outfall, "
           "river water backed up into the network. The trash screen at the culvert inlet was found half blocked "
           "with branches the next morning. On the B6120, blocked gullies sent water along the road into Mill "
           "Row."),
         P("The surface water sewer was built in 1968. Modern design guidance says that a new sewer should not "
           "surcharge in a 1 in 30 year storm; older sewers were not built to that standard, and no authority is "
           "required to upgrade them to it."),
         P("4. What residents told us", H1),
         P("Forty-one residents returned our questionnaire. Many felt the water company should have responded "
           "sooner; the first tanker arrived at 04:15. Others said the county council must stop new building on "
           "the fields above Church Street. Planning decisions are for Ashworth Vale District Council and are "
           "outside this investigation."),
         P("5. The 2016 investigation", H1),
         P("The LLFA investigated a smaller flood in Lower Brackley in 2016 (FIR-2016-02). That report said:"),
         P("\"The Parish Council should establish a community flood group with trained flood wardens and a store of "
           "sandbags.\"", QU),
         P("The flood group was set up in 2017 and its wardens were active on the night; we make no further "
           "recommendation on this point."),
         P("6. Recommended actions", H1),
         P("The LLFA recommends that the risk management authorities named below carry out the following "
           "actions. They are not listed in order of priority."),
         grid([[P("Ref", SMB), P("Recommended action", SMB), P("Authority", SMB), P("Timescale", SMB)]] +
              [[P(a, SM), P(b, SM), P(c, SM), P(d, SM)] for a, b, c, d in RTAB],
              [12 * mm, 98 * mm, 35 * mm, 25 * mm]),
         Spacer(1, 6),
         P("7. Next steps", H1),
         P("Under section 19(2) the LLFA must publish the results of its investigation and notify the relevant "
           "risk management authorities. We have written to each authority named in section 6 and asked for a "
           "reply by 31 March 2026. The replies will be reported to the Ashworth Flood Risk Partnership in June "
           "2026 and published on the council's website."),
         P("Residents who flooded can still apply for the Flood Recovery Grant of up to 500 pounds until 30 April "
           "2026."),
         ]
    build(H.out(NAME + "_advice.pdf"), s, "Ashworth County Council - Flood Investigation Report FIR-2025-07",
          "Ashworth County Council")


def response():
    s = [P("Wendmoor Water", LH), P("Wendmoor Water Services Ltd, Riverside House, Kelham Road, Ashworth AW1 4QT",
                                     SM),
         Spacer(1, 10),
         P("Mrs D. Okafor<br/>Flood Risk Manager<br/>Ashworth County Council<br/>County Hall, Ashworth AW1 1AA", BODY),
         P("16 March 2026", BODY),
         P("Our ref: WW/NET/0412 &nbsp;&nbsp; Your ref: FIR-2025-07".replace("&nbsp;", " "), SM),
         Spacer(1, 6),
         P("<b>Flood Investigation Report: Lower Brackley, 14-15 November 2025</b>"),
         P("Dear Mrs Okafor,"),
         P("Thank you for sending us the council's investigation report and for the chance to comment on the "
           "actions it recommends for Wendmoor Water. I would first like to say again how sorry we are for the "
           "distress caused to the families in Lower Brackley whose homes flooded last November."),
         P("The CCTV survey of the combined sewer between Mill Row and the pumping station was completed on 24 "
           "February. It found a root intrusion and a partial collapse near Mill Row, both of which have now been "
           "repaired, and the whole length has been jetted. We will repeat the survey every two years."),
         P("We have looked carefully at the proposal to enlarge the Church Street surface water sewer. Our "
           "modelling shows that a larger sewer would still be unable to discharge while the brook is in flood, so "
           "the cost of around 2.4 million pounds would bring little benefit. We do not therefore plan to upsize "
           "the Church Street sewer, and it is not included in our business plan for 2025-2030."),
         P("On the outfall to the Brackley Brook and on data sharing: a flap valve will be fitted to the outfall "
           "this summer, which is a simpler device than the non-return valve the report proposes but should stop "
           "most backflow; we will review its performance after the first winter. From July 2026 the council's "
           "flood team will have live access to the level and alarm data of the Brackley pumping station through "
           "our partner portal, as the report asks."),
         P("The gullies on Brackley Road are part of the highway drainage system, which is the council's own "
           "responsibility as highway authority, and we have no comment to make on that action."),
         P("We are happy to work with the council on the resilience surveys. Our customer team will write to the "
           "23 households, but we can only fund surveys for the eleven homes where our sewer contributed to the "
           "flooding; we suggest that the council's scheme covers the others."),
         P("More widely, Wendmoor Water will spend 38 million pounds on storm overflows and sewer flooding in the "
           "Ashworth area between now and 2030, and Lower Brackley has been added to our list of priority "
           "catchments for that programme."),
         P("If you have any questions about this letter, please contact our Flood Liaison Officer, Mr Tom Ruddock, "
           "on 01632 960 418."),
         P("Yours sincerely,"),
         Spacer(1, 12),
         P("Helen Marsh<br/>Director of Wastewater Networks"),
         ]
    build(H.out(NAME + "_response.pdf"), s, "Wendmoor Water - WW/NET/0412", "Wendmoor Water Services Ltd")


RECS = [
    ("R1", "Increase the capacity of the surface water sewer in Church Street",
     "We do not therefore plan to upsize the Church Street sewer", "disagrees"),
    ("R2", "Install a non-return valve on the sewer outfall to the",
     "a flap valve will be fitted to the outfall this summer", "partly"),
    ("R3", "Carry out a CCTV survey of the combined sewer between",
     "both of which have now been repaired", "agrees"),
    ("R4", "Clear the trash screen on the Brackley Brook culvert inlet", None, "unanswered"),
    ("R5", "Share sewer flow and pumping station alarm data with the LLFA",
     "will have live access to the level and alarm data", "agrees"),
    ("R6", "Offer property flood resilience surveys to the 23 homes that",
     "we can only fund surveys for the eleven homes", "partly"),
    ("R7", "Replace the gully grates on the B6120 Brackley Road with",
     "we have no comment to make on that action", "noted"),
]

if __name__ == "__main__":
    advice()
    response()
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["how sorry we are for the distress caused",
                      "will spend 38 million pounds on storm overflows",
                      "please contact our Flood Liaison Officer"],
                     "Advice: a lead local flood authority's section 19 flood investigation report (details table, "
                     "sections 1-7, a rainfall table). The seven recommendations stand ONLY in a ruled table "
                     "'Ref | Recommended action | Authority | Timescale', coded R1-R7, as imperatives, after the "
                     "lead-in 'The LLFA recommends that the risk management authorities named below carry out "
                     "the following actions'; five are addressed to the water company, one to the Environment "
                     "Agency, one to the county as highway authority, one jointly. Traps: section 19's duty "
                     "('must ... investigate'); 'This report does not assign blame'; design guidance 'a new sewer "
                     "should not surcharge'; residents' 'the water company should have responded sooner' and 'the "
                     "county council must stop new building'; the 2016 report quoted ('The Parish Council should "
                     "establish a community flood group'), done; section 19(2) 'must publish'; the recovery "
                     "grant. Response: the water company's letter in prose, no headings or labels, order R3, R1, "
                     "R2+R5, R7, R6: survey done and repairs made (R3 agrees); 'We do not therefore plan to upsize' "
                     "(R1 disagrees); ONE paragraph 'On the outfall ... and on data sharing' = a flap valve instead "
                     "of a non-return valve (R2 partly) + live data access 'as the report asks' (R5 agrees); the "
                     "gullies 'the council's own responsibility ... no comment' (R7 noted); surveys for 11 of 23 "
                     "homes (R6 partly); R4 (the Environment Agency's trash screen) is not answered. Unmatched: "
                     "the apology, the 38 million pounds programme, the contact line.")
    sys.exit(H.main([NAME]))
