"""Blind round 17 (en): Law Commission (England and Wales) final report + the Government's interim response
(a command paper answering the recommendations by theme).
Engine: fpdf2 (Liberation Serif/Sans, subset-embedded), A4; footnotes printed at the page foot by the footer.

Run from the repository root with a venv outside the repository holding reportlab, fpdf2 and pymupdf:
    /tmp/blind17enenv/bin/python tests/docs/src/blind17/gen_en_lawcom_fp.py
Writes tests/docs/blind17_en_lawcom_advice.pdf and tests/docs/blind17_en_lawcom_response.pdf; check with
    /tmp/blind17enenv/bin/python tests/docs/src/blind17/_en_b17.py blind17_en_lawcom
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _en_b17 as H

PURPLE = (88, 38, 110)
TITLE = "Wayleaves and Utility Easements"
Base = H.fp_doc_class()


class LcDoc(Base):
    """Page number centred at the foot; footnotes queued with note() are printed above it."""

    def __init__(self, **kw):
        super().__init__(fmt="A4", **kw)
        self.set_margins(25, 22, 25)
        self.set_auto_page_break(True, 34)
        self.notes: list[tuple[str, str]] = []
        self.roman = {}

    def header(self):
        pass

    def note(self, mark, text):
        self.notes.append((mark, text))

    def footer(self):
        if self.page_no() == 1:
            return
        if self.notes:
            y = self.h - 17 - 4.2 * sum(1 + len(t) // 115 for _, t in self.notes)
            self.set_draw_color(0)
            self.line(self.l_margin, y - 1.5, self.l_margin + 45, y - 1.5)
            self.set_font("serif", "", 8)
            for mark, text in self.notes:
                self.set_xy(self.l_margin, y)
                self.cell(4, 4, mark)
                self.set_xy(self.l_margin + 4, y)
                self.multi_cell(self.epw - 4, 4, text, new_x="LMARGIN", new_y="NEXT")
                y = self.get_y()
            self.notes = []
        self.set_y(-14)
        self.set_font("serif", "", 9)
        self.cell(0, 5, self.roman.get(self.page_no(), str(self.page_no())), align="C")


RECS = {
    1: ("2.31", "We recommend that a utility operator should be able to apply to the Upper Tribunal (Lands "
        "Chamber) for an order imposing a utility easement where the landowner has not agreed terms within "
        "three months of a written request."),
    2: ("3.18", "We recommend that a landowner should be able to require an operator to remove apparatus that has "
        "not been used for a continuous period of 12 months, by giving notice to the operator."),
    3: ("3.29", "We recommend that every utility easement imposed by the Tribunal should include standard terms on "
        "access, reinstatement of the land and liability for damage, to be prescribed in regulations made by "
        "the Secretary of State."),
    4: ("2.44", "We recommend that statutory wayleaves under Schedule 4 to the Electricity Act 1989 should be "
        "replaced by the new utility easement regime for all electric lines installed after the regime comes "
        "into force."),
    5: ("4.22", "We recommend that the consideration payable for a utility easement should be assessed on the basis "
        "of its market value to the landowner, disregarding the operator's need for the easement, together "
        "with compensation for any loss or damage caused by the works."),
    6: ("5.12", "We recommend that the Upper Tribunal should be able to determine disputes under the regime by a "
        "simplified written procedure, without an oral hearing, where both parties agree."),
    7: ("5.20", "We recommend that each party should bear its own costs of proceedings before the Upper Tribunal "
        "under the regime, unless the Tribunal considers that a party has behaved unreasonably."),
}

CHAPTERS = [
    ("Chapter 1: Introduction", [
        "In this report we make recommendations for a single statutory scheme under which gas, electricity, water "
        "and heat network operators may obtain rights to install and keep apparatus on private land. At present "
        "each utility is governed by its own legislation, and the rights that operators hold range from "
        "personal, terminable wayleaves to permanent easements granted by deed.",
        "The project was referred to us by the Department for Energy Security and Net Zero in 2022 as part of our "
        "Fourteenth Programme of Law Reform.\u00b9 We published a consultation paper in November 2023 and received "
        "96 responses, from operators, landowners, their professional advisers and representative bodies.",
        "Chapter 2 considers how an operator may obtain rights over land. Chapter 3 deals with the terms of those "
        "rights and the removal of apparatus. Chapter 4 deals with consideration and compensation, and Chapter 5 "
        "with the resolution of disputes. Chapter 6 lists our recommendations.",
    ]),
    ("Chapter 2: Obtaining rights over land", [
        "Most utility apparatus on private land is installed by agreement. Where agreement cannot be reached, the "
        "powers available to operators differ widely. An electricity licence holder may apply to the Secretary "
        "of State for a necessary wayleave; a water undertaker may lay pipes in private land on giving notice; a "
        "heat network operator has no power at all.",
        "Consultees agreed that a single procedure would reduce cost and uncertainty. Operators said that "
        "negotiations with a small number of landowners can delay projects for years. Landowner bodies accepted "
        "the need for a compulsory procedure but stressed that it should be a last resort.",
        "We consider that the Upper Tribunal (Lands Chamber), which already determines disputes under the "
        "Electronic Communications Code, is the appropriate forum, and that a three-month period of negotiation "
        "strikes the right balance between the interests of the parties.",
        "REC1",
        "A more difficult question is whether the existing statutory wayleave regime for electricity should "
        "continue alongside the new scheme. Necessary wayleaves are personal to the landowner, terminable on "
        "notice, and give rise to repeated disputes when land changes hands.\u00b2",
        "We have concluded that two parallel regimes for new electric lines would perpetuate the complexity that "
        "this project is intended to remove. Existing wayleaves would continue until they are terminated or "
        "replaced.",
        "REC4",
    ]),
    ("Chapter 3: The terms of a utility easement", [
        "Landowners told us that apparatus is often left in place long after it has ceased to be used, "
        "sterilising land and exposing the landowner to liability. Operators accepted that redundant apparatus "
        "should be removed, but asked for a period long enough to distinguish disuse from a temporary outage.",
        "REC2",
        "Consultees also called for greater consistency in the terms on which operators enter land, restore it "
        "after works and compensate for damage. Terms currently vary between operators and even between "
        "projects of the same operator.",
        "We consider that standard terms, prescribed nationally and applied by the Tribunal unless the parties "
        "agree otherwise, would reduce the scope for dispute and the cost of negotiation.",
        "REC3",
    ]),
    ("Chapter 4: Consideration and compensation", [
        "Payments for utility rights are currently assessed in very different ways. Under the Electronic "
        "Communications Code consideration is assessed on a \u2018no network\u2019 basis, which has substantially "
        "reduced the payments made to landowners.\u00b3 Payments for electricity wayleaves are usually made "
        "under rates agreed between operators and landowner bodies.",
        "Most landowner consultees opposed the adoption of the Code's approach; most operators supported it. We "
        "have concluded that consideration should reflect the value of the easement to the landowner, but "
        "that the operator's particular need for it should be disregarded.",
        "REC5",
    ]),
    ("Chapter 5: Resolving disputes", [
        "Many disputes concern modest sums. Consultees told us that the cost of proceedings in the Upper "
        "Tribunal is out of proportion to what is at stake, and that the threat of an adverse costs order "
        "discourages landowners from contesting applications.",
        "REC6",
        "The general rule in the Upper Tribunal (Lands Chamber) is that costs follow the event. We consider that "
        "in proceedings under the new regime, where one party is compelled to take part, a different rule is "
        "justified.",
        "REC7",
    ]),
]


PARAS: dict[int, str] = {}


def rec_block(pdf, n, para):
    PARAS[n] = para
    text = RECS[n][1]
    pdf.ln(1)
    y0 = pdf.get_y()
    if y0 + 30 > pdf.page_break_trigger:
        pdf.add_page()
        y0 = pdf.get_y()
    pdf.set_font("serif", "B", 11)
    pdf.set_text_color(*PURPLE)
    pdf.cell(0, 6, f"Recommendation {n}.", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0)
    pdf.hanging(para, f"**{text}**", width=12, after=2.4)
    pdf.set_draw_color(*PURPLE)
    pdf.line(pdf.l_margin - 3, y0, pdf.l_margin - 3, pdf.get_y() - 2)
    pdf.set_draw_color(0)


NOTES = {
    "\u00b9": "Fourteenth Programme of Law Reform (2022) Law Com No 408, paras 2.51 to 2.55.",
    "\u00b2": "Electricity Act 1989, sch 4, paras 6 to 8; see also Consultation Paper No 262, paras 3.12 to 3.20.",
    "\u00b3": "Communications Act 2003, sch 3A (the Electronic Communications Code), para 24.",
}


def build_advice(toc):
    pdf = LcDoc()
    pdf.set_title(f"{TITLE} (Law Com No 417)")
    pdf.set_author("Law Commission")
    pdf.add_page()
    pdf.set_font("sans", "B", 20)
    pdf.set_text_color(*PURPLE)
    pdf.cell(0, 10, "Law Commission", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("sans", "", 11)
    pdf.cell(0, 6, "Reforming the law", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0)
    pdf.ln(48)
    pdf.set_font("sans", "B", 24)
    pdf.multi_cell(0, 11, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("sans", "", 13)
    pdf.cell(0, 7, "Law Com No 417", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(60)
    pdf.set_font("serif", "", 10)
    pdf.multi_cell(0, 5, "Presented to Parliament pursuant to section 3(2) of the Law Commissions Act 1965\n\n"
                   "Ordered by the House of Commons to be printed on 15 July 2025\n\nHC 1123",
                   new_x="LMARGIN", new_y="NEXT")
    # page ii
    pdf.add_page()
    pdf.roman[2] = "ii"
    pdf.set_font("serif", "", 9)
    pdf.ln(110)
    pdf.multi_cell(0, 4.6, "\u00a9 Crown copyright 2025\n\nThis publication is licensed under the terms of the Open "
                   "Government Licence v3.0 except where otherwise stated.\n\nThis publication is available at "
                   "www.gov.uk/official-documents.\n\nAny enquiries regarding this publication should be sent to "
                   "us at wayleaves@lawcommission.gov.uk.\n\nISBN 978-1-5286-5561-0\nE03371284 07/25",
                   new_x="LMARGIN", new_y="NEXT")
    # page iii
    pdf.add_page()
    pdf.roman[3] = "iii"
    pdf.heading("The Law Commission", size=13, family="sans", color=PURPLE)
    pdf.para("The Law Commission was set up by the Law Commissions Act 1965 for the purpose of promoting the "
             "reform of the law.")
    pdf.para("The Law Commissioners are:\nThe Right Honourable Lord Justice Carrow, Chair\nProfessor Anjali "
             "Menon KC (Hon)\nProfessor Sarah Linwood\nNicholas Paget KC\nProfessor Tom Ashworth", align="L")
    pdf.para("The Chief Executive of the Law Commission is Joanna Pryce.")
    pdf.para("The Law Commission is located at 1st Floor, Tower, 52 Queen Anne's Gate, London SW1H 9AG.")
    pdf.para("The terms of this report were agreed on 2 July 2025.")
    pdf.para("The text of this report is available on the Law Commission's website at "
             "https://lawcom.gov.uk/project/wayleaves-and-utility-easements/.", align="L")
    # page iv contents
    pdf.add_page()
    pdf.roman[4] = "iv"
    pdf.heading("Contents", size=14, family="sans", color=PURPLE)
    pdf.set_font("serif", "", 11)
    for t in ["Chapter 1: Introduction", "Chapter 2: Obtaining rights over land",
              "Chapter 3: The terms of a utility easement", "Chapter 4: Consideration and compensation",
              "Chapter 5: Resolving disputes", "Chapter 6: Recommendations", "Appendix 1: Acknowledgements"]:
        pdf.cell(pdf.epw - 12, 8, t)
        pdf.cell(12, 8, str(toc.get(t, "")), align="R", new_x="LMARGIN", new_y="NEXT")
    pages = {}
    for ci, (title, paras) in enumerate(CHAPTERS, start=1):
        pdf.add_page()
        pages[title] = pdf.page_no()
        pdf.heading(title, size=15, before=0, after=4, family="sans", color=PURPLE)
        k = 0
        for p in paras:
            if p.startswith("REC"):
                k += 1
                rec_block(pdf, int(p[3:]), f"{ci}.{k}")
                continue
            k += 1
            for mark, text in NOTES.items():
                if mark in p:
                    pdf.note(mark, text)
            pdf.hanging(f"{ci}.{k}", p, width=12, after=2.4)
    pdf.add_page()
    pages["Chapter 6: Recommendations"] = pdf.page_no()
    pdf.heading("Chapter 6: Recommendations", size=15, before=0, after=4, family="sans", color=PURPLE)
    pdf.para("This chapter lists the recommendations that we make in this report.")
    for n, (_, text) in RECS.items():
        para = PARAS[n]
        pdf.hanging(f"{n}.", text, width=9, after=0.8)
        pdf.set_font("serif", "I", 9.5)
        pdf.set_x(pdf.l_margin + 9)
        pdf.cell(0, 5, f"Paragraph {para}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.ln(4)
    pdf.set_font("serif", "", 11)
    pdf.multi_cell(0, 5.5, "(Signed) ANDREW CARROW, Chair\nANJALI MENON\nSARAH LINWOOD\nNICHOLAS PAGET\n"
                   "TOM ASHWORTH\n\nJOANNA PRYCE, Chief Executive\n2 July 2025", new_x="LMARGIN",
                   new_y="NEXT")
    pdf.add_page()
    pages["Appendix 1: Acknowledgements"] = pdf.page_no()
    pdf.heading("Appendix 1: Acknowledgements", size=15, before=0, after=4, family="sans", color=PURPLE)
    pdf.para("We are grateful to all those who responded to our consultation paper and who met us during the "
             "project, including the Country Land and Business Association, the National Farmers' Union, Energy "
             "Networks Association, Water UK, the Heat Networks Industry Council, the Central Association of "
             "Agricultural Valuers and the Royal Institution of Chartered Surveyors.")
    pdf.para("The following members of staff worked on this report: Imogen Hartley (team manager), Daniel Okafor "
             "(lawyer) and Priya Sandhu (research assistant).")
    out = H.DOCS / "blind17_en_lawcom_advice.pdf"
    pdf.output(str(out))
    return out, pages


# ---------------------------------------------------------------- the interim response

THEMES = [
    ("Obtaining rights over land", [
        (1, "The Commission recommends a procedure for operators to apply to the Upper Tribunal for an order "
            "imposing a utility easement after three months of negotiation.",
         ["The Government accepts this recommendation. A single procedure, available to all utility operators "
          "and decided by a specialist tribunal, will give operators and landowners a clear and predictable "
          "route when agreement cannot be reached.",
          "We will bring forward legislation to establish the procedure when parliamentary time allows. "
          "Officials are working with the Tribunal on the rules that will be needed."]),
        (4, "The Commission recommends that statutory wayleaves for new electric lines be replaced by the new "
            "regime.",
         ["The Government does not accept this recommendation. Necessary wayleaves are used for a large number "
          "of low-voltage connections, many of them to single homes, and network operators have told us that "
          "moving those connections to the new regime would slow the connection of homes, heat pumps and "
          "electric vehicle chargers at a time when demand is rising rapidly.",
          "The necessary wayleave procedure will therefore remain available for electric lines alongside the "
          "new regime. We will instead ask Ofgem to review whether the guidance on the termination of "
          "wayleaves should be strengthened."]),
    ]),
    ("The terms of a utility easement", [
        (3, "The Commission recommends standard terms on access, reinstatement and liability, prescribed in "
            "regulations.",
         ["The Government accepts this recommendation in part. We agree that every utility easement imposed "
          "by the Tribunal should contain standard terms on these matters.",
          "However, we consider that terms of this kind are better set out in a statutory code of practice, "
          "which can be updated quickly as practice develops, than in regulations. The Tribunal will be "
          "required to have regard to the code, rather than being bound by prescribed terms."]),
        (2, "The Commission recommends that landowners be able to require the removal of apparatus unused for "
            "12 months.",
         ["The Government accepts this recommendation. Redundant apparatus imposes real costs on landowners, "
          "and operators should be responsible for removing it. The legislation will provide for the operator "
          "to be given a reasonable period after the notice in which to carry out the work."]),
    ]),
    ("Consideration, compensation and disputes", [
        (5, "The Commission recommends that consideration be assessed on a market value basis, disregarding the "
            "operator's need for the easement.",
         ["The valuation basis is the most contested question in the Commission's report, and the responses we "
          "have received since its publication show that views remain sharply divided. The Government is "
          "considering this recommendation alongside the review of the valuation rules in the Electronic "
          "Communications Code that the Department for Science, Innovation and Technology has begun.",
          "We have not reached a view and will set out our position in the final response."]),
        (6, "The Commission recommends a simplified written procedure in the Upper Tribunal where both parties "
            "agree.",
         ["The Government accepts this recommendation and will invite the Tribunal Procedure Committee to make "
          "the necessary rules once the legislation has been passed."]),
    ]),
]


def build_response():
    pdf = LcDoc()
    pdf.set_title("Interim Government Response: Wayleaves and Utility Easements")
    pdf.set_author("Ministry of Justice")
    pdf.add_page()
    pdf.set_font("sans", "B", 12)
    pdf.cell(0, 6, "Ministry of Justice", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "Department for Energy Security and Net Zero", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(50)
    pdf.set_font("sans", "B", 22)
    pdf.multi_cell(0, 10, "Wayleaves and Utility Easements", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("sans", "", 14)
    pdf.multi_cell(0, 7, "Interim Government Response to the Law Commission's Report (Law Com No 417)",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(50)
    pdf.set_font("serif", "", 10)
    pdf.multi_cell(0, 5, "Presented to Parliament by the Lord Chancellor and Secretary of State for Justice by "
                   "Command of His Majesty\n\nMarch 2026\n\nCP 1421", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("serif", "", 9)
    pdf.ln(120)
    pdf.multi_cell(0, 4.6, "\u00a9 Crown copyright 2026\n\nThis publication is licensed under the terms of the Open "
                   "Government Licence v3.0 except where otherwise stated.\n\nAny enquiries regarding this "
                   "publication should be sent to us at landlaw@justice.gov.uk.\n\nISBN 978-1-5286-5830-7\n"
                   "E03402213 03/26", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.heading("Contents", size=14, family="sans")
    pdf.set_font("serif", "", 11)
    for t, p in [("Ministerial foreword", 4), ("Introduction", 5), ("Our response to the recommendations", 5),
                 ("Other matters", 6), ("Next steps", 7)]:
        pdf.cell(pdf.epw - 12, 8, t)
        pdf.cell(12, 8, str(p), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.heading("Ministerial foreword", size=14, before=0, family="sans")
    pdf.para("Reliable energy, water and heat depend on pipes, cables and plant that cross millions of acres of "
             "private land. The rules that allow operators to put that apparatus in place, and that protect the "
             "owners of the land, have grown up piecemeal over more than a century.")
    pdf.para("I am grateful to the Law Commission for a careful report that brings those rules together. This "
             "interim response sets out the Government's position on six of its seven recommendations. We will "
             "respond to Recommendation 7, on the costs of proceedings, in our final response, once the Civil "
             "Justice Council has reported on costs in the Upper Tribunal.")
    pdf.para("Helen Marlow MP\nMinister of State for Courts and Legal Services", align="L")
    pdf.add_page()
    pdf.heading("Introduction", size=14, before=0, family="sans")
    pdf.para("1. The Law Commission published its report Wayleaves and Utility Easements (Law Com No 417) on "
             "15 July 2025. The report makes seven recommendations for a single statutory regime for utility "
             "easements over private land.")
    pdf.para("2. Since publication, officials have met operators, landowner bodies and the Upper Tribunal (Lands "
             "Chamber) to discuss the recommendations. We are grateful to all those who contributed.")
    pdf.para("3. The Government's responses are grouped below under the themes of the report. For each "
             "recommendation we summarise the Commission's recommendation and set out the Government's "
             "response.")
    pdf.heading("Our response to the recommendations", size=14, family="sans")
    for theme, items in THEMES:
        pdf.heading(theme, size=12, before=2, family="sans")
        for n, summary, paras in items:
            pdf.heading(f"Recommendation {n}", size=11, before=1, after=1, family="serif")
            pdf.para(summary, style="I")
            pdf.set_font("serif", "B", 11)
            pdf.cell(0, 6, "Government response", new_x="LMARGIN", new_y="NEXT")
            for p in paras:
                pdf.para(p)
    pdf.heading("Other matters", size=14, family="sans")
    pdf.para("The report also discusses whether the new regime should apply to water and sewerage undertakers "
             "whose areas are wholly or mainly in Wales. Water is a devolved matter, and officials are "
             "discussing with the Welsh Government whether it wishes the regime to extend to Wales.")
    pdf.heading("Next steps", size=14, family="sans")
    pdf.para("The Government will publish its final response to the report, including its response to "
             "Recommendations 5 and 7, by the end of 2026. Legislation to implement the accepted recommendations "
             "will be brought forward when parliamentary time allows.")
    out = H.DOCS / "blind17_en_lawcom_response.pdf"
    pdf.output(str(out))
    return out


if __name__ == "__main__":
    _, toc = build_advice({})
    out, toc2 = build_advice(toc)
    assert toc == toc2
    print(out, toc)
    print(build_response())
