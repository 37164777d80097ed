"""Blind round 16 (en): Welsh Parliament (Senedd) committee report + the Welsh Government's written response,
sent with the Cabinet Secretary's covering letter.
Engine: LibreOffice Writer headless (HTML -> PDF; Liberation fonts embedded as subsets), A4; running header and
page numbers stamped afterwards with PyMuPDF (DejaVu Sans), because Writer's HTML import puts header/footer divs
on odd pages only.

Run from the repository root with a venv outside the repository holding reportlab, fpdf2 and pymupdf, and
libreoffice-writer-nogui installed:
    /tmp/blind16enenv/bin/python tests/docs/src/blind16/gen_en_senedd_lo.py
Writes tests/docs/blind16_en_senedd_advice.pdf and tests/docs/blind16_en_senedd_response.pdf; check with
    /tmp/blind16enenv/bin/python tests/docs/src/blind16/_en_b16.py blind16_en_senedd
LibreOffice output is not byte-reproducible (it writes its own IDs and dates).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _en_b16 as H

TITLE = "Every day counts: school attendance in Wales"
COMMITTEE = "Children, Young People and Education Committee"
TEAL = "#00606b"

CSS = f"""
<style>
@page {{ size: 21cm 29.7cm; margin: 2.4cm 2.4cm 2.3cm 2.4cm; }}
body {{ font-family: 'Liberation Sans'; font-size: 11pt; }}
p {{ margin-top: 0; margin-bottom: 0.24cm; line-height: 130%; }}
h1 {{ font-family: 'Liberation Sans'; font-size: 20pt; color: {TEAL}; margin-top: 0.2cm; margin-bottom: 0.4cm; }}
h2 {{ font-family: 'Liberation Sans'; font-size: 14pt; color: {TEAL}; margin-top: 0.4cm; margin-bottom: 0.2cm; }}
h3 {{ font-family: 'Liberation Sans'; font-size: 11.5pt; margin-top: 0.3cm; margin-bottom: 0.15cm; }}
td {{ font-family: 'Liberation Sans'; font-size: 11pt; }}
.small {{ font-size: 9pt; }}
</style>
"""


def fn(n: int) -> str:
    return f'<a class="sdfootnoteanc" name="sdfootnote{n}anc" href="#sdfootnote{n}sym"><sup>{n}</sup></a>'


def fn_body(n: int, text: str) -> str:
    return (f'<div id="sdfootnote{n}"><p class="sdfootnote" style="font-size: 8.5pt"><a class="sdfootnotesym" '
            f'name="sdfootnote{n}sym" href="#sdfootnote{n}anc">{n}</a> {text}</p></div>')


def page_break() -> str:
    return '<p style="page-break-before: always; margin: 0"></p>'


_n = 0


def np(text: str) -> str:
    """A numbered paragraph: the Senedd numbers every paragraph of the report's chapters."""
    global _n
    _n += 1
    return (f"<table width='100%' cellpadding='0' cellspacing='0' style='margin-bottom: 0.15cm'><tr>"
            f"<td width='8%' valign='top'><p>{_n}.</p></td><td width='92%'><p>{text}</p></td></tr></table>")


RECS = {
    1: "The Welsh Government should publish attendance data for every maintained school each term, broken down "
       "by eligibility for free school meals, additional learning needs and year group.",
    2: "The Welsh Government should provide recurrent, ring-fenced funding so that every secondary school in "
       "Wales can employ at least one family engagement officer from September 2026.",
    3: "The Welsh Government should amend its guidance on school attendance so that fixed penalty notices are "
       "no longer issued for non-attendance, other than for unauthorised holidays taken during term time.",
    4: "The Welsh Government should commission research into the reasons for persistent absence among learners "
       "with emotionally based school avoidance, and publish its findings by the end of 2026.",
    5: "Estyn should report, in its Annual Report for 2025\u201326, on how effectively schools\u2019 attendance "
       "policies support learners who are persistently absent.",
    6: "The Welsh Government should, in its review of the Learner Travel (Wales) Measure 2008, consider reducing "
       "the distance threshold for free home-to-school transport for secondary school learners from three miles "
       "to two miles.",
    7: "The Welsh Government should publish the findings of its review of learner travel, together with an "
       "assessment of the effect of transport on attendance, before the end of this Senedd term.",
    8: "The Welsh Government should set a national target to reduce the rate of persistent absence in "
       "secondary schools to below 10 per cent by the 2027\u201328 academic year.",
    9: "The Welsh Government should provide this Committee with an update on the implementation of the "
       "recommendations in this report by July 2026.",
}
PAGES: dict[int, int] = {}


def rec(n: int) -> str:
    return (f"<p style='margin-left: 8%; margin-top: 0.15cm; margin-bottom: 0.35cm; color: {TEAL}'>"
            f"<b>Recommendation {n}. {RECS[n]}</b></p>")


def advice_html(pages: dict[int, int]) -> str:
    global _n
    _n = 0
    b = [f"<html><head><meta charset='utf-8'><title>{TITLE}</title>{CSS}</head><body>"]
    b.append(f"<p style='font-size: 13pt; color: {TEAL}; margin-top: 1cm'><b>Senedd Cymru</b><br>"
             "<b>Welsh Parliament</b></p>"
             f"<p style='font-size: 13pt; margin-top: 0.6cm'>{COMMITTEE}</p>"
             f"<p style='font-size: 30pt; color: {TEAL}; margin-top: 4cm; line-height: 110%'><b>Every day "
             "counts:</b></p>"
             f"<p style='font-size: 22pt; color: {TEAL}; line-height: 110%'>school attendance in Wales</p>"
             "<p style='font-size: 13pt; margin-top: 4cm'>June 2025</p>")
    b.append(page_break())
    b.append("<p class='small'>The Welsh Parliament is the democratically elected body that represents the "
             "interests of Wales and its people. Commonly known as the Senedd, it makes laws for Wales, agrees "
             "Welsh taxes and holds the Welsh Government to account.</p>"
             "<p class='small'>An electronic copy of this document can be found on the Senedd website: "
             "www.senedd.wales/SeneddCYPE</p>"
             "<p class='small'>Copies of this document can also be obtained in accessible formats including "
             "Braille, large print, audio or hard copy from: Children, Young People and Education Committee, "
             "Welsh Parliament, Cardiff Bay, CF99 1SN.</p>"
             "<p class='small'>\u00a9 Senedd Commission Copyright 2025. The text of this document may be "
             "reproduced free of charge in any format or medium providing that it is reproduced accurately and "
             "not used in a misleading or derogatory context.</p>"
             "<h2>Committee Chair:</h2><p><b>Carys Bowen MS</b><br>Welsh Labour<br>Cynon Valley</p>"
             "<h2>Current Committee membership:</h2>"
             "<p><b>Gareth Lloyd MS</b><br>Welsh Conservatives<br>South Wales East</p>"
             "<p><b>Sioned Pryce MS</b><br>Plaid Cymru<br>Mid and West Wales</p>"
             "<p><b>Owain Tudor MS</b><br>Welsh Labour<br>Islwyn</p>"
             "<p><b>Alun Vaughan MS</b><br>Welsh Labour<br>Neath</p>")
    b.append(page_break())
    b.append("<h1>Contents</h1><table width='100%' cellpadding='3'>")
    for t in HEADS:
        b.append(f"<tr><td>{t}</td><td align='right' width='10%'>{pages.get(t, 0)}</td></tr>")
    b.append("</table>")
    b.append(page_break())
    b.append("<h1>Chair\u2019s foreword</h1>")
    b.append("<p>Every day a child misses school is a day of learning, friendship and support they do not get "
             "back. Since the pandemic, attendance in Welsh schools has not recovered: one secondary learner in "
             "five is now persistently absent, missing at least one day in every ten.</p>"
             "<p>We heard from learners, parents, head teachers, local authorities and the Cabinet Secretary. "
             "What struck us most was how often absence is a sign of something else \u2013 anxiety, poverty, "
             "unmet additional learning needs, or simply a bus that does not come.</p>"
             "<p>Our report makes eight recommendations to the Welsh Government and one to Estyn. I am grateful to "
             "everyone who contributed to our work.</p>"
             "<p><b>Carys Bowen MS</b><br>Chair, Children, Young People and Education Committee</p>")
    b.append(page_break())
    b.append("<h1>1. Introduction</h1>")
    b.append(np("The Committee agreed to undertake an inquiry into school attendance in October 2024. We issued a "
                f"public call for evidence, to which we received 63 responses, and held six evidence "
                f"sessions.{fn(1)}"))
    b.append(np("We also ran a survey of learners, which received more than 1,400 responses, and visited two "
                "secondary schools in Merthyr Tydfil and Wrexham."))
    b.append("<h1>2. Attendance data</h1>")
    b.append(np("The Welsh Government publishes attendance data for maintained schools weekly, at national and "
                "local authority level. Attendance in secondary schools was 88.7 per cent in 2023\u201324, compared "
                "with 93.9 per cent in 2018\u201319."))
    b.append(np("Data for individual schools, and for groups of learners, is published only annually and several "
                "months after the end of the school year. Head teachers told us that they compare their school "
                "with others informally, because the published data comes too late to be useful."))
    b.append(np("Learners eligible for free school meals are more than twice as likely to be persistently absent "
                f"as their peers.{fn(2)}"))
    b.append("<h3>Our view</h3>")
    b.append(np("Timely, detailed data is the starting point for improving attendance. Schools, governors and "
                "parents should be able to see how their school compares, and for which learners."))
    b.append(rec(1))
    b.append("<h1>3. Supporting families and learners</h1>")
    b.append(np("Family engagement officers work with parents to remove the barriers that keep children out of "
                "school. The Welsh Government funded 1,400 hours a week of family engagement work in 2024\u201325 "
                "through a grant that ends in March 2026."))
    b.append(np("Every head teacher who gave evidence to us described family engagement officers as the most "
                "effective intervention they had, and several said that without recurrent funding they would not "
                "be able to keep them."))
    b.append(np("Local authorities can issue fixed penalty notices to parents whose children do not attend school. "
                "In 2023\u201324, 12,812 notices were issued in Wales, 61 per cent of them for term-time "
                "holidays."))
    b.append(np("Witnesses representing parents and learners told us that penalty notices issued for other kinds "
                "of absence damaged relationships between schools and families and did little to change "
                "behaviour where a child was anxious or unwell."))
    b.append("<h3>Our view</h3>")
    b.append(np("We are convinced of the value of family engagement officers, and concerned that their funding "
                "is short term."))
    b.append(rec(2))
    b.append(np("We do not believe that fining parents is an effective response to absence that stems from a "
                "child\u2019s anxiety or unmet needs."))
    b.append(rec(3))
    b.append(np("Emotionally based school avoidance was raised in almost every evidence session. There is little "
                "research on it in Wales, and no consistent definition."))
    b.append(f"<p style='margin-left: 8%; margin-bottom: 0.35cm'><b>Conclusion 1. We are concerned that "
             "learners with emotionally based school avoidance are too often treated as a disciplinary matter "
             "rather than as learners who need support.</b></p>")
    b.append(rec(4))
    b.append(np(f"Estyn, the education inspectorate, considers attendance as part of its inspection of "
                f"schools.{fn(3)} It has not reported nationally on how schools support persistently absent "
                "learners."))
    b.append(rec(5))
    b.append("<h1>4. Getting to school</h1>")
    b.append(np("Under the Learner Travel (Wales) Measure 2008, local authorities must provide free transport for "
                "secondary school learners who live three miles or more from their nearest suitable school. "
                "Local authorities may provide transport below that distance, and some do."))
    b.append(np("Learners and parents in rural areas described walking routes that are unsafe in winter, and buses "
                "that leave before after-school activities end. The Welsh Government began a review of learner "
                "travel in 2024."))
    b.append("<h3>Our view</h3>")
    b.append(np("We believe that the distance threshold for secondary learners is too high, and that the review "
                "is an opportunity to reduce it."))
    b.append(rec(6))
    b.append(rec(7))
    b.append("<h1>5. Targets and accountability</h1>")
    b.append(np("The Welsh Government has not set a national target for attendance or persistent absence. In "
                "England, the Department for Education has set an ambition to halve persistent absence."))
    b.append(np("The Cabinet Secretary told us she was \u201cnot convinced that a number set in Cardiff will "
                f"change what happens in a classroom in Caernarfon\u201d.{fn(4)}"))
    b.append("<h3>Our view</h3>")
    b.append(np("We consider that a clear, time-bound national target would focus effort across the system and "
                "allow the Senedd to hold the Welsh Government to account for progress."))
    b.append(rec(8))
    b.append(np("We intend to return to this issue and will monitor progress closely."))
    b.append(rec(9))
    b.append(page_break())
    b.append("<h1>Annex A: List of recommendations</h1>")
    for n, t in RECS.items():
        b.append(f"<table width='100%' cellpadding='2' cellspacing='0' style='margin-bottom: 0.2cm'><tr>"
                 f"<td width='86%' valign='top'><p><b>Recommendation {n}.</b> {t}</p></td>"
                 f"<td width='14%' valign='top' align='right'><p>Page {pages.get(n, 0)}</p></td></tr></table>")
    b.append("<h1>Annex B: Witnesses</h1>")
    b.append("<p>The following witnesses provided oral evidence to the Committee. Transcripts of all oral "
             "evidence sessions can be viewed on the Committee\u2019s website.</p>"
             "<table width='100%' cellpadding='3' border='1' cellspacing='0'>"
             "<tr><td><b>Date</b></td><td><b>Name and Organisation</b></td></tr>"
             "<tr><td>14 November 2024</td><td>Head teachers, Association of School and College Leaders Cymru; "
             "NAHT Cymru</td></tr>"
             "<tr><td>28 November 2024</td><td>Children\u2019s Commissioner for Wales</td></tr>"
             "<tr><td>16 January 2025</td><td>Association of Directors of Education in Wales; Estyn</td></tr>"
             "<tr><td>6 February 2025</td><td>Cabinet Secretary for Education, Welsh Government</td></tr></table>")
    b.append(fn_body(1, "Details of the consultation responses and evidence sessions are on the Committee\u2019s "
                     "website."))
    b.append(fn_body(2, "Welsh Government, <i>Absenteeism from secondary schools: September 2023 to August "
                     "2024</i>, SFR 58/2024."))
    b.append(fn_body(3, "Estyn, <i>Guidance for inspectors: what we inspect</i>, September 2024."))
    b.append(fn_body(4, "CYPE Committee, Record of Proceedings, 6 February 2025, paragraph 112."))
    b.append("</body></html>")
    return "\n".join(b)


# ---------------------------------------------------------------- the Welsh Government response

RESP = [  # (numbers, verdict, response paragraphs, financial implications)
    ((1,), "Accept",
     ["From the autumn term 2025 we will publish attendance data for every maintained school each term, three "
      "weeks after the end of term, on the My Local School website. The data will be broken down by "
      "eligibility for free school meals, additional learning needs and year group, subject to the suppression "
      "of small numbers to protect the identity of individual learners."],
     "None. The work will be delivered within existing data collection budgets."),
    ((2,), "Accept in principle",
     ["We agree that family engagement officers have made a real difference, and we will continue to fund them "
      "beyond March 2026. Funding will be allocated through the Local Authority Education Grant, rather than "
      "ring-fenced, so that local authorities can target it on the schools with the highest levels of "
      "persistent absence.",
      "We cannot commit to funding an officer in every secondary school: future allocations are subject to the "
      "outcome of the Welsh Government\u2019s budget for 2026\u201327."],
     "\u00a36.5 million in 2026\u201327, subject to budget agreement."),
    ((3,), "Reject",
     ["Fixed penalty notices are issued by local authorities as a last resort, and the statutory guidance "
      "already requires schools to consider the reasons for a learner\u2019s absence, including anxiety and "
      "unmet needs, before a notice is requested. We believe that penalty notices remain a necessary tool in a "
      "small number of cases and do not intend to restrict their use to term-time holidays. We will, however, "
      "publish data on the reasons for which notices are issued."],
     "None."),
    ((4,), "Accept",
     ["We will commission research into emotionally based school avoidance in Wales, including the views of "
      "learners and their families, in autumn 2025. The findings will be published by December 2026 and will "
      "inform the guidance issued to schools."],
     "Up to \u00a3150,000 over two years, met from the existing education research budget."),
    ((5,), "Noted",
     ["This recommendation is for Estyn. His Majesty\u2019s Chief Inspector has confirmed that Estyn will "
      "consider the Committee\u2019s recommendation when planning its Annual Report and will write to the "
      "Committee directly."],
     "None for the Welsh Government."),
    ((6, 7), "Accept",
     ["The review of the Learner Travel (Wales) Measure 2008 is under way and its terms of reference include the "
      "statutory distance thresholds. The review will consider the costs and benefits of reducing the threshold "
      "for secondary learners to two miles, as the Committee recommends.",
      "We will publish the review\u2019s findings in spring 2026, with an assessment of the effect of home-to-"
      "school transport on attendance based on the data collected from local authorities during the review."],
     "None at this stage. Any change to statutory thresholds would be costed as part of the review."),
    ((8,), "Accept in principle",
     ["We accept that a national target would help to focus effort on persistent absence. We will set a target "
      "in the refreshed attendance framework to be published in January 2026, but for the 2029\u201330 academic "
      "year rather than 2027\u201328, since the evidence from local authorities indicates that a reduction to "
      "below 10 per cent within two years is not achievable. We will not set targets for individual schools."],
     "None."),
    ((9,), "Accept",
     ["The Cabinet Secretary will write to the Committee with an update on the implementation of each "
      "recommendation by July 2026."],
     "None."),
]


def response_html() -> str:
    b = [f"<html><head><meta charset='utf-8'><title>Welsh Government response</title>{CSS}</head><body>"]
    b.append("<table width='100%' cellpadding='0'><tr><td width='60%'><p style='font-size: 10pt'>"
             "<b>Lynne Rhys-Evans AS/MS</b><br>Ysgrifennydd y Cabinet dros Addysg<br>"
             "Cabinet Secretary for Education</p></td>"
             f"<td align='right'><p style='font-size: 16pt; color: {TEAL}'><b>Llywodraeth Cymru</b><br>"
             "<b>Welsh Government</b></p></td></tr></table>"
             "<p style='font-size: 10pt; margin-top: 0.6cm'>Ein cyf/Our ref: MA/LRE/1782/25</p>"
             "<p>Carys Bowen MS<br>Chair<br>Children, Young People and Education Committee<br>Welsh Parliament<br>"
             "Cardiff Bay<br>CF99 1SN</p>"
             "<p style='text-align: right'>4 September 2025</p>"
             "<p>Dear Carys,</p>"
             "<p>Thank you for the Committee\u2019s report <i>Every day counts: school attendance in Wales</i>, "
             "published on 19 June 2025. I welcome the Committee\u2019s work and the attention it has given to an "
             "issue that matters to every school and every family in Wales.</p>"
             "<p>I attach the Welsh Government\u2019s response to the report\u2019s recommendations. I have "
             "accepted five, accepted two in principle and rejected one. Recommendation 5 is for Estyn, which "
             "will respond separately.</p>"
             "<p>I am copying this letter to the Chief Inspector of Estyn.</p>"
             "<p>Yn gywir / Yours sincerely,</p>"
             "<p style='margin-top: 1.2cm'><b>Lynne Rhys-Evans AS/MS</b><br>Ysgrifennydd y Cabinet dros Addysg<br>"
             "Cabinet Secretary for Education</p>"
             "<p class='small' style='margin-top: 1.5cm'>Canolfan Cyswllt Cyntaf / First Point of Contact Centre: "
             "0300 0604400<br>Bae Caerdydd \u2022 Cardiff Bay, Caerdydd \u2022 Cardiff CF99 1SN<br>"
             "Rydym yn croesawu derbyn gohebiaeth yn Gymraeg. We welcome receiving correspondence in Welsh.</p>")
    b.append(page_break())
    b.append("<h2>Written Response by the Welsh Government to the report of the Children, Young People and "
             "Education Committee entitled <i>Every day counts: school attendance in Wales</i></h2>")
    b.append("<p>The Welsh Government is grateful to the Committee for its report. Attendance is a priority for "
             "this Government, and improving it is central to raising standards and narrowing the gap between "
             "learners from different backgrounds. The Welsh Government\u2019s response to each recommendation "
             "is set out below.</p>")
    b.append("<h2>Detailed Responses to the report\u2019s recommendations</h2>")
    for nums, verdict, paras, money in RESP:
        head = (f"Recommendation {nums[0]}" if len(nums) == 1
                else f"Recommendations {nums[0]} and {nums[1]}")
        dash = "\u2014" if nums == (5,) else "\u2013"
        b.append(f"<h3>{head} {dash} {verdict}</h3>")
        for n in nums:
            b.append(f"<p style='margin-left: 0.6cm'><i>{RECS[n]}</i></p>")
        for p in paras:
            b.append(f"<p>{p}</p>")
        b.append(f"<p><b>Financial implications</b> \u2013 {money}</p>")
    b.append("<h2>Other matters raised in the report</h2>")
    b.append("<p>The Committee\u2019s conclusion on emotionally based school avoidance is noted. New guidance on "
             "supporting learners who are anxious about attending school will be issued to schools in "
             "September 2025, and will make clear that absence of this kind should be met with support rather "
             "than sanctions.</p>")
    b.append("</body></html>")
    return "\n".join(b)


def advice_furniture(page, number, count):
    if number == 1:
        return
    f = {"fontname": "dvs", "fontfile": H.DEJAVU + "DejaVuSans.ttf"}
    w, h = page.rect.width, page.rect.height
    page.insert_text((68, 40), TITLE, fontsize=7.5, color=(0.35, 0.35, 0.35), **f)
    page.insert_text((w / 2 - 4, h - 30), str(number), fontsize=9, **f)


def response_furniture(page, number, count):
    if number == 1:
        return
    f = {"fontname": "dvs", "fontfile": H.DEJAVU + "DejaVuSans.ttf"}
    w, h = page.rect.width, page.rect.height
    page.insert_text((w - 68 - 60, h - 30), f"Page {number} of {count}", fontsize=8.5, **f)


HEADS = ("Chair\u2019s foreword", "1. Introduction", "2. Attendance data", "3. Supporting families and learners",
         "4. Getting to school", "5. Targets and accountability", "Annex A: List of recommendations",
         "Annex B: Witnesses")


def rec_pages(pdf: Path) -> dict:
    """Pages of the chapter headings (for the contents) and of each recommendation (for Annex A)."""
    import pymupdf

    out: dict = {}
    with pymupdf.open(pdf) as doc:
        for i, pg in enumerate(doc):
            if i < 3:
                continue
            txt = pg.get_text()
            for t in HEADS:
                if t + "\n" in txt and t not in out:
                    out[t] = i + 1
            if "Annex A: List of recommendations" in out:
                continue
            for n in RECS:
                if f"Recommendation {n}. " in txt and n not in out:
                    out[n] = i + 1
    return out


if __name__ == "__main__":
    a = H.html_to_pdf(advice_html({}), "blind16_en_senedd_advice.pdf")
    pages = rec_pages(a)  # second pass: the annex gives the page of each recommendation
    a = H.html_to_pdf(advice_html(pages), "blind16_en_senedd_advice.pdf")
    assert rec_pages(a) == pages, (rec_pages(a), pages)
    H.stamp(a, advice_furniture)
    r = H.html_to_pdf(response_html(), "blind16_en_senedd_response.pdf")
    H.stamp(r, response_furniture)
    print(a, r, pages)
