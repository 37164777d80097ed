"""Round 134 (EN): an English district council's CORPORATE PEER CHALLENGE feedback report (by an invented sector
improvement body), answered by the council's ACTION PLAN in a ruled table with a 'Rec.' number column.
The advice: a 'Key recommendations' list 1.-7. (plain numbered items, no labels) that runs over the page break
between items 3 and 4 (the Act, the 2019 quotation and the restructure paragraph follow the list). Traps: the
five core questions as bullets, a numbered list 1.-5. of strengths (findings), a
peer team table, the Local Government Act 1999 paraphrased ('must make arrangements'), the 2019 peer challenge's
recommendation quoted ('should develop'), 'The team does not recommend ...', a closing naming 'recommendations 2
and 5'.
The response: the Cabinet's action plan: introduction (nothing), a table with rows '1', '2', '3 and 7' (one row for
two: 3 agreed, 7 deferred to the ICT strategy review), '4' (not agreed), '6', and a row '-' of the council's own
(communications; nothing); rec 5 has no row; a 'Monitoring' paragraph (nothing).
reportlab platypus, A4, cleaned Liberation Sans (report) and Liberation Serif (action plan), invariant=1; header and
'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented; the Local Government
Act 1999 is named as context only (what is said of it is paraphrased and not to be relied on).
Run:  /tmp/blind134en/bin/python tests/docs/src/blind134/gen_en_peer_challenge_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b134en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, ListFlowable, ListItem

NAME = "blind134_en_peer_challenge"
TEAL = colors.HexColor("#0b5563")
RUST = colors.HexColor("#8a3b12")


def fonts():
    for fam, files in (("LS", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf")),
                       ("LF", ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                               "LiberationSerif-Italic.ttf"))):
        pdfmetrics.registerFont(TTFont(fam, H.clean_font(files[0])))
        pdfmetrics.registerFont(TTFont(fam + "-B", H.clean_font(files[1])))
        pdfmetrics.registerFont(TTFont(fam + "-I", H.clean_font(files[2])))
        pdfmetrics.registerFontFamily(fam, normal=fam, bold=fam + "-B", italic=fam + "-I", boldItalic=fam + "-B")


def styles(fam, size, ink):
    body = ParagraphStyle("b", fontName=fam, fontSize=size, leading=size * 1.38, spaceAfter=2.4 * mm)
    return {
        "body": body,
        "li": ParagraphStyle("li", parent=body, spaceAfter=1.4 * mm),
        "h1": ParagraphStyle("h1", parent=body, fontName=fam + "-B", fontSize=18, leading=22, textColor=ink),
        "h2": ParagraphStyle("h2", parent=body, fontName=fam + "-B", fontSize=12.5, leading=15, textColor=ink,
                             spaceBefore=3.5 * mm, spaceAfter=1.8 * mm, keepWithNext=1),
        "sub": ParagraphStyle("sub", parent=body, fontSize=9, textColor=colors.HexColor("#555555")),
        "cell": ParagraphStyle("c", parent=body, fontSize=size - 1.2, leading=(size - 1.2) * 1.3, spaceAfter=0),
    }


def numbered(S, items, start=1, style="li"):
    return ListFlowable([ListItem(Paragraph(t, S[style]), value=start + i) for i, t in enumerate(items)],
                        bulletType="1", bulletFormat="%s.", leftIndent=8 * mm, bulletFontName=S[style].fontName,
                        bulletFontSize=S[style].fontSize, start=start)


def bullets(S, items):
    return ListFlowable([ListItem(Paragraph(t, S["li"])) for t in items], bulletType="bullet", start="\u2022",
                        leftIndent=8 * mm, bulletFontSize=8)


def advice():
    S = styles("LS", 10, TEAL)
    f = []
    f.append(Paragraph("LOCAL GOVERNMENT IMPROVEMENT PARTNERSHIP &#183; CORPORATE PEER CHALLENGE", S["sub"]))
    f.append(Paragraph("Fellbrook District Council: feedback report", S["h1"]))
    f.append(Paragraph("On-site 4-7 March 2025 &#183; Report issued 11 April 2025 &#183; Ref. LGIP/CPC/25/017",
                       S["sub"]))
    f.append(Paragraph("1. Introduction", S["h2"]))
    f.append(Paragraph("Fellbrook District Council invited the Local Government Improvement Partnership to carry out "
                       "a corporate peer challenge. A peer challenge is improvement-focused: it is not an inspection, "
                       "and the team's views are offered by fellow councillors and officers. The team spent four days "
                       "at the council, held 41 meetings and spoke to more than 160 people. Every peer challenge "
                       "looks at five core questions:", S["body"]))
    f.append(bullets(S, ["local priorities and outcomes: are the council's priorities clear?",
                         "organisational and place leadership: does the council provide effective leadership?",
                         "governance and culture: are there clear and robust governance arrangements?",
                         "financial planning and management: does the council have a grip on its finances?",
                         "capacity for improvement: is the organisation able to support delivery?"]))
    rows = [["Role on the team", "Peer"],
            ["Lead peer (chief executive)", "Margaret Oduya-Brennan, Harwell Borough Council"],
            ["Member peer (Conservative)", "Cllr Graham Tuckett, Selsby District Council"],
            ["Member peer (Labour)", "Cllr Naseem Haqqani, Oakridge City Council"],
            ["Officer peer (finance)", "Duncan Pyle-Morrison, North Ashdale Council"],
            ["Peer challenge manager", "Rhiannon Castell, LGIP"]]
    rows = [[Paragraph(("<b>%s</b>" % c) if i == 0 else c, S["cell"]) for c in r] for i, r in enumerate(rows)]
    t = Table(rows, colWidths=[52 * mm, 100 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dcebee")),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9bbac0")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    f.append(Spacer(1, 1.5 * mm))
    f.append(t)
    f.append(Spacer(1, 3 * mm))
    f.append(Paragraph("2. Executive summary", S["h2"]))
    f.append(Paragraph("Fellbrook is a well-regarded council with committed staff and a stable political "
                       "administration. Residents are generally satisfied with its services, and its finances are "
                       "sound for the current year. The team saw the following strengths:", S["body"]))
    f.append(numbered(S, ["Staff are proud to work for the council and speak highly of its senior leaders.",
                          "Relationships with town and parish councils have improved markedly since 2022.",
                          "The Fellbrook Town Centre regeneration scheme is on time and within budget.",
                          "Waste and recycling services perform in the top quarter of district councils.",
                          "The council responded quickly and well to the flooding in Lower Wensby in November "
                          "2024."]))
    f.append(Paragraph("3. Key recommendations", S["h2"]))
    f.append(Paragraph("There are many observations and suggestions in the main section of this report. The "
                       "following are the peer team's key recommendations to the council:", S["body"]))
    recs = [
        "Agree a small number of clear priorities for the council, each with measurable outcomes, and publish them "
        "in a refreshed Council Plan by the end of October 2025.",
        "Close the budget gap for 2026/27 with a savings and income plan agreed by Full Council before the budget "
        "is set, rather than by drawing on reserves.",
        "Set up a programme management office to track the delivery of the council's twelve major projects, "
        "reporting every month to the Corporate Leadership Team.",
        "Strengthen overview and scrutiny by giving the committee a work programme of its own, agreed with "
        "Cabinet, and a dedicated scrutiny officer.",
        "Develop a workforce strategy that tackles recruitment and retention in planning and environmental health, "
        "including market supplements where the evidence supports them.",
        "Review the council's partnership with Fellbrook Leisure Trust, and agree clear performance measures "
        "before any decision is taken on extending the contract.",
        "Invest in the council's digital customer platform so that the ten most common transactions can be "
        "completed online by the end of 2026.",
    ]
    f.append(numbered(S, recs, style="body"))
    f.append(Paragraph("4. Governance and finance", S["h2"]))
    f.append(Paragraph("Under the Local Government Act 1999, as the team understands it, a best value authority must "
                       "make arrangements to secure continuous improvement in the way its functions are exercised. "
                       "The council's own plans show that it takes that duty seriously, but its ambitions now "
                       "exceed the capacity it has to deliver them. The 2019 peer challenge said that the council "
                       "\"should develop a medium-term financial strategy that closes the budget gap\". A strategy "
                       "was adopted in 2020, but the gap has returned: the council forecasts a shortfall of "
                       "&#163;2.9 million in 2026/27, rising to &#163;4.4 million in 2027/28.", S["body"]))
    f.append(Paragraph("Several people asked the team whether the senior management structure should change "
                       "again. The team does not recommend a further restructure: the current structure is only "
                       "eighteen months old and needs time to settle.", S["body"]))
    f.append(Paragraph("5. Next steps", S["h2"]))
    f.append(Paragraph("The council is asked to publish this report, together with an action plan, within eight "
                       "weeks. The team will return for a progress review in about ten months, and will look in "
                       "particular at recommendations 2 and 5.", S["body"]))
    f.append(Paragraph("Margaret Oduya-Brennan, lead peer, on behalf of the peer team", S["sub"]))
    doc = SimpleDocTemplate(H.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm,
                            topMargin=22 * mm, bottomMargin=22 * mm, invariant=1,
                            title="Fellbrook District Council: corporate peer challenge feedback report",
                            author="Local Government Improvement Partnership")
    doc.build(f)


def response():
    S = styles("LF", 10.5, RUST)
    f = []
    f.append(Paragraph("FELLBROOK DISTRICT COUNCIL &#183; CABINET 19 JUNE 2025 &#183; AGENDA ITEM 7, APPENDIX A",
                       S["sub"]))
    f.append(Paragraph("Corporate Peer Challenge 2025: Action Plan", S["h1"]))
    f.append(Paragraph("Introduction", S["h2"]))
    f.append(Paragraph("The council thanks the peer team for a constructive challenge and for the time they spent "
                       "with members, staff and partners in March. The feedback report was published on the "
                       "council's website on 14 April 2025. This action plan sets out the council's response to "
                       "each of the key recommendations; the row numbers in the table follow the report.",
                       S["body"]))
    C = S["cell"]
    hdr = ["Rec.", "Council response", "Action and timescale", "Lead"]
    data = [
        ("1", "Agreed. Cabinet will reduce the present eleven priorities to four, each with a small set of "
              "outcome measures.", "The refreshed Council Plan will be presented to Full Council on 16 October "
              "2025.", "Chief Executive"),
        ("2", "Agreed in part. A savings and income plan worth &#163;1.8 million will be brought forward. The "
              "balance for 2026/27 will be met from the budget equalisation reserve as a one-off, while the "
              "longer-term options are worked up.", "Savings plan to Full Council in January 2026; "
              "reserve use limited to 2026/27.", "Section 151 Officer"),
        ("3 and 7", "A programme management office was set up on 2 June 2025 within the Transformation team and "
                    "will report monthly to the Corporate Leadership Team. The digital customer platform will be "
                    "considered as part of the ICT strategy review next year; no funding has been allocated to it "
                    "at this stage.", "Monthly reports from July 2025; ICT strategy review to report in "
                    "2026/27.", "Director of Resources"),
        ("4", "Not agreed. Members value the committee's current way of working, and Cabinet does not intend "
              "to fund a dedicated scrutiny post; democratic services will continue to support the committee.",
              "None.", "Monitoring Officer"),
        ("6", "Agreed. The council will agree a performance framework with the Trust, including usage, income "
              "and customer satisfaction targets.", "Framework agreed before Cabinet decides on the extension "
              "in February 2026.", "Director of Place"),
        ("-", "Communications: staff will be briefed on the peer challenge findings through the chief "
              "executive's roadshows in July.", "July 2025.", "Head of Communications"),
    ]
    rows = [[Paragraph("<b>%s</b>" % h, C) for h in hdr]] + [[Paragraph(c, C) for c in r] for r in data]
    t = Table(rows, colWidths=[15 * mm, 72 * mm, 46 * mm, 27 * mm], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f1e1d6")),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#b08a70")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    f.append(t)
    f.append(Paragraph("Monitoring", S["h2"]))
    f.append(Paragraph("Progress on this plan will be reported to Cabinet every quarter and to the Audit and "
                       "Governance Committee twice a year, ahead of the peer team's return visit in early 2026.",
                       S["body"]))
    doc = SimpleDocTemplate(H.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm,
                            topMargin=22 * mm, bottomMargin=22 * mm, invariant=1,
                            title="Corporate Peer Challenge 2025: Action Plan", author="Fellbrook District Council")
    doc.build(f)


def main():
    fonts()
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Fellbrook District Council - Corporate peer challenge - LGIP/CPC/25/017",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Fellbrook District Council - Cabinet 19 June 2025 - Item 7, Appendix A",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "Agree a small number of clear priorities for the council",
         "reply_contains": "will reduce the present eleven priorities to four", "verdict": "agrees"},
        {"number": 2, "starts_with": "Close the budget gap for 2026/27 with a savings and",
         "reply_contains": "will be met from the budget equalisation reserve as a one-off",
         "verdict": "partly"},
        {"number": 3, "starts_with": "Set up a programme management office to track the delivery",
         "reply_contains": "was set up on 2 June 2025 within the Transformation team",
         "verdict": "agrees"},
        {"number": 4, "starts_with": "Strengthen overview and scrutiny by giving the committee a work",
         "reply_contains": "Cabinet does not intend to fund a dedicated scrutiny post",
         "verdict": "disagrees"},
        {"number": 5, "starts_with": "Develop a workforce strategy that tackles recruitment and retention in",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 6, "starts_with": "Review the council's partnership with Fellbrook Leisure Trust, and agree",
         "reply_contains": "will agree a performance framework with the Trust", "verdict": "agrees"},
        {"number": 7, "starts_with": "Invest in the council's digital customer platform so that the",
         "reply_contains": "will be considered as part of the ICT strategy review", "verdict": "noted"},
    ]
    unmatched = ["The feedback report was published on the council's website",
                 "staff will be briefed on the peer challenge findings",
                 "will be reported to Cabinet every quarter and to the Audit"]
    notes = ("Advice: an English district council's CORPORATE PEER CHALLENGE feedback report by an invented sector "
             "improvement body; the seven key recommendations are a plain NUMBERED LIST 1.-7. of imperatives "
             "('Agree ...', 'Close ...') under 'Key recommendations', running over the page break between "
             "items 3 and 4. Traps: the five core questions as bullets, a peer team table, a "
             "numbered list 1.-5. of STRENGTHS (findings, not recommendations), the Local Government Act 1999 "
             "paraphrased ('must make arrangements'), the 2019 peer challenge's recommendation quoted ('should "
             "develop a medium-term financial strategy'), 'The team does not recommend a further restructure', a "
             "closing naming 'recommendations 2 and 5'. Response: the council's ACTION PLAN, a ruled table 'Rec. | "
             "Council response | Action and timescale | Lead': row 1 agreed, Council Plan in October (agrees); row "
             "2 'Agreed in part', 1.8 of 2.9 million from savings, the rest from reserves (partly); ONE row '3 and "
             "7': the PMO already set up (3 agrees) and the digital platform 'will be considered as part of the "
             "ICT strategy review', no funding (7 noted); row 4 'Not agreed', no scrutiny post (disagrees); row 6 "
             "agreed, performance framework before the extension decision (agrees); a row '-' on communications "
             "of the council's own (nothing). The introduction and the Monitoring paragraph answer nothing; rec 5 "
             "(workforce strategy) has no row (unanswered), though the advice's closing singles it out.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
