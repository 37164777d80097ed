"""Round 120 (EN): an English NATIONALLY SIGNIFICANT INFRASTRUCTURE PROJECT. The advice is the last chapter of an
EXAMINING AUTHORITY's 'Report of Findings and Conclusions and Recommendation to the Secretary of State' on an
application for a solar farm development consent order: report paragraphs numbered in three levels (8.1.1 ...
8.4.2) with a hanging number; findings in 8.2 (bold run-in topics) that recommend nothing; the recommendations are
six paragraphs of '8.3 The draft Development Consent Order' opening 'The ExA recommends that ...', beside one paragraph
in which the ExA DECLINES an interested party's request, and the overall recommendation in a ruled box under
'8.4'. Traps: section 104(3) of the Planning Act 2008 paraphrased with 'must', national policy paraphrased with
'should', a 'Revision H' and 'Requirement 7' named throughout, a closing paragraph citing 'paragraphs 8.3.2 and
8.3.7'. Answered by the Secretary of State's DECISION LETTER: numbered paragraphs 1.1-9.1, the ExA's report cited
in square brackets '[ER 8.3.2]', replies by topic in another order (the glint and glare consultation first), one
paragraph answering two recommendations (Requirements 7 and 14), one recommendation never mentioned (the soil
plan), sections that answer nothing (findings agreed, a buffer the ExA did not recommend, Habitats Regulations,
equality duty, challenge to the decision).
reportlab platypus, A4, cleaned Liberation Serif (report) and Liberation Sans (letter), invariant=1; header and
'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented; the Planning Act
2008 is named as context only (what is said of it here is paraphrased and not to be relied on).
Run:  /tmp/blind120en/bin/python tests/docs/src/blind120/gen_en_dco_solar_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b120en as H
from reportlab.lib import colors
from reportlab.lib.fonts import addMapping
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether

NAME = "blind120_en_dco_solar"
for fam, files in (("SE", ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf")),
                   ("SA", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"))):
    pdfmetrics.registerFont(TTFont(fam, H.clean_font(files[0])))
    pdfmetrics.registerFont(TTFont(fam + "B", H.clean_font(files[1])))
    pdfmetrics.registerFont(TTFont(fam + "I", H.clean_font(files[2])))
    addMapping(fam, 0, 0, fam); addMapping(fam, 1, 0, fam + "B"); addMapping(fam, 0, 1, fam + "I")
    addMapping(fam, 1, 1, fam + "B")

TEAL = colors.HexColor("#1d5c63")
GREY = colors.HexColor("#555555")
PALE = colors.HexColor("#eef4f4")

# report (serif)
RB = ParagraphStyle("rb", fontName="SE", fontSize=10.8, leading=14.6, spaceAfter=6.5, alignment=4)
RN = ParagraphStyle("rn", parent=RB, leftIndent=15 * mm, bulletIndent=0, bulletFontName="SE", bulletFontSize=10.8)
RH1 = ParagraphStyle("rh1", fontName="SEB", fontSize=13, leading=17, spaceBefore=4, spaceAfter=7, keepWithNext=1)
RH2 = ParagraphStyle("rh2", fontName="SEB", fontSize=11.2, leading=15, spaceBefore=6, spaceAfter=4, keepWithNext=1,
                     leftIndent=15 * mm, bulletIndent=0, bulletFontName="SEB", bulletFontSize=11.2)
TT = ParagraphStyle("tt", fontName="SEB", fontSize=17, leading=21, alignment=1, textColor=TEAL, spaceAfter=5)
TS = ParagraphStyle("ts", fontName="SE", fontSize=11.5, leading=15, alignment=1, spaceAfter=4)
TM = ParagraphStyle("tm", fontName="SEI", fontSize=9.5, leading=12.5, alignment=1, textColor=GREY, spaceAfter=3)
BOXL = ParagraphStyle("boxl", fontName="SEB", fontSize=10.5, leading=14, textColor=TEAL, spaceAfter=3)
BOXT = ParagraphStyle("boxt", fontName="SEB", fontSize=10.8, leading=14.6)

# letter (sans)
LB = ParagraphStyle("lb", fontName="SA", fontSize=9.8, leading=13.4, spaceAfter=5.5)
LN = ParagraphStyle("ln", parent=LB, leftIndent=11 * mm, bulletIndent=0, bulletFontName="SA", bulletFontSize=9.8)
LH = ParagraphStyle("lh", fontName="SAB", fontSize=10.2, leading=13.6, spaceBefore=5, spaceAfter=3.5, keepWithNext=1)
LS = ParagraphStyle("ls", fontName="SAB", fontSize=10.2, leading=13.6, spaceBefore=2, spaceAfter=6)
SM = ParagraphStyle("sm", fontName="SA", fontSize=8.3, leading=11, textColor=GREY)
SMR = ParagraphStyle("smr", parent=SM, alignment=2)
P = Paragraph


def build(path, story, serif):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm, topMargin=18 * mm,
                            bottomMargin=20 * mm, invariant=1, title="", author="")
    doc.build(story)


def n(num, t, st=RN):
    return P(t, st, bulletText=num)


def advice():
    s = [Spacer(1, 4),
         P("Hawbeck Solar Farm and Battery Storage", TT),
         P("Examining Authority's Report of Findings and Conclusions<br/>and Recommendation to the Secretary of "
           "State", TS),
         P("Examining Authority: Fiona Redfern BA (Hons) MA MRTPI (Lead Member) and Anil Chaudry BSc MCIEEM", TM),
         P("File reference EN010987 &#183; Report date: 12 March 2026 &#183; Extract: Chapter 8", TM),
         Spacer(1, 6)]
    rule = Table([[""]], colWidths=[162 * mm], rowHeights=[1])
    rule.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, -1), 1.2, TEAL)]))
    s += [rule, Spacer(1, 8)]
    s.append(P("8 SUMMARY OF FINDINGS AND CONCLUSIONS, AND RECOMMENDATION", RH1))
    s.append(n("8.1", "Introduction", RH2))
    s.append(n("8.1.1", "The application by Hawbeck Solar Ltd (the Applicant) is for a ground-mounted solar "
               "photovoltaic generating station with a capacity of more than 50 megawatts, battery energy storage, "
               "and a cable route of 14 kilometres to the existing grid substation at Scarrow. The Order limits "
               "cover about 1,050 hectares of farmland between Hawbeck, Thorney Saxby and Castle Orby in North "
               "Wendle District."))
    s.append(n("8.1.2", "The examination opened on 8 April 2025 and closed on 8 October 2025. The ExA received 143 "
               "relevant representations, held nine hearings and made two site inspections. This chapter draws "
               "together the conclusions reached in Chapters 4 to 7 and sets out the ExA's recommendation."))
    s.append(n("8.1.3", "Section 104(3) of the Planning Act 2008 provides, in summary, that the Secretary of State "
               "must decide the application in accordance with any relevant national policy statement, except to "
               "the extent that one of the exceptions in section 104(4) to (8) applies. The ExA has found that none "
               "of those exceptions applies here."))
    s.append(n("8.2", "Findings and conclusions", RH2))
    s.append(n("8.2.1", "<b>Need.</b> The national policy statements say that the need for new low-carbon "
               "generation should be given substantial weight. The Proposed Development would generate up to 480 "
               "megawatts at peak, enough for some 115,000 homes, and the ExA gives that benefit substantial "
               "weight."))
    s.append(n("8.2.2", "<b>Landscape and visual effects.</b> The panels in fields W14 and W15 would sit on the "
               "south-facing slope of Castle Orby Ridge and would be seen from the Wendle Way long-distance path "
               "for some 3 kilometres. The ExA finds that the effect on that view would be major adverse, and that "
               "planting would not reduce it within 15 years."))
    s.append(n("8.2.3", "<b>Agricultural land.</b> About 38 per cent of the land within the Order limits is best "
               "and most versatile agricultural land, mostly grade 3a. The loss would be temporary, but only if the "
               "soils are handled with care during construction and decommissioning. The outline soil management "
               "plan relies on the contractor's own checks."))
    s.append(n("8.2.4", "<b>Heritage.</b> The ExA agrees with the Applicant and North Wendle District Council that "
               "the harm to the setting of the Grade II* Church of St Botolph, Thorney Saxby, would be less than "
               "substantial, and at the lower end of that range."))
    s.append(n("8.2.5", "<b>Traffic.</b> Saxby Lane, the only access to the battery compound, passes Thorney Saxby "
               "Primary School and has no footway for 600 metres. Construction would bring up to 120 heavy goods "
               "vehicle movements a day over 18 months."))
    s.append(n("8.2.6", "<b>Other matters.</b> The ExA is satisfied on flood risk, noise and biodiversity, where "
               "the Applicant's measures would deliver a biodiversity net gain of 64 per cent. Wendle Moor "
               "Airfield's concern about glint and glare for pilots approaching runway 27 was raised late in the "
               "examination, and the Applicant's assessment did not cover it."))
    s.append(n("8.3", "The draft Development Consent Order", RH2))
    s.append(n("8.3.1", "The Applicant's final draft Order (Revision H) was submitted at Deadline 7. The Order "
               "recommended by the ExA is at Appendix D to this report. It differs from Revision H in the respects "
               "set out below."))
    s.append(n("8.3.2", "The ExA recommends that Work No. 1 be removed from fields W14 and W15, and that the works "
               "plans and the Order limits be amended to match, for the reasons given at paragraph 8.2.2. The ExA "
               "accepts that this would reduce the capacity of the scheme."))
    s.append(n("8.3.3", "The ExA recommends that Requirement 7 be amended so that the landscape and ecological "
               "management plan is carried out for the whole operational life of the development, and not only "
               "for 15 years as in Revision H."))
    s.append(n("8.3.4", "The ExA recommends that Requirement 14 be amended to prohibit construction vehicles from "
               "using Saxby Lane between 08.15 and 09.15 and between 14.45 and 15.45 on school days."))
    s.append(n("8.3.5", "Thorney Saxby Parish Council and several residents asked that no panels be placed within "
               "250 metres of any home. The ExA has considered that request at paragraph 5.6.14. Given the planting "
               "proposed and the low height of the panels, it does not find such a buffer necessary, and makes no "
               "recommendation to that effect."))
    s.append(n("8.3.6", "The ExA recommends that Requirement 18 also require a bond of not less than &#163;9 "
               "million to be lodged with North Wendle District Council before commercial operation begins, to "
               "meet the cost of decommissioning should the operator fail."))
    s.append(n("8.3.7", "The ExA recommends a new Requirement 21 securing a soil resources management plan, under "
               "which all soil handling is monitored by an independent soil scientist who reports to the relevant "
               "planning authority."))
    s.append(n("8.3.8", "The ExA recommends that, before making a decision, the Secretary of State seeks an updated "
               "glint and glare assessment covering the approach to runway 27 at Wendle Moor Airfield, and "
               "consults the airfield operator on it."))
    s.append(n("8.4", "Overall conclusion and recommendation", RH2))
    s.append(n("8.4.1", "Weighing the substantial benefits of the Proposed Development against the harms the ExA "
               "has found, and with the changes set out above, the ExA concludes that the case for development "
               "consent has been made."))
    box = Table([[[P("RECOMMENDATION", BOXL),
                   P("The ExA recommends that the Secretary of State makes the Hawbeck Solar Farm and Battery "
                     "Storage Order in the form at Appendix D to this report, and so grants development consent.",
                     BOXT)]]], colWidths=[147 * mm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.9, TEAL), ("BACKGROUND", (0, 0), (-1, -1), PALE),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                             ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    wrap = Table([[box]], colWidths=[162 * mm])
    wrap.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 15 * mm), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    s.append(wrap)
    s.append(n("8.4.2", "Of the changes to the draft Order set out in this chapter, the ExA attaches most weight to "
               "those at paragraphs 8.3.2 and 8.3.7."))
    s.append(Spacer(1, 8))
    s.append(P("<i>Fiona Redfern, Lead Member of the Panel<br/>Anil Chaudry, Panel Member</i>", RB))
    build(H.out(NAME + "_advice.pdf"), s, True)


def response():
    head = Table([[P("<b>Department for Energy Infrastructure</b><br/>Energy Infrastructure Planning Team",
                     ParagraphStyle("dh", fontName="SA", fontSize=11, leading=14.5, textColor=TEAL)),
                   P("Level 4, 10 Marsham Row<br/>London SW1P 9ZZ<br/>hawbeck.solar@dei.example.gov.uk", SMR)]],
                 colWidths=[95 * mm, 67 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 1.2, TEAL),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 7), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    refs = Table([[P("Ms Adaeze Okonjo<br/>Consents Director<br/>Hawbeck Solar Ltd<br/>3 Granary Wharf<br/>"
                     "Wendleford WN2 4TB", LB),
                   P("Your ref: HSL/DCO/044<br/>Our ref: EN010987<br/>Date: 10 June 2026", SMR)]],
                 colWidths=[95 * mm, 67 * mm])
    refs.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 8)]))
    s = [head, refs, Spacer(1, 4), P("Dear Ms Okonjo,", LB),
         P("PLANNING ACT 2008: APPLICATION FOR THE PROPOSED HAWBECK SOLAR FARM AND BATTERY STORAGE ORDER", LS)]
    s.append(P("1. Introduction", LH))
    s.append(n("1.1", "I am directed by the Secretary of State to say that consideration has been given to the "
               "report dated 12 March 2026 of the Examining Authority (the ExA), Fiona Redfern and Anil Chaudry, "
               "which examined the application made by Hawbeck Solar Ltd (the Applicant) on 14 November 2024, and "
               "to the representations received since the examination closed.", LN))
    s.append(n("1.2", "The application sought development consent for a solar generating station of up to 480 "
               "megawatts, with battery storage and a connection to the grid at Scarrow, on land in North Wendle "
               "District.", LN))
    s.append(n("1.3", "The ExA's report (the Report) is published with this letter. References in square brackets, "
               "such as [ER 8.2.2], are to paragraphs of the Report.", LN))
    s.append(P("2. Summary of the ExA's recommendation", LH))
    s.append(n("2.1", "The ExA recommended that the Order be made in the form at Appendix D of the Report [ER "
               "8.4.1]. This letter is the Secretary of State's statement of reasons for his decision, which is set "
               "out in section 8.", LN))
    s.append(P("3. Consultation after the examination", LH))
    s.append(n("3.1", "On 14 April 2026 the Secretary of State wrote to the Applicant and to Wendle Moor Airfield "
               "Ltd, as the ExA had advised [ER 8.3.8], asking for an updated glint and glare assessment for "
               "aircraft approaching runway 27. The Applicant's assessment, sent on 6 May 2026, found no glare on "
               "the final approach once the panels in fields W9 and W11 are fixed at a tilt of 20 degrees. The "
               "airfield operator replied on 20 May that it was content, and the Secretary of State has secured "
               "that tilt in Requirement 6.", LN))
    s.append(n("3.2", "The same letter invited the Applicant's comments on the changes the ExA proposed to the draft "
               "Order. Its reply of 6 May 2026 is referred to below where relevant.", LN))
    s.append(P("4. The Secretary of State's consideration of the planning issues", LH))
    s.append(n("4.1", "The Secretary of State has considered the Report and all other material considerations. He "
               "agrees with the ExA's findings on need [ER 8.2.1], heritage [ER 8.2.4] and flood risk, noise and "
               "biodiversity [ER 8.2.6], except where this letter says otherwise.", LN))
    s.append(n("4.2", "<i>Fields W14 and W15.</i> The Secretary of State agrees that the panels in these fields "
               "would have a major adverse effect on views from the Wendle Way [ER 8.2.2]. The Applicant says that "
               "taking them out would cut the capacity of the scheme by 31 megawatts, about 6 per cent. The "
               "Secretary of State gives significant weight to that loss of low-carbon generation, which he "
               "considers outweighs the harm to a single view. He has therefore not accepted the ExA's "
               "recommendation on these fields [ER 8.3.2], and they remain within the Order limits.", LN))
    s.append(n("4.3", "<i>Homes near the panels.</i> The Secretary of State agrees with the ExA that a buffer of 250 "
               "metres around every home is not needed [ER 8.3.5], for the reasons the ExA gives.", LN))
    s.append(P("5. Requirements 7 and 14", LH))
    s.append(n("5.1", "The Secretary of State agrees with the ExA's reasoning on both requirements [ER 8.3.3 and "
               "8.3.4]. Requirement 7 now requires the landscape and ecological management plan to be implemented "
               "and maintained for as long as the development operates. On Requirement 14, the Applicant argued "
               "that keeping all construction vehicles off Saxby Lane at school times would add about ten weeks to "
               "the construction period. The Secretary of State has accepted the restriction for heavy goods "
               "vehicles only; the cars and vans of construction workers may still use the lane at those times.",
               LN))
    s.append(P("6. Decommissioning", LH))
    s.append(n("6.1", "The ExA proposed a bond of not less than &#163;9 million [ER 8.3.6]. The Secretary of State "
               "notes that the Applicant has offered a decommissioning fund, and considers that the amount and form "
               "of any financial security are best settled by the relevant planning authority when it approves the "
               "decommissioning plan. He has drawn this to the attention of North Wendle District Council, and the "
               "Order does not fix a sum.", LN))
    s.append(P("7. Other matters", LH))
    s.append(n("7.1", "<i>Habitats Regulations.</i> The Secretary of State is satisfied that the development would "
               "not have an adverse effect on the integrity of any European site, alone or in combination with "
               "other plans or projects.", LN))
    s.append(n("7.2", "<i>Equality duty.</i> The Secretary of State has had due regard to the public sector "
               "equality duty and has found no evidence that people who share a protected characteristic would be "
               "affected differently by the decision.", LN))
    s.append(P("8. The Secretary of State's conclusions and decision", LH))
    s.append(n("8.1", "For the reasons given in this letter, the Secretary of State considers that the case for "
               "the development has been made. He has decided to grant development consent and to make the Order, "
               "with the modifications described in this letter, under section 114 of the Planning Act 2008.", LN))
    s.append(n("8.2", "Besides the changes to Requirements 6, 7 and 14, the Secretary of State has made minor "
               "drafting changes to the Order, none of which alters its effect.", LN))
    s.append(P("9. Challenge to decision", LH))
    s.append(n("9.1", "The Order may be challenged only by a claim for judicial review, which must be made within "
               "six weeks of the day after the Order is published.", LN))
    s.append(Spacer(1, 6))
    s.append(P("Yours sincerely,", LB))
    s.append(Spacer(1, 10))
    s.append(P("<b>Gareth Millward</b><br/>Head of Energy Infrastructure Planning Delivery", LB))
    build(H.out(NAME + "_response.pdf"), s, False)


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Hawbeck Solar Farm and Battery Storage - EN010987 - ExA report, "
            "Chapter 8", footer="Page {n} of {N}", skip_first=True,
            fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="Hawbeck Solar Farm and Battery Storage Order - decision letter",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "The ExA recommends that Work No. 1 be removed from fields",
         "reply_contains": "has therefore not accepted the ExA's recommendation on these fields",
         "verdict": "disagrees"},
        {"number": 2, "starts_with": "The ExA recommends that Requirement 7 be amended so that the",
         "reply_contains": "to be implemented and maintained for as long as the development operates",
         "verdict": "agrees"},
        {"number": 3, "starts_with": "The ExA recommends that Requirement 14 be amended to prohibit construction",
         "reply_contains": "has accepted the restriction for heavy goods vehicles only",
         "verdict": "partly"},
        {"number": 4, "starts_with": "The ExA recommends that Requirement 18 also require a bond",
         "reply_contains": "are best settled by the relevant planning authority when it approves",
         "verdict": "noted"},
        {"number": 5, "starts_with": "The ExA recommends a new Requirement 21 securing a soil resources",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 6, "starts_with": "The ExA recommends that, before making a decision, the Secretary of State",
         "reply_contains": "The airfield operator replied on 20 May that it was content",
         "verdict": "agrees"},
        {"number": 7, "starts_with": "The ExA recommends that the Secretary of State makes the Hawbeck",
         "reply_contains": "He has decided to grant development consent and to make the Order",
         "verdict": "agrees"},
    ]
    unmatched = ["He agrees with the ExA's findings on need",
                 "a buffer of 250 metres around every home is not needed",
                 "not have an adverse effect on the integrity of any European site",
                 "has had due regard to the public sector equality duty",
                 "may be challenged only by a claim for judicial review"]
    notes = ("Advice: the last chapter of an EXAMINING AUTHORITY's report to the Secretary of State on a solar farm "
             "development consent order (EN010987), in report paragraphs numbered in three levels with a hanging "
             "number (8.1.1-8.4.2). Recommendations: six paragraphs of '8.3 The draft Development Consent Order' "
             "opening 'The ExA recommends that ...' (8.3.2 remove Work No. 1 from fields W14 and W15; 8.3.3 "
             "Requirement 7 for the life of the development; 8.3.4 Requirement 14, no construction vehicles on "
             "Saxby Lane at school times; 8.3.6 a bond of GBP 9 million; 8.3.7 a new Requirement 21, soil plan "
             "with an independent soil scientist; 8.3.8 an updated glint and glare assessment before the "
             "decision) and the overall recommendation in a ruled box under 8.4 ('makes the ... Order ... and so "
             "grants development consent'). Traps: section 104(3) of the Planning Act 2008 paraphrased with "
             "'must'; national policy paraphrased with 'should'; findings 8.2.1-8.2.6 with bold run-in topics; "
             "8.3.1 'differs from Revision H in the respects set out below'; 8.3.5 a parish council's 250 metre "
             "buffer that the ExA DECLINES ('makes no recommendation to that effect'); 8.4.1 conclusion; 8.4.2 "
             "'those at paragraphs 8.3.2 and 8.3.7'. Response: the Secretary of State's DECISION LETTER, numbered "
             "paragraphs 1.1-9.1 under topic headings, the Report cited as '[ER 8.3.2]'; replies in the order 6, "
             "1, 2+3, 4, 7. Verdicts: 1 fields W14 and W15 kept, 'has therefore not accepted the ExA's "
             "recommendation on these fields' = disagrees; 2 Requirement 7 for as long as the development "
             "operates = agrees; 3 restriction accepted for heavy goods vehicles only, workers' cars and vans "
             "still allowed = partly (2 and 3 answered in ONE paragraph 5.1); 4 the bond left to the planning "
             "authority, 'drawn this to the attention of North Wendle District Council', no sum in the Order = "
             "noted; 5 the soil plan / Requirement 21 never mentioned = unanswered; 6 assessment sought, airfield "
             "content, tilt secured in Requirement 6 = agrees; 7 'decided to grant development consent and to "
             "make the Order' (with the Secretary of State's own modifications, judged in 1-4) = agrees. Sections "
             "answering nothing: 1 Introduction, 2.1 summary of the ExA's recommendation (a restatement), 3.2, "
             "4.1 findings agreed, 4.3 the 250 metre buffer the ExA did not recommend, 7.1 Habitats Regulations, "
             "7.2 equality duty, 8.2 drafting changes, 9.1 challenge to decision.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
