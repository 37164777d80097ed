"""Round 148 (EN): an INDEPENDENT REVIEW commissioned by a university's governing Council after the deaths of six
students, answered by the Council's published RESPONSE TO THE INDEPENDENT REVIEW under its own theme headings, citing
the recommendation LETTERS in brackets for some replies and only the subject for others, in another order, one
paragraph answering two with different verdicts, one left out.
The advice: sections 1-7; the seven recommendations are SHADED BOXES LETTERED 'Recommendation A' to 'Recommendation
G' at the end of the sections they arise from, the letter in a separate cell from the text. Traps: KEY THEMES
NUMBERED 1-5 in the summary; the university's 2021 wellbeing strategy QUOTED ('Every student should have a personal
tutor ...'); a student quoted ('someone should have noticed ...'); the coroner's duty paraphrased ('a coroner must
report ...'); 'We do not recommend that the University introduce compulsory attendance monitoring ...'; a table of
waiting times.
The response: foreword (nothing); absence follow-up (B agrees); personal tutors (A agrees); counselling, four more
counsellors and a 15 day target (D partly); ONE paragraph on families: a trusted contact at registration (C agrees),
no separate published report on deaths (G disagrees); misconduct procedures noted for Senate's review (F noted); a
new Dean of Students 'which the review did not propose' (unmatched); closing (nothing); E, staff training, never
(unanswered).
reportlab platypus, A4, cleaned Liberation Serif / Sans, invariant=1; header and 'Page N of M' stamped from page 2.
The coroner's reporting duty is named as context only (what is said of it is paraphrased and not to be relied on);
the university, the reviewer, people, figures and references are invented; no student is named.
Run:  /tmp/blind148en/bin/python tests/docs/src/blind148/gen_en_student_deaths_review_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b148en as H
from gen_en_legionella_reportlab import fonts, styles, numbered, grid
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "blind148_en_student_deaths_review"
PLUM = colors.HexColor("#4b2452")
FOREST = colors.HexColor("#24513a")
SHADE = colors.HexColor("#f1eaf2")

RECS = {
    "A": "Give every first year undergraduate a named personal tutor who meets them individually at least three "
         "times during their first term.",
    "B": "Adopt a single procedure across all schools for following up any student who has not attended teaching "
         "or engaged online for 14 days, including a welfare check in person where there is no reply.",
    "C": "Ask every student at registration whether the University may contact a trusted person of their choice "
         "if there are serious concerns for their safety, and record the answer.",
    "D": "Double the number of counsellors in the Student Wellbeing Service, so that no student waits more than "
         "ten working days for a first appointment.",
    "E": "Train all academic and professional staff who have regular contact with students in suicide awareness "
         "and safety planning by the end of 2026.",
    "F": "Revise the academic misconduct and fitness to practise procedures so that a student is offered welfare "
         "support at the same time as being told of a hearing.",
    "G": "Publish an annual report to Council on student deaths and the actions taken in response, agreed with "
         "bereaved families and shared with the Students' Union.",
}


def box(S, letter):
    lab = ParagraphStyle("lab", parent=S["body"], fontName="LR-B", textColor=PLUM, spaceAfter=0)
    txt = ParagraphStyle("txt", parent=S["body"], fontName="LR-B", spaceAfter=0)
    t = Table([[Paragraph(f"Recommendation {letter}", lab), Paragraph(RECS[letter], txt)]],
              colWidths=[34 * mm, 126 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SHADE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBEFORE", (0, 0), (0, -1), 2.2, PLUM),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                           ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
    return [Spacer(1, 0.5 * mm), t, Spacer(1, 2.5 * mm)]


def advice():
    fonts()
    S = styles("LR", 9.8, PLUM)
    f = []
    f.append(Paragraph("UNIVERSITY OF CASTLEBRIDGE &#183; Independent review commissioned by the University Council "
                       "&#183; Ref. UC/IR/2025 &#183; October 2025", S["sub"]))
    f.append(Paragraph("Independent Review of Student Deaths 2023-2025: Learning and Recommendations", S["h1"]))
    f.append(Paragraph("Dr Helena Marchetti-Obi, independent reviewer", S["sub"]))
    f.append(Paragraph("Summary", S["h2"]))
    f.append(Paragraph(
        "Between September 2023 and March 2025 six students of the University of Castlebridge died. Five of the "
        "deaths have been, or are expected to be, found by the coroner to be suicides. The Council asked me to "
        "review what the University knew, what it did, and what it could learn. This review does not find fault "
        "with any individual. Five themes run through it:", S["body"]))
    for n, t in enumerate([
        "Students who were struggling often withdrew quietly, and nobody noticed in time.",
        "Information held by different parts of the University was not brought together.",
        "Families were not contacted even when staff were seriously worried.",
        "Students waited too long for counselling at the times of highest demand.",
        "Disciplinary and academic processes added pressure at moments of crisis.",
    ], 1):
        numbered(S, f, f"{n}.", t, w=7)
    f.append(Paragraph("1 The review", S["h2"]))
    f.append(Paragraph(
        "I read the University's records for each student, with the agreement of four of the six families, and "
        "met 41 staff, 58 students and the officers of the Students' Union. Where a coroner is concerned that "
        "further deaths may occur, the coroner must, as I understand it, report that concern to those who can act "
        "on it; no such report has been made to the University.", S["body"]))
    f.append(Paragraph("2 The first year", S["h2"]))
    f.append(Paragraph(
        "Three of the students who died were in their first year. The University's Student Wellbeing Strategy of "
        "2021 says:", S["body"]))
    f.append(Paragraph("\"Every student should have a personal tutor whom they know by name and can turn to.\"",
                       S["quote"]))
    f.append(Paragraph(
        "In practice, in some schools a first year student shares a tutor with more than 40 others and may meet "
        "the tutor only in a group.", S["body"]))
    f += box(S, "A")
    f.append(Paragraph("3 Noticing absence", S["h2"]))
    f.append(Paragraph(
        "Each school follows up absence in its own way, and in two cases a student had not been seen for over a "
        "month before anyone tried to make contact. One student told me that \"someone should have noticed that I "
        "had disappeared\". We do not recommend that the University introduce compulsory attendance monitoring by "
        "card or app for all students; the students we met were strongly opposed to it.", S["body"]))
    f += box(S, "B")
    f.append(Paragraph("4 Families and trusted contacts", S["h2"]))
    f.append(Paragraph(
        "Staff were unsure whether they were allowed to contact a family without the student's consent, and "
        "usually did not. Families told me they would have wanted to know. The deaths have been discussed at "
        "Council only in confidential session.", S["body"]))
    f += box(S, "C")
    f.append(Paragraph("5 Counselling", S["h2"]))
    f.append(Paragraph(
        "Demand for counselling is highest in the autumn term, when two of the deaths occurred. Waiting times over "
        "the last year were as follows:", S["body"]))
    f.append(grid(S, ["Period", "Counsellors (FTE)", "Median wait, first appointment", "Longest wait"],
                  [["October to December 2024", "8.6", "17 working days", "34 working days"],
                   ["January to March 2025", "8.6", "12 working days", "26 working days"],
                   ["April to June 2025", "9.0", "9 working days", "19 working days"]], [50, 32, 44, 34],
                  PLUM))
    f += box(S, "D")
    f.append(Paragraph("6 Staff", S["h2"]))
    f.append(Paragraph(
        "Most staff I met wanted to help but did not know how to ask a student about suicide or what to do next. "
        "Training is offered, but only 11 per cent of academic staff have taken it.", S["body"]))
    f += box(S, "E")
    f.append(Paragraph("7 Procedures and openness", S["h2"]))
    f.append(Paragraph(
        "Two of the students had been told of a misconduct or fitness to practise hearing in the weeks before "
        "they died, by letters that offered no support. The University has not reported on student deaths in "
        "public, and the Students' Union told me that rumour filled the gap.", S["body"]))
    f += box(S, "F")
    f += box(S, "G")
    f.append(Paragraph("I thank the families, students and staff who spoke to me. I ask the Council to publish its "
                       "response to this review within three months.", S["body"]))
    doc = SimpleDocTemplate(H.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=21 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Independent Review of Student Deaths 2023-2025",
                            author="Dr Helena Marchetti-Obi")
    doc.build(f)


def response():
    fonts()
    S = styles("LA", 9.6, FOREST)
    f = []
    f.append(Paragraph("UNIVERSITY OF CASTLEBRIDGE &#183; Office of the Secretary to Council &#183; 15 January "
                       "2026", S["sub"]))
    f.append(Paragraph("Response of the University Council to the Independent Review of Student Deaths 2023-2025",
                       S["h1"]))
    f.append(Paragraph("Foreword from the Chair of Council", S["h2"]))
    f.append(Paragraph(
        "Council received Dr Marchetti-Obi's review at its meeting on 4 December 2025. We are deeply sorry for the "
        "loss of six members of our community, and we thank the families who shared their experiences so "
        "generously. This document sets out what Council has decided. - Sir Raymond Ellerby-Kwan, Chair of "
        "Council", S["body"]))
    f.append(Paragraph("When a student goes quiet", S["h2"]))
    f.append(Paragraph(
        "Council accepts Recommendation B in full. A single procedure for all schools will apply from February "
        "2026: a student who has not engaged for 14 days will be contacted by phone and email, and if there is no "
        "reply within 48 hours a member of the Residence Life team or the Wellbeing Service will call in person.",
        S["body"]))
    f.append(Paragraph("Personal tutoring", S["h2"]))
    f.append(Paragraph(
        "From September 2026 every first year undergraduate will have a named personal tutor with no more than 15 "
        "tutees, and three individual meetings in the first term will be built into the timetable (Recommendation "
        "A).", S["body"]))
    f.append(Paragraph("Counselling", S["h2"]))
    f.append(Paragraph(
        "Council has approved funding for four additional counsellors, taking the service to 13 full time posts. "
        "Having taken advice from the Head of Wellbeing, Council believes that doubling the service would not be "
        "sustainable; our target will be a first appointment within 15 working days at all times of the year.",
        S["body"]))
    f.append(Paragraph("Families and openness", S["h2"]))
    f.append(Paragraph(
        "Students enrolling from September 2026 will be asked to name a trusted contact whom the University may "
        "call in an emergency, and the answer will be held on the student record (Recommendation C). Council has "
        "decided against an annual published report on student deaths (Recommendation G); several families told "
        "us they did not want their child's death to become a statistic in a public paper, and Council will "
        "instead receive a confidential report each term.", S["body"]))
    f.append(Paragraph("Academic procedures", S["h2"]))
    f.append(Paragraph(
        "Council notes what the review says about misconduct and fitness to practise hearings. Senate is already "
        "reviewing the academic regulations and has been asked to take account of this when it reports in the "
        "summer.", S["body"]))
    f.append(Paragraph("Leadership", S["h2"]))
    f.append(Paragraph(
        "Council has also created the post of Dean of Students, which the review did not propose, to lead this "
        "work and to report to Council twice a year.", S["body"]))
    f.append(Paragraph("Next steps", S["h2"]))
    f.append(Paragraph(
        "Progress will be overseen by Council's Student Experience Committee. We will meet the families again in a "
        "year's time. Anyone affected by this review can contact the Student Wellbeing Service on 01632 960 448.",
        S["body"]))
    doc = SimpleDocTemplate(H.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm,
                            topMargin=21 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Response of Council to the Independent Review",
                            author="University of Castlebridge")
    doc.build(f)


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="University of Castlebridge - Independent Review of Student Deaths "
            "2023-2025", footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="University of Castlebridge - Response of Council",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": "A", "starts_with": "Give every first year undergraduate a named personal tutor who",
         "reply_contains": "three individual meetings in the first term will be built into",
         "verdict": "agrees"},
        {"number": "B", "starts_with": "Adopt a single procedure across all schools for following up",
         "reply_contains": "Council accepts Recommendation B in full",
         "verdict": "agrees"},
        {"number": "C", "starts_with": "Ask every student at registration whether the University may contact",
         "reply_contains": "will be asked to name a trusted contact whom the University",
         "verdict": "agrees"},
        {"number": "D", "starts_with": "Double the number of counsellors in the Student Wellbeing Service",
         "reply_contains": "doubling the service would not be sustainable",
         "verdict": "partly"},
        {"number": "E", "starts_with": "Train all academic and professional staff who have regular contact",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "F", "starts_with": "Revise the academic misconduct and fitness to practise procedures",
         "reply_contains": "Senate is already reviewing the academic regulations",
         "verdict": "noted"},
        {"number": "G", "starts_with": "Publish an annual report to Council on student deaths and",
         "reply_contains": "Council has decided against an annual published report on student deaths",
         "verdict": "disagrees"},
    ]
    unmatched = ["Council has also created the post of Dean of Students"]
    notes = ("Advice: an INDEPENDENT REVIEW commissioned by a university's Council after the deaths of six students. "
             "The seven recommendations are SHADED BOXES at the end of the sections they arise from, LETTERED "
             "'Recommendation A' to 'Recommendation G' in a separate cell (F and G together after section 7), in "
             "the imperative. Traps: KEY THEMES NUMBERED 1-5; the 2021 wellbeing strategy QUOTED ('Every student "
             "should have a personal tutor ...'); a student quoted ('someone should have noticed ...'); the "
             "coroner's reporting duty paraphrased ('the coroner must ... report that concern'); 'We do not "
             "recommend that the University introduce compulsory attendance monitoring ...'; a table of "
             "counselling waiting times. Response: the Council's RESPONSE under its own theme headings, in the "
             "order B, A, D, C+G, F: 'Council accepts Recommendation B in full' (B agrees); personal tutors from "
             "September 2026, '(Recommendation A)' at the end (A agrees); counselling without a letter, four more "
             "counsellors, doubling 'would not be sustainable', 15 working days (D partly); ONE paragraph "
             "'Families and openness': a trusted contact at registration (C agrees), 'decided against an annual "
             "published report' (G disagrees); misconduct procedures 'Council notes', left to Senate's review (F "
             "noted); a Dean of Students 'which the review did not propose' (unmatched); staff suicide awareness "
             "training never mentioned (E unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
