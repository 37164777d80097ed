"""Round 92 (EN): a London borough's NIGHT-TIME ECONOMY COMMISSION FINAL REPORT (recommendations as BOLD SENTENCES
'We recommend that ...' closing paragraphs of the chapters, no numbers) answered by a CABINET MEMBER'S RECORD OF
DECISION that replies by subject, without numbers. fpdf2, A4, cleaned DejaVu, fixed creation date; coloured side band,
running header from page 2 and 'Page N of M'. Bodies, people and figures invented.
Run:  /tmp/blind92en/bin/python tests/docs/src/blind92/gen_en_night_time_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b92en as H
from fpdf import FPDF

NAME = "blind92_en_night_time"
R, Bf = H.clean_font("DejaVuSans.ttf"), H.clean_font("DejaVuSans-Bold.ttf")


class Doc(FPDF):
    def __init__(self, head):
        super().__init__(format="A4")
        self.head = head
        self.set_creation_date(datetime.datetime(2026, 5, 1, tzinfo=datetime.timezone.utc))
        self.add_font("DV", "", R)
        self.add_font("DV", "B", Bf)
        self.set_margins(24, 20, 20)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages()

    def header(self):
        self.set_fill_color(110, 40, 120)
        self.rect(0, 0, 8, 297, "F")
        if self.page_no() > 1:
            self.set_font("DV", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.head, new_x="LMARGIN", new_y="NEXT")
            self.ln(3)
        self.set_text_color(25, 25, 25)

    def footer(self):
        self.set_y(-14)
        self.set_font("DV", "", 7.5)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    def hd(self, t, size=11.5):
        self.ln(2)
        self.set_font("DV", "B", size)
        self.set_text_color(110, 40, 120)
        self.multi_cell(0, size * 0.5, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(25, 25, 25)
        self.ln(1)

    def p(self, t, size=9.5):
        self.set_font("DV", "", size)
        self.multi_cell(0, 5, t, markdown=True, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.2)


def advice():
    d = Doc("Ashbourne Vale Night-Time Economy Commission  |  After Dark: Final Report  |  March 2026")
    d.add_page()
    d.set_font("DV", "B", 8); d.set_text_color(110, 40, 120)
    d.cell(0, 5, "LONDON BOROUGH OF ASHBOURNE VALE  |  NIGHT-TIME ECONOMY COMMISSION", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "B", 20); d.set_text_color(25, 25, 25)
    d.cell(0, 11, "After Dark", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 11)
    d.cell(0, 7, "Final report of the Night-Time Economy Commission, March 2026", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.hd("Foreword")
    d.p("The Commission was set up by the Leader of the Council in June 2025 to look at how Ashbourne Vale works "
        "between 6pm and 6am: for the 19,000 people who work at night in the borough, for residents, and for the "
        "bars, venues, takeaways, gyms and late shops that make up its evening and night economy. Eleven "
        "commissioners drawn from business, policing, health, residents' groups and the trade unions took evidence "
        "over seven months. This is our final report. - Dame Cordelia Asante, Chair")
    d.hd("1. Leadership and strategy")
    d.p("Nobody in the Council is responsible for the night. Licensing, community safety, highways, parks and "
        "economic development each see part of it, and businesses told us they do not know whom to call. London "
        "boroughs that have done best have given one senior politician the brief.")
    d.p("**We recommend that the Council appoint a Cabinet Member with explicit responsibility for the "
        "night-time economy, supported by a named officer lead.**")
    d.p("The Council's 2019 Town Centres Plan said that \"the evening economy should be planned as carefully as the "
        "daytime one\", but no plan followed. A strategy should be evidence-based, and partners must be able to "
        "hold the Council to it.")
    d.p("**We recommend that the Council publish a night-time strategy, with a 24-hour vision for Eastgate "
        "and Marlow Green, by March 2027.**")
    d.hd("2. Safety and welfare")
    d.p("Ambulance call-outs for intoxication in Eastgate rose by 18 per cent between 2023 and 2025. The Licensing "
        "Act 2003 requires the Council to promote the four licensing objectives, including public safety and the "
        "prevention of crime and disorder, and venues must have regard to them in every operating schedule.")
    d.p("**We recommend that the Council fund a welfare and vulnerability hub in Eastgate, open from 10pm to "
        "4am every Friday and Saturday night.**")
    d.p("Women who work at night told us that the walk from the bus stop is the part of the shift they fear most. "
        "Several described unlit paths across Marlow Green Park and the underpass at Station Approach.")
    d.p("**We recommend that the Council carry out a lighting and safety audit of the main walking routes "
        "used by night workers, and publish the results.**")
    d.hd("3. Licensing, costs and transport")
    d.p("The Cumulative Impact Assessment for Eastgate, last renewed in 2023, creates a presumption that new "
        "late licences will be refused. Operators argued that it freezes the mix of venues and favours large "
        "chains; the police told us it should remain in place. Paragraph 14.19 of the statutory guidance says an "
        "assessment must be reviewed at least every three years.")
    d.p("**We recommend that the Council withdraw the Eastgate Cumulative Impact Assessment when it next falls "
        "for review and rely on individual licence conditions instead.**")
    d.p("Small venues pay the same pavement licence and late night levy as large ones.")
    d.p("**We recommend that the Council halve pavement licence fees for independent venues with a capacity "
        "below 200 for the next three years.**")
    d.p("Finally, the nearest station on the Coldharbour line closes at 00:40 on Fridays and Saturdays, and night "
        "buses are crowded and infrequent.")
    d.p("**We recommend that the Council press Transport for London to extend Night Tube services to the "
        "Coldharbour line at weekends.**")
    d.hd("Table: Evidence gathered")
    d.set_font("DV", "", 8.5)
    for row in (("Public evidence sessions", "6"), ("Written submissions", "143"), ("Night walks with workers", "4"),
                ("Businesses surveyed", "212")):
        d.cell(80, 6, row[0], border=1); d.cell(25, 6, row[1], border=1, new_x="LMARGIN", new_y="NEXT")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc("Record of Cabinet Member Decision CMD/2026/034  |  London Borough of Ashbourne Vale")
    d.add_page()
    d.set_font("DV", "B", 8); d.set_text_color(110, 40, 120)
    d.cell(0, 5, "LONDON BOROUGH OF ASHBOURNE VALE", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "B", 15); d.set_text_color(25, 25, 25)
    d.multi_cell(0, 8, "Record of Decision by a Cabinet Member", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 9)
    for a, b in (("Decision reference:", "CMD/2026/034"), ("Decision maker:", "Cllr Tobias Penrose, Cabinet Member for "
                 "Growth and Culture"), ("Date of decision:", "12 May 2026"), ("Subject:", "Response to the Night-Time "
                 "Economy Commission's report 'After Dark'"), ("Key decision:", "No")):
        d.set_font("DV", "B", 9); d.cell(38, 5.5, a)
        d.set_font("DV", "", 9); d.multi_cell(0, 5.5, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.hd("1. Decision")
    d.p("To approve the Council's response to the final report of the Night-Time Economy Commission set out in "
        "section 2, and to publish it on the Council's website alongside the report.")
    d.hd("2. Reasons for decision")
    d.p("**Welfare hub.** Agreed. A welfare and vulnerability hub will open at the Eastgate Community Centre on "
        "Friday 4 September 2026, staffed by St Columba's Street Pastors and a paramedic, from 10pm to 4am each "
        "Friday and Saturday. Funding of £96,000 a year has been secured from the late night levy.")
    d.p("**Strategy and the Eastgate assessment.** The Council will prepare a night-time strategy and will consult "
        "on a draft in the spring, but it will be published in 2028, alongside the Local Plan review, rather than "
        "next March, and it will not at this stage set out a 24-hour vision for Marlow Green. As for the Cumulative "
        "Impact Assessment, the Council does not intend to withdraw it. The police and public health evidence "
        "supports keeping it, and it will be reviewed in 2026 on the usual basis.")
    d.p("**Night Tube.** The Council notes the Commission's view. Services are a matter for Transport for London; "
        "the request will be passed on through London Councils' transport committee and officers will keep it under "
        "review.")
    d.p("**Political leadership.** Already in place. The Leader added the night-time economy to my portfolio on "
        "3 March 2026, and the Head of Town Centres, Rhiannon Doyle, has been named as the officer lead.")
    d.p("**Pavement licence fees.** Not accepted. Fees are set to recover the cost of the service and a reduction "
        "for one group of businesses would have to be met by other licence holders; we will not be changing the "
        "fee structure at this time.")
    d.hd("3. Alternative options considered")
    d.p("Deferring a response until the Economic Development Strategy is refreshed was rejected, as the Commission "
        "and partners asked for a clear answer within three months of publication.")
    d.hd("4. Consultation and conflicts of interest")
    d.p("The Borough Commander, the Director of Public Health and the Ward Members for Eastgate were consulted. No "
        "conflicts of interest were declared. Dispensation granted by the Standards Committee: none.")
    d.ln(3)
    d.p("Signed: Cllr Tobias Penrose. Date of publication: 13 May 2026. Call-in deadline: 5pm on 20 May 2026.")
    d.output(H.out(NAME + "_response.pdf"))


advice()
response()
EXP = [
    dict(number=1, starts_with="We recommend that the Council appoint a Cabinet Member with explicit",
         reply_contains="The Leader added the night-time economy to my portfolio", verdict="agrees"),
    dict(number=2, starts_with="We recommend that the Council publish a night-time strategy, with",
         reply_contains="it will be published in 2028, alongside the Local Plan review", verdict="partly"),
    dict(number=3, starts_with="We recommend that the Council fund a welfare and vulnerability hub",
         reply_contains="will open at the Eastgate Community Centre on Friday", verdict="agrees"),
    dict(number=4, starts_with="We recommend that the Council carry out a lighting and safety audit",
         reply_contains=None, verdict="unanswered"),
    dict(number=5, starts_with="We recommend that the Council withdraw the Eastgate Cumulative Impact Assessment",
         reply_contains="the Council does not intend to withdraw it", verdict="disagrees"),
    dict(number=6, starts_with="We recommend that the Council halve pavement licence fees for independent",
         reply_contains="we will not be changing the fee structure at this time", verdict="disagrees"),
    dict(number=7, starts_with="We recommend that the Council press Transport for London to extend",
         reply_contains="the request will be passed on through London Councils' transport committee",
         verdict="noted"),
]
UNMATCHED = ["To approve the Council's response to the final report",
             "Deferring a response until the Economic Development Strategy is refreshed",
             "The Borough Commander, the Director of Public Health and the Ward Members"]
NOTES = ("Advice: London borough Night-Time Economy Commission final report 'After Dark', fpdf2, A4, purple side band; "
         "recommendations are BOLD SENTENCES 'We recommend that the Council ...' as paragraphs inside chapters 1-3, "
         "no numbers (numbers 1-7 by order); traps: the 2019 plan's quoted 'should be planned as carefully', 'A "
         "strategy should be evidence-based', 'partners must be able to hold', Licensing Act 2003 'requires ... "
         "venues must have regard', 'it should remain in place', paragraph 14.19 'must be reviewed at least every "
         "three years', evidence table. Response: Cabinet Member's Record of Decision, bold subject lead-ins under "
         "'2. Reasons for decision', NO numbers, order 3, 2+5, 7, 1, 6; ONE paragraph 'Strategy and the Eastgate "
         "assessment' = strategy but in 2028, no 24-hour vision (2 partly) + CIA kept (5 disagrees); Night Tube "
         "noted and passed on (7); leadership already in place (1 agrees); fees not accepted (6 disagrees); 4 "
         "(lighting audit) unanswered; 1. Decision, 3. Alternative options, 4. Consultation (nothing).")
H.write_expected(NAME, EXP, UNMATCHED, NOTES)
sys.exit(H.main([NAME]))
