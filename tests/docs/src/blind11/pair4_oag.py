"""Blind round 11, pair 4: Canadian auditor-general style report + separate Management Response and Action Plan.

Engine: fpdf2 (see fp_common.py), DejaVu Sans; the list of recommendations is an fpdf2 table.
Run from the repository root:
    /tmp/blind11env/bin/python tests/docs/src/blind11/pair4_oag.py
Writes tests/docs/blind11_en_oag_advice.pdf and tests/docs/blind11_en_oag_response.pdf.
"""

from fp_common import Doc

R = {
    "6.13": "Veterans Affairs Canada should set a date by which it will meet its 16-week service standard for "
            "first applications, and publish its progress against that standard every quarter.",
    "6.18": "Veterans Affairs Canada should develop a workforce plan that converts the temporary adjudicator "
            "positions funded since 2018 into permanent positions, so that trained staff are retained.",
    "6.23": "Veterans Affairs Canada, in collaboration with National Defence, should put in place an electronic "
            "transfer of service health records so that records are received within 30 days of a request.",
    "6.28": "Veterans Affairs Canada should analyze wait times by gender, by Indigenous identity and by region, "
            "and act on any unexplained differences it finds.",
    "6.29": "Veterans Affairs Canada should ensure that applications submitted in French are decided within the "
            "same time as applications submitted in English.",
    "6.34": "Veterans Affairs Canada should introduce a quality assurance program that reviews a random sample of "
            "disability benefit decisions each quarter and uses the results to train adjudicators.",
    "6.38": "The Treasury Board of Canada Secretariat should update its guidance on service standards so that "
            "departments review and republish their standards at least every three years.",
}


def para(d, num, text):
    d.item(num, text, width=13, after=2)


def rec(d, num):
    d.item(num, "**Recommendation.** " + R[num], width=13, after=2.5)


def advice():
    d = Doc(family="dejavu", running="Report 6 | Timeliness of Disability Benefit Decisions", size=9.5,
            footer="Report 6 | {n}")
    d.add_page()
    d.set_font("body", "", 9)
    d.multi_cell(0, 4.5, "2025 Reports of the Auditor General of Canada to the Parliament of Canada", new_x="LMARGIN",
                 new_y="NEXT")
    d.set_font("body", "B", 18)
    d.gap(2)
    d.multi_cell(0, 8.5, "Report 6\nTimeliness of Disability Benefit Decisions", new_x="LMARGIN", new_y="NEXT")
    d.set_font("body", "", 10)
    d.multi_cell(0, 5, "Veterans Affairs Canada", new_x="LMARGIN", new_y="NEXT")
    d.gap(2)
    d.p("Independent Auditor's Report", style="I")

    d.h1("Introduction", size=13)
    d.h2("Background", before=1)
    para(d, "6.1", "Veterans Affairs Canada provides disability benefits to veterans and serving members of the "
         "Canadian Armed Forces who have a service-related injury or illness. In the 2023-24 fiscal year, the "
         "department received about 67,000 applications for disability benefits and paid $6.1 billion in benefits.")
    para(d, "6.2", "The department's service standard is to decide 80% of first applications within 16 weeks of "
         "receiving a complete application. The standard was set in 2017 and has not been met in any year since.")
    para(d, "6.3", "In our 2022 audit of services to veterans, we found that the backlog of applications waiting "
         "more than 16 weeks had grown to more than 22,000. The department has since received temporary funding "
         "to hire additional adjudicators.")
    para(d, "6.4", "**Roles and responsibilities.** Veterans Affairs Canada is responsible for deciding "
         "applications. National Defence holds the service health records that the department needs to decide "
         "most applications. The Treasury Board of Canada Secretariat sets the government-wide policy on service "
         "standards.")
    d.h2("Focus of the audit")
    para(d, "6.5", "This audit focused on whether Veterans Affairs Canada made timely and consistent decisions on "
         "applications for disability benefits between April 2021 and March 2024.")
    para(d, "6.6", "This audit is important because veterans who wait for a decision often wait for treatment, "
         "income support and recognition at the same time.")
    para(d, "6.7", "More details about the audit objective, scope, approach and criteria are in About the Audit at "
         "the end of this report.")

    d.h1("Findings and Recommendations", size=13)
    d.h2("The backlog was reduced, but most veterans still waited longer than the standard")
    para(d, "6.8", "We found that the department reduced its backlog from 22,300 applications in March 2022 to "
         "9,800 in March 2024. However, in the 2023-24 fiscal year, only 41% of first applications were decided "
         "within the 16-week standard.")
    para(d, "6.9", "The department did not have a target date for meeting its standard. Its public reporting gave "
         "annual averages only, published about nine months after the end of each year.")
    para(d, "6.10", "**Why this finding matters.** Without a target date and current information, veterans and "
         "parliamentarians cannot tell whether waiting times are improving.")
    para(d, "6.11", "Veterans told us that the lack of information about when they could expect a decision caused "
         "them more stress than the wait itself.")
    para(d, "6.12", "The department told us that it was reluctant to commit to a date because the number of "
         "applications is hard to predict.")
    rec(d, "6.13")

    d.h2("Temporary staff were trained but not retained")
    para(d, "6.14", "We found that since 2018 the department has relied on temporary funding to employ about 300 "
         "of its 750 adjudicators. It takes about a year before a new adjudicator works at full productivity.")
    para(d, "6.15", "Of the 412 temporary adjudicators hired between 2019 and 2023, 178 had left the department by "
         "March 2024, most of them for permanent positions elsewhere in the public service.")
    para(d, "6.16", "Each departure cost the department an estimated $65,000 in training and lost productivity.")
    para(d, "6.17", "**Why this finding matters.** The backlog will grow again if the department cannot keep the "
         "staff it has trained.")
    rec(d, "6.18")

    d.h2("Service health records from National Defence often arrived late")
    para(d, "6.19", "We found that for 64% of the applications in our sample the department had to request "
         "service health records from National Defence. The median time to receive them was 71 days.")
    para(d, "6.20", "Records are still transferred as scanned files, which adjudicators must search by hand.")
    para(d, "6.21", "National Defence is replacing its health records system. The new system is expected to be in "
         "service in 2028.")
    para(d, "6.22", "**Why this finding matters.** Late records are the single largest cause of delay that is "
         "outside the adjudicators' control.")
    rec(d, "6.23")

    d.h2("Some groups of veterans waited longer than others")
    para(d, "6.24", "We found that women waited on average 5 weeks longer than men for a first decision, and that "
         "applications submitted in French took on average 7 weeks longer than those submitted in English.")
    para(d, "6.25", "The department was aware of the gap for women and had started an analysis in 2022, but it had "
         "not been completed. It had not analyzed wait times by Indigenous identity or by region.")
    para(d, "6.26", "The department attributed the gap for French applications to a shortage of bilingual "
         "adjudicators and medical advisers.")
    para(d, "6.27", "**Why this finding matters.** Unexplained differences in service may mean that some veterans "
         "are treated unfairly.")
    rec(d, "6.28")
    rec(d, "6.29")

    d.h2("The quality of decisions was not systematically checked")
    para(d, "6.30", "We found that the department reviewed decisions only when a veteran asked for a review or "
         "appealed to the Veterans Review and Appeal Board.")
    para(d, "6.31", "In 2023-24, the Board varied or reversed 38% of the decisions appealed to it.")
    para(d, "6.32", "The department had no program to review a sample of decisions before veterans complained.")
    para(d, "6.33", "**Why this finding matters.** Errors that are not found early lead to appeals, which take "
         "longer and cost more for veterans and for the government.")
    rec(d, "6.34")

    d.h2("Government-wide guidance on service standards was out of date")
    para(d, "6.35", "The Treasury Board of Canada Secretariat's guidance on service standards dates from 2012.")
    para(d, "6.36", "The guidance does not require departments to review whether their standards are still "
         "appropriate, nor to republish them after a review.")
    para(d, "6.37", "Veterans Affairs Canada had not reviewed its standard since 2017.")
    rec(d, "6.38")

    d.h1("Conclusion", size=13)
    para(d, "6.39", "We concluded that Veterans Affairs Canada did not make timely decisions on applications for "
         "disability benefits. Although the backlog was reduced, most veterans still waited longer than the "
         "department's own standard, and some groups waited longer than others.")

    d.h1("About the Audit", size=13)
    d.p("This independent assurance report was prepared by the Office of the Auditor General of Canada on "
        "disability benefits administered by Veterans Affairs Canada. Our responsibility was to provide objective "
        "information, advice and assurance to assist Parliament in its scrutiny of the government's management of "
        "resources and programs.")
    d.p("We examined a random sample of 240 applications decided between April 2021 and March 2024, interviewed "
        "officials of the three entities, and met with veterans' organizations. Audit work for this report was "
        "completed on 14 January 2025.")
    d.p("The responses of Veterans Affairs Canada to our recommendations are set out in the department's Management "
        "Response and Action Plan, published separately.")

    d.add_page()
    d.h1("List of Recommendations", size=13, before=0)
    d.p("The following table lists the recommendations and the paragraph in which each appears.")
    d.set_font("body", "", 9)
    with d.table(col_widths=(24, 136), text_align=("LEFT", "LEFT"), line_height=4.6, padding=1.8,
                 headings_style=__import__("fpdf").FontFace(emphasis="BOLD", fill_color=(215, 222, 232))) as t:
        row = t.row()
        row.cell("Paragraph")
        row.cell("Recommendation")
        for k, v in R.items():
            row = t.row()
            row.cell(k)
            row.cell(v)
    return d.save("blind11_en_oag_advice.pdf")


def response():
    d = Doc(family="dejavu", running="Veterans Affairs Canada | Management Response and Action Plan", size=9.5,
            footer="Page {n} of {total}")
    d.add_page()
    d.set_font("body", "B", 9)
    d.multi_cell(0, 4.5, "Veterans Affairs Canada / Anciens Combattants Canada", new_x="LMARGIN", new_y="NEXT")
    d.gap(3)
    d.set_font("body", "B", 16)
    d.multi_cell(0, 7.5, "Management Response and Action Plan", new_x="LMARGIN", new_y="NEXT")
    d.set_font("body", "", 10.5)
    d.multi_cell(0, 5.2, "Report 6 of the 2025 Reports of the Auditor General of Canada, "
                 "Timeliness of Disability Benefit Decisions", new_x="LMARGIN", new_y="NEXT")
    d.gap(4)
    d.h2("Overview", before=1)
    d.p("Veterans Affairs Canada (VAC) thanks the Office of the Auditor General for its audit. The department "
        "welcomes the report's recognition that the backlog of applications was more than halved between 2022 and "
        "2024, and accepts that veterans are still waiting too long for decisions.")
    d.p("This Management Response and Action Plan sets out the department's response to each recommendation "
        "addressed to it, the actions it will take and the dates by which it expects to complete them. The actions "
        "are grouped by theme. Progress will be reported to the Departmental Audit Committee.")

    d.h1("Theme 1: Capacity to decide applications", size=11.5)
    d.h2("Paragraph 6.18: Workforce plan for adjudicators", before=1)
    d.p("**Response:** Agreed in principle.")
    d.p("VAC agrees that a stable, experienced workforce is the most important condition for timely decisions. "
        "The temporary adjudicator positions are funded until March 2026. Converting them into permanent positions "
        "requires ongoing funding, which is a decision for the Government in the context of Budget 2026. VAC will "
        "complete a workforce plan and will convert positions to the extent that ongoing funding is approved.")
    d.p("**Deliverable:** Workforce plan for adjudication, 2026-2029.  **Completion date:** December 2025.")
    d.h2("Paragraph 6.13: Target date and quarterly reporting")
    d.p("**Response:** Agreed. This recommendation has been implemented.")
    d.p("On 15 January 2025, the Minister announced that VAC will meet its 16-week service standard for first "
        "applications by 31 March 2027. Since the third quarter of 2024-25, the department has published "
        "wait-time results on its website every quarter, within 45 days of the end of the quarter.")
    d.p("**Deliverable:** Quarterly wait-time report (ongoing).  **Completion date:** Completed, January 2025.")

    d.h1("Theme 2: Fair and equal service", size=11.5)
    d.h2("Paragraphs 6.28 and 6.29: Differences in wait times between groups of veterans", before=1)
    d.p("**Response:** Agreed.")
    d.p("VAC accepts both recommendations and shares the Auditor General's concern that no veteran should wait "
        "longer because of who they are or the official language they use. The department will complete its "
        "gender-based analysis of wait times, extend it to Indigenous identity and region, and publish the results. "
        "It has created a dedicated French-language adjudication team of 40 adjudicators and two medical advisers, "
        "which began work in February 2025.")
    d.p("**Deliverables:** Published analysis of wait times by group; French-language team at full strength.  "
        "**Completion date:** September 2025 (team); March 2026 (analysis).")

    d.h1("Theme 3: Records from National Defence", size=11.5)
    d.h2("Paragraph 6.23: Electronic transfer of service health records", before=1)
    d.p("**Response:** Agreed.")
    d.p("VAC and National Defence have agreed to replace the transfer of scanned files with a secure electronic "
        "exchange. National Defence has informed VAC that its current records system cannot support an automated "
        "transfer and that it is not prepared to invest in that system before the new system enters service in "
        "2028. VAC will therefore put in place, by June 2026, a shared secure portal through which National Defence "
        "staff upload records within 30 days of a request, and will move to a fully automated transfer when the new "
        "system is in service.")
    d.p("**Completion date:** June 2026 (portal); 2028 (automated transfer).")

    d.h1("Theme 4: Quality of decisions", size=11.5)
    d.h2("Paragraph 6.34: Quality assurance program", before=1)
    d.p("**Response:** VAC acknowledges the recommendation.")
    d.p("The department already reviews decisions that are appealed and uses the results of Veterans Review and "
        "Appeal Board decisions in its training. A separate sampling program would require adjudicators to be "
        "taken away from deciding applications at a time when the priority is to reduce wait times. VAC will "
        "assess, by March 2026, whether and how a sample-based quality review could be introduced without "
        "lengthening wait times, and will report the outcome to the Departmental Audit Committee.")

    d.h1("Monitoring and reporting", size=11.5)
    d.p("The Audit and Evaluation Division of VAC will monitor the implementation of this action plan and report "
        "on its progress to the Departmental Audit Committee twice a year until all actions are completed. The "
        "Deputy Minister is accountable for the plan as a whole.")
    return d.save("blind11_en_oag_response.pdf")


if __name__ == "__main__":
    print(advice(), response())
