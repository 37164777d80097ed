"""Round 84 (EN): an Australian INSPECTOR-GENERAL OF WATER COMPLIANCE'S COMPLIANCE REVIEW (genre: a Commonwealth
water-compliance watchdog's review of a Basin State's metering and enforcement, with an 'At a glance' box and the
recommendations as UNNUMBERED bold paragraphs 'The Inspector-General recommends that ...' placed among the findings
of each section) answered by the state department's DIRECTOR-GENERAL'S LETTER replying by subject, without numbers.
Advice: Inspector-General of Water Compliance, 'Measuring what is taken', compliance review CR 2026-03 (Border
Rivers), August 2026, 2-3 p.
Response: letter of the Director-General, Queensland Department of Water and Catchment Services, 30 October 2026,
1-2 p.; order 4, 1, 2+3, 7, 5; 6 unanswered.
fpdf2 (A4, cleaned DejaVu Sans/Serif, fixed creation date); running header from page 2 and footers. The department,
people, figures and the wording said to be in the Acts are invented.

Run:  /tmp/blind84en/bin/python tests/docs/src/blind84/gen_en_water_compliance_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b84en as H
from fpdf import FPDF

NAME = "blind84_en_water_compliance"
BLUE = (0, 84, 130)


class Doc(FPDF):
    def __init__(self, header_text, footer_text):
        super().__init__(format="A4")
        self.htxt, self.ftxt = header_text, footer_text
        for st, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
            self.add_font("S", st, H.clean_font(f))
        for st, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf")):
            self.add_font("R", st, H.clean_font(f))
        self.set_creation_date(datetime.datetime(2026, 10, 30, 9, 0, tzinfo=datetime.timezone.utc))
        self.set_margins(22, 22, 22)
        self.set_auto_page_break(True, 22)

    def header(self):
        if self.page_no() > 1 and self.htxt:
            self.set_font("S", "", 7.5); self.set_text_color(90, 90, 90)
            self.set_xy(22, 10); self.cell(0, 5, self.htxt)
            self.set_draw_color(*BLUE); self.line(22, 15.5, 188, 15.5)
            self.set_y(22)

    def footer(self):
        self.set_y(-15); self.set_font("S", "", 7.5); self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.ftxt.format(n=self.page_no()), align="C")

    def para(self, t, font="R", st="", size=9.8, h=5.0, color=(30, 30, 30)):
        self.set_font(font, st, size); self.set_text_color(*color)
        self.multi_cell(0, h, t, new_x="LMARGIN", new_y="NEXT"); self.ln(2.2)

    def head(self, t):
        self.ln(1.5); self.set_font("S", "B", 11.5); self.set_text_color(*BLUE)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT"); self.ln(1.5)

    def rec(self, t):
        self.para(t, font="R", st="B", size=9.8, color=(0, 50, 80))


def advice():
    d = Doc("Measuring what is taken - Compliance review CR 2026-03", "Inspector-General of Water Compliance  |  page {n}")
    d.add_page()
    d.set_fill_color(*BLUE); d.rect(0, 0, 210, 9, "F")
    d.set_font("S", "B", 8.5); d.set_text_color(*BLUE); d.set_xy(22, 14)
    d.cell(0, 5, "INSPECTOR-GENERAL OF WATER COMPLIANCE  |  COMPLIANCE REVIEW CR 2026-03", new_x="LMARGIN", new_y="NEXT")
    d.ln(3); d.set_font("S", "B", 20); d.cell(0, 10, "Measuring what is taken", new_x="LMARGIN", new_y="NEXT")
    d.set_font("S", "", 11.5); d.set_text_color(60, 60, 60)
    d.multi_cell(0, 6, "Metering, compliance and enforcement of water take in the Queensland Border Rivers", new_x="LMARGIN", new_y="NEXT")
    d.set_font("S", "", 9); d.cell(0, 6, "August 2026", new_x="LMARGIN", new_y="NEXT"); d.ln(3)
    y = d.get_y()
    d.set_fill_color(228, 240, 246); d.rect(22, y, 166, 30, "F")
    d.set_xy(26, y + 2.5); d.set_font("S", "B", 9); d.set_text_color(*BLUE); d.cell(0, 5, "At a glance", new_x="LMARGIN", new_y="NEXT")
    d.set_font("S", "", 8.6); d.set_text_color(30, 30, 30)
    for t in ("412 licensed surface water pumps in the review area, 171 of them 200 mm or larger",
              "58 per cent of large pumps fitted with a pattern-approved, tamper-evident meter",
              "4 compliance officers for 3.1 million square kilometres of catchment",
              "23 suspected breaches in 2024-25; 2 penalty infringement notices issued"):
        d.set_x(26); d.multi_cell(158, 5, "- " + t, new_x="LMARGIN", new_y="NEXT")
    d.set_y(y + 34)
    d.head("1. About this review")
    d.para("The Inspector-General of Water Compliance is an independent statutory office under the Water Act 2007 "
           "(Cth). Section 215C of that Act allows the Inspector-General to review how Basin States monitor and "
           "enforce the rules on taking water. This review examined the Queensland Department of Water and "
           "Catchment Services (the Department) in the Border Rivers between July 2023 and June 2025. We visited 37 "
           "properties, interviewed 64 licence holders and staff, and tested 1,280 meter readings against satellite "
           "estimates of irrigated area.")
    d.para("This is a review of systems, not of individuals. The Department co-operated fully and commented on a "
           "draft of this report; its comments on the facts have been taken into account.")
    d.head("2. Metering")
    d.para("The Basin-wide non-urban metering standard says that all pumps of 200 mm or larger should be fitted with "
           "a pattern-approved meter with telemetry. Queensland committed to meet that standard by 30 June 2025 but "
           "has not. Of the large pumps we inspected, 42 per cent still had older mechanical meters, several with "
           "broken seals. Our 2024 report on the Condamine-Balonne said that \"the Department should set a "
           "firm date for the replacement of non-compliant meters\", and the Department accepted it.")
    d.rec("The Inspector-General recommends that the Department complete the fitting of tamper-evident meters with "
          "telemetry on all pumps of 200 mm or larger by 30 June 2027.")
    d.para("Meters in the regulated system are read once a year, in July. A licence holder who takes more than the "
           "announced allocation early in the season may not be detected until the water is gone.")
    d.rec("The Inspector-General recommends that the Department move from annual to quarterly meter reading for "
          "all licences in the regulated system.")
    d.head("3. Compliance and enforcement")
    d.para("Under section 808 of the Water Act 2000 (Qld), a person must not take water other than as authorised. The "
           "Department has four compliance officers for the Border Rivers, two of them based in Brisbane. Officers "
           "told us they spend most of their time on complaints and cannot carry out planned inspections.")
    d.rec("The Inspector-General recommends that the Department increase the number of compliance officers "
          "assigned to the Border Rivers from four to at least eight, based in the region.")
    d.para("The Department does not have a compliance plan that ranks risks. Inspections are not targeted at the "
           "licences with the greatest potential take, and the results are not reported.")
    d.rec("The Inspector-General recommends that the Department adopt a risk-based compliance plan for the "
          "Border Rivers, review it each year and publish it.")
    d.para("Of 23 suspected breaches in 2024-25, 2 led to a penalty infringement notice and none to prosecution. "
           "Other Basin States publish the outcome of each enforcement action. Communities told us that they cannot "
           "tell whether the rules are enforced at all.")
    d.rec("The Inspector-General recommends that the Department publish the outcome of each enforcement action, "
          "including the name of the licence holder where a penalty is imposed.")
    d.para("The maximum penalty for unauthorised take in Queensland has not been reviewed since 2013 and is now "
           "well below that in New South Wales.")
    d.rec("The Inspector-General recommends that the Department review the penalties for unauthorised take of "
          "water and report the outcome to the Minister by 30 June 2027.")
    d.head("4. Working across the border")
    d.para("The Border Rivers are shared with New South Wales. The two States' telemetry systems do not exchange "
           "data, and neither regulator can see the other's meter readings for the same river reach. The Border "
           "Rivers Intergovernmental Agreement 2008 provides that the parties must co-operate in the management of "
           "the shared resource, but it says nothing about compliance data.")
    d.rec("The Inspector-General recommends that the Department agree a protocol with the New South Wales "
          "regulator for sharing telemetry and compliance data for the Border Rivers.")
    d.head("5. Next steps")
    d.para("We ask the Department to respond to this report within 60 days. We will follow up the implementation of "
           "these recommendations in 2027-28 and report the results in our annual report.")
    d.para("Troy Anderssen, Inspector-General of Water Compliance, Canberra", font="S", st="I", size=9)
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc(None, "Department of Water and Catchment Services  |  Page {n}")
    d.add_page()
    d.set_font("S", "B", 13); d.set_text_color(*BLUE); d.cell(0, 7, "Department of Water and Catchment Services", new_x="LMARGIN", new_y="NEXT")
    d.set_font("S", "", 8.5); d.set_text_color(80, 80, 80)
    d.cell(0, 4.5, "Office of the Director-General  |  GPO Box 2247, Brisbane Qld 4001", new_x="LMARGIN", new_y="NEXT")
    d.set_draw_color(*BLUE); d.set_line_width(0.8); d.line(22, d.get_y() + 2, 188, d.get_y() + 2); d.ln(7)
    d.set_font("S", "", 9); d.set_text_color(30, 30, 30)
    d.cell(0, 5, "Our ref: DG26/3318", new_x="LMARGIN", new_y="NEXT"); d.cell(0, 5, "30 October 2026", new_x="LMARGIN", new_y="NEXT"); d.ln(3)
    d.multi_cell(0, 5, "Mr Troy Anderssen\nInspector-General of Water Compliance\nGPO Box 3090\nCanberra ACT 2601", new_x="LMARGIN", new_y="NEXT"); d.ln(4)
    d.para("Dear Mr Anderssen", font="S", size=9.8)
    d.para("Thank you for your compliance review of the Border Rivers, Measuring what is taken, and for the "
           "professional way in which your officers worked with our regional staff. The Department takes its "
           "responsibility for the integrity of water take seriously, and I set out our response below.", font="S", size=9.8)
    d.para("I am pleased to advise that our Border Rivers compliance plan for 2026-27, which ranks licences by "
           "potential take and sets targets for planned inspections, was published on our website on 1 September 2026. "
           "It will be reviewed and republished each year.", font="S", size=9.8)
    d.para("On the fitting of tamper-evident meters, the Department will have all pumps of 300 mm and larger fitted "
           "with compliant meters and telemetry by 30 June 2027. For pumps between 200 mm and 300 mm we have extended "
           "the deadline to 30 June 2029, as there are not enough accredited installers in the region to do the work "
           "sooner without penalising licence holders for delays outside their control.", font="S", size=9.8)
    d.para("Your findings on meter reading and on our regional staffing are closely linked. As telemetry is fitted, "
           "readings will be taken quarterly for every licence in the regulated system from 1 July 2027. I have also "
           "approved two additional compliance officer positions, to be based in Goondiwindi from January 2027. This "
           "brings the total to six rather than eight; we will assess the need for further positions once the "
           "effect of telemetry on workloads is known.", font="S", size=9.8)
    d.para("Cross-border arrangements are a matter for both Governments. I have raised the sharing of telemetry and "
           "compliance data with my New South Wales counterpart, and officials will consider the options at the next "
           "meeting of the Border Rivers senior officials' group in February 2027.", font="S", size=9.8)
    d.para("We already publish aggregate compliance statistics in our annual report. The Department does not "
           "support naming individual licence holders, which in our view raises issues of privacy and natural "
           "justice for people who may contest a penalty, and we do not intend to go further than the current "
           "statistics.", font="S", size=9.8)
    d.para("You may also be interested to know that repairs to the eleven river gauging stations damaged in the "
           "February 2026 floods were completed in August, restoring continuous flow data for the whole system.", font="S", size=9.8)
    d.para("Should your officers require further information, please contact Ms Leanne Kowalczyk, Executive Director, "
           "Water Compliance, on (07) 3035 6120.", font="S", size=9.8)
    d.para("Yours sincerely", font="S", size=9.8); d.ln(4)
    d.para("Dr Anthony Ferreira-Walsh\nDirector-General", font="S", st="B", size=9.8)
    d.output(H.out(NAME + "_response.pdf"))


RECS = [
    (1, "The Inspector-General recommends that the Department complete the fitting of tamper-evident meters",
     "extended the deadline to 30 June 2029", "partly"),
    (2, "The Inspector-General recommends that the Department move from annual to quarterly",
     "readings will be taken quarterly for every licence", "agrees"),
    (3, "The Inspector-General recommends that the Department increase the number of",
     "This brings the total to six rather than eight", "partly"),
    (4, "The Inspector-General recommends that the Department adopt a risk-based compliance plan",
     "compliance plan for 2026-27, which ranks licences by potential take", "agrees"),
    (5, "The Inspector-General recommends that the Department publish the outcome of each",
     "does not support naming individual licence holders", "disagrees"),
    (6, "The Inspector-General recommends that the Department review the penalties for unauthorised",
     None, "unanswered"),
    (7, "The Inspector-General recommends that the Department agree a protocol with the",
     "I have raised the sharing of telemetry and compliance data", "noted"),
]

if __name__ == "__main__":
    advice()
    response()
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["for the professional way in which your officers worked",
                      "repairs to the eleven river gauging stations damaged",
                      "Should your officers require further information, please contact"],
                     "Advice: an Australian INSPECTOR-GENERAL OF WATER COMPLIANCE'S COMPLIANCE REVIEW: a colour "
                     "strip, a shaded 'At a glance' box of figures, numbered sections 1-5; the recommendations are "
                     "SEVEN UNNUMBERED BOLD PARAGRAPHS all opening 'The Inspector-General recommends that the "
                     "Department ...' among finding paragraphs (numbers 1-7 are their order; the third runs over the page break); traps: 'section 215C', "
                     "'the standard says that all pumps ... should be fitted', the 2024 report's 'the Department "
                     "should set a firm date' quoted, 'section 808 ... a person must not take water', 'the parties "
                     "must co-operate', '30 June 2025', 'within 60 days'. Response: the DIRECTOR-GENERAL'S LETTER, "
                     "no headings, no numbers, replies by subject in the order 4, 1, 2+3, 7, 5: compliance plan "
                     "published 1 September 2026 (4 agrees, done); meters for 300 mm+ by 2027, 200-300 mm deadline "
                     "extended to 2029 (1 partly); ONE paragraph = quarterly reading from 1 July 2027 (2 agrees) + "
                     "two more officers, 'six rather than eight' (3 partly); cross-border data 'a matter for both "
                     "Governments ... officials will consider' (7 noted); 'does not support naming individual licence "
                     "holders' (5 disagrees). 6 (penalty review) is not answered. Unmatched: opening thanks, the "
                     "flood-damaged gauging stations paragraph, contact/closing.")
    sys.exit(H.main([NAME]))
