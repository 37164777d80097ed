"""Round 131 (EN): an independent SAFEGUARDING ADULTS REVIEW (SAR) for a Safeguarding Adults Board, answered by the
Board's RESPONSE AND ACTION PLAN, a ruled table with a 'Para.' column keyed by the review's paragraph numbers.
The advice is in NUMBERED PARAGRAPHS 1.1-6.9; the seven recommendations are paragraphs 6.2-6.8 of chapter 6, each
opening 'The Board should …' or 'That the Board …' (6.1 an introduction, 6.9 a closing naming 6.2 and 6.6).
Traps: the Care Act 2014 paraphrased ('must'), 'Finding 1'-'4' sub-headings with bold finding sentences, a
chronology table, the 2021 review's recommendation quoted ('should establish'), a numbered list of the review's
key lines of enquiry.
The response: an introduction (nothing), a table in the order 6.2, 6.3, 6.4 and 6.5 (one row), 6.7, 6.8, and a row
'Finding 3' on figures (nothing); 6.6 has no row.
reportlab platypus, A4, cleaned Liberation Sans (review) and Liberation Serif (response), invariant=1; header and
'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented; the Care Act 2014 is
named as context only (what is said of it here is paraphrased and not to be relied on).
Run:  /tmp/blind131en/bin/python tests/docs/src/blind131/gen_en_safeguarding_review_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b131en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "blind131_en_safeguarding_review"
PLUM = colors.HexColor("#5a2a5e")
PALE = colors.HexColor("#f1e9f2")


def fonts():
    for fam, files in (("LS", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf")),
                       ("LF", ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                               "LiberationSerif-Italic.ttf"))):
        pdfmetrics.registerFont(TTFont(fam, H.clean_font(files[0])))
        pdfmetrics.registerFont(TTFont(fam + "-B", H.clean_font(files[1])))
        pdfmetrics.registerFont(TTFont(fam + "-I", H.clean_font(files[2])))
        pdfmetrics.registerFontFamily(fam, normal=fam, bold=fam + "-B", italic=fam + "-I", boldItalic=fam + "-B")


def styles(fam, size):
    body = ParagraphStyle("b", fontName=fam, fontSize=size, leading=size * 1.36, spaceAfter=2 * mm)
    return {
        "body": body,
        "num": ParagraphStyle("n", parent=body, leftIndent=11 * mm, firstLineIndent=-11 * mm),
        "h1": ParagraphStyle("h1", parent=body, fontName=fam + "-B", fontSize=16.5, leading=20.5, textColor=PLUM),
        "h2": ParagraphStyle("h2", parent=body, fontName=fam + "-B", fontSize=12.5, leading=15.5, textColor=PLUM,
                             spaceBefore=3 * mm, spaceAfter=1.4 * mm),
        "h3": ParagraphStyle("h3", parent=body, fontName=fam + "-I", fontSize=size + 0.5, spaceBefore=1 * mm,
                             spaceAfter=1 * mm),
        "sub": ParagraphStyle("sub", parent=body, fontSize=9, textColor=colors.HexColor("#555555")),
        "li": ParagraphStyle("li", parent=body, leftIndent=18 * mm, bulletIndent=12 * mm, spaceAfter=1 * mm),
        "cell": ParagraphStyle("c", parent=body, fontSize=size - 0.8, leading=(size - 0.8) * 1.33, spaceAfter=0),
        "th": ParagraphStyle("t", parent=body, fontName=fam + "-B", fontSize=size - 0.8,
                             leading=(size - 0.8) * 1.33, spaceAfter=0, textColor=colors.white),
    }


def table(rows, widths, S, head=True):
    t = Table(rows, colWidths=widths, repeatRows=1 if head else 0)
    st = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9a8a9c")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    if head:
        st.append(("BACKGROUND", (0, 0), (-1, 0), PLUM))
    t.setStyle(TableStyle(st))
    return t


def advice():
    S = styles("LS", 10)
    P = lambda n, t: Paragraph(f"<b>{n}</b>\u2003{t}", S["num"])
    f = []
    f.append(Paragraph("RIVERSMEAD SAFEGUARDING ADULTS BOARD &#183; SAFEGUARDING ADULTS REVIEW", S["sub"]))
    f.append(Paragraph("Safeguarding Adults Review: 'Harold'", S["h1"]))
    f.append(Paragraph("Independent reviewer: Moira Castellane-Hughes &#183; Ref. RSAB/SAR/2025/03 &#183; "
                       "Published 21 October 2025", S["sub"]))
    f.append(Paragraph("1. Introduction", S["h2"]))
    f.append(P("1.1", "Harold (a name chosen by his family) was 78 and lived alone in a first-floor flat in "
               "Cadbury Vale. He died in hospital in January 2025 after being found on the floor of his flat with "
               "severe pressure ulcers and dehydration."))
    f.append(P("1.2", "Under section 44 of the Care Act 2014, a Safeguarding Adults Board must arrange a review "
               "when an adult with care and support needs dies, abuse or neglect is suspected, and there is "
               "concern about how agencies worked together. The Board agreed on 4 March 2025 that the criteria "
               "were met."))
    f.append(P("1.3", "The review asked four key lines of enquiry:"))
    for i, q in enumerate(("How well did agencies understand Harold's wishes and his capacity to make decisions?",
                           "Was self-neglect recognised, and was the Board's self-neglect protocol used?",
                           "How well was information shared between the GP, the home care agency and hospital?",
                           "What role did Harold's son, as his informal carer, play, and was he supported?"), 1):
        f.append(Paragraph(q, S["li"], bulletText=f"{i}."))
    f.append(Paragraph("2. Chronology in brief", S["h2"]))
    rows = [[Paragraph(x, S["th"]) for x in ("Date", "Event")]]
    for d, e in (("Jun 2024", "Discharged home after a fall; four home care visits a day arranged"),
                 ("Sep 2024", "Harold cancels two of the four visits; agency informs the council by e-mail"),
                 ("Nov 2024", "GP practice nurse notes weight loss; no referral made"),
                 ("Jan 2025", "Found by his son; admitted to Riversmead General; died nine days later")):
        rows.append([Paragraph(d, S["cell"]), Paragraph(e, S["cell"])])
    f.append(table(rows, [26 * mm, 134 * mm], S))
    f.append(Spacer(1, 2 * mm))
    f.append(Paragraph("3. Findings", S["h2"]))
    for n, h, t in (
            ("3.1", "Finding 1: Harold's refusals were accepted at face value",
             "<b>Practitioners treated each cancelled visit as a capacitous choice without assessing whether "
             "Harold could weigh the risks.</b> No mental capacity assessment was recorded after June 2024."),
            ("3.2", "Finding 2: The self-neglect protocol was not used",
             "<b>None of the agencies involved knew that the Board's self-neglect protocol existed.</b> The 2021 "
             "review of 'Edna' had already recommended that the Board \"should establish a multi-agency "
             "self-neglect panel\"; the panel was set up in 2022 but met only twice."),
            ("3.3", "Finding 3: Information stayed in silos",
             "<b>The home care agency's e-mails to the council reached a shared inbox that was checked weekly.</b> "
             "Of 146 e-mails sampled from that inbox, 31 per cent had waited more than five working days."),
            ("3.4", "Finding 4: Harold's son was not offered a carer's assessment",
             "<b>Harold's son visited daily in the last month but was never told he could ask for support.</b>")):
        f.append(Paragraph(h, S["h3"]))
        f.append(P(n, t))
    f.append(Paragraph("4. Good practice", S["h2"]))
    f.append(P("4.1", "The ambulance crew who attended in January made a prompt and thorough safeguarding referral, "
               "and the hospital ward kept Harold's son well informed."))
    f.append(Paragraph("5. Harold's family", S["h2"]))
    f.append(P("5.1", "Harold's son has read this report and asked that his father be remembered as a keen "
               "allotment holder who \"would not have wanted a fuss\"."))
    f.append(Paragraph("6. Recommendations", S["h2"]))
    f.append(P("6.1", "The recommendations below are made to the Board, which will ask its partner agencies to "
               "act on them and will publish an action plan."))
    for n, t in (
            ("6.2", "The Board should relaunch its self-neglect protocol with briefings for GP practices, home care "
             "providers and adult social care teams by June 2026."),
            ("6.3", "That the Board seek assurance from the council that messages from home care providers about "
             "cancelled or refused visits are triaged within one working day."),
            ("6.4", "The Board should ask the integrated care board to include a prompt about self-neglect and "
             "weight loss in the practice nurse annual review template."),
            ("6.5", "That the Board commission refresher training on mental capacity assessment for home care "
             "managers, with a focus on repeated refusals of care."),
            ("6.6", "The Board should ask the council to offer a carer's assessment to every relative who is "
             "named as the main contact in a home care plan."),
            ("6.7", "That the Board replace its self-neglect panel with a monthly multi-agency risk meeting "
             "chaired by a senior manager from adult social care."),
            ("6.8", "The Board should audit, twelve months after publication, a sample of self-neglect cases "
             "to test whether these changes have made a difference.")):
        f.append(P(n, t))
    f.append(P("6.9", "The reviewer regards paragraphs 6.2 and 6.6 as the most pressing."))
    doc = SimpleDocTemplate(H.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Safeguarding Adults Review: Harold", author="Riversmead SAB")
    doc.build(f)


def response():
    S = styles("LF", 10.5)
    f = []
    f.append(Paragraph("RIVERSMEAD SAFEGUARDING ADULTS BOARD", S["sub"]))
    f.append(Paragraph("Board Response and Action Plan: SAR 'Harold'", S["h1"]))
    f.append(Paragraph("Agreed at the Board meeting of 9 December 2025 &#183; Ref. RSAB/SAR/2025/03/AP", S["sub"]))
    f.append(Paragraph("Introduction", S["h2"]))
    f.append(Paragraph("The Board is grateful to the independent reviewer and above all to Harold's son for "
                       "taking part. Our partners have considered each recommendation; the table below gives the "
                       "Board's decision, the lead agency and the date by which we expect the action to be done.",
                       S["body"]))
    rows = [[Paragraph(x, S["th"]) for x in ("Para.", "Board decision and action", "Lead", "By")]]
    for n, t, lead, by in (
            ("6.2", "Agreed. The protocol has been rewritten in plain English and six briefing sessions are "
                    "booked between February and May 2026, including two for GP practices.", "Board business "
                    "unit", "May 2026"),
            ("6.3", "Agreed in part. The council will move provider messages to a monitored duty line, but says "
                    "a one working day target cannot be met with current staffing; it will aim for three working "
                    "days and report performance to the Board each quarter.", "Adult social care", "April 2026"),
            ("6.4 and 6.5", "The integrated care board will add the prompt to the template at its next update, "
                    "due in July 2026. Capacity training is already part of the council's contract standards for "
                    "home care managers, so the Board will not commission separate refresher training; providers "
                    "will be reminded of the existing course.", "ICB / Board", "July 2026"),
            ("6.7", "Agreed. The first multi-agency risk meeting will take place in January 2026, chaired by the "
                    "Head of Adult Safeguarding.", "Adult social care", "January 2026"),
            ("6.8", "The Board will decide on the scope of an audit when it sets its 2026/27 assurance "
                    "programme, and will consider this recommendation alongside other reviews.", "Board",
                    "To be set"),
            ("Finding 3", "For information: the shared inbox has since been closed, and the council reports that "
                    "median handling time fell to two working days in November.", "Adult social care", "Done")):
        rows.append([Paragraph(n, S["cell"]), Paragraph(t, S["cell"]), Paragraph(lead, S["cell"]),
                     Paragraph(by, S["cell"])])
    f.append(table(rows, [20 * mm, 92 * mm, 28 * mm, 22 * mm], S))
    f.append(Spacer(1, 4 * mm))
    f.append(Paragraph("Monitoring", S["h2"]))
    f.append(Paragraph("The Board's Quality and Learning sub-group will review progress on this plan at every "
                       "meeting and report to the Board in June and December 2026.", S["body"]))
    f.append(Paragraph("Lorna Pettigrew-Shaw, Independent Chair", S["body"]))
    doc = SimpleDocTemplate(H.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Board Response and Action Plan", author="Riversmead SAB")
    doc.build(f)


def main():
    fonts()
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Riversmead SAB - SAR 'Harold' - RSAB/SAR/2025/03",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Riversmead SAB - Response and Action Plan",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "The Board should relaunch its self-neglect protocol with briefings for",
         "reply_contains": "six briefing sessions are booked between February and May 2026", "verdict": "agrees"},
        {"number": 2, "starts_with": "That the Board seek assurance from the council that messages",
         "reply_contains": "it will aim for three working days", "verdict": "partly"},
        {"number": 3, "starts_with": "The Board should ask the integrated care board to include",
         "reply_contains": "will add the prompt to the template at its next update", "verdict": "agrees"},
        {"number": 4, "starts_with": "That the Board commission refresher training on mental capacity assessment",
         "reply_contains": "the Board will not commission separate refresher training", "verdict": "disagrees"},
        {"number": 5, "starts_with": "The Board should ask the council to offer a carer's",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 6, "starts_with": "That the Board replace its self-neglect panel with a monthly",
         "reply_contains": "The first multi-agency risk meeting will take place in January 2026",
         "verdict": "agrees"},
        {"number": 7, "starts_with": "The Board should audit, twelve months after publication, a sample",
         "reply_contains": "will decide on the scope of an audit when it sets", "verdict": "noted"},
    ]
    unmatched = ["above all to Harold's son for taking part",
                 "the shared inbox has since been closed",
                 "Quality and Learning sub-group will review progress on this plan"]
    notes = ("Advice: an independent SAFEGUARDING ADULTS REVIEW for a Safeguarding Adults Board in NUMBERED "
             "PARAGRAPHS 1.1-6.9; the seven recommendations are paragraphs 6.2-6.8, alternately 'The Board should "
             "...' and 'That the Board ...'. Traps: the Care Act paraphrased ('must arrange a review'), a numbered "
             "list of four key lines of enquiry (questions), a chronology table, 'Finding 1'-'4' sub-headings with "
             "bold finding sentences in numbered paragraphs 3.1-3.4, the 2021 review's recommendation quoted "
             "('should establish a multi-agency self-neglect panel'), good practice and family paragraphs, 6.1 an "
             "introduction and 6.9 a closing naming 'paragraphs 6.2 and 6.6'. Response: the Board's RESPONSE AND "
             "ACTION PLAN, a ruled table with a 'Para.' column (paragraph numbers, not 1-7): 6.2 Agreed (agrees); "
             "6.3 'Agreed in part', three days not one (partly); one row '6.4 and 6.5': 6.4 prompt added July 2026 "
             "(agrees), 6.5 'will not commission separate refresher training' (disagrees); 6.7 Agreed (agrees); 6.8 "
             "'will decide on the scope ... will consider' (noted); 6.6 (carer's assessments) has no row "
             "(unanswered). The introduction, the 'Finding 3' row and the monitoring paragraph answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
