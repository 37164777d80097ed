"""Round 148 (EN): a water hygiene consultancy's LEGIONELLA RISK ASSESSMENT of a council-owned leisure centre run by
a leisure trust, answered by the trust's Health and Safety Manager's MEMO to the consultancy, with INLINE LABELS
that cite the action codes ('Hot water temperatures (RA2).') or only the subject, in another order, one paragraph
answering two with different verdicts, one left out.
The advice: sections 1-7; the seven recommendations are the rows of a REMEDIAL ACTION TABLE at the end, CODED RA1-RA7
with a priority and a timescale, each in the imperative. Traps: SIGNIFICANT FINDINGS NUMBERED 1-7 in the summary (as
many as the actions); a risk rating table of the water systems; the approved code of practice paraphrased ('the duty
holder must ...'); the 2023 assessment's action QUOTED ('The spa pool balance tank should be drained ...'); 'We do not
recommend replacing the calorifier at this stage'; a duty manager quoted ('the showers upstairs should be flushed
...').
The response: memo; covering paragraph (nothing); RA2 temperatures (agrees); RA1 dead leg (agrees); the roof tank
cleaned but the lid waits for the roof works (RA5 partly); ONE paragraph on showers: hoses replaced (RA6 agrees),
automatic flushing valves declined (RA7 disagrees); training left to the trust's central team (RA4 noted); remote
temperature monitoring 'not one of the actions in your report' (unmatched); closing (nothing); RA3, the written scheme,
never (unanswered).
reportlab platypus, A4, cleaned Liberation Sans / Serif, invariant=1; header and 'Page N of M' stamped from page 2.
The Health and Safety at Work etc. Act 1974, the Control of Substances Hazardous to Health Regulations 2002 and the
approved code of practice on legionella are named as context only (what is said of them is paraphrased and not to be
relied on); the consultancy, the trust, the centre, people, figures and references are invented.
Run:  /tmp/blind148en/bin/python tests/docs/src/blind148/gen_en_legionella_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b148en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "blind148_en_legionella"
TEAL = colors.HexColor("#0b5c63")
NAVY = colors.HexColor("#263a5a")
SHADE = colors.HexColor("#e6f1f2")


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
        "cell": ParagraphStyle("c", parent=body, fontSize=size - 1.2, leading=(size - 1.2) * 1.27, spaceAfter=0),
        "hcell": ParagraphStyle("hc", parent=body, fontName=fam + "-B", fontSize=size - 1.2,
                                leading=(size - 1.2) * 1.27, spaceAfter=0, textColor=colors.white),
        "memo": ParagraphStyle("m", parent=body, fontSize=size, leading=size * 1.45, spaceAfter=0.6 * mm),
    }


def numbered(S, f, num, text, w=9):
    f.append(Table([[Paragraph(num, S["body"]), Paragraph(text, S["body"])]], colWidths=[w * mm, (160 - w) * mm],
                   hAlign="LEFT", style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])))


def grid(S, head, rows, widths, ink):
    data = [[Paragraph(h, S["hcell"]) for h in head]]
    for row in rows:
        data.append([Paragraph(str(c), S["cell"]) for c in row])
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a9a9a")),
                           ("BACKGROUND", (0, 0), (-1, 0), ink), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                           ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
    return t


ACTIONS = [
    ("RA1", "High", "Remove the dead leg of pipework that served the former sauna shower in the first floor plant "
                    "room, cutting it back to the tee and capping it.", "Within 1 month"),
    ("RA2", "High", "Raise the calorifier set point so that water is stored at 60 degrees C or above, and check "
                    "that hot water reaches at least 50 degrees C within one minute at every sentinel outlet.",
     "Immediately"),
    ("RA3", "High", "Prepare a written scheme of control for the hot and cold water systems, naming the "
                    "responsible person and deputy, and keep it on site with the log book.", "Within 1 month"),
    ("RA4", "Medium", "Provide accredited legionella awareness training for all duty managers who carry out the "
                      "weekly flushing and monthly temperature checks.", "Within 3 months"),
    ("RA5", "Medium", "Clean and disinfect the cold water storage tank in the roof void and fit a close fitting "
                      "insulated lid and a screened overflow.", "Within 3 months"),
    ("RA6", "Medium", "Replace the flexible shower hoses in the changing village with hoses approved for use with "
                      "drinking water and add them to the quarterly descaling list.", "Within 6 months"),
    ("RA7", "Low", "Consider installing automatic flushing valves on the little used showers in the two "
                   "accessible changing rooms on the first floor.", "Within 12 months"),
]


def advice():
    fonts()
    S = styles("LA", 9.3, TEAL)
    f = []
    f.append(Paragraph("AQUALIS WATER HYGIENE LTD &#183; Unit 4, Foundry Court, Wexley WX7 2LB &#183; Legionella "
                       "risk assessment &#183; Report LRA-24117", S["sub"]))
    f.append(Paragraph("Legionella risk assessment: Hallam Vale Leisure Centre, Quarry Road, Hallam Vale HV3 8DS",
                       S["h1"]))
    f.append(grid(S, ["Client", "Site survey", "Assessor", "Report issued", "Next review"],
                  [["Brookmere Leisure Trust (for Hallam Vale Borough Council, owner)", "9 September 2025",
                    "Daniel Okonkwo-Firth, senior water hygiene consultant", "23 September 2025",
                    "September 2027, or sooner if the systems change"]], [48, 24, 44, 24, 30], TEAL))
    f.append(Spacer(1, 2 * mm))
    f.append(Paragraph("Summary", S["h2"]))
    f.append(Paragraph(
        "The overall risk from legionella bacteria at the centre is assessed as MEDIUM. The pool plant is well "
        "managed, but the domestic hot and cold water systems have deteriorated since the last assessment in "
        "October 2023. The significant findings are:", S["body"]))
    for n, t in enumerate([
        "The calorifier was storing water at 54 degrees C and the return temperature was 47 degrees C.",
        "A dead leg of about 4 metres remains where the sauna shower was removed in 2022.",
        "There is no written scheme of control; the log book is kept, but the procedures are not written down.",
        "Weekly flushing of little used outlets is recorded on only 31 of the last 52 weeks.",
        "The roof void cold water tank has sediment on its base and a loose lid without a seal.",
        "Several shower hoses in the changing village are perished and heavily scaled.",
        "The spa pool is managed well and its water treatment records are complete.",
    ], 1):
        numbered(S, f, f"{n}.", t, w=7)
    f.append(Paragraph("1 Scope and method", S["h2"]))
    f.append(Paragraph(
        "The assessment covered the domestic hot and cold water systems, the showers, the spa pool and its balance "
        "tank, and the air handling units. The main pool is outside its scope because it is not considered a "
        "significant source of aerosols. We inspected the plant rooms and the roof void, took temperatures at 24 "
        "outlets and reviewed the log book for the last 12 months. No water samples were taken.", S["body"]))
    f.append(Paragraph("2 Legal context and management", S["h2"]))
    f.append(Paragraph(
        "Under the Health and Safety at Work etc. Act 1974 and the Control of Substances Hazardous to Health "
        "Regulations 2002, as explained in the approved code of practice on legionella, the duty holder must "
        "identify and assess the risk, must prepare a scheme for preventing or controlling it, and must appoint a "
        "competent person to take day to day responsibility. At Hallam Vale the General Manager, Ms Priya "
        "Castellane, is the responsible person; no deputy has been named.", S["body"]))
    f.append(Paragraph("3 Hot water", S["h2"]))
    f.append(Paragraph(
        "The gas fired calorifier (1,500 litres) was set to 55 degrees C to reduce scalding complaints in 2024. "
        "Four of the nine sentinel outlets did not reach 50 degrees C within one minute. We do not recommend "
        "replacing the calorifier at this stage; it is in fair condition and its controls are working.",
        S["body"]))
    f.append(Paragraph("4 Cold water and showers", S["h2"]))
    f.append(Paragraph(
        "The cold water storage tank (2,200 litres) supplies the changing village and the first floor. Its "
        "temperature was 19.4 degrees C, within the limit, but the lid is not close fitting. The showers in the two "
        "accessible changing rooms are used only a few times a week. One duty manager told us that \"the showers "
        "upstairs should be flushed every day but nobody is sure whose job it is\".", S["body"]))
    f.append(Paragraph("5 Spa pool", S["h2"]))
    f.append(Paragraph("The 2023 assessment made the following action for the spa pool:", S["body"]))
    f.append(Paragraph("\"The spa pool balance tank should be drained, cleaned and disinfected every three months, "
                       "and the work recorded in the log book.\"", S["quote"]))
    f.append(Paragraph("This has been done and recorded every quarter since. No further action is needed.",
                       S["body"]))
    f.append(Paragraph("6 Risk rating by system", S["h2"]))
    f.append(grid(S, ["System", "Likelihood", "Consequence", "Risk"],
                  [["Hot water (calorifier and circulation)", "Medium", "High", "Medium"],
                   ["Cold water storage and distribution", "Medium", "Medium", "Medium"],
                   ["Showers", "Medium", "High", "Medium"],
                   ["Spa pool", "Low", "High", "Low"],
                   ["Air handling units", "Low", "Medium", "Low"]], [64, 32, 32, 32], NAVY))
    f.append(Paragraph("7 Remedial actions", S["h2"]))
    f.append(Paragraph(
        "The actions below are listed in order of priority. Each should be signed off in the log book when "
        "complete. The trust is asked to tell us within 28 days how it intends to deal with them.", S["body"]))
    f.append(grid(S, ["Ref.", "Priority", "Recommended action", "Timescale"],
                  [list(a) for a in ACTIONS], [14, 18, 104, 24], TEAL))
    f.append(Spacer(1, 2 * mm))
    f.append(Paragraph("Daniel Okonkwo-Firth, for Aqualis Water Hygiene Ltd. This assessment reflects the "
                       "condition of the systems on the day of the survey.", S["body"]))
    doc = SimpleDocTemplate(H.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=21 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Legionella risk assessment LRA-24117", author="Aqualis Water Hygiene Ltd")
    doc.build(f)


def response():
    fonts()
    S = styles("LR", 10, NAVY)
    f = []
    f.append(Paragraph("BROOKMERE LEISURE TRUST", S["h1"]))
    f.append(Paragraph("Memo", S["h2"]))
    for k, v in (("To", "Daniel Okonkwo-Firth, Aqualis Water Hygiene Ltd"),
                 ("Copy", "Priya Castellane, General Manager, Hallam Vale Leisure Centre; Trust Health and Safety "
                          "Committee; Property Services, Hallam Vale Borough Council"),
                 ("From", "Tom Ruddock-Baines, Health and Safety Manager"),
                 ("Date", "20 October 2025"),
                 ("Subject", "Your report LRA-24117, Hallam Vale Leisure Centre")):
        f.append(Paragraph(f"<b>{k}:</b> {v}", S["memo"]))
    f.append(Spacer(1, 3 * mm))
    f.append(Paragraph(
        "Thank you for the assessment and for walking the site with Priya on the day. The report went to the "
        "trust's Health and Safety Committee on 14 October, and this memo sets out where we have got to.",
        S["body"]))
    f.append(Paragraph(
        "<b>Hot water temperatures (RA2).</b> Done. The calorifier was turned up to 62 degrees C on 24 September, "
        "the day after we received the report, and the sentinel outlets now reach between 52 and 55 degrees C "
        "inside a minute. Thermostatic mixing valves are fitted on the showers, so there is no scalding risk.",
        S["body"]))
    f.append(Paragraph(
        "<b>Dead leg (RA1).</b> Our plumbing contractor cut out the old sauna shower pipework on 2 October and "
        "capped it at the tee. The log book has been signed.", S["body"]))
    f.append(Paragraph(
        "<b>Roof tank.</b> The tank was drained, cleaned and chlorinated by Aqualis on 8 October and a screened "
        "overflow has been fitted. A new insulated lid can only be lifted into the roof void when the council "
        "replaces the roof hatch, which is programmed for April 2026; until then the existing lid has been "
        "strapped down and we will inspect it monthly.", S["body"]))
    f.append(Paragraph(
        "<b>Showers (RA6 and RA7).</b> All 28 shower hoses in the changing village were replaced last week with "
        "approved hoses, and they are now on the quarterly descaling list. We have looked at automatic flushing "
        "valves for the accessible changing rooms but will not be fitting them: the quote was 4,800 pounds and "
        "both rooms are now on the daily flushing round, which the duty manager signs off.", S["body"]))
    f.append(Paragraph(
        "<b>Training (RA4).</b> We have noted this. Training for all our sites is arranged by the trust's central "
        "learning team, who will consider a legionella awareness module when they set next year's programme.",
        S["body"]))
    f.append(Paragraph(
        "<b>Other.</b> Separately, and not one of the actions in your report, we are installing a remote "
        "temperature monitoring system on the calorifier flow and return so that alarms go to the duty manager's "
        "phone.", S["body"]))
    f.append(Paragraph(
        "We would be grateful if you could visit again in the new year to check progress. Please contact me on "
        "01492 660 318 with any questions.", S["body"]))
    f.append(Paragraph("Tom Ruddock-Baines", S["body"]))
    doc = SimpleDocTemplate(H.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Memo: report LRA-24117", author="Brookmere Leisure Trust")
    doc.build(f)


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Aqualis Water Hygiene Ltd - LRA-24117 - Hallam Vale Leisure "
            "Centre", footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Brookmere Leisure Trust - Memo, 20 October 2025",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": "RA1", "starts_with": "Remove the dead leg of pipework that served the former",
         "reply_contains": "cut out the old sauna shower pipework on 2 October",
         "verdict": "agrees"},
        {"number": "RA2", "starts_with": "Raise the calorifier set point so that water is stored",
         "reply_contains": "The calorifier was turned up to 62 degrees C",
         "verdict": "agrees"},
        {"number": "RA3", "starts_with": "Prepare a written scheme of control for the hot and cold",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "RA4", "starts_with": "Provide accredited legionella awareness training for all duty managers",
         "reply_contains": "will consider a legionella awareness module when they set",
         "verdict": "noted"},
        {"number": "RA5", "starts_with": "Clean and disinfect the cold water storage tank in the",
         "reply_contains": "A new insulated lid can only be lifted into the roof",
         "verdict": "partly"},
        {"number": "RA6", "starts_with": "Replace the flexible shower hoses in the changing village with",
         "reply_contains": "All 28 shower hoses in the changing village were replaced",
         "verdict": "agrees"},
        {"number": "RA7", "starts_with": "Consider installing automatic flushing valves on the little used showers",
         "reply_contains": "but will not be fitting them: the quote was",
         "verdict": "disagrees"},
    ]
    unmatched = ["we are installing a remote temperature monitoring system on the calorifier"]
    notes = ("Advice: a water hygiene consultancy's LEGIONELLA RISK ASSESSMENT of a leisure centre. The seven "
             "recommendations are the rows of the closing REMEDIAL ACTION TABLE 'Ref. | Priority | Recommended "
             "action | Timescale', CODED RA1-RA7, in the imperative (RA7 opens 'Consider installing ...'). Traps: "
             "SIGNIFICANT FINDINGS NUMBERED 1-7 in the summary (the same count as the actions, in nearly the same "
             "order); a client table and a risk rating table; the approved code of practice paraphrased ('the duty "
             "holder must identify and assess the risk ...'); the 2023 action QUOTED ('The spa pool balance tank "
             "should be drained ...'), done; a duty manager quoted ('the showers upstairs should be flushed every "
             "day ...'); 'We do not recommend replacing the calorifier at this stage'. Response: the trust's MEMO "
             "with bold INLINE LABELS, most citing the code: RA2 'Done.' (2 agrees); RA1 pipework cut out (1 "
             "agrees); 'Roof tank' without a code: cleaned and overflow fitted, the lid waits for the roof hatch in "
             "April 2026 (5 partly); ONE paragraph 'Showers (RA6 and RA7)': hoses replaced (6 agrees), automatic "
             "flushing valves 'will not be fitting them' (7 disagrees); RA4 'We have noted this', left to the "
             "central learning team (4 noted); 'Other', remote temperature monitoring 'not one of the actions in "
             "your report' (unmatched); RA3, the written scheme of control, never mentioned (3 unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
