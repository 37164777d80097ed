"""Round 121 (EN): an English prison's INDEPENDENT MONITORING BOARD annual report (extract), whose 'Main areas for
development' are numbered 1-7 CONTINUOUSLY across three sub-headings by addressee (To the Minister / To HMPPS / To
the Governor). Traps: the statutory duty paraphrased with 'must', 'Main judgements' as a numbered list of QUESTIONS
with answers, last year's recommendation quoted ('should reopen'), figures, a closing line naming 'points 3 and 4'.
Answered by the Prisons Minister's LETTER that QUOTES each point in italics ('You wrote: ...') before the reply, in
another order (3, 1, 4, 5, 2, 7); point 6 never answered; introduction, population figures and closing answer nothing.
reportlab platypus, A4, cleaned Liberation Serif (report) and Liberation Sans (letter), invariant=1; header and
'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented; the Prison Act 1952
is named as context only (what is said of it here is paraphrased and not to be relied on).
Run:  /tmp/blind121en/bin/python tests/docs/src/blind121/gen_en_imb_prison_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b121en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

NAME = "blind121_en_imb_prison"
for fam, files in (("Se", ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf")),
                   ("Sa", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"))):
    pdfmetrics.registerFont(TTFont(fam, H.clean_font(files[0])))
    pdfmetrics.registerFont(TTFont(fam + "B", H.clean_font(files[1])))
    pdfmetrics.registerFont(TTFont(fam + "I", H.clean_font(files[2])))
    pdfmetrics.registerFontFamily(fam, normal=fam, bold=fam + "B", italic=fam + "I", boldItalic=fam + "B")
GREEN = colors.HexColor("#1f5c4a")


def styles(f):
    body = ParagraphStyle("b" + f, fontName=f, fontSize=10.5, leading=14, spaceAfter=6, alignment=4)
    return dict(
        body=body,
        h1=ParagraphStyle("h1" + f, parent=body, fontName=f + "B", fontSize=16, leading=20, textColor=GREEN,
                          spaceAfter=8, alignment=0),
        h2=ParagraphStyle("h2" + f, parent=body, fontName=f + "B", fontSize=12.5, leading=16, textColor=GREEN,
                          spaceBefore=8, spaceAfter=5, alignment=0),
        h3=ParagraphStyle("h3" + f, parent=body, fontName=f + "B", fontSize=10.5, leading=14, spaceBefore=4,
                          spaceAfter=3, alignment=0, keepWithNext=1),
        item=ParagraphStyle("it" + f, parent=body, leftIndent=18, bulletIndent=0, spaceAfter=5),
        quote=ParagraphStyle("q" + f, parent=body, fontName=f + "I", leftIndent=16, rightIndent=10,
                             textColor=colors.HexColor("#333333")),
        small=ParagraphStyle("s" + f, parent=body, fontSize=9, leading=12, alignment=0),
    )


def build(path, story):
    SimpleDocTemplate(path, pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm, topMargin=20 * mm,
                      bottomMargin=20 * mm, invariant=1, title="", author="").build(story)


def advice():
    S = styles("Se")
    s = [Paragraph("Annual Report of the Independent Monitoring Board at HMP Carrow Fen", S["h1"]),
         Paragraph("For reporting year 1 March 2025 to 28 February 2026. Published June 2026. Extract: sections 1, "
                   "2, 3 and 9.", S["small"]), Spacer(1, 6)]
    s.append(Paragraph("1. Statutory role of the IMB", S["h2"]))
    s.append(Paragraph(
        "The Prison Act 1952 requires every prison to be monitored by an independent board appointed by the "
        "Secretary of State from members of the community in which the prison is situated. Under the national "
        "framework each board must satisfy itself as to the humane and just treatment of those held in custody "
        "and the range and adequacy of the programmes preparing them for release, and must inform promptly the "
        "Secretary of State, or any official to whom authority has been delegated, of any concern it has.", S["body"]))
    s.append(Paragraph(
        "HMP Carrow Fen is a category C training and resettlement prison for adult men, with an operational "
        "capacity of 868. During the year the Board's eleven members made 394 monitoring visits and dealt with "
        "512 applications from prisoners, 31 per cent more than in the previous year.", S["body"]))
    s.append(Paragraph("2. Main judgements", S["h2"]))
    s.append(Paragraph("The Board considered the four questions set by the national framework:", S["body"]))
    for i, q in enumerate((
            "<b>How safe is the prison?</b> Less safe than last year. Assaults on staff rose from 61 to 88, and "
            "self-harm incidents from 402 to 459.",
            "<b>How fairly and humanely are prisoners treated?</b> Mostly fairly, but 14 men spent more than 42 "
            "days in the segregation unit, one of them 131 days.",
            "<b>How well are prisoners' health and wellbeing needs met?</b> Adequately. Waiting times for the "
            "dentist fell from 19 weeks to 11.",
            "<b>How well are prisoners progressed towards release?</b> Poorly. Only 38 per cent of men had "
            "settled accommodation on their first night after release."), 1):
        s.append(Paragraph(q, S["item"], bulletText=f"{i}."))
    s.append(Paragraph("3. Progress since the last report", S["h2"]))
    s.append(Paragraph(
        "In its 2024-25 report the Board recommended that \"the prison should reopen the library on houseblock 1 "
        "for evening sessions\". The Board is pleased to record that evening sessions resumed in April 2025 and "
        "are well used. The previous report's concern about the kitchen extraction system has also been resolved.",
        S["body"]))
    s.append(Paragraph(
        "Other concerns remain. Cell call bells on houseblocks 2 and 3 are answered within five minutes only 46 "
        "per cent of the time, against a local target of 90 per cent. Staffing has fallen to 181 full-time "
        "equivalent band 3 officers against a benchmark of 212, and regime curtailments were recorded on 97 "
        "days of the year.", S["body"]))
    s.append(Paragraph("9. Main areas for development", S["h2"]))
    s.append(Paragraph("The Board raises the following points for the year ahead.", S["body"]))
    recs = [
        ("To the Minister", [
            "Fund the replacement of the cell call bell system on houseblocks 2 and 3, which is more than twenty "
            "years old and can no longer be repaired with standard parts, before March 2027.",
            "Extend the discretion to release a prisoner up to two working days early to every prisoner whose "
            "release date falls on a Friday, so that no man leaves Carrow Fen when housing offices are about "
            "to close for the weekend."]),
        ("To HM Prison and Probation Service", [
            "Restore the number of band 3 officers at Carrow Fen to the benchmark of 212 full-time equivalents "
            "by the end of 2026, and report the figure to the Board each quarter.",
            "Transfer any prisoner who has spent 42 days in the segregation unit to a specialist unit or another "
            "prison within four further weeks, unless a psychiatrist advises against it.",
            "Install in-cell telephones on houseblock 4, the only houseblock where men still have to queue for "
            "the landing telephones during association."]),
        ("To the Governor", [
            "Answer every complaint about lost property within 20 working days and publish the monthly figures "
            "on the wing notice boards.",
            "Reopen the horticulture workshop at the prison farm, closed since October 2025, so that the 24 "
            "accredited training places it offered are available again."]),
    ]
    n = 0
    for head, items in recs:
        s.append(Paragraph(head, S["h3"]))
        for t in items:
            n += 1
            s.append(Paragraph(t, S["item"], bulletText=f"{n}."))
    s.append(Paragraph(
        "The Board will look for progress on points 3 and 4 in particular when it reports next year, and thanks "
        "the Governor and her staff for their openness throughout the year.", S["body"]))
    build(H.out(NAME + "_advice.pdf"), s)


def response():
    S = styles("Sa")
    s = [Paragraph("Minister of State for Prisons and Probation", S["h1"]),
         Paragraph("102 Petty Row, London SW1X 9ZZ &#183; Our ref: MC/2026/04418", S["small"]), Spacer(1, 4),
         Paragraph("Mr Desmond Aukett<br/>Chair, Independent Monitoring Board, HMP Carrow Fen", S["body"]),
         Paragraph("14 August 2026", S["body"]),
         Paragraph("Dear Mr Aukett,", S["body"]),
         Paragraph("<b>HMP Carrow Fen: Independent Monitoring Board annual report 2025-26</b>", S["body"]),
         Paragraph("Thank you for your Board's annual report, which I have read with great interest. I am grateful "
                   "to you and your colleagues for the many hours you give to this work, and I set out below my "
                   "response to the points addressed to me and to HM Prison and Probation Service.", S["body"])]
    s.append(Paragraph("Population", S["h3"]))
    s.append(Paragraph(
        "Let me first place the report in context. The adult male estate held 84,310 men at the end of July, "
        "and Carrow Fen has run at 99 per cent of its operational capacity for most of the year. Our programme "
        "to build 1,200 new places in the region will reduce that pressure from 2028.", S["body"]))
    items = [
        ("Restore the number of band 3 officers at Carrow Fen to the benchmark of 212 full-time equivalents ...",
         "I accept this. HMPPS has approved a recruitment campaign for the prison and will restore officer numbers "
         "to 212 by December 2026. The Governor will share the quarterly staffing figure with the Board."),
        ("Fund the replacement of the cell call bell system on houseblocks 2 and 3 ...",
         "I have approved funding for a new call bell system on houseblock 2 in this financial year. The "
         "replacement on houseblock 3 will have to compete for money in the 2027-28 capital round, and I cannot "
         "give a date for it now."),
        ("Transfer any prisoner who has spent 42 days in the segregation unit ...",
         "I share the Board's concern about long stays in segregation. From October every stay beyond 42 days "
         "will be reviewed by the Deputy Director of the prison group. We will not, however, adopt a fixed "
         "four-week limit for a transfer, as suitable places are not always available."),
        ("Install in-cell telephones on houseblock 4 ...",
         "Work to fit in-cell telephones on houseblock 4 began in July and will be finished by the end of "
         "September 2026."),
        ("Extend the discretion to release a prisoner up to two working days early ...",
         "The existing discretion was introduced to deal with releases on a Friday where there is a clear "
         "resettlement need. Having considered the Board's view carefully, I do not believe it would be right "
         "to make early release automatic for a whole category of prisoners, and I will not be extending it."),
        ("Reopen the horticulture workshop at the prison farm ...",
         "Although this point was addressed to the Governor, I have asked her to look at the workshop as part "
         "of the regime review she is carrying out this autumn. No decision has yet been taken."),
    ]
    for q, a in items:
        s.append(Paragraph("You wrote:", S["h3"]))
        s.append(Paragraph(q, S["quote"]))
        s.append(Paragraph(a, S["body"]))
    s.append(Paragraph("Closing", S["h3"]))
    s.append(Paragraph(
        "I am copying this letter to the Governor of HMP Carrow Fen and to the Chair of the IMB National "
        "Council. Thank you again for the Board's diligent and constructive report.", S["body"]))
    s.append(Paragraph("Yours sincerely,<br/><br/>Lord Henshall of Bray", S["body"]))
    build(H.out(NAME + "_response.pdf"), s)


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="IMB HMP Carrow Fen - Annual Report 2025-26",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="MC/2026/04418 - reply to the IMB at HMP Carrow Fen",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "Fund the replacement of the cell call bell system on houseblocks",
         "reply_contains": "will have to compete for money in the 2027-28 capital round",
         "verdict": "partly"},
        {"number": 2, "starts_with": "Extend the discretion to release a prisoner up to two working",
         "reply_contains": "I will not be extending it", "verdict": "disagrees"},
        {"number": 3, "starts_with": "Restore the number of band 3 officers at Carrow Fen",
         "reply_contains": "HMPPS has approved a recruitment campaign for the prison", "verdict": "agrees"},
        {"number": 4, "starts_with": "Transfer any prisoner who has spent 42 days in the segregation",
         "reply_contains": "We will not, however, adopt a fixed four-week limit", "verdict": "partly"},
        {"number": 5, "starts_with": "Install in-cell telephones on houseblock 4, the only houseblock where",
         "reply_contains": "Work to fit in-cell telephones on houseblock 4 began in July",
         "verdict": "agrees"},
        {"number": 6, "starts_with": "Answer every complaint about lost property within 20 working days",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 7, "starts_with": "Reopen the horticulture workshop at the prison farm, closed since",
         "reply_contains": "No decision has yet been taken", "verdict": "noted"},
    ]
    unmatched = ["The adult male estate held 84,310 men at the end of July",
                 "copying this letter to the Governor of HMP Carrow Fen"]
    notes = ("Advice: an English prison's INDEPENDENT MONITORING BOARD annual report (extract). Recommendations: "
             "'Main areas for development' numbered 1.-7. CONTINUOUSLY across three addressee sub-headings (To the "
             "Minister 1-2, To HM Prison and Probation Service 3-5, To the Governor 6-7), imperative sentences. "
             "Traps: the Prison Act 1952 paraphrased with 'must'; 'Main judgements' as a numbered list 1.-4. of the "
             "framework's QUESTIONS with answers (findings, not recommendations); last year's recommendation quoted "
             "('the prison should reopen the library ...', done); figures; closing 'progress on points 3 and 4'. "
             "Response: the Prisons Minister's LETTER, each reply after a bold 'You wrote:' and the point's opening "
             "QUOTED in italics (cut with '...'), in the order 3, 1, 4, 5, 2, 7. Verdicts: 1 houseblock 2 funded, "
             "houseblock 3 must 'compete for money in the 2027-28 capital round' = partly; 2 'I will not be "
             "extending it' = disagrees; 3 'I accept this', officers to 212 by December 2026 = agrees; 4 reviews "
             "after 42 days but 'will not, however, adopt a fixed four-week limit' = partly; 5 telephones finished "
             "by September 2026 = agrees; 6 lost property complaints never mentioned = unanswered; 7 passed to the "
             "Governor's regime review, 'No decision has yet been taken' = noted. Sections answering nothing: the "
             "thanks, 'Population' with estate figures, 'Closing' (copies).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
