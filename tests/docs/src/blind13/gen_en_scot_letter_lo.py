"""Blind round 13: Scottish Parliament committee report + Scottish Government letter to the Convener
(HTML -> PDF with LibreOffice Writer headless).

Makes tests/docs/blind13_en_scot_letter_advice.pdf and _response.pdf.
Run from the repository root with a venv that has pymupdf (only for _en_helpers' checker) and with
Debian's libreoffice-writer-nogui and fonts-liberation installed:
    /tmp/blind13enenv/bin/python tests/docs/src/blind13/gen_en_scot_letter_lo.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _en_helpers import html_to_pdf

CSS = """
@page { size: 21cm 29.7cm; margin: 2cm 2.3cm 2cm 2.3cm; }
body { font-family: 'Liberation Sans'; font-size: 10.5pt; }
p { margin-top: 0; margin-bottom: 0.25cm; line-height: 135%; }
h1 { font-size: 20pt; color: #4b2a6b; margin-bottom: 0.3cm; }
h2 { font-size: 14pt; color: #4b2a6b; margin-top: 0.5cm; margin-bottom: 0.2cm; }
h3 { font-size: 11pt; margin-top: 0.3cm; margin-bottom: 0.15cm; }
ol { margin-top: 0; margin-bottom: 0; }
li { margin-bottom: 0.22cm; line-height: 135%; }
.hdr { font-size: 8pt; color: #555555; }
.ftr { font-size: 8pt; color: #555555; text-align: right; }
.small { font-size: 8.5pt; }
"""


def page(body: str, header: str, footer: str, css: str = CSS) -> str:
    hdr = f'<div title="header"><p class="hdr">{header}</p></div>' if header else ""
    ftr = ('<div title="footer"><p class="ftr">' + footer
           + '<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield></p></div>')
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{css}</style></head>'
            f"<body>{hdr}{ftr}{body}</body></html>")


def fn_anchor(n: int) -> str:
    return f'<a class="sdfootnoteanc" name="sdfootnote{n}anc" href="#sdfootnote{n}sym"><sup>{n}</sup></a>'


def fn_body(n: int, text: str) -> str:
    return (f'<div id="sdfootnote{n}"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote{n}sym" '
            f'href="#sdfootnote{n}anc">{n}</a>{text}</p></div>')


def ol(start: int, items: list[str]) -> str:
    """Numbered paragraphs as a borderless two-column table (number | text), as exported from Word."""
    rows = "".join(
        f'<tr><td width="7%" valign="top"><p>{n}.</p></td><td width="93%" valign="top"><p>{text}</p></td></tr>'
        for n, text in enumerate(items, start)
    )
    return f'<table width="100%" cellpadding="0" cellspacing="0" style="border:none">{rows}</table>'


def advice() -> None:
    body = f"""
<p>&nbsp;</p><p>&nbsp;</p>
<p style="font-size:13pt; color:#4b2a6b"><b>Criminal Justice Committee</b><br/>Comataidh Ceartas Eucorach</p>
<p>&nbsp;</p>
<h1>Inquiry into the use of remand</h1>
<p style="font-size:12pt">6th Report, 2025 (Session 6)</p>
<p>&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p>
<p class="small">Published in Scotland by the Scottish Parliamentary Corporate Body.<br/>
All documents are available on the Scottish Parliament website at: www.parliament.scot/documents</p>
<p class="small">SP Paper 742</p>
<h2 style="page-break-before: always">Contents</h2>
<p>Membership changes<br/>Introduction<br/>The remand population<br/>Bail supervision<br/>Electronic monitoring
of bail<br/>Conditions for people held on remand<br/>Data and information<br/>Annexe A: Extracts from the
minutes of the Criminal Justice Committee</p>
<h2>Criminal Justice Committee</h2>
<p>To consider and report on matters falling within the responsibility of the Cabinet Secretary for Justice and
Home Affairs, and matters relating to the Scottish Courts and Tribunals Service.</p>
<p><b>Convener</b> Fiona Drummond MSP &nbsp;&nbsp; <b>Deputy Convener</b> Alasdair Bain MSP<br/>
<b>Members</b> Kirsty Lennox MSP, Ross Menzies MSP, Pauline McArthur MSP, Euan Sinclair MSP, Iain Watt MSP</p>
<h2>Introduction</h2>
{ol(1, [
 "In September 2024 the Committee agreed to hold an inquiry into the use of remand in Scotland. Our aim was to "
 "understand why so many people are held in custody before trial or sentence, and whether the alternatives "
 "available to courts are working as Parliament intended when it passed the Bail and Release from Custody "
 "(Scotland) Act 2023.",
 "We issued a call for views that received 58 responses, held six evidence sessions and visited HMP Barlinnie "
 "and HMP &amp; YOI Stirling. We are grateful to everyone who contributed, and in particular to the people "
 "with lived experience of remand who spoke to us in private.",
 "This report sets out our findings and recommendations. Our recommendations and conclusions are highlighted in "
 "bold text throughout. We look forward to receiving the Scottish Government's response.",
])}
<h2>The remand population</h2>
{ol(4, [
 "On an average day in 2024, around 2,000 people were held on remand, roughly a quarter of the prison "
 "population." + fn_anchor(1) + " The proportion is higher for women and for young people, and the average "
 "time spent on remand has grown since 2020, largely because of the backlog of solemn cases in the courts.",
 "Witnesses agreed that remand is sometimes necessary to protect victims and the public. But many also told us "
 "that people are remanded because there is no suitable address, no bail supervision available locally, or "
 "because a sheriff lacks confidence in the alternatives.",
 "Of those remanded in 2022-23, almost half did not go on to receive a custodial sentence." + fn_anchor(2),
 "The 2023 Act requires courts to consider whether remand is necessary and to record their reasons. It is too "
 "early to say what difference this has made, and several witnesses told us that practice has changed little.",
 "Victim support organisations stressed that any move to reduce remand must be matched by proper risk "
 "assessment and by keeping victims informed.",
 "<b>The Committee is concerned that Scotland continues to have one of the highest remand rates in Western "
 "Europe, and that so many of those remanded do not go on to receive a custodial sentence.</b>",
])}
<h2>Bail supervision</h2>
{ol(10, [
 "Bail supervision allows a person to be released under the supervision of a local authority justice social "
 "worker. Funding is currently provided to local authorities through section 27 grant, but services differ "
 "widely in scope and availability.",
 "Social Work Scotland told us that in some areas bail supervision is available only on weekdays and only for "
 "people appearing from custody in the morning. Sheriffs in those areas therefore cannot use it for many "
 "cases that appear later in the day or over the weekend.",
 "We heard positive evidence about the service in Glasgow, where an assessment is offered to every person "
 "appearing from custody. Uptake there has doubled since 2021.",
 "<b>The Committee welcomes the additional funding for bail supervision announced in the 2025-26 Budget.</b>",
 "<b>The Committee recommends that the Scottish Government fund bail supervision services on a national "
 "basis, so that every sheriff court area has access to the same level of service by April 2026.</b>",
 "<b>We also ask the Scottish Government to set out how it will ensure that bail supervision assessments are "
 "available to courts at weekends and on public holidays.</b>",
])}
<h2>Electronic monitoring of bail</h2>
{ol(16, [
 "Electronic monitoring of bail has been available since May 2022. Around 1,100 orders were made in 2024. "
 "Witnesses were broadly supportive, but several raised concerns about equipment failures and about the "
 "absence of published information on outcomes.",
 "The Scottish Government told us that it intends to extend the use of electronic monitoring, including "
 "through the use of GPS technology.",
 "<b>The Committee calls on the Scottish Government to publish an independent evaluation of electronic "
 "monitoring of bail before any further expansion of its use.</b>",
])}
<h2>Conditions for people held on remand</h2>
{ol(19, [
 "People on remand are presumed innocent, yet we heard that they often have less access to work, education and "
 "exercise than convicted prisoners. Prison staff explained that this is partly because remand prisoners may "
 "be in custody for only a few days, and partly because of pressure on space.",
 "We were also told that remand and convicted prisoners are frequently held together, contrary to the "
 "expectations of the European Prison Rules.",
 "<b>The Committee recommends that the Scottish Prison Service ensure that people on remand are offered "
 "access to work, education and purposeful activity on the same basis as convicted prisoners.</b>",
 "<b>The Committee further recommends that the Scottish Government review the Prison Rules so that "
 "remand prisoners are held separately from convicted prisoners wherever practicable.</b>",
])}
<h2>Data and information</h2>
{ol(23, [
 "It proved surprisingly difficult to establish basic facts about remand, such as how long people spend on "
 "remand before their case concludes. Data are held by several bodies and are published annually, some time "
 "after the period to which they relate.",
 "<b>The Committee recommends that the Scottish Government and the Scottish Courts and Tribunals Service "
 "publish quarterly data on the length of time people spend on remand, broken down by offence type, sex and "
 "age.</b>",
 "<b>The Committee believes that guidance on bail conditions would promote consistency and invites the "
 "Scottish Sentencing Council to consider including such guidance in its next business plan.</b>",
 "We will continue to monitor the use of remand and intend to return to this subject in 2026.",
])}
<h2 style="page-break-before: always">Annexe A: Extracts from the minutes of the Criminal Justice Committee</h2>
<p><b>24th Meeting, 2024 (Session 6), Wednesday 18 September 2024</b><br/>Work programme: The Committee agreed
to hold an inquiry into the use of remand.</p>
<p><b>9th Meeting, 2025 (Session 6), Wednesday 12 March 2025</b><br/>Inquiry into the use of remand (in
private): The Committee considered and agreed a draft report.</p>
{fn_body(1, "Scottish Government, Scottish Prison Population Statistics 2023-24, published 30 July 2024.")}
{fn_body(2, "Scottish Government, Criminal Proceedings in Scotland 2022-23, table 9.")}
"""
    html_to_pdf(page(body, "Criminal Justice Committee — Inquiry into the use of remand, 6th Report, 2025 "
                           "(Session 6)", ""), "blind13_en_scot_letter_advice.pdf")


def response() -> None:
    css = CSS.replace("font-size: 10.5pt", "font-size: 11pt").replace("line-height: 135%", "line-height: 128%")
    body = """
<table width="100%" cellpadding="0" cellspacing="0" style="border:none"><tr>
<td width="60%" valign="top"><p style="font-size:9pt"><b>Cabinet Secretary for Justice and Home Affairs</b><br/>
Rùnaire a' Chaibineit airson Ceartas agus Cùisean Dachaigh<br/>Angela Kerr MSP</p>
<p style="font-size:9pt">T: 0300 244 4000<br/>E: scottish.ministers@gov.scot</p></td>
<td width="40%" valign="top" align="right"><p style="font-size:15pt; color:#0065bd"><b>Scottish Government</b><br/>
<span style="font-size:11pt">Riaghaltas na h-Alba<br/>gov.scot</span></p></td></tr></table>
<p>&nbsp;</p>
<p>Fiona Drummond MSP<br/>Convener<br/>Criminal Justice Committee<br/>The Scottish Parliament<br/>Edinburgh<br/>
EH99 1SP</p>
<p style="text-align:right">23 May 2025</p>
<p>Dear Fiona,</p>
<p><b>INQUIRY INTO THE USE OF REMAND</b></p>
<p>Thank you for the Committee's 6th Report of 2025, <i>Inquiry into the use of remand</i>, published on 28
March. I am grateful to the Committee for a thorough and thoughtful report, and to everyone who gave evidence,
particularly those who spoke about their own experience of being held on remand. I set out the Scottish
Government's response below, grouped under the Committee's headings. References are to paragraphs of the
report.</p>
<p><b>The remand population</b></p>
<p>I share the concern expressed at paragraph 9. Remand is necessary in some cases to protect victims and the
public, but it should be used only where there is no suitable alternative. The latest figures show the remand
population falling by 6% over the past year, and the Scottish Government will continue to monitor the effect of
the 2023 Act closely.</p>
<p><b>Bail supervision</b></p>
<p>I welcome the Committee's recognition at paragraph 13 of this year's additional investment. On paragraph 14,
I agree that access to bail supervision should not depend on which court a person appears in. From 2025-26,
funding for bail supervision will be allocated to local authorities through a national formula with a common
service specification, and I expect every sheriff court area to have a service meeting that specification by
April 2026.</p>
<p>Turning to paragraph 15, weekend and public holiday cover is more difficult to achieve. Courts sit on
Saturdays and public holidays only for custody cases, and demand varies greatly between areas. We will fund
weekend assessments in the four busiest sheriffdoms from October 2025, but I am not in a position to commit to
nationwide cover until we have evidence of how those services are used.</p>
<p><b>Electronic monitoring</b></p>
<p>The Scottish Government accepts the recommendation at paragraph 18. An independent evaluation of electronic
monitoring of bail has been commissioned from the Scottish Centre for Crime and Justice Research, and its
report will be published in the autumn. Decisions on the use of GPS technology will not be taken until the
evaluation has been considered.</p>
<p><b>Conditions for people held on remand</b></p>
<p>I have discussed paragraph 21 with the Chief Executive of the Scottish Prison Service. SPS agrees that people
on remand should have the same opportunities as those serving sentences, and has committed to offering every
remand prisoner an induction to work, learning and activity within seven days of admission, across the
estate, by March 2026. Progress will be reported in the SPS annual report.</p>
<p><b>Data and information</b></p>
<p>I recognise the value of better and more timely information about remand. However, the Scottish Government
does not intend to move to quarterly publication of remand data. Our official statistics on the prison
population and on criminal proceedings are produced to a published annual timetable, and quarterly figures on
length of remand would be based on small numbers and subject to substantial revision.
Information on time spent on remand is already
published each year in <i>Criminal Proceedings in Scotland</i>, which I consider remains the right
vehicle for it.</p>
<p>The Scottish Sentencing Council is independent of government and sets its own priorities, so the invitation
at paragraph 25 is a matter for the Council. I have drawn the Committee's report to the Council's
attention.</p>
<p>I hope this response is helpful to the Committee. I will be happy to provide a further update on bail
supervision in the spring of 2026, and I note the Committee's intention to return to this subject.</p>
<p>Yours sincerely,</p>
<p>&nbsp;</p>
<p><b>ANGELA KERR</b></p>
"""
    html_to_pdf(page(body, "", "St Andrew's House, Regent Road, Edinburgh EH1 3DG &nbsp; www.gov.scot &nbsp;&nbsp; ",
                     css), "blind13_en_scot_letter_response.pdf")


if __name__ == "__main__":
    advice()
    response()
    print("wrote blind13_en_scot_letter_advice.pdf and _response.pdf")
