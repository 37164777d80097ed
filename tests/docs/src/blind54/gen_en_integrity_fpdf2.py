"""Round 54 (EN): a Canadian (Ontario-style) municipal integrity commissioner's report on a Code of Conduct
complaint against a councillor of the invented Town of Port Ashby, answered by the MINUTES of the regular meeting of
Council (resolutions, an amendment with a recorded vote, a referral, a resolution adopting one recommendation and
rejecting another, an apology read into the record). Recommendations: numbered 1-7 under 'Recommendations', 'It is
recommended that:' followed by 'That Council ...' items. Traps: the summary paraphrasing the penalty recommended,
the Code sections quoted with 'shall', the penalties of section 223.4(5) of the Municipal Act, 2001 as a numbered
list 1.-2., 'should have' in the analysis, the 2024 report's recommendation quoted, the complaint chronology table.
fpdf2, US Letter, cleaned Liberation fonts, header() and footer(). All content is invented.

Run:  /tmp/blind54en/bin/python tests/docs/src/blind54/gen_en_integrity_fpdf2.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b54en as H
from fpdf import FPDF

NAME = "blind54_en_integrity"

RECS = [
    "That Council reprimand Councillor Rennick for his contravention of sections 7.2 and 11.1 of the Code of "
    "Conduct.",
    "That Council suspend the remuneration paid to Councillor Rennick in respect of his services as a member of "
    "Council for a period of 30 days.",
    "That Council request Councillor Rennick to apologize in writing to the Director of Public Works, and that the "
    "apology be filed with the Clerk before the next regular meeting of Council.",
    "That Council remove Councillor Rennick from the Public Works and Infrastructure Committee for the remainder of "
    "the current term of Council.",
    "That Council direct the Clerk to bring forward, within 90 days, amendments to the Council-Staff Relations "
    "Policy that set out how members may raise concerns about the performance of staff.",
    "That Council require all members of Council to complete refresher training on the Code of Conduct by March "
    "31, 2027.",
    "That Council direct staff to report back by June 2027 on a protocol for members' communications with staff by "
    "personal email and text message.",
]


class Doc(FPDF):
    def __init__(self, head, foot):
        super().__init__(format="letter", unit="mm")
        for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
            self.add_font("LS", st, H.clean_font("LiberationSans-%s.ttf" % f))
            self.add_font("LSer", st, H.clean_font("LiberationSerif-%s.ttf" % f))
        self.head, self.foot = head, foot
        self.set_margins(25, 22, 25)
        self.set_auto_page_break(True, 20)

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("LS", "", 7.8)
        self.set_text_color(80, 80, 80)
        self.set_y(11)
        self.cell(0, 4, self.head, new_x="LMARGIN", new_y="NEXT")
        self.line(25, 15.5, self.w - 25, 15.5)
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        self.set_y(-14)
        self.set_font("LS", "", 7.8)
        self.set_text_color(80, 80, 80)
        self.cell(0, 4, self.foot, align="L")
        self.set_x(25)
        self.cell(0, 4, "Page %d of {nb}" % self.page_no(), align="R")
        self.set_text_color(0, 0, 0)

    def hd(self, t, size=11, space=3):
        self.ln(space)
        self.set_font("LS", "B", size)
        self.multi_cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def p(self, t, font="LSer", style="", size=10.5, indent=0, lh=5.2):
        self.set_font(font, style, size)
        self.set_x(25 + indent)
        self.multi_cell(self.w - 50 - indent, lh, t, new_x="LMARGIN", new_y="NEXT", markdown=True)
        self.ln(1.6)

    def item(self, label, t, indent=8, font="LSer", size=10.5):
        self.set_font(font, "", size)
        y = self.get_y()
        self.set_x(25 + indent - 7)
        self.cell(7, 5.2, label)
        self.set_xy(25 + indent, y)
        self.multi_cell(self.w - 50 - indent, 5.2, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.4)


def advice(path):
    d = Doc("Integrity Commissioner Report IC-2026-07  |  Town of Port Ashby", "Halloran Bisset Integrity Services")
    d.alias_nb_pages()
    d.add_page()
    d.set_font("LS", "B", 13)
    d.set_text_color(30, 60, 90)
    d.cell(0, 6, "HALLORAN BISSET", new_x="LMARGIN", new_y="NEXT")
    d.set_font("LS", "", 8.5)
    d.cell(0, 4.5, "INTEGRITY SERVICES  |  Integrity Commissioner for the Town of Port Ashby", new_x="LMARGIN",
           new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(6)
    d.set_font("LS", "B", 14)
    d.multi_cell(0, 7, "Report on Code of Conduct Complaint: Councillor Dale Rennick", new_x="LMARGIN",
                 new_y="NEXT")
    d.ln(2)
    d.set_font("LS", "", 9.5)
    for a, b in (("To:", "Mayor and Members of Council, Town of Port Ashby"), ("From:", "Grace Bisset, Integrity "
                 "Commissioner"), ("File:", "IC-2026-07"), ("Date:", "October 30, 2026"),
                 ("Meeting:", "Regular Meeting of Council, November 17, 2026")):
        d.set_font("LS", "B", 9.5)
        d.cell(22, 5, a)
        d.set_font("LS", "", 9.5)
        d.cell(0, 5, b, new_x="LMARGIN", new_y="NEXT")
    d.hd("Summary")
    d.p("This report concerns a complaint that Councillor Rennick publicly criticized and attempted to direct a "
        "member of staff. I have found that the Councillor contravened sections 7.2 and 11.1 of the Code of Conduct. "
        "In my view a reprimand and a suspension of remuneration are warranted, together with remedial measures and "
        "changes to the Town's policies, as set out at the end of this report.")
    d.hd("Background")
    d.p("On May 21, 2026, the Chief Administrative Officer filed a complaint under the Town's Code of Conduct "
        "Complaint Protocol. The complaint alleged that Councillor Rennick, on a local radio program and in a series "
        "of emails, accused the Director of Public Works of 'deliberately sabotaging' the Harbour Road "
        "reconstruction and instructed public works staff to change the order of road repairs in Ward 3.")
    d.set_font("LS", "B", 9)
    widths = (38, 122)
    rows = [("Date", "Event"), ("May 4-12, 2026", "Six emails from Councillor Rennick to public works "
            "supervisors"), ("May 15, 2026", "Interview on CKPA 98.1 'Morning Harbour'"),
            ("May 21, 2026", "Complaint filed by the CAO"), ("July 8, 2026", "Interview with Councillor Rennick"),
            ("September 29, 2026", "Preliminary findings provided to the Councillor")]
    for i, r in enumerate(rows):
        d.set_font("LS", "B" if i == 0 else "", 9)
        d.set_fill_color(225, 232, 240)
        for w, x in zip(widths, r):
            d.cell(w, 6, x, border=1, fill=(i == 0))
        d.ln(6)
    d.ln(3)
    d.hd("Relevant provisions of the Code of Conduct")
    d.p("Section 7.2 of the Code provides that members shall not publicly criticize individual members of staff in a "
        "way that casts aspersions on their professional competence or credibility. Section 11.1 provides that "
        "members shall not direct or attempt to direct staff, and shall route any concerns about staff through the "
        "Chief Administrative Officer.", indent=8, style="I")
    d.hd("Findings and analysis")
    d.p("I find that the statements made on May 15 were directed at an identifiable employee and went beyond "
        "legitimate criticism of a project. The Councillor told me that he was frustrated by delays. That is "
        "understandable, but Councillor Rennick should have raised his concerns with the CAO, as the Code requires, "
        "rather than on the radio. The emails of May 4-12 contained specific instructions to staff and were an "
        "attempt to direct staff contrary to section 11.1.")
    d.p("This is not the first complaint of its kind. In Report IC-2024-03 I recommended that Council 'adopt a "
        "protocol for members' use of social media when commenting on staff'. Council adopted that protocol in "
        "March 2025, but it does not deal with email or text messages, nor with how members should raise concerns "
        "about performance.")
    d.hd("Penalties and remedial measures")
    d.p("Subsection 223.4(5) of the Municipal Act, 2001 authorizes Council to impose either of the following "
        "penalties if the Commissioner reports that a member has contravened the Code:")
    d.item("1.", "A reprimand.", indent=14)
    d.item("2.", "Suspension of the remuneration paid to the member in respect of his or her services as a member "
           "of council for a period of up to 90 days.", indent=14)
    d.p("Council may also impose remedial measures, such as a request for an apology or removal from a committee, "
        "which are not penalties. In deciding what to recommend I have taken into account that the Councillor "
        "partly acknowledged his conduct at interview, but also that the Director was personally affected.")
    d.hd("Recommendations")
    d.p("It is recommended that:")
    for i, r in enumerate(RECS, 1):
        d.item("%d." % i, r)
    d.ln(3)
    d.p("Respectfully submitted,")
    d.p("Grace Bisset, LL.B.\nIntegrity Commissioner, Town of Port Ashby", font="LS", size=9.5)
    d.output(path)


def response(path):
    d = Doc("Council Minutes  |  Regular Meeting  |  November 17, 2026", "Town of Port Ashby  |  Clerk's Department")
    d.alias_nb_pages()
    d.add_page()
    d.set_font("LS", "B", 12)
    d.cell(0, 6, "THE CORPORATION OF THE TOWN OF PORT ASHBY", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("LS", "B", 11)
    d.cell(0, 6, "REGULAR MEETING OF COUNCIL - MINUTES", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("LS", "", 9.5)
    d.cell(0, 5, "Tuesday, November 17, 2026, 6:00 p.m., Council Chambers, 40 Harbour Street", align="C",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    f = dict(font="LS", size=9.6, lh=4.8)
    d.p("**Present:** Mayor Lise Thibodeau; Deputy Mayor Arun Chaudhry; Councillors Mark Halloway, Dale Rennick, "
        "Sophie Vander Kolk, Joanne Whitcombe, Terry Ouellette", **f)
    d.p("**Staff:** Paul Lindqvist, CAO; Karen Moffat, Clerk; Grace Bisset, Integrity Commissioner", **f)
    d.hd("1. Call to Order", size=10)
    d.p("Mayor Thibodeau called the meeting to order at 6:00 p.m.", **f)
    d.hd("2. Disclosure of Pecuniary Interest", size=10)
    d.p("Councillor Rennick declared an interest in Item 9.1 as it concerns his own conduct, and did not take part "
        "in the discussion or vote on that item.", **f)
    d.hd("3. Adoption of Minutes", size=10)
    d.p("**Resolution 2026-301** Moved by Councillor Whitcombe, seconded by Councillor Ouellette: THAT the minutes "
        "of the regular meeting of Council held on October 27, 2026 be adopted as circulated. CARRIED", **f)
    d.hd("9.1 Integrity Commissioner Report IC-2026-07", size=10)
    d.p("The Integrity Commissioner presented her report and answered questions of Council.", **f)
    d.p("**Resolution 2026-305** Moved by Deputy Mayor Chaudhry, seconded by Councillor Vander Kolk: THAT Council "
        "receive Report IC-2026-07 of the Integrity Commissioner; AND THAT every member of Council complete a "
        "refresher session on the Code of Conduct, to be delivered by the Integrity Commissioner, before March 31, "
        "2027. CARRIED", **f)
    d.p("**Resolution 2026-306** Moved by Councillor Vander Kolk, seconded by Councillor Whitcombe: THAT Council "
        "suspend the remuneration paid to Councillor Rennick for a period of 30 days.", **f)
    d.p("**Amendment 2026-307** Moved by Councillor Halloway, seconded by Councillor Ouellette: THAT Resolution "
        "2026-306 be amended by deleting '30 days' and substituting '15 days'. Recorded vote: Yeas: Halloway, "
        "Ouellette, Thibodeau, Whitcombe (4); Nays: Chaudhry, Vander Kolk (2). CARRIED", **f)
    d.p("Resolution 2026-306, as amended, was put to the vote. CARRIED", **f)
    d.p("**Resolution 2026-308** Moved by Mayor Thibodeau, seconded by Councillor Halloway: THAT Council hereby "
        "reprimands Councillor Rennick for the conduct described in Report IC-2026-07; AND THAT Council not remove "
        "Councillor Rennick from the Public Works and Infrastructure Committee, having regard to his apology. "
        "CARRIED", **f)
    d.p("**Resolution 2026-309** Moved by Councillor Whitcombe, seconded by Deputy Mayor Chaudhry: THAT the "
        "recommendation respecting the Council-Staff Relations Policy be referred to the Governance and Priorities "
        "Committee for consideration in the 2027 policy review. CARRIED", **f)
    d.p("Councillor Rennick returned to the Chamber. At the invitation of the Mayor he read into the record his "
        "written apology to the Director of Public Works, Ms Angela Leung, which was provided to the Clerk on "
        "November 12, 2026 and is attached to these minutes.", **f)
    d.hd("10. By-laws", size=10)
    d.p("**Resolution 2026-310** Moved by Councillor Ouellette, seconded by Councillor Halloway: THAT By-law "
        "2026-88, being a by-law to confirm the proceedings of Council at this meeting, be read a first, second "
        "and third time and finally passed. CARRIED", **f)
    d.hd("11. Adjournment", size=10)
    d.p("The meeting adjourned at 8:42 p.m.", **f)
    d.ln(6)
    d.p("_______________________  Mayor                    _______________________  Clerk", **f)
    d.output(path)


NOTES = ("Ontario-style municipal Integrity Commissioner's report on a Code of Conduct complaint (file IC-2026-07) "
         "against a councillor of the invented Town of Port Ashby, answered by the MINUTES of the regular meeting "
         "of Council of November 17, 2026. Recommendations: seven numbered items 1-7 after 'It is recommended that:', "
         "each 'That Council ...'. Traps: the summary paraphrasing the penalties, the complaint chronology table, "
         "Code sections 7.2 and 11.1 quoted ('members shall'), 'should have raised his concerns', the 2024 report's "
         "recommendation quoted, the numbered list 1.-2. of penalties under s. 223.4(5) of the Municipal Act, 2001. "
         "Minutes order: 6, 2, 1+4, 5, 3. Key: 6 refresher session before March 31, 2027 (agrees); 2 suspension "
         "amended from 30 to 15 days (partly); one resolution: 1 reprimand (agrees) + 4 'not remove Councillor "
         "Rennick' from the committee (disagrees); 5 referred to the Governance and Priorities Committee (noted); "
         "3 written apology read into the record and provided to the Clerk (agrees); 7 email/text protocol "
         "unanswered. Unmatched: adoption of the October 27 minutes, the confirming by-law 2026-88 (also "
         "attendance, disclosure of interest and adjournment).")


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda i: " ".join(RECS[i].split()[:10])
    recs = [
        {"number": "1", "starts_with": sw(0),
         "reply_contains": "hereby reprimands Councillor Rennick for the conduct described", "verdict": "agrees"},
        {"number": "2", "starts_with": sw(1),
         "reply_contains": "deleting '30 days' and substituting '15 days'", "verdict": "partly"},
        {"number": "3", "starts_with": sw(2),
         "reply_contains": "he read into the record his written apology", "verdict": "agrees"},
        {"number": "4", "starts_with": sw(3),
         "reply_contains": "AND THAT Council not remove Councillor Rennick from", "verdict": "disagrees"},
        {"number": "5", "starts_with": sw(4),
         "reply_contains": "referred to the Governance and Priorities Committee for consideration", "verdict": "noted"},
        {"number": "6", "starts_with": sw(5),
         "reply_contains": "complete a refresher session on the Code of Conduct", "verdict": "agrees"},
        {"number": "7", "starts_with": sw(6), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, ["regular meeting of Council held on October 27, 2026 be adopted",
                                  "being a by-law to confirm the proceedings of Council"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b54en.py"), NAME)) and 1)
