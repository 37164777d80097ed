"""Round 97 (EN): an English LAY OBSERVERS' REGIONAL REPORT ON COURT CUSTODY (paragraphs 1.1-5.3, recommendations
numbered 1-7 in a shaded 'Summary of recommendations' box at the end, each with a paragraph reference) answered by
the escort contract manager's and court service's JOINT RESPONSE TABLE ('No. | Response | Status', citing numbers,
one row for two). fpdf2, A4, cleaned DejaVu, fixed creation date; grey sidebar on page 1, running header with a
rule from page 2, 'Page N of M'. All bodies, people, places and figures invented; PACE Code C is named as context
only.
Run:  /tmp/blind97en/bin/python tests/docs/src/blind97/gen_en_lay_observers_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b97en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind97_en_lay_observers"
R = H.clean_font("DejaVuSans.ttf")
Bf = H.clean_font("DejaVuSans-Bold.ttf")
I = H.clean_font("DejaVuSans-Oblique.ttf")
C = (92, 45, 110)


class Doc(FPDF):
    def __init__(self, head):
        super().__init__(format="A4")
        self.head = head
        self.set_creation_date(datetime.datetime(2026, 3, 2, tzinfo=datetime.timezone.utc))
        self.add_font("DV", "", R); self.add_font("DV", "B", Bf); self.add_font("DV", "I", I)
        self.set_margins(22, 20, 22)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages()

    def header(self):
        if self.page_no() > 1:
            self.set_font("DV", "", 7.5); self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*C); self.line(22, 26, 188, 26); self.ln(5); self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14); self.set_font("DV", "", 7.5); self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    def ttl(self, top, t, sub):
        self.set_font("DV", "", 8); self.set_text_color(*C)
        self.cell(0, 5, top, new_x="LMARGIN", new_y="NEXT")
        self.set_font("DV", "B", 15); self.multi_cell(0, 7.5, t, new_x="LMARGIN", new_y="NEXT")
        self.set_font("DV", "", 8); self.set_text_color(80, 80, 80)
        self.multi_cell(0, 4.2, sub, new_x="LMARGIN", new_y="NEXT"); self.set_text_color(0, 0, 0)
        self.set_draw_color(*C); self.set_line_width(0.8); self.line(22, self.get_y() + 2, 188, self.get_y() + 2)
        self.set_line_width(0.2); self.ln(5)

    def hd(self, t, w=0):
        self.ln(1.5); self.set_font("DV", "B", 10.5); self.set_text_color(*C)
        self.multi_cell(w, 5.5, t, new_x="LMARGIN", new_y="NEXT"); self.set_text_color(0, 0, 0); self.ln(1)

    def p(self, t, size=9.3, style="", w=0):
        self.set_font("DV", style, size); self.multi_cell(w, 4.8, t, new_x="LMARGIN", new_y="NEXT"); self.ln(1.8)

    def para(self, n, t, w=166):
        self.set_font("DV", "", 8.3); self.set_text_color(90, 90, 90); y = self.get_y()
        self.cell(11, 4.8, n); self.set_text_color(0, 0, 0); self.set_xy(33, y)
        self.set_font("DV", "", 9.3); self.multi_cell(w - 11, 4.8, t, new_x="LMARGIN", new_y="NEXT"); self.ln(1.8)


def advice():
    d = Doc("Lay Observers - Court custody in the Wenmouth and Harrowby courts area, 2025")
    d.add_page()
    d.ttl("LAY OBSERVERS | INDEPENDENT MONITORING OF COURT CUSTODY",
            "Court custody in the Wenmouth and Harrowby courts area: report for 2025",
            "Regional report LO-REG-2025-04 | Published 26 February 2026 | Regional Lead: Mr Jonathan Ashdown")
    # sidebar on page 1
    y0 = d.get_y()
    d.set_fill_color(238, 234, 242); d.rect(140, y0, 48, 58, style="F")
    d.set_xy(143, y0 + 3); d.set_font("DV", "B", 8.5); d.set_text_color(*C); d.cell(42, 5, "2025 at a glance")
    d.set_text_color(0, 0, 0); d.set_font("DV", "", 8)
    d.set_xy(143, y0 + 10)
    d.multi_cell(42, 4.2, "Court custody suites visited: 7\nUnannounced visits: 58\nPeople spoken to in cells: "
                 "311\nLongest wait after court: 6 h 40 min\nChildren held with adults: 4 occasions", new_x="LEFT")
    d.set_xy(22, y0)
    d.hd("1. Introduction", w=112)
    d.set_font("DV", "", 9.3)
    d.multi_cell(112, 4.8, "1.1 Lay Observers are volunteers appointed to monitor the treatment of people held in "
                 "court custody and in escort vehicles. We report to the Secretary of State and publish our findings. "
                 "We have no power to direct the contractor or the courts, and nothing in this report is a finding "
                 "of breach of contract.", new_x="LMARGIN", new_y="NEXT"); d.ln(1.8)
    d.multi_cell(112, 4.8, "1.2 In 2025 the seven custody suites in the area were run under the prisoner escort "
                 "contract by Caldmoor Secure Services. The courts are managed by the court service's Wenmouth "
                 "delivery unit.", new_x="LMARGIN", new_y="NEXT"); d.ln(1.8)
    d.set_y(max(d.get_y(), y0 + 62))
    d.hd("2. Safety and welfare")
    d.para("2.1", "Detained people must be risk-assessed on arrival, and a Person Escort Record must travel with "
           "them. In 112 of the records we examined, the record was complete. In 19 it was not, and in six of these "
           "the self-harm warning had not been carried forward from the prison.")
    d.para("2.2", "Cell temperatures at Harrowby Magistrates' Court exceeded 27 degrees on eleven visits in July and "
           "August. Observers found no means of recording temperatures and no local heat plan.")
    d.para("2.3", "Our 2023 report said that \"the contractor should provide a hot meal to anyone held over the "
           "lunch period\". This was implemented in 2024 and meals are now offered in all suites.")
    d.hd("3. Children and vulnerable adults")
    d.para("3.1", "On four occasions at Wenmouth Crown Court a child was held in a cell corridor shared with adult "
           "detainees, because the separate juvenile cell was out of use. Children should never be within sight "
           "or sound of adult detainees.")
    d.para("3.2", "Women detainees told us that sanitary products were available only on request, and some were "
           "reluctant to ask male staff. Interpreters were booked for court but were rarely available to explain "
           "custody procedures.")
    d.hd("4. Delays")
    d.para("4.1", "The contract requires that people released from court be discharged promptly. We recorded waits "
           "of more than two hours after release on 23 visits, caused mainly by late paperwork from the court "
           "office. Late arrivals from prison averaged 54 minutes after the court's listed start time.")
    d.para("4.2", "Vans often arrive at prisons after 7 p.m., and people are then held in a vehicle for up to an "
           "hour before reception opens.")
    d.hd("5. Recommendations")
    d.para("5.1", "Recommendations are addressed to the contractor, the contract manager and the court service. We "
           "ask that a joint response be sent to us within eight weeks of publication.")
    # box of recommendations
    recs = [
        ("1.", "Ensure that every Person Escort Record is checked against the prison's self-harm warnings before "
               "the person leaves the prison (para 2.1)."),
        ("2.", "Install temperature monitors in all cells at Harrowby Magistrates' Court and agree a heat plan "
               "for the summer months (para 2.2)."),
        ("3.", "Bring the juvenile cell at Wenmouth Crown Court back into use, and until then hold children in "
               "the interview room under constant supervision (para 3.1)."),
        ("4.", "Make sanitary products freely available in every women's cell without the need to ask (para "
               "3.2)."),
        ("5.", "Provide telephone interpreting in the custody suite so that non-English speakers understand their "
               "rights and what will happen next (para 3.2)."),
        ("6.", "Agree with the court office a target of releasing people within 30 minutes of the court's "
               "decision (para 4.1)."),
        ("7.", "Review escort schedules so that no one arrives at a prison after reception has closed (para "
               "4.2)."),
    ]
    d.ln(1)
    y = d.get_y()
    d.set_font("DV", "", 9.2)
    # measure height
    hh = 9
    for n, t in recs:
        hh += len(d.multi_cell(150, 4.7, t, dry_run=True, output="LINES")) * 4.7 + 2
    if y + hh > 275:
        d.add_page(); y = d.get_y()
    d.set_fill_color(243, 238, 246); d.set_draw_color(*C); d.rect(22, y, 166, hh, style="DF")
    d.set_xy(26, y + 2.5); d.set_font("DV", "B", 9.5); d.set_text_color(*C)
    d.cell(0, 5, "Summary of recommendations", new_x="LMARGIN", new_y="NEXT"); d.set_text_color(0, 0, 0)
    d.set_y(y + 9)
    for n, t in recs:
        d.set_x(26); d.set_font("DV", "B", 9.2); yy = d.get_y(); d.cell(8, 4.7, n)
        d.set_xy(34, yy); d.set_font("DV", "", 9.2); d.multi_cell(150, 4.7, t, new_x="LMARGIN", new_y="NEXT")
        d.ln(2)
    d.set_y(y + hh + 4)
    d.para("5.2", "Under PACE Code C the custody officer must ensure that a detained person is told of their rights; "
           "the court custody suites follow equivalent contract standards. We will follow up all seven "
           "recommendations on our visits in 2026.")
    d.para("5.3", "We thank the custody staff of Caldmoor Secure Services, who were without exception courteous to "
           "observers.")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc("Joint response to Lay Observers' report LO-REG-2025-04")
    d.add_page()
    d.ttl("PRISONER ESCORT AND CUSTODY CONTRACT MANAGEMENT | WENMOUTH COURTS DELIVERY UNIT",
            "Joint response to the Lay Observers' report on court custody in the Wenmouth and Harrowby courts area",
            "Sent to the Regional Lead on 20 April 2026 | Contact: Ms Harriet Oyelaran, Contract Delivery Manager")
    d.p("The contract management team and the Wenmouth delivery unit are grateful to the Lay Observers for their "
        "continued, independent scrutiny of court custody. We have prepared this response jointly with Caldmoor "
        "Secure Services. Each recommendation is listed below with our response and its current status.")
    rows = [
        ("No.", "Response", "Status"),
        ("3", "Accepted in part. The juvenile cell requires new ventilation, for which funding has been approved; "
              "work is scheduled for the 2026/27 estates programme. The interview room cannot be used for detention "
              "because it is needed for legal visits, so children will instead be held in the end cell of the "
              "women's corridor with the door open and a dedicated officer.", "Partly accepted"),
        ("1", "Accepted. Since 1 March 2026 escort staff complete a warnings check with the prison reception "
              "officer, and the Person Escort Record cannot be signed off until the check box is ticked.",
         "Accepted - complete"),
        ("5", "The court service is considering whether the existing courtroom interpreting contract could be "
              "extended to custody suites. The cost and the contractual position are being assessed and we will "
              "write again when a decision has been made.", "Under consideration"),
        ("2 and 4", "Digital temperature monitors were fitted in all Harrowby cells in April and a summer heat plan, "
                    "including extra water and fans, has been agreed with the court manager. Caldmoor's policy is "
                    "that sanitary products are offered to every woman on arrival and at regular intervals; "
                    "leaving products in cells raises ligature and misuse risks, and we do not propose to change "
                    "this policy.", "2 Accepted / 4 Not accepted"),
        ("6", "Accepted. The court office and Caldmoor have agreed a joint release protocol with a target of 30 "
              "minutes from the court's decision, which will be monitored monthly from June 2026.", "Accepted"),
        ("-", "Re-procurement: the current escort contract ends in August 2027. The specification for the next "
              "contract is being written now and the Lay Observers will be invited to comment on the draft "
              "custody standards.", "For information"),
    ]
    d.set_font("DV", "", 8.6)
    d.set_draw_color(150, 150, 150)
    with d.table(col_widths=(18, 112, 36), text_align=("LEFT", "LEFT", "LEFT"), line_height=4.6,
                 headings_style=FontFace(emphasis="BOLD", fill_color=(238, 234, 242)),
                 padding=1.5) as t:
        for row in rows:
            r = t.row()
            for c in row:
                r.cell(c)
    d.ln(4)
    d.p("We would be pleased to meet the Regional Lead to discuss this response. A further update will be provided "
        "with the contractor's half-yearly performance report in October 2026.")
    d.p("Harriet Oyelaran, Contract Delivery Manager | Neil Varga, Head of Crime, Wenmouth delivery unit",
        size=8.2, style="I")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice(); response()
    recs = [
        {"number": 1, "starts_with": "Ensure that every Person Escort Record is checked against the prison's",
         "reply_contains": "escort staff complete a warnings check with the prison reception officer",
         "verdict": "agrees"},
        {"number": 2, "starts_with": "Install temperature monitors in all cells at Harrowby Magistrates' Court",
         "reply_contains": "Digital temperature monitors were fitted in all Harrowby cells",
         "verdict": "agrees"},
        {"number": 3, "starts_with": "Bring the juvenile cell at Wenmouth Crown Court back into use",
         "reply_contains": "The juvenile cell requires new ventilation, for which funding has been approved",
         "verdict": "partly"},
        {"number": 4, "starts_with": "Make sanitary products freely available in every women's cell",
         "reply_contains": "we do not propose to change this policy", "verdict": "disagrees"},
        {"number": 5, "starts_with": "Provide telephone interpreting in the custody suite so that non-English",
         "reply_contains": "we will write again when a decision has been made", "verdict": "noted"},
        {"number": 6, "starts_with": "Agree with the court office a target of releasing people within",
         "reply_contains": "have agreed a joint release protocol with a target of 30",
         "verdict": "agrees"},
        {"number": 7, "starts_with": "Review escort schedules so that no one arrives at a prison",
         "reply_contains": None, "verdict": "unanswered"}]
    unmatched = ["are grateful to the Lay Observers for their continued, independent scrutiny",
                 "the current escort contract ends in August 2027",
                 "We would be pleased to meet the Regional Lead to discuss"]
    notes = ("Advice: a Lay Observers' regional report on court custody, paragraphs 1.1-5.3 (hanging numbers, a "
             "'2025 at a glance' sidebar on page 1); recommendations 1.-7. only in a shaded 'Summary of "
             "recommendations' box after 5.1, each ending with a paragraph reference '(para 2.1)'. Traps: 'must be "
             "risk-assessed', the 2023 recommendation quoted ('the contractor should provide a hot meal'), 'Children "
             "should never be within sight or sound', contract 'requires', PACE Code C 'must ensure', 5.1 asking for "
             "a joint response in eight weeks. Response: a JOINT RESPONSE TABLE 'No. | Response | Status' citing "
             "numbers, order 3, 1, 5, 2+4, 6: juvenile cell repaired later, no interview room (3 partly); warnings "
             "check since 1 March (1 agrees); interpreting being considered (5 noted); ONE row '2 and 4' = monitors "
             "fitted (2 agrees) + sanitary products policy unchanged (4 disagrees); release protocol 30 minutes (6 "
             "agrees); 7 (escort schedules) unanswered. Unmatched: introduction, the '-' re-procurement row, "
             "closing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
