"""Blind round 11, pair 8: independent review for an English county council (recommendations R1-R8 only in a shaded
summary box) + a Cabinet report whose own numbered paragraphs include officers' "Recommendations" to Cabinet and an
Appendix A in two columns with the council's responses.

Engine: reportlab Platypus (see rl_common.py), Liberation Sans; Appendix A set in two frames (columns).
Run from the repository root:
    /tmp/blind11env/bin/python tests/docs/src/blind11/pair8_send.py
Writes tests/docs/blind11_en_send_cabinet_advice.pdf and tests/docs/blind11_en_send_cabinet_response.pdf.
"""

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

from rl_common import OUT, build, fonts, styles

fonts("LN", "Sans")
S = styles("LN", 10)

RECS = [
    ("R1", "Give every family a single named contact in the transport team, who stays with the family from the "
           "application until the child's transport is running smoothly."),
    ("R2", "Publish the home-to-school transport policy in plain English and consult parents on any change at least "
           "six months before it takes effect."),
    ("R3", "Reinstate an independent appeals panel, chaired by someone who is not a councillor or an officer of the "
           "council, to hear stage two appeals."),
    ("R4", "Require every driver and passenger assistant to complete SEND awareness training before their first "
           "journey with a child."),
    ("R5", "Check that every operator renews the enhanced DBS checks of its drivers and passenger assistants at "
           "least every three years, and audit a sample of operators each term."),
    ("R6", "Set a maximum journey time of 45 minutes each way for children of primary school age and 75 minutes "
           "for older pupils."),
    ("R7", "Make the case to the Department for Education for a specific grant that reflects the rising cost of "
           "SEND transport in shire counties."),
    ("R8", "Bring the planning of routes back in-house when the current contract with RouteWise Ltd ends in 2026."),
]


def adv_page(c, doc):
    c.saveState()
    c.setFont("LN", 8)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(22 * mm, 12 * mm, "Independent review of SEND home-to-school transport – Northshire County Council")
    c.drawRightString(A4[0] - 22 * mm, 12 * mm, str(doc.page))
    c.restoreState()


def advice():
    st = [Paragraph("Independent review of home-to-school transport for children with special educational needs "
                    "and disabilities", S["title"]),
          Paragraph("Report to Northshire County Council", S["h2"]),
          Paragraph("Dr Fiona Ashworth, independent reviewer &nbsp;·&nbsp; June 2025", S["body"]),
          Spacer(1, 4 * mm)]
    st.append(Paragraph("Summary", S["h1"]))
    st.append(Paragraph(
        "In September 2024 more than 300 children with special educational needs and disabilities (SEND) in "
        "Northshire started the school year without the transport they were entitled to. Some missed weeks of "
        "school. The council asked me to review what went wrong and what should change. I spoke to 64 families, to "
        "schools, to transport operators and drivers, and to council officers and members.", S["body"]))
    st.append(Paragraph(
        "My recommendations are set out in the box below and explained in the chapters that follow. They are "
        "addressed to the council.", S["body"]))
    box = [[Paragraph("<b>Summary of recommendations</b>", S["cell"]), ""]]
    for k, v in RECS:
        box.append([Paragraph(f"<b>{k}</b>", S["cell"]), Paragraph(v, S["cell"])])
    t = Table(box, colWidths=[14 * mm, 150 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e6eef4")),
                           ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#2a5d8a")),
                           ("SPAN", (0, 0), (1, 0)), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                           ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
    st.append(t)

    st.append(Paragraph("Terms of reference", S["h1"]))
    st.append(Paragraph("The council asked me to:", S["body"]))
    for i, t_ in enumerate([
            "establish why transport was not in place for eligible children at the start of the 2024-25 school year;",
            "assess the council's home-to-school transport policy and the way it was changed in 2024;",
            "consider the experience of children and families, including the handling of appeals and complaints;",
            "make recommendations to improve the service from September 2025 onwards."], 1):
        st.append(Paragraph(t_, S["num"], bulletText=f"{i}."))
    st.append(Paragraph(
        "I was not asked to consider individual cases, and I have not done so, although several families shared "
        "their experiences with me in detail. Where I quote families, I do so with their permission and without "
        "identifying them.", S["body"]))
    st.append(Paragraph("How I carried out the review", S["h2"]))
    st.append(Paragraph(
        "Between December 2024 and April 2025 I held eleven meetings with families across the county, including two "
        "in the evening and one online, and received 212 responses to an online survey. I met head teachers and "
        "special educational needs co-ordinators from 19 schools, representatives of eight transport operators, "
        "and drivers and passenger assistants at three depots. I read the council's policies, contract documents, "
        "committee reports and complaint files, and I interviewed 17 officers and six councillors, including the "
        "Leader and the Cabinet Member for Education.", S["body"]))
    st.append(Paragraph(
        "The council gave me full access to the information I asked for. A draft of this report was shared with "
        "officers for factual accuracy checking in May 2025. The judgements in it are mine alone.", S["body"]))
    st.append(Paragraph("1 What happened in September 2024", S["h1"]))
    for t_ in [
        "Northshire provides transport for about 2,900 children with SEND, at a cost of £31 million in 2024-25, "
        "more than double the cost in 2019-20. In March 2024 the council changed its transport policy to "
        "encourage the use of personal travel budgets, and in April it let a new contract for the planning of "
        "routes to RouteWise Ltd.",
        "Applications were processed late, and routes for 312 children were not ready on the first day of term. "
        "Families told me that they could not find out who was dealing with their application. One parent described "
        "calling the transport team 23 times in a fortnight and speaking to a different person each time. A single "
        "named contact would have prevented much of this (R1).",
        "The policy change was made with four weeks' consultation over the Easter holidays, and the policy itself is "
        "a 38-page document that few parents I met had been able to follow (R2).",
    ]:
        st.append(Paragraph(t_, S["body"]))
    st.append(Paragraph("2 Appeals", S["h1"]))
    st.append(Paragraph(
        "Until 2022 stage two appeals were heard by a panel with an independent chair. They are now heard by two "
        "councillors. Councillors on the panel are not involved in the original decisions, but many families told me "
        "that they did not see the panel as independent of the council. The proportion of appeals upheld fell from "
        "38% to 12% after the change (R3).", S["body"]))
    st.append(Paragraph("3 Safety on the journey", S["h1"]))
    st.append(Paragraph(
        "Most drivers and passenger assistants are skilled and caring. But training is left to operators, and I "
        "found that a third of the drivers I spoke to had received no training about the needs of the children they "
        "carry (R4). Operators are required to obtain enhanced DBS checks for their staff, but the council does not "
        "check that these are renewed (R5).", S["body"]))
    st.append(Paragraph("4 Journey times", S["h1"]))
    st.append(Paragraph(
        "The council's policy says journeys should be 'reasonable'. In practice, 140 children travel for more than "
        "an hour each way, some of them aged five or six. Long journeys leave children exhausted and anxious before "
        "the school day has begun. Statutory guidance recommends 45 minutes for primary and 75 minutes for secondary "
        "pupils as a maximum, and I see no reason why Northshire should not adopt it (R6).", S["body"]))
    st.append(Paragraph("5 Money and contracts", S["h1"]))
    st.append(Paragraph(
        "The rising cost of SEND transport is not unique to Northshire. Shire counties with long distances and few "
        "specialist schools face the steepest increases, and the funding they receive does not reflect that. The "
        "council is well placed to make this case nationally (R7).", S["body"]))
    st.append(Paragraph(
        "The contract with RouteWise has not delivered the savings expected, and council officers have lost the "
        "knowledge of routes and families that they used to have. When the contract ends in August 2026, the council "
        "should plan routes itself (R8).", S["body"]))
    st.append(Paragraph(
        "In reaching these conclusions I have been conscious of the financial pressure on the council. None of my "
        "recommendations is cost-free, but several of them should save money over time: clearer policies reduce "
        "appeals, and better planned routes reduce the use of single-occupancy taxis, which now account for 41% of "
        "the transport budget.", S["body"]))
    st.append(Paragraph("6 What families told me", S["h1"]))
    for q in ["'Nobody ever rang back. In the end I drove her myself and lost my job.'",
              "'The driver was lovely, but he had no idea what to do when my son had a seizure.'",
              "'We were told the decision was final. Then we were told we could appeal. Then we were told the "
              "panel had already met.'"]:
        st.append(Paragraph(q, S["num"], bulletText="–"))
    st.append(Paragraph(
        "These experiences are not unique to Northshire, and the council is not alone in struggling to meet rising "
        "demand. But they show why the changes I recommend matter to the children and families who depend on the "
        "service.", S["body"]))
    st.append(Paragraph("Acknowledgements", S["h2"]))
    st.append(Paragraph(
        "I am grateful to the families who shared their experiences with me, often at difficult times, and to the "
        "officers of the council, who answered every question I put to them openly.", S["body"]))
    return build("blind11_en_send_cabinet_advice.pdf", st, adv_page, margins=(22 * mm, 22 * mm, 22 * mm, 22 * mm),
                 title="Independent review of SEND transport")


NP = ParagraphStyle("np", parent=S["body"], leftIndent=11 * mm, bulletIndent=0)
COL = ParagraphStyle("col", parent=S["body"], fontSize=9.5, leading=12.5)
COLH = ParagraphStyle("colh", parent=COL, fontName="LNB", spaceBefore=6, spaceAfter=3)


def resp_page(c, doc):
    c.saveState()
    c.setFont("LN", 8)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(22 * mm, A4[1] - 13 * mm, "Northshire County Council – Cabinet – 14 October 2025 – Item 7")
    c.drawRightString(A4[0] - 22 * mm, 12 * mm, f"Page {doc.page}")
    c.restoreState()


def response():
    st = [Paragraph("Northshire County Council", S["h2"]),
          Paragraph("Report to Cabinet", S["title"])]
    meta = Table([["Date of meeting", "14 October 2025"],
                  ["Report of", "Executive Director of Children's Services"],
                  ["Subject", "Response to the independent review of SEND home-to-school transport"],
                  ["Key decision", "Yes"], ["Wards affected", "All"]], colWidths=[40 * mm, 120 * mm])
    meta.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LN", 9), ("FONT", (0, 0), (0, -1), "LNB", 9),
                              ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey)]))
    st += [meta, Spacer(1, 4 * mm)]
    N = lambda n, t: st.append(Paragraph(t, NP, bulletText=n))  # noqa: E731
    st.append(Paragraph("1. Purpose of the report", S["h2"]))
    N("1.1", "To present the findings of the independent review of home-to-school transport for children with "
             "special educational needs and disabilities (SEND), published in June 2025, and to seek Cabinet's "
             "approval of the council's response to the review's eight recommendations.")
    st.append(Paragraph("2. Recommendations", S["h2"]))
    N("2.1", "That Cabinet:")
    N("(a)", "notes the findings of the independent review and thanks Dr Ashworth for her work;")
    N("(b)", "approves the responses to the review's recommendations set out in Appendix A;")
    N("(c)", "delegates to the Executive Director of Children's Services, in consultation with the Cabinet Member "
             "for Education, authority to implement the actions in Appendix A within existing budgets.")
    st.append(Paragraph("3. Background", S["h2"]))
    N("3.1", "In September 2024, 312 children with SEND did not have transport in place at the start of the school "
             "year. The Leader of the Council apologised to the families affected and commissioned an independent "
             "review. Dr Fiona Ashworth was appointed in November 2024 and reported in June 2025.")
    N("3.2", "The review makes eight recommendations, numbered R1 to R8. The council's proposed response to each of "
             "them is set out in Appendix A. Officers have discussed the draft responses with the Northshire Parent "
             "Carer Forum, whose comments are reflected in the appendix.")
    st.append(Paragraph("4. Financial implications", S["h2"]))
    N("4.1", "The actions in Appendix A are estimated to cost £420,000 in 2025-26 and £610,000 a year from 2026-27, "
             "mainly for additional staff in the transport team and for training. These costs will be met from the "
             "SEND transport budget. The cost of any change to journey times (R6) has not yet been estimated.")
    st.append(Paragraph("5. Legal implications", S["h2"]))
    N("5.1", "The council has a duty under section 508B of the Education Act 1996 to make suitable travel "
             "arrangements for eligible children. Any change to the transport policy must be consulted on in line "
             "with the Department for Education's statutory guidance.")
    st.append(Paragraph("6. Background papers", S["h2"]))
    N("6.1", "Independent review of home-to-school transport for children with SEND, June 2025.")
    st.append(NextPageTemplate("twocol"))
    st.append(PageBreak())

    st.append(Paragraph("Appendix A: The council's response to the review's recommendations", COLH))
    st.append(Paragraph(
        "This appendix sets out the council's response to the recommendations of the independent review. For each "
        "recommendation it states whether the council accepts it and what it will do. The responses are grouped "
        "so that related recommendations are considered together, and they are therefore not in the order of the "
        "review. The Northshire Parent Carer Forum commented on a draft of this appendix in September 2025; where the "
        "Forum's view differs from the council's, this is noted below.", COL))
    A = lambda h, *ps: (st.append(Paragraph(h, COLH)), [st.append(Paragraph(p, COL)) for p in ps])  # noqa: E731
    A("R1 – A named contact for every family",
      "<b>Accepted.</b> From January 2026 every family applying for SEND transport will be given a named case "
      "officer. Six additional case officers are being recruited to make this possible.")
    A("R4 and R5 – Training and safety checks",
      "<b>Accepted.</b> Both recommendations will be included in the new operator framework from April 2026. No "
      "driver or passenger assistant will carry a child before completing the council's SEND awareness course, and "
      "the contract management team will audit the DBS records of at least ten operators each term.")
    A("R2 – A plain English policy and consultation",
      "<b>Accepted in part.</b> A plain English version of the policy, written with the Parent Carer Forum, will be "
      "published in November 2025. The council cannot commit to consulting six months before every change, because "
      "the statutory guidance and the annual budget cycle do not always allow for it. It will consult for at least "
      "eight weeks, outside school holidays.")
    A("R7 – Funding from the Department for Education",
      "<b>Accepted.</b> The Leader wrote to the Secretary of State for Education on 2 September 2025, jointly with "
      "the County Councils Network, setting out the case for a specific grant. The Department has since replied "
      "that it has no plans to introduce a separate grant for SEND transport in the current Spending Review period. "
      "The council will continue to press the case.")
    A("R3 – An independent appeals panel",
      "The council has considered this recommendation carefully. Appeals are already heard by councillors who "
      "took no part in the original decision, and this arrangement is consistent with the statutory guidance. "
      "Introducing an independent chair would add cost and delay to the process for families. The council will "
      "therefore keep the current arrangements, but will publish the outcome of appeals every year.")
    A("R6 – Maximum journey times",
      "<b>Under consideration.</b> The council shares the reviewer's concern about long journeys. Adopting fixed "
      "maximum journey times could require up to 60 additional routes. Officers will model the cost and the effect "
      "on routes and report back to Cabinet in March 2026, when a decision will be taken.",
      "The Parent Carer Forum has asked the council to adopt the maximum journey times from September 2026 at the "
      "latest. The council will take the Forum's view into account.")
    A("Monitoring and next steps",
      "Progress on the actions in this appendix will be reported to the Children and Young People Scrutiny "
      "Committee every six months, starting in April 2026. The first report will include the results of the "
      "modelling of journey times and an update on the recruitment of case officers.",
      "The council will also publish a short summary of the actions for families on its Local Offer website, and "
      "will ask the Parent Carer Forum to help it judge whether families have noticed a difference by the start "
      "of the 2026-27 school year.")
    f1 = Frame(22 * mm, 22 * mm, A4[0] - 44 * mm, A4[1] - 44 * mm, id="one", leftPadding=0, rightPadding=0,
               topPadding=0, bottomPadding=0)
    w = (A4[0] - 44 * mm - 8 * mm) / 2
    c1 = Frame(22 * mm, 22 * mm, w, A4[1] - 44 * mm, id="c1", leftPadding=0, rightPadding=0, topPadding=0,
               bottomPadding=0)
    c2 = Frame(22 * mm + w + 8 * mm, 22 * mm, w, A4[1] - 44 * mm, id="c2", leftPadding=0, rightPadding=0,
               topPadding=0, bottomPadding=0)
    path = OUT / "blind11_en_send_cabinet_response.pdf"
    doc = BaseDocTemplate(str(path), pagesize=A4, title="Cabinet report SEND transport", author="",
                          creator="blind11 reportlab", invariant=1)
    doc.addPageTemplates([PageTemplate(id="one", frames=[f1], onPage=resp_page),
                          PageTemplate(id="twocol", frames=[c1, c2], onPage=resp_page)])
    doc.build(st)
    return path


if __name__ == "__main__":
    print(advice(), response())
