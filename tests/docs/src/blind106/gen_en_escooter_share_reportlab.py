"""Round 106 (EN): a New Zealand city council's ACCESSIBILITY ADVISORY GROUP submission on the E-SCOOTER SHARE
SCHEME licence renewal, seven NUMBERED recommendations 1-7 in a shaded box, answered by an officers' MEMORANDUM
with an ANNOTATED table 'No. | Recommendation (summary) | Officer comment' citing the numbers. reportlab platypus,
A4, cleaned DejaVu, invariant; teal letterhead band; header and 'Page N of M' stamped from page 2. All bodies,
people, places and figures invented; the Land Transport Act 1998 and a footpath bylaw named as context only.
Run:  /tmp/blind106en/bin/python tests/docs/src/blind106/gen_en_escooter_share_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b106en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "blind106_en_escooter_share"
TEAL = colors.HexColor("#1f6f78")
pdfmetrics.registerFont(TTFont("DV", H.clean_font("DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", H.clean_font("DejaVuSans-Bold.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DV", boldItalic="DVB")
B = ParagraphStyle("b", fontName="DV", fontSize=9.8, leading=13, spaceAfter=6)
C = ParagraphStyle("c", parent=B, fontSize=9, leading=11.5, spaceAfter=0)
NP = ParagraphStyle("np", parent=B, leftIndent=16, firstLineIndent=-16, spaceAfter=4)
H1 = ParagraphStyle("h1", parent=B, fontName="DVB", fontSize=16, leading=20, textColor=TEAL, spaceAfter=8)
H2 = ParagraphStyle("h2", parent=B, fontName="DVB", fontSize=11.5, leading=14, textColor=TEAL, spaceBefore=6)
W = ParagraphStyle("w", parent=B, fontName="DVB", textColor=colors.white, spaceAfter=0)


def band(l, r):
    t = Table([[Paragraph(l, W), Paragraph(r, W)]], colWidths=[110 * mm, 60 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), TEAL), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return t


def box(flow):
    t = Table([[flow]], colWidths=[170 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e4f1f2")),
                           ("BOX", (0, 0), (-1, -1), 1, TEAL), ("LEFTPADDING", (0, 0), (-1, -1), 10),
                           ("TOPPADDING", (0, 0), (-1, -1), 8)]))
    return t


def grid(rows, widths):
    t = Table([[Paragraph(c, C) for c in r] for r in rows], colWidths=[w * mm for w in widths], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8fb5b9")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#cfe5e7")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def build(path, story):
    SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                      bottomMargin=20 * mm, invariant=1, title="", author="").build(story)


RECS = [
    "Require the operators to use geofencing that slows scooters to 8 km/h on the footpaths of the Quay Street "
    "and Victoria Avenue shopping strips.",
    "Set up designated parking bays for e-scooters in the central city and require trips to end in a bay.",
    "Introduce a penalty of at least $25 for riders who leave a scooter lying on a footpath or across a kerb ramp.",
    "Require each operator to fit its scooters with an audible warning sound that is active whenever the scooter "
    "is moving.",
    "Reduce the fleet cap from 1,200 to 800 scooters until the complaints rate has halved.",
    "Publish the complaints data for each operator every quarter on the Council website.",
    "Fund a joint education campaign with the operators and the Blind Low Vision Trust before the summer of 2026-27.",
]


def advice(path):
    s = [band("WELLSFORD CITY COUNCIL<br/>Te Kaunihera o Wellsford<br/>Accessibility Advisory Group",
              "Submission AAG 2026/01<br/>3 February 2026"), Spacer(1, 8),
         Paragraph("Footpaths for Everyone", H1),
         Paragraph("Submission on the renewal of the e-scooter share licences", B),
         Paragraph("Who we are", H2),
         Paragraph("The Accessibility Advisory Group advises the Council on matters that affect disabled people, "
                   "older people and families with young children. Our eleven members include wheelchair users, "
                   "blind and low vision people and people with learning disability. We met on 9 December 2025 and "
                   "27 January 2026 to prepare this submission.", B),
         Paragraph("Background", H2),
         Paragraph("Two operators, Zipp and Kōwhai Rides, have held e-scooter share licences since March 2023. The "
                   "licences expire on 30 June 2026 and the Transport and Infrastructure Committee will decide on "
                   "their renewal in May. In 2023 the Council said that shared scooters should be 'a convenient, "
                   "safe and tidy addition to the way people move around the city'. Under the Land Transport Act "
                   "1998 and the Council's Footpath Bylaw 2019, riders must give way to pedestrians on the footpath "
                   "and must not ride in a careless or inconsiderate manner.", B),
         Paragraph("What we found", H2),
         Paragraph("Complaints have risen every year: 214 in 2023, 388 in 2024 and 561 in 2025. Two thirds were about "
                   "scooters parked or dropped on the footpath. Our members described scooters lying across kerb "
                   "ramps and tactile paving, and riders passing close and fast and without warning. A blind member "
                   "was struck from behind on Quay Street in October 2025. We found that the operators' own "
                   "rules already say scooters should be parked upright and out of the way, but that riders are "
                   "rarely charged when they are not.", B),
         Paragraph("We also found that the current licence conditions (clause 7.3) allow up to 1,200 scooters and "
                   "contain no requirement to report complaints to the public.", B),
         Paragraph("Our recommendations", H2),
         Paragraph("The Accessibility Advisory Group recommends that, as conditions of any renewed licence, the "
                   "Council:", B)]
    inner = [Paragraph(f"<b>{i}.</b> {t}", NP) for i, t in enumerate(RECS, 1)]
    t = Table([[x] for x in inner], colWidths=[165 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e4f1f2")),
                           ("BOX", (0, 0), (-1, -1), 1, TEAL), ("LEFTPADDING", (0, 0), (-1, -1), 10)]))
    s += [t, Spacer(1, 8),
          Paragraph("Conclusion", H2),
          Paragraph("We support shared scooters as a low-carbon way to travel, and we do not ask the Council to end "
                    "the scheme. But footpaths are for everyone, and the renewal is the Council's best chance to "
                    "make the scheme safe for those who walk, roll or use a cane or guide dog.", B),
          Paragraph("Rangi Tipene, Chair, Accessibility Advisory Group", B)]
    build(path, s)


def response(path):
    s = [band("WELLSFORD CITY COUNCIL<br/>Memorandum",
              "File TI-26-118<br/>21 April 2026"), Spacer(1, 8),
         grid([["To", "Accessibility Advisory Group"], ["From", "Hemi Walker, Transport Policy Manager"],
               ["Subject", "E-scooter share licences: response to submission AAG 2026/01"]], [30, 140]),
         Spacer(1, 8),
         Paragraph("Purpose", H2),
         Paragraph("This memorandum sets out how officers have responded to the Group's submission in the report "
                   "that went to the Transport and Infrastructure Committee on 14 April 2026. We are grateful for "
                   "the time members gave to this work and for the accounts they shared with us.", B),
         Paragraph("Officer comments on the recommendations", H2),
         grid([["No.", "Recommendation (summary)", "Officer comment"],
               ["3", "Penalty for scooters left lying down",
                "Agreed. The renewed licences will oblige operators to charge a $30 fee to the rider whose trip "
                "ends with the scooter on its side or blocking a ramp."],
               ["1 and 5", "Slow zones on shopping strips; smaller fleet",
                "Slow zones of 8 km/h on Quay Street and Victoria Avenue are now a licence condition, and the "
                "operators have confirmed the geofences will be live by 1 July. Officers do not recommend a lower "
                "cap: usage has grown, and the evidence suggests parking, not fleet size, drives the complaints."],
               ["6", "Quarterly complaints data",
                "Complaints data will be published, but twice yearly rather than quarterly, in line with our other "
                "transport indicators."],
               ["2", "Parking bays and end-of-trip rule",
                "Supported. Forty painted bays will be installed in the central city, and trips there must end "
                "in a bay from the start of the new term."],
               ["7", "Education campaign",
                "Officers will raise a joint campaign with the Trust and the operators and report back on whether "
                "funding can be found."]], [22, 48, 100]),
         Spacer(1, 8),
         Paragraph("Other matters", H2),
         Paragraph("Members also asked about the footpath upgrade on Harbour Road. That project is on track and "
                   "the new kerb ramps at the Rata Street crossing will be completed in June.", B),
         Paragraph("Next steps", H2),
         Paragraph("Please contact Hemi Walker on 04 555 0192 if members would like to discuss any of these "
                   "points before the new licences start.", B)]
    build(path, s)


def main():
    F = H.clean_font("DejaVuSans.ttf")
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), header="Wellsford City Council - Accessibility Advisory Group - AAG 2026/01",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    H.stamp(H.out(NAME + "_response.pdf"), header="Memorandum TI-26-118", footer="Page {n} of {N}",
            skip_first=True, fontfile=F)
    recs = [
        dict(number=1, starts_with="Require the operators to use geofencing that slows scooters to",
             reply_contains="operators have confirmed the geofences will be live by 1 July", verdict="agrees"),
        dict(number=2, starts_with="Set up designated parking bays for e-scooters in the central city",
             reply_contains="Forty painted bays will be installed in the central city", verdict="agrees"),
        dict(number=3, starts_with="Introduce a penalty of at least $25 for riders who leave",
             reply_contains="oblige operators to charge a $30 fee to the rider", verdict="agrees"),
        dict(number=4, starts_with="Require each operator to fit its scooters with an audible warning",
             reply_contains=None, verdict="unanswered"),
        dict(number=5, starts_with="Reduce the fleet cap from 1,200 to 800 scooters until",
             reply_contains="Officers do not recommend a lower cap: usage has grown", verdict="disagrees"),
        dict(number=6, starts_with="Publish the complaints data for each operator every quarter on",
             reply_contains="published, but twice yearly rather than quarterly", verdict="partly"),
        dict(number=7, starts_with="Fund a joint education campaign with the operators and the",
             reply_contains="report back on whether funding can be found", verdict="noted"),
    ]
    H.write_expected(NAME, recs, [
        "grateful for the time members gave to this work",
        "the new kerb ramps at the Rata Street crossing",
        "if members would like to discuss any of these points"],
        "Advice: New Zealand city council Accessibility Advisory Group submission AAG 2026/01 on the e-scooter share "
        "licence renewal; recs NUMBERED 1-7 in a shaded box after 'recommends that, as conditions of any renewed "
        "licence, the Council:'; traps: complaints figures, 2023 Council statement quoted ('shared scooters should "
        "be'), Land Transport Act 1998 and Footpath Bylaw 2019 'must give way', operators' rules 'should be parked "
        "upright', licence clause 7.3, 'we do not ask the Council to end the scheme'. Response: officers' MEMORANDUM "
        "with an ANNOTATED table 'No. | Recommendation (summary) | Officer comment' citing numbers, order 3, 1+5, 6, "
        "2, 7: $30 fee (3 agrees); ONE row '1 and 5' = slow zones a licence condition (1 agrees) + no lower cap (5 "
        "disagrees); twice-yearly data (6 partly); forty bays (2 agrees); campaign to be raised, funding unknown (7 "
        "noted); 4 (audible warning) unanswered; Purpose thanks, 'Other matters' Harbour Road, 'Next steps' "
        "contact (nothing).")
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
