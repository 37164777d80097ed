"""Round 109 (EN): an English town council's MEMORIAL BENCHES AND TRIBUTES WORKING GROUP report to the Amenities
Committee, seven recommendations LETTERED (a)-(g) after 'recommends that the Committee:', answered by the approved
MINUTES of the Amenities Committee meeting (minute items resolving on the report, citing the letters). reportlab
platypus, A4, cleaned DejaVu, invariant=1; green letterhead band, shaded 'Benches in numbers' table; header and
'Page N of M' stamped from page 2. All bodies, people, places and figures invented; the Highways Act 1980 is named as
context only (what is said of it here is not to be relied on).
Run:  /tmp/blind109en/bin/python tests/docs/src/blind109/gen_en_memorial_benches_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b109en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

NAME = "blind109_en_memorial_benches"
pdfmetrics.registerFont(TTFont("DV", H.clean_font("DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", H.clean_font("DejaVuSans-Bold.ttf")))
from reportlab.lib.fonts import addMapping
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DV"); addMapping("DV", 1, 1, "DVB")
GREEN = colors.HexColor("#2e6b3f")
B = ParagraphStyle("b", fontName="DV", fontSize=9.6, leading=13.4, spaceAfter=6)
H1 = ParagraphStyle("h1", fontName="DVB", fontSize=15, leading=19, spaceAfter=4, textColor=GREEN)
H2 = ParagraphStyle("h2", fontName="DVB", fontSize=11, leading=14, spaceBefore=8, spaceAfter=5, textColor=GREEN, keepWithNext=1)
SM = ParagraphStyle("sm", parent=B, fontSize=8.4, leading=11, textColor=colors.HexColor("#444444"))
REC = ParagraphStyle("rec", parent=B, leftIndent=22, firstLineIndent=-22, spaceAfter=5)
MIN = ParagraphStyle("min", parent=B, leftIndent=52, firstLineIndent=-52)
P = lambda t, s=B: Paragraph(t, s)


def band(title, sub):
    t = Table([[Paragraph(f"<font color='white'><b>{title}</b></font>", ParagraphStyle("x", parent=B, fontSize=13, leading=16)),
                Paragraph(f"<font color='white'>{sub}</font>", ParagraphStyle("y", parent=SM, alignment=2))]],
              colWidths=[95 * mm, 75 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), GREEN), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return t


def build(path, story):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=20 * mm, invariant=1, title="", author="")
    doc.build(story)


RECS = [
    "Adopt a written Memorial Benches and Tributes Policy, setting out where benches may be placed, what they must be made of and how long an agreement lasts.",
    "Limit the number of new memorial benches to fifteen a year across the town, and to none on sites that already have more than six.",
    "Replace the present one-off charge with a fee of £1,450 for a ten-year agreement, covering the bench, its installation and its upkeep.",
    "Stop accepting new memorial plaques fixed to trees, lamp columns or the bandstand railings.",
    "Write to the families of every bench that is more than ten years old, offering to renew the agreement or to return the plaque.",
    "Create an online book of remembrance on the Council's website as an alternative for families who cannot have a bench.",
    "Remove flowers, photographs and other personal items left at benches after 28 days, with a notice on the bench a week beforehand.",
]


def advice():
    s = [band("Thornbury Market Town Council", "Memorial Benches and Tributes Working Group<br/>Report AM/26/04 &middot; 12 January 2026"), Spacer(1, 10),
         P("Memorial Benches and Tributes: Report of the Working Group", H1),
         P("To: the Amenities Committee, meeting on 10 February 2026. Members of the Working Group: Cllr Margaret Eldon (chair), Cllr Rajesh Patel, Cllr Fiona Hurst, Mr Derek Oakes (Thornbury Civic Society) and the Amenities Officer, Ms Claire Whitfield.", SM),
         P("1. Introduction", H2),
         P("1.1 The Working Group was set up by the Amenities Committee at its meeting on 8 July 2025 (minute AM/25/061) to review how the Council handles requests for memorial benches and other tributes in its parks, gardens and open spaces."),
         P("1.2 The Council last considered this subject in 2011, when it resolved that &ldquo;memorial benches should be of hardwood construction and should be placed only in Victoria Gardens and on the Riverside Walk&rdquo; (minute 2011/214). That resolution has not been reviewed since, and in practice benches have been placed in nine locations."),
         P("2. What we found", H2),
         P("2.1 The Council now looks after 184 memorial benches. Demand has grown steadily: 11 requests were received in 2021 and 27 in 2025. The waiting list stood at 19 families in December 2025."),
    ]
    t = Table([["Benches in numbers", ""], ["Memorial benches maintained", "184"], ["Benches more than ten years old", "96"],
               ["Requests received in 2025", "27"], ["Current one-off charge", "£650"], ["Average cost of a replacement bench", "£1,120"]],
              colWidths=[110 * mm, 40 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 9), ("FONT", (0, 0), (-1, 0), "DVB", 9.5), ("SPAN", (0, 0), (-1, 0)),
                           ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e8f1ea")), ("BOX", (0, 0), (-1, -1), 0.8, GREEN),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.8, GREEN)]))
    s += [t, Spacer(1, 8),
          P("2.2 The present charge of £650 is paid once and covers only the bench. It does not cover repairs or replacement. The Council therefore meets the whole cost of upkeep, which was £14,300 in 2024/25. Families told us they were surprised to learn that a bench is not provided for ever."),
          P("2.3 Some sites are crowded. The Riverside Walk has 41 benches on a stretch of 600 metres, and residents of Mill Lane complained that the path is now &lsquo;a cemetery without the graves&rsquo;. Civic Society members said that any new bench should respect the setting of the listed bandstand."),
          P("2.4 Where a bench is placed on or beside the highway, the consent of the County Council as highway authority must be obtained under the Highways Act 1980. The Town Council cannot grant that consent itself, and two benches installed in 2023 had to be moved."),
          P("2.5 Plaques are increasingly fixed to trees and lamp columns without permission. The grounds team removed 23 of them in 2025, which caused distress. Staff told us they should not be the ones deciding what is removed."),
          P("2.6 Flowers and personal items left at benches are a sensitive subject. Most are removed by families themselves, but some remain for months and become untidy. There is no written rule at present."),
          P("2.7 We also looked at an online book of remembrance, which three neighbouring councils now offer at little cost. We think it would give families another way to remember someone where a bench is not possible."),
          P("3. Conclusions", H2),
          P("3.1 The Working Group concludes that the present arrangements are not sustainable. The Council should be clear with families about what it offers, for how long and at what cost. We do not think the Council should stop offering memorial benches altogether, an option some members of the public put to us."),
          P("4. Recommendations", H2),
          P("4.1 The Working Group recommends that the Committee:"),
          ]
    for i, r in enumerate(RECS):
        s.append(P(f"({'abcdefg'[i]})&nbsp;&nbsp;{r}".replace("&nbsp;", " "), REC))
    s += [P("4.2 If recommendations (a) to (c) are agreed, the Amenities Officer will bring a draft policy and a revised schedule of charges to the meeting on 14 April 2026. The Working Group asks to be stood down once the Committee has dealt with this report."),
          Spacer(1, 6), P("Cllr Margaret Eldon, Chair of the Working Group, 12 January 2026", SM)]
    build(H.out(NAME + "_advice.pdf"), s)


def response():
    s = [band("Thornbury Market Town Council", "Amenities Committee<br/>Minutes &middot; 10 February 2026"), Spacer(1, 10),
         P("Minutes of the Meeting of the Amenities Committee", H1),
         P("Held on Tuesday 10 February 2026 at 7.00 pm in the Council Chamber, Town Hall, Thornbury. Present: Cllr Peter Rowe (Chair), Cllrs Eldon, Hurst, Kaur, Patel and Sandford. In attendance: Ms Claire Whitfield (Amenities Officer), Mrs Janet Morley (Town Clerk) and four members of the public.", SM),
         P("AM/26/010&nbsp;&nbsp;Apologies and declarations. Apologies were received from Cllr Gibbs. There were no declarations of interest and the minutes of the meeting held on 9 December 2025 were approved as a correct record.".replace("&nbsp;", "  "), MIN),
         P("AM/26/011&nbsp;&nbsp;Memorial Benches and Tributes: report of the Working Group (AM/26/04). Cllr Eldon introduced the report and thanked the members of the Working Group and the Amenities Officer. After discussion it was RESOLVED:".replace("&nbsp;", "  "), MIN),
         P("(i) Charges (recommendation (c)). That the fee for a new memorial bench be set at £1,450 for a ten-year agreement, including installation and upkeep, with effect from 1 April 2026; existing agreements to be unaffected until renewal.", REC),
         P("(ii) Policy (recommendation (a)). That a Memorial Benches and Tributes Policy be prepared on the lines set out in the report, and that the Amenities Officer bring a draft to the meeting on 14 April 2026 for adoption.", REC),
         P("(iii) Plaques and older benches (recommendations (d) and (e)). Members felt that a complete ban on plaques on trees would be seen as heavy-handed, and the Committee did not support it; instead, small plaques will continue to be allowed on trees with the written permission of the Amenities Officer. The Committee agreed that letters be sent to the families of all benches more than ten years old, offering renewal or the return of the plaque, during the summer of 2026.", REC),
         P("(iv) Number of benches (recommendation (b)). That no new memorial benches be placed on the Riverside Walk or in Victoria Gardens until the number there has fallen, but that no overall annual limit be set for the rest of the town.", REC),
         P("(v) Book of remembrance (recommendation (f)). The Committee noted the suggestion of an online book of remembrance and asked the Town Clerk to look into its cost and report to a future meeting, without commitment.", REC),
         P("AM/26/012&nbsp;&nbsp;Grounds maintenance contract. The Town Clerk reported that the grass cutting contract with Vale Green Services Ltd had been extended to 31 March 2027 under delegated powers. The Committee NOTED the report.".replace("&nbsp;", "  "), MIN),
         P("AM/26/013&nbsp;&nbsp;Date of next meeting. Tuesday 14 April 2026 at 7.00 pm. There being no further business, the Chair closed the meeting at 8.42 pm.".replace("&nbsp;", "  "), MIN),
         Spacer(1, 10), P("Signed as a correct record: ......................................... Chair &nbsp;&nbsp; Date: ..........................".replace("&nbsp;", " "), SM)]
    build(H.out(NAME + "_response.pdf"), s)


def main():
    advice(); response()
    F = H.clean_font("DejaVuSans.ttf")
    H.stamp(H.out(NAME + "_advice.pdf"), header="Thornbury Market Town Council - Memorial Benches and Tributes (AM/26/04)",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    H.stamp(H.out(NAME + "_response.pdf"), header="Amenities Committee - Minutes of 10 February 2026",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    recs = [
        {"number": 1, "starts_with": "Adopt a written Memorial Benches and Tributes Policy, setting out where",
         "reply_contains": "bring a draft to the meeting on 14 April 2026 for adoption", "verdict": "agrees"},
        {"number": 2, "starts_with": "Limit the number of new memorial benches to fifteen a year",
         "reply_contains": "no overall annual limit be set for the rest of the town", "verdict": "partly"},
        {"number": 3, "starts_with": "Replace the present one-off charge with a fee of £1,450",
         "reply_contains": "with effect from 1 April 2026; existing agreements to be unaffected", "verdict": "agrees"},
        {"number": 4, "starts_with": "Stop accepting new memorial plaques fixed to trees, lamp columns",
         "reply_contains": "a complete ban on plaques on trees would be seen as heavy-handed", "verdict": "disagrees"},
        {"number": 5, "starts_with": "Write to the families of every bench that is more than",
         "reply_contains": "offering renewal or the return of the plaque, during the summer", "verdict": "agrees"},
        {"number": 6, "starts_with": "Create an online book of remembrance on the Council's website",
         "reply_contains": "asked the Town Clerk to look into its cost", "verdict": "noted"},
        {"number": 7, "starts_with": "Remove flowers, photographs and other personal items left at benches",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["Apologies were received from Cllr Gibbs. There were no declarations",
                 "grass cutting contract with Vale Green Services Ltd had been extended",
                 "There being no further business, the Chair closed the meeting"]
    notes = ("Advice: English town council Memorial Benches and Tributes Working Group report AM/26/04 to the Amenities "
             "Committee; recs LETTERED (a)-(g) under para 4.1 'recommends that the Committee:' (numbers 1-7 = a-g); traps: "
             "paragraphs 1.1-4.2, minute AM/25/061, 2011 resolution quoted ('memorial benches should be of hardwood'), "
             "'Benches in numbers' table, Highways Act 1980 'consent ... must be obtained', 'any new bench should respect', "
             "staff 'should not be the ones deciding', 3.1 'The Council should be clear' and 'We do not think the Council "
             "should stop', 4.2 citing 'recommendations (a) to (c)'. Response: approved MINUTES, minute AM/26/011 resolving "
             "in items (i)-(v) citing '(recommendation (x))', order c, a, d+e, b, f: £1,450 fee from 1 April (3 agrees); "
             "draft policy to 14 April (1 agrees); ONE item '(d) and (e)' = tree-plaque ban not supported (4 disagrees) + "
             "letters to families (5 agrees); no new benches on two crowded sites but no annual limit (2 partly); book of "
             "remembrance costed without commitment (6 noted); 7 (removing flowers after 28 days) unanswered; apologies "
             "item, grass cutting contract item, next meeting/closure (nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
