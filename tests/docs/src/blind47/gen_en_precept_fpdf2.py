"""Round 47 (EN): an English Police and Crime Panel's report on the Police and Crime Commissioner's proposed precept
(Schedule 5 to the Police Reform and Social Responsibility Act 2011) for the invented Severnmouth police area:
panel masthead, report details, statutory background ('the Panel must review'), the proposal with a precept table,
the Panel's decision not to veto, a discussion in numbered paragraphs 4.1-4.9 in which each recommendation is a
bold sentence ending with a tag '(Recommendation N)', traps (last year's recommendation quoted, the Chief Constable's
savings plan, questions asked at the meeting, 'the Panel should receive'), and Appendix A 'Summary of
recommendations' in short form; answered by the Commissioner's letter to the Panel Chair (letterhead, ref, subject
line, replies grouped by theme in another order, one paragraph covering two recommendations with different
positions, one recommendation not mentioned, a paragraph confirming the precept). fpdf2, A4, cleaned Liberation
Sans / Serif, running header and 'Page N of {nb}'. All content (panel, commissioner, force, people, figures) is
invented; the statute is real, but what is said about it is not to be relied on.

Run:  /tmp/blind47en/bin/python tests/docs/src/blind47/gen_en_precept_fpdf2.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b47en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind47_en_precept"
PURPLE = (72, 38, 110)
PALE = (236, 230, 244)

R = {1: "The Panel recommends that the Commissioner publishes a reserves strategy alongside the final budget, "
        "showing the planned use of the £9.6 million budget resilience reserve over the next four years.",
     2: "The Commissioner should ask the Chief Constable to report to the Panel each quarter on the "
        "performance of the 101 non-emergency service, including average answer times.",
     3: "The Panel recommends that the Commissioner reconsiders the proposed reduction of £0.4 million in the "
        "grant to the Severnmouth Victim and Witness Hub.",
     4: "The Panel asks the Commissioner to set out, by July 2027, how the 40 additional neighbourhood officers "
        "funded by the precept will be distributed between rural and urban areas.",
     5: "Future precept consultations should ask residents what level of increase they would support, rather "
        "than offering a choice between two fixed options.",
     6: "The Commissioner should work with the Fire and Rescue Authority to identify savings from sharing the "
        "Hallow Street estate, and report the outcome to the Panel.",
     7: "The Panel recommends that the Commissioner presses the Home Office to complete the review of the police "
        "funding formula before the 2028/29 settlement."}


class Doc(FPDF):
    def __init__(self, head, serif=False):
        super().__init__(orientation="P", format="A4")
        self.head = head
        for fam, base in (("LS", "LiberationSans"), ("LR", "LiberationSerif")):
            for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic")):
                self.add_font(fam, st, H.clean_font("%s-%s.ttf" % (base, f)))
        self.fam = "LR" if serif else "LS"
        self.set_margins(22, 20, 22)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages()

    def multi_cell(self, *a, **k):
        k.setdefault("new_x", "LMARGIN")
        k.setdefault("new_y", "NEXT")
        k.setdefault("align", "L")
        return super().multi_cell(*a, **k)

    def header(self):
        if self.page_no() == 1 or not self.head:
            return
        self.set_font("LS", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(22, 10)
        self.cell(0, 5, self.head)
        self.set_draw_color(*PURPLE)
        self.line(22, 15.5, self.w - 22, 15.5)
        self.set_text_color(0, 0, 0)
        self.set_y(21)

    def footer(self):
        self.set_y(-14)
        self.set_font("LS", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Page %d of {nb}" % self.page_no(), align="C")
        self.set_text_color(0, 0, 0)

    def p(self, t, size=10.5, style="", h=5.2, markdown=False):
        self.set_font(self.fam, style, size)
        self.multi_cell(0, h, t, markdown=markdown)
        self.ln(2)

    def np(self, n, t, markdown=True):
        self.set_font(self.fam, "", 10.5)
        if self.get_y() + 11 > self.page_break_trigger:
            self.add_page()
        y = self.get_y()
        self.cell(12, 5.2, n)
        self.set_xy(self.l_margin + 12, y)
        self.multi_cell(self.w - self.l_margin - self.r_margin - 12, 5.2, t, markdown=markdown)
        self.ln(2)

    def hd(self, t, size=12.5):
        self.ln(1.5)
        self.set_font("LS", "B", size)
        self.set_text_color(*PURPLE)
        self.multi_cell(0, 6.5, t)
        self.set_text_color(0, 0, 0)
        self.ln(1)


def rec(k):
    return "**%s** (Recommendation %d)" % (R[k], k)


def advice(path):
    pdf = Doc("Severnmouth Police and Crime Panel - Report on the proposed precept 2027/28")
    pdf.add_page()
    pdf.set_fill_color(*PURPLE)
    pdf.rect(0, 0, pdf.w, 30, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(22, 9)
    pdf.set_font("LS", "B", 17)
    pdf.cell(0, 8, "Severnmouth Police and Crime Panel", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(22)
    pdf.set_font("LS", "", 9.5)
    pdf.cell(0, 5, "Scrutinising the Police and Crime Commissioner for Severnmouth", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(38)
    pdf.set_font("LS", "B", 15)
    pdf.multi_cell(0, 7.5, "Report of the Police and Crime Panel on the Commissioner's proposed precept for 2027/28")
    pdf.ln(3)
    pdf.set_font("LS", "", 9.5)
    with pdf.table(col_widths=(48, 118), text_align="LEFT", line_height=5.5, first_row_as_headings=False) as t:
        for a, b in (("To", "Alison Threlkeld, Police and Crime Commissioner for Severnmouth"),
                     ("From", "Councillor Martin Farrow, Chair of the Severnmouth Police and Crime Panel"),
                     ("Meeting", "Police and Crime Panel, 2 February 2027, Shire Hall, Severnmouth"),
                     ("Report issued", "5 February 2027"),
                     ("Contact", "Rhiannon Doyle, Panel Scrutiny Officer, pcp@severnmouth.gov.uk")):
            r = t.row()
            r.cell(a, style=FontFace(emphasis="BOLD", fill_color=PALE))
            r.cell(b)
    pdf.ln(4)
    pdf.hd("1. Purpose and background")
    pdf.np("1.1", "Under paragraph 3 of Schedule 5 to the Police Reform and Social Responsibility Act 2011, the "
                  "Commissioner must notify the Panel of the precept she proposes to issue, and the Panel must "
                  "review the proposed precept and make a report to the Commissioner. The report may include "
                  "recommendations, including recommendations as to the precept that should be issued for the "
                  "financial year.")
    pdf.np("1.2", "The Commissioner must have regard to the report, give the Panel a response to it and publish that "
                  "response. If the Panel vetoes the proposed precept, the Commissioner must not issue it, and the "
                  "procedure in paragraphs 5 to 10 of Schedule 5 applies.")
    pdf.hd("2. The proposal")
    pdf.np("2.1", "The Commissioner notified the Panel on 22 January 2027 that she proposes a Band D police precept "
                  "of £318.44 for 2027/28, an increase of £14.00 (4.6 per cent) on 2026/27. Table 1 summarises the "
                  "figures presented to the Panel by the Chief Finance Officer.")
    pdf.set_font("LS", "B", 9.5)
    pdf.cell(0, 6, "Table 1 Proposed precept and revenue budget 2027/28", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LS", "", 9.5)
    with pdf.table(col_widths=(90, 38, 38), text_align=("LEFT", "RIGHT", "RIGHT"), line_height=5.5,
                   headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=PURPLE)) as t:
        for row in (("", "2026/27", "2027/28"),
                    ("Band D precept", "£304.44", "£318.44"),
                    ("Council tax base (Band D equivalents)", "409,640", "412,880"),
                    ("Precept income", "£124.7m", "£131.5m"),
                    ("Central government grants", "£188.2m", "£193.9m"),
                    ("Net revenue budget", "£312.9m", "£325.4m"),
                    ("Savings required (Chief Constable's plan)", "£3.1m", "£4.2m"),
                    ("Budget resilience reserve at 31 March", "£11.8m", "£9.6m")):
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.ln(4)
    pdf.np("2.2", "The Chief Constable told the Panel that the force should achieve savings of £4.2 million in "
                  "2027/28 through a review of custody, the closure of two front counters and reduced overtime. "
                  "The precept would fund 40 additional neighbourhood officers from September 2027.")
    pdf.np("2.3", "The Commissioner's consultation ran from 1 November to 15 December 2026 and received 3,412 "
                  "responses. Of these, 58 per cent chose an increase of £14.00 and 42 per cent an increase of "
                  "£10.00.")
    pdf.hd("3. The Panel's decision")
    pdf.np("3.1", "Having considered the proposal, the Panel resolved by nine votes to two to support the proposed "
                  "precept of £318.44 at Band D and not to exercise its power of veto.")
    pdf.np("3.2", "In reaching this decision the Panel noted that last year it recommended that the Commissioner "
                  "publish an estates strategy for the force. The strategy was published in October 2026 and the "
                  "Panel considers that recommendation to be complete.")
    pdf.hd("4. The Panel's observations and recommendations")
    pdf.np("4.1", "Members welcomed the clarity of the budget papers, but several members said the Panel should "
                  "receive the draft budget at its December meeting in future years, to allow more time for "
                  "scrutiny.", markdown=False)
    pdf.np("4.2", "The budget resilience reserve will fall from £11.8 million to £9.6 million. Members were "
                  "concerned that the papers did not show how the remaining reserve will be used or replenished. "
                  + rec(1))
    pdf.np("4.3", "Members asked whether the 101 service would improve. The Chief Constable said that average answer "
                  "times had risen to 11 minutes in December 2026 and that a new telephony system would be "
                  "installed in the spring. " + rec(2))
    pdf.np("4.4", "The Victim and Witness Hub supported 6,870 victims in 2025/26. The proposed reduction in its grant "
                  "would, in the Hub manager's evidence, mean the loss of four caseworkers at a time when referrals "
                  "for domestic abuse are rising. " + rec(3))
    pdf.np("4.5", "The Panel welcomed the 40 additional neighbourhood officers. Members representing rural wards "
                  "asked how many would be based outside Severnmouth city. " + rec(4))
    pdf.np("4.6", "The Panel questioned whether a choice between two increases gave residents a real say. " + rec(5))
    pdf.np("4.7", "The Fire and Rescue Authority has its headquarters next to the police station at Hallow Street "
                  "and both bodies are planning refurbishments. " + rec(6))
    pdf.np("4.8", "Finally, members noted that the funding formula has not been updated since 2013 and that "
                  "Severnmouth receives less grant per head than comparable forces. " + rec(7))
    pdf.np("4.9", "The Panel thanks the Commissioner, the Chief Constable and their finance officers for attending the "
                  "meeting and answering members' questions.", markdown=False)
    pdf.ln(2)
    pdf.p("Councillor Martin Farrow\nChair, Severnmouth Police and Crime Panel", size=10.5, style="B")
    pdf.hd("Appendix A: Summary of recommendations")
    pdf.set_font("LS", "", 9.5)
    with pdf.table(col_widths=(12, 40, 114), text_align="LEFT", line_height=5,
                   headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=PURPLE)) as t:
        for row in (("No.", "Theme", "In brief"),
                    ("1", "Reserves", "Reserves strategy with the final budget"),
                    ("2", "101 service", "Quarterly reporting of 101 performance to the Panel"),
                    ("3", "Victims", "Reconsider the reduction in the Victim and Witness Hub grant"),
                    ("4", "Neighbourhood policing", "Distribution of the 40 additional officers"),
                    ("5", "Consultation", "Open question on the level of increase"),
                    ("6", "Estates", "Shared estate with the Fire and Rescue Authority"),
                    ("7", "Funding formula", "Representations to the Home Office")):
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.output(path)


def response(path):
    pdf = Doc("", serif=True)
    pdf.add_page()
    pdf.set_font("LS", "B", 13)
    pdf.set_text_color(0, 51, 102)
    pdf.cell(0, 7, "Office of the Police and Crime Commissioner for Severnmouth", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LS", "", 8.5)
    pdf.set_text_color(80, 80, 80)
    pdf.cell(0, 4.5, "Hallow Street, Severnmouth SV1 4QT  |  01632 960418  |  opcc@severnmouth-pcc.gov.uk",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(0, 51, 102)
    pdf.line(22, pdf.get_y() + 2, pdf.w - 22, pdf.get_y() + 2)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(7)
    pdf.p("Councillor Martin Farrow\nChair, Severnmouth Police and Crime Panel\nShire Hall\nSevernmouth SV1 2AA",
          size=11)
    pdf.p("Our ref: AT/FIN/27-03\nDate: 10 February 2027", size=11)
    pdf.p("Dear Councillor Farrow,", size=11)
    pdf.p("Response to the Panel's report on the proposed precept for 2027/28", size=11, style="B")
    pdf.p("Thank you for the Panel's report of 5 February 2027 and for the careful scrutiny that members gave to my "
          "proposals. As the Act requires, I have had regard to the report and set out my response below. I will "
          "publish this letter on my website.", size=11)
    pdf.p("I can confirm that I will issue the precept as proposed, £318.44 for a Band D property, and I have "
          "notified the six billing authorities accordingly.", size=11)
    pdf.p("Victim and Witness Hub", size=11, style="B")
    pdf.p("I was struck by the evidence from the Hub manager. I have decided to withdraw the proposed reduction in "
          "the Hub's grant for 2027/28, which will be funded from the underspend on the custody review. The Hub will "
          "therefore keep its four caseworker posts.", size=11)
    pdf.p("Transparency of the budget and the consultation", size=11, style="B")
    pdf.p("I agree that the use of reserves should be clear to the public, and a reserves strategy covering the "
          "years to 2030/31 is published today as Annex D to the final budget. I am less persuaded by the "
          "Panel's view on the consultation: in my experience an open question on the amount produces answers that "
          "cannot be costed, and I intend to keep the two-option format for 2028/29.", size=11)
    pdf.p("Neighbourhood officers", size=11, style="B")
    pdf.p("The Chief Constable already allocates neighbourhood officers using a published demand model. The "
          "distribution of the 40 additional officers by policing area, rural and urban, will be set out in my "
          "annual report, which will be published at the end of June 2027.", size=11)
    pdf.p("The 101 service", size=11, style="B")
    pdf.p("Call handling is an operational matter for the Chief Constable and I hold him to account for it at my "
          "monthly accountability board. Rather than a separate quarterly report, I will include 101 answer times "
          "in the performance report that I already bring to every Panel meeting, and the Chief Constable has "
          "agreed to attend the Panel in September to update members on the new telephony system.", size=11)
    pdf.p("Police funding formula", size=11, style="B")
    pdf.p("I note the Panel's recommendation and share members' concern. The review of the formula is a matter for "
          "the Home Office; representations on behalf of all Commissioners are being made through the Association "
          "of Police and Crime Commissioners, whose finance group I sit on.", size=11)
    pdf.p("Finally, I would welcome the Panel's help in improving the timing of next year's budget scrutiny, and my "
          "Chief Finance Officer will contact your Scrutiny Officer about a workshop for members in the autumn.",
          size=11)
    pdf.p("Yours sincerely,", size=11)
    pdf.ln(4)
    pdf.p("Alison Threlkeld\nPolice and Crime Commissioner for Severnmouth", size=11, style="B")
    pdf.p("cc: Chief Constable Daniel Mwangi; Chief Finance Officer, OPCC", size=9)
    pdf.output(path)


NOTES = ("English Police and Crime Panel report (invented Severnmouth panel) on the Commissioner's proposed precept "
         "2027/28: masthead, details table, 1.1-1.2 statutory background ('the Panel must review', 'recommendations "
         "as to the precept that should be issued'), Table 1 of precept and budget figures, 2.2 'the force should "
         "achieve savings of £4.2 million', 3.1 decision to support the precept and not veto, 3.2 last year's "
         "recommendation on an estates strategy quoted as complete, 4.1 'the Panel should receive the draft budget "
         "at its December meeting' (not tagged, a trap), 4.3 'Members asked whether the 101 service would improve', "
         "and seven recommendations as bold sentences at the end of paragraphs 4.2-4.8 each tagged '(Recommendation "
         "N)' (four 'The Panel recommends/asks', two 'The Commissioner should', one 'Future precept consultations "
         "should'); Appendix A repeats them in short form. Response: Commissioner's letter, by theme in the order 3, "
         "1+5, 4, 2, 7. Key: 3 reduction withdrawn (agrees); one paragraph covers 1 reserves strategy published as "
         "Annex D (agrees) and 5 'I am less persuaded', keeps the two-option format (disagrees); 4 distribution of "
         "the 40 officers in the annual report in June (agrees); 2 101 answer times in the existing performance "
         "report instead of a separate quarterly report (partly); 7 'I note the Panel's recommendation', a matter "
         "for the Home Office, representations via the APCC (noted); 6 Hallow Street shared estate unanswered. "
         "Unmatched: the paragraph confirming the precept of £318.44 will be issued, and the closing paragraph on "
         "a budget workshop (it does answer the untagged 4.1 remark, which is no recommendation).")


def expected():
    sw = lambda k: " ".join(R[k].split()[:11])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "a reserves strategy covering the years to 2030/31 is published today", "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "Rather than a separate quarterly report, I will include 101", "verdict": "partly"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "I have decided to withdraw the proposed reduction", "verdict": "agrees"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "will be set out in my annual report", "verdict": "agrees"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "I intend to keep the two-option format for 2028/29", "verdict": "disagrees"},
        {"number": "6", "starts_with": sw(6), "reply_contains": None, "verdict": "unanswered"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "representations on behalf of all Commissioners are being made", "verdict": "noted"},
    ]
    H.write_expected(NAME, recs, ["I can confirm that I will issue the precept as proposed"], NOTES)


if __name__ == "__main__":
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    expected()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b47en.py"), NAME)) and 1)
