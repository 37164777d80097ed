"""Blind round 13: UN Joint Inspection Unit report + Note by the Secretary-General with the comments of the
CEB (PyMuPDF Story; running headers and footers stamped afterwards).

Makes tests/docs/blind13_en_jiu_advice.pdf and _response.pdf.
Run from the repository root with a venv that has pymupdf (not the project's); needs fonts-liberation2:
    /tmp/blind13enenv/bin/python tests/docs/src/blind13/gen_en_jiu_story.py
"""
from __future__ import annotations

import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pymupdf
from _en_helpers import DOCS

LIB2 = "/usr/share/fonts/truetype/liberation2/"  # Liberation 2.x: its cmap gives "-" back as "-", not U+00AD

CSS = """
@font-face { font-family: LS; src: url(LiberationSerif-Regular.ttf); }
@font-face { font-family: LS; src: url(LiberationSerif-Bold.ttf); font-weight: bold; }
@font-face { font-family: LS; src: url(LiberationSerif-Italic.ttf); font-style: italic; }
@font-face { font-family: LS; src: url(LiberationSerif-BoldItalic.ttf); font-weight: bold; font-style: italic; }
@font-face { font-family: LA; src: url(LiberationSans-Regular.ttf); }
@font-face { font-family: LA; src: url(LiberationSans-Bold.ttf); font-weight: bold; }
* { font-family: LS; font-size: 10.5pt; }
p { margin-top: 0; margin-bottom: 6pt; text-align: justify; line-height: 1.3; }
h1 { font-size: 15pt; font-weight: bold; margin-bottom: 8pt; text-align: center; }
h2 { font-size: 12pt; font-weight: bold; margin-top: 10pt; margin-bottom: 6pt; }
h3 { font-size: 10.5pt; font-weight: bold; margin-top: 8pt; margin-bottom: 4pt; }
.np { margin-left: 36pt; }
.box { border: 1px solid black; padding: 5pt; margin-top: 4pt; margin-bottom: 8pt; background-color: #eeeeee; }
.center { text-align: center; }
td, th { font-family: LA; font-size: 8pt; border: 1px solid #444444; padding: 2pt; text-align: center; }
.ind { margin-left: 36pt; }
"""

RECS = [
    "The executive heads of the United Nations system organizations should, by the end of 2026, review and, "
    "where necessary, update their policies on flexible working arrangements to cover remote work from outside "
    "the duty station, including its tax, security and social security implications.",
    "The executive heads of the United Nations system organizations should, by the end of 2026, establish "
    "criteria for determining which functions are eligible for remote work and make those criteria available "
    "to all staff.",
    "The executive heads of the United Nations system organizations should, by June 2027, collect and analyse "
    "data on the use of flexible working arrangements, disaggregated by grade, gender and duty station, and "
    "report on it to their legislative and governing bodies.",
    "The Secretary-General, in his capacity as Chair of the United Nations System Chief Executives Board for "
    "Coordination, should, by the end of 2026, task the High-Level Committee on Management with developing a "
    "common framework for remote work across the system.",
    "The legislative and governing bodies of the United Nations system organizations should request the "
    "executive heads to report, by the end of 2027, on the effect of flexible working arrangements on office "
    "space requirements and related costs.",
    "The executive heads of the United Nations system organizations should, by the end of 2026, provide "
    "mandatory training for managers on the management of hybrid teams, including on performance management "
    "and staff well-being.",
]
TITLE = "Review of remote and hybrid working arrangements in the United Nations system organizations"


def render(html: str, size: pymupdf.Rect, margins: tuple[float, float, float, float]) -> pymupdf.Document:
    arch = pymupdf.Archive(LIB2)
    story = pymupdf.Story(html=html, user_css=CSS, archive=arch)
    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    left, top, right, bottom = margins
    where = pymupdf.Rect(left, top, size.width - right, size.height - bottom)
    more = True
    while more:
        dev = writer.begin_page(size)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
    writer.close()
    return pymupdf.open("pdf", buf.getvalue())


def stamp(doc: pymupdf.Document, header, footer, skip_first: bool) -> None:
    font = pymupdf.Font(fontfile=LIB2 + "LiberationSans-Regular.ttf")
    bold = pymupdf.Font(fontfile=LIB2 + "LiberationSans-Bold.ttf")
    for i, page in enumerate(doc):
        if skip_first and i == 0:
            continue
        page.wrap_contents()  # Story's content stream leaves its coordinate flip active
        w = page.rect.width
        tw = pymupdf.TextWriter(page.rect)
        for (text, x_right, y, is_bold, size) in header(i + 1, w) + footer(i + 1, w, page.rect.height):
            f = bold if is_bold else font
            x = x_right - f.text_length(text, size) if x_right > 0 else -x_right
            tw.append((x, y), text, font=f, fontsize=size)
        tw.write_text(page)


def save(doc: pymupdf.Document, name: str) -> None:
    doc.set_metadata({"title": TITLE, "author": "Joint Inspection Unit", "creator": "blind13",
                      "producer": "PyMuPDF Story", "creationDate": "D:20250901000000Z",
                      "modDate": "D:20250901000000Z"})
    doc.subset_fonts()  # Story embeds the whole TrueType files
    doc.save(str(DOCS / name), garbage=3, deflate=True, no_new_id=True)


def np_(n: int, text: str) -> str:
    return f'<p class="np">{n}.&#9;{text}</p>'


def advice() -> None:
    recs_summary = "".join(f"<p><b>Recommendation {i}</b></p><p class=\"ind\"><b>{r}</b></p>"
                           for i, r in enumerate(RECS, 1))
    html = f"""
<p style="text-align:right"><b>JIU/REP/2025/4</b></p>
<p style="text-align:right">Original: ENGLISH</p>
<p>&#160;</p><p>&#160;</p><p>&#160;</p>
<h1>{TITLE.upper()}</h1>
<p class="center">Report of the Joint Inspection Unit</p>
<p>&#160;</p>
<p class="center">Prepared by</p>
<p class="center">Marguerite Ndiaye-Olsen<br/>Tomasz Wielgosz</p>
<p>&#160;</p><p>&#160;</p><p>&#160;</p><p>&#160;</p><p>&#160;</p><p>&#160;</p><p>&#160;</p><p>&#160;</p>
<p class="center">Joint Inspection Unit<br/>Geneva 2025</p>
<p class="center"><i>United Nations</i></p>
<h2 style="page-break-before: always">EXECUTIVE SUMMARY</h2>
<p class="center"><b>{TITLE}<br/>JIU/REP/2025/4</b></p>
<h3>Objectives and scope</h3>
<p>Since 2020, nearly all United Nations system organizations have adopted or expanded arrangements that allow
staff to work away from the office for part of the week. The objective of the present review was to assess how
those arrangements are governed, how they are used and what is known about their effects on productivity,
well-being, organizational culture and costs. The review covered 26 participating organizations of the Joint
Inspection Unit (JIU) and was conducted between October 2024 and May 2025.</p>
<h3>Main findings and conclusions</h3>
<p>The Inspectors found that policies have been revised quickly and unevenly. While most organizations permit
telecommuting within the duty station, rules on working from outside it vary widely, and only a few
organizations have examined the tax, security and social security implications. Eligibility is often decided
by individual supervisors without written criteria, which staff perceive as a source of unequal treatment.</p>
<p>Few organizations systematically collect data on the use of flexible working. None could provide the
Inspectors with a complete analysis of its effect on office space needs, although several are negotiating
reductions in leased premises on the assumption that hybrid working will continue.</p>
<h3>Recommendations</h3>
<p>The review contains six formal recommendations, five addressed to executive heads and one to the legislative
and governing bodies of the participating organizations. They are complemented by informal recommendations,
which are set out in bold text in the body of the report as additional suggestions to strengthen policies and
practices.</p>
{recs_summary}
<h2 style="page-break-before: always">I. INTRODUCTION</h2>
{np_(1, "As part of its programme of work for 2024, the Joint Inspection Unit conducted a system-wide review of "
        "remote and hybrid working arrangements. The topic was proposed by four participating organizations and "
        "by the Human Resources Network of the High-Level Committee on Management (HLCM).")}
{np_(2, "The review was based on a desk review, a questionnaire answered by 24 organizations, 112 interviews and "
        "a survey of 9,400 staff members. In accordance with article 11.2 of the JIU statute, the report was "
        "finalized after consultation among the Inspectors.")}
<h2>II. POLICY FRAMEWORKS</h2>
{np_(3, "All but two organizations have a formal policy on flexible working arrangements. Most were revised "
        "between 2021 and 2023 and allow up to two or three days of telecommuting a week. However, only nine "
        "policies address working from a location other than the duty station for extended periods, and fewer "
        "still set out who bears the risk if such an arrangement creates a tax liability or falls outside the "
        "organization's security management system.")}
<p class="ind"><b>Recommendation 1</b></p>
<div class="box"><p><b>{RECS[0]}</b></p></div>
{np_(4, "Staff surveyed were generally positive about flexible working, but 41 per cent of respondents said that "
        "decisions on eligibility were not applied consistently within their unit. The Inspectors consider that "
        "clear, published criteria would reduce perceptions of unfairness.")}
<p class="ind"><b>Recommendation 2</b></p>
<div class="box"><p><b>{RECS[1]}</b></p></div>
{np_(5, "<b>The Inspectors suggest that organizations include a standard question on flexible working in "
        "their periodic staff engagement surveys, so that trends can be compared over time.</b>")}
<h2>III. MONITORING AND SYSTEM-WIDE COHERENCE</h2>
{np_(6, "Only six organizations could provide data on how many staff actually use flexible working "
        "arrangements. Without such data, neither management nor governing bodies can judge whether the "
        "arrangements serve organizational goals.")}
<p class="ind"><b>Recommendation 3</b></p>
<div class="box"><p><b>{RECS[2]}</b></p></div>
{np_(7, "Staff who move between organizations, and common premises shared by several entities, face "
        "conflicting rules. The HLCM adopted high-level principles in 2021, but these are not binding and have "
        "not been updated. A common framework, adaptable to each organization's mandate, would reduce "
        "friction and support mobility.")}
<p class="ind"><b>Recommendation 4</b></p>
<div class="box"><p><b>{RECS[3]}</b></p></div>
{np_(8, "Several organizations are reducing office space on the assumption that hybrid working will continue, "
        "but governing bodies have received little information on the expected savings or on the costs of "
        "reconfiguring premises.")}
<p class="ind"><b>Recommendation 5</b></p>
<div class="box"><p><b>{RECS[4]}</b></p></div>
{np_(9, "Finally, managers told the Inspectors that they had received little or no guidance on leading teams "
        "whose members are rarely in the same place, and that performance conversations had become harder.")}
<p class="ind"><b>Recommendation 6</b></p>
<div class="box"><p><b>{RECS[5]}</b></p></div>
<h2 style="page-break-before: always">ANNEX</h2>
<p class="center"><b>Overview of actions to be taken by participating organizations on the recommendations of
the Joint Inspection Unit</b><br/>JIU/REP/2025/4</p>
<table style="width:100%; border-collapse: collapse">
<tr><th></th><th>Intended impact</th><th>United Nations*</th><th>UNDP</th><th>UNICEF</th><th>UNHCR</th>
<th>WFP</th><th>FAO</th><th>ILO</th><th>WHO</th></tr>
<tr><td>Rec. 1</td><td>a</td><td>E</td><td>E</td><td>E</td><td>E</td><td>E</td><td>E</td><td>E</td><td>E</td></tr>
<tr><td>Rec. 2</td><td>e</td><td>E</td><td>E</td><td>E</td><td>E</td><td>E</td><td>E</td><td>E</td><td>E</td></tr>
<tr><td>Rec. 3</td><td>b</td><td>E</td><td>E</td><td>E</td><td>E</td><td>E</td><td>E</td><td>E</td><td>E</td></tr>
<tr><td>Rec. 4</td><td>c</td><td>E</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td>Rec. 5</td><td>f</td><td>L</td><td>L</td><td>L</td><td>L</td><td>L</td><td>L</td><td>L</td><td>L</td></tr>
<tr><td>Rec. 6</td><td>d</td><td>E</td><td>E</td><td>E</td><td>E</td><td>E</td><td>E</td><td>E</td><td>E</td></tr>
</table>
<p style="font-size:8pt">Legend: L: Recommendation for decision by legislative organ; E: Recommendation for
action by executive head. Intended impact: a: enhanced transparency and accountability; b: dissemination of good
practices; c: enhanced coordination and cooperation; d: strengthened coherence and harmonization; e: enhanced
control and compliance; f: significant financial savings. * Covers all entities listed in ST/SGB/2015/3.</p>
"""
    size = pymupdf.paper_rect("a4")
    doc = render(html, size, (72, 72, 72, 72))
    stamp(doc,
          lambda n, w: [("JIU/REP/2025/4", w - 72, 48, False, 8)] if n > 1 else [],
          lambda n, w, h: [(str(n - 1) if n > 1 else "", w / 2 + 3, h - 40, False, 9)] if n > 1 else [],
          skip_first=True)
    save(doc, "blind13_en_jiu_advice.pdf")


def response() -> None:
    def q(nums: list[int]) -> str:
        return "".join(f'<p class="ind"><i>{RECS[n - 1]}</i></p>' for n in nums)

    html = f"""
<table style="width:100%; border-collapse: collapse"><tr>
<td style="border:none; text-align:left; font-size:14pt"><b>United Nations</b></td>
<td style="border:none; text-align:right; font-size:14pt"><b>A</b>/80/312/Add.1</td></tr></table>
<table style="width:100%; border-collapse: collapse"><tr>
<td style="border:none; text-align:left; font-size:18pt; font-family: LA"><b>General Assembly</b></td>
<td style="border:none; text-align:left; font-size:9pt">Distr.: General<br/>14 October 2025<br/><br/>
Original: English</td></tr></table>
<hr/>
<p><b>Eightieth session</b><br/>Agenda item 140<br/><b>Joint Inspection Unit</b></p>
<h2>{TITLE}</h2>
<h3>Note by the Secretary-General</h3>
<p>The Secretary-General has the honour to transmit to the members of the General Assembly his comments and
those of the United Nations System Chief Executives Board for Coordination on the report of the Joint
Inspection Unit entitled \u201c{TITLE}\u201d (JIU/REP/2025/4).</p>
<h2 class="center">Summary</h2>
<p>In its report entitled \u201c{TITLE}\u201d, the Joint Inspection Unit assessed how organizations govern and
use flexible working and made six formal recommendations. The present note reflects the views of organizations
of the United Nations system on those recommendations. The views have been consolidated on the basis of inputs
provided by member organizations of the United Nations System Chief Executives Board for Coordination.</p>
<h2>I. Introduction</h2>
{np_(1, "The report of the Joint Inspection Unit examines the policies, practices and data of 26 participating "
        "organizations on remote and hybrid working, and the extent to which those arrangements are "
        "monitored and coordinated across the system.")}
<h2>II. General comments</h2>
{np_(2, "Organizations welcome the report and find its analysis timely, given that many are reviewing their "
        "workplace strategies and premises. They appreciate that the Inspectors consulted staff directly, and "
        "note that the survey results are consistent with their own internal surveys.")}
{np_(3, "Organizations observe that flexible working is now an established part of the employment offer of the "
        "United Nations system and an important factor in attracting and retaining talent, and they welcome the "
        "report's recognition that arrangements must reflect different operational mandates.")}
<h2>III. Specific comments on recommendations</h2>
<h3>Recommendation 1</h3>
{q([1])}
{np_(4, "Organizations support recommendation 1. Several organizations, including the United Nations "
        "Secretariat, updated their policies in 2024 to cover temporary remote work away from the duty "
        "station; others have indicated that they will complete such reviews in 2026. Organizations point out "
        "that questions of national taxation ultimately depend on Member States and host countries.")}
<h3>Recommendations 2 and 3</h3>
{q([2, 3])}
{np_(5, "Organizations accept recommendation 2 and agree that transparent criteria contribute to fair "
        "treatment. Most intend to publish eligibility criteria on their intranets as part of the policy "
        "reviews referred to above.")}
{np_(6, "Recommendation 3 receives only partial support. While organizations agree on the value of data, "
        "several noted that disaggregation by duty station would, in smaller offices, risk identifying "
        "individual staff members. Organizations will therefore report aggregated data to their governing "
        "bodies and may not be in a position to meet the June 2027 deadline.")}
<h3>Recommendation 4</h3>
{q([4])}
{np_(7, "Organizations do not support recommendation 4. The High-Level Committee on Management considered a "
        "system-wide framework in 2023 and concluded that differences in mandates, field presence and "
        "governance made a single framework impractical. Organizations prefer to continue exchanging good "
        "practice through the Human Resources Network, which will review the 2021 high-level principles in its "
        "regular work programme.")}
<h3>Recommendation 5</h3>
{q([5])}
{np_(8, "Recommendation 5 is addressed to the legislative and governing bodies, and organizations take note of "
        "it. Organizations stand ready to provide such information should their governing bodies request it.")}
"""
    size = pymupdf.paper_rect("letter")
    doc = render(html, size, (72, 60, 72, 72))
    total = doc.page_count
    stamp(doc,
          lambda n, w: ([("A/80/312/Add.1", -72, 40, True, 9)] if n % 2 == 0 else
                        [("A/80/312/Add.1", w - 72, 40, True, 9)]) if n > 1 else [],
          lambda n, w, h: [("25-16021 (E)    161025" if n == 1 else f"{n}/{total}", -72 if n % 2 else w - 72 - 20,
                            h - 36, False, 8)],
          skip_first=False)
    save(doc, "blind13_en_jiu_response.pdf")


if __name__ == "__main__":
    advice()
    response()
    print("wrote blind13_en_jiu_advice.pdf and _response.pdf")
