"""Round 28 (EN): Rail Accident Investigation Branch (RAIB) investigation report with numbered
recommendations ('The intent of this recommendation is ...' + 'X should ...'), and the Office of Rail
and Road's (ORR) letter to RAIB reporting the end implementers' responses and ORR's decision per
recommendation. fpdf2 (cleaned Liberation fonts, no text shaping): margin paragraph numbers, running
header, footnotes at the page foot, page numbers. All content (places, companies, people) invented.

Run:  /tmp/blind28en/bin/python tests/docs/src/blind28/gen_en_raib_fpdf2.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b28en as H
from fpdf import FPDF

NAME = "blind28_en_raib"
GREEN = (0, 94, 84)


class Doc(FPDF):
    def __init__(self, header_l, header_r, cover=True):
        super().__init__(format="A4", unit="mm")
        self.header_l, self.header_r, self.cover = header_l, header_r, cover
        for style, f in (("", "LiberationSans-Regular.ttf"), ("B", "LiberationSans-Bold.ttf"),
                         ("I", "LiberationSans-Italic.ttf"), ("BI", "LiberationSans-BoldItalic.ttf")):
            self.add_font("LS", style, H.clean_font(f))
        self.set_margins(20, 22, 20)
        self.set_auto_page_break(True, 28)
        self.notes = {}
        self.fn = 0

    def header(self):
        if self.cover and self.page_no() == 1:
            return
        self.set_font("LS", "", 8)
        self.set_text_color(90, 90, 90)
        lm = self.l_margin
        self.set_left_margin(20)
        self.set_xy(20, 10)
        self.cell(85, 5, self.header_l)
        self.cell(85, 5, self.header_r, align="R")
        self.set_draw_color(*GREEN)
        self.line(20, 16, 190, 16)
        self.set_left_margin(lm)
        self.set_xy(lm, 22)
        self.set_text_color(0, 0, 0)

    def footer(self):
        notes = self.notes.get(self.page_no(), [])
        lm = self.l_margin
        self.set_left_margin(20)
        if notes:
            y = 297 - 20 - 4.2 * len(notes) - 2
            self.line(20, y, 70, y)
            self.set_xy(20, y + 1)
            self.set_font("LS", "", 7.5)
            for n, t in notes:
                self.set_x(20)
                self.multi_cell(170, 3.8, f"{n} {t}")
        if not (self.cover and self.page_no() == 1):
            self.set_xy(20, 284)
            self.set_font("LS", "", 8)
            self.cell(170, 5, str(self.page_no()), align="C")
        self.set_left_margin(lm)

    def footnote(self, text):
        self.fn += 1
        self.notes.setdefault(self.page_no(), []).append((self.fn, text))
        return str(self.fn)

    def h1(self, t):
        self.set_left_margin(20)
        self.ln(3)
        self.set_font("LS", "B", 14)
        self.set_text_color(*GREEN)
        self.multi_cell(0, 7, t)
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def h2(self, t):
        self.set_left_margin(20)
        self.ln(1)
        self.set_font("LS", "B", 11)
        self.multi_cell(0, 6, t)
        self.ln(1)

    def para(self, num, text, style="", indent=34, numx=20):
        if self.will_page_break(10):
            self.add_page()
        self.set_left_margin(20)
        y = self.get_y()
        self.set_font("LS", "", 10)
        self.set_x(numx)
        self.cell(10, 5.2, num)
        self.set_left_margin(indent)
        self.set_xy(indent, y)
        self.set_font("LS", style, 10)
        self.multi_cell(0, 5.2, text)
        self.ln(2)
        self.set_left_margin(20)

    def text(self, t, style="", size=10):
        self.set_left_margin(20)
        self.set_font("LS", style, size)
        self.multi_cell(0, 5.2, t)
        self.ln(2)


def advice(path):
    d = Doc("Report 08/2025", "Colbury Junction")
    d.add_page()
    d.set_fill_color(*GREEN)
    d.rect(0, 0, 210, 70, "F")
    d.set_text_color(255, 255, 255)
    d.set_xy(20, 20)
    d.set_font("LS", "B", 13)
    d.cell(0, 8, "Rail Accident Investigation Branch")
    d.set_xy(20, 40)
    d.set_font("LS", "B", 22)
    d.cell(0, 10, "Rail Accident Report")
    d.set_text_color(0, 0, 0)
    d.set_xy(20, 90)
    d.set_font("LS", "B", 18)
    d.multi_cell(0, 9, "Near miss with track workers at Colbury Junction, 14 March 2025")
    d.set_font("LS", "", 12)
    d.ln(4)
    d.multi_cell(0, 7, "Report 08/2025\nJuly 2025")
    d.set_xy(20, 240)
    d.set_font("LS", "", 8)
    d.multi_cell(0, 4, "This investigation was carried out in accordance with the Railways (Accident Investigation and "
                 "Reporting) Regulations 2005. The sole purpose of RAIB investigations is to prevent future accidents "
                 "and incidents and improve railway safety. RAIB does not establish blame, liability or carry out "
                 "prosecutions.\n(c) Crown copyright 2025. Rail Accident Investigation Branch, The Wharf, Stores Road, Derby.")

    d.add_page()
    d.h1("Summary")
    d.text("At 02:47 hrs on 14 March 2025, a passenger train travelling at 68 mph passed within two metres of three "
           "track workers who were inspecting points at Colbury Junction, between Lynford and Ashcombe. The workers "
           "moved clear about three seconds before the train passed. Nobody was injured.")
    d.text("The workers were protected by a lookout, who did not see the train in time because the curve and the "
           "signal gantry west of the junction restricted his view. The planned safe system of work had not taken account "
           "of this, and the controller of site safety (COSS) had not visited the site before the shift. An underlying "
           "factor was that Network Rail's planning process did not identify that lookout warning was unsuitable at this "
           "location.")
    d.text("RAIB has made five recommendations. Three are addressed to Network Rail and relate to the planning of "
           "safe systems of work, the use of train approach warning equipment and the reporting of close calls. Two are "
           "addressed to Kestrel Rail Services Ltd, the contractor that employed the workers, and relate to the "
           "competence of its COSSs and to fatigue. RAIB has also identified two learning points.")
    d.h1("The occurrence")
    d.para("1", "Colbury Junction is on the two-track line between Lynford and Ashcombe, where the branch to Tenby Road "
           "diverges. Trains approach from the west on a left-hand curve with a permitted speed of 75 mph.")
    fn1 = d.footnote("A COSS is the person responsible for setting up and running the safe system of work for a group "
                     "of track workers.")
    d.para("2", "The group of three workers, led by a COSS" + fn1 + " employed by Kestrel Rail Services, was carrying "
           "out a scheduled inspection of points 2241A. The safe system of work was 'lookout warning', in which a "
           "lookout watches for approaching trains and warns the group in time for them to reach a position of safety.")
    d.para("3", "The required sighting distance for lookout warning at 75 mph is 640 metres. RAIB measured the "
           "available sighting from the lookout's position as 390 metres.")
    d.h1("Analysis")
    d.para("4", "The safe system of work pack was produced by Network Rail's planning team in Lynford from a template "
           "that had last been checked against the site in 2019. The gantry that restricts the view was installed in "
           "2022. Planners did not have access to up-to-date sighting information.")
    d.para("5", "The COSS had worked the previous four nights and had driven 70 miles to the site. Kestrel's fatigue "
           "risk index for his shift pattern was 42, above the company's own limit of 35, but no fatigue assessment "
           "had been carried out.")
    fn2 = d.footnote("RAIB report 11/2019, 'Near miss at Hatherley Lane', recommendation 2.")
    d.para("6", "Network Rail's records show 17 close calls involving inadequate lookout sighting in the Western route "
           "in 2023 and 2024. None had been investigated beyond local level, and the sighting at Colbury had been "
           "reported as a concern by another group in 2023.")
    d.h1("Summary of conclusions")
    d.h2("Immediate cause")
    d.para("7", "The track workers were not warned of the train's approach in sufficient time to reach a position of "
           "safety.")
    d.h2("Causal factors")
    d.para("8", "The planned safe system of work relied on lookout warning at a location where the available sighting "
           "was insufficient (paragraphs 3 and 4).")
    d.para("9", "The COSS did not check the sighting on site before work began, possibly because he was fatigued "
           "(paragraph 5).")
    d.h2("Underlying factor")
    d.para("10", "Network Rail did not learn from earlier close calls at the same location (paragraph 6).")
    d.h1("Previous RAIB recommendations relevant to this investigation")
    d.para("11", "Following its investigation of a near miss at Hatherley Lane in 2018, RAIB made the following "
           "recommendation" + fn2 + ":")
    d.set_left_margin(40)
    d.set_font("LS", "I", 9.5)
    d.multi_cell(0, 5, "'Network Rail should review the arrangements by which sighting distances used in safe system of "
                 "work planning are checked and kept up to date, and implement any changes found necessary.'")
    d.ln(2)
    d.para("12", "ORR reported in 2021 that this recommendation had been implemented. The circumstances at Colbury "
           "show that the arrangements were not effective where infrastructure changed after the last check.")
    d.h1("Recommendations and learning points")
    d.h2("Recommendations")
    d.para("13", "RAIB has made the following recommendations. Those identified in paragraph 14 are addressed to "
           "Network Rail; those in paragraph 15 are addressed to Kestrel Rail Services Ltd.")
    fn3 = d.footnote("Those identified in the recommendations have a general and ongoing obligation to comply with "
                     "health and safety legislation, and need to take these recommendations into account in ensuring "
                     "the safety of their employees and others.")
    recs = [
        ("1", "The intent of this recommendation is to prevent lookout warning being planned where the available "
              "sighting is insufficient.\nNetwork Rail should change its safe system of work planning process so that "
              "sighting distances are verified on site, or from current survey data, whenever infrastructure near the "
              "worksite has changed since the last check (paragraph 8)."),
        ("2", "The intent of this recommendation is to reduce the reliance on unassisted lookouts at junctions with "
              "restricted sighting.\nNetwork Rail should identify locations on the Western route where the sighting "
              "required for lookout warning cannot be achieved, and provide train approach warning equipment or "
              "plan work at those locations only with the line blocked (paragraph 8)."),
        ("3", "The intent of this recommendation is for close calls to be used to identify and remove risks.\nNetwork "
              "Rail should review how close calls relating to lookout sighting are investigated and tracked, so that "
              "repeated reports about the same location are escalated to the route safety team (paragraph 10)."),
        ("4", "The intent of this recommendation is for controllers of site safety to be competent in assessing "
              "sighting.\nKestrel Rail Services Ltd should review its competence assurance of COSSs, including "
              "unannounced site checks, so that COSSs verify the available sighting before work begins (paragraph 9)."),
        ("5", "The intent of this recommendation is to manage fatigue in staff who work consecutive night shifts and "
              "drive to remote sites.\nKestrel Rail Services Ltd should apply its fatigue risk index limits to all "
              "safety-critical staff, including travel time, and carry out a fatigue assessment whenever a limit would "
              "be exceeded (paragraph 9)."),
    ]
    d.para("14", "Recommendations to Network Rail:" + fn3)
    for n, t in recs[:3]:
        d.para(n, t, indent=44, numx=34)
    d.para("15", "Recommendations to Kestrel Rail Services Ltd:")
    for n, t in recs[3:]:
        d.para(n, t, indent=44, numx=34)
    d.h2("Learning points")
    d.para("16", "RAIB has identified the following learning points:")
    d.para("1", "COSSs are reminded that they must check the sighting at the site before starting work with lookout "
           "warning, even when the safe system of work pack states that sighting is adequate.", indent=40)
    d.para("2", "Companies employing track workers are reminded of the importance of including driving time in "
           "fatigue assessments.", indent=44, numx=34)
    d.output(path)


def response(path):
    d = Doc("Office of Rail and Road", "RAIB report 08/2025", cover=False)
    d.add_page()
    d.set_font("LS", "B", 16)
    d.set_text_color(*GREEN)
    d.cell(0, 8, "Office of Rail and Road")
    d.set_text_color(0, 0, 0)
    d.ln(10)
    d.set_font("LS", "", 9)
    d.multi_cell(0, 4.5, "25 Cabot Square, London E14\nDr Alan Fenwick\nChief Inspector of Rail Accidents\nRAIB\n\n"
                 "9 December 2025")
    d.ln(4)
    d.text("Dear Alan,")
    d.text("RAIB Report: Near miss with track workers at Colbury Junction, 14 March 2025", style="B")
    d.text("I write to report on the consideration given and action taken in respect of the recommendations in this "
           "report, published on 24 July 2025.")
    d.text("The annex to this letter provides details of the actions taken in response to four of the recommendations "
           "and the status decided by ORR. Kestrel Rail Services has asked for more time to complete its review of COSS "
           "competence assurance, and I will write to you again once ORR has considered its response to recommendation "
           "4.")
    d.text("We will publish this response on the ORR website on 16 December 2025.")
    d.text("Yours sincerely,\nPriya Lakhani\nDeputy Director, Railway Safety Strategy")
    d.add_page()
    d.h1("Annex A")
    sections = [
        ("Recommendation 1",
         "ORR decision",
         "Network Rail has revised its standard for planning safe systems of work so that a planner must confirm the "
         "sighting against survey data less than twelve months old, or arrange a site visit, where a work order shows "
         "infrastructure changes near the worksite since the last check. The revised standard took effect on 6 "
         "September 2025 and planners on all routes have been briefed.\n"
         "After reviewing the information provided, ORR has concluded that, in accordance with the Railways (Accident "
         "Investigation and Reporting) Regulations 2005, Network Rail has taken the recommendation into consideration "
         "and has taken action to implement it.\nStatus: Implemented. ORR does not propose to take any further action "
         "unless it becomes aware that the information provided has become inaccurate."),
        ("Recommendation 3",
         "ORR decision",
         "Network Rail does not consider that a new escalation process is needed. Its existing close call system "
         "already allows route safety teams to search reports by location, and it has instead issued a briefing to "
         "route safety teams asking them to review location searches each quarter. It will not change the system "
         "itself before the planned replacement in 2028.\n"
         "ORR has concluded that Network Rail has taken the recommendation into consideration and is taking action to "
         "implement it by alternative means. We will review the effect of the quarterly searches at the next route "
         "safety audit.\nStatus: Implementation ongoing."),
        ("Recommendation 5",
         "ORR decision",
         "Kestrel Rail Services has amended its fatigue management procedure so that driving time before and after a "
         "shift is counted in the fatigue risk index for all safety-critical staff, and any shift above the limit now "
         "needs a documented fatigue assessment signed by a manager. The company has rolled out the changes across its "
         "four depots.\n"
         "ORR has concluded that Kestrel Rail Services has taken the recommendation into consideration and has taken "
         "action to implement it.\nStatus: Implemented."),
        ("Recommendation 2",
         "ORR decision",
         "Network Rail has reviewed 214 junctions on the Western route and found 23 where the sighting required for "
         "lookout warning is not available. At 19 of these, work will in future be planned only with the line blocked. "
         "Network Rail does not intend to install train approach warning equipment, which it considers is not "
         "reasonably practicable given the cost; at the remaining four sites it is still considering what to do.\n"
         "ORR has concluded that Network Rail has taken the recommendation into consideration and is taking action to "
         "implement it. ORR will monitor progress at the four remaining sites.\nStatus: Implementation ongoing."),
    ]
    for title, lab, body in sections:
        if d.will_page_break(40):
            d.add_page()
        d.h2(title)
        d.set_font("LS", "B", 10)
        d.set_text_color(*GREEN)
        d.cell(0, 6, lab)
        d.ln(7)
        d.set_text_color(0, 0, 0)
        for part in body.split("\n"):
            d.text(part)
    d.h2("Learning points")
    d.text("ORR has included both learning points in its Rail Safety Bulletin of October 2025, which is sent to all "
           "duty holders and to trade union safety representatives.")
    d.output(path)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    recs = [
        {"number": "1", "starts_with": "The intent of this recommendation is to prevent lookout warning being planned",
         "reply_contains": "survey data less than twelve months old", "verdict": "agrees"},
        {"number": "2", "starts_with": "The intent of this recommendation is to reduce the reliance",
         "reply_contains": "does not intend to install train approach warning equipment", "verdict": "partly"},
        {"number": "3", "starts_with": "The intent of this recommendation is for close calls to be used",
         "reply_contains": "does not consider that a new escalation process is needed", "verdict": "partly",
         "also": ["disagrees"]},
        {"number": "4", "starts_with": "The intent of this recommendation is for controllers of site safety",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "5", "starts_with": "The intent of this recommendation is to manage fatigue in staff",
         "reply_contains": "driving time before and after a shift is counted", "verdict": "agrees"},
    ]
    unmatched = ["included both learning points in its Rail Safety Bulletin"]
    notes = ("Rail Accident Investigation Branch report (fpdf2, A4, green cover band, running header 'Report 08/2025 | "
             "Colbury Junction', paragraph numbers 1-16 in a margin column, footnotes at the page foot, page numbers) "
             "and the Office of Rail and Road's letter to RAIB with an annex. Advice: 'Summary of conclusions' "
             "paragraphs 7-10 (immediate cause, causal factors, underlying factor) are findings; paragraph 11 quotes a "
             "recommendation of an earlier RAIB report (trap); recommendations numbered 1-5 with their own numbers "
             "inside paragraphs 14 (Network Rail) and 15 (Kestrel Rail Services), each opening 'The intent of this "
             "recommendation is ...' followed by the 'X should ...' sentence and a '(paragraph N)' cross-reference; the "
             "learning points are numbered 1-2 again and are not recommendations. Response: covering letter says ORR "
             "will report on recommendation 4 later (4 unanswered, only mentioned); annex headings 'Recommendation N' in "
             "the order 1, 3, 5, 2, no quotations, each with an 'ORR decision' label, a paraphrase of the implementer's "
             "action and ORR's formula ('has taken the recommendation into consideration and has taken action to "
             "implement it' / 'is taking action to implement it by alternative means') and 'Status: ...'. 1 and 5 "
             "implemented (agrees); 3 Network Rail declines the proposed process and substitutes quarterly searches "
             "(partly, or disagrees); 2 line blockages at 19 sites but no warning equipment (partly). 'Learning points' "
             "in the annex answers no recommendation (unmatched).")
    H.write_expected(NAME, recs, unmatched, notes)
    errs = H.check(NAME)
    print(NAME, "OK" if not errs else errs)


if __name__ == "__main__":
    main()
