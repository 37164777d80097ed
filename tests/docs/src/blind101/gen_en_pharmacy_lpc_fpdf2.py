"""Round 101 (EN): an English LOCAL PHARMACEUTICAL COMMITTEE's REPRESENTATIONS LETTER to an integrated care board on
its draft community pharmacy strategy, seven recommendations as BOLD SENTENCES inside subject paragraphs (unnumbered),
answered by the ICB Director of Primary Care's REPLY LETTER under subject headings (NO numbers). fpdf2, A4, cleaned
DejaVu, fixed creation date; blue letterhead band, boxed key-figures panel; running header with a rule from page 2,
'Page N of M'. All bodies, people, places and figures invented; the NHS (Pharmaceutical and Local Pharmaceutical
Services) Regulations 2013 are named as context only.
Run:  /tmp/blind101en/bin/python tests/docs/src/blind101/gen_en_pharmacy_lpc_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b101en as H
from fpdf import FPDF

NAME = "blind101_en_pharmacy_lpc"
BLUE = (20, 70, 130)


class Doc(FPDF):
    head = ""

    def header(self):
        if self.page_no() > 1:
            self.set_font("DV", "", 8); self.set_text_color(90, 90, 90)
            self.cell(0, 6, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*BLUE); self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(4)

    def footer(self):
        self.set_y(-15); self.set_font("DV", "", 8); self.set_text_color(90, 90, 90)
        self.cell(0, 8, f"Page {self.page_no()} of {{nb}}", align="C")


def new(head):
    d = Doc(format="A4"); d.head = head
    d.set_creation_date(datetime.datetime(2026, 2, 20, tzinfo=datetime.timezone.utc))
    d.add_font("DV", "", H.clean_font("DejaVuSans.ttf")); d.add_font("DV", "B", H.clean_font("DejaVuSans-Bold.ttf"))
    d.set_margins(24, 20, 22); d.set_auto_page_break(True, 22); d.alias_nb_pages(); d.add_page()
    return d


def para(d, t, size=10, style="", after=2.5, color=(0, 0, 0)):
    d.set_font("DV", style, size); d.set_text_color(*color)
    d.multi_cell(0, size * 0.5, t, markdown=True, new_x="LMARGIN", new_y="NEXT"); d.ln(after)


def head(d, t):
    d.ln(1.5); para(d, t, 11, "B", 1.5, BLUE)


def band(d, name, sub):
    d.set_fill_color(*BLUE); d.rect(0, 0, d.w, 26, style="F")
    d.set_xy(24, 7); d.set_font("DV", "B", 14); d.set_text_color(255, 255, 255); d.cell(0, 7, name)
    d.set_xy(24, 15); d.set_font("DV", "", 8.5); d.cell(0, 5, sub); d.set_xy(24, 34)


def advice():
    d = new("Community Pharmacy Ashworth LPC - representations on the draft Community Pharmacy Strategy")
    band(d, "Community Pharmacy Ashworth", "The Local Pharmaceutical Committee for Ashworth and Kelby  |  Unit 4, Brookside Park, Kelby KB3 8RT")
    para(d, "20 February 2026", 9.5)
    para(d, "Dr Anjali Mehta\nDirector of Primary Care\nNHS Ashworth and Kelby Integrated Care Board\nCivic House, Ashworth AW1 2QE", 9.5, after=4)
    para(d, "Dear Dr Mehta,", 10)
    para(d, "Draft Community Pharmacy Strategy 2026-2029: representations of the Local Pharmaceutical Committee", 10, "B")
    para(d, "Thank you for inviting the Committee to comment on the draft strategy published on 9 January. The Committee "
            "represents the 142 NHS community pharmacy contractors in Ashworth and Kelby. We consulted members at our "
            "meeting of 4 February and by survey (71 replies). Our recommendations are set out in bold below, under "
            "the headings of the draft.")
    y = d.get_y(); d.set_draw_color(*BLUE); d.set_fill_color(235, 241, 249)
    d.rect(24, y, d.w - 46, 27, style="DF"); d.set_xy(28, y + 2)
    d.set_font("DV", "B", 9); d.set_text_color(*BLUE); d.cell(0, 5, "Key figures from the draft and our survey", new_x="LMARGIN", new_y="NEXT")
    d.set_x(28); d.set_font("DV", "", 8.8); d.set_text_color(0, 0, 0)
    d.multi_cell(d.w - 56, 4.4, "14 pharmacies have closed in the area since April 2023.  38% of respondents have reduced "
                 "their opening hours in the past year.  Average time to answer a discharge referral: 6.2 days.  "
                 "Blood pressure checks delivered in 2025: 21,400.", new_x="LMARGIN", new_y="NEXT")
    d.set_y(y + 31)
    head(d, "1. Access and opening hours")
    para(d, "Pharmacies must be open for their contracted core hours under the NHS (Pharmaceutical and Local Pharmaceutical "
            "Services) Regulations 2013, and temporary closures must be notified to the ICB. Members tell us that the "
            "information the public sees about opening hours is often out of date. Patients should not have to ring "
            "round to find an open pharmacy on a Sunday. **Commissioners should publish each pharmacy's current opening "
            "hours every month on the ICB website.**")
    head(d, "2. Clinical services")
    para(d, "The draft proposes to extend the minor ailments scheme, now run in 18 pharmacies, but gives no timetable. "
            "**The ICB should fund a minor ailments service in every community pharmacy in Ashworth and Kelby from "
            "April 2026.** The blood pressure check service has grown quickly, yet contractors bear the cost of "
            "clinic-grade monitors and ambulatory devices. **We recommend that the ICB pay each participating pharmacy a "
            "one-off set-up fee of 1,500 pounds for the blood pressure service.**")
    head(d, "3. Hospital discharge")
    para(d, "Only one of the three acute hospitals sends Discharge Medicines Service referrals electronically; the others "
            "fax or post them, and some arrive after the patient has run out of medicines. **Electronic discharge "
            "referrals should be in place at all three acute hospitals by September 2026.**")
    head(d, "4. Working with general practice")
    para(d, "In our letter of June 2024 we asked that \"the ICB should review the out-of-hours rota\", and we welcome the "
            "new rota in the draft. Relations with practices are good where a named contact exists. **Each primary care "
            "network should have a named community pharmacy lead, funded by the ICB for two sessions a week.** We would "
            "also value a regular forum with general practice: **the ICB should convene a quarterly meeting of the LPC "
            "and the Local Medical Committee to resolve interface problems.**")
    head(d, "5. Pharmaceutical needs")
    para(d, "The 2025 Pharmaceutical Needs Assessment found no gap in provision, but it drew its localities before the "
            "closures of 2024-25. **We ask the ICB to press the Health and Wellbeing Board to revise the locality "
            "boundaries in the Pharmaceutical Needs Assessment.**")
    para(d, "We would be happy to discuss these points with you and your team. This letter is copied to the Chair of the "
            "Primary Care Commissioning Committee.")
    para(d, "Yours sincerely,\n\nGareth Pryce\nChief Officer, Community Pharmacy Ashworth", after=0)
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = new("NHS Ashworth and Kelby ICB - reply to Community Pharmacy Ashworth, 27 March 2026")
    band(d, "NHS Ashworth and Kelby Integrated Care Board", "Civic House, Ashworth AW1 2QE  |  Directorate of Primary Care")
    para(d, "27 March 2026\nOur ref: PC/CPS/0319", 9.5)
    para(d, "Mr Gareth Pryce\nChief Officer\nCommunity Pharmacy Ashworth\nUnit 4, Brookside Park, Kelby KB3 8RT", 9.5, after=4)
    para(d, "Dear Mr Pryce,", 10)
    para(d, "Draft Community Pharmacy Strategy 2026-2029", 10, "B")
    para(d, "Thank you for the Committee's letter of 20 February. I am grateful to your members for the time they gave to "
            "the survey, and the strategy is better for it. I set out our position on each point below, grouped as the "
            "Primary Care Commissioning Committee considered them on 18 March.")
    head(d, "Discharge Medicines Service")
    para(d, "We agree that paper referrals are not acceptable. Kelby General and St Aidan's will move to electronic "
            "referral through the shared care record by the end of September 2026, and the programme is now a "
            "named milestone in the strategy.")
    head(d, "Information about opening hours")
    para(d, "This has already been done: since 2 March the ICB website carries a monthly list of every pharmacy's "
            "opening hours, drawn from the NHS profile data, and contractors are reminded each month to update it.")
    head(d, "Funding of clinical services")
    para(d, "The Committee is right that the minor ailments scheme needs a timetable. We cannot fund a county-wide "
            "service from April, but we will extend the scheme to 40 pharmacies in Ashworth Central and Kelby "
            "East from July and review it before any wider roll-out. On equipment for blood pressure checks, we have "
            "considered the request carefully but are unable to offer a set-up payment; the national service fee is "
            "intended to cover these costs and local top-ups would not be affordable this year.")
    head(d, "Pharmaceutical Needs Assessment")
    para(d, "The Pharmaceutical Needs Assessment is the responsibility of the Health and Wellbeing Board rather than "
            "the ICB. I have passed the Committee's concerns to the Board's chair so that they can be taken into "
            "account when the next assessment is prepared.")
    head(d, "Pharmacy leads in primary care networks")
    para(d, "We support this proposal and will fund two sessions a week for a community pharmacy lead in each "
            "network from 1 June 2026; job descriptions are being agreed with the clinical directors.")
    head(d, "Pharmacy First and winter planning")
    para(d, "Separately, I would like to thank contractors for their work over the winter, when Pharmacy First "
            "consultations in the area rose by a third compared with last year. We will share the winter review "
            "with the Committee in May.")
    para(d, "I hope this is helpful. My team would be pleased to meet the Committee to discuss the final strategy "
            "before it goes to the Board in June.")
    para(d, "Yours sincerely,\n\nDr Anjali Mehta\nDirector of Primary Care", after=0)
    d.output(H.out(NAME + "_response.pdf"))


def expected():
    R = [
        dict(number=1, starts_with="Commissioners should publish each pharmacy's current opening hours every month",
             reply_contains="since 2 March the ICB website carries a monthly list", verdict="agrees"),
        dict(number=2, starts_with="The ICB should fund a minor ailments service in every community pharmacy",
             reply_contains="extend the scheme to 40 pharmacies in Ashworth Central", verdict="partly"),
        dict(number=3, starts_with="We recommend that the ICB pay each participating pharmacy a one-off",
             reply_contains="are unable to offer a set-up payment", verdict="disagrees"),
        dict(number=4, starts_with="Electronic discharge referrals should be in place at all three",
             reply_contains="will move to electronic referral through the shared care record", verdict="agrees"),
        dict(number=5, starts_with="Each primary care network should have a named community pharmacy lead",
             reply_contains="We support this proposal and will fund two sessions", verdict="agrees"),
        dict(number=6, starts_with="the ICB should convene a quarterly meeting of the LPC",
             reply_contains=None, verdict="unanswered"),
        dict(number=7, starts_with="We ask the ICB to press the Health and Wellbeing Board",
             reply_contains="I have passed the Committee's concerns to the Board's chair", verdict="noted"),
    ]
    U = ["I am grateful to your members for the time they gave",
         "Pharmacy First consultations in the area rose by a third",
         "My team would be pleased to meet the Committee"]
    H.write_expected(NAME, R, U,
        "Advice: Local Pharmaceutical Committee representations LETTER (England) on an ICB's draft community pharmacy "
        "strategy; recs are seven BOLD SENTENCES inside paragraphs under headings 1-5 (unnumbered; two in section 2, two "
        "in section 4, one after a colon); traps: the 2013 Regulations 'must be open', 'Patients should not have to ring "
        "round' (not bold), 2024 letter quoted ('the ICB should review the out-of-hours rota'), key-figures box. "
        "Response: ICB Director's reply LETTER under subject headings, NO numbers, order 4, 1, 2+3, 7, 5: electronic "
        "referral by September (4 agrees), already done (1 agrees), ONE section 'Funding of clinical services' = 40 "
        "pharmacies not all (2 partly) + no set-up payment (3 disagrees), passed to the Health and Wellbeing Board (7 "
        "noted), leads funded (5 agrees); 6 (quarterly LPC/LMC meeting) unanswered; opening thanks, 'Pharmacy First and "
        "winter planning', closing answer nothing.")


if __name__ == "__main__":
    advice(); response(); expected()
    sys.exit(H.main([NAME]))
