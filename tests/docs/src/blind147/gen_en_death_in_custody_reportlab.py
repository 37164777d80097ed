"""Round 147 (EN): a prisons ombudsman's FATAL INCIDENT INVESTIGATION REPORT into the death of a prisoner from a
heart attack, answered by the prison service's ACTION PLAN (a table 'No. | Recommendation | Accepted /
Not accepted | Action taken or planned | Owner | Target date') that NUMBERS the recommendations itself 1-6, quotes
them in full, in another order, one addressed to the group director 'noted', one left out.
The advice: sections 1-7; the seven recommendations are UNNUMBERED BOLD INDENTED PARAGRAPHS placed at the end of the
sections they arise from, each opening with its addressee ('The Governor should ...', 'The Head of Healthcare
should ...', 'The Prison Group Director should ...'). Traps: KEY FINDINGS NUMBERED 1-8 in the summary; a 2021
recommendation of the ombudsman QUOTED ('The Governor should ensure that emergency response bags ...'); the national
instruction on medical emergency codes paraphrased ('staff must call a code ...'); the clinical reviewer's
conclusions; 'We do not recommend any change to the prescribing ...'; 'good practice' noted.
The response: covering note (nothing); rows in the order 2, 3, 4, 1, 6, 5 (numbered 1-6 by the table) plus
'Additional action': code calling (2 agrees), bags and defibrillators (3 agrees), night cell entry (4 disagrees),
chest pain (1 partly), family liaison (6 agrees), staffing review (5 noted), body-worn cameras (unmatched); the hot
debrief (7) never (unanswered).
reportlab platypus, A4, cleaned Liberation Sans / Serif, invariant=1; header and 'Page N of M' stamped from page 2.
The national instruction on medical emergency codes is named as context only (what is said of it is paraphrased and
not to be relied on); the ombudsman, the prison, people, figures and references are invented.
Run:  /tmp/blind147en/bin/python tests/docs/src/blind147/gen_en_death_in_custody_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b147en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "blind147_en_death_in_custody"
INK = colors.HexColor("#3a2a5e")
SLATE = colors.HexColor("#2f4f4f")
SHADE = colors.HexColor("#eeeaf5")


def fonts():
    for fam in ("Serif", "Sans"):
        k = "LR" if fam == "Serif" else "LA"
        pdfmetrics.registerFont(TTFont(k, H.clean_font(f"Liberation{fam}-Regular.ttf")))
        pdfmetrics.registerFont(TTFont(k + "-B", H.clean_font(f"Liberation{fam}-Bold.ttf")))
        pdfmetrics.registerFont(TTFont(k + "-I", H.clean_font(f"Liberation{fam}-Italic.ttf")))
        pdfmetrics.registerFontFamily(k, normal=k, bold=k + "-B", italic=k + "-I", boldItalic=k + "-B")


def styles(fam, size, ink):
    body = ParagraphStyle("b", fontName=fam, fontSize=size, leading=size * 1.34, spaceAfter=1.9 * mm)
    return {
        "body": body,
        "h1": ParagraphStyle("h1", parent=body, fontName=fam + "-B", fontSize=14.5, leading=18, textColor=ink),
        "h2": ParagraphStyle("h2", parent=body, fontName=fam + "-B", fontSize=10.8, leading=13.5, textColor=ink,
                             spaceBefore=2 * mm, spaceAfter=1.2 * mm, keepWithNext=1),
        "sub": ParagraphStyle("sub", parent=body, fontSize=8.4, leading=11, textColor=colors.HexColor("#555555")),
        "quote": ParagraphStyle("q", parent=body, leftIndent=12 * mm, rightIndent=6 * mm, fontName=fam + "-I"),
        "rec": ParagraphStyle("r", parent=body, fontName=fam + "-B", leftIndent=10 * mm, rightIndent=4 * mm,
                              spaceBefore=0.5 * mm, spaceAfter=2.6 * mm),
        "cell": ParagraphStyle("c", parent=body, fontSize=size - 1.2, leading=(size - 1.2) * 1.27, spaceAfter=0),
        "hcell": ParagraphStyle("hc", parent=body, fontName=fam + "-B", fontSize=size - 1.2,
                                leading=(size - 1.2) * 1.27, spaceAfter=0, textColor=colors.white),
    }


def numbered(S, f, num, text, w=9):
    f.append(Table([[Paragraph(num, S["body"]), Paragraph(text, S["body"])]], colWidths=[w * mm, (160 - w) * mm],
                   hAlign="LEFT", style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])))


R = {
    2: "The Governor should ensure that staff call a medical emergency code without delay whenever a prisoner is "
       "unresponsive or has difficulty breathing, and that control room staff request an ambulance automatically "
       "when a code is called.",
    3: "The Head of Healthcare should ensure that the emergency response bag on every wing is checked each week "
       "against its contents list and that every defibrillator is tested and recorded as working.",
    1: "The Head of Healthcare should make sure that any prisoner who reports chest pain is seen by a nurse on the "
       "same day and has an electrocardiogram where this is clinically indicated.",
    4: "The Governor should review the night procedures so that an officer may enter a cell without waiting for a "
       "second officer when there is an immediate risk to life.",
    6: "The Governor should ensure that the family liaison officer contacts the prisoner's next of kin in person "
       "within four hours of a death being confirmed.",
    5: "The Prison Group Director should commission an independent review of night staffing on house block 3, "
       "taking account of the number of older prisoners with long-term health conditions.",
    7: "The Governor should ensure that a hot debrief is held with all staff involved in the emergency response "
       "before they go off duty, and that a written record of the debrief is kept.",
}


def advice():
    fonts()
    S = styles("LR", 9.6, INK)
    f = []
    f.append(Paragraph("PRISONS AND SECURE SETTINGS OMBUDSMAN &#183; Fatal incident investigation &#183; Ref. "
                       "F-2025-0219 &#183; Final report, 11 September 2025", S["sub"]))
    f.append(Paragraph("Independent investigation into the death of Mr Carl Devereux, a prisoner at HMP Kestrel "
                       "Ridge, on 14 February 2025", S["h1"]))
    f.append(Paragraph("Summary", S["h2"]))
    f.append(Paragraph(
        "Mr Carl Devereux died in hospital on 14 February 2025 from a heart attack. He was 61 years old and had "
        "been at HMP Kestrel Ridge, a category C training prison holding 742 men, since May 2023. We offer our "
        "condolences to Mr Devereux's family and friends. Our key findings are:", S["body"]))
    for n, t in enumerate([
        "Mr Devereux told a nurse on 12 February that he had had chest pain overnight. He was given an appointment "
        "for the following week.",
        "At 02:47 on 14 February Mr Devereux pressed his cell bell. The night patrol officer found him on the floor, "
        "breathing noisily, but did not call a medical emergency code for seven minutes.",
        "The cell was not opened until a second officer arrived at 03:06, nineteen minutes after the cell bell.",
        "The emergency response bag on the wing had no oxygen mask and the defibrillator battery was flat.",
        "The ambulance was not called until 03:01 because the control room waited for the officer's assessment.",
        "The clinical reviewer found that the care Mr Devereux received was not equivalent to that he could have "
        "expected in the community.",
        "Mr Devereux's sister was told of his death by telephone eleven hours after it was confirmed.",
        "No debrief was held for the staff who took part in the emergency response.",
    ], 1):
        numbered(S, f, f"{n}.", t, w=7)
    f.append(Paragraph("1 The investigation", S["h2"]))
    f.append(Paragraph(
        "The investigator, Ms Rhiannon Tavistock-Obi, visited the prison on 24 February 2025, examined the prison "
        "and healthcare records, watched the body-worn camera footage and interviewed nine members of staff and two "
        "prisoners. NHS Westmarch commissioned a clinical review from Dr Ashok Pendleton-Reyes, a GP with "
        "experience of prison healthcare. Mr Devereux's sister, Mrs Lorraine Ashby, asked why her brother had not "
        "been seen sooner, and we have tried to answer her questions in this report.", S["body"]))
    f.append(Paragraph("2 Healthcare before the emergency", S["h2"]))
    f.append(Paragraph(
        "Mr Devereux had high blood pressure and type 2 diabetes. On 12 February he told a nurse at the medication "
        "hatch that he had woken with pain in his chest and left arm. The nurse recorded the conversation and "
        "booked a routine GP appointment for 19 February. She told the investigator that there was no way of "
        "recording an electrocardiogram on the wing and that the healthcare centre was short of staff that day. "
        "The clinical reviewer concluded that Mr Devereux should have been assessed urgently.", S["body"]))
    f.append(Paragraph(R[1], S["rec"]))
    f.append(Paragraph(
        "The clinical reviewer was satisfied that Mr Devereux's medicines were appropriate and were reviewed "
        "regularly. We do not recommend any change to the prescribing arrangements at the prison.", S["body"]))
    f.append(Paragraph("3 The emergency response", S["h2"]))
    f.append(Paragraph(
        "The national instruction on medical emergency response codes, as we summarise it, says that staff must "
        "call a code immediately if a prisoner is unconscious, not breathing or having difficulty breathing, and "
        "that an ambulance must then be called by the control room without waiting for more information. The "
        "officer told us he had wanted to be sure before \"raising the alarm for nothing\".", S["body"]))
    f.append(Paragraph(R[2], S["rec"]))
    f.append(Paragraph(
        "When the nurse arrived, the oxygen mask was missing from the bag and the defibrillator did not switch "
        "on. We raised the same problem after the death of another prisoner at Kestrel Ridge in 2021, when we "
        "recommended:", S["body"]))
    f.append(Paragraph("\"The Governor should ensure that emergency response bags are sealed and checked after "
                       "every use and that all staff know where they are kept.\"", S["quote"]))
    f.append(Paragraph("The prison accepted that recommendation, but the weekly checks had lapsed by 2024.",
                       S["body"]))
    f.append(Paragraph(R[3], S["rec"]))
    f.append(Paragraph("4 Night-time arrangements", S["h2"]))
    f.append(Paragraph(
        "Local procedures at Kestrel Ridge require two officers to be present before a cell is unlocked at night. "
        "Only one officer was on duty in house block 3, which holds 118 men, a third of them over 55. The night "
        "orderly officer was dealing with an incident on another wing and arrived nineteen minutes after the cell "
        "bell. Officers are allowed to enter a cell alone if life is at risk, but staff did not understand this.",
        S["body"]))
    f.append(Paragraph(R[4], S["rec"]))
    f.append(Paragraph(R[5], S["rec"]))
    f.append(Paragraph("5 Contact with the family", S["h2"]))
    f.append(Paragraph(
        "The prison's family liaison officer was not on duty on 14 February. Mrs Ashby was telephoned at 14:20 by "
        "a manager who did not know her brother. She told us that she should never have heard the news in that "
        "way. The prison offered a contribution to the funeral costs in line with national policy.", S["body"]))
    f.append(Paragraph(R[6], S["rec"]))
    f.append(Paragraph("6 Support for staff and prisoners", S["h2"]))
    f.append(Paragraph(
        "Staff told us they were offered support by the care team in the days after the death, which we welcome "
        "as good practice. However, no debrief took place, and several officers went home without speaking to a "
        "manager.", S["body"]))
    f.append(Paragraph(R[7], S["rec"]))
    f.append(Paragraph("7 Inquest", S["h2"]))
    f.append(Paragraph(
        "The inquest into Mr Devereux's death has not yet been held. This report will be shared with the coroner. "
        "The prison service is asked to send us its action plan within 28 days.", S["body"]))
    f.append(Paragraph("Kathryn Mbeki-Lowther, Prisons and Secure Settings Ombudsman", S["body"]))
    doc = SimpleDocTemplate(H.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=21 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Fatal incident investigation F-2025-0219",
                            author="Prisons and Secure Settings Ombudsman")
    doc.build(f)


ROWS = [
    (1, R[2], "Accepted",
     "A notice to staff was issued on 10 October 2025 restating when a code must be called. The control room "
     "script now dispatches an ambulance as soon as a code blue or code red is heard on the radio.",
     "Head of Residence", "Completed"),
    (2, R[3], "Accepted",
     "Weekly checks of every emergency bag and defibrillator are signed off by the orderly officer and audited "
     "monthly by the healthcare governance group. Two new defibrillators have been bought for house block 3.",
     "Head of Healthcare", "Completed"),
    (3, R[4], "Not accepted",
     "Having taken advice from the national security team, the Governor has decided to keep the rule that two "
     "officers are present when a cell is opened at night. Instead, a second officer will now be based in the "
     "centre of house block 3 so that one can reach any landing within three minutes.",
     "Deputy Governor", "December 2025"),
    (4, R[1], "Partially accepted",
     "All patients reporting chest pain are now triaged by a nurse before the end of the day. Portable ECG "
     "machines are not available on the wings; patients are taken to the healthcare centre for an ECG when the "
     "nurse or GP considers it necessary, and out of hours an ambulance is called.",
     "Head of Healthcare", "January 2026"),
    (5, R[6], "Accepted",
     "A rota of trained family liaison officers now covers every day of the year, and the duty governor will "
     "arrange a visit to the next of kin on the day a death is confirmed.",
     "Head of Safer Custody", "Completed"),
    (6, R[5], "Noted",
     "This recommendation is for the Prison Group Director. It has been noted and will be considered when "
     "night staffing across the group is benchmarked in spring 2026.",
     "Prison Group Director", "April 2026"),
    ("-", "Additional action (not a recommendation)", "-",
     "All night patrol officers will be issued with body-worn cameras switched to record automatically when the "
     "cell door is opened.", "Head of Security", "March 2026"),
]


def response():
    fonts()
    S = styles("LA", 9.2, SLATE)
    f = []
    f.append(Paragraph("HM PRISON AND PROBATION SERVICE &#183; HMP Kestrel Ridge &#183; Safer Custody", S["sub"]))
    f.append(Paragraph("Action plan: fatal incident investigation F-2025-0219<br/>Death of Mr Carl Devereux, 14 "
                       "February 2025", S["h1"]))
    f.append(Paragraph(
        "This action plan is submitted to the Prisons and Secure Settings Ombudsman on 8 October 2025 in reply to "
        "the final report. The recommendations are numbered below for ease of reference. The Governor has "
        "discussed the report with Mrs Ashby and will share this plan with her and with the coroner.", S["body"]))
    head = ["No.", "Recommendation", "Accepted / not accepted", "Action taken or planned", "Owner", "Target date"]
    data = [[Paragraph(h, S["hcell"]) for h in head]]
    for row in ROWS:
        data.append([Paragraph(str(c), S["cell"]) for c in row])
    t = Table(data, colWidths=[9 * mm, 48 * mm, 19 * mm, 55 * mm, 17 * mm, 16 * mm], repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a9a9a")),
                           ("BACKGROUND", (0, 0), (-1, 0), SLATE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                           ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
    f.append(t)
    f.append(Spacer(1, 3 * mm))
    f.append(Paragraph(
        "Progress against this plan will be reviewed by the prison's safer custody meeting each month and reported "
        "to the Prison Group Director in the quarterly assurance return.", S["body"]))
    f.append(Paragraph("Signed: Marcus Feldane-Osei, Governor, HMP Kestrel Ridge &#183; 8 October 2025",
                       S["body"]))
    doc = SimpleDocTemplate(H.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Action plan F-2025-0219", author="HMP Kestrel Ridge")
    doc.build(f)


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Prisons and Secure Settings Ombudsman - F-2025-0219 - Mr Carl "
            "Devereux", footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="HMP Kestrel Ridge - Action plan F-2025-0219",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "The Head of Healthcare should make sure that any prisoner who",
         "reply_contains": "Portable ECG machines are not available on the wings",
         "verdict": "partly"},
        {"number": 2, "starts_with": "The Governor should ensure that staff call a medical emergency code",
         "reply_contains": "The control room script now dispatches an ambulance",
         "verdict": "agrees"},
        {"number": 3, "starts_with": "The Head of Healthcare should ensure that the emergency response bag",
         "reply_contains": "Two new defibrillators have been bought for house block 3",
         "verdict": "agrees"},
        {"number": 4, "starts_with": "The Governor should review the night procedures so that an officer",
         "reply_contains": "the Governor has decided to keep the rule that two officers",
         "verdict": "disagrees"},
        {"number": 5, "starts_with": "The Prison Group Director should commission an independent review of",
         "reply_contains": "will be considered when night staffing across the group is benchmarked",
         "verdict": "noted"},
        {"number": 6, "starts_with": "The Governor should ensure that the family liaison officer contacts",
         "reply_contains": "A rota of trained family liaison officers now covers every day",
         "verdict": "agrees"},
        {"number": 7, "starts_with": "The Governor should ensure that a hot debrief is held",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["will be issued with body-worn cameras switched to record automatically"]
    notes = ("Advice: a prisons ombudsman's FATAL INCIDENT INVESTIGATION REPORT into the death of a prisoner from "
             "a heart attack. The seven recommendations are UNNUMBERED BOLD INDENTED PARAGRAPHS at the end of the "
             "sections they arise from, numbered 1-7 here in their order in the text (1 chest pain, 2 code "
             "calling, 3 bags and defibrillators, 4 night cell entry, 5 night staffing review, 6 family liaison, 7 "
             "hot debrief), each opening with its addressee (the Governor, the Head of Healthcare, the Prison "
             "Group Director). Traps: KEY FINDINGS NUMBERED 1-8; the ombudsman's 2021 recommendation QUOTED ('The "
             "Governor should ensure that emergency response bags are sealed ...'); the national instruction "
             "paraphrased ('staff must call a code immediately'); the sister quoted ('she should never have heard "
             "the news in that way'); 'We do not recommend any change to the prescribing arrangements'; good "
             "practice welcomed. Response: the prison's ACTION PLAN TABLE 'No. | Recommendation | Accepted / not "
             "accepted | Action | Owner | Target date', which NUMBERS the recommendations 1-6 itself and QUOTES "
             "them in full in the order 2, 3, 4, 1, 6, 5: code calling Accepted (2 agrees); bags and "
             "defibrillators Accepted (3 agrees); night cell entry 'Not accepted', two officers kept (4 "
             "disagrees); chest pain 'Partially accepted', same-day triage but no ECG on the wings (1 partly); "
             "family liaison Accepted (6 agrees); staffing review for the Group Director 'Noted' (5 noted); a row "
             "'Additional action (not a recommendation)', body-worn cameras (unmatched); the hot debrief never "
             "mentioned (7 unanswered). The table's own numbers 1-6 differ from the expected numbers (table 1 = "
             "expected 2, ..., table 4 = expected 1).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
