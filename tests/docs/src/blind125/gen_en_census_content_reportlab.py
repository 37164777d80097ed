"""Round 125 (EN): a national CENSUS CONTENT ADVISORY PANEL's advice to the Chief Statistician on the topics of the
2031 Census, answered by the Chief Statistician's LETTER of decisions. The advice assesses NINE numbered topics
('Topic 1: Usual residence' ... 'Topic 9: How people respond'), each ending in a ruled 'PANEL ADVICE' bar with a tag
in a shaded left cell (CHANGE / ADD / RETAIN / NONE) and the advice beside it; seven bars carry a recommendation, two
(Topics 1 and 6) say the Panel has none, so recommendation numbers are NOT topic numbers. Traps: an invented Census
and Statistics Act paraphrased ('must consult', 'must not ask'), a numbered list of the Panel's five criteria, the
2021 Panel's advice quoted ('should ask', adopted), a closing line naming Topics 2 and 4. The response answers by TOPIC
number in bold run-in labels, in another order ('Topics 2 and 3' in one paragraph with two verdicts), answers Topics 1
and 6 too (no recommendation there), and never mentions Topic 9.
reportlab platypus, A4, cleaned Liberation Sans (advice) and Liberation Serif (letter), invariant=1; header and 'Page
N of M' stamped from page 2. All bodies, people, places, figures and references invented (the Act too); the
Washington Group on Disability Statistics is named as context only.
Run:  /tmp/blind125en/bin/python tests/docs/src/blind125/gen_en_census_content_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b125en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, KeepTogether

NAME = "blind125_en_census_content"
NAVY = colors.HexColor("#26407a")
PALE = colors.HexColor("#e4e9f4")
GREY = colors.HexColor("#eeeeee")


def fonts():
    for fam, files in (("LS", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf")),
                       ("LF", ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                               "LiberationSerif-Italic.ttf"))):
        pdfmetrics.registerFont(TTFont(fam, H.clean_font(files[0])))
        pdfmetrics.registerFont(TTFont(fam + "-B", H.clean_font(files[1])))
        pdfmetrics.registerFont(TTFont(fam + "-I", H.clean_font(files[2])))
        pdfmetrics.registerFontFamily(fam, normal=fam, bold=fam + "-B", italic=fam + "-I", boldItalic=fam + "-B")


def styles(fam, size):
    body = ParagraphStyle("b", fontName=fam, fontSize=size, leading=size * 1.38, spaceAfter=2.0 * mm)
    return {
        "body": body,
        "h1": ParagraphStyle("h1", parent=body, fontName=fam + "-B", fontSize=17, leading=21, textColor=NAVY,
                             spaceAfter=1.5 * mm),
        "h2": ParagraphStyle("h2", parent=body, fontName=fam + "-B", fontSize=12, leading=15, textColor=NAVY,
                             spaceBefore=3 * mm, spaceAfter=1.4 * mm),
        "h3": ParagraphStyle("h3", parent=body, fontName=fam + "-B", fontSize=10.5, leading=13, spaceBefore=2.5 * mm,
                             spaceAfter=1 * mm),
        "sub": ParagraphStyle("sub", parent=body, fontSize=9, textColor=colors.HexColor("#555555")),
        "tag": ParagraphStyle("t", parent=body, fontName=fam + "-B", fontSize=7.5, leading=9, textColor=NAVY,
                              alignment=1, spaceAfter=0),
        "cell": ParagraphStyle("c", parent=body, fontSize=size - 0.5, leading=(size - 0.5) * 1.35, spaceAfter=0),
        "li": ParagraphStyle("li", parent=body, leftIndent=7 * mm, firstLineIndent=-5 * mm, spaceAfter=1 * mm),
        "addr": ParagraphStyle("a", parent=body, spaceAfter=0),
    }


def bar(S, tag, text):
    t = Table([[Paragraph("PANEL ADVICE<br/>" + tag, S["tag"]), Paragraph(text, S["cell"])]],
              colWidths=[26 * mm, 140 * mm])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, NAVY), ("BACKGROUND", (0, 0), (0, 0), PALE),
                           ("LINEAFTER", (0, 0), (0, 0), 0.6, NAVY), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("TOPPADDING", (0, 0), (-1, -1), 2 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2 * mm),
                           ("LEFTPADDING", (1, 0), (1, 0), 3 * mm)]))
    return t


TOPICS = [
    ("Topic 1: Usual residence",
     "The Office proposes to keep the 2026 questions on usual address and second addresses. Users told us these "
     "work well and are needed for the population base.",
     "NONE", "The Panel supports the Office's proposal and has no advice on this topic."),
    ("Topic 2: Ethnicity",
     "The single tick-box question has not kept pace with the population. In 2026, 7.8 per cent of people ticked "
     "'Other' and wrote in an answer that could not be coded to any of the listed groups.",
     "CHANGE", "Replace the single ethnicity question with a two-part question that records both a broad group "
     "and a write-in answer, and test it in the 2028 rehearsal."),
    ("Topic 3: Languages",
     "The census asks only whether a person can speak English. Councils and health services told us that they need "
     "to know which other languages are spoken at home in order to plan interpreting.",
     "ADD", "Add a question on the languages used at home, allowing each person to give up to three answers."),
    ("Topic 4: Disability",
     "The current question on long-term conditions cannot be compared with other countries and counts some people "
     "whose conditions do not limit them at all.",
     "CHANGE", "Use the six questions of the Washington Group short set in place of the current single question "
     "on long-term conditions."),
    ("Topic 5: Income",
     "The banded personal income question was added in 2026 with a top band of 150,000 or more. About 2.1 per cent of "
     "earners were in the top band, which hides a great deal of variation.",
     "RETAIN", "Keep the banded personal income question for 2031, but raise the top band from 150,000 to "
     "250,000 or more."),
    ("Topic 6: Religion",
     "Members were divided on whether the voluntary question on religion should stay in its present form, and we "
     "heard strong views on both sides.",
     "NONE", "The Panel could not reach a common view and makes no recommendation on this topic."),
    ("Topic 7: Housing quality",
     "Housing users want better information on cold homes. The census records the type of heating but not whether it "
     "works.",
     "ADD", "Add a question on whether the dwelling has working heating in the main living room."),
    ("Topic 8: Unpaid care",
     "The three bands for hours of unpaid care are too broad, and the question misses care given to people who live "
     "elsewhere.",
     "CHANGE", "Ask about hours of unpaid care in five bands instead of three, and include care given to people who "
     "do not live in the household."),
    ("Topic 9: How people respond",
     "Most households will answer online, but a paper form can now only be requested by telephone, and the lines were "
     "busiest when the most people needed them.",
     "ADD", "Let households ask for a paper form by free text message as well as by telephone, from the day the "
     "invitation letters arrive."),
]


def advice():
    S = styles("LS", 10)
    P = lambda t, s="body": Paragraph(t, S[s])
    st = [P("CENSUS CONTENT ADVISORY PANEL", "sub"),
          P("Advice to the Chief Statistician on the topics for the 2031 Census", "h1"),
          P("Report CCAP 2025/2 &#183; 30 June 2025 &#183; Chair: Professor Alison Ferrier", "sub"),
          P("1. Introduction", "h2"),
          P("The Chief Statistician asked the Panel in January 2025 to give independent advice on the Office for "
            "Population Statistics' proposed topics for the 2031 Census. Under the Census and Statistics Act 1994 the "
            "Chief Statistician must consult users before the topics are set, and the census must not ask about "
            "political opinion. Space on the form is limited: each new question has to earn its place against the "
            "others."),
          P("The Panel's last advice, in 2021, said that the Office <i>\"should ask about unpaid care\"</i>, and the "
            "question was included in the 2026 Census. We are grateful to the Office for its response to that advice."),
          P("2. How we assessed the topics", "h2"),
          P("We applied five criteria to each topic:")]
    for i, t in enumerate(["Is there a strong and current need for the information?",
                           "Is the census the only or the best source?",
                           "Will people be able and willing to answer accurately?",
                           "Can the answers be compared with earlier censuses or other countries?",
                           "What is the cost in space on the form and in processing?"], 1):
        st.append(P(f"{i}.&nbsp;&nbsp;{t}".replace("&nbsp;", " "), "li"))
    st.append(P("3. Topic assessments", "h2"))
    for title, text, tag, adv in TOPICS:
        st.append(KeepTogether([P(title, "h3"), P(text), bar(S, tag, adv), Spacer(1, 2 * mm)]))
    st += [P("4. Closing remarks", "h2"),
           P("We thank the 212 organisations and individuals who wrote to us. The Panel regards its advice on Topics 2 "
             "and 4 as the most important for users, and we would be glad to discuss any of it with the Office."),
           P("<i>Professor Alison Ferrier, Chair, on behalf of the Census Content Advisory Panel</i>")]
    doc = SimpleDocTemplate(H.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm, title="Advice on the topics for the 2031 Census",
                            author="Census Content Advisory Panel", invariant=1)
    doc.build(st)


REPLIES = [
    ("Topic 1 (Usual residence).", "Thank you for your support. The questions on usual address and second addresses "
     "will be carried forward from 2026 without change."),
    ("Topics 2 and 3 (Ethnicity and Languages).", "We have accepted your advice on ethnicity. A two-part question "
     "with a broad group and a write-in answer will go into the 2027 field test and, if it performs as we expect, "
     "into the 2028 rehearsal. We will also add a question on languages used at home. Our testing showed, however, "
     "that a third answer was given by fewer than one person in two hundred and added noticeably to processing, so "
     "the question will allow two answers rather than three."),
    ("Topic 4 (Disability).", "Agreed. The Washington Group short set will replace the present question, which "
     "will also let us compare our results with those of other countries for the first time."),
    ("Topic 8 (Unpaid care).", "Agreed. The question will use five bands of hours and will ask about care for "
     "anyone, wherever they live."),
    ("Topic 5 (Income).", "We have decided not to raise the top band. A higher band would identify very few "
     "people in small areas, and our disclosure control rules would then require us to suppress the results, so "
     "the band will remain at 150,000 or more."),
    ("Topic 6 (Religion).", "As the Panel made no recommendation, the voluntary question will be asked in the same "
     "form as in 2026."),
    ("Topic 7 (Housing quality).", "We see the value of information on working heating, but we have not yet tested "
     "a question that householders can answer reliably. We will look at it in the 2027 field test and will decide "
     "after that whether it has a place on the form."),
]


def response():
    S = styles("LF", 11)
    P = lambda t, s="body": Paragraph(t, S[s])
    st = [P("Office for Population Statistics", "h2"),
          P("Office of the Chief Statistician &#183; 1 Registry Square &#183; Harbour City", "sub"),
          Spacer(1, 4 * mm),
          P("Professor Alison Ferrier<br/>Chair, Census Content Advisory Panel<br/>By email", "addr"),
          Spacer(1, 3 * mm),
          P("Our ref: CS/31/044<br/>3 October 2025", "addr"),
          Spacer(1, 4 * mm),
          P("Dear Professor Ferrier,"),
          P("<b>2031 Census: decisions on topics</b>"),
          P("Thank you for the Panel's report of 30 June 2025. The Office has now taken its decisions on the topics "
            "for the 2031 Census, and I set them out below under the Panel's own topic numbers. Our full decision "
            "paper will be published on 15 October.")]
    for lab, text in REPLIES:
        st.append(P(f"<b>{lab}</b> {text}"))
    st += [P("The Office will publish the draft questionnaire for public comment in spring 2027. I would be glad to "
             "meet the Panel before then to discuss the results of the field test."),
           P("Yours sincerely,"),
           Spacer(1, 6 * mm),
           P("Dr Kenneth Obuya<br/>Chief Statistician", "addr")]
    doc = SimpleDocTemplate(H.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=20 * mm, bottomMargin=22 * mm, title="2031 Census: decisions on topics",
                            author="Office for Population Statistics", invariant=1)
    doc.build(st)


def main():
    fonts()
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Census Content Advisory Panel - Report CCAP 2025/2",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Office for Population Statistics - CS/31/044",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "Replace the single ethnicity question with a two-part question",
         "reply_contains": "We have accepted your advice on ethnicity", "verdict": "agrees"},
        {"number": 2, "starts_with": "Add a question on the languages used at home, allowing each",
         "reply_contains": "the question will allow two answers rather than three", "verdict": "partly"},
        {"number": 3, "starts_with": "Use the six questions of the Washington Group short set",
         "reply_contains": "The Washington Group short set will replace the present question",
         "verdict": "agrees"},
        {"number": 4, "starts_with": "Keep the banded personal income question for 2031, but raise",
         "reply_contains": "We have decided not to raise the top band", "verdict": "disagrees"},
        {"number": 5, "starts_with": "Add a question on whether the dwelling has working heating",
         "reply_contains": "will decide after that whether it has a place on the form", "verdict": "noted"},
        {"number": 6, "starts_with": "Ask about hours of unpaid care in five bands instead of three",
         "reply_contains": "will use five bands of hours and will ask about care", "verdict": "agrees"},
        {"number": 7, "starts_with": "Let households ask for a paper form by free text message",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["will be carried forward from 2026 without change",
                 "the voluntary question will be asked in the same form"]
    notes = ("Advice: a national CENSUS CONTENT ADVISORY PANEL's report to the Chief Statistician; an invented Census "
             "and Statistics Act paraphrased ('must consult', 'must not ask'); the 2021 Panel's advice quoted ('should "
             "ask about unpaid care', adopted); a numbered list 1.-5. of CRITERIA (questions, no recommendations); NINE "
             "numbered topics 'Topic 1: ...' each ending in a ruled 'PANEL ADVICE' bar with a tag (CHANGE / ADD / "
             "RETAIN / NONE) in a shaded left cell; Topics 1 and 6 say 'no advice' / 'makes no recommendation', so the "
             "seven recommendations are Topics 2, 3, 4, 5, 7, 8, 9 (1 two-part ethnicity question, 2 languages with up "
             "to three answers, 3 Washington Group short set, 4 keep income but raise the top band, 5 working heating, "
             "6 five bands of unpaid care, 7 paper form by text message): numbers are NOT topic numbers; closing "
             "'advice on Topics 2 and 4 as the most important'. Response: the Chief Statistician's letter with bold "
             "run-in labels by TOPIC number in the order 1, '2 and 3', 4, 8, 5, 6, 7: Topic 1 carried forward "
             "(nothing); 'Topics 2 and 3' in one paragraph: ethnicity accepted (1 agrees), languages two answers "
             "rather than three (2 partly); Topic 4 'Agreed.' (3 agrees); Topic 8 'Agreed.' (6 agrees); Topic 5 "
             "'decided not to raise the top band' (4 disagrees); Topic 6 same as 2026 as the Panel made no "
             "recommendation (nothing); Topic 7 'will look at it in the 2027 field test and will decide after that' "
             "(5 noted); Topic 9 never mentioned (7 unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
