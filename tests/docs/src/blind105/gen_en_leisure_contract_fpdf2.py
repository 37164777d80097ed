"""Round 105 (EN): an English district council's OVERVIEW AND SCRUTINY TASK AND FINISH GROUP report on the LEISURE
CENTRES OPERATING CONTRACT, seven recommendations LETTERED (a)-(g) between two maroon rules after 'The Task and Finish Group
recommends that Cabinet:', answered by the CABINET MINUTES extract: a minute whose RESOLVED clauses (1)-(6) reply
by subject with NO letters. fpdf2, A4, cleaned DejaVu, fixed creation date; maroon letterhead rule, two-column
'Evidence' table; running header with a rule from page 2 and 'Page N of M' on every page. All bodies, people,
places and figures invented; the Local Government Act 1999 is named as context only.
Run:  /tmp/blind105en/bin/python tests/docs/src/blind105/gen_en_leisure_contract_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b105en as H
from fpdf import FPDF

NAME = "blind105_en_leisure_contract"
MAROON = (122, 28, 48)


class Doc(FPDF):
    head = ""

    def header(self):
        if self.page_no() > 1:
            self.set_font("DV", "", 7.5); self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*MAROON); self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(4); self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14); self.set_font("DV", "", 7.5); self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")


def new(head):
    d = Doc(format="A4"); d.head = head
    d.set_creation_date(datetime.datetime(2026, 4, 1, tzinfo=datetime.timezone.utc))
    d.add_font("DV", "", H.clean_font("DejaVuSans.ttf")); d.add_font("DV", "B", H.clean_font("DejaVuSans-Bold.ttf"))
    d.add_font("DV", "I", H.clean_font("DejaVuSans-Oblique.ttf"))
    d.set_margins(22, 18, 22); d.set_auto_page_break(True, 20); d.add_page()
    return d


def para(d, t, size=9.5, h=5):
    d.set_font("DV", "", size); d.multi_cell(0, h, t, markdown=True, new_x="LMARGIN", new_y="NEXT"); d.ln(2)


def head2(d, t):
    d.ln(1); d.set_font("DV", "B", 11); d.set_text_color(*MAROON); d.multi_cell(0, 6, t, align="L", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0); d.ln(1)


def item(d, label, t, ind=0, w=10, size=9.5):
    d.set_font("DV", "", size); x = d.l_margin + ind
    d.set_x(x); d.cell(w, 5, label)
    d.multi_cell(d.w - d.r_margin - x - w, 5, t, markdown=True, new_x="LMARGIN", new_y="NEXT"); d.ln(1.5)


def letterhead(d, org, sub):
    d.set_font("DV", "B", 13); d.set_text_color(*MAROON); d.cell(0, 7, org, new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 8.5); d.set_text_color(60, 60, 60); d.cell(0, 5, sub, new_x="LMARGIN", new_y="NEXT")
    d.set_draw_color(*MAROON); d.set_line_width(0.8); d.line(22, d.get_y() + 1, d.w - 22, d.get_y() + 1)
    d.set_line_width(0.2); d.ln(6); d.set_text_color(0, 0, 0)


def advice(path):
    d = new("Harrowden District Council - Leisure Contract Task and Finish Group - Final report, February 2026")
    letterhead(d, "Harrowden District Council", "Overview and Scrutiny Committee - Task and Finish Group report OSC/TF/2026/1")
    d.set_font("DV", "B", 15); d.multi_cell(0, 7, "The Leisure Centres Operating Contract: Getting Ready for 2028", align="L",
                                            new_x="LMARGIN", new_y="NEXT"); d.ln(2)
    para(d, "Final report of the Task and Finish Group, agreed by the Overview and Scrutiny Committee on 10 February 2026")
    head2(d, "1. Why we looked at this")
    para(d, "1.1 The Council's three leisure centres - Riverside (Harrowden), Kingsmoor Sports Hall and Elmbridge Pool - "
            "have been run since 2018 by Activa Community Leisure under a ten-year contract that ends on 31 March 2028. "
            "A decision on what follows must be taken by Cabinet in 2026 if a new contract is to be let in time.")
    para(d, "1.2 The Group (Councillors Pryce (Chair), Adeyemi, Holloway, Mercer and Tait) met six times between "
            "September 2025 and January 2026, visited all three sites and took evidence from the operator, officers, "
            "Sport England's local adviser, two swimming clubs and 212 residents who answered our survey.")
    head2(d, "2. What we found")
    d.set_font("DV", "", 8.8); d.set_fill_color(246, 236, 239)
    rows = [("Evidence", "What it showed"),
            ("Visits 2024-25", "612,000 across the three sites; 71% at Riverside"),
            ("Council subsidy", "GBP 418,000 a year, rising with inflation under clause 14.2"),
            ("Kingsmoor Sports Hall", "Built 1974; 9,800 visits; roof and heating at end of life"),
            ("Resident survey", "46% said price was the main reason they did not use the centres")]
    with d.table(col_widths=(45, 121), text_align="LEFT", line_height=5) as t:
        for i, r in enumerate(rows):
            row = t.row()
            for c in r:
                row.cell(c)
    d.ln(3)
    para(d, "2.1 The Group concluded that the present contract has kept the centres open at a fair price to the Council, "
            "but that it says almost nothing about who uses them. The operator is paid the same whether or not "
            "inactive residents are reached.")
    para(d, "2.2 Under the Local Government Act 1999 the Council has a best value duty and must consider economy, "
            "efficiency and effectiveness. Witnesses told us that the next contract should be judged on outcomes, not "
            "only on price. Our 2019 review of sports pitches made the same point when it said that 'the Council should "
            "link its leisure spending to the health of residents'; that recommendation was never acted on.")
    para(d, "2.3 The Riverside pool plant is 31 years old. The operator's engineer told us that a serious failure would "
            "close the main pool for at least three months. Kingsmoor, by contrast, is little used, and officers estimate "
            "that keeping it open to 2030 would cost GBP 1.1 million.")
    para(d, "2.4 Schools told us that they cannot find pool time for Key Stage 2 lessons, even though the national "
            "curriculum requires every pupil to be taught to swim 25 metres by the end of primary school.")
    head2(d, "3. Recommendations")
    para(d, "The Task and Finish Group recommends that Cabinet:")
    d.set_draw_color(*MAROON); d.set_line_width(0.6); d.line(d.l_margin, d.get_y(), d.w - d.r_margin, d.get_y())
    recs = [
        ("(a)", "Re-procure the leisure operating contract from April 2028 with at least 30 per cent of the quality "
                "score based on social value and health outcomes."),
        ("(b)", "Introduce a concessionary membership at half price for residents who receive means-tested benefits, "
                "from April 2026."),
        ("(c)", "Commission an independent condition survey of the Riverside pool plant before any new contract is "
                "advertised."),
        ("(d)", "Keep Kingsmoor Sports Hall open until a replacement community sports facility is available in the "
                "north of the district."),
        ("(e)", "Require the operator to publish its performance indicators every quarter on the Council's website."),
        ("(f)", "Ask the operator to set aside additional weekday morning pool time for primary school swimming "
                "lessons."),
        ("(g)", "Appoint a councillor as Member Champion for Physical Activity to oversee the new contract."),
    ]
    d.ln(1)
    for l, t in recs:
        item(d, l, t, ind=4, w=9)
    d.line(d.l_margin, d.get_y(), d.w - d.r_margin, d.get_y()); d.set_line_width(0.2)
    d.ln(4)
    head2(d, "4. Next steps")
    para(d, "4.1 The Overview and Scrutiny Committee asks Cabinet to respond to this report within two months, in line "
            "with paragraph 12 of the Overview and Scrutiny Procedure Rules.")
    para(d, "Councillor Bethan Pryce, Chair of the Task and Finish Group")
    d.output(path)


def response(path):
    d = new("Harrowden District Council - Cabinet - Minutes, 24 March 2026")
    letterhead(d, "Harrowden District Council", "Cabinet - Minutes of the meeting held on Tuesday 24 March 2026 at 6.30 pm, Council Chamber")
    para(d, "**Present:** Councillor R. Osei (Leader, in the Chair); Councillors Blake, Dunmore, Fairweather, Khan and "
            "Lowther. **Also present:** Councillor B. Pryce (Chair of the Task and Finish Group).", size=9)
    head2(d, "91. Leisure Centres Operating Contract: Response to the Scrutiny Task and Finish Group")
    para(d, "Councillor Fairweather, Portfolio Holder for Leisure, introduced the report. She thanked Councillor Pryce "
            "and the members of the Group for a thorough piece of work that had already shaped officers' thinking, and "
            "welcomed the survey of 212 residents as the first of its kind in the district.")
    para(d, "Councillor Pryce addressed Cabinet and asked that the response be reported back to the Overview and "
            "Scrutiny Committee.")
    para(d, "**RESOLVED** that Cabinet:")
    res = [
        ("(1)", "regrets that it cannot keep Kingsmoor Sports Hall open: the building will close on 31 August 2026 as "
                "planned, and clubs will be offered sessions at Riverside at the same hire charge;"),
        ("(2)", "agrees that the new contract will give weight to social value, but at 15 per cent of the quality score "
                "rather than 30 per cent, so that price and service quality remain the main tests of the tenders;"),
        ("(3)", "notes that an independent condition survey of the Riverside pool plant was commissioned in February "
                "and will report in June, before any tender is issued; and will pass the request for more school pool "
                "time to Activa Community Leisure for its timetable review, without committing to a change;"),
        ("(4)", "will not appoint a separate Member Champion, but asks the Portfolio Holder for Leisure to take on the "
                "role of overseeing the new contract and to report to scrutiny twice a year;"),
        ("(5)", "approves a Harrowden Active Card giving half-price membership to residents on means-tested benefits, to "
                "start on 1 June 2026, funded from the leisure reserve."),
    ]
    for l, t in res:
        item(d, l, t, ind=4, w=9)
    para(d, "**Reason for decision:** to prepare for the end of the present contract in March 2028.", size=9)
    head2(d, "92. Town Centre Car Park Charges 2026-27")
    para(d, "Cabinet considered the annual review of parking tariffs. **RESOLVED** that the tariffs at Mill Lane and "
            "Station Road car parks be frozen for 2026-27, and that free parking after 3 pm on Saturdays in December "
            "continue.")
    para(d, "The meeting ended at 8.12 pm. These minutes are subject to confirmation at the next meeting of Cabinet "
            "on 28 April 2026.", size=9)
    d.output(path)


def main():
    advice(H.out(NAME + "_advice.pdf")); response(H.out(NAME + "_response.pdf"))
    recs = [
        dict(number=1, starts_with="Re-procure the leisure operating contract from April 2028 with at",
             reply_contains="at 15 per cent of the quality score rather than 30", verdict="partly"),
        dict(number=2, starts_with="Introduce a concessionary membership at half price for residents who",
             reply_contains="approves a Harrowden Active Card giving half-price membership", verdict="agrees"),
        dict(number=3, starts_with="Commission an independent condition survey of the Riverside pool plant",
             reply_contains="was commissioned in February and will report in June", verdict="agrees"),
        dict(number=4, starts_with="Keep Kingsmoor Sports Hall open until a replacement community sports",
             reply_contains="regrets that it cannot keep Kingsmoor Sports Hall open", verdict="disagrees"),
        dict(number=5, starts_with="Require the operator to publish its performance indicators every quarter",
             reply_contains=None, verdict="unanswered"),
        dict(number=6, starts_with="Ask the operator to set aside additional weekday morning pool time",
             reply_contains="will pass the request for more school pool time", verdict="noted"),
        dict(number=7, starts_with="Appoint a councillor as Member Champion for Physical Activity to",
             reply_contains="will not appoint a separate Member Champion", verdict="partly", also=["disagrees"]),
    ]
    H.write_expected(NAME, recs, [
        "thanked Councillor Pryce and the members of the Group",
        "the tariffs at Mill Lane and Station Road car parks",
        "The meeting ended at 8.12 pm"],
        "Advice: English district council Overview and Scrutiny Task and Finish Group report OSC/TF/2026/1 on the "
        "leisure centres operating contract; recs are LETTERED (a)-(g) between two maroon rules after 'recommends that "
        "Cabinet:' (numbers 1-7 = a-g); traps: paragraph numbers 1.1-4.1, evidence table, clause 14.2, 'must be "
        "taken by Cabinet in 2026', Local Government Act 1999 best value 'must consider', 'the next contract should "
        "be judged on outcomes', 2019 pitches review quoted ('the Council should link its leisure spending'), "
        "national curriculum 'requires', paragraph 12 of the Procedure Rules. Response: CABINET MINUTES, minute 91 "
        "with RESOLVED clauses (1)-(5) by subject, NO letters, order d, a, c+f, g, b: Kingsmoor closes (d "
        "disagrees); social value 15% not 30% (a partly); ONE clause (3) = survey already commissioned (c agrees) + "
        "school pool time passed to the operator without commitment (f noted); no Member Champion but the Portfolio "
        "Holder takes the role (g partly, or disagrees); Active Card approved (b agrees); (e) quarterly KPIs "
        "unanswered; introduction thanks, minute 92 car park charges, 'meeting ended' (nothing).")
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
