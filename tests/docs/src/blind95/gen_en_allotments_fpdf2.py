"""Round 95 (EN): a Scottish council's ALLOTMENT SITE REPRESENTATIVES' FORUM REPORT on the council's draft allotment
regulations (recommendations LETTERED (a)-(g) under 'The Forum recommends that the Council:') answered by the
Greenspace Manager's REPLY LETTER to the Forum secretary, citing the letters. fpdf2, A4, cleaned DejaVu, fixed
creation date; letterhead band, running header from page 2 and 'Page N of M'. All invented.
Run:  /tmp/blind95en/bin/python tests/docs/src/blind95/gen_en_allotments_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b95en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind95_en_allotments"
R = H.clean_font("DejaVuSans.ttf")
Bf = H.clean_font("DejaVuSans-Bold.ttf")
I = H.clean_font("DejaVuSans-Oblique.ttf")
G = (40, 95, 60)


class Doc(FPDF):
    def __init__(self, head, band=True):
        super().__init__(format="A4")
        self.head, self.band = head, band
        self.set_creation_date(datetime.datetime(2026, 5, 1, tzinfo=datetime.timezone.utc))
        self.add_font("DV", "", R); self.add_font("DV", "B", Bf); self.add_font("DV", "I", I)
        self.set_margins(22, 22, 22)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages("{nb}")

    def header(self):
        if self.page_no() == 1:
            if self.band:
                self.set_fill_color(*G); self.rect(0, 0, 210, 12, "F")
        else:
            self.set_font("DV", "", 7.5); self.set_text_color(90, 90, 90)
            self.set_xy(22, 10); self.cell(0, 5, self.head)
            self.set_draw_color(*G); self.line(22, 16, 188, 16)
        self.set_y(22); self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14); self.set_font("DV", "", 7.5); self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    def hd(self, t, size=11.5):
        self.ln(2); self.set_font("DV", "B", size); self.set_text_color(*G)
        self.multi_cell(0, size * 0.55, t, new_x="LMARGIN", new_y="NEXT"); self.set_text_color(0, 0, 0); self.ln(1)

    def p(self, t, size=9.5, style=""):
        self.set_font("DV", style, size); self.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT"); self.ln(2)

    def item(self, lab, t, size=9.5):
        self.set_font("DV", "", size)
        self.set_x(30); self.cell(8, 5, lab)
        self.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT"); self.ln(1.5)

    def tab(self, rows, widths, size=8.6):
        self.set_font("DV", "", size)
        with self.table(col_widths=widths, line_height=4.6,
                        headings_style=FontFace(emphasis="BOLD", fill_color=(220, 235, 222)), text_align="LEFT") as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.ln(3)


def advice():
    d = Doc("Allotment Site Representatives' Forum - report on the draft Allotment Regulations")
    d.add_page()
    d.set_font("DV", "", 8); d.set_text_color(90, 90, 90)
    d.cell(0, 5, "GLENARDIE COUNCIL ALLOTMENT SITE REPRESENTATIVES' FORUM", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0); d.ln(2)
    d.hd("Report on the Council's draft Allotment Regulations 2026", 15)
    d.p("Agreed at the Forum meeting of 3 March 2026 and sent to the Head of Greenspace. Chair: Alasdair Munro "
        "(Braeside). Secretary: Morag Lennie (Kilbrandon Road).", 8.3)
    d.hd("1. Background")
    d.p("The Council consulted on its draft Allotment Regulations 2026 between 12 January and 20 February 2026. "
        "Section 115 of the Community Empowerment (Scotland) Act 2015 says that a local authority must make "
        "regulations for its allotment sites, covering rent, cultivation, buildings, animals and the termination "
        "of leases. The Forum brings together the elected representatives of the Council's nine allotment sites and "
        "meets four times a year. This report sets out the Forum's views on the draft.")
    d.p("In its 2022 report the Forum recommended that \"the Council should install mains water at every site\". "
        "That has now been done at eight of the nine sites and the Forum records its thanks.")
    d.hd("2. Sites and waiting lists")
    d.tab([["Site", "Plots", "Vacant", "On waiting list", "Longest wait"],
           ["Braeside", "64", "0", "71", "6 yrs 2 mths"],
           ["Kilbrandon Road", "48", "1", "55", "5 yrs 9 mths"],
           ["Mill of Ardie", "30", "0", "22", "3 yrs 4 mths"],
           ["Six other sites", "112", "3", "96", "4 yrs 11 mths"]], (46, 26, 24, 36, 34))
    d.p("Under section 112 of the 2015 Act the Council must take reasonable steps to keep the waiting list below "
        "half the number of its plots and to offer a plot within five years. Conclusion A: both duties are being "
        "missed at Braeside and Kilbrandon Road. Conclusion B: few applicants know where they stand, because the "
        "list is not published and letters are sent only once a year.")
    d.hd("3. The draft regulations")
    d.p("Draft regulation 6 would raise the rent for a full plot (250 square metres) from GBP 52 to GBP 85 a year, "
        "with a 25 per cent concession. Draft regulation 9 says that a plot-holder must not light a fire at any "
        "time. Draft regulation 11 would ban bees. Draft regulation 14 would allow the Council to end a lease for "
        "non-cultivation after a single inspection. Several members said that the rules on sheds should be "
        "simpler, but the Forum reached no view on that and makes no recommendation on it.")
    d.p("Site representatives give many hours to inspections, lettings and disputes without payment, and three "
        "sites currently have no representative at all.")
    d.hd("4. Recommendations")
    d.p("The Forum recommends that the Council:")
    d.item("(a)", "limit the rent for a full plot to GBP 60 a year and set the concession for people on "
                  "benefits, students and those over 65 at 50 per cent;")
    d.item("(b)", "replace the total ban on fires in draft regulation 9 with a rule allowing small bonfires "
                  "of dry material between November and February;")
    d.item("(c)", "publish each site's waiting list, by position number, on its website and update it every "
                  "quarter;")
    d.item("(d)", "allow plot-holders to keep up to two beehives, with the written consent of the site "
                  "representative and the neighbouring plot-holders;")
    d.item("(e)", "identify land for a new allotment site in the north of the town, at Craigend or elsewhere, "
                  "in the next Local Development Plan;")
    d.item("(f)", "pay each site representative an honorarium of GBP 150 a year towards expenses;")
    d.item("(g)", "give plot-holders two written warnings and at least 28 days to remedy non-cultivation "
                  "before any lease is ended.")
    d.hd("5. Next steps")
    d.p("The Forum asks for a written response before the regulations are put to the Communities Committee, and "
        "offers to meet officers. Morag Lennie, Secretary, 14 Kilbrandon Road, Glenardie GA3 7PL.")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc("Glenardie Council - Greenspace Service - letter to the Allotment Site Representatives' Forum")
    d.add_page()
    d.set_font("DV", "B", 13); d.set_text_color(*G)
    d.cell(0, 7, "Glenardie Council", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 8.3); d.set_text_color(70, 70, 70)
    d.cell(0, 4.5, "Greenspace Service, Municipal Buildings, High Street, Glenardie GA1 1HQ", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4.5, "Our ref: GS/ALL/2026/018     Date: 21 April 2026", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0); d.ln(5)
    d.p("Ms Morag Lennie\nSecretary, Allotment Site Representatives' Forum\n14 Kilbrandon Road\nGlenardie GA3 7PL")
    d.p("Dear Ms Lennie,")
    d.p("Draft Allotment Regulations 2026", style="B")
    d.p("Thank you for the Forum's report of 3 March 2026, and for the care that went into it. The Council received "
        "143 responses to the consultation, and I am writing to let the Forum know how we intend to deal with the "
        "points it raised before the final regulations go to the Communities Committee on 2 June 2026.")
    d.p("Beekeeping, recommendation (d): we accept the Forum's proposal. Draft regulation 11 has been redrafted to "
        "permit up to two hives per plot where the site representative and the plot-holders on either side have "
        "given written consent.")
    d.p("Rent and fires, recommendations (a) and (b): the rent for a full plot will be GBP 70, rather than the "
        "GBP 85 consulted on, and we agree that the concession should be 50 per cent for the groups the Forum "
        "names. On fires, however, the Council is not able to support a seasonal exception. Complaints about smoke "
        "from the Braeside and Mill of Ardie sites have risen sharply, and draft regulation 9 will therefore remain "
        "as drafted, with green waste collected free of charge from each site in October and March instead.")
    d.p("Non-cultivation, recommendation (g): this is already provided for. Regulation 14 in the version going to "
        "committee requires two written warnings, 28 days apart, before notice to quit is served.")
    d.p("New site, recommendation (e): the location of new allotment sites is a matter for the Local Development "
        "Plan. I have passed the Forum's comments to the Development Plan team, who will take them into account, "
        "together with other representations, when the Main Issues Report is prepared next year.")
    d.p("Waiting lists, recommendation (c): we agree. From July 2026 each site's list will be published on the "
        "Council's website by position number and refreshed every three months.")
    d.p("Separately, the Council's Allotments Annual Report for 2025/26, which the Act requires us to publish, will "
        "be on the website by the end of June, and paper copies will be available at each site noticeboard.")
    d.p("If the Forum would like to discuss any of this, my colleague Euan Baird, Allotments Officer, would be glad "
        "to attend your next meeting on 9 June.")
    d.p("Yours sincerely,")
    d.ln(4)
    d.p("Fiona Drysdale\nGreenspace Manager")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice(); response()
    recs = [
        {"number": 1, "starts_with": "limit the rent for a full plot to GBP 60 a year",
         "reply_contains": "rather than the GBP 85 consulted on", "verdict": "partly"},
        {"number": 2, "starts_with": "replace the total ban on fires in draft regulation 9",
         "reply_contains": "not able to support a seasonal exception", "verdict": "disagrees"},
        {"number": 3, "starts_with": "publish each site's waiting list, by position number, on its website",
         "reply_contains": "From July 2026 each site's list will be published", "verdict": "agrees"},
        {"number": 4, "starts_with": "allow plot-holders to keep up to two beehives",
         "reply_contains": "Draft regulation 11 has been redrafted to permit", "verdict": "agrees"},
        {"number": 5, "starts_with": "identify land for a new allotment site in the north",
         "reply_contains": "I have passed the Forum's comments to the Development Plan team", "verdict": "noted"},
        {"number": 6, "starts_with": "pay each site representative an honorarium of GBP 150",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 7, "starts_with": "give plot-holders two written warnings and at least 28 days",
         "reply_contains": "Regulation 14 in the version going to committee", "verdict": "agrees"}]
    unmatched = ["The Council received 143 responses to the consultation",
                 "Allotments Annual Report for 2025/26, which the Act requires",
                 "would be glad to attend your next meeting on 9 June"]
    notes = ("Advice: a Scottish council's allotment site representatives' forum report on draft allotment regulations; "
             "recommendations LETTERED (a)-(g) after 'The Forum recommends that the Council:' (numbers 1-7 = a-g). Traps: "
             "2015 Act s. 115 'must make regulations' and s. 112 'must take reasonable steps', the Forum's 2022 "
             "recommendation quoted ('the Council should install mains water'), sites table, Conclusions A/B, draft "
             "regulations 6, 9 ('must not light a fire'), 11, 14, 'sheds should be simpler' with no recommendation, the "
             "unpaid-representatives paragraph. Response: Greenspace Manager's reply LETTER citing the letters, order d, "
             "a+b, g, e, c: (d) hives permitted (agrees); ONE paragraph 'recommendations (a) and (b)' = rent GBP 70 not 60 "
             "but 50% concession (a partly) + no seasonal fires (b disagrees); (g) already in regulation 14 (agrees); (e) "
             "passed to the Development Plan team (noted); (c) lists published from July 2026 (agrees); (f) honorarium "
             "unanswered. Unmatched: opening thanks, the annual report paragraph, the closing offer to attend.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
