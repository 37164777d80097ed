"""Round 62 (EN): a national immunisation advisory committee's STATEMENT of advice (genre of JCVI-style
statements on a new immunisation programme) and the Government's response published as QUESTIONS AND ANSWERS
(genre of the health department's 'response to the committee's advice: questions and answers' web pages).
Advice: Standing Committee on Immunisation Advice (SCIA), 'Statement on immunisation against respiratory syncytial
virus (RSV) for older adults and infants', 14 May 2026 - a shaded 'Summary' box paraphrasing the advice, sections
'1. Background', '2. Burden of disease' (a table of admissions), '3. Vaccines and cost-effectiveness' (a table of
cost per QALY), '4. Advice' and '5. Next steps'. The seven recommendations are UNNUMBERED bold paragraphs 'The
Committee advises that ...' in section 4, between plain paragraphs 'The Committee noted ...' and 'The Committee is
not in a position to advise ...'; numbers are positions 1-7.
Response: Department for Health and Care, 'RSV immunisation: Government response to the Standing Committee on
Immunisation Advice - questions and answers', a web page printed to PDF: bold questions, answers in prose, in
another order; one answer covers two recommendations with different verdicts; one recommendation is not answered;
questions on the decision in general, on the legal duty, on shingles and on further information answer nothing.
Traps: the Summary box, the Committee's 2023 statement quoted ('should be considered when ...'), the duty under the
Health Protection (Vaccination) Regulations 2009 ('must ... ensure'), the tables, 'The Committee noted', 'is not in
a position to advise', 'will review', the conflicts-of-interest note. reportlab platypus, A4, cleaned Liberation
Sans; invariant=1. All content is invented (the Committee, the Department, people, figures); the Health
Protection (Vaccination) Regulations 2009 are real but what is said about them is not to be relied on.

Run:  /tmp/blind62en/bin/python tests/docs/src/blind62/gen_en_immunisation_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b62en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table

NAME = "blind62_en_immunisation"
for nm, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
              ("LSI", "LiberationSans-Italic.ttf"), ("LSBI", "LiberationSans-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")

TEAL = colors.HexColor("#005a70")
BODY = ParagraphStyle("b", fontName="LS", fontSize=10.5, leading=14.5, spaceAfter=7)
BOLD = ParagraphStyle("bb", parent=BODY, fontName="LSB")
QUOTE = ParagraphStyle("q", parent=BODY, leftIndent=10 * mm, rightIndent=8 * mm, fontName="LSI", fontSize=10)
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=13, leading=17, textColor=TEAL, spaceBefore=9, spaceAfter=6)
TIT = ParagraphStyle("tit", fontName="LSB", fontSize=17, leading=22, textColor=TEAL, spaceAfter=6)
SUB = ParagraphStyle("sub", fontName="LS", fontSize=10, leading=13, textColor=colors.HexColor("#333333"),
                     spaceAfter=10)
CELL = ParagraphStyle("cell", fontName="LS", fontSize=9, leading=11.5)
CELLH = ParagraphStyle("cellh", parent=CELL, fontName="LSB", textColor=colors.white)
SMALL = ParagraphStyle("sm", parent=BODY, fontSize=8.5, leading=11, textColor=colors.HexColor("#444444"))
# response (web page) styles
WTOP = ParagraphStyle("wt", fontName="LSB", fontSize=9, leading=12, textColor=colors.white)
WTIT = ParagraphStyle("wtit", fontName="LSB", fontSize=19, leading=24, spaceAfter=6)
WQ = ParagraphStyle("wq", fontName="LSB", fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=4)
WBODY = ParagraphStyle("wb", fontName="LS", fontSize=10.5, leading=15, spaceAfter=7)
WMETA = ParagraphStyle("wm", fontName="LS", fontSize=9, leading=12, textColor=colors.HexColor("#505a5f"),
                       spaceAfter=10)

RECS = [
    "The Committee advises that a routine RSV immunisation programme be introduced for all adults on turning "
    "75 years of age, from 1 September 2027.",
    "The Committee advises that a one-off catch-up be offered in the first year of the programme to all adults "
    "aged 76 to 79.",
    "The Committee advises that a maternal RSV vaccine be offered to pregnant women from 28 weeks of "
    "gestation, to protect infants in their first months of life.",
    "The Committee advises that the programme be procured at a price at which it is cost-effective at a "
    "threshold of 20,000 pounds per quality-adjusted life year (QALY).",
    "The Committee advises that residents of care homes aged 65 to 74 should also be offered the vaccine, "
    "given their high risk of severe disease.",
    "The Committee advises that uptake of both programmes be reported monthly by age cohort and by region.",
    "The Committee advises that RSV vaccine may be given at the same appointment as the seasonal influenza "
    "vaccine.",
]


def P(t, s=BODY):
    return Paragraph(t, s)


def deco_adv(c, doc):
    c.saveState()
    c.setFont("LS", 8)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(20 * mm, 287 * mm, "Standing Committee on Immunisation Advice")
    c.drawRightString(190 * mm, 287 * mm, "Statement: RSV immunisation, 14 May 2026")
    c.drawCentredString(105 * mm, 10 * mm, "Page %d" % doc.page)
    c.restoreState()


def deco_rsp(c, doc):
    c.saveState()
    c.setFont("LS", 7.5)
    c.setFillColor(colors.HexColor("#505a5f"))
    c.drawString(15 * mm, 289 * mm, "22/07/2026, 10:14   RSV immunisation: Government response to SCIA - questions "
                 "and answers")
    c.drawString(15 * mm, 8 * mm, "https://www.healthandcare.gov.example/government/publications/rsv-immunisation-"
                 "response-to-scia/questions-and-answers")
    c.drawRightString(195 * mm, 8 * mm, "%d/2" % doc.page)
    c.restoreState()


def table(rows, widths, head=TEAL):
    data = [[P(x, CELLH) for x in rows[0]]] + [[P(x, CELL) for x in r] for r in rows[1:]]
    return Table(data, colWidths=widths, style=[
        ("BACKGROUND", (0, 0), (-1, 0), head), ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor("#8fb3bd")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 4)], hAlign="LEFT")


def advice(path):
    s = [P("Standing Committee on Immunisation Advice", SUB),
         P("Statement on immunisation against respiratory syncytial virus (RSV) for older adults and infants", TIT),
         P("Date: 14 May 2026", SUB)]
    box = Table([[P("<b>Summary</b>", BODY)],
                 [P("RSV causes an estimated 9,000 hospital admissions among adults aged 75 and over each winter. "
                    "The Committee has concluded that immunising older adults and pregnant women would be "
                    "cost-effective at an appropriate price. In summary, the Committee supports a routine "
                    "programme for older adults with a catch-up, a maternal programme and flexible "
                    "arrangements for delivery; the detailed advice is in section 4.", BODY)]],
                colWidths=[170 * mm], style=[("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e3f0f3")),
                                             ("BOX", (0, 0), (-1, -1), 0.8, TEAL),
                                             ("LEFTPADDING", (0, 0), (-1, -1), 8)])
    s += [box, Spacer(1, 6), P("1. Background", H1),
          P("The Committee first considered RSV immunisation in 2023, when no vaccine was licensed for use in "
            "older adults. Its statement of 10 October 2023 concluded:"),
          P("\"An RSV programme for older adults should be considered when a licensed vaccine with at least two "
            "seasons of efficacy data becomes available.\"", QUOTE),
          P("Two vaccines have since been licensed. Where the Committee advises that a programme is "
            "cost-effective, the Secretary of State must, so far as reasonably practicable, ensure that it is "
            "implemented (Health Protection (Vaccination) Regulations 2009)."),
          P("2. Burden of disease", H1),
          P("Admissions were estimated from hospital records for the winters 2022-23 to 2024-25."),
          table([["Age group", "RSV admissions per winter", "Deaths within 30 days"],
                 ["Infants under 6 months", "11,400", "under 10"],
                 ["Adults 65 to 74", "3,100", "210"],
                 ["Adults 75 to 79", "3,600", "340"],
                 ["Adults 80 and over", "5,400", "760"]], [60 * mm, 55 * mm, 45 * mm]),
          Spacer(1, 6),
          P("3. Vaccines and cost-effectiveness", H1),
          P("Both vaccines reduced RSV lower respiratory tract disease by more than 80 per cent in the first "
            "season. Efficacy in the second season was lower, at about 60 per cent. The Committee's modelling "
            "group estimated the cost per QALY gained at a range of prices."),
          table([["Group", "Cost per QALY at list price", "Price at which cost-effective"],
                 ["Adults turning 75", "18,900 pounds", "at list price"],
                 ["Adults 76 to 79 (catch-up)", "24,300 pounds", "18 per cent below list"],
                 ["Care home residents 65 to 74", "31,700 pounds", "41 per cent below list"],
                 ["Pregnant women (infant protection)", "14,200 pounds", "at list price"]],
                [65 * mm, 55 * mm, 50 * mm]),
          Spacer(1, 6),
          P("The Committee noted that the estimates for adults aged 80 and over were highly uncertain because few "
            "of them were enrolled in the trials."),
          P("4. Advice", H1),
          P(RECS[0], BOLD),
          P("The Committee considered programmes starting at 70 and at 80 years, but concluded that 75 gave the "
            "best balance of disease prevented and duration of protection."),
          P(RECS[1], BOLD),
          P("The Committee is not in a position to advise on immunising adults aged 80 and over until further "
            "data on efficacy in this group are available."),
          P(RECS[2], BOLD),
          P(RECS[3], BOLD),
          P(RECS[4], BOLD),
          P("The Committee noted concerns from providers about the workload of a new autumn programme. "
            + "<b>" + RECS[5] + "</b> " + "<b>" + RECS[6] + "</b>"),
          P("5. Next steps", H1),
          P("The Committee will review the need for a second dose when data on the duration of protection become "
            "available, expected in 2028, and will consider adults aged 80 and over at the same time."),
          P("Members declared their interests at the start of the meeting; two members with interests in a "
            "manufacturer left the room during the discussion of cost-effectiveness.", SMALL),
          P("Professor Helen Marchbank, Chair, Standing Committee on Immunisation Advice", SMALL)]
    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                          bottomMargin=18 * mm, invariant=1, title="SCIA statement on RSV immunisation",
                          author="Standing Committee on Immunisation Advice")
    d.build(s, onFirstPage=deco_adv, onLaterPages=deco_adv)


def response(path):
    band = Table([[P("HEALTHANDCARE.GOV  |  Department for Health and Care", WTOP)]], colWidths=[180 * mm],
                 style=[("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#0b0c0c")),
                        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)])
    s = [band, Spacer(1, 8),
         P("Guidance", WMETA),
         P("RSV immunisation: Government response to the Standing Committee on Immunisation Advice - questions "
           "and answers", WTIT),
         P("Published 22 July 2026. From: Department for Health and Care.", WMETA),
         P("What has the Government decided?", WQ),
         P("The Government has considered the Committee's statement of 14 May 2026 and will introduce RSV "
           "immunisation in England from 1 September 2027. This page explains what that means and why some of the "
           "arrangements differ from those the Committee described.", WBODY),
         P("Does the law require the Government to follow the Committee's advice?", WQ),
         P("Where the Committee advises that a programme is cost-effective, the Government has a legal duty, so "
           "far as reasonably practicable, to put it in place. The duty does not extend to the details of how a "
           "programme is delivered.", WBODY),
         P("Who will be offered the vaccine?", WQ),
         P("From 1 September 2027, everyone turning 75 will be invited for a single dose of RSV vaccine by their "
           "GP practice. This will be a permanent part of the routine schedule.", WBODY),
         P("The Committee also advised a catch-up for older people. Because vaccine supply will be limited in "
           "the first year, the catch-up will be phased: people aged 76 and 77 will be invited in 2027-28, and "
           "people aged 78 and 79 will not be invited until September 2028.", WBODY),
         P("Why are care home residents under 75 not included?", WQ),
         P("The Government has decided not to extend the programme to care home residents aged 65 to 74. At "
           "the prices available the vaccine would not be good value for this group, and the evidence on their "
           "risk came from a small number of studies. Care homes will continue to receive outbreak support "
           "from local health protection teams.", WBODY),
         P("Can I have my RSV and flu vaccines at the same time?", WQ),
         P("Yes, if you are vaccinated by your GP practice, which can give both at one appointment from the "
           "start. Community pharmacies will offer RSV vaccination only as a separate appointment in the first "
           "year, while the pharmacy service specification is developed.", WBODY),
         P("Will pregnant women be offered a vaccine?", WQ),
         P("Yes. A maternal programme will start at the same time. Pregnant women will be offered the vaccine "
           "by their maternity service from 28 weeks, so that their babies are protected from birth.", WBODY),
         P("How much will the programme cost?", WQ),
         P("Vaccine prices are commercially confidential. The Government notes what the Committee said about "
           "price, and this will be taken into account by the NHS Supply Agency, which is running the "
           "procurement.", WBODY),
         P("Does this change the shingles programme?", WQ),
         P("No. The extension of shingles vaccination to people aged 60 and 65, announced in 2025, continues as "
           "planned and is not affected by this decision.", WBODY),
         P("Where can I find more information?", WQ),
         P("Leaflets for patients and guidance for health professionals will be published in spring 2027 on "
           "this website and on the NHS website.", WBODY),
         P("Last updated 22 July 2026", WMETA)]
    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=16 * mm,
                          bottomMargin=16 * mm, invariant=1,
                          title="RSV immunisation: Government response to SCIA - questions and answers",
                          author="Department for Health and Care")
    d.build(s, onFirstPage=deco_rsp, onLaterPages=deco_rsp)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=10: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "everyone turning 75 will be invited for a single dose", "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "people aged 78 and 79 will not be invited", "verdict": "partly"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "A maternal programme will start at the same time", "verdict": "agrees"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "The Government notes what the Committee said about price", "verdict": "noted"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "has decided not to extend the programme", "verdict": "disagrees"},
        {"number": "6", "starts_with": sw(6), "reply_contains": None, "verdict": "unanswered"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "Community pharmacies will offer RSV vaccination only as a separate appointment",
         "verdict": "partly"},
    ]
    H.write_expected(NAME, recs, [
        "will introduce RSV immunisation in England from 1 September 2027",
        "the Government has a legal duty, so far as reasonably practicable",
        "The extension of shingles vaccination to people aged 60",
        "Leaflets for patients and guidance for health professionals",
    ], "Advice: immunisation advisory committee statement (JCVI-style). The seven recommendations are UNNUMBERED "
       "bold sentences 'The Committee advises that ...' in section '4. Advice', five as their own paragraphs "
       "between plain paragraphs and the last two (6 monthly uptake reporting, 7 co-administration with flu) "
       "bold inside a plain paragraph that opens 'The Committee noted concerns from providers ...'; numbers are "
       "positions 1-7. Traps: the shaded Summary box paraphrasing the advice ('In summary, the Committee supports "
       "...'), the 2023 statement quoted ('should be considered when a licensed vaccine ...'), the duty under the "
       "Health Protection (Vaccination) Regulations 2009 ('must, so far as reasonably practicable, ensure'), a "
       "burden table and a cost-per-QALY table, 'The Committee considered programmes starting at 70 and at 80', "
       "'The Committee is not in a position to advise on immunising adults aged 80 and over', 'The Committee "
       "noted ...', 'The Committee will review ...', the declarations of interest. Response: a printed web page "
       "of questions and answers, never naming a recommendation by number, in the order 1+2, 5, 7, 3, 4: ONE "
       "answer 'Who will be offered the vaccine?': 1 everyone turning 75 invited from 1 September 2027 (agrees) + "
       "2 catch-up phased, 76-77 in 2027-28 but 78-79 'will not be invited until September 2028' (partly); 5 "
       "'has decided not to extend the programme to care home residents aged 65 to 74' (disagrees); 7 "
       "co-administration in GP practices but pharmacies only separate appointments in the first year (partly); "
       "3 maternal programme from 28 weeks (agrees); 4 'notes what the Committee said about price', procurement "
       "by the NHS Supply Agency (noted); 6 (monthly uptake reporting) unanswered. Unmatched: 'What has the "
       "Government decided?', 'Does the law require ...?', the shingles question, 'Where can I find more "
       "information?'.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
