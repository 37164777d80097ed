"""Round 140 (EN): a statistics regulator's ASSESSMENT REPORT on a government's social housing waiting list
statistics, answered by the Chief Statistician's LETTER, which QUOTES each requirement in italics (without its
number) in another order and answers below it.
The advice: seven LABELLED requirements, bold 'Requirement 1' ... 'Requirement 7', set among findings paragraphs
numbered 1.1-5.1 under the three pillars of the Code. Traps: numbered findings paragraphs; the Code of Practice
paraphrased ('producers should'); a requirement of the 2019 assessment quoted ('Requirement 2 ... should be published
on a fixed timetable'); a councils' comment ('must not be published'); 'We do not recommend that the accredited
official statistics status be removed'; closing 'Requirements 2 and 3'.
The response: introduction (nothing); quoted 2 back series published (agrees); quoted 3 quality statement (agrees);
quoted 6 ten weeks from the March 2026 quarter (agrees); quoted 1 pre-release kept (disagrees); quoted 4 national
figure only (partly); quoted 5 user group to be considered (noted); closing (nothing); 7 never (unanswered).
reportlab platypus, A4, cleaned Liberation Sans / Serif, invariant=1; header and 'Page N of M' stamped from page 2.
All bodies, people, places, figures and references invented.
Run:  /tmp/blind140en/bin/python tests/docs/src/blind140/gen_en_stats_assessment_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b140en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "blind140_en_stats_assessment"
GREEN = colors.HexColor("#1d5c3a")
NAVY = colors.HexColor("#1f3564")


def fonts():
    for fam in ("Serif", "Sans"):
        k = "LR" if fam == "Serif" else "LA"
        pdfmetrics.registerFont(TTFont(k, H.clean_font(f"Liberation{fam}-Regular.ttf")))
        pdfmetrics.registerFont(TTFont(k + "-B", H.clean_font(f"Liberation{fam}-Bold.ttf")))
        pdfmetrics.registerFont(TTFont(k + "-I", H.clean_font(f"Liberation{fam}-Italic.ttf")))
        pdfmetrics.registerFontFamily(k, normal=k, bold=k + "-B", italic=k + "-I", boldItalic=k + "-B")


def styles(fam, size, ink):
    body = ParagraphStyle("b", fontName=fam, fontSize=size, leading=size * 1.36, spaceAfter=2.0 * mm)
    return {
        "body": body,
        "h1": ParagraphStyle("h1", parent=body, fontName=fam + "-B", fontSize=14.5, leading=18, textColor=ink),
        "h2": ParagraphStyle("h2", parent=body, fontName=fam + "-B", fontSize=11.5, leading=14.5, textColor=ink,
                             spaceBefore=2.5 * mm, spaceAfter=1.4 * mm, keepWithNext=1),
        "sub": ParagraphStyle("sub", parent=body, fontSize=8.8, textColor=colors.HexColor("#555555")),
        "num": ParagraphStyle("n", parent=body, leftIndent=10 * mm, bulletIndent=0, bulletFontName=fam),
        "req": ParagraphStyle("r", parent=body, leftIndent=10 * mm, rightIndent=4 * mm, borderPadding=(2, 3, 3, 3),
                              borderColor=ink, borderWidth=0, backColor=colors.HexColor("#edf4ef")),
        "quote": ParagraphStyle("q", parent=body, fontName=fam + "-I", leftIndent=8 * mm, rightIndent=6 * mm,
                                textColor=colors.HexColor("#333333")),
    }


REQS = [
    "The Directorate should reduce pre-release access to the minimum needed for briefing, and no longer than three "
    "hours, and should remove special advisers from the pre-release list.",
    "The Directorate should publish a clear explanation of the change made in April 2024 to the definition of an "
    "active application, together with a revised back series to 2019, so that users can compare figures over time.",
    "The Directorate should document the checks it carries out on the returns submitted by the 32 councils, and "
    "publish a quality assurance statement each year.",
    "The Directorate should publish figures on the number of households who leave the waiting list without being "
    "housed, broken down by council and by reason for leaving.",
    "The Directorate should set up a standing user group that includes tenants' organisations and housing charities, "
    "and report each year on how user feedback has shaped the statistics.",
    "The Directorate should bring forward publication so that the statistics are released within ten weeks of the "
    "end of the reference period, rather than the present sixteen weeks.",
    "The Directorate should publish the tables in an open, machine-readable format alongside the PDF bulletin and "
    "keep all earlier editions available in the same format.",
]


def advice():
    S = styles("LR", 9.8, GREEN)
    f = []
    f.append(Paragraph("STATISTICS STANDARDS AUTHORITY &#183; Office for Statistical Regulation &#183; Assessment "
                       "Report SSA/AR/2025/09", S["sub"]))
    f.append(Paragraph("Assessment of compliance with the Code of Practice for Statistics: Social Housing Waiting "
                       "List Statistics, Glenshire Government", S["h1"]))
    f.append(Paragraph("Published 17 September 2025 &#183; Statistics produced by the Housing and Communities "
                       "Directorate &#183; Lead regulator: Mr Callum Dunstaffnage &#183; Director General for "
                       "Regulation: Ms Priya Mallinson-Roe", S["sub"]))
    n = [None]

    def para(num, txt):
        f.append(Paragraph(txt, S["num"], bulletText=num))

    def req(i):
        f.append(KeepTogether([Paragraph("<b>Requirement %d</b>" % i, S["num"]),
                               Paragraph(REQS[i - 1], S["req"])]))

    f.append(Paragraph("1. About this assessment", S["h2"]))
    para("1.1", "The Glenshire Government publishes quarterly statistics on the number of households on council "
         "waiting lists for social housing, which stood at 61,840 on 31 March 2025. The statistics were last "
         "assessed in 2019. Since then the definition of an application has changed and demand for the figures from "
         "the Assembly, councils and charities has grown.")
    para("1.2", "The Code of Practice for Statistics says, in our summary, that producers should release statistics "
         "as soon as they are ready and should explain changes to methods clearly. We mention the Code here only to "
         "set out the standard we have assessed against. In 2019 we wrote, as Requirement 2 of that assessment, that "
         "\"the statistics should be published on a fixed timetable announced in advance\"; that has been met.")
    t = Table([["Pillar of the Code", "Our judgement"],
               ["Trustworthiness", "Mostly met; pre-release arrangements need to change"],
               ["Quality", "Partly met; changes of definition and council checks not explained"],
               ["Value", "Partly met; users want more detail and earlier release"]],
              colWidths=[48 * mm, 114 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LA", 8.7), ("FONT", (0, 0), (-1, 0), "LA-B", 8.7),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d7e8dc")),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8fb39b")),
                           ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    f.append(t)
    f.append(Spacer(1, 2 * mm))
    f.append(Paragraph("2. Trustworthiness", S["h2"]))
    para("2.1", "The statistics are produced by a team of five statisticians who are independent of housing policy "
         "officials. The release calendar is published a year ahead and has been kept for every release since 2020.")
    para("2.2", "Ministers, their private offices and two special advisers receive the figures 24 hours before "
         "release. In March 2025 a minister's comment on the figures was reported in the press on the evening "
         "before publication.")
    req(1)
    f.append(Paragraph("3. Quality", S["h2"]))
    para("3.1", "In April 2024 applications not renewed for twelve months ceased to count as active. The total fell by "
         "about 9,300 in one quarter, and the bulletin mentioned the change only in a footnote.")
    req(2)
    para("3.2", "Each council sends a return through a spreadsheet template. The team told us that it checks the "
         "returns against the previous quarter, but these checks are not written down and users cannot see them. "
         "Two councils told us that figures for applicants in temporary accommodation must not be published before "
         "they have checked them; we found no evidence that this has caused errors.")
    req(3)
    f.append(Paragraph("4. Value", S["h2"]))
    para("4.1", "Users told us that the total alone says little about need. Charities want to know how many "
         "households leave the list, and why: because they were housed, moved away, or simply gave up.")
    req(4)
    para("4.2", "The Directorate consults users through an annual online survey, which drew 46 responses in 2024. "
         "Tenants' organisations said they did not know it existed.")
    req(5)
    para("4.3", "The statistics are published sixteen weeks after the end of each quarter; in most comparable "
         "administrations the interval is eight to ten weeks.")
    req(6)
    para("4.4", "The tables are published only inside a PDF bulletin, and earlier editions are removed from the "
         "website after two years.")
    req(7)
    f.append(Paragraph("5. Conclusion", S["h2"]))
    para("5.1", "We do not recommend that the accredited official statistics status be removed. The statistics "
         "remain trustworthy and useful, but Requirements 2 and 3 should be met before the release of March 2026. "
         "We will review progress against all seven requirements in a year's time.")
    doc = SimpleDocTemplate(H.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1,
                            title="SSA/AR/2025/09 Social Housing Waiting List Statistics",
                            author="Statistics Standards Authority")
    doc.build(f)


def response():
    S = styles("LA", 9.6, NAVY)
    f = []
    f.append(Paragraph("GLENSHIRE GOVERNMENT &#183; Office of the Chief Statistician &#183; Victoria Quay House, "
                       "Port Glenn", S["sub"]))
    f.append(Spacer(1, 2 * mm))
    f.append(Paragraph("Ms Priya Mallinson-Roe<br/>Director General for Regulation<br/>Statistics Standards "
                       "Authority", S["body"]))
    f.append(Paragraph("28 November 2025 &#183; Our ref: CS/REG/25/044", S["sub"]))
    f.append(Paragraph("Assessment of the Social Housing Waiting List Statistics", S["h1"]))
    f.append(Paragraph("Dear Priya,", S["body"]))
    f.append(Paragraph("Thank you for your assessment report of 17 September and for the constructive way in which "
                       "your team worked with our housing statisticians. I am pleased that the Authority has "
                       "confirmed the statistics' status, and I set out below how we are responding, taking the "
                       "requirements in the order in which we have been able to act on them.", S["body"]))
    items = [
        (2, "We published a methodology note and a revised back series to 2019 on 4 November 2025, and the "
            "quarterly bulletin now explains the change of definition on its first page rather than in a footnote."),
        (3, "Our statisticians have written up the validation rules applied to every council return. These are now "
            "published, and the first annual quality assurance statement will appear with the March 2026 release."),
        (6, "Councils have agreed to submit their returns four weeks earlier. Starting with the release covering "
            "the quarter to March 2026, the statistics will be published ten weeks after the quarter ends."),
        (1, "Ministers have considered this carefully and have decided to keep the current pre-release "
            "arrangements unchanged. Twenty-four hours is needed to brief on a complex release, and the March "
            "incident has been dealt with as a breach of the rules by the individual concerned."),
        (4, "We will publish a national annual figure for households removed from the list, with the reasons "
            "recorded, from the 2026 edition. Councils' systems do not yet record reasons consistently, so figures "
            "for each council will not be possible for the present."),
        (5, "We note the Authority's suggestion. We will consider it when we review our user engagement strategy "
            "next year; in the meantime we have widened the circulation of the annual survey."),
    ]
    for i, ans in items:
        f.append(KeepTogether([Paragraph("\u201c%s\u201d" % REQS[i - 1], S["quote"]),
                               Paragraph(ans, S["body"])]))
    f.append(Paragraph("I hope this is helpful. My team would be glad to meet yours in the spring to go through "
                       "our progress before the Authority's review next year.", S["body"]))
    f.append(Paragraph("Yours sincerely,<br/><br/>Dr Ruth Abernethy<br/>Chief Statistician, Glenshire Government",
                       S["body"]))
    doc = SimpleDocTemplate(H.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm, invariant=1,
                            title="CS/REG/25/044 response to assessment SSA/AR/2025/09",
                            author="Glenshire Government")
    doc.build(f)


def main():
    fonts()
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Statistics Standards Authority - Assessment Report SSA/AR/2025/09",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Office of the Chief Statistician - CS/REG/25/044",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "The Directorate should reduce pre-release access to the minimum needed",
         "reply_contains": "have decided to keep the current pre-release arrangements unchanged",
         "verdict": "disagrees"},
        {"number": 2, "starts_with": "The Directorate should publish a clear explanation of the change",
         "reply_contains": "We published a methodology note and a revised back series",
         "verdict": "agrees"},
        {"number": 3, "starts_with": "The Directorate should document the checks it carries out",
         "reply_contains": "the first annual quality assurance statement will appear with",
         "verdict": "agrees"},
        {"number": 4, "starts_with": "The Directorate should publish figures on the number of households",
         "reply_contains": "figures for each council will not be possible for the present",
         "verdict": "partly"},
        {"number": 5, "starts_with": "The Directorate should set up a standing user group that",
         "reply_contains": "We will consider it when we review our user engagement strategy",
         "verdict": "noted"},
        {"number": 6, "starts_with": "The Directorate should bring forward publication so that the statistics",
         "reply_contains": "the statistics will be published ten weeks after the quarter ends",
         "verdict": "agrees"},
        {"number": 7, "starts_with": "The Directorate should publish the tables in an open, machine-readable",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["for the constructive way in which your team worked",
                 "glad to meet yours in the spring to go through"]
    notes = ("Advice: a statistics regulator's ASSESSMENT REPORT against the Code of Practice for Statistics on a "
             "government's social housing waiting list statistics. Seven LABELLED requirements, bold 'Requirement 1' "
             "... 'Requirement 7' each above a shaded paragraph 'The Directorate should ...', placed among findings "
             "paragraphs NUMBERED 1.1-5.1 under the Code's three pillars. Traps: a judgement table by pillar; the Code paraphrased ('producers should "
             "release'); 'Requirement 2 of that assessment' of 2019 quoted ('should be published on a fixed "
             "timetable'); two councils' 'must not be published'; 'We do not recommend that the accredited official "
             "statistics status be removed'; 'Requirements 2 and 3 should be met before the release of March 2026'. "
             "Response: the Chief Statistician's LETTER QUOTING each requirement in italics WITHOUT its number, in "
             "another order (2, 3, 6, 1, 4, 5), the answer below each: introduction (nothing); 2 methodology note and "
             "back series published (agrees); 3 validation rules published, quality statement with the March 2026 "
             "release (agrees); 6 ten weeks from the release for the quarter to March 2026 (agrees); 1 'decided to "
             "keep the current pre-release arrangements unchanged' (disagrees); 4 national annual figure with "
             "reasons, but not by council (partly); 5 'We note the Authority's suggestion', will consider it "
             "(noted); closing (nothing); 7 open format never mentioned (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
