"""Round-10 blind pair 1: House of Commons select committee report + Government response.

Engine: reportlab Platypus (BaseDocTemplate, running header and "Page N of M" footer drawn in onPage).
Run:    /tmp/blindenv/bin/python tests/docs/src/blind10/pair1_select.py
Writes: tests/docs/blind10_en_select_museums_advice.pdf and _response.pdf
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common_rl import DOCS, numbered, register_fonts, styles  # noqa: E402

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, PageBreak, KeepTogether
from reportlab.lib import colors

register_fonts()
S = styles("LibSerif", 11, 14.5)
NUM = numbered(S["body"], 28)

# ---------------------------------------------------------------- advice: body paragraphs 1-40
CHAPTERS = [
    ("1 Introduction", [
        "Local museums are part of the fabric of almost every town in England. There are around 1,750 accredited museums, of which roughly 600 are run directly by local authorities and a further 500 by independent trusts that depend in part on council grants.",
        "We launched this inquiry in November 2023 to examine the financial position of local museums, the state of their collections, the people who work in them and their place in the communities they serve.",
        "We received 112 pieces of written evidence and held five oral evidence sessions, hearing from museum directors, trustees, local authority officers, Arts Council England, the Museums Association and the Minister for Arts and Heritage.",
        "We also visited museums in Barnsley, Kendal and Great Yarmouth. We are grateful to all those who gave evidence and to the staff and volunteers who welcomed us.",
        "This report is in five chapters. Chapter 2 deals with funding, Chapter 3 with collections, Chapter 4 with the workforce and Chapter 5 with the role of museums in their communities.",
    ]),
    ("2 Funding", [
        "Local authority spending on museums and galleries in England fell from £412 million in 2009/10 to £265 million in 2022/23 in cash terms. Allowing for inflation, this is a fall of around 44 per cent.",
        "Several witnesses told us that the reductions had fallen hardest on smaller authorities, where a museum service may consist of two or three paid staff. The Museums Association reported that 64 museums had closed permanently since 2010 and a further 41 had cut their opening hours.",
        "Local authority funding for museums has fallen steeply and unevenly. The loss of expertise that has come with it will take far longer to rebuild than the budgets themselves.",
        "Capital funding is a particular problem. Many local museums occupy listed buildings with leaking roofs, failing heating systems and no step-free access. The Museum Estate and Development Fund has provided £47 million since 2022, but it was oversubscribed almost five times in its second round.",
        "Arts Council England told us that the backlog of urgent capital works in local museums was at least £200 million, and that the figure was likely to be an underestimate because many small museums had never commissioned a full condition survey.",
        "A dedicated and predictable capital fund would allow museums to plan repairs rather than react to emergencies. Witnesses were clear that the sum needed is of the order of £50 million a year for at least five years.",
        "Revenue funding from Arts Council England is largely awarded through the National Portfolio, but many smaller museums rely on project grants of one or two years. Directors described spending a large part of their time on applications.",
        "One director told us that her museum had made fourteen applications in a single year to keep its learning programme running. Another said that short-term grants made it impossible to offer staff more than a fixed-term contract.",
        "Short-term funding is not a saving. It moves the cost of planning from the funder to the museum, where it is paid for in staff time and in lost opportunities.",
        "The Government has proposed that, from April 2025, the mandatory business rates relief for charities should no longer apply in full to premises in which a charity runs a shop or café. Independent museums told us that this would cost them £11 million a year.",
        "We are concerned that the proposal was made without any assessment of its effect on museums, and that the Department for Culture, Media and Sport was not consulted before it was announced.",
        "Local authority museums do not qualify for charitable rate relief at all. Several councils told us that the rates bill for their museum exceeded its acquisitions and conservation budgets combined.",
        "Extending a 75 per cent relief to all accredited museums, whatever their governance, would cost the Exchequer an estimated £19 million a year, a small sum beside the value museums bring to their local economies.",
    ]),
    ("3 Collections", [
        "Local museums care for an estimated 75 million objects. The Collections Trust told us that around a third of these have never been fully catalogued and that fewer than one in ten has been photographed.",
        "An uncatalogued collection is, in practice, an inaccessible one. Researchers cannot find objects, curators cannot lend them and the public cannot see them online.",
        "Digitisation has been funded piecemeal through project grants. The Collections Trust proposed a national programme, coordinated by a single body, that would provide common standards, shared software and regional teams.",
        "Witnesses also raised the question of disposal. The current guidance on the responsible disposal of objects dates from 2014 and does not reflect the growing pressure on storage or the expectations of communities seeking the return of objects.",
        "Several museums told us that they were holding objects they could not care for, because they feared criticism if they transferred or disposed of them. The Museums Association described the guidance as unfit for purpose.",
        "Stores are full. Of the 140 museums that answered our call for evidence on this point, 97 said that they had no space for new acquisitions and 23 said that their main store did not meet basic environmental standards.",
        "We do not underestimate the difficulty of these questions, but a clear, current framework would give museums the confidence to make responsible decisions.",
    ]),
    ("4 Workforce", [
        "The museum workforce is small, highly qualified and poorly paid. The median salary for a curator in a local authority museum is £27,400, well below that of other graduate professions.",
        "Entry to the profession still depends largely on unpaid volunteering and a postgraduate qualification. Witnesses told us that this excludes those who cannot afford to work without pay and narrows the range of people who work in museums.",
        "A paid entry route, combining apprenticeships with a bursary for those taking a postgraduate course, would open the profession to a far wider range of people. We heard that a bursary of £8,000 for 200 students a year would cost £1.6 million.",
        "There is no reliable national data on the museum workforce. Arts Council England collects some information from National Portfolio organisations, but nothing comparable exists for the museums outside it.",
        "Without such data it is impossible to know whether the workforce is growing or shrinking, or whether efforts to widen entry are working.",
        "Specialist skills in conservation, natural science and archaeology are disappearing. Several witnesses told us that their museum had lost its last specialist curator in one of these fields in the past five years.",
    ]),
    ("5 Museums and their communities", [
        "Museums are among the most trusted institutions in public life. Surveys commissioned by the Museums Association show that nine in ten people regard them as a trustworthy source of information.",
        "Many local museums have become community hubs, hosting warm spaces, language classes and health programmes. We saw in Great Yarmouth how a museum had worked with the local NHS trust on a programme for people living with dementia.",
        "This work is rarely funded as such. It is paid for out of core budgets or through short-term grants from health and social care bodies.",
        "Independent museums are currently excluded from the Museum Estate and Development Fund, which is open only to museums owned or run by local authorities. Independent museums make up almost half of the accredited museums in England.",
        "The exclusion of independent museums from capital funding is difficult to justify when they face the same problems with their buildings as local authority museums do.",
        "We intend to keep these matters under review and will return to them before the end of this Parliament.",
    ]),
]

# Conclusions and recommendations: (theme or None, kind, text with <b> markup, paragraph)
CONCL = [
    ("Funding", None, None, None),
    (None, "c", "We conclude that local authority funding for museums has fallen by more than two fifths in real terms since 2010, and that the loss of specialist staff that has come with it will take longer to rebuild than the budgets themselves.", 8),
    (None, "r", "<b>We recommend that the Department for Culture, Media and Sport establish a dedicated capital fund for local museums of at least £50 million a year for five years, open to all accredited museums and allocated on the basis of need.</b>", 11),
    (None, "r", "Short-term project grants have left too many museums chasing funding rather than planning ahead. <b>We recommend that Arts Council England move all museums it funds for more than one year onto three-year funding agreements from April 2026.</b>", 14),
    (None, "c", "We are concerned that the proposed change to charitable business rates relief was announced without any assessment of its effect on museums, and without consulting the Department for Culture, Media and Sport.", 16),
    (None, "r", "<b>We recommend that the Government extend a business rates relief of 75 per cent to all accredited museums, including those run directly by local authorities.</b>", 18),
    ("Collections", None, None, None),
    (None, "c", "We conclude that an uncatalogued collection is, in practice, an inaccessible one, and that the present piecemeal approach to digitisation will not close the gap in any reasonable time.", 20),
    (None, "r", "<b>We recommend that the Government fund a national programme for the digitisation of local museum collections, coordinated by the Collections Trust, with regional teams and shared standards.</b>", 21),
    (None, "r", "<b>We recommend that the Department, working with Arts Council England and the Museums Association, publish new guidance on the responsible disposal and transfer of collections within six months of this report.</b>", 23),
    ("Workforce", None, None, None),
    (None, "r", "<b>We recommend that the Department work with the sector to create a paid entry route into museum careers, combining apprenticeships with a bursary of £8,000 for postgraduate students from low-income backgrounds.</b>", 28),
    (None, "r", "<b>We recommend that Arts Council England collect and publish annual data on the size, pay and diversity of the museum workforce, covering museums both inside and outside the National Portfolio.</b>", 30),
    ("Museums and their communities", None, None, None),
    (None, "c", "We conclude that museums are among the most trusted institutions in public life and that their work with health and social care bodies deserves to be recognised and funded as such.", 34),
    (None, "r", "<b>We recommend that the Government open the Museum Estate and Development Fund to accredited independent museums from its next funding round.</b>", 36),
    (None, "r", "<b>We recommend that the Department write to this Committee within twelve months of its response, setting out the progress made on each of the recommendations in this report.</b>", 37),
]


def header_footer(title: str, total_ref: dict):
    def draw(canvas, doc):
        canvas.saveState()
        canvas.setFont("LibSans", 8.5)
        canvas.setFillColor(colors.HexColor("#444444"))
        if doc.page > 1:
            canvas.drawString(25 * mm, A4[1] - 14 * mm, title)
            canvas.line(25 * mm, A4[1] - 15.5 * mm, A4[0] - 25 * mm, A4[1] - 15.5 * mm)
        canvas.drawCentredString(A4[0] / 2, 12 * mm, f"Page {doc.page} of {total_ref.get('n', '?')}")
        canvas.restoreState()
    return draw


def build(path: Path, story_fn, title: str) -> None:
    total = {}
    for _ in range(2):  # first pass counts pages
        doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=22 * mm,
                              bottomMargin=22 * mm, title=title, author="House of Commons", invariant=1)
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
        doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=header_footer(title, total))])
        doc.build(story_fn())
        total["n"] = doc.page


def advice_story():
    st = []
    cover = ParagraphStyle("cover", parent=S["h1"], fontSize=20, leading=25, fontName="LibSans-Bold")
    st.append(Paragraph("House of Commons", ParagraphStyle("hc", parent=S["left"], fontName="LibSans", fontSize=12)))
    st.append(Paragraph("Culture, Media and Sport Committee", ParagraphStyle("hc2", parent=S["left"], fontName="LibSans-Bold", fontSize=12)))
    st.append(Spacer(1, 10))
    st.append(Paragraph("Local museums: funding, collections and communities", cover))
    st.append(Paragraph("Fourth Report of Session 2024–25", S["left"]))
    st.append(Paragraph("<i>Report, together with formal minutes relating to the report. Ordered by the House of Commons to be printed 14 January 2025.</i>", S["small"]))
    st.append(Spacer(1, 8))
    st.append(Paragraph("Summary", S["h2"]))
    st.append(Paragraph("Local museums have weathered more than a decade of falling budgets, but the cumulative effect is now visible in closed galleries, leaking roofs and collections that no one can find. This report calls for predictable capital and revenue funding, a national effort to catalogue and digitise collections, a fairer route into the profession and an end to the rules that shut independent museums out of capital funding. Our conclusions and recommendations are set out at the end of the report.", S["body"]))
    n = 0
    for title, paras in CHAPTERS:
        st.append(Paragraph(title, S["h2"]))
        for p in paras:
            n += 1
            st.append(Paragraph(p, NUM, bulletText=f"{n}."))
    st.append(PageBreak())
    st.append(Paragraph("Conclusions and recommendations", S["h2"]))
    k = 0
    item = numbered(S["body"], 24)
    theme = ParagraphStyle("theme", parent=S["h3"], fontName="LibSerif-Italic", spaceBefore=8)
    for th, kind, text, para in CONCL:
        if th:
            st.append(Paragraph(th, theme))
            continue
        k += 1
        st.append(Paragraph(f"{text} (Paragraph {para})", item, bulletText=f"{k}."))
    st.append(Spacer(1, 10))
    st.append(Paragraph("Formal minutes", S["h2"]))
    st.append(Paragraph("<b>Tuesday 14 January 2025.</b> Members present: Helen Ashworth, in the Chair; Tom Brereton, Priya Chaudhry, Gareth Lewis, Dame Margaret Oyelaran, Iain Sutherland, Kate Whitfield. Draft Report (<i>Local museums: funding, collections and communities</i>), proposed by the Chair, brought up and read. Ordered, That the draft Report be read a second time, paragraph by paragraph. Paragraphs 1 to 37 read and agreed to. Resolved, That the Report be the Fourth Report of the Committee to the House.", S["small"]))
    return st


# ---------------------------------------------------------------- response
QUOTE = ParagraphStyle("q", parent=S["body"], fontName="LibSerif-BoldItalic", leftIndent=20, rightIndent=10,
                       spaceBefore=6)
GR = ParagraphStyle("gr", parent=S["body"], fontName="LibSans-Bold", fontSize=10.5, spaceBefore=2, spaceAfter=3)


def rec(i: int) -> tuple[str, int]:
    items = [c for c in CONCL if c[0] is None]
    _, kind, text, para = items[i - 1]
    return text.replace("<b>", "").replace("</b>", ""), para


RESPONSE = [
    ("intro", None, [
        "The Government welcomes the Culture, Media and Sport Committee’s report on local museums, published on 21 January 2025, and is grateful to the Committee and to all who gave evidence. Local museums hold the stories of the places they serve, and the Government shares the Committee’s view that they deserve a secure future.",
        "This response sets out the Government’s reply to the Committee’s recommendations, grouped by theme. Each recommendation is reproduced in bold italics with the paragraph of the report to which it refers, followed by the Government’s response.",
    ]),
    ("theme", "Workforce and skills", None),
    ("rec", 9, [
        "The Government agrees that entry into museum careers should not depend on the ability to work without pay. DCMS will work with Arts Council England, the Museums Association and the Institute for Apprenticeships and Technical Education to expand the Museum Technician and Cultural Heritage apprenticeship standards, with the aim of 300 new apprenticeship starts in local museums by 2027.",
        "The Government is not, however, in a position to fund a postgraduate bursary scheme. Postgraduate students are already able to access loans of up to £12,471 through the Postgraduate Master’s Loan, and we do not intend to create a separate bursary for a single profession.",
    ]),
    ("rec", 10, [
        "Agreed. Arts Council England will extend its annual data return to all accredited museums from 2025/26, on a voluntary basis for those outside the National Portfolio, and will publish the first national museum workforce report in autumn 2026, covering headcount, pay bands, contract types and the diversity of the workforce.",
    ]),
    ("theme", "Funding", None),
    ("rec", 5, [
        "The Government rejects this recommendation. Business rates relief is a matter of general tax policy, and the Government does not believe that it would be right to create a new relief for one category of property. Local authorities already have discretionary powers to grant relief to any ratepayer in their area, including museums, and the cost of such relief is shared with central government.",
        "The Government recognises the pressures museums face and will continue to keep the wider business rates system under review as part of its commitment to reform.",
    ]),
    ("concl", 4, [
        "The Government does not agree that the change was made without regard to museums. HM Treasury and DCMS officials discussed the proposal before its publication, and the consultation, which closed on 3 March 2025, explicitly invited responses from cultural charities. The Government will publish its assessment alongside the outcome of the consultation.",
    ]),
    ("rec", 2, [
        "The Government accepts the case for predictable capital funding. We will continue the Museum Estate and Development Fund for a further three years from 2025/26, with £25 million a year, and will ask Arts Council England to allocate it on the basis of need, drawing on condition surveys of the museum estate.",
        "A fund of £50 million a year for five years is not affordable within the Department’s settlement, and we cannot commit to funding beyond the current Spending Review period.",
    ]),
    ("rec", 3, [
        "The Government agrees. Arts Council England has confirmed that from April 2026 all organisations it supports for more than twelve months, whether through the National Portfolio or its Museum Resilience programme, will receive three-year funding agreements with indicative figures for each year.",
    ]),
    ("theme", "Collections", None),
    ("rec", 8, [
        "The Government accepts this recommendation. The Government does not accept the Committee’s characterisation of the 2014 guidance as unfit for purpose: it has served the sector well for a decade and many of its principles remain sound. But we agree that it needs to be brought up to date.",
        "DCMS will publish revised guidance on the disposal and transfer of collections, prepared with Arts Council England and the Museums Association, by the end of September 2025. It will include new sections on shared storage, on transfers between museums and on requests for the return of objects.",
    ]),
    ("rec", 7, [
        "The Government notes the recommendation. We share the Committee’s ambition for collections that everyone can explore online, and we pay tribute to the work of the Collections Trust and of the many volunteers who have catalogued objects over the years.",
        "The Government will consider the case for a national digitisation programme as part of the next Spending Review, alongside other priorities for the cultural sector.",
    ]),
    ("theme", "Museums and their communities", None),
    ("rec", 13, [
        "The Government accepts this recommendation. The Department will write to the Committee by March 2026 with an update on the progress made on each of the Committee’s recommendations.",
    ]),
    ("rec", 12, [
        "The Government agrees in part. The next round of the Museum Estate and Development Fund will be open to independent museums that hold Accreditation and that own their buildings or hold a lease of at least twenty-five years. Independent museums without such security of tenure will remain ineligible, as the fund cannot be used to improve buildings the museum may not occupy for long.",
    ]),
    ("close", "Conclusion", [
        "The Government thanks the Committee once more for its work. We look forward to continuing the conversation about the future of local museums, and to reporting to the Committee on our progress.",
    ]),
]


def response_story():
    st = []
    st.append(Paragraph("House of Commons<br/>Culture, Media and Sport Committee", ParagraphStyle("hc", parent=S["left"], fontName="LibSans-Bold", fontSize=11)))
    st.append(Spacer(1, 6))
    st.append(Paragraph("Local museums: funding, collections and communities: Government Response to the Committee’s Fourth Report", ParagraphStyle("t", parent=S["h1"], fontName="LibSans-Bold", fontSize=16, leading=20)))
    st.append(Paragraph("Sixth Special Report of Session 2024–25", S["left"]))
    st.append(Paragraph("The Culture, Media and Sport Committee published its Fourth Report of Session 2024–25 on 21 January 2025. The Government’s response was received on 24 March 2025 and is appended to this report.", S["body"]))
    st.append(Paragraph("Appendix: Government Response", S["h2"]))
    for kind, key, paras in RESPONSE:
        if kind == "intro":
            for p in paras:
                st.append(Paragraph(p, S["body"]))
        elif kind == "theme":
            st.append(Paragraph(key, S["h2"]))
        elif kind in ("rec", "concl"):
            text, para = rec(key)
            block = [Paragraph(f"{text} (Paragraph {para})", QUOTE), Paragraph("Government response", GR),
                     Paragraph(paras[0], S["body"])]
            st.append(KeepTogether(block))
            for p in paras[1:]:
                st.append(Paragraph(p, S["body"]))
        elif kind == "close":
            st.append(Paragraph(key, S["h2"]))
            for p in paras:
                st.append(Paragraph(p, S["body"]))
    return st


if __name__ == "__main__":
    build(DOCS / "blind10_en_select_museums_advice.pdf", advice_story,
          "Local museums: funding, collections and communities")
    build(DOCS / "blind10_en_select_museums_response.pdf", response_story,
          "Local museums: Government Response to the Committee’s Fourth Report")
