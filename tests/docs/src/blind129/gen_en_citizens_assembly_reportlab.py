"""Round 129 (EN): an Irish county's CITIZENS' ASSEMBLY on rural transport, whose final report gives its seven
recommendations as ROWS OF A BALLOT RESULTS TABLE ('Rec. | Recommendation | For | Against | Abstain'), answered by
the CHIEF EXECUTIVE'S RESPONSE to Council, a table with a 'Rec.' number column in another order.
Traps in the advice: the three questions put to the Assembly (numbered 1-3), a quoted objective of the County
Development Plan ('should seek to'), the Planning and Development Act 2000 named as context ('must have regard'),
ballot items NOT CARRIED in a second table, a finding in bold, and a closing line naming recommendations 1, 5 and 7.
The response's table runs 7, 1, 2, '4 and 5' (one row, a verdict each), 3, plus a 'General' row on the Assembly's
process; recommendation 6 is never answered; the introduction (a development plan objective 'TR 6') and the financial
implications answer nothing.
reportlab platypus, A4, cleaned Liberation Sans (advice) and Liberation Serif (response), invariant=1; header and
'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented; the Planning and
Development Act 2000 is named as context only (what is said of it here is paraphrased and not to be relied on).
Run:  /tmp/blind129en/bin/python tests/docs/src/blind129/gen_en_citizens_assembly_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b129en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "blind129_en_citizens_assembly"
GREEN = colors.HexColor("#1f5c3a")
PALE = colors.HexColor("#e7f1ea")
NAVY = colors.HexColor("#22335a")
GRID = colors.HexColor("#8a9a90")


def fonts():
    for fam, files in (("LS", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf")),
                       ("LF", ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                               "LiberationSerif-Italic.ttf"))):
        pdfmetrics.registerFont(TTFont(fam, H.clean_font(files[0])))
        pdfmetrics.registerFont(TTFont(fam + "-B", H.clean_font(files[1])))
        pdfmetrics.registerFont(TTFont(fam + "-I", H.clean_font(files[2])))
        pdfmetrics.registerFontFamily(fam, normal=fam, bold=fam + "-B", italic=fam + "-I", boldItalic=fam + "-B")


def styles(fam, size, colour):
    body = ParagraphStyle("b", fontName=fam, fontSize=size, leading=size * 1.38, spaceAfter=2.2 * mm)
    return {
        "body": body,
        "h1": ParagraphStyle("h1", parent=body, fontName=fam + "-B", fontSize=18, leading=22, textColor=colour,
                             spaceAfter=1.5 * mm),
        "h2": ParagraphStyle("h2", parent=body, fontName=fam + "-B", fontSize=12.5, leading=15.5, textColor=colour,
                             spaceBefore=3 * mm, spaceAfter=1.4 * mm),
        "sub": ParagraphStyle("sub", parent=body, fontSize=9, textColor=colors.HexColor("#555555")),
        "li": ParagraphStyle("li", parent=body, leftIndent=7 * mm, bulletIndent=1.5 * mm, spaceAfter=1 * mm),
        "cell": ParagraphStyle("c", parent=body, fontSize=size - 0.8, leading=(size - 0.8) * 1.35, spaceAfter=0),
        "cellb": ParagraphStyle("cb", parent=body, fontName=fam + "-B", fontSize=size - 0.8,
                                leading=(size - 0.8) * 1.35, spaceAfter=0),
    }


def grid(rows, widths, shade):
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                           ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                           ("BACKGROUND", (0, 0), (-1, 0), shade)]))
    return t


def advice():
    S = styles("LS", 10, GREEN)
    P = lambda t, s="body": Paragraph(t, S[s])
    C = lambda t: P(t, "cell")
    Q = lambda t: Paragraph(t, S["li"], bulletText="\u2022")
    st = [P("BALLINVANE COUNTY COUNCIL &#183; CITIZENS' ASSEMBLY ON RURAL TRANSPORT", "sub"),
          P("Getting Around Ballinvane: Report of the Citizens' Assembly on Rural Transport", "h1"),
          P("Presented to the Cathaoirleach and members of Ballinvane County Council, 24 October 2025 &#183; "
            "Independent Chair: Dr Maeve Tierney-Walsh &#183; Ref. BCC/CA/2025/02", "sub"),
          P("1. Chair's introduction", "h2"),
          P("In March 2025 the County Council invited 66 residents, chosen at random and balanced by age, gender and "
            "where they live, to consider how people in rural Ballinvane get to work, school, shops and services. "
            "Over six weekends in Kilbrack and Ardmoy the members heard from 23 speakers, read 418 written "
            "submissions and spent many hours in small-group discussion. The Council asked the Assembly three "
            "questions:"),
          Q("What are the main barriers to getting around for people who live outside the county's towns?"),
          Q("Which of those barriers could the County Council itself remove or reduce?"),
          Q("What should the Council ask of the National Transport Authority and other bodies?"),
          P("2. What the members heard", "h2"),
          P("Almost one household in five in rural Ballinvane has no car. Only 14 of the county's 46 parishes have a "
            "bus at least once a day, and the average journey to the nearest general practice without a car takes 52 "
            "minutes. Young people and older people were described again and again as the groups most cut off."),
          P("<b>Members concluded that for many rural residents the real barrier is not distance but the lack of any "
            "alternative to the private car.</b>"),
          P("The County Development Plan 2022-2028 already states, in objective TR 4, that the Council \"should seek to "
            "improve public transport links between rural settlements and the county's towns\". Under the Planning and "
            "Development Act 2000 the Council must have regard to national transport policy when it makes its plans. "
            "Members felt that progress on the objective had been slow."),
          P("3. The Assembly's recommendations", "h2"),
          P("On the final weekend, 61 members voted by secret ballot on 10 draft recommendations prepared in the "
            "small groups. A draft was carried where more than half of those voting supported it. The seven carried "
            "recommendations are set out below in the order of the ballot paper.")]
    rows = [[P("Rec.", "cellb"), P("Recommendation", "cellb"), P("For", "cellb"), P("Against", "cellb"),
             P("Abstain", "cellb")]]
    recs = [
        ("1", "That the County Council fund a demand responsive bus service reaching every parish in the county by "
              "the end of 2028.", "56", "3", "2"),
        ("2", "That every town with more than 1,500 people have safe walking and cycling routes to each of its "
              "schools within five years.", "52", "6", "3"),
        ("3", "That the County Council press for the reopening of a railway halt at Kilbrack on the existing "
              "Ardmoy line.", "41", "15", "5"),
        ("4", "That parking charges in the county's towns be frozen until each town has a bus to Ardmoy at least "
              "every hour.", "35", "22", "4"),
        ("5", "That the County Council install at least 40 public charge points for electric vehicles in rural "
              "villages by 2027.", "47", "10", "4"),
        ("6", "That community car schemes run by volunteers receive an annual grant towards their insurance "
              "costs.", "50", "7", "4"),
        ("7", "That the County Council set up a standing Rural Transport Forum, with at least three members of this "
              "Assembly, to monitor progress on these recommendations.", "58", "2", "1"),
    ]
    for r in recs:
        rows.append([C(r[0]), C(r[1]), C(r[2]), C(r[3]), C(r[4])])
    st += [grid(rows, [12 * mm, 106 * mm, 13 * mm, 17 * mm, 18 * mm], PALE), Spacer(1, 3 * mm),
           P("Three further drafts were put to the ballot but were not carried. They are recorded here for "
             "completeness and are not recommendations of the Assembly.")]
    lost = [[P("Ballot item", "cellb"), P("Draft put to the vote", "cellb"), P("For", "cellb"),
             P("Result", "cellb")],
            [C("B"), C("Introduce a congestion charge for cars entering Ardmoy town centre on weekdays."), C("19"),
             C("Not carried")],
            [C("F"), C("Make all local bus services in the county free of charge for everyone."), C("27"),
             C("Not carried")],
            [C("I"), C("Close the Kilbrack regional road to heavy goods vehicles at night."), C("24"),
             C("Not carried")]]
    st += [grid(lost, [22 * mm, 102 * mm, 14 * mm, 28 * mm], colors.HexColor("#eeeeee")), Spacer(1, 2 * mm),
           P("4. Next steps", "h2"),
           P("The members ask the Council to give a written response to each recommendation within four months. "
             "Recommendations 1, 5 and 7 received the strongest support and, in the members' view, could be acted "
             "on soonest. On behalf of the Assembly I thank every member, speaker and the Council staff who "
             "supported our work."),
           P("<i>Dr Maeve Tierney-Walsh, Independent Chair</i>")]
    doc = SimpleDocTemplate(H.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Getting Around Ballinvane", author="Citizens' Assembly on Rural Transport")
    doc.build(st)


def response():
    S = styles("LF", 10.8, NAVY)
    P = lambda t, s="body": Paragraph(t, S[s])
    C = lambda t: P(t, "cell")
    B = lambda t: P(t, "cellb")
    st = [P("BALLINVANE COUNTY COUNCIL", "sub"),
          P("Chief Executive's Response to the Citizens' Assembly on Rural Transport", "h1"),
          P("Report to the Monthly Meeting of the Council, 9 February 2026 &#183; Item 7 &#183; Ref. CE/2026/011",
            "sub"),
          P("1. Introduction", "h2"),
          P("The Citizens' Assembly on Rural Transport presented its report, Getting Around Ballinvane, to the "
            "Council in October 2025. The members asked for a written response within four months, and this report "
            "provides it. The Executive has worked through the report with the Transportation, Climate Action and "
            "Community Development sections. Much of what the Assembly asks is consistent with objective TR 6 of "
            "the County Development Plan, which deals with active travel, and with the Council's Climate Action "
            "Plan."),
          P("2. Response to the recommendations", "h2")]
    rows = [[B("Rec."), B("Response of the Chief Executive"), B("Lead section")],
            [C("7"), C("Agreed. The first meeting of the Rural Transport Forum will be held in March 2026. Four "
                       "Assembly members have agreed to serve on it, alongside councillors, the NTA and local "
                       "transport operators, and it will publish a short progress note every six months."),
             C("Community Development")],
            [C("1"), C("Agreed. The Council will co-fund with the NTA an extension of the Ballinvane Link "
                       "demand responsive service, so that all 46 parishes are served by the end of 2027. The "
                       "first phase, covering the eleven western parishes, begins in September 2026."),
             C("Transportation")],
            [C("2"), C("Agreed in part. Safe routes to school will be delivered in Ardmoy, Kilbrack and "
                       "Rathgorm, the three largest towns, by 2029. The smaller towns will follow as funding allows "
                       "and cannot be committed to within five years."),
             C("Active Travel Office")],
            [C("4 and 5"), C("Parking income funds the maintenance of the county's town centres, and the Council "
                             "will not freeze parking charges; the next review of charges is due in 2027. "
                             "On charging, the Council accepts the target and will install 40 rural charge points "
                             "by December 2027 under the Local Authority Charging Scheme."),
             C("Roads / Climate Action")],
            [C("3"), C("Decisions on new stations are a matter for the national rail operator. The Council has "
                       "forwarded the recommendation on Kilbrack to the operator and will consider any study it "
                       "may carry out."),
             C("Transportation")],
            [C("General"), C("The Executive thanks the members and the Chair. Appointing an independent chair and "
                             "a secret ballot worked well, and the same model will be used for future assemblies."),
             C("Corporate Services")]]
    st += [grid(rows, [18 * mm, 116 * mm, 32 * mm], colors.HexColor("#e3e8f2")), Spacer(1, 3 * mm),
           P("3. Financial implications", "h2"),
           P("The measures agreed above are estimated to cost €2.3 million over three years, of which €1.6 million "
             "is expected from NTA and national climate funding. The Council's share will be provided for in the "
             "2027 and 2028 budgets."),
           P("4. Recommendation to the Council", "h2"),
           P("That the Council note this report and agree that it be sent to the members of the Citizens' Assembly "
             "with the Council's thanks."),
           P("<i>Declan Fahy-Morrin, Chief Executive</i>")]
    doc = SimpleDocTemplate(H.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=22 * mm, bottomMargin=22 * mm, invariant=1,
                            title="Chief Executive's Response to the Citizens' Assembly", author="Ballinvane County Council")
    doc.build(st)


def main():
    fonts()
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Ballinvane Citizens' Assembly on Rural Transport - Final Report",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Ballinvane County Council - Chief Executive's Response (CE/2026/011)",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "That the County Council fund a demand responsive bus service",
         "reply_contains": "so that all 46 parishes are served by the end of 2027", "verdict": "agrees"},
        {"number": 2, "starts_with": "That every town with more than 1,500 people have safe",
         "reply_contains": "The smaller towns will follow as funding allows", "verdict": "partly"},
        {"number": 3, "starts_with": "That the County Council press for the reopening of a railway halt",
         "reply_contains": "has forwarded the recommendation on Kilbrack to the operator", "verdict": "noted"},
        {"number": 4, "starts_with": "That parking charges in the county's towns be frozen",
         "reply_contains": "the Council will not freeze parking charges", "verdict": "disagrees"},
        {"number": 5, "starts_with": "That the County Council install at least 40 public charge points",
         "reply_contains": "will install 40 rural charge points by December 2027", "verdict": "agrees"},
        {"number": 6, "starts_with": "That community car schemes run by volunteers receive an annual grant",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 7, "starts_with": "That the County Council set up a standing Rural Transport Forum",
         "reply_contains": "Four Assembly members have agreed to serve on it", "verdict": "agrees"},
    ]
    unmatched = ["consistent with objective TR 6 of the County Development Plan",
                 "the same model will be used for future assemblies",
                 "estimated to cost €2.3 million over three years",
                 "agree that it be sent to the members of the Citizens' Assembly"]
    notes = ("Advice: an Irish county's CITIZENS' ASSEMBLY on rural transport; the seven recommendations are ROWS of a "
             "ballot results table 'Rec. | Recommendation | For | Against | Abstain', each a 'That ...' clause. Traps: "
             "three bulleted questions put to the Assembly, figures, a bold finding ('Members concluded that ...'), the "
             "development plan's objective TR 4 quoted ('should seek to improve'), the Planning and Development Act "
             "2000 paraphrased ('must have regard'), a second table of three ballot drafts NOT CARRIED (B, F, I: "
             "congestion charge, free buses, night lorry ban), a closing line naming 'Recommendations 1, 5 and 7'. "
             "Response: the Chief Executive's report to Council with a table 'Rec. | Response | Lead section' in the "
             "order 7, 1, 2, '4 and 5', 3, 'General': 7 Forum from March 2026 (agrees); 1 all 46 parishes by end 2027 "
             "(agrees); 2 'Agreed in part', three largest towns by 2029, smaller towns 'cannot be committed to' "
             "(partly); one row for 4 ('will not freeze parking charges': disagrees) and 5 (40 charge points by "
             "December 2027: agrees); 3 'a matter for the national rail operator', forwarded, 'will consider any "
             "study' (noted); 6 never answered (unanswered). Introduction naming objective 'TR 6' (not recommendation "
             "6), the 'General' row, financial implications (EUR 2.3 million) and the report's own recommendation to "
             "Council answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
