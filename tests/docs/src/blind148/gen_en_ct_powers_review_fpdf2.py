"""Round 148 (EN): an independent reviewer's ANNUAL REPORT on the use of counter-terrorism port and border
examination powers, answered by the GOVERNMENT RESPONSE in numbered paragraphs that cite the reviewer's PARAGRAPH
NUMBERS ('At paragraph 3.2 the Reviewer recommends ...'), in another order, one paragraph answering two with
different verdicts, one left out.
The advice: chapters 1-6 in numbered paragraphs 1.1-6.2; the seven recommendations are UNNUMBERED BOLD SENTENCES
inside running paragraphs, each opening 'I recommend that ...', preceded by ordinary text in the same paragraph.
Traps: KEY CONCLUSIONS NUMBERED 1-5; the code of practice paraphrased ('examining officers must not ...'); the
previous reviewer's 2021 recommendation QUOTED ('The code should require ...'); 'I do not recommend that the power be
repealed'; a table of examinations 2022-2024; a port manager quoted.
The response: introduction (nothing); paragraph 3.2, a written notice of the right to a solicitor (1 agrees);
children under 16 (5.1), with a wider one-hour exception (5 partly); ONE paragraph on digital devices (4.2 and 4.3):
the seven-day limit refused (3 disagrees), annual national figures but not by port (4 partly); reasons recorded and
sampled by a senior officer (3.4; 2 agrees); community scrutiny panels left to police and crime commissioners (5.2;
6 noted); interview rooms 'not in response to a recommendation' (unmatched); closing (nothing); 7, the reviewer's
access to the case system (6.1), never (unanswered).
fpdf2, A4, cleaned Liberation Serif / Sans, fixed creation dates; header and 'Page N of M' stamped from page 2.
Schedule 7 to the Terrorism Act 2000 and its code of practice are named as context only (what is said of them is
paraphrased and not to be relied on); the reviewer, the department, people, ports, figures and references are
invented.
Run:  /tmp/blind148en/bin/python tests/docs/src/blind148/gen_en_ct_powers_review_fpdf2.py
"""
import datetime as dt
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b148en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind148_en_ct_powers_review"
MAROON = (110, 28, 40)
GREEN = (30, 70, 50)
GREY = (85, 85, 85)


class Doc(FPDF):
    def __init__(self, date, size, ink, fam="Serif"):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_creation_date(date)
        self.fam, self.size, self.ink = "F", size, ink
        self.add_font("F", "", H.clean_font(f"Liberation{fam}-Regular.ttf"))
        self.add_font("F", "B", H.clean_font(f"Liberation{fam}-Bold.ttf"))
        self.add_font("F", "I", H.clean_font(f"Liberation{fam}-Italic.ttf"))
        self.set_margins(23, 20, 23)
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

    def h1(self, t, size=16):
        self.set_font(self.fam, "B", size)
        self.set_text_color(*self.ink)
        self.multi_cell(self.tw, size * 0.45, t, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def h2(self, t, size=11.2):
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

    def quote(self, t):
        self.set_font(self.fam, "I", self.size)
        self.set_x(self.l_margin + 12)
        self.multi_cell(self.tw - 20, self.lh, t, align="L")
        self.ln(1.6)

    def num(self, no, t, w=10, style="", indent=0):
        self.set_font(self.fam, "", self.size)
        y = self.get_y()
        if y > self.h - 30:
            self.add_page()
            y = self.get_y()
        self.set_x(self.l_margin + indent)
        self.cell(w, self.lh, no)
        self.set_xy(self.l_margin + indent + w, y)
        self.set_font(self.fam, style, self.size)
        self.multi_cell(self.tw - w - indent, self.lh, t, markdown=True, align="L")
        self.ln(1.6)

    def grid(self, head, rows, widths, size=None):
        size = size or self.size - 0.7
        self.set_font(self.fam, "", size)
        self.set_draw_color(150, 150, 150)
        self.set_line_width(0.2)
        hs = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=self.ink)
        with self.table(col_widths=widths, text_align="LEFT", line_height=size * 0.47, headings_style=hs,
                        padding=1.5, width=self.tw) as t:
            r = t.row()
            for c in head:
                r.cell(c)
            for row in rows:
                r = t.row()
                for c in row:
                    r.cell(c)
        self.ln(3)


def advice():
    d = Doc(dt.datetime(2025, 7, 10, 9, 0, tzinfo=dt.timezone.utc), 9.8, MAROON)
    d.meta("INDEPENDENT REVIEWER OF COUNTER-TERRORISM POWERS | Report IRCT/2025/1 | Laid before Parliament "
           "10 July 2025")
    d.h1("The Port and Border Examination Power in 2024: Annual Report of the Independent Reviewer")
    d.meta("Sir Anthony Lugard-Penhaligon KC, Independent Reviewer")
    d.h2("Key conclusions")
    for n, t in enumerate([
        "The number of examinations fell for the third year running, to 3,912 in 2024.",
        "Most examinations are short and courteous, but one in five lasted longer than an hour.",
        "People detained for questioning are not reliably told that they may consult a solicitor.",
        "The copying of data from phones is the most intrusive part of the power and is poorly recorded.",
        "The power remains necessary and, in the main, is used proportionately.",
    ], 1):
        d.num(f"{n}.", t, w=7)
    d.h2("1. Introduction")
    d.num("1.1", "This is my second annual report on the power to stop, question and, if necessary, detain and "
                 "search people at ports and borders under Schedule 7 to the Terrorism Act 2000. No suspicion is "
                 "needed to examine a person. That makes the power valuable and also makes careful oversight "
                 "essential.")
    d.num("1.2", "In preparing this report I visited the ports of Harwick, Saltmouth and Kellan Bay and the "
                 "airports at Dunmore and Esterby, read 160 examination records and spoke to officers, port "
                 "operators, lawyers and community groups.")
    d.h2("2. The power in use")
    d.num("2.1", "The table below shows examinations and detentions over the last three years.")
    d.grid(("Year", "Examinations", "Over one hour", "Detentions", "Devices downloaded"),
           [("2022", "4,871", "903", "1,204", "1,688"), ("2023", "4,306", "851", "1,097", "1,540"),
            ("2024", "3,912", "790", "1,015", "1,466")], (20, 30, 30, 28, 36))
    d.num("2.2", "I do not recommend that the power be repealed or that a requirement of reasonable suspicion "
                 "be introduced. Officers gave me several examples in which an examination produced information "
                 "of real value that could not have been obtained any other way.")
    d.h2("3. Detention and legal advice")
    d.num("3.1", "The code of practice, as I summarise it, says that examining officers must not detain a person "
                 "for longer than is necessary and must tell a detained person of their rights in a language "
                 "they understand.")
    d.num("3.2", "Of the 160 records I read, 38 concerned detained persons. In 11 of them there was no record that "
                 "the person had been told of the right to a solicitor before questioning began. Two lawyers "
                 "told me of clients who had learned of the right only when the examination was almost over. "
                 "**I recommend that the code of practice be amended so that every detained person is given a "
                 "written notice of the right to consult a solicitor before any questioning begins.**")
    d.num("3.3", "My predecessor's report for 2021 said:")
    d.quote("\"The code should require examining officers to record the reason for selecting each person for "
            "examination, in terms that a supervisor can later review.\"")
    d.num("3.4", "That recommendation was accepted, and selection reasons are now recorded. The length of "
                 "examinations is another matter: a fifth last longer than an hour, and the records rarely say "
                 "why. **I recommend that examining officers record why any examination lasting longer than one "
                 "hour needed to continue, and that a senior officer sample these records every quarter.**")
    d.h2("4. Digital devices")
    d.num("4.1", "Examining officers may copy the contents of phones and other devices. In 2024 this happened "
                 "1,466 times. Copies are currently kept for up to 30 days before a decision on retention is "
                 "made, and some were held for longer because the review had not been done.")
    d.num("4.2", "Data on a phone may reveal a person's health, faith, relationships and journalism. Holding it "
                 "without a purpose cannot be justified. **I recommend that data copied from a device be "
                 "deleted within seven days unless a senior officer has decided that it is needed for a "
                 "specified national security purpose.**")
    d.num("4.3", "The public knows little about how often this happens. **I recommend that the Department publish "
                 "each year the number of devices from which data was copied, broken down by port.**")
    d.h2("5. Children and community confidence")
    d.num("5.1", "In 2024, 27 children under 16 were examined, 9 of them without a parent or other appropriate "
                 "adult. The code of practice allows this when no adult is available, but I found that in some "
                 "cases no real effort to find one had been made. **I recommend that no child under 16 be "
                 "examined without an appropriate adult, unless waiting for one would defeat the purpose of the "
                 "examination.**")
    d.num("5.2", "Community groups told me that people of some backgrounds still feel singled out at ports. One "
                 "port manager put it this way: \"passengers must be able to see that somebody is watching the "
                 "watchers\". **I recommend that each of the five busiest ports have an independent community "
                 "scrutiny panel that reviews a sample of examination records twice a year.**")
    d.h2("6. Oversight")
    d.num("6.1", "My access to records depends on officers extracting them for me, which takes weeks and means "
                 "that I see only what I ask for. **I recommend that the Department give the Independent Reviewer "
                 "direct access to the examination case management system, so that records can be inspected "
                 "without notice.**")
    d.num("6.2", "I am grateful to the officers and port staff who helped with this review. I ask the Department "
                 "to publish its response within six months.")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc(dt.datetime(2026, 1, 8, 9, 0, tzinfo=dt.timezone.utc), 9.8, GREEN, fam="Sans")
    d.meta("DEPARTMENT FOR HOME AND BORDER AFFAIRS | Presented to Parliament by the Minister of State for Security "
           "| January 2026 | CP 1184")
    d.h1("Government Response to the Independent Reviewer of Counter-Terrorism Powers: the Port and Border "
         "Examination Power in 2024", 14)
    d.h2("Introduction")
    d.num("1.", "The Government is grateful to Sir Anthony Lugard-Penhaligon KC for his second annual report and "
                "welcomes his conclusion that the power remains necessary and is used proportionately. This "
                "response has been prepared with the national counter-terrorism policing lead.")
    d.h2("Response to the recommendations")
    d.num("2.", "At paragraph 3.2 the Reviewer recommends a written notice of the right to a solicitor. The "
                "Government accepts this recommendation. A notice in 19 languages will be included in the revised "
                "code of practice, which we intend to lay before Parliament in the autumn.")
    d.num("3.", "On children (paragraph 5.1), the revised code will say that a child under 16 should not be "
                "examined without an appropriate adult. However, the exception will also cover cases where no "
                "appropriate adult can attend within one hour, because passengers would otherwise be held at the "
                "port for long periods.")
    d.num("4.", "Paragraphs 4.2 and 4.3 concern data copied from devices. The Government does not accept that "
                "copies should be deleted within seven days: assessing downloaded material, much of it in "
                "languages other than English, often takes longer, and the 30-day period will be retained with "
                "closer supervision. On publication, the number of devices downloaded will be added to the annual "
                "statistics from 2026, but as a national total only, since figures for individual ports could "
                "reveal operational capacity.")
    d.num("5.", "The Government also accepts the recommendation at paragraph 3.4. From April 2026 the "
                "examination record will contain a mandatory field explaining why an examination has gone beyond "
                "the first hour, and each force's superintendent for ports will review a sample every quarter.")
    d.num("6.", "The Reviewer's proposal for community scrutiny panels (paragraph 5.2) is noted. Local scrutiny "
                "of policing is a matter for police and crime commissioners, and the Minister will write to the "
                "commissioners for the five ports concerned to draw the proposal to their attention.")
    d.h2("Other measures")
    d.num("7.", "Not in response to a recommendation, the Government will fund new private interview rooms at "
                "Saltmouth and Kellan Bay, where the Reviewer found the facilities cramped.")
    d.h2("Conclusion")
    d.num("8.", "The Government will continue to work with the Reviewer and looks forward to his next report.")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Independent Reviewer of Counter-Terrorism Powers - Annual Report "
            "2024", footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Government Response - CP 1184", footer="Page {n} of {N}",
            skip_first=True)
    recs = [
        {"number": 1, "starts_with": "I recommend that the code of practice be amended so that",
         "reply_contains": "A notice in 19 languages will be included in the revised",
         "verdict": "agrees"},
        {"number": 2, "starts_with": "I recommend that examining officers record why any examination lasting",
         "reply_contains": "will contain a mandatory field explaining why an examination has gone",
         "verdict": "agrees"},
        {"number": 3, "starts_with": "I recommend that data copied from a device be deleted",
         "reply_contains": "the 30-day period will be retained with closer supervision",
         "verdict": "disagrees"},
        {"number": 4, "starts_with": "I recommend that the Department publish each year the number",
         "reply_contains": "but as a national total only, since figures for individual ports",
         "verdict": "partly"},
        {"number": 5, "starts_with": "I recommend that no child under 16 be examined without",
         "reply_contains": "the exception will also cover cases where no appropriate adult",
         "verdict": "partly"},
        {"number": 6, "starts_with": "I recommend that each of the five busiest ports have",
         "reply_contains": "Local scrutiny of policing is a matter for police and crime commissioners",
         "verdict": "noted"},
        {"number": 7, "starts_with": "I recommend that the Department give the Independent Reviewer direct",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["the Government will fund new private interview rooms at Saltmouth"]
    notes = ("Advice: an independent reviewer's ANNUAL REPORT on the port and border examination power, in "
             "numbered paragraphs 1.1-6.2. The seven recommendations are UNNUMBERED BOLD SENTENCES inside running "
             "paragraphs (3.2, 3.4, 4.2, 4.3, 5.1, 5.2, 6.1), each opening 'I recommend that ...' after ordinary "
             "text of the same paragraph. Traps: KEY CONCLUSIONS NUMBERED 1-5; a table of examinations 2022-2024; "
             "'I do not recommend that the power be repealed ...' (2.2); the code of practice paraphrased "
             "('examining officers must not detain ...'); the predecessor's 2021 recommendation QUOTED ('The code "
             "should require examining officers to record the reason ...'), already accepted; a port manager "
             "quoted ('passengers must be able to see ...'). Response: a GOVERNMENT RESPONSE command paper in "
             "numbered paragraphs 1-8 that cites the Reviewer's PARAGRAPH NUMBERS, never a recommendation "
             "number, in the order 3.2, 5.1, 4.2/4.3, 3.4, 5.2: 3.2 written notice 'accepts' (1 agrees); 5.1 "
             "children, with a wider one-hour exception (5 partly); ONE paragraph on 4.2 and 4.3: seven-day "
             "deletion 'does not accept', 30 days kept (3 disagrees), devices published 'as a national total "
             "only' (4 partly); 3.4 'also accepts', reasons recorded and sampled quarterly (2 agrees); 5.2 "
             "scrutiny panels 'noted', for police and crime "
             "commissioners (6 noted); 'Not in response to a recommendation', interview rooms (unmatched); 6.1, "
             "direct access to the case management system, never mentioned (7 unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
