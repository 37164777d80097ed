"""Round 91 (EN): a US city's PUBLIC ART COMMISSION REVIEW OF THE PERCENT FOR ART PROGRAM (recommendations as bold
LABELLED 'Recommendation N' call-out boxes inside the chapters) answered by the CITY MANAGER'S COUNCIL INFORMATION
MEMO, replying by subject headings WITHOUT numbers. fpdf2, US Letter, cleaned DejaVu, fixed creation date; coloured
top band on page 1, running header from page 2 and 'Page N of M'. Bodies, people and figures invented.
Run:  /tmp/blind91en/bin/python tests/docs/src/blind91/gen_en_public_art_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b91en as H
from fpdf import FPDF

NAME = "blind91_en_public_art"
WHEN = datetime.datetime(2026, 10, 1, 9, 0, tzinfo=datetime.timezone.utc)
RUST = (150, 62, 30)


class Doc(FPDF):
    head = ""
    def header(self):
        if self.page_no() == 1:
            self.set_fill_color(*RUST); self.rect(0, 0, 216, 10, "F")
        elif self.head:
            self.set_font("DV", "", 7.5); self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.head, new_x="LMARGIN", new_y="NEXT"); self.ln(3); self.set_text_color(0, 0, 0)
    def footer(self):
        self.set_y(-14); self.set_font("DV", "", 7.5); self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C"); self.set_text_color(0, 0, 0)


def new(head):
    d = Doc(format="Letter"); d.head = head
    d.set_creation_date(WHEN); d.set_margins(22, 18, 22); d.set_auto_page_break(True, 20)
    d.add_font("DV", "", H.clean_font("DejaVuSans.ttf")); d.add_font("DV", "B", H.clean_font("DejaVuSans-Bold.ttf"))
    d.add_font("DV", "I", H.clean_font("DejaVuSans-Oblique.ttf"))
    d.add_page(); return d


def para(d, t, size=9.6, style=""):
    d.set_font("DV", style, size); d.multi_cell(0, 5.1, t, markdown=True, new_x="LMARGIN", new_y="NEXT"); d.ln(2)


def head(d, t, size=11.5):
    d.ln(1); d.set_font("DV", "B", size); d.set_text_color(*RUST)
    d.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT"); d.set_text_color(0, 0, 0); d.ln(1)


def rec(d, n, t):
    d.set_fill_color(246, 234, 226); d.set_draw_color(*RUST); d.set_line_width(0.4)
    d.set_font("DV", "B", 9.6)
    d.multi_cell(0, 5.4, f"Recommendation {n}", border="LTR", fill=True, padding=(2, 3, 0, 3),
                 new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 9.6)
    d.multi_cell(0, 5.1, t, border="LBR", fill=True, padding=(1, 3, 2, 3), new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def advice():
    d = new("City of Harlow Springs Public Art Commission  |  Review of the Percent for Art Program  |  April 2026")
    d.ln(4); d.set_font("DV", "B", 8); d.set_text_color(*RUST)
    d.cell(0, 5, "CITY OF HARLOW SPRINGS PUBLIC ART COMMISSION", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "B", 17)
    d.multi_cell(0, 8, "Art in Public Places at Twenty: A Review of the Percent for Art Program", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0); d.set_font("DV", "", 8.8)
    d.cell(0, 6, "Report and recommendations to the Mayor and City Council  |  Adopted by the Commission April 8, 2026",
           new_x="LMARGIN", new_y="NEXT"); d.ln(3)
    head(d, "1. Why we undertook this review")
    para(d, "The Percent for Art Ordinance (Harlow Springs Municipal Code Chapter 3.48) was adopted in 2006. It provides "
            "that one percent of the construction budget of each eligible city building project must be deposited in "
            "the Public Art Fund. Twenty years on, the City owns 214 works valued at about $6.8 million. The Commission "
            "reviewed the program at the request of Council Member Delgado (Council minutes, October 14, 2025, Item 9) "
            "and held three public listening sessions, an artists' survey (163 responses) and interviews with eleven "
            "city departments.")
    para(d, "The City's 2015 Cultural Plan said that \u201cthe City should commission at least one major work in every "
            "council district.\u201d That goal has been met in five of the seven districts. This report does not "
            "revisit it.")
    head(d, "2. What the fund pays for")
    para(d, "**Finding:** Only building projects trigger the ordinance. Between 2016 and 2025 the City spent $412 million "
            "on streets, bridges and water facilities, none of which produced a contribution to the fund.")
    rec(d, 1, "Apply the one percent for art requirement to all eligible capital projects, including utility and "
              "transportation projects above $500,000.")
    para(d, "**Finding:** The ordinance allows no more than fifteen percent of the fund to be spent on administration, "
            "and is silent on maintenance. A condition survey in 2025 rated 31 works as poor, including the mosaic "
            "benches on Juniper Avenue.")
    rec(d, 2, "Set aside at least ten percent of each year's public art fund for the conservation and maintenance of "
              "the existing collection.")
    head(d, "3. Running the program")
    para(d, "The program is run by one Cultural Affairs Specialist who also staffs the Commission, the arts grants "
            "program and the summer festival. Artists told us that project managers should be given clearer "
            "guidance early in the design process, and several departments agreed.")
    rec(d, 3, "Create a full-time Public Art Program Manager position within the Office of Arts and Culture.")
    para(d, "**Finding:** The City has no written rules for removing or relocating works. Under the Visual Artists "
            "Rights Act of 1990 the City must, in some cases, give an artist 90 days' notice before a work is removed, "
            "and two removals in 2023 were handled without legal advice.")
    rec(d, 4, "Adopt a deaccessioning policy that sets out how works are reviewed, relocated or removed from the "
              "collection.")
    head(d, "4. Artists and the public")
    para(d, "**Finding:** Of the 38 commissions awarded since 2016, 11 went to artists based within 100 miles of the "
            "city. Local artists said that the calls favour studios with large-project experience.")
    rec(d, 5, "Require that at least half of all commissions each year go to artists living or working in the "
              "Harlow Valley region.")
    para(d, "**Finding:** Residents at all three listening sessions said they did not know where the works are. The "
            "collection list on the City's website is a 2017 spreadsheet.")
    rec(d, 6, "Publish an online map and catalogue of the City's public art collection, updated each time a work "
              "is added or removed.")
    para(d, "**Finding:** Three of the City's bronze works need specialist treatment, and staff found it hard to identify "
            "qualified conservators in the state.")
    rec(d, 7, "Ask the State Arts Council to establish a statewide registry of qualified public art conservators.")
    head(d, "5. Next steps")
    para(d, "Recommendations 1 and 5 would require amendments to Chapter 3.48 and should be referred to the Finance and "
            "Governance Committee. The Commission asks the City Manager to report back to Council within 120 days. "
            "The Commission thanks the many residents and artists who took part.")
    para(d, "Sofia Anand, Chair, on behalf of the Public Art Commission", size=8.8, style="I")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = new("City of Harlow Springs  |  Council Information Memo CIM 2026-41")
    d.ln(4); d.set_font("DV", "B", 15); d.set_text_color(*RUST)
    d.cell(0, 8, "CITY OF HARLOW SPRINGS", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "B", 11); d.cell(0, 6, "Council Information Memo CIM 2026-41", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0); d.ln(2)
    for k, v in (("TO", "Mayor and City Council"), ("FROM", "Marcus Obi, City Manager"), ("DATE", "August 4, 2026"),
                 ("SUBJECT", "Response to the Public Art Commission's review of the Percent for Art Program")):
        d.set_font("DV", "B", 9.2); d.cell(26, 5.4, k + ":"); d.set_font("DV", "", 9.2)
        d.multi_cell(0, 5.4, v, new_x="LMARGIN", new_y="NEXT")
    d.set_draw_color(*RUST); d.line(22, d.get_y() + 2, 194, d.get_y() + 2); d.ln(5)
    head(d, "Purpose", 10.5)
    para(d, "This memo provides the staff response requested by Council when it received the Commission's report "
            "\u201cArt in Public Places at Twenty\u201d on April 28, 2026. No action is required of Council at this time.")
    head(d, "Conservation funding", 10.5)
    para(d, "Staff agree that the collection needs regular care. The FY2027 budget adopted on June 16 already "
            "reserves ten percent of the Public Art Fund for conservation, and the Juniper Avenue benches will be "
            "restored this fall.")
    head(d, "Staffing", 10.5)
    para(d, "While staff appreciate the Commission's concern about workload, the City Manager does not recommend "
            "adding a new full-time position given the hiring freeze that remains in place through FY2027. The "
            "Cultural Affairs Specialist will instead be relieved of festival logistics, which move to Parks and "
            "Recreation.")
    head(d, "Collection policy and local artists", 10.5)
    para(d, "A deaccessioning and relocation policy, drafted with the City Attorney's Office, will be presented "
            "to Council for adoption on September 22. On the question of local artists, staff support the aim but "
            "believe a fixed quota could limit competition; we propose instead a goal that one third of commissions "
            "go to regional artists, with a mentoring track for first-time applicants.")
    head(d, "Conservator registry", 10.5)
    para(d, "The Commission's suggestion about conservators is a matter for the State Arts Council. Staff will "
            "share the report with the State Arts Council and raise the idea at the next regional arts managers' "
            "meeting.")
    head(d, "Scope of the ordinance", 10.5)
    para(d, "Staff recommend extending the ordinance to transportation projects over $500,000, beginning with the "
            "FY2028 capital program. Water and sewer projects are funded by ratepayers, and the City Attorney has "
            "advised that rate revenue should not be used for public art, so utility projects would remain "
            "outside the ordinance.")
    head(d, "Other matters: Riverfront Arts Festival", 10.5)
    para(d, "Council Members have also asked about this year's Riverfront Arts Festival. Attendance over the two "
            "days was about 41,000, and the final event budget will be reported in October.")
    head(d, "Next steps", 10.5)
    para(d, "Staff will bring the draft ordinance amendment and the collection policy to the Finance and "
            "Governance Committee this fall. Please contact Lena Ruiz, Director of Arts and Culture, with any "
            "questions.")
    d.output(H.out(NAME + "_response.pdf"))


EXP = [
    dict(number=1, starts_with="Apply the one percent for art requirement to all eligible capital projects",
         reply_contains="so utility projects would remain outside the ordinance", verdict="partly"),
    dict(number=2, starts_with="Set aside at least ten percent of each year's public art fund",
         reply_contains="already reserves ten percent of the Public Art Fund for conservation", verdict="agrees"),
    dict(number=3, starts_with="Create a full-time Public Art Program Manager position",
         reply_contains="does not recommend adding a new full-time position", verdict="disagrees"),
    dict(number=4, starts_with="Adopt a deaccessioning policy that sets out how works are reviewed",
         reply_contains="will be presented to Council for adoption on September 22", verdict="agrees"),
    dict(number=5, starts_with="Require that at least half of all commissions each year go",
         reply_contains="a goal that one third of commissions go to regional artists", verdict="partly"),
    dict(number=6, starts_with="Publish an online map and catalogue of the City's public art collection",
         reply_contains=None, verdict="unanswered"),
    dict(number=7, starts_with="Ask the State Arts Council to establish a statewide registry",
         reply_contains="raise the idea at the next regional arts managers' meeting", verdict="noted"),
]
UNMATCHED = ["This memo provides the staff response requested by Council",
             "Attendance over the two days was about 41,000",
             "Please contact Lena Ruiz, Director of Arts and Culture"]
NOTES = ("Advice: US city Public Art Commission's review of the Percent for Art Program, fpdf2, US Letter; recommendations "
         "as LABELLED call-out boxes 'Recommendation 1'..'Recommendation 7' between bold 'Finding:' paragraphs in the "
         "chapters. Traps: Municipal Code Chapter 3.48 ('must be deposited'), Council minutes Item 9, the 2015 Cultural "
         "Plan's 'the City should commission' quoted, 'project managers should be given clearer guidance', Visual Artists "
         "Rights Act 'the City must ... give 90 days' notice', 'Recommendations 1 and 5 ... should be referred', 120 days. "
         "Response: City Manager's Council Information Memo with subject headings and NO numbers, order 2, 3, 4+5, 7, 1. "
         "ONE section 'Collection policy and local artists' = policy to Council Sept 22 (4 agrees) + one-third goal "
         "instead of half (5 partly). Staffing refused (3 disagrees); registry a matter for the State Arts Council, will "
         "share and raise (7 noted); transportation yes, utilities no (1 partly). 6 (online map) unanswered. Purpose, "
         "Riverfront Arts Festival, Next steps (nothing).")

if __name__ == "__main__":
    advice(); response()
    H.write_expected(NAME, EXP, UNMATCHED, NOTES)
    sys.exit(H.main([NAME]))
