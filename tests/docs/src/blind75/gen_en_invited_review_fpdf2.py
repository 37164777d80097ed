"""Round 75 (EN): a surgical royal college's INVITED SERVICE REVIEW report (genre: a confidential report to a
hospital trust's medical director after a review visit: a cover block, terms of reference, the review team,
'Good practice', findings under themes, and the recommendations at the end grouped by priority under 'Urgent',
'Important' and 'Desirable' sub-headings with the timescale, numbered 1-7 straight through) answered by the
trust's PUBLIC BOARD PAPER (a cover sheet table with 'The Board is asked to NOTE', an executive summary, the
trust's response by theme in numbered paragraphs, next steps, risks).
Advice: Royal College of Surgical Practice, Invited Review Service, 'Review of the vascular surgery service,
Severnbridge Hospitals NHS Trust', November 2025, A4, 2 p.
Response: Severnbridge Hospitals NHS Trust, Board of Directors meeting in public, 5 February 2026, agenda item
14, A4, 1 p.; order 5, 1, 3+4 (one paragraph), 6, 2; 7 (a return visit) is not answered.
fpdf2, cleaned Liberation Sans/Serif, fixed creation date. The college, the trust, the people and all figures
are invented.

Run:  /tmp/blind75en/bin/python tests/docs/src/blind75/gen_en_invited_review_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b75en as H
from fpdf import FPDF

NAME = "blind75_en_invited_review"
DATE = datetime.datetime(2026, 2, 1, 9, 0, 0, tzinfo=datetime.timezone.utc)
NAVY = (30, 45, 95)


class Doc(FPDF):
    def __init__(self, foot):
        super().__init__(format="A4")
        self.foot = foot
        for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic")):
            self.add_font("S", st, H.clean_font("LiberationSans-%s.ttf" % f))
            self.add_font("R", st, H.clean_font("LiberationSerif-%s.ttf" % f))
        self.set_creation_date(DATE)
        self.set_margins(22, 20, 22)
        self.set_auto_page_break(True, 22)

    def footer(self):
        self.set_y(-15)
        self.set_font("S", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, self.foot.replace("{n}", str(self.page_no())), align="C")
        self.set_text_color(0, 0, 0)

    def head(self, t, size=12.5):
        self.ln(2)
        self.set_font("S", "B", size)
        self.set_text_color(*NAVY)
        self.multi_cell(0, 6.5, t)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def p(self, t, font="S", style="", size=10.2, indent=0, lh=5.2):
        self.set_font(font, style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, lh, t, markdown=True)
        self.ln(2)

    def num(self, k, t, font="S", size=10.2):
        self.set_font(font, "", size)
        y = self.get_y()
        self.cell(10, 5.2, k)
        self.set_xy(self.l_margin + 10, y)
        self.multi_cell(self.epw - 10, 5.2, t, markdown=True)
        self.ln(2)


def advice():
    d = Doc("Royal College of Surgical Practice - Invited Review Service - CONFIDENTIAL - page {n}")
    d.add_page()
    d.set_fill_color(*NAVY)
    d.rect(0, 0, 210, 34, "F")
    d.set_text_color(255, 255, 255)
    d.set_xy(22, 9)
    d.set_font("S", "B", 15)
    d.cell(0, 8, "Royal College of Surgical Practice")
    d.set_xy(22, 18)
    d.set_font("S", "", 10.5)
    d.cell(0, 6, "Invited Review Service")
    d.set_text_color(0, 0, 0)
    d.set_y(42)
    d.set_font("S", "B", 17)
    d.multi_cell(0, 8, "Review of the vascular surgery service\nSevernbridge Hospitals NHS Trust")
    d.ln(2)
    d.set_font("S", "", 9.5)
    for a, b in (("Review visit", "14 and 15 October 2025"), ("Report issued", "24 November 2025"),
                 ("Commissioned by", "Dr Alan Whitcombe, Medical Director"),
                 ("Review team", "Ms Priya Natarajan (lead reviewer, consultant vascular surgeon); Mr Owen Lusk "
                                 "(consultant vascular surgeon); Dr Helen Marr (consultant interventional "
                                 "radiologist); Mrs Janet Orme (lay reviewer)")):
        d.set_x(22)
        y = d.get_y()
        d.set_font("S", "B", 9.5)
        d.cell(38, 5.5, a, border=0)
        d.set_font("S", "", 9.5)
        d.set_xy(60, y)
        d.multi_cell(128, 5.5, b)
    d.ln(3)
    d.head("1 Terms of reference")
    d.p("The Trust asked the College to review the vascular surgery service after two serious incidents in 2025 "
        "and a rise in the service's amputation rate. The review team was asked to consider:")
    for k, t in (("1.", "the safety of the emergency and on-call arrangements;"),
                 ("2.", "team working between surgeons, radiologists and ward staff;"),
                 ("3.", "the outcomes of the service against national data; and"),
                 ("4.", "any other matter the team considered relevant to patient safety.")):
        d.num(k, t)
    d.p("This report is advisory. The College does not regulate the Trust, and the Trust is responsible for "
        "deciding how to act on it. Under the Invited Review Service's terms, the Trust must share the report "
        "with the Care Quality Commission if it is asked for it.", size=9.5)
    d.head("2 Good practice")
    d.p("The team saw much to commend. The aortic aneurysm screening programme reaches 86 per cent of eligible "
        "men, and the day-case varicose vein service has the shortest waits in the region. Junior doctors spoke "
        "warmly of the teaching they receive, and the ward sister's safety huddle at 8.15 each morning is a model "
        "that other services could adopt.")
    d.head("3 Findings")
    d.head("3.1 Emergency care and the on-call rota", 11)
    d.p("Four consultants cover a one-in-four on-call rota for a population of 1.1 million. Two of them told the "
        "team that the rota should be no more frequent than one in six, as the national workforce guidance "
        "suggests. In one of the two serious incidents a patient with a ruptured aneurysm waited 95 minutes to "
        "be seen by a consultant. National standards say that such patients must be assessed by a vascular "
        "surgeon as soon as possible.")
    d.head("3.2 Team working", 11)
    d.p("The multidisciplinary team meeting is held every two weeks, and an interventional radiologist attended "
        "only 9 of the 24 meetings held in the year to September 2025. The vascular ward is on Level 2 of the "
        "Kingsway building, a five-minute trolley journey from the hybrid theatre; nurses described moving "
        "unstable patients through two lifts and a public corridor.")
    d.head("3.3 Outcomes", 11)
    d.set_font("S", "B", 9)
    d.set_fill_color(225, 230, 242)
    for w, t in ((70, "Measure (2024/25)"), (48, "Severnbridge"), (48, "National")):
        d.cell(w, 6.5, t, border=1, fill=True)
    d.ln()
    d.set_font("S", "", 9)
    for r in (("Major amputations per 100,000", "14.2", "9.8"), ("Elective aneurysm repair mortality", "1.1%",
              "1.4%"), ("Days to revascularisation (median)", "8", "5")):
        for w, t in zip((70, 48, 48), r):
            d.cell(w, 6.5, t, border=1)
        d.ln()
    d.ln(3)
    d.p("The amputation rate is well above the national rate. The service submits data to the National Vascular "
        "Registry but does not review its own results against it, and the Board has not seen them. The College's "
        "2021 guidance states that 'every vascular unit should know its own amputation rate'; the team could not "
        "find anyone who did.")
    d.head("3.4 Chronic wounds", 11)
    d.p("Patients with leg ulcers are seen in general surgical clinics and wait an average of 14 weeks. Community "
        "nurses told the team that a specialist clinic should be the first port of call for these patients.")
    d.head("4 Recommendations")
    d.p("The review team makes the following recommendations. The timescale for each group is shown in brackets.",
        size=9.8)
    groups = (("Urgent (within one month)", (
        ("1", "The Trust should appoint a fifth consultant vascular surgeon so that the on-call rota is no "
              "longer one in four."),
        ("2", "The Trust should ensure that every patient with a suspected ruptured aneurysm is seen by a "
              "consultant within 30 minutes of arrival, at any hour."))),
        ("Important (within six months)", (
        ("3", "The vascular service should hold its multidisciplinary team meeting every week, with an "
              "interventional radiologist present at every meeting."),
        ("4", "The Trust should move the vascular ward so that it is next to the hybrid theatre."),
        ("5", "The service should review its amputation outcomes against the National Vascular Registry every "
              "quarter and report them to the Trust Board."))),
        ("Desirable (within twelve months)", (
        ("6", "The Trust should fund a vascular nurse specialist to run a nurse-led leg ulcer clinic."),
        ("7", "The Trust should invite the Invited Review Service to return in eighteen months to assess "
              "progress."))))
    for g, items in groups:
        d.set_font("S", "B", 10.2)
        d.set_text_color(*NAVY)
        d.cell(0, 6, g)
        d.ln(7)
        d.set_text_color(0, 0, 0)
        for k, t in items:
            d.num(k, t)
    d.p("The College would be grateful to receive the Trust's response to this report within three months.",
        size=9.8)
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc("Severnbridge Hospitals NHS Trust - Board of Directors (public) - 5 February 2026 - Item 14 - "
            "page {n}")
    d.add_page()
    d.set_font("S", "B", 10)
    d.cell(0, 5, "Severnbridge Hospitals NHS Trust", align="R")
    d.ln(9)
    d.set_font("S", "B", 15)
    d.multi_cell(0, 7.5, "Invited Service Review of Vascular Surgery: the Trust's response")
    d.ln(3)
    rows = (("Meeting", "Board of Directors (meeting in public), 5 February 2026"), ("Agenda item", "14"),
            ("Executive lead", "Dr Alan Whitcombe, Medical Director"),
            ("Purpose", "For assurance"),
            ("Recommendation", "The Board is asked to NOTE the College's report and the actions taken in response, "
                               "and to AGREE that progress is reported to the Quality Committee."),
            ("Link to strategic risk", "BAF 2: failure to deliver safe and effective emergency care"))
    for a, b in rows:
        y = d.get_y()
        d.set_font("S", "B", 9)
        d.set_fill_color(225, 230, 242)
        d.multi_cell(45, 6, a, border=1, fill=True, new_x="RIGHT", new_y="TOP")
        d.set_font("S", "", 9)
        d.multi_cell(121, 6, b, border=1)
        d.set_y(max(d.get_y(), y + 6))
    d.ln(4)
    d.head("1. Executive summary")
    d.num("1.1", "The Trust invited the Royal College of Surgical Practice to review the vascular service after "
                 "two serious incidents in 2025. The review took place in October and the final report, with "
                 "seven recommendations, was received on 24 November 2025. The full report is in the reading "
                 "room.", font="R", size=10.8)
    d.num("1.2", "The Board will be pleased to note the good practice the College found, in particular the "
                 "screening programme and the morning safety huddle.", font="R", size=10.8)
    d.head("2. The Trust's response")
    d.num("2.1", "**Outcome data.** From the quarter ending March 2026 the service's amputation and mortality "
                 "results, compared with the National Vascular Registry, will come to the Board through the "
                 "integrated performance report. The first report will include the 2024/25 figures in the "
                 "College's table.", font="R", size=10.8)
    d.num("2.2", "**Consultant staffing.** A fifth consultant vascular surgeon, Mr Daniel Achebe, has been "
                 "appointed and takes up post on 4 May 2026, when the rota becomes one in five.",
          font="R", size=10.8)
    d.num("2.3", "**Team working and the ward.** The multidisciplinary meeting became weekly on 6 January, and "
                 "the radiology department has set aside a session in every radiologist's job plan so that one "
                 "of them attends each week. Moving the ward is a different matter: the only space next to the "
                 "hybrid theatre is the coronary care unit, and the Trust has decided not to relocate the "
                 "vascular ward. A dedicated transfer team and a direct lift key have been introduced instead.",
          font="R", size=10.8)
    d.num("2.4", "**Leg ulcer care.** A business case for a vascular nurse specialist will be considered "
                 "alongside other service developments in the 2027/28 planning round. No decision has yet been "
                 "taken.", font="R", size=10.8)
    d.num("2.5", "**Emergency assessment.** During the working day a consultant is on site and the 30-minute "
                 "standard is already met. Out of hours the consultant on call will be required to attend within "
                 "60 minutes, which the Trust considers the safe limit it can sustain with a rota of five; a "
                 "30-minute response at night would need a resident consultant.", font="R", size=10.8)
    d.head("3. Next steps")
    d.num("3.1", "The Medical Director will present a progress update to the Quality Committee in July 2026. The "
                 "two serious incident investigations have been closed and shared with the families concerned.",
          font="R", size=10.8)
    d.head("4. Risks")
    d.num("4.1", "The risk on the Board Assurance Framework remains scored at 16 until the new consultant is in "
                 "post. Recruitment to the radiology job plans depends on the locum budget.", font="R", size=10.8)
    d.output(H.out(NAME + "_response.pdf"))


RECS = [
    ("1", "The Trust should appoint a fifth consultant vascular surgeon so that",
     "has been appointed and takes up post on 4 May 2026", "agrees"),
    ("2", "The Trust should ensure that every patient with a suspected ruptured aneurysm",
     "the consultant on call will be required to attend within 60 minutes", "partly"),
    ("3", "The vascular service should hold its multidisciplinary team meeting every week,",
     "The multidisciplinary meeting became weekly on 6 January", "agrees"),
    ("4", "The Trust should move the vascular ward so that it is next",
     "the Trust has decided not to relocate the vascular ward", "disagrees"),
    ("5", "The service should review its amputation outcomes against the National Vascular Registry",
     "will come to the Board through the integrated performance report", "agrees"),
    ("6", "The Trust should fund a vascular nurse specialist to run a nurse-led",
     "will be considered alongside other service developments in the 2027/28", "noted"),
    ("7", "The Trust should invite the Invited Review Service to return in eighteen", None, "unanswered"),
]

if __name__ == "__main__":
    advice()
    response()
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["The Board is asked to NOTE the College's report",
                      "The full report is in the reading room",
                      "the screening programme and the morning safety huddle",
                      "will present a progress update to the Quality Committee",
                      "remains scored at 16 until the new consultant is in post"],
                     "Advice: a surgical royal college's invited service review report to a hospital trust (navy "
                     "cover band, details block, terms of reference 1.-4., 'This report is advisory ... the Trust "
                     "must share the report', 'Good practice', findings 3.1-3.4 with an outcomes table). The "
                     "seven recommendations stand at the end under priority sub-headings 'Urgent (within one "
                     "month)' 1-2, 'Important (within six months)' 3-5, 'Desirable (within twelve months)' 6-7, "
                     "each 'The Trust should ...' / 'The service should ...'. Traps: surgeons' 'the rota should be "
                     "no more frequent than one in six'; 'National standards say that such patients must be "
                     "assessed'; the College's 2021 guidance quoted ('every vascular unit should know its own "
                     "amputation rate'); community nurses' 'a specialist clinic should be the first port of "
                     "call'; 'grateful to receive the Trust's response'. Response: a public board paper (cover "
                     "sheet table with 'The Board is asked to NOTE ... and to AGREE'), serif numbered paragraphs "
                     "with bold run-in titles, no recommendation numbers, order 5, 1, 3+4, 6, 2: outcomes in the "
                     "integrated performance report (5 agrees); fifth consultant appointed (1 agrees); ONE "
                     "paragraph 2.3 'Team working and the ward' = weekly meeting with a radiologist (3 agrees) + "
                     "'decided not to relocate the vascular ward', a transfer team instead (4 disagrees); nurse "
                     "specialist 'will be considered ... in the 2027/28 planning round. No decision has yet been "
                     "taken' (6 noted); 30 minutes in the day, 60 minutes out of hours (2 partly); 7 (a return "
                     "visit) is not answered. Unmatched: cover sheet, executive summary, next steps, risks.")
    sys.exit(H.main([NAME]))
