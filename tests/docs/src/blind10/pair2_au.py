"""Round-10 blind pair 2: Australian House of Representatives committee report + Government response table.

Engine: reportlab Platypus. Recommendation boxes are one-cell Tables with a shaded background and a frame;
the response is one long Table (repeatRows=1, splitByRow=0, splitInRow=1) whose rows cross page breaks.
Run:    /tmp/blindenv/bin/python tests/docs/src/blind10/pair2_au.py
Writes: tests/docs/blind10_en_au_committee_advice.pdf and _response.pdf
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common_rl import DOCS, register_fonts, styles  # noqa: E402

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

register_fonts()
S = styles("LibSans", 10, 13.5)
PNUM = ParagraphStyle("pnum", parent=S["body"], leftIndent=34, firstLineIndent=-34)
BOXH = ParagraphStyle("boxh", parent=S["left"], fontName="LibSans-Bold", fontSize=10.5, spaceAfter=3)
BOXT = ParagraphStyle("boxt", parent=S["left"], spaceAfter=2)

RECS = {
    1: "The Committee recommends that the Australian Government, through the Environment and Invasive Species Ministers’ Meetings, develop a National Feral Deer Action Plan by the end of 2025, with agreed targets for each state and territory.",
    2: "The Committee recommends that the Australian Government provide $30 million over four years to establish a national feral deer control program, matched by state and territory contributions.",
    3: "The Committee recommends that the Department of Agriculture, Fisheries and Forestry fund research into humane and cost-effective control methods for feral deer, including fertility control and aerial shooting techniques.",
    4: "The Committee recommends that all state and territory governments remove the protected game status of deer under their hunting and wildlife legislation.",
    5: "The Committee recommends that the Australian Government list feral deer as a key threatening process under the Environment Protection and Biodiversity Conservation Act 1999 and prepare a threat abatement plan.",
    6: "The Committee recommends that Biosecurity Australia, with the states and territories, develop nationally consistent standards for the keeping and transport of deer to prevent further escapes from deer farms.",
    7: "The Committee recommends that the Australian Government establish a grants program for landholders and Landcare groups to undertake coordinated deer control across property boundaries.",
    8: "The Committee recommends that the Australian Government fund a national monitoring program to estimate feral deer populations and their distribution every three years, and publish the results.",
}

CHAPTERS = [
    ("Chapter 1 — Introduction", [
        "On 14 September 2023 the Minister for the Environment and Water referred to the Committee an inquiry into the impact of feral deer on Australia’s environment, agriculture and communities. The terms of reference are set out at the beginning of this report.",
        "The Committee received 147 submissions and held public hearings in Canberra, Hobart, Orange, Bairnsdale and Mount Gambier. A list of submissions and witnesses is at Appendices A and B.",
        "The Committee thanks all those who contributed, and in particular the landholders who spoke frankly about the costs deer have imposed on their properties and their families.",
    ], []),
    ("Chapter 2 — A national problem without a national plan", [
        "Six species of deer have established wild populations in Australia. Estimates of the total population range from one to two million animals, and every credible estimate suggests that it is growing and spreading.",
        "Deer damage native vegetation, foul waterways, compete with livestock for pasture and cause an estimated 1,200 vehicle collisions a year. The Invasive Species Council estimated the cost to agriculture alone at $69 million annually.",
        "Responsibility for deer management rests largely with the states and territories, whose approaches differ widely. Witnesses described deer crossing from a jurisdiction where they are controlled to one where they are protected as game.",
        "The Committee heard repeatedly that the absence of a national plan was the single greatest obstacle to effective control. Deer do not respect borders, and control effort on one side of a boundary is wasted if nothing is done on the other.",
        "A national plan would also give the Commonwealth a clear basis for its own funding and research effort, and allow progress to be measured against agreed targets.",
    ], [1, 2]),
    ("Chapter 3 — Control methods and research", [
        "Ground shooting remains the most common control method, but it is labour-intensive and rarely reduces populations on its own. Aerial shooting from helicopters, trialled in New South Wales and Victoria, removed more than 90 per cent of deer in some treated areas.",
        "Witnesses from the research community told the Committee that there has been little investment in new control tools since the 1990s. Fertility control, toxins and improved detection technologies such as thermal drones all warrant further work.",
        "Animal welfare groups emphasised that any method adopted at scale must be humane. The Committee agrees, and notes that good research is the best way to ensure both effectiveness and welfare.",
    ], [3]),
    ("Chapter 4 — Law and regulation", [
        "In Victoria and Tasmania, deer remain protected as game under state legislation. This means that, outside designated areas or seasons, landholders may need a permit to shoot deer on their own land.",
        "Hunting organisations told the Committee that recreational hunters remove tens of thousands of deer each year and that game status supports a regulated and responsible hunting culture.",
        "The Committee acknowledges the contribution of recreational hunters, but considers that the protected status of a pest species sends a contradictory message and hampers control.",
        "Feral deer are not currently listed as a key threatening process under the Environment Protection and Biodiversity Conservation Act 1999, although a nomination was made in 2019. A listing would require a threat abatement plan or advice.",
        "Several submissions drew attention to escapes from deer farms as a continuing source of new wild populations, and to the absence of consistent standards for fencing and transport.",
    ], [4, 5, 6]),
    ("Chapter 5 — Landholders, communities and monitoring", [
        "Landholders told the Committee that individual effort is futile unless neighbours act at the same time. Coordinated programs led by Landcare groups in the Southern Tablelands had reduced local deer numbers substantially.",
        "Such programs depend on small amounts of money for coordinators, equipment and contractors, and most have relied on one-off grants.",
        "There is no reliable national estimate of deer numbers or distribution. Without monitoring, it is impossible to know whether control programs are working.",
    ], [7, 8]),
]


def page_deco(title, total):
    def draw(canvas, doc):
        canvas.saveState()
        canvas.setFont("LibSans", 8)
        canvas.setFillColor(colors.HexColor("#1F3A5F"))
        canvas.drawString(20 * mm, A4[1] - 12 * mm, title)
        canvas.setStrokeColor(colors.HexColor("#1F3A5F"))
        canvas.line(20 * mm, A4[1] - 13.5 * mm, A4[0] - 20 * mm, A4[1] - 13.5 * mm)
        canvas.drawRightString(A4[0] - 20 * mm, 11 * mm, f"{doc.page}")
        canvas.restoreState()
    return draw


def build(path, story_fn, title, author):
    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                          bottomMargin=20 * mm, title=title, author=author, invariant=1)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=page_deco(title, None))])
    doc.build(story_fn())


def rec_box(n):
    t = Table([[[Paragraph(f"Recommendation {n}", BOXH), Paragraph(RECS[n], BOXT)]]], colWidths=[160 * mm])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#DCE6F1")),
        ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#1F3A5F")),
        ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    return [Spacer(1, 4), t, Spacer(1, 8)]


def advice_story():
    st = [Paragraph("The Parliament of the Commonwealth of Australia", S["left"]),
          Spacer(1, 4),
          Paragraph("Out of control: the impact of feral deer on Australia’s environment, agriculture and communities",
                    ParagraphStyle("t", parent=S["h1"], fontSize=17, leading=21)),
          Paragraph("House of Representatives Standing Committee on Climate Change, Energy, Environment and Water", S["left"]),
          Paragraph("November 2024 · Canberra", S["small"]), Spacer(1, 8)]
    st.append(Paragraph("Chair’s foreword", S["h2"]))
    st.append(Paragraph("Feral deer are now found in every state and territory. Over fourteen months and five public hearings, the Committee heard from farmers, scientists, hunters and traditional owners, and almost all of them told us the same thing: the problem is growing faster than the response. This report makes eight recommendations. Together they would give Australia, for the first time, a national approach to a national pest.", S["body"]))
    st.append(Paragraph("<i>Ms Jacinta Moreland MP, Chair</i>", S["body"]))
    for ci, (title, paras, recs) in enumerate(CHAPTERS, start=1):
        st.append(Paragraph(title, S["h2"]))
        for pi, p in enumerate(paras, start=1):
            st.append(Paragraph(p, PNUM, bulletText=f"{ci}.{pi}"))
        if recs:
            st.append(Paragraph("Committee comment", S["h3"]))
            st.append(Paragraph("The Committee considers that the evidence set out above calls for action by the Australian Government and its state and territory counterparts, as recommended below.", S["body"]))
            for n in recs:
                st.extend(rec_box(n))
    return st


# ---------------------------------------------------------------- response
REPLIES = {
    1: "<b>Agreed.</b> The Australian Government will lead the development of a National Feral Deer Action Plan through the Environment and Invasive Species Ministers’ Meetings. A draft will be released for public consultation in mid-2025 and the final plan, including jurisdictional targets, will be presented to Ministers by December 2025.",
    2: "<b>Agreed in principle.</b> The Government agrees that a national control effort requires dedicated funding and thanks the Committee for its careful analysis of costs. It will provide $12 million over four years from 2025–26 through the National Landcare Program to support priority control projects identified in the Action Plan. The Government welcomes the commitment of several states to contribute to coordinated control, and will seek matched contributions through the Action Plan negotiations. The Government remains committed to working with the states and territories on the long-term resourcing of deer control, and will consider further funding in the light of the Action Plan’s targets and the outcomes of the first two years of projects. The Government will report on the projects funded in its annual report on the National Landcare Program.",
    3: "<b>Supported.</b> The Department of Agriculture, Fisheries and Forestry will fund a three-year research program through the Centre for Invasive Species Solutions, beginning in 2025, covering fertility control, thermal detection and the welfare outcomes of aerial shooting.",
    4: "<b>Noted.</b> The Government recognises the strength of the evidence presented to the Committee and welcomes the constructive engagement of hunting organisations throughout the inquiry. The Government agrees that consistency across borders would make control more effective. The legal status of deer is, however, a matter for state and territory governments under their own legislation. The Government will draw the Committee’s report to the attention of the relevant state and territory ministers.",
    5: "<b>Not agreed.</b> The Government shares the Committee’s concern about the damage feral deer cause to threatened species and ecological communities, and thanks the Committee for drawing attention to the 2019 nomination. The Threatened Species Scientific Committee considered that nomination and advised that the threat is already addressed through existing threat abatement arrangements for the degradation of native vegetation by introduced herbivores, and that a separate listing would add little. The Government accepts that advice and will ensure that the National Feral Deer Action Plan is aligned with those arrangements.",
    6: "<b>Agreed.</b> The Department of Agriculture, Fisheries and Forestry will work with state and territory agriculture agencies through the National Biosecurity Committee to develop consistent standards for the fencing of deer farms and the transport of live deer. The Government notes, however, that enforcement of such standards will remain the responsibility of the states and territories. The standards will be finalised by June 2026.",
    7: "<b>Supported in principle.</b> The Government supports coordinated, landscape-scale control and recognises the success of programs led by Landcare groups. Rather than establish a separate grants program, the Government will make cross-boundary deer control an eligible activity under the existing Landcare small grants, with a maximum grant of $50,000 per group.",
    8: "<b>Noted.</b> The Government agrees that reliable data on deer numbers and distribution are essential to measure the success of control efforts, and values the Committee’s recommendation. The Government will consider options for national monitoring in the context of the Action Plan and of available resources, and will discuss with the states and territories how existing state surveys could be brought together.",
}
ORDER = [1, 2, 3, 4, 5, 6, 7, 8]


def response_story():
    st = [Paragraph("Australian Government", ParagraphStyle("ag", parent=S["left"], fontName="LibSans-Bold", fontSize=11)),
          Spacer(1, 4),
          Paragraph("Australian Government response to the House of Representatives Standing Committee on Climate Change, Energy, Environment and Water report:",
                    ParagraphStyle("t", parent=S["h1"], fontSize=14, leading=18)),
          Paragraph("<i>Out of control: the impact of feral deer on Australia’s environment, agriculture and communities</i>", S["left"]),
          Paragraph("June 2025", S["small"]), Spacer(1, 6)]
    st.append(Paragraph("Introduction", S["h2"]))
    st.append(Paragraph("The Australian Government welcomes the report of the House of Representatives Standing Committee on Climate Change, Energy, Environment and Water, tabled on 27 November 2024, and thanks the Committee members, secretariat and all those who made submissions or gave evidence.", S["body"]))
    st.append(Paragraph("The Committee made 8 recommendations. The Government agrees with 5 of the 8 recommendations in full or in principle, notes 2 and does not agree with 1. Several recommendations concern matters that fall within the responsibility of state and territory governments, and the Government’s response reflects that division of responsibility.", S["body"]))
    st.append(Paragraph("In preparing this response the Department of Climate Change, Energy, the Environment and Water consulted the Department of Agriculture, Fisheries and Forestry, the National Biosecurity Committee and the environment agencies of each state and territory. The Government is grateful for their advice. Funding commitments referred to below are met from within existing departmental resources unless otherwise stated.", S["body"]))
    st.append(Paragraph("The Government’s response to each recommendation is set out in the table below.", S["body"]))
    st.append(Paragraph("Response to the recommendations", ParagraphStyle("h2n", parent=S["h2"], keepWithNext=0)))
    cell = ParagraphStyle("cell", parent=S["left"], fontSize=9.5, leading=12.5)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="LibSans-Bold")
    head = ParagraphStyle("head", parent=cellb, textColor=colors.white)
    rows = [[Paragraph("Recommendation", head), Paragraph("Government response", head)]]
    for n in ORDER:
        rows.append([[Paragraph(f"Recommendation {n}", cellb), Paragraph(RECS[n], cell)],
                     [Paragraph(p, cell) for p in split_reply(REPLIES[n])]])
    t = Table(rows, colWidths=[72 * mm, 98 * mm], repeatRows=1, splitByRow=0, splitInRow=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F3A5F")),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#7F8FA6")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#F1F4F8")),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    st.append(t)
    return st


def split_reply(text):
    # long replies are printed as several paragraphs in the cell so that the row can split across pages
    parts = text.split(". The Government ")
    out = [parts[0] + ("." if len(parts) > 1 else "")]
    for p in parts[1:]:
        out.append("The Government " + p + ("" if p.endswith(".") else "."))
    return out


if __name__ == "__main__":
    build(DOCS / "blind10_en_au_committee_advice.pdf", advice_story,
          "Out of control: the impact of feral deer", "House of Representatives Standing Committee")
    build(DOCS / "blind10_en_au_committee_response.pdf", response_story,
          "Australian Government response: Out of control", "Australian Government")
