"""Round 143 (EN): a central project assurance unit's GATEWAY REVIEW REPORT (Gateway 3, investment decision) on an
integrated care board's shared electronic patient record programme, answered by the Senior Responsible Owner's
RESPONSE MEMO with an ACTION TABLE in another order (critical first), one recommendation missing.
The advice: a Delivery Confidence Assessment box; the seven recommendations NUMBERED 1-7 in a TABLE
'No. | Recommendation | Urgency' (Critical / Essential / Recommended); then findings under section headings NUMBERED
1-6. Traps: the previous review's (Gateway 2) recommendations in their own table numbered 1-3 with a status column
('The SRO should appoint ...'); the Capital Delegations Framework paraphrased ('must be approved by'); 'The review
team does not recommend re-running the procurement'; the urgency legend ('should be actioned ...').
The response: introduction (nothing); a table 'Rec. | Response | Owner | By' in the order 2, 1, 5, 3, 6, 4: 2 eight
rather than twelve per cent contingency (partly), 1 agreed (agrees), 5 agreed (agrees), 3 agreed (agrees), 6 noted
(noted), 4 not agreed (disagrees); closing (nothing); 7, the clinical reference group, never (unanswered).
fpdf2, A4, cleaned Liberation Sans / Serif, fixed creation dates; header and 'Page N of M' stamped from page 2. All
bodies, people, places, figures and references invented.
Run:  /tmp/blind143en/bin/python tests/docs/src/blind143/gen_en_gateway_review_fpdf2.py
"""
import datetime as dt
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b143en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind143_en_gateway_review"
PLUM = (74, 38, 96)
SLATE = (38, 70, 90)
GREY = (85, 85, 85)


class Doc(FPDF):
    def __init__(self, date, size, ink, fam="Sans"):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_creation_date(date)
        self.fam, self.size, self.ink = "F", size, ink
        self.add_font("F", "", H.clean_font(f"Liberation{fam}-Regular.ttf"))
        self.add_font("F", "B", H.clean_font(f"Liberation{fam}-Bold.ttf"))
        self.add_font("F", "I", H.clean_font(f"Liberation{fam}-Italic.ttf"))
        self.set_margins(21, 20, 21)
        self.set_auto_page_break(True, 20)
        self.add_page()

    @property
    def tw(self):
        return self.w - self.l_margin - self.r_margin

    @property
    def lh(self):
        return self.size * 0.48

    def meta(self, t, align="L"):
        self.set_font(self.fam, "", 8.6)
        self.set_text_color(*GREY)
        self.multi_cell(self.tw, 4.3, t, align=align)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def h1(self, t):
        self.set_font(self.fam, "B", 15)
        self.set_text_color(*self.ink)
        self.multi_cell(self.tw, 7, t, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(1.5)

    def h2(self, t, size=11):
        self.ln(0.8)
        if self.get_y() > self.h - 45:
            self.add_page()
        self.set_font(self.fam, "B", size)
        self.set_text_color(*self.ink)
        self.multi_cell(self.tw, size * 0.5, t, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(0.8)

    def para(self, t, style=""):
        self.set_font(self.fam, style, self.size)
        self.multi_cell(self.tw, self.lh, t, markdown=True, align="L")
        self.ln(1.8)

    def grid(self, head, rows, widths, size=None):
        size = size or self.size - 0.6
        self.set_font(self.fam, "", size)
        self.set_draw_color(150, 150, 150)
        self.set_line_width(0.2)
        hs = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=self.ink)
        with self.table(col_widths=widths, text_align="LEFT", line_height=size * 0.47, headings_style=hs,
                        padding=1.6, width=self.tw) as t:
            r = t.row()
            for c in head:
                r.cell(c)
            for row in rows:
                r = t.row()
                for c in row:
                    r.cell(c)
        self.ln(3)

    def box(self, title, text):
        pad = 3.5
        y0 = self.get_y()
        self.ln(pad)
        self.set_x(self.l_margin + pad)
        self.set_font(self.fam, "B", self.size + 0.5)
        self.set_text_color(*self.ink)
        self.multi_cell(self.tw - 2 * pad, self.lh + 0.5, title, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(1)
        self.set_x(self.l_margin + pad)
        self.set_font(self.fam, "", self.size)
        self.multi_cell(self.tw - 2 * pad, self.lh, text, align="L")
        self.ln(pad - 0.5)
        y1 = self.get_y()
        self.set_draw_color(196, 140, 20)
        self.set_line_width(0.7)
        self.rect(self.l_margin, y0, self.tw, y1 - y0)
        self.ln(3)


RECS = [
    ("1", "Refresh the full business case to reflect the preferred bidder's final price, and obtain Investment "
          "Committee approval before the contract is signed.", "Critical"),
    ("2", "Agree with the three partner trusts a ring-fenced contingency of at least 12 per cent of the capital "
          "cost, held by the programme board.", "Critical"),
    ("3", "Appoint a dedicated data migration lead and complete a full trial migration of pharmacy and allergy "
          "records before any go-live date is confirmed.", "Essential"),
    ("4", "Reduce the deployment from five go-live waves to three, so that the two community trusts go live "
          "together with Northmere General.", "Essential"),
    ("5", "Commission an independent review of the clinical safety case by a clinical safety officer from "
          "outside the programme.", "Essential"),
    ("6", "Publish a benefits realisation plan with a named owner and a measured baseline for each of the "
          "eleven benefits in the business case.", "Recommended"),
    ("7", "Set up a clinical reference group, including nurses, midwives and allied health professionals, to "
          "sign off every workflow before it is built.", "Recommended"),
]


def advice():
    d = Doc(dt.datetime(2025, 10, 20, 9, 0, tzinfo=dt.timezone.utc), 9.6, PLUM)
    d.meta("MAJOR PROJECTS ASSURANCE HUB | Department of Finance | OFFICIAL - SENSITIVE (released with redactions)")
    d.h1("Gateway Review 3: Investment Decision\nShared Electronic Patient Record Programme, Northmere Integrated "
         "Care Board")
    d.meta("Report reference MPAH/G3/25/118 | Review dates: 13-16 October 2025 | Report delivered: 20 October 2025 "
           "| Senior Responsible Owner: Dr Anjali Fairbairn-Osei, Chief Digital Officer | Review Team Leader: "
           "Graham Ostrowski-Blake")
    d.box("Delivery Confidence Assessment: AMBER",
          "Successful delivery appears feasible, but significant issues already exist that require management "
          "attention. The procurement has been well run and the preferred bidder's solution is a good fit, but the "
          "programme is about to commit 94 million pounds on a business case whose figures are eight months old, "
          "with a contingency that the review team regards as too thin and a data migration plan that is not yet "
          "tested.")
    d.h2("Summary of report recommendations")
    d.grid(("No.", "Recommendation", "Urgency"), RECS, (10, 131, 27))
    d.meta("Critical (Do now): to increase the likelihood of a successful outcome it is of the greatest importance "
           "that the programme should take action immediately. Essential (Do by): should be actioned before the "
           "next key decision point. Recommended: the programme would benefit from the uptake of this "
           "recommendation.")
    d.h2("Previous Gateway review")
    d.para("The Gateway 2 review in March 2025 made three recommendations. The review team found that two have "
           "been implemented and one is in progress.")
    d.grid(("G2 ref.", "Gateway 2 recommendation (March 2025)", "Status October 2025"), [
        ("1", "The SRO should appoint a full-time commercial lead for the procurement phase.", "Implemented"),
        ("2", "The programme should agree a single clinical safety case across the partner trusts.", "In progress"),
        ("3", "The ICB should confirm the revenue funding for the first five years of operation.", "Implemented"),
    ], (16, 116, 36))
    d.h2("1. Policy context and business case")
    d.para("Under the Department's Capital Delegations Framework, any contract with a whole-life value above 25 "
           "million pounds must be approved by the Investment Committee before it is signed. The outline business "
           "case was approved in February 2025 on an estimated capital cost of 86 million pounds; the preferred "
           "bid, received in September, is 94 million pounds, and the revenue costs have also changed.")
    d.h2("2. Affordability and contingency")
    d.para("The current contingency is 5 per cent and is held separately by each partner trust. Comparable "
           "programmes elsewhere have needed between 10 and 15 per cent. Interviewees were not clear who could "
           "release contingency, or how quickly.")
    d.h2("3. Procurement")
    d.para("The competitive dialogue was run well and the evaluation was robust. Two unsuccessful bidders have "
           "asked for debriefs, but neither has raised a formal challenge. The review team does not recommend "
           "re-running the procurement, which would add at least a year to the programme.")
    d.h2("4. Readiness for deployment")
    d.para("The plan provides for five go-live waves over 22 months. Each wave requires a period of dual running "
           "and a new round of training, and several interviewees told us that the community trusts' staff "
           "would be working across two systems for more than a year. No trial migration of live data has yet "
           "taken place, and the pharmacy and allergy records are held in three different formats.")
    d.h2("5. Clinical safety and engagement")
    d.para("The clinical safety case has been written by the programme's own clinical safety officer. Clinical "
           "engagement has been strong among consultants, but nursing and therapy staff told us that they had not "
           "been asked to comment on the draft workflows.")
    d.h2("6. Benefits")
    d.para("The business case lists eleven benefits, worth 31 million pounds over ten years, but for most of them "
           "no baseline has been measured and no owner has been named.")
    d.para("The review team is grateful to the SRO and the programme team for their openness, and to the 27 "
           "interviewees who gave their time.")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc(dt.datetime(2025, 11, 7, 9, 0, tzinfo=dt.timezone.utc), 9.8, SLATE, fam="Serif")
    d.meta("NHS Northmere Integrated Care Board | Digital Directorate | Ashcourt House, Northmere NE7 2QJ",
           align="R")
    d.h1("Memorandum: response to the Gateway 3 review report")
    d.meta("To: Graham Ostrowski-Blake, Review Team Leader, Major Projects Assurance Hub | Copy: ICB Board, "
           "Programme Board | From: Dr Anjali Fairbairn-Osei, Senior Responsible Owner | Date: 7 November 2025 | "
           "Ref: SEPR/GW3/RESP/01")
    d.para("Thank you and your team for a thorough and constructive review, delivered at short notice in a busy "
           "month for the programme. The Programme Board considered the report on 4 November and the ICB Board "
           "endorsed the actions below on 6 November. We start with the two critical recommendations.")
    d.grid(("Rec.", "Response", "Owner", "By"), [
        ("2", "Agreed in part. The three trusts have agreed to pool contingency under the programme board, but "
              "at 8 per cent of the capital cost, which is the most they can set aside without reducing other "
              "capital schemes. We will revisit the level after the first go-live.", "Director of Finance",
         "Dec 2025"),
        ("1", "Agreed. The full business case is being updated with the final bid price and revised revenue "
              "costs and will go to the Investment Committee on 9 December 2025; we will not sign the contract "
              "until it is approved.", "SRO", "Dec 2025"),
        ("5", "Agreed. The clinical safety officer of Harrowgate Health Partners will carry out the independent "
              "review of the safety case in January.", "Chief Clinical Information Officer", "Feb 2026"),
        ("3", "Agreed. An experienced migration lead joined the programme on 3 November, and a full trial "
              "migration is planned for March 2026. No go-live date will be confirmed before it is complete.",
         "Programme Director", "Mar 2026"),
        ("6", "Noted. A benefits plan will be considered by the Programme Board once the contract is signed; "
              "publication will depend on commercial confidentiality.", "Programme Director", "-"),
        ("4", "Not agreed. The community trusts have asked for a separate wave so that their staff are not "
              "trained at the same time as the acute trust, and a single larger wave would add to the clinical "
              "risk. The five-wave plan is retained.", "Programme Board", "-"),
    ], (12, 108, 30, 18))
    d.para("We would welcome an assurance of action plan review in the spring, before the first go-live. Please "
           "contact the Programme Management Office if you need anything further.")
    d.para("Dr Anjali Fairbairn-Osei\nChief Digital Officer and Senior Responsible Owner")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Major Projects Assurance Hub - Gateway Review 3 - MPAH/G3/25/118",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Northmere ICB - Response to Gateway 3 review - SEPR/GW3/RESP/01",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "Refresh the full business case to reflect the preferred bidder's final price",
         "reply_contains": "will go to the Investment Committee on 9 December 2025",
         "verdict": "agrees"},
        {"number": 2, "starts_with": "Agree with the three partner trusts a ring-fenced contingency",
         "reply_contains": "The three trusts have agreed to pool contingency under the programme board",
         "verdict": "partly"},
        {"number": 3, "starts_with": "Appoint a dedicated data migration lead and complete a full trial migration",
         "reply_contains": "An experienced migration lead joined the programme on 3 November",
         "verdict": "agrees"},
        {"number": 4, "starts_with": "Reduce the deployment from five go-live waves to three",
         "reply_contains": "The five-wave plan is retained",
         "verdict": "disagrees"},
        {"number": 5, "starts_with": "Commission an independent review of the clinical safety case by",
         "reply_contains": "Harrowgate Health Partners will carry out the independent review",
         "verdict": "agrees"},
        {"number": 6, "starts_with": "Publish a benefits realisation plan with a named owner and",
         "reply_contains": "A benefits plan will be considered by the Programme Board",
         "verdict": "noted"},
        {"number": 7, "starts_with": "Set up a clinical reference group, including nurses, midwives and allied",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["delivered at short notice in a busy month for the programme",
                 "We would welcome an assurance of action plan review"]
    notes = ("Advice: a central project assurance unit's GATEWAY REVIEW REPORT (Gateway 3, investment decision) on "
             "an integrated care board's shared electronic patient record programme. A Delivery Confidence "
             "Assessment box (Amber); seven recommendations NUMBERED 1-7 in a TABLE 'No. | Recommendation | "
             "Urgency' (Critical / Essential / Recommended), in the imperative. Traps: the urgency legend ('should "
             "take action immediately', 'should be actioned'); the Gateway 2 recommendations in their own TABLE "
             "numbered 1-3 with a status column ('The SRO should appoint ...', 'The programme should agree ...'); "
             "findings under section headings NUMBERED 1-6 on the same themes; the Capital Delegations Framework "
             "paraphrased ('must be approved by the Investment Committee'); 'The review team does not recommend "
             "re-running the procurement'. Response: the SRO's MEMO with an ACTION TABLE 'Rec. | Response | Owner "
             "| By' in another order (2, 1, 5, 3, 6, 4), verdict first: introduction (nothing); 2 'Agreed in "
             "part', pooled contingency of 8 rather than 12 per cent (partly); 1 'Agreed' (agrees); 5 'Agreed' "
             "(agrees); 3 'Agreed' (agrees); 6 'Noted', to be considered, publication depends on confidentiality "
             "(noted); 4 'Not agreed', five waves retained (disagrees); closing (nothing); 7, the clinical "
             "reference group, never mentioned (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
