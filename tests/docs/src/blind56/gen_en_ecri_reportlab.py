"""Round 56 (EN): a Council of Europe monitoring body's country report and the member State's 'viewpoint'.
Advice: 'ECRI REPORT ON CARVANIA (seventh monitoring cycle)' of the European Commission against Racism and
Intolerance on an invented member State (genre of ECRI country reports: foreword, summary with bulleted paraphrases
of the main recommendations marked '*' for interim follow-up, 'Findings and recommendations' in paragraphs numbered
straight through 1-18 under headings I./A., each recommendation a BOLD sentence 'ECRI recommends that the
authorities ...', mostly a paragraph of its own, once at the end of a paragraph of findings; a closing 'LIST OF
RECOMMENDATIONS' 1-7 with the paragraph '(§ N)' in which each stands). Response: 'APPENDIX: GOVERNMENT'S VIEWPOINT'
(genre of the authorities' observations reproduced after ECRI's report): a standard ECRI disclaimer, then the
Government's observations under bold headings 'Paragraph N - topic' that cite the report's PARAGRAPH numbers, not
the list numbers, in another order. Recommendations: list numbers 1-7. Traps: the paragraph numbers 1-18, ECRI's
General Policy Recommendations ('GPR No. 2', 'GPR No. 11, § 12') cited, the sixth-cycle recommendation quoted, the
Constitution's and the Education Act's 'shall', 'should have ended', the summary's 'should' bullets, a statistics
table, a promising practice. reportlab platypus, A4, cleaned Liberation Sans, header and footer on the canvas. All
content is invented (ECRI and the Council of Europe are real; the State, its bodies and figures are not).

Run:  /tmp/blind56en/bin/python tests/docs/src/blind56/gen_en_ecri_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b56en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

NAME = "blind56_en_ecri"
for nm, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
              ("LSI", "LiberationSans-Italic.ttf"), ("LSBI", "LiberationSans-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")

BODY = ParagraphStyle("b", fontName="LS", fontSize=10, leading=13.2, spaceAfter=6, alignment=4)
NUM = ParagraphStyle("n", parent=BODY, leftIndent=28, bulletIndent=0, bulletFontName="LS", bulletFontSize=10)
BUL = ParagraphStyle("bu", parent=BODY, leftIndent=40, bulletIndent=26, spaceAfter=3)
H0 = ParagraphStyle("h0", parent=BODY, fontName="LSB", fontSize=15, leading=19, alignment=1, spaceAfter=4)
SUB = ParagraphStyle("sub", parent=BODY, alignment=1, fontSize=10, spaceAfter=2)
H1 = ParagraphStyle("h1", parent=BODY, fontName="LSB", fontSize=11, alignment=0, spaceBefore=8, spaceAfter=6)
H2 = ParagraphStyle("h2", parent=BODY, fontName="LSB", fontSize=10, alignment=0, spaceBefore=4, spaceAfter=4,
                    leftIndent=28)
SMALL = ParagraphStyle("s", parent=BODY, fontSize=8.5, leading=10.5)
CELL = ParagraphStyle("cell", fontName="LS", fontSize=9, leading=11)
RCELL = ParagraphStyle("rcell", parent=CELL, alignment=2)

RECS = {
    1: ("4", "ECRI recommends that the authorities amend the Equal Treatment Act so that the Equality Ombud can "
             "bring proceedings before the courts in its own name and receive a budget approved by Parliament "
             "rather than by the Ministry of Justice."),
    2: ("7", "ECRI strongly recommends that the authorities end the placement of Roma pupils in separate classes at "
             "the schools of Dravnik and Oleska by the start of the 2027/28 school year, and provide these pupils "
             "with the teaching assistants and catch-up support they need in mainstream classes."),
    3: ("10", "ECRI recommends that the authorities set up a comprehensive system for recording and monitoring racist "
              "and LGBTI-phobic incidents that covers the police, the prosecution service and the courts, and "
              "publish disaggregated data every year."),
    4: ("11", "ECRI recommends that the authorities establish a body fully independent of the police and of the "
              "Ministry of the Interior to investigate allegations of racist conduct by police officers."),
    5: ("13", "ECRI recommends that the authorities adopt without delay a new national action plan for the "
              "integration of migrants and beneficiaries of international protection, with a dedicated budget, "
              "measurable targets and an independent evaluation."),
    6: ("15", "ECRI recommends that the authorities ensure that all beneficiaries of international protection have "
              "access, free of charge and within three months of their status being granted, to language courses "
              "of at least 300 hours."),
    7: ("17", "ECRI recommends that the authorities ensure that municipalities register the residents of informal "
              "settlements at the address where they actually live, so that they can obtain health insurance and "
              "social assistance."),
}


def deco(head):
    def draw(c, doc):
        c.saveState()
        w, h = A4
        c.setFont("LS", 8)
        c.setFillColor(colors.HexColor("#444444"))
        if doc.page > 1:
            c.drawString(22 * mm, h - 12 * mm, head)
            c.drawRightString(w - 22 * mm, h - 12 * mm, "CRI(2026)14")
        c.setFont("LS", 9)
        c.drawCentredString(w / 2, 11 * mm, "%d" % doc.page)
        c.restoreState()
    return draw


def P(t, s=BODY, b=None):
    return Paragraph(t, s, bulletText=b)


def rec(k):
    return P("<b>%s</b>" % RECS[k][1], NUM, RECS[k][0] + ".")


def advice(path):
    s = [P("COUNCIL OF EUROPE", SUB),
         P("European Commission against Racism and Intolerance", SUB),
         Spacer(1, 8),
         P("ECRI REPORT ON CARVANIA", H0),
         P("(seventh monitoring cycle)", SUB),
         P("Adopted on 25 March 2026 - Published on 9 June 2026", SUB),
         Spacer(1, 8),
         P("FOREWORD", H1),
         P("The European Commission against Racism and Intolerance (ECRI) is the Council of Europe's independent "
           "human rights monitoring body specialised in questions relating to the fight against racism, "
           "discrimination, xenophobia, antisemitism and intolerance. Its country monitoring deals with all member "
           "States on an equal footing and takes place in five-year cycles. The reports contain findings and "
           "recommendations, and two of the recommendations are subject to interim follow-up: no later than two "
           "years after publication, ECRI asks the authorities what has been done about them."),
         P("SUMMARY", H1),
         P("Since the adoption of ECRI's sixth report on Carvania in 2020, progress has been made in a number of "
           "fields. The police have introduced bias indicators in their case-management system, and the Ministry of "
           "Health has created a network of Roma health mediators. However, some issues give rise to concern. The "
           "Equality Ombud lacks the powers and the independence it needs; Roma pupils are still taught in separate "
           "classes in two towns; hate incidents are not recorded by the prosecution service and the courts; and "
           "the national integration strategy expired at the end of 2024."),
         P("In this report, ECRI asks the authorities to take action in a number of areas; in this context, it "
           "makes a series of recommendations, including the following:"),
         P("The Equality Ombud should be able to take cases to court in its own name and should have an "
           "independent budget*.", BUL, "-"),
         P("Roma pupils should no longer be placed in separate classes*.", BUL, "-"),
         P("Complaints of racist conduct by police officers should be investigated by an independent body.", BUL,
           "-"),
         P("A new action plan on integration, with a budget of its own, should be adopted.", BUL, "-"),
         P("* The recommendations marked with an asterisk will be subject to a process of interim follow-up by "
           "ECRI no later than two years after the publication of this report.", SMALL),
         P("FINDINGS AND RECOMMENDATIONS", H1),
         P("I. EFFECTIVE EQUALITY AND ACCESS TO RIGHTS", H1),
         P("A. Equality bodies", H2),
         P("Article 21 of the Constitution of Carvania provides that all persons are equal before the law and that "
           "no one shall be discriminated against on grounds of race, colour, language, religion or national or "
           "ethnic origin. The Equal Treatment Act 2014 established the Office of the Equality Ombud (the Ombud) as "
           "the national specialised body within the meaning of ECRI's General Policy Recommendation (GPR) No. 2 on "
           "equality bodies to combat racism and intolerance at national level.", NUM, "1."),
         P("In its sixth-cycle report ECRI recommended that the authorities give the Ombud the power to bring cases "
           "before the courts. This recommendation has not been implemented: the Ombud may assist victims, but it "
           "cannot litigate in its own name. Its budget is set each year by the Ministry of Justice, which in 2025 "
           "reduced it by 11 per cent; the Ombud had to close its regional office in Dravnik.", NUM, "2."),
         P("ECRI considers that the lack of standing and the dependence on the Ministry of Justice for its budget "
           "seriously limit the Ombud's effectiveness and independence, as set out in §§ 4 and 21 of GPR No. 2.",
           NUM, "3."),
         rec(1),
         P("B. Inclusive education", H2),
         P("ECRI's delegation visited two primary schools in Dravnik and Oleska where Roma pupils are taught in "
           "separate classes housed in annexes of the main building. The school authorities explained that these "
           "classes were created to provide additional support; in practice, however, the pupils follow a reduced "
           "curriculum and fewer than one in five of them continue to upper secondary education.", NUM, "5."),
         P("Under the Education Act, every child shall be enrolled in the mainstream school of the catchment area, "
           "and separate classes may be formed only for pupils with a formal assessment of special educational "
           "needs. No such assessment had been made for most of the pupils concerned. The municipalities should have "
           "ended this practice after the 2022 judgment of the Supreme Court in the Hadzic case, but they have not "
           "done so.", NUM, "6."),
         rec(2),
         P("II. HATE SPEECH AND HATE-MOTIVATED VIOLENCE", H1),
         P("The police recorded 312 hate-motivated offences in 2024 and 287 in 2025 (see the table below). The "
           "prosecution service keeps no separate statistics, and the courts do not record the bias motivation at "
           "all. Civil society organisations documented more than 900 incidents in 2025, most of which were never "
           "reported to the police.", NUM, "8."),
    ]
    rows = [("Year", "Offences recorded by the police", "of which racist", "of which LGBTI-phobic", "Indictments"),
            ("2023", "298", "221", "54", "41"), ("2024", "312", "230", "61", "38"),
            ("2025", "287", "209", "58", "35")]
    data = [[Paragraph(("<b>%s</b>" % x) if i == 0 else x, CELL if j == 0 or i == 0 else RCELL)
             for j, x in enumerate(r)] for i, r in enumerate(rows)]
    t = Table(data, colWidths=[18 * mm, 52 * mm, 28 * mm, 34 * mm, 26 * mm], hAlign="CENTER")
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#555555")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe6f0")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, P("Source: Police Directorate of Carvania, 2026.", ParagraphStyle("src", parent=SMALL,
                                                                              alignment=1, spaceBefore=2)),
          P("ECRI recalls that, according to § 12 of its GPR No. 11, the police should record all racist incidents "
            "and the bias motivation of offences. It notes that the police have recently introduced a field for bias "
            "indicators in their case-management system but that officers have not been trained in its use.", NUM,
            "9."),
          rec(3),
          P("Several Roma and Black interlocutors told ECRI of repeated identity checks and verbal abuse by police "
            "officers. Complaints against police officers are investigated by the Internal Control Department of "
            "the Police Directorate, which is part of the police hierarchy. Of 64 complaints alleging racist conduct "
            "in 2024 and 2025, only two led to disciplinary measures. In these circumstances, <b>%s</b>"
            % RECS[4][1], NUM, "11."),
          P("III. INTEGRATION AND INCLUSION", H1),
          P("A. Migrants and beneficiaries of international protection", H2),
          P("The National Integration Strategy 2019-2024 expired at the end of 2024 and has not been replaced. "
            "According to the Ministry of Labour, 4,180 persons were granted international protection between 2021 "
            "and 2025, more than in the previous fifteen years together.", NUM, "12."),
          rec(5),
          P("Language courses are provided by the municipalities; the number of hours offered varies between 60 "
            "and 400 and the waiting lists in the capital exceed six months. The Integration Act requires each "
            "municipality to offer an integration programme, but it does not specify its content.", NUM, "14."),
          rec(6),
          P("B. Roma", H2),
          P("About 2,300 Roma live in eleven informal settlements. Many residents are registered at the address of "
            "a social centre or not registered at all, which prevents them from obtaining a health insurance card "
            "and social assistance.", NUM, "16."),
          rec(7),
          P("ECRI welcomes the Roma health mediators programme of the Ministry of Health, which employed 26 "
            "mediators in 2025 and which it regards as a promising practice.", NUM, "18."),
          P("LIST OF RECOMMENDATIONS", H1),
          P("The position of the recommendations in the text of the report is shown in parentheses. The two "
            "recommendations marked with an asterisk are subject to interim follow-up."),
          ]
    for k in range(1, 8):
        star = "*" if k in (1, 2) else ""
        s.append(P("(§ %s) %s%s" % (RECS[k][0], RECS[k][1], star), NUM, "%d." % k))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=18 * mm, invariant=1, title="ECRI report on Carvania",
                            author="ECRI")
    d = deco("ECRI Report on Carvania (seventh monitoring cycle)")
    doc.build(s, onFirstPage=d, onLaterPages=d)


def response(path):
    HP = ParagraphStyle("hp", parent=BODY, fontName="LSB", spaceBefore=6, spaceAfter=3, alignment=0)
    s = [P("APPENDIX: GOVERNMENT'S VIEWPOINT", H0),
         Spacer(1, 6),
         P("<i>The following appendix does not form part of ECRI's analysis and proposals concerning the situation "
           "in Carvania.</i>"),
         P("<i>ECRI, in accordance with its country monitoring procedure, engaged in a confidential dialogue with "
           "the authorities of Carvania on a first draft of the report. A number of the authorities' comments were "
           "taken into account and integrated into the report's final version, which takes into account only "
           "developments up until 25 March 2026, the date of the examination of the first draft. The authorities "
           "requested that the following viewpoint be reproduced as an appendix to ECRI's report.</i>"),
         Spacer(1, 4),
         P("OBSERVATIONS OF THE GOVERNMENT OF CARVANIA", H1),
         P("The Government of Carvania thanks ECRI for the constructive dialogue during the contact visit of 6 to "
           "10 October 2025 and during the confidential dialogue. It wishes to make the following observations on "
           "specific paragraphs of the report, beginning with the developments that have taken place since the "
           "first draft was examined."),
         P("Paragraph 13 - National action plan for integration", HP),
         P("The Government adopted the National Action Plan for Integration 2026-2030 on 19 February 2026. The plan "
           "has a budget of EUR 14.6 million over five years, contains 38 measurable indicators and will be "
           "evaluated by the independent Institute for Social Research in 2028 and 2030. The Government therefore "
           "considers that this recommendation has been fully implemented."),
         P("Paragraphs 10 and 11 - Recording of hate incidents and complaints against police officers", HP),
         P("The Ministry of Justice and the Ministry of the Interior have agreed to extend the bias-indicator field "
           "to the case-management systems of the prosecution service and the courts from 1 January 2027. A joint "
           "annual report on hate crime, with data broken down by bias motivation and by stage of the proceedings, "
           "will be published from 2028, and 1,200 police officers will be trained in the use of the field in "
           "2026."),
         P("As regards complaints against police officers, the Government does not share ECRI's view that the "
           "Internal Control Department lacks independence. The Department reports directly to the Minister and not "
           "to the Chief of Police, and its decisions may be reviewed by the Parliamentary Ombudsman. The "
           "Government therefore does not intend to establish a new investigative body."),
         P("Paragraph 8 - Statistics", HP),
         P("The figure for 2024 should read 321. Nine offences recorded in December 2024 were entered in the "
           "system only in January 2025. The Government also observes that the incidents documented by civil "
           "society organisations have not been verified by the police."),
         P("Paragraph 4 - Equality Ombud", HP),
         P("The draft amendment to the Equal Treatment Act, which will be submitted to Parliament in autumn 2026, "
           "gives the Ombud the right to bring proceedings in its own name in cases of general importance. The "
           "Government is not, however, in favour of removing the Ombud's budget from the budget chapter of the "
           "Ministry of Justice. This is the practice for all independent offices of comparable size, and the "
           "Ministry has no influence on the Ombud's decisions."),
         P("Paragraph 15 - Language courses", HP),
         P("Under the Integration Act, the organisation of language courses is a task of the municipalities, which "
           "decide on the number of hours according to local needs. The Ministry of Labour has forwarded this "
           "recommendation to the Union of Carvanian Municipalities for its consideration."),
         P("Paragraph 17 - Registration of residence", HP),
         P("On 3 March 2026 the Ministry of the Interior instructed all municipalities to register residents of "
           "informal settlements at their actual place of residence, whether or not the dwelling has a building "
           "permit. Compliance with the instruction will be monitored by the State Administrative Inspectorate."),
         P("Paragraph 18 - Roma health mediators", HP),
         P("The Government is grateful for ECRI's positive assessment. The number of Roma health mediators will be "
           "increased from 26 to 40 in 2027."),
         P("Concluding remarks", HP),
         P("The Government of Carvania remains committed to its cooperation with ECRI and will provide information "
           "on the interim follow-up within the time limit set."),
         ]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=18 * mm, invariant=1, title="Government's viewpoint", author="ECRI")
    d = deco("ECRI Report on Carvania - Appendix: Government's viewpoint")
    doc.build(s, onFirstPage=d, onLaterPages=d)


NOTES = ("Council of Europe monitoring pair: the ECRI (European Commission against Racism and Intolerance) report "
         "on the invented member State Carvania, seventh monitoring cycle, answered by the 'APPENDIX: GOVERNMENT'S "
         "VIEWPOINT' reproduced after it. Recommendations: the seven BOLD 'ECRI (strongly) recommends that the "
         "authorities ...' sentences, paragraphs 4, 7, 10, 11, 13, 15 and 17 of the report's straight-through "
         "paragraph numbering 1-18; in paragraph 11 the bold sentence follows findings in the same paragraph. They "
         "are numbered 1-7 in the closing 'LIST OF RECOMMENDATIONS', which repeats them in full with '(§ N)'; the "
         "expected numbers are those list numbers. Traps: the paragraph numbers, the summary bullets ('should', with "
         "asterisks for interim follow-up), ECRI's General Policy Recommendations cited ('GPR No. 2', 'GPR No. 11'), "
         "the sixth-cycle recommendation quoted in paragraph 2, Article 21 of the Constitution and the Education "
         "Act ('shall'), 'should have ended this practice', the statistics table, the promising practice in "
         "paragraph 18. The Government's observations cite PARAGRAPH numbers, in the order 13, 10+11, 8, 4, 15, 17, "
         "18. Key: 5 (§ 13) plan adopted, 'fully implemented' (agrees); one section 'Paragraphs 10 and 11': 3 "
         "bias field extended to prosecution and courts, annual report (agrees) + 4 'does not share ECRI's view', "
         "'does not intend to establish a new investigative body' (disagrees); 1 (§ 4) standing granted but 'not, "
         "however, in favour of removing the Ombud's budget' (partly); 6 (§ 15) a task of the municipalities, "
         "forwarded to their union (noted); 7 (§ 17) instruction issued (agrees); 2 (§ 7, separate classes, a "
         "priority recommendation) unanswered. Unmatched: the introduction, 'Paragraph 8 - Statistics' (a finding "
         "corrected), 'Paragraph 18' (the promising practice), the concluding remarks; the italic ECRI disclaimer "
         "at the top of the appendix.")


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=10: " ".join(RECS[k][1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "not, however, in favour of removing the Ombud's budget", "verdict": "partly"},
        {"number": "2", "starts_with": sw(2), "reply_contains": None, "verdict": "unanswered"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "agreed to extend the bias-indicator field to the case-management systems",
         "verdict": "agrees"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "does not intend to establish a new investigative body", "verdict": "disagrees"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "adopted the National Action Plan for Integration 2026-2030", "verdict": "agrees"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "forwarded this recommendation to the Union of Carvanian Municipalities",
         "verdict": "noted"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "instructed all municipalities to register residents of informal settlements",
         "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, ["thanks ECRI for the constructive dialogue during the contact visit",
                                  "Nine offences recorded in December 2024 were entered",
                                  "mediators will be increased from 26 to 40 in 2027",
                                  "remains committed to its cooperation with ECRI"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b56en.py"), NAME)) and 1)
