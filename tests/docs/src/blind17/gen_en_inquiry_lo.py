"""Blind round 17 (en): UK independent inquiry into a public service failure (loss of water supply) + the
Government's response, which answers the recommendations theme by theme.
Engine: LibreOffice Writer headless (HTML -> PDF; Liberation fonts embedded as subsets), A4; running header and
page numbers stamped afterwards with PyMuPDF (DejaVu Sans), because Writer's HTML import puts header/footer divs
on odd pages only; contents page numbers from a first pass; footnotes are Writer footnotes.

Run from the repository root with a venv outside the repository holding reportlab, fpdf2 and pymupdf, and
libreoffice-writer-nogui installed:
    /tmp/blind17enenv/bin/python tests/docs/src/blind17/gen_en_inquiry_lo.py
Writes tests/docs/blind17_en_inquiry_advice.pdf and tests/docs/blind17_en_inquiry_response.pdf; check with
    /tmp/blind17enenv/bin/python tests/docs/src/blind17/_en_b17.py blind17_en_inquiry
LibreOffice output is not byte-reproducible (it writes its own IDs and dates).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _en_b17 as H

TITLE = "Independent Inquiry into the Loss of Water Supply in East Kent"
BLUE = "#0b3c5d"

CSS = f"""
<style>
@page {{ size: 21cm 29.7cm; margin: 2.5cm 2.4cm 2.4cm 2.4cm; }}
body {{ font-family: 'Liberation Serif'; font-size: 11.5pt; }}
p {{ margin-top: 0; margin-bottom: 0.22cm; line-height: 125%; }}
h1 {{ font-family: 'Liberation Sans'; font-size: 19pt; color: {BLUE}; margin-top: 0.2cm; margin-bottom: 0.4cm; }}
h2 {{ font-family: 'Liberation Sans'; font-size: 13pt; color: {BLUE}; margin-top: 0.4cm; margin-bottom: 0.2cm; }}
h3 {{ font-family: 'Liberation Sans'; font-size: 11.5pt; margin-top: 0.3cm; margin-bottom: 0.15cm; }}
td {{ font-family: 'Liberation Serif'; font-size: 11.5pt; }}
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


_ch = 0
_n = 0


def chapter(title: str) -> str:
    global _ch, _n
    _ch += 1
    _n = 0
    return f"<h1>{_ch}. {title}</h1>"


def np(text: str) -> str:
    """Numbered paragraph 'chapter.n' in a number column."""
    global _n
    _n += 1
    return (f"<table width='100%' cellpadding='0' cellspacing='0' style='margin-bottom: 0.12cm'><tr>"
            f"<td width='9%' valign='top'><p>{_ch}.{_n}</p></td><td width='91%'><p>{text}</p></td></tr></table>")


RECS = {
    1: "The Government should require every water company to hold at least 48 hours of treated water storage "
       "for each supply zone serving more than 10,000 people, to be in place by 2030.",
    2: "The Government should legislate to place a duty on water companies to deliver bottled water within 12 "
       "hours to every customer on the Priority Services Register whose supply is interrupted.",
    3: "The Drinking Water Inspectorate should audit the resilience of every water treatment works serving more "
       "than 50,000 people, and publish the results by March 2027.",
    4: "Ofwat should increase the payment due to households under the Guaranteed Standards Scheme for an "
       "unplanned interruption to \u00a3100 for the first 12 hours and \u00a350 for each further 12 hours.",
    5: "Southern Coast Water should commission an independent review of its incident management arrangements "
       "and publish the review in full.",
    6: "Southern Coast Water should replace the telemetry and control systems at Barham and Denstead treatment "
       "works, and install back-up power at both sites, by the end of 2026.",
    7: "The Government should establish a standing body, independent of the regulators, to investigate major "
       "failures of water supply, with powers to require evidence from companies and regulators.",
    8: "Local resilience forums whose areas depend on a single water treatment works should exercise their "
       "response to a loss of supply lasting several days at least once every three years.",
    9: "The Government should report to Parliament on its progress in implementing these recommendations "
       "within 12 months of the publication of this report.",
}


def rec(n: int) -> str:
    return (f"<table width='100%' cellpadding='8' cellspacing='0' bgcolor='#e6eef4' "
            f"style='margin-top: 0.15cm; margin-bottom: 0.3cm'><tr><td>"
            f"<p style='font-family: Liberation Sans; margin-bottom: 0.1cm'><b>Recommendation {n}</b></p>"
            f"<p style='font-family: Liberation Sans; margin-bottom: 0'>{RECS[n]}</p></td></tr></table>")


HEADS = ("Chair\u2019s foreword", "Summary of recommendations", "1. The inquiry", "2. What happened",
         "3. The resilience of the supply system", "4. Looking after customers",
         "5. Oversight and accountability", "Annex A: Terms of reference", "Annex B: Evidence received")


def advice_html(pages: dict) -> str:
    global _ch
    _ch = 0
    b = [f"<html><head><meta charset='utf-8'><title>{TITLE}</title>{CSS}</head><body>"]
    b.append(f"<p style='font-family: Liberation Sans; font-size: 12pt; color: {BLUE}; margin-top: 1cm'>"
             "<b>INDEPENDENT INQUIRY</b></p>"
             f"<p style='font-family: Liberation Sans; font-size: 28pt; color: {BLUE}; margin-top: 3cm; "
             "line-height: 110%'><b>The Loss of Water Supply in East Kent, December 2024</b></p>"
             "<p style='font-family: Liberation Sans; font-size: 15pt; margin-top: 0.6cm'>Report of the "
             "Independent Inquiry</p>"
             "<p style='font-family: Liberation Sans; font-size: 12pt; margin-top: 0.3cm'>Chair: Dame Ruth "
             "Ellery DBE</p>"
             "<p style='font-size: 10pt; margin-top: 5cm'>Presented to Parliament by the Secretary of State for "
             "Environment, Food and Rural Affairs by Command of His Majesty</p>"
             "<p style='font-size: 10pt'>September 2025</p><p style='font-size: 10pt'><b>CP 1384</b></p>")
    b.append(page_break())
    b.append("<p class='small' style='margin-top: 12cm'>\u00a9 Crown copyright 2025</p>"
             "<p class='small'>This publication is licensed under the terms of the Open Government Licence v3.0 "
             "except where otherwise stated. Where we have identified any third party copyright information you "
             "will need to obtain permission from the copyright holders concerned.</p>"
             "<p class='small'>This publication is available at www.gov.uk/official-documents.</p>"
             "<p class='small'>ISBN 978-1-5286-5702-7<br>E03390012 09/25</p>")
    b.append(page_break())
    b.append("<h1>Contents</h1><table width='100%' cellpadding='3'>")
    for t in HEADS:
        b.append(f"<tr><td>{t}</td><td align='right' width='10%'>{pages.get(t, 0)}</td></tr>")
    b.append("</table>")
    b.append(page_break())
    b.append("<h1>Chair\u2019s foreword</h1>")
    b.append("<p>On the morning of 9 December 2024 more than 24,000 homes and businesses in East Kent lost their "
             "water supply. For some, it did not return for six days. Schools closed, a hospital postponed "
             "operations and people who depend on water for their health waited in the cold for bottled water "
             "that, for many, never came.</p>"
             "<p>I was asked by the Secretary of State to find out why this happened and what must change so "
             "that it does not happen again. I have heard from hundreds of residents, from the company, the "
             "regulators, the local resilience forum and the emergency services. I am grateful to all of them, "
             "and above all to the residents who told me what those six days were like.</p>"
             "<p>My recommendations are addressed to the Government, to the regulators, to the company and to "
             "local responders. None of them is complicated. All of them are overdue.</p>"
             "<p><b>Dame Ruth Ellery DBE</b><br>Chair of the Inquiry</p>")
    b.append(page_break())
    b.append("<h1>Summary of recommendations</h1>")
    b.append("<p>The recommendations below are set out in full in the chapters of this report, where the reasons "
             "for each are explained.</p>")
    for n, t in RECS.items():
        b.append(f"<table width='100%' cellpadding='0' cellspacing='0' style='margin-bottom: 0.15cm'><tr>"
                 f"<td width='6%' valign='top'><p><b>{n}.</b></p></td><td width='94%'><p>{t}</p></td></tr></table>")
    b.append(page_break())
    b.append(chapter("The inquiry"))
    b.append(np("The Secretary of State for Environment, Food and Rural Affairs announced this inquiry on "
                f"19 December 2024.{fn(1)} Its terms of reference are at Annex A. The inquiry was not a "
                "statutory inquiry and had no power to compel evidence, but every organisation it approached "
                "cooperated fully."))
    b.append(np("The inquiry received 612 written submissions, held four public sessions in Canterbury, "
                "Margate and Deal, and took evidence from the organisations listed at Annex B."))
    b.append(chapter("What happened"))
    b.append(np("Barham and Denstead treatment works together supply about 62,000 properties in East Kent. On "
                "8 December 2024 a power failure at Barham caused the works to shut down. The telemetry system "
                "that should have alerted the control room did not do so, and the shutdown was not discovered "
                "for more than three hours."))
    b.append(np("By the time Barham was restarted, treated water storage in the area had fallen to a few hours "
                "of demand. Denstead could not make up the shortfall, and from the early morning of 9 December "
                "supplies to 24,300 properties failed. Supplies were not fully restored until 15 December."))
    b.append(np("Southern Coast Water opened four bottled water stations, but deliveries to customers on its "
                "Priority Services Register did not begin until the evening of 10 December, some 36 hours after "
                f"supplies failed.{fn(2)} Many vulnerable customers received nothing until the third day."))
    b.append(chapter("The resilience of the supply system"))
    b.append(np("The scale of the incident was the result of a single point of failure combined with very "
                "little storage. The affected supply zones held on average 14 hours of treated water, well "
                "below the 24 to 48 hours common elsewhere in England."))
    b.append(rec(1))
    b.append(np("The Drinking Water Inspectorate inspects water quality, but no regulator systematically "
                "assesses whether treatment works can keep running when equipment or power fails."))
    b.append(rec(3))
    b.append(np("The telemetry at Barham was more than 20 years old. The company had identified its replacement "
                "as a priority in 2019 but deferred the work twice."))
    b.append(rec(6))
    b.append(np("The company's incident management plan had not been tested in a scenario lasting more than 24 "
                "hours, and senior managers gave us conflicting accounts of who was in charge on 9 December."))
    b.append(rec(5))
    b.append(chapter("Looking after customers"))
    b.append(np("The Priority Services Register lists customers who need extra help during an interruption. "
                "There is no legal standard for how quickly they must receive alternative supplies; the "
                f"company's own target was 24 hours and it did not meet it.{fn(3)}"))
    b.append(rec(2))
    b.append(np("Households received \u00a330 for the first 12 hours of interruption under the Guaranteed "
                "Standards Scheme and \u00a330 for each further 24 hours. Many told us that this did not cover "
                "the cost of buying water, finding somewhere to wash or losing a day's work."))
    b.append(rec(4))
    b.append(np("Kent Resilience Forum declared a major incident on 10 December. Its members had exercised a "
                "loss of water supply in 2017, but only for a period of 24 hours."))
    b.append(rec(8))
    b.append(chapter("Oversight and accountability"))
    b.append(np("Each of the regulators examined part of what went wrong, but none looked at the whole. The "
                "Drinking Water Inspectorate's investigation is still open, and Ofwat's enforcement case "
                "concerns the company's licence conditions rather than the causes of the failure."))
    b.append(rec(7))
    b.append(np("Residents told us that they had seen reports on earlier incidents come and go without change. "
                "Progress on these recommendations should be reported publicly."))
    b.append(rec(9))
    b.append(page_break())
    b.append("<h1>Annex A: Terms of reference</h1>")
    b.append("<p>The inquiry will establish the causes of the loss of water supply in East Kent from 9 to 15 "
             "December 2024; examine the response of Southern Coast Water, the regulators and local responders; "
             "and make recommendations to reduce the risk of a similar failure and to improve the support given "
             "to customers.</p>")
    b.append("<h1>Annex B: Evidence received</h1>")
    b.append("<table width='100%' cellpadding='3' border='1' cellspacing='0'>"
             "<tr><td><b>Organisation</b></td><td><b>Session</b></td></tr>"
             "<tr><td>Southern Coast Water</td><td>Canterbury, 11 March 2025</td></tr>"
             "<tr><td>Drinking Water Inspectorate</td><td>Canterbury, 12 March 2025</td></tr>"
             "<tr><td>Ofwat</td><td>Margate, 2 April 2025</td></tr>"
             "<tr><td>Kent Resilience Forum</td><td>Deal, 16 April 2025</td></tr>"
             "<tr><td>Consumer Council for Water</td><td>Deal, 16 April 2025</td></tr></table>")
    b.append(fn_body(1, "HC Deb, 19 December 2024, col 1422."))
    b.append(fn_body(2, "Southern Coast Water, incident log, entries 9 to 10 December 2024 (evidence SCW-14)."))
    b.append(fn_body(3, "Southern Coast Water, Priority Services Register policy, version 4 (2023), section 6."))
    b.append("</body></html>")
    return "\n".join(b)


# ---------------------------------------------------------------- the response

THEMES = [
    ("Theme 1: The resilience of the water supply system", [
        ((1,), ["The Government accepts this recommendation. We will set a requirement for a minimum of 48 "
                "hours of treated water storage in the statutory guidance on water resources management plans, "
                "and Ofwat will take the investment needed into account at the next price review.",
                "Companies will be required to show how they will meet the requirement by 2030, or explain to "
                "the regulator why an alternative means of securing supply gives equivalent protection."]),
        ((3,), ["Accepted. The Drinking Water Inspectorate has begun a programme of resilience audits at the 46 "
                "treatment works in England that serve more than 50,000 people. It will publish its findings, "
                "works by works, in its annual report for 2026, before the March 2027 deadline proposed by the "
                "inquiry."]),
    ]),
    ("Theme 2: Supporting customers during an interruption", [
        ((2,), ["The Government agrees that customers on the Priority Services Register must receive "
                "alternative supplies quickly and that a clear standard is needed.",
                "We do not consider that primary legislation is necessary. Instead, the Secretary of State will "
                "issue a direction under the Security and Emergency Measures Direction requiring companies to "
                "deliver bottled water to registered customers within 24 hours. A 12-hour standard would not be "
                "deliverable in rural areas during severe weather, and we will review the standard in 2028."]),
        ((4,), ["The levels of payment under the Guaranteed Standards Scheme are set in regulations, but the "
                "Government acts on Ofwat's advice in setting them. The Secretary of State has asked Ofwat to "
                "consider the inquiry's proposal as part of its review of the scheme, which will report in "
                "2026, and will decide then whether any change is needed."]),
    ]),
    ("Theme 3: Oversight and accountability", [
        ((7,), ["The Government does not accept this recommendation. The Water (Special Measures) Act 2025 and "
                "the creation of a single water regulator will bring economic and quality regulation together, "
                "and the new regulator will have powers to investigate major incidents. A further standing body "
                "would duplicate those powers and blur accountability."]),
        ((9,), ["The Government will report on its progress in a written ministerial statement 12 months after "
                "the publication of the inquiry's report. That statement will cover the recommendations made to "
                "Government and to the regulators. Progress on the recommendations made to the company will be "
                "reported by the company itself, and the Government will not report on them separately."]),
    ]),
    ("Theme 4: The company's response", [
        ((5, 6), ["Recommendations 5 and 6 are addressed to Southern Coast Water, which has accepted both. The "
                  "Government welcomes this and expects the company to deliver them in full.",
                  "The company commissioned an independent review of its incident management in July 2025 and "
                  "has undertaken to publish it without redaction. Replacement of the telemetry systems at "
                  "Barham and Denstead began in August 2025, with back-up generation to be commissioned at both "
                  "sites by November 2026. The Drinking Water Inspectorate will monitor both commitments."]),
    ]),
    ("Theme 5: Local preparedness", [
        ((8,), ["Agreed. The Government will update the guidance to local resilience forums so that those "
                "depending on a single treatment works exercise a multi-day loss of supply at least every three "
                "years. Kent Resilience Forum will hold the first such exercise in spring 2026."]),
    ]),
]


def response_html() -> str:
    b = [f"<html><head><meta charset='utf-8'><title>Government response</title>{CSS}</head><body>"]
    b.append("<p style='font-family: Liberation Sans; font-size: 11pt; margin-top: 1cm'><b>Department for "
             "Environment, Food &amp; Rural Affairs</b></p>"
             f"<p style='font-family: Liberation Sans; font-size: 24pt; color: {BLUE}; margin-top: 3cm; "
             "line-height: 115%'><b>Government response to the Independent Inquiry into the Loss of Water "
             "Supply in East Kent</b></p>"
             "<p style='font-size: 10pt; margin-top: 6cm'>Presented to Parliament by the Secretary of State for "
             "Environment, Food and Rural Affairs by Command of His Majesty</p>"
             "<p style='font-size: 10pt'>January 2026</p><p style='font-size: 10pt'><b>CP 1466</b></p>")
    b.append(page_break())
    b.append("<h1>Ministerial foreword</h1>")
    b.append("<p>The loss of water supply in East Kent in December 2024 should never have happened. I want to "
             "thank Dame Ruth Ellery and her team for a clear and thorough report, and the people of East Kent "
             "who gave evidence about the hardship they suffered.</p>"
             "<p>This response sets out how the Government, the regulators and the company will act on the "
             "inquiry\u2019s recommendations. We accept most of them in full. Where we have chosen a different "
             "route, we explain why. The responses are grouped by theme rather than in the order of the "
             "report.</p>"
             "<p><b>Rt Hon Daniel Marsh MP</b><br>Secretary of State for Environment, Food and Rural Affairs</p>")
    b.append("<h1>Summary</h1>")
    b.append("<p>The inquiry made nine recommendations, four of them to the Government. Of those four, the "
             "Government accepts one in full and two in part, and does not accept one. The other five are for "
             "Ofwat, the Drinking Water Inspectorate, Southern Coast Water and local resilience forums; the "
             "Government\u2019s position on each is set out below.</p>")
    for theme, items in THEMES:
        b.append(f"<h2>{theme}</h2>")
        for nums, paras in items:
            head = (f"Recommendation {nums[0]}" if len(nums) == 1
                    else f"Recommendations {nums[0]} and {nums[1]}")
            b.append(f"<h3>{head}</h3>")
            for n in nums:
                b.append(f"<p style='margin-left: 0.8cm; margin-right: 0.8cm'><i>\u201c{RECS[n]}\u201d</i></p>")
            b.append("<p><b>Government response</b></p>")
            for p in paras:
                b.append(f"<p>{p}</p>")
    b.append("<h2>Support for affected households</h2>")
    b.append("<p>Although the inquiry made no recommendation on the matter, the Government has agreed with "
             "Southern Coast Water that every household whose supply was interrupted for more than 48 hours will "
             "receive an additional goodwill payment of \u00a3150, over and above the statutory payments.</p>")
    b.append("</body></html>")
    return "\n".join(b)


def advice_furniture(page, number, count):
    if number == 1:
        return
    f = {"fontname": "dvs", "fontfile": H.DEJAVU + "DejaVuSans.ttf"}
    w, h = page.rect.width, page.rect.height
    if number > 3:
        page.insert_text((68, 40), "The Loss of Water Supply in East Kent, December 2024", fontsize=7.5,
                         color=(0.35, 0.35, 0.35), **f)
    page.insert_text((w / 2 - 4, h - 32), str(number), fontsize=9, **f)


def response_furniture(page, number, count):
    if number == 1:
        return
    f = {"fontname": "dvs", "fontfile": H.DEJAVU + "DejaVuSans.ttf"}
    w, h = page.rect.width, page.rect.height
    page.insert_text((68, 40), "Government response to the Independent Inquiry into the Loss of Water Supply in "
                     "East Kent", fontsize=7.5, color=(0.35, 0.35, 0.35), **f)
    page.insert_text((w / 2 - 4, h - 32), str(number), fontsize=9, **f)


def head_pages(pdf: Path) -> dict:
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
    return out


if __name__ == "__main__":
    a = H.html_to_pdf(advice_html({}), "blind17_en_inquiry_advice.pdf")
    pages = head_pages(a)
    a = H.html_to_pdf(advice_html(pages), "blind17_en_inquiry_advice.pdf")
    assert head_pages(a) == pages, (head_pages(a), pages)
    H.stamp(a, advice_furniture)
    r = H.html_to_pdf(response_html(), "blind17_en_inquiry_response.pdf")
    H.stamp(r, response_furniture)
    print(a, r, pages)
