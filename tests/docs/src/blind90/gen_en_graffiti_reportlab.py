"""Round 90 (EN): an English borough council's OVERVIEW AND SCRUTINY TASK AND FINISH GROUP REVIEW OF GRAFFITI AND
FLY-POSTING (recommendations CODED 'TF1'..'TF7' in a 'Ref | Recommendation | Lead' TABLE) answered by the CABINET
MEMBER'S RESPONSE REPORT, replying under the codes. reportlab platypus, A4, cleaned DejaVu, invariant=1; running header
from page 2 and 'Page N' on the canvas. Bodies, people and figures invented.
Run:  /tmp/blind90en/bin/python tests/docs/src/blind90/gen_en_graffiti_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b90en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph as P, Spacer, Table, TableStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping

NAME = "blind90_en_graffiti"
for suf, f in (("", "DejaVuSans.ttf"), ("-B", "DejaVuSans-Bold.ttf"), ("-I", "DejaVuSans-Oblique.ttf")):
    pdfmetrics.registerFont(TTFont("DV" + suf, H.clean_font(f)))
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DV-B"); addMapping("DV", 0, 1, "DV-I"); addMapping("DV", 1, 1, "DV-B")
PLUM = colors.HexColor("#5b2a6e")
body = ParagraphStyle("b", fontName="DV", fontSize=9.6, leading=13.6, spaceAfter=6)
h1 = ParagraphStyle("h1", fontName="DV-B", fontSize=17, leading=21, textColor=PLUM, spaceAfter=4)
h2 = ParagraphStyle("h2", fontName="DV-B", fontSize=11.5, leading=15, textColor=PLUM, spaceBefore=9, spaceAfter=4)
cell = ParagraphStyle("c", fontName="DV", fontSize=8.8, leading=11.6)
cellb = ParagraphStyle("cb", parent=cell, fontName="DV-B")
quote = ParagraphStyle("q", parent=body, leftIndent=12 * mm, fontName="DV-I")
meta = ParagraphStyle("m", fontName="DV", fontSize=8.8, spaceAfter=8, textColor=colors.HexColor("#444444"))


def deco(head):
    def f(c, d):
        c.saveState(); c.setFont("DV", 7.5); c.setFillColor(colors.grey)
        if d.page > 1:
            c.drawString(20 * mm, A4[1] - 12 * mm, head)
        c.drawRightString(A4[0] - 20 * mm, 10 * mm, f"Page {d.page}"); c.restoreState()
    return f


def table(rows, widths, head=True):
    t = Table(rows, colWidths=widths, repeatRows=1 if head else 0)
    st = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9c86a6")), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if head:
        st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eadff0")))
    t.setStyle(TableStyle(st)); return t


RECS = [
    ("TF1", "Adopt a single graffiti and fly-posting enforcement protocol for the borough, published on the Council's website "
            "and reviewed every two years.", "Head of Environmental Enforcement"),
    ("TF2", "Extend the free graffiti removal service to small independent businesses on the borough's twelve designated "
            "shopping parades.", "Cabinet Member for Environment"),
    ("TF3", "Set up a community wall and mural scheme with the youth service so that legal spaces are offered in each of "
            "the four localities.", "Head of Culture and Youth"),
    ("TF4", "Remove offensive or racist graffiti from any surface within 24 hours of it being reported, whoever owns the "
            "surface.", "Street Scene Manager"),
    ("TF5", "Report to this committee twice a year on graffiti reports received, removal times and fixed penalty notices "
            "issued.", "Director of Neighbourhoods"),
    ("TF6", "Recruit two additional enforcement officers dedicated to fly-posting, funded from fixed penalty receipts.",
            "Director of Neighbourhoods"),
    ("TF7", "Lobby the Government to allow councils to recover the full cost of removal from the beneficiaries of "
            "fly-posting.", "Leader of the Council"),
]


def advice():
    s = [P("EASTMOOR BOROUGH COUNCIL  |  OVERVIEW AND SCRUTINY COMMITTEE", ParagraphStyle("k", fontName="DV-B", fontSize=8, textColor=PLUM)),
         P("Task and Finish Group Review: Graffiti and Fly-posting", h1),
         P("Final report of the Task and Finish Group  &middot;  Chair: Councillor Bernadette Okafor  &middot;  "
           "Agreed by the Overview and Scrutiny Committee on 14 January 2026", meta),
         P("1. Chair's foreword", h2),
         P("Graffiti and fly-posting came up at almost every ward surgery we held last year. Residents told us that a tag left "
           "for weeks on a shop shutter says that nobody cares about a street. Over four evidence sessions between September "
           "and December 2025 we heard from officers, traders, the police, a youth arts charity and two residents' "
           "associations, and we walked the Kingsgate and Mill Lane parades with the street scene team. I thank everyone who "
           "gave their time. The recommendations in section 5 are unanimous.", body),
         P("2. Scope and method", h2),
         P("The Committee set the Group's terms of reference on 11 June 2025: to examine how the Council prevents, removes and "
           "enforces against graffiti and fly-posting, and to compare its practice with three neighbouring authorities. The "
           "Group did not examine advertising hoardings that have consent under the Town and Country Planning (Control of "
           "Advertisements) (England) Regulations 2007. Paragraphs 3.1 to 3.6 set out the evidence; section 4 draws our "
           "conclusions.", body),
         P("3. Evidence", h2),
         P("3.1 The Council received 3,418 graffiti reports in 2024/25, up 22 per cent on 2022/23. Two thirds were on private "
           "property, mostly shop shutters, utility cabinets and rear garden walls along alleyways.", body),
         P("3.2 Under section 48 of the Anti-social Behaviour Act 2003 the Council may serve a defacement removal notice on the "
           "owner of a relevant surface, and after 28 days may remove the graffiti itself and recover its costs. The Council "
           "served 41 such notices in 2024/25. Officers told us the notice process is slow and that a notice should be a last "
           "resort, not a first step.", body),
         P("3.3 The Council removes graffiti free of charge from council property and, with written consent, from residential "
           "property. Businesses are charged a flat fee of &pound;85 per visit. Traders on the Mill Lane parade said the fee "
           "is one reason tags stay up.", body),
         P("3.4 Fly-posting is concentrated on the ring road and around the two music venues. The Council issued 17 fixed "
           "penalty notices for fly-posting in 2024/25, each of &pound;150. One officer spends part of her time on it.", body),
         P("3.5 The 2019 Cleaner Streets review recommended that:", body),
         P("\u201cthe Council should publish a target time for removing offensive graffiti and report against it each "
           "quarter.\u201d", quote),
         P("A target of five working days was published in 2020, but no report against it has been made since March 2022.", body),
         P("3.6 Councils in the comparison group offer legal walls. Harwell's community wall at the Eastside skate park has "
           "reduced reports on the surrounding streets by about a third since 2022, according to its own monitoring.", body),
         P("4. Conclusions", h2),
         P("The Group concludes that removal is quick on council land but slow everywhere else; that enforcement practice "
           "varies between officers and is not written down; and that nobody outside the service can see how the Council is "
           "doing. Shop owners and landlords must take responsibility for their own premises, but the Council should make it "
           "easy for them to do so. We also conclude that young people have too few places to paint legally.", body),
         P("5. Recommendations", h2),
         P("The Task and Finish Group recommends that Cabinet:", body),
         table([[P("Ref", cellb), P("Recommendation", cellb), P("Lead", cellb)]] +
               [[P(c, cellb), P(t, cell), P(l, cell)] for c, t, l in RECS], [16 * mm, 118 * mm, 36 * mm]),
         Spacer(1, 6),
         P("Under the Council's Constitution (Part 4, Overview and Scrutiny Procedure Rule 11.4) Cabinet must respond to the "
           "recommendations within two months of receiving this report. Recommendations TF2 and TF6 have cost implications, "
           "set out in Appendix B (not reproduced here).", body),
         P("6. Background papers", h2),
         P("Evidence session notes, 18 September, 16 October, 13 November and 4 December 2025; Cleaner Streets review, 2019; "
           "street scene performance data 2022/23 to 2024/25.", body)]
    doc = SimpleDocTemplate(H.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, invariant=1, title="Graffiti and Fly-posting")
    f = deco("Eastmoor Borough Council  |  Task and Finish Group: Graffiti and Fly-posting  |  January 2026")
    doc.build(s, onFirstPage=f, onLaterPages=f)


def response():
    s = [P("EASTMOOR BOROUGH COUNCIL", ParagraphStyle("k", fontName="DV-B", fontSize=8, textColor=PLUM)),
         P("Cabinet Response to the Task and Finish Group Review of Graffiti and Fly-posting", h1),
         table([[P("Meeting", cellb), P("Cabinet, 10 March 2026", cell)],
                [P("Report of", cellb), P("Councillor Martin Ashdown, Cabinet Member for Environment", cell)],
                [P("Wards affected", cellb), P("All", cell)],
                [P("Key decision", cellb), P("No", cell)]], [40 * mm, 130 * mm], head=False),
         Spacer(1, 6),
         P("1. Purpose of the report", h2),
         P("This report sets out the proposed Cabinet reply to the review, for Cabinet to agree and for it then to go back to "
           "the Overview and Scrutiny Committee. Cabinet is grateful to Councillor Okafor and the members of the Group for a "
           "thorough and practical piece of work.", body),
         P("2. Responses to the recommendations", h2),
         P("<b>TF4 - offensive graffiti</b>", body),
         P("Accepted. Since 2 February 2026 the street scene team has removed racist and other offensive graffiti within one "
           "working day of a report, on private as well as public surfaces, with the owner's consent assumed unless refused. "
           "The published five-day target for other graffiti remains.", body),
         P("<b>TF1 - enforcement protocol</b>", body),
         P("Accepted. A written protocol covering warnings, defacement removal notices and fixed penalties has been drafted "
           "and will be published by 30 June 2026, with a review built in every two years as the Group proposes.", body),
         P("<b>TF2 and TF6 - support for traders and fly-posting enforcement</b>", body),
         P("Cabinet agrees to waive the removal fee for independent shops on the designated parades, but for one year only "
           "as a pilot from April 2026, after which the cost and take-up will be reviewed before any permanent change. "
           "Cabinet does not support the creation of two new fly-posting posts. Fixed penalty income is small and uncertain "
           "and cannot safely fund permanent salaries; fly-posting will instead remain part of the general enforcement "
           "officers' duties.", body),
         P("<b>TF7 - cost recovery</b>", body),
         P("The Leader has noted this recommendation and will consider raising it through the Local Government Association "
           "when the Government next consults on litter and street cleansing powers.", body),
         P("<b>TF3 - community walls</b>", body),
         P("Accepted. The youth service will open the first legal wall at Brook Farm recreation ground this summer, and "
           "sites in the other three localities will be identified with ward councillors during 2026/27.", body),
         P("3. Other matters: the Cleaner Streets contract", h2),
         P("Members will be aware that the street cleansing contract with Veltra Services ends in March 2028. Soft market "
           "testing begins this autumn, and graffiti removal will be specified as a separate lot so that its performance can "
           "be measured on its own.", body),
         P("4. Financial and legal implications", h2),
         P("The fee waiver pilot is estimated to cost &pound;14,000 and will be met from the street scene reserve. There are "
           "no direct legal implications.", body),
         P("5. Recommendation to Cabinet", h2),
         P("That Cabinet agrees the responses in section 2 and asks the Director of Neighbourhoods to send them to the "
           "Overview and Scrutiny Committee for its meeting on 21 April 2026.", body),
         P("Contact officer: Helena Pryce, Street Scene Manager, 01632 960 418", meta)]
    doc = SimpleDocTemplate(H.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, invariant=1, title="Cabinet response")
    f = deco("Cabinet  |  10 March 2026  |  Response to the Graffiti and Fly-posting review")
    doc.build(s, onFirstPage=f, onLaterPages=f)


EXP = [
    dict(number=1, starts_with="Adopt a single graffiti and fly-posting enforcement protocol for the borough",
         reply_contains="will be published by 30 June 2026, with a review built in", verdict="agrees"),
    dict(number=2, starts_with="Extend the free graffiti removal service to small independent businesses",
         reply_contains="but for one year only as a pilot from April 2026", verdict="partly"),
    dict(number=3, starts_with="Set up a community wall and mural scheme with the youth service",
         reply_contains="will open the first legal wall at Brook Farm recreation ground", verdict="agrees"),
    dict(number=4, starts_with="Remove offensive or racist graffiti from any surface within 24 hours",
         reply_contains="has removed racist and other offensive graffiti within one working day", verdict="agrees"),
    dict(number=5, starts_with="Report to this committee twice a year on graffiti reports received",
         reply_contains=None, verdict="unanswered"),
    dict(number=6, starts_with="Recruit two additional enforcement officers dedicated to fly-posting",
         reply_contains="Cabinet does not support the creation of two new fly-posting posts", verdict="disagrees"),
    dict(number=7, starts_with="Lobby the Government to allow councils to recover the full cost",
         reply_contains="will consider raising it through the Local Government Association", verdict="noted"),
]
UNMATCHED = ["This report sets out the proposed Cabinet reply to the review",
             "graffiti removal will be specified as a separate lot",
             "asks the Director of Neighbourhoods to send them to the"]
NOTES = ("Advice: English borough council's Overview and Scrutiny Task and Finish Group review of graffiti and fly-posting, "
         "2 p., reportlab; the seven recommendations are CODED TF1-TF7 in a 'Ref | Recommendation | Lead' TABLE after 'The "
         "Task and Finish Group recommends that Cabinet:'. Traps: numbered evidence paragraphs 3.1-3.6, Anti-social Behaviour "
         "Act 2003 s 48, 'a notice should be a last resort', the 2019 Cleaner Streets review's 'the Council should publish a "
         "target time' quoted, 'Shop owners and landlords must take responsibility ... the Council should make it easy' in "
         "conclusions, Procedure Rule 11.4 'Cabinet must respond', 'Recommendations TF2 and TF6 have cost implications'. "
         "Response: Cabinet Member's report replying under bold code headings, order TF4, TF1, TF2+TF6, TF7, TF3. ONE passage "
         "'TF2 and TF6' = fee waiver as a one-year pilot (2 partly) + no new posts (6 disagrees). TF7 noted (Leader will "
         "consider). TF5 (twice-yearly reporting) unanswered. Purpose, the cleansing contract section, the recommendation to "
         "Cabinet (nothing).")

if __name__ == "__main__":
    advice(); response()
    H.write_expected(NAME, EXP, UNMATCHED, NOTES)
    sys.exit(H.main([NAME]))
