"""Blind round 14 (en): UK independent review (final report) + the Government's response command paper.
Engine: LibreOffice Writer headless (HTML -> PDF; Liberation fonts embedded as subsets), A4.

Run from the repository root with a venv outside the repository holding reportlab, fpdf2 and pymupdf
(pymupdf only for the checker) and libreoffice-writer-nogui installed:
    /tmp/blind14enenv/bin/python tests/docs/src/blind14/gen_en_uk_review_lo.py
Writes tests/docs/blind14_en_uk_review_advice.pdf and tests/docs/blind14_en_uk_review_response.pdf;
check with  /tmp/blind14enenv/bin/python tests/docs/src/blind14/_en_b14.py blind14_en_uk_review
LibreOffice output is not byte-reproducible (it writes its own IDs and dates).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _en_b14 as H

CSS = """
<style>
@page { size: 21cm 29.7cm; margin: 2.2cm 2.3cm 2.2cm 2.3cm; }
body { font-family: 'Liberation Sans'; font-size: 10.5pt; }
p { margin-top: 0; margin-bottom: 0.22cm; line-height: 125%; text-align: left; }
h1 { font-family: 'Liberation Sans'; font-size: 17pt; color: #006853; margin-top: 0.2cm; margin-bottom: 0.3cm; }
h2 { font-family: 'Liberation Sans'; font-size: 13pt; color: #006853; margin-top: 0.35cm; margin-bottom: 0.2cm; }
h3 { font-family: 'Liberation Sans'; font-size: 11pt; margin-top: 0.3cm; margin-bottom: 0.15cm; }
td { font-family: 'Liberation Sans'; font-size: 10pt; }
.small { font-size: 8.5pt; }
</style>
"""


def footnote_anchor(n: int) -> str:
    return (f'<a class="sdfootnoteanc" name="sdfootnote{n}anc" href="#sdfootnote{n}sym"><sup>{n}</sup></a>')


def footnote_body(n: int, text: str) -> str:
    return (f'<div id="sdfootnote{n}"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote{n}sym" '
            f'href="#sdfootnote{n}anc">{n}</a> {text}</p></div>')


def page_break() -> str:
    return '<p style="page-break-before: always; margin: 0"></p>'


def header_footer(head: str, foot: str) -> str:
    return (f'<div title="header"><p style="font-size: 8pt; color: #555555; text-align: right">{head}</p></div>'
            f'<div title="footer"><p style="font-size: 8.5pt; text-align: center">'
            f'<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield></p></div>')


RECS = [
    "The Department for Transport should replace the current competitive funding pots for rural bus services "
    "with a single five-year funding settlement for each local transport authority, starting in April 2026.",
    "Allocations to local transport authorities should be made on a published formula that reflects rurality, "
    "population sparsity and the share of residents aged over 70, and no longer on the quality of bids.",
    "The Government should legislate to allow every local transport authority to franchise rural bus networks "
    "without first seeking the consent of the Secretary of State.",
    "The Department should set a national minimum standard of service for rural communities, so that every "
    "settlement of more than 500 people has at least a two-hourly daytime bus service on weekdays.",
    "Local transport authorities should be required to bring home-to-school transport, non-emergency patient "
    "transport and demand-responsive services together in a single commissioning plan for their area.",
    "The Bus Service Operators Grant should be reformed so that payments to operators of rural services are "
    "linked to the distance operated rather than to the fuel consumed.",
    "The Department should publish, by the end of 2025, a rural bus data standard requiring operators to provide "
    "open, real-time timetable and fares information for every rural route.",
]


def advice_html() -> str:
    b = [f"<html><head><meta charset='utf-8'><title>Independent Review of Rural Bus Services</title>{CSS}</head><body>",
         header_footer("Independent Review of Rural Bus Services: Final Report", "")]
    # cover
    b.append("<p style='font-size: 12pt; color: #006853; margin-top: 3cm'><b>INDEPENDENT REVIEW</b></p>"
             "<p style='font-size: 26pt; line-height: 115%'><b>Independent Review of Rural Bus "
             "Services in England</b></p>"
             "<p style='font-size: 16pt'>Final Report</p>"
             "<p style='font-size: 12pt; margin-top: 2cm'>Dame Helen Carver DBE</p>"
             "<p style='font-size: 12pt'>March 2025</p>"
             "<p class='small' style='margin-top: 6cm'>An independent review commissioned by the Secretary of State "
             "for Transport. The views expressed are those of the Chair and the Review panel and do not "
             "necessarily reflect government policy.</p>")
    b.append(page_break())
    b.append("<h1>Contents</h1><table width='100%' cellpadding='2'>")
    for t, p in (("Foreword", "2"), ("Executive summary", "2"), ("Summary of recommendations", "3"),
                 ("1. The state of rural bus services", "3"), ("2. Funding", "4"), ("3. Powers and standards", "4"),
                 ("4. Joining up services", "5"), ("Annex A: Terms of reference", "5")):
        b.append(f"<tr><td>{t}</td><td align='right'>{p}</td></tr>")
    b.append("</table>")
    b.append("<h1>Foreword</h1>"
             "<p>Dear Secretary of State,</p>"
             "<p>I am pleased to present the final report of the Independent Review of Rural Bus Services. Over "
             "nine months the Review panel visited 23 local transport authority areas, held 41 evidence sessions and "
             "received 1,216 written submissions, including more than 600 from passengers.</p>"
             "<p>The message we heard was consistent. Rural bus networks have shrunk by almost a third in a decade, "
             "and those who depend on them most \u2013 young people, older people and people on low incomes \u2013 "
             "have seen their access to work, education and health care narrow. Our seven recommendations are "
             "intended to give authorities the certainty, powers and data they need to rebuild those networks.</p>"
             "<p>Yours sincerely,</p><p><b>Dame Helen Carver DBE</b><br>"
             "Chair, Independent Review of Rural Bus Services</p>")
    b.append("<h1>Executive summary</h1>"
             "<p>Between 2014 and 2024 the number of bus kilometres operated in predominantly rural local authority "
             f"areas fell by 31 per cent.{footnote_anchor(1)} Funding has been awarded through a sequence of "
             "short-term competitive pots, each with its own bidding process, which the authorities we met described "
             "as costly and unpredictable. Authorities outside the mayoral combined authorities cannot franchise "
             "services without the Secretary of State's consent, and no authority is required to plan school, "
             "health and public bus transport together.</p>"
             "<p>We therefore make seven recommendations, set out below and explained in the chapters that follow.</p>")
    b.append("<h2>Summary of recommendations</h2><ol>")
    for r in RECS:
        b.append(f"<li><p>{r}</p></li>")
    b.append("</ol>")
    b.append("<h1>1. The state of rural bus services</h1>"
             "<p>1.1 Rural residents make fewer journeys by bus than urban residents, but they depend on them more: "
             "in the most rural areas 19 per cent of households have no car. Our survey of 2,300 passengers found that "
             "the most common reason for not using the bus was that no service ran at the time needed.</p>"
             f"<p>1.2 Operating costs per kilometre have risen by 38 per cent since 2019{footnote_anchor(2)}, driven "
             "by wages, fuel and insurance, while fare revenue has not recovered to pre-pandemic levels.</p>")
    b.append("<h1>2. Funding</h1>"
             "<p>2.1 Since 2021 rural authorities have been invited to bid for at least six separate funding "
             "streams. One county council told us it had spent \u00a3180,000 on bid preparation in a single year. "
             "Short funding horizons prevent operators from investing in vehicles and staff.</p>"
             f"<p><b>Recommendation 1</b></p><p><i>{RECS[0]}</i></p>"
             "<p>2.2 Competitive allocation rewards capacity to write bids rather than need. A formula would be "
             "simpler and fairer, and would allow authorities to plan.</p>"
             f"<p><b>Recommendation 2</b></p><p><i>{RECS[1]}</i></p>")
    b.append("<h1>3. Powers and standards</h1>"
             "<p>3.1 Franchising gives an authority control over routes, timetables and fares. The Bus Services Act "
             "2017 made it available automatically only to mayoral combined authorities.</p>"
             f"<p><b>Recommendation 3</b></p><p><i>{RECS[2]}</i></p>"
             "<p>3.2 Passengers told us that what matters most is knowing that a bus will run. A minimum standard "
             "would give every community a baseline.</p>"
             f"<p><b>Recommendation 4</b></p><p><i>{RECS[3]}</i></p>")
    b.append("<h1>4. Joining up services</h1>"
             "<p>4.1 In one county we visited, four different vehicles served the same village each morning: a "
             "school bus, a patient transport vehicle, a community minibus and a scheduled bus.</p>"
             f"<p><b>Recommendation 5</b></p><p><i>{RECS[4]}</i></p>"
             "<p>4.2 The Bus Service Operators Grant is paid according to fuel used, which rewards inefficiency and "
             "will not work for zero-emission fleets.</p>"
             f"<p><b>Recommendation 6</b></p><p><i>{RECS[5]}</i></p>"
             "<p>4.3 Passengers cannot use a service they do not know about. Timetable data for rural routes is "
             "often incomplete, and fares data is rarely published at all.</p>"
             f"<p><b>Recommendation 7</b></p><p><i>{RECS[6]}</i></p>")
    b.append("<h2>Annex A: Terms of reference</h2>"
             "<p>The Review was asked to examine the sustainability of bus services in rural England; the funding "
             "and powers available to local transport authorities; and the scope for integrating publicly funded "
             "transport services. It was asked to report to the Secretary of State by March 2025.</p>")
    b.append(footnote_body(1, "Department for Transport, Annual bus statistics: England 2023/24, table BUS02."))
    b.append(footnote_body(2, "Confederation of Passenger Transport, Cost index for bus operations, January 2025."))
    b.append("</body></html>")
    return "\n".join(b)


def quote(nums):
    return "".join(f"<p><b>Recommendation {n}</b></p><p style='margin-left: 1cm'><i>{RECS[n - 1]}</i></p>"
                   for n in nums)


def response_html() -> str:
    b = [f"<html><head><meta charset='utf-8'><title>Government response</title>{CSS}</head><body>",
         header_footer("Government response to the Independent Review of Rural Bus Services", "")]
    b.append("<p style='font-size: 22pt; line-height: 115%; margin-top: 2.5cm'><b>The Government Response to the "
             "Independent Review of Rural Bus Services in England</b></p>"
             "<p style='font-size: 12pt; margin-top: 1.2cm'>Presented to Parliament<br>by the Secretary of State for "
             "Transport<br>by Command of His Majesty</p>"
             "<p style='font-size: 12pt'>July 2025</p>"
             "<p style='font-size: 12pt; margin-top: 1cm'><b>CP 1287</b></p>"
             "<p class='small' style='margin-top: 7cm'>\u00a9 Crown copyright 2025. This publication is licensed "
             "under the terms of the Open Government Licence v3.0 except where otherwise stated.<br>"
             "ISBN 978-1-5286-5521-0 &nbsp; E03317742 07/25</p>")
    b.append(page_break())
    b.append("<h1>Ministerial foreword</h1>"
             "<p>Buses are the most used form of public transport in this country, and in many villages they are "
             "the only one. I want to thank Dame Helen Carver and the Review panel for a thorough and clear-sighted "
             "report, and the many passengers, operators and councils who gave evidence.</p>"
             "<p>This Government has already acted: the Bus Services (No. 2) Bill is before Parliament, and the "
             "\u00a33 fare cap has been extended to the end of 2025. This document sets out our response to the "
             "Review's seven recommendations, grouped by theme.</p>"
             "<p><b>Rt Hon Simon Ashworth MP</b><br>Minister for Local Transport</p>")
    b.append("<h1>Our response to the recommendations</h1>")
    b.append("<h2>Funding (Recommendations 1 and 2)</h2>" + quote([1, 2]))
    b.append("<h3>Government response</h3>"
             "<p>The Government accepts the case for longer-term, more predictable funding. From April 2026 each "
             "local transport authority will receive a single allocation for three years, aligned with the Spending "
             "Review period, rather than the five-year settlement the Review proposes: the Department cannot commit "
             "funding beyond the current Spending Review.</p>"
             "<p>We agree that allocations should no longer depend on the quality of bids. The new allocations will "
             "be made on a published formula, and we will consult on its weighting for rurality, sparsity and age "
             "profile in September 2025. Competitive bidding for revenue funding will end after the 2025\u201326 "
             "round.</p>")
    b.append("<h2>Franchising powers (Recommendation 3)</h2>" + quote([3]))
    b.append("<h3>Government response</h3>"
             "<p>We agree. The Bus Services (No. 2) Bill, introduced in the House of Lords on 17 December 2024, will "
             "give every local transport authority in England the power to franchise without the consent of the "
             "Secretary of State. We expect Royal Assent in the autumn, and will publish revised franchising "
             "guidance within three months of it.</p>")
    b.append("<h2>A minimum standard of service (Recommendation 4)</h2>" + quote([4]))
    b.append("<h3>Government response</h3>"
             "<p>The Government does not accept this recommendation. Rural areas differ too widely for a single "
             "national standard to be meaningful, and a standard set in Whitehall without the funding to meet it "
             "would raise expectations that could not be met. Authorities will instead be asked to set their own "
             "service standards in their Bus Service Improvement Plans, and to report against them each year.</p>")
    b.append("<h2>Bus Service Operators Grant (Recommendation 6)</h2>" + quote([6]))
    b.append("<h3>Government response</h3>"
             "<p>The Government accepts this recommendation. We will consult in autumn 2025 on replacing the "
             "fuel-based rate with a rate per kilometre operated, with the new rate taking effect from April 2027. "
             "The change will also remove the disincentive to operate zero-emission buses.</p>")
    b.append("<h2>Joining up services (Recommendation 5)</h2>" + quote([5]))
    b.append("<h3>Government response</h3>"
             "<p>Responsibility for home-to-school transport rests with local authorities, and for non-emergency "
             "patient transport with integrated care boards. We note the Review's recommendation and the examples of "
             "duplication it describes. We will consider, in preparing the Integrated National Transport Strategy "
             "due in 2026, whether a statutory duty to commission these services jointly is needed.</p>")
    b.append("<h1>Next steps</h1>"
             "<p>The Department will publish a progress report on the implementation of this response in summer "
             "2026. We will continue to work with the Local Government Association, the Confederation of Passenger "
             "Transport and passenger groups as the reforms are developed.</p>")
    b.append("</body></html>")
    return "\n".join(b)


if __name__ == "__main__":
    for html, name in ((advice_html(), "blind14_en_uk_review_advice.pdf"),
                       (response_html(), "blind14_en_uk_review_response.pdf")):
        p = H.html_to_pdf(html, name)
        print(p.name, p.stat().st_size)
