"""Round 58 (EN): a Canadian-style police complaints commission's INTERIM REPORT and the police COMMISSIONER'S RESPONSE.
Advice: 'Chairperson-Initiated Complaint and Public Interest Investigation into the National Police Service's Response
to Persons in Mental Health Crisis in the Kestrel Lake District - Interim Report' of the (invented) Civilian Review
Commission for the National Police Service (genre of the interim reports of a Canadian federal police review
commission: the Chairperson's complaint and the questions it raised, the legislative framework, a section per issue
with 'Analysis', then bold labels 'FINDING No. N' and 'RECOMMENDATION No. N' INTERLEAVED in one numbering each, the
recommendations 'That the NPS ...' clauses, and the statutory paragraph sending the report to the Commissioner).
Response: the (invented) Commissioner's letter 'Commissioner's Response to the Interim Report' (genre of the police
commissioner's response: agrees or disagrees with each finding and supports or does not support each recommendation,
under the report's issue headings, in its own order). Recommendations: Nos. 1-7. Traps: ten findings with the same
kind of label ('FINDING No. 4: ... members should have ...'), the Chairperson's four questions, the Act's duty
('shall provide'), the Commission's 2019 recommendation quoted, a data table, the concluding paragraph. reportlab
platypus, US Letter, cleaned Liberation Sans/Serif. All content is invented.

Run:  /tmp/blind58en/bin/python tests/docs/src/blind58/gen_en_complaints_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b58en as H
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether

NAME = "blind58_en_complaints"
for nm, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
              ("LSI", "LiberationSans-Italic.ttf"), ("LSBI", "LiberationSans-BoldItalic.ttf"),
              ("SR", "LiberationSerif-Regular.ttf"), ("SRB", "LiberationSerif-Bold.ttf"),
              ("SRI", "LiberationSerif-Italic.ttf"), ("SRBI", "LiberationSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")
pdfmetrics.registerFontFamily("SR", normal="SR", bold="SRB", italic="SRI", boldItalic="SRBI")

RED = colors.HexColor("#7a1f2b")
BODY = ParagraphStyle("b", fontName="SR", fontSize=10.8, leading=14, spaceAfter=7, alignment=4)
QUOTE = ParagraphStyle("q", parent=BODY, leftIndent=28, rightIndent=28, fontSize=10.2, leading=13)
LAB = ParagraphStyle("lab", parent=BODY, leftIndent=28, rightIndent=10, spaceBefore=2)
H0 = ParagraphStyle("h0", fontName="LSB", fontSize=16, leading=20, textColor=RED, spaceAfter=6)
SUB = ParagraphStyle("sub", fontName="LS", fontSize=10.5, leading=14, spaceAfter=3)
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=12, leading=15, textColor=RED, spaceBefore=9, spaceAfter=5)
H2 = ParagraphStyle("h2", fontName="LSB", fontSize=10.5, leading=13.5, spaceBefore=5, spaceAfter=4)
CELL = ParagraphStyle("cell", fontName="LS", fontSize=9, leading=11.5)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="LSB")
BUL = ParagraphStyle("bu", parent=BODY, leftIndent=40, bulletIndent=24, spaceAfter=3)

FINDINGS = {
    1: "The NPS Operational Manual does not tell call-takers or dispatchers when to involve the Mobile Crisis "
       "Partnership clinician, and in practice the clinician was requested in only 9 of the 41 calls reviewed.",
    2: "The Mobile Crisis Partnership operates from 8 a.m. to 6 p.m. on weekdays only, while 71 percent of the "
       "mental health calls in the district were received outside those hours.",
    3: "The responding members in the Achterberg call did not request the clinician, although the call was "
       "received at 2:40 p.m. on a Tuesday, when the clinician was on duty.",
    4: "The responding members should have waited for the clinician, who was 15 minutes away, before entering "
       "the residence, since Mr. Achterberg was alone and posed no immediate risk to anyone else.",
    5: "The decision to deploy a conducted energy weapon was not reasonable in the circumstances.",
    6: "Of the 23 general duty members posted to the district, 8 had completed the Crisis Intervention and "
       "De-escalation course.",
    7: "The supervisor's review of the use of force was completed 41 days after the incident and did not "
       "consider whether de-escalation options had been exhausted.",
    8: "The NPS does not collect reliable data on the time members spend at hospital waiting to transfer the "
       "care of an apprehended person.",
    9: "In 2025, members in the district spent an estimated 2,900 hours waiting at the Kestrel Lake Regional "
       "Hospital, the equivalent of two full-time positions.",
    10: "The NPS did not inform the Achterberg family of the outcome of its internal review.",
}

RECS = [
    "That the NPS amend chapter 38.2 of its Operational Manual to require that, whenever a call concerns a person "
    "who may be in mental health crisis, the dispatcher ask whether the crisis clinician is available and record "
    "the answer in the occurrence report.",
    "That the NPS work with the Kestrel Lake Health Authority to extend the Mobile Crisis Partnership to evenings "
    "and weekends by the end of 2027.",
    "That the NPS require every general duty member posted to the Kestrel Lake District to complete the Crisis "
    "Intervention and De-escalation course within six months of arrival, and to repeat it every three years.",
    "That the NPS require a supervisor to review, within 72 hours, every occurrence in which a conducted energy "
    "weapon is used on a person apprehended under the Mental Health Act.",
    "That the NPS collect, and publish every year, data by detachment on apprehensions under the Mental Health Act, "
    "the time members spend waiting at hospital, and the use of force in these calls.",
    "That the NPS seek a written transfer-of-care protocol with the Kestrel Lake Regional Hospital that limits the "
    "time members must remain with an apprehended person to 60 minutes.",
    "That the NPS offer the Achterberg family a meeting with the District Commander to explain the findings of "
    "this report and the changes made as a result.",
]


def deco(c, doc):
    c.saveState()
    w, h = letter
    c.setFont("LS", 7.5)
    c.setFillColor(colors.HexColor("#555555"))
    if doc.page > 1:
        c.drawString(22 * mm, h - 12 * mm, "Interim Report - Chairperson-Initiated Complaint PC-2025-0412")
    c.drawCentredString(w / 2, 11 * mm, "%d" % doc.page)
    c.restoreState()


def P(t, s=BODY, b=None):
    return Paragraph(t, s, bulletText=b)


def finding(n):
    return P("<b>FINDING No. %d:</b> %s" % (n, FINDINGS[n]), LAB)


def rec(n):
    return KeepTogether([P("<b>RECOMMENDATION No. %d:</b> %s" % (n, RECS[n - 1]), LAB)])


def advice(path):
    s = [P("Civilian Review Commission for the National Police Service", ParagraphStyle(
            "org", fontName="LSB", fontSize=10, leading=13, textColor=colors.HexColor("#444444"))),
         Spacer(1, 10),
         P("Chairperson-Initiated Complaint and Public Interest Investigation into the National Police Service's "
           "Response to Persons in Mental Health Crisis in the Kestrel Lake District", H0),
         P("INTERIM REPORT", ParagraphStyle("ir", fontName="LSB", fontSize=11, leading=14, spaceAfter=4)),
         P("File No.: PC-2025-0412 &nbsp;|&nbsp; Ottawa, Ontario &nbsp;|&nbsp; March 18, 2026", SUB),
         P("<i>Également disponible en français</i>", SUB),
         Spacer(1, 4),
         P("Introduction", H1),
         P("On April 7, 2025, Daniel Achterberg, aged 34, was apprehended at his home in Kestrel Lake by two members "
           "of the National Police Service (NPS) after his sister called 911 to report that he had stopped taking "
           "his medication and was not eating. A conducted energy weapon was deployed twice during the "
           "apprehension. Mr. Achterberg was taken to the Kestrel Lake Regional Hospital, where members waited with "
           "him for more than five hours."),
         P("On June 2, 2025, I initiated a complaint into the conduct of the members involved and into the way the "
           "NPS responds to persons in mental health crisis in the Kestrel Lake District. I decided that it was in "
           "the public interest for the Commission to investigate the complaint itself. The complaint asked:"),
         P("whether the members who responded on April 7, 2025, acted in accordance with law, policy and "
           "training;", BUL, "(1)"),
         P("whether the NPS's policies on calls involving mental health are adequate;", BUL, "(2)"),
         P("whether the training provided to members in the district is adequate; and", BUL, "(3)"),
         P("whether the supervision and review of such calls is adequate.", BUL, "(4)"),
         P("Legislative framework", H1),
         P("The Commission reviews complaints about the conduct of NPS members under Part VII of the National "
           "Police Service Act. Subsection 45.76(2) of the Act provides:"),
         P("<i>The Commissioner shall, as soon as feasible, provide the Chairperson with a written response "
           "indicating any further action that has been or will be taken in light of the findings and "
           "recommendations contained in the report.</i>", QUOTE),
         P("The Commission applies the standard of reasonableness: the question is not whether a member made the "
           "best possible decision, but whether the decision fell within the range of reasonable options in the "
           "circumstances as the member perceived them."),
         P("Issue 1: Whether the NPS's policies and partnerships are adequate", H1),
         P("Analysis", H2),
         P("Chapter 38.2 of the NPS Operational Manual (Persons in Mental Health Crisis) was last revised in 2018. "
           "It describes the powers of apprehension under the provincial Mental Health Act but says nothing about "
           "the Mobile Crisis Partnership established with the Kestrel Lake Health Authority in 2021, under which a "
           "mental health clinician can attend calls with members."),
         finding(1),
         finding(2),
         rec(1),
         rec(2),
         P("Issue 2: Whether the members acted in accordance with law, policy and training", H1),
         P("Analysis", H2),
         P("The members had lawful authority to apprehend Mr. Achterberg. The Commission's concern is with the "
           "manner of the apprehension. Body-worn camera footage shows that Mr. Achterberg was sitting on his "
           "kitchen floor when the members entered, and that the first deployment of the weapon came 38 seconds "
           "after entry."),
         finding(3),
         finding(4),
         finding(5),
         P("Issue 3: Whether training is adequate", H1),
         P("Analysis", H2),
         P("In its 2019 report on crisis calls in the Northern Region, the Commission recommended \"that the NPS make "
           "crisis intervention training mandatory for all general duty members.\" The NPS supported that "
           "recommendation, but the course remains mandatory only for members of the Emergency Response Teams."),
         finding(6),
         rec(3),
         P("Issue 4: Whether supervision and review are adequate", H1),
         P("Analysis", H2),
         P("The table below sets out the mental health calls and apprehensions in the district over three years, "
           "drawn from the NPS's records management system."),
         Table([[P("Year", CELLB), P("Mental health calls", CELLB), P("Apprehensions", CELLB),
                 P("Conducted energy weapon used", CELLB)],
                [P("2023", CELL), P("312", CELL), P("118", CELL), P("6", CELL)],
                [P("2024", CELL), P("347", CELL), P("131", CELL), P("9", CELL)],
                [P("2025", CELL), P("389", CELL), P("142", CELL), P("11", CELL)]],
               colWidths=[22 * mm, 42 * mm, 36 * mm, 56 * mm], hAlign="CENTER",
               style=[("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
                      ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                      ("VALIGN", (0, 0), (-1, -1), "TOP")]),
         Spacer(1, 8),
         finding(7),
         rec(4),
         finding(8),
         finding(9),
         rec(5),
         rec(6),
         P("Communication with the family", H1),
         P("Mr. Achterberg's sister told the Commission that the family learned of the internal review only "
           "through a request under the Access to Information Act."),
         finding(10),
         rec(7),
         P("Conclusion", H1),
         P("Having examined the complaint, I submit this interim report to the Commissioner of the NPS in "
           "accordance with subsection 45.76(1) of the Act. The Commissioner's response will be considered in "
           "the preparation of my final report, which will be made public."),
         Spacer(1, 6),
         P("Margaret Okonkwo-Reid<br/>Chairperson", ParagraphStyle("sig", parent=BODY, alignment=0)),
         ]
    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, invariant=1, title="Interim Report PC-2025-0412",
                            author="Civilian Review Commission for the National Police Service")
    doc.build(s, onFirstPage=deco, onLaterPages=deco)


def response(path):
    L = ParagraphStyle("l", parent=BODY, alignment=0, spaceAfter=2)
    s = [P("National Police Service", ParagraphStyle("org", fontName="LSB", fontSize=13, leading=16,
                                                     textColor=colors.HexColor("#1d3557"))),
         P("Office of the Commissioner", ParagraphStyle("o2", fontName="LS", fontSize=9.5, leading=12)),
         Spacer(1, 12),
         P("Protected A", ParagraphStyle("pa", fontName="LSB", fontSize=8.5, leading=11, alignment=2)),
         P("May 22, 2026", L),
         Spacer(1, 6),
         P("Ms. Margaret Okonkwo-Reid<br/>Chairperson<br/>Civilian Review Commission for the National Police "
           "Service<br/>Ottawa, Ontario", L),
         Spacer(1, 8),
         P("<b>Commissioner's Response to the Interim Report - Chairperson-Initiated Complaint and Public Interest "
           "Investigation, Kestrel Lake District (File No. PC-2025-0412)</b>", L),
         Spacer(1, 6),
         P("Dear Chairperson:"),
         P("I acknowledge receipt of the Commission's interim report of March 18, 2026. I have carefully reviewed "
           "the report and provide my response below, organized by the issues the report examines. Although Mr. "
           "Achterberg was not seriously injured, his experience and that of his family show that our response "
           "to people in crisis can and must improve."),
         P("Conduct of the members (Issue 2)", H2),
         P("I agree with Findings Nos. 3 and 4. I do not agree with Finding No. 5. The members had been told by "
           "dispatch that a knife was present in the kitchen, and in my view the first deployment was within the "
           "range of reasonable options. The file has nevertheless been referred to the conduct authority for the "
           "District for a review of the second deployment."),
         P("Supervision and data (Issue 4)", H2),
         P("I agree with Findings Nos. 7, 8 and 9. With respect to Recommendation No. 5, I support the "
           "recommendation in part. Beginning with the 2026 calendar year, the NPS will publish for each "
           "detachment the number of apprehensions and the use of force in mental health calls. Hospital waiting "
           "times are recorded by the Health Authority rather than by the NPS, and we are not in a position to "
           "publish them as our own data."),
         P("Policies and partnerships (Issue 1)", H2),
         P("I agree with Findings Nos. 1 and 2. Regarding Recommendation No. 2, the clinicians of the Mobile Crisis "
           "Partnership are employed and funded by the Kestrel Lake Health Authority, and decisions about their "
           "hours rest with the Authority. I have asked the District Commander to bring the recommendation to the "
           "attention of the Authority at the next partnership meeting."),
         P("Training and supervision of the use of force (Issue 3)", H2),
         P("I agree with Finding No. 6. I support Recommendation No. 3. Since January 2026 the course has been a "
           "condition of posting to any detachment in the Kestrel Lake District, and all 23 general duty members "
           "will have completed it by September 2026. I do not support Recommendation No. 4. Every use of a "
           "conducted energy weapon is already reviewed by a supervisor under the national use of force policy, "
           "and I am not prepared to create a separate standard for one category of apprehension."),
         P("Recommendation No. 1", H2),
         P("I support this recommendation. Chapter 38.2 of the Operational Manual was amended on April 30, 2026, "
           "and a new field for the availability of the clinician has been added to the dispatch system."),
         P("Communication with the family", H2),
         P("I agree with Finding No. 10 and support Recommendation No. 7. The District Commander wrote to the "
           "family on May 15, 2026, and a meeting is scheduled for June."),
         P("Closing", H2),
         P("I thank the Commission for its thorough investigation. The NPS remains committed to working with the "
           "Commission and with its health partners to improve outcomes for people in crisis. Questions about "
           "this response may be directed to the Director General, Professional Responsibility."),
         Spacer(1, 4),
         P("Yours sincerely,", L),
         Spacer(1, 6),
         P("Paul-Andre Gauthier<br/>Commissioner", L),
         ]
    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=24 * mm, rightMargin=24 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, invariant=1, title="Commissioner's Response PC-2025-0412",
                            author="National Police Service")

    def d2(c, doc):
        c.saveState()
        c.setFont("LS", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawCentredString(letter[0] / 2, 11 * mm, "%d" % doc.page)
        c.restoreState()
    doc.build(s, onFirstPage=d2, onLaterPages=d2)


NOTES = ("Canadian-style police complaints commission pair: the (invented) Civilian Review Commission for the "
         "National Police Service's interim report on a Chairperson-initiated complaint and public interest "
         "investigation, answered by the (invented) Commissioner's response letter. Recommendations: bold labels "
         "'RECOMMENDATION No. 1'-'7' followed by 'That the NPS ...' clauses (starts_with = the clause, label "
         "omitted), INTERLEAVED with bold labels 'FINDING No. 1'-'10' in the same style (findings are not "
         "recommendations; Finding No. 4 says members 'should have waited'). Other traps: the Chairperson's "
         "questions (1)-(4), subsection 45.76(2) quoted ('shall ... provide'), the Commission's 2019 recommendation "
         "quoted, the data table, the concluding paragraph. The letter answers under issue headings in the order "
         "Issue 2 (findings only), 5, 2, 3+4, 1, 7, citing the numbers. Key: 5 'support the recommendation in "
         "part', apprehensions and use of force published but not hospital waiting times (partly); 2 hours of the "
         "clinicians rest with the Health Authority, brought to its attention (noted); one paragraph: 3 supported, "
         "course a condition of posting (agrees) + 4 'I do not support' (disagrees); 1 'I support this "
         "recommendation', manual amended (agrees); 7 supported, letter sent and meeting scheduled (agrees); 6 "
         "(transfer-of-care protocol with the hospital) unanswered. Unmatched: the opening, the reply on the "
         "members' conduct (Findings 3-5), the closing.")


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=10: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "Chapter 38.2 of the Operational Manual was amended on April 30, 2026",
         "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "decisions about their hours rest with the Authority", "verdict": "noted"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "the course has been a condition of posting", "verdict": "agrees"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "I am not prepared to create a separate standard", "verdict": "disagrees"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "we are not in a position to publish them", "verdict": "partly"},
        {"number": "6", "starts_with": sw(6), "reply_contains": None, "verdict": "unanswered"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "The District Commander wrote to the family on May 15, 2026", "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, ["I acknowledge receipt of the Commission's interim report",
                                  "I do not agree with Finding No. 5",
                                  "I thank the Commission for its thorough investigation"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b58en.py"), NAME)) and 1)
