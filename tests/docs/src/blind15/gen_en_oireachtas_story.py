"""Blind round 15 (en): Irish Oireachtas joint committee report + the Department's response.
Engine: PyMuPDF Story (HTML -> PDF, DejaVu fonts subset-embedded), A4; running header, footer and page-foot
footnotes drawn afterwards with PyMuPDF.

Run from the repository root with a venv outside the repository holding reportlab, fpdf2 and pymupdf:
    /tmp/blind15enenv/bin/python tests/docs/src/blind15/gen_en_oireachtas_story.py
Writes tests/docs/blind15_en_oireachtas_advice.pdf and tests/docs/blind15_en_oireachtas_response.pdf;
check with  /tmp/blind15enenv/bin/python tests/docs/src/blind15/_en_b15.py blind15_en_oireachtas
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _en_b15 as H

COMMITTEE = "Joint Committee on Housing, Local Government and Heritage"
TITLE = "Report on Vacancy and Dereliction"
GREEN = "#00594f"

CSS = f"""
body {{ font-family: StSerif; font-size: 10.5pt; line-height: 1.35; }}
p {{ margin-top: 0; margin-bottom: 7pt; text-align: justify; }}
h1 {{ font-family: StSans; font-size: 17pt; color: {GREEN}; margin-top: 0; margin-bottom: 10pt;
      page-break-before: always; text-align: left; }}
h2 {{ font-family: StSans; font-size: 12pt; color: {GREEN}; margin-top: 8pt; margin-bottom: 5pt; }}
h3 {{ font-family: StSans; font-size: 10.5pt; margin-top: 8pt; margin-bottom: 4pt; }}
.sans {{ font-family: StSans; }}
p.n {{ margin-left: 24pt; text-indent: -24pt; }}
p.toc {{ font-family: StSans; margin-bottom: 6pt; text-align: left; }}
p.quote {{ font-style: italic; margin-left: 18pt; margin-right: 12pt; }}
"""

RECS = [
    "The Committee recommends that the Minister for Finance increase the rate of the Vacant Homes Tax from "
    "seven to ten times the property's basic Local Property Tax rate in Budget 2026, and extend the tax to "
    "properties occupied for fewer than 60 days in a year.",
    "The Committee recommends that responsibility for collecting the Derelict Sites Levy be transferred from "
    "local authorities to the Revenue Commissioners.",
    "The Committee recommends that the Vacant Property Refurbishment Grant be made available for vacant "
    "space over shops and other commercial premises, without the requirement that the ground floor also be "
    "converted to residential use.",
    "The Committee recommends that every local authority appoint at least one full-time Vacant Homes "
    "Officer, with the cost met by the Department of Housing, Local Government and Heritage.",
    "The Committee recommends that local authorities be required to publish their derelict sites registers "
    "online, in a standard format set by the Department, and to update them at least every quarter.",
    "The Committee recommends that the Department introduce a streamlined compulsory purchase procedure for "
    "vacant and derelict properties, with a statutory decision period of 16 weeks for An Coimisi\u00fan "
    "Plean\u00e1la.",
    "The Committee recommends that an annual estimate of long-term residential vacancy be published by the "
    "Central Statistics Office for each local electoral area.",
    "The Committee recommends that the Department establish a dedicated fund of \u20ac50 million a year for "
    "the conservation and reuse of vacant protected structures and buildings in historic town centres.",
]

FOOTNOTES = {  # a phrase on the page -> the notes printed at its foot
    "GeoDirectory recorded": ["\u00b9 GeoDirectory, Residential Buildings Report, Q4 2024, p. 6."],
    "Census 2022 counted": ["\u00b2 Central Statistics Office, Census of Population 2022 \u2013 Profile 2: "
                            "Housing in Ireland, table F2015."],
    "collected only": ["\u00b3 Department of Housing, Local Government and Heritage, Derelict Sites Act returns "
                       "2023, supplied to the Committee on 12 February 2025."],
}


def numbered(n: str, text: str) -> str:
    # Story loops forever on a page break after a table, so hanging paragraphs instead of tables
    return f"<p class='n'><b>{n}</b> {text}</p>"


def advice_html() -> str:
    h = ["<body>"]
    # cover (the harp band and the house names are drawn by the furniture)
    h.append("<div style='margin-top: 190pt'>"
             f"<p class='sans' style='font-size: 14pt; color: {GREEN}; text-align: left'><b>{COMMITTEE}</b></p>"
             f"<p class='sans' style='font-size: 26pt; text-align: left; margin-top: 20pt'><b>{TITLE}</b></p>"
             "<p class='sans' style='font-size: 12pt; margin-top: 30pt'>July 2025</p>"
             "<p class='sans' style='font-size: 10pt; margin-top: 160pt'>33/HLGH/012</p></div>")
    h.append("<h1>Contents</h1>")
    for t, p in (("Cathaoirleach's Foreword", "3"), ("Recommendations", "4"), ("Chapter 1 \u2013 Introduction", "5"),
                 ("Chapter 2 \u2013 Measuring vacancy and dereliction", "6"),
                 ("Chapter 3 \u2013 Taxes and levies", "7"),
                 ("Chapter 4 \u2013 Bringing buildings back into use", "8"),
                 ("Appendix 1 \u2013 Committee Membership", "9"), ("Appendix 2 \u2013 Terms of Reference", "9")):
        h.append(f"<p class='toc'>{t} {'.' * max(6, 100 - 2 * len(t))} {p}</p>")
    h.append("<h1>Cathaoirleach's Foreword</h1>")
    for t in ("At a time when so many people are struggling to find a home, the sight of vacant and derelict "
              "buildings in our towns, villages and cities is hard to accept. Every empty house is a home that "
              "could be lived in, and every derelict building drags down the street around it.",
              "The Committee held six public hearings on vacancy and dereliction between October 2024 and March "
              "2025. We heard from local authorities, the Revenue Commissioners, the Heritage Council, "
              "community groups and owners who had brought buildings back into use, often against the odds.",
              "This report sets out eight recommendations. Some are for the Minister for Housing, Local "
              "Government and Heritage; others are for the Minister for Finance and for the Central Statistics "
              "Office. I ask each of them to respond to the Committee within three months.",
              "I would like to thank the members of the Committee, the witnesses and the Committee secretariat "
              "for their work on this report."):
        h.append(f"<p>{t}</p>")
    h.append("<p><b>Steven Matthews T.D.</b><br/>Cathaoirleach<br/>Joint Committee on Housing, Local Government "
             "and Heritage<br/>July 2025</p>")
    h.append("<h1>Recommendations</h1>")
    for i, r in enumerate(RECS, 1):
        h.append(numbered(f"{i}.", r))
    h.append("<h1>Chapter 1 \u2013 Introduction</h1>")
    h.append("<p>On 9 October 2024 the Committee agreed to examine the extent of residential vacancy and "
             "dereliction in Ireland and the measures available to bring vacant and derelict buildings back "
             "into use. The Committee's terms of reference are at Appendix 2.</p>")
    h.append("<p>The Committee received 41 written submissions and held public hearings with the Department of "
             "Housing, Local Government and Heritage, the County and City Management Association, the Revenue "
             "Commissioners, the Heritage Council, the Central Statistics Office and community organisations. "
             "Transcripts of the hearings are available on the Oireachtas website.</p>")
    h.append("<h1>Chapter 2 \u2013 Measuring vacancy and dereliction</h1>")
    h.append("<h2>How much vacancy is there?</h2>")
    h.append("<p>Estimates of vacancy vary widely. GeoDirectory recorded a residential vacancy rate of 3.8 per cent "
             "at the end of 2024, or about 79,000 addresses.\u00b9 Census 2022 counted 166,752 vacant dwellings, "
             "excluding holiday homes, of which 48,000 had also been vacant in 2016.\u00b2</p>")
    h.append("<p>The Central Statistics Office told the Committee that the two measures are not comparable: the "
             "census records a dwelling as vacant on census night, while GeoDirectory relies on An Post staff "
             "identifying addresses where no mail is delivered. Neither measures vacancy over time at local "
             "level, which is what local authorities need to target their efforts (see Recommendation 7).</p>")
    h.append("<h2>Local authority capacity</h2>")
    h.append("<p>Every local authority now has a Vacant Homes Officer, but in 19 of the 31 authorities the post "
             "is held part-time alongside other duties. Officers told the Committee that they spend much of "
             "their time tracing owners, and that a full-time post was essential to make progress.</p>")
    h.append("<p>Derelict sites registers are kept by each local authority under the Derelict Sites Act 1990. "
             "Only 11 authorities publish their register online, and formats differ from one authority to the "
             "next, so that members of the public cannot easily find out whether a site is on a register.</p>")
    h.append("<h1>Chapter 3 \u2013 Taxes and levies</h1>")
    h.append("<p>The Vacant Homes Tax was introduced in Finance Act 2022 and applies to residential properties "
             "occupied for fewer than 30 days in a twelve-month period. Its rate was increased from three to "
             "five times the basic Local Property Tax rate in Budget 2024 and to seven times in Budget 2025. "
             "The Revenue Commissioners told the Committee that 8,600 returns had been filed for the first "
             "chargeable period.</p>")
    h.append("<p>Witnesses argued that at current rates the tax is too low to change owners' behaviour, and that "
             "the 30-day threshold is easily avoided by occasional short stays.</p>")
    h.append("<p>Local authorities may charge a Derelict Sites Levy of 7 per cent of a site's market value each "
             "year. Of \u20ac23.6 million levied between 2019 and 2023, \u20ac5.1 million was collected only "
             "after the property was sold.\u00b3 Officials described the collection of the levy as slow and "
             "resource-intensive, and several witnesses suggested that the Revenue Commissioners, who already "
             "collect the Local Property Tax, would be better placed to collect it.</p>")
    h.append("<h1>Chapter 4 \u2013 Bringing buildings back into use</h1>")
    h.append("<h2>Grants</h2>")
    h.append("<p>The Vacant Property Refurbishment Grant provides up to \u20ac70,000 to bring a vacant property "
             "back into residential use, or up to \u20ac84,000 for a derelict property. Owners of town-centre "
             "buildings told the Committee that they could not use the grant for the space over their shops "
             "because the scheme requires the whole building to be converted.</p>")
    h.append("<h2>Compulsory purchase</h2>")
    h.append("<p>Local authorities acquired 1,300 properties by compulsory purchase between 2021 and 2024. The "
             "County and City Management Association told the Committee that confirmation of a compulsory "
             "purchase order by An Coimisi\u00fan Plean\u00e1la takes on average 38 weeks.</p>")
    h.append("<h2>Heritage buildings</h2>")
    h.append("<p>The Heritage Council estimates that one in four protected structures in town centres is vacant. "
             "The Historic Structures Fund and the Built Heritage Investment Scheme together provided "
             "\u20ac9.5 million in 2024, which witnesses described as far short of the need.</p>")
    h.append("<h1>Appendix 1 \u2013 Committee Membership</h1>")
    h.append("<p><b>Deputies:</b> Steven Matthews T.D. (Cathaoirleach), Eoin \u00d3 Broin T.D., "
             "Cian O'Callaghan T.D., Emer Currie T.D., Joe Flaherty T.D., Thomas Gould T.D.<br/>"
             "<b>Senators:</b> Victor Boyhan, Mark Daly, John Cummins, Rebecca Moynihan</p>")
    h.append("<h2>Appendix 2 \u2013 Terms of Reference</h2>")
    h.append("<p>The Joint Committee shall consider such matters arising from the performance of the functions "
             "of the Department of Housing, Local Government and Heritage as it may select, in accordance with "
             "Standing Order 94 of D\u00e1il \u00c9ireann and Standing Order 71 of Seanad \u00c9ireann.</p>")
    h.append("</body>")
    return "\n".join(h)


def _fonts():
    return ({"fontname": "dvs", "fontfile": H.DEJAVU + "DejaVuSans.ttf"},
            {"fontname": "dvsb", "fontfile": H.DEJAVU + "DejaVuSans-Bold.ttf"})


def advice_furniture(page, number, count):
    f, fb = _fonts()
    w, hgt = page.rect.width, page.rect.height
    if number == 1:
        page.draw_rect(pymupdf_rect(0, 0, w, 120), color=None, fill=(0, 0.35, 0.31))
        page.insert_text((62, 60), "Tithe an Oireachtais", fontsize=13, color=(1, 1, 1), **fb)
        page.insert_text((62, 78), "Houses of the Oireachtas", fontsize=13, color=(1, 1, 1), **f)
        return
    page.insert_text((62, 40), f"{COMMITTEE}  |  {TITLE}", fontsize=7.5, color=(0.35, 0.35, 0.35), **f)
    page.draw_line((62, 46), (w - 62, 46), color=(0, 0.35, 0.31), width=0.5)
    page.insert_text((62, hgt - 34), "Houses of the Oireachtas", fontsize=8, **f)
    page.insert_text((w - 62 - 38, hgt - 34), f"Page {number}", fontsize=8, **f)
    text = " ".join(page.get_text().split())
    notes = [n for key, ns in FOOTNOTES.items() if key in text for n in ns]
    if notes:
        y = hgt - 60 - 11 * (len(notes) - 1)
        page.draw_line((62, y - 10), (200, y - 10), width=0.5)
        for n in notes:
            page.insert_text((62, y), n, fontsize=8, **f)
            y += 11


def pymupdf_rect(*a):
    import pymupdf

    return pymupdf.Rect(*a)


# ---------------------------------------------------------------- the Department's response

SECTIONS = [
    ("Local authority capacity and information", [
        ([4], ["The Department accepts this recommendation, which is already being implemented. Funding for a "
               "full-time Vacant Homes Officer in each local authority was provided from 2023, and from January "
               "2026 the Department will meet the full salary cost of one full-time officer in every authority, "
               "including the 19 authorities in which the post is currently part-time."]),
        ([5], ["The Department accepts this recommendation in part. A circular will issue to local authorities "
               "before the end of 2025 requiring every derelict sites register to be published online in a "
               "standard format from 1 July 2026.",
               "The Department does not consider that a quarterly update would be proportionate, given the "
               "resources of smaller authorities; registers will instead be updated twice a year, in January "
               "and July."]),
        ([7], ["The Central Statistics Office is independent in the exercise of its statistical functions under "
               "the Statistics Act 1993, and the content of its publications is a matter for the Office. The "
               "Department has forwarded the Committee's report to the Director General of the CSO and will "
               "support any work the Office decides to undertake on local estimates of vacancy."]),
    ]),
    ("Bringing buildings back into use", [
        ([6], ["The Department accepts this recommendation. The Minister will bring forward a Compulsory "
               "Purchase (Consolidation and Reform) Bill in 2026 that provides a single procedure for vacant and "
               "derelict properties and sets a statutory objective period of 16 weeks for An Coimisi\u00fan "
               "Plean\u00e1la to decide on such orders."]),
        ([3], ["The Department accepts this recommendation. From 1 September 2025 the grant has been available "
               "for the conversion of vacant space above commercial premises, and the requirement that the "
               "ground floor be converted has been removed for properties in town centres."]),
    ]),
    ("Built heritage", [
        ([8], ["The Department recognises the importance of vacant historic buildings to the renewal of town "
               "centres. It will increase the allocation to the Historic Structures Fund by \u20ac10 million in "
               "2026. The Department does not propose to establish a separate dedicated fund of the scale "
               "recommended, as the existing schemes can be expanded more quickly."]),
    ]),
    ("Taxation measures", [
        ([1, 2], ["Recommendation 1 is a matter for the Minister for Finance. The Minister for Finance has "
                  "advised that the rate and scope of the Vacant Homes Tax will be considered in the context of "
                  "Budget 2026, together with the Revenue Commissioners' first review of the tax.",
                  "As regards Recommendation 2, the Department does not support transferring the collection of "
                  "the Derelict Sites Levy to the Revenue Commissioners. The levy is linked to each local "
                  "authority's own register and enforcement work, and the Department will instead amend the "
                  "Derelict Sites Act 1990 so that unpaid levies are registered as a charge on the property."]),
    ]),
]


def response_html() -> str:
    h = ["<body>"]
    h.append("<p class='sans' style='font-size: 9pt; text-align: left'>An Roinn Tithíochta, Rialtais Áitiúil agus "
             "Oidhreachta<br/>Department of Housing, Local Government and Heritage</p>")
    h.append(f"<p class='sans' style='font-size: 17pt; color: {GREEN}; text-align: left; margin-top: 24pt'>"
             "<b>Response to the Report of the Joint Committee on Housing, Local Government and Heritage on "
             "Vacancy and Dereliction</b></p>")
    h.append("<p class='sans' style='font-size: 10.5pt'>October 2025</p>")
    h.append("<h2>Introduction</h2>")
    h.append("<p>The Department of Housing, Local Government and Heritage welcomes the Joint Committee's Report "
             "on Vacancy and Dereliction, published in July 2025, and thanks the Committee for its detailed "
             "examination of the issues.</p>")
    h.append("<p>Tackling vacancy and dereliction is a key part of <i>Housing for All</i> and of the Town Centre "
             "First policy. Since 2022 more than 9,000 applications for the Vacant Property Refurbishment Grant "
             "have been approved, and the number of long-term vacant homes brought back into use has risen each "
             "year.</p>")
    h.append("<p>The Committee's recommendations are set out below, grouped by theme, followed by the response "
             "of the Department. Where a recommendation falls to another Minister or body, the Department has "
             "consulted them in preparing this response.</p>")
    for theme, items in SECTIONS:
        h.append(f"<h2>{theme}</h2>")
        for nums, paras in items:
            label = ("Recommendation " + str(nums[0]) if len(nums) == 1
                     else "Recommendations " + " and ".join(str(n) for n in nums))
            h.append(f"<h3>{label}</h3>")
            for n in nums:
                h.append(f"<p class='quote'>{RECS[n - 1]}</p>")
            h.append("<p class='sans' style='font-size: 10pt'><b>Response</b></p>")
            for p in paras:
                h.append(f"<p>{p}</p>")
    h.append("<h2>Other matters raised in the report</h2>")
    h.append("<p>In Chapter 2 the Committee observes that the census and GeoDirectory figures are not comparable. "
             "The Department would add that the census figure includes dwellings that are vacant for short "
             "periods between lettings or sales, and should not be read as a measure of long-term vacancy. The "
             "Department publishes quarterly data on the Vacant Property Refurbishment Grant on gov.ie.</p>")
    h.append("<p>The Department will report to the Committee on the implementation of these measures in "
             "twelve months' time.</p>")
    h.append("</body>")
    return "\n".join(h)


def response_furniture(page, number, count):
    f, _ = _fonts()
    w, hgt = page.rect.width, page.rect.height
    if number > 1:
        page.insert_text((62, 40), "Response to the Joint Committee Report on Vacancy and Dereliction",
                         fontsize=7.5, color=(0.35, 0.35, 0.35), **f)
    page.insert_text((w / 2 - 12, hgt - 34), f"{number} | {count}", fontsize=8, **f)


if __name__ == "__main__":
    a = H.story_to_pdf(advice_html(), CSS, "blind15_en_oireachtas_advice.pdf", margins=(62, 62, 62, 96),
                       furniture=advice_furniture)
    r = H.story_to_pdf(response_html(), CSS, "blind15_en_oireachtas_response.pdf", margins=(62, 62, 62, 70),
                       furniture=response_furniture)
    for p in (a, r):
        print(p.name, p.stat().st_size)
