"""Round 89 (EN): a New Zealand district council's INDEPENDENT REVIEW OF ANIMAL MANAGEMENT (DOG CONTROL) SERVICES
(recommendations in BOXED panels 'Recommendation 1' ... 'Recommendation 7' placed after each chapter's findings)
answered by the CHIEF EXECUTIVE'S LETTER to the reviewer, citing the numbers. fpdf2, A4, cleaned DejaVu, fixed
creation date; colour band, running header from page 2, 'Page N of M'. Bodies, people and figures invented.
Run:  /tmp/blind89en/bin/python tests/docs/src/blind89/gen_en_dog_control_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b89en as H
from fpdf import FPDF

NAME = "blind89_en_dog_control"
WHEN = datetime.datetime(2026, 10, 5, 9, 0, tzinfo=datetime.timezone.utc)


class Doc(FPDF):
    head = ""
    def header(self):
        if self.page_no() > 1 and self.head:
            self.set_font("DV", "", 7.5); self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.head, new_x="LMARGIN", new_y="NEXT"); self.ln(3); self.set_text_color(0, 0, 0)
    def footer(self):
        self.set_y(-14); self.set_font("DV", "", 7.5); self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C"); self.set_text_color(0, 0, 0)


def new(head):
    d = Doc(format="A4"); d.head = head
    d.set_creation_date(WHEN); d.set_margins(22, 20, 22); d.set_auto_page_break(True, 20)
    d.add_font("DV", "", H.clean_font("DejaVuSans.ttf")); d.add_font("DV", "B", H.clean_font("DejaVuSans-Bold.ttf"))
    d.add_font("DV", "I", H.clean_font("DejaVuSans-Oblique.ttf"))
    d.add_page(); return d


def para(d, t, size=9.6, style=""):
    d.set_font("DV", style, size); d.multi_cell(0, 5.1, t, markdown=True, new_x="LMARGIN", new_y="NEXT"); d.ln(2)


def head(d, t):
    d.ln(1); d.set_font("DV", "B", 11.5); d.set_text_color(20, 70, 110)
    d.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT"); d.set_text_color(0, 0, 0); d.ln(1)


def box(d, n, t):
    d.set_fill_color(226, 236, 246); d.set_draw_color(20, 70, 110)
    y0 = d.get_y()
    d.set_font("DV", "B", 9.4); d.multi_cell(0, 5.4, f"Recommendation {n}", border="LTR", fill=True, padding=(2, 3, 0, 3),
                                            new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 9.4); d.multi_cell(0, 5.1, t, border="LBR", fill=True, padding=(0, 3, 2, 3),
                                           new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def advice():
    d = new("Waitohu District Council  |  Independent Review of Animal Management Services  |  Harker Rowe Consulting")
    d.set_fill_color(20, 70, 110); d.rect(0, 0, 210, 12, "F")
    d.set_font("DV", "B", 8); d.set_text_color(20, 70, 110); d.cell(0, 5, "HARKER ROWE CONSULTING  |  FOR WAITOHU DISTRICT COUNCIL",
                                                                   new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "B", 17); d.multi_cell(0, 8, "Independent Review of Animal Management Services", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0); d.set_font("DV", "", 8.8)
    d.cell(0, 6, "Final report  |  4 May 2026  |  Prepared for the Regulatory and Hearings Committee", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    head(d, "1  Scope and approach")
    para(d, "Waitohu District Council asked us in November 2025 to review its animal management service: dog "
            "registration, complaints and after-hours response, the Te Awa pound and enforcement. We examined 4,812 "
            "service requests from 2023-2025, visited the pound twice, rode with rangers on six shifts and interviewed "
            "staff, the SPCA branch and two iwi representatives. The district has 9,640 registered dogs.")
    para(d, "Section 10A of the Dog Control Act 1996 requires the Council to report each financial year on its dog "
            "control policy and practices, and section 10 requires a policy on dogs adopted by special consultative "
            "procedure. Nothing in this report changes those obligations. Our 2019 review recommended that \"the "
            "Council should publish a single dog control bylaw map\"; that has been done.")
    head(d, "2  Responding to the public")
    para(d, "**Finding 1.** Urgent complaints (attacks, rushing dogs, dogs on the highway) received after 5 pm are passed "
            "to a duty ranger by phone, but there is no contracted after-hours cover and a ranger on leave leaves a gap. "
            "In 2025 the median response to an urgent after-hours call was 94 minutes; the Council's own service "
            "standard says an officer should attend within 60 minutes.")
    box(d, 1, "Contract an after-hours response service so that urgent dog complaints are attended every night "
              "of the year within the 60-minute standard.")
    para(d, "**Finding 2.** The ranger team has four full-time posts, one of them vacant for eight months of 2025. "
            "Rangers spend about 30 per cent of their time on registration follow-up.")
    box(d, 2, "Increase the ranger establishment from four to six full-time equivalent posts from 1 July 2027.")
    head(d, "3  Registration and owners")
    para(d, "**Finding 3.** Registration compliance is 88 per cent, below the 94 per cent of comparable councils. "
            "Owners must still register over the counter or by post; reminders are sent by letter only.")
    box(d, 3, "Move dog registration online, with automatic text and email reminders, while keeping a counter "
              "option for owners who need it.")
    box(d, 4, "Introduce a responsible dog owner status with a discounted registration fee for owners who meet "
              "fencing, microchipping and complaint-free criteria.")
    head(d, "4  The pound and enforcement")
    para(d, "**Finding 4.** The Te Awa pound, built in 1984, has twelve kennels, no isolation pen and poor drainage. "
            "It does not meet the current code of welfare in several respects, and the SPCA described it to us as \"the "
            "weakest facility in the region\".")
    box(d, 5, "Begin planning a replacement pound now, with design funding in the 2027/28 Annual Plan and a site "
              "decision by June 2027.")
    para(d, "**Finding 5.** Infringement notices and prosecutions are decided case by case without written criteria. "
            "Two of the nine prosecutions since 2022 were withdrawn.")
    box(d, 6, "Adopt a written enforcement policy setting out when infringement notices, warnings and prosecutions "
              "will be used.")
    box(d, 7, "Publish quarterly statistics on dog attacks, impoundments and infringements on the Council website.")
    head(d, "5  Implementation")
    para(d, "Recommendations 1 and 2 carry the largest costs; we estimate $180,000 a year in total. The others can be met "
            "largely within existing budgets. We would be glad to review progress in 2028.")
    para(d, "Harker Rowe Consulting Limited, Wellington  |  Lead reviewer: Aroha Tamihana", 8.8, "I")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = new("")
    d.set_font("DV", "B", 13); d.set_text_color(20, 70, 110); d.cell(0, 7, "WAITOHU DISTRICT COUNCIL", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 8.5); d.set_text_color(80, 80, 80)
    d.cell(0, 5, "Office of the Chief Executive  |  14 Rata Street, Waitohu 4870  |  06 555 0142", new_x="LMARGIN", new_y="NEXT")
    d.set_draw_color(20, 70, 110); d.line(22, d.get_y() + 2, 188, d.get_y() + 2); d.ln(7); d.set_text_color(0, 0, 0)
    para(d, "22 September 2026\n\nAroha Tamihana\nHarker Rowe Consulting Limited\nPO Box 10 442\nWellington 6143", 9.4)
    para(d, "Tēnā koe Aroha", 9.4)
    para(d, "**Review of animal management services: Council's response**", 9.6)
    para(d, "Thank you for your report of 4 May, which the Regulatory and Hearings Committee received on 16 June. The "
            "Committee asked me to write to you with the Council's response, which this letter sets out.")
    para(d, "Recommendation 6 has been completed. The Committee adopted a Dog Control Enforcement Policy on 18 August, "
            "and it has applied to all new cases since 1 September.")
    para(d, "On recommendation 1, we have gone part of the way. From 1 November a contracted after-hours service will "
            "respond to dog attacks and dogs on state highways, but other urgent complaints after hours will continue "
            "to go to the duty ranger, as the full contract you costed is beyond this year's budget.")
    para(d, "Recommendations 2 and 4 were considered together. The Council will introduce a responsible owner status "
            "with a 30 per cent fee discount from the 2027/28 registration year. However, it has decided not to add "
            "ranger positions: the Council expects online registration to release ranger time, and it will look again "
            "only if response times do not improve.")
    para(d, "Regarding recommendation 3, online registration opened in July, and about 40 per cent of owners used it "
            "this year. Automatic reminders will be sent by email only for now; text messaging will be reconsidered once "
            "the new customer system is in place in 2028.")
    para(d, "The pound (recommendation 5) is acknowledged as a serious issue. Its replacement will be considered "
            "alongside other facilities in the Long-term Plan 2027-2037, and the Council has made no decision on "
            "funding or timing at this stage.")
    para(d, "You may also like to know that the Council has signed a memorandum of understanding with the SPCA branch "
            "on rehoming unclaimed dogs, which came into effect in August.")
    para(d, "Thank you again for a thorough and practical review. Please contact Sione Leavasa, Regulatory Services "
            "Manager, if you have any questions.")
    para(d, "Nāku noa, nā\n\nGareth Munroe\nChief Executive", 9.4)
    d.output(H.out(NAME + "_response.pdf"))


RECS = [
    dict(number=1, starts_with="Contract an after-hours response service so that urgent dog complaints",
         reply_contains="a contracted after-hours service will respond to dog attacks", verdict="partly"),
    dict(number=2, starts_with="Increase the ranger establishment from four to six full-time equivalent",
         reply_contains="it has decided not to add ranger positions", verdict="disagrees"),
    dict(number=3, starts_with="Move dog registration online, with automatic text and email reminders",
         reply_contains="online registration opened in July, and about 40 per cent", verdict="partly"),
    dict(number=4, starts_with="Introduce a responsible dog owner status with a discounted registration fee",
         reply_contains="introduce a responsible owner status with a 30 per cent fee discount", verdict="agrees"),
    dict(number=5, starts_with="Begin planning a replacement pound now, with design funding in",
         reply_contains="Its replacement will be considered alongside other facilities", verdict="noted"),
    dict(number=6, starts_with="Adopt a written enforcement policy setting out when infringement notices",
         reply_contains="The Committee adopted a Dog Control Enforcement Policy on 18 August", verdict="agrees"),
    dict(number=7, starts_with="Publish quarterly statistics on dog attacks, impoundments and infringements",
         reply_contains=None, verdict="unanswered"),
]
UNMATCHED = ["The Committee asked me to write to you with the Council's response",
             "signed a memorandum of understanding with the SPCA branch",
             "Thank you again for a thorough and practical review"]
NOTES = ("Advice: NZ independent review of a district council's animal management (dog control) services, 2 p.; seven "
         "BOXED panels 'Recommendation 1'..'Recommendation 7' after the findings of each chapter. Traps: Dog Control Act 1996 "
         "s 10A 'requires ... report', s 10 policy, bold 'Finding 1.'-'Finding 5.', 'an officer should attend within 60 "
         "minutes', the 2019 review's 'the Council should publish a single dog control bylaw map' quoted, 'Owners must "
         "still register', 'Recommendations 1 and 2 carry the largest costs'. Response: Chief Executive's letter citing "
         "numbers, order 6, 1, 2+4, 3, 5. ONE paragraph 'Recommendations 2 and 4' = responsible owner status from 2027/28 (4 "
         "agrees) + no extra rangers (2 disagrees). 1 partly (after-hours contract only for attacks and state highways); 3 "
         "partly (online yes, email reminders only, text later); 5 noted (LTP, no decision). 7 (quarterly statistics) "
         "unanswered. Opening paragraph, SPCA memorandum, thanks (nothing).")

if __name__ == "__main__":
    advice(); response()
    H.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(H.main([NAME]))
