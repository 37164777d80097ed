"""Round 149 (EN): the independent chair's ANNUAL REPORT of a council's FOSTERING PANEL to the agency decision
maker, answered by the decision maker's LETTER to the chair, which cites the recommendations by ORDINAL ('Your first
recommendation'), by PARAPHRASE ('You recommend that the panel adviser post ...') or by theme, in another order, one
paragraph answering two with different verdicts, one left out.
The advice: sections 1-8; the seven recommendations are UNNUMBERED SENTENCES IN RUNNING TEXT ('The panel recommends
that ...', 'We recommend that ...', 'Finally, the panel recommends that ...'), each after ordinary text of the same
paragraph, not bold. Traps: a table of panel business; the regulations paraphrased ('the fostering service must
maintain a central list ...'); last year's recommendation QUOTED ('Panel papers should be sent to members at least
ten working days ...'); a foster carer quoted ('someone should tell you ...'); 'We do not recommend increasing the
number of panel meetings'.
The response: thanks (nothing); 'Your first recommendation' accepted (1 agrees); the panel adviser post filled (7
agrees); care experienced members, one this year, not two (3 partly); ONE paragraph on the 'fourth and fifth
points': first annual reviews stay with the reviewing officers (4 disagrees), allowances published but not the fee
bands (5 partly); joint training 'noted' (6 noted); a welcome pack for carers' own children 'not a matter the panel
raised' (unmatched); closing (nothing); 2, the video call before panel, never (unanswered).
reportlab platypus, A4, cleaned Liberation Sans (advice) / Serif (response), invariant=1; header and 'Page N of M'
stamped from page 2. The Fostering Services Regulations 2011 are named as context only (what is said of them is
paraphrased and not to be relied on); the council, the panel, people, figures and references are invented.
Run:  /tmp/blind149en/bin/python tests/docs/src/blind149/gen_en_fostering_panel_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b149en as H
from gen_en_quinquennial_reportlab import fonts, styles, grid
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

NAME = "blind149_en_fostering_panel"
TEAL = colors.HexColor("#1d5e6e")


def advice():
    fonts()
    S = styles("LA", 9.5, TEAL)
    f = []
    f.append(Paragraph("THORNLEIGH BOROUGH COUNCIL &#183; Children's Social Care &#183; Fostering Service &#183; "
                       "FP/AR/2024-25", S["sub"]))
    f.append(Paragraph("Fostering Panel: Annual Report of the Independent Chair, April 2024 to March 2025",
                       S["h1"]))
    f.append(Paragraph("To: Kwame Latimer-Boyd, Service Director, Children's Social Care (Agency Decision Maker). "
                       "From: Dr Rosalind Achterberg, Independent Chair. 30 May 2025.", S["sub"]))
    f.append(Spacer(1, 2 * mm))
    f.append(Paragraph("1 Purpose of this report", S["h2"]))
    f.append(Paragraph(
        "This report describes the work of the fostering panel in 2024-25 and gives the panel's view of the "
        "quality of the work presented to it. Under the Fostering Services Regulations 2011 the fostering service "
        "must maintain a central list of people suitable to sit on its panels, and the panel must give advice "
        "on the quality of the reports it receives. The panel makes recommendations on individual cases; "
        "decisions are made by the Agency Decision Maker.", S["body"]))
    f.append(Paragraph("2 Panel business", S["h2"]))
    f.append(grid(S, ["Business", "2023-24", "2024-25"],
                  [["Panel meetings held", "12", "11"],
                   ["New mainstream foster carers approved", "14", "9"],
                   ["Family and friends (kinship) carers approved", "11", "16"],
                   ["Reviews and changes of approval", "23", "27"],
                   ["Resignations and terminations considered", "10", "13"]], [90, 35, 35], TEAL))
    f.append(Spacer(1, 1.5 * mm))
    f.append(Paragraph(
        "Kinship assessments now make up most of the panel's work, and they are often done under time limits set "
        "by the courts.", S["body"]))
    f.append(Paragraph("3 Quality of reports", S["h2"]))
    f.append(Paragraph(
        "Most assessments were thorough and well written, and the analysis of the applicants' own childhood was "
        "a strength. Last year the panel asked that:", S["body"]))
    f.append(Paragraph("'Panel papers should be sent to members at least ten working days before each meeting.'",
                       S["quote"]))
    f.append(Paragraph(
        "This was achieved for nine of the 11 meetings. The problem now lies earlier: a third of Form F "
        "assessments reached the panel adviser less than a week before the papers went out, which left no time "
        "for her quality check. The panel recommends that assessing social workers send completed Form F reports "
        "to the panel adviser at least 15 working days before the meeting at which they are to be heard.",
        S["body"]))
    f.append(Paragraph("4 Applicants' experience of panel", S["h2"]))
    f.append(Paragraph(
        "Feedback forms were returned by 31 applicants. Most felt they had been treated with respect, but several "
        "said they were nervous and did not know what to expect. One foster carer wrote: 'someone should tell you "
        "what happens on the day, and who all the people round the table are.' We recommend that every applicant "
        "is offered a short video call with the panel adviser in the week before panel, to explain how the "
        "meeting works.", S["body"]))
    f.append(Paragraph("5 Membership of the central list", S["h2"]))
    f.append(Paragraph(
        "The central list has 14 members, including three foster carers. There is no member under 35 and only "
        "one member who grew up in care. The panel recommends that the service recruit at least two care "
        "experienced adults to the central list during 2025-26. We do not recommend increasing the number of "
        "panel meetings, since eleven meetings were enough for the year's business.", S["body"]))
    f.append(Paragraph("6 Reviews and support of foster carers", S["h2"]))
    f.append(Paragraph(
        "At present only first reviews where there have been concerns come to panel. Two of this year's "
        "terminations involved carers in their first year whose difficulties were not picked up early. The panel "
        "recommends that the first annual review of every newly approved foster carer is presented to panel, "
        "whatever its outcome.", S["body"]))
    f.append(Paragraph(
        "Several applicants told the panel they had not understood what they would be paid until late in the "
        "assessment, and two withdrew for that reason. The panel also recommends that the service publish its "
        "fostering allowances and fee bands in full on the council website.", S["body"]))
    f.append(Paragraph("7 Training", S["h2"]))
    f.append(Paragraph(
        "Panel members attended two training sessions, on kinship assessments and on the changes to the "
        "standards. We recommend that joint training for panel members and the Agency Decision Maker be held at "
        "least once a year, including a session on unconscious bias.", S["body"]))
    f.append(Paragraph("8 Resources", S["h2"]))
    f.append(Paragraph(
        "The panel adviser post has been vacant since January 2025 and covered by two agency workers in turn, "
        "which has affected the quality checks described in section 3. Finally, the panel recommends that the "
        "panel adviser post be filled on a permanent basis as soon as possible.", S["body"]))
    f.append(Paragraph(
        "I would like to thank panel members, the panel administrator and the social workers who presented to "
        "the panel this year.", S["body"]))
    f.append(Paragraph("Dr Rosalind Achterberg, Independent Chair, Thornleigh Fostering Panel", S["sub"]))
    doc = SimpleDocTemplate(H.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Fostering Panel: Annual Report of the Independent Chair 2024-25",
                            author="Thornleigh Borough Council")
    doc.build(f)


def response():
    fonts()
    S = styles("LR", 10, TEAL)
    f = []
    f.append(Paragraph("THORNLEIGH BOROUGH COUNCIL", S["h2"]))
    f.append(Paragraph("Children's Social Care &#183; Civic Centre, Market Street, Thornleigh TH1 1AA", S["sub"]))
    f.append(Spacer(1, 3 * mm))
    for line in ("Dr Rosalind Achterberg", "Independent Chair, Thornleigh Fostering Panel", "By email"):
        f.append(Paragraph(line, S["addr"]))
    f.append(Spacer(1, 3 * mm))
    f.append(Paragraph("Our ref: CSC/KLB/0719", S["addr"]))
    f.append(Paragraph("11 July 2025", S["body"]))
    f.append(Paragraph("Dear Dr Achterberg,", S["body"]))
    f.append(Paragraph("<b>Fostering Panel annual report 2024-25</b>", S["body"]))
    f.append(Paragraph(
        "Thank you for your annual report, which I read with interest and discussed with the Head of Fostering "
        "and the Fostering Manager. I am grateful to you and to the panel members for a demanding year, above all "
        "the rise in kinship work.", S["body"]))
    f.append(Paragraph(
        "Your first recommendation, on the time allowed for quality checks, is accepted. From September the "
        "assessing social workers will send their Form F reports to the panel adviser three weeks before panel, "
        "and the Fostering Manager will sign off any exception.", S["body"]))
    f.append(Paragraph(
        "You recommend that the panel adviser post be filled permanently. I agree, and I am pleased to say that "
        "Ms Harriet Osei-Lindqvist has been appointed and starts on 4 August.", S["body"]))
    f.append(Paragraph(
        "I share the panel's wish to hear from people who grew up in care. The Care Leavers' Forum will help us "
        "find one new member this year; recruiting two in a single year is not realistic given the training and "
        "checks involved, and the second place will be filled in 2026-27.", S["body"]))
    f.append(Paragraph(
        "Your fourth and fifth points concern carers in their first year and what carers are paid. I have "
        "decided to keep the present arrangement under which first reviews without concerns are approved by the "
        "independent reviewing officer, since adding all of them would lengthen panel agendas by about a third. "
        "On pay, the allowances will go on the website in September; the fee bands will follow only when the "
        "current review of fees is finished, which may not be before April.", S["body"]))
    f.append(Paragraph(
        "I have noted the suggestion of yearly joint training with panel members and will raise it with the "
        "workforce development team when next year's programme is drawn up.", S["body"]))
    f.append(Paragraph(
        "We are also preparing a welcome pack for the sons and daughters of foster carers, though this is not a "
        "matter the panel raised.", S["body"]))
    f.append(Paragraph(
        "Thank you again for your leadership of the panel. I look forward to meeting panel members at the "
        "development day in October.", S["body"]))
    f.append(Paragraph("Yours sincerely,", S["body"]))
    f.append(Spacer(1, 5 * mm))
    f.append(Paragraph("Kwame Latimer-Boyd", S["addr"]))
    f.append(Paragraph("Service Director, Children's Social Care", S["addr"]))
    doc = SimpleDocTemplate(H.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Fostering Panel annual report 2024-25: reply",
                            author="Thornleigh Borough Council")
    doc.build(f)


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Thornleigh Borough Council - Fostering Panel annual report "
            "2024-25", footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Thornleigh Borough Council - CSC/KLB/0719",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": "1", "starts_with": "The panel recommends that assessing social workers send completed Form F",
         "reply_contains": "Your first recommendation, on the time allowed for quality checks",
         "verdict": "agrees"},
        {"number": "2", "starts_with": "We recommend that every applicant is offered a short video call",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "3", "starts_with": "The panel recommends that the service recruit at least two care",
         "reply_contains": "recruiting two in a single year is not realistic",
         "verdict": "partly"},
        {"number": "4", "starts_with": "The panel recommends that the first annual review of every newly",
         "reply_contains": "decided to keep the present arrangement under which first reviews",
         "verdict": "disagrees"},
        {"number": "5", "starts_with": "The panel also recommends that the service publish its fostering allowances",
         "reply_contains": "the allowances will go on the website in September",
         "verdict": "partly"},
        {"number": "6", "starts_with": "We recommend that joint training for panel members and the",
         "reply_contains": "I have noted the suggestion of yearly joint training",
         "verdict": "noted"},
        {"number": "7", "starts_with": "Finally, the panel recommends that the panel adviser post be filled",
         "reply_contains": "Ms Harriet Osei-Lindqvist has been appointed and starts on 4 August",
         "verdict": "agrees"},
    ]
    unmatched = ["preparing a welcome pack for the sons and daughters of foster carers"]
    notes = ("Advice: the independent chair's ANNUAL REPORT of a council FOSTERING PANEL to the agency decision "
             "maker. The seven recommendations are UNNUMBERED, NOT BOLD SENTENCES IN RUNNING TEXT, each after "
             "ordinary text of its paragraph: 'The panel recommends that ...' (1, 3, 4), 'We recommend that ...' "
             "(2, 6), 'The panel also recommends that ...' (5), 'Finally, the panel recommends that ...' (7). "
             "Traps: a table of panel business; the regulations paraphrased ('the fostering service must maintain "
             "a central list ...'); last year's recommendation QUOTED ('Panel papers should be sent to members at "
             "least ten working days before each meeting.'), achieved at nine meetings; a foster carer quoted "
             "('someone should tell you what happens on the day ...'); 'We do not recommend increasing the number "
             "of panel meetings'. Response: the decision maker's LETTER, other order: 'Your first recommendation' "
             "accepted, three weeks (1 agrees); 'You recommend that the panel adviser post be filled "
             "permanently. I agree' (7 agrees); one care experienced member this year, two 'not realistic' (3 "
             "partly); ONE paragraph on 'Your fourth and fifth points': first reviews stay with the reviewing "
             "officer (4 disagrees), allowances published in September but the fee bands only after the fees "
             "review (5 partly); 'I have noted the suggestion of yearly joint training' (6 noted); a welcome pack "
             "for carers' children 'not a matter the panel raised' (unmatched); 2, the video call before panel, "
             "never mentioned (unanswered). Introduction and closing answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
