"""Round 97 (EN): a Scottish LOCAL LICENSING FORUM'S ANNUAL REPORT AND ADVICE to the Licensing Board (advice given
as BOLD SENTENCES inside numbered paragraphs, no recommendation numbers) answered by the Clerk to the Licensing
Board's LETTER giving the Board's response and reasons (by subject, no numbers). reportlab platypus, A4, cleaned
DejaVu, invariant=1; letterhead rule, header from page 2 and 'Page N of M' stamped. All bodies, people, places and
figures invented; the Licensing (Scotland) Act 2005 is named as context only.
Run:  /tmp/blind97en/bin/python tests/docs/src/blind97/gen_en_licensing_forum_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b97en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

NAME = "blind97_en_licensing_forum"
R = H.clean_font("DejaVuSans.ttf")
B = H.clean_font("DejaVuSans-Bold.ttf")
pdfmetrics.registerFont(TTFont("DV", R))
pdfmetrics.registerFont(TTFont("DVB", B))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DV", boldItalic="DVB")
TEAL = colors.HexColor("#0f5c63")
body = ParagraphStyle("b", fontName="DV", fontSize=9.4, leading=13.4, spaceAfter=5)
small = ParagraphStyle("s", parent=body, fontSize=8, leading=10.5, textColor=colors.HexColor("#555555"))
h1 = ParagraphStyle("h1", fontName="DVB", fontSize=15, leading=19, textColor=TEAL, spaceAfter=4)
h2 = ParagraphStyle("h2", fontName="DVB", fontSize=10.8, leading=14, textColor=TEAL, spaceBefore=8, spaceAfter=4)
cell = ParagraphStyle("c", parent=body, fontSize=8.5, leading=11.2, spaceAfter=0)
cellb = ParagraphStyle("cb", parent=cell, fontName="DVB")


def P(t, s=body):
    return Paragraph(t, s)


def num(n, t):
    return Table([[P(n, small), P(t)]], colWidths=[11 * mm, 153 * mm],
                 style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])


def rule():
    return Table([[""]], colWidths=[164 * mm], rowHeights=[2],
                 style=[("LINEBELOW", (0, 0), (-1, -1), 2, TEAL)])


ADV = [
    P("GLENMUIR LOCAL LICENSING FORUM", small),
    P("Annual Report and Advice to the Glenmuir Licensing Board 2025-26", h1),
    P("Agreed at the Forum's meeting of 4 March 2026 | Convener: Mrs Morag Dalgleish | Clerk to the Forum: "
      "Legal and Democratic Services, Glenmuir Council, Burgh Chambers, Kilbraid", small),
    rule(), Spacer(1, 6),
    P("1. About the Forum", h2),
    num("1.1", "The Forum is established under section 10 of the Licensing (Scotland) Act 2005. Its functions are to "
        "keep under review the operation of the Act in the Board's area and to give the Board such advice and make "
        "such recommendations as it considers appropriate. The Act also provides that where the Board decides not "
        "to follow the Forum's advice it must give the Forum its reasons in writing."),
    num("1.2", "The Forum has fourteen members, including licence holders, a community council representative, the "
        "Licensing Standards Officer, a representative of the Glenmuir Alcohol and Drug Partnership, Police Scotland "
        "and young people from the Glenmuir Youth Forum. It met five times in 2025-26."),
    P("2. The year in numbers", h2),
]
facts = Table([[P(a, cellb), P(b, cell)] for a, b in [
    ("Premises licences in force (31 March 2026)", "412 (on-sales 236, off-sales 118, both 58)"),
    ("Occasional licences granted", "1,904, up 11 per cent on 2024-25"),
    ("Reviews of premises licences", "6 (two suspensions, one revocation)"),
    ("Alcohol-related A&E attendances, Kilbraid General", "2,310, the highest in five years")]],
    colWidths=[78 * mm, 86 * mm])
facts.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9bbcbf")),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e6f0f1")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
ADV += [facts, Spacer(1, 6),
        P("3. Overprovision and the statement of licensing policy", h2),
        num("3.1", "The Board must publish a statement of licensing policy within eighteen months of each local "
            "government election and must include a statement on overprovision. The Board's draft statement for "
            "2027-2032 is expected in the autumn."),
        num("3.2", "Members found it hard to test the Board's 2022 conclusion that the Harbour Street and Town Centre "
            "localities are overprovided, because the figures behind it were not published. In last year's report "
            "the Forum said that \"the Board should explain its reasons for each locality in plain language\"; the "
            "Board did so in its 2025 supplementary note and we do not repeat that point. <b>The Board should publish "
            "the data behind its overprovision assessment, locality by locality, alongside the draft policy "
            "statement.</b>"),
        num("3.3", "Off-sales hours are fixed by the Act at 10 a.m. to 10 p.m. and are not a matter for the Board. On-sales "
            "hours are. Police Scotland told us that 58 per cent of violent incidents in Harbour Street in 2025 took "
            "place between midnight and 3 a.m. <b>We advise the Board to adopt a policy presumption against new "
            "on-sales premises in Harbour Street opening beyond midnight.</b>"),
        P("4. Openness and participation", h2),
        num("4.1", "Board meetings are held at 10 a.m. on weekdays. Residents who objected to applications told us "
            "that they had to take a day's leave to be heard. <b>The Forum recommends that the Board hold at least "
            "one meeting a year in the evening, so that residents and workers can attend.</b>"),
        num("4.2", "The Forum welcomes the Board's decision to stream its meetings from January 2026. Minutes "
            "should, however, be published within ten working days, as the Board's own standing orders require."),
        P("5. Children and young people", h2),
        num("5.1", "The Youth Forum members surveyed 212 pupils aged 15 to 17. Two in five said they had been served "
            "alcohol without being asked for proof of age at least once. Operating plans must already state whether "
            "children will be allowed on the premises. <b>We recommend that every new premises licence application be "
            "accompanied by a written statement of how children and young people will be protected.</b>"),
        P("6. Health evidence and data", h2),
        num("6.1", "The Board's decisions on overprovision rely heavily on police data. Health data are available "
            "but reach the Forum only once a year. <b>The Board should ask Police Scotland and NHS Glenmuir to "
            "provide licensing-related data to the Forum every quarter.</b>"),
        num("6.2", "Several Board members told us they would welcome more background on public health evidence. "
            "<b>The Forum advises that Board members receive annual training on public health evidence, "
            "delivered jointly with the Alcohol and Drug Partnership.</b>"),
        P("7. Working with the Board", h2),
        num("7.1", "The Forum last met the Board jointly in 2023, as the Act requires at least once a year. <b>We ask "
            "the Board to invite the Forum convener to address it when the draft policy statement is "
            "considered.</b>"),
        num("7.2", "The Forum thanks the Licensing Standards Officer, Mr Ewan Tulloch, for his support during the "
            "year, and the licence holders who gave their time to our meetings."),
        Spacer(1, 8), P("Morag Dalgleish, Convener, on behalf of the Glenmuir Local Licensing Forum", small)]

RSP = [
    P("GLENMUIR LICENSING BOARD", small),
    P("Burgh Chambers, High Street, Kilbraid KB1 4RT | Clerk to the Board: Fiona Lennox, Solicitor", small),
    rule(), Spacer(1, 6),
    P("Our ref: GLB/LLF/2026/03 | Date: 19 May 2026", small),
    P("Mrs Morag Dalgleish<br/>Convener, Glenmuir Local Licensing Forum<br/>c/o Legal and Democratic Services", body),
    P("Dear Mrs Dalgleish,", body),
    P("Forum Annual Report and Advice 2025-26", h2),
    P("I write on behalf of the Licensing Board, which considered the Forum's annual report at its meeting on 12 May "
      "2026. The Board asked me to thank the Forum, and particularly the Youth Forum members, for a thoughtful report. "
      "This letter sets out the Board's response and, where it has not followed the Forum's advice, its reasons."),
    P("Training for Board members", h2),
    P("The Board agrees. A first session on alcohol harm and licensing evidence, jointly presented by the Alcohol "
      "and Drug Partnership and the Director of Public Health, has been arranged for 9 September 2026 and will be "
      "repeated each year as part of members' induction and refresher programme."),
    P("Overprovision evidence", h2),
    P("The Board accepts the Forum's view that its assessment should be open to scrutiny. The draft statement of "
      "licensing policy will be published with an annex setting out, for each of the six localities, the number of "
      "licensed premises, the capacity figures and the police and health data on which the Board relied."),
    P("Late opening in Harbour Street", h2),
    P("The Board has considered this advice carefully but has decided not to follow it. Members note that most "
      "incidents arise from a small number of premises, which can be dealt with through review, and consider that "
      "a blanket presumption could be hard to defend on appeal. The Board will instead keep terminal hours under "
      "review on a case-by-case basis."),
    P("Hearings and new applications", h2),
    P("From October 2026 the Board will hold its quarterly meeting in the evening, at 6 p.m., on a trial basis for "
      "one year. On child protection, the Board does not propose to require a separate written statement with every "
      "application, which would add cost for small operators; it will, however, revise its guidance notes so that "
      "applicants are asked to describe their proof-of-age policy in the operating plan."),
    P("Health and police data", h2),
    P("The Board notes the Forum's wish to see data more often. The supply of data is a matter for Police Scotland "
      "and NHS Glenmuir, and the Clerk will raise the request at the next meeting of the Licensing Partnership "
      "Group. The Board has not reached a view on quarterly reporting."),
    P("Other matters: fees review", h2),
    P("You may also wish to let Forum members know that the Scottish Government's consultation on licensing fees "
      "closed in April. The Board submitted a response supporting an increase in the fee cap for large premises, "
      "and a copy is available from my office."),
    P("I hope this response is helpful. The Board looks forward to continuing its constructive relationship with "
      "the Forum over the coming year.", body),
    P("Yours sincerely,", body), Spacer(1, 4),
    P("Fiona Lennox<br/>Clerk to the Glenmuir Licensing Board", body),
]


def build(story, path, header):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=23 * mm, rightMargin=23 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, invariant=1, title=header)
    doc.build(story)
    H.stamp(path, header=header, footer="Page {n} of {N}", skip_first=True, fontfile=R)


def main():
    a, r = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    build(ADV, a, "Glenmuir Local Licensing Forum - Annual Report and Advice 2025-26")
    build(RSP, r, "Glenmuir Licensing Board - response to the Forum, GLB/LLF/2026/03")
    recs = [
        {"number": 1, "starts_with": "The Board should publish the data behind its overprovision assessment",
         "reply_contains": "will be published with an annex setting out, for each",
         "verdict": "agrees"},
        {"number": 2, "starts_with": "We advise the Board to adopt a policy presumption against",
         "reply_contains": "has considered this advice carefully but has decided not to follow it",
         "verdict": "disagrees"},
        {"number": 3, "starts_with": "The Forum recommends that the Board hold at least one meeting",
         "reply_contains": "will hold its quarterly meeting in the evening, at 6 p.m.",
         "verdict": "agrees"},
        {"number": 4, "starts_with": "We recommend that every new premises licence application be accompanied",
         "reply_contains": "does not propose to require a separate written statement",
         "verdict": "partly", "also": ["disagrees"]},
        {"number": 5, "starts_with": "The Board should ask Police Scotland and NHS Glenmuir to provide",
         "reply_contains": "The Board has not reached a view on quarterly reporting",
         "verdict": "noted"},
        {"number": 6, "starts_with": "The Forum advises that Board members receive annual training on public",
         "reply_contains": "A first session on alcohol harm and licensing evidence",
         "verdict": "agrees"},
        {"number": 7, "starts_with": "We ask the Board to invite the Forum convener to address",
         "reply_contains": None, "verdict": "unanswered"}]
    unmatched = ["which considered the Forum's annual report at its meeting on 12 May",
                 "consultation on licensing fees closed in April",
                 "looks forward to continuing its constructive relationship with the Forum"]
    notes = ("Advice: a Scottish Local Licensing Forum's annual report and advice to the Licensing Board, paragraphs "
             "1.1-7.2 in a number column; the seven recommendations are BOLD SENTENCES at the end of paragraphs 3.2, "
             "3.3, 4.1, 5.1, 6.1, 6.2 and 7.1, with varied openings ('The Board should', 'We advise the Board to', "
             "'The Forum recommends that', 'We recommend that', 'The Forum advises that', 'We ask the Board to'), no "
             "numbers. Traps: section 10 of the 2005 Act, the Board 'must give the Forum its reasons', facts table, "
             "'must publish a statement of licensing policy', last year's advice quoted ('the Board should explain its "
             "reasons for each locality'), off-sales hours fixed by the Act, 'Minutes should, however, be published', "
             "'Operating plans must already state'. Response: the Clerk's LETTER with subject headings, NO numbers, "
             "order 6, 1, 2, 3+4, 5: training arranged 9 September 2026 (6 agrees); data annex (1 agrees); Harbour "
             "Street presumption not followed (2 disagrees); ONE paragraph 'Hearings and new applications' = evening "
             "meeting from October 2026 (3 agrees) + no separate child-protection statement, guidance revised "
             "instead (4 partly, disagrees acceptable); data a matter for partners, no view (5 noted); 7 (convener to "
             "address the Board) unanswered. Unmatched: opening paragraph, 'Other matters: fees review', closing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
