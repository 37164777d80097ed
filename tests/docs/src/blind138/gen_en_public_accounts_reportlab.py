"""Round 138 (EN): a small island legislature's PUBLIC ACCOUNTS COMMITTEE REPORT on a home insulation grant scheme,
answered by the Treasury's TREASURY MINUTE, which QUOTES each PAC conclusion and recommendation and answers it in
its own numbered paragraphs (5.1, 6.1 ...).
The advice: 'Conclusions and recommendations' numbered 1-7 as CONCLUSIONS; six of them are followed by a paragraph
labelled 'Recommendation:' (conclusion 4 has none; conclusion 6 has 'Recommendations:' (a) and (b)), so the seven
recommendations are numbered 1-7 here in page order (PAC conclusions 1, 2, 3, 5, 6(a), 6(b), 7). Traps: the Public
Finance Act paraphrased ('the accounting officer must'); the Audit Office's recommendation quoted ('the Department
should reconcile'); numbered conclusions that look like recommendations; 'We do not recommend that the scheme be
closed'.
The response: introduction (nothing); PAC 1 agreed (agrees); PAC 2 agreed in part, checks on a sample rather than
every home (partly); PAC 3 never quoted or answered (unanswered); PAC 5 disagreed (disagrees); PAC 6 one paragraph:
(a) agreed (agrees), (b) noted for the next spending review (noted); PAC 7 agreed (agrees); closing (nothing).
reportlab platypus, A4, cleaned Liberation Serif / Sans, invariant=1; header and 'Page N of M' stamped from page 2.
All bodies, people, places, figures and references invented (the Isle of Kerrowan and its Public Finance Act too).
Run:  /tmp/blind138en/bin/python tests/docs/src/blind138/gen_en_public_accounts_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b138en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "blind138_en_public_accounts"
GREEN = colors.HexColor("#1f5f3a")
NAVY = colors.HexColor("#20315c")


def fonts():
    for fam in ("Serif", "Sans"):
        k = "LR" if fam == "Serif" else "LA"
        pdfmetrics.registerFont(TTFont(k, H.clean_font(f"Liberation{fam}-Regular.ttf")))
        pdfmetrics.registerFont(TTFont(k + "-B", H.clean_font(f"Liberation{fam}-Bold.ttf")))
        pdfmetrics.registerFont(TTFont(k + "-I", H.clean_font(f"Liberation{fam}-Italic.ttf")))
        pdfmetrics.registerFontFamily(k, normal=k, bold=k + "-B", italic=k + "-I", boldItalic=k + "-B")


def styles(fam, size, ink):
    body = ParagraphStyle("b", fontName=fam, fontSize=size, leading=size * 1.36, spaceAfter=2.2 * mm)
    return {
        "body": body,
        "h1": ParagraphStyle("h1", parent=body, fontName=fam + "-B", fontSize=15.5, leading=19, textColor=ink),
        "h2": ParagraphStyle("h2", parent=body, fontName=fam + "-B", fontSize=11.5, leading=14.5, textColor=ink,
                             spaceBefore=3 * mm, spaceAfter=1.6 * mm, keepWithNext=1),
        "sub": ParagraphStyle("sub", parent=body, fontSize=9, textColor=colors.HexColor("#555555")),
        "num": ParagraphStyle("n", parent=body, leftIndent=8 * mm, bulletIndent=0, bulletFontName=fam + "-B"),
        "rec": ParagraphStyle("r", parent=body, leftIndent=8 * mm),
        "quote": ParagraphStyle("q", parent=body, leftIndent=8 * mm, fontName=fam + "-I", textColor=ink),
        "resp": ParagraphStyle("rp", parent=body, leftIndent=10 * mm, bulletIndent=0, bulletFontName=fam),
    }


# (conclusion number, conclusion, [recommendations])
CONC = [
    ("1", "The Department of Housing and Energy paid out \u00a318.4 million in Warm Homes grants between 2021 and "
          "2024 without knowing how much energy the work has saved.",
     ["The Department should set out, before the end of 2025, how it will measure the energy and bill savings "
      "achieved in homes that received a grant, and report them each year."]),
    ("2", "Checks on the quality of installations were too few. Only 3 per cent of homes were inspected after "
          "the work, and a fifth of those inspected had defects.",
     ["The Department should inspect every home in which solid wall insulation is installed, and recover grant "
      "from installers whose work fails inspection."]),
    ("3", "Households on the lowest incomes were the least likely to apply. Fewer than one in four grants went to "
          "households receiving income support.",
     ["The Department should work with the parish commissioners and the Citizens Advice Kerrowan to contact "
      "eligible low-income households directly, and set a target for the share of grants they receive."]),
    ("4", "The scheme's budget was spent within the first seven months of each year, after which applicants were "
          "turned away until the following April.", []),
    ("5", "The Department relies on three installers for over 80 per cent of the work, and has no plan for what "
          "happens if one of them leaves the market.",
     ["The Department should open a framework of approved installers by competitive tender, so that small "
      "local firms can take part in the scheme."]),
    ("6", "The Department's scheme IT system cannot produce basic management information, and staff keep key "
          "data on spreadsheets.",
     ["(a) The Department should replace the spreadsheets with a single case management system by April 2026.",
      "(b) The Treasury should provide ring-fenced funding for the scheme for at least three years, so that the "
      "Department can plan its contracts and staffing beyond a single year."]),
    ("7", "The Committee was concerned that the Department could not tell us how many complaints it had received "
          "about the scheme.",
     ["The Department should publish an annual report on the scheme, including complaints received and how "
      "they were resolved, and lay it before the Assembly."]),
]


def advice():
    S = styles("LR", 10, GREEN)
    f = []
    f.append(Paragraph("LEGISLATIVE ASSEMBLY OF THE ISLE OF KERROWAN &#183; PUBLIC ACCOUNTS COMMITTEE", S["sub"]))
    f.append(Paragraph("The Warm Homes Grant Scheme", S["h1"]))
    f.append(Paragraph("Fourth Report of Session 2024-25 &#183; PAC 2025/04 &#183; Ordered by the Assembly to be "
                       "printed 22 May 2025", S["sub"]))
    t = Table([["Chair", "Mrs Fenella Corkish MLA"],
               ["Members", "Mr Daniel Quayle-Moore MLA, Ms Ruth Kinvig MLA, Mr Alan Skelly MLA, Dr Priya Nair MLA"],
               ["Evidence taken", "13 and 27 March 2025, from the Chief Officer of the Department of Housing and "
                                  "Energy, the Treasury and the Auditor General"],
               ["Based on", "Kerrowan Audit Office, Value for Money Report 2024/7, The Warm Homes Grant Scheme"]],
              colWidths=[32 * mm, 134 * mm])
    cs = ParagraphStyle("cs", fontName="LR", fontSize=9, leading=11.5)
    t = Table([[Paragraph("<b>%s</b>" % a, cs), Paragraph(b, cs)] for a, b in t._cellvalues],
              colWidths=[32 * mm, 134 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LR", 9), ("FONT", (0, 0), (0, -1), "LR-B", 9),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#b9c7bd")),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    f.append(Spacer(1, 2 * mm))
    f.append(t)
    f.append(Paragraph("Summary", S["h2"]))
    f.append(Paragraph(
        "The Warm Homes Grant Scheme pays up to \u00a37,500 towards loft, cavity and solid wall insulation and "
        "heating controls for owner-occupiers and private tenants. Since 2021 it has helped 3,120 homes. The "
        "scheme is popular and the Committee heard from many residents who valued it. But the Department has "
        "run it as a spending programme rather than as a way to cut energy use and bills, and it cannot show what "
        "the Island has got for its money. Under the Public Finance Act 2011, as we understand it, the accounting "
        "officer must be able to show that public money has been spent economically, efficiently and "
        "effectively; the Act is mentioned for context only.", S["body"]))
    f.append(Paragraph("Introduction", S["h2"]))
    f.append(Paragraph(
        "Our inquiry followed the Auditor General's report of November 2024. That report recommended that "
        "&#8220;the Department should reconcile grant payments with installers' invoices every quarter&#8221;. We "
        "were told that this reconciliation now takes place and we have not repeated the point. Members visited "
        "two homes in Port Erin Road and Ballacregga that had been insulated under the scheme.", S["body"]))
    f.append(Paragraph("Conclusions and recommendations", S["h2"]))
    for num, conc, recs in CONC:
        f.append(Paragraph(conc, S["num"], bulletText=num + "."))
        if len(recs) == 1:
            f.append(Paragraph("<i>Recommendation:</i> " + recs[0], S["rec"]))
        elif recs:
            f.append(Paragraph("<i>Recommendations:</i>", S["rec"]))
            for r in recs:
                f.append(Paragraph(r, S["rec"]))
    f.append(Paragraph(
        "Several witnesses suggested that the scheme should be closed and the money given to households as a "
        "winter fuel payment. We do not recommend that the scheme be closed: insulation gives lasting savings, "
        "while a fuel payment is spent in one winter. Conclusions 2 and 3 are the matters on which the Committee "
        "will press the Department hardest.", S["body"]))
    f.append(Paragraph("Fenella Corkish MLA, Chair of the Public Accounts Committee", S["sub"]))
    doc = SimpleDocTemplate(H.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1,
                            title="PAC Report 2025/04 The Warm Homes Grant Scheme", author="Public Accounts Committee")
    doc.build(f)


QUOTE = {c[0]: c for c in CONC}


def response():
    S = styles("LA", 9.6, NAVY)
    f = []
    f.append(Paragraph("TREASURY OF THE ISLE OF KERROWAN", S["sub"]))
    f.append(Paragraph("Treasury Minute: Government response to the Public Accounts Committee's Fourth Report of "
                       "Session 2024-25", S["h1"]))
    f.append(Paragraph("The Warm Homes Grant Scheme &#183; Laid before the Legislative Assembly by the Treasury "
                       "Minister, 16 September 2025 &#183; TM 2025/03", S["sub"]))
    f.append(Paragraph("Introduction from the government", S["h2"]))
    f.append(Paragraph(
        "The government welcomes the Committee's report and its recognition that the scheme is valued by the "
        "residents it has helped. The Department of Housing and Energy and the Treasury have considered each "
        "conclusion and recommendation. Where a recommendation is accepted, a target date is given. This minute "
        "responds to the recommendations in the order set out below.", S["body"]))

    def pac(num, which=None):
        _, conc, recs = QUOTE[num]
        f.append(Paragraph(f"<b>{num}: PAC conclusion:</b> {conc}", S["quote"]))
        rs = recs if which is None else [recs[i] for i in which]
        for r in rs:
            f.append(Paragraph(f"<b>{num}: PAC recommendation:</b> {r}", S["quote"]))

    def resp(label, txt):
        f.append(Paragraph(txt, S["resp"], bulletText=label))

    pac("1")
    resp("1.1", "The government agrees with the Committee's recommendation. An evaluation framework, drawn up with "
                "the Island's energy supplier, will compare metered use before and after the work in a sample of "
                "400 homes.")
    resp("1.2", "Target implementation date: December 2025, with the first results in the 2026 annual report.")
    pac("2")
    resp("2.1", "The government agrees with the Committee that post-installation checks must increase, but does not "
                "agree that every home should be visited. The Department will inspect one home in four from "
                "October 2025, and every home where the installer has had a defect in the previous year. Installers "
                "will be required to put right any defect at their own cost, and grant will be clawed back where "
                "they do not.")
    resp("2.2", "Target implementation date: October 2025.")
    pac("5")
    resp("5.1", "The government disagrees with the Committee's recommendation. A tendered framework would take at "
                "least eighteen months to set up, and the Department's experience is that small firms find such "
                "frameworks costly to join. Any installer that meets the published standard can already register "
                "with the scheme, and two new firms registered this year.")
    pac("6")
    resp("6.1", "The government agrees with part (a): a case management system has been procured and is expected to "
                "go live in March 2026, with the spreadsheets closed once historic data is migrated. On part (b), "
                "the Treasury notes the Committee's view. Funding for all capital grant schemes is set through the "
                "annual budget, and the case for a multi-year settlement will be considered in the 2026 spending "
                "review alongside other bids.")
    resp("6.2", "Target implementation date for part (a): March 2026.")
    pac("7")
    resp("7.1", "The government agrees with the Committee's recommendation. The first Warm Homes annual report, "
                "covering 2025-26 and including a section on complaints and their outcomes, will be laid before the "
                "Assembly in July 2026.")
    f.append(Spacer(1, 2 * mm))
    f.append(Paragraph(
        "The Treasury Minister thanks the Committee and its clerks. Progress on the accepted recommendations will "
        "be reported in the Treasury's half-yearly update on Public Accounts Committee recommendations.",
        S["body"]))
    doc = SimpleDocTemplate(H.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Treasury Minute TM 2025/03", author="Treasury of the Isle of Kerrowan")
    doc.build(f)


def main():
    fonts()
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Public Accounts Committee - PAC 2025/04 - The Warm Homes Grant Scheme",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Treasury Minute TM 2025/03 - response to PAC 2025/04",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "The Department should set out, before the end of 2025,",
         "reply_contains": "An evaluation framework, drawn up with the Island's energy supplier",
         "verdict": "agrees"},
        {"number": 2, "starts_with": "The Department should inspect every home in which solid wall insulation",
         "reply_contains": "will inspect one home in four from October 2025", "verdict": "partly"},
        {"number": 3, "starts_with": "The Department should work with the parish commissioners and the",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 4, "starts_with": "The Department should open a framework of approved installers by",
         "reply_contains": "A tendered framework would take at least eighteen months", "verdict": "disagrees"},
        {"number": 5, "starts_with": "The Department should replace the spreadsheets with a single case",
         "reply_contains": "a case management system has been procured", "verdict": "agrees"},
        {"number": 6, "starts_with": "The Treasury should provide ring-fenced funding for the scheme for",
         "reply_contains": "will be considered in the 2026 spending review alongside other bids",
         "verdict": "noted"},
        {"number": 7, "starts_with": "The Department should publish an annual report on the scheme,",
         "reply_contains": "The first Warm Homes annual report, covering 2025-26", "verdict": "agrees"},
    ]
    unmatched = ["welcomes the Committee's report and its recognition",
                 "half-yearly update on Public Accounts Committee recommendations"]
    notes = ("Advice: a small island legislature's PUBLIC ACCOUNTS COMMITTEE REPORT (the Public Finance Act 2011 of "
             "the invented Isle of Kerrowan named as context); 'Conclusions and recommendations' numbered 1.-7. as "
             "CONCLUSIONS, each followed by an italic 'Recommendation:' paragraph except conclusion 4 (none) and "
             "conclusion 6 ('Recommendations:' (a) and (b)). The seven recommendations are numbered 1-7 here in page "
             "order = PAC 1, 2, 3, 5, 6(a), 6(b), 7. Traps: members table; the Act paraphrased ('the accounting "
             "officer must'); the Audit Office's recommendation quoted ('the Department should reconcile'); "
             "numbered conclusions (4 has no recommendation); witnesses' suggestion 'should be closed' and 'We do "
             "not recommend that the scheme be closed'; 'Conclusions 2 and 3 are the matters'. Response: a "
             "TREASURY MINUTE that QUOTES each PAC conclusion and recommendation ('2: PAC recommendation: ...') and "
             "answers in numbered paragraphs 1.1, 2.1 ...: introduction (nothing); 1 agrees (evaluation framework, "
             "target December 2025); 2 partly (agrees checks must increase, but one home in four, not every home); "
             "PAC 3 (rec 3) is neither quoted nor answered (unanswered); PAC 5 (rec 4) 'disagrees' (disagrees); "
             "ONE paragraph 6.1 answering 6(a) 'agrees with part (a)' (agrees) and 6(b) 'the Treasury notes the "
             "Committee's view', 2026 spending review (noted); 7 agrees (annual report July 2026); closing "
             "(nothing). The quoted recommendations are the advice's text, so reply phrases come from the "
             "government's own paragraphs.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
