"""Round 145 (EN): an independent cyber security firm's POST-INCIDENT REVIEW of a ransomware attack on a district
council, answered by the Director of Resources' REPORT TO THE AUDIT AND GOVERNANCE COMMITTEE with the management
response in numbered paragraphs citing '(recommendation N)' in brackets, in another order, one paragraph answering
two with different verdicts, one recommendation left out.
The advice: sections numbered 1-6 with paragraphs 1.1-6.2; the seven recommendations in a TABLE 'No. | What we found
| Recommendation | Priority', each row pairing an OBSERVATION with a recommendation in the imperative; an eighth row
with an observation and 'No recommendation' (trap). Traps: the council's 2022 internal audit quoted ('Backups should
be tested at least quarterly ...'); the data protection duty paraphrased ('must report ... within 72 hours'); 'What
went well' bullets; 'We do not recommend that the Council moves its revenues and benefits system to a hosted
service'.
The response: a committee report whose own 'RECOMMENDATION: That the Committee notes ...' is a trap; purpose,
background (nothing); management response 4.1-4.5 in the order 2, 1, 6, 3+4, 5: immutable backups and restore test
(2 agrees); MFA enforced and contractors' VPN switched off (1 agrees); exercise booked (6 agrees); ONE paragraph on
the servers (3 partly, replaced six months late) and the security manager post (4 disagrees); managed detection and
response noted for the budget (5 noted); financial and legal implications, the Information Commissioner's enquiry
closed (unmatched); 7, publishing a summary for residents, never (unanswered).
fpdf2, A4, cleaned Liberation Sans / Serif, fixed creation dates; header and 'Page N of M' stamped from page 2. The
UK GDPR is named as context only (what is said of it is paraphrased and not to be relied on); all bodies, firms,
people, places, figures and references are invented.
Run:  /tmp/blind145en/bin/python tests/docs/src/blind145/gen_en_ransomware_review_fpdf2.py
"""
import datetime as dt
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b145en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind145_en_ransomware_review"
SLATE = (38, 52, 71)
RUST = (150, 62, 28)
GREY = (85, 85, 85)


class Doc(FPDF):
    def __init__(self, date, size, ink, fam="Sans"):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_creation_date(date)
        self.fam, self.size, self.ink = "F", size, ink
        self.add_font("F", "", H.clean_font(f"Liberation{fam}-Regular.ttf"))
        self.add_font("F", "B", H.clean_font(f"Liberation{fam}-Bold.ttf"))
        self.add_font("F", "I", H.clean_font(f"Liberation{fam}-Italic.ttf"))
        self.set_margins(20, 20, 20)
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

    def para(self, t, style="", indent=0):
        self.set_font(self.fam, style, self.size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.tw - indent, self.lh, t, markdown=True, align="L")
        self.ln(1.8)

    def num(self, no, t, w=11, style=""):
        self.set_font(self.fam, "", self.size)
        y = self.get_y()
        self.cell(w, self.lh, no)
        self.set_xy(self.l_margin + w, y)
        self.set_font(self.fam, style, self.size)
        self.multi_cell(self.tw - w, self.lh, t, markdown=True, align="L")
        self.ln(1.8)

    def bullet(self, t, w=16):
        self.set_font(self.fam, "", self.size)
        y = self.get_y()
        self.set_x(self.l_margin + w - 5)
        self.cell(5, self.lh, "-")
        self.set_xy(self.l_margin + w, y)
        self.multi_cell(self.tw - w, self.lh, t, align="L")
        self.ln(0.8)

    def grid(self, head, rows, widths, size=None):
        size = size or self.size - 0.7
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


ROWS = [
    ("1", "The attackers logged in through the contractors' VPN, which accepted a password alone. Several "
          "administrator accounts had no second factor.",
     "Enforce multi-factor authentication on all remote access and administrator accounts, including the legacy "
     "VPN used by contractors.", "High"),
    ("2", "The nightly backups were written to a server on the same network and were encrypted along with the live "
          "systems. A tape set from January allowed most data to be recovered.",
     "Keep at least one copy of all backups offline or immutable, and test a full restore of a priority system "
     "every quarter.", "High"),
    ("3", "The revenues and benefits system runs on Windows Server 2012 hosts that no longer receive security "
          "updates.",
     "Replace the unsupported Windows Server 2012 hosts that run the revenues and benefits system by 31 March 2026.",
     "High"),
    ("4", "Security is one of six duties of the ICT infrastructure manager, who estimated spending less than a day "
          "a month on it.",
     "Appoint a dedicated information security manager, reporting to the Chief Digital Officer, with time "
     "ring-fenced for security work.", "Medium"),
    ("5", "Suspicious activity was logged on 1 March but nobody was watching the alerts over the weekend.",
     "Buy a managed detection and response service that monitors the network 24 hours a day, seven days a week.",
     "Medium"),
    ("6", "The incident response plan assumed that e-mail and telephones would work. They did not, and managers "
          "used personal phones and a messaging group.",
     "Rehearse the cyber incident response plan with the Corporate Leadership Team every year, including a "
     "scenario without e-mail or telephones.", "Medium"),
    ("7", "Residents and partners learned about the attack mainly from the local press and have asked what has "
          "changed since.",
     "Publish a plain-language summary of this review and the lessons learned for residents and partner "
     "organisations.", "Low"),
    ("8", "The Council's updates to residents during the outage were timely, accurate and consistent.",
     "No recommendation.", "-"),
]


def advice():
    d = Doc(dt.datetime(2025, 7, 11, 9, 0, tzinfo=dt.timezone.utc), 9.5, SLATE)
    d.meta("KESTREL RIDGE CYBER ASSURANCE LTD | Report for Brackenford District Council | OFFICIAL")
    d.h1("Independent post-incident review\nRansomware attack of 3 March 2025")
    d.meta("Reference KRC-PIR-2025-017 | Final, 11 July 2025 | Lead reviewer: Dr Isobel Carrington-Yeo | "
           "Commissioned by: Gareth Pemberton-Achebe, Director of Resources")
    d.h2("1. Summary")
    d.num("1.1", "In the early hours of Monday 3 March 2025 criminals encrypted most of Brackenford District "
                 "Council's servers and demanded a ransom. The Council did not pay. Council tax, benefits, planning "
                 "and waste systems were unavailable for between 9 and 38 days, and the Council estimates the total "
                 "cost of the incident at 1.9 million pounds.")
    d.num("1.2", "The Council asked us to review how the attack happened, how the Council responded and what it "
                 "should change. We interviewed 23 staff, examined logs and reports, and reviewed the work of the "
                 "incident response firm engaged on 3 March. This is not a forensic report.")
    d.h2("2. Context")
    d.num("2.1", "The Council's internal audit of ICT resilience in 2022 concluded that \"Backups should be tested at "
                 "least quarterly and the results reported to the ICT Board\". The action was recorded as complete "
                 "in 2023, but we found no record of a restore test since then.")
    d.num("2.2", "Under the UK GDPR, as we summarise it, the Council must report a personal data breach to the "
                 "Information Commissioner within 72 hours of becoming aware of it. The Council did so on 4 March.")
    d.h2("3. What went well")
    for t in ["The decision to isolate the network at 06:40 limited the spread to one data centre.",
              "Staff worked long hours to restore services, and the payments system was back within nine days.",
              "The Council sought specialist help on the first morning and kept the police informed."]:
        d.bullet(t)
    d.ln(1)
    d.h2("4. Observations and recommendations")
    d.num("4.1", "The table pairs each of our observations with the recommendation we make on it. Priorities are "
                 "High (within three months), Medium (within six months) and Low (within twelve months).")
    d.grid(("No.", "What we found", "Recommendation", "Priority"), ROWS, (10, 70, 74, 16))
    d.h2("5. Options we considered")
    d.num("5.1", "Some managers suggested moving the revenues and benefits system to a hosted service. We do not "
                 "recommend that the Council moves its revenues and benefits system to a hosted service at this "
                 "stage, because the supplier's hosted product will not be available until 2027.")
    d.h2("6. Next steps")
    d.num("6.1", "We suggest that progress against these recommendations is reported to the Audit and Governance "
                 "Committee every six months until all of them are complete.")
    d.num("6.2", "We are grateful to the Council's staff for their openness during this review.")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc(dt.datetime(2025, 9, 12, 9, 0, tzinfo=dt.timezone.utc), 10, RUST, fam="Serif")
    d.meta("BRACKENFORD DISTRICT COUNCIL\nAudit and Governance Committee, 25 September 2025 | Agenda item 7 | "
           "Public report")
    d.h1("Independent post-incident review of the ransomware attack: management response")
    d.meta("Report of: Gareth Pemberton-Achebe, Director of Resources | Portfolio holder: Cllr Naomi Fairbrother-"
           "Ilori | Wards affected: all")
    d.h2("1. Purpose of the report")
    d.num("1.1", "To present the management response to the recommendations of the independent review of the "
                 "ransomware attack of 3 March 2025.")
    d.h2("2. Recommendation")
    d.num("2.1", "**RECOMMENDATION:** That the Committee notes the review and the management response set out in "
                 "section 4, and asks for a progress update at its meeting in March 2026.")
    d.h2("3. Background")
    d.num("3.1", "Kestrel Ridge Cyber Assurance was appointed in April to carry out an independent review. Its "
                 "final report was received on 11 July and was discussed with group leaders in August.")
    d.h2("4. Management response")
    d.num("4.1", "Immutable backup storage was installed in May, and the first quarterly restore test, of the housing "
                 "register system, was completed successfully on 2 July. The results will go to the ICT Board each "
                 "quarter (recommendation 2).")
    d.num("4.2", "Multi-factor authentication has been enforced on every remote and administrator account since 14 "
                 "April, and the contractors' VPN was switched off on 30 April (recommendation 1).")
    d.num("4.3", "Agreed. An exercise for the Corporate Leadership Team, run by the county's resilience unit, is "
                 "booked for 12 November and will assume that e-mail and phones are down. It will be repeated "
                 "annually (recommendation 6).")
    d.num("4.4", "On the ageing servers and on staffing (recommendations 3 and 4): the revenues and benefits supplier "
                 "cannot support its software on a newer platform until its summer 2026 release, so the servers "
                 "will be replaced by 30 September 2026, six months later than the reviewers proposed; in the "
                 "meantime they have been moved to a separate network segment. Management does not agree that a "
                 "dedicated security manager post is needed. Security is led by the shared ICT service with "
                 "Wenmoor County Council, which has two certified security specialists, and the Council will "
                 "instead buy 40 days a year of their time.")
    d.num("4.5", "The proposal for round-the-clock monitoring is noted. Its cost, estimated at 85,000 pounds a year, "
                 "will be considered alongside other bids in the 2026/27 budget process (recommendation 5).")
    d.h2("5. Financial implications")
    d.num("5.1", "The attack cost 1.9 million pounds, of which 0.7 million pounds has been recovered from the "
                 "Council's insurers. The actions in section 4 are funded from the ICT reserve, apart from those "
                 "referred to the budget process.")
    d.h2("6. Legal implications")
    d.num("6.1", "The Information Commissioner's Office closed its enquiry in August with no further action, noting "
                 "the improvements already made.")
    d.meta("Contact officer: Leona Whitcombe-Asante, Head of Digital Services, 01632 960 417")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Kestrel Ridge Cyber Assurance - Post-incident review - "
            "KRC-PIR-2025-017", footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Brackenford District Council - Audit and Governance Committee - "
            "25 September 2025 - Item 7", footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "Enforce multi-factor authentication on all remote access and administrator",
         "reply_contains": "the contractors' VPN was switched off on 30 April",
         "verdict": "agrees"},
        {"number": 2, "starts_with": "Keep at least one copy of all backups offline or immutable",
         "reply_contains": "Immutable backup storage was installed in May",
         "verdict": "agrees"},
        {"number": 3, "starts_with": "Replace the unsupported Windows Server 2012 hosts that run",
         "reply_contains": "six months later than the reviewers proposed",
         "verdict": "partly"},
        {"number": 4, "starts_with": "Appoint a dedicated information security manager, reporting to the Chief",
         "reply_contains": "Management does not agree that a dedicated security manager post",
         "verdict": "disagrees"},
        {"number": 5, "starts_with": "Buy a managed detection and response service that monitors the network",
         "reply_contains": "will be considered alongside other bids in the 2026/27 budget",
         "verdict": "noted"},
        {"number": 6, "starts_with": "Rehearse the cyber incident response plan with the Corporate Leadership Team",
         "reply_contains": "run by the county's resilience unit, is booked for 12 November",
         "verdict": "agrees"},
        {"number": 7, "starts_with": "Publish a plain-language summary of this review and the lessons learned",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["closed its enquiry in August with no further action",
                 "0.7 million pounds has been recovered from the Council's insurers"]
    notes = ("Advice: an independent cyber security firm's POST-INCIDENT REVIEW of a ransomware attack on a district "
             "council. Paragraphs NUMBERED 1.1-6.2; the seven recommendations in a TABLE 'No. | What we found | "
             "Recommendation | Priority', each row pairing an OBSERVATION with a recommendation in the imperative "
             "('Enforce ...', 'Keep ...', 'Replace ...'); an eighth row has an observation and 'No recommendation.' "
             "Traps: the 2022 internal audit quoted ('Backups should be tested at least quarterly ...'); the UK GDPR "
             "paraphrased ('must report a personal data breach ... within 72 hours'); 'What went well' bullets; 'We "
             "do not recommend that the Council moves its revenues and benefits system to a hosted service'. "
             "Response: the Director of Resources' REPORT TO THE AUDIT AND GOVERNANCE COMMITTEE, whose own "
             "'RECOMMENDATION: That the Committee notes ...' is a trap; management response in paragraphs 4.1-4.5 "
             "citing '(recommendation N)' in brackets, in the order 2, 1, 6, 3+4, 5: immutable backups and a "
             "restore test (2 agrees); MFA enforced, contractors' VPN off (1 agrees); 'Agreed', exercise booked (6 "
             "agrees); ONE paragraph 'recommendations 3 and 4': servers replaced six months late (3 partly), "
             "'Management does not agree that a dedicated security manager post is needed' (4 disagrees); "
             "round-the-clock monitoring 'noted', to the budget process (5 noted); financial and legal "
             "implications (unmatched: insurers, the Information Commissioner's enquiry closed); 7, publishing a "
             "summary for residents, never answered (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
