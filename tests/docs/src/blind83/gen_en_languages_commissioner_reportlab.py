"""Round 83 (EN): a Canadian territorial LANGUAGES COMMISSIONER'S INVESTIGATION REPORT (genre: the final report of
an official languages commissioner on complaints against a public body: the complaints, the law, the investigation,
then themes each closing with a bold run-in 'Finding N' and a bold run-in 'Recommendation N' paragraph) answered by
the health authority CEO's ALL-STAFF MEMORANDUM (a memo header block, a message to staff with subject headings and
no numbers, a reminder on another subject, a sign-off).
Advice: Office of the Languages Commissioner of the Northwest Territories, investigation report 2026-03, 3 p.
Response: Territorial Health and Social Services Authority, memorandum to all staff, 6 October 2026, 2 p.; order
6+5, 1, 4, 2, 3 (by subject, no numbers); 7 unanswered.
reportlab platypus (Letter, cleaned DejaVu Serif/Sans, invariant=1); header and footer drawn on the canvas. The
report, the complaints, the Authority's name, the people, dates and figures are invented; the Official Languages
Act of the Northwest Territories is real (what is said of it here is not to be relied on).

Run:  /tmp/blind83en/bin/python tests/docs/src/blind83/gen_en_languages_commissioner_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b83en as H
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "blind83_en_languages_commissioner"
RED = colors.HexColor("#8c1d18")
PALE = colors.HexColor("#f5ecea")

for fam, f in (("Serif", "DejaVuSerif.ttf"), ("Serif-B", "DejaVuSerif-Bold.ttf"), ("Serif-I", "DejaVuSerif-Italic.ttf"),
               ("Sans", "DejaVuSans.ttf"), ("Sans-B", "DejaVuSans-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(fam, H.clean_font(f)))
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-B", italic="Serif-I", boldItalic="Serif-B")
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-B", italic="Sans", boldItalic="Sans-B")

BODY = ParagraphStyle("body", fontName="Serif", fontSize=9.6, leading=13.4, alignment=TA_JUSTIFY, spaceAfter=5)
H1 = ParagraphStyle("h1", fontName="Sans-B", fontSize=12, leading=15, textColor=RED, spaceBefore=8, spaceAfter=4)
H2 = ParagraphStyle("h2", fontName="Sans-B", fontSize=10, leading=13, spaceBefore=6, spaceAfter=3)
TITLE = ParagraphStyle("t", fontName="Sans-B", fontSize=18, leading=22, textColor=RED, spaceAfter=4)
SMALL = ParagraphStyle("sm", fontName="Sans", fontSize=8.4, leading=11, textColor=colors.HexColor("#444444"))
QUOTE = ParagraphStyle("q", parent=BODY, fontName="Serif-I", leftIndent=12 * mm, rightIndent=8 * mm)
MEMO = ParagraphStyle("m", fontName="Sans", fontSize=9.6, leading=13.6, alignment=TA_JUSTIFY, spaceAfter=6)
MH = ParagraphStyle("mh", fontName="Sans-B", fontSize=10.2, leading=13.5, spaceBefore=6, spaceAfter=3,
                    textColor=colors.HexColor("#1d4f73"))
CELL = ParagraphStyle("c", fontName="Sans", fontSize=9, leading=12)


def deco(header, footer):
    def f(canvas, doc):
        canvas.saveState()
        canvas.setFont("Sans", 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        if doc.page > 1 and header:
            canvas.drawRightString(letter[0] - 22 * mm, letter[1] - 13 * mm, header)
        canvas.drawString(22 * mm, 12 * mm, footer % doc.page)
        canvas.restoreState()
    return f


def theme(title, paras, finding, rec_n, rec):
    out = [Paragraph(title, H1)]
    out += [Paragraph(p, BODY) for p in paras]
    out.append(Paragraph("<b>%s</b>" % finding, BODY))
    t = Table([[Paragraph("<b>Recommendation %d</b> %s" % (rec_n, rec), BODY)]], colWidths=[None])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE), ("LINEBEFORE", (0, 0), (0, 0), 2.2, RED),
                           ("LEFTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 4)]))
    out += [t, Spacer(1, 4)]
    return out


def advice():
    doc = SimpleDocTemplate(H.out(NAME + "_advice.pdf"), pagesize=letter, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1, title="Investigation report 2026-03",
                            author="Languages Commissioner")
    s = [Paragraph("OFFICE OF THE LANGUAGES COMMISSIONER OF THE NORTHWEST TERRITORIES", SMALL), Spacer(1, 4),
         Paragraph("Investigation report 2026-03: Language of service in the emergency departments of the "
                   "Territorial Health and Social Services Authority", TITLE),
         Paragraph("Complaints 2025-14, 2025-19 and 2026-02  |  Final report  |  July 2026", SMALL), Spacer(1, 6),
         Paragraph("The complaints", H1),
         Paragraph("Between October 2025 and February 2026 the Office received three complaints about the emergency "
                   "department at the Great Slave Regional Health Centre. A French-speaking mother was unable to "
                   "explain her son's symptoms in French; an elder who speaks South Slavey waited more than two "
                   "hours for an interpreter; and a French-speaking patient was sent home with written instructions "
                   "he could not read.", BODY),
         Paragraph("The law", H1),
         Paragraph("The Official Languages Act gives members of the public the right to communicate with and receive "
                   "services from head offices of government institutions in any official language, and in other "
                   "offices where there is significant demand or where the nature of the office makes it reasonable. "
                   "As the Authority accepts, a health institution must also provide services in French where there "
                   "is significant demand. The Standards for official languages say that staff should greet the "
                   "public in both English and French.", BODY),
         Paragraph("In 2021 this Office recommended that the Authority \"develop a plan to ensure interpretation "
                   "in Indigenous official languages is available in all acute care settings\". The Authority "
                   "accepted that recommendation; the plan has not been completed.", BODY),
         Paragraph("The investigation", H1),
         Paragraph("Investigators interviewed 26 staff and managers, observed the triage desk on four shifts and "
                   "reviewed 300 emergency department records from 2025. The Authority co-operated fully. Our "
                   "findings and recommendations are grouped under five themes.", BODY)]
    s += theme("1. The first point of contact",
               ["On three of the four shifts observed, no patient was greeted in French, and the signs offering "
                "service in French were behind the triage screen."],
               "Finding 1: The Authority does not make an active offer of service in French at triage.", 1,
               "The Authority should make an active offer of service in French at every point of first contact in "
               "its emergency departments, by greeting each patient in English and French and by displaying the "
               "offer where patients can see it.")
    s += theme("2. Interpretation",
               ["Interpretation in Indigenous official languages depends on a list of casual interpreters who are "
                "called by telephone. The median wait in the records we reviewed was 74 minutes; at night it was "
                "more than two hours."],
               "Finding 2: Patients who speak an Indigenous official language cannot count on timely interpretation.",
               2, "The Authority should guarantee access to a qualified interpreter in any official language within "
                  "30 minutes, 24 hours a day, in each of its emergency departments.")
    s += theme("3. Written information",
               ["Discharge instructions and medication sheets are printed from the electronic record in English "
                "only. Staff told us that they sometimes translate key points by hand."],
               "Finding 3: Written discharge information is available in English only.", 3,
               "The Authority should translate its standard discharge instructions and medication information sheets "
               "into French and provide plain-language audio versions in the Indigenous official languages.")
    s += theme("4. Leadership",
               ["Responsibility for language services is spread across three divisions. No senior manager told us "
                "that language services were part of their performance objectives."],
               "Finding 4: No one at senior level is accountable for language services.", 4,
               "The Authority should establish a Language Services Division reporting directly to the Chief "
               "Executive Officer.")
    s += theme("5. Workforce",
               ["Only 9 of 118 front-line emergency staff have had their French or Indigenous language skills "
                "assessed. Staff who speak a second official language are not identified on the roster, and they "
                "receive no recognition for using it."],
               "Finding 5: The Authority does not know or use the language skills of its own staff.", 5,
               "The Authority should pay a bilingual bonus to every employee who uses a second official language "
               "at work, whether or not the position is designated.")
    s += [Paragraph("<b>Recommendation 6</b> The Authority should identify the front-line positions in each "
                    "emergency department that must be staffed by bilingual employees, and designate them "
                    "accordingly by 1 April 2027.", BODY),
          Paragraph("<b>Recommendation 7</b> The Authority should report publicly each year on the number and "
                    "outcome of complaints about language services, broken down by facility and by language.", BODY),
          Paragraph("Next steps", H1),
          Paragraph("Under the Act the Commissioner may report to the Legislative Assembly on any matter within the "
                    "Commissioner's mandate. We ask the Authority to tell us within 60 days which recommendations it "
                    "accepts, and we will follow up in 12 months.", BODY),
          Spacer(1, 6), Paragraph("<b>Marie-Claude Antoine</b><br/>Languages Commissioner", BODY)]
    doc.build(s, onFirstPage=deco(None, "Investigation report 2026-03  -  %d"),
              onLaterPages=deco("Language of service in emergency departments", "Investigation report 2026-03  -  %d"))


def response():
    doc = SimpleDocTemplate(H.out(NAME + "_response.pdf"), pagesize=letter, leftMargin=24 * mm,
                            rightMargin=24 * mm, topMargin=20 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Memorandum to all staff", author="THSSA")
    head = Table([[Paragraph("<b>TO:</b>", CELL), Paragraph("All staff, Territorial Health and Social Services "
                                                           "Authority", CELL)],
                  [Paragraph("<b>FROM:</b>", CELL), Paragraph("Dr Kevin Lafferty, Chief Executive Officer", CELL)],
                  [Paragraph("<b>DATE:</b>", CELL), Paragraph("October 6, 2026", CELL)],
                  [Paragraph("<b>SUBJECT:</b>", CELL), Paragraph("Our response to the Languages Commissioner's "
                                                                "report on our emergency departments", CELL)]],
                 colWidths=[26 * mm, None])
    head.setStyle(TableStyle([("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.HexColor("#1d4f73")),
                              ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s = [Paragraph("TERRITORIAL HEALTH AND SOCIAL SERVICES AUTHORITY", SMALL), Spacer(1, 3),
         Paragraph("MEMORANDUM", ParagraphStyle("mt", fontName="Sans-B", fontSize=16, leading=20,
                                                textColor=colors.HexColor("#1d4f73"), spaceAfter=6)),
         head, Spacer(1, 8),
         Paragraph("Many of you will have seen the media coverage of the Languages Commissioner's report on language "
                   "of service in our emergency departments. I want you to hear directly from me what we have told "
                   "the Commissioner and what it will mean for your work. The report is fair, and it describes "
                   "experiences that none of us would want for our own families.", MEMO),
         Paragraph("Our workforce", MH),
         Paragraph("We will identify the front-line positions in each emergency department that need to be filled "
                   "by bilingual staff, and those positions will be designated by April 1, 2027. Human Resources "
                   "will contact the managers concerned this month. We are not able to introduce a bilingual bonus "
                   "for employees in non-designated positions: pay is set by the collective agreement, and we will "
                   "not be proposing a change to it in the current round of bargaining.", MEMO),
         Paragraph("Greeting our patients", MH),
         Paragraph("Since September 15, every patient arriving at triage has been greeted in English and French, "
                   "and new bilingual signs have been placed at the front of each registration desk. Thank you to "
                   "the triage teams who made this happen in two weeks.", MEMO),
         Paragraph("Who is responsible", MH),
         Paragraph("The Commissioner proposed a separate division for language services reporting to me. We have "
                   "decided not to create a new division. Language services will stay in Patient Experience and "
                   "Quality, and the Vice-President for that area will now have language services in her "
                   "performance agreement.", MEMO),
         Paragraph("Interpreters", MH),
         Paragraph("From November 1, a telephone interpretation service in all official languages will be "
                   "available around the clock, usually within 15 minutes. In-person interpreters will continue to "
                   "be available during the day only; we cannot recruit enough interpreters to guarantee an "
                   "in-person service at night.", MEMO),
         Paragraph("Written information for patients", MH),
         Paragraph("We have heard the concerns about discharge sheets. The cost and timing of translating them, and "
                   "of audio versions, will be looked at as part of next year's review of patient education "
                   "materials, and I will update you then.", MEMO),
         Paragraph("A reminder about cultural safety training", MH),
         Paragraph("The new Indigenous cultural safety module is now on the learning portal. All staff are asked to "
                   "complete it by December 31; it takes about 90 minutes and counts as paid work time.", MEMO),
         Paragraph("Thank you for the care you give every day, often in difficult conditions. Questions about this "
                   "memo can be sent to your manager or to the Patient Experience and Quality office.", MEMO),
         Spacer(1, 4), Paragraph("Kevin Lafferty", MEMO)]
    doc.build(s, onFirstPage=deco(None, "THSSA  |  Memorandum  |  page %d"),
              onLaterPages=deco("Memorandum to all staff - October 6, 2026", "THSSA  |  Memorandum  |  page %d"))


RECS = [
    (1, "The Authority should make an active offer of service in French",
     "every patient arriving at triage has been greeted in English", "agrees"),
    (2, "The Authority should guarantee access to a qualified interpreter in any",
     "a telephone interpretation service in all official languages", "partly"),
    (3, "The Authority should translate its standard discharge instructions and medication",
     "will be looked at as part of next year's review", "noted"),
    (4, "The Authority should establish a Language Services Division reporting directly",
     "We have decided not to create a new division", "disagrees"),
    (5, "The Authority should pay a bilingual bonus to every employee",
     "We are not able to introduce a bilingual bonus", "disagrees"),
    (6, "The Authority should identify the front-line positions in each emergency department",
     "those positions will be designated by April 1, 2027", "agrees"),
    (7, "The Authority should report publicly each year on the number", None, "unanswered"),
]

if __name__ == "__main__":
    advice()
    response()
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["Many of you will have seen the media coverage",
                      "The new Indigenous cultural safety module is now on the learning portal",
                      "Thank you for the care you give every day"],
                     "Advice: a Canadian territorial LANGUAGES COMMISSIONER'S INVESTIGATION REPORT (US Letter): the "
                     "complaints, 'The law' ('a health institution must also provide services in French', 'staff "
                     "should greet the public in both English and French'), the Office's 2021 recommendation quoted "
                     "('develop a plan to ensure interpretation ...'), then five numbered themes each closing with a "
                     "bold 'Finding N:' sentence (findings 1-5, not recommendations) and a shaded box opening with a "
                     "bold run-in 'Recommendation N'; recommendations 6 and 7 as plain paragraphs with the same bold "
                     "run-in label after theme 5; 'Next steps' ('within 60 days'). Response: the CEO's ALL-STAFF "
                     "MEMORANDUM (TO/FROM/DATE/SUBJECT block) with subject headings and NO numbers, order 6+5, 1, 4, "
                     "2, 3: ONE section 'Our workforce' = positions designated by April 1, 2027 (6 agrees) + 'not "
                     "able to introduce a bilingual bonus' (5 disagrees); greeting in English and French since "
                     "September 15 (1 agrees); 'decided not to create a new division' (4 disagrees); telephone "
                     "interpretation around the clock, in person by day only (2 partly); discharge sheets 'will be "
                     "looked at as part of next year's review' (3 noted). 7 (annual public report on complaints) is "
                     "not answered. Unmatched: the opening paragraph, 'A reminder about cultural safety training', "
                     "the closing thanks.")
    sys.exit(H.main([NAME]))
