"""Blind round 17 (en): New Zealand Chief Ombudsman own-motion investigation report + the agency's response
(the Chief Executive's letter with comments on each recommendation).
Engine: PyMuPDF Story (HTML -> PDF, DejaVu fonts subset-embedded), A4; running header, footer, footnotes and
contents page numbers drawn/filled afterwards with PyMuPDF (first pass finds the pages). No tables (Story loops
forever on a page break that follows a table).

Run from the repository root with a venv outside the repository holding reportlab, fpdf2 and pymupdf:
    /tmp/blind17enenv/bin/python tests/docs/src/blind17/gen_en_nz_ombudsman_story.py
Writes tests/docs/blind17_en_nz_ombudsman_advice.pdf and tests/docs/blind17_en_nz_ombudsman_response.pdf;
check with  /tmp/blind17enenv/bin/python tests/docs/src/blind17/_en_b17.py blind17_en_nz_ombudsman
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _en_b17 as H

GREEN = "#00594f"
TITLE = "Getting it right the second time"

CSS = f"""
body {{ font-family: StSans; font-size: 10.5pt; line-height: 1.4; }}
p {{ margin-top: 0; margin-bottom: 7pt; text-align: left; }}
h1 {{ font-family: StSans; font-size: 17pt; color: {GREEN}; margin-top: 0; margin-bottom: 10pt; }}
h2 {{ font-family: StSans; font-size: 12pt; color: {GREEN}; margin-top: 12pt; margin-bottom: 5pt; }}
h3 {{ font-family: StSans; font-size: 10.5pt; margin-top: 10pt; margin-bottom: 4pt; }}
p.n {{ margin-left: 30pt; text-indent: -30pt; }}
p.r {{ margin-left: 46pt; text-indent: -20pt; }}
p.toc {{ margin-bottom: 4pt; }}
p.quote {{ margin-left: 24pt; margin-right: 24pt; font-style: italic; }}
.brk {{ page-break-before: always; }}
"""

RECS = [
    "reduce the time it takes to complete reviews of decisions, so that at least 80 percent of reviews are "
    "completed within 20 working days of the application for review;",
    "give every person whose application for hardship assistance is declined written reasons for the decision, "
    "including the information the Ministry relied on;",
    "publish its internal guidance on the review of decisions on its website within six months of this report;",
    "establish a review function that is separate from the service centre that made the original decision, so "
    "that reviews are carried out by staff who had no part in it;",
    "consider funding independent advocacy services to support people through the review of decisions process; "
    "and",
    "report to me on its progress in implementing these recommendations every six months, until I am satisfied "
    "that they have been implemented.",
]

FOOTNOTES = [  # (text on the page just before the marker, marker, note)
    ("Ombudsmen Act 1975", "1", "Section 13(3) of the Ombudsmen Act 1975 allows an Ombudsman to investigate on "
                                "their own motion."),
    ("the 2024 financial year", "2", "Ministry of Social Development, Annual Report 2023/24, page 112."),
    ("section 22(1)(b)", "3", "Under section 22(1)(b) an Ombudsman may form the opinion that a decision or "
                              "practice was unreasonable."),
]
SUP = {"1": "\u00b9", "2": "\u00b2", "3": "\u00b3"}

_n = 0


def np(text: str) -> str:
    global _n
    _n += 1
    return f"<p class='n'>{_n}.&nbsp;&nbsp;&nbsp;&nbsp;{text}</p>"


HEADS = ["Chief Ombudsman\u2019s foreword", "Summary", "Part 1: About this investigation",
         "Part 2: How reviews of decisions work", "Part 3: What I found", "Part 4: My opinion and recommendations",
         "Appendix 1: The Ministry\u2019s comments"]


def advice_html(pages: dict) -> str:
    global _n
    _n = 0
    b = ["<body>"]
    b.append(f"<p style='font-size: 11pt; color: {GREEN}'><b>OMBUDSMAN</b><br/>Kaitiaki Mana Tangata<br/>"
             "New Zealand</p>")
    b.append(f"<p style='font-size: 26pt; color: {GREEN}; margin-top: 120pt; line-height: 1.15'><b>Getting it "
             "right the second time</b></p>")
    b.append("<p style='font-size: 14pt'>An investigation into the Ministry of Social Development\u2019s reviews "
             "of hardship assistance decisions</p>")
    b.append("<p style='font-size: 11pt; margin-top: 30pt'>Own motion investigation under the Ombudsmen Act 1975"
             "</p>")
    b.append("<p style='font-size: 11pt; margin-top: 150pt'>Chief Ombudsman Judge Aroha Whaanga<br/>"
             "September 2025<br/>ISBN 978-0-473-74412-6 (PDF)</p>")
    b.append("<h1 class='brk'>Contents</h1>")
    for t in HEADS:
        b.append(f"<p class='toc'>{t}&nbsp;&nbsp;&nbsp;&nbsp;{pages.get(t, 0)}</p>")
    b.append(f"<h1 class='brk'>{HEADS[0]}</h1>")
    b.append("<p>When the Ministry of Social Development declines an application for hardship assistance, the "
             "person affected is often in urgent need \u2013 of food, of power, of a bond for a place to live. The "
             "right to ask the Ministry to look at its decision again is an important safeguard. It only works "
             "if reviews are done quickly, fairly and by someone with fresh eyes.</p>"
             "<p>This investigation found that too often they are not. I have made six recommendations, and I "
             "acknowledge the constructive way in which the Ministry engaged with my investigation.</p>"
             "<p><b>Judge Aroha Whaanga</b><br/>Chief Ombudsman | Kaitiaki Mana Tangata</p>")
    b.append(f"<h1 class='brk'>{HEADS[1]}</h1>")
    b.append("<p>Between July 2023 and June 2024 the Ministry received 9,412 applications for a review of a "
             "decision on hardship assistance. Half took longer than 40 working days to complete, and in a third "
             "of the files I examined the person had not been told why their application was declined.</p>"
             "<p>I have formed the opinion that the Ministry\u2019s practice in handling reviews was unreasonable. "
             "My recommendations are set out in Part 4.</p>")
    b.append(f"<h1 class='brk'>{HEADS[2]}</h1>")
    b.append(np("I notified the Ministry of this investigation on 6 May 2024, using my power to investigate on "
                f"my own motion under the Ombudsmen Act 1975{SUP['1']}. The investigation followed complaints "
                "from individuals and community organisations about delays and poor communication in reviews."))
    b.append(np("My staff examined 150 review files, interviewed 34 Ministry staff in five regions, and met "
                "advocates from budgeting services, community law centres and iwi social service providers."))
    b.append(np("I provided my provisional opinion to the Ministry in June 2025. The Ministry\u2019s comments are "
                "summarised in Appendix 1, and I have taken them into account in this report."))
    b.append(f"<h1>{HEADS[3]}</h1>")
    b.append(np("A person who disagrees with a decision about hardship assistance may apply for a review of "
                "decision. The Ministry first carries out an internal review; if the decision is upheld, the "
                "application is considered by a Benefits Review Committee, which includes a community "
                "representative."))
    b.append(np(f"The Ministry completed 9,180 reviews in the 2024 financial year{SUP['2']}. Its own guidance "
                "says that an internal review should be completed within 10 working days, but that guidance is "
                "not published and most applicants were not aware of it."))
    b.append(f"<h1>{HEADS[4]}</h1>")
    b.append("<h2>Timeliness</h2>")
    b.append(np("Of the 150 files examined, 77 took longer than 40 working days and 19 longer than 80 working "
                "days. Staff told us that reviews were given a lower priority than new applications."))
    b.append("<h2>Reasons for decisions</h2>")
    b.append(np("In 52 files the decision letter said only that the applicant did not meet the criteria. Without "
                "reasons, applicants could not tell what information would make a difference to a review."))
    b.append("<h2>Independence of reviews</h2>")
    b.append(np("In most regions internal reviews are carried out by a team leader in the same service centre "
                "that made the original decision, sometimes by the person who approved it. Applicants and "
                "advocates told us they saw little point in asking the same office to think again."))
    b.append("<h2>Support for applicants</h2>")
    b.append(np("Applicants who had the help of an advocate were twice as likely to have the decision changed "
                "on review. Advocacy services told us that demand far exceeds what they can provide."))
    b.append(f"<h1 class='brk'>{HEADS[5]}</h1>")
    b.append("<h2>Opinion</h2>")
    b.append(np("For the reasons set out in Part 3, my opinion is that the Ministry\u2019s practice of completing "
                "reviews of hardship decisions without adequate reasons and after long delays was unreasonable, "
                f"within the meaning of section 22(1)(b){SUP['3']} of the Ombudsmen Act 1975."))
    b.append("<h2>Recommendations</h2>")
    b.append(np("Under section 22(3) of the Ombudsmen Act, I recommend that the Ministry of Social Development:"))
    for i, r in enumerate(RECS, start=1):
        b.append(f"<p class='r'>{i}.&nbsp;&nbsp;{r}</p>")
    b.append(np("I also suggest, without making a formal recommendation, that the Ministry review the wording of "
                "its standard decline letters with people who have received them."))
    b.append(f"<h1 class='brk'>{HEADS[6]}</h1>")
    b.append("<p>The Ministry commented on my provisional opinion in a letter dated 18 July 2025. In summary, it "
             "accepted the findings on timeliness and reasons, and said that it was already working on a new "
             "decline letter. It questioned whether a separate review function was needed, given the role of "
             "Benefits Review Committees. I have considered those comments but maintain my view.</p>")
    b.append("</body>")
    return "".join(b)


def response_html() -> str:
    b = ["<body>"]
    b.append(f"<p style='font-size: 13pt; color: {GREEN}'><b>Te Manat\u016b Whakahiato Ora</b><br/>"
             "<b>Ministry of Social Development</b></p>")
    b.append("<p style='margin-top: 18pt'>Office of the Chief Executive<br/>PO Box 1556<br/>Wellington 6140</p>")
    b.append("<p style='margin-top: 12pt'>14 October 2025</p>")
    b.append("<p>Judge Aroha Whaanga<br/>Chief Ombudsman<br/>Office of the Ombudsman<br/>PO Box 10152<br/>"
             "Wellington 6143</p>")
    b.append("<p>Our ref: REP/25/10/2291</p>")
    b.append("<p>T\u0113n\u0101 koe Chief Ombudsman</p>")
    b.append("<p><b>Response to \u2018Getting it right the second time\u2019</b></p>")
    b.append("<p>Thank you for your report on the Ministry\u2019s reviews of hardship assistance decisions, and for "
             "the opportunity to respond to your recommendations before the report is published. The Ministry "
             "accepts your opinion. We know that a review can matter a great deal to the people who ask for one, "
             "and that we have not always done them well.</p>")
    b.append("<p>Our response to each of your recommendations is set out below. I have grouped the two "
             "recommendations about how reviews are carried out, and then dealt with the others.</p>")
    b.append("<h2>Timeliness and independence of reviews</h2>")
    b.append("<h3>Recommendation 1 \u2013 Accepted</h3>")
    b.append("<p>We accept this recommendation. From 1 December 2025 reviews of hardship decisions will be "
             "allocated to a dedicated national team, and we will report our performance against the 20 working "
             "day measure in our annual report from 2025/26.</p>")
    b.append("<h3>Recommendation 4 \u2013 Not accepted</h3>")
    b.append("<p>The Ministry does not accept this recommendation. Internal reviews are intended to be a quick "
             "reconsideration by the office that knows the person\u2019s circumstances, and the Benefits Review "
             "Committee already provides a review by people who were not involved in the decision. Creating a "
             "further separate function would add cost and delay. We will instead make sure that no internal "
             "review is carried out by the staff member who made or approved the original decision.</p>")
    b.append("<h2>Information for applicants</h2>")
    b.append("<h3>Recommendation 2 \u2013 Accepted in part</h3>")
    b.append("<p>We agree that every person whose application is declined should receive written reasons, and a "
             "new decline letter will be in use from February 2026. We cannot agree to set out all of the "
             "information relied on in every case: some decisions rely on information provided by third parties, "
             "including family violence information, which must be protected. In those cases the letter will "
             "say that other information was taken into account and how the person can request it.</p>")
    b.append("<h3>Recommendation 3 \u2013 Accepted</h3>")
    b.append("<p>Our internal guidance on reviews of decisions will be published on the Work and Income website "
             "by March 2026, alongside plain-language information about how to apply for a review.</p>")
    b.append("<h2>Advocacy and reporting</h2>")
    b.append("<h3>Recommendation 6 \u2013 Accepted</h3>")
    b.append("<p>We will report to you every six months, starting in April 2026, on our progress with each "
             "recommendation.</p>")
    b.append("<h3>Recommendation 5</h3>")
    b.append("<p>Funding for advocacy services is a matter for Ministers. The Ministry will provide advice to the "
             "Minister for Social Development and Employment on the options for funding independent advocacy as "
             "part of the Budget 2026 process. No decision has yet been made.</p>")
    b.append("<h2>Other work under way</h2>")
    b.append("<p>Separately from your recommendations, we are redesigning the online form for applying for a "
             "review so that people can upload supporting documents and track the progress of their "
             "application. We expect the new form to be available in mid-2026.</p>")
    b.append("<p>If you have any questions about this response, please contact Mere Tapsell, General Manager "
             "Service Delivery Assurance.</p>")
    b.append("<p>N\u0101ku noa, n\u0101</p>")
    b.append("<p style='margin-top: 20pt'><b>Hamish Carrow</b><br/>Chief Executive<br/>"
             "Te Manat\u016b Whakahiato Ora | Ministry of Social Development</p>")
    b.append("</body>")
    return "".join(b)


def advice_furniture(page, number, count):
    if number == 1:
        return
    f = {"fontname": "dvs", "fontfile": H.DEJAVU + "DejaVuSans.ttf"}
    w, h = page.rect.width, page.rect.height
    page.insert_text((62, 40), "Getting it right the second time | Chief Ombudsman | September 2025", fontsize=7.5,
                     color=(0.3, 0.3, 0.3), **f)
    page.insert_text((w - 62 - 10, h - 28), str(number), fontsize=9, **f)
    txt = page.get_text().replace("\ufb01", "fi").replace("\ufb00", "ff").replace("\ufb02", "fl")
    notes = [(m, t) for anchor, m, t in FOOTNOTES if anchor + SUP[m] in " ".join(txt.split())]
    y = h - 48 - 11 * len(notes)
    if notes:
        page.draw_line((62, y - 8), (200, y - 8), width=0.5)
    for m, t in notes:
        page.insert_text((62, y), m, fontsize=7.5, **f)
        page.insert_text((70, y), t, fontsize=7.5, **f)
        y += 11


def response_furniture(page, number, count):
    f = {"fontname": "dvs", "fontfile": H.DEJAVU + "DejaVuSans.ttf"}
    w, h = page.rect.width, page.rect.height
    page.insert_text((62, h - 28), "Bowen State Building, 56 The Terrace, Wellington 6011 | www.msd.govt.nz",
                     fontsize=7.5, color=(0.3, 0.3, 0.3), **f)
    if number > 1:
        page.insert_text((w - 62 - 30, h - 28), f"{number} of {count}", fontsize=8, **f)


def head_pages(pdf: Path) -> dict:
    import pymupdf

    out: dict = {}
    with pymupdf.open(pdf) as doc:
        for i, pg in enumerate(doc):
            if i < 2:
                continue
            lines = pg.get_text().splitlines()
            for t in HEADS:
                if t in lines and t not in out:
                    out[t] = i + 1
    return out


if __name__ == "__main__":
    m = (62, 64, 62, 90)
    a = H.story_to_pdf(advice_html({}), CSS, "blind17_en_nz_ombudsman_advice.pdf", margins=m)
    pages = head_pages(a)
    a = H.story_to_pdf(advice_html(pages), CSS, "blind17_en_nz_ombudsman_advice.pdf", margins=m,
                       furniture=advice_furniture)
    assert head_pages(a) == pages, (head_pages(a), pages)
    r = H.story_to_pdf(response_html(), CSS, "blind17_en_nz_ombudsman_response.pdf", margins=(62, 56, 62, 70),
                       furniture=response_furniture)
    print(a, r, pages)
