"""Round 80 (EN): a CALIFORNIA-STYLE CIVIL GRAND JURY FINAL REPORT (genre: the yearly investigative reports of a
county civil grand jury: Summary, Background, Methodology, Discussion, numbered Findings 'F1'-'F8', CODED
Recommendations 'R1'-'R7', 'Request for Responses' under Penal Code sections 933 and 933.05, a disclaimer)
answered by the BOARD OF SUPERVISORS' RESPONSE LETTER to the Presiding Judge (the statutory response: responses to
the findings 'agrees / disagrees wholly or partially', then to the recommendations with the statutory forms 'has
been implemented', 'has not yet been implemented, but will be', 'requires further analysis', 'will not be
implemented because it is not warranted or is not reasonable').
Advice: 2025-2026 Alder Valley County Civil Grand Jury, 'On Hold: 911 Dispatch Staffing in Alder Valley County',
3 p.
Response: Board of Supervisors' letter to the Presiding Judge, 2 p.; order R5, R2, R1 and R7 (one section), R4, R3;
R6 is not answered.
reportlab platypus, Letter size, cleaned DejaVu Serif/Sans, invariant=1. The genre and the Penal Code sections are
real (what is said of them here is not to be relied on); Alder Valley County, its grand jury, its officers, the
quotations and all figures are invented.

Run:  /tmp/blind80en/bin/python tests/docs/src/blind80/gen_en_grand_jury_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b80en as H
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

NAME = "blind80_en_grand_jury"
for fam, base in (("SS", "DejaVuSans"), ("SR", "DejaVuSerif")):
    for suf, f in (("", ""), ("B", "-Bold"), ("I", "-Italic" if base == "DejaVuSerif" else "-Oblique"),
                   ("BI", "-BoldItalic" if base == "DejaVuSerif" else "-BoldOblique")):
        pdfmetrics.registerFont(TTFont(fam + suf, H.clean_font("%s%s.ttf" % (base, f))))
    pdfmetrics.registerFontFamily(fam, normal=fam, bold=fam + "B", italic=fam + "I", boldItalic=fam + "BI")

NAVY = colors.Color(0.1, 0.16, 0.36)
BODY = ParagraphStyle("b", fontName="SR", fontSize=10, leading=13.5, spaceAfter=6)
QU = ParagraphStyle("q", parent=BODY, fontName="SRI", fontSize=9.5, leading=12.5, leftIndent=0.45 * inch,
                    rightIndent=0.35 * inch)
H1 = ParagraphStyle("h1", fontName="SSB", fontSize=11.5, leading=15, textColor=NAVY, spaceBefore=8, spaceAfter=5,
                    keepWithNext=1)
H2 = ParagraphStyle("h2", fontName="SSB", fontSize=10, leading=13, spaceBefore=4, spaceAfter=3, keepWithNext=1)
HANG = ParagraphStyle("hg", parent=BODY, leftIndent=0.45 * inch, firstLineIndent=-0.45 * inch)
CTR = ParagraphStyle("c", fontName="SSB", fontSize=14, leading=18, alignment=1, textColor=NAVY, spaceAfter=3)
CTR2 = ParagraphStyle("c2", fontName="SR", fontSize=10.5, leading=14, alignment=1, spaceAfter=2)
LET = ParagraphStyle("l", fontName="SR", fontSize=10, leading=13.5, spaceAfter=7)
SM = ParagraphStyle("sm", fontName="SS", fontSize=8.5, leading=11)


def foot(label):
    def f(c, d):
        c.saveState()
        c.setFont("SS", 8)
        c.setFillColor(colors.grey)
        c.drawString(1 * inch, 0.55 * inch, label)
        c.drawRightString(7.5 * inch, 0.55 * inch, "Page %d" % d.page)
        c.restoreState()
    return f


P = lambda t, s=BODY: Paragraph(t, s)

FINDINGS = [
    ("F1", "The Emergency Communications Center (ECC) had 31 funded dispatcher positions on July 1, 2025, of which "
           "nine were vacant."),
    ("F2", "In calendar year 2025 the ECC answered 81 percent of 911 calls within 15 seconds, below the national "
           "standard of 90 percent."),
    ("F3", "Dispatchers worked an average of 22 hours of overtime per pay period, much of it mandatory, which the "
           "Grand Jury finds contributes to resignations."),
    ("F4", "The computer-aided dispatch system installed in 2011 cannot receive text-to-911 messages and is no "
           "longer supported by its vendor."),
    ("F5", "The County took an average of 143 days to move a dispatcher applicant from application to "
           "conditional offer, and lost applicants to neighboring counties in that time."),
    ("F6", "The Sheriff's Office and the Alder Valley Fire Protection District operate separate dispatch floors "
           "in the same building with separate supervisors."),
    ("F7", "The ECC does not publish its call-answering times, and the Board of Supervisors receives them only "
           "once a year."),
    ("F8", "Dispatcher pay in Alder Valley County is 11 percent below the average of the five comparison counties "
           "used by the Human Resources Department."),
]

RECS_TXT = [
    ("R1", "By December 31, 2026, the Board of Supervisors fund at least six additional full-time dispatcher "
           "positions at the Emergency Communications Center. (F1, F2, F3)"),
    ("R2", "By September 30, 2026, the ECC Manager adopt a written policy that limits mandatory overtime to two "
           "shifts per dispatcher in any pay period. (F3)"),
    ("R3", "The County Executive Officer commission an independent study of consolidating the Sheriff's and the "
           "Fire District's dispatch operations into a single floor under one supervisor, to be completed by June "
           "30, 2027. (F6)"),
    ("R4", "By March 31, 2027, the ECC replace its 2011 computer-aided dispatch system with one that supports "
           "text-to-911 and automatic vehicle location. (F4)"),
    ("R5", "Beginning in fiscal year 2026-27, the Board of Supervisors offer a retention bonus of $5,000 to each "
           "dispatcher who completes three years of service. (F3, F8)"),
    ("R6", "Beginning no later than January 1, 2027, the ECC publish its monthly call-answering times on the "
           "County website and report them to the Board of Supervisors each quarter. (F2, F7)"),
    ("R7", "By June 30, 2027, the Human Resources Department shorten the dispatcher hiring process to no more "
           "than 60 days from application to conditional offer. (F5)"),
]

ADVICE = [
    P("2025-2026 ALDER VALLEY COUNTY CIVIL GRAND JURY", CTR2),
    P("On Hold: 911 Dispatch Staffing in Alder Valley County", CTR),
    P("Report No. 2526-04 &nbsp;&middot;&nbsp; Filed May 18, 2026", CTR2),
    Spacer(1, 8),
    P("SUMMARY", H1),
    P("When a resident of Alder Valley County dials 911, the call is answered at the Emergency Communications "
      "Center (ECC) on Harlan Road. The 2025-2026 Alder Valley County Civil Grand Jury (Grand Jury) received a "
      "complaint that callers were being placed on hold during busy periods. The Grand Jury found that the ECC is "
      "seriously understaffed, that its dispatchers are worked beyond what is safe, and that the County's own "
      "hiring process is slow enough to drive applicants away. This report makes eight findings and seven "
      "recommendations, addressed to the Board of Supervisors, the County Executive Officer and the ECC."),
    P("BACKGROUND", H1),
    P("The ECC is a division of the Sheriff's Office. It answers all 911 calls made in the unincorporated county "
      "and in the cities of Marlow and Pine Ridge, about 118,000 calls a year, and dispatches deputies, fire "
      "engines and ambulances. Industry guidance of the National Emergency Number Association states that 90 "
      "percent of 911 calls should be answered within 15 seconds. The State's 911 office also requires each "
      "public safety answering point to report its call data every month."),
    P("The problem is not new. The 2021-2022 Grand Jury, in its report on the Sheriff's Office, recommended:"),
    P("\u201cThe Board of Supervisors should direct the Sheriff to prepare a staffing plan for the Emergency "
      "Communications Center by March 31, 2023.\u201d", QU),
    P("A staffing plan was prepared in 2023. It called for 34 dispatcher positions; 31 were funded."),
    P("METHODOLOGY", H1),
    P("The Grand Jury interviewed 14 people, including the ECC Manager, six dispatchers, the Undersheriff, the "
      "Fire Chief of the Alder Valley Fire Protection District and staff of the Human Resources Department. It "
      "toured the ECC twice, observed a Friday night shift, and reviewed call data for 2023 to 2025, the 2023 "
      "staffing plan, overtime records and recruitment files."),
    P("DISCUSSION", H1),
    P("Vacancies and overtime", H2),
    P("On July 1, 2025, nine of the 31 funded dispatcher positions were vacant. The remaining dispatchers cover "
      "the gaps with overtime. Several told the Grand Jury that they are \u201cforced\u201d onto a second shift "
      "several times a month, and one said that dispatchers \u201cshould not have to choose between their family "
      "and their partners on the road\u201d. Two experienced dispatchers resigned during the Grand Jury's term, "
      "both citing overtime. The Grand Jury notes that fatigue in a dispatch center is a public safety issue, not "
      "only a staff welfare issue."),
    P("Technology", H2),
    P("The ECC's computer-aided dispatch (CAD) system was installed in 2011. Its vendor ended support in 2024. "
      "It cannot receive text messages to 911, which federal guidance has encouraged since 2014, and it cannot "
      "show the location of responding units on a map. The ECC Manager told the Grand Jury that a replacement "
      "was included in the 2025 capital plan but was deferred."),
    P("Recruitment", H2),
    P("The Human Resources Department's recruitment files show that the County took on average 143 days from "
      "application to conditional offer. The background check alone took 61 days. In the same period, at least "
      "five applicants accepted dispatcher posts in neighboring counties. Human Resources staff explained that "
      "the background check must be completed by the Sheriff's Office and cannot be shortened by Human "
      "Resources alone."),
    P("Two floors, one building", H2),
    P("The Sheriff's dispatchers and the Fire District's dispatchers sit on separate floors of the same building "
      "and are supervised separately. Calls for medical aid are transferred from one floor to the other, which "
      "adds, on the ECC's own figures, an average of 40 seconds. Neighboring Redwater County consolidated its "
      "two dispatch operations in 2019."),
    P("Transparency", H2),
    P("The ECC does not publish its call-answering times. The Board of Supervisors receives a single annual "
      "report, which in 2025 was presented on the consent calendar without discussion."),
    P("FINDINGS", H1),
] + [P("<b>%s.</b>&nbsp;&nbsp;%s" % (a, b), HANG) for a, b in FINDINGS] + [
    P("RECOMMENDATIONS", H1),
    P("The Grand Jury recommends that:"),
] + [P("<b>%s.</b>&nbsp;&nbsp;%s" % (a, b), HANG) for a, b in RECS_TXT] + [
    P("REQUEST FOR RESPONSES", H1),
    P("Pursuant to Penal Code sections 933 and 933.05, the Grand Jury requests responses as follows. Responses "
      "from elected county officials are due within 60 days, and from the governing body within 90 days, of the "
      "date this report is filed:"),
    Table([["Respondent", "Findings", "Recommendations"],
           ["Alder Valley County Board of Supervisors", "F1 - F8", "R1 - R7"],
           ["Alder Valley County Sheriff-Coroner", "F1 - F4, F6, F7", "R2, R4, R6"]],
          colWidths=[3.0 * inch, 1.6 * inch, 1.6 * inch],
          style=TableStyle([("FONT", (0, 0), (-1, -1), "SS", 9), ("FONT", (0, 0), (-1, 0), "SSB", 9),
                            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.9, 0.95))])),
    Spacer(1, 6),
    P("The governing body of a public agency must comment on each finding and recommendation in the form that "
      "section 933.05 prescribes. Reports of the Grand Jury that name a person are not to be read as accusing "
      "that person of any wrongdoing.", SM),
    P("DISCLAIMER", H1),
    P("This report is issued by the Grand Jury with the exception of one juror, who recused himself from the "
      "investigation because of a family connection to an employee of the ECC. That juror took no part in the "
      "interviews, deliberations or approval of this report.", SM),
]

RESPONSE = [
    Table([[P("<b>COUNTY OF ALDER VALLEY</b><br/>BOARD OF SUPERVISORS", ParagraphStyle("lh", fontName="SS",
              fontSize=11, leading=14, textColor=NAVY)),
            P("County Government Center<br/>1200 Courthouse Square, Marlow<br/>(555) 340-2100", ParagraphStyle(
                "lh2", fontName="SS", fontSize=8.5, leading=11, alignment=2))]],
          colWidths=[3.5 * inch, 3.0 * inch],
          style=TableStyle([("LINEBELOW", (0, 0), (-1, 0), 1.2, NAVY), ("VALIGN", (0, 0), (-1, -1), "TOP")])),
    Spacer(1, 10),
    P("August 11, 2026", LET),
    P("The Honorable Teresa M. Calloway<br/>Presiding Judge, Superior Court of California, County of Alder "
      "Valley<br/>400 Main Street, Marlow", LET),
    P("<b>Re: Response to the 2025-2026 Civil Grand Jury Report No. 2526-04, \u201cOn Hold: 911 Dispatch "
      "Staffing in Alder Valley County\u201d</b>", LET),
    P("Dear Judge Calloway:", LET),
    P("The Alder Valley County Board of Supervisors thanks the members of the Grand Jury for their service and "
      "submits this response, which the Board approved at its regular meeting of August 4, 2026 (Agenda Item "
      "17). The Sheriff-Coroner is responding separately as an elected official. The Board's responses to the "
      "recommendations are set out below in the order in which the Board considered them, grouped by their "
      "effect on the budget.", LET),
    P("Responses to Findings", H2),
    P("The Board agrees with findings F1, F4, F6 and F7. The Board disagrees partially with F2, because the "
      "figure for the last quarter of 2025 was 87 percent, and with F3, because the Board has no data that "
      "links overtime to individual resignations. The Board agrees with F5 and F8, while noting that the "
      "comparison counties named in F8 were chosen before the 2024 salary survey was updated.", LET),
    P("Responses to Recommendations", H2),
    P("<b>R5 (retention bonus).</b> The recommendation will not be implemented because it is not warranted. "
      "On June 23, 2026 the Board adopted a new salary schedule for dispatchers that closes most of the gap "
      "identified in F8. The Board considers a permanent pay increase a better use of the same funds than a "
      "one-time bonus.", LET),
    P("<b>R2 (mandatory overtime).</b> The recommendation has been implemented. ECC Policy 14, effective May "
      "1, 2026, caps mandatory overtime at two shifts per dispatcher in any pay period, with exceptions only "
      "during a declared emergency.", LET),
    P("<b>R1 and R7 (positions and hiring).</b> R1 will be implemented in part. The Recommended Budget for "
      "2026-27 adds four dispatcher positions rather than six; the Board will review the need for further "
      "positions once the nine current vacancies are filled. R7 requires further analysis: because the "
      "background check is conducted by the Sheriff's Office, the Board has asked Human Resources and the "
      "Sheriff to report jointly within six months on the steps that could shorten the hiring timeline.", LET),
    P("<b>R4 (dispatch system).</b> The recommendation has not yet been implemented, but will be implemented in "
      "the future. A contract for a replacement system with text-to-911 and unit location was awarded on July "
      "14, 2026, and go-live is scheduled for February 2027.", LET),
    P("<b>R3 (consolidation study).</b> The recommendation will not be implemented because it is not "
      "reasonable at this time. The Fire District is an independent special district, and its board voted in "
      "April 2026 to keep its own dispatch operation; a County-funded study would not change that decision.", LET),
    P("Should the Grand Jury require further information, please contact the Clerk of the Board at (555) "
      "340-2104. The Board again thanks the jurors for a careful and constructive report.", LET),
    P("Sincerely,", LET),
    P("Daniel R. Okafor<br/>Chair, Alder Valley County Board of Supervisors", LET),
    P("cc: Foreperson, 2025-2026 Civil Grand Jury; Sheriff-Coroner; County Executive Officer", SM),
]

RECS = [
    (1, "By December 31, 2026, the Board of Supervisors fund at least six", "R1 will be implemented in part",
     "partly"),
    (2, "By September 30, 2026, the ECC Manager adopt a written policy",
     "ECC Policy 14, effective May 1, 2026, caps mandatory overtime", "agrees"),
    (3, "The County Executive Officer commission an independent study of consolidating",
     "its board voted in April 2026 to keep its own dispatch", "disagrees"),
    (4, "By March 31, 2027, the ECC replace its 2011 computer-aided dispatch",
     "go-live is scheduled for February 2027", "agrees"),
    (5, "Beginning in fiscal year 2026-27, the Board of Supervisors offer a retention",
     "a permanent pay increase a better use of the same funds", "disagrees"),
    (6, "Beginning no later than January 1, 2027, the ECC publish its", None, "unanswered"),
    (7, "By June 30, 2027, the Human Resources Department shorten the dispatcher",
     "asked Human Resources and the Sheriff to report jointly", "noted"),
]


def make(story, which, label):
    path = H.out("%s_%s.pdf" % (NAME, which))
    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=1 * inch, rightMargin=1 * inch,
                            topMargin=0.85 * inch, bottomMargin=0.9 * inch, title=label, author="", creator="")
    doc.build(story, onFirstPage=foot(label), onLaterPages=foot(label))
    return path


if __name__ == "__main__":
    make(ADVICE, "advice", "2025-2026 Alder Valley County Civil Grand Jury - On Hold: 911 Dispatch Staffing")
    make(RESPONSE, "response", "Board of Supervisors - Response to Grand Jury Report No. 2526-04")
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["thanks the members of the Grand Jury for their service",
                      "the Board has no data that links overtime",
                      "please contact the Clerk of the Board at"],
                     "Advice: a California-style civil grand jury final report (Summary, Background, Methodology, "
                     "Discussion, Findings F1-F8, Recommendations R1-R7 as bold CODED hanging labels after 'The "
                     "Grand Jury recommends that:', each ending in a finding cross-reference '(F1, F2, F3)'). "
                     "Traps: eight coded FINDINGS F1-F8 just before the recommendations; the 2021-2022 Grand "
                     "Jury's recommendation quoted ('The Board of Supervisors should direct the Sheriff ...'); "
                     "NENA 'should be answered within 15 seconds'; a dispatcher's 'should not have to choose'; "
                     "'the background check must be completed by the Sheriff's Office'; Penal Code sections 933 "
                     "and 933.05; a 'Request for Responses' table listing 'R1 - R7' and 'R2, R4, R6'; dates in "
                     "every recommendation. Response: the Board of Supervisors' letter to the Presiding Judge with "
                     "bold run-in labels 'R5 (retention bonus).' etc. in another order R5, R2, R1+R7, R4, R3 with "
                     "the statutory forms: 'will not be implemented because it is not warranted' (5 disagrees); "
                     "'has been implemented' (2 agrees); ONE paragraph 'R1 and R7' = four positions not six, 'will "
                     "be implemented in part' (1 partly) + 'requires further analysis', joint report within six "
                     "months (7 noted); 'has not yet been implemented, but will be implemented in the future' "
                     "with a contract awarded (4 agrees); 'will not be implemented because it is not reasonable "
                     "at this time' (3 disagrees). R6 (publish call-answering times) is not answered. Unmatched: "
                     "the opening paragraph, the 'Responses to Findings' section (agrees/disagrees with findings, "
                     "no recommendation), the closing.")
    sys.exit(H.main([NAME]))
