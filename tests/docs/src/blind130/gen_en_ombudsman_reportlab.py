"""Round 130 (EN): a state OMBUDSMAN'S INVESTIGATION REPORT into a city council's handling of parking fine internal
reviews, answered by the council Chief Executive's LETTER with INLINE LABELS ('Recommendation 4 - Accepted.') in
another order.
The advice's seven recommendations are labelled 'Recommendation 1'-'7' in tinted hanging blocks placed after the
findings they rest on, in two parts ('Part 4 Internal reviews', 'Part 5 Hardship and communication'); the page
breaks between Recommendation 1 and Recommendation 2. Traps: 'Finding 1'-'4' in blocks of the same shape, three numbered investigation
questions, the Ombudsman Act and the Local Government Act paraphrased ('must'), the 2019 report's recommendation
quoted ('should publish', implemented), a figures table, and a closing line naming 'Recommendations 2 and 5'.
The response: opening, 'Recommendation 1 - Accepted.', 'Recommendation 4 - Accepted.', 'Recommendation 2 - Accepted
in part.', 'Recommendation 3 - Not accepted.', 'Recommendations 6 and 7' in one paragraph (7 accepted, 6 to be
considered); 5 (training) never answered; a paragraph correcting the report's figure at 'paragraph 4.3' and the
closing answer nothing.
reportlab platypus, A4, cleaned Liberation Sans (report) and Liberation Serif (letter), invariant=1; header and
'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented; the Acts are named
as context only (what is said of them here is paraphrased and not to be relied on).
Run:  /tmp/blind130en/bin/python tests/docs/src/blind130/gen_en_ombudsman_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b130en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "blind130_en_ombudsman"
TEAL = colors.HexColor("#0f4c5c")
PALE = colors.HexColor("#e3eff2")
GREY = colors.HexColor("#eeeeee")


def fonts():
    for fam, files in (("LS", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf")),
                       ("LF", ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                               "LiberationSerif-Italic.ttf"))):
        pdfmetrics.registerFont(TTFont(fam, H.clean_font(files[0])))
        pdfmetrics.registerFont(TTFont(fam + "-B", H.clean_font(files[1])))
        pdfmetrics.registerFont(TTFont(fam + "-I", H.clean_font(files[2])))
        pdfmetrics.registerFontFamily(fam, normal=fam, bold=fam + "-B", italic=fam + "-I", boldItalic=fam + "-B")


def styles(fam, size):
    body = ParagraphStyle("b", fontName=fam, fontSize=size, leading=size * 1.38, spaceAfter=2.2 * mm)
    return {
        "body": body,
        "h1": ParagraphStyle("h1", parent=body, fontName=fam + "-B", fontSize=17, leading=21, textColor=TEAL),
        "h2": ParagraphStyle("h2", parent=body, fontName=fam + "-B", fontSize=12.5, leading=15.5, textColor=TEAL,
                             spaceBefore=3 * mm, spaceAfter=1.4 * mm),
        "sub": ParagraphStyle("sub", parent=body, fontSize=9, textColor=colors.HexColor("#555555")),
        "li": ParagraphStyle("li", parent=body, leftIndent=7 * mm, bulletIndent=1.5 * mm, spaceAfter=1 * mm),
        "cell": ParagraphStyle("c", parent=body, fontSize=size - 0.6, leading=(size - 0.6) * 1.35, spaceAfter=0),
        "lab": ParagraphStyle("l", parent=body, fontName=fam + "-B", fontSize=size - 0.6,
                              leading=(size - 0.6) * 1.35, spaceAfter=0, textColor=TEAL),
    }


def block(S, label, text, shade):
    t = Table([[Paragraph(label, S["lab"]), Paragraph(text, S["cell"])]], colWidths=[37 * mm, 125 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, -1), shade),
                           ("LINEBEFORE", (0, 0), (0, 0), 2.5, TEAL),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return [t, Spacer(1, 2.5 * mm)]


def advice():
    S = styles("LS", 10)
    P = lambda t, s="body": Paragraph(t, S[s])
    F = lambda n, t: block(S, f"Finding {n}", t, GREY)
    R = lambda n, t: block(S, f"Recommendation {n}", t, PALE)
    st = [P("OFFICE OF THE STATE OMBUDSMAN &#183; INVESTIGATION REPORT 2025/18", "sub"),
          P("Fair Reviews? An investigation into Barrowmere City Council's handling of parking fine reviews", "h1"),
          P("Tabled 11 November 2025 &#183; Ombudsman: Rosalind Achterberg &#183; File OMB-C25-0417", "sub"),
          P("Part 1 Summary", "h2"),
          P("Between July 2024 and June 2025 my office received 96 complaints about the way Barrowmere City Council "
            "dealt with requests to review parking infringement notices. Many complainants had waited months for an "
            "answer; some were told their review had been refused without being told why. I decided to investigate "
            "on my own motion. The investigation asked three questions:"),
          Paragraph("Does the Council decide internal reviews independently and within a reasonable time?",
                    S["li"], bulletText="1."),
          Paragraph("Does it take account of the circumstances of people experiencing hardship?", S["li"],
                    bulletText="2."),
          Paragraph("Does it explain its decisions in a way people can understand?", S["li"], bulletText="3."),
          Spacer(1, 1.5 * mm),
          P("Part 2 The law", "h2"),
          P("Under the Ombudsman Act 1974 I must give an agency the opportunity to comment on any adverse finding "
            "before I publish it, and the Council has done so. The Local Government Act 2020 says, in substance, "
            "that a council must consider any request for internal review of an infringement notice and may "
            "withdraw the notice if special circumstances apply. These are statutory duties and are not "
            "recommendations of mine."),
          P("This is not the first time my office has looked at the Council's parking enforcement. In 2019 my "
            "office recommended that the Council \"should publish its review guidelines on its website\". That "
            "recommendation was implemented in 2020 and I make no further comment on it."),
          P("Part 3 The numbers", "h2")]
    rows = [["", "2022-23", "2023-24", "2024-25"],
            ["Review requests received", "3,412", "3,960", "4,288"],
            ["Reviews refused", "61%", "68%", "74%"],
            ["Average days to decide", "34", "51", "77"]]
    t = Table(rows, colWidths=[70 * mm, 28 * mm, 28 * mm, 28 * mm])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "LS"), ("FONTSIZE", (0, 0), (-1, -1), 9),
                           ("FONTNAME", (0, 0), (-1, 0), "LS-B"), ("LINEBELOW", (0, 0), (-1, 0), 0.8, TEAL),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.5, TEAL), ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    st += [t, Spacer(1, 3 * mm),
           P("Part 4 Internal reviews", "h2"),
           *F(1, "The same team that issues parking fines decides the reviews of them. In 41 of the 60 files we "
                 "examined, the reviewing officer had worked the same patrol roster as the issuing officer."),
           *F(2, "Since August 2023 the Council has applied an unwritten 'no exceptions' rule to fines issued in "
                 "loading zones, refusing every review regardless of the evidence offered. The rule is not "
                 "consistent with the Council's duty to consider each request."),
           P("In response to these findings I make three recommendations."),
           *R(1, "That internal reviews be decided by an officer who is independent of the parking enforcement "
                 "team and has had no part in issuing the fine."),
           *R(2, "That the Council decide every internal review within 28 days of receiving it and give the "
                 "applicant written reasons for the decision."),
           *R(3, "That the Council reconsider the 312 loading zone reviews refused under the 'no exceptions' rule "
                 "and refund any fine it would not have upheld on the merits."),
           P("Part 5 Hardship and communication", "h2"),
           *F(3, "The Council has no hardship policy. Officers told us they were unsure whether they were allowed "
                 "to offer a payment plan, and most did not."),
           *F(4, "Review decisions are sent only in English. About one in five Barrowmere residents speaks "
                 "another language at home, and several complainants needed family members to explain the "
                 "letters to them."),
           *R(4, "That the Council adopt a written hardship policy which allows payment plans and, in special "
                 "circumstances, the waiver of a fine."),
           *R(5, "That all customer service and review staff be trained in applying the hardship policy within "
                 "three months of its adoption."),
           *R(6, "That the Council publish each quarter the number of reviews received, decided, upheld and "
                 "refused, and the average time taken to decide them."),
           *R(7, "That review decisions and infringement notices include information in the five languages other "
                 "than English most spoken in the city."),
           P("Part 6 Next steps", "h2"),
           P("The Council's Chief Executive has been given a copy of this report and has said that a formal "
             "response will follow. I will monitor the Council's progress, in particular on Recommendations 2 and 5, "
             "and may report to Parliament again in 2026."),
           P("Rosalind Achterberg<br/>State Ombudsman")]
    doc = SimpleDocTemplate(H.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm,
                            topMargin=22 * mm, bottomMargin=22 * mm, invariant=1,
                            title="Fair Reviews? Investigation report 2025/18", author="Office of the State Ombudsman")
    doc.build(st)


def response():
    S = styles("LF", 11)
    P = lambda t, s="body": Paragraph(t, S[s])
    st = [P("BARROWMERE CITY COUNCIL &#183; Office of the Chief Executive &#183; 1 Civic Square, Barrowmere", "sub"),
          Spacer(1, 4 * mm),
          P("2 December 2025"),
          P("Ms Rosalind Achterberg<br/>State Ombudsman<br/>Level 9, 40 Gresham Street"),
          P("<b>Your reference OMB-C25-0417 - Council response to investigation report 2025/18</b>"),
          P("Dear Ombudsman,"),
          P("Thank you for the opportunity to respond to your report on our handling of parking fine reviews. The "
            "Council's Executive Leadership Team considered the report on 26 November, and I set out our position "
            "on each recommendation below."),
          P("<b>Recommendation 1 - Accepted.</b> From 1 February 2026 all internal reviews will be decided by the "
            "Governance and Integrity Unit, which sits outside the City Services directorate and has no role in "
            "enforcement."),
          P("<b>Recommendation 4 - Accepted.</b> A draft hardship policy, including payment plans of up to twelve "
            "months and a waiver for special circumstances, will go to the Council meeting of 17 March 2026 for "
            "adoption."),
          P("<b>Recommendation 2 - Accepted in part.</b> We agree to give written reasons in every case where a "
            "review is refused. A 28-day limit is not achievable with current staffing; we will adopt a target of "
            "45 days from July 2026 and review it after twelve months."),
          P("<b>Recommendation 3 - Not accepted.</b> The Council acknowledges that the loading zone practice was "
            "too rigid and it ended on 30 October 2025. However, each of those fines was lawfully issued, most have "
            "been paid, and reopening them would cost an estimated 140,000 dollars in staff time. The Council will "
            "therefore not reopen closed matters, although anyone may still ask for a fresh review."),
          P("<b>Recommendations 6 and 7.</b> We will include the key languages on our notices and review letters "
            "from the next print run in April 2026, using the five languages identified in the 2021 census. "
            "Quarterly publication of review statistics will be considered as part of the new performance "
            "reporting framework in 2026-27, and I will write to you once a decision is made."),
          P("<b>Other matters.</b> I note that paragraph 4.3 of the draft report referred to 1,140 reviews in the "
            "sample period; our records show 1,096, and I understand your office has since corrected the figure."),
          P("The Council values the work of your office and I would be pleased to meet to discuss our progress. "
            "Please contact Ms Dana Okafor, Manager Governance, on 03 5550 2184 with any questions."),
          P("Yours sincerely,"),
          P("Marcus Delahunty<br/>Chief Executive Officer")]
    doc = SimpleDocTemplate(H.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=22 * mm, bottomMargin=22 * mm, invariant=1,
                            title="Response to investigation report 2025/18", author="Barrowmere City Council")
    doc.build(st)


def main():
    fonts()
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="State Ombudsman - Investigation report 2025/18",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Barrowmere City Council - Response to OMB-C25-0417",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "That internal reviews be decided by an officer who is independent",
         "reply_contains": "decided by the Governance and Integrity Unit", "verdict": "agrees"},
        {"number": 2, "starts_with": "That the Council decide every internal review within 28 days",
         "reply_contains": "A 28-day limit is not achievable with current staffing", "verdict": "partly"},
        {"number": 3, "starts_with": "That the Council reconsider the 312 loading zone reviews refused",
         "reply_contains": "The Council will therefore not reopen closed matters", "verdict": "disagrees"},
        {"number": 4, "starts_with": "That the Council adopt a written hardship policy which allows",
         "reply_contains": "will go to the Council meeting of 17 March 2026", "verdict": "agrees"},
        {"number": 5, "starts_with": "That all customer service and review staff be trained",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 6, "starts_with": "That the Council publish each quarter the number of reviews",
         "reply_contains": "will be considered as part of the new performance reporting framework",
         "verdict": "noted"},
        {"number": 7, "starts_with": "That review decisions and infringement notices include information",
         "reply_contains": "from the next print run in April 2026", "verdict": "agrees"},
    ]
    unmatched = ["Executive Leadership Team considered the report on 26 November",
                 "our records show 1,096, and I understand",
                 "would be pleased to meet to discuss our progress"]
    notes = ("Advice: a state OMBUDSMAN'S own-motion INVESTIGATION REPORT on a city council's parking fine reviews. "
             "The seven recommendations are 'That ...' sentences in tinted hanging blocks labelled 'Recommendation "
             "1'-'7', placed after the findings they rest on in two parts (Part 4: 1-3, the page breaking after 1; "
             "Part 5: 4-7). Traps: 'Finding 1'-'4' in grey blocks of the same shape (statements, not recommendations), three "
             "numbered investigation questions, the Ombudsman Act and the Local Government Act paraphrased ('must'), "
             "the 2019 report's recommendation quoted ('should publish its review guidelines', implemented), a "
             "figures table, a closing naming 'Recommendations 2 and 5'. Response: the Chief Executive's LETTER with "
             "bold INLINE LABELS in another order: 1 Accepted (Governance and Integrity Unit from 1 February 2026: "
             "agrees), 4 Accepted (policy to Council 17 March 2026: agrees), 2 'Accepted in part' (written reasons "
             "yes, 45 days instead of 28: partly), 3 'Not accepted' (closed matters not reopened: disagrees), "
             "'Recommendations 6 and 7' in one paragraph (7 languages from April 2026: agrees; 6 quarterly statistics "
             "'will be considered' in 2026-27: noted); 5 (training) never answered (unanswered). The opening, "
             "'Other matters' correcting 'paragraph 4.3' figures and the closing answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
