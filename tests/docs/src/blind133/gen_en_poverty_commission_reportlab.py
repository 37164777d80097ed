"""Round 133 (EN): an English mayoral combined authority's independent FAIR WORK AND POVERTY COMMISSION's REVIEW of
the Mayor's child poverty action plan, answered by the MAYOR's LETTER in numbered paragraphs of its own.
The advice: NUMBERED PARAGRAPHS 1-24 in four chapters; the seven recommendations are whole paragraphs set in BOLD,
with no recommendation numbers; two other bold paragraphs are CONCLUSIONS, not recommendations; the second
recommendation opens page 2. Traps: the call for evidence's questions (a)-(d), the Equality Act 2010
paraphrased ('must have due regard'), a table of child poverty rates by district, the Commission's 2024 report quoted
('should include'), a closing asking for a reply on 'paragraphs 8 and 21'.
The response: the Mayor's letter with its OWN paragraph numbers 1-9, citing the Commission's paragraphs ('your
paragraph 23'): spending figures (nothing), paragraph 23 (rec 7), 8 (rec 1), 10 (rec 2), 13 and 15 in one paragraph
(recs 3 and 4), 21 (rec 6), the conclusion at paragraph 17 (nothing), thanks (nothing); paragraph 19 (rec 5) is
never mentioned.
reportlab platypus, A4, cleaned Liberation Serif (report) and Liberation Sans (letter), invariant=1; header and
'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented; the Equality Act
2010 is named as context only (what is said of it is paraphrased and not to be relied on).
Run:  /tmp/blind133en/bin/python tests/docs/src/blind133/gen_en_poverty_commission_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b133en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "blind133_en_poverty_commission"
PLUM = colors.HexColor("#5b2a5e")


def fonts():
    for fam, files in (("LS", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf")),
                       ("LF", ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                               "LiberationSerif-Italic.ttf"))):
        pdfmetrics.registerFont(TTFont(fam, H.clean_font(files[0])))
        pdfmetrics.registerFont(TTFont(fam + "-B", H.clean_font(files[1])))
        pdfmetrics.registerFont(TTFont(fam + "-I", H.clean_font(files[2])))
        pdfmetrics.registerFontFamily(fam, normal=fam, bold=fam + "-B", italic=fam + "-I", boldItalic=fam + "-B")


def styles(fam, size):
    body = ParagraphStyle("b", fontName=fam, fontSize=size, leading=size * 1.36, spaceAfter=2.4 * mm)
    return {
        "body": body,
        "np": ParagraphStyle("np", parent=body, leftIndent=10 * mm, bulletIndent=0),
        "npb": ParagraphStyle("npb", parent=body, leftIndent=10 * mm, bulletIndent=0, fontName=fam + "-B",
                              bulletFontName=fam, allowOrphans=1),
        "li": ParagraphStyle("li", parent=body, leftIndent=18 * mm, bulletIndent=11 * mm, spaceAfter=1.2 * mm),
        "h1": ParagraphStyle("h1", parent=body, fontName=fam + "-B", fontSize=17, leading=21, textColor=PLUM),
        "h2": ParagraphStyle("h2", parent=body, fontName=fam + "-B", fontSize=12.5, leading=15, textColor=PLUM,
                             spaceBefore=3 * mm, spaceAfter=1.6 * mm),
        "sub": ParagraphStyle("sub", parent=body, fontSize=9, textColor=colors.HexColor("#555555")),
        "cell": ParagraphStyle("c", parent=body, fontSize=size - 1, leading=(size - 1) * 1.3, spaceAfter=0),
        "right": ParagraphStyle("r", parent=body, alignment=2),
    }


class Paras:
    def __init__(self, S, f):
        self.S, self.f, self.n = S, f, 0

    def __call__(self, text, bold=False):
        self.n += 1
        self.f.append(Paragraph(text, self.S["npb" if bold else "np"], bulletText=f"{self.n}."))


def advice():
    S = styles("LF", 10.5)
    f = []
    p = Paras(S, f)
    f.append(Paragraph("WESTMOOR COMBINED AUTHORITY &#183; FAIR WORK AND POVERTY COMMISSION", S["sub"]))
    f.append(Paragraph("Growing up in Westmoor: review of the Child Poverty Action Plan, year one", S["h1"]))
    f.append(Paragraph("Report WFPC/2025/3 &#183; Chair: Dr Rosalind Achterberg-Oyelaran &#183; Published 15 "
                       "September 2025", S["sub"]))
    f.append(Paragraph("1. Introduction", S["h2"]))
    p("The Mayor published the Child Poverty Action Plan in June 2024 and asked the Commission to review it "
      "independently each year. This is our first review. In this report our conclusions and recommendations are "
      "printed in bold type.")
    p("Our call for evidence, which ran from March to May 2025, asked four questions: (a) which actions in the plan "
      "have reached families; (b) which have not, and why; (c) whether the plan's measures of success are the right "
      "ones; and (d) what the Combined Authority should do differently in year two. We received 64 written "
      "submissions and heard from 37 parents at four listening sessions.")
    p("Under the Equality Act 2010, as it applies to the Combined Authority, the Authority must have due regard, "
      "when it makes strategic decisions, to the desirability of reducing inequalities of outcome that result from "
      "socio-economic disadvantage. We have kept that duty in mind throughout.")
    f.append(Paragraph("2. How many children are in poverty", S["h2"]))
    p("The most recent estimates, after housing costs, are set out below. They are two years old and do not yet "
      "show any effect of the plan.")
    rows = [["District", "Children in poverty 2022", "Children in poverty 2023", "Rate 2023"],
            ["Ashby Moor", "9,840", "10,210", "34 %"], ["Calderside", "7,120", "7,050", "29 %"],
            ["Holmebridge", "5,460", "5,730", "31 %"], ["Netherfold", "3,980", "4,010", "22 %"]]
    rows = [[Paragraph(("<b>%s</b>" % c) if i == 0 else c, S["cell"]) for c in r] for i, r in enumerate(rows)]
    t = Table(rows, colWidths=[38 * mm, 40 * mm, 40 * mm, 26 * mm], hAlign="CENTER")
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, PLUM), ("LINEBELOW", (0, -1), (-1, -1), 0.8, PLUM),
                           ("LINEABOVE", (0, 0), (-1, 0), 0.8, PLUM), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    f.append(t)
    f.append(Spacer(1, 3 * mm))
    p("In our 2024 report on the draft plan we said that it \"should include a target for every district\". The "
      "final plan does this, and we welcome it.")
    p("<b>We conclude that the plan's headline target, to reduce the number of children in poverty by a quarter by "
      "2030, cannot be met on present trends without more help for families in work.</b>")
    f.append(Paragraph("3. Costs that families face", S["h2"]))
    p("Parents told us more about the cost of getting children to school and college than about any other single "
      "cost. The free travel pilot for under-18s has been used for 4.1 million journeys since September 2024, but "
      "families cannot plan around a scheme that is renewed one year at a time. Several colleges said that "
      "students had turned down places further from home for the same reason.")
    p("The Combined Authority should make free bus travel for under-18s permanent from April 2026, rather than "
      "renewing the scheme each year, and should fund it from the mayoral transport budget.", bold=True)
    p("Most parents in poverty in Westmoor are in work. The plan relies heavily on employers choosing to pay a "
      "living wage, but the number of accredited employers in the area has risen only from 212 to 236 since 2023.")
    p("The Mayor should set and publish a target to double the number of accredited living wage employers in "
      "Westmoor by 2028, and report progress against it every six months.", bold=True)
    p("Schools told us that many families miss benefits to which they are entitled, above all the school clothing "
      "grant and help with childcare costs. Advice services based in schools reach parents who would not visit an "
      "advice centre.")
    p("Head teachers in Ashby Moor described pupils arriving hungry in the last week of each month.")
    p("The Combined Authority should fund a benefits advice worker in every secondary school in the two districts "
      "with the highest child poverty rates, Ashby Moor and Holmebridge, for at least three years.", bold=True)
    f.append(Paragraph("4. Work, skills and childcare", S["h2"]))
    p("The adult skills budget is the largest budget the Combined Authority controls. Parents told us again and "
      "again that they could not take up a course because they could not pay for childcare while attending.")
    p("The Combined Authority should use part of its adult skills budget to pay the childcare costs of parents on "
      "its funded courses, for up to 30 hours a week while the course lasts.", bold=True)
    p("Lone parents and families with a disabled member are at far higher risk of poverty than other families. "
      "The plan's annual report gives one figure for all families, which hides this.")
    p("<b>We conclude that the plan has so far done least for lone parents, who make up two in five of the "
      "families in poverty in Westmoor.</b>")
    p("Some submissions asked us to recommend a local minimum income guarantee. We have not done so: the "
      "Combined Authority does not hold the powers that such a scheme would need.")
    p("The plan's annual report should show every measure separately for lone parent families, families with a "
      "disabled adult or child, and families from minority ethnic groups, starting with the report due in June "
      "2026, so that the Commission and the public can see whether the gaps between groups are closing.",
      bold=True)
    f.append(Paragraph("5. Housing and next steps", S["h2"]))
    p("Rent arrears rose sharply last winter. Eleven families with children told us they had received notices "
      "seeking possession between November and February.")
    p("The Mayor should ask each housing association in the Westmoor Housing Compact to agree not to evict "
      "families with children for rent arrears between November and March.", bold=True)
    p("The plan will only improve if it is reviewed openly. We are ready to repeat this exercise next year.")
    p("The Mayor should ask the Commission to review the plan again in autumn 2026, and the Combined Authority "
      "should publish its response to each review within three months.", bold=True)
    p("We would ask the Mayor to respond in particular to paragraphs 8 and 21 before the 2026-27 budget is set in "
      "February.")
    doc = SimpleDocTemplate(H.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=21 * mm, bottomMargin=21 * mm, invariant=1,
                            title="Growing up in Westmoor: review of the Child Poverty Action Plan, year one",
                            author="Westmoor Fair Work and Poverty Commission")
    doc.build(f)


def response():
    S = styles("LS", 10)
    f = []
    p = Paras(S, f)
    f.append(Paragraph("<b>THE MAYOR OF WESTMOOR</b>", S["body"]))
    f.append(Paragraph("Westmoor Combined Authority, 1 Millgate Square, Calderside &#183; Ref. MO/CP/25/0904",
                       S["sub"]))
    f.append(Paragraph("6 November 2025", S["right"]))
    f.append(Paragraph("Dr Rosalind Achterberg-Oyelaran<br/>Chair, Fair Work and Poverty Commission", S["body"]))
    f.append(Paragraph("Dear Rosalind,", S["body"]))
    f.append(Paragraph("<b>Review of the Child Poverty Action Plan, year one</b>", S["body"]))
    p("Thank you for the Commission's report of 15 September. I have discussed it with the Combined Authority "
      "board and with the leaders of the four districts, and I set out my response below, referring to the "
      "paragraph numbers in your report.")
    p("By the end of September, &#163;12.4 million had been spent under the plan and 3,100 families had received "
      "help with the cost of the school day. The second annual report, due in June 2026, will update these "
      "figures.")
    p("I agree with your paragraph 23. I would welcome a further review by the Commission in autumn 2026, and the "
      "Combined Authority will publish its response to each review within three months, as you propose.")
    p("On paragraph 8, I am pleased to confirm that the board agreed on 28 October that free travel for under-18s "
      "will be permanent from April 2026, funded from the mayoral transport budget.")
    p("On paragraph 10, I accept that a published target is needed, and one will appear in the year two update. "
      "Doubling the number of accredited employers in three years is not realistic, however; we will aim for a "
      "50 per cent increase by 2030 rather than by 2028, and will report on it yearly.")
    p("Paragraphs 13 and 15 both concern help that reaches families through schools and colleges. The Combined "
      "Authority is not in a position to fund advice workers in schools: this falls to the district councils and "
      "to school budgets, and the board was not willing to take on a new three-year commitment. Childcare for "
      "learners is a different matter. Officers will consider childcare support as part of the adult skills "
      "review that reports in spring 2026, and I will write to you once the board has seen it.")
    p("On paragraph 21, I will not be asking housing associations to adopt a winter pause on evictions. The "
      "Compact's members already follow a shared pre-action protocol, and decisions on individual tenancies are "
      "rightly a matter for each association's board.")
    p("Finally, I have noted the conclusion at paragraph 17 about lone parents. It will be discussed at the "
      "board's away day in January, and the district leaders share the Commission's concern.")
    p("May I thank the Commissioners, and above all the parents who gave evidence, for a candid and useful "
      "report. I am copying this letter to the leaders of the four district councils.")
    f.append(Paragraph("Yours sincerely,", S["body"]))
    f.append(Paragraph("Tobias Renwick-Adeyemi<br/>Mayor of Westmoor", S["body"]))
    doc = SimpleDocTemplate(H.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Review of the Child Poverty Action Plan, year one: Mayor's response",
                            author="Mayor of Westmoor")
    doc.build(f)


def main():
    fonts()
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Westmoor Fair Work and Poverty Commission - WFPC/2025/3",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="Mayor of Westmoor - MO/CP/25/0904",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "The Combined Authority should make free bus travel for under-18s permanent",
         "reply_contains": "free travel for under-18s will be permanent from April 2026", "verdict": "agrees"},
        {"number": 2, "starts_with": "The Mayor should set and publish a target to double",
         "reply_contains": "aim for a 50 per cent increase by 2030", "verdict": "partly"},
        {"number": 3, "starts_with": "The Combined Authority should fund a benefits advice worker in every",
         "reply_contains": "is not in a position to fund advice workers in schools", "verdict": "disagrees"},
        {"number": 4, "starts_with": "The Combined Authority should use part of its adult skills budget",
         "reply_contains": "will consider childcare support as part of the adult skills review",
         "verdict": "noted"},
        {"number": 5, "starts_with": "The plan's annual report should show every measure separately for",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 6, "starts_with": "The Mayor should ask each housing association in the Westmoor",
         "reply_contains": "I will not be asking housing associations to adopt a winter pause",
         "verdict": "disagrees"},
        {"number": 7, "starts_with": "The Mayor should ask the Commission to review the plan again",
         "reply_contains": "I would welcome a further review by the Commission", "verdict": "agrees"},
    ]
    unmatched = ["million had been spent under the plan and 3,100 families",
                 "I have noted the conclusion at paragraph 17 about lone parents",
                 "the parents who gave evidence, for a candid and useful report"]
    notes = ("Advice: an English mayoral combined authority's independent FAIR WORK AND POVERTY COMMISSION's review "
             "of the Mayor's child poverty action plan, in NUMBERED PARAGRAPHS 1-24; the seven recommendations are "
             "whole paragraphs in BOLD (paragraphs 8, 10, 13, 15, 19, 21, 23), with no recommendation numbers; "
             "paragraphs 6 and 17 are bold CONCLUSIONS ('We conclude "
             "...'), not recommendations; the second recommendation (paragraph 10) opens page 2. Traps: "
             "the call-for-evidence questions (a)-(d), the Equality Act 2010 paraphrased ('must have due regard'), a "
             "district table, the 2024 report quoted ('should include a target'), 'We have not done so' about a "
             "minimum income guarantee, a closing asking for a reply on 'paragraphs 8 and 21' (recs 1 and 6). Response: the "
             "MAYOR's LETTER in its OWN numbered paragraphs 1-9 citing the Commission's paragraph numbers (which do "
             "not match the recommendation order), in another order: 'paragraph 23' = rec 7 (further review welcomed: agrees), 'paragraph 8' = rec 1 (free "
             "travel permanent from April 2026: agrees), 'paragraph 10' "
             "= rec 2 (target but 50 per cent by 2030: partly), 'Paragraphs 13 and 15' in ONE paragraph = rec 3 "
             "(not in a position to fund: disagrees) and rec 4 (to be considered in the skills review: noted), "
             "'paragraph 21' = rec 6 (no winter pause: disagrees). The spending figures, the reply to the CONCLUSION "
             "at paragraph 17 and the thanks answer nothing; rec 5 (paragraph 19, breakdown by group) is never "
             "mentioned (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
