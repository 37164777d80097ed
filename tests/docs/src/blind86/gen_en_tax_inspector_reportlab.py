"""Round 86 (EN): an Australian INSPECTOR-GENERAL OF TAXATION review (summary-of-recommendations table at the front,
numbered recommendations) answered by the ATO's MANAGEMENT RESPONSE (headed 'Recommendation N', 'ATO response:').
reportlab platypus, A4, cleaned DejaVu. Bodies, people and figures invented.
Run:  /tmp/blind86en/bin/python tests/docs/src/blind86/gen_en_tax_inspector_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b86en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping

NAME = "blind86_en_tax_inspector"
for suf, f in zip(("", "-B", "-I", "-BI"), ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf")):
    pdfmetrics.registerFont(TTFont("DV" + suf, H.clean_font(f)))
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DV-B"); addMapping("DV", 0, 1, "DV-I"); addMapping("DV", 1, 1, "DV-BI")
TEAL = colors.HexColor("#0b5563")
body = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=13.2, spaceAfter=5)
h1 = ParagraphStyle("h1", fontName="DV-B", fontSize=17, leading=21, textColor=TEAL, spaceAfter=4)
h2 = ParagraphStyle("h2", fontName="DV-B", fontSize=11.5, leading=15, textColor=TEAL, spaceBefore=8, spaceAfter=4)
cell = ParagraphStyle("c", fontName="DV", fontSize=8.6, leading=11.2)
cellb = ParagraphStyle("cb", parent=cell, fontName="DV-B", textColor=colors.white)
quote = ParagraphStyle("q", parent=body, leftIndent=10 * mm, fontName="DV-I")
P = Paragraph

RECS = [
    "The ATO should write to every small business before it issues a garnishee notice, giving at least 28 days to propose a payment plan.",
    "The ATO should publish the criteria its debt staff use to decide whether to accept a payment plan of more than 24 months.",
    "The ATO should offer each small business with a debt over $100,000 a single named case officer.",
    "The ATO should stop referring debts under $20,000 to external collection agencies.",
    "The ATO should report the number of director penalty notices it issues to small business each quarter.",
    "The ATO should review its automated debt letters with the Small Business Ombudsman's office by 30 June 2027.",
    "The ATO should train debt staff to recognise financial hardship and refer businesses to the Small Business Debt Helpline.",
]


def frame(c, d, adv):
    c.saveState()
    c.setFont("DV", 7.5); c.setFillColor(colors.grey)
    c.drawString(20 * mm, 287 * mm, "Inspector-General of Taxation and Taxation Ombudsman" if adv else "Australian Taxation Office  |  Management response")
    c.drawRightString(190 * mm, 12 * mm, "Page %d" % d.page)
    c.restoreState()


def advice():
    s = [P("INSPECTOR-GENERAL OF TAXATION AND TAXATION OMBUDSMAN", ParagraphStyle("k", fontName="DV-B", fontSize=8, textColor=TEAL)),
         Spacer(1, 3 * mm), P("Paying it back", h1),
         P("A review into the ATO's collection of small business tax debts", ParagraphStyle("s", fontName="DV", fontSize=11.5, leading=15)),
         P("Review report 2026/02 &middot; October 2026", ParagraphStyle("m", fontName="DV", fontSize=8.5, spaceBefore=4, spaceAfter=8)),
         P("Summary of recommendations", h2)]
    rows = [[P("No.", cellb), P("Recommendation", cellb), P("Chapter", cellb)]]
    for i, r in enumerate(RECS, 1):
        rows.append([P(str(i), cell), P(r, cell), P(str(2 + (i - 1) // 3), cell)])
    s.append(Table(rows, colWidths=[12 * mm, 138 * mm, 18 * mm], style=TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), TEAL), ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9bb")),
        ("VALIGN", (0, 0), (-1, -1), "TOP")])))
    s += [P("1. Background", h2),
          P("Collectable debt owed by small businesses reached $34.2 billion at 30 June 2026, two thirds of all collectable "
            "debt. Under section 7 of the Inspector-General of Taxation Act 2003 the Inspector-General may review the "
            "systems the Commissioner uses to administer the tax laws. This review began in February 2026 after 187 "
            "complaints about firmer collection action, and we spoke with 41 small businesses, six tax practitioner bodies "
            "and ATO debt staff in Adelaide, Parramatta and Townsville."),
          P("In our 2019 review of payment arrangements we said that:", body),
          P("'the ATO should give taxpayers a clear explanation of why a proposed payment arrangement has been refused'.", quote),
          P("The ATO agreed with that recommendation, and refusal letters now give reasons. We do not repeat it here."),
          P("2. Firmer action and its warning signs", h2),
          P("Garnishee notices issued to small businesses rose from 1,480 in 2023-24 to 6,912 in 2025-26. Several businesses "
            "told us their bank account was garnisheed before any person at the ATO had spoken with them. The law does not "
            "require a warning letter, but the ATO's own Practice Statement PS LA 2011/18 says staff must consider the "
            "taxpayer's capacity to pay before taking firmer action. Practitioners said the criteria for long payment plans "
            "are known to staff but not to the public, and that a business should not have to guess what the ATO will accept. "
            "Recommendations 1 and 2 address these matters."),
          P("<b>Finding 2.1:</b> In 29 of the 60 garnishee files we sampled there was no record of contact with the business "
            "in the 30 days before the notice issued."),
          P("3. Case management and external agencies", h2),
          P("Businesses with large debts dealt with an average of 7.4 different ATO officers over a year. Debts under "
            "$20,000 are regularly referred to two external collection agencies, whose letters many owners thought came "
            "from a private creditor. Director penalty notices, which make directors personally liable, are not reported "
            "separately for small business in the ATO annual report. Recommendations 3, 4 and 5 follow."),
          P("<b>Finding 3.1:</b> The ATO could not tell us how many director penalty notices went to directors of small "
            "businesses in 2025-26."),
          P("4. Letters and hardship", h2),
          P("The ATO sends 2.3 million automated debt letters a year. Owners described them as threatening and hard to act on. "
            "Staff we interviewed were unsure when a business should be treated as in financial hardship, and only a third "
            "knew of the Small Business Debt Helpline funded by the Government. Recommendations 6 and 7 follow."),
          P("5. Next steps", h2),
          P("The Commissioner's response will be published on our website with this report. We will follow up the "
            "implementation of the recommendations in 12 months.<br/>Hon. Ruth Delacroix-Amon, Inspector-General of "
            "Taxation and Taxation Ombudsman, 14 October 2026")]
    return s


def response():
    t = ParagraphStyle("t", fontName="DV-B", fontSize=15, leading=19, textColor=TEAL, spaceAfter=6)
    lab = ParagraphStyle("l", fontName="DV-B", fontSize=10, leading=13, textColor=TEAL, spaceBefore=7, spaceAfter=2)
    s = [P("Australian Taxation Office", ParagraphStyle("k", fontName="DV-B", fontSize=9, textColor=TEAL)),
         P("ATO management response to the Inspector-General's review 'Paying it back'", t),
         P("Overview", lab),
         P("The ATO welcomes this review and thanks the Inspector-General and her staff for their constructive "
           "engagement. Small businesses are the engine room of the economy and we want every one of them to be able "
           "to get back on track with their tax debts."),
         P("Recommendation 3", lab),
         P("ATO response: Agree. From 1 March 2027 every small business owing more than $100,000 will be allocated a "
           "named case officer who stays with the case until the debt is resolved."),
         P("Recommendation 1", lab),
         P("ATO response: Agree in part. We will send a pre-garnishee warning letter in all cases, but with a period of "
           "14 days rather than 28, as a longer period would allow assets to be moved in some cases."),
         P("Recommendations 5 and 7", lab),
         P("ATO response: Recommendation 7 is agreed, and a mandatory hardship module was added to debt staff training on "
           "1 September 2026, including how to refer owners to the helpline. Recommendation 5 is not agreed: quarterly "
           "reporting of director penalty notices by market segment would be costly and of limited value, and the ATO "
           "will continue to report these notices annually."),
         P("Recommendation 6", lab),
         P("ATO response: Agree. Joint work with the Small Business Ombudsman's office on our debt letters started "
           "in November 2026 and will be completed before the recommended date."),
         P("Recommendation 4", lab),
         P("ATO response: Noted. The use of external collection agencies is being considered as part of the procurement "
           "review due to report in 2027, and the ATO will take the Inspector-General's views into account."),
         P("Digital services update", lab),
         P("Separately from this review, the online services for business payment plan tool was upgraded in August 2026 "
           "and now allows plans of up to $200,000 to be set up without calling us."),
         P("Contact", lab),
         P("For further information on this response please contact the Deputy Commissioner, Debt and Lodgment, "
           "Mr Tobias Wren-Halloran.")]
    return s


def build(path, flow, adv):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, invariant=1, title="", author="")
    doc.build(flow, onFirstPage=lambda c, d: frame(c, d, adv), onLaterPages=lambda c, d: frame(c, d, adv))


build(H.out(NAME + "_advice.pdf"), advice(), True)
build(H.out(NAME + "_response.pdf"), response(), False)
H.write_expected(NAME, [
    {"number": 1, "starts_with": "The ATO should write to every small business before it issues",
     "reply_contains": "send a pre-garnishee warning letter in all cases", "verdict": "partly"},
    {"number": 2, "starts_with": "The ATO should publish the criteria its debt staff use",
     "reply_contains": None, "verdict": "unanswered"},
    {"number": 3, "starts_with": "The ATO should offer each small business with a debt over",
     "reply_contains": "will be allocated a named case officer who stays with", "verdict": "agrees"},
    {"number": 4, "starts_with": "The ATO should stop referring debts under $20,000 to external",
     "reply_contains": "is being considered as part of the procurement review", "verdict": "noted"},
    {"number": 5, "starts_with": "The ATO should report the number of director penalty notices",
     "reply_contains": "Recommendation 5 is not agreed: quarterly reporting", "verdict": "disagrees"},
    {"number": 6, "starts_with": "The ATO should review its automated debt letters with the",
     "reply_contains": "Joint work with the Small Business Ombudsman's office", "verdict": "agrees"},
    {"number": 7, "starts_with": "The ATO should train debt staff to recognise financial hardship",
     "reply_contains": "a mandatory hardship module was added to debt staff training", "verdict": "agrees"},
], ["Small businesses are the engine room of the economy",
    "the online services for business payment plan tool was upgraded",
    "please contact the Deputy Commissioner, Debt and Lodgment"],
   "Advice: IGT review, recs numbered 1-7 in a 'Summary of recommendations' table at the front (No. | Recommendation | "
   "Chapter); traps: s 7 of the IGT Act, quoted 2019 'should give taxpayers' recommendation, PS LA 2011/18 'must "
   "consider', 'should not have to guess', 'Finding 2.1/3.1', 'Recommendations 1 and 2 address'. Response: ATO "
   "management response, headings 'Recommendation N', order 3, 1, 5+7, 6, 4; ONE heading 'Recommendations 5 and 7' (7 "
   "agrees, 5 disagrees); 2 unanswered; Overview, 'Digital services update', 'Contact' answer nothing.")
sys.exit(H.main([NAME]))
