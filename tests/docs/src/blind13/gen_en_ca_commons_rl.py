"""Blind round 13: Canadian House of Commons standing committee report + Government Response (reportlab).

Makes tests/docs/blind13_en_ca_commons_advice.pdf and _response.pdf.
Run from the repository root with a venv that has reportlab (not the project's):
    /tmp/blind13enenv/bin/python tests/docs/src/blind13/gen_en_ca_commons_rl.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _en_helpers import DOCS, rl_register
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

rl_register()
S = 10.5
body = ParagraphStyle("body", fontName="Serif", fontSize=S, leading=S * 1.4, spaceAfter=S * 0.7,
                      alignment=TA_JUSTIFY)
small = ParagraphStyle("small", body, fontSize=8.5, leading=11, spaceAfter=3)
h1 = ParagraphStyle("h1", body, fontName="Sans-Bold", fontSize=14, leading=18, spaceBefore=10, spaceAfter=8,
                    alignment=0)
h2 = ParagraphStyle("h2", body, fontName="Sans-Bold", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=5,
                    alignment=0)
reclabel = ParagraphStyle("reclabel", body, fontName="Sans-Bold", fontSize=10, spaceAfter=2, alignment=0)
rectext = ParagraphStyle("rectext", body, fontName="Serif", spaceAfter=2)
toc = ParagraphStyle("toc", body, fontName="Sans", fontSize=9.5, leading=14, spaceAfter=0, alignment=0)
cover_t = ParagraphStyle("cover_t", body, fontName="Sans-Bold", fontSize=22, leading=28, alignment=TA_CENTER)
cover_s = ParagraphStyle("cover_s", body, fontName="Sans", fontSize=12, leading=16, alignment=TA_CENTER)

COMMITTEE = "Standing Committee on Transport, Infrastructure and Communities"

RECS = [
    "That the Government of Canada increase the annual funding of the Airports Capital Assistance Program to "
    "at least $75 million, and index it to construction cost inflation thereafter.",
    "That Transport Canada extend eligibility for the Airports Capital Assistance Program to certified airports "
    "that have had scheduled passenger service at any time in the previous five years, rather than in each of "
    "the three preceding years.",
    "That the Government of Canada create a dedicated fund, separate from existing programs, to maintain "
    "scheduled air service to remote and Indigenous communities that have no year-round road access.",
    "That Transport Canada, in consultation with the Canadian Air Transport Security Authority, review the "
    "cost-recovery model for pre-board screening at small airports with a view to removing the screening "
    "charges that are passed on to regional carriers.",
    "That the Government of Canada require NAV CANADA to consult affected communities, airport operators and "
    "Indigenous governments before reducing or eliminating air traffic services at any regional airport.",
    "That Transport Canada publish an annual report on regional air connectivity, including route changes, "
    "average fares and on-time performance, beginning in 2025.",
    "That the Government of Canada, working with provinces and territories, develop a national regional air "
    "connectivity strategy within 18 months of the tabling of this report.",
]


def rec_box(n: int) -> Table:
    t = Table([[[Paragraph(f"Recommendation {n}", reclabel), Paragraph(RECS[n - 1], rectext)]]],
              colWidths=[15.6 * cm])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#7a1f2b")),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def advice_pages(canvas, doc):
    canvas.saveState()
    canvas.setFont("Sans", 8)
    canvas.setFillColor(colors.HexColor("#555555"))
    pn = canvas.getPageNumber()
    if pn > 1:
        canvas.drawString(2.5 * cm, 1.3 * cm, "KEEPING SMALL AIRPORTS FLYING: REGIONAL AIR SERVICE IN CANADA")
        canvas.drawRightString(LETTER[0] - 2.5 * cm, 1.3 * cm, str(pn - 1))
    canvas.restoreState()


def advice() -> None:
    out = DOCS / "blind13_en_ca_commons_advice.pdf"
    doc = SimpleDocTemplate(str(out), pagesize=LETTER, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2.2 * cm, bottomMargin=2.2 * cm,
                            title="Keeping Small Airports Flying: Regional Air Service in Canada",
                            author="House of Commons", creator="blind13", invariant=1)
    f = []
    # cover
    f += [Spacer(1, 4 * cm), Paragraph("KEEPING SMALL AIRPORTS FLYING: REGIONAL AIR SERVICE IN CANADA", cover_t),
          Spacer(1, 1.2 * cm), Paragraph(f"Report of the {COMMITTEE}", cover_s), Spacer(1, 0.6 * cm),
          Paragraph("Hon. Diane Larocque, Chair", cover_s), Spacer(1, 7 * cm),
          Paragraph("JUNE 2024<br/>44th PARLIAMENT, 1st SESSION", cover_s), PageBreak()]
    # members + ninth report
    f += [Paragraph("Published under the authority of the Speaker of the House of Commons", small),
          Paragraph("SPEAKER'S PERMISSION: The proceedings of the House of Commons and its committees are hereby "
                    "made available to provide greater public access. The parliamentary privilege of the House of "
                    "Commons to control the publication and broadcast of the proceedings of the House of Commons and "
                    "its committees is nonetheless reserved.", small), Spacer(1, 0.4 * cm),
          Paragraph(COMMITTEE.upper(), h2),
          Paragraph("<b>CHAIR</b><br/>Hon. Diane Larocque", toc), Spacer(1, 4),
          Paragraph("<b>VICE-CHAIRS</b><br/>Gordon Whitlaw<br/>Xavier Beaulne", toc), Spacer(1, 4),
          Paragraph("<b>MEMBERS</b><br/>Priya Ramdeen<br/>Colin Macfarlane<br/>Joanne Tessier<br/>"
                    "Brent Oduya<br/>Louis-Philippe Caron<br/>Marjorie Flett", toc), Spacer(1, 4),
          Paragraph("<b>CLERK OF THE COMMITTEE</b><br/>Carine Grand-Jean", toc), Spacer(1, 4),
          Paragraph("<b>LIBRARY OF PARLIAMENT</b><br/>Research and Education<br/>Geneviève Sauvé-Wu, Analyst", toc),
          Spacer(1, 0.6 * cm),
          Paragraph("THE STANDING COMMITTEE ON TRANSPORT, INFRASTRUCTURE AND COMMUNITIES has the honour to present "
                    "its NINTH REPORT", h2),
          Paragraph("Pursuant to its mandate under Standing Order 108(2), the Committee has studied regional air "
                    "service in Canada and has agreed to report the following:", body),
          Spacer(1, 0.3 * cm), Paragraph("TABLE OF CONTENTS", h2)]
    for line, p in [("LIST OF RECOMMENDATIONS", 2), ("KEEPING SMALL AIRPORTS FLYING", 3),
                    ("Introduction", 3), ("Funding Airport Infrastructure", 3),
                    ("Service to Remote and Indigenous Communities", 3), ("Screening and Navigation Costs", 4),
                    ("Knowing What Is Happening: Data and Planning", 4), ("APPENDIX A: LIST OF WITNESSES", 6),
                    ("REQUEST FOR GOVERNMENT RESPONSE", 6), ("SUPPLEMENTARY OPINION OF THE BLOC QUÉBÉCOIS", 6)]:
        dots = "." * max(4, 96 - len(line))
        f.append(Paragraph(f"{line} {dots} {p}", toc))
    f.append(PageBreak())
    # list of recommendations
    f += [Paragraph("LIST OF RECOMMENDATIONS", h1),
          Paragraph("As a result of their deliberations committees may make recommendations which they include in "
                    "their reports for the consideration of the House of Commons or the Government. Recommendations "
                    "related to this study are listed below.", body)]
    pages = [3, 3, 4, 4, 4, 5, 5]
    for i, r in enumerate(RECS, 1):
        f.append(KeepTogether([Paragraph(f"Recommendation {i}", reclabel),
                               Paragraph(f"{r} {'.' * 12} {pages[i - 1]}", body)]))
    f.append(PageBreak())
    # body
    f += [Paragraph("KEEPING SMALL AIRPORTS FLYING: REGIONAL AIR SERVICE IN CANADA", h1),
          Paragraph("Introduction", h2),
          Paragraph("On 14 November 2023, the Committee agreed to undertake a study of regional air service in "
                    "Canada. Between December 2023 and March 2024 it held six meetings and heard from 41 witnesses, "
                    "including airport managers, regional carriers, municipal leaders, Indigenous governments, "
                    "NAV CANADA and officials from Transport Canada. The Committee also received 23 briefs. It "
                    "thanks everyone who took part, and in particular the witnesses who travelled from northern and "
                    "coastal communities to appear in person.", body),
          Paragraph("Witnesses described a network under strain. Since 2019 more than 30 regional routes have been "
                    "suspended or reduced, and several carriers told the Committee that rising fixed costs, not "
                    "falling demand, explained most of the cuts.<super>1</super> For many communities the local "
                    "airport is not a convenience but the only link to hospitals, courts and family.", body),
          Paragraph("Funding Airport Infrastructure", h2),
          Paragraph("Small airports depend heavily on the Airports Capital Assistance Program (ACAP), which funds "
                    "safety-related runway, lighting and equipment projects. The program's budget of $38 million a "
                    "year has not changed in real terms for over a decade, while the cost of paving and lighting "
                    "projects has risen by roughly 40 per cent since 2019.<super>2</super> Airport operators from "
                    "Saskatchewan and Newfoundland and Labrador told the Committee that they now wait three or "
                    "four intake cycles before a project is approved.", body), rec_box(1), Spacer(1, 8),
          Paragraph("Several witnesses also pointed to the eligibility rule requiring scheduled passenger service in "
                    "each of the three preceding years. An airport that loses its only carrier for a single season "
                    "thus loses access to the program precisely when it most needs to keep its runway in shape to "
                    "attract a new one.", body), rec_box(2), Spacer(1, 8),
          Paragraph("Service to Remote and Indigenous Communities", h2),
          Paragraph("Around 100 communities in Canada, most of them First Nations and Inuit communities, have no "
                    "year-round road access. Representatives of the Nishnawbe Aski Nation and of Nunavut described "
                    "fares that have doubled in five years and cancellations that leave patients unable to reach "
                    "medical appointments in the south. Existing federal support is spread across several "
                    "departments and was described by one witness as \u201ca patchwork that no one is "
                    "responsible for.\u201d", body), rec_box(3), Spacer(1, 8),
          Paragraph("Screening and Navigation Costs", h2),
          Paragraph("Regional carriers explained that screening charges levied at designated small airports are "
                    "passed on to them and, ultimately, to passengers on routes with only a few dozen travellers a "
                    "day. They asked that the Canadian Air Transport Security Authority (CATSA) model be revisited "
                    "for airports of this size.", body), rec_box(4), Spacer(1, 8),
          Paragraph("The Committee also heard concerns about NAV CANADA's aeronautical studies, which can lead to "
                    "the closure of flight service stations or the reduction of tower hours. Municipal witnesses "
                    "said they learned of such changes only after decisions had been made.<super>3</super>", body),
          rec_box(5), Spacer(1, 8),
          Paragraph("Knowing What Is Happening: Data and Planning", h2),
          Paragraph("Finally, the Committee was struck by how little public information exists on the state of "
                    "regional air service. Neither Transport Canada nor Statistics Canada publishes route-level "
                    "data on small markets, and provinces and territories each pursue their own approaches.", body),
          rec_box(6), Spacer(1, 8), rec_box(7), Spacer(1, 10),
          Paragraph("Notes", h2),
          Paragraph("1. TRAN, <i>Evidence</i>, 1st Session, 44th Parliament, 6 February 2024 (Regional Carriers "
                    "Association of Canada).", small),
          Paragraph("2. TRAN, <i>Evidence</i>, 1st Session, 44th Parliament, 13 February 2024 (Canadian Airports "
                    "Council).", small),
          Paragraph("3. Brief submitted by the Federation of Canadian Municipalities, March 2024.", small),
          PageBreak()]
    # appendix etc.
    f += [Paragraph("APPENDIX A: LIST OF WITNESSES", h1)]
    rows = [["Organizations and Individuals", "Date", "Meeting"],
            ["Department of Transport\nAirports Capital Assistance Program", "2023/12/05", "91"],
            ["Canadian Airports Council", "2024/02/13", "97"],
            ["Regional Carriers Association of Canada", "2024/02/06", "96"],
            ["NAV CANADA", "2024/02/15", "98"],
            ["Nishnawbe Aski Nation", "2024/02/27", "100"],
            ["Federation of Canadian Municipalities", "2024/03/19", "102"]]
    t = Table([[Paragraph(c.replace("\n", "<br/>"), toc) for c in r] for r in rows],
              colWidths=[10 * cm, 3 * cm, 2.5 * cm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.grey),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    f += [t, Spacer(1, 0.6 * cm),
          Paragraph("REQUEST FOR GOVERNMENT RESPONSE", h1),
          Paragraph("Pursuant to Standing Order 109, the Committee requests that the government table a "
                    "comprehensive response to this Report.", body),
          Paragraph("A copy of the relevant <i>Minutes of Proceedings</i> (Meetings Nos. 91, 96 to 98, 100, 102 "
                    "and 105) is tabled.", body),
          Paragraph("Respectfully submitted,", body), Paragraph("Hon. Diane Larocque<br/>Chair", body),
          Spacer(1, 0.4 * cm),
          Paragraph("SUPPLEMENTARY OPINION OF THE BLOC QUÉBÉCOIS", h1),
          Paragraph("The Bloc Québécois supports the report. It wishes to add that airports in Quebec's regions "
                    "must be treated as essential infrastructure, and that any federal program in this area must "
                    "respect Quebec's jurisdiction over regional development. In our view, the funds should be "
                    "transferred to Quebec without conditions.", body)]
    doc.build(f, onFirstPage=advice_pages, onLaterPages=advice_pages)


# ---------------------------------------------------------------- response

def response_pages(canvas, doc):
    canvas.saveState()
    canvas.setFont("Sans", 8)
    canvas.setFillColor(colors.HexColor("#555555"))
    pn = canvas.getPageNumber()
    canvas.drawString(2.5 * cm, LETTER[1] - 1.4 * cm,
                      "Government Response to the Ninth Report of the Standing Committee on Transport, "
                      "Infrastructure and Communities")
    canvas.line(2.5 * cm, LETTER[1] - 1.55 * cm, LETTER[0] - 2.5 * cm, LETTER[1] - 1.55 * cm)
    canvas.drawRightString(LETTER[0] - 2.5 * cm, 1.3 * cm, f"Page {pn}")
    canvas.restoreState()


quote = ParagraphStyle("quote", body, fontName="Serif-Italic", leftIndent=0.8 * cm, rightIndent=0.4 * cm)
rbody = ParagraphStyle("rbody", body, fontName="Sans", fontSize=10, leading=14)
rh1 = ParagraphStyle("rh1", h1, fontSize=15, alignment=TA_CENTER)
rh2 = ParagraphStyle("rh2", h2, textColor=colors.HexColor("#7a1f2b"))


def q(n: int) -> Paragraph:
    return Paragraph(f"<b>Recommendation {n}</b><br/>{RECS[n - 1]}", quote)


def response() -> None:
    out = DOCS / "blind13_en_ca_commons_response.pdf"
    doc = SimpleDocTemplate(str(out), pagesize=LETTER, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2.3 * cm, bottomMargin=2.2 * cm,
                            title="Government Response to the Ninth Report of TRAN", author="Transport Canada",
                            creator="blind13", invariant=1)
    f = [Paragraph("GOVERNMENT RESPONSE TO THE NINTH REPORT OF THE STANDING COMMITTEE ON TRANSPORT, "
                   "INFRASTRUCTURE AND COMMUNITIES ENTITLED <i>KEEPING SMALL AIRPORTS FLYING: REGIONAL AIR SERVICE "
                   "IN CANADA</i>", rh1), Spacer(1, 0.3 * cm),
         Paragraph("INTRODUCTION", rh2),
         Paragraph("Pursuant to Standing Order 109 of the House of Commons, the Government of Canada is pleased to "
                   "respond to the Ninth Report of the Standing Committee on Transport, Infrastructure and "
                   "Communities (the Committee), <i>Keeping Small Airports Flying: Regional Air Service in "
                   "Canada</i>, tabled in the House on June 12, 2024.", rbody),
         Paragraph("The Government thanks the members of the Committee, as well as the witnesses who appeared and "
                   "the organizations that submitted briefs. Regional air service connects Canadians to health "
                   "care, education, employment and family, and for many northern and remote communities it is a "
                   "lifeline. The Government has carefully considered the Committee's seven recommendations. This "
                   "response is organized by theme and sets out the actions the Government has taken or will take.",
                   rbody),
         Paragraph("SUPPORTING AIRPORT INFRASTRUCTURE (RECOMMENDATIONS 1 AND 2)", rh2),
         q(1), q(2),
         Paragraph("The Government supports Recommendation 1 in principle. Budget 2024 provided an additional "
                   "$60 million over two years to the Airports Capital Assistance Program (ACAP), bringing the "
                   "program's annual envelope to $68 million in 2024-25 and 2025-26. This is the largest increase "
                   "since the program was created in 1995. The Government is not in a position at this time to "
                   "commit to a permanent funding level or to automatic indexation; future funding for ACAP will "
                   "be considered as part of the normal budget process, informed by the program evaluation now "
                   "under way.", rbody),
         Paragraph("With respect to Recommendation 2, the Government agrees that a temporary loss of service "
                   "should not exclude an airport from support at the very moment it is trying to attract a "
                   "carrier. Transport Canada will amend the ACAP Terms and Conditions so that airports which have "
                   "had year-round scheduled passenger service in any of the previous five years are eligible. The "
                   "change will be effective for the 2025-26 intake, and applicants will be informed through the "
                   "program's call for proposals in the fall of 2024.", rbody),
         Paragraph("AIR NAVIGATION SERVICES (RECOMMENDATION 5)", rh2),
         q(5),
         Paragraph("The Government agrees with this recommendation. Under the <i>Civil Air Navigation Services "
                   "Commercialization Act</i>, NAV CANADA is already required to give notice of, and consult on, "
                   "proposals to reduce or close certain services. Witnesses made clear, however, that these "
                   "consultations often reach communities too late to make a difference. The Minister of Transport "
                   "will therefore bring forward amendments in 2025 to require NAV CANADA to consult local "
                   "governments, airport operators and affected Indigenous governments before an aeronautical "
                   "study that may lead to a reduction in service is concluded, and to publish a summary of what "
                   "it heard.", rbody),
         Paragraph("SERVICE TO REMOTE AND INDIGENOUS COMMUNITIES (RECOMMENDATION 3)", rh2),
         q(3),
         Paragraph("The Government recognizes that for communities without year-round road access, air service "
                   "is essential, and that high fares and unreliable schedules have real consequences for health "
                   "and well-being. Federal support for these communities is currently delivered through several "
                   "instruments, including Nutrition North Canada, Indigenous Services Canada's medical travel "
                   "benefits and contributions to northern airports under ACAP.", rbody),
         Paragraph("The Government does not support the creation of a new and separate fund for this purpose. In "
                   "the Government's view a further program would add to the fragmentation that witnesses "
                   "described. Transport Canada will instead lead an interdepartmental working group, beginning "
                   "in early 2025, to coordinate existing federal support for remote air access and to identify "
                   "gaps with Indigenous partners.", rbody),
         Paragraph("AIR TRAVEL SECURITY SCREENING (RECOMMENDATION 4)", rh2),
         q(4),
         Paragraph("The Government takes note of this recommendation. Screening at designated airports is funded "
                   "largely through the Air Travellers Security Charge, and cost recovery at smaller airports is "
                   "one of the questions being examined in the Department of Finance's ongoing review of that "
                   "charge. The evidence the Committee heard from regional carriers has been shared with the "
                   "Department of Finance and CATSA so that it can inform the review, which is expected to report "
                   "in 2025.", rbody),
         Paragraph("INFORMATION ON REGIONAL AIR SERVICE (RECOMMENDATION 6)", rh2),
         q(6),
         Paragraph("The Government supports this recommendation. Better public information will help communities, "
                   "carriers and governments plan. Transport Canada will publish a first <i>Regional Air "
                   "Connectivity Report</i> by December 2025, drawing on data carriers already file with the "
                   "Department and with Statistics Canada, and will update it every year. The report will cover "
                   "route changes, average fares by market and on-time performance.", rbody),
         Paragraph("CONCLUSION", rh2),
         Paragraph("The Government once again thanks the Committee for a report that reflects the voices of "
                   "regional and remote Canada. The measures set out above build on recent investments, and the "
                   "Government remains committed to working with airports, carriers, provinces, territories and "
                   "Indigenous partners to keep communities connected.", rbody)]
    doc.build(f, onFirstPage=response_pages, onLaterPages=response_pages)


if __name__ == "__main__":
    advice()
    response()
    print("wrote blind13_en_ca_commons_advice.pdf and _response.pdf")
