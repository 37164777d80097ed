"""Round 63 (EN): a military-style COMMAND INVESTIGATION REPORT (investigating officer's letter with 'Findings
of Fact', 'Opinions' and 'Recommendations', as in the administrative investigations of sea services) and the
CONVENING AUTHORITY'S FIRST ENDORSEMENT, which approves, modifies or disapproves each part.
Advice: Lieutenant Commander D. R. Okafor's letter 5830 Ser 04/112 'COMMAND INVESTIGATION INTO THE GROUNDING OF
WCGC HARRIER (WPB 1142) ON PELLOW SHOAL ON 9 FEBRUARY 2026' in the service-letter layout (From/To/Subj/Ref/Encl),
with three lists that ALL start at 1.: Findings of Fact 1.-11. with '[Encl (n)]' citations, Opinions 1.-5. with
'[FF n]' citations, Recommendations 1.-7. each opening 'That ...', and a closing note on administrative action
('I make no recommendation').
Response: the First Endorsement (Commander, Coast Guard District North) with numbered paragraphs 1.-7. and
sub-paragraphs a.-e. under '4. Recommendations', taken 'in order of urgency' (6, 7, 1+5, 2, 4); 3 unanswered
(the Training Centre is only on the copy list).
Traps: findings and opinions numbered 1.-n. like the recommendations, reference (c) quoted ('shall approve'),
the 2019 SANDPIPER investigation's recommendation quoted, 'should have been reviewed', 'I make no recommendation
on' accountability, the endorsement's actions on findings of fact and opinions (numbers colliding with
recommendation numbers), 'approved as modified'. fpdf2, US Letter, cleaned Liberation Serif; fixed creation
date. All content is invented (Westmarch, its Coast Guard, cutters, people, places and figures).

Run:  /tmp/blind63en/bin/python tests/docs/src/blind63/gen_en_endorsement_fpdf2.py
"""
import os, sys
from datetime import datetime, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b63en as H
from fpdf import FPDF

NAME = "blind63_en_endorsement"
SUBJ = ("COMMAND INVESTIGATION INTO THE GROUNDING OF WCGC HARRIER (WPB 1142) ON PELLOW SHOAL ON "
        "9 FEBRUARY 2026")

RECS = [
    "That Commander, Coast Guard District North direct all patrol boat commanding officers to review and sign "
    "each voyage plan before the cutter departs on patrol beyond harbour limits.",
    "That the Office of Cutter Engineering replace the electronic chart display and information system (ECDIS) "
    "on HARRIER and her five sister cutters with a type-approved system by 31 December 2026.",
    "That the Coast Guard Training Centre add a practical module on navigation in confined waters to the "
    "Officer of the Deck qualification course.",
    "That the Westmarch Hydrographic Office be requested to resurvey Pellow Shoal and the approaches to Carrick "
    "Sound.",
    "That the crew endurance standards be amended so that no underway watchstander is on duty for more than 14 "
    "hours in any 24-hour period.",
    "That BM1 Ferrante be required to requalify as Officer of the Deck before standing further underway "
    "watches.",
    "That the lessons of this investigation be issued to all District North units as a safety alert within 60 "
    "days of the convening authority's action.",
]


class Doc(FPDF):
    def __init__(self, marking):
        super().__init__(format="Letter", unit="mm")
        for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
            self.add_font("SR", st, H.clean_font("LiberationSerif-%s.ttf" % f))
        self.marking = marking
        self.set_margins(25.4, 20, 25.4)
        self.set_auto_page_break(True, 22)
        self.set_creation_date(datetime(2026, 4, 22, 9, 0, tzinfo=timezone.utc))

    def header(self):
        self.set_font("SR", "B", 9)
        self.set_y(9)
        self.cell(0, 4, self.marking, align="C")
        if self.page_no() > 1:
            self.set_y(16)
            self.set_font("SR", "", 11)
            self.cell(0, 5, self.cont, align="R")
            self.set_y(24)
        else:
            self.set_y(18)

    def footer(self):
        self.set_y(-15)
        self.set_font("SR", "B", 9)
        self.cell(0, 4, self.marking, align="C")
        if self.page_no() > 1:
            self.set_y(-20)
            self.set_font("SR", "", 11)
            self.cell(0, 4, str(self.page_no()), align="C")

    def p(self, t, style="", size=12, lh=5.6, align="L", after=2.8, indent=0):
        self.set_font("SR", style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, lh, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=True)
        self.ln(after)

    def num(self, n, t, indent=0, after=2.8):
        """Service-letter paragraph: the number at the margin (or indent), text running under it."""
        self.set_font("SR", "", 12)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, 5.6, n + "  " + t, new_x="LMARGIN", new_y="NEXT", align="L",
                        markdown=True)
        self.ln(after)

    def field(self, label, lines):
        self.set_font("SR", "", 12)
        first = True
        for ln in lines:
            y = self.get_y()
            if first:
                self.cell(16, 5.6, label)
            self.set_xy(self.l_margin + 16, y)
            self.multi_cell(self.epw - 16, 5.6, ln, new_x="LMARGIN", new_y="NEXT")
            first = False

    def hd(self, t):
        self.ln(1)
        self.set_font("SR", "B", 12)
        self.cell(0, 5.6, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def letterhead(self, unit, addr, ssic):
        self.set_font("SR", "B", 12)
        self.cell(0, 5.5, "WESTMARCH COAST GUARD", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("SR", "", 9.5)
        self.cell(0, 4.5, unit, align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4.5, addr, align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)
        self.set_font("SR", "", 12)
        for s in ssic:
            self.set_x(self.w - self.r_margin - 40)
            self.cell(40, 5.6, s, new_x="LMARGIN", new_y="NEXT")
        self.ln(4)


def advice(path):
    d = Doc("FOR OFFICIAL USE ONLY")
    d.cont = "Subj: COMMAND INVESTIGATION INTO THE GROUNDING OF WCGC HARRIER"
    d.set_title("Command investigation into the grounding of WCGC HARRIER")
    d.set_author("LCDR D. R. Okafor")
    d.add_page()
    d.letterhead("Coast Guard Station Brandmoor", "14 Quay Road, Brandmoor WM 40711  |  Phone: 555-0120",
                 ["5830", "Ser 04/112", "14 Mar 2026"])
    d.field("From:", ["Lieutenant Commander Dana R. Okafor, WCG"])
    d.field("To:", ["Commander, Coast Guard District North"])
    d.ln(2)
    d.field("Subj:", [SUBJ])
    d.ln(2)
    d.field("Ref:", ["(a) Administrative Investigations Manual, WCGINST M5830.1C",
                     "(b) Commander, Coast Guard District North convening order of 11 Feb 2026",
                     "(c) Cutter Navigation Standards Manual, WCGINST M3530.2"])
    d.ln(2)
    d.field("Encl:", ["(1) Statement of BM1 T. Ferrante", "(2) Record of interview of LTJG A. Wren",
                      "(3) ECDIS data extract, 8-9 Feb 2026", "(4) Voyage plan for patrol 26-014",
                      "(5) Watch bill and crew rest log, 7-9 Feb 2026", "(6) Damage survey report, 12 Feb 2026"])
    d.ln(3)
    d.hd("PRELIMINARY STATEMENT")
    d.num("1.", "As directed by reference (b), I conducted a command investigation into the grounding of WCGC "
          "HARRIER (WPB 1142) on Pellow Shoal in Carrick Sound at 0342 on 9 February 2026. I was directed to "
          "determine the cause of the grounding and the extent of the damage, to report whether any person was "
          "at fault, and to make recommendations. No one was injured. The cutter refloated on the rising tide at "
          "0615 and returned to Brandmoor under her own power.")
    d.num("2.", "All reasonable means of obtaining information have been exhausted. The ECDIS data was "
          "recovered intact. The Commanding Officer, LTJG A. Wren, was interviewed once and declined to make a "
          "further statement, as was his right.")
    d.hd("FINDINGS OF FACT")
    ff = [
        "HARRIER is an 87-foot patrol boat commissioned in 2004 with a crew of eleven. She is one of six "
        "cutters of her class assigned to District North. [Encl (4)]",
        "HARRIER departed Brandmoor at 1400 on 8 February 2026 for patrol 26-014, a fisheries patrol of 72 "
        "hours in Carrick Sound. [Encl (4)]",
        "The voyage plan for patrol 26-014 was prepared by the Executive Petty Officer. It was not reviewed or "
        "signed by the Commanding Officer before the cutter got underway. [Encls (2), (4)]",
        "Reference (c), chapter 2, states: \"The Commanding Officer shall approve the voyage plan before the "
        "cutter gets underway.\" [Ref (c)]",
        "The planned track passed 0.3 nautical miles east of Pellow Shoal. District North standing orders set a "
        "minimum passing distance of 0.5 nautical miles from charted dangers. [Encl (4)]",
        "HARRIER's ECDIS is a model that is no longer type-approved. Its safety-contour alarm had been switched "
        "off since at least January 2026 because, in the words of one witness, it \"alarmed constantly\". "
        "[Encls (1), (3)]",
        "BM1 Ferrante, the Officer of the Deck, had the deck from 2345 on 8 February. He had been on duty for "
        "19 of the preceding 24 hours. [Encl (5)]",
        "The chart of Carrick Sound in use is based on a hydrographic survey completed in 1987. [Encl (3)]",
        "At 0338 the cutter was 0.4 nautical miles west of the planned track. At 0342 she grounded on the "
        "eastern edge of Pellow Shoal at 9 knots. [Encl (3)]",
        "The hull was holed over a length of 3.2 metres and both propellers were replaced. Repairs cost "
        "412,000 dollars and took 37 days. [Encl (6)]",
        "The 2019 command investigation into the grounding of WCGC SANDPIPER recommended \"that all patrol "
        "boats conduct a navigation safety review every six months\". The recommendation was approved. No such "
        "review was carried out on HARRIER in 2025. [Encl (2)]",
    ]
    for i, t in enumerate(ff):
        d.num("%d." % (i + 1), t)
    d.hd("OPINIONS")
    op = [
        "The grounding was caused by the cutter leaving the planned track unnoticed while the safety-contour "
        "alarm was switched off. [FF 6, 9]",
        "The voyage plan should have been reviewed and approved by the Commanding Officer. Had it been, the "
        "passing distance of 0.3 nautical miles would most likely have been corrected. [FF 3, 4, 5]",
        "Fatigue contributed to the failure of the Officer of the Deck to notice the cross-track error. [FF 7]",
        "The age of the survey did not cause the grounding, but the chart of Carrick Sound cannot be relied on "
        "for passages closer than 0.5 nautical miles to the shoal. [FF 8]",
        "The failure of the Commanding Officer to approve the voyage plan amounted to dereliction of the duty "
        "in reference (c). [FF 3, 4]",
    ]
    for i, t in enumerate(op):
        d.num("%d." % (i + 1), t)
    d.hd("RECOMMENDATIONS")
    for i, t in enumerate(RECS):
        d.num("%d." % (i + 1), t)
    d.hd("ADMINISTRATIVE ACTION")
    d.num("1.", "Whether administrative or disciplinary action should be taken against the Commanding Officer is "
          "a matter for the convening authority. I make no recommendation on it.")
    d.ln(8)
    d.set_x(d.w / 2)
    d.set_font("SR", "", 12)
    d.cell(0, 5.6, "D. R. OKAFOR", new_x="LMARGIN", new_y="NEXT")
    d.output(path)


def response(path):
    d = Doc("FOR OFFICIAL USE ONLY")
    d.cont = "FIRST ENDORSEMENT on LCDR Okafor ltr 5830 Ser 04/112 of 14 Mar 26"
    d.set_title("First endorsement")
    d.set_author("Commander, Coast Guard District North")
    d.add_page()
    d.letterhead("Commander, Coast Guard District North", "1 Harbour Parade, Port Selden WM 40200  |  "
                 "Phone: 555-0100", ["5830", "Ser dl/0219", "22 Apr 2026"])
    d.p("FIRST ENDORSEMENT on LCDR D. R. Okafor ltr 5830 Ser 04/112 of 14 Mar 26", after=3)
    d.field("From:", ["Commander, Coast Guard District North"])
    d.field("To:", ["Commandant (CG-0941)"])
    d.ln(2)
    d.field("Subj:", [SUBJ])
    d.ln(4)
    d.num("1.", "Forwarded. The investigation was thoroughly conducted and complies with reference (a). Subject "
          "to the comments and modifications below, I approve it.")
    d.num("2.", "Findings of fact. Finding of fact 7 is modified to read: \"BM1 Ferrante had been awake for 19 "
          "of the preceding 24 hours, of which 15 were on duty.\" The remaining findings of fact are approved.")
    d.num("3.", "Opinions. Opinions 1 through 4 are approved. Opinion 5 is disapproved: the omission was a "
          "departure from reference (c), but I do not find that it rose to dereliction of duty.")
    d.num("4.", "Recommendations. My action on the recommendations follows, taken in order of urgency.")
    d.num("a.", "Recommendation 6 is approved and has been carried out. BM1 Ferrante was removed from the "
          "underway watch bill on 10 February and completed requalification on 3 April 2026 under the "
          "supervision of the Commanding Officer, WCGC PETREL.", indent=8)
    d.num("b.", "Recommendation 7 is approved. Safety Alert 04-26, \"Grounding of a patrol boat in Carrick "
          "Sound\", went to every unit in the District on 30 March 2026.", indent=8)
    d.num("c.", "Recommendations 1 and 5. Recommendation 1 is approved; District North Instruction 3530.4, "
          "effective 1 May 2026, requires the commanding officer's signature on every voyage plan before "
          "getting underway. Recommendation 5 is disapproved. A fixed 14-hour limit cannot be met by a crew of "
          "eleven on a 72-hour patrol without taking the cutter off station at night. Commanding officers will "
          "continue to manage fatigue through the crew endurance risk assessment, which I have directed be "
          "completed before every patrol longer than 24 hours.", indent=8)
    d.num("d.", "Recommendation 2 is approved as modified. Funds are available in fiscal year 2026 to replace "
          "the system on HARRIER only. Her five sister cutters will receive it at their next scheduled "
          "dry-docking, the last of them in 2028; until then their safety-contour alarms shall remain switched "
          "on at all times.", indent=8)
    d.num("e.", "Recommendation 4 is forwarded for consideration. The Hydrographic Office is not under my "
          "command. I have sent it a copy of the investigation; whether and when to survey Pellow Shoal again "
          "is a decision for the Hydrographer.", indent=8)
    d.num("5.", "Accountability. I have issued a Letter of Caution to the Commanding Officer of HARRIER. No "
          "further administrative action is warranted.")
    d.num("6.", "Repairs. HARRIER returned to service on 18 March 2026. The cost of repairs has been charged to "
          "the District maintenance account.")
    d.num("7.", "My point of contact for this matter is Lieutenant Commander P. Ashdown, District Legal Office, "
          "at 555-0142.")
    d.ln(8)
    d.set_x(d.w / 2)
    d.set_font("SR", "", 12)
    d.cell(0, 5.6, "J. M. CALLOWAY", new_x="LMARGIN", new_y="NEXT")
    d.set_x(d.w / 2)
    d.cell(0, 5.6, "Rear Admiral, WCG", new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.field("Copy:", ["Commanding Officer, WCGC HARRIER", "Commander, Coast Guard Station Brandmoor",
                      "Commanding Officer, Coast Guard Training Centre",
                      "LCDR D. R. Okafor (investigating officer)"])
    d.output(path)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=10: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "requires the commanding officer's signature on every voyage plan",
         "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "Funds are available in fiscal year 2026 to replace", "verdict": "partly"},
        {"number": "3", "starts_with": sw(3), "reply_contains": None, "verdict": "unanswered"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "whether and when to survey Pellow Shoal again", "verdict": "noted"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "A fixed 14-hour limit cannot be met by a crew", "verdict": "disagrees"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "removed from the underway watch bill on 10 February", "verdict": "agrees"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "went to every unit in the District on 30 March", "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, [
        "Finding of fact 7 is modified to read",
        "Opinion 5 is disapproved: the omission was a departure",
        "I have issued a Letter of Caution to the Commanding Officer",
        "HARRIER returned to service on 18 March 2026",
    ], "Advice: a sea-service command investigation (investigating officer's letter, From/To/Subj/Ref/Encl) with "
       "THREE lists all numbered from 1.: Findings of Fact 1.-11. (with '[Encl (n)]'), Opinions 1.-5. (with '[FF "
       "n]') and Recommendations 1.-7., each recommendation a 'That ...' clause; then 'ADMINISTRATIVE ACTION' 1. "
       "('I make no recommendation on it'). Traps: findings and opinions share the numbers 1-7 with the "
       "recommendations; reference (c) quoted ('shall approve the voyage plan'); the 2019 SANDPIPER "
       "investigation's recommendation quoted in finding 11 ('that all patrol boats conduct a navigation safety "
       "review every six months'); opinion 2 'should have been reviewed and approved'. Response: the convening "
       "authority's FIRST ENDORSEMENT, paragraphs 1.-7.; 2. acts on finding of fact 7 and 3. on opinion 5 "
       "(numbers that collide with recommendations 7 and 5: unmatched); 4. 'Recommendations' with a.-e. in the "
       "order 6, 7, 1+5, 2, 4: 6 approved and carried out (agrees); 7 approved, safety alert issued (agrees); ONE "
       "sub-paragraph 'Recommendations 1 and 5': 1 approved (agrees) + 5 disapproved, fatigue left to a risk "
       "assessment (disagrees); 2 'approved as modified', HARRIER only now, sister cutters by 2028 (partly); 4 "
       "'forwarded for consideration', decision for the Hydrographer (noted); 3 (Training Centre module) "
       "unanswered - the Training Centre appears only on the copy list. Unmatched: 1. 'Forwarded', 2. findings "
       "of fact, 3. opinions, 5. accountability (Letter of Caution), 6. repairs, 7. point of contact.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
