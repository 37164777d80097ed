"""Round 100 (EN): an Irish county's youth council (COMHAIRLE NA NÓG) ANNUAL REPORT OF YOUTH PRIORITIES to the county
council, seven asks as UNNUMBERED BULLETS under 'What we are asking for', answered by the Director of Services'
REPLY LETTER by subject (NO numbers). fpdf2, A4, cleaned DejaVu, fixed creation date; green side band on page 1,
running header and 'Page N of M' from page 2. All bodies, people, places and figures invented; the Planning and
Development Act 2000 is named as context only.
Run:  /tmp/blind100en/bin/python tests/docs/src/blind100/gen_en_comhairle_fpdf2.py
"""
import os, sys, datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b100en as H
from fpdf import FPDF

NAME = "blind100_en_comhairle"


class Doc(FPDF):
    head = ""

    def header(self):
        if self.page_no() > 1:
            self.set_font("DV", "", 8); self.set_text_color(90, 90, 90)
            self.cell(0, 6, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(30, 110, 70); self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(4)

    def footer(self):
        self.set_y(-15); self.set_font("DV", "", 8); self.set_text_color(90, 90, 90)
        self.cell(0, 8, f"Page {self.page_no()} of {{nb}}", align="C")


def new(head):
    d = Doc(format="A4"); d.head = head
    d.set_creation_date(datetime.datetime(2026, 3, 2, tzinfo=datetime.timezone.utc))
    d.add_font("DV", "", H.clean_font("DejaVuSans.ttf")); d.add_font("DV", "B", H.clean_font("DejaVuSans-Bold.ttf"))
    d.set_margins(24, 20, 22); d.set_auto_page_break(True, 22); d.alias_nb_pages(); d.add_page()
    return d


def para(d, t, size=10, style="", after=2.5, color=(0, 0, 0), indent=0):
    d.set_font("DV", style, size); d.set_text_color(*color)
    d.set_x(d.l_margin + indent)
    d.multi_cell(d.w - d.l_margin - d.r_margin - indent, size * 0.5, t, new_x="LMARGIN", new_y="NEXT")
    d.ln(after)


def head(d, t):
    d.ln(1.5); para(d, t, 12, "B", 1.5, (30, 110, 70))


def bullet(d, t):
    d.set_font("DV", "", 10); d.set_text_color(0, 0, 0)
    y = d.get_y(); d.set_xy(d.l_margin + 3, y); d.cell(5, 5, "\u2022")
    d.set_xy(d.l_margin + 9, y)
    d.multi_cell(d.w - d.l_margin - d.r_margin - 9, 5, t, new_x="LMARGIN", new_y="NEXT"); d.ln(2)


def advice():
    d = new("Comhairle na nÓg Chontae Ardlahan | Annual Report of Youth Priorities 2025")
    d.set_fill_color(30, 110, 70); d.rect(0, 0, 12, 297, "F")
    para(d, "Comhairle na nÓg Chontae Ardlahan", 9, "B", 1, (30, 110, 70))
    para(d, "Annual Report of Youth Priorities 2025", 18, "B", 1, (30, 110, 70))
    para(d, "Presented to the members of Ardlahan County Council, February 2026", 10, "", 5, (80, 80, 80))
    head(d, "Who we are")
    para(d, "Comhairle na nÓg is the youth council for County Ardlahan. Our 34 members, aged 12 to 17, are elected "
            "each year at the Annual General Meeting by delegates from every post-primary school and youth service in "
            "the county. We meet monthly in the County Buildings in Ballinree with the support of a youth worker and "
            "report each year to the County Council and to the Local Community Development Committee.")
    head(d, "How we chose our priorities")
    para(d, "At our AGM on 7 October 2025, 112 young people voted on the issues that matter most to them. Transport, "
            "places to meet and mental health came out on top, as they did in 2023. We then held three workshops and "
            "ran a survey that 1,046 young people completed.")
    head(d, "What young people told us")
    para(d, "Only 31 per cent of respondents in rural areas can get to Ballinree by bus on a Saturday. Young people "
            "said there is nowhere to go after school that does not cost money. The skate park at Fairgreen is used "
            "every evening but is unlit after 5 p.m. in winter, and 58 per cent of girls said they would not use it "
            "after dark. Under the Planning and Development Act 2000 the Council must consult the public on the "
            "County Development Plan, but only 2 per cent of the submissions last time came from people under 18.")
    para(d, "In 2023 we asked that 'the Council should appoint a youth representative to every Strategic Policy "
            "Committee'. We were told this would be looked at, but young people should not have to wait another "
            "two years for an answer.")
    para(d, "Many respondents said they did not know where to go for help with their mental health. Services exist, "
            "but the information does not reach them.")
    head(d, "What we are asking for")
    para(d, "Comhairle na nÓg asks Ardlahan County Council to:")
    for t in ["Work with the National Transport Authority to pilot free bus travel for under-18s on the Local Link routes in the county.",
              "Set aside a free youth space, open after school, in the new Ballinree library when it opens.",
              "Ask the HSE and the Education and Training Board to put clear mental health information in every post-primary school.",
              "Install lighting at the Fairgreen skate park so that it can be used safely in winter evenings.",
              "Appoint a young person as a member of the Strategic Policy Committee for Housing, Community and Culture.",
              "Hold consultation sessions in schools on the next County Development Plan, run with Comhairle members.",
              "Provide free public wifi in the county's main parks and playgrounds."]:
        bullet(d, t)
    head(d, "Thank you")
    para(d, "We thank the Council, our youth worker Niamh Costigan and the schools that hosted our workshops. We look "
            "forward to the Council's reply and to presenting this report at the March meeting.")
    para(d, "Aoife Brennan and Darragh Quinlan, Chairpersons, Comhairle na nÓg Chontae Ardlahan", 9, "B", 0)
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = new("Ardlahan County Council | Reply to Comhairle na nÓg")
    para(d, "COMHAIRLE CHONTAE ARDLACHAIN | ARDLAHAN COUNTY COUNCIL", 12, "B", 0.5, (20, 60, 110))
    para(d, "County Buildings, Ballinree, Co. Ardlahan | Community and Economic Development Directorate", 8, "", 4, (90, 90, 90))
    d.set_draw_color(20, 60, 110); d.line(d.l_margin, d.get_y(), d.w - d.r_margin, d.get_y()); d.ln(5)
    para(d, "Our ref: CED/YTH/26/03", 9, "", 0)
    para(d, "27 March 2026", 9, "", 4)
    para(d, "Ms Aoife Brennan and Mr Darragh Quinlan\nChairpersons, Comhairle na nÓg Chontae Ardlahan\nc/o County Buildings, Ballinree", 10, "", 4)
    para(d, "Re: Annual Report of Youth Priorities 2025", 10, "B", 3)
    para(d, "Dear Aoife and Darragh,")
    para(d, "On behalf of the Chief Executive, I want to thank you and all the members of Comhairle na nÓg for an "
            "excellent report and for the presentation you gave to the elected members on 9 March, which was warmly "
            "received in the Chamber. I will take the issues you raised in turn.")
    para(d, "Youth voice in policy", 10, "B", 1)
    para(d, "I am pleased to confirm that the Council at its March meeting agreed to co-opt a young person to the "
            "Housing, Community and Culture SPC, and Comhairle will be asked to nominate that member by May.")
    para(d, "The new library", 10, "B", 1)
    para(d, "The design for the Ballinree library has been amended to include a youth room on the ground floor, "
            "which will be free to use from 3.30 p.m. on weekdays when the library opens in 2027.")
    para(d, "Fairgreen and the County Development Plan", 10, "B", 1)
    para(d, "Our engineers have looked again at the skate park. The site lies within a flood zone and next to "
            "houses, and floodlighting it would not be permitted under our public lighting policy, so the Council "
            "cannot proceed with that proposal. On the Development Plan, we will hold sessions in four schools, one "
            "in each municipal district, rather than in every school, and we would welcome Comhairle members as "
            "co-facilitators.")
    para(d, "Mental health information", 10, "B", 1)
    para(d, "This is primarily a matter for the HSE and the schools. I have forwarded your report to the HSE Head of "
            "Mental Health Services and to the Chief Executive of the Education and Training Board for their "
            "consideration.")
    para(d, "Transport", 10, "B", 1)
    para(d, "The Council supports the aim of cheaper travel for young people. Free travel for all under-18s is a "
            "national matter, but we have agreed with Local Link Ardlahan to run a free Saturday service for "
            "under-18s on two routes, Ballinree to Kilcurran and Ballinree to Drumshane, for six months from June.")
    para(d, "Funding for 2026", 10, "B", 1)
    para(d, "Separately, I can confirm that the Council's grant to Comhairle na nÓg for 2026 has been maintained at "
            "EUR 18,500, together with the Department's allocation.")
    para(d, "Thank you again for your hard work on behalf of the young people of the county. My colleague Ruairí "
            "Dempsey will be happy to meet you at your April meeting to go through this letter.")
    para(d, "Is mise le meas,", 10, "", 6)
    para(d, "Caroline Fahy\nDirector of Services, Community and Economic Development", 10, "B", 0)
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice(); response()
    recs = [
        {"number": 1, "starts_with": "Work with the National Transport Authority to pilot free bus",
         "reply_contains": "to run a free Saturday service for under-18s on two routes", "verdict": "partly"},
        {"number": 2, "starts_with": "Set aside a free youth space, open after school",
         "reply_contains": "amended to include a youth room on the ground floor", "verdict": "agrees"},
        {"number": 3, "starts_with": "Ask the HSE and the Education and Training Board to put",
         "reply_contains": "I have forwarded your report to the HSE Head", "verdict": "noted"},
        {"number": 4, "starts_with": "Install lighting at the Fairgreen skate park so that it",
         "reply_contains": "the Council cannot proceed with that proposal", "verdict": "disagrees"},
        {"number": 5, "starts_with": "Appoint a young person as a member of the Strategic Policy",
         "reply_contains": "agreed to co-opt a young person to the", "verdict": "agrees"},
        {"number": 6, "starts_with": "Hold consultation sessions in schools on the next County Development",
         "reply_contains": "one in each municipal district, rather than in every school", "verdict": "partly"},
        {"number": 7, "starts_with": "Provide free public wifi in the county's main parks",
         "reply_contains": None, "verdict": "unanswered"}]
    unmatched = ["for an excellent report and for the presentation you gave",
                 "grant to Comhairle na nÓg for 2026 has been maintained",
                 "will be happy to meet you at your April meeting"]
    notes = ("Advice: an Irish county youth council's (Comhairle na nÓg) ANNUAL REPORT OF YOUTH PRIORITIES; seven asks as "
             "UNNUMBERED BULLETS after 'Comhairle na nÓg asks Ardlahan County Council to:'. Traps: survey figures, the "
             "Planning and Development Act 2000 ('the Council must consult the public'), the 2023 ask quoted ('the "
             "Council should appoint a youth representative'), 'young people should not have to wait', dates. Response: "
             "Director of Services' REPLY LETTER under subject headings, NO numbers, order 5, 2, 4+6, 3, 1: SPC co-option "
             "agreed (5 agrees); youth room in library (2 agrees); ONE paragraph 'Fairgreen and the County Development "
             "Plan' = no lighting (4 disagrees) + four schools not all (6 partly); forwarded to HSE and ETB (3 noted); "
             "free Saturday service on two routes (1 partly); 7 (wifi) unanswered. Unmatched: opening thanks, 'Funding "
             "for 2026', closing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
