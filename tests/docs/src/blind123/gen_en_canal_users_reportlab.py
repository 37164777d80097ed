"""Round 123 (EN): a Scottish canal USERS' COUNCIL's annual advice to the board of the public body that runs the
canals. The recommendations are a NUMBERED LIST 1.-7. split between two sub-headings ('For the 2026-27 season' 1.-4.,
'For the next corporate plan' 5.-7.), running across a page break. Traps: the Transport Act 1968 paraphrased with
'must', a numbered list 1.-6. of the issues users raised (findings), survey figures, last year's recommendation
quoted ('should publish stoppage notices', done), a closing line naming 'Recommendations 1, 2 and 5'. Answered by
the Chief Executive's LETTER that QUOTES each recommendation in italics under a small caps line and answers it under
a bold 'Our response' label, in the order 1, 3, 2, 5, 4, 7; 6 never quoted nor answered; an introduction with a
figure, a section on the aqueduct closure and a closing answer nothing.
reportlab platypus, A4, cleaned Liberation Serif (advice) and Liberation Sans (letter), invariant=1; header and
'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented; the Transport Act
1968 is named as context only (what is said of it here is paraphrased and not to be relied on).
Run:  /tmp/blind123en/bin/python tests/docs/src/blind123/gen_en_canal_users_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b123en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

NAME = "blind123_en_canal_users"
for fam, files in (("Se", ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf")),
                   ("Sa", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"))):
    pdfmetrics.registerFont(TTFont(fam, H.clean_font(files[0])))
    pdfmetrics.registerFont(TTFont(fam + "B", H.clean_font(files[1])))
    pdfmetrics.registerFont(TTFont(fam + "I", H.clean_font(files[2])))
    pdfmetrics.registerFontFamily(fam, normal=fam, bold=fam + "B", italic=fam + "I", boldItalic=fam + "B")
TEAL = colors.HexColor("#0d5c63")


def styles(f, size=10.5, lead=14.2):
    body = ParagraphStyle("b" + f, fontName=f, fontSize=size, leading=lead, spaceAfter=6, alignment=4)
    return dict(
        body=body,
        h1=ParagraphStyle("h1" + f, parent=body, fontName=f + "B", fontSize=18, leading=22, textColor=TEAL,
                          spaceAfter=6, alignment=0),
        h2=ParagraphStyle("h2" + f, parent=body, fontName=f + "B", fontSize=12.5, leading=16, textColor=TEAL,
                          spaceBefore=8, spaceAfter=4, alignment=0, keepWithNext=1),
        h3=ParagraphStyle("h3" + f, parent=body, fontName=f + "I", fontSize=11, leading=14, spaceBefore=4,
                          spaceAfter=3, alignment=0, keepWithNext=1),
        item=ParagraphStyle("it" + f, parent=body, leftIndent=20, bulletIndent=3, spaceAfter=4),
        small=ParagraphStyle("s" + f, parent=body, fontSize=9, leading=12, alignment=0),
        label=ParagraphStyle("l" + f, parent=body, fontSize=8.5, leading=11, textColor=colors.HexColor("#555555"),
                             spaceBefore=6, spaceAfter=1, alignment=0, keepWithNext=1),
        quote=ParagraphStyle("q" + f, parent=body, fontName=f + "I", leftIndent=18, rightIndent=18, spaceAfter=4,
                             keepWithNext=1),
        resp=ParagraphStyle("r" + f, parent=body, fontName=f + "B", spaceAfter=2, keepWithNext=1, alignment=0),
    )


def build(path, story, top=20):
    SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=top * mm,
                      bottomMargin=20 * mm, invariant=1, title="", author="").build(story)


def advice():
    S = styles("Se")
    s = [Paragraph("LOWLAND CANALS USERS' COUNCIL", S["small"]),
         Paragraph("Annual Advice to the Board of Lowland Waterways 2026", S["h1"]),
         Paragraph("Presented to the Board on 9 April 2026. Convener: Ms Fiona Drysdale. The Council's members are "
                   "drawn from boating, angling, paddling, cycling, walking and canal-side business groups.",
                   S["small"]), Spacer(1, 6)]
    s.append(Paragraph("1. About the Council", S["h2"]))
    s.append(Paragraph(
        "The Users' Council is an independent advisory body. It advises the Board of Lowland Waterways on how the "
        "Strathallan Canal and the Merrick Canal are run for the people who use them. Under the Transport Act 1968 "
        "the navigation authority must maintain its cruising waterways in a suitable condition for use by cruising "
        "craft, and the remainder waterways must be dealt with in the most economical manner possible. The Council "
        "has no part in those duties; it gives advice, and the Board decides.", S["body"]))
    s.append(Paragraph("2. What users told us", S["h2"]))
    s.append(Paragraph(
        "Our survey ran from October to December 2025 and drew 612 responses, 38 per cent of them from people who "
        "walk or cycle the towpath daily. The issues users raised most often were, in order:", S["body"]))
    issues = [
        "the closure of the Drumcross flight of locks since the gate failure of 2023;",
        "the lack of drinking water and secure storage at moorings on the Merrick Canal;",
        "long towpath closures during winter works, often without a diversion;",
        "the cost of licences for canoes and paddleboards compared with other Scottish waters;",
        "a sense that local managers rarely meet users face to face;",
        "the state of the embankments east of Kelty Bridge on the Strathallan Canal.",
    ]
    for i, t in enumerate(issues, 1):
        s.append(Paragraph(t, S["item"], bulletText=f"{i}."))
    s.append(Paragraph(
        "Boat movements through the Merrick locks rose from 1,140 in 2024 to 1,395 in 2025. Paddle licences fell "
        "from 860 to 710 over the same period, and 41 per cent of paddlers who let their licence lapse named its "
        "price as the reason.", S["body"]))
    s.append(Paragraph("3. Progress since our last advice", S["h2"]))
    s.append(Paragraph(
        "In our 2025 advice we said that \"Lowland Waterways should publish stoppage notices at least 28 days in "
        "advance of planned works\". This has been done, and we thank the Board for it. We also welcome the new "
        "volunteer lengthsman scheme on the Strathallan Canal, which now has 23 members.", S["body"]))
    s.append(Paragraph(
        "The Council held six meetings in the year, two of them on the water. Members also walked the full length "
        "of both towpaths in stages between May and September, noting the state of signage, seating, bins and "
        "access points; the notes of those walks have been passed to the area managers and are not repeated here. "
        "Three seats on the Council fell vacant during the year and have been filled by a boat hirer, a rowing "
        "club secretary and a representative of the Merrick Canal Society.", S["body"]))
    s.append(Paragraph("4. Our recommendations", S["h2"]))
    s.append(Paragraph("The Council recommends that the Board of Lowland Waterways should:", S["body"]))
    s.append(Paragraph("For the 2026-27 season", S["h3"]))
    recs_a = [
        "Reopen the Drumcross flight of locks to boats by Easter 2027, with volunteer lock keepers on duty at "
        "weekends from April to October.",
        "Install secure bicycle parking and a drinking water point at each of the six main moorings on the "
        "Merrick Canal.",
        "Keep the towpath open during winter works wherever it is safe to do so, and provide a signed diversion "
        "where it is not.",
        "Cut the annual licence fee for unpowered craft such as canoes and paddleboards from 65 pounds to 40 "
        "pounds.",
    ]
    recs_b = [
        "Set up a users' panel for each canal that meets local managers at least twice a year, in the evening "
        "and in a canal-side venue.",
        "Publish each year the condition grade of every lock, bridge, aqueduct and culvert, with the date of its "
        "last inspection.",
        "Press the sponsor department for ring-fenced capital funding to repair the Strathallan Canal embankments "
        "east of Kelty Bridge.",
    ]
    for i, t in enumerate(recs_a, 1):
        s.append(Paragraph(t, S["item"], bulletText=f"{i}."))
    s.append(Paragraph("For the next corporate plan", S["h3"]))
    for i, t in enumerate(recs_b, 5):
        s.append(Paragraph(t, S["item"], bulletText=f"{i}."))
    s.append(Paragraph("5. Closing remarks", S["h2"]))
    s.append(Paragraph(
        "Recommendations 1, 2 and 5 were supported by every member of the Council; the others by a clear "
        "majority. We would welcome the Board's reply before our September meeting, and we thank the staff of "
        "Lowland Waterways for their help throughout the year.", S["body"]))
    build(H.out(NAME + "_advice.pdf"), s)


def response():
    S = styles("Sa", size=10, lead=13.6)
    s = [Paragraph("<b>LOWLAND WATERWAYS</b>", ParagraphStyle("lw", parent=S["body"], fontSize=15, leading=18,
                                                              textColor=TEAL)),
         Paragraph("Canal House, 4 Basin Road, Drumcross", S["small"]), Spacer(1, 8)]
    t = Table([[Paragraph("Ms Fiona Drysdale<br/>Convener, Lowland Canals Users' Council", S["small"]),
                Paragraph("Our ref: LW/CE/26/044<br/>18 June 2026", S["small"])]], colWidths=[100 * mm, 60 * mm],
              hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s += [t, Spacer(1, 8), Paragraph("Dear Fiona,", S["body"]),
          Paragraph("<b>Annual Advice to the Board 2026</b>", S["body"])]
    s.append(Paragraph(
        "Thank you for the Council's annual advice, which the Board discussed at its meeting on 28 May. I am "
        "pleased that the stoppage notices have helped; in 2025-26 we gave 28 days' notice or more for 94 per cent "
        "of planned works. I set out below each of your recommendations and the Board's response to it.",
        S["body"]))

    def q(text, reply):
        s.append(Paragraph("THE COUNCIL RECOMMENDED", S["label"]))
        s.append(Paragraph("\"" + text + "\"", S["quote"]))
        s.append(Paragraph("Our response", S["resp"]))
        for r in reply:
            s.append(Paragraph(r, S["body"]))

    q("Reopen the Drumcross flight of locks to boats by Easter 2027, with volunteer lock keepers on duty at "
      "weekends from April to October.",
      ["We agree. New top gates for locks 3 and 4 are being made now, and the Drumcross flight will reopen to boats "
       "on 26 March 2027. Our volunteer coordinator will recruit and train lock keepers over the winter so that the "
       "flight is staffed every weekend of the season."])
    q("Keep the towpath open during winter works wherever it is safe to do so, and provide a signed diversion "
      "where it is not.",
      ["We accept this. From this winter every work site will be assessed for a safe way past, and where the "
       "towpath has to close a signed diversion will be in place before the closure starts."])
    q("Install secure bicycle parking and a drinking water point at each of the six main moorings on the "
      "Merrick Canal.",
      ["Drinking water points will be fitted at all six moorings by the end of March 2027. Secure bicycle parking "
       "is a different matter: we can fund stands at Merrick Basin and Glenbervie this year, but the other four "
       "sites will have to wait until money can be found in a later budget."])
    q("Set up a users' panel for each canal that meets local managers at least twice a year, in the evening and "
      "in a canal-side venue.",
      ["We are happy to do this. The first panel meetings will be held in October 2026, one at Merrick Basin and "
       "one at the Kelty boathouse, and the Council will be invited to help us set the agenda."])
    q("Cut the annual licence fee for unpowered craft such as canoes and paddleboards from 65 pounds to 40 pounds.",
      ["We understand the concern, but we are not able to reduce the fee. Licence income pays for the launch "
       "points and the safety signage that paddlers use, and a cut of this size would leave a gap of some 17,000 "
       "pounds a year. The fee will instead be frozen for 2027."])
    q("Press the sponsor department for ring-fenced capital funding to repair the Strathallan Canal embankments "
      "east of Kelty Bridge.",
      ["Capital funding for the waterways is ultimately a decision for the sponsor department in its spending "
       "review. We have noted the Council's view and will consider how best to reflect it when we prepare our "
       "submission later in the year."])
    s.append(Paragraph("<b>Allander aqueduct</b>", S["body"]))
    s.append(Paragraph(
        "You will know that the towpath over the Allander aqueduct must close for 14 weeks from January 2027 while "
        "the parapets are rebuilt, at a cost of 1.2 million pounds. We will send the Council the diversion plan "
        "in draft before it is published.", S["body"]))
    s.append(Paragraph(
        "Thank you again to every member of the Council for your time. I would be glad to attend your September "
        "meeting to discuss this letter.", S["body"]))
    s.append(Paragraph("Yours sincerely,<br/><br/>Graham Lennox<br/>Chief Executive", S["body"]))
    build(H.out(NAME + "_response.pdf"), s, top=18)


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Lowland Canals Users' Council - Annual Advice 2026",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Lowland Waterways - LW/CE/26/044", footer="Page {n} of {N}",
            skip_first=True)
    recs = [
        {"number": 1, "starts_with": "Reopen the Drumcross flight of locks to boats by Easter 2027",
         "reply_contains": "the Drumcross flight will reopen to boats on 26 March 2027", "verdict": "agrees"},
        {"number": 2, "starts_with": "Install secure bicycle parking and a drinking water point at each",
         "reply_contains": "we can fund stands at Merrick Basin and Glenbervie this year", "verdict": "partly"},
        {"number": 3, "starts_with": "Keep the towpath open during winter works wherever it is safe",
         "reply_contains": "every work site will be assessed for a safe way past", "verdict": "agrees"},
        {"number": 4, "starts_with": "Cut the annual licence fee for unpowered craft such as canoes",
         "reply_contains": "we are not able to reduce the fee", "verdict": "disagrees"},
        {"number": 5, "starts_with": "Set up a users' panel for each canal that meets local managers",
         "reply_contains": "The first panel meetings will be held in October 2026", "verdict": "agrees"},
        {"number": 6, "starts_with": "Publish each year the condition grade of every lock, bridge, aqueduct",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 7, "starts_with": "Press the sponsor department for ring-fenced capital funding to repair",
         "reply_contains": "will consider how best to reflect it when we prepare", "verdict": "noted"},
    ]
    unmatched = ["in 2025-26 we gave 28 days' notice or more",
                 "while the parapets are rebuilt, at a cost of",
                 "I would be glad to attend your September meeting"]
    notes = ("Advice: a canal users' council's annual advice; the Transport Act 1968 paraphrased ('must maintain'); a "
             "numbered list 1.-6. of ISSUES users raised (findings, not recommendations); survey and licence "
             "figures; last year's advice quoted ('should publish stoppage notices', done); 'Our recommendations' "
             "after 'The Council recommends that the Board of Lowland Waterways should:' as a NUMBERED LIST split "
             "over the italic sub-headings 'For the 2026-27 season' (1.-4.) and 'For the next corporate plan' "
             "(5.-7.), the list broken by the page; closing 'Recommendations 1, 2 and 5 were supported by every "
             "member'. Response: the Chief Executive's letter; introduction with '94 per cent' (nothing); each "
             "recommendation QUOTED in italics under 'THE COUNCIL RECOMMENDED' with a bold 'Our response' below, no "
             "numbers, in the order 1, 3, 2, 5, 4, 7: 1 reopens on 26 March 2027 (agrees); 3 'We accept this' "
             "(agrees); 2 water points at all six but bicycle stands at two of six (partly); 5 'happy to do this', "
             "October 2026 (agrees); 4 'not able to reduce the fee', frozen instead (disagrees); 7 'a decision for "
             "the sponsor department ... noted ... will consider how best to reflect it' (noted); 6 never quoted "
             "or answered (unanswered); 'Allander aqueduct' closure (nothing, its 'must close' is no reply) and "
             "the closing (nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
