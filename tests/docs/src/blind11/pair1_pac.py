"""Blind round 11, pair 1: UK Committee of Public Accounts report + Treasury Minute covering two reports.

Engine: reportlab Platypus (see rl_common.py), Liberation Serif / Liberation Sans.
Run from the repository root:
    /tmp/blind11env/bin/python tests/docs/src/blind11/pair1_pac.py
Writes tests/docs/blind11_en_pac_minute_advice.pdf and tests/docs/blind11_en_pac_minute_response.pdf.
"""

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, PageBreak, KeepTogether, Table, TableStyle
from reportlab.lib.pagesizes import A4

from rl_common import build, fonts, styles

fonts("LS", "Serif")
fonts("LN", "Sans")
S = styles("LS", 10.5)
N = styles("LN", 10)

CONC = [
    ("1", "HMCTS does not have a reliable picture of the condition of its estate.",
     "Only 61% of court and tribunal buildings have had a full condition survey in the last five years, and HMCTS "
     "told us that its estimate of the maintenance backlog, £1.3 billion, could be out by several hundred million "
     "pounds in either direction. An organisation that does not know the state of its buildings cannot plan their "
     "repair.",
     "HMCTS should complete condition surveys of every court and tribunal building by March 2026 and write to us "
     "with the results, including a revised estimate of the maintenance backlog."),
    ("2", "Court users and Parliament cannot see which buildings are in the worst condition.",
     "The Ministry reports the condition of its estate only as a national average. Court users, local "
     "practitioners and members of the public have no way of knowing whether their local court is among those at "
     "risk of closure through failure.",
     "The Ministry should publish, for every court and tribunal building, the condition score from its surveys "
     "and the planned date of the next major repair."),
    ("3", "Too many hearings are lost because buildings are unfit for use.",
     "Leaking roofs, failed heating and broken lifts led to courtrooms being closed on more than 2,700 sitting "
     "days in 2023-24. HMCTS does not record how many hearings were cancelled or moved as a result, so it cannot "
     "tell us what this costs victims, witnesses and defendants in delay.",
     "HMCTS should record every hearing that is cancelled or moved because of a building fault and report these "
     "figures to us every six months."),
    ("4", "The closure programme of 2016 to 2020 did not deliver the savings intended.",
     "The Ministry closed 126 courts between 2016 and 2020, expecting to save £1 billion over ten years and to "
     "reinvest the proceeds in the remaining estate. Sales have raised £223 million, and little of it has been "
     "reinvested in the buildings that remain open.", None),
    ("5", "The Ministry has no long-term plan for the estate.",
     "Maintenance funding has been agreed one year at a time, and has repeatedly been diverted to meet other "
     "pressures, such as prison places. Short-term funding leads to short-term patching rather than planned "
     "repair, which is more expensive in the long run.",
     "The Ministry should set out a funded ten-year plan for the estate by the next Spending Review, and should "
     "ring-fence the maintenance budget within it so that it cannot be diverted to other pressures."),
    ("6", "Court users, including disabled people and victims, are let down by poor facilities.",
     "We heard that disabled court users are routinely unable to reach courtrooms, that separate waiting areas for "
     "victims are unavailable in a third of Crown Court centres, and that basic facilities such as drinking water "
     "and working toilets cannot be relied upon.",
     "HMCTS should audit the accessibility of every building open to the public and, within 12 months, publish the "
     "results with a timetable for putting right the most serious failings."),
    ("7", "The Ministry does not know how intensively its courtrooms are used.",
     "The Ministry could not tell us how often individual courtrooms sit, which makes it impossible to judge "
     "whether the estate is the right size or in the right places.",
     "The Ministry should publish data on how often each courtroom is used, so that decisions on the estate can "
     "be based on evidence and scrutinised by court users."),
]


def advice_page(c, doc):
    c.saveState()
    c.setFont("LS", 8)
    c.setFillColor(colors.HexColor("#555555"))
    if doc.page > 1:
        c.drawString(25 * mm, A4[1] - 14 * mm, "The condition of the court and tribunal estate")
        c.drawRightString(A4[0] - 25 * mm, 12 * mm, str(doc.page))
    c.restoreState()


def advice():
    st = []
    st.append(Paragraph("House of Commons", S["h2"]))
    st.append(Paragraph("Committee of Public Accounts", S["h2"]))
    st.append(Spacer(1, 30 * mm))
    st.append(Paragraph("The condition of the court and tribunal estate", S["title"]))
    st.append(Paragraph("Thirty-Second Report of Session 2024–25", S["h2"]))
    st.append(Spacer(1, 8 * mm))
    st.append(Paragraph("<i>Report, together with formal minutes relating to the report</i>", S["body"]))
    st.append(Paragraph("<i>Ordered by the House of Commons to be printed 3 March 2025</i>", S["body"]))
    st.append(Spacer(1, 30 * mm))
    st.append(Paragraph("HC 512", S["h2"]))
    st.append(Paragraph("Published on 14 March 2025 by authority of the House of Commons", S["small"]))
    st.append(PageBreak())

    st.append(Paragraph("Summary", S["h1"]))
    st.append(Paragraph(
        "Courts and tribunals are where citizens go to seek justice, and the buildings they go to matter. Yet too "
        "many of the 340 buildings that HM Courts &amp; Tribunals Service (HMCTS) runs are in poor condition: roofs "
        "leak, lifts fail and heating breaks down, and hearings are lost as a result. The Ministry of Justice (the "
        "Ministry) estimates the backlog of maintenance at £1.3 billion, but it does not know the condition of a "
        "large part of its estate well enough to be confident of that figure.", S["body"]))
    st.append(Paragraph(
        "Funding for maintenance has been set one year at a time and has been diverted to other priorities. The "
        "Ministry now needs a long-term plan, backed by money that cannot be moved elsewhere, and it needs to be "
        "open with court users about the state of the buildings they depend on.", S["body"]))
    st.append(Paragraph("Introduction", S["h1"]))
    st.append(Paragraph(
        "HMCTS is an executive agency of the Ministry of Justice. It is responsible for the administration of "
        "criminal, civil and family courts and tribunals in England and Wales, and non-devolved tribunals in "
        "Scotland and Northern Ireland. In 2023-24 it spent £204 million on the maintenance of its estate. The "
        "Comptroller and Auditor General reported on the condition of the estate in November 2024. On the basis of "
        "that report, we took evidence from the Ministry and HMCTS on 9 January 2025.", S["body"]))

    st.append(Paragraph("Conclusions and recommendations", S["h1"]))
    for num, head, body, rec in CONC:
        parts = [Paragraph(f"<b>{head}</b> {body}", S["numb"], bulletText=num + ".")]
        if rec:
            parts.append(Paragraph(f"<b><i>Recommendation:</i></b> {rec}", S["num"]))
        st.append(KeepTogether(parts))

    st.append(Paragraph("1 The state of the estate", S["h1"]))
    body1 = [
        "HMCTS runs 340 court and tribunal buildings, ranging from Victorian Crown Courts to modern tribunal "
        "centres in leased offices. Around 40% of the buildings are more than 50 years old, and 46 are listed "
        "buildings. (C&amp;AG's Report, paras 1.2 to 1.4)",
        "HMCTS told us that it had carried out full condition surveys of 207 of its buildings since 2019. For the "
        "remaining 133 it relies on the knowledge of local staff and on older surveys. The Permanent Secretary "
        "accepted that the Ministry's estimate of the maintenance backlog was 'a reasonable central estimate with a "
        "wide margin of error'. (Qq 12 to 15)",
        "In 2023-24 courtrooms were unavailable on 2,734 sitting days because of building faults, an increase of "
        "38% since 2021-22. HMCTS records the closure of a room but not the hearings that were listed in it. (Qq 27 "
        "to 31; C&amp;AG's Report, figure 6)",
        "Victim Support told us that victims and witnesses are too often made to wait in the same areas as "
        "defendants, and the Bar Council described facilities for disabled practitioners as 'an embarrassment'. "
        "(Written evidence CTE0004, CTE0011)",
        "The Ministry publishes a national average condition score in its annual report. It does not publish "
        "information about individual buildings. HMCTS officials told us that they were concerned that publishing "
        "building-level information could pose security risks. (Q 44)",
    ]
    for i, t in enumerate(body1, 1):
        st.append(Paragraph(t, S["num"], bulletText=f"{i}."))
    st.append(Paragraph("2 Planning for the future", S["h1"]))
    body2 = [
        "Between 2016 and 2020 the Ministry closed 126 courts. It expected the sale of the buildings to fund "
        "investment in the remaining estate. The C&amp;AG found that sales have so far raised £223 million against an "
        "expected £450 million. (C&amp;AG's Report, paras 2.6 to 2.9)",
        "Maintenance budgets have been agreed annually. In two of the last four years the Ministry moved money "
        "from estate maintenance to fund additional prison places. (Qq 52 to 58)",
        "The Ministry told us that it intends to publish an estate strategy, but that the timing depends on the "
        "outcome of the Spending Review. (Q 61)",
        "The Ministry does not collect information on how often individual courtrooms sit. HMCTS told us that "
        "listing is a judicial function and that utilisation data must be interpreted with care. (Qq 70 to 74)",
    ]
    for i, t in enumerate(body2, len(body1) + 1):
        st.append(Paragraph(t, S["num"], bulletText=f"{i}."))

    st.append(Paragraph("Formal minutes", S["h1"]))
    st.append(Paragraph("<b>Monday 3 March 2025</b>", S["body"]))
    st.append(Paragraph("Members present: Dame Alison Marsh, in the Chair; Priya Anand, Tom Bexley, "
                        "Gareth Lloyd, Ruth Ashdown", S["body"]))
    st.append(Paragraph("Draft Report (<i>The condition of the court and tribunal estate</i>), proposed by the Chair, "
                        "brought up and read. Paragraphs 1 to 9 read and agreed to. Summary agreed to. Conclusions "
                        "and recommendations agreed to. <i>Resolved</i>, That the Report be the Thirty-second of the "
                        "Committee to the House.", S["body"]))
    return build("blind11_en_pac_minute_advice.pdf", st, advice_page,
                 title="The condition of the court and tribunal estate")


def minute_page(c, doc):
    c.saveState()
    c.setFont("LN", 8)
    c.setFillColor(colors.HexColor("#444444"))
    if doc.page > 1:
        c.drawString(22 * mm, A4[1] - 13 * mm, "Treasury Minutes – May 2025")
        c.drawRightString(A4[0] - 22 * mm, 12 * mm, str(doc.page))
    c.restoreState()


def pair(st, num, conc, rec, paras, target):
    st.append(Paragraph(f"<b>{num}. PAC conclusion:</b> {conc}", N["body"]))
    st.append(Paragraph(f"<b>{num}. PAC recommendation:</b> {rec}", N["body"]))
    for i, t in enumerate(paras, 1):
        st.append(Paragraph(t, N["num"], bulletText=f"{num}.{i}"))
    st.append(Paragraph(f"Recommendation implementation target date: {target}", N["num"]))
    st.append(Spacer(1, 3 * mm))


def response():
    st = []
    st.append(Spacer(1, 25 * mm))
    st.append(Paragraph("Treasury Minutes", N["title"]))
    st.append(Paragraph("Government responses to the Committee of Public Accounts on the Thirty-first and "
                        "Thirty-second reports from Session 2024–25", N["h2"]))
    st.append(Spacer(1, 10 * mm))
    st.append(Paragraph("Presented to Parliament by the Exchequer Secretary to the Treasury by Command of His "
                        "Majesty", N["body"]))
    st.append(Paragraph("May 2025", N["body"]))
    st.append(Paragraph("CP 1321", N["body"]))
    st.append(Spacer(1, 12 * mm))
    t = Table([["Introduction from the government", "2"],
               ["Thirty-first report – HM Revenue & Customs: customer service performance", "3"],
               ["Thirty-second report – The condition of the court and tribunal estate", "4"]],
              colWidths=[140 * mm, 20 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LN", 9.5), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey)]))
    st.append(Paragraph("Contents", N["h2"]))
    st.append(t)
    st.append(PageBreak())

    st.append(Paragraph("Introduction from the government", N["h1"]))
    st.append(Paragraph(
        "The government welcomes the scrutiny of the Committee of Public Accounts and values its role in holding "
        "departments to account for the use of public money. This Command Paper sets out the government's response "
        "to two reports of the Committee. Of the 8 recommendations in these reports, the government has agreed with "
        "6, partially agreed with 1 and disagreed with 1.", N["body"]))
    st.append(Paragraph(
        "Progress on recommendations from earlier sessions is reported separately in the Treasury Minutes Progress "
        "Report, which is published twice a year.", N["body"]))

    st.append(PageBreak())
    st.append(Paragraph("Thirty-first report of Session 2024–25", N["h1"]))
    st.append(Paragraph("HM Revenue &amp; Customs", N["h2"]))
    st.append(Paragraph("Customer service performance", N["h2"]))
    st.append(Paragraph("<b>Introduction from the Committee</b>", N["body"]))
    st.append(Paragraph("Based on a report by the Comptroller and Auditor General, the Committee took evidence on 28 "
                        "November 2024 from HM Revenue &amp; Customs (HMRC) on its customer service performance. The "
                        "Committee published its report on 7 March 2025. This is the government's response to the "
                        "Committee's report.", N["body"]))
    st.append(Paragraph("<b>Government response to the Committee</b>", N["body"]))
    pair(st, "1", "HMRC's telephone service has deteriorated to a level that taxpayers find unacceptable.",
         "HMRC should set out, in its Treasury Minute response, a trajectory for bringing average call waiting "
         "times back under 10 minutes.",
         ["The government agrees with the Committee's recommendation.",
          "HMRC expects average call waiting times to fall from 23 minutes in 2024-25 to 15 minutes by March 2026 "
          "and under 10 minutes by March 2027, as 1,800 additional advisers complete their training."],
         "March 2027")
    pair(st, "2", "HMRC has moved customers online before its digital services were ready.",
         "HMRC should not close any further telephone helplines until it can show that the digital alternative "
         "meets the needs of the customers who use the helpline.",
         ["The government agrees with the Committee's recommendation.",
          "HMRC has committed that no further helplines will be closed without a published assessment of the "
          "readiness of the digital alternative, including its accessibility for digitally excluded customers."],
         "Recommendation implemented")

    st.append(PageBreak())
    st.append(Paragraph("Thirty-second report of Session 2024–25", N["h1"]))
    st.append(Paragraph("Ministry of Justice and HM Courts &amp; Tribunals Service", N["h2"]))
    st.append(Paragraph("The condition of the court and tribunal estate", N["h2"]))
    st.append(Paragraph("<b>Introduction from the Committee</b>", N["body"]))
    st.append(Paragraph("Based on a report by the Comptroller and Auditor General, the Committee took evidence on 9 "
                        "January 2025 from the Ministry of Justice and HM Courts &amp; Tribunals Service (HMCTS) on the "
                        "condition of the court and tribunal estate. The Committee published its report on 14 March "
                        "2025. This is the government's response to the Committee's report.", N["body"]))
    st.append(Paragraph("<b>Government response to the Committee</b>", N["body"]))
    c = {n: (h, r) for n, h, b, r in CONC}
    pair(st, "1", c["1"][0], c["1"][1],
         ["The government agrees with the Committee's recommendation.",
          "HMCTS began a rolling programme of condition surveys in 2024. Surveys of the remaining 133 buildings "
          "have been commissioned and will be completed by March 2026. HMCTS will write to the Committee with the "
          "results and a revised estimate of the backlog by April 2026."],
         "April 2026")
    pair(st, "2", c["2"][0], c["2"][1],
         ["The government disagrees with the Committee's recommendation.",
          "The Ministry already publishes the average condition of the estate in its annual report and accounts. "
          "Publishing condition scores and planned repair dates for individual buildings would give a detailed "
          "picture of the vulnerabilities of sites that include custody suites and secure docks, and could weaken "
          "the Ministry's position in negotiations with contractors.",
          "The Ministry will instead publish a summary of condition by region from 2026."],
         "Not applicable")
    pair(st, "3", c["3"][0], c["3"][1],
         ["The government agrees with the Committee's recommendation.",
          "Since October 2024, HMCTS has recorded every hearing that is vacated or moved because of a building "
          "fault in its listing system. The first six-monthly report was sent to the Committee on 2 May 2025 and "
          "future reports will follow in November and May each year."],
         "Recommendation implemented")
    pair(st, "5", c["5"][0], c["5"][1],
         ["The government agrees with the first part of the Committee's recommendation but disagrees with the "
          "second part.",
          "The Ministry will publish a ten-year estate strategy, with the funding agreed at the Spending Review, "
          "within six months of the Spending Review settlement.",
          "Ring-fencing the maintenance budget would remove the flexibility the Ministry needs to respond to urgent "
          "pressures across the justice system. Instead, the Ministry's Board will review maintenance spending "
          "against the strategy every quarter, and any transfer out of the maintenance budget will require the "
          "approval of the Permanent Secretary."],
         "Spring 2026")
    pair(st, "6", c["6"][0], c["6"][1],
         ["The government agrees with the Committee's recommendation.",
          "The Ministry does not accept the Committee's conclusion that court users are routinely let down by poor "
          "facilities. In the most recent court user survey, 78% of users rated the facilities as good or "
          "acceptable. It does, however, recognise that the experience of disabled users and victims is too "
          "variable.",
          "HMCTS will complete an accessibility audit of all 340 buildings open to the public by March 2026, and "
          "publish the results with a timetable for remedying the most serious failings."],
         "March 2026")
    pair(st, "7", c["7"][0], c["7"][1],
         ["The government agrees with the Committee's recommendation.",
          "The senior judiciary, who are responsible for listing, have told HMCTS that they do not support the "
          "publication of data for individual courtrooms, as it could be misread as a measure of judicial "
          "productivity. HMCTS recognises this concern.",
          "HMCTS will nonetheless publish sitting-day data for each courtroom from autumn 2025, accompanied by an "
          "explanatory note prepared with the Judicial Office that sets out the limits of the data."],
         "Autumn 2025")
    return build("blind11_en_pac_minute_response.pdf", st, minute_page,
                 margins=(22 * mm, 22 * mm, 22 * mm, 20 * mm), title="Treasury Minutes May 2025")


if __name__ == "__main__":
    print(advice(), response())
