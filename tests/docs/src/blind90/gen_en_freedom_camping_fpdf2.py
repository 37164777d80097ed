"""Round 90 (EN): a New Zealand district council's INDEPENDENT FREEDOM CAMPING REVIEW (recommendations as UNNUMBERED
BOLD SENTENCES 'We recommend that the Council ...' inside the discussion) answered by a MANAGEMENT RESPONSE memo that
replies by subject, citing no numbers. fpdf2, A4, cleaned DejaVu, fixed creation date; side band, running header from
page 2, 'Page N of M'. Bodies, people and figures invented; the Freedom Camping Act 2011 is real (what is said of it
here is not to be relied on).
Run:  /tmp/blind90en/bin/python tests/docs/src/blind90/gen_en_freedom_camping_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b90en as H
from fpdf import FPDF

NAME = "blind90_en_freedom_camping"
WHEN = datetime.datetime(2026, 9, 1, 9, 0, tzinfo=datetime.timezone.utc)


class Doc(FPDF):
    head = ""
    def header(self):
        self.set_fill_color(32, 104, 96); self.rect(0, 0, 8, 297, "F")
        if self.page_no() > 1 and self.head:
            self.set_font("DV", "", 7.5); self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.head, new_x="LMARGIN", new_y="NEXT"); self.ln(3); self.set_text_color(0, 0, 0)
    def footer(self):
        self.set_y(-14); self.set_font("DV", "", 7.5); self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R"); self.set_text_color(0, 0, 0)


def new(head):
    d = Doc(format="A4"); d.head = head
    d.set_creation_date(WHEN); d.set_margins(24, 20, 22); d.set_auto_page_break(True, 20)
    d.add_font("DV", "", H.clean_font("DejaVuSans.ttf")); d.add_font("DV", "B", H.clean_font("DejaVuSans-Bold.ttf"))
    d.add_font("DV", "I", H.clean_font("DejaVuSans-Oblique.ttf"))
    d.add_page(); return d


def para(d, t, size=9.6, style=""):
    d.set_font("DV", style, size); d.multi_cell(0, 5.1, t, markdown=True, new_x="LMARGIN", new_y="NEXT"); d.ln(2)


def head(d, t):
    d.ln(1); d.set_font("DV", "B", 11.5); d.set_text_color(32, 104, 96)
    d.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT"); d.set_text_color(0, 0, 0); d.ln(1)


def advice():
    d = new("Kaiwhero District Council  |  Freedom Camping Review  |  Tasman Ridge Advisory")
    d.set_font("DV", "B", 8); d.set_text_color(32, 104, 96)
    d.cell(0, 5, "TASMAN RIDGE ADVISORY  |  REPORT TO KAIWHERO DISTRICT COUNCIL", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "B", 17); d.multi_cell(0, 8, "Freedom Camping in Kaiwhero District: Independent Review", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0); d.set_font("DV", "", 8.8)
    d.cell(0, 6, "Final report  |  12 June 2026  |  For the Strategy and Policy Committee", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    head(d, "Introduction")
    para(d, "Kaiwhero District Council engaged Tasman Ridge Advisory in February 2026 to review how freedom camping is "
            "managed in the district ahead of the review of the Freedom Camping Bylaw 2021. Over the summer of 2025/26 the "
            "district recorded an estimated 38,000 camper nights on council land, most of them at the Ōrewa Spit, Lake "
            "Tūī and Wharf Road sites. We visited all nine designated sites, surveyed 412 campers and 260 residents, and "
            "spoke with the Department of Conservation, two community boards, hapū representatives and the local police.")
    para(d, "Section 11 of the Freedom Camping Act 2011 allows a local authority to make a bylaw restricting or prohibiting "
            "freedom camping in an area, but only where that is necessary to protect the area, its users or access to it. "
            "A council must not make a bylaw that has the effect of prohibiting freedom camping in all of its local "
            "authority areas. Any change we propose has to meet that test.")
    head(d, "What we found")
    para(d, "**Pressure is concentrated.** Three sites take 71 per cent of camper nights. At Ōrewa Spit the car park "
            "regularly holds twice the 20 vehicles the bylaw allows, and residents reported human waste in the dunes on "
            "most weekends in January.")
    para(d, "**Facilities have not kept pace.** Only four of the nine sites have a toilet, and the Wharf Road dump station "
            "closed in 2024. Campers told us they would use a dump station if it were within 20 minutes' drive.")
    para(d, "We recommend that the Council install a sealed dump station and two additional toilet blocks at the Ōrewa Spit "
            "and Lake Tūī sites before the 2026/27 summer.", style="B")
    para(d, "**Enforcement is thin.** The Council employed two seasonal ambassadors in 2025/26 and issued 214 infringement "
            "notices, of which fewer than half were paid; notices issued to rental vehicles are usually passed to the hire "
            "company. The previous review in 2020 said that \"the Council should consider a ranger presence at dawn and "
            "dusk\", but the ambassadors work daytime hours only.")
    para(d, "We recommend that the Council extend ambassador hours to cover early morning and evening patrols from "
            "December to March.", style="B")
    para(d, "We recommend that the Council reduce the maximum stay at Ōrewa Spit from two nights to one and cap it at "
            "12 vehicles.", style="B")
    para(d, "**Information is scattered.** Site rules are on the bylaw maps, on signs of three different designs and on "
            "two privately run apps that are not always current. Campers should be able to tell at a glance where they may "
            "stay; many told us they could not.")
    para(d, "We recommend that the Council replace all freedom camping signs with a single consistent design and feed its "
            "site data to the national camping apps.", style="B")
    head(d, "Community and funding")
    para(d, "**Residents are divided.** Of residents surveyed, 46 per cent want fewer sites and 38 per cent are content "
            "with the present arrangements. Businesses in Ōrewa value campers' spending, estimated at $2.1 million a year.")
    para(d, "We recommend that the Council establish a freedom camping liaison group with the community boards, hapū "
            "and local businesses, meeting before and after each season.", style="B")
    para(d, "**Costs fall on ratepayers.** The 2025/26 programme cost $486,000 against $31,000 in infringement fees and "
            "$120,000 from the Government's Responsible Camping Fund, which has now closed. A small charge at the busiest "
            "sites would shift part of the cost to users, though it would make those sites paid camping grounds for some "
            "purposes.")
    para(d, "We recommend that the Council introduce a nightly charge of $10 per vehicle at the three busiest sites "
            "from the 2026/27 summer.", style="B")
    para(d, "We recommend that the Council ask the Government to make rental companies liable for unpaid freedom camping "
            "infringements incurred by hirers.", style="B")
    head(d, "Conclusion")
    para(d, "Freedom camping brings visitors and spending to Kaiwhero, but the present model depends on a fund that no "
            "longer exists and on a bylaw that is not consistently enforced. The measures above are set out in the order "
            "in which we found the issues, not in order of priority; the bylaw review must in any case be completed by "
            "30 November 2026.")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = new("Management response  |  Freedom Camping Review")
    d.set_font("DV", "B", 8); d.set_text_color(32, 104, 96)
    d.cell(0, 5, "KAIWHERO DISTRICT COUNCIL  |  TE KAUNIHERA Ā-ROHE O KAIWHERO", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "B", 15); d.multi_cell(0, 7.5, "Management Response: Freedom Camping Review", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0); d.set_font("DV", "", 8.8)
    d.cell(0, 5.5, "To: Strategy and Policy Committee  |  From: General Manager Community Services, Aroha Tipene", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 5.5, "Date: 20 August 2026  |  File: FC-2026-11", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    head(d, "Purpose")
    para(d, "Management welcomes the independent review and thanks Tasman Ridge Advisory for its work with campers, "
            "residents and partners. This memo gives management's position on the review's proposals, grouped by subject, "
            "so that the Committee can take them into account when it deliberates on the draft bylaw.")
    head(d, "Toilets and waste")
    para(d, "Management agrees. A contract for a dump station at Lake Tūī was let in July and it will be commissioned "
            "in November 2026; one new toilet block at each of the two sites is funded in the Annual Plan.")
    head(d, "Signage and camping apps")
    para(d, "New signs to a standard district design will be installed at all nine sites before Labour Weekend. We will "
            "also publish the site data as an open data file; staff do not propose to pay for a direct feed to commercial "
            "apps, which can draw on the open file themselves.")
    head(d, "Patrols and the Ōrewa Spit limits")
    para(d, "Ambassadors will work a split shift from 6 am to 10 am and from 5 pm to 9 pm, seven days a week from "
            "1 December to 31 March, funded within the existing budget. On the proposed limits at the Spit, management's "
            "view is that a one-night stay is justified and it is included in the draft bylaw, but that the vehicle cap "
            "should stay at 20 until the new facilities have been in place for a season.")
    head(d, "Charging")
    para(d, "Management does not recommend a nightly charge. Legal advice is that charging would bring the sites under "
            "the Camping-Ground Regulations, with costs that would exceed the revenue, and it would move campers onto "
            "roadsides and reserves where they cannot be managed.")
    head(d, "Rental vehicle infringements")
    para(d, "This is a matter for central government. Management will pass the proposal to Local Government New Zealand's "
            "regional sector group for its consideration; no further action is proposed at this stage.")
    head(d, "Bylaw timetable")
    para(d, "For completeness, the statement of proposal for the draft bylaw goes out for consultation on 7 September, "
            "with hearings in October and adoption planned for the Council meeting on 26 November 2026.")
    para(d, "Ngā mihi,")
    para(d, "Aroha Tipene\nGeneral Manager Community Services")
    d.output(H.out(NAME + "_response.pdf"))


EXP = [
    dict(number=1, starts_with="We recommend that the Council install a sealed dump station",
         reply_contains="will be commissioned in November 2026; one new toilet block", verdict="agrees"),
    dict(number=2, starts_with="We recommend that the Council extend ambassador hours to cover",
         reply_contains="Ambassadors will work a split shift from 6 am to 10 am", verdict="agrees"),
    dict(number=3, starts_with="We recommend that the Council reduce the maximum stay at",
         reply_contains="a one-night stay is justified and it is included", verdict="partly"),
    dict(number=4, starts_with="We recommend that the Council replace all freedom camping signs",
         reply_contains="staff do not propose to pay for a direct feed", verdict="partly"),
    dict(number=5, starts_with="We recommend that the Council establish a freedom camping liaison group",
         reply_contains=None, verdict="unanswered"),
    dict(number=6, starts_with="We recommend that the Council introduce a nightly charge",
         reply_contains="Management does not recommend a nightly charge", verdict="disagrees"),
    dict(number=7, starts_with="We recommend that the Council ask the Government to make",
         reply_contains="will pass the proposal to Local Government New Zealand's", verdict="noted"),
]
UNMATCHED = ["so that the Committee can take them into account",
             "the statement of proposal for the draft bylaw goes out",
             "Aroha Tipene General Manager Community Services"]
NOTES = ("Advice: consultant's independent review of freedom camping for a New Zealand district council, 2 p., fpdf2; the "
         "seven recommendations are UNNUMBERED BOLD SENTENCES 'We recommend that the Council ...' between findings with bold "
         "lead-ins. Traps: Freedom Camping Act 2011 s 11, 'A council must not make a bylaw', the 2020 review's 'the Council "
         "should consider a ranger presence' quoted, 'Campers should be able to tell at a glance', survey percentages, "
         "'must in any case be completed by 30 November 2026'. Response: General Manager's management response memo by "
         "subject headings, no numbers; order 1, 4, 2+3, 6, 7. ONE section 'Patrols and the Ōrewa Spit limits' = split-shift "
         "patrols (2 agrees) + one-night stay but no 12-vehicle cap (3 partly). Signs yes, no direct app feed (4 partly). "
         "Rental liability passed to LGNZ (7 noted). 5 (liaison group) unanswered. Purpose, bylaw timetable, sign-off "
         "(nothing).")

if __name__ == "__main__":
    advice(); response()
    H.write_expected(NAME, EXP, UNMATCHED, NOTES)
    sys.exit(H.main([NAME]))
