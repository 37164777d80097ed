"""Round 23 (EN): Audit Wales local government review with coded recommendations R1-R7 in an exhibit
table, and the council's Organisational Response Form (landscape table). Engine: reportlab (platypus).

Regenerate: /tmp/blind23en/bin/python tests/docs/src/blind23/gen_en_audit_wales_rl.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,  # noqa: E402
                                TableStyle, KeepTogether)

from _b23en import FONTS, out, write_expected  # noqa: E402

PAIR = "blind23_en_audit_wales"
for nm, f in [("LS", "LiberationSans-Regular"), ("LSB", "LiberationSans-Bold"), ("LSI", "LiberationSans-Italic"),
              ("LSBI", "LiberationSans-BoldItalic")]:
    pdfmetrics.registerFont(TTFont(nm, f"{FONTS}/{f}.ttf"))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")

RED = colors.HexColor("#b3123a")
GREY = colors.HexColor("#f1eeee")
body = ParagraphStyle("body", fontName="LS", fontSize=10.5, leading=14.5, spaceAfter=7, alignment=TA_LEFT)
small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, spaceAfter=3)
cell = ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12.5, spaceAfter=0)
cellb = ParagraphStyle("cellb", parent=cell, fontName="LSB")
h1 = ParagraphStyle("h1", fontName="LSB", fontSize=22, leading=27, textColor=RED, spaceAfter=12)
h2 = ParagraphStyle("h2", fontName="LSB", fontSize=15, leading=19, textColor=RED, spaceBefore=10, spaceAfter=8)
h3 = ParagraphStyle("h3", fontName="LSB", fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=5)
exh = ParagraphStyle("exh", fontName="LSB", fontSize=10, leading=13, textColor=RED, spaceBefore=6, spaceAfter=4)

RECS = [
    ("R1", "The Council should set a target to end the use of bed and breakfast accommodation for families with "
           "children, except in emergencies, and report progress against it to Cabinet every quarter."),
    ("R2", "The Council should complete an assessment of the likely demand for temporary accommodation over the "
           "next five years, by household type, and use it to shape its Housing Support Programme Strategy."),
    ("R3", "The Council should put in place a single procurement framework for temporary accommodation "
           "providers that sets minimum standards for repair, safety and the support offered to residents."),
    ("R4", "The Council should inspect each unit of temporary accommodation before it is first used and at "
           "least once a year after that, and keep a record of every inspection."),
    ("R5", "The Council should agree with Bae Hafren University Health Board a protocol for patients who are "
           "homeless when they are ready to leave hospital, so that nobody is discharged to the street or to "
           "unsuitable accommodation."),
    ("R6", "The Council should review its Common Housing Allocations Policy to give additional priority to "
           "households that have spent more than 12 months in temporary accommodation."),
    ("R7", "The Council should improve the information it gives to households when they are placed in temporary "
           "accommodation, including how long they are likely to stay and how to raise concerns about conditions."),
]

SUMMARY = [
    "Since the pandemic the number of households living in temporary accommodation in Cwm Aderyn has more than "
    "trebled, from 118 in March 2020 to 402 in March 2025. The Council now spends around £6.1 million a year on "
    "temporary accommodation, of which about £2.4 million is not met by housing benefit or Welsh Government "
    "grant.",
    "We looked at whether the Council is managing its use of temporary accommodation in a way that is "
    "sustainable and that meets the needs of the people placed in it. We carried out our work between February "
    "and July 2025.",
    "Overall, we found that the Council has responded quickly to rising demand and has avoided the worst "
    "outcomes, but it relies too heavily on bed and breakfast and nightly-let accommodation, it does not know "
    "enough about the quality of the accommodation it uses, and it has not planned for the demand it is likely "
    "to face over the next five years.",
    "The Council's housing options staff are committed and well regarded by partners. People we spoke to who "
    "had been placed in temporary accommodation generally praised the help they received from their caseworker, "
    "although several told us they had been given no idea of how long they would have to stay.",
]

DETAIL = [
    ("The Council's approach to temporary accommodation", [
        "The Council's Rapid Rehousing Transition Plan 2022-2027 sets out an intention to reduce the use of "
        "temporary accommodation and to move people into settled homes more quickly.<super>1</super> The plan is "
        "clear about the direction of travel but contains few measurable targets, and Cabinet has not received "
        "a progress report on it since November 2023.",
        "The Council does not have a target for reducing the use of bed and breakfast accommodation. In March "
        "2025, 37 families with children were living in bed and breakfast accommodation, 14 of them for more "
        "than six weeks. Officers told us that the Council is working towards ending this practice, but this "
        "aim is not written down anywhere (R1).",
        "The Council has not assessed how demand for temporary accommodation is likely to change. Its Housing "
        "Support Programme Strategy uses figures from 2021 and does not break demand down by household type. "
        "Without this information the Council cannot plan the right mix of accommodation (R2).",
    ]),
    ("Quality and cost of accommodation", [
        "The Council uses 41 different providers. Arrangements with 29 of them are spot purchases with no "
        "written contract. There is no common standard for repair or safety, and providers are not required to "
        "offer any support to residents (R3).",
        "The Council's records show that only 38% of self-contained units in use in March 2025 had been "
        "inspected by a council officer at any point. For shared accommodation the figure was 71%. We visited "
        "twelve properties with officers and found category 1 hazards in two of them (R4).",
        "We considered whether to recommend that the Council bring all temporary accommodation in-house. We "
        "have not made such a recommendation: the evidence from other councils is mixed and the decision "
        "depends on local circumstances.",
    ]),
    ("Working with partners", [
        "Between April 2024 and March 2025, 63 people were discharged from hospital in the Council's area with "
        "no settled address. Hospital staff and housing officers both told us that discharges often happen "
        "late on a Friday with little notice. There is no agreed protocol between the Council and the Health "
        "Board (R5).",
        "The Common Housing Allocations Policy is shared by the Council and five housing associations. It gives "
        "no weight to the time a household has spent in temporary accommodation. Some households have been in "
        "temporary accommodation for more than two years (R6).",
        "Most people we spoke to did not know how long they were likely to stay or who to contact about "
        "repairs. The Council's letter confirming a placement is four pages long and written in legal "
        "language (R7).",
    ]),
]


def header_footer(title):
    def draw(c, doc):
        c.saveState()
        w, h = doc.pagesize
        if doc.page > 1:
            c.setFont("LS", 8)
            c.setFillColor(colors.HexColor("#555555"))
            c.drawString(20 * mm, h - 12 * mm, title)
            c.setStrokeColor(RED)
            c.line(20 * mm, h - 13.5 * mm, w - 20 * mm, h - 13.5 * mm)
            c.drawRightString(w - 20 * mm, 10 * mm, f"Page {doc.page} of {doc._b23_pages}")
            c.drawString(20 * mm, 10 * mm, "Audit Wales | Archwilio Cymru")
        c.restoreState()
    return draw


def cover(c, doc):
    w, h = doc.pagesize
    c.saveState()
    c.setFillColor(RED)
    c.rect(0, h - 70 * mm, w, 70 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("LSB", 20)
    c.drawString(20 * mm, h - 25 * mm, "Archwilio Cymru")
    c.drawString(20 * mm, h - 34 * mm, "Audit Wales")
    c.setFont("LS", 10)
    c.drawString(20 * mm, h - 44 * mm, "Auditor General for Wales")
    c.restoreState()


def build(story, path, title, pagesize=A4, first=None):
    class Doc(SimpleDocTemplate):
        pass
    for attempt in range(2):
        doc = Doc(path, pagesize=pagesize, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                  bottomMargin=20 * mm, title=title, author="Audit Wales")
        doc._b23_pages = getattr(build, "pages", 0) or 99
        hf = header_footer(title)
        doc.build(list(story), onFirstPage=first or hf, onLaterPages=hf)
        build.pages = doc.page
    build.pages = 0


def advice():
    s = [Spacer(1, 62 * mm),
         Paragraph("Temporary Accommodation for Homeless Households – Cwm Aderyn County Borough Council", h1),
         Paragraph("Audit year: 2024-25<br/>Date issued: October 2025<br/>Document reference: 4871A2025", body),
         Spacer(1, 60 * mm),
         Paragraph("This document has been prepared for the internal use of Cwm Aderyn County Borough Council as "
                   "part of work performed in accordance with section 17 of the Public Audit (Wales) Act 2004 and "
                   "section 15 of the Well-being of Future Generations (Wales) Act 2015.", small),
         Paragraph("No responsibility is taken by the Auditor General or the staff of Audit Wales in relation to "
                   "any member, director, officer or other employee in their individual capacity, or to any "
                   "third party. We welcome correspondence and telephone calls in Welsh and English.", small),
         PageBreak(),
         Paragraph("Contents", h2)]
    for t, p in [("Summary report", 3), ("Recommendations", 3), ("Detailed report", 4),
                 ("Appendix 1 – Audit approach and methods", 6)]:
        s.append(Paragraph(f"{t}<font color='#888888'> ........................................ </font>{p}", body))
    s += [PageBreak(), Paragraph("Summary report", h2), Paragraph("About this review", h3)]
    n = 0
    rows = []
    for t in SUMMARY:
        n += 1
        rows.append([Paragraph(f"<b>{n}</b>", cell), Paragraph(t, body)])
    tst = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                      ("TEXTCOLOR", (0, 0), (0, -1), RED)])
    s.append(Table(rows, colWidths=[10 * mm, 160 * mm], style=tst))
    s.append(Paragraph("Recommendations", h3))
    n += 1
    s.append(Table([[Paragraph(f"<b>{n}</b>", cell), Paragraph(
        "Exhibit 1 sets out the recommendations we have made as a result of this review. The Council should "
        "respond to them using the organisational response form that accompanies this report.", body)]],
        colWidths=[10 * mm, 160 * mm], style=tst))
    s.append(Paragraph("Exhibit 1: recommendations", exh))
    rrows = [[Paragraph("<b>Recommendations</b>", cell), ""]]
    for code, text in RECS:
        rrows.append([Paragraph(f"<b>{code}</b>", cell), Paragraph(text, cell)])
    t = Table(rrows, colWidths=[16 * mm, 154 * mm], repeatRows=1)
    t.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("BACKGROUND", (0, 0), (-1, 0), GREY),
                           ("BOX", (0, 0), (-1, -1), 0.8, RED), ("LINEBELOW", (0, 0), (-1, -1), 0.4, RED),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s.append(t)
    s += [PageBreak(), Paragraph("Detailed report", h2)]
    for head, paras in DETAIL:
        s.append(Paragraph(head, h3))
        rows = []
        for ptxt in paras:
            n += 1
            rows.append([Paragraph(f"<b>{n}</b>", cell), Paragraph(ptxt, body)])
        s.append(Table(rows, colWidths=[10 * mm, 160 * mm], style=tst))
        if head.startswith("Quality"):
            s.append(Paragraph("Exhibit 2: households in temporary accommodation at 31 March", exh))
            data = [["Year", "B&amp;B / nightly let", "Self-contained", "Shared", "Total"],
                    ["2021", "22", "71", "48", "141"], ["2022", "49", "102", "67", "218"],
                    ["2023", "78", "131", "81", "290"], ["2024", "96", "158", "92", "346"],
                    ["2025", "111", "189", "102", "402"]]
            data = [[Paragraph(x, cellb if i == 0 else cell) for x in r] for i, r in enumerate(data)]
            et = Table(data, colWidths=[22 * mm, 40 * mm, 34 * mm, 26 * mm, 22 * mm])
            et.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), GREY), ("GRID", (0, 0), (-1, -1), 0.3,
                                                                              colors.grey)]))
            s += [et, Paragraph("Source: Audit Wales analysis of Council homelessness returns", small),
                  Spacer(1, 4)]
    s.append(Spacer(1, 6))
    s.append(Paragraph("<super>1</super> Welsh Government guidance asked every local authority to produce a "
                       "Rapid Rehousing Transition Plan by September 2022. Cwm Aderyn published its plan in "
                       "December 2022.", small))
    s += [PageBreak(), Paragraph("Appendix 1 – Audit approach and methods", h2)]
    for ptxt in [
        "We reviewed Council documents, including the Rapid Rehousing Transition Plan, Cabinet reports and "
        "minutes, the Housing Support Programme Strategy and the Common Housing Allocations Policy.",
        "We interviewed the Cabinet Member for Housing, the Head of Housing, housing options officers, two "
        "housing association partners and staff from Bae Hafren University Health Board.",
        "We spoke to 19 people who were living in, or had recently left, temporary accommodation, and visited "
        "twelve properties with Council officers.",
        "We analysed the Council's homelessness data returns for 2020-21 to 2024-25 and its expenditure on "
        "temporary accommodation for the same period."]:
        s.append(Paragraph("• " + ptxt, body))
    s.append(Spacer(1, 10))
    s.append(Paragraph("Audit Wales, 1 Capital Quarter, Tyndall Street, Cardiff CF10 4BZ. Tel: 029 2032 0500. "
                       "Email: info@audit.wales. Website: www.audit.wales.", small))
    build(s, out(PAIR + "_advice.pdf"), "Temporary Accommodation for Homeless Households – Cwm Aderyn County "
          "Borough Council", first=cover)


FORM = [
    ("General", "",
     "The Council welcomes the report and thanks the audit team for the constructive way it carried out the "
     "review. We agree that the use of temporary accommodation is one of the most significant pressures on the "
     "Council's budget. Progress on all actions below will be reported to the Governance and Audit Committee "
     "every six months.", "", "Chief Executive"),
    ("R1", "Target to end the use of B&amp;B for families with children; quarterly reports to Cabinet.",
     "Accepted. Cabinet agreed on 15 January 2026 to end the use of bed and breakfast for families with "
     "children except in emergencies, with a target date of March 2027. Quarterly progress reports to Cabinet "
     "begin in the first quarter of 2026-27.", "March 2027", "Head of Housing"),
    ("R2", "Five-year demand assessment by household type.",
     "This work is already complete. A demand assessment covering 2025-2030, broken down by household type, was "
     "finished in October 2025 and underpins the draft Housing Support Programme Strategy 2026-2030, which "
     "Cabinet will consider in February 2026.", "Complete", "Housing Strategy Manager"),
    ("R3 and R4", "Single procurement framework; inspection of every unit before first use and annually.",
     "The Council accepts R3 and will tender a single framework agreement for temporary accommodation providers, "
     "with minimum standards, by September 2026. The Council accepts R4 in part. Every unit will be inspected "
     "before it is first used. Shared accommodation will be inspected each year, but self-contained units will "
     "be inspected on a risk basis and at least every three years, as annual inspection of all 189 units is not "
     "achievable with current staffing.", "September 2026", "Head of Housing; Team Leader, Private Sector "
     "Housing"),
    ("R6", "Review of the Common Housing Allocations Policy: priority after 12 months in temporary "
           "accommodation.",
     "Not accepted. The Common Housing Allocations Policy was reviewed with our five housing association "
     "partners in 2024 and will next be reviewed in 2027. Partners are concerned that extra priority based on "
     "time spent in temporary accommodation would disadvantage households in severe overcrowding who are not "
     "homeless. The Council will monitor lengths of stay through the quarterly Cabinet reports.",
     "N/A", "Head of Housing"),
    ("R7", "Better information for households placed in temporary accommodation.",
     "Accepted. A plain-language welcome pack, available in Welsh and English, will replace the current "
     "placement letter. It will give an estimated length of stay and a single number for reporting concerns "
     "about conditions.", "June 2026", "Housing Options Manager"),
    ("R5", "Hospital discharge protocol with Bae Hafren University Health Board.",
     "The Council supports the intention behind this recommendation. A protocol needs the agreement of the "
     "Health Board, and the Council has asked for it to be discussed at the Regional Housing Support "
     "Collaborative Group in March 2026. We will update Audit Wales once the Health Board has considered the "
     "proposal.", "To be confirmed", "Head of Housing"),
]


def response():
    s = []
    s.append(Paragraph("Organisational response form", h1))
    hdr = [["Organisation:", "Cwm Aderyn County Borough Council"],
           ["Report title:", "Temporary Accommodation for Homeless Households"],
           ["Issue date:", "October 2025"], ["Document reference:", "4871A2025"],
           ["Date of response:", "20 January 2026"]]
    ht = Table([[Paragraph(f"<b>{a}</b>", cell), Paragraph(b, cell)] for a, b in hdr],
               colWidths=[45 * mm, 150 * mm], hAlign="LEFT")
    ht.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (0, -1), GREY)]))
    s += [ht, Spacer(1, 10)]
    head = ["Ref", "Recommendation",
            "Organisational response<br/><font size='7.5'>Please set out here relevant commentary on the planned "
            "actions in response to the recommendations</font>",
            "Completion date<br/><font size='7.5'>Please set out by when the planned actions will be "
            "complete</font>", "Responsible officer (title)"]
    rows = [[Paragraph(f"<b>{x}</b>", cell) for x in head]]
    for r in FORM:
        rows.append([Paragraph(f"<b>{r[0]}</b>", cell)] + [Paragraph(x, cell) for x in r[1:]])
    t = Table(rows, colWidths=[20 * mm, 55 * mm, 120 * mm, 34 * mm, 38 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), GREY),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s.append(t)
    s.append(Spacer(1, 8))
    s.append(Paragraph("Signed on behalf of the Council: Siân Pritchard, Chief Executive. Approved by Cabinet on "
                       "15 January 2026 (minute CAB/2026/007).", small))
    build(s, out(PAIR + "_response.pdf"), "Cwm Aderyn County Borough Council – organisational response",
          pagesize=landscape(A4))


def main():
    advice()
    response()
    recs = [
        ("R1", "set a target to end the use of bed and breakfast accommodation for families with children",
         "Cabinet agreed on 15 January 2026 to end the use", "agrees"),
        ("R2", "complete an assessment of the likely demand for temporary accommodation",
         "This work is already complete", "agrees"),
        ("R3", "put in place a single procurement framework for temporary accommodation providers",
         "will tender a single framework agreement for temporary accommodation providers", "agrees"),
        ("R4", "inspect each unit of temporary accommodation before it is first used",
         "self-contained units will be inspected on a risk basis", "partly"),
        ("R5", "agree with Bae Hafren University Health Board a protocol for patients",
         "A protocol needs the agreement of the Health Board", "noted", ["partly"]),
        ("R6", "review its Common Housing Allocations Policy to give additional priority",
         "Partners are concerned that extra priority based on time", "disagrees"),
        ("R7", "improve the information it gives to households when they are placed",
         "A plain-language welcome pack, available in Welsh and English", "agrees"),
    ]
    for i, r in enumerate(recs):  # the recommendations' own text opens 'The Council should'
        recs[i] = (r[0], "The Council should " + r[1]) + r[2:]
    unmatched = ["thanks the audit team for the constructive way"]
    notes = ("Audit Wales local government review (Cwm Aderyn County Borough Council, temporary accommodation) "
             "and the council's Organisational Response Form; reportlab, A4 report with red cover band, running "
             "header, 'Page N of M' footer; response on landscape A4. Advice: numbered paragraphs 1-14 in a "
             "number column (not recommendation numbers); seven recommendations coded R1-R7 in the rows of a "
             "ruled 'Exhibit 1: recommendations' table, all opening 'The Council should'; body paragraphs end with "
             "cross-references '(R3)'; an explicit non-recommendation ('We have not made such a recommendation'); "
             "a data table (Exhibit 2). Response: the Audit Wales form with boxed header fields and a five-column "
             "table (Ref | Recommendation | Organisational response | Completion date | Responsible officer) whose "
             "Recommendation column only paraphrases; a 'General' row answers nothing (unmatched); ONE row 'R3 and "
             "R4' with two verdicts ('accepts R3' agrees; 'accepts R4 in part' partly); 'This work is already "
             "complete' (R2 agrees); 'Not accepted' (R6); R5 moved to the last row, 'supports the intention' but "
             "needs the Health Board, no decision (noted, also partly).")
    write_expected(PAIR, recs, unmatched, notes)


if __name__ == "__main__":
    main()
