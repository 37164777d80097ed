"""Round 108 (EN): an English district council's PLACE NAMES PANEL report on its STREET NAMING AND NUMBERING
policy, seven recommendations NUMBERED 1-7 in a shaded 'Summary of recommendations' box (repeated nowhere else),
answered by the Director of Place's REPLY LETTER to the Panel chair citing the recommendation numbers. reportlab
platypus, A4, cleaned DejaVu, invariant=1; header and 'Page N of M' stamped from page 2. All bodies, people,
places, figures and policy paragraphs invented.
Run:  /tmp/blind108en/bin/python tests/docs/src/blind108/gen_en_street_naming_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b108en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

NAME = "blind108_en_street_naming"
pdfmetrics.registerFont(TTFont("DV", H.clean_font("DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", H.clean_font("DejaVuSans-Bold.ttf")))
from reportlab.lib.fonts import addMapping
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DV"); addMapping("DV", 1, 1, "DVB")
B = ParagraphStyle("b", fontName="DV", fontSize=9.6, leading=13.4, spaceAfter=6)
H1 = ParagraphStyle("h1", fontName="DVB", fontSize=15, leading=19, spaceAfter=4, textColor=colors.HexColor("#5b2a86"))
H2 = ParagraphStyle("h2", fontName="DVB", fontSize=11, leading=14, spaceBefore=8, spaceAfter=5, textColor=colors.HexColor("#5b2a86"))
SM = ParagraphStyle("sm", parent=B, fontSize=8.4, leading=11, textColor=colors.HexColor("#444444"))
REC = ParagraphStyle("rec", parent=B, leftIndent=16, firstLineIndent=-16, spaceAfter=5)


def band(title, sub):
    t = Table([[Paragraph(f"<font color='white'><b>{title}</b></font>", ParagraphStyle("x", parent=B, fontSize=13, leading=16)),
                Paragraph(f"<font color='white'>{sub}</font>", ParagraphStyle("y", parent=SM, alignment=2))]],
              colWidths=[95 * mm, 75 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#5b2a86")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return t


def build(path, story):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=20 * mm, invariant=1, title="", author="")
    doc.build(story)


P = lambda t, s=B: Paragraph(t, s)

RECS = [
    "The Council should adopt a single Street Naming and Numbering Policy covering all new developments and renaming requests.",
    "Require developers to submit at least three proposed names, each with a short note on its local significance.",
    "Maintain a public list of approved names drawn from local history, which developers may choose from.",
    "Stop naming new streets after living persons, including councillors and company directors.",
    "Charge a flat fee of no more than £150 for renaming an existing street, with a fee waiver for community groups.",
    "Consult the relevant parish or town council for at least 28 days before any name is approved.",
    "Replace all faded or damaged nameplates in the conservation areas within three years.",
]


def advice():
    s = [band("Borough of Kestleigh", "Place Names Panel<br/>Report PNP/2026/02 &middot; 3 February 2026"), Spacer(1, 10),
         P("Naming Our Streets: A Review of Street Naming and Numbering in Kestleigh", H1),
         P("Report of the Place Names Panel to the Cabinet Member for Planning and Regeneration. Chair: Cllr Margaret Ellery. "
           "Members: Cllr Tobias Rand, Ms Fenella Oduya (Kestleigh and District Local History Society), Mr Alan Brierley "
           "(Land and Property Gazetteer Custodian) and Ms Priya Warrender (Royal Mail liaison).", SM),
         P("1. Background", H2),
         P("1.1 The Council is the street naming and numbering authority for the borough. Under sections 17 to 19 of the Public "
           "Health Act 1925, as adopted by the former urban district in 1938, the Council must give notice of any proposed new "
           "street name and any person aggrieved may appeal to the magistrates' court within 21 days. The Council has no written "
           "policy of its own; officers work from a practice note dated March 2009 which states that \"names should reflect the "
           "history of the locality wherever possible.\""),
         P("1.2 Between April 2021 and December 2025 the Council named 94 new streets and dealt with 11 requests to rename an "
           "existing street. The Panel was set up by Cabinet on 17 June 2025 (minute CAB/25/088) to review this practice and to "
           "report by February 2026."),
         P("2. What we found", H2),
         P("2.1 Most names are proposed by developers and approved with little change. Of the 94 names, 61 were marketing names "
           "(such as \"Meadow View\" or \"Orchard Rise\") with no link to the site; twelve of them duplicate or nearly duplicate an "
           "existing name in the borough, which the emergency services told us causes real confusion."),
         P("2.2 Four streets approved since 2021 are named after living people, two of them serving councillors at the time. "
           "This attracted complaints and, in one case, a formal objection that took seven months to resolve."),
         P("2.3 Fees are inconsistent. A resident-led renaming in 2024 was charged £1,240, while a developer renaming the same "
           "year was charged £310. Town and parish councils told us they are often told of a new name only after it has been "
           "approved. The Local History Society holds a list of more than 300 lost field names, trades and people that it "
           "would be glad to share."),
         P("2.4 We also looked at nameplates. A survey by the Panel in October 2025 found 143 plates in the three conservation "
           "areas that are faded, broken or missing. The Conservation Area Appraisal for Old Kestleigh (2018) says the Council "
           "should \"retain and repair traditional cast-iron nameplates\", but there is no budget for this at present."),
         P("3. Recommendations", H2),
         P("The Panel makes seven recommendations. They are set out in full in the box below; the Panel asks the Cabinet Member "
           "to respond in writing within two months.")]
    box = [[P("<b>Summary of recommendations</b>", ParagraphStyle("bh", parent=B, textColor=colors.HexColor("#5b2a86")))]]
    for i, r in enumerate(RECS, 1):
        box.append([P(f"{i}.&nbsp;&nbsp;{r}".replace("&nbsp;", " "), REC)])
    t = Table(box, colWidths=[170 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#efe8f5")), ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#5b2a86")),
                           ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10)]))
    s += [t, Spacer(1, 6),
          P("4. Other matters", H2),
          P("4.1 The Panel considered whether numbering should change for blocks of flats but makes no recommendation on it, because "
            "the national addressing guidance already covers this. We note that the guidance says that a new development must not "
            "reuse a name already in use within the same postal town."),
          P("4.2 The cost of recommendation 7 is estimated at £58,000 over three years, at about £400 per plate including fitting."),
          P("Cllr Margaret Ellery, Chair, Place Names Panel", SM)]
    build(H.out(NAME + "_advice.pdf"), s)


def response():
    s = [band("Borough of Kestleigh", "Directorate of Place<br/>Town Hall, Market Square, Kestleigh"), Spacer(1, 12),
         P("Cllr Margaret Ellery<br/>Chair, Place Names Panel<br/>c/o Democratic Services", B), Spacer(1, 4),
         P("Our ref: DP/SNN/26/14 &nbsp; Date: 31 March 2026".replace("&nbsp;", " "), SM),
         P("Dear Cllr Ellery,", B),
         P("<b>Naming Our Streets: response to report PNP/2026/02</b>", B),
         P("Thank you for the Panel's report, which the Cabinet Member for Planning and Regeneration and I have now considered "
           "with colleagues in Building Control and the Land and Property Gazetteer team. It is a thorough piece of work and I am "
           "grateful to you and the members of the Panel for the time you have given it."),
         P("<b>Recommendation 4.</b> We agree. With immediate effect officers will not approve a name that commemorates a living "
           "person, and this rule will be written into the new policy. Names already given will not be revisited."),
         P("<b>Recommendation 1.</b> A draft Street Naming and Numbering Policy has been prepared and will go to Cabinet on 9 June "
           "2026 for approval, to take effect for all applications received after 1 July 2026."),
         P("<b>Recommendations 3 and 6.</b> We would welcome the Local History Society's list, and officers will publish a list of "
           "approved names on the Council's website in the autumn, from which developers will be encouraged to choose. On "
           "consultation, the Council does already tell parish and town councils of proposed names, but a fixed 28-day period "
           "would add a month to every scheme and put the Council at odds with the statutory notice process. We are not "
           "persuaded that this is needed and do not propose to adopt it; we will instead copy each notice to the parish "
           "clerk on the day it is issued."),
         P("<b>Recommendation 5.</b> We accept that the present charges are hard to explain. The new schedule of fees will set a "
           "single charge for renaming of £350, reflecting the real cost of notifying residents, Royal Mail and the "
           "emergency services. A waiver for community groups will not be offered, though residents may pay in instalments."),
         P("<b>Recommendation 7.</b> The replacement of nameplates in conservation areas is a worthwhile aim but has no funding at "
           "present. The Cabinet Member has asked for it to be considered alongside other bids in the 2027/28 capital programme, "
           "and no commitment can be given before then."),
         P("<b>Gazetteer and addressing.</b> Separately from the Panel's report, you may wish to know that the Council's address "
           "gazetteer achieved Gold standard from GeoPlace again in January, for the fifth year in succession."),
         P("I hope this response is helpful. Officers would be happy to attend a further meeting of the Panel once the draft "
           "policy is published, and I would be glad to discuss any of these points with you in the meantime."),
         P("Yours sincerely,"), Spacer(1, 6),
         P("Rebecca Hollins<br/>Director of Place", B)]
    build(H.out(NAME + "_response.pdf"), s)


def main():
    advice(); response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Kestleigh Place Names Panel - Naming Our Streets (PNP/2026/02)",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="Director of Place - response to PNP/2026/02",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))
    recs = [
        {"number": 1, "starts_with": "The Council should adopt a single Street Naming and Numbering Policy",
         "reply_contains": "draft Street Naming and Numbering Policy has been prepared", "verdict": "agrees"},
        {"number": 2, "starts_with": "Require developers to submit at least three proposed names",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 3, "starts_with": "Maintain a public list of approved names drawn from local history",
         "reply_contains": "officers will publish a list of approved names on the Council's website", "verdict": "agrees"},
        {"number": 4, "starts_with": "Stop naming new streets after living persons, including councillors",
         "reply_contains": "officers will not approve a name that commemorates a living person", "verdict": "agrees"},
        {"number": 5, "starts_with": "Charge a flat fee of no more than £150 for renaming",
         "reply_contains": "single charge for renaming of £350, reflecting the real cost", "verdict": "partly"},
        {"number": 6, "starts_with": "Consult the relevant parish or town council for at least 28 days",
         "reply_contains": "We are not persuaded that this is needed and do not propose", "verdict": "disagrees", "also": ["partly"]},
        {"number": 7, "starts_with": "Replace all faded or damaged nameplates in the conservation areas",
         "reply_contains": "considered alongside other bids in the 2027/28 capital programme", "verdict": "noted"},
    ]
    unmatched = ["It is a thorough piece of work and I am grateful",
                 "address gazetteer achieved Gold standard from GeoPlace again in January",
                 "Officers would be happy to attend a further meeting of the Panel"]
    notes = ("Advice: English borough Place Names Panel report PNP/2026/02 on street naming and numbering; recs NUMBERED 1-7 "
             "in a shaded 'Summary of recommendations' box after section 3; traps: numbered paragraphs 1.1-2.4 and 4.1-4.2, "
             "Public Health Act 1925 ss.17-19 'must give notice', 2009 practice note quoted ('names should reflect'), "
             "minute CAB/25/088, Conservation Area Appraisal quoted ('should retain and repair'), national guidance 'must not "
             "reuse', 4.2 naming 'recommendation 7'. Response: Director of Place's REPLY LETTER citing numbers in bold, order 4, "
             "1, 3+6, 5, 7: living persons (4 agrees); draft policy to Cabinet (1 agrees); ONE paragraph 'Recommendations 3 and "
             "6' = public list (3 agrees) + 28-day consultation refused, notice copied to clerk instead (6 disagrees); £350 "
             "fee, no waiver (5 partly); nameplates to 2027/28 capital bids (7 noted); 2 (three names from developers) "
             "unanswered; thanks, gazetteer Gold standard, offer to attend (nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
