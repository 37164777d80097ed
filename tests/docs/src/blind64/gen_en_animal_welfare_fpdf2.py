"""Round 64 (EN): an ANIMAL WELFARE ADVISORY COMMITTEE OPINION (genre of the UK Animal Welfare Committee's
published opinions to government, numbered paragraphs and a closing recommendations table) and the MINISTER'S
REPLY LETTER to the Committee's chair, without headings or numbers.
Advice: Animal Welfare Advisory Committee (AWAC), 'Opinion on the welfare of animals at livestock markets',
2 p.: numbered paragraphs 1-15 with hanging numbers under the headings Introduction (with the terms of reference
(a)-(c)) / Background / The legal framework / Evidence / Conclusions / Recommendations; the seven
recommendations stand ONLY in a ruled table 'Table 2: Recommendations' with columns 'No. | Recommendation |
Addressed to' (rows 1-7) after paragraph 15; a statistics table 'Table 1'.
Response: the Minister for Farming and Animal Welfare's letter to the Committee's chair, 2 p., no headings and no
recommendation numbers: paragraphs in the order 5, 2+1 (ONE paragraph: CCTV accepted, a veterinary surgeon
throughout the sale refused), 3, 7, 4; 6 (fitness-for-transport guidance) unanswered; the thanks, a paragraph on
the Committee's membership, one on the slaughter consultation and the closing answer nothing.
Traps: the terms of reference, the Committee's 2017 recommendation quoted (CCTV in unloading areas), section 9
of the Animal Welfare Act 2006 paraphrased ('must take reasonable steps'), the (invented) Markets Order quoted
('shall not be kept'), an auctioneer quoted ('Vets should be at every sale - if the Government pays'),
'Drovers should have used', 'We do not recommend a ban', the conclusions with 'should'. fpdf2, A4, cleaned
Liberation Sans (advice) and Serif (letter), table(), fixed creation date. All names, bodies, people and figures
are invented, and so is the Welfare of Animals at Markets Order 2010; the Animal Welfare Act 2006 is real, but
what is said about it is not to be relied on.

Run:  /tmp/blind64en/bin/python tests/docs/src/blind64/gen_en_animal_welfare_fpdf2.py
"""
import os, sys
from datetime import datetime, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b64en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind64_en_animal_welfare"
GREEN = (46, 94, 58)

RECS = [
    ("Government should require an Official Veterinarian or an appointed veterinary surgeon to be present "
     "throughout every sale of cattle, sheep or pigs.", "Government"),
    ("Government should make CCTV mandatory in all areas of a market where live animals are unloaded, held, "
     "sold or loaded, with recordings kept for 90 days.", "Government"),
    ("Government should amend the Welfare of Animals at Markets Order 2010 to limit the time unweaned calves "
     "may spend at a market to six hours.", "Government"),
    ("Market operators should train all staff and drovers in low-stress animal handling and renew the "
     "training every three years.", "Market operators"),
    ("Government should publish annual figures on welfare non-compliances found at markets, by market and by "
     "species.", "Government"),
    ("Government should review its guidance on the fitness for transport of cull ewes and sows before the end "
     "of 2027.", "Government"),
    ("Government and industry should jointly fund research into the effect of market attendance on the "
     "welfare of young calves.", "Government and industry"),
]


class Doc(FPDF):
    def __init__(self, fam, run_head, foot):
        super().__init__(format="A4", unit="mm")
        for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
            self.add_font("LS", st, H.clean_font("LiberationSans-%s.ttf" % f))
            self.add_font("SR", st, H.clean_font("LiberationSerif-%s.ttf" % f))
        self.fam = fam
        self.run_head = run_head
        self.foot = foot
        self.set_margins(22, 20, 22)
        self.set_auto_page_break(True, 20)
        self.set_creation_date(datetime(2026, 5, 11, 9, 0, tzinfo=timezone.utc))
        self.n = 0

    def header(self):
        if self.run_head and self.page_no() > 1:
            self.set_y(10)
            self.set_font("LS", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, self.run_head, align="L")
            self.set_text_color(0, 0, 0)
            self.set_y(20)

    def footer(self):
        self.set_y(-13)
        self.set_font("LS", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, self.foot % self.page_no(), align="C")
        self.set_text_color(0, 0, 0)

    def p(self, t, style="", size=10, lh=5.0, after=2.6, indent=0, align="L"):
        self.set_font(self.fam, style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, lh, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=True)
        self.ln(after)

    def np(self, t, after=2.6):
        """Numbered paragraph with a hanging number."""
        self.n += 1
        self.set_font(self.fam, "", 10)
        if self.get_y() > self.h - 32:
            self.add_page()
        y = self.get_y()
        self.set_font(self.fam, "B", 10)
        self.cell(10, 5.0, "%d." % self.n)
        self.set_xy(self.l_margin + 10, y)
        self.set_font(self.fam, "", 10)
        self.multi_cell(self.epw - 10, 5.0, t, new_x="LMARGIN", new_y="NEXT", align="L", markdown=True)
        self.ln(after)

    def hd(self, t):
        self.ln(1.5)
        self.set_font(self.fam, "B", 12)
        self.set_text_color(*GREEN)
        self.cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1.5)


def advice(path):
    d = Doc("LS", "AWAC  -  Opinion on the welfare of animals at livestock markets  -  April 2026",
            "Animal Welfare Advisory Committee  |  %d")
    d.add_page()
    d.set_fill_color(*GREEN)
    d.rect(0, 0, 210, 8, style="F")
    d.set_fill_color(255, 255, 255)
    d.ln(4)
    d.set_font("LS", "B", 10)
    d.set_text_color(*GREEN)
    d.cell(0, 5, "ANIMAL WELFARE ADVISORY COMMITTEE", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(2)
    d.set_font("LS", "B", 18)
    d.multi_cell(0, 8, "Opinion on the welfare of animals at livestock markets", new_x="LMARGIN", new_y="NEXT",
                 align="L")
    d.set_font("LS", "", 10)
    d.cell(0, 6, "Published April 2026", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.hd("Introduction")
    d.np("The Animal Welfare Advisory Committee (AWAC) is an expert committee that advises the Government on the "
         "welfare of farmed animals, companion animals and wildlife. This Opinion was requested by the Minister "
         "for Farming and Animal Welfare in March 2025.")
    d.np("The Committee was asked:")
    for t in ("(a)  to review the welfare of cattle, sheep and pigs at livestock markets;",
              "(b)  to assess whether the current legislation and its enforcement are adequate; and",
              "(c)  to advise on any changes needed."):
        d.p(t, indent=16, after=1)
    d.ln(1.5)
    d.hd("Background")
    d.np("There are 118 livestock markets in operation, down from 171 in 2005. Together they sold some 9.4 million "
         "animals in 2025. Many markets are old and were built before current standards.")
    d.set_font("LS", "B", 9)
    d.cell(0, 5, "Table 1: Animals sold at livestock markets, 2025", new_x="LMARGIN", new_y="NEXT")
    d.set_font("LS", "", 9)
    head = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=GREEN)
    with d.table(col_widths=(60, 30, 40), width=130, align="LEFT", line_height=4.6, text_align="LEFT",
                 headings_style=head, padding=1.4) as t:
        for row in (("Species", "Animals (m)", "Share sold at market"),
                    ("Cattle and calves", "1.6", "38%"), ("Sheep and lambs", "7.1", "44%"),
                    ("Pigs", "0.7", "4%")):
            r = t.row()
            for c in row:
                r.cell(c)
    d.ln(4)
    d.hd("The legal framework")
    d.np("Under section 9 of the Animal Welfare Act 2006, a person responsible for an animal must take reasonable "
         "steps to ensure that its needs are met. Article 5 of the Welfare of Animals at Markets Order 2010 "
         "provides that \"an unweaned calf shall not be kept in a market for longer than is necessary for its "
         "sale\", but sets no time limit.")
    d.np("In its 2017 Opinion on welfare at the time of killing, the Committee recommended that \"CCTV should be "
         "installed in the unloading areas of markets\". About half of markets have done so voluntarily.")
    d.np("Markets are inspected by the Animal and Plant Health Service (APHS) and by local authority trading "
         "standards officers. An Official Veterinarian attends only the first hour of a sale in most markets.")
    d.hd("Evidence")
    d.np("The Committee visited 14 markets and took evidence from farmers, auctioneers, hauliers, veterinary "
         "surgeons and welfare organisations. One auctioneer told us: \"Vets should be at every sale - if the "
         "Government pays for them.\"")
    d.np("At four markets we saw drovers using sticks on the heads of cattle. Drovers should have used paddles or "
         "flags; at the markets where staff had been trained, we saw almost no rough handling.")
    d.np("Unweaned calves spent between 3 and 11 hours at the markets we visited. Several were still in pens "
         "without milk or water at the end of the day. Little is known about how these hours affect the calves' "
         "later health.")
    d.np("APHS recorded 612 welfare non-compliances at markets in 2025, but the figures are not published and "
         "cannot be compared between markets.")
    d.np("Cull ewes and sows are often near the end of their productive life and may be unfit to travel. The "
         "guidance on fitness for transport was last revised in 2012.")
    d.hd("Conclusions")
    d.np("Welfare at most markets is acceptable, but standards vary widely. Handling and long waiting times are "
         "the main risks. Supervision of a sale should be continuous, not confined to its first hour.")
    d.np("Some witnesses urged a ban on the sale of unweaned calves at markets. We do not recommend a ban, which "
         "would move the trade to less regulated collection centres.")
    d.np("The Committee would welcome a meeting with officials to discuss its conclusions.")
    d.hd("Recommendations")
    d.np("The Committee's recommendations are set out in Table 2.", after=1.5)
    d.set_font("LS", "B", 9)
    d.cell(0, 5, "Table 2: Recommendations", new_x="LMARGIN", new_y="NEXT")
    d.set_font("LS", "", 9.5)
    with d.table(col_widths=(10, 100, 30), line_height=4.8, text_align="LEFT", headings_style=head,
                 padding=1.6) as t:
        r = t.row()
        for c in ("No.", "Recommendation", "Addressed to"):
            r.cell(c)
        for i, (txt, who) in enumerate(RECS):
            r = t.row()
            r.cell(str(i + 1))
            r.cell(txt)
            r.cell(who)
    d.ln(5)
    d.p("Professor Catriona Wilde, Chair, on behalf of the Committee", style="I", size=9.5)
    d.output(path)
    return d.n


def response(path):
    d = Doc("SR", None, "Department for Agriculture and Rural Affairs  |  page %d")
    d.add_page()
    d.set_font("SR", "B", 12)
    d.cell(0, 5.5, "Department for Agriculture and Rural Affairs", new_x="LMARGIN", new_y="NEXT")
    d.set_font("SR", "", 10)
    d.cell(0, 5, "Minister for Farming and Animal Welfare", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 5, "Harrowgate House, 3 Tanner Row, Westbury WB1 7QP", new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    L = lambda t, **k: d.p(t, size=11.5, lh=5.7, after=3.4, **k)
    L("Professor Catriona Wilde\nChair, Animal Welfare Advisory Committee")
    L("11 May 2026")
    L("Dear Catriona,")
    L("Thank you for the Committee's Opinion on the welfare of animals at livestock markets, and for the time "
      "members gave to visiting markets across the country. I am grateful for such a clear and practical "
      "piece of advice, and officials will be glad to meet the Committee to discuss it.")
    L("I can confirm that from 2027 the Department will publish each year the number of welfare "
      "non-compliances found by inspectors, broken down by market and by species. Publishing these figures "
      "will let markets compare themselves with others, and the public to see how standards are changing.")
    L("On supervision at markets, I agree that cameras are a simple and effective safeguard. We will bring "
      "forward regulations this year requiring CCTV in every area where live animals are present, with "
      "footage kept for 90 days and made available to inspectors. I am not, however, persuaded that a vet "
      "needs to be present for the whole of every sale. Inspectors will continue to attend on the basis of "
      "risk, and we do not intend to change the current arrangements.")
    L("I share the Committee's concern about unweaned calves. The Markets Order will be amended to set a "
      "maximum time at market, but we will set the limit at eight hours, so that calves from the more remote "
      "farms can still be sold at their nearest market.")
    L("The Department has already commissioned a three-year study of calf welfare from the Royal Western "
      "Veterinary College, co-funded by the Livestock Auctioneers' Federation, which will follow 2,000 calves "
      "from farm to finishing unit.")
    L("Training of market staff is a matter for market operators. I have drawn the Committee's advice to the "
      "attention of the Livestock Auctioneers' Federation, and it will be for the Federation and its members "
      "to decide how to respond.")
    L("You will know that the appointment of four new members of the Committee was announced last month. I am "
      "grateful to the members who have stood down for their many years of service.")
    L("Separately, the consultation on the welfare of animals at the time of killing closes on 30 June, and I "
      "would welcome the Committee's views on it.")
    L("I am copying this letter to the Chief Veterinary Officer and will place a copy in the Library of the "
      "House.")
    L("Yours sincerely,")
    d.ln(6)
    L("Rt Hon Daniel Ashworth MP\nMinister for Farming and Animal Welfare")
    d.output(path)


def main():
    n = advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=10: " ".join(RECS[k - 1][0].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "not, however, persuaded that a vet needs to be present",
         "verdict": "disagrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "We will bring forward regulations this year requiring CCTV", "verdict": "agrees"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "we will set the limit at eight hours", "verdict": "partly"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "Training of market staff is a matter for market operators", "verdict": "noted"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "broken down by market and by species", "verdict": "agrees"},
        {"number": "6", "starts_with": sw(6), "reply_contains": None, "verdict": "unanswered"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "has already commissioned a three-year study of calf welfare", "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, [
        "for the time members gave to visiting markets",
        "the appointment of four new members of the Committee",
        "the consultation on the welfare of animals at the time of killing",
        "copying this letter to the Chief Veterinary Officer",
    ], "Advice: an animal welfare advisory committee's Opinion to government (UK Animal Welfare Committee "
       "genre), numbered paragraphs 1-%d with bold hanging numbers. The seven recommendations stand ONLY in the "
       "ruled 'Table 2: Recommendations' ('No. | Recommendation | Addressed to', rows 1-7) under the heading "
       "'Recommendations', after a paragraph that only points to the table; six open 'Government should', 4 "
       "'Market operators should', 7 'Government and industry should'. Traps: the terms of reference (a)-(c), "
       "Table 1 (animals sold), section 9 of the Animal Welfare Act 2006 paraphrased ('must take reasonable "
       "steps'), the Markets Order quoted ('shall not be kept'), the Committee's 2017 recommendation quoted "
       "('CCTV should be installed in the unloading areas'), an auctioneer quoted ('Vets should be at every "
       "sale'), 'Drovers should have used paddles', conclusions ('Supervision of a sale should be continuous'), "
       "'We do not recommend a ban', numbered paragraphs whose numbers collide with the table's. Response: the "
       "Minister's letter without headings or recommendation numbers, one paragraph per subject in the order 5, "
       "2+1, 3, 7, 4: 5 annual figures by market and species from 2027 (agrees); ONE paragraph on supervision: "
       "2 CCTV regulations this year (agrees) + 1 'not, however, persuaded that a vet needs to be present for "
       "the whole of every sale ... do not intend to change the current arrangements' (disagrees); 3 a maximum "
       "time, but eight hours not six (partly); 7 study already commissioned and co-funded by the auctioneers "
       "(agrees); 4 'a matter for market operators', passed to the Federation (noted); 6 (fitness-for-transport "
       "guidance for cull ewes and sows) unanswered. Unmatched: the thanks (with the offer of a meeting), the "
       "new members, the slaughter consultation, the copy to the Chief Veterinary Officer." % n)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
